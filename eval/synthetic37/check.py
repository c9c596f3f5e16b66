"""Checks ../heldout_syn37.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Sjölunda document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic36/check.py (the generic part – text normalisation, page texts, number and date parsing,
the 5-word copy test, the list recomputation and the per-question loop – is copied from there; the counts, the
documents, the name lists and the data checks are those of synthetic37).

* format: 50 questions hs37001..hs37050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  spread over all four types, at least 9 conditional lists, at least 4 list-shaped none questions, none questions
  that name a row label or column header really printed in their document (NONE_LABEL); on the scanned page 2
  figure and 2 list questions, and 1 none question about the scanned table;
* every question names the municipality (or region) of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and items must NOT occur in the text layer of any page and those
  figure texts not as a number of their own;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the question that asks for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below; for list-shaped none
  questions a test on data.py that no row qualifies);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) (WITH_MINUS); metadata titles exactly in (a), (c)
  and (e); no landscape page; page 2 of (f) an image without text; no names of earlier synthetic municipalities or
  places (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic36/check.py and ../synthetic34/check.py),
  no real municipality or region (REAL) among our own names or as a word in the PDFs, our own names (OWN) and
  persons all start with E, H, L, N, S or T and none of OWN or PERSONS occurs in the README of any earlier set
  (../synthetic … ../synthetic36) or in ../synthetic34/check.py and ../synthetic36/check.py;
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
from data import (A_COMMITTEES, A_TARGET, A_PASSAGE, A_DECIDED, A_CONTACT, a_rows, a_dev, a_sum, a_row_text,  # noqa
                  a_result, a_result_row, a_result_text, a_share,
                  B_GROUPS, B_CONTROLS, B_BREAK_AFTER, B_PAID, B_LOYALTY, B_DOUBLE, B_PASSAGE, B_RECS, B_DATE,
                  b_row_text, b_group_of, b_counts, b_samples,
                  C_YEARS, C_SCHOOLS, C_TARGET_SHARE, C_TARGET_MERIT, C_BREAK_AFTER, C_PASSAGE, c_tot, c_row_text,
                  c_rows,
                  D_DATE, D_MEMBERS, D_NO_PARTIES, D_PROJECTS, D_NAMNDER, D_PASSAGE, D_FRAME, D_ECON, d_projects,
                  d_sum, d_row_text, d_vote,
                  E_AREAS, E_TARGETS, E_MONTHS, E_SNOWDAYS_PREV, E_COST, E_PASSAGE, e_tot, e_row_text,
                  F_FEES, F_GROUPS, F_OTHER, F_RAISE_AVG, F_PASSAGE, F_SCAN_NOTES, f_total, f_fees, f_scan_rows,
                  f_scan_text, f_row_text,
                  dmy, g, d1)

QFILE = HERE.parent / "heldout_syn37.jsonl"
N_Q = 50
PREFIX, BASE = "hs", 37000
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_COND = 9
MIN_LIST_NONE = 4
MIN_NONE_LABEL = 6
MIN_ANSWERABLE = 4
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"hs37049"}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år", "poäng"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "region-stromvalla-delarsrapport-jan-aug-2027.pdf"
B = "lidmora-granskning-inkop-och-betalningar-2027.pdf"
C = "tegnaby-bun-kvalitetsrapport-grundskola-2027.pdf"
D = "navlinge-ks-protokoll-2027-09-14.pdf"
E = "hedsunda-tn-vintervaghallning-2026-2027.pdf"
F = "sjolunda-renhallningstaxa-2028.pdf"
PLACE = {A: "Strömvalla", B: "Lidmora", C: "Tegnaby", D: "Nävlinge", E: "Hedsunda", F: "Sjölunda"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {A}
LANDSCAPE = {}
SCANNED = {F: {2: f_scan_text()}}
LETTERS = "EHLNST"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic36/check.py and ../synthetic34/check.py (only those
# assignments were read, by a script that parsed them with ast), deduplicated in their order of appearance.
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
    "Edsvala", "Ånnesta", "Nordvreta", "Tallunda", "Angelsta", "Mossberga", "Aspvreten", "Tegelhagen", "Mjölkudden",
    "Norrbyhöjd", "Ekängen", "Trädgårdsstaden", "Mästerhagen", "Tornplatsen", "Nyckelby", "Åkervallen",
    "Mossgärdet", "Ekudden", "Ekuddsbron", "Alvhagen", "Marnäs", "Trollsjö", "Ållsta", "Aldertorp", "Ekshult",
    "Nolvik", "Tunaholm", "Ålsjöbruk", "Akvarellgruppen Ånnesta", "Musikföreningen Mollackord",
    "Mjölnarbygdens Folkdanslag", "Tornets Boxningsklubb", "Naturvännerna i Ånnesta", "Aktiv Ungdom Ånnesta",
    "Ensemble Nordljus", "Motionsklubben Milstolpen", "Tallparken", "Målbacken", "Nordvretahem", "Tornslingan",
    "Ekparken", "Murgrönan", "Täppan", "Almdalen", "Åkerlyckan", "Norrslätten", "Mjölnarbacken", "Nyplanen",
    "Alvhagsskolan", "Myrbacken", "Eklunden", "Anders Nyberg", "Eva Magnusson", "Tiina Mäkelä", "Ahmed Mansour",
    "Ebba Nordin", "Marcus Andersson", "Nils Åström", "Åsa Engberg", "Mona Telander", "Tomas Enqvist",
    "Tove Almgren", "Annika Edlund", "Magnus Ahlström", "Therese Norén", "Emil Tornqvist", "Åke Thelin",
    "Maja Eklöf", "Hennestad", "Bromsvik", "Dalmarka", "Fjärdinge", "Lönnvika", "Ölvsunda", "Ladan", "Fältängen",
    "Hedängen", "Dahléns Kontorsvaror", "Lindebergs IT", "Hennestads Tidning", "Dammbacken", "Lövängsskolan",
    "Dalslingan", "Hedgården", "Lövberget", "Fagervik", "Hedeån", "Björkängsskolan", "Dalmarkaskolan",
    "Fagerlidsskolan", "Hedtorpsskolan", "Lövbergaskolan", "Östervallsskolan", "Högbergs friskola", "Lövholmen",
    "Badviken", "Badbäcken", "Fjärdingehem", "Fjärdinge Vatten", "Bangårdsgatan", "Bryggerigatan",
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
# real Swedish municipalities and regions beginning with E, H, L, N, S or T (regions: Halland, Norrbotten, Skåne,
# Stockholm, Sörmland, Jämtland Härjedalen): none of them may be one of our names or a word in our PDFs
REAL = ["Eda", "Edsbyn", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby",
        "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte",
        "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby",
        "Höör", "Halland",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Skåne", "Sörmland",
        "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås",
        "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda"]
# our own invented names (the region and municipalities first, then hospitals, places, schools, companies and the
# waste facility); later sets should add them to their FORBIDDEN lists
OWN = ["Strömvalla", "Lidmora", "Tegnaby", "Nävlinge", "Hedsunda", "Sjölunda",
       "Hjortnäs sjukhus", "Lövstrands sjukhus",
       "Ekvall Revision",
       "Edsbergsskolan", "Hjulstaskolan", "Lärkbackens skola", "Norrtunaskolan", "Sandhamra friskola",
       "Solvikens skola", "Tallängens skola", "Tegnabyskolan",
       "Stensby", "Tjärby skola", "Edeby skola", "Sörnäs", "Hammarvik", "Hemsjövik", "Hammarviks Marin",
       "Lillvreta", "Sandtorp", "Norrsand", "Sörberga", "Hagvreta",
       "Sandmossen"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Ture Nilsson", "Signe Hult", "Torbjörn Ek", "Ellen Hägg", "Leif Sundin", "Helena Sandberg",
           "Henrik Lindqvist", "Linnea Strand", "Lars Nyström", "Sofia Hellström", "Tobias Eklund", "Elin Trygg",
           "Sara Thorén", "Hanna Nordlund", "Emma Lundin", "Stefan Holm", "Tina Edvall", "Erik Sjögren",
           "Nils Hedin", "Lena Hedlund", "Niklas Stenberg", "Håkan Linder", "Nina Tell", "Sven Lindahl"]
TEMPLATES = ["synthetic34", "synthetic36"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 37)]   # README.md


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=r, item=a_row_text(r)) for r in a_rows()]
B_R = [dict(r=c, item=b_row_text(c)) for c in B_CONTROLS]
B_X = list(B_RECS)
C_R = [dict(r=r, item=c_row_text(*r)) for r in c_rows()]
D_R = [dict(r=p, item=d_row_text(p)) for p in D_PROJECTS]
D_V = [dict(r=m, item=f"{m[0]} ({m[1]})") for m in D_MEMBERS]
E_R = [dict(r=a, item=e_row_text(a)) for a in E_AREAS]
F_R = [dict(r=f, item=f_row_text(f)) for f in F_FEES]
MERIT = {(s[0], y): s[1][y][2] for s in C_SCHOOLS for y in C_YEARS}

# qid -> (rows, predicate on the raw row)
COND = {
    "hs37005": (A_R, lambda r: r[0] == "Hälso- och sjukvårdsnämnden" and a_dev(r) < 0),   # group + sign
    "hs37006": (A_R, lambda r: r[3] < r[2]),                                             # two cells (pair)
    "hs37014": (B_R, lambda c: c[4] == "Ej uppfyllt"),                                   # status word
    "hs37023": (C_R, lambda r: r[1] == 2027 and r[2][1] < C_TARGET_SHARE),               # year + target
    "hs37024": (C_R, lambda r: r[1] == 2027 and r[2][2] < MERIT[(r[0], 2026)]),          # two year rows (pair)
    "hs37031": (D_R, lambda p: p[4] == 2027),                                            # completion year
    "hs37032": (D_V, lambda m: m[1] in D_NO_PARTIES),                                    # roll-call vote
    "hs37039": (E_R, lambda a: a[3] < E_TARGETS[0]),                                     # below a minimum target
    "hs37040": (E_R, lambda a: a[5] > E_TARGETS[2]),                                     # above a maximum target
    "hs37047": (F_R, lambda f: f[0] == F_GROUPS[1] and f_total(f) < 1300),               # group + amount (scan)
    "hs37048": (F_R, lambda f: f_total(f) > 5000),                                       # amount (scan)
}
PAIR = {"hs37006", "hs37024"}
GROUP = {"hs37005", "hs37047"}
EXACT = {"hs37015": B_X}
# none questions: (document, patterns that would answer the question, optional test on data.py)
NONE_ABSENT = {
    "hs37008": (A, [r"2028"], None),
    "hs37009": (A, [r"[Bb]udget\w*( för)? 2026", r"2026 års budget"], None),
    "hs37010": (A, [], lambda: all(a_dev(r) > -200 for r in a_rows())),
    "hs37017": (B, [r"2024"], None),
    "hs37018": (B, [r"[Ff]aktur[^.\n]*2025", r"2025[^.\n]*[Ff]aktur"], None),
    "hs37019": (B, [], lambda: all(c[3] is None or c[3] <= 20 for c in B_CONTROLS)),
    "hs37025": (C, [r"[Ff]lick", r"[Pp]ojk"], None),
    "hs37026": (C, [r"2024"], None),
    "hs37027": (C, [], lambda: all(s[1][2027][0] <= 150 for s in C_SCHOOLS)),
    "hs37034": (D, [r"[Dd]rifts?kostnad", r"per år"], None),
    "hs37035": (D, [r"[Bb]eviljat 2028", r"2028, tkr", r"för 2028", r"under 2028"], None),
    "hs37042": (E, [r"2025/2026[^.\n]*(per km|per kilometer|kr per)", r"(per km|per kilometer)[^.\n]*2025/2026",
                    r"[Ff]öregående säsong[^.\n]*(per km|per kilometer)"], None),
    "hs37043": (E, [r"[Ss]alt", r"\bton\b"], None),
    "hs37044": (E, [], lambda: all(a[3] >= 80 for a in E_AREAS)),
    "hs37049": (F, [r"2026"], None),
    "hs37050": (F, [r"[Ff]ettavskilj"], None),
}
LIST_NONE = {"hs37010", "hs37019", "hs37027", "hs37044"}
# none questions that name a row label or column header printed in their document: (label in the question, label
# as printed)
NONE_LABEL = {
    "hs37008": ("tandvårdsnämnden", "Tandvårdsnämnden"),
    "hs37009": ("Primärvård", "Primärvård"),
    "hs37010": ("avvikelse", "Avvikelse"),
    "hs37019": ("kontrollmoment", "Kontrollmoment"),
    "hs37025": ("Edsbergsskolan", "Edsbergsskolan"),
    "hs37026": ("Tegnabyskolan", "Tegnabyskolan"),
    "hs37034": ("Stensby idrottsplats", "Konstgräsplan vid Stensby idrottsplats"),
    "hs37035": ("Stensby", "Ny förskola i Stensby"),
    "hs37042": ("Lillvreta", "Lillvreta"),
    "hs37044": ("plogning inom åtgärdstid", "Plogning inom åtgärdstid"),
    "hs37049": ("190", "Kärl 190 liter"),
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
    en_figs = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "figure")
    en_none = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "none")
    en_types = collections.Counter(q["type"] for q in qs if q["lang"] == "en")
    if set(en_types) != set(WANT_TYPES):
        errs.append(f"English questions must cover all four types: {dict(en_types)}")
    en_docs = collections.Counter(q["docs"][0] if q["docs"] else NONE_ABSENT[q["id"]][0] for q in qs
                                  if q["lang"] == "en")
    if len(en_docs) != 6:
        errs.append(f"English questions must be spread over all six documents: {dict(en_docs)}")
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


    # (a) Region Strömvalla, delårsrapport
    brk_pages = {"Hälso- och sjukvårdsnämnden": 2, "Kollektivtrafiknämnden": 2, "Kultur- och utbildningsnämnden": 2,
                 "Tandvårdsnämnden": 3, "Regionstyrelsen": 3}
    for r in a_rows():
        if pages_of(A, a_row_text(r)) != [brk_pages[r[0]]]:
            errs.append(f"A: row {r[1]} printed on {pages_of(A, a_row_text(r))}, expected [{brk_pages[r[0]]}]")
    for k, (c, _) in enumerate(A_COMMITTEES, 1):
        s = a_sum(c)
        need(A, f"Summa {c[0].lower()}{c[1:]} {d1(s[0])} {d1(s[1])} {d1(s[2])} {d1(s[3])} "
                f"{d1(round(s[2] - s[3], 1), plus=True)}", [brk_pages[c] - 1], "A committee sum")
        need(A, f"Tabell {k}. {c}, mnkr", [brk_pages[c] - 1], "A card caption")
        need(A, f"{c} {d1(round(s[2] - s[3], 1), plus=True)}", [0], "A chart bar")
    if count(A, "Jan–aug Helår 2027 Verksamhet Utfall 2026 Utfall 2027 Budget Prognos Avvikelse") != 5:
        errs.append("A: every committee card needs the stacked heading")
    for r in a_result():
        need(A, a_result_text(r), [3], "A result statement row")
    res = a_result_row("Resultat")[2]
    need(A, f"uppgick till {d1(res[1])} mnkr, jämfört med {d1(res[0])} mnkr för samma period 2026", [0], "A period")
    need(A, f"pekar på ett resultat på {d1(res[3])} mnkr. Det är {d1(res[2] - res[3])} mnkr lägre än det "
            f"budgeterade resultatet på {d1(res[2])} mnkr", [0], "A forecast")
    need(A, f"motsvarar {d1(a_share(3))} procent av skatteintäkter och generella statsbidrag, vilket understiger det "
            f"finansiella målet på {d1(A_TARGET)} procent", [0], "A target")
    if not a_share(3) < A_TARGET <= a_share(2):
        errs.append("A: p. 1 says the forecast misses the target and the budget met it")
    if max(A_COMMITTEES, key=lambda c: -(a_sum(c[0])[2] - a_sum(c[0])[3]))[0] != "Hälso- och sjukvårdsnämnden":
        errs.append("A: p. 1 says the deviation is almost entirely in health care")
    som = [r for r in a_rows() if r[1] == "Somatisk specialistvård"][0]
    need(A, f"överskrida budgeten med {d1(-a_dev(som))} mnkr. Orsaken är att {A_PASSAGE}", [3], "A passage")
    need(A, f"regionstyrelsen den {dmy(A_DECIDED)}", [3], "A decision")
    need(A, f"{A_CONTACT[0]}, {A_CONTACT[1]}", [3], "A contact")

    # (b) Lidmora, granskning
    brk = [c[0] for c in B_CONTROLS].index(B_BREAK_AFTER)
    for k, c in enumerate(B_CONTROLS):
        want = [2] if k <= brk else [3]
        if pages_of(B, b_row_text(c)) != want:
            errs.append(f"B: control {c[0]} printed on {pages_of(B, b_row_text(c))}, expected {want}")
        if c[4] not in ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt") or b_group_of(c) not in [x[0] for x in B_GROUPS]:
            errs.append(f"B: control {c[0]} has an unknown assessment or group")
        if c[3] is not None and c[3] > c[2]:
            errs.append(f"B: control {c[0]} has more deviations than samples")
        if c[3] == 0 and c[4] != "Uppfyllt":
            errs.append(f"B: control {c[0]} without deviations must be Uppfyllt")
    for letter, name in B_GROUPS:
        need_any(B, f"{letter} {name}", "B group row")
    if count(B, "Nr Kontrollmoment Stick- prov Avvi- kelser Bedömning") != 2:
        errs.append("B: the control table heading must be printed on p. 2 and repeated on p. 3")
    need(B, "Tabellen fortsätter på nästa sida", [1], "B break note")
    need(B, "Tabell 1 (forts.)", [2], "B continued caption")
    cnt = b_counts()
    w_ = {3: "tre", 5: "fem", 11: "elva"}
    need(B, f"Av de {w_[len(B_CONTROLS)]} kontrollmomenten bedömer vi {w_[cnt['Uppfyllt']]} som uppfyllda, "
            f"{w_[cnt['Delvis uppfyllt']]} som delvis uppfyllda och {w_[cnt['Ej uppfyllt']]} som ej uppfyllda", [2],
         "B counts")
    ns, na = b_samples()
    need(B, f"I de {ns} stickproven fann vi sammanlagt {na} avvikelser", [2], "B samples")
    need(B, f"betalade under 2026 ut {g(B_PAID[0])} mnkr till {g(B_PAID[1])} leverantörer. Sammanlagt hanterades "
            f"{g(B_PAID[2])} leverantörsfakturor", [1], "B paid")
    need(B, f"avtalstroheten {B_LOYALTY[1]} procent 2026, jämfört med {B_LOYALTY[0]} procent 2025. Målet i "
            f"upphandlingspolicyn är {B_LOYALTY[2]} procent", [1], "B loyalty")
    if not B_DOUBLE[2] < B_DOUBLE[1] or B_DOUBLE[0] != 2:
        errs.append("B: two double payments, part of them repaid")
    need(B, f"två dubbelbetalningar om sammanlagt {g(B_DOUBLE[1])} kronor. Av beloppet har {g(B_DOUBLE[2])} kronor",
         [1], "B double payments")
    need(B, f"De spärras inte eftersom {B_PASSAGE}", [2], "B passage")
    a3 = [c for c in B_CONTROLS if c[0] == "A3"][0]
    if a3[4] != "Ej uppfyllt":
        errs.append("B: the passage explains why A3 is not fulfilled")
    for k, rec in enumerate(B_RECS, 1):
        need(B, f"R{k} {rec}", [0], "B recommendation")
    need(B, f"Vi lämnar därför fem rekommendationer", [0], "B count of recommendations")
    if len(B_RECS) != 5:
        errs.append("B: p. 1 says five recommendations")

    # (c) Tegnaby, kvalitetsrapport
    names = [s[0] for s in C_SCHOOLS]
    brk = names.index(C_BREAK_AFTER)
    for k, s in enumerate(C_SCHOOLS):
        for y_ in C_YEARS:
            want = [2] if k <= brk else [3]
            t_ = c_row_text(s[0], y_, s[1][y_])
            if pages_of(C, t_) != want:
                errs.append(f"C: row {s[0]} {y_} printed on {pages_of(C, t_)}, expected {want}")
    for y_ in C_YEARS:
        tt = c_tot(y_)
        need(C, f"Tegnaby kommun {y_} {tt[0]} {d1(tt[1])} {d1(tt[2])}", [2], "C total row")
        need(C, f"{d1(tt[2])} {y_}", [0], "C chart label")
    if count(C, "Skolenhet År Elever Godkänt alla ämnen, % Meritvärde") != 2:
        errs.append("C: the heading must be printed on p. 2 and repeated on p. 3")
    need(C, "Tabell 1 fortsätter på nästa sida", [1], "C break note")
    need(C, "Tabell 1 (forts.)", [2], "C continued caption")
    T = {y_: c_tot(y_) for y_ in C_YEARS}
    need(C, f"Våren 2027 lämnade {T[2027][0]} elever årskurs 9", [0], "C pupils")
    need(C, f"alla ämnen ökade till {d1(T[2027][1])} procent, från {d1(T[2026][1])} procent året innan och "
            f"{d1(T[2025][1])} procent 2025. Nämndens mål är {C_TARGET_SHARE} procent och nåddes därmed för första "
            f"gången", [0], "C share")
    if not (T[2027][1] >= C_TARGET_SHARE > max(T[2026][1], T[2025][1])):
        errs.append("C: p. 1 says the share target was reached for the first time in 2027")
    need(C, f"meritvärdet steg till {d1(T[2027][2])} poäng, jämfört med {d1(T[2026][2])} poäng 2026. Målet på "
            f"{C_TARGET_MERIT} poäng nåddes inte", [0], "C merit")
    if not T[2027][2] < C_TARGET_MERIT:
        errs.append("C: the merit target is not reached")
    m27 = [s[1][2027][2] for s in C_SCHOOLS]
    if not max(m27) - min(m27) > 60:
        errs.append("C: p. 1 says more than 60 points between the highest and the lowest unit")
    low = [s[0] for s in C_SCHOOLS if all(s[1][y_][2] == min(x[1][y_][2] for x in C_SCHOOLS) for y_ in C_YEARS)]
    if low != ["Norrtunaskolan"]:
        errs.append("C: p. 3 says Norrtunaskolan has the lowest results all three years")
    fell = sorted(s[0] for s in C_SCHOOLS if s[1][2027][2] < s[1][2026][2])
    if fell != ["Edsbergsskolan", "Solvikens skola"]:
        errs.append("C: p. 3 names Solvikens skola and Edsbergsskolan as the units whose merit value fell")
    need(C, f"Nedgången 2026 förklaras av att {C_PASSAGE}", [2], "C passage")

    # (d) Nävlinge, KS-protokoll
    for p_ in D_PROJECTS:
        need(D, d_row_text(p_), [2], "D project row")
    tot, tot_all = d_sum()
    for n_ in D_NAMNDER:
        s = d_sum(n_)
        need(D, f"Summa {n_[0].lower()}{n_[1:]} {g(s[0])} {g(s[1])}", [2], "D sum row")
    need(D, f"Totalt {g(tot)} {g(tot_all)}", [2], "D total row")
    if not all(p_[2] <= p_[3] for p_ in D_PROJECTS):
        errs.append("D: every grant must be at most the project's total outlay")
    if not tot <= D_FRAME:
        errs.append("D: the grants exceed the frame")
    need(D, f"investeringsram på {g(D_FRAME)} tkr", [1], "D frame")
    need(D, f"{len(D_PROJECTS)} projekt beviljas medel med sammanlagt {g(tot)} tkr under 2027 enligt bilaga, vilket "
            f"lämnar {g(D_FRAME - tot)} tkr av ramen oanvänd. Projekten har en sammanlagd utgift på {g(tot_all)} tkr",
         [1], "D § 114 text")
    yes, no = d_vote()
    if len(yes) + len(no) != len(D_MEMBERS) or len(D_MEMBERS) != 13:
        errs.append("D: the vote must count all thirteen members")
    need(D, f"Med {len(yes)} ja-röster mot {len(no)} nej-röster bifaller kommunstyrelsen", [1], "D vote sentence")
    need(D, f"Ja ({len(yes)}) Nej ({len(no)})", [1], "D vote captions")
    need(D, "Reservation: " + ", ".join(f"{m[0]} ({m[1]})" for m in no) + " reserverar sig mot beslutet", [1],
         "D reservation")
    for m in D_MEMBERS:
        need(D, f"{m[0]} ({m[1]})", [0], "D attendance")
        need(D, f"{m[0]} ({m[1]})", [1], "D voting list")
    if D_DATE.weekday() != 1:
        errs.append("D: the meeting date is not a Tuesday")
    need(D, f"tisdagen den {dmy(D_DATE)}", [0], "D weekday")
    need(D, f"resultat på {d1(D_ECON[0])} mnkr för helåret, jämfört med ett budgeterat resultat på {d1(D_ECON[1])} "
            f"mnkr", [0], "D § 113")
    need(D, f"återremittera ärendet eftersom {D_PASSAGE}", [2], "D passage")
    vote_item = [p_ for p_ in D_PROJECTS if p_[1].startswith("Konstgräsplan")][0]
    if vote_item[4] != 2027:
        errs.append("D: the pitch voted on is finished in 2027")

    # (e) Hedsunda, vinterväghållning
    for a in E_AREAS:
        need(E, e_row_text(a), [1], "E area row")
    km, tp, th, tk, tc = e_tot()
    need(E, f"Hela kommunen {g(km)} – {d1(tp)} {d1(th)} {d1(tk)} {g(tc)}", [1], "E total row")
    snow = sum(v for _, v in E_MONTHS)
    need(E, f"registrerades {snow} dagar med snöfall, mot {E_SNOWDAYS_PREV} dagar säsongen 2025/2026", [0], "E snow")
    need(E, f"blev {d1(E_COST[0])} mnkr, vilket är {d1(E_COST[0] - E_COST[1])} mnkr mer än budgeten på "
            f"{d1(E_COST[1])} mnkr. Föregående säsong kostade {d1(E_COST[2])} mnkr", [0], "E cost")
    need(E, f"klarades {d1(tp)} procent av plogningarna inom åtgärdstiden, vilket är strax under målet på "
            f"{E_TARGETS[0]} procent", [0], "E plough text")
    if not tp < E_TARGETS[0]:
        errs.append("E: p. 1 says the municipality is just under the ploughing target")
    for m, v in E_MONTHS:
        need(E, f"{v} {m}", [0], "E chart label")
    nwords = {1: "En", 2: "Två", 3: "Tre", 4: "Fyra", 5: "Fem", 6: "Sex"}
    n_p = sum(1 for a in E_AREAS if a[3] >= E_TARGETS[0])
    n_h = sum(1 for a in E_AREAS if a[4] >= E_TARGETS[1])
    need(E, f"{nwords[n_p]} av sex driftområden nådde målet för plogning och {nwords[n_h].lower()} av sex målet för "
            f"halkbekämpning", [1], "E comment counts")
    if max(E_AREAS, key=lambda a: a[6])[0] != "Hedsunda tätort":
        errs.append("E: p. 2 says the cost per km is highest in the town")
    nor = [a for a in E_AREAS if a[0] == "Norrsand"][0]
    if not (nor[3] < E_TARGETS[0] and nor[4] < E_TARGETS[1] and nor[5] > E_TARGETS[2]):
        errs.append("E: p. 3 says Norrsand reached none of the targets")
    need(E, f"Norrsand. Området nådde inte något av målen. Orsaken är att {E_PASSAGE}", [2], "E passage")
    if min(E_AREAS, key=lambda a: a[6])[0] != "Sandtorp":
        errs.append("E: the answer to hs37038 says Sandtorp has the lowest cost per km")

    # (f) Sjölunda, renhållningstaxa (p. 2 scanned)
    scan = norm(f_scan_text())
    for f_ in F_FEES:
        if norm(f_row_text(f_)) not in scan:
            errs.append(f"F: scanned row missing: {f_row_text(f_)}")
        if f_[0] not in F_GROUPS:
            errs.append(f"F: unknown group of fee {f_[1]}")
        if not f_total(f_) > f_[5]:
            errs.append(f"F: fee {f_[1]} does not rise from 2027 to 2028")
    for grp_ in F_GROUPS:
        if norm(grp_) not in scan:
            errs.append(f"F: scanned group row missing: {grp_}")
    rise = [(f_total(f_) / f_[5] - 1) * 100 for f_ in F_FEES]
    if abs(sum(rise) / len(rise) - F_RAISE_AVG) > 0.6:
        errs.append(f"F: the average rise on p. 1 ({F_RAISE_AVG}) does not fit the fees ({sum(rise) / len(rise):.2f})")
    need(F, f"höjs med i genomsnitt {d1(F_RAISE_AVG)} procent", [0], "F rise")
    need(F, f"Taxan höjs främst därför att {F_PASSAGE}", [0], "F passage")
    for t_, unit, fee in F_OTHER:
        need(F, f"{t_} {unit} {g(fee)}", [2], "F other fee")
    layer_f = " ".join(text_layer(F))
    nums = []
    for f_ in F_FEES:
        nums += [g(f_[4]), g(f_total(f_)), g(f_[5])] + ([g(f_[3])] if f_[3] else [])
    for s_ in nums:
        if number_in(layer_f, s_):
            errs.append(f"F: scanned figure {s_!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + ["Gemensamt kärl vid vägen", "Årsavgift 2027"]:
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned text {s_!r} repeated in the text layer")
    if number_in(f_scan_text(), d1(F_RAISE_AVG)):
        errs.append("F: the average rise must not be printed in the scan")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en_types)}; "
          f"English by doc {dict(en_docs)}; conditional lists {n_cond} ({n_pair} comparing two cells, {n_group} "
          f"filtering by group); whole lists {sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none "
          f"{n_list_none}; none naming a real label {n_label}; on the scanned page {dict(n_scan)} + none "
          f"{len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
