"""Checks ../heldout_syn2.jsonl against the five PDFs in this folder with pypdf.

* format: keys and their order, ids y001..y040, lang, type, counts per type and language;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, and every
  list item (4-10 words) on that page or the next, after lower-casing and removing all
  non-alphanumerics; a figure's value equals a number in its text (dates: YYYY-MM-DD or
  "31 december 2025");
* conditional list questions: the items are exactly the rows of the table (data.py) that
  satisfy the question's condition, one item per row;
* the PDFs: 4-10 pages, three with a metadata title and two without, text extracted with
  å/ä/ö intact (no replacement characters, no decomposed accents).

Prints every error and a summary; exits 1 on any error.
"""
import collections
import json
import os
import re
import sys
import unicodedata

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

QFILE = os.path.join(HERE, "..", "heldout_syn2.jsonl")
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
WANT_TYPES = {"figure": 12, "list": 12, "passage": 6, "none": 10}
WANT_EN = 10
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "sjovalla-arsredovisning-2025.pdf"
B = "region-fjallmark-revisionsrapport-inhyrd-personal-2025.pdf"
C = "ulvsjo-sbn-internkontrollplan-2026.pdf"
D = "tallmora-investeringsplan-2026-2029.pdf"
E = "ekeslatt-sn-verksamhetsberattelse-2025.pdf"

# id -> (doc, labels of ALL rows the condition selects)
RULES = {
    "y011": (B, [m for m, b, _ in data.KONTROLLMAL if b == "Ej uppfyllt"]),
    "y012": (B, [m for m, b, _ in data.KONTROLLMAL if b == "Delvis uppfyllt"]),
    "y020": (C, [r[0] for r in data.IKP if r[5] == "Årligen"]),
    "y021": (C, [r[0] for r in data.IKP if r[6] == "Kommunstyrelsen"]),
    "y022": (C, [r[0] for r in data.IKP if r[4] == "Ekonomichef"]),
    "y029": (D, [n for _, n, _, tot in data.invest_rows() if tot > 100000]),
    "y030": (D, [n for _, n, v, _ in data.invest_rows() if v[0] == 0]),
    "y036": (E, [i[0] for _, inds in data.INDIKATORER for i in inds if i[3] == "Ej uppnått"]),
    "y037": (E, [a for a in data.ATT_BESLUT if a.startswith("att uppdra åt")]),
}


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return len(s.split())


_cache = {}


def load(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(os.path.join(HERE, fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def numbers(text):
    out = []
    for m in re.finditer(r"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?", text):
        out.append(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")))
    return out


def date_of(text):
    m = re.search(r"\d{4}-\d{2}-\d{2}", text)
    if m:
        return m.group()
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})", text.lower())
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    return None


def check_docs(errs):
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    if len(files) != 5:
        errs.append(f"expected 5 pdfs, found {len(files)}")
    titled = 0
    for fn in files:
        r, raw, _ = load(fn)
        if not 4 <= len(raw) <= 10:
            errs.append(f"{fn}: {len(raw)} pages")
        if (r.metadata or {}).get("/Title"):
            titled += 1
        alltext = "\n".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if "\ufffd" in alltext or "(cid:" in alltext:
            errs.append(f"{fn}: replacement characters in extracted text")
        if any(unicodedata.combining(c) for c in alltext):
            errs.append(f"{fn}: decomposed accents in extracted text")
        if not re.search(r"kommun|region", raw[0].lower()):
            errs.append(f"{fn}: page 1 names no kommun/region")
    if titled != 3:
        errs.append(f"{titled} PDFs with a metadata title (want 3, and 2 without)")
    return files, titled


def main():
    errs = []
    files, titled = check_docs(errs)
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != 40:
        errs.append(f"{len(qs)} questions, want 40")
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E_ = lambda m, qid=qid: errs.append(f"{qid}: {m}")
        if list(q.keys()) != KEYS:
            E_(f"keys/order {list(q.keys())}")
            continue
        if qid != f"y{n:03d}":
            E_(f"id out of sequence (line {n})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
        if not q["question"].strip().endswith("?"):
            E_("question does not end with '?'")
        t = q["type"]
        if t not in WANT_TYPES:
            E_(f"bad type {t}")
            continue
        if t == "none":
            if q["evidence"] or q["figures"] or q["items"] or q["answer"] or q["page"] is not None:
                E_("none question must have empty evidence/figures/items/answer and page null")
            if len(q["docs"]) > 1 or any(d not in files for d in q["docs"]):
                E_(f"bad docs {q['docs']}")
            continue
        if len(q["docs"]) != 1 or q["docs"][0] not in files:
            E_(f"need exactly one existing doc, got {q['docs']}")
            continue
        if not q["answer"]:
            E_("empty answer")
        fn = q["docs"][0]
        _, raw, pg = load(fn)
        p = q["page"]
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pg):
            E_(f"bad page {p}")
            continue
        text, nxt = pg[p - 1], (pg[p] if p < len(pg) else "")
        if not 1 <= len(q["evidence"]) <= 2:
            E_("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            if not 5 <= words(ev) <= 15:
                E_(f"evidence has {words(ev)} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E_(f"evidence not on p{p} (found on {where}): {ev!r}")
        if t == "figure":
            if not q["figures"]:
                E_("figure question without figures")
            for f in q["figures"]:
                if list(f.keys()) != ["value", "unit", "text"]:
                    E_(f"figure keys {list(f.keys())}")
                    continue
                if f["unit"] not in UNITS:
                    E_(f"bad unit {f['unit']}")
                if norm(f["text"]) not in text:
                    E_(f"figure text not on p{p}: {f['text']!r}")
                if f["unit"] == "datum":
                    if not (isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])):
                        E_(f"datum value must be YYYY-MM-DD: {f['value']!r}")
                    elif date_of(f["text"]) != f["value"]:
                        E_(f"figure date text/value mismatch {f}")
                elif not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
                    E_(f"value not a number: {f['value']!r}")
                elif not any(abs(x - f["value"]) < 1e-9 for x in numbers(f["text"])):
                    E_(f"figure text/value mismatch {f}")
        elif q["figures"]:
            E_(f"{t} question with figures")
        if t == "list":
            if len(q["items"]) < 2:
                E_("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E_("duplicate items")
            for it in q["items"]:
                if not 4 <= words(it) <= 10:
                    E_(f"item has {words(it)} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E_(f"item not on p{p}/p{p + 1}: {it!r}")
            if qid in RULES:
                doc, rows = RULES[qid]
                if doc != fn:
                    E_(f"rule is for {doc}, question is about {fn}")
                if len(rows) != len(q["items"]):
                    E_(f"{len(q['items'])} items but {len(rows)} rows satisfy the condition")
                used = set()
                for it in q["items"]:
                    hit = [i for i, r in enumerate(rows) if norm(r).startswith(norm(it))]
                    if len(hit) != 1:
                        E_(f"item matches {len(hit)} condition rows: {it!r}")
                    used.update(hit)
                if used != set(range(len(rows))):
                    E_(f"rows not covered by items: {[rows[i] for i in set(range(len(rows))) - used]}")
        elif q["items"]:
            E_(f"{t} question with items")

    ct = collections.Counter(q.get("type") for q in qs)
    cl = collections.Counter(q.get("lang") for q in qs)
    if dict(ct) != WANT_TYPES:
        errs.append(f"type counts {dict(ct)} != {WANT_TYPES}")
    if cl["en"] != WANT_EN:
        errs.append(f"{cl['en']} English questions, want {WANT_EN}")
    cond = sum(1 for q in qs if q.get("type") == "list" and q["id"] in RULES)
    for e in errs:
        print("ERROR", e)
    cd = collections.Counter((q.get("docs") or ["-"])[0] for q in qs)
    print(f"{len(qs)} questions; types {dict(ct)}; langs {dict(cl)}; "
          f"list questions verified against table conditions: {cond}")
    print(f"per doc: {dict(cd)}")
    print(f"{len(files)} pdfs ({', '.join(f'{f}:{len(load(f)[1])}p' for f in files)}), {titled} with title")
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
