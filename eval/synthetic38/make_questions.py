"""Writes ../train_syn38.jsonl: 72 gold questions (t38001–t38072) about the six synthetic38 PDFs.

26 figure, 18 list (16 conditional – by an amount or share (riskvärde at least 12, clinics under the 90 % target,
categories under 80 % performed, fees over 100 tkr, grants over 40 000 kr on the scanned page), by a comparison of
two cells of the same row (assets lower than the year before, key figures higher in 2026 than 2022, a falling share
examined), by the group the rows stand under (financial position, the southern area, planned projects, health
protection, arrangement grants on the scanned page), by a responsible unit (the controller), a frequency
(quarterly), an assessment ("Väsentliga avvikelser") or a completion year – and 2 that ask for a whole named list),
6 passage, 22 none (6 of them list-shaped); 54 in Swedish and 18 in English (7 English figures, 4 English lists,
2 English passages, 5 English none). Items are written out literally (not derived from data.py) so that check.py,
which recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of the
Marvinge document, a scanned page without a text layer (two figures, two lists and one near-miss none question);
the evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn38.jsonl"

A = "brunnshed-arsredovisning-2026-fem-ar-i-sammandrag.pdf"
B = "fjallbrinka-sn-internkontrollplan-2027.pdf"
C = "region-vedmora-folktandvarden-uppfoljning-2026.pdf"
D = "aldersvik-lokalforsorjningsplan-2027-2031.pdf"
E = "dunkersta-mhn-tillsynsrapport-2026.pdf"
F = "marvinge-kfn-foreningsbidrag-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Brunnshed, årsredovisning 2026
    q("Hur hög var sjukfrånvaron bland Brunnsheds anställda 2025?", "sv", "figure", A, 2,
      ["Sjukfrånvaro² % 7,6 7,1 6,8 6,5 6,9"],
      "6,5 procent 2025. Året efter, 2026, steg den till 6,9 procent.",
      [fig(6.5, "procent", "6,5")]),
    q("How much did Brunnshed municipality invest, net, in 2024?", "en", "figure", A, 2,
      ["Nettoinvesteringar mnkr 96,4 142,8 188,5 131,7 117,2"],
      "188.5 million kronor (mnkr) in net investments in 2024, the highest of the five years (131.7 mnkr in 2025 "
      "and 117.2 mnkr in 2026).",
      [fig(188.5, "mnkr", "188,5")]),
    q("Vilken soliditet hade Brunnshed 2026 om hela pensionsåtagandet räknas med?", "sv", "figure", A, 2,
      ["Räknas hela pensionsåtagandet in blev soliditeten 18,8 procent"],
      "18,8 procent, den högsta nivån under femårsperioden. Utan hela pensionsåtagandet var soliditeten 39,4 "
      "procent.",
      [fig(18.8, "procent", "18,8 procent")]),
    q("Vad blev Brunnsheds resultat 2026 jämfört med det budgeterade?", "sv", "figure", A, 1,
      ["Brunnsheds kommun redovisar för 2026 ett resultat på 29,5 mnkr"],
      "Resultatet blev 29,5 mnkr, vilket är 14,5 mnkr mer än budgeten på 15,0 mnkr (och 11,3 mnkr bättre än 2025).",
      [fig(29.5, "mnkr", "29,5 mnkr")]),
    q("How much money did Brunnshed have in cash and bank at the end of 2025?", "en", "figure", A, 3,
      ["Kassa och bank 18 46,2 61,8"],
      "61.8 million kronor on 31 December 2025; a year later it had fallen to 46.2 mnkr.",
      [fig(61.8, "mnkr", "61,8")]),
    q("Vilka tillgångsposter i Brunnsheds balansräkning var lägre vid utgången av 2026 än ett år tidigare?", "sv",
      "list", A, 3, ["Kassa och bank 18 46,2 61,8"],
      "Fyra poster minskade: immateriella anläggningstillgångar (4,0 → 3,1 mnkr), maskiner och inventarier (71,2 → "
      "68,4), förråd och exploateringsfastigheter (22,4 → 18,9) samt kassa och bank (61,8 → 46,2).",
      items=["Immateriella anläggningstillgångar 12 3,1", "Maskiner och inventarier 14 68,4",
             "Förråd och exploateringsfastigheter 16 18,9", "Kassa och bank 18 46,2"]),
    q("Vilka av Brunnsheds nyckeltal för den finansiella ställningen låg högre 2026 än 2022?", "sv", "list", A, 2,
      ["Låneskuld mnkr 410,0 470,0 560,0 585,0 585,0"],
      "Tre: soliditeten inklusive pensionsförpliktelser (14,9 → 18,8 %), nettoinvesteringarna (96,4 → 117,2 mnkr) "
      "och låneskulden (410,0 → 585,0 mnkr). Soliditeten utan pensioner sjönk från 41,2 till 39,4 %.",
      items=["Soliditet inkl. pensionsförpliktelser", "Nettoinvesteringar mnkr 96,4", "Låneskuld mnkr 410,0"]),
    q("Why did sick leave among Brunnshed's employees go up in 2026?", "en", "passage", A, 2,
      ["korttidsfrånvaron ökade under vintern i samband med en omfattande influensasäsong"],
      "Mainly because short-term absence rose during the winter with a severe flu season, above all in preschools "
      "and home care; long-term sick leave kept falling. Sick leave rose to 6.9 per cent."),
    none("Vilken kommunal skattesats hade Brunnshed 2021?", "sv"),
    none("Hur stor var Brunnsheds låneskuld per invånare 2026?", "sv"),
    none("What was the sick leave among women employed by Brunnshed in 2026?", "en"),
    none("Vilka år under femårsperioden gick Brunnsheds kommun med negativt resultat?", "sv"),

    # ------------------------------------------------------------ (b) Fjällbrinka, internkontrollplan 2027
    q("Hur många avvikelser hittades när Fjällbrinka granskade utbetalningar av ekonomiskt bistånd 2026?", "sv",
      "figure", B, 3, ["3 Utbetalningar av ekonomiskt bistånd 300 utbetalningar 7 Mindre avvikelser"],
      "7 avvikelser bland 300 granskade utbetalningar; bedömningen blev mindre avvikelser.",
      [fig(7, "antal", "7")]),
    q("What risk value has Fjällbrinka's social services board given the risk that external placements cost more "
      "than budgeted?", "en", "figure", B, 2,
      ["K6 Kostnaden för externa placeringar överskrider budget RV 12"],
      "Risk value 12 (probability 4 × consequence 3); it is checked monthly by the controller.",
      [fig(12, "antal", "12")]),
    q("Vilket riskvärde har Fjällbrinkas socialnämnd satt på risken att familjehem används utan avtal?", "sv",
      "figure", B, 2, ["K5 Familjehem anlitas via konsulentföretag utan avtal RV 8"],
      "Riskvärde 8 (sannolikhet 2 × konsekvens 4).",
      [fig(8, "antal", "8")]),
    q("Vilka risker i Fjällbrinkas kontrollplan för 2027 har ett riskvärde på 12 eller mer?", "sv", "list", B, 2,
      ["K1 Förhandsbedömning görs inte inom 14 dagar RV 12"],
      "Fyra: K1 förhandsbedömning inom 14 dagar, K6 kostnaden för externa placeringar, K10 hög personalomsättning "
      "bland socialsekreterare och K12 känsliga personuppgifter i okrypterad e-post – alla med riskvärde 12.",
      items=["K1 Förhandsbedömning görs inte", "K6 Kostnaden för externa placeringar",
             "K10 Hög personalomsättning bland socialsekreterare", "K12 Känsliga personuppgifter skickas"]),
    q("Which controls in Fjällbrinka's internal control plan for 2027 is the controller responsible for?", "en",
      "list", B, 2, ["K6 Kostnaden för externa placeringar överskrider budget RV 12"],
      "Two: K6, the monthly forecast of external placement costs, and K11, checking attestation lists against "
      "authorised approvers (every six months).",
      items=["K6 Kostnaden för externa placeringar", "K11 Attest görs av någon"]),
    q("Vilka kontroller ska Fjällbrinkas socialförvaltning göra en gång i kvartalet under 2027?", "sv", "list", B,
      2, ["K2 Utredningar blir inte klara inom fyra månader RV 9"],
      "Fyra: K1 förhandsbedömningar, K2 utredningstider, K8 anmälningar enligt LVM och K9 registerutdrag vid "
      "anställning.",
      items=["K1 Förhandsbedömning görs inte", "K2 Utredningar blir inte klara",
             "K8 Anmälan enligt LVM", "K9 Registerutdrag saknas vid anställning"]),
    q("Vilka av Fjällbrinkas kontroller under 2026 gav väsentliga avvikelser?", "sv", "list", B, 3,
      ["5 Placeringar utan avtal 27 placeringar 4 Väsentliga avvikelser"],
      "Två: förhandsbedömning inom 14 dagar (11 avvikelser bland 80 anmälningar) och placeringar utan avtal "
      "(4 av 27 placeringar).",
      items=["1 Förhandsbedömning inom 14 dagar", "5 Placeringar utan avtal"]),
    q("Varför har Fjällbrinka börjat följa upp personalomsättningen inom socialtjänsten?", "sv", "passage", B, 4,
      ["vakanserna har täckts med inhyrda konsulter"],
      "Flera erfarna socialsekreterare har slutat under året och vakanserna har täckts med inhyrda konsulter, "
      "vilket både kostar mer och gör handläggningen mindre stabil."),
    none("Vilket riskvärde har Fjällbrinka gett risken för hot och våld mot personalen?", "sv"),
    none("Hur många avvikelser hittades vid kontrollen av registerutdrag i Fjällbrinka 2025?", "sv"),
    none("How much does the internal control work cost Fjällbrinka's social services board?", "en"),
    none("Vilka risker i Fjällbrinkas plan har fått det högsta möjliga riskvärdet 16?", "sv"),

    # ------------------------------------------------------------ (c) Region Vedmora, Folktandvården 2026
    q("Hur stor andel av tolvåringarna var kariesfria vid Folktandvården Dalstorpa i Region Vedmora?", "sv",
      "figure", C, 2, ["Dalstorpa 1 920 93,2 94,0 76,5 7 90,3"],
      "76,5 procent, den högsta andelen av regionens kliniker (regionen totalt 66,9 procent).",
      [fig(76.5, "procent", "76,5")]),
    q("What was the average wait for a first examination for adult patients at the Vindåkra clinic in Region "
      "Vedmora?", "en", "figure", C, 2, ["Vindåkra 2 480 87,6 88,2 62,9 13 83,9"],
      "13 weeks, one week over the target of at most 12 weeks.",
      [fig(13, "veckor", "13")]),
    q("Hur stor andel av barnen och ungdomarna undersöktes i hela Region Vedmora 2026?", "sv", "figure", C, 2,
      ["Regionen totalt 20 930 90,6 89,7 66,9 12 84,8"],
      "89,7 procent 2026, jämfört med 90,6 procent 2025 och målet minst 90 procent.",
      [fig(89.7, "procent", "89,7")]),
    q("Vilket mål har Region Vedmora för andelen revisionspatienter som kallas i rätt tid?", "sv", "figure", C, 1,
      ["Minst 85 procent av revisionspatienterna ska kallas i tid"],
      "Minst 85 procent. Regionen som helhet nådde 84,8 procent 2026.",
      [fig(85, "procent", "85 procent")]),
    q("Hur många vuxna stod i kö till en första tandundersökning i Region Vedmora vid årsskiftet?", "sv", "figure",
      C, 1, ["Vid årsskiftet väntade 4 260 vuxna på en första undersökning"],
      "4 260 vuxna, jämfört med 3 710 ett år tidigare.",
      [fig(4260, "antal", "4 260")]),
    q("Vilka kliniker i Region Vedmora nådde inte målet för undersökta barn och unga 2026?", "sv", "list", C, 2,
      ["Bodaholm 3 610 88,7 86,9 64,2 14 81,5"],
      "Tre kliniker låg under målet 90 procent: Bodaholm (86,9), Mjölnaryd (84,3) och Vindåkra (88,2).",
      items=["Bodaholm 3 610 88,7", "Mjölnaryd 3 140 90,1", "Vindåkra 2 480 87,6"]),
    q("Which clinics in the southern area (Södra området) of Region Vedmora kept adults waiting longer than the "
      "12-week target?", "en", "list", C, 2, ["Mjölnaryd 3 140 90,1 84,3 58,7 19 74,6"],
      "Three: Mjölnaryd (19 weeks), Vindåkra (13 weeks) and Vallmora (16 weeks). Filebacka (8 weeks) met the "
      "target.",
      items=["Mjölnaryd 3 140", "Vindåkra 2 480", "Vallmora 2 930"]),
    q("Vid vilka av Region Vedmoras tandvårdskliniker sjönk andelen undersökta barn från 2025 till 2026?", "sv",
      "list", C, 2, ["Vallmora 2 930 92,0 91,5 66,1 16 84,7"],
      "Fyra: Bodaholm (88,7 → 86,9), Mjölnaryd (90,1 → 84,3), Filebacka (94,8 → 93,1) och Vallmora (92,0 → 91,5).",
      items=["Bodaholm 3 610 88,7", "Mjölnaryd 3 140 90,1", "Filebacka 1 750 94,8", "Vallmora 2 930 92,0"]),
    q("Vad är förklaringen till att Folktandvården i Mjölnaryd i Region Vedmora försämrades?", "sv", "passage", C,
      3, ["två av klinikens sex tandläkartjänster var vakanta under hösten"],
      "Två av klinikens sex tandläkartjänster var vakanta under hösten och en behandlingsavdelning var stängd i sju "
      "veckor för ombyggnad."),
    none("Hur stor andel av barnen undersöktes på Bodaholm i Region Vedmora 2024?", "sv"),
    none("How long did children have to wait for a first dental examination in Region Vedmora?", "en"),
    none("Vad kostade Folktandvården Filebacka i Region Vedmora under 2026?", "sv"),
    none("Vilka av Region Vedmoras kliniker hade färre än hälften kariesfria tolvåringar?", "sv"),

    # ------------------------------------------------------------ (d) Aldersvik, lokalförsörjningsplan 2027–2031
    q("Hur mycket ska Aldersviks nya idrottshall vid Vallhagsskolan kosta?", "sv", "figure", D, 2,
      ["Vallhagsskolan, ny idrottshall IDR 64,0 6,0 2027 2029"],
      "64,0 mnkr, varav 6,0 mnkr under 2027. Bygget startar 2027 och ska vara klart 2029.",
      [fig(64.0, "mnkr", "64,0")]),
    q("How much of the renovation of Aldersvik's swimming hall (simhall) is budgeted for 2027?", "en", "figure",
      D, 2, ["Aldersviks simhall, renovering IDR 92,3 48,6 2026 2027"],
      "48.6 million kronor in 2027, out of a total investment of 92.3 mnkr.",
      [fig(48.6, "mnkr", "48,6")]),
    q("Hur stor är den totala investeringen i Aldersviks nya lokalförsörjningsplan jämfört med den förra?", "sv",
      "figure", D, 1, ["Planen omfattar fjorton projekt med en sammanlagd investering på 1 298,0 mnkr"],
      "1 298,0 mnkr för fjorton projekt, jämfört med 861,2 mnkr i föregående plan.",
      [fig(1298.0, "mnkr", "1 298,0 mnkr")]),
    q("Vilket år beräknas Forsgläntans skola i Aldersvik stå färdig?", "sv", "figure", D, 3,
      ["Forsgläntans skola, ny F–6-skola GRS 245,0 – 2029 2031"],
      "2031. Projektet (245,0 mnkr) har status Planerat och ska starta 2029.",
      [fig(2031, "år", "2031")]),
    q("Vilka projekt i Aldersviks lokalförsörjningsplan ska bli klara under 2027?", "sv", "list", D, 2,
      ["Myrstigens förskola, nybyggnad FSK 74,5 31,0 2025 2027"],
      "Fyra: Myrstigens förskola, renoveringen av Aldersviks simhall, Dalgläntans vård- och omsorgsboende och "
      "konstgräset på Fältvägens idrottsplats.",
      items=["Myrstigens förskola, nybyggnad FSK", "Aldersviks simhall, renovering IDR",
             "Dalgläntans vård- och omsorgsboende ÄO", "Fältvägens idrottsplats, konstgräs IDR"]),
    q("Which of Aldersvik's projects with the status Planerat cost more than 100 million kronor?", "en", "list", D,
      3, ["Bäcklunda särskilda boende ÄO 168,0 – 2029 2031"],
      "Two: Forsgläntans skola, a new F–6 school (245.0 mnkr), and Bäcklunda särskilda boende (168.0 mnkr).",
      items=["Forsgläntans skola, ny F–6-skola GRS", "Bäcklunda särskilda boende ÄO 168,0"]),
    q("Vilka lokaler ska Aldersviks kommun lämna enligt lokalförsörjningsplanen?", "sv", "list", D, 4,
      ["Modulerna vid Vindåsskolan när om- och tillbyggnaden är klar"],
      "Fyra: modulerna vid Vindåsskolan, Backsippans förskola (rivs 2030), bibliotekets nuvarande lokal i "
      "kommunhuset (blir kontor) och den inhyrda paviljongen vid Fjärilens förskola.",
      items=["Modulerna vid Vindåsskolan när", "Backsippans förskola, som ersätts",
             "Bibliotekets nuvarande lokal i kommunhuset", "Den inhyrda paviljongen vid"]),
    q("Varför har bygget av Bäcklunda särskilda boende i Aldersvik flyttats fram?", "sv", "passage", D, 4,
      ["antalet invånare över 80 år ökar långsammare än i förra prognosen"],
      "Byggstarten flyttas från 2027 till 2029 eftersom befolkningsprognosen visar att antalet invånare över 80 år "
      "ökar långsammare än i förra prognosen, samtidigt som Dalgläntan med 60 platser öppnar 2027."),
    none("Vad blir driftkostnaden för Myrstigens förskola i Aldersvik?", "sv"),
    none("How much does Aldersvik plan to invest in premises in 2032?", "en"),
    none("Vilka projekt i Aldersviks lokalförsörjningsplan har avbrutits?", "sv"),

    # ------------------------------------------------------------ (e) Dunkersta, tillsynsrapport 2026
    q("Hur många inspektioner av avlopp för färre än fem personekvivalenter gjorde Dunkersta 2026?", "sv",
      "figure", E, 2, ["Avloppsanläggningar under 5 pe 2 140 180 152 84,4 61 273,6"],
      "152 inspektioner av 180 planerade (84,4 procent).",
      [fig(152, "antal", "152")]),
    q("How much did Dunkersta charge in supervision fees for swimming pools (bassängbad) in 2026?", "en", "figure",
      E, 2, ["Bassängbad 5 5 5 100,0 2 21,6"],
      "21.6 thousand kronor (tkr); all five planned inspections were carried out.",
      [fig(21.6, "tkr", "21,6")]),
    q("Hur många inspektioner inom hälsoskyddet genomförde Dunkersta under 2026?", "sv", "figure", E, 2,
      ["Hälsoskydd 154 51 44 86,3 43 176,4"],
      "44 av 51 planerade inspektioner (86,3 procent).",
      [fig(44, "antal", "44")]),
    q("Hur mycket fick Dunkersta in i tillsynsavgifter 2026 jämfört med budget?", "sv", "figure", E, 1,
      ["Avgifterna för tillsynen uppgick till 1 314,2 tkr"],
      "1 314,2 tkr, vilket är 64,2 tkr mer än budgeten på 1 250,0 tkr.",
      [fig(1314.2, "tkr", "1 314,2 tkr")]),
    q("Hur många avvikelser i Dunkersta handlade om dålig ventilation?", "sv", "figure", E, 3,
      ["Otillräcklig ventilation 27 3 Kemikalieförvaring 18"],
      "27 avvikelser gällde otillräcklig ventilation, den näst vanligaste typen efter brister i egenkontrollen (46).",
      [fig(27, "antal", "27")]),
    q("Inom vilka tillsynskategorier genomförde Dunkersta mindre än 80 procent av de planerade inspektionerna?",
      "sv", "list", E, 2, ["Förorenade områden 31 6 4 66,7 2 28,4"],
      "Tre: förorenade områden (66,7 %), hygienlokaler (75,0 %) och flerbostadshus (60,0 %).",
      items=["Förorenade områden 31 6", "Hygienlokaler 37 12 9", "Flerbostadshus 64 10 6"]),
    q("Vilka kategorier inom hälsoskyddet nådde inte 90 procent utförd tillsyn i Dunkersta?", "sv", "list", E, 2,
      ["Flerbostadshus 64 10 6 60,0 5 36,0"],
      "Två: hygienlokaler (9 av 12, 75,0 %) och flerbostadshus (6 av 10, 60,0 %).",
      items=["Hygienlokaler 37 12", "Flerbostadshus 64 10"]),
    q("För vilka kategorier tog Dunkersta in mer än 100 tkr i avgifter 2026?", "sv", "list", E, 2,
      ["Lantbruk med djurhållning 52 18 18 100,0 7 112,8"],
      "Fyra: tillståndspliktiga verksamheter (296,4 tkr), anmälningspliktiga verksamheter (402,6 tkr), lantbruk "
      "med djurhållning (112,8 tkr) och avloppsanläggningar under 5 pe (273,6 tkr).",
      items=["Tillståndspliktiga verksamheter 14 14", "Anmälningspliktiga verksamheter 86 43",
             "Lantbruk med djurhållning 52", "Avloppsanläggningar under 5 pe"]),
    q("Why did Dunkersta inspect so few apartment buildings (flerbostadshus) in 2026?", "en", "passage", E, 3,
      ["en av två inspektörer inom hälsoskydd var föräldraledig under hösten"],
      "One of the two health-protection inspectors was on parental leave in the autumn, and complaints about "
      "housing were given priority over the planned inspections; only 6 of 10 were carried out."),
    none("Hur många timmar lade Dunkersta på tillsynen av lantbruk 2026?", "sv"),
    none("Hur många livsmedelskontroller gjorde Dunkersta under 2026?", "sv"),
    none("Vilka tillsynskategorier i Dunkersta fick inte en enda inspektion 2026?", "sv"),

    # ------------------------------------------------------------ (f) Marvinge, föreningsbidrag 2027 (p. 2 scanned)
    q("Hur mycket lokalbidrag föreslås Bygdegårdsföreningen Dalkullen i Marvinge få för 2027?", "sv", "figure", F,
      2, ["9 Bygdegårdsföreningen Dalkullen Bygdegården 58 000 42 000 Delvis bifall"],
      "42 000 kronor av sökta 58 000 kronor (delvis bifall).",
      [fig(42000, "kr", "42 000")]),
    q("How much activity grant (aktivitetsbidrag) in total does Marvinge's administration propose for 2027?",
      "en", "figure", F, 2, ["Summa aktivitetsbidrag 270 500 236 100"],
      "236,100 kronor, against 270,500 kronor applied for.",
      [fig(236100, "kr", "236 100")]),
    q("Hur stor är Marvinges ram för föreningsbidrag 2027?", "sv", "figure", F, 1,
      ["Nämndens ram för föreningsbidrag är 420 000 kronor för 2027"],
      "420 000 kronor, jämfört med 405 000 kronor för 2026.",
      [fig(420000, "kr", "420 000 kronor")]),
    q("Hur mycket betalar Marvinge i aktivitetsbidrag per deltagartillfälle?", "sv", "figure", F, 3,
      ["Aktivitetsbidrag 28 kr per deltagartillfälle deltagare 7–20 år"],
      "28 kronor per deltagartillfälle, för deltagare 7–20 år (minst tre deltagare och 60 minuter).",
      [fig(28, "kr", "28 kr")]),
    q("Vilka föreningar i Marvinge föreslås få mer än 40 000 kronor i ett enskilt bidrag 2027?", "sv", "list", F,
      2, ["1 Almängens BK Fotboll 7–16 år 84 000 76 400 Delvis bifall"],
      "Fem bidrag: Almängens BK aktivitetsbidrag 76 400 kr och lokalbidrag 45 000 kr, Marvinge simsällskap "
      "52 000 kr, Bodviks ridklubb 41 000 kr i aktivitetsbidrag och Bygdegårdsföreningen Dalkullen 42 000 kr.",
      items=["1 Almängens BK Fotboll", "5 Marvinge simsällskap", "7 Bodviks ridklubb Ridskola",
             "8 Almängens BK Klubbstugan", "9 Bygdegårdsföreningen Dalkullen"]),
    q("Which arrangement grants (arrangemangsbidrag) in Marvinge are proposed for only partial approval?", "en",
      "list", F, 2, ["15 Bodviks ridklubb Hopptävling 18 000 12 000 Delvis bifall"],
      "Two: Dansklubben Virvel's spring show (10,000 of 15,000 kronor) and Bodviks ridklubb's show-jumping "
      "competition (12,000 of 18,000 kronor).",
      items=["13 Dansklubben Virvel Vårshow", "15 Bodviks ridklubb Hopptävling"]),
    q("Vilka villkor ställer Marvinge för att en förening ska kunna få aktivitetsbidrag?", "sv", "list", F, 3,
      ["Verksamheten är öppen för alla och drogfri"],
      "Fyra villkor: säte i Marvinge och registrerad i föreningsregistret, öppen och drogfri verksamhet, närvaron "
      "redovisad digitalt senast två veckor efter terminen och en aktuell plan mot kränkningar.",
      items=["Föreningen har sitt säte i Marvinge", "Verksamheten är öppen för alla",
             "Närvaron redovisas digitalt senast två veckor", "Föreningen har en aktuell plan"]),
    q("Varför föreslås Ferievikens båtklubb i Marvinge inte få något lokalbidrag?", "sv", "passage", F, 3,
      ["klubbhuset hyrs ut till privata fester under större delen av året"],
      "Klubbhuset hyrs ut till privata fester under större delen av året och används därför inte i första hand "
      "för föreningens egen verksamhet. Klubben kan i stället söka arrangemangsbidrag för öppna aktiviteter."),
    none("How much premises grant (lokalbidrag) is Marvinge simsällskap proposed to receive for 2027?", "en"),
    none("Hur stor var Marvinges ram för föreningsbidrag 2025?", "sv"),
    none("Hur många medlemmar har Dansklubben Virvel i Marvinge?", "sv"),
    none("Vilka föreningar i Marvinge föreslås få mer i bidrag än de har sökt?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            row = {"id": f"t{38000 + n}"}
            row.update(x)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
