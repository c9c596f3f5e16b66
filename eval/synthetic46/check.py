"""Checks ../train_syn46.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the Region
Flodmark document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic44/check.py: the generic part – text normalisation, page texts, number and date parsing, the
5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the none-label
count – is copied from there (with the units, letters and documents of this set; numbers are compared as whole tokens
so that "21 118" does not count as "21"); the constants, the row texts, the recomputation rules, the absence rules, the
name lists and the data checks are those of synthetic46.

* format: 72 questions t46001..t46072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
  (at least 6 of them figures, 5 lists, 2 passages and 5 none), at least 14 conditional lists, at least 5
  list-shaped none questions, at least 8 none questions naming a row label or column header printed in their
  document (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned
  table;
* every question names the municipality or region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and items must NOT occur in the text layer of any page and those
  figure texts not as a number of their own;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, the full row text on the page or the next,
  the condition does not select every row); the whole-list question must cover exactly its list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality or region, the scanned text included (regex patterns; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (f) (WITH_MINUS); no
  metadata title anywhere; landscape exactly page 2 of (e); page 2 of (f) an image without text; no
  names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic44/check.py and
  ../synthetic42/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with F, M, S, T, V or Ö, none of OWN or PERSONS occurs
  in the READMEs of the earlier sets (../synthetic … ../synthetic44) or in ../synthetic42/check.py and
  ../synthetic44/check.py, and every OWN name and person is used;
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
from data import (A_SCHOOLS, A_KOMMUN_HIST, A_RIKET, A_TARGET, A_NOTE1, A_PASSAGE, A_ACTIONS,  # noqa
                  a_n, a_m27, a_b27, a_bg, a_bb, a_name, a_kommun, a_merit_text, a_beh_text, a_kommun_merit_cells,
                  a_kommun_beh_cells, a_riket_merit_cells, a_riket_beh_cells, a_sentences,
                  B_ADM, B_AGE, B_AGE_TOTAL_2025, B_PASSAGE, B_ACTIONS, B_SICK_TARGET, B_LONG_2025, B_LONG_2026,
                  B_STAFF_2025, b_staff, b_tot, b_sick_kommun, b_women_share, b_staff_text, b_staff_total_cells,
                  b_sick_text, b_sick_total_cells, b_age_text, b_age_total_cells, b_sentences,
                  C_ROWS, C_BREAK_AFTER, C_YEARS, C_TYPES, C_FRAME, C_PREV_PLAN, C_LAYERS, C_PASSAGE, C_PRIOS,
                  c_text, c_len, c_cost, c_total_cells, c_type_cells, c_type_sum_cells, c_sentences,
                  D_ROWS, D_AREAS, D_YEARS, D_TARGET, D_POP, D_PASSAGE, D_STRATEGIES, d_sum, d_text, d_area_sum,
                  d_area_sum_text, d_total_cells, d_year, d_cum, d_sentences,
                  E_ROWS, E_MEASURES, E_PASSAGE, E_PREV_SHARE, e_text, e_share, e_sums, e_sum_cells, e_measure_text,
                  e_count, e_done, e_sentences,
                  F_CLINICS, F_AREAS, F_PASSAGE, F_SCAN_HEAD, F_SCAN_FOOT, F_SCAN_COLS, f_dev, f_scan_text_row,
                  f_scan_rows, f_scan_text, f_scan_numbers, f_sum, f_area_text, f_frame, f_frame_cells,
                  f_sentences, g, d1, pct, share, D as DATE)

QFILE = HERE.parent / "train_syn46.jsonl"
N_Q = 72
BASE = 46000
WANT_TYPES = {"figure": 26, "list": 18, "passage": 6, "none": 22}
WANT_EN = 18
MIN_EN_LISTS = 5
MIN_EN_FIGS = 6
MIN_EN_PASSAGES = 2
MIN_EN_NONE = 5
MIN_COND = 14
MIN_LIST_NONE = 5
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 7
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"t46070"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "poäng"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "tovhamra-bun-grundskolans-resultat-2027.pdf"
B = "myrvinge-personalekonomisk-redovisning-2026.pdf"
C = "fagerlida-tn-underhallsplan-gator-vagar-2027-2030.pdf"
D = "vinnerby-bostadsforsorjningsprogram-2027-2031.pdf"
E = "skebrinna-ks-uppfoljning-intern-kontroll-2026.pdf"
F = "region-flodmark-hsn-budget-2027.pdf"
# the name a question must carry
PLACE = {A: "Tovhamra", B: "Myrvinge", C: "Fagerlida", D: "Vinnerby", E: "Skebrinna", F: "Flodmark"}
PAGES = {A: 4, B: 4, C: 4, D: 3, E: 3, F: 4}
WITH_TITLE = set()
WITH_MINUS = {F}
LANDSCAPE = {E: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "FMSTVÖ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic44/check.py and ../synthetic42/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic44).
# ../synthetic45 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Rävberget", "Jättestensskolan", "Hyttnäs", "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra",
    "Hyttbacken", "Lerdalen", "Fabriksparken", "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp",
    "Forsbackaskolan", "Hultaskolan", "Nyhemsskolan", "Framtidsskolan", "Norrskenets friskola", "Hyttan",
    "Lindhammar Bygg", "Hedåsen", "Dovreby", "Fiskarparken", "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed",
    "Hultmossen", "Blåvingens Ungdomsteater", "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK",
    "Lillsjöns scoutkår", "Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik", "Oxhagen",
    "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan", "Oxhagsvägen",
    "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan", "Ormbunksvägen", "Tofsvipevägen",
    "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan", "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad",
    "Marbäcka", "Isbäckaån", "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan",
    "Tvärskogs skola", "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola",
    "Mariagården", "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan", "Malmen", "Tjädern",
    "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet", "Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby",
    "Ramsåker", "Vemmeby", "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan",
    "Snickarbodens förskola", "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola",
    "Solrosens äldreboende", "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen", "Prövik Revision",
    "Rydqvist Trafikanalys", "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan",
    "Skogsvägen", "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan", "Båthälla",
    "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn", "Bärnstenen", "Ebbagården", "Gullregnet",
    "Hemgläntan", "Malvagården", "Mölnegården", "Tussilagon", "Gnejs Omsorg", "Herdevik Vård", "Teglaberget",
    "Gäddvik", "Gäddviksskolan", "Byvalla", "Hällby", "Hällbyskolan", "Hällbybadet", "Mjödån", "Grönmo", "Bergåsen",
    "Hedby", "Eneby", "Bredsand", "Gruvbyn", "Breviken", "Holmsjö", "Mörtviken", "Tegsnäs", "Hagstad",
    "Tingvallagatan", "Hedströms Gjuteri", "Bastuholmen", "Ekhagen", "Getberget", "Hagmyren", "Biografen",
    "Båtvarvet", "Tallåsen", "Hästskon", "Mälteriet", "Gästhagen", "Hedenäs", "Bergman & Hallin",
    "Hembyggarna i Mossala", "Hamnmagasinet", "Bollhallen", "Bistro Måsen", "Trattoria Bella", "Gillesstugan",
    "Tullhuset", "Enbuskens golfkrog", "Glasverandan", "Mästerlotsen", "Båtklubbens paviljong", "Ebbes Kök & Bar",
    "Hamntorget", "Bella Gastronomi", "Måsen Mat & Dryck", "Ebbes Krog", "Alnsjö", "Dyvika", "Fagerbro", "Lidsvik",
    "Nävsjö", "Orvika", "Aspnässkolan", "Damhagsskolan", "Forsängsskolan", "Lillåskolan", "Nybodaskolan",
    "Fyrklöverns friskola", "Novaskolan", "Oasens skola", "Lövnäs", "Flisbacken", "Apotekartorget", "Lasarettsvägen",
    "Oxtorget", "Dalbovägen", "Fabriksgatan", "Ottersjön", "Lidsviksån", "Norrskogen", "Ollonbacken", "Nyhagen",
    "Dalbacken", "Nävern", "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt", "Fiskeklubben Laxöringen",
    "Filmklubben Fyrljuset", "Orvika Skytteförening", "Nolåsens bygdegårdsförening", "Orvika Konstförening",
    "Dragspelsklubben Durspel", "Ankarets scoutkår", "Nordvallens skidklubb", "Aktiva seniorer i Orvika",
    "Orvika Ungdomsorkester", "Lidens hembygdsförening", "Bälsunda", "Erkelunda", "Gesterby", "Hökvalla",
    "Masthamra", "Tuvesta", "Bryggan", "Hälleberga", "Enhagsskolan", "Hökvallabadet", "Tegelbruket", "Hamnkvarteret",
    "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen", "Grönvik", "Hästeby", "Bodvallen",
    "Masthamrahem", "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik", "Bävern", "Holmby",
    "Hyvlaren", "Blåmesen", "Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta", "Odelsvik", "Kvarnvik",
    "Gärdshöjden", "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan", "Gjutargatan", "Kanalvägen",
    "Utmarksvägen", "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen", "Gamla landsvägen", "Orion", "Gåsholmen",
    "Kallviken", "Rimsjön", "Ugglevik", "Karin Ringdahl", "Weronica Kallin", "Oskar Wilund", "Rebecka Ullberg",
    "Göran Kvist", "Ruth Olander", "Gunnar Oldin", "Svedinge", "Vargsunda", "Porsbacka", "Ingsäter", "Jörnvik",
    "Claesborg", "Svedingebostäder", "Svedinge Energi", "Valör Revision", "Ceres Analys", "Idegranen", "Slåttervik",
    "Syrenhöjden", "Plommongården", "Callunagården", "Sjöglimten", "Vinbärsgården", "Solvändan", "Sjöbris",
    "Vindrosen", "Simon Carlberg", "Carina Stål", "Ivan Persson", "Jenny Sörman", "Viktor Ingvarsson",
    "Camilla Svärd", "Jonas Ståhlberg", "Petra Juhlin", "Edsvala", "Ånnesta", "Nordvreta", "Tallunda", "Angelsta",
    "Mossberga", "Aspvreten", "Tegelhagen", "Mjölkudden", "Norrbyhöjd", "Ekängen", "Trädgårdsstaden", "Mästerhagen",
    "Tornplatsen", "Nyckelby", "Åkervallen", "Mossgärdet", "Ekudden", "Ekuddsbron", "Alvhagen", "Marnäs", "Trollsjö",
    "Ållsta", "Aldertorp", "Ekshult", "Nolvik", "Tunaholm", "Ålsjöbruk", "Akvarellgruppen Ånnesta",
    "Musikföreningen Mollackord", "Mjölnarbygdens Folkdanslag", "Tornets Boxningsklubb", "Naturvännerna i Ånnesta",
    "Aktiv Ungdom Ånnesta", "Ensemble Nordljus", "Motionsklubben Milstolpen", "Tallparken", "Målbacken",
    "Nordvretahem", "Tornslingan", "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan", "Norrslätten",
    "Mjölnarbacken", "Nyplanen", "Alvhagsskolan", "Myrbacken", "Eklunden", "Anders Nyberg", "Eva Magnusson",
    "Tiina Mäkelä", "Ahmed Mansour", "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg",
    "Mona Telander", "Tomas Enqvist", "Tove Almgren", "Annika Edlund", "Magnus Ahlström", "Therese Norén",
    "Emil Tornqvist", "Åke Thelin", "Maja Eklöf", "Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika",
    "Ölvsunda", "Ladan", "Fältängen", "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning",
    "Dammbacken", "Lövängsskolan", "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån", "Björkängsskolan",
    "Dalmarkaskolan", "Fagerlidsskolan", "Hedtorpsskolan", "Lövbergaskolan", "Östervallsskolan", "Högbergs friskola",
    "Lövholmen", "Badviken", "Badbäcken", "Fjärdingehem", "Fjärdinge Vatten", "Bangårdsgatan", "Bryggerigatan",
    "Biblioteksgatan", "Forsvägen", "Hamngatan", "Hantverkargatan", "Ladugårdsvägen", "Lingonstigen",
    "Östra Långgatan", "Ölvsundavägen", "Dalgatan", "Kärrsunda", "Ulfsäter", "Grävinge", "Ottarsby", "Rokstad",
    "Wästerhed", "Rörby", "Oppala", "Rosbacka", "Gärdsta", "Odenslund", "Kopparvik", "Urberga", "Ramsdal", "Wallby",
    "Wilhelmsberg Läkarhus", "Grönkulla", "Oringe", "Kåreberg", "Ryggåsen", "Gråsparven", "Rådjuret", "Uttern",
    "Kråkan", "Grävinge-Berga", "Ormvråken", "Ulvtorp", "Wärnsta", "Korsnäbben", "Ripan", "Gärdsåker", "Orrspelet",
    "Ugglan", "Kornet", "Uven", "Ovanby", "Kulturhuset Rotundan", "Rådstugans museum", "Rokstad Kartong",
    "Rokstad Vatten", "Knösta", "Rödjans avloppsreningsverk", "Grindviks sporthall", "Klockargården",
    "Runstensgården", "Oxbräckan", "Gökboet", "Wilhelmsro", "Kastellet", "Rosenhaga", "Utsikten", "Wallingården",
    "Rune Gustavsson", "Kerstin Ohlsson", "Ulla Kronqvist", "Kristina Rydberg", "Ulf Grönlund", "Katarina Ullman",
    "Olivia Karlsson", "Gunilla Wester", "Oskar Kullberg", "Roger Waltersson", "Wilma Gustafsson", "Göran Rask",
    "Rasmus Olofsson", "Kajsa Gren", "Rikard Gärdin", "Ulrika Wahlberg", "Karin Wikström", "Oscar Ramberg",
    "Ronja Wennberg", "Kajsa Gustavsson", "Brunnshed", "Fjällbrinka", "Vedmora", "Aldersvik", "Dunkersta",
    "Marvinge", "Algrena", "Bodaholm", "Dalstorpa", "Fjärdeby", "Mjölnaryd", "Vindåkra", "Filebacka", "Vallmora",
    "Myrstigens förskola", "Vindåsskolan", "Dalgläntan", "Bergtallens förskola", "Fjärilens förskola",
    "Vallhagsskolan", "Dammbacka", "Fältvägens idrottsplats", "Backsippans förskola", "Forsgläntans skola", "Alvhem",
    "Bäcklunda", "Almängens BK", "Björnstigens scoutkår", "Dansklubben Virvel", "Fältbiologerna i Marvinge",
    "Vinterbackens skidklubb", "Bodviks ridklubb", "Bygdegårdsföreningen Dalkullen", "Ferievikens båtklubb",
    "Vävstugeföreningen Brodyren", "Musikföreningen Allegro", "Filmstudion Duken", "Maria Vikström",
    "Bengt Fransson", "Agneta Bergqvist", "Daniel Falk", "Frida Magnusson", "Viktor Almqvist", "Vera Dahlin",
    "Anders Viberg", "Maja Ahlgren", "Mikael Blom", "Islinge", "Jordvalla", "Wendmark", "Ysterby", "Öxnevik",
    "Öxnehem", "Casselby", "Jordvallahallen", "Ivarsgården", "Ismyra", "Jonsbo", "Wallstena", "Åkerslund",
    "Öljersta", "Wallstena äng", "Iseberg", "Wiksberg", "Cypressen", "Jaktfalken", "Yllefabriken", "Walkyrian",
    "Iskällaren", "Åkerhällen", "Cisternen", "Inneby", "Jutsbo", "Älvnäs", "Wedarna", "Ingrid Wallin",
    "Jonas Ivarsson", "Yvonne Carlén", "Wilhelm Jansson", "Cecilia Öberg", "Isak Westman", "Johanna Ygberg",
    "William Jakobsson", "Carina Isaksson", "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm", "Emtuna", "Ekmarka",
    "Brånsta", "Marstorp", "Bolmsta", "Mälbacka", "Dalvreten", "Ängsmora", "Medvinge", "Ebbarp", "Dagsåsen",
    "Åbyhed", "Vedhamn", "Aspdalsvägen", "Bangatan", "Banvallen", "Emmarby", "Ärlegatan", "Bysjöån", "Vallbybron",
    "Dalkarlsbo", "Åsbyn", "Vikåsa", "Brandstorp", "Bredmossen", "Älgmossen", "Birgitta Ekholm", "Magnus Dahlberg",
    "Elin Vallgren", "Märta Dahlin", "Anette Boman", "Viktor Eriksson", "Eva Bäckström", "Mats Engdahl",
    "Erik Åberg", "Dragana Milić", "Anders Ekdahl", "Maj-Britt Vall", "Ebba Vidén", "Amir Bakir", "Björn Durén",
    "Ewa Molin", "Viktor Dahlström", "Malin Edvardsson", "David Månsson", "Vanja Ek", "Victoria Ahlberg",
    "Benny Mattsson", "Dennis Almén", "Dan Mårtensson", "Aida Vesterberg", "Beatrice Dahlqvist", "Axel Vinberg",
    "Doris Ahlqvist", "Wilsäter", "Jarvsta", "Nolvånga", "Ismunda", "Yngsvik", "Cedvinge", "Wilsäterhem",
    "Ingeborgsdal", "Nissebacken", "Cederkullen", "Jökelbo", "Nordtuna", "Yngshult", "Östervinge", "Järven",
    "Wäggeby", "Ivsjöbo", "Nolkärr", "Yxnäs", "Cinnarp", "Wirby", "Jonsåker", "Ceciliedal", "Jungsund", "Wiggeby",
    "Ivdalen", "Nästervik", "Öjersvik", "Ingvallsbo", "Ivsjön", "Jessica Nordlund", "Niklas Westin", "Irene Jonsson",
    "Carl Ödman", "Yasmin Nasser", "Conny Öhman", "Ida Wessman", "Christer Jansson", "Wera Nyholm",
    "Isabella Nordqvist", "Walter Nyman", "Nils Ingvarsson", "Camilla Nordgren", "Yvonne Jernberg",
    "Johan Yngvesson", "Inger Claesson", "Örjan Wiklander", "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg",
    "Claes Jönsson", "Ingemar Wiik", "Natalie Cronqvist", "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus",
    "Wilma Cederlund", "Jonatan Ceder", "Nina Iversen", "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm",
    "Cecilia Nyqvist", "Jasmin Örtegren", "Catarina Wijk", "Ivan Nordahl", "Jonna Öhrn", "Josef Cederquist",
    "Natalia Wretling", "Niclas Öberg", "Ylva Isaksen", "Ines Cederström",
]# real Swedish municipalities and regions beginning with F, M, S, T, V or Ö (the regions are Skåne, Stockholm,
# Sörmland, Värmland, Västerbotten, Västernorrland, Västmanland, Västra Götaland, Örebro län and Östergötland): none may
# be one of our names, and none may occur as a word in our PDFs (case-sensitive, so "mark" and "vara" as ordinary
# words do not count)
REAL = ["Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Skåne", "Sörmland",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
        "Västra Götaland",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå", "Östergötland"]
# our own invented names (the region and municipalities first, then schools, streets, areas, a company and places);
# later sets should add them to their FORBIDDEN lists
OWN = ["Tovhamra", "Myrvinge", "Fagerlida", "Vinnerby", "Skebrinna", "Flodmark",
       "Fjolbergsskolan", "Mossvedsskolan", "Sävdalsskolan", "Tovhamraskolan", "Måsängsskolan", "Ödbyskolan",
       "Vitmossens friskola",
       "Mellangatan", "Fabriksvägen", "Tullbrogatan", "Tingsvägen", "Mossvägen", "Smedsgatan", "Fiskargatan",
       "Skolvägen", "Sjögatan", "Murargatan", "Tvärleden", "Fårstigen", "Stationsvägen", "Vävaregatan",
       "Mejerivägen", "Sågargatan", "Torsgatan", "Trädgårdsgatan", "Fjärilsvägen", "Östra Strandgatan",
       "Svarvargatan", "Fagerlidavägen", "Stortorget",
       "Svedängen", "Sjöhagen", "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla", "Vinnerbyhem",
       "Mörvik", "Sävhamn"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Sofia Vallin", "Simon Tengvall", "Tobias Malmsten", "Veronica Fahlgren", "Stina Thorsell",
           "Fredrik Sjölin", "Mikael Storm", "Therese Vikander", "Magnus Vesterlund", "Martina Törnqvist",
           "Felix Stål", "Tina Mårtensson", "Mona Tidblad", "Mats Fernström", "Frida Schön"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic42", "synthetic44"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 45)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


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


def page_raw(fn, p):
    return pdf_pages(fn)[1][p - 1]



# ---------------------------------------------------------------- row texts as printed in the PDFs
def rows(items, text):
    return [dict(r=x, item=text(x)) for x in items]


A_M = rows(A_SCHOOLS, a_merit_text)
A_B = rows(A_SCHOOLS, a_beh_text)
B_S = rows(B_ADM, b_staff_text)
B_K = rows(B_ADM, b_sick_text)
C_R = rows(C_ROWS, c_text)
D_R = rows(D_ROWS, d_text)
D_A = [dict(r=(a, d_area_sum(a)), item=d_area_sum_text(a)) for a in D_AREAS]
E_R = rows(E_ROWS, e_text)
E_M = rows(E_MEASURES, e_measure_text)
F_C = rows(F_CLINICS, f_scan_text_row)
F_A = rows(F_AREAS, f_area_text)

# qid -> (rows, predicate on the raw row)
COND = {
    "t46006": (A_B, lambda s: a_b27(s) < A_TARGET["beh"]),                      # share under the target
    "t46007": (A_M, lambda s: a_m27(s) < s[5]),                                 # 2027 < 2026 (pair)
    "t46008": (A_M, lambda s: s[7] < 210),                                      # boys' merit under 210
    "t46019": (B_S, lambda a: a[7] > a[6]),                                     # outcome > budget (pair)
    "t46020": (B_K, lambda a: a[10] < 5),                                       # sick leave under 5 %
    "t46021": (B_K, lambda a: a[10] > a[9]),                                    # 2026 > 2025 (pair)
    "t46031": (C_R, lambda r: r[7] == 1 and r[6] == 2028),                      # priority + year
    "t46032": (C_R, lambda r: r[5] > 2500),                                     # cost over 2 500 tkr
    "t46033": (C_R, lambda r: r[3] == "Ytbehandling"),                          # measure word
    "t46043": (D_R, lambda r: r[1] == 2030 and r[2] > 0),                       # year + tenure
    "t46044": (D_R, lambda r: r[1] == 2027),                                    # year
    "t46055": (E_R, lambda r: r[7] == "Väsentliga brister"),                    # result word
    "t46056": (E_M, lambda m: m[4] < DATE(2027, 5, 1)),                         # deadline
    "t46057": (E_R, lambda r: r[3] >= 12),                                      # risk value
    "t46066": (F_C, lambda c: c[3] > c[2]),                                     # forecast > budget (pair, scan)
    "t46067": (F_C, lambda c: c[4] > 400),                                      # budget 2027 over 400 (scan)
    "t46068": (F_A, lambda a: pct(a[2], a[1]) > 4.0),                           # increase over 4 %
}
PAIR = {"t46007", "t46019", "t46021", "t46066"}
GROUP = {"t46031", "t46043"}
EXACT = {
    "t46045": [t for t, _ in D_STRATEGIES],
}
NONE_ABSENT = {
    "t46010": (A, [r"2024"], None),
    "t46011": (A, [r"alla ämnen", r"samtliga ämnen", r"[Gg]odkända i alla", r"[Gg]odkänt i alla"], None),
    "t46012": (A, [], lambda: all(a_m27(s) <= 260 for s in A_SCHOOLS) and a_kommun()["m27"] <= 260),
    "t46013": (A, [r"[Hh]ögskoleförberedande", r"[Ee]konomiprogram", r"[Nn]aturvetenskapsprogram",
                   r"[Ss]amhällsvetenskapsprogram"], None),
    "t46023": (B, [r"2024"], None),
    "t46024": (B, [r"[Bb]udget[^.]{0,80}2027", r"2027[^.]{0,80}[Bb]udget"], None),
    "t46025": (B, [], lambda: all(a[10] <= 12 and a[11] <= 12 and a[12] <= 12 for a in B_ADM)),
    "t46026": (B, [r"[Tt]imavlön", r"[Tt]imanställ", r"[Tt]immedarbet"], None),
    "t46035": (C, [r"2031"], None),
    "t46036": (C, [r"[Tt]illståndsklass", r"[Ss]kickklass", r"[Kk]lass [0-5]\b"], None),
    "t46037": (C, [r"[Pp]rioritet 4", r"[Pp]rio 4"], lambda: all(r[7] <= 3 for r in C_ROWS)),
    "t46038": (C, [r"kr/m²", r"kr/m2", r"per kvadratmeter", r"kronor per m\b", r"kr per m\b"], None),
    "t46047": (D, [r"2032"], None),
    "t46048": (D, [r"kr/m²", r"per kvadratmeter", r"[Hh]yresnivå", r"[Hh]yran\b", r"[Hh]yror"], None),
    "t46049": (D, [], lambda: all(d_area_sum(a)[3] <= 200 for a in D_AREAS)),
    "t46050": (D, [r"[Ff]ärdigställ", r"inflyttningsklar[^.]{0,60}2026", r"2026[^.]{0,60}inflyttningsklar"], None),
    "t46059": (E, [r"[Mm]ånadsvis", r"[Vv]arje månad\b[^.]{0,40}kontroll"],
               lambda: all(r[4] != "Månadsvis" for r in E_ROWS)),
    "t46060": (E, [r"2024"], None),
    "t46061": (E, [r"\btimmar\b", r"\btim\b", r"[Aa]rbetstimmar", r"\d+ h\b"], None),
    "t46070": (F, [r"2024"], None),
    "t46071": (F, [r"[Vv]årdplats", r"[Ss]ängplats"], None),
    "t46072": (F, [r"2028"], None),
}
LIST_NONE = {"t46012", "t46025", "t46037", "t46049", "t46059"}
NONE_LABEL = {
    "t46010": ("Fjolbergsskolan", "Fjolbergsskolan"),
    "t46011": ("Sävdalsskolan", "Sävdalsskolan"),
    "t46012": ("meritvärde", "Meritvärde, samtliga elever"),
    "t46013": ("Tovhamraskolan", "Tovhamraskolan"),
    "t46023": ("barn- och utbildningsförvaltningen", "Barn- och utbildningsförvaltningen"),
    "t46024": ("budget", "Budget 2026"),
    "t46025": ("sjukfrånvaro", "Sjukfrånvaro per förvaltning"),
    "t46036": ("Mellangatan", "Mellangatan"),
    "t46037": ("prioritet", "Prioritet 1"),
    "t46047": ("Sjöhagen", "Sjöhagen"),
    "t46048": ("Vinnerby centrum", "Vinnerby centrum"),
    "t46059": ("kontroller", "Frekvens"),
    "t46060": ("löneändringar", "Löneändringar har ett beslutsunderlag"),
    "t46070": ("akutkliniken", "Akutkliniken"),
    "t46071": ("kirurgkliniken", "Kirurgkliniken"),
    "t46072": ("medicinkliniken", "Medicinkliniken"),
}


NUM_RE = re.compile(r"(?<![\d,])[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\d,])|(?<![\d,])[−-]?\d+(?:,\d+)?(?![\d,])")


def num_tokens(text):
    """the numbers of a text as printed, thousands groups kept together, signs dropped"""
    return {re.sub(r"[ \u00a0]", " ", m.group().lstrip("−-")) for m in NUM_RE.finditer(text)}


def number_in(text, num):
    """num (as printed) as a whole number token of text (not part of a longer or grouped number)"""
    return num.replace("\u00a0", " ").lstrip("−-") in num_tokens(text)


def parse_number(text):
    m = re.search(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text)
    if not m:
        for w in words(text):
            if w in NUMBER_WORDS:
                return float(NUMBER_WORDS[w])
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
            for s in q["evidence"] + q["items"]:
                if any(norm(s) in x for x in layer):
                    E_(f"scanned-page fact also in the text layer: {s!r}")
            for f in q["figures"]:
                if number_in(" ".join(text_layer(fn)), f["text"]):
                    E_(f"scanned-page figure also in the text layer: {f['text']!r}")
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
    en = collections.Counter(q["type"] for q in qs if q["lang"] == "en")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    for typ, least in (("list", MIN_EN_LISTS), ("figure", MIN_EN_FIGS), ("passage", MIN_EN_PASSAGES),
                       ("none", MIN_EN_NONE)):
        if en[typ] < least:
            errs.append(f"only {en[typ]} English {typ} questions")
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
        elif not all(re.search(p_, SCANNED[F][2]) for p_ in [r"Utfall 2025", r"Budget 2026", r"Budget 2027"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025–2027")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    titled = set()
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if len(raw) != PAGES.get(fn):
            errs.append(f"{fn}: {len(raw)} pages, expected {PAGES.get(fn)}")
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
    alldocs = re.sub(r"\s+", " ", " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower())
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

    # ---------------------------------------------------------------- data consistency helpers
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    def need(fn, s, pages, what):
        if not on(fn, s, pages):
            errs.append(f"{what}: not printed on p{[p + 1 for p in pages]}: {s[:70]!r}")

    # ---------------------------------------------------------------- none questions naming real labels
    n_label = 0
    for q in qs:
        if q["type"] != "none" or q["id"] not in NONE_LABEL:
            continue
        qlab, dlab = NONE_LABEL[q["id"]]
        fn = NONE_ABSENT[q["id"]][0]
        if qlab.lower() not in q["question"].lower():
            errs.append(f"{q['id']}: the question does not name the label {qlab!r}")
            continue
        if norm(dlab) not in "".join(pdf_pages(fn)[2]) or norm(qlab) not in "".join(pdf_pages(fn)[2]):
            errs.append(f"{q['id']}: the label {dlab!r} / {qlab!r} is not printed in {fn}")
            continue
        n_label += 1
    if n_label < MIN_NONE_LABEL:
        errs.append(f"only {n_label} none questions name a real row label or column header")

    # ---------------------------------------------------------------- data consistency (synthetic46)
    WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}

    # (a) Tovhamra, grundskolans resultat
    for s_ in A_SCHOOLS:
        need(A, a_merit_text(s_), [1], "A merit row")
        need(A, a_beh_text(s_), [2], "A eligibility row")
        need(A, f"{a_name(s_)} ({s_[1]})", [0], "A chart legend")
        need(A, d1(a_m27(s_)), [0], "A chart value")
        if not (s_[10] <= s_[2] and s_[11] <= s_[3]):
            errs.append(f"A: more eligible pupils than pupils at {s_[0]}")
    need(A, " ".join(a_kommun_merit_cells()), [1], "A municipality merit row")
    need(A, " ".join(a_riket_merit_cells()), [1], "A national merit row")
    need(A, " ".join(a_kommun_beh_cells()), [2], "A municipality eligibility row")
    need(A, " ".join(a_riket_beh_cells()), [2], "A national eligibility row")
    need(A, A_NOTE1, [1, 2], "A note")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    k = a_kommun()
    for lab in (f"Tovhamra {d1(k['m27'])}", f"Mål {d1(A_TARGET['merit'])}", f"Riket {d1(A_RIKET['m27'])}"):
        need(A, lab, [0], "A reference line")
    if not (k["m27"] < A_TARGET["merit"] < A_RIKET["m27"] and k["b27"] < A_TARGET["beh"]):
        errs.append("A: p. 1 says the merit value is below the target and the national value and eligibility just "
                    "below its target")
    for key in ("m25", "m26"):
        vals = [s_[4 if key == "m25" else 5] for s_ in A_SCHOOLS]
        if not min(vals) < k[key] < max(vals):
            errs.append(f"A: the municipality's {key} must lie between the schools' values")
    for key, col in (("b25", 8), ("b26", 9)):
        vals = [s_[col] for s_ in A_SCHOOLS]
        if not min(vals) < k[key] < max(vals):
            errs.append(f"A: the municipality's {key} must lie between the schools' values")
    sch = {a_name(s_): s_ for s_ in A_SCHOOLS}
    mo = sch["Mossvedsskolan"]
    if not (mo[4] > mo[5] > a_m27(mo)):
        errs.append("A: p. 2/4 says the merit value of Mossvedsskolan fell two years in a row")
    fell = {a_name(s_) for s_ in A_SCHOOLS if a_m27(s_) < s_[5]}
    if fell != {"Mossvedsskolan", "Tovhamraskolan", "Ödbyskolan"}:
        errs.append(f"A: p. 2 names Mossvedsskolan, Tovhamraskolan and Ödbyskolan as lower than the year before: {fell}")
    ma = sch["Måsängsskolan"]
    if not (ma[4] < ma[5] < a_m27(ma)):
        errs.append("A: p. 2 says Måsängsskolan improved for the second year running")
    if max(A_SCHOOLS, key=a_m27)[0] != "Vitmossens friskola¹" or \
            max((s_ for s_ in A_SCHOOLS if "friskola" not in s_[0]), key=a_m27)[0] != "Sävdalsskolan" or \
            min(A_SCHOOLS, key=a_m27)[0] != "Mossvedsskolan":
        errs.append("A: p. 2 names the highest (the independent school, Sävdalsskolan) and the lowest merit value")
    gaps = sorted(A_SCHOOLS, key=lambda s_: s_[6] - s_[7])
    if any(s_[6] <= s_[7] for s_ in A_SCHOOLS) or {a_name(x) for x in gaps[:2]} != {"Tovhamraskolan",
                                                                                   "Vitmossens friskola"}:
        errs.append("A: p. 2 says girls lead everywhere, least at Tovhamraskolan and the independent school")
    if any(a_bg(s_) <= a_bb(s_) for s_ in A_SCHOOLS):
        errs.append("A: p. 3 says the boys' eligibility is lower at every school")
    low = [s_ for s_ in A_SCHOOLS if a_b27(s_) < A_TARGET["beh"]]
    need(A, f"Sammanlagt {k['inel']} elever lämnade årskurs 9 utan behörighet", [2], "A ineligible")
    need(A, f"På {WORD[len(low)]} av sju skolenheter ligger andelen behöriga under målet", [2], "A below target")
    if min(A_SCHOOLS, key=a_b27)[0] != "Mossvedsskolan" or not 18 <= 100 - a_b27(mo) <= 22:
        errs.append("A: p. 3 says Mossvedsskolan has the lowest eligibility, about one in five without")
    if k["n"] - A_KOMMUN_HIST["pupils26"] <= 0:
        errs.append("A: p. 1 says more pupils than the year before")
    need(A, f"Förvaltningens analys är att {A_PASSAGE}", [3], "A passage")
    for t_, subs in A_ACTIONS:
        need(A, t_, [3], "A action")
        for x in subs:
            need(A, x, [3], "A sub-action")

    # (b) Myrvinge, personalekonomisk redovisning
    t = b_tot()
    sk = b_sick_kommun()
    for a in B_ADM:
        need(B, b_staff_text(a), [1], "B staff row")
        need(B, b_sick_text(a), [2], "B sick-leave row")
        need(B, f"{b_women_share(a)} % {g(b_staff(a))} {a[1]}", [0], "B mosaic label")
        mixed = (a[2] * a[11] + a[3] * a[12]) / b_staff(a)
        if abs(mixed - a[10]) > 0.051:
            errs.append(f"B: women's and men's sick leave of {a[1]} do not average to the total")
    need(B, " ".join(b_staff_total_cells()), [1], "B staff total")
    need(B, " ".join(b_sick_total_cells()), [2], "B sick total")
    for a in B_AGE:
        need(B, b_age_text(a), [2], "B age row")
        for lo_hi in ((a[1], a[3], a[5]), (a[2], a[4], a[6])):
            if not lo_hi[1] < lo_hi[2] < lo_hi[0]:
                errs.append(f"B: 'Samtliga' of {a[0]} must lie between men and women")
    need(B, " ".join(b_age_total_cells()), [2], "B age total")
    for col, tot_ in ((1, B_AGE_TOTAL_2025[0]), (2, sk["w26"]), (3, B_AGE_TOTAL_2025[1]), (4, sk["m26"]),
                      (5, sk["s25"]), (6, sk["s26"])):
        vals = [a[col] for a in B_AGE]
        if not min(vals) <= tot_ <= max(vals):
            errs.append(f"B: the total of column {col} of Tabell 3 is outside its age groups")
    ss = b_sentences()
    for x in ss[:1] + ss[2:4] + ss[5:6]:
        need(B, x, [0], "B running text p. 1")
    for x in ss[1:2] + ss[4:5] + ss[6:]:
        need(B, x, [1], "B running text p. 2")
    if not (sk["s26"] < sk["s25"] and sk["s26"] > B_SICK_TARGET and B_STAFF_2025[0] < t["n"]):
        errs.append("B: p. 1 says sick leave fell but is above the target and permanent staff grew")
    if not 75 < t["w"] / t["n"] * 100 < 80:
        errs.append("B: p. 1 says women are just over three quarters of the permanent staff")
    fell_ = [a for a in B_ADM if a[10] < a[9]]
    need(B, f"Sjukfrånvaron minskade i {WORD[len(fell_)]} av sex förvaltningar", [2], "B fell count")
    vof = [a for a in B_ADM if a[1] == "VOF"][0]
    if max(B_ADM, key=lambda a: a[10]) is not vof or vof[13] <= 50:
        errs.append("B: p. 3 says VOF has the highest sick leave, more than half long-term")
    if not all(a[2] > a[1] and a[4] > a[3] for a in B_AGE[:1]) or \
            not all(a[2] < a[1] and a[4] < a[3] for a in B_AGE[1:]):
        errs.append("B: p. 3 says sick leave rose among the youngest and fell in the other age groups")
    over = sorted(B_ADM, key=lambda a: a[7] - a[6], reverse=True)
    if {over[0][1], over[1][1]} != {"VOF", "BUF"}:
        errs.append("B: p. 2 says most of the overrun is in VOF and BUF")
    for code in ("SBF", "KLF"):
        a = [x for x in B_ADM if x[1] == code][0]
        if a[7] > a[6]:
            errs.append(f"B: p. 2 says {code} kept its budget")
    if abs(t["utf"] - t["bud"] - (t["utf"] - t["bud"])) > 0.01 or not min(B_LONG_2026, B_LONG_2025) > 0:
        errs.append("B: totals")
    lt = [a[13] for a in B_ADM]
    if not min(lt) < B_LONG_2026 < max(lt):
        errs.append("B: the municipality's long-term share must lie between the administrations'")
    soc = [a for a in B_ADM if a[1] == "SOC"][0]
    if not soc[10] > soc[9]:
        errs.append("B: p. 4 says sick leave in SOC rose")
    need(B, f"Den främsta orsaken är att {B_PASSAGE}", [3], "B passage")
    for t_, subs in B_ACTIONS:
        need(B, t_, [3], "B action")
        for x in subs:
            need(B, x, [3], "B sub-action")

    # (c) Fagerlida, underhållsplan
    for r in C_ROWS:
        want = [2] if r[0] <= C_BREAK_AFTER else [3]
        if pages_of(C, c_text(r)) != want:
            errs.append(f"C: row {r[0]} printed on {pages_of(C, c_text(r))}, expected {want}")
    if count(C, "Nr Gata Delsträcka Åtgärd Längd, m Kostnad, tkr År Prio") != 2:
        errs.append("C: the heading of Tabell 1 must be printed twice")
    need(C, "Tabell 1 fortsätter på nästa sida", [1], "C break note")
    need(C, "Tabell 1 (forts.) Nr Gata Delsträcka", [2], "C continued heading")
    need(C, " ".join(c_total_cells()), [2], "C total")
    for typ in C_TYPES:
        need(C, " ".join(c_type_cells(typ)), [2], "C type row")
    need(C, " ".join(c_type_sum_cells()), [2], "C type sum")
    for x in c_sentences():
        need(C, x, [0], "C running text")
    for name, mm_ in C_LAYERS:
        need(C, f"{name}, {mm_} mm", [0], "C layer label")
    ys = {y: c_cost(y) for y in C_YEARS}
    if [y for y in C_YEARS if ys[y] > C_FRAME] != [2027, 2030]:
        errs.append("C: p. 3 says the cost exceeds the frame in 2027 and 2030")
    if not 0.35 <= c_cost(None, "Fräsning och ny beläggning") / c_cost() <= 0.45 or \
            max(C_TYPES, key=lambda t_: c_cost(None, t_)) != "Fräsning och ny beläggning":
        errs.append("C: p. 3 says milling and new asphalt is the most common, about four kronor in ten")
    if sum(c_cost(None, t_) for t_ in C_TYPES) != c_cost() or c_cost() <= C_PREV_PLAN:
        errs.append("C: type sums or the comparison with the previous plan")
    rr = {r[1]: r for r in C_ROWS}
    if rr["Mejerivägen"][6] != 2029 or rr["Fabriksvägen"][6] != 2027 or "Fabriksvägen" not in rr["Mejerivägen"][2]:
        errs.append("C: p. 4 says Mejerivägen moves to 2029 and Fabriksvägen to 2027")
    if "Ytbehandling" not in {r[3] for r in C_ROWS if r[7] == 3}:
        errs.append("C: priority 3 should include the surface dressings")
    need(C, f"Skälet är att {C_PASSAGE}", [3], "C passage")
    for x in C_PRIOS:
        need(C, x, [3], "C priority rule")

    # (d) Vinnerby, bostadsförsörjningsprogram
    for r in D_ROWS:
        need(D, d_text(r), [1], "D row")
        if d_sum(r) <= 0:
            errs.append(f"D: empty row {r}")
    for area in D_AREAS:
        need(D, d_area_sum_text(area), [1], "D area sum")
    need(D, " ".join(d_total_cells()), [1], "D total")
    for x in d_sentences():
        need(D, x, [0], "D running text")
    cum = d_cum()
    for v in cum:
        need(D, g(v), [0], "D chart value")
    need(D, f"{g(D_TARGET * 5 - cum[-1])} under målet", [0], "D gap label")
    if cum[-1] != d_total_cells()[-1].replace(" ", "") and str(cum[-1]) != d_total_cells()[-1].replace(" ", ""):
        errs.append("D: the cumulative curve must end at the total")
    if any(r[2] > 0 for r in D_ROWS if r[0] == "Svedängen"):
        errs.append("D: p. 2 says Svedängen gets no rental flats")
    new_areas = [a for a in D_AREAS if a != "Vinnerby centrum"]
    if max(new_areas, key=lambda a: d_area_sum(a)[3]) != "Skogsvreta":
        errs.append("D: p. 2 says Skogsvreta is the largest new area")
    first = [r for r in D_ROWS if r[0] == "Skogsvreta"][0]
    need(D, f"Den första etappen, {first[2]} hyresrätter", [1], "D first stage")
    if not D_POP[1] > D_POP[0]:
        errs.append("D: p. 1 says the population grows")
    need(D, f"Det beror på att {D_PASSAGE}", [1], "D passage")
    for t_, subs in D_STRATEGIES:
        need(D, t_, [2], "D strategy")
        for x in subs:
            need(D, x, [2], "D sub-point")
    need(D, f"arbeta efter {WORD[len(D_STRATEGIES)]} strategier", [2], "D strategy count")

    # (e) Skebrinna, intern kontroll
    for r in E_ROWS:
        need(E, e_text(r), [1], "E row")
        if (r[5] is None) != (r[7] == "Ej genomförd"):
            errs.append(f"E: control {r[0]} – not carried out iff no sample")
        if r[5] is not None and (r[6] == 0) != (r[7] == "Utan anmärkning"):
            errs.append(f"E: control {r[0]} – no deviations iff 'Utan anmärkning'")
    need(E, " ".join(e_sum_cells()), [1], "E sum row")
    for m in E_MEASURES:
        need(E, e_measure_text(m), [2], "E measure row")
        ctrl = [r for r in E_ROWS if r[0] == m[2]][0]
        if ctrl[7] not in ("Väsentliga brister", "Ej genomförd", "Mindre brister"):
            errs.append(f"E: measure {m[0]} refers to a control without deficiencies")
    covered = {m[2] for m in E_MEASURES}
    if not {r[0] for r in E_ROWS if r[7] in ("Väsentliga brister", "Ej genomförd")} <= covered:
        errs.append("E: p. 1 says every significant deficiency has a measure")
    for x in e_sentences():
        need(E, x, [0], "E running text")
    s_, a_, sh_ = e_sums()
    if not sh_ < E_PREV_SHARE:
        errs.append("E: the deviation share fell")
    top_ = max(e_done(), key=e_share)
    if top_[0] != 2 or not 20 <= e_share(top_) < 25:
        errs.append("E: p. 3 says representation had the highest share, nearly one in four")
    need(E, f"eftersom {E_PASSAGE}", [2], "E passage")

    # (f) Region Flodmark, budget (p. 2 scanned)
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    s5 = f_sum()
    if abs(s5[3] - sum(f_dev(c) for c in F_CLINICS)) > 0.051:
        errs.append("F: the deviations do not add up to the sum row")
    for a in F_AREAS:
        need(F, f_area_text(a), [2], "F area row")
    need(F, " ".join(f_frame_cells()), [2], "F total row")
    for x in f_sentences():
        need(F, x, [0], "F running text")
    deficits = [c for c in F_CLINICS if f_dev(c) < 0]
    need(F, f"{WORD[len(deficits)].capitalize()} av elva kliniker väntas överskrida sin budget", [3], "F deficits")
    worst = sorted(F_CLINICS, key=f_dev)
    if worst[0][0] != "Psykiatriska kliniken" or worst[1][0] != "Medicinkliniken":
        errs.append("F: p. 4 says psychiatry has the largest deficit, closely followed by medicine")
    if {c[0] for c in F_CLINICS if f_dev(c) > 0} != {"Kvinnokliniken", "Kirurgkliniken", "Röntgenkliniken",
                                                       "Laboratoriemedicin"}:
        errs.append("F: p. 4 names the clinics with a surplus")
    if max(F_AREAS, key=lambda a: pct(a[2], a[1]))[0] != "Specialiserad psykiatri":
        errs.append("F: p. 3 says psychiatry gets the largest increase in per cent")
    if not F_AREAS[0][2] > F_AREAS[0][1]:
        errs.append("F: budgets grow")
    need(F, f"beror på att {F_PASSAGE}", [3], "F passage")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−-")) >= 2 and number_in(layer, num.lstrip("+")):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in F_SCAN_FOOT[:2] + F_SCAN_HEAD[3:] + [" ".join(r) for r in f_scan_rows()]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en)}; "
          f"conditional lists {n_cond} ({n_pair} comparing two cells of a row, {n_group} filtering by group); whole "
          f"lists {sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; none naming a real label "
          f"{n_label}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k_} {v}" for k_, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
