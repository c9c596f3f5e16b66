"""Checks ../train_syn52.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 3 of the
Gunnarsvala document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic50/check.py (itself modelled on ../synthetic48/check.py): the generic part – text
normalisation, page texts, number and date parsing, the 5-word copy test, the list recomputation, the per-question
loop, the counts, the document checks and the none-label count – is copied from there (with the units, letters and
documents of this set; numbers are compared as whole tokens so that "1 629" does not count as "629"); the constants,
the row texts, the recomputation rules, the absence rules, the name lists and the data checks are those of synthetic52.

* format: 72 questions t52001..t52072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
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
* documents: 6 PDFs with 3-4 pages each as planned, å/ä/ö extractable, "−" in the text layer of (a), (b), (d) and
  (f) (WITH_MINUS); no metadata title anywhere; landscape exactly page 2 of (b) and page 3 of (f); page 3 of (f) an
  image without text; no names of earlier synthetic sets (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of
  ../synthetic50/check.py and ../synthetic48/check.py, extracted with ast), no real municipality or region (REAL)
  among our own names or as a word in the PDFs, our own names (OWN) and persons all start with G, K, N or R, none of
  OWN or PERSONS occurs in the READMEs of the earlier sets (../synthetic … ../synthetic50, not ../synthetic51) or in
  ../synthetic48/check.py and ../synthetic50/check.py, and every OWN name and person is used;
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
from data import (A_AREAS, A_YEARS, A_OUTCOME, A_CHANGES, A_DECIDED, A_BREAK_AFTER, A_PASSAGE, A_CLAUSES,  # noqa
                  A_OCC_TARGET, A_FAN_2031, a_rows, a_text, a_total, a_change_text, a_change_item, a_fan,
                  a_sentences, a_rav_sentence, a_places,
                  B_LINES, B_GROUPS, B_TARGET, B_BUDGET, B_PASSAGE, B_ACTIONS, B_FOOTNOTES, b_text, b_item_text,
                  b_group_lines, b_group_sum_cells, b_total_cells, b_sum, b_cpb, b_sentences, b_economy, b_coverage,
                  C_CATS, C_QUESTIONS, C_AREAS, C_LEVELS, C_RECS, C_PASSAGE, c_text, c_total_cells, c_pct, c_counts,
                  c_q_text, c_sentences, c_totals,
                  D_ROWS, D_CLINICS, D_FORMAN, D_PASSAGE, D_ACTIONS, d_text, d_item_text, d_clinic_rows,
                  d_clinic_sum_cells, d_total_cells, d_sum, d_dev, d_all, d_sentences,
                  E_CATS, E_GROUPS, E_FEE, E_PASSAGE, E_PRIOS, E_CLAUSES, E_HOURS_AVAIL, e_text, e_group_cats,
                  e_group_sum_cells, e_total_cells, e_rings, e_sum, e_sentences,
                  F_ECON, F_VISITS, F_PASSAGE, F_GOALS, F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION,
                  F_SCAN_NOTES, F_SCAN_FIG, F_SCAN_ABOUT, F_SCAN_BOX, F_SCAN_PHOTO, f_scan_text_row, f_scan_rows,
                  f_scan_bars, f_scan_text, f_scan_numbers, f_econ_text, f_econ_total_cells, f_econ_tot, f_dev,
                  f_girl_share, f_sentences,
                  g, d1, pct, share, mn, WORD)

QFILE = HERE.parent / "train_syn52.jsonl"
N_Q = 72
BASE = 52000
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
SCAN_NONE = {"t52069"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "timmar", "årsarbetare"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "grenvika-bun-forskoleplan-2027-2031.pdf"
B = "kragsta-tn-kollektivtrafik-arsrapport-2026.pdf"
C = "rimnas-revisionsrapport-fastighetsunderhall-2027.pdf"
D = "region-norrgala-lakemedelskostnader-2026.pdf"
E = "kalvhamra-mbn-tillsynsplan-2027.pdf"
F = "gunnarsvala-kfn-fritidsgardar-2026.pdf"
# the name a question must carry
PLACE = {A: "Grenvika", B: "Kragsta", C: "Rimnäs", D: "Norrgala", E: "Kalvhamra", F: "Gunnarsvala"}
PAGES = {A: 4, B: 3, C: 4, D: 3, E: 3, F: 4}
WITH_TITLE = set()
WITH_MINUS = {A, B, D, F}
LANDSCAPE = {B: [2], F: [3]}
SCANNED = {F: {3: f_scan_text()}}
LETTERS = "GKNR"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic50/check.py and ../synthetic48/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic50 except
# ../synthetic47 and ../synthetic49, whose check.py files we were not allowed to read; their READMEs are searched for
# our names below instead). ../synthetic51 is being written at the same time and was not opened, so nothing of it is
# in the list.
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
    "Anders Viberg", "Maja Ahlgren", "Mikael Blom", "Islinge", "Jordvalla", "Wendmark", "Ysterby", "Öxnevik",
    "Öxnehem", "Casselby", "Jordvallahallen", "Ivarsgården", "Ismyra", "Jonsbo", "Wallstena", "Åkerslund",
    "Öljersta", "Wallstena äng", "Iseberg", "Wiksberg", "Cypressen", "Jaktfalken", "Yllefabriken", "Walkyrian",
    "Iskällaren", "Åkerhällen", "Cisternen", "Inneby", "Jutsbo", "Älvnäs", "Wedarna", "Ingrid Wallin",
    "Jonas Ivarsson", "Yvonne Carlén", "Wilhelm Jansson", "Cecilia Öberg", "Isak Westman", "Johanna Ygberg",
    "William Jakobsson", "Carina Isaksson", "Ylva Wennerström", "Joel Wiklund", "Ida Cronholm", "Emtuna", "Ekmarka",
    "Brånsta", "Marstorp", "Bolmsta", "Mälbacka", "Dalvreten", "Ängsmora", "Medvinge", "Ebbarp", "Dagsåsen",
    "Åbyhed", "Vedhamn", "Aspdalsvägen", "Bangatan", "Banvallen", "Emmarby", "Ärlegatan", "Bysjöån", "Vallbybron",
    "Dalkarlsbo", "Åsbyn", "Vikåsa", "Brandstorp", "Bredmossen", "Älgmossen", "Birgitta Ekholm", "Magnus Dahlberg",
    "Elin Vallgren", "Märta Dahlin", "Anette Boman", "Viktor Eriksson", "Eva Bäckström", "Mats Engdahl",
    "Erik Åberg", "Dragana Milić", "Anders Ekdahl", "Maj-Britt Vall", "Ebba Vidén", "Amir Bakir", "Björn Durén",
    "Ewa Molin", "Viktor Dahlström", "Malin Edvardsson", "David Månsson", "Vanja Ek", "Victoria Ahlberg",
    "Benny Mattsson", "Dennis Almén", "Dan Mårtensson", "Aida Vesterberg", "Beatrice Dahlqvist", "Axel Vinberg",
    "Doris Ahlqvist", "Wilsäter", "Jarvsta", "Nolvånga", "Ismunda", "Yngsvik", "Cedvinge", "Wilsäterhem",
    "Ingeborgsdal", "Nissebacken", "Cederkullen", "Jökelbo", "Nordtuna", "Yngshult", "Östervinge", "Järven",
    "Wäggeby", "Ivsjöbo", "Nolkärr", "Yxnäs", "Cinnarp", "Wirby", "Jonsåker", "Ceciliedal", "Jungsund", "Wiggeby",
    "Ivdalen", "Nästervik", "Öjersvik", "Ingvallsbo", "Ivsjön", "Jessica Nordlund", "Niklas Westin", "Irene Jonsson",
    "Carl Ödman", "Yasmin Nasser", "Conny Öhman", "Ida Wessman", "Christer Jansson", "Wera Nyholm",
    "Isabella Nordqvist", "Walter Nyman", "Nils Ingvarsson", "Camilla Nordgren", "Yvonne Jernberg",
    "Johan Yngvesson", "Inger Claesson", "Örjan Wiklander", "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg",
    "Claes Jönsson", "Ingemar Wiik", "Natalie Cronqvist", "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus",
    "Wilma Cederlund", "Jonatan Ceder", "Nina Iversen", "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm",
    "Cecilia Nyqvist", "Jasmin Örtegren", "Catarina Wijk", "Ivan Nordahl", "Jonna Öhrn", "Josef Cederquist",
    "Natalia Wretling", "Niclas Öberg", "Ylva Isaksen", "Ines Cederström", "Tovhamra", "Myrvinge", "Fagerlida",
    "Vinnerby", "Skebrinna", "Flodmark", "Fjolbergsskolan", "Mossvedsskolan", "Sävdalsskolan", "Tovhamraskolan",
    "Måsängsskolan", "Ödbyskolan", "Vitmossens friskola", "Mellangatan", "Fabriksvägen", "Tullbrogatan",
    "Tingsvägen", "Mossvägen", "Smedsgatan", "Fiskargatan", "Skolvägen", "Sjögatan", "Murargatan", "Tvärleden",
    "Fårstigen", "Stationsvägen", "Vävaregatan", "Mejerivägen", "Sågargatan", "Torsgatan", "Trädgårdsgatan",
    "Fjärilsvägen", "Östra Strandgatan", "Svarvargatan", "Fagerlidavägen", "Stortorget", "Svedängen", "Sjöhagen",
    "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla", "Vinnerbyhem", "Mörvik", "Sävhamn", "Sofia Vallin",
    "Simon Tengvall", "Tobias Malmsten", "Veronica Fahlgren", "Stina Thorsell", "Fredrik Sjölin", "Mikael Storm",
    "Therese Vikander", "Magnus Vesterlund", "Martina Törnqvist", "Felix Stål", "Tina Mårtensson", "Mona Tidblad",
    "Mats Fernström", "Frida Schön", "Jädersund", "Omsvala", "Plogsta", "Unnerstad", "Pilvalla", "Jorvala",
    "Pilängsskolan", "Uvedalsskolan", "Ombackaskolan", "Jorsängsskolan", "Isgärdeskolan", "Jädersundsgymnasiet",
    "Ollonets förskola", "Prästkragens förskola", "Jordgubbens förskola", "Pilbergsgården", "Oxelbackagården",
    "Pinnarp", "Ulvnäs", "Urvik", "Oxvik", "Uttersjö", "Jolsby", "Olsbyn", "Ingsbyn", "Padderud", "Jämnås", "Uvhult",
    "Oppsjö", "Urviksån", "Plogstaskolan", "Pinnarps skola", "Urviks skola", "Jolsby skola", "Jarlbuss AB",
    "Oskarssons Buss AB", "Paulins Taxi AB", "Ungbergs Trafik AB", "Pingsta", "Ingarvik", "Jutbo", "Porsnäs",
    "Uppgården", "Ormbäcken", "Unnerstads Stadsnät", "Pingsta Fiberförening", "Ingarviks Fiber", "Jutbo byanät",
    "Porsnäs Fiber", "Uppgårdens fiberförening", "Ormbäckens byanät", "Pilvallahallen", "Jarlahallen",
    "Ormviks sporthall", "Oxvreta bollhall", "Uddsängens IP", "Pilvalla ishall", "Ursjöbadet", "Jonas Pihl",
    "Ulrika Palm", "Ida Ohlsson", "Per Isaksson", "Oskar Jungbeck", "Petra Unger", "Ingrid Persson", "Jakob Olander",
    "Pontus Irving", "Josefin Pettersson", "Ola Ingvarsson", "Johanna Ullberg", "Isak Pålsson", "Askebro",
    "Selvinge", "Embacka", "Alvmark", "Ebbelunda", "Åkersvik", "Alderby", "Brattmon", "Saltnäs", "Ödsvreten",
    "Åsbrink", "Selvinge Energi AB", "Bredsätra", "Embacka IF", "Asknäs IK", "Bergkullens SK",
    "Ekebygdens Ryttarförening", "Sjövikens Simsällskap", "Embacka Innebandyklubb", "Skidklubben Alvarn",
    "Bågskytteklubben Saga", "Amatörteatern Sufflören", "Embacka Konstförening", "Spelmanslaget Bockfoten",
    "Blåsorkestern Eko", "Bygdegårdsföreningen Ekgläntan", "Barnkören Solstrålen", "Släktforskarna i Embacka",
    "SPF Seniorerna Embacka", "Anhörigföreningen Embacka", "Brottsofferjouren Embacka", "Seniorträffen Bastuby",
    "Bastuby", "Stödföreningen Axet", "Scoutkåren Eldslågan", "Schackklubben Bonden",
    "Astronomiska föreningen Sirius", "Sportfiskeklubben Abborren", "Ambranäs", "Bjälvsta", "Båtsjö",
    "Ekeryds läkarhus", "Esperöd", "Stenhöga", "Ålbrunns hälsocentral", "Brunnsbo", "Säbylund", "Skärsta läkargrupp",
    "Östmo", "Aspby", "Bergsängen", "Bengt Sandahl", "Emma Östlund", "Sara Elmqvist", "Björn Ahlsén",
    "Elias Söderberg", "Anneli Borg", "Åsa Blomqvist", "Britt Sjödin", "Edvin Sandqvist", "Stefan Berggren",
    "Alva Esbjörnsson", "Agnes Södergren", "Benjamin Öhrström"
]
# real Swedish municipalities and regions beginning with G, K, N or R (regions: Gotland, Gävleborg, Kalmar län,
# Kronoberg, Norrbotten): none may be one of our names, and none may occur as a word in our PDFs (case-sensitive)
REAL = ["Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene",
        "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Gävleborg", "Kronoberg", "Norrbotten"]
# our own invented names (the region and municipalities first, then areas, preschools, places, companies, youth
# centres); later sets should add them to their FORBIDDEN lists
OWN = ["Grenvika", "Kragsta", "Rimnäs", "Norrgala", "Kalvhamra", "Gunnarsvala",
       "Kolvreten", "Kolvretens strand", "Nybrona", "Rödsta", "Gillerud", "Gökens förskola", "Näckrosens förskola",
       "Kullåsens förskola", "Rävungen",
       "Rönnhagen", "Norrgärdet", "Krokvreten", "Gärdsholm", "Rävsnäs", "Nolhamn", "Grindsjö", "Kärrsätra",
       "Gäddnäs", "Kåsvik", "Krokån",
       "Granlid Revision",
       "Kyrnäs",
       "Rödbäck",
       "Raketen", "Kupolen", "Gnistan", "Rymden", "Knutpunkten", "Garaget"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Karolina Norling", "Rasmus Gerdin", "Gunilla Rehn", "Nils Kjellgren", "Greta Kronlund", "Rune Nyhammar",
           "Roland Kihlström", "Nadja Rydén", "Kent Granqvist", "Regina Karlén", "Gustav Nordell", "Noah Grahn",
           "Rebecka Gidlund"]
# earlier sets: README.md of each (../synthetic … ../synthetic50; not ../synthetic51), and check.py of the two sets we
# were allowed to read as templates
TEMPLATES = ["synthetic48", "synthetic50"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 51)]


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
def rows(items, text, item=None):
    return [dict(r=x, item=(item or text)(x), row=text(x)) for x in items]


A_R = rows(a_rows(), a_text)
A_C = rows(A_CHANGES, a_change_text, a_change_item)
B_L = rows(B_LINES, b_text, b_item_text)
C_Q = rows(C_QUESTIONS, c_q_text, lambda q_: c_q_text(q_).split(" ", 1)[1])
C_K = rows(C_CATS, c_text)
D_R = rows(D_ROWS, d_text, d_item_text)
E_C = rows(E_CATS, e_text)
F_S = rows(F_VISITS, f_scan_text_row)
F_E = rows(F_ECON, f_econ_text)

# qid -> (rows, predicate on the raw row)
COND = {
    "t52005": (A_R, lambda r: r[1] == 2030 and r[6] < 0),                        # a year and a shortage
    "t52006": (A_R, lambda r: r[1] == 2026 and r[7] > 100),                      # occupancy over 100 % in 2026
    "t52007": (A_C, lambda c: c[6] in A_DECIDED and c[3] > 0),                   # status word and more places
    "t52018": (B_L, lambda x: x[9] < B_TARGET),                                  # punctuality 2026 under the target
    "t52019": (B_L, lambda x: x[7] < x[6]),                                      # fewer boardings (pair)
    "t52020": (B_L, lambda x: x[1] == "Landsbygdstrafik" and b_cpb(x, 1) > 50),  # group + over 50 kr per boarding
    "t52029": (C_Q, lambda q_: q_[3] == "Ej uppfyllt"),                          # status word
    "t52030": (C_Q, lambda q_: q_[1] == "Uppföljning" and q_[3] == "Delvis uppfyllt"),  # group + status word
    "t52031": (C_K, lambda c: c_pct(c) < 80),                                    # outcome under 80 % of the budget
    "t52042": (D_R, lambda r: r[0] == "Medicinkliniken" and r[5] > r[4]),        # group + over budget (pair)
    "t52043": (D_R, lambda r: pct(r[5], r[3]) > 10),                             # up by more than 10 %
    "t52053": (E_C, lambda c: c[4] < c[3]),                                      # fewer done than planned (pair)
    "t52054": (E_C, lambda c: c[6] > 140),                                       # more than 140 hours 2027
    "t52055": (E_C, lambda c: c[0] == "Hälsoskydd" and c[2] > 20),               # group + more than 20 objects
    "t52065": (F_S, lambda v: v[2] > 8000),                                      # more than 8 000 visits (scan)
    "t52066": (F_S, lambda v: v[2] < v[1]),                                      # fewer visits (scan, pair)
    "t52067": (F_E, lambda e: e[3] > e[2]),                                      # over budget (pair)
}
PAIR = {"t52019", "t52042", "t52053", "t52066", "t52067"}
GROUP = {"t52020", "t52030", "t52042", "t52055"}
EXACT = {
    "t52044": list(D_ACTIONS),
}
NONE_ABSENT = {
    "t52009": (A, [r"2031[^\n]{0,40}Gillerud", r"Gillerud[^\n]{0,40}2031"],
               lambda: all(r[1] != 2031 for r in a_rows())),
    "t52010": (A, [r"[Kk]ostnad", r"\b(?:t|mn)?kr\b", r"[Kk]ronor"], None),
    "t52011": (A, [r"[Ff]örskollärare", r"[Pp]ersonal", r"[Aa]nställda", r"[Åå]rsarbetare"], None),
    "t52012": (A, [], lambda: all(r[7] >= 80 for r in a_rows() if r[1] == 2030)),
    "t52022": (B, [r"2023"], None),
    "t52023": (B, [r"\d+\s+(?:bussar|fordon)", r"[Aa]ntal(?:et)? (?:bussar|fordon)", r"[Ff]ordonsflott",
                   r"[Vv]agnpark"], None),
    "t52024": (B, [], lambda: all(x[7] <= 600000 for x in B_LINES)),
    "t52033": (C, [r"2019"], None),
    "t52034": (C, [r"[Aa]rvode", r"[Kk]ostnad(?:en)? för (?:granskningen|revision)", r"granskningen kostade"], None),
    "t52035": (C, [], lambda: all(c[3] <= c[2] for c in C_CATS)),
    "t52036": (C, [r"[Nn]ämndens svar", r"[Nn]ämnden (?:har )?svara[rt]", r"[Yy]ttrande", r"[Ss]var från"], None),
    "t52046": (D, [r"2024"], None),
    "t52047": (D, [r"[Rr]ecept", r"[Ee]xpedi"], None),
    "t52048": (D, [], lambda: all(r[5] <= 200 for r in D_ROWS)),
    "t52057": (E, [r"2024"], None),
    "t52058": (E, [r"[Ll]ivsmedel"], None),
    "t52059": (E, [], lambda: all(c[2] <= 150 for c in E_CATS)),
    "t52060": (E, [r"\d+ klagom[aå]l", r"[Kk]lagom[aå]l[^.\n]{0,15}\d", r"[Bb]uller[^.\n]{0,15}\d"], None),
    "t52069": (F, [r"2024"], None),
    "t52070": (F, [r"per besök", r"[Kk]ostnad(?:en)? per besök"], None),
    "t52071": (F, [r"[Ii]deell", r"[Vv]olontär", r"[Ll]edare"], None),
    "t52072": (F, [], lambda: all(v[2] <= 20000 for v in F_VISITS)),
}
LIST_NONE = {"t52012", "t52024", "t52035", "t52048", "t52059", "t52072"}
NONE_LABEL = {
    "t52009": ("Gillerud", "Gillerud"),
    "t52010": ("förskoleplats", "Platser"),
    "t52012": ("planeringsområde", "Planeringsområde"),
    "t52022": ("Rönnhagen", "Resecentrum – Rönnhagen"),
    "t52024": ("påstigande", "Påstigande"),
    "t52033": ("eftersatt underhåll", "Eftersatt underhåll, mnkr"),
    "t52035": ("fastighetskategori", "Fastighetskategori"),
    "t52036": ("rekommendationer", "Rekommendationer"),
    "t52046": ("ögonmedel", "Ögonmedel"),
    "t52048": ("terapigrupp", "Terapigrupp"),
    "t52057": ("flerbostadshus", "Flerbostadshus"),
    "t52059": ("objektkategori", "Objektkategori"),
    "t52069": ("Rymden", "Rymden"),
    "t52072": ("fritidsgård", "Fritidsgård"),
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
        elif not all(re.search(p_, SCANNED[F][3]) for p_ in [r"Besök 2025 Besök 2026", r"Besök per fritidsgård"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025–2026")
        elif not any(v_[0].lower() in q_[0]["question"].lower() for v_ in F_VISITS):
            errs.append(f"{qid}: the none question should name a youth centre of the scanned table")

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


    # ---------------------------------------------------------------- data consistency (synthetic52)
    # (a) Grenvika, förskoleplan
    areas = [a_[0] for a_ in A_AREAS]
    cut = areas.index(A_BREAK_AFTER) + 1
    for r in a_rows():
        want = [2] if r[0] in areas[:cut] else [3]
        if pages_of(A, a_text(r)) != want:
            errs.append(f"A: row {r[0]} {r[1]} printed on {pages_of(A, a_text(r))}, expected {want}")
    for yi, yr in enumerate(A_YEARS):
        t = a_total(yi)
        need(A, f"Hela kommunen {yr} {'Utfall' if yr in A_OUTCOME else 'Prognos'} {g(t['pop'])} {g(t['need'])} "
                f"{g(t['places'])} {g(t['places'] - t['need'], plus=True)} {d1(share(t['need'], t['places']))}",
             [2], "A total row")
        claim(t["pop"] == [v for y_, v, *_ in a_fan() if y_ == yr][0], f"A: the fan chart and the table differ {yr}")
    if count(A, "Planeringsområde År Underlag 1–5 år i förskola¹ Antal² Över-/ underskott Beläggning, %") != 2:
        errs.append("A: the heading of Tabell 1 must be printed twice")
    need(A, "Tabell 1 fortsätter på nästa sida", [1], "A break note")
    need(A, "Tabell 1 (forts.)", [2], "A continued caption")
    for y_, v, lo, hi in a_fan():
        need(A, g(v), [0], "A fan label")
    last = a_fan()[-1]
    claim(last[0] == 2031 and last[1] == A_FAN_2031, "A: the fan must end in 2031")
    need(A, f"{g(last[1])} {g(last[3])} {g(last[2])}", [0], "A fan ends")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    need(A, a_rav_sentence(), [2], "A Rävungen sentence")
    need(A, f"Orsaken är att {A_PASSAGE}", [2], "A passage")
    for c in A_CHANGES:
        need(A, a_change_text(c), [3], "A change row")
    for cl in A_CLAUSES:
        need(A, cl, [3], "A att-clause")
    ar = {a_[0]: a_ for a_ in A_AREAS}
    kol = [r for r in a_rows() if r[0] == "Kolvreten"]
    claim(all(kol[i][3] < kol[i + 1][3] for i in range(len(kol) - 1)), "A: p. 3 says Kolvreten grows every year")
    inc = {a_[0]: a_[1][-1] - a_[1][1] for a_ in A_AREAS}
    claim(max(inc, key=inc.get) == "Kolvreten", "A: p. 1 says the increase is mainly in Kolvreten")
    short30 = sorted(r[0] for r in a_rows() if r[1] == 2030 and r[6] < 0)
    claim(short30 == ["Kolvreten", "Nybrona"], "A: p. 1 says the shortage 2030 is in Kolvreten and Nybrona")
    claim(all(r[6] > 0 for r in a_rows() if r[0] == "Gillerud"), "A: p. 1 says Gillerud has free places every year")
    claim(share(kol[1][4], kol[1][5]) > A_OCC_TARGET, "A: p. 3 says Kolvreten was over the ceiling already in 2026")
    claim(all(r[6] >= 0 for r in a_rows() if r[0] == "Rödsta" and r[1] not in A_OUTCOME),
          "A: p. 3 says the pavilion covers Rödsta's need in the forecast years")
    gil = ar["Gillerud"][1]
    claim(all(gil[i] >= gil[i + 1] for i in range(1, len(gil) - 1)), "A: p. 3 says the children in Gillerud decrease")
    nyb = ar["Nybrona"][1]
    claim(nyb[3] - nyb[2] < nyb[4] - nyb[3] and nyb[2] <= nyb[3], "A: p. 3 says Nybrona grows slowly, then faster")
    rav = [c for c in A_CHANGES if c[1].startswith("Ny förskola Rävungen")][0]
    claim(rav[6] not in A_DECIDED and kol[-1][6] < 0 < kol[-1][6] + rav[3],
          "A: p. 4 says only Rävungen removes the shortage in Kolvreten")
    for a_ in A_AREAS:
        for yi in range(len(A_YEARS)):
            claim(a_places(a_[0], yi) == a_[4] + sum(c[3] for c in A_CHANGES if c[2] == a_[0] and c[6] in A_DECIDED
                                                     and c[5] <= A_YEARS[yi]), f"A: places {a_[0]}")

    # (b) Kragsta, kollektivtrafiken
    for x in B_LINES:
        need(B, b_text(x), [1], "B line row")
    for grp in B_GROUPS:
        need(B, " ".join(c for c in b_group_sum_cells(grp) if c), [1], "B group sum")
        need(B, grp.upper(), [1], "B group row")
    need(B, " ".join(c for c in b_total_cells() if c), [1], "B total")
    need(B, "Påstigande Punktlighet¹, % Kostnad per påstigande², kr", [1], "B stacked heading")
    for fn_ in B_FOOTNOTES:
        need(B, fn_, [1], "B footnote")
    claim([x[0] for x in B_LINES if x[3]] == ["3", "7"], "B: footnote marks on lines 3 and 7")
    for s_ in b_sentences():
        need(B, s_, [0], "B running text")
    for name in ("Rönnhagen", "Kåsvik", "Nolhamn", "Norrgärdet", "Krokvreten", "Gärdsholm", "Grindsjö", "Kärrsätra",
                 "Gäddnäs", "Rävsnäs", "Resecentrum"):
        need(B, name, [0], "B network stop")
    for lab, v25, v26 in b_economy():
        need(B, f"{lab} {'–' if v25 is None else g(v25)} {g(v26)}", [2], "B economy")
    t_ = b_sum(B_LINES)
    claim(b_economy()[0][2] - b_economy()[1][2] == t_["c26"] and b_economy()[0][1] - b_economy()[1][1] == t_["c25"],
          "B: costs minus revenue must equal the net cost")
    need(B, f"Biljettintäkterna täckte {d1(b_coverage(2026))} procent av kostnaderna, jämfört med "
            f"{d1(b_coverage(2025))} procent 2025", [2], "B coverage")
    ln_ = {x[0]: x for x in B_LINES}
    claim(max(B_LINES, key=lambda x: x[7])[0] == "1" and ln_["1"][7] > ln_["1"][6],
          "B: p. 3 says line 1 has most passengers and grew")
    claim(ln_["3"][9] < ln_["3"][8] - 5 and ln_["3"][7] < ln_["3"][6], "B: p. 3 says line 3 fell sharply")
    claim(ln_["8"][5] > ln_["8"][6] > ln_["8"][7] and
          ln_["8"][9] == min(x[9] for x in B_LINES if x[1] == "Landsbygdstrafik"),
          "B: p. 3 says line 8 loses passengers every year and has the lowest rural punctuality")
    claim(ln_["7"][5] is None, "B: line 7 is new")
    town, rural = b_sum(b_group_lines("Stadstrafik")), b_sum(b_group_lines("Landsbygdstrafik"))
    claim(town["b26"] < town["b25"] and rural["b26"] > rural["b25"] and t_["b26"] > t_["b25"],
          "B: p. 1 says the increase comes from the rural lines while the town lines fell")
    claim(t_["p26"] < B_TARGET < t_["p25"], "B: p. 1 says punctuality fell under the target")
    claim(t_["c26"] > B_BUDGET, "B: net cost over budget")
    need(B, f"Orsaken är att {B_PASSAGE}", [2], "B passage")
    for h_, subs in B_ACTIONS:
        need(B, h_, [2], "B action")
        for x in subs:
            need(B, x, [2], "B sub-action")

    # (c) Rimnäs, revisionsrapport
    for c in C_CATS:
        need(C, c_text(c), [1], "C category row")
        claim(c[3] < c[2], f"C: p. 2 says the outcome was under budget for {c[0]}")
    need(C, " ".join(c_total_cells()), [1], "C total")
    claim(min(C_CATS, key=c_pct)[0].startswith("Idrotts"), "C: p. 2 says sports facilities had the lowest outcome")
    claim(max(C_CATS, key=lambda c: c[5])[0] == "Grundskolor", "C: p. 2 says the backlog is largest in schools")
    for q_ in C_QUESTIONS:
        need(C, c_q_text(q_), [2], "C audit question")
        claim(q_[1] in C_AREAS and q_[3] in C_LEVELS, f"C: bad area/level in question {q_[0]}")
    for area in C_AREAS:
        need(C, area, [2], "C area label")
    n_ = c_counts()
    claim(n_ == {"Uppfyllt": 2, "Delvis uppfyllt": 4, "Ej uppfyllt": 2}, "C: the counts on pp. 1 and 3")
    need(C, " ".join(str(q_[0]) for q_ in C_QUESTIONS), [0], "C tiles")
    for s_ in c_sentences():
        need(C, s_, [0], "C running text")
    claim(c_totals()["debt"] > 71.4, "C: p. 1 says the backlog has grown")
    need(C, f"Förvaltningen förklarar det låga utfallet med att {C_PASSAGE}", [1], "C passage")
    for i, (t_r, subs) in enumerate(C_RECS, 1):
        need(C, f"{i} {t_r}", [3], "C recommendation")
        for j, s_ in enumerate(subs):
            need(C, f"{'abc'[j]}) {s_}", [3], "C nested point")

    # (d) Region Norrgala, läkemedelskostnader
    for r in D_ROWS:
        need(D, d_text(r), [1], "D row")
    for cl in D_CLINICS:
        need(D, " ".join(c for c in d_clinic_sum_cells(cl) if c), [1], "D clinic sum")
        need(D, cl, [1], "D clinic group row")
        a_, b_, u_ = d_sum(d_clinic_rows(cl))
        need(D, f"{d1(b_)} {d1(u_)}", [0], "D chart values")
    need(D, " ".join(c for c in d_total_cells() if c), [1], "D total")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    devs = {cl: d_dev(*d_sum(d_clinic_rows(cl))[1:]) for cl in D_CLINICS}
    claim(all(v < 0 for v in devs.values()), "D: p. 1 says all four clinics were over budget")
    claim(min(devs, key=devs.get) == "Onkologiska kliniken" and devs["Psykiatriska kliniken"] > -1,
          "D: p. 1 says the oncology clinic overspent most and psychiatry only marginally")
    chg = {cl: pct(d_sum(d_clinic_rows(cl))[2], d_sum(d_clinic_rows(cl))[0]) for cl in D_CLINICS}
    claim(max(chg, key=chg.get) == "Ögonkliniken", "D: p. 3 says the eye clinic rose most")
    rr = {r[1]: r for r in D_ROWS}
    claim(rr["J05"][5] < rr["J05"][4] and rr["B01"][5] < rr["B01"][4], "D: p. 3 says J05 and B01 were under budget")
    claim(d_dev(rr["L04"][4], rr["L04"][5]) <= devs["Medicinkliniken"], "D: p. 2 says L04 explains the overspend")
    need(D, f"Förmånsläkemedlen ökade med {d1(pct(D_FORMAN[2], D_FORMAN[0]))} procent", [2], "D förmån change")
    t_ = d_all()
    for v in (d1(D_FORMAN[2]), d1(t_["tot26"])):
        need(D, v, [2], "D key figure")
    need(D, f"Förklaringen är att {D_PASSAGE}", [2], "D passage")
    for i, a_ in enumerate(D_ACTIONS, 1):
        need(D, f"{i} {a_}", [2], "D action")

    # (e) Kalvhamra, tillsynsplan
    for c in E_CATS:
        need(E, e_text(c), [1], "E category row")
    for grp in E_GROUPS:
        need(E, " ".join(c for c in e_group_sum_cells(grp) if c), [1], "E group sum")
        need(E, grp.upper(), [1], "E group row")
    need(E, " ".join(c for c in e_total_cells() if c), [1], "E total")
    need(E, "Inspektioner 2026 Plan 2027 Objektkategori Objekt Planerade Utförda Inspektioner Timmar Timavgift, kr",
         [1], "E stacked heading")
    for lab, done, plan, sh in e_rings():
        need(E, f"{d1(sh)} % {lab} {done} av {plan} inspektioner", [0], "E ring")
    for s_ in e_sentences():
        need(E, s_, [0], "E running text")
    miss = sorted(E_CATS, key=lambda c: c[3] - c[4], reverse=True)
    claim({c[1] for c in miss[:3]} == {"Övriga miljöfarliga verksamheter (U)", "Skolor och förskolor",
                                       "Flerbostadshus"}, "E: p. 1 says where most inspections were missed")
    cats = {c[1]: c for c in E_CATS}
    claim(all(cats[k][3] == cats[k][4] for k in ("Tillståndspliktiga verksamheter (B)", "Förorenade områden",
                                                 "Bassängbad")), "E: p. 2 says all planned were done there")
    claim(cats["Hygienlokaler"][4] == cats["Hygienlokaler"][3] + 1, "E: p. 2 says one more than planned")
    fb = cats["Flerbostadshus"]
    need(E, f"I flerbostadshusen genomfördes bara {WORD[fb[4]]} av {WORD[fb[3]]} planerade inspektioner", [1],
         "E blocks of flats")
    need(E, f"Skälet är att {E_PASSAGE}", [1], "E passage")
    need(E, f"finns {g(E_HOURS_AVAIL)} timmar", [2], "E hours available")
    need(E, f"Tillsynsplanen kräver {g(e_sum(E_CATS)['h27'])} timmar", [2], "E hours needed")
    for t_p, subs in E_PRIOS:
        need(E, t_p, [2], "E priority")
        for s_ in subs:
            need(E, s_, [2], "E nested priority")
    for cl in E_CLAUSES:
        need(E, cl, [2], "E att-clause")

    # (f) Gunnarsvala, fritidsgårdarna (p. 3 scanned)
    for e in F_ECON:
        need(F, f_econ_text(e), [1], "F economy row")
    need(F, " ".join(f_econ_total_cells()), [1], "F economy total")
    for s_ in f_sentences():
        need(F, s_, [0], "F running text")
    over = [e for e in F_ECON if f_dev(e) < 0]
    need(F, f"{WORD[len(over)].capitalize()} av gårdarna gick över budget", [1], "F over budget")
    claim(f_dev([e for e in F_ECON if e[0] == "Garaget"][0]) > 0, "F: p. 2 says Garaget cost less than budgeted")
    ups = sum(1 for v in F_VISITS if v[2] > v[1])
    claim(2 * ups == len(F_VISITS), "F: p. 1 says half of the centres had more visits")
    claim(min(F_VISITS, key=lambda v: v[2] - v[1])[0] == "Garaget", "F: Garaget had the largest drop")
    claim(all(v[3] < v[2] - v[3] for v in F_VISITS), "F: the scan says girls are fewer at every centre")
    claim(max(F_VISITS, key=f_girl_share)[0] == "Gnistan", "F: the scan says Gnistan has the largest share of girls")
    for v in F_VISITS:
        claim(v[4] + v[5] + v[6] == v[2], f"F: the age groups of {v[0]} must add up to the visits")
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    need(F, f"Orsaken är att {F_PASSAGE}", [3], "F passage")
    for i, x in enumerate(F_GOALS, 1):
        need(F, f"{i}. {x}", [3], "F goal")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "").lstrip("+−-")) >= 2 and number_in(layer, num.lstrip("+")):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in [F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_FIG, F_SCAN_ABOUT, F_SCAN_BOX, F_SCAN_PHOTO,
              F_SCAN_HEAD[0]] + F_SCAN_NOTES + [" ".join(r) for r in f_scan_rows()]:
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
