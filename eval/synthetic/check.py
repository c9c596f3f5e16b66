"""Checks questions.jsonl against the PDFs in this folder with pypdf.

Every evidence snippet and figure text must occur on the stated page; list items
on the stated page or the next one. Comparison is done after lowercasing and
removing everything that is not alphanumeric. Prints errors and a summary.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"kr", "tkr", "mnkr", "mdkr", "procent", "antal", "datum", "år"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


_cache = {}


def pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(os.path.join(HERE, fn))
        _cache[fn] = (r, [norm(p.extract_text() or "") for p in r.pages])
    return _cache[fn]


def main():
    errs = []
    qs = [json.loads(l) for l in open(os.path.join(HERE, "..", "train_syn.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E = lambda m: errs.append(f"{qid}: {m}")
        if list(q.keys()) != KEYS:
            E(f"keys/order {list(q.keys())}")
        if qid in ids:
            E("duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"s\d{3}", qid):
            E("bad id")
        if q["lang"] not in ("sv", "en"):
            E("bad lang")
        t = q["type"]
        if t not in ("figure", "list", "passage", "none"):
            E("bad type")
            continue
        if t == "none":
            if q["docs"] or q["page"] is not None or q["evidence"] or q["figures"] or q["items"]:
                E("none question must have empty docs/evidence/figures/items and page null")
            continue
        if len(q["docs"]) != 1:
            E("need exactly one doc")
            continue
        fn = q["docs"][0]
        if not os.path.exists(os.path.join(HERE, fn)):
            E(f"missing file {fn}")
            continue
        _, pg = pages(fn)
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            E(f"bad page {p}")
            continue
        text = pg[p - 1]
        nxt = pg[p] if p < len(pg) else ""
        if not 1 <= len(q["evidence"]) <= 2:
            E("need 1-2 evidence snippets")
        for ev in q["evidence"]:
            if not 20 <= len(ev) <= 120:
                E(f"evidence length {len(ev)}: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E(f"evidence not on p{p} (found on {where}): {ev!r}")
        if t == "figure":
            if not q["figures"]:
                E("figure question without figures")
            if q["items"]:
                E("figure question with items")
            for f in q["figures"]:
                if set(f) != {"value", "unit", "text"}:
                    E(f"figure keys {f}")
                if f["unit"] not in UNITS:
                    E(f"bad unit {f['unit']}")
                if f["unit"] == "datum":
                    if not (isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])):
                        E(f"datum value must be YYYY-MM-DD: {f['value']}")
                elif not isinstance(f["value"], (int, float)):
                    E(f"value not a number: {f['value']}")
                if norm(f["text"]) not in text:
                    E(f"figure text not on p{p}: {f['text']!r}")
                # the number in the text should match the value
                if f["unit"] != "datum":
                    m = re.search(r"\d[\d \u00a0]*(?:,\d+)?", f["text"])
                    if not m or abs(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")) - f["value"]) > 1e-9:
                        E(f"figure text/value mismatch {f}")
        else:
            if q["figures"]:
                E(f"{t} question with figures")
        if t == "list":
            if len(q["items"]) < 2:
                E("list needs >=2 items")
            for it in q["items"]:
                w = len(it.split())
                if not 2 <= w <= 8:
                    E(f"item has {w} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E(f"item not on p{p}/p{p+1}: {it!r}")
        elif q["items"]:
            E(f"{t} question with items")

    # document-level checks
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    no_title = 0
    for fn in files:
        r, pg = pages(fn)
        if not 2 <= len(pg) <= 5:
            errs.append(f"{fn}: {len(pg)} pages")
        if "kommun" not in pg[0]:
            errs.append(f"{fn}: no 'kommun' on page 1")
        meta = r.metadata or {}
        if not meta.get("/Title"):
            no_title += 1
    if no_title < 3:
        errs.append(f"only {no_title} PDFs without metadata title")

    for e in errs:
        print("ERROR", e)
    c = collections.Counter(q["type"] for q in qs)
    cl = collections.Counter(q["lang"] for q in qs)
    cd = collections.Counter((q["docs"] or ["-"])[0] for q in qs)
    print(f"{len(qs)} questions; types {dict(c)}; langs {dict(cl)}")
    print(f"per doc (answerable): {dict(cd)}")
    print(f"{len(files)} pdfs, {no_title} without metadata title")
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
