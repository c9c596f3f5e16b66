"""Checks ../heldout_syn23.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Annersjö document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic22/check.py (the generic part is copied from there).

* format: 48 questions h23001..h23048, key order, types 20 figure / 10 list / 6 passage / 12 none, 12 in
  English (at least 2 of them lists, 6 figures and 3 none), at least 7 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and its evidence phrases must NOT occur in the text layer of any page, nor its figure texts
  as separate tokens (so that only the image answers them);
* figure values agree with their verbatim text (a year from "kv 2 2030" is its last four-digit number);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (f), metadata titles exactly in (a), (c), (d),
  landscape pages exactly pp. 2-3 of (d), page 2 of (f) an image without text, no names of earlier synthetic
  municipalities or places (FORBIDDEN), no real municipality or region name (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with A, E, J, P, R or V and none of OWN occurs in the
  READMEs of the earlier sets or in ../synthetic20/check.py and ../synthetic22/check.py;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (t1, grp, kr2, rhu, quarter,  # noqa: E402
                  A_RR_SPEC, a_rr, a_rr_row, A_NAMND, a_namnd_rows, a_namnd_sum, a_finansforv, a_total,
                  B_AREAS, B_CQ, B_RECS, B_SAMPLE, B_POP, B_INTERVJU, B_AKT, B_COST, b_pct, b_counts,
                  C_HOMES, C_RIKET, C_ROSEN_CLOSED, C_JUVELEN_OPENED, c_total,
                  D_GROUPS, D_YEARS, D_BREAK_AFTER, D_VA_GROUP, d_projects, d_sum, d_va, d_tax,
                  E_FEES, E_PARTS, E_2026_INKL, E_BANDS, E_OTHER_CONN, E_TYPHUS, E_RULES, e_inkl, e_parts, e_fee,
                  e_typhus,
                  F_AGES, F_GENDERS, F_SICK, F_HOURS, F_LONG, F_STAFF, F_WOMEN_2026, F_MEDELALDER, F_TURNOVER,
                  F_MEASURES, f_sick, f_table_rows, f_turnover_total, f_scan_text)

QFILE = HERE.parent / "heldout_syn23.jsonl"
N_Q = 48
PREFIX, BASE = "h", 23000
WANT_TYPES = {"figure": 20, "list": 10, "passage": 6, "none": 12}
WANT_EN = 12
MIN_EN_LISTS = 2
MIN_EN_FIGS = 6
MIN_EN_NONE = 3
MIN_COND = 7
MIN_PER_DOC = 5
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                      "september", "oktober", "november", "december"], 1)}

A = "vessinge-delarsrapport-jan-aug-2026.pdf"
B = "jerlov-granskning-ekonomiskt-bistand-2026.pdf"
C = "ringvalla-kvalitetsrapport-sarskilt-boende-2026.pdf"
D = "eldvik-investeringsplan-2027-2031.pdf"
E = "pimsjo-va-taxa-2027.pdf"
F = "annersjo-personalbokslut-2026.pdf"
PLACE = {A: "Vessinge", B: "Jerlöv", C: "Ringvalla", D: "Eldvik", E: "Pimsjö", F: "Annersjö"}
WITH_TITLE = {A, C, D}
WITH_MINUS = {A, F}   # documents that print negative numbers with "−" in their text layer
LANDSCAPE = {D: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "AEJPRV"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic22/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic21/check.py (read with grep; nothing else of that folder). ../synthetic24 does not exist yet.
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik", "Tjärnholm",
    "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Ormåker", "Siljetuna", "Rödberga",
    "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan",
    "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro", "Korpilund", "Lerviken",
    "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark",
    "Gransmark", "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg",
    "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen", "Rönngården",
    "Lärkvägen", "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta", "Mörtsunda", "Mortsunda",
    "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla", "Tranemala", "Ödeshärad", "Odesharad",
    "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp",
    "Norrvalla", "Sjöbacken", "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten",
    "Ekorrbacken", "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen",
    "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan", "Skatåsen",
    "Rävlyckan", "Skräddarbo", "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
    "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum",
    "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn", "Torgkällaren",
    "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola", "Gärdesvallsskolan",
    "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp", "Pilgrimen", "Myran",
    "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet", "Tistelvallen", "Kärrnäs",
    "Vassbäckabadet", "Vassbäckahallen", "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet",
    "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan", "Arnöhult", "Ejdersund",
    "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen",
    "Tranvattnet", "Jonsgärde", "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen", "Cedersjö",
    "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo",
    "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult", "Yxbacka", "Zandvik",
    "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten", "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo",
    "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs", "Qvarnstad", "Xenby", "Åsmyra",
    "Ärnvik", "Örsjövik", "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan",
    "Åstrandsparken", "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen",
    "Ålkärret", "Örsjöviksbostäder", "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp",
    "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån", "Lillnäs", "Lindgården",
    "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken", "Näktergalen", "Gryttje",
    "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö", "Fridsmåla", "Hallvide", "Sävlunda",
    "Malmvreta", "Trästena", "Vintersjö", "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen", "Torvbo",
    "Stensötaskolan", "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan",
    "Smultronbackens skola", "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder",
    "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby", "Vallgläntan",
    "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön", "Ivringeån", "Idevik", "Wiksjö",
    "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken", "Jungfruhagen", "Clarabergsskolan", "Wiboms skola",
    "Vintergatan", "Jasminen", "Vildrosen", "Carlsvallen", "Pelarsalen", "Valnöten", "Jakobsdal", "Westergrens Bygg",
    "Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik", "Ravelsmossen", "Ulvsta", "Ulvstabadet",
    "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad", "Ekhöjden", "Alvikens badplats",
    "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka", "Almgården", "Alhagen",
    "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad", "Fällinge", "Helmsjö", "Lunnevik", "Nordinge",
    "Stavsunda", "Ödsvik", "Lyngbacka", "Hästhagen", "Sjöhallen", "Flinkeby", "Nyvångs bibliotek", "Fågelsta",
    "Hedvigsdal", "Liljedal", "Solhöjden", "Östergläntan", "Stavsundahem", "Hamnstaden", "Lindbacka", "Norrlyckan",
    "Sandåker", "Snöbacka", "Fiskmåsen", "Hallonbacken", "Nyängen", "Sjölyckan", "Fältsparven", "Smedjegården",
    "Sörbyängen", "Norrheden", "Hellgrens Logistik", "Draggsund", "Getryd", "Tolsvik", "Blidsta", "Kullsta",
    "Bramsnäs", "Getrydsskolan", "Dalhemsskolan", "Tornhagsskolan", "Kyrkbyskolan", "Mellanbyskolan",
    "Bokelundsskolan", "Kompassens friskola", "Tolsviksbadet", "Tolsviks Bostäder", "Bofinken", "Bygdesalen",
    "Dammviks Trä", "Kompetenscentrum Kullsta", "Tallbackas familjecentral", "Blåsippans stödboende", "Bramsvallen",
    "Dalkärrs Skytteförening", "Brattåsens bygdegårdsförening", "Dyrvikens Båtklubb", "Gökhults IK",
    "Tornlyckans scoutkår", "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb"
]
# real Swedish municipalities and regions beginning with A, E, J, P, R or V: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Jokkmokk", "Järfälla", "Jönköping",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö",
        "Jämtland", "Härjedalen", "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland"]
# our own invented names (municipalities first, then places, buildings, projects, homes, companies); later sets
# should add them to their FORBIDDEN lists
OWN = ["Vessinge", "Jerlöv", "Ringvalla", "Eldvik", "Pimsjö", "Annersjö",
       "Ravell Revision",
       "Apelgården", "Aspliden", "Enebacken", "Juvelen", "Poppelgården", "Rosengården", "Vårsolen",
       "Ensjöfältet", "Ravinen", "Alléskolan", "Vallmon", "Rudbo", "Ersbäcken", "Raknäs", "Pelleby", "Rudbovallen",
       "Rävberget", "Jättestensskolan"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Petra Asplund", "Elin Vikström", "Jonas Ahlberg", "Anna Rehn", "Rebecka Alm", "Viktor Engström",
           "Jenny Pålsson"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
# ../synthetic24 is written at the same time and is not opened.
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 23)]
EARLIER_CHECKS = ["synthetic20", "synthetic22"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def z(v):
    return "–" if v == 0 else grp(v)


def kr0(ore):
    return grp(ore // 100)


A_RR = [dict(r=r, item=f"{r[0]} " + " ".join(t1(r[2][k], plus=(k == 4)) for k in range(5))) for r in a_rr()]
A_N = [dict(r=r, item=f"{r[0]} {t1(r[1])} {t1(r[2])} {t1(r[3], plus=True)} {t1(r[4], plus=True)}")
       for r in a_namnd_rows()]
B_Q = [dict(r=c, item=f"{c[0]} {c[1]}") for c in B_CQ]
C_R = [dict(r=h, item=f"{h[0]} {h[1]} {h[2]} {t1(h[3])}{'⁴' if h[0] == 'Rosengården' else ''} {h[4]} "
                      f"{h[5] if h[5] is not None else '–³'} {h[6]}") for h in C_HOMES]
D_R = [dict(r=(g, p), item=f"{p[0]} {p[1]} {quarter(p[2])} {quarter(p[3])} " + " ".join(z(v) for v in p[4])
                           + f" {grp(t)}") for g, p, t in d_projects()]
E_B = [dict(r=b, item=f"{b[0]} {kr0(b[1])}" + (f" + {kr0(b[2])} kr/m²" if b[2] else "") + f" {kr0(e_inkl(b[1]))}"
                      + (f" + {kr0(e_inkl(b[2]))} kr/m²" if b[2] else "")) for b in E_BANDS]
F_T = [dict(r=r, item=f"{r[0]} {grp(r[1])} {t1(r[2])} {t1(r[3])} {t1(r[3] - r[2], plus=True)}") for r in F_TURNOVER]

# qid -> (rows, predicate on the raw row)
COND = {
    "h23005": (A_N, lambda r: r[3] < 0),                                   # nämnder with a deficit
    "h23006": (A_RR, lambda r: r[2][4] > 0),                               # RR lines better than budget
    "h23013": (B_Q, lambda c: c[2] == "Delvis uppfylld"),                  # assessment
    "h23021": (C_R, lambda h: h[5] is not None and h[6] < h[5]),           # satisfaction fell
    "h23022": (C_R, lambda h: h[3] < 950),                                 # occupancy below 95 %
    "h23030": (D_R, lambda gp: gp[0] == "Barn- och utbildningsnämnden"),   # group (committee)
    "h23031": (D_R, lambda gp: gp[1][2][0] == 2028),                       # start year 2028 (quarter dates)
    "h23038": (E_B, lambda b: e_inkl(b[1]) > 20000000),                    # fee incl. VAT over 200 000 kr
    "h23046": (F_T, lambda r: r[3] > 100),                                 # turnover 2026 over 10 %
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h23014": B_RECS,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h23008": (A, [r"[Rr]esultat\w*[^.]{0,80}2027", r"2027[^.]{0,80}[Rr]esultat", r"[Bb]udget 2027",
                   r"[Pp]lan 2027", r"[Pp]rognos 2027"]),
    "h23009": (A, [r"[Ss]kattesats", r"[Uu]tdebitering", r"kronor per hundra", r"skattekrona",
                   r"\d{2},\d{2} (?:kronor|kr)\b"]),
    "h23016": (B, [r"[Ll]edamöter", r"[Ll]edamot", r"[Ee]rsättare", r"\d+ (?:ordinarie|förtroendevalda) "]),
    "h23017": (B, [r"hushåll[^.]{0,80}2025", r"2025[^.]{0,80}hushåll"]),
    "h23024": (C, [r"[Aa]vgift", r"[Hh]yr(?:a|an|or)\b", r"kr/mån", r"\bkronor\b", r"\bkr\b"]),
    "h23025": (C, [r"[Ff]all(?:skad|olyck|risk)", r"\b[Ff]all\b", r"[Ff]allit"]),
    "h23033": (D, [r"[Ss]porthall[^.]{0,120}(?:tkr|mnkr|kronor)", r"(?:tkr|mnkr|kronor)[^.]{0,120}[Ss]porthall"]),
    "h23034": (D, [r"2032"]),
    "h23040": (E, [r"2028"]),
    "h23041": (E, [r"\d[\d  ]* (?:anslutna )?fastigheter", r"anslutna fastigheter", r"[Aa]bonnent",
                   r"[Aa]ntal(?:et)? (?:anslutna|fastigheter)"]),
    "h23047": (F, [r"[Ss]jukl[öo]n", r"[Kk]ostnad\w*[^.]{0,60}sjuk", r"sjuk\w*[^.]{0,60}[Kk]ostnad", r"\bmnkr\b",
                   r"\btkr\b", r"\bkronor\b"]),
    "h23048": (F, [r"2024"]),
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


def parse_year(text):
    ys = re.findall(r"\b(\d{4})\b", text)
    return int(ys[-1]) if ys else None


def parse_date(text):
    """'2026-03-14' or '14 mars 2026' -> 'YYYY-MM-DD'."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
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


def token_in(s, raw):
    """s as a separate token (not part of a longer number) in raw text"""
    return re.search(r"(?<![\d,])" + re.escape(s) + r"(?![\d,]\d)", raw.replace("\u00a0", " ")) is not None


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
            full = norm(x["item"])
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
        scanned = p in SCANNED.get(fn, {})
        if scanned:
            n_scan[t] += 1
            layer_raw = text_layer(fn)
            layer = [norm(x) for x in layer_raw]
            for s in q["evidence"]:
                if any(norm(s) in x for x in layer):
                    E_(f"scanned-page evidence also in the text layer: {s!r}")
            for f in q["figures"]:
                if any(token_in(f["text"], x) for x in layer_raw):
                    E_(f"scanned-page figure text also in the text layer: {f['text']!r}")
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
                elif f["unit"] == "år":
                    if parse_year(f["text"]) != f["value"]:
                        E_(f"year text/value mismatch {f}")
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
    en = collections.Counter(q["type"] for q in qs if q["lang"] == "en")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en["list"] < MIN_EN_LISTS or en["figure"] < MIN_EN_FIGS or en["none"] < MIN_EN_NONE:
        errs.append(f"English questions by type {dict(en)}: need >= {MIN_EN_LISTS} lists, {MIN_EN_FIGS} figures "
                    f"and {MIN_EN_NONE} none")
    if n_cond < MIN_COND:
        errs.append(f"only {n_cond} conditional list questions")
    if not (2 <= n_scan["figure"] <= 3 and n_scan["passage"] == 1):
        errs.append(f"scanned page: {dict(n_scan)} questions, expected 2-3 figure and 1 passage")
    # figure questions on a continuation page (the page after a table break)
    cont = [q["id"] for q in qs if q["type"] == "figure" and q["docs"] == [D] and q["page"] == 3]
    if not cont:
        errs.append("no figure question on the continuation page of the investment table")

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
        if used[fn] < MIN_PER_DOC:
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
        for d in EARLIER:
            for f in (("README.md", "check.py") if d in EARLIER_CHECKS else ("README.md",)):
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

    # (a) Vessinge delårsrapport
    rr = {r[0]: r[2] for r in a_rr()}
    for x in A_RR:
        need(A, x["item"], [1], "A income statement row")
        if x["r"][2][4] != x["r"][2][3] - x["r"][2][2]:
            errs.append(f"A: deviation of {x['r'][0]} is not prognos − budget")
    for lab, parts in (("Verksamhetens nettokostnader", ("Verksamhetens intäkter", "Verksamhetens kostnader",
                                                         "Avskrivningar")),
                       ("Verksamhetens resultat", ("Verksamhetens nettokostnader", "Skatteintäkter",
                                                   "Generella statsbidrag och utjämning")),
                       ("Resultat efter finansiella poster", ("Verksamhetens resultat", "Finansiella intäkter",
                                                              "Finansiella kostnader"))):
        for k in range(5):
            if rr[lab][k] != sum(rr[p_][k] for p_ in parts):
                errs.append(f"A: {lab} does not add up")
    if rr["Periodens resultat"] != rr["Resultat efter finansiella poster"]:
        errs.append("A: periodens resultat must equal the result after financial items")
    for x in A_N:
        need(A, x["item"], [2], "A nämnd row")
        n_, b_, p_, d_, pc_ = x["r"]
        if d_ != b_ - p_ or pc_ != rhu(Fraction(d_ * 1000, b_)):
            errs.append(f"A: deviation of {n_} wrong")
    ns, ff, tot = a_namnd_sum(), a_finansforv(), a_total()
    if ns[0] != sum(x[1] for x in A_NAMND) or ns[1] != sum(x[2] for x in A_NAMND):
        errs.append("A: Summa nämnder does not add up")
    if (ns[0] + ff[0], ns[1] + ff[1]) != (-rr["Verksamhetens nettokostnader"][2],
                                          -rr["Verksamhetens nettokostnader"][3]) or tot[:2] != (ns[0] + ff[0],
                                                                                                 ns[1] + ff[1]):
        errs.append("A: nämnder + finansförvaltning must equal the income statement's nettokostnader")
    if tot[2] != rr["Verksamhetens nettokostnader"][4]:
        errs.append("A: the total deviation disagrees with the income statement")
    need(A, f"Summa nämnder {t1(ns[0])} {t1(ns[1])} {t1(ns[2], plus=True)} {t1(ns[3], plus=True)}", [2], "A sum")
    need(A, f"Finansförvaltning, verksamhetsnära¹ {t1(ff[0])} {t1(ff[1])} {t1(ff[2], plus=True)} –", [2], "A ff")
    need(A, f"Verksamhetens nettokostnad {t1(tot[0])} {t1(tot[1])} {t1(tot[2], plus=True)} {t1(tot[3], plus=True)}",
         [2], "A total")
    per = rr["Periodens resultat"]
    sk, gb = rr["Skatteintäkter"], rr["Generella statsbidrag och utjämning"]
    fi, fk = rr["Finansiella intäkter"], rr["Finansiella kostnader"]
    if ns[2] + ff[2] + sk[4] + gb[4] + fi[4] + fk[4] != per[4]:
        errs.append("A: the deviations of nämnder, finansförvaltning, taxes and finance do not explain the result")
    need(A, f"Periodens resultat uppgår till {t1(per[0])} mnkr, vilket är {t1(per[0] - per[1])} mnkr bättre", [0],
         "A p1 result")
    need(A, f"då resultatet var {t1(per[1])} mnkr. För helåret prognostiseras ett resultat på {t1(per[3])} mnkr, "
            f"vilket är {t1(-per[4])} mnkr lägre än det budgeterade resultatet på {t1(per[2])} mnkr", [0],
         "A p1 forecast")
    need(A, f"underskott på {t1(-ns[2])} mnkr", [0], "A p1 nämnder")
    need(A, f"bli {t1(sk[4] + gb[4])} mnkr högre än budgeterat, och finansnettot ger ett överskott på "
            f"{t1(fi[4] + fk[4])} mnkr", [0], "A p1 taxes/finance")
    need(A, f"negativ avvikelse på {t1(-ff[2])} mnkr", [0], "A p1 ff")
    goal = rhu(Fraction(per[3] * 1000, sk[3] + gb[3]))
    need(A, f"motsvarar {t1(goal)} procent av skatteintäkter", [0], "A p1 goal")
    if goal < 20:
        errs.append("A: p1 says the 2,0 % goal is met")
    vi, vk, nk = rr["Verksamhetens intäkter"], rr["Verksamhetens kostnader"], rr["Verksamhetens nettokostnader"]
    need(A, f"intäkter beräknas bli {t1(vi[4])} mnkr högre", [1], "A p2 comment")
    need(A, f"överstiga budget med {t1(-vk[4])} mnkr", [1], "A p2 comment")
    need(A, f"bli {t1(-nk[3])} mnkr, att jämföra med budgeterade {t1(-nk[2])} mnkr", [1], "A p2 comment")
    need(A, f"prognostiseras till {t1(sk[3])} mnkr, vilket är {t1(sk[4])} mnkr mer", [1], "A p2 comment")
    need(A, f"ge {t1(gb[4])} mnkr mer än budgeterat", [1], "A p2 comment")
    rows_ = a_namnd_rows()
    deficits = [r for r in rows_ if r[3] < 0]
    if len(deficits) != 6 or len(rows_) != 10:
        errs.append("A: p3 says six of ten nämnder have a deficit")
    top3 = [r[0] for r in sorted(deficits, key=lambda r: r[3])[:3]]
    if top3 != ["Vård- och omsorgsnämnden", "Socialnämnden", "Barn- och utbildningsnämnden"]:
        errs.append(f"A: p3 names the three largest deficits in order: {top3}")
    rd = {r[0]: r for r in rows_}
    if not (rd["Kommunstyrelsen"][3] == rd["Samhällsbyggnadsnämnden"][3] > 0):
        errs.append("A: p3 says KS and SBN have the same surplus")
    for nm in ("Vård- och omsorgsnämnden", "Socialnämnden", "Barn- och utbildningsnämnden", "Kommunstyrelsen",
               "Samhällsbyggnadsnämnden", "Valnämnden"):
        need(A, f"{nm} Avvikelse {t1(rd[nm][3], plus=True)} mnkr", [3], "A p4 comment head")
    need(A, f"vård- och omsorgsnämnden med {t1(rd['Vård- och omsorgsnämnden'][3])} mnkr", [2], "A p3 text")
    # (b) Jerlöv granskning
    seq = pdf_pages(B)[2][2] + pdf_pages(B)[2][3]
    pos = []
    for x in B_Q:
        i = seq.find(norm(x["item"]))
        if i < 0:
            errs.append(f"B: control question {x['r'][0]} not printed on p3-p4")
        pos.append(i)
    if pos != sorted(pos):
        errs.append("B: control questions out of order")
    for k, x in enumerate(B_Q):
        end = pos[k + 1] if k + 1 < len(pos) else len(seq)
        seg = seq[pos[k]:end]
        if norm(x["r"][3]) not in seg or norm("Bedömning " + x["r"][2]) not in seg:
            errs.append(f"B: observation or assessment of {x['r'][0]} not in its block")
        for a_ in ("Uppfylld", "Delvis uppfylld", "Ej uppfylld"):
            if a_ != x["r"][2] and norm("Bedömning " + a_) in seg:
                errs.append(f"B: block {x['r'][0]} shows a second assessment")
    for k, area in enumerate(B_AREAS, 1):
        if not [c for c in B_CQ if c[0].startswith(f"{k}.")]:
            errs.append(f"B: area {area} has no questions")
        need(B, f"{k} {area.upper()}", [2, 3], "B area label")
    need(B, "2. Bedömning per kontrollfråga (forts.)", [3], "B heading (forts.)")
    cnt = b_counts()
    word = {3: "tre", 4: "fyra", 10: "tio"}
    need(B, f"Av de {word[len(B_CQ)]} kontrollfrågorna bedömer vi {word[cnt['Uppfylld']]} som uppfyllda, "
            f"{word[cnt['Delvis uppfylld']]} som delvis uppfyllda och {word[cnt['Ej uppfylld']]} som ej uppfyllda",
         [3], "B counts")
    for i, r in enumerate(B_RECS, 1):
        need(B, f"{i}. {r}", [1], "B recommendation")
    for lab, n_ in B_AKT:
        need(B, f"{lab} {n_} {b_pct(n_)}", [3], "B file review row")
        if not 0 < n_ <= B_SAMPLE:
            errs.append("B: file review count out of range")
    need(B, f"I {B_AKT[0][1]} av de {B_SAMPLE} granskade akterna ({b_pct(B_AKT[0][1])} procent)", [3], "B text")
    need(B, f"I {B_AKT[1][1]} akter ({b_pct(B_AKT[1][1])} procent)", [3], "B text")
    need(B, f"i {B_AKT[2][1]} akter ({b_pct(B_AKT[2][1])} procent) saknades en planering", [3], "B text")
    need(B, f"ökade från {t1(B_COST[0])} mnkr år 2024 till {t1(B_COST[1])} mnkr år 2025, en ökning med "
            f"{t1(B_COST[1] - B_COST[0])} mnkr", [1], "B cost")
    need(B, f"Vi har granskat {B_SAMPLE} akter, slumpvis utvalda bland de {B_POP} hushåll", [0], "B sample")
    need(B, f"intervjuat {B_INTERVJU} personer", [0], "B interviews")
    need(B, f"Aktgranskning av {B_SAMPLE} slumpvis utvalda ärenden", [1], "B method")
    need(B, f"Intervjuer med {B_INTERVJU} personer", [1], "B method")
    need(B, "delvis säkerställer en rättssäker och effektiv handläggning", [0], "B verdict")
    if cnt["Uppfylld"] >= len(B_CQ) / 2:
        errs.append("B: the overall verdict 'delvis' needs fewer than half fulfilled")
    # the verdict names three shortcomings: each must be an 'Ej/Delvis' question
    for nr in ("1.1", "1.3", "3.2"):
        if [c for c in B_CQ if c[0] == nr][0][2] == "Uppfylld":
            errs.append(f"B: p1 names {nr} as a shortcoming")
    # (c) Ringvalla särskilt boende
    tot_c = c_total()
    for x in C_R:
        need(C, x["item"], [1], "C home row")
    need(C, f"Ringvalla totalt {tot_c['platser']} {t1(tot_c['bel'])} {tot_c['kont']} {tot_c['nojd'][0]} "
            f"{tot_c['nojd'][1]}", [1], "C total row")
    need(C, f"Riket – – {C_RIKET['kont']} {C_RIKET['nojd'][0]} {C_RIKET['nojd'][1]}", [1], "C riket row")
    if tot_c["platser"] != sum(h[2] for h in C_HOMES):
        errs.append("C: places do not add up")
    need(C, f"kommunens sju särskilda boenden för äldre", [0], "C count")
    if len(C_HOMES) != 7:
        errs.append("C: p1 says sju boenden")
    need(C, f"Tillsammans har boendena {tot_c['platser']} platser", [0], "C places")
    need(C, f"Andel nöjda: {tot_c['nojd'][1]} procent (2025: {tot_c['nojd'][0]} procent). Riket: "
            f"{C_RIKET['nojd'][1]} procent", [0], "C p1 satisfaction")
    need(C, f"i genomsnitt {tot_c['kont']} olika personal på 14 dagar. Riket: {C_RIKET['kont']}", [0],
         "C p1 continuity")
    need(C, f"Beläggning: {t1(tot_c['bel'])} procent i genomsnitt", [0], "C p1 occupancy")
    best = max(C_HOMES, key=lambda h: h[6])
    lowk = min(C_HOMES, key=lambda h: h[4])
    if best[0] != "Enebacken" or lowk[0] != "Enebacken":
        errs.append("C: p1 says Enebacken has the highest satisfaction and the best continuity")
    need(C, f"Enebacken med {best[6]} procent", [0], "C p1 Enebacken")
    need(C, f"personalkontinuitet ({lowk[4]} personal)", [0], "C p1 Enebacken")
    h = {x[0]: x for x in C_HOMES}
    if not (h["Apelgården"][6] > h["Apelgården"][5] and h["Aspliden"][6] < h["Aspliden"][5]
            and h["Vårsolen"][6] > h["Vårsolen"][5] and h["Poppelgården"][6] > h["Poppelgården"][5]):
        errs.append("C: p3 comments on the direction of satisfaction disagree with Tabell 1")
    if max(C_HOMES, key=lambda x: x[2])[0] != "Aspliden" or min(C_HOMES, key=lambda x: x[2])[0] != "Enebacken":
        errs.append("C: p3 says Aspliden is the largest and Enebacken the smallest home")
    if h["Juvelen"][5] is not None or min(C_HOMES, key=lambda x: x[3])[0] != "Rosengården":
        errs.append("C: Juvelen has no 2025 survey and Rosengården the lowest occupancy")
    need(C, f"var {C_ROSEN_CLOSED} av Rosengårdens platser stängda", [1], "C footnote")
    need(C, f"eftersom {C_ROSEN_CLOSED} platser var stängda", [2], "C comment")
    need(C, f"Juvelen öppnade i {C_JUVELEN_OPENED}", [1], "C footnote")
    need(C, f"Andel nöjda 2026 i nivå med eller över riket ({C_RIKET['nojd'][1]} procent)", [1], "C legend")
    # (d) Eldvik investeringsplan
    rows_d = d_projects()
    brk = [i for i, (_, p_, _) in enumerate(rows_d) if p_[0] == D_BREAK_AFTER][0]
    for i, x in enumerate(D_R):
        want = [2] if i <= brk else [3]
        if pages_of(D, x["item"]) != want:
            errs.append(f"D: project {x['r'][1][0]} printed on {pages_of(D, x['item'])}, expected {want}")
        g_, p_ = x["r"]
        yrs = [D_YEARS[k] for k, v in enumerate(p_[4]) if v]
        if yrs and (min(yrs) < p_[2][0] or max(yrs) > p_[3][0]) or p_[2] > p_[3]:
            errs.append(f"D: {p_[0]} spends money outside its start–klart years")
        if not p_[0].startswith(f"E-{[g for g, _ in D_GROUPS].index(g_) + 1}"):
            errs.append(f"D: project number {p_[0]} does not match its nämnd (note under the table)")
    if rows_d[brk][0] != rows_d[brk + 1][0] or rows_d[brk][0] != D_VA_GROUP:
        errs.append("D: the table must break inside the VA group")
    need(D, "Tabell 2. Investeringsprojekt per nämnd 2027–2031 (forts.)", [2], "D caption (forts.)")
    need(D, f"{D_VA_GROUP} (forts.)", [2], "D tab (forts.)")
    if count(D, "Nr Projekt Start Klart 2027 2028 2029 2030 2031 Summa 2027–2031") != 2:
        errs.append("D: the heading must be printed on p2 and repeated on p3")
    need(D, "Tabellen fortsätter på nästa sida", [1], "D break note")
    tot_d = d_sum()
    for g, _ in D_GROUPS:
        s = d_sum(g)
        need(D, f"Summa {g[0].lower() + g[1:]} " + " ".join(z(v) for v in s[:5]) + f" {grp(s[5])}", [1, 2],
             "D subtotal")
        need(D, f"{g} {grp(s[5])} {t1(rhu(Fraction(s[5] * 1000, tot_d[5])))}", [0], "D p1 per nämnd")
    for k in range(6):
        if tot_d[k] != sum(d_sum(g)[k] for g, _ in D_GROUPS) or d_tax()[k] + d_va()[k] != tot_d[k]:
            errs.append("D: totals do not add up")
    if sum(rhu(Fraction(d_sum(g)[5] * 1000, tot_d[5])) for g, _ in D_GROUPS) != 1000:
        errs.append("D: p1 shares do not add up to 100,0")
    need(D, "Totalt investeringar " + " ".join(grp(v) for v in tot_d), [2], "D total")
    need(D, "varav skattefinansierat " + " ".join(grp(v) for v in d_tax()), [2], "D varav")
    need(D, "varav vatten och avlopp (taxefinansierat) " + " ".join(grp(v) for v in d_va()), [2], "D varav")
    need(D, f"omfattar {grp(tot_d[5])} tkr under perioden 2027–2031. Av detta avser {grp(tot_d[0])} tkr år 2027",
         [0], "D p1")
    need(D, f"{grp(tot_d[1])} respektive {grp(tot_d[2])} tkr", [0], "D p1")
    if sorted(tot_d[:5])[-2:] != sorted([tot_d[1], tot_d[2]]):
        errs.append("D: p1 says 2028 and 2029 are the heaviest years")
    need(D, f"uppgår till {grp(d_tax()[5])} tkr", [0], "D p1 tax")
    need(D, f"{grp(d_va()[5])} tkr, finansieras med VA-taxan", [0], "D p1 VA")
    big = sorted(rows_d, key=lambda x: -x[2])[:2]
    if [b[1][0] for b in big] != ["E-301", "E-501"] or not 0.40 < (big[0][2] + big[1][2]) / tot_d[5] < 0.45:
        errs.append("D: p1 says Vallmon and Raknäs are the two largest, together drygt 40 procent")
    need(D, f"Vallmon med {grp(big[0][2])} tkr och det nya vattenverket i Raknäs med {grp(big[1][2])} tkr", [0],
         "D p1 big")
    P_ = {p_[0]: (p_, t_) for _, p_, t_ in rows_d}
    need(D, f"Byggstart är planerad till {quarter(P_['E-301'][0][2])} och inflyttning till "
            f"{quarter(P_['E-301'][0][3])}. Den totala utgiften beräknas till {grp(P_['E-301'][1])} tkr", [3],
         "D p4 Vallmon")
    need(D, f"beräknas kosta {grp(P_['E-501'][1])} tkr", [3], "D p4 Raknäs")
    need(D, f"planeras till {quarter(P_['E-602'][0][2])}–{quarter(P_['E-602'][0][3])}", [3], "D p4 simhall")
    # (e) Pimsjö VA-taxa
    for fee in E_FEES:
        ex = e_parts(fee)
        inkl = [e_inkl(v) for v in ex]
        if sum(ex[:4]) != ex[4] or sum(inkl[:4]) != inkl[4]:
            errs.append(f"E: parts of {fee[0]} do not add up")
        need(E, f"{fee[0]} {fee[1]}", [1], "E fee label")
        need(E, "exkl. " + " ".join("–" if v == 0 else kr2(v) for v in ex), [1], "E exkl row")
        need(E, "inkl. " + " ".join("–" if v == 0 else kr2(v) for v in inkl), [1], "E inkl row")
    if count(E, "Avgift Moms " + " ".join(E_PARTS) + " Summa") != 1:
        errs.append("E: Tabell 1 heading")
    fees_b = [e_inkl(b[1]) for b in E_BANDS]
    if fees_b[:4] != sorted(fees_b[:4]) or len(set(fees_b[:4])) != 4 or E_BANDS[4][1] != E_BANDS[3][1]:
        errs.append("E: connection fees must rise with plot area; the last band adds a fee per m²")
    for x in E_B:
        need(E, x["item"], [1], "E band row")
    need(E, "fem intervall", [0], "E p1 bands")
    if len(E_BANDS) != 5:
        errs.append("E: p1 says fem intervall")
    for lab, ore in E_OTHER_CONN:
        f_ = kr2 if "per m²" in lab else kr0
        need(E, f"{lab} {f_(ore)} {f_(e_inkl(ore))}", [2], "E other connection fee")
    for i, rule in enumerate(E_RULES, 1):
        need(E, f"{i}. {rule}", [2], "E rule")
    for t in E_TYPHUS:
        c26, c27, ch, pct = e_typhus(t)
        need(E, f"{t[0]} {t[1]} {grp(t[4])} {kr0(c26)} {kr0(c27)} +{kr0(ch)} {t1(pct, plus=True)}", [3],
             "E typhus row")
        if not 55 <= pct <= 65:
            errs.append("E: p1 says the fees rise by about 6 procent on average")
    ta = e_typhus(E_TYPHUS[0])
    m3 = e_fee("Förbrukningsavgift")[2]
    need(E, f"höjs från {kr2(E_2026_INKL['Förbrukningsavgift'])} kronor till {kr2(e_inkl(m3))} kronor per "
            "kubikmeter", [0], "E p1 m³")
    need(E, f"förbrukar {E_TYPHUS[0][4]} kubikmeter vatten per år ökar årskostnaden med {kr0(ta[2])} kronor", [0],
         "E p1 typhus")
    need(E, f"Fast avgift {kr2(e_inkl(e_fee('Fast avgift, småhus')[2]))} kr + {E_TYPHUS[0][4]} m³ × "
            f"{kr2(e_inkl(m3))} kr = {kr2(ta[1])} kr per år", [3], "E calculation")
    # (f) Annersjö personalbokslut, p. 2 scanned
    scan = f_scan_text()
    tr = f_table_rows()
    for lab, vals in tr:
        if f"{lab} " + " ".join(t1(v) for v in vals) not in scan:
            errs.append(f"F: scanned row {lab} missing")
        for k in range(2):     # 'Samtliga' lies between women and men
            lo, hi = sorted((vals[k], vals[2 + k]))
            if not lo <= vals[4 + k] <= hi:
                errs.append(f"F: Samtliga {lab} is not between women and men")
    for k in range(6):
        col = [v[k] for _, v in tr[:3]]
        if not min(col) <= tr[3][1][k] <= max(col):
            errs.append("F: Samtliga åldrar is not between the age groups")
    t25, t26 = f_sick(None, 2025), f_sick(None, 2026)
    for s in (f"ökade från {t1(t25)} procent 2025 till {t1(t26)} procent 2026",
              f"steg från {t1(f_sick('Kvinnor', 2025))} till {t1(f_sick('Kvinnor', 2026))} procent",
              f"avsåg {t1(F_LONG[1])} procent sjukfall som varat 60 dagar eller mer, jämfört med {t1(F_LONG[0])}",
              f"där sjukfrånvaron steg från {t1(tr[2][1][0])} till {t1(tr[2][1][1])} procent"):
        if s not in scan:
            errs.append(f"F: scanned text lacks {s!r}")
    if abs(f_sick("Män", 2026) - f_sick("Män", 2025)) > 3 or not t26 > t25:
        errs.append("F: men's sick leave must stay about the same and the total rise")
    rises = {(g, a): F_SICK[(g, 2026)][i] - F_SICK[(g, 2025)][i] for g in F_GENDERS for i, a in enumerate(F_AGES)}
    if max(rises, key=rises.get) != ("Kvinnor", "50 år och äldre"):
        errs.append("F: the largest rise must be among women aged 50 and over")
    for pg_ in (0, 2):   # no sick-leave percentages in the text layer
        m = re.search(r"[Ss]jukfrånvaro\w*[^.]{0,60}\d+,\d", pdf_pages(F)[1][pg_])
        if m:
            errs.append(f"F: p{pg_ + 1} repeats a sick-leave figure: {m.group(0)!r}")
    if sum(r[1] for r in F_TURNOVER) != F_STAFF[1]:
        errs.append("F: the turnover table must cover all tillsvidareanställda")
    for x in F_T:
        need(F, x["item"], [2], "F turnover row")
    to25, to26 = f_turnover_total(2), f_turnover_total(3)
    need(F, f"Annersjö kommun totalt {grp(F_STAFF[1])} {t1(to25)} {t1(to26)} {t1(to26 - to25, plus=True)}", [2],
         "F turnover total")
    need(F, f"ökade från {t1(to25)} till {t1(to26)} procent", [0], "F p1 turnover")
    need(F, f"Personalomsättning {t1(to26)} procent (2025: {t1(to25)})", [0], "F p1 key figures")
    if max(F_TURNOVER, key=lambda r: r[3])[0] != "Vård- och omsorgsförvaltningen" or \
            [r[0] for r in F_TURNOVER if r[3] < r[2]] != ["Socialförvaltningen"]:
        errs.append("F: p1 says turnover is highest in vård och omsorg and fell only in socialförvaltningen")
    need(F, f"ökade under året med {F_STAFF[1] - F_STAFF[0]} personer till {grp(F_STAFF[1])}", [0], "F p1 staff")
    need(F, f"Tillsvidareanställda {grp(F_STAFF[1])} (2025: {grp(F_STAFF[0])})", [0], "F p1 key figures")
    need(F, f"varav kvinnor {grp(F_WOMEN_2026)} ({rhu(Fraction(F_WOMEN_2026 * 100, F_STAFF[1]))} procent)", [0],
         "F p1 women")
    need(F, f"medelåldern är {t1(F_MEDELALDER)} år", [0], "F p1 age")
    for i, m_ in enumerate(F_MEASURES, 1):
        need(F, f"{i}. {m_}", [2], "F measure")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en)}; "
          f"conditional lists {n_cond}; on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
