"""The numbers, rows, list items and running-text sentences of the six synthetic51 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the district outcomes, deviations and monthly totals of the income-support table (a); the
group sums, the changes, the kilograms per inhabitant and the status counts of the waste plan (b); the group's summed
turnover, result and staff (c); the totals of the ambulance assignments and the over-target flags (d); the ordering
and the age flags of the motions list (e); the row sums and the column sums of the scanned maintenance table (f). The
helpers r0/r1, g, d1, pct, share and WORD are copied from ../synthetic50/data.py (itself a copy of earlier sets)."""
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
WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
        10: "tio", 11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton"}

# =====================================================================================================
# (a) Dalkvista kommun – socialnämnden: ekonomiskt bistånd, uppföljning januari–juni 2027
# =====================================================================================================
A_DNR = "SN 2027/118"
A_DATE = D(2027, 8, 17)
A_HEAD = ("Therese Dalin", "enhetschef försörjningsstöd")
A_ECON = ("David Malmborg", "controller")
A_MONTHS3 = ["April", "Maj", "Juni"]
# (district, households April/May/June 2027, paid out April/May/June 2027 (tkr), paid out January–March 2027 (tkr),
#  budget January–June 2027 (tkr))
A_DISTRICTS = [
    ("Dalkvista centrum", [168, 172, 175], [1642, 1688, 1731], 4812, 9600),
    ("Tornhöjden", [141, 139, 146], [1398, 1371, 1452], 4086, 8400),
    ("Ingsbo", [74, 77, 71], [702, 731, 668], 2118, 4500),
    ("Mjärdalen", [96, 103, 109], [921, 1004, 1087], 2604, 5100),
    ("Tuvhammar", [58, 55, 57], [534, 509, 526], 1655, 3300),
    ("Dragby", [43, 46, 44], [388, 415, 402], 1192, 2700),
]
# the whole municipality per month, January–March (the districts are given only from April in Tabell 1)
A_Q1 = [("Januari", 571, 5402), ("Februari", 566, 5387), ("Mars", 583, 5678)]
# the same months 2026: (households, paid out tkr), January … June
A_PREV = [(548, 5012), (552, 5046), (561, 5188), (559, 5120), (566, 5204), (570, 5237)]
A_BUDGET_MONTH = 5600                # tkr per month 2027
A_YEAR_BUDGET = 67200                # tkr 2027
A_FORECAST = 68400                   # tkr, forecast for the whole of 2027
A_YOUNG = 118                        # households with a young adult (18–24) applicant, June 2027
A_PASSAGE = ("sågverket i Mjärdalen lade ned verksamheten i februari, och många av de uppsagda hade arbetat för kort "
             "tid för att få ersättning från arbetslöshetskassan")
A_ACTIONS = [
    "Ett förstärkt arbetsmarknadsteam för de uppsagda från sågverket i Mjärdalen, tillsammans med Arbetsförmedlingen.",
    "Uppföljning var tredje månad av alla hushåll som har haft försörjningsstöd i mer än tio månader.",
    "Digital ansökan för alla hushåll från oktober 2027.",
]


def a_out(dd):
    """paid out January–June 2027 for a district (tkr)"""
    return dd[3] + sum(dd[2])


def a_dev(dd):
    """budget minus outcome: negative = over budget"""
    return dd[4] - a_out(dd)


def a_cells(dd):
    hh, co = dd[1], dd[2]
    return [dd[0], g(hh[0]), g(co[0]), g(hh[1]), g(co[1]), g(hh[2]), g(co[2]), g(a_out(dd)), g(dd[4]),
            g(a_dev(dd), plus=True)]


def a_text(dd):
    return " ".join(a_cells(dd))


def a_month_hh(i):
    return sum(dd[1][i] for dd in A_DISTRICTS)


def a_month_cost(i):
    return sum(dd[2][i] for dd in A_DISTRICTS)


def a_total_cells():
    out = sum(a_out(dd) for dd in A_DISTRICTS)
    bud = sum(dd[4] for dd in A_DISTRICTS)
    cells = ["Hela kommunen"]
    for i in range(3):
        cells += [g(a_month_hh(i)), g(a_month_cost(i))]
    return cells + [g(out), g(bud), g(bud - out, plus=True)]


def a_months():
    """Tabell 2: (month, households 2027, households 2026, paid 2027, budget 2027, paid 2026)"""
    rows = []
    for i, (m, hh, co) in enumerate(A_Q1):
        rows.append((m, hh, A_PREV[i][0], co, A_BUDGET_MONTH, A_PREV[i][1]))
    for i, m in enumerate(A_MONTHS3):
        rows.append((m, a_month_hh(i), A_PREV[3 + i][0], a_month_cost(i), A_BUDGET_MONTH, A_PREV[3 + i][1]))
    return rows


def a_month_cells(r):
    return [r[0], g(r[1]), g(r[2]), g(r[3]), g(r[4]), g(r[5])]


def a_month_text(r):
    return " ".join(a_month_cells(r))


def a_half():
    rows = a_months()
    return dict(hh27=r1(sum(r[1] for r in rows) / 6), hh26=r1(sum(r[2] for r in rows) / 6),
                paid27=sum(r[3] for r in rows), bud27=sum(r[4] for r in rows), paid26=sum(r[5] for r in rows),
                n27=sum(r[1] for r in rows), n26=sum(r[2] for r in rows))


def a_half_cells():
    h = a_half()
    return ["Januari–juni¹", d1(h["hh27"]), d1(h["hh26"]), g(h["paid27"]), g(h["bud27"]), g(h["paid26"])]


def a_per_hh():
    h = a_half()
    return r0(h["paid27"] / h["n27"] * 1000), r0(h["paid26"] / h["n26"] * 1000)


def a_qa():
    """the questions and answers of p. 1 (the answers carry the competing figures)"""
    h = a_half()
    jun = a_months()[5]
    k27, k26 = a_per_hh()
    return [
        ("Hur många hushåll fick försörjningsstöd?",
         f"I juni 2027 fick {g(jun[1])} hushåll försörjningsstöd, jämfört med {g(jun[2])} hushåll i juni 2026. Under "
         f"första halvåret var det i genomsnitt {d1(h['hh27'])} hushåll per månad, mot {d1(h['hh26'])} samma period "
         f"året innan."),
        ("Hur mycket har betalats ut?",
         f"Från januari till juni betalades {g(h['paid27'])} tkr ut, vilket är {g(h['paid27'] - h['bud27'])} tkr mer "
         f"än budgeten för perioden på {g(h['bud27'])} tkr och {g(h['paid27'] - h['paid26'])} tkr mer än under "
         f"första halvåret 2026, då utbetalningarna var {g(h['paid26'])} tkr."),
        ("Hur mycket får ett hushåll i genomsnitt?",
         f"Det genomsnittliga försörjningsstödet var {g(k27)} kronor per hushåll och månad, jämfört med {g(k26)} "
         f"kronor under motsvarande månader 2026."),
        ("Vilka får stöd?",
         f"I juni var {g(A_YOUNG)} av hushållen unga vuxna mellan 18 och 24 år, vilket motsvarar "
         f"{d1(share(A_YOUNG, jun[1]))} procent."),
        ("Hur blir helåret?",
         f"Förvaltningen bedömer att kostnaden för helåret blir {g(A_FORECAST)} tkr. Det är "
         f"{g(A_FORECAST - A_YEAR_BUDGET)} tkr mer än årsbudgeten på {g(A_YEAR_BUDGET)} tkr."),
    ]


# =====================================================================================================
# (b) Ilmsjö kommun – kommunstyrelsen: avfallsplan 2024–2030, uppföljning 2026
# =====================================================================================================
B_DNR = "KS 2027/52"
B_DATE = D(2027, 4, 6)
B_AUTHOR = ("Ingrid Tellström", "avfallsstrateg")
B_CEO = ("Magnus Ivarsson", "vd, Ilmsjö Renhållning AB")
B_YEARS = [2023, 2024, 2025, 2026]
B_INHAB = {2023: 24290, 2024: 24380, 2025: 24450, 2026: 24600}
B_GROUPS = ["Kärl och säck", "Förpackningar", "Återvinningscentraler"]
# (group, fraction, tonnes 2023, 2024, 2025, 2026)
B_FRACTIONS = [
    ("Kärl och säck", "Restavfall", [4920, 4780, 4610, 4385]),
    ("Kärl och säck", "Matavfall", [1140, 1205, 1262, 1318]),
    ("Förpackningar", "Papper och kartong", [620, 645, 668, 690]),
    ("Förpackningar", "Plast", [410, 438, 452, 481]),
    ("Förpackningar", "Glas", [735, 748, 741, 756]),
    ("Förpackningar", "Metall", [96, 101, 104, 108]),
    ("Återvinningscentraler", "Grovavfall till förbränning", [2310, 2245, 2198, 2064]),
    ("Återvinningscentraler", "Trä", [1680, 1712, 1655, 1721]),
    ("Återvinningscentraler", "Metallskrot", [540, 528, 551, 537]),
    ("Återvinningscentraler", "Trädgårdsavfall", [2950, 3210, 2880, 3345]),
    ("Återvinningscentraler", "Elavfall", [412, 398, 405, 389]),
    ("Återvinningscentraler", "Farligt avfall", [118, 124, 121, 129]),
    ("Återvinningscentraler", "Textil", [36, 58, 74, 92]),
]
# Tabell 2: the plan's targets (nr, indicator, 2024, 2025, 2026, target 2030, direction "min"/"max")
B_TARGETS = [
    ("1", "Andel av matavfallet som sorteras ut, %", 52.4, 55.1, 58.3, 70.0, "min"),
    ("2", "Andel av hushållsavfallet till materialåtervinning och biologisk behandling, %", 41.8, 43.5, 46.2, 60.0,
     "min"),
    ("3", "Andel förpackningar och returpapper i restavfallet, %", 28.0, 26.1, 24.5, 15.0, "max"),
    ("4", "Andel av besökarna på återvinningscentralerna som lämnar något till återbruk, %", 9.5, 11.2, 10.8, 25.0,
     "min"),
]
B_STATUS = ["Klar", "Pågår", "Försenad", "Ej startad"]
# the actions: (nr, action, status, responsible, nested points as (text, [sub-points]))
B_ACTIONS = [
    ("1", "Fyrfackskärl för förpackningar till alla villor", "Pågår", "Ilmsjö Renhållning AB",
     [("utrullningen i tätorterna är klar", []), ("landsbygden får kärl under 2027", ["cirka 1 900 hushåll"])]),
    ("2", "Insamling av matavfall i alla flerbostadshus", "Klar", "Ilmsjö Renhållning AB",
     [("samtliga fastighetsägare är anslutna", [])]),
    ("3", "Återbruksbod vid Mossbrunns återvinningscentral", "Försenad", "Ilmsjö Renhållning AB",
     [("bygglov är beviljat", []), ("bygget väntar på ny upphandling", ["det första anbudet låg för högt"])]),
    ("4", "Insamling av textil vid återvinningsstationerna", "Klar", "Ilmsjö Renhållning AB",
     [("containrar finns på åtta platser", [])]),
    ("5", "Mindre matsvinn i skolor och förskolor", "Pågår", "Kostenheten",
     [("svinnet mäts varje vecka i alla kök", []), ("mål för varje kök fastställs 2027", [])]),
    ("6", "Plockanalys av restavfallet vartannat år", "Klar", "Ilmsjö Renhållning AB",
     [("senaste analysen gjordes i oktober 2026", [])]),
    ("7", "Nedskräpningsmätning i centrala Ilmsjö", "Ej startad", "Tekniska förvaltningen",
     [("metoden ska samordnas med grannkommunerna", [])]),
    ("8", "Krav på återbruk vid rivning av kommunens byggnader", "Försenad", "Samhällsbyggnadsförvaltningen",
     [("riktlinjen är inte antagen", ["remissen till byggföretagen drog ut på tiden"])]),
    ("9", "Ny återvinningscentral i Trågsta", "Försenad", "Ilmsjö Renhållning AB",
     [("detaljplanen har överklagats", []), ("öppning tidigast 2029", [])]),
    ("10", "Informationskampanj om farligt avfall", "Pågår", "Ilmsjö Renhållning AB",
     [("utskick till alla hushåll i maj och oktober", [])]),
    ("11", "Digitalt register över tömning av enskilda avlopp", "Ej startad", "Miljöförvaltningen",
     [("upphandling av system planeras 2028", [])]),
    ("12", "Inventering av nedlagda deponier", "Pågår", "Miljöförvaltningen",
     [("fyra av nio deponier är undersökta", [])]),
]
B_PASSAGE = ("grannar till den planerade anläggningen har överklagat detaljplanen till mark- och miljödomstolen, och "
             "bolaget kan inte börja bygga förrän planen har vunnit laga kraft")


def b_total(i, rows=None):
    rows = B_FRACTIONS if rows is None else rows
    return sum(f[2][i] for f in rows)


def b_group_rows(grp):
    return [f for f in B_FRACTIONS if f[0] == grp]


def b_kg(tonnes, year=2026):
    return r0(tonnes * 1000 / B_INHAB[year])


def b_cells(f):
    v = f[2]
    return [f[1]] + [g(x) for x in v] + [d1(pct(v[3], v[2]), plus=True), g(b_kg(v[3]))]


def b_text(f):
    return " ".join(b_cells(f))


def b_sum_cells(label, rows):
    v = [b_total(i, rows) for i in range(4)]
    return [label] + [g(x) for x in v] + [d1(pct(v[3], v[2]), plus=True), g(b_kg(v[3]))]


def b_group_sum_cells(grp):
    return b_sum_cells(f"Summa {grp[0].lower() + grp[1:]}", b_group_rows(grp))


def b_total_cells():
    return b_sum_cells("Totalt insamlat", B_FRACTIONS)


def b_target_cells(t):
    return [t[0], t[1], d1(t[2]), d1(t[3]), d1(t[4]), d1(t[5])]


def b_target_text(t):
    return " ".join(b_target_cells(t))


def b_restkg():
    """residual waste per inhabitant (kg) 2024–2026"""
    return [b_kg(B_FRACTIONS[0][2][i], y) for i, y in ((1, 2024), (2, 2025), (3, 2026))]


def b_action_text(a):
    """an action as printed: number, title, the responsible after 'Ansvarig:' and the status word"""
    return f"{a[0]} {a[1]} {a[2]}"


def b_sentences():
    t25, t26 = b_total(2), b_total(3)
    rk = b_restkg()
    st = {k: sum(1 for a in B_ACTIONS if a[2] == k) for k in B_STATUS}
    return [
        f"Under 2026 samlades {g(t26)} ton avfall in från hushållen i Ilmsjö, jämfört med {g(t25)} ton året innan.",
        f"Restavfallet minskade till {rk[2]} kilo per invånare, från {rk[1]} kilo 2025. Planens mål är högst 150 "
        f"kilo per invånare 2030.",
        f"Av planens {WORD[len(B_ACTIONS)]} åtgärder är {WORD[st['Klar']]} klara, {WORD[st['Pågår']]} pågår, "
        f"{WORD[st['Försenad']]} är försenade och {WORD[st['Ej startad']]} har inte startat.",
    ]


# =====================================================================================================
# (c) Timsala kommun – kommunstyrelsen: kommunkoncernens bolag 2026 och ägardirektiv 2027
# =====================================================================================================
C_DNR = "KS 2027/77"
C_DATE = D(2027, 5, 4)
C_CFO = ("Ines Dalbom", "ekonomichef")
C_CEO = ("Dennis Melander", "kommundirektör")
# (company, sector tab, activity, ownership, managing director, chair, turnover (2026, 2025) mnkr,
#  result after financial items (2026, 2025) mnkr, equity ratio (2026, 2025) %, owner's equity ratio demand % or None,
#  average employees (2026, 2025))
C_COMPANIES = [
    ("Timsala Stadshus AB", "MODERBOLAG", "Äger och samordnar kommunens bolag",
     "100 % Timsala kommun", "Dennis Melander", "Mats Ibsen", (4.2, 3.9), (-1.8, -2.3), (38.5, 37.9), None, (2, 2)),
    ("Timsalabostäder AB", "BOSTÄDER", "Hyresbostäder, 2 940 lägenheter",
     "100 % genom Timsala Stadshus AB", "Ida Mattsson", "Tuva Malmgren", (318.4, 306.9), (21.7, 14.2), (12.8, 11.9),
     15, (64, 61)),
    ("Timsala Energi AB", "ENERGI", "Fjärrvärme, elnät och elhandel",
     "100 % genom Timsala Stadshus AB", "Daniel Morén", "Mats Ibsen", (412.6, 455.3), (38.9, 52.4), (34.2, 31.0), 30,
     (118, 121)),
    ("Timsala Vatten AB", "VATTEN", "Dricksvatten och avlopp enligt självkostnadsprincipen",
     "100 % genom Timsala Stadshus AB", "Mikael Törnqvist", "Tuva Malmgren", (96.3, 91.8), (0.4, -0.6), (8.1, 8.4),
     None, (41, 39)),
    ("Timsala Industrilokaler AB", "LOKALER", "Uthyrning av industri- och verksamhetslokaler",
     "100 % genom Timsala Stadshus AB", "Maria Thornell", "Tove Dahlgren", (47.5, 44.1), (-3.6, 2.1), (18.7, 20.9), 20,
     (9, 9)),
    ("Timsala Fibernät AB", "BREDBAND", "Öppet fibernät i hela kommunen",
     "100 % genom Timsala Stadshus AB", "Tobias Ivarsson", "Mats Ibsen", (22.8, 19.6), (1.9, -0.8), (24.3, 22.6), 20,
     (7, 6)),
]
C_BUDGET_RESULT = 60.0               # the budgeted summed result of the companies 2026, mnkr
# owner directives 2027: (company, [att-clauses without "att"])
C_DIRECTIVES = [
    ("Timsalabostäder AB", [
        "bolaget ska påbörja byggandet av minst 60 nya hyreslägenheter under perioden 2027–2029,",
        "soliditeten ska vara minst 15 procent senast 2029,",
        "hyreshöjningen för 2028 ska förhandlas med målet att den inte överstiger kostnadsökningen."]),
    ("Timsala Energi AB", [
        "bolaget ska lämna en utdelning på 12,0 mnkr till Timsala Stadshus AB,",
        "fjärrvärmen ska produceras helt utan fossila bränslen från och med 2028,",
        "bolaget ska utreda en solcellspark på kommunens mark och redovisa utredningen senast den 30 november 2027."]),
    ("Timsala Industrilokaler AB", [
        "bolaget ska ta fram en plan för att nå ett resultat i balans senast 2028,",
        "lokaler som har stått tomma i mer än två år ska prövas för försäljning."]),
    ("Timsala Fibernät AB", [
        "bolaget ska erbjuda anslutning till alla hushåll i tätorterna senast 2028."]),
]


def c_block_rows(c):
    """the key figures of a company block as printed: (label, value 2026 (2025))"""
    rows = [("Nettoomsättning, mnkr", f"{d1(c[6][0])} ({d1(c[6][1])})"),
            ("Resultat efter finansiella poster, mnkr", f"{d1(c[7][0])} ({d1(c[7][1])})"),
            ("Soliditet, %", f"{d1(c[8][0])} ({d1(c[8][1])})"),
            ("Ägarens krav på soliditet", "–" if c[9] is None else f"minst {c[9]} %"),
            ("Medelantal anställda under året", f"{c[10][0]} ({c[10][1]})")]
    return rows


def c_block_text(c):
    return " ".join(f"{k} {v}" for k, v in c_block_rows(c))


def c_sums():
    return dict(t26=r1(sum(c[6][0] for c in C_COMPANIES)), t25=r1(sum(c[6][1] for c in C_COMPANIES)),
                r26=r1(sum(c[7][0] for c in C_COMPANIES)), r25=r1(sum(c[7][1] for c in C_COMPANIES)),
                e26=sum(c[10][0] for c in C_COMPANIES), e25=sum(c[10][1] for c in C_COMPANIES))


def c_sentences():
    s = c_sums()
    loss = [c for c in C_COMPANIES if c[7][0] < 0]
    return [
        f"Kommunens {WORD[len(C_COMPANIES)]} bolag omsatte tillsammans {d1(s['t26'])} mnkr under 2026, jämfört med "
        f"{d1(s['t25'])} mnkr året innan.",
        f"Det sammanlagda resultatet efter finansiella poster blev {d1(s['r26'])} mnkr. Året innan var det "
        f"{d1(s['r25'])} mnkr, och i budgeten hade bolagen räknat med {d1(C_BUDGET_RESULT)} mnkr.",
        f"{WORD[len(loss)].capitalize()} bolag redovisade ett negativt resultat.",
        f"I bolagen arbetade i genomsnitt {s['e26']} personer, {s['e26'] - s['e25']} fler än 2025.",
    ]


# =====================================================================================================
# (d) Region Tyrvalla – ambulanssjukvården: verksamhetsrapport 2026
# =====================================================================================================
D_DNR = "HSN 2027/63"
D_DATE = D(2027, 3, 23)
D_CHIEF = ("Mona Tidholm", "verksamhetschef ambulanssjukvården")
D_ANALYST = ("Ivar Tengroth", "verksamhetsutvecklare")
D_TARGETS = {"p1_med": 12.0, "p1_p90": 30.0, "p2_med": 20.0, "p2_p90": 45.0}
# (area, kind of area, prio 1: assignments 2026, median 2025, median 2026, 90th percentile 2026,
#  prio 2: assignments 2026, median 2025, median 2026, 90th percentile 2026) – minutes
D_AREAS = [
    ("Medvik", "Tätort", 1842, 9.8, 10.4, 21.6, 2310, 16.2, 17.1, 36.4),
    ("Irsjö", "Landsbygd", 612, 14.1, 13.6, 28.9, 845, 21.4, 20.8, 44.1),
    ("Dunvik", "Tätort", 1205, 10.9, 11.3, 24.2, 1560, 17.8, 18.9, 39.7),
    ("Mörkedal", "Landsbygd", 498, 15.2, 17.1, 33.5, 702, 23.9, 24.6, 49.2),
    ("Tornfjäll", "Glesbygd", 287, 19.6, 21.3, 41.8, 364, 28.5, 30.2, 58.6),
    ("Malmbyn", "Landsbygd", 534, 13.4, 11.8, 27.3, 690, 20.1, 19.5, 42.8),
    ("Tranhult", "Tätort", 968, 11.2, 11.9, 25.1, 1214, 18.3, 17.6, 38.2),
    ("Idsälja", "Glesbygd", 246, 22.4, 19.8, 38.6, 318, 31.0, 27.4, 55.1),
]
# the whole region (medians are computed over all assignments, not from the areas)
D_REGION = dict(p1_med25=11.6, p1_med26=12.1, p1_p90=27.4, p2_med25=18.9, p2_med26=19.4, p2_p90=42.6)
D_P3 = 7285                          # prio 3 assignments 2026 (not split by area)
D_PREV_TOTAL = 20915                 # all assignments 2025
D_WITHIN20 = (86.2, 84.7, 90.0)      # prio 1 within 20 minutes, % 2025, 2026, target
D_COST = (461.9, 486.3, 478.0)       # net cost mnkr 2025, 2026, budget 2026
D_PASSAGE = ("stationen i Mörkedal från maj bara kunde bemanna en ambulans nattetid sedan två sjuksköterskor hade "
             "slutat, och larmen på natten fick då ofta besvaras av en ambulans från Dunvik")
D_ACTIONS = [
    "Rekrytera fyra specialistsjuksköterskor till stationerna i Mörkedal och Tornfjäll.",
    "Inför en sjukvårdsbil med en sjuksköterska i Idsälja under vardagar.",
    "Prova ett nytt system för dirigering av ambulanser tillsammans med larmcentralen.",
]


def d_cells(a):
    return [a[0], a[1], g(a[2]), d1(a[3]), d1(a[4]), d1(a[5]), g(a[6]), d1(a[7]), d1(a[8]), d1(a[9])]


def d_text(a):
    return " ".join(d_cells(a))


def d_total_cells():
    r = D_REGION
    return ["Hela regionen", "", g(sum(a[2] for a in D_AREAS)), d1(r["p1_med25"]), d1(r["p1_med26"]),
            d1(r["p1_p90"]), g(sum(a[6] for a in D_AREAS)), d1(r["p2_med25"]), d1(r["p2_med26"]), d1(r["p2_p90"])]


def d_target_cells():
    t = D_TARGETS
    return ["Mål", "", "", "", f"≤ {d1(t['p1_med'])}", f"≤ {d1(t['p1_p90'])}", "", "", f"≤ {d1(t['p2_med'])}",
            f"≤ {d1(t['p2_p90'])}"]


def d_over(a):
    """which 2026 cells are over their target: indices into d_cells"""
    t = D_TARGETS
    return [i for i, ok in ((4, a[4] > t["p1_med"]), (5, a[5] > t["p1_p90"]), (8, a[8] > t["p2_med"]),
                            (9, a[9] > t["p2_p90"])) if ok]


def d_total():
    return sum(a[2] for a in D_AREAS) + sum(a[6] for a in D_AREAS) + D_P3


def d_sentences():
    r = D_REGION
    return [
        f"Ambulanssjukvården utförde {g(d_total())} uppdrag under 2026, jämfört med {g(D_PREV_TOTAL)} året innan. "
        f"Av dem var {g(sum(a[2] for a in D_AREAS))} uppdrag med prioritet 1.",
        f"Medianresponstiden för prio 1 i hela regionen blev {d1(r['p1_med26'])} minuter, mot {d1(r['p1_med25'])} "
        f"minuter 2025 och målet på högst {d1(D_TARGETS['p1_med'])} minuter.",
        f"Andelen prio 1-uppdrag där ambulansen var framme inom 20 minuter sjönk till {d1(D_WITHIN20[1])} procent "
        f"från {d1(D_WITHIN20[0])} procent. Målet är {d1(D_WITHIN20[2])} procent.",
        f"Nettokostnaden blev {d1(D_COST[1])} mnkr, vilket är {d1(D_COST[1] - D_COST[2])} mnkr mer än budgeten på "
        f"{d1(D_COST[2])} mnkr. År 2025 var nettokostnaden {d1(D_COST[0])} mnkr.",
    ]


def d_bars():
    """Figur 1: (area, median prio 1 2025, 2026) sorted by 2026, longest first"""
    return sorted([(a[0], a[3], a[4]) for a in D_AREAS], key=lambda x: -x[2])


# =====================================================================================================
# (e) Mjösunda kommun – kommunfullmäktiges sammanträdesprotokoll 2027-04-26, §§ 38–46
# =====================================================================================================
E_DATE = D(2027, 4, 26)
E_CHAIR = ("Inger Dahlqvist", "ordförande")
E_SECR = ("Tomas Ingelsson", "sekreterare")
E_ADJ = [("Malin Dahlén", "justerare"), ("Ivan Modig", "justerare")]
E_RESULT = (24.6, 15.0, 31.2)        # result 2026, budget 2026, result 2025 (mnkr)
E_PRESCHOOL = (64.5, 52.0)           # the new investment frame and the earlier one (mnkr)
E_VOTE = (27, 18, 4)                 # § 41: yes, no, abstained
E_BUS_COST = 2.4                     # mnkr per year, the estimated cost of free travel for 75+
E_PASSAGE = ("regionen redan erbjuder pensionärer ett rabatterat periodkort, och en kommunal avgiftsfrihet skulle "
             "kosta omkring 2,4 mnkr per år utan att någon besparing görs på annat håll")
# § 44: motions and citizens' proposals not yet decided: (type, title, submitted by, received, preparing body, status)
E_MOTIONS = [
    ("Motion", "Solceller på alla kommunala skolor", "Ivan Modig (MP)", D(2025, 9, 22), "Tekniska nämnden", "Klar för beslut"),
    ("Medborgarförslag", "Hundrastgård i Tallhed", "Maja Dufva", D(2025, 10, 6), "Tekniska nämnden", "Yttrande inkommet"),
    ("Motion", "Fler platser på fritidsklubben i Idborg", "Dag Mellgren (C)", D(2025, 11, 24), "Barn- och utbildningsnämnden", "Under beredning"),
    ("Medborgarförslag", "Belysning på gångvägen vid Mjösunda hamn", "Irma Tapper", D(2025, 12, 15), "Tekniska nämnden", "Klar för beslut"),
    ("Motion", "Feriejobb för alla gymnasieungdomar", "Monika Tell (S)", D(2026, 1, 26), "Kommunstyrelsen", "Under beredning"),
    ("Medborgarförslag", "Utegym i Idborg", "Disa Moström", D(2026, 2, 9), "Kultur- och fritidsnämnden", "På remiss"),
    ("Motion", "Trygghetsvandringar i centrum", "Ture Dahlberg (M)", D(2026, 3, 23), "Kommunstyrelsen", "Under beredning"),
    ("Medborgarförslag", "Laddstolpar vid Tallheds skola", "Tyra Dalqvist", D(2026, 4, 20), "Tekniska nämnden", "Yttrande inkommet"),
    ("Motion", "Skolmåltider med mer närproducerat", "Dan Isaksson (KD)", D(2026, 5, 25), "Barn- och utbildningsnämnden", "På remiss"),
    ("Motion", "Sommaröppet bibliotek i Idborg", "Mira Thelin (V)", D(2026, 6, 15), "Kultur- och fritidsnämnden", "Yttrande inkommet"),
    ("Medborgarförslag", "Farthinder på Mjösundavägen", "Tord Ivehag", D(2026, 8, 31), "Tekniska nämnden", "På remiss"),
    ("Motion", "Kommunal borgen för bygdens hyreshus", "Dag Mellgren (C)", D(2026, 9, 21), "Kommunstyrelsen", "Under beredning"),
    ("Medborgarförslag", "Fler bänkar längs strandpromenaden", "Ida Dahlbom", D(2026, 10, 12), "Tekniska nämnden", "På remiss"),
    ("Motion", "Avgiftsfri kulturskola", "Mira Thelin (V)", D(2026, 11, 23), "Kultur- och fritidsnämnden", "På remiss"),
    ("Motion", "Simundervisning för vuxna", "Monika Tell (S)", D(2026, 12, 14), "Kultur- och fritidsnämnden", "Under beredning"),
    ("Medborgarförslag", "Återvinningsstation i Tallhed", "Tilde Moberg", D(2027, 1, 25), "Tekniska nämnden", "På remiss"),
    ("Motion", "Kameraövervakning vid resecentrum", "Ture Dahlberg (M)", D(2027, 2, 22), "Kommunstyrelsen", "På remiss"),
    ("Medborgarförslag", "Skridskobana på Idborgs torg", "Maja Dufva", D(2027, 3, 15), "Kultur- och fritidsnämnden", "På remiss"),
]
E_BREAK_AFTER = 10                   # the list breaks after this row (the heading is repeated on the next page)
E_STATUS = ["Under beredning", "På remiss", "Yttrande inkommet", "Klar för beslut"]
E_OLD_LIMIT = D(2026, 4, 26)         # received before this date: under preparation for more than a year (marked *)


def e_nr(i):
    return f"{i + 1:02d}"


def e_cells(i, m):
    star = "*" if m[3] < E_OLD_LIMIT else ""
    return [e_nr(i), m[0], m[1], m[2], m[3].isoformat() + star, m[4], m[5]]


def e_text(i, m):
    return " ".join(e_cells(i, m))


def e_item_text(i, m):
    """a row as printed without its number"""
    return " ".join(e_cells(i, m)[1:])


def e_counts():
    mot = sum(1 for m in E_MOTIONS if m[0] == "Motion")
    med = sum(1 for m in E_MOTIONS if m[0] == "Medborgarförslag")
    old = sum(1 for m in E_MOTIONS if m[3] < E_OLD_LIMIT)
    return mot, med, old


def e_sentences():
    mot, med, old = e_counts()
    r = E_RESULT
    return [
        f"Kommunens resultat för 2026 blev ett överskott på {d1(r[0])} mnkr, att jämföra med det budgeterade "
        f"resultatet på {d1(r[1])} mnkr och {d1(r[2])} mnkr året innan.",
        f"Kommunstyrelsen föreslår att investeringsramen för förskolan höjs till {d1(E_PRESCHOOL[0])} mnkr från "
        f"{d1(E_PRESCHOOL[1])} mnkr.",
        f"Vid sammanträdet fanns {WORD[mot]} motioner och {WORD[med]} medborgarförslag som inte hade beretts färdigt. "
        f"{WORD[old].capitalize()} av dem har varit under beredning i mer än ett år.",
    ]


# =====================================================================================================
# (f) Dunhamra kommun – lokalförsörjningsplan 2027–2031 (the maintenance table is the SCANNED page 3)
# =====================================================================================================
F_DNR = "KS 2026/301"
F_DATE = D(2026, 11, 10)
F_HEAD = ("Ingemar Dahl", "fastighetschef")
F_PLANNER = ("Tina Mårdh", "lokalstrateg")
F_CLASSES = "ABCDEFG"
# (building, activity, year built, area m² (BRA), energy class, planned measure, cost mnkr or None, year(s) or "–")
F_BUILDINGS = [
    ("Dunhamra kommunhus", "Förvaltning", 1968, 4850, "E", "Ny ventilation och nya fönster", 18.5, "2028"),
    ("Ingeborgsskolan", "Grundskola F–6", 1974, 6320, "D", "Tillbyggnad med sex klassrum", 42.0, "2027–2028"),
    ("Mjölkbackens skola", "Grundskola 7–9", 1989, 8940, "C", "Nytt tak med solceller", 9.8, "2029"),
    ("Timmervikens skola", "Grundskola F–6", 2016, 3480, "A", "Inga större åtgärder", None, "–"),
    ("Duvbergets förskola", "Förskola", 2012, 1180, "B", "Inga större åtgärder", None, "–"),
    ("Mossgårdens förskola", "Förskola", 1979, 860, "F", "Ersätts av en ny förskola på samma tomt", 38.0, "2030"),
    ("Tallgårdens äldreboende", "Särskilt boende", 1992, 5410, "D", "Renovering av kök och badrum", 24.6, "2027"),
    ("Irisgårdens gruppbostad", "Bostad enligt LSS", 2004, 640, "C", "Anpassning för tillgänglighet", 1.9, "2027"),
    ("Dunhamra sporthall", "Idrott", 1976, 2950, "G", "Energirenovering av klimatskalet", 16.2, "2029–2030"),
    ("Medborgarhuset i Dunhamra", "Bibliotek och kultur", 1958, 2140, "E", "Ny hiss och bättre brandskydd", 6.4,
     "2028"),
]
F_PREV_AREA = 37120                  # m², the plan for 2026–2030
# the scanned page (Bilaga 2): planned maintenance per building 2027–2031 (tkr) and the main item
F_SCAN_MAINT = [
    ("Dunhamra kommunhus", "Fönster och ventilation", [460, 2180, 655, 310, 290]),
    ("Ingeborgsskolan", "Skolgård och staket", [820, 350, 470, 530, 615]),
    ("Mjölkbackens skola", "Tak och takavvattning", [380, 420, 3150, 260, 345]),
    ("Timmervikens skola", "Löpande underhåll", [95, 120, 110, 135, 150]),
    ("Duvbergets förskola", "Målning utvändigt", [70, 265, 85, 90, 105]),
    ("Mossgårdens förskola", "Akuta åtgärder till rivning", [155, 140, 125, 0, 0]),
    ("Tallgårdens äldreboende", "Kök och badrum", [1960, 430, 285, 360, 410]),
    ("Irisgårdens gruppbostad", "Dörrautomatik och ramper", [535, 60, 75, 65, 80]),
    ("Dunhamra sporthall", "Fasad och golv", [240, 310, 1480, 1720, 195]),
    ("Medborgarhuset i Dunhamra", "Hiss och brandlarm", [210, 1365, 180, 205, 225]),
]
F_SCAN_HEAD = ["Dunhamra kommun – Fastighetsenheten", "Underhållsplan, utskrift 2026-10-28"]
F_SCAN_TITLE = "Bilaga 2. Planerat underhåll per byggnad 2027–2031"
F_SCAN_INTRO = ("Beloppen är planerat underhåll i tusentals kronor i 2026 års prisnivå. Investeringar i Tabell 1 "
                "ingår inte.")
F_SCAN_COLS = ["Byggnad", "Största post", "2027", "2028", "2029", "2030", "2031", "Summa"]
F_SCAN_NOTES = ["Underhållet i Mossgårdens förskola upphör när den nya förskolan står klar.",
                "Källa: fastighetsenhetens underhållssystem."]
F_SCAN_FOOT = ["Utskriven av: Tina Mårdh", "Sida 1 av 1"]
F_CLOSE = [
    "Mossgårdens förskola rivs när den nya förskolan på samma tomt är klar 2030.",
    "Paviljongen vid Ingeborgsskolan lämnas när tillbyggnaden står klar.",
    "Kommunen säger upp den inhyrda lokalen för hemtjänsten i centrum och flyttar till kommunhuset.",
]


def f_cells(b):
    return [b[0], b[1], str(b[2]), g(b[3]), b[4], b[5], "–" if b[6] is None else d1(b[6]), b[7]]


def f_text(b):
    return " ".join(f_cells(b))


def f_area_total():
    return sum(b[3] for b in F_BUILDINGS)


def f_invest_total():
    return r1(sum(b[6] for b in F_BUILDINGS if b[6] is not None))


def f_maint_sum(m):
    return sum(m[2])


def f_scan_cells(m):
    return [m[0], m[1]] + [g(x) if x else "–" for x in m[2]] + [g(f_maint_sum(m))]


def f_scan_text_row(m):
    return " ".join(f_scan_cells(m))


def f_scan_sum_cells():
    cols = [sum(m[2][i] for m in F_SCAN_MAINT) for i in range(5)]
    return ["Summa", ""] + [g(x) for x in cols] + [g(sum(cols))]


def f_scan_rows():
    return [f_scan_cells(m) for m in F_SCAN_MAINT] + [f_scan_sum_cells()]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, " ".join(F_SCAN_COLS)]
    parts += [" ".join(x for x in r if x) for r in f_scan_rows()]
    parts += F_SCAN_NOTES + F_SCAN_FOOT
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += [x for x in r[2:] if x and x != "–"]
    return out


def f_sentences():
    bad = [b for b in F_BUILDINGS if b[4] in "EFG"]
    n_inv = sum(1 for b in F_BUILDINGS if b[6] is not None)
    return [
        f"Kommunens verksamheter använder {WORD[len(F_BUILDINGS)]} egna byggnader med en sammanlagd yta av "
        f"{g(f_area_total())} kvadratmeter, jämfört med {g(F_PREV_AREA)} kvadratmeter i förra årets plan.",
        f"Planen innehåller åtgärder i {WORD[n_inv]} byggnader till en sammanlagd kostnad av {d1(f_invest_total())} "
        f"mnkr under perioden 2027–2031.",
        f"{WORD[len(bad)].capitalize()} byggnader har energiklass E, F eller G och ska i första hand åtgärdas.",
    ]
