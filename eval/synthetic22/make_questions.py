"""Writes ../train_syn22.jsonl: 64 gold questions (t22001–t22064) about the six synthetic22 PDFs.

26 figure, 16 list (14 conditional, 2 complete), 6 passage, 16 none; 48 in Swedish and 16 in English (7 English
figures, 4 English lists, 2 English passages, 3 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Four
questions (three figures and one passage) are about p. 2 of the Ödsvik document, a scanned page without a text
layer; their evidence is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn22.jsonl"

A = "fallinge-driftbudget-2027-plan-2028-2029.pdf"
B = "helmsjo-avgifter-forskola-fritidshem-2027.pdf"
C = "lunnevik-handlingsplan-tillganglighet-2027-2028.pdf"
D = "nordinge-trygghetsmatning-2027.pdf"
E = "stavsundahem-arsredovisning-2026.pdf"
F = "odsvik-forsaljning-mark-norrheden-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_HEAD = "Beslutad budget Ekonomisk plan Budget 2027 Plan 2028 Plan 2029"
C_HEAD = "Nr Åtgärd Ansvarig Klart Kostnad tkr Status"
E_HEAD = "Projekt Område Antal lgh Upplåtelseform Byggstart Inflyttning"

Q = [
    # ------------------------------------------------------------ (a) Fällinge, driftbudget 2027, plan 2028–2029
    q("Vilka kostnader har Fällinge lagt in för grundskola och fritidshem i planen för 2028?", "sv", "figure", A, 2,
      ["Grundskola och fritidshem 34,9 −412,7 −377,8 35,6 −424,3"],
      "−424,3 mnkr (kostnader, plan 2028). Budget 2027 är −412,7 mnkr och plan 2029 −436,2 mnkr; nettot 2028 är "
      "−388,7 mnkr.",
      [fig(-424.3, "mnkr", "−424,3")]),
    q("Hur stora intäkter räknar Fällinge med för fastighetsförvaltningen i budgeten för 2027?", "sv", "figure",
      A, 3, ["Fastighetsförvaltning 176,5 −171,2 5,3 181,8"],
      "176,5 mnkr, till största delen interna hyror. Kostnaderna är −171,2 mnkr, så nettot blir positivt, 5,3 mnkr.",
      [fig(176.5, "mnkr", "176,5")]),
    q("Vad blir socialnämndens sammanlagda nettokostnad i Fällinge år 2029 enligt planen?", "sv", "figure", A, 3,
      ["Summa socialnämnden 91,0 −783,3 −692,3 93,2 −813,0 −719,8 95,4 −843,9 −748,5"],
      "−748,5 mnkr netto i plan 2029 (−692,3 mnkr i budget 2027 och −719,8 mnkr i plan 2028).",
      [fig(-748.5, "mnkr", "−748,5")]),
    q("What net cost does Fällinge plan for elderly care (äldreomsorg) in 2028?", "en", "figure", A, 2,
      ["Äldreomsorg 46,2 −438,9 −392,7 47,6 −458,7 −411,1"],
      "A net cost of 411.1 million kronor (−411,1 mnkr) in Plan 2028, up from 392.7 in Budget 2027; costs are "
      "458.7 and income 47.6 million kronor.",
      [fig(-411.1, "mnkr", "−411,1")]),
    q("Vilket resultat räknar Fällinge kommun med för 2028?", "sv", "figure", A, 4,
      ["Årets resultat 36,0 31,5 34,8"],
      "31,5 mnkr i plan 2028 (36,0 mnkr i budget 2027 och 34,8 mnkr i plan 2029), under målet om 2,0 procent av "
      "skatteintäkterna.",
      [fig(31.5, "mnkr", "31,5")]),
    q("Vilka verksamheter hör till socialnämnden i Fällinges driftbudget för 2027?", "sv", "list", A, 2, [A_HEAD],
      "Fyra: äldreomsorg, funktionsstöd, individ- och familjeomsorg och ekonomiskt bistånd (tabellen fortsätter på "
      "sidan 3 mitt i socialnämnden).",
      items=["Äldreomsorg 46,2 −438,9", "Funktionsstöd 38,7 −214,6", "Individ- och familjeomsorg 6,1",
             "Ekonomiskt bistånd – −41,5"]),
    q("Which activities in Fällinge's 2027 budget have income above 20 million kronor?", "en", "list", A, 2,
      [A_HEAD],
      "Five: preschool (21.6), compulsory school and after-school care (34.9), elderly care (46.2), disability "
      "support (38.7) and property management (176.5 million kronor).",
      items=["Förskola 21,6 −198,4", "Grundskola och fritidshem 34,9", "Äldreomsorg 46,2 −438,9",
             "Funktionsstöd 38,7 −214,6", "Fastighetsförvaltning 176,5 −171,2"]),
    q("Vilka verksamheter i Fällinge har en nettokostnad på mer än 100 mnkr i plan 2029?", "sv", "list", A, 2,
      [A_HEAD],
      "Fem: förskola (−171,3), grundskola och fritidshem (−399,9), gymnasieskola (−149,8), äldreomsorg (−430,3) "
      "och funktionsstöd (−190,0).",
      items=["Förskola 21,6 −198,4", "Grundskola och fritidshem 34,9", "Gymnasieskola 18,3 −156,2",
             "Äldreomsorg 46,2 −438,9", "Funktionsstöd 38,7 −214,6"]),
    q("Varför sjunker kostnaderna för förskolan i Fällinge under planperioden?", "sv", "passage", A, 4,
      ["Antalet barn i åldern 1–5 år väntas bli omkring 140 färre"],
      "Antalet barn i åldern 1–5 år väntas minska med omkring 140 fram till 2029, och två förskoleenheter i "
      "Fällinge tätort slås samman hösten 2028."),
    none("Hur stor är Fällinge kommuns investeringsbudget för 2027?", "sv"),
    none("Hur mycket fick socialnämnden i Fällinge i budget för 2026?", "sv"),
    none("What is the municipal tax rate in Fällinge for 2027?", "en"),

    # ------------------------------------------------------------ (b) Helmsjö, avgifter förskola och fritidshem 2027
    q("Vad är den högsta månadsavgiften i Helmsjö för ett andra barn i förskolan 2027?", "sv", "figure", B, 1,
      ["Barn 2 2 % 1 182"],
      "1 182 kronor i månaden (2 procent av inkomsten). För det yngsta barnet är taket 1 773 kr och för barn 3 "
      "591 kr.",
      [fig(1182, "kr", "1 182")]),
    q("Vilket inkomsttak gäller för avgifterna i Helmsjö under 2027?", "sv", "figure", B, 1,
      ["Inkomsttaket för 2027 är 59 100 kronor i månaden"],
      "59 100 kronor per månad; hushåll med högre inkomst betalar högsta avgift.",
      [fig(59100, "kr", "59 100")]),
    q("In Helmsjö, what is the reduced monthly fee for the youngest child aged 3–5 who attends preschool more "
      "than 15 hours a week?", "en", "figure", B, 2,
      ["Barn 1 1 773 1 152"],
      "1,152 kronor a month: the ordinary maximum fee of 1,773 kronor reduced by 35 per cent.",
      [fig(1152, "kr", "1 152")]),
    q("Vad blir avgiften för det yngsta barnet i förskolan i Helmsjö om hushållet tjänar 40 000 kronor i "
      "månaden?", "sv", "figure", B, 2,
      ["40 000 1 200 800 800 400"],
      "1 200 kronor i månaden (3 procent av 40 000). Barn 2 i förskola och barn 1 på fritidshem kostar 800 kr.",
      [fig(1200, "kr", "1 200")]),
    q("Vid vilka inkomster i Helmsjös exempeltabell blir förskoleavgiften för första barnet lägre än 1 000 "
      "kronor?", "sv", "list", B, 2, ["Vid inkomster över 59 100 kronor i månaden betalar hushållet högsta avgift"],
      "Vid 15 000, 20 000, 25 000 och 30 000 kronor i månaden (450, 600, 750 och 900 kr).",
      items=["15 000 450 300", "20 000 600 400", "25 000 750 500", "30 000 900 600"]),
    q("Vilka inkomstnivåer i Helmsjös exempel ger en fritidshemsavgift för barn 1 på över 1 000 kronor i "
      "månaden?", "sv", "list", B, 2, ["Vid inkomster över 59 100 kronor i månaden betalar hushållet högsta avgift"],
      "60 000 och 70 000 kronor, där avgiften når taket 1 182 kr. Vid 50 000 kronor är den exakt 1 000 kr.",
      items=["60 000 1 773 1 182", "70 000 1 773 1 182"]),
    q("What happens in Helmsjö if a family does not report its income for the preschool fee?", "en", "passage",
      B, 2, ["Om inkomstuppgift saknas tas högsta avgift ut tills en uppgift har kommit in"],
      "The highest fee is charged until the income information has been submitted in the e-service."),
    none("Vad kostar barnomsorg på obekväm arbetstid, som nattis, i Helmsjö?", "sv"),
    none("Hur många barn går i förskola i Helmsjö kommun?", "sv"),
    none("Vad var den högsta avgiften för förskola i Helmsjö år 2026?", "sv"),

    # ------------------------------------------------------------ (c) Lunnevik, handlingsplan tillgänglighet
    q("Hur mycket ska Lunnevik lägga på att ta bort enkla hinder som trösklar i skolorna?", "sv", "figure", C, 2,
      ["trösklar och ledstänger Utbildningsförvaltningen december 2027 1 150"],
      "1 150 tkr (åtgärd 1.3, utbildningsförvaltningen, klar i december 2027, påbörjad).",
      [fig(1150, "tkr", "1 150")]),
    q("Hur många av åtgärderna i Lunneviks tillgänglighetsplan var påbörjade men inte klara i augusti 2027?", "sv",
      "figure", C, 1, ["Av planens 20 åtgärder är 6 genomförda, 8 påbörjade"],
      "Åtta av de 20 åtgärderna var påbörjade; sex var genomförda och sex ännu inte påbörjade.",
      [fig(8, "antal", "8 påbörjade")]),
    q("Vilket år ska den nya badbryggan vid Flinkeby badplats i Lunnevik vara klar?", "sv", "figure", C, 2,
      ["ramp vid Flinkeby badplats Kultur- och fritidsförvaltningen maj 2028"],
      "2028 – åtgärd 3.2 ska vara klar i maj 2028 och har ännu inte påbörjats.",
      [fig(2028, "år", "maj 2028")]),
    q("How much will Lunnevik's action to create ten jobs with wage subsidies (lönebidrag) cost?", "en", "figure",
      C, 3, ["kommunens förvaltningar HR-avdelningen december 2028 2 600"],
      "2,600 tkr (action 4.1, HR department, due December 2028, in progress).",
      [fig(2600, "tkr", "2 600")]),
    q("Vilka åtgärder i Lunneviks handlingsplan har HR-avdelningen ansvar för?", "sv", "list", C, 3, [C_HEAD],
      "Tre: 4.1 anställningar med lönebidrag, 4.3 utbildning av chefer i rekrytering och 5.1 webbutbildning om "
      "bemötande.",
      items=["4.1 Inrätta tio anställningar med lönebidrag", "4.3 Utbilda chefer i rekrytering",
             "5.1 Genomföra webbutbildning om bemötande"]),
    q("Vilka av Lunneviks tillgänglighetsåtgärder har en deadline senast i juni 2027?", "sv", "list", C, 2,
      [C_HEAD],
      "Sex: 1.1 (mars 2027), 1.5 (juni 2027), 2.1 (april 2027), 3.1 (februari 2027), 5.1 (juni 2027) och 5.2 "
      "(maj 2027).",
      items=["1.1 Inventera tillgängligheten i de 40", "1.5 Ta fram riktlinjer för tillgänglig",
             "2.1 Granska kommunens webbplats", "3.1 Införa ledsagarkort", "5.1 Genomföra webbutbildning om bemötande",
             "5.2 Utse en tillgänglighetssamordnare"]),
    q("Which actions in Lunnevik's accessibility plan had not been started (○) at the August 2027 follow-up?", "en",
      "list", C, 2, [C_HEAD],
      "Six: 1.2 the entrance and lift at the town hall, 1.4 tactile paths at the travel centre, 2.4 screen-reader "
      "documents, 3.2 the bathing jetty, 4.3 recruitment training for managers and 5.3 the user survey.",
      items=["1.2 Bygga om huvudentrén", "1.4 Anlägga taktila ledstråk", "2.4 Göra alla beslutsunderlag",
             "3.2 Bygga en tillgänglig badbrygga", "4.3 Utbilda chefer i rekrytering", "5.3 Genomföra en årlig brukarenkät"]),
    q("Varför har arbetet med den nya entrén och hissen i Lunneviks stadshus inte kommit i gång?", "sv", "passage",
      C, 4, ["Entreprenaden upphandlades våren 2027, men upphandlingen överprövades och måste göras om"],
      "Upphandlingen av entreprenaden överprövades och måste göras om; arbetet beräknas starta i januari 2028 och "
      "kan ändå vara klart i juni 2028."),
    none("Hur mycket pengar har Lunnevik avsatt för tillgänglighetsarbetet år 2029?", "sv"),
    none("How many members does Lunnevik's council for disability issues (funktionsrättsrådet) have?", "en"),
    none("Hur många invånare med funktionsnedsättning finns det i Lunnevik?", "sv"),

    # ------------------------------------------------------------ (d) Nordinge, trygghetsmätning 2027
    q("Hur stor andel i Liljedal kände sig trygga ute ensamma på kvällen 2027 enligt Nordinges mätning?", "sv",
      "figure", D, 3, ["Trygg ute ensam sent en kväll 71 74 58 55 62 70"],
      "70 procent 2027, mot 62 procent 2025. I hela kommunen var andelen 67 procent.",
      [fig(70, "procent", "70")]),
    q("Hur stor andel av de svarande i Hedvigsdal hade sett narkotikaförsäljning enligt Nordinges mätning 2025?",
      "sv", "figure", D, 3, ["Har sett narkotikaförsäljning 6 5 17 21"],
      "17 procent 2025; 2027 hade andelen ökat till 21 procent.",
      [fig(17, "procent", "17")]),
    q("What was the response rate in the Östergläntan district in Nordinge's 2027 safety survey?", "en", "figure",
      D, 2, ["Östergläntan 296 37,0 71,7 65,7 −6,0"],
      "37.0 per cent (296 respondents), the lowest of the districts; the municipality as a whole had 46.4 per cent.",
      [fig(37.0, "procent", "37,0")]),
    q("In Nordinge's 2027 survey, what share of respondents in Nordinge centrum saw litter as a problem?", "en",
      "figure", D, 3, ["Nedskräpning är ett problem 31 28 44 47 39 33 52 49"],
      "49 per cent in 2027, down from 52 per cent in 2025.",
      [fig(49, "procent", "49")]),
    q("Hur många invånare svarade på Nordinges trygghetsenkät 2027?", "sv", "figure", D, 1,
      ["Totalt besvarade 2 202 personer enkäten 2027, jämfört med 2 219"],
      "2 202 personer (2 219 vid mätningen 2025); svarsfrekvensen var 46,4 procent.",
      [fig(2202, "antal", "2 202")]),
    q("In which districts of Nordinge did the safety index fall between 2025 and 2027?", "en", "list", D, 2,
      ["Stadsdel Svarande 2027 Svarsfrekvens, % Index 2025 Index 2027 Förändring"],
      "Two: Hedvigsdal (67.7 to 65.0) and Östergläntan (71.7 to 65.7).",
      items=["Hedvigsdal 341 42,6 67,7", "Östergläntan 296 37,0 71,7"]),
    q("För vilka frågor blev resultatet bättre för Nordinge som helhet mellan 2025 och 2027?", "sv", "list", D, 3,
      ["Hela kommunen: vägt medelvärde av stadsdelarna, viktat med antalet svarande"],
      "Fyra: trygg ute en kväll (66 → 67), orolig för brott (27 → 26), dålig belysning (30 → 25) och förtroende "
      "för kommunens trygghetsarbete (44 → 46). Narkotikaförsäljningen blev sämre och tre frågor var oförändrade.",
      items=["Trygg ute ensam sent en kväll", "Orolig att utsättas för brott", "Dålig belysning är ett problem",
             "Förtroende för kommunens trygghetsarbete"]),
    q("Vilka åtgärder planerar Nordinge kommun för 2028 efter trygghetsmätningen?", "sv", "list", D, 4,
      ["Belysningen längs gång- och cykelvägarna i Östergläntan och Hedvigsdal byts ut"],
      "Ny belysning i Östergläntan och Hedvigsdal, utökad nattvandring i centrum, tätare städning, nya "
      "medborgarlöften med polisen och trygghetsvandringar i alla stadsdelar.",
      items=["Belysningen längs gång- och cykelvägarna", "Nattvandringen i centrum utökas",
             "Städningen av torget i Östergläntan", "Medborgarlöften tecknas på nytt",
             "En trygghetsvandring med boende"]),
    q("Hur förklaras den försämrade tryggheten i Östergläntan i Nordinges rapport?", "sv", "passage", D, 4,
      ["stängde livsmedelsbutiken och vårdcentralen vid Östergläntans torg"],
      "Butiken och vårdcentralen vid torget stängde 2026 så att torget är öde på kvällarna, och polisen har "
      "rapporterat öppen narkotikahandel vid busstationen."),
    none("Hur många brott anmäldes i Nordinge kommun under 2027?", "sv"),
    none("What share of women in Nordinge feel safe outdoors at night, compared with men?", "en"),
    none("Vilket trygghetsindex hade Fågelsta i Nordinge vid mätningen 2023?", "sv"),

    # ------------------------------------------------------------ (e) Stavsundahem AB, årsredovisning 2026
    q("Vilken soliditet hade Stavsundahem år 2024?", "sv", "figure", E, 2,
      ["Soliditet, % 14,2 13,9 13,4 13,6 14,1"],
      "13,4 procent 2024 (13,6 procent 2025 och 14,1 procent 2026).",
      [fig(13.4, "procent", "13,4")]),
    q("How much did Stavsundahem, the municipal housing company of Stavsunda, spend on maintenance in 2025 "
      "according to the income statement?", "en", "figure", E, 3,
      ["Underhållskostnader 4 −36 528 −32 811"],
      "32,811 tkr (−32 811) in 2025; in 2026 maintenance costs rose to 36,528 tkr.",
      [fig(-32811, "tkr", "−32 811")]),
    q("Hur höga var Stavsundahems räntekostnader 2026?", "sv", "figure", E, 3,
      ["Räntekostnader och liknande poster 7 −30 677 −31 711"],
      "30 677 tkr (−30 677) 2026, en minskning från 31 711 tkr 2025.",
      [fig(-30677, "tkr", "−30 677")]),
    q("Hur många lägenheter blir det i Stavsundahems projekt Smedjegården i Stavsunda?", "sv", "figure", E, 4,
      ["Smedjegården Stavsunda centrum 96 Hyresrätt november 2026 kv 2 2028"],
      "96 hyresrätter; bygget startade i november 2026 och inflyttning beräknas kvartal 2 2028.",
      [fig(96, "antal", "96")]),
    q("Vilka av Stavsundahems byggprojekt har inflyttning under 2027?", "sv", "list", E, 4, [E_HEAD],
      "Fyra: Kv. Fiskmåsen (mars 2027), Hallonbacken etapp 2 (1 juni 2027), Nyängens trygghetsboende (oktober "
      "2027) och Sjölyckan radhus (december 2027).",
      items=["Kv. Fiskmåsen Hamnstaden 64", "Hallonbacken etapp 2 Lindbacka", "Nyängens trygghetsboende Norrlyckan 42",
             "Sjölyckan radhus Sandåker 24"]),
    q("Which Stavsundahem construction projects in Stavsunda contain more than 50 flats?", "en", "list", E, 4,
      [E_HEAD],
      "Three: Kv. Fiskmåsen (64 flats), Smedjegården (96) and Sörbyängen stage 1 (120).",
      items=["Kv. Fiskmåsen Hamnstaden 64", "Smedjegården Stavsunda centrum 96", "Sörbyängen etapp 1 Snöbacka 120"]),
    q("Vilka av Stavsundahems nybyggen i Stavsunda startade under 2026?", "sv", "list", E, 4, [E_HEAD],
      "Fyra: Nyängens trygghetsboende (januari), Sjölyckan radhus (maj), Fältsparven gruppbostad (september) och "
      "Smedjegården (november 2026).",
      items=["Nyängens trygghetsboende Norrlyckan 42", "Sjölyckan radhus Sandåker 24",
             "Fältsparven gruppbostad Lindbacka 6", "Smedjegården Stavsunda centrum 96"]),
    q("Why has the start of construction at Sörbyängen in Stavsunda been postponed?", "en", "passage", E, 4,
      ["Detaljplanen överklagades av två grannar och vann laga kraft först i november 2026"],
      "The detailed development plan was appealed by two neighbours and only gained legal force in November 2026, "
      "so the procurement of the contractor could not be completed; move-in is now expected in autumn 2029."),
    none("Hur många anställda har Stavsundahem?", "sv"),
    none("Vad är marknadsvärdet på Stavsundahems fastigheter i Stavsunda?", "sv"),

    # ------------------------------------------------------------ (f) Ödsvik, markförsäljning Norrheden (p. 2 scanned)
    q("Vilken köpeskilling beslutade Ödsviks kommunstyrelse för de tre tomterna i Norrheden?", "sv", "figure", F, 2,
      ["den sammanlagda köpeskillingen är 5 513 150 kronor"],
      "5 513 150 kronor enligt § 58 (förvaltningen hade föreslagit 5 728 525 kronor, men priset för 1:16 sänktes).",
      [fig(5513150, "kr", "5 513 150")]),
    q("What purchase price did Ödsvik set for the plot Norrheden 1:15?", "en", "figure", F, 2,
      ["Ödsvik Norrheden 1:15 9 870 185 1 825 950"],
      "1,825,950 kronor: 9,870 square metres at 185 kronor per square metre.",
      [fig(1825950, "kr", "1 825 950")]),
    q("När får Hellgrens Logistik tillträde till marken i Ödsvik?", "sv", "figure", F, 2,
      ["att tillträdesdag är den 1 september 2027"],
      "Den 1 september 2027; handpenningen ska vara betald senast den 30 juni 2027.",
      [fig("2027-09-01", "datum", "1 september 2027")]),
    q("Hur mycket kostade vatten och avlopp när Ödsvik byggde ut Norrheden etapp 1?", "sv", "figure", F, 1,
      ["varav 9,8 mnkr för vatten och avlopp och 4,8 mnkr"],
      "9,8 mnkr av totalt 14,6 mnkr; gator och belysning kostade 4,8 mnkr.",
      [fig(9.8, "mnkr", "9,8 mnkr")]),
    q("Vilka särskilda villkor ställer Ödsvik i köpeavtalet med Hellgrens Logistik?", "sv", "list", F, 3,
      ["Ledningsrätten för kraftledningen över Ödsvik Norrheden 1:16 ska respekteras"],
      "Sex villkor: byggstart före utgången av 2028, återköpsrätt, förbud mot vidareförsäljning, köparen betalar "
      "lagfart och anslutningar, dagvatten fördröjs och kraftledningens ledningsrätt respekteras.",
      items=["Köparen ska påbörja byggnation av", "Om byggnationen inte har påbörjats",
             "Fastigheterna får inte säljas vidare", "Köparen svarar för kostnader för",
             "Dagvatten ska fördröjas inom fastigheterna", "Ledningsrätten för kraftledningen över"]),
    q("Vilka tomter i etapp 1 av Norrheden är fortfarande lediga enligt Ödsviks bilaga?", "sv", "list", F, 3,
      ["De lediga tomterna marknadsförs på kommunens webbplats"],
      "Tre: Ödsvik Norrheden 1:12, 1:17 och 1:18.",
      items=["Ödsvik Norrheden 1:12 7 305", "Ödsvik Norrheden 1:17 11 250", "Ödsvik Norrheden 1:18 3 960"]),
    q("Varför fick tomten Norrheden 1:16 i Ödsvik ett lägre pris än de andra?", "sv", "passage", F, 2,
      ["eftersom en kraftledning korsar tomten och ungefär en tredjedel av ytan"],
      "Henrik Nyström (S) yrkade på ett lägre pris eftersom en kraftledning korsar tomten och ungefär en tredjedel "
      "av ytan inte kan bebyggas; kommunstyrelsen beslutade enligt hans yrkande (160 kr/m² i stället för 185)."),
    none("Hur många ledamöter röstade för Henrik Nyströms yrkande i Ödsviks kommunstyrelse?", "sv"),
    none("Hur stor omsättning har Hellgrens Logistik, som köper mark i Ödsvik?", "sv"),
]


def main():
    assert len(Q) == 64, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"t{22000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
