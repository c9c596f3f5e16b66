"""Checks ../train_syn36.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Wästerhed document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic34/check.py (the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation and the per-question loop – is copied from there; the counts, the
documents, the name lists and the data checks are those of synthetic36).

* format: 72 questions t36001..t36072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
  (at least 7 of them figures, 4 lists and 5 none), at least 13 conditional lists, at least 5 list-shaped none
  questions, at least a third of the none questions (8) naming a row label or column header that really occurs
  in their document (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the
  scanned table;
* every question names the municipality (or region) of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and items must NOT occur in the text layer of any page and those
  figure texts not as a number of their own (so that only the image answers them);
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the questions that ask for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (e) (WITH_MINUS); metadata titles exactly in
  (a), (b), (d) and (e); landscape pages exactly pp. 2-3 of (d); page 2 of (f) an image without text; no names of
  earlier synthetic municipalities or places (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of
  ../synthetic34/check.py and the FORBIDDEN and OWN lists of ../synthetic33/check.py), no real municipality or
  region (REAL) among our own names or as a word in the PDFs, our own names (OWN) and persons all start with K, R,
  U, W, G or O and none of OWN or PERSONS occurs in the READMEs of the earlier sets or in ../synthetic32/check.py
  and ../synthetic34/check.py;
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
from data import (A_GROUPS, A_FRAMES, A_BREAK_AFTER, A_FOOTNOTES, A_TAX, A_TAX_REGION, A_POP, A_PASSAGE,  # noqa
                  A_RESULT_TARGET, A_DECIDED, A_PARAGRAPH, A_PRIORITIES, a_frames, a_sum, a_change, a_row_text,
                  a_sum_text, a_result, a_result_row, a_result_text, a_tax_raise_mnkr,
                  B_GROUPS, B_UNITS, B_TARGETS, B_BREAK_AFTER, B_PASSAGE, B_DECIDED, B_CONTACT, b_tot, b_row,
                  b_unit_text, b_tot_text, b_below,
                  C_DATE, C_PARAGRAPHS, C_MEMBERS, C_ABSENT, C_SECRETARY, C_ADJUSTER, C_ADJUST_DATE, C_PADEL,
                  C_BANSTOP, C_ECON, C_FEES, C_BREAK_AFTER, C_PASSAGE, c_row_text, c_sums, c_vote, c_vote_text,
                  D_GOALS, D_INDICATORS, D_BREAK_AFTER, D_STATUSES, D_AREAS, D_PASSAGE, D_DECIDED, D_CONTACT,
                  d_met, d_improved, d_status, d_goal_of, d_row_text, d_counts, dnum,
                  E_YEARS, E_SECTORS, E_POP, E_TARGET_TOTAL, E_NETZERO, E_PLAN_YEAR, E_CHARGERS, E_PASSAGE,
                  E_PROJECTS, E_CONTACT, E_DECIDED, e_main, e_total, e_change, e_share, e_row_text, e_total_text,
                  e_per_capita, e_project_text,
                  F_GROUPS, F_HOMES, F_WAITING, F_WAIT_DAYS, F_COST, F_NEW_HOME, F_PASSAGE, F_DATE, F_SCAN_DATE,
                  F_SIGN, f_homes, f_tot, f_scan_rows, f_scan_text,
                  dmy, g, d1, d2, r0, r1, pct)

QFILE = HERE.parent / "train_syn36.jsonl"
N_Q = 72
BASE = 36000
WANT_TYPES = {"figure": 26, "list": 18, "passage": 6, "none": 22}
WANT_EN = 18
MIN_EN_LISTS = 4
MIN_EN_FIGS = 7
MIN_EN_NONE = 5
MIN_COND = 13
MIN_LIST_NONE = 5     # list-shaped none questions
MIN_NONE_LABEL = 8    # none questions that name a real row label or column header (a third of 22, rounded up)
MIN_ANSWERABLE = 6    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"t36070"}   # the none question about the scanned table
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "karrsunda-mal-och-budget-2027-plan-2028-2029.pdf"
B = "region-ulfsater-primarvardens-uppfoljning-2026.pdf"
C = "gravinge-mbn-protokoll-2027-05-19.pdf"
D = "ottarsby-kulturplan-uppfoljning-2026.pdf"
E = "rokstad-klimatbokslut-2026.pdf"
F = "wasterhed-von-uppfoljning-sarskilt-boende-2026.pdf"
PLACE = {A: "Kärrsunda", B: "Ulfsäter", C: "Grävinge", D: "Ottarsby", E: "Rokstad", F: "Wästerhed"}
WITH_TITLE = {A, B, D, E}
WITH_MINUS = {A, E}      # documents that print negative changes with "−"
LANDSCAPE = {D: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "KRUWGO"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic34/check.py and the FORBIDDEN and OWN lists of
# ../synthetic33/check.py (only those definitions were read, by a script that parsed them with ast; together they
# hold the names of ../synthetic … ../synthetic34). ../synthetic35 did not exist when this set was started (the
# brief forbade reading it, and it was not opened), so nothing of it is in the list.
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
    "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn",
    "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken", "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra",
    "Knaphöjda", "Tallkotten", "Ekorrbacken", "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund",
    "Svanedal", "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan",
    "Hjärtebo", "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo", "Falkmyra", "Harvstena", "Mellanhed",
    "Snäckvika", "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem",
    "Stationsparken", "Lönnås", "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol",
    "Strandboden", "Gästgivarn", "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan",
    "Uddens skola", "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan",
    "Ekholmens friskola", "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo",
    "Lindåsen", "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen", "Dungsjö",
    "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån",
    "Mejerigatan", "Bruksvägen", "Bruksskolan", "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark",
    "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
    "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen", "Cedersjö", "Ivarsmark", "Wirsnäs",
    "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed",
    "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan",
    "Cikorian", "Igelkotten", "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge", "Wälsta",
    "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs", "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik",
    "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken",
    "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret",
    "Örsjöviksbostäder", "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp", "Dalgårdsskolan",
    "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån", "Lillnäs", "Lindgården", "Lindhov", "Bokhagen",
    "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken", "Näktergalen", "Gryttje", "Kallmora", "Linsjöbo",
    "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö", "Fridsmåla", "Hallvide", "Sävlunda", "Malmvreta", "Trästena",
    "Vintersjö", "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken", "Hjortronhagen", "Torvbo", "Stensötaskolan",
    "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan", "Fältrevsskolan", "Smultronbackens skola",
    "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp", "Hemtorpsbostäder", "Wedelsta", "Ivringe",
    "Pråmhult", "Jorsvik", "Carlsäter", "Vittarp", "Jällsta", "Pirkby", "Vallgläntan", "Jursta", "Pellesjön",
    "Visslebacken", "Wikavägen", "Wikaskolan", "Vidsjön", "Ivringeån", "Idevik", "Wiksjö", "Calmby", "Vretby",
    "Jularp", "Villekullen", "Pilbacken", "Jungfruhagen", "Clarabergsskolan", "Wiboms skola", "Vintergatan",
    "Jasminen", "Vildrosen", "Carlsvallen", "Pelarsalen", "Valnöten", "Jakobsdal", "Westergrens Bygg", "Ormsvik",
    "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik", "Ravelsmossen", "Ulvsta", "Ulvstabadet", "Ravnäs",
    "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder", "Ugglestad", "Ekhöjden", "Alvikens badplats", "Ekvattnet",
    "Algestahallen", "Årlingsån", "Årlingsdammen", "Rasbacka", "Almgården", "Alhagen", "Ormberg Fastigheter",
    "Rydéns Bygg", "Ekbacka Bostad", "Fällinge", "Helmsjö", "Lunnevik", "Nordinge", "Stavsunda", "Ödsvik",
    "Lyngbacka", "Hästhagen", "Sjöhallen", "Flinkeby", "Nyvångs bibliotek", "Fågelsta", "Hedvigsdal", "Liljedal",
    "Solhöjden", "Östergläntan", "Stavsundahem", "Hamnstaden", "Lindbacka", "Norrlyckan", "Sandåker", "Snöbacka",
    "Fiskmåsen", "Hallonbacken", "Nyängen", "Sjölyckan", "Fältsparven", "Smedjegården", "Sörbyängen", "Norrheden",
    "Hellgrens Logistik", "Draggsund", "Getryd", "Tolsvik", "Blidsta", "Kullsta", "Bramsnäs", "Getrydsskolan",
    "Dalhemsskolan", "Tornhagsskolan", "Kyrkbyskolan", "Mellanbyskolan", "Bokelundsskolan", "Kompassens friskola",
    "Tolsviksbadet", "Tolsviks Bostäder", "Bofinken", "Bygdesalen", "Dammviks Trä", "Kompetenscentrum Kullsta",
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
    "Lerdalen", "Fabriksparken", "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp",
    "Forsbackaskolan", "Hultaskolan", "Nyhemsskolan", "Framtidsskolan", "Norrskenets friskola", "Hyttan",
    "Lindhammar Bygg", "Hedåsen", "Dovreby", "Fiskarparken", "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed",
    "Hultmossen", "Blåvingens Ungdomsteater", "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK",
    "Lillsjöns scoutkår", "Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik", "Oxhagen",
    "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan", "Oxhagsvägen",
    "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan", "Ormbunksvägen", "Tofsvipevägen",
    "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan", "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad",
    "Marbäcka", "Isbäckaån", "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan",
    "Tvärskogs skola", "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola",
    "Mariagården", "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan", "Malmen",
    "Tjädern", "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet", "Kvillsta", "Prästmora", "Spjutsjö",
    "Wendelsby", "Ramsåker", "Vemmeby", "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan",
    "Snickarbodens förskola", "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola",
    "Solrosens äldreboende", "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen", "Prövik Revision",
    "Rydqvist Trafikanalys", "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan",
    "Skogsvägen", "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan", "Båthälla",
    "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn", "Bärnstenen", "Ebbagården", "Gullregnet",
    "Hemgläntan", "Malvagården", "Mölnegården", "Tussilagon", "Gnejs Omsorg", "Herdevik Vård", "Teglaberget",
    "Gäddvik", "Gäddviksskolan", "Byvalla", "Hällby", "Hällbyskolan", "Hällbybadet", "Mjödån", "Grönmo",
    "Bergåsen", "Hedby", "Eneby", "Bredsand", "Gruvbyn", "Breviken", "Holmsjö", "Mörtviken", "Tegsnäs", "Hagstad",
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
    "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen",
    "Grönvik", "Hästeby", "Bodvallen", "Masthamrahem", "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg",
    "Tranan", "Gåsvik", "Bävern", "Holmby", "Hyvlaren", "Blåmesen", "Gråsund", "Roslinge", "Westerlunda",
    "Ullvika", "Gunnesta", "Odelsvik", "Kvarnvik", "Gärdshöjden", "Kanalskolan", "Kvarnbyn", "Rydsbro",
    "Kungsgatan", "Rådhusgatan", "Gjutargatan", "Kanalvägen", "Utmarksvägen", "Ringvägen", "Kyrkogatan",
    "Gruvvägen", "Ollonstigen", "Gamla landsvägen", "Orion", "Gåsholmen", "Kallviken", "Rimsjön", "Ugglevik",
    "Karin Ringdahl", "Weronica Kallin", "Oskar Wilund", "Rebecka Ullberg", "Göran Kvist", "Ruth Olander",
    "Gunnar Oldin", "Svedinge", "Vargsunda", "Porsbacka", "Ingsäter", "Jörnvik", "Claesborg", "Svedingebostäder",
    "Svedinge Energi", "Valör Revision", "Ceres Analys", "Idegranen", "Slåttervik", "Syrenhöjden", "Plommongården",
    "Callunagården", "Sjöglimten", "Vinbärsgården", "Solvändan", "Sjöbris", "Vindrosen", "Simon Carlberg",
    "Carina Stål", "Ivan Persson", "Jenny Sörman", "Viktor Ingvarsson", "Camilla Svärd", "Jonas Ståhlberg",
    "Petra Juhlin", "Edsvala", "Ånnesta", "Nordvreta", "Tallunda", "Angelsta", "Mossberga", "Aspvreten",
    "Tegelhagen", "Mjölkudden", "Norrbyhöjd", "Ekängen", "Trädgårdsstaden", "Mästerhagen", "Tornplatsen",
    "Nyckelby", "Åkervallen", "Mossgärdet", "Ekudden", "Ekuddsbron", "Alvhagen", "Marnäs", "Trollsjö", "Ållsta",
    "Aldertorp", "Ekshult", "Nolvik", "Tunaholm", "Ålsjöbruk", "Akvarellgruppen Ånnesta",
    "Musikföreningen Mollackord", "Mjölnarbygdens Folkdanslag", "Tornets Boxningsklubb", "Naturvännerna i Ånnesta",
    "Aktiv Ungdom Ånnesta", "Ensemble Nordljus", "Motionsklubben Milstolpen", "Tallparken", "Målbacken",
    "Nordvretahem", "Tornslingan", "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan", "Norrslätten",
    "Mjölnarbacken", "Nyplanen", "Alvhagsskolan", "Myrbacken", "Eklunden", "Anders Nyberg", "Eva Magnusson",
    "Tiina Mäkelä", "Ahmed Mansour", "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg",
    "Mona Telander", "Tomas Enqvist", "Tove Almgren", "Annika Edlund", "Magnus Ahlström", "Therese Norén",
    "Emil Tornqvist", "Åke Thelin", "Maja Eklöf", "Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika",
    "Ölvsunda", "Ladan", "Fältängen", "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning",
    "Dammbacken", "Lövängsskolan", "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån", "Björkängsskolan",
    "Dalmarkaskolan", "Fagerlidsskolan", "Hedtorpsskolan", "Lövbergaskolan", "Östervallsskolan",
    "Högbergs friskola", "Lövholmen", "Badviken", "Badbäcken", "Fjärdingehem", "Fjärdinge Vatten", "Bangårdsgatan",
    "Bryggerigatan", "Biblioteksgatan", "Forsvägen", "Hamngatan", "Hantverkargatan", "Ladugårdsvägen",
    "Lingonstigen", "Östra Långgatan", "Ölvsundavägen", "Dalgatan",
]
# real Swedish municipalities and regions beginning with K, R, U, W, G or O (regions: Kalmar län, Kronoberg,
# Uppsala, Gotland, Gävleborg): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Kronoberg",
        "Ronneby", "Robertsfors", "Rättvik",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Gävleborg", "Göteborg", "Götene",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund"]
# our own invented names (municipalities and the region first, then places, health centres, properties, culture
# venues, companies and care homes); later sets should add them to their FORBIDDEN lists
OWN = ["Kärrsunda", "Ulfsäter", "Grävinge", "Ottarsby", "Rokstad", "Wästerhed",
       "Rörby", "Oppala",
       "Rosbacka", "Gärdsta", "Odenslund", "Kopparvik", "Urberga", "Ramsdal", "Wallby", "Wilhelmsberg Läkarhus",
       "Grönkulla", "Oringe", "Kåreberg", "Ryggåsen",
       "Gråsparven", "Rådjuret", "Uttern", "Kråkan", "Grävinge-Berga", "Ormvråken", "Ulvtorp", "Wärnsta",
       "Korsnäbben", "Ripan", "Gärdsåker", "Orrspelet", "Ugglan", "Kornet", "Uven",
       "Ovanby", "Kulturhuset Rotundan", "Rådstugans museum",
       "Rokstad Kartong", "Rokstad Vatten", "Knösta", "Rödjans avloppsreningsverk", "Grindviks sporthall",
       "Klockargården", "Runstensgården", "Oxbräckan", "Gökboet", "Wilhelmsro", "Kastellet", "Rosenhaga",
       "Utsikten", "Wallingården"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Rune Gustavsson", "Kerstin Ohlsson", "Ulla Kronqvist", "Kristina Rydberg", "Ulf Grönlund",
           "Katarina Ullman", "Olivia Karlsson", "Gunilla Wester", "Oskar Kullberg", "Roger Waltersson",
           "Wilma Gustafsson", "Göran Rask", "Rasmus Olofsson", "Kajsa Gren", "Rikard Gärdin", "Ulrika Wahlberg",
           "Karin Wikström", "Oscar Ramberg", "Ronja Wennberg", "Kajsa Gustavsson"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic32", "synthetic34"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 35)]   # README.md


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=f, item=a_row_text(f)) for f in A_FRAMES]
A_P = list(A_PRIORITIES[0][1])        # the nested items under the first priority (p. 2)
B_R = [dict(r=u, item=b_row(u, 2025, True), row=b_unit_text(u)) for u in B_UNITS]
C_R = [dict(r=f, item=c_row_text(f)) for f in C_FEES]
C_V = [dict(r=m, item=c_vote_text(m)) for m in C_MEMBERS]
D_R = [dict(r=i, item=d_row_text(i)) for i in D_INDICATORS]
D_A = list(D_AREAS[1][1])              # the sub-items of development area 2 (p. 4)
E_R = [dict(r=s, item=e_row_text(s)) for s in E_SECTORS]
E_P = [dict(r=p, item=e_project_text(p)) for p in E_PROJECTS]
F_R = [dict(r=h, item=" ".join(cells)) for h, (kind, cells) in
       zip(F_HOMES, [x for x in f_scan_rows() if x[0] == "row"])]

# qid -> (rows, predicate on the raw row)
COND = {
    "t36006": (A_R, lambda f: f[4] < f[3]),                                         # smaller frame (pair)
    "t36007": (A_R, lambda f: f[0] == "Välfärd" and f[4] > 400000),                # group + amount
    "t36018": (B_R, lambda u: u[0] == B_GROUPS[1] and u[2][2026][1] < B_TARGETS[0]),  # group + below target
    "t36019": (B_R, lambda u: u[2][2026][3] < u[2][2025][3]),                      # index fell (pair)
    "t36020": (B_R, lambda u: u[2][2026][0] > 10000),                              # amount
    "t36030": (C_R, lambda f: "nedsatt" in f[3]),                                  # word in a cell
    "t36031": (C_R, lambda f: f[3] == "Påförs" and f[4] > 20000),                  # two conditions
    "t36032": (C_V, lambda m: m[3] == "Nej"),                                      # the roll-call vote
    "t36033": (C_R, lambda f: "slutbesked" in f[1]),                               # word in a cell
    "t36042": (D_R, lambda i: d_status(i) == "Ej uppnått"),                        # status
    "t36043": (D_R, lambda i: d_goal_of(i) == "1" and not d_met(i)),               # group + target (pair)
    "t36055": (E_R, lambda s: not s[1] and s[2][3] > s[2][2]),                     # 2025 > 2020 (pair)
    "t36056": (E_R, lambda s: s[3] is not None and s[2][3] <= s[3]),               # below target (pair)
    "t36057": (E_P, lambda p: p[1] > 1000 and p[3] <= 2026),                       # two conditions
    "t36067": (F_R, lambda h: h[3] < 95),                                          # amount (scanned)
    "t36068": (F_R, lambda h: h[0] == "Entreprenad" and h[5] >= 0.84),             # group + amount (scanned)
}
PAIR = {"t36006", "t36019", "t36043", "t36055", "t36056"}
GROUP = {"t36007", "t36018", "t36043", "t36068"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "t36008": A_P,
    "t36044": D_A,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "t36010": (A, [r"2024"], None),
    "t36011": (A, [r"[Gg]ymnasie"], None),
    "t36012": (A, [r"2030"], None),
    "t36013": (A, [], lambda: all(f[4] <= 500000 for f in A_FRAMES)),
    "t36022": (B, [r"2024"], None),
    "t36023": (B, [r"[Mm]edian", r"[Vv]äntetid"], None),
    "t36024": (B, [r"Rosvik"], None),
    "t36025": (B, [], lambda: all(u[2][2026][1] >= 60 for u in B_UNITS)),
    "t36035": (C, [r"Rådjuret 9\b"], lambda: all(f[0] != "Rådjuret 9" for f in C_FEES)),
    "t36036": (C, [r"2026"], None),
    "t36037": (C, [r"[Ss]trandskydd"], lambda: all("strand" not in f[1].lower() for f in C_FEES)),
    "t36046": (D, [r"2024"], None),
    "t36047": (D, [r"[Ff]lick", r"[Pp]ojk"], None),
    "t36048": (D, [r"mnkr|tkr|kronor|\bkr\b"], None),
    "t36049": (D, [], lambda: all(i[2] <= 200000 for i in D_INDICATORS)),
    "t36059": (E, [r"2015"], None),
    "t36060": (E, [r"[Kk]onsumtionsbaserad"], None),
    "t36061": (E, [r"[Ff]lyg"], None),
    "t36062": (E, [], lambda: all(s[2][3] <= 2 * s[2][0] for s in E_SECTORS)),
    "t36070": (F, [r"2025"], None),
    "t36071": (F, [r"[Ss]jukfrånvar"], None),
    "t36072": (F, [], lambda: all(h[5] <= 1.2 for h in F_HOMES)),
}
LIST_NONE = {"t36013", "t36025", "t36037", "t36049", "t36062", "t36072"}
# none questions that name a row label or a column header printed in their document: (label as written in the
# question, the same label as printed in the document)
NONE_LABEL = {
    "t36011": ("budget 2027", "Budget 2027"),
    "t36012": ("kommunstyrelsen", "Kommunstyrelsen"),
    "t36022": ("Wallby", "Wallby 2025"),
    "t36023": ("Odenslund", "Odenslund 2025"),
    "t36025": ("telefontillgänglighet", "Telefon- tillgänglighet, %"),
    "t36035": ("Rådjuret", "Rådjuret 7"),
    "t36046": ("folkbiblioteken", "Besök på folkbiblioteken"),
    "t36047": ("kulturskolan", "Elever i kulturskolan"),
    "t36059": ("transporter", "Transporter"),
    "t36070": ("Klockargården", "Klockargården"),
    "t36072": ("årsarbetare per plats", "årsarbetare per plats"),
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

    # (a) Kärrsunda kommun, Mål och budget 2027
    names_a = [f[1] for f in A_FRAMES]
    brk = names_a.index(A_BREAK_AFTER)
    for k, f in enumerate(A_FRAMES):
        want = [2] if k <= brk else [3]
        if pages_of(A, a_row_text(f)) != want:
            errs.append(f"A: frame {f[1]} printed on {pages_of(A, a_row_text(f))}, expected {want}")
        if f[0] not in A_GROUPS:
            errs.append(f"A: unknown group of {f[1]}")
    if A_FRAMES[brk + 1][0] != A_FRAMES[brk][0]:
        errs.append("A: the table must break inside a group")
    for grp in A_GROUPS:
        need(A, a_sum_text(f"Summa {grp.lower()}", grp), [1] if grp == A_GROUPS[0] else [2], "A subtotal")
        need_any(A, grp.upper(), "A group row")
    need(A, a_sum_text("Summa nämndernas ramar"), [2], "A total row")
    S = a_sum()
    if S != tuple(sum(a_sum(grp_)[i] for grp_ in A_GROUPS) for i in range(4)):
        errs.append("A: the subtotals do not add up to the total")
    if count(A, "Budget Förändring Plan Nämnd, tkr 2026 2027 2027/2026 2028 2029") != 2:
        errs.append("A: the two-level heading must be printed on p. 2 and repeated on p. 3")
    need(A, "Tabell 1 fortsätter på nästa sida", [1], "A break note")
    need(A, "Tabell 1 (forts.)", [2], "A continued caption")
    need(A, f"{A_FRAMES[brk][0]} (forts.)", [2], "A continued group")
    marks = [f[2] for f in A_FRAMES if f[2]]
    if marks != ["¹", "²", "³"] or [fn_[0] for fn_ in A_FOOTNOTES] != marks:
        errs.append("A: the footnote marks and the footnotes do not match")
    for fn_ in A_FOOTNOTES:
        need(A, fn_, [2], "A footnote")
    ks = [f for f in A_FRAMES if f[1] == "Kommunstyrelsen"][0]
    tn = [f for f in A_FRAMES if f[1] == "Tekniska nämnden"][0]
    val = [f for f in A_FRAMES if f[1] == "Valnämnden"][0]
    if not (a_change(ks) > 1200 and a_change(tn) < 0 and val[3] > val[4] and val[6] > val[5]):
        errs.append("A: the footnotes (upphandling moved, elections 2026 and 2029) do not fit the frames")
    if max(A_FRAMES, key=a_change)[1] != "Socialnämnden":
        errs.append("A: p. 3 says socialnämnden gets the largest increase")
    if {f[1] for f in A_FRAMES if a_change(f) < 0} != {"Valnämnden", "Tekniska nämnden"}:
        errs.append("A: p. 3 names tekniska nämnden and valnämnden as the frames that fall")
    sn = [f for f in A_FRAMES if f[1] == "Socialnämnden"][0]
    need(A, f"Nämndernas ramar ökar med sammanlagt {g(S[1] - S[0])} tkr mellan 2026 och 2027. Den största ökningen "
            f"får socialnämnden, {g(a_change(sn))} tkr", [2], "A comment")
    raise_ore = round((A_TAX[1] - A_TAX[0]) * 100)
    need(A, f"Den kommunala utdebiteringen för 2027 fastställs till {d2(A_TAX[1])} kronor per hundra kronor "
            f"beskattningsbar inkomst, vilket är en höjning med {raise_ore} öre från {d2(A_TAX[0])} kronor under "
            f"2026. Tillsammans med regionens skattesats på {d2(A_TAX_REGION)} kronor blir den sammanlagda "
            f"skattesatsen {d2(A_TAX[1] + A_TAX_REGION)} kronor. Höjningen beräknas ge {d1(a_tax_raise_mnkr())} "
            f"mnkr", [0], "A tax text")
    need(A, f"Skälet till höjningen är att {A_PASSAGE}", [0], "A passage")
    need(A, f"Kärrsunda hade {g(A_POP)} invånare den 1 november 2026", [0], "A population")
    res = a_result_row("Årets resultat")[2]
    share = a_result_row("Resultat i procent av skatter och bidrag")[2]
    need(A, f"minst {d1(A_RESULT_TARGET)} procent av skatteintäkter och generella statsbidrag. Budgeten för 2027 ger "
            f"ett resultat på {d1(res[1])} mnkr, vilket motsvarar {d1(share[1])} procent. I budgeten för 2026 var "
            f"resultatet {d1(res[0])} mnkr eller {d1(share[0])} procent. Under planåren stiger resultatet till "
            f"{d1(res[2])} mnkr 2028 och {d1(res[3])} mnkr 2029", [0], "A result text")
    if not (share[0] < A_RESULT_TARGET <= share[1] and all(s_ >= A_RESULT_TARGET for s_ in share[2:])
            and res[0] < res[1] < res[2] < res[3]):
        errs.append("A: p. 1 and p. 4 say the target is reached 2027 and in the plan years (not 2026)")
    rb = {r[0]: r[2] for r in a_result()}
    for i in range(4):
        if abs(rb["Nämndernas nettokostnader"][i] + r1(S[i] / 1000)) > 0.05:
            errs.append("A: the committees' net costs in the result budget differ from the frames")
        if abs(rb["Verksamhetens nettokostnader"][i] - (rb["Nämndernas nettokostnader"][i] + rb["Avskrivningar"][i]
                                                       + rb["Pensioner och gemensamma kostnader"][i])) > 0.051:
            errs.append("A: verksamhetens nettokostnader do not add up")
        if abs(rb["Årets resultat"][i] - (rb["Verksamhetens resultat"][i] + rb["Finansnetto"][i])) > 0.051:
            errs.append("A: årets resultat does not add up")
    for r in a_result():
        need(A, a_result_text(r), [3], "A result budget row")
    fnn = rb["Finansnetto"]
    need(A, f"Finansnettot beräknas försämras från {d1(fnn[0])} mnkr 2026 till {d1(fnn[3])} mnkr 2029", [3],
         "A finansnetto text")
    if not fnn[3] < fnn[0]:
        errs.append("A: p. 4 says the finansnetto worsens")
    for lead, subs in A_PRIORITIES:
        need(A, lead, [1], "A priority")
        for s_ in subs:
            need(A, s_, [1], "A nested priority item")
    need(A, f"Antagen av kommunfullmäktige den {dmy(A_DECIDED)}, § {A_PARAGRAPH}", [0], "A decision")

    # (b) Region Ulfsäter, primärvårdens uppföljning 2026
    names_b = [u[1] for u in B_UNITS]
    brk = names_b.index(B_BREAK_AFTER)
    for k, u in enumerate(B_UNITS):
        want = [2] if k <= brk else [3]
        if pages_of(B, b_unit_text(u)) != want:
            errs.append(f"B: unit {u[1]} printed on {pages_of(B, b_unit_text(u))}, expected {want}")
        if u[0] not in B_GROUPS:
            errs.append(f"B: unknown group of {u[1]}")
    if B_UNITS[brk + 1][0] != B_UNITS[brk][0]:
        errs.append("B: the table must break inside a group")
    need(B, b_tot_text(), [2], "B region rows")
    if count(B, "Vårdcentral År Listade patienter Telefon- tillgänglighet, % Besök inom 3 dagar, % Patientenkät, "
                "index") != 2:
        errs.append("B: the heading must be printed on p. 2 and repeated on p. 3")
    if count(B, f"Målnivå 2026 – {B_TARGETS[0]} {B_TARGETS[1]} {B_TARGETS[2]}") != 2:
        errs.append("B: the target row must be printed on p. 2 and repeated on p. 3")
    need(B, "Tabell 1 fortsätter på nästa sida", [1], "B break note")
    need(B, "Tabell 1 (forts.)", [2], "B continued caption")
    need(B, f"{B_GROUPS[1]} (forts.)", [2], "B continued group")
    for grp in B_GROUPS:
        need(B, grp, [1], "B group band")
    T5, T6 = b_tot(2025), b_tot(2026)
    if T6[0] != sum(u[2][2026][0] for u in B_UNITS) or len(B_UNITS) != 12:
        errs.append("B: the region total must sum the twelve units")
    words_ = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio"}
    need(B, f"Telefontillgängligheten i regionen var {d1(T6[1])} procent under 2026, jämfört med {d1(T5[1])} "
            f"procent året innan. Målnivån är {B_TARGETS[0]} procent och nåddes av "
            f"{words_[12 - len(b_below(1))]} av tolv vårdcentraler", [0], "B message 1")
    need(B, f"inom tre dagar ökade till {d1(T6[2])} procent från {d1(T5[2])} procent. Målnivån {B_TARGETS[1]} "
            f"procent nåddes inte", [0], "B message 2")
    need(B, f"Patientenkätens sammanvägda index blev {d1(T6[3])} mot {d1(T5[3])} föregående år. Målnivån är "
            f"{B_TARGETS[2]}", [0], "B message 3")
    if not (T6[2] > T5[2] and T6[2] < B_TARGETS[1] and T6[3] < B_TARGETS[2] and T6[1] < T5[1]):
        errs.append("B: the directions in the summary do not fit the region totals")

    def names_(us):
        return ", ".join(u[1] for u in us[:-1]) + " och " + us[-1][1]
    need(B, f"{words_[len(b_below(1))]} vårdcentraler låg under målnivån {B_TARGETS[0]} procent 2026, nämligen "
            f"{names_(b_below(1))}", [2], "B units below the telephone target")
    need(B, f"under målnivån {B_TARGETS[1]} procent låg {names_(b_below(2))}", [2], "B units below the visit target")
    need(B, f"indexet var lägre än {B_TARGETS[2]} vid {names_(b_below(3))}", [2], "B units below the index target")
    need(B, B_PASSAGE, [3], "B passage")
    if min(B_UNITS, key=lambda u: u[2][2026][1] - u[2][2025][1])[1] != "Kopparvik":
        errs.append("B: p. 4 says Kopparvik had the largest fall in telephone accessibility")
    if (max(B_UNITS, key=lambda u: u[2][2026][1])[1] != "Ramsdal"
            or max(B_UNITS, key=lambda u: u[2][2026][3])[1] != "Ramsdal"):
        errs.append("B: p. 4 says Ramsdal has the best telephone and survey results")
    for nm in ("Gärdsta", "Ryggåsen"):
        u = [u for u in B_UNITS if u[1] == nm][0]
        if not all(u[2][2026][k] < B_TARGETS[k - 1] for k in (1, 2, 3)):
            errs.append(f"B: p. 4 says {nm} is below all three targets")
    need(B, f"{B_CONTACT[0]}, {B_CONTACT[1]}", [3], "B contact")
    need(B, f"behandlats av hälso- och sjukvårdsnämnden den {dmy(B_DECIDED)}", [0], "B decision")

    # (c) Grävinge, miljö- och byggnadsnämndens protokoll 2027-05-19
    names_c = [f[0] for f in C_FEES]
    brk = names_c.index(C_BREAK_AFTER)
    for k, f in enumerate(C_FEES):
        want = [3] if k <= brk else [4]
        if pages_of(C, c_row_text(f)) != want:
            errs.append(f"C: fee row {f[0]} printed on {pages_of(C, c_row_text(f))}, expected {want}")
        exp = {"Påförs": f[2], "Påförs, nedsatt till hälften": f[2] / 2, "Påförs, nedsatt till en fjärdedel": f[2] / 4,
               "Avskrivs": 0, "Återremitteras": None}
        if f[3] not in exp:
            errs.append(f"C: unknown decision for {f[0]}: {f[3]}")
        elif exp[f[3]] is None:
            if f[4] is not None:
                errs.append(f"C: the remitted case {f[0]} must have no decided fee")
        elif f[4] is None or abs(f[4] - exp[f[3]]) > 0.5:
            errs.append(f"C: the decided fee of {f[0]} does not fit {f[3]!r}")
    calc, dec = c_sums()
    need(C, f"Summa exkl. återremitterat ärende {g(calc)} {g(dec)}", [3], "C Summa row")
    if count(C, "Fastighet Överträdelse Beräknad avgift, kr Beslut Beslutad avgift, kr") != 2:
        errs.append("C: the fee table heading must be printed on p. 3 and repeated on p. 4")
    need(C, "Forts. på nästa sida", [2], "C break note")
    need(C, "Bilaga till § 63 (forts.)", [3], "C continued caption")
    need(C, "¹ Avgiften har satts ned med stöd av 11 kap. 53 a § plan- och bygglagen", [3], "C footnote")
    n_red = sum(1 for f in C_FEES if "nedsatt" in f[3])
    if n_red != 4:
        errs.append("C: § 63 says four fees are reduced")
    need(C, f"Förvaltningen har utrett {len(C_FEES)} ärenden om byggsanktionsavgift", [2], "C § 63 count")
    need(C, "I fyra ärenden föreslås att avgiften sätts ned", [2], "C § 63 reductions")
    ulv = [f for f in C_FEES if f[0] == "Ulvtorp 1:15"][0]
    orr = [f for f in C_FEES if f[0] == "Orrspelet 5"][0]
    if ulv[3] != "Avskrivs" or orr[3] != "Återremitteras":
        errs.append("C: Ulvtorp 1:15 is written off and Orrspelet 5 remitted (§ 63 text and att-clauses)")
    need(C, f"För Ulvtorp 1:15 skrivs ärendet av eftersom {C_PASSAGE}", [2], "C passage")
    need(C, "att återremittera ärendet om Orrspelet 5 till förvaltningen", [2], "C remittance")
    need(C, f"§ 62 Förbud mot fortsatt arbete på Orrspelet 5", [2], "C § 62")
    need(C, f"ska lämna in en anmälan senast den {dmy(C_BANSTOP)}", [2], "C § 62 deadline")
    yes, no = c_vote()
    if yes + no != len(C_MEMBERS) or len(C_MEMBERS) != 9:
        errs.append("C: the vote must count all nine members present")
    need(C, f"Med {yes} ja-röster mot {no} nej-röster beslutar nämnden enligt förvaltningens förslag", [1],
         "C vote sentence")
    need(C, f"Summa {yes} {no} 0", [1], "C vote table sum")
    for m in C_MEMBERS:
        need(C, c_vote_text(m), [1], "C vote table row")
        need(C, f"{m[0]} {m[1]}", [0], "C attendance")
    nej = [m for m in C_MEMBERS if m[3] == "Nej"]
    need_any(C, "Reservation: " + ", ".join(f"{m[0]} ({m[1]})" for m in nej) + " reserverar sig mot beslutet",
             "C reservation")
    if nej[0][0] != C_ADJUSTER:
        errs.append("C: the motion for the bygglov is made by the first nej voter")
    sub = [m for m in C_MEMBERS if m[2] == "tjänstgörande ersättare"][0]
    if sub[1] != C_ABSENT[1]:
        errs.append("C: the substitute must belong to the absent member's party")
    need(C, f"tjänstgörande ersättare för {C_ABSENT[0]} ({C_ABSENT[1]})", [0], "C substitute")
    if C_DATE.weekday() != 2:
        errs.append("C: the meeting date is not a Wednesday")
    need(C, f"onsdagen den {dmy(C_DATE)}", [0], "C weekday")
    prop, area, allowed = C_PADEL
    if not area > allowed * 1.2:
        errs.append("C: the padel hall's deviation is not small")
    need(C, f"byggnadsarea på {g(area)} m² på fastigheten {prop}. Detaljplanen medger en största byggnadsarea på "
            f"{g(allowed)} m²", [1], "C padel")
    bud, prog, surplus = C_ECON
    if r1(bud - prog) != surplus:
        errs.append("C: the surplus in § 59 does not add up")
    need(C, f"Nämndens budget för 2027 är {d1(bud)} mnkr. Prognosen efter april visar en nettokostnad på "
            f"{d1(prog)} mnkr för helåret, vilket ger ett överskott på {d1(surplus)} mnkr", [1], "C § 59")
    for nr, title, dnr in C_PARAGRAPHS:
        need_any(C, f"§ {nr} {title}", "C paragraph heading")
    if not C_ADJUST_DATE > C_DATE:
        errs.append("C: the minutes are adjusted after the meeting")
    need(C, f"Protokollet justeras den {dmy(C_ADJUST_DATE)}", [3], "C adjustment")
    need(C, f"Miljö- och byggnadsförvaltningen, {C_ADJUST_DATE.isoformat()}", [0], "C adjustment place")

    # (d) Ottarsby, kulturplan 2025–2028, uppföljning 2026
    ids = [i[0] for i in D_INDICATORS]
    brk = ids.index(D_BREAK_AFTER)
    for k, i in enumerate(D_INDICATORS):
        want = [2] if k <= brk else [3]
        if pages_of(D, d_row_text(i)) != want:
            errs.append(f"D: indicator {i[0]} printed on {pages_of(D, d_row_text(i))}, expected {want}")
        if d_goal_of(i) not in [x[0] for x in D_GOALS] or d_status(i) not in D_STATUSES:
            errs.append(f"D: indicator {i[0]} has no goal or an unknown status")
    for nr, title in D_GOALS:
        need_any(D, f"Mål {nr}. {title}", "D goal row")
    if count(D, "Utfall Nr Indikator Ansvar Målvärde 2025 2026 Status") != 2:
        errs.append("D: the heading must be printed on p. 2 and repeated on p. 3")
    need(D, "Tabell 1 fortsätter på nästa sida", [1], "D break note")
    need(D, "Tabell 1 (forts.)", [2], "D continued caption")
    cnt = d_counts()
    need(D, f"Av planens {len(D_INDICATORS)} indikatorer bedöms {cnt['Uppnått']} som uppnådda, "
            f"{cnt['Delvis uppnått']} som delvis uppnådda och {cnt['Ej uppnått']} som ej uppnådda", [0], "D counts")
    ind = {i[0]: i for i in D_INDICATORS}
    if not (d_met(ind["2.1"]) and not d_met(ind["2.1"], 2025)):
        errs.append("D: p. 1 says the arts school passed its target for the first time")
    need(D, f"Öppettiderna på biblioteken minskade till {g(ind['1.4'][4])} timmar per vecka. Förklaringen är att "
            f"{D_PASSAGE}", [2], "D passage")
    if not (ind["1.4"][4] < ind["1.4"][3] and ind["1.2"][4] > ind["1.2"][3] and ind["2.3"][4] < ind["2.3"][3]
            and ind["4.3"][4] == ind["4.3"][3]):
        errs.append("D: the comments on p. 3 do not fit the indicators 1.2, 1.4, 2.3 and 4.3")
    if ind["2.4"][5] != "low" or not ind["2.4"][2] <= ind["2.4"][3] / 2 + 5:
        errs.append("D: the queue to the arts school is to be halved (target 50 vs 94)")
    for text, subs in D_AREAS:
        need(D, text, [3], "D development area")
        for s_ in subs:
            need(D, s_, [3], "D development sub-item")
    for s_ in D_STATUSES:
        need(D, s_, [0], "D status legend")
    need(D, f"Kultur- och fritidsnämnden {dmy(D_DECIDED)}", [3], "D decision")
    need(D, f"{D_CONTACT[0]}, {D_CONTACT[1]}", [3], "D contact")

    # (e) Rokstad, klimatbokslut 2026
    for s in E_SECTORS:
        need(E, e_row_text(s), [1], "E sector row")
    need(E, e_total_text(), [1], "E total row")
    T = e_total()
    secs = {s[0]: s for s in E_SECTORS}
    tr = secs["Transporter"]
    for s in E_SECTORS:
        if s[1] and not all(s[2][i] < tr[2][i] for i in range(4)):
            errs.append(f"E: the varav row {s[0]} exceeds Transporter")
    if not all(secs["varav personbilar"][2][i] + secs["varav tunga fordon"][2][i] <= tr[2][i] for i in range(4)):
        errs.append("E: the varav rows together exceed Transporter")
    if abs(sum(e_share(s) for s in e_main()) - 100) > 0.3:
        errs.append("E: the shares do not add up to 100")
    D90, D10 = pct(T[3], T[0]), pct(T[3], T[1])
    NEED = T[3] - E_TARGET_TOTAL
    need(E, f"uppgick till {g(T[3])} ton koldioxidekvivalenter 2025. Det är {d1(-D90)} procent lägre än 1990 och "
            f"{d1(-D10)} procent lägre än 2010", [0], "E summary")
    need(E, f"ska vara högst {g(E_TARGET_TOTAL)} ton och att kommunen ska nå nettonollutsläpp senast {E_NETZERO}. "
            f"För att nå etappmålet 2030 behöver utsläppen minska med ytterligare {g(NEED)} ton, vilket motsvarar "
            f"{g(NEED / 5)} ton per år", [0], "E target text")
    need(E, f"Per invånare motsvarade utsläppen {d1(e_per_capita(2025))} ton 2025, jämfört med "
            f"{d1(e_per_capita(1990))} ton 1990. Befolkningen har under samma tid ökat från {g(E_POP[1990])} till "
            f"{g(E_POP[2025])} invånare", [0], "E per capita")
    for v, lab in zip(list(T) + [E_TARGET_TOTAL], [str(y_) for y_ in E_YEARS] + ["Mål 2030"]):
        need(E, f"{g(v)} {lab}", [0], "E chart label")
    if e_change(secs["Egen uppvärmning av bostäder och lokaler"]) > -85:
        errs.append("E: p. 1 says oil heating in homes and premises has ended")
    ind_ = secs["Industri"]
    need(E, f"Industrins utsläpp har minskat med {d1(-e_change(ind_))} procent sedan 1990. Den största förändringen "
            f"skedde när {E_PASSAGE}", [1], "E industry comment")
    if {s[0] for s in E_SECTORS if s[3] is not None and s[2][3] <= s[3]} != {"Industri", "El och värme"}:
        errs.append("E: p. 2 says industry and electricity/heating are already below their 2030 levels")
    if max(e_main(), key=e_share) != tr:
        errs.append("E: p. 2 says transport is the largest sector")
    need(E, f"Transporterna står för {d1(e_share(tr))} procent av utsläppen", [1], "E transport share")
    if not secs["Arbetsmaskiner"][2][3] > secs["Arbetsmaskiner"][2][2]:
        errs.append("E: p. 2 says the emissions of working machines rose 2020–2025")
    for p_ in E_PROJECTS:
        need(E, e_project_text(p_), [2], "E project row")
    need(E, f"Summa {g(sum(p_[1] for p_ in E_PROJECTS))} {g(sum(p_[2] for p_ in E_PROJECTS))}", [2], "E Summa row")
    if len(E_PROJECTS) != 7 or not all(p_[1] < p_[2] for p_ in E_PROJECTS):
        errs.append("E: seven projects, each with support below its total investment")
    need(E, f"Antalet publika laddpunkter i kommunen ökade från {E_CHARGERS[0]} till {E_CHARGERS[1]} under 2025", [2],
         "E charging points")
    need(E, f"{E_PLAN_YEAR} Klimatplanen antas av fullmäktige", [2], "E milestone")
    need(E, f"{E_NETZERO} Nettonollutsläpp", [2], "E milestone")
    need(E, f"Kommunstyrelsen {dmy(E_DECIDED)}", [2], "E decision")
    need(E, f"{E_CONTACT[0]}, {E_CONTACT[1]}", [2], "E contact")

    # (f) Wästerhed, uppföljning av särskilda boenden 2026
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(c for c in cells if c)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    for h in F_HOMES:
        if h[0] not in F_GROUPS:
            errs.append(f"F: unknown group of {h[1]}")
    tot = f_tot()
    if tot[0] != f_tot(F_GROUPS[0])[0] + f_tot(F_GROUPS[1])[0]:
        errs.append("F: the group places do not add up to the total")
    words_f = {3: "tre", 5: "fem", 8: "åtta"}
    n_k, n_e = len(f_homes(F_GROUPS[0])), len(f_homes(F_GROUPS[1]))
    need(F, f"kommunens {words_f[n_k + n_e]} särskilda boenden, {words_f[n_k]} i kommunal regi och {words_f[n_e]} "
            f"på entreprenad", [0], "F summary")
    need(F, f"Den 31 december 2026 väntade {F_WAITING[1]} personer på en plats i särskilt boende, jämfört med "
            f"{F_WAITING[0]} personer", [0], "F queue")
    need(F, f"kortades från {F_WAIT_DAYS[0]} till {F_WAIT_DAYS[1]} dagar", [0], "F waiting time")
    if not (F_WAITING[1] < F_WAITING[0] and F_WAIT_DAYS[1] < F_WAIT_DAYS[0] and F_COST[1] > F_COST[0]):
        errs.append("F: p. 1 says the queue fell and the costs exceeded the budget")
    need(F, f"Nettokostnaden för särskilt boende blev {d1(F_COST[1])} mnkr, vilket är {d1(F_COST[1] - F_COST[0])} "
            f"mnkr mer än budgeten på {d1(F_COST[0])} mnkr", [0], "F cost")
    if min(F_HOMES, key=lambda h: h[3])[1] != "Utsikten":
        errs.append("F: p. 3 says Utsikten had the lowest occupancy")
    need(F, f"På Utsikten var beläggningen lägre än på övriga boenden eftersom {F_PASSAGE}", [2], "F passage")
    kom = f_homes(F_GROUPS[0])
    if (min(kom, key=lambda h: h[2]) != max(kom, key=lambda h: h[4])
            or max(kom, key=lambda h: h[2]) != min(kom, key=lambda h: h[4])):
        errs.append("F: p. 3 says the smallest municipal homes cost most per place")
    name, places, opening, topping = F_NEW_HOME
    need(F, f"Bygget av {name} med {places} platser följer tidplanen. Taklagsfest hålls den {dmy(topping)} och "
            f"boendet öppnar den {dmy(opening)}", [2], "F new home")
    if not (topping < opening and F_SCAN_DATE < F_DATE):
        errs.append("F: the dates do not follow each other")
    need(F, f"Datum {F_DATE.isoformat()}", [0], "F date")
    need(F, F_SIGN[0], [2], "F signature")
    # no scanned figure in the text layer
    layer_f = " ".join(text_layer(F))
    nums = []
    for h in F_HOMES:
        nums += [d1(h[3]), g(h[4]), d2(h[5])]
    for grp_ in F_GROUPS + [None]:
        t_ = f_tot(grp_)
        nums += [str(t_[0]), d1(t_[1]), g(t_[2]), d2(t_[3])]
    for s_ in nums:
        if number_in(layer_f, s_):
            errs.append(f"F: scanned figure {s_!r} repeated in the text layer")
    for s_ in ("Anm. Utsikten", "Kostnad per plats är nettokostnaden", "Samtliga boenden"):
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
