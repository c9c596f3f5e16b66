"""Checks ../train_syn28.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Timmerhamn document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic26/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic28).

* format: 70 questions t28001..t28070, key order, types 28 figure / 14 list / 6 passage / 22 none, 18 in English
  (at least 8 of them figures, 3 lists and 6 none), at least 10 conditional lists of which at least 4 compare two
  cells of the same row;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "23 september 2025");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); the question that asks for a whole table must cover exactly that table;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (b) (WITH_MINUS); metadata titles exactly in
  (a), (c), (d) and (e); landscape pages exactly p. 2 of (a), pp. 2-3 of (d) and p. 2 of (e); page 2 of (f) an image
  without text; no names of earlier synthetic municipalities or places (FORBIDDEN, incl. the OWN names of
  ../synthetic25, ../synthetic26 and ../synthetic27), no real municipality or region (REAL) among our own names or as a word in the
  PDFs, our own names (OWN) and persons all start with B, E, G, H, M or T and none of OWN occurs in the READMEs of
  the earlier sets or in ../synthetic24/check.py and ../synthetic26/check.py;
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
from data import (A_HOMES, A_RIKET, A_SENT, A_PASSAGE, A_DEV, a_kommun, a_totals, a_panel_rows, a_rates,  # noqa
                  a_home,
                  B_COMMITTEES, B_YEARS, B_BREAK_AFTER, B_SELF, B_SELF_TARGET, B_DRIFT, B_PASSAGE, b_projects,
                  b_sum, b_total_project, b_csum, b_nsum, b_grand, b_nämnder, b_row_text, b_committee,
                  C_LINES, C_GROUPS, C_POP, C_SAT, C_FOSSILFREE, C_SUBSIDY_2025, C_SUBSIDY_TARGET, C_JOURNEYS_TARGET,
                  C_PER_INH_TARGET, C_CHANGES, C_PASSAGE, c_cost_per, c_subsidy, c_line, c_group_sum,
                  c_total_cost_per, c_total_subsidy, c_pct_change, c_per_inh, c_econ, c_row_text,
                  D_AREAS, D_BREAK_AFTER, D_POP, D_SOURCES, D_PASSAGE, D_PRIO, d_rows, d_row_text, d_ind, d_fmt,
                  E_PLANS, E_STATUSES, E_CARDS, E_PASSAGE, E_BESKED, e_plan, e_row_text, e_homes_in, e_count,
                  F_DECISIONS, F_TYPES, F_NOTES, F_PASSAGE, F_MEETING, F_SKRIVELSE, F_SIGNED, F_STATS, F_FEES,
                  f_counts, f_stat_rows, f_scan_row, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, g, gd, d1, r1, r0, sgn)

QFILE = HERE.parent / "train_syn28.jsonl"
N_Q = 70
BASE = 28000
WANT_TYPES = {"figure": 28, "list": 14, "passage": 6, "none": 22}
WANT_EN = 18
MIN_EN_LISTS = 3
MIN_EN_FIGS = 8
MIN_EN_NONE = 6
MIN_COND = 10
MIN_PAIR = 4          # conditional lists that compare two cells of the same row
MIN_ANSWERABLE = 6    # answerable questions per document
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "bathalla-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
B = "eksarva-investeringsbudget-2027-2029.pdf"
C = "gyllsta-trafikforsorjningsprogram-2027-2030.pdf"
D = "hamrelund-folkhalsoprofil-2026.pdf"
E = "mossala-planprogram-detaljplaner-2027-2028.pdf"
F = "timmerhamn-sn-delegationsbeslut-serveringstillstand-kv3-2027.pdf"
PLACE = {A: "Båthälla", B: "Eksärva", C: "Gyllsta", D: "Hamrelund", E: "Mossala", F: "Timmerhamn"}
WITH_TITLE = {A, C, D, E}
WITH_MINUS = {A, B}         # documents that print negative numbers or changes with "−"
LANDSCAPE = {A: [2], D: [2, 3], E: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "BEGHMT"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic26/check.py (its FORBIDDEN list already holds the FORBIDDEN
# and OWN lists of ../synthetic24 and the OWN list of ../synthetic25), plus the lines that define FORBIDDEN and OWN in
# ../synthetic25/check.py (read with grep -A12 / sed, those lines only: its FORBIDDEN list equals the first part of
# ours and its OWN list is already in it), and the OWN list of ../synthetic27/check.py, which is written at the same
# time by another writer with other letters (only the lines that define FORBIDDEN and OWN were read; its FORBIDDEN
# list equals ours up to the synthetic26 names).
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
    # the OWN list of ../synthetic26/check.py
    "Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik",
    "Oxhagen", "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan",
    "Oxhagsvägen", "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan",
    "Ormbunksvägen", "Tofsvipevägen", "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan",
    "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad", "Marbäcka",
    "Isbäckaån",
    "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan", "Tvärskogs skola",
    "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola", "Mariagården",
    "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan",
    "Malmen", "Tjädern", "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet",
    # the OWN list of ../synthetic27/check.py (its FORBIDDEN list equals ours above; read with grep -n and sed, the
    # lines that define FORBIDDEN and OWN only)
    "Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby", "Ramsåker", "Vemmeby",
    "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan", "Snickarbodens förskola",
    "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola", "Solrosens äldreboende",
    "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen",
    "Prövik Revision", "Rydqvist Trafikanalys",
    "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan", "Skogsvägen",
    "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan",
]
# real Swedish municipalities and regions beginning with B, E, G, H, M or T (regions: Blekinge, Gotland, Gävleborg,
# Halland): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby",
        "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte",
        "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda"]
# our own invented names (municipalities first, then homes and providers, places and projects, stops, companies,
# plans and properties, restaurants); later sets should add them to their FORBIDDEN lists
OWN = ["Båthälla", "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn",
       "Bärnstenen", "Ebbagården", "Gullregnet", "Hemgläntan", "Malvagården", "Mölnegården", "Tussilagon",
       "Gnejs Omsorg", "Herdevik Vård",
       "Teglaberget", "Gäddvik", "Gäddviksskolan", "Byvalla", "Hällby", "Hällbyskolan", "Hällbybadet", "Mjödån",
       "Grönmo",
       "Bergåsen", "Hedby", "Eneby", "Bredsand", "Gruvbyn", "Breviken", "Holmsjö", "Mörtviken", "Tegsnäs",
       "Hagstad", "Tingvallagatan",
       "Hedströms Gjuteri",
       "Bastuholmen", "Ekhagen", "Getberget", "Hagmyren", "Biografen", "Båtvarvet", "Tallåsen", "Hästskon",
       "Mälteriet", "Gästhagen", "Hedenäs", "Bergman & Hallin", "Hembyggarna i Mossala",
       "Hamnmagasinet", "Bollhallen", "Bistro Måsen", "Trattoria Bella", "Gillesstugan", "Tullhuset",
       "Enbuskens golfkrog", "Glasverandan", "Mästerlotsen", "Båtklubbens paviljong", "Ebbes Kök & Bar",
       "Hamntorget", "Bella Gastronomi", "Måsen Mat & Dryck", "Ebbes Krog"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Göran Tidholm", "Malin Ehrnst", "Hanna Bergkvist", "Tove Mellgren", "Elsa Grahn", "Tobias Holmér",
           "Birgitta Edholm", "Gunnar Hellsten"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic24", "synthetic26"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 27)]   # README.md only (synthetic27 is not read)


def _dt_q3(d):
    return d.year == 2027 and 7 <= d.month <= 9


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_P = {k: [dict(r=(k, row), item=" ".join(row)) for row in a_panel_rows(k)[:len(A_HOMES)]]
       for k in ("nojd", "kont", "fall")}
A_REG = [dict(r=h, item=f"{h[0]} {h[1]} {h[2]} {h[3] if h[3] else '–'} {g(h[9])} {g(h[11])} {h[8]} {h[10]}")
         for h in A_HOMES]
B_R = [dict(r=(code, p), item=b_row_text(p)) for code, _, p in b_projects()]
C_R = [dict(r=l, item=c_row_text(l)) for l in C_LINES]
C_CH = [dict(r=ch, item=ch[1]) for ch in C_CHANGES]
D_R = [dict(r=(a, r), item=d_row_text(r)) for a, r in d_rows()]
E_R = [dict(r=p, item=e_row_text(p)) for p in E_PLANS]
F_R = [dict(r=d, item=f_scan_row(d)) for d in F_DECISIONS]
F_S = [dict(r=(gr, r), item=f"{r[0]} {r[1]} {r[2]} {r[3]}") for gr, r in f_stat_rows()]
A_RIKET26 = A_RIKET["nojd"][1]

# qid -> (rows, predicate on the raw row)
COND = {
    "t28006": (A_P["fall"], lambda r: float(r[1][2].replace(",", ".")) > float(r[1][1].replace(",", "."))),  # pair
    "t28007": (A_P["nojd"], lambda r: int(r[1][2]) < A_RIKET26),                # 2026 below the national value
    "t28018": (B_R, lambda r: b_sum(r[1]) > 20000),                            # more than 20 mnkr in the period
    "t28019": (B_R, lambda r: r[0] == "BUN" and r[1][4] > r[1][3]),            # committee + 2028 > 2027 (pair)
    "t28031": (C_R, lambda l: l[6] < l[5]),                                    # journeys 2026 < 2025 (pair)
    "t28032": (C_CH, lambda ch: ch[0] == 2028),                                # changes planned for 2028
    "t28043": (D_R, lambda r: r[1][4] > r[1][7]),                              # women 2025 > county women (pair)
    "t28044": (D_R, lambda r: r[1][1] == "%" and abs(r[1][4] - r[1][6]) > 10),  # women vs men > 10 points (pair)
    "t28054": (E_R, lambda p: p[3] in ("Samråd", "Granskning")),               # status
    "t28055": (E_R, lambda p: p[6] > 50),                                      # more than 50 dwellings
    "t28056": (E_R, lambda p: p[5] == 2028),                                   # adoption expected in 2028
    "t28065": (F_R, lambda d: d[3] in ("TA", "TS")),                           # temporary licences (scanned)
    "t28066": (F_S, lambda r: r[0] != "Tillsyn" and r[0] != "Sanktioner" and r[1][2] > r[1][1]),  # 2026 > 2025
}
PAIR = {"t28006", "t28019", "t28031", "t28043", "t28044", "t28066"}
# whole tables: every row of a named table, exactly once
EXACT = {
    "t28020": [x["item"] for x in B_R if x["r"][0] == "VON"],
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t28009": (A, [r"Malvagården[^.]{0,80}svar", r"[Ss]var\w*[^.]{0,60}Malvagården",
                   r"\d+ (?:svar|svarande)[^.]{0,40}Malvagården"]),
    "t28010": (A, [r"\b[Mm]än\b", r"[Kk]vinnor", r"[Mm]anliga", r"[Kk]vinnliga"]),
    "t28011": (A, [r"\bkr\b", r"kronor", r"\btkr\b", r"mnkr", r"[Kk]ostnad", r"[Kk]ostar"]),
    "t28012": (A, [r"2024"]),
    "t28022": (B, [r"2025", r"[Uu]tfall"]),
    "t28023": (B, [r"\bAB\b", r"[Ee]ntreprenör", r"[Bb]yggföretag", r"[Tt]illdela", r"[Uu]pphandl"]),
    "t28024": (B, [r"m²", r"kvadratmeter", r"\bBTA\b", r"\bkvm\b"]),
    "t28025": (B, [r"[Ll]ån\w*[^.]{0,60}\d", r"\d[^.]{0,60}\blån\b", r"[Uu]pplåning", r"[Ll]ånebehov"]),
    "t28034": (C, [r"[Pp]unktlig", r"[Ff]örsen", r"[Ii] tid enligt"]),
    "t28035": (C, [r"[Mm]ånadskort", r"[Bb]iljettpris", r"[Tt]axa\b", r"[Pp]eriodkort", r"[Ee]nkelbiljett",
                   r"[Pp]ris(?:er|et)?\b"]),
    "t28036": (C, [r"2024"]),
    "t28037": (C, [r"\bAB\b", r"[Bb]ussbolag", r"[Oo]peratör", r"[Tt]rafikföretag", r"[Ee]ntreprenör"]),
    "t28046": (D, [r"2018"]),
    "t28047": (D, [r"[Ss]nus", r"[Tt]obak"]),
    "t28048": (D, [r"[Tt]otalt", r"[Bb]åda könen", r"[Ss]amtliga invånare", r"[Hh]ela befolkningen",
                   r"[Oo]avsett kön"]),
    "t28049": (D, [r"\bkr\b", r"kronor", r"\btkr\b", r"mnkr", r"[Bb]udget"]),
    "t28058": (E, [r"[Mm]arkpris", r"[Kk]öpeskilling", r"kr/m²", r"kronor per kvadratmeter", r"[Mm]arkanvisning",
                   r"[Mm]arkförsälj", r"\bkr\b", r"kronor"]),
    "t28059": (E, [r"[Hh]yresrätt", r"[Bb]ostadsrätt", r"[Uu]pplåtelseform", r"[Hh]yreslägenhet", r"[Ää]ganderätt"]),
    "t28060": (E, [r"Mälteriet.{0,80}[Pp]lanbesked", r"[Pp]lanbesked.{0,120}Mälteriet", r"PLANBESKED.{0,120}Mälteriet"]),
    "t28068": (F, [r"[Rr]örlig[^.]{0,80}\d", r"\d[^.]{0,40}[Rr]örlig"]),
    "t28069": (F, [r"2024"]),
    "t28070": (F, [r"\b[Ll]iter\b", r"[Ff]örsäljningsvolym", r"[Vv]olym", r"\bsålde\b", r"[Cc]entiliter"]),
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
    """'2027-09-14' or '23 september 2025' -> 'YYYY-MM-DD'."""
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
        if len(expected) == len(rows):
            E_("the condition selects every row, so the list is not conditional")
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


    # (a) Båthälla, kvalitetsuppföljning särskilt boende 2026
    km = a_kommun()
    tot = a_totals()
    p2 = pdf_pages(A)[2][1]
    last = -1
    for kind in ("nojd", "kont", "fall"):
        for row in a_panel_rows(kind):
            s_ = norm(" ".join(row))
            pos = p2.find(s_, last + 1)
            if pos < 0:
                errs.append(f"A: panel row {kind} {row[0]} missing on p2 or out of order")
            else:
                last = pos
    if count(A, "Boende 2025 2026 Förändring") != 3:
        errs.append("A: each of the three panels needs its own column heading")
    for h in A_HOMES:
        if not (0 < h[12] and 0 < h[13] and h[3] <= h[2] and h[11] <= h[2] * 366 and h[9] <= h[2] * 366):
            errs.append(f"A: implausible home {h[0]}")
    for x in A_REG:
        need(A, x["item"], [2], "A register row")
    need(A, f"Summa {tot['platser']} {tot['demens']} {g(tot['d25'])} {g(tot['d26'])} {tot['f25']} {tot['f26']}",
         [2], "A register total")
    if km["fall"] != (a_rates(("", "", 0, 0, 0, 0, 0, 0, tot["f25"], tot["d25"], tot["f26"], tot["d26"]))):
        errs.append("A: municipal fall rate must be computed on the totals")
    share = r0(tot["s26"] / A_SENT * 100)
    rose = [h[0] for h in A_HOMES if a_rates(h)[1] > a_rates(h)[0]]
    if rose != ["Ebbagården", "Mölnegården"]:
        errs.append("A: p1 and p4 name Ebbagården and Mölnegården as the homes whose falls rose")
    need(A, f"ökade från {km['nojd'][0]} procent 2025 till {km['nojd'][1]} procent 2026. I riket var andelen "
            f"{A_RIKET['nojd'][1]} procent. Enkäten skickades till {A_SENT} boende, och {tot['s26']} av dem "
            f"svarade, vilket ger en svarsfrekvens på {share} procent", [0], "A summary satisfaction")
    if not km["kont"][1] < km["kont"][0]:
        errs.append("A: p1 says the continuity improved (fewer staff)")
    need(A, f"En boende mötte i genomsnitt {km['kont'][1]} olika medarbetare under en period om 14 dagar, mot "
            f"{km['kont'][0]} året innan. Motsvarande värde för riket var {A_RIKET['kont'][1]}", [0], "A continuity")
    need(A, f"Under 2026 registrerades {tot['f26']} fallskador på {g(tot['d26'])} boendedygn, eller "
            f"{d1(km['fall'][1])} per 1 000 dygn, jämfört med {tot['f25']} fallskador och {d1(km['fall'][0])} per "
            f"1 000 dygn 2025. Riket hade {d1(A_RIKET['fall'][1])}. Två av de sju boendena, Ebbagården och "
            "Mölnegården, fick fler", [0], "A falls")
    priv = [h[0] for h in A_HOMES if h[1] != "Egen regi"]
    if len(A_HOMES) - len(priv) != 5 or priv != ["Malvagården", "Tussilagon"]:
        errs.append("A: p1 says five homes in egen regi and two private (Malvagården, Tussilagon on p4)")
    need(A, "fem i egen regi och två som drivs av privata utförare", [0], "A providers")
    need(A, f"Antal boenden {len(A_HOMES)} med {tot['platser']} platser", [0], "A key-value")
    s26 = {h[0]: h[5] for h in A_HOMES}
    k26 = {h[0]: h[7] for h in A_HOMES}
    f26 = {h[0]: a_rates(h)[1] for h in A_HOMES}
    if min(s26, key=s26.get) != "Ebbagården" or max(s26, key=s26.get) != "Gullregnet" or \
            min(k26, key=k26.get) != "Gullregnet" or min(f26, key=f26.get) != "Hemgläntan" or \
            min(A_HOMES, key=lambda h: h[2])[0] != "Hemgläntan" or \
            max(A_HOMES, key=lambda h: h[10])[0] != "Malvagården" or \
            max(A_HOMES, key=lambda h: h[5] - h[4])[0] != "Tussilagon":
        errs.append("A: the comments on p3 (lowest/highest satisfaction, continuity, falls, size) disagree")
    eb, gu, ma, mo, tu = (a_home(n_) for n_ in ("Ebbagården", "Gullregnet", "Malvagården", "Mölnegården",
                                                "Tussilagon"))
    need(A, f"Andelen nöjda minskade till {eb[5]} procent, den lägsta bland boendena, och en boende mötte {eb[7]} "
            "olika medarbetare", [2], "A Ebbagården")
    need(A, f"den högsta andelen nöjda, {gu[5]} procent, och den bästa personalkontinuiteten, {gu[7]} personer",
         [2], "A Gullregnet")
    need(A, f"Antalet fallskador är högst i kommunen, {ma[10]}, men per 1 000 dygn minskade de från "
            f"{d1(a_rates(ma)[0])} till {d1(a_rates(ma)[1])}", [2], "A Malvagården")
    need(A, f"Fallskadorna ökade från {mo[8]} till {mo[10]}. " + A_PASSAGE, [2], "A passage")
    need(A, f"Andelen nöjda ökade mest av alla boenden, från {tu[4]} till {tu[5]} procent", [2], "A Tussilagon")
    for i, (t_, who, when) in enumerate(A_DEV, 1):
        need(A, f"{i}. {t_} Ansvar: {who} · Klart: {when}", [3], "A development area")

    # (b) Eksärva, investeringsbudget 2027–2029
    G_ = b_grand()
    VA_ = b_csum("VA")
    projs = [p for _, _, p in b_projects()]
    brk = [p[0] for p in projs].index(B_BREAK_AFTER)
    for k, x in enumerate(B_R):
        want = [2] if k <= brk else [3]
        if pages_of(B, x["item"]) != want:
            errs.append(f"B: project {x['r'][1][0]} printed on {pages_of(B, x['item'])}, expected {want}")
    if count(B, "Nr Projekt Typ 2027 2028 2029 Summa 2027–2029 Totalt projekt¹") != len(B_COMMITTEES) + 1:
        errs.append("B: every table needs its column heading, and the continued table repeats it")
    need(B, "Tabell 2.5 fortsätter på nästa sida", [1], "B break note")
    need(B, "2.5 Tekniska nämnden, skattefinansierat (forts.)", [2], "B continued table")
    for code, namnd, title, ps in B_COMMITTEES:
        s_ = b_csum(code)
        label = "Summa " + ("tekniska nämnden, skattefinansierat" if code == "TN" else
                            "vatten och avlopp" if code == "VA" else namnd.lower())
        tp = sum(b_total_project(p) for p in ps)
        need(B, f"{label} " + " ".join(g(v) for v in s_) + f" {g(tp)}", [1, 2], "B Summa row")
        for p in ps:
            if p[2] == "Inkomst" and not all(v <= 0 for v in p[3:6]):
                errs.append(f"B: income row {p[0]} must be negative")
            if p[6] and p[2] != "Pågående":
                errs.append(f"B: {p[0]} has earlier spending but is not Pågående")
            if p[0].split("-")[0] != code:
                errs.append(f"B: project {p[0]} under the wrong committee")
    for n_ in b_nämnder():
        need(B, f"{n_} " + " ".join(g(v) for v in b_nsum(n_)), [0], "B Tabell 1 row")
    if [sum(b_nsum(n_)[i] for n_ in b_nämnder()) for i in range(4)] != G_:
        errs.append("B: the committees do not add up to the total")
    if G_[3] != sum(G_[:3]) or G_[3] != sum(b_sum(p) for p in projs):
        errs.append("B: the years do not add up to the period total")
    tax = [G_[i] - VA_[i] for i in range(4)]
    need(B, "Totalt " + " ".join(g(v) for v in G_), [0], "B Tabell 1 total")
    need(B, "varav skattefinansierat " + " ".join(g(v) for v in tax), [0], "B varav skatt")
    need(B, "varav vatten och avlopp " + " ".join(g(v) for v in VA_), [0], "B varav VA")
    need(B, "Totalt, samtliga nämnder " + " ".join(g(v) for v in G_) +
         f" {g(sum(b_total_project(p) for p in projs))}", [2], "B grand total bar")
    need(B, f"sammanlagt {g(G_[3])} tkr för perioden 2027–2029, varav {g(G_[0])} tkr 2027, {g(G_[1])} tkr 2028 "
            f"och {g(G_[2])} tkr 2029. Investeringarna i vatten och avlopp, som finansieras med avgifter, uppgår "
            f"till {g(VA_[3])} tkr och de skattefinansierade till {g(tax[3])} tkr", [0], "B summary")
    big2 = sorted(projs, key=lambda p: -b_sum(p))[:2]
    if [p[0] for p in big2] != ["VA-01", "BUN-01"]:
        errs.append("B: p1 names the reningsverk and the förskola as the two largest projects")
    need(B, f"reningsverket i Gäddvik med {g(b_sum(big2[0]))} tkr under perioden och den nya förskolan i Byvalla "
            f"med {g(b_sum(big2[1]))} tkr", [0], "B largest")
    if max(range(3), key=lambda i: G_[i]) != 1:
        errs.append("B: p1 says the investments peak in 2028")
    need(B, f"beräknas till {B_SELF[2027]} procent 2027, {B_SELF[2028]} procent 2028 och {B_SELF[2029]} procent "
            f"2029. Fullmäktiges mål är minst {B_SELF_TARGET} procent", [0], "B self-financing")
    if sum(B_SELF.values()) / 3 >= B_SELF_TARGET:
        errs.append("B: the self-financing ratios should fall short of the target")
    pr = {p[0]: p for p in projs}
    va1, bun1, bun2, kfn2, tn2 = (pr[n_] for n_ in ("VA-01", "BUN-01", "BUN-02", "KFN-02", "TN-02"))
    need(B, f"Det nya verket beräknas kosta {g(b_total_project(va1))} tkr, varav {g(va1[6])} tkr har använts till "
            f"projektering före 2027. Under budgetperioden investeras {g(b_sum(va1))} tkr, med {g(va1[4])} tkr "
            f"under 2028 och {g(va1[5])} tkr under 2029", [3], "B reningsverk")
    need(B, f"Projektet beräknas kosta {g(b_total_project(bun1))} tkr", [3], "B förskola")
    need(B, f"Inventarierna budgeteras separat med {g(pr['BUN-04'][4])} tkr under 2028", [3], "B inventarier")
    need(B, f"Tillbyggnaden beräknas kosta {g(b_sum(bun2))} tkr och genomförs 2027–2029", [3], "B skola")
    if not all(bun2[3 + i] for i in range(3)):
        errs.append("B: p4 says the school extension runs 2027–2029")
    need(B, f"renoveras för {g(b_sum(kfn2))} tkr", [3], "B badet")
    need(B, B_PASSAGE + f" Kostnaden har räknats upp till {g(b_sum(tn2))} tkr, och bron byggs i stället "
            "2028–2029", [3], "B passage")
    if tn2[3] != 0 or not (tn2[4] and tn2[5]):
        errs.append("B: the bridge is built 2028–2029 with nothing in 2027")
    for nr, yr, cap, other in B_DRIFT:
        need(B, f"{nr} {pr[nr][1]} {yr} {g(cap)} {g(other)} {g(cap + other)}", [2], "B driftkonsekvens")
        if yr <= max(B_YEARS[i] for i in range(3) if pr[nr][3 + i]):
            errs.append(f"B: running costs of {nr} start before the last year with investment money")

    # (c) Gyllsta, trafikförsörjningsprogram 2027–2030
    T_ = c_group_sum()
    for x in C_R:
        need(C, x["item"], [1], "C line row")
    for gr in C_GROUPS:
        s_ = c_group_sum(gr)
        if sum(1 for l in C_LINES if l[3] == gr) > 1:
            need(C, f"Summa {gr.lower()} {s_[0]} {g(s_[1])} {g(s_[2])} {r0(s_[3] * 1000 / s_[2])} "
                    f"{r0((1 - s_[4] / s_[3]) * 100)}", [1], "C group sum")
        need(C, " ".join(gr.upper()), [1], "C group line")
    if tuple(sum(c_group_sum(gr)[i] for gr in C_GROUPS) for i in range(5)) != T_:
        errs.append("C: the groups do not add up to the total")
    need(C, f"Totalt {T_[0]} {g(T_[1])} {g(T_[2])} {c_total_cost_per()} {c_total_subsidy()}", [1], "C total")
    stad = c_group_sum("Stadstrafik")
    need(C, f"Under 2026 gjordes {g(T_[2])} resor med kommunens busstrafik, {d1(c_pct_change())} procent fler än "
            f"2025, då antalet var {g(T_[1])}. Det motsvarar {d1(c_per_inh(1))} resor per invånare. Målet för 2030 "
            f"är {g(C_JOURNEYS_TARGET)} resor, eller {C_PER_INH_TARGET} resor per invånare. Stadstrafikens fyra "
            f"linjer står för {r0(stad[2] / T_[2] * 100)} procent av resorna", [0], "C summary")
    if sum(1 for l in C_LINES if l[3] == "Stadstrafik") != 4:
        errs.append("C: p1 says the city traffic has four lines")
    ec = c_econ()
    need(C, f"Trafiken kostade {d1(ec['Kostnader'][1])} mnkr och biljettintäkterna blev "
            f"{d1(ec['Biljettintäkter'][1])} mnkr, vilket innebär att skattebetalarna stod för {c_total_subsidy()} "
            f"procent av kostnaden. Målet är att subventionsgraden ska vara högst {C_SUBSIDY_TARGET} procent",
         [0], "C economy summary")
    for k_ in ("Kostnader", "Biljettintäkter", "Nettokostnad"):
        need(C, f"{k_} " + " ".join(d1(v) for v in ec[k_]), [2], "C Tabell 2")
    if not (ec["Nettokostnad"][1] < ec["Nettokostnad"][0] and ec["Biljettintäkter"][1] > ec["Biljettintäkter"][0]):
        errs.append("C: p3 says the net cost was below budget because ticket revenue rose more than planned")
    need(C, f"Antal resor per år {g(T_[1])} {g(T_[2])} {g(C_JOURNEYS_TARGET)}", [2], "C goal journeys")
    need(C, f"Resor per invånare {d1(c_per_inh(0))} {d1(c_per_inh(1))} {C_PER_INH_TARGET}", [2], "C goal per inh")
    need(C, f"Subventionsgrad, % {C_SUBSIDY_2025} {c_total_subsidy()} högst {C_SUBSIDY_TARGET}", [2], "C goal sub")
    need(C, f"Nöjda resenärer, % {C_SAT[0]} {C_SAT[1]} {C_SAT[2]}", [2], "C goal sat")
    need(C, f"Bussar med fossilfritt drivmedel, % {C_FOSSILFREE[0]} {C_FOSSILFREE[1]} {C_FOSSILFREE[2]}", [2],
         "C goal fossil")
    need(C, f"folkmängden den 31 december: {g(C_POP[0])} invånare 2025 och {g(C_POP[1])} invånare 2026", [2],
         "C population")
    need(C, "Kommunfullmäktige har beslutat om fem mål", [2], "C five goals")
    for yr, t_ in C_CHANGES:
        need(C, f"{yr} {t_}", [3], "C change")
        if not 2027 <= yr <= 2030:
            errs.append(f"C: change year {yr} outside the programme period")
    if [c[0] for c in C_CHANGES] != sorted(c[0] for c in C_CHANGES):
        errs.append("C: the timeline must be in year order")
    lin = [l for l in C_LINES if l[4] is not None]
    l21, l4 = c_line("21"), c_line("4")
    if max(lin, key=c_cost_per) is not l21:
        errs.append("C: the passage says line 21 has the highest cost per journey among scheduled lines")
    if not l21[6] / (l21[4] * 250) < 5:      # journeys per departure over 250 weekdays
        errs.append("C: the passage says line 21 has fewer than five passengers per departure")
    need(C, C_PASSAGE + f" Under 2026 gjordes {g(l21[6])} resor med linjen, mot {g(l21[5])} året innan", [3],
         "C passage")
    grow = {l[0]: l[6] / l[5] for l in C_LINES if l[3] == "Stadstrafik"}
    if max(grow, key=grow.get) != "4":
        errs.append("C: p4 says line 4 grew most in the city traffic")
    need(C, f"Resandet på linje 4 ökade med {d1((l4[6] / l4[5] - 1) * 100)} procent 2026, mest av linjerna i "
            "stadstrafiken", [3], "C line 4")

    # (d) Hamrelund, folkhälsoprofil 2026
    rows_d = [r for _, r in d_rows()]
    brk = [r[0] for r in rows_d].index(D_BREAK_AFTER)
    for k, x in enumerate(D_R):
        want = [2] if k <= brk else [3]
        if pages_of(D, x["item"]) != want:
            errs.append(f"D: indicator {x['r'][1][0]} printed on {pages_of(D, x['item'])}, expected {want}")
    if count(D, "Indikator Enhet Källa Hamrelund Länet 2025 Riket 2025 Kvinnor Män Kvinnor Män Kvinnor Män 2022 "
                "2025 2022 2025") != 2:
        errs.append("D: the three-level heading must be printed on p2 and repeated on p3")
    need(D, "Tabell 1. Indikatorer för kvinnor och män (forts.)", [2], "D caption (forts.)")
    need(D, "Tabellen fortsätter på nästa sida", [1], "D break note")
    brk_area = [a for a, r in d_rows() if r[0] == D_BREAK_AFTER][0]
    need(D, f"{brk_area} (forts.)", [2], "D continued area")
    for a, rs in D_AREAS:
        need(D, a, [1, 2], "D area row")
    n_ind = len(rows_d)
    need(D, f"Profilen redovisar {n_ind} indikatorer inom fyra områden", [0], "D counts")
    if len(D_AREAS) != 4 or n_ind != 14:
        errs.append("D: p1 says 14 indicators in four areas")
    if D_POP[0] != D_POP[1] + D_POP[2]:
        errs.append("D: women and men must add up to the population")
    need(D, f"{g(D_POP[0])} invånare 31 december 2025 {g(D_POP[1])} kvinnor {g(D_POP[2])} män", [0], "D strip")
    srcs = {a for a, _ in D_SOURCES}
    if any(r[2] not in srcs for r in rows_d):
        errs.append("D: a source abbreviation is not explained")
    psy, smoke, unga, fys, fet, ohl, edu, otr = (d_ind(n_) for n_ in (
        "Nedsatt psykiskt välbefinnande", "Röker dagligen", "Unga 16–24 år som varken arbetar eller studerar",
        "Fysiskt aktiva minst 150 minuter i veckan", "Fetma, BMI 30 eller mer", "Ohälsotal",
        "Eftergymnasial utbildning 25–64 år", "Otrygga ute ensamma sent på kvällen"))
    need(D, f"ökade från {psy[3]} procent 2022 till {psy[4]} procent 2025, vilket är mer än i länet ({psy[7]} "
            f"procent) och i riket ({psy[9]} procent). Bland männen var andelen {psy[6]} procent", [0], "D psy")
    if not (psy[4] > psy[3] and psy[4] > psy[7] and psy[4] > psy[9]):
        errs.append("D: p1 says women's mental well-being worsened and is worse than län and riket")
    need(D, f"bland kvinnor från {smoke[3]} till {smoke[4]} procent och bland män från {smoke[5]} till {smoke[6]} "
            f"procent", [0], "D smoking")
    if not (smoke[4] < smoke[3] and smoke[6] < smoke[5] and fys[4] < fys[3] and fys[6] < fys[5]):
        errs.append("D: p1 says smoking and physical activity fell")
    need(D, f"minskat till {fys[4]} procent bland kvinnor och {fys[6]} procent bland män", [0], "D activity")
    need(D, f"ökade till {d1(unga[4])} procent bland unga kvinnor och {d1(unga[6])} procent bland unga män, högre "
            "än både länet och riket", [0], "D unga")
    if not (unga[4] > unga[3] and unga[6] > unga[5] and unga[4] > max(unga[7], unga[9]) and
            unga[6] > max(unga[8], unga[10])):
        errs.append("D: p1 says young people outside work and studies rose above län and riket")
    diff = sorted(((abs(r[4] - r[6]), r[0]) for r in rows_d if r[1] == "%"), reverse=True)
    if {diff[0][1], diff[1][1]} != {edu[0], otr[0]}:
        errs.append("D: p4 says the largest differences between women and men concern education and safety")
    need(D, f"{edu[4]} procent av kvinnorna men {edu[6]} procent av männen har eftergymnasial utbildning, och "
            f"{otr[4]} procent av kvinnorna känner sig otrygga ute ensamma sent på kvällen, mot {otr[6]} procent",
         [3], "D differences")
    if not (fet[4] > fet[3] and fet[6] > fet[5] and fet[4] > fet[9] and fet[6] > fet[10]):
        errs.append("D: p4 says obesity rose for both and is above riket")
    need(D, f"är nu {fet[4]} respektive {fet[6]} procent, högre än i riket", [3], "D fetma")
    if not (ohl[4] < ohl[3] and ohl[6] < ohl[5] and ohl[4] > ohl[9] and ohl[6] > ohl[10]):
        errs.append("D: p4 says ohälsotalet fell but is above riket")
    need(D, D_PASSAGE, [3], "D passage")
    for i, t_ in enumerate(D_PRIO, 1):
        need(D, f"{i}. {t_}", [3], "D priority")
    for a, b in D_SOURCES:
        need(D, f"{a} = {b}", [2], "D source")

    # (e) Mossala, planprogram 2027–2028
    for x in E_R:
        need(E, x["item"], [1], "E plan row")
    n_e = len(E_PLANS)
    homes = sum(p[6] for p in E_PLANS)
    need(E, f"Summa, {n_e} detaljplaner {g(homes)}", [1], "E total")
    need(E, f"Programmet omfattar {n_e} detaljplaner med sammanlagt {g(homes)} bostäder. {e_count('Samråd')} "
            f"planer är ute på samråd, {e_count('Granskning')} är på granskning, {e_count('Planuppdrag')} har fått "
            f"planuppdrag och {e_count('Antagande')} väntar på antagande. {e_count('Ej påbörjad')} plan är ännu inte "
            f"påbörjad och {e_count('Vilande')} är vilande", [0], "E counts")
    if sum(e_count(s_) for s_ in E_STATUSES) != n_e or any(p[3] not in E_STATUSES for p in E_PLANS):
        errs.append("E: the status counts do not add up")
    in27 = [p for p in E_PLANS if p[5] == 2027]
    if len(in27) != 4:
        errs.append("E: p1 says four plans are expected to be adopted in 2027")
    need(E, f"Fyra planer väntas antas under 2027 med sammanlagt {e_homes_in(2027)} bostäder. Under 2028 väntas "
            f"{sum(1 for p in E_PLANS if p[5] == 2028)} planer antas med {e_homes_in(2028)} bostäder", [0],
         "E adoption years")
    if max(E_PLANS, key=lambda p: p[6])[1] != "Båtvarvet":
        errs.append("E: p1 says Båtvarvet is the largest plan")
    for p in E_PLANS:
        yr = re.search(r"(20\d\d)", p[4])
        if (yr and int(yr.group(1)) != p[5]) or (not yr and p[5] is not None):
            errs.append(f"E: adoption text and year disagree for {p[1]}")
        if p[3] == "Vilande" and p[5] is not None:
            errs.append("E: a dormant plan has no adoption date")
        if not p[0].startswith("DP 20"):
            errs.append(f"E: bad plan number {p[0]}")
    for st in E_STATUSES:
        need(E, st, [0], "E status legend")
    for nr, kvs in E_CARDS.items():
        p = [q_ for q_ in E_PLANS if q_[0] == nr][0]
        need(E, f"{nr} {p[1]} Status: {p[3]}", [2], "E card head")
        for k_, v in kvs:
            need(E, f"{k_.upper()} {v}", [2], "E card value")
        d_ = dict(kvs)
        yr = int(d_["Planbesked"][:4])
        if not yr <= int(nr.split()[1][:4]):
            errs.append(f"E: planbesked of {nr} after the plan number year")
        num = re.match(r"(\d+)", d_.get("Bostäder", ""))
        if num and int(num.group(1)) != p[6]:
            errs.append(f"E: dwellings on the card of {nr} disagree with the table")
    if set(E_CARDS) != {p[0] for p in E_PLANS if p[5] in (2027, 2028) and p[3] in ("Samråd", "Granskning",
                                                                                   "Planuppdrag")} - \
            {"DP 2025:01", "DP 2026:05"}:
        errs.append("E: cards are expected for Bastuholmen, Getberget, Hagmyren and Kvarteret Biografen")
    bio = [b_ for b_ in E_BESKED if "Biografen" in b_[1]][0]
    if E_CARDS["DP 2026:01"][0][1] != bio[0].isoformat():
        errs.append("E: the planbesked date of Kvarteret Biografen differs between card and list")
    for d_, fast, what, besked in E_BESKED:
        need(E, f"{dmy(d_)} {fast}: {what}. Planbesked: {besked.lower()}", [3], "E planbesked")
        if d_.year != 2026:
            errs.append("E: the list covers planbesked of 2026")
    if any("Mälteriet" in b_[1] for b_ in E_BESKED) or any("Mälteriet" in p[1] for p in E_PLANS if p[0] in E_CARDS):
        errs.append("E: Mälteriet must have no planbesked date (none question)")
    pos = sum(1 for b_ in E_BESKED if b_[3] == "Positivt")
    need(E, f"Nämnden lämnade {len(E_BESKED)} planbesked under 2026, varav {pos} positiva och "
            f"{len(E_BESKED) - pos} negativa", [3], "E besked counts")
    if e_plan("Hästskon")[3] != "Vilande":
        errs.append("E: the passage explains why Hästskon is dormant")
    need(E, E_PASSAGE, [3], "E passage")

    # (f) Timmerhamn, serveringstillstånd (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["item"]) not in scan or norm(x["r"][2]) not in scan:
            errs.append(f"F: scanned row {x['r'][0]} missing")
    nums = [int(d_[0].split("/")[1]) for d_ in F_DECISIONS]
    dates = [d_[7] for d_ in F_DECISIONS]
    if nums != sorted(nums) or dates != sorted(dates) or \
            any(not (_dt_q3(d_)) for d_ in dates):
        errs.append("F: register numbers or dates not in order or outside July–September 2027")
    if any(d_[3] not in F_TYPES for d_ in F_DECISIONS):
        errs.append("F: unknown licence type")
    n_, bev, avs, ak = f_counts()
    if n_ != bev + avs + ak:
        errs.append("F: every decision must be granted, refused or withdrawn")
    if norm(f"Antal beslut: {n_}, varav beviljade {bev}, avslag {avs} och återkallelse {ak}.") not in scan:
        errs.append("F: count line of the scan wrong")
    words_ = {1: "en", 10: "tio", 12: "tolv"}
    need(F, f"fattade tillståndsenheten {('tolv' if n_ == 12 else n_)} beslut om serveringstillstånd med stöd av "
            f"delegation. {'Tio' if bev == 10 else bev} ansökningar beviljades, {'en' if avs == 1 else avs} ansökan "
            f"avslogs och {'ett' if ak == 1 else ak} tillstånd återkallades på tillståndshavarens egen begäran",
         [0], "F counts")
    ref = [d_[0] for d_ in F_DECISIONS if d_[6] == "Avslås"]
    cond_ = [d_[0] for d_ in F_DECISIONS if d_[6] == "Beviljas med villkor"]
    wd = [d_[0] for d_ in F_DECISIONS if d_[6] == "Återkallas"]
    if not (ref and ref[0] in F_NOTES[0] and "Avslag" in F_NOTES[0] and cond_ and cond_[0] in F_NOTES[1] and
            wd and wd[0] in F_NOTES[2] and [d_ for d_ in F_DECISIONS if d_[0] == wd[0]][0][3] == "ÅK"):
        errs.append("F: the notes must explain the refusal, the condition and the withdrawal")
    for t_ in F_NOTES:
        if norm(t_) not in scan:
            errs.append("F: a note is missing from the scan")
    if F_PASSAGE not in F_NOTES[0]:
        errs.append("F: the passage is the reason for the refusal")
    if norm(F_SIGNED.isoformat()) not in scan or not (max(dates) < F_SIGNED <= F_SKRIVELSE < F_MEETING):
        errs.append("F: stamp date must be after the decisions and before the skrivelse and the meeting")
    need(F, f"Anmälan sker vid nämndens sammanträde den {dmy(F_MEETING)}", [0], "F meeting")
    need(F, f"Datum {F_SKRIVELSE.isoformat()}", [0], "F skrivelse date")
    for x in F_S:
        need(F, x["item"], [2], "F stat row")
    for gr, _ in F_STATS:
        need(F, gr, [2], "F stat group")
    st = {r[0]: r for _, r in f_stat_rows()}
    sa, ytt, ak_ = st["Stadigvarande, allmänheten"], st["Yttre tillsyn, antal besök"], st["Återkallelse"]
    need(F, f"ökat från {sa[1]} vid slutet av 2025 till {sa[3]} den 30 september 2027. Tillsynen har ökat i takt "
            f"med detta: {ytt[2]} yttre tillsynsbesök gjordes under 2026, mot {ytt[1]} året innan, och {ytt[3]} besök "
            "har gjorts hittills under 2027. Efter 2025 har inget tillstånd återkallats som sanktion", [2],
         "F stat text")
    if not (sa[1] < sa[2] < sa[3] and ak_[1] > 0 and ak_[2] == 0 and ak_[3] == 0):
        errs.append("F: p3 text on the licences and the sanctions disagrees with the table")
    new_sa = sum(1 for d_ in F_DECISIONS if d_[3] == "SA" and d_[6].startswith("Beviljas"))
    if sa[3] - sa[2] > new_sa + 2:
        errs.append("F: too many new licences in 2027 compared with the decisions")
    for item, fee in F_FEES:
        need(F, f"{item} {g(fee)} kr", [2], "F fee")
    layer_f = norm(" ".join(text_layer(F)))
    for d_ in F_DECISIONS:
        for s_ in (d_[0], d_[1], d_[2], d_[7].isoformat()):
            if norm(s_) in layer_f:
                errs.append(f"F: scanned fact {s_!r} repeated in the text layer")
    for s_ in ("Hamntorget", "Kronofogden", "kunskapsprovet"):
        if norm(s_) in layer_f:
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row); whole tables {sum(1 for q in qs if q['id'] in EXACT)}; on the scanned page "
          f"{dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
