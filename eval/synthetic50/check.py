"""Checks ../train_syn50.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the Åkersvik
document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic48/check.py (itself modelled on ../synthetic46/check.py): the generic part – text
normalisation, page texts, number and date parsing, the 5-word copy test, the list recomputation, the per-question
loop, the counts, the document checks and the none-label count – is copied from there (with the units, letters and
documents of this set; numbers are compared as whole tokens so that "21 118" does not count as "21"); the constants,
the row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic50.

* format: 72 questions t50001..t50072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
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
* documents: 6 PDFs with 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (a), (b) and (d)
  (WITH_MINUS); no metadata title anywhere; landscape exactly page 2 of (d); page 3 of (f) an image without text; no
  names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic48/check.py and
  ../synthetic46/check.py, extracted with ast), no real municipality or region (REAL) among our own names or as a
  word in the PDFs, our own names (OWN) and persons all start with A, B, E, S, Å or Ö, none of OWN or PERSONS
  occurs in the READMEs of the earlier sets (../synthetic … ../synthetic48, not ../synthetic49) or in
  ../synthetic46/check.py and ../synthetic48/check.py, and every OWN name and person is used;
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
from data import (A_TYPES, A_GROUPS, A_AREAS, A_HIST, A_MEDIAN, A_HOUSE_TARGET, A_SHARE_GOAL, A_PREV, A_PASSAGE,  # noqa
                  A_ACTIONS, a_text, a_total, a_mean, a_group_sum_cells, a_total_cells, a_area_text, a_hist_total,
                  a_within20, a_prev_text, a_sentences, a_cost_sentence, a_inspect_sentence,
                  B_SECTORS, B_YEARS, B_MEASURES, B_STATUS, B_TARGET_PCT, B_FOSSILFREE, B_PASSAGE, b_text, b_total,
                  b_dev, b_change, b_total_cells, b_path, b_target_2030, b_sentences,
                  C_ROWS, C_GROUPS, C_BREAK_AFTER, C_FRAME, C_KINDS, C_NOTES, C_PASSAGE, c_text, c_item_text,
                  c_group_rows, c_group_sum_cells, c_total_cells, c_carry, c_sums, c_sentences,
                  D_CENTRES, D_PHONE_TARGET, D_VISIT_TARGET, D_PASSAGE, D_ACTIONS, d_text, d_total_cells, d_region,
                  d_both, d_sentences,
                  E_ROWS, E_THRESHOLD, E_CLAUSES, E_PASSAGE, E_PROCEDURES, E_PREV, e_text, e_item_text, e_group_rows,
                  e_group_label, e_total, e_sentences,
                  F_ADM, F_AGES, F_ICON, F_SICK, F_SICK_TARGET, F_LONG_TOTAL, F_PASSAGE, F_ACTIONS, F_SCAN_HEAD,
                  F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_NOTES, F_SCAN_FIG, f_adm, f_perm, f_text,
                  f_total_cells, f_totals, f_age_text, f_sick_tot, f_sick_all, f_scan_text_row, f_scan_rows,
                  f_scan_comment, f_scan_bars, f_scan_text, f_scan_numbers, f_sentences,
                  g, d1, pct, share, D as DATE, WORD)

QFILE = HERE.parent / "train_syn50.jsonl"
N_Q = 72
BASE = 50000
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
SCAN_NONE = {"t50069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "min", "ton", "årsarbetare"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "askebro-raddningstjansten-arsrapport-2026.pdf"
B = "selvinge-ks-energi-och-klimatplan-uppfoljning-2026.pdf"
C = "embacka-kfn-foreningsbidrag-2027.pdf"
D = "region-alvmark-primarvardsrapport-2026.pdf"
E = "ebbelunda-ks-upphandlingsplan-2027.pdf"
F = "akersvik-personalredovisning-2026.pdf"
# the name a question must carry
PLACE = {A: "Askebro", B: "Selvinge", C: "Embacka", D: "Alvmark", E: "Ebbelunda", F: "Åkersvik"}
PAGES = {A: 4, B: 4, C: 3, D: 4, E: 3, F: 4}
WITH_TITLE = set()
WITH_MINUS = {A, B, D}
LANDSCAPE = {D: [2]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "ABESÅÖ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic48/check.py and ../synthetic46/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic48 except
# ../synthetic47, whose check.py we were not allowed to read; its README is searched for our names below instead).
# ../synthetic49 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Johanna Ullberg", "Isak Pålsson"
]
# real Swedish municipalities and regions beginning with A, B, E, S, Å or Ö (regions: Blekinge, Skåne, Stockholm,
# Sörmland/Södermanland, Örebro län, Östergötland): none may be one of our names, and none may occur as a word in our
# PDFs (case-sensitive)
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs", "Staffanstorp",
        "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund", "Sundbyberg",
        "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter", "Sävsjö",
        "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg",
        "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå",
        "Blekinge", "Skåne", "Sörmland", "Södermanland", "Östergötland"]
# our own invented names (the region and municipalities first, then areas, stations' places, companies, places,
# associations, health centres); later sets should add them to their FORBIDDEN lists
OWN = ["Askebro", "Selvinge", "Embacka", "Alvmark", "Ebbelunda", "Åkersvik",
       "Alderby", "Brattmon", "Saltnäs", "Ödsvreten", "Åsbrink",
       "Selvinge Energi AB", "Bredsätra",
       "Embacka IF", "Asknäs IK", "Bergkullens SK", "Ekebygdens Ryttarförening", "Sjövikens Simsällskap",
       "Embacka Innebandyklubb", "Skidklubben Alvarn", "Bågskytteklubben Saga", "Amatörteatern Sufflören",
       "Embacka Konstförening", "Spelmanslaget Bockfoten", "Blåsorkestern Eko", "Bygdegårdsföreningen Ekgläntan",
       "Barnkören Solstrålen", "Släktforskarna i Embacka", "SPF Seniorerna Embacka", "Anhörigföreningen Embacka",
       "Brottsofferjouren Embacka", "Seniorträffen Bastuby", "Bastuby", "Stödföreningen Axet",
       "Scoutkåren Eldslågan", "Schackklubben Bonden", "Astronomiska föreningen Sirius",
       "Sportfiskeklubben Abborren",
       "Ambranäs", "Bjälvsta", "Båtsjö", "Ekeryds läkarhus", "Esperöd", "Stenhöga", "Ålbrunns hälsocentral",
       "Brunnsbo", "Säbylund", "Skärsta läkargrupp", "Östmo", "Aspby",
       "Bergsängen"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Bengt Sandahl", "Emma Östlund", "Sara Elmqvist", "Björn Ahlsén", "Elias Söderberg", "Anneli Borg",
           "Åsa Blomqvist", "Britt Sjödin", "Edvin Sandqvist", "Stefan Berggren", "Alva Esbjörnsson",
           "Agnes Södergren", "Benjamin Öhrström"]
# earlier sets: README.md of each (../synthetic … ../synthetic48; not ../synthetic49), and check.py of the two sets we
# were allowed to read as templates
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



def b_measure_text(m):
    """a measure of (b) as printed: the title, then the status word after the dotted leader"""
    return f"{m[0]} {m[1]}"


A_T = rows(A_TYPES, a_text)
A_A = rows(A_AREAS, a_area_text)
B_S = rows(B_SECTORS, b_text)
B_M = rows(B_MEASURES, b_measure_text)
C_R = [dict(r=r, item=c_item_text(r), row=c_text(r)) for r in C_ROWS]
D_C = rows(D_CENTRES, d_text)
E_R = [dict(r=r, item=e_item_text(r), row=e_text(r)) for r in E_ROWS]
F_A = rows(F_ADM, f_text)
F_S = rows(F_SICK, f_scan_text_row)

# qid -> (rows, predicate on the raw row)
COND = {
    "t50006": (A_T, lambda t: t[2][4] > t[2][3]),                               # 2026 > 2025 (pair)
    "t50007": (A_A, lambda a: a[7] < 80),                                       # within target under 80 %
    "t50008": (A_T, lambda t: t[2][4] < a_mean(t[2])),                          # 2026 < five-year mean (pair)
    "t50017": (B_S, lambda s: b_dev(s) > 0),                                    # over the target path (pair)
    "t50018": (B_S, lambda s: b_change(s) > -20),                               # cut by less than 20 %
    "t50019": (B_M, lambda m: m[1] in ("Försenad", "Ej påbörjad")),             # status words
    "t50029": (C_R, lambda r: r[6] > 50000),                                    # granted over 50 000 kr
    "t50030": (C_R, lambda r: r[1] == "Idrott och friluftsliv" and r[6] < r[5]),  # group + granted < applied
    "t50031": (C_R, lambda r: r[3] == "Projektbidrag"),                         # kind of grant (word)
    "t50042": (D_C, lambda c: c[5] < D_PHONE_TARGET),                           # phone 2026 under the target
    "t50043": (D_C, lambda c: c[7] < c[6]),                                     # assessment fell (pair)
    "t50044": (D_C, lambda c: c[1] == "Privat" and c[3] > 10000),               # operator word + listed
    "t50053": (E_R, lambda r: r[2] > E_THRESHOLD),                              # value over 10 000 tkr
    "t50054": (E_R, lambda r: r[3] < DATE(2027, 5, 1)),                         # start before 1 May 2027
    "t50065": (F_S, lambda s: f_sick_tot(s)[1] > 7),                            # total 2026 over 7 % (scan)
    "t50066": (F_S, lambda s: s[4] > s[3]),                                     # men's sick leave rose (scan, pair)
    "t50067": (F_A, lambda a: f_perm(a) > 200),                                 # more than 200 permanent employees
}
PAIR = {"t50006", "t50008", "t50017", "t50030", "t50043", "t50066"}
GROUP = {"t50030", "t50044"}
EXACT = {
    "t50055": list(E_CLAUSES),
}
NONE_ABSENT = {
    "t50010": (A, [r"2021"], None),
    "t50011": (A, [r"\d+ (?:brandmän|deltidsbrandmän|anställda|årsarbetare)", r"[Aa]ntal brandmän",
                   r"[Bb]emanning[^.]{0,40}\d", r"[Pp]ersonalstyrka"], None),
    "t50012": (A, [], lambda: all(a[4] <= 30 and a[5] <= 30 for a in A_AREAS)),
    "t50021": (B, [r"2019"], None),
    "t50022": (B, [r"[Kk]onsumtionsbaserad", r"per invånare", r"per person", r"per capita"], None),
    "t50023": (B, [], lambda: all(s[5] < s[1] for s in B_SECTORS)),
    "t50024": (B, [r"kWh", r"MWh", r"GWh"], None),
    "t50033": (C, [r"Embacka IF[^.]{0,80}2026", r"2026[^.]{0,80}Embacka IF"], None),
    "t50034": (C, [r"[Mm]edlem"], None),
    "t50035": (C, [], lambda: all(r[6] <= 250000 for r in C_ROWS)),
    "t50036": (C, [r"[Ss]tartbidrag"], lambda: all(r[3] != "Startbidrag" for r in C_ROWS)),
    "t50046": (D, [r"2024"], None),
    "t50047": (D, [r"[Pp]atientenkät", r"[Nn]öjd", r"[Ee]nkät", r"[Pp]atientundersök"], None),
    "t50048": (D, [], lambda: all(c[2] <= 20000 and c[3] <= 20000 for c in D_CENTRES)),
    "t50057": (E, [r"\b[A-ZÅÄÖ]\w+ AB\b", r"[Tt]illdela(?:des|t|ts)\b", r"[Vv]ann upphandlingen", r"[Vv]innande"],
               None),
    "t50058": (E, [r"2025"], None),
    "t50059": (E, [r"2029"], lambda: all(r[3].year < 2029 for r in E_ROWS)),
    "t50060": (E, [r"[Kk]ultur"], lambda: all(not r[4].startswith("Kultur") for r in E_ROWS)),
    "t50069": (F, [r"2024"], None),
    "t50070": (F, [r"[Ss]jukl[öo]n", r"SJUKL"], None),
    "t50071": (F, [r"\d[^.]{0,40}[Tt]imavlönade", r"[Tt]imavlönade[^.]{0,40}\d", r"[Tt]imanställd"], None),
    "t50072": (F, [], lambda: all(f_perm(a) <= 1000 for a in F_ADM)),
}
LIST_NONE = {"t50012", "t50023", "t50035", "t50036", "t50048", "t50059", "t50060", "t50072"}
NONE_LABEL = {
    "t50010": ("trafikolyckor", "Trafikolycka"),
    "t50011": ("Station Saltnäs", "Station Saltnäs"),
    "t50012": ("insatsområden", "Insatsområde"),
    "t50021": ("transporter", "Transporter"),
    "t50023": ("sektorer", "Sektor"),
    "t50024": ("solceller", "Solceller på kommunens fastigheter"),
    "t50033": ("Embacka IF", "Embacka IF"),
    "t50034": ("Bergkullens SK", "Bergkullens SK"),
    "t50035": ("föreningar", "Förening"),
    "t50046": ("Ambranäs vårdcentral", "Ambranäs vårdcentral"),
    "t50047": ("Ålbrunns hälsocentral", "Ålbrunns hälsocentral"),
    "t50048": ("listade patienter", "Listade patienter"),
    "t50057": ("vinterväghållning", "Vinterväghållning"),
    "t50059": ("avtalsstart", "Avtalsstart"),
    "t50069": ("vård- och omsorgsförvaltningen", "Vård- och omsorgsförvaltningen"),
    "t50072": ("tillsvidareanställda", "Tillsvidareanställda"),
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
        elif not all(re.search(p_, SCANNED[F][3]) for p_ in [r"2025 2026 2025 2026", r"Sjukfrånvaro"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025–2026")
        elif not any(a_[0].lower() in q_[0]["question"].lower() for a_ in F_ADM):
            errs.append(f"{qid}: the none question should name an administration of the scanned table")

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


    # ---------------------------------------------------------------- data consistency (synthetic50)
    # (a) Askebro, räddningstjänstens årsrapport
    for t_ in A_TYPES:
        need(A, a_text(t_), [1], "A incident row")
    for grp in A_GROUPS:
        need(A, " ".join(a_group_sum_cells(grp)), [1], "A group sum")
        need(A, grp, [1], "A group row")
    need(A, " ".join(a_total_cells()), [1], "A total row")
    for a_ in A_AREAS:
        need(A, a_area_text(a_), [2], "A area row")
    need(A, "Insatstid, median, min Andel inom målet, %", [2], "A stacked heading")
    for lab, n_ in A_HIST:
        need(A, f"{n_} {lab}", [0], "A histogram label")
    claim(a_hist_total() == a_total(4) == sum(a_[8] for a_ in A_AREAS),
          "A: the histogram and the areas must add up to the call-outs of 2026")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    need(A, a_inspect_sentence(), [3], "A inspections")
    need(A, a_cost_sentence(), [3], "A cost")
    for m in A_PREV:
        need(A, a_prev_text(m), [3], "A Tabell 3 row")
    tt = {t_[1]: t_[2] for t_ in A_TYPES}
    claim(A_HOUSE_TARGET < tt["Brand i bostad"][4] < tt["Brand i bostad"][3],
          "A: p. 1 says residential fires fell but missed the target")
    claim(tt["Brand i skog och mark"][4] > 2 * tt["Brand i skog och mark"][3], "A: p. 1 says forest fires more than doubled")
    inc = sorted(A_TYPES, key=lambda t_: t_[2][4] - t_[2][3], reverse=True)
    claim({x[1] for x in inc[:3]} == {"Brand i skog och mark", "Övriga uppdrag", "Hjälp till ambulans (IVPA)"},
          "A: p. 1 names the three largest increases")
    iv = tt["Hjälp till ambulans (IVPA)"]
    claim(all(iv[i] < iv[i + 1] for i in range(4)), "A: p. 2 says the ambulance assists rose every year")
    claim(tt["Trafikolycka"][4] == min(tt["Trafikolycka"]), "A: p. 2 says the fewest traffic accidents of the period")
    al = tt["Automatiskt brandlarm utan brand"]
    claim(al[1] > al[2] > al[3] > al[4] and al[4] == max(v[4] for v in tt.values()),
          "A: p. 2 says automatic alarms fell for the third year running and are still the most common")
    ok_ = [a_ for a_ in A_AREAS if a_[7] >= A_SHARE_GOAL]
    need(A, f"I {WORD[len(ok_)]} av {WORD[len(A_AREAS)]} insatsområden nådde minst 80 procent", [2], "A areas ok")
    ar = {a_[0]: a_ for a_ in A_AREAS}
    claim(ar["Askebro tätort"][5] < ar["Askebro tätort"][4] and ar["Brattmon"][5] < ar["Brattmon"][4],
          "A: p. 3 says the town and Brattmon improved")
    claim(max(A_AREAS, key=lambda a_: a_[5])[0] == "Åsbrink", "A: p. 3 says Åsbrink has the longest response time")
    claim(ar["Saltnäs"][7] < ar["Saltnäs"][6] - 15, "A: p. 3 says the share fell sharply in Saltnäs")
    claim(A_PREV[0][2] < A_PREV[0][3] and A_PREV[3][2] > A_PREV[3][3], "A: p. 4 claims (inspections, cost)")
    need(A, f"Orsaken är att {A_PASSAGE}", [2], "A passage")
    for t_, subs in A_ACTIONS:
        need(A, t_, [3], "A action")
        for x in subs:
            need(A, x, [3], "A sub-action")

    # (b) Selvinge, energi- och klimatplan
    for s_ in B_SECTORS:
        need(B, b_text(s_), [1], "B sector row")
    need(B, " ".join(b_total_cells()), [1], "B total row")
    need(B, "Utsläpp, ton CO₂e Jämfört med målbanan", [1], "B two-level heading")
    for s_ in b_sentences()[:4]:
        need(B, s_, [0], "B running text")
    need(B, b_sentences()[4], [2], "B status summary")
    for i, yr in enumerate(B_YEARS):
        need(B, f"{g(b_total(1 + i))} {yr}", [0], "B chart column")
    for yr, v in b_path()[1:]:
        need(B, f"{g(v)} {yr}", [0], "B chart target path")
    claim(b_path()[-1][1] == b_target_2030(), "B: the path must end at the 2030 target")
    for m in B_MEASURES:
        need(B, b_measure_text(m), [2], "B measure")
        claim(m[1] in B_STATUS, f"B: unknown status {m[1]}")
        for x in m[2]:
            need(B, x, [2], "B nested point")
    over = sorted([s_ for s_ in B_SECTORS if b_dev(s_) > 0], key=b_dev, reverse=True)
    claim({"Transporter", "Jordbruk", "Arbetsmaskiner"} <= {s_[0] for s_ in over},
          "B: p. 1 says transport, agriculture and machinery are over their part targets")
    claim([s_[0] for s_ in over[:2]] == ["Transporter", "Jordbruk"],
          "B: pp. 2 and 4 say transport and agriculture are furthest over the path")
    claim(max(B_SECTORS, key=lambda s_: s_[5])[0] == "Transporter", "B: p. 2 says transport emits most")
    sec = {s_[0]: s_ for s_ in B_SECTORS}
    claim(-55 < b_change(sec["Industri, energi och processer"]) < -45, "B: p. 2 says industry nearly halved")
    claim(-10 < b_change(sec["Jordbruk"]) < 0 and b_dev(sec["Jordbruk"]) > 0,
          "B: p. 2 says agriculture fell marginally and is over the path")
    claim(b_total(5) < b_total(6), "B: p. 1 says the total is under the path")
    need(B, f"Skälet är att {B_PASSAGE}", [3], "B passage")

    # (c) Embacka, föreningsbidrag
    for r in C_ROWS:
        want = [2] if r[0] <= C_BREAK_AFTER else [3]
        if pages_of(C, c_text(r)) != want:
            errs.append(f"C: row {r[0]} printed on {pages_of(C, c_text(r))}, expected {want}")
        claim(r[3] in C_KINDS, f"C: unknown kind of grant {r[3]}")
        claim(0 <= r[6] <= r[5], f"C: {r[2]} granted more than applied for")
        claim((r[6] == 0) == (r[7] == "a") and (r[6] < r[5]) == (r[7] in ("a", "b", "c")),
              f"C: the note of {r[2]} does not fit its amounts")
    claim(len(C_KINDS) == 6, "C: p. 1 says six kinds of grant")
    carry = c_carry()
    need(C, f"Att överföra {g(carry[0])} {g(carry[1])}", [1], "C carry forward")
    need(C, f"Överfört från föregående sida {g(carry[0])} {g(carry[1])}", [2], "C carried forward")
    if count(C, "Nr Förening Bidragsform Ändamål Sökt, kr Beviljat, kr Anm.") != 2:
        errs.append("C: the heading of Tabell 1 must be printed twice")
    need(C, "Tabell 1 fortsätter på nästa sida", [1], "C break note")
    for grp in C_GROUPS:
        need(C, " ".join(x for x in c_group_sum_cells(grp) if x), [1, 2], "C group sum")
    need(C, " ".join(x for x in c_total_cells() if x), [2], "C total")
    for k, v in C_NOTES.items():
        need(C, f"{k} {v}", [2], "C note")
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    tot = c_sums(C_ROWS)
    claim(tot[0] > C_FRAME >= tot[1], "C: applied over the frame, granted within it")
    claim([r[2] for r in C_ROWS if r[6] == 0] == ["Skidklubben Alvarn"], "C: only Skidklubben Alvarn is rejected")
    need(C, f"Skälet är att {C_PASSAGE}", [0], "C passage")

    # (d) Region Alvmark, primärvårdsrapport
    for c_ in D_CENTRES:
        need(D, d_text(c_), [1], "D centre row")
    need(D, " ".join(x for x in d_total_cells() if x), [1], "D region row")
    for i, c_ in enumerate(D_CENTRES, 1):
        need(D, f"{i} {c_[0].replace(' vårdcentral', '')} {d1(c_[5])} / {d1(c_[7])}", [2], "D scatter legend")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    reg = d_region()
    claim(reg["p26"] < D_PHONE_TARGET and reg["v26"] < D_VISIT_TARGET, "D: p. 1 says both targets are missed")
    esp = [c_ for c_ in D_CENTRES if c_[0].startswith("Esperöd")][0]
    claim(esp == max(D_CENTRES, key=lambda c_: c_[3]) and esp[5] < esp[4] and esp[7] < esp[6],
          "D: p. 1/3 say Esperöd has most patients and got worse on both measures")
    alb = [c_ for c_ in D_CENTRES if c_[0].startswith("Ålbrunns")][0]
    claim(alb == max(D_CENTRES, key=lambda c_: c_[5]) == max(D_CENTRES, key=lambda c_: c_[7]),
          "D: p. 3 says Ålbrunn has the best accessibility")
    claim(max([c_ for c_ in D_CENTRES if c_[1] == "Region"], key=lambda c_: c_[5] - c_[4])[0].startswith("Ambranäs"),
          "D: p. 3 says Ambranäs improved its phone accessibility most among the region's own centres")
    need(D, f"varav {WORD[sum(1 for c_ in D_CENTRES if c_[1] == 'Privat')]} drivs av privata", [0], "D private")
    need(D, f"{WORD[sum(1 for c_ in D_CENTRES if d_both(c_))]} vårdcentraler når båda målen", [2], "D both")
    need(D, f"Förklaringen är att {D_PASSAGE}", [2], "D passage")
    for x in D_ACTIONS:
        need(D, x, [3], "D action")

    # (e) Ebbelunda, upphandlingsplan
    for r in E_ROWS:
        need(E, e_text(r), [1], "E row")
        claim(r[5] in E_PROCEDURES, f"E: unknown procedure {r[5]}")
    claim([r[0] for r in E_ROWS] == list(range(1, len(E_ROWS) + 1)) and
          [r[0] for p_ in E_PROCEDURES for r in e_group_rows(p_)] == [r[0] for r in E_ROWS],
          "E: the rows must be numbered in table order, grouped by procedure")
    for p_ in E_PROCEDURES:
        dates = [r[3] for r in e_group_rows(p_)]
        claim(dates == sorted(dates), f"E: the rows of {p_} must be in order of contract start")
        need(E, f"{p_} {e_group_label(p_)}", [1], "E procedure tab")
    claim(sum(sum(r[2] for r in e_group_rows(p_)) for p_ in E_PROCEDURES) == e_total(), "E: group sums")
    need(E, f"Summa, {len(E_ROWS)} upphandlingar {g(e_total())}", [1], "E total")
    for s_ in e_sentences():
        need(E, s_, [0], "E running text")
    for cl in E_CLAUSES:
        need(E, cl, [0], "E att-clause")
    claim(max(E_ROWS, key=lambda r: r[2])[1].startswith("Ny förskola i Bergsängen"),
          "E: p. 1 says the preschool in Bergsängen is the largest procurement")
    vin = [r for r in E_ROWS if r[1] == "Vinterväghållning"][0]
    claim(vin[3] == DATE(2027, 11, 1), "E: p. 3 says the current winter contract ends on 31 October 2027")
    need(E, f"bestämt att {E_PASSAGE}", [2], "E passage")

    # (f) Åkersvik, personalredovisning (p. 3 scanned)
    for a_ in F_ADM:
        need(F, f_text(a_), [1], "F staff row")
    need(F, " ".join(x for x in f_total_cells() if x), [1], "F staff total")
    for x in F_AGES:
        need(F, f_age_text(x), [1], "F age row")
        need(F, f"{x[0]} {g(x[1] + x[2])}", [0], "F icon array label")
    t_ = f_totals()
    claim(sum(x[1] for x in F_AGES) == t_["w"] and sum(x[2] for x in F_AGES) == t_["m"],
          "F: the age groups must add up to the staff")
    for s_ in f_sentences():
        need(F, s_, [0], "F running text")
    need(F, f"högst {d1(F_SICK_TARGET)} procent", [0], "F sick-leave target")
    chg = sorted(F_ADM, key=lambda a_: f_perm(a_) - a_[6], reverse=True)
    claim({chg[0][1], chg[1][1]} == {"BUF", "VOF"}, "F: p. 1/2 say the increase is mainly in BUF and VOF")
    claim(share(F_AGES[3][1] + F_AGES[3][2], t_["perm"]) > 25, "F: p. 2 says more than one in four is 50–59")
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    w25, w26, m25, m26, a25, a26 = f_sick_all()
    claim(a26 < a25 and a26 > F_SICK_TARGET, "F: p. 1 says sick leave fell a little but is over the target")
    tots = {s_[0]: f_sick_tot(s_) for s_ in F_SICK}
    claim({k for k, v in sorted(tots.items(), key=lambda kv: -kv[1][1])[:2]} == {"VOF", "SOC"},
          "F: p. 4 says sick leave is highest in VOF and SOC")
    claim(all(s_[2] > s_[4] for s_ in F_SICK), "F: p. 4 says women have higher sick leave in every administration")
    claim(0.35 <= F_LONG_TOTAL / 100 <= 0.45, "F: p. 4 says about two fifths is long-term sick leave")
    claim(tots["SOC"][1] > tots["SOC"][0] and tots["KFF"][1] > tots["KFF"][0] and tots["SBF"][1] < tots["SBF"][0]
          and tots["KLF"][1] < tots["KLF"][0], "F: p. 4 claims on which administrations rose and fell")
    claim([n_ for n_, _ in f_scan_bars()] == [f_adm(k)[0] for k, _ in sorted(tots.items(), key=lambda kv: -kv[1][1])],
          "F: Figur 2 of the scanned page must be sorted by the 2026 total")
    need(F, f"Orsaken är att {F_PASSAGE}", [3], "F passage")
    for x in F_ACTIONS:
        need(F, x, [3], "F action")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−-")) >= 2 and number_in(layer, num.lstrip("+")):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in [F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_FIG, f_scan_comment()] + F_SCAN_NOTES + \
            [" ".join(r) for r in f_scan_rows()]:
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
