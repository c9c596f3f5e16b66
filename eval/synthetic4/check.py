"""Checks ../train_syn4.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic3/check.py.

* format: 50 questions t4001..t4050, key order, types 14 figure / 20 list / 6 passage / 10 none,
  14 in English of which at least 5 are lists, at least 15 conditional lists;
* every question names the municipality/region of its document (none questions: one of the six);
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (4-10 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (numbers, Swedish or ISO dates);
* conditional list questions: the expected rows are recomputed from the table data in data.py
  and the items must be exactly those rows (each item a prefix of exactly one row, that row
  satisfies the condition, every satisfying row covered, the full row text is on the page);
* the four non-conditional lists (a)–c) sub-items, events, att-clauses, development areas) must
  cover exactly the list items held in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the fact they ask
  for is absent from the document of that municipality (patterns below);
* questions paraphrase: no 5-word run shared with the page they are about;
* documents: 6 PDFs, 3-7 pages, å/ä/ö extractable, 3 with and 3 without a metadata title,
  a landscape page in the investment plan, no forbidden (earlier synthetic) municipality names;
* internal consistency of the data (risk rule in (b), group sums in (c)).
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
from common4 import grp, dec  # noqa: E402
from data import (A_KM, A_REK, B_IKP, C_INV, c_rows, c_summa, c_total, D_MAL, D_HANDELSER,  # noqa: E402
                  E_DEL, E_ARS, F_SKOLOR, F_UTVECKLING, f_row)

QFILE = HERE.parent / "train_syn4.jsonl"
N_Q = 50
WANT_TYPES = {"figure": 14, "list": 20, "passage": 6, "none": 10}
WANT_EN = 14
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "hallmark-granskning-kompetensforsorjning-2026.pdf"
B = "brannvik-sn-internkontrollplan-2026.pdf"
C = "tjarnholm-investeringsplan-2026-2029.pdf"
D = "aspedal-bun-verksamhetsberattelse-2025.pdf"
E = "videberga-ks-protokoll-2026-03-10.pdf"
F = "ljungsater-skolresultat-ak9-2025.pdf"
PLACE = {A: "Hällmark", B: "Brännvik", C: "Tjärnholm", D: "Aspedal", E: "Videberga", F: "Ljungsäter"}
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def t0(n):
    return "–" if n == 0 else grp(n)


A_ROWS = [dict(r=r, item=" ".join(r[1:]), row=" ".join(r)) for r in A_KM]
B_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3] * r[4]} {r[5]} {r[6]} {r[7]}",
               row=f"{r[0]} {r[1]} {r[2]} {r[3] * r[4]} {r[5]} {r[6]} {r[7]}") for r in B_IKP]
C_ROWS = [dict(r=r, item=f"{r[1]} {' '.join(t0(x) for x in r[2:])} {t0(sum(r[2:]))}") for r in c_rows()]
D_ROWS = [dict(r=(g, *ind), item=" ".join(ind)) for g, inds in D_MAL for ind in inds]
E_ROWS = [dict(r=r, item=" ".join(r)) for r in E_DEL]
F_ROWS = []
for _r in F_SKOLOR:
    _s, _n, _a, _m, _ch = f_row(_r)
    F_ROWS.append(dict(r=(_s, _n, _a, _m, _ch), item=f"{_s} {grp(_n)} {dec(_a)} {dec(_m)} {dec(_ch, plus=True)}"))

# qid -> (rows, predicate on the raw row)
COND = {
    "t4003": (A_ROWS, lambda r: r[2] == "Ej uppfyllt"),
    "t4004": (A_ROWS, lambda r: r[2] == "Delvis uppfyllt"),
    "t4011": (B_ROWS, lambda r: r[7] == "Kvartalsvis"),
    "t4012": (B_ROWS, lambda r: r[3] * r[4] >= 12),
    "t4013": (B_ROWS, lambda r: r[6] == "Ekonomichef"),
    "t4014": (B_ROWS, lambda r: r[7] == "Halvårsvis"),
    "t4021": (C_ROWS, lambda r: r[0] == "Tekniska nämnden"),
    "t4022": (C_ROWS, lambda r: r[3] > 20000),
    "t4023": (C_ROWS, lambda r: r[2] == 0 and sum(r[3:]) > 0),
    "t4029": (D_ROWS, lambda r: r[4] == "Ej uppnått"),
    "t4030": (D_ROWS, lambda r: r[0].startswith("Mål 2.")),
    "t4031": (D_ROWS, lambda r: r[0].startswith("Mål 1.") and r[4] != "Uppnått"),
    "t4038": (E_ROWS, lambda r: r[1] == "Kommunstyrelsens ordförande"),
    "t4039": (E_ROWS, lambda r: r[2].startswith("2026-01")),
    "t4046": (F_ROWS, lambda r: r[2] < 80),
    "t4047": (F_ROWS, lambda r: r[4] < 0),
}
# non-conditional lists: every list item of the document, exactly once
EXACT = {
    "t4005": A_REK[2][1],
    "t4032": D_HANDELSER,
    "t4040": E_ARS,
    "t4048": F_UTVECKLING,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t4007": (A, [r"personalomsättning[^.]*underskötersk", r"underskötersk[^.]*personalomsättning"]),
    "t4008": (A, [r"inhyrda läkare", r"hyrläkare", r"läkare[^.]*mnkr"]),
    "t4016": (B, [r"färdtjänst[^.]*riskvärde", r"riskvärde[^.]*färdtjänst", r"Färdtjänst \d"]),
    "t4017": (B, [r"\d+ av \d+ kontroll", r"avvikelser (?:i|vid) \d+", r"\d+ kontroller visade"]),
    "t4025": (C, [r"driftkostnad", r"Solbacken[^.]*per år"]),
    "t4026": (C, [r"[Ee]tapp 2[^.]*(?:mnkr|tkr|kronor)"]),
    "t4034": (D, [r"meritvärde[^.]*2024", r"2024[^.]*meritvärde"]),
    "t4042": (E, [r"kommunikationschef(?!\s+Kommundirektör)"]),
    "t4043": (E, [r"[Bb]arn- och utbildningsnämnd"]),
    "t4050": (F, [r"betyget F\b", r"\bF i matematik", r"icke godkänt"]),
}

_cache = {}


def pdf_pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def parse_number(text):
    m = re.search(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text)
    if not m:
        return None
    return abs(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")
                     .replace("−", "-")))


def parse_date(text):
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2}) (\w+) (\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def check_list_items(q, E_, text, nxt):
    qid = q["id"]
    if qid in COND:
        rows, pred = COND[qid]
        expected = [x for x in rows if pred(x["r"])]
        for it in q["items"]:
            hits = [x for x in rows if norm(x["item"]).startswith(norm(it))]
            if len(hits) != 1:
                E_(f"item matches {len(hits)} table rows: {it!r}")
            elif not pred(hits[0]["r"]):
                E_(f"item is a row outside the condition: {it!r}")
        for x in expected:
            rn = norm(x["item"])
            if not any(rn.startswith(norm(it)) for it in q["items"]):
                E_(f"matching row missing from items: {x['item'][:60]!r}")
            full = norm(x.get("row", x["item"]))
            if full not in text and full not in nxt:
                E_(f"row text not found in PDF (data/PDF out of sync): {x['item'][:60]!r}")
        if len(expected) != len(q["items"]):
            E_(f"{len(q['items'])} items but {len(expected)} matching rows")
    elif qid in EXACT:
        src = EXACT[qid]
        for it in q["items"]:
            hits = [s for s in src if norm(s).startswith(norm(it))]
            if len(hits) != 1:
                E_(f"item matches {len(hits)} list entries: {it!r}")
        for s in src:
            if not any(norm(s).startswith(norm(it)) for it in q["items"]):
                E_(f"list entry missing from items: {s[:60]!r}")
            if norm(s) not in text and norm(s) not in nxt:
                E_(f"list entry not found in PDF: {s[:60]!r}")
        if len(src) != len(q["items"]):
            E_(f"{len(q['items'])} items but {len(src)} list entries")
    else:
        E_("list question has no recomputation rule (COND/EXACT)")


def main():
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != N_Q:
        errs.append(f"{len(qs)} questions, expected {N_Q}")
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E_ = lambda m, qid=qid: errs.append(f"{qid}: {m}")  # noqa: E731
        if list(q.keys()) != KEYS:
            E_(f"keys/order {list(q.keys())}")
            continue
        if qid != f"t{4000 + n}":
            E_(f"id out of sequence (expected t{4000 + n})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
        t = q["type"]
        if t not in ("figure", "list", "passage", "none"):
            E_("bad type")
            continue
        if t == "none":
            if (q["docs"] or q["evidence"] or q["figures"] or q["items"] or q["page"] is not None
                    or q["answer"] != ""):
                E_("none question must have docs [], empty evidence/figures/items, page null, answer ''")
            if not any(p in q["question"] for p in PLACE.values()):
                E_("none question names none of the six municipalities/regions")
            if qid not in NONE_ABSENT:
                E_("none question without an absence rule")
            else:
                fn, pats = NONE_ABSENT[qid]
                if PLACE[fn] not in q["question"]:
                    E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
                alltext = re.sub(r"\s+", " ", " ".join(pdf_pages(fn)[1]))
                for pat in pats:
                    m = re.search(pat, alltext)
                    if m:
                        E_(f"none question may be answerable: {pat!r} matches {m.group(0)[:60]!r} in {fn}")
            continue
        if len(q["docs"]) != 1 or not (HERE / q["docs"][0]).exists():
            E_(f"need exactly one existing doc: {q['docs']}")
            continue
        fn = q["docs"][0]
        if PLACE[fn] not in q["question"]:
            E_(f"question does not name {PLACE[fn]}")
        _, raw, pg = pdf_pages(fn)
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            E_(f"bad page {p}")
            continue
        text, nxt = pg[p - 1], (pg[p] if p < len(pg) else "")
        if not q["answer"]:
            E_("empty answer")
        # evidence
        if not 1 <= len(q["evidence"]) <= 2:
            E_("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E_(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E_(f"evidence not on p{p} (found on {where}): {ev!r}")
        # paraphrase: no 5-word run of the question may appear verbatim on the page
        qw, pw = words(q["question"]), " " + " ".join(words(raw[p - 1])) + " "
        for i in range(len(qw) - 4):
            if " " + " ".join(qw[i:i + 5]) + " " in pw:
                E_(f"question copies page wording: {' '.join(qw[i:i + 5])!r}")
                break
        # figures
        if t == "figure":
            if not q["figures"] or q["items"]:
                E_("figure question needs figures and no items")
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
                    elif parse_date(f["text"]) != f["value"]:
                        E_(f"date text/value mismatch {f}")
                else:
                    v = parse_number(f["text"])
                    if not isinstance(f["value"], (int, float)) or v is None or abs(v - abs(f["value"])) > 1e-9:
                        E_(f"figure text/value mismatch {f}")
        elif q["figures"]:
            E_(f"{t} question with figures")
        # items
        if t == "list":
            if len(q["items"]) < 2:
                E_("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E_("duplicate items")
            for it in q["items"]:
                w = len(it.split())
                if not 4 <= w <= 10:
                    E_(f"item has {w} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E_(f"item not on p{p}/p{p + 1}: {it!r}")
            check_list_items(q, E_, text, nxt)
        elif q["items"]:
            E_(f"{t} question with items")

    # ---------------------------------------------------------------- counts
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    en_lists = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "list")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(types) != WANT_TYPES:
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_lists < 5:
        errs.append(f"only {en_lists} English list questions")
    if n_cond < 15:
        errs.append(f"only {n_cond} conditional list questions")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    with_title = 0
    if sorted(files) != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 7:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäöÅÄÖ"[:3]:
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden municipality name {bad}")
        if (r.metadata or {}).get("/Title"):
            with_title += 1
    if with_title != 3:
        errs.append(f"{with_title} PDFs with a metadata title, expected 3")
    rc = pdf_pages(C)[0]
    land = [i + 1 for i, pgx in enumerate(rc.pages) if float(pgx.mediabox.width) > float(pgx.mediabox.height)]
    if len(land) != 1:
        errs.append(f"{C}: landscape pages {land}, expected exactly one")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden municipality name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 5:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- data consistency
    for r in B_IKP:
        if r[3] * r[4] < 8:
            errs.append(f"B row {r[0]}: risk value {r[3] * r[4]} < 8 but included in the plan")
        if r[3] * r[4] >= 12 and r[7] not in ("Månadsvis", "Kvartalsvis"):
            errs.append(f"B row {r[0]}: risk value >= 12 but frequency {r[7]}")
    if [r[0] for r in B_IKP] != list(range(1, len(B_IKP) + 1)) or not 15 <= len(B_IKP) <= 20:
        errs.append("B: rows must be numbered 1..n with 15-20 rows")
    tot = c_total()
    if tuple(sum(r[i] for r in c_rows()) for i in range(2, 6)) != tot:
        errs.append("C: total row is not the sum of the projects")
    ctext = pdf_pages(C)[2][land[0] - 1] if land else ""
    for n, _ in C_INV:
        s = c_summa(n)
        line = norm(f"Summa {n[0].lower()}{n[1:]} {' '.join(t0(x) for x in s)} {t0(sum(s))}")
        if line not in ctext:
            errs.append(f"C: subtotal row for {n} not on the landscape page")
    if norm("Totalt " + " ".join(grp(x) for x in tot) + " " + grp(sum(tot))) not in ctext:
        errs.append("C: Totalt row not on the landscape page")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {with_title} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
