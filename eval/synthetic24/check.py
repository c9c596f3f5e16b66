"""Checks ../train_syn24.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Ugnsta document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic22/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic24).

* format: 68 questions t24001..t24068, key order, types 28 figure / 12 list / 6 passage / 22 none,
  17 in English (at least 3 of them lists, at least 7 figures and at least 5 none), at least 9 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD; a year from "2027 kv 4");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (c), metadata titles exactly in (a) and (c),
  landscape page exactly p. 2 of (c), page 2 of (f) an image without text, no names of earlier synthetic
  municipalities or places (FORBIDDEN), no real municipality or region (REAL) among our own names or as a word
  in the PDFs, our own names (OWN) and persons all start with C, G, K, S, U or Ö and none of OWN occurs in the
  READMEs of the earlier sets or in ../synthetic20/check.py and ../synthetic22/check.py;
* data consistency: see the end of main().
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
from common24 import grp, dec  # noqa: E402
from data import (A_GROUPS, A_CHANGES, A_KOMP_PCT, A_PLAN_PCT, A_HALL_2028, a_rows, a_sum, a_tillskott,  # noqa
                  a_besparingar, sgrp,
                  B_AREAS, B_FOOTNOTES, B_KEY, B_INSATSER, B_POP_K, B_POP_M, b_rows, b_fmt, b_worse,
                  b_better_since, b_pop,
                  C_LINES, C_PUNKT_MAL, C_KT_MAL, C_TOTAL, C_ATGARDER, c_line, c_resor, c_change, c_change_total,
                  c_punkt_total, c_kost, c_intakt, c_kt, c_kt_total,
                  D_PLANS, D_BREAK_AFTER, D_STATUSES, D_PRIO, D_BESKED, d_q, d_total_homes, d_total_area,
                  E_RISKS, E_LEVELS, E_MEASURES, e_rv, e_level, e_counts,
                  F_DECISIONS, F_ORDNING, F_URGENT_NOTE, F_KS_DATE, f_points, f_fmt, f_scan_text, dmy,
                  MONTHS as MONTH_NAMES, r1)

QFILE = HERE.parent / "train_syn24.jsonl"
N_Q = 68
BASE = 24000
WANT_TYPES = {"figure": 28, "list": 12, "passage": 6, "none": 22}
WANT_EN = 17
MIN_EN_LISTS = 3
MIN_EN_FIGS = 7
MIN_EN_NONE = 5
MIN_COND = 9
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "grasvik-kfn-namndbudget-2027.pdf"
B = "karrvalla-folkhalsorapport-2026.pdf"
C = "salmsund-stadstrafiken-2026.pdf"
D = "olmsta-planprogram-detaljplaner-2027-2029.pdf"
E = "gisslinge-risk-och-sarbarhetsanalys-2027-2030.pdf"
F = "ugnsta-ks-delegationsbeslut-sep-okt-2027.pdf"
PLACE = {A: "Gräsvik", B: "Kärrvalla", C: "Salmsund", D: "Ölmsta", E: "Gisslinge", F: "Ugnsta"}
WITH_TITLE = {A, C}
WITH_MINUS = {A, C}      # documents that print negative numbers with "−"
LANDSCAPE = {C: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "CGKSUÖ"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic22/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic21/check.py (printed with grep; its FORBIDDEN list equals the one of ../synthetic22 without the
# synthetic22 names). ../synthetic23 is written at the same time with other letters and was not opened.
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik",
    "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Ormåker",
    "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen",
    "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro",
    "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Ramnåsa",
    "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten",
    "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan",
    "Norrgläntan", "Rönnåsen", "Rönngården", "Lärkvägen", "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden",
    "Vrångsta", "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
    "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn",
    "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken", "Brunnsvala", "Dövringe",
    "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken", "Lommarby", "Almbacka", "Hummelby",
    "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp", "Kolbotten",
    "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo", "Falkmyra",
    "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården", "Falkhöjden",
    "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden",
    "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn", "Torgkällaren", "Marhed", "Klockarängsskolan",
    "Måsöskolan", "Rönnbyskolan", "Uddens skola", "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan",
    "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo",
    "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet",
    "Vassbäckahallen", "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen",
    "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan", "Arnöhult", "Ejdersund", "Jungsnäs",
    "Olsvalla", "Pålsmark", "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen",
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
    "Malmvreta", "Trästena", "Vintersjö", "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen",
    "Torvbo", "Stensötaskolan", "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan",
    "Smultronbackens skola", "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp",
    "Hemtorpsbostäder", "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby",
    "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön", "Ivringeån",
    "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken", "Jungfruhagen",
    "Clarabergsskolan", "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen", "Carlsvallen", "Pelarsalen",
    "Valnöten", "Jakobsdal", "Westergrens Bygg", "Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik",
    "Ravelsmossen", "Ulvsta", "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad",
    "Ekhöjden", "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka",
    "Almgården", "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad", "Fällinge", "Helmsjö",
    "Lunnevik", "Nordinge", "Stavsunda", "Ödsvik", "Lyngbacka", "Hästhagen", "Sjöhallen", "Flinkeby",
    "Nyvångs bibliotek", "Fågelsta", "Hedvigsdal", "Liljedal", "Solhöjden", "Östergläntan", "Stavsundahem",
    "Hamnstaden", "Lindbacka", "Norrlyckan", "Sandåker", "Snöbacka", "Fiskmåsen", "Hallonbacken", "Nyängen",
    "Sjölyckan", "Fältsparven", "Smedjegården", "Sörbyängen", "Norrheden", "Hellgrens Logistik", "Draggsund",
    "Getryd", "Tolsvik", "Blidsta", "Kullsta", "Bramsnäs", "Getrydsskolan", "Dalhemsskolan", "Tornhagsskolan",
    "Kyrkbyskolan", "Mellanbyskolan", "Bokelundsskolan", "Kompassens friskola", "Tolsviksbadet",
    "Tolsviks Bostäder", "Bofinken", "Bygdesalen", "Dammviks Trä", "Kompetenscentrum Kullsta",
    "Tallbackas familjecentral", "Blåsippans stödboende", "Bramsvallen", "Dalkärrs Skytteförening",
    "Brattåsens bygdegårdsförening", "Dyrvikens Båtklubb", "Gökhults IK", "Tornlyckans scoutkår",
    "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb",
]
# real Swedish municipalities and regions beginning with C, G, K, S, U or Ö (there are none with C): none of them
# may be one of our names, and none may occur as a word in our PDFs
REAL = ["Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Skåne", "Sörmland",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå", "Östergötland"]
# our own invented names (municipalities first, then places, buildings, projects, companies); later sets should
# add them to their FORBIDDEN lists
OWN = ["Gräsvik", "Kärrvalla", "Salmsund", "Ölmsta", "Gisslinge", "Ugnsta",
       "Sandvallen", "Sandvallshallen", "Skeppsvik", "Spiran", "Cirkeln",
       "Gullmyra",
       "Gullbacka", "Kronåsen", "Kronåsvägen", "Saltängen", "Stenslund", "Ulrikedal", "Grindtorp", "Granudden",
       "Kyrkbacken", "Skogslyckan", "Glimsta", "Kullerbo", "Sundbergs Trafik",
       "Skolgärdet", "Gärdsängen", "Kullerud", "Glasblåsaren", "Sjöudden", "Grusgropen", "Kyrkbyn", "Storängen",
       "Sågverkstomten", "Gransjö", "Skogsbacken", "Smedjetorget", "Ölmstagårdar", "Sandbergs Bygg",
       "Kullerud Logistik", "Gransjö Camping",
       "Gisslingeån", "Kolbäcksmon", "Storforsdammen",
       "Gråberget", "Skvaltkvarnen", "Kroksätra", "Centrumskolan", "Kullbyn", "Sundqvist HR-konsult"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Sofia Carlander", "Stina Gyllander", "Ulrika Grahn", "Gustav Ullberg", "Karin Sjölander",
           "Stefan Grönkvist", "Sture Karlén"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
# ../synthetic23 is written at the same time and is not opened.
TEMPLATES = ["synthetic20", "synthetic22"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 23)]   # README.md only


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def vals_a(b26, komp, ch, ram, plan):
    return f"{grp(b26)} {grp(komp) if komp else '–'} {sgrp(ch)} {grp(ram)} {grp(plan)}"


A_R = [dict(r=r, item=f"{r[1]} " + vals_a(*r[2:])) for r in a_rows()]
A_CH = [dict(r=c, item=f"{c[0]} {c[1]}", row=f"{c[0]} {c[1]} Verksamhet: {c[2]} {sgrp(c[3])}") for c in A_CHANGES]
B_R = [dict(r=(a, i), item=f"{i[0]}{i[2]} {i[1]} " + " ".join(b_fmt(v) for v in (*i[4], i[5], *i[6], i[7])))
       for a, i in b_rows()]
C_R = [dict(r=x, item=f"{x[0]} {x[1]} " + " ".join(dec(v) for v in x[2]) + f" {dec(c_change(x), plus=True)} "
            + " ".join(dec(v) for v in x[3])) for x in C_LINES]
D_R = [dict(r=p, item=f"{p[0]} {p[1]} {p[2]} {dec(p[3])} {grp(p[4]) if p[4] else '–'} {p[5]} {d_q(p[6])} "
            f"{d_q(p[7])}") for p in D_PLANS]
E_M = [dict(r=m, item=f"{m[0]} {m[1]} {m[2]} {m[3]} {m[4].isoformat()}") for m in E_MEASURES]
E_R = [dict(r=r, item=f"{r[0]} {r[1]} Sannolikhet {r[2]} × konsekvens {r[3]} = riskvärde {e_rv(r)} "
            f"({e_level(e_rv(r))}) {r[4]}") for r in E_RISKS]
F_P = [dict(r=gp, item=" ".join(gp[1])) for gp in f_points()]


def limit_kr(s):
    """'Högst 75 000 kr per ansökan' -> 75000; 'Högst 2 mnkr per avrop' -> 2000000; no amount -> None"""
    m = re.search(r"(\d[\d ]*) (kr|mnkr)\b", s)
    if not m:
        return None
    n = int(m.group(1).replace(" ", ""))
    return n * 1_000_000 if m.group(2) == "mnkr" else n


# qid -> (rows, predicate on the raw row)
COND = {
    "t24006": (A_CH, lambda c: c[3] < -400),                                      # saving larger than 400 tkr
    "t24007": (A_R, lambda r: r[5] < r[2]),                                       # ram 2027 below budget 2026
    "t24018": (B_R, lambda ai: ai[0] == "Levnadsvanor" and b_worse(ai[1], "M")),  # area + men worse than riket
    "t24019": (B_R, lambda ai: b_better_since(ai[1], "M")),                       # men better 2025, direction-aware
    "t24030": (C_R, lambda x: x[3][1] < C_PUNKT_MAL),                             # punctuality below target 2026
    "t24031": (C_R, lambda x: x[2][2] < x[2][1]),                                 # fewer journeys 2026 than 2025
    "t24041": (D_R, lambda p: p[4] > 100),                                        # more than 100 homes
    "t24052": (E_M, lambda m: m[4].year == 2027),                                 # due during 2027
    "t24053": (E_R, lambda r: e_rv(r) >= 10),                                     # high or very high
    "t24063": (F_P, lambda gp: gp[1][2] == "Kommundirektör"),                     # delegat column (not Ärende)
    "t24064": (F_P, lambda gp: limit_kr(gp[1][3]) is not None and limit_kr(gp[1][3]) < 1_000_000),
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t24042": D_PRIO,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t24009": (A, [r"[Ii]nvestering\w*[^.]{0,80}\d", r"\d[^.]{0,80}[Ii]nvestering"]),
    "t24010": (A, [r"2029"]),
    "t24011": (A, [r"[Åå]rsarbet", r"[Aa]nställda", r"\d+ medarbetare", r"[Tt]jänster\b", r"[Pp]ersonalstyrka"]),
    "t24012": (A, [r"[Ee]ntré", r"[Bb]iljett", r"[Aa]vgift", r"[Tt]axa", r"\d+ kr(?:onor)?\b"]),
    "t24021": (B, [r"[Ll]änet", r"[Ll]änets", r"[Ll]änsvärde", r"[Rr]egionen[^.]{0,40}procent"]),
    "t24022": (B, [r"2022"]),
    "t24023": (B, [r"\d[\d  ]* (?:personer|invånare|kvinnor|män)[^.]{0,30}röker", r"[Aa]ntal(?:et)? rökare",
                   r"\d+ rökare"]),
    "t24024": (B, [r"kr\b", r"kronor", r"tkr", r"mnkr", r"[Bb]udget"]),
    "t24033": (C, [r"2023"]),
    "t24034": (C, [r"[Mm]ånadskort", r"[Bb]iljettpris", r"[Tt]axa", r"\d+ kr\b", r"kronor"]),
    "t24035": (C, [r"\d+ (?:bussar|fordon)", r"[Ff]ordonsflott", r"[Bb]ussflott", r"[Aa]ntal(?:et)? bussar"]),
    "t24036": (C, [r"[Pp]rognos", r"2027[^.]{0,80}resor", r"resor[^.]{0,80}2027", r"[Bb]eräknas[^.]{0,40}resor"]),
    "t24044": (D, [r"\d[\d ]*(?:kr\b|kronor|tkr|mnkr)", r"[Pp]lankostnad", r"[Kk]ostar"]),
    "t24045": (D, [r"[Ll]edamöter", r"[Ll]edamot"]),
    "t24046": (D, [r"[Hh]yresrätt", r"[Bb]ostadsrätt", r"[Uu]pplåtelseform", r"[Ää]ganderätt"]),
    "t24047": (D, [r"2030"]),
    "t24055": (E, [r"kr\b", r"kronor", r"tkr", r"mnkr", r"[Kk]ostnad", r"[Kk]ostar"]),
    "t24056": (E, [r"[Ll]edamöter", r"[Ll]edamot", r"\d+ (?:personer|medlemmar) i krisledning"]),
    "t24057": (E, [r"\bIT\b[^.]{0,100}(?:2023|förra|tidigare)", r"(?:2023|förra|tidigare)[^.]{0,100}\bIT\b",
                   r"(?:2023|förra|tidigare)[^.]{0,100}[Ii]t-attack"]),
    "t24066": (F, [r"[Ll]edamöter", r"[Ll]edamot"]),
    "t24067": (F, [r"\d+,\d+ ?(?:procent|%)", r"[Rr]äntesats", r"ränta (?:på|om) \d", r"\d+ procents ränta"]),
    "t24068": (F, [r"[Kk]öpare", r"såldes till", r"[Kk]öptes av", r"[Kk]öpt av", r"[Vv]innande bud"]),
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
    en_none = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "none")
    if en_none < MIN_EN_NONE:
        errs.append(f"only {en_none} English none questions")
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
        for d in EARLIER:
            for f in (("README.md", "check.py") if d in TEMPLATES else ("README.md",)):
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

    def pc(x):
        return f"{x:.1f}".replace(".", ",")

    # (a) Gräsvik nämndbudget
    tot = a_sum()
    for x in A_R:
        g, v, b26, komp, ch, ram, plan = x["r"]
        need(A, x["item"], [1], "A verksamhet row")
        if ram != b26 + komp + ch:
            errs.append(f"A: ram 2027 of {v} is not budget + kompensation + ramförändringar")
        if ch != sum(c[3] for c in A_CHANGES if c[2] == v):
            errs.append(f"A: ramförändring of {v} is not the sum of its tillskott and besparingar")
        want_komp = 0 if v == "Föreningsbidrag" else int(b26 * A_KOMP_PCT / 100 + 0.5)
        if komp != want_komp:
            errs.append(f"A: kompensation of {v} is not {A_KOMP_PCT} % (föreningsbidrag none)")
        want_plan = ram if v == "Föreningsbidrag" else int(ram * (1 + A_PLAN_PCT / 100) + 0.5) + (
            A_HALL_2028 if v == "Idrotts- och fritidsanläggningar" else 0)
        if plan != want_plan:
            errs.append(f"A: plan 2028 of {v} disagrees with the notes")
    for c in A_CHANGES:
        if c[2] not in [r[1] for r in a_rows()]:
            errs.append(f"A: change {c[0]} points to an unknown verksamhet")
    for x in A_CH:
        need(A, x["row"], [2], "A change entry")
    need(A, "Kultur- och fritidsnämnden totalt " + vals_a(*tot), [1], "A total row (first)")
    first_row = pdf_pages(A)[2][1].find(norm("Kultur- och fritidsnämnden totalt"))
    if not (0 <= first_row < pdf_pages(A)[2][1].find(norm(A_R[0]["item"]))):
        errs.append("A: the total row must come first in Tabell 1")
    for g, _ in A_GROUPS:
        need(A, f"{g} " + vals_a(*a_sum(g)), [1], "A group row with sums")
        if any(a_sum(g)[k] != sum(r[k + 2] for r in a_rows() if r[0] == g) for k in range(5)):
            errs.append("A: group sums do not add up")
    if tuple(sum(a_sum(g)[k] for g, _ in A_GROUPS) for k in range(5)) != tot:
        errs.append("A: the total is not the sum of the verksamhetsområden")
    if a_tillskott() + a_besparingar() != tot[2]:
        errs.append("A: tillskott + besparingar != ramförändringar netto")
    need(A, f"Summa tillskott {sgrp(a_tillskott())} Summa besparingar {sgrp(a_besparingar())}", [2], "A sums")
    need(A, f"Ramförändringar netto 2027 {sgrp(tot[2])}", [2], "A net line")
    incr = tot[3] - tot[0]
    need(A, f"en driftram på {grp(tot[3])} tkr för 2027. Det är {grp(incr)} tkr eller "
            f"{pc(incr / tot[0] * 100)} procent mer än budgeten för 2026, som var {grp(tot[0])} tkr", [0],
         "A summary")
    need(A, f"består {grp(tot[1])} tkr av pris- och lönekompensation", [0], "A summary komp")
    need(A, f"tillsammans ger netto {grp(tot[2])} tkr", [0], "A summary netto")
    need(A, f"Kultur får en ram på {grp(a_sum('Kultur')[3])} tkr och Fritid {grp(a_sum('Fritid')[3])} tkr", [0],
         "A summary areas")
    need(A, f"minskar till {grp(a_sum('Gemensamt')[3])} tkr", [0], "A gemensamt")
    if not a_sum("Gemensamt")[3] < a_sum("Gemensamt")[0]:
        errs.append("A: p1 says the common costs decrease")
    need(A, f"I planen för 2028 beräknas ramen till {grp(tot[4])} tkr", [0], "A plan 2028")
    need(A, f"Pris- och lönekompensationen är {pc(A_KOMP_PCT)} procent", [0], "A komp rate")
    need(A, f"räknas upp med {pc(A_PLAN_PCT)} procent", [0], "A plan rate")
    kul, fri = a_sum("Kultur"), a_sum("Fritid")
    need(A, f"Fritid har den största andelen av ramen, {round(fri[3] / tot[3] * 100)} procent, följt av Kultur "
            f"med {round(kul[3] / tot[3] * 100)} procent", [1], "A shares")
    big = max(a_rows(), key=lambda r: r[5])
    if big[1] != "Idrotts- och fritidsanläggningar":
        errs.append("A: p2 says idrotts- och fritidsanläggningar is the largest verksamhet")
    need(A, f"med {grp(big[5])} tkr 2027, vilket är {grp(big[5] - big[2])} tkr mer än 2026", [1], "A largest")
    saving = min(A_CHANGES, key=lambda c: c[3])
    addition = max(A_CHANGES, key=lambda c: c[3])
    if saving[0] != "B4" or addition[0] != "T1":
        errs.append("A: p3 says B4 is the largest saving and T1 the largest addition")
    need(A, f"vilket minskar kostnaderna med {grp(-saving[3])} tkr", [2], "A largest saving")
    need(A, f"Det största tillskottet, {grp(addition[3])} tkr", [2], "A largest addition")
    sim = sum(c[3] for c in A_CHANGES if c[2] == "Gräsviks simhall")
    need(A, f"netto ökar simhallens ram därmed med {grp(sim)} tkr", [2], "A simhall net")
    if sorted(c[0] for c in A_CHANGES if c[2] == "Föreningsbidrag") != ["B7", "T6"]:
        errs.append("A: the note says föreningsbidrag changes only by T6 and B7")
    need(A, "Fritidsgården Spiran har haft i genomsnitt 14 besökare per kväll", [2], "A passage")

    # (b) Kärrvalla folkhälsorapport
    for x in B_R:
        need(B, x["item"], [1], "B indicator row")
    for a, _ in B_AREAS:
        need(B, a, [1], "B area row")
    marks = {i[2] for _, i in b_rows()}
    for mk in marks:
        if not any(fn_.startswith(mk) for fn_ in B_FOOTNOTES):
            errs.append(f"B: footnote mark {mk} without a footnote")
    for fn_ in B_FOOTNOTES:
        need(B, fn_, [1], "B footnote")
    if count(B, "2023 2024 2025 Riket 2025") != 2:
        errs.append("B: the year heading must be printed under both Kvinnor and Män")
    nk = sum(1 for _, i in b_rows() if b_worse(i, "K"))
    nm = sum(1 for _, i in b_rows() if b_worse(i, "M"))
    need(B, f"sämre än rikets i {nk} av 10 indikatorer för kvinnor och i {nm} av 10 för män", [0], "B counts")
    ind = {i[0]: i for _, i in b_rows()}
    vb, rk, fa = ind["Nedsatt psykiskt välbefinnande"], ind["Daglig rökning"], \
        ind["Fysisk aktivitet minst 150 minuter i veckan"]
    need(B, f"har stigit från {vb[4][0]} procent 2023 till {vb[4][2]} procent 2025, jämfört med {vb[5]} procent i "
            f"riket. Bland män har andelen ökat från {vb[6][0]} till {vb[6][2]} procent", [0], "B välbefinnande")
    need(B, f"röker dagligen har minskat till {rk[4][2]} procent, medan andelen män som röker har ökat till "
            f"{rk[6][2]} procent", [0], "B rökning")
    if not (rk[4][2] < rk[4][1] and rk[6][2] > rk[6][1]):
        errs.append("B: women's smoking must fall and men's rise (p1)")
    need(B, f"har minskat från {fa[4][0]} till {fa[4][2]} procent, samtidigt som männens har ökat till "
            f"{fa[6][2]} procent", [0], "B fysisk aktivitet")
    if not (fa[4][0] > fa[4][1] > fa[4][2] and fa[4][2] < fa[5]):
        errs.append("B: women's physical activity must fall every year and end below riket (p3)")
    ml = ind["Medellivslängd"]
    need(B, f"Medellivslängden är {b_fmt(ml[4][2])} år för kvinnor och {b_fmt(ml[6][2])} år för män", [0], "B ml")
    if not (ml[4][2] < ml[5] and ml[6][2] < ml[7]):
        errs.append("B: p1 says life expectancy is below riket for both sexes")
    key = dict(B_KEY)
    if B_POP_K + B_POP_M != b_pop() or key["varav kvinnor"] != B_POP_K or key["varav män"] != B_POP_M:
        errs.append("B: population does not add up")
    need(B, f"Folkmängd {grp(b_pop())} varav kvinnor {grp(B_POP_K)} varav män {grp(B_POP_M)}", [0], "B key block")
    al, fe, sj = ind["Riskkonsumtion av alkohol"], ind["Fetma, BMI 30 eller mer"], ind["Sjukpenningtal"]
    need(B, f"har minskat från {al[6][0]} till {al[6][2]} procent och är nu lägre än i riket", [2], "B alkohol")
    if not al[6][2] < al[7]:
        errs.append("B: men's alcohol must be below riket (p3)")
    need(B, f"är {fe[4][2]} procent för kvinnor och {fe[6][2]} procent för män", [2], "B fetma")
    if not (fe[4][2] > fe[4][0] and fe[6][2] > fe[6][0]):
        errs.append("B: fetma must rise for both sexes (p3)")
    need(B, f"har ökat till {b_fmt(sj[4][2])} dagar per försäkrad, jämfört med {b_fmt(sj[5])}", [2], "B sjukp")
    fv, eg = ind["Förvärvsarbetande 20–64 år"], ind["Eftergymnasial utbildning 25–64 år"]
    if not (fv[4][2] > fv[5] and fv[6][2] < fv[7] and eg[4][2] < eg[5] and eg[6][2] < eg[7]):
        errs.append("B: p3 comparisons on employment and education disagree with the table")
    need(B, f"Andelen förvärvsarbetande kvinnor, {b_fmt(fv[4][2])} procent", [2], "B förvärv")
    need(B, f"{b_fmt(eg[4][2])} procent av kvinnorna och {b_fmt(eg[6][2])} procent av männen", [2], "B utbildning")
    for k, it in enumerate(B_INSATSER, 1):
        need(B, f"{k}. {it}", [2], "B insatser")

    # (c) Salmsund stadstrafiken
    for x in C_R:
        need(C, x["item"], [1], "C Tabell 1 row")
    need(C, f"{C_TOTAL} " + " ".join(dec(c_resor(k)) for k in range(3)) + f" {dec(c_change_total(), plus=True)} "
            f"{dec(c_punkt_total(0))} {dec(c_punkt_total(1))}", [1], "C Tabell 1 total")
    p2 = pdf_pages(C)[2][1]
    if not (0 <= p2.find(norm(C_R[-1]["item"])) < p2.find(norm(C_TOTAL))):
        errs.append("C: the total row must come last in Tabell 1")
    for x in C_LINES:
        need(C, f"Linje {x[0]} {dec(x[4][0])} {dec(x[4][1])} {dec(x[5][0])} {dec(x[5][1])} {dec(c_kt(x, 0))} "
                f"{dec(c_kt(x, 1))}", [2], "C Tabell 2 row")
    need(C, f"{C_TOTAL} {dec(c_kost(0))} {dec(c_kost(1))} {dec(c_intakt(0))} {dec(c_intakt(1))} "
            f"{dec(c_kt_total(0))} {dec(c_kt_total(1))}", [2], "C Tabell 2 total")
    for k in range(3):
        if abs(c_resor(k) - sum(x[2][k] for x in C_LINES)) > 0.05:
            errs.append("C: journeys do not add up")
    need(C, f"Stadstrafiken hade {dec(c_resor(2))} tusen resor under 2026, jämfört med {dec(c_resor(1))} tusen "
            f"2025 och {dec(c_resor(0))} tusen 2024. Det är en ökning med {dec(c_change_total())} procent", [0],
         "C summary journeys")
    up = sum(1 for x in C_LINES if x[2][2] > x[2][1])
    if up != 5 or len(C_LINES) != 8:
        errs.append("C: p1 says five of eight lines grew")
    need(C, f"var {dec(c_punkt_total(1))} procent, mot {dec(c_punkt_total(0))} procent året innan", [0], "C punkt")
    if sum(1 for x in C_LINES if x[3][1] < C_PUNKT_MAL) != 2:
        errs.append("C: p1 says two lines missed the punctuality target")
    need(C, f"sjönk från {dec(c_kt_total(0))} till {dec(c_kt_total(1))} procent", [0], "C kt")
    need(C, f"kostnader ökade till {dec(c_kost(1))} mnkr, medan biljettintäkterna ökade till {dec(c_intakt(1))} "
            "mnkr", [0], "C costs")
    l1, l2, l6, l11 = c_line("1"), c_line("2"), c_line("6"), c_line("11")
    if max(C_LINES, key=lambda x: x[2][2]) != l1 or max(C_LINES, key=c_change) != l6:
        errs.append("C: p3 says line 1 is largest and line 6 grew most")
    need(C, f"Linje 1 är störst med {dec(l1[2][2])} tusen resor 2026, vilket är "
            f"{round(l1[2][2] / c_resor(2) * 100)} procent", [2], "C line 1")
    need(C, f"Linje 6 ökade mest, med {dec(c_change(l6))} procent", [2], "C line 6")
    need(C, f"Punktligheten på linje 2 sjönk från {dec(l2[3][0])} till {dec(l2[3][1])} procent", [2], "C line 2")
    fixed = [x for x in C_LINES if x[0] != "S"]
    if min(fixed, key=lambda x: c_kt(x, 1)) != l11:
        errs.append("C: line 11 must have the lowest cost recovery among the fixed lines")
    need(C, f"tappade {dec(-c_change(l11))} procent av resorna", [2], "C line 11")
    need(C, f"kostnadstäckningsgraden bland de fasta linjerna, {dec(c_kt(l11, 1))} procent", [2], "C kt 11")
    if sorted(x[0] for x in C_LINES if c_kt(x, 1) >= C_KT_MAL) != ["1", "3"]:
        errs.append("C: p3 says only lines 1 and 3 reach the cost-recovery target")
    need(C, "att Storgatan var avstängd för ombyggnad från april till november 2026", [2], "C passage")
    for it in C_ATGARDER:
        need(C, "• " + it, [2], "C measures")

    # (d) Ölmsta planprogram
    brk = [p[0] for p in D_PLANS].index(D_BREAK_AFTER)
    for k, x in enumerate(D_R):
        want = [2] if k <= brk else [3]
        if pages_of(D, x["item"]) != want:
            errs.append(f"D: plan {x['r'][0]} printed on {pages_of(D, x['item'])}, expected {want}")
    if count(D, "Nr Detaljplan Område Areal, ha Bostäder Status Start Antagande") != 2:
        errs.append("D: the heading band must be printed on p2 and repeated on p3")
    need(D, "Tabell 1. Detaljplaner i planprogrammet 2027–2029 (forts.)", [2], "D caption (forts.)")
    need(D, "Tabellen fortsätter på nästa sida", [1], "D break note")
    need(D, f"Summa, {len(D_PLANS)} detaljplaner {dec(d_total_area())} {grp(d_total_homes())}", [2], "D Summa")
    cnt = collections.Counter(p[5] for p in D_PLANS)
    if set(cnt) - set(D_STATUSES):
        errs.append("D: unknown status")
    need(D, f"Programmet omfattar {len(D_PLANS)} detaljplaner med sammanlagt {grp(d_total_homes())} bostäder på "
            f"{dec(d_total_area())} hektar. Av planerna är {cnt['Antagen']} antagen, {cnt['Granskning']} är ute på "
            f"granskning, {cnt['Samråd']} har varit på samråd, {cnt['Planuppdrag']} har planuppdrag, "
            f"{cnt['Ej påbörjad']} är ännu inte påbörjade och {cnt['Vilande']} är vilande", [0], "D counts")
    a27 = [p for p in D_PLANS if p[7] and p[7][0] == 2027]
    need(D, f"Under 2027 beräknas {len(a27)} planer antas, med sammanlagt {grp(sum(p[4] for p in a27))} bostäder",
         [0], "D 2027")
    big = max(D_PLANS, key=lambda p: p[4])
    need(D, f"Den största planen är {big[1]}, där detaljplanen ska ge plats för {big[4]} bostäder", [0], "D largest")
    for p in D_PLANS:
        if p[7] is not None and p[7] <= p[6]:
            errs.append(f"D: {p[0]} is adopted before it starts")
        if (p[7] is None) != (p[5] == "Vilande"):
            errs.append(f"D: only the dormant plan lacks an adoption quarter ({p[0]})")
    pl = {p[1]: p for p in D_PLANS}
    if pl["Kullerud verksamhetsområde"][7] > (2027, 3) or pl["Stationsområdet"][7][0] < 2028 or \
            pl["Grusgropen"][5] != "Vilande" or pl["Skolgärdets förskola"][5] != "Antagen":
        errs.append("D: the priorities and notes disagree with the table")
    if any(pl[n][4] for n in ("Kullerud verksamhetsområde", "Grusgropen")):
        errs.append("D: the note says Kullerud and Grusgropen give no homes")
    for it in D_PRIO:
        need(D, "• " + it, [2], "D priorities")
    for b in D_BESKED:
        need(D, " ".join(b), [3], "D besked row")
    need(D, f"lämnade samhällsbyggnadsnämnden {len(D_BESKED)} planeringsbesked, varav "
            f"{sum(1 for b in D_BESKED if b[4] == 'Positivt')} positiva", [3], "D besked count")
    if sum(1 for b in D_BESKED if b[4] == "Negativt") != 2:
        errs.append("D: p4 says two negative besked")

    # (e) Gisslinge RSA
    for x in E_R:
        need(E, x["item"], [1], "E risk entry")
    half = (len(E_RISKS) + 1) // 2
    p2 = pdf_pages(E)[2][1]
    if not p2.find(norm(E_R[half - 1]["item"])) < p2.find(norm(E_R[half]["item"])):
        errs.append("E: the left column must be extracted before the right column")
    for x in E_M:
        need(E, x["item"], [2], "E measure row")
        for ref in x["r"][2].split(", "):
            if ref != "Alla" and ref not in [r[0] for r in E_RISKS]:
                errs.append(f"E: measure {x['r'][0]} points to unknown risk {ref}")
    risks_covered = {ref for m in E_MEASURES for ref in m[2].split(", ")}
    for r in E_RISKS:
        if e_rv(r) >= 10 and r[0] not in risks_covered:
            errs.append(f"E: high risk {r[0]} has no measure")
    cnt = e_counts()
    if sum(cnt.values()) != len(E_RISKS):
        errs.append("E: level counts do not add up")
    need(E, f"Analysen omfattar {len(E_RISKS)} risker. Av dem har {cnt['mycket hög']} mycket högt riskvärde, "
            f"{cnt['hög']} högt, {cnt['medel']} medelhögt och {cnt['låg']} lågt riskvärde", [0], "E counts")
    top2 = sorted(E_RISKS, key=e_rv, reverse=True)[:2]
    if {r[0] for r in top2} != {"R1", "R5"} or e_rv(top2[1]) == e_rv(sorted(E_RISKS, key=e_rv)[-3]):
        errs.append("E: p1 says IT-attack and elavbrott are the two highest risks")
    for lo, hi, name in E_LEVELS:
        need(E, f"Riskvärde {lo}–{hi}: {name} risk", [0], "E level rule")
    if [lo for lo, _, _ in E_LEVELS][1:] != [hi + 1 for _, hi, _ in E_LEVELS][:-1]:
        errs.append("E: levels must be contiguous")
    r2 = [r for r in E_RISKS if r[0] == "R2"][0]
    if r2[2] != 3:
        errs.append("E: p4 says R2's likelihood was raised to 3")
    need(E, "har sannolikheten för förorenat dricksvatten höjts från 2 till 3", [3], "E change")
    need(E, "Sannolikheten har höjts eftersom råvattnet i Gisslingeån har haft förhöjda halter", [1], "E passage")
    for m in E_MEASURES:
        if not (2027 <= m[4].year <= 2030):
            errs.append(f"E: measure {m[0]} outside the period")

    # (f) Ugnsta delegationsbeslut (scanned p. 2)
    scan = f_scan_text()
    for nr, d, text, who, amt in F_DECISIONS:
        if f"{nr} {d.isoformat()} {text} {who} {f_fmt(amt)}" not in scan:
            errs.append(f"F: scanned row {nr} wrong")
        if not (9 <= d.month <= 10 and d.year == 2027):
            errs.append(f"F: decision {nr} outside the period")
    if [d[0] for d in F_DECISIONS] != [f"2027:{n}" for n in range(41, 41 + len(F_DECISIONS))] or \
            [d[1] for d in F_DECISIONS] != sorted(d[1] for d in F_DECISIONS):
        errs.append("F: decision numbers or dates not in order")
    if F_URGENT_NOTE not in scan:
        errs.append("F: the note on the urgent decision is missing from the scan")
    dec_ = {d[0]: d for d in F_DECISIONS}
    if dec_["2027:42"][3] != "Ordförande" or "10 september" not in F_URGENT_NOTE or dec_["2027:42"][1].day >= 10:
        errs.append("F: 2027:42 must be the chair's urgent decision before the deadline")
    need(F, f"Under perioden har {len(F_DECISIONS)} beslut fattats med stöd av delegation. Av dem har "
            f"{sum(1 for d in F_DECISIONS if d[3] == 'Ordförande')} fattats av ordföranden och "
            f"{sum(1 for d in F_DECISIONS if d[3] == 'Kommundirektör')} av kommundirektören", [0], "F counts")
    need(F, f"sammanträde den {dmy(F_KS_DATE)}", [0], "F meeting")
    if F_KS_DATE <= max(d[1] for d in F_DECISIONS):
        errs.append("F: decisions must be reported after they were taken")
    # every decision stays within the limit of the delegation point it rests on
    basis = {"2027:41": "3.1", "2027:42": "1.1", "2027:43": "2.3", "2027:44": "2.2", "2027:45": "4.1",
             "2027:46": "1.3", "2027:47": "3.2", "2027:48": "4.2", "2027:49": "5.1", "2027:50": "2.1",
             "2027:51": "1.2", "2027:52": "2.3"}
    pts = {p[0]: p for _, p in f_points()}
    for nr, d, text, who, amt in F_DECISIONS:
        p = pts[basis[nr]]
        if not (who == p[2] or who in p[2] or (p[2] == "Förvaltningschef eller HR-chef" and who == "HR-chef")):
            errs.append(f"F: {nr} decided by {who}, but punkt {p[0]} delegates to {p[2]}")
        lim = limit_kr(p[3])
        if lim is not None and (amt is None or amt > lim):
            errs.append(f"F: {nr} exceeds the limit of punkt {p[0]}")
    if "fem år" not in dec_["2027:45"][2] or "Högst 5 år" != pts["4.1"][3]:
        errs.append("F: the lease must stay within five years")
    for x in F_P:
        need(F, x["item"], [2], "F delegationsordning row")
    for g, _ in F_ORDNING:
        need(F, g, [2], "F group row")
    layer_f = norm(" ".join(text_layer(F)))
    if any(norm(s_) in layer_f for s_ in ("2027:4", "25 000 000", "312 750", "svarstid")):
        errs.append("F: scanned facts must not be repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond}; on the scanned page "
          f"{dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
