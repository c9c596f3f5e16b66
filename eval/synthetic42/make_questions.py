"""Writes ../train_syn42.jsonl: 72 gold questions (t42001–t42072) about the six synthetic42 PDFs.

26 figure, 18 list (16 conditional – by a budget deviation sign, an amount (net cost over 400 mnkr, a total over 20
mnkr, loans over 50 000), a comparison of two cells of a row (key figures lower in 2026 than 2025, libraries with
fewer visits, indicators that moved the wrong way on the scanned page), a result word (significant deficiencies), a
responsible role (HR-chef, ekonomichef), a date (before 1 February 2027), a group plus an amount (cycle projects
over 2 mnkr in 2027), a non-empty year column (money in 2030), a year plus an amount in a long-format table (over
100 events in 2026), a target reached (scanned page) and a status word (delayed actions) – and 2 that ask for a
whole named list: Ekmarka's proposed measures and the att-clauses of Brånsta's § 34), 6 passage, 22 none (7 of
them list-shaped); 54 in Swedish and 18 in English (6 figures, 5 lists, 2 passages, 5 none). Items are written
out literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Five questions are about p. 2 of the Mälbacka document, a scanned page without a text layer (two
figures, two lists and one near-miss none question); the evidence of the answerable ones is the text printed in
the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn42.jsonl"

A = "region-emtuna-arsredovisning-2026-utdrag.pdf"
B = "ekmarka-ks-internkontrollplan-2026-uppfoljning.pdf"
C = "bransta-ks-protokoll-2027-03-16.pdf"
D = "marstorp-tn-investeringsplan-gator-2027-2030.pdf"
E = "bolmsta-biblioteksstatistik-2026.pdf"
F = "malbacka-avfallsplan-uppfoljning-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Region Emtuna, årsredovisning 2026
    q("Hur stort överskott redovisade Region Emtuna för 2026?", "sv", "figure", A, 1,
      ["Regionens resultat för 2026 blev 186,4 mnkr (92,7)"],
      "Resultatet blev 186,4 mnkr, att jämföra med 92,7 mnkr året innan och ett budgeterat resultat på 140,0 mnkr.",
      [fig(186.4, "mnkr", "186,4 mnkr")]),
    q("Vad låg soliditeten på i Region Emtuna år 2024?", "sv", "figure", A, 2,
      ["Soliditet, % 14,2 12,6 12,1 12,9 14,3"],
      "12,1 procent. Soliditeten har sedan ökat till 12,9 procent 2025 och 14,3 procent 2026.",
      [fig(12.1, "procent", "12,1")]),
    q("How much did Region Emtuna receive in general government grants and equalisation in the year before 2026?",
      "en", "figure", A, 3, ["Generella statsbidrag och utjämning 6 3 265,0 3 074,3"],
      "3,074.3 million kronor in 2025 (3,265.0 million kronor in 2026).",
      [fig(3074.3, "mnkr", "3 074,3")]),
    q("Vad blev utfallet för kollektivtrafiken i Region Emtuna jämfört med budget 2026?", "sv", "figure", A, 4,
      ["Kollektivtrafik 918,0 941,3 884,6 −23,3"],
      "Nettokostnaden blev 941,3 mnkr mot en budget på 918,0 mnkr, alltså 23,3 mnkr mer än budgeterat.",
      [fig(941.3, "mnkr", "941,3")]),
    q("Med hur många procent ökade Region Emtunas nettokostnader under 2026?", "sv", "figure", A, 1,
      ["Verksamhetens nettokostnader ökade med 4,5 procent (6,2)"],
      "Med 4,5 procent (6,2 procent året innan), medan skatteintäkter och generella statsbidrag ökade med 5,1 "
      "procent.",
      [fig(4.5, "procent", "4,5 procent")]),
    q("Vilka verksamhetsområden i Region Emtuna gick över budget 2026?", "sv", "list", A, 4,
      ["Hälso- och sjukvård 7 412,0 7 698,5 7 301,2 −286,5"],
      "Två: hälso- och sjukvården (−286,5 mnkr) och kollektivtrafiken (−23,3 mnkr). Övriga områden redovisade "
      "överskott mot budget.",
      items=["Hälso- och sjukvård 7 412,0", "Kollektivtrafik 918,0 941,3"]),
    q("Which of Region Emtuna's operating areas had net costs above 400 million kronor in 2026?", "en", "list", A,
      4, ["Regionstyrelsens gemensamma verksamhet 528,0 497,6 482,1 +30,4"],
      "Four: health care (7,698.5), public transport (941.3), the regional board's common activities (497.6) and "
      "dental care (405.8 million kronor).",
      items=["Hälso- och sjukvård 7 412,0", "Tandvård 412,5 405,8", "Kollektivtrafik 918,0 941,3",
             "Regionstyrelsens gemensamma verksamhet 528,0"]),
    q("Vilka nyckeltal i Region Emtunas femårsöversikt var lägre 2026 än 2025?", "sv", "list", A, 2,
      ["Långfristiga lån, mnkr 400,0 650,0 900,0 900,0 850,0"],
      "Två: förändringen av verksamhetens nettokostnader (4,5 procent mot 6,2) och de långfristiga lånen (850,0 mot "
      "900,0 mnkr). Skattesatsen var oförändrad.",
      items=["Förändring av verksamhetens nettokostnader, %", "Långfristiga lån, mnkr 400,0"]),
    q("Varför överskred hälso- och sjukvården i Region Emtuna sin budget 2026?", "sv", "passage", A, 4,
      ["kostnaderna för hyrläkare och hyrsjuksköterskor ökade under sommaren"],
      "Främst för att kostnaderna för hyrläkare och hyrsjuksköterskor ökade under sommaren när flera "
      "vårdavdelningar vid Dalvretens sjukhus inte kunde bemannas med egen personal, samtidigt som fler patienter "
      "remitterades till vård i andra regioner."),
    none("Vilken soliditet hade Region Emtuna 2021?", "sv"),
    none("How many employees did Region Emtuna have at the end of 2026?", "en"),
    none("Hur stor budget har Region Emtuna gett kollektivtrafiken för 2027?", "sv"),
    none("Vilka verksamhetsområden i Region Emtuna överskred budgeten med mer än 300 mnkr under 2026?", "sv"),

    # ------------------------------------------------------------ (b) Ekmarka, internkontrollplan 2026
    q("Vilket riskvärde har Ekmarka kommun gett risken att behörigheter ligger kvar när någon har slutat?", "sv",
      "figure", B, 2, ["9 Behörigheter finns kvar efter avslutad anställning 4 4 16"],
      "Riskvärde 16 (sannolikhet 4 × konsekvens 4), det högsta i planen.",
      [fig(16, "riskvärde", "16")]),
    q("Hur många avvikelser hittade Ekmarka när kommunen granskade inköp utanför avtal 2026?", "sv", "figure", B,
      3, ["Analys av avtalstroheten i e-handelssystemet 120 19 15,8 Väsentliga brister"],
      "19 av 120 granskade inköp (15,8 procent), vilket bedömdes som väsentliga brister.",
      [fig(19, "antal", "19")]),
    q("What share of the user accounts checked by Ekmarka municipality belonged to staff who had left?", "en",
      "figure", B, 3, ["Avstämning av konton i verksamhetssystemen mot personalregistret 480 37 7,7"],
      "7.7 per cent: 37 of the 480 accounts checked, rated as significant deficiencies.",
      [fig(7.7, "procent", "7,7")]),
    q("Hur många kontroller i Ekmarkas internkontroll gav väsentliga brister vid uppföljningen 2025?", "sv",
      "figure", B, 1, ["då fem av de 14 kontrollerna visade väsentliga brister"],
      "Fem av 14 kontroller. År 2026 var det tre av 15.",
      [fig(5, "antal", "fem")]),
    q("Which of Ekmarka's internal controls turned up significant deficiencies in 2026?", "en", "list", B, 3,
      ["Uppföljning av att chefer har tagit in uppgifter om bisysslor 60 9 15,0"],
      "Three: the check of purchases outside agreements (2), the follow-up of secondary employment (6) and the "
      "reconciliation of system accounts against the personnel register (9).",
      items=["2 Analys av avtalstroheten i e-handelssystemet", "6 Uppföljning av att chefer",
             "9 Avstämning av konton i verksamhetssystemen"]),
    q("Vilka kontroller i Ekmarkas internkontrollplan har HR-chefen ansvar för?", "sv", "list", B, 2,
      ["7 Arbetsmiljöuppgifter är inte fördelade skriftligt 2 4 8"],
      "Fyra: felaktiga löneutbetalningar (5), bisysslor (6), skriftlig fördelning av arbetsmiljöuppgifter (7) och "
      "uppföljning av rehabiliteringsärenden (8).",
      items=["5 Felaktiga löneutbetalningar 3 3", "6 Bisysslor anmäls och prövas",
             "7 Arbetsmiljöuppgifter är inte fördelade", "8 Rehabiliteringsärenden följs inte upp"]),
    q("Vilka åtgärder föreslås i Ekmarka efter genomgången av årets internkontroll?", "sv", "list", B, 4,
      ["Automatiskt avsluta behörigheter när en anställning upphör"],
      "Fyra: obligatorisk e-handel för alla beställare, automatisk avslutning av behörigheter när en anställning "
      "upphör, en årlig påminnelse om att anmäla bisysslor och kontinuitetsplaner för de tio mest kritiska "
      "systemen.",
      items=["Införa obligatorisk e-handel för alla", "Automatiskt avsluta behörigheter när en anställning",
             "Skicka en årlig påminnelse", "Ta fram kontinuitetsplaner för de tio"]),
    q("Why did Ekmarka not carry out its check of continuity plans for critical systems?", "en", "passage", B, 4,
      ["IT-avdelningen under hösten fick lägga all tillgänglig tid på bytet av kommunens ekonomisystem"],
      "Because the IT department had to spend all its available time in the autumn on replacing the "
      "municipality's financial system; the check has been moved to the 2027 plan."),
    none("Vilket riskvärde hade inköp utanför avtal i Ekmarkas internkontrollplan för 2025?", "sv"),
    none("How much did Ekmarka municipality spend on its internal control work in 2026?", "en"),
    none("Vilka kontrollmoment i Ekmarka genomförs varje vecka?", "sv"),
    none("Vilka risker i Ekmarkas plan bedöms ha ett riskvärde på 20 eller mer?", "sv"),

    # ------------------------------------------------------------ (c) Brånsta, kommunstyrelsens protokoll 2027-03-16
    q("Vilket resultat för helåret 2027 räknade Brånsta kommun med efter februari?", "sv", "figure", C, 2,
      ["Prognosen för helåret visar ett resultat på −12,4 mnkr"],
      "Ett resultat på −12,4 mnkr, jämfört med ett budgeterat resultat på 18,0 mnkr. Nämnderna beräknades gå "
      "41,7 mnkr back.",
      [fig(-12.4, "mnkr", "−12,4 mnkr")]),
    q("Hur mycket extra pengar beviljades för att bygga om Ängsmora skola i Brånsta?", "sv", "figure", C, 2,
      ["bevilja ett tilläggsanslag på 8,5 mnkr för ombyggnaden av Ängsmora skola"],
      "Ett tilläggsanslag på 8,5 mnkr. Utgiften beräknas nu till 14,2 mnkr mot 5,7 mnkr i investeringsbudgeten.",
      [fig(8.5, "mnkr", "8,5 mnkr")]),
    q("How many members of Brånsta's executive board voted to reject the motion on free bus travel for people "
      "over 75?", "en", "figure", C, 3, ["Med 9 ja-röster mot 3 nej-röster beslutar kommunstyrelsen"],
      "Nine voted yes to the committee's proposal to reject it, three voted no and one abstained.",
      [fig(9, "antal", "9 ja-röster")]),
    q("Vad kostar hyran för paviljongen vid Ängsmora skola i Brånsta enligt delegationsbeslutet?", "sv", "figure",
      C, 4, ["Hyresavtal för paviljong vid Ängsmora skola 2027-02-10 Fastighetschef 960"],
      "960 tkr enligt fastighetschefens beslut den 10 februari 2027.",
      [fig(960, "tkr", "960")]),
    q("Vilka delegationsbeslut fattade ekonomichefen i Brånsta?", "sv", "list", C, 4,
      ["D 2027:09 Placering av överlikviditet enligt finanspolicyn 2027-02-19 Ekonomichef 25 000"],
      "Tre: upptagande av lån (40 000 tkr), avskrivning av fordringar (212 tkr) och placering av överlikviditet "
      "(25 000 tkr).",
      items=["D 2027:03 Upptagande av lån", "D 2027:04 Avskrivning av fordringar",
             "D 2027:09 Placering av överlikviditet"]),
    q("Which delegated decisions reported to Brånsta's executive board were taken before 1 February 2027?", "en",
      "list", C, 4, ["D 2027:02 Yttrande över remiss om regional transportplan 2027-01-18 Kommundirektör"],
      "Four, all from January: the direct procurement for the pay survey, the consultation response on the regional "
      "transport plan, the loan within the approved limit and the write-off of receivables.",
      items=["D 2027:01 Direktupphandling av konsultstöd", "D 2027:02 Yttrande över remiss",
             "D 2027:03 Upptagande av lån", "D 2027:04 Avskrivning av fordringar"]),
    q("Vilka beslut fattade kommunstyrelsen i Brånsta i ärendet om Ängsmora skola?", "sv", "list", C, 2,
      ["finansiera tilläggsanslaget genom att bygget av förskolan i Medvinge skjuts upp"],
      "Att bevilja ett tilläggsanslag på 8,5 mnkr, att finansiera det genom att förskolan i Medvinge skjuts upp "
      "till 2028, att samhällsbyggnadsförvaltningen ska redovisa orsakerna till kostnadsökningen senast den 15 juni "
      "2027 och att paragrafen justeras omedelbart.",
      items=["bevilja ett tilläggsanslag på 8,5 mnkr", "finansiera tilläggsanslaget genom att bygget",
             "uppdra åt samhällsbyggnadsförvaltningen att redovisa", "förklara paragrafen omedelbart justerad"]),
    q("Varför sa kommunstyrelsen i Brånsta nej till gratis bussresor för äldre över 75?", "sv", "passage", C, 3,
      ["beräknas kosta omkring 3,1 mnkr per år i minskade biljettintäkter"],
      "Avgiftsfria resor beräknas kosta omkring 3,1 mnkr per år i minskade biljettintäkter, och regionens utredning "
      "om färdtjänst och kollektivtrafik för äldre bör avvaktas innan kommunen beslutar."),
    none("Hur många ledamöter sitter i Brånstas kommunfullmäktige?", "sv"),
    none("What full-year result did Brånsta forecast after the January follow-up in 2027?", "en"),
    none("Vilka delegationsbeslut i Brånsta fattades av socialchefen?", "sv"),

    # ------------------------------------------------------------ (d) Marstorp, investeringsplan gator 2027–2030
    q("Hur mycket pengar lägger Marstorp på GC-vägen mellan Marstorp och Vedhamn under 2028?", "sv", "figure", D,
      2, ["1201 GC-väg Marstorp–Vedhamn 21,4 2,6 8,8 10,0 – –"],
      "10,0 mnkr i plan för 2028, efter 8,8 mnkr i budget 2027. Den totala utgiften är 21,4 mnkr.",
      [fig(10.0, "mnkr", "10,0")]),
    q("Vad beräknas den nya bron över Bysjöån i Marstorp kosta totalt?", "sv", "figure", D, 3,
      ["1401 Ny bro över Bysjöån² 31,5 1,8 0,7 2,0 15,0 12,0"],
      "31,5 mnkr totalt, varav 15,0 mnkr 2029 och 12,0 mnkr 2030. Projektet har skjutits upp ett år.",
      [fig(31.5, "mnkr", "31,5")]),
    q("How much does Marstorp intend to spend on walking and cycle paths altogether in 2027?", "en", "figure", D, 2,
      ["Summa gång- och cykelvägar 48,6 3,1 13,7 16,8 9,0 6,0"],
      "13.7 million kronor in the 2027 budget for the four walking and cycle path projects.",
      [fig(13.7, "mnkr", "13,7")]),
    q("Hur mycket vill Marstorp investera i gator och vägar 2027 och hur förhåller det sig till ramen?", "sv",
      "figure", D, 1, ["För 2027 föreslås investeringar på 54,1 mnkr"],
      "54,1 mnkr, vilket är 4,1 mnkr mer än investeringsramen på 50,0 mnkr. I förra årets plan låg 47,3 mnkr på "
      "2027.",
      [fig(54.1, "mnkr", "54,1 mnkr")]),
    q("Hur mycket hade Marstorp redan lagt på Dagsåsen etapp 2 före 2027?", "sv", "figure", D, 2,
      ["1101 Exploateringsgator Dagsåsen etapp 2 24,6 3,1 9,5 8,0 4,0 –"],
      "3,1 mnkr till och med 2026, av en total utgift på 24,6 mnkr.",
      [fig(3.1, "mnkr", "3,1")]),
    q("Vilka gång- och cykelvägsprojekt i Marstorp har mer än 2 mnkr i budget för 2027?", "sv", "list", D, 2,
      ["1204 Cykelparkeringar vid resecentrum 2,4 – 2,4 – – –"],
      "Två: GC-vägen Marstorp–Vedhamn (8,8 mnkr) och cykelparkeringarna vid resecentrum (2,4 mnkr).",
      items=["1201 GC-väg Marstorp–Vedhamn 21,4", "1204 Cykelparkeringar vid resecentrum"]),
    q("Which projects in Marstorp's street investment plan have a total cost above 20 million kronor?", "en",
      "list", D, 2, ["1101 Exploateringsgator Dagsåsen etapp 2 24,6 3,1 9,5 8,0 4,0 –"],
      "Four: the Dagsåsen development streets stage 2 (24.6), the Marstorp–Vedhamn cycle path (21.4), the new "
      "bridge over Bysjöån (31.5) and the paving programme (40.0 million kronor).",
      items=["1101 Exploateringsgator Dagsåsen etapp 2", "1201 GC-väg Marstorp–Vedhamn 21,4",
             "1401 Ny bro över Bysjöån²", "1501 Beläggningsprogram för gator¹"]),
    q("Vilka projekt i Marstorps investeringsplan har pengar avsatta för 2030?", "sv", "list", D, 2,
      ["1203 Planskild GC-passage under Banvallen 18,5 0,5 1,0 2,0 9,0 6,0"],
      "Sex: förlängningen av Vedhamnsvägen, GC-passagen under Banvallen, busshållplatserna, cirkulationsplatsen "
      "Ärlegatan/Bangatan, bron över Bysjöån och beläggningsprogrammet.",
      items=["1103 Förlängning av Vedhamnsvägen", "1203 Planskild GC-passage under Banvallen",
             "1302 Tillgänglighetsanpassning av busshållplatser", "1303 Cirkulationsplats Ärlegatan/Bangatan 11,0",
             "1401 Ny bro över Bysjöån²", "1501 Beläggningsprogram för gator¹"]),
    q("Varför har Marstorp skjutit upp bygget av bron vid Bysjöån?", "sv", "passage", D, 4,
      ["länsstyrelsens tillstånd för vattenverksamhet har överklagats till mark- och miljödomstolen"],
      "Länsstyrelsens tillstånd för vattenverksamhet har överklagats till mark- och miljödomstolen, och bygget kan "
      "inte upphandlas förrän tillståndet har vunnit laga kraft."),
    none("Hur mycket har Marstorp avsatt till beläggningsprogrammet för 2031?", "sv"),
    none("How much will Marstorp spend on snow clearing in 2027?", "en"),
    none("Vilka projekt i Marstorp har mer än 20 mnkr planerat för 2028?", "sv"),
    none("Hur många kilometer lång blir GC-vägen från Marstorp till Vedhamn?", "sv"),

    # ------------------------------------------------------------ (e) Bolmsta, biblioteksstatistik 2026
    q("Hur många lån registrerades på Vikåsa bibliotek i Bolmsta 2026?", "sv", "figure", E, 2,
      ["Vikåsa bibliotek 52 380 55 910 +6,7 44 105 47 350 +7,4"],
      "55 910 utlån, 6,7 procent fler än 2025 (52 380).",
      [fig(55910, "antal", "55 910")]),
    q("Hur många besök hade Dalkarlsbo bibliotek i Bolmsta året före 2026?", "sv", "figure", E, 2,
      ["Dalkarlsbo bibliotek 48 215 46 870 −2,8 39 620 38 115 −3,8"],
      "39 620 besök 2025. År 2026 minskade de till 38 115.",
      [fig(39620, "antal", "39 620")]),
    q("How many people attended events at Bolmsta's city library in 2025?", "en", "figure", E, 3,
      ["Bolmsta stadsbibliotek 2025 236 7 415 4 120"],
      "7,415 participants at 236 events, of whom 4,120 were children and young people.",
      [fig(7415, "antal", "7 415")]),
    q("Hur många utlån hade Bolmstas bibliotek sammanlagt under 2026?", "sv", "figure", E, 1,
      ["Biblioteken i Bolmsta hade 360 242 utlån under 2026"],
      "360 242 utlån, jämfört med 358 915 året innan. Målet på 370 000 utlån nåddes inte.",
      [fig(360242, "antal", "360 242")]),
    q("Vilka bibliotek i Bolmsta tappade besökare 2026 jämfört med 2025?", "sv", "list", E, 2,
      ["Åsbyns bibliotek 31 940 24 608 −23,0 28 450 19 870 −30,2"],
      "Två: Dalkarlsbo bibliotek (−3,8 procent) och Åsbyns bibliotek (−30,2 procent).",
      items=["Dalkarlsbo bibliotek 48 215", "Åsbyns bibliotek 31 940"]),
    q("Which libraries in Bolmsta lent out more than 50,000 items in 2026?", "en", "list", E, 2,
      ["Bolmsta stadsbibliotek 186 420 191 305 +2,6 214 380 221 940 +3,5"],
      "Two: the city library (191,305 loans) and Vikåsa library (55,910). Dalkarlsbo had 46,870.",
      items=["Bolmsta stadsbibliotek 186 420", "Vikåsa bibliotek 52 380"]),
    q("Vilka bibliotek i Bolmsta ordnade fler än 100 arrangemang under 2026?", "sv", "list", E, 3,
      ["Vikåsa bibliotek 2026 117 2 230 1 402"],
      "Tre: stadsbiblioteket (251), Vikåsa bibliotek (117) och Dalkarlsbo bibliotek (103).",
      items=["Bolmsta stadsbibliotek 2026 251", "Dalkarlsbo bibliotek 2026 103", "Vikåsa bibliotek 2026 117"]),
    q("Why did visitor numbers at Åsbyn's library in Bolmsta drop so much in 2026?", "en", "passage", E, 4,
      ["biblioteket var stängt från mars till maj medan ventilationen byttes"],
      "The library was closed from March to May while the ventilation was replaced and the premises were "
      "converted for self-service opening hours; only a temporary pick-up point for reserved books was open in "
      "Åsbyn's school."),
    none("Hur många utlån hade Vikåsa bibliotek i Bolmsta 2023?", "sv"),
    none("Hur många e-böcker lånade Bolmstas bibliotek ut under 2026?", "sv"),
    none("Vilka bibliotek i Bolmsta hade mer än 250 000 besök 2026?", "sv"),

    # ------------------------------------------------------------ (f) Mälbacka, avfallsplan uppföljning 2026
    q("Hur många kilo mat- och restavfall per invånare samlades in i Mälbacka 2026?", "sv", "figure", F, 2,
      ["1.2 Mat- och restavfall kg/inv minska 214 196 189 181 170"],
      "181 kilo per invånare (preliminärt), jämfört med 189 kilo 2025 och målet 170 kilo 2030.",
      [fig(181, "kg/inv", "181")]),
    q("What share of food waste was sorted out separately in Mälbacka in 2025?", "en", "figure", F, 2,
      ["2.1 Andel utsorterat matavfall % öka 38 52 57 61 75"],
      "57 per cent in 2025, rising to 61 per cent in 2026; the target for 2030 is 75 per cent.",
      [fig(57, "procent", "57")]),
    q("Hur många av åtgärderna i Mälbackas avfallsplan var klara vid förra årets uppföljning?", "sv", "figure", F,
      1, ["jämfört med fyra vid förra årets uppföljning"],
      "Fyra. Vid uppföljningen 2026 var sex av de 15 åtgärderna genomförda.",
      [fig(4, "antal", "fyra")]),
    q("Vilket år ska den nya återvinningscentralen i Bredmossen i Mälbacka stå klar?", "sv", "figure", F, 3,
      ["2.2 Ny återvinningscentral i Bredmossen Mälbacka Vatten och Avfall AB 2028 Pågår"],
      "2028. Åtgärden, som Mälbacka Vatten och Avfall AB ansvarar för, pågår.",
      [fig(2028, "år", "2028")]),
    q("Vilka indikatorer i Mälbackas avfallsplan har redan nått målet för 2030?", "sv", "list", F, 2,
      ["Föremål till återbruk antal öka 1 850 4 120 5 360 6 010 5 000"],
      "Två: föremål till återbruk (6 010 mot målet 5 000) och farligt avfall i restavfallet (0,4 procent mot "
      "målet 0,5).",
      items=["2.4 Föremål till återbruk", "3.2 Farligt avfall i restavfallet"]),
    q("Vilka av indikatorerna i Mälbacka utvecklades åt fel håll mellan 2025 och 2026?", "sv", "list", F, 2,
      ["2.3 Felsorterat material i restavfallet % minska 43 36 33 34 25"],
      "Två: insamlade förpackningar och tidningar minskade från 71 till 70 kilo per invånare fast de ska öka, och "
      "felsorterat material i restavfallet ökade från 33 till 34 procent fast det ska minska.",
      items=["2.2 Insamlade förpackningar och tidningar", "2.3 Felsorterat material i restavfallet"]),
    q("Vilka åtgärder i Mälbackas avfallsplan är försenade?", "sv", "list", F, 3,
      ["3.2 Fler papperskorgar med sortering i centrala Mälbacka"],
      "Tre: krav på minskat avfall i upphandlingar (1.3), insamling av matavfall i kommunens egna verksamheter "
      "(2.4) och fler papperskorgar med sortering i centrala Mälbacka (3.2).",
      items=["1.3 Krav på minskat avfall", "2.4 Insamling av matavfall i kommunens",
             "3.2 Fler papperskorgar med sortering"]),
    q("Varför har insamlingen av matavfall i Mälbackas egna kök blivit försenad?", "sv", "passage", F, 4,
      ["flera av kommunens kök saknar utrymme för kärl och kylda soprum"],
      "Flera av kommunens kök saknar utrymme för kärl och kylda soprum, och ombyggnaderna väntar på att "
      "kommunfullmäktige beslutar om den nya lokalförsörjningsplanen."),
    none("Hur mycket hushållsavfall per invånare samlades in i Mälbacka 2022?", "sv"),
    none("How much is the annual waste collection fee for a house in Mälbacka in 2027?", "en"),
    none("Vilka åtgärder i Mälbackas avfallsplan har avbrutits?", "sv"),
    none("Hur många ton avfall tog återvinningscentralen i Älgmossen i Mälbacka emot 2026?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{42000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
