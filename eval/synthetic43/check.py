"""Checks ../heldout_syn43.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Kroksjö document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic42/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the units and letters of this set; `number_in` now also treats digits
joined to "-", "/", ":" or "." as part of a longer token, so that a day in an ISO date is not taken for a figure);
the constants, the row texts, the recomputation rules, the absence rules, the name lists and the data checks are
those of synthetic43.

* format: 50 questions hs43001..hs43050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 5 of them figures, 3 lists, 1 passage and 4 none), at least 9 conditional lists, at least 4 list-shaped
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
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a); a metadata title exactly in (a); a landscape page
  exactly p. 2 of (d); page 2 of (f) an image without text; no names of earlier synthetic sets (FORBIDDEN: the
  FORBIDDEN, OWN and PERSONS lists of ../synthetic42/check.py and ../synthetic40/check.py, extracted with ast), no
  real municipality or region (REAL) among our own names or as a word in the PDFs, our own names (OWN) and persons
  all start with G, K, O, P, R or U, none of OWN or PERSONS occurs in the READMEs of the earlier sets (../synthetic
  … ../synthetic42) or in ../synthetic40/check.py and ../synthetic42/check.py, and every OWN name and person is used;
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
from data import (A_GROUPS, A_ROWS, A_NOTE, A_HOUSEHOLDS, A_HOUSEHOLD_GOAL, A_AID_MONTHS, A_PLACED,  # noqa
                  A_PLACED_HVB, A_HOURS, A_WAIT, A_WAIT_GOAL, A_STAFF, A_SICK_GOAL, A_TURNOVER, A_PASSAGE, A_FOCUS,
                  a_rows, a_dev, a_sum, a_text, a_sum_cells, a_staff_tot, a_staff_text, a_staff_tot_cells,
                  B_DELEGATES, B_ROWS, B_DECISIONS, B_PREV_N, B_PERIOD, B_BREAK_AFTER, B_MEMBERS, B_OFFICIALS,
                  B_SANCTION_PROP, B_SANCTION_FULL, B_SANCTION, B_PASSAGE, B_ATT_38, B_ATT_40, b_counts,
                  b_fee_total, b_line1, b_line2, b_text,
                  C_YEARS, C_COMMITTEES, C_TAX, C_RESULT, C_GROUPS, C_PROJECTS, C_NOTE, C_BREAK_AFTER, C_HISTORY,
                  C_GOAL_RESULT, C_GOAL_SELFFIN, C_GOAL_DEBT, C_DEBT, c_sum, c_share, c_text, c_sum_cells,
                  c_projects, c_psum, c_ptext, c_psum_cells, c_result_pct, c_selffin, c_targets,
                  D_TYPES, D_UNITS, D_NATION, D_GOAL, D_PASSAGE, D_NOTES, D_IMPROVE, d_units, d_total, d_text,
                  d_total_cells, d_nation_cells,
                  E_AREAS, E_IND, E_PREV, E_BREAK_AFTER, E_PRIOS, E_PASSAGE, e_assess, e_index, e_counts, e_text,
                  F_CATS, F_KEYS, F_ACTIONS, F_STATUSES, F_GOALS_2027, F_SCAN_NOTES, F_SCAN_INTRO, F_SCAN_TITLE,
                  f_tot, f_change, f_share, f_text, f_tot_cells, f_counts, f_action_text, f_scan_text,
                  f_scan_numbers,
                  g, d1, pct, D as DATE)

QFILE = HERE.parent / "heldout_syn43.jsonl"
N_Q = 50
BASE = 43000
PREFIX = "hs"
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 3
MIN_EN_FIGS = 5
MIN_EN_PASSAGES = 1
MIN_EN_NONE = 4
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs43048"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "kalvsunda-sn-verksamhetsberattelse-2026.pdf"
B = "rusnas-bmn-delegationsbeslut-feb-mar-2027.pdf"
C = "gronsala-mal-och-budget-2027-2029.pdf"
D = "ubbsta-aldreomsorg-kvalitetsrapport-2026.pdf"
E = "region-galmark-rus-uppfoljning-2026.pdf"
F = "kroksjo-von-patientsakerhetsberattelse-2026.pdf"
# the name a question must carry
PLACE = {A: "Kalvsunda", B: "Rusnäs", C: "Grönsala", D: "Ubbsta", E: "Gälmark", F: "Kroksjö"}
WITH_TITLE = {A}
WITH_MINUS = {A}
LANDSCAPE = {D: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "GKOPRU"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic42/check.py and ../synthetic40/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic42; the
# names of ../synthetic41 are covered by the README check below). ../synthetic44 is being written at the same time
# and was not opened, so nothing of it is in the list.
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
    "Doris Ahlqvist",
]
# real Swedish municipalities and regions beginning with G, K, O, P, R or U (regions: Gotland, Gävleborg, Kalmar län,
# Kronoberg, Uppsala): none may be one of our names, and none may occur as a word in our PDFs ("Kil", "Orsa", "Osby",
# "Kinda", "Kumla" and "Grums" are also words or parts of words; the texts avoid them)
REAL = ["Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge"]
# our own invented names (the region and municipalities first, then places, properties, projects and units); later
# sets should add them to their FORBIDDEN lists
OWN = ["Kalvsunda", "Rusnäs", "Grönsala", "Ubbsta", "Gälmark", "Kroksjö",
       "Gällby", "Pukebo", "Oxlinge", "Pelikanen", "Rovan", "Kölen", "Ugnen", "Prosten", "Glöden", "Gjutaren",
       "Rektorn",
       "Rödmossen", "Porsvik", "Pilgården", "Rävåsvallen",
       "Kaprifolen", "Prästgården", "Rönnbäret", "Oxelbacken", "Kolsäter", "Rudbäcken",
       "Pilsund", "Kungsudde"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Karin Palmqvist", "Ulf Renström",
           "Per-Olof Grahn", "Greta Olausson", "Kenneth Rosén", "Pia Gustafsson", "Olle Runesson", "Gustav Ringborg",
           "Rebecka Orre", "Petra Kjellin", "Oskar Pihl", "Ronja Gerdin", "Kim Ulander",
           "Ragnar Kvarfordt", "Urban Palm",
           "Rut Karlgren", "Roger Kling",
           "Gunnel Ohlin", "Pernilla Ullgren",
           "Kristina Orvell", "Rolf Uddenberg", "Kajsa Rehn"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic40", "synthetic42"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 43)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=r, item=a_text(r)) for r in A_ROWS]
B_R = [dict(r=r, item=b_text(r)) for r in B_ROWS]
C_C = [dict(r=c, item=c_text(c)) for c in C_COMMITTEES]
C_P = [dict(r=p, item=c_ptext(p)) for p in C_PROJECTS]
D_U = [dict(r=u, item=d_text(u)) for u in D_UNITS]
E_I = [dict(r=i, item=e_text(i)) for i in E_IND]
F_C = [dict(r=c, item=f_text(c)) for c in F_CATS]
F_A = [dict(r=a, item=f_action_text(a)) for a in F_ACTIONS]

# qid -> (rows, predicate on the raw row)
COND = {
    "hs43004": (A_R, lambda r: a_dev(r) < -4),                                     # amount (over budget)
    "hs43005": (A_R, lambda r: r[0] == "Funktionsstöd" and r[3] > 30),             # group + amount
    "hs43013": (B_R, lambda r: r[5] == "Petra Kjellin"),                           # decision maker
    "hs43014": (B_R, lambda r: r[3] == "Avslås"),                                  # decision word
    "hs43022": (C_P, lambda p: p[2] > 40),                                         # amount
    "hs43023": (C_C, lambda c: c[2] < c[1]),                                       # 2027 < 2026 (pair)
    "hs43030": (D_U, lambda u: u[8] > u[7]),                                       # falls 2026 > 2025 (pair)
    "hs43031": (D_U, lambda u: u[0] == "Hemtjänst" and u[6] >= 15),                # group + threshold
    "hs43038": (E_I, lambda i: e_assess(i) == "Negativ"),                          # assessment word
    "hs43046": (F_C, lambda c: f_change(c) > 0),                                   # 2026 > 2025 (pair, scanned)
    "hs43047": (F_C, lambda c: c[3] > 100),                                        # amount (scanned)
}
PAIR = {"hs43023", "hs43030", "hs43046"}
GROUP = {"hs43005", "hs43031"}
EXACT = {
    "hs43039": [t for t, _ in E_PRIOS],
}
NONE_ABSENT = {
    "hs43007": (A, [r"[Bb]udget\w*[^.]{0,30}2027", r"2027[^.]{0,30}[Bb]udget", r"[Hh]emtjänst[^.]{0,80}2027",
                    r"2027[^.]{0,80}[Hh]emtjänst"], None),
    "hs43008": (A, [], lambda: all(a_dev(r) >= -15 for r in A_ROWS) and all(a_sum(g_)[2] >= -15 for g_ in A_GROUPS)
                and a_sum()[2] >= -15),
    "hs43009": (A, [r"2024"], None),
    "hs43016": (B, [r"2027-01-\d\d", r"\d{1,2} januari 2027"], lambda: all(r[4].month != 1 for r in B_ROWS)),
    "hs43017": (B, [r"2026"], None),
    "hs43018": (B, [r"[Hh]andläggningstid", r"\bveckor\b", r"\bdagar\b", r"[Gg]enomsnitt", r"[Mm]edian"], None),
    "hs43024": (C, [r"2030"], None),
    "hs43025": (C, [], lambda: all(p[3] <= 15 for p in C_PROJECTS if p[0] == "2")),
    "hs43026": (C, [r"[Aa]nställda", r"[Åå]rsarbetare", r"[Mm]edarbetare", r"[Pp]ersonalstyrka",
                    r"[Hh]eltidstjänster"], None),
    "hs43033": (D, [r"2023"], None),
    "hs43034": (D, [], lambda: all(u[4] >= 70 for u in D_UNITS if u[0] == "Särskilt boende")),
    "hs43041": (E, [r"startades", r"\d[\d ]* (?:nya|nystartade) företag(?! per)",
                    r"[Aa]ntal(?:et)? (?:nya |nystartade )?företag(?! per)", r"[Ff]olkmängd",
                    r"[Bb]efolkning", r"invånare i regionen"], None),
    "hs43042": (E, [r"\bkr\b", r"[Kk]ronor", r"\bmnkr\b", r"[Mm]iljoner", r"\btkr\b", r"[Bb]udget"], None),
    "hs43048": (F, [r"2023"], None),
    "hs43049": (F, [r"\bkr\b", r"[Kk]ronor", r"\bmnkr\b", r"\btkr\b", r"[Kk]ostnad", r"[Kk]ostade"], None),
    "hs43050": (F, [], lambda: not any(a[2] == "MAS" and a[4] == "Försenad" for a in F_ACTIONS)
                and any(a[2] == "MAS" for a in F_ACTIONS)),
}
LIST_NONE = {"hs43008", "hs43016", "hs43025", "hs43034", "hs43050"}
NONE_LABEL = {
    "hs43007": ("hemtjänsten", "Hemtjänst"),
    "hs43008": ("budget", "Avvikelse mot budget"),
    "hs43009": ("årsarbetare", "Årsarbetare"),
    "hs43016": ("miljö- och byggchefen", "miljö- och byggchef"),
    "hs43017": ("bygglov", "bygglov"),
    "hs43024": ("tekniska nämnden", "Tekniska nämnden"),
    "hs43025": ("vatten och avlopp", "Vatten och avlopp"),
    "hs43026": ("budgeten", "budgeten"),
    "hs43033": ("Rudbäcken", "Hemtjänst Rudbäcken"),
    "hs43041": ("företag", "Nystartade företag per 1 000 invånare"),
    "hs43042": ("prioriteringarna", "Prioriteringar 2027"),
    "hs43048": ("läkemedelshantering", "Läkemedelshantering"),
    "hs43050": ("MAS", "MAS"),
}


def number_in(text, num):
    """num as a number of its own in text (not part of a longer number, a date, a Dnr or a time)"""
    return re.search(r"(?<![\d,\-/:.])" + re.escape(num) + r"(?![\d,\-/:]|\.\d)", text) is not None


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
            for pat in pats:
                if re.fullmatch(r"\d{4}", pat) and pat not in q["question"]:
                    E_(f"the absence rule tests the year {pat} but the question asks about another year")
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
        elif not all(re.search(p_, SCANNED[F][2]) for p_ in [r"2024", r"2025", r"2026"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years")

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


    # ---------------------------------------------------------------- data consistency (synthetic43)
    WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio"}

    # (a) Kalvsunda, socialnämndens verksamhetsberättelse 2026
    for r in A_ROWS:
        need(A, a_text(r), [1], "A operating row")
        if r[0] not in A_GROUPS:
            errs.append(f"A: unknown group of {r[1]}")
    for grp_ in A_GROUPS:
        need(A, " ".join(a_sum_cells(f"Summa {grp_[0].lower() + grp_[1:]}", a_sum(grp_))), [1], "A group sum")
        need(A, grp_, [1], "A group label")
    tot = a_sum()
    need(A, " ".join(a_sum_cells("Socialnämnden totalt", tot)), [1], "A total")
    need(A, A_NOTE, [1], "A footnote")
    ifo = a_sum("Individ- och familjeomsorg")
    need(A, f"Socialnämndens nettokostnad blev {d1(tot[1])} mnkr 2026, vilket är {d1(-tot[2])} mnkr mer än budgeten "
            f"på {d1(tot[0])} mnkr. Året innan var nettokostnaden {d1(tot[3])} mnkr. Underskottet finns framför allt "
            f"inom individ- och familjeomsorgen, som redovisar en negativ avvikelse på {d1(-ifo[2])} mnkr", [0],
         "A net cost sentence")
    if min(A_GROUPS, key=lambda x: a_sum(x)[2]) != "Individ- och familjeomsorg" or abs(a_sum("Äldreomsorg")[2]) > 0.5:
        errs.append("A: p. 1 says the deficit is mainly in IFO and elderly care kept its budget")
    need(A, f"Under 2026 fick {g(A_HOUSEHOLDS[1])} hushåll ekonomiskt bistånd vid något tillfälle, jämfört med "
            f"{g(A_HOUSEHOLDS[0])} året innan. Nämndplanens mål var högst {g(A_HOUSEHOLD_GOAL)} hushåll. Den "
            f"genomsnittliga biståndstiden ökade till {d1(A_AID_MONTHS[1])} månader ({d1(A_AID_MONTHS[0])})", [0],
         "A households")
    if not (A_AID_MONTHS[1] > A_AID_MONTHS[0] and A_HOUSEHOLDS[1] > A_HOUSEHOLD_GOAL):
        errs.append("A: p. 1 says the aid time increased")
    need(A, f"Den 31 december var {A_PLACED[1]} barn och unga placerade i familjehem eller HVB, jämfört med "
            f"{A_PLACED[0]} ett år tidigare. Av dem bodde {A_PLACED_HVB[1]} i HVB ({A_PLACED_HVB[0]})", [0],
         "A placements")
    need(A, f"ökade antalet beviljade hemtjänsttimmar med {d1(pct(A_HOURS[1], A_HOURS[0]))} procent till "
            f"{g(A_HOURS[1])} timmar ({g(A_HOURS[0])}). Väntetiden till särskilt boende var i genomsnitt {A_WAIT[1]} "
            f"dagar, vilket är kortare än både förra årets {A_WAIT[0]} dagar och målet på högst {A_WAIT_GOAL} dagar",
         [0], "A home care hours")
    if not (A_WAIT[1] < A_WAIT[0] and A_WAIT[1] < A_WAIT_GOAL):
        errs.append("A: p. 1 says the waiting time is below last year and the goal")
    n25, n26, fte, s25, s26 = a_staff_tot()
    need(A, f"Sjukfrånvaron i förvaltningen minskade till {d1(s26)} procent ({d1(s25)}) men ligger fortfarande över "
            f"nämndens mål på {d1(A_SICK_GOAL)} procent", [0], "A sick leave p. 1")
    if not (s26 < s25 and s26 > A_SICK_GOAL):
        errs.append("A: p. 1 says sick leave fell but is above the goal")
    rows = {r[1]: r for r in A_ROWS}
    for lab in ("Barn och unga", "Ekonomiskt bistånd¹", "Personlig assistans", "Hemtjänst"):
        need(A, f"{d1(-a_dev(rows[lab]))} mnkr", [1], f"A comment on {lab}")
        if a_dev(rows[lab]) >= 0:
            errs.append(f"A: p. 2 comments on {lab} as over budget")
    need(A, f"Barn och unga redovisar ett underskott på {d1(-a_dev(rows['Barn och unga']))} mnkr. Det beror på att "
            f"{A_PASSAGE}", [1], "A passage")
    if not (a_dev(rows["Särskilt boende"]) + a_dev(rows["Korttidsvård"]) < -a_dev(rows["Hemtjänst"])
            and a_dev(rows["Särskilt boende"]) > 0 and a_dev(rows["Korttidsvård"]) > 0):
        errs.append("A: p. 2 says the surpluses of care homes and short-term care almost cover home care")
    for x in A_STAFF:
        need(A, a_staff_text(x), [2], "A staff row")
    need(A, " ".join(a_staff_tot_cells()), [2], "A staff total")
    need(A, f"Socialförvaltningen hade {g(n26)} tillsvidareanställda den 31 december 2026 ({g(n25)}), motsvarande "
            f"{d1(fte)} årsarbetare. Personalomsättningen minskade till {d1(A_TURNOVER[1])} procent "
            f"({d1(A_TURNOVER[0])}). Sjukfrånvaron var {d1(s26)} procent, att jämföra med {d1(s25)} procent året "
            f"innan och nämndens mål på {d1(A_SICK_GOAL)} procent", [2], "A staff sentence")
    if max(A_STAFF, key=lambda x: x[5])[0] != "Äldreomsorg":
        errs.append("A: p. 3 says elderly care has the highest sick leave")
    for name_, v_ in [(x[0], x[5]) for x in A_STAFF] + [("Hela förvaltningen", s26)]:
        need(A, f"{d1(v_)} {name_}", [2], "A thermometer value")
    for t_, subs in A_FOCUS:
        need(A, t_, [3], "A focus item")
        for s_ in subs:
            need(A, s_, [3], "A focus sub-item")

    # (b) Rusnäs, delegationsbeslut
    ids = [r[0] for r in B_ROWS]
    brk = ids.index(B_BREAK_AFTER[0])
    for k, r in enumerate(B_ROWS):
        want = [2] if k <= brk else [3]
        if pages_of(B, b_text(r)) != want:
            errs.append(f"B: record {r[0]} printed on {pages_of(B, b_text(r))}, expected {want}")
        if not B_PERIOD[0] <= r[4] <= B_PERIOD[1]:
            errs.append(f"B: record {r[0]} is outside the period")
        if r[3] not in B_DECISIONS or r[5] not in [x[0] for x in B_DELEGATES]:
            errs.append(f"B: record {r[0]} has an unknown decision or decision maker")
    if [r[4] for r in B_ROWS] != sorted(r[4] for r in B_ROWS):
        errs.append("B: the export says it is sorted by decision date")
    if len(set(ids)) != len(ids) or B_BREAK_AFTER[-1] != ids[-1]:
        errs.append("B: case numbers must be unique and the last break the last record")
    head_b = "Ärendenr Fastighet Beslutsdatum Beslutsfattare Avgift, kr Åtgärd Beslut"
    if count(B, head_b) != 2:
        errs.append("B: the heading of the export must be printed on both export pages")
    need(B, "Sida 1 (2)", [1], "B export page 1")
    need(B, "Sida 2 (2)", [2], "B export page 2")
    need(B, "Förteckningen fortsätter på nästa sida", [1], "B break note")
    cnt = b_counts()
    need(B, f"Redovisningen omfattar {len(B_ROWS)} beslut, varav {cnt['Beviljas']} beviljade lov och "
            f"{cnt['Avslås']} avslag. Vid förra sammanträdet anmäldes {B_PREV_N} beslut för december–januari", [0],
         "B counts")
    for dec in B_DECISIONS:
        need(B, f"{dec} {cnt[dec]}", [2], "B summary row")
    need(B, f"Summa {len(B_ROWS)}", [2], "B summary sum")
    need(B, f"Antal beslut i urvalet: {len(B_ROWS)}", [2], "B count line")
    need(B, f"Fakturerade avgifter totalt: {g(b_fee_total())} kr", [2], "B fee total")
    for name, role in B_DELEGATES:
        need(B, f"{name}, {role}", [2], "B legend")
    if any((r[6] is None) != (r[3] in ("Slutbesked", "Avskrivs")) for r in B_ROWS):
        errs.append("B: p. 3 says only final notices and written-off cases lack a fee")
    if B_SANCTION * 4 != B_SANCTION_FULL:
        errs.append("B: the sanction fee is reduced to a quarter")
    need(B, f"blir byggsanktionsavgiften {g(B_SANCTION_FULL)} kr. Förvaltningen föreslår att avgiften sätts ned till "
            f"en fjärdedel, {g(B_SANCTION)} kr, eftersom {B_PASSAGE}", [0], "B passage")
    for a_ in B_ATT_38 + B_ATT_40:
        need(B, "att " + a_, [0], "B att-clause")
    if g(B_SANCTION) not in B_ATT_40[0]:
        errs.append("B: the decision must name the reduced fee")
    for name, party, role in B_MEMBERS:
        need(B, f"{name} ({party})", [0], "B member")
    for name, role in B_OFFICIALS:
        need(B, f"{name}, {role}", [0], "B official")

    # (c) Grönsala, mål och budget
    for c in C_COMMITTEES:
        need(C, c_text(c), [1], "C committee row")
    need(C, " ".join(c_sum_cells()), [1], "C committee sum")
    if abs(sum(c_share(c) for c in C_COMMITTEES) - 100) > 0.3:
        errs.append("C: the shares do not add up to 100")
    for ver, dat, what in C_HISTORY:
        need(C, f"{ver} {dat.isoformat()} {what}", [0], "C history row")
    net26, net27 = c_sum(1), c_sum(2)
    need(C, f"Budgeten för 2027 ger ett resultat på {d1(C_RESULT[2027])} mnkr, vilket motsvarar "
            f"{d1(c_result_pct(2027))} procent av skatteintäkter och generella statsbidrag på {d1(C_TAX[2027])} mnkr. "
            f"Det är lägre än det finansiella målet på 2,0 procent och lägre än resultatet i budgeten för 2026, som "
            f"var {d1(C_RESULT[2026])} mnkr. För planåren beräknas resultatet till {d1(C_RESULT[2028])} mnkr 2028 "
            f"och {d1(C_RESULT[2029])} mnkr 2029", [0], "C result sentence")
    if not (c_result_pct(2027) < C_GOAL_RESULT and C_RESULT[2027] < C_RESULT[2026]):
        errs.append("C: p. 1 says the result is below the goal and last year's budget")
    need(C, f"Nämndernas nettokostnader ökar med {d1(net27 - net26)} mnkr eller {d1(pct(net27, net26))} procent till "
            f"{d1(net27)} mnkr 2027", [0], "C net cost sentence")
    if max(C_COMMITTEES, key=lambda c: c[2] - c[1])[0] != "Vård- och omsorgsnämnden":
        errs.append("C: p. 1 says the care committee gets the largest increase")
    lower = {c[0] for c in C_COMMITTEES if c[2] < c[1]}
    if not {"Kultur- och fritidsnämnden", "Tekniska nämnden"} <= lower:
        errs.append("C: p. 1 says culture and technical committees get lower frames")
    tot_c = c_psum()
    need(C, f"Investeringarna uppgår till {d1(tot_c[1])} mnkr 2027, varav {d1(c_psum('2')[1])} mnkr inom vatten och "
            f"avlopp. Under planperioden ligger investeringsnivån högst 2028 med {d1(tot_c[2])} mnkr", [0],
         "C investment sentence")
    if max(range(1, 4), key=lambda k: tot_c[k]) != 2:
        errs.append("C: p. 1 says the investment level peaks in 2028")
    tg = c_targets()
    for goal, target, vals, met in tg:
        need(C, " ".join([goal, target] + vals), [1], "C target row")
    if [m for m in tg[0][3]] != [False, True, True] or [m for m in tg[1][3]] != [True, False, True] \
            or not all(tg[2][3]) or not (C_DEBT[2027] < C_DEBT[2028] < C_DEBT[2029] <= C_GOAL_DEBT):
        errs.append("C: p. 2 describes the financial targets wrongly")
    if [c_selffin(y) for y in C_YEARS] != [int(v) for v in tg[1][2]]:
        errs.append("C: self-financing printed wrongly")
    names = [p[1] for p in C_PROJECTS]
    brk = names.index(C_BREAK_AFTER)
    for k, p in enumerate(C_PROJECTS):
        want = [3] if k <= brk else [4]
        if pages_of(C, c_ptext(p)) != want:
            errs.append(f"C: project {p[1]!r} printed on {pages_of(C, c_ptext(p))}, expected {want}")
        if p[3] + p[4] + p[5] > p[2] + 0.05:
            errs.append(f"C: project {p[1]!r} spends more in the plan than its total")
    if C_PROJECTS[brk][0] != C_PROJECTS[brk + 1][0]:
        errs.append("C: Tabell 3 must break inside a group")
    head_c = "Projekt Total utgift Budget 2027 Plan 2028 Plan 2029"
    if count(C, head_c) != 2:
        errs.append("C: the heading of Tabell 3 must be printed twice")
    gname = dict(C_GROUPS)[C_PROJECTS[brk][0]]
    need(C, f"Tabell 3 (forts.) {head_c} {C_PROJECTS[brk][0]} {gname} (forts.)", [3], "C continued group")
    for gnr, gname_ in C_GROUPS:
        need(C, " ".join(c_psum_cells(f"Summa {gname_[0].lower() + gname_[1:]}", c_psum(gnr))), [2, 3], "C group sum")
    need(C, " ".join(c_psum_cells("Totalt", tot_c)), [3], "C total")
    need(C, C_NOTE, [3], "C note")

    # (d) Ubbsta, äldreomsorgens kvalitetsrapport
    for u in D_UNITS:
        need(D, d_text(u), [1], "D unit row")
        need(D, f"{u[3]} {u[4]}", [0], "D chart values")
    for typ in D_TYPES:
        need(D, " ".join(d_total_cells(typ)), [1], "D total row")
        need(D, " ".join(d_nation_cells(typ)), [1], "D nation row")
    for n_ in D_NOTES:
        need(D, n_, [1], "D note")
    sab, hem = d_total("Särskilt boende"), d_total("Hemtjänst")
    nsab, nhem = D_NATION["Särskilt boende"], D_NATION["Hemtjänst"]
    need(D, f"Sammantaget var {sab[2]} procent av de boende på kommunens särskilda boenden nöjda med sitt boende "
            f"2026, jämfört med {sab[1]} procent året innan och {nsab[1]} procent i riket. Nämndens mål är {D_GOAL} "
            f"procent. I hemtjänsten var andelen nöjda {hem[2]} procent, samma som 2025 och som i riket", [0],
         "D satisfaction sentence")
    if not (hem[2] == hem[1] == nhem[1]):
        errs.append("D: p. 1 says home-care satisfaction equals 2025 and the country")
    need(D, f"I hemtjänsten mötte en brukare i genomsnitt {hem[4]} olika medarbetare under 14 dagar ({hem[3]}). "
            f"Antalet rapporterade fall ökade till {sab[6] + hem[6]} ({sab[5] + hem[5]}), varav {sab[6]} på "
            f"särskilda boenden ({sab[5]}) och {hem[6]} i hemtjänsten ({hem[5]})", [0], "D falls sentence")
    if not sab[6] + hem[6] > sab[5] + hem[5]:
        errs.append("D: p. 1 says the falls increased")
    units = {u[1]: u for u in D_UNITS}
    checks = [
        ("Kaprifolen", units["Kaprifolen"][8] < units["Kaprifolen"][7]),
        ("Prästgården", units["Prästgården"][4] < units["Prästgården"][3]
         and units["Prästgården"][8] > units["Prästgården"][7]),
        ("Rönnbäret", units["Rönnbäret"][4] == max(u[4] for u in D_UNITS)
         and units["Rönnbäret"][2] == min(u[2] for u in D_UNITS if u[0] == "Särskilt boende")),
        ("Oxelbacken", units["Oxelbacken"][4] > units["Oxelbacken"][3]
         and units["Oxelbacken"][8] < units["Oxelbacken"][7]),
        ("Hemtjänst Centrum", units["Hemtjänst Centrum"][6] > units["Hemtjänst Centrum"][5]
         and units["Hemtjänst Centrum"][2] == max(u[2] for u in D_UNITS if u[0] == "Hemtjänst")),
        ("Hemtjänst Kolsäter", units["Hemtjänst Kolsäter"][6] == min(u[6] for u in D_UNITS if u[0] == "Hemtjänst")),
        ("Hemtjänst Rudbäcken", units["Hemtjänst Rudbäcken"][6] < units["Hemtjänst Rudbäcken"][5]
         and units["Hemtjänst Rudbäcken"][4] > units["Hemtjänst Rudbäcken"][3]
         and units["Hemtjänst Rudbäcken"][8] > units["Hemtjänst Rudbäcken"][7]),
        ("riket", sab[2] > nsab[1] and hem[4] < nhem[3]),
    ]
    for name, ok in checks:
        if not ok:
            errs.append(f"D: p. 3 comments on {name} do not match the table")
    pk, ox = units["Prästgården"], units["Oxelbacken"]
    need(D, f"antalet fall ökade från {pk[7]} till {pk[8]}. Ökningen förklaras av att {D_PASSAGE}", [2], "D passage")
    need(D, f"från {ox[3]} till {ox[4]} procent", [2], "D Oxelbacken")
    need(D, f"{sab[2]} mot {nsab[1]} procent", [2], "D nation comparison")
    for it in D_IMPROVE:
        need(D, it, [3], "D improvement item")

    # (e) Region Gälmark, utvecklingsstrategi
    nrs = [i[1] for i in E_IND]
    brk = nrs.index(E_BREAK_AFTER)
    for k, i in enumerate(E_IND):
        want = [2] if k <= brk else [3]
        if pages_of(E, e_text(i)) != want:
            errs.append(f"E: indicator {i[1]} printed on {pages_of(E, e_text(i))}, expected {want}")
        if i[0] not in dict(E_AREAS) or i[4] not in ("öka", "minska"):
            errs.append(f"E: indicator {i[1]} has an unknown area or direction")
    head_e = "Utgångsläge Senaste mätning Nr Indikator Enhet År Värde År Värde Mål 2030 Bedömning"
    if count(E, head_e) != 2:
        errs.append("E: the heading of Tabell 1 must be printed twice")
    if E_IND[brk][0] == E_IND[brk + 1][0]:
        aname = dict(E_AREAS)[E_IND[brk][0]]
        need(E, f"Tabell 1 (forts.) {head_e} Målområde {E_IND[brk][0]}. {aname} (forts.)", [2], "E continued area")
    cnt_e = e_counts()
    need(E, f"Av strategins {len(E_IND)} indikatorer har {WORD[cnt_e['Positiv']]} utvecklats i önskad riktning sedan "
            f"utgångsläget och {WORD[cnt_e['Målet nått']]} har redan nått målet för 2030, medan "
            f"{WORD[cnt_e['Negativ']]} har utvecklats åt fel håll. Vid förra uppföljningen 2024 var det "
            f"{WORD[E_PREV['Positiv']]}, {WORD[E_PREV['Negativ']]} respektive {WORD[E_PREV['Målet nått']]}", [0],
         "E counts")
    if sum(E_PREV.values()) != len(E_IND) or cnt_e["Oförändrad"]:
        errs.append("E: the counts of 2024 must cover the 14 indicators and none is unchanged")
    idx = {nr: e_index(nr) for nr, _ in E_AREAS}
    need(E, " ".join(str(v) for v in idx.values()), [0], "E radar values")
    if max(idx, key=idx.get) != "3" or min(idx, key=idx.get) != "5":
        errs.append("E: p. 1 says accessibility progressed most and health least")
    ind = {i[1]: i for i in E_IND}
    need(E, f"Det beror på att {E_PASSAGE}. Under 2025 färdigställdes {ind['5.3'][8]} bostäder", [2], "E passage")
    if not (ind["5.3"][7] == 2025 and e_assess(ind["5.3"]) == "Negativ" and e_assess(ind["1.3"]) == "Negativ"
            and e_assess(ind["1.4"]) == "Målet nått"):
        errs.append("E: p. 3 comments do not match the table")
    for k, (t_, subs) in enumerate(E_PRIOS, 1):
        need(E, f"{k}. {t_}", [3], "E priority")
        for j, (s_, subsubs) in enumerate(subs):
            need(E, f"{'abcd'[j]}) {s_}", [3], "E sub-priority")
            for ss in subsubs:
                need(E, f"– {ss}", [3], "E sub-sub-priority")

    # (f) Kroksjö, patientsäkerhetsberättelse (p. 2 scanned)
    scan = norm(f_scan_text())
    for c in F_CATS:
        if norm(f_text(c)) not in scan:
            errs.append(f"F: scanned row missing: {c[0]}")
    if norm(" ".join(f_tot_cells())) not in scan:
        errs.append("F: scanned sum row missing")
    t = f_tot()
    cats = {c[0]: c for c in F_CATS}
    if not (abs(t[2] - t[1]) / t[1] < 0.02):
        errs.append("F: p. 1 says about as many incidents as the year before")
    fa, la, io = cats["Fall"], cats["Läkemedelshantering"], cats["Informationsöverföring"]
    if not (fa[2] > fa[1] and fa[3] < fa[2] and la[2] < la[1] and la[3] > la[2] and io[1] < io[2] < io[3]):
        errs.append("F: p. 1 describes the trends of falls, medication and information transfer wrongly")
    if not f_share(fa) + f_share(la) > 50:
        errs.append("F: p. 1 says falls and medication make up the largest part")
    for lab, v26, v25 in F_KEYS:
        need(F, f"{lab} {v26} {v25}", [0], "F key figure")
    keys = {k[0]: k for k in F_KEYS}
    lm = keys["Händelser anmälda till IVO enligt lex Maria"]
    need(F, f"anmälde nämnden {WORD[int(lm[1])]} händelser till Inspektionen för vård och omsorg, IVO, jämfört med "
            f"{WORD[int(lm[2])]} året innan", [3], "F lex Maria")
    kl = keys["Klagomål och synpunkter från patienter och närstående"]
    if not int(kl[1]) > int(kl[2]):
        errs.append("F: p. 4 says complaints increased")
    cnt_f = f_counts()
    need(F, f"Nämnden har under året arbetat med {WORD[len(F_ACTIONS)]} åtgärder för ökad patientsäkerhet. "
            f"{WORD[cnt_f['Genomförd']].capitalize()} är genomförda, {WORD[cnt_f['Pågår']]} pågår, "
            f"{WORD[cnt_f['Försenad']]} är försenade och {WORD[cnt_f['Ej påbörjad']]} har inte påbörjats", [0],
         "F action counts")
    need(F, "  ·  ".join(f"{s}: {cnt_f[s]}" for s in F_STATUSES), [2], "F status line")
    for a in F_ACTIONS:
        need(F, f_action_text(a), [2], "F action row")
        if a[4] not in F_STATUSES:
            errs.append(f"F: unknown status of action {a[0]}")
    acts = {a[0]: a for a in F_ACTIONS}
    if not (acts["6"][4] == acts["9"][4] == "Försenad" and acts["3"][4] == "Pågår"
            and {a[0] for a in F_ACTIONS if a[4] == "Försenad"} == {"6", "9"}):
        errs.append("F: p. 3 comments on the delayed actions 6 and 9 and the ongoing action 3")
    for it in F_GOALS_2027:
        need(F, it, [3], "F goal 2027")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + [F_SCAN_INTRO, F_SCAN_TITLE]:
        if norm(s_) in norm(layer):
            errs.append(f"F: scanned text {s_[:40]!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en)}; "
          f"conditional lists {n_cond} ({n_pair} comparing two cells of a row, {n_group} filtering by group); whole "
          f"lists {sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; none naming a real label "
          f"{n_label}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
