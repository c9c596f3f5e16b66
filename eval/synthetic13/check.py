"""Checks ../heldout_syn13.jsonl against the five PDFs in this folder (pypdf text).

Modelled on ../synthetic12/check.py.

* format: 40 questions h13001..h13040, key order, types 14 figure / 12 list / 6 passage / 8 none, exactly 10 in
  English (at least 3 of them lists and at least 3 figures), at least 8 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD), units from the contract;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, full row text on the page or the next);
  the two complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 5 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (d), metadata titles exactly in (a), (c), (d),
  no names of earlier synthetic municipalities/regions or places (FORBIDDEN), no real municipality names among
  our own (REAL), and none of our own names (OWN) is used in any earlier synthetic folder (README, *.py) or
  earlier train/heldout_syn gold file written from them;
* data consistency per document (see the sections at the end of main()).
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
from common13 import grp, dec  # noqa: E402
from data import (A_GROUPS, A_ROWS, A_BUDGET_FBS, A_ATGARDER, A_IAKTTAGELSER, a_helar, a_change, a_row,  # noqa: E402
                  B_ORGAN, B_KF, B_KF_2025, B_KS, B_KSAU, B_PRINCIPER, b_cells, b_evening, b_prep,
                  C_GROUPS, C_ROWS, C_SARSKILD, C_KS_LIMIT, C_FC_LIMIT, c_total, c_beslut, c_quarter, c_sums,
                  D_GROUPS, D_LIKA, D_LIKV, D_JUST, D_ATGARDER, d_ratio, d_overall, d_diff, d_just_total,
                  E_GROUPS, E_YTTR, E_ANDRINGAR, E_BOSTADER, e_syn, e_late, e_counts)

QFILE = HERE.parent / "heldout_syn13.jsonl"
N_Q = 40
PREFIX, BASE = "h", 13000
WANT_TYPES = {"figure": 14, "list": 12, "passage": 6, "none": 8}
WANT_EN = 10
MIN_EN_LISTS = 3
MIN_EN_FIGS = 3
MIN_COND = 8
MIN_ANSWERABLE = 6
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "dungsjo-sn-manadsstatistik-2025.pdf"
B = "gnistorp-sammantradesplan-2026.pdf"
C = "brantnas-ks-upphandlingsplan-2026.pdf"
D = "region-norrhalla-lonekartlaggning-2025.pdf"
E = "kloverhamn-samradsredogorelse-dp-bruksangen.pdf"
PLACE = {A: "Dungsjö", B: "Gnistorp", C: "Bräntnäs", D: "Norrhälla", E: "Klöverhamn"}
WITH_TITLE = {A, C, D}
WITH_MINUS = {A, D}
PAGES = {A: 4, B: 3, C: 3, D: 4, E: 5}

# names of earlier sets: the FORBIDDEN and OWN lists of ../synthetic12/check.py, the NEW_NAMES of
# ../synthetic11/check.py, the PLACE names and extra FORBIDDEN names of ../synthetic9/check.py
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Ormåker", "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden",
             "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog",
             "Vättersund", "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen",
             "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark",
             "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg",
             "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen",
             "Rönngården", "Lärkvägen",
             # synthetic9
             "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta",
             # synthetic10
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
             # synthetic11
             "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken",
             "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen",
             "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan",
             "Skatåsen", "Rävlyckan", "Skräddarbo",
             # synthetic12
             "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
             "Tjäderbacken", "Sörgården", "Falkhöjden", "Stationsparken", "Lönnås", "Havsnäs",
             "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
             "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
             "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
             "Ängstorp", "Pilgrimen", "Myran", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen", "Tistelvallen",
             "Kärrnäs"]
# our own invented names (municipalities/region first, then places); later sets should add them to FORBIDDEN
OWN = ["Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn",
       "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan"]
# real Swedish municipalities and regions beginning with B, D, G, K, L or N (our names must not be one of them)
REAL = ["Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås", "Botkyrka",
        "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Dals-Ed", "Danderyd", "Degerfors", "Dorotea",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare",
        "Gävle", "Göteborg", "Götene", "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona",
        "Karlstad", "Katrineholm", "Kil", "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad",
        "Kristinehamn", "Krokom", "Kumla", "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Laholm",
        "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping", "Lilla Edet",
        "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå", "Lund",
        "Lycksele", "Lysekil", "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje",
        "Norsjö", "Nybro", "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Blekinge", "Dalarna", "Gävleborg",
        "Halland", "Kronoberg", "Norrbotten"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 13)]


def rnd_pct(a, b):
    return int(a / b * 100 + 0.5)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_IT = [dict(r=r, item=f"{r[1]} {' '.join(grp(v) for v in r[3])} {r[2]} {grp(a_helar(r))} {grp(r[4])} "
                       f"{dec(a_change(r), plus=True)}") for r in A_ROWS]
B_IT = [dict(r=(o, t, d), item=f"{o} {' '.join(b_cells(d))} {len(d)} {t}") for o, t, d in B_ORGAN]
C_IT = [dict(r=r, item=f"{r[2]} {r[3]} {grp(r[4]) if r[4] is not None else '–'} {grp(c_total(r))} {r[6]} "
                       f"{r[7]} {c_beslut(r)}", row=None) for r in C_ROWS]
for x in C_IT:
    x["row"] = f"{x['r'][1]} {x['item']}"
D1_IT = [dict(r=r, item=f"{r[1]} {grp(r[2])} {grp(r[3])} {grp(r[4])} {grp(r[5])} {dec(d_ratio(r))} {r[6]}")
         for r in D_LIKA]
D2_IT = [dict(r=r, item=f"{r[0]} {r[1]} {grp(r[2])} {r[3]} {r[4]} {grp(r[5])} {grp(d_diff(r))} {r[6]}")
         for r in D_LIKV]
E_IT = [dict(r=r, item=f"{r[2]} {r[3].isoformat()} {e_syn(r)}" + (" Inkom efter samrådstiden" if e_late(r) else ""))
        for r in E_YTTR]
for x in E_IT:
    x["row"] = f"{x['r'][1]} {x['item']}"

# qid -> (rows, predicate on the raw row)
COND = {
    "h13004": (A_IT, lambda r: r[0] == 1 and a_helar(r) < r[4]),                 # group + decrease
    "h13005": (A_IT, lambda r: r[0] in (2, 3) and a_helar(r) > r[4]),            # two groups + increase, page break
    "h13013": (B_IT, lambda r: b_cells(r[2])[6] != "–"),                          # a month column (July)
    "h13014": (B_IT, lambda r: b_evening(r[1])),                                  # start time >= 17.00
    "h13020": (C_IT, lambda r: c_beslut(r) == "KS"),                              # decision level, page break
    "h13021": (C_IT, lambda r: c_quarter(r[7]) == 2),                             # quarter, mixed date formats
    "h13022": (C_IT, lambda r: r[0] == 3),                                        # group split by the page break
    "h13029": (D1_IT, lambda r: d_ratio(r) < 96),                                 # ratio threshold
    "h13030": (D2_IT, lambda r: r[6] == "Åtgärd"),                                # assessment
    "h13036": (E_IT, lambda r: not r[4]),                                         # "Inga synpunkter"
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h13006": A_ATGARDER,
    "h13037": E_ANDRINGAR,
}
# none questions: (document of that municipality/region, patterns that would answer the question)
NONE_ABSENT = {
    "h13008": (A, [r"2023"]),
    "h13009": (A, [r"[Hh]andläggningstid", r"[Vv]äntetid", r"ansökan[^.]{0,60}\d+ dagar", r"beslut[^.]{0,40}inom \d+"]),
    "h13016": (B, [r"[Aa]rvode", r"[Ee]rsättning", r"\bkr\b", r"kronor"]),
    "h13024": (C, [r"[Bb]esparing", r"[Ss]parade", r"[Ss]parat", r"[Ss]para "]),
    "h13025": (C, [r"[Uu]pphandlare", r"\d+\s+(?:årsarbet|medarbetare|anställda|tjänster)"]),
    "h13032": (D, [r"2023"]),
    "h13033": (D, [r"[Mm]edian"]),
    "h13040": (E, [r"\bkr\b", r"kronor", r"mnkr", r"tkr", r"[Kk]ostnad\w*[^.]{0,40}\d", r"[Kk]ostar"]),
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
            full = norm(x.get("row") or x["item"])
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
        if qid != f"{PREFIX}{BASE + n}":
            E_(f"id out of sequence (expected {PREFIX}{BASE + n})")
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
            if len(q["figures"]) != 1 or q["items"]:
                E_("figure question needs exactly one figure and no items")
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
    en_figs = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "figure")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_lists < MIN_EN_LISTS:
        errs.append(f"only {en_lists} English list questions")
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
        if len(raw) != PAGES.get(fn) or not 3 <= len(raw) <= 5:
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
        if PLACE[fn] not in alltext:
            errs.append(f"{fn}: does not name {PLACE[fn]}")
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < MIN_ANSWERABLE:
            errs.append(f"{fn}: only {used[fn]} answerable questions")
    none_docs = collections.Counter(NONE_ABSENT[q["id"]][0] for q in qs if q["id"] in NONE_ABSENT)
    for fn in files:
        if not none_docs[fn]:
            errs.append(f"{fn}: no none question")

    # ---------------------------------------------------------------- own names vs earlier sets and real names
    for o in OWN[:5]:
        for real in REAL:
            if o.lower() == real.lower() or o.lower().startswith(real.lower() + " "):
                errs.append(f"own name {o} is a real municipality/region {real}")
        if o[0] not in "BDGKLN":
            errs.append(f"own municipality/region name {o} does not begin with B, D, G, K, L or N")
    earlier_files = []
    for d in EARLIER:
        folder = HERE.parent / d
        earlier_files += [p for p in folder.glob("*") if p.suffix in (".md", ".py")]
    earlier_files += [p for p in HERE.parent.glob("train_syn*.jsonl")]
    earlier_text = "\n".join(p.read_text(encoding="utf-8", errors="ignore").lower() for p in earlier_files)
    for o in OWN:
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        if o.lower() in earlier_text:
            errs.append(f"own name {o} occurs in an earlier synthetic set")
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
    for o in OWN:
        if o.lower() not in alldocs:
            errs.append(f"own name {o} is not used in any PDF (remove it from OWN)")

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def orient(fn):
        return ["L" if float(p.mediabox.width) > float(p.mediabox.height) else "P" for p in pdf_pages(fn)[0].pages]

    # (a) month table: every row on p2/p3, helår = sum or rounded mean, p1 sentences, break inside a group
    if orient(A) != ["P", "L", "L", "P"]:
        errs.append(f"A: expected landscape pages 2-3 only, got {orient(A)}")
    for x in A_IT:
        if not on(A, x["item"], [1, 2]):
            errs.append(f"A: row not printed: {x['item'][:50]!r}")
    if count(A, "Tabell 1 (forts.)") != 1 or count(A, "Mått 2025 Avser Helår Ändring, %") != 2:
        errs.append("A: the table must continue on p3 under 'Tabell 1 (forts.)' with the heading repeated")
    grp_pages = collections.defaultdict(set)
    for x in A_IT:
        grp_pages[x["r"][0]] |= {i for i in (1, 2) if norm(x["item"]) in pdf_pages(A)[2][i]}
    if not any(v == {1, 2} for v in grp_pages.values()):
        errs.append("A: the page break should split a group")
    for g in A_GROUPS:
        if count(A, g) < 1:
            errs.append(f"A: group row {g!r} missing")
    hh, fbs = a_row("Hushåll med försörjningsstöd"), a_row("Utbetalt försörjningsstöd, tkr")
    oro, utr = a_row("Orosanmälningar"), a_row("Inledda utredningar")
    if not on(A, f"i genomsnitt {a_helar(hh)} hushåll försörjningsstöd per månad, jämfört med {hh[4]}", [0]) or \
            not on(A, f"i december var antalet {hh[3][11]}", [0]):
        errs.append("A: household sentence on p1 does not match the table")
    if not on(A, f"uppgick till {grp(a_helar(fbs))} tkr, vilket är {grp(a_helar(fbs) - A_BUDGET_FBS)} tkr mer än "
                 f"budgeterade {grp(A_BUDGET_FBS)} tkr och {dec(a_change(fbs))} procent", [0]):
        errs.append("A: försörjningsstöd sentence on p1 does not match the table")
    if not on(A, f"från {grp(oro[4])} under 2024 till {grp(a_helar(oro))} under 2025", [0]) or \
            not on(A, f"minskade från {utr[4]} till {a_helar(utr)}", [0]):
        errs.append("A: orosanmälningar/utredningar sentence on p1 does not match the table")
    if not on(A, f"från {rnd_pct(utr[4], oro[4])} till {rnd_pct(a_helar(utr), a_helar(oro))} procent", [0]):
        errs.append("A: share of reports leading to an investigation on p1 wrong")
    if not on(A, f"högst i oktober, då {max(oro[3])} anmälningar kom in, och lägst i juli med {min(oro[3])}", [3]) \
            or oro[3].index(max(oro[3])) != 9 or oro[3].index(min(oro[3])) != 6:
        errs.append("A: peak/low month sentence on p4 wrong")
    ej = a_row("Ej verkställda beslut")[3]
    if ej[-1] * 2 != ej[0]:
        errs.append("A: 'halverats sedan januari' does not hold for ej verkställda beslut")
    for i, s in enumerate(A_ATGARDER, 1):
        if not on(A, f"{i}. {s}", [3]):
            errs.append(f"A: measure {i} not printed on p4")
    for s in A_IAKTTAGELSER:
        if not on(A, s, [0]):
            errs.append(f"A: observation not on p1: {s[:40]!r}")

    # (b) calendar grid, counts, preparation table, election text
    if orient(B) != ["P", "L", "P"]:
        errs.append(f"B: expected landscape p2 only, got {orient(B)}")
    for x in B_IT:
        if not on(B, x["item"], [1]):
            errs.append(f"B: grid row not printed on p2: {x['item'][:50]!r}")
    for o, t, d in B_ORGAN:
        if len(set(d)) != len(d) or sorted(d) != d:
            errs.append(f"B: dates of {o} not sorted/unique")
        if o != "Valnämnden" and len({x.weekday() for x in d}) > 1:
            errs.append(f"B: {o} meets on different weekdays")
        bad_weeks = [x for x in d if x.isocalendar()[1] in (52, 1, 2, 18)]
        if bad_weeks:
            errs.append(f"B: {o} meets in a week the principles exclude: {bad_weeks}")
    sv = {4: "fyra", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 11: "elva", 12: "tolv"}
    n_total = sum(len(d) for _, _, d in B_ORGAN)
    ks = dict((o, d) for o, _, d in B_ORGAN)["Kommunstyrelsen"]
    if not on(B, f"Kommunfullmäktige sammanträder {sv[len(B_KF)]} gånger, jämfört med {sv[B_KF_2025]} gånger "
                 f"under 2025, och kommunstyrelsen {sv[len(ks)]} gånger", [0]) or \
            not on(B, f"Sammanlagt planeras {n_total} sammanträden", [0]):
        errs.append("B: counts on p1 do not match the grid")
    for row in b_prep():
        if not on(B, " ".join(x.isoformat() for x in row), [2]):
            errs.append(f"B: preparation row for {row[0]} not on p3")
        if row[1] not in B_KS or row[2] not in B_KSAU:
            errs.append(f"B: preparation dates for {row[0]} not in the KS/KS au rows")
        if (row[0] - row[1]).days < 14 or (row[1] - row[2]).days != 14:
            errs.append(f"B: KS must meet about three weeks before KF {row[0]}")
    okt = [k for k in B_KF if k.month == 10]
    if len(okt) != 1 or not on(B, f"för första gången den {okt[0].day} oktober 2026", [2]):
        errs.append("B: first meeting of the new council does not match the grid")
    if any(k.month == 9 for k in B_KF):
        errs.append("B: the text says the council does not meet in September")
    for s in B_PRINCIPER:
        if not on(B, s, [0]):
            errs.append(f"B: principle not on p1: {s[:40]!r}")
    if count(B, "Sammanträdesdag 2026 Antal Kl. jan feb mar apr maj jun jul aug sep okt nov dec") != 1:
        errs.append("B: two-level grid heading not found")

    # (c) procurement table, decision levels, totals, page break with repeated heading
    n, rec, n_one, one, n_ks = c_sums()
    if not on(C, f"Planen omfattar {n} upphandlingar. De {n - n_one} löpande avtalen har ett beräknat årsvärde på "
                 f"sammanlagt {dec(rec / 1000)} mnkr, och därtill kommer {n_one} engångsköp på sammanlagt "
                 f"{dec(one / 1000)} mnkr. Kommunstyrelsen fattar beslut om att starta {n_ks}", [0]):
        errs.append("C: summary sentence on p1 does not match the table")
    if not on(C, f"överstiger {grp(C_KS_LIMIT)} tkr", [0]) or not on(C, f"mellan {grp(C_FC_LIMIT)} och", [0]):
        errs.append("C: decision thresholds on p1 missing")
    for x in C_IT:
        if not on(C, x["row"], [1, 2]):
            errs.append(f"C: row not printed: {x['row'][:50]!r}")
    if count(C, "Nr Upphandling Beställare Beräknat värde, tkr Avtalstid Annonsering Beslut om start per år "
                "hela avtalstiden") != 2 or not on(C, "Tabell 1 (forts.)", [2]):
        errs.append("C: table heading must be printed on p2 and repeated on p3 under 'Tabell 1 (forts.)'")
    c_pages = collections.defaultdict(set)
    for x in C_IT:
        c_pages[x["r"][0]] |= {i for i in (1, 2) if norm(x["row"]) in pdf_pages(C)[2][i]}
    if not any(v == {1, 2} for v in c_pages.values()):
        errs.append("C: the page break should split a group")
    for r in C_ROWS:
        if (r[4] is None) != (r[6] == "engångsköp"):
            errs.append(f"C: row {r[1]}: one-off purchases must have no annual value and vice versa")
    for s in C_SARSKILD:
        if not on(C, s, [2]):
            errs.append(f"C: bullet not on p3: {s[:40]!r}")

    # (d) pay tables, overall ratio, counts, adjustments
    k, m, lk, lm, ratio = d_overall()
    if not on(D, f"sammanlagt {grp(k)} kvinnor och {grp(m)} män", [0]) or \
            not on(D, f"månadslön {grp(lk)} kronor och männens {grp(lm)} kronor", [0]) or \
            not on(D, f"motsvarade {dec(ratio)} procent av männens", [0]):
        errs.append("D: overall figures on p1 do not match table 1")
    n_atg = sum(1 for r in D_LIKA if r[6] == "Åtgärd")
    n_fda = sum(1 for r in D_LIKA if r[6] == "Fördjupad analys")
    if not on(D, f"I {n_atg} av de {len(D_LIKA)} grupperna", [0]) or not on(D, f"och i {n_fda} grupper", [0]) or \
            not on(D, f"Av de {len(D_LIKV)} jämförelserna mellan likvärdiga arbeten leder "
                      f"{sum(1 for r in D_LIKV if r[6] == 'Åtgärd')} till åtgärd", [0]):
        errs.append("D: assessment counts on p1 do not match the tables")
    for r in D_LIKA:
        if d_ratio(r) >= 99.0 and r[6] != "Ingen skillnad" or d_ratio(r) < 99.0 and r[6] == "Ingen skillnad":
            errs.append(f"D: 'Ingen skillnad' must mean a ratio of at least 99 percent: {r[1]}")
    if any(r[2] < 5 or r[3] < 5 for r in D_LIKA):
        errs.append("D: p1 says groups with fewer than five women or men are not shown with a mean salary")
    for x in D1_IT:
        if not on(D, x["item"], [1]):
            errs.append(f"D: table 1 row not on p2: {x['item'][:50]!r}")
    for x in D2_IT:
        if not on(D, x["item"], [2]):
            errs.append(f"D: table 2 row not on p3: {x['item'][:50]!r}")
    lika = {r[1]: r for r in D_LIKA}
    for name, antal, _ in D_JUST:
        key = {"specialistsjuksköterskor inom intensivvården": "Specialistsjuksköterska, intensivvård",
               "psykologer": "Psykolog", "medicinska sekreterare": "Medicinsk sekreterare",
               "sjuksköterskor i slutenvården": "Sjuksköterska, slutenvård",
               "specialistundersköterskor": "Specialistundersköterska"}[name]
        if lika[key][2] != antal:
            errs.append(f"D: adjustment for {name} does not cover the women of table 1")
    j = {x[0]: x for x in D_JUST}
    a_, b_ = j["specialistsjuksköterskor inom intensivvården"], j["psykologer"]
    if not on(D, f"sammanlagt {grp(d_just_total())} tkr för lönejusteringar", [3]) or \
            not on(D, f"varav {grp(a_[2])} tkr för {a_[1]} {a_[0]} och {grp(b_[2])} tkr för {b_[1]} {b_[0]}", [3]) or \
            not on(D, f"Resterande {grp(d_just_total() - a_[2] - b_[2])} tkr", [3]):
        errs.append("D: adjustment sentence on p4 wrong")
    for i, s in enumerate(D_ATGARDER, 1):
        if not on(D, f"{i}. {s}", [3]):
            errs.append(f"D: action {i} not on p4")
    if abs(d_diff(D_LIKV[0])) < 7500 or abs(d_diff(D_LIKV[0])) >= 8000:
        errs.append("D: 'närmare 8 000 kronor' does not hold for medicinska sekreterare vs IT-tekniker")

    # (e) submissions, counts, comment blocks, changes
    tot, myn, sak, inga, late = e_counts()
    if not on(E, f"Totalt kom {tot} yttranden in, varav {myn} från myndigheter, kommunala nämnder och bolag och "
                 f"{sak} från", [0]) or inga != 5 or late != 2 or \
            not on(E, "Fem yttranden innehöll inga synpunkter", [0]) or not on(E, "och två kom in efter", [0]):
        errs.append("E: counts on p1 do not match the table")
    if not on(E, f"medger högst {E_BOSTADER[1]} bostäder i stället för cirka {E_BOSTADER[0]}", [0]) or \
            not on(E, f"från cirka {E_BOSTADER[0]} till högst {E_BOSTADER[1]}", [4]):
        errs.append("E: number of homes inconsistent")
    for x in E_IT:
        if not on(E, x["row"], [1]):
            errs.append(f"E: table row not on p2: {x['row'][:50]!r}")
    for r in E_YTTR:
        head = f"{r[1]}. {r[2]}, inkom {r[3].isoformat()}"
        c = count(E, head)
        if r[4] and c != 1:
            errs.append(f"E: comment block for submission {r[1]} printed {c} times")
        if not r[4] and c:
            errs.append(f"E: submission {r[1]} has no comments but a comment block")
    if count(E, "Sammanfattning av yttrandet") != sum(1 for r in E_YTTR if r[4]):
        errs.append("E: number of side-by-side blocks wrong")
    for s in E_ANDRINGAR:
        if not on(E, s, [4]):
            errs.append(f"E: change not on p5: {s[:40]!r}")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}, English "
          f"figures {en_figs}; conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
