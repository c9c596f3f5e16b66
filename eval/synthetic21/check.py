"""Checks ../heldout_syn21.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Bramsnäs document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic20/check.py (the generic part is copied from there).

* format: 44 questions h21001..h21044, key order, types 16 figure / 12 list / 6 passage / 10 none, 11 in English
  (at least 3 of them lists and at least 4 figures), at least 9 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD, read from "2027-05-26" or "30 november 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next);
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (d), metadata titles exactly in (a) and (c),
  landscape pages exactly pp. 2-3 of (a), page 2 of (f) an image without text, no names of earlier synthetic
  municipalities or places (FORBIDDEN), no real municipality or region name (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with B, D, G, K, M or T, and none of OWN occurs in
  the READMEs of the earlier sets or in the check.py files of ../synthetic18 and ../synthetic20;
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
from common21 import grp, dec  # noqa: E402
from data import (A_GROUPS, A_HIGH, A_VERY_HIGH, A_REPORTS, a_rows, a_rv, a_rvtext, a_counts,  # noqa: E402
                  B_YEARS, B_SCHOOLS, B_KOMMUN_FLPO, B_RIKET, B_KEY, B_BEH_2024, b_n, b_kommun_tot, b_kommun_beh,
                  b_change,
                  C_PARTIES, C_MEMBERS, C_VOTES, C_ABSENT, C_SIMHALL, C_BORGEN, C_DELAR, C_MOTIONS, c_count,
                  D_SECTORS, D_ENERGY, D_TARGET_CUT, D_TRANSPORT_CUT, d_total, d_change, d_target_total, d_kwh,
                  d_energy_tot,
                  E_GROUPS, E_MEASURES, e_rows, e_year,
                  F_RAM, F_APPS, F_DATES, F_STAMP, f_sum, f_changed, f_scan_text, f_scan_rows,
                  MONTHS as MONTH_NAMES, r1, pct)

QFILE = HERE.parent / "heldout_syn21.jsonl"
N_Q = 44
BASE = 21000
WANT_TYPES = {"figure": 16, "list": 12, "passage": 6, "none": 10}
WANT_EN = 11
MIN_EN_LISTS = 3
MIN_EN_FIGS = 4
MIN_COND = 9
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "draggsund-internkontrollplan-2027.pdf"
B = "getryd-kvalitetsrapport-grundskola-2026.pdf"
C = "tolsvik-kf-protokoll-2026-09-21.pdf"
D = "blidsta-klimat-och-energiredovisning-2026.pdf"
E = "kullsta-sn-kvartalsuppfoljning-ifo-kv4-2026.pdf"
F = "bramsnas-kfn-investeringsbidrag-foreningar-2027.pdf"
PLACE = {A: "Draggsund", B: "Getryd", C: "Tolsvik", D: "Blidsta", E: "Kullsta", F: "Bramsnäs"}
WITH_TITLE = {A, C}
WITH_MINUS = {D}   # documents that print negative numbers with "−"
LANDSCAPE = {A: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "BDGKMT"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic20/check.py, plus the lines that define FORBIDDEN and OWN in
# ../synthetic19/check.py (only those lines were read there)
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik", "Tjärnholm",
    "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Ormåker", "Siljetuna", "Rödberga",
    "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan",
    "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro", "Korpilund", "Lerviken",
    "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa",
    "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka",
    "Vindeborg", "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen",
    "Rönngården", "Lärkvägen", "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta", "Mörtsunda",
    "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla", "Tranemala", "Ödeshärad",
    "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen",
    "Ståltorp", "Norrvalla", "Sjöbacken", "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda",
    "Tallkotten", "Ekorrbacken", "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal",
    "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo",
    "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo", "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika",
    "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås",
    "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
    "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
    "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp",
    "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet",
    "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen", "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla",
    "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan",
    "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen",
    "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde", "Tallbackens skola", "Uvbergaskolan", "Lärkträdet",
    "Uvbergasalen", "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet",
    "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult",
    "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten", "Cedergården", "Irisvägen",
    "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs",
    "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs",
    "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken",
    "Östergärdet", "Älgstigen", "Ålkärret", "Örsjöviksbostäder", "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar",
    "Nyedsbo", "Klingstorp", "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån",
    "Lillnäs", "Lindgården", "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken",
    "Näktergalen", "Gryttje", "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö", "Fridsmåla",
    "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö", "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken",
    "Hjortronhagen", "Torvbo", "Stensötaskolan", "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan",
    "Fältrevsskolan", "Smultronbackens skola", "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp",
    "Hemtorpsbostäder", "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby",
    "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön", "Ivringeån",
    "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken", "Jungfruhagen",
    "Clarabergsskolan", "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen", "Carlsvallen", "Pelarsalen",
    "Valnöten", "Jakobsdal", "Westergrens Bygg", "Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik",
    "Ravelsmossen", "Ulvsta", "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad",
    "Ekhöjden", "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka",
    "Almgården", "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad"
]
# real Swedish municipalities and regions beginning with B, D, G, K, M or T: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda"]
# our own invented names (municipalities first, then places, buildings, schools, companies, associations); later
# sets should add them to their FORBIDDEN lists
OWN = ["Draggsund", "Getryd", "Tolsvik", "Blidsta", "Kullsta", "Bramsnäs",
       "Getrydsskolan", "Dalhemsskolan", "Tornhagsskolan", "Kyrkbyskolan", "Mellanbyskolan", "Bokelundsskolan",
       "Kompassens friskola", "Tolsviksbadet", "Tolsviks Bostäder", "Bofinken", "Bygdesalen", "Dammviks Trä",
       "Kompetenscentrum Kullsta", "Tallbackas familjecentral", "Blåsippans stödboende", "Bramsvallen",
       "Dalkärrs Skytteförening", "Brattåsens bygdegårdsförening", "Dyrvikens Båtklubb", "Gökhults IK",
       "Tornlyckans scoutkår", "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = sorted({m[0] for m in C_MEMBERS} | {"Bodil Dahlgren", "Kerstin Malmgren", "Tomas Bergqvist",
                                              "Mats Dahlin", "Dagny Kronqvist"})
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 21)]   # only their README.md is searched ...
EARLIER_CHECKS = ["synthetic18", "synthetic20"]                     # ... and these check.py files (read as templates)
# ../synthetic22 and ../train_syn22.jsonl are written at the same time and are not opened


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=(g, r), item=f"{r[0]} {r[1]} {r[2]} {a_rvtext(r)} {r[5]} {r[6]} {r[7]} {r[8]} {r[9]}")
       for g, r in a_rows()]


def bv(x):
    return ".." if x is None else dec(x)


B_R = [dict(r=s, item=f"{s[0]}{' 2)' if s[1] == 'F' else ''} {grp(s[2][2])} "
                      + " ".join(bv(x) for y in range(3) for x in s[3][y]) + f" {dec(s[4][0])} {dec(s[4][1])}")
       for s in B_SCHOOLS]
C_V = [dict(r=v, item=f"{v[0]} ({v[1]})") for v in C_VOTES if v[2] != "Frånvarande"]
C_M = [dict(r=m, item=f"{m[0]}, av {m[1]} ({m[2]})") for m in C_MOTIONS]
D_S = [dict(r=s, item=f"{s[0]} " + " ".join(grp(x) for x in s[1]) + f" {dec(d_change(s[1]), plus=True)} "
                      f"{dec(d_change(s[1], 2, 3), plus=True)} {grp(s[2]) if s[2] else '–'}"
                      + (f" {s[3]}" if s[3] else "")) for s in D_SECTORS]
D_E = [dict(r=e, item=f"{e[0]} {e[1]} {grp(e[2])} {grp(e[3])} {grp(e[4])} {grp(e[5])} {dec(d_kwh(e))}")
       for e in D_ENERGY]


def e_full(r, k):
    return dec(e_year(r, k)) if r[1] == "snitt" else grp(e_year(r, k))


E_R = [dict(r=(g, r), item=f"{r[0]} " + " ".join(f"{grp(a)} {grp(b)}" for a, b in r[2])
            + f" {e_full(r, 0)} {e_full(r, 1)}") for g, r in e_rows()]
E_M = [dict(r=(h, it), item=it) for h, its in E_MEASURES for it in its]
F_A = [dict(r=a, item=f"{a[0]} {a[1]} {grp(a[2])} {grp(a[3]) if a[3] else '0'}") for a in F_APPS]

# qid -> (rows, predicate on the raw row)
COND = {
    "h21003": (A_R, lambda gr: gr[1][9] == "Kommunstyrelsen"),                  # word in the "Rapporteras till" cell
    "h21004": (A_R, lambda gr: gr[1][7] == "Månadsvis"),                        # frequency
    "h21005": (A_R, lambda gr: a_rv(gr[1]) >= 12),                              # risk value S × K >= 12
    "h21012": (B_R, lambda s: s[4][1] < B_RIKET[1][1]),                        # eligibility 2026 below riket
    "h21013": (B_R, lambda s: b_change(s) < 0),                                 # total merit 2026 below 2025
    "h21020": (C_V, lambda v: v[2] == "Avstår"),                                # roll-call answer
    "h21021": (C_M, lambda m: m[2] == "M"),                                     # motions by party
    "h21028": (D_S, lambda s: d_change(s[1]) < -50),                            # more than halved since 2010
    "h21029": (D_E, lambda e: e[5] > e[4]),                                     # energy use up 2024 -> 2025
    "h21035": (E_M, lambda hi: hi[0] == "Ekonomiskt bistånd"),                  # measures under a heading
    "h21036": (E_R, lambda gr: gr[1][2][3][0] < gr[1][2][3][1]),                # kv 4 2026 below kv 4 2025
    "h21042": (F_A, lambda a: a[2] > 100000),                                   # sought more than 100 000 kr
}
# complete lists: every list item of the document, exactly once (none in this set)
EXACT = {}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h21007": (A, [r"[Rr]eglemente[^.]{0,80}(?:\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4}|antog|§|fullmäktige)"]),
    "h21008": (A, [r"[Kk]ostna", r"[Bb]udget", r"mnkr", r"kronor"]),
    "h21015": (B, [r"2023"]),
    "h21016": (B, [r"[Hh]ögskoleförberedande"]),
    "h21023": (C, [r"(?:öppna|invig|klar\b|färdig)\w*[^.]{0,40}\d{4}", r"\b20(?:28|29|30)\b"]),
    "h21024": (C, [r"[Dd]riftkostnad", r"[Dd]rift\w*[^.]{0,60}(?:mnkr|tkr)"]),
    "h21031": (D, [r"2015"]),
    "h21032": (D, [r"per invånare", r"per capita", r"per person", r"[Ii]nvånare"]),
    "h21038": (E, [r"[Dd]ygnskostnad", r"per dygn", r"[Kk]ostnad\w* per", r"kr per", r"[Dd]ygn"]),
    "h21044": (F, [r"[Mm]edlem"]),
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
        if qid != f"h{BASE + n}":
            E_(f"id out of sequence (expected h{BASE + n})")
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
        if used[fn] < 5:
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

    # (a) internal control plan
    for i, x in enumerate(A_R, 1):
        g, r = x["r"]
        if r[0] != i:
            errs.append(f"A: row numbers not consecutive at {r[0]}")
        if pages_of(A, x["item"]) not in ([2], [3]):
            errs.append(f"A: row {r[0]} printed on {pages_of(A, x['item'])}")
        if not (1 <= r[3] <= 4 and 1 <= r[4] <= 4) or r[7] not in ("Månadsvis", "Per tertial", "Årligen"):
            errs.append(f"A: row {r[0]} has a bad scale value or frequency")
        if a_rv(r) < 5:
            errs.append(f"A: row {r[0]} is a low risk (the plan holds only risks of 5 or more)")
    if count(A, "Riskbedömning Kontroll Uppföljning") != 2 or \
            not on(A, "Tabell 2. Internkontrollplan 2027 per förvaltning (forts.)", [2]):
        errs.append("A: the heading must be printed on p2 and repeated on p3 under '(forts.)'")
    split = [g for g, rs in A_GROUPS
             if {pages_of(A, x["item"])[0] for x in A_R if x["r"][0] == g} == {2, 3}]
    if len(split) != 1:
        errs.append(f"A: exactly one förvaltning group must be split over p2–p3, got {split}")
    for g, rs in A_GROUPS:
        need(A, f"{g} – {len(rs)} kontrollmoment", [1, 2], "A group row")
    n, freq, high, vhigh = a_counts()
    if sum(freq.values()) != n or sum(len(rs) for _, rs in A_GROUPS) != n:
        errs.append("A: counts do not add up")
    need(A, f"Planen omfattar {n} kontrollmoment fördelade på fyra förvaltningar. {freq['Månadsvis']} kontroller "
            f"görs månadsvis, {freq['Per tertial']} per tertial och {freq['Årligen']} årligen. {high} av riskerna "
            f"har ett riskvärde på {A_HIGH} eller mer, och {vhigh} av dem når {A_VERY_HIGH} eller mer", [0],
         "A counts sentence")
    if len(A_GROUPS) != 4:
        errs.append("A: the text says four förvaltningar")
    tim = [r for _, r in a_rows() if r[1] == "Timanställdas arbetstid"]
    if len(tim) != 1 or tim[0][9] != "Kommunstyrelsen" or a_rv(tim[0]) < A_VERY_HIGH or \
            [g for g, r in a_rows() if r is tim[0]] != ["Socialförvaltningen"]:
        errs.append("A: the working-time control must be socialförvaltningen's, reported to the KS, risk >= 12")
    need(A, "konstaterade att flera timanställda hade arbetat utan föreskriven dygnsvila", [0], "A passage")
    for rep, date in A_REPORTS:
        need(A, f"{rep} {date}", [3], "A reporting schedule")
        if parse_date(date) is None:
            errs.append(f"A: report date {date!r} does not parse")
    # (b) school quality report
    for x in B_R:
        need(B, x["item"], [1], "B school row")
        s = x["r"]
        for y in range(3):
            fl, po, tot = s[3][y]
            if fl is not None and not min(fl, po) <= tot <= max(fl, po):
                errs.append(f"B: total of {s[0]} {B_YEARS[y]} not between girls and boys")
        if s[2][2] >= 10 and any(v is None for v in s[3][2]):
            errs.append(f"B: {s[0]} has '..' although the group is large enough")
    for i, y in enumerate(B_YEARS):
        fl, po = B_KOMMUN_FLPO[i]
        if not min(fl, po) <= b_kommun_tot(y) <= max(fl, po):
            errs.append(f"B: municipal total {y} not between girls and boys")
    tot_row = "Getryd totalt " + grp(b_n(2026)) + " " + " ".join(
        f"{dec(B_KOMMUN_FLPO[i][0])} {dec(B_KOMMUN_FLPO[i][1])} {dec(b_kommun_tot(y))}" for i, y in enumerate(B_YEARS)) \
        + f" {dec(b_kommun_beh(0))} {dec(b_kommun_beh(1))}"
    need(B, tot_row, [1], "B total row")
    need(B, "Riket – " + " ".join(dec(v) for y in range(3) for v in B_RIKET[0][y])
         + f" {dec(B_RIKET[1][0])} {dec(B_RIKET[1][1])}", [1], "B riket row")
    need(B, f"Våren 2026 lämnade {b_n(2026)} elever årskurs 9 i Getryds grundskolor. Det genomsnittliga meritvärdet "
            f"blev {dec(b_kommun_tot(2026))} poäng, jämfört med {dec(b_kommun_tot(2025))} poäng året innan och "
            f"{dec(B_RIKET[0][2][2])} poäng i riket", [0], "B summary")
    need(B, f"Flickorna nådde i genomsnitt {dec(B_KOMMUN_FLPO[2][0])} poäng och pojkarna {dec(B_KOMMUN_FLPO[2][1])}",
         [0], "B summary girls/boys")
    need(B, f"yrkesprogram var {dec(b_kommun_beh(1))} procent, mot {dec(b_kommun_beh(0))} procent 2025", [0],
         "B eligibility")
    if not b_kommun_beh(1) > B_RIKET[1][1]:
        errs.append("B: the text says Getryd's eligibility is higher than riket's")
    for lab, unit, a, b, c in B_KEY:
        f = grp if unit in ("antal", "kr") and float(a).is_integer() else dec
        need(B, f"{lab} {f(a)} {f(b)} {f(c)}", [0], "B key figures")
    need(B, "Elever i årskurs 9 " + " ".join(grp(b_n(y)) for y in B_YEARS), [0], "B key figures pupils")
    need(B, "Genomsnittligt meritvärde åk 9, poäng " + " ".join(dec(b_kommun_tot(y)) for y in B_YEARS), [0],
         "B key figures merit")
    need(B, f"Behörighet till yrkesprogram, % {dec(B_BEH_2024)} {dec(b_kommun_beh(0))} {dec(b_kommun_beh(1))}", [0],
         "B key figures eligibility")
    sch = {s[0]: s for s in B_SCHOOLS}
    worst = min(B_SCHOOLS, key=b_change)
    best_k = max((s for s in B_SCHOOLS if s[1] == "K"), key=lambda s: s[3][2][2])
    if worst[0] != "Bokelundsskolan" or best_k[0] != "Mellanbyskolan":
        errs.append("B: Bokelundsskolan must have the largest fall and Mellanbyskolan the best municipal result")
    need(B, f"Mellanbyskolan har kommunens högsta meritvärde bland de kommunala skolorna, "
            f"{dec(best_k[3][2][2])} poäng", [2], "B comments")
    for nm in ("Kyrkbyskolan", "Tornhagsskolan", "Bokelundsskolan"):
        s = sch[nm]
        need(B, f"från {dec(s[3][1][2])} till {dec(s[3][2][2])} poäng", [2], f"B comment {nm}")
    if b_change(sch["Kyrkbyskolan"]) <= 0 or b_change(sch["Tornhagsskolan"]) >= 0:
        errs.append("B: Kyrkbyskolan rose and Tornhagsskolan fell (p3 text)")
    # (c) council minutes
    if len(C_MEMBERS) != sum(n_ for _, n_ in C_PARTIES) or len({m[0] for m in C_MEMBERS}) != len(C_MEMBERS):
        errs.append("C: member list inconsistent")
    for p_, n_ in C_PARTIES:
        if sum(1 for m in C_MEMBERS if m[1] == p_) != n_:
            errs.append(f"C: party {p_} size")
    tot_v = c_count("Ja") + c_count("Nej") + c_count("Avstår") + c_count("Frånvarande")
    if tot_v != len(C_MEMBERS) or c_count("Frånvarande") != 1:
        errs.append("C: vote counts do not add up to the members")
    if c_count("Ja") <= c_count("Nej"):
        errs.append("C: the proposal must win the vote")
    for v in C_VOTES:
        if v[2] != "Frånvarande":
            need(C, f"{v[0]} ({v[1]})", [2], "C roll-call name")
    txt3 = pdf_pages(C)[1][2]
    start = txt3.index("Omröstningslista § 92")
    blocks = {lab: txt3.index(f"{lab} (", start) for lab in ("Ja", "Nej", "Avstår")}
    for v in C_VOTES:
        if v[2] == "Frånvarande":
            continue
        pos = txt3.index(f"{v[0]} ({v[1]})", start)
        col = max((lab for lab in blocks if blocks[lab] < pos), key=lambda lab: blocks[lab])
        if col != v[2]:
            errs.append(f"C: {v[0]} printed under {col}, voted {v[2]}")
    for lab in ("Ja", "Nej", "Avstår"):
        need(C, f"{lab} ({c_count(lab)})", [2], "C column heading")
        need(C, f"Summa {lab.lower()}: {c_count(lab)}", [2], "C column sum")
    need(C, f"Frånvarande utan ersättare: {C_ABSENT} (S)", [2], "C absent")
    need(C, f"Med {c_count('Ja')} ja-röster mot {c_count('Nej')} nej-röster beslutar kommunfullmäktige", [2],
         "C result")
    need(C, f"{c_count('Avstår')} ledamöter avstod", [2], "C result")
    need(C, f"{len(C_MEMBERS) - 1} tjänstgörande ledamöter", [0], "C present")
    extra = r1(C_SIMHALL[1] - C_SIMHALL[0])
    need(C, f"I budget 2025 avsattes {dec(C_SIMHALL[0])} mnkr", [2], "C simhall")
    need(C, f"ökningen om {dec(extra)} mnkr", [2], "C simhall")
    need(C, f"Utgiften har ökat med {dec(extra)} mnkr sedan budgetbeslutet", [2], "C reservation")
    need(C, f"Bolagets nuvarande borgensram är {dec(C_BORGEN[0])} mnkr", [1], "C borgen")
    need(C, f"totalt belopp om {dec(C_BORGEN[1])} mnkr", [1], "C borgen")
    need(C, f"uppgår till {dec(C_DELAR[0])} mnkr. Det budgeterade resultatet för helåret är {dec(C_DELAR[1])} mnkr",
         [1], "C delår")
    need(C, f"Följande {len(C_MOTIONS)} motioner", [3], "C motions")
    for x in C_M:
        need(C, x["item"], [3], "C motion")
        if (x["r"][1], x["r"][2]) not in [(m[0], m[1]) for m in C_MEMBERS]:
            errs.append(f"C: motion author {x['r'][1]} is not a member of that party")
    # (d) climate and energy report
    tot = [d_total(i) for i in range(4)]
    for x in D_S:
        need(D, x["item"], [1], "D sector row")
    need(D, "Totalt " + " ".join(grp(v) for v in tot) + f" {dec(d_change(tot), plus=True)} "
            f"{dec(d_change(tot, 2, 3), plus=True)} {grp(d_target_total())}", [1], "D total row")
    if D_SECTORS[0][2] != int(round(D_SECTORS[0][1][0] * (100 - D_TRANSPORT_CUT) / 100, -1)):
        errs.append("D: transport target must be −70 % from 2010")
    need(D, f"utsläppen av växthusgaser i Blidsta var {grp(tot[3])} ton koldioxidekvivalenter 2024. Det är "
            f"{dec(-d_change(tot))} procent lägre än basåret 2010, då utsläppen var {grp(tot[0])} ton, och "
            f"{dec(-d_change(tot, 2, 3))} procent lägre än 2023", [0], "D summary")
    need(D, f"minskat med {D_TARGET_CUT} procent till 2030 jämfört med 2010, vilket motsvarar högst "
            f"{grp(d_target_total())} ton", [0], "D target")
    e_tot = [d_energy_tot(i) for i in (3, 4, 5)]
    need(D, f"minskade från {grp(e_tot[0])} MWh 2023 till {grp(e_tot[2])} MWh 2025, en minskning med "
            f"{dec(-pct(e_tot[2], e_tot[0]))} procent", [0], "D energy summary")
    tr = D_SECTORS[0]
    if max(D_SECTORS, key=lambda s: s[1][3]) is not tr:
        errs.append("D: transport must be the largest source")
    need(D, f"svarade de för {grp(tr[1][3])} ton, vilket motsvarar {dec(r1(tr[1][3] / tot[3] * 100))} procent", [1],
         "D transport share")
    ind = [s for s in D_SECTORS if s[0].startswith("Industri")][0]
    need(D, f"minskade utsläppen från {grp(ind[1][2])} ton 2023 till {grp(ind[1][3])} ton 2024", [1], "D industry")
    up = [s[0] for s in D_SECTORS if s[1][3] > s[1][2]]
    if up != ["Jordbruk", "El och fjärrvärme"]:
        errs.append(f"D: the text names agriculture and electricity/heating as rising, data: {up}")
    need(D, f"minska med ytterligare {grp(tot[3] - d_target_total())} ton, i genomsnitt "
            f"{grp((tot[3] - d_target_total()) / 6)} ton per år", [1], "D remaining cut")
    for x in D_E:
        need(D, x["item"], [2], "D energy row")
    all_a = sum(e[2] for e in D_ENERGY)
    need(D, f"Totalt {sum(e[1] for e in D_ENERGY)} {grp(all_a)} " + " ".join(grp(v) for v in e_tot)
         + f" {dec(r1(e_tot[2] * 1000 / all_a))}", [2], "D energy total")
    by_kwh = sorted(D_ENERGY, key=d_kwh, reverse=True)
    if [e[0] for e in by_kwh[:2]] != ["Idrottshallar och bad", "Särskilda boenden"]:
        errs.append("D: the text says sports halls have the highest and nursing homes the second highest kWh/m²")
    gym = [e for e in D_ENERGY if e[0] == "Gymnasieskola"][0]
    need(D, f"ökade från {grp(gym[4])} MWh 2024 till {grp(gym[5])} MWh 2025", [2], "D upper secondary school")
    # (e) social services quarterly follow-up
    for x in E_R:
        need(E, x["item"], [1], "E key-figure row")
    rows_ = {r[0]: r for _, r in e_rows()}
    hh = rows_["Hushåll med ekonomiskt bistånd, antal (snitt per månad)"]
    ut = rows_["Utbetalt ekonomiskt bistånd, tkr"]
    pl = rows_["Placerade barn och unga vid kvartalets slut, antal"]
    need(E, f"i genomsnitt {dec(e_year(hh, 0))} hushåll ekonomiskt bistånd varje månad, jämfört med "
            f"{dec(e_year(hh, 1))} hushåll under 2025. Sammanlagt betalades {grp(e_year(ut, 0))} tkr ut, vilket är "
            f"{dec(pct(e_year(ut, 0), e_year(ut, 1)))} procent mer än föregående år ({grp(e_year(ut, 1))} tkr)", [0],
         "E summary")
    need(E, f"Budgeten för ekonomiskt bistånd var 33 000 tkr, och utfallet blev därmed {grp(e_year(ut, 0) - 33000)} "
            "tkr högre än budget", [0], "E budget")
    need(E, f"Vid årets slut var {e_year(pl, 0)} barn och unga placerade, mot {e_year(pl, 1)} ett år tidigare", [0],
         "E placements")
    if not all(a > b for a, b in pl[2]):
        errs.append("E: placements must be higher than last year in every quarter (p1 text)")
    for lab in ("Väntetid till nybesök, dagar (snitt)",
                "Väntetid till första samtal på beroendemottagningen, dagar (snitt)"):
        vals = [v for q_ in rows_[lab][2] for v in q_]
        if rows_[lab][2][3][0] != min(vals):
            errs.append(f"E: {lab} in kv 4 2026 must be the shortest (p1 text)")
    if rows_["varav i HVB, antal"][2][3][0] > pl[2][3][0]:
        errs.append("E: 'varav' exceeds its total")
    need(E, "Tabell 1. Nyckeltal per kvartal 2026 jämfört med samma kvartal 2025", [1], "E caption")
    for x in E_M:
        need(E, x["item"], [2], "E measure")
    for h, _ in E_MEASURES:
        need(E, h, [2], "E measure heading")
    # (f) investment grants with the scanned decision
    scan = f_scan_text()
    for x in F_A:
        need(F, x["item"], [0], "F application row")
    need(F, f"Summa {grp(f_sum(2))} {grp(f_sum(3))}", [0], "F proposal sum")
    need(F, f"{len(F_APPS)} föreningar sökt sammanlagt {grp(f_sum(2))} kr", [0], "F applications")
    need(F, f"ram för investeringsbidrag 2027 är {grp(F_RAM)} kr", [0], "F frame")
    need(F, f"lämnar {grp(F_RAM - f_sum(3))} kr outnyttjade", [0], "F unused")
    if not f_sum(3) <= f_sum(4) <= F_RAM or any(a[3] > a[2] or a[4] > a[2] for a in F_APPS):
        errs.append("F: grants must not exceed the sought amounts, and the decision must fit the frame")
    ch = f_changed()
    if [a[0] for a in ch] != ["Dalkärrs Skytteförening"]:
        errs.append(f"F: only the shooting club's grant may differ from the proposal, got {[a[0] for a in ch]}")
    for r in f_scan_rows():
        if norm(" ".join(r)) not in norm(scan):
            errs.append(f"F: scanned table lacks {r}")
    for s in (f"beviljas {grp(ch[0][4])} kr", f"sammanlagt {grp(f_sum(4))} kr", f"ramen på {grp(F_RAM)} kr",
              " ".join(F_STAMP), "§ 74", "2026-11-18"):
        if norm(s) not in norm(scan):
            errs.append(f"F: scanned text lacks {s!r}")
    for s in (grp(f_sum(4)), f"{ch[0][0]} {grp(ch[0][2])} {grp(ch[0][4])}"):
        if any(norm(s) in t for t in (norm(x) for x in text_layer(F))):
            errs.append(f"F: decided figure {s!r} must only be on the scanned page")
    zero = [a for a in F_APPS if a[4] == 0]
    if len(zero) != 1 or zero[0][0] not in scan:
        errs.append("F: exactly one rejected application, named in the decision")
    for m, d in F_DATES:
        need(F, f"{m} {d}", [2], "F time plan")
    if parse_date("30 november 2027") != "2027-11-30":
        errs.append("F: date parsing")

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
