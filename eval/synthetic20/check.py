"""Checks ../train_syn20.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Vittarp document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic18/check.py (the generic part is copied from there).

* format: 64 questions t20001..t20064, key order, types 26 figure / 16 list / 6 passage / 16 none,
  16 in English (at least 4 of them lists and at least 6 figures), at least 12 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD, read from "2026-03-14" or "14 mars 2026");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (c) and (e), metadata titles exactly in (a), (c),
  (e), landscape pages exactly pp. 2-3 of (c), page 2 of (f) an image without text, no names of earlier
  synthetic municipalities or places (FORBIDDEN), no real municipality or region name (REAL) among our own
  names or as a word in the PDFs, our own names (OWN) and persons all start with C, I, J, P, V or W and none of
  OWN occurs in the READMEs of the earlier sets or the check.py files of the earlier training sets;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as _dt
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common20 import grp, dec  # noqa: E402
from data import (A_GROUPS, a_rows, a_quarter, a_sum, a_ks, a_status_counts, A_KS_LIMIT, A_DIREKT,  # noqa: E402
                  A_PLAN_2026,
                  B_ROWS, B_BODIES, B_ANSWERED, B_BALANS, b_date, b_datestr, b_age, b_old, b_counts, b_per_body,
                  C_LIBS, C_VISITS, C_VISITS_2025, C_LOANS, C_LOANS_2025, C_CLOSED, c_tot, c_month_tot, c_all,
                  c_change, c_max_month,
                  D_AREAS, D_YEARS, D_TREND_LIMIT, d_indicators, d_change, d_trend, d_verdict, d_counts,
                  d_better_than_riket,
                  E_GROUPS, e_projects, e_inv, e_drift, E_BARN, E_ALDRE, E_AVVECKLAS,
                  F_PROPOSAL, F_SOLAR, F_DECIDED, F_HYRA, F_PLATSER, F_KALKYL, F_TIDPLAN, F_ALTERNATIV,
                  f_kalkyl_sum, f_scan_text, MONTHS as MONTH_NAMES, r1)

QFILE = HERE.parent / "train_syn20.jsonl"
N_Q = 64
BASE = 20000
WANT_TYPES = {"figure": 26, "list": 16, "passage": 6, "none": 16}
WANT_EN = 16
MIN_EN_LISTS = 4
MIN_EN_FIGS = 6
MIN_COND = 12
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "wedelsta-upphandlingsplan-2027.pdf"
B = "ivringe-arendebalans-motioner-medborgarforslag-2026.pdf"
C = "pramhult-biblioteksstatistik-2026.pdf"
D = "jorsvik-folkhalsobokslut-2026.pdf"
E = "carlsater-lokalforsorjningsplan-2027-2031.pdf"
F = "vittarp-forskola-valnoten-beslutsunderlag-2026.pdf"
PLACE = {A: "Wedelsta", B: "Ivringe", C: "Pråmhult", D: "Jorsvik", E: "Carlsäter", F: "Vittarp"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {C, E}   # documents that print negative numbers with "−"
LANDSCAPE = {C: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "CIJPVW"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic18/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic17/check.py (only those lines were read there)
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Ormåker", "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen", "Rönngården", "Lärkvägen",
             "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta",
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
             "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken",
             "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen",
             "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan",
             "Skatåsen", "Rävlyckan", "Skräddarbo",
             "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
             "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs",
             "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
             "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
             "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
             "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen",
             "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen",
             "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen",
             "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan",
             "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga",
             "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
             "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen",
             "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik",
             "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby",
             "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten",
             "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby",
             "Yxlingebostäder", "Ivenäs",
             "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena",
             "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen",
             "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret",
             "Örsjöviksbostäder",
             # ../synthetic18 (its OWN list)
             "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp",
             "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån", "Lillnäs", "Lindgården",
             "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken", "Näktergalen", "Gryttje",
             "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö",
             # ../synthetic17 (its OWN list)
             "Fridsmåla", "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö",
             "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen", "Torvbo", "Stensötaskolan",
             "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan", "Smultronbackens skola",
             "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder"]
# real Swedish municipalities and regions beginning with C, I, J, P, V or W (there are none with C, I or W): none
# of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Pajala", "Partille", "Perstorp", "Piteå", "Vadstena", "Vaggeryd",
        "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge", "Vetlanda", "Vilhelmina",
        "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö", "Värnamo", "Västervik",
        "Västerås", "Växjö", "Jämtland", "Jämtland Härjedalen", "Värmland", "Västerbotten", "Västernorrland",
        "Västmanland", "Västra Götaland"]
# our own invented names (municipalities first, then places, buildings, schools, companies); later sets should add
# them to their FORBIDDEN lists
OWN = ["Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp",
       "Jällsta", "Pirkby", "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan",
       "Vidsjön", "Ivringeån", "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken",
       "Jungfruhagen", "Clarabergsskolan", "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen", "Carlsvallen",
       "Pelarsalen", "Valnöten", "Jakobsdal", "Westergrens Bygg"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Per Vikström", "Cecilia Palm", "Jonas Wik", "Ingemar Jarl", "Paula Vinge", "Conny Westin",
           "Viktor Ilstam", "Wilma Carlsson", "Petra Carlén", "Jenny Wallin", "Petter Castell", "Ingela Wiklander",
           "Camilla Jernberg"]
TRAINING = ["synthetic", "synthetic3", "synthetic4", "synthetic7", "synthetic8", "synthetic10", "synthetic12",
            "synthetic14", "synthetic16", "synthetic18"]
HELDOUT = ["synthetic2", "synthetic5", "synthetic6", "synthetic9", "synthetic11", "synthetic13", "synthetic15",
           "synthetic17"]   # only their README.md is read (../synthetic19 is written at the same time: not opened)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=(g, r), item=f"{r[0]} {r[1]} {grp(r[2])} {r[3]} {a_quarter(r)} {r[5]} {r[6]}") for g, r in a_rows()]
B_R = [dict(r=r, item=f"{r[0]} {r[2]} {r[3]} {b_datestr(r)} {r[6]} {r[7]} {b_age(r)}") for r in B_ROWS]


def c_rowtext(table, prev, lib):
    cells = [grp(v) if v is not None else C_CLOSED[lib] for v in table[lib]]
    return f"{lib} " + " ".join(cells) + f" {grp(c_tot(table, lib))} {grp(prev[lib])} " + \
        dec(c_change(table, prev, lib), plus=True)


C_V = [dict(r=lib, item=c_rowtext(C_VISITS, C_VISITS_2025, lib)) for lib in C_LIBS]
C_L = [dict(r=lib, item=c_rowtext(C_LOANS, C_LOANS_2025, lib)) for lib in C_LIBS]


def dv(x):
    return ".." if x is None else dec(x)


D_R = [dict(r=(a, i), item=f"{i[0]} " + " ".join(f"{y} " + " ".join(dv(x) for x in i[2][y]) for y in D_YEARS)
            + f" {d_trend(i)} {i[3]}") for a, i in d_indicators()]


def e_sgn(x):
    return ("+" + grp(x)) if x > 0 else grp(x)


E_R = [dict(r=(g, p), item=f"{p[0]} {p[1]} {p[2]} {p[3]} {grp(p[4])} {dec(p[5]) if p[5] is not None else '–'} "
                           f"{e_sgn(p[6])} {p[7]}") for g, p in e_projects()]
F_T = [dict(r=t, item=f"{t[0]} {t[1]}") for t in F_TIDPLAN]

# qid -> (rows, predicate on the raw row)
COND = {
    "t20006": (A_R, lambda gr: gr[0] == "Vård- och omsorgsförvaltningen"),       # group (förvaltning)
    "t20007": (A_R, lambda gr: gr[1][4] == (2027, 2)),                            # advertised in kv 2 2027
    "t20008": (A_R, lambda gr: gr[1][2] > 20000),                                 # value over 20 mnkr
    "t20017": (B_R, lambda r: r[1] == "M" and r[6] == "Barn- och utbildningsnämnden"),   # motions per body
    "t20018": (B_R, b_old),                                                       # older than one year (dates)
    "t20019": (B_R, lambda r: r[1] == "F" and r[7] == "Remitterad"),              # status word
    "t20028": (C_V, lambda lib: c_tot(C_VISITS, lib) < C_VISITS_2025[lib]),       # fewer visits than 2025
    "t20029": (C_L, lambda lib: c_tot(C_LOANS, lib) > C_LOANS_2025[lib]),         # more loans than 2025
    "t20039": (D_R, lambda ai: d_verdict(ai[1]) == "försämrad"),                  # trend rule + direction
    "t20040": (D_R, lambda ai: ai[0] == "3 Uppväxt och utbildning"),              # area heading
    "t20041": (D_R, lambda ai: d_better_than_riket(ai[1])),                       # better than riket 2025
    "t20050": (E_R, lambda gp: gp[1][7] <= 2028),                                 # ready by 2028
    "t20051": (E_R, lambda gp: (gp[1][5] or 0) > 50),                             # investment over 50 mnkr
    "t20052": (E_R, lambda gp: gp[1][6] < 0),                                     # lower operating cost
    "t20062": (F_T, lambda t: t[2][0] == 2027),                                   # milestones in 2027
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t20061": F_ALTERNATIV,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t20010": (A, [r"[Bb]esparing", r"\bsparade\b", r"\bsparat\b", r"[Bb]esparad"]),
    "t20011": (A, [r"\bAB\b", r"nuvarande (?:leverantör|entreprenör)", r"[Ll]everantören (?:är|heter)"]),
    "t20012": (A, [r"[Aa]nställd", r"\d+ (?:medarbetare|upphandlare|årsarbetare)", r"[Åå]rsarbet"]),
    "t20021": (B, [r"[Ss]imhall[^.]{0,80}(?:mnkr|tkr|kronor|miljoner)", r"mnkr", r"miljoner kronor"]),
    "t20022": (B, [r"[Ss]olceller[^.]{0,80}(?:behandlas|beslut|fullmäktige|juni)"]),
    "t20023": (B, [r"[Ll]edamöter", r"\d+ ledamot", r"[Mm]andat"]),
    "t20031": (C, [r"2024"]),
    "t20032": (C, [r"[Ee]-?bok", r"[Ee]-medi", r"[Ee]-ljudbok", r"[Dd]igitala? lån"]),
    "t20033": (C, [r"(?:tkr|mnkr|kronor|\bkr\b)"]),
    "t20043": (D, [r"[Ll]änet[^.]{0,30}[Kk]vinn", r"[Kk]vinn\w*[^.]{0,30}i länet"]),
    "t20044": (D, [r"[Ll]ivslängd", r"[Mm]edellivs"]),
    "t20045": (D, [r"2019"]),
    "t20054": (E, [r"[Jj]asmin[^.]{0,80}(?:mnkr|tkr|kronor)", r"[Ff]örsäljning[^.]{0,60}(?:mnkr|tkr|kronor)",
                   r"säljs[^.]{0,60}(?:mnkr|tkr|kronor)"]),
    "t20055": (E, [r"[Cc]larabergsskolan[^.]{0,40}(?:har|går) \d+", r"\d+ elever (?:går|har)", r"i ?dag \d+ elever"]),
    "t20056": (E, [r"[Tt]otal\w* lokalyta", r"[Ll]okalyta[^.]{0,40}\d", r"kvadratmeter"]),
    "t20064": (F, [r"\d+ (?:röster|ja-röster|nej-röster)", r"[Vv]otering", r"[Oo]mröstning"]),
}


_cache = {}


def pdf_pages(fn):
    """(reader, raw texts, normalised texts); a scanned page gets the text printed in its image."""
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        layer = [p.extract_text() or "" for p in r.pages]
        raw = list(layer)
        for pg, t in SCANNED.get(fn, {}).items():
            raw[pg - 1] = t
        _cache[fn] = (r, raw, [norm(t) for t in raw], layer)
    return _cache[fn][:3]


def text_layer(fn):
    pdf_pages(fn)
    return _cache[fn][3]


def parse_number(text):
    m = re.search(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text)
    if not m:
        return None
    return abs(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")
                     .replace("−", "-")))


def parse_date(text):
    """'2026-03-14', '14/3-26' or '14 mars 2026' -> 'YYYY-MM-DD'."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"\b(\d{1,2})/(\d{1,2})-(\d{2})\b", text)
    if m:
        return f"20{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.search(r"(\d{1,2}) (\w+)\.? (\d{4})", text)
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
    n_scan = collections.Counter()
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
        scanned = p in SCANNED.get(fn, {})
        if scanned:
            n_scan[t] += 1
            layer = [norm(x) for x in text_layer(fn)]
            for s in q["evidence"] + [f["text"] for f in q["figures"]]:
                if any(norm(s) in x for x in layer):
                    E_(f"scanned-page fact also in the text layer: {s!r}")
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
    if not (2 <= n_scan["figure"] <= 3 and n_scan["passage"] == 1):
        errs.append(f"scanned page: {dict(n_scan)} questions, expected 2-3 figure and 1 passage")

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
            if ch not in " ".join(text_layer(fn)):
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if fn in WITH_MINUS and "−" not in " ".join(text_layer(fn)):
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
    # the scanned page: no text layer at all, one image, and no running header/footer
    for fn, pages in SCANNED.items():
        r = pdf_pages(fn)[0]
        for pgno in pages:
            if text_layer(fn)[pgno - 1].strip():
                errs.append(f"{fn}: scanned p{pgno} has a text layer: {text_layer(fn)[pgno - 1][:60]!r}")
            if len(r.pages[pgno - 1].images) != 1:
                errs.append(f"{fn}: scanned p{pgno} must hold exactly one image")

    # ---------------------------------------------------------------- own names vs earlier sets
    for o in OWN:
        if o[0] not in LETTERS:
            errs.append(f"own name {o} does not begin with one of {LETTERS}")
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        for d in TRAINING + HELDOUT:
            for f in (("README.md", "check.py") if d in TRAINING else ("README.md",)):
                p = HERE.parent / d / f
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{f}")
    for person in PERSONS:
        if any(w_[0] not in LETTERS for w_ in person.split()):
            errs.append(f"person {person}: first and last name must begin with one of {LETTERS}")
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
    for o in OWN + PERSONS:
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
                errs.append(f"{fn}: real municipality or region name {rl} in the text")
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

    def need(fn, s, pages, what):
        if not on(fn, s, pages):
            errs.append(f"{what}: not printed on p{[p + 1 for p in pages]}: {s[:70]!r}")

    # (a) procurement plan
    for i, x in enumerate(A_R, 1):
        g, r = x["r"]
        if r[0] != f"U27-{i:02d}":
            errs.append(f"A: row numbers not consecutive at {r[0]}")
        if pages_of(A, x["item"]) not in ([2], [3]):
            errs.append(f"A: row {r[0]} printed on {pages_of(A, x['item'])}")
        if not (r[4] >= (2027, 1) and r[4] <= (2028, 1)):
            errs.append(f"A: advertising quarter of {r[0]} outside the plan")
    if count(A, "Nr Upphandling Beräknat värde, tkr Avtalsperiod Planerad annonsering Status Ansvarig enhet") != 2:
        errs.append("A: the heading must be printed on p2 and repeated on p3")
    idx = {x["r"][1][0]: x for x in A_R}
    if pages_of(A, idx["U27-17"]["item"]) != [2] or pages_of(A, idx["U27-18"]["item"]) != [3]:
        errs.append("A: the Vård- och omsorgsförvaltningen group must be split over p2–p3")
    for g, _ in A_GROUPS:
        if g not in ("Kommunledningsförvaltningen",) and not on(A, g, [1, 2]):
            errs.append(f"A: group row {g} missing")
    st = a_status_counts()
    tot, ks = a_sum(), a_ks()
    if sum(st.values()) != len(A_R) or tot != sum(a_sum(g) for g, _ in A_GROUPS) or \
            ks != sum(a_ks(g) for g, _ in A_GROUPS):
        errs.append("A: totals do not add up")
    need(A, f"Planen omfattar {len(A_R)} upphandlingar med ett sammanlagt beräknat värde av {grp(tot)} tkr", [0],
         "A summary")
    need(A, f"Av dessa har {ks} upphandlingar ett beräknat värde över {grp(A_KS_LIMIT)} tkr", [0], "A summary")
    need(A, f"var {st['Annonserad']} upphandlingar redan annonserade och {st['Pågår']} under pågående förberedelse, "
            f"medan {st['Planerad']} ännu inte har påbörjats", [0], "A status sentence")
    if st["Vilande"] != 1 or [r[1] for _, r in a_rows() if r[5] == "Vilande"] != ["Arbetskläder för vård och omsorg"]:
        errs.append("A: exactly the work clothes must be vilande (p1 sentence)")
    need(A, f"Över {grp(A_KS_LIMIT)} tkr Kommunstyrelsen", [0], "A decision levels")
    need(A, f"Under {grp(A_DIREKT)} tkr Direktupphandling", [0], "A decision levels")
    for g, rs in A_GROUPS:
        need(A, f"{g} {len(rs)} {grp(a_sum(g))} {a_ks(g)}", [2], "A Tabell 2")
    need(A, f"Totalt {len(A_R)} {grp(tot)} {ks}", [2], "A Tabell 2 total")
    skol = idx["U27-11"]["r"][1]
    if skol[4] != (2028, 1):
        errs.append("A: school transport must be advertised in kv 1 2028 (passage)")
    need(A, "annonseras först under första kvartalet 2028", [3], "A passage")
    biggest = max(a_rows(), key=lambda gr: gr[1][2])[1]
    big_once = max((gr for gr in a_rows() if gr[1][3] == "Engångsköp"), key=lambda gr: gr[1][2])[1]
    if big_once[0] != "U27-07" or biggest[0] != "U27-21":
        errs.append("A: the sewage works must be the largest single purchase (p4 text)")
    need(A, f"Av de {A_PLAN_2026[0]} upphandlingar som fanns i planen för 2026 har {A_PLAN_2026[1]} genomförts", [3],
         "A follow-up")
    # (b) ärendebalans
    for x in B_R:
        r = x["r"]
        if pages_of(B, x["item"]) not in ([2], [3]):
            errs.append(f"B: row {r[0]} printed on {pages_of(B, x['item'])}")
        if parse_date(b_datestr(r)) != b_date(r).isoformat():
            errs.append(f"B: printed date {b_datestr(r)} does not parse to {b_date(r)}")
        d = b_date(r)
        months = (B_BALANS.year - d.year) * 12 + B_BALANS.month - d.month - (1 if B_BALANS.day < d.day else 0)
        if months != b_age(r) or (months >= 12) != b_old(r) or d > B_BALANS:
            errs.append(f"B: age of {r[0]} inconsistent")
        if r[6] not in B_BODIES or (r[6] == "–") != (r[7] == "Ej remitterad"):
            errs.append(f"B: remiss/status of {r[0]} inconsistent")
    if {r[5] for r in B_ROWS} != {"iso", "txt"}:
        errs.append("B: inkom dates must be written in both formats")
    if count(B, "Diarienr Ärende Inkom Remitterad till Status Ålder (mån)") != 2 or \
            not on(B, f"Bilaga 1. Obesvarade motioner och medborgarförslag per {B_BALANS.isoformat()} (forts.)", [2]):
        errs.append("B: the heading must be printed on p2 and repeated on p3 with (forts.)")
    c_ = b_counts()
    need(B, f"fanns {c_['mot']} obesvarade motioner och {c_['mf']} obesvarade medborgarförslag, sammanlagt "
            f"{c_['tot']} ärenden. Av motionerna är {c_['mot_old']} äldre än ett år och av medborgarförslagen "
            f"{c_['mf_old']}", [0], "B counts")
    if c_["ej_rem"] != 2:
        errs.append("B: the text says two matters are not yet remitted")
    need(B, f"Det äldsta ärendet är ett medborgarförslag som kom in den {b_datestr(c_['oldest'])}", [0], "B oldest")
    if c_["oldest"][1] != "F" or c_["oldest"][7] != "Vilande":
        errs.append("B: the oldest matter must be the vilande citizen proposal (passage)")
    tm = tf = 0
    for body in B_BODIES:
        m, f_, t_ = b_per_body(body)
        tm, tf = tm + m, tf + f_
        need(B, f"{body if body != '–' else 'Ej remitterade'} {m} {f_} {t_}", [0], "B per body")
    if (tm, tf) != (c_["mot"], c_["mf"]):
        errs.append("B: the per-body table does not add up")
    need(B, f"Totalt {c_['mot']} {c_['mf']} {c_['tot']}", [0], "B per body total")
    for a in B_ANSWERED:
        need(B, f"{a[1]} ({a[0]}), {a[3]} av fullmäktige {a[2]}", [2], "B answered")
    # (c) library statistics
    for x in C_V:
        need(C, x["item"], [1], "C visits row")
    for x in C_L:
        need(C, x["item"], [2], "C loans row")
    for table, prev, pg_ in ((C_VISITS, C_VISITS_2025, 1), (C_LOANS, C_LOANS_2025, 2)):
        mt = [c_month_tot(table, m) for m in range(12)]
        if sum(mt) != c_all(table):
            errs.append("C: month totals do not add up")
        need(C, "Totalt " + " ".join(grp(v) for v in mt) + f" {grp(c_all(table))} {grp(sum(prev.values()))} "
             + dec(c_change(table, prev), plus=True), [pg_], "C total row")
        for lib in C_LIBS:
            closed = [m for m in range(12) if table[lib][m] is None]
            if lib in C_CLOSED and not closed or lib not in C_CLOSED and closed:
                errs.append(f"C: closed months of {lib} inconsistent")
    if [m for m in range(12) if C_VISITS["Jularp"][m] is None] != [5, 6, 7]:
        errs.append("C: Jularp must be closed in June–August (passage)")
    mt = [c_month_tot(C_VISITS, m) for m in range(12)]
    mx, mn = max(range(12), key=lambda m: mt[m]), min(range(12), key=lambda m: mt[m])
    need(C, f"Biblioteken i Pråmhult hade {grp(c_all(C_VISITS))} besök under 2026, vilket är "
            f"{dec(c_change(C_VISITS, C_VISITS_2025))} procent fler än 2025, då besöken var "
            f"{grp(sum(C_VISITS_2025.values()))}", [0], "C summary")
    need(C, f"Huvudbiblioteket stod för {grp(c_tot(C_VISITS, 'Huvudbiblioteket'))} av besöken. Flest besök hade "
            f"{MONTH_NAMES[mx]} med {grp(mt[mx])}, och färst hade {MONTH_NAMES[mn]} med {grp(mt[mn])}", [0],
         "C summary")
    need(C, f"Utlånen av fysiska medier minskade med {dec(-c_change(C_LOANS, C_LOANS_2025))} procent till "
            f"{grp(c_all(C_LOANS))} lån ({grp(sum(C_LOANS_2025.values()))} lån 2025)", [0], "C loans")
    up = [l for l in C_LIBS if c_tot(C_LOANS, l) > C_LOANS_2025[l]]
    if up != ["Idevik", "Calmby", "Vretby", "Bokbussen"] or \
            min(C_LIBS, key=lambda l: c_tot(C_LOANS, l) - C_LOANS_2025[l]) != "Huvudbiblioteket":
        errs.append(f"C: loans rose in {up}; the text names Idevik, Calmby, Vretby and the book bus")
    inc = c_tot(C_VISITS, "Huvudbiblioteket") - C_VISITS_2025["Huvudbiblioteket"]
    best = max(C_LIBS, key=lambda l: c_change(C_VISITS, C_VISITS_2025, l))
    if not 3500 <= inc < 3600 or best != "Wiksjö":
        errs.append("C: 'nästan 3 600' more visits and Wiksjö's largest increase must hold")
    for lib in C_LIBS:
        if c_max_month(C_VISITS, lib) not in range(12):
            errs.append("C: max month")
    # (d) public health
    for x in D_R:
        a, i = x["r"]
        if pages_of(D, x["item"]) not in ([2], [3]):
            errs.append(f"D: indicator {i[0]!r} printed on {pages_of(D, x['item'])}")
        for y in D_YEARS:
            k, m, t_, _, _ = i[2][y]
            if k is not None and not min(k, m) <= t_ <= max(k, m):
                errs.append(f"D: total of {i[0]!r} {y} not between women and men")
        ch = r1(i[2][2025][2] - i[2][2021][2])
        if ch != d_change(i) or (abs(ch) >= D_TREND_LIMIT) == (d_trend(i) == "→"):
            errs.append(f"D: trend of {i[0]!r} inconsistent")
    if not on(D, "Tabell 1. Folkhälsoindikatorer för Jorsvik, länet och riket 2021–2025 (forts.)", [2]) or \
            count(D, "Länet Riket Trend Tolkning") != 2:
        errs.append("D: the table must continue on p3 with the caption (forts.) and the heading repeated")
    better, worse, same = d_counts()
    need(D, f"Av de {len(D_R)} indikatorerna har {better} förbättrats, {worse} försämrats och {same} är i stort sett "
            "oförändrade mellan 2021 och 2025", [0], "D counts")
    n_r = sum(1 for _, i in d_indicators() if d_better_than_riket(i))
    need(D, f"Jorsvik ligger bättre till än riket för {dict([(4, 'fyra')]).get(n_r, str(n_r))} av de tolv "
            "indikatorerna 2025", [0], "D riket")
    w = [(a, i[0]) for a, i in d_indicators() if d_verdict(i) == "försämrad"]
    if sorted(a for a, _ in w) != ["1 Levnadsvanor", "2 Psykisk hälsa", "2 Psykisk hälsa"] or \
            not any("fetma" in n_ for _, n_ in w):
        errs.append("D: the worse indicators must be fetma and two psychological ones (p1 sentence)")
    need(D, "Försämringarna gäller fetma och två av indikatorerna för psykisk hälsa", [0], "D")
    for title, _ in D_AREAS:
        if len(pages_of(D, title)) != 1:
            errs.append(f"D: area band {title!r} must be printed once")
    # (e) premises plan
    ps = e_projects()
    for x in E_R:
        if pages_of(E, x["item"]) not in ([2], [3]):
            errs.append(f"E: project row {x['r'][1][0]} printed on {pages_of(E, x['item'])}")
    if [p[0] for _, p in ps] != [f"L{i}" for i in range(1, len(ps) + 1)]:
        errs.append("E: project numbers not consecutive")
    if count(E, "Nr Objekt Behov Åtgärd Yta, m² Investering, mnkr Drift, tkr/år Klart år") != 2 or \
            pages_of(E, E_R[-1]["item"]) != [3] or pages_of(E, E_R[0]["item"]) != [2]:
        errs.append("E: the table must run from p2 to p3 with the heading repeated")
    tot_e, drift = e_inv(), e_drift()
    if abs(tot_e - sum(e_inv(g) for g, _ in E_GROUPS)) > 1e-9:
        errs.append("E: investment sums do not add up")
    need(E, f"Summa {dec(tot_e)} +{grp(drift)}", [2], "E Summa")
    wib = [p for _, p in ps if p[1].startswith("Wiboms skola")][0]
    ready = sum(1 for _, p in ps if p[7] <= 2028)
    need(E, f"Planen omfattar {len(ps)} projekt med sammanlagda investeringar på {dec(tot_e)} mnkr under perioden "
            f"2027–2031, varav {dec(wib[5])} mnkr avser den nya Wiboms skola", [0], "E summary")
    need(E, f"Driftkostnaderna beräknas öka med {dec(drift / 1000)} mnkr per år", [0], "E drift")
    need(E, f"{ {7: 'Sju', 9: 'Nio'}.get(ready, str(ready)) } av projekten ska vara klara senast 2028", [0], "E")
    need(E, f"antalet barn i åldern 1–5 år från {grp(E_BARN[0])} till {grp(E_BARN[1])}", [0], "E population")
    need(E, f"ökar från {grp(E_ALDRE[0])} till {grp(E_ALDRE[1])}", [0], "E population")
    if max(ps, key=lambda gp: gp[1][5] or 0)[1] is not wib:
        errs.append("E: Wiboms skola must be the largest project")
    for it in E_AVVECKLAS:
        need(E, "• " + it, [2], "E avvecklas")
    for name in ("Jungfruhagens förskola", "Jasminens äldreboende"):
        p_ = [p for _, p in ps if p[1] == name][0]
        if p_[5] is not None or p_[6] >= 0 or not any(it.startswith(f"{name}, {grp(p_[4])} m², {p_[7]}")
                                                      for it in E_AVVECKLAS):
            errs.append(f"E: {name} must be closed without investment, as listed on p3")
    need(E, "En renovering beräknades kosta 285 mnkr", [2], "E passage")
    # (f) förskolan Valnöten
    if F_DECIDED != tuple(r1(a + b) for a, b in zip(F_PROPOSAL, F_SOLAR)) or \
            r1(F_PROPOSAL[1] + F_PROPOSAL[2]) != F_PROPOSAL[0] or r1(F_DECIDED[1] + F_DECIDED[2]) != F_DECIDED[0]:
        errs.append("F: the decided amounts must equal the proposal plus the solar panels, split over two years")
    if f_kalkyl_sum() != round(F_PROPOSAL[0] * 1000):
        errs.append("F: the investment calculation must add up to the proposal")
    scan = f_scan_text()
    for s in (f"en total investeringsutgift om {dec(F_PROPOSAL[0])} mnkr",
              f"investeringsutgiften därför ska höjas med {dec(F_SOLAR[0])} mnkr",
              f"total investeringsutgift om {dec(F_DECIDED[0])} mnkr, inklusive solcellsanläggning",
              f"fördelas med {dec(F_DECIDED[1])} mnkr år 2026 och {dec(F_DECIDED[2])} mnkr år 2027",
              f"den ökade hyran, {grp(F_HYRA)} tkr per år"):
        if norm(s) not in norm(scan):
            errs.append(f"F: scanned text lacks {s!r}")
    need(F, f"Förvaltningen beräknar den totala investeringsutgiften till {dec(F_PROPOSAL[0])} mnkr, varav "
            f"{dec(F_PROPOSAL[1])} mnkr under 2026 och {dec(F_PROPOSAL[2])} mnkr under 2027", [0], "F proposal")
    need(F, f"sju avdelningar och {F_PLATSER} platser", [0], "F")
    for alt in F_ALTERNATIV:
        need(F, alt, [0], "F alternatives")
    for k, v in F_KALKYL:
        need(F, f"{k} {grp(v)}", [2], "F calculation")
    need(F, f"Summa investeringsutgift {grp(f_kalkyl_sum())}", [2], "F calculation sum")
    for x in F_T:
        need(F, x["item"], [2], "F time plan")
        d = parse_date(x["r"][1])
        if d and d != "%04d-%02d-%02d" % x["r"][2]:
            errs.append(f"F: milestone date {x['r'][1]} does not match {x['r'][2]}")
    if [t_[2] for t_ in F_TIDPLAN] != sorted(t_[2] for t_ in F_TIDPLAN):
        errs.append("F: milestones out of order")
    if not re.search(r"2026-05-11", scan) or not re.search(r"§ 112", scan):
        errs.append("F: the scanned extract must be § 112 of 2026-05-11")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; conditional lists {n_cond}; on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
