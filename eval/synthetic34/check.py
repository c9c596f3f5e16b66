"""Checks ../train_syn34.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Mossberga document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic32/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic34).

* format: 72 questions t34001..t34072, key order, types 24 figure / 20 list / 6 passage / 22 none, 18 in English
  (at least 6 of them figures, 5 lists and 5 none), at least 15 conditional lists, at least 6 list-shaped none
  questions; on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned key figures;
* every question names the municipality (or region) of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases must NOT occur in the text layer of any page and those figure
  texts not as a number of their own (so that only the image answers them);
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the questions that ask for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (f) (WITH_MINUS); metadata titles exactly in
  (a), (c), (d) and (e); landscape pages exactly pp. 3-4 of (d); page 2 of (f) an image without text; no names of
  earlier synthetic municipalities or places (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of
  ../synthetic32/check.py and ../synthetic31/check.py), no real municipality or region (REAL) among our own names
  or as a word in the PDFs, our own names (OWN) and persons all start with A, E, M, T, N or Å and none of OWN or
  PERSONS occurs in the READMEs of the earlier sets or in ../synthetic30/check.py and ../synthetic32/check.py;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_GROUPS, A_LINES, A_BREAK_AFTER, A_ECON, A_TARGETS, A_PASSAGE, A_DECIDED, A_MEASURES,  # noqa
                  a_change, a_lines, a_sum, a_punct, a_econ, a_cover, a_row_text, a_sum_text, a_line, pct,
                  B_DATE, B_GRANT_GROUPS, B_GRANTS, B_FRAME, B_BREAK_AFTER, B_VOTE, B_MOTION, B_ECON, B_MEMBERS,
                  B_SECRETARY, B_PASSAGE, b_rows, b_sum, b_row_text,
                  C_GROUPS, C_AREAS, C_YEARS, C_BREAK_AFTER, C_SOLIDITET, C_SOLIDITET_TARGET, C_BELANING,
                  C_RANTETACKNING, C_RESULT, C_TURNOVER, C_RENT_RAISE, C_NEW_FLATS, C_EVACUATED, C_PASSAGE,
                  C_SIGNED, c_tot, c_row_text, c_tot_text,
                  D_AREAS, D_ACTIONS, D_BREAK_AFTER, D_STATUSES, D_PRIORITIES, D_SURVEY, D_SURVEY_YEAR, D_BUDGET,
                  D_TESTBUYS, D_PASSAGE, d_row_text, d_survey_text,
                  E_PROCS, E_DEPTS, E_ITEMS, E_BREAK_AFTER, E_WORKS, E_DIRECT_LIMIT, E_THRESHOLD, E_DECIDED,
                  E_PASSAGE, e_item, e_row_text, e_by_proc, e_total, e_by_dept,
                  F_GROUPS, F_KEYS, F_COST, F_NEW_PLACES, F_PASSAGE, F_DATE, F_SCAN_DATE, F_SCAN_SIGN,
                  f_cost_total, f_dev, fnum, f_key_text, f_met, f_scan_rows, f_scan_text,
                  dmy, g, d1, r0, r1)

QFILE = HERE.parent / "train_syn34.jsonl"
N_Q = 72
BASE = 34000
WANT_TYPES = {"figure": 24, "list": 20, "passage": 6, "none": 22}
WANT_EN = 18
MIN_EN_LISTS = 5
MIN_EN_FIGS = 6
MIN_EN_NONE = 5
MIN_COND = 15
MIN_LIST_NONE = 6     # list-shaped none questions
MIN_ANSWERABLE = 6    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"t34068"}   # the none question about the scanned key figures
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "region-edsvala-kollektivtrafik-uppfoljning-2026.pdf"
B = "annesta-kfn-protokoll-2027-03-16.pdf"
C = "nordvretahem-arsredovisning-2026.pdf"
D = "tallunda-handlingsplan-folkhalsa-andts-2027-2028.pdf"
E = "angelsta-upphandlingsplan-2027.pdf"
F = "mossberga-von-verksamhetsuppfoljning-2026.pdf"
PLACE = {A: "Edsvala", B: "Ånnesta", C: "Nordvreta", D: "Tallunda", E: "Angelsta", F: "Mossberga"}
WITH_TITLE = {A, C, D, E}
WITH_MINUS = {A, F}      # documents that print negative changes or deviations with "−"
LANDSCAPE = {D: [3, 4]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "AEMTNÅ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic32/check.py and of ../synthetic31/check.py (read
# with grep -n, those definitions only; together they hold the names of ../synthetic … ../synthetic32). The brief
# forbade reading ../synthetic33 (written at the same time by another writer with other letters), so nothing of it
# is in the list.
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
]
# real Swedish municipalities and regions beginning with A, E, M, T, N or Å (region: Norrbotten): none of them may
# be one of our names, and none may occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Malå", "Malmö", "Malung-Sälen", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg"]
# our own invented names (municipalities and the region first, then places, stops, associations, areas, schools,
# homes); later sets should add them to their FORBIDDEN lists
OWN = ["Edsvala", "Ånnesta", "Nordvreta", "Tallunda", "Angelsta", "Mossberga",
       "Aspvreten", "Tegelhagen", "Mjölkudden", "Norrbyhöjd", "Ekängen", "Trädgårdsstaden", "Mästerhagen",
       "Tornplatsen", "Nyckelby", "Åkervallen", "Mossgärdet", "Ekudden", "Ekuddsbron", "Alvhagen", "Marnäs",
       "Trollsjö", "Ållsta", "Aldertorp", "Ekshult", "Nolvik", "Tunaholm", "Ålsjöbruk",
       "Akvarellgruppen Ånnesta", "Musikföreningen Mollackord", "Mjölnarbygdens Folkdanslag",
       "Tornets Boxningsklubb", "Naturvännerna i Ånnesta", "Aktiv Ungdom Ånnesta", "Ensemble Nordljus",
       "Motionsklubben Milstolpen", "Tallparken", "Målbacken",
       "Nordvretahem", "Tornslingan", "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan", "Norrslätten",
       "Mjölnarbacken", "Nyplanen",
       "Alvhagsskolan", "Myrbacken",
       "Eklunden"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Anders Nyberg", "Eva Magnusson", "Tiina Mäkelä", "Ahmed Mansour", "Ebba Nordin", "Marcus Andersson",
           "Nils Åström", "Åsa Engberg", "Mona Telander", "Tomas Enqvist", "Tove Almgren", "Annika Edlund",
           "Magnus Ahlström", "Therese Norén", "Emil Tornqvist", "Åke Thelin", "Maja Eklöf"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic30", "synthetic32"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 33)]   # README.md (synthetic33 is not read)
def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())



# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=ln, item=a_row_text(ln)) for ln in A_LINES]
A_M = list(A_MEASURES[0][1])          # the nested items under "Stadstrafiken" (p. 4)
B_R = [dict(r=r, item=b_row_text(r)) for r in B_GRANTS]
C_R = [dict(r=a, item=c_row_text(a, 2026, True),
            row=c_row_text(a, 2026, True) + " " + c_row_text(a, 2025, False)) for a in C_AREAS]
D_R = [dict(r=a, item=d_row_text(a)) for a in D_ACTIONS]
D_P = [p[0] for p in D_PRIORITIES]
E_R = [dict(r=i, item=e_row_text(i)) for i in E_ITEMS]
F_R = [dict(r=k, item=f_key_text(k)) for k in F_KEYS]

# qid -> (rows, predicate on the raw row)
COND = {
    "t34005": (A_R, lambda ln: ln[1] == "Stadstrafik" and ln[4] < ln[3]),          # group + fewer journeys (pair)
    "t34006": (A_R, lambda ln: ln[6] < 85),                                        # punctuality 2026 below 85
    "t34008": (A_R, lambda ln: ln[6] > ln[5]),                                     # punctuality up (pair)
    "t34017": (B_R, lambda r: r[0] == "Verksamhetsbidrag" and r[3] == r[2]),       # group + granted = sought
    "t34018": (B_R, lambda r: r[3] == 0),                                          # rejected (Avslag, 0 kr)
    "t34019": (B_R, lambda r: r[0] == "Arrangemangsbidrag" and r[3] > 20000),      # group + over 20 000 kr
    "t34029": (C_R, lambda a: a[2][2026][1] > 3),                                  # vacancy 2026 over 3 %
    "t34030": (C_R, lambda a: a[2][2026][3] < a[2][2025][3]),                      # maintenance fell (pair)
    "t34031": (C_R, lambda a: a[0] == "Ytterområden" and a[2][2026][0] > 200),     # group + over 200 flats
    "t34041": (D_R, lambda a: a[4] is not None and dt.date(2028, 1, 1) <= a[4] <= dt.date(2028, 6, 30)),
    "t34042": (D_R, lambda a: a[5] == "Ej startad"),                               # status
    "t34043": (D_R, lambda a: a[2] == "Socialförvaltningen"),                      # responsible body
    "t34053": (E_R, lambda i: i[6] == "Öppet förfarande"),                         # word in a cell
    "t34054": (E_R, lambda i: dt.date(2027, 1, 1) <= i[4] <= dt.date(2027, 3, 31)),  # start in Q1 2027
    "t34055": (E_R, lambda i: i[1] == "Tekniska förvaltningen" and i[3] > 3000),   # group + over 3 mnkr
    "t34056": (E_R, lambda i: i[6] == "Direktupphandling" and i[5] > dt.date(2027, 12, 31)),  # two conditions
    "t34065": (F_R, lambda k: f_met(k) is False),                                  # Q4 vs target (scanned)
    "t34066": (F_R, lambda k: k[0] == "Hemtjänst" and k[5] > k[2]),                # group + Q4 > Q1 (scanned)
}
PAIR = {"t34005", "t34008", "t34017", "t34030", "t34065", "t34066"}
GROUP = {"t34005", "t34017", "t34019", "t34031", "t34055", "t34066"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "t34007": A_M,
    "t34044": D_P,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "t34010": (A, [r"[Ll]inje 15\b", r"[Ll]injerna? 1[5-9]"], lambda: all(ln[0] != 15 for ln in A_LINES)),
    "t34011": (A, [r"2024"], None),
    "t34012": (A, [], lambda: all(ln[4] <= 2_000_000 for ln in A_LINES)),
    "t34021": (B, [r"2026"], None),
    "t34022": (B, [r"[Gg]olf"], None),
    "t34023": (B, [], lambda: all(r[3] <= 100000 for r in B_GRANTS)),
    "t34024": (B, [r"[Ss]imhall\w*[^.]{0,80}budget", r"[Bb]udget\w*[^.]{0,80}[Ss]imhall"], None),
    "t34033": (C, [r"[Ll]okal\w*[^.]{0,60}[Vv]akans", r"[Vv]akans\w*[^.]{0,60}[Ll]okal"], None),
    "t34034": (C, [r"2024"], None),
    "t34035": (C, [], lambda: all(a[2][y][2] <= 1600 for a in C_AREAS for y in C_YEARS)),
    "t34036": (C, [r"[Ss]tambyte\w*[^.]{0,80}(?:mnkr|tkr|kronor|\bkr\b)",
                   r"(?:mnkr|tkr|kronor)[^.]{0,80}[Ss]tambyte"], None),
    "t34046": (D, [r"[Kk]ontrollköp\w*[^.]{0,80}(?:mnkr|tkr|kronor|\bkr\b)",
                   r"(?:mnkr|tkr|kronor)[^.]{0,80}[Kk]ontrollköp"], None),
    "t34047": (D, [r"[Aa]vbrut"], lambda: all(a[5] in D_STATUSES and a[5] != "Avbruten" for a in D_ACTIONS)),
    "t34048": (D, [r"[Åå]rskurs 7\b", r"\b[Åå]k 7\b"], None),
    "t34058": (E, [r"[Ss]täd"], None),
    "t34059": (E, [], lambda: all(i[3] <= 50000 for i in E_ITEMS)),
    "t34060": (E, [r"\d+ anbud", r"anbud kom", r"[Aa]ntal anbud", r"inkomna anbud"], None),
    "t34068": (F, [r"2025"], None),
    "t34069": (F, [r"[Bb]emanning", r"[Ii]nhyrd"], None),
    "t34070": (F, [r"[Öö]verskott"], lambda: all(f_dev(c) < 0 for c in F_COST)),
    "t34071": (F, [r"[Nn]öjd", r"[Bb]rukarundersökning"], None),
    "t34072": (F, [r"[Hh]emsjukvård"], None),
}
LIST_NONE = {"t34012", "t34023", "t34035", "t34047", "t34059", "t34070"}


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
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
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

    # (a) Region Edsvala, kollektivtrafik 2026
    for ln in A_LINES:
        want = [2] if ln[0] <= A_BREAK_AFTER else [3]
        if pages_of(A, a_row_text(ln)) != want:
            errs.append(f"A: line {ln[0]} printed on {pages_of(A, a_row_text(ln))}, expected {want}")
        if ln[1] not in A_GROUPS:
            errs.append(f"A: line {ln[0]} has an unknown group")
    if [ln[0] for ln in A_LINES] != list(range(1, 15)):
        errs.append("A: the lines must be numbered 1 … 14")
    if {ln[0] for ln in a_lines("Stadstrafik")} != set(range(1, 9)):
        errs.append("A: lines 1–8 are Stadstrafik, 9–14 Regiontrafik (p. 1 band)")
    need(A, a_sum_text("Summa stadstrafik", "Stadstrafik"), [1], "A Summa stadstrafik")
    need(A, a_sum_text("Summa regiontrafik", "Regiontrafik"), [2], "A Summa regiontrafik")
    need(A, a_sum_text("Hela trafiken"), [2], "A total row")
    for grp in A_GROUPS:
        ls = a_lines(grp)
        for i, (k25, k26) in enumerate([a_cover(grp)]):
            if not (min(ln[7] for ln in ls) <= k25 <= max(ln[7] for ln in ls)
                    and min(ln[8] for ln in ls) <= k26 <= max(ln[8] for ln in ls)):
                errs.append(f"A: the cost coverage of {grp} lies outside its lines")
    if count(A, "Linje Sträckning 2025 2026 Föränd- ring, % 2025 2026 2025 2026") != 2:
        errs.append("A: the column heading must be printed on p. 2 and repeated on p. 3")
    if count(A, "Resor Punktlighet¹, % Kostn.-täckning², %") != 2:
        errs.append("A: the upper heading must be printed on p. 2 and repeated on p. 3")
    need(A, "Tabell 1 fortsätter på nästa sida", [1], "A break note")
    need(A, "Tabell 1 (forts.)", [2], "A continued caption")
    need(A, "Regiontrafik (forts.)", [2], "A continued group")
    R25, R26 = a_sum()
    P25, P26 = a_punct()
    K25, K26 = a_cover()
    S25, S26 = a_sum("Stadstrafik")
    G25, G26 = a_sum("Regiontrafik")
    need(A, f"Under 2026 gjordes {g(R26)} resor med regionens busstrafik, vilket är {g(R26 - R25)} fler än året "
            f"innan då resorna var {g(R25)}. Ökningen motsvarar {d1(pct(R26, R25))} procent. Stadstrafiken i Edsvala "
            f"stod för {g(S26)} resor och regiontrafiken för {g(G26)}. Målet för 2026 var "
            f"{g(A_TARGETS['resor'])} resor och nåddes inte", [0], "A journeys text")
    if R26 >= A_TARGETS["resor"] or P26 >= A_TARGETS["punktlighet"] or K26 >= A_TARGETS["kostnadstackning"]:
        errs.append("A: p. 1 says that no target was reached")
    need(A, f"Punktligheten för hela trafiken blev {d1(P26)} procent jämfört med {d1(P25)} procent under 2025. "
            f"Målet är {A_TARGETS['punktlighet']} procent", [0], "A punctuality text")
    need(A, f"steg till {d1(K26)} procent från {d1(K25)} procent. Regionens mål är "
            f"{A_TARGETS['kostnadstackning']} procent", [0], "A cost coverage text")
    for lab, a_, b_, c_ in (("Antal resor", g(R25), g(R26), g(A_TARGETS["resor"])),
                            ("Punktlighet, %", d1(P25), d1(P26), str(A_TARGETS["punktlighet"])),
                            ("Kostnadstäckningsgrad, %", d1(K25), d1(K26), str(A_TARGETS["kostnadstackning"]))):
        need(A, f"{lab} {a_} {b_} {c_} Ej uppnått", [0], "A goal table")
    L7, L5, L11, L1, L14 = a_line(7), a_line(5), a_line(11), a_line(1), a_line(14)
    need(A, f"Linje 7 tappade {g(L7[3] - L7[4])} resor jämfört med året innan. {A_PASSAGE}. Punktligheten på "
            f"linjen föll samtidigt till {d1(L7[6])} procent", [2], "A line 7 comment")
    if max(a_lines("Stadstrafik"), key=a_change) != L5:
        errs.append("A: p. 3 says line 5 grew most in the city traffic")
    need(A, f"Linje 5 ökade mest i stadstrafiken, med {d1(a_change(L5))} procent", [2], "A line 5 comment")
    if max(A_LINES, key=lambda ln: ln[4]) != L1:
        errs.append("A: p. 3 says line 1 is the largest line")
    need(A, f"regionens största linje med {g(L1[4])} resor", [2], "A line 1 comment")
    need(A, f"minskade resandet på linje 11 med {d1(-a_change(L11))} procent", [2], "A line 11 comment")
    if max(A_LINES, key=lambda ln: ln[6]) != L14 or min(A_LINES, key=lambda ln: ln[4]) != L14:
        errs.append("A: p. 3 says line 14 has few travellers but the highest punctuality")
    for grp in A_GROUPS + [None]:
        c25, i25, c26, i26 = a_econ(grp)
        k25, k26 = a_cover(grp)
        need(A, f"{grp or 'Hela trafiken'} {d1(c25)} {d1(i25)} {d1(k25)} {d1(c26)} {d1(i26)} {d1(k26)}", [3],
             "A economy row")
    if not (a_econ()[3] / a_econ()[1] > a_econ()[2] / a_econ()[0]):
        errs.append("A: p. 4 says revenue grew faster than costs")
    for head_, subs in A_MEASURES:
        need(A, head_, [3], "A measures heading")
        for s_ in subs:
            need(A, s_, [3], "A measure")
    need(A, f"Beslutad {dmy(A_DECIDED)}", [0], "A decision date")

    # (b) Ånnesta, kultur- och fritidsnämndens protokoll 2027-03-16
    names_b = [r[1] for r in B_GRANTS]
    brk = names_b.index(B_BREAK_AFTER)
    for k, r in enumerate(B_GRANTS):
        want = [3] if k <= brk else [4]
        if pages_of(B, b_row_text(r)) != want:
            errs.append(f"B: grant row {r[1]} printed on {pages_of(B, b_row_text(r))}, expected {want}")
        word = r[4].split(".")[0]
        ok = {"Bifall": r[3] == r[2], "Delvis bifall": 0 < r[3] < r[2], "Avslag": r[3] == 0}.get(word)
        if not ok:
            errs.append(f"B: the decision word of {r[1]} ({word}) does not fit {r[2]} / {r[3]}")
        if r[0] not in B_GRANT_GROUPS:
            errs.append(f"B: unknown grant group of {r[1]}")
    SOUGHT, GRANTED = b_sum()
    need(B, f"Summa {g(SOUGHT)} {g(GRANTED)} Kvar inom ramen: {g(B_FRAME - GRANTED)} kr", [3], "B Summa row")
    if not GRANTED <= B_FRAME:
        errs.append("B: the grants exceed the frame")
    if count(B, "Förening Sökt belopp, kr Beviljat belopp, kr Motivering") != 2:
        errs.append("B: the grant table heading must be printed on p. 3 and repeated on p. 4")
    need(B, "Forts. på nästa sida", [2], "B break note")
    need(B, "Bilaga till § 15 (forts.)", [3], "B continued caption")
    for grp in B_GRANT_GROUPS:
        need_any(B, grp, "B group row")
    rej = [r for r in B_GRANTS if r[3] == 0]
    late = [r for r in B_GRANTS if "efter sista ansökningsdag" in r[4]]
    word = {1: "en", 2: "två", 3: "tre"}
    need(B, f"ram på {g(B_FRAME)} kronor för bidrag till föreningar. Det kom in {len(B_GRANTS)} ansökningar med "
            f"ett sammanlagt sökt belopp på {g(SOUGHT)} kronor, varav {word[len(late)]} efter sista ansökningsdag. "
            f"Arbetsutskottet föreslår att {len(B_GRANTS) - len(rej)} föreningar beviljas sammanlagt {g(GRANTED)} "
            f"kronor och att {word[len(rej)]} ansökningar avslås", [1], "B § 15 text")
    need(B, "att avslå ansökningarna från " + " och ".join(r[1] for r in rej), [1], "B att-clause")
    yes, no = B_VOTE
    if yes + no != len(B_MEMBERS):
        errs.append("B: the vote must count every member present")
    need(B, f"Med {yes} ja-röster mot {no} nej-röster beslutar nämnden enligt arbetsutskottets förslag", [1],
         "B vote sentence")
    need(B, f"Bifall {yes} · Avslag {no} · Avstår 0", [1], "B vote box")
    nej = [f"{m[0]} ({m[1]})" for m in B_MEMBERS if m[1] in ("M", "SD", "KD")]
    if len(nej) != no or B_MOTION[0] not in [m[0] for m in B_MEMBERS if m[1] in ("M", "SD", "KD")]:
        errs.append("B: the nej votes must be the three members who backed the motion")
    need(B, "Nej: " + ", ".join(nej), [1], "B nej list")
    mot = [r for r in B_GRANTS if r[1] == B_MOTION[2]][0]
    if not (mot[3] == 0 and 0 < B_MOTION[3] <= mot[2]):
        errs.append("B: the motion asks for part of a rejected application")
    bud, prog, swim = B_ECON
    need(B, f"Nämndens budget för 2027 uppgår till {d1(bud)} mnkr. Prognosen efter februari visar en nettokostnad "
            f"på {d1(prog)} mnkr för helåret, vilket innebär ett underskott på {d1(r1(prog - bud))} mnkr. Av "
            f"underskottet avser {d1(swim)} mnkr simhallen", [1], "B § 14 text")
    if not swim < prog - bud:
        errs.append("B: the swimming hall is part of the deficit")
    need(B, B_PASSAGE, [3], "B passage")
    for m in B_MEMBERS:
        need(B, m[0], [0], "B attendance")
    need(B, f"Sammanträdesdatum {B_DATE.isoformat()}", [0], "B date")
    need(B, f"tisdagen den {dmy(B_DATE)}", [0], "B weekday")
    if B_DATE.weekday() != 1:
        errs.append("B: the meeting date is not a Tuesday")

    # (c) AB Nordvretahem, årsredovisning 2026
    names_c = [a[1] for a in C_AREAS]
    brk = names_c.index(C_BREAK_AFTER)
    for k, a in enumerate(C_AREAS):
        want = [2] if k <= brk else [3]
        row = c_row_text(a, 2026, True) + " " + c_row_text(a, 2025, False)
        if pages_of(C, row) != want:
            errs.append(f"C: area {a[1]} printed on {pages_of(C, row)}, expected {want}")
        if a[0] not in C_GROUPS:
            errs.append(f"C: unknown group of {a[1]}")
    need(C, c_tot_text(2026, True) + " " + c_tot_text(2025, False), [2], "C company rows")
    if count(C, "Område År Lägenheter, antal Vakansgrad, % Genomsnittshyra Underhåll") != 2:
        errs.append("C: the heading must be printed on p. 2 and repeated on p. 3")
    need(C, "Tabellen fortsätter på nästa sida", [1], "C break note")
    need(C, "Tabell 1 (forts.)", [2], "C continued caption")
    need(C, "YTTEROMRÅDEN (FORTS.)", [2], "C continued group")
    T26, T25 = c_tot(2026), c_tot(2025)
    TA = [a for a in C_AREAS if a[1] == "Täppan"][0]
    if TA[2][2026][0] - TA[2][2025][0] != C_NEW_FLATS or T26[0] - T25[0] != C_NEW_FLATS:
        errs.append("C: the new flats in Täppan must explain the change in the number of flats")
    need(C, f"nder året färdigställdes {C_NEW_FLATS} nya lägenheter i kvarteret Täppan och bolagets bestånd "
            f"uppgick vid årets slut till {g(T26[0])} lägenheter", [0], "C p. 1 flats")
    need(C, f"Resultatet efter finansiella poster blev {d1(C_RESULT[0])} mnkr ({d1(C_RESULT[1])} mnkr föregående "
            f"år). Nettoomsättningen ökade till {d1(C_TURNOVER[0])} mnkr från {d1(C_TURNOVER[1])} mnkr", [0],
         "C result")
    need(C, f"Soliditeten uppgick vid årets slut till {d1(C_SOLIDITET[0])} procent, jämfört med "
            f"{d1(C_SOLIDITET[1])} procent ett år tidigare. Enligt ägardirektivet ska soliditeten vara minst "
            f"{C_SOLIDITET_TARGET} procent", [0], "C soliditet")
    need(C, f"Belåningsgraden sjönk till {d1(C_BELANING[0])} procent ({d1(C_BELANING[1])}) och "
            f"räntetäckningsgraden steg till {d1(C_RANTETACKNING[0])} gånger ({d1(C_RANTETACKNING[1])})", [0],
         "C belåning")
    if not (C_BELANING[0] < C_BELANING[1] and C_RANTETACKNING[0] > C_RANTETACKNING[1]
            and C_SOLIDITET[0] < C_SOLIDITET_TARGET):
        errs.append("C: the directions of the key ratios do not fit the text")
    need(C, f"Den genomsnittliga vakansgraden i bostadsbeståndet var {d1(T26[1])} procent, mot {d1(T25[1])} "
            f"procent under 2025. Genomsnittshyran steg till {g(T26[2])} kronor", [0], "C vacancy text")
    MU = [a for a in C_AREAS if a[1] == "Murgrönan"][0]
    need(C, f"Vakansgraden i Murgrönan steg till {d1(MU[2][2026][1])} procent eftersom fem av {C_PASSAGE}", [2],
         "C passage")
    if not (C_EVACUATED == 5 and C_EVACUATED / MU[2][2026][0] * 100 <= MU[2][2026][1]
            and MU[2][2026][1] > MU[2][2025][1] and MU[2][2026][3] > MU[2][2025][3]):
        errs.append("C: Murgrönan's vacancy and maintenance must rise and cover the evacuation flats")
    top_vac = max(C_AREAS, key=lambda a: a[2][2026][1])
    need(C, f"I {top_vac[1]} var vakansgraden {d1(top_vac[2][2026][1])} procent, den högsta i beståndet", [2],
         "C highest vacancy")
    top_rent = max(C_AREAS, key=lambda a: a[2][2026][2])
    if top_rent != TA or TA[2][2026][1] != 0:
        errs.append("C: p. 3 says Täppan has the highest rent and is fully let")
    need(C, f"högsta genomsnittshyran, {g(TA[2][2026][2])} kronor per kvadratmeter", [2], "C Täppan rent")
    need(C, f"Hyrorna höjs med i genomsnitt {d1(C_RENT_RAISE[0])} procent från den {dmy(C_RENT_RAISE[1])}", [3],
         "C rent raise")
    need(C, f"Nordvreta den {dmy(C_SIGNED)}", [3], "C signature date")

    # (d) Tallunda, handlingsplan ANDTS 2027–2028
    ids = [a[0] for a in D_ACTIONS]
    brk = ids.index(D_BREAK_AFTER)
    month_end = {"VT": (6, 30), "HT": (12, 31)}
    for k, a in enumerate(D_ACTIONS):
        want = [3] if k <= brk else [4]
        if pages_of(D, d_row_text(a)) != want:
            errs.append(f"D: action {a[0]} printed on {pages_of(D, d_row_text(a))}, expected {want}")
        if a[5] not in D_STATUSES:
            errs.append(f"D: unknown status of {a[0]}")
        t = a[3]
        if t == "Årligen":
            exp = None
        elif re.fullmatch(r"\d{4}", t):
            exp = dt.date(int(t), 12, 31)
        elif re.fullmatch(r"(VT|HT) \d{4}", t):
            exp = dt.date(int(t[3:]), *month_end[t[:2]])
        else:
            m_ = re.fullmatch(r"Senast (\d+) (\w+) (\d{4})", t)
            exp = dt.date(int(m_.group(3)), MONTHS[m_.group(2)], int(m_.group(1))) if m_ else "?"
        if exp != a[4]:
            errs.append(f"D: the deadline of {a[0]} ({a[4]}) does not fit its time {t!r}")
        if a[0].split(".")[0] not in [x[0] for x in D_AREAS]:
            errs.append(f"D: action {a[0]} has no target area")
    for nr, title in D_AREAS:
        need_any(D, f"{nr} {title}", "D group row")
    need(D, f"2 {D_AREAS[1][1]} (forts.)", [3], "D continued group")
    if count(D, "Nr Åtgärd Ansvarig Tid Status Indikator") != 2:
        errs.append("D: the heading must be printed on p. 3 and repeated on p. 4")
    need(D, "Tabell 2 fortsätter på nästa sida", [2], "D break note")
    need(D, "Tabell 2 (forts.)", [3], "D continued caption")
    for s_ in D_SURVEY:
        need(D, d_survey_text(s_), [0], "D survey row")
        if not all(0 <= v <= 100 for v in s_[1:]):
            errs.append(f"D: survey share out of range in {s_[0]}")
    nic = [s_ for s_ in D_SURVEY if s_[0].startswith("Snusar")][0]
    if not nic[3] > nic[1]:
        errs.append("D: the passage is about girls in upper secondary school using nicotine pouches")
    gamb = [s_ for s_ in D_SURVEY if "spelat" in s_[0]][0]
    if not (gamb[2] > gamb[1] and gamb[4] > gamb[3]):
        errs.append("D: p. 1 says boys gamble more than girls")
    need(D, D_PASSAGE, [0], "D passage")
    need(D, f"genomfördes våren {D_SURVEY_YEAR}", [0], "D survey year")
    for text, subs in D_PRIORITIES:
        need(D, text, [1], "D priority")
        for s_ in subs:
            need(D, s_, [1], "D nested priority item")
    buys, sold = D_TESTBUYS
    need(D, f"Under 2026 genomfördes {buys} kontrollköp av folköl, tobak och nikotinprodukter. Vid {sold} av dem "
            f"fick den unga köparen handla utan att visa legitimation, vilket motsvarar {r0(sold / buys * 100)} "
            f"procent", [1], "D test purchases")
    b27, b28, grant = D_BUDGET
    need(D, f"För 2027 avsätts {d1(b27)} mnkr och för 2028 {d1(b28)} mnkr, varav {d1(grant)} mnkr per år är "
            f"statsbidrag", [1], "D budget")
    if not grant < b27 < b28:
        errs.append("D: the state grant is part of the budget")

    # (e) Angelsta, upphandlingsplan 2027
    ids = [i[0] for i in E_ITEMS]
    brk = ids.index(E_BREAK_AFTER)
    if ids != [f"U{k:02d}" for k in range(1, len(E_ITEMS) + 1)]:
        errs.append("E: the procurements must be numbered U01 … in order")
    for k, i in enumerate(E_ITEMS):
        want = [2] if k <= brk else [3]
        if pages_of(E, e_row_text(i)) != want:
            errs.append(f"E: item {i[0]} printed on {pages_of(E, e_row_text(i))}, expected {want}")
        if not i[4] < i[5]:
            errs.append(f"E: {i[0]} ends before it starts")
        if i[1] not in E_DEPTS or i[6] not in E_PROCS:
            errs.append(f"E: {i[0]} has an unknown förvaltning or procedure")
        lim = E_THRESHOLD[1] if i[0] in E_WORKS else E_THRESHOLD[0]
        exp = ("Direktupphandling" if i[3] < E_DIRECT_LIMIT else
               "Förenklat förfarande" if i[3] < lim else "Öppet förfarande")
        if i[6] != exp:
            errs.append(f"E: {i[0]} ({i[3]} tkr) should use {exp}, not {i[6]}")
    NT, VT = e_total()
    for p_ in E_PROCS:
        n_, v_ = e_by_proc(p_)
        need(E, f"{p_} {n_} {g(v_)} {d1(v_ / VT * 100)}", [0], "E procedure row")
    need(E, f"Totalt {NT} {g(VT)} 100,0", [0], "E total row")
    if abs(sum(r1(e_by_proc(p_)[1] / VT * 100) for p_ in E_PROCS) - 100) > 0.15:
        errs.append("E: the shares do not add up to 100")
    nd, vd = e_by_proc("Direktupphandling")
    need(E, f"Planen omfattar {NT} upphandlingar med ett sammanlagt beräknat värde på {g(VT)} tkr för hela "
            f"avtalstiden. Av dessa är {nd} direktupphandlingar med ett sammanlagt värde på {g(vd)} tkr", [0],
         "E intro")
    need(E, f"Gränsen för direktupphandling är {g(E_DIRECT_LIMIT)} tkr", [0], "E threshold")
    need(E, f"cirka {g(E_THRESHOLD[0])} tkr för varor och tjänster och cirka {g(E_THRESHOLD[1])} tkr för "
            f"byggentreprenader", [0], "E thresholds")
    for dep in E_DEPTS:
        n_ = e_by_dept(dep)[0]
        need_any(E, f"{dep} ({n_} upphandlingar)", "E group row")
    brk_dep = E_ITEMS[brk][1]
    if E_ITEMS[brk + 1][1] != brk_dep:
        errs.append("E: the table must break inside a group")
    need(E, f"{brk_dep} (forts.)", [2], "E continued group")
    if count(E, "Nr Upphandling Värde¹, tkr Start Slut Förfarande") != 2:
        errs.append("E: the heading must be printed on p. 2 and repeated on p. 3")
    need(E, "Tabell 2 fortsätter på nästa sida", [1], "E break note")
    need(E, "Tabell 2 (forts.)", [2], "E continued caption")
    sim, sk = e_item("U14"), e_item("U05")
    need(E, f"förenklat förfarande trots värdet {g(sim[3])} tkr. Kommunstyrelsen har beslutat att {E_PASSAGE}", [2],
         "E passage")
    if max(E_ITEMS, key=lambda i: i[3]) != sk:
        errs.append("E: p. 3 says the school transport is the largest procurement")
    need(E, f"Den nya upphandlingen är planens största, {g(sk[3])} tkr för fyra år", [2], "E school transport")
    if (sk[5] - sk[4]).days // 365 != 4 - 1 and round((sk[5] - sk[4]).days / 365) != 4:
        errs.append("E: the school transport contract runs for four years")
    need(E, f"Beslutad av kommunstyrelsen den {dmy(E_DECIDED)}", [0], "E decision")

    # (f) Mossberga, VON verksamhetsuppföljning 2026
    BT, UT = f_cost_total()
    for c in F_COST:
        need(F, f"{c[0]} {d1(c[1])} {d1(c[2])} {d1(f_dev(c), plus=True)}", [0], "F cost row")
    DEV = r1(BT - UT)
    need(F, f"Summa nämnden {d1(BT)} {d1(UT)} {d1(DEV, plus=True)}", [0], "F total row")
    if abs(DEV - r1(sum(f_dev(c) for c in F_COST))) > 0.05:
        errs.append("F: the deviations do not add up")
    HT = [c for c in F_COST if c[0] == "Hemtjänst"][0]
    SB = [c for c in F_COST if c[0] == "Särskilt boende"][0]
    need(F, f"Nämndens nettokostnad blev {d1(UT)} mnkr mot en budget på {d1(BT)} mnkr. Underskottet på "
            f"{d1(-DEV)} mnkr beror främst på hemtjänsten, som gick {d1(-f_dev(HT))} mnkr över budget", [0],
         "F result text")
    if min(F_COST, key=f_dev) != HT or sorted(F_COST, key=f_dev)[1] != SB:
        errs.append("F: the home care and special housing must be the two largest deficits")
    need(F, f"Särskilt boende överskred budgeten med {d1(-f_dev(SB))} mnkr", [0], "F special housing")
    new, tot, opening = F_NEW_PLACES
    need(F, f"Eklundens nya avdelningar med {new} platser öppnar den {dmy(opening)}. Kommunen har då sammanlagt "
            f"{tot} platser", [2], "F Eklunden")
    need(F, F_PASSAGE, [2], "F passage")
    scan = norm(f_scan_text())
    for gr, cells in f_scan_rows():
        if cells is None:
            if norm(gr) not in scan:
                errs.append(f"F: scanned group {gr} missing")
    for k in F_KEYS:
        if norm(f_key_text(k)) not in scan:
            errs.append(f"F: scanned row missing: {k[1]}")
        if k[0] not in F_GROUPS:
            errs.append(f"F: unknown group of {k[1]}")
        if (k[6] is None) != (k[7] is None):
            errs.append(f"F: {k[1]} needs both a target and a direction, or neither")
    kf = {k[1].split(",")[0]: k for k in F_KEYS}
    wait, cont, plan = kf["Väntetid till särskilt boende"], kf["Personalkontinuitet"], \
        kf["Brukare med aktuell genomförandeplan"]
    sick, hourly, occ = kf["Sjukfrånvaro"], kf["Timavlönades andel av arbetad tid"], kf["Beläggningsgrad"]
    if not (max(wait[4:6]) < min(wait[2:4])):
        errs.append("F: p. 3 says the waiting time fell in the second half of the year")
    if not (cont[5] < cont[2] and not f_met(cont)):
        errs.append("F: p. 3 says continuity improved but does not reach the target")
    if not (plan[2] < plan[3] < plan[4] < plan[5]):
        errs.append("F: p. 3 says the care plans progressed")
    if max(range(2, 6), key=lambda q_: sick[q_]) != 2:
        errs.append("F: p. 3 says sick leave peaked in the winter")
    if max(range(2, 6), key=lambda q_: hourly[q_]) != 4:
        errs.append("F: p. 3 says the share of hourly paid staff rose sharply in the third quarter")
    if min(occ[2:6]) < 96:
        errs.append("F: p. 3 says the occupancy was high all year")
    need(F, f"Datum {F_DATE.isoformat()}", [0], "F date")
    if not F_SCAN_DATE < F_DATE:
        errs.append("F: the bilaga is signed before the tjänsteskrivelse")
    # no scanned figure, key-figure name or note in the text layer
    layer_f = " ".join(text_layer(F))
    for k in F_KEYS:
        for v in k[2:7]:
            if v is None:
                continue
            s_ = fnum(v)
            if (isinstance(v, float) or v >= 100) and number_in(layer_f, s_):
                errs.append(f"F: scanned figure {s_!r} ({k[1]}) repeated in the text layer")
        if len(k[1].split()) >= 3 and norm(k[1]) in norm(layer_f):
            errs.append(f"F: scanned key-figure name {k[1]!r} repeated in the text layer")
    for s_ in ("Väntetiden räknas", "verksamhetssystemet", "Nyckeltal per kvartal 2026 Uppgifterna"):
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned text {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; on the scanned page "
          f"{dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
