"""Checks ../train_syn42.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Mälbacka document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic40/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the units and letters of this set, and Swedish number words such as
"fem" accepted as figure texts); the constants, the row texts, the recomputation rules, the absence rules, the name
lists and the data checks are those of synthetic42.

* format: 72 questions t42001..t42072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
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
  the condition does not select every row); the two whole-list questions must cover exactly their list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality, the scanned text included (regex patterns; for list-shaped none questions a test
  on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (c); metadata titles exactly in (a) and (d);
  landscape pages exactly pages 2-3 of (d); page 2 of (f) an image without text; no names of earlier synthetic
  sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic40/check.py and ../synthetic38/check.py,
  extracted with ast), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own
  names (OWN) and persons all start with A, B, D, E, M, V, Ä or Å, none of OWN or PERSONS occurs in the READMEs of
  the earlier sets (../synthetic … ../synthetic40) or in ../synthetic38/check.py and ../synthetic40/check.py, and
  every OWN name and person is used;
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
from data import (A_YEARS, A_IS, A_NOTES, A_BUDGET_RESULT, A_TAX_OVER_BUDGET, A_FIN_OVER_BUDGET, A_GOAL_PCT,  # noqa
                  A_OPS, A_FIN_NOTE, A_PASSAGE, A_KEY_GROUPS, a_is_rows, a_is_text, a_keys, a_key_text, a_ops,
                  a_op_text, a_ops_sum, a_result, a_tax, a_net,
                  B_GROUPS, B_ROWS, B_RESULTS, B_PREV, B_PREV_N, B_LEVELS, B_BREAK_AFTER, B_PROPOSALS, B_PASSAGE,
                  b_rv, b_level, b_share, b_counts, b_plan_text, b_res_text,
                  C_MEMBERS, C_VOTE_NO, C_VOTE_ABSTAIN, C_BUDGET_RESULT, C_DEFICITS, C_TAX_PLUS, C_SCHOOL,
                  C_SCHOOL_ATT, C_PASSAGE, C_DELEG, c_forecast, c_votes, c_deleg_text,
                  D_YEARS, D_GROUPS, D_PROJECTS, D_BREAK_AFTER, D_FRAME, D_PREV_PLAN_2027, D_NOTES, D_PASSAGE,
                  d_projects, d_sum, d_text, d_sum_cells,
                  E_LIBS, E_LOAN_GOAL, E_EVENTS, E_PASSAGE, E_PLANS, e_tot, e_text, e_tot_cells, e_ev_text,
                  e_ev_year,
                  F_GOALS, F_ACTIONS, F_STATUSES, F_PREV_DONE, F_PASSAGE, F_PRIOS, F_IND, F_SCAN_NOTES,
                  F_SCAN_INTRO, F_SCAN_GOAL, f_counts, f_action_text, f_ind_text, f_met, f_wrong_way, f_scan_rows,
                  f_scan_text, f_scan_numbers,
                  g, d1, pct, D as DATE)

QFILE = HERE.parent / "train_syn42.jsonl"
N_Q = 72
BASE = 42000
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
SCAN_NONE = {"t42069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "riskvärde", "kg/inv"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "region-emtuna-arsredovisning-2026-utdrag.pdf"
B = "ekmarka-ks-internkontrollplan-2026-uppfoljning.pdf"
C = "bransta-ks-protokoll-2027-03-16.pdf"
D = "marstorp-tn-investeringsplan-gator-2027-2030.pdf"
E = "bolmsta-biblioteksstatistik-2026.pdf"
F = "malbacka-avfallsplan-uppfoljning-2026.pdf"
# the name a question must carry
PLACE = {A: "Emtuna", B: "Ekmarka", C: "Brånsta", D: "Marstorp", E: "Bolmsta", F: "Mälbacka"}
WITH_TITLE = {A, D}
WITH_MINUS = {A, C}
LANDSCAPE = {D: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "ABDEMVÄÅ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic40/check.py and ../synthetic38/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic40).
# ../synthetic41 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm",
]
# real Swedish municipalities and regions beginning with A, B, D, E, M, V, Ä or Å (regions: Blekinge, Dalarna,
# Västerbotten, Västernorrland, Västmanland, Västra Götaland, Värmland): none may be one of our names, and none may
# occur as a word in our PDFs ("Mark", "Berg", "Boden", "Vara", "Ale", "Eda", "Mora" and "Åre" are also ordinary
# words; the texts avoid them)
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Malung-Sälen", "Malmö", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö", "Västerbotten", "Västernorrland", "Västmanland",
        "Västra Götaland", "Värmland",
        "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm",
        "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg"]
# our own invented names (the region and municipalities first, then places, schools, streets, projects and
# libraries); later sets should add them to their FORBIDDEN lists
OWN = ["Emtuna", "Ekmarka", "Brånsta", "Marstorp", "Bolmsta", "Mälbacka",
       "Dalvreten",
       "Ängsmora", "Medvinge", "Ebbarp",
       "Dagsåsen", "Åbyhed", "Vedhamn", "Aspdalsvägen", "Bangatan", "Banvallen", "Emmarby", "Ärlegatan", "Bysjöån",
       "Vallbybron",
       "Dalkarlsbo", "Åsbyn", "Vikåsa", "Brandstorp",
       "Bredmossen", "Älgmossen"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Birgitta Ekholm", "Magnus Dahlberg", "Elin Vallgren",
           "Märta Dahlin", "Anette Boman", "Viktor Eriksson",
           "Eva Bäckström", "Mats Engdahl", "Erik Åberg", "Dragana Milić", "Anders Ekdahl", "Maj-Britt Vall",
           "Ebba Vidén", "Amir Bakir", "Björn Durén", "Ewa Molin", "Viktor Dahlström", "Malin Edvardsson",
           "David Månsson", "Vanja Ek", "Victoria Ahlberg", "Benny Mattsson", "Dennis Almén",
           "Dan Mårtensson", "Aida Vesterberg",
           "Beatrice Dahlqvist",
           "Axel Vinberg", "Doris Ahlqvist"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic38", "synthetic40"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 41)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_O = [dict(r=o, item=a_op_text(o)) for o in a_ops()]
A_K = [dict(r=k, item=a_key_text(k)) for k in a_keys()]
B_P = [dict(r=r, item=b_plan_text(r)) for r in B_ROWS]
B_R = [dict(r=r, item=b_res_text(r)) for r in B_ROWS]
C_D = [dict(r=x, item=c_deleg_text(x)) for x in C_DELEG]
D_P = [dict(r=p, item=d_text(p)) for p in D_PROJECTS]
E_L = [dict(r=x, item=e_text(x)) for x in E_LIBS]
E_V = [dict(r=x, item=e_ev_text(x)) for x in E_EVENTS]
F_A = [dict(r=a, item=f_action_text(a)) for a in F_ACTIONS]
F_I = [dict(r=i, item=f_ind_text(i)) for i in F_IND]

# qid -> (rows, predicate on the raw row)
COND = {
    "t42006": (A_O, lambda o: o[1] - o[2] < 0),                                    # deviation sign
    "t42007": (A_O, lambda o: o[2] > 400),                                         # amount
    "t42008": (A_K, lambda k: k[2][4] < k[2][3]),                                  # 2026 < 2025 (pair)
    "t42018": (B_R, lambda r: r[10] == "Väsentliga brister"),                      # result word
    "t42019": (B_P, lambda r: r[6] == "HR-chef"),                                  # responsible
    "t42030": (C_D, lambda x: x[3] == "Ekonomichef"),                              # responsible
    "t42031": (C_D, lambda x: x[2] < DATE(2027, 2, 1)),                            # date
    "t42042": (D_P, lambda p: p[0] == "2" and p[5] > 2),                           # group + amount
    "t42043": (D_P, lambda p: p[3] > 20),                                          # amount
    "t42044": (D_P, lambda p: p[8] > 0),                                           # a year with money
    "t42054": (E_L, lambda x: x[4] < x[3]),                                        # 2026 < 2025 (pair)
    "t42055": (E_L, lambda x: x[2] > 50000),                                       # amount
    "t42056": (E_V, lambda x: x[1] == 2026 and x[2] > 100),                        # year + amount (long format)
    "t42065": (F_I, lambda i: f_met(i)),                                           # target reached (scanned)
    "t42066": (F_I, lambda i: f_wrong_way(i)),                                     # pair with direction (scanned)
    "t42067": (F_A, lambda a: a[5] == "Försenad"),                                 # status
}
PAIR = {"t42008", "t42054", "t42066"}
GROUP = {"t42042"}
EXACT = {
    "t42020": [t for t, _ in B_PROPOSALS],
    "t42032": list(C_SCHOOL_ATT),
}
NONE_ABSENT = {
    "t42010": (A, [r"2021"], None),
    "t42011": (A, [r"[Aa]nställda", r"[Mm]edarbetare", r"[Åå]rsarbetare", r"[Pp]ersonalstyrka"], None),
    "t42012": (A, [r"2027"], None),
    "t42013": (A, [], lambda: all(o[1] - o[2] >= -300 for o in a_ops())),
    "t42022": (B, [r"2025"], None),
    "t42023": (B, [r"\bkr\b|kronor|\bmnkr\b|\btkr\b"], None),
    "t42024": (B, [r"[Vv]eckovis", r"[Vv]arje vecka"], lambda: all(r[7] != "Veckovis" for r in B_ROWS)),
    "t42025": (B, [], lambda: all(b_rv(r) < 20 for r in B_ROWS)),
    "t42034": (C, [r"fullmäktige[^.]{0,60}\d+ ledamöter", r"\d+ ledamöter[^.]{0,60}fullmäktige",
                   r"fullmäktiges ledamöter"], None),
    "t42035": (C, [r"[Jj]anuari"], None),
    "t42036": (C, [r"[Ss]ocialchef"], lambda: all(x[3] != "Socialchef" for x in C_DELEG)),
    "t42046": (D, [r"2031"], None),
    "t42047": (D, [r"[Ss]nöröjning", r"[Vv]interväghållning", r"[Vv]interunderhåll", r"\b[Ss]nö\b"], None),
    "t42048": (D, [], lambda: all(p[6] <= 20 for p in D_PROJECTS)),
    "t42049": (D, [r"\d+(?:[ ,]\d+)? ?(?:km|kilometer|meter)\b", r"\d m\b", r"[Ll]ängd", r"\blång\b"], None),
    "t42058": (E, [r"2023"], None),
    "t42059": (E, [r"[Ee]-bok", r"[Ee]-böcker", r"[Ee]-medi", r"[Ee]-lån", r"[Ll]judbok", r"[Dd]igitala lån",
                   r"[Dd]igitala medier"], None),
    "t42060": (E, [], lambda: all(x[4] <= 250000 for x in E_LIBS)),
    "t42069": (F, [r"2022"], None),
    "t42070": (F, [r"\bkr\b|kronor", r"[Tt]axa", r"[Aa]vgift"], None),
    "t42071": (F, [r"[Aa]vbrut"], lambda: all(a[5] in F_STATUSES for a in F_ACTIONS)
               and "Avbruten" not in F_STATUSES),
    "t42072": (F, [r"\bton\b", r"[Tt]onnage"], None),
}
LIST_NONE = {"t42013", "t42024", "t42025", "t42036", "t42048", "t42060", "t42071"}
NONE_LABEL = {
    "t42010": ("soliditet", "Soliditet, %"),
    "t42012": ("kollektivtrafiken", "Kollektivtrafik"),
    "t42013": ("budgeten", "Avvikelse mot budget"),
    "t42022": ("riskvärde", "Riskvärdet"),
    "t42024": ("kontrollmoment", "Kontrollmoment"),
    "t42025": ("riskvärde", "riskvärde 15–25"),
    "t42036": ("delegationsbeslut", "Anmälan av delegationsbeslut"),
    "t42046": ("beläggningsprogram", "Beläggningsprogram för gator"),
    "t42048": ("2028", "Plan 2028"),
    "t42049": ("GC-vägen", "GC-vägen mellan Marstorp och Vedhamn"),
    "t42058": ("utlån", "Utlån"),
    "t42060": ("besök", "Besök"),
    "t42069": ("hushållsavfall", "Insamlat hushållsavfall"),
    "t42071": ("åtgärder", "Åtgärder per mål"),
    "t42072": ("återvinningscentralen i Älgmossen", "återvinningscentralen i Älgmossen"),
}


def number_in(text, num):
    """num as a number of its own in text (not part of a longer number)"""
    return re.search(r"(?<![\d,])" + re.escape(num) + r"(?![\d,])", text) is not None


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
        elif not any(re.search(p_, s_) for p_ in [r"2020", r"2024"] for s_ in [SCANNED[F][2]]):
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

    # ---------------------------------------------------------------- data consistency (synthetic42)
    WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 9: "nio"}

    # (a) Region Emtuna, årsredovisning 2026
    for r in a_is_rows():
        need(A, a_is_text(r), [2], "A income statement row")
    for n_, (title, rows) in A_NOTES.items():
        key = {5: "skatt", 6: "gsb", 7: "finint", 8: "finkost"}[n_]
        for k in (1, 2):
            if abs(abs(sum(r[k] for r in rows)) - abs(A_IS[key][k + 1])) > 0.05:
                errs.append(f"A: note {n_} does not add up to the income statement ({k})")
        for lab, v26, v25 in rows:
            need(A, f"{lab} {d1(v26)} {d1(v25)}", [2], "A note row")
        need(A, f"Summa {d1(sum(r[1] for r in rows))} {d1(sum(r[2] for r in rows))}", [2], "A note sum")
    for k in a_keys():
        need(A, a_key_text(k), [1], "A key figure row")
    for grp in A_KEY_GROUPS:
        need(A, grp.upper(), [1], "A key group")
    for o in a_ops():
        need(A, a_op_text(o), [3], "A operating row")
    ob, ou, op_ = a_ops_sum()
    if abs(ou - a_net(2026)) > 0.05 or abs(op_ - a_net(2025)) > 0.05:
        errs.append("A: the operating statement does not add up to the net costs")
    need(A, f"Verksamhetens nettokostnader {d1(ob)} {d1(ou)} {d1(op_)} {d1(ob - ou, plus=True)}", [3], "A op sum")
    need(A, A_FIN_NOTE, [3], "A footnote")
    res26, res25 = a_result(2026), a_result(2025)
    keys = {k[1]: k[2] for k in a_keys()}
    pct_ = keys["Årets resultat i % av skatteintäkter och generella statsbidrag"]
    netg = keys["Förändring av verksamhetens nettokostnader, %"]
    taxg = keys["Förändring av skatteintäkter och generella statsbidrag, %"]
    need(A, f"Regionens resultat för 2026 blev {d1(res26)} mnkr ({d1(res25)}). Det är {d1(res26 - A_BUDGET_RESULT)} "
            f"mnkr bättre än det budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr. Resultatet motsvarar "
            f"{d1(pct_[-1])} procent av skatteintäkter och generella statsbidrag ({d1(pct_[-2])}), vilket är något "
            f"lägre än regionfullmäktiges finansiella mål på {d1(A_GOAL_PCT)} procent", [0], "A result")
    if not pct_[-1] < A_GOAL_PCT:
        errs.append("A: p. 1 says the result is below the financial goal")
    if not all(a_result(y) > 0 for y in (2024, 2025, 2026)) or a_result(2023) > 0:
        errs.append("A: p. 1 says the result is positive for the third year in a row")
    unreal = [r for r in A_NOTES[7][1] if r[0].startswith("Orealiserade")][0][1]
    need(A, f"Balanskravsresultatet uppgick till {d1(res26 - unreal)} mnkr efter avdrag för orealiserade vinster på "
            f"värdepapper med {d1(unreal)} mnkr", [0], "A balance requirement")
    need(A, f"Verksamhetens nettokostnader ökade med {d1(netg[-1])} procent ({d1(netg[-2])}) till {d1(a_net(2026))} "
            f"mnkr, medan skatteintäkter och generella statsbidrag ökade med {d1(taxg[-1])} procent ({d1(taxg[-2])}) "
            f"till {d1(a_tax(2026))} mnkr", [0], "A growth")
    faster = [y for i, y in enumerate(A_YEARS) if taxg[i] > netg[i]]
    if faster[-2:] != [2024, 2026]:
        errs.append("A: p. 1 says revenue grew faster than costs in 2026 and before that last in 2024")
    if abs(res26 - A_BUDGET_RESULT - (A_TAX_OVER_BUDGET + A_FIN_OVER_BUDGET - (ou - ob))) > 0.05:
        errs.append("A: the budget deviations on p. 1 do not explain the result vs budget")
    hs = a_ops()[0]
    need(A, f"Jämfört med budget blev skatteintäkter och generella statsbidrag {d1(A_TAX_OVER_BUDGET)} mnkr högre "
            f"och finansnettot {d1(A_FIN_OVER_BUDGET)} mnkr bättre, medan verksamheternas nettokostnader blev "
            f"{d1(ou - ob)} mnkr högre än budgeterat. Den största avvikelsen står hälso- och sjukvården för, "
            f"{d1(hs[1] - hs[2])} mnkr", [0], "A deviations")
    if min(a_ops(), key=lambda o: o[1] - o[2]) != hs:
        errs.append("A: health care must have the largest deviation")
    need(A, " ".join(f"{d1(a_result(y))} {y}" for y in A_YEARS), [0], "A area chart")
    sol = keys["Soliditet, %"]
    if sol[-1] != max(sol):
        errs.append("A: p. 2 says the soliditet is the highest of the period")
    sp = keys["Soliditet inklusive samtliga pensionsförpliktelser, %"]
    if not all(sp[i + 1] > sp[i] for i in range(1, 4)) or sp[-1] >= 0:
        errs.append("A: p. 2 says the soliditet incl. pensions is negative and improved every year since 2023")
    rate = keys["Skattesats, kr per skattekrona"]
    if not (rate[2] > rate[1] and rate[2] == rate[3] == rate[4]):
        errs.append("A: p. 2 says the tax rate is unchanged since the rise in 2024")
    loans = keys["Långfristiga lån, mnkr"]
    selff = keys["Självfinansieringsgrad av nettoinvesteringarna, %"]
    need(A, f"Självfinansieringsgraden blev {selff[-1]} procent", [1], "A self-financing")
    need(A, f"Regionen amorterade {d1(loans[-2] - loans[-1])} mnkr", [1], "A loans")
    koll = a_ops()[2]
    need(A, f"Hälso- och sjukvården redovisar en nettokostnad på {d1(hs[2])} mnkr, vilket är {d1(hs[2] - hs[1])} mnkr "
            f"mer än budgeterat. Underskottet förklaras främst av att {A_PASSAGE}", [3], "A passage")
    need(A, f"Kollektivtrafikens underskott på {d1(koll[2] - koll[1])} mnkr", [3], "A public transport")
    if {o[0] for o in a_ops() if o[1] - o[2] < 0} != {"Hälso- och sjukvård", "Kollektivtrafik"}:
        errs.append("A: p. 4 says the other operating areas have surpluses")

    # (b) Ekmarka, internkontrollplan 2026
    brk = [r[0] for r in B_ROWS].index(B_BREAK_AFTER)
    for k, r in enumerate(B_ROWS):
        want = [2] if k <= brk else [3]
        if pages_of(B, b_plan_text(r)) != want:
            errs.append(f"B: plan row {r[0]} printed on {pages_of(B, b_plan_text(r))}, expected {want}")
        need(B, b_res_text(r), [2], "B result row")
        if r[1] not in B_GROUPS or r[10] not in B_RESULTS:
            errs.append(f"B: row {r[0]} has an unknown group or result")
        if (r[8] is None) != (r[10] == "Ej genomförd"):
            errs.append(f"B: row {r[0]}: only the control not carried out lacks a sample")
        if r[10] == "Utan anmärkning" and r[9] != 0:
            errs.append(f"B: row {r[0]}: no remarks but deviations")
        if r[10] in ("Mindre brister", "Väsentliga brister") and not r[9]:
            errs.append(f"B: row {r[0]}: deficiencies without deviations")
    if B_ROWS[brk][1] != B_ROWS[brk + 1][1]:
        errs.append("B: Tabell 1 must break inside a process group")
    if count(B, "Nr Risk S K RV Kontrollmoment Ansvarig Frekvens") != 2:
        errs.append("B: the heading of Tabell 1 must be printed twice")
    need(B, "Tabell 1 fortsätter på nästa sida", [1], "B break note")
    need(B, f"Tabell 1 (forts.) Nr Risk S K RV Kontrollmoment Ansvarig Frekvens {B_ROWS[brk][1]} (forts.)", [2],
         "B continued group")
    cnt = b_counts()
    done = len(B_ROWS) - cnt["Ej genomförd"]
    need(B, f"innehöll {len(B_ROWS)} kontroller inom fyra processer. Av dem genomfördes {done}. "
            f"{WORD[cnt['Utan anmärkning']].capitalize()} kontroller gav inga anmärkningar, "
            f"{WORD[cnt['Mindre brister']]} visade mindre brister och {WORD[cnt['Väsentliga brister']]} visade "
            f"väsentliga brister. {WORD[cnt['Ej genomförd']].capitalize()} kontroll kunde inte genomföras", [0],
         "B counts")
    if len(B_GROUPS) != 4 or sum(B_PREV.values()) != B_PREV_N:
        errs.append("B: four processes; the counts of 2025 must add up")
    need(B, f"då {WORD[B_PREV['Väsentliga brister']]} av de {B_PREV_N} kontrollerna visade väsentliga brister", [0],
         "B previous year")
    if not cnt["Väsentliga brister"] < B_PREV["Väsentliga brister"]:
        errs.append("B: p. 1 says the result is better than the year before")
    sig = [r[0] for r in B_ROWS if r[10] == "Väsentliga brister"]
    if sig != [2, 6, 9]:
        errs.append("B: p. 1 and p. 4 comment on controls 2, 6 and 9 as significant deficiencies")
    if sorted(b_rv(r) for r in B_ROWS if b_level(b_rv(r)) == "Mycket hög") != [15, 16] or \
            {r[0] for r in B_ROWS if b_level(b_rv(r)) == "Mycket hög"} != {9, 11}:
        errs.append("B: p. 2 says risks 9 and 11 are the two with a very high risk value")
    for nr in (2, 6, 9):
        r = [x for x in B_ROWS if x[0] == nr][0]
        if not on(B, f"{r[9]}", [3]):
            errs.append(f"B: p. 4 comment on {nr} lacks its count")
    need(B, f"Kontrollen genomfördes inte eftersom {B_PASSAGE}", [3], "B passage")
    for t_, subs in B_PROPOSALS:
        need(B, t_, [3], "B proposal")
        for s_ in subs:
            need(B, s_, [3], "B sub-proposal")

    # (c) Brånsta, kommunstyrelsens protokoll
    for x in C_DELEG:
        need(C, c_deleg_text(x), [3], "C delegation row")
    fc = c_forecast()
    defs = dict(C_DEFICITS)
    need(C, f"Prognosen för helåret visar ett resultat på {d1(fc)} mnkr, att jämföra med det budgeterade resultatet "
            f"på {d1(C_BUDGET_RESULT)} mnkr. Nämnderna prognostiserar tillsammans ett underskott på "
            f"{d1(sum(defs.values()))} mnkr, varav socialnämnden {d1(defs['socialnämnden'])} mnkr, barn- och "
            f"utbildningsnämnden {d1(defs['barn- och utbildningsnämnden'])} mnkr och tekniska nämnden "
            f"{d1(defs['tekniska nämnden'])} mnkr. Skatteintäkterna beräknas bli {d1(C_TAX_PLUS)} mnkr högre", [1],
         "C forecast")
    if abs((C_SCHOOL[1] - C_SCHOOL[0]) - 8.5) > 0.01 or "8,5 mnkr" not in C_SCHOOL_ATT[0]:
        errs.append("C: the extra grant must be the difference 14,2 − 5,7")
    need(C, f"investeringsbudgeten med {d1(C_SCHOOL[0])} mnkr", [1], "C school budget")
    need(C, f"Den totala utgiften beräknas nu till {d1(C_SCHOOL[1])} mnkr", [1], "C school cost")
    for a_ in C_SCHOOL_ATT:
        need(C, "att " + a_, [1], "C school decision")
    yes, no, abst = c_votes()
    if yes + no + abst != len(C_MEMBERS) or len(C_MEMBERS) != 13:
        errs.append("C: the vote must cover the 13 members")
    need(C, f"Med {yes} ja-röster mot {no} nej-röster beslutar kommunstyrelsen enligt arbetsutskottets förslag. "
            f"{WORD[abst].capitalize()} ledamot avstår", [2], "C vote")
    need(C, f"Summa {yes} {no} {abst}", [2], "C vote table")
    for name, party, role in C_MEMBERS:
        need(C, f"{name} ({party})", [0], "C attendance")
        mark = "X"
        need(C, f"{name} ({party}) {mark}", [2], "C vote row")
    need(C, "Vanja Ek (V), Malin Edvardsson (SD) och David Månsson (SD) reserverar sig", [2], "C reservation")
    if {"Vanja Ek", "Malin Edvardsson", "David Månsson"} != C_VOTE_NO:
        errs.append("C: those who reserve themselves must be those who voted no")
    need(C, f"Som skäl anges att {C_PASSAGE}", [2], "C passage")

    # (d) Marstorp, investeringsplan
    nrs = [p[1] for p in D_PROJECTS]
    brk = nrs.index(D_BREAK_AFTER)
    for k, p in enumerate(D_PROJECTS):
        want = [2] if k <= brk else [3]
        if pages_of(D, d_text(p)) != want:
            errs.append(f"D: project {p[1]} printed on {pages_of(D, d_text(p))}, expected {want}")
        if abs(p[4] + sum(p[5:9]) - p[3]) > 0.05:
            errs.append(f"D: project {p[1]}: the years do not add up to the total")
    if D_PROJECTS[brk][0] != D_PROJECTS[brk + 1][0]:
        errs.append("D: Tabell 1 must break inside a group")
    head = "Utgifter per år, mnkr Projnr Projekt Total utgift Utfall t.o.m. 2026 Budget 2027 Plan 2028 Plan 2029 " \
           "Plan 2030"
    if count(D, head) != 2:
        errs.append("D: the two-level heading of Tabell 1 must be printed twice")
    gname = dict(D_GROUPS)[D_PROJECTS[brk][0]]
    need(D, f"Tabell 1 (forts.) {head} {D_PROJECTS[brk][0]} {gname} (forts.)", [2], "D continued group")
    for gnr, gname_ in D_GROUPS:
        need(D, " ".join(c for c in d_sum_cells(f"Summa {gname_[0].lower() + gname_[1:]}", d_sum(gnr)) if c),
             [1, 2], "D group sum")
    tot = d_sum()
    need(D, " ".join(c for c in d_sum_cells("Totalt", tot) if c), [2], "D total")
    for n_ in D_NOTES:
        need(D, n_, [2], "D note")
    need(D, f"Investeringsplanen omfattar {len(D_PROJECTS)} projekt i fem grupper. Den totala utgiften för projekten "
            f"beräknas till {d1(tot[0])} mnkr, varav {d1(tot[1])} mnkr redan har upparbetats", [0], "D summary")
    need(D, f"För 2027 föreslås investeringar på {d1(tot[2])} mnkr. Det är {d1(tot[2] - D_FRAME)} mnkr mer än den "
            f"investeringsram på {d1(D_FRAME)} mnkr", [0], "D frame")
    need(D, f"I förra årets plan låg {d1(D_PREV_PLAN_2027)} mnkr på 2027", [0], "D previous plan")
    need(D, " ".join(f"{d1(v)} {y}" for v, y in zip(tot[2:6], D_YEARS)), [0], "D step chart")
    bro = [p for p in D_PROJECTS if p[1] == "1401"][0]
    if not (bro[7] > bro[6] and "²" in bro[2]):
        errs.append("D: the bridge is the postponed project with note ²")
    gc = [p for p in D_PROJECTS if p[1] == "1201"][0]
    if not (gc[6] > 0 and gc[7] == 0 and gc[8] == 0):
        errs.append("D: p. 4 says the GC-väg Marstorp–Vedhamn is done in 2028")
    need(D, f"Gruppen omfattar {d1(d_sum('1')[0])} mnkr", [3], "D group comment")
    need(D, f"Det beror på att {D_PASSAGE}", [3], "D passage")

    # (e) Bolmsta, biblioteksstatistik
    t = e_tot()
    for x in E_LIBS:
        need(E, e_text(x), [1], "E library row")
    need(E, " ".join(e_tot_cells()), [1], "E total row")
    for x in E_EVENTS:
        need(E, e_ev_text(x), [2], "E event row")
    ev26, ev25 = e_ev_year(2026), e_ev_year(2025)
    need(E, f"Biblioteken i Bolmsta hade {g(t[1])} utlån under 2026, jämfört med {g(t[0])} året innan. Kommunens mål "
            f"på {g(E_LOAN_GOAL)} utlån nåddes därmed inte. Antalet besök ökade till {g(t[3])} från {g(t[2])}", [0],
         "E loans sentence")
    if not t[1] < E_LOAN_GOAL or not t[3] > t[2]:
        errs.append("E: p. 1 says the goal was missed and visits rose")
    need(E, f"Biblioteken ordnade {g(ev26[0])} arrangemang med sammanlagt {g(ev26[1])} deltagare, varav {g(ev26[2])} "
            f"barn och unga. Året innan var det {g(ev25[0])} arrangemang och {g(ev25[1])} deltagare", [0],
         "E events sentence")
    ev = {(x[0], x[1]): x for x in E_EVENTS}
    if not (ev[("Åsbyns bibliotek", 2026)][2] < ev[("Åsbyns bibliotek", 2025)][2]
            and ev[("Bolmsta stadsbibliotek", 2026)][2] > ev[("Bolmsta stadsbibliotek", 2025)][2]
            and ev[("Vikåsa bibliotek", 2026)][2] > ev[("Vikåsa bibliotek", 2025)][2]):
        errs.append("E: p. 1 says Åsbyn's fall was offset by the city library and Vikåsa")
    for x in E_LIBS:
        need(E, f"{g(x[2])}", [0], "E book-spine value")
    up = [x for x in E_LIBS if x[2] > x[1]]
    need(E, f"Utlånen ökade på {WORD[len(up)]} av sex bibliotek", [1], "E loans up")
    if {x[0] for x in E_LIBS if x[4] < x[3]} != {"Dalkarlsbo bibliotek", "Åsbyns bibliotek"}:
        errs.append("E: p. 2 says only Dalkarlsbo and Åsbyn had fewer visits")
    need(E, f"Stadsbiblioteket svarade för {d1(E_LIBS[0][2] / t[1] * 100)} procent av alla utlån", [1], "E share")
    libs = {x[0]: x for x in E_LIBS}
    vik = libs["Vikåsa bibliotek"]
    if max(E_LIBS, key=lambda x: pct(x[2], x[1])) != vik or max(E_LIBS, key=lambda x: pct(x[4], x[3])) != vik:
        errs.append("E: p. 4 says Vikåsa grew most")
    dal = libs["Dalkarlsbo bibliotek"]
    if not (dal[2] < dal[1] and dal[4] < dal[3]):
        errs.append("E: p. 4 says both loans and visits fell in Dalkarlsbo")
    asb = libs["Åsbyns bibliotek"]
    need(E, f"Besöken minskade med {d1(-pct(asb[4], asb[3]))} procent eftersom {E_PASSAGE}", [3], "E passage")
    need(E, f"Barn och unga var {d1(ev26[2] / ev26[1] * 100)} procent", [2], "E children share")
    for t_, subs in E_PLANS:
        need(E, t_, [3], "E plan")

    # (f) Mälbacka, avfallsplan (p. 2 scanned)
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(cells)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    for i in F_IND:
        if i[0] not in F_SCAN_GOAL or i[4] not in ("öka", "minska"):
            errs.append(f"F: indicator {i[1]} has an unknown goal or direction")
    cnt = f_counts()
    need(F, f"Planen innehåller {len(F_ACTIONS)} åtgärder. Vid uppföljningen var {WORD[cnt['Genomförd']]} av dem "
            f"genomförda, jämfört med {WORD[F_PREV_DONE]} vid förra årets uppföljning. "
            f"{WORD[cnt['Pågår']].capitalize()} åtgärder pågår, {WORD[cnt['Försenad']]} är försenade och "
            f"{WORD[cnt['Ej påbörjad']]} har ännu inte påbörjats", [0], "F counts")
    ind = {i[1]: i for i in F_IND}
    if not (ind["1.1"][8] < ind["1.1"][7] and ind["2.1"][8] > ind["2.1"][7] and ind["2.3"][8] >= ind["2.3"][7]):
        errs.append("F: p. 1 describes the indicators 1.1, 2.1 and 2.3 wrongly")
    for nr, goal, subs in F_GOALS:
        need(F, f"{nr} {goal}", [0], "F goal")
        need(F, f"Mål {nr}. {goal}", [2], "F goal row")
        for s_ in subs:
            need(F, s_, [0], "F sub-goal")
    for a in F_ACTIONS:
        need(F, f_action_text(a), [2], "F action row")
        if a[5] not in F_STATUSES:
            errs.append(f"F: unknown status of {a[1]}")
    for a in ("1.3", "2.4", "3.2"):
        if [x for x in F_ACTIONS if x[1] == a][0][5] != "Försenad":
            errs.append(f"F: p. 4 comments on {a} as delayed")
    need(F, f"är försenad eftersom {F_PASSAGE}", [3], "F passage")
    for p_ in F_PRIOS:
        need(F, p_, [3], "F priority")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + [F_SCAN_INTRO] + [i[2] for i in F_IND]:
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
