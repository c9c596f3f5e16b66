"""Checks ../train_syn3.jsonl against the six PDFs in this folder (pypdf text).

* format: 48 questions t3001..t3048, key order, types 14/14/8/12, 12 in English;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (4-10 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (numbers, Swedish or ISO dates);
* conditional list questions: the expected rows are recomputed from the table data in data.py
  and the items must be exactly those rows (each item a prefix of one matching row, no item
  matching a row outside the condition);
* none questions: empty docs/evidence/figures/items, page null, answer "";
* questions paraphrase: no 5-word run shared with the page they are about;
* documents: 6 PDFs, 3-8 pages, å/ä/ö extractable, 3 with and 3 without a metadata title.
Prints every failure and exits non-zero if there is any.
"""
import collections
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common3 import grp, dec  # noqa: E402
from data import (A_RAMAR, A_INVEST, B_SVAR, C_AKT, quarter, D_PERS, D_SJUK,  # noqa: E402
                  E_BYGD, E_VAL, F_KOST)

QFILE = HERE.parent / "train_syn3.jsonl"
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- conditional list definitions
# qid -> (rows, predicate, row text as printed in the PDF)
def ramar_text(r):
    n, b25, r26, p27, p28 = r
    return f"{n} {grp(b25)} {grp(r26)} {grp(r26 - b25)} {grp(p27)} {grp(p28)}"


COND = {
    "t3004": (A_RAMAR, lambda r: r[2] < r[1], ramar_text),
    "t3005": (A_RAMAR, lambda r: r[2] - r[1] > 5000, ramar_text),
    "t3006": (A_INVEST, lambda r: r[2] > 20 and not r[0].startswith("Övriga"),
              lambda r: f"{r[0]} {r[1]} {dec(r[2])} {dec(r[3])} {dec(r[4])}"),
    "t3013": (B_SVAR, lambda r: r[4] <= (2026, 6), lambda r: " ".join(r[:4])),
    "t3020": (C_AKT, lambda r: r[3] == "Ej påbörjad", lambda r: " ".join(r)),
    "t3021": (C_AKT, lambda r: r[1] == "Kultur- och fritidsförvaltningen", lambda r: " ".join(r)),
    "t3022": (C_AKT, lambda r: quarter(r[2]) == (2026, 3), lambda r: " ".join(r)),
    "t3029": (D_PERS, lambda r: r[2] < r[1],
              lambda r: f"{r[0]} {grp(r[1])} {grp(r[2])} {dec(r[3])} {dec(r[4])}"),
    "t3030": (D_SJUK, lambda r: r[2] > r[1],
              lambda r: f"{r[0]} {dec(r[1])} {dec(r[2])} {dec(round(r[2] - r[1], 1), plus=True)}"),
    "t3036": (E_BYGD, lambda r: r[0] == "avslå", lambda r: r[1]),
    "t3037": (E_VAL, lambda r: r[1] == "M", lambda r: " ".join(r)),
    "t3044": (F_KOST, lambda r: r[2] > r[1], lambda r: f"{r[0]} {grp(r[1])} {grp(r[2])} {grp(r[1] - r[2])}"),
}

_cache = {}


def pdf_pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def parse_number(text):
    m = re.search(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text)
    return float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")) if m else None


def parse_date(text):
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2}) (\w+) (\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def main():
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != 48:
        errs.append(f"{len(qs)} questions, expected 48")
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E = lambda m, qid=qid: errs.append(f"{qid}: {m}")
        if list(q.keys()) != KEYS:
            E(f"keys/order {list(q.keys())}")
            continue
        if qid != f"t{3000 + n}":
            E(f"id out of sequence (expected t{3000 + n})")
        if q["lang"] not in ("sv", "en"):
            E("bad lang")
        t = q["type"]
        if t not in ("figure", "list", "passage", "none"):
            E("bad type")
            continue
        if t == "none":
            if q["evidence"] or q["figures"] or q["items"] or q["page"] is not None or q["answer"] != "":
                E("none question must have empty evidence/figures/items, page null, answer ''")
            for fn in q["docs"]:
                if not (HERE / fn).exists():
                    E(f"missing file {fn}")
            continue
        if len(q["docs"]) != 1 or not (HERE / q["docs"][0]).exists():
            E(f"need exactly one existing doc: {q['docs']}")
            continue
        fn = q["docs"][0]
        _, raw, pg = pdf_pages(fn)
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            E(f"bad page {p}")
            continue
        text, nxt = pg[p - 1], (pg[p] if p < len(pg) else "")
        if not q["answer"]:
            E("empty answer")
        # evidence
        if not 1 <= len(q["evidence"]) <= 2:
            E("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E(f"evidence not on p{p} (found on {where}): {ev!r}")
        # paraphrase: no 5-word run of the question may appear verbatim on the page
        qw, pw = words(q["question"]), " ".join(words(raw[p - 1]))
        for i in range(len(qw) - 4):
            if " ".join(qw[i:i + 5]) in pw:
                E(f"question copies page wording: {' '.join(qw[i:i + 5])!r}")
                break
        # figures
        if t == "figure":
            if not q["figures"] or q["items"]:
                E("figure question needs figures and no items")
            for f in q["figures"]:
                if list(f.keys()) != ["value", "unit", "text"]:
                    E(f"figure keys {list(f.keys())}")
                    continue
                if f["unit"] not in UNITS:
                    E(f"bad unit {f['unit']}")
                if norm(f["text"]) not in text:
                    E(f"figure text not on p{p}: {f['text']!r}")
                if f["unit"] == "datum":
                    if not (isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])):
                        E(f"datum value must be YYYY-MM-DD: {f['value']!r}")
                    elif parse_date(f["text"]) != f["value"]:
                        E(f"date text/value mismatch {f}")
                else:
                    v = parse_number(f["text"])
                    if not isinstance(f["value"], (int, float)) or v is None or abs(v - f["value"]) > 1e-9:
                        E(f"figure text/value mismatch {f}")
        elif q["figures"]:
            E(f"{t} question with figures")
        # items
        if t == "list":
            if len(q["items"]) < 2:
                E("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E("duplicate items")
            for it in q["items"]:
                w = len(it.split())
                if not 4 <= w <= 10:
                    E(f"item has {w} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E(f"item not on p{p}/p{p + 1}: {it!r}")
            if qid in COND:
                rows, pred, rtext = COND[qid]
                expected = [r for r in rows if pred(r)]
                for it in q["items"]:
                    hits = [r for r in rows if norm(rtext(r)).startswith(norm(it))]
                    if len(hits) != 1:
                        E(f"item matches {len(hits)} table rows: {it!r}")
                    elif not pred(hits[0]):
                        E(f"item is a row outside the condition: {it!r}")
                for r in expected:
                    rn = norm(rtext(r))
                    if not any(rn.startswith(norm(it)) for it in q["items"]):
                        E(f"matching row missing from items: {rtext(r)[:60]!r}")
                    if rn not in text and rn not in nxt:
                        E(f"row text not found in PDF (data/PDF out of sync): {rtext(r)[:60]!r}")
                if len(expected) != len(q["items"]):
                    E(f"{len(q['items'])} items but {len(expected)} matching rows")
        elif q["items"]:
            E(f"{t} question with items")

    # ---------------------------------------------------------------- counts
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    want = {"figure": 14, "list": 14, "passage": 8, "none": 12}
    if dict(types) != want:
        errs.append(f"type counts {dict(types)} != {want}")
    if langs.get("en", 0) != 12:
        errs.append(f"{langs.get('en', 0)} English questions, expected 12")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if n_cond < 11:
        errs.append(f"only {n_cond} conditional list questions")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    with_title = 0
    if len(files) != 6:
        errs.append(f"{len(files)} PDFs, expected 6")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 8:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if (r.metadata or {}).get("/Title"):
            with_title += 1
    if with_title != 3:
        errs.append(f"{with_title} PDFs with a metadata title, expected 3")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 5:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {with_title} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
