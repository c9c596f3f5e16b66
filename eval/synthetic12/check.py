"""Checks ../train_syn12.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic10/check.py.

* format: 56 questions t12001..t12056, key order, types 20 figure / 20 list / 6 passage / 10 none,
  14 in English (at least 5 of them lists and at least 5 figures), at least 14 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the four complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (c), metadata titles exactly in (a), (c),
  (e), (f), no names of earlier synthetic municipalities/regions or places (FORBIDDEN), and none of our own
  names (OWN) is used in the READMEs or check.py files of ../synthetic3, 4, 7, 8, 10;
* data consistency: the income statement, the balance requirement and the note totals in (a); counts in the
  text, landscape pages 2-3 and a header that is NOT repeated in (b); indicator rows, delsummor, total and
  the frame increase in (c); pupils, weighted totals and the sentence figures in (d); project sums,
  delsummor, total and the summary sentence in (e); the vote adding up to the number of members, the
  repeated table header and every tariff row in (f).
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
from common12 import grp, dec  # noqa: E402
from data import (num, a_rr, a_result, a_balans, A_NOT2, A_NOT3, A_NOT5, A_NOT6, A_HANDELSER,  # noqa: E402
                  B_GROUPS, B_BESLUT, b_amount, b_counts, b_bab_total,
                  C_IND, C_BUDGET, C_BGROUPS, c_netto, c_sum, c_total, C_UPPDRAG,
                  D_SKOLOR, d_total, D_OMRADEN,
                  E_GROUPS, E_PROJ, e_year, e_group_sum, e_total, E_UTGATT,
                  F_VOTE, F_LEDAMOTER, F_ATT, F_TAXA, F_NOTER)

QFILE = HERE.parent / "train_syn12.jsonl"
N_Q = 56
BASE = 12000
WANT_TYPES = {"figure": 20, "list": 20, "passage": 6, "none": 10}
WANT_EN = 14
MIN_EN_LISTS = 5
MIN_EN_FIGS = 5
MIN_COND = 14
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "falkmyra-arsredovisning-2025-rakenskaper.pdf"
B = "harvstena-mbn-delegationsbeslut-2026-03-04.pdf"
C = "region-mellanhed-hsn-verksamhetsplan-2026.pdf"
D = "snackvika-bun-kvalitetsrapport-grundskola-2025.pdf"
E = "tistelby-lokalforsorjningsplan-2026-2030.pdf"
F = "vassbacka-kf-2025-11-24-p147-taxor-kultur-fritid-2026.pdf"
PLACE = {A: "Falkmyra", B: "Harvstena", C: "Mellanhed", D: "Snäckvika", E: "Tistelby", F: "Vassbäcka"}
WITH_TITLE = {A, C, E, F}
WITH_MINUS = {A, C}   # documents that print negative numbers with "−"
# the list of ../synthetic10/check.py plus the synthetic10 names (municipalities/region of its README and the
# places it names); the earlier lists already record ../synthetic, ../synthetic3, 4, 7, 8 and the file names
# of ../synthetic2, 5, 6
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan",
             # synthetic10
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken"]
# our own invented names (municipalities/region first, then places, schools, projects); later sets should add
# them to their FORBIDDEN lists
OWN = ["Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
       "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs",
       "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
       "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
       "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
       "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen",
       "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen"]
EARLIER = ["synthetic3", "synthetic4", "synthetic7", "synthetic8", "synthetic10"]


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
def _m(x):
    return "–" if x == 0 else dec(x, 1)


A_N2 = [dict(r=r, item=f"{k} {dec(a)} {dec(b)}") for r in A_NOT2 for k, (a, b) in [r]]
A_N3 = [dict(r=r, item=f"{k} {dec(a)} {dec(b)}") for r in A_NOT3 for k, (a, b) in [r]]
B_ROWS = [dict(r=r, item=" ".join(r[1:])) for r in B_BESLUT]
C_ROWS = [dict(r=r, item=" ".join(r[1:])) for r in C_IND]
D_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {' '.join(r[2:])}") for r in D_SKOLOR]
D_SUB = [dict(r=(i, s), item=s) for i, (_, subs) in enumerate(D_OMRADEN) for s in subs]
E_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3]} {' '.join(_m(x) for x in r[4:])}") for r in E_PROJ]
F_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {grp(r[3])} {grp(r[4])} {r[5]}".strip()) for r in F_TAXA]

# qid -> (rows, predicate on the raw row)
COND = {
    "t12005": (A_N3, lambda r: abs(r[1][1]) > 100),                          # amount threshold
    "t12006": (A_N2, lambda r: r[1][1] < r[1][0]),                           # decrease 2024 -> 2025
    "t12014": (B_ROWS, lambda r: r[5] == "Miljöinspektör"),                 # delegat
    "t12015": (B_ROWS, lambda r: r[4] == "Avslag"),                          # outcome
    "t12016": (B_ROWS, lambda r: r[0] == 4 and b_amount(r[4]) > 40000),      # group + amount threshold
    "t12017": (B_ROWS, lambda r: r[0] == 0 and r[3].startswith("2026-04")),  # group + month
    "t12024": (C_ROWS, lambda r: r[0] == "Tillgänglighet"),                  # group row
    "t12025": (C_ROWS, lambda r: r[4] == "minska"),                          # kind of target
    "t12033": (D_ROWS, lambda r: num(r[6]) < 80),                            # percentage threshold
    "t12034": (D_ROWS, lambda r: r[2] == ".."),                              # missing value
    "t12035": (D_SUB, lambda r: r[0] == 1),                                  # development area 2
    "t12042": (E_ROWS, lambda r: e_year(r[3]) == 2027),                      # end year, mixed formats
    "t12043": (E_ROWS, lambda r: r[0] == "Vård och omsorg"),                 # group
    "t12044": (E_ROWS, lambda r: r[4] > 40),                                 # amount threshold
    "t12051": (F_ROWS, lambda r: r[3] == r[4]),                              # unchanged fee
    "t12052": (F_ROWS, lambda r: r[0] == "Simhallen Vassbäckabadet"),        # group
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t12007": A_HANDELSER,
    "t12026": [t for t, _ in C_UPPDRAG],
    "t12045": E_UTGATT,
    "t12053": ["att " + a for a in F_ATT],
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t12009": (A, [r"2023"]),
    "t12010": (A, [r"invånare", r"[Ll]åneskuld", r"per inv"]),
    "t12019": (B, [r"[Bb]ygglovsavgift", r"Lönnås 3:14[^.]*\bkr\b", r"[Aa]vgift för bygglov"]),
    "t12028": (C, [r"[Mm]ålvärde\w*[^.]{0,40}2027", r"2027\s+2028", r"2026\s+2027"]),
    "t12029": (C, [r"[Ss]kattesats", r"[Ss]kattekron"]),
    "t12037": (D, [r"[Hh]ögskoleförberedande"]),
    "t12038": (D, [r"[Ll]egitimation", r"\d+[^.]{0,30}obehöriga lärare", r"obehöriga lärare[^.]{0,30}\d"]),
    "t12047": (E, [r"[Hh]yr", r"[Dd]riftkostnad", r"[Kk]apitalkostnad"]),
    "t12055": (F, [r"[Ii]ntäkt\w*[^.]{0,50}(?:kr\b|mnkr|tkr|kronor)", r"(?:mnkr|tkr|kronor)[^.]{0,50}intäkt"]),
    "t12056": (F, [r"[Pp]ensionär", r"[Ss]enior", r"65 år"]),
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
    def flat(fn, i):
        return re.sub(r"\s+", " ", pdf_pages(fn)[1][i])

    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    # (a) income statement rows, sums, balance requirement and notes
    rr = a_rr()
    for name, note, vals, _ in rr:
        if not on(A, f"{name} {note} " + " ".join(_m(x) for x in vals), [1]):
            errs.append(f"A: income statement row {name!r} not printed on p2")
    base = {r[0]: r for r in rr}
    for i in range(5):
        net = base["Verksamhetens intäkter"][2][i] + base["Verksamhetens kostnader"][2][i] + base["Avskrivningar"][2][i]
        if abs(net - base["Verksamhetens nettokostnader"][2][i]) > 1e-6:
            errs.append(f"A: nettokostnader column {i}")
    res = a_result()
    if not on(A, f"blev {dec(res[1])} mnkr, vilket är {dec(res[1] - res[2])} mnkr bättre än budgeterade "
                 f"{dec(res[2])} mnkr", [0]):
        errs.append("A: result sentence on p1 does not match the income statement")
    bal = dict(a_balans())
    if abs(bal["Balanskravsresultat"][1] - (res[1] + bal["Avgår samtliga realisationsvinster"][1]
                                            + bal["Reservering till resultatutjämningsreserv"][1])) > 1e-6:
        errs.append("A: balanskravsresultat does not add up")
    for nr, rows, total, page in ((2, A_NOT2, base["Verksamhetens intäkter"][2], 2),
                                  (3, A_NOT3, base["Verksamhetens kostnader"][2], 2),
                                  (5, A_NOT5, base["Skatteintäkter"][2], 3),
                                  (6, A_NOT6, base["Generella statsbidrag och utjämning"][2], 3)):
        s = [sum(r[1][i] for r in rows) for i in range(2)]
        if any(abs(s[i] - total[i]) > 1e-6 for i in range(2)):
            errs.append(f"A: Not {nr} does not add up to the income statement")
        if not on(A, f"Summa {dec(s[0])} {dec(s[1])}", [page]):
            errs.append(f"A: Not {nr} Summa row not printed on p{page + 1}")
        for k, (x, y) in rows:
            if not on(A, f"{k} {dec(x)} {dec(y)}", [page]):
                errs.append(f"A: Not {nr} row {k!r} missing")
    # (b) counts, landscape table pages, header not repeated, every row on p2/p3
    n, bifall, avslag, ovr = b_counts()
    if not on(B, f"fattades {n} delegationsbeslut", [0]) or not on(B, f"innebar {bifall} bifall", [0]) or \
            not on(B, f"{avslag} var avslag och {ovr} avsåg", [0]):
        errs.append("B: counts in the summary do not match the table")
    if not on(B, f"sammanlagt {grp(b_bab_total())} kronor i {sum(1 for r in B_BESLUT if r[0] == 4 and b_amount(r[4]))}", [0]) \
            and not on(B, f"sammanlagt {grp(b_bab_total())} kronor i fem", [0]):
        errs.append("B: housing adaptation total wrong")
    if sum(1 for r in B_BESLUT if r[0] == 4 and b_amount(r[4])) != 5:
        errs.append("B: the text says five granted housing adaptation grants")
    rd = pdf_pages(B)[0]
    orient = [float(p.mediabox.width) > float(p.mediabox.height) for p in rd.pages]
    if orient != [False, True, True, False]:
        errs.append(f"B: expected landscape pages 2-3 only, got {orient}")
    if count(B, "Ärende Dnr Beslutsdatum Beslut Delegat Lagrum") != 1:
        errs.append("B: the table header must be printed once (not repeated on p3)")
    for x in B_ROWS:
        if not on(B, x["item"], [1, 2]):
            errs.append(f"B: row not printed: {x['item'][:50]!r}")
    if not (on(B, B_BESLUT[0][1], [1]) and on(B, B_BESLUT[-1][1], [2])):
        errs.append("B: the table must run from p2 to p3")
    for gname in B_GROUPS:
        if count(B, gname) != 1:
            errs.append(f"B: group row {gname!r} must be printed once")
    # (c) indicators, budget
    for x in C_ROWS:
        if not on(C, x["item"], [1]):
            errs.append(f"C: indicator row not on p2: {x['item'][:50]!r}")
    for r in C_BUDGET:
        if not on(C, f"{r[1]} {dec(r[2])} {_m(r[3])} {dec(r[4])} {dec(c_netto(r))}", [2]):
            errs.append(f"C: budget row {r[1]!r} not printed")
    for g in C_BGROUPS:
        s = c_sum([r for r in C_BUDGET if r[0] == g])
        if not on(C, f"Delsumma {g} " + " ".join(dec(x) for x in s), [2]):
            errs.append(f"C: delsumma {g!r} not printed")
    tot = c_total()
    if not on(C, "Summa hälso- och sjukvårdsnämnden " + " ".join(dec(x) for x in tot), [2]):
        errs.append("C: total row not printed")
    if not on(C, f"uppgår till {dec(-tot[3])} mnkr, vilket är {dec(tot[0] - tot[3])} mnkr eller "
                 f"{dec((tot[3] / tot[0] - 1) * 100)} procent", [0]):
        errs.append("C: frame sentence on p1 does not match the budget table")
    if count(C, "Utfall Målvärde 2024 2025 2026 2028") != 1:
        errs.append("C: two-level indicator header not found")
    # (d) pupils and weighted totals
    nn, t_, b_ = d_total()
    if not on(D, f"Snäckvika kommun totalt {nn} 78,1 70,9 {dec(t_)} 83,2 {dec(b_)}", [1]):
        errs.append("D: municipal total row wrong")
    if not on(D, f"gick {nn} elever", [0]) or not on(D, f"alla ämnen var {dec(t_)} procent", [0]) or \
            not on(D, f"yrkesprogram i gymnasieskolan {dec(b_)} procent", [0]):
        errs.append("D: p1 figures do not match the table")
    for x in D_ROWS:
        if not on(D, x["item"], [1]):
            errs.append(f"D: school row not printed: {x['item']!r}")
    low = min(D_SKOLOR, key=lambda r: num(r[6]))
    if low[0] != "Gärdesvallsskolan" or not on(D, f"från {low[6]} procent på {low[0]}", [0]):
        errs.append("D: the lowest school in the text is wrong")
    # (e) project sums
    for r in E_PROJ:
        if abs(r[4] - (r[5] + r[6] + r[7])) > 1e-6:
            errs.append(f"E: project total != sum of years: {r[1][:30]!r}")
    for x in E_ROWS:
        if not on(E, x["item"], [1]):
            errs.append(f"E: project row not printed: {x['item'][:40]!r}")
    for g in E_GROUPS:
        if not on(E, f"Delsumma {g} " + " ".join(_m(x) for x in e_group_sum(g)), [1]):
            errs.append(f"E: delsumma {g!r} wrong")
    et = e_total()
    if not on(E, "Totalt " + " ".join(_m(x) for x in et), [1]):
        errs.append("E: Totalt row wrong")
    if not on(E, f"Planen omfattar {len(E_PROJ)} projekt med en sammanlagd investeringsutgift på {dec(et[0])} mnkr", [0]) \
            or not on(E, f"varav {dec(et[1])} mnkr 2026, {dec(et[2])} mnkr 2027 och {dec(et[3])} mnkr", [0]):
        errs.append("E: summary sentence on p1 wrong")
    if count(E, "Tidplan Investeringsutgift, mnkr Start Klart Totalt 2026 2027 2028–2030") != 1:
        errs.append("E: two-level project header not found")
    # (f) vote, repeated header, tariff rows, footnotes
    v = F_VOTE
    if v["ja"] + v["nej"] + v["avstar"] + v["franvarande"] != F_LEDAMOTER:
        errs.append("F: votes do not add up to the number of members")
    if not on(F, f"Ja-röster {v['ja']} Nej-röster {v['nej']} Avstår {v['avstar']} Frånvarande {v['franvarande']}", [0]):
        errs.append("F: vote box not printed")
    if count(F, "Tjänst Enhet Avgift 2025 (kr) Avgift 2026 (kr) Not") != 2:
        errs.append("F: tariff header must appear on p2 and again on p3")
    for x in F_ROWS:
        if not on(F, x["item"], [1, 2]):
            errs.append(f"F: tariff row not printed: {x['item']!r}")
    for i, t in enumerate(F_NOTER, 1):
        if not on(F, f"{i}) {t}", [2]):
            errs.append(f"F: footnote {i} not on p3")
    for a in F_ATT:
        if not on(F, "att " + a, [0]):
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
