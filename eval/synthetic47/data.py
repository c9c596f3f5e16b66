"""The numbers, rows, list items and running-text sentences of the six synthetic47 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the group sums, totals, term changes and area shares of the arts school (a); the yearly trip
sums, the monthly changes, the costs in mnkr (trips times cost per trip), the permit sums and shares of the population
(b); the case sums and changes and the target assessments of the chief guardian committee (c); the bed sums, the
bed-weighted occupancy and overcrowding of every hospital and of the region, the yearly overcrowding and
out-placement counts (rate x beds x 365) and the monthly curve that averages to the yearly value (d); the guarantee
sums and the share used (e); the cost per district and year, the condition counts and the sums of the scanned
inspection table (f). The helpers r0/r1/g/d1/pct/share/dmy are copied from ../synthetic46/data.py."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"
WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
        10: "tio"}


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n, plus=False):
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


def pct(new, old):
    return r1((new / old - 1) * 100)


def share(part, whole):
    return r1(part / whole * 100)


D = _dt.date

# =====================================================================================================
# (a) Kusterby kommun – kultur- och fritidsnämnden: kulturskolans verksamhetsberättelse 2026
# =====================================================================================================
A_DNR = "KFN 2027/18"
A_DATE = D(2027, 2, 9)
A_HEAD = ("Karin Grahn", "kulturskolechef")
A_CHAIR = ("Nils Rosvall", "ordförande i kultur- och fritidsnämnden")
# (area, subject, pupils VT 2026, queue VT 2026, pupils HT 2026, queue HT 2026)
A_SUBJECTS = [
    ("Musik", "Piano", 142, 68, 138, 81),
    ("Musik", "Gitarr", 118, 35, 126, 29),
    ("Musik", "Sång", 96, 44, 104, 52),
    ("Musik", "Stråkinstrument", 61, 4, 57, 0),
    ("Musik", "Blåsinstrument", 74, 0, 69, 0),
    ("Musik", "Slagverk", 48, 22, 51, 27),
    ("Musik", "Band och ensemble", 57, 12, 66, 9),
    ("Dans", "Balett och modern dans", 88, 15, 94, 21),
    ("Dans", "Streetdance", 72, 31, 85, 38),
    ("Teater", "Teater", 64, 18, 71, 25),
    ("Teater", "Musikal", 39, 26, 42, 33),
    ("Bild och form", "Bild och form", 53, 7, 58, 11),
    ("Bild och form", "Film och animation", 22, 14, 28, 19),
]
A_AREAS = ["Musik", "Dans", "Teater", "Bild och form"]
A_UNIQUE = (842, 797)            # unique pupils HT 2026, HT 2025
A_POP = (5468, 5459)             # inhabitants 6–19 years 2026, 2025
A_SHARE_TARGET = 18.0
A_QUEUE_25 = 361                 # queue at the start of HT 2025
A_QUEUE_TARGET = 300
A_COST = (14.2, 13.8, 13.1)      # net cost mnkr 2026, budget 2026, 2025
A_FEES_INCOME = (2638, 2412)     # tkr 2026, 2025
# Tabell 2: fees per term, kr (2025, 2026); None = no fee
A_FEES = [
    ("Ämneskurs med enskild undervisning", 750, 800),
    ("Ämneskurs i grupp (dans, teater, bild och form)", 600, 650),
    ("Musikal, helterminskurs", 900, 950),
    ("Ytterligare ämneskurs för samma elev", 400, 400),
    ("Instrumenthyra", 300, 350),
    ("Band och ensemble (utan annan ämneskurs)", None, None),
]
# Tabell 3: goals (goal, indicator, target text, target value, outcome 2025, outcome 2026, direction, format)
A_GOALS = [
    ("Fler barn och unga når kulturskolan", "Elever i procent av invånarna 6–19 år", "minst", 18.0, None, None, "min",
     "d1"),
    ("Kortare kö", "Antal i kö vid höstterminens start", "högst", 300, 361, None, "max", "g"),
    ("Jämnare könsfördelning", "Andel pojkar bland eleverna, %", "minst", 40.0, 35.1, 36.2, "min", "d1"),
    ("Nöjda elever", "Andel nöjda elever i elevenkäten, %", "minst", 85.0, 86.9, 88.4, "min", "d1"),
    ("Kulturskola för alla", "Deltagare i avgiftsfri öppen verksamhet", "minst", 150, 121, 163, "min", "g"),
    ("Kulturskolan syns i kommunen", "Konserter och föreställningar för allmänheten", "minst", 40, 41, 37, "min",
     "g"),
]
A_PARTIAL = {"Jämnare könsfördelning", "Kulturskolan syns i kommunen"}   # within 10 % of the target
A_PASSAGE = ("två av kulturskolans fyra pianolärare gick i pension i juni 2026 och bara en av tjänsterna gick att "
             "återbesätta till hösten, samtidigt som efterfrågan har ökat sedan skolan började med "
             "nybörjargrupper i piano för elever i årskurs 2")
A_DEVELOP = [
    ("Kortare kö till piano och sång", ["rekrytera en pianolärare till vårterminen 2027",
                                        "pröva undervisning i par för nybörjare"]),
    ("Fler pojkar i dans och sång", ["prova-på-veckor tillsammans med fritidsgårdarna"]),
    ("Kulturskolan ute i skolorna", ["fortsatt samarbete med grundskolorna i Norra Kusterby",
                                     "lovaktiviteter under sportlovet och höstlovet"]),
    ("Nytt schema- och avgiftssystem", []),
]


def a_goal_values(goal):
    """(outcome 2025, outcome 2026) with the derived ones filled in."""
    if goal[0] == "Fler barn och unga når kulturskolan":
        return share(A_UNIQUE[1], A_POP[1]), share(A_UNIQUE[0], A_POP[0])
    if goal[0] == "Kortare kö":
        return A_QUEUE_25, a_sum(None)[3]
    return goal[4], goal[5]


def a_goal_met(goal):
    v = a_goal_values(goal)[1]
    return v >= goal[3] if goal[6] == "min" else v <= goal[3]


def a_goal_verdict(goal):
    if a_goal_met(goal):
        return "Uppfyllt"
    return "Delvis uppfyllt" if goal[0] in A_PARTIAL else "Ej uppfyllt"


def a_fmt(goal, v):
    return d1(v) if goal[7] == "d1" else g(v)


def a_goal_cells(goal):
    v25, v26 = a_goal_values(goal)
    return [goal[0], goal[1], f"{goal[2]} {a_fmt(goal, goal[3])}", a_fmt(goal, v25), a_fmt(goal, v26),
            a_goal_verdict(goal)]


def a_goal_text(goal):
    return " ".join(a_goal_cells(goal))


def a_cells(s):
    return [s[1], g(s[2]), g(s[3]), g(s[4]), g(s[5]), g(s[4] - s[2], plus=True)]


def a_text(s):
    return " ".join(a_cells(s))


def a_sum(area):
    rows = [s for s in A_SUBJECTS if area is None or s[0] == area]
    return [sum(s[k] for s in rows) for k in (2, 3, 4, 5)]


def a_sum_cells(area):
    v = a_sum(area)
    lab = "Kulturskolan totalt" if area is None else f"Summa {area.lower()}"
    return [lab, g(v[0]), g(v[1]), g(v[2]), g(v[3]), g(v[2] - v[0], plus=True)]


def a_area_share(area):
    return share(a_sum(area)[2], a_sum(None)[2])


def a_fee_cells(f):
    if f[1] is None:
        return [f[0], "avgiftsfri", "avgiftsfri", "–"]
    return [f[0], g(f[1]), g(f[2]), g(f[2] - f[1], plus=True) if f[2] != f[1] else "0"]


def a_sentences():
    tot = a_sum(None)
    sh26 = share(A_UNIQUE[0], A_POP[0])
    sh25 = share(A_UNIQUE[1], A_POP[1])
    return [
        f"Under höstterminen 2026 hade kulturskolan {g(A_UNIQUE[0])} unika elever, jämfört med {g(A_UNIQUE[1])} "
        f"hösten 2025.",
        f"Det motsvarar {d1(sh26)} procent av kommunens invånare i åldern 6–19 år ({d1(sh25)} procent året innan). "
        f"Nämndens mål är {d1(A_SHARE_TARGET)} procent, vilket skulle motsvara {g(A_POP[0] * A_SHARE_TARGET / 100)} "
        f"elever.",
        f"Eleverna hade sammanlagt {g(tot[2])} elevplatser på höstterminen och {g(tot[0])} på vårterminen, eftersom "
        f"många går i mer än ett ämne.",
        f"Kön var {g(tot[3])} elevplatser när höstterminen började, mot {g(A_QUEUE_25)} ett år tidigare och målet på "
        f"högst {g(A_QUEUE_TARGET)}.",
        f"Nettokostnaden blev {d1(A_COST[0])} miljoner kronor mot en budget på {d1(A_COST[1])} miljoner kronor "
        f"({d1(A_COST[2])} miljoner kronor 2025). Avgifterna gav {g(A_FEES_INCOME[0])} tusen kronor, mot "
        f"{g(A_FEES_INCOME[1])} tusen kronor året innan.",
    ]


# =====================================================================================================
# (b) Glosviks kommun – färdtjänst och riksfärdtjänst, uppföljning 2026
# =====================================================================================================
B_DNR = "KS 2027/61"
B_DATE = D(2027, 2, 16)
B_AUTHOR = ("Greta Kjellberg", "färdtjänsthandläggare")
B_CHIEF = ("Robin Nykvist", "trafikchef")
B_MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober",
            "November", "December"]
B_FT = {2025: [5588, 5302, 5690, 5711, 5802, 5260, 4120, 4702, 5655, 5840, 5622, 5310],
        2026: [5412, 5236, 5874, 5560, 5921, 5103, 3987, 4655, 5748, 5932, 5811, 5244]}
B_RF = {2025: [38, 40, 44, 55, 66, 102, 124, 79, 49, 45, 42, 81],
        2026: [41, 36, 48, 62, 70, 95, 118, 84, 52, 47, 39, 88]}
B_BUDGET_TRIPS = (66500, 800)      # färdtjänst, riksfärdtjänst 2026
# Tabell 2: cost per trip, kr (type, outcome 2025, budget 2026, outcome 2026)
B_COST = [
    ("Färdtjänst, personbil", 268, 275, 281),
    ("Färdtjänst, specialfordon", 412, 420, 437),
    ("Färdtjänst, samtliga resor", 301, 310, 318),
    ("Riksfärdtjänst, taxi och specialfordon", 3840, 3900, 4126),
    ("Riksfärdtjänst, tåg och buss", 1215, 1250, 1188),
    ("Riksfärdtjänst, samtliga resor", 2610, 2700, 2742),
]
# Tabell 3: permit holders 31 December (age group, 2024, 2025, 2026, inhabitants 2026)
B_AGE = [
    ("0–19 år", 38, 41, 44, 8620),
    ("20–64 år", 212, 205, 219, 15430),
    ("65–79 år", 384, 402, 417, 6040),
    ("80 år och äldre", 896, 921, 948, 2510),
]
B_PASSAGE = ("det nya trafikavtalet med Rallarns Taxi AB, som gäller sedan den 1 april 2026, har ett högre pris per "
             "kilometer, och resorna med specialfordon har blivit längre sedan den dagliga verksamheten flyttade "
             "från centrum till Krokängen i utkanten av tätorten")
B_ACTIONS = [
    ("Samordning av resor till daglig verksamhet", ["fasta samåkningsturer morgon och eftermiddag",
                                                    "uppföljning av beläggningen i fordonen varje kvartal"]),
    ("Översyn av reglerna för riksfärdtjänst", ["tåg och buss ska prövas först"]),
    ("Digital beställning av färdtjänstresor", []),
]


def b_cost_kind(c):
    return c[0].split(",")[0]


def b_sum(d, year):
    return sum(d[year])


def b_cost_mnkr(kind, year):
    """färdtjänst or riksfärdtjänst cost in mnkr = trips x average cost per trip ('samtliga resor')."""
    row = [c for c in B_COST if c[0] == f"{kind}, samtliga resor"][0]
    d = B_FT if kind == "Färdtjänst" else B_RF
    if year == "budget":
        trips = B_BUDGET_TRIPS[0 if kind == "Färdtjänst" else 1]
        return trips * row[2] / 1e6
    return b_sum(d, year) * row[1 if year == 2025 else 3] / 1e6


def b_month_cells(i):
    return [B_MONTHS[i], g(B_FT[2025][i]), g(B_FT[2026][i]), d1(pct(B_FT[2026][i], B_FT[2025][i]), plus=True),
            g(B_RF[2025][i]), g(B_RF[2026][i])]


def b_month_text(i):
    return " ".join(b_month_cells(i))


def b_total_cells():
    return ["Helår", g(b_sum(B_FT, 2025)), g(b_sum(B_FT, 2026)),
            d1(pct(b_sum(B_FT, 2026), b_sum(B_FT, 2025)), plus=True), g(b_sum(B_RF, 2025)), g(b_sum(B_RF, 2026))]


def b_cost_cells(c):
    return [c[0], g(c[1]), g(c[2]), g(c[3]), g(c[2] - c[3], plus=True)]


def b_cost_text(c):
    return " ".join(b_cost_cells(c))


def b_age_share(a):
    return share(a[3], a[4])


def b_age_cells(a):
    return [a[0], g(a[1]), g(a[2]), g(a[3]), d1(b_age_share(a))]


def b_age_text(a):
    return " ".join(b_age_cells(a))


def b_age_total():
    return [sum(a[k] for a in B_AGE) for k in (1, 2, 3, 4)]


def b_age_total_cells():
    t = b_age_total()
    return ["Samtliga", g(t[0]), g(t[1]), g(t[2]), d1(share(t[2], t[3]))]


def b_sentences():
    ft25, ft26 = b_sum(B_FT, 2025), b_sum(B_FT, 2026)
    rf25, rf26 = b_sum(B_RF, 2025), b_sum(B_RF, 2026)
    t = b_age_total()
    avg = [c for c in B_COST if c[0] == "Färdtjänst, samtliga resor"][0]
    return [
        f"Under 2026 gjordes {g(ft26)} resor med färdtjänst, jämfört med {g(ft25)} året innan och {g(B_BUDGET_TRIPS[0])} "
        f"resor i budgeten.",
        f"Med riksfärdtjänst reste man {g(rf26)} gånger ({g(rf25)} år 2025), något färre än de {g(B_BUDGET_TRIPS[1])} "
        f"resor som budgeten räknade med.",
        f"Kostnaden för färdtjänsten blev {d1(b_cost_mnkr('Färdtjänst', 2026))} miljoner kronor mot en budget på "
        f"{d1(b_cost_mnkr('Färdtjänst', 'budget'))} miljoner kronor; år 2025 var kostnaden "
        f"{d1(b_cost_mnkr('Färdtjänst', 2025))} miljoner kronor.",
        f"En genomsnittlig färdtjänstresa kostade {g(avg[3])} kronor, {g(avg[3] - avg[2])} kronor mer än budgeterat "
        f"och {g(avg[3] - avg[1])} kronor mer än 2025.",
        f"Den 31 december 2026 hade {g(t[2])} personer tillstånd till färdtjänst, {g(t[2] - t[1])} fler än ett år "
        f"tidigare.",
    ]


# =====================================================================================================
# (c) Näsvalla kommun – överförmyndarnämnden: verksamhetsberättelse 2026
# =====================================================================================================
C_DNR = "ÖFN 2027/9"
C_DATE = D(2027, 2, 23)
C_CHAIR = ("Kent Rosander", "ordförande")
C_HEAD = ("Gunnel Kvarnström", "enhetschef, överförmyndarenheten")
# Tabell 1: cases per type 31 December (type, 2024, 2025, 2026)
C_CASES = [
    ("Godmanskap", 412, 428, 446),
    ("Förvaltarskap", 58, 61, 63),
    ("Förmynderskap, barn med tillgångar", 134, 141, 152),
    ("God man för ensamkommande barn", 19, 12, 9),
    ("Särskilt förordnad vårdnadshavare", 7, 8, 6),
    ("Övriga ärenden¹", 27, 31, 29),
]
C_NOTE1 = ("¹ God man vid dödsbo, vid arvskifte och för bortavarande samt förvaltning av medel för "
           "underåriga utan förordnad förmyndare.")
# Tabell 2: targets (measure, bound word, target, outcome 2025, outcome 2026, "min"/"max", format)
C_TARGETS = [
    ("Granskade årsräkningar senast 30 juni, andel %", "minst", 90.0, 84.6, 91.2, "min", "d1"),
    ("Ansökan till beslut om godmanskap, median dagar", "högst", 60, 74, 68, "max", "g"),
    ("Förordnande av god man för ensamkommande barn, median dagar", "högst", 3, 2, 4, "max", "g"),
    ("Beslut om arvode inom 30 dagar, andel %", "minst", 95.0, 96.1, 97.3, "min", "d1"),
    ("Granskning av förteckning, median dagar", "högst", 30, 41, 27, "max", "g"),
    ("Årsräkningar inlämnade senast 1 mars, andel %", "minst", 85.0, 79.8, 82.4, "min", "d1"),
]
# development measures (title, description, status)
C_MEASURES = [
    ("Digital inlämning av årsräkningar", "e-tjänsten öppnades i januari och användes för drygt hälften av "
     "årsräkningarna", "Klar"),
    ("Gemensam rekrytering av gode män med grannkommunerna", "annonsering och informationsträffar under våren och "
     "hösten", "Pågår"),
    ("Introduktionsutbildning för nya ställföreträdare", "fyra träffar per år med jurist och handläggare", "Klar"),
    ("Stickprovskontroll av kontoutdrag vid granskningen", "rutinen prövas på var tionde årsräkning", "Pågår"),
    ("Ny arvodesmodell med schablonbelopp", "utredningen har inte startat", "Ej påbörjad"),
    ("Samverkansrutin med socialtjänsten om anmälningar", "ett utkast har remitterats till socialnämnden",
     "Pågår"),
    ("Översyn av delegationsordningen", "ny delegationsordning beslutades i september", "Klar"),
    ("Byte av verksamhetssystem", "upphandlingen har skjutits upp i väntan på ett gemensamt system i länet",
     "Uppskjuten"),
]
C_AGENTS = (318, 305, 340, 52)   # ställföreträdare 2026, 2025, target, new in 2026
C_COST = (6.8, 7.0, 6.5)         # net cost mnkr 2026, budget, 2025
C_FEES = (3.9, 3.6)              # arvoden paid by the municipality, mnkr 2026, 2025
C_PASSAGE = ("antalet gode män som tar uppdrag för ensamkommande barn har minskat till fem och två av dem var "
             "sjukskrivna under hösten, så att nämnden i flera fall fick vänta tills en ny ställföreträdare hade "
             "rekryterats")


def c_sum(k):
    return sum(c[k] for c in C_CASES)


def c_cells(c):
    return [c[0], g(c[1]), g(c[2]), g(c[3]), g(c[3] - c[2], plus=True)]


def c_text(c):
    return " ".join(c_cells(c))


def c_sum_cells():
    return ["Summa", g(c_sum(1)), g(c_sum(2)), g(c_sum(3)), g(c_sum(3) - c_sum(2), plus=True)]


def c_fmt(t, v):
    return d1(v) if t[6] == "d1" else g(v)


def c_met(t):
    return t[4] >= t[2] if t[5] == "min" else t[4] <= t[2]


def c_target_cells(t):
    return [t[0], f"{t[1]} {c_fmt(t, t[2])}", c_fmt(t, t[3]), c_fmt(t, t[4]),
            "Uppnått" if c_met(t) else "Ej uppnått"]


def c_target_text(t):
    return " ".join(c_target_cells(t))


def c_sentences():
    a = [t for t in C_TARGETS if t[0].startswith("Granskade årsräkningar")][0]
    return [
        f"Vid årets slut hade nämnden tillsyn över {g(c_sum(3))} ärenden, mot {g(c_sum(2))} ett år tidigare.",
        f"Antalet ställföreträdare var {g(C_AGENTS[0])} den 31 december ({g(C_AGENTS[1])} år 2025), varav "
        f"{g(C_AGENTS[3])} fick sitt första uppdrag under året. Målet är {g(C_AGENTS[2])} ställföreträdare.",
        f"Före den 30 juni var {d1(a[4])} procent av årsräkningarna granskade, jämfört med {d1(a[3])} procent 2025 "
        f"och målet {d1(a[2])} procent.",
        f"Nettokostnaden blev {d1(C_COST[0])} miljoner kronor, mot en budget på {d1(C_COST[1])} miljoner kronor och "
        f"{d1(C_COST[2])} miljoner kronor 2025. Av kostnaden var {d1(C_FEES[0])} miljoner kronor arvoden som "
        f"kommunen betalade ({d1(C_FEES[1])} miljoner kronor 2025).",
    ]


# =====================================================================================================
# (d) Region Grenmark – vårdplatsrapport 2026
# =====================================================================================================
D_DNR = "RS 2027/144"
D_DATE = D(2027, 3, 2)
D_DIRECTOR = ("Rikard Norling", "hälso- och sjukvårdsdirektör")
D_AUTHOR = ("Gabriella Krantz", "chef för vårdplatskoordineringen")
D_HOSPITALS = ["Kronviks sjukhus", "Nyåkra lasarett", "Rakelsta sjukhus"]
# (hospital, clinic, beds 2025, beds 2026, occupancy % 2025, occupancy % 2026,
#  overcrowding per 100 beds 2026, out-placed per 100 beds 2026)
D_CLINICS = [
    ("Kronviks sjukhus", "Medicinkliniken", 96, 92, 97.8, 101.4, 4.6, 3.1),
    ("Kronviks sjukhus", "Kirurgkliniken", 64, 62, 91.2, 94.5, 2.2, 1.4),
    ("Kronviks sjukhus", "Ortopedkliniken", 42, 40, 93.0, 96.8, 2.9, 1.9),
    ("Kronviks sjukhus", "Kvinnokliniken", 28, 26, 78.4, 81.0, 0.4, 0.2),
    ("Kronviks sjukhus", "Barn- och ungdomskliniken", 24, 24, 72.5, 75.9, 0.3, 0.0),
    ("Kronviks sjukhus", "Psykiatriska kliniken", 58, 56, 95.1, 98.6, 3.4, 2.2),
    ("Kronviks sjukhus", "Infektionskliniken", 22, 22, 88.0, 92.3, 1.8, 0.9),
    ("Nyåkra lasarett", "Medicinkliniken", 54, 50, 96.4, 102.3, 5.2, 3.8),
    ("Nyåkra lasarett", "Kirurgkliniken", 30, 28, 89.5, 93.1, 1.9, 1.1),
    ("Nyåkra lasarett", "Ortopedkliniken", 22, 22, 90.2, 91.7, 1.5, 0.8),
    ("Nyåkra lasarett", "Geriatriska kliniken", 26, 24, 98.0, 99.4, 3.9, 2.6),
    ("Rakelsta sjukhus", "Medicinkliniken", 38, 36, 94.8, 97.5, 3.6, 2.7),
    ("Rakelsta sjukhus", "Kirurgkliniken", 18, 18, 85.1, 88.2, 1.2, 0.6),
    ("Rakelsta sjukhus", "Rehabiliteringskliniken", 20, 20, 82.3, 84.0, 0.5, 0.3),
]
D_PLAN_BEDS = 540
D_OCC_TARGET = 90.0
# Tabell 2, 2025 values per hospital: overcrowding count, out-placement count, days over 100 % (2025, 2026)
D_HOSP_2025 = {"Kronviks sjukhus": (2915, 1840), "Nyåkra lasarett": (1622, 1103), "Rakelsta sjukhus": (498, 341)}
D_DAYS_OVER = {"Kronviks sjukhus": (58, 74), "Nyåkra lasarett": (96, 121), "Rakelsta sjukhus": (31, 38)}
D_OVER_2025 = 2.5                  # the region's overcrowding per 100 beds 2025 (= count / beds / 365)
# monthly occupancy of the region 2026 (%); December is set so that the mean equals the yearly value
D_MONTHS_RAW = [101.8, 103.2, 99.6, 96.1, 93.2, 89.4, 82.6, 87.9, 94.8, 97.3, 98.9]
D_MONTH_ABBR = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
D_ACTIONS = [
    ("Fler vårdplatser på medicinklinikerna", ["sex vårdplatser öppnas på Kronviks sjukhus i mars 2027",
                                               "fyra vårdplatser öppnas på Nyåkra lasarett när rekryteringen av "
                                               "sjuksköterskor är klar"]),
    ("Ett gemensamt vårdplatsläge för hela regionen tre gånger per dag", []),
    ("Utskrivningsklara patienter", ["samordnad planering med kommunerna inom tre dagar"]),
]


def d_rows(h=None):
    return [c for c in D_CLINICS if h is None or c[0] == h]


def d_beds(h, year):
    k = 2 if year == 2025 else 3
    return sum(c[k] for c in d_rows(h))


def d_weighted(h, k, beds_k):
    rows = d_rows(h)
    return sum(c[k] * c[beds_k] for c in rows) / sum(c[beds_k] for c in rows)


def d_occ(h, year):
    return r1(d_weighted(h, 4 if year == 2025 else 5, 2 if year == 2025 else 3))


def d_over(h):
    return r1(d_weighted(h, 6, 3))


def d_out(h):
    return r1(d_weighted(h, 7, 3))


def d_count(h, k):
    """yearly number of overcrowded (k=6) or out-placed (k=7) patient days 2026: rate / 100 x beds x 365."""
    return r0(sum(c[k] * c[3] for c in d_rows(h)) / 100 * 365)


def d_cells(c):
    return [c[1], g(c[2]), g(c[3]), g(c[3] - c[2], plus=True) if c[3] != c[2] else "0", d1(c[4]), d1(c[5]),
            d1(c[6]), d1(c[7])]


def d_text(c):
    return " ".join(d_cells(c))


def d_sum_cells(h):
    lab = "Regionen totalt" if h is None else f"Summa {h}"
    b25, b26 = d_beds(h, 2025), d_beds(h, 2026)
    return [lab, g(b25), g(b26), g(b26 - b25, plus=True) if b26 != b25 else "0", d1(d_occ(h, 2025)),
            d1(d_occ(h, 2026)), d1(d_over(h)), d1(d_out(h))]


def d_hosp_cells(h):
    return [h, g(D_HOSP_2025[h][0]), g(d_count(h, 6)), g(D_HOSP_2025[h][1]), g(d_count(h, 7)),
            g(D_DAYS_OVER[h][0]), g(D_DAYS_OVER[h][1])]


def d_hosp_text(h):
    return " ".join(d_hosp_cells(h))


def d_hosp_total_cells():
    hs = D_HOSPITALS
    return ["Regionen", g(sum(D_HOSP_2025[h][0] for h in hs)), g(sum(d_count(h, 6) for h in hs)),
            g(sum(D_HOSP_2025[h][1] for h in hs)), g(sum(d_count(h, 7) for h in hs)), "–", "–"]


def d_months():
    year = d_occ(None, 2026)
    dec = r1(year * 12 - sum(D_MONTHS_RAW))
    return D_MONTHS_RAW + [dec]


def d_sentences():
    b25, b26 = d_beds(None, 2025), d_beds(None, 2026)
    over_months = [D_MONTH_ABBR[i] for i, v in enumerate(d_months()) if v > 100]
    return [
        f"Under 2026 fanns i genomsnitt {g(b26)} disponibla vårdplatser i regionens somatiska och psykiatriska "
        f"slutenvård, {g(b25 - b26)} färre än 2025 och {g(D_PLAN_BEDS - b26)} färre än de {g(D_PLAN_BEDS)} som "
        f"vårdplatsplanen anger.",
        f"Medelbeläggningen steg till {d1(d_occ(None, 2026))} procent från {d1(d_occ(None, 2025))} procent året "
        f"innan. Målet är att beläggningen inte ska överstiga {d1(D_OCC_TARGET)} procent.",
        f"Överbeläggningarna ökade till {d1(d_over(None))} per 100 vårdplatser och dag, mot {d1(D_OVER_2025)} "
        f"under 2025.",
        f"Beläggningen var över 100 procent i {WORD[len(over_months)]} av årets tolv månader.",
    ]


# =====================================================================================================
# (e) Rimbäcka kommun – kommunstyrelsen: ägarstyrning och borgensåtaganden 2026
# =====================================================================================================
E_DNR = "KS 2027/88"
E_DATE = D(2027, 3, 23)
E_CEO = ("Rolf Gyllensten", "kommundirektör")
E_CFO = ("Nadja Kronberg", "ekonomidirektör")
# Tabell 1 (company, limit 2026, used 31 Dec 2025, used 31 Dec 2026, proposed limit 2027), mnkr
E_GUAR = [
    ("Rimbäckahem AB", 1450.0, 1212.4, 1318.6, 1550.0),
    ("Rimbäcka Energi AB", 620.0, 488.0, 571.5, 720.0),
    ("Rimbäcka Vatten AB", 480.0, 401.2, 437.9, 480.0),
    ("Rimbäcka Hamn AB", 150.0, 96.5, 92.0, 150.0),
    ("Rimbäcka Näringslivslokaler AB", 210.0, 184.3, 203.8, 240.0),
    ("Nordkustens Renhållning AB¹", 42.5, 30.6, 28.9, 42.5),
    ("Rimbäcka IF²", 6.0, 4.2, 3.9, 6.0),
]
E_NOTE1 = "¹ Kommunen äger 34 procent; borgen avser kommunens andel av bolagets lån."
E_NOTE2 = "² Ideell förening; borgen för lån till konstgräsplanen."
E_FEE_INCOME = (9.4, 8.7)         # guarantee fees mnkr 2026, 2025
# Tabell 2 (transposed): key ratios per wholly owned company
E_KEYS = ["Rimbäckahem AB", "Rimbäcka Energi AB", "Rimbäcka Vatten AB", "Rimbäcka Hamn AB",
          "Rimbäcka Näringslivslokaler AB"]
E_KEY_HEAD = ["Rimbäckahem", "Energi", "Vatten", "Hamn", "Näringslivs­lokaler"]
E_RATIOS = [
    ("Nettoomsättning 2026, mnkr", [318.4, 402.9, 121.6, 48.2, 36.5]),
    ("Resultat efter finansiella poster 2026, mnkr", [21.7, 28.3, 1.2, 3.9, -2.4]),
    ("Resultat efter finansiella poster 2025, mnkr", [18.2, 34.6, -0.8, 5.1, 1.7]),
    ("Soliditet 2026, %", [14.8, 26.1, 9.4, 38.7, 11.2]),
    ("Ägarens mål för soliditet, %", [15.0, 25.0, 10.0, 30.0, 15.0]),
    ("Borgensavgift, % av utnyttjad borgen", [0.35, 0.45, 0.30, 0.40, 0.45]),
]
E_PASSAGE = ("bolaget ska bygga en ny panna för biobränsle vid kraftvärmeverket och ansluta bostadsområdet "
             "Granåsen till fjärrvärmenätet, en investering på omkring 160 miljoner kronor under 2027 och 2028")
E_DIRECTIVES = {
    "Rimbäckahem AB": ["ska påbörja byggandet av minst 120 nya hyresbostäder under 2027–2029,",
                       "ska nå en soliditet på lägst 15 procent senast 2028,"],
    "Rimbäcka Energi AB": ["ska lämna en utdelning till Rimbäcka Stadshus AB på 8,0 miljoner kronor för 2027,",
                           "ska redovisa en plan för fossilfri fjärrvärme till kommunstyrelsen senast i juni 2027,"],
    "Rimbäcka Vatten AB": ["ska ta ut taxor som täcker kostnaderna men inte ger överskott,"],
    "Rimbäcka Hamn AB": ["ska utreda en försäljning av den gamla färjeterminalen,"],
    "Rimbäcka Näringslivslokaler AB": ["inte ska ta på sig nya lån utan kommunstyrelsens godkännande,"],
}


def e_used_share(r):
    return share(r[3], r[1])


def e_cells(r):
    return [r[0], d1(r[1]), d1(r[2]), d1(r[3]), d1(e_used_share(r)), d1(r[4])]


def e_text(r):
    return " ".join(e_cells(r))


def e_sums():
    return [r1(sum(r[k] for r in E_GUAR)) for k in (1, 2, 3, 4)]


def e_sum_cells():
    s = e_sums()
    return ["Summa borgensåtaganden", d1(s[0]), d1(s[1]), d1(s[2]), d1(share(s[2], s[0])), d1(s[3])]


def e_ratio_cells(row):
    fmt = (lambda v: f"{v:.2f}".replace(".", ",")) if row[0].startswith("Borgensavgift") else d1
    return [row[0]] + [fmt(v) for v in row[1]]


def e_ratio_text(row):
    return " ".join(e_ratio_cells(row))


def e_ratio(label, company):
    row = [r for r in E_RATIOS if r[0] == label][0]
    return row[1][E_KEYS.index(company)]


def e_sentences():
    s = e_sums()
    return [
        f"Den 31 december 2026 hade kommunen borgensåtaganden på sammanlagt {d1(s[2])} miljoner kronor, mot "
        f"{d1(s[1])} miljoner kronor ett år tidigare. De beslutade ramarna uppgick till {d1(s[0])} miljoner kronor.",
        f"Utnyttjandegraden steg därmed till {d1(share(s[2], s[0]))} procent från {d1(share(s[1], s[0]))} procent.",
        f"Borgensavgifterna gav kommunen {d1(E_FEE_INCOME[0])} miljoner kronor ({d1(E_FEE_INCOME[1])} miljoner "
        f"kronor 2025).",
        f"Föreslagna ramar för 2027 är sammanlagt {d1(s[3])} miljoner kronor, en ökning med {d1(s[3] - s[0])} "
        f"miljoner kronor.",
    ]


# =====================================================================================================
# (f) Gisselnäs kommun – samhällsbyggnadsnämnden: lekplatsprogram 2027–2031 (inspection table SCANNED, p. 3)
# =====================================================================================================
F_DNR = "SBN 2027/7"
F_DATE = D(2027, 1, 19)
F_HEAD = ("Gustav Nyrén", "park- och naturchef")
F_AUTHOR = ("Ronja Karlgren", "landskapsarkitekt")
F_INSPECTOR = "Rebecka Gran"
F_AREAS = ["Centrum", "Norrstrand", "Rönnåker", "Kvisthagen", "Gärdesby"]
F_CONDITIONS = ["God", "Godtagbar", "Bristfällig", "Dålig"]
# Tabell 1 (nr, playground, area, condition, measure, year, cost tkr)
F_ROWS = [
    (1, "Regnbågsparken", "Centrum", "Godtagbar", "Ny gungställning och nytt fallskydd", 2027, 420),
    (2, "Näckrosparken", "Centrum", "Bristfällig", "Total upprustning med tillgänglighetsanpassning", 2028, 1850),
    (3, "Riddarborgen", "Centrum", "God", "Byte av sand i sandlådorna", 2029, 60),
    (4, "Koltrastens lekplats", "Norrstrand", "Dålig", "Avveckling, redskapen tas bort", 2027, 90),
    (5, "Nyckelpigans lekplats", "Norrstrand", "Bristfällig", "Ny klätterställning och nya gungor", 2027, 640),
    (6, "Norrstrandsbadets lekplats", "Norrstrand", "Godtagbar", "Nytt vattenlekområde", 2030, 1200),
    (7, "Kaninbacken", "Norrstrand", "God", "Ny sittgrupp och pergola", 2031, 150),
    (8, "Grodparken", "Rönnåker", "Bristfällig", "Upprustning till områdeslekplats", 2027, 1950),
    (9, "Rävgrytet", "Rönnåker", "Dålig", "Avveckling, ytan blir gräsyta", 2028, 70),
    (10, "Rönnbärsparken", "Rönnåker", "Godtagbar", "Nytt fallskydd av gummiasfalt", 2029, 380),
    (11, "Guldgruvan", "Rönnåker", "God", "Ny lekstuga och balansbana", 2030, 310),
    (12, "Klätterträdet", "Kvisthagen", "Godtagbar", "Ny linbana", 2028, 520),
    (13, "Kottens lekplats", "Kvisthagen", "Bristfällig", "Byte av gungor och rutschkana", 2027, 460),
    (14, "Kullens lekplats", "Kvisthagen", "Dålig", "Avveckling, redskapen flyttas till Klätterträdet", 2029, 110),
    (15, "Gungbacken", "Gärdesby", "Godtagbar", "Tillgänglig gunga och nya gångar", 2030, 560),
    (16, "Kvarnhjulet", "Gärdesby", "Bristfällig", "Ny lekplats för de minsta barnen", 2031, 780),
]
F_YEARS = [2027, 2028, 2029, 2030, 2031]
F_FRAME = 2000                     # investment frame per year, tkr
F_PREV = (19, 1.6)                 # playgrounds in the previous programme 2021–2025, spent mnkr per year
# the scanned inspection table (nr, inspection date, equipment, remarks high / medium / low risk)
F_SCAN = {
    1: (D(2026, 9, 14), 9, 0, 2, 3),
    2: (D(2026, 9, 14), 17, 1, 4, 3),
    3: (D(2026, 9, 15), 6, 0, 0, 2),
    4: (D(2026, 9, 15), 4, 1, 3, 2),
    5: (D(2026, 9, 16), 7, 1, 2, 4),
    6: (D(2026, 9, 16), 8, 0, 1, 3),
    7: (D(2026, 9, 17), 5, 0, 0, 1),
    8: (D(2026, 9, 21), 18, 2, 5, 2),
    9: (D(2026, 9, 21), 3, 1, 2, 1),
    10: (D(2026, 9, 22), 6, 0, 2, 2),
    11: (D(2026, 9, 22), 5, 0, 1, 1),
    12: (D(2026, 9, 23), 7, 0, 1, 3),
    13: (D(2026, 9, 23), 6, 1, 3, 1),
    14: (D(2026, 9, 24), 3, 1, 1, 2),
    15: (D(2026, 9, 28), 6, 0, 1, 2),
    16: (D(2026, 9, 28), 5, 1, 3, 3),
}
F_SCAN_HEAD = ["NORDLEK BESIKTNING AB", "Huvudbesiktning av lekplatser 2026 – Gisselnäs kommun",
               "Sammanställning av anmärkningar per lekplats"]
F_SCAN_COLS = ["Nr", "Lekplats", "Besiktigad", "Redskap", "Hög risk", "Medelrisk", "Låg risk", "Summa"]
F_SCAN_FOOT = ["Hög risk: åtgärdas omgående, redskapet stängs tills det är åtgärdat.",
               "Medelrisk: åtgärdas inom tre månader. Låg risk: åtgärdas vid nästa ordinarie underhåll.",
               "Besiktningen är utförd enligt SS-EN 1176 och SS-EN 1177.",
               f"Certifierad besiktningsman: {F_INSPECTOR}",
               "Sida 4 av 22"]
F_PASSAGE = None


def f_row(nr):
    return [r for r in F_ROWS if r[0] == nr][0]


def f_cells(r):
    return [str(r[0]), r[1], r[3], r[4], str(r[5]), g(r[6])]


def f_text(r):
    return " ".join(f_cells(r))


def f_area_sum(area):
    return sum(r[6] for r in F_ROWS if r[2] == area)


def f_area_sum_text(area):
    return f"Summa {area} {g(f_area_sum(area))}"


def f_year_sum(y):
    return sum(r[6] for r in F_ROWS if r[5] == y)


def f_total():
    return sum(r[6] for r in F_ROWS)


def f_cond_count(c):
    return sum(1 for r in F_ROWS if r[3] == c)


def f_scan_sum(nr):
    s = F_SCAN[nr]
    return s[2] + s[3] + s[4]


def f_scan_cells(nr):
    s = F_SCAN[nr]
    return [str(nr), f_row(nr)[1], s[0].isoformat(), str(s[1]), str(s[2]), str(s[3]), str(s[4]), str(f_scan_sum(nr))]


def f_scan_text_row(nr):
    return " ".join(f_scan_cells(nr))


def f_scan_total_cells():
    t = [sum(F_SCAN[n][k] for n in F_SCAN) for k in (1, 2, 3, 4)]
    return ["", "Samtliga lekplatser", "", str(t[0]), str(t[1]), str(t[2]), str(t[3]), str(t[1] + t[2] + t[3])]


def f_scan_rows():
    return [f_scan_cells(n) for n in sorted(F_SCAN)] + [f_scan_total_cells()]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [" ".join(F_SCAN_COLS)]
    parts += [" ".join(c for c in r if c) for r in f_scan_rows()]
    parts += F_SCAN_FOOT
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += [c for c in r[3:] if c]
    return out


def f_sentences():
    n = len(F_ROWS)
    av = [r for r in F_ROWS if r[4].startswith("Avveckling")]
    y27 = f_year_sum(2027)
    return [
        f"Kommunen har i dag {g(n)} allmänna lekplatser, jämfört med {g(F_PREV[0])} när det förra programmet "
        f"antogs. Programmet föreslår att ytterligare {WORD[len(av)]} avvecklas.",
        f"De planerade åtgärderna kostar sammanlagt {g(f_total())} tusen kronor under 2027–2031, medan "
        f"investeringsramen är {g(F_FRAME)} tusen kronor per år, alltså {g(F_FRAME * 5)} tusen kronor för hela "
        f"perioden.",
        f"Mest kostar år 2027 med {g(y27)} tusen kronor, vilket är {g(y27 - F_FRAME)} tusen kronor mer än årets ram.",
        f"Under det förra programmet användes i genomsnitt {d1(F_PREV[1])} miljoner kronor per år till lekplatser.",
    ]
