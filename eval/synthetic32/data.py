"""The numbers, rows and list items of the six synthetic32 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (deviations, subtotals and
carried-forward sums, population totals, sums of taxes and grants, the result budget and its share, frame changes,
staff totals and weighted averages, accident totals, speed comparisons, placement sums, the fees including VAT and
the annual cost of the model houses) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    """round half away from zero to one decimal"""
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


def dmy(d):
    """date -> '14 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n):
    """12500 -> '12 500' (normal space, as printed in tables); negative with '−'."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def gd(n):
    """table cell for a count: 0 -> '–'"""
    return "–" if n == 0 else g(n)


def d1(x, plus=False):
    """7.45 -> '7,5'; 1486.2 -> '1 486,2'; negative with '−'; plus=True gives '+' to positive values."""
    v = r1(x)
    whole, frac = f"{abs(v):.1f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    if v < 0 and s != "0,0":
        return MINUS + s
    if plus and v > 0:
        return "+" + s
    return s


def d2(x):
    """38400 -> '38 400,00'; 30.96 -> '30,96'"""
    v = r2(x)
    whole, frac = f"{abs(v):.2f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    return (MINUS + s) if v < 0 else s


# =====================================================================================================
# (a) Region Gråsund – hälso- och sjukvårdsnämndens verksamhetsberättelse 2026 (nettokostnad, mnkr)
# =====================================================================================================
# (område, [(verksamhet, utfall 2025, budget 2026, utfall 2026)])
A_AREAS = [
    ("Primärvård", [
        ("Vårdcentraler", 1486.2, 1542.0, 1548.7),
        ("Barnhälsovård", 98.4, 103.5, 101.2),
        ("Rehabilitering och habilitering", 212.6, 221.8, 216.9),
        ("Närakut och jour", 176.9, 180.2, 174.6)]),
    ("Specialiserad somatisk vård", [
        ("Akutsjukvård", 612.8, 628.0, 651.3),
        ("Kirurgi och ortopedi", 1104.5, 1139.6, 1152.4),
        ("Medicinsk vård", 1268.9, 1305.2, 1318.0),
        ("Kvinnosjukvård och förlossning", 402.7, 418.3, 411.6),
        ("Barn- och ungdomsmedicin", 256.1, 266.0, 262.9),
        ("Cancervård", 498.6, 521.4, 529.8),
        ("Bild- och funktionsmedicin", 311.2, 322.5, 321.5)]),
    ("Psykiatri", [
        ("Vuxenpsykiatri", 688.4, 702.5, 726.9),
        ("Barn- och ungdomspsykiatri", 231.7, 240.6, 254.3),
        ("Rättspsykiatri", 142.9, 148.0, 147.9)]),
    ("Tandvård", [
        ("Allmäntandvård för barn och unga", 196.5, 204.8, 203.1),
        ("Specialisttandvård", 88.2, 91.0, 92.3),
        ("Tandvårdsstöd för vuxna", 66.2, 66.5, 65.7)]),
    ("Övrig hälso- och sjukvård", [
        ("Ambulanssjukvård", 289.6, 301.2, 307.5),
        ("Sjukresor", 76.3, 79.0, 86.1),
        ("Förmånsläkemedel", 912.4, 948.0, 971.6),
        ("Hjälpmedel", 139.1, 138.5, 136.2),
        ("Köpt vård utanför regionen", 398.7, 392.0, 398.5)]),
]
A_BREAK_AFTER = "Psykiatri"      # p. 2 ends with "Summa att transportera" after this area
# p. 1 gauges and p. 4 running text: (label, 2025, 2026, target)
A_FIRST_VISIT = (71.4, 76.8, 80)     # första besök inom 90 dagar, specialiserad vård, %
A_OPERATION = (63.9, 68.2, 80)       # operation/åtgärd inom 90 dagar, %
A_SAME_DAY = (86.1, 88.5, 90)        # kontakt med vårdcentral samma dag, %
A_DOCTOR_VISITS = (405880, 412350)   # läkarbesök på vårdcentralerna 2025, 2026
A_OTHER_VISITS = (611420, 628900)    # besök hos andra yrkesgrupper 2025, 2026
A_DIGITAL = 58210                    # digitala besök 2026
A_WAITING = (9846, 2284)             # väntande på första besök vid årsskiftet, varav > 90 dagar
A_BUP_30 = 64.5                      # BUP: första bedömning inom 30 dagar, % (p. 4)
A_PASSAGE = ("tre av fyra överläkartjänster i slutenvården har bemannats med hyrläkare under större delen av "
             "året")
A_SIGNED = _dt.date(2027, 2, 11)


def a_dev(r):
    """avvikelse mot budget = budget − utfall (negative = over budget)"""
    return r1(r[2] - r[3])


def a_rows():
    return [(area, r) for area, rows in A_AREAS for r in rows]


def a_area_sum(area):
    rows = dict(A_AREAS)[area]
    return tuple(r1(sum(r[k] for r in rows)) for k in (1, 2, 3))


def a_carry():
    """Summa att transportera: the areas on p. 2"""
    names = [a for a, _ in A_AREAS]
    upto = names[:names.index(A_BREAK_AFTER) + 1]
    return tuple(r1(sum(a_area_sum(a)[k] for a in upto)) for k in range(3))


def a_total():
    return tuple(r1(sum(a_area_sum(a)[k] for a, _ in A_AREAS)) for k in range(3))


def a_row_text(r):
    return f"{r[0]} {d1(r[1])} {d1(r[2])} {d1(r[3])} {d1(a_dev(r), plus=True)}"


def a_sum_text(area):
    s = a_area_sum(area)
    return f"Summa {area.lower()} {d1(s[0])} {d1(s[1])} {d1(s[2])} {d1(r1(s[1] - s[2]), plus=True)}"


def a_row(name):
    return [r for _, r in a_rows() if r[0] == name][0]


# =====================================================================================================
# (b) Roslinge kommun – budgetförutsättningar och planeringsdirektiv 2027–2029
# =====================================================================================================
B_POP_YEARS = list(range(2022, 2030))
B_OUTCOME_LAST = 2025          # 2022–2025 utfall, 2026–2029 prognos
# age groups 0–19, 20–64, 65–79, 80– per year (31 december)
B_POP = {
    2022: (5812, 13594, 3472, 1227),
    2023: (5798, 13612, 3531, 1277),
    2024: (5805, 13668, 3570, 1334),
    2025: (5790, 13701, 3582, 1390),
    2026: (5776, 13742, 3581, 1441),
    2027: (5760, 13790, 3573, 1497),
    2028: (5751, 13834, 3564, 1556),
    2029: (5745, 13879, 3552, 1614),
}
B_AGES = ["0–19 år", "20–64 år", "65–79 år", "80 år och äldre"]
B_RATE = {"kommun": (22.14, 22.39), "region": (11.76, 11.76)}   # skattesats 2026, 2027 (kr per 100 kr)
B_BASE_GROWTH = {2027: 4.1, 2028: 3.6, 2029: 3.8}               # skatteunderlagets ökning, %
B_WAGES, B_PRICES = 3.2, 2.1                                    # löne- och prisuppräkning 2027, %
B_TARGET = 2.0                                                  # resultatmål, % av skatter och bidrag
B_YEARS = [2026, 2027, 2028, 2029]
B_YEAR_HEAD = ["Prognos 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
# Tabell 2: skatteintäkter och generella statsbidrag, mnkr
B_TAX = [
    ("Skatteintäkter", (1512.4, 1578.9, 1631.2, 1688.5)),
    ("Inkomstutjämning", (342.6, 356.1, 366.8, 378.0)),
    ("Kostnadsutjämning", (41.3, 43.0, 44.2, 45.5)),
    ("Regleringsbidrag/-avgift", (18.7, -6.4, -12.9, -19.8)),
    ("LSS-utjämning", (-22.5, -23.1, -23.8, -24.4)),
    ("Fastighetsavgift", (64.2, 66.0, 67.9, 69.7)),
]
B_SETTLEMENT = (-4.2, 1.8)   # slutavräkning ingår i skatteintäkterna 2026 och 2027, mnkr (footnote ¹ on p. 3)
B_NOTE = {"Skatteintäkter": "¹"}
B_FIN = (20.6, 18.5, 24.2, 29.4)        # finansförvaltningen netto (pensioner, kapitalkostnader, räntor), mnkr
B_PROGNOS_NET_2026 = 1914.6             # nämndernas nettokostnader enligt prognos 2026
# Tabell 4: ramar per nämnd, mnkr (budget 2026, ram 2027, plan 2028, plan 2029); colour for the stacked bar
B_FRAMES = [
    ("Kommunstyrelsen", (168.4, 172.9, 176.1, 179.8), (70, 90, 140)),
    ("Barn- och utbildningsnämnden", (842.6, 866.2, 884.0, 902.5), (214, 140, 50)),
    ("Vård- och omsorgsnämnden", (612.3, 642.0, 668.4, 696.1), (120, 70, 130)),
    ("Socialnämnden", (148.2, 151.0, 153.5, 156.2), (180, 80, 80)),
    ("Samhällsbyggnadsnämnden", (62.8, 64.1, 65.3, 66.6), (60, 130, 90)),
    ("Kultur- och fritidsnämnden", (54.5, 55.2, 56.0, 56.9), (40, 140, 160)),
    ("Överförmyndarnämnden", (4.1, 4.3, 4.4, 4.5), (150, 150, 150)),
]
B_DATES = [   # the budget process (p. 1 chevrons): (month label, step, date)
    ("Mars", "Planeringsdirektiv", _dt.date(2026, 3, 16)),
    ("April", "Nämndernas underlag", _dt.date(2026, 4, 30)),
    ("Juni", "KF beslutar ramar", _dt.date(2026, 6, 15)),
    ("November", "KF fastställer budget", _dt.date(2026, 11, 23)),
]
B_PASSAGE = ("antalet invånare som är 80 år och äldre ökar med omkring 55 personer per år")


def b_pop_total(y):
    return sum(B_POP[y])


def b_grants():
    """summa generella statsbidrag och utjämning (all rows but Skatteintäkter) per year"""
    return tuple(r1(sum(v[k] for n, v in B_TAX[1:])) for k in range(4))


def b_tax_total():
    return tuple(r1(B_TAX[0][1][k] + b_grants()[k]) for k in range(4))


def b_frames_total():
    return tuple(r1(sum(f[1][k] for f in B_FRAMES)) for k in range(4))


def b_net():
    """nämndernas nettokostnader in the result budget: prognos 2026, ramar 2027–2029"""
    t = b_frames_total()
    return (B_PROGNOS_NET_2026, t[1], t[2], t[3])


def b_result():
    return tuple(r1(b_tax_total()[k] - b_net()[k] - B_FIN[k]) for k in range(4))


def b_result_pct():
    return tuple(r1(b_result()[k] / b_tax_total()[k] * 100) for k in range(4))


def b_frame_pct(f):
    return r1((f[1][1] / f[1][0] - 1) * 100)


def b_tax_row_text(row):
    n, v = row
    return f"{n}{B_NOTE.get(n, '')} {' '.join(d1(x) for x in v)}"


def b_frame_text(f):
    return f"{f[0]} {' '.join(d1(x) for x in f[1])} {d1(b_frame_pct(f), plus=True)}"


def b_rate_total(k):
    return r2(B_RATE["kommun"][k] + B_RATE["region"][k])


# =====================================================================================================
# (c) Westerlunda kommun – personalredovisning 2026
# =====================================================================================================
# (förkortning, förvaltning, kvinnor, män, totalt 2025, medelålder 2026)
C_DEPTS = [
    ("KLF", "Kommunledningsförvaltningen", 118, 64, 176, 46.2),
    ("BUF", "Barn- och utbildningsförvaltningen", 812, 221, 1019, 44.1),
    ("VOF", "Vård- och omsorgsförvaltningen", 904, 143, 1062, 45.6),
    ("IFF", "Individ- och familjeomsorgsförvaltningen", 167, 38, 198, 42.8),
    ("SBF", "Samhällsbyggnadsförvaltningen", 71, 139, 204, 47.3),
    ("KFF", "Kultur- och fritidsförvaltningen", 58, 44, 99, 45.0),
    ("STF", "Service- och teknikförvaltningen", 96, 122, 221, 49.1),
]
C_AGE_GROUPS = ["−29 år", "30–49 år", "50 år−"]
C_SICK = {2025: (6.1, 7.2, 8.0), 2026: (5.8, 7.0, 9.1)}       # sjukfrånvaro per åldersgrupp, %
C_HOUR_SHARE = (0.14, 0.46, 0.40)                              # share of working hours per age group
C_SICK_SEX = {2025: (8.4, 4.6), 2026: (8.6, 5.0)}              # kvinnor, män
C_WOMEN_HOURS = 0.74                                           # women's share of working hours
C_LONG = (41.2, 43.8)                                          # långtidssjukfrånvarons andel 2025, 2026, %
# övertid och mertid, timmar 2025, 2026; personalomsättning % 2025, 2026 (per förvaltning, same order)
C_OVERTIME = {"KLF": (1240, 1105), "BUF": (6870, 7420), "VOF": (18450, 16980), "IFF": (2310, 2645),
              "SBF": (3120, 3480), "KFF": (1680, 1590), "STF": (5940, 6215)}
C_TURNOVER = {"KLF": (8.2, 7.1), "BUF": (9.6, 10.4), "VOF": (12.8, 11.9), "IFF": (15.3, 17.2),
              "SBF": (7.4, 8.8), "KFF": (6.9, 6.1), "STF": (5.8, 6.3)}
C_TURNOVER_TARGET = 9.0
C_PASSAGE = ("fler medarbetare över 50 år har haft långa sjukskrivningar efter operationer och "
             "belastningsskador")


def c_total(d):
    return d[2] + d[3]


def c_totals():
    k = sum(d[2] for d in C_DEPTS)
    m = sum(d[3] for d in C_DEPTS)
    return k, m, k + m, sum(d[4] for d in C_DEPTS)


def c_avg_age():
    return r1(sum(d[5] * c_total(d) for d in C_DEPTS) / c_totals()[2])


def c_sick_all(year):
    return r1(sum(v * w for v, w in zip(C_SICK[year], C_HOUR_SHARE)))


def c_sick_sex_all(year):
    k, m = C_SICK_SEX[year]
    return r1(k * C_WOMEN_HOURS + m * (1 - C_WOMEN_HOURS))


def c_overtime_total(i):
    return sum(v[i] for v in C_OVERTIME.values())


def c_turnover_all(i):
    """weighted by the staff of the same year"""
    if i == 1:
        w = {d[0]: c_total(d) for d in C_DEPTS}
    else:
        w = {d[0]: d[4] for d in C_DEPTS}
    return r1(sum(C_TURNOVER[k][i] * w[k] for k in w) / sum(w.values()))


def c_row_text(d):
    return f"{d[1]} {g(d[2])} {g(d[3])} {g(c_total(d))} {g(d[4])} {d1(d[5])}"


def c_women_share():
    k, m, t, _ = c_totals()
    return r1(k / t * 100)


# =====================================================================================================
# (d) Ullvika kommun – trafiksäkerhetsprogram 2024–2030, uppföljning 2026
# =====================================================================================================
D_YEARS = [2024, 2025, 2026]
# trafikantgrupp -> {år: (dödade, svårt skadade, lindrigt skadade)}
D_ACC = [
    ("Gående", {2024: (0, 3, 14), 2025: (1, 2, 12), 2026: (0, 4, 11)}),
    ("Cyklister", {2024: (0, 5, 22), 2025: (0, 7, 26), 2026: (1, 6, 29)}),
    ("Elsparkcyklister", {2024: (0, 1, 9), 2025: (0, 2, 13), 2026: (0, 3, 15)}),
    ("Mopedister", {2024: (0, 2, 8), 2025: (1, 1, 6), 2026: (0, 1, 7)}),
    ("Motorcyklister", {2024: (1, 3, 5), 2025: (0, 2, 6), 2026: (1, 2, 4)}),
    ("Bilister", {2024: (2, 6, 41), 2025: (1, 5, 38), 2026: (0, 4, 35)}),
]
D_BASE = (2020, 3, 28)          # basår, dödade, svårt skadade
D_GOAL_2030 = (0, 14)           # mål 2030: dödade, svårt skadade (halvering)
# Tabell 2: (nr, gata, åtgärd, typ, kostnad tkr, år, status)
D_TYPES = ["Hastighetsdämpning", "Passage", "Hastighetsgräns", "Cykelväg", "Korsning", "Belysning"]
D_MEASURES = [
    ("T01", "Kungsgatan", "Upphöjt övergångsställe vid Kanalskolan", "Passage", 420, 2025, "Genomförd"),
    ("T02", "Rådhusgatan", "Sänkt hastighet till 30 km/h och nya skyltar", "Hastighetsgräns", 85, 2025,
     "Genomförd"),
    ("T03", "Gjutargatan", "Två vägkuddar och avsmalning vid Kvarnbyn", "Hastighetsdämpning", 310, 2026,
     "Genomförd"),
    ("T04", "Kanalvägen", "Separat gång- och cykelbana, 650 meter", "Cykelväg", 2850, 2026, "Genomförd"),
    ("T05", "Utmarksvägen", "Belysning längs gång- och cykelvägen", "Belysning", 540, 2026, "Genomförd"),
    ("T06", "Rådhusgatan", "Längre grön tid för gående vid torget", "Korsning", 60, 2026, "Genomförd"),
    ("T07", "Ringvägen", "Cirkulationsplats i korsningen med Gruvvägen", "Korsning", 4600, 2027, "Planerad"),
    ("T08", "Kyrkogatan", "Gångfartsområde mellan torget och kyrkan", "Hastighetsgräns", 190, 2027, "Planerad"),
    ("T09", "Gruvvägen", "Säkrare busshållplats med refug", "Passage", 380, 2027, "Planerad"),
    ("T10", "Ollonstigen", "Gupp och skyltning vid förskolan", "Hastighetsdämpning", 160, 2027, "Planerad"),
    ("T11", "Kungsgatan", "Cykelbox och nya signaler vid Rådhusgatan", "Korsning", 720, 2028, "Planerad"),
    ("T12", "Gamla landsvägen", "Bredare vägren för cyklister till Rydsbro", "Cykelväg", 1950, 2028, "Utreds"),
]
# Tabell 3: (gata, skyltad hastighet, medelhastighet, 85-percentil km/h, andel över skyltad hastighet %, fordon per
# dygn)
D_SPEEDS = [
    ("Kungsgatan", 40, 36, 43, 22, 6820),
    ("Rådhusgatan", 30, 31, 37, 54, 4150),
    ("Gjutargatan", 30, 28, 34, 31, 1240),
    ("Kanalvägen", 50, 47, 55, 28, 5960),
    ("Utmarksvägen", 60, 63, 72, 61, 2780),
    ("Ringvägen", 50, 52, 61, 57, 8430),
    ("Kyrkogatan", 30, 27, 32, 19, 2310),
    ("Gruvvägen", 40, 44, 51, 68, 3450),
    ("Ollonstigen", 30, 33, 39, 63, 620),
    ("Gamla landsvägen", 70, 68, 79, 38, 1870),
]
D_MEASURED = (_dt.date(2026, 9, 7), _dt.date(2026, 10, 2))   # mätperiod
D_PASSAGE = ("singelolyckor på cykelbanor med grus eller is under vinterhalvåret")


def d_total(year):
    return tuple(sum(v[year][k] for _, v in D_ACC) for k in range(3))


def d_acc_text(row):
    n, v = row
    return n + " " + " ".join(gd(x) for y in D_YEARS for x in v[y])


def d_measure_text(m):
    return f"{m[0]} {m[1]} {m[2]} {m[3]} {g(m[4])} {m[5]} {m[6]}"


def d_speed_text(s):
    return f"{s[0]} {s[1]} {s[2]} {s[3]} {s[4]} {g(s[5])}"


# =====================================================================================================
# (e) Gunnesta kommun – individ- och familjeomsorgen, verksamhetsuppföljning 2026
# =====================================================================================================
# (grupp, [(placeringsform, antal 2025, kostnad 2025 mnkr, antal 2026, kostnad 2026 mnkr)])
E_GROUPS = [
    ("Barn och unga 0–20 år", [
        ("HVB", 14, 26.8, 11, 21.9),
        ("Familjehem", 46, 18.4, 52, 21.3),
        ("Jourhem", 9, 2.1, 7, 1.8),
        ("Stödboende", 8, 4.6, 10, 5.9),
        ("Särskilda ungdomshem", 3, 7.2, 4, 9.8)]),
    ("Vuxna 21 år och äldre", [
        ("HVB", 19, 15.7, 16, 13.2),
        ("Familjehem", 5, 1.1, 6, 1.4),
        ("Stödboende och träningsboende", 12, 5.3, 15, 6.6),
        ("LVM-hem", 4, 3.9, 3, 2.8),
        ("Skyddat boende", 7, 3.4, 9, 4.5)]),
]
E_REPORTS = (1284, 1412)          # orosanmälningar om barn 2025, 2026
E_REPORT_INQ = 27                 # andel som ledde till utredning, %
E_WAIT = {"ekonomiskt bistånd": (14, 9), "vuxenenheten": (19, 12)}   # mediantid till första möte, dagar
E_WAIT_TARGET = 10
E_CHILD_FIRST = 11                # barn och unga: dagar till första samtal (medel)
E_AREAS = [   # utvecklingsområden 2027 (p. 3): (rubrik, [underpunkter])
    ("Fler insatser på hemmaplan", [
        "utöka öppenvårdsteamet Orion med två familjebehandlare",
        "starta ett gruppstöd för föräldrar till tonåringar",
        "erbjuda intensivt stöd i hemmet som alternativ till placering på HVB"]),
    ("Rekrytering och stöd till familjehem", [
        "en gemensam rekryteringskampanj med grannkommunerna under våren 2027",
        "mer handledning och utbildning för de familjehem som redan finns"]),
    ("Kortare väntan inom ekonomiskt bistånd", [
        "digital ansökan för alla sökande från och med mars 2027",
        "öppna telefontider fyra dagar i veckan"]),
    ("Kompetens och bemanning", [
        "ett introduktionsår för nyexaminerade socialsekreterare",
        "inga inhyrda konsulter i myndighetsutövningen efter 2027"]),
    ("Samverkan med skolan och regionen", [
        "en gemensam rutin för elever med hög frånvaro",
        "samordnad individuell plan inom 30 dagar när den begärs"]),
]
E_PASSAGE = ("fler ungdomar har fått stöd av öppenvårdsteamet Orion i stället för att placeras på institution")


def e_rows():
    return [(gr, r) for gr, rows in E_GROUPS for r in rows]


def e_gsum(gr):
    rows = dict(E_GROUPS)[gr]
    return (sum(r[1] for r in rows), r1(sum(r[2] for r in rows)), sum(r[3] for r in rows),
            r1(sum(r[4] for r in rows)))


def e_total():
    s = [e_gsum(gr) for gr, _ in E_GROUPS]
    return (sum(x[0] for x in s), r1(sum(x[1] for x in s)), sum(x[2] for x in s), r1(sum(x[3] for x in s)))


def e_row_text(r):
    """butterfly table, left to right: 2025 kostnad, antal | form | 2026 antal, kostnad"""
    return f"{d1(r[2])} {r[1]} {r[0]} {r[3]} {d1(r[4])}"


def e_sum_text(vals, label):
    return f"{d1(vals[1])} {vals[0]} {label} {vals[2]} {d1(vals[3])}"


def e_sub_items():
    return [(head, s) for head, subs in E_AREAS for s in subs]


# =====================================================================================================
# (f) Odelsvik kommun – VA-taxa 2027: protokollsutdrag, SCANNED fee list (p. 2), typhus and investments
# =====================================================================================================
F_VAT = 1.25
# (grupp, [(avgiftsdel, enhet, exkl. moms 2026, höjning %)]); 2027 = 2026 × (1 + höjning)
F_FEES = [
    ("Anläggningsavgift (engångsavgift)", [
        ("Servisavgift", "per servis", 38400.00, 5),
        ("Tomtyteavgift", "per m² tomtyta", 36.00, 5),
        ("Lägenhetsavgift", "per lägenhet", 22600.00, 5),
        ("Dagvattenavgift, gata", "per m² tomtyta", 9.60, 5)]),
    ("Brukningsavgift (årlig avgift)", [
        ("Fast avgift, småhus", "per år", 4120.00, 9),
        ("Fast avgift, flerbostadshus", "per lägenhet och år", 1680.00, 9),
        ("Förbrukningsavgift", "per m³", 28.40, 9),
        ("Dagvattenavgift, småhus", "per år", 960.00, 9),
        ("Mätaravgift", "per mätare och år", 320.00, 0)]),
]
F_KF = (_dt.date(2026, 11, 23), 142)        # kommunfullmäktige, datum och paragraf
F_VOTES = (31, 14)                          # ja, nej
F_SIGNED = _dt.date(2026, 11, 30)           # the fee list was printed, signed and scanned (stamp on p. 2)
F_TYPHUS = [   # (namn, beskrivning, förbrukning m³ per år, lägenheter)
    ("Typhus A", "småhus med en förbrukning på 150 m³ per år", 150, 1),
    ("Typhus B", "lägenhet i flerbostadshus med en förbrukning på 100 m³ per år", 100, 1),
]
# Tabell 2 (p. 3): planerade investeringar i VA-verksamheten 2027–2030 (namn, mnkr, period)
F_INVEST = [
    ("Ombyggnad av Gåsholmens reningsverk", 186.0, "2027–2030"),
    ("Ny överföringsledning Kallviken–Odelsvik", 64.5, "2027–2028"),
    ("Förnyelse av ledningsnätet i centrum", 38.2, "2027–2030"),
    ("Reservvattentäkt vid Rimsjön", 27.8, "2028–2029"),
    ("Dagvattendammar vid Ugglevik", 12.4, "2027"),
    ("Utbyggnad av vatten och avlopp till Rydsbro", 48.6, "2028–2030"),
    ("Vattenmätare med fjärravläsning", 9.3, "2027–2028"),
]
F_INVEST_2027 = 42.0        # of the treatment plant, mnkr in 2027 (p. 3)
F_PASSAGE = ("reningsverket måste klara skärpta krav på rening av kväve och fosfor från 2029")


def f_fee_rows():
    return [(gr, r) for gr, rows in F_FEES for r in rows]


def f_fee(r):
    """(2026 exkl, 2026 inkl, 2027 exkl, 2027 inkl)"""
    a = r[2]
    b = r2(a * (1 + r[3] / 100))
    return a, r2(a * F_VAT), b, r2(b * F_VAT)


def f_fee_by_name(name):
    return [r for _, r in f_fee_rows() if r[0] == name][0]


def f_scan_row(r):
    v = f_fee(r)
    return f"{r[0]} {r[1]} {' '.join(d2(x) for x in v)}"


def f_typhus_cost(t, k):
    """annual cost incl. VAT for year index k (0 = 2026, 1 = 2027)"""
    col = 1 if k == 0 else 3
    fee = lambda n: f_fee(f_fee_by_name(n))[col]  # noqa: E731
    if t[0] == "Typhus A":
        return r2(fee("Fast avgift, småhus") + t[2] * fee("Förbrukningsavgift") + fee("Dagvattenavgift, småhus")
                  + fee("Mätaravgift"))
    return r2(fee("Fast avgift, flerbostadshus") + t[2] * fee("Förbrukningsavgift"))


def f_typhus_change(t):
    a, b = f_typhus_cost(t, 0), f_typhus_cost(t, 1)
    return r2(b - a), r1((b / a - 1) * 100)


def f_invest_text(i):
    return f"{i[0]} {d1(i[1])} {i[2]}"


def f_scan_blocks():
    """blocks for scan32.render_scan: the signed fee list of VA-taxa 2027 (Bilaga 1 till KF § 142)"""
    head = [["Avgiftsdel", "Enhet", "exkl. moms", "inkl. moms", "exkl. moms", "inkl. moms"]]
    body = []
    for gr, rows in F_FEES:
        body.append(("group", gr))
        for r in rows:
            v = f_fee(r)
            body.append(("row", [r[0], r[1]] + [d2(x) for x in v]))
    return [
        ("staple", ""),
        ("bleed", "Odelsviks kommun · Taxa för allmänna vatten- och avloppsanläggningen · Bestämmelser"),
        ("pagestamp", f"Bilaga 1 till KF § {F_KF[1]}\t{F_KF[0].isoformat()}"),
        ("wave", "ODELSVIKS KOMMUN\tKommunfullmäktige"),
        ("sp", ""),
        ("h", "Avgifter enligt VA-taxa 2027"),
        ("small", "Belopp i kronor. Moms 25 procent ingår i kolumnerna inkl. moms."),
        ("vtable", {"groups": ["2026", "2027"], "head": head[0], "body": body}),
        ("note", "Anm. Avgifterna för 2027 gäller från och med den 1 januari 2027. Mätaravgiften är oförändrad."),
        ("note", "Anm. Anläggningsavgift tas ut när en fastighet ansluts. Brukningsavgift tas ut varje år."),
        ("sp", ""),
        ("sign", "Ruth Olander, ordförande\tGunnar Oldin, justerare"),
        ("coffee", ""),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("sp", "staple", "coffee", "bleed"):
            continue
        if style == "vtable":
            out.append("Avgiftsdel Enhet 2026 2027 exkl. moms inkl. moms exkl. moms inkl. moms")
            for kind, x in t["body"]:
                out.append(x if kind == "group" else " ".join(x))
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
