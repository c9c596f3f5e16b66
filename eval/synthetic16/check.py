"""Checks ../train_syn16.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic14/check.py (the generic part is copied from there).

* format: 64 questions t16001..t16064, key order, types 26 figure / 16 list / 6 passage / 16 none,
  16 in English (at least 4 of them lists and at least 6 figures), at least 10 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD; "27/10" in the 2027 meeting plan is read
  as 2027-10-27);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (c), (d), (e), metadata titles exactly in
  (a), (c), (e), (f), landscape pages exactly p. 2 in (a) and pp. 2–3 in (f), no names of earlier synthetic
  municipalities/regions or places (FORBIDDEN), no real municipality name (REAL) among our own names or as a word in
  the PDFs, and none of our own names (OWN) is used in the READMEs or check.py files of the earlier training sets;
* data consistency: see the end of main() – (a) every grid row, weekdays of all dates, no July meetings, the counts
  sentence, the June sentence, the årshjul dates matching meetings of the named organ, the fees; (b) every price
  row, VAT = 25 %, the example box and sentence, the heading printed on p. 2 and again on p. 3, footnotes at the
  bottom of p. 2; (c) both halves of the column-split table, the October column derived from table 2, the
  weighted totals, the summary sentences, the fact box and the "two clinics meet the target every month" claim;
  (d) every row and the Summa, deviations, fact boxes (cost per inhabitant), every figure in the nämnd texts, the
  goal table and sentence, and that kommunstyrelsen has no fact box; (e) every project row and year total, the
  tenure sentence, the population rows and sentence, the priorities; (f) every row, totals, subtotals, decision
  level, the repeated heading and the split of a group over p. 2–3, the fact box and sentence.
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
from common16 import grp, dec  # noqa: E402
from data import (A_ORGAN, a_row, a_dates, a_cell, a_first, a_date_sv, A_BAS, A_ARVODE, a_arv, A_SAMM,  # noqa: E402
                  B_TAXA, b_rows, b_inkl, b_change_pct, b_example, B_NOTES,
                  C_KLIN, c_vals, c_okt, c_total, c_okt25, c_sums, C_MAL,
                  D_NAMND, d_avv, d_sum, D_FAKTA, d_namnd, d_per_inv, D_MAL, d_mal_sum, D_INV, D_NOTES,
                  E_PROJ, E_ORTER, e_cell, e_year_tot, e_form_tot, e_first_year, E_BEF, e_bef_row, e_bef_tot, E_PRIO,
                  F_UPPH, F_FORV, f_total, f_beslut, f_sum, F_KS_GRANS, f_years)

QFILE = HERE.parent / "train_syn16.jsonl"
N_Q = 64
BASE = 16000
WANT_TYPES = {"figure": 26, "list": 16, "passage": 6, "none": 16}
WANT_EN = 16
MIN_EN_LISTS = 4
MIN_EN_FIGS = 6
MIN_COND = 10
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}
PLAN_YEAR = 2027   # year of the d/m dates in the meeting plan

A = "qvarnstad-sammantradesplan-2027.pdf"
B = "xenby-avfallstaxa-2027.pdf"
C = "region-asmyra-tillganglighet-jan-okt-2026.pdf"
D = "arnvik-arsredovisning-2026-driftredovisning.pdf"
E = "orsjovik-bostadsforsorjningsprogram-2027-2031.pdf"
F = "alstena-upphandlingsplan-2027.pdf"
PLACE = {A: "Qvarnstad", B: "Xenby", C: "Åsmyra", D: "Ärnvik", E: "Örsjövik", F: "Ålstena"}
WITH_TITLE = {A, C, E, F}
WITH_MINUS = {C, D, E}   # documents that print negative numbers with "−"
LANDSCAPE = {A: [2], F: [2, 3]}
# the FORBIDDEN list of ../synthetic14/check.py (which records ../synthetic, 3, 4, 7, 8, 10, 12 and the file
# names of ../synthetic2, 5, 6) plus the OWN list of ../synthetic14/check.py
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan",
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
             # synthetic12 (its OWN list)
             "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
             "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs",
             "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
             "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
             "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
             "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen",
             "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen",
             # synthetic14 (its OWN list)
             "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga",
             "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
             "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen"]
# real Swedish municipalities whose names begin with our letters: none of them may be one of our names, and none
# may occur as a word in our PDFs
REAL = ["Åre", "Åstorp", "Åtvidaberg", "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm", "Öckerö",
        "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar", "Östra Göinge",
        "Överkalix", "Övertorneå", "Åmål", "Åsele", "Åstorps"]
# our own invented names (municipalities/region first, then places, buildings, projects); later sets should add
# them to their FORBIDDEN lists
OWN = ["Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena",
       "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen",
       "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret", "Örsjöviksbostäder"]
EARLIER = ["synthetic", "synthetic3", "synthetic4", "synthetic7", "synthetic8", "synthetic10", "synthetic12",
           "synthetic14"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_GROWS = [dict(r=o, item=" ".join(a_row(o[0]))) for o in A_ORGAN]
A_AROWS = [dict(r=(u, pct) + a_arv(pct), item=f"{u} {pct} {grp(a_arv(pct)[0])} {grp(a_arv(pct)[1])}")
           for u, pct in A_ARVODE]
B_ROWS = [dict(r=(sec, r), item=f"{r[0]} {r[1]} {grp(r[2])} {grp(b_inkl(r[2]))} {grp(r[3])} {grp(b_inkl(r[3]))}")
          for sec, r in b_rows()]
C_T1A = [dict(r=k, item=k[1] + " " + " ".join(dec(v) for v in c_vals(k)[:5])) for k in C_KLIN]
C_T1B = [dict(r=k, item=k[1] + " " + " ".join(dec(v) for v in c_vals(k)[5:]) + f" {C_MAL}") for k in C_KLIN]
C_T2 = [dict(r=k, item=f"{k[1]} {grp(k[3])} {grp(k[4])} {grp(k[5])} {grp(k[6])} {dec(k[6] - k[4], d=0, plus=True)}")
        for k in C_KLIN]
D_VROWS = [dict(r=(n[0],) + v, item=f"varav {v[0]} {dec(v[1])} {dec(v[2])} {dec(d_avv(v[1], v[2]), plus=True)} "
                                    f"{dec(v[3])} {dec(v[4])}") for n in D_NAMND for v in n[5]]
D_NROWS = [dict(r=n, item=f"{n[0]}{n[6]} {dec(n[1])} {dec(n[2])} {dec(d_avv(n[1], n[2]), plus=True)} {dec(n[3])} "
                          f"{dec(n[4])}") for n in D_NAMND]
D_MROWS = [dict(r=r, item=" ".join(str(x) for x in r)) for r in D_MAL]
E_ROWS = [dict(r=p, item=f"{p[0]} {p[1]} {p[2]} {p[3]} {p[4]} " + " ".join(e_cell(v) for v in p[5]) + f" {sum(p[5])}")
          for p in E_PROJ]
F_ROWS = [dict(r=r, item=f"{r[0]} {r[2]} {grp(r[4])} {r[5]} {grp(f_total(r))} {r[6]} {f_beslut(r)}") for r in F_UPPH]

# qid -> (rows, predicate on the raw row)
COND = {
    "t16006": (A_GROWS, lambda o: a_cell(o[0], 1) != "–"),                        # meets in January
    "t16007": (A_GROWS, lambda o: len(a_dates(o[0])) > 10),                       # more than ten meetings
    "t16008": (A_AROWS, lambda r: r[2] > 300000),                                 # annual fee over 300 000 kr
    "t16017": (B_ROWS, lambda r: r[1][2] == r[1][3]),                             # unchanged 2026 -> 2027
    "t16018": (B_ROWS, lambda r: b_change_pct(r[1]) > 10),                        # increase over 10 %
    "t16019": (B_ROWS, lambda r: r[0].startswith("§ 8")),                         # section: slamtömning
    "t16029": (C_T1B, lambda k: c_okt(k) < 60),                                   # October under 60 %
    "t16030": (C_T2, lambda k: k[6] > k[4]),                                      # more waiting > 90 days
    "t16039": (D_VROWS, lambda r: d_avv(r[2], r[3]) < -4),                        # varav row over budget > 4
    "t16040": (D_MROWS, lambda r: r[4] >= 1),                                     # at least one goal not met
    "t16049": (E_ROWS, lambda p: p[4] == "Laga kraft"),                           # plan status
    "t16050": (E_ROWS, lambda p: p[2] == "Äspenäs"),                              # ort
    "t16051": (E_ROWS, lambda p: e_first_year(p) >= 2030),                        # nothing before 2030
    "t16060": (F_ROWS, lambda r: f_beslut(r) == "Kommunstyrelsen"),               # decision level (derived)
    "t16061": (F_ROWS, lambda r: r[7] <= 3),                                      # advertised in Q1, mixed formats
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t16052": E_PRIO,
}
MONTHS_RE = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t16010": (A, [r"\d{1,2}/\d{1,2} 2028", rf"\d{{1,2}} (?:{MONTHS_RE}) 2028", r"2028-\d\d-\d\d",
                   r"[Ss]ammanträdesplan 2028"]),
    "t16011": (A, [r"[Vv]alnämnd"]),
    "t16012": (A, [r"[Mm]ilersättning", r"[Rr]eseersättning", r"per mil\b", r"[Kk]ilometer", r"[Bb]ilersättning",
                   r"egen bil"]),
    "t16021": (B, [r"370"]),
    "t16022": (B, [r"2025"]),
    "t16023": (B, [r"[Ll]atrin"]),
    "t16032": (C, [r"[Nn]ovember", r"\bnov\b"]),
    "t16033": (C, [r"[Pp]sykiatri", r"BUP"]),
    "t16034": (C, [r"2025[^.]{0,80}\bmar(?:s)?\b", r"\bmar(?:s)?\b[^.]{0,20}2025"]),
    "t16042": (D, [r"2023"]),
    "t16043": (D, [r"[Kk]ommunstyrelsen\s+Nämnden i siffror", r"[Kk]ommunstyrelsen[^.]{0,120}[Ss]jukfrånvaro"]),
    "t16044": (D, [r"[Ii]nvester"]),
    "t16054": (E, [r"2032"]),
    "t16055": (E, [r"[Tt]rygghets", r"[Ss]ärskil(?:t|da) boende", r"[Ss]eniorbo"]),
    "t16063": (F, [r"[Ss]kolskjuts", r"[Ss]kolresor"]),
    "t16064": (F, [r"[Uu]pphandlingsplan(?:en)? (?:för )?2026", r"2026 års", r"[Pp]lanen för 2026",
                   r"[Åå]rsvärde[^.]{0,60}2026"]),
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
    m = re.search(r"\b(\d{1,2})/(\d{1,2})\b", text)
    if m:
        return f"{PLAN_YEAR}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
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
    if en_lists < MIN_EN_LISTS:
        errs.append(f"only {en_lists} English list questions")
    en_figs = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "figure")
    if en_figs < MIN_EN_FIGS:
        errs.append(f"only {en_figs} English figure questions")
    if n_cond < MIN_COND:
        errs.append(f"only {n_cond} conditional list questions")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    titled = set()
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
        if fn in WITH_MINUS and "−" not in alltext:
            errs.append(f"{fn}: no minus sign '−' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        if (r.metadata or {}).get("/Title"):
            titled.add(fn)
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 7:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- own names vs earlier sets
    for o in OWN:
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        for d in EARLIER:
            for f in ("README.md", "check.py"):
                p = HERE.parent / d / f
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{f}")
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
    for o in OWN:
        if o.lower() not in alldocs:
            errs.append(f"own name {o} is not used in any PDF (remove it from OWN)")

    # ---------------------------------------------------------------- real municipalities, landscape pages
    for o in OWN:
        for rl in REAL:
            if o.lower() == rl.lower() or o.lower().startswith(rl.lower() + " "):
                errs.append(f"own name {o} is a real municipality ({rl})")
    for fn in files:
        alltext = " ".join(pdf_pages(fn)[1])
        for rl in REAL:
            if re.search(r"(?<!\w)" + re.escape(rl) + r"(?!\w)", alltext):
                errs.append(f"{fn}: real municipality name {rl} in the text")
        r = pdf_pages(fn)[0]
        land = [i + 1 for i, pg in enumerate(r.pages) if float(pg.mediabox.width) > float(pg.mediabox.height)]
        if land != LANDSCAPE.get(fn, []):
            errs.append(f"{fn}: landscape pages {land}, expected {LANDSCAPE.get(fn, [])}")

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    # (a) meeting plan
    for x in A_GROWS:
        if not on(A, x["item"], [1]):
            errs.append(f"A: grid row not printed on p2: {x['item'][:50]!r}")
        for d in a_dates(x["r"][0]):
            if d.weekday() != x["r"][2] or d.month == 7 or d.year != PLAN_YEAR:
                errs.append(f"A: {x['r'][0]} meets on {d} (weekday/July/year)")
    n = {o[0]: len(a_dates(o[0])) for o in A_ORGAN}
    if not on(A, f"sammanträder kommunfullmäktige {n['Kommunfullmäktige']} gånger, kommunstyrelsen "
                 f"{n['Kommunstyrelsen']} gånger och kommunstyrelsens arbetsutskott "
                 f"{n['Kommunstyrelsens arbetsutskott']} gånger", [0]) or \
            not on(A, f"flest sammanträden, {n['Socialnämndens individutskott']} stycken", [0]) or \
            max(n, key=n.get) != "Socialnämndens individutskott":
        errs.append("A: counts sentence on p1 does not match the grid")
    kfj = a_first("Kommunfullmäktige", 6)
    if not on(A, f"flyttats till den {kfj.day} juni, alltså den andra måndagen", [0]) or (kfj.day - 1) // 7 != 1:
        errs.append("A: June sentence wrong")
    steps = [("19 januari 2027", "Kommunstyrelsen"), ("26/4", "Kommunfullmäktige"), ("11/5", "Kommunstyrelsen"),
             ("14 juni 2027", "Kommunfullmäktige"), ("25/10", "Kommunfullmäktige"), ("13/12", "Kommunfullmäktige")]
    for when, org in steps:
        d = parse_date(when)
        if d not in [str(x) for x in a_dates(org)]:
            errs.append(f"A: årshjul date {when} is not a meeting of {org}")
        if not on(A, when, [2]):
            errs.append(f"A: årshjul date {when} not printed on p3")
    for x in A_AROWS:
        u, pct, y, m = x["r"]
        if y != A_BAS * pct // 100 or m * 12 != y or not on(A, x["item"], [3]):
            errs.append(f"A: fee row wrong: {u}")
    if not on(A, f"är {grp(A_BAS)} kronor per år", [3]) or \
            not on(A, f"{grp(A_SAMM[0])} kronor för sammanträden upp till fyra timmar och {grp(A_SAMM[1])} kronor", [3]):
        errs.append("A: fee text wrong")
    # (b) tariff
    for x in B_ROWS:
        pg = 1 if x["r"][0][2] in "456" else 2
        if not on(B, x["item"], [pg]):
            errs.append(f"B: price row not printed on p{pg + 1}: {x['item'][:50]!r}")
        for v in x["r"][1][2:4]:
            if b_inkl(v) * 4 != v * 5:
                errs.append(f"B: VAT wrong in {x['r'][1][0]}")
    if count(B, "2026 exkl. moms 2026 inkl. moms 2027 exkl. moms 2027 inkl. moms") != 2:
        errs.append("B: price heading must be printed on p2 and again on p3")
    y26, y27, ch, pct = b_example()
    for s in (f"Årskostnad 2026 inklusive moms {grp(y26)} kr", f"Årskostnad 2027 inklusive moms {grp(y27)} kr",
              f"+{grp(ch)} kr (+{dec(pct)} %)", f"betalar {grp(y27)} kronor inklusive moms 2027, vilket är {grp(ch)} "
                                                f"kronor eller {dec(pct)} procent"):
        if not on(B, s, [0]):
            errs.append(f"B: example text wrong: {s!r}")
    for mark, text in B_NOTES:
        if not on(B, mark + " " + text, [1]):
            errs.append(f"B: footnote {mark} not on p2")
        if sum(1 for _, r in b_rows() if r[1].endswith(mark)) != 1:
            errs.append(f"B: footnote marker {mark} not used exactly once")
    lines2 = [ln for ln in pdf_pages(B)[1][1].splitlines() if ln.strip()]
    if not lines2[-2].startswith("³"):
        errs.append("B: the footnotes must stand at the bottom of p2")
    # (c) accessibility
    tot = c_total()
    for x in C_T1A:
        if not on(C, x["item"], [1]):
            errs.append(f"C: jan–maj row not on p2: {x['item']!r}")
    for x in C_T1B:
        if not on(C, x["item"], [2]):
            errs.append(f"C: jun–okt row not on p3: {x['item']!r}")
    for x in C_T2:
        if not on(C, x["item"], [2]):
            errs.append(f"C: table 2 row not on p3: {x['item']!r}")
    if not on(C, "Regionen totalt " + " ".join(dec(v) for v in tot[:5]), [1]) or \
            not on(C, "Regionen totalt " + " ".join(dec(v) for v in tot[5:]) + f" {C_MAL}", [2]):
        errs.append("C: regional total rows wrong")
    s = c_sums()
    if not on(C, f"Regionen totalt {grp(s[0])} {grp(s[1])} {grp(s[2])} {grp(s[3])} {dec(s[3] - s[1], d=0, plus=True)}", [2]):
        errs.append("C: table 2 total wrong")
    for t_ in (f"I oktober hade {dec(tot[9])} procent av de väntande väntat högst 90 dagar på ett första besök, "
               f"jämfört med {dec(tot[8])} procent i september och {dec(c_okt25())} procent i oktober 2025",
               f"Totalt väntade {grp(s[2])} patienter", f"varav {grp(s[3])} hade väntat",
               f"motsvarande antal {grp(s[0])} respektive {grp(s[1])}",
               f"Väntande på första besök den 31 oktober {grp(s[2])}", f"varav väntat mer än 90 dagar {grp(s[3])}"):
        if not on(C, t_, [0]):
            errs.append(f"C: summary text wrong: {t_[:50]!r}")
    low = min(C_KLIN, key=c_okt)
    if not on(C, f"{low[1]}, {low[0]} ({dec(c_okt(low))} %)", [0]):
        errs.append("C: lowest clinic in the fact box wrong")
    always = [(k[0], k[1]) for k in C_KLIN if min(c_vals(k)) >= C_MAL]
    if always != [("Åsmyra lasarett", "Hudsjukvård"), ("Åsmyra lasarett", "Kvinnosjukvård")] or \
            not on(C, "Två kliniker når målet varje månad: hudsjukvården och kvinnosjukvården vid Åsmyra lasarett", [0]):
        errs.append(f"C: clinics meeting the target every month: {always}")
    # (d) driftredovisning
    su = d_sum()
    for x in D_NROWS + D_VROWS:
        if not on(D, x["item"], [0]):
            errs.append(f"D: row not on p1: {x['item'][:50]!r}")
    if not on(D, f"Summa nämnder {dec(su[0])} {dec(su[1])} {dec(d_avv(su[0], su[1]), plus=True)} {dec(su[2])} "
                 f"{dec(su[3])}", [0]) or \
            not on(D, f"blev {dec(su[0])} mnkr 2026, vilket är {dec(su[0] - su[1])} mnkr mer än budget och "
                      f"{dec(su[0] - su[2])} mnkr mer än 2025", [0]):
        errs.append("D: Summa row or p1 sentence wrong")
    for nm, (aa, sj) in D_FAKTA.items():
        nn = d_namnd(nm)
        if abs(d_per_inv(nm) - nn[1] * 1e6 / D_INV) > 0.5:
            errs.append(f"D: cost per inhabitant wrong for {nm}")
        if not on(D, f"{nm} Nämnden i siffror Nettokostnad 2026 {dec(nn[1])} mnkr Avvikelse mot budget "
                     f"{dec(d_avv(nn[1], nn[2]), plus=True)} mnkr Årsarbetare {grp(aa)} Sjukfrånvaro {dec(sj)} % "
                     f"Nettokostnad per invånare {grp(d_per_inv(nm))} kr", [1, 2]):
            errs.append(f"D: fact box of {nm} wrong")
    if "Kommunstyrelsen" in D_FAKTA or count(D, "Sjukfrånvaro") != len(D_FAKTA):
        errs.append("D: sick leave must be given only in the four fact boxes (not for kommunstyrelsen)")
    for mark, text in D_NOTES:
        if not on(D, mark + " " + text, [0]):
            errs.append(f"D: footnote {mark} not on p1")
    av = {v[0]: d_avv(v[1], v[2]) for nn in D_NAMND for v in nn[5]}
    av.update({nn[0]: d_avv(nn[1], nn[2]) for nn in D_NAMND})
    inc = {nn[0]: round(nn[1] - nn[3], 1) for nn in D_NAMND}
    for t_ in (f"redovisar ett underskott på {dec(-av['Barn- och utbildningsnämnden'])} mnkr",
               f"Grundskolan överskred budgeten med {dec(-av['grundskola'])} mnkr",
               f"Gymnasieskolan hade ett underskott på {dec(-av['gymnasieskola'])} mnkr",
               f"överskott på lika mycket, {dec(av['förskola'])} mnkr",
               f"Nettokostnaden ökade med {dec(inc['Barn- och utbildningsnämnden'])} mnkr",
               f"största underskott, {dec(-av['Socialnämnden'])} mnkr",
               f"Funktionsstödet överskred budgeten med {dec(-av['funktionsstöd'])} mnkr, individ- och "
               f"familjeomsorgen med {dec(-av['individ- och familjeomsorg'])} mnkr och äldreomsorgen med "
               f"{dec(-av['äldreomsorg'])} mnkr",
               f"redovisar ett överskott på {dec(av['Tekniska nämnden'])} mnkr",
               f"Nettokostnaden ökade med {dec(inc['Tekniska nämnden'])} mnkr",
               f"överskred budgeten med {dec(-av['Kultur- och fritidsnämnden'])} mnkr"):
        if not on(D, t_, [1, 2]):
            errs.append(f"D: nämnd text does not match the table: {t_[:60]!r}")
    if max(D_NAMND, key=lambda nn: -d_avv(nn[1], nn[2]))[0] != "Socialnämnden":
        errs.append("D: socialnämnden is not the largest deficit")
    ms = d_mal_sum()
    for r in D_MAL:
        if r[1] != r[2] + r[3] + r[4]:
            errs.append(f"D: goal row does not add up: {r[0]}")
    for x in D_MROWS:
        if not on(D, x["item"], [3]):
            errs.append(f"D: goal row not on p4: {x['item']!r}")
    if not on(D, "Summa " + " ".join(str(v) for v in ms), [3]) or \
            not on(D, f"fastställt {ms[0]} nämndmål för 2026. Av dem är {ms[1]} uppfyllda, {ms[2]} delvis uppfyllda "
                      f"och {ms[3]} inte uppfyllda", [3]) or \
            not on(D, "Av de nio målen för nämnden är tre uppfyllda", [1]) or D_MAL[1][1:3] != (9, 3):
        errs.append("D: goal totals or sentences wrong")
    # (e) housing programme
    yt = e_year_tot()
    for x in E_ROWS:
        if not on(E, x["item"], [1]):
            errs.append(f"E: project row not on p2: {x['item'][:50]!r}")
    if not on(E, "Totalt " + " ".join(str(v) for v in yt) + f" {sum(yt)}", [1]):
        errs.append("E: Totalt row wrong")
    hy, br, ag = e_form_tot("Hyresrätt"), e_form_tot("Bostadsrätt"), e_form_tot("Äganderätt")
    if hy + br + ag != sum(yt) or not on(E, f"omfattar {grp(sum(yt))} bostäder 2027–2031, varav {hy} hyresrätter, "
                                            f"{br} bostadsrätter och {ag} småhus", [0]) or \
            not on(E, f"klara 2030, då {yt[3]} bostäder ska stå färdiga, jämfört med {yt[0]} under 2027", [0]) or \
            max(range(5), key=lambda i: yt[i]) != 3 or abs(hy / sum(yt) - 0.5) > 0.02:
        errs.append("E: tenure/peak sentence wrong")
    for r in E_BEF:
        a, b, c, chg, pc = e_bef_row(r)
        if not on(E, f"{a} {grp(b)} {grp(c)} {dec(chg, d=0, plus=True)} {dec(pc, plus=True)}", [0]):
            errs.append(f"E: population row wrong: {a}")
    bt = e_bef_tot()
    old, kids = e_bef_row(E_BEF[-1]), e_bef_row(E_BEF[0])
    if not on(E, f"öka från {grp(bt[1])} till {grp(bt[2])} fram till 2031, alltså med {bt[3]} personer eller "
                 f"{dec(bt[4])} procent", [0]) or \
            not on(E, f"med {old[3]} personer ({dec(old[4])} procent), medan antalet barn 0–5 år minskar med "
                      f"{-kids[3]}", [0]) or max(E_BEF, key=lambda r: e_bef_row(r)[3]) != E_BEF[-1]:
        errs.append("E: population sentence wrong")
    qc = [p for p in E_PROJ if p[1] == "Qvistbro centrum"][0]
    if e_first_year(qc) != 2030:
        errs.append("E: Qvistbro centrum must start delivering in 2030")
    # (f) procurement plan
    for x in F_ROWS:
        pg = [1] if x["r"][0] <= 9 else [2]
        if not on(F, x["item"], pg) or not on(F, x["r"][3], pg):
            errs.append(f"F: row not printed on p{pg[0] + 1}: {x['item'][:50]!r}")
        if f_total(x["r"]) != x["r"][4] * f_years(x["r"][5]):
            errs.append(f"F: total value wrong: {x['r'][2]}")
    if count(F, "Nr Upphandling Årsvärde, tkr Avtalstid, år Totalt värde inkl. option, tkr Planerad annonsering "
                "Beslut fattas av") != 2:
        errs.append("F: plan heading must be printed on p2 and repeated on p3")
    if pages_of(F, F_ROWS[8]["item"]) != [2] or pages_of(F, F_ROWS[10]["item"]) != [3]:
        errs.append("F: the Barn- och utbildningsförvaltningen group must be split over p2–p3")
    for fv in F_FORV:
        a_, t_ = f_sum(fv)
        if not on(F, f"Summa {fv.lower()} {grp(a_)} {grp(t_)}", [1, 2]):
            errs.append(f"F: subtotal of {fv} wrong")
    ars, tot_ = f_sum()
    n_ks = sum(1 for r in F_UPPH if f_beslut(r) == "Kommunstyrelsen")
    if not on(F, f"Totalt {grp(ars)} {grp(tot_)}", [2]) or \
            not on(F, f"omfattar {len(F_UPPH)} upphandlingar med ett sammanlagt årsvärde på {grp(ars)} tkr och ett "
                      f"totalt avtalsvärde inklusive förlängningsoptioner på {grp(tot_)} tkr", [0]) or \
            not on(F, f"Beslutas av kommunstyrelsen {n_ks} upphandlingar", [0]) or \
            not on(F, f"minst {F_KS_GRANS // 1000} mnkr och beslutas därför av kommunstyrelsen", [0]):
        errs.append("F: totals, fact box or sentence wrong")
    for r in F_UPPH:
        d = parse_date(r[6]) if re.search(r"\d{4}-\d\d-\d\d", r[6]) else None
        mth = int(d[5:7]) if d else None
        if mth is None:
            w = re.match(r"v\. (\d+)", r[6])
            if w:
                import datetime as _dt
                mth = _dt.date.fromisocalendar(PLAN_YEAR, int(w.group(1)), 3).month
            else:
                mth = MONTHS[r[6].split()[0]]
        if mth != r[7]:
            errs.append(f"F: advertising month of {r[2]} is {mth}, data says {r[7]}")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
