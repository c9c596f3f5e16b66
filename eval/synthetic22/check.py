"""Checks ../train_syn22.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Ödsvik document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic20/check.py (the generic part is copied from there).

* format: 64 questions t22001..t22064, key order, types 26 figure / 16 list / 6 passage / 16 none,
  16 in English (at least 4 of them lists and at least 6 figures), at least 12 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD, read from "2027-04-13" or "1 september
  2027"; a year from "maj 2028");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (d) and (e), metadata titles exactly in (a), (c),
  (e), landscape pages exactly pp. 2-3 of (a) and p. 3 of (d), page 2 of (f) an image without text, no names of
  earlier synthetic municipalities or places (FORBIDDEN), no real municipality or region name (REAL) among our
  own names or as a word in the PDFs, our own names (OWN) and persons all start with F, H, L, N, S or Ö and none
  of OWN occurs in the READMEs of the earlier sets or in ../synthetic18/check.py and ../synthetic20/check.py;
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
from common22 import grp, dec  # noqa: E402
from data import (A_GROUPS, A_YEARS, A_BREAK_AFTER, A_SKATT, A_FINANSFORV, A_FINANSNETTO, a_rows, a_sum,  # noqa
                  a_result,
                  B_TAK, B_FSK, B_FRI, B_REDUCTION, B_EXEMPEL, B_RULES, b_cap, b_fee, b_reduced, b_example,
                  C_GOALS, C_STATUS, c_actions, c_counts, c_total, monthyear,
                  D_AREAS, D_Q, D_ALL, D_RESP, D_SAMPLE, D_ATGARDER, d_val, d_kommun, d_index, d_rate, d_resp,
                  E_KEY, E_YEARS, E_PROJ, E_NEW_2026, e_key, e_rr, e_rr_row,
                  F_PLOTS, F_OTHER, F_VILLKOR, F_EXPL, F_TILLTRADE, F_HANDPENNING_PCT, F_HANDPENNING_DAG,
                  F_PARAGRAF, F_DATUM, f_price, f_total, f_area, f_handpenning, f_scan_text, dmy,
                  MONTHS as MONTH_NAMES, r1)

QFILE = HERE.parent / "train_syn22.jsonl"
N_Q = 64
BASE = 22000
WANT_TYPES = {"figure": 26, "list": 16, "passage": 6, "none": 16}
WANT_EN = 16
MIN_EN_LISTS = 4
MIN_EN_FIGS = 6
MIN_COND = 12
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "fallinge-driftbudget-2027-plan-2028-2029.pdf"
B = "helmsjo-avgifter-forskola-fritidshem-2027.pdf"
C = "lunnevik-handlingsplan-tillganglighet-2027-2028.pdf"
D = "nordinge-trygghetsmatning-2027.pdf"
E = "stavsundahem-arsredovisning-2026.pdf"
F = "odsvik-forsaljning-mark-norrheden-2027.pdf"
PLACE = {A: "Fällinge", B: "Helmsjö", C: "Lunnevik", D: "Nordinge", E: "Stavsunda", F: "Ödsvik"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {A, D, E}   # documents that print negative numbers with "−"
LANDSCAPE = {A: [2, 3], D: [3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "FHLNSÖ"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic20/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic19/check.py (its FORBIDDEN list equals the one of ../synthetic20; its OWN list is added below)
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
             "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder",
             # ../synthetic20 (its OWN list)
             "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby",
             "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön",
             "Ivringeån", "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken",
             "Jungfruhagen", "Clarabergsskolan", "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen",
             "Carlsvallen", "Pelarsalen", "Valnöten", "Jakobsdal", "Westergrens Bygg",
             # ../synthetic19 (its OWN list)
             "Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik", "Ravelsmossen", "Ulvsta",
             "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad", "Ekhöjden",
             "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka",
             "Almgården", "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad"]
# real Swedish municipalities and regions beginning with F, H, L, N, S or Ö: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Fagersta", "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
        "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
        "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå",
        "Halland", "Norrbotten", "Skåne", "Sörmland", "Östergötland"]
# our own invented names (municipalities first, then places, buildings, projects, companies); later sets should
# add them to their FORBIDDEN lists
OWN = ["Fällinge", "Helmsjö", "Lunnevik", "Nordinge", "Stavsunda", "Ödsvik",
       "Lyngbacka", "Hästhagen", "Sjöhallen", "Flinkeby", "Nyvångs bibliotek",
       "Fågelsta", "Hedvigsdal", "Liljedal", "Solhöjden", "Östergläntan",
       "Stavsundahem", "Hamnstaden", "Lindbacka", "Norrlyckan", "Sandåker", "Snöbacka", "Fiskmåsen", "Hallonbacken",
       "Nyängen", "Sjölyckan", "Fältsparven", "Smedjegården", "Sörbyängen",
       "Norrheden", "Hellgrens Logistik"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Frida Hallberg", "Hanna Sjöberg", "Sara Lindholm", "Fredrik Öhman", "Henrik Nyström", "Linnea Sahlin"]
# earlier sets: README.md of each (and check.py of the two training sets we were allowed to read). ../synthetic21
# is written at the same time and is not opened.
TRAINING = ["synthetic18", "synthetic20"]
HELDOUT = ["synthetic", "synthetic2", "synthetic3", "synthetic4", "synthetic5", "synthetic6", "synthetic7",
           "synthetic8", "synthetic9", "synthetic10", "synthetic11", "synthetic12", "synthetic13", "synthetic14",
           "synthetic15", "synthetic16", "synthetic17", "synthetic19"]   # README.md only


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def m_(x):
    return "–" if x == 0 else dec(x)


def sgn(x):
    return ("+" + dec(x)) if x > 0 else dec(x)


A_R = [dict(r=(g, v, s), item=f"{v} " + " ".join(m_(s[y][c]) for y in range(3) for c in range(3)))
       for g, v, s in a_rows()]
B_R = [dict(r=i, item=f"{grp(i)} " + " ".join(grp(v) for v in b_example(i))) for i in B_EXEMPEL]
C_R = [dict(r=(gn, a), item=f"{a[0]} {a[1]} {a[2]} {monthyear(a[3])} {'–' if a[4] is None else grp(a[4])} {a[5]}")
       for gn, _, a in c_actions()]
D_T2 = [dict(r=a, item=f"{a} {grp(d_resp(a))} {dec(d_rate(a))} {dec(d_index(a, 0))} {dec(d_index(a, 1))} "
                       f"{sgn(r1(d_index(a, 1) - d_index(a, 0)))}") for a in D_AREAS]
AREAS_ALL = D_AREAS + [D_ALL]
D_T1 = [dict(r=qi, item=f"{D_Q[qi][0]} " + " ".join(str(d_val(qi, a, k)) for a in AREAS_ALL for k in range(2)))
        for qi in range(len(D_Q))]
E_R = [dict(r=p, item=f"{p[0]} {p[1]} {p[2]} {p[3]} {monthyear(p[4])} {p[5]}") for p in E_PROJ]
F_O = [dict(r=o, item=f"{o[0]} {grp(o[1])} {o[2]}") for o in F_OTHER]


def d_better(qi):
    k25, k27 = d_kommun(qi, 0), d_kommun(qi, 1)
    return k27 > k25 if D_Q[qi][1] == "+" else k27 < k25


# qid -> (rows, predicate on the raw row)
COND = {
    "t22006": (A_R, lambda r: r[0] == "Socialnämnden"),                          # group split over p2-p3
    "t22007": (A_R, lambda r: r[2][0][0] > 20),                                  # income 2027 over 20 mnkr
    "t22008": (A_R, lambda r: -r[2][2][2] > 100),                                # net cost 2029 over 100 mnkr
    "t22017": (B_R, lambda i: b_example(i)[0] < 1000),                           # förskola barn 1 under 1 000 kr
    "t22018": (B_R, lambda i: b_example(i)[2] > 1000),                           # fritidshem barn 1 over 1 000 kr
    "t22027": (C_R, lambda ga: ga[1][2] == "HR-avdelningen"),                    # responsible body
    "t22028": (C_R, lambda ga: ga[1][3] <= (2027, 6)),                           # deadline by June 2027
    "t22029": (C_R, lambda ga: ga[1][5] == "○"),                                 # status symbol
    "t22039": (D_T2, lambda a: d_index(a, 1) < d_index(a, 0)),                   # index fell
    "t22040": (D_T1, d_better),                                                  # improved, direction-aware
    "t22050": (E_R, lambda p: p[6][0] == 2027),                                  # move-in during 2027
    "t22051": (E_R, lambda p: p[2] > 50),                                        # more than 50 flats
    "t22052": (E_R, lambda p: p[4][0] == 2026),                                  # construction start 2026
    "t22061": (F_O, lambda o: o[2] == "Ledig"),                                  # plots still available
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t22041": D_ATGARDER,
    "t22060": F_VILLKOR,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t22010": (A, [r"[Ii]nvestering"]),
    "t22011": (A, [r"[Bb]udget 2026", r"\b2026\b(?![-/])[^.]{0,40}mnkr", r"[Uu]tfall", r"[Ff]örra året"]),
    "t22012": (A, [r"[Ss]kattesats", r"[Uu]tdebitering", r"skattekrona", r"\d+,\d+ kronor per"]),
    "t22020": (B, [r"[Oo]bekväm", r"[Nn]attis", r"[Nn]attomsorg", r"[Kk]vällsomsorg", r"[Oo]msorg på"]),
    "t22021": (B, [r"\d+ barn (?:går|är inskrivna|har plats)", r"[Ii]nskrivna", r"[Aa]ntal(?:et)? barn"]),
    "t22022": (B, [r"[Aa]vgift\w* (?:för|under|år) 2026", r"2026 (?:var|betalade)", r"jämfört med 2026",
                   r"[Ii]nkomsttaket (?:för|år) 2026"]),
    "t22031": (C, [r"2029[^.]{0,60}(?:tkr|mnkr|kronor)", r"(?:tkr|mnkr|kronor)[^.]{0,40}2029"]),
    "t22032": (C, [r"[Ll]edamöter", r"\d+ (?:ledamöter|representanter|föreningar)", r"[Rr]ådet består"]),
    "t22033": (C, [r"\d+ (?:personer|invånare) med funktionsnedsättning", r"procent av (?:befolkningen|invånarna)",
                   r"[Aa]ndel(?:en)? (?:invånare|personer) med"]),
    "t22043": (D, [r"[Aa]nmäld", r"[Pp]olisanmäl", r"\d+ brott"]),
    "t22044": (D, [r"[Kk]vinn", r"\b[Mm]än\b", r"[Ff]lick", r"[Pp]ojk"]),
    "t22045": (D, [r"2023"]),
    "t22054": (E, [r"[Aa]nställda", r"\d+ medarbetare", r"[Åå]rsarbet", r"[Pp]ersonal"]),
    "t22055": (E, [r"[Mm]arknadsvärde", r"[Vv]erkligt värde", r"[Ff]astigheternas värde", r"[Vv]ärdering"]),
    "t22063": (F, [r"[Vv]otering", r"[Oo]mröstning", r"\d+ röster", r"röstade", r"ja-röster"]),
    "t22064": (F, [r"[Oo]msättning", r"[Oo]msätter"]),
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


    # (a) Fällinge driftbudget
    for x in A_R:
        g, v, s = x["r"]
        pg_ = pages_of(A, x["item"])
        if pg_ not in ([2], [3]):
            errs.append(f"A: row {v} printed on {pg_}")
        for y in range(3):
            if r1(s[y][0] + s[y][1]) != s[y][2] or s[y][1] >= 0:
                errs.append(f"A: netto of {v} {A_YEARS[y]} is not intäkter + kostnader")
    br = [x for x in A_R if x["r"][1] == A_BREAK_AFTER][0]
    nxt_ = A_R[A_R.index(br) + 1]
    if pages_of(A, br["item"]) != [2] or pages_of(A, nxt_["item"]) != [3] or br["r"][0] != nxt_["r"][0]:
        errs.append("A: the table must break inside one nämnd between p2 and p3")
    if count(A, A_YEARS[0] + " " + A_YEARS[1] + " " + A_YEARS[2] + " Intäkter Kostnader Netto") != 2 or \
            count(A, "Beslutad budget Ekonomisk plan") != 2:
        errs.append("A: the three-level heading must be printed on p2 and repeated on p3")
    need(A, "Tabell 1. Driftbudget per nämnd och verksamhet, mnkr (forts.)", [2], "A caption (forts.)")
    need(A, f"{br['r'][0]} (forts.)", [2], "A group row (forts.)")
    tot = a_sum()
    for g, rs in A_GROUPS:
        sm = a_sum(g)
        need(A, f"Summa {g[0].lower() + g[1:]} " + " ".join(m_(sm[y][c]) for y in range(3) for c in range(3)),
             [1, 2], "A subtotal")
    for y in range(3):
        for c in range(3):
            if abs(tot[y][c] - sum(a_sum(g)[y][c] for g, _ in A_GROUPS)) > 0.05:
                errs.append("A: the total is not the sum of the nämnder")
    need(A, "Totalt nämnderna " + " ".join(m_(tot[y][c]) for y in range(3) for c in range(3)), [2], "A total")
    inc = r1(tot[2][2] - tot[0][2])
    need(A, f"Nämndernas nettokostnader budgeteras till {dec(-tot[0][2])} mnkr för 2027", [0], "A summary")
    need(A, f"{dec(-tot[1][2])} mnkr 2028 och {dec(-tot[2][2])} mnkr 2029, vilket är en ökning med {dec(-inc)} mnkr "
            f"eller {dec(-inc / -tot[0][2] * 100)} procent", [0], "A summary")
    biggest = max((g for g, _ in A_GROUPS), key=lambda g: -a_sum(g)[0][2])
    fastest = max((g for g, _ in A_GROUPS), key=lambda g: a_sum(g)[2][2] / a_sum(g)[0][2])
    if biggest != "Barn- och utbildningsnämnden" or fastest != "Socialnämnden":
        errs.append(f"A: p1 says BUN is largest ({biggest}) and SN grows fastest ({fastest})")
    need(A, f"nettokostnad på {dec(-a_sum('Barn- och utbildningsnämnden')[0][2])} mnkr", [0], "A BUN")
    need(A, f"Socialnämndens nettokostnad är {dec(-a_sum('Socialnämnden')[0][2])} mnkr", [0], "A SN")
    for y in range(3):
        res = r1(A_SKATT[y] + tot[y][2] + A_FINANSFORV[y] + A_FINANSNETTO[y])
        if res != a_result(y):
            errs.append("A: result does not add up")
    need(A, "Årets resultat " + " ".join(dec(a_result(y)) for y in range(3)), [3], "A result row")
    need(A, "Nämndernas nettokostnader " + " ".join(dec(tot[y][2]) for y in range(3)), [3], "A financing")
    need(A, f"resultat på {dec(a_result(0))} mnkr 2027, motsvarande {dec(a_result(0) / A_SKATT[0] * 100)} procent",
         [0], "A result sentence")
    if not (a_result(0) / A_SKATT[0] >= 0.02 and all(a_result(y) / A_SKATT[y] < 0.02 for y in (1, 2))):
        errs.append("A: p4 says the result is below 2,0 % only in 2028 and 2029")
    rows_ = {v: s for _, v, s in a_rows()}
    if not (rows_["Förskola"][2][1] > rows_["Förskola"][0][1] and
            rows_["Gymnasieskola"][2][1] < rows_["Gymnasieskola"][0][1]):
        errs.append("A: förskola costs must fall and gymnasieskola costs rise (p4 passage)")
    for v, lo, hi in (("Äldreomsorg", 1.04, 1.05), ("Kollektivtrafik", 1.055, 1.065)):
        g_ = rows_[v][1][1] / rows_[v][0][1]
        if not lo <= g_ <= hi:
            errs.append(f"A: the growth of {v} disagrees with p4 text ({g_:.3f})")
    for v in ("Ekonomiskt bistånd", "Föreningsbidrag"):
        if not (rows_[v][0][0] == 0 and rows_[v][0][1] == rows_[v][1][1] == rows_[v][2][1]):
            errs.append(f"A: {v} must have no income and the same cost all years (note)")
    if rows_["Fastighetsförvaltning"][0][2] <= 0:
        errs.append("A: Fastighetsförvaltning must have a positive netto (note)")
    # (b) Helmsjö maxtaxa
    for rows, lab in ((B_FSK, "Tabell 1"), (B_FRI, "Tabell 2")):
        for i, (b, p) in enumerate(rows):
            need(B, f"{b}{' (yngsta barnet)' if i == 0 else ''} {p} % {grp(b_cap(p))}", [0], f"B {lab}")
        need(B, "Barn 4 och fler Ingen avgift 0", [0], f"B {lab}")
    if count(B, "Barn 4 och fler Ingen avgift 0") != 2:
        errs.append("B: both fee tables need the row for the fourth child")
    need(B, f"Inkomsttaket för 2027 är {grp(B_TAK)} kronor i månaden", [0], "B ceiling")
    need(B, f"sätts avgiften därför ned med {B_REDUCTION} procent", [0], "B reduction")
    for b, p in B_FSK:
        red = b_reduced(p)
        if not (b_cap(p) * (100 - B_REDUCTION) / 100 - 1 < red <= b_cap(p) * (100 - B_REDUCTION) / 100):
            errs.append("B: reduced fee wrong")
        need(B, f"{b} {grp(b_cap(p))} {grp(red)}", [1], "B Tabell 3")
    for x in B_R:
        need(B, x["item"], [1], "B example row")
        i = x["r"]
        if b_example(i) != [min(round(i * p / 100), round(B_TAK * p / 100)) for p in (3, 2, 2, 1)]:
            errs.append(f"B: example {i} wrong")
    if not any(i > B_TAK for i in B_EXEMPEL) or any(b_example(i)[0] != b_cap(3) for i in B_EXEMPEL if i > B_TAK):
        errs.append("B: incomes above the ceiling must pay the cap")
    need(B, f"Vid inkomster över {grp(B_TAK)} kronor i månaden betalar hushållet högsta avgift", [1], "B note")
    for k, rule in enumerate(B_RULES, 1):
        need(B, f"{k}. {rule}", [1], "B rule")
    need(B, "Om inkomstuppgift saknas tas högsta avgift ut", [1], "B passage")
    # (c) Lunnevik handlingsplan
    acts = c_actions()
    for x in C_R:
        gn = x["r"][0]
        want = [2] if gn in ("1", "2", "3") else [3]
        if pages_of(C, x["item"]) != want:
            errs.append(f"C: action {x['r'][1][0]} printed on {pages_of(C, x['item'])}, expected {want}")
    for gn, title, rows in C_GOALS:
        if [a[0] for a in rows] != [f"{gn}.{k}" for k in range(1, len(rows) + 1)]:
            errs.append(f"C: action numbers under goal {gn} not consecutive")
        need(C, f"Mål {gn}. {title}", [1, 2], "C goal band")
        need(C, f"{gn}. {title}.", [0], "C goal list")
    if count(C, "Nr Åtgärd Ansvarig Klart Kostnad tkr Status") != 2:
        errs.append("C: the heading must be printed on p2 and repeated on p3")
    need(C, "Tabell 1. Mål och åtgärder med ansvar, tidplan och status (forts.)", [2], "C caption (forts.)")
    cnt = c_counts()
    need(C, f"Av planens {len(acts)} åtgärder är {cnt['●']} genomförda, {cnt['◐']} påbörjade och {cnt['○']} ännu "
            "inte påbörjade", [0], "C counts")
    need(C, f"Den beräknade kostnaden för hela planen är {grp(c_total())} tkr", [0], "C total")
    need(C, f"Summa, {len(acts)} åtgärder {grp(c_total())}", [2], "C Summa")
    hiss = [a for _, _, a in acts if a[0] == "1.2"][0]
    if not (1 / 3 < hiss[4] / c_total() < 0.4) or hiss[5] != "○" or hiss[3] != (2028, 6):
        errs.append("C: the lift must be 'drygt en tredjedel' of the cost, not started, due juni 2028 (p1, p4)")
    need(C, "fortfarande kan vara klara i juni 2028", [3], "C passage")
    lb = [a for _, _, a in acts if a[0] == "4.1"][0]
    if lb[5] != "◐" or "tio" not in lb[1]:
        errs.append("C: 4.1 must be started and about ten positions (p4)")
    for sym, word in C_STATUS.items():
        need(C, f"{sym} {word}", [0], "C legend")
    # (d) Nordinge trygghetsmätning
    for x in D_T1:
        need(D, x["item"], [2], "D Tabell 1 row")
    for x in D_T2:
        need(D, x["item"], [1], "D Tabell 2 row")
    a = D_ALL
    need(D, f"{a} {grp(d_resp(a))} {dec(d_rate(a))} {dec(d_index(a, 0))} {dec(d_index(a, 1))} "
            f"{sgn(r1(d_index(a, 1) - d_index(a, 0)))}", [1], "D Tabell 2 total")
    for a in AREAS_ALL:
        need(D, f"{a} {dec(d_index(a, 0))} {dec(d_index(a, 1))}", [1], "D bar chart labels")
    for qi in range(len(D_Q)):
        for k in range(2):
            tot_ = sum(D_RESP[a][k] for a in D_AREAS)
            exact = sum(D_Q[qi][2][a][k] * D_RESP[a][k] for a in D_AREAS) / tot_
            if abs(exact - d_kommun(qi, k)) > 0.5:
                errs.append("D: kommun value is not the weighted mean")
    ch = {a: r1(d_index(a, 1) - d_index(a, 0)) for a in D_AREAS}
    up, down = max(D_AREAS, key=ch.get), min(D_AREAS, key=ch.get)
    top = max(D_AREAS, key=lambda a: d_index(a, 1))
    fell = [a for a in D_AREAS if ch[a] < 0]
    if (up, down, top) != ("Liljedal", "Östergläntan", "Solhöjden") or sorted(fell) != ["Hedvigsdal", "Östergläntan"]:
        errs.append("D: p1 names Liljedal (largest rise), Östergläntan (largest fall), Hedvigsdal, Solhöjden")
    need(D, f"Totalt besvarade {grp(d_resp(D_ALL))} personer enkäten 2027, jämfört med {grp(d_resp(D_ALL, 0))}",
         [0], "D respondents")
    need(D, f"Svarsfrekvensen blev {dec(d_rate(D_ALL))} procent", [0], "D rate")
    need(D, f"{grp(sum(D_SAMPLE.values()))} personer, fördelade på sex stadsdelar", [0], "D sample")
    need(D, f"från {dec(d_index(D_ALL, 0))} till {dec(d_index(D_ALL, 1))}", [0], "D kommun index")
    need(D, f"Störst förbättring har Liljedal, där index steg från {dec(d_index('Liljedal', 0))} till "
            f"{dec(d_index('Liljedal', 1))}. I Östergläntan sjönk index från {dec(d_index('Östergläntan', 0))} till "
            f"{dec(d_index('Östergläntan', 1))}", [0], "D sentence")
    need(D, f"känner sig {d_val(0, D_ALL, 1)} procent trygga", [0], "D safe share")
    need(D, f"mot {d_val(0, D_ALL, 0)} procent 2025", [0], "D safe share")
    need(D, f"minskat från {d_val(4, 'Liljedal', 0)} till {d_val(4, 'Liljedal', 1)} procent", [0], "D lighting")
    need(D, f"ökat från {d_val(5, 'Östergläntan', 0)} till {d_val(5, 'Östergläntan', 1)} procent", [0], "D narcotics")
    for qi, (_, direc, vals) in enumerate(D_Q):
        v25, v27 = vals["Liljedal"]
        if not (v27 > v25 if direc == "+" else v27 < v25):
            errs.append("D: Liljedal must improve on all eight questions (p4)")
    if min(D_AREAS, key=lambda a: D_Q[7][2][a][1]) != "Hedvigsdal":
        errs.append("D: Hedvigsdal must have the lowest trust in the municipality's work (p4)")
    for it in D_ATGARDER:
        need(D, "• " + it, [3], "D measures")
    # (e) Stavsundahem
    for lab, kind, vals in E_KEY:
        if kind is None:
            need(E, lab, [1], "E section row")
            continue
        f_ = grp if kind in "tn" else dec
        need(E, f"{lab} " + " ".join(f_(v) for v in vals), [1], "E key figure row")
    need(E, "Nyckeltal " + " ".join(str(y) for y in E_YEARS), [1], "E heading")
    rr = e_rr()
    for lab, note, v26, v25, st in rr:
        need(E, f"{lab} {note} {grp(v26)} {grp(v25)}".replace("  ", " "), [2], "E income statement row")
    get = lambda lab: e_rr_row(lab)[2:4]  # noqa: E731
    for i, yi in ((0, 4), (1, 3)):
        intakt = get("Nettoomsättning")[i] + get("Övriga rörelseintäkter")[i]
        brutto = intakt + sum(get(l)[i] for l in ("Driftkostnader", "Underhållskostnader",
                                                  "Fastighetsskatt och fastighetsavgift", "Avskrivningar"))
        rores = brutto + get("Central administration")[i]
        efp = rores + get("Finansiella intäkter")[i] + get("Räntekostnader och liknande poster")[i]
        fs = efp + get("Bokslutsdispositioner")[i]
        ar = fs + get("Skatt på årets resultat")[i]
        if (intakt, brutto, rores, efp, fs, ar) != tuple(get(l)[i] for l in (
                "Summa rörelsens intäkter", "Bruttoresultat", "Rörelseresultat", "Resultat efter finansiella poster",
                "Resultat före skatt", "Årets resultat")):
            errs.append("E: the income statement does not add up")
        if rores != e_key("Rörelseresultat, tkr")[yi] or efp != e_key("Resultat efter finansiella poster, tkr")[yi] \
                or get("Nettoomsättning")[i] != e_key("Nettoomsättning, tkr")[yi]:
            errs.append("E: income statement and five-year table disagree")
        rt = r1((efp - get("Räntekostnader och liknande poster")[i]) / -get("Räntekostnader och liknande poster")[i])
        if rt != e_key("Räntetäckningsgrad, ggr")[yi]:
            errs.append(f"E: räntetäckningsgrad {rt} disagrees with the table")
    lgh = e_key("Antal lägenheter")
    if lgh[4] - lgh[3] != E_NEW_2026:
        errs.append("E: 88 new flats must equal the change in the five-year table")
    need(E, f"Under 2026 blev {E_NEW_2026} lägenheter klara för inflyttning", [3], "E new flats")
    need(E, f"hyresgäster i {E_NEW_2026} nya lägenheter", [0], "E VD")
    efp_ = e_key("Resultat efter finansiella poster, tkr")
    need(E, f"Resultatet efter finansiella poster blev {dec(efp_[4] / 1000)} mnkr, jämfört med {dec(efp_[3] / 1000)} "
            "mnkr", [0], "E VD result")
    need(E, f"Vi äger nu {grp(lgh[4])} lägenheter, och uthyrningsgraden var "
            f"{dec(e_key('Uthyrningsgrad, %')[4])} procent", [0], "E VD flats")
    if min(e_key("Soliditet, %")) <= 12:
        errs.append("E: soliditet must stay above 12 % (VD)")
    ranta = e_rr_row("Räntekostnader och liknande poster")
    und = e_rr_row("Underhållskostnader")
    if not (-ranta[2] < -ranta[3] and -und[2] > -und[3]):
        errs.append("E: interest must fall and maintenance rise (p3 text)")
    need(E, f"Räntekostnaderna minskade till {grp(-ranta[2])} tkr", [2], "E interest")
    need(E, f"Underhållskostnaderna var {grp(-und[2])} tkr", [2], "E maintenance")
    for x in E_R:
        need(E, x["item"], [3], "E project row")
    need(E, f"Summa {sum(p[2] for p in E_PROJ)}", [3], "E project sum")
    if len(E_PROJ) != 7:
        errs.append("E: the text says sju projekt")
    ny = [p for p in E_PROJ if p[0].startswith("Nyängen")][0]
    sb = [p for p in E_PROJ if p[0].startswith("Sörbyängen")][0]
    if ny[6][0] != 2027 or ny[6][1] < 9 or sb[5] != "hösten 2029" or sb[4][0] != 2027:
        errs.append("E: Nyängen must open in autumn 2027 and Sörbyängen in autumn 2029 (text)")
    for p in E_PROJ:
        if p[4] >= p[6]:
            errs.append(f"E: {p[0]} moves in before it is built")
    # (f) Ödsvik markförsäljning
    scan = f_scan_text()
    for p in F_PLOTS:
        if f"{p[0]} {grp(p[1])} {p[2]} {grp(f_price(p))}" not in scan:
            errs.append(f"F: scanned table row for {p[0]} wrong")
        o = [o for o in F_OTHER if o[0] == p[0]][0]
        if o[1] != p[1] or o[2] != f"Säljs enligt {F_PARAGRAF}":
            errs.append(f"F: {p[0]} in the plot table must match the decision")
    if f"Summa {grp(f_area())}  {grp(f_total())}" not in scan:
        errs.append("F: scanned Summa row wrong")
    if f_total() != sum(p[1] * p[2] for p in F_PLOTS) or f_handpenning() * 100 != f_total() * F_HANDPENNING_PCT:
        errs.append("F: totals or handpenning do not add up")
    for s in (f"den sammanlagda köpeskillingen är {grp(f_total())} kronor",
              f"handpenning om {grp(f_handpenning())} kronor ska betalas senast den {dmy(F_HANDPENNING_DAG)}",
              f"att tillträdesdag är den {dmy(F_TILLTRADE)}", f"{F_PARAGRAF}", f"Sammanträdesdatum {F_DATUM}"):
        if s not in scan:
            errs.append(f"F: scanned text lacks {s!r}")
    prices = [p[2] for p in F_PLOTS]
    if prices != [185, 185, 160]:
        errs.append("F: only 1:16 got the lower price")
    need(F, f"sammanlagd areal om {grp(f_area())} kvadratmeter", [0], "F area")
    need(F, f"ett pris om 185 kronor per kvadratmeter för samtliga tre tomter, vilket ger en köpeskilling om "
            f"{grp(f_area() * 185)} kronor", [0], "F proposal")
    if f_area() * 185 == f_total():
        errs.append("F: the decision must differ from the proposal")
    if r1(F_EXPL[1] + F_EXPL[2]) != F_EXPL[0]:
        errs.append("F: exploitation costs do not add up")
    need(F, f"uppgick till {dec(F_EXPL[0])} mnkr, varav {dec(F_EXPL[1])} mnkr för vatten och avlopp och "
            f"{dec(F_EXPL[2])} mnkr", [0], "F costs")
    st_ = collections.Counter(o[2].split()[0] for o in F_OTHER)
    if len(F_OTHER) != 9 or st_["Såld"] != 2 or st_["Reserverad"] != 1:
        errs.append("F: p1 says nine plots, two sold and one reserved")
    need(F, "Etapp 1 med nio tomter", [0], "F plots")
    for x in F_O:
        need(F, x["item"], [2], "F plot row")
    for k, v in enumerate(F_VILLKOR, 1):
        need(F, f"{k}. {v}", [2], "F conditions")
    if F_TILLTRADE.year != 2027 or not F_TILLTRADE.month >= 9:
        errs.append("F: p1 says tillträde in autumn 2027")

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
