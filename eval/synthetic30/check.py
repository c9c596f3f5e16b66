"""Checks ../train_syn30.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Tuvesta document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic28/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic30).

* format: 72 questions t30001..t30072, key order, types 24 figure / 24 list / 6 passage / 18 none, 18 in English
  (at least 6 of them figures, 6 lists and 4 none), at least 18 conditional lists of which at least 6 compare two
  cells of the same row and at least 4 filter by the group or heading the rows stand under; on the scanned page
  1 figure, 2 list and 1 passage question;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "16 februari 2028");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the question that asks for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions such as "which risks have risk value 16" a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) (WITH_MINUS); metadata titles exactly in (a), (c),
  (d) and (e); landscape pages exactly p. 2 of (b); page 2 of (f) an image without text; no names of earlier
  synthetic municipalities or places (FORBIDDEN, incl. the OWN names of ../synthetic28, ../synthetic29 and the sets
  before them),
  no real municipality or region (REAL) among our own names or as a word in the PDFs, our own names (OWN) and
  persons all start with B, E, G, H, M or T and none of OWN occurs in the READMEs of the earlier sets or in
  ../synthetic26/check.py and ../synthetic28/check.py;
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
from data import (A_COMMITTEES, A_BREAK_AFTER, A_TAX, A_FIN, A_PASSAGE, a_pct, a_rows, a_csum, a_total,  # noqa
                  a_tpct, a_committee, a_result, a_row_text, a_sum_text,
                  B_RISKS, B_FREQS, B_MONTHS, B_ADOPTED, B_REPORTS, B_PASSAGE, B_LEFT_OUT, b_rv, b_level, b_count,
                  b_row_text,
                  C_GOALS, C_INDICATORS, C_BREAK_AFTER, C_FRAME, C_PASSAGE, C_TASKS, c_fmt, c_worse, c_reached,
                  c_row_text, c_ind,
                  D_DEPTS, D_PROCS, D_BREAK_AFTER, D_KS_LIMIT, D_ADOPTED, D_PASSAGE, d_quarter, d_quarters,
                  d_qlabel, d_start, d_row_text, d_total, d_dept_sum, d_count,
                  E_GROUPS, E_YEARS, E_TARGET, E_POP, E_PASSAGE, E_STRATEGIES, e_rows, e_sum, e_gsum, e_total,
                  e_row_text, e_gsum_text, e_area, e_avg,
                  F_DECISIONS, F_NOTES, F_PASSAGE, F_SIGNED, F_MEETING, F_REPORT, F_STATS, F_RATE, f_counts,
                  f_fee_sum, f_stat_total, f_stat_text, f_scan_row, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, g, gd, d1, mn, r1, r0)

QFILE = HERE.parent / "train_syn30.jsonl"
N_Q = 72
BASE = 30000
WANT_TYPES = {"figure": 24, "list": 24, "passage": 6, "none": 18}
WANT_EN = 18
MIN_EN_LISTS = 6
MIN_EN_FIGS = 6
MIN_EN_NONE = 4
MIN_COND = 18
MIN_PAIR = 6          # conditional lists that compare two cells of the same row
MIN_GROUP = 4         # conditional lists that filter by the group / heading the rows stand under
MIN_ANSWERABLE = 6    # answerable questions per document
WANT_SCAN = {"figure": 1, "list": 2, "passage": 1}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "balsunda-driftbudget-2027.pdf"
B = "erkelunda-von-internkontrollplan-2027.pdf"
C = "gesterby-bun-namndplan-2027.pdf"
D = "hokvalla-ks-upphandlingsplan-2027.pdf"
E = "masthamra-bostadsforsorjningsprogram-2027-2030.pdf"
F = "tuvesta-bn-bygglov-jan-jun-2027.pdf"
PLACE = {A: "Bälsunda", B: "Erkelunda", C: "Gesterby", D: "Hökvalla", E: "Masthamra", F: "Tuvesta"}
WITH_TITLE = {A, C, D, E}
WITH_MINUS = {A}            # documents that print negative changes with "−"
LANDSCAPE = {B: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "BEGHMT"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic28/check.py (its FORBIDDEN list already holds the names of
# ../synthetic … ../synthetic27), plus the lines that define FORBIDDEN and OWN in ../synthetic27/check.py (read with
# grep -n / sed, those lines only: its FORBIDDEN list equals the first part of ours and its OWN list is already in
# it), and the OWN list of ../synthetic29/check.py (its FORBIDDEN list equals ours up to the synthetic28 names).
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
]
# real Swedish municipalities and regions beginning with B, E, G, H, M or T (regions: Blekinge, Gotland, Gävleborg,
# Halland): none of them may be one of our names, and none may occur as a word in our PDFs (copied from
# ../synthetic28/check.py)
REAL = ["Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Blekinge",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle",
        "Göteborg", "Götene", "Gävleborg",
        "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby",
        "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte",
        "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör",
        "Halland",
        "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala",
        "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda"]
# our own invented names (municipalities first, then places, areas, a team, a school, a bath, a housing company and
# the properties of the scanned page); later sets should add them to their FORBIDDEN lists
OWN = ["Bälsunda", "Erkelunda", "Gesterby", "Hökvalla", "Masthamra", "Tuvesta",
       "Bryggan", "Hälleberga",
       "Enhagsskolan",
       "Hökvallabadet",
       "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn", "Mellangärdet", "Tallstigen",
       "Grönvik", "Hästeby", "Bodvallen", "Masthamrahem",
       "Hägern", "Gäddan", "Bruksby", "Mården", "Eneberg", "Tranan", "Gåsvik", "Bävern", "Holmby", "Hyvlaren",
       "Blåmesen"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Tove Bergwall", "Helena Myrberg", "Hanna Grip", "Magnus Eklöf"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic26", "synthetic28"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 29)]   # README.md (synthetic29 is not read)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=(code, r), item=a_row_text(r)) for code, r in a_rows()]
B_R = [dict(r=r, item=b_row_text(r)) for r in B_RISKS]
C_R = [dict(r=i, item=c_row_text(i)) for i in C_INDICATORS]
D_R = [dict(r=p, item=d_row_text(p)) for p in D_PROCS]
E_R = [dict(r=(gr, r), item=e_row_text(r)) for gr, r in e_rows()]
E_S = [f"{lead} {text}" for lead, text in E_STRATEGIES]
F_R = [dict(r=d, item=f_scan_row(d)) for d in F_DECISIONS]
F_S = [dict(r=r, item=f_stat_text(r)) for r in F_STATS]
ENKAT = ("Elevenkäten", "Föräldraenkäten", "Medarbetarenkäten")

# qid -> (rows, predicate on the raw row)
COND = {
    "t30005": (A_R, lambda r: r[1][2] < r[1][1]),                             # budget 2026 < utfall 2025 (pair)
    "t30006": (A_R, lambda r: r[0] == "BUN" and r[1][3] < r[1][2]),           # BUN + lower 2027 than 2026
    "t30007": (A_R, lambda r: r[1][3] > 100000),                              # over 100 mnkr 2027
    "t30008": (A_R, lambda r: a_pct(r[1]) > 5),                               # more than 5 per cent up
    "t30009": (A_R, lambda r: r[0] == "KFN"),                                 # under kultur- och fritidsnämnden
    "t30018": (B_R, lambda r: r[7] == "månadsvis"),                           # every month
    "t30019": (B_R, lambda r: r[4] > r[3]),                                   # K > S (pair)
    "t30020": (B_R, lambda r: b_rv(r) >= 9),                                  # high risk (9–16)
    "t30021": (B_R, lambda r: r[6] == "Enhetschef"),                          # responsible role
    "t30030": (C_R, lambda i: c_worse(i)),                                    # outcome worse than baseline (pair)
    "t30031": (C_R, lambda i: c_reached(i)),                                  # outcome at the target (pair)
    "t30032": (C_R, lambda i: i[0] == "Mål 2"),                               # under goal 2
    "t30033": (C_R, lambda i: i[9] in ENKAT),                                 # the municipality's own surveys
    "t30042": (D_R, lambda p: d_quarter(p) == (2027, 3)),                     # under "Kvartal 3 2027"
    "t30043": (D_R, lambda p: p[2] > 10),                                     # over 10 mnkr a year
    "t30044": (D_R, lambda p: p[6] == "Ny" and p[5] == "Socialtjänst"),       # new + responsible förvaltning
    "t30045": (D_R, lambda p: p[3] <= (2027, 2)),                             # start by February 2027
    "t30054": (E_R, lambda r: r[1][5] > r[1][6]),                             # hyresrätt > bostadsrätt (pair)
    "t30055": (E_R, lambda r: r[0] == "Ekhamn"),                              # under the heading Ekhamn
    "t30056": (E_R, lambda r: r[1][4] > r[1][1]),                             # 2030 > 2027 (pair)
    "t30066": (F_R, lambda d: d[3] == "Avslås"),                              # refused (scanned page)
    "t30067": (F_R, lambda d: d[4] > 20000),                                  # fee over 20 000 kr (scanned page)
    "t30068": (F_S, lambda r: r[5] > r[4]),                                   # longer handling 2027 (pair)
}
PAIR = {"t30005", "t30019", "t30030", "t30031", "t30054", "t30056", "t30068"}
GROUP = {"t30006", "t30009", "t30032", "t30042", "t30055"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "t30057": E_S,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "t30011": (A, [r"2024"], None),
    "t30012": (A, [r"per elev", r"[Ee]levpeng", r"[Kk]ostnad per (?:elev|barn|invånare)", r"kr per (?:elev|barn)"], None),
    "t30013": (A, [r"15 procent", r"\+1[5-9],\d", r"\+[2-9]\d,\d"],
               lambda: all(a_pct(r) <= 15 for _, r in a_rows())),
    "t30023": (B, [r"riskvärde 16", r"\b16 \(", r"RV 16"], lambda: all(b_rv(r) != 16 for r in B_RISKS)),
    "t30024": (B, [r"(?<!Sida )\b\d+ av \d+\b", r"[Bb]rister (?:hittades|upptäcktes) ", r"[Aa]vvikelser hittades",
                   r"[Ss]igneringslist[^.]{0,80}2026", r"2026[^.]{0,80}[Ss]igneringslist", r"[Uu]tfall"], None),
    "t30025": (B, [r"[Mm]åltid", r"[Ll]ivsmedel", r"[Kk]osthåll", r"[Mm]atsedel", r"\b[Mm]aten\b"], None),
    "t30035": (C, [r"[Mm]ålvärde\w* (?:för )?2026", r"2026[^.]{0,40}[Mm]ålvärde", r"[Mm]ål 2026"], None),
    "t30036": (C, [r"(?<!per )\b\d[\d  ]{2,} elever", r"[Aa]ntal elever", r"[Ee]levantal", r"elever i grundskolan"],
               None),
    "t30037": (C, [r"2021"], None),
    "t30047": (D, [r"\bAB\b", r"[Nn]uvarande leverantör", r"[Bb]ussbolag", r"[Tt]rafikföretag",
                   r"[Ee]ntreprenör\b", r"[Ll]everantören är"], None),
    "t30048": (D, [r"[Aa]nbud"], None),
    "t30049": (D, [r"2029"], lambda: all(p[3][0] < 2029 for p in D_PROCS)),
    "t30059": (E, [r"2031"], None),
    "t30060": (E, [r"[Ss]tudent"], None),
    "t30061": (E, [r"kr/m", r"per kvadratmeter", r"[Hh]yresnivå", r"\bkr\b", r"kronor", r"[Hh]yran\b"], None),
    "t30070": (F, [r"[Öö]verklag"], None),
    "t30071": (F, [r"[Ii]ntäkt", r"mnkr", r"\btkr\b"], None),
    "t30072": (F, [r"2025"], None),
}


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
            if not q["figures"] or q["items"]:
                E_("figure question needs figures and no items")
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
    if n_pair < MIN_PAIR or not PAIR <= set(COND):
        errs.append(f"only {n_pair} conditional lists comparing two cells of a row")
    n_group = sum(1 for q in qs if q["type"] == "list" and q["id"] in GROUP)
    if n_group < MIN_GROUP or not GROUP <= set(COND):
        errs.append(f"only {n_group} conditional lists filtering by group / heading")
    if dict(n_scan) != WANT_SCAN:
        errs.append(f"scanned page: {dict(n_scan)} questions, expected {WANT_SCAN}")

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

    # (a) Bälsunda, driftbudget 2027
    T = a_total()
    codes = [c[0] for c in A_COMMITTEES]
    brk = codes.index(A_BREAK_AFTER)
    for code, r in a_rows():
        want = [2] if codes.index(code) <= brk else [3]
        if pages_of(A, a_row_text(r)) != want:
            errs.append(f"A: activity {r[0]} printed on {pages_of(A, a_row_text(r))}, expected {want}")
        if not (0 < r[1] and 0 < r[2] and 0 < r[3]):
            errs.append(f"A: {r[0]} needs positive net costs")
    for code, name, col, rows in A_COMMITTEES:
        want = [1] if codes.index(code) <= brk else [2]
        need(A, a_sum_text(code), want, "A Summa row")
        need(A, f"{name} {code}", want, "A committee heading")
        if a_csum(code) != tuple(sum(r[k] for r in rows) for k in (1, 2, 3)):
            errs.append(f"A: subtotal of {code} does not add up")
    if T != tuple(sum(a_csum(c)[k] for c in codes) for k in range(3)):
        errs.append("A: the committees do not add up to the total")
    need(A, f"Nämnderna totalt {g(T[0])} {g(T[1])} {g(T[2])} {d1(a_tpct(T), plus=True)}", [2], "A total row")
    if count(A, "Nämnd och verksamhet, tkr Utfall 2025 Budget 2026 Budget 2027 Förändring, % 2025–2027") != 2:
        errs.append("A: the column heading must be printed on p. 2 and repeated on p. 3")
    need(A, "Tabell 1 fortsätter på nästa sida", [1], "A break note")
    need(A, "Tabell 1. Nettokostnad per nämnd och verksamhet (forts.)", [2], "A continued caption")
    RES = a_result()
    need(A, f"Nämndernas nettokostnader budgeteras till {g(T[2])} tkr för 2027. Det är {g(T[2] - T[1])} tkr eller "
            f"{d1(a_tpct(T))} procent mer än i budgeten för 2026, som uppgick till {g(T[1])} tkr. Utfallet för 2025 "
            f"blev {g(T[0])} tkr", [0], "A summary totals")
    need(A, f"Skatteintäkter och generella statsbidrag beräknas till {mn(A_TAX)} mnkr. Efter finansförvaltningens "
            f"nettokostnad på {mn(A_FIN)} mnkr", [0], "A tax income")
    need(A, f"budgeteras årets resultat till {mn(RES)} mnkr, vilket motsvarar {d1(RES / A_TAX * 100)} procent av "
            "skatter och bidrag", [0], "A result")
    if not RES / A_TAX * 100 < 2.0:
        errs.append("A: p. 1 says the result target of 2,0 per cent is not reached")
    if abs(r1(A_TAX / 1000) - r1(T[2] / 1000) - r1(A_FIN / 1000) - r1(RES / 1000)) > 1e-6:
        errs.append("A: the rounded result budget does not add up")
    for a_, b_ in (("Skatteintäkter och generella statsbidrag", mn(A_TAX)),
                   ("Nämndernas nettokostnader", mn(-T[2])), ("Finansförvaltningen, netto", mn(-A_FIN)),
                   ("Årets resultat", mn(RES))):
        need(A, f"{a_} {b_}", [3], "A result budget")
    bun, sn = a_csum("BUN"), a_csum("SN")
    need(A, f"svarar tillsammans för {d1((bun[2] + sn[2]) / T[2] * 100)} procent", [0], "A BUN+SN share")
    for code in codes:
        v = a_csum(code)[2]
        need(A, f"{code} {mn(v)} mnkr {d1(v / T[2] * 100)} %", [0], "A treemap label")
    rows_ = {r[0]: r for _, r in a_rows()}
    kt = rows_["Kollektivtrafik"]
    need(A, f"Kommunstyrelsens ram ökar med {d1(a_tpct(a_csum('KS')))} procent. Kollektivtrafiken får "
            f"{g(kt[3] - kt[2])} tkr mer", [2], "A KS comment")
    if a_pct(rows_["Näringsliv och turism"]) >= 0:
        errs.append("A: p. 3 says the business budget is reduced")
    bun_down = [r[0] for c, r in a_rows() if c == "BUN" and r[3] < r[2]]
    if bun_down != ["Gymnasieskola", "Vuxenutbildning"]:
        errs.append("A: p. 3 names gymnasieskolan and vuxenutbildningen as the BUN activities that decrease")
    need(A, f"Barn- och utbildningsnämndens budget ökar med {d1(a_tpct(bun))} procent", [2], "A BUN comment")
    need(A, f"Socialnämndens budget ökar med {d1(a_tpct(sn))} procent", [2], "A SN comment")
    need(A, A_PASSAGE, [2], "A passage")
    if a_pct(rows_["Individ- och familjeomsorg"]) >= 0:
        errs.append("A: the passage explains a decrease of individ- och familjeomsorg")
    need(A, f"tillsammans {g(a_csum('SBN')[2] + a_csum('KFN')[2])} tkr", [2], "A SBN+KFN")
    if not (a_pct(rows_["Idrotts- och fritidsanläggningar"]) > 0 > a_pct(rows_["Fritidsgårdar"])):
        errs.append("A: p. 3 says sports facilities get more and youth centres less")
    hs = [r for _, r in a_rows() if r[0] in ("Hemtjänst", "Särskilt boende")]
    if not all(a_pct(r) > 0 for r in hs):
        errs.append("A: p. 3 says home care and residential care grow")

    # (b) Erkelunda, internkontrollplan 2027
    procs = []
    for r in B_RISKS:
        if r[1] not in procs:
            procs.append(r[1])
        if not (1 <= r[3] <= 4 and 1 <= r[4] <= 4) or r[7] not in B_FREQS:
            errs.append(f"B: risk {r[0]} has a value outside the scales")
        if pages_of(B, b_row_text(r)) != [2]:
            errs.append(f"B: risk {r[0]} printed on {pages_of(B, b_row_text(r))}, expected [2]")
    if [r[0] for r in B_RISKS] != list(range(1, len(B_RISKS) + 1)):
        errs.append("B: risks must be numbered 1..n")
    NUM = {3: "tre", 4: "fyra", 6: "sex", 7: "sju", 8: "åtta"}
    high = [r for r in B_RISKS if b_rv(r) >= 9]
    top = [r for r in B_RISKS if b_rv(r) == max(b_rv(x) for x in B_RISKS)]
    need(B, f"Planen omfattar {len(B_RISKS)} kontrollmoment inom {len(procs)} processer. Av kontrollerna görs "
            f"{b_count('månadsvis')} månadsvis, {b_count('kvartalsvis')} kvartalsvis och "
            f"{b_count('en gång per år')} en gång per år. {NUM[len(high)].capitalize()} risker har ett riskvärde "
            f"på 9 eller mer", [0], "B counts")
    if sum(b_count(f_) for f_ in B_FREQS) != len(B_RISKS):
        errs.append("B: the frequencies do not add up")
    need(B, f"{NUM[len(top)].capitalize()} av dem har planens högsta riskvärde, {b_rv(top[0])}: kostnaderna för "
            "inhyrda sjuksköterskor, obehörig läsning i journaler och hanteringen av nycklar", [0], "B top risks")
    if [r[0] for r in top] != [6, 12, 14]:
        errs.append("B: p. 1 names risks 6, 12 and 14 as the highest")
    for f_, months in B_MONTHS.items():
        if f_ not in B_FREQS or len(months) != {"månadsvis": 12, "kvartalsvis": 4, "en gång per år": 1}[f_]:
            errs.append(f"B: calendar months for {f_} wrong")
    need(B, "Kvartalsvisa kontroller görs i mars, juni, september och december och årliga kontroller i oktober",
         [0], "B calendar text")
    if B_MONTHS["kvartalsvis"] != [3, 6, 9, 12] or B_MONTHS["en gång per år"] != [10]:
        errs.append("B: the calendar strip disagrees with p. 1")
    need(B, "1 2 3 4 6 8 9 12 16", [0], "B scale of products")
    need(B, "Låg risk, 1–4 Medel, 6–8 Hög risk, 9–16", [0], "B levels")
    if sorted({s * k for s in range(1, 5) for k in range(1, 5)}) != [1, 2, 3, 4, 6, 8, 9, 12, 16]:
        errs.append("B: the scale of products is wrong")
    for t_, s_, k_ in B_LEFT_OUT:
        need(B, f"{t_} (riskvärde {s_ * k_})", [2], "B risk left out")
        if s_ * k_ >= 9:
            errs.append(f"B: a left-out risk must be low: {t_}")
    need(B, f"Antagen av nämnden {dmy(B_ADOPTED)}", [0], "B adoption date")
    need(B, f"Delårsuppföljningen för januari–augusti redovisas den {dmy(B_REPORTS[0][1])}. Helårsuppföljningen "
            f"redovisas den {dmy(B_REPORTS[1][1])}", [2], "B report dates")
    if not B_ADOPTED < B_REPORTS[0][1] < B_REPORTS[1][1]:
        errs.append("B: dates out of order")
    need(B, B_PASSAGE, [2], "B passage")
    six = [r for r in B_RISKS if r[0] == 6][0]
    if six[7] != "månadsvis" or "inhyrda sjuksköterskor" not in six[2]:
        errs.append("B: the passage explains the monthly control of hired nurses (risk 6)")
    keys = [r for r in B_RISKS if r[0] == 14][0]
    if "Nycklar" not in keys[2]:
        errs.append("B: p. 3 says the key control is new (risk 14)")

    # (c) Gesterby, nämndplan 2027
    nrs = [i[1] for i in C_INDICATORS]
    brk = nrs.index(C_BREAK_AFTER)
    for k, ind in enumerate(C_INDICATORS):
        want = [2] if k <= brk else [3]
        if pages_of(C, c_row_text(ind)) != want:
            errs.append(f"C: indicator {ind[1]} printed on {pages_of(C, c_row_text(ind))}, expected {want}")
        if ind[8] not in ("öka", "minska") or not ind[1].startswith(ind[0][-1] + "."):
            errs.append(f"C: indicator {ind[1]} badly formed")
        if not 2020 <= ind[5] <= 2024:
            errs.append(f"C: baseline year of {ind[1]} must lie before the outcome 2025")
    for code, text in C_GOALS:
        need(C, f"{code.upper()} {text}", [1, 2], "C goal heading")
    goal_split = [i[0] for i in C_INDICATORS][brk]
    need(C, f"{goal_split} fortsätter på nästa sida", [1], "C break note")
    need(C, f"{dict(C_GOALS)[goal_split]} (forts.)", [2], "C continued goal")
    head_ = "Nr Indikator Enhet Utgångs- värde Basår Utfall 2025 Målvärde 2027 Önskad riktning Källa Utfall mot mål"
    if count(C, head_) != len(C_GOALS) + 1:
        errs.append("C: every goal table needs its heading row, and the continued table repeats it")
    need(C, f"{len(C_GOALS)} nämndmål", [0], "C flow goals")
    need(C, f"{len(C_INDICATORS)} indikatorer", [0], "C flow indicators")
    inc = r1(C_FRAME[0] - C_FRAME[1])
    need(C, f"Nämndens budgetram för 2027 är {d1(C_FRAME[0])} mnkr, vilket är {d1(inc)} mnkr mer än ramen för 2026 "
            f"på {d1(C_FRAME[1])} mnkr. Av ökningen avser 12,4 mnkr", [0], "C frame")
    if r1(12.4 + 6.5) != inc:
        errs.append("C: the two parts of the increase must add up")
    mv, sv3 = c_ind("1.2"), c_ind("1.4")
    need(C, f"meritvärdet sjönk från {d1(mv[4])} till {d1(mv[6])} poäng. " + C_PASSAGE, [3], "C analysis/passage")
    if not c_worse(mv) or c_ind("1.1")[6] <= c_ind("1.1")[4]:
        errs.append("C: p. 4 says eligibility rose and the merit value fell")
    need(C, f"klarade det nationella provet i svenska minskade till {d1(sv3[6])} procent", [3], "C svenska")
    if not c_worse(sv3) or c_worse(c_ind("3.1")) or c_worse(c_ind("3.3")):
        errs.append("C: p. 4 comments disagree with the table")
    for t_, d_ in C_TASKS:
        need(C, f"{t_}. Klart: {d_}", [3], "C task")
    for s_ in ("Skolverket", "Elevenkäten", "Föräldraenkäten", "Medarbetarenkäten", "Ärendesystemet",
               "Närvarosystemet", "Kösystemet", "Personalsystemet"):
        if s_ not in {i[9] for i in C_INDICATORS}:
            errs.append(f"C: source {s_} explained but not used")
    need(C, "Källor: Skolverket = Skolverkets officiella statistik", [2], "C sources")

    # (d) Hökvalla, upphandlingsplan 2027
    ids = [p[0] for p in D_PROCS]
    brk = ids.index(D_BREAK_AFTER)
    for k, p in enumerate(D_PROCS):
        want = [1] if k <= brk else [2]
        if pages_of(D, d_row_text(p)) != want:
            errs.append(f"D: procurement {p[0]} printed on {pages_of(D, d_row_text(p))}, expected {want}")
        if p[5] not in D_DEPTS or p[6] not in ("Ny", "Förnyad") or not 1 <= p[4] <= 8:
            errs.append(f"D: procurement {p[0]} badly formed")
    if [p[3] for p in D_PROCS] != sorted(p[3] for p in D_PROCS):
        errs.append("D: the table must be ordered by planned start")
    for q_ in d_quarters():
        n_ = sum(1 for p in D_PROCS if d_quarter(p) == q_)
        need(D, f"{d_qlabel(q_)} · {n_} upphandlingar", [0, 1], "D quarter line")
    if d_quarter(D_PROCS[brk]) == d_quarter(D_PROCS[brk + 1]):
        need(D, f"{d_qlabel(d_quarter(D_PROCS[brk]))} (forts.)", [1], "D continued quarter")
    need(D, "Tabell 1 fortsätter på nästa sida", [0], "D break note")
    need(D, "Tabell 1. Planerade upphandlingar 2027–2028 (forts.)", [1], "D continued caption")
    if count(D, "Nr Upphandling Årsvärde, mnkr Planerad start Avtals- tid, år Ansvarig förvaltning Typ") != 2:
        errs.append("D: the column heading must be printed twice")
    N_ = len(D_PROCS)
    big = [p for p in D_PROCS if p[2] > D_KS_LIMIT]
    need(D, f"Antal upphandlingar {N_} Nya upphandlingar {d_count('Ny')} Förnyade avtal {d_count('Förnyad')}", [0],
         "D key facts left")
    need(D, f"Uppskattat årsvärde totalt {d1(d_total())} mnkr Upphandlingar över {d1(D_KS_LIMIT)} mnkr per år "
            f"{len(big)} Planerade starter {d_start(D_PROCS[0])}–{d_start(D_PROCS[-1])}", [0], "D key facts right")
    if d_count("Ny") + d_count("Förnyad") != N_:
        errs.append("D: new and renewed must add up")
    need(D, f"Av planens {N_} upphandlingar ligger {len(big)} över gränsen, och de har tillsammans ett årsvärde på "
            f"{d1(r1(sum(p[2] for p in big)))} mnkr", [0], "D over the limit")
    for dp in D_DEPTS:
        n_, v_, ny_ = d_dept_sum(dp)
        need(D, f"{dp} {n_} {d1(v_)} {ny_}", [1], "D per förvaltning")
    if r1(sum(d_dept_sum(dp)[1] for dp in D_DEPTS)) != d_total() or \
            sum(d_dept_sum(dp)[0] for dp in D_DEPTS) != N_:
        errs.append("D: the sums per förvaltning do not add up to the total")
    need(D, f"Totalt {N_} {d1(d_total())} {d_count('Ny')}", [1], "D Tabell 2 total")
    need(D, D_PASSAGE, [2], "D passage")
    bad = [p for p in D_PROCS if p[0] == "U22"][0]
    if bad[6] != "Ny" or bad[3][0] != 2028:
        errs.append("D: the swimming hall is a new procurement starting 2028")
    sk = [p for p in D_PROCS if p[0] == "U01"][0]
    need(D, f"Den nya upphandlingen startar redan i {d_start(sk)} så att den nya trafiken kan börja vid "
            f"höstterminens start. Avtalstiden är {sk[4]} år", [2], "D school transport")
    need(D, f"Antagen av kommunstyrelsen {dmy(D_ADOPTED)}", [0], "D adoption")

    # (e) Masthamra, bostadsförsörjningsprogram 2027–2030
    Te = e_total()
    TOT = sum(Te[:4])
    for gr, r in e_rows():
        if pages_of(E, e_row_text(r)) != [2]:
            errs.append(f"E: area {r[0]} printed on {pages_of(E, e_row_text(r))}, expected [2]")
        if sum(r[1:5]) != sum(r[5:8]):
            errs.append(f"E: area {r[0]}: tenures do not add up to the years")
        need(E, f"{r[0]} {e_sum(r)} bostäder", [0], "E map label")
    for gr, _ in E_GROUPS:
        need(E, e_gsum_text(gr), [1], "E group sum")
    if Te != tuple(sum(e_gsum(gr)[k] for gr, _ in E_GROUPS) for k in range(7)) or TOT != sum(Te[4:]):
        errs.append("E: groups or tenures do not add up to the total")
    need(E, f"Hela kommunen {' '.join(g(v) for v in Te[:4])} {TOT} {' '.join(g(v) for v in Te[4:])}", [1],
         "E total row")
    peak = max(range(4), key=lambda i: Te[i])
    need(E, f"Sammanlagt planeras {TOT} bostäder i tio områden. Det ger i genomsnitt {r0(e_avg())} bostäder per år, "
            f"vilket är färre än målet i översiktsplanen på {E_TARGET} bostäder per år. Flest bostäder blir klara "
            f"{E_YEARS[peak]}, då {Te[peak]} bostäder planeras. Av bostäderna blir {Te[4]} hyresrätter, {Te[5]} "
            f"bostadsrätter och {Te[6]} äganderätter", [0], "E summary")
    if len(e_rows()) != 10 or not e_avg() < E_TARGET:
        errs.append("E: p. 1 says ten areas and fewer than the target")
    need(E, f"Masthamra kommun hade {g(E_POP[1])} invånare vid utgången av 2026, jämfört med {g(E_POP[0])} fem år "
            "tidigare", [0], "E population")
    tg, hk = e_area("Tegelbruket"), e_area("Hamnkvarteret")
    if max(e_rows(), key=lambda x: e_sum(x[1]))[1][0] != "Tegelbruket" or not hk[6] > hk[5] or hk[1] != 0:
        errs.append("E: p. 2 comments (largest area, mostly bostadsrätter, no dwellings 2027) disagree")
    need(E, f"Tegelbruket är programmets största område med {e_sum(tg)} bostäder, varav {tg[5]} hyresrätter. De "
            f"första {tg[1]} lägenheterna blir klara 2027. I Hamnkvarteret planeras {e_sum(hk)} bostäder", [1],
         "E comments")
    need(E, E_PASSAGE, [1], "E passage")
    by = e_gsum("Byarna")
    need(E, f"Ekhamn får {sum(e_gsum('Ekhamn')[:4])} nya bostäder, och byarna tillsammans {sum(by[:4])}", [1],
         "E Ekhamn/byarna")
    if not (by[4] == e_area("Hästeby")[5] == 10 and by[5] == 0):
        errs.append("E: p. 2 says the only rental flats in the villages are the ten in Hästeby")
    for i, (lead, text) in enumerate(E_STRATEGIES, 1):
        need(E, f"{i} {lead} {text}", [2], "E strategy")
    need(E, "sex strategier", [2], "E number of strategies")
    if len(E_STRATEGIES) != 6:
        errs.append("E: p. 3 says six strategies")
    for nm in ("Bergsgärdet", "Ekhamns centrum"):
        if e_area(nm)[5] == 0:
            errs.append(f"E: strategy 3 gives Masthamrahem the rental flats of {nm}, which has none")

    # (f) Tuvesta, bygglov januari–juni 2027 (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["item"]) not in scan:
            errs.append(f"F: scanned row {x['r'][0]} missing")
    dates = [d_[2] for d_ in F_DECISIONS]
    if dates != sorted(dates) or any(not (d_.year == 2027 and d_.month == 6) for d_ in dates):
        errs.append("F: decision dates not in order or outside June 2027")
    if len({d_[0] for d_ in F_DECISIONS}) != len(F_DECISIONS):
        errs.append("F: a property occurs twice")
    n_, bev, avs = f_counts()
    if n_ != bev + avs:
        errs.append("F: every decision must be granted or refused")
    if norm(f"Antal beslut: {n_}, varav {bev} bifall och {avs} avslag. Summa avgifter: {g(f_fee_sum())} kr.") \
            not in scan:
        errs.append("F: count/fee line of the scan wrong")
    ref = [d_[0] for d_ in F_DECISIONS if d_[3] == "Avslås"]
    if len(ref) != len(F_NOTES) or any(not (nt.startswith(f"Anm. {r_}: Avslag.")) for r_, nt in zip(ref, F_NOTES)):
        errs.append("F: one note per refusal, in order")
    for t_ in F_NOTES:
        if norm(t_) not in scan:
            errs.append("F: a note is missing from the scan")
    if F_PASSAGE not in F_NOTES[1]:
        errs.append("F: the passage is the reason for the refusal of Gåsvik 4:15")
    if not (max(dates) < F_SIGNED < F_REPORT < F_MEETING):
        errs.append("F: the print date must be after the decisions and before the report and the meeting")
    if norm(F_SIGNED.isoformat()) not in scan:
        errs.append("F: the fax header date is missing from the scan")
    Tf = f_stat_total()
    for x in F_S:
        need(F, x["item"], [2], "F stat row")
    need(F, f"Samtliga ärendetyper {Tf[0]} {Tf[1]} {Tf[2]}", [2], "F stat total")
    need(F, f"Under januari–juni 2027 kom {Tf[1]} ansökningar och anmälningar in till byggnadsnämnden, mot {Tf[0]} "
            f"under samma period 2026. Nämnden och dess delegater fattade {Tf[2]} beslut", [0], "F p1 counts")
    rows_ = {r[0]: r for r in F_STATS}
    if not (rows_["Nybyggnad av en- och tvåbostadshus"][2] < rows_["Nybyggnad av en- och tvåbostadshus"][1] and
            rows_["Komplementbyggnader"][2] > rows_["Komplementbyggnader"][1]):
        errs.append("F: p. 1 says fewer applications for houses and more for outbuildings")
    if any(r[3] > r[2] for r in F_STATS):
        errs.append("F: more decisions than applications in a case type")
    fl, ml = rows_["Flerbostadshus och lokaler"], rows_["Marklov"]
    need(F, f"För flerbostadshus och lokaler har medianen ökat från {d1(fl[4])} till {d1(fl[5])} veckor", [2],
         "F flerbostadshus")
    NUMW = {5: "fem", 6: "sex", 7: "sju", 9: "nio"}
    n_ok = sum(1 for r in F_STATS if r[5] <= r[4])
    need(F, f"Handläggningstiderna har kortats eller är oförändrade för {NUMW[n_ok]} av {NUMW[len(F_STATS)]} "
            "ärendetyper", [2], "F handling times")
    if not ml[5] > ml[4]:
        errs.append("F: p. 3 says the marklov median grew")
    need(F, f"Timavgiften är {g(F_RATE[1])} kr 2027, mot {g(F_RATE[0])} kr 2026", [2], "F hourly rate")
    need(F, f"Rapporten behandlas vid nämndens sammanträde den {dmy(F_MEETING)}", [0], "F meeting")
    need(F, f"Datum: {F_REPORT.isoformat()}", [0], "F report date")
    layer_f = norm(" ".join(text_layer(F)))
    for d_ in F_DECISIONS:
        for s_ in (d_[0], d_[2].isoformat(), g(d_[4]) + " kr"):
            if norm(s_) in layer_f:
                errs.append(f"F: scanned fact {s_!r} repeated in the text layer")
    for s_ in ("översvämm", "byggnadshöjd", "detaljplanen", "241 270", "Hyvlaren", "Tranan"):
        if norm(s_) in layer_f:
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
