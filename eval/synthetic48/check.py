"""Checks ../train_syn48.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the Region
Jorvala document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic46/check.py (itself modelled on ../synthetic44/check.py): the generic part – text
normalisation, page texts, number and date parsing, the 5-word copy test, the list recomputation, the per-question
loop, the counts, the document checks and the none-label count – is copied from there (with the units, letters and
documents of this set; numbers are compared as whole tokens so that "21 118" does not count as "21"); the constants,
the row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic48.

* format: 72 questions t48001..t48072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
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
* documents: 6 PDFs with 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (a) and (b)
  (WITH_MINUS); no metadata title anywhere; landscape exactly page 2 of (e); page 2 of (f) an image without text; no
  names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic46/check.py and
  ../synthetic44/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with J, O, P, U or I, none of OWN or PERSONS occurs
  in the READMEs of the earlier sets (../synthetic … ../synthetic46, not ../synthetic47) or in
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
from data import (A_KITCHENS, A_GROUPS, A_WASTE_TARGET, A_ECO_TARGET, A_BUDGET_COST, A_PASSAGE, A_ACTIONS,  # noqa
                  a_text, a_agg, a_group_rows, a_group_sum_cells, a_total_cells, a_cost_rows, a_cost_text,
                  a_sentences,
                  B_ADM, B_CATS, B_TARGET, B_CAT_2025, B_MEDIAN, B_CHANNELS, B_PASSAGE, B_TOPICS, B_MEASURES,
                  b_total, b_within, b_text, b_cat_tot, b_tot, b_total_cells, b_time_text, b_time_total_cells,
                  b_channel_text, b_sentences,
                  C_ROWS, C_BREAK_AFTER, C_CONTRACTORS, C_CONTRACT_END, C_LEVELS, C_LEVEL_YEARS, C_BUDGET, C_PREV_COST,
                  C_DAYS, C_RULES, C_PASSAGE, c_text, c_sum, c_total_cells, c_contractor, c_contractor_text,
                  c_level_total, c_sentences,
                  D_AREAS, D_GROUPS, D_TARGET, D_PROGRAM_TARGET, D_PROJECTS, D_PASSAGE, D_MEASURES, d_text, d_target,
                  d_without, d_agg, d_group_rows, d_group_sum_cells, d_total_cells, d_project_text,
                  d_project_sum_cells, d_sentences,
                  E_ROWS, E_FEES, E_OCC_TARGET, E_YOUTH_TARGET, E_REVENUE, E_WEEKDAYS, E_PASSAGE, E_PRIORITIES,
                  e_text, e_booked, e_occ, e_youth, e_year, e_total_cells, e_weekdays, e_fee_text, e_sentences,
                  F_GROUPS, F_MEASURES, F_PRIORITIES, F_TIMELINE, F_PASSAGE, F_PRICE, F_STAFF, F_SCAN_HEAD,
                  F_SCAN_FOOT, f_dev, f_scan_text_row, f_scan_rows, f_scan_text, f_scan_numbers, f_sum,
                  f_measure_text, f_sentences, g, d1, d2, pct, share, D as DATE, WORD)

QFILE = HERE.parent / "train_syn48.jsonl"
N_Q = 72
BASE = 48000
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
SCAN_NONE = {"t48069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "g", "arbetsdagar", "timmar", "km"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "jadersund-maltidsservice-arsrapport-2026.pdf"
B = "omsvala-ks-synpunkter-klagomal-2026.pdf"
C = "plogsta-bun-skolskjutsplan-2027-2028.pdf"
D = "unnerstad-ks-bredbandsprogram-uppfoljning-2026.pdf"
E = "pilvalla-kfn-idrottsanlaggningar-bokningsstatistik-2026.pdf"
F = "region-jorvala-hjalpmedelscentralen-budget-2027.pdf"
# the name a question must carry
PLACE = {A: "Jädersund", B: "Omsvala", C: "Plogsta", D: "Unnerstad", E: "Pilvalla", F: "Jorvala"}
PAGES = {A: 3, B: 4, C: 4, D: 4, E: 4, F: 4}
WITH_TITLE = set()
WITH_MINUS = {A, B}
LANDSCAPE = {E: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "JOPUI"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic46/check.py and ../synthetic44/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic46).
# ../synthetic47 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Natalia Wretling", "Niclas Öberg", "Ylva Isaksen", "Ines Cederström", "Tovhamra", "Myrvinge", "Fagerlida",
    "Vinnerby", "Skebrinna", "Flodmark", "Fjolbergsskolan", "Mossvedsskolan", "Sävdalsskolan", "Tovhamraskolan",
    "Måsängsskolan", "Ödbyskolan", "Vitmossens friskola", "Mellangatan", "Fabriksvägen", "Tullbrogatan",
    "Tingsvägen", "Mossvägen", "Smedsgatan", "Fiskargatan", "Skolvägen", "Sjögatan", "Murargatan", "Tvärleden",
    "Fårstigen", "Stationsvägen", "Vävaregatan", "Mejerivägen", "Sågargatan", "Torsgatan", "Trädgårdsgatan",
    "Fjärilsvägen", "Östra Strandgatan", "Svarvargatan", "Fagerlidavägen", "Stortorget", "Svedängen", "Sjöhagen",
    "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla", "Vinnerbyhem", "Mörvik", "Sävhamn", "Sofia Vallin",
    "Simon Tengvall", "Tobias Malmsten", "Veronica Fahlgren", "Stina Thorsell", "Fredrik Sjölin", "Mikael Storm",
    "Therese Vikander", "Magnus Vesterlund", "Martina Törnqvist", "Felix Stål", "Tina Mårtensson", "Mona Tidblad",
    "Mats Fernström", "Frida Schön"
]
# real Swedish municipalities and regions beginning with J, O, P, U or I (no municipality begins with I; the regions
# are Jämtland Härjedalen, Jönköpings län and Uppsala): none may be one of our names, and none may occur as a word in
# our PDFs (case-sensitive)
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Jämtland", "Härjedalen",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge"]
# our own invented names (the region and municipalities first, then kitchens, places, schools, companies, areas,
# projects and facilities); later sets should add them to their FORBIDDEN lists
OWN = ["Jädersund", "Omsvala", "Plogsta", "Unnerstad", "Pilvalla", "Jorvala",
       "Pilängsskolan", "Uvedalsskolan", "Ombackaskolan", "Jorsängsskolan", "Isgärdeskolan", "Jädersundsgymnasiet",
       "Ollonets förskola", "Prästkragens förskola", "Jordgubbens förskola", "Pilbergsgården", "Oxelbackagården",
       "Pinnarp", "Ulvnäs", "Urvik", "Oxvik", "Uttersjö", "Jolsby", "Olsbyn", "Ingsbyn", "Padderud", "Jämnås",
       "Uvhult", "Oppsjö", "Urviksån", "Plogstaskolan", "Pinnarps skola", "Urviks skola", "Jolsby skola",
       "Jarlbuss AB", "Oskarssons Buss AB", "Paulins Taxi AB", "Ungbergs Trafik AB",
       "Pingsta", "Ingarvik", "Jutbo", "Porsnäs", "Uppgården", "Ormbäcken", "Unnerstads Stadsnät",
       "Pingsta Fiberförening", "Ingarviks Fiber", "Jutbo byanät", "Porsnäs Fiber", "Uppgårdens fiberförening",
       "Ormbäckens byanät",
       "Pilvallahallen", "Jarlahallen", "Ormviks sporthall", "Oxvreta bollhall", "Uddsängens IP", "Pilvalla ishall",
       "Ursjöbadet"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Jonas Pihl", "Ulrika Palm", "Ida Ohlsson", "Per Isaksson", "Oskar Jungbeck", "Petra Unger",
           "Ingrid Persson", "Jakob Olander", "Pontus Irving", "Josefin Pettersson", "Ola Ingvarsson",
           "Johanna Ullberg", "Isak Pålsson"]
# earlier sets: README.md of each (not ../synthetic47), and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic44", "synthetic46"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 47)]


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
def rows(items, text):
    return [dict(r=x, item=text(x)) for x in items]


def e_prev(r):
    """the 2025 row of the same facility (long format: one row per facility and year)"""
    return [x for x in E_ROWS if x[0] == r[0] and x[2] == r[2] - 1][0]


A_K = rows(A_KITCHENS, a_text)
B_M = rows(B_ADM, b_text)
B_T = rows(B_ADM, b_time_text)
C_R = rows(C_ROWS, c_text)
C_C = [dict(r=n, item=c_contractor_text(n)) for n in C_CONTRACTORS]
D_A = rows(D_AREAS, d_text)
D_P = rows(D_PROJECTS, d_project_text)
E_R = rows(E_ROWS, e_text)
E_F = rows(E_FEES, e_fee_text)
F_C = rows(F_GROUPS, f_scan_text_row)

# qid -> (rows, predicate on the raw row)
COND = {
    "t48006": (A_K, lambda k: k[7] > A_WASTE_TARGET),                           # waste 2026 over the target
    "t48007": (A_K, lambda k: k[9] < k[8]),                                     # organic 2026 < 2025 (pair)
    "t48008": (A_K, lambda k: k[0] == "Skolor" and k[5] > 40),                  # group + cost over 40 kr
    "t48017": (B_T, lambda a: b_within(a) < 80),                                # answered in time under 80 %
    "t48018": (B_M, lambda a: a[5] > a[4]),                                     # praise > suggestions (pair)
    "t48019": (B_M, lambda a: a[2] >= 70),                                      # 70 complaints or more
    "t48029": (C_R, lambda r: r[5] == "Taxi"),                                  # vehicle word
    "t48030": (C_R, lambda r: r[7] > 1000),                                     # cost over 1 000 tkr
    "t48031": (C_C, lambda n: C_CONTRACT_END[n] < DATE(2029, 1, 1)),            # contract ends before 2029
    "t48041": (D_A, lambda a: a[5] < d_target(a)),                              # 2026 under the target (pair)
    "t48042": (D_P, lambda p: p[7] < DATE(2027, 7, 1)),                         # finished by June 2027
    "t48043": (D_P, lambda p: p[4] > 3000),                                     # support over 3 000 tkr
    "t48054": (E_R, lambda r: r[2] == 2026 and e_booked(r) < e_booked(e_prev(r))),  # fewer than 2025 (pair)
    "t48055": (E_R, lambda r: r[2] == 2026 and r[4] > 1000),                    # year + youth hours over 1 000
    "t48056": (E_F, lambda f: f[5] >= 250),                                     # adult fee 2027 at least 250 kr
    "t48065": (F_C, lambda c: c[3] > c[2]),                                     # forecast > budget (pair, scan)
    "t48066": (F_C, lambda c: c[4] > 30000),                                    # budget 2027 over 30 000 (scan)
}
PAIR = {"t48007", "t48018", "t48041", "t48054", "t48065"}
GROUP = {"t48008", "t48055"}
EXACT = {
    "t48067": list(F_PRIORITIES),
}
NONE_ABSENT = {
    "t48010": (A, [r"2024"], None),
    "t48011": (A, [r"[Kk]limat", r"[Kk]oldioxid", r"CO2", r"CO₂", r"\bkg\b"], None),
    "t48012": (A, [], lambda: all(k[8] <= 60 and k[9] <= 60 for k in A_KITCHENS)),
    "t48021": (B, [r"2024"], None),
    "t48022": (B, [r"[Ee]rsättning", r"[Ss]kadestånd", r"[Ss]kadeanmäl"], None),
    "t48023": (B, [], lambda: all(a[10] <= 20 and a[11] <= 20 for a in B_ADM) and max(B_MEDIAN) <= 20),
    "t48024": (B, [r"[Ss]ociala medier", r"Facebook", r"Instagram"], None),
    "t48033": (C, [r"2024/25[^.]{0,80}tkr", r"tkr[^.]{0,80}2024/25", r"2024/25[^.]{0,80}kost"], None),
    "t48034": (C, [], lambda: all(r[3] <= 60 for r in C_ROWS)),
    "t48035": (C, [r"[Rr]estid", r"[Rr]esetid", r"[Åå]ktid", r"[Rr]estiden"], None),
    "t48036": (C, [r"\d+ (?:bussar|fordon|minibussar|taxibilar)\b", r"[Aa]ntal fordon", r"[Ff]ordonsflott",
                   r"[Ff]ordonspark"], None),
    "t48045": (D, [r"Mbit"], None),
    "t48046": (D, [r"[Mm]obiltäckning[^.]{0,80}\d+,\d", r"\d+,\d procent[^.]{0,60}mobil",
                   r"[Mm]obiltäckning[^.]{0,80}procent"], None),
    "t48047": (D, [], lambda: all(a[5] >= a[4] >= a[3] for a in D_AREAS)),
    "t48048": (D, [r"Jutbo[^.]{0,80}företag", r"företag[^.]{0,80}Jutbo"], None),
    "t48058": (E, [r"2024"], None),
    "t48059": (E, [], lambda: all(e_occ(r) <= 95 for r in E_ROWS)),
    "t48060": (E, [r"[Bb]esökare", r"[Bb]esök\b", r"[Bb]adgäst"], None),
    "t48069": (F, [r"2024"], None),
    "t48070": (F, [r"[Rr]ullstol[^.]{0,60}\d", r"\d[^.]{0,60}rullstol", r"RULLSTOL"], None),
    "t48071": (F, [r"[Ee]j lagerförda", r"[Ii]nte lagerförda", r"[Bb]eställningsvar", r"[Ii]cke lagerförda",
                   r"EJ LAGERF"], None),
    "t48072": (F, [r"[Hh]yresintäkt", r"[Ii]ntäkter[^.]{0,60}\d", r"HYRESINT", r"INTÄKT"], None),
}
LIST_NONE = {"t48012", "t48023", "t48034", "t48047", "t48059"}
NONE_LABEL = {
    "t48010": ("Pilängsskolan", "Pilängsskolan"),
    "t48012": ("ekologiska livsmedel", "Ekologiska livsmedel, %"),
    "t48021": ("klagomål", "Klagomål"),
    "t48023": ("mediantid", "Mediantid, arbetsdagar"),
    "t48024": ("kanal", "Kanal"),
    "t48034": ("elever", "Elever"),
    "t48036": ("Jarlbuss AB", "Jarlbuss AB"),
    "t48045": ("Pingsta", "Pingsta"),
    "t48046": ("Uppgården", "Uppgården"),
    "t48047": ("täckning", "Täckning per område"),
    "t48048": ("Jutbo", "Jutbo"),
    "t48058": ("Pilvallahallen", "Pilvallahallen"),
    "t48059": ("beläggning", "Beläggning, %"),
    "t48060": ("Ursjöbadet", "Ursjöbadet"),
    "t48069": ("synhjälpmedel", "Synhjälpmedel"),
    "t48071": ("leveranstiden", "Leveranstid för lagerförda hjälpmedel"),
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
        elif not all(re.search(p_, SCANNED[F][2]) for p_ in [r"UTFALL 2025", r"BUDGET 2026", r"BUDGET 2027"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025–2027")
        elif not any(g_[0].lower() in q_[0]["question"].lower() for g_ in F_GROUPS):
            errs.append(f"{qid}: the none question should name a product group of the scanned table")

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

    # ---------------------------------------------------------------- data consistency (synthetic48)
    # (a) Jädersund, måltidsverksamhetens årsrapport
    for i, k in enumerate(A_KITCHENS, 1):
        need(A, a_text(k), [1], "A kitchen row")
        need(A, f"{i} {k[1]} {d1(k[9])}", [0], "A chart legend")
    for grp in A_GROUPS:
        need(A, " ".join(a_group_sum_cells(grp)), [1], "A group sum")
        need(A, grp.upper(), [1], "A group row")
    need(A, " ".join(a_total_cells()), [1], "A total row")
    need(A, "Portioner Kostnad per portion, kr Tallrikssvinn, g per portion Ekologiska livsmedel", [1],
         "A stacked heading")
    rows_, tot = a_cost_rows()
    for x in rows_ + [tot]:
        need(A, a_cost_text(x), [2], "A cost row")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    s = a_agg(A_KITCHENS)
    claim(abs(tot[2] - round(s["cost26"], 1)) < 1e-9 and abs(tot[3] - round(s["cost25"], 1)) < 1e-9,
          "A: Tabell 2 sums must equal portions × cost per portion")
    claim(s["c26"] > A_BUDGET_COST and tot[2] > tot[1], "A: p. 1/3 say the cost exceeded the budget")
    claim(s["w26"] < s["w25"] and s["w26"] > A_WASTE_TARGET, "A: p. 1 says waste fell but missed the target")
    claim(s["e25"] < s["e26"] < A_ECO_TARGET, "A: p. 1 says the organic share rose but is under the target")
    inc = sorted(A_KITCHENS, key=lambda k: k[3] - k[2], reverse=True)
    claim({inc[0][1], inc[1][1]} == {"Jädersundsgymnasiet", "Ombackaskolan"},
          "A: p. 1 says the increase comes mainly from the gymnasium and Ombackaskolan")
    dec = max(A_KITCHENS, key=lambda k: k[6] - k[7])
    claim(dec[1] == "Uvedalsskolan" and 0.28 <= (dec[6] - dec[7]) / dec[6] <= 0.38,
          "A: p. 2/3 say Uvedalsskolan cut its waste most, by about a third")
    over = [k for k in A_KITCHENS if k[7] > A_WASTE_TARGET]
    need(A, f"{WORD[len(over)].capitalize()} av elva kök ligger fortfarande över målet", [1], "A over target")
    down = [k for k in A_KITCHENS if k[9] < k[8]]
    need(A, f"minskade i {WORD[len(down)]}, eftersom", [1], "A organic down")
    grp_w = {grp: a_agg(a_group_rows(grp)) for grp in A_GROUPS}
    claim(max(A_GROUPS, key=lambda x: grp_w[x]["w26"]) == "Vård och omsorg", "A: p. 2 says waste is highest in care")
    claim(max(A_GROUPS, key=lambda x: grp_w[x]["e26"]) == "Förskolor" and
          all(k[9] >= A_ECO_TARGET for k in a_group_rows("Förskolor")),
          "A: p. 2 says the preschools have the highest organic share and all reached the target")
    claim(max(A_GROUPS, key=lambda x: grp_w[x]["c26"]) == "Vård och omsorg" and
          max(a_group_rows("Skolor"), key=lambda k: k[5])[1] == "Isgärdeskolan",
          "A: p. 2 says care costs most per portion and Isgärdeskolan most among the schools")
    isg = [k for k in A_KITCHENS if k[1] == "Isgärdeskolan"][0]
    claim(90 <= isg[3] / 178 <= 110, "A: p. 2 says Isgärdeskolan cooks for about a hundred pupils a day")
    need(A, f"Förklaringen är att {A_PASSAGE}", [2], "A passage")
    for t_, subs in A_ACTIONS:
        need(A, t_, [2], "A action")
        for x in subs:
            need(A, x, [2], "A sub-action")

    # (b) Omsvala, synpunkter och klagomål
    t = b_tot()
    for a in B_ADM:
        need(B, b_text(a), [1], "B matrix row")
        need(B, b_time_text(a), [2], "B time row")
        lo, q1, q3, hi = a[12]
        claim(lo <= q1 <= a[11] <= q3 <= hi, f"B: box plot of {a[1]} out of order")
        need(B, f"{a[1]} {a[11]} {hi}", [0], "B box plot labels")
        claim(a[8] <= a[7] <= b_total(a), f"B: closed cases of {a[1]} inconsistent")
    need(B, " ".join(b_total_cells()), [1], "B matrix total")
    need(B, " ".join(b_time_total_cells()), [2], "B time total")
    for c in B_CHANNELS:
        need(B, b_channel_text(c), [2], "B channel row")
    claim(sum(c[1] for c in B_CHANNELS) == t["n25"] and sum(c[2] for c in B_CHANNELS) == t["n26"],
          "B: the channels must add up to the totals")
    claim(sum(B_CAT_2025) == t["n25"], "B: the 2025 categories must add up to the 2025 total")
    for s_ in b_sentences():
        need(B, s_, [0], "B running text")
    adm = {a[1]: a for a in B_ADM}
    claim(max(B_ADM, key=b_total)[1] == "TF", "B: p. 2 says TF received most cases")
    claim([a[1] for a in B_ADM if b_total(a) < a[6]] == ["VOF"], "B: p. 2 says only VOF received fewer cases")
    claim(max(B_ADM, key=lambda a: a[5])[1] == "VOF", "B: p. 2 says VOF received most praise")
    claim(0.30 <= adm["TF"][2] / b_cat_tot()[0] <= 0.35, "B: p. 2 says TF had nearly a third of the complaints")
    claim(b_cat_tot()[2] > B_CAT_2025[2], "B: p. 2 says suggestions rose")
    claim(sorted(a[1] for a in B_ADM if b_within(a) >= B_TARGET) == ["KFF", "KLF"],
          "B: p. 3 says only KLF and KFF meet the target")
    slow = sorted(B_ADM, key=lambda a: a[11], reverse=True)
    claim({slow[0][1], slow[1][1]} == {"SOC", "MBF"} and all(b_within(adm[x]) < adm[x][9] for x in ("SOC", "MBF")),
          "B: p. 3 says SOC and MBF are slowest and their share in time fell")
    claim(max(B_CHANNELS, key=lambda c: c[2])[0] == "E-tjänst" and B_CHANNELS[3][2] < B_CHANNELS[3][1] and
          B_CHANNELS[4][2] > B_CHANNELS[4][1], "B: p. 3 says e-service most, letters down, visits up")
    claim(share(t["within"], t["closed"]) > 77.9 and B_MEDIAN[1] < B_MEDIAN[0], "B: p. 1 says things improved")
    need(B, f"förklarar de långa handläggningstiderna med att {B_PASSAGE}", [3], "B passage")
    for x in B_TOPICS:
        need(B, x, [3], "B topic")
    for t_, subs in B_MEASURES:
        need(B, t_, [3], "B measure")
        for x in subs:
            need(B, x, [3], "B sub-measure")

    # (c) Plogsta, skolskjutsplan
    for r in C_ROWS:
        want = [2] if r[0] <= C_BREAK_AFTER else [3]
        if pages_of(C, c_text(r)) != want:
            errs.append(f"C: tur {r[0]} printed on {pages_of(C, c_text(r))}, expected {want}")
    if count(C, "Tur Sträckning Skola Elever Km/dag Fordon Entreprenör Kostnad, tkr") != 2:
        errs.append("C: the heading of Tabell 1 must be printed twice")
    need(C, "Tabell 1 fortsätter på nästa sida", [1], "C break note")
    need(C, "Tabell 1 (forts.) Tur Sträckning", [2], "C continued heading")
    need(C, " ".join(c_total_cells()), [2], "C total")
    for n_ in C_CONTRACTORS:
        need(C, c_contractor_text(n_), [2], "C contractor row")
    claim(sum(c_contractor(n_)["cost"] for n_ in C_CONTRACTORS) == c_sum(7), "C: contractor sums")
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    for i, y in enumerate(C_LEVEL_YEARS):
        need(C, y, [0], "C chart year")
    need(C, " ".join(" ".join(str(v) for v in vals) for vals in C_LEVELS.values()), [0], "C chart band values")
    need(C, " ".join(g(c_level_total(i)) for i in range(len(C_LEVEL_YEARS))), [0], "C chart totals")
    claim(c_level_total(-1) > c_sum(3), "C: more pupils with the right to transport than on the procured routes")
    claim(c_sum(7) > C_BUDGET and c_sum(7) > C_PREV_COST, "C: p. 1/3 say the cost exceeds budget and last year")
    need(C, f"Kostnaden ökar med {g(c_sum(7) - C_PREV_COST)} tkr", [2], "C increase")
    paul = c_contractor("Paulins Taxi AB")
    claim(max(C_CONTRACTORS, key=lambda n_: c_contractor(n_)["n"]) == "Paulins Taxi AB" and
          min(C_CONTRACTORS, key=lambda n_: c_contractor(n_)["pupils"]) == "Paulins Taxi AB",
          "C: p. 3 says Paulins Taxi runs most routes with fewest pupils")
    need(C, f"kör flest turer, {paul['n']} av {len(C_ROWS)}", [2], "C Paulins")
    claim(DATE(2027, 8, 1) < C_CONTRACT_END["Paulins Taxi AB"] < DATE(2028, 6, 30),
          "C: Paulins' contract ends during the school year")
    r22 = [r for r in C_ROWS if r[0] == 22][0]
    claim("Oxvik" in r22[1] and r22[1].startswith("Ulvnäs") and r22[2] == "Urviks skola",
          "C: p. 4 says tur 22 goes from Ulvnäs via Oxvik to Urviks skola")
    claim(all(r[1].startswith("Plogsta") for r in C_ROWS if r[0] in (19, 20)), "C: turer 19 and 20 are in Plogsta")
    claim(sum(1 for r in C_ROWS if r[5] == "Anpassad taxi") == 2, "C: two routes with adapted taxi")
    need(C, f"Anledningen är att {C_PASSAGE}", [3], "C passage")
    for x in C_RULES:
        need(C, x, [3], "C rule")

    # (d) Unnerstad, bredbandsprogrammet
    for a in D_AREAS:
        need(D, d_text(a), [1], "D area row")
        need(D, f"{a[1]} {d1(a[5])} %", [0], "D battery label")
        claim(a[3] <= a[4] <= a[5], f"D: coverage of {a[1]} must not fall")
    for grp in D_GROUPS:
        need(D, " ".join(d_group_sum_cells(grp)), [1], "D group sum")
    need(D, " ".join(d_total_cells()), [1], "D total")
    for p_ in D_PROJECTS:
        need(D, d_project_text(p_), [2], "D project row")
        claim(p_[3] <= p_[2] and (p_[6] == "Klart") == (p_[3] == p_[2]) and
              (p_[6] in ("Försenat", "Ej påbörjat")) == (p_[3] == 0), f"D: project {p_[0]} inconsistent")
    need(D, " ".join(x for x in d_project_sum_cells() if x), [2], "D project sum")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    s = d_agg(D_AREAS)
    claim(s["c26"] < D_PROGRAM_TARGET, "D: the programme target is not yet reached")
    met = [a for a in D_AREAS if a[5] >= d_target(a)]
    need(D, f"{WORD[len(met)].capitalize()} av sju områden har redan nått målet", [1], "D met")
    claim(max(D_AREAS, key=lambda a: a[5] - a[4])[1] == "Uppgården", "D: p. 2 says Uppgården rose most")
    claim(max(D_AREAS, key=d_without)[1] == "Jutbo" and [a for a in D_AREAS if a[1] == "Jutbo"][0][5] -
          [a for a in D_AREAS if a[1] == "Jutbo"][0][3] < 3, "D: p. 2 says Jutbo barely changed and lacks most")
    st = collections.Counter(p_[6] for p_ in D_PROJECTS)
    claim(st["Klart"] == 1 and st["Pågår"] == 4, "D: p. 3 says one project done and four in progress")
    claim(all(p_[7].year == 2027 for p_ in D_PROJECTS if p_[6] == "Pågår"), "D: p. 3 says those finish in 2027")
    claim([p_[0] for p_ in D_PROJECTS if p_[6] == "Försenat"] == ["Jutbo byanät"] and
          [p_[0] for p_ in D_PROJECTS if p_[6] == "Ej påbörjat"] == ["Ingarviks Fiber etapp 2"],
          "D: p. 3 names the delayed and the not started project")
    need(D, f"Skälet är att {D_PASSAGE}", [2], "D passage")
    for t_, subs in D_MEASURES:
        need(D, t_, [3], "D measure")
        for x in subs:
            need(D, x, [3], "D sub-measure")

    # (e) Pilvalla, idrottsanläggningar
    for r in E_ROWS:
        need(E, e_text(r), [1], "E long-format row")
        claim(e_booked(r) <= r[3], f"E: more booked than bookable hours at {r[0]} {r[2]}")
    for yr in (2025, 2026):
        need(E, " ".join(e_total_cells(yr)), [1], "E total row")
    for f in E_FEES:
        need(E, e_fee_text(f), [2], "E fee row")
    for s_ in e_sentences():
        need(E, s_, [0], "E running text")
    wd = e_weekdays()
    claim(sum(wd) == e_year(2026)["booked"] and all(v > 0 for v in wd), "E: the weekdays must add up to the total")
    for day, v in zip(E_WEEKDAYS, wd):
        need(E, f"{day} {g(v)} tim", [0], "E rose label")
    t6, t5 = e_year(2026), e_year(2025)
    claim(t6["booked"] < t5["booked"] and t6["occ"] > E_OCC_TARGET and t6["youth"] < E_YOUTH_TARGET and
          E_REVENUE[1] > E_REVENUE[0], "E: p. 1 claims")
    rows26 = [r for r in E_ROWS if r[2] == 2026]
    claim([r[0] for r in rows26 if e_occ(r) < E_OCC_TARGET] == ["Ormviks sporthall"],
          "E: p. 3 says only Ormviks sporthall was under the target")
    claim(max(rows26, key=e_youth)[0] == "Uddsängens IP" and min(rows26, key=e_youth)[0] == "Ursjöbadet" and
          max(rows26, key=lambda r: r[4])[0] == "Pilvallahallen", "E: p. 3 names the highest and lowest youth share")
    claim(t6["groups"][3] > t5["groups"][3], "E: p. 3 says more hours were let to companies and private persons")
    orm = [r for r in E_ROWS if r[0] == "Ormviks sporthall"]
    claim(0.28 <= 1 - orm[1][3] / orm[0][3] <= 0.38, "E: four months closed is about a third of the bookable hours")
    unchanged = [(f[0], i) for f in E_FEES for i in range(3) if f[4 + i] == f[1 + i]]
    claim(all(f[4 + i] >= f[1 + i] for f in E_FEES for i in range(3)) and unchanged == [("Simhall, per bana", 0)],
          "E: p. 3 says all fees rise except the swimming fee for children and youth")
    need(E, f"Minskningen beror på att {E_PASSAGE}", [2], "E passage")
    for x in E_PRIORITIES:
        need(E, x, [3], "E priority")

    # (f) Region Jorvala, hjälpmedelscentralen (p. 2 scanned)
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    s5 = f_sum()
    claim(s5[3] == sum(f_dev(c) for c in F_GROUPS), "F: the deviations do not add up to the sum row")
    for m in F_MEASURES:
        need(F, f_measure_text(m), [2], "F measure row")
    for s_ in f_sentences():
        need(F, s_, [0], "F running text")
    for dte, step in F_TIMELINE:
        need(F, f"{dte.isoformat()} {step}", [0], "F timeline")
    for x in F_PRIORITIES:
        need(F, x, [3], "F priority")
    over_ = [c for c in F_GROUPS if f_dev(c) < 0]
    need(F, f"{WORD[len(over_)].capitalize()} av tio produktgrupper väntas överskrida", [2], "F over budget")
    claim(min(F_GROUPS, key=f_dev)[0] == "Förflyttningshjälpmedel", "F: p. 3 says mobility aids have the largest gap")
    claim(max(F_GROUPS, key=lambda c: c[3] / c[2])[0] == "Kognitiva hjälpmedel",
          "F: p. 3 says cognitive aids rise most relative to the budget")
    claim(sorted(c[0] for c in F_GROUPS if f_dev(c) > 0) ==
          sorted(["Gånghjälpmedel", "Lyftar och lyftselar", "Kommunikationshjälpmedel", "Synhjälpmedel"]),
          "F: p. 3 names the groups with a surplus")
    claim(all(c[4] >= c[2] * (1 + F_PRICE / 100) for c in F_GROUPS) and
          all(c[4] > c[2] * 1.05 for c in over_) and all(c[4] < c[2] * 1.05 for c in F_GROUPS if f_dev(c) > 0),
          "F: p. 3 says every group got at least the price increase and the deficit groups more")
    claim(F_STAFF[0] - F_STAFF[1] == 3, "F: p. 1 says three more employees")
    claim(F_MEASURES[0][3] > F_MEASURES[0][2] and F_MEASURES[4][3] < F_MEASURES[4][2] and
          F_MEASURES[5][3] < F_MEASURES[5][2] and F_MEASURES[2][3] > F_MEASURES[2][2], "F: p. 1/3 claims on measures")
    need(F, f"Kostnaden för kognitiva hjälpmedel ökar eftersom {F_PASSAGE}", [2], "F passage")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−-")) >= 2 and number_in(layer, num.lstrip("+")):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in F_SCAN_FOOT[:2] + F_SCAN_HEAD[2:] + [" ".join(r) for r in f_scan_rows()]:
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
