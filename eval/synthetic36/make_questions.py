"""Writes ../train_syn36.jsonl: 72 gold questions (t36001–t36072) about the six synthetic36 PDFs.

26 figure, 18 list (16 conditional – they filter by a comparison of two cells of the same row (a smaller frame than
the year before, a lower survey index, higher emissions than in 2020, below the 2030 target level), by the group
heading the rows stand under combined with an amount or a target (Välfärd over 400 mnkr, private health centres
under the target, goal 1 under its target value, contractors with at least 0,84 staff per place), by an amount
(over 10 000 listed patients, occupancy under 95 %), by a word in a cell ("nedsatt", "slutbesked"), by a status
("Ej uppnått"), by the vote in a roll call, or by two conditions at once (fees over 20 000 kr imposed without any
reduction; support over 1 mnkr and ready by 2026) – and 2 that ask for a whole named list), 6 passage, 22 none (6 of
them list-shaped); 54 in Swedish and 18 in English (8 English figures, 4 English lists, 1 English passage, 5 English
none). Items are written out literally (not derived from data.py) so that check.py, which recomputes the expected
rows from data.py, is an independent check. Five questions are about p. 2 of the Wästerhed document, a scanned page
without a text layer (two figures, two lists and one near-miss none question); the evidence of the answerable ones
is the text printed in the image. The set weighs FIGURE questions – every figure shares its row, column or sentence
with other figures of the same unit (budget 2026 / 2027 vs plan 2028 / 2029, a subtotal among committees, 2025 vs
2026 in the unlabelled row of a long-format table, a target row among outcomes, a region total, sought vs decided
fee, ja vs nej votes, target vs outcome 2025 vs 2026, change vs share, support vs total investment, the year of net
zero among 1990 / 2030, this year's queue vs last year's, two dates in one sentence, a home among eight) – then
NEAR-MISS none questions (same municipality, document and topic, but a year, a committee, a health centre, a
property, a measure, a split by sex, a cost or a sector the documents do not give, or a list whose condition no
row meets), then conditional LIST questions.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn36.jsonl"

A = "karrsunda-mal-och-budget-2027-plan-2028-2029.pdf"
B = "region-ulfsater-primarvardens-uppfoljning-2026.pdf"
C = "gravinge-mbn-protokoll-2027-05-19.pdf"
D = "ottarsby-kulturplan-uppfoljning-2026.pdf"
E = "rokstad-klimatbokslut-2026.pdf"
F = "wasterhed-von-uppfoljning-sarskilt-boende-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Kärrsunda, Mål och budget 2027
    q("Vilken kommunal skattesats ska Kärrsunda ha under 2027?", "sv", "figure", A, 1,
      ["Den kommunala utdebiteringen för 2027 fastställs till 21,99 kronor"],
      "21,99 kronor per hundra kronor beskattningsbar inkomst, en höjning med 25 öre från 21,74 kronor 2026. "
      "Med regionens 11,56 kronor blir den sammanlagda skattesatsen 33,55 kronor.",
      [fig(21.99, "kr", "21,99 kronor")]),
    q("What is the budget frame of the elderly care committee (vård- och omsorgsnämnden) in Kärrsunda for the "
      "plan year 2029?", "en", "figure", A, 3,
      ["Vård- och omsorgsnämnden 356 900 371 400 +14 500 384 100 397 300"],
      "397,300 thousand kronor (tkr) in the plan for 2029, up from 371,400 tkr in the budget for 2027 and "
      "384,100 tkr in the plan for 2028.",
      [fig(397300, "tkr", "397 300")]),
    q("Hur stor är den sammanlagda ramen för nämnderna inom samhällsbyggnad och fritid i Kärrsundas budget 2027?",
      "sv", "figure", A, 3, ["Summa samhällsbyggnad och fritid 126 570 126 990 +420 129 680 132 420"],
      "126 990 tkr, vilket är 420 tkr mer än budgeten för 2026 (126 570 tkr).",
      [fig(126990, "tkr", "126 990")]),
    q("Vad beräknas Kärrsunda få i generella statsbidrag och utjämning planåret 2028?", "sv", "figure", A, 4,
      ["Generella statsbidrag och utjämning 421,5 438,6 454,9 468,7"],
      "454,9 mnkr enligt planen för 2028 (438,6 mnkr i budget 2027 och 468,7 mnkr i plan 2029).",
      [fig(454.9, "mnkr", "454,9")]),
    q("Hur stort är finansnettot i Kärrsundas budget för 2027?", "sv", "figure", A, 4,
      ["Finansnetto −11,7 −14,2 −17,5 −20,2"],
      "−14,2 mnkr, det vill säga ett negativt finansnetto på 14,2 mnkr (−11,7 mnkr i budget 2026).",
      [fig(-14.2, "mnkr", "−14,2")]),
    q("Vilka nämnder i Kärrsunda får en mindre ram 2027 än de hade 2026?", "sv", "list", A, 2,
      ["Valnämnden² 1 480 240 −1 240 250 1 150"],
      "Två nämnder: valnämnden (1 480 → 240 tkr, −1 240 tkr) och tekniska nämnden (64 300 → 62 850 tkr, "
      "−1 450 tkr).",
      items=["Valnämnden² 1 480 240", "Tekniska nämnden³ 64 300 62 850"]),
    q("Vilka nämnder inom välfärdsområdet får en ram på mer än 400 mnkr i Kärrsundas budget 2027?", "sv", "list",
      A, 2, ["Barn- och utbildningsnämnden 468 200 481 750 +13 550 492 300 503 900"],
      "Två: barn- och utbildningsnämnden (481 750 tkr) och socialnämnden (419 850 tkr). Vård- och "
      "omsorgsnämnden får 371 400 tkr.",
      items=["Barn- och utbildningsnämnden 468 200", "Socialnämnden 402 600 419 850"]),
    q("Vilka insatser ingår i Kärrsundas prioritering om trygg uppväxt och kunskapsresultat?", "sv", "list", A, 2,
      ["Elevhälsan förstärks med två kuratorer och en skolsköterska"],
      "Tre insatser: fler legitimerade lärare i grundskolans senare år genom ett lokalt lönetillägg, en "
      "förstärkt elevhälsa med två kuratorer och en skolsköterska samt läxhjälp och lovskola på alla skolor med "
      "årskurs 7–9.",
      items=["Fler legitimerade lärare i grundskolans", "Elevhälsan förstärks med två kuratorer",
             "Läxhjälp och lovskola erbjuds på"]),
    q("Varför höjer Kärrsunda kommunalskatten inför 2027?", "sv", "passage", A, 1,
      ["antalet invånare som är 80 år eller äldre väntas öka"],
      "Därför att antalet invånare som är 80 år eller äldre väntas öka med nästan en fjärdedel fram till 2029 "
      "medan skatteunderlaget växer långsammare; utan höjningen nås inte resultatmålet."),
    none("Vilken skattesats hade Kärrsunda kommun år 2024?", "sv"),
    none("What budget frame does the upper secondary school committee (gymnasienämnden) in Kärrsunda get in "
         "budget 2027?", "en"),
    none("Vilken ram har kommunstyrelsen i Kärrsunda för planåret 2030?", "sv"),
    none("Vilka nämnder i Kärrsunda får en ram på över en halv miljard kronor i budget 2027?", "sv"),

    # ------------------------------------------------------------ (b) Region Ulfsäter, primärvården 2026
    q("Hur många patienter var listade vid Odenslunds vårdcentral i Region Ulfsäter 2026?", "sv", "figure", B, 2,
      ["Odenslund 2025 14 620 88,9 80,5 83,0 2026 15 010"],
      "15 010 listade patienter 2026, jämfört med 14 620 året innan.",
      [fig(15010, "antal", "15 010")]),
    q("What was the telephone accessibility at the Kåreberg health centre in Region Ulfsäter in 2025?", "en",
      "figure", B, 3, ["Kåreberg 2025 8 240 91,7 79,9 81,0"],
      "91.7 per cent in 2025; in 2026 it fell to 88.3 per cent, below the target of 90 per cent.",
      [fig(91.7, "procent", "91,7")]),
    q("Vilken målnivå har Region Ulfsäter för andelen besök inom tre dagar på vårdcentralerna?", "sv", "figure",
      B, 2, ["Målnivå 2026 – 90 80 82"],
      "80 procent (målnivån för telefontillgänglighet är 90 procent och för patientenkätens index 82).",
      [fig(80, "procent", "80")]),
    q("Hur många listade patienter hade vårdcentralerna i Region Ulfsäter sammanlagt 2026?", "sv", "figure", B, 3,
      ["Regionen totalt 2025 106 400 85,1 77,8 81,3 2026 108 170"],
      "108 170 listade patienter 2026, mot 106 400 år 2025.",
      [fig(108170, "antal", "108 170")]),
    q("Vilka privata vårdcentraler i Region Ulfsäter nådde inte målnivån för telefontillgänglighet 2026?", "sv",
      "list", B, 2, ["Grönkulla 2025 10 150 79,4 74,1 80,2 2026 10 480 74,6"],
      "Fyra av de fem privata: Grönkulla (74,6 procent), Oringe (89,1), Kåreberg (88,3) och Ryggåsen (73,2). "
      "Wilhelmsberg Läkarhus nådde målet med 92,8 procent.",
      items=["Grönkulla 2025 10 150", "Oringe 2025 4 960", "Kåreberg 2025 8 240", "Ryggåsen 2025 6 720"]),
    q("Which health centres in Region Ulfsäter got a lower patient survey index in 2026 than in 2025?", "en",
      "list", B, 2, ["Kopparvik 2025 6 410 93,1 84,2 85,7 2026 6 380 78,6 76,9 82,0"],
      "Four: Gärdsta (76.3 → 75.8), Kopparvik (85.7 → 82.0), Wallby (78.2 → 77.5) and Grönkulla (80.2 → 79.1).",
      items=["Gärdsta 2025 8 930", "Kopparvik 2025 6 410", "Wallby 2025 7 330", "Grönkulla 2025 10 150"]),
    q("Vilka vårdcentraler i Region Ulfsäter hade fler än 10 000 listade patienter 2026?", "sv", "list", B, 2,
      ["Wilhelmsberg Läkarhus 2025 12 870 90,5 83,6 84,9 2026 13 240"],
      "Fyra: Rosbacka (11 480), Odenslund (15 010), Wilhelmsberg Läkarhus (13 240) och Grönkulla (10 480).",
      items=["Rosbacka 2025 11 240", "Odenslund 2025 14 620", "Wilhelmsberg Läkarhus 2025 12 870",
             "Grönkulla 2025 10 150"]),
    q("Varför sjönk telefontillgängligheten vid Kopparviks vårdcentral i Region Ulfsäter?", "sv", "passage", B, 4,
      ["Kopparvik bytte telefonsystem i mars och hade samtidigt två vakanta läkartjänster"],
      "Kopparvik bytte telefonsystem i mars och hade samtidigt två vakanta läkartjänster under hösten, vilket gav "
      "långa kötider i telefon."),
    none("Hur många listade patienter hade Wallby vårdcentral i Region Ulfsäter 2024?", "sv"),
    none("Vad var medianväntetiden till ett läkarbesök vid Odenslunds vårdcentral i Region Ulfsäter 2026?", "sv"),
    none("How many patients were listed at the Rosviken health centre in Region Ulfsäter in 2026?", "en"),
    none("Vilka vårdcentraler i Region Ulfsäter hade en telefontillgänglighet under 60 procent 2026?", "sv"),

    # ------------------------------------------------------------ (c) Grävinge, MBN-protokoll 2027-05-19
    q("Hur stor byggsanktionsavgift beslutade miljö- och byggnadsnämnden i Grävinge för Ormvråken 3?", "sv",
      "figure", C, 3, ["bostad utan bygglov 91 480 Påförs, nedsatt till hälften¹ 45 740"],
      "45 740 kronor. Den beräknade avgiften var 91 480 kronor men sattes ned till hälften.",
      [fig(45740, "kr", "45 740")]),
    q("What construction sanction fee did the building committee in Grävinge decide for the property Kornet 3?",
      "en", "figure", C, 4, ["Tagit fritidshus i bruk utan slutbesked 27 650 Påförs, nedsatt till hälften¹ 13 825"],
      "13,825 kronor: the calculated fee of 27,650 kronor was halved (the holiday home was taken into use "
      "without a final clearance).",
      [fig(13825, "kr", "13 825")]),
    q("Hur många ledamöter röstade nej i omröstningen om padelhallen i Grävinges miljö- och byggnadsnämnd?", "sv",
      "figure", C, 2, ["Med 5 ja-röster mot 4 nej-röster beslutar nämnden"],
      "Fyra ledamöter röstade nej och fem ja; nämnden avslog ansökan om bygglov.",
      [fig(4, "antal", "4 nej-röster")]),
    q("Hur mycket uppgick de beslutade byggsanktionsavgifterna till sammanlagt i Grävinge i maj 2027?", "sv",
      "figure", C, 4, ["Summa exkl. återremitterat ärende 338 205 263 030"],
      "263 030 kronor, mot beräknade avgifter på 338 205 kronor för samma ärenden (det återremitterade "
      "ärendet är inte medräknat).",
      [fig(263030, "kr", "263 030")]),
    q("For which properties did the building committee in Grävinge reduce the construction sanction fee?", "en",
      "list", C, 3, ["Rivit förråd utan rivningslov 6 830 Påförs, nedsatt till hälften¹"],
      "Four: Uttern 2 (halved to 3,415 kr), Ormvråken 3 (halved to 45,740 kr), Ripan 9 (a quarter, 1,425 kr) "
      "and Kornet 3 (halved to 13,825 kr).",
      items=["Uttern 2 Rivit förråd", "Ormvråken 3 Ändrat användning", "Ripan 9 Satt upp",
             "Kornet 3 Tagit fritidshus"]),
    q("Vilka avgifter på över 20 000 kronor påfördes i Grävinge utan någon nedsättning?", "sv", "list", C, 3,
      ["Tagit nybyggt enbostadshus i bruk utan slutbesked 46 200 Påförs 46 200"],
      "Fyra: Rådjuret 7 (46 200 kr), Grävinge-Berga 3:12 (58 960 kr), Gärdsåker 1:7 (22 310 kr) och Ugglan 12 "
      "(33 390 kr).",
      items=["Rådjuret 7 Tagit nybyggt", "Grävinge-Berga 3:12 Uppfört tillbyggnad", "Gärdsåker 1:7 Tagit tillbyggnad",
             "Ugglan 12 Påbörjat ändring"]),
    q("Vilka ledamöter i Grävinges miljö- och byggnadsnämnd röstade nej om bygglovet för padelhallen?", "sv",
      "list", C, 2, ["Ordföranden ställer proposition på förslagen och finner att nämnden beslutar"],
      "Ulf Grönlund (M), Oskar Kullberg (SD), Roger Waltersson (KD) och Göran Rask (M), som också reserverade "
      "sig mot beslutet.",
      items=["Ulf Grönlund M", "Oskar Kullberg SD", "Roger Waltersson KD", "Göran Rask M"]),
    q("Vilka fastigheter i Grävinge fick byggsanktionsavgift för att en byggnad tagits i bruk utan slutbesked?",
      "sv", "list", C, 3, ["Tagit nybyggt enbostadshus i bruk utan slutbesked 46 200"],
      "Tre: Rådjuret 7 (enbostadshus, 46 200 kr), Gärdsåker 1:7 (tillbyggnad, 22 310 kr) och Kornet 3 "
      "(fritidshus, 13 825 kr efter nedsättning).",
      items=["Rådjuret 7 Tagit nybyggt", "Gärdsåker 1:7 Tagit tillbyggnad", "Kornet 3 Tagit fritidshus"]),
    q("Varför skrev Grävinges miljö- och byggnadsnämnd av sanktionsärendet för Ulvtorp 1:15?", "sv", "passage", C,
      3, ["fastighetsägaren tog bort planket innan nämnden hann fatta beslut"],
      "Fastighetsägaren tog bort planket innan nämnden hann fatta beslut, vilket innebär att rättelse har skett."),
    none("Hur stor byggsanktionsavgift fick fastigheten Rådjuret 9 i Grävinge?", "sv"),
    none("Hur mycket tog Grävinges miljö- och byggnadsnämnd in i byggsanktionsavgifter under hela 2026?", "sv"),
    none("Vilka fastigheter i Grävinge fick byggsanktionsavgift för åtgärder inom strandskyddat område?", "sv"),

    # ------------------------------------------------------------ (d) Ottarsby, kulturplan uppföljning 2026
    q("Hur många besök hade folkbiblioteken i Ottarsby under 2026?", "sv", "figure", D, 2,
      ["1.2 Besök på folkbiblioteken, antal Biblioteken 180 000 171 420 183 960"],
      "183 960 besök, vilket är mer än målvärdet 180 000 (171 420 besök 2025).",
      [fig(183960, "antal", "183 960")]),
    q("What target value has Ottarsby set for the number of children queuing for the municipal arts school "
      "(kulturskolan)?", "en", "figure", D, 2, ["2.4 Barn i kö till kulturskolan, antal Kulturskolan 50 94 71"],
      "At most 50 children in the queue; the outcome was 94 in 2025 and 71 in 2026 (partly achieved).",
      [fig(50, "antal", "50")]),
    q("Hur många av indikatorerna i Ottarsbys kulturplan bedöms som ej uppnådda 2026?", "sv", "figure", D, 1,
      ["5 som delvis uppnådda och 4 som ej uppnådda"],
      "Fyra av de 14 indikatorerna; fem är uppnådda och fem delvis uppnådda.",
      [fig(4, "antal", "4 som ej uppnådda")]),
    q("Vilken andel av arrangemangen i Ottarsby hade syntolkning eller teckenspråkstolkning 2025?", "sv", "figure",
      D, 3, ["3.3 Arrangemang med syntolkning eller teckenspråkstolkning, % Kulturhuset 15 8 7"],
      "8 procent 2025; 2026 sjönk andelen till 7 procent mot målvärdet 15 procent.",
      [fig(8, "procent", "8")]),
    q("Vilka indikatorer i Ottarsbys kulturplan har bedömts som ej uppnådda?", "sv", "list", D, 2,
      ["1.4 Öppettimmar per vecka på biblioteken, meröppet inräknat Biblioteken 160 148 141"],
      "Fyra: 1.4 öppettimmar per vecka, 2.3 deltagare i lovaktiviteter, 3.3 arrangemang med syntolkning eller "
      "teckenspråkstolkning och 4.3 digitaliserade föremål.",
      items=["1.4 Öppettimmar per vecka", "2.3 Deltagare i lovaktiviteter", "3.3 Arrangemang med syntolkning",
             "4.3 Digitaliserade föremål i museets"]),
    q("Vilka indikatorer under målet om läslust och bibliotek låg under sitt målvärde 2026 i Ottarsby?", "sv",
      "list", D, 2, ["1.3 Förskolor som får lässtund från biblioteket, % Biblioteken och förskolan 100 85 92"],
      "Tre: 1.1 utlån per invånare (5,7 mot 6,0), 1.3 förskolor med lässtund (92 mot 100 procent) och 1.4 "
      "öppettimmar per vecka (141 mot 160).",
      items=["1.1 Utlån per invånare", "1.3 Förskolor som får lässtund", "1.4 Öppettimmar per vecka"]),
    q("Vilka insatser planerar Ottarsby inom utvecklingsområdet om kulturskolan?", "sv", "list", D, 4,
      ["Kön till kulturskolan ska halveras till hösten 2028"],
      "Tre: kön ska halveras till hösten 2028, avgiften för andra ämnet tas bort för syskon och undervisning i "
      "dans och film erbjuds på fritidsgårdarna.",
      items=["Kön till kulturskolan ska halveras", "Avgiften för andra ämnet tas",
             "Undervisning i dans och film"]),
    q("Varför minskade bibliotekens öppettimmar i Ottarsby under 2026?", "sv", "passage", D, 3,
      ["filialen i Ovanby har hållit stängt på lördagar sedan januari"],
      "Filialen i Ovanby har hållit stängt på lördagar sedan januari eftersom meröppet inte kunde införas innan "
      "ombyggnaden var klar."),
    none("Hur många besök hade folkbiblioteken i Ottarsby 2024?", "sv"),
    none("How many girls and how many boys attended the arts school (kulturskolan) in Ottarsby in 2026?", "en"),
    none("Hur mycket kostar det att genomföra Ottarsbys kulturplan 2026?", "sv"),
    none("Vilka indikatorer i Ottarsbys kulturplan har ett målvärde på mer än 200 000?", "sv"),

    # ------------------------------------------------------------ (e) Rokstad, klimatbokslut 2026
    q("Hur mycket har jordbrukets utsläpp i Rokstad minskat i procent sedan 1990?", "sv", "figure", E, 2,
      ["Jordbruk 41 800 36 900 35 200 34 700 31 000 −17,0 26,0"],
      "Med 17,0 procent, från 41 800 ton 1990 till 34 700 ton 2025.",
      [fig(-17.0, "procent", "−17,0")]),
    q("What share of Rokstad's greenhouse gas emissions in 2025 came from transport?", "en", "figure", E, 2,
      ["Transporter 98 400 91 200 74 600 61 300 29 500 −37,7 46,0"],
      "46.0 per cent (61,300 of 133,300 tonnes CO2e), the largest sector.",
      [fig(46.0, "procent", "46,0")]),
    q("Hur stort stöd från Klimatklivet fick Rokstad för biogasmacken i Knösta?", "sv", "figure", E, 3,
      ["Biogasmack i Knösta industriområde 2 400 5 960 2026"],
      "2 400 tkr i stöd, av en total investering på 5 960 tkr; macken ska vara klar 2026.",
      [fig(2400, "tkr", "2 400")]),
    q("Vilket år ska Rokstad enligt klimatmålet nå nettonollutsläpp?", "sv", "figure", E, 1,
      ["att kommunen ska nå nettonollutsläpp senast 2045"],
      "Senast 2045. Etappmålet är att utsläppen 2030 ska vara högst 98 000 ton.",
      [fig(2045, "år", "2045")]),
    q("How many public charging points were there in Rokstad at the end of 2025?", "en", "figure", E, 3,
      ["Antalet publika laddpunkter i kommunen ökade från 64 till 146 under 2025"],
      "146 public charging points, up from 64 a year earlier.",
      [fig(146, "antal", "146")]),
    q("Vilka sektorer i Rokstad hade högre utsläpp 2025 än 2020?", "sv", "list", E, 2,
      ["Arbetsmaskiner 14 900 16 300 13 900 14 200 9 500 −4,7 10,7"],
      "Två: arbetsmaskiner (13 900 → 14 200 ton) och produktanvändning (3 300 → 3 500 ton).",
      items=["Arbetsmaskiner 14 900 16 300", "Produktanvändning 2 100 3 400"]),
    q("Which sectors in Rokstad were already below their 2030 target level in 2025?", "en", "list", E, 2,
      ["Industri 52 300 40 100 22 800 9 600 12 000 −81,6 7,2"],
      "Two: industry (9,600 tonnes against a target of 12,000) and electricity and heating (4,100 against "
      "5,000).",
      items=["Industri 52 300 40 100", "El och värme 38 600"]),
    q("Vilka klimatinvesteringar i Rokstad fick mer än 1 mnkr i stöd och var eller blir klara senast 2026?", "sv",
      "list", E, 3, ["Cykelparkering med laddning vid Rokstad station 1 260 3 010 2026"],
      "Tre: laddinfrastrukturen vid resecentrum (1 850 tkr, klar 2025), biogasmacken i Knösta (2 400 tkr, 2026) "
      "och cykelparkeringen med laddning vid stationen (1 260 tkr, 2026).",
      items=["Laddinfrastruktur vid Rokstad resecentrum", "Biogasmack i Knösta industriområde",
             "Cykelparkering med laddning vid Rokstad"]),
    q("Why did industrial emissions in Rokstad fall so sharply?", "en", "passage", E, 2,
      ["Rokstad Kartong ersatte oljepannan med en biobränslepanna 2021"],
      "Because Rokstad Kartong replaced its oil boiler with a biofuel boiler in 2021 and electrified the drying "
      "in 2024."),
    none("Hur stora var transporternas utsläpp i Rokstad år 2015?", "sv"),
    none("Hur stora var Rokstads konsumtionsbaserade utsläpp per invånare 2025?", "sv"),
    none("How much did aviation emit in Rokstad in 2025?", "en"),
    none("Vilka sektorer i Rokstad har mer än fördubblat sina utsläpp sedan 1990?", "sv"),

    # ------------------------------------------------------------ (f) Wästerhed, särskilt boende 2026
    q("Hur många personer väntade på plats i särskilt boende i Wästerhed vid slutet av 2026?", "sv", "figure", F, 1,
      ["Den 31 december 2026 väntade 23 personer på en plats"],
      "23 personer, jämfört med 31 personer ett år tidigare.",
      [fig(23, "antal", "23 personer")]),
    q("When will the new care home Wallingården in Wästerhed open?", "en", "figure", F, 3,
      ["Taklagsfest hålls den 15 september 2027 och boendet öppnar den 1 mars 2028"],
      "On 1 March 2028; the topping-out ceremony is held on 15 September 2027.",
      [fig("2028-03-01", "datum", "1 mars 2028")]),
    q("Vilken beläggningsgrad hade Oxbräckans särskilda boende i Wästerhed 2026?", "sv", "figure", F, 2,
      ["3 Oxbräckan 40 93,1 1 126 0,88"],
      "93,1 procent i genomsnitt under 2026 (samtliga boenden 96,1 procent).",
      [fig(93.1, "procent", "93,1")]),
    q("What was the cost per place at the Rosenhaga care home in Wästerhed in 2026?", "en", "figure", F, 2,
      ["7 Rosenhaga 42 97,9 1 002 0,80"],
      "1,002 thousand kronor (tkr) per place; the average for all homes was 1,053 tkr.",
      [fig(1002, "tkr", "1 002")]),
    q("Vilka särskilda boenden i Wästerhed hade en beläggning under 95 procent 2026?", "sv", "list", F, 2,
      ["6 Kastellet 30 94,6 1 046 0,84"],
      "Tre: Oxbräckan (93,1 procent), Kastellet (94,6) och Utsikten (91,8).",
      items=["3 Oxbräckan 40 93,1", "6 Kastellet 30 94,6", "8 Utsikten 44 91,8"]),
    q("Which care homes run by contractors (entreprenad) in Wästerhed had at least 0.84 staff per place?", "en",
      "list", F, 2, ["8 Utsikten 44 91,8 1 091 0,87"],
      "Two: Kastellet (0.84) and Utsikten (0.87); Rosenhaga had 0.80.",
      items=["6 Kastellet 30 94,6", "8 Utsikten 44 91,8"]),
    q("Varför var beläggningen lägre på Utsikten i Wästerhed än på de andra boendena?", "sv", "passage", F, 3,
      ["en avdelning med tio platser var stängd under våren"],
      "En avdelning med tio platser var stängd under våren när ventilationen byttes."),
    none("How many places did the Klockargården care home in Wästerhed have in 2025?", "en"),
    none("Hur hög var sjukfrånvaron bland personalen på Wästerheds särskilda boenden 2026?", "sv"),
    none("Vilka särskilda boenden i Wästerhed hade mer än 1,2 årsarbetare per plats?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"t{36000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
