"""The numbers, rows and list items of the six synthetic23 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (sums, deviations,
weighted totals, fees including VAT, annual costs) are computed here, never typed twice.

Amounts are kept as integers in their smallest printed unit (tenths of mnkr, tkr, öre, tenths of a per cent)
so that every sum is exact; the format helpers below turn them into Swedish strings ("1 509,4", "−41,8",
"+2,7", "4 480,00")."""
from fractions import Fraction

MINUS = "\u2212"
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


# ---------------------------------------------------------------- formatting
def grp(n):
    """12500 -> '12 500', -1250 -> '−1 250'."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def t1(x, plus=False):
    """an integer in tenths -> '1 509,4' / '−41,8' (with plus=True: '+2,7'; zero stays '0,0')."""
    s = grp(abs(x) // 10) + "," + str(abs(x) % 10)
    if x < 0:
        return MINUS + s
    return ("+" + s) if (plus and x > 0) else s


def kr2(ore):
    """an integer in öre -> '4 480,00'."""
    return grp(ore // 100) + "," + f"{ore % 100:02d}"


def rhu(fr):
    """round half up of a non-negative or negative Fraction to an integer."""
    fr = Fraction(fr)
    if fr >= 0:
        return int(fr + Fraction(1, 2))
    return -int(-fr + Fraction(1, 2))


def quarter(yq):
    return f"kv {yq[1]} {yq[0]}"


# =====================================================================================================
# (a) Vessinge kommun – delårsrapport januari–augusti 2026 (mnkr, in tenths)
# =====================================================================================================
A_COLS = ["Utfall jan–aug 2026", "Utfall jan–aug 2025", "Budget 2026", "Prognos 2026", "Avvikelse mot budget"]
# the rows of the income statement: (label, values [utfall 2026, utfall 2025, budget, prognos]) or a sum row
# (label, None, [labels added up])
A_RR_SPEC = [
    ("Verksamhetens intäkter", [2684, 2519, 3910, 4026]),
    ("Verksamhetens kostnader", [-14127, -13562, -21185, -21603]),
    ("Avskrivningar", [-583, -541, -890, -876]),
    ("Verksamhetens nettokostnader", None, ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]),
    ("Skatteintäkter", [10049, 9682, 14970, 15094]),
    ("Generella statsbidrag och utjämning", [2617, 2475, 3916, 3948]),
    ("Verksamhetens resultat", None, ["Verksamhetens nettokostnader", "Skatteintäkter",
                                      "Generella statsbidrag och utjämning"]),
    ("Finansiella intäkter", [98, 81, 120, 143]),
    ("Finansiella kostnader", [-146, -119, -245, -227]),
    ("Resultat efter finansiella poster", None, ["Verksamhetens resultat", "Finansiella intäkter",
                                                 "Finansiella kostnader"]),
    ("Periodens resultat", None, ["Resultat efter finansiella poster"]),
]


def a_rr():
    """[(label, is_sum, [ut26, ut25, budget, prognos, avvikelse])]"""
    vals, out = {}, []
    for spec in A_RR_SPEC:
        if spec[1] is not None:
            v = list(spec[1])
            is_sum = False
        else:
            v = [sum(vals[l][i] for l in spec[2]) for i in range(4)]
            is_sum = True
        vals[spec[0]] = v
        out.append((spec[0], is_sum, v + [v[3] - v[2]]))
    return out


def a_rr_row(label):
    return [r for r in a_rr() if r[0] == label][0][2]


# nämndernas nettokostnad (positive), budget and prognos 2026
A_NAMND = [
    ("Kommunstyrelsen", 1482, 1455),
    ("Barn- och utbildningsnämnden", 7864, 7902),
    ("Vård- och omsorgsnämnden", 5921, 6079),
    ("Socialnämnden", 1873, 1951),
    ("Kultur- och fritidsnämnden", 612, 598),
    ("Samhällsbyggnadsnämnden", 1076, 1049),
    ("Miljö- och byggnadsnämnden", 148, 151),
    ("Valnämnden", 19, 23),
    ("Överförmyndarnämnden", 57, 61),
    ("Revisionen", 26, 26),
]


def a_dev(b, p):
    """deviation of a net cost (positive = surplus) and the deviation in per cent of budget (tenths)."""
    d = b - p
    return d, rhu(Fraction(d * 1000, b))


def a_namnd_rows():
    """[(name, budget, prognos, avvikelse, avvikelse % in tenths)]"""
    return [(n, b, p) + a_dev(b, p) for n, b, p in A_NAMND]


def a_namnd_sum():
    b = sum(x[1] for x in A_NAMND)
    p = sum(x[2] for x in A_NAMND)
    return (b, p) + a_dev(b, p)


def a_finansforv():
    """the verksamhetsnära finansförvaltning closes the gap between the nämnder and the income statement's
    verksamhetens nettokostnader (net cost, negative = net income)."""
    nk = a_rr_row("Verksamhetens nettokostnader")
    b = -nk[2] - a_namnd_sum()[0]
    p = -nk[3] - a_namnd_sum()[1]
    return b, p, b - p


def a_total():
    nk = a_rr_row("Verksamhetens nettokostnader")
    b, p = -nk[2], -nk[3]
    return (b, p) + a_dev(b, p)


# =====================================================================================================
# (b) Jerlövs kommun – revisionsrapport: socialnämndens handläggning av ekonomiskt bistånd
# =====================================================================================================
B_AREAS = ["Styrning", "Handläggning", "Uppföljning och kontroll"]
# (nr, kontrollfråga, bedömning, iakttagelse)
B_CQ = [
    ("1.1", "Har socialnämnden aktuella riktlinjer för handläggningen av ekonomiskt bistånd?", "Delvis uppfylld",
     "Riktlinjerna antogs 2019 och har inte reviderats efter att den nya socialtjänstlagen trädde i kraft. "
     "Handläggarna använder i stället ett internt stödmaterial som inte är beslutat av nämnden."),
    ("1.2", "Finns en delegationsordning som är känd och följs i verksamheten?", "Uppfylld",
     "Delegationsordningen reviderades i mars 2026. I samtliga granskade beslut hade rätt delegat fattat "
     "beslutet."),
    ("1.3", "Har nämnden fastställt mätbara mål för arbetet med att stärka den enskildes egen försörjning?",
     "Ej uppfylld",
     "Nämndens verksamhetsplan saknar mål och indikatorer för ekonomiskt bistånd. Nämnden följer inte "
     "upp hur många hushåll som går vidare till arbete eller studier."),
    ("2.1", "Utreds ansökningarna skyndsamt och dokumenteras utredningarna enligt gällande krav?",
     "Delvis uppfylld",
     "Handläggningstiden är i de flesta fall kort, men utredningarna är ofta knapphändiga. Uppgifter om "
     "sökandens övriga inkomster och tillgångar saknas i flera akter."),
    ("2.2", "Är besluten motiverade och innehåller avslagsbesluten en hänvisning till hur man överklagar?",
     "Uppfylld",
     "Samtliga avslagsbeslut i urvalet var motiverade och innehöll en fullständig besvärshänvisning."),
    ("2.3", "Upprättas en planering mot egen försörjning tillsammans med den enskilde?", "Ej uppfylld",
     "Planering saknades i en stor del av de ärenden där den sökande varit aktuell i mer än sex månader. "
     "Samarbetet med arbetsmarknadsenheten är inte formaliserat."),
    ("2.4", "Kontrolleras uppgifter mot andra myndigheter innan beslut fattas?", "Delvis uppfylld",
     "Automatiserade kontroller görs vid nyansökan men inte konsekvent vid fortsatta ansökningar."),
    ("3.1", "Följer nämnden löpande upp kostnadsutvecklingen för ekonomiskt bistånd?", "Uppfylld",
     "Nämnden får månadsvis en rapport om utbetalt bistånd och antal hushåll jämfört med budget."),
    ("3.2", "Ingår ekonomiskt bistånd i nämndens plan för intern kontroll?", "Ej uppfylld",
     "Varken handläggning eller utbetalningar har ingått i internkontrollplanen under 2025 eller 2026."),
    ("3.3", "Följs beslutade återkrav upp och bevakas de?", "Delvis uppfylld",
     "Återkrav beslutas, men det finns ingen samlad bevakning av om beloppen faktiskt betalas tillbaka."),
]
B_RECS = [
    "Revidera riktlinjerna för ekonomiskt bistånd så att de motsvarar den nya socialtjänstlagen och låt "
    "nämnden besluta om dem senast under första halvåret 2027.",
    "Fastställ mätbara mål och indikatorer för arbetet med att stärka den enskildes möjligheter till egen "
    "försörjning och följ upp dem i delårsrapport och årsbokslut.",
    "Säkerställ att utredningarna dokumenteras fullständigt, särskilt uppgifter om inkomster, tillgångar och "
    "den sökandes möjligheter att försörja sig själv.",
    "Inför en rutin för att en planering mot egen försörjning upprättas i samtliga ärenden där bistånd har "
    "beviljats under mer än tre månader.",
    "Formalisera samarbetet med arbetsmarknadsenheten genom en skriftlig överenskommelse om ansvar, "
    "remissvägar och gemensam uppföljning.",
    "Använd automatiserade kontroller mot andra myndigheter även vid fortsatta ansökningar.",
    "Ta in ekonomiskt bistånd och bevakningen av återkrav i nämndens internkontrollplan för 2027.",
]
B_SAMPLE = 60          # akter granskade
B_POP = 412            # hushåll med ekonomiskt bistånd januari–mars 2026 (urvalsram)
B_INTERVJU = 11        # intervjuade personer
# aktgranskningen: (granskad punkt, antal akter med brist)
B_AKT = [
    ("Ofullständig utredning av inkomster och tillgångar", 23),
    ("Beslut senare än tio arbetsdagar efter komplett ansökan", 14),
    ("Saknad planering mot egen försörjning", 9),
    ("Ingen kontroll mot andra myndigheter vid fortsatt ansökan", 17),
]
B_COST = (384, 449)    # kostnad för ekonomiskt bistånd 2024 och 2025, tenths of mnkr


def b_pct(n):
    return rhu(Fraction(n * 100, B_SAMPLE))


def b_counts():
    out = {}
    for _, _, a, _ in B_CQ:
        out[a] = out.get(a, 0) + 1
    return out


# =====================================================================================================
# (c) Ringvalla kommun – kvalitetsrapport särskilt boende 2026
# =====================================================================================================
# (boende, inriktning, platser, beläggning % (tenths), personalkontinuitet (antal personal på 14 dagar),
#  andel nöjda 2025, 2026 (None = no survey), antal svarande 2025, 2026)
C_HOMES = [
    ("Apelgården", "Demens", 32, 974, 14, 84, 88, 20, 22),
    ("Aspliden", "Somatik", 48, 951, 17, 79, 76, 31, 29),
    ("Enebacken", "Demens", 24, 986, 11, 91, 93, 14, 15),
    ("Juvelen", "Blandat", 40, 882, 19, None, 72, 0, 24),
    ("Poppelgården", "Somatik", 36, 963, 15, 82, 85, 23, 24),
    ("Rosengården", "Demens", 28, 817, 13, 87, 83, 17, 16),
    ("Vårsolen", "Blandat", 44, 948, 16, 77, 80, 28, 27),
]
C_RIKET = {"kont": 16, "nojd": (81, 80)}
C_JUVELEN_OPENED = "oktober 2025"
C_ROSEN_CLOSED = 8          # places closed at Rosengården during the renovation


def c_total():
    pl = sum(h[2] for h in C_HOMES)
    bel = rhu(Fraction(sum(h[2] * h[3] for h in C_HOMES), pl))
    kont = rhu(Fraction(sum(h[2] * h[4] for h in C_HOMES), pl))
    n25 = sum(h[7] for h in C_HOMES if h[5] is not None)
    n26 = sum(h[8] for h in C_HOMES)
    nojd25 = rhu(Fraction(sum(h[5] * h[7] for h in C_HOMES if h[5] is not None), n25))
    nojd26 = rhu(Fraction(sum(h[6] * h[8] for h in C_HOMES), n26))
    return {"platser": pl, "bel": bel, "kont": kont, "nojd": (nojd25, nojd26)}


# =====================================================================================================
# (d) Eldviks kommun – investeringsplan 2027–2031 (tkr)
# =====================================================================================================
D_YEARS = [2027, 2028, 2029, 2030, 2031]
# (group, [(nr, projekt, start (år, kv), klart (år, kv), [2027..2031])])
D_GROUPS = [
    ("Kommunstyrelsen", [
        ("E-101", "IT-infrastruktur och nätverk", (2027, 1), (2031, 4), [4500, 4500, 4500, 4500, 4500]),
        ("E-102", "Reservkraft kommunhuset", (2027, 2), (2027, 4), [3200, 0, 0, 0, 0]),
        ("E-103", "Exploatering verksamhetsområde Ensjöfältet", (2027, 3), (2029, 2), [6000, 14500, 8000, 0, 0]),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("E-201", "Ny förskola Ravinen, åtta avdelningar", (2027, 1), (2028, 3), [18000, 48000, 0, 0, 0]),
        ("E-202", "Ombyggnad Alléskolan, etapp 2", (2028, 3), (2030, 2), [0, 12000, 35000, 9000, 0]),
        ("E-203", "Utemiljöer förskolor och skolor", (2027, 2), (2031, 4), [1500, 1500, 1500, 1500, 1500]),
        ("E-204", "Inventarier förskola Ravinen", (2028, 2), (2028, 3), [0, 2400, 0, 0, 0]),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("E-301", "Nytt särskilt boende Vallmon, 60 platser", (2027, 4), (2030, 2), [5000, 38000, 61000, 22000, 0]),
        ("E-302", "Trygghetslarm och välfärdsteknik", (2027, 1), (2028, 4), [2100, 1800, 0, 0, 0]),
        ("E-303", "Inventarier särskilt boende Vallmon", (2030, 1), (2030, 2), [0, 0, 0, 4800, 0]),
    ]),
    ("Samhällsbyggnadsnämnden, skattefinansierat", [
        ("E-401", "Gång- och cykelväg Eldvik–Rudbo", (2027, 2), (2028, 4), [4000, 7500, 0, 0, 0]),
        ("E-402", "Beläggningsunderhåll gator", (2027, 1), (2031, 4), [6000, 6000, 6000, 6000, 6000]),
        ("E-403", "Ny bro över Ersbäcken", (2029, 2), (2030, 3), [0, 0, 9500, 6500, 0]),
        ("E-404", "Byte till LED i gatubelysningen", (2027, 1), (2029, 4), [2500, 2500, 2500, 0, 0]),
    ]),
    ("Samhällsbyggnadsnämnden, vatten och avlopp", [
        ("E-501", "Nytt vattenverk Raknäs", (2027, 3), (2030, 4), [8000, 45000, 52000, 20000, 0]),
        ("E-502", "Överföringsledning Eldvik–Pelleby", (2028, 1), (2029, 2), [0, 14000, 9000, 0, 0]),
        ("E-503", "Förnyelse av ledningsnätet", (2027, 1), (2031, 4), [7000, 7000, 7000, 7000, 7000]),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("E-601", "Konstgräsplan Rudbovallen", (2028, 2), (2028, 3), [0, 9800, 0, 0, 0]),
        ("E-602", "Renovering av Eldviks simhall", (2029, 1), (2030, 4), [0, 0, 15000, 23000, 0]),
        ("E-603", "Nytt elljusspår Rävberget", (2027, 2), (2027, 4), [1900, 0, 0, 0, 0]),
    ]),
]
D_BREAK_AFTER = "E-501"      # the table continues on p. 3 after this row (inside the VA group)
D_VA_GROUP = "Samhällsbyggnadsnämnden, vatten och avlopp"


def d_projects():
    """[(group, (nr, name, start, klart, years), total)]"""
    return [(g, p, sum(p[4])) for g, ps in D_GROUPS for p in ps]


def d_sum(group=None):
    ps = [p for g, p, _ in d_projects() if group in (None, g)]
    yrs = [sum(p[4][i] for p in ps) for i in range(5)]
    return yrs + [sum(yrs)]


def d_va():
    return d_sum(D_VA_GROUP)


def d_tax():
    t, v = d_sum(), d_va()
    return [a - b for a, b in zip(t, v)]


# =====================================================================================================
# (e) Pimsjö kommun – VA-taxa 2027 (öre)
# =====================================================================================================
E_VAT = Fraction(5, 4)
E_PARTS = ["V", "S", "Df", "Dg"]
# brukningsavgifter 2027: (avgift, enhet, total exkl. moms in öre, shares in per cent for V, S, Df, Dg)
E_FEES = [
    ("Fast avgift, småhus", "kr per fastighet och år", 448000, (40, 40, 12, 8)),
    ("Fast avgift, flerbostadshus", "kr per lägenhet och år", 192000, (40, 40, 12, 8)),
    ("Fast avgift, verksamhetsfastighet", "kr per fastighet och år", 640000, (40, 40, 12, 8)),
    ("Förbrukningsavgift", "kr per m³", 3680, (50, 50, 0, 0)),
]
# the same fees 2026, including VAT (öre): småhus, lägenhet, verksamhet, per m³
E_2026_INKL = {"Fast avgift, småhus": 525000, "Fast avgift, flerbostadshus": 225000,
               "Fast avgift, verksamhetsfastighet": 750000, "Förbrukningsavgift": 4350}
# anläggningsavgift för småhus by tomtyta: (band, exkl. moms öre, extra per m² above 2 000 m² exkl. öre)
E_BANDS = [
    ("Högst 800 m²", 14800000, 0),
    ("801–1 200 m²", 16400000, 0),
    ("1 201–1 600 m²", 18000000, 0),
    ("1 601–2 000 m²", 19600000, 0),
    ("Över 2 000 m²", 19600000, 4000),
]
E_OTHER_CONN = [   # (avgift, exkl. moms öre)
    ("Tillägg per lägenhet i flerbostadshus", 2800000),
    ("Verksamhetsfastighet, per m² tomtyta", 6200),
    ("Servisavgift per förbindelsepunkt", 4240000),
]
# typhus: (name, description, fixed-fee key, number of units, m³ per year)
E_TYPHUS = [
    ("Typhus A", "småhus", "Fast avgift, småhus", 1, 150),
    ("Typhus B", "flerbostadshus med 15 lägenheter", "Fast avgift, flerbostadshus", 15, 1800),
    ("Typhus C", "verksamhetsfastighet", "Fast avgift, verksamhetsfastighet", 1, 400),
]
E_RULES = [
    "Taxan gäller från och med den 1 januari 2027 och ersätter den taxa som kommunfullmäktige beslutade den "
    "24 november 2025.",
    "Brukningsavgiften faktureras fyra gånger per år i efterskott. Förbrukningsavgiften grundas på "
    "mätaravläsning eller, om avläsning inte kan ske, på en uppskattning av förbrukningen under motsvarande "
    "period året innan.",
    "Fastighet som inte kan avleda dagvatten till den allmänna anläggningen betalar inte avgift för Df. "
    "Avgiften för Dg betalas av samtliga fastigheter inom verksamhetsområdet.",
    "Anläggningsavgiften ska betalas när förbindelsepunkten är upprättad och fastighetsägaren har fått besked "
    "om detta. Efter ansökan kan avgiften delas upp på högst tio år mot ränta enligt 5 § räntelagen.",
    "Vid ombyggnad som ökar antalet lägenheter betalas tilläggsavgift för varje tillkommande lägenhet enligt "
    "tabell 3.",
    "På avgift som inte betalas i rätt tid tas dröjsmålsränta ut enligt räntelagen.",
    "Avstängning och påsläpp av vattentillförseln på fastighetsägarens begäran debiteras enligt kommunens "
    "timtaxa för VA-enheten.",
    "Taxan räknas inte upp automatiskt med något index. Ändringar av avgifterna beslutas av "
    "kommunfullmäktige.",
]


def e_inkl(ore):
    v = Fraction(ore) * E_VAT
    assert v.denominator == 1
    return int(v)


def e_parts(fee):
    """(exkl parts V, S, Df, Dg, total) for one fee row."""
    _, _, tot, sh = fee
    parts = [Fraction(tot * s, 100) for s in sh]
    assert all(p.denominator == 1 for p in parts)
    parts = [int(p) for p in parts]
    assert sum(parts) == tot
    return parts + [tot]


def e_fee(label):
    return [f for f in E_FEES if f[0] == label][0]


def e_typhus(t):
    """(cost 2026 inkl, cost 2027 inkl, change, change % in tenths), öre"""
    _, _, key, n, m3 = t
    c27 = n * e_inkl(e_fee(key)[2]) + m3 * e_inkl(e_fee("Förbrukningsavgift")[2])
    c26 = n * E_2026_INKL[key] + m3 * E_2026_INKL["Förbrukningsavgift"]
    return c26, c27, c27 - c26, rhu(Fraction((c27 - c26) * 1000, c26))


# =====================================================================================================
# (f) Annersjö kommun – personalbokslut 2026 (page 2 is a scanned image)
# =====================================================================================================
F_AGES = ["29 år och yngre", "30–49 år", "50 år och äldre"]
# sick leave in tenths of a per cent and working hours (thousands) per gender, age group and year
F_SICK = {("Kvinnor", 2025): [62, 74, 91], ("Kvinnor", 2026): [66, 78, 104],
          ("Män", 2025): [41, 45, 58], ("Män", 2026): [38, 47, 61]}
F_HOURS = {("Kvinnor", 2025): [210, 980, 1010], ("Kvinnor", 2026): [215, 990, 1000],
           ("Män", 2025): [70, 260, 240], ("Män", 2026): [72, 265, 236]}
F_LONG = (417, 442)        # share of the sick leave that is 60 days or longer, 2025 and 2026 (tenths)
F_GENDERS = ["Kvinnor", "Män"]


def f_sick(gender, year, age=None):
    """sick leave in tenths; gender None = both, age None = all ages (weighted by working hours)."""
    gs = [gender] if gender else F_GENDERS
    ages = [F_AGES.index(age)] if age else range(3)
    num = sum(F_SICK[(g, year)][a] * F_HOURS[(g, year)][a] for g in gs for a in ages)
    den = sum(F_HOURS[(g, year)][a] for g in gs for a in ages)
    return rhu(Fraction(num, den))


def f_table_rows():
    """[(label, [K25, K26, M25, M26, T25, T26])] including the total row 'Samtliga åldrar'."""
    out = []
    for age in F_AGES + [None]:
        vals = []
        for g in F_GENDERS + [None]:
            for y in (2025, 2026):
                vals.append(f_sick(g, y, age))
        out.append((age or "Samtliga åldrar", vals))
    return out


F_STAFF = (1618, 1642)      # tillsvidareanställda 2025, 2026
F_WOMEN_2026 = 1297
F_VISSTID = 214
F_MEDELALDER = 458          # tenths
# personalomsättning per förvaltning: (förvaltning, tillsvidareanställda 2026, omsättning 2025, 2026 (tenths))
F_TURNOVER = [
    ("Kommunledningsförvaltningen", 142, 79, 84),
    ("Barn- och utbildningsförvaltningen", 688, 96, 108),
    ("Vård- och omsorgsförvaltningen", 604, 112, 125),
    ("Socialförvaltningen", 96, 131, 102),
    ("Samhällsbyggnadsförvaltningen", 112, 64, 71),
]
F_MEASURES = [
    "Tidiga samtal inleds vid den tredje sjukskrivningsperioden inom tolv månader, i stället för som i dag "
    "vid den sjätte.",
    "Vård- och omsorgsförvaltningen inför heltid som norm i ytterligare fyra arbetsgrupper och följer upp "
    "effekterna på sjukfrånvaron.",
    "Företagshälsovården får i uppdrag att göra riktade hälsoundersökningar för medarbetare över 50 år med "
    "fysiskt tunga arbetsuppgifter.",
    "Alla chefer med fler än 30 medarbetare erbjuds stöd av en HR-konsult i arbetet med rehabilitering.",
    "En medarbetarenkät genomförs i mars 2027 och resultaten redovisas per arbetsplats.",
]


def f_turnover_total(k):
    """weighted by tillsvidareanställda 2026; k = 2 (2025) or 3 (2026)"""
    return rhu(Fraction(sum(r[1] * r[k] for r in F_TURNOVER), sum(r[1] for r in F_TURNOVER)))


def f_scan_table():
    head = [["", "Kvinnor", "", "Män", "", "Samtliga", ""],
            ["Åldersgrupp", "2025", "2026", "2025", "2026", "2025", "2026"]]
    body = [[lab] + [t1(v) for v in vals] for lab, vals in f_table_rows()]
    return head, body


def f_scan_blocks():
    tot25, tot26 = f_sick(None, 2025), f_sick(None, 2026)
    k50 = f_table_rows()[2][1]
    head, body = f_scan_table()
    return [
        ("small", "Annersjö kommun\tPersonalbokslut 2026"),
        ("rule", ""),
        ("h", "3. Sjukfrånvaro"),
        ("p", f"Den totala sjukfrånvaron bland kommunens anställda ökade från {t1(tot25)} procent 2025 till "
              f"{t1(tot26)} procent 2026, mätt som andel av den ordinarie arbetstiden. Kvinnornas sjukfrånvaro "
              f"steg från {t1(f_sick('Kvinnor', 2025))} till {t1(f_sick('Kvinnor', 2026))} procent, medan "
              f"männens låg kvar på ungefär samma nivå."),
        ("b", "Tabell 3. Sjukfrånvaro i procent av ordinarie arbetstid, per kön och åldersgrupp"),
        ("table2", (head, body)),
        ("small", "Källa: personal- och lönesystemet. Samtliga åldrar är vägt efter arbetad tid."),
        ("sp", ""),
        ("b", "Varför ökade sjukfrånvaron?"),
        ("p", f"Ökningen gäller främst kvinnor som är 50 år och äldre, där sjukfrånvaron steg från "
              f"{t1(k50[0])} till {t1(k50[1])} procent. Den förklaras till största delen av fler långa "
              "sjukfall inom vård och omsorg, där många har fysiskt tunga arbetsuppgifter och där bemanningen "
              "var ansträngd under sommarmånaderna."),
        ("b", "Långtidssjukfrånvaro"),
        ("p", f"Av den totala sjukfrånvaron avsåg {t1(F_LONG[1])} procent sjukfall som varat 60 dagar eller "
              f"mer, jämfört med {t1(F_LONG[0])} procent året innan. Korttidsfrånvaron, dag 1–14, minskade "
              "något under hösten."),
        ("b", "Rehabilitering"),
        ("p", "Alla chefer har under året fått utbildning i kommunens process för rehabilitering. Samarbetet "
              "med företagshälsovården har utökats med en arbetsterapeut som stöd vid arbetsanpassning, och "
              "uppföljningen av långa sjukfall sker nu varje månad i förvaltningarnas ledningsgrupper."),
        ("sp", ""),
        ("small", "Sida 2 av 3"),
    ]


def f_scan_text():
    """the text printed in the scanned image, one line per table row (what an OCR would read)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("small",):
            out.append(t.replace("\t", " "))
        elif style in ("h", "b", "p"):
            out.append(t)
        elif style == "table2":
            head, body = t
            out.append("Kvinnor Män Samtliga")
            out.append(" ".join(head[1]))
            for r in body:
                out.append(" ".join(r))
    return "\n".join(out)
