"""Writes ../train_syn12.jsonl: 56 gold questions (t12001–t12056) about the six synthetic12 PDFs.

20 figure, 20 list (16 conditional, 4 complete), 6 passage, 10 none; 42 in Swedish and 14 in English
(5 English figures, 6 English lists). Items are written out literally (not derived from data.py) so that
check.py, which recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn12.jsonl"

A = "falkmyra-arsredovisning-2025-rakenskaper.pdf"
B = "harvstena-mbn-delegationsbeslut-2026-03-04.pdf"
C = "region-mellanhed-hsn-verksamhetsplan-2026.pdf"
D = "snackvika-bun-kvalitetsrapport-grundskola-2025.pdf"
E = "tistelby-lokalforsorjningsplan-2026-2030.pdf"
F = "vassbacka-kf-2025-11-24-p147-taxor-kultur-fritid-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Falkmyra, årsredovisning 2025
    q("Vilket balanskravsresultat redovisar Falkmyra kommun för 2025?",
      "sv", "figure", A, 2,
      ["Reservering till resultatutjämningsreserv – −10,0 Balanskravsresultat 16,3 18,4"],
      "Balanskravsresultatet blev 18,4 mnkr (16,3 mnkr 2024). Årets resultat var 32,5 mnkr och 28,4 mnkr efter "
      "balanskravsjusteringar, varefter 10,0 mnkr reserverades till resultatutjämningsreserven.",
      [fig(18.4, "mnkr", "18,4")]),
    q("What were the operating revenues of the Falkmyra group (koncernen) in 2025?",
      "en", "figure", A, 2,
      ["Verksamhetens intäkter 2 312,4 338,9 305,0 540,2 578,6"],
      "578.6 million kronor for the group in 2025, up from 540.2 mnkr in 2024; the municipality alone had "
      "338.9 mnkr against a budget of 305.0 mnkr.",
      [fig(578.6, "mnkr", "578,6")]),
    q("Hur mycket betalade Falkmyra kommun i pensionskostnader under 2025?",
      "sv", "figure", A, 3,
      ["Löner och sociala avgifter −1 021,4 −1 068,9 Pensionskostnader −96,2 −104,7"],
      "Pensionskostnaderna var 104,7 mnkr 2025, jämfört med 96,2 mnkr 2024 (not 3).",
      [fig(104.7, "mnkr", "−104,7")]),
    q("Med hur mycket överträffade Falkmyras resultat 2025 det som hade budgeterats?",
      "sv", "figure", A, 1,
      ["vilket är 17,0 mnkr bättre än budgeterade 15,5 mnkr"],
      "Med 17,0 mnkr: resultatet blev 32,5 mnkr mot budgeterade 15,5 mnkr (och 17,5 mnkr året före).",
      [fig(17.0, "mnkr", "17,0 mnkr")]),
    q("Vilka kostnadsslag i Falkmyras not om verksamhetens kostnader var större än 100 mnkr år 2025?",
      "sv", "list", A, 3,
      ["Not 3 Verksamhetens kostnader Mnkr 2024 2025"],
      "Fyra: löner och sociala avgifter (1 068,9 mnkr), pensionskostnader (104,7 mnkr, mot 96,2 mnkr 2024), "
      "köp av huvudverksamhet (226,3 mnkr) samt material, varor och tjänster (138,0 mnkr).",
      items=["Löner och sociala avgifter", "Pensionskostnader −96,2 −104,7", "Köp av huvudverksamhet −214,6",
             "Material, varor och tjänster"]),
    q("Which income items in Falkmyra's note on operating revenues fell from 2024 to 2025?",
      "en", "list", A, 3,
      ["Not 2 Verksamhetens intäkter Mnkr 2024 2025"],
      "Three items decreased: sales revenue (24.6 to 22.1 mnkr), grants from the Migration Agency (12.8 to "
      "7.3 mnkr) and land development revenue (18.3 to 9.6 mnkr).",
      items=["Försäljningsintäkter 24,6 22,1", "Bidrag från Migrationsverket 12,8", "Exploateringsintäkter 18,3 9,6"]),
    q("Vilka viktiga händelser lyfter Falkmyra kommun fram i årsredovisningen för 2025?",
      "sv", "list", A, 1,
      ["Vårdboendet Tjäderbacken med 48 platser togs i bruk i september"],
      "Fem händelser: ny organisation med tre förvaltningar, vårdboendet Tjäderbacken som öppnade i september, "
      "branden i Sörgårdens förskola, den försenade exploateringen av Falkhöjden och Falkmyrahems 64 nya "
      "hyreslägenheter vid Stationsparken.",
      items=["Kommunfullmäktige beslutade i mars om", "Vårdboendet Tjäderbacken med 48 platser",
             "En brand i Sörgårdens förskola", "Exploateringen av bostadsområdet Falkhöjden försenades",
             "Det kommunala bostadsbolaget Falkmyrahem påbörjade"]),
    q("Varför blev Falkmyras resultat 2025 bättre än budgeterat?",
      "sv", "passage", A, 1,
      ["skatteintäkterna blev högre än beräknat, sedan slutavräkningen för 2024 förbättrats med 12,0 mnkr",
       "kommunen fick en försäkringsersättning efter branden i Sörgårdens förskola"],
      "Främst för att skatteintäkterna blev högre än beräknat när slutavräkningen för 2024 förbättrades med "
      "12,0 mnkr, och för att kommunen fick försäkringsersättning efter branden i Sörgårdens förskola; "
      "socialnämnden gick samtidigt med underskott."),
    none("Hur stort resultat redovisade Falkmyra kommun för 2023?", "sv"),
    none("Hur stor var Falkmyras låneskuld per invånare vid utgången av 2025?", "sv"),

    # ------------------------------------------------------------ (b) Harvstena, delegationsbeslut MBN
    q("Hur stort bostadsanpassningsbidrag beviljade Harvstena i mars 2026 till en trapphiss?",
      "sv", "figure", B, 3,
      ["Bostadsanpassningsbidrag för trapphiss, Lönnås 3:2 MBN 2026-0049 2026-03-10 Beviljas 84 500 kr"],
      "84 500 kronor, beviljat den 10 mars 2026 av handläggaren för bostadsanpassning (Lönnås 3:2).",
      [fig(84500, "kr", "84 500 kr")]),
    q("Hur många av delegationsbesluten i Harvstenas miljö- och byggnadsnämnd under mars och april 2026 "
      "innebar avslag?",
      "sv", "figure", B, 1,
      ["4 var avslag och 7 avsåg förelägganden, förbud eller avgifter"],
      "Fyra av de 24 besluten var avslag; 13 var bifall, beviljanden eller registreringar och 7 gällde "
      "förelägganden, förbud eller avgifter.",
      [fig(4, "antal", "4 var avslag")]),
    q("Vilket datum avslog Harvstena förhandsbeskedet om två nya hus på Kvistrum?",
      "sv", "figure", B, 2,
      ["Förhandsbesked för nybyggnad av två enbostadshus, Kvistrum 2:5 MBN 2026-0061 2026-03-17 Avslag"],
      "Den 17 mars 2026 (2026-03-17), beslutat av bygglovschefen enligt 9 kap. 17 § PBL.",
      [fig("2026-03-17", "datum", "2026-03-17")]),
    q("Vilka beslut fattade miljöinspektören i Harvstena på delegation under perioden?",
      "sv", "list", B, 2,
      ["Miljöskydd och hälsoskydd (punkt 6.1–6.8)"],
      "Fyra beslut: föreläggande om enskilt avlopp (Mossbol 1:9), tillstånd till avloppsanläggning med "
      "vattentoalett (Lönnås 5:2), föreläggande om radonmätning (Skolgatan 7) och avgift för anmälan om "
      "värmepump (Sjöbotten 1:4); de två sista står på nästa sida.",
      items=["Föreläggande om åtgärder för enskilt avlopp", "Tillstånd till avloppsanläggning med vattentoalett",
             "Föreläggande om radonmätning i flerbostadshus", "Avgift för handläggning av anmälan om värmepump"]),
    q("Which applications did the delegates of Harvstena's environment and building committee reject in "
      "March and April 2026?",
      "en", "list", B, 2,
      ["Förteckning över delegationsbeslut 1 mars–30 april 2026"],
      "Four: the advance notice for two houses at Kvistrum 2:5, a free-standing sign at Kvarnängen, a sauna "
      "on Sjöbotten 2:8 (shoreline exemption) and a ramp at a holiday home (housing adaptation grant, on the "
      "next page).",
      items=["Förhandsbesked för nybyggnad av två enbostadshus", "Bygglov för fristående skylt, Kvarnängens",
             "Strandskyddsdispens för bastu på ofri tomtmark", "Bostadsanpassningsbidrag för ramp vid entré"]),
    q("Vilka bostadsanpassningsbidrag på mer än 40 000 kronor beviljades i Harvstena?",
      "sv", "list", B, 3,
      ["Beslut om bostadsanpassningsbidrag över 100 000 kronor fattas av förvaltningschefen"],
      "Tre: trapphiss (84 500 kr), ombyggnad av badrum (46 900 kr) och ombyggnad av kök med sänkbara bänkar "
      "(112 300 kr, beslutat av förvaltningschefen).",
      items=["Bostadsanpassningsbidrag för trapphiss, Lönnås 3:2", "Bostadsanpassningsbidrag för ombyggnad av badrum",
             "Bostadsanpassningsbidrag för ombyggnad av kök"]),
    q("Which decisions on building permits, demolition and start notices did Harvstena's delegates take in "
      "April 2026?",
      "en", "list", B, 2,
      ["Bygglov, förhandsbesked, rivningslov och startbesked (punkt 4.1–4.9)"],
      "Three: a permit to convert offices into four flats at Rådhusgatan 6 (2 April), a refused permit for a "
      "free-standing sign (14 April) and a start notice for a new preschool at Ekliden 1:3 (21 April).",
      items=["Bygglov för ändrad användning från kontor", "Bygglov för fristående skylt, Kvarnängens handelsområde",
             "Startbesked för nybyggnad av förskola"]),
    q("Why did Harvstena refuse the advance notice (förhandsbesked) for two houses at Kvistrum?",
      "en", "passage", B, 4,
      ["platsen inte är lämplig för bostäder eftersom den ligger inom riskavståndet",
       "Kvistrumstippen och saknar godtagbar tillfart; dessutom bedömdes åtgärden kunna försvåra"],
      "The site lies within the risk distance of the closed Kvistrumstippen landfill, lacks acceptable road "
      "access and could hinder a future expansion of the business area. The applicant has appealed to the "
      "county administrative board."),
    none("Vilken bygglovsavgift tog Harvstena ut för enbostadshuset på Lönnås 3:14?", "sv"),

    # ------------------------------------------------------------ (c) Region Mellanhed, HSN 2026
    q("Hur stor nettobudget har psykiatrin i Region Mellanhed för 2026?",
      "sv", "figure", C, 3,
      ["Psykiatri −1 046,7 58,3 −1 149,6 −1 091,3"],
      "Nettot är 1 091,3 mnkr 2026 (kostnader 1 149,6 mnkr, intäkter 58,3 mnkr), jämfört med 1 046,7 mnkr i "
      "budget 2025.",
      [fig(1091.3, "mnkr", "−1 091,3")]),
    q("How much income does Region Mellanhed budget for dental care in 2026?",
      "en", "figure", C, 3,
      ["Tandvård −318,6 402,8 −735,0 −332,2"],
      "402.8 million kronor of income, against costs of 735.0 mnkr, giving a net cost of 332.2 mnkr.",
      [fig(402.8, "mnkr", "402,8")]),
    q("Hur stor andel av operationerna i Region Mellanhed gjordes inom 90 dagar 2025?",
      "sv", "figure", C, 2,
      ["Andel operationer och åtgärder inom 90 dagar, % 66 69"],
      "69 procent 2025 (66 procent 2024); målvärdet är minst 75 procent 2026 och 80 procent 2028.",
      [fig(69, "procent", "69")]),
    q("Med hur många procent ökar hälso- och sjukvårdsnämndens nettokostnadsram i Region Mellanhed till 2026?",
      "sv", "figure", C, 1,
      ["vilket är 429,5 mnkr eller 4,3 procent mer än budgeten för 2025"],
      "Med 4,3 procent, eller 429,5 mnkr, till 10 376,5 mnkr från 9 947,0 mnkr 2025.",
      [fig(4.3, "procent", "4,3 procent")]),
    q("Vilka indikatorer följer Region Mellanhed upp för vårdens tillgänglighet?",
      "sv", "list", C, 2,
      ["Tabellen visar nämndens indikatorer med utfall för de två senaste åren"],
      "Fem: kontakt med primärvården samma dag, förstabesök i specialiserad vård inom 90 dagar, operationer "
      "och åtgärder inom 90 dagar, väntetid till första bedömning i BUP och antal som väntat mer än 180 dagar "
      "på operation.",
      items=["Andel patienter som får kontakt med primärvården", "Andel förstabesök i specialiserad vård inom",
             "Andel operationer och åtgärder inom 90", "Väntetid till första bedömning i barn- och",
             "Antal patienter som väntat mer än"]),
    q("For which indicators does Region Mellanhed express the 2026 target only as a reduction, without a "
      "number?",
      "en", "list", C, 2,
      ["Där målvärdet anges som öka eller minska ska utfallet förbättras"],
      "Four: patients waiting more than 180 days for surgery, overcrowding per 100 beds, readmissions within "
      "30 days among patients aged 65+, and the cost of agency staff.",
      items=["Antal patienter som väntat mer än", "Antal överbeläggningar per 100 disponibla vårdplatser",
             "Återinskrivning inom 30 dagar bland patienter", "Kostnad för inhyrd vårdpersonal, mnkr"]),
    q("Vilka uppdrag har regionstyrelsen gett Region Mellanheds hälso- och sjukvårdsnämnd för 2026?",
      "sv", "list", C, 1,
      ["Utreda en samlad akutmottagning för länets norra del med placering i Marhed"],
      "Fem uppdrag: sammanhållen vårdplanering för de mest sjuka äldre, minskade kostnader för inhyrd "
      "personal, utredning av en samlad akutmottagning i Marhed, fler digitala vårdbesök i primärvården och "
      "en plan mot överbeläggningar.",
      items=["Införa en sammanhållen vårdplanering för de", "Minska kostnaderna för inhyrd vårdpersonal genom",
             "Utreda en samlad akutmottagning för länets", "Utveckla digitala vårdbesök i primärvården",
             "Ta fram en plan för att"]),
    q("Varför vill Region Mellanhed minska användningen av hyrpersonal?",
      "sv", "passage", C, 4,
      ["Inhyrda läkare och sjuksköterskor kostar i genomsnitt 1,8 gånger så mycket som egen personal",
       "beroendet försvårar kontinuiteten för patienterna"],
      "Inhyrd personal är den största ekonomiska risken: den kostar i snitt 1,8 gånger så mycket som egen "
      "personal och försvårar kontinuiteten för patienterna. Kostnaden har sjunkit från 186,4 till 151,2 mnkr "
      "men är mer än dubbelt så hög som före pandemin."),
    none("What target has Region Mellanhed set for sick leave in 2027?", "en"),
    none("Vilken skattesats har Region Mellanhed för 2026?", "sv"),

    # ------------------------------------------------------------ (d) Snäckvika, kvalitetsrapport grundskola
    q("Hur stor andel av eleverna på Gärdesvallsskolan i Snäckvika var behöriga till yrkesprogram 2025?",
      "sv", "figure", D, 2,
      ["Gärdesvallsskolan 57 62,1 57,1 59,6 71,7 68,4"],
      "68,4 procent 2025, en minskning från 71,7 procent 2024; kommunens genomsnitt var 84,0 procent.",
      [fig(68.4, "procent", "68,4")]),
    q("What share of girls at Rönnbyskolan in Snäckvika met the knowledge requirements in all subjects in 2025?",
      "en", "figure", D, 2,
      ["Rönnbyskolan 92 81,3 68,2 75,0 85,1 83,7"],
      "81.3 per cent of the girls, compared with 68.2 per cent of the boys (75.0 per cent overall).",
      [fig(81.3, "procent", "81,3")]),
    q("Hur många elever lämnade årskurs 9 i Snäckvika våren 2025?",
      "sv", "figure", D, 1,
      ["Våren 2025 gick 562 elever ut årskurs 9 från elva skolenheter"],
      "562 elever, från elva skolenheter varav två fristående.",
      [fig(562, "antal", "562 elever")]),
    q("Vilka skolenheter i Snäckvika hade under 80 procent behöriga till yrkesprogram 2025?",
      "sv", "list", D, 2,
      ["Behörighet till yrkesprogram, % Flickor Pojkar Totalt 2024 2025"],
      "Fem: Måsöskolan (72,2), Uddens skola (78,0), Gärdesvallsskolan (68,4), Björkuddens skola (73,9) och "
      "Fyrvaktarskolan (79,4).",
      items=["Måsöskolan 18 .. .. 66,7", "Uddens skola 41 70,0", "Gärdesvallsskolan 57 62,1",
             "Björkuddens skola 23 .. 58,3", "Fyrvaktarskolan 34 76,5"]),
    q("At which Snäckvika schools are the girls' results in all subjects not reported?",
      "en", "list", D, 2,
      [".. Uppgiften redovisas inte eftersom gruppen har färre än tio elever"],
      "Three schools show '..' for girls because the group has fewer than ten pupils: Måsöskolan, Björkuddens "
      "skola and Snäckvika Montessoriskola.",
      items=["Måsöskolan 18 .. .. 66,7", "Björkuddens skola 23 .. 58,3", "Snäckvika Montessoriskola 12 .. .."]),
    q("Vilka insatser planerar Snäckvika för att öka tryggheten och studieron i skolorna?",
      "sv", "list", D, 3,
      ["2. Trygghet och studiero i alla klassrum"],
      "Tre insatser: gemensamma ordningsregler som tas fram med eleverna, schemalagd vuxennärvaro på raster och "
      "i matsalen vid de fyra största skolorna samt en årlig kartläggning av otrygga platser med åtgärdsplan.",
      items=["Gemensamma ordningsregler tas fram tillsammans", "Schemalagd vuxennärvaro på raster och i",
             "Årlig kartläggning av platser där elever"]),
    q("Vad förklarar de försämrade resultaten på Gärdesvallsskolan i Snäckvika?",
      "sv", "passage", D, 3,
      ["Skolan har haft tre rektorer på två år och en hög andel obehöriga lärare"],
      "Skolan har haft tre rektorer på två år, många obehöriga lärare i matematik och engelska, elever som "
      "kommit under högstadiet utan tillräckligt stöd i svenska som andraspråk och kommunens högsta frånvaro "
      "i årskurs 9."),
    none("Hur stor andel av eleverna i Snäckvika var behöriga till högskoleförberedande program 2025?", "sv"),
    none("Hur många lärare i Snäckvikas grundskolor saknar lärarlegitimation?", "sv"),

    # ------------------------------------------------------------ (e) Tistelby, lokalförsörjningsplan
    q("Vad beräknas det nya särskilda boendet Lindåsen i Tistelby kosta totalt?",
      "sv", "figure", E, 2,
      ["60 platser i sex avdelningar kvartal 4 2026 kvartal 2 2029 212,0 8,0 74,0 130,0"],
      "212,0 mnkr totalt, varav 8,0 mnkr 2026, 74,0 mnkr 2027 och 130,0 mnkr 2028–2030.",
      [fig(212.0, "mnkr", "212,0")]),
    q("How much will Tistelby spend on compulsory school (grundskola) premises projects in 2026?",
      "en", "figure", E, 2,
      ["Delsumma grundskola 167,0 52,9 69,9 44,2"],
      "52.9 million kronor in 2026, out of 167.0 mnkr in total for the three school projects.",
      [fig(52.9, "mnkr", "52,9")]),
    q("Hur mycket av Tistelbys investeringar i verksamhetslokaler infaller under 2027?",
      "sv", "figure", E, 1,
      ["varav 117,5 mnkr 2026, 252,1 mnkr 2027 och 254,4 mnkr"],
      "252,1 mnkr 2027, av totalt 624,0 mnkr (117,5 mnkr 2026 och 254,4 mnkr 2028–2030).",
      [fig(252.1, "mnkr", "252,1 mnkr")]),
    q("Vilka av Tistelbys lokalprojekt ska bli färdiga under 2027?",
      "sv", "list", E, 2,
      ["Start avser byggstart; Klart avser inflyttning eller driftsättning"],
      "Fem: förskolan i Ängstorp (augusti 2027), ombyggnaden av förskolan Pilgrimen (kvartal 1 2027), "
      "skolgårdarna (oktober 2027), Tistelbybadet (kvartal 3 2027) och konstgräsplanen vid Tistelvallen "
      "(september 2027).",
      items=["Ny förskola i Ängstorp med åtta", "Förskolan Pilgrimen, ombyggnad av kök",
             "Upprustning av skolgårdar vid Hällebo", "Tistelbybadet, renovering av bassänger och reningsteknik",
             "Konstgräsplan med belysning vid Tistelvallen"]),
    q("Which elderly and disability care projects are included in Tistelby's premises plan?",
      "en", "list", E, 2,
      ["Delsumma vård och omsorg 245,5 13,1 91,0 141,4"],
      "Three: the new Lindåsen care home with 60 places, an LSS group home with six flats in central Tistelby, "
      "and alarm and access systems in the care homes.",
      items=["Nytt särskilt boende Lindåsen med 60", "Gruppbostad enligt LSS i Tistelby centrum",
             "Trygghetslarm och passagesystem i de särskilda"]),
    q("Vilka projekt i Tistelbys lokalförsörjningsplan har en total utgift över 40 mnkr?",
      "sv", "list", E, 2,
      ["Utgifterna är angivna i löpande priser och inkluderar projektering"],
      "Fem: förskolan i Ängstorp (78,5), förskolan Myran (46,0), Tistelbyskolan (124,6), Lindåsen (212,0) och "
      "Tistelbybadet (41,7 mnkr).",
      items=["Ny förskola i Ängstorp med åtta", "Förskolan Myran, permanent byggnad som ersätter",
             "Tistelbyskolan, om- och tillbyggnad för årskurs", "Nytt särskilt boende Lindåsen med 60",
             "Tistelbybadet, renovering av bassänger och reningsteknik"]),
    q("Vilka projekt har strukits ur Tistelbys lokalförsörjningsplan?",
      "sv", "list", E, 3,
      ["Ny sporthall vid Tistelvallen, som skjuts fram till nästa planperiod"],
      "Fyra: tillbyggnaden av Strömsviks förskola, en ny sporthall vid Tistelvallen, ombyggnaden av det gamla "
      "kommunhuset till bostäder och ett nytt kök i Ugglebo skola.",
      items=["Tillbyggnad av Strömsviks förskola", "Ny sporthall vid Tistelvallen",
             "Ombyggnad av det gamla kommunhuset", "Ett nytt kök i Ugglebo skola"]),
    q("Varför har Tistelby skjutit upp bygget av förskolan Myran?",
      "sv", "passage", E, 3,
      ["Modulerna har bygglov till och med 2029, och barnantalet i området minskar"],
      "Modulerna har bygglov till och med 2029 och barnantalet i området minskar; genom att vänta kan kommunen "
      "ta tillvara erfarenheterna från förskolan i Ängstorp och undvika två stora förskoleprojekt samtidigt."),
    none("Vilken årlig hyra ska äldreomsorgen betala för det nya boendet Lindåsen i Tistelby?", "sv"),

    # ------------------------------------------------------------ (f) Vassbäcka, KF § 147 taxor 2026
    q("Hur många ledamöter röstade ja när Vassbäckas fullmäktige beslutade om kultur- och fritidstaxorna för "
      "2026?",
      "sv", "figure", F, 1,
      ["Ja-röster 26 Nej-röster 19 Avstår 4 Frånvarande 2"],
      "26 ja-röster mot 19 nej-röster; 4 avstod och 2 var frånvarande.",
      [fig(26, "antal", "26")]),
    q("What will an adult annual pass at the Vassbäcka swimming hall cost in 2026?",
      "en", "figure", F, 2,
      ["Årskort vuxen kr/år 2 400 2 800 2"],
      "2,800 kronor a year from 2026, up from 2,400 kronor in 2025 (including 6 per cent VAT).",
      [fig(2800, "kr", "2 800")]),
    q("Vad ska övriga föreningar i Vassbäcka betala per timme för sporthallen 2026?",
      "sv", "figure", F, 2,
      ["Sporthall, övriga föreningar kr/tim 190 210 1"],
      "210 kronor per timme 2026, mot 190 kronor 2025; föreningar med barn- och ungdomsverksamhet betalar "
      "100 kronor.",
      [fig(210, "kr", "210")]),
    q("Vilka avgifter i Vassbäckas kultur- och fritidstaxa lämnas oförändrade till 2026?",
      "sv", "list", F, 2,
      ["Tjänst Enhet Avgift 2025 (kr) Avgift 2026 (kr) Not"],
      "Fem: konstgräsplanen för föreningar (250 kr/tim), entré för barn och unga i simhallen (35 kr), "
      "kör, orkester eller teatergrupp i kulturskolan (300 kr/termin), ersättning för förkommen bok (300 kr) "
      "och utskrift och kopiering (3 kr/sida).",
      items=["Konstgräsplan för elvamannaspel, föreningar", "Entré barn och ungdom 7–19 år",
             "Elevavgift kör, orkester eller teatergrupp", "Ersättning för förkommen eller skadad bok",
             "Utskrift och kopiering kr/sida 3"]),
    q("Vilka avgifter gäller för Vassbäckas simhall enligt den nya taxan?",
      "sv", "list", F, 2,
      ["Simhallen Vassbäckabadet Entré vuxen kr/besök 70 80 2"],
      "Fyra: entré vuxen (80 kr), entré barn och ungdom 7–19 år (35 kr), årskort vuxen (2 800 kr) och "
      "simskola för barn, tio tillfällen (1 000 kr).",
      items=["Entré vuxen kr/besök 70", "Entré barn och ungdom 7–19", "Årskort vuxen kr/år 2 400",
             "Simskola för barn, tio tillfällen"]),
    q("Vad beslutade Vassbäckas kommunfullmäktige i ärendet om kultur- och fritidstaxor för 2026?",
      "sv", "list", F, 1,
      ["att avskaffa förseningsavgifterna vid kommunens bibliotek"],
      "Fullmäktige fastställde taxorna enligt bilaga 1 från 1 januari 2026, avskaffade bibliotekens "
      "förseningsavgifter, gav kultur- och fritidsnämnden i uppdrag att utvärdera simhallsavgifterna före "
      "30 september 2026 och upphävde 2024 års taxebeslut.",
      items=["att fastställa taxor och avgifter för", "att avskaffa förseningsavgifterna vid kommunens bibliotek",
             "att uppdra åt kultur- och fritidsnämnden", "att upphäva kommunfullmäktiges beslut 2024-11-25"]),
    q("Varför höjer Vassbäcka avgifterna i simhallen?",
      "sv", "passage", F, 2,
      ["energi- och personalkostnaderna har ökat kraftigt sedan den senaste taxerevisionen 2022"],
      "Energi- och personalkostnaderna har ökat kraftigt sedan taxorna sågs över 2022 och badet har fått längre "
      "öppettider; vuxenavgifterna låg under grannkommunernas, och höjningen gör att entréerna täcker ungefär "
      "en fjärdedel av driftkostnaden i stället för en femtedel."),
    none("How much extra revenue does Vassbäcka expect from the new culture and leisure fees?", "en"),
    none("Vad kostar ett årskort i simhallen för pensionärer i Vassbäcka 2026?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"t{12000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
