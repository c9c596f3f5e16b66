"""Writes ../train_syn30.jsonl: 72 gold questions (t30001–t30072) about the six synthetic30 PDFs.

24 figure, 24 list (23 conditional – 7 of them compare two cells of the same row and 5 filter by the group or
heading the rows stand under – and 1 that asks for a whole named list), 6 passage, 18 none; 54 in Swedish and 18
in English (6 English figures, 6 English lists, 1 English passage, 5 English none). Items are written out
literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Four questions (one figure, two lists and one passage) are about p. 2 of the Tuvesta document,
a scanned page without a text layer; their evidence is the text printed in the image. The set weighs LIST
questions (conditions a journalist would state in their own words: an amount, a share, a frequency, a
responsible role, a source, a quarter, a contract length, a comparison of two cells of a row, the heading rows
stand under), then NEAR-MISS none questions (same municipality, document and topic, but a fact the documents do
not give, some of them list-shaped) and figures (each answer shares its row, column or sentence with other figures
of the same unit).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn30.jsonl"

A = "balsunda-driftbudget-2027.pdf"
B = "erkelunda-von-internkontrollplan-2027.pdf"
C = "gesterby-bun-namndplan-2027.pdf"
D = "hokvalla-ks-upphandlingsplan-2027.pdf"
E = "masthamra-bostadsforsorjningsprogram-2027-2030.pdf"
F = "tuvesta-bn-bygglov-jan-jun-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Bälsunda, driftbudget 2027
    q("Vad blev nettokostnaden för hemtjänsten i Bälsunda enligt utfallet för 2025?", "sv", "figure", A, 2,
      ["Hemtjänst 142 300 148 900 156 200 +4,9"],
      "142 300 tkr. Budgeten var 148 900 tkr för 2026 och är 156 200 tkr för 2027 (+4,9 procent).",
      [fig(142300, "tkr", "142 300")]),
    q("Hur stor nettobudget har barn- och utbildningsnämnden i Bälsunda sammanlagt för 2027?", "sv", "figure",
      A, 2, ["Summa barn- och utbildningsnämnden 639 600 663 400 670 350 +1,0"],
      "670 350 tkr, en ökning med 1,0 procent från 663 400 tkr i budget 2026 (utfall 2025: 639 600 tkr).",
      [fig(670350, "tkr", "670 350")]),
    q("What was the combined net budget of all committees in Bälsunda for 2026?", "en", "figure", A, 3,
      ["Nämnderna totalt 1 472 220 1 516 100 1 550 800 +2,3"],
      "1,516,100 tkr in the 2026 budget. The outcome for 2025 was 1,472,220 tkr and the 2027 budget is "
      "1,550,800 tkr (+2.3 per cent).",
      [fig(1516100, "tkr", "1 516 100")]),
    q("Med hur många procent ökar nämndernas nettokostnader i Bälsundas budget 2027 jämfört med föregående års "
      "budget?", "sv", "figure", A, 1, ["Det är 34 700 tkr eller 2,3 procent mer än i budgeten för 2026"],
      "Med 2,3 procent, eller 34 700 tkr, till 1 550 800 tkr.",
      [fig(2.3, "procent", "2,3 procent")]),
    q("Vilka verksamheter i Bälsunda fick mindre pengar i budgeten för 2026 än de faktiskt kostade 2025?", "sv",
      "list", A, 2, ["Individ- och familjeomsorg 86 400 82 100 79 500 −3,2"],
      "Tre verksamheter: näringsliv och turism (6 950 tkr utfall mot 6 900 tkr budget), individ- och "
      "familjeomsorg (86 400 mot 82 100 tkr) och ekonomiskt bistånd (34 600 mot 31 800 tkr).",
      items=["Näringsliv och turism 6 950 6 900", "Individ- och familjeomsorg 86 400 82 100",
             "Ekonomiskt bistånd 34 600 31 800"]),
    q("Vilka av barn- och utbildningsnämndens verksamheter i Bälsunda får en lägre budget 2027 än 2026?", "sv",
      "list", A, 2, ["Gymnasieskola 98 700 104 300 101 900 −2,3"],
      "Gymnasieskolan (104 300 → 101 900 tkr, −2,3 procent) och vuxenutbildningen (21 500 → 20 600 tkr, "
      "−4,2 procent).",
      items=["Gymnasieskola 98 700 104 300", "Vuxenutbildning 19 800 21 500"]),
    q("Which activities in Bälsunda have a net budget of more than 100 million kronor in 2027?", "en", "list", A,
      2, ["Särskilt boende 231 500 236 800 245 300 +3,6"],
      "Six: preschool (178,900 tkr), compulsory school (326,400), upper secondary school (101,900), home care "
      "(156,200), residential care (245,300) and LSS support (129,800).",
      items=["Förskola 168 400 174 200", "Grundskola 312 600 321 800", "Gymnasieskola 98 700 104 300",
             "Hemtjänst 142 300 148 900", "Särskilt boende 231 500 236 800", "Insatser enligt LSS 118 200"]),
    q("Vilka verksamheter i Bälsunda får mer än fem procent högre budget 2027?", "sv", "list", A, 2,
      ["Kollektivtrafik 18 900 19 500 21 300 +9,2"],
      "Fyra: räddningstjänsten (+5,1 procent), kollektivtrafiken (+9,2), bostadsanpassningen (+8,3) och idrotts- "
      "och fritidsanläggningarna (+7,1).",
      items=["Räddningstjänst 24 800 25 600", "Kollektivtrafik 18 900 19 500", "Bostadsanpassning 4 100 4 800",
             "Idrotts- och fritidsanläggningar 22 800 23 900"]),
    q("Vilka verksamheter hör till kultur- och fritidsnämnden i Bälsundas driftbudget?", "sv", "list", A, 3,
      ["Summa kultur- och fritidsnämnden 48 100 50 500 52 000 +3,0"],
      "Bibliotek, idrotts- och fritidsanläggningar, föreningsbidrag och fritidsgårdar, sammanlagt 52 000 tkr "
      "2027.",
      items=["Bibliotek 12 600 13 100", "Idrotts- och fritidsanläggningar 22 800 23 900",
             "Föreningsbidrag 5 400 5 600", "Fritidsgårdar 7 300 7 900"]),
    q("Varför minskar Bälsunda pengarna till individ- och familjeomsorgen?", "sv", "passage", A, 3,
      ["färre barn och unga placeras på institution sedan öppenvårdsteamet Bryggan startade"],
      "Färre barn och unga placeras på institution sedan öppenvårdsteamet Bryggan startade hösten 2025; "
      "kostnaden för externa placeringar har nästan halverats på två år."),
    none("Hur mycket kostade hemtjänsten i Bälsunda under 2024?", "sv"),
    none("What is the cost per pupil in compulsory school in Bälsunda's budget for 2027?", "en"),
    none("Vilka verksamheter i Bälsunda får en budget som är mer än 15 procent högre 2027 än 2026?", "sv"),

    # ------------------------------------------------------------ (b) Erkelunda, internkontrollplan 2027
    q("Vilket riskvärde har Erkelunda gett risken kring nyckelhanteringen hos brukarna i vård- och "
      "omsorgsnämndens plan?", "sv", "figure", B, 2,
      ["Nycklar till brukarnas bostäder hanteras felaktigt 3 4 12"],
      "Riskvärde 12 (sannolikhet 3 × konsekvens 4), en hög risk som kontrolleras kvartalsvis av enhetschef.",
      [fig(12, "antal", "12")]),
    q("What consequence rating does Erkelunda give the risk that granted assistance is not provided within "
      "three months?", "en", "figure", B, 2, ["Beslut om bistånd verkställs inte inom tre månader 2 4 8"],
      "Consequence 4 (probability 2, risk value 8); the control is a quarterly report of decisions not carried "
      "out, by the head of needs assessment.",
      [fig(4, "antal", "4")]),
    q("Hur många av kontrollerna i Erkelundas internkontrollplan för 2027 ska göras en gång i kvartalet?", "sv",
      "figure", B, 1, ["Av kontrollerna görs 4 månadsvis, 7 kvartalsvis och 4 en gång per år"],
      "7 av de 15 kontrollerna görs kvartalsvis; 4 görs månadsvis och 4 en gång per år.",
      [fig(7, "antal", "7 kvartalsvis")]),
    q("Vilket datum ska helårsuppföljningen av Erkelundas internkontroll inom vård och omsorg redovisas?", "sv",
      "figure", B, 3, ["Helårsuppföljningen redovisas den 16 februari 2028 tillsammans med förslaget"],
      "Den 16 februari 2028, tillsammans med förslaget till plan för 2028. Delårsuppföljningen redovisas den 22 "
      "september 2027.",
      [fig("2028-02-16", "datum", "16 februari 2028")]),
    q("Vilka kontroller i Erkelundas internkontrollplan görs varje månad?", "sv", "list", B, 2,
      ["12 Informationssäkerhet Obehörig läsning i journaler upptäcks inte 4 3 12"],
      "Fyra: inventeringen av narkotikaklassade läkemedel (2), timanställdas arbetstid (5), kostnaderna för "
      "inhyrda sjuksköterskor (6) och loggranskningen i journalerna (12).",
      items=["2 Läkemedelshantering Narkotikaklassade läkemedel saknas", "5 Bemanning Timanställda arbetar mer än",
             "6 Bemanning Kostnaderna för inhyrda sjuksköterskor", "12 Informationssäkerhet Obehörig läsning i"]),
    q("Which risks in Erkelunda's internal control plan have a higher consequence rating than probability "
      "rating?", "en", "list", B, 2, ["1 Läkemedelshantering Läkemedel ges utan aktuell ordination 2 4 8"],
      "Seven risks: 1 (2/4), 2 (2/3), 9 (2/4), 10 (2/3), 13 (2/4), 14 (3/4) and 15 (2/3).",
      items=["1 Läkemedelshantering Läkemedel ges utan", "2 Läkemedelshantering Narkotikaklassade läkemedel",
             "9 Myndighetsutövning Beslut om bistånd", "10 Myndighetsutövning Utredningar saknar",
             "13 Säkerhet Brandskyddsronder genomförs inte", "14 Säkerhet Nycklar till brukarnas",
             "15 Avtalsuppföljning Privata utförare följer"]),
    q("Vilka risker räknas som höga i Erkelundas internkontrollplan för vård och omsorg?", "sv", "list", B, 2,
      ["4 Dokumentation Avvikelser rapporteras inte i avvikelsesystemet 3 3 9"],
      "Sex risker med riskvärde 9 eller mer: 4 och 5 (9), 6 (12), 11 (9), 12 (12) och 14 (12).",
      items=["4 Dokumentation Avvikelser rapporteras inte", "5 Bemanning Timanställda arbetar",
             "6 Bemanning Kostnaderna för inhyrda", "11 Informationssäkerhet Behörigheter finns kvar",
             "12 Informationssäkerhet Obehörig läsning", "14 Säkerhet Nycklar till brukarnas"]),
    q("Vilka kontroller ska enhetscheferna sköta enligt Erkelundas internkontrollplan?", "sv", "list", B, 2,
      ["3 Dokumentation Genomförandeplaner upprättas inte inom 14 dagar 3 2 6"],
      "Tre: narkotikainventeringen (månadsvis), genomförandeplanerna (kvartalsvis) och nyckelhanteringen "
      "(kvartalsvis).",
      items=["2 Läkemedelshantering Narkotikaklassade läkemedel", "3 Dokumentation Genomförandeplaner upprättas",
             "14 Säkerhet Nycklar till brukarnas"]),
    q("Varför har Erkelundas vård- och omsorgsnämnd infört en månatlig kontroll av kostnaden för inhyrd "
      "personal?", "sv", "passage", B, 3,
      ["Kostnaderna för inhyrda sjuksköterskor blev 4,1 mnkr högre än budgeterat under 2026"],
      "Kostnaderna för inhyrda sjuksköterskor blev 4,1 mnkr högre än budgeterat 2026, och nämnden vill därför "
      "följa fakturorna varje månad."),
    none("Vilka risker i Erkelundas internkontrollplan har fått riskvärdet 16?", "sv"),
    none("Hur många brister hittades när Erkelunda granskade signeringslistorna för läkemedel under 2026?", "sv"),
    none("Which control in Erkelunda's internal control plan covers the meals served at the care homes?", "en"),

    # ------------------------------------------------------------ (c) Gesterby, nämndplan 2027
    q("Vilket målvärde för 2027 har Gesterby satt för det genomsnittliga meritvärdet i årskurs 9?", "sv",
      "figure", C, 2, ["1.2 Genomsnittligt meritvärde, åk 9 poäng 218,4 2023 214,9 230,0 öka Skolverket"],
      "230,0 poäng. Utgångsvärdet var 218,4 (2023) och utfallet 2025 214,9.",
      [fig(230.0, "antal", "230,0")]),
    q("Från vilket år är utgångsvärdet för andelen elever med hög frånvaro i Gesterbys nämndplan?", "sv",
      "figure", C, 2, ["2.4 Elever med mer än 15 procent frånvaro % 6,2 2022 5,4 4,0 minska"],
      "Från 2022 (6,2 procent). Utfallet 2025 var 5,4 procent och målet för 2027 är 4,0 procent.",
      [fig(2022, "år", "2022")]),
    q("How many children per full-time employee did Gesterby's preschools have in 2025?", "en", "figure", C, 3,
      ["3.2 Barn per årsarbetare i förskolan antal 5,4 2024 5,2 5,0 minska Skolverket"],
      "5.2 children per full-time employee in 2025, down from 5.4 in 2024; the target for 2027 is 5.0.",
      [fig(5.2, "antal", "5,2")]),
    q("Hur mycket större är barn- och utbildningsnämndens budgetram i Gesterby 2027 än året innan?", "sv",
      "figure", C, 1, ["vilket är 18,9 mnkr mer än ramen för 2026 på 723,7 mnkr"],
      "18,9 mnkr mer: ramen är 742,6 mnkr 2027 mot 723,7 mnkr 2026.",
      [fig(18.9, "mnkr", "18,9 mnkr")]),
    q("För vilka indikatorer i Gesterbys nämndplan var utfallet 2025 sämre än utgångsvärdet?", "sv", "list", C,
      2, ["2.3 Anmälningar om kränkande behandling per 100 elever antal 4,8 2024 5,3"],
      "Fem: meritvärdet (218,4 → 214,9), nationella provet i svenska i åk 3 (79,0 → 76,4), tryggheten i åk 5 "
      "(91 → 89), anmälningarna om kränkande behandling (4,8 → 5,3) och sjukfrånvaron (7,9 → 8,4).",
      items=["1.2 Genomsnittligt meritvärde, åk 9", "1.4 Klarat nationella provet i svenska",
             "2.1 Elever i åk 5 som", "2.3 Anmälningar om kränkande behandling per",
             "4.2 Sjukfrånvaro bland medarbetarna %"]),
    q("Which indicators in Gesterby's committee plan had already reached their 2027 target in 2025?", "en",
      "list", C, 3, ["4.3 Personalomsättning % 12,0 2023 9,6 10,0 minska Personalsystemet"],
      "Two: parents satisfied with preschool (91 per cent against a target of 90) and staff turnover (9.6 per "
      "cent against a target of at most 10.0).",
      items=["3.3 Vårdnadshavare som är nöjda med", "4.3 Personalomsättning % 12,0"]),
    q("Med vilka indikatorer följer Gesterby upp målet om trygghet och studiero?", "sv", "list", C, 2,
      ["Alla barn och elever är trygga och har studiero"],
      "Fyra: trygghet i åk 5, studiero i åk 8, anmälningar om kränkande behandling per 100 elever och elever med "
      "mer än 15 procent frånvaro.",
      items=["2.1 Elever i åk 5 som", "2.2 Elever i åk 8 som", "2.3 Anmälningar om kränkande behandling",
             "2.4 Elever med mer än 15"]),
    q("Vilka indikatorer i Gesterbys nämndplan bygger på kommunens egna enkäter?", "sv", "list", C, 2,
      ["2.2 Elever i åk 8 som upplever studiero på lektionerna"],
      "Fyra: tryggheten i åk 5 och studieron i åk 8 (Elevenkäten), nöjda vårdnadshavare (Föräldraenkäten) och "
      "HME (Medarbetarenkäten).",
      items=["2.1 Elever i åk 5", "2.2 Elever i åk 8", "3.3 Vårdnadshavare som är nöjda",
             "4.4 Hållbart medarbetarengagemang (HME)"]),
    q("Why did the average merit value of year 9 pupils in Gesterby fall?", "en", "passage", C, 4,
      ["en tredjedel av lärartjänsterna i matematik och NO var vakanta"],
      "Mainly because of Enhagsskolan, where a third of the teaching posts in mathematics and science were vacant "
      "during the school year 2024/25."),
    none("Vilket målvärde har Gesterby satt för meritvärdet i årskurs 9 för 2026?", "sv"),
    none("Hur många elever går i grundskolan i Gesterby?", "sv"),
    none("What share of year 9 pupils in Gesterby were eligible for upper secondary vocational programmes in "
         "2021?", "en"),

    # ------------------------------------------------------------ (d) Hökvalla, upphandlingsplan 2027
    q("Hur mycket är Hökvallas upphandling av skolskjutsar värd per år?", "sv", "figure", D, 1,
      ["U01 Skolskjutsar 16,8 januari 2027 6 Barn och utbildning Förnyad"],
      "Uppskattat 16,8 mnkr per år. Upphandlingen startar i januari 2027 och avtalet gäller i 6 år.",
      [fig(16.8, "mnkr", "16,8")]),
    q("What is the total estimated annual value of the procurements in Hökvalla's procurement plan for 2027?",
      "en", "figure", D, 1, ["Uppskattat årsvärde totalt 166,6 mnkr"],
      "166.6 million kronor per year for 23 procurements.",
      [fig(166.6, "mnkr", "166,6 mnkr")]),
    q("Hur många helt nya upphandlingar finns med i Hökvallas plan för 2027?", "sv", "figure", D, 1,
      ["Nya upphandlingar 8 Förnyade avtal 15"],
      "8 nya upphandlingar; de övriga 15 av de 23 gäller förnyade avtal.",
      [fig(8, "antal", "8")]),
    q("Vilket sammanlagt årsvärde har de upphandlingar som socialtjänsten i Hökvalla ansvarar för?", "sv",
      "figure", D, 2, ["Barn och utbildning 4 31,7 1 Socialtjänst 5 26,2 3"],
      "26,2 mnkr per år för fem upphandlingar, varav tre nya.",
      [fig(26.2, "mnkr", "26,2")]),
    q("Vilka upphandlingar ska Hökvalla starta under tredje kvartalet 2027?", "sv", "list", D, 2,
      ["Kvartal 3 2027 · 4 upphandlingar"],
      "Fyra: städtjänster i skolor och medier till biblioteken (augusti), inkontinenshjälpmedel och "
      "kontorsmaterial (september).",
      items=["U14 Städtjänster i skolor", "U15 Medier till biblioteken", "U16 Inkontinenshjälpmedel 3,8 september",
             "U17 Kontorsmaterial 0,9 september 2027"]),
    q("Which of Hökvalla's planned procurements have an estimated annual value of more than 10 million kronor?",
      "en", "list", D, 1, ["U05 Livsmedel till kök och skolor 28,4 mars 2027"],
      "Five: school transport (16.8), asphalt (12.6), food (28.4), the framework agreement for building "
      "contracts (22.0) and residential care for young people (11.2 million kronor).",
      items=["U01 Skolskjutsar 16,8 januari", "U02 Asfaltering och beläggningsunderhåll 12,6",
             "U05 Livsmedel till kök och skolor", "U11 Ramavtal för byggentreprenader 22,0",
             "U20 HVB-placeringar för ungdomar 11,2"]),
    q("Vilka nya upphandlingar, alltså inte förnyade avtal, ansvarar socialtjänsten i Hökvalla för?", "sv",
      "list", D, 1, ["U04 Bemanning av sjuksköterskor 7,5 februari 2027 2 Socialtjänst Ny"],
      "Tre: bemanning av sjuksköterskor, matdistribution till hemtjänsten och HVB-placeringar för ungdomar.",
      items=["U04 Bemanning av sjuksköterskor 7,5", "U07 Matdistribution till hemtjänsten 1,6",
             "U20 HVB-placeringar för ungdomar"]),
    q("Vilka av Hökvallas upphandlingar ska sättas igång senast i februari 2027?", "sv", "list", D, 1,
      ["U03 Företagshälsovård 1,8 februari 2027 4 Kommunledning Förnyad"],
      "Fyra: skolskjutsar och asfaltering (januari 2027) samt företagshälsovård och bemanning av sjuksköterskor "
      "(februari 2027).",
      items=["U01 Skolskjutsar 16,8 januari", "U02 Asfaltering och beläggningsunderhåll 12,6",
             "U03 Företagshälsovård 1,8 februari", "U04 Bemanning av sjuksköterskor 7,5"]),
    q("Varför ska driften av simhallen i Hökvalla upphandlas?", "sv", "passage", D, 3,
      ["Kommunfullmäktige beslutade i juni 2026 att driften ska konkurrensutsättas från 2028"],
      "Badet har drivits i egen regi sedan 1998, men kommunfullmäktige beslutade i juni 2026 att driften ska "
      "konkurrensutsättas från 2028."),
    none("Vilket bolag kör skolskjutsarna i Hökvalla i dag?", "sv"),
    none("How many tenders did Hökvalla receive the last time it procured food for its kitchens?", "en"),
    none("Vilka upphandlingar planerar Hökvalla att starta under 2029?", "sv"),

    # ------------------------------------------------------------ (e) Masthamra, bostadsförsörjningsprogram
    q("Hur många bostäder ska bli klara i Hamnkvarteret i Masthamra under 2029?", "sv", "figure", E, 2,
      ["Hamnkvarteret – 35 55 30 120 30 90 –"],
      "55 bostäder 2029 (35 år 2028 och 30 år 2030; 120 totalt).",
      [fig(55, "antal", "55")]),
    q("How many new homes are planned in Masthamra municipality as a whole in 2028?", "en", "figure", E, 2,
      ["Hela kommunen 95 156 174 94 519 253 177 89"],
      "156 homes in 2028 (95 in 2027, 174 in 2029 and 94 in 2030; 519 in total).",
      [fig(156, "antal", "156")]),
    q("Hur många bostäder planeras sammanlagt i Ekhamn under programperioden i Masthamra?", "sv", "figure", E, 2,
      ["Summa Ekhamn 24 20 42 12 98 40 12 46"],
      "98 bostäder under 2027–2030, av sammanlagt 519 i kommunen.",
      [fig(98, "antal", "98")]),
    q("Hur många bostäder om året ska byggas i Masthamra enligt översiktsplanens mål?", "sv", "figure", E, 1,
      ["vilket är färre än målet i översiktsplanen på 150 bostäder per år"],
      "150 bostäder per år. Programmet ger i genomsnitt 130 per år.",
      [fig(150, "antal", "150 bostäder")]),
    q("In which areas of Masthamra are more rental flats than tenant-owned flats planned?", "en", "list", E, 2,
      ["Tegelbruket 40 60 40 – 140 80 60 –"],
      "Five areas: Tegelbruket (80 vs 60), Bergsgärdet (48 vs 0), Murarbacken (45 vs 15), Ekhamns centrum (40 "
      "vs 0) and Hästeby (10 vs 0).",
      items=["Tegelbruket 40 60 40", "Bergsgärdet 24 24 –", "Murarbacken – – 30", "Ekhamns centrum 18 – 22",
             "Hästeby – 10 –"]),
    q("Vilka bostadsområden i Ekhamn finns med i Masthamras program?", "sv", "list", E, 2,
      ["Summa Ekhamn 24 20 42 12 98 40 12 46"],
      "Tre: Ekhamns centrum (40 bostäder), Mellangärdet (36) och Tallstigen (22).",
      items=["Ekhamns centrum 18 – 22", "Mellangärdet – 12 12", "Tallstigen 6 8 8"]),
    q("I vilka områden i Masthamra planeras fler bostäder 2030 än 2027?", "sv", "list", E, 2,
      ["Murarbacken – – 30 45 75 45 15 15"],
      "Tre: Hamnkvarteret (0 → 30), Murarbacken (0 → 45) och Mellangärdet (0 → 12).",
      items=["Hamnkvarteret – 35 55", "Murarbacken – – 30", "Mellangärdet – 12 12"]),
    q("Vilka strategier ska Masthamra följa för att fler ska kunna få en bostad?", "sv", "list", E, 3,
      ["Kommunfullmäktige har beslutat om sex strategier som ska vägleda kommunens arbete"],
      "Sex: fler hyresrätter nära kollektivtrafiken, blandade upplåtelseformer i varje område, ett aktivt "
      "kommunalt bostadsbolag, bostäder för äldre i tätorterna, levande byar och bostäder för dem som står "
      "utanför bostadsmarknaden.",
      items=["Fler hyresrätter nära kollektivtrafiken", "Blandade upplåtelseformer i varje område",
             "Ett aktivt kommunalt bostadsbolag", "Bostäder för äldre i tätorterna", "Levande byar. I Grönvik",
             "Bostäder för dem som står utanför"]),
    q("Varför dröjer byggstarten i Hamnkvarteret i Masthamra?", "sv", "passage", E, 2,
      ["kan inte börja förrän den förorenade marken vid det gamla varvet har sanerats"],
      "Den förorenade marken vid det gamla varvet måste saneras först, vilket beräknas vara klart hösten 2027."),
    none("Hur många bostäder planeras i Tegelbruket i Masthamra år 2031?", "sv"),
    none("How many student flats are planned in Masthamra?", "en"),
    none("Vilken hyra per kvadratmeter räknar Masthamra med i de nya hyresrätterna?", "sv"),

    # ------------------------------------------------------------ (f) Tuvesta, bygglov jan–jun 2027 (scan p. 2)
    q("Vilken avgift tog Tuvesta ut för bygglovet för flerbostadshuset på Tranan 5?", "sv", "figure", F, 2,
      ["Tranan 5 Nybyggnad av flerbostadshus, 24 lägenheter 2027-06-10 Beviljas 86 740"],
      "86 740 kr. Bygglovet för 24 lägenheter beviljades den 10 juni 2027.",
      [fig(86740, "kr", "86 740")]),
    q("How many decisions on extensions (tillbyggnad) did Tuvesta's building committee make in the first half "
      "of 2027?", "en", "figure", F, 3, ["Tillbyggnad 54 49 47 4,5 4,0"],
      "47 decisions in January–June 2027; 49 applications came in (54 in the same period of 2026).",
      [fig(47, "antal", "47")]),
    q("Hur många ansökningar om lov kom in till Tuvestas byggnadsnämnd första halvåret 2027?", "sv", "figure", F,
      1, ["kom 214 ansökningar och anmälningar in till byggnadsnämnden, mot 236"],
      "214 ansökningar och anmälningar, mot 236 under samma period 2026. 198 beslut fattades.",
      [fig(214, "antal", "214")]),
    q("Vad är timavgiften för bygglov i Tuvesta 2027?", "sv", "figure", F, 3,
      ["Timavgiften är 1 240 kr 2027, mot 1 180 kr 2026"],
      "1 240 kr per timme 2027, mot 1 180 kr 2026.",
      [fig(1240, "kr", "1 240 kr")]),
    q("Vilka ansökningar om lov fick avslag i Tuvesta i juni 2027?", "sv", "list", F, 2,
      ["Antal beslut: 14, varav 12 bifall och 2 avslag."],
      "Två: nybyggnad av fritidshus på Eneberg 1:34 och nybyggnad av enbostadshus på Gåsvik 4:15.",
      items=["Eneberg 1:34 Nybyggnad av fritidshus", "Gåsvik 4:15 Nybyggnad av enbostadshus"]),
    q("Which building permit decisions in Tuvesta in June 2027 carried a fee of more than 20,000 kronor?", "en",
      "list", F, 2, ["Blåmesen 11 Tillbyggnad av förskola 2027-06-23 Beviljas 32 400"],
      "Three: the house on Bruksby 2:7 (24,380 kr), the block of flats on Tranan 5 (86,740 kr) and the preschool "
      "extension on Blåmesen 11 (32,400 kr).",
      items=["Bruksby 2:7 Nybyggnad av enbostadshus", "Tranan 5 Nybyggnad av flerbostadshus",
             "Blåmesen 11 Tillbyggnad av förskola"]),
    q("För vilka typer av ärenden tog handläggningen längre tid 2027 än 2026 i Tuvesta?", "sv", "list", F, 3,
      ["Marklov 6 7 6 4,0 5,0"],
      "Tre: flerbostadshus och lokaler (8,5 → 9,5 veckor), fasadändring och skyltar (3,0 → 3,5) och marklov "
      "(4,0 → 5,0).",
      items=["Flerbostadshus och lokaler 12 9", "Fasadändring och skyltar 27 25", "Marklov 6 7 6"]),
    q("Varför fick ansökan om ett enbostadshus på Gåsvik 4:15 i Tuvesta avslag?", "sv", "passage", F, 2,
      ["Huset skulle få en byggnadshöjd på 8,4 meter, medan detaljplanen tillåter högst 6,5 meter."],
      "Huset skulle bli 8,4 meter högt medan detaljplanen tillåter högst 6,5 meter, och avvikelsen kunde inte "
      "ses som liten."),
    none("Hur många av Tuvestas bygglovsbeslut under första halvåret 2027 överklagades?", "sv"),
    none("Hur stora intäkter fick Tuvesta från bygglovsavgifter under 2026?", "sv"),
    none("Hur lång var handläggningstiden för rivningslov i Tuvesta under 2025?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"t{30000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
