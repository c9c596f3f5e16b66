"""The numbers, rows and list items of the six synthetic40 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (totals and weighted totals of the
personnel tables, turnover, personnel-cost sums, status counts of the climate actions, deviations, group sums and
results of the region's monthly report, the forecast sums and changes per area, the key-figure assessments and
project sums of the housing company, the group sums and changes of the scanned incident table and the text of the
scanned page) are computed here, never typed twice. The sick-leave totals per gender (weighted by working hours,
which the report does not give) are typed; check.py verifies that each lies between its age groups. The helpers
r0/r1/r2, dmy, g, d1, d2 are copied from ../synthetic38/data.py."""
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


def d2(x):
    v = r2(x)
    return f"{v:.2f}".replace(".", ",")


D = _dt.date

# =====================================================================================================
# (a) Islinge kommun – personalekonomisk redovisning 2026
# =====================================================================================================
# (förvaltning, förkortning, tillsvidare 31/12 2025, tillsvidare 31/12 2026, visstid 2026, årsarbetare 2026,
#  andel kvinnor 2026 %, personalomsättning 2026 %)
A_ADMIN = [
    ("Kommunledningsförvaltningen", "KLF", 186, 192, 14, 188.4, 64.1, 7.8),
    ("Barn- och utbildningsförvaltningen", "BUF", 1104, 1121, 148, 1079.6, 82.3, 8.9),
    ("Socialförvaltningen¹", "SOF", 238, 229, 31, 224.1, 79.5, 13.6),
    ("Vård- och omsorgsförvaltningen", "VOF", 1012, 1036, 197, 948.2, 88.7, 10.4),
    ("Samhällsbyggnadsförvaltningen", "SBF", 161, 168, 9, 164.9, 41.6, 6.2),
    ("Kultur- och fritidsförvaltningen", "KFF", 94, 97, 22, 91.3, 61.9, 5.4),
    ("Serviceförvaltningen", "SEF", 256, 249, 18, 240.7, 57.0, 7.1),
]
A_TOTAL_LABEL = "Islinge kommun totalt"
A_DEPARTURES = 285          # tillsvidareanställda som slutade under 2026
A_PENSIONS = 97             # varav pensionsavgångar
A_TURNOVER_PREV = 10.3      # personalomsättning 2025, %
A_TURNOVER_GOAL = 8.0       # mål: högst 8,0 %
A_SICK_GOAL = 6.5           # mål: sjukfrånvaro högst 6,5 %
A_AGES = ["−29 år", "30–49 år", "50 år−"]
# sjukfrånvaro i procent av ordinarie arbetstid: group -> [(åldersgrupp, 2024, 2025, 2026)]
A_SICK = {
    "Kvinnor": [("−29 år", 6.2, 6.6, 6.9), ("30–49 år", 7.4, 7.9, 7.5), ("50 år−", 8.8, 9.4, 8.6),
                ("Kvinnor totalt", 7.8, 8.3, 7.9)],
    "Män": [("−29 år", 3.9, 4.3, 4.6), ("30–49 år", 4.1, 4.5, 4.2), ("50 år−", 5.6, 5.9, 5.1),
            ("Män totalt", 4.7, 5.1, 4.7)],
    "Samtliga": [("−29 år", 5.6, 6.0, 6.3), ("30–49 år", 6.7, 7.2, 6.8), ("50 år−", 8.1, 8.6, 7.8),
                 ("Samtliga totalt", 7.2, 7.6, 7.2)],
}
A_SICK_GROUPS = ["Kvinnor", "Män", "Samtliga"]
# personalkostnader, mnkr: (post, budget 2026, utfall 2026, utfall 2025, in the sum?)
A_COSTS = [
    ("Löner", 1498.0, 1512.4, 1451.0, True),
    ("varav övertid och mertid", 30.0, 38.9, 41.2, False),
    ("Personalomkostnader (PO)", 592.0, 598.3, 572.9, True),
    ("Inhyrd personal", 15.0, 21.8, 34.6, True),
]
A_PASSAGE = ("fler långtidssjukskrivna inom vård och omsorg har kunnat återgå i arbete med stöd av de tre "
             "rehabiliteringskoordinatorer som anställdes under våren 2026")
A_SOF_NOTE = ("¹ Socialförvaltningens enhet för arbetsmarknad (9 tillsvidareanställda) flyttades den 1 juli 2026 "
              "till Kommunledningsförvaltningen.")
A_MEASURES = [
    ("Fortsatt satsning på rehabiliteringskoordinatorer", ["uppföljning av varje sjukfall efter 14 dagar",
                                                            "tidig kontakt med företagshälsovården"]),
    ("Ett introduktionsprogram för nya socialsekreterare", ["mentor under det första året",
                                                          "begränsat antal ärenden de första sex månaderna"]),
    ("Minskad inhyrning av sjuksköterskor genom en intern bemanningspool", []),
    ("En medarbetarenkät under hösten 2027", []),
]
A_DATE = D(2027, 3, 15)
A_HR = ("Ingrid Wallin", "HR-chef")
A_CEO = ("Jonas Ivarsson", "kommundirektör")


def a_total():
    """(tv2025, tv2026, visstid, årsarbetare, andel kvinnor weighted by tv2026, omsättning weighted by mean staff)"""
    t25 = sum(x[2] for x in A_ADMIN)
    t26 = sum(x[3] for x in A_ADMIN)
    vis = sum(x[4] for x in A_ADMIN)
    aa = r1(sum(x[5] for x in A_ADMIN))
    kv = r1(sum(x[3] * x[6] for x in A_ADMIN) / t26)
    mean = [(x[2] + x[3]) / 2 for x in A_ADMIN]
    oms = r1(sum(m * x[7] for m, x in zip(mean, A_ADMIN)) / sum(mean))
    return t25, t26, vis, aa, kv, oms


def a_turnover():
    """(all departures / mean staff, departures excluding pensions / mean staff), %"""
    t25, t26 = a_total()[:2]
    mean = (t25 + t26) / 2
    return r1(A_DEPARTURES / mean * 100), r1((A_DEPARTURES - A_PENSIONS) / mean * 100)


def a_row_cells(x):
    return [x[0], g(x[2]), g(x[3]), g(x[4]), d1(x[5]), d1(x[6]), d1(x[7])]


def a_row_text(x):
    return " ".join(a_row_cells(x))


def a_total_cells():
    t = a_total()
    return [A_TOTAL_LABEL, g(t[0]), g(t[1]), g(t[2]), d1(t[3]), d1(t[4]), d1(t[5])]


def a_sick_cells(r):
    return [r[0], d1(r[1]), d1(r[2]), d1(r[3]), d1(r[3] - r[2], plus=True)]


def a_sick_text(r):
    return " ".join(a_sick_cells(r))


def a_cost_sum(col):
    return r1(sum(c[col] for c in A_COSTS if c[4]))


def a_cost_cells(c):
    return [c[0], d1(c[1]), d1(c[2]), d1(c[3]), d1(c[1] - c[2], plus=True)]


def a_cost_text(c):
    return " ".join(a_cost_cells(c))


# =====================================================================================================
# (b) Jordvalla kommun – energi- och klimatplan 2025–2028, uppföljning 2026
# =====================================================================================================
B_AREAS = [("1", "Energieffektiva lokaler"), ("2", "Fossilfria transporter"), ("3", "Förnybar energi"),
           ("4", "Konsumtion och upphandling")]
# (nr, åtgärd, ansvarig, klart senast, status); sub-actions have three-part numbers
B_ACTIONS = [
    ("1.1", "Energikartlägga kommunens 20 största byggnader", "Fastighetsavdelningen", D(2026, 6, 30), "Klar"),
    ("1.2", "Byta till LED-belysning i skolor och förskolor", "Fastighetsavdelningen", D(2027, 12, 31), "Pågår"),
    ("1.2.1", "Etapp 1: grundskolor", "Fastighetsavdelningen", D(2026, 10, 31), "Klar"),
    ("1.2.2", "Etapp 2: förskolor och fritidsgårdar", "Fastighetsavdelningen", D(2027, 12, 31), "Pågår"),
    ("1.3", "Installera solceller på fem kommunala byggnader", "Fastighetsavdelningen", D(2026, 12, 31),
     "Försenad"),
    ("1.3.1", "Solcellsanläggning på Jordvallahallen", "Fastighetsavdelningen", D(2026, 9, 30), "Klar"),
    ("1.3.2", "Solceller på fyra förskolor", "Fastighetsavdelningen", D(2026, 12, 31), "Försenad"),
    ("1.4", "Styra ventilationen efter närvaro i skolornas lokaler", "Fastighetsavdelningen", D(2027, 12, 31),
     "Ej påbörjad"),
    ("2.1", "Ersätta kommunens personbilar med elbilar vid fordonsbyte", "Tekniska förvaltningen",
     D(2028, 12, 31), "Pågår"),
    ("2.2", "Bygga laddplatser vid kommunens arbetsplatser", "Tekniska förvaltningen", D(2026, 12, 31),
     "Försenad"),
    ("2.2.1", "Laddplatser vid kommunhuset", "Tekniska förvaltningen", D(2026, 4, 30), "Klar"),
    ("2.2.2", "Laddplatser vid hemtjänstens baser", "Vård- och omsorgsförvaltningen", D(2026, 12, 31),
     "Försenad"),
    ("2.3", "Göra digitala möten till förstahandsval vid tjänsteresor", "Kommunledningskontoret",
     D(2025, 12, 31), "Klar"),
    ("2.4", "Ställa krav på fossilfritt drivmedel vid upphandling av skolskjuts", "Upphandlingsenheten",
     D(2026, 8, 31), "Klar"),
    ("3.1", "Ansluta Ivarsgårdens skola till fjärrvärmenätet", "Jordvalla Energi AB", D(2027, 10, 31), "Pågår"),
    ("3.2", "Ta fram ett tematiskt tillägg till översiktsplanen för vindkraft", "Samhällsbyggnadsförvaltningen",
     D(2027, 6, 30), "Ej påbörjad"),
    ("3.3", "Erbjuda energi- och klimatrådgivning till små företag", "Näringslivsenheten", D(2028, 12, 31),
     "Pågår"),
    ("4.1", "Minska matsvinnet i skolornas kök med 30 procent", "Kostenheten", D(2026, 12, 31), "Klar"),
    ("4.1.1", "Veckovis mätning av svinnet i alla skolkök", "Kostenheten", D(2025, 9, 30), "Klar"),
    ("4.1.2", "Kampanj mot tallrikssvinn i årskurs 7–9", "Barn- och utbildningsförvaltningen", D(2026, 5, 31),
     "Klar"),
    ("4.2", "Ställa klimatkrav vid upphandling av livsmedel", "Upphandlingsenheten", D(2026, 6, 30), "Försenad"),
    ("4.3", "Servera vegetarisk lunch två dagar i veckan", "Kostenheten", D(2027, 8, 31), "Pågår"),
    ("4.4", "Starta en intern portal för återbruk av möbler", "Kommunledningskontoret", D(2026, 12, 31), "Klar"),
]
B_STATUSES = ["Klar", "Pågår", "Försenad", "Ej påbörjad"]
B_BREAK_AFTER = "3.1"        # p. 2 ends after this row, p. 3 repeats the heading and "Fokusområde 3 (forts.)"
B_PREV_DONE = 2              # actions done at the follow-up of 2025
# indicators: (indikator, enhet, basår 2019, 2025, 2026, mål 2028, lower is better)
B_IND = [
    ("Energianvändning i kommunens lokaler", "kWh/m²", 168, 154, 149, 135, True),
    ("Andel fossilfria fordon i kommunens fordonsflotta", "%", 12, 46, 58, 80, False),
    ("Utsläpp från tjänsteresor och egna transporter", "ton CO2e", 612, 455, 418, 350, True),
    ("Egenproducerad solel", "MWh", 40, 310, 365, 900, False),
    ("Matsvinn i skolornas kök", "g per portion", 52, 39, 34, 36, True),
]
B_NEW = [   # förslag till nya åtgärder 2027 (whole list), with nested items
    ("Ta fram en plan för laddning av kommunens tunga fordon", ["inventering av behoven hos tekniska förvaltningen",
                                                               "samordning med Jordvalla Energi AB"]),
    ("Införa energiuppföljning per byggnad i realtid", []),
    ("Utbilda kommunens upphandlare i klimatkrav", ["en grundkurs för alla upphandlare",
                                                    "en fördjupning om livsmedel för kostenheten"]),
    ("Utreda klimatkompensation för kommunens flygresor", []),
]
B_PASSAGE = ("leverantören av anläggningarna gick i konkurs under sommaren och upphandlingen måste göras om från "
             "början")
B_DECIDED = D(2027, 3, 9)
B_CONTACT = ("Yvonne Carlén", "klimatstrateg")
B_CHAIR = "Wilhelm Jansson"


def b_top():
    return [a for a in B_ACTIONS if a[0].count(".") == 1]


def b_counts(rows=None):
    rows = rows or b_top()
    return {s: sum(1 for a in rows if a[4] == s) for s in B_STATUSES}


def b_row_text(a):
    return f"{a[0]} {a[1]} {a[2]} {a[3].isoformat()} {a[4]}"


def b_ind_text(i):
    return f"{i[0]} {i[1]} {g(i[2])} {g(i[3])} {g(i[4])} {g(i[5])}"


# =====================================================================================================
# (c) Region Wendmark – ekonomisk månadsrapport april 2027
# =====================================================================================================
C_GROUPS = ["Hälso- och sjukvård", "Regional utveckling", "Gemensamma verksamheter"]
# (grupp, division, budget helår, budget jan–apr, utfall jan–apr, prognos helår april, prognos helår mars), mnkr
C_DIV = [
    ("Hälso- och sjukvård", "Division Medicin", 1842.0, 614.0, 641.3, 1905.0, 1893.0),
    ("Hälso- och sjukvård", "Division Kirurgi", 1516.0, 505.3, 529.8, 1584.0, 1560.0),
    ("Hälso- och sjukvård", "Division Psykiatri", 702.0, 234.0, 231.1, 699.0, 702.0),
    ("Hälso- och sjukvård", "Division Primärvård¹", 1238.0, 412.7, 420.9, 1262.0, 1265.0),
    ("Hälso- och sjukvård", "Division Diagnostik", 486.0, 162.0, 158.4, 480.0, 482.0),
    ("Regional utveckling", "Kollektivtrafik²", 612.0, 204.0, 209.6, 626.0, 620.0),
    ("Regional utveckling", "Kultur och utbildning", 214.0, 71.3, 68.2, 211.0, 212.0),
    ("Gemensamma verksamheter", "Regionservice", 148.0, 49.3, 45.9, 140.0, 142.0),
    ("Gemensamma verksamheter", "Regionledningskontoret", 396.0, 132.0, 121.7, 384.0, 386.0),
]
# (budget helår, budget jan–apr, utfall jan–apr, prognos april, prognos mars)
C_TAX = (7262.0, 2420.7, 2434.9, 7301.0, 7290.0)     # skatteintäkter och generella statsbidrag
C_FIN = (12.0, 4.0, 9.6, 20.0, 18.0)                 # finansnetto
C_GOAL_PCT = 2.0                                     # resultatmål, procent av skatter och bidrag
C_MONTHLY = [("jan", 6.2, 10.0), ("feb", 9.8, 20.1), ("mar", 12.1, 30.1)]   # ackumulerat resultat (utfall, budget)
# personalkostnader och inhyrd personal jan–apr, mnkr: (division, personalkostnad 2027, förändring %,
#  inhyrd personal 2027, inhyrd personal 2026)
C_STAFF = [
    ("Division Medicin", 412.6, 5.8, 18.4, 14.9),
    ("Division Kirurgi", 356.2, 6.4, 21.7, 15.2),
    ("Division Psykiatri", 148.9, 3.1, 9.6, 12.8),
    ("Division Primärvård", 201.4, 4.2, 11.3, 10.1),
    ("Division Diagnostik", 97.8, 2.7, 0.9, 1.6),
]
C_PASSAGE = ("två operationssalar har hållits stängda sedan februari på grund av brist på operationssjuksköterskor, "
             "samtidigt som vårdgarantin har krävt att patienter opereras hos privata vårdgivare")
C_DECIDED = D(2027, 5, 18)
C_CONTACT = ("Cecilia Öberg", "ekonomidirektör")
C_DIRECTOR = "Isak Westman"


def c_name(d):
    return d[1].rstrip("¹²")


def c_divs(group=None):
    return [d for d in C_DIV if group is None or d[0] == group]


def c_sum(group=None):
    """(budget helår, budget per, utfall per, prognos april, prognos mars)"""
    ds = c_divs(group)
    return tuple(r1(sum(d[k] for d in ds)) for k in range(2, 7))


def c_cells(label, v):
    """v = (budget helår, budget per, utfall per, prognos april, prognos mars)"""
    return [label, d1(v[2]), d1(v[1]), d1(v[1] - v[2], plus=True), d1(v[0]), d1(v[3]),
            d1(v[0] - v[3], plus=True), d1(v[4])]


def c_row_text(d):
    return " ".join(c_cells(d[1], d[2:7]))


def c_result():
    """(budget helår, budget per, utfall per, prognos april, prognos mars) of the result"""
    s = c_sum()
    return tuple(r1(C_TAX[k] - s[k] + C_FIN[k]) for k in range(5))


def c_staff_tot():
    p27 = r1(sum(x[1] for x in C_STAFF))
    p26 = sum(x[1] / (1 + x[2] / 100) for x in C_STAFF)
    return p27, r1((p27 / p26 - 1) * 100), r1(sum(x[3] for x in C_STAFF)), r1(sum(x[4] for x in C_STAFF))


def c_staff_text(x):
    return f"{x[0]} {d1(x[1])} {d1(x[2], plus=True)} {d1(x[3])} {d1(x[4])}"


# =====================================================================================================
# (d) Ysterby kommun – barn- och elevprognos 2027–2031 (landscape slides)
# =====================================================================================================
D_YEARS = [2026, 2027, 2028, 2029, 2030, 2031]
D_AREAS = ["Centrum", "Ismyra", "Jonsbo", "Wallstena", "Åkerslund", "Öljersta"]
# barn 1–5 år (förskoleålder) 2026 (utfall) … 2031 and förskoleplatser 2027
D_PRE = {
    "Centrum": ([312, 306, 301, 298, 296, 293], 330),
    "Ismyra": ([168, 171, 176, 180, 183, 187], 160),
    "Jonsbo": ([96, 92, 88, 85, 83, 80], 110),
    "Wallstena": ([214, 226, 238, 247, 255, 262], 220),
    "Åkerslund": ([241, 232, 225, 219, 214, 210], 250),
    "Öljersta": ([137, 131, 126, 122, 118, 115], 150),
}
D_STAGES = ["F–3", "4–6", "7–9"]
# elever per stadium (bostadsort) 2026 … 2031
D_SCHOOL = {
    ("Centrum", "F–3"): [268, 262, 259, 255, 251, 248], ("Centrum", "4–6"): [201, 207, 204, 199, 196, 193],
    ("Centrum", "7–9"): [318, 322, 331, 336, 333, 329],
    ("Ismyra", "F–3"): [142, 146, 151, 155, 158, 163], ("Ismyra", "4–6"): [104, 108, 110, 113, 118, 121],
    ("Ismyra", "7–9"): [96, 99, 104, 108, 111, 113],
    ("Jonsbo", "F–3"): [74, 71, 69, 66, 64, 62], ("Jonsbo", "4–6"): [58, 57, 54, 52, 51, 49],
    ("Jonsbo", "7–9"): [61, 60, 59, 57, 55, 54],
    ("Wallstena", "F–3"): [176, 188, 199, 207, 216, 224], ("Wallstena", "4–6"): [128, 133, 141, 150, 158, 166],
    ("Wallstena", "7–9"): [139, 141, 146, 152, 159, 168],
    ("Åkerslund", "F–3"): [189, 184, 180, 176, 172, 170], ("Åkerslund", "4–6"): [150, 148, 145, 141, 138, 135],
    ("Åkerslund", "7–9"): [171, 168, 166, 163, 160, 157],
    ("Öljersta", "F–3"): [98, 95, 91, 88, 86, 84], ("Öljersta", "4–6"): [77, 76, 73, 70, 68, 66],
    ("Öljersta", "7–9"): [82, 80, 79, 77, 74, 72],
}
D_PREV_2030 = 2601          # elever 6–15 år 2030 i förra årets prognos
D_PASSAGE = ("detaljplanen för bostadsområdet Wallstena äng vann laga kraft i maj 2026 och de första radhusen och "
             "hyresrätterna, som främst riktar sig till barnfamiljer, beräknas stå klara under 2028")
D_DATE = D(2027, 2, 24)
D_CONTACT = ("Johanna Ygberg", "utredare")
D_HEAD = ("William Jakobsson", "förvaltningschef")


def d_pre_tot():
    return [sum(D_PRE[a][0][i] for a in D_AREAS) for i in range(6)], sum(D_PRE[a][1] for a in D_AREAS)


def d_school(area=None, stage=None):
    """pupils 6–15 per year for an area and/or stage"""
    keys = [k for k in D_SCHOOL if (area is None or k[0] == area) and (stage is None or k[1] == stage)]
    return [sum(D_SCHOOL[k][i] for k in keys) for i in range(6)]


def d_pct(a, b):
    return r1((b - a) / a * 100)


def d_pre_cells(area):
    v, places = D_PRE[area]
    return [area] + [g(x) for x in v] + [g(v[-1] - v[0], plus=True), g(places), g(places - v[-1], plus=True)]


def d_pre_text(area):
    return " ".join(d_pre_cells(area))


def d_pre_tot_cells():
    v, places = d_pre_tot()
    return ["Ysterby totalt"] + [g(x) for x in v] + [g(v[-1] - v[0], plus=True), g(places),
                                                     g(places - v[-1], plus=True)]


def d_school_cells(area):
    v = d_school(area)
    label = area if area else "Ysterby totalt"
    return [label] + [g(x) for x in v] + [g(v[-1] - v[0], plus=True), d1(d_pct(v[0], v[-1]), plus=True)]


def d_school_text(area):
    return " ".join(d_school_cells(area))


def d_stage_cells(area):
    label = area if area else "Ysterby totalt"
    out = [label]
    for st in D_STAGES:
        v = d_school(area, st)
        out += [g(v[0]), g(v[-1])]
    v = d_school(area)
    out += [g(v[0]), g(v[-1])]
    return out


def d_stage_text(area):
    return " ".join(d_stage_cells(area))


# =====================================================================================================
# (e) Öxnehem AB (Öxneviks kommuns bostadsbolag) – året i sammandrag 2026
# =====================================================================================================
E_YEARS = [2023, 2024, 2025, 2026]
# (avsnitt, nyckeltal, format, värden 2023–2026, ägardirektivets mål (text, riktning, nivå) or None)
E_KEYS = [
    ("Ekonomi", "Nettoomsättning, mnkr", "d1", [286.4, 301.9, 318.7, 334.2], None),
    ("Ekonomi", "Rörelseresultat, mnkr", "d1", [41.8, 38.2, 44.6, 52.3], None),
    ("Ekonomi", "Resultat efter finansiella poster, mnkr", "d1", [12.6, 4.1, 9.8, 17.4], None),
    ("Ekonomi", "Soliditet, %", "d1", [9.8, 9.6, 10.2, 11.1], ("minst 12,0", ">=", 12.0)),
    ("Ekonomi", "Räntetäckningsgrad, ggr", "d1", [1.6, 1.2, 1.3, 1.5], ("minst 1,5", ">=", 1.5)),
    ("Ekonomi", "Belåningsgrad, %", "d1", [72.4, 73.9, 72.8, 71.6], ("högst 75,0", "<=", 75.0)),
    ("Ekonomi", "Investeringar, mnkr", "d1", [188.5, 246.1, 212.0, 174.9], None),
    ("Fastigheter och uthyrning", "Antal lägenheter", "g", [4212, 4236, 4298, 4341], None),
    ("Fastigheter och uthyrning", "Uthyrningsgrad bostäder, %", "d1", [98.9, 98.4, 97.6, 98.1],
     ("minst 98,0", ">=", 98.0)),
    ("Fastigheter och uthyrning", "Genomsnittlig hyra bostäder, kr/m²", "g", [1164, 1212, 1271, 1319], None),
    ("Fastigheter och uthyrning", "Underhåll, kr/m²", "g", [214, 198, 236, 251], None),
    ("Fastigheter och uthyrning", "Energianvändning, kWh/m²", "g", [128, 124, 121, 117], ("högst 120", "<=", 120)),
    ("Fastigheter och uthyrning", "Nöjd kund-index", "g", [78, 79, 77, 80], ("minst 80", ">=", 80)),
]
E_SECTIONS = ["Ekonomi", "Fastigheter och uthyrning"]
E_GROUPS = ["Nyproduktion", "Ombyggnad och renovering", "Energi och miljö"]
# (grupp, projekt, område, lägenheter or None, investering mnkr, byggstart, klart, status)
E_PROJECTS = [
    ("Nyproduktion", "Cypressen 4", "Centrum", 64, 212.0, 2025, 2027, "Pågår"),
    ("Nyproduktion", "Jaktfalken 2", "Iseberg", 38, 118.5, 2026, 2027, "Pågår"),
    ("Nyproduktion", "Yllefabriken 3", "Wiksberg", 92, 326.0, 2027, 2029, "Planerat"),
    ("Nyproduktion", "Walkyrian 2, trygghetsboende", "Centrum", 24, 84.2, 2024, 2026, "Färdigställt"),
    ("Ombyggnad och renovering", "Iskällaren 1, stambyte", "Iseberg", 120, 96.4, 2025, 2027, "Pågår"),
    ("Ombyggnad och renovering", "Åkerhällen 6, stambyte", "Wiksberg", 84, 61.0, 2026, 2028, "Pågår"),
    ("Ombyggnad och renovering", "Cisternen 2, fasadrenovering", "Centrum", 48, 22.8, 2025, 2026, "Färdigställt"),
    ("Energi och miljö", "Solceller på tolv fastigheter", "Flera områden", None, 14.6, 2026, 2027, "Pågår"),
    ("Energi och miljö", "Värmeåtervinning i ventilationen, Iseberg", "Iseberg", None, 9.8, 2027, 2028,
     "Planerat"),
]
E_PASSAGE = ("anbuden låg omkring 15 procent över kalkylen och styrelsen beslutade att göra om upphandlingen med "
             "en enklare fasad och färre balkongtyper")
E_DATE = D(2027, 3, 22)
E_CEO = ("Carina Isaksson", "vd")
E_CHAIR = ("Ylva Wennerström", "styrelsens ordförande")


def e_fmt(v, f):
    return g(v) if f == "g" else d1(v)


def e_met(k):
    if not k[4]:
        return None
    v = k[3][-1]
    return v >= k[4][2] if k[4][1] == ">=" else v <= k[4][2]


def e_key_cells(k):
    return [k[1]] + [e_fmt(v, k[2]) for v in k[3]] + [k[4][0] if k[4] else "–"]


def e_key_text(k):
    return " ".join(e_key_cells(k))


def e_projects(group=None):
    return [p for p in E_PROJECTS if group is None or p[0] == group]


def e_sum(group=None):
    ps = e_projects(group)
    flats = [p[3] for p in ps if p[3]]
    return (sum(flats) if flats else None), r1(sum(p[4] for p in ps))


def e_proj_cells(p):
    return [p[1], p[2], g(p[3]) if p[3] else "–", d1(p[4]), str(p[5]), str(p[6]), p[7]]


def e_proj_text(p):
    return " ".join(e_proj_cells(p))


# =====================================================================================================
# (f) Casselby kommun – räddningstjänsten: årsstatistik 2026 (the incident table is the SCANNED page 2)
# =====================================================================================================
F_GROUPS = ["Bränder", "Olyckor", "Övriga larm"]
# (grupp, händelsetyp, 2024, 2025, 2026)
F_EVENTS = [
    ("Bränder", "Brand i byggnad", 78, 84, 71),
    ("Bränder", "Brand i skog och mark", 41, 29, 67),
    ("Bränder", "Brand i fordon", 36, 39, 44),
    ("Bränder", "Övrig brand utomhus", 52, 47, 58),
    ("Olyckor", "Trafikolycka", 164, 171, 158),
    ("Olyckor", "Drunkning eller drunkningstillbud", 7, 5, 9),
    ("Olyckor", "Utsläpp av farligt ämne", 23, 18, 21),
    ("Olyckor", "Nödställt djur", 14, 17, 13),
    ("Övriga larm", "Automatiskt brandlarm utan brand", 312, 298, 276),
    ("Övriga larm", "I väntan på ambulans (IVPA)", 96, 108, 131),
    ("Övriga larm", "Övriga uppdrag", 58, 64, 61),
]
# insatstid per station: (station, bemanning, styrka, median 2025 min, median 2026 min, andel inom 20 min 2026 %)
F_STATIONS = [
    ("Casselby", "Heltid", "1+5", 10.2, 10.6, 91.4),
    ("Inneby", "Deltid (RIB)", "1+4", 15.8, 16.9, 72.5),
    ("Jutsbo", "Deltid (RIB)", "1+4", 17.1, 16.4, 68.3),
    ("Älvnäs", "Deltid (RIB)", "1+3", 19.4, 21.2, 47.6),
    ("Wedarna", "Räddningsvärn", "1+2", 22.5, 24.1, 35.2),
]
F_STAFF = (34, 57, 16)          # heltidsbrandmän, deltidsbrandmän (RIB), räddningsvärn
# förebyggande verksamhet: (verksamhet, 2025, 2026, mål 2026 or None)
F_PREVENT = [
    ("Tillsynsbesök enligt LSO", 118, 126, 140),
    ("Tillsyn av brandfarliga och explosiva varor", 42, 49, None),
    ("Handlagda tillstånd för brandfarlig vara", 31, 35, None),
    ("Personer utbildade i brandskydd och hjärt- och lungräddning", 2110, 2430, 2500),
    ("Skolbesök med information om brandskydd", 19, 24, None),
]
F_LSO = (F_PREVENT[0][2], F_PREVENT[0][3])      # tillsynsbesök enligt LSO 2026, mål
F_TRAINED = F_PREVENT[3][2]                      # personer som utbildats 2026
F_MEASURES = [   # åtgärder 2027 (whole list)
    "Tidigare beslut om eldningsförbud när brandrisken är hög",
    "Rekrytering av deltidsbrandmän till Älvnäs och Wedarna",
    "Dialog med de fastighetsägare som har flest obefogade automatlarm",
    "Fler utbildningar i hjärt- och lungräddning för allmänheten",
    "Övning med grannkommunerna i skogsbrandsläckning",
]
F_PASSAGE = ("sommaren var ovanligt torr och eldningsförbudet infördes först i mitten av juli, när flera bränder "
             "redan hade startat vid grillplatser och längs järnvägen")
F_DATE = D(2027, 2, 8)
F_CHIEF = ("Joel Wiklund", "räddningschef")
F_ANALYST = ("Ida Cronholm", "brandingenjör")

F_SCAN_RUNHEAD = "Räddningstjänsten Casselby · Årsstatistik 2026"
F_SCAN_PAGENO = "Sida 2"
F_SCAN_TITLE = "2 Räddningsinsatser per händelsetyp"
F_SCAN_INTRO = ("Tabell 1 redovisar samtliga räddningsinsatser inom kommunen under de tre senaste åren. Uppgifterna "
                "är hämtade ur insatsrapporterna och har stämts av mot larmcentralens logg.")
F_SCAN_CAPTION = "Tabell 1. Antal räddningsinsatser 2024–2026"
F_SCAN_HEAD1 = ["", "Antal insatser", "Förändring 2025–2026"]
F_SCAN_HEAD2 = ["Händelsetyp", "2024", "2025", "2026", "Antal", "%"]
F_SCAN_NOTES = [
    "Anm. IVPA = insats i väntan på ambulans, på uppdrag av regionen.",
    "Anm. Automatiska brandlarm räknas som insats även när ingen brand har uppstått.",
    "Källa: insatsrapporter, uttag 2027-01-19.",
]
F_SCAN_COMMENT_HEAD = "Kommentar"
F_SCAN_COMMENT = ("Insatserna i väntan på ambulans har blivit fler varje år sedan avtalet med regionen började gälla. "
                  "Ökningen av bränder i skog och mark syns främst under juli och augusti.")
F_SCAN_PENCIL = "kontr. JW"      # pencil note in the margin


def f_events(group=None):
    return [e for e in F_EVENTS if group is None or e[0] == group]


def f_sum(group=None):
    es = f_events(group)
    return tuple(sum(e[k] for e in es) for k in (2, 3, 4))


def f_change(v25, v26):
    return v26 - v25, r1((v26 - v25) / v25 * 100)


def f_cells(label, v):
    ch, pct = f_change(v[1], v[2])
    return [label, g(v[0]), g(v[1]), g(v[2]), g(ch, plus=True), d1(pct, plus=True)]


def f_scan_rows():
    """[(kind, cells)] in printing order: kind 'group', 'row', 'sub' or 'total'"""
    out = []
    for grp in F_GROUPS:
        out.append(("group", [grp]))
        for e in f_events(grp):
            out.append(("row", f_cells(e[1], e[2:5])))
        out.append(("sub", f_cells(f"Summa {grp.lower()}", f_sum(grp))))
    out.append(("total", f_cells("Totalt", f_sum())))
    return out


def f_row_text(e):
    return " ".join(f_cells(e[1], e[2:5]))


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = [F_SCAN_RUNHEAD, F_SCAN_PAGENO, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION,
             " ".join(c for c in F_SCAN_HEAD1 if c), " ".join(F_SCAN_HEAD2)]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(c for c in cells if c))
    parts += F_SCAN_NOTES
    parts += [F_SCAN_PENCIL, F_SCAN_COMMENT_HEAD, F_SCAN_COMMENT]
    return "\n".join(parts)


def f_scan_numbers():
    """every number printed in the scanned table (as printed), for the text-layer check"""
    out = []
    for kind, cells in f_scan_rows():
        if kind != "group":
            out += [c.lstrip("+").replace(MINUS, "") for c in cells[1:]]
    return sorted(set(out))


def f_prevent_cells(x):
    return [x[0], g(x[1]), g(x[2]), g(x[3]) if x[3] else "–"]


def f_station_text(s):
    return f"{s[0]} {s[1]} {s[2]} {d1(s[3])} {d1(s[4])} {d1(s[5])}"
