"""Writes ../train_syn24.jsonl: 68 gold questions (t24001–t24068) about the six synthetic24 PDFs.

28 figure, 12 list (11 conditional, 1 complete), 6 passage, 22 none; 51 in Swedish and 17 in English (7 English
figures, 4 English lists, 1 English passage, 5 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Four
questions (three figures and one passage) are about p. 2 of the Ugnsta document, a scanned page without a text
layer; their evidence is the text printed in the image. The none questions are near misses: the same
municipality, document and topic, but a year, unit, body, cost or forecast the documents do not give.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn24.jsonl"

A = "grasvik-kfn-namndbudget-2027.pdf"
B = "karrvalla-folkhalsorapport-2026.pdf"
C = "salmsund-stadstrafiken-2026.pdf"
D = "olmsta-planprogram-detaljplaner-2027-2029.pdf"
E = "gisslinge-risk-och-sarbarhetsanalys-2027-2030.pdf"
F = "ugnsta-ks-delegationsbeslut-sep-okt-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_CAP = "Tabell 1. Driftram per verksamhet, tkr"
B_CAP = "Tabell 1. Indikatorer för kvinnor och män 2023–2025 jämfört med riket"
C_CAP = "Tabell 1. Resor och punktlighet per linje 2024–2026"
D_CAP = "Tabell 1. Detaljplaner i planprogrammet 2027–2029"

Q = [
    # ------------------------------------------------------------ (a) Gräsvik, KFN nämndbudget 2027
    q("Hur stor ram får biblioteket i Gräsvik för 2027?", "sv", "figure", A, 2,
      ["Bibliotek 14 620 424 +640 15 684 16 060"],
      "15 684 tkr i ram 2027 (budget 2026 var 14 620 tkr; kompensation 424 tkr och ramförändringar +640 tkr; plan "
      "2028 är 16 060 tkr).",
      [fig(15684, "tkr", "15 684")]),
    q("Vad räknar Gräsvik med för idrotts- och fritidsanläggningarna i planen för 2028?", "sv", "figure", A, 2,
      ["Idrotts- och fritidsanläggningar 18 730 543 +1 050 20 323 21 711"],
      "21 711 tkr i plan 2028, jämfört med 20 323 tkr i ram 2027. Planen innehåller 900 tkr för driften av "
      "Sandvallshallen.",
      [fig(21711, "tkr", "21 711")]),
    q("Hur mycket pris- och lönekompensation får verksamhetsområdet Fritid i Gräsvik 2027?", "sv", "figure", A,
      2, ["Fritid 49 240 1 169 +1 060 51 469 53 389"],
      "1 169 tkr för Fritid som helhet (hela nämnden får 2 505 tkr). Föreningsbidragen får ingen kompensation.",
      [fig(1169, "tkr", "1 169")]),
    q("What is the total amount of savings (besparingar) in Gräsvik's culture and leisure committee budget for "
      "2027?", "en", "figure", A, 3, ["Summa tillskott +4 720 Summa besparingar −3 250"],
      "3,250 tkr (−3 250) in savings, against 4,720 tkr in additions, so the frame changes add up to a net "
      "+1,470 tkr.",
      [fig(-3250, "tkr", "−3 250")]),
    q("Hur mycket extra får Gräsviks simhall för de högre energikostnaderna 2027?", "sv", "figure", A, 3,
      ["T5 Högre energikostnader i Gräsviks simhall Verksamhet: Gräsviks simhall +1 100"],
      "Ett tillskott på 1 100 tkr (T5). Samtidigt sparar simhallen 620 tkr genom att stänga i juli, så ramen ökar "
      "netto med 480 tkr.",
      [fig(1100, "tkr", "+1 100")]),
    q("Vilka besparingar i Gräsviks kultur- och fritidsbudget är större än 400 tkr?", "sv", "list", A, 3,
      ["Beloppen anges i tkr och avser helår 2027"],
      "Tre: B1 simhallen stängs i juli (−620), B3 samordnad administration (−450) och B4 fritidsgården Spiran "
      "avvecklas (−1 050).",
      items=["B1 Simhallen stängs under juli", "B3 Samordnad administration med tekniska",
             "B4 Fritidsgården Spiran avvecklas och"]),
    q("Which activities in Gräsvik get a smaller frame in 2027 than in the 2026 budget?", "en", "list", A, 2,
      [A_CAP],
      "Three: the committee and management (6,840 → 6,588 tkr), general culture and heritage (5,270 → 5,123) and "
      "youth centres and youth activities (9,460 → 9,164), where the savings exceed the compensation.",
      items=["Nämnd och förvaltningsledning 6 840", "Allmänkultur och kulturarv 5 270",
             "Fritidsgårdar och ungdomsverksamhet 9 460"]),
    q("Varför läggs fritidsgården Spiran i Gräsvik ner?", "sv", "passage", A, 3,
      ["Fritidsgården Spiran har haft i genomsnitt 14 besökare per kväll under 2026"],
      "Den har haft i genomsnitt 14 besökare per kväll under 2026 och lokalen behöver en omfattande renovering; "
      "verksamheten flyttar till Kulturhuset Cirkeln. Besparingen är 1 050 tkr."),
    none("Hur stor är Gräsviks investeringsbudget för kultur och fritid 2027?", "sv"),
    none("What frame does Gräsvik's culture and leisure committee plan for 2029?", "en"),
    none("Hur många årsarbetare har kultur- och fritidsförvaltningen i Gräsvik?", "sv"),
    none("Hur mycket kostar ett entrékort till Gräsviks simhall 2027?", "sv"),

    # ------------------------------------------------------------ (b) Kärrvalla, folkhälsorapport 2026
    q("Hur stor andel av kvinnorna i Kärrvalla var fysiskt aktiva minst två och en halv timme i veckan år 2024?",
      "sv", "figure", B, 2, ["Fysisk aktivitet minst 150 minuter i veckan¹ % 61 58 56 63"],
      "58 procent 2024 (61 procent 2023 och 56 procent 2025; riket 63 procent).",
      [fig(58, "procent", "58")]),
    q("Hur stor andel av männen i Kärrvalla hade nedsatt psykiskt välbefinnande 2025?", "sv", "figure", B, 2,
      ["Nedsatt psykiskt välbefinnande¹ % 21 23 24 21 13 14 16 14"],
      "16 procent av männen 2025 (riket 14 procent); bland kvinnorna var andelen 24 procent.",
      [fig(16, "procent", "16")]),
    q("What is the national (riket) employment rate for men aged 20–64 that Kärrvalla compares itself with?",
      "en", "figure", B, 2, ["Förvärvsarbetande 20–64 år³ % 78,4 79,1 79,8 79,5 82,0 82,6 82,2 83,1"],
      "83.1 per cent in 2025; Kärrvalla's men were at 82.2 per cent.",
      [fig(83.1, "procent", "83,1")]),
    q("Hur många kvinnor bodde i Kärrvalla vid utgången av 2025?", "sv", "figure", B, 1,
      ["Folkmängd 24 318 varav kvinnor 12 041"],
      "12 041 kvinnor av en folkmängd på 24 318 (12 277 män).",
      [fig(12041, "antal", "12 041")]),
    q("Hur stor andel av kvinnorna i Kärrvalla hade eftergymnasial utbildning år 2023?", "sv", "figure", B, 2,
      ["Eftergymnasial utbildning 25–64 år³ % 47,2 48,0 48,9 55,1"],
      "47,2 procent 2023 (48,9 procent 2025, riket 55,1 procent).",
      [fig(47.2, "procent", "47,2")]),
    q("Inom vilka levnadsvanor ligger männen i Kärrvalla sämre till än riket 2025?", "sv", "list", B, 2, [B_CAP],
      "Två: daglig rökning (9 mot 6 procent) och fetma (21 mot 17 procent). För fysisk aktivitet och alkohol "
      "ligger männen bättre än riket.",
      items=["Daglig rökning¹ % 9 8", "Fetma, BMI 30 eller mer¹"]),
    q("För vilka indikatorer har männen i Kärrvalla fått bättre värden 2025 än 2023?", "sv", "list", B, 2,
      [B_CAP],
      "Fem: fysisk aktivitet (64 → 67), riskkonsumtion av alkohol (19 → 16), förvärvsarbete (82,0 → 82,2), "
      "eftergymnasial utbildning (33,5 → 34,6) och medellivslängd (80,2 → 80,6).",
      items=["Fysisk aktivitet minst 150 minuter", "Riskkonsumtion av alkohol¹ % 11",
             "Förvärvsarbetande 20–64 år³ % 78,4", "Eftergymnasial utbildning 25–64 år³ %",
             "Medellivslängd³ år 83,6 83,9"]),
    q("Hur förklarar folkhälsorådet i Kärrvalla att kvinnorna rör på sig mindre?", "sv", "passage", B, 3,
      ["två av de tre gymmen i centralorten har stängt"],
      "Två av de tre gymmen i centralorten har stängt och kvällsturerna med buss till Gullmyra har dragits in, "
      "vilket gör det svårare att träna efter arbetstid."),
    none("Vilket värde har länet för daglig rökning i Kärrvallas folkhälsorapport?", "sv"),
    none("What share of women in Kärrvalla smoked daily in 2022?", "en"),
    none("Hur många personer i Kärrvalla röker dagligen, räknat i antal?", "sv"),
    none("Hur mycket pengar satsar Kärrvalla på folkhälsoarbetet 2027?", "sv"),

    # ------------------------------------------------------------ (c) Salmsund, stadstrafiken 2026
    q("Hur många resor gjordes med linje 3 i Salmsund under 2025?", "sv", "figure", C, 2,
      ["3 Stenslund – Centrum – Ulrikedal 742,0 771,5 803,8 +4,2 90,2 90,8"],
      "771,5 tusen resor 2025 (742,0 tusen 2024 och 803,8 tusen 2026).",
      [fig(771.5, "antal", "771,5")]),
    q("What was the punctuality of bus line 2 in Salmsund in 2026?", "en", "figure", C, 2,
      ["2 Kronåsen – Resecentrum – Saltängen 968,3 1 001,7 987,4 −1,4 87,1 81,6"],
      "81.6 per cent in 2026, down from 87.1 per cent in 2025 and below the 85 per cent target.",
      [fig(81.6, "procent", "81,6")]),
    q("Hur hög var kostnadstäckningsgraden för linje 11 i Salmsund 2026?", "sv", "figure", C, 3,
      ["Linje 11 7,6 7,9 1,2 1,1 15,8 13,9"],
      "13,9 procent 2026 (15,8 procent 2025), den lägsta bland de fasta linjerna.",
      [fig(13.9, "procent", "13,9")]),
    q("How many journeys did Salmsund's city bus traffic have in total in 2026?", "en", "figure", C, 2,
      ["Hela stadstrafiken 4 189,1 4 272,0 4 367,6 +2,2 89,2 87,7"],
      "4,367.6 thousand journeys (about 4.37 million) in 2026, up 2.2 per cent from 4,272.0 thousand in 2025.",
      [fig(4367.6, "antal", "4 367,6")]),
    q("Hur stora biljettintäkter hade linje 1 i Salmsund år 2025?", "sv", "figure", C, 3,
      ["Linje 1 23,9 24,8 10,3 10,9 43,1 44,0"],
      "10,3 mnkr 2025 (10,9 mnkr 2026); kostnaden var 23,9 mnkr.",
      [fig(10.3, "mnkr", "10,3")]),
    q("Vilka busslinjer i Salmsund klarade inte punktlighetsmålet 2026?", "sv", "list", C, 2, [C_CAP],
      "Två: linje 2 (81,6 procent) och linje 11 (83,9 procent), under målet 85 procent.",
      items=["2 Kronåsen – Resecentrum – Saltängen", "11 Resecentrum – Glimsta – Kullerbo"]),
    q("Which bus lines in Salmsund lost passengers between 2025 and 2026?", "en", "list", C, 2, [C_CAP],
      "Three: line 2 (−1.4 %), line 5 (−2.5 %) and line 11 (−10.5 %).",
      items=["2 Kronåsen – Resecentrum – Saltängen", "5 Kyrkbacken – Resecentrum 356,4",
             "11 Resecentrum – Glimsta – Kullerbo"]),
    q("Why did punctuality on line 2 in Salmsund drop in 2026?", "en", "passage", C, 3,
      ["att Storgatan var avstängd för ombyggnad från april till november 2026"],
      "Storgatan was closed for reconstruction from April to November 2026, so the buses had to take a longer "
      "detour via Kronåsvägen with more traffic lights; punctuality fell from 87.1 to 81.6 per cent."),
    none("How many journeys were made on Salmsund's city buses in 2023?", "en"),
    none("Vad kostar ett månadskort för stadsbussarna i Salmsund?", "sv"),
    none("Hur många bussar kör Sundbergs Trafik i Salmsunds stadstrafik?", "sv"),
    none("Hur många resor räknar Salmsund med i stadstrafiken 2027?", "sv"),

    # ------------------------------------------------------------ (d) Ölmsta, planprogram 2027–2029
    q("Hur många bostäder planeras i första etappen av Storängen i Ölmsta?", "sv", "figure", D, 3,
      ["2026:08 Storängen etapp 1 Ölmsta tätort 9,7 150 Planuppdrag 2026 kv 4 2028 kv 3"],
      "150 bostäder på 9,7 hektar; planen ska antas 2028 kv 3. Etapp 2 ger 170 bostäder.",
      [fig(150, "antal", "150")]),
    q("Vilket år ska detaljplanen för Gärdsängen i Ölmsta antas?", "sv", "figure", D, 2,
      ["2025:04 Gärdsängen Ölmsta tätort 11,2 180 Samråd 2025 kv 2 2027 kv 4"],
      "2027, under fjärde kvartalet (planarbetet startade 2025 kv 2 och planen har varit på samråd).",
      [fig(2027, "år", "2027 kv 4")]),
    q("How many homes do all the detailed plans in Ölmsta's planning programme allow in total?", "en", "figure",
      D, 3, ["Summa, 17 detaljplaner 114,9 1 553"],
      "1,553 homes in 17 detailed plans covering 114.9 hectares.",
      [fig(1553, "antal", "1 553")]),
    q("Hur många av detaljplanerna i Ölmsta är på samråd?", "sv", "figure", D, 1,
      ["4 har varit på samråd, 3 har planuppdrag"],
      "Fyra av de 17 planerna har varit på samråd; två är på granskning och en är antagen.",
      [fig(4, "antal", "4 har varit på samråd")]),
    q("Which detailed plans in Ölmsta allow more than 100 homes?", "en", "list", D, 2, [D_CAP],
      "Six: Södra centrum etapp 2 (240), Gärdsängen (180), Stationsområdet (310), Storängen etapp 1 (150), "
      "Sågverkstomten (120) and Storängen etapp 2 (170).",
      items=["2024:06 Södra centrum etapp 2", "2025:04 Gärdsängen Ölmsta tätort",
             "2026:03 Stationsområdet Ölmsta tätort", "2026:08 Storängen etapp 1",
             "2027:01 Sågverkstomten Ölmsta tätort", "2027:08 Storängen etapp 2"]),
    q("Vilka prioriteringar gäller för planarbetet i Ölmsta de kommande åren?", "sv", "list", D, 3,
      ["Nya planuppdrag ges bara om planen kan finansieras med planavtal"],
      "Fem: bostäder nära station och centrum först, Kullerud antaget senast hösten 2027, planer för kommunens "
      "egna verksamheter när behovet är styrkt, nya uppdrag bara med planavtal eller planavgift, och "
      "Stationsområdet samordnat med Trafikverket.",
      items=["Planer som ger bostäder i Ölmsta", "Kullerud verksamhetsområde ska vara antaget",
             "Planer för kommunens egna verksamheter", "Nya planuppdrag ges bara om",
             "Stationsområdet samordnas med Trafikverkets ombyggnad"]),
    q("Varför har arbetet med detaljplanen för Grusgropen i Ölmsta stoppats?", "sv", "passage", D, 4,
      ["En markundersökning har visat föroreningar från den tidigare asfaltsverksamheten"],
      "En markundersökning har visat föroreningar från den tidigare asfaltsverksamheten; arbetet återupptas när "
      "länsstyrelsen har beslutat om sanering."),
    none("Vad kostar det att ta fram detaljplanen för Sågverkstomten i Ölmsta?", "sv"),
    none("How many members does Ölmsta's planning committee (samhällsbyggnadsnämnden) have?", "en"),
    none("Hur många av bostäderna i Ölmstas planprogram blir hyresrätter?", "sv"),
    none("Hur många bostäder planerar Ölmsta för år 2030?", "sv"),

    # ------------------------------------------------------------ (e) Gisslinge, RSA 2027–2030
    q("Vilket riskvärde får en översvämning av Gisslingeån i Gisslinges riskanalys?", "sv", "figure", E, 2,
      ["R3 Översvämning längs Gisslingeån Sannolikhet 4 × konsekvens 3 = riskvärde 12"],
      "Riskvärde 12 (sannolikhet 4 × konsekvens 3), vilket är en hög risk.",
      [fig(12, "antal", "riskvärde 12")]),
    q("How likely is a heatwave judged to be in Gisslinge's risk and vulnerability analysis (likelihood score)?",
      "en", "figure", E, 2, ["R8 Värmebölja Sannolikhet 4 × konsekvens 2 = riskvärde 8 (medel)"],
      "A likelihood of 4 on the five-point scale; with consequence 2 the risk value is 8 (medium).",
      [fig(4, "antal", "Sannolikhet 4")]),
    q("När ska Gisslinge ha infört tvåfaktorsinloggning enligt åtgärdslistan?", "sv", "figure", E, 3,
      ["Å4 Införa tvåfaktorsinloggning och öva återställning från säkerhetskopior två gånger per år R5 "
       "IT-avdelningen 2027-09-30"],
      "Senast 2027-09-30 (åtgärd Å4, IT-avdelningen, mot risken för IT-attack).",
      [fig("2027-09-30", "datum", "2027-09-30")]),
    q("Hur många av riskerna i Gisslinges analys bedöms ha högt riskvärde?", "sv", "figure", E, 1,
      ["Av dem har 2 mycket högt riskvärde, 3 högt, 6 medelhögt"],
      "Tre risker har högt riskvärde; därutöver har två mycket högt, sex medelhögt och en lågt riskvärde.",
      [fig(3, "antal", "3 högt")]),
    q("Vilka av Gisslinges åtgärder ska vara genomförda under 2027?", "sv", "list", E, 3,
      ["Tidplanen anger det datum då åtgärden ska vara genomförd"],
      "Sex: Å1 reservkraft i vattenverket (2027-06-30), Å2 plan för nödvatten (2027-12-31), Å4 "
      "tvåfaktorsinloggning (2027-09-30), Å5 trygghetspunkter (2027-10-31), Å7 rutiner för värmebölja "
      "(2027-05-31) och Å8 utrymningsövningar (2027-11-30).",
      items=["Å1 Installera fast reservkraft i", "Å2 Ta fram en plan för nödvatten",
             "Å4 Införa tvåfaktorsinloggning och öva", "Å5 Utse och utrusta en trygghetspunkt",
             "Å7 Ta fram rutiner för värmebölja", "Å8 Genomföra utrymningsövningar nattetid på"]),
    q("Which risks in Gisslinge's analysis have a high or very high risk value (10 or more)?", "en", "list", E, 2,
      ["Färgen i kanten visar risknivån: grön = låg, gul = medel"],
      "Five: R1 long power cut (15), R2 contaminated drinking water (12), R3 flooding along Gisslingeån (12), "
      "R5 IT attack (16) and R10 dangerous goods accident (10).",
      items=["R1 Långvarigt elavbrott Sannolikhet 3", "R2 Förorenat dricksvatten Sannolikhet 3",
             "R3 Översvämning längs Gisslingeån", "R5 IT-attack mot kommunens system",
             "R10 Olycka med farligt gods"]),
    q("Varför bedömer Gisslinge att risken för förorenat dricksvatten har ökat?", "sv", "passage", E, 2,
      ["Sannolikheten har höjts eftersom råvattnet i Gisslingeån har haft förhöjda halter efter skyfall"],
      "Råvattnet i Gisslingeån har haft förhöjda halter efter skyfall, så sannolikheten har höjts (från 2 till 3 "
      "jämfört med förra analysen)."),
    none("Vad kostar reservkraften till Gisslinge vattenverk?", "sv"),
    none("How many members sit on Gisslinge's crisis management committee (krisledningsnämnden)?", "en"),
    none("Vilket riskvärde hade IT-attacker i Gisslinges förra risk- och sårbarhetsanalys?", "sv"),

    # ------------------------------------------------------------ (f) Ugnsta, delegationsbeslut (p. 2 scanned)
    q("How much did Ugnsta pay for the furniture for the new dining hall at Centrumskolan, according to the "
      "delegation list?", "en", "figure", F, 2,
      ["Avrop från ramavtal av möbler till Centrumskolans nya matsal Upphandlingschef 312 750"],
      "312,750 kronor (decision 2027:47 of 1 October 2027 by the procurement manager, a call-off from a "
      "framework agreement).",
      [fig(312750, "kr", "312 750")]),
    q("Hur stort lån tog Ugnstas ekonomichef upp hos Kommuninvest under hösten 2027?", "sv", "figure", F, 2,
      ["fullmäktige har beslutat Ekonomichef 25 000 000"],
      "25 000 000 kronor (beslut 2027:50 den 2027-10-18), med rörlig ränta och tre års löptid.",
      [fig(25000000, "kr", "25 000 000")]),
    q("Vilket datum beslutades försäljningen av Ugnstas gamla hjullastare?", "sv", "figure", F, 2,
      ["2027:48 2027-10-05 Försäljning av begagnad hjullastare genom nätauktion"],
      "Den 5 oktober 2027 (2027-10-05), beslut 2027:48 av teknisk chef; försäljningen gav 268 000 kronor.",
      [fig("2027-10-05", "datum", "2027-10-05")]),
    q("Hur många delegationsbeslut anmäls till kommunstyrelsen i Ugnsta för september och oktober 2027?", "sv",
      "figure", F, 1, ["Under perioden har 12 beslut fattats med stöd av delegation"],
      "Tolv beslut, varav två av ordföranden och tre av kommundirektören.",
      [fig(12, "antal", "12 beslut")]),
    q("Hur stort bidrag får kommundirektören i Ugnsta som mest bevilja ur utvecklingsfonden?", "sv", "figure", F,
      3, ["2.3 Bidrag ur kommunstyrelsens utvecklingsfond Kommundirektör Högst 75 000 kr per ansökan"],
      "Högst 75 000 kronor per ansökan (punkt 2.3 i delegationsordningen).",
      [fig(75000, "kr", "75 000 kr")]),
    q("Vilka ärenden har Ugnstas kommunstyrelse delegerat till kommundirektören?", "sv", "list", F, 3,
      ["Utdraget omfattar de punkter i delegationsordningen som besluten i bilaga 1"],
      "Fyra punkter: 1.2 yttranden över remisser, 2.3 bidrag ur utvecklingsfonden, 3.3 tilldelningsbeslut i "
      "större upphandlingar och 5.2 anställning av förvaltningschefer.",
      items=["1.2 Yttranden över remisser som inte", "2.3 Bidrag ur kommunstyrelsens utvecklingsfond",
             "3.3 Tilldelningsbeslut i upphandling över", "5.2 Anställning av förvaltningschefer"]),
    q("Vilka delegationer i Ugnsta har en beloppsgräns under en miljon kronor?", "sv", "list", F, 3,
      ["Utdraget omfattar de punkter i delegationsordningen som besluten i bilaga 1"],
      "Fyra: 2.2 avskrivning av fordringar (50 000 kr), 2.3 bidrag ur utvecklingsfonden (75 000 kr), 3.1 "
      "direktupphandling (700 000 kr) och 4.2 försäljning av lös egendom (300 000 kr).",
      items=["2.2 Avskrivning av fordringar Ekonomichef", "2.3 Bidrag ur kommunstyrelsens utvecklingsfond",
             "3.1 Direktupphandling Förvaltningschef eller HR-chef", "4.2 Försäljning av lös egendom"]),
    q("Varför fattade ordföranden i Ugnsta själv beslutet om yttrandet över vindkraftsparken?", "sv", "passage",
      F, 2, ["eftersom länsstyrelsens svarstid gick ut den 10 september"],
      "Det var ett brådskande ärende enligt 6 kap. 39 § kommunallagen: länsstyrelsens svarstid gick ut den 10 "
      "september, innan kommunstyrelsen hade sitt nästa sammanträde."),
    none("Hur många ledamöter har kommunstyrelsen i Ugnsta?", "sv"),
    none("Vilken räntesats fick Ugnsta på lånet från Kommuninvest?", "sv"),
    none("Vem köpte den begagnade hjullastaren som Ugnsta sålde?", "sv"),
]


def main():
    assert len(Q) == 68, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"t{24000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
