"""Checks ../heldout_syn31.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Claesborg document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic30/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic31).

* format: 50 questions h31001..h31050, key order, types 20 figure / 8 list / 6 passage / 16 none, 13 in English
  (at least 5 of them figures, 2 lists and 4 none), at least 6 conditional lists (of which at least 4 compare two
  cells of the same row), at least 3 list-shaped none questions; on the scanned page 2 figure and 1 list question,
  and 1 none question about it;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "15 januari 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the question that asks for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for the list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (b) and (c) (WITH_MINUS); metadata titles exactly
  in (a), (b) and (d); landscape pages exactly p. 3 of (a) and p. 2 of (d); page 2 of (f) an image without text;
  no names of earlier synthetic municipalities or places (FORBIDDEN, incl. the OWN names of ../synthetic30, the
  sets before them and ../synthetic32), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own
  names (OWN) and persons all start with C, I, J, P, S or V and none of OWN occurs in the READMEs of the earlier
  sets or in ../synthetic28/check.py and ../synthetic30/check.py;
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
from data import (A_RR, A_BUDGET_RES, A_GOAL_PCT, A_REAL_GAIN, A_INSURANCE, A_INVEST, A_SOL, A_PASSAGE,  # noqa
                  A_YEARS, A_POP, A_INC, A_VNK, A_SKATT, A_FIN, A_AVSKR, A_NETINV, A_SOL5, A_SOLP5, A_DEBT, A_NOTES,
                  a_rr_rows, a_rr, a_rr_text, a_nka, a_res, a_self, a_pct, a_five, a_five_text, a_note_text,
                  a_note_sum,
                  B_GROUPS, B_BREAK_AFTER, B_SAMPLE, B_REPORTS, B_FORECASTS, B_PLOWING, B_INTERVIEWS, B_PASSAGE,
                  B_RECS, B_DATE, B_QUESTIONS, b_rows, b_dev, b_devpct, b_gsum, b_total, b_row_text, b_sum_text,
                  C_GROUPS, C_APRIL, C_HOUSEHOLDS, C_PLACED, C_PASSAGE, C_STAFF, C_SICK, C_TOTAL_LABEL, c_rows,
                  c_dev, c_gsum, c_total, c_row_text, c_sum_text, c_used_pct, c_staff_total, c_staff_text,
                  c_sick_tot, c_sick_all, c_sick_text,
                  D_HOMES, D_TOTAL_TARGETS, D_SHORT, D_DECISIONS, D_QUEUE, D_LONG_WAIT, D_BED_DAYS, D_PASSAGE, d_tot,
                  d_row_text, d_total_text, d_met, d_short_text,
                  E_CEILING, E_GROUPS, E_DECIDED, E_VALID, E_INCOME_DUE, E_CHECK, E_INVOICE_DAY, E_REMINDER,
                  E_NOTICE_MONTHS, E_PASSAGE, E_EXAMPLE_INCOME, e_fee, e_pct_text, e_rows, e_change, e_row_text,
                  F_YEARS, F_AGES, F_BIRTHS, F_NET_MIGR, F_DEATHS, F_MADE, F_NEXT, F_MEMO_DATE, F_PASSAGE,
                  F_HIGHLIGHT, F_PREV_2029, f_tot, f_change, f_row_text, f_total_text, f_old_share, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, g, d1, m10, r1, r0)

QFILE = HERE.parent / "heldout_syn31.jsonl"
N_Q = 50
BASE = 31000
PREFIX = "h"
WANT_TYPES = {"figure": 20, "list": 8, "passage": 6, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 2
MIN_EN_FIGS = 5
MIN_EN_NONE = 4
MIN_COND = 6
MIN_PAIR = 4          # conditional lists that compare two cells of the same row
MIN_NONE_LIST = 3     # list-shaped none questions
MIN_ANSWERABLE = 5    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 1}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "svedinge-arsredovisning-2026-finansiell-analys.pdf"
B = "vargsunda-revisionsrapport-tekniska-namnden-2027.pdf"
C = "porsbacka-sn-delarsrapport-aug-2027.pdf"
D = "ingsater-von-aldreomsorgsplan-2027.pdf"
E = "jornvik-barnomsorgstaxa-2027.pdf"
F = "claesborg-ks-befolkningsprognos-2026-2030.pdf"
PLACE = {A: "Svedinge", B: "Vargsunda", C: "Porsbacka", D: "Ingsäter", E: "Jörnvik", F: "Claesborg"}
WITH_TITLE = {A, B, D}
WITH_MINUS = {A, B, C}      # documents that print negative amounts or deviations with "−"
LANDSCAPE = {A: [3], D: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
SCAN_NONE = {"h31049"}              # the none question about the scanned page (its fact is absent there too)
LETTERS = "CIJPSV"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic30/check.py (its FORBIDDEN list already holds the names of
# ../synthetic … ../synthetic29, the OWN list of ../synthetic29/check.py included), checked against the lines that
# define FORBIDDEN and OWN in ../synthetic29/check.py (read with grep -n / sed, those lines only: its FORBIDDEN list
# is contained in ours and its OWN list is already in it), and the OWN list of ../synthetic32/check.py (written at
# the same time by another writer with other letters; its FORBIDDEN list equals ours up to the synthetic30 names).
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
    "Bälsunda", "Erkelunda", "Gesterby", "Hökvalla", "Masthamra", "Tuvesta", "Bryggan", "Hälleberga",
    "Enhagsskolan", "Hökvallabadet", "Tegelbruket", "Hamnkvarteret", "Bergsgärdet", "Murarbacken", "Ekhamn",
    "Mellangärdet", "Tallstigen", "Grönvik", "Hästeby", "Bodvallen", "Masthamrahem", "Hägern", "Gäddan", "Bruksby",
    "Mården", "Eneberg", "Tranan", "Gåsvik", "Bävern", "Holmby", "Hyvlaren", "Blåmesen",
    # the OWN list of ../synthetic32/check.py (written at the same time by another writer with other letters; only
    # the lines that define FORBIDDEN and OWN were read, located with grep -n; its FORBIDDEN list equals ours above)
    "Gråsund", "Roslinge", "Westerlunda", "Ullvika", "Gunnesta", "Odelsvik", "Kvarnvik", "Gärdshöjden",
    "Kanalskolan", "Kvarnbyn", "Rydsbro", "Kungsgatan", "Rådhusgatan", "Gjutargatan", "Kanalvägen", "Utmarksvägen",
    "Ringvägen", "Kyrkogatan", "Gruvvägen", "Ollonstigen", "Gamla landsvägen", "Orion", "Gåsholmen", "Kallviken",
    "Rimsjön", "Ugglevik",
]
# real Swedish municipalities and regions beginning with C, I, J, P, S or V (no municipality begins with C or I;
# regions: Jämtland Härjedalen, Jönköpings län, Skåne, Stockholm, Sörmland, Värmland, Västerbotten,
# Västernorrland, Västmanland, Västra Götaland): none of them may be one of our names, and none may occur as a word
# in our PDFs
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Jämtland",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Skåne", "Sörmland",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö",
        "Värnamo", "Västervik", "Västerås", "Växjö", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
        "Västra Götaland"]
# our own invented names (municipalities first, then companies, places, homes and units); later sets should add
# them to their FORBIDDEN lists
OWN = ["Svedinge", "Vargsunda", "Porsbacka", "Ingsäter", "Jörnvik", "Claesborg",
       "Svedingebostäder", "Svedinge Energi", "Valör Revision", "Ceres Analys",
       "Idegranen", "Slåttervik",
       "Syrenhöjden", "Plommongården", "Callunagården", "Sjöglimten", "Vinbärsgården", "Solvändan", "Sjöbris",
       "Vindrosen"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Simon Carlberg", "Carina Stål", "Ivan Persson", "Jenny Sörman", "Viktor Ingvarsson", "Camilla Svärd",
           "Jonas Ståhlberg", "Petra Juhlin"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic28", "synthetic30"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 31)]   # README.md (synthetic32 is not read)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_N2 = [dict(r=i, item=a_note_text(i)) for n in A_NOTES if n[0] == 2 for i in n[2]]
B_R = [dict(r=r, item=b_row_text(r)) for _, r in b_rows()]
C_R = [dict(r=r, item=c_row_text(r)) for _, r in c_rows()]
D_R = [dict(r=h, item=d_row_text(h)) for h in D_HOMES]
E_R = [dict(r=r, item=e_row_text(r)) for _, r in e_rows()]
F_R = [dict(r=a, item=f_row_text(a)) for a in F_AGES]

# qid -> (rows, predicate on the raw row)
COND = {
    "h31005": (A_N2, lambda i: i[2] - i[1] > 30),                         # cost up by more than 3 mnkr (pair)
    "h31013": (B_R, lambda r: b_dev(r) < -1000),                          # over budget by more than 1 mnkr
    "h31023": (C_R, lambda r: r[3] > r[2]),                               # forecast above budget (pair)
    "h31031": (D_R, lambda h: d_met(h, 3)),                               # continuity target reached (pair)
    "h31032": (D_R, lambda h: h[4][1] > h[4][0]),                         # longer waiting 2026 than 2025 (pair)
    "h31040": (E_R, lambda r: e_change(r) > 30),                          # fee up by more than 30 kr
    "h31047": (F_R, lambda a: f_change(a) < 0),                           # age group decreasing (scanned, pair)
}
PAIR = {"h31005", "h31023", "h31031", "h31032", "h31047"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "h31014": B_RECS,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "h31007": (A, [r"2021"], None),
    "h31008": (A, [r"[Kk]oncern[^.]{0,160}[Ss]jälvfinansier", r"[Ss]jälvfinansier[^.]{0,160}[Kk]oncern"], None),
    "h31009": (A, [r"[Åå]rsarbet", r"[Aa]nställd", r"[Mm]edarbetare", r"[Hh]eltidstjänst", r"[Pp]ersonal\b"], None),
    "h31016": (B, [r"[Ll]edam"], None),
    "h31017": (B, [r"[Aa]rvode", r"[Gg]ranskningen kostade", r"[Kk]ostnad(?:en)? för (?:granskningen|revisionen)",
                   r"\btimmar\b", r"[Rr]evisionens budget"], None),
    "h31018": (B, [r"\+[3-9] \d{3}", r"\+\d{2} \d{3}"],
               lambda: all(b_dev(r) <= 3000 for _, r in b_rows())
               and all(s[0] - s[1] <= 3000 for s in [b_gsum(gr) for gr, _ in B_GROUPS] + [b_total()])),
    "h31025": (C, [r"\+[2-9] \d{3}", r"\+\d{2} \d{3}"],
               lambda: all(c_dev(r) <= 2000 for _, r in c_rows())
               and all(s[1] - s[2] <= 2000 for s in [c_gsum(gr) for gr, _ in C_GROUPS] + [c_total()])),
    "h31026": (C, [r"2025"], None),
    "h31027": (C, [r"[Ii]nvester"], None),
    "h31034": (D, [r"\b(?:6[1-9]|[7-9]\d|1\d\d) platser"], lambda: all(h[1] <= 60 for h in D_HOMES)),
    "h31035": (D, [r"[Hh]yr", r"kr/mån", r"kronor", r"\bkr\b", r"[Aa]vgift"], None),
    "h31036": (D, [r"[Nn]öjd", r"[Bb]rukarbedömning", r"[Bb]rukarundersökning", r"[Ee]nkät"], None),
    "h31042": (E, [r"[Ss]änk", r"−\d"], lambda: all(e_change(r) > 0 for _, r in e_rows())),
    "h31043": (E, [r"[Kk]väll", r"[Hh]elg", r"[Oo]bekväm", r"[Nn]atti", r"[Nn]att\b"], None),
    "h31049": (F, [r"\b[Mm]än\b", r"[Kk]vinnor", r"\b[Kk]ön\b"], None),
    "h31050": (F, [r"\bkr\b", r"kronor", r"tkr", r"mnkr", r"[Aa]rvode", r"[Kk]ostade", r"[Kk]ostnad"], None),
}
NONE_LIST = {"h31018", "h31025", "h31034", "h31042"}    # list-shaped none questions


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
    """'2027-01-15' or '15 januari 2027' -> 'YYYY-MM-DD'."""
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
            if qid in SCAN_NONE and fn not in SCANNED:
                E_("the none question about the scanned page must be about the scanned document")
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
    n_none_list = sum(1 for q in qs if q["type"] == "none" and q["id"] in NONE_LIST)
    if n_none_list < MIN_NONE_LIST or any(NONE_ABSENT[x][2] is None for x in NONE_LIST):
        errs.append(f"only {n_none_list} list-shaped none questions (each needs a data test)")
    if dict(n_scan) != WANT_SCAN:
        errs.append(f"scanned page: {dict(n_scan)} questions, expected {WANT_SCAN}")
    n_scan_none = sum(1 for q in qs if q["type"] == "none" and q["id"] in SCAN_NONE)
    if n_scan_none != 1:
        errs.append(f"{n_scan_none} none questions about the scanned page, expected 1")

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

    def bad(cond, what):
        if not cond:
            errs.append(what)

    # (a) Svedinge, årsredovisning 2026
    RR = a_rr_rows()
    for label, note, vals, is_sum in RR:
        s_ = a_rr_text((label, note, vals, is_sum))
        if note is not None:
            s_ = f"{note} {s_}"
        if pages_of(A, s_) != [2]:
            errs.append(f"A: income statement row {label} printed on {pages_of(A, s_)}, expected [2]")
    RES, SK, GB = a_rr("Årets resultat"), a_rr("Skatteintäkter"), a_rr("Generella statsbidrag och utjämning")
    VNK, INT, AV = a_rr("Verksamhetens nettokostnader"), a_rr("Verksamhetens intäkter"), a_rr("Avskrivningar")
    FI, FK = a_rr("Finansiella intäkter"), a_rr("Finansiella kostnader")
    bad(SK[0] == SK[2] and SK[1] == SK[3] and GB[0] == GB[2] and GB[1] == GB[3],
        "A: tax income and grants must be the same for kommun and koncern")
    for k, i in ((0, 3), (1, 4)):
        yr = A_YEARS[i]
        bad(A_INC[i] == INT[k], f"A: five-year intäkter {yr} differ from the income statement")
        bad(A_VNK[i] == -VNK[k], f"A: five-year nettokostnader {yr} differ from the income statement")
        bad(A_SKATT[i] == SK[k] + GB[k], f"A: five-year skatter och bidrag {yr} differ from the income statement")
        bad(A_FIN[i] == FI[k] + FK[k], f"A: five-year finansnetto {yr} differs from the income statement")
        bad(A_AVSKR[i] == -AV[k], f"A: five-year avskrivningar {yr} differ from the income statement")
        bad(a_res(i) == RES[k], f"A: five-year result {yr} differs from the income statement")
        bad(A_NETINV[i] == A_INVEST[k], f"A: net investments {yr} differ between p. 1 and p. 3")
        bad(A_SOL5[i] == A_SOL["kommun"][k] and A_SOLP5[i] == A_SOL["inkl"][k], f"A: soliditet {yr} differs")
    NOTE_LINE = {1: "Verksamhetens intäkter", 2: "Verksamhetens kostnader", 3: "Avskrivningar", 4: "Skatteintäkter",
                 5: "Generella statsbidrag och utjämning", 6: "Finansiella intäkter", 7: "Finansiella kostnader"}
    notes_in_rr = sorted(r[1] for r in A_RR if r[0] != "SUM" and r[1] is not None)
    bad(notes_in_rr == [n[0] for n in A_NOTES], "A: every note referenced in the income statement needs a note")
    for nr, head, items in A_NOTES:
        s_ = a_note_sum(nr)
        v = a_rr(NOTE_LINE[nr])
        bad((abs(v[0]), abs(v[1])) == s_, f"A: note {nr} does not add up to its line of the income statement")
        need(A, f"{nr} {head} 2025 2026", [3], "A note heading")
        for it in items:
            need(A, a_note_text(it), [3], "A note item")
        need(A, f"{head} 2025 2026 " + " ".join(a_note_text(it) for it in items) + f" Summa {m10(s_[0])} {m10(s_[1])}",
             [3], "A note block")
    rp = [a_pct(RES[k], SK[k] + GB[k]) for k in (0, 1)]
    need(A, f"Svedinge kommun redovisar ett resultat på {m10(RES[1])} mnkr för 2026. Det är "
            f"{m10(RES[1] - A_BUDGET_RES)} mnkr bättre än budgeten på {m10(A_BUDGET_RES)} mnkr och "
            f"{m10(RES[1] - RES[0])} mnkr bättre än 2025, då resultatet blev {m10(RES[0])} mnkr. Resultatet "
            f"motsvarar {d1(rp[1])} procent av skatteintäkter och generella statsbidrag, och det finansiella målet på "
            f"minst {d1(A_GOAL_PCT)} procent nås därmed. År 2025 var andelen {d1(rp[0])} procent", [0], "A result")
    bad(rp[1] >= A_GOAL_PCT and rp[0] == a_pct(a_res(3), A_SKATT[3]), "A: p. 1 says the 1,5 % goal is reached in 2026")
    need(A, f"redovisar ett resultat på {m10(RES[3])} mnkr, mot {m10(RES[2])} mnkr året innan. Det negativa "
            f"resultatet 2025 berodde främst på att {A_PASSAGE}", [0], "A group result / passage")
    bad(RES[2] < 0 < RES[3], "A: p. 1 says the group result 2025 was negative and 2026 positive")
    need(A, f"Andelen minskade från {d1(a_nka(3))} procent 2025 till {d1(a_nka(4))} procent 2026", [0], "A nka")
    bad(a_nka(4) < a_nka(3) and abs(a_nka(4) + rp[1] - 100) < 0.15, "A: nettokostnadsandel and result share")
    need(A, f"Soliditeten steg från {d1(A_SOL['kommun'][0])} procent till {d1(A_SOL['kommun'][1])} procent. Om hela "
            f"pensionsförpliktelsen räknas in steg soliditeten från {d1(A_SOL['inkl'][0])} till "
            f"{d1(A_SOL['inkl'][1])} procent. Koncernens soliditet var {d1(A_SOL['koncern'][1])} procent, mot "
            f"{d1(A_SOL['koncern'][0])} procent året innan", [0], "A soliditet")
    bad(all(a < b for a, b in A_SOL.values()), "A: p. 1 says every soliditet measure rose")
    need(A, f"Nettoinvesteringarna uppgick till {m10(A_INVEST[1])} mnkr, jämfört med {m10(A_INVEST[0])} mnkr 2025. "
            f"Självfinansieringsgraden blev {d1(a_self(4))} procent (2025: {d1(a_self(3))} procent)", [0],
         "A självfinansiering")
    bad(80 < a_self(4) < 85, "A: p. 1 says 'drygt fyra femtedelar'")
    need(A, f"Låneskulden ökade med {m10(A_DEBT[4] - A_DEBT[3])} mnkr till {m10(A_DEBT[4])} mnkr", [0], "A debt")
    bk = (RES[0] - A_REAL_GAIN[0], RES[1] - A_REAL_GAIN[1])
    need(A, f"Efter avdrag för realisationsvinster på {m10(A_REAL_GAIN[1])} mnkr blir balanskravsresultatet "
            f"{m10(bk[1])} mnkr", [0], "A balanskrav text")
    for fig_, lab in ((f"{m10(RES[1])} mnkr", "årets resultat, kommunen 2026"),
                      (f"{m10(RES[3])} mnkr", "årets resultat, koncernen 2026"),
                      (f"{d1(a_nka(4))} %", "nettokostnadsandel 2026"),
                      (f"{d1(A_SOL['kommun'][1])} %", "soliditet, kommunen 2026"),
                      (f"{d1(a_self(4))} %", "självfinansieringsgrad 2026"),
                      (f"{m10(bk[1])} mnkr", "balanskravsresultat 2026")):
        need(A, f"{fig_} {lab}", [0], "A margin figure")
    need(A, "Kommunen Koncernen Not 2025 2026 2025 2026", [1], "A income statement heading")
    need(A, f"återbetalda avtalsförsäkringspremier med {m10(A_INSURANCE[1])} mnkr 2026 och {m10(A_INSURANCE[0])} "
            "mnkr 2025", [1], "A footnote")
    bad(A_INSURANCE[1] < INT[1] and A_INSURANCE[0] < INT[0], "A: premiums must be part of the income")
    need(A, f"Årets resultat enligt resultaträkningen {m10(RES[0])} {m10(RES[1])} Avgår: realisationsvinster "
            f"{m10(-A_REAL_GAIN[0])} {m10(-A_REAL_GAIN[1])} Balanskravsresultat {m10(bk[0])} {m10(bk[1])}", [1],
         "A balanskravsutredning")
    bad(bk[0] > 0 and bk[1] > 0, "A: p. 2 says the balanskrav result has been positive")
    five = a_five()
    bad(len(five) == 16, "A: the five-year overview has 16 rows")
    for row in five:
        if pages_of(A, a_five_text(row)) != [3]:
            errs.append(f"A: five-year row {row[1]} printed on {pages_of(A, a_five_text(row))}, expected [3]")
    need(A, "Mått 2026 2025 2024 2023 2022 2022–2026", [2], "A five-year heading (newest first)")
    bad(A_YEARS == sorted(A_YEARS) and len(A_POP) == 5, "A: five years oldest first in data.py")

    # (b) Vargsunda, revisionsrapport 2027:1
    groups = [gr for gr, _ in B_GROUPS]
    brk = groups.index(B_BREAK_AFTER)
    TB, TU = b_total()
    for gr, r in b_rows():
        want = [2] if groups.index(gr) <= brk else [3]
        if pages_of(B, b_row_text(r)) != want:
            errs.append(f"B: activity {r[0]} printed on {pages_of(B, b_row_text(r))}, expected {want}")
        bad(b_dev(r) != 0, f"B: {r[0]} must have a deviation")
    for gr in groups:
        want = [1] if groups.index(gr) <= brk else [2]
        need(B, b_sum_text(f"Summa {gr.lower()}", b_gsum(gr)), want, "B group sum")
        need(B, gr.upper(), want, "B group heading")
    bad((TB, TU) == (sum(b_gsum(gr)[0] for gr in groups), sum(b_gsum(gr)[1] for gr in groups)),
        "B: groups do not add up to the total")
    need(B, b_sum_text("Tekniska nämnden totalt", (TB, TU)), [2], "B total row")
    if count(B, "Verksamhet Budget 2026 Utfall 2026 Avvikelse, tkr Avv., %") != 2:
        errs.append("B: the column heading must be printed on p. 2 and repeated on p. 3")
    need(B, "Tabell 1 fortsätter på nästa sida", [1], "B break note")
    need(B, "Tabell 1. Budgetavvikelse per verksamhet 2026, tkr (forts.)", [2], "B continued caption")
    N_ = len(b_rows())
    n_def = sum(1 for _, r in b_rows() if b_dev(r) < 0)
    need(B, f"Tekniska nämnden redovisade för 2026 ett underskott på {g(TU - TB)} tkr mot en budget på {g(TB)} tkr, "
            f"vilket motsvarar {d1((TU - TB) / TB * 100)} procent. Av nämndens {N_} verksamheter gick {n_def} med "
            f"underskott och {N_ - n_def} med överskott", [0], "B summary")
    worst = [r[0] for _, r in sorted(b_rows(), key=lambda x: b_dev(x[1]))[:2]]
    bad(worst == ["Vinterväghållning", "Verksamhetslokaler"], "B: p. 1 names the two largest deficits")
    need(B, "De största underskotten fanns inom vinterväghållningen och verksamhetslokalerna", [0], "B deficits")
    need(B, f"Nämnden fick {B_REPORTS[0]} ekonomiska månadsrapporter under året. {B_REPORTS[1]} av dem innehöll en "
            f"helårsprognos, men bara {B_REPORTS[2]} innehöll en analys", [0], "B reports")
    bad(B_REPORTS[0] >= B_REPORTS[1] >= B_REPORTS[2], "B: report counts out of order")
    need(B, f"{B_INTERVIEWS} intervjuer", [0], "B interviews")
    need(B, "Vi lämnar fem rekommendationer på nästa sida", [0], "B number of recommendations")
    bad(len(B_RECS) == 5, "B: p. 1 says five recommendations")
    for rec in B_RECS:
        need(B, rec, [1], "B recommendation")
    need(B, f"Nämndens helårsprognos visade ett underskott på {g(-B_FORECASTS[0][1])} tkr i april, "
            f"{g(-B_FORECASTS[1][1])} tkr i augusti och {g(-B_FORECASTS[2][1])} tkr i oktober. Det slutliga "
            f"underskottet blev {g(TU - TB)} tkr, alltså {g(TU - TB + B_FORECASTS[1][1])} tkr större än prognosen "
            "i delårsrapporten", [2], "B forecasts")
    fcs = [-v for _, v in B_FORECASTS]
    bad(fcs == sorted(fcs) and fcs[-1] < TU - TB, "B: p. 1 says the forecasts underestimated the deficit all year")
    vv = [r for _, r in b_rows() if r[0] == "Vinterväghållning"][0]
    need(B, f"Vinterväghållningen kostade {g(vv[2])} tkr, mot en budget på {g(vv[1])} tkr. Underskottet beror på att "
            f"{B_PASSAGE}", [2], "B winter / passage")
    bad(B_PLOWING[0] > B_PLOWING[1] and f"{B_PLOWING[0]} plogningstillfällen mot normalt {B_PLOWING[1]}" in B_PASSAGE,
        "B: the passage gives the ploughing counts")
    need(B, f"Vi har granskat {B_SAMPLE[0]} leverantörsfakturor på mer än 50 000 kronor. Av dem saknade {B_SAMPLE[1]} "
            f"beslutsattest, och i ytterligare {B_SAMPLE[2]} fall", [2], "B invoice sample")
    bad(B_SAMPLE[1] + B_SAMPLE[2] < B_SAMPLE[0], "B: the sample counts exceed the sample")
    for q_, a_ in B_QUESTIONS:
        need(B, f"{q_} {a_.upper()}", [3], "B audit question")
    ans = dict(B_QUESTIONS)
    bad(ans["Följs attestreglementet?"] == "Nej" and B_SAMPLE[1] > 0, "B: the attest answer contradicts the sample")
    bad(ans["Analyseras orsakerna till budgetavvikelserna?"] == "Nej" and B_REPORTS[2] < B_REPORTS[0] / 2,
        "B: the analysis answer contradicts the report counts")
    need(B, dmy(B_DATE), [0], "B date")
    need(B, "senast den 30 juni 2027", [3], "B answer date")

    # (c) Porsbacka, delårsrapport per 31 augusti 2027
    T = c_total()
    for gr, r in c_rows():
        if pages_of(C, c_row_text(r)) != [2]:
            errs.append(f"C: activity {r[0]} printed on {pages_of(C, c_row_text(r))}, expected [2]")
    for gr, _ in C_GROUPS:
        need(C, c_sum_text(f"Summa {gr[0].lower() + gr[1:]}", c_gsum(gr)), [1], "C group sum")
    bad(T == tuple(sum(c_gsum(gr)[k] for gr, _ in C_GROUPS) for k in range(3)), "C: groups do not add up")
    need(C, c_sum_text(C_TOTAL_LABEL, T), [1], "C total row")
    DEF = T[1] - T[2]
    bad(DEF < 0, "C: p. 1 says the committee forecasts a deficit")
    need(C, f"Socialnämnden prognostiserar ett underskott på {g(-DEF)} tkr för 2027, vilket motsvarar "
            f"{d1(-DEF / T[1] * 100)} procent av budgeten på {g(T[1])} tkr. I delårsrapporten per 30 april var "
            f"prognosen ett underskott på {g(-C_APRIL)} tkr. Utfallet för januari–augusti blev {g(T[0])} tkr, eller "
            f"{d1(c_used_pct())} procent av årsbudgeten", [0], "C summary")
    ifo, fs = c_gsum("Individ- och familjeomsorg"), c_gsum("Funktionsstöd")
    need(C, f"som prognostiserar ett underskott på {g(ifo[2] - ifo[1])} tkr. Funktionsstöd räknar med ett litet "
            f"överskott på {g(fs[1] - fs[2])} tkr", [0], "C areas")
    rows_ = {r[0]: r for _, r in c_rows()}
    pa, lss, dv = rows_["Personlig assistans"], rows_["LSS-boenden"], rows_["Daglig verksamhet"]
    bad(ifo[2] > ifo[1] and fs[1] > fs[2] and pa[3] > pa[2] and lss[3] < lss[2] and dv[3] < dv[2],
        "C: p. 1 comments on the areas disagree with the table")
    W27, M27 = c_staff_total(2027)
    for s_ in (f"{d1(c_used_pct())} % av årsbudgeten förbrukad", f"{d1(r1(T[2] / T[1] * 100))} % helårsprognos",
               f"{d1(c_sick_all(2027)[2])} % sjukfrånvaro", f"{d1(r1(W27 / (W27 + M27) * 100))} % kvinnor bland"):
        need(C, s_, [0], "C donut")
    bu, eb = rows_["Barn och unga"], rows_["Ekonomiskt bistånd"]
    need(C, f"Barn och unga prognostiserar ett underskott på {g(bu[3] - bu[2])} tkr. Underskottet beror på att "
            f"{C_PASSAGE}. Budgeten räknade med {C_PLACED[0]} placerade barn och unga i genomsnitt, men i augusti var "
            f"de {C_PLACED[1]}", [1], "C barn och unga / passage")
    bad(C_PLACED[1] > C_PLACED[0], "C: more placements than budgeted")
    need(C, f"Antalet hushåll med ekonomiskt bistånd ökade från {C_HOUSEHOLDS[0]} i augusti 2026 till "
            f"{C_HOUSEHOLDS[1]} i augusti 2027, vilket är {C_HOUSEHOLDS[1] - C_HOUSEHOLDS[0]} fler. Därför beräknas "
            f"kostnaden för ekonomiskt bistånd överstiga budgeten med {g(eb[3] - eb[2])} tkr", [1], "C households")
    need(C, f"Personlig assistans prognostiserar ett underskott på {g(pa[3] - pa[2])} tkr", [1], "C assistans")
    fl = rows_["Flyktingmottagande"]
    bad(fl[3] < fl[2], "C: p. 2 says refugee reception costs less than planned")
    for area, a_, b_ in C_STAFF:
        need(C, c_staff_text(area, a_, b_), [2], "C staff row")
        need(C, c_sick_text(area, c_sick_tot(area, 2026), c_sick_tot(area, 2027)), [2], "C sick-leave row")
        for yr in (2026, 2027):
            w_, m_, t_ = c_sick_tot(area, yr)
            bad(min(w_, m_) <= t_ <= max(w_, m_), f"C: total sick leave of {area} {yr} outside women/men")
    need(C, c_staff_text(C_TOTAL_LABEL, c_staff_total(2026), c_staff_total(2027)), [2], "C staff total")
    need(C, c_sick_text(C_TOTAL_LABEL, c_sick_all(2026), c_sick_all(2027)), [2], "C sick-leave total")
    inc = {s_[0]: sum(s_[2]) - sum(s_[1]) for s_ in C_STAFF}
    need(C, f"Antalet anställda har ökat med {sum(inc.values())} sedan augusti 2026, främst inom funktionsstöd",
         [2], "C staff text")
    bad(max(inc, key=inc.get) == "Funktionsstöd", "C: the largest staff increase is in funktionsstöd")
    i26, i27 = c_sick_tot("Individ- och familjeomsorg", 2026), c_sick_tot("Individ- och familjeomsorg", 2027)
    need(C, f"Sjukfrånvaron har minskat något totalt, men inom individ- och familjeomsorgen har den ökat från "
            f"{d1(i26[2])} till {d1(i27[2])} procent", [2], "C sick text")
    bad(c_sick_all(2027)[2] < c_sick_all(2026)[2] and i27[2] > i26[2], "C: the sick-leave text disagrees")

    # (d) Ingsäter, äldreomsorgsplan 2027
    for h in D_HOMES:
        if pages_of(D, d_row_text(h)) != [2]:
            errs.append(f"D: home {h[0]} printed on {pages_of(D, d_row_text(h))}, expected [2]")
        need(D, f"{h[0]} {h[3][1]}", [2], "D slope-chart label")
    need(D, d_total_text(), [1], "D total row")
    need(D, "Boende Platser 2025 2026 Mål 2027 2025 2026 Mål 2027 2025 2026 Mål 2027", [1], "D heading")
    P_ = sum(h[1] for h in D_HOMES)
    need(D, f"Kommunen har {len(D_HOMES)} särskilda boenden med sammanlagt {P_} platser. Under 2026 fattades "
            f"{D_DECISIONS[1]} beslut om särskilt boende, jämfört med {D_DECISIONS[0]} år 2025. Den 31 december 2026 "
            f"väntade {D_QUEUE[1]} personer på en plats, mot {D_QUEUE[0]} ett år tidigare, och {D_LONG_WAIT} "
            "personer", [0], "D counts")
    need(D, f"Kommunen betalade för {D_BED_DAYS[1]} sådana vårddygn under 2026, mot {D_BED_DAYS[0]} år 2025", [0],
         "D bed days")
    bad(all(h[2][2] == 97.0 for h in D_HOMES) and D_TOTAL_TARGETS[0] == 97.0,
        "D: the note says the occupancy target is 97 per cent")
    for s_ in D_SHORT:
        need(D, d_short_text(s_), [2], "D short-term row")
    sh = {s_[0]: s_ for s_ in D_SHORT}
    sj, so = sh["Sjöbris korttidsenhet"], sh["Solvändans korttidsplatser"]
    bad(sj[1][0] - sj[1][1] == 2 and so[1][1] - so[1][0] == 2 and sum(s_[1][0] for s_ in D_SHORT) ==
        sum(s_[1][1] for s_ in D_SHORT), "D: p. 3 says two places moved from Sjöbris to Solvändan")
    bad(sj[2][1] > sj[2][0] and all(s_[3][1] < s_[3][0] for s_ in D_SHORT), "D: p. 3 comments on Tabell 2")
    cg = [h for h in D_HOMES if h[0] == "Callunagården"][0]
    need(D, f"Väntetiden är längst till Callunagården, {cg[4][1]} dagar i genomsnitt 2026. {D_PASSAGE}", [2],
         "D Callunagården / passage")
    bad(max(D_HOMES, key=lambda h: h[4][1])[0] == "Callunagården", "D: Callunagården must have the longest wait")
    pl = [h for h in D_HOMES if h[0] == "Plommongården"][0]
    bad(pl[3][1] > pl[3][0], "D: p. 4 says continuity got worse at Plommongården")
    need(D, "Plommongården, där personalkontinuiteten har försämrats", [3], "D development area")

    # (e) Jörnvik, barnomsorgstaxa 2027
    for gr, r in e_rows():
        if pages_of(E, e_row_text(r)) != [2]:
            errs.append(f"E: fee row {gr} / {r[0]} printed on {pages_of(E, e_row_text(r))}, expected [2]")
    for gr, rows in E_GROUPS:
        need(E, gr, [1], "E group heading")
    fsk = dict(E_GROUPS[0][1])
    for b_, pct in E_GROUPS[1][1]:
        bad(abs(pct - fsk[b_] * 0.75) < 1e-9, f"E: allmän förskola {b_} must be a quarter lower")
    f1 = (e_fee(3.0, 2026), e_fee(3.0, 2027))
    need(E, f"Inkomsttaket höjs från {g(E_CEILING[0])} kronor till {g(E_CEILING[1])} kronor per månad. Därmed blir "
            f"den högsta avgiften för det första barnet i förskola {g(f1[1])} kronor, vilket är {f1[1] - f1[0]} "
            "kronor mer än 2026", [0], "E ceiling")
    need(E, E_PASSAGE, [0], "E passage")
    ex1, ex2 = E_EXAMPLE_INCOME * 3 // 100, E_EXAMPLE_INCOME * 2 // 100
    need(E, f"Ett hushåll med en sammanlagd inkomst på {g(E_EXAMPLE_INCOME)} kronor per månad har två barn i "
            f"förskola. För det yngsta barnet blir avgiften 3 procent av inkomsten, {g(ex1)} kronor, och för det "
            f"äldre barnet 2 procent, {g(ex2)} kronor. Hushållet betalar alltså {g(ex1 + ex2)} kronor per månad",
         [0], "E example")
    bad(E_EXAMPLE_INCOME < E_CEILING[0] and ex1 < e_fee(3.0, 2026), "E: the example lies under the ceiling")
    need(E, f"inkomsttak på {g(E_CEILING[1])} kronor per månad 2027 ({g(E_CEILING[0])} kronor 2026)", [1],
         "E note under Tabell 1")
    need(E, f"Beslut: kommunfullmäktige {E_DECIDED.isoformat()}, § 118", [0], "E decision")
    need(E, f"Gäller från {dmy(E_VALID)}", [0], "E validity")
    need(E, f"ska lämna en inkomstuppgift senast den {dmy(E_INCOME_DUE)}", [2], "E income due")
    need(E, f"Kontrollen ska vara klar {E_CHECK.isoformat()}", [2], "E income check")
    need(E, f"förfaller den {E_INVOICE_DAY}:e i varje månad", [2], "E due day")
    need(E, f"påminnelseavgift på {E_REMINDER} kronor", [2], "E reminder fee rule")
    need(E, f"Uppsägningstiden är {E_NOTICE_MONTHS} månader", [2], "E notice rule")
    need(E, f"Påminnelseavgift {E_REMINDER} kronor per påminnelse", [1], "E Tabell 2")
    need(E, f"Uppsägningstid {E_NOTICE_MONTHS} månader", [1], "E Tabell 2")
    need(E, f"Förfallodag den {E_INVOICE_DAY}:e i månaden", [1], "E Tabell 2")
    bad(E_DECIDED < E_VALID < E_INCOME_DUE < E_CHECK, "E: dates out of order")

    # (f) Claesborg, befolkningsprognos (scanned p. 2)
    scan = norm(f_scan_text())
    for a in F_AGES:
        bad(norm(f_row_text(a)) in scan, f"F: scanned row {a[0]} missing")
        bad(len(a[1]) == len(F_YEARS), f"F: {a[0]} needs a value per year")
    bad(norm(f_total_text()) in scan, "F: scanned total row missing")
    tots = [f_tot(i) for i in range(len(F_YEARS))]
    bad(tots == sorted(tots) and len(set(tots)) == len(tots), "F: the scan says the population grows every year")
    old = [a for a in F_AGES if a[0] == "80–89 år"][0]
    kids = [a for a in F_AGES if a[0] == "0–5 år"][0]
    bad(norm(f"Antalet invånare i åldern 80–89 år ökar med {f_change(old)} personer till 2030, medan antalet barn "
             f"i åldern 0–5 år minskar med {-f_change(kids)}") in scan and f_change(kids) < 0 < f_change(old),
        "F: the scanned sentence on the changes")
    bad(norm(f"beräknades folkmängden 2029 till {g(F_PREV_2029)} personer. Den nya prognosen är "
             f"{f_tot(4) - F_PREV_2029} personer högre") in scan and f_tot(4) > F_PREV_2029,
        "F: the comparison with the previous forecast")
    bad(norm(f"ökar från {d1(f_old_share(0))} procent 2025 till {d1(f_old_share(5))} procent 2030") in scan,
        "F: the share of the oldest")
    bad(F_HIGHLIGHT in [a[0] for a in F_AGES], "F: the highlighted row must be an age group")
    bad(norm(f"framtagen i {F_MADE}") in scan, "F: the source line")
    need(F, f"Födda per år i genomsnitt {F_BIRTHS} barn", [0], "F births")
    need(F, f"Döda per år i genomsnitt {F_DEATHS} personer", [0], "F deaths")
    need(F, f"Flyttnetto +{F_NET_MIGR[0]} personer per år, jämfört med +{F_NET_MIGR[1]} per år i genomsnitt under de "
            "senaste fem åren", [0], "F migration")
    bad(F_NET_MIGR[0] > F_NET_MIGR[1], "F: p. 1 compares the net migration with the average")
    mean_growth = (tots[-1] - tots[0]) / (len(tots) - 1)
    bad(abs(mean_growth - (F_BIRTHS - F_DEATHS + F_NET_MIGR[0])) < 15, "F: assumptions far from the forecast growth")
    bad(all(f_change(a) < 0 for a in F_AGES if a[0] in ("0–5 år", "6–15 år")), "F: p. 1 says fewer children")
    wa = [a for a in F_AGES if a[0] == "20–64 år"][0]
    bad(abs(f_change(wa)) / wa[1][0] < 0.01, "F: p. 1 says the working-age group is nearly unchanged")
    yo = [a for a in F_AGES if a[0] == "16–19 år"][0]
    bad(max(range(6), key=lambda i: yo[1][i]) == F_YEARS.index(2028), "F: p. 3 says 16–19 peaks in 2028")
    need(F, F_PASSAGE, [2], "F passage")
    need(F, f"Nästa befolkningsprognos tas fram i {F_NEXT}", [2], "F next forecast")
    need(F, F_MEMO_DATE.isoformat(), [0], "F memo date")
    need(F, f"daterad den {dmy(F_MEMO_DATE)}", [2], "F memo date p. 3")
    layer_raw = " ".join(text_layer(F))
    for a in F_AGES + [("Totalt", tots)]:
        for v in list(a[1]) + [a[1][-1] - a[1][0]]:
            if re.search(r"(?<!\d)(?<!\d )" + re.escape(g(abs(v))) + r"(?!\d)(?! \d{3}(?!\d))", layer_raw):
                errs.append(f"F: scanned number {g(v)} ({a[0]}) repeated in the text layer")
    for s_ in ("80–89", "90 år och äldre", "Ceres", "Folkmängd totalt", g(F_PREV_2029)):
        if norm(s_) in norm(layer_raw):
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row); whole lists {sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_none_list}; "
          f"on the scanned page {dict(n_scan)} + {n_scan_none} none")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
