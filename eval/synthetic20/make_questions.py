"""Writes ../train_syn20.jsonl: 64 gold questions (t20001–t20064) about the six synthetic20 PDFs.

26 figure, 16 list (15 conditional, 1 complete), 6 passage, 16 none; 48 in Swedish and 16 in English (7 English
figures, 5 English lists, 1 English passage, 3 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Four
questions (three figures and one passage) are about p. 2 of the Vittarp document, a scanned page without a text
layer; their evidence is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn20.jsonl"

A = "wedelsta-upphandlingsplan-2027.pdf"
B = "ivringe-arendebalans-motioner-medborgarforslag-2026.pdf"
C = "pramhult-biblioteksstatistik-2026.pdf"
D = "jorsvik-folkhalsobokslut-2026.pdf"
E = "carlsater-lokalforsorjningsplan-2027-2031.pdf"
F = "vittarp-forskola-valnoten-beslutsunderlag-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_HEAD = "Nr Upphandling Beräknat värde, tkr Avtalsperiod Planerad annonsering Status Ansvarig enhet"
B_HEAD = "Diarienr Ärende Inkom Remitterad till Status Ålder (mån)"
C_HEAD = "Bibliotek Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec"
D_CAP = "Tabell 1. Folkhälsoindikatorer för Jorsvik, länet och riket 2021–2025"
E_HEAD = "Nr Objekt Behov Åtgärd Yta, m² Investering, mnkr Drift, tkr/år Klart år"

Q = [
    # ------------------------------------------------------------ (a) Wedelsta, upphandlingsplan 2027
    q("Hur stort är det beräknade värdet för vinterväghållningen i Jällsta och Pirkby i Wedelstas "
      "upphandlingsplan?", "sv", "figure", A, 2,
      ["U27-06 Vinterväghållning, Jällsta och Pirkby 12 600"],
      "12 600 tkr för hela avtalsperioden (36 månader plus två förlängningar om 12 månader). Vinterväghållningen "
      "i Wedelsta tätort är en separat upphandling värd 28 400 tkr.",
      [fig(12600, "tkr", "12 600")]),
    q("Hur många upphandlingar i Wedelstas plan för 2027 är så stora att kommunstyrelsen själv ska besluta om "
      "start?", "sv", "figure", A, 1,
      ["Av dessa har 8 upphandlingar ett beräknat värde över 10 000 tkr"],
      "Åtta av planens 24 upphandlingar har ett beräknat värde över 10 000 tkr, och för dem beslutar "
      "kommunstyrelsen om start.",
      [fig(8, "antal", "8 upphandlingar")]),
    q("What is the estimated value of the cleaning services procurement for schools and preschools in Wedelsta's "
      "2027 procurement plan?", "en", "figure", A, 3,
      ["U27-22 Städtjänster i skolor och förskolor 21 600"],
      "21,600 tkr (about 21.6 million kronor) for 36 months plus a 12-month option; it is at the pre-study stage "
      "and is to be advertised in the third quarter of 2027.",
      [fig(21600, "tkr", "21 600")]),
    q("Hur mycket är samhällsbyggnadsförvaltningens upphandlingar värda sammanlagt enligt Wedelstas plan?",
      "sv", "figure", A, 3,
      ["Samhällsbyggnadsförvaltningen 6 106 600 3"],
      "106 600 tkr fördelat på sex upphandlingar, varav tre över 10 000 tkr. Hela planen är värd 304 700 tkr.",
      [fig(106600, "tkr", "106 600")]),
    q("Vad beräknas upphandlingen av skolskjutsar i Wedelsta vara värd?", "sv", "figure", A, 2,
      ["U27-11 Skolskjutsar 38 400 48 mån + 2 × 12 mån"],
      "38 400 tkr för 48 månader plus två förlängningar om 12 månader. Den annonseras under kvartal 1 2028.",
      [fig(38400, "tkr", "38 400")]),
    q("Vilka upphandlingar ansvarar vård- och omsorgsförvaltningen för i Wedelstas upphandlingsplan 2027?",
      "sv", "list", A, 2, [A_HEAD],
      "Fem: trygghetslarm och larmmottagning, bemanning av sjuksköterskor, inkontinenshjälpmedel, "
      "matdistribution till hemtjänstens brukare och arbetskläder för vård och omsorg (vilande).",
      items=["U27-16 Trygghetslarm och larmmottagning", "U27-17 Bemanning av sjuksköterskor",
             "U27-18 Inkontinenshjälpmedel 3 900", "U27-19 Matdistribution till hemtjänstens brukare",
             "U27-20 Arbetskläder för vård och omsorg"]),
    q("Vilka upphandlingar planerar Wedelsta att annonsera under andra kvartalet 2027?", "sv", "list", A, 2,
      [A_HEAD],
      "Åtta: telefoni, vinterväghållningen i tätorten respektive i Jällsta och Pirkby, gång- och cykelvägen, "
      "elevdatorerna, trygghetslarmen, arbetskläderna och livsmedlen.",
      items=["U27-02 Telefoni och mobila tjänster", "U27-05 Vinterväghållning, Wedelsta tätort",
             "U27-06 Vinterväghållning, Jällsta och Pirkby", "U27-09 Gång- och cykelväg Jällsta–Wedelsta",
             "U27-13 Elevdatorer, leasing", "U27-16 Trygghetslarm och larmmottagning",
             "U27-20 Arbetskläder för vård och omsorg", "U27-21 Livsmedel och dagligvaror"]),
    q("Which procurements in Wedelsta's 2027 plan have an estimated value above 20 million kronor?",
      "en", "list", A, 2, [A_HEAD],
      "Five: winter road maintenance in the town of Wedelsta (28,400 tkr), the rebuilding of the Pirkby sewage "
      "works (46,000), school transport (38,400), food and groceries (52,000) and cleaning of schools and "
      "preschools (21,600).",
      items=["U27-05 Vinterväghållning, Wedelsta tätort", "U27-07 Ombyggnad av Pirkby reningsverk",
             "U27-11 Skolskjutsar 38 400", "U27-21 Livsmedel och dagligvaror",
             "U27-22 Städtjänster i skolor och förskolor"]),
    q("Varför dröjer Wedelsta till 2028 med att annonsera skolskjutsupphandlingen?", "sv", "passage", A, 4,
      ["samordna den nya upphandlingen med regionens omläggning av busslinjerna"],
      "Det nuvarande avtalet har förlängts till och med läsåret 2027/28, och förvaltningen vill samordna "
      "upphandlingen med regionens omläggning av busslinjerna i Jällsta och Pirkby hösten 2027."),
    none("Hur mycket sparade Wedelsta kommun på sina upphandlingar under 2026?", "sv"),
    none("Vilket företag har i dag Wedelstas avtal om vinterväghållning?", "sv"),
    none("Hur många anställda finns på upphandlingsenheten i Wedelsta kommun?", "sv"),

    # ------------------------------------------------------------ (b) Ivringe, ärendebalans per 2026-04-30
    q("Vilket datum lämnades motionen om ett äldreombud in i Ivringe?", "sv", "figure", B, 2,
      ["KS 2026/061 Motion om ett äldreombud för invånare över 75 år Per Vikström (V) 2026-03-14"],
      "Den 14 mars 2026 (2026-03-14). Motionen är remitterad till socialnämnden.",
      [fig("2026-03-14", "datum", "2026-03-14")]),
    q("När kom motionen om skolgårdar anpassade för värmeböljor in till Ivringe kommun?", "sv", "figure", B, 2,
      ["värmeböljor med mer grönska och skugga Jonas Wik (MP) 22 april 2025"],
      "Den 22 april 2025. Den är remitterad till barn- och utbildningsnämnden, är under beredning och var 12 "
      "månader gammal på balansdagen.",
      [fig("2025-04-22", "datum", "22 april 2025")]),
    q("Hur många av de obesvarade motionerna i Ivringe hade väntat mer än ett år på svar vid senaste "
      "redovisningen?", "sv", "figure", B, 1,
      ["Av motionerna är 3 äldre än ett år och av medborgarförslagen 2"],
      "Tre av de 14 obesvarade motionerna var äldre än ett år per den 30 april 2026 (och två av tio "
      "medborgarförslag).",
      [fig(3, "antal", "3 äldre")]),
    q("When was the citizen proposal on lighting along the path around Pellesjön submitted in Ivringe?",
      "en", "figure", B, 2,
      ["gångvägen runt Pellesjön Invånare i Jursta 28 november 2024"],
      "On 28 November 2024; it is the oldest open matter (17 months at the balance date) and is on hold.",
      [fig("2024-11-28", "datum", "28 november 2024")]),
    q("Vilka motioner har skickats till barn- och utbildningsnämnden för beredning i Ivringe?", "sv", "list", B,
      2, [B_HEAD],
      "Fyra motioner: om skolgårdar och värmeböljor, om läxhjälp, om att halvera matsvinnet och om avgiftsfria "
      "mensskydd.",
      items=["KS 2025/118 Motion om skolgårdar", "KS 2025/290 Motion om läxhjälp",
             "KS 2026/012 Motion om att halvera matsvinnet", "KS 2026/038 Motion om avgiftsfria mensskydd"]),
    q("Vilka motioner och medborgarförslag i Ivringe har legat obesvarade i mer än tolv månader?", "sv", "list",
      B, 2, [B_HEAD],
      "Fem: motionerna om avgiftsfri kollektivtrafik för pensionärer, om en fritidsbank och om skolgårdar samt "
      "medborgarförslagen om belysning runt Pellesjön och om ett utegym i Jursta.",
      items=["KS 2025/041 Motion om avgiftsfri kollektivtrafik", "KS 2025/077 Motion om att inrätta",
             "KS 2025/118 Motion om skolgårdar", "KS 2024/402 Medborgarförslag om belysning",
             "KS 2025/055 Medborgarförslag om ett utegym"]),
    q("Which citizen proposals in Ivringe are still waiting for a committee's reply, with the status "
      "'Remitterad'?", "en", "list", B, 3, [B_HEAD],
      "Three: the wheelchair-accessible bathing jetty at Vidsjön, more litter bins along Ivringeån and a senior "
      "café in Jursta.",
      items=["KS 2025/225 Medborgarförslag om en badbrygga", "KS 2025/301 Medborgarförslag om fler papperskorgar",
             "KS 2026/019 Medborgarförslag om ett seniorcafé"]),
    q("Varför har medborgarförslaget om belysning vid Pellesjön i Ivringe blivit liggande?", "sv", "passage",
      B, 3, ["gångvägen ligger inom området för den nya detaljplanen för Pellesjöns strand"],
      "Gångvägen ligger inom området för den nya detaljplanen för Pellesjöns strand. Tekniska nämnden vill inte "
      "bygga belysning som kan behöva flyttas, och ärendet tas upp igen när planen vunnit laga kraft."),
    none("Vad skulle den simhall i Jursta som en motion föreslår kosta enligt Ivringes ärendebalans?", "sv"),
    none("När ska fullmäktige i Ivringe ta ställning till motionen om solceller?", "sv"),
    none("How many seats does Ivringe's municipal council have?", "en"),

    # ------------------------------------------------------------ (c) Pråmhult, biblioteksstatistik 2026
    q("Hur många besök hade biblioteket i Wiksjö i oktober enligt Pråmhults statistik för 2026?", "sv", "figure",
      C, 2, ["Wiksjö 1 666 1 843 1 867 1 686 1 631", "931 1 511 1 857 1 971 1 900 1 644"],
      "1 971 besök, vilket var Wiksjös bästa månad. Hela året hade Wiksjö 19 887 besök.",
      [fig(1971, "antal", "1 971")]),
    q("How many visits did Pråmhult's main library have in 2025?", "en", "figure", C, 2,
      ["Huvudbiblioteket 11 516 11 867 12 798", "10 758 131 391 127 840 +2,8"],
      "127,840 visits in 2025, compared with 131,391 in 2026 (+2.8 per cent).",
      [fig(127840, "antal", "127 840")]),
    q("Hur många besök hade Pråmhults bibliotek sammanlagt i mars 2026?", "sv", "figure", C, 2,
      ["Totalt 19 083 19 894 21 416 19 213"],
      "21 416 besök i mars för alla bibliotek och bokbussen tillsammans.",
      [fig(21416, "antal", "21 416")]),
    q("How many physical loans did the Idevik library in Pråmhult register in December 2026?", "en", "figure", C,
      3, ["Idevik 1 968 2 110 2 214 2 018", "2 421 2 434 1 920 23 578 22 870 +3,1"],
      "1,920 loans in December; Idevik lent 23,578 items in 2026, up 3.1 per cent on 2025.",
      [fig(1920, "antal", "1 920")]),
    q("Vilka bibliotek i Pråmhult hade färre besök 2026 än året före?", "sv", "list", C, 2, [C_HEAD],
      "Fyra: Idevik, Calmby, Jularp (som var stängt juni–augusti) och bokbussen.",
      items=["Idevik 2 180 2 347 2 672", "Calmby 1 388 1 370 1 469", "Jularp 812 902 951 794",
             "Bokbussen 556 562 615 514"]),
    q("Which Pråmhult libraries lent out more physical items in 2026 than in 2025?", "en", "list", C, 3,
      [C_HEAD],
      "Four: Idevik, Calmby, Vretby and the book bus.",
      items=["Idevik 1 968 2 110", "Calmby 1 142 1 277", "Vretby 838 917 946", "Bokbussen 647 715 731"]),
    q("Why did visits to the Jularp library in Pråmhult drop so sharply in 2026?", "en", "passage", C, 1,
      ["höll stängt i juni, juli och augusti medan lokalerna byggdes om"],
      "The library was closed in June, July and August while it was rebuilt into a self-service library "
      "(meröppet); visits fell by 25.7 per cent."),
    none("Hur många besök hade Pråmhults bibliotek under 2024?", "sv"),
    none("Hur många e-böcker lånades ut via Pråmhults bibliotek 2026?", "sv"),
    none("Hur mycket kostade det att bygga om Jularps bibliotek i Pråmhult?", "sv"),

    # ------------------------------------------------------------ (d) Jorsvik, folkhälsobokslut 2026
    q("Hur stor andel av kvinnorna i Jorsvik rökte dagligen 2025?", "sv", "figure", D, 2,
      ["Andel som röker dagligen, % 2021 8,4 7,1 7,8", "2025 6,1 6,5 6,3 6,0 5,5"],
      "6,1 procent av kvinnorna, jämfört med 6,5 procent av männen och 6,3 procent totalt. Andelen bland "
      "kvinnorna var 8,4 procent 2021.",
      [fig(6.1, "procent", "6,1")]),
    q("Vilken andel av befolkningen i hela riket var fysiskt aktiv i minst 150 minuter i veckan 2021, enligt "
      "Jorsviks folkhälsobokslut?", "sv", "figure", D, 2,
      ["Andel fysiskt aktiva minst 150 minuter per vecka, % 2021 62,5 60,1 61,3 63,8 65,2"],
      "65,2 procent i riket 2021, mot 61,3 procent i Jorsvik och 63,8 procent i länet.",
      [fig(65.2, "procent", "65,2")]),
    q("What share of women aged 16–64 in Jorsvik were unemployed in 2023?", "en", "figure", D, 3,
      ["Andel arbetslösa 16–64 år, % 2021 7,9 8,6 8,3", "2023 6,8 7,4 7,1 6,9 6,9"],
      "6.8 per cent of women in 2023 (men 7.4, total 7.1 per cent).",
      [fig(6.8, "procent", "6,8")]),
    q("Hur stor andel av eleverna i Jorsvik var behöriga till ett yrkesprogram på gymnasiet 2025, flickor och "
      "pojkar sammantaget?", "sv", "figure", D, 2,
      ["Andel behöriga till gymnasiets yrkesprogram, % 2021 88,6 83,1", "2025 91,2 86,4 88,8 85,3 86,1"],
      "88,8 procent totalt 2025 (flickor 91,2, pojkar 86,4). Länet låg på 85,3 och riket på 86,1 procent.",
      [fig(88.8, "procent", "88,8")]),
    q("Hur många av indikatorerna i Jorsviks folkhälsobokslut har blivit bättre sedan 2021?", "sv", "figure", D,
      1, ["Av de 12 indikatorerna har 6 förbättrats, 3 försämrats och 3"],
      "Sex av tolv indikatorer har förbättrats; tre har försämrats och tre är i stort sett oförändrade.",
      [fig(6, "antal", "6 förbättrats")]),
    q("Vilka folkhälsoindikatorer har utvecklats åt fel håll i Jorsvik sedan 2021?", "sv", "list", D, 2,
      [D_CAP],
      "Tre: andelen med fetma, andelen med nedsatt psykiskt välbefinnande och andelen elever i åk 9 som mår bra.",
      items=["Andel med fetma (BMI 30 eller mer), %", "Andel med nedsatt psykiskt välbefinnande, %",
             "Andel elever i åk 9 som mår bra"]),
    q("Vilka indikatorer redovisar Jorsvik under området uppväxt och utbildning?", "sv", "list", D, 2, [D_CAP],
      "Tre: behörighet till gymnasiets yrkesprogram, gymnasieexamen inom fyra år och barn i ekonomiskt utsatta "
      "hushåll.",
      items=["Andel behöriga till gymnasiets yrkesprogram, %", "Andel med gymnasieexamen inom fyra år",
             "Andel barn i ekonomiskt utsatta hushåll"]),
    q("For which public-health indicators was Jorsvik doing better than Sweden as a whole in 2025?", "en", "list",
      D, 2, [D_CAP],
      "Four: risky alcohol habits (13.6 vs 13.9 %), sleep problems (29.1 vs 29.3 %), eligibility for vocational "
      "upper-secondary programmes (88.8 vs 86.1 %) and unemployment 16–64 (7.2 vs 7.6 %).",
      items=["Andel med riskabla alkoholvanor, %", "Andel med sömnbesvär, %",
             "Andel behöriga till gymnasiets yrkesprogram, %", "Andel arbetslösa 16–64 år, %"]),
    q("Hur förklarar Jorsviks folkhälsobokslut att fler kvinnor mår psykiskt sämre?", "sv", "passage", D, 2,
      ["främst i åldern 16–29 år, där ensamhet och oro för ekonomin"],
      "Ökningen gäller kvinnor, främst i åldern 16–29 år, där ensamhet och oro för ekonomin har blivit vanligare."),
    none("Hur stor andel av kvinnorna i länet rökte dagligen 2025 enligt Jorsviks folkhälsobokslut?", "sv"),
    none("What was the average life expectancy in Jorsvik in 2025?", "en"),
    none("Hur stor andel av Jorsviks invånare rökte dagligen 2019?", "sv"),

    # ------------------------------------------------------------ (e) Carlsäter, lokalförsörjningsplan 2027–2031
    q("Vad beräknas investeringen i Vintergatans särskilda boende kosta enligt Carlsäters "
      "lokalförsörjningsplan?", "sv", "figure", E, 2,
      ["ersätter Jasminens 20 platser. 4 900 182,0 +9 600 2030"],
      "182,0 mnkr för ett boende med 60 platser och 4 900 m², klart 2030. Driftkostnaden ökar med 9 600 tkr per "
      "år.",
      [fig(182.0, "mnkr", "182,0")]),
    q("By how much will annual operating costs rise when Carlsäter builds the new Villekullen preschool?", "en",
      "figure", E, 2, ["som ersätter två tillfälliga paviljonger. 1 450 58,0 +3 200 2028"],
      "By 3,200 tkr (about 3.2 million kronor) per year; the investment itself is 58.0 million kronor and the "
      "preschool is due in 2028.",
      [fig(3200, "tkr", "+3 200")]),
    q("Vilket år ska tillbyggnaden av Clarabergsskolan i Carlsäter vara färdig?", "sv", "figure", E, 2,
      ["Tillbyggnad med åtta klassrum och ett nytt tillagningskök. 2 300 96,5 +2 900 2029"],
      "2029. Tillbyggnaden med åtta klassrum och nytt kök beräknas kosta 96,5 mnkr.",
      [fig(2029, "år", "2029")]),
    q("Hur mycket väntas Carlsäters driftkostnader öka per år när alla lokalprojekt är klara?", "sv", "figure",
      E, 1, ["Driftkostnaderna beräknas öka med 19,9 mnkr per år"],
      "Med 19,9 mnkr per år (summan i tabellen är +19 930 tkr), främst på grund av det nya särskilda boendet.",
      [fig(19.9, "mnkr", "19,9 mnkr")]),
    q("Vilka av projekten i Carlsäters lokalförsörjningsplan ska vara färdiga 2028 eller tidigare?", "sv",
      "list", E, 2, [E_HEAD],
      "Nio: Villekullens, Pilbackens och Jungfruhagens förskolor, de tillfälliga lokalerna för Wiboms skola, "
      "gruppbostaden Vildrosen, hemtjänstens bas i väster, simhallen, konstgräsplanen och ishallen.",
      items=["L1 Villekullens förskola", "L2 Pilbackens förskola", "L3 Jungfruhagens förskola",
             "L6 Tillfälliga lokaler för Wiboms skola", "L9 Gruppbostaden Vildrosen (LSS)",
             "L10 Hemtjänstens bas i västra Carlsäter", "L11 Carlsäters simhall", "L12 Carlsvallen, konstgräsplan",
             "L13 Ishallen Kylanläggningen använder"]),
    q("Which premises projects in Carlsäter's plan have an investment of more than 50 million kronor?", "en",
      "list", E, 2, [E_HEAD],
      "Five: Villekullen preschool (58.0), Clarabergsskolan (96.5), the new Wiboms skola (312.0), Vintergatan "
      "care home (182.0) and the sports hall at Wiboms skola (64.0 million kronor).",
      items=["L1 Villekullens förskola", "L4 Clarabergsskolan F–6", "L5 Wiboms skola 7–9",
             "L7 Vintergatans särskilda boende", "L14 Idrottshall vid Wiboms skola"]),
    q("Vilka projekt i Carlsäters plan leder till lägre driftkostnader?", "sv", "list", E, 2, [E_HEAD],
      "Fem: avvecklingen av Jungfruhagens förskola (−1 100 tkr) och Jasminens äldreboende (−2 300), simhallen "
      "(−250), ishallen (−420) och kulturskolan i Pelarsalen (−600).",
      items=["L3 Jungfruhagens förskola", "L8 Jasminens äldreboende", "L11 Carlsäters simhall",
             "L13 Ishallen Kylanläggningen använder", "L15 Kulturskolan i Pelarsalen"]),
    q("Varför river Carlsäter Wiboms skola i stället för att renovera den?", "sv", "passage", E, 3,
      ["En renovering beräknades kosta 285 mnkr och skulle ändå ge en skola"],
      "Stommen har fuktskador och installationerna måste bytas; en renovering för 285 mnkr skulle ändå inte ge "
      "en skola som klarar dagens krav på tillgänglighet och energi."),
    none("Vad förväntas Carlsäter få betalt när Jasminens äldreboende säljs?", "sv"),
    none("How many pupils attend Clarabergsskolan in Carlsäter today?", "en"),
    none("Hur stor är Carlsäters totala lokalyta i dag?", "sv"),

    # ------------------------------------------------------------ (f) Vittarp, förskolan Valnöten (p. 2 scanned)
    q("Hur stor blev den totala investeringsutgiften för förskolan Valnöten när Vittarps kommunstyrelse fattade "
      "beslut?", "sv", "figure", F, 2,
      ["med en total investeringsutgift om 64,0 mnkr, inklusive solcellsanläggning"],
      "64,0 mnkr inklusive solceller, enligt kommunstyrelsens beslut 2026-05-11 § 112. Förvaltningen hade "
      "föreslagit 61,5 mnkr.",
      [fig(64.0, "mnkr", "64,0 mnkr")]),
    q("Hur mycket av investeringen i förskolan Valnöten ska Vittarp betala under 2027 enligt kommunstyrelsens "
      "beslut?", "sv", "figure", F, 2,
      ["fördelas med 18,5 mnkr år 2026 och 45,5 mnkr år 2027"],
      "45,5 mnkr år 2027 (och 18,5 mnkr år 2026). Förvaltningens förslag var 44,5 mnkr för 2027.",
      [fig(45.5, "mnkr", "45,5 mnkr")]),
    q("How much extra rent per year will Vittarp's board for children and education be compensated for because "
      "of the Valnöten preschool?", "en", "figure", F, 2,
      ["kompenseras för den ökade hyran, 4 150 tkr per år"],
      "4,150 tkr per year from the 2028 budget, according to the executive board's decision (the officials' "
      "memo had estimated about 4.0 million kronor).",
      [fig(4150, "tkr", "4 150 tkr")]),
    q("Vad kostar projektering och byggledning i kalkylen för Vittarps nya förskola?", "sv", "figure", F, 3,
      ["Projektering och byggledning 3 380"],
      "3 380 tkr av en total kalkyl på 61 500 tkr (utan solceller).",
      [fig(3380, "tkr", "3 380")]),
    q("Vilka alternativ prövade förvaltningen innan den föreslog en ny förskola i Vittarp?", "sv", "list", F, 1,
      ["Tillbyggnad av förskolan Jakobsdal med två avdelningar, vilket inte räcker"],
      "Tre: en tillbyggnad av Jakobsdals förskola, fortsatt inhyrning av moduler och en nybyggnad av förskolan "
      "Valnöten, som förvaltningen föreslår.",
      items=["Tillbyggnad av förskolan Jakobsdal med två avdelningar", "Fortsatt inhyrning av moduler",
             "Nybyggnad av förskolan Valnöten med sju avdelningar"]),
    q("Vilka moment i tidplanen för Vittarps förskola Valnöten infaller under 2027?", "sv", "list", F, 3,
      ["Aktivitet Tidpunkt Bygglov beviljat 2026-02-12"],
      "Tre: stomme och tak klara i februari 2027, invändiga arbeten klara 2027-10-29 och slutbesiktning den 24 "
      "november 2027.",
      items=["Stomme och tak klara februari 2027", "Invändiga arbeten klara 2027-10-29",
             "Slutbesiktning 24 november 2027"]),
    q("Varför höjde Vittarps kommunstyrelse investeringsutgiften för den nya förskolan?", "sv", "passage", F, 2,
      ["solcellsanläggning på taket som beräknas minska driftkostnaderna med cirka 110 tkr per år"],
      "Kommunstyrelsen biföll ett ändringsyrkande om en solcellsanläggning på taket, som beräknas minska "
      "driftkostnaderna med cirka 110 tkr per år; därför höjdes utgiften med 2,5 mnkr."),
    none("Med hur många röster mot hur många beslutade Vittarps kommunstyrelse om förskolan Valnöten?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{20000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
