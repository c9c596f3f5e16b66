"""Checks ../heldout_syn17.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic16/check.py (the generic part is copied from there).

* format: 44 questions h17001..h17044, key order, types 16 figure / 12 list / 6 passage / 10 none, 11 in English
  (at least 2 of them lists and at least 5 figures), at least 10 conditional lists and one complete list;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that page
  or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD);
* list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one row, that row
  satisfies the condition, every satisfying row covered, full row text on the page or the next); the complete
  list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages (exact counts in PAGES), å/ä/ö extractable, "−" in (b) and (c), metadata titles,
  landscape pages exactly p. 2 in (c) and (d) and pp. 2–3 in (e), all our names begin with F, H, M, S, T or V,
  no name of an earlier synthetic municipality/region/place (FORBIDDEN = the FORBIDDEN and OWN lists of
  ../synthetic15/check.py and ../synthetic16/check.py), no real municipality (REAL) among our names or as a word
  in the PDFs, and none of our own names (OWN) in the READMEs or scripts of the earlier sets;
* data consistency: see the end of main() – (a) every roll-call row on the right page, party rows with their
  counts, the result table and sentence, the split over p. 2–3 with the repeated heading, the reservations
  (only parties that voted no), the decision list; (b) the cost table (sums, changes, shares), the summary
  figures, every assessment row, the counts sentence, the call-off share, every recommendation with its tags;
  (c) every row, sub-totals and the result, every figure of the summary and of the nämnd texts, the number of
  committees with a surplus; (d) every school row and total row (pupil-weighted), the suppression rule, the
  summary and the claims of the commentary; (e) every control row on its page, risk values S × K, the heading on
  p. 2 and p. 3, the group split, the counts sentence, the reporting dates; (f) every indicator row, the sidebar,
  the counts sentence and the claims of the text.
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
from common17 import grp, dec  # noqa: E402
from data import (A_PARTIES, a_roll_rows, a_party_counts, a_result, A_SKATT, A_SKATT_M, A_RES, A_INV, A_RES_M,  # noqa
                  A_BESLUT, A_RESERV, A_ROLL,
                  B_KOST, b_sum, b_change, B_BUDGET_2025, B_KONTROLL, B_GROUPS, b_counts, B_AVROP, B_AVROP_UTANFOR,
                  B_STICK, B_STICK_SAKNAS, B_REK,
                  C_NAMND, C_FINANS, C_APRIL, c_avv, c_sum, c_result, C_INV,
                  D_SCHOOLS, d_cell, d_fmt, d_total, d_pupils, D_MIN, D_ATGARD,
                  E_FORV, E_RISK, e_rv, e_niva,
                  F_IND, F_OMR, f_better, f_reached, F_FOKUS, r1)

QFILE = HERE.parent / "heldout_syn17.jsonl"
N_Q = 44
PREFIX, BASE = "h", 17000
WANT_TYPES = {"figure": 16, "list": 12, "passage": 6, "none": 10}
WANT_EN = 11
MIN_EN_LISTS = 2
MIN_EN_FIGS = 5
MIN_COND = 10
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}
PLAN_YEAR = 2027   # year of d/m dates ("15/12" in the reporting schedule of (e))
LETTERS = "FHMSTV"

A = "fridsmala-kf-protokoll-2026-11-23.pdf"
B = "region-hallvide-granskning-inhyrd-personal-2026.pdf"
C = "savlunda-delarsrapport-jan-aug-2026.pdf"
D = "malmvreta-skolresultat-ak9-2026.pdf"
E = "trastena-internkontrollplan-2027.pdf"
F = "vintersjo-trygghetsprogram-2027-2030.pdf"
PLACE = {A: "Fridsmåla", B: "Hallvide", C: "Sävlunda", D: "Malmvreta", E: "Trästena", F: "Vintersjö"}
PAGES = {A: 5, B: 4, C: 3, D: 3, E: 4, F: 3}
WITH_TITLE = {A, B, C, D, E, F}
WITH_MINUS = {B, C}   # documents that print negative numbers with "−"
LANDSCAPE = {C: [2], D: [2], E: [2, 3]}
# the FORBIDDEN and OWN lists of ../synthetic15/check.py and ../synthetic16/check.py (which include the names of
# ../synthetic … ../synthetic14)
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik", "Tjärnholm",
    "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Siljetuna", "Rödberga",
    "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan",
    "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro", "Korpilund", "Lerviken",
    "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark",
    "Gransmark", "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg",
    "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Mörtsunda", "Mortsunda", "Fjärdhamra",
    "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla", "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge",
    "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp",
    "Norrvalla", "Sjöbacken", "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
    "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum",
    "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn", "Torgkällaren",
    "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola", "Gärdesvallsskolan",
    "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp", "Pilgrimen",
    "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet", "Tistelvallen",
    "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen", "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark",
    "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
    "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen", "Dungsjö", "Gnistorp", "Bräntnäs",
    "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen",
    "Bruksskolan", "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet",
    "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult",
    "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten", "Cedergården", "Irisvägen",
    "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs",
    "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs",
    "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken",
    "Östergärdet", "Älgstigen", "Ålkärret", "Örsjöviksbostäder",
]
# real Swedish municipalities whose names begin with F, H, M, S, T or V: none of them may be one of our names, and
# none may occur as a word in our PDFs
REAL = ["Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby",
        "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte",
        "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby",
        "Höör", "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora",
        "Motala", "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs", "Staffanstorp",
        "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund", "Sundbyberg",
        "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter", "Sävsjö",
        "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö"]
# our own invented names (municipalities/region first, then places, buildings, schools, companies); later sets
# should add them to their FORBIDDEN lists
OWN = ["Fridsmåla", "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö",
       "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen", "Torvbo", "Stensötaskolan", "Sävlundaskolan",
       "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan", "Smultronbackens skola", "Vitsippsskolan",
       "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder"]
# earlier sets whose READMEs and scripts must not use our names (../synthetic18 is written at the same time and
# was not opened)
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 17)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_RROWS = [dict(r=r, item=f"{r[0]} {r[1]} {r[2]} {r[3]}", row=f"{r[0]} {r[1]} {r[2]} {r[3]} X") for r in a_roll_rows()]
A_BROWS = [dict(r=b, item=f"{b[0]} {b[1]} {b[2]}") for b in A_BESLUT]
B_KROWS = [dict(r=k, item=f"{k[0]} {k[2]} {k[3]} {k[4]}") for k in B_KONTROLL]
B_RROWS = [dict(r=(i, t, subs, adr, prio), item=f"{i}. {t}",
                row=f"{i}. {t} " + " ".join(f"{'ab'[j]}) {s}" for j, s in enumerate(subs))
                    + f" {adr} Prioritet: {prio.lower()}") for i, (t, subs, adr, prio) in enumerate(B_REK, 1)]
C_NOTE = {"Socialnämnden": "¹", "Pensioner och övriga gemensamma kostnader": "²"}


def c_chg(r):
    return 100 * (r[3] - r[4]) / r[4]


def c_line(r):
    return (f"{r[0]}{C_NOTE.get(r[0], '')} {dec(r[1])} {dec(r[2])} {dec(c_avv(r), plus=True)} {dec(r[3])} "
            f"{dec(r[4])} {dec(c_chg(r), plus=True)}")


C_NROWS = [dict(r=r, item=c_line(r)) for r in C_NAMND]
C_FROWS = [dict(r=r, item=c_line(r)) for r in C_FINANS]


def d_line(s):
    v = s[2][2026]
    cells = [s[0], str(v[0] + v[1]) if v else "–"]
    for w in "mb":
        for y in (2025, 2026):
            cells += [d_fmt(d_cell(s, y, w, x)) for x in "FPT"]
    return " ".join(cells)


D_ROWS = [dict(r=s, item=d_line(s)) for s in D_SCHOOLS]
E_ROWS = [dict(r=r, item=" ".join([r[0], r[2], r[3], r[4], r[5], r[6], str(r[7]), str(r[8]), str(e_rv(r))]))
          for r in E_RISK]
F_ROWS = [dict(r=r, item=f"{r[0]} {r[2]} {r[4]} ({r[5]}) {r[6]} {r[7]} ({r[8]})") for r in F_IND]
E_MAX = max(e_rv(r) for r in E_RISK)


def d_num(x):
    return isinstance(x, float)


# qid -> (rows, predicate on the raw row)
COND = {
    "h17004": (A_RROWS, lambda r: r[4] == "A"),                                   # abstained in the budget vote
    "h17005": (A_RROWS, lambda r: r[3] == "Ersättare"),                           # substitutes, across p. 2–3
    "h17006": (A_BROWS, lambda b: b[2] == "Återremiss"),                          # decision list: referred back
    "h17012": (B_KROWS, lambda k: k[3] == "Ej uppfyllt"),                         # assessment
    "h17013": (B_RROWS, lambda r: r[4] == "Hög"),                                 # priority tag
    "h17020": (C_NROWS, lambda r: c_avv(r) > 0),                                  # forecast surplus
    "h17021": (C_NROWS, lambda r: c_chg(r) > 5),                                  # cost growth jan–aug > 5 %
    "h17028": (D_ROWS, lambda s: d_num(d_cell(s, 2025, "b", "T")) and d_num(d_cell(s, 2026, "b", "T"))
               and d_cell(s, 2026, "b", "T") < d_cell(s, 2025, "b", "T")),      # lower total eligibility
    "h17034": (E_ROWS, lambda r: r[1] == "Socialförvaltningen" and r[5] == "Kvartalsvis"),
    "h17035": (E_ROWS, lambda r: e_rv(r) == E_MAX),                               # highest risk value, p. 2–3
    "h17042": (F_ROWS, lambda r: not f_better(r)),                                # worse than the baseline
}
# complete lists: every list item of the named list, exactly once
EXACT = {
    "h17029": D_ATGARD,
}
MONTHS_RE = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
# none questions: (document of that municipality/region, patterns that would answer the question)
NONE_ABSENT = {
    "h17008": (A, [r"[Ll]åneskuld[^.]{0,40}\d", r"[Ll]ån(?:en)? (?:uppgår|uppgick) till", r"[Ss]killd[^.]{0,30}\d"]),
    "h17009": (A, [r"[Dd]riftkostnad", r"[Hh]yreskostnad", r"[Hh]yra[^.]{0,30}förskola", r"kostnad[^.]{0,40}per år"
                   r"[^.]{0,40}förskola"]),
    "h17015": (B, [r"2022"]),
    "h17016": (B, [r"[Pp]sykolog"]),
    "h17023": (C, [r"[Kk]ultur- och fritidsnämnden[^.]{0,120}april", r"april[^.]{0,120}[Kk]ultur- och fritid"]),
    "h17024": (C, [r"[Ii]nvesteringsbudget(?:en)? (?:för )?2027", r"[Ii]nvester\w* (?:för |under )?2027",
                   r"2027[^.]{0,30}[Ii]nvester"]),
    "h17031": (D, [r"[Hh]ögskoleförberedande", r"[Nn]aturvetenskapsprogram", r"[Ee]stetiska programmet"]),
    "h17037": (E, [r"[Ll]easing"]),
    "h17038": (E, [r"[Ii]nternkontrollplan(?:en)? (?:för )?2026", r"2026 års", r"[Pp]lanen för 2026"]),
    "h17044": (F, [r"\d+ (?:nya )?(?:övervaknings)?kameror", r"[Kk]ameror[^.]{0,40}\d"]),
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
        if not 3 <= len(raw) <= 5 or len(raw) != PAGES.get(fn):
            errs.append(f"{fn}: {len(raw)} pages, expected {PAGES.get(fn)}")
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
        if used[fn] < 5:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- own names vs earlier sets
    for o in OWN:
        if o[0] not in LETTERS:
            errs.append(f"own name {o} does not begin with one of {LETTERS}")
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        for d in EARLIER:
            for p in sorted((HERE.parent / d).glob("*.py")) + [HERE.parent / d / "README.md"]:
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{p.name}")
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

    # (a) Fridsmåla protocol
    NUMW = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
    ja, nej, avst = a_result()
    if ja + nej + avst != 41 or ja <= nej:
        errs.append(f"A: vote result {ja}/{nej}/{avst} is not a 41-member yes-majority")
    for x in A_RROWS:
        pg = pages_of(A, x["row"])
        if pg not in ([2], [3]):
            errs.append(f"A: roll-call row not printed once on p2/p3: {x['item']!r} {pg}")
    if pages_of(A, A_RROWS[0]["row"]) != [2] or pages_of(A, A_RROWS[-1]["row"]) != [3]:
        errs.append("A: the roll-call must start on p2 and end on p3")
    if count(A, "Nr Ledamot / tjänstgörande ersättare Parti Funktion Ja Nej Avstår") != 2 or \
            not on(A, "Omröstningslista § 144 (forts.)", [2]):
        errs.append("A: roll-call heading must be printed on p2 and repeated on p3 under '(forts.)'")
    for code, name in A_PARTIES:
        n, j, nn, a = a_party_counts(code)
        if not on(A, f"{name} ({code}) {n} mandat ja {j} · nej {nn} · avstår {a}", [1, 2]):
            errs.append(f"A: party group row wrong: {code}")
        if not on(A, f"{name} ({code}) {j} {nn} {a} {n}", [2]):
            errs.append(f"A: result-per-party row wrong: {code}")
    if not on(A, f"Summa {ja} {nej} {avst} {ja + nej + avst}", [2]) or \
            not on(A, f"Med {ja} ja-röster mot {nej} nej-röster beslutar fullmäktige att bifalla kommunstyrelsens "
                      f"förslag. {avst} ledamöter avstår", [2]):
        errs.append("A: result table or sentence wrong")
    for party in A_RESERV:
        code = [c for c, nm in A_PARTIES if nm == party][0]
        if a_party_counts(code)[2] != a_party_counts(code)[0]:
            errs.append(f"A: {party} reserves itself but did not vote no unanimously")
    res, inv = dict(A_RES), dict(A_INV)
    for t_ in (f"oförändrad skattesats på {A_SKATT} kr", f"skattesats på {A_SKATT_M} kr och ett resultat 2027 på "
               f"{dec(A_RES_M)} mnkr", f"resultat på {dec(res['2027'])} mnkr 2027, {dec(res['2028'])} mnkr 2028 och "
               f"{dec(res['2029'])} mnkr 2029", f"uppgår till {dec(inv['2027'])} mnkr 2027, {dec(inv['2028'])} mnkr "
               f"2028 och {dec(inv['2029'])} mnkr 2029"):
        if not on(A, t_, [1]):
            errs.append(f"A: § 144 text wrong: {t_[:50]!r}")
    if not on(A, f"Skattesatsen för 2027 fastställs till {A_SKATT} kr", [2]) or \
            not on(A, f"Investeringsbudgeten för 2027 fastställs till {dec(inv['2027'])} mnkr", [3]):
        errs.append("A: decision list of § 144 wrong")
    for x in A_BROWS:
        if not on(A, x["item"], [4]):
            errs.append(f"A: decision-list row not on p5: {x['item']!r}")
    # (b) Hallvide audit
    s23, s24, s25 = b_sum(1), b_sum(2), b_sum(3)
    for r in B_KOST:
        if not on(B, f"{r[0]} {dec(r[1])} {dec(r[2])} {dec(r[3])} {dec(b_change(r), plus=True)} "
                     f"{dec(100 * r[3] / s25)}", [1]):
            errs.append(f"B: cost row wrong: {r[0]}")
    if not on(B, f"Totalt {dec(s23)} {dec(s24)} {dec(s25)} {dec(r1(s25 - s24), plus=True)} 100,0", [1]) or \
            abs(sum(round(100 * r[3] / s25, 1) for r in B_KOST) - 100) > 0.15:
        errs.append("B: cost total wrong")
    for t_ in (f"uppgick till {dec(s25)} mnkr 2025, jämfört med {dec(s24)} mnkr 2024 och {dec(s23)} mnkr 2023",
               f"de var {dec(r1(s25 - B_BUDGET_2025))} mnkr högre än den nivå på {dec(B_BUDGET_2025)} mnkr",
               f"Inhyrda läkare svarade för {dec(B_KOST[0][3])} mnkr och inhyrda sjuksköterskor för "
               f"{dec(B_KOST[1][3])} mnkr"):
        if not on(B, t_, [0]):
            errs.append(f"B: summary text wrong: {t_[:50]!r}")
    for x in B_KROWS:
        if not on(B, x["item"], [2]):
            errs.append(f"B: assessment row not on p3: {x['item'][:50]!r}")
    u, d, e = b_counts()
    if not on(B, f"Av de {NUMW[len(B_KONTROLL)]} kontrollfrågorna bedömer vi att {NUMW[u]} är uppfyllda, "
                 f"{NUMW[d]} delvis uppfyllda och {NUMW[e]} ej uppfyllda", [2]) or (u, d, e) != (4, 3, 3):
        errs.append("B: assessment counts sentence wrong")
    if any(k[1] == "Styrning" and k[3] == "Ej uppfyllt" for k in B_KONTROLL):
        errs.append("B: text says no 'Styrning' question is 'Ej uppfyllt'")
    pu = r1(100 * B_AVROP_UTANFOR / B_AVROP)
    if not on(B, f"gjordes {grp(B_AVROP)} avrop", [3]) or not on(B, f"{B_AVROP_UTANFOR}, eller {dec(pu)} procent", [3]) \
            or B_KONTROLL[6][4] != f"{dec(pu)} procent av avropen 2025 gjordes utanför avtal." or \
            B_KONTROLL[8][4] != f"Beslut saknades i {B_STICK_SAKNAS} av {B_STICK} stickprov.":
        errs.append("B: call-off figures inconsistent")
    for x in B_RROWS:
        if not on(B, x["row"], [1]):
            errs.append(f"B: recommendation not on p2 with its tags: {x['item'][:50]!r}")
    # (c) Sävlunda interim report
    sn, sf, res = c_sum(C_NAMND), c_sum(C_FINANS), c_result()
    for x in C_NROWS + C_FROWS:
        if not on(C, x["item"], [1]):
            errs.append(f"C: row not on p2: {x['item'][:50]!r}")
    for lab, v in (("Summa nämnder", sn), ("Summa finansiering", sf), ("Årets resultat", res)):
        if not on(C, c_line((lab,) + v), [1]):
            errs.append(f"C: {lab} row wrong")
    nd = {r[0]: r for r in C_NAMND}
    worst = sorted(C_NAMND, key=c_avv)[:3]
    plus = [r[0].lower() for r in C_NAMND if c_avv(r) > 0]
    for t_ in (f"Periodens resultat blev {dec(res[2])} mnkr, jämfört med {dec(res[3])} mnkr",
               f"resultat på {dec(res[1])} mnkr, vilket är {dec(r1(res[0] - res[1]))} mnkr sämre än det budgeterade "
               f"resultatet på {dec(res[0])} mnkr. I aprilprognosen beräknades resultatet till "
               f"{dec(C_APRIL['Årets resultat'])} mnkr",
               f"underskott på {dec(-r1(sn[1] - sn[0]))} mnkr mot budget, jämfört med "
               f"{dec(-C_APRIL['Summa nämnder'])} mnkr i april",
               f"Socialnämnden svarar för det största underskottet, {dec(-c_avv(worst[0]))} mnkr",
               f"{['Inga', 'En', 'Två', 'Tre', 'Fyra'][len(plus)]} nämnder redovisar ett överskott mot budget: "
               + ", ".join(plus[:-1]) + " och " + plus[-1]):
        if not on(C, t_, [0]):
            errs.append(f"C: summary text wrong: {t_[:50]!r}")
    if worst[0][0] != "Socialnämnden" or worst[1][0] != "Barn- och utbildningsnämnden":
        errs.append("C: ranking of deficits in the text is wrong")
    for t_ in (f"underskott på {dec(-c_avv(nd['Socialnämnden']))} mnkr, jämfört med "
               f"{dec(-C_APRIL['Socialnämnden'])} mnkr i aprilprognosen",
               f"ökat med {dec(c_chg(nd['Socialnämnden']))} procent",
               f"underskott på {dec(-c_avv(nd['Barn- och utbildningsnämnden']))} mnkr, jämfört med "
               f"{dec(-C_APRIL['Barn- och utbildningsnämnden'])} mnkr i april",
               f"uppgår till {dec(C_INV[0])} mnkr. Till och med augusti har {dec(C_INV[2])} mnkr investerats och "
               f"prognosen för helåret är {dec(C_INV[1])} mnkr, alltså {dec(r1(C_INV[0] - C_INV[1]))} mnkr"):
        if not on(C, t_, [2]):
            errs.append(f"C: p3 text wrong: {t_[:50]!r}")
    # (d) Malmvreta school results
    for x in D_ROWS:
        if not on(D, x["item"], [1]):
            errs.append(f"D: school row not on p2: {x['item'][:50]!r}")
        for y in (2025, 2026):
            v = x["r"][2][y]
            if v is None:
                continue
            for w in "mb":
                if (d_cell(x["r"], y, w, "F") == "..") != (v[0] < D_MIN) or \
                        (d_cell(x["r"], y, w, "P") == "..") != (v[1] < D_MIN):
                    errs.append(f"D: suppression rule broken for {x['r'][0]} {y}")
    for lab, hm in (("Kommunala skolenheter totalt", "Kommunal"), ("Fristående skolenheter totalt", "Fristående"),
                    ("Malmvreta kommun totalt", None)):
        t_ = f"{lab} {d_pupils(2026, hm)} " + " ".join(dec(d_total(y, w, x, hm)) for w in "mb" for y in (2025, 2026)
                                                       for x in "FPT")
        if not on(D, t_, [1]):
            errs.append(f"D: total row wrong: {lab}")
    if d_pupils(2026) != sum(d_pupils(2026, h) for h in ("Kommunal", "Fristående")):
        errs.append("D: pupil counts do not add up")
    T = lambda y, w, s, hm=None: dec(d_total(y, w, s, hm))  # noqa: E731
    for t_ in (f"avslutade {d_pupils(2026)} elever årskurs 9 i kommunens skolor, jämfört med {d_pupils(2025)} "
               f"våren 2025", f"meritvärdet blev {T(2026, 'm', 'T')} poäng, jämfört med {T(2025, 'm', 'T')}",
               f"var {T(2026, 'b', 'T')} procent 2026 och {T(2025, 'b', 'T')} procent 2025",
               f"andelen {T(2026, 'b', 'F')} procent och bland pojkarna {T(2026, 'b', 'P')} procent",
               f"färre än {D_MIN} elever"):
        if not on(D, t_, [0]):
            errs.append(f"D: summary text wrong: {t_[:50]!r}")
    kom = [s for s in D_SCHOOLS if s[1] == "Kommunal"]
    best_k = max(kom, key=lambda s: d_cell(s, 2026, "m", "T"))
    best = max(D_SCHOOLS, key=lambda s: d_cell(s, 2026, "m", "T"))
    gaps = {s[0]: d_cell(s, 2026, "m", "F") - d_cell(s, 2026, "m", "P") for s in D_SCHOOLS
            if d_num(d_cell(s, 2026, "m", "F")) and d_num(d_cell(s, 2026, "m", "P"))}
    if best_k[0] != "Fältrevsskolan, enhet Södra årskurs 7–9" or best[0] != "Malmvreta Montessoriskola" or \
            max(gaps, key=gaps.get) != "Hagtornsskolan" or \
            not on(D, f"kommunala skolenheterna, {dec(d_cell(best_k, 2026, 'm', 'T'))} poäng", [2]) or \
            not on(D, f"högst meritvärde i kommunen, {dec(d_cell(best, 2026, 'm', 'T'))} poäng", [2]):
        errs.append("D: claims of the commentary do not match the table")
    if [s[0] for s in D_SCHOOLS if s[2][2025] is None] != ["Tornsvalans skola"]:
        errs.append("D: only Tornsvalans skola may lack year 9 in 2025")
    # (e) Trästena control plan
    for x in E_ROWS:
        pg = [1] if int(x["r"][0]) <= 11 else [2]
        if not on(E, x["item"], pg):
            errs.append(f"E: control row not on p{pg[0] + 1}: {x['item'][:50]!r}")
        if not (1 <= x["r"][7] <= 4 and 1 <= x["r"][8] <= 4):
            errs.append(f"E: S/K out of range in row {x['r'][0]}")
    if count(E, "Nr Process / rutin Risk Kontrollmoment Frekvens Ansvarig S K Riskvärde S × K") != 2 or \
            not on(E, "Internkontrollplan 2027 – kontrollmoment per förvaltning (forts.)", [2]):
        errs.append("E: plan heading must be printed on p2 and repeated on p3 under '(forts.)'")
    soc = [x for x in E_ROWS if x["r"][1] == "Socialförvaltningen"]
    if not on(E, soc[0]["item"], [1]) or not on(E, soc[-1]["item"], [2]):
        errs.append("E: the Socialförvaltningen group must be split over p2–p3")
    NUMC = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
    lev = [e_niva(e_rv(r)) for r in E_RISK]
    fq = [r[5] for r in E_RISK]
    if not on(E, f"omfattar {len(E_RISK)} kontrollmoment, varav {NUMC[lev.count('Hög')]} med högt, "
                 f"{NUMC[lev.count('Medel')]} med medelhögt och {NUMC[lev.count('Låg')]} med lågt riskvärde. "
                 f"{NUMC[fq.count('Månadsvis')]} kontroller görs varje månad, {NUMC[fq.count('Kvartalsvis')]} "
                 f"varje kvartal, {NUMC[fq.count('Årligen')]} en gång per år och {NUMC[fq.count('Vid behov')]} vid "
                 f"behov", [0]) or len(fq) != sum(fq.count(k) for k in ("Månadsvis", "Kvartalsvis", "Årligen",
                                                                         "Vid behov")):
        errs.append("E: counts sentence wrong")
    for t_ in ("Kvartalsrapport 1 Kontroller med riskvärde 12 eller högre 2027-04-20",
               "Delrapport Samtliga månads- och kvartalskontroller januari–april 2027-05-31",
               "30 september 2027", "v. 7 2028", "15/12"):
        if not on(E, t_, [3]):
            errs.append(f"E: reporting schedule entry missing on p4: {t_!r}")
    # (f) Vintersjö safety programme
    for x in F_ROWS:
        if not on(F, x["item"], [1]):
            errs.append(f"F: indicator row not on p2: {x['item'][:50]!r}")
    ind = {r[0]: r for r in F_IND}
    nb_, nr_ = sum(map(f_better, F_IND)), sum(map(f_reached, F_IND))
    if not on(F, f"med {len(F_IND)} indikatorer inom fyra fokusområden. "
                 f"{NUMC[nb_].capitalize()} av indikatorerna har utvecklats i rätt riktning sedan utgångsåret, och "
                 f"{NUMC[nr_]} har redan nått målvärdet", [1]) or len(F_OMR) != 4:
        errs.append("F: counts sentence wrong")
    a_, w_, m_ = ind["1.1"], ind["1.2"], ind["1.3"]
    for t_ in (f"{a_[7]} % känner sig trygga utomhus sent på kvällen ({a_[8]}); {a_[4]} % år {a_[5]}",
               f"{w_[7]} / {m_[7]} % kvinnor respektive män",
               f"svarade {a_[7]} procent", f"var andelen {a_[4]} procent och målet för 2030 är {a_[6]} procent",
               f"{w_[7]} procent av kvinnorna och {m_[7]} procent av männen",
               f"från {ind['1.4'][4]} år {ind['1.4'][5]} till {ind['1.4'][7]} år {ind['1.4'][8]}, men ligger "
               f"fortfarande över målet på {ind['1.4'][6]}",
               f"från {ind['4.2'][4]} till {ind['4.2'][7]} och har redan nått målet",
               f"från {ind['3.1'][4]} år {ind['3.1'][5]} till {ind['3.1'][7]} år {ind['3.1'][8]}"):
        if not on(F, t_, [0]):
            errs.append(f"F: p1 text wrong: {t_[:50]!r}")
    if f_reached(ind["1.4"]) or not f_reached(ind["4.2"]) or f_better(ind["3.1"]):
        errs.append("F: text claims on 1.4 / 4.2 / 3.1 do not match the data")
    for k, bl in F_FOKUS:
        for b_ in bl:
            if not on(F, b_, [1, 2]):
                errs.append(f"F: focus-area bullet missing: {b_[:40]!r}")

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
