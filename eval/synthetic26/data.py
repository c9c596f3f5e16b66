"""The numbers, rows and list items of the six synthetic26 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (risk values, counts,
sums per district and year, totals and shares, changes in per cent, subtotals, fee sums, the scanned text) are
computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def dmy(d):
    """date -> '30 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n):
    """12500 -> '12 500' (normal space, as printed in tables)."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(x):.1f}".replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0:
        return "+" + s
    return s


# =====================================================================================================
# (a) Tyllinge kommun – kommunstyrelsen: uppföljning av internkontrollplan 2026
# =====================================================================================================
A_MED = "Med anmärkning"
A_UTAN = "Utan anmärkning"
# (letter, process, [(nr, kontrollpunkt, metod, ansvarig, frekvens, S, K, resultat, riskvärde 2027)])
A_PROCESSES = [
    ("A", "Ekonomi och redovisning", [
        ("A1", "Attest av leverantörsfakturor enligt attestreglementet", "Stickprov, 25 fakturor per månad",
         "Ekonomichef", "Månadsvis", 2, 3, A_UTAN, 6),
        ("A2", "Representation och måltider", "Granskning av alla representationsfakturor över 2 000 kr",
         "Ekonomichef", "Kvartalsvis", 3, 2, A_MED, 9),
        ("A3", "Avstämning av balanskonton", "Kontroll av att avstämningar finns och är attesterade",
         "Redovisningsansvarig", "Kvartalsvis", 2, 4, A_UTAN, 8),
        ("A4", "Kundfakturor och påminnelser", "Genomgång av obetalda kundfakturor äldre än 60 dagar",
         "Ekonomichef", "Månadsvis", 3, 3, A_MED, 9),
        ("A5", "Leasingavtal för fordon", "Jämförelse mellan avtalsregister och fordonslista",
         "Fordonssamordnare", "Årsvis", 2, 2, A_UTAN, 4)]),
    ("B", "Upphandling och inköp", [
        ("B1", "Avtalstrohet vid inköp", "Stickprov, 40 inköp per kvartal mot avtalsdatabasen",
         "Upphandlingschef", "Kvartalsvis", 4, 3, A_MED, 12),
        ("B2", "Dokumentation av direktupphandlingar över 100 000 kr", "Granskning av samtliga "
         "direktupphandlingar", "Upphandlingschef", "Kvartalsvis", 3, 4, A_MED, 16),
        ("B3", "Uppföljning av villkor i ramavtal", "Intervju med avtalsansvariga och genomgång av tre avtal",
         "Upphandlingschef", "Årsvis", 2, 3, A_UTAN, 6),
        ("B4", "Inköpskort används enligt riktlinjen", "Stickprov, 15 transaktioner per månad",
         "Ekonomichef", "Månadsvis", 3, 2, A_UTAN, 4)]),
    ("C", "Personal och lön", [
        ("C1", "Lön betalas inte ut efter avslutad anställning", "Kontroll av avslutade anställningar mot "
         "lönelistan", "Lönechef", "Månadsvis", 2, 4, A_MED, 12),
        ("C2", "Registerkontroll vid anställning i förskola och skola", "Stickprov, 20 anställningar",
         "HR-chef", "Kvartalsvis", 2, 4, A_UTAN, 8),
        ("C3", "Tillbud och arbetsskador rapporteras", "Jämförelse mellan rapporteringssystemet och "
         "skyddsronderna", "HR-chef", "Årsvis", 3, 3, A_MED, 9),
        ("C4", "Övertid och mertid attesteras", "Stickprov, 30 poster per kvartal", "Lönechef",
         "Kvartalsvis", 3, 2, A_UTAN, 6),
        ("C5", "Semesterlöneskulden stäms av", "Avstämning mot lönesystemet vid årsskiftet", "Lönechef",
         "Årsvis", 1, 3, A_UTAN, 3)]),
    ("D", "IT och informationssäkerhet", [
        ("D1", "Behörigheter tas bort när en anställning upphör", "Jämförelse mellan användarkonton och "
         "personalregistret", "IT-chef", "Månadsvis", 3, 4, A_MED, 12),
        ("D2", "Säkerhetskopior kan läsas tillbaka", "Återläsningstest av två verksamhetssystem", "IT-chef",
         "Kvartalsvis", 2, 4, A_UTAN, 4),
        ("D3", "Personuppgiftsbiträdesavtal finns för alla system", "Genomgång av avtalen för tio system",
         "Dataskyddssamordnare", "Årsvis", 3, 3, A_UTAN, 6),
        ("D4", "Lösenordsregler i verksamhetssystemen", "Teknisk kontroll av inställningarna", "IT-chef",
         "Årsvis", 2, 3, A_UTAN, 6)]),
    ("E", "Ärendehantering och arkiv", [
        ("E1", "Diarieföring inom fem arbetsdagar", "Stickprov, 50 inkomna handlingar per kvartal",
         "Kanslichef", "Kvartalsvis", 3, 2, A_MED, 9),
        ("E2", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse mellan beslutslistor och "
         "protokoll", "Kanslichef", "Kvartalsvis", 2, 3, A_UTAN, 6),
        ("E3", "Gallring enligt dokumenthanteringsplanen", "Genomgång av två verksamheters arkiv", "Arkivarie",
         "Årsvis", 2, 2, A_UTAN, 4)]),
]
A_BREAK_AFTER = "C3"        # the table continues on p. 3 after this control point
A_FREQS = ["Månadsvis", "Kvartalsvis", "Årsvis"]
# observations with remarks (p. 3): (nr, iakttagelse, åtgärd, klart senast (date), written as 'iso'/'dmy')
A_FINDINGS = [
    ("A2", "I 5 av 38 granskade fakturor saknades uppgift om deltagare och syfte.",
     "Påminnelse till alla attestanter och en obligatorisk e-utbildning om representation.",
     _dt.date(2027, 3, 31), "dmy"),
    ("A4", "63 kundfakturor på sammanlagt 284 900 kr var äldre än 60 dagar utan att ha gått till inkasso.",
     "En ny rutin med påminnelse efter 30 dagar och inkasso efter 60 dagar.",
     _dt.date(2027, 4, 30), "iso"),
    ("B1", "9 av 160 granskade inköp gjordes utanför avtal, till ett värde av 412 600 kr.",
     "Inköpsstödet i e-handelssystemet byggs ut så att avtalsleverantören visas först.",
     _dt.date(2027, 6, 30), "dmy"),
    ("B2", "Två direktupphandlingar på sammanlagt 1 148 000 kr saknade dokumentation av hur de "
           "konkurrensutsattes.",
     "Alla direktupphandlingar över 100 000 kr registreras i upphandlingsverktyget.",
     _dt.date(2027, 3, 31), "iso"),
    ("C1", "Tre personer fick lön efter att anställningen hade upphört, sammanlagt 96 300 kr, som har "
           "återkrävts.",
     "Avslut av anställning registreras direkt i lönesystemet av chefen.",
     _dt.date(2027, 5, 31), "iso"),
    ("C3", "14 av 52 tillbud från skyddsronderna fanns inte i rapporteringssystemet.",
     "Utbildning för chefer och skyddsombud om hur tillbud rapporteras.",
     _dt.date(2027, 9, 30), "dmy"),
    ("D1", "27 användarkonton tillhörde personer som hade slutat, varav 4 hade behörighet till "
           "ekonomisystemet.",
     "Konton stängs automatiskt när anställningen avslutas i personalsystemet.",
     _dt.date(2027, 4, 15), "iso"),
    ("E1", "41 av 200 granskade handlingar diariefördes senare än fem arbetsdagar efter att de kom in.",
     "Registratorerna får en gemensam funktionsbrevlåda och en ersättare vid frånvaro.",
     _dt.date(2027, 10, 31), "dmy"),
]
A_PASSAGE = ("Riskvärdet för dokumentationen av direktupphandlingar höjs från 12 till 16 eftersom bristerna gällde "
             "två av årets största direktupphandlingar och kommunen ännu saknar ett gemensamt register för dem.")


def a_points():
    """[(letter, process, point tuple)]"""
    return [(l, p, pt) for l, p, pts in A_PROCESSES for pt in pts]


def a_rv(pt):
    return pt[5] * pt[6]


def a_counts():
    pts = [pt for _, _, pt in a_points()]
    return dict(n=len(pts), med=sum(1 for p in pts if p[7] == A_MED), utan=sum(1 for p in pts if p[7] == A_UTAN),
                freq={f: sum(1 for p in pts if p[4] == f) for f in A_FREQS},
                up=sum(1 for p in pts if p[8] > a_rv(p)), down=sum(1 for p in pts if p[8] < a_rv(p)))


def a_deadline(f):
    d, how = f[3], f[4]
    return d.isoformat() if how == "iso" else dmy(d)


# =====================================================================================================
# (b) Mjärdeviks kommun – underhållsplan för gator och vägar 2027–2031 (tekniska nämnden)
# =====================================================================================================
B_YEARS = [2027, 2028, 2029, 2030, 2031]
# (stadsdel, [(gata, delsträcka, längd m, tillståndsklass 1–4, åtgärd, år, år enligt plan 2026 or None,
#   kostnad tkr)])
B_DISTRICTS = [
    ("Mjärdeviks centrum", [
        ("Torggatan", "Tullgatan–Magasinsgatan", 310, 4, "Ny beläggning och kantsten", 2027, 2027, 1860),
        ("Tullgatan", "Hela gatan", 540, 3, "Ny beläggning", 2029, 2027, 1620),
        ("Magasinsgatan", "Torggatan–hamnen", 260, 2, "Spricklagning", 2031, 2029, 180),
        ("Ishusgatan", "Hela gatan", 180, 4, "Förstärkning och ny beläggning", 2027, 2026, 1240),
        ("Mjölnargatan", "Tullgatan–Ishusgatan", 420, 3, "Ny beläggning", 2029, 2029, 1050)]),
    ("Oxhagen", [
        ("Oxhagsvägen", "Mjölnargatan–Odalvägen", 1150, 3, "Ny beläggning", 2030, 2028, 2760),
        ("Odalvägen", "Hela vägen", 640, 4, "Förstärkning av bärlagret", 2028, 2028, 2310),
        ("Tranbärsvägen", "Hela vägen", 380, 2, "Ytbehandling", 2031, None, 230),
        ("Murklevägen", "Oxhagsvägen–vändplanen", 290, 3, "Ny beläggning", 2029, 2029, 700)]),
    ("Tegelvik", [
        ("Tegelugnsvägen", "Mästargatan–Tofsvipevägen", 1320, 4, "Förstärkning och ny beläggning", 2027, 2027,
         4620),
        ("Mästargatan", "Hela gatan", 470, 2, "Ytbehandling", 2030, 2030, 280),
        ("Ormbunksvägen", "Hela vägen", 350, 3, "Ny beläggning", 2028, None, 840),
        ("Tofsvipevägen", "Tegelugnsvägen–skolan", 560, 3, "Ny beläggning och gångbana", 2028, 2027, 1790)]),
    ("Ilsvik", [
        ("Ilsviksvägen", "Hela vägen", 2080, 3, "Ny beläggning", 2031, 2029, 4160),
        ("Trutvägen", "Hela vägen", 240, 4, "Ny beläggning", 2028, 2028, 620),
        ("Tångvägen", "Trutvägen–badplatsen", 310, 2, "Spricklagning", 2031, None, 90),
        ("Matrosgatan", "Hela gatan", 430, 3, "Ny beläggning", 2029, 2030, 1030)]),
]
B_BREAK_AFTER = "Ormbunksvägen"       # the table continues on p. 3 after this street
B_RAM = 5000                        # investment frame for resurfacing, tkr per year
B_CLASSES = [(1, "Mycket bra", "Inga åtgärder behövs under planperioden."),
             (2, "Bra", "Enstaka sprickor; förebyggande åtgärder."),
             (3, "Dålig", "Sprickor, lagningar och spårbildning; ny beläggning inom fem år."),
             (4, "Mycket dålig", "Potthål och sättningar; åtgärd inom två år.")]
B_PASSAGE = ("Oxhagsvägen flyttas från 2028 till 2030 eftersom vatten- och avloppsledningarna under vägen ska "
             "bytas 2028–2029, och den nya beläggningen läggs först när ledningsarbetet är klart.")


def b_streets():
    """[(district, street tuple)]"""
    return [(d, s) for d, ss in B_DISTRICTS for s in ss]


def b_year_sum(y):
    return sum(s[7] for _, s in b_streets() if s[5] == y)


def b_district_sum(d):
    ss = [s for dd, s in b_streets() if dd == d]
    return sum(s[2] for s in ss), sum(s[7] for s in ss)


def b_total():
    return sum(s[2] for _, s in b_streets()), sum(s[7] for _, s in b_streets())


def b_prev(s):
    return "–" if s[6] is None else str(s[6])


# =====================================================================================================
# (c) Orrhammars kommun – biblioteksstatistik 2026 (utlån och besök per bibliotek 2024–2026)
# =====================================================================================================
C_YEARS = [2024, 2025, 2026]
# (bibliotek, typ, utlån 2024/2025/2026, besök 2024/2025/2026 or None, öppettimmar per vecka 2026)
C_BRANCHES = [
    ("Orrhammars stadsbibliotek", "Huvudbibliotek", (142380, 138915, 141207), (168420, 171096, 174530), 58),
    ("Tunaby bibliotek", "Filial", (31645, 30112, 28904), (29870, 28455, 27118), 32),
    ("Ytterlunda bibliotek", "Filial", (24310, 25876, 27342), (21405, 22980, 24766), 28),
    ("Ängsbro bibliotek", "Filial", (18920, 17304, 11286), (20150, 19632, 12407), 24),
    ("Ollestads bibliotek", "Meröppet", (9877, 10215, 10638), (12330, 11980, 11742), 16),
    ("Marbäcka bibliotek", "Skol- och folkbibliotek", (14206, 14980, 15433), (16840, 17512, 18025), 20),
    ("Bokbussen", "Mobil", (11532, 11048, 11590), None, 22),
]
C_TOTAL = "Totalt"
C_PASSAGE = ("Ängsbro bibliotek var stängt från mars till juni 2026 medan lokalen fick ny ventilation och "
             "tillgänglighetsanpassades, och under stängningen fanns bara en hämtstation för reserverade böcker.")
C_PLANS = [
    "Ollestads bibliotek får meröppet även på söndagar från mars 2027.",
    "Bokbussen får en ny hållplats vid Marbäcka skola varannan torsdag eftermiddag.",
    "Tunaby bibliotek flyttar in i det nya kulturhuset när det står klart, preliminärt hösten 2028.",
    "Läsfrämjande insatser för barn i förskoleklass genomförs på alla bibliotek under våren 2027.",
]


def c_loans(k):
    return sum(b[2][k] for b in C_BRANCHES)


def c_visits(k):
    return sum(b[3][k] for b in C_BRANCHES if b[3])


def c_hours():
    return sum(b[4] for b in C_BRANCHES)


def c_pct(a, b):
    return r1((a - b) / b * 100)


def c_share(x, tot):
    return r1(x / tot * 100)


def c_branch(name):
    return [b for b in C_BRANCHES if b[0].startswith(name)][0]


# =====================================================================================================
# (d) Isbäcka kommun – miljö- och byggnadsnämnden: tillsynsplan 2027 för miljö- och hälsoskydd
# =====================================================================================================
# (område, [(objektkategori, antal objekt, avgiftsklass, tillsynsintervall, (planerade, utförda) 2025,
#   (planerade, utförda) 2026, timmar 2027)])
D_GROUPS = [
    ("Miljöskydd", [
        ("Tillståndspliktiga verksamheter (B)", 7, 6, "Årligen", (7, 7), (7, 6), 210),
        ("Anmälningspliktiga verksamheter (C)", 48, 4, "Vart 2:a år", (24, 22), (24, 19), 480),
        ("Lantbruk med djurhållning", 31, 3, "Vart 2:a år", (12, 12), (15, 15), 240),
        ("Drivmedelsstationer och bilverkstäder", 14, 3, "Vart 2:a år", (7, 5), (7, 7), 105),
        ("Enskilda avlopp", 1240, 1, "Vart 10:e år", (120, 96), (120, 134), 360)]),
    ("Hälsoskydd", [
        ("Förskolor och skolor", 36, 2, "Vart 2:a år", (18, 18), (18, 14), 180),
        ("Bassängbad", 4, 3, "Årligen", (4, 4), (4, 4), 40),
        ("Hygienlokaler (tatuering, fotvård m.m.)", 22, 2, "Vart 2:a år", (8, 6), (11, 11), 66),
        ("Flerbostadshus", 61, 1, "Vid behov", (10, 8), (10, 10), 80)]),
    ("Kemikalier och förorenade områden", [
        ("Köldmedieanläggningar", 85, 1, "Vid behov", (10, 10), (10, 7), 40),
        ("Förorenade områden, riskklass 1–2", 19, 4, "Vart 5:e år", (3, 2), (4, 4), 120)]),
]
D_FTE = "4,0"                # årsarbetskrafter för tillsyn
D_AVAIL = 2300               # timmar
D_EVENT = 420                # timmar för händelsestyrd tillsyn
D_PRIO = [
    "Tillsynen av enskilda avlopp fortsätter i Isbäckaåns avrinningsområde, där belastningen av fosfor är "
    "störst. Anläggningar som bedömdes ha bristande rening 2025 följs upp först.",
    "Förskolor och skolor som inte fick något besök 2026 inspekteras under första halvåret 2027, med inriktning "
    "på ventilation, buller och städning.",
    "Anmälningspliktiga verksamheter som hade brister vid förra besöket går före verksamheter som senast hade "
    "tillsyn utan anmärkning.",
    "Köldmedieanläggningar kontrolleras genom att årsrapporterna granskas vid skrivbordet; platsbesök görs bara "
    "där rapporten saknas eller visar läckage.",
    "Ett tillsynsprojekt om kemikaliehantering på bilverkstäder genomförs tillsammans med grannkommunerna "
    "under hösten 2027.",
]
D_PASSAGE = ("Tillsynen av förskolor och skolor blev lägre än planerat eftersom en inspektör var föräldraledig "
             "under hösten 2026 och vikariatet inte gick att tillsätta.")


def d_rows():
    """[(group, row tuple)]"""
    return [(gr, r) for gr, rs in D_GROUPS for r in rs]


def d_sum(group=None):
    """(objekt, p25, u25, p26, u26, timmar) for a group or all."""
    rs = [r for gr, r in d_rows() if group in (None, gr)]
    return (sum(r[1] for r in rs), sum(r[4][0] for r in rs), sum(r[4][1] for r in rs), sum(r[5][0] for r in rs),
            sum(r[5][1] for r in rs), sum(r[6] for r in rs))


# =====================================================================================================
# (e) Ylvasunds kommun – energirapport 2026 för kommunens fastigheter
# =====================================================================================================
# (byggnad, typ, kWh/m² 2025, kWh/m² 2026, mål 2026 kWh/m²)
E_BUILDINGS = [
    ("Ylvasunds stadshus", "Kontor", 118, 112, 115),
    ("Tingshuset", "Kontor", 96, 99, 100),
    ("Tornrosskolan", "Skola", 131, 124, 115),
    ("Idunskolan", "Skola", 108, 111, 110),
    ("Tuvängsskolan", "Skola", 142, 138, 120),
    ("Tranhöjdsskolan", "Skola", 99, 94, 100),
    ("Tvärskogs skola", "Skola", 127, 130, 125),
    ("Myrstackens förskola", "Förskola", 126, 119, 120),
    ("Oktavens förskola", "Förskola", 114, 117, 120),
    ("Odalgårdens förskola", "Förskola", 135, 128, 130),
    ("Mistelns förskola", "Förskola", 109, 106, 110),
    ("Mariagårdens äldreboende", "Äldreboende", 168, 161, 150),
    ("Ängshemmet", "Äldreboende", 152, 155, 155),
    ("Yngvegårdens gruppbostad", "Gruppbostad", 139, 132, 135),
    ("Ylvasundshallen", "Idrottshall", 147, 151, 140),
    ("Ylvasunds ishall", "Ishall", 312, 298, 300),
    ("Mediateket", "Bibliotek", 104, 101, 105),
    ("Fritidsgården Tändstickan", "Fritidsgård", 121, 116, 120),
]
E_SPLIT = 9                   # rows in the left half of the split table
E_COST = (15.3, 15.0, 14.6)   # energikostnad mnkr: utfall 2025, budget 2026, utfall 2026
# measures (text, year)
E_MEASURES = [
    ("Tilläggsisolering av vindsbjälklaget i Tvärskogs skola", 2027),
    ("Ny ventilation med värmeåtervinning i Tornrosskolan", 2027),
    ("LED-belysning med närvarostyrning i Ylvasundshallen", 2027),
    ("Injustering av värmesystemet i Ängshemmet", 2027),
    ("Solceller på taket till Mariagårdens äldreboende, cirka 120 kW", 2028),
    ("Nytt styrsystem för värme och ventilation i Idunskolan", 2028),
    ("Nya kylaggregat med värmeåtervinning i Ylvasunds ishall", 2028),
    ("Fönsterbyte i Tuvängsskolan", 2029),
]
E_PASSAGE = ("Ökningen i Ylvasundshallen beror på att hallen hade öppet även under sommaren 2026 och att "
             "värmeåtervinningen i ventilationen var ur funktion från maj till juli.")


def e_change(b):
    return r1((b[3] - b[2]) / b[2] * 100)


def e_meets(b):
    """the building reaches its target if its use 2026 is at or below the target"""
    return b[3] <= b[4]


# =====================================================================================================
# (f) Äppelviks kommun – miljö- och byggnadsnämnden: anmälan av delegationsbeslut om bygglov, september 2027
#     (p. 2 SCANNED: a case-system printout)
# =====================================================================================================
# (nr, datum, fastighet, åtgärd, beslut, avgift kr)
F_DECISIONS = [
    ("B 2027-401", _dt.date(2027, 9, 2), "Malmen 3", "Nybyggnad av enbostadshus med garage", "Beviljas", 28450),
    ("B 2027-402", _dt.date(2027, 9, 2), "Tjädern 7", "Tillbyggnad av enbostadshus, uterum 18 m²", "Beviljas",
     9870),
    ("B 2027-403", _dt.date(2027, 9, 6), "Oxeln 12", "Nybyggnad av förråd och carport", "Beviljas", 7230),
    ("B 2027-404", _dt.date(2027, 9, 7), "Äppelvik 3:12", "Nybyggnad av fritidshus utanför detaljplan", "Avslås",
     6120),
    ("B 2027-405", _dt.date(2027, 9, 9), "Ingenjören 5", "Ändrad användning från kontor till fyra lägenheter",
     "Beviljas", 31600),
    ("B 2027-406", _dt.date(2027, 9, 13), "Yxan 2", "Fasadändring, nya fönster och tilläggsisolering",
     "Beviljas", 5480),
    ("B 2027-407", _dt.date(2027, 9, 14), "Malmen 8", "Rivning av komplementbyggnad", "Beviljas", 3150),
    ("B 2027-408", _dt.date(2027, 9, 16), "Orgeln 1", "Nybyggnad av flerbostadshus med 24 lägenheter",
     "Beviljas", 142800),
    ("B 2027-409", _dt.date(2027, 9, 20), "Tjädern 2", "Skylt på fasad, 6 m²", "Beviljas", 4260),
    ("B 2027-410", _dt.date(2027, 9, 21), "Oxeln 4", "Tillbyggnad av garage som överskrider byggrätten",
     "Avslås", 5940),
    ("B 2027-411", _dt.date(2027, 9, 23), "Äppelträdet 9", "Nybyggnad av växthus, 24 m²", "Beviljas", 3980),
    ("B 2027-412", _dt.date(2027, 9, 27), "Ingenjören 11", "Nybyggnad av lagerbyggnad", "Beviljas", 68350),
    ("B 2027-413", _dt.date(2027, 9, 28), "Yxan 7", "Nybyggnad av enbostadshus", "Beviljas", 26910),
    ("B 2027-414", _dt.date(2027, 9, 30), "Malmen 1", "Tidsbegränsat bygglov för skolpaviljong till och med "
     "2032-09-30", "Beviljas", 18740),
]
F_NOTE = ("Anm. B 2027-404: Avslag. Platsen ligger inom strandskyddat område och utanför de områden som "
          "översiktsplanen pekar ut för ny bebyggelse.")
F_NOTE2 = ("Anm. B 2027-410: Avslag. Tillbyggnaden skulle ge en byggnadsarea på 212 m², mot högst 180 m² enligt "
           "detaljplanen.")
F_MBN_DATE = _dt.date(2027, 10, 20)     # the meeting where the decisions are reported (p. 1)
F_SKRIVELSE = "2027-10-05"
# handläggningstider (p. 3): (ärendetyp, beslut jan–sep 2026, beslut jan–sep 2027, median veckor 2026,
#   median veckor 2027, andel inom 10 veckor 2027 %)
F_TIMES = [
    ("Nybyggnad av enbostadshus", 28, 31, 6.1, 5.4, 97),
    ("Tillbyggnad", 46, 52, 4.3, 4.8, 100),
    ("Nybyggnad av flerbostadshus", 4, 6, 8.2, 9.6, 83),
    ("Industri- och lagerbyggnader", 7, 5, 7.5, 7.0, 100),
    ("Ändrad användning", 9, 12, 5.2, 6.3, 92),
    ("Skyltar och fasadändringar", 21, 18, 2.9, 2.6, 100),
    ("Rivningslov", 11, 8, 3.4, 3.1, 100),
]


def f_fee(n):
    return f"{n:,}".replace(",", " ")


def f_fee_sum():
    return sum(d[5] for d in F_DECISIONS)


def f_line(d):
    """one printout line of the scanned list (columns kept by spaces)"""
    return f"{d[0]:<12}{d[1].isoformat():<12}{d[2]:<15}{d[3]}"


def f_scan_rows():
    """[(first line, continuation lines, beslut, avgift)] as printed: the measure wraps at 30 characters"""
    out = []
    for d in F_DECISIONS:
        words, lines, cur = d[3].split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if len(t) <= 30 or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        out.append((d, lines))
    return out


def f_scan_blocks():
    head = f"{'Ärendenr':<12}{'Beslut den':<12}{'Fastighet':<15}{'Åtgärd':<32}{'Beslut':<10}{'Avgift, kr':>10}"
    lines = []
    for d, al in f_scan_rows():
        first = f"{d[0]:<12}{d[1].isoformat():<12}{d[2]:<15}{al[0]:<32}{d[4]:<10}{f_fee(d[5]):>10}"
        lines.append(first)
        for extra in al[1:]:
            lines.append(" " * 39 + extra)
    n_bev = sum(1 for d in F_DECISIONS if d[4] == "Beviljas")
    n_avs = len(F_DECISIONS) - n_bev
    return [
        ("mono", "ÄPPELVIKS KOMMUN          Miljö- och byggnadsnämnden"),
        ("mono", "Ärendesystemet Bygg    Utskrift 2027-10-04 08:12    Sida 1 (1)"),
        ("dash", ""),
        ("monob", "DELEGATIONSLISTA - BYGGLOV, RIVNINGSLOV OCH MARKLOV"),
        ("mono", "Period: 2027-09-01 -- 2027-09-30    Delegat: bygglovshandläggare"),
        ("dash", ""),
        ("monob", head),
        ("dash", ""),
        *[("mono", ln) for ln in lines],
        ("dash", ""),
        ("mono", f"Antal beslut: {len(F_DECISIONS)}   varav beviljade: {n_bev}   avslag: {n_avs}"),
        ("mono", f"Summa avgifter: {f_fee(f_fee_sum())} kr"),
        ("sp", ""),
        ("mono", F_NOTE),
        ("mono", F_NOTE2),
        ("sp", ""),
        ("stamp", "ANMÄLD MBN 2027-10-20"),
        ("sign", "Ingela Tapper, bygglovschef"),
    ]


def f_scan_text():
    """The text printed in the scanned image, one printout line per line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("dash", "sp"):
            continue
        out.append(" ".join(t.split()))
    return "\n".join(out)
