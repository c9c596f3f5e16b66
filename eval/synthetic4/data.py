"""Table and list data of the six synthetic4 documents.

The build scripts draw the tables and lists from these structures, and check.py recomputes the
expected items of every list question (conditional or not) from them.
"""
from decimal import Decimal, ROUND_HALF_UP


def r1(x):
    """Round half up to one decimal (Swedish statistics convention)."""
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- (a) Region Hällmark, granskningsrapport
# Rekommendationer 1.–7.; nr 3 has the sub-items a)–c)
A_REK = [
    "Säkerställa att samtliga verksamhetsområden tar fram handlingsplaner för kompetensförsörjning "
    "med tidsatta aktiviteter, tydligt utpekade ansvariga och mätbara mål som kan följas upp i "
    "samband med årsredovisningen.",
    "Ta fram en samlad och regionövergripande analys av behovet av kompetens på kort och lång sikt, "
    "där pensionsavgångar, bristyrken, förändrade vårdbehov och möjligheterna till "
    "uppgiftsväxling vägs samman.",
    ("Utarbeta en tidsatt plan för att minska beroendet av inhyrd personal inom hälso- och sjukvården. "
     "Planen bör beslutas av regionstyrelsen och särskilt omfatta:",
     ["en stegvis avveckling av inhyrda sjuksköterskor inom slutenvården och akutsjukvården, med "
      "delmål för varje år till och med 2028,",
      "ökad användning av regionens egen bemanningspool och av flexibla schemamodeller som gör det "
      "möjligt att täcka vakanser med egen personal,",
      "tydliga kriterier för när inhyrning får ske och vem som har rätt att fatta beslut om avrop."]),
    "Utvärdera effekterna av genomförda rekryterings- och behållandeåtgärder, bland annat betald "
    "specialistutbildning för sjuksköterskor och karriärtrappor för undersköterskor, innan "
    "åtgärderna förlängs eller utökas.",
    "Utveckla rapporteringen till hälso- och sjukvårdsnämnden så att den regelbundet omfattar "
    "vakanser, personalomsättning, stängda vårdplatser och kostnader för inhyrd personal per "
    "förvaltning och verksamhetsområde.",
    "Införa kontroller av avrop från bemanningsavtalen, så att varje avrop godkänns av behörig chef "
    "och följs upp mot avtalade priser och villkor innan fakturan attesteras.",
    "Säkerställa att risker kopplade till bemanning och kompetensförsörjning ingår i regionstyrelsens "
    "och hälso- och sjukvårdsnämndens internkontrollplaner för 2027.",
]

# Bedömning per kontrollmål: nr, kontrollmål, bedömning, kommentar
A_KM = [
    ("1", "Det finns en aktuell strategi för kompetensförsörjning som är beslutad av regionfullmäktige.",
     "Uppfyllt", "Strategin för kompetensförsörjning 2024–2027 antogs av regionfullmäktige "
     "2023-11-28 och är känd bland cheferna."),
    ("2", "Strategin har brutits ned i handlingsplaner på förvaltnings- och verksamhetsnivå.",
     "Delvis uppfyllt", "Handlingsplaner finns för sju av tolv verksamhetsområden. Flera planer "
     "saknar tidsatta aktiviteter och utpekade ansvariga."),
    ("3", "Det finns en samlad analys av regionens behov av kompetens på kort och lång sikt.",
     "Ej uppfyllt", "Behovsanalyser görs per klinik men sammanställs inte. Regionen saknar en "
     "samlad bild av bristyrken och pensionsavgångar."),
    ("4", "Regionen har ändamålsenliga åtgärder för att rekrytera och behålla personal.",
     "Delvis uppfyllt", "Flera åtgärder har införts, bland annat betald specialistutbildning. "
     "Effekterna av åtgärderna har inte utvärderats."),
    ("5", "Beroendet av inhyrd personal följs upp och minskar i enlighet med de nationella målen.",
     "Ej uppfyllt", "Kostnaden för inhyrd personal ökade med 18,0 procent mellan 2024 och 2025. "
     "Målet om oberoende av inhyrd personal nås inte."),
    ("6", "Hälso- och sjukvårdsnämnden får regelbunden och tillräcklig rapportering om bemanningsläget.",
     "Delvis uppfyllt", "Bemanningen redovisas i tertialrapporterna men utan uppgifter om vakanser "
     "och stängda vårdplatser."),
    ("7", "Arbetsmiljön följs upp systematiskt och åtgärder vidtas när risker identifieras.",
     "Uppfyllt", "Medarbetarenkäten genomförs årligen och resultaten följs upp med handlingsplaner "
     "på arbetsplatsnivå."),
    ("8", "Samverkan med lärosäten om utbildningsplatser och verksamhetsförlagd utbildning är ändamålsenlig.",
     "Uppfyllt", "Ett avtal med Hällmarks högskola reglerar antalet VFU-platser. Samverkan "
     "fungerar enligt de intervjuade väl."),
    ("9", "Regionstyrelsen har säkerställt en tillräcklig intern kontroll av bemanningsavtalen.",
     "Ej uppfyllt", "Avropen kontrolleras inte systematiskt. I stickprovet saknade 9 av 40 avrop "
     "godkännande av behörig chef."),
]

# ---------------------------------------------------------------- (b) Brännvik, internkontrollplan SN 2026
# nr, process, risk, sannolikhet, konsekvens, kontrollmoment, ansvarig, frekvens
B_IKP = [
    (1, "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd på grund av ofullständigt "
     "beslutsunderlag", 4, 4, "Stickprov på 15 utbetalningar per månad avseende underlag, attest och "
     "kontroll mot SSBTEK", "Verksamhetschef IFO", "Månadsvis"),
    (2, "Ekonomiskt bistånd", "Dubbla utbetalningar eller utbetalning till fel mottagare", 2, 4,
     "Avstämning av utbetalningslistor mot beviljade beslut i verksamhetssystemet", "Ekonomichef",
     "Kvartalsvis"),
    (3, "Barn och unga", "Förhandsbedömning av orosanmälan görs inte inom 14 dagar", 3, 4,
     "Uttag av samtliga orosanmälningar med tid från anmälan till beslut", "Verksamhetschef IFO",
     "Månadsvis"),
    (4, "Barn och unga", "Utredningstiden på fyra månader överskrids utan beslut om förlängning", 3, 3,
     "Genomgång av pågående utredningar som är äldre än 90 dagar", "Verksamhetschef IFO", "Kvartalsvis"),
    (5, "Placeringar", "Placering i HVB eller familjehem sker utan avtal eller föregående upphandling",
     3, 4, "Kontroll av samtliga nya placeringar mot avtalskatalog och ramavtal", "Förvaltningschef",
     "Kvartalsvis"),
    (6, "Placeringar", "Kostnaderna för externa placeringar överskrider budget", 4, 3,
     "Prognos och uppföljning av kostnad per placering", "Ekonomichef", "Månadsvis"),
    (7, "Hemtjänst", "Utförd tid registreras felaktigt och leder till felaktig debitering", 3, 3,
     "Jämförelse av beviljad och utförd tid för tio slumpvis valda brukare",
     "Verksamhetschef äldreomsorg", "Kvartalsvis"),
    (8, "Hemtjänst", "Avgifter debiteras inte enligt gällande taxa", 2, 4,
     "Kontroll av 20 avgiftsbeslut mot taxa och inkomstuppgifter", "Ekonomichef", "Halvårsvis"),
    (9, "Särskilt boende", "Brister i läkemedelshanteringen leder till vårdskador", 3, 4,
     "Granskning av avvikelser och läkemedelsgenomgångar på samtliga enheter",
     "Medicinskt ansvarig sjuksköterska", "Kvartalsvis"),
    (10, "Särskilt boende", "Bemanningen nattetid understiger fastställd grundbemanning", 2, 4,
     "Uppföljning av schemalagd och faktisk bemanning nattetid", "Verksamhetschef äldreomsorg",
     "Halvårsvis"),
    (11, "LSS", "Beslut om insatser enligt LSS verkställs inte inom tre månader", 3, 3,
     "Kontroll av ej verkställda beslut och av rapporteringen till IVO", "Verksamhetschef LSS",
     "Kvartalsvis"),
    (12, "LSS", "Brister i hanteringen av brukarnas privata medel i gruppbostäder", 2, 4,
     "Stickprov på kassaböcker och kvitton i två gruppbostäder", "Verksamhetschef LSS", "Halvårsvis"),
    (13, "Dokumentation", "Social dokumentation saknas eller är ofullständig", 3, 3,
     "Granskning av 25 slumpvis valda akter enligt gemensam granskningsmall", "Kvalitetsstrateg",
     "Halvårsvis"),
    (14, "Informationssäkerhet", "Obehöriga tar del av skyddade personuppgifter i verksamhetssystemet",
     2, 4, "Loggkontroll av åtkomst till akter med skyddade personuppgifter", "Systemförvaltare",
     "Månadsvis"),
    (15, "Informationssäkerhet", "Behörigheter avslutas inte när en medarbetare slutar", 3, 3,
     "Avstämning av aktiva behörigheter mot personalregistret", "Systemförvaltare", "Kvartalsvis"),
    (16, "Personal", "Anställning sker utan kontroll av utdrag ur belastningsregistret", 2, 4,
     "Kontroll av att utdrag finns för samtliga nyanställda inom LSS och barn och unga",
     "HR-specialist", "Årligen"),
    (17, "Upphandling", "Inköp görs utanför upphandlade avtal", 3, 3,
     "Analys av leverantörsreskontran mot kommunens avtalsdatabas", "Ekonomichef", "Årligen"),
    (18, "Delegation", "Beslut fattas utan stöd i delegationsordningen", 2, 4,
     "Stickprov på 30 delegationsbeslut mot gällande delegationsordning", "Förvaltningschef", "Årligen"),
    (19, "Lex Sarah", "Rapporter om missförhållanden utreds inte skyndsamt", 2, 4,
     "Genomgång av samtliga lex Sarah-rapporter och tid till avslutad utredning", "Kvalitetsstrateg",
     "Halvårsvis"),
]

B_UTGATT = [
    "Kontroll av att hyresavtal för kommunens träningslägenheter är registrerade, eftersom "
    "lägenheterna har överförts till det kommunala bostadsbolaget.",
    "Kontroll av färdtjänsttillstånd, eftersom handläggningen har flyttats till kommunstyrelsen "
    "den 1 januari 2026.",
    "Kontroll av kontanthantering på dagverksamheten, som sedan hösten 2025 helt har övergått till "
    "kortbetalning.",
]

# ---------------------------------------------------------------- (c) Tjärnholm, investeringsplan 2026–2029
# (nämnd, [(projekt, 2026, 2027, 2028, 2029)]) in tkr; 0 is printed as "–"
C_INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och nätverk", 4500, 4500, 5000, 5000),
        ("Digitalisering av ärendehantering och e-tjänster", 2800, 1500, 0, 0),
        ("Inventarier kommunhuset", 600, 600, 600, 600),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Solbacken, 8 avdelningar", 22000, 41500, 6000, 0),
        ("Tillbyggnad av Tjärnholmsskolan 7–9", 8500, 36000, 48000, 12500),
        ("Ny idrottshall vid Västra skolan", 0, 4000, 28000, 31000),
        ("Upprustning av skolgårdar", 2000, 2000, 2000, 2000),
        ("Inventarier och läromedel", 1800, 1800, 1800, 1800),
    ]),
    ("Socialnämnden", [
        ("Särskilt boende Granlunden, 54 platser", 35000, 62000, 18000, 0),
        ("Gruppbostad enligt LSS, Björkvägen", 0, 3500, 16500, 0),
        ("Välfärdsteknik och trygghetslarm", 1500, 1200, 1200, 1200),
    ]),
    ("Tekniska nämnden", [
        ("Reinvestering i gator och vägar", 12000, 12000, 12500, 12500),
        ("Gång- och cykelväg Tjärnholm–Åsnäs", 0, 6500, 9000, 0),
        ("Förnyelse av VA-ledningar i centralorten", 18000, 18500, 19000, 19500),
        ("Nytt vattenverk i Tjärnholm, etapp 1", 4000, 25000, 55000, 40000),
        ("Fordon och arbetsmaskiner enligt utbytesplan", 3200, 2800, 3000, 3100),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan på Tjärnvallen", 7500, 0, 0, 0),
        ("Renovering av simhallen Tjärnbadet", 0, 0, 4500, 22000),
        ("Meröppet bibliotek och inventarier", 900, 400, 400, 400),
    ]),
]
C_YEARS = (2026, 2027, 2028, 2029)


def c_rows():
    """Flat list of (nämnd, projekt, y26, y27, y28, y29)."""
    return [(n, *p) for n, ps in C_INV for p in ps]


def c_summa(namnd):
    ps = dict(C_INV)[namnd]
    return tuple(sum(p[i] for p in ps) for i in range(1, 5))


def c_total():
    return tuple(sum(c_summa(n)[i] for n, _ in C_INV) for i in range(4))


# ---------------------------------------------------------------- (d) Aspedal, verksamhetsberättelse BUN 2025
# (mål, [(indikator, målvärde, utfall, status)])
D_MAL = [
    ("Mål 1. Alla barn och elever ska utvecklas så långt som möjligt och nå kunskapsmålen", [
        ("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "88 %", "84,6 %", "Delvis uppnått"),
        ("Genomsnittligt meritvärde i årskurs 9", "225", "228,4", "Uppnått"),
        ("Andel elever i årskurs 6 med lägst betyget E i matematik", "90 %", "86,1 %", "Delvis uppnått"),
        ("Andel elever i årskurs 3 som klarat samtliga delprov i svenska", "80 %", "71,5 %", "Ej uppnått"),
    ]),
    ("Mål 2. Barn och elever ska känna sig trygga och ha arbetsro i förskola och skola", [
        ("Andel elever i årskurs 5 som känner sig trygga i skolan", "95 %", "93,2 %", "Delvis uppnått"),
        ("Andel elever i årskurs 8 som upplever studiero på lektionerna", "75 %", "61,8 %", "Ej uppnått"),
        ("Andel vårdnadshavare som anser att barnet är tryggt i förskolan", "95 %", "96,4 %", "Uppnått"),
    ]),
    ("Mål 3. Förskola och skola ska ge likvärdiga förutsättningar i hela kommunen", [
        ("Antal barn per årsarbetare i förskolan", "högst 5,2", "5,6", "Ej uppnått"),
        ("Andel lärare med legitimation och behörighet i grundskolan", "80 %", "81,3 %", "Uppnått"),
        ("Andel barn som fått förskoleplats på önskat placeringsdatum", "90 %", "87,0 %", "Delvis uppnått"),
    ]),
    ("Mål 4. Verksamheten ska bedrivas med god ekonomisk hushållning och god arbetsmiljö", [
        ("Budgetavvikelse i procent av nettokostnaden", "0,0 %", "−1,3 %", "Ej uppnått"),
        ("Sjukfrånvaro bland nämndens medarbetare", "högst 6,0 %", "6,4 %", "Delvis uppnått"),
        ("Andel medarbetare som rekommenderar sin arbetsplats", "75 %", "77,0 %", "Uppnått"),
    ]),
]
D_BUDGET, D_UTFALL = 1084.6, 1098.8  # mnkr; underskott 14,2 mnkr

D_HANDELSER = [
    "I januari öppnade förskolan Lärkan i Aspedals centrum med sex avdelningar och plats för 110 barn.",
    "Nämnden beslutade i april om en ny resursfördelningsmodell för grundskolan som tar större hänsyn "
    "till elevernas socioekonomiska bakgrund.",
    "Ett mobilförbud under hela skoldagen infördes i samtliga grundskolor från och med "
    "höstterminen 2025.",
    "Skolinspektionen genomförde en regelbunden kvalitetsgranskning av Åsbyskolan, som förelades att "
    "åtgärda brister i studiero och extra anpassningar.",
    "Ombyggnaden av Aspedalsskolans kök blev klar i oktober och skolan lagar nu all mat på plats.",
    "Satsningen på läsfrämjande insatser i förskoleklass och årskurs 1 utvidgades till samtliga skolor.",
]

# ---------------------------------------------------------------- (e) Videberga, KS-protokoll 2026-03-10
# Anmälan av delegationsbeslut: ärende, beslutsfattare, datum, dnr
E_DEL = [
    ("Tilldelningsbeslut i upphandling av skolskjutsar 2026–2029", "Kommundirektör", "2026-01-14",
     "KS 2025/318"),
    ("Yttrande till Länsstyrelsen över ansökan om tillstånd för vindkraftspark vid Höjdåsen",
     "Kommunstyrelsens ordförande", "2026-01-21", "KS 2026/012"),
    ("Avskrivning av fordringar som understiger ett halvt prisbasbelopp", "Ekonomichef", "2026-01-30",
     "KS 2026/027"),
    ("Anställning av kommunikationschef", "Kommundirektör", "2026-02-03", "KS 2025/402"),
    ("Tillfällig upplåtelse av torget för Videbergadagarna", "Samhällsbyggnadschef", "2026-02-05",
     "KS 2026/033"),
    ("Utlämnande av allmän handling med förbehåll", "Kanslichef", "2026-02-11", "KS 2026/041"),
    ("Avtal om markupplåtelse för laddstationer vid Stationsgatan", "Samhällsbyggnadschef",
     "2026-02-12", "KS 2025/377"),
    ("Bidrag ur kommunstyrelsens förfogandeanslag till Videberga luciakommitté, 18 000 kronor",
     "Kommunstyrelsens ordförande", "2026-02-17", "KS 2026/048"),
    ("Förlängning av avtal om företagshälsovård till och med 2027-03-31", "HR-chef", "2026-02-19",
     "KS 2026/052"),
    ("Omdisponering inom kommunledningsförvaltningens budgetram", "Ekonomichef", "2026-02-24",
     "KS 2026/058"),
    ("Yttrande över remiss om regional trafikförsörjningsplan", "Kommunstyrelsens ordförande",
     "2026-02-26", "KS 2026/019"),
    ("Leasingavtal för fem tjänstebilar till hemtjänsten", "Kommundirektör", "2026-03-02", "KS 2026/061"),
    ("Ansökan om statsbidrag för sommarlovsaktiviteter, brådskande ärende",
     "Kommunstyrelsens ordförande", "2026-03-04", "KS 2026/065"),
]

# § 32 Årsredovisning 2025 – kommunstyrelsens förslag (att-satser)
E_ARS = [
    "att godkänna årsredovisningen 2025 för Videberga kommun,",
    "att av balanskravsresultatet om 23,4 mnkr reservera 9,0 mnkr till resultatutjämningsreserven,",
    "att överföra ej förbrukade investeringsmedel om 31,7 mnkr till 2026 enligt bilaga 2,",
    "att uppdra åt socialnämnden att senast den 30 september 2026 redovisa en åtgärdsplan för en "
    "budget i balans.",
]

# ---------------------------------------------------------------- (f) Ljungsäter, skolresultat åk 9
# skola, elever med betyg, varav behöriga till yrkesprogram, meritvärde 2025, meritvärde 2024
F_SKOLOR = [
    ("Centralskolan", 148, 121, 221.4, 215.9),
    ("Ljungskolan", 96, 83, 232.8, 236.1),
    ("Säterskolan", 112, 86, 208.3, 212.7),
    ("Hagaskolan F–9", 54, 49, 241.6, 233.0),
    ("Norrängsskolan", 88, 67, 199.5, 205.2),
    ("Björkhagsskolan F–9", 41, 38, 247.9, 244.3),
    ("Västra skolan", 123, 106, 226.0, 224.8),
    ("Östra Ljungs skola", 37, 28, 204.2, 196.0),
    ("Lillsjöskolan F–9", 29, 27, 252.3, 255.9),
    ("Kyrkbyskolan", 65, 51, 214.7, 213.1),
    ("Montessoriskolan Kompassen (fristående)", 32, 31, 261.5, 258.2),
    ("Novaskolan Ljungsäter (fristående)", 78, 70, 238.9, 241.4),
    ("Framstegsskolan (fristående)", 104, 92, 236.2, 229.9),
    ("Tallbackens skola", 59, 44, 201.8, 207.4),
]
F_PREV_TOTAL = 224.9  # kommunens meritvärde 2024 as published the year before


def f_row(r):
    s, n, b, m25, m24 = r
    return s, n, r1(100 * b / n), m25, r1(m25 - m24)


def f_total():
    n = sum(r[1] for r in F_SKOLOR)
    b = sum(r[2] for r in F_SKOLOR)
    m = r1(sum(r[1] * r[3] for r in F_SKOLOR) / n)
    return "Kommunen totalt", n, r1(100 * b / n), m, r1(m - F_PREV_TOTAL)


F_UTVECKLING = [
    "Studieron ska förbättras i högstadiet genom gemensamma ordningsregler, en tydlig lektionsstruktur "
    "och kollegial observation av undervisningen i samtliga skolor.",
    "Skolor med en andel behöriga under 80 procent ska ta fram riktade åtgärdsplaner tillsammans "
    "med elevhälsan och redovisa dem för nämnden senast den 31 januari 2026.",
    "Närvaron ska följas upp varje månad och insatser för elever med problematisk frånvaro ska "
    "påbörjas inom två veckor från att frånvaron uppmärksammats.",
    "Likvärdigheten i bedömning och betygssättning ska stärkas genom sambedömning av nationella prov "
    "mellan skolorna.",
    "Övergången från mellanstadiet till högstadiet ska förbättras med en gemensam rutin för "
    "överlämning av information om elevernas kunskaper och stödbehov.",
]

F_STOD = [
    "Läxhjälp två eftermiddagar i veckan",
    "Lovskola i matematik och svenska",
    "Studiehandledning på modersmålet",
    "Specialpedagogiskt stöd i mindre grupp",
    "Förstärkt studie- och yrkesvägledning",
    "Närvaroteam från centrala elevhälsan",
    "Prao med handledare i årskurs 8",
    "Digitala läromedel med talsyntes",
]
