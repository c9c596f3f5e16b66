"""Checks ../train_syn44.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Cedvinge document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic42/check.py: the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation, the per-question loop, the counts, the document checks and the
none-label count – is copied from there (with the units, letters and documents of this set; numbers are compared as
whole tokens so that "21 118" does not count as "21"); the constants, the row texts, the recomputation rules, the
absence rules, the name lists and the data checks are those of synthetic44.

* format: 72 questions t44001..t44072, key order, types 26 figure / 18 list / 6 passage / 22 none, 18 in English
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
* documents: 6 PDFs, 3-4 pages each as planned, å/ä/ö extractable, "−" in (f); a metadata title exactly in (e);
  landscape exactly page 2 of (e); page 2 of (f) an image without text; no names of earlier synthetic sets
  (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic42/check.py and ../synthetic40/check.py, extracted
  with ast), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own names (OWN)
  and persons all start with C, I, J, N, W, Y or Ö, none of OWN or PERSONS occurs in the READMEs of the earlier sets
  (../synthetic … ../synthetic42) or in ../synthetic40/check.py and ../synthetic42/check.py, and every OWN name and
  person is used;
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
from data import (A_YEARS, A_KEYCOLS, A_AREAS, A_DISTRICTS, A_AREA_NOTE, A_PASSAGE, A_OWNER, A_RENT_DEAL_2026,  # noqa
                  A_RENT_DEAL_2027, A_NEW_FLATS, A_INVEST, A_INVEST_CEDER, A_PROFIT, A_BUDGET_RES, a_key,
                  a_key_text, a_area_text, a_area_vak, a_total_cells, a_sentences, a_flats, a_vacant,
                  a_profit_total,
                  B_TARGETS, B_AREAS, B_GOALS, B_ACTIONS, B_BREAK_AFTER, B_PASSAGE, B_INS, b_targets, b_target_text,
                  b_area_text, b_action_text, b_missed, b_sentences, b_share_within,
                  C_PARTIES, C_VOTE, C_PASSAGE, C_INT1, C_INT2, C_ELECTIONS, C_AMB, C_AMB_ATT, C_ADJUSTERS,
                  c_vote_totals, c_vote_text, c_member_text, c_sub_text,
                  D_AREAS, D_CATS, D_FEE, D_FEE_2026, D_SHARE_2025, D_SHARE_GOAL, D_AVAILABLE, D_FEES_2026,
                  D_PASSAGE, D_PRIOS, d_rows, d_text, d_share, d_sum, d_sum_cells, d_fee_tkr, d_sentences,
                  E_YEARS, E_GROUPS, E_ROWS, E_NOTES, E_PASSAGE, E_PREV_PLAN, E_TARIFF_RISE, E_PRIOS, e_text, e_sum,
                  e_group_sum, e_sum_cells, e_sentences,
                  F_PROG, F_AGE, F_ECON, F_PASSAGE, F_ACTIONS, F_GOAL, F_UNIQUE_2025, F_SCAN_FOOT, F_SCAN_HEAD,
                  f_prog_text, f_share, f_prog_sum, f_scan_rows, f_scan_text, f_scan_numbers, f_unique,
                  f_age_text, f_age_total_cells, f_econ_text, f_econ_net, f_sentences,
                  g, d1, pct, share, D as DATE)

QFILE = HERE.parent / "train_syn44.jsonl"
N_Q = 72
BASE = 44000
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
SCAN_NONE = {"t44070"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "minuter", "timmar", "kr/m²"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                "nio": 9, "tio": 10}

A = "wilsater-wilsaterhem-arsredovisning-2026.pdf"
B = "jarvsta-raddningstjanst-handlingsprogram-2027-2030.pdf"
C = "region-nolvanga-rf-protokoll-2027-04-20.pdf"
D = "ismunda-mn-tillsynsplan-2027.pdf"
E = "yngsvik-va-plan-investeringar-2027-2031.pdf"
F = "cedvinge-arbetsmarknadsenheten-uppfoljning-2026.pdf"
# the name a question must carry
PLACE = {A: "Wilsäter", B: "Jarvsta", C: "Nolvånga", D: "Ismunda", E: "Yngsvik", F: "Cedvinge"}
PAGES = {A: 4, B: 4, C: 3, D: 3, E: 3, F: 4}
WITH_TITLE = {E}
WITH_MINUS = {F}
LANDSCAPE = {E: [2]}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "CIJNWYÖ"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic42/check.py and ../synthetic40/check.py, extracted by
# a script that parsed only those assignments with ast (they hold the names of ../synthetic … ../synthetic42).
# ../synthetic43 is being written at the same time and was not opened, so nothing of it is in the list.
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
    "Dan Mårtensson", "Aida Vesterberg", "Beatrice Dahlqvist", "Axel Vinberg", "Doris Ahlqvist",
]
# real Swedish municipalities and regions beginning with C, I, J, N, W, Y or Ö (there are none with C, I or W; the
# regions are Jämtland Härjedalen, Jönköpings län, Norrbotten, Örebro län and Östergötland): none may be one of our
# names, and none may occur as a word in our PDFs ("Nora" is also a first name; the texts avoid it)
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Jämtland", "Härjedalen",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Ydre", "Ystad",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå", "Östergötland"]
# our own invented names (the region and municipalities first, then areas, places, blocks and stations); later sets
# should add them to their FORBIDDEN lists
OWN = ["Wilsäter", "Jarvsta", "Nolvånga", "Ismunda", "Yngsvik", "Cedvinge",
       "Wilsäterhem", "Ingeborgsdal", "Nissebacken", "Cederkullen", "Jökelbo", "Nordtuna", "Yngshult", "Östervinge",
       "Järven",
       "Wäggeby", "Ivsjöbo", "Nolkärr", "Yxnäs", "Cinnarp",
       "Wirby", "Jonsåker",
       "Ceciliedal", "Jungsund", "Wiggeby", "Ivdalen", "Nästervik", "Öjersvik", "Ingvallsbo", "Ivsjön"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Jessica Nordlund", "Niklas Westin", "Irene Jonsson", "Carl Ödman", "Yasmin Nasser",
           "Conny Öhman", "Ida Wessman",
           "Christer Jansson", "Wera Nyholm", "Isabella Nordqvist", "Walter Nyman", "Nils Ingvarsson",
           "Camilla Nordgren", "Yvonne Jernberg", "Johan Yngvesson", "Inger Claesson", "Örjan Wiklander",
           "Nadia Carlsson", "Yusuf Celik", "Josefin Carlberg", "Claes Jönsson", "Ingemar Wiik", "Natalie Cronqvist",
           "Joakim Nylander", "Cornelia Wendt", "Ivar Noréus", "Wilma Cederlund", "Jonatan Ceder", "Nina Iversen",
           "Yngve Carlstedt", "Ingela Westberg", "Nicklas Jäderholm", "Cecilia Nyqvist", "Jasmin Örtegren",
           "Catarina Wijk", "Ivan Nordahl", "Jonna Öhrn",
           "Josef Cederquist", "Natalia Wretling", "Niclas Öberg",
           "Ylva Isaksen", "Ines Cederström"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates
TEMPLATES = ["synthetic40", "synthetic42"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 43)]


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


A_AR = rows(A_AREAS, a_area_text)
B_AR = rows(B_AREAS, b_area_text)
B_AC = rows(B_ACTIONS, b_action_text)
C_VT = [dict(r=(p, C_VOTE[p]), item=c_vote_text(p)) for p, _ in C_PARTIES]
_kl = [e for e in C_ELECTIONS if e[0] == "Krisledningsnämnden"][0]
C_KL = [dict(r=(m[0], m[1]), item=c_member_text(m)) for m in _kl[2]] + \
       [dict(r=(s[0], s[1]), item=c_sub_text(s)) for s in _kl[3]]
D_C = rows(D_CATS, d_text)
E_R = rows(E_ROWS, e_text)
F_P = rows(F_PROG, f_prog_text)
F_E = rows(F_ECON, f_econ_text)

# qid -> (rows, predicate on the raw row)
COND = {
    "t44006": (A_AR, lambda a: a_area_vak(a) > 3.0),                               # a share over 3 %
    "t44007": (A_AR, lambda a: a[6] < a[5]),                                       # 2026 < 2025 (pair)
    "t44008": (A_AR, lambda a: a[4] < 1150),                                       # rent under 1 150 kr/m²
    "t44018": (B_AR, lambda a: b_missed(a)),                                       # outcome over target (pair)
    "t44019": (B_AC, lambda x: x[3] == "Förebyggande avdelningen"),                # responsible unit
    "t44020": (B_AC, lambda x: x[4] < DATE(2028, 1, 1)),                           # date
    "t44030": (C_VT, lambda r: r[1][2] > 0),                                       # a party with no votes
    "t44032": (C_KL, lambda r: r[1] == "S"),                                       # party within one body
    "t44042": (D_C, lambda c: c[3] == "Årligen"),                                  # frequency word
    "t44043": (D_C, lambda c: d_share(c) < 80),                                    # share under 80 %
    "t44044": (D_C, lambda c: c[4] > 200),                                         # hours over 200
    "t44054": (E_R, lambda r: e_sum(r) > 30),                                      # total over 30 mnkr
    "t44055": (E_R, lambda r: r[0] == "N" and r[8] > 0),                           # group + year column
    "t44056": (E_R, lambda r: r[4] == 0),                                          # nothing in the first year
    "t44066": (F_P, lambda p: f_share(p) < 40),                                    # share under 40 % (scanned)
    "t44067": (F_P, lambda p: p[2] < p[1]),                                        # 2026 < 2025 (pair, scanned)
    "t44068": (F_E, lambda e: e[2] - e[1] < 0),                                    # negative deviation
}
PAIR = {"t44007", "t44018", "t44067"}
GROUP = {"t44032", "t44055"}
_pn = [e for e in C_ELECTIONS if e[0] == "Patientnämnden"][0]
EXACT = {
    "t44031": [c_member_text(m) for m in _pn[2]],
}
NONE_ABSENT = {
    "t44010": (A, [r"2022"], None),
    "t44011": (A, [r"[Aa]nställd", r"[Mm]edarbetare", r"[Pp]ersonal", r"[Åå]rsarbetare"], None),
    "t44012": (A, [], lambda: all(a_area_vak(a) <= 8 for a in A_AREAS)),
    "t44013": (A, [], lambda: "2024" not in page_raw(A, 3) and "Nordtuna" not in page_raw(A, 2)
               and not re.search(r"Nordtuna[^.]{0,200}2024", " ".join(pdf_pages(A)[1]))),
    "t44022": (B, [r"2024"], None),
    "t44023": (B, [r"mnkr", r"tkr", r"kronor", r"\bkr\b", r"[Bb]udget"], None),
    "t44024": (B, [r"203[1-9]"], lambda: all(x[4] <= DATE(2030, 12, 31) for x in B_ACTIONS)),
    "t44025": (B, [r"30 min"], lambda: all(a[2] != 30 for a in B_AREAS)),
    "t44034": (C, [r"2024"], None),
    "t44035": (C, [r"[Vv]al av ledamöter[^.]{0,40}regionstyrelse"],
               lambda: all(e[0] != "Regionstyrelsen" for e in C_ELECTIONS)),
    "t44036": (C, [r"Wirby[^.]{0,150}minut", r"minut[^.]{0,150}Wirby", r"responstid[^.]{0,100}Wirby"], None),
    "t44046": (D, [r"[Tt]imavgift[^.]{0,150}2025", r"2025[^.]{0,150}[Tt]imavgift"], None),
    "t44047": (D, [r"[Åå]rsarbet", r"[Hh]eltidstjänst", r"[Hh]eltidsanställ",
                   r"\d+ (?:miljö|livsmedels|hälsoskydds)?inspektör", r"inspektörer[^.]{0,40}\d"], None),
    "t44048": (D, [r"[Kk]vartal"], lambda: all("kvartal" not in c[3].lower() for c in D_CATS)),
    "t44049": (D, [r"2028"], None),
    "t44058": (E, [r"2032"], None),
    "t44059": (E, [r"[Aa]nläggningsavgift", r"[Aa]nslutningsavgift", r"per fastighet"], None),
    "t44060": (E, [], lambda: all(v <= 50 for r in E_ROWS for v in r[4:9])),
    "t44061": (E, [r"Ceciliedal[^.]{0,40}\b\d+ (?:fastigheter|fritidshus|hushåll|tomter)\b",
                   r"\b\d+ (?:fastigheter|fritidshus|hushåll|tomter)\b[^.]{0,40}Ceciliedal"],
               lambda: not any(re.search(r"\d+ (?:fastigheter|fritidshus|hushåll|tomter)", r[3])
                               for r in E_ROWS if r[2] == "Ceciliedal")),
    "t44070": (F, [r"2024"], None),
    "t44071": (F, [r"[Ff]eriejobb", r"[Ss]ommarjobb", r"[Ss]ommararbete"], None),
    "t44072": (F, [r"sex månader efter[^.]{0,80}\d", r"\d[^.]{0,80}sex månader efter", r"[Hh]alvår"], None),
}
LIST_NONE = {"t44012", "t44024", "t44025", "t44035", "t44048", "t44060"}
NONE_LABEL = {
    "t44010": ("soliditeten", "Soliditet, %"),
    "t44012": ("vakansgrad", "Vakansgrad 2026, %"),
    "t44013": ("genomsnittshyran", "Genomsnittshyra"),
    "t44022": ("insatstiden", "Insatstid, minuter (median)"),
    "t44024": ("åtgärder", "Tabell 3. Åtgärder 2027–2030"),
    "t44025": ("insatsområden", "Insatsområde"),
    "t44035": ("regionstyrelsen", "Regionstyrelsen"),
    "t44036": ("Wirby", "närakuten i Wirby"),
    "t44046": ("timavgiften", "Timavgift, kr"),
    "t44048": ("tillsyn", "Frekvens"),
    "t44049": ("tillsynsbesök", "planerade tillsynsbesök"),
    "t44058": ("investeringsutgift", "Investeringsutgift per år, mnkr"),
    "t44060": ("VA-plan", "VA-plan 2027–2036"),
    "t44061": ("Ceciliedal", "Ceciliedal"),
    "t44070": ("språkpraktik", "Språkpraktik"),
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
        elif not all(re.search(p_, SCANNED[F][2]) for p_ in [r"Delt 2025", r"Delt 2026"]):
            errs.append(f"{qid}: the scanned table should show the neighbouring years 2025 and 2026")

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

    # ---------------------------------------------------------------- data consistency (synthetic44)
    WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}

    # (a) Wilsäterhem, årsredovisning 2026
    for y in A_YEARS:
        need(A, a_key_text(y), [1], "A key-figure row")
    for _, head, _ in A_KEYCOLS:
        need(A, head, [1], "A slanted heading")
    for a in A_AREAS:
        need(A, a_area_text(a), [2], "A area row")
        need(A, f"{a[1].rstrip('¹')} {a[6]}", [2], "A isotype count")
        if a[0] not in A_DISTRICTS:
            errs.append(f"A: unknown district of {a[1]}")
    need(A, " ".join(a_total_cells()), [2], "A total row")
    need(A, A_AREA_NOTE, [2], "A area note")
    for dist in A_DISTRICTS:
        need(A, dist.upper(), [2], "A district row")
    for s_ in a_sentences():
        need(A, s_, [0], "A running text")
    need(A, f"Wilsäterhem förvaltar {g(a_flats(2026))} bostadslägenheter i {WORD[len(A_AREAS)]} områden", [0],
         "A flats")
    if a_flats(2026) - a_flats(2025) != A_NEW_FLATS or a_key(2024, "lgh") >= a_flats(2025):
        errs.append("A: the number of flats must grow by the new flats in Cederkullen")
    if not (a_key(2026, "sol") < A_OWNER["sol"] and a_key(2026, "vak") > A_OWNER["vak"]
            and a_key(2026, "rtg") >= A_OWNER["rtg"] > a_key(2025, "rtg")):
        errs.append("A: p. 1–2 say soliditet and vacancy miss the owner's targets and the interest cover meets it "
                    "again in 2026 after missing it in 2025")
    if not (a_key(2026, "res") > A_BUDGET_RES and a_key(2026, "oms") > a_key(2025, "oms")):
        errs.append("A: p. 1 says the result beat the budget and the turnover rose")
    bel = [a_key(y, "bel") for y in A_YEARS]
    uh = [a_key(y, "uh") for y in A_YEARS]
    if bel[0] != min(bel) or uh[0] != max(uh):
        errs.append("A: p. 2 says the loan-to-value ratio is the lowest and the maintenance the highest of the period")
    need(A, f"Räntetäckningsgraden sjönk till {d1(a_key(2025, 'rtg'))} gånger 2025", [1], "A comment rtg")
    need(A, f"Belåningsgraden sjönk till {d1(bel[0])} procent, den lägsta nivån under perioden", [1], "A comment bel")
    need(A, f"Underhållet ökade till {g(uh[0])} kronor per kvadratmeter, den högsta nivån", [1], "A comment uh")
    hyra = [a[4] for a in A_AREAS]
    if not min(hyra) < a_key(2026, "hyra") < max(hyra):
        errs.append("A: the company's average rent must lie between the areas' rents")
    if pct(a_key(2026, "hyra"), a_key(2025, "hyra")) <= A_RENT_DEAL_2026:
        errs.append("A: p. 1 says the average rent rose more than the negotiated rise")
    areas = {a[1].rstrip("¹"): a for a in A_AREAS}
    if {n for n, a in areas.items() if a[6] < a[5]} != {"Nissebacken", "Nordtuna"}:
        errs.append("A: p. 4 says the unlet flats fell in Nordtuna and Nissebacken only")
    if max(A_AREAS, key=a_area_vak)[1] != "Yngshult" or areas["Cederkullen"][6] <= areas["Cederkullen"][5]:
        errs.append("A: p. 4 comments on Yngshult (highest vacancy) and on Cederkullen's new vacancies")
    need(A, f"I Yngshult var {areas['Yngshult'][6]} lägenheter outhyrda vid årets slut. Det beror på att {A_PASSAGE}",
         [3], "A passage")
    need(A, f"bostadshyrorna höjs med {d1(A_RENT_DEAL_2027)} procent från den 1 april 2027", [3], "A rent 2027")
    need(A, f"Investeringarna uppgick till {d1(A_INVEST)} mnkr, varav {d1(A_INVEST_CEDER)} mnkr", [3], "A invest")
    need(A, f"Balanserade vinstmedel {g(A_PROFIT['balanced'])}", [3], "A profit")
    need(A, f"Årets resultat {g(A_PROFIT['result'])} Summa {g(a_profit_total())}", [3], "A profit sum")
    need(A, f"till aktieägaren delas ut {g(A_PROFIT['dividend'])} i ny räkning balanseras "
            f"{g(a_profit_total() - A_PROFIT['dividend'])} Summa {g(a_profit_total())}", [3], "A appropriation")

    # (b) Jarvsta, handlingsprogram för räddningstjänst
    for t in b_targets():
        need(B, b_target_text(t), [0], "B target row")
    if b_targets()[2][2] != b_share_within():
        errs.append("B: the share within the target time must be computed from Tabell 2")
    for s_ in b_sentences():
        need(B, s_, [0], "B running text")
    for nr, goal in B_GOALS:
        need(B, f"Mål {nr} {goal}", [0], "B goal list")
    for a in B_AREAS:
        need(B, b_area_text(a), [1], "B area row")
        need(B, f"{a[0]} {d1(a[4])} min (mål {a[2]})", [1], "B dial label")
    missed = [a for a in B_AREAS if b_missed(a)]
    need(B, f"Målet nåddes inte i {WORD[len(missed)]} av {WORD[len(B_AREAS)]} områden", [1], "B missed count")
    if {a[0] for a in missed} != {"Wäggeby", "Nolkärr", "Cinnarp"}:
        errs.append("B: p. 2 comments on Wäggeby, Nolkärr and Cinnarp as the areas that missed the target")
    for a in missed:
        if a[5] >= 50:
            errs.append(f"B: {a[0]} misses the target on the median but has a share within it of {a[5]} %")
    for a in B_AREAS:
        if not b_missed(a) and a[5] < 50:
            errs.append(f"B: {a[0]} meets the target on the median but has a share within it under 50 %")
    need(B, f"Att insatstiden i Wäggeby blev längre beror på att {B_PASSAGE}", [1], "B passage")
    wag = [a for a in B_AREAS if a[0] == "Wäggeby"][0]
    if not wag[4] > wag[3]:
        errs.append("B: p. 2 says the response time in Wäggeby got longer")
    if sum(a[6] for a in B_AREAS) != B_INS[0]:
        errs.append("B: the call-outs per area must add up to the year's call-outs")
    a22 = [x for x in B_ACTIONS if x[1] == "2.2"][0]
    if "Nolkärr och Cinnarp" not in a22[2]:
        errs.append("B: p. 2 refers to action 2.2 for Nolkärr and Cinnarp")
    nrs = [x[1] for x in B_ACTIONS]
    brk = nrs.index(B_BREAK_AFTER)
    for k, x in enumerate(B_ACTIONS):
        want = [3] if k <= brk else [4]
        if pages_of(B, b_action_text(x)) != want:
            errs.append(f"B: action {x[1]} printed on {pages_of(B, b_action_text(x))}, expected {want}")
    if B_ACTIONS[brk][0] != B_ACTIONS[brk + 1][0]:
        errs.append("B: Tabell 3 must break inside a goal")
    if count(B, "Nr Åtgärd Ansvarig Klart senast") != 2:
        errs.append("B: the heading of Tabell 3 must be printed twice")
    gname = dict(B_GOALS)[B_ACTIONS[brk][0]]
    need(B, f"Tabell 3 (forts.) Nr Åtgärd Ansvarig Klart senast {B_ACTIONS[brk][0]} Mål {B_ACTIONS[brk][0]}. "
            f"{gname} (forts.)", [3], "B continued goal")
    need(B, "Tabell 3 fortsätter på nästa sida", [2], "B break note")

    # (c) Region Nolvånga, regionfullmäktige
    tot = c_vote_totals()
    for p, _ in C_PARTIES:
        need(C, c_vote_text(p), [1], "C vote row")
        v = C_VOTE[p]
        if sum(v[1:]) != v[0]:
            errs.append(f"C: the votes of {p} do not add up to its seats")
    need(C, "Summa " + " ".join(g(x) for x in tot), [1], "C vote sum")
    if tot[0] != 81:
        errs.append("C: the assembly has 81 seats")
    need(C, f"Omröstningen utfaller med {tot[1]} ja-röster mot {tot[2]} nej-röster. {WORD[tot[3]].capitalize()} "
            f"ledamöter avstår och {WORD[tot[4]]} är frånvarande", [1], "C vote sentence")
    no_parties = [p for p, _ in C_PARTIES if C_VOTE[p][2] > 0]
    need(C, f"Ledamöterna från {', '.join(no_parties[:-1])} och {no_parties[-1]} reserverar sig", [1],
         "C reservation")
    need(C, "Walter Nyman (SD), Josefin Carlberg (C) och Yvonne Jernberg (V) yrkar avslag", [1], "C motions")
    if [p for p, _ in C_PARTIES if C_VOTE[p][3] > 0] != ["MP"]:
        errs.append("C: only MP (who asked for a referral back) abstains")
    need(C, f"att {C_PASSAGE}", [1], "C passage")
    i1, i2 = C_INT1, C_INT2
    need(C, f"medianresponstiden för prio 1-uppdrag i hela regionen var {d1(i1['region'])} minuter 2026, jämfört med "
            f"{d1(i1['prev'])} minuter året innan. I Jonsåkers kommun var medianen {d1(i1['jons'])} minuter, medan "
            f"regionens mål är högst {d1(i1['target'])} minuter", [0], "C interpellation 1")
    need(C, f"kostnaden för inhyrd personal var {d1(i2['cost'])} mnkr 2026 ({d1(i2['prev'])}), vilket motsvarar "
            f"{d1(i2['share'])} procent av regionens personalkostnader. Målet är att andelen ska vara högst "
            f"{d1(i2['goal'])} procent", [1], "C interpellation 2")
    for body, term, members, subs in C_ELECTIONS:
        need(C, f"{body} {term} Ledamöter Ersättare " + " ".join(c_member_text(m) for m in members) + " "
             + " ".join(c_sub_text(s) for s in subs), [2], "C election card")
        if sum(1 for m in members if m[2] == "ordförande") != 1:
            errs.append(f"C: {body} needs exactly one chair")
    need(C, f"finns {d1(C_AMB['planned'])} mnkr avsatta för en ny ambulansstation i Jonsåker. Efter projekteringen "
            f"beräknas investeringsutgiften till {d1(C_AMB['cost'])} mnkr", [2], "C ambulance station")
    if f"{d1(C_AMB['cost'] - C_AMB['planned'])} mnkr" not in C_AMB_ATT[1] or d1(C_AMB["cost"]) not in C_AMB_ATT[0]:
        errs.append("C: the att-clauses must carry the cost and the extra cost")
    for a_ in C_AMB_ATT:
        need(C, "att " + a_, [2], "C att-clause")
    for n_, p_ in C_ADJUSTERS:
        need(C, f"{n_} ({p_})", [0], "C adjuster")

    # (d) Ismunda, tillsynsplan 2027
    for c in D_CATS:
        need(D, d_text(c), [1], "D category row")
        if abs(d_fee_tkr(c) - c[4] * D_FEE[c[0]] / 1000) > 0.051:
            errs.append(f"D: the fee of {c[1]} is not hours × fee per hour")
    for area in D_AREAS:
        need(D, area.upper(), [1], "D group row")
        need(D, " ".join(x for x in d_sum_cells(f"Summa {area[0].lower() + area[1:]}", d_sum(area)) if x), [1],
             "D group sum")
    t = d_sum()
    need(D, " ".join(x for x in d_sum_cells("Totalt", t) if x), [1], "D total")
    for s_ in d_sentences():
        need(D, s_, [0], "D running text")
    if not (t[3] < D_SHARE_GOAL and t[3] > D_SHARE_2025 and D_FEES_2026[0] < D_FEES_2026[1]
            and t[4] > D_AVAILABLE):
        errs.append("D: p. 1 says the share rose but missed the goal, fees fell short and hours exceed the time")
    for lab in (f"mål {d1(D_SHARE_GOAL)} %", f"2025: {d1(D_SHARE_2025)} %", f"Utfall: {d1(t[3])} %",
                f"budget {g(D_FEES_2026[1])} tkr", f"Utfall: {g(D_FEES_2026[0])} tkr"):
        need(D, lab, [0], "D thermometer label")
    for a in D_AREAS:
        if D_FEE[a] <= D_FEE_2026[a]:
            errs.append(f"D: p. 1 says the fee for {a} rises")
    if not D_FEE["Livsmedelskontroll"] > D_FEE["Miljöskydd"] == D_FEE["Hälsoskydd"]:
        errs.append("D: p. 2 says food control has the higher fee")
    rest = [c for c in D_CATS if c[1] == "Restauranger och caféer"][0]
    need(D, f"Av {rest[5]} planerade kontroller av restauranger och caféer genomfördes {rest[6]}. Det beror på att "
            f"{D_PASSAGE}", [2], "D passage")
    sh = {c[1]: d_share(c) for c in D_CATS}
    if not (sh["Lantbruk med djurhållning"] < 80 and sh["Hygienlokaler"] < 80 and sh["Små avloppsanläggningar"] > 100):
        errs.append("D: p. 3 says farms and hygiene premises were low and small sewage systems ahead of plan")
    need(D, f"den planerade tillsynen kräver {g(t[4])} timmar. Tillgänglig tid för planerad tillsyn är "
            f"{g(D_AVAILABLE)} timmar", [2], "D resources")
    for t_, subs in D_PRIOS:
        need(D, t_, [2], "D priority")
        for s_ in subs:
            need(D, s_, [2], "D sub-priority")

    # (e) Yngsvik, VA-plan
    for r in E_ROWS:
        need(E, e_text(r), [1], "E row")
        if r[0] not in dict(E_GROUPS):
            errs.append(f"E: unknown group of {r[1]}")
    for gl, gname in E_GROUPS:
        need(E, f"{gl} {gname}", [1], "E group row")
        need(E, " ".join(x for x in e_sum_cells(f"Summa {gname[0].lower() + gname[1:]}", e_group_sum(gl)) if x), [1],
             "E group sum")
    tot = e_group_sum()
    need(E, " ".join(x for x in e_sum_cells("Totalt", tot) if x), [1], "E total")
    if abs(sum(e_group_sum(gl)[5] for gl, _ in E_GROUPS) - tot[5]) > 0.05:
        errs.append("E: the group sums do not add up to the total")
    for n_ in E_NOTES:
        need(E, n_, [1], "E note")
    for s_ in e_sentences():
        need(E, s_, [0], "E running text")
    if max(range(5), key=lambda k: tot[k]) != E_YEARS.index(2029):
        errs.append("E: p. 1 says 2029 is the largest year")
    if max(E_ROWS, key=e_sum)[1] != "A1":
        errs.append("E: the treatment plant must be the largest item")
    for name in ("Yngsvik centrum", "Nästervik", "Öjersvik", "Ingvallsbo", "Jungsund", "Ceciliedal", "Wiggeby",
                 "Ivdalen", "Yngsviks reningsverk", "Ivdalens vattenverk"):
        need(E, name, [0], "E map label")
    need(E, f"Skälet är att {E_PASSAGE}", [2], "E passage")
    need(E, f"Förra VA-planen innehöll {d1(E_PREV_PLAN)} mnkr för samma period", [2], "E previous plan")
    need(E, f"höjas med omkring {d1(E_TARIFF_RISE)} procent per år under 2028–2031", [2], "E tariff")
    for t_, subs in E_PRIOS:
        need(E, t_, [2], "E priority")
        for s_ in subs:
            need(E, s_, [2], "E sub-priority")
    jung = [r for r in E_ROWS if r[1] == "N1"][0]
    if not (jung[5] > 0 and jung[6] > 0):
        errs.append("E: p. 3 says the transfer main to Jungsund is laid 2028–2029")

    # (f) Cedvinge, arbetsmarknadsenheten (p. 2 scanned)
    scan = norm(f_scan_text())
    for r in f_scan_rows():
        if norm(" ".join(r)) not in scan:
            errs.append(f"F: scanned row missing: {r}")
    s_ = f_prog_sum()
    if s_[2] != sum(p[3] for p in F_PROG) or any(p[4] + p[5] > p[3] or p[3] > p[2] + p[1] for p in F_PROG):
        errs.append("F: the scanned table is inconsistent")
    for x in f_sentences():
        need(F, x, [0], "F running text")
    if not s_[5] < F_GOAL:
        errs.append("F: p. 1 says the share to work or studies missed the goal of one half")
    for a in F_AGE:
        need(F, f_age_text(a), [2], "F age row")
    need(F, " ".join(f_age_total_cells()), [2], "F age total")
    if f_unique() <= F_UNIQUE_2025:
        errs.append("F: p. 1 says the unique participants increased")
    mid = [a for a in F_AGE if a[0] == "25–39 år"][0]
    if not 35 <= (mid[1] + mid[2]) / f_unique() * 100 < 40:
        errs.append("F: p. 3 says nearly four in ten were 25–39 years old")
    for e in F_ECON:
        need(F, f_econ_text(e), [2], "F economy row")
    b_, o_, dev = f_econ_net()
    need(F, f"Nettokostnad {g(b_)} {g(o_)} {g(dev, plus=True)}", [2], "F net cost")
    if not (dev < 0 and [e for e in F_ECON if e[0] == "Intäkter från Arbetsförmedlingen"][0][2] <
            [e for e in F_ECON if e[0] == "Intäkter från Arbetsförmedlingen"][0][1]):
        errs.append("F: p. 1 says the deficit comes from lower revenue from Arbetsförmedlingen")
    prog = {p[0]: p for p in F_PROG}
    if max(F_PROG, key=lambda p: p[4] / p[3])[0] != "Kommunala visstidsanställningar":
        errs.append("F: p. 4 says the municipal fixed-term jobs most often lead to work")
    for nm in ("Ungdomsspåret 16-24 år", "Yrkessvenska med praktik"):
        if not prog[nm][5] > prog[nm][4]:
            errs.append(f"F: p. 4 says {nm} leads more often to studies")
    if max(F_PROG, key=lambda p: p[2])[0] != "Stöd och matchning, försörjningsstöd":
        errs.append("F: p. 4 says the support for people on income support has the most participants")
    ext = prog["Extratjänster"]
    if not ext[2] < ext[1] or not prog["Arbetsträning i egen regi"][2] > prog["Arbetsträning i egen regi"][1]:
        errs.append("F: p. 4 says the extra jobs fell and the work training grew")
    need(F, f"{F_PASSAGE}. Det förklarar också", [3], "F passage")
    for a_ in F_ACTIONS:
        need(F, a_, [3], "F action")
    layer = " ".join(text_layer(F))
    for num in f_scan_numbers():
        if len(num.replace(",", "").replace(" ", "")) >= 2 and number_in(layer, num):
            errs.append(f"F: scanned figure {num!r} repeated in the text layer")
    for x in F_SCAN_FOOT + F_SCAN_HEAD + [" ".join(r) for r in f_scan_rows()]:
        if norm(x) in norm(layer):
            errs.append(f"F: scanned text {x[:40]!r} repeated in the text layer")

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
