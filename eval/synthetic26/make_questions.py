"""Writes ../train_syn26.jsonl: 68 gold questions (t26001–t26068) about the six synthetic26 PDFs.

22 figure, 20 list (19 conditional – 8 of them compare two cells of the same row – and 1 complete), 6 passage,
20 none; 51 in Swedish and 17 in English (6 English figures, 5 English lists, 1 English passage, 5 English none).
Items are written out literally (not derived from data.py) so that check.py, which recomputes the expected rows
from data.py, is an independent check. Four questions (two figures, one list and one passage) are about p. 2 of
the Äppelvik document, a scanned page without a text layer; their evidence is the text printed in the image. The
none questions are near misses: the same municipality, document and topic, but a fact the documents do not give.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn26.jsonl"

A = "tyllinge-ks-uppfoljning-internkontroll-2026.pdf"
B = "mjardevik-underhallsplan-gator-vagar-2027-2031.pdf"
C = "orrhammar-biblioteksstatistik-2026.pdf"
D = "isbacka-tillsynsplan-miljo-halsoskydd-2027.pdf"
E = "ylvasund-energirapport-fastigheter-2026.pdf"
F = "appelvik-mbn-delegationsbeslut-bygglov-sep-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_CAP = "Tabell 2. Kontrollpunkter och resultat 2026"
B_CAP = "Tabell 1. Gator i underhållsplanen 2027–2031"
C_CAP = "Tabell 1. Utlån och besök 2024–2026 samt öppettimmar per vecka 2026"
D_CAP = "Tabell 1. Objekt, inspektioner och timmar per objektkategori"
E_CAP = "Tabell 2. Energianvändning per byggnad 2025–2026"

Q = [
    # ------------------------------------------------------------ (a) Tyllinge, uppföljning internkontroll 2026
    q("Vilket riskvärde föreslås inför 2027 för kontrollen av att lön inte betalas ut till personer som har "
      "slutat i Tyllinge?", "sv", "figure", A, 2,
      ["mot lönelistan Lönechef Månadsvis 2 4 8 Med anmärkning 12"],
      "Riskvärde 12 inför 2027 (i planen för 2026 var det 8: sannolikhet 2 × konsekvens 4). Kontrollen (C1) fick "
      "anmärkning.",
      [fig(12, "antal", "12")]),
    q("Hur många av kontrollpunkterna i Tyllinges interna kontroll 2026 redovisas med anmärkning?", "sv",
      "figure", A, 1, ["13 kontrollpunkter redovisas utan anmärkning och 8 med anmärkning"],
      "8 av 21 kontrollpunkter fick anmärkning; 13 var utan anmärkning.",
      [fig(8, "antal", "8 med anmärkning")]),
    q("How much did the purchases made outside contract amount to in Tyllinge's follow-up of internal control "
      "for 2026?", "en", "figure", A, 3,
      ["9 av 160 granskade inköp gjordes utanför avtal, till ett värde av 412 600 kr."],
      "412,600 kronor: 9 of the 160 purchases checked were made outside contract (control B1).",
      [fig(412600, "kr", "412 600 kr")]),
    q("När ska Tyllinge ha utbildat chefer och skyddsombud i att rapportera tillbud?", "sv", "figure", A, 4,
      ["Utbildning för chefer och skyddsombud om hur tillbud rapporteras. Klart senast 30 september 2027."],
      "Senast den 30 september 2027 (åtgärden för kontrollpunkt C3, där 14 av 52 tillbud saknades i "
      "rapporteringssystemet).",
      [fig("2027-09-30", "datum", "30 september 2027")]),
    q("Vilka kontrollpunkter i Tyllinge får ett högre riskvärde inför 2027 än de hade i planen för 2026?", "sv",
      "list", A, 2, [A_CAP],
      "Fyra: A2 representation och måltider (6 → 9), B2 direktupphandlingar (12 → 16), C1 lön efter avslutad "
      "anställning (8 → 12) och E1 diarieföring (6 → 9).",
      items=["A2 Representation och måltider", "B2 Dokumentation av direktupphandlingar över 100",
             "C1 Lön betalas inte ut", "E1 Diarieföring inom fem arbetsdagar"]),
    q("Vilka kontroller inom processen upphandling och inköp fick anmärkning i Tyllinge?", "sv", "list", A, 2,
      [A_CAP],
      "Två: B1 avtalstrohet vid inköp och B2 dokumentation av direktupphandlingar över 100 000 kr.",
      items=["B1 Avtalstrohet vid inköp", "B2 Dokumentation av direktupphandlingar över 100"]),
    q("Which of Tyllinge's monthly controls resulted in remarks (med anmärkning) in 2026?", "en", "list", A, 2,
      [A_CAP],
      "Three: A4 customer invoices and reminders, C1 pay after employment has ended, and D1 removal of access "
      "rights when employment ends.",
      items=["A4 Kundfakturor och påminnelser", "C1 Lön betalas inte ut", "D1 Behörigheter tas bort när"]),
    q("Vilka kontrollpunkter är IT-chefen i Tyllinge ansvarig för?", "sv", "list", A, 3, [A_CAP + " (forts.)"],
      "Tre: D1 behörigheter när anställningen upphör, D2 återläsning av säkerhetskopior och D4 lösenordsregler. "
      "D3 ansvarar dataskyddssamordnaren för.",
      items=["D1 Behörigheter tas bort när", "D2 Säkerhetskopior kan läsas tillbaka",
             "D4 Lösenordsregler i verksamhetssystemen"]),
    q("Varför bedöms risken kring direktupphandlingarna i Tyllinge som större inför 2027?", "sv", "passage", A,
      4, ["bristerna gällde två av årets största direktupphandlingar och kommunen ännu saknar ett gemensamt"],
      "Riskvärdet höjs från 12 till 16 eftersom bristerna gällde två av årets största direktupphandlingar och "
      "kommunen ännu saknar ett gemensamt register för dem."),
    none("Hur många timmar lade Tyllinges förvaltning på arbetet med internkontrollen 2026?", "sv"),
    none("Which control points did the social services committee (socialnämnden) in Tyllinge include in its "
         "internal control plan for 2026?", "en"),
    none("Hur mycket av lönen som felaktigt betalades ut i Tyllinge har hittills betalats tillbaka?", "sv"),

    # ------------------------------------------------------------ (b) Mjärdevik, underhållsplan gator 2027–2031
    q("Vad beräknas förstärkningen av Odalvägen i Mjärdevik kosta?", "sv", "figure", B, 2,
      ["Odalvägen Hela vägen 640 4 Förstärkning av bärlagret 2028 2028 2 310"],
      "2 310 tkr. Vägen (640 m, tillståndsklass 4) ska åtgärdas 2028, samma år som i planen från 2026.",
      [fig(2310, "tkr", "2 310")]),
    q("In which year is Tofsvipevägen in Mjärdevik now scheduled for new paving?", "en", "figure", B, 3,
      ["Tofsvipevägen Tegelugnsvägen–skolan 560 3 Ny beläggning och gångbana 2028 2027 1 790"],
      "2028 – postponed from 2027 in the previous plan; the work (new paving and a footpath) is estimated at "
      "1,790 tkr.",
      [fig(2028, "år", "2028")]),
    q("Hur mycket planerar Mjärdevik att lägga på beläggningsunderhållet år 2030?", "sv", "figure", B, 1,
      ["4 400 2029 3 040 2030 4 660 2031"],
      "3 040 tkr år 2030, det lägsta beloppet under perioden (7 720 tkr 2027, 5 560 tkr 2028, 4 400 tkr 2029 "
      "och 4 660 tkr 2031).",
      [fig(3040, "tkr", "3 040")]),
    q("Vad kostar åtgärderna i stadsdelen Tegelvik sammanlagt enligt Mjärdeviks underhållsplan?", "sv",
      "figure", B, 3, ["Delsumma Tegelvik 2 700 7 530"],
      "7 530 tkr för 2 700 meter gata i Tegelvik, av totalt 25 380 tkr.",
      [fig(7530, "tkr", "7 530")]),
    q("Vilka gator i Mjärdevik har skjutits upp jämfört med underhållsplanen från 2026?", "sv", "list", B, 2,
      [B_CAP],
      "Sex: Tullgatan (2027 → 2029), Magasinsgatan (2029 → 2031), Ishusgatan (2026 → 2027), Oxhagsvägen "
      "(2028 → 2030), Tofsvipevägen (2027 → 2028) och Ilsviksvägen (2029 → 2031).",
      items=["Tullgatan Hela gatan 540", "Magasinsgatan Torggatan–hamnen 260", "Ishusgatan Hela gatan 180",
             "Oxhagsvägen Mjölnargatan–Odalvägen 1 150", "Tofsvipevägen Tegelugnsvägen–skolan 560",
             "Ilsviksvägen Hela vägen 2 080"]),
    q("Vilka gator i Mjärdevik är i den sämsta tillståndsklassen?", "sv", "list", B, 2, [B_CAP],
      "Fem gator har klass 4 (mycket dålig): Torggatan, Ishusgatan, Odalvägen, Tegelugnsvägen och Trutvägen.",
      items=["Torggatan Tullgatan–Magasinsgatan 310 4", "Ishusgatan Hela gatan 180 4", "Odalvägen Hela vägen 640 4",
             "Tegelugnsvägen Mästargatan–Tofsvipevägen 1 320", "Trutvägen Hela vägen 240 4"]),
    q("Which streets in Mjärdevik's maintenance plan are estimated to cost more than 2 million kronor?", "en",
      "list", B, 2, [B_CAP],
      "Four: Oxhagsvägen (2,760 tkr), Odalvägen (2,310 tkr), Tegelugnsvägen (4,620 tkr) and Ilsviksvägen "
      "(4,160 tkr).",
      items=["Oxhagsvägen Mjölnargatan–Odalvägen 1 150", "Odalvägen Hela vägen 640",
             "Tegelugnsvägen Mästargatan–Tofsvipevägen 1 320", "Ilsviksvägen Hela vägen 2 080"]),
    q("Vilka gator i Oxhagen ska åtgärdas senast 2029 enligt Mjärdeviks plan?", "sv", "list", B, 2, [B_CAP],
      "Två: Odalvägen (2028) och Murklevägen (2029). Oxhagsvägen väntar till 2030 och Tranbärsvägen till 2031.",
      items=["Odalvägen Hela vägen 640", "Murklevägen Oxhagsvägen–vändplanen 290"]),
    q("Varför väntar Mjärdevik med att lägga ny beläggning på Oxhagsvägen?", "sv", "passage", B, 4,
      ["vatten- och avloppsledningarna under vägen ska bytas 2028–2029"],
      "Vatten- och avloppsledningarna under vägen ska bytas 2028–2029, och beläggningen läggs först när "
      "ledningsarbetet är klart. Åtgärden har därför flyttats från 2028 till 2030."),
    none("Hur mycket lägger Mjärdevik på snöröjning och vinterväghållning per år?", "sv"),
    none("How many kilometres of gravel roads does Mjärdevik maintain?", "en"),
    none("Vilket företag ska lägga den nya beläggningen på Tegelugnsvägen i Mjärdevik?", "sv"),

    # ------------------------------------------------------------ (c) Orrhammar, biblioteksstatistik 2026
    q("Hur många besök hade Ytterlunda bibliotek i Orrhammar under 2025?", "sv", "figure", C, 2,
      ["Ytterlunda bibliotek 24 310 21 405 25 876 22 980 27 342 24 766 28"],
      "22 980 besök 2025 (21 405 år 2024 och 24 766 år 2026).",
      [fig(22980, "antal", "22 980")]),
    q("How many loans did Orrhammar's public libraries have in total in 2024?", "en", "figure", C, 2,
      ["Totalt 252 870 269 015 248 450 271 655 246 400 268 588 200"],
      "252,870 loans in 2024 (248,450 in 2025 and 246,400 in 2026).",
      [fig(252870, "antal", "252 870")]),
    q("Hur många timmar i veckan har Tunaby bibliotek i Orrhammar öppet?", "sv", "figure", C, 2,
      ["Tunaby bibliotek 31 645 29 870 30 112 28 455 28 904 27 118 32"],
      "32 timmar i veckan (2026).",
      [fig(32, "antal", "32")]),
    q("Hur stor andel av besöken på Orrhammars bibliotek 2026 gick till stadsbiblioteket?", "sv", "figure", C,
      1, ["Stadsbiblioteket stod för 57,3 procent av utlånen och 65,0 procent av besöken"],
      "65,0 procent av besöken (och 57,3 procent av utlånen).",
      [fig(65.0, "procent", "65,0 procent")]),
    q("Vilka av Orrhammars bibliotek lånade ut mer under 2026 än under 2025?", "sv", "list", C, 2, [C_CAP],
      "Fem: stadsbiblioteket, Ytterlunda, Ollestad, Marbäcka och bokbussen. Tunaby och Ängsbro minskade.",
      items=["Orrhammars stadsbibliotek 142 380", "Ytterlunda bibliotek 24 310", "Ollestads bibliotek 9 877",
             "Marbäcka bibliotek 14 206", "Bokbussen 11 532 –"]),
    q("Which libraries in Orrhammar had fewer visitors in 2026 than in 2025?", "en", "list", C, 2, [C_CAP],
      "Three: Tunaby (28,455 → 27,118), Ängsbro (19,632 → 12,407) and Ollestad (11,980 → 11,742). The book bus "
      "does not count visitors.",
      items=["Tunaby bibliotek 31 645", "Ängsbro bibliotek 18 920", "Ollestads bibliotek 9 877"]),
    q("Vilka bibliotek i Orrhammar har färre än 25 öppettimmar i veckan?", "sv", "list", C, 2, [C_CAP],
      "Fyra: Ängsbro (24), Ollestad (16), Marbäcka (20) och bokbussen (22).",
      items=["Ängsbro bibliotek 18 920", "Ollestads bibliotek 9 877", "Marbäcka bibliotek 14 206",
             "Bokbussen 11 532 –"]),
    q("Varför minskade utlånen så kraftigt på Ängsbro bibliotek i Orrhammar?", "sv", "passage", C, 3,
      ["under stängningen fanns bara en hämtstation för reserverade böcker"],
      "Biblioteket var stängt från mars till juni 2026 medan lokalen fick ny ventilation och "
      "tillgänglighetsanpassades; under stängningen fanns bara en hämtstation. Utlånen minskade med 34,8 procent."),
    none("Hur många e-böcker lånades ut via biblioteken i Orrhammar 2026?", "sv"),
    none("How many loans did Orrhammar's libraries have in 2023?", "en"),
    none("Hur stort är medieanslaget för biblioteken i Orrhammar?", "sv"),
    none("Hur många bibliotekarier och andra anställda arbetar vid Orrhammars bibliotek?", "sv"),

    # ------------------------------------------------------------ (d) Isbäcka, tillsynsplan 2027
    q("Hur många enskilda avlopp inspekterade Isbäcka under 2025?", "sv", "figure", D, 2,
      ["Enskilda avlopp 1 240 1 Vart 10:e år 120 96 120 134 360"],
      "96 av 120 planerade (2026 inspekterades 134 mot 120 planerade).",
      [fig(96, "antal", "96")]),
    q("How many hours of planned supervision does Isbäcka's supervision plan require in 2027 in total?", "en",
      "figure", D, 2, ["Totalt 1 567 223 190 230 231 1 921"],
      "1,921 hours for 1,567 objects (1,395 for environmental protection, 366 for health protection and 160 for "
      "chemicals and contaminated land).",
      [fig(1921, "antal", "1 921")]),
    q("Hur många anmälningspliktiga verksamheter fick tillsynsbesök i Isbäcka 2026?", "sv", "figure", D, 2,
      ["Anmälningspliktiga verksamheter (C) 48 4 Vart 2:a år 24 22 24 19 480"],
      "19 inspektioner mot 24 planerade (2025: 22 av 24).",
      [fig(19, "antal", "19")]),
    q("Inom vilka objektkategorier gjorde Isbäcka färre inspektioner än planerat under 2026?", "sv", "list", D,
      2, [D_CAP],
      "Fyra: tillståndspliktiga verksamheter (6 av 7), anmälningspliktiga verksamheter (19 av 24), förskolor "
      "och skolor (14 av 18) och köldmedieanläggningar (7 av 10).",
      items=["Tillståndspliktiga verksamheter (B) 7", "Anmälningspliktiga verksamheter (C) 48",
             "Förskolor och skolor 36", "Köldmedieanläggningar 85 1"]),
    q("Which health-protection (hälsoskydd) categories in Isbäcka have more than 20 objects?", "en", "list", D,
      2, [D_CAP],
      "Three: preschools and schools (36), hygiene premises such as tattoo and foot-care studios (22) and "
      "apartment buildings (61).",
      items=["Förskolor och skolor 36", "Hygienlokaler (tatuering, fotvård m.m.) 22", "Flerbostadshus 61 1"]),
    q("Vilka prioriteringar har Isbäckas miljö- och byggnadsnämnd för tillsynen under 2027?", "sv", "list", D,
      3, ["där belastningen av fosfor är störst"],
      "Fem: enskilda avlopp i Isbäckaåns avrinningsområde, förskolor och skolor som inte fick besök 2026, "
      "anmälningspliktiga verksamheter med tidigare brister, skrivbordsgranskning av köldmedieanläggningar och "
      "ett projekt om kemikalier på bilverkstäder.",
      items=["Tillsynen av enskilda avlopp fortsätter", "Förskolor och skolor som inte fick",
             "Anmälningspliktiga verksamheter som hade brister", "Köldmedieanläggningar kontrolleras genom att",
             "Ett tillsynsprojekt om kemikaliehantering"]),
    q("Why did Isbäcka inspect fewer preschools and schools than planned in 2026?", "en", "passage", D, 1,
      ["en inspektör var föräldraledig under hösten 2026 och vikariatet inte gick att tillsätta"],
      "An inspector was on parental leave in the autumn of 2026 and the temporary post could not be filled; "
      "only 14 of 18 planned inspections were made, and the remaining ones are prioritised in 2027."),
    none("Vilken timavgift tar Isbäcka ut för tillsyn enligt miljöbalken?", "sv"),
    none("Hur många livsmedelskontroller planerar Isbäcka för 2027?", "sv"),
    none("Hur många klagomål tog miljöförvaltningen i Isbäcka emot under 2026?", "sv"),

    # ------------------------------------------------------------ (e) Ylvasund, energirapport 2026
    q("Hur mycket energi per kvadratmeter använde Mariagårdens äldreboende i Ylvasund 2025?", "sv", "figure",
      E, 2, ["Mariagårdens äldreboende Äldreboende 168 161 150 −4,2"],
      "168 kWh/m² år 2025 (161 kWh/m² 2026, mot målet 150).",
      [fig(168, "antal", "168")]),
    q("What is the energy target in kWh per square metre for Ylvasundshallen in Ylvasund?", "en", "figure", E,
      2, ["Ylvasundshallen Idrottshall 147 151 140 +2,7"],
      "140 kWh/m²; the sports hall used 151 kWh/m² in 2026 (147 in 2025), so it missed the target.",
      [fig(140, "antal", "140")]),
    q("Med hur många procent förändrades energianvändningen per kvadratmeter i Ylvasunds ishall från 2025 till "
      "2026?", "sv", "figure", E, 2, ["Ylvasunds ishall Ishall 312 298 300 −4,5"],
      "Den minskade med 4,5 procent, från 312 till 298 kWh/m² (målet är 300).",
      [fig(-4.5, "procent", "−4,5")]),
    q("Vad kostade energin för Ylvasunds kommunala byggnader under 2026?", "sv", "figure", E, 1,
      ["Energikostnaden för byggnaderna blev 14,6 mnkr 2026, jämfört med budgeterade 15,0 mnkr"],
      "14,6 mnkr, mot budgeterade 15,0 mnkr och 15,3 mnkr under 2025.",
      [fig(14.6, "mnkr", "14,6 mnkr")]),
    q("Vilka byggnader i Ylvasund når inte sitt energimål för 2026?", "sv", "list", E, 2, [E_CAP],
      "Sex: Tornrosskolan (124 mot 115), Idunskolan (111 mot 110), Tuvängsskolan (138 mot 120), Tvärskogs skola "
      "(130 mot 125), Mariagårdens äldreboende (161 mot 150) och Ylvasundshallen (151 mot 140).",
      items=["Tornrosskolan Skola 131", "Idunskolan Skola 108", "Tuvängsskolan Skola 142",
             "Tvärskogs skola Skola 127", "Mariagårdens äldreboende Äldreboende 168", "Ylvasundshallen Idrottshall 147"]),
    q("Which of Ylvasund's buildings used more energy per square metre in 2026 than in 2025?", "en", "list", E,
      2, [E_CAP],
      "Six: Tingshuset (+3.1 %), Idunskolan (+2.8 %), Tvärskogs skola (+2.4 %), Oktavens förskola (+2.6 %), "
      "Ängshemmet (+2.0 %) and Ylvasundshallen (+2.7 %).",
      items=["Tingshuset Kontor 96", "Idunskolan Skola 108", "Tvärskogs skola Skola 127",
             "Oktavens förskola Förskola 114", "Ängshemmet Äldreboende 152", "Ylvasundshallen Idrottshall 147"]),
    q("Vilka skolor i Ylvasund minskade sin energianvändning med mer än 4 procent 2026?", "sv", "list", E, 2,
      [E_CAP],
      "Två: Tornrosskolan (−5,3 procent) och Tranhöjdsskolan (−5,1 procent). Tuvängsskolan minskade med 2,8 "
      "procent; Idunskolan och Tvärskogs skola ökade.",
      items=["Tornrosskolan Skola 131", "Tranhöjdsskolan Skola 99"]),
    q("Vilka energiåtgärder planerar Ylvasund att genomföra under 2028?", "sv", "list", E, 3,
      ["Åtgärderna ingår i fastighetsavdelningens underhållsplan"],
      "Tre: solceller på Mariagårdens äldreboende (cirka 120 kW), ett nytt styrsystem för värme och ventilation i "
      "Idunskolan och nya kylaggregat med värmeåtervinning i ishallen.",
      items=["Solceller på taket till Mariagårdens", "Nytt styrsystem för värme och ventilation",
             "Nya kylaggregat med värmeåtervinning"]),
    q("Vad förklarar att Ylvasundshallen i Ylvasunds kommun använde mer energi 2026?", "sv", "passage", E, 3,
      ["värmeåtervinningen i ventilationen var ur funktion från maj till juli"],
      "Hallen hade öppet även under sommaren 2026, och värmeåtervinningen i ventilationen var ur funktion från "
      "maj till juli."),
    none("Hur stora var koldioxidutsläppen från Ylvasunds kommunala byggnader 2026?", "sv"),
    none("How much electricity per year will the solar panels on Mariagården in Ylvasund produce?", "en"),
    none("Vilket mål har Ylvasund för energianvändningen i fastigheterna till 2030?", "sv"),

    # ------------------------------------------------------------ (f) Äppelvik, delegationsbeslut bygglov (scan p. 2)
    q("What building-permit fee was charged for the block of flats on Orgeln 1 in Äppelvik?", "en", "figure", F,
      2, ["B 2027-408 2027-09-16 Orgeln 1 Nybyggnad av flerbostadshus Beviljas 142 800"],
      "142,800 kronor; the permit for a block of 24 flats was granted on 16 September 2027.",
      [fig(142800, "kr", "142 800")]),
    q("Vilket datum avslogs ansökan om att bygga till garaget på Oxeln 4 i Äppelvik?", "sv", "figure", F, 2,
      ["B 2027-410 2027-09-21 Oxeln 4 Tillbyggnad av garage som Avslås 5 940"],
      "Den 21 september 2027. Tillbyggnaden skulle ha gett en byggnadsarea på 212 m², mot högst 180 m² enligt "
      "detaljplanen.",
      [fig("2027-09-21", "datum", "2027-09-21")]),
    q("Hur stor andel av besluten om nya flerbostadshus i Äppelvik fattades inom tio veckor 2027?", "sv",
      "figure", F, 3, ["Nybyggnad av flerbostadshus 4 6 8,2 9,6 83"],
      "83 procent (fem av sex beslut); medianen var 9,6 veckor mot 8,2 veckor 2026.",
      [fig(83, "procent", "83")]),
    q("Vilka bygglovsbeslut i Äppelvik i september 2027 hade en avgift på mer än 25 000 kronor?", "sv", "list",
      F, 2, ["Period: 2027-09-01 -- 2027-09-30 Delegat: bygglovshandläggare"],
      "Fem: B 2027-401 Malmen 3 (28 450 kr), B 2027-405 Ingenjören 5 (31 600 kr), B 2027-408 Orgeln 1 "
      "(142 800 kr), B 2027-412 Ingenjören 11 (68 350 kr) och B 2027-413 Yxan 7 (26 910 kr).",
      items=["B 2027-401 2027-09-02 Malmen 3", "B 2027-405 2027-09-09 Ingenjören 5",
             "B 2027-408 2027-09-16 Orgeln 1", "B 2027-412 2027-09-27 Ingenjören 11", "B 2027-413 2027-09-28 Yxan 7"]),
    q("För vilka ärendetyper har handläggningstiden för bygglov i Äppelvik blivit längre 2027 än 2026?", "sv",
      "list", F, 3, ["Ärendetyp Beslut jan–sep 2026 Beslut jan–sep 2027"],
      "Tre: tillbyggnad (4,3 → 4,8 veckor), nybyggnad av flerbostadshus (8,2 → 9,6) och ändrad användning "
      "(5,2 → 6,3).",
      items=["Tillbyggnad 46 52 4,3", "Nybyggnad av flerbostadshus 4 6", "Ändrad användning 9 12"]),
    q("Varför nekades bygglov för fritidshuset på Äppelvik 3:12?", "sv", "passage", F, 2,
      ["Platsen ligger inom strandskyddat område och utanför de områden som"],
      "Platsen ligger inom strandskyddat område och utanför de områden som översiktsplanen pekar ut för ny "
      "bebyggelse (beslut B 2027-404)."),
    none("Hur många ledamöter har miljö- och byggnadsnämnden i Äppelvik?", "sv"),
    none("Hur många startbesked gav byggnadsnämnden i Äppelvik i september 2027?", "sv"),
    none("How many of Äppelvik's building-permit decisions in September 2027 were appealed?", "en"),
    none("Hur hög är timavgiften i Äppelviks taxa för bygglov?", "sv"),
]


def main():
    assert len(Q) == 68, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"t{26000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
