"""Writes ../train_syn52.jsonl: 72 gold questions (t52001–t52072) about the six synthetic52 PDFs.

26 figure, 18 list (17 conditional – planning areas short of places in 2030 (a year and a sign), areas with an
occupancy over 100 % in 2026, decided changes of premises that add places (a status word and a sign), bus lines under
the punctuality target, bus lines with fewer boardings in 2026 than in 2025 (two cells of a row), rural lines (a
group) costing more than 50 kr per boarding, audit questions assessed "Ej uppfyllt" (a status word), follow-up
questions (a group) assessed "Delvis uppfyllt", property categories under 80 % of their maintenance budget, therapeutic
groups of the medicine clinic (a group) over budget (two cells of a row), therapeutic groups up by more than 10 %,
supervision categories with fewer inspections than planned (two cells of a row), categories needing more than 140
hours, health-protection categories (a group) with more than 20 objects, youth centres with more than 8 000 visits
(scanned page), youth centres with fewer visits than the year before (scanned page, two cells of a row), youth centres
over budget (two cells of a row) – and 1 whole list, the region's measures for 2027), 6 passage, 22 none (6 of them
list-shaped); 54 in Swedish and 18 in English (6 figures, 5 lists, 2 passages, 5 none). Items are written out
literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Five questions are about p. 3 of the Gunnarsvala document, a scanned booklet spread without a text
layer (two figures, two lists and one near-miss none question); the evidence of the answerable ones is the text
printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn52.jsonl"

A = "grenvika-bun-forskoleplan-2027-2031.pdf"
B = "kragsta-tn-kollektivtrafik-arsrapport-2026.pdf"
C = "rimnas-revisionsrapport-fastighetsunderhall-2027.pdf"
D = "region-norrgala-lakemedelskostnader-2026.pdf"
E = "kalvhamra-mbn-tillsynsplan-2027.pdf"
F = "gunnarsvala-kfn-fritidsgardar-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Grenvika, förskoleplan 2027–2031
    q("Hur många barn i åldrarna ett till fem år bodde i Kolvreten i Grenvika 2026?", "sv", "figure", A, 2,
      ["Kolvreten 2026 Utfall 431 389 380 −9 102,4"],
      "431 barn i åldern 1–5 år (utfall 2026). 389 av dem gick i förskolan, som hade 380 platser.",
      [fig(431, "antal", "431")]),
    q("Vad var beläggningsgraden i Nybronas förskolor året innan 2026, enligt Grenvikas förskoleplan?", "sv",
      "figure", A, 2, ["Nybrona 2025 Utfall 356 318 330 +12 96,4"],
      "96,4 procent 2025 (318 barn på 330 platser). År 2026 var beläggningen 93,9 procent.",
      [fig(96.4, "procent", "96,4")]),
    q("How many preschool places will Rödsta in Grenvika have in 2029 according to the forecast?", "en", "figure",
      A, 2, ["Rödsta 2029 Prognos 301 271 290 +19 93,4"],
      "290 places in 2029, against a forecast need of 271 children (a surplus of 19).",
      [fig(290, "antal", "290")]),
    q("Hur många barn gick i förskolan i Grenvika i oktober 2026?", "sv", "figure", A, 1,
      ["Den 15 oktober 2026 var 1 629 barn inskrivna i kommunens förskolor"],
      "1 629 barn den 15 oktober 2026, 19 fler än året innan (1 610). Förra årets plan räknade med 1 655.",
      [fig(1629, "antal", "1 629")]),
    q("I vilka planeringsområden i Grenvika räcker förskoleplatserna inte till år 2030 enligt prognosen?", "sv",
      "list", A, 2, ["Kolvreten 2030 Prognos 510 462 404 −58 114,4"],
      "Två: Kolvreten (underskott på 58 platser) och Nybrona (underskott på 12 platser).",
      items=["Kolvreten 2030 Prognos 510", "Nybrona 2030 Prognos 384"]),
    q("Which planning areas in Grenvika had an occupancy above 100 per cent in 2026?", "en", "list", A, 2,
      ["Rödsta 2026 Utfall 281 252 250 −2 100,8"],
      "Two: Kolvreten (102.4 %) and Rödsta (100.8 %).",
      items=["Kolvreten 2026 Utfall 431", "Rödsta 2026 Utfall 281"]),
    q("Vilka av de beslutade lokalförändringarna i Grenvika ger fler förskoleplatser?", "sv", "list", A, 4,
      ["Paviljong med två avdelningar vid Gökens förskola Rödsta +40"],
      "Två: tillfälliga avdelningar i Kolvretens skola (+24 platser) och paviljongen vid Gökens förskola i Rödsta "
      "(+40), båda klara i augusti 2027.",
      items=["Tillfälliga avdelningar i Kolvretens skola", "Paviljong med två avdelningar vid Gökens förskola"]),
    q("Varför ökar antalet förskolebarn i Kolvreten i Grenvika?", "sv", "passage", A, 3,
      ["bostadsområdet Kolvretens strand byggs ut med omkring 420 lägenheter fram till 2029"],
      "Bostadsområdet Kolvretens strand byggs ut med omkring 420 lägenheter fram till 2029, och de flesta är stora "
      "lägenheter som lockar barnfamiljer."),
    none("Hur många småbarn förväntas bo i Gillerud i Grenvika år 2031?", "sv"),
    none("Vad kostar en förskoleplats per år i Grenvika?", "sv"),
    none("How many preschool teachers work in Grenvika's preschools?", "en"),
    none("Vilka planeringsområden i Grenvika väntas ha en beläggning under 80 procent år 2030?", "sv"),

    # ------------------------------------------------------------ (b) Kragsta, kollektivtrafiken 2026
    q("Hur många påstigningar hade linje 2 i Kragsta året innan 2026?", "sv", "figure", B, 2,
      ["Resecentrum – Norrgärdet 341 800 352 300 348 100 −1,2"],
      "352 300 påstigande 2025 på linje 2 (Resecentrum – Norrgärdet). År 2026 var de 348 100.",
      [fig(352300, "antal", "352 300")]),
    q("Hur punktlig var busslinjen till Nolhamn i Kragsta 2026?", "sv", "figure", B, 2,
      ["Kragsta – Nolhamn 96 300 94 100 91 800 −2,4 88,4 87,9"],
      "87,9 procent av avgångarna var i tid 2026 (88,4 procent 2025), under målet på 90 procent.",
      [fig(87.9, "procent", "87,9")]),
    q("What was the cost per boarding on the Grindsjö–Kärrsätra line in Kragsta in 2026?", "en", "figure", B, 2,
      ["Grindsjö – Kärrsätra 74 600 77 200 80 900 +4,8 89,6 90,8 51,3 50,1"],
      "50.1 kronor per boarding on line 6 in 2026, down from 51.3 kronor in 2025.",
      [fig(50.1, "kr", "50,1")]),
    q("Vad blev nettokostnaden för busstrafiken i Kragsta 2026 jämfört med budget?", "sv", "figure", B, 1,
      ["Nettokostnaden blev 36,7 mnkr, vilket är 0,9 mnkr mer än budgeten"],
      "36,7 mnkr, vilket är 0,9 mnkr mer än budgeten på 35,8 mnkr.",
      [fig(36.7, "mnkr", "36,7")]),
    q("Hur många resor gjordes med Ringlinjen i Kragsta 2024?", "sv", "figure", B, 2,
      ["Ringlinjen Resecentrum – Rävsnäs 128 400 131 200 137 600 +4,9"],
      "128 400 påstigande 2024. Därefter 131 200 (2025) och 137 600 (2026).",
      [fig(128400, "antal", "128 400")]),
    q("Vilka busslinjer i Kragsta var mindre punktliga än målet 2026?", "sv", "list", B, 2,
      ["Kragsta – Kåsvik 38 900 36 200 33 500 −7,5 86,2 84,9"],
      "Tre linjer låg under målet på 90 procent: linje 3 (81,4), linje 5 till Nolhamn (87,9) och linje 8 till "
      "Kåsvik (84,9).",
      items=["Krokvreten – Resecentrum – Gärdsholm", "Kragsta – Nolhamn 96 300", "Kragsta – Kåsvik 38 900"]),
    q("Which bus lines in Kragsta had fewer boardings in 2026 than in 2025?", "en", "list", B, 2,
      ["Kragsta – Nolhamn 96 300 94 100 91 800 −2,4"],
      "Four: line 2 (352,300 → 348,100), line 3 (415,900 → 371,300), line 5 to Nolhamn (94,100 → 91,800) and "
      "line 8 to Kåsvik (36,200 → 33,500).",
      items=["Resecentrum – Norrgärdet 341 800", "Krokvreten – Resecentrum – Gärdsholm", "Kragsta – Nolhamn 96 300",
             "Kragsta – Kåsvik 38 900"]),
    q("Vilka landsbygdslinjer i Kragsta kostade mer än 50 kronor per påstigande 2026?", "sv", "list", B, 2,
      ["Kragsta – Kåsvik 38 900 36 200 33 500 −7,5 86,2 84,9 68,5 76,4"],
      "Tre: linje 6 Kragsta – Grindsjö – Kärrsätra (50,1 kr), linje 7 till Gäddnäs (68,0 kr) och linje 8 till "
      "Kåsvik (76,4 kr).",
      items=["Kragsta – Grindsjö – Kärrsätra", "Kragsta – Gäddnäs", "Kragsta – Kåsvik 38 900"]),
    q("Varför blev linje 3 i Kragsta så mycket mindre punktlig 2026?", "sv", "passage", B, 3,
      ["bron över Krokån vid Krokvreten var avstängd från den 6 april till den 30 oktober"],
      "Bron över Krokån vid Krokvreten var avstängd från den 6 april till den 30 oktober, och bussarna fick köra en "
      "längre omväg genom industriområdet med många trafiksignaler."),
    none("Hur många påstigande hade linjen Resecentrum–Rönnhagen i Kragsta 2023?", "sv"),
    none("How many buses does Kragsta use in its town traffic?", "en"),
    none("Vilka busslinjer i Kragsta hade fler än 600 000 påstigande 2026?", "sv"),

    # ------------------------------------------------------------ (c) Rimnäs, revisionsrapport fastighetsunderhåll
    q("Hur stor är underhållsskulden i Rimnäs grundskolor?", "sv", "figure", C, 2,
      ["Grundskolor 22 4 800 4 120 85,8 4 410 31,5"],
      "Det eftersatta underhållet i grundskolorna uppskattas till 31,5 mnkr, det största av alla kategorier.",
      [fig(31.5, "mnkr", "31,5")]),
    q("Hur mycket lade Rimnäs på planerat underhåll av förskolorna 2026?", "sv", "figure", C, 2,
      ["Förskolor 18 2 600 1 980 76,2 2 270 14,2"],
      "1 980 tkr, mot en budget på 2 600 tkr (76,2 procent). År 2025 var utfallet 2 270 tkr.",
      [fig(1980, "tkr", "1 980")]),
    q("How much did Rimnäs budget for maintenance of sports and leisure facilities in 2026?", "en", "figure", C, 2,
      ["Idrotts- och fritidsanläggningar 14 1 900 1 060 55,8 1 690 16,4"],
      "1,900 thousand kronor (tkr); only 1,060 tkr, 55.8 % of the budget, was spent.",
      [fig(1900, "tkr", "1 900")]),
    q("Vad blev utfallet för det planerade underhållet i Rimnäs 2026 jämfört med budgeten?", "sv", "figure", C, 1,
      ["men utfallet blev 11,6 mnkr, alltså 81,7 procent av budgeten"],
      "11,6 mnkr, vilket är 81,7 procent av budgeten på 14,2 mnkr. År 2025 var utfallet 12,9 mnkr.",
      [fig(11.6, "mnkr", "11,6")]),
    q("Vilka revisionsfrågor i Rimnäs granskning bedömdes som ej uppfyllda?", "sv", "list", C, 3,
      ["Har nämnden fastställt mål och riktlinjer för underhållet? Ej uppfyllt"],
      "Två: fråga 2 om mål och riktlinjer för underhållet och fråga 3 om underhållet genomförs enligt plan och "
      "budget.",
      items=["Har nämnden fastställt mål och riktlinjer", "Genomförs det planerade underhållet enligt plan"]),
    q("Vilka frågor om uppföljning fick bedömningen delvis uppfyllt i Rimnäs revisionsrapport?", "sv", "list", C, 3,
      ["Rapporterar nämnden underhållets status till kommunstyrelsen? Delvis uppfyllt"],
      "Två: fråga 6 om uppföljningen av det eftersatta underhållet och fråga 7 om rapporteringen till "
      "kommunstyrelsen.",
      items=["Följer nämnden upp det eftersatta underhållet?",
             "Rapporterar nämnden underhållets status till kommunstyrelsen?"]),
    q("Which categories of property in Rimnäs spent less than 80 per cent of their maintenance budget in 2026?",
      "en", "list", C, 2, ["Förskolor 18 2 600 1 980 76,2 2 270 14,2"],
      "Two: Förskolor (76.2 %) and Idrotts- och fritidsanläggningar (55.8 %).",
      items=["Förskolor 18 2 600", "Idrotts- och fritidsanläggningar 14"]),
    q("Why did Rimnäs carry out less planned maintenance than budgeted in 2026?", "en", "passage", C, 2,
      ["fastighetsavdelningen saknade under våren två av fyra fastighetstekniker"],
      "The property department lacked two of its four technicians during the spring, and the procurement of a new "
      "framework agreement for painting and flooring was appealed, so several measures were postponed to 2027."),
    none("Hur stort eftersatt underhåll hade Rimnäs kommun 2019?", "sv"),
    none("Vad kostade revisionsgranskningen av fastighetsunderhållet i Rimnäs?", "sv"),
    none("Vilka fastighetskategorier i Rimnäs använde mer pengar till underhåll än budgeterat 2026?", "sv"),
    none("Vad svarade tekniska nämnden i Rimnäs på revisorernas rekommendationer?", "sv"),

    # ------------------------------------------------------------ (d) Region Norrgala, läkemedelskostnader 2026
    q("Vad kostade cytostatika och proteinkinashämmare på onkologiska kliniken i Region Norrgala 2026?", "sv",
      "figure", D, 2, ["L01 Cytostatika och proteinkinashämmare 118,4 126,0 134,7 −8,7 +13,8"],
      "134,7 mnkr, 8,7 mnkr över budgeten på 126,0 mnkr och 13,8 procent mer än 2025.",
      [fig(134.7, "mnkr", "134,7")]),
    q("Hur stor var budgeten för ögonmedel i Region Norrgala 2026?", "sv", "figure", D, 2,
      ["S01 Ögonmedel 38,9 41,0 47,6 −6,6 +22,4"],
      "41,0 mnkr. Utfallet blev 47,6 mnkr, alltså 6,6 mnkr över budget.",
      [fig(41.0, "mnkr", "41,0")]),
    q("How much did Region Norrgala spend on förmånsläkemedel in 2026, compared with the budget?", "en", "figure",
      D, 1, ["Förmånsläkemedlen, som hämtas ut på apotek, kostade 846,2 mnkr mot budgeterade 824,4 mnkr"],
      "846.2 million kronor, against a budget of 824.4 million (799.1 million in 2025).",
      [fig(846.2, "mnkr", "846,2")]),
    q("Vad blev utfallet för psykiatriska kliniken i Region Norrgala jämfört med budget för rekvisitionsläkemedel?",
      "sv", "figure", D, 2, ["Summa psykiatriska kliniken 6,8 7,3 7,6 −0,3 +11,8"],
      "7,6 mnkr mot en budget på 7,3 mnkr, alltså 0,3 mnkr över budget.",
      [fig(7.6, "mnkr", "7,6")]),
    q("Hur mycket kostade de immunsuppressiva läkemedlen på medicinkliniken i Region Norrgala året innan 2026?",
      "sv", "figure", D, 2, ["L04 Immunsuppressiva medel 46,8 49,5 53,2 −3,7 +13,7"],
      "46,8 mnkr 2025. År 2026 kostade de 53,2 mnkr mot budgeterade 49,5 mnkr.",
      [fig(46.8, "mnkr", "46,8")]),
    q("Vilka terapigrupper på medicinkliniken i Region Norrgala kostade mer än budgeterat 2026?", "sv", "list", D,
      2, ["B03 Medel vid anemier 6,4 6,8 7,3 −0,5 +14,1"],
      "Två: L04 immunsuppressiva medel (53,2 mot 49,5 mnkr) och B03 medel vid anemier (7,3 mot 6,8 mnkr).",
      items=["L04 Immunsuppressiva medel 46,8", "B03 Medel vid anemier"]),
    q("Which therapeutic groups of Region Norrgala's hospital medicines rose by more than 10 per cent from 2025 to "
      "2026?", "en", "list", D, 2, ["N06 Psykoanaleptika 2,6 2,8 3,3 −0,5 +26,9"],
      "Five: L01 (+13.8 %), L04 (+13.7 %), B03 (+14.1 %), S01 eye medicines (+22.4 %) and N06 (+26.9 %).",
      items=["L01 Cytostatika och proteinkinashämmare", "L04 Immunsuppressiva medel", "B03 Medel vid anemier",
             "S01 Ögonmedel 38,9", "N06 Psykoanaleptika 2,6"]),
    q("Vilka åtgärder planerar Region Norrgala för att hålla nere läkemedelskostnaderna under 2027?", "sv", "list",
      D, 3, ["Gemensam upphandling av ögonläkemedel med grannregionerna under hösten 2027"],
      "Fyra: byte till biosimilarer för immunsuppressiva läkemedel, gemensam upphandling av ögonläkemedel med "
      "grannregionerna, läkemedelsgenomgångar för patienter över 75 år med fler än tio läkemedel och månatlig "
      "uppföljning av kostnaderna per klinik.",
      items=["Byte till biosimilarer för immunsuppressiva läkemedel", "Gemensam upphandling av ögonläkemedel",
             "Läkemedelsgenomgångar för alla patienter", "Månatlig uppföljning av kostnaderna per klinik"]),
    q("Varför ökade ögonklinikens läkemedelskostnader i Region Norrgala?", "sv", "passage", D, 3,
      ["allt fler patienter med våt åldersrelaterad makuladegeneration behandlas med injektioner"],
      "Allt fler patienter med våt åldersrelaterad makuladegeneration behandlas med injektioner, och bytet till ett "
      "billigare likvärdigt preparat försenades när upphandlingen överprövades."),
    none("Vad kostade ögonmedel i Region Norrgala 2024?", "sv"),
    none("How many prescriptions were dispensed in Region Norrgala in 2026?", "en"),
    none("Vilka terapigrupper i Region Norrgala kostade mer än 200 mnkr 2026?", "sv"),

    # ------------------------------------------------------------ (e) Kalvhamra, tillsynsplan 2027
    q("Hur många lantbruk med djurhållning har miljöenheten i Kalvhamra tillsyn över?", "sv", "figure", E, 2,
      ["Lantbruk med djurhållning 64 22 19 22 176 1 290"],
      "64 objekt. År 2026 planerades 22 inspektioner och 19 genomfördes.",
      [fig(64, "antal", "64")]),
    q("Hur många timmar planerar Kalvhamra för tillsyn av flerbostadshus 2027?", "sv", "figure", E, 2,
      ["Flerbostadshus 38 8 4 10 90 1 180"],
      "90 timmar för tio inspektioner 2027, med timavgiften 1 180 kronor.",
      [fig(90, "timmar", "90")]),
    q("How many inspections of schools and preschools did Kalvhamra carry out in 2026?", "en", "figure", E, 2,
      ["Skolor och förskolor 43 20 15 22 132 1 180"],
      "15 inspections, out of 20 planned.",
      [fig(15, "antal", "15")]),
    q("Hur många inspektioner genomförde miljöenheten i Kalvhamra totalt under 2026?", "sv", "figure", E, 1,
      ["Under 2026 genomfördes 99 av 119 planerade inspektioner, vilket motsvarar 83,2 procent"],
      "99 av 119 planerade inspektioner (83,2 procent), mot 88,6 procent 2025 och målet 95 procent.",
      [fig(99, "antal", "99")]),
    q("Inom vilka objektkategorier i Kalvhamra gjordes färre inspektioner än planerat 2026?", "sv", "list", E, 2,
      ["Flerbostadshus 38 8 4 10 90 1 180"],
      "Fem: anmälningspliktiga verksamheter (23 av 26), övriga miljöfarliga verksamheter (12 av 18), lantbruk med "
      "djurhållning (19 av 22), skolor och förskolor (15 av 20) och flerbostadshus (4 av 8).",
      items=["Anmälningspliktiga verksamheter (C)", "Övriga miljöfarliga verksamheter (U)", "Lantbruk med djurhållning 64",
             "Skolor och förskolor 43", "Flerbostadshus 38 8"]),
    q("Which categories in Kalvhamra's supervision plan need more than 140 hours in 2027?", "en", "list", E, 2,
      ["Övriga miljöfarliga verksamheter (U) 118 18 12 24 144 1 290"],
      "Three: anmälningspliktiga verksamheter (364 hours), övriga miljöfarliga verksamheter (144) and lantbruk med "
      "djurhållning (176). Tillståndspliktiga verksamheter need exactly 140.",
      items=["Anmälningspliktiga verksamheter (C)", "Övriga miljöfarliga verksamheter (U)",
             "Lantbruk med djurhållning 64"]),
    q("Vilka kategorier inom hälsoskyddet i Kalvhamra har fler än 20 objekt?", "sv", "list", E, 2,
      ["Hygienlokaler 29 10 11 12 48 1 180"],
      "Tre: skolor och förskolor (43), hygienlokaler (29) och flerbostadshus (38).",
      items=["Skolor och förskolor 43", "Hygienlokaler 29 10", "Flerbostadshus 38 8"]),
    q("Varför blev så få flerbostadshus inspekterade i Kalvhamra 2026?", "sv", "passage", E, 2,
      ["fick lägga en stor del av sin tid på klagomål om fukt och mögel"],
      "De två inspektörerna för hälsoskydd fick under hösten lägga en stor del av sin tid på klagomål om fukt och "
      "mögel i lägenheter efter översvämningen i Rödbäck."),
    none("Hur många inspektioner av flerbostadshus gjorde Kalvhamra 2024?", "sv"),
    none("How many food inspections did Kalvhamra carry out in 2026?", "en"),
    none("Vilka objektkategorier i Kalvhamra omfattar fler än 150 objekt?", "sv"),
    none("Hur många klagomål på buller tog miljöenheten i Kalvhamra emot 2026?", "sv"),

    # ------------------------------------------------------------ (f) Gunnarsvala, fritidsgårdarna 2026 (p. 3 scanned)
    q("Hur många besök hade fritidsgården Kupolen i Gunnarsvala 2026?", "sv", "figure", F, 3,
      ["Kupolen 8 930 8 410 3 110 5 300"],
      "8 410 besök 2026, jämfört med 8 930 året innan.",
      [fig(8410, "antal", "8 410")]),
    q("Hur många av besöken på Gnistan i Gunnarsvala gjordes av flickor 2026?", "sv", "figure", F, 3,
      ["Gnistan 6 270 7 180 3 230 3 950"],
      "3 230 av 7 180 besök (45,0 procent) gjordes av flickor.",
      [fig(3230, "antal", "3 230")]),
    q("Hur mycket kostade fritidsgårdarna i Gunnarsvala 2026 jämfört med budget?", "sv", "figure", F, 1,
      ["Nettokostnaden för fritidsgårdarna blev 18 595 tkr 2026"],
      "18 595 tkr, 65 tkr mer än budgeten på 18 530 tkr. År 2025 var nettokostnaden 17 807 tkr.",
      [fig(18595, "tkr", "18 595")]),
    q("How many full-time equivalents does the Raketen youth centre in Gunnarsvala have?", "en", "figure", F, 2,
      ["Raketen 5,5 4 350 4 412 −62 4 198"],
      "5.5 full-time equivalents (årsarbetare) at 31 December 2026.",
      [fig(5.5, "årsarbetare", "5,5")]),
    q("Vilka fritidsgårdar i Gunnarsvala hade mer än 8 000 besök 2026?", "sv", "list", F, 3,
      ["Knutpunkten 9 420 10 050 3 620 6 430"],
      "Tre: Raketen (12 610), Kupolen (8 410) och Knutpunkten (10 050).",
      items=["Raketen 11 840 12 610", "Kupolen 8 930 8 410", "Knutpunkten 9 420 10 050"]),
    q("På vilka fritidsgårdar i Gunnarsvala blev besöken färre 2026 än 2025?", "sv", "list", F, 3,
      ["Garaget 5 310 3 870 1 160 2 710"],
      "Tre: Kupolen (8 930 → 8 410), Rymden (4 860 → 4 390) och Garaget (5 310 → 3 870).",
      items=["Kupolen 8 930 8 410", "Rymden 4 860 4 390", "Garaget 5 310 3 870"]),
    q("Vilka fritidsgårdar i Gunnarsvala överskred sin budget 2026?", "sv", "list", F, 2,
      ["Knutpunkten 5,0 3 890 4 018 −128 3 716"],
      "Tre: Raketen (−62 tkr), Gnistan (−85 tkr) och Knutpunkten (−128 tkr).",
      items=["Raketen 5,5 4 350", "Gnistan 3,5 2 760", "Knutpunkten 5,0 3 890"]),
    q("Why did Garaget in Gunnarsvala have fewer visitors in 2026?", "en", "passage", F, 4,
      ["en vattenläcka i källaren förstörde golven i gårdens stora rum"],
      "A water leak in the basement ruined the floors of the centre's large room, and Garaget had to stay closed for "
      "ten weeks in the spring while the floors were replaced."),
    none("Hur många besök hade Rymden i Gunnarsvala 2024?", "sv"),
    none("What did one visit to the youth centres in Gunnarsvala cost on average?", "en"),
    none("Hur många ideella ledare arbetade på fritidsgårdarna i Gunnarsvala 2026?", "sv"),
    none("Vilka fritidsgårdar i Gunnarsvala hade fler än 20 000 besök 2026?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{52000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
