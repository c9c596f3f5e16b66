"""Checks ../train_syn10.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic8/check.py.

* format: 54 questions t10001..t10054, key order, types 18 figure / 20 list / 6 passage / 10 none,
  14 in English (at least 6 of them lists), at least 14 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a)…(f) where negative numbers are printed,
  metadata titles exactly in (a), (c), (d), (f), no names of earlier synthetic municipalities/regions or
  places (FORBIDDEN);
* data consistency: trend arrows and goal rows on the pages in (a), totals, counts and the page break
  with repeated header in (b), answer counts in (c), § numbering and the two decision kinds in (d), the
  budget arithmetic (Summa nämnder, result bridge, key ratios, investment totals) in (e), percentage
  changes and totals in (f).
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
from common10 import grp, dec  # noqa: E402
from data import (A_MAL, a_indicators, A_PRIO, num, B_ATG, B_KOST, b_total, C_REK, C_FRAGOR,  # noqa: E402
                  D_PARA, D_LEAD, E_NAMND, e_summa, E_SKATT, E_AVSKR, E_FINANS, E_RESULTAT, e_pension,
                  E_NYCKEL, E_INV, e_inv_summa, F_FOKUS, F_BIDRAG, f_change, f_totals)

QFILE = HERE.parent / "train_syn10.jsonl"
N_Q = 54
BASE = 10000
WANT_TYPES = {"figure": 18, "list": 20, "passage": 6, "none": 10}
WANT_EN = 14
MIN_COND = 14
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "mortsunda-von-verksamhetsplan-2026.pdf"
B = "fjardhamra-atgardsplan-energi-2026-2028.pdf"
C = "region-lidhalla-granskning-digitala-vardmoten-2026.pdf"
D = "tranemala-ks-protokoll-2026-06-08.pdf"
E = "odesharad-budget-2026-plan-2027-2028.pdf"
F = "hovlinge-fritidsprogram-2026-2029.pdf"
PLACE = {A: "Mörtsunda", B: "Fjärdhamra", C: "Lidhälla", D: "Tranemåla", E: "Ödeshärad", F: "Hovlinge"}
WITH_TITLE = {A, C, D, F}
WITH_MINUS = {D, E, F}   # documents that print negative numbers with "−"
# municipalities/regions of ../synthetic, ../synthetic3, ../synthetic4, ../synthetic7, ../synthetic8 (READMEs),
# the file names of ../synthetic2, ../synthetic5, ../synthetic6 and places named in the earlier READMEs
# (the list of ../synthetic8/check.py plus the synthetic8 names)
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan"]


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


A_IND_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3]} {r[4]}") for r in a_indicators()]
B_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {sv_date(r[2], r[3])} {grp(r[4]) if r[4] else '–'} {r[5]}")
          for r in B_ATG]
C_ROWS = [dict(r=r, item=f"{r[0]} {r[1]}") for r in C_FRAGOR]
D_ATT = {p["nr"]: [dict(r=(p["nr"], t), item="att " + t) for t in p["att"]] for p in D_PARA}
D_EXP = {p["nr"]: [dict(r=(p["nr"], e), item=e) for e in p["exp"]] for p in D_PARA}
D_TITLES = [dict(r=p, item=p["title"], row=f"§ {p['nr']} {p['title']}") for p in D_PARA]
E_NAMND_ROWS = [dict(r=r, item=f"{r[0]} {dec(r[1])} {dec(r[2])} {dec(r[3])}") for r in E_NAMND]
E_INV_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {_m(r[2])} {_m(r[3])} {_m(r[4])}") for r in E_INV]
F_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {grp(r[2])} {grp(r[3])} {dec(f_change(r[2], r[3]))} %") for r in F_BIDRAG]
F_FOKUS_ROWS = [dict(r=(h, b), item=b) for h, _, bs in F_FOKUS for b in bs]

# qid -> (rows, predicate on the raw row)
COND = {
    "t10004": (A_IND_ROWS, lambda r: r[0].startswith("Mål 4.")),          # goal the row belongs to
    "t10005": (A_IND_ROWS, lambda r: r[5] == "↓"),                       # trend arrow
    "t10006": (A_IND_ROWS, lambda r: num(r[3]) < num(r[2])),             # 2025 below 2024
    "t10014": (B_ROWS, lambda r: r[5] == "Försenad"),                    # status
    "t10015": (B_ROWS, lambda r: r[1] == "Fjärdhamra Energi AB"),        # responsible body
    "t10016": (B_ROWS, lambda r: r[2].startswith("2027-")),              # deadline year
    "t10017": (B_ROWS, lambda r: bool(r[4]) and r[4] >= 1500),           # cost threshold
    "t10025": (C_ROWS, lambda r: r[1] == "Nej"),
    "t10026": (C_ROWS, lambda r: r[1] == "Delvis"),
    "t10033": (D_ATT[85], lambda r: r[0] == 85),                         # att-clauses of one §
    "t10034": (D_EXP[86], lambda r: r[0] == 86),                         # recipients of one §
    "t10035": (D_TITLES, lambda r: r["kind"] == "kf"),                   # decision kind
    "t10041": (E_NAMND_ROWS, lambda r: r[1] > 100),                      # amount threshold
    "t10042": (E_INV_ROWS, lambda r: r[1] == "Tekniska nämnden"),        # responsible body
    "t10043": (E_INV_ROWS, lambda r: r[4] == 0),                         # nothing in one year
    "t10050": (F_ROWS, lambda r: r[3] < r[2]),                           # decrease between years
    "t10051": (F_ROWS, lambda r: r[1] == "Lokalbidrag"),                 # grant type
    "t10052": (F_FOKUS_ROWS, lambda r: r[0].startswith("Fokusområde 3 ")),  # heading the bullet belongs to
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t10007": A_PRIO,
    "t10024": C_REK,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t10009": (A, [r"2023"]),
    "t10010": (A, [r"tillsyn[^.]*(?:mnkr|tkr|kronor)", r"[Vv]älfärdsteknik[^.]*(?:mnkr|tkr|kronor)"]),
    "t10019": (B, [r"kWh", r"MWh", r"solcell[^.]*(?:GWh|producera|alstra)"]),
    "t10020": (B, [r"2021"]),
    "t10028": (C, [r"[Ll]icens", r"plattform\w*[^.]*(?:mnkr|tkr|kronor)"]),
    "t10029": (C, [r"\d+\s+läkare\b", r"läkare[^.]{0,40}\d+\s+(?:personer|st\b)"]),
    "t10037": (D, [r"[Ee]ntreprenör", r"[Tt]illdela", r"[Bb]ygg\w* AB", r"[Kk]ontrakt"]),
    "t10045": (E, [r"2029"]),
    "t10046": (E, [r"per invånare", r"låneskuld[^.]{0,60}invånare", r"invånare[^.]{0,60}låneskuld"]),
    "t10054": (F, [r"[Gg]olf"]),
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

    # ---------------------------------------------------------------- data consistency
    def flat(fn, i):
        return re.sub(r"\s+", " ", pdf_pages(fn)[1][i])

    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    # (a) every indicator row with its trend arrow on p2/p3; goal written once; the split goal (Mål 4)
    a23 = flat(A, 1) + " " + flat(A, 2)
    for m, ind, u24, u25, mv, tr in a_indicators():
        if f"{u24} {u25} {mv} {tr}" not in a23:
            errs.append(f"A: row {ind[:30]!r} not printed with '{u24} {u25} {mv} {tr}'")
    for m, _ in A_MAL:
        if sum(pdf_pages(A)[2][i].count(norm(m)) for i in range(len(pdf_pages(A)[2]))) != 1:
            errs.append(f"A: goal {m[:20]!r} must be written exactly once")
    if not (on(A, "Mål 4. Resurserna används effektivt", [1]) and on(A, "Nettokostnadsavvikelse för", [2])):
        errs.append("A: Mål 4 should start on p2 and continue on p3 without the goal")
    if abs(402.6 + 193.8 + 87.9 - 684.3) > 1e-9 or not on(A, "avser 402,6 mnkr äldreomsorg, 193,8 mnkr", [0]):
        errs.append("A: budget split does not add up / is not on p1")
    # (b)
    if not on(B, f"Summa {grp(b_total())}", [2]) or not on(B, f"sammanlagt {grp(b_total())} tkr", [0]):
        errs.append("B: Summa row on p3 / total in the text on p1 missing")
    if not on(B, f"omfattar {len(B_ATG)} åtgärder", [0]):
        errs.append("B: number of actions in the text != rows")
    if sum(1 for r in B_ATG if r[5] == "Försenad") != 3 or not on(B, "Tre åtgärder är försenade", [3]):
        errs.append("B: the text says three delayed actions")
    if pdf_pages(B)[2][2].count(norm("Åtgärd Ansvar Klart senast Kostnad (tkr) Status")) != 1 or \
            not on(B, B_ATG[0][0], [1]) or not on(B, B_ATG[-1][0], [2]):
        errs.append("B: action table must run from p2 to p3 with the header repeated")
    tot = [sum(r[i] for r in B_KOST) for i in (1, 2, 3)]
    if not on(B, "Totalt " + " ".join(grp(x) for x in tot), [2]):
        errs.append("B: energy cost total row wrong")
    # (c)
    cnt = collections.Counter(s for _, s in C_FRAGOR)
    if cnt != {"Ja": 3, "Delvis": 4, "Nej": 3} or not on(C, "tre revisionsfrågor med ja, fyra med delvis och tre med nej", [4]):
        errs.append("C: answer counts in the text != table")
    if len(C_REK) != 7:
        errs.append("C: seven recommendations expected")
    # (d)
    if [p["nr"] for p in D_PARA] != list(range(84, 92)):
        errs.append("D: §§ must run 84–91")
    for p in D_PARA:
        if not on(D, f"§ {p['nr']} {p['title']}", range(1, 4)):
            errs.append(f"D: § {p['nr']} heading not found")
        if not on(D, D_LEAD[p["kind"]] + " att " + p["att"][0], range(1, 4)):
            errs.append(f"D: § {p['nr']} decision lead + first att-clause not found")
    # (e)
    s = e_summa()
    if not on(E, "Summa nämnder " + " ".join(dec(x) for x in s), [1]) or not on(E, f"{dec(s[0])} mnkr", [0]):
        errs.append("E: Summa nämnder row / key box wrong")
    pen = e_pension()
    for i in range(3):
        if abs(E_SKATT[i] - s[i] - pen[i] - E_AVSKR[i] + E_FINANS[i] - E_RESULTAT[i]) > 1e-6 or pen[i] <= 0:
            errs.append(f"E: result bridge does not add up in column {i}")
    ny = dict(E_NYCKEL)
    inv = e_inv_summa()
    net = [s[i] + pen[i] + E_AVSKR[i] for i in range(3)]
    for i in range(3):
        exp = {"Årets resultat": f"{dec(E_RESULTAT[i])} mnkr",
               "Resultat i förhållande till skatteintäkter och generella statsbidrag":
                   f"{dec(E_RESULTAT[i] / E_SKATT[i] * 100)} %",
               "Nettoinvesteringar": f"{dec(inv[i])} mnkr",
               "Självfinansieringsgrad av investeringar": f"{round((E_RESULTAT[i] + E_AVSKR[i]) / inv[i] * 100)} %"}
        if i:
            exp["Nettokostnadsutveckling"] = f"{dec((net[i] / net[i - 1] - 1) * 100)} %"
            exp["Utveckling av skatteintäkter och statsbidrag"] = f"{dec((E_SKATT[i] / E_SKATT[i - 1] - 1) * 100)} %"
        for k, v in exp.items():
            if ny[k][i + 2] != v:
                errs.append(f"E: key ratio {k!r} column {i + 2} is {ny[k][i + 2]!r}, computed {v!r}")
    if not on(E, "Summa investeringar " + " ".join(dec(x) for x in inv), [3]):
        errs.append("E: investment Summa row wrong")
    # (f)
    t25, t26 = f_totals()
    if not on(F, f"fördelar {grp(t26)} kronor", [2]) or not on(F, f"{grp(t26 - t25)} kronor eller "
                                                               f"{dec(f_change(t25, t26))} procent", [2]):
        errs.append("F: totals sentence wrong")
    for r in F_BIDRAG:
        ch = (r[3] / r[2] - 1) * 100
        if abs(ch - round(ch, 1)) > 0.049999 and abs(abs(ch * 10 % 1) - 0.5) < 1e-6:
            errs.append(f"F: ambiguous rounding for {r[0]}")
    if "12,5 %" not in flat(F, 2) or "−3,2 %" not in flat(F, 2):
        errs.append("F: the grants table should show 12,5 % and −3,2 %")

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
