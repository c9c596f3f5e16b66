"""Table rows and list items of the five synthetic9 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them."""

# ---------------------------------------------------------------- (a) Tistelholm, KS internkontrollplan 2026
# (process, risk, sannolikhet, konsekvens, kontrollmoment, ansvarig, frekvens); riskvärde = S × K
A_RISKER = [
    ("Leverantörsfakturor", "Betalning går till fel mottagare efter bluffakturor eller falska ändringar av "
     "bankgironummer", 3, 4, "Stickprov på 40 ändringar av leverantörers betalningsuppgifter mot underlag",
     "Ekonomichef", "Kvartalsvis"),
    ("Leverantörsfakturor", "Attest görs av person utan behörighet eller i strid med jävsreglerna", 2, 3,
     "Kontroll av attestförteckningen mot behörigheterna i ekonomisystemet", "Ekonomichef", "Halvårsvis"),
    ("Löneutbetalning", "Felaktiga löner betalas ut när frånvaro rapporteras in för sent", 3, 3,
     "Avstämning av registrerad frånvaro mot utbetald lön för 25 slumpvis valda anställda", "Lönechef",
     "Månadsvis"),
    ("Löneutbetalning", "Lön betalas ut till person som har slutat sin anställning", 2, 4,
     "Jämförelse mellan avslutade anställningar och lönelistan", "Lönechef", "Månadsvis"),
    ("Upphandling", "Inköp görs utan avtal eller i strid med upphandlingsreglerna (otillåten "
     "direktupphandling)", 4, 3, "Analys av inköp över 100 000 kronor hos leverantörer som saknar avtal",
     "Upphandlingschef", "Varje tertial"),
    ("Upphandling", "Direktupphandlingar dokumenteras inte enligt riktlinjerna", 3, 2,
     "Granskning av dokumentationen för tio direktupphandlingar", "Upphandlingschef", "Halvårsvis"),
    ("Avtalsuppföljning", "Leverantörer levererar inte enligt avtalade villkor utan att det upptäcks", 3, 3,
     "Uppföljning av de fem avtal som har högst inköpsvolym", "Upphandlingschef", "Årligen"),
    ("Informationssäkerhet", "Obehöriga får tillgång till personuppgifter i verksamhetssystemen", 2, 4,
     "Kontroll av behörigheter i tre verksamhetssystem mot aktuella anställningar", "IT-chef", "Halvårsvis"),
    ("Informationssäkerhet", "Verksamhetskritiska system kan inte återställas efter ett it-angrepp", 3, 4,
     "Test av återläsning av säkerhetskopior för ekonomi- och lönesystemen", "IT-chef", "Årligen"),
    ("Allmänna handlingar", "Begärda allmänna handlingar lämnas inte ut skyndsamt", 3, 2,
     "Mätning av handläggningstiden för utlämnande av allmänna handlingar", "Kanslichef", "Kvartalsvis"),
    ("Diarieföring", "Inkomna handlingar registreras inte eller registreras för sent", 2, 2,
     "Stickprov på 30 inkomna e-postmeddelanden till kommunens funktionsbrevlåda", "Kanslichef",
     "Varje tertial"),
    ("Delegationsbeslut", "Beslut som fattats med stöd av delegation anmäls inte till kommunstyrelsen", 3, 3,
     "Jämförelse mellan diarieförda och anmälda delegationsbeslut", "Kanslichef", "Varje tertial"),
    ("Bisysslor", "Anställda har förtroendeskadande bisysslor som inte har anmälts", 2, 3,
     "Kontroll att samtliga chefer har genomfört den årliga inventeringen av bisysslor", "HR-chef", "Årligen"),
    ("Arbetsmiljö", "Hög sjukfrånvaro till följd av brister i det systematiska arbetsmiljöarbetet", 3, 3,
     "Kontroll att skyddsronder och riskbedömningar har genomförts på samtliga enheter", "HR-chef",
     "Halvårsvis"),
    ("Krisberedskap", "Samhällsviktig verksamhet kan inte upprätthållas vid ett längre elavbrott", 2, 4,
     "Genomgång av reservkraft och kontinuitetsplaner för samhällsviktig verksamhet", "Säkerhetssamordnare",
     "Årligen"),
    ("Representation", "Representation sker i strid med riktlinjerna eller utan dokumenterat syfte", 3, 2,
     "Stickprov på 20 verifikationer avseende representation", "Ekonomichef", "Halvårsvis"),
    ("Kontanthantering", "Stöld eller förlust av kontanter i verksamheter som har kassor", 1, 3,
     "Oanmäld kassainventering på två enheter", "Ekonomichef", "Halvårsvis"),
    ("Fastighetsunderhåll", "Planerat underhåll skjuts upp så att fastigheternas skick och värde försämras",
     4, 4, "Avstämning av utfört underhåll mot den fleråriga underhållsplanen", "Fastighetschef",
     "Varje tertial"),
    ("Sociala medier", "Kommunens konton i sociala medier kapas eller används på ett felaktigt sätt", 2, 2,
     "Kontroll av behörigheter och tvåstegsverifiering för kommunens konton", "Kommunikationschef", "Årligen"),
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder eller till föreningar som inte uppfyller "
     "villkoren", 2, 3, "Stickprov på tio beviljade bidrag mot ansökan och redovisning", "Fritidschef",
     "Årligen"),
]
A_FREKVENS = ["Månadsvis", "Kvartalsvis", "Varje tertial", "Halvårsvis", "Årligen"]

# kommunstyrelsens beslut, lettered a) – d) on p. 1
A_BESLUT = [
    "fastställa internkontrollplan 2026 för kommunstyrelsen i enlighet med bilaga 1,",
    "uppdra åt kommundirektören att senast den 30 september 2026 redovisa hur de brister som upptäcktes "
    "vid 2025 års kontroller av leverantörsfakturor har åtgärdats,",
    "uppdra åt kommundirektören att i samråd med förvaltningarna ta fram en gemensam mall för "
    "riskanalyser inför 2027 års planer,",
    "lägga uppföljningen av internkontrollplan 2025 till handlingarna.",
]


# ---------------------------------------------------------------- (b) Kvistberg, investeringsbudget 2026–2029
# groups: (heading, summa label, [(projekt, total utgift, 2026, 2027, 2028, 2029), ...]); amounts in tkr
B_GRUPPER = [
    ("Kommunstyrelsen", "Summa kommunstyrelsen", [
        ("Digitalisering och e-tjänster", 6000, 1500, 1500, 1500, 1500),
        ("Reinvestering it-infrastruktur", 8800, 2200, 2200, 2200, 2200),
        ("Ny brandstation i Kvistberg³", 78500, 11000, 30000, 37500, 0),
        ("Markförvärv för verksamhetsmark", 12000, 3000, 3000, 3000, 3000),
    ]),
    ("Exploatering", "Summa exploatering", [
        ("Bostadsområde Ugglemyren etapp 2, gator och va", 24000, 8000, 12000, 4000, 0),
        ("Tomtförsäljning Ugglemyren etapp 2", -18000, -4000, -6000, -6000, -2000),
    ]),
    ("Barn- och utbildningsnämnden", "Summa barn- och utbildningsnämnden", [
        ("Ny förskola Lönnbacken, sex avdelningar", 64000, 22000, 36000, 6000, 0),
        ("Om- och tillbyggnad av Svanbergsskolan", 52500, 2500, 18000, 24000, 4000),
        ("Inventarier förskola och skola", 9600, 2400, 2400, 2400, 2400),
        ("Upprustning av skolgårdar", 6400, 1600, 1600, 1600, 1600),
    ]),
    ("Samhällsbyggnadsnämnden, skattefinansierat", "Summa samhällsbyggnadsnämnden, skattefinansierat", [
        ("Beläggningsprogram gator och vägar", 36000, 9000, 9000, 9000, 9000),
        ("Gång- och cykelväg Kvistberg–Lillskär", 14200, 0, 7100, 7100, 0),
        ("Trafiksäkerhetsåtgärder", 4000, 1000, 1000, 1000, 1000),
        ("Byte till LED-armaturer i gatubelysningen", 7500, 2500, 2500, 2500, 0),
    ]),
    ("Samhällsbyggnadsnämnden, vatten och avlopp", "Summa vatten och avlopp", [
        ("Nytt vattenverk vid Tjädermossen¹", 148500, 12000, 45000, 55000, 30000),
        ("Överföringsledning Lillskär–Kvistberg", 41200, 18600, 20000, 0, 0),
        ("Förnyelse av ledningsnätet", 38000, 9500, 9500, 9500, 9500),
    ]),
    ("Kultur- och fritidsnämnden", "Summa kultur- och fritidsnämnden", [
        ("Ny sporthall vid Svanbergsskolan", 52000, 0, 4000, 26000, 22000),
        ("Konstgräsplan Kvistvallen", 9800, 9800, 0, 0, 0),
        ("Upprustning av badplatser", 2400, 600, 600, 600, 600),
        ("Meröppet bibliotek i Lillskär", 1200, 1200, 0, 0, 0),
    ]),
    ("Socialnämnden", "Summa socialnämnden", [
        ("Nytt särskilt boende Kastanjen, 80 platser²", 189500, 6000, 40000, 80000, 60000),
        ("Välfärdsteknik", 4800, 1200, 1200, 1200, 1200),
        ("Inventarier till särskilt boende Kastanjen", 3200, 0, 0, 1600, 1600),
    ]),
]

# bullets in the right-hand column of p. 1 (complete list)
B_PRIO = [
    "Investeringar som krävs enligt lag eller myndighetsbeslut går före andra projekt.",
    "Befintliga anläggningar ska underhållas innan nya byggs.",
    "Projekt som minskar kommunens driftkostnader eller energiförbrukning prioriteras.",
    "Avgiftsfinansierade investeringar inom vatten och avlopp ska bära sina egna kapitalkostnader.",
    "Varje nytt projekt över 20 mnkr ska ha en beslutad förstudie innan det tas upp i budgeten.",
]


def b_rows():
    """Flat project rows: (grupp, projekt, total, 2026, 2027, 2028, 2029)."""
    return [(g, *r) for g, _, rows in B_GRUPPER for r in rows]


def b_sum(rows):
    return tuple(sum(r[i] for r in rows) for i in range(1, 6))


def b_total():
    return b_sum([r[1:] for r in b_rows()])


# ---------------------------------------------------------------- (c) Gillerbacka, kunskapsresultat 2025/26
# (skolenhet, huvudman, antal elever åk 9 vt 2026, meritvärde vt 2025, vt 2026, behörighet % vt 2025, vt 2026)
# None = "–" (uppgift saknas), "*" = suppressed (fewer than ten pupils)
C_AK9 = [
    ("Backeskolan 7–9", "Kommunal", 112, 214.3, 221.8, 82.1, 86.6),
    ("Gillerbackaskolan 7–9", "Kommunal", 146, 231.5, 226.0, 88.4, 84.2),
    ("Hästhagens skola F–9", "Kommunal", 48, 205.7, 198.2, 79.6, 75.0),
    ("Klockarängens skola F–9", "Kommunal", 37, 242.9, 247.1, 94.1, 91.9),
    ("Lindskogs friskola 6–9", "Fristående", 29, 251.0, 249.3, 96.2, 100.0),
    ("Mossebo skola F–9", "Kommunal", 8, "*", "*", "*", "*"),
    ("Nyängens skola 7–9", "Kommunal", 64, 198.6, 207.4, 71.3, 78.1),
    ("Rävåsens skola F–9", "Kommunal", 21, 219.0, 212.5, 85.0, 81.0),
    ("Vitsippans friskola 7–9¹", "Fristående", 34, None, 236.4, None, 88.2),
    ("Östergärdets skola 7–9", "Kommunal", 88, 209.9, 215.6, 80.7, 79.4),
    ("Gillerbacka resursskola", "Kommunal", 6, "*", "*", "*", "*"),
]
C_TOTAL = ("Kommunen totalt", "", 593, 220.4, 222.9, 84.0, 84.3)
C_RIKET = ("Riket, samtliga huvudmän²", "", None, 229.4, 228.1, 84.8, 84.1)

# åk 6: (skolenhet, antal elever, andel med lägst E i svenska %, matematik %, engelska %)
C_AK6 = [
    ("Backeskolan F–6", 74, 93.2, 86.5, 95.9),
    ("Hästhagens skola F–9", 41, 87.8, 73.2, 90.2),
    ("Klockarängens skola F–9", 33, 97.0, 93.9, 100.0),
    ("Lindskogs friskola 6–9", 27, 96.3, 92.6, 96.3),
    ("Mossebo skola F–9", 9, "*", "*", "*"),
    ("Norrhagens skola F–6", 58, 89.7, 77.6, 91.4),
    ("Rävåsens skola F–9", 19, 84.2, 68.4, 89.5),
    ("Sävstaängens skola F–6", 66, 92.4, 84.8, 97.0),
    ("Tranebo skola F–6", 45, 91.1, 71.1, 93.3),
]

C_OMRADEN = [
    "Matematikundervisningen i årskurs 4–6 ska stärkas genom ett gemensamt kartläggningsmaterial och "
    "fortbildning för samtliga lärare som undervisar i ämnet.",
    "Skolorna med lägst behörighet ska få förstärkt studiehandledning på modersmålet.",
    "Övergången mellan årskurs 6 och 7 ska följas upp med en gemensam rutin för överlämning.",
    "Närvaron ska följas upp varje månad på alla skolenheter och rapporteras till nämnden per tertial.",
]


def c_fmt(v):
    if v is None:
        return "–"
    if v == "*":
        return "*"
    return f"{v:.1f}".replace(".", ",")


# ---------------------------------------------------------------- (d) Region Norrvidden, personalbokslut 2025
# (förvaltning, anställda 2025, sjukfrånvaro % 2024, 2025, långtid % 2024, 2025)
D_SJUK = [
    ("Akutsjukvårdsförvaltningen", 2310, 8.4, 8.7, 3.9, 4.1),
    ("Förvaltningen för planerad specialistvård", 1645, 7.3, 6.6, 3.1, 2.7),
    ("Psykiatriförvaltningen", 812, 8.9, 8.1, 4.4, 3.7),
    ("Primärvårdsförvaltningen", 1204, 7.6, 7.9, 3.0, 3.4),
    ("Diagnostik och medicinsk service", 690, 6.6, 6.6, 2.6, 2.5),
    ("Folktandvården", 498, 6.1, 5.4, 2.2, 1.9),
    ("Kollektivtrafikförvaltningen", 233, 5.8, 6.3, 2.5, 2.9),
    ("Regionservice", 574, 6.9, 6.2, 3.3, 2.7),
    ("Kultur- och utbildningsförvaltningen", 211, 4.7, 4.5, 1.8, 1.6),
    ("Regionledningsförvaltningen", 235, 3.9, 4.0, 1.2, 1.2),
]
D_TOTAL = ("Region Norrvidden totalt", 8412, 7.4, 7.3, 3.3, 3.2)

# uppföljning av uppdrag: (nr, uppdrag, ansvarig, klart senast as printed, ISO deadline, status)
D_UPPDRAG = [
    (1, "Ta fram en regiongemensam handlingsplan för minskad sjukfrånvaro", "HR-direktör", "december 2025",
     "2025-12-31", "Genomfört"),
    (2, "Införa ett digitalt system för schemaläggning inom akutsjukvården", "Förvaltningschef akutsjukvård",
     "2026-06-30", "2026-06-30", "Pågår"),
    (3, "Utreda förutsättningarna för ett eget bemanningsföretag", "HR-direktör", "mars 2026", "2026-03-31",
     "Avslutat"),
    (4, "Utvärdera försöket med förkortad arbetstid för sjuksköterskor som arbetar natt",
     "Förvaltningschef planerad specialistvård", "juni 2026", "2026-06-30", "Pågår"),
    (5, "Genomföra en lönekartläggning enligt diskrimineringslagen", "HR-direktör", "2025-10-31", "2025-10-31",
     "Genomfört"),
    (6, "Inrätta ett gemensamt introduktionsprogram för nyanställda undersköterskor",
     "Förvaltningschef primärvård", "september 2026", "2026-09-30", "Ej påbörjat"),
    (7, "Ta fram riktlinjer för distansarbete", "Regiondirektör", "2025-06-30", "2025-06-30", "Genomfört"),
    (8, "Halvera kostnaderna för inhyrda sjuksköterskor jämfört med 2024", "Förvaltningschef akutsjukvård",
     "december 2026", "2026-12-31", "Pågår"),
    (9, "Bygga upp en intern bemanningspool för vårdyrken", "HR-direktör", "2026-12-31", "2026-12-31", "Pågår"),
    (10, "Införa chefsavtal med tydliga befogenheter för alla första linjens chefer", "HR-direktör",
     "april 2026", "2026-04-30", "Ej påbörjat"),
    (11, "Genomföra en medarbetarenkät med ett nytt frågebatteri", "HR-direktör", "november 2025", "2025-11-30",
     "Genomfört"),
    (12, "Utreda en samordnad rekrytering av läkare till primärvården", "Förvaltningschef primärvård",
     "2026-05-31", "2026-05-31", "Ej påbörjat"),
    (13, "Ta fram en kompetensförsörjningsplan för kollektivtrafiken", "Förvaltningschef kollektivtrafik",
     "juni 2026", "2026-06-30", "Pågår"),
    (14, "Avveckla lokala tillägg för obekväm arbetstid som avviker från centrala avtal", "HR-direktör",
     "2025-12-31", "2025-12-31", "Avslutat"),
]
D_STATUS = ["Genomfört", "Pågår", "Ej påbörjat", "Avslutat"]


# ---------------------------------------------------------------- (e) Vrångsta, KS protokoll 2026-06-09
# anmälda delegationsbeslut: (nr, datum, beslutsfattare, ärende)
E_DELEG = [
    ("D 38/2026", "2026-03-30", "Kommundirektör", "Anställning av förvaltningschef för "
     "samhällsbyggnadsförvaltningen"),
    ("D 39/2026", "2026-04-02", "Ekonomichef", "Upptagande av lån om 40 mnkr inom den låneram som "
     "fullmäktige har beslutat"),
    ("D 40/2026", "2026-04-09", "Kommunstyrelsens ordförande", "Yttrande till länsstyrelsen om "
     "strandskyddsdispens vid Hemviken, brådskande ärende"),
    ("D 41/2026", "2026-04-15", "Upphandlingschef", "Tilldelningsbeslut i upphandlingen av skolskjuts "
     "2026–2030"),
    ("D 42/2026", "2026-04-22", "Kommundirektör", "Tillfälligt ändrade öppettider i kontaktcenter under "
     "juli och augusti"),
    ("D 43/2026", "2026-04-28", "Säkerhetssamordnare", "Yttrande till polismyndigheten om offentlig "
     "tillställning under Vrångstadagarna"),
    ("D 44/2026", "2026-05-05", "Kommunstyrelsens ordförande", "Yttrande över remissen om regional "
     "transportplan, brådskande ärende"),
    ("D 45/2026", "2026-05-12", "Ekonomichef", "Avskrivning av 27 fordringar under 5 000 kronor, "
     "sammanlagt 38 450 kronor"),
    ("D 46/2026", "2026-05-19", "Kommundirektör", "Avtal med grannkommunerna om gemensam "
     "löneadministration från 2027"),
    ("D 47/2026", "2026-05-26", "HR-chef", "Revidering av rutinen för hantering av bisysslor"),
    ("D 48/2026", "2026-05-28", "Upphandlingschef", "Avbrytande av upphandlingen av städtjänster"),
]

# revisorernas rekommendationer (numbered, § 88) – complete list
E_REK = [
    "Kommunstyrelsen bör ta fram en långsiktig underhållsplan för samtliga verksamhetsfastigheter som "
    "omfattar minst tio år och som uppdateras årligen i samband med budgetarbetet.",
    "Kommunstyrelsen bör säkerställa att det eftersatta underhållet inventeras och kostnadsberäknas, så att "
    "fullmäktige får ett samlat underlag för prioriteringar.",
    "Kommunstyrelsen bör tydliggöra ansvarsfördelningen mellan fastighetsavdelningen och de verksamheter "
    "som hyr lokalerna, särskilt när det gäller mindre reparationer.",
    "Kommunstyrelsen bör följa upp att budgeterade underhållsmedel används för planerat underhåll och inte "
    "för akuta reparationer eller anpassningar av lokaler.",
    "Kommunstyrelsen bör regelbundet rapportera till fullmäktige hur fastigheternas tekniska skick "
    "utvecklas, med nyckeltal som kan jämföras över tid.",
]
# kommunstyrelsens beslut i § 88, lettered a) – c)
E_BESLUT88 = [
    "anta förvaltningens yttrande som sitt svar på revisionsrapporten,",
    "uppdra åt kommundirektören att senast den 31 mars 2027 presentera en underhållsplan för perioden "
    "2027–2036,",
    "uppdra åt kommundirektören att i delårsrapporten och årsredovisningen redovisa nyckeltal för "
    "fastigheternas tekniska skick.",
]
