"""The numbers, rows, list items and running-text sentences of the six synthetic52 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the preschool need per area and forecast year, the places after the decided changes, the
surplus or shortage, the occupancy and the yearly totals behind the fan chart (a); the changes, the weighted
punctuality, the cost per boarding and the group and total rows of the bus lines (b); the outcome in per cent of the
budget, the totals and the assessment counts of the audit (c); the deviations, the changes, the clinic sums and the
regional totals of the medicines costs (d); the group sums, the shares of inspections carried out and the hours of the
supervision plan (e); the boys, the totals, the girls' shares of the scanned visitor table and the deviations of the
budget table (f). The helpers r0/r1/r2, g, d1, d2, pct, share and dmy are copied from ../synthetic50/data.py (itself a
copy of earlier sets)."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


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


def d2(x, plus=False):
    v = r2(x)
    whole, frac = f"{abs(v):.2f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    if v < 0 and s != "0,00":
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
# (a) Grenvika kommun – barn- och utbildningsnämnden: förskoleplan 2027–2031, lokalbehov
# =====================================================================================================
A_DNR = "BUN 2027/31"
A_DATE = D(2027, 3, 9)
A_HEAD = ("Karolina Norling", "förvaltningschef")
A_ANALYST = ("Rasmus Gerdin", "utredare")
A_YEARS = [2025, 2026, 2027, 2028, 2029, 2030]
A_OUTCOME = (2025, 2026)             # outcome years (15 October); the others are forecasts
A_OCC_TARGET = 95                    # occupancy, at most per cent in every area
A_PREV_FORECAST = 1655               # last year's plan: children in preschool 2026
# (area, children 1–5 years per year of A_YEARS, enrolled children 2025 and 2026, forecast share of the children
#  who need a place, places 15 October 2025 before the changes)
A_AREAS = [
    ("Grenvika centrum", [612, 598, 590, 584, 579, 575], [548, 541], 0.905, 580),
    ("Kolvreten", [402, 431, 455, 478, 496, 510], [362, 389], 0.905, 380),
    ("Nybrona", [356, 349, 352, 360, 371, 384], [318, 310], 0.89, 330),
    ("Rödsta", [268, 281, 290, 297, 301, 305], [239, 252], 0.90, 250),
    ("Gillerud", [164, 158, 151, 149, 146, 144], [143, 137], 0.87, 160),
]
A_BREAK_AFTER = "Rödsta"            # Tabell 1 breaks after this area's block (p. 2 → p. 3)
# Tabell 2, planned changes of premises: (nr, change, area, places, ready (text), year it counts from, status)
A_CHANGES = [
    (1, "Tillfälliga avdelningar i Kolvretens skola", "Kolvreten", 24, "augusti 2027", 2027, "Beslutad"),
    (2, "Paviljong med två avdelningar vid Gökens förskola", "Rödsta", 40, "augusti 2027", 2027, "Beslutad"),
    (3, "Avveckling av Näckrosens förskola", "Grenvika centrum", -36, "december 2027", 2028, "Beslutad"),
    (4, "Avveckling av paviljongen i Gillerud", "Gillerud", -20, "juni 2028", 2028, "Beslutad"),
    (5, "Tillbyggnad av Kullåsens förskola", "Nybrona", 30, "januari 2029", 2029, "Utredning"),
    (6, "Ny förskola Rävungen med sex avdelningar", "Kolvreten", 120, "augusti 2029", 2029, "Projektering"),
]
A_DECIDED = ("Beslutad",)            # only decided changes are counted in the places of Tabell 1
A_FAN = [(2020, 1741), (2021, 1763), (2022, 1779), (2023, 1770), (2024, 1788)]   # children 1–5 before 2025
A_FAN_2031 = 1934                    # forecast 2031 (only in the fan chart)
A_FAN_SPREAD = 0.012                 # the fan: ± 1,2 % of the forecast per year ahead
A_PASSAGE = ("bostadsområdet Kolvretens strand byggs ut med omkring 420 lägenheter fram till 2029, och de flesta är "
             "stora lägenheter som lockar barnfamiljer")
A_CLAUSES = [
    "anta förskoleplan 2027–2031,",
    "uppdra åt förvaltningen att tillsammans med samhällsbyggnadsförvaltningen ta fram ett beslutsunderlag för den nya "
    "förskolan Rävungen i Kolvreten, samt",
    "uppdra åt förvaltningen att utreda tillbyggnaden av Kullåsens förskola till budgetberedningen 2028.",
]


def a_places(area, yi):
    """places of an area in A_YEARS[yi] after the decided changes that count from that year"""
    a = [x for x in A_AREAS if x[0] == area][0]
    p = a[4]
    for c in A_CHANGES:
        if c[2] == area and c[6] in A_DECIDED and c[5] <= A_YEARS[yi]:
            p += c[3]
    return p


def a_need(a, yi):
    """enrolled children (outcome) or the forecast need"""
    if A_YEARS[yi] in A_OUTCOME:
        return a[2][yi]
    return r0(a[1][yi] * a[3])


def a_rows():
    """Tabell 1 in long format: (area, year, kind, children 1–5, need, places, surplus, occupancy)"""
    out = []
    for a in A_AREAS:
        for yi, y in enumerate(A_YEARS):
            need, pl = a_need(a, yi), a_places(a[0], yi)
            out.append((a[0], y, "Utfall" if y in A_OUTCOME else "Prognos", a[1][yi], need, pl, pl - need,
                        share(need, pl)))
    return out


def a_cells(r):
    return [r[0], str(r[1]), r[2], g(r[3]), g(r[4]), g(r[5]), g(r[6], plus=True), d1(r[7])]


def a_text(r):
    return " ".join(a_cells(r))


def a_total(yi):
    rows = [r for r in a_rows() if r[1] == A_YEARS[yi]]
    return dict(pop=sum(r[3] for r in rows), need=sum(r[4] for r in rows), places=sum(r[5] for r in rows))


def a_change_cells(c):
    return [str(c[0]), c[1], c[2], g(c[3], plus=True), c[4], c[6]]


def a_change_text(c):
    return " ".join(a_change_cells(c))


def a_change_item(c):
    return " ".join(a_change_cells(c)[1:])


def a_fan():
    """(year, children 1–5, low, high) for the fan chart; low/high only for the forecast years"""
    out = [(y, v, None, None) for y, v in A_FAN]
    for yi, y in enumerate(A_YEARS):
        v = a_total(yi)["pop"]
        k = y - 2026
        out.append((y, v, r0(v * (1 - A_FAN_SPREAD * k)) if k > 0 else None,
                    r0(v * (1 + A_FAN_SPREAD * k)) if k > 0 else None))
    k = 5
    out.append((2031, A_FAN_2031, r0(A_FAN_2031 * (1 - A_FAN_SPREAD * k)), r0(A_FAN_2031 * (1 + A_FAN_SPREAD * k))))
    return out


def a_sentences():
    t25, t26, t30 = a_total(0), a_total(1), a_total(5)
    return [
        f"Den 15 oktober 2026 var {g(t26['need'])} barn inskrivna i kommunens förskolor, {g(t26['need'] - t25['need'])} "
        f"fler än ett år tidigare, då de var {g(t25['need'])}.",
        f"I förra årets förskoleplan beräknades antalet till {g(A_PREV_FORECAST)} barn, alltså "
        f"{g(A_PREV_FORECAST - t26['need'])} fler än det blev.",
        f"Förskolorna hade {g(t26['places'])} platser, och beläggningen var därmed {d1(share(t26['need'], t26['places']))} "
        f"procent. Målet är att beläggningen inte ska överstiga {A_OCC_TARGET} procent i något område.",
        f"Antalet barn i åldern 1–5 år väntas öka från {g(t26['pop'])} år 2026 till {g(t30['pop'])} år 2030.",
        f"Med de lokalförändringar som redan är beslutade finns {g(t30['places'])} platser år 2030, medan behovet "
        f"beräknas till {g(t30['need'])} platser.",
    ]


def a_rav_sentence():
    """what the new preschool in Kolvreten would change in 2030 (p. 3)"""
    r = [x for x in a_rows() if x[0] == "Kolvreten" and x[1] == 2030][0]
    new = [c for c in A_CHANGES if c[1].startswith("Ny förskola Rävungen")][0]
    return (f"Om den nya förskolan Rävungen byggs får Kolvreten {g(r[5] + new[3])} platser år 2030 i stället för "
            f"{g(r[5])}, och underskottet på {g(-r[6])} platser vänds till ett överskott på {g(r[5] + new[3] - r[4])}.")


# =====================================================================================================
# (b) Kragsta kommun – tekniska nämnden: kollektivtrafiken 2026, årsrapport
# =====================================================================================================
B_DNR = "TN 2027/18"
B_DATE = D(2027, 2, 24)
B_HEAD = ("Gunilla Rehn", "trafikchef")
B_ANALYST = ("Nils Kjellgren", "trafikplanerare")
B_TARGET = 90.0                      # punctuality target, per cent
B_BUDGET = 35800                     # net cost budget 2026, tkr
B_GOAL_2028 = 1750000                # boardings, goal of the traffic plan for 2028
B_GROSS = {2025: (53410, 20550), 2026: (58240, 21550)}   # costs and ticket revenue, tkr (net = costs − revenue)
B_GROUPS = ["Stadstrafik", "Landsbygdstrafik"]
# (line, group, route, footnote mark on the route, colour, boardings 2024, 2025, 2026, punctuality 2025, 2026 (%),
#  net cost 2025, 2026 (tkr))
B_LINES = [
    ("1", "Stadstrafik", "Resecentrum – Rönnhagen", "", (214, 40, 40), 486200, 501700, 523900, 93.1, 92.6, 6420, 6610),
    ("2", "Stadstrafik", "Resecentrum – Norrgärdet", "", (0, 120, 190), 341800, 352300, 348100, 91.8, 90.7, 5210, 5480),
    ("3", "Stadstrafik", "Krokvreten – Resecentrum – Gärdsholm", "\u2074", (30, 150, 70), 402500, 415900, 371300,
     90.2, 81.4, 6150, 6930),
    ("4", "Stadstrafik", "Ringlinjen Resecentrum – Rävsnäs", "", (240, 140, 0), 128400, 131200, 137600, 94.0, 93.5,
     3020, 3160),
    ("5", "Landsbygdstrafik", "Kragsta – Nolhamn", "", (120, 70, 160), 96300, 94100, 91800, 88.4, 87.9, 4380, 4520),
    ("6", "Landsbygdstrafik", "Kragsta – Grindsjö – Kärrsätra", "", (150, 110, 60), 74600, 77200, 80900, 89.6, 90.8,
     3960, 4050),
    ("7", "Landsbygdstrafik", "Kragsta – Gäddnäs", "\u00b3", (0, 150, 160), None, 18400, 49700, 92.1, 91.3, 1240,
     3380),
    ("8", "Landsbygdstrafik", "Kragsta – Kåsvik", "", (200, 60, 130), 38900, 36200, 33500, 86.2, 84.9, 2480, 2560),
]
B_PASSAGE = ("bron över Krokån vid Krokvreten var avstängd från den 6 april till den 30 oktober, och bussarna fick "
             "under den tiden köra en längre omväg genom industriområdet med många trafiksignaler")
B_ACTIONS = [
    ("Bättre punktlighet på linje 3 och 8",
     ["signalprioritering för bussar i korsningarna vid Resecentrum", "ny tidtabell med längre körtid på linje 8"]),
    ("Fler resenärer i landsbygdstrafiken",
     ["anropsstyrd trafik på kvällar och helger till Kåsvik och Nolhamn", "pendlarparkering vid Grindsjö"]),
    ("Lägre kostnader",
     ["kortare turer med mindre bussar på linje 7 under sommaren"]),
]
B_FOOTNOTES = [
    "\u00b9 Andelen avgångar som gick högst tre minuter efter tidtabellen, mätt vid alla hållplatser.",
    "\u00b2 Nettokostnad (kostnader minus biljettintäkter) delad med antalet påstigande.",
    "\u00b3 Linjen startade den 18 augusti 2025.",
    "\u2074 Omledd under ombyggnaden av bron vid Krokvreten, se avsnitt 3.",
]


def b_cpb(line, yi):
    """cost per boarding, kr (yi 0 = 2025, 1 = 2026)"""
    return r1(line[10 + yi] * 1000 / line[6 + yi])


def b_group_lines(grp):
    return [x for x in B_LINES if x[1] == grp]


def b_cells(x):
    b24 = "–" if x[5] is None else g(x[5])
    return [x[0], x[2] + x[3], b24, g(x[6]), g(x[7]), d1(pct(x[7], x[6]), plus=True), d1(x[8]), d1(x[9]),
            d1(b_cpb(x, 0)), d1(b_cpb(x, 1)), g(x[11])]


def b_text(x):
    return " ".join(b_cells(x))


def b_item_text(x):
    """the row as printed without the line number"""
    return " ".join(b_cells(x)[1:])


def b_sum(lines):
    b24 = sum(x[5] or 0 for x in lines)
    b25, b26 = sum(x[6] for x in lines), sum(x[7] for x in lines)
    p25 = r1(sum(x[6] * x[8] for x in lines) / b25)
    p26 = r1(sum(x[7] * x[9] for x in lines) / b26)
    c25, c26 = sum(x[10] for x in lines), sum(x[11] for x in lines)
    return dict(b24=b24, b25=b25, b26=b26, p25=p25, p26=p26, c25=c25, c26=c26,
                cpb25=r1(c25 * 1000 / b25), cpb26=r1(c26 * 1000 / b26))


def b_sum_cells(label, lines):
    s = b_sum(lines)
    return ["", label, g(s["b24"]), g(s["b25"]), g(s["b26"]), d1(pct(s["b26"], s["b25"]), plus=True), d1(s["p25"]),
            d1(s["p26"]), d1(s["cpb25"]), d1(s["cpb26"]), g(s["c26"])]


def b_group_sum_cells(grp):
    return b_sum_cells(f"Summa {grp.lower()}", b_group_lines(grp))


def b_total_cells():
    return b_sum_cells("Hela trafiken", B_LINES)


def mn(tkr):
    """tkr -> mnkr with one decimal, as printed"""
    return d1(tkr / 1000)


def b_economy():
    """the key–value block of section 4: (label, 2025, 2026) in tkr"""
    t = b_sum(B_LINES)
    c25, r25 = B_GROSS[2025]
    c26, r26 = B_GROSS[2026]
    return [("Kostnader", c25, c26), ("Biljettintäkter", r25, r26), ("Nettokostnad", t["c25"], t["c26"]),
            ("Budget för nettokostnaden", None, B_BUDGET), ("Avvikelse mot budget", None, B_BUDGET - t["c26"])]


def b_coverage(year):
    c, r = B_GROSS[year]
    return share(r, c)


def b_sentences():
    t = b_sum(B_LINES)
    town, rural = b_sum(b_group_lines("Stadstrafik")), b_sum(b_group_lines("Landsbygdstrafik"))
    return [
        f"Under 2026 gjordes {g(t['b26'])} påstigningar i kommunens busstrafik, {g(t['b26'] - t['b25'])} fler än 2025, "
        f"då de var {g(t['b25'])}.",
        f"Ökningen kommer från landsbygdstrafiken, där den nya linjen 7 till Gäddnäs har gått hela året, medan "
        f"stadstrafiken minskade med {g(town['b25'] - town['b26'])} påstigningar.",
        f"Punktligheten var {d1(t['p26'])} procent, jämfört med {d1(t['p25'])} procent 2025 och målet på "
        f"{B_TARGET:.0f} procent.",
        f"Nettokostnaden blev {mn(t['c26'])} mnkr, vilket är {mn(t['c26'] - B_BUDGET)} mnkr mer än budgeten på "
        f"{mn(B_BUDGET)} mnkr. Kostnaden per påstigande ökade från {d1(t['cpb25'])} till {d1(t['cpb26'])} kronor.",
        f"Målet i trafikplanen är {g(B_GOAL_2028)} påstigningar år 2028.",
    ]


# =====================================================================================================
# (c) Rimnäs kommun – de förtroendevalda revisorerna: revisionsrapport 2027:2, fastighetsunderhåll
# =====================================================================================================
C_NO = "2027:2"
C_DATE = D(2027, 4, 20)
C_LEAD = ("Greta Kronlund", "certifierad kommunal revisor")
C_QA = ("Rune Nyhammar", "kvalitetssäkring")
C_CHAIR = ("Roland Kihlström", "revisorernas ordförande")
C_FIRM = "Granlid Revision AB"
C_PREV_BACKLOG = 71.4                # mnkr, the previous inventory 2023
C_INSPECTED = (31, 82)               # buildings with a status inspection in the last five years, all buildings
# Tabell 1: (category, buildings, budget 2026, outcome 2026, outcome 2025 (tkr), backlog (mnkr))
C_CATS = [
    ("Grundskolor", 22, 4800, 4120, 4410, 31.5),
    ("Förskolor", 18, 2600, 1980, 2270, 14.2),
    ("Äldreboenden och LSS-boenden", 9, 2900, 2640, 2480, 12.8),
    ("Idrotts- och fritidsanläggningar", 14, 1900, 1060, 1690, 16.4),
    ("Kultur- och förvaltningslokaler", 11, 1200, 1150, 1190, 7.9),
    ("Övriga lokaler", 8, 800, 650, 860, 3.2),
]
C_AREAS = ["Styrning", "Genomförande", "Uppföljning"]
C_LEVELS = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"]
# Tabell 2: (nr, area, audit question, assessment, comment)
C_QUESTIONS = [
    (1, "Styrning", "Finns det en aktuell underhållsplan för kommunens fastigheter?", "Delvis uppfyllt",
     "Planen finns men omfattar bara skolor och förskolor."),
    (2, "Styrning", "Har nämnden fastställt mål och riktlinjer för underhållet?", "Ej uppfyllt",
     "Inga mål är beslutade."),
    (3, "Genomförande", "Genomförs det planerade underhållet enligt plan och budget?", "Ej uppfyllt",
     "Utfallet är lägre än budget tre år i rad."),
    (4, "Genomförande", "Görs regelbundna statusbesiktningar av byggnaderna?", "Delvis uppfyllt",
     "Besiktningarna saknar fast schema."),
    (5, "Genomförande", "Finns det rutiner för att prioritera mellan åtgärder?", "Uppfyllt",
     "En prioriteringsmodell används sedan 2025."),
    (6, "Uppföljning", "Följer nämnden upp det eftersatta underhållet?", "Delvis uppfyllt",
     "Uppföljning sker bara vid inventeringar."),
    (7, "Uppföljning", "Rapporterar nämnden underhållets status till kommunstyrelsen?", "Delvis uppfyllt",
     "Rapporteringen sker muntligt."),
    (8, "Uppföljning", "Används uppföljningen som underlag i budgetarbetet?", "Uppfyllt",
     "Underlaget används i budgetberedningen."),
]
C_RECS = [
    ("Tekniska nämnden bör ta fram en samlad underhållsplan för alla kommunens fastigheter.",
     ["Planen bör omfatta minst tio år.", "Planen bör revideras varje år."]),
    ("Tekniska nämnden bör fastställa mål för underhållet.",
     ["Mål för andelen genomförda åtgärder.", "Mål för hur det eftersatta underhållet ska minska."]),
    ("Statusbesiktningar bör göras enligt ett fast schema.",
     ["Varje byggnad bör besiktigas minst vart femte år."]),
    ("Nämnden bör rapportera det eftersatta underhållet skriftligt till kommunstyrelsen två gånger per år.", []),
]
C_PASSAGE = ("fastighetsavdelningen saknade under våren två av fyra fastighetstekniker, och upphandlingen av ett nytt "
             "ramavtal för måleri och golv överprövades, så att flera åtgärder fick skjutas till 2027")


def c_pct(c):
    return share(c[3], c[2])


def c_cells(c):
    return [c[0], g(c[1]), g(c[2]), g(c[3]), d1(c_pct(c)), g(c[4]), d1(c[5])]


def c_text(c):
    return " ".join(c_cells(c))


def c_totals():
    return dict(n=sum(c[1] for c in C_CATS), b=sum(c[2] for c in C_CATS), u=sum(c[3] for c in C_CATS),
                u25=sum(c[4] for c in C_CATS), debt=r1(sum(c[5] for c in C_CATS)))


def c_total_cells():
    t = c_totals()
    return ["Summa", g(t["n"]), g(t["b"]), g(t["u"]), d1(share(t["u"], t["b"])), g(t["u25"]), d1(t["debt"])]


def c_counts():
    return {lv: sum(1 for q in C_QUESTIONS if q[3] == lv) for lv in C_LEVELS}


def c_q_text(q):
    """an audit question row as printed (number, question, assessment, comment)"""
    return f"{q[0]} {q[2]} {q[3]} {q[4]}"


def c_sentences():
    t = c_totals()
    n = c_counts()
    return [
        f"Budgeten för planerat underhåll var {mn(t['b'])} mnkr 2026, men utfallet blev {mn(t['u'])} mnkr, alltså "
        f"{d1(share(t['u'], t['b']))} procent av budgeten. År 2025 var utfallet {mn(t['u25'])} mnkr.",
        f"Det eftersatta underhållet uppskattas till {d1(t['debt'])} mnkr, jämfört med {d1(C_PREV_BACKLOG)} mnkr vid "
        f"den förra inventeringen 2023.",
        f"Statusbesiktningar har gjorts i {C_INSPECTED[0]} av kommunens {C_INSPECTED[1]} byggnader under de senaste "
        f"fem åren.",
        f"Av de {WORD[len(C_QUESTIONS)]} revisionsfrågorna bedömer vi {WORD[n['Uppfyllt']]} som uppfyllda, "
        f"{WORD[n['Delvis uppfyllt']]} som delvis uppfyllda och {WORD[n['Ej uppfyllt']]} som ej uppfyllda.",
    ]


# =====================================================================================================
# (d) Region Norrgala – hälso- och sjukvårdsnämnden: läkemedelskostnader 2026, uppföljning mot budget
# =====================================================================================================
D_DNR = "HSN 2027/112"
D_DATE = D(2027, 3, 16)
D_PHARM = ("Nadja Rydén", "läkemedelsstrateg")
D_ECON = ("Kent Granqvist", "ekonomichef")
D_POP = (281900, 283400)             # inhabitants 2025, 2026
D_FORMAN = (799.1, 824.4, 846.2)     # förmånsläkemedel, mnkr: outcome 2025, budget 2026, outcome 2026
D_CLINICS = ["Onkologiska kliniken", "Medicinkliniken", "Ögonkliniken", "Psykiatriska kliniken"]
# Tabell 1, rekvisitionsläkemedel: (clinic, ATC, therapeutic group, outcome 2025, budget 2026, outcome 2026 (mnkr))
D_ROWS = [
    ("Onkologiska kliniken", "L01", "Cytostatika och proteinkinashämmare", 118.4, 126.0, 134.7),
    ("Onkologiska kliniken", "L02", "Endokrin terapi", 9.6, 10.2, 9.1),
    ("Onkologiska kliniken", "A04", "Medel mot illamående", 3.1, 3.2, 3.4),
    ("Medicinkliniken", "B01", "Antitrombotiska medel", 14.2, 15.0, 14.6),
    ("Medicinkliniken", "L04", "Immunsuppressiva medel", 46.8, 49.5, 53.2),
    ("Medicinkliniken", "B03", "Medel vid anemier", 6.4, 6.8, 7.3),
    ("Medicinkliniken", "J05", "Antivirala medel", 12.7, 13.0, 12.1),
    ("Ögonkliniken", "S01", "Ögonmedel", 38.9, 41.0, 47.6),
    ("Psykiatriska kliniken", "N05", "Neuroleptika", 4.2, 4.5, 4.3),
    ("Psykiatriska kliniken", "N06", "Psykoanaleptika", 2.6, 2.8, 3.3),
]
D_PASSAGE = ("allt fler patienter med våt åldersrelaterad makuladegeneration behandlas med injektioner, och bytet "
             "till ett billigare likvärdigt preparat blev försenat när upphandlingen överprövades")
D_ACTIONS = [
    "Byte till biosimilarer för immunsuppressiva läkemedel där det är medicinskt möjligt.",
    "Gemensam upphandling av ögonläkemedel med grannregionerna under hösten 2027.",
    "Läkemedelsgenomgångar för alla patienter över 75 år som har fler än tio läkemedel.",
    "Månatlig uppföljning av kostnaderna per klinik i läkemedelskommittén.",
]


def d_dev(b, u):
    """deviation from the budget: budget minus outcome (negative = over budget)"""
    return r1(b - u)


def d_cells(r):
    return [r[1], r[2], d1(r[3]), d1(r[4]), d1(r[5]), d1(d_dev(r[4], r[5]), plus=True), d1(pct(r[5], r[3]), plus=True)]


def d_text(r):
    return " ".join(d_cells(r))


def d_item_text(r):
    return " ".join(d_cells(r))


def d_clinic_rows(cl):
    return [r for r in D_ROWS if r[0] == cl]


def d_sum(rows):
    return (r1(sum(r[3] for r in rows)), r1(sum(r[4] for r in rows)), r1(sum(r[5] for r in rows)))


def d_sum_cells(label, rows):
    a, b, u = d_sum(rows)
    return ["", label, d1(a), d1(b), d1(u), d1(d_dev(b, u), plus=True), d1(pct(u, a), plus=True)]


def d_clinic_sum_cells(cl):
    return d_sum_cells(f"Summa {cl[0].lower() + cl[1:]}", d_clinic_rows(cl))


def d_total_cells():
    return d_sum_cells("Summa rekvisitionsläkemedel", D_ROWS)


def d_all():
    a, b, u = d_sum(D_ROWS)
    return dict(rek=(a, b, u), tot25=r1(a + D_FORMAN[0]), totb=r1(b + D_FORMAN[1]), tot26=r1(u + D_FORMAN[2]))


def d_sentences():
    t = d_all()
    a, b, u = t["rek"]
    return [
        f"Regionens kostnader för läkemedel blev {d1(t['tot26'])} mnkr 2026, vilket är "
        f"{d1(t['tot26'] - t['totb'])} mnkr mer än budgeten på {d1(t['totb'])} mnkr.",
        f"År 2025 var kostnaderna {d1(t['tot25'])} mnkr, så ökningen är {d1(pct(t['tot26'], t['tot25']))} procent.",
        f"Förmånsläkemedlen, som hämtas ut på apotek, kostade {d1(D_FORMAN[2])} mnkr mot budgeterade "
        f"{d1(D_FORMAN[1])} mnkr ({d1(D_FORMAN[0])} mnkr 2025).",
        f"Rekvisitionsläkemedlen, som används på klinikerna, kostade {d1(u)} mnkr, {d1(u - b)} mnkr över budget.",
        f"Kostnaden per invånare var {g(t['tot26'] * 1e6 / D_POP[1])} kronor, jämfört med "
        f"{g(t['tot25'] * 1e6 / D_POP[0])} kronor året innan.",
    ]


# =====================================================================================================
# (e) Kalvhamra kommun – miljö- och byggnämnden: tillsynsplan 2027, miljö- och hälsoskydd
# =====================================================================================================
E_DNR = "MBN 2027/7"
E_DATE = D(2027, 1, 27)
E_HEAD = ("Regina Karlén", "miljöchef")
E_INSP = ("Gustav Nordell", "miljöinspektör")
E_GROUPS = ["Miljöskydd", "Hälsoskydd"]
E_FEE = {"Miljöskydd": (1240, 1290), "Hälsoskydd": (1140, 1180)}    # hourly fee 2026, 2027 (kr)
E_GOAL = 95                          # share of planned inspections carried out, per cent
E_PREV_SHARE = 88.6                  # 2025
E_HOURS_AVAIL = 1050                 # hours available for planned supervision 2027
# (group, category, objects, planned 2026, done 2026, planned 2027, hours 2027)
E_CATS = [
    ("Miljöskydd", "Tillståndspliktiga verksamheter (B)", 7, 7, 7, 7, 140),
    ("Miljöskydd", "Anmälningspliktiga verksamheter (C)", 52, 26, 23, 28, 364),
    ("Miljöskydd", "Övriga miljöfarliga verksamheter (U)", 118, 18, 12, 24, 144),
    ("Miljöskydd", "Lantbruk med djurhållning", 64, 22, 19, 22, 176),
    ("Miljöskydd", "Förorenade områden", 36, 5, 5, 6, 72),
    ("Hälsoskydd", "Skolor och förskolor", 43, 20, 15, 22, 132),
    ("Hälsoskydd", "Bassängbad", 3, 3, 3, 3, 27),
    ("Hälsoskydd", "Hygienlokaler", 29, 10, 11, 12, 48),
    ("Hälsoskydd", "Flerbostadshus", 38, 8, 4, 10, 90),
]
E_PASSAGE = ("de två inspektörerna för hälsoskydd under hösten fick lägga en stor del av sin tid på klagomål om fukt "
             "och mögel i lägenheter efter översvämningen i Rödbäck")
E_PRIOS = [
    ("Tillsyn av skolor och förskolor", ["ventilation och buller i förskolornas vilorum", "städning och hygien"]),
    ("Lantbruk med djurhållning", ["gödselhantering nära vattendrag", "uppföljning av förelägganden från 2026"]),
    ("Flerbostadshus", ["fukt och mögel", "egenkontroll av radon"]),
]
E_CLAUSES = ["anta tillsynsplan 2027 för miljö- och hälsoskydd, samt",
             "uppdra åt förvaltningen att redovisa hur planen har följts i februari 2028."]


def e_group_cats(grp):
    return [c for c in E_CATS if c[0] == grp]


def e_cells(c):
    return [c[1], g(c[2]), g(c[3]), g(c[4]), g(c[5]), g(c[6]), g(E_FEE[c[0]][1])]


def e_text(c):
    return " ".join(e_cells(c))


def e_sum(cats):
    return dict(obj=sum(c[2] for c in cats), p26=sum(c[3] for c in cats), d26=sum(c[4] for c in cats),
                p27=sum(c[5] for c in cats), h27=sum(c[6] for c in cats))


def e_sum_cells(label, cats):
    s = e_sum(cats)
    return [label, g(s["obj"]), g(s["p26"]), g(s["d26"]), g(s["p27"]), g(s["h27"]), ""]


def e_group_sum_cells(grp):
    return e_sum_cells(f"Summa {grp.lower()}", e_group_cats(grp))


def e_total_cells():
    return e_sum_cells("Totalt", E_CATS)


def e_rings():
    """(label, done, planned, share) for the progress rings"""
    out = []
    for grp in E_GROUPS:
        s = e_sum(e_group_cats(grp))
        out.append((grp, s["d26"], s["p26"], share(s["d26"], s["p26"])))
    s = e_sum(E_CATS)
    out.append(("Totalt", s["d26"], s["p26"], share(s["d26"], s["p26"])))
    return out


def e_sentences():
    s = e_sum(E_CATS)
    m, h = E_FEE["Miljöskydd"], E_FEE["Hälsoskydd"]
    return [
        f"Under 2026 genomfördes {s['d26']} av {s['p26']} planerade inspektioner, vilket motsvarar "
        f"{d1(share(s['d26'], s['p26']))} procent. År 2025 var andelen {d1(E_PREV_SHARE)} procent och målet är "
        f"{E_GOAL} procent.",
        f"För 2027 planeras {s['p27']} inspektioner som beräknas ta {g(s['h27'])} timmar. Enheten har "
        f"{g(E_HOURS_AVAIL)} timmar för planerad tillsyn, så {g(s['h27'] - E_HOURS_AVAIL)} timmar saknas.",
        f"Timavgiften för miljöskydd höjs från {g(m[0])} till {g(m[1])} kronor och för hälsoskydd från {g(h[0])} till "
        f"{g(h[1])} kronor.",
    ]


# =====================================================================================================
# (f) Gunnarsvala kommun – kultur- och fritidsnämnden: fritidsgårdarnas verksamhet 2026
#     (the visitor table is the SCANNED page 3: a spread of the printed booklet "Fritidsgårdarna i siffror")
# =====================================================================================================
F_DNR = "KFN 2027/22"
F_DATE = D(2027, 3, 3)
F_HEAD = ("Noah Grahn", "fritidschef")
F_OFFICER = ("Rebecka Gidlund", "verksamhetsutvecklare")
# Tabell 1 (text layer): (youth centre, full-time staff, budget 2026, outcome 2026, outcome 2025 (tkr))
F_ECON = [
    ("Raketen", 5.5, 4350, 4412, 4198),
    ("Kupolen", 4.0, 3180, 3121, 3064),
    ("Gnistan", 3.5, 2760, 2845, 2590),
    ("Rymden", 2.5, 1940, 1903, 1887),
    ("Knutpunkten", 5.0, 3890, 4018, 3716),
    ("Garaget", 3.0, 2410, 2296, 2352),
]
# the scanned table: (youth centre, visits 2025, visits 2026, of which girls 2026, aged 10–12, 13–15, 16–18 (2026),
#  opening hours per week)
F_VISITS = [
    ("Raketen", 11840, 12610, 4920, 2840, 6150, 3620, 34),
    ("Kupolen", 8930, 8410, 3110, 1960, 4380, 2070, 27),
    ("Gnistan", 6270, 7180, 3230, 2150, 3640, 1390, 23),
    ("Rymden", 4860, 4390, 1270, 1020, 2260, 1110, 19),
    ("Knutpunkten", 9420, 10050, 3620, 1410, 4860, 3780, 32),
    ("Garaget", 5310, 3870, 1160, 520, 1840, 1510, 21),
]
F_SCAN_HEAD = ["Fritidsgårdarna i siffror 2026", "Gunnarsvala kommun · Kultur och fritid"]
F_SCAN_TITLE = "Besök per fritidsgård"
F_SCAN_INTRO = ("Tabellen visar antalet besök under året. Ett besök räknas varje gång en ungdom kommer till gården, "
                "och samma ungdom kan alltså räknas flera gånger.")
F_SCAN_CAPTION = "Besök 2025 och 2026 per fritidsgård, kön och ålder"
F_SCAN_GROUPS = ["Besök 2026 efter kön", "Besök 2026 efter ålder"]
F_SCAN_COLS = ["Fritidsgård", "Besök 2025", "Besök 2026", "Flickor", "Pojkar", "10–12 år", "13–15 år", "16–18 år",
               "Öppet, tim/v"]
F_SCAN_NOTES = ["Öppet, tim/v = ordinarie öppettimmar per vecka under hösten 2026.",
                "Källa: gårdarnas närvarolistor."]
F_SCAN_PHOTO = "Pingisturnering på Raketen i november."
F_SCAN_FIG = "Andel flickor bland besökarna 2026, procent"
F_SCAN_ABOUT = ("Flickorna är färre än pojkarna på alla gårdar. Gnistan har störst andel flickor sedan gården "
                "började med egna tjejkvällar.")
F_SCAN_BOX = "Tyck till om din gård! Prata med ungdomsrådet eller med personalen på gården."
F_SCAN_PAGES = ("6", "7")
F_PASSAGE = ("en vattenläcka i källaren förstörde golven i gårdens stora rum, och gården fick hålla stängt i tio "
             "veckor under våren medan golven byttes")
F_GOALS = [
    "Fler flickor ska besöka gårdarna, bland annat genom tjejkvällar på alla gårdar.",
    "Gårdarna ska ha öppet under sommarlovet.",
    "Alla gårdar ska ha ett ungdomsråd som är med och planerar verksamheten.",
]


def f_boys(v):
    return v[2] - v[3]


def f_scan_cells(v):
    return [v[0], g(v[1]), g(v[2]), g(v[3]), g(f_boys(v)), g(v[4]), g(v[5]), g(v[6]), g(v[7])]


def f_scan_text_row(v):
    return " ".join(f_scan_cells(v))


def f_scan_sum_cells():
    t = [sum(v[i] for v in F_VISITS) for i in range(1, 7)]
    return ["Samtliga gårdar", g(t[0]), g(t[1]), g(t[2]), g(t[1] - t[2]), g(t[3]), g(t[4]), g(t[5]),
            g(sum(v[7] for v in F_VISITS))]


def f_scan_rows():
    return [f_scan_cells(v) for v in F_VISITS] + [f_scan_sum_cells()]


def f_girl_share(v):
    return share(v[3], v[2])


def f_scan_bars():
    """the bar chart of the scanned spread: (centre, girls' share 2026 as printed), in table order, then all"""
    out = [(v[0], d1(f_girl_share(v))) for v in F_VISITS]
    t2, tg = sum(v[2] for v in F_VISITS), sum(v[3] for v in F_VISITS)
    out.append(("Samtliga", d1(share(tg, t2))))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (left page, then right page; what OCR would give)."""
    parts = [F_SCAN_HEAD[0], F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, " ".join(F_SCAN_GROUPS),
             " ".join(F_SCAN_COLS)]
    parts += [" ".join(r) for r in f_scan_rows()]
    parts += F_SCAN_NOTES + [F_SCAN_PHOTO, F_SCAN_PAGES[0], F_SCAN_HEAD[1], F_SCAN_FIG]
    parts += [f"{n} {v}" for n, v in f_scan_bars()]
    parts += [F_SCAN_ABOUT, F_SCAN_BOX, F_SCAN_PAGES[1]]
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += r[1:]
    out += [v for _, v in f_scan_bars()]
    return out


def f_dev(e):
    return e[2] - e[3]


def f_econ_cells(e):
    return [e[0], d1(e[1]), g(e[2]), g(e[3]), g(f_dev(e), plus=True), g(e[4])]


def f_econ_text(e):
    return " ".join(f_econ_cells(e))


def f_econ_tot():
    return dict(fte=r1(sum(e[1] for e in F_ECON)), b=sum(e[2] for e in F_ECON), u=sum(e[3] for e in F_ECON),
                u25=sum(e[4] for e in F_ECON))


def f_econ_total_cells():
    t = f_econ_tot()
    return ["Samtliga gårdar", d1(t["fte"]), g(t["b"]), g(t["u"]), g(t["b"] - t["u"], plus=True), g(t["u25"])]


def f_sentences():
    t = f_econ_tot()
    return [
        f"Kommunen har {WORD[len(F_ECON)]} fritidsgårdar med sammanlagt {d1(t['fte'])} årsarbetare.",
        f"Nettokostnaden för fritidsgårdarna blev {g(t['u'])} tkr 2026, vilket är {g(t['u'] - t['b'])} tkr mer än "
        f"budgeten på {g(t['b'])} tkr. År 2025 var nettokostnaden {g(t['u25'])} tkr.",
    ]
