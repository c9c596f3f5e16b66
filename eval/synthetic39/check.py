"""Checks ../heldout_syn39.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Ramsäter document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic38/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks, the name
checks and the none-label count – is copied from there (only the id prefix "hs" and the constants differ); the row
texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic39.

* format: 50 questions hs39001..hs39050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 5 of them figures, 3 lists and 4 none, and at least one passage), at least 9 conditional lists, at
  least 4 list-shaped none questions, at least 8 none questions naming a row label or column header printed in
  their document (NONE_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about the
  scanned table;
* every question names the municipality (or region) of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and items must NOT occur in the text layer of any page and those
  figure texts not as a number of their own;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, the full row text on the page or the next,
  the condition does not select every row); the whole-list question must cover exactly its list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality, the scanned text included (regex patterns; for list-shaped none questions a test
  on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (c); metadata titles
  exactly in (a), (c) and (e); landscape pages exactly p. 2 of (e); page 2 of (f) an image without text; no names of
  earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic38/check.py and
  ../synthetic36/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with G, K, O, P, R or U, none of OWN or PERSONS occurs
  in the READMEs of the earlier sets (../synthetic … ../synthetic38) or in ../synthetic36/check.py and
  ../synthetic38/check.py, and every OWN name and person is used;
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
from data import (A_COLS, A_COMMITTEES, A_NOTES, A_FINADM, A_TAX, A_FINNET, A_TAXRATE, A_GOAL, A_INV_2026,  # noqa
                  A_DECIDED, A_PASSAGE, A_INVEST, A_INV_NOTE, A_INV_COMMITTEES, a_sum, a_result, a_result_pct,
                  a_committee_text, a_rb_rows, a_rb_text, a_inv, a_inv_sum, a_inv_text, a_inv_sum_text, a_waterfall,
                  B_GROUPS, B_ROWS, B_BUDGET_AID, B_TARGET_WAIT, B_FORMS, B_PASSAGE, B_DEVELOP, B_DECIDED, B_CONTACT,
                  b_year, b_row, b_row_text,
                  C_HOSPITALS, C_CLINICS, C_TARGETS, C_OVER90_PREV, C_PASSAGE, C_CONTACT, c_clinics, c_tot,
                  c_row_text, c_tot_text,
                  D_SECTIONS, D_DECISIONS, D_BREAK_AFTER, D_OFFICERS, D_MEETING, D_CHIEF, d_rows, d_row_text,
                  d_refused, d_fee_sum,
                  E_HT_COLS, E_SB_COLS, E_HT, E_SB, E_PREV, E_PASSAGE, E_CONTACT, e_tot, e_row_text, e_tot_text,
                  F_GROUPS, F_FEES, F_VAT, F_PLANT, F_PLANT_COST, F_PASSAGE, F_TYPES, F_RULES, F_SCAN_NOTES,
                  F_SCAN_TITLE, F_SIGN, F_CONTACT, f_inkl, f_change, f_row_text, f_fee, f_scan_rows, f_scan_text,
                  f_type_cost, f_type_row, fmt,
                  g, d1, d2, dmy, r0, r1)

QFILE = HERE.parent / "heldout_syn39.jsonl"
N_Q = 50
BASE = 39000
PREFIX = "hs"
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 3
MIN_EN_FIGS = 5
MIN_EN_NONE = 4
MIN_EN_PASSAGE = 1
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 8
MIN_ANSWERABLE = 5
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs39049"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "procentenheter", "antal", "datum", "år", "dagar"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "gramyra-mal-och-budget-2027-plan-2028-2029.pdf"
B = "ulvhamra-sn-ifo-kvartalsuppfoljning-2026.pdf"
C = "region-porvalla-vardgaranti-tillganglighet-2026.pdf"
D = "kolmyra-bmn-delegationsbeslut-feb-mar-2027.pdf"
E = "orrmala-aldreomsorg-brukarundersokning-2026.pdf"
F = "ramsater-kf-va-taxa-2027.pdf"
PLACE = {A: "Gråmyra", B: "Ulvhamra", C: "Porvalla", D: "Kolmyra", E: "Orrmåla", F: "Ramsäter"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {A, C}
LANDSCAPE = {E: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "GKOPRU"

# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic38/check.py and ../synthetic36/check.py,
# extracted by a script that parsed only those assignments with ast (together they hold the names of
# ../synthetic … ../synthetic38 except ../synthetic37, which was written at the same time as synthetic38; the
# names of ../synthetic37 are kept out by the README test on OWN and PERSONS below).
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
    "Anders Viberg", "Maja Ahlgren", "Mikael Blom",
]
# real Swedish municipalities and regions beginning with G, K, O, P, R or U (regions: Gävleborg, Gotland, Kalmar
# län, Kronoberg, Uppsala): none may be one of our names, and none may occur as a word in our PDFs
REAL = ["Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Gävleborg", "Göteborg", "Götene",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kronoberg",
        "Kumla", "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping",
        "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge"]
# our own invented names (municipalities and the region first, then hospitals, projects and places, properties,
# care units, the treatment plant); later sets should add them to their FORBIDDEN lists
OWN = ["Gråmyra", "Ulvhamra", "Porvalla", "Kolmyra", "Orrmåla", "Ramsäter",
       "Kyrkmora",
       "Grönhagsskolan", "Pilgläntans förskola", "Rönnbäcken", "Rundbacka", "Rävåsen", "Grimsta", "Korsängen",
       "Piltorp", "Ormkärr", "Pukvallen", "Pålsbo", "Ormåsen", "Oxhöjden", "Prästby", "Karpdammen", "Galgbacken",
       "Gruvbacken", "Orrgärdet", "Rödtjärn", "Kolbäcken", "Ripsäter",
       "Ockelby", "Onsvalla", "Ugglum", "Porsåsen", "Gullmossen", "Kolarängen", "Riddarhöjden", "Uddagården",
       "Gökvallen", "Prästgårdsängen",
       "Kallbacka"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Ronny Oskarsson", "Petra Gunnarsson", "Gustav Palmqvist", "Rebecka Knutsson", "Kjell Rosén",
           "Ulla Pettersson", "Göran Pålsson", "Gerd Ramqvist", "Kim Ohlsson", "Patrik Ullberg", "Rut Grahn",
           "Olle Rapp", "Karolina Ruth", "Roland Ulander", "Pia Gullberg", "Kent Ragnarsson", "Paula Kjellin",
           "Oliver Pihl", "Pernilla Kask"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic36", "synthetic38"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 39)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=c, item=a_committee_text(c)) for c in A_COMMITTEES]
A_I = [dict(r=p, item=a_inv_text(p)) for p in A_INVEST]
B_R = [dict(r=r, item=b_row_text(r)) for r in B_ROWS]
C_R = [dict(r=c, item=c_row_text(c)) for c in C_CLINICS]
D_R = [dict(r=x, item=d_row_text(x)) for x in D_DECISIONS]
E_SBR = [dict(r=u, item=e_row_text(u)) for u in E_SB]
F_R = [dict(r=x, item=f_row_text(x)) for x in F_FEES]

# qid -> (rows, predicate on the raw row)
COND = {
    "hs39005": (A_R, lambda c: c[2][2] < c[2][1]),                                 # budget 2027 < 2026 (pair)
    "hs39006": (A_I, lambda p: p[3] > 50),                                          # total cost over 50 mnkr
    "hs39014": (B_R, lambda r: b_year(r) < r[4]),                                   # 2026 < 2025 (pair)
    "hs39023": (C_R, lambda c: c[2] >= C_TARGETS[0]),                               # target reached
    "hs39024": (C_R, lambda c: c[0] == "Kyrkmora sjukhus" and c[3] < 0),            # group + negative change
    "hs39031": (D_R, lambda x: x[6] == "Patrik Ullberg"),                           # officer
    "hs39032": (D_R, d_refused),                                                    # refusal (status)
    "hs39033": (D_R, lambda x: x[0] == "B" and x[1].month == 3),                    # section + month
    "hs39039": (E_SBR, lambda u: u[3][2] < E_SB_COLS[2][2]),                        # below the heading's Riket
    "hs39047": (F_R, lambda x: f_change(x) > 9),                                    # change over 9 % (scanned)
    "hs39048": (F_R, lambda x: x[0] == "Anläggningsavgift" and f_change(x) > 6),    # group + change (scanned)
}
PAIR = {"hs39005", "hs39014"}
GROUP = {"hs39024", "hs39033", "hs39048"}
EXACT = {
    "hs39015": [t for t, _ in B_DEVELOP],
}
NONE_ABSENT = {
    "hs39008": (A, [r"2030"], None),
    "hs39009": (A, [], lambda: all(c[2][4] >= c[2][0] for c in A_COMMITTEES)),
    "hs39010": (A, [r"[Åå]rsarbet", r"[Aa]nställda", r"[Mm]edarbetare", r"[Hh]eltidstjänst", r"[Pp]ersonal"],
                None),
    "hs39017": (B, [r"[Kk]v(artal)?\.? ?\d,? 2025", r"kvartalet 2025", r"2025 [Kk]v"], None),
    "hs39018": (B, [], lambda: all(v <= 350 for v in b_row("Orosanmälningar")[3])),
    "hs39019": (B, [r"LVU", r"[Tt]vångsvård", r"[Oo]mhänderta"], None),
    "hs39026": (C, [r"Hudsjukvård \d+,\d [−+]\d+,\d \d+,\d"],
                lambda: [c for c in C_CLINICS if c[1] == "Hudsjukvård"][0][4] is None),
    "hs39027": (C, [r"[Mm]edian", r"[Mm]edelväntetid", r"[Vv]äntetid\w* i dagar", r"dagar i genomsnitt",
                    r"[Gg]enomsnittlig väntetid"], None),
    "hs39028": (C, [], lambda: all(c[6] <= 1000 for c in C_CLINICS)),
    "hs39034": (D, [], lambda: not any(x[0] == "S" and x[6] == "Rut Grahn" for x in D_DECISIONS)),
    "hs39035": (D, [r"[Jj]anuari", r"2027-01-"], None),
    "hs39041": (E, [r"[Mm]atdistribution", r"[Mm]atlåd", r"[Hh]emtjänst\w* [^.]{0,30}\bmaten"],
                lambda: not any("mat" in (a + " " + b).lower() for a, b, _ in E_HT_COLS)),
    "hs39042": (E, [], lambda: all(u[2] <= 70 for u in E_SB)),
    "hs39043": (E, [r"2024"], None),
    "hs39049": (F, [r"2025"], None),
    "hs39050": (F, [r"[Ff]ritidshus", r"[Ff]ritidsboende"], None),
}
LIST_NONE = {"hs39009", "hs39018", "hs39028", "hs39034", "hs39042"}
NONE_LABEL = {
    "hs39008": ("kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
    "hs39010": ("socialnämnden", "Socialnämnden"),
    "hs39017": ("orosanmälningar", "Orosanmälningar"),
    "hs39026": ("Kyrkmora sjukhus", "Kyrkmora sjukhus"),
    "hs39028": ("över 90 dagar", "Väntande över 90 dagar"),
    "hs39034": ("Rut Grahn", "Rut Grahn"),
    "hs39035": ("delegationsbeslut", "delegationsbeslut"),
    "hs39041": ("maten", "Nöjd med maten"),
    "hs39043": ("Kolarängen", "Kolarängen"),
    "hs39049": ("förbrukningsavgiften", "Förbrukningsavgift"),
    "hs39050": ("anläggningsavgift", "Anläggningsavgift"),
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

    # ---------------------------------------------------------------- English passages (synthetic39)
    en_pass = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "passage")
    if en_pass < MIN_EN_PASSAGE:
        errs.append(f"only {en_pass} English passage questions")

    # ---------------------------------------------------------------- data consistency (synthetic39)
    WORDS = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 8: "åtta", 10: "tio", 11: "elva", 20: "tjugo"}

    # (a) Gråmyra, Mål och budget 2027
    for c in A_COMMITTEES:
        need(A, a_committee_text(c), [1], "A committee row")
    need(A, "Summa nämnder " + " ".join(d1(a_sum(i)) for i in range(5)), [1], "A committee sum")
    for n_ in A_NOTES:
        need(A, n_, [1], "A footnote")
    if count(A, "Nämnd, mnkr Utfall 2025 Budget 2026 Budget 2027 2028 2029") != 1:
        errs.append("A: the heading of Tabell 1 must be printed once")
    rb = a_rb_rows()
    for r in rb:
        need(A, a_rb_text(r), [1], "A result-budget row")
    for i in range(5):
        if abs(r1(rb[2][1][i] + rb[3][1][i] + rb[4][1][i]) - rb[5][1][i]) > 0.05:
            errs.append(f"A: the result budget {A_COLS[i]} does not add up")
    for p_ in A_INVEST:
        need(A, a_inv_text(p_), [2], "A investment row")
        if abs(r1(p_[4] + p_[5] + p_[6]) - p_[3]) > 0.05 and p_[2] != "Pågående":
            errs.append(f"A: the plan amounts of {p_[1]} do not add up to its total")
        if p_[2] == "Pågående" and not p_[4] + p_[5] + p_[6] <= p_[3]:
            errs.append(f"A: {p_[1]} plans more than its total")
    for nmd in A_INV_COMMITTEES:
        need(A, a_inv_sum_text(f"Summa {nmd[0].lower() + nmd[1:]}", nmd), [2], "A investment sum")
    need(A, a_inv_sum_text("Summa investeringar"), [2], "A investment total")
    need(A, A_INV_NOTE, [2], "A investment note")
    need(A, f"fastställer skattesatsen för 2027 till oförändrade {A_TAXRATE} kronor", [0], "A tax rate")
    need(A, f"beräknas till {d1(A_TAX[2])} mnkr, vilket är {d1(A_TAX[2] - A_TAX[1])} mnkr mer än i budgeten för 2026",
         [0], "A tax income")
    need(A, f"Resultatet budgeteras till {d1(a_result(2))} mnkr för 2027, vilket motsvarar {d1(a_result_pct(2))} "
            f"procent av skatteintäkter och generella statsbidrag. Det finansiella målet är {d1(A_GOAL)} procent. I "
            f"budgeten för 2026 var resultatet {d1(a_result(1))} mnkr, och utfallet för 2025 blev {d1(a_result(0))} "
            f"mnkr", [0], "A result sentence")
    need(A, f"nettokostnader ökar med {d1(a_sum(2) - a_sum(1))} mnkr till {d1(a_sum(2))} mnkr, vilket är en ökning "
            f"med {d1((a_sum(2) / a_sum(1) - 1) * 100)} procent", [0], "A cost sentence")
    if max(A_COMMITTEES, key=lambda c: c[2][2] - c[2][1])[0] != "Vård- och omsorgsnämnden":
        errs.append("A: p. 1 says vård- och omsorgsnämnden gets the largest increase")
    need(A, f"Investeringsbudgeten för 2027 omfattar {d1(a_inv_sum(col=4))} mnkr, jämfört med {d1(A_INV_2026)} mnkr",
         [0], "A investment sentence")
    if not max(A_INVEST, key=lambda p_: p_[4])[1].startswith("Grönhagsskolan"):
        errs.append("A: p. 1 says Grönhagsskolan is the largest investment of 2027")
    wf = a_waterfall()
    if abs(r1(sum(v for _, v, _k in wf[:-1])) - wf[-1][1]) > 0.05:
        errs.append("A: the waterfall does not reach the 2027 result")
    for label, v, kind in wf:
        need(A, (d1(v) if kind == "total" else d1(v, plus=True)), [3], "A waterfall value")
    pil = [p_ for p_ in A_INVEST if p_[1].startswith("Pilgläntans")][0]
    need(A, f"Byggstarten för Pilgläntans förskola flyttas från 2027 till 2028 eftersom {A_PASSAGE}. Under 2027 "
            f"budgeteras {d1(pil[4])} mnkr för projektering", [2], "A passage")
    need(A, f"fastställa skattesatsen för 2027 till {A_TAXRATE} kronor", [3], "A decision")

    # (b) Ulvhamra, IFO per kvartal
    for r in B_ROWS:
        need(B, b_row_text(r), [1], "B key-figure row")
    for grp in B_GROUPS:
        need(B, grp, [1], "B group")
    aid = b_row("Utbetalt bistånd")
    need(B, f"Under 2026 betalades {d1(b_year(aid) / 1000)} mnkr ut i ekonomiskt bistånd. Det är "
            f"{d1((b_year(aid) - B_BUDGET_AID) / 1000)} mnkr mer än budgeterade {d1(B_BUDGET_AID / 1000)} mnkr och "
            f"{d1((b_year(aid) - aid[4]) / 1000)} mnkr mer än 2025, då utbetalningarna uppgick till "
            f"{d1(aid[4] / 1000)} mnkr", [0], "B aid sentence")
    hh = b_row("Hushåll med utbetalt bistånd per månad")
    need(B, f"I genomsnitt fick {b_year(hh)} hushåll bistånd varje månad, jämfört med {hh[4]} året innan", [0],
         "B households")
    wait = b_row("Väntetid till nybesök")
    ok_q = [k for k, v in enumerate(wait[3]) if v <= B_TARGET_WAIT]
    if ok_q != [2]:
        errs.append("B: p. 1 says the waiting-time target was met only in the third quarter")
    need(B, f"var i genomsnitt {b_year(wait)} dagar. Målet är högst {B_TARGET_WAIT} dagar, och 2025 var väntetiden "
            f"{wait[4]} dagar", [0], "B waiting time")
    rep = b_row("Orosanmälningar")
    need(B, f"Antalet orosanmälningar ökade till {g(b_year(rep))} från {g(rep[4])} året innan, en ökning med "
            f"{d1((b_year(rep) / rep[4] - 1) * 100)} procent", [0], "B reports")
    plc = b_row("Placerade barn och unga")
    cost = b_row("Kostnad för placeringar", "Barn och unga")
    cost_v = b_row("Kostnad för placeringar", "Vuxna")
    need(B, f"Vid årets slut var {b_year(plc)} barn och unga placerade, jämfört med {plc[4]} vid utgången av 2025. "
            f"Kostnaden för placeringarna blev {d1(b_year(cost) / 1000)} mnkr ({d1(cost[4] / 1000)} mnkr 2025)", [0],
         "B placements")
    need(B, f"Kostnaden för placeringar av vuxna minskade till {d1(b_year(cost_v) / 1000)} mnkr från "
            f"{d1(cost_v[4] / 1000)} mnkr", [0], "B adults")
    if not b_year(cost_v) < cost_v[4]:
        errs.append("B: p. 1 says the adults' placement cost fell")
    for k in range(4):
        if sum(v[k] for _, v in B_FORMS) != plc[3][k]:
            errs.append(f"B: Figur 1 quarter {k + 1} does not add up to the placed children")
    apps = b_row("Nya ansökningar")
    if max(range(4), key=lambda k: apps[3][k]) != 3:
        errs.append("B: p. 2 says applications peaked in the fourth quarter")
    need(B, f"Kostnaden för placeringar av barn och unga ökade med {d1((b_year(cost) / cost[4] - 1) * 100)} procent "
            f"jämfört med 2025. Ökningen beror främst på att {B_PASSAGE}", [2], "B passage")
    for main_, subs in B_DEVELOP:
        need(B, main_, [2], "B development item")
        for s_ in subs:
            need(B, s_, [2], "B development sub-item")
    need(B, f"{B_CONTACT[0]}, {B_CONTACT[1]}", [2], "B contact")

    # (c) Region Porvalla, vårdgaranti
    for c in C_CLINICS:
        need(C, c_row_text(c), [1], "C clinic row")
        need(C, f"{c[1]} {d1(c[2])}", [2], "C chart label")
    for hosp in C_HOSPITALS:
        need(C, c_tot_text(f"{hosp} totalt", hosp), [1], "C hospital total")
    need(C, c_tot_text("Regionen totalt"), [1], "C region total")
    t = c_tot()
    ops = [c for c in C_CLINICS if c[4] is not None]
    rv = [c for c in C_CLINICS if c[2] >= C_TARGETS[0]]
    ro = [c for c in ops if c[4] >= C_TARGETS[1]]
    need(C, f"inom 90 dagar var {d1(t[0])} procent 2026, jämfört med {d1(t[5])} procent 2025. Regionens mål är minst "
            f"{C_TARGETS[0]} procent. {WORDS[len(rv)].capitalize()} av {WORDS[len(C_CLINICS)]} kliniker nådde målet",
         [0], "C first-visit sentence")
    need(C, f"För operation eller åtgärd var andelen inom 90 dagar {d1(t[2])} procent, att jämföra med {d1(t[6])} "
            f"procent året innan och målet på minst {C_TARGETS[1]} procent. {WORDS[len(ro)].capitalize()} av de "
            f"{WORDS[len(ops)]} kliniker som opererar nådde målet", [0], "C operation sentence")
    need(C, f"Vid årsskiftet hade {g(t[4])} patienter väntat längre än 90 dagar på ett första besök eller en "
            f"operation, vilket är {g(t[4] - C_OVER90_PREV)} fler än ett år tidigare, då de var {g(C_OVER90_PREV)}",
         [0], "C queue sentence")
    if abs(t[1] - r1(t[0] - t[5])) > 0.05 or abs(t[3] - r1(t[2] - t[6])) > 0.05:
        errs.append("C: the region's changes do not follow from the two years")
    worst_v = min(C_CLINICS, key=lambda c: c[3])
    worst_o = min(ops, key=lambda c: c[5])
    if (worst_v[0], worst_v[1]) != ("Kyrkmora sjukhus", "Hudsjukvård") or \
            (worst_o[0], worst_o[1]) != ("Kyrkmora sjukhus", "Ögonsjukvård"):
        errs.append("C: p. 1 names the largest falls (dermatology for visits, eye care for operations at Kyrkmora)")
    maxq = max(C_CLINICS, key=lambda c: c[6])
    if (maxq[0], maxq[1]) != ("Porvalla lasarett", "Ortopedi"):
        errs.append("C: pp. 1–2 say orthopaedics at Porvalla lasarett has the most patients waiting")
    if min(C_CLINICS, key=lambda c: c[2])[1] != "Hudsjukvård":
        errs.append("C: p. 2 says dermatology has the lowest share")
    both = [(c[0], c[1]) for c in ops if c[2] >= C_TARGETS[0] and c[4] >= C_TARGETS[1]]
    if both != [("Porvalla lasarett", "Kvinnosjukvård"), ("Porvalla lasarett", "Ögonsjukvård"),
                ("Kyrkmora sjukhus", "Allmänkirurgi"), ("Kyrkmora sjukhus", "Kardiologi")]:
        errs.append(f"C: p. 2 names the clinics reaching both targets, the data say {both}")
    if min(c_clinics("Porvalla lasarett"), key=lambda c: c[3])[1] != "Urologi":
        errs.append("C: p. 3 says urology fell most at the lasarett")
    need(C, f"Försämringen beror på att {C_PASSAGE}", [2], "C passage")
    need(C, f"{C_CONTACT[0]}, {C_CONTACT[1]}", [3], "C contact")

    # (d) Kolmyra, delegationsbeslut
    dnrs = [x[2] for x in D_DECISIONS]
    brk = dnrs.index(D_BREAK_AFTER)
    for k, x in enumerate(D_DECISIONS):
        want = [2] if k <= brk else [3]
        if pages_of(D, d_row_text(x)) != want:
            errs.append(f"D: decision {x[2]} printed on {pages_of(D, d_row_text(x))}, expected {want}")
        if x[0] not in dict(D_SECTIONS) or x[6] not in dict(D_OFFICERS):
            errs.append(f"D: decision {x[2]} has an unknown section or officer")
        if not (dt.date(2027, 2, 1) <= x[1] <= dt.date(2027, 3, 31)):
            errs.append(f"D: decision {x[2]} lies outside the period")
    if D_DECISIONS[brk][0] != D_DECISIONS[brk + 1][0]:
        errs.append("D: the list must break inside a section")
    if count(D, "Datum Dnr Fastighet Beslut Avgift, kr Handläggare") != 2:
        errs.append("D: the heading of the list must be printed twice")
    need(D, "Förteckningen fortsätter på nästa sida", [1], "D break note")
    need(D, f"{dict(D_SECTIONS)[D_DECISIONS[brk][0]]} (forts.)", [2], "D continued section")
    for code, label in D_SECTIONS:
        need_any(D, f"{code} {label} {len(d_rows(code))} beslut", "D section line")
    n_sec = {s: len(d_rows(s)) for s, _ in D_SECTIONS}
    need(D, f"fattade förvaltningens tjänstepersoner {WORDS[len(D_DECISIONS)]} beslut: {WORDS[n_sec['B']]} om "
            f"bygglov, rivningslov och förhandsbesked, {WORDS[n_sec['A']]} om startbesked och slutbesked, "
            f"{WORDS[n_sec['M']]} inom miljö- och hälsoskydd och {WORDS[n_sec['S']]} om strandskyddsdispens", [0],
         "D counts")
    need(D, f"I {WORDS[sum(1 for x in D_DECISIONS if d_refused(x))]} ärenden gick besluten sökanden emot. "
            f"Avgifterna för de anmälda besluten uppgår till sammanlagt {g(d_fee_sum())} kronor", [0], "D fees")
    need(D, f"Summa avgifter {g(d_fee_sum())}", [2], "D fee total")
    for n_, t_ in D_OFFICERS:
        need(D, f"{n_} {t_}", [0], "D delegate")
        v = d_fee_sum(officer=n_)
        need(D, f"{n_} {g(v) if v else '–'}", [2], "D fees per officer")
    if sum(d_fee_sum(officer=n_) for n_, _ in D_OFFICERS) != d_fee_sum():
        errs.append("D: the fees per officer do not add up")
    need(D, f"sammanträde den {dmy(D_MEETING)}", [0], "D meeting")
    need(D, D_CHIEF[0], [2], "D signature")

    # (e) Orrmåla, brukarundersökning
    for u in E_HT + E_SB:
        need(E, e_row_text(u), [1], "E unit row")
    need(E, e_tot_text("Orrmåla kommun, hemtjänst", E_HT), [1], "E home-care total")
    need(E, e_tot_text("Orrmåla kommun, särskilt boende", E_SB), [1], "E care-home total")
    for cols in (E_HT_COLS, E_SB_COLS):
        need(E, " ".join(f"Riket {r}" for _, _, r in cols), [1], "E national averages in the heading")
        need(E, " ".join(f"{a} {b}" for a, b, _ in cols), [1], "E question headings")
    helhet = {E_HT_COLS[0][2], E_SB_COLS[0][2]}
    for _, _, r in E_HT_COLS[1:] + E_SB_COLS[1:]:
        if r not in helhet and (pages_of(E, f"Riket {r}") != [2] or re.search(rf"riket\D{{0,12}}{r}\b",
                                                                               text_layer(E)[0].lower())):
            errs.append(f"E: the national average {r} must stand only in the table headings on p. 2")
    ht, sb = e_tot(E_HT), e_tot(E_SB)
    need(E, f"I hemtjänsten är {ht[2][0]} procent nöjda med hemtjänsten som helhet. Det är något lägre än rikets "
            f"genomsnitt på {E_HT_COLS[0][2]} procent men högre än kommunens resultat 2025, som var "
            f"{E_PREV['hemtjänst']} procent", [0], "E home-care sentence")
    if not (ht[2][0] < E_HT_COLS[0][2] and ht[2][0] > E_PREV["hemtjänst"]):
        errs.append("E: p. 1 says home care is below the national figure and above 2025")
    need(E, f"På de särskilda boendena är {sb[2][0]} procent nöjda med sitt boende som helhet, jämfört med "
            f"{E_SB_COLS[0][2]} procent i riket och {E_PREV['boende']} procent i kommunen året innan", [0],
         "E care-home sentence")
    if not sb[2][0] < E_PREV["boende"]:
        errs.append("E: p. 1 says the care-home result fell")
    best = max(E_HT + E_SB, key=lambda u: u[3][0])
    worst = min(E_HT + E_SB, key=lambda u: u[3][0])
    need(E, f"Högst andel nöjda har {best[0]} med {best[3][0]} procent och lägst har {worst[0]} med {worst[3][0]} "
            f"procent", [0], "E best and worst")
    rng = lambda us: max(u[3][0] for u in us) - min(u[3][0] for u in us)  # noqa: E731
    if not rng(E_SB) > rng(E_HT):
        errs.append("E: p. 1 says the differences are larger among the care homes")
    udd = [u for u in E_SB if u[0] == "Uddagården"][0]
    if any(min(u[3][k] for u in E_SB) != udd[3][k] for k in range(4)):
        errs.append("E: p. 3 says Uddagården has the lowest care-home result on all four questions")
    por = [u for u in E_HT if u[0] == "Hemtjänst Porsåsen"][0]
    if min(E_HT, key=lambda u: u[2]) != por or min(E_HT, key=lambda u: u[3][0]) != por:
        errs.append("E: p. 3 says Porsåsen has the lowest response rate and satisfaction in home care")
    for u in E_HT + E_SB:
        need(E, f"{u[0]} {u[3][0]}", [2], "E chart value")
    need(E, f"Enligt verksamheten beror det på att {E_PASSAGE}", [2], "E passage")
    need(E, f"{E_CONTACT[0]}, {E_CONTACT[1]}", [2], "E contact")

    # (f) Ramsäter, VA-taxa 2027 (p. 2 scanned)
    scan = norm(f_scan_text())
    for kind, cells in f_scan_rows():
        if norm(" ".join(c for c in cells if c)) not in scan:
            errs.append(f"F: scanned row missing: {cells}")
    for x in F_FEES:
        if x[0] not in F_GROUPS:
            errs.append(f"F: unknown fee group for {x[1]}")
        if abs(f_inkl(x) - x[4] * F_VAT) > 0.01:
            errs.append(f"F: VAT of {x[1]} is wrong")
    most = max(F_FEES, key=f_change)
    if most[1] != "Förbrukningsavgift" or sorted(f_change(x) for x in F_FEES).count(f_change(most)) != 1:
        errs.append("F: p. 1 says the consumption fee rises most")
    same = [x[1] for x in F_FEES if f_change(x) == 0]
    if same != ["Provtagning av spillvatten"]:
        errs.append("F: p. 1 says only the sampling fee is unchanged")
    bruk = [f_change(x) for x in F_FEES if x[0] == "Brukningsavgift"]
    anl = [f_change(x) for x in F_FEES if x[0] == "Anläggningsavgift"]
    if not min(bruk) > max(anl):
        errs.append("F: p. 1 says the usage fees rise more than the connection fees")
    need(F, f"Avgifterna behöver höjas eftersom {F_PASSAGE}. Ombyggnaden av {F_PLANT} beräknas kosta {F_PLANT_COST} "
            f"mnkr", [0], "F reason")
    need(F, "Den rörliga förbrukningsavgiften per kubikmeter höjs mest, medan avgiften för provtagning av spillvatten "
            "lämnas oförändrad", [0], "F changes in words")
    for t_ in F_TYPES:
        need(F, " ".join(f_type_row(t_)), [2], "F model house")
    a_, b_ = F_TYPES
    need(F, f"För en villa motsvarar höjningen cirka {r0((f_type_cost(a_, 4) - f_type_cost(a_, 3)) / 12)} kronor per "
            f"månad. I flerbostadshuset blir höjningen cirka "
            f"{r0((f_type_cost(b_, 4) - f_type_cost(b_, 3)) / b_[2] / 12)} kronor per lägenhet och månad", [2],
         "F per month")
    for k, rule in enumerate(F_RULES, 1):
        need(F, f"{k} {rule}", [2], "F rule")
    need(F, f"{F_CONTACT[0]}, {F_CONTACT[1]}", [2], "F contact")
    layer_f = " ".join(text_layer(F))
    nums = []
    for x in F_FEES:
        nums += [fmt(x[3], x[5]), fmt(x[4], x[5]), fmt(f_inkl(x), x[5]), d1(f_change(x), plus=True)]
    for s_ in nums:
        if number_in(layer_f, s_.lstrip("+")):
            errs.append(f"F: scanned figure {s_!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + [F_SCAN_TITLE, "Servisavgift", "Tomtyteavgift", "Lägenhetsavgift", "kr per m³"]:
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned text {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; none naming a real label "
          f"{n_label}; English passages {en_pass}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
