"""Checks ../train_syn40.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Casselby document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic38/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the units and letters of this set); the constants, the row texts, the
recomputation rules, the absence rules, the name lists and the data checks are those of synthetic40.

* format: 72 questions t40001..t40072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
  (at least 7 of them figures, 4 lists and 5 none), at least 14 conditional lists, at least 5 list-shaped none
  questions, at least 8 none questions naming a row label or column header printed in their document
  (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality, region or company of its document;
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
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (c) and (d); metadata titles exactly in (a), (c)
  and (d); landscape pages exactly all four pages of (d); page 2 of (f) an image without text; no names of earlier
  synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic38/check.py and
  ../synthetic36/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with C, I, J, W, Y, Ö, Ä or Å, none of OWN or PERSONS
  occurs in the READMEs of the earlier sets (../synthetic … ../synthetic38) or in ../synthetic36/check.py and
  ../synthetic38/check.py, and every OWN name and person is used;
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
from data import (A_ADMIN, A_TOTAL_LABEL, A_DEPARTURES, A_PENSIONS, A_TURNOVER_PREV, A_TURNOVER_GOAL,  # noqa
                  A_SICK_GOAL, A_SICK, A_SICK_GROUPS, A_COSTS, A_PASSAGE, A_SOF_NOTE, A_MEASURES, A_HR, A_CEO,
                  a_total, a_turnover, a_row_text, a_total_cells, a_sick_text, a_cost_sum, a_cost_text,
                  B_AREAS, B_ACTIONS, B_STATUSES, B_BREAK_AFTER, B_PREV_DONE, B_IND, B_NEW, B_PASSAGE, B_CONTACT,
                  B_CHAIR, b_top, b_counts, b_row_text, b_ind_text,
                  C_GROUPS, C_DIV, C_TAX, C_FIN, C_GOAL_PCT, C_MONTHLY, C_STAFF, C_PASSAGE, C_CONTACT, C_DIRECTOR,
                  c_divs, c_sum, c_cells, c_row_text, c_result, c_staff_tot, c_staff_text, c_name,
                  D_YEARS, D_AREAS, D_PRE, D_STAGES, D_SCHOOL, D_PREV_2030, D_PASSAGE, D_CONTACT, D_HEAD,
                  d_pre_tot, d_school, d_pct, d_pre_text, d_pre_tot_cells, d_school_text, d_stage_text,
                  E_YEARS, E_KEYS, E_SECTIONS, E_GROUPS, E_PROJECTS, E_PASSAGE, E_CEO, E_CHAIR, e_met, e_key_text,
                  e_projects, e_sum, e_proj_text,
                  F_GROUPS, F_EVENTS, F_STATIONS, F_STAFF, F_PREVENT, F_LSO, F_TRAINED, F_MEASURES, F_PASSAGE,
                  F_CHIEF, F_ANALYST, F_SCAN_NOTES, F_SCAN_INTRO, F_SCAN_COMMENT, f_events, f_sum, f_scan_rows,
                  f_scan_text, f_scan_numbers, f_row_text, f_station_text, f_prevent_cells,
                  g, d1, dmy, r1)

QFILE = HERE.parent / "train_syn40.jsonl"
N_Q = 72
BASE = 40000
WANT_TYPES = {"figure": 26, "list": 18, "passage": 6, "none": 22}
WANT_EN = 18
MIN_EN_LISTS = 4
MIN_EN_FIGS = 7
MIN_EN_NONE = 5
MIN_COND = 14
MIN_LIST_NONE = 5
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 6
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"t40069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "kWh/m²", "MWh", "kr/m²", "minuter"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "islinge-personalekonomisk-redovisning-2026.pdf"
B = "jordvalla-energi-och-klimatplan-uppfoljning-2026.pdf"
C = "region-wendmark-manadsrapport-april-2027.pdf"
D = "ysterby-barn-och-elevprognos-2027-2031.pdf"
E = "oxnehem-aret-i-sammandrag-2026.pdf"
F = "casselby-raddningstjansten-arsstatistik-2026.pdf"
# the name a question must carry ("Öxne" covers both the company Öxnehem and its municipality Öxnevik)
PLACE = {A: "Islinge", B: "Jordvalla", C: "Wendmark", D: "Ysterby", E: "Öxne", F: "Casselby"}
WITH_TITLE = {A, C, D}
WITH_MINUS = {A, C, D}
LANDSCAPE = {D: [1, 2, 3, 4]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "CIJWYÖÄÅ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic38/check.py and ../synthetic36/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic38).
# ../synthetic39 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Maja Ahlgren", "Mikael Blom",
]
# real Swedish municipalities and regions beginning with C, I, J, W, Y, Ö, Ä or Å (there are none with C, I or W;
# regions: Jönköpings län, Jämtland Härjedalen, Örebro län, Östergötland): none may be one of our names, and none may
# occur as a word in our PDFs
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Jämtland", "Härjedalen",
        "Ydre", "Ystad",
        "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm",
        "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå", "Östergötland"]
# our own invented names (municipalities, region and company first, then areas, places, buildings and projects);
# later sets should add them to their FORBIDDEN lists
OWN = ["Islinge", "Jordvalla", "Wendmark", "Ysterby", "Öxnevik", "Öxnehem", "Casselby",
       "Jordvallahallen", "Ivarsgården",
       "Ismyra", "Jonsbo", "Wallstena", "Åkerslund", "Öljersta", "Wallstena äng",
       "Iseberg", "Wiksberg", "Cypressen", "Jaktfalken", "Yllefabriken", "Walkyrian", "Iskällaren", "Åkerhällen",
       "Cisternen",
       "Inneby", "Jutsbo", "Älvnäs", "Wedarna"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Ingrid Wallin", "Jonas Ivarsson", "Yvonne Carlén", "Wilhelm Jansson", "Cecilia Öberg", "Isak Westman",
           "Johanna Ygberg", "William Jakobsson", "Carina Isaksson", "Ylva Wennerström", "Joel Wiklund",
           "Ida Cronholm"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic36", "synthetic38"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 39)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=x, item=a_row_text(x)) for x in A_ADMIN]
B_R = [dict(r=a, item=b_row_text(a)) for a in B_ACTIONS]
C_R = [dict(r=d, item=c_row_text(d)) for d in C_DIV]
C_S = [dict(r=x, item=c_staff_text(x)) for x in C_STAFF]
D_P = [dict(r=a, item=d_pre_text(a)) for a in D_AREAS]
D_S = [dict(r=a, item=d_school_text(a)) for a in D_AREAS]
D_T = [dict(r=a, item=d_stage_text(a)) for a in D_AREAS]
E_K = [dict(r=k, item=e_key_text(k)) for k in E_KEYS]
E_P = [dict(r=p, item=e_proj_text(p)) for p in E_PROJECTS]
F_R = [dict(r=e, item=f_row_text(e)) for e in F_EVENTS]

# qid -> (rows, predicate on the raw row)
COND = {
    "t40006": (A_R, lambda x: x[7] > 9),                                           # share
    "t40007": (A_R, lambda x: x[3] < x[2]),                                        # 2026 < 2025 (pair)
    "t40008": (A_R, lambda x: x[6] < 60),                                          # share
    "t40017": (B_R, lambda a: a[4] == "Försenad"),                                 # status
    "t40018": (B_R, lambda a: a[4] == "Ej påbörjad"),                              # status
    "t40030": (C_R, lambda d: d[2] - d[5] < 0),                                    # forecast deficit
    "t40031": (C_R, lambda d: d[5] > d[6]),                                        # April worse than March (pair)
    "t40032": (C_S, lambda x: x[3] > x[4]),                                        # 2027 > 2026 (pair)
    "t40041": (D_P, lambda a: D_PRE[a][1] < D_PRE[a][0][-1]),                      # places < children 2031
    "t40042": (D_S, lambda a: d_school(a)[-1] < d_school(a)[0]),                   # 2031 < 2026 (pair)
    "t40043": (D_T, lambda a: d_school(a, "7–9")[-1] > d_school(a, "7–9")[0]),     # 2031 > 2026 (pair)
    "t40053": (E_P, lambda p: p[4] > 100),                                         # amount
    "t40054": (E_P, lambda p: p[6] == 2027),                                       # completion year
    "t40055": (E_K, lambda k: k[0] == "Ekonomi" and k[3][3] < k[3][2]),            # group + pair
    "t40065": (F_R, lambda e: e[4] < e[3]),                                        # pair (scanned)
    "t40066": (F_R, lambda e: e[0] == "Bränder" and e[4] > 50),                    # group + amount (scanned)
}
PAIR = {"t40007", "t40031", "t40032", "t40042", "t40043", "t40055", "t40065"}
GROUP = {"t40055", "t40066"}
EXACT = {
    "t40019": [t for t, _ in B_NEW],
    "t40067": list(F_MEASURES),
}
NONE_ABSENT = {
    "t40010": (A, [r"2023"], None),
    "t40011": (A, [], lambda: all(x[7] <= 15 for x in A_ADMIN)),
    "t40012": (A, [r"[Ss]jukfrånvaro[^.]{0,60}[Ss]ocialförvaltning", r"[Ss]ocialförvaltning[^.]{0,60}[Ss]jukfrånvaro",
                   r"[Mm]än[^.]{0,40}[Ss]ocialförvaltning"], lambda: all(len(x) == 8 for x in A_ADMIN)),
    "t40021": (B, [r"\bkr\b|kronor|\bmnkr\b|\btkr\b|[Kk]ostnad"], None),
    "t40022": (B, [r"2022"], None),
    "t40023": (B, [r"[Ss]ocialförvaltning"], lambda: not any("Social" in a[2] for a in B_ACTIONS)),
    "t40024": (B, [r"[Aa]vbrut", r"[Aa]vslutad"], lambda: all(a[4] in B_STATUSES for a in B_ACTIONS)
               and "Avbruten" not in B_STATUSES),
    "t40034": (C, [r"2028"], None),
    "t40035": (C, [r"[Tt]andvård"], None),
    "t40036": (C, [], lambda: all(d[2] - d[5] <= 20 for d in C_DIV)
               and all(s[0] - s[3] <= 20 for s in [c_sum(gr) for gr in C_GROUPS])),
    "t40045": (D, [r"2033"], None),
    "t40046": (D, [r"16–18", r"[Gg]ymnas"], None),
    "t40047": (D, [r"\bkr\b|kronor|\bmnkr\b|\btkr\b|[Kk]ostnad|[Kk]ostar"], None),
    "t40048": (D, [], lambda: all(D_PRE[a][1] - D_PRE[a][0][-1] <= 100 for a in D_AREAS)),
    "t40057": (E, [r"\d+ (?:anställda|medarbetare)", r"[Aa]ntal (?:anställda|medarbetare)", r"[Mm]edelantal"],
               None),
    "t40058": (E, [r"2022"], None),
    "t40059": (E, [r"[Ll]okaler", r"[Ll]okalhyr", r"[Kk]ommersiell"], None),
    "t40060": (E, [], lambda: all((p[3] or 0) <= 150 for p in E_PROJECTS)),
    "t40069": (F, [r"2023"], None),
    "t40070": (F, [r"\bkr\b|kronor|\bmnkr\b|\btkr\b|[Bb]udget|[Kk]ostnad|[Kk]ostade"], None),
    "t40071": (F, [], lambda: all(s[4] <= 25 for s in F_STATIONS)),
    "t40072": (F, [r"[Aa]ndel inom 20 min[^\n]{0,12}2025"], lambda: all(len(s) == 6 for s in F_STATIONS)),
}
LIST_NONE = {"t40011", "t40023", "t40024", "t40036", "t40048", "t40060", "t40071"}
NONE_LABEL = {
    "t40011": ("personalomsättning", "Personalomsättning"),
    "t40012": ("socialförvaltningen", "Socialförvaltningen"),
    "t40021": ("Jordvallahallen", "Solcellsanläggning på Jordvallahallen"),
    "t40022": ("tjänsteresor", "Utsläpp från tjänsteresor och egna transporter"),
    "t40034": ("Division Psykiatri", "Division Psykiatri"),
    "t40045": ("Centrum", "Centrum"),
    "t40047": ("förskoleplats", "förskoleplatser"),
    "t40058": ("soliditet", "Soliditet"),
    "t40059": ("genomsnittlig hyra", "Genomsnittlig hyra bostäder"),
    "t40069": ("byggnad", "Brand i byggnad"),
    "t40071": ("medianinsatstid", "Median insatstid"),
    "t40072": ("Wedarna", "Wedarna"),
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

    # ---------------------------------------------------------------- data consistency (synthetic40)
    WORD = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 9: "nio"}

    # (a) Islinge, personalekonomisk redovisning 2026
    t25, t26, vis, aa, kv_, oms = a_total()
    turn, turn_ex = a_turnover()
    for x in A_ADMIN:
        need(A, a_row_text(x), [1], "A staff row")
    need(A, " ".join(a_total_cells()), [1], "A total row")
    if oms != turn:
        errs.append(f"A: the weighted turnover of Tabell 1 ({oms}) differs from departures / mean staff ({turn})")
    need(A, "Tillsvidareanställda 2026 Förvaltning 2025 2026 Visstids- anställda Års- arbetare", [1], "A heading")
    need(A, A_SOF_NOTE, [1], "A footnote")
    need(A, f"hade Islinge kommun {g(t26)} tillsvidareanställda medarbetare, {t26 - t25} fler än ett år tidigare, då "
            f"de var {g(t25)}. Därutöver fanns {vis} visstidsanställda. De tillsvidareanställda motsvarade {d1(aa)} "
            f"årsarbetare", [0], "A staff sentence")
    tot = A_SICK["Samtliga"][-1]
    need(A, f"Sjukfrånvaron minskade till {d1(tot[3])} procent av den ordinarie arbetstiden, från {d1(tot[2])} "
            f"procent 2025. Den ligger därmed fortfarande över kommunens mål på högst {d1(A_SICK_GOAL)} procent. "
            f"Kvinnornas sjukfrånvaro var {d1(A_SICK['Kvinnor'][-1][3])} procent och männens "
            f"{d1(A_SICK['Män'][-1][3])} procent", [0], "A sick-leave sentence")
    if not (tot[3] < tot[2] and tot[3] > A_SICK_GOAL):
        errs.append("A: p. 1 says sick leave fell but is still above the goal")
    need(A, f"Personalomsättningen blev {d1(turn)} procent, jämfört med {d1(A_TURNOVER_PREV)} procent året innan och "
            f"målet på högst {d1(A_TURNOVER_GOAL)} procent", [0], "A turnover sentence")
    need(A, f"Personalkostnaderna uppgick till {d1(a_cost_sum(2))} mnkr, vilket är "
            f"{d1(a_cost_sum(2) - a_cost_sum(1))} mnkr mer än budgeterat", [0], "A cost sentence")
    need(A, f"Under 2026 avslutade {A_DEPARTURES} tillsvidareanställda sin anställning i kommunen, varav {A_PENSIONS} "
            f"gick i pension. Personalomsättningen blev därmed {d1(turn)} procent. Exklusive pensionsavgångar var "
            f"omsättningen {d1(turn_ex)} procent. Året innan var personalomsättningen {d1(A_TURNOVER_PREV)} "
            f"procent", [1], "A departures")
    for k, v in (("Tillsvidareanställda, antal", f"{g(t26)} {g(t25)}"),
                 ("Sjukfrånvaro, procent", f"{d1(tot[3])} {d1(tot[2])}"),
                 ("Personalomsättning, procent", f"{d1(turn)} {d1(A_TURNOVER_PREV)}"),
                 ("Personalkostnader, mnkr", f"{d1(a_cost_sum(2))} {d1(a_cost_sum(3))}")):
        need(A, f"{k} {v}", [0], "A key figures")
    if max(A_ADMIN, key=lambda x: x[7])[1] != "SOF" or min(A_ADMIN, key=lambda x: x[7])[1] != "KFF":
        errs.append("A: p. 2 says turnover is highest in SOF and lowest in KFF")
    share = (A_ADMIN[1][3] + A_ADMIN[3][3]) / t26
    if not 0.65 <= share < 0.70:
        errs.append("A: p. 2 says BUF and VOF have nearly seven in ten of the staff")
    for grp in A_SICK_GROUPS:
        need(A, grp.upper(), [2], "A sick-leave group")
        rows = A_SICK[grp]
        for r in rows:
            need(A, a_sick_text(r), [2], "A sick-leave row")
        for col in (1, 2, 3):
            vals = [r[col] for r in rows[:-1]]
            if not min(vals) <= rows[-1][col] <= max(vals):
                errs.append(f"A: the total of {grp} {col} is outside its age groups")
        young, rest = rows[0], rows[1:3]
        if not young[1] < young[2] < young[3]:
            errs.append(f"A: p. 3 says sick leave under 30 rose three years in a row ({grp})")
        if not all(r[3] < r[2] for r in rest):
            errs.append(f"A: p. 3 says sick leave fell in all other age groups ({grp})")
        if min(rest, key=lambda r: r[3] - r[2])[0] != "50 år−":
            errs.append(f"A: p. 3 says the largest fall was among those 50 and older ({grp})")
    for k in range(3):
        if not A_SICK["Kvinnor"][k][3] > A_SICK["Män"][k][3]:
            errs.append("A: p. 3 says women's sick leave is higher in all age groups")
    need(A, f"Minskningen förklaras främst av att {A_PASSAGE}", [2], "A passage")
    for c in A_COSTS:
        need(A, a_cost_text(c), [3], "A cost row")
    need(A, f"Summa personalkostnader {d1(a_cost_sum(1))} {d1(a_cost_sum(2))} {d1(a_cost_sum(3))} "
            f"{d1(a_cost_sum(1) - a_cost_sum(2), plus=True)}", [3], "A cost sum")
    hired = [c for c in A_COSTS if c[0] == "Inhyrd personal"][0]
    need(A, f"Kostnaden för inhyrd personal minskade till {d1(hired[2])} mnkr från {d1(hired[3])} mnkr året innan, "
            f"men blev {d1(hired[2] - hired[1])} mnkr högre än budgeterat", [3], "A hired staff")
    for t_, subs in A_MEASURES:
        need(A, t_, [3], "A measure")
        for s_ in subs:
            need(A, s_, [3], "A sub-measure")
    need(A, f"{A_HR[0]} {A_HR[1]}", [3], "A signature")
    need(A, f"{A_CEO[1]} {A_CEO[0]}", [3], "A approval")

    # (b) Jordvalla, energi- och klimatplan
    nrs = [a[0] for a in B_ACTIONS]
    brk = nrs.index(B_BREAK_AFTER)
    for k, a in enumerate(B_ACTIONS):
        want = [2] if k <= brk else [3]
        if pages_of(B, b_row_text(a)) != want:
            errs.append(f"B: action {a[0]} printed on {pages_of(B, b_row_text(a))}, expected {want}")
        if a[4] not in B_STATUSES:
            errs.append(f"B: unknown status of {a[0]}")
        if a[0].count(".") == 2 and a[0].rsplit(".", 1)[0] not in nrs:
            errs.append(f"B: sub-action {a[0]} without its parent")
    if B_ACTIONS[brk][0].split(".")[0] != B_ACTIONS[brk + 1][0].split(".")[0]:
        errs.append("B: Tabell 1 must break inside a focus area")
    if count(B, "Nr Åtgärd Ansvarig Klart senast Status") != 2:
        errs.append("B: the heading of Tabell 1 must be printed twice")
    need(B, "Tabell 1 fortsätter på nästa sida", [1], "B break note")
    nr_ = B_ACTIONS[brk][0].split(".")[0]
    need(B, f"Tabell 1 (forts.) Nr Åtgärd Ansvarig Klart senast Status Fokusområde {nr_} · "
            f"{dict(B_AREAS)[nr_]} (forts.)", [2], "B continued area")
    for nr, name in B_AREAS:
        need_any(B, f"Fokusområde {nr} · {name}", "B focus area")
    top = b_top()
    cnt = b_counts()
    parents = {a[0].rsplit(".", 1)[0] for a in B_ACTIONS if a[0].count(".") == 2}
    need(B, f"Den innehåller {len(top)} åtgärder inom fyra fokusområden, och {WORD[len(parents)]} av åtgärderna är "
            f"uppdelade i delåtgärder", [0], "B intro counts")
    if len(B_AREAS) != 4:
        errs.append("B: p. 1 says four focus areas")
    need(B, f"Vid årets slut var {WORD[cnt['Klar']]} av de {len(top)} åtgärderna klara, jämfört med "
            f"{WORD[B_PREV_DONE]} vid uppföljningen 2025. {WORD[cnt['Pågår']].capitalize()} åtgärder pågår, "
            f"{WORD[cnt['Försenad']]} är försenade och {WORD[cnt['Ej påbörjad']]} har ännu inte påbörjats", [0],
         "B status counts")
    if sum(cnt.values()) != len(top) or B_PREV_DONE >= cnt["Klar"]:
        errs.append("B: the status counts do not add up")
    ind = {i[0]: i for i in B_IND}
    en = ind["Energianvändning i kommunens lokaler"]
    fo = ind["Andel fossilfria fordon i kommunens fordonsflotta"]
    need(B, f"Energianvändningen i kommunens lokaler minskade till {en[4]} kWh/m², från {en[3]} kWh/m² året innan. "
            f"Målet för 2028 är {en[5]} kWh/m². Andelen fossilfria fordon i kommunens fordonsflotta ökade till "
            f"{fo[4]} procent ({fo[3]} procent 2025), att jämföra med målet {fo[5]} procent", [0], "B indicators")
    for i in B_IND:
        need(B, b_ind_text(i), [2], "B indicator row")
        if (i[4] < i[3]) != i[6]:
            errs.append(f"B: indicator {i[0]} moved the wrong way")
    for i in B_IND[:4]:
        need(B, f"{i[0]}, {i[1]} {g(i[4])} Mål 2028: {g(i[5])}", [0], "B bullet chart")
    need(B, f"Solcellerna på de fyra förskolorna (åtgärd 1.3.2) är försenade eftersom {B_PASSAGE}", [3], "B passage")
    for a in B_ACTIONS:
        if a[0] in ("1.3.2", "2.2.2", "4.2") and a[4] != "Försenad":
            errs.append(f"B: p. 4 comments on {a[0]} as delayed")
        if a[0] == "1.3.1" and (a[4] != "Klar" or a[3].month != 9):
            errs.append("B: p. 4 says the Jordvallahallen installation was done in September")
    for t_, subs in B_NEW:
        need(B, t_, [3], "B new action")
        for s_ in subs:
            need(B, s_, [3], "B new sub-action")
    need(B, f"Kontaktperson: {B_CONTACT[0]}, {B_CONTACT[1]}. Kommunstyrelsens ordförande: {B_CHAIR}", [3],
         "B contact")

    # (c) Region Wendmark, månadsrapport april 2027
    for d in C_DIV:
        need(C, c_row_text(d), [1], "C division row")
        if d[0] not in C_GROUPS:
            errs.append(f"C: unknown group of {d[1]}")
    for grp in C_GROUPS:
        need(C, grp.upper(), [1], "C group line")
        need(C, " ".join(c_cells(f"Summa {grp[0].lower() + grp[1:]}", c_sum(grp))), [1], "C group sum")
    ops = c_sum()
    need(C, " ".join(c_cells("Summa verksamheterna", ops)), [1], "C total")
    if abs(sum(c_sum(gr)[0] for gr in C_GROUPS) - ops[0]) > 0.05:
        errs.append("C: the group sums do not add up")
    res = c_result()
    for lab, vals in (("Verksamhetens nettokostnader", [-ops[2], -ops[1], -ops[0], -ops[3]]),
                      ("Skatteintäkter och generella statsbidrag", [C_TAX[2], C_TAX[1], C_TAX[0], C_TAX[3]]),
                      ("Finansnetto", [C_FIN[2], C_FIN[1], C_FIN[0], C_FIN[3]]),
                      ("Resultat", [res[2], res[1], res[0], res[3]])):
        need(C, f"{lab} " + " ".join(d1(v) for v in vals), [1], "C income statement")
    need(C, f"Regionens resultat för perioden januari–april blev {d1(res[2])} mnkr, att jämföra med det "
            f"periodiserade budgeterade resultatet på {d1(res[1])} mnkr", [0], "C period result")
    pct = res[3] / C_TAX[3] * 100
    need(C, f"För helåret prognostiserar regionen ett resultat på {d1(res[3])} mnkr. Det är {d1(res[0] - res[3])} "
            f"mnkr lägre än budgeterat ({d1(res[0])} mnkr) och {d1(res[4] - res[3])} mnkr lägre än prognosen efter "
            f"mars ({d1(res[4])} mnkr). Resultatet motsvarar {d1(pct)} procent av skatteintäkter och generella "
            f"statsbidrag, jämfört med målet på {d1(C_GOAL_PCT)} procent", [0], "C forecast")
    deficit = [d for d in C_DIV if d[2] - d[5] < 0]
    need(C, f"Verksamheterna prognostiserar tillsammans ett underskott på {d1(ops[3] - ops[0])} mnkr mot budget. "
            f"{WORD[len(deficit)].capitalize()} av regionens {WORD[len(C_DIV)]} divisioner och verksamheter räknar "
            f"med underskott, störst inom Division Kirurgi och Division Medicin. Skatteintäkter och generella "
            f"statsbidrag beräknas bli {d1(C_TAX[3] - C_TAX[0])} mnkr högre än budgeterat", [0], "C deficits")
    worst = sorted(C_DIV, key=lambda d: d[2] - d[5])[:2]
    if {c_name(d) for d in worst} != {"Division Kirurgi", "Division Medicin"}:
        errs.append("C: p. 1 says Kirurgi and Medicin have the largest deficits")
    if C_MONTHLY[-1][1] >= res[2] or C_MONTHLY[-1][2] >= res[1]:
        errs.append("C: the accumulated result must grow to April")
    need(C, " ".join([m for m, _, _ in C_MONTHLY] + ["apr"]), [0], "C chart months")
    need(C, " ".join([d1(o) for _, o, _ in C_MONTHLY] + [d1(res[2])]), [0], "C chart outcome")
    need(C, " ".join([d1(b) for _, _, b in C_MONTHLY] + [d1(res[1])]), [0], "C chart budget")
    for x in C_STAFF:
        need(C, c_staff_text(x), [2], "C staff row")
    st = c_staff_tot()
    need(C, f"Summa {d1(st[0])} {d1(st[1], plus=True)} {d1(st[2])} {d1(st[3])}", [2], "C staff sum")
    need(C, f"Kostnaderna för inhyrd personal inom hälso- och sjukvården ökade till {d1(st[2])} mnkr, från "
            f"{d1(st[3])} mnkr under samma period förra året", [2], "C hired staff")
    if max(C_STAFF, key=lambda x: x[3] - x[4])[0] != "Division Kirurgi":
        errs.append("C: p. 3 says the increase is largest in Kirurgi")
    if {x[0] for x in C_STAFF if x[3] < x[4]} != {"Division Psykiatri", "Division Diagnostik"}:
        errs.append("C: p. 3 says hired staff decreased in Psykiatri and Diagnostik")
    prim = [d for d in C_DIV if c_name(d) == "Division Primärvård"][0]
    if not prim[5] < prim[6]:
        errs.append("C: p. 3 says the Primärvård forecast improved since March")
    others = {"Division Psykiatri", "Division Diagnostik", "Kultur och utbildning", "Regionservice",
              "Regionledningskontoret"}
    if {c_name(d) for d in C_DIV if d[2] - d[5] > 0} != others:
        errs.append("C: p. 3 says the other units forecast surpluses")
    need(C, f"Det beror på att {C_PASSAGE}", [2], "C passage")
    need(C, f"Kontakt: {C_CONTACT[0]}, {C_CONTACT[1]}. Regiondirektör: {C_DIRECTOR}", [2], "C contact")

    # (d) Ysterby, barn- och elevprognos
    pre, places = d_pre_tot()
    sch = d_school()
    for a in D_AREAS:
        need(D, d_pre_text(a), [1], "D preschool row")
        need(D, d_school_text(a), [2], "D school row")
        need(D, d_stage_text(a), [3], "D stage row")
        v = d_school(a)
        need(D, f"{a} {g(v[0])} {g(v[-1])} 2026 2031", [0], "D small multiple")
        if sum(d_school(a, s_)[0] for s_ in D_STAGES) != v[0]:
            errs.append(f"D: the stages of {a} do not add up")
    need(D, " ".join(d_pre_tot_cells()), [1], "D preschool total")
    need(D, d_school_text(None), [2], "D school total")
    need(D, d_stage_text(None), [3], "D stage total")
    need(D, f"från {g(pre[0])} barn 2026 till {g(pre[-1])} barn år 2031", [0], "D preschool sentence")
    need(D, f"från {g(sch[0])} elever 2026 till {g(sch[-1])} elever år 2031", [0], "D school sentence")
    need(D, f"förra årets prognos räknade med {g(D_PREV_2030)} elever år 2030, den nya prognosen ger {g(sch[4])}",
         [0], "D previous forecast")
    if not pre[-1] < pre[0] or not sch[-1] > sch[0]:
        errs.append("D: p. 1 says preschool children decrease and pupils increase")
    up = {a for a in D_AREAS if D_PRE[a][0][-1] > D_PRE[a][0][0]}
    if up != {"Ismyra", "Wallstena"}:
        errs.append("D: p. 1 says only Ismyra and Wallstena grow in preschool age")
    wal_s, wal_p = d_school("Wallstena"), D_PRE["Wallstena"][0]
    if max(D_AREAS, key=lambda a: d_school(a)[-1] - d_school(a)[0]) != "Wallstena" or \
            max(D_AREAS, key=lambda a: D_PRE[a][0][-1] - D_PRE[a][0][0]) != "Wallstena":
        errs.append("D: p. 1 says Wallstena grows most")
    need(D, f"{g(wal_s[-1] - wal_s[0], plus=True)} elever och {g(wal_p[-1] - wal_p[0], plus=True)} förskolebarn "
            f"fram till 2031", [0], "D Wallstena")
    short = {a: D_PRE[a][0][-1] - D_PRE[a][1] for a in D_AREAS if D_PRE[a][0][-1] > D_PRE[a][1]}
    if set(short) != {"Ismyra", "Wallstena"}:
        errs.append("D: p. 2 says Ismyra and Wallstena lack places")
    need(D, f"i Wallstena saknas {short.get('Wallstena')} platser år 2031", [1], "D shortfall")
    need(D, f"i Ismyra saknas {short.get('Ismyra')} platser", [1], "D shortfall")
    for a in ("Jonsbo", "Öljersta"):
        if min(D_PRE[a][0]) > D_PRE[a][1] or max(D_PRE[a][0]) > D_PRE[a][1]:
            errs.append(f"D: p. 2 says {a} has more places than children all period")
        p_ = d_pct(d_school(a)[0], d_school(a)[-1])
        if not -15.0 <= p_ <= -13.0:
            errs.append(f"D: p. 3 says {a} falls by about 14 per cent")
    for a in ("Centrum", "Åkerslund"):
        if not 0 < D_PRE[a][1] - D_PRE[a][0][-1] <= 50:
            errs.append(f"D: p. 2 says {a} has a small surplus of places")
    need(D, f"Wallstena växer mest, med {wal_s[-1] - wal_s[0]} elever fram till 2031", [2], "D growth")
    need(D, f"Ökningen beror på att {D_PASSAGE}", [2], "D passage")
    ake, cen = d_school("Åkerslund"), d_school("Centrum")
    need(D, f"Åkerslund minskar med {ake[0] - ake[-1]} elever och Centrum med {cen[0] - cen[-1]}", [2], "D decrease")
    up79 = {a for a in D_AREAS if d_school(a, "7–9")[-1] > d_school(a, "7–9")[0]}
    if up79 != {"Centrum", "Ismyra", "Wallstena"}:
        errs.append("D: p. 4 says 7–9 grows in Centrum, Ismyra and Wallstena")
    need(D, f"Kontakt: {D_CONTACT[0]}, {D_CONTACT[1]}. Förvaltningschef: {D_HEAD[0]}", [3], "D contact")

    # (e) Öxnehem, året i sammandrag
    K = {k[1]: k[3] for k in E_KEYS}
    for k in E_KEYS:
        need(E, e_key_text(k), [1], "E key-figure row")
        if k[0] not in E_SECTIONS:
            errs.append(f"E: unknown section of {k[1]}")
    met = {k[1]: e_met(k) for k in E_KEYS if k[4]}
    if [n for n, v in met.items() if not v] != ["Soliditet, %"]:
        errs.append("E: only the soliditet should miss the owner's target")
    for p in E_PROJECTS:
        need(E, e_proj_text(p), [2], "E project row")
        if not p[5] <= p[6] or p[0] not in E_GROUPS:
            errs.append(f"E: project {p[1]} is inconsistent")
        if (p[7] == "Färdigställt") != (p[6] <= 2026):
            errs.append(f"E: project {p[1]}: status and completion year disagree")
    for grp in E_GROUPS:
        need(E, f"{grp} {len(e_projects(grp))} projekt", [2], "E group line")
        fl, inv_ = e_sum(grp)
        need(E, f"Summa {grp[0].lower() + grp[1:]} {g(fl) if fl else '–'} {d1(inv_)}", [2], "E group sum")
    fl, inv_ = e_sum()
    need(E, f"Totalt {g(fl)} {d1(inv_)}", [2], "E total")
    res_, turn_ = K["Resultat efter finansiella poster, mnkr"], K["Nettoomsättning, mnkr"]
    rent, flats = K["Genomsnittlig hyra bostäder, kr/m²"], K["Antal lägenheter"]
    need(E, f"Öxnehem redovisar för 2026 ett resultat efter finansiella poster på {d1(res_[3])} mnkr, jämfört med "
            f"{d1(res_[2])} mnkr året innan. Nettoomsättningen ökade till {d1(turn_[3])} mnkr, främst genom årets "
            f"hyreshöjning på {d1((rent[3] / rent[2] - 1) * 100)} procent", [0], "E result")
    need(E, f"Soliditeten steg till {d1(K['Soliditet, %'][3])} procent men ligger fortfarande under ägarens mål på "
            f"12,0 procent", [0], "E soliditet")
    need(E, f"Vid årets slut hade bolaget {g(flats[3])} lägenheter, {flats[3] - flats[2]} fler än ett år tidigare. "
            f"Uthyrningsgraden för bostäder var {d1(K['Uthyrningsgrad bostäder, %'][3])} procent", [0], "E flats")
    inv = K["Investeringar, mnkr"]
    need(E, f"Under året investerade bolaget {d1(inv[3])} mnkr, mindre än de {d1(inv[2])} mnkr som investerades "
            f"2025", [0], "E investments")
    nki = K["Nöjd kund-index"]
    if not (nki[3] >= 80 and all(v < 80 for v in nki[:3])):
        errs.append("E: p. 1 says the customer index reached 80 for the first time")
    need(E, " ".join(f"{d1(v)} {yr}" for v, yr in zip(res_, E_YEARS)), [0], "E chart")
    yl = [p for p in E_PROJECTS if p[1].startswith("Yllefabriken")][0]
    need(E, f"Byggstarten för Yllefabriken 3 har flyttats från 2026 till {yl[5]} eftersom {E_PASSAGE}", [2],
         "E passage")
    walk = [p for p in E_PROJECTS if p[1].startswith("Walkyrian")][0]
    need(E, f"Walkyrian 2, ett trygghetsboende med {walk[3]} lägenheter", [2], "E Walkyrian")
    need(E, f"{E_CHAIR[0]} {E_CHAIR[1].capitalize()} {E_CEO[0]} Verkställande direktör", [2], "E signatures")

    # (f) Casselby, räddningstjänsten (p. 2 scanned)
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(c for c in cells if c)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    for grp in F_GROUPS:
        s_ = f_sum(grp)
        if any(s_[k] != sum(e[k + 2] for e in f_events(grp)) for k in range(3)):
            errs.append(f"F: the sum of {grp} does not add up")
    tot = f_sum()
    ev = {e[1]: e for e in F_EVENTS}
    if not tot[2] > tot[1]:
        errs.append("F: p. 1 says there were more call-outs in 2026")
    sk = ev["Brand i skog och mark"]
    if not sk[4] > 2 * sk[3]:
        errs.append("F: p. 1 says forest fires more than doubled")
    iv = ev["I väntan på ambulans (IVPA)"]
    if not iv[2] < iv[3] < iv[4]:
        errs.append("F: the scanned comment says IVPA call-outs rose every year")
    for name, up_ in (("Trafikolycka", False), ("Automatiskt brandlarm utan brand", False), ("Brand i byggnad", False),
                      ("Brand i fordon", True)):
        if (ev[name][4] > ev[name][3]) != up_:
            errs.append(f"F: p. 1 describes the change of {name} wrongly")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + [F_SCAN_INTRO, F_SCAN_COMMENT, "Summa bränder", "Summa olyckor",
                              "Nödställt djur", "Övriga uppdrag", "Drunkning eller drunkningstillbud"]:
        if norm(s_) in norm(layer):
            errs.append(f"F: scanned text {s_[:40]!r} repeated in the text layer")
    for s in F_STATIONS:
        need(F, f_station_text(s), [2], "F station row")
    longer = {s[0] for s in F_STATIONS if s[4] > s[3]}
    if {s[0] for s in F_STATIONS} - longer != {"Jutsbo"} or not {"Älvnäs", "Wedarna"} <= longer:
        errs.append("F: p. 3 says Jutsbo is the only station with a shorter response time")
    need(F, f"Bränderna i skog och mark ökade kraftigt eftersom {F_PASSAGE}", [2], "F passage")
    for x in F_PREVENT:
        need(F, " ".join(f_prevent_cells(x)), [3], "F prevention row")
    need(F, f"Räddningstjänsten genomförde {F_LSO[0]} tillsynsbesök enligt lagen om skydd mot olyckor, jämfört "
            f"med målet på {F_LSO[1]}. Under året utbildades {g(F_TRAINED)} personer", [3], "F prevention")
    for m_ in F_MEASURES:
        need(F, m_, [3], "F measure")
    stations = [s[0] for s in F_STATIONS]
    need(F, f"Brandstationer fem: {', '.join(stations[:-1])} och {stations[-1]}", [0], "F stations")
    if len(stations) != 5:
        errs.append("F: p. 1 says five stations")
    need(F, f"Heltidsbrandmän {F_STAFF[0]} personer", [0], "F staff")
    need(F, f"{F_CHIEF[0]} {F_CHIEF[1].capitalize()} {F_ANALYST[0]}", [3], "F signature")

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
