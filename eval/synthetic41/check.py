"""Checks ../heldout_syn41.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Frösvala document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic40/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the ids, units and letters of this set); the constants, the row texts,
the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic41.

* format: 50 questions hs41001..hs41050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 4 of them figures, 2 lists and 3 none), at least 9 conditional lists, at least 4 list-shaped none
  questions, at least 6 none questions naming a row label or column header printed in their document
  (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality or region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next; for the scanned page the text is data.f_scan_text(), and those evidence phrases and items must
  NOT occur in the text layer of any page and those figure texts not as a number of their own;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, the full row text on the page or the next,
  the condition does not select every row); the two whole-list questions must cover exactly their list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality or region, the scanned text included (regex patterns; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (d); metadata titles exactly in (a), (c)
  and (e); landscape pages exactly pages 2-3 of (d); page 2 of (f) an image without text; no names of earlier
  synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic40/check.py and
  ../synthetic38/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with F, H, L, N, S or T, none of OWN or PERSONS
  occurs in the READMEs of the earlier sets (../synthetic … ../synthetic40) or in ../synthetic38/check.py and
  ../synthetic40/check.py, and every OWN name and person is used;
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
from data import (A_FIRM, A_DATE, A_GROUPS, A_QUESTIONS, A_STATUSES, A_SAMPLES, A_SAMPLE_NOTE, A_BUDGET,  # noqa
                  A_PLAN, A_PREV_U, A_PASSAGE, A_RECS, A_AUDITORS, A_EXPERTS, U, DU, EU, a_counts, a_q_text,
                  a_share, a_sample_text, a_sample_tot, a_sample_tot_cells,
                  B_DECIDED, B_GOALS, B_GIVERS, B_TASKS, B_BUDGET, B_INVEST, B_CHAIR, B_HEAD, b_indicators,
                  b_ind_text, b_task_text, b_budget_text, b_budget_tot_cells, b_budget_sum,
                  C_DATE, C_PARTIES, C_VOTE, C_CHAIR, C_SECRETARY, C_ADJUST, C_MOTIONER, C_MOTIONS, C_RESULT,
                  C_BALANS, C_INVEST, C_SOLIDITET, C_RUR, C_SWIM_COST, C_PASSAGE, C_PRESCHOOL, C_RESIGN, C_ELECT,
                  c_att, c_party_text, c_att_tot_cells, c_vote_tot, c_motion_text,
                  D_GROUPS, D_ROWS, D_BREAK_AFTER, D_RESULT_BUDGET, D_PERIOD, D_PREV_RESULT, D_TAX_DEV, D_FIN_DEV,
                  D_TAX_GROWTH, D_STAFF, D_PASSAGE, D_DIRECTOR, D_CFO, d_dev, d_rows, d_sum, d_cells, d_row_text,
                  d_forecast, d_growth, d_income, d_staff_text,
                  E_BASE, E_AREAS, E_MEASURES, E_STRATEGIST, E_CHAIR, e_measure_text, e_base_text,
                  F_SCHOOLS, F_NATION, F_EXCLUDED, F_HISTORY, F_TARGETS, F_PASSAGE, F_HEAD, F_ANALYST, F_CHAIR,
                  F_SCAN_NOTES, F_SCAN_INTRO, F_SCAN_COMMENT, f_vals, f_total, f_row_text, f_scan_rows,
                  f_scan_text, f_scan_numbers, f_hist_text,
                  g, d1, dmy, r1)

QFILE = HERE.parent / "heldout_syn41.jsonl"
N_Q = 50
PREFIX, BASE = "hs", 41000
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 2
MIN_EN_FIGS = 4
MIN_EN_NONE = 3
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 6
MIN_ANSWERABLE = 4
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs41048"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "poäng", "utlån per invånare"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "hasslinge-revisionsrapport-intern-kontroll-sbn-2027.pdf"
B = "tallnasa-kfn-namndplan-2027.pdf"
C = "hedsala-kf-protokoll-2027-06-14.pdf"
D = "region-norrfjala-delarsrapport-jan-aug-2027.pdf"
E = "sornasa-handlingsplan-folkhalsa-2027-2029.pdf"
F = "frosvala-bun-skolresultat-ak9-2027.pdf"
# the name a question must carry
PLACE = {A: "Hasslinge", B: "Tallnäsa", C: "Hedsala", D: "Norrfjäla", E: "Sörnäsa", F: "Frösvala"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {A, D}
LANDSCAPE = {D: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "FHLNST"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic40/check.py and ../synthetic38/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic40).
# ../synthetic42 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "William Jakobsson", "Carina Isaksson", "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm",
]
# real Swedish municipalities and regions beginning with F, H, L, N, S or T (regions: Halland, Norrbotten, Skåne,
# Stockholm, Sörmland): none may be one of our names, and none may occur as a word in our PDFs
REAL = ["Fagersta", "Falkenberg", "Falköping", "Falun", "Falu", "Filipstad", "Finspång", "Flen", "Forshaga",
        "Färgelanda",
        "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
        "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
        "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Skåne", "Sörmland",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda"]
# our own invented names (municipalities and region first, then the firm, party, places and schools); later sets
# should add them to their FORBIDDEN lists
OWN = ["Hasslinge", "Tallnäsa", "Hedsala", "Norrfjäla", "Sörnäsa", "Frösvala",
       "Fältholm Revision", "Hultsjö", "Norrsta", "Hedsalapartiet", "Sandvreta", "Sundhamra", "Lillfors",
       "Stenvreta", "Hallsnäs",
       "Stensätraskolan", "Linbodaskolan", "Solvikskolan", "Tallbergsskolan", "Hästängsskolan",
       "Sjöstjärnans friskola", "Hedviksskolan", "Lunnaskolan"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Lennart Holmér", "Fanny Sahlin", "Hanna Lövgren", "Tobias Nordlund", "Sofia Hedlund", "Niklas Törnqvist",
           "Henrik Lindahl", "Tina Sandell", "Felix Nyström", "Lotta Hammar", "Linnea Frisk", "Stefan Hultgren",
           "Fredrik Tidholm", "Helena Stenmark", "Nils Fernström", "Ture Svanberg", "Frida Norling",
           "Hugo Tellström", "Nina Fors", "Sara Lindén", "Leif Thörn", "Torbjörn Hellberg", "Lena Falkner",
           "Hedvig Sandström"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic38", "synthetic40"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 41)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_Q = [dict(r=x, item=a_q_text(x)) for x in A_QUESTIONS]
A_S = [dict(r=x, item=a_sample_text(x)) for x in A_SAMPLES]
B_I = [dict(r=i, item=b_ind_text(i)) for _, i in b_indicators()]
B_T = [dict(r=t, item=b_task_text(t)) for t in B_TASKS]
C_P = [dict(r=p, item=c_party_text(p)) for p in C_PARTIES]
D_R = [dict(r=r, item=d_row_text(r)) for r in D_ROWS]
E_M = [dict(r=m, item=e_measure_text(m)) for m in E_MEASURES]
F_S = [dict(r=s, item=f_row_text(s)) for s in F_SCHOOLS]

# qid -> (rows, predicate on the raw row)
COND = {
    "hs41004": (A_Q, lambda q: q[4] == EU),                                        # status word
    "hs41013": (B_I, lambda i: i[2] < i[1]),                                       # 2026 < 2025 (pair)
    "hs41014": (B_T, lambda t: t[2] == "KF"),                                      # who gave it
    "hs41021": (C_P, lambda p: p[4] > 0),                                          # serving substitutes
    "hs41030": (D_R, lambda r: r[0] == "Hälso- och sjukvård" and d_dev(r) < -10),  # group + amount
    "hs41031": (D_R, lambda r: r[3] < r[4]),                                       # 2027 < 2026 (pair)
    "hs41038": (E_M, lambda m: m[2] == "Socialförvaltningen"),                     # responsible unit
    "hs41039": (E_M, lambda m: m[3] == 2028),                                      # start year
    "hs41044": (F_S, lambda s: f_vals(s)[3] > 230),                                # merit value (scanned)
    "hs41045": (F_S, lambda s: f_vals(s)[5] < 80),                                 # share of boys (scanned)
}
PAIR = {"hs41013", "hs41031"}
GROUP = {"hs41030"}
EXACT = {
    "hs41005": [t for t, _ in A_RECS],
    "hs41022": [m[0] for m in C_MOTIONS],
}
NONE_ABSENT = {
    "hs41007": (A, [r"[Aa]rvode", r"[Gg]ranskningen kostade", r"[Kk]ostnad(en)? för granskningen", r"\d+ timmar"],
                None),
    "hs41008": (A, [r"2022"], None),
    "hs41009": (A, [], lambda: all(a_share(s[1], s[2]) <= 30 and (not s[3] or a_share(s[3], s[4]) <= 30)
                                   for s in A_SAMPLES)),
    "hs41015": (B, [r"2024"], None),
    "hs41016": (B, [r"[Rr]egion"], lambda: all(t[2] in B_GIVERS for t in B_TASKS)),
    "hs41017": (B, [r"[Ss]porthall[^.]{0,120}(mnkr|kronor|\bkr\b|tkr)", r"Hultsjö[^.]{0,120}(mnkr|kronor|\bkr\b|tkr)",
                    r"(mnkr|kronor|\bkr\b|tkr)[^.]{0,60}[Ss]porthall"], None),
    "hs41024": (C, [r"[Kk]ommunstyrelsen (består|har) \w+ ledamöter", r"ledamöter i kommunstyrelsen",
                    r"[Kk]ommunstyrelsens \d+ ledamöter"], None),
    "hs41025": (C, [], lambda: not any(m[2] == "L" for m in C_MOTIONS)),
    "hs41033": (D, [r"2028"], None),
    "hs41034": (D, [r"\d[\d ]* läkare", r"läkare[^.]{0,40}\d", r"[Aa]ntal läkare"], None),
    "hs41035": (D, [], lambda: all(d_dev(r) <= 15 for r in D_ROWS)
                and all(d_sum(gr)[0] - d_sum(gr)[3] <= 15 for gr in D_GROUPS)),
    "hs41040": (E, [r"2024"], None),
    "hs41041": (E, [r"[Rr]äddningstjänst"], lambda: not any("äddning" in m[2] for m in E_MEASURES)),
    "hs41048": (F, [r"Lunnaskolan[^\n]{0,60}\d{3},\d", r"Lunnaskolan\s+\d"],
                lambda: all(s[0] != "Lunnaskolan" for s in F_SCHOOLS)
                and all(h[0] != "Lunnaskolan" for h in F_HISTORY)),
    "hs41049": (F, [r"2023"], None),
    "hs41050": (F, [r"\bkr\b|kronor|\bmnkr\b|\btkr\b|[Kk]ostnad|[Kk]ostar"], None),
}
LIST_NONE = {"hs41009", "hs41016", "hs41025", "hs41035", "hs41041"}
NONE_LABEL = {
    "hs41008": ("leverantörsfakturor", "Leverantörsfakturor"),
    "hs41009": ("kontrollområden", "Kontrollområde"),
    "hs41015": ("utlån per invånare", "Utlån per invånare"),
    "hs41017": ("Hultsjö", "sporthall i Hultsjö"),
    "hs41025": ("Liberalerna", "Liberalerna (L)"),
    "hs41033": ("Område Primärvård", "Område Primärvård"),
    "hs41040": ("åk 9", "Elever i åk 9 som mår bra eller mycket bra"),
    "hs41048": ("Lunnaskolan", "Lunnaskolan"),
    "hs41049": ("Linbodaskolan", "Linbodaskolan"),
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
    def need_any(fn, s, what):
        if not pages_of(fn, s):
            errs.append(f"{what}: not printed anywhere: {s[:70]!r}")

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

    # ---------------------------------------------------------------- data consistency (synthetic41)
    NUM = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 9: "nio", 10: "tio", 11: "elva", 12: "tolv",
           13: "tretton", 14: "fjorton"}

    # (a) Hasslinge, revisionsrapport
    cnt, cnt24 = a_counts(), a_counts(3)
    for q_ in A_QUESTIONS:
        need(A, a_q_text(q_), [2], "A question row")
        if q_[0] not in A_GROUPS or q_[4] not in A_STATUSES or (q_[3] and q_[3] not in A_STATUSES):
            errs.append(f"A: question {q_[1]} has an unknown group or status")
    for grp in A_GROUPS:
        need(A, grp.upper(), [2], "A group row")
    n24 = sum(1 for q_ in A_QUESTIONS if q_[3])
    need(A, f"Av granskningens {NUM[len(A_QUESTIONS)]} kontrollfrågor bedömer vi {NUM[cnt[U]]} som uppfyllda, "
            f"{NUM[cnt[DU]]} som delvis uppfyllda och {NUM[cnt[EU]]} som ej uppfyllda. Vid den förra granskningen "
            f"2024 bedömdes {NUM[A_PREV_U]} av {NUM[n24]} frågor som uppfyllda", [0], "A counts")
    if cnt24[U] != A_PREV_U:
        errs.append("A: p. 1 says six questions were fulfilled in 2024")
    need(A, f"{cnt[U]} {cnt[DU]} {cnt[EU]} Uppfyllt Delvis uppfyllt Ej uppfyllt", [0], "A stacked bar")
    rank = {U: 2, DU: 1, EU: 0}
    worse = [q_ for q_ in A_QUESTIONS if q_[3] and rank[q_[4]] < rank[q_[3]]]
    better = [q_ for q_ in A_QUESTIONS if q_[3] and rank[q_[4]] > rank[q_[3]]]
    need(A, f"blivit sämre för {NUM[len(worse)]} frågor och bättre för {NUM[len(better)]}", [2], "A change")
    for s in A_SAMPLES:
        need(A, a_sample_text(s), [1], "A sample row")
    need(A, " ".join(a_sample_tot_cells()), [1], "A sample total")
    need(A, "Granskningen 2026 Granskningen 2024 Kontrollområde Stickprov Avvikelser Andel, % Stickprov Andel, % "
            "Förändring, %-enheter", [1], "A stacked heading")
    need(A, A_SAMPLE_NOTE, [1], "A footnote")
    n_, dv_, sh_, n4_, sh4_ = a_sample_tot()
    need(A, f"avvikelser i {dv_} av {n_} granskade poster, eller {d1(sh_)} procent, mot {d1(sh4_)} procent vid "
            f"granskningen 2024", [0], "A sample sentence")
    need(A, f"innehöll {A_PLAN[0]} kontrollmoment, varav {A_PLAN[1]} genomfördes och rapporterades till nämnden "
            f"({A_PLAN[2]} under 2025)", [0], "A plan sentence")
    bud, out_, prev_ = A_BUDGET
    need(A, f"ett underskott på {d1(out_ - bud)} mnkr mot en budget på {d1(bud)} mnkr; utfallet blev {d1(out_)} mnkr. "
            f"Året innan var underskottet {d1(prev_)} mnkr", [0], "A budget sentence")
    diff = {s[0]: a_share(s[1], s[2]) - a_share(s[3], s[4]) for s in A_SAMPLES if s[3]}
    top2 = sorted(diff, key=lambda k: -diff[k])[:2]
    if set(top2) != {"Representation och kurser", "Direktupphandlingar"}:
        errs.append("A: p. 2 says the share rose most for representation and direct procurement")
    if {k for k, v in diff.items() if v < 0} != {"Delegationsbeslut", "Debitering av bygglovsavgifter"}:
        errs.append("A: p. 2 says the share fell for delegation decisions and building-permit fees")
    sm = {s[0]: s for s in A_SAMPLES}
    qd = {q_[1]: q_ for q_ in A_QUESTIONS}
    if "Sju" not in qd[8][5] or sm["Leverantörsfakturor"][2] != 7:
        errs.append("A: the comment on question 8 must match the 7 invoice deviations")
    if f"sex av {sm['Direktupphandlingar'][1]}" not in qd[9][5] or sm["Direktupphandlingar"][2] != 6:
        errs.append("A: the comment on question 9 must match the direct-procurement sample")
    if f"{NUM[A_PLAN[0] - A_PLAN[1]].capitalize()} av {NUM[A_PLAN[0]]}" not in qd[7][5]:
        errs.append("A: the comment on question 7 must match the plan's control steps")
    if qd[4][4] != EU:
        errs.append("A: p. 2 says control question 4 is not fulfilled")
    need(A, f"Vi bedömer att kontrollfråga 4 inte är uppfylld. Det beror på att {A_PASSAGE}", [1], "A passage")
    for t_, subs in A_RECS:
        need(A, t_, [3], "A recommendation")
        for s_ in subs:
            need(A, s_, [3], "A sub-recommendation")
    for n_, r_ in A_AUDITORS + A_EXPERTS:
        need(A, f"{n_} {r_.capitalize()}", [3], "A signature")
    need(A, f"Hasslinge den {dmy(A_DATE)}", [3], "A date")

    # (b) Tallnäsa, nämndplan
    for nr, text, inds in B_GOALS:
        need(B, f"Nämndmål {nr} {text}", [1], "B goal")
        for i in inds:
            need(B, b_ind_text(i), [1], "B indicator row")
    down = {i[0] for _, i in b_indicators() if i[2] < i[1]}
    if down != {"Besök på fritidsgårdarna, antal", "Deltagartillfällen med LOK-stöd, 7–20 år"}:
        errs.append("B: p. 2 comments on the LOK participations and the youth-centre visits as the decreases")
    if count(B, "Utfall Indikator 2025 2026 Målvärde 2027 Trend") != len(B_GOALS):
        errs.append("B: every goal table needs its stacked heading")
    for t in B_TASKS:
        need(B, b_task_text(t), [2], "B task row")
    need(B, " ".join(f"{k} {v}" for k, v in B_GIVERS.items()), [2], "B legend")
    s26, s27 = b_budget_sum(1), b_budget_sum(2)
    n_ind = len(b_indicators())
    n_kf = sum(1 for t in B_TASKS if t[2] == "KF")
    need(B, f"Nämndens budgetram för 2027 är {d1(s27)} mnkr, vilket är {d1(s27 - s26)} mnkr mer än 2026, då ramen "
            f"var {d1(s26)} mnkr", [0], "B frame")
    need(B, f"Investeringsramen är {d1(B_INVEST)} mnkr", [0], "B investments")
    need(B, f"Planen innehåller {NUM[len(B_GOALS)]} nämndmål med sammanlagt {NUM[n_ind]} indikatorer och "
            f"{NUM[len(B_TASKS)]} uppdrag, varav {NUM[n_kf]} har getts av kommunfullmäktige", [0], "B counts")
    for b in B_BUDGET:
        need(B, b_budget_text(b), [3], "B budget row")
    need(B, " ".join(b_budget_tot_cells()), [3], "B budget total")
    big = max(B_BUDGET, key=lambda b: b[2] - b[1])
    if big[0] != "Idrotts- och fritidsanläggningar":
        errs.append("B: p. 4 says the largest increase is for sports facilities")
    need(B, f"Den största ökningen gäller idrotts- och fritidsanläggningarna, {d1(big[2] - big[1], plus=True)} mnkr",
         [3], "B largest increase")
    need(B, f"{B_CHAIR} Ordförande {B_HEAD} Förvaltningschef", [3], "B signatures")

    # (c) Hedsala, KF-protokoll
    mand, pres, subs, tj, absent = c_att()
    for p in C_PARTIES:
        need(C, c_party_text(p), [0], "C attendance row")
        v = C_VOTE[p[1]]
        if sum(v) != p[3] + p[4]:
            errs.append(f"C: the votes of {p[1]} do not match its serving members")
        if sum(v):
            need(C, f"{p[0]} ({p[1]}) {v[0]} {v[1]} {v[2]}", [2], "C vote row")
    need(C, " ".join(c_att_tot_cells()), [0], "C attendance total")
    need(C, f"BESLUTANDE {tj} ledamöter och tjänstgörande ersättare", [0], "C beslutande")
    need(C, f"Vid sammanträdet tjänstgjorde {pres} ordinarie ledamöter och {subs} ersättare, sammanlagt {tj}. "
            f"{absent} mandat var inte besatta", [0], "C attendance sentence")
    need(C, f"{mand} mandat", [0], "C hemicycle")
    ja, nej, avst = c_vote_tot()
    if ja + nej + avst != tj:
        errs.append("C: the vote does not add up to the serving members")
    need(C, f"Summa {ja} {nej} {avst}", [2], "C vote sum")
    need(C, f"Med {ja} ja-röster mot {nej} nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag. "
            f"{avst} ledamöter avstod", [2], "C vote sentence")
    if {ab for ab, v in C_VOTE.items() if v[1]} != {"SD", "V", "HP"} or \
            {ab for ab, v in C_VOTE.items() if v[2]} != {"C"}:
        errs.append("C: the answers say SD, V and HP voted no and C abstained")
    if C_MOTIONER[1] != "V":
        errs.append("C: the reservation is by Vänsterpartiet")
    for m in C_MOTIONS:
        need(C, c_motion_text(m), [1], "C motion row")
    res, bud, prev = C_RESULT
    need(C, f"Årets resultat blev {d1(res)} mnkr, att jämföra med det budgeterade resultatet på {d1(bud)} mnkr och "
            f"{d1(prev)} mnkr året innan. Balanskravsresultatet uppgick till {d1(C_BALANS)} mnkr. "
            f"Nettoinvesteringarna blev {d1(C_INVEST[0])} mnkr, vilket är {d1(C_INVEST[1] - C_INVEST[0])} mnkr lägre "
            f"än budgeterat ({d1(C_INVEST[1])} mnkr)", [1], "C annual report")
    need(C, f"Soliditeten inklusive pensionsförpliktelser var {d1(C_SOLIDITET)} procent", [1], "C soliditet")
    need(C, f"att av årets resultat avsätta {d1(C_RUR)} mnkr till resultatutjämningsreserven", [1], "C att")
    need(C, f"Skälet är att {C_PASSAGE} {d1(C_SWIM_COST)} mnkr per år", [2], "C passage")
    inv, avd, plats = C_PRESCHOOL
    need(C, f"en förskola med {avd} avdelningar och {plats} platser", [3], "C preschool")
    need(C, f"att bevilja en investeringsram på {d1(inv)} mnkr för en ny förskola i Sandvreta", [3], "C preschool att")
    need(C, f"välja {C_ELECT[0]} ({C_ELECT[1]}) till ny ersättare", [3], "C election")
    need(C, f"bevilja {C_RESIGN[0]} ({C_RESIGN[1]}) entledigande", [3], "C resignation")
    for k_, v_ in (("ORDFÖRANDE", f"{C_CHAIR[0]} ({C_CHAIR[1]})"), ("SEKRETERARE", C_SECRETARY),
                   ("UTSES ATT JUSTERA", f"{C_ADJUST[0][0]} ({C_ADJUST[0][1]}) och {C_ADJUST[1][0]}")):
        need(C, f"{k_} {v_}", [0], "C formalities")
    for nr in range(61, 68):
        if sum(len(re.findall(rf"(?<!§)§ {nr}(?!\d)", t)) for t in pdf_pages(C)[1]) != 1:
            errs.append(f"C: § {nr} must be printed exactly once as a paragraph number")

    # (d) Region Norrfjäla, delårsrapport
    brk = [r[1] for r in D_ROWS].index(D_BREAK_AFTER)
    for k, r in enumerate(D_ROWS):
        want = [2] if k <= brk else [3]
        if pages_of(D, d_row_text(r)) != want:
            errs.append(f"D: row {r[1]} printed on {pages_of(D, d_row_text(r))}, expected {want}")
        need(D, f"{r[1]} {d1(d_dev(r), plus=True)}", [0], "D dot plot")
        if r[0] not in D_GROUPS:
            errs.append(f"D: unknown group of {r[1]}")
    if D_ROWS[brk][0] != D_ROWS[brk + 1][0]:
        errs.append("D: Tabell 2 must break inside a group")
    head2 = "Januari–augusti Helår 2027 Verksamhet Utfall 2027 Utfall 2026 Budget Prognos Avvikelse mot budget"
    if count(D, head2) != 2 or pages_of(D, head2) != [2, 3]:
        errs.append("D: the two-level heading of Tabell 2 must be printed on p. 2 and again on p. 3")
    need(D, "Tabellen fortsätter på nästa sida", [1], "D break note")
    need(D, f"Tabell 2. Driftredovisning per verksamhet, mnkr (forts.) {head2} "
            f"{D_ROWS[brk][0].upper()} (FORTS.)", [2], "D continued group")
    for grp in D_GROUPS:
        need(D, " ".join(d_cells(f"Summa {grp[0].lower() + grp[1:]}", *d_sum(grp))), [2], "D group sum")
    need(D, " ".join(d_cells("Summa verksamheter", *d_sum())), [2], "D total")
    if abs(sum(d_sum(gr)[0] for gr in D_GROUPS) - d_sum()[0]) > 0.05:
        errs.append("D: the group sums do not add up")
    for lab, b, p_, a in d_income():
        need(D, f"{lab} {d1(b)} {d1(p_)} {d1(a, plus=True)}", [1], "D income statement")
    ops, res = d_forecast()
    if abs(d_income()[-1][2] - res) > 0.05 or abs(d_income()[0][3] - ops) > 0.05:
        errs.append("D: the income statement disagrees with the forecast")
    per_res, per_bud, per_prev = D_PERIOD
    need(D, f"Regionens resultat för perioden januari–augusti blev {d1(per_res)} mnkr. Det är "
            f"{d1(per_res - per_bud)} mnkr bättre än det periodiserade budgeterade resultatet på {d1(per_bud)} mnkr "
            f"och {d1(per_res - per_prev)} mnkr bättre än för samma period 2026, då resultatet var {d1(per_prev)} mnkr",
         [0], "D period")
    need(D, f"För helåret prognostiseras ett resultat på {d1(res)} mnkr. Det är {d1(D_RESULT_BUDGET - res)} mnkr "
            f"lägre än det budgeterade resultatet på {d1(D_RESULT_BUDGET)} mnkr och {d1(D_PREV_RESULT - res)} mnkr "
            f"lägre än resultatet för 2026 ({d1(D_PREV_RESULT)} mnkr)", [0], "D forecast")
    deficit = [r for r in D_ROWS if d_dev(r) < 0]
    worst = min(D_ROWS, key=d_dev)
    need(D, f"ett underskott på {d1(-ops)} mnkr mot budget. {NUM[len(deficit)].capitalize()} av regionens "
            f"{NUM[len(D_ROWS)]} verksamheter räknar med underskott, störst inom {worst[1]} ({d1(-d_dev(worst))} mnkr). "
            f"Skatteintäkterna och de generella statsbidragen beräknas bli {d1(-D_TAX_DEV)} mnkr lägre än budgeterat "
            f"och finansnettot {d1(-D_FIN_DEV)} mnkr sämre", [0], "D deficits")
    need(D, f"nettokostnader ökade med {d1(d_growth())} procent jämfört med samma period 2026, medan "
            f"skatteintäkterna och statsbidragen ökade med {d1(D_TAX_GROWTH)} procent", [0], "D growth")
    if not d_growth() > D_TAX_GROWTH:
        errs.append("D: p. 1 says costs grow faster than taxes")
    need(D, f"{worst[1]} beräknar ett underskott på {d1(-d_dev(worst))} mnkr. Underskottet beror på att {D_PASSAGE}",
         [2], "D passage")
    rows_ = {r[1]: r for r in D_ROWS}
    if not (d_dev(rows_["Område Psykiatri"]) > 0 and d_sum("Gemensamma funktioner")[0] >
            d_sum("Gemensamma funktioner")[3]):
        errs.append("D: p. 3 says Psykiatri and the common functions forecast surpluses")
    if not rows_["Läkemedel inom förmånen"][5] > rows_["Läkemedel inom förmånen"][2]:
        errs.append("D: p. 3 says pharmaceutical costs rise faster than budgeted")
    for s in D_STAFF:
        need(D, d_staff_text(s), [3], "D staff row")
    st = {s[0]: s for s in D_STAFF}
    hired, sick = st["Kostnad för inhyrd personal, mnkr"], st["Sjukfrånvaro januari–juli, %"]
    need(D, f"Kostnaden för inhyrd personal minskade till {d1(hired[2])} mnkr, från {d1(hired[1])} mnkr samma period "
            f"förra året", [3], "D hired staff")
    need(D, f"Sjukfrånvaron sjönk till {d1(sick[2])} procent", [3], "D sick leave")
    ot = st["Övertid och mertid, tusen timmar"]
    if not (hired[2] < hired[1] and sick[2] < sick[1] and ot[2] > ot[1]):
        errs.append("D: p. 4 describes the personnel changes wrongly")
    need(D, f"{D_DIRECTOR}, regiondirektör {D_CFO}, ekonomidirektör", [3], "D names")

    # (e) Sörnäsa, handlingsplan för folkhälsa
    for b in E_BASE:
        need(E, e_base_text(b), [0], "E baseline row")
    bs = {b[0][:24]: b for b in E_BASE}
    checks = [("Elever i åk 9 som mår br", -1), ("Elever i åk 9 som använd", 1), ("Vuxna med fetma (BMI 30 ", 1),
              ("Vuxna som är fysiskt akt", -1), ("Invånare 65 år och äldre", 1)]
    for key, sign in checks:
        b = bs[key]
        if (b[2] - b[1]) * sign <= 0:
            errs.append(f"E: p. 1 describes the change of {b[0]} wrongly")
    for nr, name in E_AREAS:
        ms = [m for m in E_MEASURES if m[0].split(".")[0] == nr]
        want = [2] if nr in ("1", "2") else [3]
        need(E, f"Målområde {nr} · {name} Nr Åtgärd Ansvarig Tidsram Indikator", [want[0] - 1], "E ribbon")
        for m in ms:
            if pages_of(E, e_measure_text(m)) != want:
                errs.append(f"E: measure {m[0]} printed on {pages_of(E, e_measure_text(m))}, expected {want}")
            if not 2027 <= m[3] <= m[4] <= 2029:
                errs.append(f"E: measure {m[0]} has a time frame outside the plan")
    if not any(m[0] == "4.1" and m[2] == "Tillståndsenheten" for m in E_MEASURES):
        errs.append("E: p. 3 says the test purchases are made by the permit unit")
    need(E, f"Kontakt: {E_STRATEGIST}, folkhälsostrateg", [3], "E contact")
    need(E, f"Kommunstyrelsens ordförande: {E_CHAIR}", [3], "E chair")

    # (f) Frösvala, skolresultat (p. 2 scanned)
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(cells)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    tot = f_total()
    if tot[0] != sum(f_vals(s)[0] for s in F_SCHOOLS):
        errs.append("F: the pupils do not add up")
    for s in F_SCHOOLS:
        v = f_vals(s)
        if not (v[1] > v[2] and v[4] > v[5] and v[7] > v[8]):
            errs.append(f"F: p. 1 says girls do better than boys at every unit ({s[0]})")
        if not min(v[1], v[2]) <= v[3] <= max(v[1], v[2]):
            errs.append(f"F: the merit value of {s[0]} is not between the girls' and the boys'")
    gap = {s[0]: s[3] - s[4] for s in F_SCHOOLS}
    if max(gap, key=gap.get) != "Tallbergsskolan" or min(gap, key=gap.get) != "Sjöstjärnans friskola":
        errs.append("F: the scanned comment says the gap is largest at Tallberg and smallest at Sjöstjärnan")
    yearly = []
    for yr in (2024, 2025, 2026):
        hs = [h for h in F_HISTORY if h[1] == yr]
        n = sum(h[2] for h in hs)
        yearly.append((r1(sum(h[2] * h[3] for h in hs) / n), r1(sum(h[2] * h[4] for h in hs) / n)))
        if {h[0] for h in hs} != {s[0] for s in F_SCHOOLS}:
            errs.append(f"F: Tabell 2 must hold every unit for {yr}")
    yearly.append((tot[3], tot[6]))
    if not all(a[0] < b[0] for a, b in zip(yearly, yearly[1:])):
        errs.append(f"F: p. 1 says the merit value rose for the third year running ({yearly})")
    if not yearly[-1][1] > yearly[-2][1]:
        errs.append("F: p. 1 says eligibility rose")
    if not (tot[3] < F_TARGETS[0] and tot[6] < F_TARGETS[1]):
        errs.append("F: p. 1 says neither target was reached")
    need(F, f"Genomsnittligt meritvärde minst {d1(F_TARGETS[0])} Behöriga till gymnasiet minst "
            f"{d1(F_TARGETS[1])} procent", [0], "F targets")
    need(F, f"{F_EXCLUDED[0]} och {F_EXCLUDED[1]} är F–6-skolor", [0], "F excluded")
    if sum(1 for s in F_SCHOOLS if "friskola" in s[0]) != 1 or len(F_SCHOOLS) != 6:
        errs.append("F: p. 1 says five municipal units and one independent school")
    for h in F_HISTORY:
        need(F, f_hist_text(h), [2], "F history row")
    hist = collections.defaultdict(list)
    for h in F_HISTORY:
        hist[h[0]].append(h)
    inc = lambda hs, k: all(a[k] < b[k] for a, b in zip(hs, hs[1:]))  # noqa: E731
    dec = lambda hs, k: all(a[k] > b[k] for a, b in zip(hs, hs[1:]))  # noqa: E731
    if not (inc(hist["Hästängsskolan"], 3) and inc(hist["Hästängsskolan"], 4)):
        errs.append("F: p. 3 says Hästängsskolan improved every year")
    if not (inc(hist["Solvikskolan"], 3) and inc(hist["Stensätraskolan"], 3)):
        errs.append("F: p. 3 says Solvikskolan and Stensätraskolan rose evenly")
    if not (dec(hist["Tallbergsskolan"], 3) and dec(hist["Tallbergsskolan"], 4)):
        errs.append("F: p. 3 says Tallbergsskolan fell two years running")
    for yr in (2024, 2025, 2026):
        best = max((h for h in F_HISTORY if h[1] == yr), key=lambda h: h[3])
        if best[0] != "Sjöstjärnans friskola":
            errs.append("F: p. 3 says Sjöstjärnans friskola has the highest results")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + [F_SCAN_INTRO, F_SCAN_COMMENT, "Kommunen totalt", "Godkända i alla ämnen"]:
        if norm(s_) in norm(layer):
            errs.append(f"F: scanned text {s_[:40]!r} repeated in the text layer")
    need(F, f"Att resultaten på Hästängsskolan har förbättrats förklarar rektor med att {F_PASSAGE}", [3],
         "F passage")
    need(F, f"{F_HEAD} Skolchef {F_ANALYST}", [3], "F signatures")
    need(F, f"ordförande {F_CHAIR}", [3], "F chair")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; none naming a real label "
          f"{n_label}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
