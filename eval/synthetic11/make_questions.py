"""Writes ../heldout_syn11.jsonl (40 held-out gold questions h11001–h11040) for the five synthetic11 PDFs.

List items are written out literally (not derived from data.py), so that check.py, which recomputes the
expected rows from data.py, is an independent check.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn11.jsonl"

A = "brunnsvala-driftbudget-2026.pdf"
B = "dovringe-sn-delegationsbeslut-2026-05.pdf"
C = "region-nordkulla-tillganglighet-primarvard-2026.pdf"
D = "getakra-digitaliseringsplan-2026-2028.pdf"
E = "knaphojda-kf-protokoll-2026-06-15.pdf"

Q = []


def q(question, lang, typ, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    Q.append({"id": f"h{11000 + len(Q) + 1}", "question": question, "lang": lang, "type": typ,
              "docs": [doc] if doc else [], "page": page, "evidence": list(evidence), "answer": answer,
              "figures": [dict(value=v, unit=u, text=t) for v, u, t in figures], "items": list(items)})


def none(question, lang="sv"):
    q(question, lang, "none")


# ------------------------------------------------------------------ (a) Brunnsvala
q("Hur stora kostnader räknar Brunnsvala kommun med för hemtjänsten under 2026?", "sv", "figure", A, 2,
  ["Hemtjänst 12 300 −118 700 −106 400 12 800 −126 200 −113 400 −7 000"],
  "Kostnaderna för hemtjänsten budgeteras till 126 200 tkr (−126 200 tkr) 2026, jämfört med 118 700 tkr i "
  "budget 2025. Efter intäkter på 12 800 tkr blir nettot −113 400 tkr.",
  [(-126200, "tkr", "−126 200")])
q("How much does Brunnsvala budget in 2026 for payments to other school organisers for its upper secondary "
  "students?", "en", "figure", A, 3,
  ["Inklusive interkommunala ersättningar till andra huvudmän: 38 200 tkr 2026"],
  "38,200 thousand kronor (38.2 mnkr) in 2026, up from 36,900 tkr in 2025, according to the footnote to the "
  "upper secondary school row.",
  [(38200, "tkr", "38 200 tkr")])
q("Hur mycket ökar nämndernas sammanlagda nettokostnader i Brunnsvalas budget för 2026?", "sv", "figure", A, 1,
  ["Det är 61 290 tkr eller 4,5 procent mer än i budget 2025"],
  "Med 61 290 tkr, eller 4,5 procent, från 1 351 960 tkr i budget 2025 till 1 413 250 tkr 2026.",
  [(61290, "tkr", "61 290 tkr")])
q("Vilka verksamheter ingår i socialnämndens driftbudget i Brunnsvala?", "sv", "list", A, 2,
  ["Socialnämnden Äldreomsorg, särskilt boende 38 400 −262 900"],
  "Fem verksamheter: äldreomsorg i särskilt boende, hemtjänst, funktionsstöd (LSS), individ- och "
  "familjeomsorg samt försörjningsstöd. De tre sista står på nästa sida, där tabellen fortsätter utan rubrikrad.",
  items=["Äldreomsorg, särskilt boende 38 400", "Hemtjänst 12 300 −118 700", "Funktionsstöd (LSS)² 31 600",
         "Individ- och familjeomsorg 6 400", "Försörjningsstöd – −38 500"])
q("Which activities in Brunnsvala's 2026 budget end up with a lower net cost than in the 2025 budget?", "en",
  "list", A, 2,
  ["Näringsliv och turism 620 −6 180 −5 560 480 −5 930 −5 450 110"],
  "Four activities: business and tourism (−5,560 to −5,450 tkr), income support (−38,500 to −35,200), "
  "planning and building permits (−5,100 to −4,900) and the catering service (−2,200 to −1,900).",
  items=["Näringsliv och turism 620", "Försörjningsstöd – −38 500", "Plan och bygglov 7 800",
         "Måltidsverksamhet⁴ 61 200 −63 400"])
q("Vilka verksamheter i Brunnsvala har budgeterade intäkter på mer än 10 miljoner kronor 2026?", "sv", "list",
  A, 2,
  ["Förskola 19 800 −176 300 −156 500 20 400 −181 950"],
  "Sex verksamheter: förskola (20 400 tkr), grundskola och förskoleklass (15 100), särskilt boende (39 900), "
  "hemtjänst (12 800), funktionsstöd LSS (32 100) och måltidsverksamheten (63 800 tkr).",
  items=["Förskola 19 800 −176 300", "Grundskola och förskoleklass 14 200", "Äldreomsorg, särskilt boende 38 400",
         "Hemtjänst 12 300 −118 700", "Funktionsstöd (LSS)² 31 600", "Måltidsverksamhet⁴ 61 200 −63 400"])
q("Varför får socialnämnden i Brunnsvala en större ram 2026?", "sv", "passage", A, 1,
  ["antalet invånare som är 80 år eller äldre beräknas öka med drygt sex procent",
   "det nya särskilda boendet Tallkotten med 24 platser tas i bruk"],
  "Ramen ökar med 30 950 tkr främst för att antalet invånare som är 80 år eller äldre väntas öka med drygt sex "
  "procent och för att det nya särskilda boendet Tallkotten med 24 platser öppnar i april 2026. Hemtjänsten "
  "kompenseras för att beviljade timmar ökat snabbare än befolkningen, och funktionsstödet får driften av en "
  "ny gruppbostad.")
none("Hur stor nettoram har socialnämnden i Brunnsvala för 2027?")
none("Hur många anställda har hemtjänsten i Brunnsvala kommun?")

# ------------------------------------------------------------------ (b) Dövringe
q("Vilka beslut i Dövringes socialnämnd har ordföranden fattat under mars och april 2026?", "sv", "list", B, 2,
  ["Ansökan hos förvaltningsrätten om vård enligt LVU, ärende IFO 26-117 2026-03-04 Ordf"],
  "Fem beslut med delegaten Ordf: ansökan om vård enligt LVU, ett omedelbart omhändertagande, ett tillfälligt "
  "flyttningsförbud samt de två brådskande besluten (yttrandet i ett LVM-mål och ansökan om statsbidrag).",
  items=["Ansökan hos förvaltningsrätten om vård enligt LVU", "Omedelbart omhändertagande av en ungdom",
         "Tillfälligt flyttningsförbud för ett placerat barn", "Yttrande till förvaltningsrätten i mål om",
         "Ansökan om statsbidrag för stärkt bemanning"])
q("Which decisions taken under the LVU act (compulsory care of young people) were reported to Dövringe's "
  "social services committee for March–April 2026?", "en", "list", B, 2,
  ["Beslut om att vården av ett barn ska upphöra, ärende IFO 25-388"],
  "Four: the application to the administrative court for care under LVU (4 §), an immediate taking into care "
  "(6 §), the decision that care of a child should end (21 §) and a temporary ban on moving a placed child "
  "(27 §).",
  items=["Ansökan hos förvaltningsrätten om vård enligt LVU", "Omedelbart omhändertagande av en ungdom",
         "Beslut om att vården av ett barn", "Tillfälligt flyttningsförbud för ett placerat barn"])
q("Vilka delegationsbeslut i Dövringes socialnämnd fattades efter den 15 april 2026?", "sv", "list", B, 2,
  ["Rapport till IVO om ej verkställt beslut om särskilt boende 2026-04-21 Fc"],
  "Fyra: rapporten till IVO (21 april), lönesättningen för fyra sjuksköterskor (16 april), eftergiften av "
  "återbetalning av försörjningsstöd (23 april) och ansökan om statsbidrag för bemanning (28 april).",
  items=["Rapport till IVO om ej verkställt beslut", "Lönesättning vid nyanställning av fyra sjuksköterskor",
         "Eftergift av återbetalning av försörjningsstöd", "Ansökan om statsbidrag för stärkt bemanning"])
q("Vad är avtalet om matdistribution till hemtjänsten i Dövringe värt per år?", "sv", "figure", B, 3,
  ["Tilldelning av avtal om matdistribution till hemtjänstens brukare, 1 450 000 kr per år"],
  "1 450 000 kronor per år. Tilldelningsbeslutet fattades av förvaltningschefen 2026-03-13.",
  [(1450000, "kr", "1 450 000 kr")])
q("How many delegated decisions were made within individual and family care in Dövringe during March and "
  "April 2026?", "en", "figure", B, 1,
  ["Under perioden fattades 1 184 delegationsbeslut inom individ- och familjeomsorgen"],
  "1,184 decisions (compared with 642 in elderly care and disability support); 18 decisions are listed "
  "separately in the appendix.",
  [(1184, "antal", "1 184")])
q("Varför fattade ordföranden i Dövringes socialnämnd brådskande beslut i stället för nämnden?", "sv", "passage",
  B, 1,
  ["eftersom ärendena inte kunde vänta till nämndens nästa sammanträde",
   "Svarstiden för yttrandet till förvaltningsrätten gick ut innan nämnden sammanträdde"],
  "Ärendena kunde inte vänta till nämndens nästa sammanträde: svarstiden för yttrandet till "
  "förvaltningsrätten gick ut före sammanträdet den 25 mars, och ansökan om statsbidrag skulle lämnas till "
  "Socialstyrelsen senast den 30 april. Besluten fattades med stöd av 6 kap. 39 § kommunallagen.")
none("Vad kostar vården av ungdomen som omhändertogs enligt LVU i Dövringe?")

# ------------------------------------------------------------------ (c) Region Nordkulla
q("Hur stor andel av dem som hörde av sig till Trastviks vårdcentral i Region Nordkulla fick svar samma dag "
  "under första halvåret 2026?", "sv", "figure", C, 2,
  ["Trastviks vårdcentral Egen regi 14 620 77 81 72 75"],
  "81 procent fick kontakt samma dag, jämfört med 77 procent första halvåret 2025. Målvärdet är 90 procent.",
  [(81, "procent", "81")])
q("What share of patients in Region Nordkulla got a medical assessment within three days in the first half of "
  "2026?", "en", "figure", C, 1,
  ["medicinsk bedömning inom tre dagar ökade från 81,0 till 84,1 procent"],
  "84.1 per cent, up from 81.0 per cent in the same period of 2025; the target is 90 per cent.",
  [(84.1, "procent", "84,1 procent")])
q("Hur många telefonsamtal fick vårdcentralerna i Region Nordkulla under januari–juni 2026?", "sv", "figure",
  C, 3,
  ["tog vårdcentralerna emot 412 600 samtal, jämfört med 388 900 samtal"],
  "412 600 samtal, jämfört med 388 900 samtal under första halvåret 2025.",
  [(412600, "antal", "412 600")])
q("Vilka vårdcentraler i Region Nordkulla klarade målet om att minst 90 procent av patienterna ska bedömas "
  "inom tre dygn första halvåret 2026?", "sv", "list", C, 2,
  ["Målvärdet enligt regionplanen är 90 procent för båda måtten"],
  "Fem vårdcentraler: Hummelby (90), Kråkelund (91), Fiskartorp (92), Ängslyckan (93) och Skatåsen (90 "
  "procent). För Bäverholm redovisas inget värde för 2026.",
  items=["Vårdcentralen Hummelby Privat 9 310", "Vårdcentralen Kråkelund Privat 6 480",
         "Fiskartorps vårdcentral Privat 3 150", "Vårdcentralen Ängslyckan Privat 12 870",
         "Skatåsens vårdcentral Egen regi 9 050"])
q("Which health centres in Region Nordkulla are privately run?", "en", "list", C, 2,
  ["Vårdcentral Driftform Listade 30 juni 2026"],
  "Six: Hummelby, Kråkelund, Grusåsen (hälsocentral), Fiskartorp, Tjäderåsen (new owner from 1 March 2026) "
  "and Ängslyckan.",
  items=["Vårdcentralen Hummelby Privat 9 310", "Vårdcentralen Kråkelund Privat 6 480",
         "Grusåsens hälsocentral Privat 7 760", "Fiskartorps vårdcentral Privat 3 150",
         "Tjäderåsens vårdcentral¹ Privat 8 240", "Vårdcentralen Ängslyckan Privat 12 870"])
q("Vilka åtgärder föreslår förvaltningen i Region Nordkulla för att förbättra tillgängligheten i "
  "primärvården?", "sv", "list", C, 4,
  ["Förvaltningen föreslår att hälso- och sjukvårdsnämnden ger hälso- och sjukvårdsdirektören i uppdrag"],
  "Fem åtgärder: en gemensam telefonkö på eftermiddagar för vårdcentralerna i egen regi, utbyggd digital "
  "första bedömning i 1177, en översyn av hur tillgänglighet ersätts i vårdvalet, förstärkt "
  "telefonrådgivning med sjuksköterskor från bemanningspoolen och manuell mätning på de minsta vårdcentralerna.",
  items=["Inför en gemensam telefonkö för vårdcentralerna", "Bygg ut den digitala första bedömningen",
         "Se över hur tillgänglighet ersätts", "Förstärk telefonrådgivningen med sjuksköterskor från "
         "bemanningspoolen", "Mät tillgängligheten manuellt på de minsta"])
q("Varför har tillgängligheten blivit sämre vid vårdcentralen i Kolbotten i Region Nordkulla?", "sv", "passage",
  C, 3,
  ["flera vakanta tjänster för specialister i allmänmedicin som har ersatts med hyrläkare",
   "byttes journalsystemet i mars, vilket under sex veckor minskade antalet bokningsbara tider"],
  "Kolbotten har haft flera vakanta tjänster för specialister i allmänmedicin som bara delvis ersatts med "
  "hyrläkare, och bytet av journalsystem i mars minskade antalet bokningsbara tider under sex veckor. "
  "Vårdcentralen får stöd från bemanningspoolen sedan maj.")
none("Hur stor andel fick kontakt samma dag vid Almbacka vårdcentral i Region Nordkulla 2024?")
none("How satisfied are patients with the Hummelby health centre in Region Nordkulla according to the national "
     "patient survey?", "en")

# ------------------------------------------------------------------ (d) Getåkra
q("Vilka av Getåkras digitaliseringsprojekt ska vara färdiga under 2027?", "sv", "list", D, 2,
  ["Start augusti 2025 Klart kvartal 2 2027"],
  "Fem projekt: lärplattformen för grundskolan (kvartal 2 2027), e-arkivet (december 2027), digitala "
  "läromedel i gymnasieskolan (juni 2027), elevhälsans journalsystem (kvartal 4 2027) och mobila arbetssätt i "
  "hemtjänsten (kvartal 1 2027).",
  items=["Digital lärplattform för grundskolan", "E-arkiv för avslutade ärenden",
         "Digitala läromedel i gymnasieskolan", "Nytt journalsystem för elevhälsan",
         "Mobila arbetssätt i hemtjänsten"])
q("Which projects in Getåkra's digitalisation plan is the education administration responsible for?", "en",
  "list", D, 2,
  ["Ansvarig Utbildningsförvaltningen Status Pågår Start augusti 2025"],
  "Three: the digital learning platform for compulsory schools, digital teaching materials in upper secondary "
  "school, and a new record system for student health.",
  items=["Digital lärplattform för grundskolan", "Digitala läromedel i gymnasieskolan",
         "Nytt journalsystem för elevhälsan"])
q("Vilka projekt i Getåkras projektportfölj har en budget över 1,5 miljoner kronor?", "sv", "list", D, 2,
  ["Budget 3,6 mnkr Drift per år 0,55 mnkr"],
  "Fem projekt: lärplattformen för grundskolan (3,6 mnkr), e-arkivet (2,4), schemaläggnings- och "
  "bemanningssystemet i omsorgen (2,9), digitala läromedel i gymnasieskolan (1,8) och medborgarportalen med "
  "Mina sidor (1,7 mnkr).",
  items=["Digital lärplattform för grundskolan", "E-arkiv för avslutade ärenden",
         "Schemaläggning och bemanningssystem i omsorgen", "Digitala läromedel i gymnasieskolan",
         "Medborgarportal med Mina sidor"])
q("Vad beräknas e-arkivet i Getåkra kosta som projekt?", "sv", "figure", D, 2,
  ["Klart december 2027 Budget 2,4 mnkr Drift per år 0,30 mnkr"],
  "Projektbudgeten är 2,4 mnkr. Därefter beräknas driften kosta 0,30 mnkr per år.",
  [(2.4, "mnkr", "2,4 mnkr")])
q("Hur mycket pengar omfattar Getåkras projektportfölj för digitalisering totalt?", "sv", "figure", D, 1,
  ["11 projekt med en sammanlagd projektbudget på 16,8 mnkr, varav 7,4 mnkr"],
  "16,8 mnkr för 11 projekt, varav 7,4 mnkr beräknas användas 2026. Driftkostnaderna efter införandet "
  "beräknas till 2,4 mnkr per år.",
  [(16.8, "mnkr", "16,8 mnkr")])
q("Varför har Getåkra skjutit upp arbetet med Mina sidor?", "sv", "passage", D, 3,
  ["kommunens plattform för e-tjänster ska upphandlas på nytt när nuvarande avtal löper ut",
   "Portalen förutsätter dessutom att e-arkivet är infört"],
  "Plattformen för e-tjänster ska upphandlas på nytt när det nuvarande avtalet löper ut, och portalen ska "
  "byggas på den nya plattformen. Portalen kräver också att e-arkivet är infört så att invånarna kan se "
  "avslutade ärenden.")
none("Hur mycket pengar beräknas fakturaroboten spara åt Getåkra kommun varje år?")

# ------------------------------------------------------------------ (e) Knaphöjda
q("Vilka ärenden avgjordes genom votering när Knaphöjdas fullmäktige sammanträdde i juni 2026?", "sv", "list",
  E, 2,
  ["Votering Ja-röster 31, Nej-röster 18, Avstår 0."],
  "Tre ärenden: tilläggsbudgeten för Rävlyckans förskola (31–18), nedläggningen av Skräddarbo skola (27–20, två "
  "avstod) och den ändrade taxan för serveringstillstånd (26–21, två avstod).",
  items=["Tilläggsbudget för ombyggnad av Rävlyckans förskola",
         "Ny skolorganisation med nedläggning av Skräddarbo skola",
         "Ändrad taxa för tillstånd att servera alkohol"])
q("Which new motions were submitted at the June 2026 meeting of Knaphöjda's municipal council?", "en", "list",
  E, 4,
  ["Motionerna remitteras till kommunstyrelsen för beredning."],
  "Four motions: solar panels on the municipality's preschools (C), more charging points at Knaphöjda station "
  "(L), a youth council with its own budget (V) and a free culture school for all children (S). They were "
  "referred to the municipal executive board.",
  items=["Motion om solceller på kommunens förskolor", "Motion om fler laddplatser vid Knaphöjda station",
         "Motion om ett ungdomsråd med egen", "Motion om avgiftsfri kulturskola för alla"])
q("Hur många ledamöter röstade emot att lägga ned Skräddarbo skola i Knaphöjda?", "sv", "figure", E, 3,
  ["Votering Ja-röster 27, Nej-röster 20, Avstår 2. Voteringslista, bilaga 2."],
  "20 ledamöter röstade nej, 27 röstade ja och 2 avstod.",
  [(20, "antal", "Nej-röster 20")])
q("Hur stor tilläggsbudget beviljade fullmäktige i Knaphöjda för Rävlyckans förskola?", "sv", "figure", E, 2,
  ["beviljar barn- och utbildningsnämnden en tilläggsbudget på 14,5 mnkr för"],
  "14,5 mnkr. Utgiften beräknas till 62,0 mnkr medan investeringsbudgeten för 2026 innehöll 47,5 mnkr; beslutet "
  "fattades efter votering 31–18.",
  [(14.5, "mnkr", "14,5 mnkr")])
q("Vilka skäl anges för att lägga ned Skräddarbo skola i Knaphöjda?", "sv", "passage", E, 3,
  ["Elevunderlaget har minskat under flera år och väntas fortsätta att minska",
   "svårt att rekrytera behöriga lärare, och skolbyggnaden behöver en omfattande renovering"],
  "Elevunderlaget har minskat i flera år och väntas fortsätta minska, så alla årskurser undervisas i två "
  "åldersblandade grupper. Skolan har svårt att rekrytera behöriga lärare och byggnaden behöver en omfattande "
  "renovering av ventilation och tak.")
q("Why did Knaphöjda's council reject the motion on free bus travel for pensioners?", "en", "passage", E, 4,
  ["Regionen är huvudman för kollektivtrafiken och kommunen skulle behöva köpa biljetterna",
   "Regionens seniorkort ger redan 50 procents rabatt utanför rusningstid"],
  "The region runs public transport, so the municipality would have to buy the tickets at an estimated 3.1 "
  "mnkr a year, which does not fit within the 2026 budget; the regional senior card already gives 50 per cent "
  "off outside rush hour and mobility service is free for those entitled to it.")
none("Hur mycket sparar Knaphöjda kommun på att lägga ned Skräddarbo skola?")
none("Hur många elever går på Skräddarbo skola i Knaphöjda?")

with open(OUT, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("wrote", OUT.name, len(Q), "questions")
