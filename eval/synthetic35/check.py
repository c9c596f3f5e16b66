"""Checks ../heldout_syn35.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Celsinge document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic34/check.py (the generic part – text extraction, number and date parsing, the copy test, the
list recomputation, the per-question checks, the counts, the document and name checks – is copied from there, with
the counts, the documents and the data checks of synthetic35).

* format: 50 questions h35001..h35050, key order, types 18 figure / 12 list / 4 passage / 16 none, 13 in English
  (at least 5 of them figures, 3 lists and 4 none), at least 9 conditional lists, at least 3 list-shaped none
  questions, at least a third of the none questions naming a row label or column header that occurs in the
  document (NEAR_LABEL); on the scanned page 2 figure and 2 list questions, and 1 none question about it;
* every question names the municipality of its document;
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
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (e) (WITH_MINUS; in (f) only the scanned page has it); metadata titles exactly in
  (a), (c) and (f); no landscape page; page 2 of (f) an image without text; no names of earlier synthetic
  municipalities or places (FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic34/check.py and the
  FORBIDDEN and OWN lists of ../synthetic33/check.py with the persons named in ../synthetic33/README.md), no real
  municipality or region (REAL) among our own names or as a word in the PDFs, our own names (OWN) and persons all
  start with C, I, J, P, S or V and none of OWN or PERSONS occurs in the READMEs of the earlier sets
  (../synthetic … ../synthetic34) or in ../synthetic32/check.py and ../synthetic34/check.py;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as dt
import json
import math
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_RT, A_FOOTNOTES, A_SOLIDITET, A_SKATTESATS, A_RESULT_TARGET, A_REAVINST, A_GROUPS,  # noqa
                  A_DRIFT, A_BREAK_AFTER, A_SUMLABEL, A_PASSAGE, A_DECIDED, a_rt, a_rt_row, a_rt_text,
                  a_result_share, a_dev, a_rows, a_sum, a_drift_text, a_sum_text,
                  B_STAFF, B_FOOTNOTE, B_MOVED, B_AGES, B_SICK, B_SEXES, B_LONGTERM, B_TURNOVER, B_MEASURES,
                  B_SIGNED, b_tot, b_row_text, b_tot_text, b_sick_text,
                  C_ASSESS, C_GROUPS, C_QUESTIONS, C_BREAK_AFTER, C_RECS, C_FIG, C_PERIOD, C_DATE, C_PASSAGE,
                  c_row_text, c_count,
                  D_CASE_GROUPS, D_CASES, D_YEARS, D_INSP_GROUPS, D_INSP, D_FEES, D_PASSAGE, D_DECIDED, D_KF,
                  D_SIGNED, d_case, d_case_text, d_case_sum, d_share, d_insp_text, d_insp_sum, d_insp_sum_text,
                  E_GROUPS, E_ROWS, E_BREAK_AFTER, E_SUMLABEL, E_ACTIONS, E_PASSAGE, E_DATE, e_dev, e_rows, e_sum,
                  e_row_text, e_sum_text, e_action_text,
                  F_GROUPS, F_FEES, F_VAT, F_TYPHUS, F_INVEST, F_DECIDED_TN, F_KF, F_STAMP, F_SCAN_NOTES,
                  f_inkl, f_change, f_fee, f_scan_cells, f_fee_text, f_scan_rows, f_scan_text, f_typhus,
                  dmy, g, d1, d2, r0, r1, pct)

QFILE = HERE.parent / "heldout_syn35.jsonl"
N_Q = 50
BASE = 35000
WANT_TYPES = {"figure": 18, "list": 12, "passage": 4, "none": 16}
WANT_EN = 13
MIN_EN_LISTS = 3
MIN_EN_FIGS = 5
MIN_EN_NONE = 4
MIN_COND = 9
MIN_LIST_NONE = 3     # list-shaped none questions
MIN_ANSWERABLE = 5    # answerable questions per document
WANT_SCAN = {"figure": 2, "list": 2}
SCAN_NONE = {"h35049"}   # the none question about the scanned fee list
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "parlsunda-arsredovisning-2026-ekonomisk-analys.pdf"
B = "jovinge-personalredovisning-2026.pdf"
C = "stravik-granskning-lss-handlaggning-2026.pdf"
D = "vindala-bmn-verksamhetsstatistik-2026.pdf"
E = "idhammar-sn-delarsrapport-aug-2026.pdf"
F = "celsinge-va-taxa-2027.pdf"
PLACE = {A: "Pärlsunda", B: "Jovinge", C: "Stråvik", D: "Vindala", E: "Idhammar", F: "Celsinge"}
WITH_TITLE = {A, C, F}
WITH_MINUS = {A, E}      # documents whose text layer prints negative amounts or deviations with "−"
LANDSCAPE = {}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "CIJPSV"
# FORBIDDEN: the FORBIDDEN, OWN and PERSONS lists of ../synthetic34/check.py, the FORBIDDEN and OWN lists of
# ../synthetic33/check.py (read with grep -n, those definitions only) and the persons named in
# ../synthetic33/README.md; together they hold the names of ../synthetic … ../synthetic34. ../synthetic36 is
# written at the same time by another writer with other letters; the brief forbade reading it.
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
    "Östra Långgatan", "Ölvsundavägen", "Dalgatan", "Helena Lindqvist", "Henrik Blom", "Daniel Lindgren",
    "Hanna Bredberg", "Leif Dahlberg", "Fatima Holmberg", "Dan Lövgren", "Bertil Haglund", "Lena Bergström",
    "Hampus Lindahl", "Frans Linde", "Beata Ferm", "Frida Hammar", "Louise Dahlström", "Hilda Forsman",
    "Linus Holmgren", "Filippa Dalsten", "Lennart Hagström",
]
# real Swedish municipalities and regions beginning with C, I, J, P, S or V (no municipality begins with C or I;
# regions: Jämtland Härjedalen, Jönköpings län, Skåne, Stockholm, Sörmland, Värmland, Västerbotten, Västernorrland,
# Västmanland, Västra Götaland): none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Jokkmokk", "Järfälla", "Jönköping", "Jämtland", "Härjedalen",
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
# our own invented names (municipalities first, then companies and places); later sets should add them to their
# FORBIDDEN lists
OWN = ["Pärlsunda", "Jovinge", "Stråvik", "Vindala", "Idhammar", "Celsinge",
       "Pärlsunda Bostäder", "Pärlsunda Energi", "Insikt Revision", "Jättholmen", "Ingsjön"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Cecilia Strand", "Ivar Sundén", "Johanna Pihl", "Stig Vallin", "Pontus Carlén", "Irene Vikström",
           "Jessica Sandin", "Carl Paulin"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic32", "synthetic34"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 35)]   # README.md (synthetic36 is not read)
def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())





# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=r, item=a_drift_text(r)) for r in A_DRIFT]
B_R = [dict(r=s, item=b_row_text(s)) for s in B_STAFF]
C_R = [dict(r=q, item=c_row_text(q)) for q in C_QUESTIONS]
D_RC = [dict(r=c, item=d_case_text(c, 2026, True),
             row=d_case_text(c, 2026, True) + " " + d_case_text(c, 2025, False)) for c in D_CASES]
D_RI = [dict(r=r, item=d_insp_text(r)) for r in D_INSP]
E_R = [dict(r=r, item=e_row_text(r)) for r in E_ROWS]
E_A = [dict(r=a, item=e_action_text(a)) for a in E_ACTIONS]
F_R = [dict(r=f, item=f_fee_text(f)) for f in F_FEES]

# qid -> (rows, predicate on the raw row)
COND = {
    "h35005": (A_R, lambda r: r[0] == "Styrelse och nämnder" and a_dev(r) < 0),        # group + deficit
    "h35006": (A_R, lambda r: a_dev(r) < 0 and r[4] > 0),                             # deficit 2026, surplus 2025
    "h35014": (B_R, lambda s: sum(s[2]) > sum(s[3])),                                 # more staff 2026 (pair)
    "h35021": (C_R, lambda q: q[2] == "Ej uppfyllt"),                                 # status
    "h35029": (D_RC, lambda c: c[2][2026][2] > c[2][2025][2]),                        # median longer (pair)
    "h35030": (D_RI, lambda r: d_share(*r[2]) < 80),                                  # share below 80 %
    "h35038": (E_R, lambda r: r[0] == "Individ- och familjeomsorg" and e_dev(r) < 0),  # group + deficit
    "h35039": (E_A, lambda a: a[3] is not None and a[3] <= dt.date(2026, 12, 31)),    # deadline in 2026
    "h35047": (F_R, lambda f: f[0] == "Brukningsavgift (årlig avgift)" and f_change(f) > 7),   # group + amount
    "h35048": (F_R, lambda f: f_change(f) <= 0),                                      # unchanged or lowered
}
PAIR = {"h35006", "h35014", "h35029"}
GROUP = {"h35005", "h35038", "h35047"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "h35015": B_MEASURES,
    "h35022": C_RECS,
}
# none questions: (document of that municipality, patterns that would answer the question, optional test on
# data.py that must hold – used for list-shaped none questions whose answer would be a set of rows)
NONE_ABSENT = {
    "h35008": (A, [r"2024"], None),
    "h35009": (A, [r"[Rr]äddning"], None),
    "h35010": (A, [], lambda: all(a_dev(r) >= -15 for r in A_DRIFT)),
    "h35016": (B, [r"[Ss]jukfrånvaro[^.]{0,100}[Ss]amhällsbygg", r"[Ss]amhällsbygg[^.]{0,100}[Ss]jukfrånvaro"],
               None),
    "h35017": (B, [r"2024"], None),
    "h35018": (B, [], lambda: all(v <= 10 for v in B_SICK[("Män", 2026)][:3])),
    "h35024": (C, [r"\b(?:kr|kronor|tkr|mnkr)\b", r"[Kk]ostnad", r"[Aa]rvode", r"[Kk]ostade"], None),
    "h35025": (C, [r"[Aa]ssistans"], None),
    "h35032": (D, [r"2024"], None),
    "h35033": (D, [r"[Gg]enomsnitt", r"[Mm]edelvärde", r"[Mm]edeltid", r"[Mm]edelhandläggning"], None),
    "h35034": (D, [], lambda: all(r[2][1] <= r[2][0] for r in D_INSP)),
    "h35041": (E, [r"2025"], None),
    "h35042": (E, [r"[Ee]nsamkommande", r"[Nn]yanlän", r"[Ff]lykting", r"[Ii]ntegration"], None),
    "h35043": (E, [], lambda: all(e_dev(r) <= 2 for r in e_rows("Funktionsstöd"))),
    "h35049": (F, [r"[Ss]prinkler", r"[Bb]randpost", r"[Bb]randvatten"], None),
    "h35050": (F, [r"2025"], None),
}
LIST_NONE = {"h35010", "h35018", "h35034", "h35043"}
# none questions that name a row label or column header that really occurs in their document (near misses)
NEAR_LABEL = {
    "h35008": "Soliditet",
    "h35016": "Samhällsbyggnadsförvaltningen",
    "h35017": "−29 år",
    "h35032": "Nybyggnad av en- och tvåbostadshus",
    "h35033": "Förhandsbesked",
    "h35034": "Tillsynsområde",
    "h35041": "Hemtjänst",
    "h35043": "Funktionsstöd",
    "h35050": "Förbrukningsavgift",
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
        if qid != f"h{BASE + n}":
            E_(f"id out of sequence (expected h{BASE + n})")
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
    def need_any(fn, s, what):
        if not pages_of(fn, s):
            errs.append(f"{what}: not printed anywhere: {s[:70]!r}")

    NUM = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva"]

    # (a) Pärlsunda, årsredovisning 2026
    for r in a_rt():
        need(A, a_rt_text(r), [1], "A resultaträkning row")
    RT = {r[1]: r[4] for r in a_rt()}
    NK = RT["Verksamhetens nettokostnader"]
    T = a_sum()
    if abs(-NK[0] - T[0]) > 0.05 or abs(-NK[1] - T[1]) > 0.05:
        errs.append("A: the driftredovisning total must equal the net costs of the resultaträkning (kommun)")
    for k in range(5):
        if abs(RT["Årets resultat"][k] - RT["Resultat efter finansiella poster"][k]
               - (RT["Skatt på årets resultat"][k] or 0)) > 0.05:
            errs.append("A: Årets resultat does not follow from the rows above it")
    if RT["Skatteintäkter"][1:3] != RT["Skatteintäkter"][3:5] or \
            RT["Generella statsbidrag och utjämning"][1:3] != RT["Generella statsbidrag och utjämning"][3:5]:
        errs.append("A: taxes and grants must be the same for kommun and koncern")
    for fn_ in A_FOOTNOTES:
        need(A, fn_, [1], "A footnote")
    if "14,8" not in A_FOOTNOTES[0] or "17,9" not in A_FOOTNOTES[1] or not 17.9 < -RT["Finansiella kostnader"][2]:
        errs.append("A: the footnotes do not fit the rows they are attached to")
    need(A, "Kommun Koncern", [1], "A stacked heading (upper)")
    need(A, "Mnkr Not Budget 2026 Utfall 2026 Utfall 2025 Utfall 2026 Utfall 2025", [1], "A stacked heading (lower)")
    brk = [r[1] for r in A_DRIFT].index(A_BREAK_AFTER)
    for k, r in enumerate(A_DRIFT):
        want = [3] if k <= brk else [4]
        if pages_of(A, a_drift_text(r)) != want:
            errs.append(f"A: {r[1]} printed on {pages_of(A, a_drift_text(r))}, expected {want}")
        if r[0] not in A_GROUPS:
            errs.append(f"A: unknown group of {r[1]}")
    for gname in A_GROUPS:
        need(A, a_sum_text(A_SUMLABEL[gname], gname), [3], "A Summa row")
    need(A, a_sum_text("Verksamhetens nettokostnad"), [3], "A total row")
    if abs(T[2] - r1(T[0] - T[1])) > 0.05:
        errs.append("A: the deviations do not add up")
    if count(A, "Nettokostnad 2026 Avvikelse mot budget Nämnd Budget Utfall 2026 2025") != 2:
        errs.append("A: the driftredovisning heading must be printed on p. 3 and repeated on p. 4")
    need(A, "Tabellen fortsätter på nästa sida", [2], "A break note")
    need(A, "Tabell 4.2 Driftredovisning per nämnd, mnkr (forts.)", [3], "A continued caption")
    need(A, "Styrelse och nämnder (forts.)", [3], "A continued group")
    res26, tax26 = a_result_share(1)
    res25, tax25 = a_result_share(2)
    R = RT["Årets resultat"]
    need(A, f"Kommunens resultat för 2026 blev {d1(R[1])} mnkr, att jämföra med budgeterade {d1(R[0])} mnkr och "
            f"{d1(R[2])} mnkr året innan. Resultatet motsvarar {d1(res26)} procent av skatteintäkter och generella "
            f"statsbidrag, jämfört med {d1(res25)} procent 2025", [0], "A result text")
    need(A, f"minst {d1(A_RESULT_TARGET)} procent", [0], "A result target")
    if not (res26 > A_RESULT_TARGET > res25):
        errs.append("A: the result share is above the target in 2026 and below it in 2025")
    need(A, f"realisationsvinster på {d1(A_REAVINST)} mnkr blev balanskravsresultatet {d1(r1(R[1] - A_REAVINST))} "
            f"mnkr", [0], "A balanskrav")
    ex, ink, ko = A_SOLIDITET["exkl"], A_SOLIDITET["inkl"], A_SOLIDITET["koncern"]
    need(A, f"uppgick kommunens soliditet till {d1(ex[0])} procent vid utgången av 2026, mot {d1(ex[1])} procent "
            f"ett år tidigare", [0], "A soliditet exkl")
    need(A, f"blir soliditeten {d1(ink[0])} procent ({d1(ink[1])} procent 2025)", [0], "A soliditet inkl")
    need(A, f"soliditeten {d1(ko[0])} procent ({d1(ko[1])} procent)", [0], "A soliditet koncern")
    if not (ink[0] < ex[0] and ink[1] < ex[1] and ink[0] > ink[1] and ex[0] > ex[1]):
        errs.append("A: soliditet including the pension commitments must be lower, and both must have risen")
    kr = lambda v: f"{v:.2f}".replace(".", ",")  # noqa: E731
    need(A, f"höjdes inför 2026 med 25 öre till {kr(A_SKATTESATS[0])} kronor", [0], "A skattesats 2026")
    need(A, f"Under 2025 var skattesatsen {kr(A_SKATTESATS[1])} kronor", [0], "A skattesats 2025")
    if abs(A_SKATTESATS[0] - A_SKATTESATS[1] - 0.25) > 1e-9:
        errs.append("A: the tax rate rose by 25 öre")
    need(A, f"Verksamhetens nettokostnader ökade med {d1(pct(NK[1], NK[2]))} procent till {d1(-NK[1])} mnkr, medan "
            f"skatteintäkter och generella statsbidrag tillsammans ökade med {d1(pct(tax26, tax25))} procent. "
            f"Nettokostnaderna blev {d1(NK[0] - NK[1])} mnkr högre än budgeterat", [1], "A RT comments")
    SN = a_sum("Styrelse och nämnder")
    n_def = sum(1 for r in a_rows("Styrelse och nämnder") if a_dev(r) < 0)
    need(A, f"sammantaget en avvikelse på {d1(SN[2], plus=True)} mnkr mot budget ({d1(SN[3], plus=True)} mnkr "
            f"2025). {NUM[n_def].capitalize()} av {NUM[len(a_rows('Styrelse och nämnder'))]} nämnder har en "
            f"negativ avvikelse", [2], "A driftredovisning intro")
    Dd = {r[1]: r for r in A_DRIFT}
    worst = min(a_rows("Styrelse och nämnder"), key=a_dev)
    if worst[1] != "Socialnämnden":
        errs.append("A: p. 4 says the Socialnämnden has the largest negative deviation")
    need(A, f"Socialnämnden redovisar den största negativa avvikelsen, {d1(a_dev(worst))} mnkr. Underskottet beror "
            f"på att {A_PASSAGE}", [3], "A passage")
    need(A, f"Barn- och utbildningsnämndens underskott på {d1(-a_dev(Dd['Barn- och utbildningsnämnden']))} mnkr",
         [3], "A BUN comment")
    von = Dd["Vård- och omsorgsnämnden"]
    if not (von[4] > 0 > a_dev(von)):
        errs.append("A: p. 4 says the VON went from a surplus to a deficit")
    need(A, f"Kommunstyrelsens överskott på {d1(a_dev(Dd['Kommunstyrelsen']))} mnkr", [3], "A KS comment")
    pens = Dd["Pensionskostnader och löneskatt"]
    if not a_dev(pens) < 0:
        errs.append("A: p. 4 says the pension costs were higher than budgeted")
    need(A, f"fastställdes av kommunfullmäktige den {dmy(A_DECIDED)}", [0], "A decision date")

    # (b) Jovinge, personalredovisning 2026
    for s in B_STAFF:
        need(B, b_row_text(s), [1], "B staff row")
    need(B, b_tot_text(), [1], "B total row")
    need(B, "2026 2025 Förvaltning Kvinnor Män Totalt Kvinnor Män Totalt", [1], "B stacked heading")
    need(B, B_FOOTNOTE, [1], "B footnote")
    K6, M6, T6 = b_tot(2026)
    K5, M5, T5 = b_tot(2025)
    share = r1(K6 / T6 * 100)
    need(B, f"hade Jovinge kommun {g(T6)} anställda med månadslön, {T6 - T5} fler än ett år tidigare då antalet var "
            f"{g(T5)}. Av de anställda var {g(K6)} kvinnor, vilket motsvarar {d1(share)} procent", [0], "B p. 1 staff")
    if round(share / 10) != 8:
        errs.append("B: the pictogram shows eight women of ten")
    need(B, "Åtta av tio medarbetare i Jovinge kommun är kvinnor", [0], "B pictogram caption")
    need(B, f"sjönk till {d1(B_TURNOVER[0])} procent från {d1(B_TURNOVER[1])} procent året innan. Kommunens mål är en "
            f"personalomsättning på högst {d1(B_TURNOVER[2])} procent", [0], "B turnover")
    if not B_TURNOVER[2] < B_TURNOVER[0] < B_TURNOVER[1]:
        errs.append("B: the turnover fell but is still above the target")
    need(B, f"Sjukfrånvaron ökade till {d1(B_SICK[('Samtliga', 2026)][3])} procent av den ordinarie arbetstiden, "
            f"jämfört med {d1(B_SICK[('Samtliga', 2025)][3])} procent 2025", [0], "B sick leave p. 1")
    if not B_SICK[("Samtliga", 2026)][3] > B_SICK[("Samtliga", 2025)][3]:
        errs.append("B: p. 1 says sick leave rose")
    need(B, f"utgjorde {d1(B_LONGTERM[0])} procent av den totala sjukfrånvaron ({d1(B_LONGTERM[1])} procent)", [0],
         "B long-term")
    need(B, f"Långtidssjukfrånvaron svarade för {d1(B_LONGTERM[0])} procent", [2], "B long-term p. 3")
    for sex in B_SEXES:
        need(B, b_sick_text(sex, 2026, True) + " " + b_sick_text(sex, 2025, False), [2], "B sick-leave rows")
    for year in (2026, 2025):
        for i in range(4):
            lo, hi = sorted((B_SICK[("Kvinnor", year)][i], B_SICK[("Män", year)][i]))
            if not lo <= B_SICK[("Samtliga", year)][i] <= hi:
                errs.append(f"B: 'Samtliga' {year} {B_AGES[i]} must lie between men and women")
        for sex in B_SEXES:
            v = B_SICK[(sex, year)]
            if not min(v[:3]) <= v[3] <= max(v[:3]):
                errs.append(f"B: total sick leave of {sex} {year} must lie between its age groups")
            if sex != "Samtliga" and not all(B_SICK[("Kvinnor", year)][i] > B_SICK[("Män", year)][i] for i in range(4)):
                errs.append("B: p. 3 says women have more sick leave than men in every age group")
    if max(B_SICK[(s_, 2026)][i] for s_ in ("Kvinnor", "Män") for i in range(3)) != B_SICK[("Kvinnor", 2026)][2]:
        errs.append("B: p. 3 says women aged 50 or more have the highest sick leave")
    need(B, f"Högst är den bland kvinnor som är 50 år eller äldre, {d1(B_SICK[('Kvinnor', 2026)][2])} procent", [2],
         "B highest")
    kw = B_SICK[("Kvinnor", 2026)], B_SICK[("Kvinnor", 2025)]
    need(B, f"ökade sjukfrånvaron från {d1(kw[1][0])} till {d1(kw[0][0])} procent", [2], "B women under 30")
    if not (kw[0][0] > kw[1][0] and kw[0][1] < kw[1][1]):
        errs.append("B: p. 3 says sick leave of women under 30 rose and of women 30–49 fell")
    ST = {s[0]: s for s in B_STAFF}
    diff = {s[0]: sum(s[2]) - sum(s[3]) for s in B_STAFF}
    if max(diff, key=diff.get) != "Socialförvaltningen":
        errs.append("B: p. 2 says the Socialförvaltningen grew most")
    need(B, f"Socialförvaltningen växte mest: antalet anställda ökade med {diff['Socialförvaltningen']}", [1],
         "B growth")
    need(B, f"Vård- och omsorgsförvaltningen minskade med {-diff['Vård- och omsorgsförvaltningen']} anställda", [1],
         "B decrease")
    men_more = [s[0] for s in B_STAFF if s[2][1] > s[2][0]]
    sbf = ST["Samhällsbyggnadsförvaltningen"]
    if men_more != ["Samhällsbyggnadsförvaltningen"] or diff["Samhällsbyggnadsförvaltningen"] != 0 or \
            not sbf[2][0] / sum(sbf[2]) > sbf[3][0] / sum(sbf[3]):
        errs.append("B: p. 2 says only the Samhällsbyggnadsförvaltningen has more men, unchanged total, more women")
    need(B, f"Antalet anställda där var oförändrat, {sum(sbf[2])}", [1], "B SBF")
    if diff["Kultur- och fritidsförvaltningen"] < B_MOVED or str(B_MOVED) not in B_FOOTNOTE:
        errs.append("B: the moved employees explain most of the growth of the Kultur- och fritidsförvaltningen")
    for m in B_MEASURES:
        need(B, m, [3], "B measure")
    need(B, f"Jovinge den {dmy(B_SIGNED)}", [3], "B signature date")

    # (c) Stråvik, granskning LSS
    ids = [q_[0] for q_ in C_QUESTIONS]
    brk = ids.index(C_BREAK_AFTER)
    for k, q_ in enumerate(C_QUESTIONS):
        want = [2] if k <= brk else [3]
        if pages_of(C, c_row_text(q_)) != want:
            errs.append(f"C: question {q_[0]} printed on {pages_of(C, c_row_text(q_))}, expected {want}")
        if q_[2] not in C_ASSESS:
            errs.append(f"C: unknown assessment of {q_[0]}")
        if q_[0].split(".")[0] not in [x[0] for x in C_GROUPS]:
            errs.append(f"C: question {q_[0]} has no group")
    for nr, title in C_GROUPS:
        need_any(C, f"{nr} {title}", "C group row")
    need(C, f"2 {C_GROUPS[1][1]} (forts.)", [2], "C continued group")
    if count(C, "Nr Revisionsfråga Bedömning Kommentar") != 2:
        errs.append("C: the heading must be printed on p. 2 and repeated on p. 3")
    need(C, "Tabell 1 fortsätter på nästa sida", [1], "C break note")
    need(C, "Tabell 1. Bedömning per revisionsfråga (forts.)", [2], "C continued caption")
    need(C, f"Av de elva revisionsfrågorna bedömer vi att {NUM[c_count('Uppfyllt')]} är uppfyllda, "
            f"{NUM[c_count('Delvis uppfyllt')]} delvis uppfyllda och {NUM[c_count('Ej uppfyllt')]} ej uppfyllda",
         [0], "C counts")
    if len(C_QUESTIONS) != 11:
        errs.append("C: p. 1 and p. 2 speak of eleven questions")
    Fc = C_FIG
    need(C, f"från {Fc['apps'][0]} under 2025 till {Fc['apps'][1]} under 2026", [1], "C applications")
    need(C, f"granskat {Fc['cases']} ärenden som avslutades mellan den {dmy(C_PERIOD[0])} och den "
            f"{dmy(C_PERIOD[1])}", [1], "C method")
    need(C, f"Av de {Fc['cases']} granskade ärendena avgjordes {Fc['cases'] - Fc['over_target']} inom nämndens mål "
            f"om {Fc['target']} dagar. Den genomsnittliga handläggningstiden från ansökan till beslut var "
            f"{Fc['mean']} dagar och medianen {Fc['median']} dagar. I {Fc['over3m']} ärenden tog det mer än tre "
            f"månader", [1], "C handling times")
    need(C, f"nämndens egen statistik {Fc['mean25']} dagar", [1], "C 2025")
    if not (Fc["median"] > Fc["target"] and Fc["over_target"] >= Fc["cases"] / 2 and Fc["over3m"] <= Fc["over_target"]
            and Fc["mean"] > Fc["median"] and Fc["mean"] > Fc["mean25"]):
        errs.append("C: the handling-time figures are inconsistent")
    Q = {q_[0]: q_ for q_ in C_QUESTIONS}
    if f"{Fc['over_target']} av {Fc['cases']}" not in Q["2.1"][3] or Q["2.1"][2] != "Ej uppfyllt":
        errs.append("C: question 2.1 must cite the cases over the target")
    need(C, f"rapporterade nämnden {Fc['ivo'][0]} ej verkställda beslut till IVO, varav {Fc['ivo'][1]} efter den "
            f"föreskrivna tiden", [1], "C IVO")
    if f"{NUM[Fc['ivo'][1]].capitalize()} av {NUM[Fc['ivo'][0]]}" not in Q["3.2"][3]:
        errs.append("C: question 3.2 must agree with the IVO sentence")
    need(C, f"i {NUM[Fc['journal']]} ärenden saknades journalanteckningar", [1], "C journal")
    if NUM[Fc["journal"]] not in Q["2.2"][3] or NUM[Fc["kommunicering"]] not in Q["2.4"][3]:
        errs.append("C: questions 2.2 and 2.4 must agree with the text")
    v0, v1 = Fc["vacant"]
    if f"{NUM[v0].capitalize()} av {NUM[v1]}" not in Q["1.3"][3]:
        errs.append("C: question 1.3 must agree with the vacancies")
    need(C, f"{NUM[v0].capitalize()} av {NUM[v1]} handläggartjänster var vakanta under stora delar av året. Under "
            f"den tiden {C_PASSAGE}", [2], "C passage")
    for rec in C_RECS:
        need(C, rec, [3], "C recommendation")
    need(C, f"Stråvik den {dmy(C_DATE)}", [3], "C date")
    need(C, dmy(C_DATE), [0], "C date p. 1")
    if not C_PERIOD[1] < C_DATE:
        errs.append("C: the report is dated after the period examined")

    # (d) Vindala, BMN verksamhetsstatistik 2026
    for c in D_CASES:
        row = d_case_text(c, 2026, True) + " " + d_case_text(c, 2025, False)
        if pages_of(D, row) != [1]:
            errs.append(f"D: case type {c[1]} printed on {pages_of(D, row)}, expected [1]")
        if c[0] not in D_CASE_GROUPS:
            errs.append(f"D: unknown group of {c[1]}")
        for y_ in D_YEARS:
            if not c[2][y_][2] < 10:
                errs.append(f"D: p. 3 says every median is below ten weeks ({c[1]} {y_})")
    for gname in D_CASE_GROUPS:
        need(D, gname, [0], "D case group row")
    i26, b26 = d_case_sum(2026)
    i25, b25 = d_case_sum(2025)
    need(D, f"Samtliga ärenden 2026 {i26} {b26} – 2025 {i25} {b25} –", [0], "D case totals")
    need(D, f"Under 2026 kom det in {i26} ärenden inom plan- och bygglagen och strandskyddet, jämfört med {i25} året "
            f"innan. Nämnden fattade beslut i {b26} ärenden ({b25} under 2025)", [0], "D p. 1 text")
    fl, nb_ = d_case("Flerbostadshus och lokaler"), d_case("Nybyggnad av en- och tvåbostadshus")
    if not (fl[2][2026][0] > fl[2][2025][0] and nb_[2][2026][0] < nb_[2][2025][0]):
        errs.append("D: p. 1 says blocks of flats rose and new small houses fell")
    for r in D_INSP:
        if pages_of(D, d_insp_text(r)) != [2]:
            errs.append(f"D: inspection row {r[1]} printed on {pages_of(D, d_insp_text(r))}, expected [2]")
        if r[0] not in D_INSP_GROUPS:
            errs.append(f"D: unknown area of {r[1]}")
        for p_, u_ in (r[2], r[3]):
            if u_ > p_:
                errs.append(f"D: more inspections performed than planned in {r[1]}")
    for gname in D_INSP_GROUPS:
        need(D, d_insp_sum_text(gname, gname), [1], "D area subtotal row")
    need(D, d_insp_sum_text("Totalt"), [1], "D total row")
    need(D, "2026 2025 Tillsynsområde Planerade Utförda Andel utförda, % Planerade Utförda", [1], "D stacked heading")
    P6, U6, P5, U5 = d_insp_sum()
    need(D, f"omfattade {P6} planerade inspektioner inom livsmedelskontrollen, miljöskyddet och hälsoskyddet. Av "
            f"dessa genomfördes {U6}, vilket motsvarar {d1(d_share(P6, U6))} procent. Året innan genomfördes {U5} av "
            f"{P5} planerade inspektioner", [1], "D p. 2 text")
    need(D, f"blev tillsynen av lantbruk eftersatt eftersom {D_PASSAGE}", [1], "D passage")
    IN = {r[1]: r for r in D_INSP}
    if not (IN["Livsmedelsbutiker"][2][0] == IN["Livsmedelsbutiker"][2][1]
            and IN["Restauranger och caféer"][2][1] < IN["Restauranger och caféer"][2][0]
            and IN["Skolkök och förskolekök"][2][1] < IN["Skolkök och förskolekök"][2][0]):
        errs.append("D: p. 2 says shops were done but not all restaurants and school kitchens")
    lant = IN["Lantbruk med djurhållning"]
    if min(D_INSP, key=lambda r: d_share(*r[2])) != IN["Hygienlokaler (tatuering, fotvård m.m.)"] or \
            d_share(*lant[2]) >= 80:
        errs.append("D: the farms and the hygiene premises are the weakest areas")
    for text, kind, old, new in D_FEES:
        need(D, text, [2], "D fee change")
        ok = {"höjs": old is not None and new > old, "sänks": old is not None and new < old,
              "ny": old is None, "oförändrad": old == new}[kind]
        if not ok or kind not in text or (old is not None and g(old) not in text) or g(new) not in text:
            errs.append(f"D: fee change does not fit its amounts: {text[:50]!r}")
    need(D, f"föreslog ändringar i taxorna för plan- och byggverksamheten och för miljö- och livsmedelstillsynen den "
            f"{dmy(D_DECIDED)}. Kommunfullmäktige beslutade om taxorna den {dmy(D_KF)}", [2], "D decision dates")
    if not D_DECIDED < D_KF < D_SIGNED:
        errs.append("D: the dates are out of order")
    need(D, f"Vindala den {dmy(D_SIGNED)}", [2], "D signature date")

    # (e) Idhammar, SN delårsrapport aug 2026
    names = [r[1] for r in E_ROWS]
    brk = names.index(E_BREAK_AFTER)
    for k, r in enumerate(E_ROWS):
        want = [1] if k <= brk else [2]
        if pages_of(E, e_row_text(r)) != want:
            errs.append(f"E: {r[1]} printed on {pages_of(E, e_row_text(r))}, expected {want}")
        if r[0] not in E_GROUPS:
            errs.append(f"E: unknown group of {r[1]}")
        if not r[3] < r[2]:
            errs.append(f"E: the outcome after August must be below the annual budget ({r[1]})")
    for gname in E_GROUPS:
        need_any(E, gname, "E group band")
        if E_SUMLABEL[gname]:
            need_any(E, e_sum_text(E_SUMLABEL[gname], gname), "E Summa row")
    brk_grp = E_ROWS[brk][0]
    if E_ROWS[brk + 1][0] != brk_grp:
        errs.append("E: the table must break inside a group")
    need(E, f"{brk_grp} (forts.)", [1], "E continued group")
    need(E, e_sum_text("Summa socialnämnden"), [1], "E total row")
    if count(E, "Verksamhet Budget 2026 Utfall jan–aug 2026 Prognos helår 2026 Avvikelse budget– prognos") != 2:
        errs.append("E: the heading must be printed on p. 1 and repeated on p. 2")
    need(E, "Tabell 3 fortsätter på nästa sida", [0], "E break note")
    need(E, "Tabell 3. Budget, utfall och prognos per verksamhet, mnkr (forts.)", [1], "E continued caption")
    Bt, Ut, Pt, DVt = e_sum()
    if abs(DVt - r1(Bt - Pt)) > 0.05:
        errs.append("E: the deviations do not add up")
    need(E, f"prognostiserar ett underskott på {d1(-DVt)} mnkr för helåret 2026, vilket motsvarar "
            f"{d1(-DVt / Bt * 100)} procent av nämndens budget på {d1(Bt)} mnkr. Utfallet efter augusti uppgår till "
            f"{d1(Ut)} mnkr, eller {d1(Ut / Bt * 100)} procent av årsbudgeten", [0], "E summary")
    if not Ut / Bt * 100 > 200 / 3:
        errs.append("E: p. 1 says the outcome is above an even pace")
    gs = {gname: e_sum(gname)[3] for gname in E_GROUPS}
    if min(gs, key=gs.get) != "Individ- och familjeomsorg":
        errs.append("E: p. 2 says the IFO has the largest deficit")
    R_ = {r[1]: r for r in E_ROWS}
    pl, ht, sb, pa, eb = (R_["Placeringar barn och unga"], R_["Hemtjänst"], R_["Särskilt boende"],
                          R_["Personlig assistans"], R_["Ekonomiskt bistånd"])
    need(E, f"största delen av underskottet, {d1(-gs['Individ- och familjeomsorg'])} mnkr. Kostnaderna för "
            f"placeringar av barn och unga beräknas överskrida budgeten med {d1(-e_dev(pl))} mnkr. Förklaringen är att "
            f"{E_PASSAGE}", [1], "E passage")
    need(E, f"Ekonomiskt bistånd väntas däremot bli {d1(e_dev(eb))} mnkr lägre", [1], "E bistånd")
    need(E, f"hemtjänsten gå {d1(-e_dev(ht))} mnkr över budget", [1], "E hemtjänst")
    need(E, f"särskilt boende ger ett överskott på {d1(e_dev(sb))} mnkr", [1], "E SB")
    need(E, f"Prognosen för personlig assistans är {d1(pa[4])} mnkr", [1], "E PA")
    fs = e_rows("Funktionsstöd")
    if min(fs, key=e_dev) != pa:
        errs.append("E: p. 2 says personal assistance explains the deficit of Funktionsstöd")
    for a in E_ACTIONS:
        need(E, e_action_text(a), [2], "E action")
        t_ = a[2]
        if t_ == "Löpande":
            exp = None
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", t_):
            exp = dt.date.fromisoformat(t_)
        else:
            m_ = re.fullmatch(r"(\d+) (\w+) (\d{4})", t_)
            exp = dt.date(int(m_.group(3)), MONTHS[m_.group(2)], int(m_.group(1))) if m_ else "?"
        if exp != a[3]:
            errs.append(f"E: the deadline {a[3]} does not fit the printed {t_!r}")
        if a[3] is not None and a[3] < E_DATE:
            errs.append(f"E: an action is due before the decision: {a[0][:40]!r}")
    need(E, f"Socialnämnden beslutade den {dmy(E_DATE)} om följande åtgärder", [2], "E decision")
    need(E, f"Behandlad av socialnämnden den {dmy(E_DATE)}", [0], "E meeting date")

    # (f) Celsinge, VA-taxa 2027
    scan = norm(f_scan_text())
    for gr, cells in f_scan_rows():
        if norm(gr if cells is None else " ".join(cells)) not in scan:
            errs.append(f"F: scanned row missing: {(gr or cells[0])!r}")
    for f_ in F_FEES:
        if f_[0] not in F_GROUPS:
            errs.append(f"F: unknown group of {f_[1]}")
        if abs(f_inkl(f_[4]) - f_[4] * F_VAT) > 0.005:
            errs.append(f"F: inkl. moms is not 1,25 × exkl. moms for {f_[1]}")
        if g(f_[4]).replace(" ", "") == g(f_inkl(f_[4])).replace(" ", ""):
            errs.append(f"F: {f_[1]} prints the same amount twice")
    anl = [f_ for f_ in F_FEES if f_[0] == F_GROUPS[0]]
    if len({f_change(f_) for f_ in anl}) != 1:
        errs.append("F: p. 1 says the connection fees are indexed together (one change)")
    bruk = [f_ for f_ in F_FEES if f_[0] == F_GROUPS[1]]
    if not min(f_change(f_) for f_ in bruk) > max(f_change(f_) for f_ in anl):
        errs.append("F: p. 1 says the usage fees rise more than the connection fees")
    storm = [f_ for f_ in bruk if f_[1].startswith("Dagvatten")]
    if not min(f_change(f_) for f_ in storm) > max(f_change(f_) for f_ in bruk if f_ not in storm):
        errs.append("F: p. 1 says the storm-water fees carry a larger share (they must rise most)")
    for t_ in F_TYPHUS:
        a_, b_ = f_typhus(t_, 2026), f_typhus(t_, 2027)
        need(F, f"{t_[0]} {t_[1]} {d2(a_)} {d2(b_)} +{d2(b_ - a_)} {d1(pct(b_, a_), plus=True)}", [2],
             "F typhus row")
        fixed = f_fee(t_[2])
        want_a = (fixed[3] * t_[3] + f_fee("Förbrukningsavgift")[3] * t_[4] + f_fee("Dagvattenavgift, gata")[3]
                  + f_fee("Dagvattenavgift, fastighet")[3]) * F_VAT
        if abs(want_a - a_) > 0.005:
            errs.append(f"F: the annual cost of {t_[0]} does not follow from the fees")
    for name, amt, y1, y2 in F_INVEST:
        need(F, f"{name}, {d1(amt)} mnkr ({y1}–{y2})", [2], "F investment")
        if not 2027 <= y1 <= y2 <= 2030:
            errs.append(f"F: investment {name} outside 2027–2030")
    need(F, f"Sammanlagt uppgår investeringarna till {d1(r1(sum(i_[1] for i_ in F_INVEST)))} mnkr", [2],
         "F investment total")
    need(F, f"Ärendet behandlas av kommunfullmäktige den {dmy(F_KF)}", [0], "F KF date")
    need(F, f"Datum {F_DECIDED_TN.isoformat()}", [0], "F memo date")
    if not F_DECIDED_TN < F_STAMP < F_KF:
        errs.append("F: the stamp must be dated between the nämnd's proposal and the council's decision")
    # no scanned amount, fee name or note in the text layer
    layer_f = " ".join(text_layer(F))
    for f_ in F_FEES:
        for s_ in f_scan_cells(f_)[2:4]:
            if number_in(layer_f, s_):
                errs.append(f"F: scanned amount {s_!r} ({f_[1]}) repeated in the text layer")
        if len(f_[1]) > 8 and f_[1].lower() in layer_f.lower() and "," in f_[1]:
            errs.append(f"F: scanned fee name {f_[1]!r} repeated in the text layer")
        if norm(f_[1] + " " + f_[2]) in norm(layer_f):
            errs.append(f"F: scanned fee row {f_[1]!r} repeated in the text layer")
    for s_ in F_SCAN_NOTES + ["Avgifter enligt VA-taxa 2027 Avgifterna gäller"]:
        if norm(s_) in norm(layer_f):
            errs.append(f"F: scanned text {s_[:40]!r} repeated in the text layer")

    # near-miss none questions: the label they name occurs in their document
    n_near = 0
    for qid, lab in NEAR_LABEL.items():
        q_ = [q for q in qs if q["id"] == qid]
        if not q_ or q_[0]["type"] != "none":
            errs.append(f"{qid}: NEAR_LABEL names a question that is not a none question")
            continue
        fn = NONE_ABSENT[qid][0]
        if norm(lab) not in norm(" ".join(pdf_pages(fn)[1])):
            errs.append(f"{qid}: the label {lab!r} does not occur in {fn}")
        else:
            n_near += 1
    if n_near < math.ceil(WANT_TYPES["none"] / 3):
        errs.append(f"only {n_near} none questions name a label of their document")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by group/heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; list-shaped none {n_list_none}; near-miss none naming a "
          f"label {n_near}; on the scanned page {dict(n_scan)} + none {len(SCAN_NONE)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
