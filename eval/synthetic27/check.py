"""Checks ../heldout_syn27.jsonl against the six PDFs in this folder (pypdf text; for the scanned page 2 of the
Vemmeby document, whose image has no text layer, against the page text kept in data.py).

Modelled on ../synthetic26/check.py (the generic part is copied from there, with the counts, the documents and the
data checks of synthetic27).

* format: 48 questions h27001..h27048, key order, types 20 figure / 10 list / 6 passage / 12 none,
  12 in English (at least 6 figures, 2 lists and 3 none), at least 7 conditional lists of which at least 3
  compare two cells of the same row;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; for the scanned page the text is
  data.f_scan_text(), and those evidence phrases and figure texts must NOT occur in the text layer of any page
  (so that only the image answers them);
* figure values agree with their verbatim text (dates as YYYY-MM-DD or "30 september 2027"; "hösten 2029" as
  the year);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next);
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality, the scanned text included (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a) and (e); metadata titles exactly in (a) and (c),
  no landscape page, page 2 of (f) an image without text, no names of earlier synthetic municipalities or
  places (FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic26/check.py, which include the OWN names of
  ../synthetic25), no real municipality or region (REAL) among our own names or as a word in the PDFs, our own
  names (OWN) and persons all start with K, P, R, S, V or W and none of OWN occurs in the READMEs of the earlier
  sets or in ../synthetic24/check.py and ../synthetic26/check.py;
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
from data import (A_NAMNDER, A_TARGET_USE, A_BUDGET_RESULT, A_TAX_DEV, A_FIN_DEV, A_PERIOD_RESULT,  # noqa
                  A_TAX_TOTAL, A_GOAL_PCT, A_HOURS, A_SKOLSKJUTS, A_PASSAGE, A_MEASURES, a_dev, a_use, a_total,
                  a_forecast,
                  B_FORV, B_TOTAL_NAME, B_PERMANENT, B_LEFT, B_TURNOVER_2025, B_AGES, B_PYRAMID, B_PASSAGE,
                  B_BREAK_AFTER, B_MEASURES, b_total, b_share_women, b_sick_total, b_sum, b_sick_all,
                  C_GROUPS, C_BREAK_AFTER, C_YEARS, C_POP, C_PASSAGE, c_projects, c_ready_year, c_group_sum,
                  c_total, c_increase,
                  D_U, D_D, D_E, D_MAL, D_REC, D_N_2026, D_N_2025, D_SAMPLE, D_INTERVIEWS, D_SAFE, D_FORHAND,
                  D_OWN_2025, D_PASSAGE, d_counts, d_pct,
                  E_GROUPS, E_BREAK_AFTER, E_INDEX, E_PASSAGE, E_EXKL, e_rows, e_change,
                  F_POINTS, F_NOTE1, F_NOTE2, F_MEASURES, f_change, f_row, f_scan_text,
                  MONTHS as MONTH_NAMES, g, d1, r1)

QFILE = HERE.parent / "heldout_syn27.jsonl"
N_Q = 48
BASE = 27000
PREFIX = "h"
WANT_TYPES = {"figure": 20, "list": 10, "passage": 6, "none": 12}
WANT_EN = 12
MIN_EN_LISTS = 2
MIN_EN_FIGS = 6
MIN_EN_NONE = 3
MIN_COND = 7
MIN_PAIR = 3          # conditional lists that compare two cells of the same row
MIN_ANSWERABLE = 5    # answerable questions per document
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}

A = "kvillsta-delarsrapport-aug-2026.pdf"
B = "prastmora-personalbokslut-2026.pdf"
C = "spjutsjo-lokalforsorjningsplan-2027-2031.pdf"
D = "wendelsby-revisionsrapport-orosanmalningar-2026.pdf"
E = "ramsaker-taxa-sotning-brandskyddskontroll-2027.pdf"
F = "vemmeby-trafikmatningar-2026.pdf"
PLACE = {A: "Kvillsta", B: "Prästmora", C: "Spjutsjö", D: "Wendelsby", E: "Ramsåker", F: "Vemmeby"}
WITH_TITLE = {A, C}
WITH_MINUS = {A, E}         # documents that print negative numbers with "−"
LANDSCAPE = {}
SCANNED = {F: {2: f_scan_text()}}   # pages without a text layer: the text printed in the image
LETTERS = "KPRSVW"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic26/check.py (its FORBIDDEN already holds the FORBIDDEN and
# OWN lists of ../synthetic25/check.py, whose definitions we read with grep/sed, those lines only).
# ../synthetic28 is written at the same time by another writer with other letters; see the README.
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
]
# real Swedish municipalities beginning with K, P, R, S, V or W (none begins with W) and the regions whose names
# begin with these letters: none of them may be one of our names, and none may occur as a word in our PDFs
REAL = ["Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil",
        "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla",
        "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping",
        "Pajala", "Partille", "Perstorp", "Piteå",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg",
        "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg",
        "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge",
        "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vänersborg", "Vännäs", "Värmdö", "Värnamo",
        "Västervik", "Västerås", "Växjö",
        # regions
        "Kalmar län", "Kronoberg", "Skåne", "Sörmland", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
        "Västra Götaland"]
# our own invented names (municipalities first, then schools, preschools, homes, streets, places, companies);
# later sets should add them to their FORBIDDEN lists
OWN = ["Kvillsta", "Prästmora", "Spjutsjö", "Wendelsby", "Ramsåker", "Vemmeby",
       "Svalängsskolan", "Kornboskolan", "Vedbyskolan", "Kronvallsskolan", "Snickarbodens förskola",
       "Ryttarängens förskola", "Pilfinkens förskola", "Solkattens förskola", "Solrosens äldreboende",
       "Västanvindens äldreboende", "Ribbingsgården", "Solrosvägen",
       "Prövik Revision", "Rydqvist Trafikanalys",
       "Ringleden", "Pilgatan", "Köpmangatan", "Kvarngatan", "Vallgatan", "Verkstadsgatan", "Skogsvägen",
       "Parkvägen", "Södra infarten", "Sjöviksvägen", "Sandhedsskolan", "Parkskolan"]
# invented persons (first and last name both begin with one of our letters)
PERSONS = ["Karin Sandell", "Petter Wall", "Viktoria Strand", "Rolf Kjellberg", "Stina Wahlund", "Klas Rask",
           "Per Sjödin", "Ragnar Vik"]
# earlier sets: README.md of each, and check.py of the two sets we were allowed to read as templates.
TEMPLATES = ["synthetic24", "synthetic26"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 27)]   # README.md only


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
A_R = [dict(r=n, item=f"{n[0]} {d1(n[1])} {d1(n[2])} {d1(a_use(n))} {d1(n[3])} {d1(a_dev(n), plus=True)}")
       for n in A_NAMNDER]
B_R1 = [dict(r=f, item=f"{f[0]} {g(f[1])} {g(f[2])} {g(b_total(f))} {d1(b_share_women(f))} {d1(f[3])}")
        for f in B_FORV]
B_R2 = [dict(r=f, item=f"{f[0]} 2025 {d1(f[4][0])} {d1(f[4][2])} {d1(b_sick_total(f, 0))} "
                       f"2026 {d1(f[4][1])} {d1(f[4][3])} {d1(b_sick_total(f, 1))}") for f in B_FORV]
C_R = [dict(r=(gr, p), item=f"{p[0]} {d1(p[2])} {'–' if p[3] is None else d1(p[3])} {p[4]} {p[5]} {p[6]} {p[1]}")
       for gr, p in c_projects()]
D_R = [dict(r=m, item=f"{m[0]}. {m[1]} {m[2]} {m[3]}") for m in D_MAL]
E_R = [dict(r=(gr, r), item=f"{r[0]} {r[1]}{'**' if r[3] is None else ''} {r[2]} "
                            f"{'Offert' if r[3] is None else g(r[3])} {'Offert' if r[4] is None else g(r[4])} "
                            f"{'–' if e_change(r) is None else d1(e_change(r), plus=True)} "
                            f"{r[5]}{'*' if r[5] == E_EXKL else ''}") for gr, r in e_rows()]
F_R = [dict(r=p, item=" ".join(f_row(p))) for p in F_POINTS]

# qid -> (rows, predicate on the raw row)
COND = {
    "h27005": (A_R, lambda n: n[3] > n[1]),                                 # forecast above budget (pair)
    "h27006": (A_R, lambda n: a_use(n) > A_TARGET_USE),                     # used more than two thirds
    "h27014": (B_R2, lambda f: f[4][3] > f[4][1]),                          # men above women 2026 (pair)
    "h27015": (B_R1, lambda f: f[3] > 46),                                  # average age over 46
    "h27022": (C_R, lambda gp: c_ready_year(gp[1]) <= 2028),                # ready by 2028
    "h27023": (C_R, lambda gp: gp[1][3] is not None and gp[1][2] > gp[1][3]),   # dearer than plan 2026 (pair)
    "h27030": (D_R, lambda m: m[2] == D_D),                                 # assessment "Delvis uppfyllt"
    "h27037": (E_R, lambda gr: gr[1][3] is not None and gr[1][4] <= gr[1][3]),  # 2027 not above 2026 (pair)
    "h27038": (E_R, lambda gr: e_change(gr[1]) is not None and e_change(gr[1]) > 5.0),   # more than 5 %
    "h27045": (F_R, lambda p: p[6] > p[7]),                                 # mean speed above limit (pair)
}
PAIR = {"h27005", "h27014", "h27023", "h27037", "h27045"}
# complete lists: every list item of the document, exactly once
EXACT = {}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h27008": (A, [r"2025", r"[Ff]öregående år", r"[Ff]jol", r"[Ss]amma period"]),
    "h27009": (A, [r"[Aa]pril", r"[Tt]ertial", r"per 30 "]),
    "h27017": (B, [r"2024"]),
    "h27018": (B, [r"[Hh]eltid", r"[Dd]eltid", r"[Ss]ysselsättningsgrad"]),
    "h27025": (C, [r"[Dd]rift", r"\btkr\b", r"per år", r"[Hh]yreskostnad", r"[Kk]apitalkostnad"]),
    "h27026": (C, [r"Vedby[^.]{0,80}\d+\s+elever", r"\d+\s+elever[^.]{0,60}Vedby", r"Vedby[^.]{0,80}\d+\s+barn"]),
    "h27032": (D, [r"\bkr\b", r"[Kk]ronor", r"\btkr\b", r"[Aa]rvode", r"[Kk]ostnad", r"[Kk]ostade", r"[Tt]immar"]),
    "h27033": (D, [r"\d[^.]{0,80}utredning", r"[Uu]tredning[^.]{0,80}\d", r"[Ii]nled[a-z]* (?:en )?utredning"]),
    "h27040": (E, [r"[Ii]mkanal i restaurangkök\*{0,2}\s+per tillfälle\s+\d", r"[Ii]mkanal[^.]{0,40}\d+\s*kr"]),
    "h27041": (E, [r"2025"]),
    "h27047": (F, [r"[Oo]lyck", r"[Kk]ollision", r"[Pp]ersonskad", r"[Kk]rock"]),
    "h27048": (F, [r"2022"]),
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
    """'2027-09-21' or '30 september 2027' -> 'YYYY-MM-DD'."""
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
    if not (n_scan["figure"] == 2 and n_scan["list"] == 1 and n_scan["passage"] == 1):
        errs.append(f"scanned page: {dict(n_scan)} questions, expected 2 figure, 1 list and 1 passage")

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


    # (a) Kvillsta, delårsrapport per 31 augusti 2026
    tot = a_total()
    tdev = a_dev(tot)
    for x in A_R:
        if pages_of(A, x["item"]) != [2]:
            errs.append(f"A: nämnd row {x['r'][0]} printed on {pages_of(A, x['item'])}, expected [2]")
    for n in A_NAMNDER:
        if r1(n[1] - n[3]) != a_dev(n):
            errs.append(f"A: deviation of {n[0]}")
        if n[4]:
            for k in (1, 2, 3):
                if r1(sum(v[k] for v in n[4])) != n[k]:
                    errs.append(f"A: the varav rows of {n[0]} do not add up (column {k})")
            for v in n[4]:
                need(A, f"varav {v[0].lower()} {d1(v[1])} {d1(v[2])} {d1(a_use(v))} {d1(v[3])} "
                        f"{d1(a_dev(v), plus=True)}", [1], "A varav row")
    need(A, f"Summa nämnder {d1(tot[1])} {d1(tot[2])} {d1(a_use(tot))} {d1(tot[3])} {d1(tdev, plus=True)}", [1],
         "A total row")
    p2a = pdf_pages(A)[2][1]
    if not p2a.find(norm(A_R[-1]["item"])) < p2a.find(norm("Summa nämnder")):
        errs.append("A: the total row must come last")
    need(A, "Nämnd Budget 2026 Utfall jan–aug Förbrukat, % Prognos helår Avvikelse mot budget", [1], "A heading")
    fc = a_forecast()
    if r1(A_BUDGET_RESULT + tdev + A_TAX_DEV + A_FIN_DEV) != fc or fc <= 0:
        errs.append("A: the forecast does not follow from budget and deviations (balance requirement met)")
    need(A, f"Periodens resultat per den 31 augusti 2026 uppgår till {d1(A_PERIOD_RESULT)} mnkr. Prognosen för "
            f"helåret är ett resultat på {d1(fc)} mnkr, vilket är {d1(A_BUDGET_RESULT - fc)} mnkr lägre än det "
            f"budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr", [0], "A summary")
    need(A, f"ett underskott mot budget på {d1(-tdev)} mnkr. Skatteintäkter och generella statsbidrag väntas ge "
            f"{d1(A_TAX_DEV)} mnkr mer än budgeterat och finansnettot {d1(A_FIN_DEV)} mnkr mer", [0], "A deviations")
    nd = sum(1 for n in A_NAMNDER if a_dev(n) < 0)
    ns = sum(1 for n in A_NAMNDER if a_dev(n) > 0)
    nb_ = sum(1 for n in A_NAMNDER if a_dev(n) == 0)
    if (nd, ns, nb_) != (4, 3, 1):
        errs.append("A: p1 says four deficits, three surpluses and one in balance")
    need(A, "Fyra nämnder räknar med underskott, tre med överskott och en med en budget i balans", [0], "A counts")
    need(A, f"motsvarar {d1(r1(fc / A_TAX_TOTAL * 100))} procent av dem, mot det finansiella målet "
            f"{d1(A_GOAL_PCT)} procent", [0], "A goal")
    if not fc / A_TAX_TOTAL * 100 < A_GOAL_PCT:
        errs.append("A: p1 says the financial goal is not met")
    need(A, f"{d1(A_BUDGET_RESULT)} Budgeterat resultat {d1(tdev, plus=True)} Nämnderna {d1(A_TAX_DEV, plus=True)} "
            f"Skatter och statsbidrag {d1(A_FIN_DEV, plus=True)} Finansnetto {d1(fc)} Prognos helår", [0],
         "A waterfall labels")
    need(A, f"riktvärdet {d1(A_TARGET_USE)} procent, som motsvarar åtta av årets tolv månader", [1], "A note")
    if r1(8 / 12 * 100) != A_TARGET_USE:
        errs.append("A: 66,7 is eight of twelve months")
    by = {n[0]: n for n in A_NAMNDER}
    sv_ = {v[0]: v for v in by["Socialnämnden"][4]}
    bv_ = {v[0]: v for v in by["Barn- och utbildningsnämnden"][4]}
    big = sorted(A_NAMNDER, key=a_dev)
    if big[0][0] != "Socialnämnden" or big[1][0] != "Barn- och utbildningsnämnden":
        errs.append("A: p3 comments on the two largest deficits first")
    need(A, f"underskott på {d1(-a_dev(by['Socialnämnden']))} mnkr. Äldreomsorgen står för "
            f"{d1(-a_dev(sv_['Äldreomsorg']))} mnkr av underskottet. Under januari–augusti utfördes "
            f"{g(A_HOURS[0])} hemtjänsttimmar, att jämföra med {g(A_HOURS[1])} timmar", [2], "A social services")
    if not A_HOURS[0] > A_HOURS[1]:
        errs.append("A: more home-care hours than budgeted")
    need(A, f"Funktionsstöd visar {d1(a_dev(sv_['Funktionsstöd']))} mnkr", [2], "A funktionsstöd")
    need(A, f"familjeomsorgen ({d1(a_dev(sv_['Individ- och familjeomsorg']))} mnkr)", [2], "A IFO")
    need(A, f"räknar med {d1(a_dev(by['Barn- och utbildningsnämnden']))} mnkr, varav "
            f"{d1(a_dev(bv_['Grundskola']))} mnkr i grundskolan", [2], "A BUN")
    if not 0 < A_SKOLSKJUTS < -a_dev(by["Barn- och utbildningsnämnden"]):
        errs.append("A: the school transport is part of BUN's deficit")
    need(A, f"Av underskottet avser {d1(A_SKOLSKJUTS)} mnkr skolskjutsarna. " + A_PASSAGE, [2], "A passage")
    ks = by["Kommunstyrelsen"]
    if r1(1.8 + 0.9) != a_dev(ks) or not a_use(ks) > A_TARGET_USE:
        errs.append("A: p3 on kommunstyrelsen disagrees with the table")
    need(A, f"Överskottet på {d1(a_dev(ks))} mnkr beror på", [2], "A KS")
    need(A, f"Förbrukningen är ändå {d1(a_use(ks))} procent", [2], "A KS use")
    sbn = by["Samhällsbyggnadsnämnden"]
    if r1(2.2 + 0.9) != a_dev(sbn):
        errs.append("A: p3 on samhällsbyggnadsnämnden does not add up")
    need(A, f"Överskottet på {d1(a_dev(sbn))} mnkr kommer från", [2], "A SBN")
    need(A, f"Underskottet på {d1(-a_dev(by['Kultur- och fritidsnämnden']))} mnkr beror på", [2], "A KFN")
    for m in A_MEASURES:
        need(A, "– " + m, [2], "A measures")

    # (b) Prästmora, personalbokslut 2026
    W_, M_, T_, AGE = b_sum()
    for x in B_R1:
        need(B, x["item"], [1], "B Tabell 1 row")
    need(B, f"{B_TOTAL_NAME} {g(W_)} {g(M_)} {g(T_)} {d1(r1(W_ / T_ * 100))} {d1(AGE)}", [1], "B Tabell 1 total")
    brk = [f[0] for f in B_FORV].index(B_BREAK_AFTER)
    for k, x in enumerate(B_R2):
        want = [2] if k <= brk else [3]
        if pages_of(B, x["item"]) != want:
            errs.append(f"B: Tabell 2 block {x['r'][0]} printed on {pages_of(B, x['item'])}, expected {want}")
    need(B, f"{B_TOTAL_NAME} 2025 {d1(b_sick_all('K', 0))} {d1(b_sick_all('M', 0))} {d1(b_sick_all('T', 0))} "
            f"2026 {d1(b_sick_all('K', 1))} {d1(b_sick_all('M', 1))} {d1(b_sick_all('T', 1))}", [2],
         "B Tabell 2 total")
    if count(B, "Förvaltning År Kvinnor Män Samtliga") != 2:
        errs.append("B: the heading of Tabell 2 must be printed on p2 and repeated on p3")
    need(B, "Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid 2025 och 2026 (forts.)", [2], "B forts.")
    need(B, "Tabellen fortsätter på nästa sida", [1], "B break note")
    need(B, f"hade Prästmora kommun {g(T_)} anställda, varav {g(W_)} kvinnor och {g(M_)} män. Av dem var "
            f"{g(B_PERMANENT)} tillsvidareanställda och {g(T_ - B_PERMANENT)} visstidsanställda. Medelåldern var "
            f"{d1(AGE)} år", [0], "B summary")
    need(B, f"Sjukfrånvaron ökade till {d1(b_sick_all('T', 1))} procent av den ordinarie arbetstiden, från "
            f"{d1(b_sick_all('T', 0))} procent året innan. Bland kvinnorna var den {d1(b_sick_all('K', 1))} procent "
            f"({d1(b_sick_all('K', 0))} procent 2025) och bland männen {d1(b_sick_all('M', 1))} procent "
            f"({d1(b_sick_all('M', 0))} procent 2025)", [0], "B sick leave summary")
    if not b_sick_all("T", 1) > b_sick_all("T", 0):
        errs.append("B: p1 says sick leave rose")
    need(B, f"Under 2026 slutade {B_LEFT} av de tillsvidareanställda, vilket ger en personalomsättning på "
            f"{d1(r1(B_LEFT / B_PERMANENT * 100))} procent, jämfört med {d1(B_TURNOVER_2025)} procent 2025", [0],
         "B turnover")
    if sum(w for w, _ in B_PYRAMID) != W_ or sum(m for _, m in B_PYRAMID) != M_:
        errs.append("B: the age pyramid does not add up to the totals")
    for age, (w, m) in zip(B_AGES, B_PYRAMID):
        need(B, f"{g(w)} {age} {g(m)}", [0], "B pyramid")
    byb = {f[0]: f for f in B_FORV}
    two = b_total(byb["Vård- och omsorgsförvaltningen"]) + b_total(byb["Barn- och utbildningsförvaltningen"])
    if not two * 4 > T_ * 3:
        errs.append("B: p2 says more than three quarters")
    need(B, f"har tillsammans {g(two)} anställda", [1], "B two largest")
    if max(B_FORV, key=lambda f: f[3])[0] != "Serviceförvaltningen" or \
            min(B_FORV, key=lambda f: f[3])[0] != "Kultur- och fritidsförvaltningen":
        errs.append("B: p2 names the oldest and youngest förvaltning")
    if [f[0] for f in B_FORV if f[2] > f[1]] != ["Samhällsbyggnadsförvaltningen"]:
        errs.append("B: p2 says only samhällsbyggnadsförvaltningen has more men than women")
    svc, vo = byb["Serviceförvaltningen"], byb["Vård- och omsorgsförvaltningen"]
    if not (vo[4][1] == max(f[4][1] for f in B_FORV if f is not svc) and vo[4][1] < vo[4][0]
            and svc[4][1] > svc[4][0]):
        errs.append("B: p3 on vård och omsorg / serviceförvaltningen disagrees with Tabell 2")
    need(B, f"ökade kvinnornas sjukfrånvaro från {d1(svc[4][0])} till {d1(svc[4][1])} procent. " + B_PASSAGE, [2],
         "B passage")
    men_higher = [f for f in B_FORV if f[4][3] > f[4][1]]
    need(B, f"I {len(men_higher)} av {len(B_FORV)} förvaltningar var männens sjukfrånvaro högre", [2], "B men")
    if max(men_higher, key=lambda f: f[4][3] - f[4][1])[0] != "Samhällsbyggnadsförvaltningen":
        errs.append("B: p3 says the gap is largest in samhällsbyggnadsförvaltningen")
    if 61 + 126 != B_LEFT:
        errs.append("B: p3 retirements and other departures do not add up")
    need(B, f"Av de {B_LEFT} tillsvidareanställda som slutade under 2026 gick 61 i pension och 126", [2],
         "B departures")
    for m in B_MEASURES:
        need(B, "• " + m, [2], "B measures")

    # (c) Spjutsjö, lokalförsörjningsplan 2027–2031
    projs = [p for _, p in c_projects()]
    brk = [p[0] for p in projs].index(C_BREAK_AFTER)
    for k, x in enumerate(C_R):
        want = [2] if k <= brk else [3]
        if pages_of(C, x["item"]) != want:
            errs.append(f"C: project {x['r'][1][0]} printed on {pages_of(C, x['item'])}, expected {want}")
    if count(C, "Projekt och åtgärd Investering mnkr Plan 2026 mnkr Start Klart Status Tidslinje 27 28 29 30 31") \
            != 2:
        errs.append("C: the heading must be printed on p2 and repeated on p3")
    need(C, "Tabell 1. Investeringsprojekt i lokalförsörjningsplanen 2027–2031 (forts.)", [2], "C forts.")
    cont = [gr for gr, p in c_projects() if p[0] == C_BREAK_AFTER][0]
    need(C, f"{cont} (forts.)", [2], "C continued group band")
    need(C, "Tabellen fortsätter på nästa sida", [1], "C break note")
    for gr, ps in C_GROUPS:
        need(C, f"{gr} {len(ps)} projekt", [1] if [p[0] for p in projs].index(ps[0][0]) <= brk else [2],
             "C group band")
        last = [p[0] for p in projs].index(ps[-1][0])
        need(C, f"Delsumma {gr.lower()} {d1(c_group_sum(gr))}", [1] if last <= brk else [2], "C Delsumma")
    if r1(sum(c_group_sum(gr) for gr, _ in C_GROUPS)) != c_total():
        errs.append("C: the groups do not add up to the total")
    need(C, f"Totalt, {len(projs)} projekt {d1(c_total())}", [2], "C total")
    for p in projs:
        if not (p[4] <= c_ready_year(p) and C_YEARS[0] - 1 <= p[4] <= C_YEARS[-1]
                and c_ready_year(p) <= C_YEARS[-1]):
            errs.append(f"C: implausible years for {p[0]}")
        if p[4] < C_YEARS[0] and p[6] != "Byggnation":
            errs.append(f"C: {p[0]} started before 2027 but is not under construction")
    gs = {gr: c_group_sum(gr) for gr, _ in C_GROUPS}
    need(C, f"Planen omfattar {len(projs)} projekt med en sammanlagd investering på {d1(c_total())} mnkr under "
            f"perioden 2027–2031. Skolorna svarar för {d1(gs['Skolor'])} mnkr, förskolorna för "
            f"{d1(gs['Förskolor'])} mnkr och äldreboendena för {d1(gs['Äldreboenden'])} mnkr", [0], "C summary")
    up, up_sum = c_increase()
    down = [p for p in projs if p[3] is not None and p[2] < p[3]]
    ready28 = [p for p in projs if c_ready_year(p) <= 2028]
    if (len(up), len(down), len(ready28)) != (6, 1, 4) or down[0][0] != "Spjutsjö gymnasium":
        errs.append("C: p1 says six dearer, the gymnasium cheaper and four ready by 2028")
    need(C, f"Sex projekt har blivit dyrare sedan planen för 2026, sammanlagt {d1(up_sum)} mnkr", [0], "C dearer")
    need(C, f"Ombyggnaden av Spjutsjö gymnasium blir {d1(r1(down[0][3] - down[0][2]))} mnkr billigare", [0],
         "C cheaper")
    need(C, "Fyra projekt ska vara klara senast 2028", [0], "C ready 2028")
    for grp, a_, b_ in C_POP:
        need(C, f"{grp} {g(a_)} {g(b_)} +{g(b_ - a_)}", [0], "C population row")
    if not (C_POP[2][2] - C_POP[2][1]) / C_POP[2][1] > (C_POP[1][2] - C_POP[1][1]) / C_POP[1][1] < \
            (C_POP[0][2] - C_POP[0][1]) / C_POP[0][1]:
        errs.append("C: p1 says school-age children grow slowest")
    byc = {p[0]: p for p in projs}
    if byc["Kronvallsskolan"][3] is not None or byc["Pilfinkens förskola"][3] is not None or \
            byc["Solkattens förskola"][3] is not None:
        errs.append("C: p4 says Kronvallsskolan, Pilfinken and Solkatten are new in the plan")
    if c_ready_year(byc["Kronvallsskolan"]) != 2030 or not byc["Kronvallsskolan"][5].startswith("våren"):
        errs.append("C: the pavilions' permit ends in June 2030, the new building must be ready by spring 2030")
    need(C, "Kronvallsskolan är ny i planen. " + C_PASSAGE, [3], "C passage")

    # (d) Wendelsby, revisionsrapport orosanmälningar
    cnt = d_counts()
    for x in D_R:
        need(D, x["item"], [2], "D kontrollmål row")
    NUM = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju"}
    need(D, f"Av de {NUM[len(D_MAL)]} kontrollmålen bedömer vi {NUM[cnt[D_U]]} som uppfyllda, {NUM[cnt[D_D]]} som "
            f"delvis uppfyllda och {NUM[cnt[D_E]]} som ej uppfyllda", [0], "D counts p1")
    need(D, f"Sammantaget bedöms {NUM[cnt[D_U]]} kontrollmål som uppfyllda, {NUM[cnt[D_D]]} som delvis uppfyllda "
            f"och {NUM[cnt[D_E]]} som ej uppfyllda", [2], "D counts p3")
    for i, (text, who, mal) in enumerate(D_REC, 1):
        need(D, f"{i} {who.capitalize()} bör {text}. Kontrollmål {mal}", [1], "D recommendation")
        for m in re.findall(r"\d", mal):
            if [x for x in D_MAL if x[0] == m][0][2] == D_U:
                errs.append(f"D: recommendation {i} answers a control objective that is fulfilled")
    not_ok = {m[0] for m in D_MAL if m[2] != D_U}
    if not_ok != {d for _, _, mal in D_REC for d in re.findall(r"\d", mal)}:
        errs.append("D: every control objective not fulfilled needs a recommendation")
    need(D, f"tog socialtjänsten emot {g(D_N_2026)} orosanmälningar, jämfört med {g(D_N_2025)} under hela 2025. "
            f"Vi har granskat ett slumpvis urval på {D_SAMPLE} ärenden", [0], "D volumes")
    need(D, f"Vi har intervjuat {D_INTERVIEWS} personer", [1], "D interviews")
    need(D, f"ett stickprov på {D_SAMPLE} ärenden", [1], "D sample")
    need(D, f"I {D_SAFE} av de {D_SAMPLE} granskade ärendena ({d_pct(D_SAFE, D_SAMPLE)} procent) gjordes", [3],
         "D same day")
    if D_SAMPLE - D_SAFE != 5:
        errs.append("D: p3/p4 say five cases lacked a same-day assessment")
    need(D, f"I {D_FORHAND} av de {D_SAMPLE} granskade ärendena ({d_pct(D_FORHAND, D_SAMPLE)} procent) var "
            f"förhandsbedömningen klar inom 14 dagar. Nämndens egen uppföljning för 2025 visade {D_OWN_2025} "
            f"procent. " + D_PASSAGE, [3], "D within 14 days")
    if not 0.7 < D_FORHAND / D_SAMPLE < 0.75 or not D_FORHAND / D_SAMPLE * 100 < D_OWN_2025:
        errs.append("D: 'drygt sju av tio' and worse than 2025")
    if D_SAMPLE - D_FORHAND < 4:
        errs.append("D: four of the late cases lacked the decision maker")
    need(D, "i 11 av de 22 ärenden", [3], "D child's voice")
    if [m[2] for m in D_MAL if m[0] == "3"] != [D_E] or [m[2] for m in D_MAL if m[0] == "2"] != [D_D]:
        errs.append("D: the assessments of objectives 2 and 3 disagree with the observations")

    # (e) Ramsåker, taxa sotning och brandskyddskontroll 2027
    rows_e = [r for _, r in e_rows()]
    brk = [r[0] for r in rows_e].index(E_BREAK_AFTER)
    for k, x in enumerate(E_R):
        want = [2] if k <= brk else [3]
        if pages_of(E, x["item"]) != want:
            errs.append(f"E: row {x['r'][1][0]} printed on {pages_of(E, x['item'])}, expected {want}")
    if count(E, "Kod Avgift Enhet 2026, kr 2027, kr Ändring, % Moms") != 2:
        errs.append("E: the heading must be printed on p2 and repeated on p3")
    need(E, "Bilaga 1. Avgifter för rengöring och brandskyddskontroll (forts.)", [2], "E forts.")
    gbrk = [gr for gr, r in e_rows() if r[0] == E_BREAK_AFTER][0]
    need(E, f"{gbrk} (forts.)", [2], "E continued group")
    rise = [e_change(r) for r in rows_e if e_change(r) is not None and e_change(r) > 0]
    need(E, f"räknas i grunden upp med {d1(E_INDEX)} procent", [0], "E index")
    need(E, f"varierar höjningarna mellan {d1(min(rise))} och {d1(max(rise))} procent", [0], "E range")
    bye = {r[0]: r for r in rows_e}
    need(E, f"kostar {g(bye['B1'][4])} kr 2027", [0], "E B1 sentence")
    same = [r[0] for r in rows_e if r[3] is not None and r[4] == r[3]]
    cut = [r[0] for r in rows_e if r[3] is not None and r[4] < r[3]]
    if same != ["R5", "Ö3"] or cut != ["Ö4"]:
        errs.append("E: p1 says pellets and paper invoices unchanged and only efterkontroll cut")
    ex = [bye["R1"][4], bye["R2"][4], bye["R4"][4]]
    for lab, v in zip(("Grundavgift, R1", "Vedpanna, R2", "Kakelugn, R4"), ex):
        need(E, lab, [0], "E example")
    need(E, f"Summa per rengöringstillfälle {g(sum(ex))} kr", [0], "E example sum")
    if [r[0] for r in rows_e if r[3] is None] != ["R6"]:
        errs.append("E: only the restaurant kitchen duct is priced by offer")
    need(E, "** Rengöring av imkanaler i restaurangkök görs efter en offert", [2], "E footnote **")
    need(E, "* Moms tillkommer med 25 procent", [2], "E footnote *")
    need(E, "3. " + E_PASSAGE, [2], "E passage")
    if bye["R2"][3] * (1 + E_INDEX / 100) - bye["R2"][4] > 1:
        errs.append("E: R2 follows the index")

    # (f) Vemmeby, trafikmätningar (scanned p. 2)
    scan = norm(f_scan_text())
    for x in F_R:
        if norm(x["item"]) not in scan:
            errs.append(f"F: scanned row {x['r'][0]} missing")
    layer_f = norm(" ".join(text_layer(F)))
    for p in F_POINTS:
        for s_ in [g(p[4]), d1(p[5])] + ([g(p[3])] if p[3] else []):
            if re.search(r"(?<![\d,])" + re.escape(s_) + r"(?![\d,])", " ".join(text_layer(F))):
                errs.append(f"F: scanned fact {s_!r} repeated in the text layer")
        if norm(" ".join(f_row(p))) in layer_f:
            errs.append(f"F: scanned row {p[0]} repeated in the text layer")
        need(F, f"{p[0]}. {p[1]}, {p[2]}", [0], "F list of points")
    chg = {p[1] + " " + p[2]: f_change(p) for p in F_POINTS if f_change(p) is not None}
    top2 = sorted(chg, key=chg.get, reverse=True)[:2]
    if sorted(t.split()[0] for t in top2) != ["Parkvägen", "Verkstadsgatan"]:
        errs.append("F: p1 says Parkvägen and Verkstadsgatan grew most")
    if sorted(p[1] for p in F_POINTS if f_change(p) is not None and f_change(p) < 0) != ["Köpmangatan",
                                                                                          "Skogsvägen"]:
        errs.append("F: p1 says only Köpmangatan and Skogsvägen fell")
    if sum(1 for c_ in chg.values() if c_ > 0) <= len(chg) / 2:
        errs.append("F: p1 says traffic grew on most points")
    if max(F_POINTS, key=lambda p: p[4])[1] != "Södra infarten":
        errs.append("F: p1 says Södra infarten has most traffic")
    over = [p for p in F_POINTS if p[6] > p[7]]
    if len(over) * 2 != len(F_POINTS) or "Vallgatan" not in [p[1] for p in over]:
        errs.append("F: p1 says half of the points were above the limit, Sandhedsskolan among them")
    need(F, "På hälften av mätpunkterna var medelhastigheten högre än den skyltade hastigheten", [0], "F half")
    if max(F_POINTS, key=lambda p: p[5])[1] != "Verkstadsgatan":
        errs.append("F: p3 says Verkstadsgatan has the highest share of heavy traffic")
    if [p[0] for p in F_POINTS if p[3] is None] != ["10"] or "10" not in F_NOTE1:
        errs.append("F: note 1 explains the point without 2024 value")
    kop = [p for p in F_POINTS if p[1] == "Köpmangatan"][0]
    if not f_change(kop) < 0 or "Köpmangatan minskade" not in F_NOTE2:
        errs.append("F: note 2 explains the fall on Köpmangatan")
    if norm(F_NOTE1) not in scan or norm(F_NOTE2) not in scan:
        errs.append("F: notes missing from the scan")
    need(F, "Mätningen upprepar den som gjordes hösten 2024 på nio av platserna", [0], "F nine points")
    if sum(1 for p in F_POINTS if p[3] is not None) != 9:
        errs.append("F: nine points were measured in 2024")
    tot_f = sum(m for _, m in F_MEASURES)
    for i, (t_, m) in enumerate(F_MEASURES, 1):
        need(F, f"{i}. {t_} (beräknad kostnad {m} tkr)", [2], "F measure")
    need(F, f"Åtgärderna kostar sammanlagt {tot_f} tkr och ryms inom årets anslag för trafiksäkerhetsåtgärder på "
            f"600 tkr. Resterande {600 - tot_f} tkr", [2], "F budget")
    if tot_f > 600:
        errs.append("F: the measures must fit the budget")
    for t_, _ in F_MEASURES:
        street = [p for p in F_POINTS if p[1] in t_]
        if not street or not any(p[6] > p[7] for p in street):
            errs.append(f"F: measure without a speeding point: {t_[:40]}")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; English none {en_none}; conditional lists {n_cond} ({n_pair} comparing two "
          f"cells of a row); on the scanned page {dict(n_scan)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
