"""The numbers, rows and list items of the six synthetic37 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the sums and deviations of the
committee tables and the result statement of the interim report, the counts of the audit table, the pupil-weighted
totals of the school report, the sums of the investment table and the vote, the length-weighted totals of the
winter-maintenance table and the text of the scanned fee page) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n, plus=False):
    """12500 -> '12 500'; negative with '−'; plus=True: '+12 500'."""
    n = r0(n)
    s = f"{abs(n):,}".replace(",", " ")
    if n < 0:
        return MINUS + s
    if plus and n > 0:
        return "+" + s
    return s


def d1(x, plus=False):
    v = r1(x)
    whole, frac = f"{abs(v):.1f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    if v < 0 and s != "0,0":
        return MINUS + s
    if plus and v > 0:
        return "+" + s
    return s


# =====================================================================================================
# (a) Region Strömvalla – delårsrapport januari–augusti 2027 (regionstyrelsen)
# =====================================================================================================
# per nämnd: rows (verksamhet, utfall jan–aug 2026, utfall jan–aug 2027, budget 2027, prognos 2027), mnkr net cost
A_COMMITTEES = [
    ("Hälso- och sjukvårdsnämnden", [
        ("Primärvård", 951.2, 1004.8, 1486.0, 1512.3),
        ("Somatisk specialistvård", 2412.6, 2561.3, 3790.0, 3905.4),
        ("Psykiatri", 540.1, 563.9, 842.5, 851.0),
        ("Läkemedel", 718.4, 742.6, 1128.0, 1119.5),
        ("Ambulanssjukvård", 201.7, 205.1, 312.4, 309.8),
    ]),
    ("Kollektivtrafiknämnden", [
        ("Busstrafik", 412.5, 436.2, 642.0, 660.4),
        ("Tågtrafik", 190.8, 194.3, 298.5, 291.2),
        ("Färdtjänst", 55.9, 58.7, 86.2, 88.1),
        ("Anropsstyrd trafik", 15.2, 14.1, 24.8, 21.6),
    ]),
    ("Kultur- och utbildningsnämnden", [
        ("Folkhögskolor", 37.6, 38.1, 58.4, 57.9),
        ("Naturbruksgymnasiet", 28.9, 30.4, 41.2, 44.8),
        ("Kulturverksamhet", 76.0, 77.3, 118.6, 116.2),
    ]),
    ("Tandvårdsnämnden", [
        ("Allmäntandvård", 60.2, 66.8, 96.5, 101.3),
        ("Specialisttandvård", 24.5, 24.9, 38.2, 37.6),
        ("Tandvårdsstöd", 33.1, 31.8, 52.0, 49.5),
    ]),
    ("Regionstyrelsen", [
        ("Regionledning och stab", 198.4, 201.0, 312.8, 305.2),
        ("Regionservice", 40.3, 39.5, 64.0, 60.1),
        ("Digitalisering", 117.2, 129.6, 188.5, 196.0),
    ]),
]
A_COMMON = (-1088.6, -1140.2, -1719.4, -1745.0)    # pensioner, avskrivningar och gemensamma poster (U26, U27, B, P)
A_TAX = (6034.2, 6311.8, 9512.0, 9468.6)           # skatteintäkter
A_GRANTS = (1284.6, 1356.2, 2038.0, 2046.3)        # generella statsbidrag och utjämning
A_FIN = (-18.2, 84.5, -20.0, 52.0)                 # finansnetto
A_TARGET = 2.0                                      # finansiellt mål, procent av skatter och bidrag
A_PASSAGE = ("bristen på specialistsjuksköterskor vid Hjortnäs sjukhus har krävt inhyrd personal på "
             "operations- och intensivvårdsavdelningarna")
A_DECIDED = _dt.date(2027, 10, 5)
A_CONTACT = ("Ture Nilsson", "ekonomidirektör")
A_HOSPITALS = ("Hjortnäs sjukhus", "Lövstrands sjukhus")


def a_rows(committee=None):
    """(nämnd, verksamhet, u26, u27, budget, prognos) for every verksamhet"""
    return [(c, *r) for c, rows in A_COMMITTEES for r in rows if committee is None or c == committee]


def a_dev(r):
    """deviation against budget (budget − prognos), positive = under budget"""
    return r1(r[4] - r[5])


def a_sum(committee=None):
    rs = a_rows(committee)
    return tuple(r1(sum(r[2 + i] for r in rs)) for i in range(4))


def a_row_text(r):
    return f"{r[1]} {d1(r[2])} {d1(r[3])} {d1(r[4])} {d1(r[5])} {d1(a_dev(r), plus=True)}"


def a_sum_text(label, committee=None):
    s = a_sum(committee)
    return f"{label} {d1(s[0])} {d1(s[1])} {d1(s[2])} {d1(s[3])} {d1(r1(s[2] - s[3]), plus=True)}"


def a_result():
    """result statement rows (label, kind, (U26, U27, B, P)) in mnkr"""
    nam = tuple(-x for x in a_sum())
    vnk = tuple(r1(nam[i] + A_COMMON[i]) for i in range(4))
    vr = tuple(r1(vnk[i] + A_TAX[i] + A_GRANTS[i]) for i in range(4))
    res = tuple(r1(vr[i] + A_FIN[i]) for i in range(4))
    return [
        ("Nämndernas nettokostnader", "row", nam),
        ("Pensioner, avskrivningar och gemensamma poster", "row", A_COMMON),
        ("Verksamhetens nettokostnader", "sum", vnk),
        ("Skatteintäkter", "row", A_TAX),
        ("Generella statsbidrag och utjämning", "row", A_GRANTS),
        ("Verksamhetens resultat", "sum", vr),
        ("Finansnetto", "row", A_FIN),
        ("Resultat", "sum", res),
    ]


def a_result_row(label):
    return [r for r in a_result() if r[0] == label][0]


def a_result_text(r):
    return f"{r[0]} " + " ".join(d1(v) for v in r[2])


def a_share(i):
    res = a_result_row("Resultat")[2][i]
    return r1(res / (A_TAX[i] + A_GRANTS[i]) * 100)


# =====================================================================================================
# (b) Lidmora kommun – revisorernas granskningsrapport: intern kontroll i inköps- och betalningsprocessen
# =====================================================================================================
B_GROUPS = [("A", "Leverantörsregister"), ("B", "Beställning och attest"), ("C", "Utbetalning"),
            ("D", "Styrning och uppföljning")]
# (id, kontrollmoment, stickprov, avvikelser, bedömning); None = no sample ("–")
B_CONTROLS = [
    ("A1", "Ändringar i leverantörsregistret kontrolleras av en andra person", 25, 4, "Delvis uppfyllt"),
    ("A2", "Behörigheter i ekonomisystemet följer delegationsordningen", 40, 0, "Uppfyllt"),
    ("A3", "Leverantörer utan köp de senaste 18 månaderna spärras", 30, 11, "Ej uppfyllt"),
    ("B1", "Fakturor är attesterade av beställare och beslutsattestant", 60, 3, "Delvis uppfyllt"),
    ("B2", "Attestanter attesterar inte egna utlägg eller representation", 40, 0, "Uppfyllt"),
    ("B3", "Inköp görs från leverantörer med avtal", 60, 14, "Ej uppfyllt"),
    ("C1", "Dubbla fakturor stoppas före utbetalning", 50, 2, "Delvis uppfyllt"),
    ("C2", "Betalfiler kan inte ändras efter godkännande", 20, 0, "Uppfyllt"),
    ("C3", "Utbetalningar över 250 000 kronor godkänns av två personer", 25, 1, "Delvis uppfyllt"),
    ("D1", "Kommunstyrelsen följer upp avtalstroheten minst två gånger per år", None, None, "Ej uppfyllt"),
    ("D2", "Nämnderna rapporterar resultatet av sin internkontroll till kommunstyrelsen", None, None,
     "Delvis uppfyllt"),
]
B_ASSESS = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"]
B_BREAK_AFTER = "B3"
B_PAID = (1486, 3214, 58730)           # mnkr paid 2026, number of suppliers, number of invoices
B_LOYALTY = (71, 76, 85)               # avtalstrohet 2025, 2026, mål (procent)
B_DOUBLE = (2, 184600, 122000)         # dubbelbetalningar: antal, kronor, återbetalt
B_PASSAGE = ("ekonomisystemet saknar en funktion som automatiskt spärrar leverantörer och ingen funktion har fått "
             "i uppdrag att göra det manuellt")
B_RECS = [
    "Inför en rutin för att regelbundet spärra leverantörer som inte har använts på 18 månader.",
    "Säkerställ att inköp görs från avtalade leverantörer och att avvikelser följs upp per förvaltning.",
    "Komplettera systemet med en automatisk kontroll av dubbla fakturor före utbetalning.",
    "Följ upp avtalstroheten i kommunstyrelsen minst två gånger per år.",
    "Tydliggör i internkontrollplanen hur nämnderna ska rapportera sina kontroller.",
]
B_DATE = _dt.date(2027, 4, 20)
B_AUDITORS = ("Signe Hult", "Torbjörn Ek")      # ordförande, vice ordförande
B_EXPERT = ("Ellen Hägg", "certifierad kommunal revisor")
B_FIRM = "Ekvall Revision"


def b_row_text(c):
    s = "–" if c[2] is None else str(c[2])
    a = "–" if c[3] is None else str(c[3])
    return f"{c[0]} {c[1]} {s} {a} {c[4]}"


def b_group_of(c):
    return c[0][0]


def b_counts():
    return {a: sum(1 for c in B_CONTROLS if c[4] == a) for a in B_ASSESS}


def b_samples():
    return sum(c[2] for c in B_CONTROLS if c[2] is not None), sum(c[3] for c in B_CONTROLS if c[3] is not None)


# =====================================================================================================
# (c) Tegnaby kommun – barn- och utbildningsnämnden, kvalitetsrapport grundskola 2027 (årskurs 9)
# =====================================================================================================
C_YEARS = [2025, 2026, 2027]
# (skolenhet, {år: (elever i åk 9, andel med godkända betyg i alla ämnen %, meritvärde)})
C_SCHOOLS = [
    ("Edsbergsskolan", {2025: (87, 85.1, 236.7), 2026: (90, 86.7, 240.3), 2027: (84, 84.5, 238.1)}),
    ("Hjulstaskolan", {2025: (64, 68.8, 204.5), 2026: (58, 65.5, 201.2), 2027: (61, 70.5, 207.8)}),
    ("Lärkbackens skola", {2025: (52, 88.5, 244.0), 2026: (55, 90.9, 247.3), 2027: (53, 92.5, 251.2)}),
    ("Norrtunaskolan", {2025: (45, 62.2, 196.3), 2026: (49, 59.2, 190.8), 2027: (47, 63.8, 199.4)}),
    ("Sandhamra friskola", {2025: (29, 93.1, 258.6), 2026: (31, 90.3, 255.0), 2027: (33, 93.9, 262.4)}),
    ("Solvikens skola", {2025: (73, 79.5, 225.8), 2026: (76, 81.6, 229.5), 2027: (79, 77.2, 223.6)}),
    ("Tallängens skola", {2025: (38, 71.1, 210.2), 2026: (35, 74.3, 214.9), 2027: (41, 75.6, 216.0)}),
    ("Tegnabyskolan", {2025: (112, 78.6, 221.4), 2026: (118, 80.5, 224.0), 2027: (121, 82.6, 228.9)}),
]
C_TARGET_SHARE = 80          # nämndens mål för andelen med godkända betyg i alla ämnen, procent
C_TARGET_MERIT = 230         # nämndens mål för meritvärdet
C_BREAK_AFTER = "Solvikens skola"   # p. 2 ends after the last row of this school; p. 3 repeats the heading
C_PASSAGE = ("skolan under två terminer saknade behöriga lärare i matematik och moderna språk och fick använda "
             "obehöriga vikarier")
C_DECIDED = _dt.date(2027, 9, 22)
C_CONTACT = ("Leif Sundin", "skolchef")


def c_tot(year):
    """(pupils, share, merit) for the municipality, weighted by pupils"""
    n = sum(s[1][year][0] for s in C_SCHOOLS)
    sh = sum(s[1][year][0] * s[1][year][1] for s in C_SCHOOLS) / n
    me = sum(s[1][year][0] * s[1][year][2] for s in C_SCHOOLS) / n
    return n, r1(sh), r1(me)


def c_row_text(name, year, vals):
    return f"{name} {year} {vals[0]} {d1(vals[1])} {d1(vals[2])}"


def c_rows():
    """one row per school and year: (school, year, (pupils, share, merit))"""
    return [(s[0], y, s[1][y]) for s in C_SCHOOLS for y in C_YEARS]


# =====================================================================================================
# (d) Nävlinge kommun – kommunstyrelsens protokoll 2027-09-14
# =====================================================================================================
D_DATE = _dt.date(2027, 9, 14)
D_ADJUST = _dt.date(2027, 9, 20)
# (namn, parti, roll)
D_MEMBERS = [
    ("Helena Sandberg", "S", "ordförande"),
    ("Henrik Lindqvist", "M", "1:e vice ordförande"),
    ("Linnea Strand", "C", "2:e vice ordförande"),
    ("Lars Nyström", "S", "ledamot"),
    ("Sofia Hellström", "S", "ledamot"),
    ("Tobias Eklund", "SD", "ledamot"),
    ("Elin Trygg", "V", "ledamot"),
    ("Sara Thorén", "M", "ledamot"),
    ("Hanna Nordlund", "S", "ledamot"),
    ("Emma Lundin", "KD", "ledamot"),
    ("Stefan Holm", "L", "ledamot"),
    ("Tina Edvall", "SD", "ledamot"),
    ("Erik Sjögren", "C", "tjänstgörande ersättare"),
]
D_NO_PARTIES = {"M", "SD", "KD"}
D_SECRETARY = "Lena Hedlund"
D_CEO = "Niklas Stenberg"
D_CFO = "Håkan Linder"
D_ADJUSTERS = ("Henrik Lindqvist", "Elin Trygg")
D_PARAGRAPHS = [
    (112, "Val av justerare och godkännande av dagordning", "KS 2027/1"),
    (113, "Ekonomisk uppföljning per augusti 2027", "KS 2027/88"),
    (114, "Fördelning av investeringsramen 2027, andra omgången", "KS 2027/142"),
    (115, "Försäljning av mark i Hammarvik, del av Hammarvik 4:12", "KS 2027/131"),
    (116, "Medborgarförslag om hundrastgård i Sörnäs", "KS 2027/97"),
    (117, "Delegationsbeslut och meddelanden", "KS 2027/3"),
]
# (nämnd, projekt, beviljat 2027 tkr, total utgift tkr, klart år)
D_PROJECTS = [
    ("Barn- och utbildningsnämnden", "Ny förskola i Stensby, åtta avdelningar", 18400, 64000, 2029),
    ("Barn- och utbildningsnämnden", "Ombyggnad av skolköket i Tjärby skola", 6200, 6200, 2027),
    ("Barn- och utbildningsnämnden", "Ny skolgård vid Edeby skola", 2150, 3400, 2028),
    ("Tekniska nämnden", "Gång- och cykelväg Nävlinge–Sörnäs", 9800, 21500, 2028),
    ("Tekniska nämnden", "Byte till LED i gatubelysningen", 4500, 4500, 2027),
    ("Tekniska nämnden", "Dagvattendamm i Hammarvik", 3750, 8900, 2028),
    ("Kultur- och fritidsnämnden", "Konstgräsplan vid Stensby idrottsplats", 7600, 7600, 2027),
    ("Kultur- och fritidsnämnden", "Meröppet på Nävlinge bibliotek", 650, 650, 2027),
    ("Socialnämnden", "Digitala trygghetslarm", 1200, 1200, 2027),
    ("Socialnämnden", "Ombyggnad av gruppbostaden i Hemsjövik", 5300, 12800, 2028),
]
D_NAMNDER = ["Barn- och utbildningsnämnden", "Tekniska nämnden", "Kultur- och fritidsnämnden", "Socialnämnden"]
D_VOTE_ITEM = "Konstgräsplan vid Stensby idrottsplats"
D_PASSAGE = "förvaltningen ska ta fram en oberoende värdering av marken innan ärendet avgörs"
D_FRAME = 62000            # investeringsramen för andra omgången, tkr
D_ECON = (14.6, 21.0)      # prognos för årets resultat, budgeterat resultat (mnkr)


def d_projects(nämnd=None):
    return [p for p in D_PROJECTS if nämnd is None or p[0] == nämnd]


def d_sum(nämnd=None):
    ps = d_projects(nämnd)
    return sum(p[2] for p in ps), sum(p[3] for p in ps)


def d_row_text(p):
    return f"{p[1]} {g(p[2])} {g(p[3])} {p[4]}"


def d_vote():
    yes = [m for m in D_MEMBERS if m[1] not in D_NO_PARTIES]
    no = [m for m in D_MEMBERS if m[1] in D_NO_PARTIES]
    return yes, no


# =====================================================================================================
# (e) Hedsunda kommun – tekniska nämnden, uppföljning av vinterväghållningen säsongen 2026/2027
# =====================================================================================================
# (driftområde, vägnät km, plogtillfällen, plogning inom åtgärdstid %, halkbekämpning inom 4 tim %,
#  klagomål per 10 km, kostnad per km kr)
E_AREAS = [
    ("Hedsunda tätort", 142, 19, 96.4, 92.1, 2.4, 18650),
    ("Lillvreta", 58, 17, 91.2, 88.5, 3.8, 14320),
    ("Sandtorp", 76, 18, 97.0, 93.4, 1.9, 12980),
    ("Norrsand", 94, 21, 89.6, 84.7, 4.6, 15760),
    ("Sörberga", 63, 16, 95.5, 89.2, 2.7, 13440),
    ("Hagvreta", 47, 15, 93.8, 91.0, 2.9, 16210),
]
E_TARGETS = (95, 90, 3.0)      # plogning %, halkbekämpning %, klagomål per 10 km (högst)
E_MONTHS = [("Nov", 3), ("Dec", 12), ("Jan", 17), ("Feb", 11), ("Mar", 3)]   # snödagar per månad
E_SNOWDAYS_PREV = 31
E_COST = (23.8, 21.5, 19.6)    # mnkr: kostnad säsongen 2026/2027, budget, kostnad säsongen 2025/2026
E_PASSAGE = ("den nya entreprenören tog över området den 1 december och två av tre plogbilar stod still under "
             "julveckan efter maskinhaverier")
E_DECIDED = _dt.date(2027, 5, 26)
E_CONTACT = ("Nina Tell", "gatuchef")


def e_tot():
    km = sum(a[1] for a in E_AREAS)
    w = lambda k: sum(a[1] * a[k] for a in E_AREAS) / km  # noqa: E731
    return km, r1(w(3)), r1(w(4)), r1(w(5)), r0(w(6))


def e_row_text(a):
    return f"{a[0]} {a[1]} {a[2]} {d1(a[3])} {d1(a[4])} {d1(a[5])} {g(a[6])}"


# =====================================================================================================
# (f) Sjölunda kommun – renhållningstaxa 2028 (förslag till kommunfullmäktige), Bilaga 1 scanned
# =====================================================================================================
F_GROUPS = ["En- och tvåbostadshus", "Fritidshus (maj–september)", "Flerbostadshus och verksamheter"]
# (grupp, nr, abonnemang, grundavgift, hämtningsavgift, årsavgift 2027); årsavgift 2028 = grund + hämtning
F_FEES = [
    ("En- och tvåbostadshus", 1, "Fyrfackskärl 2 × 370 liter, varannan vecka", 1150, 1864, 2842),
    ("En- och tvåbostadshus", 2, "Kärl 190 liter, varannan vecka", 1150, 1428, 2436),
    ("En- och tvåbostadshus", 3, "Kärl 190 liter, var fjärde vecka", 1150, 892, 1924),
    ("En- och tvåbostadshus", 4, "Delat kärl 190 liter, två hushåll", 575, 764, 1262),
    ("En- och tvåbostadshus", 5, "Hemkompost och kärl 140 liter", 1150, 638, 1697),
    ("Fritidshus (maj–september)", 6, "Fyrfackskärl, varannan vecka", 620, 812, 1354),
    ("Fritidshus (maj–september)", 7, "Kärl 190 liter, varannan vecka", 620, 596, 1148),
    ("Fritidshus (maj–september)", 8, "Gemensamt kärl vid vägen", 620, 410, 981),
    ("Flerbostadshus och verksamheter", 9, "Kärl 370 liter restavfall, varje vecka", 1840, 5720, 7215),
    ("Flerbostadshus och verksamheter", 10, "Kärl 660 liter restavfall, varje vecka", 1840, 8960, 10390),
    ("Flerbostadshus och verksamheter", 11, "Kärl 140 liter matavfall, varje vecka", None, 2140, 2010),
]
F_SCAN_HEAD = ("SJÖLUNDA KOMMUN", "Samhällsbyggnadsförvaltningen · Avfall och återvinning", "Bilaga 1 till KS 2027/204")
F_SCAN_TITLE = "Avgifter för hämtning av mat- och restavfall 2028"
F_SCAN_INTRO = ("Avgifterna gäller per abonnemang och år och anges i kronor inklusive moms. Årsavgiften är summan "
                "av grundavgiften och hämtningsavgiften.")
F_SCAN_HEADER = ["Nr", "Abonnemang", "Grund- avgift, kr", "Hämtnings- avgift, kr", "Årsavgift 2028, kr",
                 "Årsavgift 2027, kr"]
F_SCAN_NOTES = ["Anm. 1. Fritidshusabonnemangen gäller hämtning under veckorna 18–39.",
                "Anm. 2. Nr 11 kan endast tecknas tillsammans med nr 9 eller nr 10."]
F_SCAN_DATE = _dt.date(2027, 10, 18)
F_SIGN = ("Sven Lindahl", "avfallschef")
F_RAISE_AVG = 5.6          # genomsnittlig höjning i procent (p. 1, not a number printed in the scan)
F_OTHER = [                # p. 3, text layer: (tjänst, enhet, avgift kr inkl. moms)
    ("Extra hämtning av kärl utöver abonnemanget", "per tillfälle", 285),
    ("Dragväg 5–10 meter", "per kärl och år", 640),
    ("Byte av kärlstorlek", "per byte", 330),
    ("Hämtning av grovavfall vid fastigheten", "per kolli", 175),
    ("Tömning av slamavskiljare upp till 3 m³", "per tömning", 1960),
    ("Tömning av sluten tank upp till 6 m³", "per tömning", 2450),
]
F_PASSAGE = ("Sandmossens avfallsanläggning måste bygga en ny sluttäckning och att kostnaden för att behandla "
             "matavfall har ökat sedan rötningsanläggningen byggdes om")
F_DECIDED_KS = _dt.date(2027, 11, 9)
F_CONTACT = ("Sven Lindahl", "avfallschef")


def f_total(f):
    return (f[3] or 0) + f[4]


def f_fees(group=None):
    return [f for f in F_FEES if group is None or f[0] == group]


def f_scan_rows():
    """(kind, cells) in printed order"""
    out = []
    for grp in F_GROUPS:
        out.append(("group", [grp, "", "", "", "", ""]))
        for f in f_fees(grp):
            out.append(("row", [str(f[1]), f[2], "–" if f[3] is None else g(f[3]), g(f[4]), g(f_total(f)),
                                g(f[5])]))
    return out


def f_row_text(f):
    return f"{f[1]} {f[2]} {'–' if f[3] is None else g(f[3])} {g(f[4])} {g(f_total(f))} {g(f[5])}"


def f_scan_text():
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, " ".join(F_SCAN_HEADER)]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(c for c in cells if c))
    parts += F_SCAN_NOTES
    parts += [f"Sjölunda {F_SCAN_DATE.isoformat()}", F_SIGN[0], F_SIGN[1]]
    return "\n".join(parts)
