"""Checks ../train_syn7.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic4/check.py.

* format: 60 questions t7001..t7060, key order, types 22 figure / 18 list / 8 passage / 12 none,
  15 in English (at least 5 of them lists), at least 15 conditional lists;
* every question names the municipality/region of its document (none questions: one of the six);
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (4-10 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (numbers, Swedish or ISO dates);
* conditional list questions: the expected rows are recomputed from data.py and the items must be
  exactly those rows (each item a prefix of exactly one row, that row satisfies the condition, every
  satisfying row covered, the full row text is on the page or the next);
* the three complete lists (events, att-clauses, principles) must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the fact they ask for is
  absent from the document of that municipality (regex patterns below);
* questions paraphrase: no 5-word run shared with the page they are about (none questions: with any page
  of the document of their municipality);
* documents: 6 PDFs, 3-6 pages, å/ä/ö and "−" extractable, 3 with and 3 without a metadata title, no
  names of earlier synthetic municipalities/regions or places (FORBIDDEN);
* internal consistency of the data (Nyckeltal ratios in (a), subtotals in (b), vote sums in (e),
  indicator counts in (f)).
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
from common7 import grp, dec  # noqa: E402
from data import (A_NYCKEL, A_FINMAL, A_VMAL, A_HANDELSER, B_DRIFT, B_SATS, b_rows, b_summa,  # noqa: E402
                  b_total, C_REK, C_FRAGOR, D_AKT, D_GANTT, E_ARS, E_PARTIER, E_VOT, E_MOT, F_PRINCIPER,
                  F_GRUPPER, F_IND)

QFILE = HERE.parent / "train_syn7.jsonl"
N_Q = 60
BASE = 7000
WANT_TYPES = {"figure": 22, "list": 18, "passage": 8, "none": 12}
WANT_EN = 15
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "ramsvika-arsredovisning-2025.pdf"
B = "furuskog-internbudget-2026.pdf"
C = "region-vattersund-granskning-lakemedel-2026.pdf"
D = "stensjobro-handlingsplan-klimatanpassning-2026-2028.pdf"
E = "korpilund-kf-protokoll-2026-04-27.pdf"
F = "lerviken-folkhalsopolicy-2026-2030.pdf"
PLACE = {A: "Ramsvika", B: "Furuskog", C: "Vättersund", D: "Stensjöbro", E: "Korpilund", F: "Lerviken"}
# municipalities/regions of ../synthetic, ../synthetic2–5 (file names only for 2 and 5) and places named
# in the earlier READMEs or questions
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs"]


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
A_FIN_ROWS = [dict(r=r, item=" ".join(r[1:]), row=" ".join(r)) for r in A_FINMAL]
A_VMAL_ROWS = [dict(r=r, item=f"{r[1]} {r[2]}") for r in A_VMAL]
B_ROWS = [dict(r=r, item=f"{r[1]} {grp(r[2])} {grp(r[3])} {grp(r[4])} {grp(r[5])}") for r in b_rows()]
B_SATS_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {grp(r[2])}") for r in B_SATS]
C_REK_ROWS = [dict(r=(g, t), item=t) for g, ts in C_REK for t in ts]
C_FR_ROWS = [dict(r=r, item=" ".join(r[2:]), row=" ".join(r[1:])) for r in C_FRAGOR]
D_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {sv_date(r[3], r[4])} {r[5]}",
               row=f"{r[0]} {r[1]} {r[2]} {sv_date(r[3], r[4])} {r[5]}") for r in D_AKT]
D_G_ROWS = [dict(r=r, item=r[0], row=r[0] + " " + " ".join("X" for _ in r[1])) for r in D_GANTT]
E_MOT_ROWS = [dict(r=r, item=" ".join(r)) for r in E_MOT]
F_ROWS = [dict(r=(g, *ind), item=" ".join(ind)) for g, inds in F_IND for ind in inds]

# qid -> (rows, predicate on the raw row)
COND = {
    "t7005": (A_FIN_ROWS, lambda r: r[4] == "Nej"),
    "t7006": (A_VMAL_ROWS, lambda r: r[2] == "Delvis uppfyllt"),
    "t7015": (B_ROWS, lambda r: r[4] < -5000),
    "t7016": (B_SATS_ROWS, lambda r: r[2] > 2000),
    "t7017": (B_ROWS, lambda r: r[0] == "Socialnämnden" and abs(r[5]) < abs(r[3])),
    "t7024": (C_FR_ROWS, lambda r: r[3] == "Nej"),
    "t7025": (C_FR_ROWS, lambda r: r[3] == "Delvis"),
    "t7026": (C_REK_ROWS, lambda r: r[0] == "Hälso- och sjukvårdsnämnden"),
    "t7034": (D_ROWS, lambda r: r[2] == "Räddningstjänsten"),
    "t7035": (D_ROWS, lambda r: r[3] <= "2026-12-31" and r[5] == "Ej påbörjad"),
    "t7036": (D_G_ROWS, lambda r: 5 in r[1]),  # quarter index 5 = Q2 2027
    "t7045": (E_MOT_ROWS, lambda r: r[3] == "Barn- och utbildningsnämnden"),
    "t7046": (E_MOT_ROWS, lambda r: r[1] < "2025-04-27"),
    "t7055": (F_ROWS, lambda r: r[0].startswith("2.")),
    "t7056": (F_ROWS, lambda r: r[4] == "Elevhälsoenkäten"),
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t7007": A_HANDELSER,
    "t7044": E_ARS,
    "t7057": F_PRINCIPER,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t7009": (A, [r"2022"]),
    "t7010": (A, [r"Ramsvikahem[^.]*(?:resultat|mnkr|överskott|vinst|underskott)"]),
    "t7019": (B, [r"[Öö]verförmyndar"]),
    "t7020": (B, [r"2029"]),
    "t7029": (C, [r"2023"]),
    "t7030": (C, [r"läkemedelsavvikelse", r"\d+ (?:rapporterade )?avvikelser"]),
    "t7038": (D, [r"Ängsdal.{0,80}(?:mnkr|tkr|kronor)", r"(?:mnkr|tkr|kronor).{0,80}Ängsdal"]),
    "t7039": (D, [r"\d[\d ]* (?:fastigheter|källare|villor|hushåll)", r"byggnader (?:skadades|fick skador)"]),
    "t7049": (E, [r"[Vv]alnämnd"]),
    "t7050": (E, [r"Sjövägen.{0,80}(?:mnkr|tkr|kronor)", r"(?:mnkr|tkr|kronor).{0,80}Sjövägen"]),
    "t7059": (F, [r"2028"]),
    "t7060": (F, [r"mnkr|tkr|kronor|\bkr\b"]),
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
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
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
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 6:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if fn in (A, B) and "−" not in alltext:
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
    ny = {r[0]: r[1:4] for r in A_NYCKEL}
    for i in range(3):
        res = ny["Årets resultat, mnkr"][i] / ny["Skatteintäkter och generella statsbidrag, mnkr"][i] * 100
        if abs(round(res, 1) - ny["Resultat i procent av skatteintäkter och bidrag"][i]) > 0.051:
            errs.append(f"A: resultat i procent inconsistent for column {i}")
    if abs(ny["Låneskuld, mnkr"][2] * 1e6 / ny["Antal invånare 31 december"][2] - 24909) > 1:
        errs.append("A: låneskuld per invånare in goal 5 inconsistent")
    if sum(1 for r in A_FINMAL if r[4] == "Ja") != 2 or sum(1 for r in A_VMAL if r[2] == "Uppfyllt") != 4:
        errs.append("A: goal counts in the text (två / fyra) do not match the tables")
    btext = pdf_pages(B)[2]
    for namnd, _ in B_DRIFT:
        line = norm(f"Summa {namnd[0].lower()}{namnd[1:]} " + " ".join(grp(x) for x in b_summa(namnd)))
        if line not in btext[1] and line not in btext[2]:
            errs.append(f"B: subtotal row for {namnd} not on p2/p3")
    if norm("Summa nämnder " + " ".join(grp(x) for x in b_total())) not in btext[2]:
        errs.append("B: Summa nämnder row not on p3")
    if len(C_FRAGOR) != 9 or collections.Counter(r[3] for r in C_FRAGOR) != {"Ja": 3, "Delvis": 3, "Nej": 3}:
        errs.append("C: the text says 9 questions, 3 Ja / 3 Delvis / 3 Nej")
    if len(D_AKT) != 22 or [r[0] for r in D_AKT] != list(range(1, 23)):
        errs.append("D: the text says 22 activities numbered 1..22")
    ja = sum(v[0] for v in E_VOT.values())
    nej = sum(v[1] for v in E_VOT.values())
    if (ja, nej) != (31, 20) or sum(sum(v) for v in E_VOT.values()) != 51 or list(E_VOT) != E_PARTIER:
        errs.append(f"E: vote {ja}-{nej} does not match 'med 31 röster mot 20' / 51 members")
    if len(E_MOT) != 10:
        errs.append("E: the text says ten unanswered motions")
    lv = dict(F_GRUPPER)
    for i in range(6):
        avg = (lv["Kvinnor i Lerviken 2024"][i] + lv["Män i Lerviken 2024"][i]) / 2
        if abs(avg - lv["Lerviken 2024"][i]) > 0.051:
            errs.append(f"F: Lerviken 2024 column {i} is not the mean of women and men")
    if len(F_IND) != 4:
        errs.append("F: the text says four målområden")

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
