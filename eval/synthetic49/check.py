"""Checks ../heldout_syn49.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the
Lervåla document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic48/check.py (itself modelled on ../synthetic46/check.py): the generic part – text
normalisation, page texts, number and date parsing, the 5-word copy test, the list recomputation, the per-question
loop, the counts, the document checks and the none-label count – is copied from there (with the units, letters and
documents of this set; numbers are compared as whole tokens so that "21 118" does not count as "21"); the constants,
the row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic49.

* format: 50 questions hs49001..hs49050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 4 figures, 2 lists, 1 passage and 2 none), at least 9 conditional lists, at least 4 list-shaped none
  questions, at least 8 none questions naming a row label or column header printed in their document (NONE_LABEL);
  on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality or region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next; for the scanned page the text is data.f_scan_text(), and those evidence phrases and items must
  NOT occur in the text layer of any page and those figure texts not as a number of their own;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, the full row text on the page or the next,
  the condition does not select every row); the whole-list question must cover exactly its list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality or region, the scanned text included (regex patterns; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* the JPEG of the scanned page is byte for byte what scan49.render() draws from data.py now;
* documents: 6 PDFs with 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (d) (WITH_MINUS); no
  metadata title anywhere; landscape exactly page 2 of (b); page 3 of (f) an image without text; no names of earlier
  synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic48/check.py and
  ../synthetic46/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with F, H, L or V, none of OWN or PERSONS occurs in the
  READMEs of the earlier sets (../synthetic … ../synthetic48) or in ../synthetic46/check.py and
  ../synthetic48/check.py, and every OWN name and person is used;
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
from data import (A_HOMES, A_GROUPS, A_PASSAGE, A_MEASURES, A_RIKET_N,  # noqa: E402
                  a_text, a_ok, a_agg, a_group_rows, a_total_cells, a_sentences,
                  B_PROJECTS, B_GROUPS, B_AGE, B_FEE_RISE, B_PASSAGE,
                  b_text, b_split, b_group_sum_cells, b_total_cells, b_summary_text,
                  b_summary_total_cells, b_sum_tkr, b_sentences,
                  C_RISKS, C_AREAS, C_LEVELS, C_FINDINGS, C_PASSAGE, C_PLANNED_2026, C_DONE_2026, C_DEV_2026,
                  c_cells, c_text, c_rv, c_level, c_sentences,
                  D_CLINICS, D_GROUPS, D_AGES, D_TARGET, D_WAIT_ALL, D_PASSAGE, D_MEASURES,
                  d_text, d_total, d_group_sum_cells, d_total_cells, d_age, d_wait_text,
                  d_wait_total_cells, d_sum, d_econ_rows, d_econ_text, d_sentences,
                  E_PLANS, E_STAGES, E_PB, E_BREAK_AFTER, E_GOAL, E_PASSAGE, E_PRIORITIES, E_ADOPTED_2025,
                  e_cells, e_text, e_adopted_2026, e_sentences,
                  F_LOANS, F_MEDIA, F_E_LOANS, F_VISITS, F_GOALS, F_SCAN_NOTES, F_SCAN_TITLE, F_SCAN_FOOT,
                  f_text, f_total, f_sum, f_total_cells, f_sentences, f_scan_cells, f_scan_rows,
                  f_scan_text, f_scan_numbers,
                  g, d1, WORD, D as DATE)

QFILE = HERE.parent / "heldout_syn49.jsonl"
N_Q = 50
BASE = 49000
PREFIX = "hs"
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 2
MIN_EN_FIGS = 4
MIN_EN_PASSAGES = 1
MIN_EN_NONE = 2
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs49048"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "veckor", "timmar", "riskvärde"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "lunnemala-von-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
B = "hovsater-tn-va-plan-investeringar-2027-2036.pdf"
C = "vitakra-ks-internkontrollplan-2027.pdf"
D = "region-vindmark-folktandvarden-verksamhetsrapport-2026.pdf"
E = "forsvalla-sbn-planbesked-detaljplaner-lagesrapport-2026.pdf"
F = "lervala-kfn-bibliotekens-verksamhetsberattelse-2026.pdf"
# the name a question must carry
PLACE = {A: "Lunnemåla", B: "Hovsäter", C: "Vitåkra", D: "Vindmark", E: "Forsvalla", F: "Lervåla"}
PAGES = {A: 3, B: 3, C: 3, D: 4, E: 4, F: 4}
WITH_TITLE = set()
WITH_MINUS = {D}
LANDSCAPE = {B: [2]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "FHLV"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic48/check.py and ../synthetic46/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic48).
# ../synthetic50 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Felix Stål", "Tina Mårtensson", "Mona Tidblad", "Mats Fernström", "Frida Schön", "Jädersund", "Omsvala",
    "Plogsta", "Unnerstad", "Pilvalla", "Jorvala", "Pilängsskolan", "Uvedalsskolan", "Ombackaskolan",
    "Jorsängsskolan", "Isgärdeskolan", "Jädersundsgymnasiet", "Ollonets förskola", "Prästkragens förskola",
    "Jordgubbens förskola", "Pilbergsgården", "Oxelbackagården", "Pinnarp", "Ulvnäs", "Urvik", "Oxvik", "Uttersjö",
    "Jolsby", "Olsbyn", "Ingsbyn", "Padderud", "Jämnås", "Uvhult", "Oppsjö", "Urviksån", "Plogstaskolan",
    "Pinnarps skola", "Urviks skola", "Jolsby skola", "Jarlbuss AB", "Oskarssons Buss AB", "Paulins Taxi AB",
    "Ungbergs Trafik AB", "Pingsta", "Ingarvik", "Jutbo", "Porsnäs", "Uppgården", "Ormbäcken", "Unnerstads Stadsnät",
    "Pingsta Fiberförening", "Ingarviks Fiber", "Jutbo byanät", "Porsnäs Fiber", "Uppgårdens fiberförening",
    "Ormbäckens byanät", "Pilvallahallen", "Jarlahallen", "Ormviks sporthall", "Oxvreta bollhall", "Uddsängens IP",
    "Pilvalla ishall", "Ursjöbadet", "Jonas Pihl", "Ulrika Palm", "Ida Ohlsson", "Per Isaksson", "Oskar Jungbeck",
    "Petra Unger", "Ingrid Persson", "Jakob Olander", "Pontus Irving", "Josefin Pettersson", "Ola Ingvarsson",
    "Johanna Ullberg", "Isak Pålsson",
]
# real Swedish municipalities and regions beginning with F, H, L or V (the regions are Halland, Jämtland Härjedalen,
# Värmland, Västerbotten, Västernorrland, Västmanland and Västra Götaland): none may be one of our names, and none may
# occur as a word in our PDFs (case-sensitive, so ordinary words such as "vara" or "lund" do not count)
REAL = ["Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
        "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
        "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö",
        "Halland", "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland"]
# our own invented names (the region and municipalities first, then care homes, the contractor, VA areas and waters,
# clinics, districts and plan names, library branches); later sets should add them to their FORBIDDEN lists
OWN = ["Lunnemåla", "Hovsäter", "Vitåkra", "Vindmark", "Forsvalla", "Lervåla",
       "Hasselbacken", "Linnégården", "Vallmogården", "Ljungbacka", "Havsviken", "Fridhem", "Lönngården",
       "Fläderbacken", "Lindmarks Omsorg AB",
       "Hemsjön", "Lövudden", "Vikbo", "Fladdervik", "Fäbodviken", "Fäbodbäcken",
       "Fagerås", "Hjälmby", "Lidvik", "Vångsby", "Harsjö", "Flyhamn", "Ljusbäcken",
       "Lövsta", "Vännby", "Fornby", "Hagnäs", "Hjorten", "Vildgåsen", "Lodjuret", "Vesslan", "Fasanen",
       "Hermelinen", "Laxen", "Fiskaren", "Hovslagaren", "Lokföraren", "Vävstolen", "Ladugårdsängen", "Lönnhagen",
       "Hemmingstorp", "Vägmästaren", "Fältskären", "Lejonet", "Vitsippan", "Hagtornet", "Lindhaga",
       "Vikhult", "Falkeby", "Lillbo", "Hedbrunna", "Lövsunda"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Hanna Lindell", "Viktor Forsell", "Fredrik Hallin", "Lena Vadström", "Helena Frisk", "Leo Hammar",
           "Vera Lundh", "Fabian Hedlund", "Linnea Fahlén", "Henrik Vestin", "Frida Lövgren", "Hugo Vall"]
# earlier sets: README.md of each (../synthetic … ../synthetic48), and check.py of the two template sets
TEMPLATES = ["synthetic46", "synthetic48"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 49)]


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


def c_item(r):
    return " ".join(c_cells(r)[1:])


def e_item(p):
    return " ".join(c for c in e_cells(p)[1:] if c)


def f_scan_row_text(v):
    return " ".join(f_scan_cells(v))


A_H = rows(A_HOMES, a_text)
B_P = rows(B_PROJECTS, b_text)
C_R = [dict(r=r, item=c_item(r), row=c_text(r)) for r in C_RISKS]
D_C = rows(D_CLINICS, d_text)
D_W = rows(D_CLINICS, d_wait_text)
E_P = [dict(r=p, item=e_item(p), row=e_text(p)) for p in E_PLANS]
F_V = rows(F_VISITS, f_scan_row_text)

# qid -> (rows, predicate on the raw row)
COND = {
    "hs49004": (A_H, lambda h: h[6] < 90),                                  # risk assessments 2026 under 90 %
    "hs49005": (A_H, lambda h: h[10] < h[9]),                               # satisfied 2026 < 2025 (pair)
    "hs49013": (B_P, lambda p: p[3] == 2027),                               # start year 2027
    "hs49014": (B_P, lambda p: p[5] > 40000),                               # over 40 mnkr, table in tkr
    "hs49021": (C_R, lambda r: c_rv(r) >= 12),                              # risk value 12 or more
    "hs49029": (D_W, lambda c: c[8] > D_TARGET),                            # waiting 2026 over the target
    "hs49030": (D_C, lambda c: c[0] == "Södra länsdelen" and c[2] > 5000),  # group + 0–19 over 5 000
    "hs49038": (E_P, lambda p: p[5] == "Granskning"),                       # status word
    "hs49039": (E_P, lambda p: p[3] == "Vännby" and p[4] > 100),            # district + over 100 homes
    "hs49046": (F_V, lambda v: v[4] > 0),                                   # self-service hours (scan)
    "hs49047": (F_V, lambda v: v[2] < v[1]),                                # fewer visits than 2025 (pair, scan)
}
PAIR = {"hs49005", "hs49047"}
GROUP = {"hs49030", "hs49039"}
EXACT = {
    "hs49022": [t for t, _ in C_FINDINGS],
}
NONE_ABSENT = {
    "hs49007": (A, [r"2024"], None),
    "hs49008": (A, [r"[Kk]ostnad", r"kr(?:onor)? per (?:dygn|plats)", r"[Dd]ygnskostnad", r"per dygn",
                    r"[Dd]ygnsavgift", r"\bkr\b"], None),
    "hs49009": (A, [], lambda: all(h[2] <= 60 for h in A_HOMES)),
    "hs49015": (B, [r"2037"], None),
    "hs49016": (B, [r"[Aa]nläggningsavgift", r"[Aa]nslutningsavgift", r"kr per (?:fastighet|tomt|lägenhet)",
                    r"[Aa]nslut[^.]{0,60}\bkr\b", r"[Aa]nslutningen kostar"], None),
    "hs49017": (B, [], lambda: all(p[5] <= 200000 for p in B_PROJECTS)),
    "hs49024": (C, [r"2025"], None),
    "hs49025": (C, [], lambda: all(c_rv(r) < 16 for r in C_RISKS)),
    "hs49032": (D, [r"2024"], None),
    "hs49033": (D, [r"[Pp]ris", r"\bkr\b", r"kronor för", r"[Aa]vgift(?:en)? för", r"[Tt]andvårdstaxa",
                    r"[Rr]eferenspris", r"[Kk]ostar"], None),
    "hs49034": (D, [], lambda: all(c[7] <= 52 and c[8] <= 52 for c in D_CLINICS) and max(D_WAIT_ALL) <= 52),
    "hs49041": (E, [], lambda: all(p[4] <= 800 for p in E_PLANS)),
    "hs49042": (E, [r"[Hh]yresrätt", r"[Bb]ostadsrätt", r"[Ää]ganderätt", r"[Uu]pplåtelseform", r"[Hh]yreslägenhet"],
                None),
    "hs49048": (F, [r"2024"], None),
    "hs49049": (F, [r"[Aa]ktiva låntagare", r"\d[^.]{0,40}låntagare", r"låntagare[^.]{0,40}\d",
                    r"[Ll]ånekort[^.]{0,40}\d", r"[Ll]åntagarna"], None),
    "hs49050": (F, [], lambda: all(b[4] <= 5000 for b in F_LOANS)),
}
LIST_NONE = {"hs49009", "hs49017", "hs49025", "hs49034", "hs49041", "hs49050"}
NONE_LABEL = {
    "hs49007": ("Linnégården", "Linnégården"),
    "hs49008": ("Fridhem", "Fridhem"),
    "hs49009": ("platser", "Platser"),
    "hs49015": ("vatten och avlopp", "Investeringar i vatten och avlopp"),
    "hs49017": ("projekt", "Projekt"),
    "hs49025": ("riskvärde", "Riskvärde"),
    "hs49032": ("67 år och äldre", "67 år och äldre"),
    "hs49034": ("väntetid", "Väntetid, veckor (median)"),
    "hs49041": ("bostäder", "Bostäder"),
    "hs49042": ("Lindhaga etapp 1", "Lindhaga etapp 1"),
    "hs49048": ("Lillbo", "Lillbo bibliotek"),
    "hs49050": ("film", "Film"),
}


NUM_RE = re.compile(r"(?<![\d,])[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\d,])|(?<![\d,])[−-]?\d+(?:,\d+)?(?![\d,])")


def num_tokens(text):
    return {re.sub(r"[ \u00a0]", " ", m.group().lstrip("−-")) for m in NUM_RE.finditer(text)}


def number_in(text, num):
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
                if re.fullmatch(r"20\d\d", pat) and pat not in q["question"]:
                    E_(f"the absence rule looks for the year {pat}, which the question does not ask about")
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
                if not any(f["unit"] == "datum" or re.search(r"(?<![\d,])" + re.escape(f["text"]) + r"(?![\d,])", ev)
                           for ev in q["evidence"]):
                    E_(f"figure text is not a number of its own in the evidence: {f['text']!r}")
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
        elif not all(re.search(p_, SCANNED[F][3]) for p_ in [r"Besök 2025", r"Besök 2026"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025–2026")
        elif not any(v[0].split()[0].lower() in q_[0]["question"].lower() for v in F_VISITS):
            errs.append(f"{qid}: the none question should name a branch of the scanned table")

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
            # the JPEG in the PDF must be exactly what scan49.render() draws from data.py now (the rendering is
            # seeded), so the text check.py uses for this page is the text printed in the image
            from scan49 import render
            xo = r.pages[pgno - 1]["/Resources"]["/XObject"]
            raw_ = [xo[k].get_object()._data for k in xo]
            if raw_ != [render().read()]:
                errs.append(f"{fn}: the scanned image on p{pgno} is out of sync with data.py (rebuild)")

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

    # ---------------------------------------------------------------- data consistency (synthetic49)
    # (a) Lunnemåla, särskilda boenden
    for i, h in enumerate(A_HOMES, 1):
        need(A, a_text(h), [1], "A home row")
        need(A, f"{i} {h[1]} {d1(h[4])} % {h[10]} %", [0], "A scatter legend")
        claim(0 < h[4] < 14 and 76 < h[10] < 94, f"A: {h[1]} outside the scatter chart's axes")
    need(A, " ".join(a_total_cells()), [1], "A total row")
    for grp in A_GROUPS:
        need(A, grp.upper(), [1], "A group row")
    need(A, "Trycksår, %¹ mål högst 10,0 Riskbedömning, % mål minst 90", [1], "A three-level heading")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    s = a_agg(A_HOMES)
    claim(s["places"] == sum(h[2] for h in A_HOMES), "A: places")
    ok = {j: [h for h in A_HOMES if a_ok(h, j)] for j in range(4)}
    need(A, f"{WORD[len(ok[0])].capitalize()} av åtta boenden ligger på eller under målet för trycksår", [1],
         "A pressure ulcers at target")
    need(A, f"Målet för riskbedömningar nåddes på {WORD[len(ok[1])]} av boendena", [1], "A risk assessments")
    need(A, f"{WORD[len(ok[2])]} boenden når målet", [1], "A medication reviews")
    down = [h for h in A_HOMES if h[10] < h[9]]
    need(A, f"men minskade på {WORD[len(down)]}", [1], "A satisfaction down")
    hb = [h for h in A_HOMES if h[1] == "Hasselbacken"][0]
    claim(hb[4] - hb[3] == max(h[4] - h[3] for h in A_HOMES), "A: p. 2 says Hasselbacken rose sharply")
    claim(all(h[4] < h[3] for h in A_HOMES if h[1] in ("Linnégården", "Vallmogården")),
          "A: p. 2 says Linnégården and Vallmogården had fewer ulcers")
    hv = [h for h in A_HOMES if h[1] == "Havsviken"][0]
    fl = [h for h in A_HOMES if h[1] == "Fläderbacken"][0]
    claim(hv[4] < hv[3] and hv[6] > hv[5] and hv[8] > hv[7] and hv[10] > hv[9], "A: Havsviken improved in all four")
    claim(fl[4] > fl[3] and fl[6] < fl[5] and fl[8] < fl[7] and fl[10] < fl[9], "A: Fläderbacken worse in all four")
    claim(sum(1 for h in A_HOMES for j in range(4) if not a_ok(h, j)) >= sum(1 for j in range(4) if not a_ok(hv, j))
          and sum(1 for j in range(4) if not a_ok(hv, j)) == 4, "A: Havsviken has the weakest results")
    claim(sum(h[6] > h[5] for h in A_HOMES) > 4, "A: p. 2 says more residents got a medication review")
    claim(sum(h[10] > h[9] for h in A_HOMES) > len(A_HOMES) / 2, "A: p. 2 says satisfaction rose at most homes")
    priv, kom = a_agg(a_group_rows("Privat utförare")), a_agg(a_group_rows("Kommunal regi"))
    need(A, f"Boendena i privat regi hade i genomsnitt {priv[(3, 2026)]} procent nöjda, mot {kom[(3, 2026)]} "
            f"procent i kommunal regi", [1], "A group satisfaction")
    need(A, f"{d1(priv[(0, 2026)])} procent i privat regi och {d1(kom[(0, 2026)])} procent i kommunal regi", [1],
         "A group ulcers")
    claim(s[(3, 2026)] > A_RIKET_N, "A: p. 3 says the satisfaction is above the national average")
    need(A, f"Ökningen förklaras av att {A_PASSAGE}", [2], "A passage")
    for t_, subs in A_MEASURES:
        need(A, t_, [2], "A measure")
        for x in subs:
            need(A, x, [2], "A sub-measure")

    # (b) Hovsäter, VA-plan
    for p_ in B_PROJECTS:
        need(B, b_text(p_), [1], "B project row")
        sp = b_split(p_)
        claim(sum(sp.values()) == p_[5] and all(v > 0 for v in sp.values()) and min(sp) == p_[3] and
              max(sp) == p_[4], f"B: yearly split of {p_[1]}")
        claim(2027 <= p_[3] <= p_[4] <= 2036, f"B: years of {p_[1]}")
    for grp in B_GROUPS:
        need(B, " ".join(x for x in b_group_sum_cells(grp) if x), [1], "B group sum")
        need(B, b_summary_text(grp), [2], "B summary row")
    need(B, " ".join(x for x in b_total_cells() if x), [1], "B total")
    need(B, " ".join(b_summary_total_cells()), [2], "B summary total")
    tot = b_sum_tkr(B_PROJECTS)
    claim(sum(tot[1:]) == tot[0], "B: the yearly columns must add up to the total")
    for s_ in b_sentences():
        need(B, s_, [0], "B running text")
    for lab, v in B_AGE:
        need(B, f"{v} {lab}", [0], "B histogram label")
    need(B, f"Lagt före 1980: {sum(v for _, v in B_AGE[:4])} km", [0], "B bracket")
    claim(max(B_PROJECTS, key=lambda p_: p_[5])[1] == "Nytt vattenverk vid Hemsjön",
          "B: p. 1 says the waterworks is the largest project")
    big = sorted(B_PROJECTS, key=lambda p_: p_[5], reverse=True)
    claim([x[1] for x in big[:3]] == ["Nytt vattenverk vid Hemsjön", "Ombyggnad av Fladderviks reningsverk",
                                      "Hemsjöns fritidshusområde"], "B: p. 1 names the three largest projects")
    vv = B_PROJECTS[0]
    claim(vv[4] == 2031, "B: p. 3 says the waterworks starts operating in 2031")
    lov = [p_ for p_ in B_PROJECTS if p_[1] == "Reservvattentäkt i Lövudden"][0]
    claim(lov[4] <= vv[3] + 1 and lov[3] < vv[3], "B: p. 3 says the reserve source comes before the waterworks")
    need(B, f"Skälet är att {B_PASSAGE}", [2], "B passage")
    need(B, f"Brukningsavgiften höjs med {d1(B_FEE_RISE)} procent", [2], "B fee")

    # (c) Vitåkra, internkontrollplan
    for r in C_RISKS:
        need(C, c_text(r), [1], "C risk row")
        claim(1 <= r[3] <= 4 and 1 <= r[4] <= 4, f"C: scale of risk {r[0]}")
        c_level(c_rv(r))
    claim([r[0] for r in C_RISKS] == list(range(1, len(C_RISKS) + 1)), "C: numbering")
    for area in C_AREAS:
        need(C, area, [1], "C area row")
    for lo, hi, name in C_LEVELS:
        need(C, f"{name} {lo}–{hi}", [0], "C level chip")
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    with_dev = [t for t, subs in C_FINDINGS if not t.startswith(("Ekonomiskt bistånd", "Bisysslor"))]
    claim(len(with_dev) == C_DEV_2026 and C_PLANNED_2026 - C_DONE_2026 == 1,
          "C: three controls with deviations and one not done (bisysslor)")
    for i, (t_, subs) in enumerate(C_FINDINGS, 1):
        need(C, f"{i}. {t_}", [2], "C finding")
        for x in subs:
            need(C, x, [2], "C sub-finding")
    need(C, f"eftersom {C_PASSAGE}", [2], "C passage")
    beh = [r for r in C_RISKS if r[2].startswith("Behörigheter")][0]
    claim(beh[6] == "Varje kvartal", "C: p. 3 says the authorisation control becomes quarterly")

    # (d) Region Vindmark, Folktandvården
    for c in D_CLINICS:
        need(D, d_text(c), [1], "D clinic row")
        need(D, d_wait_text(c), [2], "D waiting row")
    for grp in D_GROUPS:
        need(D, " ".join(d_group_sum_cells(grp)), [1], "D group sum")
    need(D, " ".join(d_total_cells()), [1], "D total")
    need(D, " ".join(d_wait_total_cells()), [2], "D waiting total")
    for r in d_econ_rows():
        need(D, d_econ_text(r), [3], "D economy row")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    a25, a26 = d_age(2025), d_age(2026)
    claim(sum(a25) == d_sum(D_CLINICS)[5] and sum(a26) == d_sum(D_CLINICS)[4], "D: age groups add up")
    for i, lab in enumerate(D_AGES):
        need(D, f"{g(a25[i])} {g(a26[i])} {lab}", [0], "D chart labels")
    claim(all(v < 30500 for i, v in enumerate(a25 + a26) if i % 4 != 2) and a25[2] > 32000 and a26[2] > 32000,
          "D: only the 24–66 columns are broken")
    grew = [c for c in D_CLINICS if d_total(c) > c[6]]
    need(D, f"ökade på {WORD[len(grew)]} av sju kliniker", [1], "D grew")
    claim(sorted(c[1] for c in D_CLINICS if d_total(c) < c[6]) == ["Hjälmby", "Lidvik"],
          "D: p. 2 says Hjälmby and Lidvik have fewer patients")
    claim(max(D_CLINICS, key=d_total)[1] == "Vångsby", "D: Vångsby is the largest")
    over = [c for c in D_CLINICS if c[8] > D_TARGET]
    need(D, f"{WORD[len(over)].capitalize()} kliniker har längre väntetid än målet", [2], "D over target")
    claim(max(D_CLINICS, key=lambda c: c[8] - c[7])[1] == "Hjälmby", "D: Hjälmby rose most")
    claim([c for c in D_CLINICS if c[1] == "Lidvik"][0][8] == D_TARGET, "D: Lidvik exactly at the target")
    claim(min(D_CLINICS, key=lambda c: c[8])[1] == "Ljusbäcken", "D: Ljusbäcken shortest")
    claim(max(D_CLINICS, key=lambda c: c[9])[1] == "Vångsby", "D: Vångsby has the longest queue")
    claim(D_WAIT_ALL[1] > D_WAIT_ALL[0] and D_WAIT_ALL[1] > D_TARGET, "D: waiting time up and over the target")
    north = [c for c in D_CLINICS if c[0] == "Norra länsdelen"]
    claim(max(D_CLINICS, key=lambda c: c[8] - c[7]) in north, "D: p. 1 says the wait grew most in the north")
    need(D, f"Det beror på att {D_PASSAGE}", [2], "D passage")
    res = d_econ_rows()
    claim(res[0][2] < res[0][1] and abs(res[1][2]) <= abs(res[1][1]), "D: p. 4 revenue under and costs within")
    for x in D_MEASURES:
        need(D, x, [3], "D measure")

    # (e) Forsvalla, detaljplaner
    for p_ in E_PLANS:
        want = [2] if p_[0] <= E_BREAK_AFTER else [3]
        if pages_of(E, e_text(p_)) != want:
            errs.append(f"E: plan {p_[0]} printed on {pages_of(E, e_text(p_))}, expected {want}")
        claim(p_[5] in E_STAGES + ["Överklagad"] and DATE(2026, 1, 1) <= p_[6] <= DATE(2026, 12, 31),
              f"E: status/date of plan {p_[0]}")
    claim([p_[0] for p_ in E_PLANS] == list(range(1, len(E_PLANS) + 1)), "E: numbering")
    if count(E, "Nr Detaljplan Syfte Stadsdel Bostäder Skede Status Senaste beslut") != 2:
        errs.append("E: the heading of Tabell 2 must be printed twice")
    need(E, "Tabell 2 fortsätter på nästa sida", [1], "E break note")
    need(E, "Tabell 2 (forts.) Nr Detaljplan", [2], "E continued heading")
    need(E, f"Summa bostäder {g(sum(p_[4] for p_ in E_PLANS))}", [2], "E total")
    for lab, a_, b_ in E_PB:
        need(E, f"{lab} {g(a_)} {g(b_)}", [0], "E planbesked row")
    pb = {lab: (a_, b_) for lab, a_, b_ in E_PB}
    claim(pb["Positiva planbesked"][1] + pb["Negativa planbesked"][1] + pb["Ej avgjorda vid årets slut"][1] ==
          pb["Inkomna ansökningar"][1], "E: planbesked 2026 add up")
    claim(pb["Positiva planbesked"][0] + pb["Negativa planbesked"][0] + pb["Ej avgjorda vid årets slut"][0] ==
          pb["Inkomna ansökningar"][0], "E: planbesked 2025 add up")
    claim(pb["Handläggningstid, veckor (median)"][1] < 17, "E: within four months")
    need(E, " ".join(E_STAGES), [0], "E stage legend")
    for s_ in e_sentences():
        need(E, s_, [0], "E running text")
    ad = e_adopted_2026()
    claim(sum(p_[4] for p_ in ad) > E_GOAL > E_ADOPTED_2025[1], "E: 2026 over the goal, 2025 under it")
    lad = [p_ for p_ in E_PLANS if p_[1] == "Ladugårdsängen etapp 1"][0]
    claim(lad[5] == "Antagen" and lad[6].month == 12 and lad[4] == max(p_[4] for p_ in ad),
          "E: p. 1 says Ladugårdsängen 1 was adopted in December and explains the high number")
    need(E, f"har {WORD[sum(1 for p_ in ad if p_[5] == 'Laga kraft')]} vunnit laga kraft", [2], "E laga kraft")
    need(E, f"{WORD[sum(1 for p_ in E_PLANS if p_[5] == 'Granskning')].capitalize()} planer är ute på granskning",
         [2], "E granskning")
    her = [p_ for p_ in E_PLANS if p_[1] == "Hermelinen 7"][0]
    claim(her[5] == "Överklagad" and her[6].month == 6 and her[4] == 85, "E: Hermelinen 7 appealed, June, 85")
    by_d = collections.Counter()
    for p_ in E_PLANS:
        by_d[p_[3]] += p_[4]
    claim(by_d.most_common(1)[0][0] == "Vännby", "E: p. 3 says Vännby has most planned homes")
    need(E, f"Det beror på att {E_PASSAGE}", [2], "E passage")
    l2 = [p_ for p_ in E_PLANS if p_[1] in ("Ladugårdsängen etapp 2", "Lindhaga etapp 2")]
    claim(300 < sum(p_[4] for p_ in l2) < 320, "E: p. 4 says the two plans give just over 300 homes")
    for x in E_PRIORITIES:
        need(E, x, [3], "E priority")

    # (f) Lervåla, biblioteken (p. 3 scanned)
    for b in F_LOANS:
        need(F, f_text(b), [1], "F loan row")
        need(F, f"{b[0]} {g(f_total(b))}", [0], "F flow label")
    need(F, " ".join(f_total_cells()), [1], "F total")
    for m, v in zip(F_MEDIA, f_sum()[:5]):
        need(F, f"{m} {g(v)}", [0], "F flow media label")
    need(F, f"E-medier¹ {g(F_E_LOANS[1])} {g(F_E_LOANS[0])}", [1], "F e-media row")
    for s_ in f_sentences():
        need(F, s_, [0], "F running text")
    grew = [b for b in F_LOANS if f_total(b) > b[6]]
    need(F, f"ökade på {WORD[len(grew)]} av sju utlåningsställen", [1], "F loans grew")
    claim(sorted(b[0] for b in F_LOANS if f_total(b) < b[6]) ==
          ["Huvudbiblioteket", "Lillbo bibliotek", "Lövsunda bibliotek"], "F: p. 2 names the branches with fewer")
    claim(max(F_LOANS, key=lambda b: f_total(b) - b[6])[0] == "Vikhults bibliotek", "F: Vikhult rose most")
    kids = [b for b in F_LOANS if b[2] > b[1]]
    need(F, f"största medietypen på {WORD[len(kids)]} av utlåningsställena", [1], "F children's books")
    claim(max(F_LOANS, key=lambda b: b[2] / f_total(b))[0] == "Bokbussen", "F: the bus has most children's books")
    claim([b for b in F_LOANS if b[0] == "Bokbussen"][0][4] == 0, "F: the bus lends no film")
    mer = [v for v in F_VISITS if v[4] > 0]
    claim(all(v[2] > v[1] for v in mer), "F: p. 2 says visits rose where there is self-service")
    fewer = sorted(v[0] for v in F_VISITS if v[2] < v[1])
    small = sorted(v[0] for v in sorted([v for v in F_VISITS if v[0] not in ("Huvudbiblioteket", "Bokbussen")],
                                         key=lambda v: v[2])[:2])
    claim(fewer == sorted(["Huvudbiblioteket"] + small), "F: p. 2 says visits fell at the main library and the two "
                                                          "smallest branches")
    claim([v for v in F_VISITS if v[0] == "Lillbo bibliotek"][0][4] == 0, "F: Lillbo has no self-service yet")
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−-")) >= 2 and number_in(layer, num.lstrip("+")):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in F_SCAN_NOTES + [F_SCAN_TITLE] + F_SCAN_FOOT + [" ".join(r) for r in f_scan_rows()]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")
    for t_, subs in F_GOALS:
        need(F, t_, [3], "F goal")
        for x in subs:
            need(F, x, [3], "F sub-goal")

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
