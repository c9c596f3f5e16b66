"""Writes ../train_syn32.jsonl: 72 gold questions (t32001–t32072) about the six synthetic32 PDFs.

30 figure, 12 list (11 conditional – 5 of them compare two cells of the same row, 3 filter by the group or heading
the rows stand under – and 1 that asks for a whole named list), 6 passage, 24 none (6 of them list-shaped); 54 in
Swedish and 18 in English (8 English figures, 3 English lists, 1 English passage, 6 English none). Items are written
out literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Four questions are about p. 2 of the Odelsvik document, a scanned page without a text layer
(two figures, one list and one near-miss none question); the evidence of the answerable ones is the text printed in
the image. The set weighs FIGURE questions – each answer shares its row, column or sentence with other figures of
the same unit (outcome vs budget vs deviation, this year vs last year, a subtotal vs the total, women vs men, a
target vs an outcome, a number in running text beside two or three others, a cell of a transposed table, a
footnote under a table, a fee excluding vs including VAT) – and NEAR-MISS none questions (same municipality, document and topic, but a year the
tables do not cover, a split they do not make, a measure they do not report, or a list whose condition no row
meets), then list questions.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn32.jsonl"

A = "region-grasund-hsn-verksamhetsberattelse-2026.pdf"
B = "roslinge-budgetforutsattningar-2027-2029.pdf"
C = "westerlunda-personalredovisning-2026.pdf"
D = "ullvika-trafiksakerhetsprogram-uppfoljning-2026.pdf"
E = "gunnesta-sn-ifo-uppfoljning-2026.pdf"
F = "odelsvik-kf-2026-11-23-p142-va-taxa-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Region Gråsund, verksamhetsberättelse HSN 2026
    q("Vad kostade vuxenpsykiatrin i Region Gråsund netto under 2026?", "sv", "figure", A, 2,
      ["Vuxenpsykiatri 688,4 702,5 726,9 −24,4"],
      "726,9 mnkr, vilket är 24,4 mnkr mer än budgeten på 702,5 mnkr. Utfallet 2025 var 688,4 mnkr.",
      [fig(726.9, "mnkr", "726,9")]),
    q("Hur stor budget hade den specialiserade somatiska vården i Region Gråsund sammantaget för 2026?", "sv",
      "figure", A, 2, ["Summa specialiserad somatisk vård 4 454,8 4 601,0 4 647,5 −46,5"],
      "4 601,0 mnkr. Utfallet blev 4 647,5 mnkr, ett underskott på 46,5 mnkr (utfall 2025: 4 454,8 mnkr).",
      [fig(4601.0, "mnkr", "4 601,0")]),
    q("By how much did patient transport (sjukresor) in Region Gråsund exceed its budget in 2026?", "en",
      "figure", A, 3, ["Sjukresor 76,3 79,0 86,1 −7,1"],
      "By 7.1 million kronor: the outcome was 86.1 mnkr against a budget of 79.0 mnkr (76.3 mnkr in 2025).",
      [fig(7.1, "mnkr", "−7,1")]),
    q("Hur stor andel av patienterna i Region Gråsund kom till ett första besök i specialiserad vård inom 90 "
      "dagar under 2026?", "sv", "figure", A, 4,
      ["fick 76,8 procent av patienterna ett första besök inom 90 dagar"],
      "76,8 procent, mot 71,4 procent 2025. Målet är 80 procent.",
      [fig(76.8, "procent", "76,8 procent")]),
    q("How many doctor visits did the health centres in Region Gråsund have in 2025?", "en", "figure", A, 4,
      ["vilket är 6 470 fler än året innan, då antalet var 405 880"],
      "405,880 doctor visits in 2025; in 2026 the number rose by 6,470 to 412,350.",
      [fig(405880, "antal", "405 880")]),
    q("Which areas of specialised somatic care in Region Gråsund went over budget in 2026?", "en", "list", A, 2,
      ["Summa specialiserad somatisk vård 4 454,8 4 601,0 4 647,5 −46,5"],
      "Four: emergency care (−23.3 mnkr), surgery and orthopaedics (−12.8), internal medicine (−12.8) and cancer "
      "care (−8.4).",
      items=["Akutsjukvård 612,8 628,0 651,3", "Kirurgi och ortopedi 1 104,5", "Medicinsk vård 1 268,9 1 305,2",
             "Cancervård 498,6 521,4 529,8"]),
    q("Vilka verksamheter i Region Gråsund kostade mindre 2026 än året innan?", "sv", "list", A, 2,
      ["Närakut och jour 176,9 180,2 174,6 +5,6"],
      "Fyra: närakut och jour (176,9 → 174,6 mnkr), tandvårdsstöd för vuxna (66,2 → 65,7), hjälpmedel "
      "(139,1 → 136,2) och köpt vård utanför regionen (398,7 → 398,5).",
      items=["Närakut och jour 176,9 180,2", "Tandvårdsstöd för vuxna 66,2", "Hjälpmedel 139,1 138,5 136,2",
             "Köpt vård utanför regionen 398,7"]),
    q("Varför gick vuxenpsykiatrin i Region Gråsund med underskott 2026?", "sv", "passage", A, 3,
      ["tre av fyra överläkartjänster i slutenvården har bemannats med hyrläkare"],
      "Främst för att tre av fyra överläkartjänster i slutenvården har bemannats med hyrläkare under större "
      "delen av året; underskottet blev 24,4 mnkr."),
    none("Hur mycket kostade tandvården i Region Gråsund under 2024?", "sv"),
    none("Hur mycket betalade Region Gråsund för hyrläkare inom vuxenpsykiatrin 2026?", "sv"),
    none("What share of women in Region Gråsund got a first visit in specialised care within 90 days in 2026?",
         "en"),
    none("Vilka verksamheter i Region Gråsund överskred budgeten 2026 med mer än 50 miljoner kronor?", "sv"),

    # ------------------------------------------------------------ (b) Roslinge, budgetförutsättningar 2027–2029
    q("Vilken kommunal skattesats ska gälla i Roslinge 2027?", "sv", "figure", B, 1,
      ["den kommunala skattesatsen höjs från 22,14 kronor till 22,39 kronor 2027"],
      "22,39 kronor per 100 kronor, en höjning med 25 öre från 22,14 kronor. Med regionens 11,76 kronor blir den "
      "totala skattesatsen 34,15 kronor.",
      [fig(22.39, "kr", "22,39 kronor")]),
    q("How much does Roslinge expect to receive in income equalisation (inkomstutjämning) in its 2027 budget?",
      "en", "figure", B, 3, ["Inkomstutjämning 342,6 356,1 366,8 378,0"],
      "356.1 million kronor in the 2027 budget (342.6 in the 2026 forecast, 366.8 and 378.0 in the plan for "
      "2028 and 2029).",
      [fig(356.1, "mnkr", "356,1")]),
    q("Hur många invånare väntas Roslinge ha vid utgången av 2028?", "sv", "figure", B, 2,
      ["24 463 24 540 24 620 24 705 24 790"],
      "24 705 invånare enligt kommunens prognos (24 620 vid utgången av 2027 och 24 790 vid utgången av 2029).",
      [fig(24705, "antal", "24 705")]),
    q("Hur stort resultat budgeterar Roslinge för 2027 i miljoner kronor?", "sv", "figure", B, 3,
      ["Årets resultat 21,5 40,3 41,5 45,5"],
      "40,3 mnkr, vilket motsvarar 2,0 procent av skatter och bidrag. Prognosen för 2026 är 21,5 mnkr.",
      [fig(40.3, "mnkr", "40,3")]),
    q("Hur stor slutavräkning för tidigare år ingår i Roslinges skatteintäkter i budgeten för 2027?", "sv",
      "figure", B, 3, ["Inklusive slutavräkning för tidigare år: −4,2 mnkr 2026 och 1,8 mnkr 2027"],
      "1,8 mnkr enligt fotnoten till tabell 2. För 2026 är slutavräkningen −4,2 mnkr, och för planåren räknas "
      "ingen slutavräkning.",
      [fig(1.8, "mnkr", "1,8 mnkr")]),
    q("Vilka nämnder i Roslinge får en ram för 2027 som är mer än 2,5 procent högre än budgeten för 2026?", "sv",
      "list", B, 4, ["Vård- och omsorgsnämnden 612,3 642,0 668,4 696,1 +4,9"],
      "Fyra: kommunstyrelsen (+2,7 procent), barn- och utbildningsnämnden (+2,8), vård- och omsorgsnämnden (+4,9) "
      "och överförmyndarnämnden (+4,9).",
      items=["Kommunstyrelsen 168,4 172,9", "Barn- och utbildningsnämnden 842,6", "Vård- och omsorgsnämnden 612,3",
             "Överförmyndarnämnden 4,1 4,3"]),
    q("Vilka poster i Roslinges utjämning och generella statsbidrag blir negativa för kommunen 2027?", "sv",
      "list", B, 3, ["LSS-utjämning −22,5 −23,1 −23,8 −24,4"],
      "Två: regleringsposten (−6,4 mnkr) och LSS-utjämningen (−23,1 mnkr).",
      items=["Regleringsbidrag/-avgift 18,7 −6,4", "LSS-utjämning −22,5 −23,1"]),
    q("Varför vill Roslinge höja skatten 2027?", "sv", "passage", B, 1,
      ["antalet invånare som är 80 år och äldre ökar med omkring 55 personer per år"],
      "Främst för att antalet invånare som är 80 år och äldre ökar med omkring 55 personer per år, vilket kräver "
      "fler platser i särskilt boende och mer hemtjänst."),
    none("Hur många invånare väntas Roslinge ha år 2030?", "sv"),
    none("What municipal tax rate does Roslinge plan for 2028?", "en"),
    none("Vilka nämnder i Roslinge får en lägre ram 2027 än de hade i budget 2026?", "sv"),
    none("Hur stor är Roslinge kommuns låneskuld?", "sv"),

    # ------------------------------------------------------------ (c) Westerlunda, personalredovisning 2026
    q("Hur många män arbetar inom vård- och omsorgsförvaltningen i Westerlunda?", "sv", "figure", C, 2,
      ["Vård- och omsorgsförvaltningen 904 143 1 047 1 062 45,6"],
      "143 män, av totalt 1 047 medarbetare (904 kvinnor) den 31 december 2026.",
      [fig(143, "antal", "143")]),
    q("Vilken medelålder har medarbetarna på samhällsbyggnadsförvaltningen i Westerlunda?", "sv", "figure", C, 2,
      ["Samhällsbyggnadsförvaltningen 71 139 210 204 47,3"],
      "47,3 år, jämfört med 45,3 år för hela kommunen.",
      [fig(47.3, "år", "47,3")]),
    q("Hur hög var sjukfrånvaron bland medarbetare som är 50 år eller äldre i Westerlunda 2025?", "sv", "figure",
      C, 3, ["2025 6,1 7,2 8,0 7,4"],
      "8,0 procent av den ordinarie arbetstiden 2025. År 2026 steg den till 9,1 procent.",
      [fig(8.0, "procent", "8,0")]),
    q("How many hours of overtime did the care and elderly services department (vård- och omsorgsförvaltningen) "
      "in Westerlunda work in 2026?", "en", "figure", C, 4, ["2026 1 105 7 420 16 980 2 645 3 480"],
      "16,980 hours of overtime and additional hours in 2026, down from 18,450 in 2025 (column VOF).",
      [fig(16980, "antal", "16 980")]),
    q("Hur stor var personalomsättningen i Westerlunda kommun 2026?", "sv", "figure", C, 1,
      ["Personalomsättningen var 10,6 procent, mot 10,5 procent året innan"],
      "10,6 procent, mot 10,5 procent 2025. Målet är högst 9,0 procent.",
      [fig(10.6, "procent", "10,6 procent")]),
    q("På vilka förvaltningar i Westerlunda är männen fler än kvinnorna?", "sv", "list", C, 2,
      ["Service- och teknikförvaltningen 96 122 218 221 49,1"],
      "Två: samhällsbyggnadsförvaltningen (71 kvinnor, 139 män) och service- och teknikförvaltningen (96 kvinnor, "
      "122 män).",
      items=["Samhällsbyggnadsförvaltningen 71 139", "Service- och teknikförvaltningen 96 122"]),
    q("Vilka förvaltningar i Westerlunda har en medelålder över 46 år?", "sv", "list", C, 2,
      ["Kommunledningsförvaltningen 118 64 182 176 46,2"],
      "Tre: kommunledningsförvaltningen (46,2 år), samhällsbyggnadsförvaltningen (47,3) och service- och "
      "teknikförvaltningen (49,1).",
      items=["Kommunledningsförvaltningen 118 64 182", "Samhällsbyggnadsförvaltningen 71 139 210",
             "Service- och teknikförvaltningen 96 122"]),
    q("Why did sick leave among older employees in Westerlunda increase in 2026?", "en", "passage", C, 3,
      ["fler medarbetare över 50 år har haft långa sjukskrivningar efter operationer och belastningsskador"],
      "Because more employees over 50 had long sick leaves after operations and strain injuries; sick leave in "
      "that group rose from 8.0 to 9.1 per cent."),
    none("Hur hög var sjukfrånvaron i Westerlunda kommun 2024?", "sv"),
    none("What was the sick leave among men under 30 in Westerlunda in 2026?", "en"),
    none("Vilka förvaltningar i Westerlunda hade en personalomsättning på över 20 procent 2026?", "sv"),
    none("Hur mycket kostade inhyrd personal från bemanningsföretag i Westerlunda kommun 2026?", "sv"),

    # ------------------------------------------------------------ (d) Ullvika, trafiksäkerhetsprogram uppföljning 2026
    q("Hur många cyklister skadades svårt i trafiken i Ullvika under 2025?", "sv", "figure", D, 2,
      ["Cyklister – 5 22 – 7 26 1 6 29"],
      "7 cyklister skadades svårt 2025 (5 år 2024 och 6 år 2026); 26 skadades lindrigt.",
      [fig(7, "antal", "7")]),
    q("Hur många bilister skadades lindrigt i Ullvika 2026?", "sv", "figure", D, 2,
      ["Bilister 2 6 41 1 5 38 – 4 35"],
      "35 bilister skadades lindrigt 2026, mot 38 år 2025 och 41 år 2024.",
      [fig(35, "antal", "35")]),
    q("What was the 85th percentile speed measured on Gruvvägen in Ullvika?", "en", "figure", D, 4,
      ["Gruvvägen 40 44 51 68 3 450"],
      "51 km/h, on a street with a 40 km/h limit; the mean speed was 44 km/h and 68 per cent drove faster than "
      "the limit.",
      [fig(51, "antal", "51")]),
    q("Vad kostade den separata gång- och cykelvägen utmed Kanalvägen i Ullvika?", "sv", "figure", D, 3,
      ["T04 Kanalvägen Separat gång- och cykelbana, 650 meter Cykelväg 2 850 2026 Genomförd"],
      "2 850 tkr. Den 650 meter långa gång- och cykelbanan byggdes 2026.",
      [fig(2850, "tkr", "2 850")]),
    q("Hur många svårt skadade i trafiken hade Ullvika under 2026?", "sv", "figure", D, 1,
      ["20 personer skadades svårt, mot 19 året innan"],
      "20 svårt skadade, mot 19 året innan och 28 under basåret 2020. Målet för 2030 är högst 14.",
      [fig(20, "antal", "20 personer")]),
    q("Vilka trafiksäkerhetsåtgärder i Ullvika ska genomföras under 2027?", "sv", "list", D, 3,
      ["T09 Gruvvägen Säkrare busshållplats med refug Passage 380 2027 Planerad"],
      "Fyra: cirkulationsplatsen på Ringvägen (4 600 tkr), gångfartsområdet på Kyrkogatan (190 tkr), "
      "busshållplatsen på Gruvvägen (380 tkr) och gupp och skyltning på Ollonstigen (160 tkr).",
      items=["T07 Ringvägen Cirkulationsplats", "T08 Kyrkogatan Gångfartsområde",
             "T09 Gruvvägen Säkrare busshållplats", "T10 Ollonstigen Gupp och skyltning"]),
    q("On which streets in Ullvika was the average speed higher than the speed limit?", "en", "list", D, 4,
      ["Utmarksvägen 60 63 72 61 2 780"],
      "Five: Rådhusgatan (31 in a 30 zone), Utmarksvägen (63 / 60), Ringvägen (52 / 50), Gruvvägen (44 / 40) and "
      "Ollonstigen (33 / 30).",
      items=["Rådhusgatan 30 31 37", "Utmarksvägen 60 63 72", "Ringvägen 50 52 61", "Gruvvägen 40 44 51",
             "Ollonstigen 30 33 39"]),
    q("Varför skadas fler cyklister i Ullvika?", "sv", "passage", D, 1,
      ["singelolyckor på cykelbanor med grus eller is under vinterhalvåret"],
      "De flesta skadas i singelolyckor på cykelbanor med grus eller is under vinterhalvåret; kommunen har därför "
      "skärpt vinterväghållningen."),
    none("Hur många omkom i trafiken i Ullvika 2023?", "sv"),
    none("How many children were injured in traffic in Ullvika in 2026?", "en"),
    none("Vilka trafiksäkerhetsåtgärder i Ullvika kostar mer än 5 miljoner kronor?", "sv"),
    none("Hur mycket kostade hastighetsmätningarna i Ullvika hösten 2026?", "sv"),

    # ------------------------------------------------------------ (e) Gunnesta, IFO verksamhetsuppföljning 2026
    q("What did HVB placements of children and young people cost Gunnesta in 2026?", "en", "figure", E, 2,
      ["26,8 14 HVB 11 21,9"],
      "21.9 million kronor for 11 children and young people in 2026, down from 26.8 mnkr for 14 in 2025.",
      [fig(21.9, "mnkr", "21,9")]),
    q("Hur många vuxna var placerade i familjehem i Gunnesta under 2025?", "sv", "figure", E, 2,
      ["1,1 5 Familjehem 6 1,4"],
      "5 vuxna 2025, till en kostnad av 1,1 mnkr. År 2026 var de 6.",
      [fig(5, "antal", "5")]),
    q("Vad kostade alla placeringar inom individ- och familjeomsorgen i Gunnesta sammanlagt 2026?", "sv",
      "figure", E, 2, ["88,5 127 Totalt 133 89,2"],
      "89,2 mnkr för 133 placerade personer, mot 88,5 mnkr för 127 personer 2025.",
      [fig(89.2, "mnkr", "89,2")]),
    q("Hur länge fick man i Gunnesta vänta på ett första möte hos vuxenenheten 2026?", "sv", "figure", E, 2,
      ["Inom vuxenenheten var mediantiden 12 dagar (19 dagar 2025)"],
      "12 dagar i mediantid 2026, mot 19 dagar 2025.",
      [fig(12, "antal", "12 dagar")]),
    q("Hur många orosanmälningar om barn kom in till Gunnesta under 2026?", "sv", "figure", E, 1,
      ["ökade från 1 284 till 1 412, vilket är 128 fler"],
      "1 412 orosanmälningar, 128 fler än 2025 då de var 1 284.",
      [fig(1412, "antal", "1 412")]),
    q("Vilka utvecklingsområden ska Gunnestas individ- och familjeomsorg arbeta med under 2027?", "sv", "list", E,
      3, ["Socialnämnden har pekat ut fem utvecklingsområden för 2027"],
      "Fem: fler insatser på hemmaplan, rekrytering och stöd till familjehem, kortare väntan inom ekonomiskt "
      "bistånd, kompetens och bemanning samt samverkan med skolan och regionen.",
      items=["Fler insatser på hemmaplan", "Rekrytering och stöd till familjehem",
             "Kortare väntan inom ekonomiskt bistånd", "Kompetens och bemanning",
             "Samverkan med skolan och regionen"]),
    q("Which activities does Gunnesta list under the development area on more support close to home "
      "(hemmaplan)?", "en", "list", E, 3, ["utöka öppenvårdsteamet Orion med två familjebehandlare"],
      "Three: two more family therapists in the outpatient team Orion, group support for parents of teenagers "
      "and intensive support at home as an alternative to HVB.",
      items=["utöka öppenvårdsteamet Orion med två", "starta ett gruppstöd för föräldrar",
             "erbjuda intensivt stöd i hemmet"]),
    q("Varför sjönk kostnaden för att placera barn och unga på HVB i Gunnesta 2026?", "sv", "passage", E, 2,
      ["fler ungdomar har fått stöd av öppenvårdsteamet Orion i stället för att placeras"],
      "För att fler ungdomar har fått stöd av öppenvårdsteamet Orion i stället för att placeras på institution; "
      "kostnaden minskade med 4,9 mnkr."),
    none("Hur många barn var placerade i familjehem i Gunnesta 2024?", "sv"),
    none("What is the cost per day of an HVB placement in Gunnesta?", "en"),
    none("Vilka placeringsformer kostade Gunnesta mer än 25 miljoner kronor under 2026?", "sv"),
    none("Hur många av barnen i Gunnesta var placerade med stöd av LVU 2026?", "sv"),

    # ------------------------------------------------------------ (f) Odelsvik, VA-taxa 2027 (scanned p. 2)
    q("Vad kostar förbrukningsavgiften per kubikmeter vatten i Odelsvik 2027 inklusive moms?", "sv", "figure", F,
      2, ["Förbrukningsavgift per m³ 28,40 35,50 30,96 38,70"],
      "38,70 kr per kubikmeter inklusive moms (30,96 kr exklusive moms). År 2026 var avgiften 35,50 kr inklusive "
      "moms.",
      [fig(38.70, "kr", "38,70")]),
    q("What was Odelsvik's service connection fee (servisavgift) excluding VAT in 2026?", "en", "figure", F, 2,
      ["Servisavgift per servis 38 400,00 48 000,00 40 320,00 50 400,00"],
      "38,400.00 kronor per connection excluding VAT in 2026 (48,000.00 including VAT); in 2027 it is 40,320.00 "
      "excluding VAT.",
      [fig(38400, "kr", "38 400,00")]),
    q("What will water and sewage cost a typical detached house (typhus A) in Odelsvik per year in 2027, "
      "including VAT?", "en", "figure", F, 3,
      ["Typhus A småhus med en förbrukning på 150 m³ per år 12 075,00 13 126,50"],
      "13,126.50 kronor a year including VAT, up from 12,075.00 in 2026 (+1,051.50 kronor, +8.7 per cent).",
      [fig(13126.5, "kr", "13 126,50")]),
    q("Med hur många procent höjs anläggningsavgifterna i Odelsvik 2027?", "sv", "figure", F, 1,
      ["Anläggningsavgifterna höjs med 5 procent"],
      "Med 5 procent. Brukningsavgifterna höjs med 9 procent, utom mätaravgiften som är oförändrad.",
      [fig(5, "procent", "5 procent")]),
    q("Hur mycket väntas det kosta att bygga om Gåsholmens reningsverk i Odelsvik?", "sv", "figure", F, 3,
      ["Ombyggnad av Gåsholmens reningsverk 186,0 2027–2030"],
      "186,0 mnkr under 2027–2030, varav 42,0 mnkr under 2027. Hela VA-investeringsplanen omfattar 386,8 mnkr.",
      [fig(186.0, "mnkr", "186,0")]),
    q("Vilka årliga VA-avgifter i Odelsvik är högre än 1 000 kronor inklusive moms 2027?", "sv", "list", F, 2,
      ["Fast avgift, flerbostadshus per lägenhet och år 1 680,00 2 100,00 1 831,20 2 289,00"],
      "Tre av brukningsavgifterna: fast avgift för småhus (5 613,50 kr), fast avgift för flerbostadshus per "
      "lägenhet (2 289,00 kr) och dagvattenavgift för småhus (1 308,00 kr).",
      items=["Fast avgift, småhus per år", "Fast avgift, flerbostadshus per lägenhet",
             "Dagvattenavgift, småhus per år"]),
    q("Vilka VA-investeringar i Odelsvik beräknas kosta mer än 40 miljoner kronor?", "sv", "list", F, 3,
      ["Utbyggnad av vatten och avlopp till Rydsbro 48,6 2028–2030"],
      "Tre: ombyggnaden av Gåsholmens reningsverk (186,0 mnkr), överföringsledningen Kallviken–Odelsvik (64,5 "
      "mnkr) och utbyggnaden av vatten och avlopp till Rydsbro (48,6 mnkr).",
      items=["Ombyggnad av Gåsholmens reningsverk 186,0", "Ny överföringsledning Kallviken–Odelsvik 64,5",
             "Utbyggnad av vatten och avlopp"]),
    q("Varför höjer Odelsvik avgifterna för vatten och avlopp?", "sv", "passage", F, 3,
      ["reningsverket måste klara skärpta krav på rening av kväve och fosfor från 2029"],
      "Främst för att reningsverket måste klara skärpta krav på rening av kväve och fosfor från 2029; dessutom "
      "ska ledningsnätet i centrum förnyas och en ny överföringsledning byggas."),
    none("Vad kostar det att tömma en slamavskiljare enligt Odelsviks VA-taxa 2027?", "sv"),
    none("How many households in Odelsvik are connected to the municipal water and sewage network?", "en"),
    none("Hur stora intäkter fick Odelsvik från VA-avgifterna 2026?", "sv"),
    none("Vilka VA-investeringar i Odelsvik kostar mer än 200 miljoner kronor?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"t{32000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
