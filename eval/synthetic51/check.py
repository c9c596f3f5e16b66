"""Checks ../heldout_syn51.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the
Dunhamra document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic50/check.py (itself modelled on ../synthetic48/check.py): the generic part – text
normalisation, page texts, number and date parsing, the 5-word copy test, the list recomputation, the per-question
loop, the counts, the document checks and the none-label count – is copied from there (with the ids, units, letters
and documents of this set; numbers are compared as whole tokens so that "1 371" does not count as "371"); the
constants, the row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of
synthetic51.

* format: 50 questions hs51001..hs51050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 4 of them figures, 3 lists, 1 passage and 3 none), at least 9 conditional lists, at least 4 list-shaped
  none questions, at least 8 none questions naming a row label or column header printed in their document
  (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
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
* documents: 6 PDFs with 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (a), (b) and (c)
  (WITH_MINUS); no metadata title anywhere; landscape exactly page 2 of (d); page 3 of (f) one image without text; no
  names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic50/check.py and
  ../synthetic48/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with D, I, M or T, none of OWN or PERSONS occurs in
  the READMEs of the earlier sets (../synthetic … ../synthetic50) or in ../synthetic48/check.py and
  ../synthetic50/check.py, every OWN name and person is used, and no person appears in two documents;
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
from data import (A_DISTRICTS, A_MONTHS3, A_PASSAGE, A_ACTIONS, a_cells, a_text, a_dev, a_out, a_total_cells,  # noqa
                  a_months, a_month_text, a_half_cells, a_qa,
                  B_FRACTIONS, B_GROUPS, B_TARGETS, B_ACTIONS, B_STATUS, B_PASSAGE, b_text, b_group_rows,
                  b_group_sum_cells, b_total_cells, b_target_text, b_action_text, b_sentences, b_restkg,
                  C_COMPANIES, C_DIRECTIVES, c_block_text, c_sums, c_sentences,
                  D_AREAS, D_TARGETS, D_REGION, D_PASSAGE, D_ACTIONS, d_text, d_total_cells, d_target_cells,
                  d_over, d_sentences, d_bars,
                  E_MOTIONS, E_BREAK_AFTER, E_OLD_LIMIT, E_STATUS, E_PASSAGE, E_VOTE, e_text, e_item_text,
                  e_counts, e_sentences,
                  F_BUILDINGS, F_SCAN_MAINT, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_NOTES, F_SCAN_HEAD, F_SCAN_FOOT,
                  F_CLOSE, f_text, f_area_total, f_invest_total, f_sentences, f_scan_cells, f_scan_text_row,
                  f_scan_rows, f_scan_text, f_scan_numbers, f_maint_sum,
                  g, d1, pct, D as DATE, WORD)

QFILE = HERE.parent / "heldout_syn51.jsonl"
N_Q = 50
PREFIX, BASE = "hs", 51000
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 3
MIN_EN_FIGS = 4
MIN_EN_PASSAGES = 1
MIN_EN_NONE = 3
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs51048"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "min", "ton", "kg", "m²"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "dalkvista-sn-ekonomiskt-bistand-jan-jun-2027.pdf"
B = "ilmsjo-avfallsplan-uppfoljning-2026.pdf"
C = "timsala-ks-kommunkoncernens-bolag-2026.pdf"
D = "region-tyrvalla-ambulanssjukvarden-2026.pdf"
E = "mjosunda-kf-protokoll-2027-04-26.pdf"
F = "dunhamra-lokalforsorjningsplan-2027-2031.pdf"
# the name a question must carry
PLACE = {A: "Dalkvista", B: "Ilmsjö", C: "Timsala", D: "Tyrvalla", E: "Mjösunda", F: "Dunhamra"}
PAGES = {A: 3, B: 4, C: 4, D: 4, E: 4, F: 4}
WITH_TITLE = set()
WITH_MINUS = {A, B, C}
LANDSCAPE = {D: [2]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "DIMT"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic50/check.py and ../synthetic48/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic50 except
# ../synthetic47 and ../synthetic49, whose check.py files we were not allowed to read; their READMEs are searched for
# our names below instead). ../synthetic52 is being written at the same time and was not opened.
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
    "Jättestensskolan", "Hyttnäs", "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra", "Hyttbacken",
    "Lerdalen", "Fabriksparken", "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp", "Forsbackaskolan",
    "Hultaskolan", "Nyhemsskolan", "Framtidsskolan", "Norrskenets friskola", "Hyttan", "Lindhammar Bygg", "Hedåsen",
    "Dovreby", "Fiskarparken", "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed", "Hultmossen",
    "Blåvingens Ungdomsteater", "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK", "Lillsjöns scoutkår",
    "Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik", "Oxhagen", "Tegelvik", "Ilsvik",
    "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan", "Oxhagsvägen", "Odalvägen",
    "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan", "Ormbunksvägen", "Tofsvipevägen",
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
    "Fyrklöverns friskola", "Novaskolan", "Oasens skola", "Lövnäs", "Flisbacken", "Apotekartorget",
    "Lasarettsvägen", "Oxtorget", "Dalbovägen", "Fabriksgatan", "Ottersjön", "Lidsviksån", "Norrskogen",
    "Ollonbacken", "Nyhagen", "Dalbacken", "Nävern", "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt",
    "Fiskeklubben Laxöringen", "Filmklubben Fyrljuset", "Orvika Skytteförening", "Nolåsens bygdegårdsförening",
    "Orvika Konstförening", "Dragspelsklubben Durspel", "Ankarets scoutkår", "Nordvallens skidklubb",
    "Aktiva seniorer i Orvika", "Orvika Ungdomsorkester", "Lidens hembygdsförening", "Bälsunda", "Erkelunda",
    "Gesterby", "Hökvalla", "Masthamra", "Tuvesta", "Bryggan", "Hälleberga", "Enhagsskolan", "Hökvallabadet",
    "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen", "Grönvik",
    "Hästeby", "Bodvallen", "Masthamrahem", "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik",
    "Bävern", "Holmby", "Hyvlaren", "Blåmesen", "Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta",
    "Odelsvik", "Kvarnvik", "Gärdshöjden", "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan",
    "Gjutargatan", "Kanalvägen", "Utmarksvägen", "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen",
    "Gamla landsvägen", "Orion", "Gåsholmen", "Kallviken", "Rimsjön", "Ugglevik", "Karin Ringdahl",
    "Weronica Kallin", "Oskar Wilund", "Rebecka Ullberg", "Göran Kvist", "Ruth Olander", "Gunnar Oldin", "Svedinge",
    "Vargsunda", "Porsbacka", "Ingsäter", "Jörnvik", "Claesborg", "Svedingebostäder", "Svedinge Energi",
    "Valör Revision", "Ceres Analys", "Idegranen", "Slåttervik", "Syrenhöjden", "Plommongården", "Callunagården",
    "Sjöglimten", "Vinbärsgården", "Solvändan", "Sjöbris", "Vindrosen", "Simon Carlberg", "Carina Stål",
    "Ivan Persson", "Jenny Sörman", "Viktor Ingvarsson", "Camilla Svärd", "Jonas Ståhlberg", "Petra Juhlin",
    "Edsvala", "Ånnesta", "Nordvreta", "Tallunda", "Angelsta", "Mossberga", "Aspvreten", "Tegelhagen", "Mjölkudden",
    "Norrbyhöjd", "Ekängen", "Trädgårdsstaden", "Mästerhagen", "Tornplatsen", "Nyckelby", "Åkervallen",
    "Mossgärdet", "Ekudden", "Ekuddsbron", "Alvhagen", "Marnäs", "Trollsjö", "Ållsta", "Aldertorp", "Ekshult",
    "Nolvik", "Tunaholm", "Ålsjöbruk", "Akvarellgruppen Ånnesta", "Musikföreningen Mollackord",
    "Mjölnarbygdens Folkdanslag", "Tornets Boxningsklubb", "Naturvännerna i Ånnesta", "Aktiv Ungdom Ånnesta",
    "Ensemble Nordljus", "Motionsklubben Milstolpen", "Tallparken", "Målbacken", "Nordvretahem", "Tornslingan",
    "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan", "Norrslätten", "Mjölnarbacken", "Nyplanen",
    "Alvhagsskolan", "Myrbacken", "Eklunden", "Anders Nyberg", "Eva Magnusson", "Tiina Mäkelä", "Ahmed Mansour",
    "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg", "Mona Telander", "Tomas Enqvist",
    "Tove Almgren", "Annika Edlund", "Magnus Ahlström", "Therese Norén", "Emil Tornqvist", "Åke Thelin",
    "Maja Eklöf", "Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika", "Ölvsunda", "Ladan", "Fältängen",
    "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning", "Dammbacken", "Lövängsskolan",
    "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån", "Björkängsskolan", "Dalmarkaskolan",
    "Fagerlidsskolan", "Hedtorpsskolan", "Lövbergaskolan", "Östervallsskolan", "Högbergs friskola", "Lövholmen",
    "Badviken", "Badbäcken", "Fjärdingehem", "Fjärdinge Vatten", "Bangårdsgatan", "Bryggerigatan",
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
    "Vallhagsskolan", "Dammbacka", "Fältvägens idrottsplats", "Backsippans förskola", "Forsgläntans skola",
    "Alvhem", "Bäcklunda", "Almängens BK", "Björnstigens scoutkår", "Dansklubben Virvel",
    "Fältbiologerna i Marvinge", "Vinterbackens skidklubb", "Bodviks ridklubb", "Bygdegårdsföreningen Dalkullen",
    "Ferievikens båtklubb", "Vävstugeföreningen Brodyren", "Musikföreningen Allegro", "Filmstudion Duken",
    "Maria Vikström", "Bengt Fransson", "Agneta Bergqvist", "Daniel Falk", "Frida Magnusson", "Viktor Almqvist",
    "Vera Dahlin", "Anders Viberg", "Maja Ahlgren", "Mikael Blom", "Islinge", "Jordvalla", "Wendmark", "Ysterby",
    "Öxnevik", "Öxnehem", "Casselby", "Jordvallahallen", "Ivarsgården", "Ismyra", "Jonsbo", "Wallstena",
    "Åkerslund", "Öljersta", "Wallstena äng", "Iseberg", "Wiksberg", "Cypressen", "Jaktfalken", "Yllefabriken",
    "Walkyrian", "Iskällaren", "Åkerhällen", "Cisternen", "Inneby", "Jutsbo", "Älvnäs", "Wedarna", "Ingrid Wallin",
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
    "Ivdalen", "Nästervik", "Öjersvik", "Ingvallsbo", "Ivsjön", "Jessica Nordlund", "Niklas Westin",
    "Irene Jonsson", "Carl Ödman", "Yasmin Nasser", "Conny Öhman", "Ida Wessman", "Christer Jansson", "Wera Nyholm",
    "Isabella Nordqvist", "Walter Nyman", "Nils Ingvarsson", "Camilla Nordgren", "Yvonne Jernberg",
    "Johan Yngvesson", "Inger Claesson", "Örjan Wiklander", "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg",
    "Claes Jönsson", "Ingemar Wiik", "Natalie Cronqvist", "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus",
    "Wilma Cederlund", "Jonatan Ceder", "Nina Iversen", "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm",
    "Cecilia Nyqvist", "Jasmin Örtegren", "Catarina Wijk", "Ivan Nordahl", "Jonna Öhrn", "Josef Cederquist",
    "Natalia Wretling", "Niclas Öberg", "Ylva Isaksen", "Ines Cederström", "Tovhamra", "Myrvinge", "Fagerlida",
    "Vinnerby", "Skebrinna", "Flodmark", "Fjolbergsskolan", "Mossvedsskolan", "Sävdalsskolan", "Tovhamraskolan",
    "Måsängsskolan", "Ödbyskolan", "Vitmossens friskola", "Mellangatan", "Fabriksvägen", "Tullbrogatan",
    "Tingsvägen", "Mossvägen", "Smedsgatan", "Fiskargatan", "Skolvägen", "Sjögatan", "Murargatan", "Tvärleden",
    "Fårstigen", "Stationsvägen", "Vävaregatan", "Mejerivägen", "Sågargatan", "Torsgatan", "Trädgårdsgatan",
    "Fjärilsvägen", "Östra Strandgatan", "Svarvargatan", "Fagerlidavägen", "Stortorget", "Svedängen", "Sjöhagen",
    "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla", "Vinnerbyhem", "Mörvik", "Sävhamn", "Sofia Vallin",
    "Simon Tengvall", "Tobias Malmsten", "Veronica Fahlgren", "Stina Thorsell", "Fredrik Sjölin", "Mikael Storm",
    "Therese Vikander", "Magnus Vesterlund", "Martina Törnqvist", "Felix Stål", "Tina Mårtensson", "Mona Tidblad",
    "Mats Fernström", "Frida Schön", "Jädersund", "Omsvala", "Plogsta", "Unnerstad", "Pilvalla", "Jorvala",
    "Pilängsskolan", "Uvedalsskolan", "Ombackaskolan", "Jorsängsskolan", "Isgärdeskolan", "Jädersundsgymnasiet",
    "Ollonets förskola", "Prästkragens förskola", "Jordgubbens förskola", "Pilbergsgården", "Oxelbackagården",
    "Pinnarp", "Ulvnäs", "Urvik", "Oxvik", "Uttersjö", "Jolsby", "Olsbyn", "Ingsbyn", "Padderud", "Jämnås",
    "Uvhult", "Oppsjö", "Urviksån", "Plogstaskolan", "Pinnarps skola", "Urviks skola", "Jolsby skola",
    "Jarlbuss AB", "Oskarssons Buss AB", "Paulins Taxi AB", "Ungbergs Trafik AB", "Pingsta", "Ingarvik", "Jutbo",
    "Porsnäs", "Uppgården", "Ormbäcken", "Unnerstads Stadsnät", "Pingsta Fiberförening", "Ingarviks Fiber",
    "Jutbo byanät", "Porsnäs Fiber", "Uppgårdens fiberförening", "Ormbäckens byanät", "Pilvallahallen",
    "Jarlahallen", "Ormviks sporthall", "Oxvreta bollhall", "Uddsängens IP", "Pilvalla ishall", "Ursjöbadet",
    "Jonas Pihl", "Ulrika Palm", "Ida Ohlsson", "Per Isaksson", "Oskar Jungbeck", "Petra Unger", "Ingrid Persson",
    "Jakob Olander", "Pontus Irving", "Josefin Pettersson", "Ola Ingvarsson", "Johanna Ullberg", "Isak Pålsson",
    "Askebro", "Selvinge", "Embacka", "Alvmark", "Ebbelunda", "Åkersvik", "Alderby", "Brattmon", "Saltnäs",
    "Ödsvreten", "Åsbrink", "Selvinge Energi AB", "Bredsätra", "Embacka IF", "Asknäs IK", "Bergkullens SK",
    "Ekebygdens Ryttarförening", "Sjövikens Simsällskap", "Embacka Innebandyklubb", "Skidklubben Alvarn",
    "Bågskytteklubben Saga", "Amatörteatern Sufflören", "Embacka Konstförening", "Spelmanslaget Bockfoten",
    "Blåsorkestern Eko", "Bygdegårdsföreningen Ekgläntan", "Barnkören Solstrålen", "Släktforskarna i Embacka",
    "SPF Seniorerna Embacka", "Anhörigföreningen Embacka", "Brottsofferjouren Embacka", "Seniorträffen Bastuby",
    "Bastuby", "Stödföreningen Axet", "Scoutkåren Eldslågan", "Schackklubben Bonden",
    "Astronomiska föreningen Sirius", "Sportfiskeklubben Abborren", "Ambranäs", "Bjälvsta", "Båtsjö",
    "Ekeryds läkarhus", "Esperöd", "Stenhöga", "Ålbrunns hälsocentral", "Brunnsbo", "Säbylund",
    "Skärsta läkargrupp", "Östmo", "Aspby", "Bergsängen", "Bengt Sandahl", "Emma Östlund", "Sara Elmqvist",
    "Björn Ahlsén", "Elias Söderberg", "Anneli Borg", "Åsa Blomqvist", "Britt Sjödin", "Edvin Sandqvist",
    "Stefan Berggren", "Alva Esbjörnsson", "Agnes Södergren", "Benjamin Öhrström",
]
# real Swedish municipalities and regions beginning with D, I, M or T (no municipality begins with I; the only region
# is Dalarna): none may be one of our names, and none may occur as a word in our PDFs (case-sensitive)
REAL = ["Dals-Ed", "Danderyd", "Degerfors", "Dorotea",
        "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda",
        "Dalarna"]
# our own invented names (the region and municipalities first, then districts, places, companies and buildings);
# later sets should add them to their FORBIDDEN lists
OWN = ["Dalkvista", "Ilmsjö", "Timsala", "Tyrvalla", "Mjösunda", "Dunhamra",
       "Dalkvista centrum", "Tornhöjden", "Ingsbo", "Mjärdalen", "Tuvhammar", "Dragby",
       "Ilmsjö Renhållning AB", "Mossbrunn", "Trågsta",
       "Timsala Stadshus AB", "Timsalabostäder AB", "Timsala Energi AB", "Timsala Vatten AB",
       "Timsala Industrilokaler AB", "Timsala Fibernät AB",
       "Medvik", "Irsjö", "Dunvik", "Mörkedal", "Tornfjäll", "Malmbyn", "Tranhult", "Idsälja",
       "Idborg", "Tallhed", "Mjösundavägen", "Mjösundasalen",
       "Dunhamra kommunhus", "Ingeborgsskolan", "Mjölkbackens skola", "Timmervikens skola", "Duvbergets förskola",
       "Mossgårdens förskola", "Tallgårdens äldreboende", "Irisgårdens gruppbostad", "Dunhamra sporthall",
       "Medborgarhuset i Dunhamra"]
# invented persons (first and last name both begin with one of our letters), per document
PERSONS_BY_DOC = {
    A: ["Therese Dalin", "David Malmborg"],
    B: ["Ingrid Tellström", "Magnus Ivarsson"],
    C: ["Ines Dalbom", "Dennis Melander", "Ida Mattsson", "Tuva Malmgren", "Daniel Morén", "Mats Ibsen",
        "Mikael Törnqvist", "Maria Thornell", "Tove Dahlgren", "Tobias Ivarsson"],
    D: ["Mona Tidholm", "Ivar Tengroth"],
    E: ["Inger Dahlqvist", "Tomas Ingelsson", "Malin Dahlén", "Ivan Modig", "Maja Dufva", "Dag Mellgren",
        "Irma Tapper", "Monika Tell", "Disa Moström", "Ture Dahlberg", "Tyra Dalqvist", "Dan Isaksson", "Mira Thelin",
        "Tord Ivehag", "Ida Dahlbom", "Tilde Moberg"],
    F: ["Ingemar Dahl", "Tina Mårdh"],
}
PERSONS = [p for ps in PERSONS_BY_DOC.values() for p in ps]
# earlier sets: README.md of each (../synthetic … ../synthetic50), and check.py of the two sets we were allowed to
# read as templates
TEMPLATES = ["synthetic48", "synthetic50"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 51)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


_cache = {}


def pdf_pages(fn):
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
def rows(items, text, item=None):
    return [dict(r=x, item=(item or text)(x), row=text(x)) for x in items]


A_D = rows(A_DISTRICTS, a_text)
B_A = rows(B_ACTIONS, b_action_text, lambda a: a[1])
C_C = rows(C_COMPANIES, c_block_text, lambda c: c[0])
D_A = rows(D_AREAS, d_text)
E_M = [dict(r=m, item=e_item_text(i, m), row=e_text(i, m)) for i, m in enumerate(E_MOTIONS)]
F_S = rows(F_SCAN_MAINT, f_scan_text_row)

# qid -> (rows, predicate on the raw row)
COND = {
    "hs51004": (A_D, lambda dd: a_dev(dd) < 0),                                  # over budget (signed deviation)
    "hs51005": (A_D, lambda dd: dd[1][2] < dd[1][1]),                             # June < May households (pair)
    "hs51013": (B_A, lambda a: a[2] == "Försenad"),                               # status word
    "hs51014": (B_A, lambda a: a[3] == "Ilmsjö Renhållning AB" and a[2] == "Pågår"),  # responsible + status
    "hs51022": (C_C, lambda c: c[7][0] < 0),                                      # result 2026 below zero
    "hs51029": (D_A, lambda a: a[4] > D_TARGETS["p1_med"]),                       # prio 1 median over target
    "hs51030": (D_A, lambda a: a[8] > a[7]),                                      # prio 2 median rose (pair)
    "hs51038": (E_M, lambda m: m[3] < DATE(2026, 1, 1)),                          # received before 2026 (date)
    "hs51039": (E_M, lambda m: m[0] == "Medborgarförslag" and m[4] == "Tekniska nämnden"),  # type + body
    "hs51046": (F_S, lambda m: m[2][0] > 500),                                    # 2027 over 500 tkr (scan)
    "hs51047": (F_S, lambda m: m[2][4] > m[2][0]),                                # 2031 > 2027 (scan, pair)
}
PAIR = {"hs51005", "hs51030", "hs51047"}
GROUP = {"hs51014", "hs51039"}
EXACT = {
    "hs51023": [cl for n, cls in C_DIRECTIVES if n == "Timsala Energi AB" for cl in cls],
}
NONE_ABSENT = {
    "hs51007": (A, [r"2025"], None),
    "hs51008": (A, [r"[Ii]nvånare", r"per capita", r"INVÅNARE"], None),
    "hs51009": (A, [], lambda: all(dd[1][2] <= 200 for dd in A_DISTRICTS)),
    "hs51016": (B, [r"2021"], None),
    "hs51017": (B, [r"\bkr\b", r"[Kk]ronor", r"\btkr\b", r"\bmnkr\b", r"[Kk]ostnad", r"[Kk]ostade", r"[Kk]ostar"],
                None),
    "hs51018": (B, [], lambda: all(pct(f[2][3], f[2][2]) <= 50 for f in B_FRACTIONS)),
    "hs51024": (C, [r"2023"], None),
    "hs51025": (C, [], lambda: all(c[10][0] <= 200 for c in C_COMPANIES)),
    "hs51032": (D, [r"(?i)prio(?:ritet)? 3[^.]{0,80}median", r"(?i)median[^.]{0,80}prio(?:ritet)? 3",
                    r"(?i)90:e percentil[^.]{0,80}prio(?:ritet)? 3"], None),
    "hs51033": (D, [r"2024"], None),
    "hs51034": (D, [], lambda: all(a[2] <= 2500 for a in D_AREAS)),
    "hs51041": (E, [r"\b\d+\s+(?:ordinarie\s+)?ledamöter", r"(?:har|består av)\s+\d+\s+ledamöter",
                    r"[Aa]ntal ledamöter", r"(?i)\bmandat", r"(?i)ledamöter(?:na)?\s*[:(]\s*\d"], None),
    "hs51042": (E, [r"2024"], lambda: all(m[3].year != 2024 for m in E_MOTIONS)),
    "hs51048": (F, [r"2032"], None),
    "hs51049": (F, [r"kWh", r"MWh", r"GWh", r"(?i)energianvändning\w*[^.]{0,60}\d"], None),
    "hs51050": (F, [], lambda: not any(b[4] == "A" and b[2] < 2000 for b in F_BUILDINGS)),
}
LIST_NONE = {"hs51009", "hs51018", "hs51025", "hs51034", "hs51042", "hs51050"}
NONE_LABEL = {
    "hs51007": ("Ingsbo", "Ingsbo"),
    "hs51008": ("Dragby", "Dragby"),
    "hs51009": ("distrikt", "Distrikt"),
    "hs51016": ("matavfall", "Matavfall"),
    "hs51017": ("textil", "Textil"),
    "hs51018": ("fraktion", "Fraktion"),
    "hs51024": ("Timsala Energi AB", "Nettoomsättning, mnkr"),
    "hs51032": ("Medvik", "Medvik"),
    "hs51033": ("Idsälja", "Idsälja"),
    "hs51034": ("uppdrag", "Uppdrag 2026"),
    "hs51041": ("kommunfullmäktige", "Kommunfullmäktige"),
    "hs51048": ("Mjölkbackens skola", "Mjölkbackens skola"),
    "hs51049": ("Dunhamra sporthall", "Dunhamra sporthall"),
    "hs51050": ("energiklass", "Energiklass"),
}


NUM_RE = re.compile(r"(?<![\d,])[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\d,])|(?<![\d,])[−-]?\d+(?:,\d+)?(?![\d,])")


def num_tokens(text):
    """the numbers of a text as printed, thousands groups kept together, signs dropped"""
    return {re.sub(r"[ \u00a0]", " ", m.group().lstrip("−-")) for m in NUM_RE.finditer(text)}


def number_in(text, num):
    """num (as printed) as a whole number token of text (not part of a longer or grouped number)"""
    return num.replace("\u00a0", " ").lstrip("−-+") in num_tokens(text)


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
        elif not all(re.search(p_, SCANNED[F][3]) for p_ in [r"2027 2028 2029 2030 2031", r"Planerat underhåll"]):
            errs.append(f"{qid}: the scanned table should show the years 2027–2031")
        elif not any(m[0].lower() in q_[0]["question"].lower() for m in F_SCAN_MAINT):
            errs.append(f"{qid}: the none question should name a building of the scanned table")

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
    if len(set(PERSONS)) != len(PERSONS):
        errs.append("a person is listed for two documents")
    for fn, ps in PERSONS_BY_DOC.items():
        for person in ps:
            where = [f_ for f_ in files if person.lower() in re.sub(r"\s+", " ", " ".join(pdf_pages(f_)[1])).lower()]
            if where != [fn]:
                errs.append(f"person {person} should occur only in {fn}, occurs in {where}")
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

    def claim(ok, what):
        if not ok:
            errs.append(what)

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

    # ---------------------------------------------------------------- data consistency (synthetic51)
    # (a) Dalkvista, ekonomiskt bistånd
    for dd in A_DISTRICTS:
        if pages_of(A, a_text(dd)) != [2]:
            errs.append(f"A: district row {dd[0]} printed on {pages_of(A, a_text(dd))}, expected [2]")
    need(A, " ".join(a_total_cells()), [1], "A total row")
    need(A, " ".join(A_MONTHS3 + ["Januari–juni"]), [1], "A stacked heading, level 1")
    need(A, "Distrikt Hushåll tkr Hushåll tkr Hushåll tkr Utfall, tkr Budget, tkr Avvikelse, tkr¹", [1],
         "A stacked heading, level 2")
    for r in a_months():
        need(A, a_month_text(r), [2], "A month row")
    need(A, " ".join(a_half_cells()), [2], "A half-year row")
    for qt, ans in a_qa():
        need(A, qt, [0], "A question of the Q&A")
        need(A, ans, [0], "A answer of the Q&A")
    months = a_months()
    claim(sum(r[3] for r in months) == sum(a_out(dd) for dd in A_DISTRICTS),
          "A: the months must add up to the districts' outcome")
    claim(all(months[3 + i][1] == sum(dd[1][i] for dd in A_DISTRICTS) for i in range(3)),
          "A: the households of April–June must equal the district sums")
    claim(all(dd[1][2] < dd[1][0] for dd in A_DISTRICTS if dd[0] in ("Ingsbo", "Tuvhammar")) and
          all(dd[1][2] >= dd[1][0] for dd in A_DISTRICTS if dd[0] not in ("Ingsbo", "Tuvhammar")),
          "A: p. 2 says only Ingsbo and Tuvhammar had fewer households in June than in April")
    claim(max(A_DISTRICTS, key=lambda dd: dd[1][2] - dd[1][0])[0] == "Mjärdalen",
          "A: p. 2 says households rose most in Mjärdalen")
    claim([dd[0] for dd in A_DISTRICTS if a_dev(dd) < 0] == ["Dalkvista centrum", "Mjärdalen"],
          "A: p. 2 says Dalkvista centrum and Mjärdalen are over budget and the other four under")
    claim([r[3] > r[4] for r in months[3:]] == [False, True, True],
          "A: p. 3 says the payments have been over budget every month since May")
    need(A, f"Orsaken är att {A_PASSAGE}", [2], "A passage")
    for x in A_ACTIONS:
        need(A, x, [2], "A action")

    # (b) Ilmsjö, avfallsplan
    for f in B_FRACTIONS:
        need(B, b_text(f), [1], "B fraction row")
    for grp in B_GROUPS:
        need(B, " ".join(b_group_sum_cells(grp)), [1], "B group sum")
    need(B, " ".join(b_total_cells()), [1], "B total")
    for t_ in B_TARGETS:
        need(B, b_target_text(t_), [2], "B target row")
    s_ = b_sentences()
    need(B, s_[0], [0], "B running text")
    need(B, s_[1], [0], "B running text")
    need(B, s_[2], [0], "B running text")
    for i, a in enumerate(B_ACTIONS):
        need(B, f"{b_action_text(a)} Ansvarig: {a[3]}", [2] if i < 5 else [3], "B action with its status")
        for text_, subs in a[4]:
            need(B, text_, [2] if i < 5 else [3], "B nested point")
            for sub in subs:
                need(B, sub, [2] if i < 5 else [3], "B third-level point")
        claim(a[2] in B_STATUS, f"B: unknown status {a[2]}")
    fr = {f[1]: f[2] for f in B_FRACTIONS}
    rest = fr["Restavfall"]
    claim(all(rest[i] > rest[i + 1] for i in range(3)), "B: p. 2 says residual waste fell every year")
    claim(all(fr[k][i] < fr[k][i + 1] for k in ("Matavfall", "Plast") for i in range(3)),
          "B: p. 2 says food waste and plastic packaging rise")
    inc = max(B_FRACTIONS, key=lambda f: f[2][3] - f[2][2])
    claim(inc[1] == "Trädgårdsavfall" and fr["Trädgårdsavfall"][2] == min(fr["Trädgårdsavfall"]),
          "B: pp. 1–2 say garden waste gives the largest increase and was unusually small in 2025")
    claim(fr["Textil"][3] > 2 * fr["Textil"][0], "B: p. 2 says textiles more than doubled since 2023")
    claim(fr["Elavfall"][3] < fr["Elavfall"][2], "B: p. 2 says electronic waste decreases")
    g_ = fr["Grovavfall till förbränning"]
    claim(all(g_[i] > g_[i + 1] for i in range(3)), "B: p. 1 says bulky waste to incineration keeps falling")
    toward = [(t_[4] > t_[3]) if t_[6] == "min" else (t_[4] < t_[3]) for t_ in B_TARGETS]
    claim(toward == [True, True, True, False], "B: p. 3 says three of four indicators moved towards the target")
    rk = b_restkg()
    claim(rk[2] == 178 and rk[2] < rk[1], "B: residual waste per inhabitant")
    need(B, f"Skälet är att {B_PASSAGE}", [3], "B passage")

    # (c) Timsala, kommunkoncernens bolag
    for i, c in enumerate(C_COMPANIES):
        want = [2] if i < 3 else [3]
        if pages_of(C, c_block_text(c)) != want:
            errs.append(f"C: block of {c[0]} printed on {pages_of(C, c_block_text(c))}, expected {want}")
        need(C, c[0], [i // 3 + 1], "C company name")
        claim(c[0].startswith("Timsala"), f"C: company {c[0]} should carry the municipality's name")
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    sm = c_sums()
    claim([c[0] for c in C_COMPANIES if c[7][0] < 0] == ["Timsala Stadshus AB", "Timsala Industrilokaler AB"],
          "C: p. 1 says the parent company and Industrilokaler have a loss")
    ce = {c[0]: c for c in C_COMPANIES}
    claim(ce["Timsala Energi AB"][6][0] < ce["Timsala Energi AB"][6][1] and
          ce["Timsala Energi AB"][7][0] < ce["Timsala Energi AB"][7][1], "C: Energi's turnover and result fell")
    claim(ce["Timsalabostäder AB"][7][0] > ce["Timsalabostäder AB"][7][1], "C: Bostäder's result improved")
    claim(ce["Timsala Fibernät AB"][7][0] > 0 > ce["Timsala Fibernät AB"][7][1], "C: Fibernät turned positive")
    claim(sm["r26"] < sm["r25"], "C: the summed result fell")
    for name, cls in C_DIRECTIVES:
        need(C, f"Särskilda direktiv för {name}", [3], "C directive heading")
        for cl in cls:
            need(C, f"att {cl}", [3], "C att-clause")
    claim(len(C_DIRECTIVES) == 4, "C: p. 4 says special directives for four companies")

    # (d) Region Tyrvalla, ambulanssjukvården
    for a in D_AREAS:
        need(D, d_text(a), [1], "D area row")
    need(D, " ".join(x for x in d_total_cells() if x), [1], "D region row")
    need(D, " ".join(x for x in d_target_cells() if x), [1], "D target row")
    need(D, "Prio 1 – akut Prio 2 – brådskande", [1], "D priority bands")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    for name, v25, v26 in d_bars():
        need(D, f"{name} {d1(v26)} {d1(v25)}", [2], "D bar chart label")
    over = [a[0] for a in D_AREAS if a[4] > D_TARGETS["p1_med"]]
    claim(len(over) == 4, "D: p. 2 says four of eight areas miss the prio 1 median target")
    longest = sorted(D_AREAS, key=lambda a: -a[4])[:2]
    claim({a[0] for a in longest} == {"Tornfjäll", "Idsälja"} and all(a[1] == "Glesbygd" for a in longest),
          "D: p. 2 says Tornfjäll and Idsälja have the longest times")
    da = {a[0]: a for a in D_AREAS}
    claim(da["Idsälja"][4] < da["Idsälja"][3], "D: Idsälja improved")
    most = sorted(D_AREAS, key=lambda a: -a[2])[:2]
    claim({a[0] for a in most} == {"Medvik", "Dunvik"} and all(i not in (4, 5) for a in most for i in d_over(a)),
          "D: p. 2 says Medvik and Dunvik have most assignments and meet the prio 1 targets")
    longer = [a[0] for a in D_AREAS if a[4] > a[3]]
    claim(len(longer) == 5, "D: p. 3 says the prio 1 median got longer in five of eight areas")
    claim(max(D_AREAS, key=lambda a: a[4] - a[3])[0] == "Mörkedal", "D: p. 3 says Mörkedal got worst")
    claim({a[0] for a in D_AREAS if a[4] < a[3]} == {"Irsjö", "Malmbyn", "Idsälja"},
          "D: p. 1 says Irsjö, Malmbyn and Idsälja improved")
    claim(D_REGION["p1_med26"] > D_TARGETS["p1_med"] > D_REGION["p1_med25"], "D: the region missed the target")
    need(D, f"Förklaringen är att {D_PASSAGE}", [2], "D passage")
    for x in D_ACTIONS:
        need(D, x, [3], "D action")

    # (e) Mjösunda, kommunfullmäktige
    for i, m in enumerate(E_MOTIONS):
        want = [3] if i < E_BREAK_AFTER else [4]
        if pages_of(E, e_text(i, m)) != want:
            errs.append(f"E: list row {i + 1} printed on {pages_of(E, e_text(i, m))}, expected {want}")
        claim(m[5] in E_STATUS, f"E: unknown status {m[5]}")
    claim([m[3] for m in E_MOTIONS] == sorted(m[3] for m in E_MOTIONS), "E: the list must be in date order")
    if count(E, "Nr Typ Ärende Inlämnad av Inkom Beredande organ Status") != 2:
        errs.append("E: the heading of the list must be printed twice")
    need(E, "Listan fortsätter på nästa sida", [2], "E break note")
    need(E, "Ej färdigberedda motioner och medborgarförslag (forts.)", [3], "E continued caption")
    s_ = e_sentences()
    need(E, s_[0], [1], "E § 39")
    need(E, s_[1], [1], "E § 41")
    need(E, s_[2], [2], "E § 44")
    need(E, f"beslutar med {E_VOTE[0]} röster mot {E_VOTE[1]}", [1], "E vote")
    mot, med, old = e_counts()
    claim(mot + med == len(E_MOTIONS), "E: counts")
    need(E, f"Antal ärenden: {len(E_MOTIONS)}", [3], "E list total")
    need(E, f"Skälet är att {E_PASSAGE}", [1], "E passage")

    # (f) Dunhamra, lokalförsörjningsplan (p. 3 scanned)
    for b in F_BUILDINGS:
        need(F, f_text(b), [1], "F building row")
    need(F, f"Summa {g(f_area_total())} {d1(f_invest_total())}", [1], "F sum row")
    for s_ in f_sentences():
        need(F, s_, [0], "F running text")
    fb = {b[0]: b for b in F_BUILDINGS}
    oldest = sorted(F_BUILDINGS, key=lambda b: b[2])[:2]
    claim({b[0] for b in oldest} == {"Medborgarhuset i Dunhamra", "Dunhamra kommunhus"} and
          all(b[4] == "E" for b in oldest), "F: p. 2 says the two oldest buildings have class E")
    newest = sorted(F_BUILDINGS, key=lambda b: -b[2])[:2]
    claim({b[0] for b in newest} == {"Timmervikens skola", "Duvbergets förskola"} and
          all(b[6] is None and b[2] >= 2011 for b in newest),
          "F: p. 2 says the two newest buildings need no major measures")
    claim(max(F_BUILDINGS, key=lambda b: "ABCDEFG".index(b[4]))[0] == "Dunhamra sporthall",
          "F: p. 1 says the sports hall has the worst class")
    claim(max(F_BUILDINGS, key=lambda b: b[6] or 0)[0] == "Ingeborgsskolan",
          "F: p. 1 says Ingeborgsskolan is the largest measure")
    claim([m[0] for m in F_SCAN_MAINT] == [b[0] for b in F_BUILDINGS],
          "F: the scanned table must list the buildings of Tabell 1 in the same order")
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(x for x in r if x)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    claim(fb["Mossgårdens förskola"][7] == "2030" and F_SCAN_MAINT[5][2][3:] == [0, 0],
          "F: the maintenance of Mossgården ends when the new preschool is ready in 2030")
    for x in F_CLOSE:
        need(F, x, [3], "F premises left")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in [F_SCAN_TITLE, F_SCAN_INTRO] + F_SCAN_NOTES + F_SCAN_HEAD + F_SCAN_FOOT + \
            [" ".join(x for x in r if x) for r in f_scan_rows()]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en)}; "
          f"conditional lists {n_cond} ({n_pair} comparing two cells of a row, {n_group} filtering by two fields); "
          f"whole lists {sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; none naming a "
          f"real label {n_label}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k_} {v}" for k_, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
