"""Checks ../heldout_syn25.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Dalmyra document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic24/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic25).

* format: 48 questions h25001..h25048, key order, types 16 figure / 14 list / 6 passage / 12 none, 12 in English
  (at least 3 of them lists, at least 5 figures and at least 3 none), at least 11 conditional lists, of which at
  least 4 compare two cells of the same row;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD; a year from "kv 2 2028");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (e), metadata titles exactly in (a), (d) and (e),
  landscape page exactly p. 2 of (e), page 2 of (f) an image without text, no names of earlier synthetic
  municipalities or places (FORBIDDEN), no real municipality or region (REAL) among our own names or as a word
  in the PDFs, our own names (OWN) and persons all start with B, D, F, H, L or N and none of OWN occurs in the
  READMEs of the earlier sets or in ../synthetic22/check.py and ../synthetic24/check.py;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_ACTIONS, A_AREAS, A_BREAK_AFTER, A_RAM, A_STATUSES, A_SURVEY, A_FOLLOWUP, a_deadline,  # noqa
                  a_area, a_sum, a_counts, a_delayed,
                  B_SCHOOLS, B_RIKET, B_TOTAL, B_SMALL, b_shown, b_merit, b_beh, b_pupils, b_total_merit,
                  b_total_beh, b_cells,
                  C_DATE, C_MEMBERS, C_SERVING, C_NONSERVING, C_OTHERS, C_PARAS, C_PARTY_NAMES, c_voters,
                  c_vote_split, c_member_line, c_para,
                  D_AREAS, D_STATUS_MARK, D_PRIO, d_rows, d_fmt, d_reached, d_worse, d_counts,
                  E_ASSETS, E_PROV, E_RESULT, E_LONG_DEBT, E_PENSION_OUTSIDE, E_INV, E_RES3, E_SKATT, E_NETINV,
                  e_sum, e_eq, e_total_assets, e_liab_rows, e_short_debt, e_debts, e_soliditet, e_soliditet_inkl,
                  e_ratios, e_liquid_change,
                  F_GRANTS, F_TYPES, F_NORMS, F_RAM, F_N_APPL, F_N_ASSOC, F_AKT_KR, F_NOTE_KONST, F_NOTE_BYKROKEN,
                  F_DEADLINE, f_fmt, f_total, f_assocs, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, grp, dec, r1)

QFILE = HERE.parent / "heldout_syn25.jsonl"
N_Q = 48
BASE = 25000
PREFIX = "h"
WANT_TYPES = {"figure": 16, "list": 14, "passage": 6, "none": 12}
WANT_EN = 12
MIN_EN_LISTS = 3
MIN_EN_FIGS = 5
MIN_EN_NONE = 3
MIN_COND = 11
MIN_SAME_ROW = 4
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 1, "passage": 1}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "hyttnas-handlingsplan-trygghet-2027-2028.pdf"
B = "lovkulla-skolresultat-ak9-vt2027.pdf"
C = "nyhamra-ks-protokoll-2027-10-12.pdf"
D = "fjallsunda-klimatstrategi-uppfoljning-2026.pdf"
E = "bredaker-arsredovisning-2026-balansrakning.pdf"
F = "dalmyra-kfn-foreningsbidrag-2027.pdf"
PLACE = {A: "Hyttnäs", B: "Lövkulla", C: "Nyhamra", D: "Fjällsunda", E: "Bredåker", F: "Dalmyra"}
WITH_TITLE = {A, D, E}
WITH_MINUS = {E}      # documents that print negative numbers with "−"
LANDSCAPE = {E: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "BDFHLN"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic24/check.py plus the lines that define FORBIDDEN and OWN in
# ../synthetic23/check.py (printed with sed/grep, nothing else of that folder was read). ../synthetic26 is written
# at the same time with other letters and was not opened, not even its FORBIDDEN/OWN lines.
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
    "Tornlyckans scoutkår", "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb", "Gräsvik", "Kärrvalla",
    "Salmsund", "Ölmsta", "Gisslinge", "Ugnsta", "Sandvallen", "Sandvallshallen", "Skeppsvik", "Spiran", "Cirkeln",
    "Gullmyra", "Gullbacka", "Kronåsen", "Kronåsvägen", "Saltängen", "Stenslund", "Ulrikedal", "Grindtorp",
    "Granudden", "Kyrkbacken", "Skogslyckan", "Glimsta", "Kullerbo", "Sundbergs Trafik", "Skolgärdet", "Gärdsängen",
    "Kullerud", "Glasblåsaren", "Sjöudden", "Grusgropen", "Kyrkbyn", "Storängen", "Sågverkstomten", "Gransjö",
    "Skogsbacken", "Smedjetorget", "Ölmstagårdar", "Sandbergs Bygg", "Kullerud Logistik", "Gransjö Camping",
    "Gisslingeån", "Kolbäcksmon", "Storforsdammen", "Gråberget", "Skvaltkvarnen", "Kroksätra", "Centrumskolan",
    "Kullbyn", "Sundqvist HR-konsult", "Vessinge", "Jerlöv", "Ringvalla", "Eldvik", "Pimsjö", "Annersjö",
    "Ravell Revision", "Apelgården", "Aspliden", "Enebacken", "Juvelen", "Poppelgården", "Rosengården", "Vårsolen",
    "Ensjöfältet", "Ravinen", "Alléskolan", "Vallmon", "Rudbo", "Ersbäcken", "Raknäs", "Pelleby", "Rudbovallen",
    "Rävberget", "Jättestensskolan",
]
# real Swedish municipalities and regions beginning with B, D, F, H, L or N: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås", "Botkyrka", "Boxholm",
        "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
        "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
        "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten"]
# our own invented names (municipalities first, then places, schools, buildings, companies, associations); later
# sets should add them to their FORBIDDEN lists
OWN = ["Hyttnäs", "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra",
       "Hyttbacken", "Lerdalen", "Fabriksparken", "Nygårdstorget", "Lyktan", "Freja",
       "Dalängsskolan", "Dammtorp", "Forsbackaskolan", "Hultaskolan", "Nyhemsskolan", "Framtidsskolan",
       "Norrskenets friskola",
       "Hyttan", "Lindhammar Bygg", "Hedåsen", "Dovreby", "Fiskarparken",
       "Bäckvik", "Bodtjärn",
       "Humlan", "Lillbyn", "Nolhed", "Hultmossen",
       "Blåvingens Ungdomsteater", "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK",
       "Lillsjöns scoutkår"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Beatrice Hallberg", "Helena Lindqvist", "Bengt Nordin", "Linda Holm", "Fredrik Dahl", "Nadia Berglund",
           "Hugo Dahlberg", "Hanna Norén", "David Lundgren", "Filip Hedman", "Birgitta Larsson", "Lena Bäck",
           "Dennis Lind", "Frida Nyström", "Lars Forsberg", "Niklas Fält", "Heidi Falk", "Nils Bergqvist",
           "Diana Holmberg", "Leif Dalén", "Hillevi Brandt", "Fanny Lindahl", "Hampus Lindell", "Diana Bengtsson",
           "Nina Hjort"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic22", "synthetic24"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 25)]   # README.md (check.py only of TEMPLATES)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=x, item=f"{x[0]} {x[1]} {x[2]} {x[3]} {grp(x[4]) if x[4] else A_RAM} {x[5]}") for x in A_ACTIONS]
B_R = [dict(r=s, item=f"{s[0]} " + " ".join(b_cells(s))) for s in B_SCHOOLS]
C_M = ([dict(r=(n, p, "member"), item=c_member_line((n, p, role))) for n, p, role in C_MEMBERS]
       + [dict(r=(n, p, "serving"), item=f"{n} ({p}) för {f}") for n, p, f in C_SERVING]
       + [dict(r=(n, p, "nonserving"), item=f"{n} ({p})") for n, p in C_NONSERVING])
C_P = [dict(r=p, item=f"§ {p['nr']} {p['title']}") for p in C_PARAS]
D_R = [dict(r=i, item=f"{i[0]} {i[1]} {i[2]} {d_fmt(i[3])} {d_fmt(i[4])} {d_fmt(i[5])} {d_fmt(i[6])} "
                      f"{D_STATUS_MARK[i[8]]} {i[8]}") for _, _, i in d_rows()]
E_R = ([dict(r=("T", sec, *row), item=f"{row[0]} {row[1]} {dec(row[2])} {dec(row[3])}")
        for sec, rows in E_ASSETS for row in rows]
       + [dict(r=("S", sec, *row), item=f"{row[0]} {row[1]} {dec(row[2])} {dec(row[3])}")
          for sec, rows in e_liab_rows() for row in rows])
F_G = [dict(r=g, item=f"{g[0]} {g[1]} {f_fmt(g[2])}") for g in F_GRANTS]

# qid -> (rows, predicate on the raw row)
LIMIT_A = dt.date(2027, 3, 31)
COND = {
    "h25004": (A_R, lambda x: a_deadline(x[3]) <= LIMIT_A),                          # deadline, mixed formats
    "h25005": (A_R, lambda x: "Socialnämnden" in x[2] and x[5] == "Ej påbörjad"),    # body + status
    "h25006": (A_R, lambda x: (x[4] or 0) > 1000),                                   # over 1 mnkr (tkr column)
    "h25013": (B_R, lambda s: b_shown(s, 0) and b_shown(s, 1) and b_merit(s, 1) < b_merit(s, 0)),   # same row
    "h25014": (B_R, lambda s: b_shown(s, 1) and b_merit(s, 1) > B_RIKET["merit"][1]),                # vs riket
    "h25015": (B_R, lambda s: b_shown(s, 0) and b_shown(s, 1) and b_beh(s, 1) > b_beh(s, 0)),       # same row
    "h25021": (C_M, lambda r: r[2] == "member" and r[1] == "M"),                     # party, members only
    "h25022": (C_P, lambda p: p["vote"] is not None),                                # decided by a vote
    "h25028": (D_R, d_reached),                                                      # same row: 2026 vs target
    "h25029": (D_R, d_worse),                                                        # same row: 2026 vs 2025
    "h25037": (E_R, lambda r: r[1] == "Anläggningstillgångar" and r[4] > r[5]),     # group + same row
    "h25038": (E_R, lambda r: r[1] in ("Avsättningar", "Skulder") and r[4] > 50),    # group + amount
    "h25045": (F_G, lambda g: g[1] == "Lokalbidrag"),                                # word in a cell (scan)
}
SAME_ROW = {"h25013", "h25015", "h25028", "h25029", "h25037"}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h25030": D_PRIO,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h25008": (A, [r"\d+ ordningsvakter", r"\b(?:två|tre|fyra|fem|sex|åtta|tio) ordningsvakter",
                   r"[Oo]rdningsvakter[^.]{0,40}\b(?:\d+|två|tre|fyra|fem|sex) (?:personer|vakter|st)\b"]),
    "h25009": (A, [r"2022"]),
    "h25017": (B, [r"[Ff]lick", r"[Pp]ojk", r"\b[Kk]ön\b", r"[Kk]vinn", r"\b[Mm]än\b"]),
    "h25018": (B, [r"2025"]),
    "h25024": (C, [r"\d+ (?:bostäder|lägenheter|radhus|villor|hus)\b", r"[Bb]ostäder", r"[Ll]ägenhet"]),
    "h25025": (C, [r"[Ff]ullmäktige har \d+", r"\d+ ledamöter", r"fullmäktiges \d+", r"\d+ mandat"]),
    "h25032": (D, [r"1990"]),
    "h25033": (D, [r"\bkr\b", r"kronor", r"\btkr\b", r"mnkr", r"[Bb]udget"]),
    "h25040": (E, [r"[Kk]oncern"]),
    "h25041": (E, [r"2023"]),
    "h25047": (F, [r"2026"]),
    "h25048": (F, [r"[Mm]edlem"]),
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
        if len(expected) == len(rows):
            E_("the condition selects every row (not a real filter)")
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
            layer = [norm(x) for x in text_layer(fn)]
            for s in q["evidence"] + [f["text"] for f in q["figures"]] + q["items"]:
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
                elif f["unit"] == "år":
                    m = re.search(r"\b(?:19|20)\d{2}\b", f["text"])
                    if not m or int(m.group()) != f["value"]:
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
    en_lists = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "list")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    n_same = sum(1 for q in qs if q["type"] == "list" and q["id"] in SAME_ROW and q["id"] in COND)
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
    if n_same < MIN_SAME_ROW:
        errs.append(f"only {n_same} conditional lists compare two cells of the same row")
    if dict(n_scan) != WANT_SCAN:
        errs.append(f"scanned page: {dict(n_scan)} questions, expected {WANT_SCAN}")
    if len({q["question"] for q in qs}) != len(qs):
        errs.append("duplicate question texts")

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
        if PLACE[fn] not in alltext:
            errs.append(f"{fn}: the municipality {PLACE[fn]} is not named in the document")
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
    none_docs = collections.Counter(NONE_ABSENT[q["id"]][0] for q in qs if q["type"] == "none")
    for fn in files:
        if none_docs[fn] < 2:
            errs.append(f"{fn}: only {none_docs[fn]} none questions")
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
    people_in_docs = ([n for n, _, _ in C_MEMBERS] + [n for n, _, _ in C_SERVING] + [f.split(" (")[0] for *_, f in
                                                                                        C_SERVING]
                      + [n for n, _ in C_NONSERVING] + [n for n, _ in C_OTHERS])
    for n_ in people_in_docs:
        if n_ not in PERSONS:
            errs.append(f"person {n_} of the protocol is missing from PERSONS")

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

    def need(fn, s, pages, what):
        if not on(fn, s, pages):
            errs.append(f"{fn[:12]}: {what} not on p{[p + 1 for p in pages]}: {s[:70]!r}")

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    # (a) Hyttnäs handlingsplan trygghet
    brk = [x[0] for x in A_ACTIONS].index(A_BREAK_AFTER)
    for k, x in enumerate(A_R):
        want = [2] if k <= brk else [3]
        if pages_of(A, x["item"]) != want:
            errs.append(f"A: action {x['r'][0]} printed on {pages_of(A, x['item'])}, expected {want}")
    if count(A, "Nr Åtgärd Ansvarig Klart Kostnad, tkr Status") != 2:
        errs.append("A: the heading row must be printed on p2 and repeated on p3")
    need(A, "Tabell 1. Åtgärder, kostnad 2027–2028 och status per 30 september 2027 (forts.)", [2], "A caption forts")
    brk_area = dict(A_AREAS)[a_area(A_BREAK_AFTER)]
    need(A, f"Fokusområde {a_area(A_BREAK_AFTER)} · {brk_area} (forts.)", [2], "A band forts")
    need(A, "Tabellen fortsätter på nästa sida", [1], "A break note")
    if a_area(A_ACTIONS[brk + 1][0]) != a_area(A_BREAK_AFTER):
        errs.append("A: the table must break inside a focus area")
    for nr, name in A_AREAS:
        need(A, f"Fokusområde {nr} · {name}", [1, 2], "A band")
        need(A, f"Summa fokusområde {nr} {grp(a_sum(nr))}", [1, 2], "A summa")
    if sum(a_sum(nr) for nr, _ in A_AREAS) != a_sum():
        errs.append("A: area sums do not add up to the total")
    need(A, f"Totalt, {len(A_ACTIONS)} åtgärder {grp(a_sum())}", [2], "A total")
    cnt = a_counts()
    if sum(cnt.values()) != len(A_ACTIONS) or len(set(cnt.values())) != 3:
        errs.append(f"A: status counts {cnt} must add up and differ from each other")
    for x in A_ACTIONS:
        if x[5] not in A_STATUSES:
            errs.append(f"A: unknown status {x[5]}")
        d = a_deadline(x[3])
        if not dt.date(2027, 1, 1) <= d <= dt.date(2028, 12, 31):
            errs.append(f"A: deadline of {x[0]} outside the plan period")
        if not (x[2] == "Kommunstyrelsen" or x[2].endswith("nämnden")):
            errs.append(f"A: Ansvarig of {x[0]} is not a nämnd: {x[2]}")
        if x[5] == "Klar" and d > A_FOLLOWUP + dt.timedelta(days=92):
            errs.append(f"A: {x[0]} is finished long before its deadline (implausible)")
    fmts = collections.Counter("iso" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", x[3]) else
                               ("kv" if x[3].startswith("kv ") else "month") for x in A_ACTIONS)
    if set(fmts) != {"iso", "kv", "month"}:
        errs.append(f"A: deadlines must mix three formats {dict(fmts)}")
    n_ram = sum(1 for x in A_ACTIONS if x[4] is None)
    need(A, f"Planen innehåller {len(A_ACTIONS)} åtgärder med en sammanlagd kostnad på {grp(a_sum())} tkr under "
            f"2027–2028. För {n_ram} av åtgärderna finns ingen särskild kostnad", [0], "A summary")
    need(A, f"Per den {dmy(A_FOLLOWUP)} är {cnt['Klar']} åtgärder klara, {cnt['Pågår']} pågår och "
            f"{cnt['Ej påbörjad']} har ännu inte påbörjats. {len(a_delayed())} åtgärder är försenade", [0],
         "A status sentence")
    if [x[0] for x in a_delayed()] != ["1.1", "2.5", "4.3"]:
        errs.append(f"A: p4 comments on 1.1, 2.5 and 4.3 but the delayed actions are "
                    f"{[x[0] for x in a_delayed()]}")
    need(A, "Tre åtgärder skulle enligt planen ha varit klara före den 30 september 2027", [3], "A p4 intro")
    for h in ("1.1 Belysning mellan stationen och centrum", "2.5 Samverkan för unga i riskzon (SSPF)",
              "4.3 Samordnare för det brottsförebyggande arbetet"):
        need(A, h, [3], "A delayed heading")
    if 9000 + 3600 != a_sum():
        errs.append("A: financing 9 000 + 3 600 tkr must equal the total")
    need(A, f"Av den sammanlagda kostnaden på {grp(a_sum())} tkr finansieras 9 000 tkr", [3], "A financing")
    need(A, f"uppgav {A_SURVEY[2026][0]} procent av kvinnorna och {A_SURVEY[2026][1]} procent av männen", [0],
         "A survey 2026")
    need(A, f"Vid mätningen 2024 var andelarna {A_SURVEY[2024][0]} respektive {A_SURVEY[2024][1]} procent", [0],
         "A survey 2024")
    need(A, "Den första rekryteringen av samordnare avbröts i maj då ingen sökande hade rätt kompetens", [3],
         "A passage")

    # (b) Lövkulla skolresultat
    for x in B_R:
        need(B, x["item"], [1], "B school row")
    need(B, f"Riket Alla huvudmän – – {dec(B_RIKET['merit'][0])} {dec(B_RIKET['merit'][1])} "
            f"{dec(B_RIKET['beh'][0])} {dec(B_RIKET['beh'][1])}", [1], "B riket row")
    need(B, f"{B_TOTAL} Alla huvudmän {b_pupils(0)} {b_pupils(1)} {dec(b_total_merit(0))} {dec(b_total_merit(1))} "
            f"{dec(b_total_beh(0))} {dec(b_total_beh(1))}", [1], "B total row")
    p2 = pdf_pages(B)[2][1]
    if not p2.find(norm("Riket Alla huvudmän")) < p2.find(norm(B_R[0]["item"])) < p2.find(norm(B_TOTAL + " Alla")):
        errs.append("B: the riket row must come first and the total last")
    n_dots = 0
    for s in B_SCHOOLS:
        for yi in (0, 1):
            if b_shown(s, yi) != (s[2 + yi] >= B_SMALL):
                errs.append(f"B: suppression rule broken for {s[0]}")
            n_dots += 0 if b_shown(s, yi) else 2
            if not 0 <= s[6 + yi] <= s[2 + yi]:
                errs.append(f"B: eligible pupils out of range for {s[0]}")
    if p2.count(norm("..")) and n_dots == 0:
        errs.append("B: '..' printed without a suppressed value")
    if " ".join(pdf_pages(B)[1]).count("..") < n_dots:
        errs.append("B: not every suppressed value is printed as '..'")
    shown27 = [s for s in B_SCHOOLS if b_shown(s, 1)]
    shown26 = [s for s in B_SCHOOLS if b_shown(s, 0)]
    need(B, f"Vårterminen 2027 lämnade {b_pupils(1)} elever årskurs 9 i Lövkullas {len(B_SCHOOLS)} skolenheter, "
            f"jämfört med {b_pupils(0)} elever vårterminen 2026", [0], "B pupils")
    need(B, f"Det genomsnittliga meritvärdet var {dec(b_total_merit(1))}, jämfört med {dec(b_total_merit(0))} "
            f"året innan och {dec(B_RIKET['merit'][1])} i riket", [0], "B merit")
    need(B, f"ökade från {dec(b_total_beh(0))} till {dec(b_total_beh(1))} procent", [0], "B beh")
    if not b_total_beh(1) > B_RIKET["beh"][1] > b_total_beh(0) - 1:
        errs.append("B: p1 says the municipality is slightly above riket in 2027")
    need(B, f"meritvärdet varierar från {dec(min(b_merit(s, 1) for s in shown27))} till "
            f"{dec(max(b_merit(s, 1) for s in shown27))}", [0], "B range")
    S = {s[0]: s for s in B_SCHOOLS}
    if min(shown26, key=lambda s: b_merit(s, 0))[0] != "Hultaskolan":
        errs.append("B: p3 says Hultaskolan had the lowest merit value in 2026")
    if max(B_SCHOOLS, key=lambda s: s[3])[0] != "Lövkullaskolan":
        errs.append("B: p3 says Lövkullaskolan is the largest unit")
    if max(shown27, key=lambda s: b_merit(s, 1))[0] != "Framtidsskolan Lövkulla":
        errs.append("B: p3 says Framtidsskolan Lövkulla has the highest merit value")
    for nm, yi in (("Dalängsskolan", None), ("Forsbackaskolan", None), ("Nyhemsskolan", None)):
        s = S[nm]
        need(B, f"från {dec(b_merit(s, 0))} till {dec(b_merit(s, 1))}", [2], f"B comment {nm}")
    if not (b_merit(S["Forsbackaskolan"], 1) < b_merit(S["Forsbackaskolan"], 0)
            and b_merit(S["Dalängsskolan"], 1) > b_merit(S["Dalängsskolan"], 0)
            and b_merit(S["Norrskenets friskola"], 1) > b_merit(S["Norrskenets friskola"], 0)):
        errs.append("B: p3 comments disagree with the table")
    need(B, f"andelen behöriga från {dec(b_beh(S['Nyhemsskolan'], 0))} till {dec(b_beh(S['Nyhemsskolan'], 1))} "
            "procent", [2], "B Nyhem beh")
    need(B, f"Dammtorp hade {S['Dammtorpets skola'][2]} elever i årskurs 9", [2], "B Dammtorp")
    need(B, "Skolan hade vakanta lärartjänster i matematik och engelska under hela höstterminen 2026", [2],
         "B passage")

    # (c) Nyhamra KS-protokoll
    for x in C_M:
        need(C, x["item"], [0], "C attendance")
    voters = c_voters()
    if len(voters) != 13 or len({n for n, _ in voters}) != 13:
        errs.append("C: 13 distinct members must take part in the decisions")
    if [p["nr"] for p in C_PARAS] != list(range(112, 112 + len(C_PARAS))):
        errs.append("C: paragraph numbers must be consecutive")
    need(C, f"Justerade paragrafer §§ {C_PARAS[0]['nr']}–{C_PARAS[-1]['nr']}", [0], "C paragraphs")
    need(C, f"tisdagen den {dmy(C_DATE)}", [0], "C date")
    if C_DATE.weekday() != 1:
        errs.append("C: the meeting date must be a Tuesday")
    for x in C_P:
        p = x["r"]
        if not pages_of(C, x["item"]):
            errs.append(f"C: § {p['nr']} heading missing")
        for cl in p["att"]:
            need(C, "att " + cl, range(5), f"C § {p['nr']} att-clause")
        if ("Kommunfullmäktige" in p["exp"]) != ("kommunfullmäktige" in p["lead"]):
            errs.append(f"C: § {p['nr']} lead and Expedieras disagree on kommunfullmäktige")
        if p["vote"]:
            ja, nej, _ = p["vote"]
            jv, nv = c_vote_split(p)
            if (len(jv), len(nv)) != (ja, nej) or ja + nej != 13:
                errs.append(f"C: § {p['nr']} vote {ja}–{nej} does not match the voters")
            need(C, f"Omröstningsresultat: {ja} ja, {nej} nej", range(5), f"C § {p['nr']} vote")
            need(C, "Nej-röster: " + ", ".join(f"{n} ({pa})" for n, pa in nv), range(5), f"C § {p['nr']} nej")
            if not p["yrk"] or len(p["yrk"]) != 2:
                errs.append(f"C: § {p['nr']} vote without two yrkanden")
        elif p["nej"]:
            errs.append(f"C: § {p['nr']} nej-voters without a vote")
    p113, p114, p115, p116 = c_para(113), c_para(114), c_para(115), c_para(116)
    parties = {pa for _, pa in c_vote_split(p113)[1]}
    if p113["res"] != ("Ledamöterna från " + ", ".join(C_PARTY_NAMES[x] for x in ("M", "SD")) + " och "
                       + C_PARTY_NAMES["KD"] + " reserverar sig mot beslutet till förmån för Bengt Nordins "
                                           "yrkande.") or parties != {"M", "SD", "KD"}:
        errs.append("C: § 113 reservation must name exactly the parties that voted nej")
    if {n for n, _ in c_vote_split(p114)[1]} != set(re.findall(r"(\w+ \w+) \(", p114["res"])):
        errs.append("C: § 114 reservation must name exactly the nej-voters")
    if [n for n, _ in c_vote_split(p115)[1]] != ["Hanna Norén"] or "Hanna Norén (V) föreslår" not in p115["text"][0]:
        errs.append("C: § 115 only the author of the motion votes nej")
    need(C, "Socialnämnden begär ett tilläggsanslag på 6,5 mnkr för 2027", [1], "C § 113 request")
    need(C, "att socialnämnden får 4,8 mnkr", [1], "C § 113 proposal")
    need(C, "Köpeskillingen är 3 450 000 kronor. En oberoende värdering från juni 2027 anger marknadsvärdet till "
            "3 200 000 kronor", [3], "C § 116 price")
    need(C, "kollektivtrafiken drivs av den regionala kollektivtrafikmyndigheten, som beslutar om biljettpriserna",
         [2], "C passage")
    vote_pages = sorted({pg for x in C_P if x["r"]["vote"] for pg in pages_of(C, x["item"])})
    if vote_pages != [2, 3]:
        errs.append(f"C: the voted paragraphs must stand on p2–p3 (they are on {vote_pages})")

    # (d) Fjällsunda klimatstrategi
    for x in D_R:
        need(D, x["item"], [1], "D indicator row")
    cnt = d_counts()
    need(D, f"Av strategins {len(d_rows())} indikatorer bedöms {cnt['Uppnås']} nå målet till 2030. För "
            f"{cnt['Osäkert']} indikatorer är det osäkert om målet nås, och {cnt['Uppnås ej']} indikatorer bedöms "
            "inte nå målet", [0], "D counts")
    if len(set(cnt.values())) != 3:
        errs.append(f"D: the status counts {cnt} should differ from each other")
    ind = {i[0]: i for _, _, i in d_rows()}
    vt, ev = ind["Utsläpp av växthusgaser från vägtrafik"], ind["Utsläpp från kommunens egen verksamhet"]
    need(D, f"minskat från {d_fmt(vt[3])} kiloton koldioxidekvivalenter basåret {vt[2]} till {d_fmt(vt[5])} "
            f"kiloton 2026. För att nå målet på {d_fmt(vt[6])} kiloton måste den årliga minskningen mer än "
            "fördubblas", [0], "D vägtrafik")
    if not (vt[5] - vt[6]) / (2030 - 2026) > 2 * (vt[3] - vt[5]) / (2026 - vt[2]):
        errs.append("D: p1 says the yearly reduction must more than double")
    need(D, f"egen verksamhet var {d_fmt(ev[5])} ton 2026, jämfört med {d_fmt(ev[3])} ton {ev[2]}", [0], "D egen")
    areas = {nr: inds for nr, _, inds in D_AREAS}
    if any(i[8] != "Uppnås" for i in areas["2"]):
        errs.append("D: p1 says all three energy indicators reach their targets")
    n_ej = {nr: sum(1 for i in inds if i[8] == "Uppnås ej") for nr, inds in areas.items()}
    if max(n_ej, key=n_ej.get) != "3":
        errs.append("D: p1 says consumption and waste is the weakest area")
    for st, mark in D_STATUS_MARK.items():
        need(D, f"{mark} {st}", [0], "D legend")
    if {i[2] for i in ind.values()} != {2015, 2019, 2022}:
        errs.append("D: the base years should be 2015, 2019 and 2022 (as the notes say)")
    for i in ind.values():
        if d_reached(i) and i[8] != "Uppnås":
            errs.append(f"D: {i[0]} has reached its target but is not assessed Uppnås")
        if d_worse(i) and i[8] == "Uppnås":
            errs.append(f"D: {i[0]} got worse but is assessed Uppnås")
    ha, fl = ind["Hushållsavfall per invånare"], ind["Utsläpp från tjänsteresor med flyg"]
    kt = ind["Andel arbetsresor med kollektivtrafik, cykel eller gång"]
    need(D, f"långt från målet på {kt[6]} procent", [2], "D kollektiv")
    need(D, f"Hushållsavfallet per invånare ökade från {ha[4]} till {ha[5]} kilo mellan 2025 och 2026", [2], "D avfall")
    need(D, f"Utsläppen från tjänsteresor med flyg ökade till {fl[5]} ton", [2], "D flyg")
    if not (ha[5] > ha[4] and fl[5] > fl[4]):
        errs.append("D: p3 says household waste and flights increased")
    for it in D_PRIO:
        need(D, it, [2], "D priority")
    need(D, "den nya återvinningscentralen vid Bodtjärn tar emot grovavfall som tidigare lämnades i grannkommunen",
         [2], "D passage")

    # (e) Bredåker årsredovisning
    for x in E_R:
        need(E, x["item"], [1], "E balance row")
    p2 = pdf_pages(E)[2][1]
    last_left = [x for x in E_R if x["r"][0] == "T"][-1]["item"]
    first_right = [x for x in E_R if x["r"][0] == "S"][0]["item"]
    if not p2.find(norm(last_left)) < p2.find(norm(first_right)):
        errs.append("E: the left panel must be extracted before the right panel")
    for sec, rows in E_ASSETS:
        if len(rows) > 1:
            need(E, f"Summa {sec.lower()} {dec(e_sum(rows, 0))} {dec(e_sum(rows, 1))}", [1], "E asset summa")
    for sec, rows in e_liab_rows():
        need(E, f"Summa {sec.lower()} {dec(e_sum(rows, 0))} {dec(e_sum(rows, 1))}", [1], "E liab summa")
    for yi in (0, 1):
        right = r1(e_eq(yi)[3] + e_sum(E_PROV, yi) + e_debts(yi))
        if abs(right - e_total_assets(yi)) > 1e-6:
            errs.append(f"E: the balance sheet does not balance (yi={yi})")
        if e_short_debt(yi) <= 0:
            errs.append("E: short-term debt must be positive")
    ta0, ta1 = e_total_assets(0), e_total_assets(1)
    need(E, f"SUMMA TILLGÅNGAR {dec(ta0)} {dec(ta1)} SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER {dec(ta0)} "
            f"{dec(ta1)}", [1], "E totals")
    if abs(e_eq(0)[3] - r1(e_eq(1)[3] + E_RESULT[0])) > 1e-6:
        errs.append("E: equity 2026 must be equity 2025 plus the result of 2026")
    if (E_RES3[1], E_RES3[2]) != (E_RESULT[1], E_RESULT[0]):
        errs.append("E: the key-ratio results must equal the balance-sheet results")
    need(E, f"Pensionsförpliktelser som inte har tagits upp bland skulder eller avsättningar "
            f"{dec(E_PENSION_OUTSIDE[0])} {dec(E_PENSION_OUTSIDE[1])}", [1], "E ansvarsförbindelse")
    for r in e_ratios():
        need(E, " ".join(r), [2], "E key ratio")
    ratios = {r[0]: r for r in e_ratios()}
    if (ratios["Soliditet"][3], ratios["Soliditet"][4]) != (dec(e_soliditet(1)), dec(e_soliditet(0))):
        errs.append("E: soliditet in the key ratios disagrees with the balance sheet")
    if ratios["Långfristiga skulder per invånare"][4] != grp(round(E_LONG_DEBT[0] * 1e6 / E_INV[2])):
        errs.append("E: long-term debt per inhabitant disagrees")
    if e_liquid_change()[2] >= 0:
        errs.append("E: p1 says liquidity got worse in 2026")
    kassa = [r for _, rows in E_ASSETS for r in rows if r[0] == "Kassa och bank"][0]
    plac = [r for _, rows in E_ASSETS for r in rows if r[0] == "Kortfristiga placeringar"][0]
    pag = [r for _, rows in E_ASSETS for r in rows if r[0] == "Pågående nyanläggningar"][0]
    need(E, f"Balansomslutningen ökade med {dec(ta0 - ta1)} mnkr och uppgick till {dec(ta0)} mnkr", [0], "E bal")
    need(E, f"uppgick till {dec(E_NETINV[2])} mnkr netto", [0], "E netinv")
    if E_NETINV[2] != max(E_NETINV):
        errs.append("E: p1 says the investments were the largest")
    need(E, f"årets resultat på {dec(E_RESULT[0])} mnkr och uppgick till {dec(e_eq(0)[3])} mnkr", [0], "E eq")
    need(E, f"Soliditeten var {dec(e_soliditet(0))} procent, en ökning med {dec(e_soliditet(0) - e_soliditet(1))} "
            f"procentenheter", [0], "E sol")
    need(E, f"räknas med var soliditeten {dec(e_soliditet_inkl(0))} procent", [0], "E sol inkl")
    need(E, f"De långfristiga skulderna ökade med {dec(E_LONG_DEBT[0] - E_LONG_DEBT[1])} mnkr till "
            f"{dec(E_LONG_DEBT[0])} mnkr", [0], "E long debt")
    need(E, f"De kortfristiga skulderna minskade till {dec(e_short_debt(0))} mnkr", [0], "E short debt")
    if not e_short_debt(0) < e_short_debt(1):
        errs.append("E: p1 says short-term debt decreased")
    need(E, f"kassa och bank uppgick till {dec(kassa[2])} mnkr", [0], "E kassa")
    need(E, f"Kortfristiga placeringar på {dec(plac[3] - plac[2])} mnkr löstes in", [0], "E placeringar")
    need(E, f"uppgick till {dec(E_PENSION_OUTSIDE[0])} mnkr. Avsättningen för pensioner i balansräkningen ökade "
            f"till {dec(E_PROV[0][2])} mnkr", [0], "E pension")
    if not (E_PROV[0][2] > E_PROV[0][3] and E_PENSION_OUTSIDE[0] < E_PENSION_OUTSIDE[1]):
        errs.append("E: p1 says the pension provision grew and the commitment fell")
    need(E, f"Pågående nyanläggningar ökade från {dec(pag[3])} till {dec(pag[2])} mnkr", [2], "E passage")
    need(E, "Ökningen beror främst på ombyggnaden av reningsverket, som ska klara skärpta krav", [2], "E passage 2")
    if E_INV[2] >= E_INV[1]:
        errs.append("E: the population should fall (as the key ratios show)")

    # (f) Dalmyra föreningsbidrag (scanned p. 2)
    scan = f_scan_text()
    for x in F_G:
        if x["item"] not in scan:
            errs.append(f"F: scanned row missing: {x['item']}")
    if f"Summa beviljade bidrag {f_fmt(f_total())}" not in scan:
        errs.append("F: the sum row of the scan is wrong")
    if [g[0] for g in F_GRANTS] != sorted(g[0] for g in F_GRANTS):
        errs.append("F: the printout is sorted by association")
    norms = {n[0]: n for n in F_NORMS}
    if set(norms) != set(F_TYPES) or any(g[1] not in norms for g in F_GRANTS):
        errs.append("F: every bidragstyp needs a norm")
    lim = {t: (int(re.sub(r"\D", "", n[3].split(" kr")[0])) if n[3] != "–" else None) for t, n in norms.items()}
    for a, t, b in F_GRANTS:
        if t == "Aktivitetsstöd" and b % F_AKT_KR:
            errs.append(f"F: aktivitetsstöd to {a} is not a whole number of deltagartillfällen")
        if t == "Ledarutbildningsbidrag":
            if b % lim[t]:
                errs.append(f"F: ledarutbildningsbidrag to {a} is not a whole number of leaders at the maximum")
        elif lim[t] is not None and b > lim[t]:
            errs.append(f"F: {t} to {a} exceeds the maximum {lim[t]}")
    if len({(a, t) for a, t, _ in F_GRANTS}) != len(F_GRANTS):
        errs.append("F: an association got the same bidragstyp twice")
    if f_total() > F_RAM:
        errs.append("F: the grants exceed the frame")
    n_gr = len(f_assocs())
    need(F, f"Nämndens ram för föreningsbidrag 2027 är {f_fmt(F_RAM)} kr. Till ansökningstidens slut den "
            f"{dmy(F_DEADLINE)} kom {F_N_APPL} ansökningar in från {F_N_ASSOC} föreningar", [0], "F frame")
    need(F, f"föreslår att bidrag beviljas till {n_gr} föreningar", [0], "F granted")
    if F_N_ASSOC - n_gr != 2:
        errs.append("F: p1 says two associations were rejected")
    need(F, "Två föreningar uppfyller inte villkoren", [0], "F rejected")
    for t, who, calc, mx in F_NORMS:
        need(F, f"{t} Vem kan få bidrag {who} Beräkning {calc} Högsta belopp {mx}", [2], "F norm card")
    for note in (F_NOTE_KONST, F_NOTE_BYKROKEN):
        if note not in scan:
            errs.append("F: a note is missing from the scan")
    if ("Dalmyra Konstförening", "Lokalbidrag") not in {(a, t) for a, t, _ in F_GRANTS} or \
            ("Bykrokens hembygdsförening", "Arrangemangsbidrag") not in {(a, t) for a, t, _ in F_GRANTS}:
        errs.append("F: the notes refer to grants that are not in the list")
    konst = [b for a, t, b in F_GRANTS if a == "Dalmyra Konstförening" and t == "Lokalbidrag"][0]
    if konst >= lim["Lokalbidrag"] * 0.7:
        errs.append("F: the reduced rent grant should be well below the maximum")
    layer_f = norm(" ".join(text_layer(F)))
    for a in f_assocs():
        if norm(a) in layer_f:
            errs.append(f"F: association {a} named in the text layer (scanned facts must stay in the image)")
    raw_f = re.sub(r"\s+", " ", " ".join(text_layer(F)))
    for s_ in [f_fmt(b) for _, _, b in F_GRANTS] + [f_fmt(f_total()), "30 procent eftersom"]:
        if re.search(r"(?<!\d)(?<!\d )" + re.escape(s_) + r"(?!\d)(?! \d)", raw_f):
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} (same-row {n_same}); "
          f"on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
