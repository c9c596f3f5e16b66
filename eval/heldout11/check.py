#!/usr/bin/env python3
"""Re-verify the held-out set eval/heldout11.jsonl against the real documents.

HELD-OUT DATA: use only to score. Run with the project venv (needs pypdf):

    /work/main/.venv/bin/python eval/heldout11/check.py [path/to/heldout11.jsonl]

Checks
  * file format: first line is JSON (no comment lines), keys and key order as in
    shared/eval/dev.jsonl plus "page", ids h11_001.., valid lang/type/units;
  * every document named in "docs" exists (corpus .txt, realdocs or devdocs PDF);
  * every evidence phrase and every figure "text" occurs on the stated page;
  * every list item occurs on the stated page or the next one;
  * no run of 5 words from the stated page (for "none": from any document) is
    copied into the question;
  * "none" questions: docs == [], page is null, no evidence/figures/items, and
    the specific fact asked for is absent from every document (NONE_CHECKS);
  * coverage: counts by type/lang/document, >= 12 documents, >= 6 PDFs.

Normalisation for phrase checks: Unicode NFKC, lower case, keep only
alphanumeric characters (whitespace, punctuation and hyphens are removed, so
line-break hyphenation in the PDFs does not matter). For the 5-word-run check the
text is additionally stripped of diacritics (å->a etc.) and split into words on
non-alphanumerics, which makes the check stricter, not looser.

Pages: PDFs use 1-based pypdf page indices (PdfReader(path).pages[i-1]). The
corpus .txt files are split on form feeds; they contain none, so each .txt file is
one page, page 1.
"""
import collections
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

SHARED = "/work/shared"
DOC_DIRS = [os.path.join(SHARED, d) for d in ("corpus", "realdocs", "devdocs")]
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "heldout11.jsonl")

KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
TYPES = {"figure", "list", "passage", "none", "ocr"}
UNITS = {"mnkr", "mdkr", "tkr", "kr", "procent", "antal", "datum", "år"}

# For each "none" question: an anchor regex that must occur in some document (the
# topic is really there: a near miss), and regexes (on the lower-cased raw text)
# that must NOT match. A regex with window W is searched only within W characters
# either side of each anchor hit; with window None it is searched in every
# document in full.
NONE_CHECKS = {
    "h11_034": (r"miljödata", [
        (r"övertid[^.]{0,120}\d", None),
        (r"\d[\d ,]*\s*(kronor|mnkr|tkr|miljoner)", 1500)]),
    "h11_035": (r"din el", [
        (r"(förlust|underskott|negativ\w* resultat)[^.]{0,120}\d", 2500),
        (r"-?\d[\d ,]*\s*(miljoner kronor|mnkr|tkr|mdkr|miljarder)", 2500)]),
    "h11_036": (r"kreditbetyg|kreditvärdering|standard & poor", [
        (r"(?<![a-zåäö])(aaa|aa\+|aa-|aa|a\+|a-|bbb\+?|bbb-)(?![a-zåäö])", 800)]),
    "h11_037": (r"va-taxa", [
        (r"va-(taxa|avgift)\w*[^.]{0,120}\d+([,.]\d+)?\s*(procent|%)", None),
        (r"(höj|höjning)\w*[^.]{0,80}\d+([,.]\d+)?\s*(procent|%)", 3000)]),
    "h11_038": (r"rättsliga kostnader", [
        (r"rättegångskostnad", None), (r"ombudskostnad", None), (r"advokat", None),
        (r"rättsliga kostnader[^.]{0,60}\d[\d ,]*\s*(kronor|mnkr|tkr|miljoner)", None)]),
    "h11_039": (r"kulturpris", [
        (r"prissumma", None), (r"kulturpris[^.]{0,200}(kronor|tkr|kr\b)", None)]),
    "h11_040": (r"kommuninvest", [
        (r"räntesats", None),
        (r"\d+([,.]\d+)?\s*(procent|%)", 1500)]),
    "h11_041": (r"cosmic", [
        (r"(total|sammanlagd)\w*[^.]{0,60}kostnad[^.]{0,80}cosmic", None),
        (r"cosmic[^.]{0,80}(total|sammanlagd)\w*[^.]{0,40}kostnad", None),
        (r"(fvis|cosmic)[^.]{0,80}(totalt|totalkostnad|total kostnad)[^.]{0,40}\d", None)]),
}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def words(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return [w for w in re.split(r"[^0-9a-z]+", s) if w]


def grams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


_cache = {}


def pages(doc):
    """List of page texts (index 0 = page 1)."""
    if doc in _cache:
        return _cache[doc]
    path = next((os.path.join(d, doc) for d in DOC_DIRS if os.path.exists(os.path.join(d, doc))), None)
    if path is None:
        raise FileNotFoundError(doc)
    if doc.endswith(".pdf"):
        res = [(p.extract_text() or "") for p in PdfReader(path).pages]
    else:
        with open(path, encoding="utf-8") as f:
            res = f.read().split("\f")
    _cache[doc] = res
    return res


def all_docs():
    out = []
    for d in DOC_DIRS:
        for n in sorted(os.listdir(d)):
            if n.endswith(".pdf") or (n.endswith(".txt") and d.endswith("corpus")):
                out.append(n)
    return out


def main(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        raw = f.read().splitlines()
    if not raw or not raw[0].lstrip().startswith("{"):
        errors.append("first line is not a JSON object")
    recs = []
    for ln, line in enumerate(raw, 1):
        if not line.strip():
            errors.append(f"line {ln}: empty line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: not JSON ({e})")
    fulltext = {d: "\n".join(pages(d)) for d in all_docs()}
    allgrams = set()
    for t in fulltext.values():
        allgrams |= grams(words(t))

    by_type = collections.Counter()
    by_doc = collections.Counter()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", f"#{i}")

        def err(msg):
            errors.append(f"{rid}: {msg}")

        if list(r.keys()) != KEYS:
            err(f"keys {list(r.keys())} != {KEYS}")
            continue
        if rid != f"h11_{i:03d}":
            err("id out of sequence")
        if r["lang"] not in ("sv", "en"):
            err("bad lang")
        if r["type"] not in TYPES:
            err("bad type")
        by_type[(r["type"], r["lang"])] += 1
        for fg in r["figures"]:
            if set(fg) != {"value", "unit", "text"}:
                err(f"figure keys {fg}")
            if fg.get("unit") not in UNITS:
                err(f"unit {fg.get('unit')!r} not in the allowed list")
            if fg.get("unit") == "datum" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(fg.get("value"))):
                err("datum value must be an ISO date string")
        if not r["answer"].strip():
            err("empty answer")
        qgrams = grams(words(r["question"]))

        if r["type"] == "none":
            if r["docs"] or r["page"] is not None or r["evidence"] or r["figures"] or r["items"]:
                err("none question must have docs [], page null and no evidence/figures/items")
            if qgrams & allgrams:
                err(f"question copies a 5-word run from a document: {sorted(qgrams & allgrams)[:2]}")
            chk = NONE_CHECKS.get(rid)
            if chk is None:
                err("no absence check defined")
            else:
                anchor, pats = chk
                if not any(re.search(anchor, t.lower()) for t in fulltext.values()):
                    err(f"anchor {anchor!r} not found: not a near miss")
                for pat, win in pats:
                    for d, t in fulltext.items():
                        tl = t.lower()
                        if win is None:
                            spans = [tl]
                        else:
                            spans = [tl[max(0, m.start() - win):m.end() + win] for m in re.finditer(anchor, tl)]
                        for sp in spans:
                            m = re.search(pat, sp)
                            if m:
                                err(f"absence check {pat!r} matched in {d}: {m.group(0)[:80]!r}")
                                break
            continue

        if len(r["docs"]) != 1:
            err("expected exactly one document")
            continue
        doc = r["docs"][0]
        try:
            pg = pages(doc)
        except FileNotFoundError:
            err(f"document not found: {doc}")
            continue
        by_doc[doc] += 1
        p = r["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            err(f"page {p} out of range 1..{len(pg)}")
            continue
        page = norm(pg[p - 1])
        page2 = page + (norm(pg[p]) if p < len(pg) else "")
        if not r["evidence"]:
            err("no evidence")
        for ev in r["evidence"]:
            if norm(ev) not in page:
                err(f"evidence not on page {p}: {ev!r}")
        for fg in r["figures"]:
            if norm(str(fg["text"])) not in page:
                err(f"figure text not on page {p}: {fg['text']!r}")
        if r["type"] == "figure" and not r["figures"]:
            err("figure question without figures")
        if r["type"] == "list" and len(r["items"]) < 2:
            err("list question with fewer than 2 items")
        for it in r["items"]:
            if norm(it) not in page2:
                err(f"item not on page {p} or {p + 1}: {it!r}")
        pgrams = grams(words(pg[p - 1]))
        if r["items"] and p < len(pg):
            pgrams |= grams(words(pg[p]))
        common = qgrams & pgrams
        if common:
            err(f"question copies a 5-word run from the page: {sorted(common)[:2]}")

    print(f"{len(recs)} questions in {path}")
    print("by type/lang:")
    for t in sorted({t for t, _ in by_type}):
        sv, en = by_type[(t, "sv")], by_type[(t, "en")]
        print(f"  {t:8s} sv={sv:2d} en={en:2d} total={sv + en:2d}")
    print(f"  all      sv={sum(v for (t, l), v in by_type.items() if l == 'sv'):2d} "
          f"en={sum(v for (t, l), v in by_type.items() if l == 'en'):2d}")
    print("by document:")
    for d, n in sorted(by_doc.items()):
        print(f"  {n:2d}  {d}")
    npdf = sum(1 for d in by_doc if d.endswith(".pdf"))
    print(f"  {len(by_doc)} documents, {npdf} PDFs; none questions: {by_type[('none', 'sv')] + by_type[('none', 'en')]}")
    if len(by_doc) < 12:
        errors.append(f"only {len(by_doc)} documents (< 12)")
    if npdf < 6:
        errors.append(f"only {npdf} PDFs (< 6)")
    ids = [r.get("id") for r in recs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
