"""Checks ../train_syn14.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic12/check.py (the generic part is copied from there).

* format: 64 questions t14001..t14064, key order, types 26 figure / 16 list / 6 passage / 16 none,
  16 in English (at least 4 of them lists and at least 6 figures), at least 10 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (b), (e), metadata titles exactly in (a), (c),
  (e), (f), no names of earlier synthetic municipalities/regions or places (FORBIDDEN), and none of our own
  names (OWN) is used in the READMEs or check.py files of ../synthetic3, 4, 7, 8, 10, 12;
* data consistency: see the end of main() – (a) nämnd rows, sums, the summary table and every figure of the
  summary text, the Socialnämnden table split over p. 2–3 with a repeated header, investments and balance
  requirement; (b) staff totals and sentences, weighted sick-leave totals, the sick-leave table split over
  p. 2–3 with a repeated header, turnover and hired staff; (c) RV = S × K, the risk matrix, the plan table
  split over p. 2–3 with a repeated header, the counts sentences and carried-over controls matching the 2025
  shortcomings; (d) every card, the assessment counts and the fleet total matching indicator 2.1; (e) every
  key-figure row and change, the heading repeated on p. 2, the quartile of every rank and the goal bullets;
  (f) the two votes from the roll-call list, party sizes, vote sentences and the tally table.
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
from common14 import grp, dec  # noqa: E402
from data import (A_NAMNDER, a_avv, a_nsum, a_sammandrag, a_growth, a_nsum_avv, A_SKATT_AVV, A_FIN, A_GEM,  # noqa: E402
                  A_INV, a_inv_avv, a_sum, A_HANDELSER,
                  B_ANST, b_anst_row, b_anst_total, B_SJUK, b_sjuk_row, b_sjuk_total, B_OMS, B_OMS_TOTAL,
                  B_AVGANGAR, B_HYR,
                  C_PLAN, c_rv, c_counts, C_UPPF, c_uppf_counts, C_LINK,
                  D_OMRADEN, D_BED, D_IND, d_counts, D_FORDON, d_fordon_row, D_ATGARDER,
                  e_rows, E_JMF, e_kvartil, E_RES, E_SKATT, E_SJF, E_SOL2, E_LAN,
                  F_PARTIER, F_LED, f_tally, F_ATT16)

QFILE = HERE.parent / "train_syn14.jsonl"
N_Q = 64
BASE = 14000
WANT_TYPES = {"figure": 26, "list": 16, "passage": 6, "none": 16}
WANT_EN = 16
MIN_EN_LISTS = 4
MIN_EN_FIGS = 6
MIN_COND = 10
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "kg"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "arnohult-delarsrapport-jan-aug-2026.pdf"
B = "region-ejdersund-personalbokslut-2025.pdf"
C = "jungsnas-ks-internkontrollplan-2026.pdf"
D = "olsvalla-miljobokslut-2025.pdf"
E = "palsmark-arsredovisning-2025-femarsoversikt.pdf"
F = "uvberga-kf-protokoll-2026-02-23.pdf"
PLACE = {A: "Arnöhult", B: "Ejdersund", C: "Jungsnäs", D: "Olsvalla", E: "Pålsmark", F: "Uvberga"}
WITH_TITLE = {A, C, E, F}
WITH_MINUS = {A, B, E}   # documents that print negative numbers with "−"
# the FORBIDDEN list of ../synthetic12/check.py (which records ../synthetic, 3, 4, 7, 8, 10 and the file names of
# ../synthetic2, 5, 6) plus the OWN list of ../synthetic12/check.py
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
             "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen"]
# our own invented names (municipalities/region first, then places, schools, projects); later sets should add
# them to their FORBIDDEN lists
OWN = ["Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga",
       "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
       "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen"]
EARLIER = ["synthetic3", "synthetic4", "synthetic7", "synthetic8", "synthetic10", "synthetic12"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())



# ---------------------------------------------------------------- row texts as printed in the PDFs
def _fmt4(r, avv):
    return f"{r[0]} {dec(r[1])} {dec(r[2])} {dec(r[3])} {dec(avv, plus=True)}"


A_ROWS = [dict(r=(nm, row), item=_fmt4(row, a_avv(row))) for nm, rows in A_NAMNDER for row in rows]
A_IROWS = [dict(r=row, item=_fmt4(row, a_inv_avv(row))) for row in A_INV]
B_SROWS = [dict(r=(r[0], b_sjuk_row(r[0])), item=r[0] + " " + " ".join(dec(x) for x in b_sjuk_row(r[0])[:6])
                + " " + dec(b_sjuk_row(r[0])[6], plus=True)) for r in B_ANST]
B_OROWS = [dict(r=r, item=r[0] + " " + " ".join(dec(x) for x in r[1:])) for r in B_OMS]
C_ROWS = [dict(r=r, item=f"{r[2]} {r[3]} {r[4]} {r[5]} {c_rv(r)} {r[6]} {r[7]} {r[8]}") for r in C_PLAN]
C_UROWS = [dict(r=r, item=f"{r[0]} {r[1]} {r[2]} {r[3]} {r[4]}") for r in C_UPPF]
D_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3]} 2021 2022 2023 2024 2025 " + " ".join(r[4])
               + f" Mål 2030: {r[5]} Bedömning: {D_BED[r[6]]} {r[7]}") for r in D_IND]
E_ROWS = [dict(r=r, item=f"{r[1]} {' '.join(r[2])} {r[3]}") for r in e_rows()]
E_JROWS = [dict(r=r, item=f"{r[0]} {r[1]} {r[2]} {r[3]} {r[4]} {e_kvartil(r[4])}") for r in E_JMF]
F_ROWS = [dict(r=r, item=" ".join(r)) for r in F_LED]

# qid -> (rows, predicate on the raw row)
COND = {
    "t14006": (A_ROWS, lambda r: r[0] == "Barn- och utbildningsnämnden" and a_avv(r[1]) < 0),  # nämnd + deficit
    "t14007": (A_IROWS, lambda r: a_inv_avv(r) >= 2.0),                          # underspend threshold
    "t14008": (A_ROWS, lambda r: a_avv(r[1]) < -5.0),                             # deviation threshold, 2 pages
    "t14018": (B_SROWS, lambda r: r[1][6] > 0),                                   # total rose 2024 -> 2025
    "t14019": (B_SROWS, lambda r: r[1][3] > 8.0),                                 # women 2025 over 8 %
    "t14020": (B_OROWS, lambda r: r[3] > 10.0),                                   # turnover 2025 over 10 %
    "t14029": (C_ROWS, lambda r: "Delårsrapport" in r[8]),                        # reported with the interim report
    "t14030": (C_ROWS, lambda r: r[7] == "Kvartalsvis"),                          # frequency
    "t14031": (C_UROWS, lambda r: r[4] != "Utan anmärkning"),                     # any shortcoming
    "t14039": (D_ROWS, lambda r: r[6] == "bad"),                                  # assessment, cards on 2 pages
    "t14049": (E_JROWS, lambda r: e_kvartil(r[4]) == "Sämsta 25 %"),              # quartile from rank
    "t14050": (E_ROWS, lambda r: r[4] < 0),                                       # decreased 2024 -> 2025
    "t14051": (E_JROWS, lambda r: e_kvartil(r[4]) == "Bästa 25 %"),               # quartile from rank
    "t14060": (F_ROWS, lambda r: r[3] == "Avstår"),                               # vote § 19
    "t14061": (F_ROWS, lambda r: r[2] == "Avstår"),                               # vote § 16
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t14040": D_ATGARDER,
}
MONEY = [r"\bkr\b", r"kronor", r"mnkr", r"tkr", r"miljoner"]
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t14010": (A, [r"[Tt]ertial", r"30 april", r"januari–april", r"per april"]),
    "t14011": (A, [r"[Kk]oncern", r"[Bb]olag"]),
    "t14012": (A, [r"[Öö]verförmyndar"]),
    "t14022": (B, [r"[Ss]jukfrånvaro[^.]{0,120}2023", r"2023[^.]{0,60}[Ss]jukfrånvaro"]),
    "t14023": (B, [r"\d+ läkare", r"[Aa]ntal läkare", r"[Ll]äkare,? antal"]),
    "t14024": (B, [r"[Ss]juklön"]),
    "t14033": (C, [r"[Ss]ocialnämnd"]),
    "t14034": (C, MONEY),
    "t14042": (D, [r"2020"]),
    "t14043": (D, MONEY),
    "t14044": (D, [r"[Cc]ykel"]),
    "t14053": (E, [r"2020"]),
    "t14054": (E, [r"[Kk]oncern"]),
    "t14055": (E, [r"[Kk]ostnad[^.]{0,40}hemtjänst", r"[Hh]emtjänst[^.]{0,40}kostnad", r"per brukare"]),
    "t14063": (F, [r"[Vv]alnämnd"]),
    "t14064": (F, [r"[Bb]usskort[^.]{0,200}(?:\bkr\b|kronor|mnkr|tkr)", r"[Uu]ngdomskort[^.]{0,200}(?:\bkr\b|kronor|mnkr)"]),
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

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    # (a) nämnd rows and sums, summary, split table, investments, balance requirement
    for x in A_ROWS:
        if not on(A, x["item"], [1, 2]):
            errs.append(f"A: nämnd row not printed: {x['item'][:50]!r}")
    for nm, rows in A_NAMNDER:
        b, u, p = a_nsum(nm)
        if abs(round(b - p, 1) - sum(a_avv(r) for r in rows)) > 0.051:
            errs.append(f"A: {nm} deviation does not add up")
        if not on(A, f"Summa {dec(b)} {dec(u)} {dec(p)} {dec(round(b - p, 1), plus=True)}", [1, 2]):
            errs.append(f"A: Summa row of {nm} not printed")
    if count(A, "Verksamhet Budget 2026 Utfall jan–aug Prognos helår Avvikelse mot budget") != len(A_NAMNDER) + 1:
        errs.append("A: expected one nämnd table header per nämnd plus one repeated header")
    sn = dict(A_NAMNDER)["Socialnämnden"]
    if pages_of(A, _fmt4(sn[0], a_avv(sn[0]))) != [2] or pages_of(A, _fmt4(sn[-1], a_avv(sn[-1]))) != [3]:
        errs.append("A: the Socialnämnden table must run from p2 to p3")
    S = a_sammandrag()
    for name, *vals in S:
        if not on(A, name + " " + " ".join(dec(v) for v in vals), [0]):
            errs.append(f"A: summary row {name!r} not printed")
    res = S[-1]
    netg, taxg = a_growth()
    navv = a_nsum_avv()
    if abs(res[4] - (res[3] + navv + A_SKATT_AVV + (A_FIN[2] - A_FIN[0]) + (A_GEM[0] - A_GEM[2]))) > 0.051:
        errs.append("A: forecast result is not budget + deviations")
    for s in (f"uppgick till {dec(res[2])} mnkr, jämfört med {dec(res[1])} mnkr",
              f"resultat på {dec(res[4])} mnkr, vilket är {dec(res[3] - res[4])} mnkr lägre än budgeterade {dec(res[3])}",
              f"avvikelse mot budget på {dec(-navv)} mnkr", f"bli {dec(A_SKATT_AVV)} mnkr högre",
              f"ökat med {dec(netg)} procent", f"ökat med {dec(taxg)} procent",
              f"prognosen motsvarar {dec(100 * res[4] / S[1][4])} procent"):
        if not on(A, s, [0]):
            errs.append(f"A: summary text does not match the data: {s!r}")
    av = {r[0]: a_avv(r) for _, rows in A_NAMNDER for r in rows}
    for s in (f"budgeten med {dec(-av['IT och digitalisering'])} mnkr", f"står för {dec(-av['Grundskola F–9'])} mnkr",
              f"underskott på {dec(-av['Gymnasieskola'])} mnkr", f"överskott på {dec(av['Förskola'])} mnkr",
              f"budget med {dec(-av['Individ- och familjeomsorg'])} mnkr",
              f"underskott på {dec(-av['Äldreomsorg'])} mnkr"):
        if not on(A, s, [1]):
            errs.append(f"A: nämnd text does not match the table: {s!r}")
    for x in A_IROWS:
        if not on(A, x["item"], [3]):
            errs.append(f"A: investment row not printed: {x['item'][:50]!r}")
    ib, iu, ip = a_sum(A_INV)
    if not on(A, f"Summa investeringar {dec(ib)} {dec(iu)} {dec(ip)} {dec(round(ib - ip, 1), plus=True)}", [3]) or \
            not on(A, f"uppgår till {dec(ib)} mnkr. Till och med augusti har {dec(iu)} mnkr", [3]):
        errs.append("A: investment totals wrong")
    if not on(A, f"Balanskravsresultat {dec(round(res[4] - 1.2, 1))}", [3]):
        errs.append("A: balance requirement wrong")
    # (b) staff, sick leave, turnover, hired staff
    kv, man, tv, vt, tot, tot24 = b_anst_total()
    for r in B_ANST:
        row = b_anst_row(r)
        if not on(B, row[0] + " " + " ".join(grp(x) for x in row[1:]), [1]):
            errs.append(f"B: staff row not printed: {r[0]!r}")
    if not on(B, "Regionen totalt " + " ".join(grp(x) for x in b_anst_total()), [1]):
        errs.append("B: staff total row wrong")
    if not on(B, f"{grp(tv)} tillsvidareanställda och {grp(vt)} visstidsanställda, sammanlagt {grp(tot)} anställda. "
                 f"Det är {grp(tot - tot24)} fler", [0]) or not on(B, f"var {dec(100 * kv / tv)} procent", [0]):
        errs.append("B: staff sentence on p1 does not match table 1")
    for x in B_SROWS:
        k24, m24, t24, k25, m25, t25, ch = x["r"][1]
        if abs(ch - round(t25 - t24, 1)) > 1e-9 or not (min(k24, m24) <= t24 <= max(k24, m24)):
            errs.append(f"B: sick-leave row inconsistent: {x['r'][0]}")
        if not on(B, x["item"], [1, 2]):
            errs.append(f"B: sick-leave row not printed: {x['item'][:40]!r}")
    st = b_sjuk_total()
    if not on(B, "Regionen totalt " + " ".join(dec(v) for v in st[:6]) + " " + dec(st[6], plus=True), [2]):
        errs.append("B: sick-leave total row wrong")
    if not on(B, f"steg från {dec(st[2])} procent 2024 till {dec(st[5])} procent 2025", [0]) or \
            not on(B, f"var den {dec(st[3])} procent och bland männen {dec(st[4])} procent", [0]):
        errs.append("B: sick-leave sentence on p1 does not match table 2")
    if count(B, "2024 2025 Förändring totalt, p.e. Kvinnor Män Totalt Kvinnor Män Totalt") != 2:
        errs.append("B: sick-leave header must be printed on p2 and repeated on p3")
    if pages_of(B, B_SROWS[0]["item"]) != [2] or pages_of(B, B_SROWS[-1]["item"]) != [3]:
        errs.append("B: the sick-leave table must run from p2 to p3")
    for x in B_OROWS:
        if not on(B, x["item"], [2]):
            errs.append(f"B: turnover row not printed: {x['item']!r}")
    if not on(B, "Regionen totalt " + " ".join(dec(v) for v in B_OMS_TOTAL), [2]) or \
            not on(B, f"sjönk till {dec(B_OMS_TOTAL[2])} procent från {dec(B_OMS_TOTAL[1])} procent", [0]):
        errs.append("B: turnover total wrong")
    if not on(B, f"varav {B_AVGANGAR[1]} gick i pension och {B_AVGANGAR[0] - B_AVGANGAR[1]} slutade", [2]):
        errs.append("B: departures sentence wrong")
    if not on(B, f"personal var {dec(round(B_HYR[1] + B_HYR[2], 1))} mnkr 2025, jämfört med {dec(B_HYR[0])} mnkr", [3]) \
            or B_HYR[1] + B_HYR[2] >= B_HYR[0]:
        errs.append("B: hired staff sentence wrong")
    # (c) internal control plan
    for x in C_ROWS:
        if not on(C, f"{x['r'][1]} " + x["item"], [1, 2]):
            errs.append(f"C: plan row not printed: {x['item'][:40]!r}")
    if count(C, "Nr Risk Kontrollmoment S K RV Ansvarig Frekvens Rapporteras") != 2:
        errs.append("C: plan header must be printed on p2 and repeated on p3")
    if pages_of(C, C_ROWS[0]["item"]) != [2] or pages_of(C, C_ROWS[-1]["item"]) != [3]:
        errs.append("C: the plan table must run from p2 to p3")
    cells = collections.defaultdict(list)
    for r in C_PLAN:
        cells[(r[4], r[5])].append(f"R{r[1]}")
        if not (1 <= r[4] <= 4 and 1 <= r[5] <= 4):
            errs.append(f"C: S/K out of range in row {r[1]}")
    for (s, k), lst in cells.items():
        if not on(C, f"{s * k} " + ", ".join(lst), [1]):
            errs.append(f"C: risk matrix cell {s}x{k} does not list {lst}")
    n, ny, overf = c_counts()
    if not on(C, f"Planen omfattar {n} kontrollmoment i fyra processer. Av dem är {ny} nya för 2026 och {overf} har "
                 f"förts över", [0]) or not on(C, f"övriga {n - ny - overf} genomförs", [0]):
        errs.append("C: counts sentence on p1 wrong")
    uppf = {r[0]: r for r in C_UPPF}
    for r in C_PLAN:
        if r[9] == "överförd":
            if r[1] not in C_LINK or uppf[C_LINK[r[1]]][4] == "Utan anmärkning":
                errs.append(f"C: carried-over control {r[1]} has no 2025 shortcoming")
        elif r[1] in C_LINK:
            errs.append(f"C: control {r[1]} linked to 2025 but not marked as carried over")
    tot_, ok_, mi_, va_ = c_uppf_counts()
    if not on(C, f"Av de {tot_} kontroller som genomfördes 2025 var {ok_} utan anmärkning, {mi_} visade mindre brister "
                 f"och {va_} visade väsentliga brister", [3]):
        errs.append("C: follow-up counts sentence wrong")
    for x in C_UROWS:
        if not on(C, x["item"], [3]):
            errs.append(f"C: follow-up row not printed: {x['item']!r}")
    a = uppf["Avtalstrohet vid inköp"]
    w = uppf["Nätfiskeövning"]
    if not on(C, f"Hos {a[3]} av {a[1]} granskade leverantörer", [3]) or not on(C, f"att {w[3]} av {w[1]} medarbetare", [3]):
        errs.append("C: follow-up text does not match the table")
    # (d) cards, counts, fleet
    for x in D_ROWS:
        pg = 1 if x["r"][0] < 2 else 2
        if not on(D, x["item"], [pg]):
            errs.append(f"D: card not printed on p{pg + 1}: {x['item'][:40]!r}")
    n, ok, slow, bad = d_counts()
    if not on(D, f"Av de {n} indikatorerna bedöms {ok} nå målet till 2030, {slow} utvecklas i rätt riktning men i för "
                 f"långsam takt och {bad} har utvecklats i fel riktning", [0]):
        errs.append("D: counts sentence wrong")
    for i, omr in enumerate(D_OMRADEN):
        b = [r[6] for r in D_IND if r[0] == i]
        if not on(D, f"{omr} {b.count('ok')} {b.count('slow')} {b.count('bad')}", [0]):
            errs.append(f"D: summary row {omr!r} wrong")
    for r in D_IND:   # an indicator judged "bad" must have moved away from its target since 2024
        v = [float(s.replace(" ", "").replace(",", ".")) for s in r[4]]
        lower_better = r[5].startswith("≤") or r[5] == "minska"
        worse = v[4] > v[3] if lower_better else v[4] < v[3]
        if (r[6] == "bad") != worse:
            errs.append(f"D: assessment of {r[1]} does not match the last year's change")
    for r in D_FORDON:
        row = d_fordon_row(r)
        if not on(D, " ".join(str(x) for x in row), [3]):
            errs.append(f"D: fleet row not printed: {r[0]}")
    ft = [sum(d_fordon_row(r)[i] for r in D_FORDON) for i in range(1, 6)]
    share = round(100 * (ft[0] - ft[4]) / ft[0])
    if not on(D, "Summa " + " ".join(str(x) for x in ft) + f" {share}", [3]):
        errs.append("D: fleet Summa row wrong")
    if str(share) != dict((r[1], r[4]) for r in D_IND)["2.1"][4]:
        errs.append("D: fleet share of fossil-free vehicles does not match indicator 2.1 for 2025")
    # (e) key figures, heading repeated, quartiles, goals
    for x in E_ROWS:
        if not on(E, x["item"], [0, 1]):
            errs.append(f"E: key-figure row not printed: {x['item'][:40]!r}")
    if count(E, "Nyckeltal 2021 2022 2023 2024 2025 Förändring 2024–2025") != 2:
        errs.append("E: five-year heading must be printed on p1 and repeated on p2")
    if pages_of(E, E_ROWS[0]["item"]) != [1] or pages_of(E, E_ROWS[-1]["item"]) != [2]:
        errs.append("E: the five-year table must run from p1 to p2")
    for x in E_JROWS:
        if not on(E, x["item"], [1]):
            errs.append(f"E: comparison row not printed: {x['item'][:40]!r}")
    resp = [100 * r / s for r, s in zip(E_RES, E_SKATT)]
    if not on(E, f"Årets resultat blev {dec(E_RES[4])} mnkr, vilket motsvarar {dec(resp[4])} procent", [0]) or \
            not on(E, f"Det är {dec(E_RES[4] - E_RES[3])} mnkr bättre än 2024", [0]) or \
            not on(E, f"Utfall 2025: {E_SJF[4]} procent", [0]) or \
            not on(E, f"förbättring med {dec(E_SOL2[4] - E_SOL2[3])} procentenheter", [0]) or \
            not on(E, f"minskning med {dec(E_LAN[3] - E_LAN[4])} mnkr", [0]):
        errs.append("E: text on p1 does not match the five-year table")
    # (f) votes
    if sum(F_PARTIER.values()) != len(F_LED) or collections.Counter(r[1] for r in F_LED) != collections.Counter(F_PARTIER):
        errs.append("F: roll-call list does not match the party sizes")
    for col, para, pg in ((2, "§ 16", 1), (3, "§ 19", 2)):
        ja, nej, av_, fr = f_tally(col)
        if ja + nej + av_ + fr != len(F_LED):
            errs.append(f"F: {para} votes do not add up")
        if not on(F, f"{ja} ja-röster, {nej} nej-röster", [pg]) or not on(F, f"{av_} ledamöter avstod", [pg]):
            errs.append(f"F: vote sentence of {para} does not match the roll-call list")
        if not on(F, f"{para} {ja} {nej} {av_} {fr}", [3]):
            errs.append(f"F: tally row of {para} wrong")
    for x in F_ROWS:
        if not on(F, x["item"], [3]):
            errs.append(f"F: roll-call row not printed: {x['item']!r}")
    if count(F, "Ledamot Parti § 16 § 19") != 2:
        errs.append("F: roll-call list must have two side-by-side blocks")
    for a in F_ATT16:
        if not on(F, "att " + a, [1]):
            errs.append(f"F: att-clause not printed: {a[:40]!r}")

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
