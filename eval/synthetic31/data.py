"""The numbers, rows and list items of the six synthetic31 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (the sum rows of the
income statement, the key ratios and the five-year ratios, sums per group and totals of the audited committee,
deviations and shares, forecast deviations and group sums, weighted sick-leave totals, weighted totals of the
nursing homes and target marks, the maximum fees as shares of the income ceiling, and the totals and changes of
the population forecast) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    """round half away from zero to one decimal"""
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


def dmy(d):
    """date -> '15 januari 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n, plus=False):
    """12500 -> '12 500' (normal space, as printed in tables); negative with '−', plus=True gives '+'."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    if n < 0:
        return MINUS + s
    if plus and n > 0:
        return "+" + s
    return s


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(r1(x)):.1f}".replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0 and s != "0,0":
        return "+" + s
    return s


def m10(x, plus=False):
    """an amount kept in tenths of a million (1684 = 168,4 mnkr) -> '168,4', grouped: 10065 -> '1 006,5'"""
    whole, frac = divmod(abs(int(x)), 10)
    s = f"{whole:,}".replace(",", " ") + f",{frac}"
    if x < 0:
        return MINUS + s
    if plus and x > 0:
        return "+" + s
    return s


# =====================================================================================================
# (a) Svedinge kommun – årsredovisning 2026, avsnitt finansiell analys och räkenskaper (mnkr)
# =====================================================================================================
# income statement: (label, note, (kommunen 2025, kommunen 2026, koncernen 2025, koncernen 2026)) in tenths of
# a mnkr; None = "–" (no such item); ("SUM", label) = a sum row of everything above it
A_RR = [
    ("Verksamhetens intäkter", 1, (1684, 1769, 2417, 2538)),
    ("Verksamhetens kostnader", 2, (-9126, -9483, -9682, -10065)),
    ("Avskrivningar", 3, (-318, -342, -529, -564)),
    ("SUM", "Verksamhetens nettokostnader"),
    ("Skatteintäkter", 4, (5752, 5986, 5752, 5986)),
    ("Generella statsbidrag och utjämning", 5, (2069, 2214, 2069, 2214)),
    ("SUM", "Verksamhetens resultat"),
    ("Finansiella intäkter", 6, (46, 53, 31, 36)),
    ("Finansiella kostnader", 7, (-29, -34, -98, -107)),
    ("SUM", "Resultat efter finansiella poster"),
    ("Skatt på årets resultat", None, (None, None, -6, -9)),
    ("SUM", "Årets resultat"),
]
A_BUDGET_RES = 90            # budgeterat resultat 2026, kommunen (tenths of a mnkr)
A_GOAL_PCT = 1.5             # finansiellt mål: resultat i procent av skatter och bidrag
A_REAL_GAIN = (4, 11)        # realisationsvinster 2025, 2026 (footnote 2 and balanskrav)
A_INSURANCE = (27, 42)       # återbetalda avtalsförsäkringspremier i verksamhetens intäkter 2025, 2026 (footnote 1)
A_INVEST = (584, 619)        # nettoinvesteringar 2025, 2026
A_SOL = {"kommun": (38.4, 39.7), "inkl": (14.1, 16.2), "koncern": (29.8, 30.5)}
A_WRITE_DOWN = 94            # Svedingebostäder AB: nedskrivning 2025
A_PASSAGE = ("Svedingebostäder AB skrev ned värdet på två äldre hyreshus med 9,4 mnkr eftersom husen ska rivas "
             "och ersättas med nya bostäder")
# five-year overview (2022 … 2026, oldest first; printed newest first)
A_YEARS = [2022, 2023, 2024, 2025, 2026]
A_POP = [11642, 11688, 11731, 11764, 11809]
A_TAXRATE = [22.31, 22.31, 22.56, 22.56, 22.56]
A_INC = [1492, 1550, 1613, 1684, 1769]          # verksamhetens intäkter
A_VNK = [6931, 7315, 7528, 7760, 8056]          # verksamhetens nettokostnader (positive)
A_SKATT = [7064, 7389, 7596, 7821, 8200]        # skatteintäkter och generella statsbidrag
A_FIN = [-7, -25, 35, 17, 19]                   # finansnetto
A_AVSKR = [274, 289, 306, 318, 342]
A_NETINV = [447, 712, 526, 584, 619]
A_SOL5 = [36.9, 37.2, 37.8, 38.4, 39.7]
A_SOLP5 = [9.8, 11.5, 12.9, 14.1, 16.2]
A_DEBT = [2100, 2450, 2550, 2620, 2680]
# notes (kommunen, 2025 / 2026, positive amounts): (nr, heading, [(item, 2025, 2026)])
A_NOTES = [
    (1, "Verksamhetens intäkter", [("Taxor och avgifter", 486, 502), ("Hyror och arrenden", 221, 230),
                                   ("Bidrag och ersättningar från staten", 719, 763),
                                   ("Försäljning av verksamhet", 184, 191), ("Övriga intäkter", 74, 83)]),
    (2, "Verksamhetens kostnader", [("Personalkostnader", 5984, 6227), ("Köp av verksamhet", 1423, 1470),
                                    ("Lokal- och fastighetskostnader", 618, 639),
                                    ("Bidrag och transfereringar", 387, 402), ("Övriga kostnader", 714, 745)]),
    (3, "Avskrivningar", [("Byggnader och anläggningar", 249, 266), ("Maskiner och inventarier", 69, 76)]),
    (4, "Skatteintäkter", [("Preliminära skatteintäkter", 5789, 6014),
                           ("Slutavräkning för föregående år", -16, -9),
                           ("Prognos för slutavräkning innevarande år", -21, -19)]),
    (5, "Generella statsbidrag och utjämning", [("Inkomstutjämningsbidrag", 1683, 1765),
                                                ("Kostnadsutjämningsbidrag", 124, 141),
                                                ("Regleringsbidrag", 38, 62), ("Avgift till LSS-utjämningen", -69, -73),
                                                ("Kommunal fastighetsavgift", 281, 294),
                                                ("Generella bidrag från staten", 12, 25)]),
    (6, "Finansiella intäkter", [("Ränteintäkter", 19, 24), ("Borgensavgift från Svedingebostäder AB", 27, 29)]),
    (7, "Finansiella kostnader", [("Räntor på lån", 26, 30), ("Ränta på pensionsavsättning", 3, 4)]),
]


def a_rr_rows():
    """[(label, note, values, is_sum)] with the sum rows computed (None stays None in a sum as 0)"""
    out, acc = [], [0, 0, 0, 0]
    for row in A_RR:
        if row[0] == "SUM":
            out.append((row[1], None, tuple(acc), True))
            continue
        label, note, vals = row
        acc = [a + (v or 0) for a, v in zip(acc, vals)]
        out.append((label, note, vals, False))
    return out


def a_rr(label):
    return [r for r in a_rr_rows() if r[0] == label][0][2]


def a_rr_text(r):
    label, note, vals, is_sum = r
    cells = ["–" if v is None else m10(v) for v in vals]
    return f"{label} {' '.join(cells)}"


def a_pct(num, den):
    return r1(num / den * 100)


def a_nka(i):
    """nettokostnadsandel year index i of the five-year overview, per cent"""
    return a_pct(A_VNK[i] - A_FIN[i], A_SKATT[i])


def a_res(i):
    return A_SKATT[i] - A_VNK[i] + A_FIN[i]


def a_self(i):
    """självfinansieringsgrad av nettoinvesteringarna, per cent"""
    return a_pct(a_res(i) + A_AVSKR[i], A_NETINV[i])


def a_debt_per_inh(i):
    return r0(A_DEBT[i] * 100000 / A_POP[i])


def a_five():
    """[(section or None, label, [values as printed, 2022 … 2026], [raw numbers for the dot plot])]"""
    rows = []
    n = range(5)
    rows.append(("Befolkning och skatt", "Folkmängd 31 december", [g(v) for v in A_POP], A_POP))
    rows.append((None, "Kommunal skattesats, kr", [f"{v:.2f}".replace(".", ",") for v in A_TAXRATE], A_TAXRATE))
    rows.append(("Resultat", "Verksamhetens intäkter, mnkr", [m10(v) for v in A_INC], A_INC))
    rows.append((None, "Verksamhetens nettokostnader, mnkr", [m10(v) for v in A_VNK], A_VNK))
    rows.append((None, "Skatteintäkter och generella statsbidrag, mnkr", [m10(v) for v in A_SKATT], A_SKATT))
    rows.append((None, "Finansnetto, mnkr", [m10(v) for v in A_FIN], A_FIN))
    res = [a_res(i) for i in n]
    rows.append((None, "Årets resultat, mnkr", [m10(v) for v in res], res))
    rp = [a_pct(a_res(i), A_SKATT[i]) for i in n]
    rows.append((None, "Resultat i procent av skatter och bidrag, %", [d1(v) for v in rp], rp))
    nk = [a_nka(i) for i in n]
    rows.append((None, "Nettokostnadsandel, %", [d1(v) for v in nk], nk))
    rows.append(("Investeringar", "Nettoinvesteringar, mnkr", [m10(v) for v in A_NETINV], A_NETINV))
    rows.append((None, "Avskrivningar, mnkr", [m10(v) for v in A_AVSKR], A_AVSKR))
    sf = [a_self(i) for i in n]
    rows.append((None, "Självfinansieringsgrad, %", [d1(v) for v in sf], sf))
    rows.append(("Finansiell ställning", "Soliditet, %", [d1(v) for v in A_SOL5], A_SOL5))
    rows.append((None, "Soliditet inkl. samtliga pensionsförpliktelser, %", [d1(v) for v in A_SOLP5], A_SOLP5))
    rows.append((None, "Låneskuld, mnkr", [m10(v) for v in A_DEBT], A_DEBT))
    dp = [a_debt_per_inh(i) for i in n]
    rows.append((None, "Låneskuld per invånare, kr", [g(v) for v in dp], dp))
    return rows


def a_five_text(row):
    """the row as extracted: label, then the years NEWEST FIRST"""
    return f"{row[1]} {' '.join(reversed(row[2]))}"


def a_note_text(item):
    return f"{item[0]} {m10(item[1])} {m10(item[2])}"


def a_note_sum(nr):
    items = [n for n in A_NOTES if n[0] == nr][0][2]
    return sum(i[1] for i in items), sum(i[2] for i in items)


# =====================================================================================================
# (b) Vargsunda kommun – revisionsrapport 2027:1, tekniska nämndens budgetuppföljning 2026 (tkr)
# =====================================================================================================
# (group, [(verksamhet, budget 2026, utfall 2026)])
B_GROUPS = [
    ("Gata och trafik", [("Gator och vägar", 18400, 19650), ("Vinterväghållning", 6200, 9340),
                         ("Gatubelysning", 3900, 3720), ("Trafiksäkerhet och parkering", 1450, 1310)]),
    ("Park och natur", [("Parker och lekplatser", 7800, 8260), ("Skog och naturvård", 1100, 940),
                        ("Badplatser", 950, 1080)]),
    ("Fastighet", [("Verksamhetslokaler", 12600, 14870), ("Planerat underhåll", 8500, 6120),
                   ("Energi och media", 9300, 10450)]),
    ("Service", [("Måltidsservice", 21700, 22480), ("Lokalvård", 9900, 9560), ("Fordonsförvaltning", 1200, 1470),
                 ("Nämnd och administration", 4300, 4120)]),
]
B_BREAK_AFTER = "Park och natur"     # Tabell 1 continues on p. 3 after this group
B_SAMPLE = (40, 9, 6)                # granskade fakturor, saknade beslutsattest, attesterade av obehörig
B_REPORTS = (10, 7, 3)               # månadsrapporter, med helårsprognos, med analys
B_FORECASTS = [("april", -1200), ("augusti", -2400), ("oktober", -4900)]
B_PLOWING = (27, 15)                 # plogningstillfällen vintern 2025/2026 mot en normalvinter
B_INTERVIEWS = 8
B_PASSAGE = ("vintern 2025/2026 krävde 27 plogningstillfällen mot normalt 15, samtidigt som budgeten inte har "
             "räknats upp sedan 2023")
B_RECS = [
    "Säkerställ att varje månadsrapport till nämnden innehåller en helårsprognos och en analys av orsakerna till "
    "avvikelserna mot budget.",
    "Beräkna budgeten för vinterväghållning utifrån ett genomsnitt av de senaste fem vintrarna och rapportera "
    "avvikelser till nämnden senast i mars.",
    "Se över attestförteckningen och säkerställ att endast behöriga personer beslutsattesterar fakturor.",
    "Ta fram en flerårig underhållsplan så att medel för planerat underhåll inte används till akuta åtgärder i "
    "verksamhetslokalerna.",
    "Besluta om åtgärder så snart prognosen visar ett underskott som överstiger en procent av nämndens budget, och "
    "dokumentera besluten i protokollet.",
]
B_DATE = _dt.date(2027, 3, 18)       # rapportens datum
B_QUESTIONS = [  # revisionsfrågor och svar (p. 4)
    ("Får nämnden regelbundna och tillförlitliga prognoser?", "Delvis"),
    ("Analyseras orsakerna till budgetavvikelserna?", "Nej"),
    ("Vidtar nämnden åtgärder vid befarade underskott?", "Delvis"),
    ("Följs attestreglementet?", "Nej"),
]


def b_rows():
    """[(group, row)] in table order"""
    return [(gr, r) for gr, rows in B_GROUPS for r in rows]


def b_dev(r):
    return r[1] - r[2]


def b_devpct(r):
    return r1((r[1] - r[2]) / r[1] * 100)


def b_gsum(gr):
    rows = [r for g_, r in b_rows() if g_ == gr]
    return sum(r[1] for r in rows), sum(r[2] for r in rows)


def b_total():
    return sum(r[1] for _, r in b_rows()), sum(r[2] for _, r in b_rows())


def b_row_text(r):
    return f"{r[0]} {g(r[1])} {g(r[2])} {g(b_dev(r), plus=True)} {d1(b_devpct(r), plus=True)}"


def b_sum_text(label, s):
    dev = s[0] - s[1]
    return f"{label} {g(s[0])} {g(s[1])} {g(dev, plus=True)} {d1((s[0] - s[1]) / s[0] * 100, plus=True)}"


# =====================================================================================================
# (c) Porsbacka kommun – socialnämnden, delårsrapport per 31 augusti 2027 (tkr)
# =====================================================================================================
# (group, [(verksamhet, utfall jan–aug 2027, budget helår 2027, prognos helår 2027)])
C_GROUPS = [
    ("Individ- och familjeomsorg", [("Barn och unga", 24310, 33600, 37100),
                                    ("Vuxna, missbruk och beroende", 9870, 14200, 15000),
                                    ("Ekonomiskt bistånd", 16420, 23500, 24900),
                                    ("Socialpsykiatri", 7230, 11400, 11000)]),
    ("Funktionsstöd", [("LSS-boenden", 31550, 48700, 48000), ("Personlig assistans", 12880, 19300, 20600),
                       ("Daglig verksamhet", 8150, 12900, 12100)]),
    ("Gemensamt", [("Nämnd och förvaltningsledning", 5940, 9200, 8900), ("Flyktingmottagande", 1260, 2400, 1500)]),
]
C_APRIL = -2900                 # prognos i april, tkr
C_HOUSEHOLDS = (412, 455)       # hushåll med ekonomiskt bistånd i augusti 2026 och augusti 2027
C_PLACED = (9, 14)              # placerade barn och unga: budgeterat antal och antal i augusti
C_PASSAGE = ("fler barn och unga har placerats på hem för vård eller boende och i familjehem än vad budgeten "
             "räknade med")
# personnel: (area, 2026 (kvinnor, män), 2027 (kvinnor, män)); sick leave jan–aug (kvinnor %, män %) 2026, 2027
C_STAFF = [
    ("Förvaltningsledning och stab", (14, 4), (15, 4)),
    ("Individ- och familjeomsorg", (78, 18), (81, 20)),
    ("Funktionsstöd", (163, 49), (170, 54)),
]
C_SICK = {
    "Förvaltningsledning och stab": ((4.1, 2.3), (3.6, 2.9)),
    "Individ- och familjeomsorg": ((7.9, 4.4), (8.6, 3.8)),
    "Funktionsstöd": ((9.8, 6.1), (9.1, 6.7)),
}
C_TOTAL_LABEL = "Socialnämnden totalt"


def c_rows():
    return [(gr, r) for gr, rows in C_GROUPS for r in rows]


def c_dev(r):
    return r[2] - r[3]


def c_gsum(gr):
    rows = [r for g_, r in c_rows() if g_ == gr]
    return tuple(sum(r[k] for r in rows) for k in (1, 2, 3))


def c_total():
    return tuple(sum(r[k] for _, r in c_rows()) for k in (1, 2, 3))


def c_row_text(r):
    return f"{r[0]} {g(r[1])} {g(r[2])} {g(r[3])} {g(c_dev(r), plus=True)}"


def c_sum_text(label, s):
    return f"{label} {g(s[0])} {g(s[1])} {g(s[2])} {g(s[1] - s[2], plus=True)}"


def c_used_pct():
    t = c_total()
    return r1(t[0] / t[1] * 100)


def c_staff_total(year):
    k = 1 if year == 2026 else 2
    return sum(s[k][0] for s in C_STAFF), sum(s[k][1] for s in C_STAFF)


def c_staff_text(label, a, b):
    """row of Tabell 2: label, 2026 total / kvinnor / män, 2027 total / kvinnor / män"""
    return f"{label} {sum(a)} {a[0]} {a[1]} {sum(b)} {b[0]} {b[1]}"


def c_sick_tot(area, year):
    """weighted by head count of the year: (kvinnor, män, totalt)"""
    k = 0 if year == 2026 else 1
    st = [s for s in C_STAFF if s[0] == area][0][1 + k]
    w, m = C_SICK[area][k]
    return w, m, r1((w * st[0] + m * st[1]) / (st[0] + st[1]))


def c_sick_all(year):
    k = 0 if year == 2026 else 1
    nw = sum(s[1 + k][0] for s in C_STAFF)
    nm = sum(s[1 + k][1] for s in C_STAFF)
    w = r1(sum(C_SICK[s[0]][k][0] * s[1 + k][0] for s in C_STAFF) / nw)
    m = r1(sum(C_SICK[s[0]][k][1] * s[1 + k][1] for s in C_STAFF) / nm)
    t = r1(sum(C_SICK[s[0]][k][0] * s[1 + k][0] + C_SICK[s[0]][k][1] * s[1 + k][1] for s in C_STAFF) / (nw + nm))
    return w, m, t


def c_sick_text(label, a, b):
    return f"{label} {' '.join(d1(v) for v in a)} {' '.join(d1(v) for v in b)}"


# =====================================================================================================
# (d) Ingsäter kommun – vård- och omsorgsnämnden, äldreomsorgsplan 2027
# =====================================================================================================
# (boende, platser, beläggning % 2025 / 2026 / mål 2027, personalkontinuitet 2025 / 2026 / mål 2027 (antal
# personal en brukare möter under 14 dagar), väntetid dagar 2025 / 2026 / mål 2027)
D_HOMES = [
    ("Syrenhöjden", 48, (96.2, 97.8, 97.0), (16, 14, 13), (52, 48, 50)),
    ("Plommongården", 36, (94.1, 92.5, 97.0), (13, 15, 12), (38, 44, 40)),
    ("Callunagården", 54, (98.3, 98.9, 97.0), (18, 17, 14), (71, 83, 60)),
    ("Sjöglimten", 24, (91.7, 95.4, 97.0), (11, 10, 10), (29, 27, 30)),
    ("Vinbärsgården", 40, (97.5, 96.0, 97.0), (15, 12, 13), (47, 39, 45)),
    ("Solvändan", 32, (93.8, 97.1, 97.0), (14, 12, 11), (35, 42, 40)),
]
D_TOTAL_TARGETS = (97.0, 12, 45)
# short-term units: (enhet, platser 2025 / 2026, beläggning % 2025 / 2026, medelvårdtid dagar 2025 / 2026)
D_SHORT = [
    ("Sjöbris korttidsenhet", (12, 10), (88.4, 93.1), (16, 14)),
    ("Vindrosens växelvård", (6, 6), (79.2, 84.6), (9, 8)),
    ("Solvändans korttidsplatser", (4, 6), (91.0, 90.3), (21, 18)),
]
D_DECISIONS = (171, 186)        # beslut om särskilt boende 2025, 2026
D_QUEUE = (6, 9)                # personer i kö 31 december 2025, 2026
D_LONG_WAIT = 14                # väntade längre än 90 dagar 2026
D_BED_DAYS = (148, 212)         # vårddygn på sjukhus för utskrivningsklara 2025, 2026
D_PASSAGE = ("Callunagården har kommunens enda enhet för personer med svår demenssjukdom och tar emot "
             "brukare från hela kommunen")


def d_tot(k, i):
    """weighted total (by places) of measure k (2 = occupancy, 3 = continuity, 4 = waiting) for year index i"""
    P = sum(h[1] for h in D_HOMES)
    v = sum(h[1] * h[k][i] for h in D_HOMES) / P
    return r1(v) if k == 2 else r0(v)


def d_row_text(h):
    return (f"{h[0]} {h[1]} {d1(h[2][0])} {d1(h[2][1])} {d1(h[2][2])} {h[3][0]} {h[3][1]} {h[3][2]} "
            f"{h[4][0]} {h[4][1]} {h[4][2]}")


def d_total_text():
    P = sum(h[1] for h in D_HOMES)
    t = D_TOTAL_TARGETS
    return (f"Ingsäter totalt {P} {d1(d_tot(2, 0))} {d1(d_tot(2, 1))} {d1(t[0])} {d_tot(3, 0)} {d_tot(3, 1)} {t[1]} "
            f"{d_tot(4, 0)} {d_tot(4, 1)} {t[2]}")


def d_met(h, k):
    """2026 outcome reaches the target: occupancy at least, continuity and waiting time at most"""
    v, t = h[k][1], h[k][2]
    return v >= t if k == 2 else v <= t


def d_short_text(s):
    return f"{s[0]} {s[1][0]} {s[1][1]} {d1(s[2][0])} {d1(s[2][1])} {s[3][0]} {s[3][1]}"


# =====================================================================================================
# (e) Jörnviks kommun – barnomsorgstaxa 2027 (förskola, pedagogisk omsorg och fritidshem)
# =====================================================================================================
E_CEILING = (59600, 61170)      # inkomsttak, kr per månad, 2026 och 2027
# (group, [(barn, andel av inkomsten i %)])
E_GROUPS = [
    ("Förskola och pedagogisk omsorg, 1–5 år", [("Barn 1", 3.0), ("Barn 2", 2.0), ("Barn 3", 1.0)]),
    ("Allmän förskola, 3–5 år", [("Barn 1", 2.25), ("Barn 2", 1.5), ("Barn 3", 0.75)]),
    ("Fritidshem och pedagogisk omsorg, 6–12 år", [("Barn 1", 2.0), ("Barn 2", 1.0), ("Barn 3", 1.0)]),
]
E_DECIDED = _dt.date(2026, 11, 23)       # kommunfullmäktige
E_VALID = _dt.date(2027, 1, 1)
E_INCOME_DUE = _dt.date(2027, 1, 15)     # inkomstuppgift senast
E_CHECK = _dt.date(2027, 10, 31)         # inkomstkontroll för 2026 klar
E_INVOICE_DAY = 28                       # fakturan förfaller den 28:e i månaden
E_REMINDER = 60                          # påminnelseavgift, kr
E_NOTICE_MONTHS = 2                      # uppsägningstid, månader
E_EXAMPLE_INCOME = 45000                 # the worked example on p. 1 (two children in förskola)
E_PASSAGE = ("Inkomsttaket räknas upp varje år med förändringen av inkomstindex, och avgifterna följer därför "
             "med automatiskt")


def e_fee(pct, year):
    """maximum fee per month, kr: the share of the ceiling, rounded to whole kronor"""
    return r0(E_CEILING[0 if year == 2026 else 1] * pct / 100)


def e_pct_text(pct):
    s = f"{pct:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return s + " %"


def e_rows():
    return [(gr, r) for gr, rows in E_GROUPS for r in rows]


def e_change(r):
    return e_fee(r[1], 2027) - e_fee(r[1], 2026)


def e_row_text(r):
    return f"{r[0]} {e_pct_text(r[1])} {g(e_fee(r[1], 2026))} {g(e_fee(r[1], 2027))} {g(e_change(r), plus=True)}"


# =====================================================================================================
# (f) Claesborgs kommun – befolkningsprognos 2026–2030 (p. 2 a SCANNED page)
# =====================================================================================================
F_YEARS = [2025, 2026, 2027, 2028, 2029, 2030]
# (åldersgrupp, [utfall 2025, prognos 2026 … 2030])
F_AGES = [
    ("0–5 år", [1012, 998, 987, 979, 975, 972]),
    ("6–15 år", [1784, 1771, 1752, 1730, 1716, 1698]),
    ("16–19 år", [652, 668, 681, 690, 684, 679]),
    ("20–64 år", [8041, 8052, 8060, 8071, 8080, 8094]),
    ("65–79 år", [2395, 2410, 2418, 2431, 2437, 2446]),
    ("80–89 år", [842, 879, 921, 968, 1004, 1041]),
    ("90 år och äldre", [174, 181, 186, 192, 201, 207]),
]
F_BIRTHS = 142              # antagna födda per år (p. 1)
F_NET_MIGR = (85, 61)       # antaget flyttnetto per år, och genomsnittet de senaste fem åren (p. 1)
F_DEATHS = 168              # antagna döda per år (p. 1)
F_MADE = "oktober 2026"     # when the consultant made the forecast (scanned page)
F_NEXT = "mars 2027"        # next forecast (p. 3)
F_MEMO_DATE = _dt.date(2026, 11, 16)
F_PASSAGE = ("de stora årskullarna som föddes i slutet av 1940-talet fyller 80 år under prognosperioden")
F_HIGHLIGHT = "80–89 år"    # the row marked with a highlighter on the scanned page
F_PREV_2029 = 15040         # the previous forecast (oktober 2025) for 2029 (scanned page)


def f_tot(i):
    return sum(a[1][i] for a in F_AGES)


def f_old_share(i):
    """share of the population aged 80 or older, per cent"""
    return r1(sum(a[1][i] for a in F_AGES if a[0] in ("80–89 år", "90 år och äldre")) / f_tot(i) * 100)


def f_change(a):
    return a[1][-1] - a[1][0]


def f_row_text(a):
    return f"{a[0]} {' '.join(g(v) for v in a[1])} {g(f_change(a), plus=True)}"


def f_total_text():
    return f"Totalt {' '.join(g(f_tot(i)) for i in range(6))} {g(f_tot(5) - f_tot(0), plus=True)}"


def f_scan_blocks():
    """blocks for scan31.render_scan: page 7 of the consultant's report, photocopied"""
    head = ["Ålder", "Utfall 2025"] + [str(y) for y in F_YEARS[1:]] + ["Förändring 2025–2030"]
    rows = [head] + [[a[0]] + [g(v) for v in a[1]] + [g(f_change(a), plus=True)] for a in F_AGES]
    rows.append(["Totalt"] + [g(f_tot(i)) for i in range(6)] + [g(f_tot(5) - f_tot(0), plus=True)])
    old = [a for a in F_AGES if a[0] == "80–89 år"][0]
    kids = [a for a in F_AGES if a[0] == "0–5 år"][0]
    return [
        ("pagehead", "Ceres Analys AB · Befolkningsprognos för Claesborgs kommun 2026–2030\tSida 7 (18)"),
        ("staple", ""),
        ("sp", ""),
        ("h", "3 Prognos per åldersgrupp"),
        ("p", "Tabell 3 visar folkmängden den 31 december per åldersgrupp. Utfallet för 2025 kommer från SCB, och "
              "prognosen avser åren 2026–2030."),
        ("ptable", {"rows": rows, "highlight": F_HIGHLIGHT, "circle": (len(rows) - 1, 6)}),
        ("note", f"Källa: SCB (utfall) och Ceres Analys AB (prognos), framtagen i {F_MADE}."),
        ("p", f"Antalet invånare i åldern 80–89 år ökar med {f_change(old)} personer till 2030, medan antalet barn "
              f"i åldern 0–5 år minskar med {-f_change(kids)}. Folkmängden som helhet ökar under hela perioden."),
        ("bars", {"title": "Figur 3. Folkmängd totalt 2025–2030",
                  "labels": [str(y) for y in F_YEARS], "values": [f_tot(i) for i in range(6)]}),
        ("b", "3.1 Jämförelse med föregående prognos"),
        ("p", f"I den förra prognosen, från oktober 2025, beräknades folkmängden 2029 till {g(F_PREV_2029)} "
              f"personer. Den nya prognosen är {f_tot(4) - F_PREV_2029} personer högre, främst därför att "
              "flyttnettot har blivit högre än väntat."),
        ("b", "3.2 De äldsta invånarna"),
        ("p", f"Andelen invånare som är 80 år eller äldre ökar från {d1(f_old_share(0))} procent 2025 till "
              f"{d1(f_old_share(5))} procent 2030."),
        ("copyedge", ""),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("sp", "staple", "copyedge"):
            continue
        if style == "ptable":
            out.append(" ".join(t["rows"][0]))
            for a in F_AGES:
                out.append(f_row_text(a))
            out.append(f_total_text())
            continue
        if style == "bars":
            out.append(t["title"])
            out.append(" ".join(g(v) for v in t["values"]))
            out.append(" ".join(t["labels"]))
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
