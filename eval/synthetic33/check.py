"""Checks ../heldout_syn33.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Ölvsunda document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic32/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic33).

* format: 50 questions h33001..h33050, key order, types 16 figure / 14 list / 6 passage / 14 none, 13 in English
  (at least 4 of them figures, 4 lists and 3 none), at least 10 conditional lists, at least 4 list-shaped none
  questions; on the scanned page 2 figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the questions that ask for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (f) (WITH_MINUS); metadata titles exactly in (b),
  (d) and (f); landscape pages exactly pp. 2-3 of (d); page 2 of (f) an image without text; no names of earlier
  synthetic municipalities or places (FORBIDDEN, incl. the OWN names of ../synthetic31, ../synthetic32 and the sets
  before them), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own names
  (OWN) and persons all start with B, D, F, H, L or Ö and none of OWN or PERSONS occurs in the READMEs of the
  earlier sets or in ../synthetic30/check.py and ../synthetic32/check.py;
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
from data import (A_DATE, A_SIGNED, A_POSTED, A_TAKEN_DOWN, A_MEMBERS, A_SUBS, A_ABSENT, A_PARTLY, A_NONSERVING,  # noqa
                  A_OTHERS, A_PERIOD_RESULT, A_BUDGET_RESULT, A_COMMITTEE_DEV, A_FINANCE_DEV, A_F_COST,
                  A_F_EARLIER, A_F_SMALL, A_PASSAGE, A_VOTE, A_VOTE_PAR, A_RESERVED, A_DELEG, a_deleg_text,
                  a_serving, a_committee_dev, a_forecast,
                  B_YEARS, B_GROUPS, B_BREAK_AFTER, B_DEPRECIATION, B_RESULT, B_PASSAGE, b_rows, b_total_budget,
                  b_group_sum, b_grand, b_row_text, b_sum_text, b_self_fin, b_new_loans,
                  C_SCHOOLS, C_TARGET, C_NATION, C_AREAS, C_PASSAGE, c_values, c_muni, c_row_text, c_school_text,
                  D_STATUS, D_AREAS, D_BREAK_AFTER, D_EMISSIONS, D_TARGET_CUT, D_FLEET, D_FOCUS, D_PASSAGE,
                  d_rows, d_row_text, d_deadline_year, d_status_count, d_cost_sum, d_cut_pct,
                  E_PROCESSES, E_CONTROLS, E_FOLLOW, E_PASSAGE, e_risks, e_rv, e_risk_text, e_control_text,
                  e_follow_text, e_dev_total, e_with_dev,
                  F_STREETS, F_BUDGET, F_NEED, F_DEBT, F_ASPHALT, F_NETWORK, F_TN, F_PASSAGE, F_PROG,
                  f_year_sum, f_len_sum, f_row_text, f_scan_text,
                  d1, g, dz)

QFILE = HERE.parent / "heldout_syn33.jsonl"
N_Q = 50
BASE = 33000
PREFIX = "h"
WANT_TYPES = {"figure": 16, "list": 14, "passage": 6, "none": 14}
WANT_EN = 13
MIN_EN_LISTS = 4
MIN_EN_FIGS = 4
MIN_EN_NONE = 3
MIN_COND = 10
MIN_LIST_NONE = 4     # list-shaped none questions
MIN_ANSWERABLE = 5    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"h33049"}   # the none question about the scanned street table
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "hennestad-ks-protokoll-2027-10-05.pdf"
B = "bromsvik-investeringsbudget-2027-plan-2028-2031.pdf"
C = "dalmarka-bun-kvalitetsrapport-grundskola-2026.pdf"
D = "fjardinge-miljo-och-klimatprogram-handlingsplan-2027-2028.pdf"
E = "lonnvika-sn-internkontrollplan-2027.pdf"
F = "olvsunda-tn-underhallsplan-gator-2027-2029.pdf"
PLACE = {A: "Hennestad", B: "Bromsvik", C: "Dalmarka", D: "Fjärdinge", E: "Lönnvika", F: "Ölvsunda"}
WITH_TITLE = {B, D, F}
WITH_MINUS = {A, F}      # documents that print negative amounts or differences with "−"
LANDSCAPE = {D: [2, 3]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "BDFHLÖ"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic32/check.py (its FORBIDDEN list already holds the names of
# ../synthetic … ../synthetic30), checked against the lines that define FORBIDDEN and OWN in ../synthetic31/check.py
# (read with grep -n and a script over those line ranges only: every FORBIDDEN name of synthetic31 is already in
# the list, its OWN names are added below). ../synthetic34 is being written at the same time by another writer with
# other letters and was not read (the brief forbade it).
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
    "Jättestensskolan",
    # the OWN list of ../synthetic25/check.py (its FORBIDDEN list equals ours above; read with sed, those lines only)
    "Hyttnäs", "Lövkulla", "Nyhamra", "Fjällsunda", "Bredåker", "Dalmyra", "Hyttbacken", "Lerdalen", "Fabriksparken",
    "Nygårdstorget", "Lyktan", "Freja", "Dalängsskolan", "Dammtorp", "Forsbackaskolan", "Hultaskolan",
    "Nyhemsskolan", "Framtidsskolan", "Norrskenets friskola", "Hyttan", "Lindhammar Bygg", "Hedåsen", "Dovreby",
    "Fiskarparken", "Bäckvik", "Bodtjärn", "Humlan", "Lillbyn", "Nolhed", "Hultmossen", "Blåvingens Ungdomsteater",
    "Bykroken", "Forsåns Kanotklubb", "Hedvalla", "Laxbäckens SK", "Lillsjöns scoutkår",
    # the OWN list of ../synthetic26/check.py
    "Tyllinge", "Mjärdevik", "Orrhammar", "Isbäcka", "Ylvasund", "Äppelvik",
    "Oxhagen", "Tegelvik", "Ilsvik", "Torggatan", "Tullgatan", "Magasinsgatan", "Ishusgatan", "Mjölnargatan",
    "Oxhagsvägen", "Odalvägen", "Tranbärsvägen", "Murklevägen", "Tegelugnsvägen", "Mästargatan",
    "Ormbunksvägen", "Tofsvipevägen", "Ilsviksvägen", "Trutvägen", "Tångvägen", "Matrosgatan",
    "Tunaby", "Ytterlunda", "Ängsbro", "Ollestad", "Marbäcka",
    "Isbäckaån",
    "Tingshuset", "Tornrosskolan", "Idunskolan", "Tuvängsskolan", "Tranhöjdsskolan", "Tvärskogs skola",
    "Myrstackens förskola", "Oktavens förskola", "Odalgårdens förskola", "Mistelns förskola", "Mariagården",
    "Ängshemmet", "Yngvegården", "Ylvasundshallen", "Mediateket", "Tändstickan",
    "Malmen", "Tjädern", "Oxeln", "Ingenjören", "Yxan", "Orgeln", "Äppelträdet",
    # the OWN list of ../synthetic27/check.py (its FORBIDDEN list equals ours above; read with grep -n and sed, the
    # lines that define FORBIDDEN and OWN only)
    "Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby", "Ramsåker", "Vemmeby",
    "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan", "Snickarbodens förskola",
    "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola", "Solrosens äldreboende",
    "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen",
    "Prövik Revision", "Rydqvist Trafikanalys",
    "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan", "Skogsvägen",
    "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan",
    # the OWN list of ../synthetic28/check.py
    "Båthälla", "Eksärva", "Gyllsta", "Hamrelund", "Mossala", "Timmerhamn",
    "Bärnstenen", "Ebbagården", "Gullregnet", "Hemgläntan", "Malvagården", "Mölnegården", "Tussilagon",
    "Gnejs Omsorg", "Herdevik Vård",
    "Teglaberget", "Gäddvik", "Gäddviksskolan", "Byvalla", "Hällby", "Hällbyskolan", "Hällbybadet", "Mjödån",
    "Grönmo",
    "Bergåsen", "Hedby", "Eneby", "Bredsand", "Gruvbyn", "Breviken", "Holmsjö", "Mörtviken", "Tegsnäs",
    "Hagstad", "Tingvallagatan",
    "Hedströms Gjuteri",
    "Bastuholmen", "Ekhagen", "Getberget", "Hagmyren", "Biografen", "Båtvarvet", "Tallåsen", "Hästskon",
    "Mälteriet", "Gästhagen", "Hedenäs", "Bergman & Hallin", "Hembyggarna i Mossala",
    "Hamnmagasinet", "Bollhallen", "Bistro Måsen", "Trattoria Bella", "Gillesstugan", "Tullhuset",
    "Enbuskens golfkrog", "Glasverandan", "Mästerlotsen", "Båtklubbens paviljong", "Ebbes Kök & Bar",
    "Hamntorget", "Bella Gastronomi", "Måsen Mat & Dryck", "Ebbes Krog",
    # the OWN list of ../synthetic29/check.py (written at the same time by another writer with other letters; only
    # the lines that define FORBIDDEN and OWN were read, located with grep -n; its FORBIDDEN list equals ours above)
    "Alnsjö", "Dyvika", "Fagerbro", "Lidsvik", "Nävsjö", "Orvika",
    "Aspnässkolan", "Damhagsskolan", "Forsängsskolan", "Lillåskolan", "Nybodaskolan", "Fyrklöverns friskola",
    "Novaskolan", "Oasens skola",
    "Lövnäs", "Flisbacken",
    "Apotekartorget", "Lasarettsvägen", "Oxtorget", "Dalbovägen", "Fabriksgatan",
    "Ottersjön", "Lidsviksån", "Norrskogen",
    "Ollonbacken", "Nyhagen", "Dalbacken", "Nävern",
    "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt", "Fiskeklubben Laxöringen", "Filmklubben Fyrljuset",
    "Orvika Skytteförening", "Nolåsens bygdegårdsförening", "Orvika Konstförening", "Dragspelsklubben Durspel",
    "Ankarets scoutkår", "Nordvallens skidklubb", "Aktiva seniorer i Orvika", "Orvika Ungdomsorkester",
    "Lidens hembygdsförening",
    # the OWN list of ../synthetic30/check.py
    "Bälsunda", "Erkelunda", "Gesterby", "Hökvalla", "Masthamra", "Tuvesta",
    "Bryggan", "Hälleberga",
    "Enhagsskolan",
    "Hökvallabadet",
    "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen",
    "Grönvik", "Hästeby", "Bodvallen", "Masthamrahem",
    "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik", "Bävern", "Holmby", "Hyvlaren",
    "Blåmesen",
    # the OWN list of ../synthetic32/check.py
    "Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta", "Odelsvik", "Kvarnvik", "Gärdshöjden",
    "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan", "Gjutargatan", "Kanalvägen", "Utmarksvägen",
    "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen", "Gamla landsvägen", "Orion", "Gåsholmen", "Kallviken",
    "Rimsjön", "Ugglevik",
    # the OWN list of ../synthetic31/check.py (only the lines that define FORBIDDEN and OWN were read)
    "Svedinge", "Vargsunda", "Porsbacka", "Ingsäter", "Jörnvik", "Claesborg", "Svedingebostäder", "Svedinge Energi",
    "Valör Revision", "Ceres Analys", "Idegranen", "Slåttervik", "Syrenhöjden", "Plommongården", "Callunagården",
    "Sjöglimten", "Vinbärsgården", "Solvändan", "Sjöbris", "Vindrosen",
]
# real Swedish municipalities and regions beginning with B, D, F, H, L or Ö (regions: Blekinge, Dalarna, Halland,
# Örebro, Östergötland): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora",
        "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo",
        "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå", "Östergötland"]
# our own invented names (municipalities first, then rooms, places, companies, schools, projects and streets); later
# sets should add them to their FORBIDDEN lists
OWN = ["Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika", "Ölvsunda",
       "Ladan", "Fältängen", "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning",
       "Dammbacken", "Lövängsskolan", "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån",
       "Björkängsskolan", "Dalmarkaskolan", "Fagerlidsskolan", "Hedtorpsskolan", "Lövbergaskolan",
       "Östervallsskolan", "Högbergs friskola",
       "Lövholmen", "Badviken", "Badbäcken", "Fjärdingehem", "Fjärdinge Vatten",
       "Bangårdsgatan", "Bryggerigatan", "Biblioteksgatan", "Forsvägen", "Hamngatan", "Hantverkargatan",
       "Ladugårdsvägen", "Lingonstigen", "Östra Långgatan", "Ölvsundavägen", "Dalgatan"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ([m[0] for m in A_MEMBERS] + [s[0] for s in A_SUBS] + [n for n, _ in A_NONSERVING]
           + [n for n, _ in A_OTHERS]
           + ["Frida Hammar", "Louise Dahlström", "Hilda Forsman", "Linus Holmgren", "Filippa Dalsten",
              "Lennart Hagström"])
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic30", "synthetic32"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 33)]   # README.md (synthetic34 is not read)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=r, item=a_deleg_text(r)) for r in A_DELEG]
B_R = [dict(r=(grp, p), item=b_row_text(p)) for grp, p in b_rows()]
C_R = [dict(r=s, item=c_school_text(s)) for s in C_SCHOOLS]
C_L = list(C_AREAS)
D_R = [dict(r=(area, a), item=d_row_text(a)) for area, a in d_rows()]
D_F = [head for head, _ in D_FOCUS]
E_R = [dict(r=r, item=e_risk_text(r)) for _, r in e_risks()]
E_C = [dict(r=(nr, E_CONTROLS[nr]), item=e_control_text(nr)) for nr in sorted(E_CONTROLS)]
F_R = [dict(r=s, item=f_row_text(s)) for s in F_STREETS]

# qid -> (rows, predicate on the raw row)
COND = {
    "h33003": (A_R, lambda r: r[0].year == 2027 and r[0].month == 8),             # date: August 2027
    "h33004": (A_R, lambda r: r[3] == "Ekonomichef"),                              # delegate
    "h33011": (B_R, lambda x: x[0] == "Tekniska nämnden" and b_total_budget(x[1]) > 20),  # group + amount
    "h33012": (B_R, lambda x: x[1][3][1] > x[1][3][0]),                            # 2028 > 2027 (pair)
    "h33020": (C_R, lambda s: c_values(s[1][2026])[3] >= C_TARGET[0]),             # vs the target row
    "h33021": (C_R, lambda s: c_values(s[1][2026])[4] < c_values(s[1][2025])[4]),  # 2026 < 2025 (pair)
    "h33028": (D_R, lambda x: d_deadline_year(x[1][3]) is not None and d_deadline_year(x[1][3]) <= 2027),  # deadline
    "h33029": (D_R, lambda x: x[1][4] == "Försenad"),                              # status
    "h33038": (E_R, lambda r: e_rv(r) >= 12),                                      # amount (risk value)
    "h33039": (E_C, lambda x: x[1][1] == "Per tertial"),                           # word in a cell
    "h33046": (F_R, lambda s: s[6] == 2028),                                       # scanned, year
    "h33047": (F_R, lambda s: s[5] > 1500),                                        # scanned, amount
}
PAIR = {"h33012", "h33021"}          # two cells of the same row (h33020 compares a row with the target row)
GROUP = {"h33011"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "h33022": C_L,
    "h33030": D_F,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "h33006": (A, [r"[Rr]äddning"], lambda: not any("Räddning" in r[3] for r in A_DELEG)),
    "h33007": (A, [r"[Mm]otion om solceller(?:(?!§ 118).)*(?:[Oo]mröstning|Ja \d|[Jj]a-röst|röstar)"],
               lambda: A_VOTE_PAR != 117),
    "h33014": (B, [], lambda: all(b_total_budget(p) <= 200 for _, p in b_rows())),
    "h33015": (B, [r"2032"], None),
    "h33016": (B, [r"[Bb]idrag", r"[Ss]tatlig", r"[Ss]tatsbidrag"], None),
    "h33024": (C, [r"[Uu]tländsk", r"[Ff]ödda? utomlands", r"[Ss]vensk bakgrund"], None),
    "h33025": (C, [r"2024"], None),
    "h33032": (D, [r"[Ss]ocialnämnd"], lambda: not any(a[2] == "Socialnämnden" for _, a in d_rows())),
    "h33033": (D, [r"2024"], None),
    "h33034": (D, [r"mnkr", r"miljoner"], lambda: all(a[5] is None or a[5] <= 5000 for _, a in d_rows())),
    "h33041": (E, [], lambda: not any(r[2] == 4 and r[3] == 4 for _, r in e_risks())),
    "h33042": (E, [r"2025"], None),
    "h33049": (F, [r"2030"], lambda: not any(s[6] == 2030 for s in F_STREETS)),
    "h33050": (F, [r"[Vv]interväg", r"[Ss]nöröjning", r"[Hh]alkbekämpning"], None),
}
LIST_NONE = {"h33006", "h33014", "h33032", "h33034", "h33041", "h33049"}


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
            for s in q["evidence"] + [f["text"] for f in q["figures"]]:
                if any(norm(s) in x for x in layer):
                    E_(f"scanned-page fact also in the text layer: {s!r}")
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
            errs.append(f"{qid}: the none question about the scanned page must be a none question on a scanned document")

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
    alldocs = re.sub(r"\s+", " ", " ".join(" ".join(pdf_pages(fn)[1]) for fn in files)).lower()
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

    def page_head(fn, s, n):
        """a running text that must be printed on every page"""
        for i in range(n):
            if norm(s.replace("{p}", str(i + 1))) not in pdf_pages(fn)[2][i]:
                errs.append(f"{fn}: running text {s!r} missing on p{i + 1}")

    # (a) Hennestad, kommunstyrelsens protokoll 2027-10-05
    page_head(A, "SAMMANTRÄDESPROTOKOLL Sammanträdesdatum " + A_DATE.isoformat(), 4)
    page_head(A, "Sida {p} (4)", 4)
    if not A_DATE < A_SIGNED < A_POSTED < A_TAKEN_DOWN:
        errs.append("A: the dates of meeting, justering and anslag are out of order")
    for r in A_DELEG:
        if pages_of(A, a_deleg_text(r)) != [2]:
            errs.append(f"A: delegation row {r[0]} printed on {pages_of(A, a_deleg_text(r))}, expected [2]")
        if not r[0] < A_DATE:
            errs.append(f"A: delegation decision {r[0]} is not before the meeting")
    if [r[0] for r in A_DELEG] != sorted(r[0] for r in A_DELEG):
        errs.append("A: the delegation list is not in date order")
    serving = a_serving(A_VOTE_PAR)
    voters = sum(A_VOTE.values(), [])
    if sorted(voters) != sorted(n for n, _ in serving) or len(voters) != len(A_MEMBERS):
        errs.append("A: the voters in § 116 are not exactly the 13 serving members")
    for p_ in range(112, 121):
        if len(a_serving(p_)) != len(A_MEMBERS):
            errs.append(f"A: § {p_} does not have {len(A_MEMBERS)} serving members")
    nj, nn, na = (len(A_VOTE[k]) for k in ("Ja", "Nej", "Avstår"))
    need(A, f"Omröstningen utfaller med Ja {nj}, Nej {nn}, avstår {na}", [2], "A vote")
    need(A, f"Summa 13 {nj} {nn} {na}", [3], "A vote list sum row")
    if sorted(A_RESERVED) != sorted(A_VOTE["Nej"]):
        errs.append("A: the members who reserved themselves must be those who voted nej")
    need(A, "Fredrik Dahlgren, Lars Östlund och Daniel Lindgren (alla M) samt Örjan Fransson (KD) reserverar sig",
         [2], "A reservation")
    need(A, A_PASSAGE, [2], "A passage")
    need(A, f"kostnaden har stigit med {d1(A_F_COST - A_F_EARLIER)} miljoner kronor sedan förstudien", [2],
         "A cost increase in the reservation")
    if not A_F_SMALL < A_F_EARLIER < A_F_COST:
        errs.append("A: the small alternative must be cheaper than the study and the proposal")
    for name, party, _ in A_MEMBERS:
        need(A, f"{name} ({party})", [0], "A attendance")
        if not on(A, name, [3]):
            errs.append(f"A: {name} missing in the vote list on p4")
    for name in A_ABSENT:
        need(A, f"{name} ({[p for n, p, _ in A_MEMBERS if n == name][0]}) frånvarande", [0], "A absent")
    for name, (a_, b_) in A_PARTLY.items():
        need(A, f"§§ {a_}–{b_}", [0], "A partly present")
        sub = [s for s in A_SUBS if s[2] == name][0]
        if sub[3][0] != b_ + 1:
            errs.append("A: the substitute must take over at the paragraph after the member left")
    for s in A_SUBS:
        need(A, f"{s[0]} ({s[1]})", [0], "A substitutes")
    soc, bun, tek = A_COMMITTEE_DEV
    need(A, f"Resultatet för perioden januari–augusti uppgår till {d1(A_PERIOD_RESULT)} mnkr. Helårsprognosen pekar "
            f"på ett resultat på {d1(a_forecast())} mnkr, vilket är {d1(a_forecast() - A_BUDGET_RESULT)} mnkr "
            f"bättre än det budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr", [1], "A § 113 result")
    need(A, f"negativ avvikelse på {d1(-a_committee_dev())} mnkr. Socialnämnden svarar för {d1(soc[1])} mnkr och "
            f"barn- och utbildningsnämnden för {d1(bun[1])} mnkr", [1], "A § 113 committees")
    if a_forecast() != round(A_BUDGET_RESULT + a_committee_dev() + A_FINANCE_DEV, 1):
        errs.append("A: budget + committee deviations + finance must equal the forecast")
    for p_ in range(112, 121):
        if count(A, f"§ {p_}") < 1:
            errs.append(f"A: § {p_} not printed")

    # (b) Bromsvik, investeringsbudget 2027 och plan 2028–2031
    GT = b_grand()
    names = [grp for grp, _ in B_GROUPS]
    brk = names.index(B_BREAK_AFTER)
    for grp, p in b_rows():
        want = [2] if names.index(grp) <= brk else [3]
        if pages_of(B, b_row_text(p)) != want:
            errs.append(f"B: project {p[0]} printed on {pages_of(B, b_row_text(p))}, expected {want}")
        if b_total_budget(p) + 1e-9 < sum(p[3]):
            errs.append(f"B: project {p[0]}: the total budget is smaller than the five years")
        if p[1] == "R" and p[2] is not None:
            errs.append(f"B: reinvestment {p[0]} should have the five-year sum as its total")
    for k, grp in enumerate(names):
        want = [1] if k <= brk else [2]
        need(B, b_sum_text(grp), want, "B Summa row")
        s = b_group_sum(grp)
        ps = dict(B_GROUPS)[grp]
        if s[1:] != tuple(round(sum(p[3][i] for p in ps), 1) for i in range(5)):
            errs.append(f"B: the sum of {grp} does not add up")
    need(B, "Summa investeringar " + " ".join(d1(v) for v in GT), [2], "B grand total")
    if GT != tuple(round(sum(b_group_sum(grp)[i] for grp in names), 1) for i in range(6)):
        errs.append("B: the grand total does not add up")
    if count(B, "Projekt Typ Total- budget Budget Plan 2027 2028 2029 2030 2031") != 2:
        errs.append("B: the two-level heading must be printed on p. 2 and repeated on p. 3")
    need(B, "Tabell 1 fortsätter på nästa sida", [1], "B break note")
    need(B, "per nämnd och projekt, mnkr (forts.)", [2], "B continued caption")
    plan = round(sum(GT[2:]), 1)
    need(B, f"Kommunens investeringar 2027 budgeteras till {d1(GT[1])} mnkr. För planperioden 2028–2031 beräknas "
            f"investeringarna till sammanlagt {d1(plan)} mnkr, och under hela femårsperioden till "
            f"{d1(round(sum(GT[1:]), 1))} mnkr", [0], "B summary")
    if max(range(5), key=lambda k: GT[1 + k]) != 1 or min(range(5), key=lambda k: GT[1 + k]) != 4:
        errs.append("B: p. 1 says 2028 is the largest and 2031 the smallest year")
    need(B, f"störst 2028 med {d1(GT[2])} mnkr", [0], "B largest year")
    need(B, f"sedan till {d1(GT[5])} mnkr år 2031", [0], "B last year")
    for k in range(5):
        need(B, d1(GT[1 + k]), [0], "B chart label")
    need(B, f"finansieras till {b_self_fin()} procent med egna medel, det vill säga med avskrivningar på "
            f"{d1(B_DEPRECIATION)} mnkr och ett budgeterat resultat på {d1(B_RESULT)} mnkr. Resten finansieras med "
            f"nya lån på {d1(b_new_loans())} mnkr", [0], "B financing")
    if round(B_DEPRECIATION + B_RESULT + b_new_loans(), 1) != GT[1]:
        errs.append("B: depreciation + result + loans must equal the investments 2027")
    G_ = dict(B_GROUPS)
    lov = [p for p in G_["Barn- och utbildningsnämnden"] if p[0].startswith("Lövängsskolan")][0]
    dam = [p for p in G_["Barn- och utbildningsnämnden"] if p[0].startswith("Ny förskola")][0]
    need(B, f"Den totala budgeten är {d1(lov[2])} mnkr, varav {d1(lov[2] - sum(lov[3]))} mnkr har använts före "
            f"2027. Skolan byggs om eftersom {B_PASSAGE}", [3], "B Lövängsskolan")
    if not (lov[3][2] > 0 and lov[3][3] == 0):
        errs.append("B: Lövängsskolan is to be ready in 2029 (money in 2029, none in 2030)")
    if not (dam[3][3] > 0 and dam[3][4] == 0 and dam[3][1] > dam[3][0]):
        errs.append("B: Dammbacken is built from 2028 and ready in 2030")
    need(B, "klar att tas i bruk i augusti 2030", [3], "B Dammbacken")
    bro = [p for p in G_["Tekniska nämnden"] if p[0].startswith("Bro över")][0]
    if not (bro[3][3] > 0 and bro[3][4] > 0 and sum(bro[3][:3]) == 0):
        errs.append("B: the bridge is built 2030–2031")

    # (c) Dalmarka, kvalitetsrapport grundskola 2026
    M = {y: c_muni(y) for y in (2025, 2026)}
    for s in C_SCHOOLS:
        v25, v26 = c_values(s[1][2025]), c_values(s[1][2026])
        need(C, c_row_text(v25, 2025, s[0]) + " " + c_row_text(v26, 2026), [1], "C school block")
        for y in (2025, 2026):
            v = s[1][y]
            vals = c_values(v)
            if not min(v[2], v[3]) <= vals[3] <= max(v[2], v[3]):
                errs.append(f"C: {s[0]} {y}: the total merit value must lie between girls and boys")
            if not v[4] <= v[5] <= vals[0]:
                errs.append(f"C: {s[0]} {y}: passing all subjects <= eligible <= pupils")
        if count(C, s[0]) < 1:
            errs.append(f"C: {s[0]} not printed")
    need(C, c_row_text(M[2025], 2025, "Dalmarka totalt") + " " + c_row_text(M[2026], 2026), [1], "C total block")
    need(C, "Mål 2026 – – " + " ".join(d1(v) for v in C_TARGET), [1], "C target row")
    need(C, "Skolenhet År Antal elever Meritvärde Andel elever, % Flickor Pojkar Totalt Godkända i alla ämnen "
            "Behöriga till yrkesprogram", [1], "C stacked heading")
    need(C, f"Det genomsnittliga meritvärdet i årskurs 9 i Dalmarka blev {d1(M[2026][3])} vårterminen 2026, "
            f"jämfört med {d1(M[2025][3])} året innan. Därmed nåddes nämndens mål på {d1(C_TARGET[0])}", [0],
         "C summary merit")
    if not M[2026][3] >= C_TARGET[0] > M[2025][3]:
        errs.append("C: p. 1 says the target was reached for the first time in 2026")
    need(C, f"Flickornas meritvärde var {d1(M[2026][1])} och pojkarnas {d1(M[2026][2])}, en skillnad på "
            f"{d1(M[2026][1] - M[2026][2])} meritpoäng. Skillnaden har minskat från {d1(M[2025][1] - M[2025][2])}",
         [0], "C gap")
    need(C, f"godkända betyg i alla ämnen var {d1(M[2026][4])} procent ({d1(M[2025][4])} procent 2025). Andelen "
            f"behöriga till gymnasiets yrkesprogram steg till {d1(M[2026][5])} procent från {d1(M[2025][5])} "
            f"procent, men är fortfarande lägre än målet på {d1(C_TARGET[2])} procent", [0], "C summary shares")
    need(C, f"Det preliminära genomsnittet för riket är {d1(C_NATION[1])}", [0], "C nation")
    need(C, f"sammanlagt {M[2026][0]} elever 2026", [0], "C pupils")
    need(C, f"Meritvärde, genomsnitt {d1(C_TARGET[0])} {d1(M[2025][3])} {d1(M[2026][3])}", [0], "C goal table")
    ch = {s[0]: round(c_values(s[1][2026])[3] - c_values(s[1][2025])[3], 1) for s in C_SCHOOLS}
    impr = sorted([n for n in ch if ch[n] > 0], key=lambda n: -ch[n])
    txt = ", ".join(f"{n} ({d1(ch[n], plus=True)})" for n in impr[:-1]) + \
        f" och {impr[-1]} ({d1(ch[impr[-1]], plus=True)})"
    need(C, f"Meritvärdet ökade på fyra av sju skolenheter: {txt}", [1], "C improved schools")
    if len(impr) != 4 or impr[0] != "Hedtorpsskolan":
        errs.append("C: p. 2 says four schools improved, Hedtorpsskolan most")
    need(C, f"Störst var ökningen på Hedtorpsskolan, där {C_PASSAGE}", [1], "C passage")
    dal = [s for s in C_SCHOOLS if s[0] == "Dalmarkaskolan"][0]
    if max(C_SCHOOLS, key=lambda s: c_values(s[1][2026])[0]) != dal:
        errs.append("C: p. 2 says Dalmarkaskolan is the largest school")
    need(C, f"minskning av meritvärdet med {d1(-ch['Dalmarkaskolan'])} poäng", [1], "C Dalmarkaskolan")
    for n in ("Lövbergaskolan", "Högbergs friskola"):
        if ch[n] >= 0:
            errs.append(f"C: p. 2 says the merit value fell at {n}")
    top2 = sorted(C_SCHOOLS, key=lambda s: -c_values(s[1][2026])[3])[:2]
    if {s[0] for s in top2} != {"Lövbergaskolan", "Högbergs friskola"}:
        errs.append("C: p. 2 says Lövbergaskolan and Högbergs friskola have the highest results")
    for a_ in C_AREAS:
        need(C, a_, [2], "C development area")

    # (d) Fjärdinge, handlingsplan 2027–2028
    ids = [a[0] for _, a in d_rows()]
    brk = ids.index(D_BREAK_AFTER)
    for area, a in d_rows():
        want = [2] if ids.index(a[0]) <= brk else [3]
        if pages_of(D, d_row_text(a)) != want:
            errs.append(f"D: action {a[0]} printed on {pages_of(D, d_row_text(a))}, expected {want}")
        if a[4] not in D_STATUS:
            errs.append(f"D: action {a[0]} has an unknown status")
        if not (a[3] == "löpande" or re.fullmatch(r"\d{4}|Q[1-4] \d{4}|\d{1,2} dec \d{4}|\d{4}-\d{2}-\d{2}|"
                                                   r"\d{1,2} \w+ \d{4}", a[3])):
            errs.append(f"D: action {a[0]} has an odd deadline {a[3]!r}")
    for k, (area, _) in enumerate(D_AREAS):
        need(D, f"Målområde {k + 1}: {area}", [1] if k <= 2 else [2], "D goal area row")
    if count(D, "Nr Åtgärd Ansvarig Klart Status Kostnad, tkr") != 2:
        errs.append("D: the heading must be printed on p. 2 and repeated on p. 3")
    need(D, "status per den 31 augusti 2027 (forts.)", [2], "D continued caption")
    need(D, "Tabellen fortsätter på nästa sida", [1], "D break note")
    e_ = D_EMISSIONS
    need(D, f"De territoriella utsläppen av växthusgaser i Fjärdinge var {g(e_[2025])} ton koldioxidekvivalenter "
            f"2025, vilket är {d1(d_cut_pct())} procent lägre än 1990, då utsläppen var {g(e_[1990])} ton. År 2020 "
            f"var utsläppen {g(e_[2020])} ton. Programmets mål är att utsläppen ska minska med {D_TARGET_CUT} "
            f"procent", [0], "D emissions")
    if not e_[1990] > e_[2020] > e_[2025] or d_cut_pct() >= D_TARGET_CUT:
        errs.append("D: emissions must fall and the target must not yet be reached")
    need(D, f"egna fordon var {D_FLEET[1]} procent 2026, jämfört med {D_FLEET[0]} procent året innan. Målet är "
            f"{D_FLEET[2]} procent 2030", [0], "D fleet")
    need(D, f"Handlingsplanen för 2027–2028 innehåller {len(ids)} åtgärder", [0], "D number of actions")
    for k, (head, subs) in enumerate(D_FOCUS):
        need(D, f"• {head} " + " ".join("◦ " + s for s in subs), [0], "D focus area")
    cnt = {st: d_status_count(st) for st in D_STATUS}
    NUMW = collections.defaultdict(str, {3: "tre", 4: "fyra", 5: "fem", 8: "åtta"})
    need(D, f"Av handlingsplanens {len(ids)} åtgärder är {NUMW[cnt['Klar']]} klara, {NUMW[cnt['Påbörjad']]} "
            f"påbörjade och {NUMW[cnt['Försenad']]} försenade, medan {NUMW[cnt['Ej startad']]} ännu inte har "
            f"startat", [3], "D status counts")
    if sum(cnt.values()) != len(ids):
        errs.append("D: the status counts do not add up")
    need(D, f"kostar sammanlagt {g(d_cost_sum())} tkr", [3], "D cost sum")
    for _, a in d_rows():
        if a[4] == "Försenad":
            need(D, f"{a[0]} {a[1]}", [3], "D delayed list")
    need(D, D_PASSAGE, [3], "D passage")

    # (e) Lönnvika, socialnämndens internkontrollplan 2027
    page_head(E, "Sida {p} (4)", 4)
    for proc, rs in E_PROCESSES:
        need(E, proc, [1], "E process")
        for r in rs:
            if pages_of(E, e_risk_text(r)) != [2]:
                errs.append(f"E: risk {r[0]} printed on {pages_of(E, e_risk_text(r))}, expected [2]")
            if not (1 <= r[2] <= 4 and 1 <= r[3] <= 4):
                errs.append(f"E: risk {r[0]}: S and K must be 1–4")
            if r[0] not in E_CONTROLS:
                errs.append(f"E: risk {r[0]} has no control")
    if [r[0] for _, r in e_risks()] != list(range(1, len(e_risks()) + 1)):
        errs.append("E: the risks are not numbered 1..n")
    for nr in E_CONTROLS:
        if pages_of(E, e_control_text(nr)) != [3]:
            errs.append(f"E: control {nr} printed on {pages_of(E, e_control_text(nr))}, expected [3]")
        if E_CONTROLS[nr][1] not in ("Månadsvis", "Per tertial", "Halvårsvis", "Årligen"):
            errs.append(f"E: control {nr} has an unknown frequency")
    for f_ in E_FOLLOW:
        if pages_of(E, e_follow_text(f_)) != [4]:
            errs.append(f"E: follow-up row {f_[0]!r} printed on {pages_of(E, e_follow_text(f_))}, expected [4]")
        if f_[3] > f_[2]:
            errs.append(f"E: {f_[0]}: more deviations than checked items")
    need(E, f"Summa {sum(f_[2] for f_ in E_FOLLOW)} {e_dev_total()}", [3], "E sum row")
    NUMW = collections.defaultdict(str, {1: "en", 6: "sex", 10: "tio", 11: "elva"})
    need(E, f"Sammanlagt hittades {e_dev_total()} avvikelser vid {NUMW[e_with_dev()]} av de "
            f"{NUMW[len(E_FOLLOW)]} kontrollerna", [3], "E total")
    top = max(E_FOLLOW, key=lambda f_: f_[3])
    if not top[0].startswith("Utbetalningar av ekonomiskt bistånd"):
        errs.append("E: p. 4 says most deviations concerned payments of financial assistance")
    need(E, f"Flest avvikelser, {top[3]}, gällde utbetalningar av ekonomiskt bistånd. De berodde främst på att "
            f"{E_PASSAGE}", [3], "E passage")
    fb = E_FOLLOW[0]
    need(E, f"var {fb[3]} av {fb[2]} bedömningar inte klara inom 14 dagar", [3], "E first control")
    done_full = sum(1 for f_ in E_FOLLOW if f_[1] == "Ja")
    need(E, f"Av de {NUMW[len(E_FOLLOW)]} kontrollerna i 2026 års plan genomfördes {NUMW[done_full]} fullt ut och "
            f"en delvis. Avvikelser hittades vid {NUMW[e_with_dev()]} kontroller", [0], "E summary p. 1")
    if len(E_FOLLOW) - done_full != 1:
        errs.append("E: p. 1 says exactly one control was carried out partly")
    need(E, f"identifierat {len(e_risks())} risker inom fem processer", [0], "E risk count")
    if len(E_PROCESSES) != 5:
        errs.append("E: p. 1 says five processes")

    # (f) Ölvsunda, underhållsplan för gator 2027–2029 (scanned p. 2)
    scan = norm(f_scan_text())
    for s in F_STREETS:
        if norm(f_row_text(s)) not in scan:
            errs.append(f"F: scanned row {s[1]} missing")
        if s[6] not in (2027, 2028, 2029):
            errs.append(f"F: {s[1]}: year outside the plan")
    if [s[6] for s in F_STREETS] != sorted(s[6] for s in F_STREETS):
        errs.append("F: the objects are not in year order")
    for y in (2027, 2028, 2029):
        if norm(f"Summa {y} {g(f_year_sum(y))}") not in scan:
            errs.append(f"F: scanned sum {y} missing")
    if norm(f"Totalt {g(f_len_sum())} {g(sum(f_year_sum(y) for y in (2027, 2028, 2029)))}") not in scan:
        errs.append("F: scanned total missing")
    if norm(f"Bilaga 1 till TN § {F_TN[1]}") not in scan:
        errs.append("F: the page label of the scan is wrong")
    need(F, f"Bilaga 2 till TN § {F_TN[1]}", [2], "F running header of p. 3")
    need(F, f"Ölvsunda kommun ansvarar för {F_NETWORK} km gator", [0], "F network")
    need(F, f"bedömdes underhållsskulden för gatunätet till {F_DEBT} mnkr. Anslaget för beläggningsunderhåll är "
            f"{d1(F_BUDGET)} mnkr per år, medan förvaltningen bedömer att det behövs {d1(F_NEED)} mnkr per år",
         [0], "F summary")
    need(F, F_PASSAGE, [0], "F passage")
    if f"{F_ASPHALT} procent" not in F_PASSAGE:
        errs.append("F: the passage must carry the asphalt price rise")
    need(F, f"Underhållsplanen i bilaga 1 omfattar {len(F_STREETS)} objekt", [0], "F number of objects")
    for yr, a_, b_ in F_PROG:
        need(F, f"{yr} {g(a_)} {g(b_)} {g(a_ - b_)}", [2], "F budget row")
    if F_PROG[0][1] != round(F_BUDGET * 1000) or F_PROG[0][2] != round(F_NEED * 1000):
        errs.append("F: the 2027 row of Bilaga 2 must equal the p. 1 budget and need")
    sa, sb = sum(p_[1] for p_ in F_PROG), sum(p_[2] for p_ in F_PROG)
    need(F, f"Summa {g(sa)} {g(sb)} {g(sa - sb)}", [2], "F budget total")
    need(F, f"saknas {g(sb - sa)} tkr", [2], "F shortfall")
    layer_f = re.sub(r"\s+", " ", " ".join(text_layer(F)))
    for s in F_STREETS:
        for v in (s[4], s[5]):
            if re.search(r"(?<![\d ])" + re.escape(g(v)) + r"(?![\d])", layer_f):
                errs.append(f"F: scanned number {g(v)!r} ({s[1]}) repeated in the text layer")
    for s_ in ("prioritetsordning", "Summa 2027", "Infarten", "Bangårdsgatan", "Ölvsundavägen"):
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

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
