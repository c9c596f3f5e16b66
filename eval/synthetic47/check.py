"""Checks ../heldout_syn47.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the
Gisselnäs document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic46/check.py: the generic part – text normalisation, page texts, number and date parsing, the
5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the none-label
count – is copied from there (with the ids, units, letters and documents of this set; numbers are compared as whole
tokens so that "1 950" does not count as "950"); the constants, the row texts, the recomputation rules, the absence
rules, the name lists and the data checks are those of synthetic47.

* format: 50 questions hs47001..hs47050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least one of every type), at least 9 conditional lists, at least 4 list-shaped none questions, at least 8 none
  questions naming a row label or column header printed in their document (NONE_LABEL); on the scanned page 2
  figure and 2 list questions, and 1 none question about the scanned table;
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
* documents: 6 PDFs, 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of every document except
  (f)'s scanned page; no metadata title anywhere; landscape exactly page 2 of (d); page 3 of (f) one image without
  text; no names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of
  ../synthetic46/check.py and ../synthetic44/check.py, extracted with ast), no real municipality or region (REAL)
  among our own names or as a word in the PDFs, our own names (OWN) and persons all start with G, K, N or R, none of
  OWN or PERSONS occurs in the READMEs of the earlier sets (../synthetic … ../synthetic46) or in
  ../synthetic44/check.py and ../synthetic46/check.py, and every OWN name and person is used;
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
from data import (A_SUBJECTS, A_AREAS, A_FEES, A_GOALS, A_UNIQUE, A_POP, A_SHARE_TARGET, A_QUEUE_25, A_PASSAGE,  # noqa
                  A_DEVELOP, a_text, a_sum, a_sum_cells, a_area_share, a_fee_cells, a_goal_text, a_goal_verdict,
                  a_goal_values, a_sentences,
                  B_MONTHS, B_FT, B_RF, B_COST, B_AGE, B_PASSAGE, B_ACTIONS, b_month_text, b_total_cells, b_cost_text,
                  b_age_text, b_age_total, b_age_total_cells, b_cost_mnkr, b_sum, b_sentences,
                  C_CASES, C_NOTE1, C_TARGETS, C_MEASURES, C_PASSAGE, c_text, c_sum, c_sum_cells, c_target_text,
                  c_met, c_sentences,
                  D_HOSPITALS, D_CLINICS, D_PLAN_BEDS, D_OCC_TARGET, D_HOSP_2025, D_DAYS_OVER, D_OVER_2025, D_ACTIONS,
                  d_rows, d_text, d_sum_cells, d_hosp_text, d_hosp_total_cells, d_beds, d_occ, d_over, d_count,
                  d_months, d_sentences,
                  E_GUAR, E_NOTE1, E_NOTE2, E_KEYS, E_RATIOS, E_PASSAGE, E_DIRECTIVES, e_text, e_sum_cells, e_sums,
                  e_used_share, e_ratio_cells, e_ratio, e_sentences,
                  F_ROWS, F_AREAS, F_CONDITIONS, F_YEARS, F_FRAME, F_SCAN, F_SCAN_HEAD, F_SCAN_FOOT, f_text,
                  f_area_sum, f_area_sum_text, f_year_sum, f_total, f_cond_count, f_scan_text_row, f_scan_rows,
                  f_scan_text, f_scan_numbers, f_scan_sum, f_sentences, g, d1, pct, share, WORD, D as DATE)

QFILE = HERE.parent / "heldout_syn47.jsonl"
N_Q = 50
BASE = 47000
PREFIX = "hs"
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN = {"figure": 1, "list": 1, "passage": 1, "none": 1}
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs47048"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "dagar"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "kusterby-kulturskolan-verksamhetsberattelse-2026.pdf"
B = "glosvik-fardtjanst-riksfardtjanst-uppfoljning-2026.pdf"
C = "nasvalla-ofn-verksamhetsberattelse-2026.pdf"
D = "region-grenmark-vardplatsrapport-2026.pdf"
E = "rimbacka-ks-agarstyrning-borgensataganden-2026.pdf"
F = "gisselnas-sbn-lekplatsprogram-2027-2031.pdf"
# the name a question must carry
PLACE = {A: "Kusterby", B: "Glosvik", C: "Näsvalla", D: "Grenmark", E: "Rimbäcka", F: "Gisselnäs"}
PAGES = {A: 4, B: 4, C: 3, D: 3, E: 4, F: 4}
WITH_TITLE = set()
WITH_MINUS = {A, B, C, D, E, F}
LANDSCAPE = {D: [2]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "GKNR"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic46/check.py and ../synthetic44/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic46).
# ../synthetic48 is being written at the same time and was not opened, so nothing of it is in the list.
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik", "Tjärnholm",
    "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Ormåker", "Siljetuna", "Rödberga",
    "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan",
    "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro", "Korpilund", "Lerviken", "Strandängen",
    "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark",
    "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta",
    "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen", "Rönngården", "Lärkvägen",
    "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta", "Mörtsunda", "Mortsunda", "Fjärdhamra",
    "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla", "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken",
    "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
    "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken", "Lommarby",
    "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp",
    "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo",
    "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården",
    "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen",
    "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn", "Torgkällaren", "Marhed", "Klockarängsskolan",
    "Måsöskolan", "Rönnbyskolan", "Uddens skola", "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan",
    "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo",
    "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet",
    "Vassbäckahallen", "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen",
    "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan", "Arnöhult", "Ejdersund", "Jungsnäs",
    "Olsvalla", "Pålsmark", "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen",
    "Tranvattnet", "Jonsgärde", "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen", "Cedersjö",
    "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo",
    "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla",
    "Ingridskolan", "Cikorian", "Igelkotten", "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge",
    "Wälsta", "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs", "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik",
    "Örsjövik", "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken",
    "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret",
    "Örsjöviksbostäder", "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp", "Dalgårdsskolan",
    "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån", "Lillnäs", "Lindgården", "Lindhov", "Bokhagen",
    "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken", "Näktergalen", "Gryttje", "Kallmora", "Linsjöbo", "Nolby",
    "Nyedsbohem", "Långvreten", "Brandsjö", "Fridsmåla", "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö",
    "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen", "Torvbo", "Stensötaskolan", "Sävlundaskolan",
    "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan", "Smultronbackens skola", "Vitsippsskolan",
    "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder", "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik",
    "Carlsäter", "Vittarp", "Jällsta", "Pirkby", "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen",
    "Wikaskolan", "Vidsjön", "Ivringeån", "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen",
    "Pilbacken", "Jungfruhagen", "Clarabergsskolan", "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen",
    "Carlsvallen", "Pelarsalen", "Valnöten", "Jakobsdal", "Westergrens Bygg", "Ormsvik", "Ekvreta", "Uddmora",
    "Åbrunna", "Algesta", "Runnvik", "Ravelsmossen", "Ulvsta", "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen",
    "Åbrunnabostäder", "Ugglestad", "Ekhöjden", "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån",
    "Årlingsdammen", "Rasbacka", "Almgården", "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad",
    "Fällinge", "Helmsjö", "Lunnevik", "Nordinge", "Stavsunda", "Ödsvik", "Lyngbacka", "Hästhagen", "Sjöhallen",
    "Flinkeby", "Nyvångs bibliotek", "Fågelsta", "Hedvigsdal", "Liljedal", "Solhöjden", "Östergläntan",
    "Stavsundahem", "Hamnstaden", "Lindbacka", "Norrlyckan", "Sandåker", "Snöbacka", "Fiskmåsen", "Hallonbacken",
    "Nyängen", "Sjölyckan", "Fältsparven", "Smedjegården", "Sörbyängen", "Norrheden", "Hellgrens Logistik",
    "Draggsund", "Getryd", "Tolsvik", "Blidsta", "Kullsta", "Bramsnäs", "Getrydsskolan", "Dalhemsskolan",
    "Tornhagsskolan", "Kyrkbyskolan", "Mellanbyskolan", "Bokelundsskolan", "Kompassens friskola", "Tolsviksbadet",
    "Tolsviks Bostäder", "Bofinken", "Bygdesalen", "Dammviks Trä", "Kompetenscentrum Kullsta",
    "Tallbackas familjecentral", "Blåsippans stödboende", "Bramsvallen", "Dalkärrs Skytteförening",
    "Brattåsens bygdegårdsförening", "Dyrvikens Båtklubb", "Gökhults IK", "Tornlyckans scoutkår",
    "Backens Bordtennisklubb", "Bramsnäs IF", "Bramsnäs Ridklubb", "Gräsvik", "Kärrvalla", "Salmsund", "Ölmsta",
    "Gisslinge", "Ugnsta", "Sandvallen", "Sandvallshallen", "Skeppsvik", "Spiran", "Cirkeln", "Gullmyra", "Gullbacka",
    "Kronåsen", "Kronåsvägen", "Saltängen", "Stenslund", "Ulrikedal", "Grindtorp", "Granudden", "Kyrkbacken",
    "Skogslyckan", "Glimsta", "Kullerbo", "Sundbergs Trafik", "Skolgärdet", "Gärdsängen", "Kullerud", "Glasblåsaren",
    "Sjöudden", "Grusgropen", "Kyrkbyn", "Storängen", "Sågverkstomten", "Gransjö", "Skogsbacken", "Smedjetorget",
    "Ölmstagårdar", "Sandbergs Bygg", "Kullerud Logistik", "Gransjö Camping", "Gisslingeån", "Kolbäcksmon",
    "Storforsdammen", "Gråberget", "Skvaltkvarnen", "Kroksätra", "Centrumskolan", "Kullbyn", "Sundqvist HR-konsult",
    "Vessinge", "Jerlöv", "Ringvalla", "Eldvik", "Pimsjö", "Annersjö", "Ravell Revision", "Apelgården", "Aspliden",
    "Enebacken", "Juvelen", "Poppelgården", "Rosengården", "Vårsolen", "Ensjöfältet", "Ravinen", "Alléskolan",
    "Vallmon", "Rudbo", "Ersbäcken", "Raknäs", "Pelleby", "Rudbovallen", "Rävberget", "Jättestensskolan", "Hyttnäs",
    "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra", "Hyttbacken", "Lerdalen", "Fabriksparken",
    "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp", "Forsbackaskolan", "Hultaskolan", "Nyhemsskolan",
    "Framtidsskolan", "Norrskenets friskola", "Hyttan", "Lindhammar Bygg", "Hedåsen", "Dovreby", "Fiskarparken",
    "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed", "Hultmossen", "Blåvingens Ungdomsteater", "Bykroken",
    "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK", "Lillsjöns scoutkår", "Tyllinge", "Mjärdevik", "Orrhammar",
    "Isbäcka", "Ylvasund", "Äppelvik", "Oxhagen", "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan",
    "Ishusgatan", "Mjölnargatan", "Oxhagsvägen", "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen",
    "Mästargatan", "Ormbunksvägen", "Tofsvipevägen", "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan",
    "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad", "Marbäcka", "Isbäckaån", "Tingshuset", "Tornrosskolan",
    "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan", "Tvärskogs skola", "Myrstackens förskola", "Oktavens förskola",
    "Odalgårdens förskola", "Mistelns förskola", "Mariagården", "Ängshemmet", "Yngvegården", "Ylvasundshallen",
    "Mediateket", "Tändstickan", "Malmen", "Tjädern", "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet",
    "Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby", "Ramsåker", "Vemmeby", "Svalängsskolan", "Kornboskolan",
    "Vedbyskolan", "Kronvallsskolan", "Snickarbodens förskola", "Ryttarängens förskola", "Pilfinkens förskola",
    "Solkattens förskola", "Solrosens äldreboende", "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen",
    "Prövik Revision", "Rydqvist Trafikanalys", "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan",
    "Verkstadsgatan", "Skogsvägen", "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan",
    "Båthälla", "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn", "Bärnstenen", "Ebbagården", "Gullregnet",
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
    "Orvika Ungdomsorkester", "Lidens hembygdsförening", "Bälsunda", "Erkelunda", "Gesterby", "Hökvalla", "Masthamra",
    "Tuvesta", "Bryggan", "Hälleberga", "Enhagsskolan", "Hökvallabadet", "Tegelbruket", "Hamnkvarteret",
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
    "Tiina Mäkelä", "Ahmed Mansour", "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg", "Mona Telander",
    "Tomas Enqvist", "Tove Almgren", "Annika Edlund", "Magnus Ahlström", "Therese Norén", "Emil Tornqvist",
    "Åke Thelin", "Maja Eklöf", "Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika", "Ölvsunda", "Ladan",
    "Fältängen", "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning", "Dammbacken",
    "Lövängsskolan", "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån", "Björkängsskolan",
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
    "Ronja Wennberg", "Kajsa Gustavsson", "Brunnshed", "Fjällbrinka", "Vedmora", "Aldersvik", "Dunkersta", "Marvinge",
    "Algrena", "Bodaholm", "Dalstorpa", "Fjärdeby", "Mjölnaryd", "Vindåkra", "Filebacka", "Vallmora",
    "Myrstigens förskola", "Vindåsskolan", "Dalgläntan", "Bergtallens förskola", "Fjärilens förskola",
    "Vallhagsskolan", "Dammbacka", "Fältvägens idrottsplats", "Backsippans förskola", "Forsgläntans skola", "Alvhem",
    "Bäcklunda", "Almängens BK", "Björnstigens scoutkår", "Dansklubben Virvel", "Fältbiologerna i Marvinge",
    "Vinterbackens skidklubb", "Bodviks ridklubb", "Bygdegårdsföreningen Dalkullen", "Ferievikens båtklubb",
    "Vävstugeföreningen Brodyren", "Musikföreningen Allegro", "Filmstudion Duken", "Maria Vikström", "Bengt Fransson",
    "Agneta Bergqvist", "Daniel Falk", "Frida Magnusson", "Viktor Almqvist", "Vera Dahlin", "Anders Viberg",
    "Maja Ahlgren", "Mikael Blom", "Islinge", "Jordvalla", "Wendmark", "Ysterby", "Öxnevik", "Öxnehem", "Casselby",
    "Jordvallahallen", "Ivarsgården", "Ismyra", "Jonsbo", "Wallstena", "Åkerslund", "Öljersta", "Wallstena äng",
    "Iseberg", "Wiksberg", "Cypressen", "Jaktfalken", "Yllefabriken", "Walkyrian", "Iskällaren", "Åkerhällen",
    "Cisternen", "Inneby", "Jutsbo", "Älvnäs", "Wedarna", "Ingrid Wallin", "Jonas Ivarsson", "Yvonne Carlén",
    "Wilhelm Jansson", "Cecilia Öberg", "Isak Westman", "Johanna Ygberg", "William Jakobsson", "Carina Isaksson",
    "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm", "Emtuna", "Ekmarka", "Brånsta", "Marstorp", "Bolmsta",
    "Mälbacka", "Dalvreten", "Ängsmora", "Medvinge", "Ebbarp", "Dagsåsen", "Åbyhed", "Vedhamn", "Aspdalsvägen",
    "Bangatan", "Banvallen", "Emmarby", "Ärlegatan", "Bysjöån", "Vallbybron", "Dalkarlsbo", "Åsbyn", "Vikåsa",
    "Brandstorp", "Bredmossen", "Älgmossen", "Birgitta Ekholm", "Magnus Dahlberg", "Elin Vallgren", "Märta Dahlin",
    "Anette Boman", "Viktor Eriksson", "Eva Bäckström", "Mats Engdahl", "Erik Åberg", "Dragana Milić",
    "Anders Ekdahl", "Maj-Britt Vall", "Ebba Vidén", "Amir Bakir", "Björn Durén", "Ewa Molin", "Viktor Dahlström",
    "Malin Edvardsson", "David Månsson", "Vanja Ek", "Victoria Ahlberg", "Benny Mattsson", "Dennis Almén",
    "Dan Mårtensson", "Aida Vesterberg", "Beatrice Dahlqvist", "Axel Vinberg", "Doris Ahlqvist", "Wilsäter",
    "Jarvsta", "Nolvånga", "Ismunda", "Yngsvik", "Cedvinge", "Wilsäterhem", "Ingeborgsdal", "Nissebacken",
    "Cederkullen", "Jökelbo", "Nordtuna", "Yngshult", "Östervinge", "Järven", "Wäggeby", "Ivsjöbo", "Nolkärr",
    "Yxnäs", "Cinnarp", "Wirby", "Jonsåker", "Ceciliedal", "Jungsund", "Wiggeby", "Ivdalen", "Nästervik", "Öjersvik",
    "Ingvallsbo", "Ivsjön", "Jessica Nordlund", "Niklas Westin", "Irene Jonsson", "Carl Ödman", "Yasmin Nasser",
    "Conny Öhman", "Ida Wessman", "Christer Jansson", "Wera Nyholm", "Isabella Nordqvist", "Walter Nyman",
    "Nils Ingvarsson", "Camilla Nordgren", "Yvonne Jernberg", "Johan Yngvesson", "Inger Claesson", "Örjan Wiklander",
    "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg", "Claes Jönsson", "Ingemar Wiik", "Natalie Cronqvist",
    "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus", "Wilma Cederlund", "Jonatan Ceder", "Nina Iversen",
    "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm", "Cecilia Nyqvist", "Jasmin Örtegren", "Catarina Wijk",
    "Ivan Nordahl", "Jonna Öhrn", "Josef Cederquist", "Natalia Wretling", "Niclas Öberg", "Ylva Isaksen",
    "Ines Cederström", "Tovhamra", "Myrvinge", "Fagerlida", "Vinnerby", "Skebrinna", "Flodmark", "Fjolbergsskolan",
    "Mossvedsskolan", "Sävdalsskolan", "Tovhamraskolan", "Måsängsskolan", "Ödbyskolan", "Vitmossens friskola",
    "Mellangatan", "Fabriksvägen", "Tullbrogatan", "Tingsvägen", "Mossvägen", "Smedsgatan", "Fiskargatan",
    "Skolvägen", "Sjögatan", "Murargatan", "Tvärleden", "Fårstigen", "Stationsvägen", "Vävaregatan", "Mejerivägen",
    "Sågargatan", "Torsgatan", "Trädgårdsgatan", "Fjärilsvägen", "Östra Strandgatan", "Svarvargatan",
    "Fagerlidavägen", "Stortorget", "Svedängen", "Sjöhagen", "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla",
    "Vinnerbyhem", "Mörvik", "Sävhamn", "Sofia Vallin", "Simon Tengvall", "Tobias Malmsten", "Veronica Fahlgren",
    "Stina Thorsell", "Fredrik Sjölin", "Mikael Storm", "Therese Vikander", "Magnus Vesterlund", "Martina Törnqvist",
    "Felix Stål", "Tina Mårtensson", "Mona Tidblad", "Mats Fernström", "Frida Schön",
]
# real Swedish municipalities and regions beginning with G, K, N or R (the regions are Gotland, Gävleborg, Kalmar
# län, Kronoberg and Norrbotten): none may be one of our names, and none may occur as a word in our PDFs
# (case-sensitive)
REAL = ["Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik"]
# our own invented names (the region and municipalities first, then hospitals, companies, places, playgrounds and
# districts); later sets should add them to their FORBIDDEN lists
OWN = ["Kusterby", "Glosvik", "Näsvalla", "Grenmark", "Rimbäcka", "Gisselnäs",
       "Rallarns Taxi", "Krokängen",
       "Kronviks sjukhus", "Nyåkra lasarett", "Rakelsta sjukhus",
       "Rimbäcka Stadshus AB", "Rimbäckahem AB", "Rimbäcka Energi AB", "Rimbäcka Vatten AB", "Rimbäcka Hamn AB",
       "Rimbäcka Näringslivslokaler AB", "Nordkustens Renhållning AB", "Rimbäcka IF", "Granåsen",
       "Norrstrand", "Rönnåker", "Kvisthagen", "Gärdesby",
       "Regnbågsparken", "Näckrosparken", "Riddarborgen", "Koltrastens lekplats", "Nyckelpigans lekplats",
       "Norrstrandsbadets lekplats", "Kaninbacken", "Grodparken", "Rävgrytet", "Rönnbärsparken", "Guldgruvan",
       "Klätterträdet", "Kottens lekplats", "Kullens lekplats", "Gungbacken", "Kvarnhjulet",
       "Nordlek Besiktning AB"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Karin Grahn", "Nils Rosvall", "Greta Kjellberg", "Robin Nykvist", "Kent Rosander", "Gunnel Kvarnström",
           "Rikard Norling", "Gabriella Krantz", "Rolf Gyllensten", "Nadja Kronberg", "Gustav Nyrén",
           "Ronja Karlgren", "Rebecka Gran"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic44", "synthetic46"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 47)]


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


# ---------------------------------------------------------------- row texts as printed in the PDFs
def rows(items, text):
    return [dict(r=x, item=text(x)) for x in items]


A_R = rows(A_SUBJECTS, a_text)
B_M = [dict(r=i, item=b_month_text(i)) for i in range(12)]
B_C = rows(B_COST, b_cost_text)
C_M = [dict(r=m, item=m[0]) for m in C_MEASURES]
D_R = rows(D_CLINICS, d_text)
E_R = rows(E_GUAR, e_text)
F_S = [dict(r=n, item=f_scan_text_row(n)) for n in sorted(F_SCAN)]

# qid -> (rows, predicate on the raw row)
COND = {
    "hs47004": (A_R, lambda s: s[5] > 30),                                  # queue HT over 30
    "hs47005": (A_R, lambda s: s[4] < s[2]),                                # HT < VT (pair)
    "hs47012": (B_M, lambda i: B_RF[2026][i] > 80),                         # long-distance trips over 80
    "hs47013": (B_C, lambda c: c[3] > c[2]),                                # outcome > budget (pair)
    "hs47021": (C_M, lambda m: m[2] == "Pågår"),                            # status word
    "hs47030": (D_R, lambda c: c[5] > 100),                                 # occupancy over 100 %
    "hs47031": (D_R, lambda c: c[0] == "Kronviks sjukhus" and c[3] < c[2]),  # hospital + fewer beds (group, pair)
    "hs47038": (E_R, lambda r: e_used_share(r) > 90),                       # share used over 90 %
    "hs47039": (E_R, lambda r: r[4] > r[1]),                                # proposal > limit (pair)
    "hs47046": (F_S, lambda n: f_scan_sum(n) > 6),                          # remarks over six (scan)
    "hs47047": (F_S, lambda n: F_SCAN[n][0] > DATE(2026, 9, 22)),           # inspected after 22 Sep (scan)
}
PAIR = {"hs47005", "hs47013", "hs47031", "hs47039"}
GROUP = {"hs47031"}
EXACT = {
    "hs47022": [m[0] for m in C_MEASURES],
}
NONE_ABSENT = {
    "hs47007": (A, [], lambda: all(s[2] <= 150 and s[4] <= 150 for s in A_SUBJECTS)),
    "hs47008": (A, [r"VT 2025", r"[Vv]årterminen 2025", r"[Vv]åren 2025"], None),
    "hs47015": (B, [], lambda: all(v <= 6000 for y in (2025, 2026) for v in B_FT[y])),
    "hs47016": (B, [r"2023"], None),
    "hs47017": (B, [r"[Vv]äntetid", r"\bminuter\b", r"[Pp]unktlig", r"[Ff]örsen"], None),
    "hs47024": (C, [r"[Ll]edamöter", r"[Ll]edamot", r"[Ee]rsättare"], None),
    "hs47025": (C, [r"2023"], None),
    "hs47026": (C, [], lambda: all(c[3] - c[2] <= 20 for c in C_CASES)),
    "hs47032": (D, [r"2024"], None),
    "hs47033": (D, [], lambda: all(c[4] >= 70 and c[5] >= 70 for c in D_CLINICS)),
    "hs47034": (D, [r"\bkr\b", r"[Kk]ronor", r"mnkr", r"[Kk]ostnad", r"[Kk]ostade"], None),
    "hs47041": (E, [], lambda: all(r[1] <= 2000 and r[4] <= 2000 for r in E_GUAR)),
    "hs47042": (E, [r"[Aa]nställda", r"[Mm]edarbetare", r"[Åå]rsarbetare", r"[Pp]ersonal"], None),
    "hs47048": (F, [r"2025"], None),
    "hs47049": (F, [r"2032"], lambda: all(r[5] <= 2031 for r in F_ROWS)),
    "hs47050": (F, [r"[Bb]esökare", r"[Bb]esök\b", r"[Bb]esöker", r"[Bb]esöks"], None),
}
LIST_NONE = {"hs47007", "hs47015", "hs47026", "hs47033", "hs47041", "hs47049"}
NONE_LABEL = {
    "hs47007": ("elever", "Elever"),
    "hs47008": ("vårterminen", "vårterminen och höstterminen 2026"),
    "hs47015": ("färdtjänstresor", "Färdtjänstresor per månad"),
    "hs47016": ("65–79 år", "65–79 år"),
    "hs47017": ("färdtjänst", "Färdtjänst, antal resor"),
    "hs47025": ("godmanskap", "Godmanskap"),
    "hs47026": ("ärendetyp", "Ärendetyp"),
    "hs47032": ("Kronviks sjukhus", "Kronviks sjukhus"),
    "hs47033": ("beläggning", "Medelbeläggning, %"),
    "hs47034": ("Nyåkra lasarett", "Nyåkra lasarett"),
    "hs47041": ("borgensram", "Borgensramar"),
    "hs47042": ("Rimbäcka Energi AB", "Rimbäcka Energi AB"),
    "hs47048": ("Regnbågsparken", "Regnbågsparken"),
    "hs47049": ("lekplatser", "Lekplatser per område"),
    "hs47050": ("Grodparken", "Grodparken"),
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
        rows_, pred = COND[qid]
        expected = [x for x in rows_ if pred(x["r"])]
        for it in q["items"]:
            hits = [x for x in rows_ if norm(x["item"]).startswith(norm(it))]
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
        if len(expected) == len(rows_):
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
            fn, pats, test = NONE_ABSENT[qid]
            if PLACE[fn] not in q["question"]:
                E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
            raw = pdf_pages(fn)[1]
            alltext = re.sub(r"\s+", " ", " ".join(raw))
            for pat in pats:
                if re.fullmatch(r"\d{4}", pat) and pat not in q["question"]:
                    E_(f"the absence rule tests the year {pat}, which the question does not ask about")
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
    for typ, least in MIN_EN.items():
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
        elif not re.search(r"Regnbågsparken 2026-", SCANNED[F][3]):
            errs.append(f"{qid}: the scanned table should hold the 2026 inspection of the asked playground")

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
    for q in qs:
        for rl in REAL:
            if re.search(r"(?<!\w)" + re.escape(rl) + r"(?!\w)", q["question"]):
                errs.append(f"{q['id']}: real municipality or region name {rl} in the question")

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

    # ================================================================ data consistency (synthetic47)
    def claim(ok, what):
        if not ok:
            errs.append(what)

    # (a) Kusterby, kulturskolan
    for s_ in A_SUBJECTS:
        need(A, a_text(s_), [1], "A subject row")
        need(A, g(s_[4]), [0], "A sunburst value")
    for area in A_AREAS:
        need(A, " ".join(a_sum_cells(area)), [1], "A area sum row")
        need(A, f"{area} – {g(a_sum(area)[2])} elevplatser", [0], "A legend")
        need(A, f"{d1(a_area_share(area))} %", [0], "A sunburst share")
    need(A, " ".join(a_sum_cells(None)), [1], "A total row")
    claim(abs(sum(a_area_share(x) for x in A_AREAS) - 100) < 0.15, "A: the area shares must add up to 100")
    for x in a_sentences()[:3]:
        need(A, x, [0], "A running text")
    need(A, a_sentences()[3], [0], "A running text")
    need(A, a_sentences()[4], [0], "A running text")
    for f_ in A_FEES:
        need(A, " ".join(a_fee_cells(f_)), [2], "A fee row")
    for goal in A_GOALS:
        need(A, a_goal_text(goal), [2], "A goal row")
    verdicts = collections.Counter(a_goal_verdict(x) for x in A_GOALS)
    claim(verdicts == {"Uppfyllt": 2, "Delvis uppfyllt": 2, "Ej uppfyllt": 2},
          f"A: p. 3 says two goals met, two partly, two not: {verdicts}")
    for goal in A_GOALS:
        v = a_goal_values(goal)[1]
        close = (v / goal[3] >= 0.9) if goal[6] == "min" else (v / goal[3] <= 1.1)
        claim((a_goal_verdict(goal) == "Delvis uppfyllt") == (close and a_goal_verdict(goal) != "Uppfyllt"),
              f"A: goal {goal[0]} – 'delvis' must mean within ten per cent")
    fell = [s_[1] for s_ in A_SUBJECTS if s_[4] < s_[2]]
    claim(fell == ["Piano", "Stråkinstrument", "Blåsinstrument"], f"A: p. 2 names the subjects that fell: {fell}")
    claim(len(fell) < len(A_SUBJECTS) / 2, "A: p. 2 says places rose in most subjects")
    qs_ = sorted(A_SUBJECTS, key=lambda s_: -s_[5])
    claim([x[1] for x in qs_[:3]] == ["Piano", "Sång", "Streetdance"], "A: p. 2 names the longest queues in order")
    claim(all(s_[5] == 0 for s_ in A_SUBJECTS if s_[1] in ("Stråkinstrument", "Blåsinstrument")),
          "A: p. 2 says there is no queue for strings and wind")
    claim(0.6 < share(a_sum("Musik")[2], a_sum(None)[2]) / 100 < 0.65, "A: p. 2 says music is just over six in ten")
    grow = {x: a_sum(x)[2] - a_sum(x)[0] for x in A_AREAS}
    claim(max(grow, key=grow.get) == "Dans", "A: p. 2 says dance grew most")
    need(A, f"Kön till piano har vuxit eftersom {A_PASSAGE}", [3], "A passage")
    for t_, subs in A_DEVELOP:
        need(A, t_, [3], "A development area")
        for x in subs:
            need(A, x, [3], "A development sub-item")

    # (b) Glosvik, färdtjänst
    for i in range(12):
        need(B, b_month_text(i), [1], "B month row")
        need(B, g(B_FT[2026][i]), [0], "B rose value")
    need(B, " ".join(b_total_cells()), [1], "B total row")
    for c_ in B_COST:
        need(B, b_cost_text(c_), [2], "B cost row")
    for a_ in B_AGE:
        need(B, b_age_text(a_), [2], "B age row")
    need(B, " ".join(b_age_total_cells()), [2], "B age total")
    for x in b_sentences():
        need(B, x, [0], "B running text")
    claim(min(range(12), key=lambda i: B_FT[2026][i]) == B_MONTHS.index("Juli"), "B: p. 2 says July is the weakest")
    claim(max(range(12), key=lambda i: B_RF[2026][i]) == B_MONTHS.index("Juli") and
          max(range(12), key=lambda i: B_RF[2025][i]) == B_MONTHS.index("Juli"),
          "B: p. 2 says July had most long-distance trips in both years")
    claim(b_sum(B_FT, 2026) < b_sum(B_FT, 2025), "B: p. 2 says färdtjänst trips fell slightly")
    claim(B_FT[2026][0] < B_FT[2025][0] and B_FT[2026][1] < B_FT[2025][1], "B: p. 2 says January and February fell")
    up = [c_[0] for c_ in B_COST if c_[3] > c_[1]]
    claim(up == [c_[0] for c_ in B_COST if c_[0] != "Riksfärdtjänst, tåg och buss"],
          "B: p. 3 says the cost per trip rose for every type except train and bus")
    tb = [c_ for c_ in B_COST if c_[0] == "Riksfärdtjänst, tåg och buss"][0]
    claim(tb[3] < tb[2] and tb[3] < tb[1], "B: p. 3 says train and bus were cheaper than budget and 2025")
    for c_ in B_COST:
        if "samtliga" in c_[0]:
            kind = [x for x in B_COST if x[0].split(",")[0] == c_[0].split(",")[0] and "samtliga" not in x[0]]
            claim(min(x[3] for x in kind) <= c_[3] <= max(x[3] for x in kind),
                  f"B: '{c_[0]}' must lie between its trip types")
    t_ = b_age_total()
    old = [a_ for a_ in B_AGE if a_[0] == "80 år och äldre"][0]
    claim(old[3] / t_[2] > 0.5 and old[3] / old[4] > 1 / 3, "B: p. 3 says more than half are 80+, over a third of them")
    mid = [a_ for a_ in B_AGE if a_[0] == "20–64 år"][0]
    claim(mid[2] < mid[1] and mid[3] > mid[2], "B: p. 3 says 20–64 fell in 2025 and rose in 2026")
    inc = {a_[0]: a_[3] - a_[2] for a_ in B_AGE}
    claim(max(inc, key=inc.get) == "80 år och äldre", "B: p. 1 says the increase is mostly among the 80+")
    need(B, f"Det beror på att {B_PASSAGE}", [3], "B passage")
    for t2, subs in B_ACTIONS:
        need(B, t2, [3], "B action")
        for x in subs:
            need(B, x, [3], "B sub-action")

    # (c) Näsvalla, överförmyndarnämnden
    for c_ in C_CASES:
        need(C, c_text(c_), [0], "C case row")
    need(C, " ".join(c_sum_cells()), [0], "C sum row")
    need(C, C_NOTE1, [0], "C note")
    for t2 in C_TARGETS:
        need(C, c_target_text(t2), [1], "C target row")
    for x in c_sentences()[:3]:
        need(C, x, [0], "C running text p. 1")
    need(C, c_sentences()[3], [2], "C running text p. 3")
    met26 = sum(1 for t2 in C_TARGETS if c_met(t2))
    met25 = sum(1 for t2 in C_TARGETS if (t2[3] >= t2[2] if t2[5] == "min" else t2[3] <= t2[2]))
    claim((met26, met25) == (3, 2), f"C: p. 2 says three of six targets met, two the year before: {met26}, {met25}")
    late = [t2 for t2 in C_TARGETS if t2[0].startswith("Årsräkningar inlämnade")][0]
    claim(1 / 6 < (100 - late[4]) / 100 < 1 / 5, "C: p. 2 says just over one in six submitted late")
    gm = [t2 for t2 in C_TARGETS if t2[0].startswith("Ansökan till beslut")][0]
    claim(gm[4] < gm[3] and not c_met(gm), "C: p. 2 says the time for godmanskap fell but is above target")
    ek = [t2 for t2 in C_TARGETS if t2[0].startswith("Förordnande")][0]
    claim(ek[4] > ek[3] and not c_met(ek), "C: p. 2 says the time for unaccompanied children rose above target")
    chg = sorted(C_CASES, key=lambda c_: -(c_[3] - c_[2]))
    claim([x[0] for x in chg[:2]] == ["Godmanskap", "Förmynderskap, barn med tillgångar"],
          "C: p. 1 says the increase is mostly godmanskap and förmynderskap")
    ens = [c_ for c_ in C_CASES if c_[0] == "God man för ensamkommande barn"][0]
    claim(ens[1] > ens[2] > ens[3], "C: p. 1 says the unaccompanied cases keep falling")
    need(C, f"åtta utvecklingsåtgärder", [2], "C measure count")
    claim(len(C_MEASURES) == 8, "C: eight measures")
    for n_, (title, desc, status) in enumerate(C_MEASURES, 1):
        need(C, f"{n_} {title} {desc}", [2], "C measure")
        need(C, f"{desc}. {status.upper()}", [2], "C measure status stamp")
    need(C, f"eftersom {C_PASSAGE}", [1], "C passage")

    # (d) Region Grenmark, vårdplatser
    for c_ in D_CLINICS:
        need(D, d_text(c_), [1], "D clinic row")
    for h in D_HOSPITALS:
        need(D, " ".join(d_sum_cells(h)), [1], "D hospital sum row")
        need(D, d_hosp_text(h), [2], "D hospital row p. 3")
        first = d_rows(h)[0]
        if pages_of(D, f"{h} {d_text(first)}") != [2]:
            errs.append(f"D: the group row {h} must stand directly above its first clinic on p. 2")
    need(D, " ".join(d_sum_cells(None)), [1], "D region total")
    need(D, " ".join(d_hosp_total_cells()), [2], "D region row p. 3")
    for x in d_sentences():
        need(D, x, [0], "D running text")
    for v in d_months():
        need(D, d1(v), [0], "D chart value")
    claim(abs(sum(d_months()) / 12 - d_occ(None, 2026)) < 0.051, "D: the monthly occupancy must average to the year")
    claim(max(range(12), key=lambda i: d_months()[i]) == 1 and min(range(12), key=lambda i: d_months()[i]) == 6,
          "D: p. 1 says February highest and July lowest")
    tot25 = sum(D_HOSP_2025[h][0] for h in D_HOSPITALS)
    claim(r1_(tot25 / (d_beds(None, 2025) * 365) * 100) == D_OVER_2025,
          "D: the 2025 overcrowding rate must match the 2025 count")
    claim(d_occ(None, 2026) > d_occ(None, 2025) > D_OCC_TARGET, "D: occupancy rose and is above the ceiling")
    hs = {h: (D_HOSP_2025[h][0], d_count(h, 6)) for h in D_HOSPITALS}
    claim(hs["Kronviks sjukhus"][1] > hs["Kronviks sjukhus"][0] and hs["Rakelsta sjukhus"][1] > hs["Rakelsta sjukhus"][0]
          and hs["Nyåkra lasarett"][1] < hs["Nyåkra lasarett"][0],
          "D: p. 3 says overcrowding rose at Kronvik and Rakelsta and fell slightly at Nyåkra")
    claim(max(D_HOSPITALS, key=lambda h: d_occ(h, 2026)) == "Nyåkra lasarett" and
          max(D_HOSPITALS, key=lambda h: D_DAYS_OVER[h][1]) == "Nyåkra lasarett",
          "D: p. 3 says Nyåkra has the highest occupancy and most days over 100 %")
    med = sum(c_[6] * c_[3] for c_ in D_CLINICS if c_[1] == "Medicinkliniken")
    claim(med > 0.5 * sum(c_[6] * c_[3] for c_ in D_CLINICS), "D: p. 3 says medicine has the largest part")
    for t2, subs in D_ACTIONS:
        need(D, t2, [2], "D action")
        for x in subs:
            need(D, x, [2], "D sub-action")

    # (e) Rimbäcka, borgen
    for r_ in E_GUAR:
        need(E, e_text(r_), [1], "E guarantee row")
        need(E, f"borgensram för {r_[0].rstrip('¹²')} till {d1(r_[4])} miljoner kronor", [3], "E att-clause")
    need(E, " ".join(e_sum_cells()), [1], "E sum row")
    need(E, E_NOTE1, [1], "E note 1")
    need(E, E_NOTE2, [1], "E note 2")
    for row in E_RATIOS:
        need(E, " ".join(e_ratio_cells(row)), [2], "E ratio row")
    for x in e_sentences():
        need(E, x, [0], "E running text")
    own = [r_ for r_ in E_GUAR if r_[0] in E_KEYS]
    claim(sum(1 for r_ in own if e_used_share(r_) > 90) == 4, "E: p. 2 says four of five used more than 90 %")
    claim(max(E_GUAR, key=e_used_share)[0] == "Rimbäcka Näringslivslokaler AB", "E: p. 2 names the most used limit")
    en_ = [r_ for r_ in E_GUAR if r_[0] == "Rimbäcka Energi AB"][0]
    need(E, f"höjas med {d1(en_[4] - en_[1])} miljoner kronor eftersom {E_PASSAGE}", [1], "E passage")
    hamn = [r_ for r_ in E_GUAR if r_[0] == "Rimbäcka Hamn AB"][0]
    claim(hamn[3] < hamn[2] and hamn[4] == hamn[1], "E: p. 2 says the port company amortised, limit unchanged")
    raised = [r_[0] for r_ in E_GUAR if r_[4] > r_[1]]
    claim(raised == ["Rimbäckahem AB", "Rimbäcka Energi AB", "Rimbäcka Näringslivslokaler AB"],
          f"E: p. 1 names the raised limits: {raised}")
    reach = [k for k in E_KEYS if e_ratio("Soliditet 2026, %", k) >= e_ratio("Ägarens mål för soliditet, %", k)]
    claim(len(reach) == 2, f"E: p. 3 says two of five reach the soliditet target: {reach}")
    claim(0 < e_ratio("Ägarens mål för soliditet, %", "Rimbäckahem AB") - e_ratio("Soliditet 2026, %", "Rimbäckahem AB")
          <= 0.5, "E: p. 3 says Rimbäckahem is just below its target")
    claim(e_ratio("Resultat efter finansiella poster 2026, mnkr", "Rimbäcka Näringslivslokaler AB") < 0,
          "E: p. 3 says the business premises company made a loss")
    for comp, clauses in E_DIRECTIVES.items():
        for cl in clauses:
            need(E, f"att {comp} {cl}", [3], "E directive")
    need(E, "Kommunstyrelsen föreslår kommunfullmäktige besluta", [3], "E decision lead")

    # (f) Gisselnäs, lekplatser (p. 3 scanned)
    for r_ in F_ROWS:
        need(F, f_text(r_), [1], "F playground row")
    for area in F_AREAS:
        need(F, f_area_sum_text(area), [1], "F district sum")
        first = [r_ for r_ in F_ROWS if r_[2] == area][0]
        if norm(f"{area} {f_text(first)}") not in pdf_pages(F)[2][1]:
            errs.append(f"F: the district row {area} must stand directly above its first playground")
    need(F, f"Totalt 2027–2031 {g(f_total())}", [1], "F total")
    for x in f_sentences():
        need(F, x, [0], "F running text")
    for cond in F_CONDITIONS:
        need(F, f"{cond} ({f_cond_count(cond)})", [0], "F unit chart")
    claim([f_cond_count(c_) for c_ in F_CONDITIONS] == [3, 5, 5, 3], "F: p. 1 says three, five, five and three")
    claim({r_[0] for r_ in F_ROWS if r_[3] == "Dålig"} == {r_[0] for r_ in F_ROWS if r_[4].startswith("Avveckling")},
          "F: p. 1 says the playgrounds in poor condition are the ones to be closed")
    for yr in F_YEARS:
        need(F, f"{yr} {g(f_year_sum(yr))} {g(F_FRAME)} {g(F_FRAME - f_year_sum(yr), plus=True)}", [3], "F year row")
    over = [yr for yr in F_YEARS if f_year_sum(yr) > F_FRAME]
    claim(over == [2027, 2028, 2030], f"F: p. 4 says 2027, 2028 and 2030 exceed the frame: {over}")
    claim(max(F_YEARS, key=f_year_sum) == 2027, "F: p. 1 says 2027 costs most")
    claim(sum(f_year_sum(y_) for y_ in F_YEARS) == f_total() == sum(f_area_sum(a_) for a_ in F_AREAS),
          "F: the year and district sums must equal the total")
    av = [r_[1] for r_ in F_ROWS if r_[4].startswith("Avveckling")]
    need(F, f"avveckla {av[0]}, {av[1]} och {av[2]} enligt tabell 1", [3], "F decision")
    scan = norm(f_scan_text())
    for rr in f_scan_rows():
        if norm(" ".join(rr)) not in scan:
            errs.append(f"F: scanned row missing: {rr}")
    for n_ in F_SCAN:
        claim(F_SCAN[n_][0].year == 2026 and F_SCAN[n_][0].month == 9, "F: the inspections were in September 2026")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in F_SCAN_HEAD[1:] + F_SCAN_FOOT[:4] + [" ".join(c_ for c_ in rr if c_) for rr in f_scan_rows()]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")
    for n_ in F_SCAN:
        if norm(F_SCAN[n_][0].isoformat()) in norm(layer):
            errs.append(f"F: scanned date {F_SCAN[n_][0]} repeated in the text layer")

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


def r1_(x):
    return round(x + 1e-9, 1)


if __name__ == "__main__":
    sys.exit(main())
