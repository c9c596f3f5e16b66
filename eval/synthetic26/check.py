"""Checks ../train_syn26.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Äppelvik document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic24/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic26).

* format: 68 questions t26001..t26068, key order, types 22 figure / 20 list / 6 passage / 20 none,
  17 in English (at least 5 of them lists, at least 6 figures and at least 5 none), at least 16 conditional lists
  of which at least 6 compare two cells of the same row;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "30 september 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (d) and (e); metadata titles exactly in (a) and (c),
  landscape page exactly p. 2 of (d), page 2 of (f) an image without text, no names of earlier synthetic
  municipalities or places (FORBIDDEN, incl. the OWN names of ../synthetic23 and ../synthetic25), no real
  municipality or region (REAL) among our own names or as a word
  in the PDFs, our own names (OWN) and persons all start with M, O, T, I, Y or Ä and none of OWN occurs in the
  READMEs of the earlier sets or in ../synthetic22/check.py and ../synthetic24/check.py;
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
from data import (A_PROCESSES, A_BREAK_AFTER, A_FINDINGS, A_MED, A_UTAN, A_FREQS, A_PASSAGE, a_points, a_rv,  # noqa
                  a_counts, a_deadline,
                  B_DISTRICTS, B_BREAK_AFTER, B_YEARS, B_RAM, B_CLASSES, B_PASSAGE, b_streets, b_year_sum,
                  b_district_sum, b_total, b_prev,
                  C_BRANCHES, C_YEARS, C_TOTAL, C_PASSAGE, C_PLANS, c_loans, c_visits, c_hours, c_pct, c_share,
                  c_branch,
                  D_GROUPS, D_PRIO, D_PASSAGE, D_FTE, D_AVAIL, D_EVENT, d_rows, d_sum,
                  E_BUILDINGS, E_SPLIT, E_COST, E_MEASURES, E_PASSAGE, e_change, e_meets,
                  F_DECISIONS, F_NOTE, F_NOTE2, F_MBN_DATE, F_TIMES, f_fee, f_fee_sum, f_scan_rows, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, g, d1, r1)

QFILE = HERE.parent / "train_syn26.jsonl"
N_Q = 68
BASE = 26000
WANT_TYPES = {"figure": 22, "list": 20, "passage": 6, "none": 20}
WANT_EN = 17
MIN_EN_LISTS = 5
MIN_EN_FIGS = 6
MIN_EN_NONE = 5
MIN_COND = 16
MIN_PAIR = 6          # conditional lists that compare two cells of the same row
MIN_ANSWERABLE = 6    # answerable questions per document
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "tyllinge-ks-uppfoljning-internkontroll-2026.pdf"
B = "mjardevik-underhallsplan-gator-vagar-2027-2031.pdf"
C = "orrhammar-biblioteksstatistik-2026.pdf"
D = "isbacka-tillsynsplan-miljo-halsoskydd-2027.pdf"
E = "ylvasund-energirapport-fastigheter-2026.pdf"
F = "appelvik-mbn-delegationsbeslut-bygglov-sep-2027.pdf"
PLACE = {A: "Tyllinge", B: "Mjärdevik", C: "Orrhammar", D: "Isbäcka", E: "Ylvasund", F: "Äppelvik"}
WITH_TITLE = {A, C}
WITH_MINUS = {D, E}         # documents that print negative numbers with "−"
LANDSCAPE = {D: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "MOTIYÄ"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic24/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic23/check.py and ../synthetic25/check.py (read with grep/sed, those lines only; both FORBIDDEN lists
# equal the one of ../synthetic24, which does not hold the synthetic24 names). ../synthetic25 is written at the same
# time by another writer with other letters; its check.py appeared late in our work, and only the two definitions
# were read from it.
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
    "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb", "Gräsvik", "Kärrvalla", "Salmsund", "Ölmsta",
    "Gisslinge", "Ugnsta", "Sandvallen", "Sandvallshallen", "Skeppsvik", "Spiran", "Cirkeln", "Gullmyra",
    "Gullbacka", "Kronåsen", "Kronåsvägen", "Saltängen", "Stenslund", "Ulrikedal", "Grindtorp", "Granudden",
    "Kyrkbacken", "Skogslyckan", "Glimsta", "Kullerbo", "Sundbergs Trafik", "Skolgärdet", "Gärdsängen", "Kullerud",
    "Glasblåsaren", "Sjöudden", "Grusgropen", "Kyrkbyn", "Storängen", "Sågverkstomten", "Gransjö", "Skogsbacken",
    "Smedjetorget", "Ölmstagårdar", "Sandbergs Bygg", "Kullerud Logistik", "Gransjö Camping", "Gisslingeån",
    "Kolbäcksmon", "Storforsdammen", "Gråberget", "Skvaltkvarnen", "Kroksätra", "Centrumskolan", "Kullbyn",
    "Sundqvist HR-konsult", "Vessinge", "Jerlöv", "Ringvalla", "Eldvik", "Pimsjö", "Annersjö", "Ravell Revision",
    "Apelgården", "Aspliden", "Enebacken", "Juvelen", "Poppelgården", "Rosengården", "Vårsolen", "Ensjöfältet",
    "Ravinen", "Alléskolan", "Vallmon", "Rudbo", "Ersbäcken", "Raknäs", "Pelleby", "Rudbovallen", "Rävberget",
    "Jättestensskolan",
    # the OWN list of ../synthetic25/check.py (its FORBIDDEN list equals ours above; read with sed, those lines only)
    "Hyttnäs", "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra", "Hyttbacken", "Lerdalen", "Fabriksparken",
    "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp", "Forsbackaskolan", "Hultaskolan",
    "Nyhemsskolan", "Framtidsskolan", "Norrskenets friskola", "Hyttan", "Lindhammar Bygg", "Hedåsen", "Dovreby",
    "Fiskarparken", "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed", "Hultmossen", "Blåvingens Ungdomsteater",
    "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK", "Lillsjöns scoutkår",
]
# real Swedish municipalities and regions beginning with M, O, T, I, Y or Ä (none begins with I; no region begins
# with any of these letters): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda",
        "Ydre", "Ystad",
        "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm"]
# our own invented names (municipalities first, then districts, streets, libraries, buildings, properties);
# later sets should add them to their FORBIDDEN lists
OWN = ["Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik",
       "Oxhagen", "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan",
       "Oxhagsvägen", "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan",
       "Ormbunksvägen", "Tofsvipevägen", "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan",
       "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad", "Marbäcka",
       "Isbäckaån",
       "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan", "Tvärskogs skola",
       "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola", "Mariagården",
       "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan",
       "Malmen", "Tjädern", "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Ingrid Mattsson", "Tomas Ylander", "Oskar Törnqvist", "Ylva Ottosson", "Mats Isaksson",
           "Therese Moberg", "Ingela Tapper", "Olle Mårtensson"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic22", "synthetic24"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 25)]   # README.md only


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=(l_, p_, pt), item=f"{pt[0]} {pt[1]} Metod: {pt[2]} {pt[3]} {pt[4]} {pt[5]} {pt[6]} {a_rv(pt)} "
            f"{pt[7]} {pt[8]}") for l_, p_, pt in a_points()]
B_R = [dict(r=(d_, s), item=f"{s[0]} {s[1]} {g(s[2])} {s[3]} {s[4]} {s[5]} {b_prev(s)} {g(s[7])}")
       for d_, s in b_streets()]
C_R = [dict(r=b, item=f"{b[0]} " + " ".join(f"{g(b[2][k])} {g(b[3][k]) if b[3] else '–'}" for k in range(3))
            + f" {b[4]}") for b in C_BRANCHES]
D_R = [dict(r=(gr, r), item=f"{r[0]} {g(r[1])} {r[2]} {r[3]} {r[4][0]} {r[4][1]} {r[5][0]} {r[5][1]} {g(r[6])}")
       for gr, r in d_rows()]
E_R = [dict(r=b, item=f"{b[0]} {b[1]} {b[2]} {b[3]} {b[4]} {d1(e_change(b), plus=True)}") for b in E_BUILDINGS]
E_M = [dict(r=m, item=f"{m[0]} ({m[1]})") for m in E_MEASURES]
F_R = []
for d_, al in f_scan_rows():
    first = f"{d_[0]} {d_[1].isoformat()} {d_[2]} {al[0]} {d_[4]} {f_fee(d_[5])}"
    F_R.append(dict(r=d_, item=first, row=" ".join([first] + al[1:])))
F_T = [dict(r=t, item=f"{t[0]} {t[1]} {t[2]} {d1(t[3])} {d1(t[4])} {t[5]}") for t in F_TIMES]

# qid -> (rows, predicate on the raw row)
COND = {
    "t26005": (A_R, lambda r: r[2][8] > a_rv(r[2])),                           # RV 2027 above RV 2026 (pair)
    "t26006": (A_R, lambda r: r[1] == "Upphandling och inköp" and r[2][7] == A_MED),   # process + result
    "t26007": (A_R, lambda r: r[2][4] == "Månadsvis" and r[2][7] == A_MED),    # frequency + result
    "t26008": (A_R, lambda r: r[2][3] == "IT-chef"),                           # responsible
    "t26017": (B_R, lambda r: r[1][6] is not None and r[1][5] > r[1][6]),      # later than plan 2026 (pair)
    "t26018": (B_R, lambda r: r[1][3] == 4),                                   # worst condition class
    "t26019": (B_R, lambda r: r[1][7] > 2000),                                 # more than 2 mnkr (tkr column)
    "t26020": (B_R, lambda r: r[0] == "Oxhagen" and r[1][5] <= 2029),          # district + year
    "t26029": (C_R, lambda b: b[2][2] > b[2][1]),                              # loans 2026 > 2025 (pair)
    "t26030": (C_R, lambda b: b[3] is not None and b[3][2] < b[3][1]),         # visits 2026 < 2025 (pair)
    "t26031": (C_R, lambda b: b[4] < 25),                                      # fewer than 25 hours a week
    "t26040": (D_R, lambda r: r[1][5][1] < r[1][5][0]),                        # performed < planned 2026 (pair)
    "t26041": (D_R, lambda r: r[0] == "Hälsoskydd" and r[1][1] > 20),          # group + number of objects
    "t26051": (E_R, lambda b: not e_meets(b)),                                 # 2026 above target (pair)
    "t26052": (E_R, lambda b: b[3] > b[2]),                                    # 2026 above 2025 (pair)
    "t26053": (E_R, lambda b: b[1] == "Skola" and e_change(b) < -4),           # type + change threshold
    "t26054": (E_M, lambda m: m[1] == 2028),                                   # measures in 2028
    "t26062": (F_R, lambda d: d[5] > 25000),                                   # fee over 25 000 kr (scanned)
    "t26063": (F_T, lambda t: t[4] > t[3]),                                    # median 2027 > 2026 (pair)
}
PAIR = {"t26005", "t26017", "t26029", "t26030", "t26040", "t26051", "t26052", "t26063"}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t26042": D_PRIO,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t26010": (A, [r"[Tt]immar", r"[Tt]imme\b", r"[Aa]rbetstid"]),
    "t26011": (A, [r"[Ss]ocialnämnd", r"[Ss]ocialförvaltning"]),
    "t26012": (A, [r"[Åå]terbetal", r"betalats tillbaka", r"betalat tillbaka", r"har återbetalats",
                   r"återkrävts[^.]{0,40}\d+[^.]{0,20}(?:betal|åter)"]),
    "t26022": (B, [r"[Vv]interväg", r"[Ss]nöröjning", r"[Pp]logning", r"[Ss]andning", r"[Hh]alkbekämp"]),
    "t26023": (B, [r"[Gg]rusväg", r"\bkm\b", r"[Kk]ilometer"]),
    "t26024": (B, [r"\bAB\b", r"[Ee]ntreprenör", r"[Ff]öretag", r"[Tt]illdela", r"[Uu]pphandla"]),
    "t26033": (C, [r"[Ee]-?böcker", r"[Ee]-?bok", r"[Ee]-?ljudb", r"[Ee]-?medi", r"[Dd]igitala? lån"]),
    "t26034": (C, [r"2023"]),
    "t26035": (C, [r"[Mm]ediean", r"\bkr\b", r"kronor", r"\btkr\b", r"mnkr", r"[Bb]udget"]),
    "t26036": (C, [r"[Åå]rsarbet", r"\d+ (?:anställda|medarbetare|bibliotekarier|personer)", r"[Bb]ibliotekarier",
                   r"[Tt]jänster", r"[Pp]ersonalstyrka"]),
    "t26044": (D, [r"[Tt]imavgift", r"[Tt]imtaxa", r"\bkr\b", r"kronor", r"per timme"]),
    "t26045": (D, [r"[Ll]ivsmedel"]),
    "t26046": (D, [r"\d[\d ]* klagomål", r"klagomål[^.]{0,60}\d"]),
    "t26056": (E, [r"[Kk]oldioxid", r"CO2", r"CO₂", r"[Uu]tsläpp", r"\bton\b"]),
    "t26057": (E, [r"[Ss]olcell[^.•]{0,80}(?:kWh|MWh)", r"[Pp]roducer", r"[Pp]roduktion"]),
    "t26058": (E, [r"2030"]),
    "t26065": (F, [r"[Ll]edamöter", r"[Ll]edamot"]),
    "t26066": (F, [r"[Ss]tartbesked"]),
    "t26067": (F, [r"[Öö]verklag"]),
    "t26068": (F, [r"[Tt]imavgift", r"[Tt]imtaxa", r"kr(?:onor)? per timme", r"per handläggartimme"]),
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
    """'2027-09-21' or '30 september 2027' -> 'YYYY-MM-DD'."""
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
    n_pair = sum(1 for q in qs if q["type"] == "list" and q["id"] in PAIR)
    if n_pair < MIN_PAIR or not PAIR <= set(COND):
        errs.append(f"only {n_pair} conditional lists comparing two cells of a row")
    if not (n_scan["figure"] == 2 and n_scan["list"] == 1 and n_scan["passage"] == 1):
        errs.append(f"scanned page: {dict(n_scan)} questions, expected 2 figure, 1 list and 1 passage")

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
        if used[fn] < MIN_ANSWERABLE:
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

    # (a) Tyllinge, uppföljning av internkontrollplan 2026
    cnt = a_counts()
    pts = [pt for _, _, pt in a_points()]
    brk = [p[0] for p in pts].index(A_BREAK_AFTER)
    for k, x in enumerate(A_R):
        want = [2] if k <= brk else [3]
        if pages_of(A, x["item"]) != want:
            errs.append(f"A: control {x['r'][2][0]} printed on {pages_of(A, x['item'])}, expected {want}")
    for p in pts:
        if not (1 <= p[5] <= 4 and 1 <= p[6] <= 4) or p[4] not in A_FREQS or p[7] not in (A_MED, A_UTAN):
            errs.append(f"A: control {p[0]} has a bad scale value, frequency or result")
        if p[8] not in {s * k for s in range(1, 5) for k in range(1, 5)}:
            errs.append(f"A: RV 2027 of {p[0]} is not a product of two values 1–4")
    if count(A, "Nr Kontrollpunkt och metod Ansvarig Frekvens S K RV Resultat RV 2027") != 2 or \
            count(A, "Riskbedömning 2026 Ny bedömning") != 2:
        errs.append("A: both heading rows must be printed on p2 and repeated on p3")
    need(A, "Tabell 2. Kontrollpunkter och resultat 2026 (forts.)", [2], "A caption (forts.)")
    need(A, "Tabellen fortsätter på nästa sida", [1], "A break note")
    for letter, proc, ps in A_PROCESSES:
        first = [p[0] for p in pts].index(ps[0][0])
        need(A, f"{letter} {proc} {len(ps)} kontrollpunkter", [1] if first <= brk else [2], "A process line")
        med = sum(1 for p in ps if p[7] == A_MED)
        need(A, f"{letter} {proc} {len(ps)} {len(ps) - med} {med}", [0], "A process table row")
        if any(not p[0].startswith(letter) for p in ps):
            errs.append(f"A: control numbers of process {letter} must start with {letter}")
    cont = [(l_, p_, ps) for l_, p_, ps in A_PROCESSES if A_BREAK_AFTER in [p[0] for p in ps]][0]
    need(A, f"{cont[0]} {cont[1]} (forts.) {len(cont[2])} kontrollpunkter", [2], "A continued process line")
    need(A, f"Totalt {cnt['n']} {cnt['utan']} {cnt['med']}", [0], "A process table total")
    if cnt["utan"] + cnt["med"] != cnt["n"] or sum(cnt["freq"].values()) != cnt["n"]:
        errs.append("A: counts do not add up")
    f_ = cnt["freq"]
    need(A, f"Planen för 2026 omfattade {cnt['n']} kontrollpunkter inom {len(A_PROCESSES)} processer. "
            f"{cnt['utan']} kontrollpunkter redovisas utan anmärkning och {cnt['med']} med anmärkning. "
            f"{f_['Månadsvis']} kontroller har gjorts månadsvis, {f_['Kvartalsvis']} kvartalsvis och "
            f"{f_['Årsvis']} årsvis. Inför 2027 föreslås riskvärdet höjas för {cnt['up']} kontrollpunkter och "
            f"sänkas för {cnt['down']}", [0], "A summary counts")
    share = {p_: sum(1 for p in ps if p[7] == A_MED) / len(ps) for _, p_, ps in A_PROCESSES}
    if max(share, key=share.get) != "Upphandling och inköp":
        errs.append("A: p1 says the remarks concern mainly purchasing")
    if [f[0] for f in A_FINDINGS] != [p[0] for p in pts if p[7] == A_MED]:
        errs.append("A: the observations must be exactly the controls with remarks, in table order")
    byno = {p[0]: p for p in pts}
    for i, fd in enumerate(A_FINDINGS, 1):
        need(A, f"{i}. {fd[0]} {byno[fd[0]][1]}. {fd[1]} Åtgärd: {fd[2]} Klart senast {a_deadline(fd)}.", [2, 3],
             "A observation")
        if fd[3].year != 2027:
            errs.append(f"A: deadline of {fd[0]} outside 2027")
    need(A, f"För de {cnt['med']} kontrollpunkter som fick anmärkning", [2], "A observations intro")
    up = [p[0] for p in pts if p[8] > a_rv(p)]
    down = [p[0] for p in pts if p[8] < a_rv(p)]
    if up != ["A2", "B2", "C1", "E1"] or down != ["B4", "D2", "D3"]:
        errs.append("A: p4 names A2, C1, E1 (and B2) as raised and B4, D2, D3 as lowered")
    b2 = byno["B2"]
    if (a_rv(b2), b2[8]) != (12, 16):
        errs.append("A: the passage says B2 goes from 12 to 16")
    need(A, A_PASSAGE, [3], "A passage")
    need(A, "Riskvärdet höjs också för representation och måltider, för löneutbetalningar efter avslutad "
            "anställning och för diarieföringen", [3], "A raised")
    need(A, "Riskvärdet sänks för inköpskorten, för återläsningen av säkerhetskopior och för "
            "personuppgiftsbiträdesavtalen", [3], "A lowered")
    need(A, "Kontrollpunkter med riskvärde 12 eller högre ska följas upp", [3], "A rule")

    # (b) Mjärdevik, underhållsplan gator och vägar 2027–2031
    streets = [s for _, s in b_streets()]
    brk = [s[0] for s in streets].index(B_BREAK_AFTER)
    for k, x in enumerate(B_R):
        want = [2] if k <= brk else [3]
        if pages_of(B, x["item"]) != want:
            errs.append(f"B: street {x['r'][1][0]} printed on {pages_of(B, x['item'])}, expected {want}")
    for s in streets:
        if s[5] not in B_YEARS or not 1 <= s[3] <= 4 or (s[6] is not None and not 2026 <= s[6] <= 2030):
            errs.append(f"B: bad year or class for {s[0]}")
    if count(B, "Gata Delsträcka Längd, m Klass Åtgärd År Plan 2026 Kostnad, tkr") != 2:
        errs.append("B: the heading must be printed on p2 and repeated on p3")
    need(B, "Tabell 1. Gator i underhållsplanen 2027–2031 (forts.)", [2], "B caption (forts.)")
    need(B, "Tabellen fortsätter på nästa sida", [1], "B break note")
    dbrk = [d_ for d_, s in b_streets() if s[0] == B_BREAK_AFTER][0]
    need(B, f"{dbrk} (forts.)", [2], "B continued district")
    for d_, ss in B_DISTRICTS:
        ln_, c_ = b_district_sum(d_)
        last = [s[0] for s in streets].index(ss[-1][0])
        need(B, f"Delsumma {d_} {g(ln_)} {g(c_)}", [1] if last <= brk else [2], "B Delsumma")
    tl, tc = b_total()
    if (tl, tc) != (sum(b_district_sum(d_)[0] for d_, _ in B_DISTRICTS),
                    sum(b_district_sum(d_)[1] for d_, _ in B_DISTRICTS)):
        errs.append("B: districts do not add up to the total")
    need(B, f"Totalt, {len(streets)} gator {g(tl)} {g(tc)}", [2], "B total")
    if sum(b_year_sum(y) for y in B_YEARS) != tc:
        errs.append("B: the yearly sums do not add up to the total")
    for y in B_YEARS:
        need(B, f"{g(b_year_sum(y))} {y}", [0], "B bar label")
    for c_, name, desc in B_CLASSES:
        need(B, f"{c_} {name} {desc}", [0], "B class legend")
    if any(s[3] == 1 for s in streets):
        errs.append("B: p2 says class 1 streets are not listed")
    cls4 = [s for s in streets if s[3] == 4]
    if len(cls4) != 5 or max(s[5] for s in cls4) > 2028:
        errs.append("B: p1 says five class-4 streets, all by 2028")
    need(B, f"Planen omfattar {len(streets)} gator med en sammanlagd längd av {g(tl)} meter i {len(B_DISTRICTS)} "
            f"stadsdelar. Kostnaden beräknas till {g(tc)} tkr för perioden 2027–2031, varav "
            f"{g(b_year_sum(2027))} tkr under 2027. Fem gator har tillståndsklass 4 och ska åtgärdas senast 2028",
         [0], "B summary")
    later = [s[0] for s in streets if s[6] is not None and s[5] > s[6]]
    earlier = [s[0] for s in streets if s[6] is not None and s[5] < s[6]]
    new = [s[0] for s in streets if s[6] is None]
    if (len(later), len(earlier), len(new)) != (6, 1, 3):
        errs.append("B: p1 says six postponed, one brought forward and three new")
    need(B, "har sex gator flyttats till ett senare år, en har tidigarelagts och tre är nya i planen", [0],
         "B changes")
    st = {s[0]: s for s in streets}
    if (st["Oxhagsvägen"][6], st["Oxhagsvägen"][5]) != (2028, 2030):
        errs.append("B: the passage says Oxhagsvägen moves from 2028 to 2030")
    need(B, B_PASSAGE, [3], "B passage")
    if not ("Tullgatan" in later and "Tofsvipevägen" in later and earlier == ["Matrosgatan"] and
            st["Matrosgatan"][6] - st["Matrosgatan"][5] == 1):
        errs.append("B: p4 on Tullgatan, Tofsvipevägen and Matrosgatan disagrees with the table")
    if st["Ishusgatan"][6] != 2026 or st["Torggatan"][3] != 4 or st["Ishusgatan"][3] != 4 or \
            max(streets, key=lambda s: s[7])[0] != "Tegelugnsvägen":
        errs.append("B: the comments on p3 disagree with the table")
    over = tc - B_RAM * len(B_YEARS)
    need(B, f"Investeringsramen för beläggningsunderhåll är {g(B_RAM)} tkr per år, sammanlagt "
            f"{g(B_RAM * len(B_YEARS))} tkr för planperioden. Planen överskrider ramen med {g(over)} tkr för hela "
            f"perioden och med {g(b_year_sum(2027) - B_RAM)} tkr under 2027", [3], "B financing")
    if over <= 0 or b_year_sum(2027) <= B_RAM:
        errs.append("B: p4 says the plan exceeds the frame")

    # (c) Orrhammar, biblioteksstatistik 2026
    L = [c_loans(k) for k in range(3)]
    V = [c_visits(k) for k in range(3)]
    for x in C_R:
        need(C, x["item"], [1], "C table row")
    need(C, f"{C_TOTAL} " + " ".join(f"{g(L[k])} {g(V[k])}" for k in range(3)) + f" {c_hours()}", [1], "C total")
    p2 = pdf_pages(C)[2][1]
    if not (0 <= p2.find(norm(C_R[-1]["item"])) < p2.find(norm(f"{C_TOTAL} {g(L[0])}"))):
        errs.append("C: the total row must come last")
    need(C, "2024 2025 2026 Utlån Besök Utlån Besök Utlån Besök", [1], "C year-over-measure heading")
    for b in C_BRANCHES:
        need(C, f"{b[0]} {g(b[2][2])}", [1], "C bar label")
    main_, ang, ytt, oll, tun, mar, bus = (c_branch(n_) for n_ in ("Orrhammars", "Ängsbro", "Ytterlunda",
                                                                    "Ollestad", "Tunaby", "Marbäcka", "Bokbussen"))
    if bus[3] is not None or any(b[3] is None for b in C_BRANCHES if b is not bus):
        errs.append("C: only the book bus lacks visitor counts")
    need(C, f"hade {g(L[2])} utlån under 2026, jämfört med {g(L[1])} under 2025 och {g(L[0])} under 2024. Det "
            f"är en minskning med {d1(-c_pct(L[2], L[1]))} procent på ett år. Antalet besök minskade med "
            f"{d1(-c_pct(V[2], V[1]))} procent till {g(V[2])}", [0], "C summary")
    if not (L[2] < L[1] and V[2] < V[1]):
        errs.append("C: p1 says loans and visits fell")
    exl = c_pct(L[2] - ang[2][2], L[1] - ang[2][1])
    exv = c_pct(V[2] - ang[3][2], V[1] - ang[3][1])
    if exl <= 0 or exv <= 0:
        errs.append("C: p1 says loans and visits rose without Ängsbro")
    need(C, f"Utan Ängsbro ökade utlånen med {d1(exl)} procent och besöken med {d1(exv)} procent. "
            f"Stadsbiblioteket stod för {d1(c_share(main_[2][2], L[2]))} procent av utlånen och "
            f"{d1(c_share(main_[3][2], V[2]))} procent av besöken 2026", [0], "C shares")
    need(C, f"Biblioteken hade tillsammans {c_hours()} öppettimmar i veckan", [0], "C hours")
    if not main_[2][2] > L[2] - main_[2][2]:
        errs.append("C: p2 says the main library lends more than all others together")
    if not (tun[2][2] > ytt[2][2] and tun[3][2] > ytt[3][2] and
            max(b[2][2] for b in C_BRANCHES if b is not main_) == tun[2][2]):
        errs.append("C: p2 says Tunaby still has most loans and visits among the branches")
    need(C, f"Utlånen ökade med {d1(c_pct(main_[2][2], main_[2][1]))} procent och besöken med "
            f"{d1(c_pct(main_[3][2], main_[3][1]))} procent", [2], "C main library")
    if not (tun[2][2] < tun[2][1] < tun[2][0] and tun[3][2] < tun[3][1] < tun[3][0]):
        errs.append("C: p3 says Tunaby fell for the second year in a row")
    need(C, f"utlånen med {d1(-c_pct(tun[2][2], tun[2][1]))} procent", [2], "C Tunaby")
    gains = {b[0]: c_pct(b[2][2], b[2][1]) for b in C_BRANCHES}
    vgains = {b[0]: c_pct(b[3][2], b[3][1]) for b in C_BRANCHES if b[3]}
    if max(gains, key=gains.get) != ytt[0] or max(vgains, key=vgains.get) != ytt[0]:
        errs.append("C: p3 says Ytterlunda had the largest increase")
    need(C, f"utlånen ökade med {d1(gains[ytt[0]])} procent och besöken med {d1(vgains[ytt[0]])} procent", [2],
         "C Ytterlunda")
    need(C, C_PASSAGE + f" Utlånen minskade med {d1(-gains[ang[0]])} procent", [2], "C passage")
    if not (oll[2][2] > oll[2][1] and oll[3][2] < oll[3][1]):
        errs.append("C: p3 says Ollestad lent more although visits fell")
    need(C, f"Utlånen ökade med {d1(gains[oll[0]])} procent trots att besöken minskade", [2], "C Ollestad")
    need(C, f"Utlånen ökade med {d1(gains[mar[0]])} procent, främst barnböcker", [2], "C Marbäcka")
    need(C, f"Bokbussen hade {g(bus[2][2])} utlån", [2], "C Bokbussen")
    for it in C_PLANS:
        need(C, "• " + it, [2], "C plans")

    # (d) Isbäcka, tillsynsplan 2027
    T = d_sum()
    for x in D_R:
        need(D, x["item"], [1], "D table row")
    for gr, _ in D_GROUPS:
        s_ = d_sum(gr)
        need(D, gr, [1], "D group row")
        need(D, f"Summa {gr.lower()} {g(s_[0])} {s_[1]} {s_[2]} {s_[3]} {s_[4]} {g(s_[5])}", [1], "D Summa row")
    if tuple(sum(d_sum(gr)[k] for gr, _ in D_GROUPS) for k in range(6)) != T:
        errs.append("D: the groups do not add up to the total")
    need(D, f"Totalt {g(T[0])} {T[1]} {T[2]} {T[3]} {T[4]} {g(T[5])}", [1], "D total")
    need(D, "Inspektioner 2025 Planerade Utförda Inspektioner 2026 Planerade Utförda", [1], "D two-level heading")
    need(D, f"Under 2026 genomfördes {T[4]} inspektioner, mot {T[3]} planerade. År 2025 genomfördes {T[2]} av "
            f"{T[1]} planerade inspektioner, eller {d1(r1(T[2] / T[1] * 100))} procent", [0], "D follow-up")
    avl = [r for _, r in d_rows() if r[0] == "Enskilda avlopp"][0]
    fsk = [r for _, r in d_rows() if r[0] == "Förskolor och skolor"][0]
    if not (avl[5][1] > avl[4][1] and avl[5][1] >= avl[5][0]):
        errs.append("D: p1 says the septic-tank supervision caught up in 2026")
    if not fsk[5][1] < fsk[5][0]:
        errs.append("D: p1 says fewer preschool inspections than planned")
    need(D, D_PASSAGE, [0], "D passage")
    short = T[5] - (D_AVAIL - D_EVENT)
    for lab, val in (("Behov av planerad tillsyn enligt tabell 1", f"{g(T[5])} timmar"),
                     (f"Tillgänglig tid för tillsyn, {D_FTE} årsarbetskrafter", f"{g(D_AVAIL)} timmar"),
                     ("Avgår: reserv för händelsestyrd tillsyn", f"−{g(D_EVENT)} timmar"),
                     ("Tid för planerad tillsyn", f"{g(D_AVAIL - D_EVENT)} timmar"),
                     ("Skillnad mot behovet", f"−{g(short)} timmar")):
        need(D, f"{lab} {val}", [0], "D calculation block")
    if short <= 0:
        errs.append("D: p1 says there is a shortfall")
    need(D, f"Underskottet på {short} timmar", [0], "D shortfall")
    for i, it in enumerate(D_PRIO, 1):
        need(D, f"{i}. {it}", [2], "D priority")
    for lab, val in (("Årsarbetskrafter för tillsyn", D_FTE), ("Timmar för planerad tillsyn", g(D_AVAIL - D_EVENT)),
                     ("Reserv, händelsestyrd tillsyn", g(D_EVENT)), ("Antal objekt i planen", g(T[0])),
                     ("Planerade timmar 2027", g(T[5]))):
        need(D, f"{lab} {val}", [2], "D resources")
    for _, r in d_rows():
        if not (r[4][1] <= r[4][0] + 20 and r[5][1] <= r[5][0] + 20 and 1 <= r[2] <= 8):
            errs.append(f"D: implausible row {r[0]}")

    # (e) Ylvasund, energirapport 2026
    for x in E_R:
        need(E, x["item"], [1], "E building row")
    p2 = pdf_pages(E)[2][1]
    if not p2.find(norm(E_R[E_SPLIT - 1]["item"])) < p2.find(norm(E_R[E_SPLIT]["item"])):
        errs.append("E: the left half must be extracted before the right half")
    if count(E, "Byggnad Typ kWh/m² 2025 2026 Mål") != 2:
        errs.append("E: each half of the split table needs its own heading")
    n = len(E_BUILDINGS)
    meet = sum(1 for b in E_BUILDINGS if e_meets(b))
    rose = sum(1 for b in E_BUILDINGS if b[3] > b[2])
    if any(b[3] == b[2] for b in E_BUILDINGS):
        errs.append("E: a building with unchanged use breaks the counts sentence")
    need(E, f"Av de {n} byggnaderna nådde {meet} sitt mål för 2026 och {n - meet} gjorde det inte. "
            f"Energianvändningen per kvadratmeter minskade i {n - rose} byggnader och ökade i {rose}", [0],
         "E counts")
    if min(E_BUILDINGS, key=e_change)[0] != "Myrstackens förskola":
        errs.append("E: p1 says Myrstackens förskola had the largest decrease")
    need(E, f"Energikostnaden för byggnaderna blev {d1(E_COST[2])} mnkr 2026, jämfört med budgeterade "
            f"{d1(E_COST[1])} mnkr och {d1(E_COST[0])} mnkr under 2025", [0], "E cost sentence")
    need(E, "Summa " + " ".join(d1(v) for v in E_COST), [0], "E cost table")
    if not E_COST[2] < E_COST[1] < E_COST[0]:
        errs.append("E: cost outcome below budget below last year")
    sp = sum(1 for b in E_BUILDINGS if b[1] in ("Skola", "Förskola"))
    if sp * 2 != n:
        errs.append("E: p2 says schools and preschools are half of the buildings")
    bl = {b[0]: b for b in E_BUILDINGS}
    if not (not e_meets(bl["Tuvängsskolan"]) and bl["Tuvängsskolan"][3] < bl["Tuvängsskolan"][2]):
        errs.append("E: p3 says Tuvängsskolan decreased but is far above target")
    if not (not e_meets(bl["Mariagårdens äldreboende"]) and
            bl["Mariagårdens äldreboende"][3] < bl["Mariagårdens äldreboende"][2]):
        errs.append("E: p3 on Mariagården disagrees with the table")
    if not (bl["Ängshemmet"][3] == bl["Ängshemmet"][4] and bl["Ängshemmet"][3] > bl["Ängshemmet"][2]):
        errs.append("E: p3 says Ängshemmet just reached its target despite an increase")
    if not (bl["Ylvasundshallen"][3] > bl["Ylvasundshallen"][2]):
        errs.append("E: the passage explains an increase in Ylvasundshallen")
    need(E, E_PASSAGE, [2], "E passage")
    need(E, f"Ylvasunds ishall minskade med {d1(-e_change(bl['Ylvasunds ishall']))} procent", [2], "E ishall")
    for t_, yr in E_MEASURES:
        need(E, f"• {t_} ({yr})", [2], "E measure")
        if not 2027 <= yr <= 2029:
            errs.append(f"E: measure year {yr} outside 2027–2029")
    if ("LED-belysning med närvarostyrning i Ylvasundshallen", 2027) not in E_MEASURES:
        errs.append("E: p3 says lighting measures in Ylvasundshallen are planned for 2027")

    # (f) Äppelvik, delegationsbeslut bygglov (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["row"]) not in scan:
            errs.append(f"F: scanned row {x['r'][0]} missing")
    if [d_[0] for d_ in F_DECISIONS] != [f"B 2027-{n_}" for n_ in range(401, 401 + len(F_DECISIONS))] or \
            [d_[1] for d_ in F_DECISIONS] != sorted(d_[1] for d_ in F_DECISIONS) or \
            any((d_[1].year, d_[1].month) != (2027, 9) for d_ in F_DECISIONS):
        errs.append("F: decision numbers or dates not in order or outside September 2027")
    nbev = sum(1 for d_ in F_DECISIONS if d_[4] == "Beviljas")
    navs = sum(1 for d_ in F_DECISIONS if d_[4] == "Avslås")
    if nbev + navs != len(F_DECISIONS):
        errs.append("F: decisions must be Beviljas or Avslås")
    if norm(f"Antal beslut: {len(F_DECISIONS)} varav beviljade: {nbev} avslag: {navs}") not in scan or \
            norm(f"Summa avgifter: {f_fee(f_fee_sum())} kr") not in scan:
        errs.append("F: count or fee sum line of the scan wrong")
    refused = [d_[0] for d_ in F_DECISIONS if d_[4] == "Avslås"]
    if refused != ["B 2027-404", "B 2027-410"] or refused[0] not in F_NOTE or refused[1] not in F_NOTE2:
        errs.append("F: the notes must explain the two refusals")
    if norm(F_NOTE) not in scan or norm(F_NOTE2) not in scan:
        errs.append("F: notes missing from the scan")
    if norm(f"ANMÄLD MBN {F_MBN_DATE.isoformat()}") not in scan:
        errs.append("F: stamp date must be the meeting date")
    need(F, f"Anmälan sker vid nämndens sammanträde den {dmy(F_MBN_DATE)}", [0], "F meeting")
    if F_MBN_DATE <= max(d_[1] for d_ in F_DECISIONS):
        errs.append("F: decisions must be reported after they were taken")
    for x in F_T:
        need(F, x["item"], [2], "F times row")
    t26, t27 = sum(t[1] for t in F_TIMES), sum(t[2] for t in F_TIMES)
    share = round(sum(t[2] * t[5] for t in F_TIMES) / t27)
    need(F, f"Samtliga ärenden {t26} {t27} 4,6 4,9 {share}", [2], "F total row")
    longer = [t[0] for t in F_TIMES if t[4] > t[3]]
    if longer != ["Tillbyggnad", "Nybyggnad av flerbostadshus", "Ändrad användning"]:
        errs.append("F: p3 says the times grew for tillbyggnad, flerbostadshus and ändrad användning")
    need(F, "Handläggningstiden har ökat för tillbyggnader, flerbostadshus och ändrad användning", [2], "F text")
    fl = [t for t in F_TIMES if t[0] == "Nybyggnad av flerbostadshus"][0]
    if fl[2] != 6 or round(5 / 6 * 100) != fl[5]:
        errs.append("F: p3 says one of six decisions on blocks of flats was late")
    layer_f = norm(" ".join(text_layer(F)))
    for d_ in F_DECISIONS:
        for s_ in (d_[0], d_[1].isoformat(), f_fee(d_[5]), d_[2]):
            if norm(s_) in layer_f:
                errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row); on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
