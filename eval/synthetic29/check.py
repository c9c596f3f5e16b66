"""Checks ../heldout_syn29.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Orvika document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic28/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic29).

* format: 50 questions h29001..h29050, key order, types 16 figure / 16 list / 6 passage / 12 none, 13 in English
  (at least 4 of them figures, 4 lists and 3 none), at least 12 conditional lists of which at least 4 compare two
  cells of the same row and at least 3 filter by the group or heading the rows stand under; 1 figure, 2 list and 1
  passage question on the scanned page;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "18 mars 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next, the condition does not select every row); the question that asks for a whole list must cover exactly
  that list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (e); metadata titles exactly in (b) and (d);
  landscape pages exactly p. 2 of (d); page 2 of (f) an image without text; no names of earlier synthetic
  municipalities or places (FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic28/check.py, which hold the OWN
  lists of ../synthetic25, ../synthetic26 and ../synthetic27; the FORBIDDEN and OWN lines of ../synthetic27/check.py
  add nothing new), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own
  names (OWN) and persons all start with A, D, F, L, N or O, and none of OWN occurs in the READMEs of the earlier
  sets (../synthetic … ../synthetic28) or in ../synthetic26/check.py and ../synthetic28/check.py;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as _dt
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_SCHOOLS, A_GROUPS, A_RIKET, A_PASSAGE, A_DEV, a_school, a_year, a_group, a_kommun,  # noqa
                  a_row_text, a_line,
                  B_AREAS, B_ACTIONS, B_STATUSES, B_BREAK_AFTER, B_BODIES, B_FOLLOWUP, B_COMPANIES, B_NKI, B_PASSAGE,
                  b_area_of, b_cost, b_cost_text, b_area_sum, b_total, b_count, b_row_text,
                  C_SECTIONS, C_DECISIONS, C_DECISIONS_KINDS, C_ROLES, C_MEETING, C_SKRIVELSE, C_PASSAGE,
                  C_LIMIT_DAYS, c_days, c_count, c_row_text,
                  D_FOCUS, D_INDICATORS, D_DECIMAL, D_STABLE, D_PASSAGE, D_NEXT, d_fmt, d_target_text, d_trend,
                  d_reached, d_assess, d_row_text, d_ind, d_subitems,
                  E_MEMBERS, E_SUBSTITUTES, E_DATE, E_ADJUST, E_POSTED, E_TAKEN_DOWN, E_JUSTERARE, E_ECON,
                  E_PRESCHOOL, E_ATT_143, E_VOTES, E_NEJ_143, E_NEJ_144, E_PASSAGE, E_SENIOR, e_serving, e_party,
                  e_member_row_text, e_sub_row_text,
                  F_FRAME, F_FRAME_2026, F_DEADLINE, F_SKRIVELSE, F_MEETING, F_SIGNED, F_GRANTS, F_KINDS, F_NOTES,
                  F_PASSAGE, F_HISTORY, f_sum, f_counts, f_rest, f_hist_total, f_scan_row, f_scan_text,
                  MONTHS as MONTH_NAMES, dmy, g, d1, r1, r0)

QFILE = HERE.parent / "heldout_syn29.jsonl"
N_Q = 50
PREFIX = "h"
BASE = 29000
WANT_TYPES = {"figure": 16, "list": 16, "passage": 6, "none": 12}
WANT_EN = 13
MIN_EN_LISTS = 4
MIN_EN_FIGS = 4
MIN_EN_NONE = 3
MIN_COND = 12
MIN_PAIR = 4          # conditional lists that compare two cells of the same row
MIN_GROUP = 3         # conditional lists that filter by the group / heading the rows stand under
MIN_ANSWERABLE = 5    # answerable questions per document
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "alnsjo-bun-kvalitetsrapport-grundskola-2026.pdf"
B = "dyvika-handlingsplan-naringsliv-2027-2028.pdf"
C = "fagerbro-tn-delegationsbeslut-kv1-2027.pdf"
D = "lidsvik-miljoprogram-uppfoljning-2026.pdf"
E = "navsjo-ks-protokoll-2027-11-08.pdf"
F = "orvika-kfn-foreningsbidrag-2027.pdf"
PLACE = {A: "Alnsjö", B: "Dyvika", C: "Fagerbro", D: "Lidsvik", E: "Nävsjö", F: "Orvika"}
WITH_TITLE = {B, D}
LANDSCAPE = {D: [2]}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "ADFLNO"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic28/check.py, copied verbatim (its FORBIDDEN list already
# holds the FORBIDDEN/OWN lists of synthetic24-26 and the OWN lists of ../synthetic25 and ../synthetic27). The lines
# that define FORBIDDEN and OWN in ../synthetic27/check.py (read with grep -n / sed, those lines only) add nothing:
# its FORBIDDEN list equals the synthetic26 part of ours and its OWN list is already in ours. ../synthetic30 is being
# written by another writer at the same time with other letters and was not read at all.
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
]
# real Swedish municipalities and regions beginning with A, D, F, L, N or O (regions: Dalarna, Norrbotten): none of
# them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Dalarna",
        "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil",
        "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro",
        "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Norrbotten",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund"]
# our own invented names (municipalities first, then schools, places, streets and associations); later sets should
# add them to their FORBIDDEN lists
OWN = ["Alnsjö", "Dyvika", "Fagerbro", "Lidsvik", "Nävsjö", "Orvika",
       "Aspnässkolan", "Damhagsskolan", "Forsängsskolan", "Lillåskolan", "Nybodaskolan", "Fyrklöverns friskola",
       "Novaskolan", "Oasens skola",
       "Lövnäs", "Flisbacken",
       "Apotekartorget", "Lasarettsvägen", "Oxtorget", "Dalbovägen", "Fabriksgatan",
       "Ottersjön", "Lidsviksån", "Norrskogen",
       "Ollonbacken", "Nyhagen", "Dalbacken", "Nävern",
       "Orvika IF", "Alnäs Ridklubb", "Dansföreningen Fyrtakt", "Fiskeklubben Laxöringen", "Filmklubben Fyrljuset",
       "Orvika Skytteförening", "Nolåsens bygdegårdsförening", "Orvika Konstförening", "Dragspelsklubben Durspel",
       "Ankarets scoutkår", "Nordvallens skidklubb", "Aktiva seniorer i Orvika", "Orvika Ungdomsorkester",
       "Lidens hembygdsförening"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Linnea Ottosson", "Nils Andersson", "Anna Nordlöf", "Lars Fredén", "Dragan Olofsson", "Nina Falk",
           "Olle Dahlberg", "Frida Axelsson", "Ann-Sofie Dalin", "Leif Olausson", "Daniel Forsman", "Lena Amundsen",
           "Ola Fransson", "Fredrik Adolfsson", "Lotta Nyström", "Nadja Levin", "Oscar Dahl", "Annika Lövgren",
           "Fanny Nord", "Ludvig Ohlin", "Agnes Falkén", "Oskar Lindahl"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic26", "synthetic28"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 29)]   # README.md only (synthetic30 is not read)


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=s, item=a_row_text(s)) for s in A_SCHOOLS]
B_R = [dict(r=a, item=b_row_text(a)) for a in B_ACTIONS]
C_R = [dict(r=d, item=c_row_text(d)) for d in C_DECISIONS]
D_R = [dict(r=i, item=d_row_text(i)) for i in D_INDICATORS]
D_SUB = [dict(r=x, item=x[1]) for x in d_subitems()]
E_R = [dict(r=m, item=e_member_row_text(m)) for m in E_MEMBERS]
F_R = [dict(r=x, item=f_scan_row(x)) for x in F_GRANTS]
RIKET_MERIT_26 = A_RIKET[2026][1]
HALF_2027 = _dt.date(2027, 6, 30)

# qid -> (rows, predicate on the raw row)
COND = {
    "h29004": (A_R, lambda s: a_year(s, 2026)[2] < a_year(s, 2025)[2]),              # share fell (pair)
    "h29005": (A_R, lambda s: s[1] == "Fristående skolor" and s[7] > s[4]),           # group + merit rose (pair)
    "h29006": (A_R, lambda s: s[1] == "Kommunala skolor" and s[7] < RIKET_MERIT_26),  # group + below riket
    "h29013": (B_R, lambda a: a[4] is not None and a[4] <= HALF_2027),                 # deadline by mid-2027
    "h29014": (B_R, lambda a: b_cost(a) > 500),                                        # more than 500 tkr
    "h29015": (B_R, lambda a: a[5] == "Ej påbörjad"),                                  # status
    "h29016": (B_R, lambda a: a[2] == "Tekniska nämnden"),                             # responsible body
    "h29022": (C_R, lambda d: d[6] == "Gatuchef"),                                     # delegate
    "h29023": (C_R, lambda d: d[1] == "5" and d[5] == "Avslås"),                       # section + decision
    "h29024": (C_R, lambda d: c_days(d) > C_LIMIT_DAYS),                               # decided - received (pair)
    "h29031": (D_R, lambda i: d_reached(i)),                                           # 2026 vs target (pair)
    "h29032": (D_SUB, lambda x: x[0] == "Vatten och natur"),                           # heading of the sub-items
    "h29040": (E_R, lambda m: m[3] == "Frånvarande"),                                  # word in a cell
    "h29046": (F_R, lambda x: 0 < x[3] < x[2]),                                        # granted < applied (pair)
    "h29047": (F_R, lambda x: x[1] == "Arrangemangsbidrag"),                           # kind of grant
}
PAIR = {"h29004", "h29005", "h29024", "h29031", "h29046"}
GROUP = {"h29005", "h29006", "h29023", "h29032"}
# whole lists: every item of a named list, exactly once
EXACT = {
    "h29039": list(E_ATT_143),
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h29008": (A, [r"[Bb]ehörig", r"[Yy]rkesprogram", r"[Gg]ymnasie"]),
    "h29009": (A, [r"[Ff]lick", r"[Pp]ojk", r"\b[Kk]ön\b", r"[Kk]vinn", r"\b[Mm]än\b"]),
    "h29018": (B, [r"[Vv]ård- och omsorg", r"[Oo]msorgsnämnd", r"[Ss]ocialnämnd", r"[Ää]ldreomsorg"]),
    "h29019": (B, [r"[Nn]ystart", r"[Nn]yföretag", r"företag (?:startades|har startats|startade)",
                   r"[Nn]yregistrer", r"[Ss]tartade\w* [^.]{0,40}företag"]),
    "h29026": (C, [r"\bkr\b", r"[Kk]ronor", r"[Aa]vgift", r"[Tt]axa"]),
    "h29027": (C, [r"[Öö]verklag", r"[Ll]änsstyrelse", r"[Ff]örvaltningsrätt", r"[Pp]röva\w* av"]),
    "h29034": (D, [r"2023"]),
    "h29035": (D, [r"\bkr\b", r"[Kk]ronor", r"\btkr\b", r"\bmnkr\b", r"[Bb]udget", r"[Kk]ostnad"]),
    "h29042": (E, [r"[Aa]rvode", r"kr per månad", r"\b[Ll]ön\b", r"[Ee]rsättning per"]),
    "h29043": (E, [r"[Kk]ommunfullmäktige[^.]{0,80}\d{4}-\d\d-\d\d",
                   r"[Kk]ommunfullmäktige[^.]{0,80}\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|"
                   r"september|oktober|november|december)", r"[Ff]ullmäktiges sammanträde",
                   r"[Ff]ullmäktige (?:den|i) \d"]),
    "h29049": (F, [r"[Mm]edlem"]),
    "h29050": (F, [r"Ankarets[^.]{0,120}2026", r"2026[^.]{0,120}Ankarets"]),
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
    """'2027-03-18' or '18 mars 2027' -> 'YYYY-MM-DD'."""
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
            full = norm(x["item"])
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
            fn, pats = NONE_ABSENT[qid]
            if PLACE[fn] not in q["question"]:
                E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
            raw = pdf_pages(fn)[1]
            alltext = re.sub(r"\s+", " ", " ".join(raw))
            for pat in pats:
                m = re.search(pat, alltext)
                if m:
                    E_(f"none question may be answerable: {pat!r} matches {m.group(0)[:60]!r} in {fn}")
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
        errs.append(f"only {n_group} conditional lists filtering by a group heading")
    if not (n_scan["figure"] == 1 and n_scan["list"] == 2 and n_scan["passage"] == 1):
        errs.append(f"scanned page: {dict(n_scan)} questions, expected 1 figure, 2 list and 1 passage")

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
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        if (r.metadata or {}).get("/Title"):
            titled.add(fn)
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in (q["question"] + " " + q["answer"]).lower():
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

    # (a) Alnsjö, kvalitetsrapport grundskola 2026
    p2 = pdf_pages(A)[2][1]
    last = -1
    for x in A_R:
        pos = p2.find(norm(x["item"]), last + 1)
        if pos < 0:
            errs.append(f"A: school block {x['r'][0]} missing on p2 or out of order")
        else:
            last = pos
    for gr in A_GROUPS:
        need(A, gr.upper(), [1], "A group tab")
        g25, g26 = a_group(gr, 2025), a_group(gr, 2026)
        need(A, a_line(f"{gr} totalt", 2025, g25[0], g25[2], g25[3]) + " " + a_line("", 2026, g26[0], g26[2], g26[3]),
             [1], "A group total")
    K25, K26 = a_kommun(2025), a_kommun(2026)
    need(A, a_line("Alnsjö kommun", 2025, K25[0], K25[2], K25[3]) + " " +
         a_line("", 2026, K26[0], K26[2], K26[3]), [1], "A kommun row")
    need(A, f"Riket vt 2025 – {d1(A_RIKET[2025][0])} {d1(A_RIKET[2025][1])} vt 2026 – {d1(A_RIKET[2026][0])} "
            f"{d1(A_RIKET[2026][1])}", [1], "A riket row")
    for gr in A_GROUPS:
        for yr in (2025, 2026):
            if a_group(gr, yr)[0] != sum(a_year(s, yr)[0] for s in A_SCHOOLS if s[1] == gr):
                errs.append("A: group pupils do not add up")
    for yr in (2025, 2026):
        if K25[0] + 0 != sum(a_group(gr, 2025)[0] for gr in A_GROUPS) or \
                K26[0] != sum(a_group(gr, 2026)[0] for gr in A_GROUPS):
            errs.append("A: groups do not add up to the municipality")
    for s in A_SCHOOLS:
        if not (s[3] <= s[2] and s[6] <= s[5] and 150 < s[4] < 300 and 150 < s[7] < 300):
            errs.append(f"A: implausible school {s[0]}")
    lo = min(A_SCHOOLS, key=lambda s: s[7])
    hi = max(A_SCHOOLS, key=lambda s: s[7])
    fr26, ko26 = a_group("Fristående skolor", 2026), a_group("Kommunala skolor", 2026)
    need(A, f"Av de {K26[0]} eleverna i årskurs 9 våren 2026 uppnådde {K26[1]} kunskapskraven i alla ämnen, vilket "
            f"motsvarar {d1(K26[2])} procent. Året innan var andelen {d1(K25[2])} procent av {K25[0]} elever. I "
            f"riket var andelen {d1(A_RIKET[2026][0])} procent", [0], "A finding 1")
    if not (K26[2] > K25[2]):
        errs.append("A: finding 1 says more pupils passed all subjects")
    need(A, f"Det genomsnittliga meritvärdet i kommunen var {d1(K26[3])} poäng, mot {d1(K25[3])} året innan och "
            f"{d1(A_RIKET[2026][1])} i riket", [0], "A finding 2")
    if not (K25[3] < K26[3] < A_RIKET[2026][1]):
        errs.append("A: finding 2 says the merit value rose but is below riket")
    need(A, f"Meritvärdet varierade från {d1(lo[7])} på {lo[0]} till {d1(hi[7])} på {hi[0]}. De fristående skolorna "
            f"hade i genomsnitt {d1(fr26[3])} poäng och de kommunala {d1(ko26[3])}", [0], "A finding 3")
    dam = a_school("Damhagsskolan")
    drops = {s[0]: (a_year(s, 2025)[2] - a_year(s, 2026)[2]) + (s[4] - s[7]) for s in A_SCHOOLS}
    if max(drops, key=drops.get) != "Damhagsskolan" or not (dam[7] < dam[4]):
        errs.append("A: finding 4 says Damhagsskolan fell most")
    need(A, f"sjönk från {d1(a_year(dam, 2025)[2])} till {d1(a_year(dam, 2026)[2])} procent och meritvärdet från "
            f"{d1(dam[4])} till {d1(dam[7])}", [0], "A finding 4")
    need(A, A_PASSAGE + f" Meritvärdet föll med {d1(dam[4] - dam[7])} poäng", [2], "A passage")
    asp, fors, lil, nyb, fyr, nova, oas = (a_school(n_) for n_ in (
        "Aspnässkolan", "Forsängsskolan", "Lillåskolan", "Nybodaskolan", "Fyrklöverns friskola", "Novaskolan",
        "Oasens skola"))
    kom = [s for s in A_SCHOOLS if s[1] == "Kommunala skolor"]
    if not (asp[7] > asp[4] and a_year(asp, 2026)[2] > a_year(asp, 2025)[2]):
        errs.append("A: p3 says both of Aspnässkolan's results rose")
    need(A, f"till {d1(a_year(asp, 2026)[2])} procent och {d1(asp[7])} poäng", [2], "A Aspnäs")
    need(A, f"Meritvärdet ökade från {d1(fors[4])} till {d1(fors[7])}, men ligger fortfarande långt under riket",
         [2], "A Forsäng")
    if not (fors[7] > fors[4] and fors[7] < A_RIKET[2026][1]):
        errs.append("A: p3 comment on Forsängsskolan disagrees")
    if min(kom, key=lambda s: s[5]) is not lil or max(kom, key=lambda s: s[7]) is not lil or \
            not a_year(lil, 2026)[2] < a_year(lil, 2025)[2]:
        errs.append("A: p3 says Lillåskolan is the smallest municipal school with the highest municipal merit and a "
                    "lower share")
    need(A, f"det högsta meritvärdet bland de kommunala skolorna, {d1(lil[7])} poäng. Andelen som klarade alla "
            f"ämnen minskade något, från {d1(a_year(lil, 2025)[2])} till {d1(a_year(lil, 2026)[2])} procent",
         [2], "A Lillå")
    if max(kom, key=lambda s: s[5]) is not nyb or lo is not nyb or \
            not a_year(nyb, 2026)[2] > a_year(nyb, 2025)[2]:
        errs.append("A: p3 says Nybodaskolan is the largest school with the lowest merit value and a higher share")
    need(A, f"Kommunens största skola har det lägsta meritvärdet, {d1(nyb[7])} poäng", [2], "A Nyboda")
    if hi is not fyr or not fyr[7] < fyr[4] or not all(s[7] > s[4] and a_year(s, 2026)[2] > a_year(s, 2025)[2]
                                                    for s in (nova, oas)):
        errs.append("A: p3 comment on the independent schools disagrees")
    need(A, f"{fyr[0]} har fortfarande det högsta meritvärdet i kommunen, {d1(fyr[7])} poäng, trots en minskning",
         [2], "A fristående")
    for i, (t_, who, when) in enumerate(A_DEV, 1):
        need(A, f"{i}. {t_} Ansvar: {who} | Klart: {when}", [2], "A development area")

    # (b) Dyvika, handlingsplan för näringslivsutveckling
    brk = [a[0] for a in B_ACTIONS].index(B_BREAK_AFTER)
    for k, x in enumerate(B_R):
        want = [2] if k <= brk else [3]
        if pages_of(B, x["item"]) != want:
            errs.append(f"B: action {x['r'][0]} printed on {pages_of(B, x['item'])}, expected {want}")
    if count(B, "Nr Åtgärd Ansvarig Klart Status Kostnad, tkr") != 2:
        errs.append("B: the heading must be printed on p2 and repeated on p3")
    need(B, "Tabellen fortsätter på nästa sida", [1], "B break note")
    need(B, "Tabell 1. Åtgärder per fokusområde (forts.)", [2], "B continued caption")
    brk_area = b_area_of(B_ACTIONS[brk])
    need(B, f"Fokusområde {brk_area}. {B_AREAS[brk_area - 1][1]} (forts.)", [2], "B continued area")
    for n_, name, goal in B_AREAS:
        need(B, f"Fokusområde {n_}. {name}", [1, 2], "B area heading")
        need(B, f"Summa fokusområde {n_} {g(b_area_sum(n_))}", [1, 2], "B area sum")
        if [b_area_of(a) for a in B_ACTIONS if b_area_of(a) == n_] == []:
            errs.append(f"B: empty focus area {n_}")
    if sum(b_area_sum(n_) for n_, _, _ in B_AREAS) != b_total():
        errs.append("B: the focus areas do not add up to the total")
    n_act = len(B_ACTIONS)
    need(B, f"Totalt, {n_act} åtgärder {g(b_total())}", [2], "B total row")
    if sum(b_count(s_) for s_ in B_STATUSES) != n_act or any(a[5] not in B_STATUSES for a in B_ACTIONS):
        errs.append("B: the status counts do not add up")
    if any(a[2] not in B_BODIES for a in B_ACTIONS):
        errs.append("B: unknown responsible body")
    need(B, " ".join(f"{s_} {b_count(s_)}" for s_ in B_STATUSES), [0], "B status bar")
    need(B, f"innehåller {n_act} åtgärder inom tre fokusområden. Per den {dmy(B_FOLLOWUP)} är {b_count('Klar')} "
            f"åtgärder klara, {b_count('Pågår')} pågår och {b_count('Ej påbörjad')} har ännu inte påbörjats", [0],
         "B status sentence")
    inom = sum(1 for a in B_ACTIONS if a[6] is None)
    need(B, f"Åtgärderna beräknas kosta sammanlagt {g(b_total())} tkr under 2027–2028, varav {g(b_area_sum(1))} tkr "
            f"inom service och bemötande, {g(b_area_sum(2))} tkr inom kompetensförsörjning och {g(b_area_sum(3))} "
            f"tkr inom mark, lokaler och infrastruktur. {'Tre' if inom == 3 else inom} åtgärder genomförs inom "
            "befintlig ram", [0], "B cost sentence")
    need(B, f"Dyvika har {g(B_COMPANIES)} företag med minst en anställd", [0], "B companies")
    need(B, f"Nöjd-Kund-Index på {B_NKI[1]}, jämfört med {B_NKI[0]}", [0], "B NKI")
    for a in B_ACTIONS:
        txt = a[3]
        if txt == "löpande":
            ok = a[4] is None
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", txt):
            ok = a[4] == _dt.date.fromisoformat(txt)
        elif txt.startswith("kv "):
            qn, yr = int(txt.split()[1]), int(txt.split()[2])
            ok = a[4] == (_dt.date(yr, 3 * qn, 31) if qn in (1, 4) else _dt.date(yr, 3 * qn, 30))
        else:
            mo, yr = txt.split()
            ok = a[4] is not None and a[4].year == int(yr) and a[4].month == MONTHS[mo] and \
                (a[4] + _dt.timedelta(days=1)).day == 1
        if not ok:
            errs.append(f"B: deadline text and date disagree for {a[0]}")
        if a[5] == "Klar" and a[4] is not None and a[4] > B_FOLLOWUP:
            errs.append(f"B: {a[0]} is marked Klar although its deadline lies after the follow-up date")
    late = [a[0] for a in B_ACTIONS if a[4] is not None and a[4] < B_FOLLOWUP and a[5] != "Klar"]
    if late != ["1.1", "2.3"]:
        errs.append(f"B: p4 names 1.1 and 2.3 as the delayed actions, data says {late}")
    need(B, f"Två åtgärder skulle enligt planen ha varit klara före uppföljningen men pågår fortfarande. "
            f"Företagslotsen ({late[0]})", [3], "B delayed")
    fib = [a for a in B_ACTIONS if a[0] == "3.2"][0]
    if fib[5] != "Ej påbörjad":
        errs.append("B: the passage explains why the fibre expansion has not started")
    need(B, B_PASSAGE, [3], "B passage")
    big2 = sorted(B_ACTIONS, key=lambda a: -b_cost(a))[:2]
    if [a[0] for a in big2] != ["3.2", "3.4"]:
        errs.append("B: p4 names the fibre and the cycle path as the largest actions")
    need(B, f"fiberutbyggnaden på {g(big2[0][6])} tkr och gång- och cykelvägen till Flisbacken på "
            f"{g(big2[1][6])} tkr", [3], "B largest")

    # (c) Fagerbro, delegationsbeslut
    for x in C_R:
        if not pages_of(C, x["item"]):
            errs.append(f"C: decision row {x['r'][0]} not printed")
    for x in C_R[:-1]:
        if pages_of(C, x["item"]) != [2]:
            errs.append(f"C: decision {x['r'][0]} printed on {pages_of(C, x['item'])}, expected [2]")
    if pages_of(C, C_R[-1]["item"]) != [3]:
        errs.append("C: the list continues on p3 with the last decision")
    if count(C, "Nr Ärende Inkom Beslutad Beslut Delegat") != 2:
        errs.append("C: the heading row must be printed on p2 and repeated on p3")
    need(C, "Bilaga. Förteckning över delegationsbeslut 1 januari–31 mars 2027 (forts.)", [2], "C continued")
    for nr, name in C_SECTIONS:
        need(C, f"Avsnitt {nr} · {name}", [1], "C section band")
        need(C, f"{nr} {name} " + " ".join(str(c_count(nr, b_)) for b_ in C_DECISIONS_KINDS) + f" {c_count(nr)}",
             [0], "C cross-tab row")
    need(C, "Totalt " + " ".join(str(c_count(beslut=b_)) for b_ in C_DECISIONS_KINDS) + f" {len(C_DECISIONS)}",
         [0], "C cross-tab total")
    if sum(c_count(beslut=b_) for b_ in C_DECISIONS_KINDS) != len(C_DECISIONS) or \
            sum(c_count(nr) for nr, _ in C_SECTIONS) != len(C_DECISIONS):
        errs.append("C: the cross-tab does not add up")
    WORDS = {3: "tre", 4: "fyra", 5: "fem", 11: "elva", 18: "arton"}
    bev, avs, avsk = (c_count(beslut=b_) for b_ in C_DECISIONS_KINDS)
    need(C, f"Under perioden fattades {WORDS[len(C_DECISIONS)]} beslut med stöd av delegation. "
            f"{WORDS[bev].capitalize()} ansökningar beviljades, {WORDS[avs]} avslogs och {WORDS[avsk]} ärenden "
            "avskrevs", [0], "C counts")
    for d_ in C_DECISIONS:
        if not (_dt.date(2027, 1, 1) <= d_[3] <= d_[4] <= _dt.date(2027, 3, 31)):
            errs.append(f"C: {d_[0]} dates outside the period or decided before received")
        if d_[5] not in C_DECISIONS_KINDS or d_[6] not in C_ROLES:
            errs.append(f"C: {d_[0]} bad decision or delegate")
        if d_[5] == "Avskrivs" and not ("återkallad" in d_[2] or "komplettering" in d_[2]):
            errs.append(f"C: written-off case {d_[0]} must say why")
    if [d_[0] for d_ in C_DECISIONS] != sorted(d_[0] for d_ in C_DECISIONS):
        errs.append("C: decision numbers out of order")
    if not (max(d_[4] for d_ in C_DECISIONS) < C_SKRIVELSE < C_MEETING):
        errs.append("C: the skrivelse must follow the decisions and precede the meeting")
    need(C, f"Sammanträde {dmy(C_MEETING)}", [0], "C meeting")
    d04 = [d_ for d_ in C_DECISIONS if d_[0] == "D-04"][0]
    if d04[5] != "Avslås" or "Drottninggatan" not in d04[2]:
        errs.append("C: the passage explains the refused sign on Drottninggatan")
    need(C, f"Ansökan om en reklamskylt på Drottninggatan ({d04[0]}) avslogs. " + C_PASSAGE, [2], "C passage")
    if c_count("5", "Avslås") != 2:
        errs.append("C: p3 speaks of two refused parking permits")
    ref6 = [d_ for d_ in C_DECISIONS if d_[1] == "6" and d_[5] == "Avslås"]
    if len(ref6) != 1 or "Nygatan" not in ref6[0][2]:
        errs.append("C: p3 explains the refused dispensation on Nygatan")
    ret = [d_ for d_ in C_DECISIONS if d_[5] == "Avskrivs" and "återkallad" in d_[2]]
    kompl = [d_ for d_ in C_DECISIONS if d_[5] == "Avskrivs" and "komplettering" in d_[2]]
    if len(ret) != 2 or len(kompl) != 1 or kompl[0][1] != "5":
        errs.append("C: p3 says two applications were withdrawn and one parking case lacked a completion")
    late_c = sum(1 for d_ in C_DECISIONS if c_days(d_) > C_LIMIT_DAYS)
    need(C, f"inom {C_LIMIT_DAYS} dagar från att den kom in. {WORDS[late_c].capitalize()} av periodens "
            f"{WORDS[len(C_DECISIONS)]} beslut fattades senare än så", [2], "C handling time")

    # (d) Lidsvik, miljöprogram
    for x in D_R:
        need(D, x["item"], [1], "D indicator row")
    areas = [a for a, _ in D_FOCUS]
    if sorted({i[1] for i in D_INDICATORS}) != sorted(areas):
        errs.append("D: every focus area needs indicators, and indicators must belong to a focus area")
    for k, a in enumerate(areas, 1):
        need(D, f"{k} {a}", [1], "D area row")
    for a, subs in D_FOCUS:
        need(D, a + " " + " ".join(f"– {s_}" for s_ in subs), [0], "D nested list")
    need(D, " ".join(i[0] for i in D_INDICATORS), [0], "D dot strip")
    cnt = collections.Counter(d_assess(i) for i in D_INDICATORS)
    W_ = {2: "två", 4: "fyra", 12: "tolv"}
    need(D, f"Programmet följs upp med {W_[len(D_INDICATORS)]} indikatorer. {W_[cnt['Uppnått']].capitalize()} av dem "
            f"har redan nått målvärdet för 2030, {W_[cnt['Rätt riktning']]} utvecklas i rätt riktning, "
            f"{W_[cnt['Står still']]} står still och {W_[cnt['Fel riktning']]} går åt fel håll", [0], "D counts")
    code_letter = {"Klimat och energi": "K", "Hållbar konsumtion och avfall": "A", "Vatten och natur": "V",
                   "Giftfri vardag": "G"}
    for i in D_INDICATORS:
        if not (i[4] < 2025 and i[0][0] == code_letter[i[1]]):
            errs.append(f"D: code or base year of {i[0]} wrong")
        if d_reached(i) and not ((i[7] - i[5]) * (1 if i[8] == ">=" else -1) > 0):
            errs.append(f"D: {i[0]} reached the target without moving from the base value")
    k1, k2, k4, a1, a2, v1, v2, g1, g2 = (d_ind(c_) for c_ in ("K1", "K2", "K4", "A1", "A2", "V1", "V2", "G1",
                                                                "G2"))
    if not (d_trend(k1) == "minskar" and not d_reached(k1) and d_reached(k4) and d_trend(k2) == "ökar" and
            d_assess(k2) == "Fel riktning"):
        errs.append("D: the comments on climate and energy disagree with the table")
    need(D, f"Utsläppen per invånare fortsätter att minska och var {d1(k1[7])} ton 2026", [2], "D K1")
    need(D, D_PASSAGE + f" Energianvändningen i kommunens lokaler var {g(k2[7])} kWh per kvadratmeter, mot "
                        f"{g(k2[6])} året innan", [2], "D passage")
    if not (d_reached(a1) and d_trend(a2) == "oförändrad" and d_reached(v2) and d_trend(v1) == "oförändrad" and
            g2[7] == 100 and d_trend(g1) == "minskar"):
        errs.append("D: the comments on p3 disagree with the table")
    need(D, f"oförändrad, {g(a2[7])} kg per invånare", [2], "D A2")
    need(D, f"skyddad natur var oförändrad, {d1(v1[7])} procent", [2], "D V1")
    need(D, f"Andelen ekologiska livsmedel minskade till {g(g1[7])} procent", [2], "D G1")
    for t_ in D_NEXT:
        need(D, t_, [2], "D next steps")
    need(D, f"Oförändrad = förändringen är mindre än {int(D_STABLE * 100)} procent", [1], "D trend note")

    # (e) Nävsjö, kommunstyrelsens protokoll
    for m in E_MEMBERS:
        need(E, e_member_row_text(m), [0], "E attendance row")
    for s_ in E_SUBSTITUTES:
        need(E, e_sub_row_text(s_), [0], "E substitute row")
    absent = [m[0] for m in E_MEMBERS if m[3] == "Frånvarande"]
    if sorted(absent) != sorted(s_[2] for s_ in E_SUBSTITUTES) or \
            any(e_party(s_[0]) != e_party(s_[2]) for s_ in E_SUBSTITUTES):
        errs.append("E: every absent member needs one substitute of the same party")
    serving = e_serving()
    if len(serving) != len(E_MEMBERS) or len(set(serving)) != len(serving):
        errs.append("E: eleven members must take part in the decisions")
    for par, (ja, nej) in E_VOTES.items():
        nejs = E_NEJ_143 if par == 143 else E_NEJ_144
        if ja + nej != len(serving) or len(nejs) != nej or not set(nejs) <= set(serving):
            errs.append(f"E: vote in § {par} does not add up")
        need(E, f"Omröstningsresultat: {ja} ja, {nej} nej", [1, 2], f"E vote § {par}")
    # party discipline: the parties vote as blocks
    for par in E_VOTES:
        nejs = set(E_NEJ_143 if par == 143 else E_NEJ_144)
        for party in {e_party(n_) for n_ in serving}:
            members = [n_ for n_ in serving if e_party(n_) == party]
            if 0 < sum(1 for n_ in members if n_ in nejs) < len(members):
                errs.append(f"E: party {party} split in the vote of § {par}")
    need(E, "Nej röstade " + ", ".join(f"{n_} ({e_party(n_)})" for n_ in E_NEJ_143[:-1]) +
         f" och {E_NEJ_143[-1]} ({e_party(E_NEJ_143[-1])})", [1], "E nej-voters 143")
    need(E, "Nej röstade " + ", ".join(f"{n_} ({e_party(n_)})" for n_ in E_NEJ_144[:-1]) +
         f" och {E_NEJ_144[-1]} ({e_party(E_NEJ_144[-1])})", [2], "E nej-voters 144")
    ec = E_ECON
    if r1(ec["budget_result"] + ec["nettokostnad_avvikelse"] + ec["skatter"]) != ec["forecast_result"]:
        errs.append("E: § 142 forecast = budget + deviation of the committees + taxes")
    need(E, f"visar ett resultat på {d1(ec['forecast_result'])} mnkr, att jämföra med budgeterade "
            f"{d1(ec['budget_result'])} mnkr. Nämndernas sammanlagda budgetavvikelse väntas bli "
            f"{d1(ec['nettokostnad_avvikelse'])} mnkr", [1], "E § 142")
    if "−" not in " ".join(text_layer(E)):
        errs.append("E: the negative deviation must be printed with '−'")
    need(E, f"Investeringarna beräknas uppgå till {d1(ec['inv_forecast'])} mnkr av budgeterade "
            f"{d1(ec['inv_budget'])} mnkr", [1], "E § 142 investments")
    p = E_PRESCHOOL
    need(E, f"Investeringen beräknas till {d1(p['invest'])} mnkr, varav {d1(p['inventarier'])} mnkr för inventarier "
            f"och utemiljö. De ökade driftkostnaderna beräknas till {d1(p['drift'])} mnkr per år", [1], "E § 143")
    for i, t_ in enumerate(E_ATT_143, 1):
        need(E, f"{i}. {t_}", [2], "E att-list")
    if not (d1(p["invest"]) in E_ATT_143[1] and d1(p["drift"]) in E_ATT_143[3] and
            str(p["platser"]) in E_ATT_143[0]):
        errs.append("E: the att-list disagrees with the description of § 143")
    need(E, E_PASSAGE, [2], "E passage")
    if not {"Ann-Sofie Dalin", "Leif Olausson"} <= set(E_NEJ_143):
        errs.append("E: the reserving SD members must have voted nej")
    if "Nadja Levin" not in E_NEJ_144:
        errs.append("E: Nadja Levin reserves herself in § 144 and must have voted nej")
    need(E, f"kostnaden till {d1(E_SENIOR['kostnad'])} mnkr per år, motsvarande cirka {g(E_SENIOR['resor'])} resor",
         [2], "E § 144")
    if E_JUSTERARE not in serving:
        errs.append("E: the justerare must be a serving member")
    if not (E_DATE < E_ADJUST < E_POSTED < E_TAKEN_DOWN and (E_TAKEN_DOWN - E_POSTED).days >= 21):
        errs.append("E: the dates of justering and anslag are out of order")
    need(E, f"Anslaget sätts upp: {E_POSTED.isoformat()}. Anslaget tas ned: {E_TAKEN_DOWN.isoformat()}", [0],
         "E anslag")

    # (f) Orvika, föreningsbidrag (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["item"]) not in scan:
            errs.append(f"F: scanned row {x['r'][0]} missing")
    MAXIMA = {"Verksamhetsbidrag": 100000, "Lokalbidrag": 150000, "Arrangemangsbidrag": 20000}
    for r_ in F_GRANTS:
        if r_[1] not in F_KINDS or not 0 <= r_[3] <= r_[2] or r_[3] > MAXIMA[r_[1]]:
            errs.append(f"F: implausible grant {r_[0]} {r_[1]}")
        want_ = "Bifall" if r_[3] == r_[2] else ("Avslag" if r_[3] == 0 else "Delvis bifall")
        if r_[4] != want_:
            errs.append(f"F: decision of {r_[0]} {r_[1]} disagrees with the amounts")
    n_, assoc, bif, dlv, avs = f_counts()
    if n_ != bif + dlv + avs:
        errs.append("F: every application must be granted, partly granted or refused")
    if norm(f"Antal ansökningar: {n_} från {assoc} föreningar, varav bifall {bif}, delvis bifall {dlv} och avslag "
            f"{avs}.") not in scan:
        errs.append("F: count line of the scan wrong")
    if norm(f"Summa {g(f_sum(2))} {g(f_sum(3))}") not in scan:
        errs.append("F: Summa row of the scan wrong")
    WF = {2: "två", 4: "fyra", 10: "tio", 14: "fjorton", 16: "sexton"}
    need(F, f"kom det in {WF[n_]} ansökningar från {WF[assoc]} föreningar. Förvaltningen föreslår bifall till "
            f"{WF[bif]} ansökningar, delvis bifall till {WF[dlv]} och avslag på {WF[avs]}", [0], "F counts")
    if f_sum(3) > F_FRAME or f_rest() != F_FRAME - f_sum(3):
        errs.append("F: the grants must fit within the frame")
    need(F, f"Nämndens ram för föreningsbidrag är {g(F_FRAME)} kr för 2027, att jämföra med {g(F_FRAME_2026)} kr för "
            "2026", [0], "F frame")
    need(F, f"Efter fördelningen återstår {g(f_rest())} kr", [0], "F rest")
    if not (F_DEADLINE < F_SIGNED < F_SKRIVELSE < F_MEETING):
        errs.append("F: deadline, signature, skrivelse and meeting out of order")
    need(F, f"sista ansökningsdag den {dmy(F_DEADLINE)}", [0], "F deadline")
    if norm(F_SIGNED.isoformat()) not in scan or norm(f"senast {dmy(F_DEADLINE)}") not in scan:
        errs.append("F: the scan must carry the signature date and the deadline")
    oif = [r_ for r_ in F_GRANTS if r_[0] == "Orvika IF" and r_[1] == "Lokalbidrag"][0]
    if oif[4] != "Delvis bifall" or r0(oif[2] * 0.8) != oif[3] or F_PASSAGE not in F_NOTES[0]:
        errs.append("F: note 1 explains the 80 per cent lokalbidrag of Orvika IF")
    refused = [r_[0] for r_ in F_GRANTS if r_[4] == "Avslag"]
    if not all(any(name in t_ for t_ in F_NOTES[1:]) for name in refused):
        errs.append("F: every refusal needs a note")
    for t_ in F_NOTES:
        if norm(t_) not in scan:
            errs.append("F: a note is missing from the scan")
    for r_ in F_HISTORY:
        need(F, f"{r_[0]} {g(r_[1])} {g(r_[2])} {g(r_[3])}", [2], "F history row")
    need(F, "Summa " + " ".join(g(f_hist_total(k)) for k in (1, 2, 3)), [2], "F history total")
    if not (f_hist_total(1) < f_hist_total(2) < f_hist_total(3) <= F_FRAME_2026):
        errs.append("F: the grants rose every year and 2026 fitted in its frame")
    lok = [r_ for r_ in F_HISTORY if r_[0] == "Lokalbidrag"][0]
    if max(F_HISTORY, key=lambda r_: r_[3]) is not lok:
        errs.append("F: p3 says lokalbidrag is the largest form")
    need(F, f"från {g(f_hist_total(1))} kr 2024 till {g(f_hist_total(3))} kr 2026. Lokalbidraget är den största "
            f"bidragsformen och utgjorde {round(lok[3] / f_hist_total(3) * 100)} procent", [2], "F history text")
    layer_f = norm(" ".join(text_layer(F)))
    for r_ in F_GRANTS:
        if norm(r_[0]) in layer_f:
            errs.append(f"F: scanned association {r_[0]!r} repeated in the text layer")
    for s_ in (g(f_sum(2)), g(f_sum(3)), "klubbstugan", "säsongskort", F_SIGNED.isoformat()):
        if norm(s_) in layer_f:
            errs.append(f"F: scanned fact {s_!r} repeated in the text layer")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row, {n_group} filtering by a group heading); whole lists "
          f"{sum(1 for q in qs if q['id'] in EXACT)}; on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
