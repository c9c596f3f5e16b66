"""Checks ../train_syn32.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Odelsvik document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic30/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic32).

* format: 72 questions t32001..t32072, key order, types 30 figure / 12 list / 6 passage / 24 none, 18 in English
  (at least 8 of them figures, 3 lists and 6 none), at least 9 conditional lists, at least 4 list-shaped none
  questions; on the scanned page 2 figure and 1 list question, and 1 none question about the scanned fee table;
* every question names the municipality (or region) of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the question that asks for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (b) and (c) (WITH_MINUS); metadata titles
  exactly in (a), (b), (d) and (f); landscape pages exactly p. 3 of (b) and p. 2 of (d); page 2 of (f) an image
  without text; no names of earlier synthetic municipalities or places (FORBIDDEN, incl. the OWN names of
  ../synthetic29, ../synthetic30 and the sets before them), no real municipality or region (REAL) among our own
  names or as a word in the PDFs, our own names (OWN) and persons all start with K, R, U, W, G or O and none of OWN
  or PERSONS occurs in the READMEs of the earlier sets or in ../synthetic28/check.py and ../synthetic30/check.py;
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
from data import (A_AREAS, A_BREAK_AFTER, A_FIRST_VISIT, A_OPERATION, A_SAME_DAY, A_DOCTOR_VISITS,  # noqa
                  A_OTHER_VISITS, A_DIGITAL, A_WAITING, A_BUP_30, A_PASSAGE, A_SIGNED, a_dev, a_rows, a_area_sum,
                  a_carry, a_total, a_row_text, a_sum_text, a_row,
                  B_POP_YEARS, B_OUTCOME_LAST, B_POP, B_AGES, B_RATE, B_BASE_GROWTH, B_WAGES, B_PRICES, B_TARGET,
                  B_YEARS, B_YEAR_HEAD, B_TAX, B_FIN, B_SETTLEMENT, B_NOTE, B_PROGNOS_NET_2026, B_FRAMES, B_DATES, B_PASSAGE,
                  b_pop_total, b_grants, b_tax_total, b_frames_total, b_net, b_result, b_result_pct, b_frame_pct,
                  b_tax_row_text, b_frame_text, b_rate_total,
                  C_DEPTS, C_AGE_GROUPS, C_SICK, C_HOUR_SHARE, C_SICK_SEX, C_WOMEN_HOURS, C_LONG, C_OVERTIME,
                  C_TURNOVER, C_TURNOVER_TARGET, C_PASSAGE, c_total, c_totals, c_avg_age, c_sick_all,
                  c_sick_sex_all, c_overtime_total, c_turnover_all, c_row_text, c_women_share,
                  D_YEARS, D_ACC, D_BASE, D_GOAL_2030, D_TYPES, D_MEASURES, D_SPEEDS, D_MEASURED, D_PASSAGE,
                  d_total, d_acc_text, d_measure_text, d_speed_text,
                  E_GROUPS, E_REPORTS, E_REPORT_INQ, E_WAIT, E_WAIT_TARGET, E_CHILD_FIRST, E_AREAS, E_PASSAGE,
                  e_rows, e_gsum, e_total, e_row_text, e_sum_text, e_sub_items,
                  F_VAT, F_FEES, F_KF, F_VOTES, F_SIGNED, F_TYPHUS, F_INVEST, F_INVEST_2027, F_PASSAGE,
                  f_fee_rows, f_fee, f_scan_row, f_typhus_cost, f_typhus_change, f_invest_text, f_scan_text,
                  dmy, g, gd, d1, d2, r1, r2)

QFILE = HERE.parent / "train_syn32.jsonl"
N_Q = 72
BASE = 32000
WANT_TYPES = {"figure": 30, "list": 12, "passage": 6, "none": 24}
WANT_EN = 18
MIN_EN_LISTS = 3
MIN_EN_FIGS = 8
MIN_EN_NONE = 6
MIN_COND = 9
MIN_LIST_NONE = 4     # list-shaped none questions
MIN_ANSWERABLE = 6    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 1}
SCAN_NONE = {"t32069"}   # the none question about the scanned fee table
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "region-grasund-hsn-verksamhetsberattelse-2026.pdf"
B = "roslinge-budgetforutsattningar-2027-2029.pdf"
C = "westerlunda-personalredovisning-2026.pdf"
D = "ullvika-trafiksakerhetsprogram-uppfoljning-2026.pdf"
E = "gunnesta-sn-ifo-uppfoljning-2026.pdf"
F = "odelsvik-kf-2026-11-23-p142-va-taxa-2027.pdf"
PLACE = {A: "Gråsund", B: "Roslinge", C: "Westerlunda", D: "Ullvika", E: "Gunnesta", F: "Odelsvik"}
WITH_TITLE = {A, B, D, F}
WITH_MINUS = {A, B, C}      # documents that print negative amounts or changes with "−"
LANDSCAPE = {B: [3], D: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "KRUWGO"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic30/check.py (its FORBIDDEN list already holds the names of
# ../synthetic … ../synthetic29), checked against the lines that define FORBIDDEN and OWN in ../synthetic29/check.py
# (read with grep -n / sed, those lines only: every name of them is already in the list). ../synthetic31 is being
# written at the same time by another writer with other letters and was not read (the brief forbade it).
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
    # the OWN list of ../synthetic28/check.py
    "Båthälla", "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn",
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
    "Hamntorget", "Bella Gastronomi", "Måsen Mat & Dryck", "Ebbes Krog",
    # the OWN list of ../synthetic29/check.py (written at the same time by another writer with other letters; only
    # the lines that define FORBIDDEN and OWN were read, located with grep -n; its FORBIDDEN list equals ours above)
    "Alnsjö", "Dyvika", "Fagerbro", "Lidsvik", "Nävsjö", "Orvika",
    "Aspnässkolan", "Damhagsskolan", "Forsängsskolan", "Lillåskolan", "Nybodaskolan", "Fyrklöverns friskola",
    "Novaskolan", "Oasens skola",
    "Lövnäs", "Flisbacken",
    "Apotekartorget", "Lasarettsvägen", "Oxtorget", "Dalbovägen", "Fabriksgatan",
    "Ottersjön", "Lidsviksån", "Norrskogen",
    "Ollonbacken", "Nyhagen", "Dalbacken", "Nävern",
    "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt", "Fiskeklubben Laxöringen", "Filmklubben Fyrljuset",
    "Orvika Skytteförening", "Nolåsens bygdegårdsförening", "Orvika Konstförening", "Dragspelsklubben Durspel",
    "Ankarets scoutkår", "Nordvallens skidklubb", "Aktiva seniorer i Orvika", "Orvika Ungdomsorkester",
    "Lidens hembygdsförening",
    # the OWN list of ../synthetic30/check.py
    "Bälsunda", "Erkelunda", "Gesterby", "Hökvalla", "Masthamra", "Tuvesta",
    "Bryggan", "Hälleberga",
    "Enhagsskolan",
    "Hökvallabadet",
    "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen",
    "Grönvik", "Hästeby", "Bodvallen", "Masthamrahem",
    "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik", "Bävern", "Holmby", "Hyvlaren",
    "Blåmesen",
]
# real Swedish municipalities and regions beginning with K, R, U, W, G or O (regions: Kalmar, Kronoberg, Uppsala,
# Gotland, Gävleborg): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Rättvik", "Ronneby",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund"]
# our own invented names (municipalities and the region first, then hospitals, places, areas, a team, a school,
# streets, waterworks and the treatment plant); later sets should add them to their FORBIDDEN lists
OWN = ["Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta", "Odelsvik",
       "Kvarnvik",
       "Gärdshöjden",
       "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan", "Gjutargatan", "Kanalvägen",
       "Utmarksvägen", "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen", "Gamla landsvägen",
       "Orion",
       "Gåsholmen", "Kallviken", "Rimsjön", "Ugglevik"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Karin Ringdahl", "Weronica Kallin", "Oskar Wilund", "Rebecka Ullberg", "Göran Kvist", "Ruth Olander",
           "Gunnar Oldin"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic28", "synthetic30"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 31)]   # README.md (synthetic31 is not read)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=(area, r), item=a_row_text(r)) for area, r in a_rows()]
B_T = [dict(r=row, item=b_tax_row_text(row)) for row in B_TAX]
B_F = [dict(r=f, item=b_frame_text(f)) for f in B_FRAMES]
C_R = [dict(r=d, item=c_row_text(d)) for d in C_DEPTS]
D_M = [dict(r=m, item=d_measure_text(m)) for m in D_MEASURES]
D_S = [dict(r=s, item=d_speed_text(s)) for s in D_SPEEDS]
E_S = [head for head, _ in E_AREAS]
E_SUB = [dict(r=(head, s), item=s) for head, s in e_sub_items()]
F_R = [dict(r=(gr, r), item=f_scan_row(r)) for gr, r in f_fee_rows()]
F_I = [dict(r=i, item=f_invest_text(i)) for i in F_INVEST]

# qid -> (rows, predicate on the raw row)
COND = {
    "t32006": (A_R, lambda r: r[0] == "Specialiserad somatisk vård" and r[1][3] > r[1][2]),  # group + over budget
    "t32007": (A_R, lambda r: r[1][3] < r[1][1]),                                # utfall 2026 < utfall 2025 (pair)
    "t32018": (B_F, lambda f: b_frame_pct(f) > 2.5),                             # frame up more than 2,5 %
    "t32019": (B_T, lambda row: row[1][1] < 0),                                  # negative in 2027
    "t32030": (C_R, lambda d: d[3] > d[2]),                                      # men > women (pair)
    "t32031": (C_R, lambda d: d[5] > 46),                                        # average age over 46
    "t32042": (D_M, lambda m: m[5] == 2027),                                     # to be carried out in 2027
    "t32043": (D_S, lambda s: s[2] > s[1]),                                      # mean > posted limit (pair)
    "t32055": (E_SUB, lambda x: x[0] == "Fler insatser på hemmaplan"),         # under a heading
    "t32066": (F_R, lambda x: x[0].startswith("Brukningsavgift") and f_fee(x[1])[3] > 1000),  # scanned, group
    "t32067": (F_I, lambda i: i[1] > 40),                                        # over 40 mnkr
}
PAIR = {"t32006", "t32007", "t32030", "t32043"}
GROUP = {"t32006", "t32055", "t32066"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "t32054": E_S,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "t32009": (A, [r"2024"], None),
    "t32010": (A, [r"[Hh]yrläkar\w*[^.]{0,60}(?:mnkr|tkr|kronor)", r"(?:mnkr|tkr|kronor)[^.]{0,60}hyrläkar",
                   r"[Kk]ostnad\w* för hyrläkare", r"[Ii]nhyrd"], None),
    "t32011": (A, [r"\b[Kk]vinnor\b", r"\b[Mm]än\b", r"\b[Kk]vinnorna"], None),
    "t32012": (A, [], lambda: all(abs(a_dev(r)) <= 50 for _, r in a_rows())
               and all(abs(a_area_sum(a)[1] - a_area_sum(a)[2]) <= 50 for a, _ in A_AREAS)),
    "t32021": (B, [r"2030"], None),
    "t32022": (B, [r"[Ss]kattesats[^.]{0,80}2028", r"2028[^.]{0,80}[Ss]kattesats"], None),
    "t32023": (B, [r"[Ll]ägre ram", r"[Mm]inskad\w* ram", r"ramen minskar"],
               lambda: all(f[1][1] > f[1][0] for f in B_FRAMES)),
    "t32024": (B, [r"[Ll]åneskuld", r"\b[Ll]ån\b", r"\b[Ll]ånen\b", r"[Uu]pplåning", r"[Ss]kuld"], None),
    "t32033": (C, [r"2024"], None),
    "t32034": (C, [r"\b[Mm]än\b[^.]{0,50}(?:−29|under 30|yngre|unga)", r"(?:−29|under 30|yngre)[^.]{0,50}\b[Mm]än\b",
                   r"[Uu]nga män"], None),
    "t32035": (C, [r"2\d,\d procent", r"över 20"], lambda: all(v[1] <= 20 for v in C_TURNOVER.values())),
    "t32036": (C, [r"[Bb]emanningsföretag", r"[Ii]nhyrd", r"[Kk]onsult"], None),
    "t32045": (D, [r"2023"], None),
    "t32046": (D, [r"\b[Bb]arn\b", r"\b[Bb]arnen\b", r"0–17", r"under 18", r"[Uu]ngdomar"], None),
    "t32047": (D, [r"mnkr", r"miljoner"], lambda: all(m[4] <= 5000 for m in D_MEASURES)),
    "t32048": (D, [r"[Mm]ätningarna kostade", r"[Kk]ostnad\w* för (?:hastighets)?mätning",
                   r"[Mm]ätning\w*[^.]{0,60}tkr", r"tkr[^.]{0,60}[Mm]ätning"], None),
    "t32057": (E, [r"2024"], None),
    "t32058": (E, [r"[Dd]ygn", r"per dag", r"kr per", r"kronor per"], None),
    "t32059": (E, [], lambda: all(r[4] <= 25 for _, r in e_rows())),
    "t32060": (E, [r"LVU", r"[Tt]vångsvård", r"utan samtycke"], None),
    "t32069": (F, [r"[Ss]lam", r"[Tt]ömning"], None),
    "t32070": (F, [r"[Aa]nslutna", r"[Aa]bonnent", r"[Hh]ushåll", r"\d+ fastigheter"], None),
    "t32071": (F, [r"[Ii]ntäkt"], None),
    "t32072": (F, [], lambda: all(i[1] <= 200 for i in F_INVEST)),
}
LIST_NONE = {"t32012", "t32023", "t32035", "t32047", "t32059", "t32072"}


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
    """'2027-09-14' or '16 februari 2028' -> 'YYYY-MM-DD'."""
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
            fn, pats, test = NONE_ABSENT[qid]
            if PLACE[fn] not in q["question"]:
                E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
            raw = pdf_pages(fn)[1]
            alltext = re.sub(r"\s+", " ", " ".join(raw))
            for pat in pats:
                m = re.search(pat, alltext)
                if m:
                    E_(f"none question may be answerable: {pat!r} matches {m.group(0)[:60]!r} in {fn}")
            if test is not None and not test():
                E_("none question may be answerable: some row of data.py qualifies")
            if qid in LIST_NONE and test is None:
                E_("list-shaped none question without a test on data.py")
            if not pats and test is None:
                E_("none question without any absence test")
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
            if len(q["figures"]) != 1 or q["items"]:
                E_("figure question needs one figure and no items")
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
    n_group = sum(1 for q in qs if q["type"] == "list" and q["id"] in GROUP)
    if not (PAIR | GROUP) <= set(COND):
        errs.append("PAIR / GROUP questions must be conditional lists")
    n_list_none = sum(1 for q in qs if q["type"] == "none" and q["id"] in LIST_NONE)
    if n_list_none < MIN_LIST_NONE:
        errs.append(f"only {n_list_none} list-shaped none questions")
    if dict(n_scan) != WANT_SCAN:
        errs.append(f"scanned page: {dict(n_scan)} questions, expected {WANT_SCAN}")
    for qid in SCAN_NONE:
        q_ = [q for q in qs if q["id"] == qid]
        if not q_ or q_[0]["type"] != "none" or NONE_ABSENT[qid][0] not in SCANNED:
            errs.append(f"{qid}: the none question about the scanned page must be a none question on {F}")

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
    for o in OWN + PERSONS:
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

    # (a) Region Gråsund, verksamhetsberättelse 2026
    T = a_total()
    names = [a for a, _ in A_AREAS]
    brk = names.index(A_BREAK_AFTER)
    for area, r in a_rows():
        want = [2] if names.index(area) <= brk else [3]
        if pages_of(A, a_row_text(r)) != want:
            errs.append(f"A: row {r[0]} printed on {pages_of(A, a_row_text(r))}, expected {want}")
        if a_dev(r) != r1(r[2] - r[3]):
            errs.append(f"A: deviation of {r[0]} is not budget minus outcome")
    for k, (area, rows) in enumerate(A_AREAS):
        want = [1] if k <= brk else [2]
        need(A, a_sum_text(area), want, "A Summa row")
        if a_area_sum(area) != tuple(r1(sum(r[i] for r in rows)) for i in (1, 2, 3)):
            errs.append(f"A: subtotal of {area} does not add up")
    carry = a_carry()
    carry_dev = d1(r1(carry[1] - carry[2]), plus=True)
    need(A, f"Summa att transportera {d1(carry[0])} {d1(carry[1])} {d1(carry[2])} {carry_dev}", [1],
         "A carried-forward row")
    need(A, f"Transport från sidan 2 {d1(carry[0])} {d1(carry[1])} {d1(carry[2])} {carry_dev}", [2],
         "A brought-forward row")
    if carry != tuple(r1(sum(a_area_sum(a)[i] for a in names[:brk + 1])) for i in range(3)):
        errs.append("A: the carried-forward sums do not add up")
    if T != tuple(r1(carry[i] + sum(a_area_sum(a)[i] for a in names[brk + 1:])) for i in range(3)):
        errs.append("A: carried-forward sums plus the areas on p. 3 must give the total")
    DEV = r1(T[1] - T[2])
    need(A, f"Summa hälso- och sjukvårdsnämnden {d1(T[0])} {d1(T[1])} {d1(T[2])} {d1(DEV, plus=True)}", [2],
         "A total row")
    if count(A, "Område och verksamhet Utfall 2025 Budget 2026 Utfall 2026 Avvikelse") != 2:
        errs.append("A: the column heading must be printed on p. 2 and repeated on p. 3")
    need(A, "Tabell 1 fortsätter på nästa sida", [1], "A break note")
    need(A, "Tabell 1. Nettokostnad per verksamhetsområde, mnkr (forts.)", [2], "A continued caption")
    inc = r1(T[2] - T[0])
    need(A, f"Nämndens nettokostnad blev {d1(T[2])} mnkr 2026. Det är {d1(-DEV)} mnkr eller "
            f"{d1(-DEV / T[1] * 100)} procent mer än budgeten på {d1(T[1])} mnkr. Jämfört med 2025, då "
            f"nettokostnaden var {d1(T[0])} mnkr, ökade kostnaderna med {d1(inc)} mnkr eller "
            f"{d1(inc / T[0] * 100)} procent", [0], "A summary")
    devs = {a: r1(a_area_sum(a)[1] - a_area_sum(a)[2]) for a in names}
    need(A, f"somatiska vården ({d1(devs['Specialiserad somatisk vård'])} mnkr), övrig hälso- och sjukvård "
            f"({d1(devs['Övrig hälso- och sjukvård'])} mnkr) och psykiatrin ({d1(devs['Psykiatri'])} mnkr)", [0],
         "A largest deficits")
    if sorted(devs, key=lambda a: devs[a])[:3] != ["Specialiserad somatisk vård", "Övrig hälso- och sjukvård",
                                                   "Psykiatri"] or not (devs["Primärvård"] > 0 < devs["Tandvård"]):
        errs.append("A: p. 1 names the three largest deficits and surpluses in primärvård and tandvård")
    for vals, lab in ((A_FIRST_VISIT, "Första besök i specialiserad vård inom 90 dagar"),
                      (A_OPERATION, "Operation eller åtgärd inom 90 dagar"),
                      (A_SAME_DAY, "Kontakt med vårdcentral samma dag")):
        need(A, f"{d1(vals[1])} % {lab} Mål {vals[2]} % · 2025: {d1(vals[0])} %", [0], "A gauge")
        if not vals[1] < vals[2]:
            errs.append(f"A: {lab} should be below its target (text says the targets were not reached)")
    dv, ov = A_DOCTOR_VISITS, A_OTHER_VISITS
    need(A, f"Vårdcentralerna hade {g(dv[1])} läkarbesök under 2026, vilket är {g(dv[1] - dv[0])} fler än året "
            f"innan, då antalet var {g(dv[0])}", [3], "A doctor visits")
    need(A, f"ökade till {g(ov[1])} från {g(ov[0])}. Av samtliga besök i primärvården var {g(A_DIGITAL)} digitala, "
            f"eller {d1(A_DIGITAL / (dv[1] + ov[1]) * 100)} procent", [3], "A other visits")
    need(A, f"fick {d1(A_FIRST_VISIT[1])} procent av patienterna ett första besök inom 90 dagar, mot "
            f"{d1(A_FIRST_VISIT[0])} procent året innan. Målet är {A_FIRST_VISIT[2]} procent", [3], "A first visit")
    need(A, f"väntade {g(A_WAITING[0])} patienter på ett första besök, varav {g(A_WAITING[1])} hade väntat längre "
            "än 90 dagar", [3], "A waiting")
    if r1(100 - A_WAITING[1] / A_WAITING[0] * 100) != A_FIRST_VISIT[1]:
        errs.append("A: the queue and the share within 90 days disagree")
    vp, bup = a_row("Vuxenpsykiatri"), a_row("Barn- och ungdomspsykiatri")
    need(A, f"Vuxenpsykiatrin redovisar ett underskott på {d1(-a_dev(vp))} mnkr. Underskottet beror främst på att "
            f"{A_PASSAGE}", [2], "A passage")
    need(A, f"gick {d1(-a_dev(bup))} mnkr över budget", [2], "A BUP")
    ak, lm, kv = a_row("Akutsjukvård"), a_row("Förmånsläkemedel"), a_row("Köpt vård utanför regionen")
    need(A, f"gick {d1(-a_dev(ak))} mnkr över budget. Kostnaden för förmånsläkemedel steg till {d1(lm[3])} mnkr",
         [2], "A akut/läkemedel")
    if not (kv[3] < kv[1] and a_dev(kv) < 0):
        errs.append("A: p. 3 says köpt vård fell against 2025 but went over budget")
    need(A, f"blev ändå {d1(-a_dev(kv))} mnkr dyrare än budgeterat", [2], "A köpt vård")
    need(A, f"den {dmy(A_SIGNED)}", [0], "A decision date")

    # (b) Roslinge, budgetförutsättningar 2027–2029
    tot = [b_pop_total(y) for y in B_POP_YEARS]
    for k, a_ in enumerate(B_AGES):
        need(B, f"{a_} " + " ".join(g(B_POP[y][k]) for y in B_POP_YEARS), [1], "B age row")
    need(B, "Folkmängd 31 december " + " ".join(g(v) for v in tot), [1], "B population row")
    need(B, "Förändring under året " + " ".join(f"+{tot[i] - tot[i - 1]}" for i in range(1, len(tot))), [1],
         "B change row")
    need(B, "Åldersgrupp " + " ".join(str(y) for y in B_POP_YEARS), [1], "B year heading")
    need(B, " ".join(g(v) for v in tot), [1], "B chart labels")
    i25 = B_POP_YEARS.index(2025)
    need(B, f"Folkmängden ökade med {tot[i25] - tot[i25 - 1]} personer under 2025 till {g(tot[i25])} invånare. "
            f"Prognosen pekar på {g(tot[-1])} invånare vid utgången av 2029", [1], "B population text")
    need(B, f"gruppen 80 år och äldre ökar med {B_POP[2029][3] - B_POP[2025][3]} personer", [1], "B 80+ text")
    growth80 = [B_POP[y][3] - B_POP[y - 1][3] for y in range(2026, 2030)]
    if not all(50 <= x <= 60 for x in growth80):
        errs.append(f"B: the passage says about 55 more people over 80 per year, the forecast gives {growth80}")
    for row in B_TAX:
        need(B, b_tax_row_text(row), [2], "B tax row")
    gs, TT = b_grants(), b_tax_total()
    need(B, f"¹ Inklusive slutavräkning för tidigare år: {d1(B_SETTLEMENT[0])} mnkr 2026 och "
            f"{d1(B_SETTLEMENT[1])} mnkr 2027. För planåren räknas ingen slutavräkning", [2], "B footnote")
    if list(B_NOTE) != ["Skatteintäkter"] or not all(abs(x) < 10 for x in B_SETTLEMENT):
        errs.append("B: the footnote belongs to the tax income row and holds small settlements")
    need(B, "Summa generella statsbidrag och utjämning " + " ".join(d1(x) for x in gs), [2], "B grants subtotal")
    need(B, "Summa skatteintäkter och generella statsbidrag " + " ".join(d1(x) for x in TT), [2], "B tax total")
    if count(B, " ".join(B_YEAR_HEAD)) != 2:
        errs.append("B: the boxed year heading must be printed for Tabell 2 and Tabell 3")
    NET, RES, RESP = b_net(), b_result(), b_result_pct()
    need(B, "Nämndernas nettokostnader " + " ".join(d1(-x) for x in NET), [2], "B net cost row")
    need(B, "Finansförvaltningen, netto " + " ".join(d1(-x) for x in B_FIN), [2], "B finance row")
    need(B, "Årets resultat " + " ".join(d1(x) for x in RES), [2], "B result row")
    need(B, "Resultat i procent av skatter och bidrag " + " ".join(d1(x) for x in RESP), [2], "B result % row")
    if any(abs(TT[k] - NET[k] - B_FIN[k] - RES[k]) > 0.051 for k in range(4)):
        errs.append("B: the result budget does not add up")
    if not (RESP[0] < B_TARGET <= min(RESP[1:])):
        errs.append("B: the forecast 2026 is below the target and the budget and plan reach it")
    for f in B_FRAMES:
        need(B, b_frame_text(f), [3], "B frame row")
    FT = b_frames_total()
    need(B, "Summa nämnder " + " ".join(d1(x) for x in FT) + " " + d1(r1((FT[1] / FT[0] - 1) * 100), plus=True),
         [3], "B frames total")
    if FT[1:] != NET[1:]:
        errs.append("B: the net costs 2027–2029 of the result budget must equal the frames")
    for name, v, _ in B_FRAMES:
        if v[1] / FT[1] * 166 > 14:
            need(B, f"{d1(v[1] / FT[1] * 100)} %", [3], "B stacked bar label")
    k26, k27 = B_RATE["kommun"]
    f2 = lambda v: f"{v:.2f}".replace(".", ",")  # noqa: E731
    need(B, f"den kommunala skattesatsen höjs från {f2(k26)} kronor till {f2(k27)} kronor 2027. En höjning med 25 "
            f"öre ger cirka {d1(B_TAX[0][1][1] * (k27 - k26) / k27)} mnkr", [0], "B tax rate text")
    if abs(r2(k27 - k26) - 0.25) > 1e-9:
        errs.append("B: the raise of the tax rate is 25 öre")
    need(B, f"Roslinge kommun {f2(k26)} {f2(k27)} Regionen {f2(B_RATE['region'][0])} {f2(B_RATE['region'][1])} "
            f"Total skattesats {f2(b_rate_total(0))} {f2(b_rate_total(1))}", [0], "B tax rate table")
    need(B, f"skattesatsen {f2(k27)} kronor från 2027", [2], "B note on the tax rate")
    gr = B_BASE_GROWTH
    need(B, f"{d1(gr[2027])} procent 2027, {d1(gr[2028])} procent 2028 och {d1(gr[2029])} procent 2029", [0],
         "B tax base growth")
    need(B, f"räknas upp med {d1(B_WAGES)} procent för löner och {d1(B_PRICES)} procent för priser", [0],
         "B indexation")
    need(B, f"resultatmål är {d1(B_TARGET)} procent av skatteintäkter och generella statsbidrag. Prognosen för 2026 "
            f"pekar på ett resultat på {d1(RES[0])} mnkr eller {d1(RESP[0])} procent, medan budgeten för 2027 ger "
            f"{d1(RES[1])} mnkr", [0], "B result text")
    need(B, B_PASSAGE, [0], "B passage")
    dates = [d_ for _, _, d_ in B_DATES]
    if dates != sorted(dates):
        errs.append("B: the budget process dates are out of order")
    for mon, step, d_ in B_DATES:
        need(B, f"{mon} {step} {dmy(d_)}", [0], "B chevron")
        if mon.lower() != MONTH_NAMES[d_.month - 1]:
            errs.append(f"B: chevron month {mon} disagrees with {d_}")
    need(B, f"senast den {dmy(B_DATES[1][2])}", [3], "B deadline")
    need(B, f"beslutar om ramarna den {dmy(B_DATES[2][2])} och fastställer budgeten den {dmy(B_DATES[3][2])}", [3],
         "B KF dates")

    # (c) Westerlunda, personalredovisning 2026
    K, M, T3, T25 = c_totals()
    for d in C_DEPTS:
        if pages_of(C, c_row_text(d)) != [2]:
            errs.append(f"C: {d[1]} printed on {pages_of(C, c_row_text(d))}, expected [2]")
    need(C, f"Hela kommunen {g(K)} {g(M)} {g(T3)} {g(T25)} {d1(c_avg_age())}", [1], "C total row")
    need(C, f"hade kommunen {g(T3)} månadsavlönade medarbetare, {T3 - T25} fler än ett år tidigare, då antalet var "
            f"{g(T25)}. Av medarbetarna var {g(K)} kvinnor och {g(M)} män, vilket ger en kvinnoandel på "
            f"{d1(c_women_share())} procent. Medelåldern var {d1(c_avg_age())} år", [0], "C summary staff")
    need(C, f"Kvinnor {g(K)} ({d1(c_women_share())} %) Män {g(M)} ({d1(100 - c_women_share())} %)", [0],
         "C waffle legend")
    need(C, f"Sjukfrånvaron ökade till {d1(c_sick_all(2026))} procent av den ordinarie arbetstiden, från "
            f"{d1(c_sick_all(2025))} procent 2025. Kvinnornas sjukfrånvaro var {d1(C_SICK_SEX[2026][0])} procent och "
            f"männens {d1(C_SICK_SEX[2026][1])} procent", [0], "C summary sick leave")
    for y in (2025, 2026):
        if c_sick_sex_all(y) != c_sick_all(y):
            errs.append(f"C: sick leave {y}: the age groups and the sexes give different totals")
    need(C, f"Personalomsättningen var {d1(c_turnover_all(1))} procent, mot {d1(c_turnover_all(0))} procent året "
            f"innan. Kommunens mål är en personalomsättning på högst {d1(C_TURNOVER_TARGET)} procent, och målet "
            f"nåddes inte. Övertiden och mertiden minskade något till {g(c_overtime_total(1))} timmar", [0],
         "C summary turnover")
    if not (c_turnover_all(1) > C_TURNOVER_TARGET and c_overtime_total(1) < c_overtime_total(0)):
        errs.append("C: p. 1 says the turnover target was missed and overtime fell")
    vof = [d for d in C_DEPTS if d[0] == "VOF"][0]
    if max(C_DEPTS, key=c_total) != vof:
        errs.append("C: p. 2 says VOF is the largest förvaltning")
    need(C, f"största arbetsplats med {g(c_total(vof))} medarbetare, men antalet minskade med "
            f"{vof[4] - c_total(vof)} under året", [1], "C VOF comment")
    NUMW = {3: "Tre", 4: "Fyra", 5: "Fem", 6: "Sex"}
    need(C, f"{NUMW[sum(1 for d in C_DEPTS if c_total(d) > d[4])]} av de sju förvaltningarna har fler medarbetare",
         [1], "C growing förvaltningar")
    if max(C_DEPTS, key=lambda d: d[5])[0] != "STF" or min(C_DEPTS, key=lambda d: d[5])[0] != "IFF":
        errs.append("C: p. 2 says STF has the highest and IFF the lowest average age")
    for y in (2025, 2026):
        need(C, f"{y} " + " ".join(d1(v) for v in C_SICK[y]) + f" {d1(c_sick_all(y))}", [2], "C sick leave row")
    chg = [r1(b - a) for a, b in zip(list(C_SICK[2025]) + [c_sick_all(2025)], list(C_SICK[2026]) + [c_sick_all(2026)])]
    need(C, "Förändring, procentenheter " + " ".join(d1(v, plus=True) for v in chg), [2], "C change row")
    for k, lab in enumerate(C_AGE_GROUPS):
        a_, b_ = C_SICK[2025][k], C_SICK[2026][k]
        need(C, f"{lab} {d1(min(a_, b_))} {d1(max(a_, b_))}", [2], "C dumbbell labels")
    if not (chg[2] > 0 > chg[0] and chg[1] < 0):
        errs.append("C: p. 3 says sick leave rose only in the oldest group")
    need(C, f"från {d1(C_SICK[2025][2])} till {d1(C_SICK[2026][2])} procent. Ökningen beror på att {C_PASSAGE}", [2],
         "C passage")
    need(C, f"Kvinnornas sjukfrånvaro var {d1(C_SICK_SEX[2026][0])} procent ({d1(C_SICK_SEX[2025][0])} procent "
            f"2025) och männens {d1(C_SICK_SEX[2026][1])} procent ({d1(C_SICK_SEX[2025][1])} procent)", [2],
         "C sexes")
    need(C, f"svarade för {d1(C_LONG[1])} procent av den totala sjukfrånvaron, mot {d1(C_LONG[0])} procent", [2],
         "C long-term")
    codes = [d[0] for d in C_DEPTS]
    need(C, " ".join(codes) + " Hela kommunen", [3], "C transposed heading")
    for k, y in enumerate(("2025", "2026")):
        need(C, f"{y} " + " ".join(g(C_OVERTIME[c][k]) for c in codes) + f" {g(c_overtime_total(k))}", [3],
             "C overtime row")
        need(C, f"{y} " + " ".join(d1(C_TURNOVER[c][k]) for c in codes) + f" {d1(c_turnover_all(k))}", [3],
             "C turnover row")
    for d in C_DEPTS:
        need(C, f"{d[0]} = {d[1].lower()}", [3], "C abbreviation key")
    v25, v26 = C_OVERTIME["VOF"]
    need(C, f"minskade totalt till {g(c_overtime_total(1))} timmar från {g(c_overtime_total(0))}. Vård- och "
            f"omsorgsförvaltningen minskade sin övertid med {g(v25 - v26)} timmar", [3], "C overtime text")
    if not C_OVERTIME["BUF"][1] > C_OVERTIME["BUF"][0]:
        errs.append("C: p. 4 says BUF's overtime rose")
    hi = max(C_TURNOVER, key=lambda c: C_TURNOVER[c][1])
    lo = min(C_TURNOVER, key=lambda c: C_TURNOVER[c][1])
    if (hi, lo) != ("IFF", "KFF"):
        errs.append("C: p. 4 says IFF has the highest and KFF the lowest turnover")

    # (d) Ullvika, trafiksäkerhetsprogram uppföljning 2026
    TD = {y: d_total(y) for y in D_YEARS}
    for row in D_ACC:
        if pages_of(D, d_acc_text(row)) != [2]:
            errs.append(f"D: {row[0]} printed on {pages_of(D, d_acc_text(row))}, expected [2]")
    need(D, "Samtliga " + " ".join(gd(x) for y in D_YEARS for x in TD[y]), [1], "D total row")
    need(D, "År Trafikantgrupp 2024 D SS LS 2025 D SS LS 2026 D SS LS", [1], "D heading with split corner")
    k26, s26, l26 = TD[2026]
    killed = [n for n, v in D_ACC if v[2026][0] > 0]
    if killed != ["Cyklister", "Motorcyklister"] or k26 != 2:
        errs.append("D: p. 1 says one cyclist and one motorcyclist were killed in 2026")
    need(D, f"Under 2026 omkom {k26} personer i trafiken i Ullvika, en cyklist och en motorcyklist. {s26} personer "
            f"skadades svårt, mot {TD[2025][1]} året innan, och {l26} skadades lindrigt", [0], "D summary")
    need(D, f"halveras till högst {D_GOAL_2030[1]} år 2030, jämfört med basåret {D_BASE[0]} då {D_BASE[2]} personer",
         [0], "D goal text")
    if D_GOAL_2030[1] * 2 != D_BASE[2]:
        errs.append("D: the target is half the base year")
    need(D, f"Omkomna {D_BASE[1]} {k26} {D_GOAL_2030[0]} Svårt skadade {D_BASE[2]} {s26} {D_GOAL_2030[1]}", [0],
         "D goal table")
    cyc = {y: sum(dict(D_ACC)["Cyklister"][y][1:]) for y in D_YEARS}
    if not cyc[2024] < cyc[2025] < cyc[2026]:
        errs.append("D: p. 1 says injured cyclists rose three years in a row")
    need(D, f"till {cyc[2026]} under 2026. De flesta skadas i {D_PASSAGE}", [0], "D passage")
    el, bil = dict(D_ACC)["Elsparkcyklister"], dict(D_ACC)["Bilister"]
    need(D, f"ökade från {sum(el[2024][1:])} år 2024 till {sum(el[2026][1:])} år 2026", [1], "D e-scooters")
    if not bil[2024][2] > bil[2025][2] > bil[2026][2]:
        errs.append("D: p. 2 says slightly injured drivers fell three years in a row")
    need(D, f"från {bil[2024][2]} till {bil[2026][2]}", [1], "D drivers")
    for m in D_MEASURES:
        if pages_of(D, d_measure_text(m)) != [3]:
            errs.append(f"D: measure {m[0]} printed on {pages_of(D, d_measure_text(m))}, expected [3]")
        if m[3] not in D_TYPES:
            errs.append(f"D: measure {m[0]} has an unknown type")
        if (m[6] == "Genomförd") != (m[5] <= 2026):
            errs.append(f"D: measure {m[0]}: status and year disagree")
    need(D, " ".join(D_TYPES), [2], "D icon legend")
    NUMD = {1: "en", 5: "fem", 6: "sex", 12: "tolv"}
    st = [sum(1 for m in D_MEASURES if m[6] == x) for x in ("Genomförd", "Planerad", "Utreds")]
    need(D, f"{NUMD[st[0]]} av programmets {NUMD[len(D_MEASURES)]} åtgärder är genomförda, {NUMD[st[1]]} är "
            f"planerade och {NUMD[st[2]]} utreds", [0], "D measure counts")
    done = [m for m in D_MEASURES if m[6] == "Genomförd"]
    p27 = [m for m in D_MEASURES if m[5] == 2027]
    need(D, f"De {NUMD[len(done)]} genomförda åtgärderna kostade sammanlagt {g(sum(m[4] for m in done))} tkr. För "
            f"2027 planeras åtgärder för {g(sum(m[4] for m in p27))} tkr", [2], "D sums")
    if max(p27, key=lambda m: m[4])[1] != "Ringvägen" or max(done, key=lambda m: m[4])[1] != "Kanalvägen":
        errs.append("D: the largest measures named in the text are wrong")
    for s in D_SPEEDS:
        if pages_of(D, d_speed_text(s)) != [4]:
            errs.append(f"D: speed row {s[0]} printed on {pages_of(D, d_speed_text(s))}, expected [4]")
        if not s[2] < s[3] or (s[4] > 50) != (s[2] > s[1]):
            errs.append(f"D: speed row {s[0]} inconsistent (mean < 85th percentile; share over the limit > 50 % "
                        "exactly when the mean is over the limit)")
    over = [s for s in D_SPEEDS if s[2] > s[1]]
    need(D, f"På {NUMD[len(over)]} av de tio gatorna är medelhastigheten högre", [3], "D speed text")
    if max(D_SPEEDS, key=lambda s: s[4])[0] != "Gruvvägen" or "Utmarksvägen" not in [s[0] for s in over] or \
            "Ollonstigen" not in [s[0] for s in over]:
        errs.append("D: p. 4 comments on Utmarksvägen and Ollonstigen disagree with the table")
    if not {s[0] for s in D_SPEEDS} <= {m[1] for m in D_MEASURES}:
        errs.append("D: every measured street should have a measure in Tabell 2")
    need(D, f"{dmy(D_MEASURED[0])}–{dmy(D_MEASURED[1])}", [3], "D measuring period")

    # (e) Gunnesta, IFO uppföljning 2026
    TE = e_total()
    for gr, r in e_rows():
        if pages_of(E, e_row_text(r)) != [2]:
            errs.append(f"E: {gr}/{r[0]} printed on {pages_of(E, e_row_text(r))}, expected [2]")
    kids, adults = (e_gsum(gr) for gr, _ in E_GROUPS)
    need(E, e_sum_text(kids, "Summa barn och unga"), [1], "E children sum")
    need(E, e_sum_text(adults, "Summa vuxna"), [1], "E adults sum")
    need(E, e_sum_text(TE, "Totalt"), [1], "E total")
    if TE != (kids[0] + adults[0], r1(kids[1] + adults[1]), kids[2] + adults[2], r1(kids[3] + adults[3])):
        errs.append("E: the groups do not add up to the total")
    need(E, "2025 2026 Kostnad, mnkr Antal Placeringsform Antal Kostnad, mnkr", [1], "E butterfly heading")
    a_, b_ = E_REPORTS
    need(E, f"ökade från {g(a_)} till {g(b_)}, vilket är {b_ - a_} fler än 2025", [0], "E reports")
    need(E, f"{E_REPORT_INQ} procent av anmälningarna", [0], "E investigated")
    need(E, f"Under 2026 var {TE[2]} personer placerade någon gång under året, {kids[2]} barn och unga och "
            f"{adults[2]} vuxna. Kostnaden för placeringarna uppgick till {d1(TE[3])} mnkr, mot {d1(TE[1])} mnkr",
         [0], "E summary")
    need(E, f"underskottet blev därmed {d1(r1(TE[3] - 86.0))} mnkr", [0], "E deficit")
    rows_k = dict(E_GROUPS)["Barn och unga 0–20 år"]
    hvb, fam, stod = rows_k[0], rows_k[1], rows_k[3]
    if not (hvb[3] < hvb[1] and fam[3] > fam[1] and stod[3] > stod[1]):
        errs.append("E: p. 1 says fewer children in HVB and more in familjehem and stödboende")
    need(E, f"minskade med {d1(r1(hvb[2] - hvb[4]))} mnkr. Det beror på att {E_PASSAGE}. Placeringarna i "
            f"familjehem ökade i stället från {fam[1]} till {fam[3]}", [1], "E passage")
    eb, vu = E_WAIT["ekonomiskt bistånd"], E_WAIT["vuxenenheten"]
    need(E, f"mediantiden {eb[1]} dagar 2026, mot {eb[0]} dagar 2025. Målet är högst {E_WAIT_TARGET} dagar. Inom "
            f"vuxenenheten var mediantiden {vu[1]} dagar ({vu[0]} dagar 2025)", [1], "E waiting times")
    if not (eb[1] < eb[0] and vu[1] < vu[0] and eb[1] <= E_WAIT_TARGET):
        errs.append("E: p. 1 says both waiting times got shorter")
    need(E, f"i genomsnitt {E_CHILD_FIRST} dagar", [1], "E children first talk")
    need(E, f"pekat ut {['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex'][len(E_AREAS)]} utvecklingsområden", [2],
         "E number of areas")
    for head, subs in E_AREAS:
        need(E, head + " " + " ".join("– " + s for s in subs), [2], "E development area")
    if "Orion" not in E_AREAS[0][1][0] or "Orion" not in E_PASSAGE:
        errs.append("E: the team Orion must appear in the passage and the first development area")

    # (f) Odelsvik, VA-taxa 2027 (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["item"]) not in scan:
            errs.append(f"F: scanned row {x['r'][1][0]} missing")
        v = f_fee(x["r"][1])
        if abs(v[1] - r2(v[0] * F_VAT)) > 1e-9 or abs(v[3] - r2(v[2] * F_VAT)) > 1e-9:
            errs.append(f"F: {x['r'][1][0]}: inkl. moms is not 1,25 × exkl. moms")
        want_pct = 5 if x["r"][0].startswith("Anläggning") else (0 if x["r"][1][0] == "Mätaravgift" else 9)
        if x["r"][1][3] != want_pct:
            errs.append(f"F: {x['r'][1][0]}: raise {x['r'][1][3]} % but p. 1 says {want_pct} %")
    need(F, "Brukningsavgifterna höjs med 9 procent, med undantag för mätaravgiften som är oförändrad. "
            "Anläggningsavgifterna höjs med 5 procent", [0], "F raises")
    ta = [t for t in F_TYPHUS if t[0] == "Typhus A"][0]
    ch, pct = f_typhus_change(ta)
    need(F, f"ökar med {d2(ch)} kr eller {d1(pct)} procent inklusive moms", [0], "F typhus A on p. 1")
    for t in F_TYPHUS:
        c_, p_ = f_typhus_change(t)
        need(F, f"{t[0]} {t[1]} {d2(f_typhus_cost(t, 0))} {d2(f_typhus_cost(t, 1))} +{d2(c_)} {d1(p_, plus=True)}",
             [2], "F typhus row")
    need(F, f"{F_VOTES[0]} ledamöter röstar ja och {F_VOTES[1]} röstar nej", [0], "F votes")
    if sum(F_VOTES) > 61:
        errs.append("F: more votes than a council has members")
    need(F, f"Sammanträdesdatum {F_KF[0].isoformat()}", [0], "F meeting date")
    need(F, f"§ {F_KF[1]}", [0], "F paragraph")
    if norm(f"Bilaga 1 till KF § {F_KF[1]} {F_KF[0].isoformat()}") not in scan:
        errs.append("F: the page label of the scan is wrong")
    need(F, f"Justerat {F_SIGNED.isoformat()}", [0], "F justering")
    if not F_KF[0] < F_SIGNED:
        errs.append("F: the minutes are checked after the meeting")
    for i in F_INVEST:
        need(F, f_invest_text(i), [2], "F investment row")
    tot_inv = r1(sum(i[1] for i in F_INVEST))
    need(F, f"Summa {d1(tot_inv)}", [2], "F investment total")
    big = F_INVEST[0]
    need(F, f"Ombyggnaden av Gåsholmens reningsverk beräknas kosta {d1(big[1])} mnkr, varav {d1(F_INVEST_2027)} "
            f"mnkr under 2027. Hela investeringsplanen för VA omfattar {d1(tot_inv)} mnkr", [2], "F plant text")
    if max(F_INVEST, key=lambda i: i[1]) != big or not F_INVEST_2027 < big[1]:
        errs.append("F: the treatment plant is the largest investment")
    need(F, F_PASSAGE, [2], "F passage")
    layer_f = norm(" ".join(text_layer(F)))
    for gr, r in f_fee_rows():
        for v in f_fee(r):
            if norm(d2(v)) in layer_f:
                errs.append(f"F: scanned fee {d2(v)!r} ({r[0]}) repeated in the text layer")
    for s_ in ("Servisavgift", "Tomtyteavgift", "Lägenhetsavgift", "per servis", "Olander"):
        if norm(s_) in layer_f:
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; on the scanned page "
          f"{dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
