"""Checks ../train_syn38.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Marvinge document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic36/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there unchanged; the constants, the row texts, the recomputation rules, the
absence rules, the name lists and the data checks are those of synthetic38.

* format: 72 questions t38001..t38072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
  (at least 7 of them figures, 4 lists and 5 none), at least 14 conditional lists, at least 5 list-shaped none
  questions, at least 8 none questions naming a row label or column header printed in their document
  (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality (or region) of its document;
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
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a); metadata titles exactly in (a), (c) and (d);
  landscape pages exactly p. 2 of (c); page 2 of (f) an image without text; no names of earlier synthetic sets
  (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic36/check.py and ../synthetic34/check.py,
  extracted with ast), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own
  names (OWN) and persons all start with A, B, D, F, M or V, none of OWN or PERSONS occurs in the READMEs of the
  earlier sets (../synthetic … ../synthetic36) or in ../synthetic34/check.py and ../synthetic36/check.py, and every
  OWN name and person is used;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as dt  # noqa: F401
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_YEARS, A_POP, A_NETCOST, A_TAXINC, A_RESULT, A_SOL, A_SOLP, A_INV, A_SICK, A_BUDGET_RESULT,  # noqa
                  A_GOAL_RESULT, A_GROUPS, A_ASSETS, A_ASSET_SECTIONS, A_PASSAGE, A_DECIDED, a_rows, a_row_text,
                  a_assets_total, a_liab_rows, a_bs_text, a_finnet, fmt,
                  B_CONTROLS, B_PROCESSES, B_NEW, B_PREV_COUNT, B_FOLLOW, B_LEVELS, B_BREAK_AFTER, B_PASSAGE,
                  B_CONTACT, b_rv, b_card_head, b_follow_text, b_counts,
                  C_AREAS, C_CLINICS, C_TARGETS, C_QUEUE, C_PASSAGE, C_CONTACT, c_clinics, c_tot, c_row_text,
                  c_tot_text,
                  D_STATUSES, D_CODES, D_PROJECTS, D_BREAK_AFTER, D_PREV_TOTAL, D_LEAVE, D_PASSAGE, D_CONTACT,
                  d_projects, d_sum, d_val, d_row_text, d_code_sum,
                  E_AREAS, E_CATS, E_FEE_BUDGET, E_DEVTYPES, E_PASSAGE, E_CONTACT, e_share, e_cats, e_sum,
                  e_row_text, e_sum_text,
                  F_FORMS, F_GRANTS, F_FRAME, F_APPLICATIONS, F_DEADLINE, F_PASSAGE, F_NORMS, F_CONDITIONS,
                  F_SCAN_NOTES, F_SIGN, F_SCAN_DATE, F_DECIDED, f_form, f_sum, f_scan_rows, f_scan_text,
                  g, d1, d2, dmy, r0, r1)

QFILE = HERE.parent / "train_syn38.jsonl"
N_Q = 72
BASE = 38000
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
SCAN_NONE = {"t38069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "veckor"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "brunnshed-arsredovisning-2026-fem-ar-i-sammandrag.pdf"
B = "fjallbrinka-sn-internkontrollplan-2027.pdf"
C = "region-vedmora-folktandvarden-uppfoljning-2026.pdf"
D = "aldersvik-lokalforsorjningsplan-2027-2031.pdf"
E = "dunkersta-mhn-tillsynsrapport-2026.pdf"
F = "marvinge-kfn-foreningsbidrag-2027.pdf"
PLACE = {A: "Brunnshed", B: "Fjällbrinka", C: "Vedmora", D: "Aldersvik", E: "Dunkersta", F: "Marvinge"}
WITH_TITLE = {A, C, D}
WITH_MINUS = {A}
LANDSCAPE = {C: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "ABDFMV"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic36/check.py and ../synthetic34/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic36).
# ../synthetic37 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Ronja Wennberg", "Kajsa Gustavsson",
]
# real Swedish municipalities and regions beginning with A, B, D, F, M or V (regions: Blekinge, Dalarna,
# Västerbotten, Västernorrland, Västmanland, Västra Götaland, Värmland): none may be one of our names, and none may
# occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Malung-Sälen", "Malmö", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö", "Västerbotten", "Västernorrland", "Västmanland",
        "Västra Götaland", "Värmland"]
# our own invented names (municipalities and the region first, then clinics, projects and premises, associations);
# later sets should add them to their FORBIDDEN lists
OWN = ["Brunnshed", "Fjällbrinka", "Vedmora", "Aldersvik", "Dunkersta", "Marvinge",
       "Algrena", "Bodaholm", "Dalstorpa", "Fjärdeby", "Mjölnaryd", "Vindåkra", "Filebacka", "Vallmora",
       "Myrstigens förskola", "Vindåsskolan", "Dalgläntan", "Bergtallens förskola", "Fjärilens förskola",
       "Vallhagsskolan", "Dammbacka", "Fältvägens idrottsplats", "Backsippans förskola", "Forsgläntans skola",
       "Alvhem", "Bäcklunda",
       "Almängens BK", "Björnstigens scoutkår", "Dansklubben Virvel", "Fältbiologerna i Marvinge",
       "Vinterbackens skidklubb", "Bodviks ridklubb", "Bygdegårdsföreningen Dalkullen", "Ferievikens båtklubb",
       "Vävstugeföreningen Brodyren", "Musikföreningen Allegro", "Filmstudion Duken"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Maria Vikström", "Bengt Fransson", "Agneta Bergqvist", "Daniel Falk", "Frida Magnusson",
           "Viktor Almqvist", "Vera Dahlin", "Anders Viberg", "Maja Ahlgren", "Mikael Blom"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic34", "synthetic36"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 37)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())



# ---------------------------------------------------------------- row texts as printed in the PDFs
A_FIVE = [dict(r=r, item=a_row_text(r)) for r in a_rows()]
A_BAL = [dict(r=a, item=a_bs_text(a)) for a in A_ASSETS]
B_CARDS = [dict(r=c, item=b_card_head(c)) for c in B_CONTROLS]
B_FOL = [dict(r=f, item=b_follow_text(f)) for f in B_FOLLOW]
C_R = [dict(r=c, item=c_row_text(c)) for c in C_CLINICS]
D_R = [dict(r=p, item=d_row_text(p)) for p in D_PROJECTS]
D_L = [t for t, _ in D_LEAVE]
E_R = [dict(r=c, item=e_row_text(c)) for c in E_CATS]
F_R = [dict(r=x, item=" ".join(cells)) for x, (kind, cells) in
       zip(F_GRANTS, [y for y in f_scan_rows() if y[0] == "row"])]

# qid -> (rows, predicate on the raw row)
COND = {
    "t38006": (A_BAL, lambda a: a[3] < a[4]),                                       # lower than a year before (pair)
    "t38007": (A_FIVE, lambda r: r[0] == "Finansiell ställning" and r[3][4] > r[3][0]),   # group + pair
    "t38016": (B_CARDS, lambda c: b_rv(c) >= 12),                                   # amount
    "t38017": (B_CARDS, lambda c: c[4] == "Controller"),                            # responsible
    "t38018": (B_CARDS, lambda c: c[5] == "Kvartalsvis"),                           # frequency
    "t38019": (B_FOL, lambda f: f[4] == "Väsentliga avvikelser"),                   # assessment
    "t38030": (C_R, lambda c: c[4] < C_TARGETS[0]),                                 # under target
    "t38031": (C_R, lambda c: c[0] == "Södra området" and c[6] > C_TARGETS[1]),     # group + amount
    "t38032": (C_R, lambda c: c[4] < c[3]),                                         # 2026 < 2025 (pair)
    "t38042": (D_R, lambda p: p[6] == 2027),                                        # completion year
    "t38043": (D_R, lambda p: p[0] == "Planerat" and p[3] > 100),                   # group + amount
    "t38054": (E_R, lambda c: e_share(c) < 80),                                     # share
    "t38055": (E_R, lambda c: c[0] == "Hälsoskydd" and e_share(c) < 90),            # group + share
    "t38056": (E_R, lambda c: c[6] > 100),                                          # amount
    "t38065": (F_R, lambda x: x[4] > 40000),                                        # amount (scanned)
    "t38066": (F_R, lambda x: x[0] == "Arrangemangsbidrag" and x[5] == "Delvis bifall"),   # group + status (scan)
}
PAIR = {"t38006", "t38007", "t38032"}
GROUP = {"t38007", "t38031", "t38043", "t38055", "t38066"}
EXACT = {
    "t38044": D_L,
    "t38067": list(F_CONDITIONS),
}
NONE_ABSENT = {
    "t38009": (A, [r"2021"], None),
    "t38010": (A, [r"[Ss]kuld per invånare"], None),
    "t38011": (A, [r"[Kk]vinn", r"\b[Mm]än\b"], None),
    "t38012": (A, [r"negativt resultat"], lambda: all(v > 0 for v in A_RESULT)),
    "t38021": (B, [r"[Hh]ot och våld"], None),
    "t38022": (B, [r"2025"], None),
    "t38023": (B, [r"\bkr\b|kronor|mnkr|tkr"], None),
    "t38024": (B, [r"RV 16", r"riskvärde 16"], lambda: all(b_rv(c) < 16 for c in B_CONTROLS)),
    "t38034": (C, [r"2024"], None),
    "t38035": (C, [r"[Vv]äntetid(en)? för barn", r"barn\w* (?:fick )?vänta"], None),
    "t38036": (C, [r"mnkr|tkr|kronor|\bkr\b"], None),
    "t38037": (C, [], lambda: all(c[5] >= 50 for c in C_CLINICS)),
    "t38046": (D, [r"[Dd]riftkostnad", r"[Hh]yra", r"[Hh]yres"], None),
    "t38047": (D, [r"2032"], None),
    "t38048": (D, [r"[Aa]vbrut", r"[Ss]topp"], lambda: all(p[0] in D_STATUSES for p in D_PROJECTS)),
    "t38058": (E, [r"[Tt]immar"], None),
    "t38059": (E, [r"[Ll]ivsmedel"], None),
    "t38060": (E, [], lambda: all(c[4] > 0 for c in E_CATS)),
    "t38069": (F, [], lambda: not any(x[0] == "Lokalbidrag" and x[1] == "Marvinge simsällskap" for x in F_GRANTS)),
    "t38070": (F, [r"2025"], None),
    "t38071": (F, [r"[Mm]edlem"], None),
    "t38072": (F, [], lambda: all(x[4] <= x[3] for x in F_GRANTS)),
}
LIST_NONE = {"t38012", "t38024", "t38037", "t38048", "t38060", "t38072"}
NONE_LABEL = {
    "t38009": ("skattesats", "Kommunal skattesats"),
    "t38010": ("låneskuld", "Låneskuld"),
    "t38022": ("registerutdrag", "Registerutdrag vid anställning"),
    "t38024": ("riskvärde", "Riskvärdet är produkten"),
    "t38034": ("Bodaholm", "Bodaholm"),
    "t38046": ("Myrstigens förskola", "Myrstigens förskola, nybyggnad"),
    "t38058": ("lantbruk", "Lantbruk med djurhållning"),
    "t38069": ("lokalbidrag", "Lokalbidrag"),
    "t38071": ("Dansklubben Virvel", "Dansklubben Virvel"),
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

    # ---------------------------------------------------------------- data consistency (synthetic38)
    # (a) Brunnshed, årsredovisning 2026
    rows = a_rows()
    labels = [r[1] for r in rows]
    brk = labels.index("Nettokostnad per invånare")
    for k, r in enumerate(rows):
        want = [1] if k <= brk else [2]
        if pages_of(A, a_row_text(r)) != want:
            errs.append(f"A: row {r[1]} printed on {pages_of(A, a_row_text(r))}, expected {want}")
    if rows[brk][0] != rows[brk + 1][0]:
        errs.append("A: Tabell 2.1 must break inside a group")
    if count(A, "Mått Enhet 2022 2023 2024 2025 2026") != 2:
        errs.append("A: the heading of Tabell 2.1 must be printed on p. 1 and repeated on p. 2")
    need(A, "Tabell 2.1 fortsätter på nästa sida", [0], "A break note")
    need(A, "Tabell 2.1 (forts.) Mått Enhet", [1], "A continued caption")
    need(A, f"{rows[brk][0].upper()} (FORTS.)", [1], "A continued group")
    for grp in A_GROUPS:
        need_any(A, grp.upper(), "A group caption")
    for i in range(5):
        if r1(A_TAXINC[i] - A_NETCOST[i] + a_finnet(i)) != A_RESULT[i]:
            errs.append(f"A: the result {A_YEARS[i]} does not add up")
    need(A, f"redovisar för 2026 ett resultat på {d1(A_RESULT[4])} mnkr. Det är {d1(A_RESULT[4] - A_RESULT[3])} mnkr "
            f"bättre än föregående år, då resultatet blev {d1(A_RESULT[3])} mnkr, och "
            f"{d1(A_RESULT[4] - A_BUDGET_RESULT)} mnkr över det budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr",
         [0], "A result sentence")
    pct26 = r1(A_RESULT[4] / A_TAXINC[4] * 100)
    if not pct26 < A_GOAL_RESULT:
        errs.append("A: p. 1 and p. 4 say the result goal was not reached in 2026")
    need(A, f"Resultatet motsvarar {d1(pct26)} procent av skatteintäkter och generella statsbidrag", [0], "A pct")
    need(A, f"Befolkningen ökade med {A_POP[4] - A_POP[3]} personer", [0], "A population")
    need(A, f"Nettoinvesteringarna blev {d1(A_INV[4])} mnkr jämfört med {d1(A_INV[3])} mnkr året innan", [0],
         "A investments")
    if not (A_SICK[4] > A_SICK[3] and A_SICK[3] < A_SICK[2] < A_SICK[1] < A_SICK[0]):
        errs.append("A: p. 2 says sick leave rose in 2026 after three years of decline")
    need(A, f"Sjukfrånvaron ökade till {d1(A_SICK[4])} procent efter tre år av minskning. Ökningen förklaras "
            f"främst av att {A_PASSAGE}", [1], "A passage")
    if max(A_SOLP) != A_SOLP[4]:
        errs.append("A: p. 2 says the soliditet incl. pensions is the highest of the period")
    per_inv = rows[3][3]
    if not all(per_inv[i] < per_inv[i + 1] for i in range(4)):
        errs.append("A: p. 2 says the net cost per inhabitant rose every year")
    for a in A_ASSETS:
        need(A, a_bs_text(a), [2], "A balance row")
    for sec in A_ASSET_SECTIONS:
        need(A, f"Summa {sec.lower()} {d1(a_assets_total(3, sec))} {d1(a_assets_total(4, sec))}", [2], "A sum")
    liab = a_liab_rows()
    for x in liab:
        need(A, a_bs_text(x), [2], "A liability row")
    for c, k in ((3, 4), (4, 3)):
        tot_l = r1(sum(x[c] for x in liab if not x[1].startswith("varav")))
        if abs(tot_l - a_assets_total(c)) > 0.05:
            errs.append("A: the balance sheet does not balance")
        eq = [x for x in liab if x[1] == "Eget kapital"][0][c]
        if r1(eq / a_assets_total(c) * 100) != A_SOL[k]:
            errs.append("A: the soliditet does not follow from the balance sheet")
    need(A, f"SUMMA TILLGÅNGAR {d1(a_assets_total(3))} {d1(a_assets_total(4))}", [2], "A total assets")
    need(A, f"SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER {d1(a_assets_total(3))} {d1(a_assets_total(4))}", [2],
         "A total liabilities")
    if a_finnet(4) <= a_finnet(3):
        errs.append("A: p. 4 says the finansnetto improved")
    if not (rows[11][3][4] == rows[11][3][3]):
        errs.append("A: the text says no new borrowing (the loan debt unchanged)")
    need(A, f"godkändes av kommunfullmäktige den {dmy(A_DECIDED)}", [3], "A decision")

    # (b) Fjällbrinka, internkontrollplan 2027
    for c in B_CONTROLS:
        pg_ = pages_of(B, b_card_head(c))
        if pg_ not in ([2], [3]):
            errs.append(f"B: card {c[0]} printed on {pg_}")
        need(B, f"RV {b_rv(c)} ", [1, 2], "B risk value")
        need_any(B, f"S × K {c[6]} × {c[7]}", "B S × K")
        if c[1] not in B_PROCESSES:
            errs.append(f"B: unknown process of {c[0]}")
    for pr in B_PROCESSES:
        k = sum(1 for c in B_CONTROLS if c[1] == pr)
        need_any(B, f"{pr.upper()} {k} kontrollmoment", "B process caption")
    words_b = {2: "två", 10: "tio", 12: "tolv", 4: "fyra"}
    need(B, f"Planen för 2027 omfattar {words_b[len(B_CONTROLS)]} kontrollmoment, jämfört med "
            f"{words_b[B_PREV_COUNT]} i planen för 2026. {words_b[len(B_NEW)].capitalize()} kontrollmoment är nya",
         [0], "B counts")
    cnt = b_counts()
    need(B, f"Under 2026 genomfördes {words_b[len(B_FOLLOW)]} kontroller. "
            f"{words_b[cnt['Utan avvikelse']].capitalize()} av dem visade inga avvikelser, "
            f"{words_b[cnt['Mindre avvikelser']]} visade mindre avvikelser och "
            f"{words_b[cnt['Väsentliga avvikelser']]} visade väsentliga avvikelser", [0], "B follow-up counts")
    nrs = [f[0] for f in B_FOLLOW]
    brk = nrs.index(B_BREAK_AFTER)
    for k, f in enumerate(B_FOLLOW):
        want = [3] if k <= brk else [4]
        if pages_of(B, b_follow_text(f)) != want:
            errs.append(f"B: follow-up row {f[0]} printed on {pages_of(B, b_follow_text(f))}, expected {want}")
        if f[4] not in B_LEVELS or (f[3] == 0) != (f[4] == "Utan avvikelse"):
            errs.append(f"B: follow-up row {f[0]}: assessment and count disagree")
    if count(B, "Nr Kontroll Granskat Avvikelser Bedömning Åtgärd") != 2:
        errs.append("B: the follow-up heading must be printed twice (the table breaks)")
    need(B, "Tabellen fortsätter på nästa sida", [2], "B break note")
    sig = [f[1] for f in B_FOLLOW if f[4] == "Väsentliga avvikelser"]
    if sig != ["Förhandsbedömning inom 14 dagar", "Placeringar utan avtal"]:
        errs.append("B: the comment names the two controls with significant deviations")
    for nr in B_NEW:
        need_any(B, b_card_head([c for c in B_CONTROLS if c[0] == nr][0]) + " NY", "B new tag")
    need(B, f"Uppföljningen av personalomsättningen förs in i planen eftersom {B_PASSAGE}", [3], "B passage")
    need(B, f"Kontaktperson: {B_CONTACT[0]}, {B_CONTACT[1]}", [3], "B contact")

    # (c) Region Vedmora, Folktandvården
    for c in C_CLINICS:
        need(C, c_row_text(c), [1], "C clinic row")
        need(C, f"{c[1]} {c[6]}", [2], "C chart label")
    for area in C_AREAS:
        need(C, c_tot_text(f"{area} totalt", area), [1], "C area total")
    need(C, c_tot_text("Regionen totalt"), [1], "C region total")
    need(C, f"Mål – – minst {C_TARGETS[0]} – högst {C_TARGETS[1]} minst {C_TARGETS[2]}", [1], "C target row")
    t = c_tot()
    words_c = {3: "tre", 4: "fyra", 5: "fem", 8: "åtta"}
    reached = [c for c in C_CLINICS if c[4] >= C_TARGETS[0]]
    wait_ok = [c for c in C_CLINICS if c[6] <= C_TARGETS[1]]
    need(C, f"blev {d1(t[2])} procent för regionen som helhet. Det är lägre än föregående år, då andelen var "
            f"{d1(t[1])} procent, och strax under målet på {C_TARGETS[0]} procent. "
            f"{words_c[len(reached)].capitalize()} av regionens {words_c[len(C_CLINICS)]} kliniker nådde målet",
         [0], "C summary")
    if not (t[2] < t[1] and t[2] < C_TARGETS[0]):
        errs.append("C: the region's share must have fallen and be under the target")
    need(C, f"Vid årsskiftet väntade {g(C_QUEUE[1])} vuxna på en första undersökning, att jämföra med "
            f"{g(C_QUEUE[0])} ett år tidigare. Endast {words_c[len(wait_ok)]} kliniker", [0], "C queue")
    if not c_tot("Södra området")[3] < c_tot("Norra området")[3] or not c_tot("Södra området")[4] > \
            c_tot("Norra området")[4]:
        errs.append("C: p. 1 says caries-free shares are lower and waits longer in the southern area")
    mj = [c for c in C_CLINICS if c[1] == "Mjölnaryd"][0]
    if min(C_CLINICS, key=lambda c: c[4] - c[3]) != mj or max(C_CLINICS, key=lambda c: c[6]) != mj:
        errs.append("C: p. 3 says Mjölnaryd fell most and has the longest wait")
    north = c_clinics("Norra området")
    if {c[1] for c in sorted(north, key=lambda c: c[6])[:2]} != {"Dalstorpa", "Algrena"} or \
            {c[1] for c in sorted(north, key=lambda c: -c[4])[:2]} != {"Dalstorpa", "Algrena"}:
        errs.append("C: p. 3 says Dalstorpa and Algrena lead the northern area")
    bod = [c for c in C_CLINICS if c[1] == "Bodaholm"][0]
    if max(north, key=lambda c: c[2]) != bod or bod[4] >= C_TARGETS[0] or bod[6] <= C_TARGETS[1]:
        errs.append("C: p. 3 says Bodaholm is the largest northern clinic and misses both targets")
    fil = [c for c in C_CLINICS if c[1] == "Filebacka"][0]
    if not fil[4] < fil[3]:
        errs.append("C: p. 3 says Filebacka's share fell slightly")
    need(C, f"Försämringen beror på att {C_PASSAGE}", [2], "C passage")
    need(C, f"{C_CONTACT[0]}, {C_CONTACT[1]}", [3], "C contact")

    # (d) Aldersvik, lokalförsörjningsplan
    names_d = [p[1] for p in D_PROJECTS]
    brk = names_d.index(D_BREAK_AFTER)
    for k, p in enumerate(D_PROJECTS):
        want = [2] if k <= brk else [3]
        if pages_of(D, d_row_text(p)) != want:
            errs.append(f"D: project {p[1]} printed on {pages_of(D, d_row_text(p))}, expected {want}")
        if not (p[5] <= p[6] and p[4] <= p[3] and p[2] in D_CODES and p[0] in D_STATUSES):
            errs.append(f"D: project {p[1]} is inconsistent")
        if (p[4] > 0) != (p[5] <= 2027):
            errs.append(f"D: project {p[1]}: money in 2027 only for projects started by 2027")
    if D_PROJECTS[brk][0] != D_PROJECTS[brk + 1][0]:
        errs.append("D: Tabell 1 must break inside a status group")
    if count(D, "Projekt Verks. Investering, mnkr Varav 2027, mnkr Start Klart") != 2:
        errs.append("D: the heading of Tabell 1 must be printed twice")
    need(D, "Tabell 1 fortsätter på nästa sida", [1], "D break note")
    need(D, f"{D_PROJECTS[brk][0]} (forts.)", [2], "D continued status")
    for st in D_STATUSES:
        need_any(D, f"{st} {len(d_projects(st))} projekt", "D status line")
        need_any(D, f"Summa {st.lower()} {d1(d_sum(st))} {d_val(d_sum(st, 4))}", "D status sum")
    need(D, f"Totalt {d1(d_sum())} {d1(d_sum(col=4))}", [2], "D total")
    if abs(sum(d_code_sum(c) for c in D_CODES) - d_sum()) > 0.05:
        errs.append("D: the activity sums do not add up to the total")
    for code, name in D_CODES.items():
        need(D, f"{code} {name} {d1(d_code_sum(code))}", [0], "D legend")
    need(D, f"Planen omfattar fjorton projekt med en sammanlagd investering på {d1(d_sum())} mnkr, jämfört med "
            f"{d1(D_PREV_TOTAL)} mnkr i föregående plan", [0], "D total sentence")
    if len(D_PROJECTS) != 14:
        errs.append("D: p. 1 says fourteen projects")
    need(D, f"Under 2027 beräknas investeringarna uppgå till {d1(d_sum(col=4))} mnkr", [0], "D 2027 sentence")
    ongoing = d_projects("Pågående")
    if len(ongoing) != 4 or max(p[6] for p in ongoing) > 2028:
        errs.append("D: p. 1 says four ongoing projects, all ready by 2028")
    dal = [p for p in D_PROJECTS if p[1].startswith("Dalgläntan")][0]
    if dal[6] != 2027:
        errs.append("D: p. 4 says Dalgläntan opens 2027")
    bl = [p for p in D_PROJECTS if p[1].startswith("Bäcklunda")][0]
    need(D, f"Byggstarten för Bäcklunda särskilda boende har skjutits fram från 2027 till {bl[5]} eftersom "
            f"{D_PASSAGE}", [3], "D passage")
    for t_, subs in D_LEAVE:
        need(D, t_, [3], "D leave item")
        for s_ in subs:
            need(D, s_, [3], "D leave sub-item")
    need(D, f"{D_CONTACT[0]}", [0, 3], "D contact")

    # (e) Dunkersta, tillsynsrapport
    for c in E_CATS:
        need(E, e_row_text(c), [1], "E category row")
        if not c[4] <= c[3] <= c[2] or c[0] not in E_AREAS:
            errs.append(f"E: category {c[1]} is inconsistent")
    for area in E_AREAS:
        need(E, e_sum_text(area, area), [1], "E area row")
    need(E, e_sum_text("Samtliga områden"), [1], "E total row")
    S = e_sum()
    need(E, f"Nämnden planerade {S[1]} inspektioner under 2026 och genomförde {S[2]}, vilket motsvarar "
            f"{d1(S[3])} procent av planen. Vid inspektionerna konstaterades sammanlagt {S[4]} avvikelser", [0],
         "E summary")
    need(E, f"Avgifterna för tillsynen uppgick till {d1(S[5])} tkr, vilket är {d1(S[5] - E_FEE_BUDGET)} tkr mer "
            f"än budgeterat ({d1(E_FEE_BUDGET)} tkr)", [0], "E fees")
    if max(E_CATS, key=lambda c: c[6])[1] != "Anmälningspliktiga verksamheter":
        errs.append("E: p. 1 says most fees come from the notifiable activities")
    ok = {a: e_sum(a)[3] >= 90 for a in E_AREAS}
    if ok != {"Miljöskydd": True, "Hälsoskydd": False, "Enskilda avlopp": False}:
        errs.append("E: p. 1 says the 90 % goal was reached only within miljöskydd")
    sk = [c for c in E_CATS if c[1] == "Skolor och förskolor"][0]
    if max(E_CATS, key=lambda c: c[5] / c[4]) != sk:
        errs.append("E: p. 2 says schools had most deviations per inspection")
    fo = [c for c in E_CATS if c[1] == "Förorenade områden"][0]
    if fo[3] - fo[4] != 2:
        errs.append("E: p. 2 says two contaminated-site inspections were not made")
    fl = [c for c in E_CATS if c[1] == "Flerbostadshus"][0]
    if not 0.5 < fl[4] / fl[3] < 0.65:
        errs.append("E: p. 3 says just over half of the flerbostadshus inspections were made")
    for k, (t_, n_) in enumerate(E_DEVTYPES, 1):
        need(E, f"{k} {t_} {n_}", [2], "E deviation type")
        if k > 1 and n_ > E_DEVTYPES[k - 2][1]:
            errs.append("E: the deviation types are not ranked")
    if sum(n_ for _, n_ in E_DEVTYPES) > S[4]:
        errs.append("E: the ranked deviations exceed the total")
    need(E, f"eftersom {E_PASSAGE}", [2], "E passage")
    need(E, f"{E_CONTACT[0]}, {E_CONTACT[1]}", [2], "E contact")

    # (f) Marvinge, föreningsbidrag (p. 2 scanned)
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(c for c in cells if c)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    if len(F_GRANTS) != F_APPLICATIONS or len({x[1] for x in F_GRANTS}) != 14:
        errs.append("F: p. 1 says seventeen applications from fourteen associations")
    for x in F_GRANTS:
        exp = ("Avslag" if x[4] == 0 else "Bifall" if x[4] == x[3] else "Delvis bifall")
        if x[5] != exp or x[0] not in F_FORMS:
            errs.append(f"F: the decision of {x[1]} ({x[0]}) does not fit its amounts")
    n_rej = sum(1 for x in F_GRANTS if x[5] == "Avslag")
    need(F, "Tre ansökningar föreslås bli avslagna", [0], "F rejections")
    if n_rej != 3:
        errs.append("F: p. 1 says three applications are rejected")
    if not f_sum()[1] <= F_FRAME[1]:
        errs.append("F: p. 1 says the proposal fits the frame")
    need(F, f"Nämndens ram för föreningsbidrag är {g(F_FRAME[1])} kronor för 2027, jämfört med {g(F_FRAME[0])} "
            f"kronor för 2026", [0], "F frame")
    need(F, f"Sista dag för ansökan var den {dmy(F_DEADLINE)}", [0], "F deadline")
    rej = [x[1] for x in F_GRANTS if x[5] == "Avslag"]
    for nm in rej:
        if not any(nm in n_ for n_ in F_SCAN_NOTES) and nm != "Ferievikens båtklubb":
            errs.append(f"F: the rejection of {nm} has no note or comment")
    need(F, f"Ferievikens båtklubb föreslås få avslag på sin ansökan om lokalbidrag eftersom {F_PASSAGE}", [2],
         "F passage")
    need(F, "Vinterbackens skidklubb kom in med sin ansökan efter sista ansökningsdag", [2], "F late application")
    if not F_SCAN_DATE < F_DECIDED:
        errs.append("F: the bilaga is signed before the meeting")
    for form, amount, cond in F_NORMS:
        need(F, f"{form} {amount} {cond}", [2], "F norm row")
    for c_ in F_CONDITIONS:
        need(F, c_, [2], "F condition")
    need(F, F_SIGN[0], [2], "F signature")
    layer_f = " ".join(text_layer(F))
    nums = []
    for x in F_GRANTS:
        nums += [g(x[3]), g(x[4])] if x[4] else [g(x[3])]
    for form in F_FORMS + [None]:
        nums += [g(v) for v in f_sum(form)]
    for s_ in nums:
        if number_in(layer_f, s_):
            errs.append(f"F: scanned figure {s_!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + ["Summa aktivitetsbidrag", "Förslag till fördelning av föreningsbidrag 2027 Förvalt"]:
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned text {s_!r} repeated in the text layer")

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
