"""Checks ../heldout_syn45.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the
Edsmyra document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic44/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the units, letters, ids and documents of this set); the constants, the
row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic45.

* format: 50 questions hs45001..hs45050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 4 of them figures, 2 lists, 1 passage and 3 none), at least 9 conditional lists, at least 4 list-shaped
  none questions, at least 8 none questions naming a row label or column header printed in their document
  (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
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
* documents: 6 PDFs, 3-4 pages each as planned, å/ä/ö extractable, "−" in (c); no metadata title; landscape
  exactly page 2 of (d); page 3 of (f) an image without text and without running header or footer; no names of
  earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic44/check.py and
  ../synthetic42/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with A, B, D, E, H or L, none of OWN or PERSONS
  occurs in the READMEs of the earlier sets (../synthetic … ../synthetic44) or in ../synthetic42/check.py and
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
from data import (A_RAM, A_BUDGET_2027, A_OUT_2026, A_BUDGET_2026, A_RISE_PARTS, A_VISION, A_GOALS, A_IND,  # noqa
                  A_IND_NOTES, A_BATH_2026, A_PASSAGE, A_STATUS, A_UPP_GROUPS, A_UPP, A_BREAK_AFTER, A_BUDGET_LINES,
                  a_ind_text, a_upp_text, a_budget_cells, a_budget_total_cells, a_sentences,
                  B_SAMPLE, B_GROUPS, B_THRESHOLD, B_SCALE, B_VERDICT, B_QUESTIONS, B_RECS, B_RESPONSES, B_PASSAGE,
                  b_text, b_total, b_nonproc, b_nonproc_sum, b_sentences,
                  C_YEARS, C_FIVE, C_SECTIONS, C_COMM, C_PASSAGE, C_FIN_BUDGET, c_val, c_five_text, c_comm_text,
                  c_sum_cells, c_fin_cells, c_total_cells, c_dev, c_sentences,
                  D_ZONES, D_LINES, D_GOALS, D_CHANGES, d_text, d_cov, d_zone_sum, d_sum_cells, d_goal_cells,
                  d_sentences,
                  E_PARTIES, E_VOTE, E_MOTIONS, E_PASSAGE, E_HALL, E_ELECTIONS, E_NEW_MOTIONS, e_vote_totals,
                  e_vote_text, e_motion_text, e_member_text,
                  F_GOALS, F_MEASURES, F_MEASURE_STATUS, F_MEASURE_SHORT, F_SCAN, F_SCAN_GROUPS, F_SCAN_HEAD,
                  F_SCAN_FOOT, F_SCAN_COLS, F_HIER, f_scan_text_row, f_scan_rows, f_scan_text, f_scan_numbers,
                  f_scan_sum, f_change, f_goal_text,
                  g, d1, pct, share, D as DATE)

QFILE = HERE.parent / "heldout_syn45.jsonl"
N_Q = 50
BASE = 45000
PREFIX = "hs"
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 2
MIN_EN_FIGS = 4
MIN_EN_PASSAGES = 1
MIN_EN_NONE = 3
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs45049"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "ton", "gram"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "lekvalla-kfn-namndplan-2028.pdf"
B = "brisvik-revisionsrapport-upphandling-2027.pdf"
C = "dyrhamra-arsredovisning-2027-utdrag.pdf"
D = "region-delsmark-trafikforsorjningsprogram-2028-2031.pdf"
E = "halsmora-kf-protokoll-2027-12-13.pdf"
F = "edsmyra-avfallsplan-uppfoljning-2027.pdf"
# the name a question must carry
PLACE = {A: "Lekvalla", B: "Brisvik", C: "Dyrhamra", D: "Delsmark", E: "Halsmora", F: "Edsmyra"}
PAGES = {A: 4, B: 4, C: 3, D: 3, E: 4, F: 4}
WITH_TITLE = set()
WITH_MINUS = {C}
LANDSCAPE = {D: [2]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "ABDEHL"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic44/check.py and ../synthetic42/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic44, as far as
# those lists reach). ../synthetic46 is being written at the same time and was not opened.
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
    "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken", "Lommarby", "Almbacka",
    "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp", "Kolbotten",
    "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo", "Falkmyra",
    "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården", "Falkhöjden",
    "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten",
    "Mossbol", "Strandboden", "Gästgivarn", "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan",
    "Rönnbyskolan", "Uddens skola", "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan",
    "Ekholmens friskola", "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo",
    "Lindåsen", "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen", "Dungsjö", "Gnistorp",
    "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan",
    "Bruksvägen", "Bruksskolan", "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga", "Ekorren",
    "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde", "Tallbackens skola",
    "Uvbergaskolan", "Lärkträdet", "Uvbergasalen", "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta",
    "Cronvik", "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta",
    "Cilleby", "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten",
    "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby",
    "Yxlingebostäder", "Ivenäs", "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena", "Qvarnstadsalen",
    "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen", "Ödegårdsskolan",
    "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret", "Örsjöviksbostäder", "Dammsjö", "Knutsbro",
    "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp", "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen",
    "Dalvallen", "Knutsån", "Lillnäs", "Lindgården", "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen",
    "Lingonbacken", "Näktergalen", "Gryttje", "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö",
    "Fridsmåla", "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö", "Fridsmålasalen", "Sjöängsbadet",
    "Tvärbäcken", "Hjortronhagen", "Torvbo", "Stensötaskolan", "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan",
    "Fältrevsskolan", "Smultronbackens skola", "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp",
    "Hemtorpsbostäder", "Wedelsta", "Ivringe", "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby",
    "Vallgläntan", "Jursta", "Pellesjön", "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön", "Ivringeån", "Idevik",
    "Wiksjö", "Calmby", "Vretby", "Jularp", "Villekullen", "Pilbacken", "Jungfruhagen", "Clarabergsskolan",
    "Wiboms skola", "Vintergatan", "Jasminen", "Vildrosen", "Carlsvallen", "Pelarsalen", "Valnöten", "Jakobsdal",
    "Westergrens Bygg", "Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik", "Ravelsmossen", "Ulvsta",
    "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad", "Ekhöjden",
    "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka", "Almgården",
    "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad", "Fällinge", "Helmsjö", "Lunnevik", "Nordinge",
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
    "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan", "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad", "Marbäcka",
    "Isbäckaån", "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan", "Tvärskogs skola",
    "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola", "Mariagården",
    "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan", "Malmen", "Tjädern", "Oxeln",
    "Ingenjören", "Yxan", "Orgeln", "Äppelträdet", "Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby", "Ramsåker",
    "Vemmeby", "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan", "Snickarbodens förskola",
    "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola", "Solrosens äldreboende",
    "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen", "Prövik Revision", "Rydqvist Trafikanalys",
    "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan", "Skogsvägen", "Parkvägen",
    "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan", "Båthälla", "Eksärva", "Gyllsta", "Hamrelund",
    "Mossala", "Timmerhamn", "Bärnstenen", "Ebbagården", "Gullregnet", "Hemgläntan", "Malvagården", "Mölnegården",
    "Tussilagon", "Gnejs Omsorg", "Herdevik Vård", "Teglaberget", "Gäddvik", "Gäddviksskolan", "Byvalla", "Hällby",
    "Hällbyskolan", "Hällbybadet", "Mjödån", "Grönmo", "Bergåsen", "Hedby", "Eneby", "Bredsand", "Gruvbyn", "Breviken",
    "Holmsjö", "Mörtviken", "Tegsnäs", "Hagstad", "Tingvallagatan", "Hedströms Gjuteri", "Bastuholmen", "Ekhagen",
    "Getberget", "Hagmyren", "Biografen", "Båtvarvet", "Tallåsen", "Hästskon", "Mälteriet", "Gästhagen", "Hedenäs",
    "Bergman & Hallin", "Hembyggarna i Mossala", "Hamnmagasinet", "Bollhallen", "Bistro Måsen", "Trattoria Bella",
    "Gillesstugan", "Tullhuset", "Enbuskens golfkrog", "Glasverandan", "Mästerlotsen", "Båtklubbens paviljong",
    "Ebbes Kök & Bar", "Hamntorget", "Bella Gastronomi", "Måsen Mat & Dryck", "Ebbes Krog", "Alnsjö", "Dyvika",
    "Fagerbro", "Lidsvik", "Nävsjö", "Orvika", "Aspnässkolan", "Damhagsskolan", "Forsängsskolan", "Lillåskolan",
    "Nybodaskolan", "Fyrklöverns friskola", "Novaskolan", "Oasens skola", "Lövnäs", "Flisbacken", "Apotekartorget",
    "Lasarettsvägen", "Oxtorget", "Dalbovägen", "Fabriksgatan", "Ottersjön", "Lidsviksån", "Norrskogen", "Ollonbacken",
    "Nyhagen", "Dalbacken", "Nävern", "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt",
    "Fiskeklubben Laxöringen", "Filmklubben Fyrljuset", "Orvika Skytteförening", "Nolåsens bygdegårdsförening",
    "Orvika Konstförening", "Dragspelsklubben Durspel", "Ankarets scoutkår", "Nordvallens skidklubb",
    "Aktiva seniorer i Orvika", "Orvika Ungdomsorkester", "Lidens hembygdsförening", "Bälsunda", "Erkelunda",
    "Gesterby", "Hökvalla", "Masthamra", "Tuvesta", "Bryggan", "Hälleberga", "Enhagsskolan", "Hökvallabadet",
    "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen", "Grönvik",
    "Hästeby", "Bodvallen", "Masthamrahem", "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik",
    "Bävern", "Holmby", "Hyvlaren", "Blåmesen", "Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta",
    "Odelsvik", "Kvarnvik", "Gärdshöjden", "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan",
    "Gjutargatan", "Kanalvägen", "Utmarksvägen", "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen",
    "Gamla landsvägen", "Orion", "Gåsholmen", "Kallviken", "Rimsjön", "Ugglevik", "Karin Ringdahl", "Weronica Kallin",
    "Oskar Wilund", "Rebecka Ullberg", "Göran Kvist", "Ruth Olander", "Gunnar Oldin", "Svedinge", "Vargsunda",
    "Porsbacka", "Ingsäter", "Jörnvik", "Claesborg", "Svedingebostäder", "Svedinge Energi", "Valör Revision",
    "Ceres Analys", "Idegranen", "Slåttervik", "Syrenhöjden", "Plommongården", "Callunagården", "Sjöglimten",
    "Vinbärsgården", "Solvändan", "Sjöbris", "Vindrosen", "Simon Carlberg", "Carina Stål", "Ivan Persson",
    "Jenny Sörman", "Viktor Ingvarsson", "Camilla Svärd", "Jonas Ståhlberg", "Petra Juhlin", "Edsvala", "Ånnesta",
    "Nordvreta", "Tallunda", "Angelsta", "Mossberga", "Aspvreten", "Tegelhagen", "Mjölkudden", "Norrbyhöjd", "Ekängen",
    "Trädgårdsstaden", "Mästerhagen", "Tornplatsen", "Nyckelby", "Åkervallen", "Mossgärdet", "Ekudden", "Ekuddsbron",
    "Alvhagen", "Marnäs", "Trollsjö", "Ållsta", "Aldertorp", "Ekshult", "Nolvik", "Tunaholm", "Ålsjöbruk",
    "Akvarellgruppen Ånnesta", "Musikföreningen Mollackord", "Mjölnarbygdens Folkdanslag", "Tornets Boxningsklubb",
    "Naturvännerna i Ånnesta", "Aktiv Ungdom Ånnesta", "Ensemble Nordljus", "Motionsklubben Milstolpen", "Tallparken",
    "Målbacken", "Nordvretahem", "Tornslingan", "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan",
    "Norrslätten", "Mjölnarbacken", "Nyplanen", "Alvhagsskolan", "Myrbacken", "Eklunden", "Anders Nyberg",
    "Eva Magnusson", "Tiina Mäkelä", "Ahmed Mansour", "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg",
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
    "Rokstad Vatten", "Knösta", "Rödjans avloppsreningsverk", "Grindviks sporthall", "Klockargården", "Runstensgården",
    "Oxbräckan", "Gökboet", "Wilhelmsro", "Kastellet", "Rosenhaga", "Utsikten", "Wallingården", "Rune Gustavsson",
    "Kerstin Ohlsson", "Ulla Kronqvist", "Kristina Rydberg", "Ulf Grönlund", "Katarina Ullman", "Olivia Karlsson",
    "Gunilla Wester", "Oskar Kullberg", "Roger Waltersson", "Wilma Gustafsson", "Göran Rask", "Rasmus Olofsson",
    "Kajsa Gren", "Rikard Gärdin", "Ulrika Wahlberg", "Karin Wikström", "Oscar Ramberg", "Ronja Wennberg",
    "Kajsa Gustavsson", "Brunnshed", "Fjällbrinka", "Vedmora", "Aldersvik", "Dunkersta", "Marvinge", "Algrena",
    "Bodaholm", "Dalstorpa", "Fjärdeby", "Mjölnaryd", "Vindåkra", "Filebacka", "Vallmora", "Myrstigens förskola",
    "Vindåsskolan", "Dalgläntan", "Bergtallens förskola", "Fjärilens förskola", "Vallhagsskolan", "Dammbacka",
    "Fältvägens idrottsplats", "Backsippans förskola", "Forsgläntans skola", "Alvhem", "Bäcklunda", "Almängens BK",
    "Björnstigens scoutkår", "Dansklubben Virvel", "Fältbiologerna i Marvinge", "Vinterbackens skidklubb",
    "Bodviks ridklubb", "Bygdegårdsföreningen Dalkullen", "Ferievikens båtklubb", "Vävstugeföreningen Brodyren",
    "Musikföreningen Allegro", "Filmstudion Duken", "Maria Vikström", "Bengt Fransson", "Agneta Bergqvist",
    "Daniel Falk", "Frida Magnusson", "Viktor Almqvist", "Vera Dahlin", "Anders Viberg", "Maja Ahlgren", "Mikael Blom",
    "Islinge", "Jordvalla", "Wendmark", "Ysterby", "Öxnevik", "Öxnehem", "Casselby", "Jordvallahallen", "Ivarsgården",
    "Ismyra", "Jonsbo", "Wallstena", "Åkerslund", "Öljersta", "Wallstena äng", "Iseberg", "Wiksberg", "Cypressen",
    "Jaktfalken", "Yllefabriken", "Walkyrian", "Iskällaren", "Åkerhällen", "Cisternen", "Inneby", "Jutsbo", "Älvnäs",
    "Wedarna", "Ingrid Wallin", "Jonas Ivarsson", "Yvonne Carlén", "Wilhelm Jansson", "Cecilia Öberg", "Isak Westman",
    "Johanna Ygberg", "William Jakobsson", "Carina Isaksson", "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm",
    "Emtuna", "Ekmarka", "Brånsta", "Marstorp", "Bolmsta", "Mälbacka", "Dalvreten", "Ängsmora", "Medvinge", "Ebbarp",
    "Dagsåsen", "Åbyhed", "Vedhamn", "Aspdalsvägen", "Bangatan", "Banvallen", "Emmarby", "Ärlegatan", "Bysjöån",
    "Vallbybron", "Dalkarlsbo", "Åsbyn", "Vikåsa", "Brandstorp", "Bredmossen", "Älgmossen", "Birgitta Ekholm",
    "Magnus Dahlberg", "Elin Vallgren", "Märta Dahlin", "Anette Boman", "Viktor Eriksson", "Eva Bäckström",
    "Mats Engdahl", "Erik Åberg", "Dragana Milić", "Anders Ekdahl", "Maj-Britt Vall", "Ebba Vidén", "Amir Bakir",
    "Björn Durén", "Ewa Molin", "Viktor Dahlström", "Malin Edvardsson", "David Månsson", "Vanja Ek",
    "Victoria Ahlberg", "Benny Mattsson", "Dennis Almén", "Dan Mårtensson", "Aida Vesterberg", "Beatrice Dahlqvist",
    "Axel Vinberg", "Doris Ahlqvist", "Wilsäter", "Jarvsta", "Nolvånga", "Ismunda", "Yngsvik", "Cedvinge",
    "Wilsäterhem", "Ingeborgsdal", "Nissebacken", "Cederkullen", "Jökelbo", "Nordtuna", "Yngshult", "Östervinge",
    "Järven", "Wäggeby", "Ivsjöbo", "Nolkärr", "Yxnäs", "Cinnarp", "Wirby", "Jonsåker", "Ceciliedal", "Jungsund",
    "Wiggeby", "Ivdalen", "Nästervik", "Öjersvik", "Ingvallsbo", "Ivsjön", "Jessica Nordlund", "Niklas Westin",
    "Irene Jonsson", "Carl Ödman", "Yasmin Nasser", "Conny Öhman", "Ida Wessman", "Christer Jansson", "Wera Nyholm",
    "Isabella Nordqvist", "Walter Nyman", "Nils Ingvarsson", "Camilla Nordgren", "Yvonne Jernberg", "Johan Yngvesson",
    "Inger Claesson", "Örjan Wiklander", "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg", "Claes Jönsson",
    "Ingemar Wiik", "Natalie Cronqvist", "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus", "Wilma Cederlund",
    "Jonatan Ceder", "Nina Iversen", "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm", "Cecilia Nyqvist",
    "Jasmin Örtegren", "Catarina Wijk", "Ivan Nordahl", "Jonna Öhrn", "Josef Cederquist", "Natalia Wretling",
    "Niclas Öberg", "Ylva Isaksen", "Ines Cederström",
]
# real Swedish municipalities and regions beginning with A, B, D, E, H or L (the regions are Blekinge, Dalarna and
# Halland): none may be one of our names, and none may occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby",
        "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte",
        "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil"]
# our own invented names (the region and municipalities first, then places, facilities and companies); later sets
# should add them to their FORBIDDEN lists
OWN = ["Lekvalla", "Brisvik", "Dyrhamra", "Delsmark", "Halsmora", "Edsmyra",
       "Alnvik", "Dammhult", "Ellstorp", "Heljesta",
       "Lingvalla", "Lysvinge", "Asklinge", "Bredmark", "Hulsvik", "Harnäsby", "Degermora", "Dejarp", "Eldinge",
       "Bodarp", "Lommeby", "Evedal", "Aldmark", "Hävlinge", "Essvik", "Dellvik", "Blekhamra", "Lekeby", "Borrsta",
       "Bastnäs",
       "Hälmvik", "Eggvik", "Brattvik", "Lådsta", "Arnsberga", "Dunby", "Ebbinge", "Lillmora", "Bäsnäs", "Hovmyra",
       "Lerbäcka", "Edholma", "Dalsnäs",
       "Dragnäs",
       "Bjursnäs", "Haggsta"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Astrid Hedman", "Henrik Bladh", "Bodil Ahlin",
           "Elin Bergwall", "Daniel Bäckman", "Bo Linderoth", "Hilda Eklund",
           "Amanda Ekwall", "Björn Hedlöf",
           "Diana Edberg", "Emil Haglund",
           "Britt Engström", "Erika Lindblad", "Axel Berglind", "Lejla Begić", "Anton Lerner", "Dora Hellsten",
           "Hassan Alavi", "Bianca Lundell", "Edvin Bohlin", "Benjamin Dahlquist", "Louise Backlund", "Love Andersén",
           "Lina Hedberg", "Arvid Holmér", "Hugo Enblom", "Alice Bengtzon", "Dalia Haddad", "Einar Ahlberg",
           "Alva Dahlbäck", "Ebba Lorentzon", "Hanna Dalén", "Lotta Brink", "Elsa Dufva", "Dennis Lövgren",
           "Linnea Dahlgren", "Helena Arvidsson"]
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


A_IR = rows(A_IND, a_ind_text)
A_UR = rows(A_UPP, a_upp_text)
B_SR = rows(B_SAMPLE, b_text)
C_CR = rows(C_COMM, c_comm_text)
D_LR = rows(D_LINES, d_text)
E_MR = rows(E_MOTIONS, e_motion_text)
E_VR = [dict(r=(p, E_VOTE[p]), item=e_vote_text(p)) for p, _ in E_PARTIES]
F_SR = rows(F_SCAN, f_scan_text_row)

# qid -> (rows, predicate on the raw row)
COND = {
    "hs45004": (A_IR, lambda i: i[4] < i[3]),                                     # 2026 < 2025 (pair)
    "hs45005": (A_UR, lambda u: u[5] == "Ej påbörjat"),                           # status word
    "hs45013": (B_SR, lambda s: s[5] == "Nej"),                                   # procured: no
    "hs45023": (C_CR, lambda c: c_dev(c) < 0),                                    # negative deviation
    "hs45024": (C_CR, lambda c: c_dev(c) > 1.0),                                  # surplus over 1 mnkr
    "hs45032": (D_LR, lambda l: l[5] == 0),                                       # no Sunday service
    "hs45033": (D_LR, lambda l: l[0] == "B" and d_cov(l) < 30),                   # zone + share under 30 %
    "hs45039": (E_MR, lambda m: m[4] == "Avslag"),                                # decision word
    "hs45040": (E_VR, lambda r: r[1][2] > 0),                                     # a party's no votes
    "hs45047": (F_SR, lambda r: r[2][4] < r[2][3]),                               # 2026 < 2025 (pair, scanned)
    "hs45048": (F_SR, lambda r: r[0] == 2 and r[2][4] > 1000),                    # group + amount (scanned)
}
PAIR = {"hs45004", "hs45047"}
GROUP = {"hs45033", "hs45048"}
EXACT = {
    "hs45014": [t for t, _ in B_RECS],
}
NONE_ABSENT = {
    "hs45007": (A, [r"2024"], None),
    "hs45008": (A, [r"[Ll]edamöter", r"[Ll]edamot"], None),
    "hs45009": (A, [], lambda: all(u[4].year < 2029 for u in A_UPP)),
    "hs45016": (B, [], lambda: all(s[4] <= 3000 for s in B_SAMPLE)),
    "hs45017": (B, [r"2022"], None),
    "hs45018": (B, [r"\d+ (?:upphandlare|anställda|årsarbetare|medarbetare|tjänster)\b",
                    r"[Uu]pphandlingsenheten[^.]{0,80}\d"], None),
    "hs45026": (C, [r"2022"], None),
    "hs45027": (C, [r"2028"], None),
    "hs45028": (C, [], lambda: all(c_dev(c) > -30 for c in C_COMM)),
    "hs45034": (D, [r"2024"], None),
    "hs45035": (D, [r"\bkr\b", r"[Kk]ronor", r"[Bb]iljettpris", r"[Ee]nkelbiljett", r"[Tt]axa\b", r"[Pp]ris"],
                None),
    "hs45036": (D, [], lambda: all(l[3] <= 80 for l in D_LINES)),
    "hs45042": (E, [r"[Kk]ommunstyrelsen, 20\d\d", r"[Vv]al[^.]{0,40}kommunstyrelsen"],
                lambda: all("kommunstyrelsen" not in body.lower() for body, _, _ in E_ELECTIONS)),
    "hs45043": (E, [r"[Dd]riftkostnad[^.]{0,80}\d", r"[Dd]rift[^.]{0,40}\d+,\d mnkr", r"simhall[^.]{0,120}per år"],
                None),
    "hs45049": (F, [r"2021"], None),
    "hs45050": (F, [r"\bkr\b", r"[Kk]ronor", r"[Aa]vgift", r"[Tt]axa\b"], None),
}
LIST_NONE = {"hs45009", "hs45016", "hs45028", "hs45036", "hs45042"}
NONE_LABEL = {
    "hs45007": ("konsthall", "Besökare i Lekvalla konsthall"),
    "hs45008": ("kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
    "hs45016": ("inköpen", "Granskade inköp per nämnd"),
    "hs45018": ("upphandlingsenheten", "Upphandlingsenheten"),
    "hs45027": ("socialnämnden", "Socialnämnden"),
    "hs45028": ("nämnder", "Nämnd"),
    "hs45034": ("resor", "Resor per år"),
    "hs45036": ("avgångar", "Avgångar per dag"),
    "hs45042": ("kommunstyrelsen", "Kommunstyrelsen"),
    "hs45043": ("simhallen", "simhallen"),
    "hs45049": ("restavfall", "Restavfall"),
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
        elif not all(re.search(p_, SCANNED[F][3]) for p_ in [r"2022", r"2023"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2022 and 2023")

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

    # ---------------------------------------------------------------- data consistency (synthetic45)
    WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
            10: "tio"}

    # (a) Lekvalla, nämndplan 2028
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    if abs(A_RAM - A_BUDGET_2027 - sum(A_RISE_PARTS)) > 0.01:
        errs.append("A: the parts of the budget rise must add up to the rise")
    need(A, "VISION " + A_VISION, [0], "A vision box")
    for nr, goal in A_GOALS:
        n = sum(1 for i in A_IND if i[0] == nr)
        need(A, f"Mål {nr} {goal} {n} indikatorer", [0], "A goal tree")
        need(A, f"MÅL {nr} {goal}", [1], "A goal chevron")
    for i in A_IND:
        need(A, a_ind_text(i), [1], "A indicator row")
    for n_ in A_IND_NOTES:
        need(A, n_, [1], "A note")
    bath = [i for i in A_IND if i[1].startswith("Besök i Heljestabadet")][0]
    if not (bath[5] < bath[4] < bath[3]):
        errs.append("A: p. 2 says the bath visits fell in 2026 and that the 2028 target is below the outcome")
    need(A, f"Besöken i Heljestabadet minskade 2026 eftersom {A_BATH_2026}", [1], "A bath 2026")
    need(A, f"Målvärdet för 2028 är lägre än utfallet, eftersom {A_PASSAGE}", [1], "A passage")
    queue = [i for i in A_IND if i[1].startswith("Barn i kö")][0]
    art = [i for i in A_IND if i[1].startswith("Besökare i Lekvalla konsthall")][0]
    if not (queue[4] < queue[3] and queue[2] == "-" and art[4] < art[3]):
        errs.append("A: p. 2 says the queue to the music school and the art gallery visitors fell")
    kf = [u for u in A_UPP if u[0] == 0]
    own = [u for u in A_UPP if u[0] == 1]
    need(A, f"Nämnden har fått {WORD[len(kf)]} uppdrag av kommunfullmäktige i budgeten för 2028 och har själv "
            f"beslutat om {WORD[len(own)]} uppdrag", [2], "A assignment counts")
    brk = [u[1] for u in A_UPP].index(A_BREAK_AFTER)
    for k, u in enumerate(A_UPP):
        want = [3] if k <= brk else [4]
        if pages_of(A, a_upp_text(u)) != want:
            errs.append(f"A: assignment {u[1]} printed on {pages_of(A, a_upp_text(u))}, expected {want}")
        if u[5] not in A_STATUS:
            errs.append(f"A: unknown status {u[5]}")
    if A_UPP[brk][0] != A_UPP[brk + 1][0]:
        errs.append("A: Tabell 2 must break inside a group")
    if count(A, "Nr Uppdrag Ansvarig Klart senast Status") != 2:
        errs.append("A: the heading of Tabell 2 must be printed twice")
    need(A, "Tabell 2 fortsätter på nästa sida", [2], "A break note")
    need(A, f"Tabell 2 (forts.) Nr Uppdrag Ansvarig Klart senast Status {A_UPP_GROUPS[A_UPP[brk][0]]} (forts.)", [3],
         "A continued heading")
    for gname in A_UPP_GROUPS:
        need(A, gname, [2], "A group row")
    need(A, "Teckenförklaring för status " + " ".join(A_STATUS), [2], "A status legend")
    for b in A_BUDGET_LINES:
        need(A, " ".join(a_budget_cells(b)), [3], "A budget row")
    tc = a_budget_total_cells()
    need(A, " ".join(tc), [3], "A budget total")
    if tc[1] != d1(A_BUDGET_2027) or tc[2] != d1(A_RAM):
        errs.append("A: Tabell 3 must add up to the budgets in the running text")
    if max(A_BUDGET_LINES, key=lambda b: b[2] - b[1])[0] != "Fritid och anläggningar":
        errs.append("A: p. 4 says Fritid och anläggningar gets the largest rise")

    # (b) Brisvik, revisionsrapport
    for s_ in b_sentences():
        need(B, s_, [1], "B running text")
    for k, lab in enumerate(B_SCALE):
        need(B, lab, [1], "B scale label")
    if B_SCALE[B_VERDICT] != "Delvis tillfredsställande":
        errs.append("B: p. 2 says the assessment is 'delvis'")
    for t_, subs in B_QUESTIONS:
        need(B, t_, [1], "B audit question")
        for s_ in subs:
            need(B, s_, [1], "B audit sub-question")
    for gi, gname in enumerate(B_GROUPS):
        need(B, gname.upper(), [2], "B group row")
        if not any(s[0] == gi for s in B_SAMPLE):
            errs.append(f"B: empty group {gname}")
    for s in B_SAMPLE:
        need(B, b_text(s), [2], "B sample row")
        if s[5] == "Ja" and s[6] not in ("Ramavtal", "Eget avtal", "Direktupphandling"):
            errs.append(f"B: procured purchase {s[1]} without a contract form")
    if [s[0] for s in B_SAMPLE] != sorted(s[0] for s in B_SAMPLE) or [s[1] for s in B_SAMPLE] != list(
            range(1, len(B_SAMPLE) + 1)):
        errs.append("B: the sample must be numbered 1.. in group order")
    need(B, f"Summa {len(B_SAMPLE)} inköp {g(b_total())}", [2], "B sum row")
    need(B, f"varav utan upphandling {len(b_nonproc())} inköp {g(b_nonproc_sum())}", [2], "B non-procured row")
    expired = {s[2] for s in b_nonproc() if s[6] == "Avtalet har löpt ut"}
    if expired != {"Degermora Transport AB", "Essviks Bemanning AB"} or any(
            s[6] != "Saknas" for s in b_nonproc() if s[2] not in expired):
        errs.append("B: p. 3 says only the machine services and the nurses had expired contracts, the rest none")
    deg = [s for s in B_SAMPLE if s[2] == "Degermora Transport AB"][0]
    need(B, f"Tekniska nämnden köpte ändå tjänster för {g(deg[4])} tkr under perioden, eftersom {B_PASSAGE}", [2],
         "B passage")
    if deg[0] != B_GROUPS.index("Tekniska nämnden"):
        errs.append("B: the machine services belong to the technical committee")
    for t_, subs in B_RECS:
        need(B, t_, [3], "B recommendation")
        for s_ in subs:
            need(B, s_, [3], "B sub-recommendation")
    if [r[0] for r in B_RESPONSES] != list(range(1, len(B_RECS) + 1)):
        errs.append("B: one response per recommendation")
    for nr, ans, who, when in B_RESPONSES:
        need(B, f"{nr} {ans} Ansvarig: {who} · Klart senast {when.isoformat()}", [3], "B response")

    # (c) Dyrhamra, årsredovisning 2027
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    for sec in C_SECTIONS:
        need(C, sec.upper(), [1], "C section row")
    for r in C_FIVE:
        lab = r[1]
        txt = c_five_text(lab)
        if lab.startswith("Soliditet inkl"):
            txt = lab + " 1) " + txt[len(lab) + 1:]
        need(C, txt, [1], "C five-year row")
    need(C, "Mnkr om inget annat anges " + " ".join(str(y) for y in C_YEARS), [1], "C five-year heading")
    inv = [c_val("Antal invånare 31 december", y) for y in C_YEARS]
    nk = [c_val("Verksamhetens nettokostnader, mnkr", y) for y in C_YEARS]
    sk = [c_val("Skatteintäkter och generella statsbidrag, mnkr", y) for y in C_YEARS]
    res = [c_val("Årets resultat, mnkr", y) for y in C_YEARS]
    sol = [c_val("Soliditet, %", y) for y in C_YEARS]
    solp = [c_val("Soliditet inkl. samtliga pensionsförpliktelser, %", y) for y in C_YEARS]
    loan = [c_val("Låneskuld, mnkr", y) for y in C_YEARS]
    sick = [c_val("Sjukfrånvaro, %", y) for y in C_YEARS]
    if not all(a < b for a, b in zip(inv, inv[1:])):
        errs.append("C: p. 2 says the population grew every year")
    if not (nk[4] / nk[3] > sk[4] / sk[3] and nk[3] / nk[2] < sk[3] / sk[2]):
        errs.append("C: p. 2 says net costs grew faster than tax income in 2027 (and p. 1 that the result peaked "
                    "in 2026)")
    if max(res) != res[3] or not res[4] < res[3]:
        errs.append("C: p. 2 says the result fell from its peak in 2026")
    if not (sol[4] < sol[3] and solp[4] > solp[3]):
        errs.append("C: p. 2 says the equity ratio fell and the one including pensions improved")
    if abs(loan[4] - loan[3] - 35) > 0.01:
        errs.append("C: p. 2 says the debt rose by 35 mnkr")
    if not all(a > b for a, b in zip(sick, sick[1:])):
        errs.append("C: p. 1–2 say the sick leave fell every year")
    need(C, f"{g(inv[4])} invånare, {g(inv[4] - inv[3])} fler än ett år tidigare", [0], "C population")
    need(C, f"Antalet tillsvidareanställda ökade till {g(c_val('Tillsvidareanställda, antal', 2027))}", [0],
         "C staff")
    for c in C_COMM:
        need(C, c_comm_text(c), [2], "C committee row")
    for cells in (c_sum_cells(), c_fin_cells(), c_total_cells()):
        need(C, " ".join(cells), [2], "C sum rows")
    if c_total_cells()[2] != d1(nk[4]) or c_total_cells()[4] != d1(nk[3]):
        errs.append("C: Tabell 2 must add up to the net cost of the five-year overview")
    neg = {c[1] for c in C_COMM if c_dev(c) < 0}
    if not {"SN", "BUN"} <= neg:
        errs.append("C: p. 1 says SN and BUN both have deficits")
    sn = [c for c in C_COMM if c[1] == "SN"][0]
    need(C, f"Socialnämndens underskott på {d1(-c_dev(sn))} mnkr beror främst på att {C_PASSAGE}", [2], "C passage")
    tot = sum(c[3] for c in C_COMM)
    for c in C_COMM:
        sh = share(c[3], tot)
        if 166 * c[3] / tot > 14:
            need(C, f"{c[1]} {d1(sh)} %", [2], "C strip label")
        else:
            need(C, f"{c[1]} {d1(sh)} %", [2], "C strip legend")

    # (d) Region Delsmark, trafikförsörjningsprogram
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    for l in D_LINES:
        need(D, d_text(l), [1], "D line row")
        if l[4] > l[3] or l[5] > l[4]:
            errs.append(f"D: line {l[1]} has more departures at the weekend than on weekdays")
    for z, zname in D_ZONES:
        need(D, f"{z} Zon {z} – {zname}", [1], "D zone row")
        need(D, " ".join(d_sum_cells(f"Summa zon {z}", d_zone_sum(z), z)), [1], "D zone sum")
        need(D, f"Zon {z} {zname}", [0], "D zone legend")
    need(D, " ".join(d_sum_cells("Totalt", d_zone_sum())), [1], "D total")
    gains = {z: d_zone_sum(z)[4] - d_zone_sum(z)[3] for z, _ in D_ZONES}
    if max(gains, key=gains.get) != "A":
        errs.append("D: p. 1 says the journeys grow most in the city traffic")
    for gl in D_GOALS:
        need(D, " ".join(d_goal_cells(gl)), [2], "D goal row")
    for t_, subs in D_CHANGES:
        need(D, t_, [2], "D change")
        for s_ in subs:
            need(D, s_, [2], "D sub-change")
    l4 = [l for l in D_LINES if l[1] == "4"][0]
    if l4[5] != 0:
        errs.append("D: p. 3 says line 4 gets Sunday traffic (so it has none now)")
    for name in ("Hälmvik C", "Eggvik", "Brattvik", "Lådsta", "Arnsberga", "Dunby", "Ebbinge", "Lillmora", "Bäsnäs",
                 "Hovmyra", "Lerbäcka", "Edholma", "Dalsnäs"):
        need(D, name, [0], "D diagram place")

    # (e) Halsmora, kommunfullmäktige
    t = e_vote_totals()
    for p, _ in E_PARTIES:
        need(E, e_vote_text(p), [2], "E vote row")
        v = E_VOTE[p]
        if sum(v[1:]) != v[0]:
            errs.append(f"E: the votes of {p} do not add up to its seats")
    need(E, "Summa " + " ".join(str(x) for x in t), [2], "E vote sum")
    if t[0] != 41:
        errs.append("E: the council has 41 seats")
    need(E, f"Omröstningen utfaller med {t[1]} ja-röster mot {t[2]} nej-röster. {WORD[t[3]].capitalize()} ledamot "
            f"avstår och {WORD[t[4]]} ledamöter är frånvarande", [2], "E vote sentence")
    no_parties = [p for p, _ in E_PARTIES if E_VOTE[p][2] > 0]
    need(E, f"Ledamöterna för {', '.join(no_parties[:-1])} och {no_parties[-1]} reserverar sig", [2],
         "E reservation")
    for m in E_MOTIONS:
        need(E, e_motion_text(m), [0], "E motion row")
    for word, verb in (("Bifall", "bifalla"), ("Avslag", "avslå"), ("Besvarad", "anse")):
        ms = [m[1][0].lower() + m[1][1:] for m in E_MOTIONS if m[4] == word]
        need(E, f"att {verb} motionerna om {', '.join(ms[:-1])} och {ms[-1]}", [1], "E att-clause on motions")
    need(E, f"Kommunstyrelsen har berett {len(E_MOTIONS)} motioner", [0], "E motion count")
    need(E, f"motionen om gratis kollektivtrafik för pensionärer avslås med motiveringen att {E_PASSAGE}", [1],
         "E passage")
    if abs(E_HALL["y1"] + E_HALL["y2"] - E_HALL["frame"]) > 0.01:
        errs.append("E: the yearly amounts of the swimming hall must add up to the frame")
    need(E, f"investeringsram på {d1(E_HALL['frame'])} mnkr för en ny simhall vid Dragnäs. I förstudien från 2026 "
            f"beräknades kostnaden till {d1(E_HALL['study'])} mnkr. Ökningen på "
            f"{d1(E_HALL['frame'] - E_HALL['study'])} mnkr", [1], "E hall text")
    need(E, f"att anvisa en investeringsram på {d1(E_HALL['frame'])} mnkr för en ny simhall vid Dragnäs, varav "
            f"{d1(E_HALL['y1'])} mnkr under 2028 och {d1(E_HALL['y2'])} mnkr under 2029", [2], "E hall att")
    for body, term, groups in E_ELECTIONS:
        need(E, f"{body}, {term}", [2, 3], "E election body")
        for lab, people in groups:
            need(E, lab + " " + " ".join(e_member_text(m) for m in people), [2, 3], "E election roster")
    for t_, n_, p_ in E_NEW_MOTIONS:
        need(E, f"motion om {t_[0].lower() + t_[1:]} av {n_} ({p_})", [3], "E new motion")
    raw_e = " ".join(pdf_pages(E)[1])
    for nr in range(142, 148):
        if raw_e.count(f"§ {nr}") != 1:
            errs.append(f"E: § {nr} must be printed once")

    # (f) Edsmyra, avfallsplan (p. 3 scanned)
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    for gi, gname in enumerate(F_SCAN_GROUPS):
        rows_ = [r for r in F_SCAN if r[0] == gi]
        if norm(gname + " " + " ".join(f_scan_text_row(r) for r in rows_)) not in scan:
            errs.append(f"F: scanned group {gname} not in order")
    s5 = f_scan_sum()
    rest = [r for r in F_SCAN if r[1] == "Restavfall"][0][2]
    mat = [r for r in F_SCAN if r[1] == "Matavfall"][0][2]
    pap = [r for r in F_SCAN if r[1] == "Returpapper"][0][2]
    if not all(a > b for a, b in zip(rest, rest[1:])) or len(rest) - 1 != 4:
        errs.append("F: p. 1 says the residual waste fell for the fourth year in a row")
    if not mat[4] > mat[3] or not all(a > b for a, b in zip(pap, pap[1:])):
        errs.append("F: p. 1 says food waste kept rising and newspapers fall")
    avc = [r for r in F_SCAN if r[0] == 2]
    if max(avc, key=lambda r: r[2][4])[1] != "Trädgårdsavfall" or not s5[4] < s5[3]:
        errs.append("F: p. 1 says garden waste is the largest fraction at the recycling centres and the total fell")
    for m in F_GOALS:
        need(F, f_goal_text(m), [1], "F goal row")
    on_track = [m[0] for m in F_GOALS if (m[4] - m[3]) / (m[5] - m[3]) >= 0.25]
    if on_track != ["M1", "M2", "M3"]:
        errs.append(f"F: p. 1 says three of six goals are on track (M1–M3), computed {on_track}")
    need(F, "Tre av sex mål har rört sig åt rätt håll i den takt som behövs", [0], "F on-track sentence")
    for k, lab in enumerate(F_HIER):
        need(F, lab, [0], "F hierarchy band")
    for st in F_MEASURE_STATUS:
        ms = [m for m in F_MEASURES if m[4] == st]
        need(F, f"{st} {len(ms)} " + " ".join(f"{m[0]} {m[1]} {F_MEASURE_SHORT.get(m[2], m[2])} · {m[3]}"
                                              for m in ms), [3], "F kanban column")
    need(F, f"Avfallsplanen innehåller {WORD[len(F_MEASURES)]} åtgärder", [3], "F measure count")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    # (the first head line is the company's name, which the text layer names too)
    for x in F_SCAN_FOOT + F_SCAN_HEAD[1:] + [" ".join(r) for r in f_scan_rows()] + [" ".join(F_SCAN_COLS)]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")
    if not text_layer(F)[2] == "" and text_layer(F)[2].strip():
        errs.append("F: p. 3 must have no text layer")

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
