"""Checks ../train_syn8.jsonl against the five PDFs in this folder (pypdf text).

Modelled on ../synthetic7/check.py.

* format: 45 questions t8001..t8045, key order, types 14 figure / 20 list / 5 passage / 6 none,
  12 in English (at least 6 of them lists), at least 15 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 5 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (c), 3 with a metadata title, no names of
  earlier synthetic municipalities/regions or places (FORBIDDEN);
* data consistency (one X per checklist row in (a), 2/4/3 assessments in (b), totals and monthly
  prognosis in (c), sums in the text of (e)).
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
from common8 import grp, dec  # noqa: E402
from data import (A_MAL, a_indicators, A_UPPDRAG, A_STATUS, B_REK, B_OMR, c_rows, c_total, C_MANAD,  # noqa: E402
                  D_PARA, E_BIDRAG, e_totals)

QFILE = HERE.parent / "train_syn8.jsonl"
N_Q = 45
BASE = 8000
WANT_TYPES = {"figure": 14, "list": 20, "passage": 5, "none": 6}
WANT_EN = 12
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "alvsater-bun-namndplan-2026.pdf"
B = "region-malarbotten-granskning-ambulanssjukvard-2026.pdf"
C = "hagfjarda-sn-delarsrapport-aug-2026.pdf"
D = "tornbacka-ks-protokoll-2026-05-18.pdf"
E = "vindeborg-kfn-foreningsbidrag-2026.pdf"
PLACE = {A: "Alvsäter", B: "Mälarbotten", C: "Hagfjärda", D: "Tornbacka", E: "Vindeborg"}
# municipalities/regions of ../synthetic, ../synthetic3, ../synthetic4, ../synthetic7 (READMEs), the file names
# of ../synthetic2, ../synthetic5, ../synthetic6 and places named in the earlier READMEs
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


def sv_date(iso, fmt):
    if fmt == "iso":
        return iso
    y, m, d = iso.split("-")
    return f"{int(d)} {list(MONTHS)[int(m) - 1]} {y}"


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_IND_ROWS = [dict(r=r, item=" ".join(r[1:])) for r in a_indicators()]
A_UPP_ROWS = [dict(r=r, item=f"{r[1]} {r[2]}", row=f"{r[0]} {r[1]} {r[2]} X") for r in A_UPPDRAG]
B_OMR_ROWS = [dict(r=r, item=" ".join(r)) for r in B_OMR]
C_ROWS = [dict(r=r, item=f"{r[0]} {grp(r[1])} {grp(r[2])} {grp(r[3])} {grp(r[4])}") for r in c_rows()]
D_EXP = {p["nr"]: [dict(r=(p["nr"], e), item=e) for e in p["exp"]] for p in D_PARA}
D_BES = {p["nr"]: [dict(r=(p["nr"], t), item=t) for t in p["beslut"]] for p in D_PARA}
E_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {grp(r[2])} {grp(r[3]) if isinstance(r[3], int) else r[3]}")
          for r in E_BIDRAG]

# qid -> (rows, predicate on the raw row)
COND = {
    "t8004": (A_UPP_ROWS, lambda r: r[3] == "Ej påbörjad"),
    "t8005": (A_UPP_ROWS, lambda r: r[3] == "Klar"),
    "t8006": (A_IND_ROWS, lambda r: r[0].startswith("Mål 2.1 ")),
    "t8007": (A_IND_ROWS, lambda r: r[4] == "Skolverket"),
    "t8011": (B_OMR_ROWS, lambda r: r[2] == "Röd"),
    "t8012": (B_OMR_ROWS, lambda r: r[2] == "Gul"),
    "t8013": (B_OMR_ROWS, lambda r: r[2] == "Grön"),
    "t8018": (C_ROWS, lambda r: r[4] < -5000),
    "t8019": (C_ROWS, lambda r: r[4] > 0),
    "t8020": (C_ROWS, lambda r: r[3] > 100000),
    "t8026": (D_EXP[63], lambda r: r[0] == 63),  # recipients of one §
    "t8027": (D_EXP[64], lambda r: r[0] == 64),
    "t8029": (D_BES[66], lambda r: r[0] == 66),
    "t8035": (E_ROWS, lambda r: r[3] == "Avslag"),
    "t8036": (E_ROWS, lambda r: r[3] == r[2]),
    "t8037": (E_ROWS, lambda r: r[3] == 0),
    "t8038": (E_ROWS, lambda r: isinstance(r[3], int) and r[3] >= 50000),
    "t8039": (E_ROWS, lambda r: r[2] > 100000),
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t8010": B_REK,
    "t8028": [p for p in D_PARA if p["nr"] == 64][0]["beslut"],
}
MON = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t8009": (A, [r"2028"]),
    "t8017": (B, [r"\d+ ambulans", r"ambulans\w* i beredskap[^.]*\d"]),
    "t8025": (C, [r"[Ii]nvest"]),
    "t8034": (D, [r"[Vv]otering", r"röst", r"[Rr]eservation"]),
    "t8044": (E, [r"[Tt]ennis"]),
    "t8045": (E, [r"utbetal", r"betalas ut", r"betala\w*[^.]{0,80}(?:\d{4}-\d{2}-\d{2}|\d+ " + MON + ")"]),
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


def copies(question, raw_text):
    qw, pw = words(question), " " + " ".join(words(raw_text)) + " "
    for i in range(len(qw) - 4):
        if " " + " ".join(qw[i:i + 5]) + " " in pw:
            return " ".join(qw[i:i + 5])
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
        if qid != f"t{BASE + n}":
            E_(f"id out of sequence (expected t{BASE + n})")
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
            if qid not in NONE_ABSENT:
                E_("none question without an absence rule")
                continue
            fn, pats = NONE_ABSENT[qid]
            if PLACE[fn] not in q["question"]:
                E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
            raw = pdf_pages(fn)[1]
            alltext = re.sub(r"\s+", " ", " ".join(raw))
            for pat in pats:
                m = re.search(pat, alltext)
                if m:
                    E_(f"none question may be answerable: {pat!r} matches {m.group(0)[:60]!r} in {fn}")
            for i, pg_raw in enumerate(raw, 1):
                c = copies(q["question"], pg_raw)
                if c:
                    E_(f"none question copies wording of {fn} p{i}: {c!r}")
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
        if not 1 <= len(q["evidence"]) <= 2:
            E_("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E_(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E_(f"evidence not on p{p} (found on {where}): {ev!r}")
        c = copies(q["question"], raw[p - 1])
        if c:
            E_(f"question copies page wording: {c!r}")
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
                if not any(norm(f["text"]) in norm(ev) for ev in q["evidence"]):
                    E_(f"figure text not inside an evidence phrase: {f['text']!r}")
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
        if t == "list":
            if len(q["items"]) < 2:
                E_("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E_("duplicate items")
            for it in q["items"]:
                w = len(it.split())
                if not 3 <= w <= 8:
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
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_lists < 6:
        errs.append(f"only {en_lists} English list questions")
    if n_cond < 15:
        errs.append(f"only {n_cond} conditional list questions")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    with_title = 0
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 5:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if fn == C and "−" not in alltext:
            errs.append(f"{fn}: no minus sign '−' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        if (r.metadata or {}).get("/Title"):
            with_title += 1
    if with_title != 3:
        errs.append(f"{with_title} PDFs with a metadata title, expected 3")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 7:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- data consistency
    if [r[0] for r in A_UPPDRAG] != list(range(1, len(A_UPPDRAG) + 1)) or any(r[3] not in A_STATUS for r in A_UPPDRAG):
        errs.append("A: checklist rows must be numbered 1..n with one of the three statuses")
    atext = pdf_pages(A)[2]
    for r in A_UPPDRAG:
        if norm(f"{r[0]} {r[1]} {r[2]} X") not in atext[3]:
            errs.append(f"A: checklist row {r[0]} not on p4 with one X")
    if collections.Counter(r[2] for r in B_OMR) != {"Grön": 2, "Gul": 4, "Röd": 3} or len(B_OMR) != 9:
        errs.append("B: the text says nine areas, two green, four yellow and three red")
    tb, tu, tp, ta = c_total()
    ctext = pdf_pages(C)[2]
    if norm("Summa socialnämnden " + " ".join(grp(x) for x in (tb, tu, tp, ta))) not in ctext[1]:
        errs.append("C: Summa row not on p2")
    if abs(C_MANAD[-1][1] * 1000 - ta) > 1e-6:
        errs.append("C: the August prognosis does not equal the total deviation")
    if norm(f"underskott på {dec(-ta / 1000)} mnkr") not in ctext[0]:
        errs.append("C: summary deficit on p1 does not match the table")
    sokt, bev = e_totals()
    etext = pdf_pages(E)[2]
    for s_ in (f"sammanlagt {grp(sokt)} kronor", f"Totalt beviljas {grp(bev)} kronor",
               f"Summa {grp(sokt)} {grp(bev)}"):
        if norm(s_) not in etext[0] and norm(s_) not in etext[1]:
            errs.append(f"E: {s_!r} not in the PDF")
    if sum(1 for r in E_BIDRAG if r[3] == "Avslag") != 4 or sum(1 for r in E_BIDRAG if r[3] == r[2]) != 4:
        errs.append("E: the text says 4 full grants and 4 rejections")

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
