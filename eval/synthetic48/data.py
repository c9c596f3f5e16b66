"""The numbers, rows, list items and running-text sentences of the six synthetic48 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the group sums and the portion-weighted averages of the meals report (a); the row and column
totals of the complaints matrix, the shares answered within the target and the channel sums (b); the length, pupil and
cost sums of the school transport plan, per contractor and per level (c); the household-weighted coverage, the
households still without access and the project sums of the broadband follow-up (d); the booked hours, occupancy,
user-group shares, weekday split and fee sums of the sports facilities report (e); the deviations and the sum row of
the scanned product-group table of the assistive devices centre (f). The helpers r0/r1/r2, g, d1, pct, share and dmy
are copied from ../synthetic46/data.py (itself a copy of ../synthetic44/data.py)."""
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
# (a) Jädersund kommun – serviceförvaltningen, måltidsservice: måltidsverksamhetens årsrapport 2026
# =====================================================================================================
A_DNR = "SN 2027/19"
A_DATE = D(2027, 2, 16)
A_CHIEF = ("Jonas Pihl", "måltidschef")
A_ECON = ("Ulrika Palm", "kostekonom")
A_GROUPS = ["Skolor", "Förskolor", "Vård och omsorg"]
# (group, kitchen, portions 2025, portions 2026, cost per portion 2025, 2026 (kr), plate waste 2025, 2026 (g per
#  portion), organic share 2025, 2026 (% of the purchase value))
A_KITCHENS = [
    ("Skolor", "Pilängsskolan", 94820, 96410, 36.40, 37.90, 22, 19, 31.5, 34.2),
    ("Skolor", "Uvedalsskolan", 71260, 69880, 38.10, 39.60, 27, 18, 28.9, 36.7),
    ("Skolor", "Ombackaskolan", 52340, 54150, 39.50, 41.20, 19, 21, 35.2, 33.8),
    ("Skolor", "Jorsängsskolan", 33780, 34020, 43.80, 45.10, 24, 23, 26.4, 29.1),
    ("Skolor", "Isgärdeskolan", 18650, 17930, 47.20, 49.80, 16, 17, 38.0, 41.3),
    ("Skolor", "Jädersundsgymnasiet", 88400, 91260, 35.70, 36.80, 31, 28, 24.6, 27.5),
    ("Förskolor", "Ollonets förskola", 21340, 22010, 41.90, 43.00, 12, 11, 44.1, 46.8),
    ("Förskolor", "Prästkragens förskola", 16820, 16450, 44.60, 46.30, 15, 16, 39.8, 38.5),
    ("Förskolor", "Jordgubbens förskola", 12930, 13380, 46.20, 47.10, 10, 12, 47.5, 49.0),
    ("Vård och omsorg", "Pilbergsgården", 58610, 59940, 61.80, 64.50, 35, 32, 22.3, 25.9),
    ("Vård och omsorg", "Oxelbackagården", 41270, 40880, 66.40, 68.90, 29, 30, 20.8, 20.1),
]
A_WASTE_TARGET = 20          # plate waste, at most g per portion
A_ECO_TARGET = 35.0          # organic share 2026, at least %
A_ECO_NATIONAL = 60          # the national goal for 2030, %
A_BUDGET_COST = 44.00        # budgeted cost per portion 2026, kr
# Tabell 2: costs of the whole service, mnkr: (item, budget 2026, outcome 2026, outcome 2025); "Övrigt" is derived so
# that the sums equal portions × cost per portion
A_COST_ITEMS = [
    ("Livsmedel", 8.9, 9.3, 8.6),
    ("Personal", 10.4, 10.9, 10.3),
    ("Lokaler och utrustning", 1.9, 1.8, 1.8),
    ("Transporter av mat", 0.7, 0.8, 0.7),
]
A_OTHER_BUDGET = 0.6
A_PASSAGE = ("elevrådet under hela läsåret vägde tallrikssvinnet varje lunch och visade resultatet på en skärm vid "
             "disken, samtidigt som köket började servera mindre portioner med möjlighet att ta om")
A_ACTIONS = [
    ("Minska tallrikssvinnet i skolorna",
     ["svinnmätning varje dag på alla skolor med tillagningskök",
      "matsedeln planeras så att överbliven mat kan användas dagen efter"]),
    ("Öka andelen ekologiska livsmedel",
     ["ekologiskt kött och mejeriprodukter prioriteras vid nästa upphandling",
      "mer vegetabiliskt protein i stället för importerat kött"]),
    ("Sänka kostnaden per portion i vård och omsorg",
     ["gemensam matsedel för Pilbergsgården och Oxelbackagården",
      "beställningen av specialkost görs digitalt"]),
]


def a_cells(k):
    return [k[1], g(k[2]), g(k[3]), d2(k[4]), d2(k[5]), g(k[6]), g(k[7]), d1(k[8]), d1(k[9])]


def a_text(k):
    return " ".join(a_cells(k))


def a_agg(rows):
    p25 = sum(k[2] for k in rows)
    p26 = sum(k[3] for k in rows)
    return dict(p25=p25, p26=p26,
                c25=r2(sum(k[2] * k[4] for k in rows) / p25), c26=r2(sum(k[3] * k[5] for k in rows) / p26),
                w25=r0(sum(k[2] * k[6] for k in rows) / p25), w26=r0(sum(k[3] * k[7] for k in rows) / p26),
                e25=r1(sum(k[2] * k[8] for k in rows) / p25), e26=r1(sum(k[3] * k[9] for k in rows) / p26),
                cost25=sum(k[2] * k[4] for k in rows) / 1e6, cost26=sum(k[3] * k[5] for k in rows) / 1e6)


def a_group_rows(grp):
    return [k for k in A_KITCHENS if k[0] == grp]


def a_sum_cells(label, rows):
    s = a_agg(rows)
    return [label, g(s["p25"]), g(s["p26"]), d2(s["c25"]), d2(s["c26"]), g(s["w25"]), g(s["w26"]), d1(s["e25"]),
            d1(s["e26"])]


def a_group_sum_cells(grp):
    return a_sum_cells(f"Summa {grp.lower()}", a_group_rows(grp))


def a_total_cells():
    return a_sum_cells("Hela måltidsservice", A_KITCHENS)


def a_cost_rows():
    """Tabell 2 rows with the derived 'Övrigt' and the sum row: (item, budget 2026, outcome 2026, outcome 2025)."""
    s = a_agg(A_KITCHENS)
    tot26, tot25 = r1(s["cost26"]), r1(s["cost25"])
    other26 = r1(tot26 - sum(x[2] for x in A_COST_ITEMS))
    other25 = r1(tot25 - sum(x[3] for x in A_COST_ITEMS))
    rows = A_COST_ITEMS + [("Övrigt", A_OTHER_BUDGET, other26, other25)]
    bud = r1(sum(x[1] for x in rows))
    return rows, ("Summa kostnader", bud, tot26, tot25)


def a_cost_cells(x):
    return [x[0], d1(x[1]), d1(x[2]), d1(x[1] - x[2], plus=True), d1(x[3])]


def a_cost_text(x):
    return " ".join(a_cost_cells(x))


def a_sentences():
    s = a_agg(A_KITCHENS)
    return [
        f"Måltidsservice serverade {g(s['p26'])} portioner under 2026, jämfört med {g(s['p25'])} året innan.",
        f"Kostnaden per portion blev i genomsnitt {d2(s['c26'])} kronor ({d2(s['c25'])} kronor 2025), vilket är "
        f"{d2(s['c26'] - A_BUDGET_COST)} kronor mer än den budgeterade kostnaden på {d2(A_BUDGET_COST)} kronor.",
        f"Tallrikssvinnet minskade till {s['w26']} gram per portion från {s['w25']} gram, men målet på högst "
        f"{A_WASTE_TARGET} gram nåddes inte.",
        f"Andelen ekologiska livsmedel ökade till {d1(s['e26'])} procent ({d1(s['e25'])} procent). Nämndens mål "
        f"är {d1(A_ECO_TARGET)} procent och det nationella målet är {A_ECO_NATIONAL} procent till 2030.",
    ]


# =====================================================================================================
# (b) Omsvala kommun – kommunstyrelsen: synpunkter och klagomål 2026
# =====================================================================================================
B_DNR = "KS 2027/58"
B_DATE = D(2027, 3, 9)
B_AUTHOR = ("Ida Ohlsson", "kvalitetsstrateg")
B_CEO = ("Per Isaksson", "kommundirektör")
B_CATS = ["Klagomål", "Synpunkter", "Förslag", "Beröm"]
B_TARGET = 90.0                      # share answered within ten working days, at least %
# (administration, short, complaints, views, suggestions, praise 2026, total 2025, closed 2026, closed within ten
#  working days 2026, share within ten days 2025 %, median working days 2025, 2026,
#  box plot 2026: (min, q1, q3, max) working days)
B_ADM = [
    ("Kommunledningsförvaltningen", "KLF", 18, 24, 11, 9, 55, 60, 57, 92.1, 5, 4, (0, 2, 7, 19)),
    ("Barn- och utbildningsförvaltningen", "BUF", 96, 58, 21, 34, 184, 201, 164, 84.6, 7, 8, (1, 4, 12, 38)),
    ("Socialförvaltningen", "SOC", 71, 22, 6, 19, 102, 109, 63, 61.8, 13, 15, (2, 8, 24, 61)),
    ("Vård- och omsorgsförvaltningen", "VOF", 112, 47, 14, 63, 241, 229, 192, 76.0, 9, 7, (1, 3, 11, 44)),
    ("Tekniska förvaltningen", "TF", 188, 94, 57, 22, 268, 338, 264, 70.2, 11, 9, (0, 4, 14, 52)),
    ("Miljö- och byggförvaltningen", "MBF", 64, 29, 8, 7, 97, 103, 64, 68.5, 12, 14, (2, 7, 21, 58)),
    ("Kultur- och fritidsförvaltningen", "KFF", 31, 66, 48, 41, 150, 183, 177, 95.4, 4, 3, (0, 1, 5, 16)),
]
B_CAT_2025 = [521, 307, 131, 138]    # the column totals 2025
B_WITHIN_2025 = 77.9                 # the whole municipality 2025, %
B_MEDIAN = (9, 8)                    # median handling time of the whole municipality, working days 2025, 2026
# Tabell 3: channels (channel, 2025, 2026)
B_CHANNELS = [("E-tjänst", 512, 688), ("E-post", 301, 287), ("Telefon", 176, 193), ("Brev", 48, 39),
              ("Besök", 60, 73)]
B_PASSAGE = ("många ärenden gäller beslut om bistånd där flera enheter måste yttra sig, och varje svar måste "
             "sekretessprövas innan det kan skickas till den som har lämnat synpunkten")
B_TOPICS = [  # the most common subjects of complaints 2026 (p. 4), as a "•" list
    "snöröjning och halkbekämpning på gång- och cykelvägar",
    "skolskjuts och bemötande i skolbussarna",
    "väntetid för besked om bygglov",
    "städning och mat på äldreboendena",
]
B_MEASURES = [
    ("Kortare svarstider i socialtjänsten",
     ["en gemensam mall för svar som kräver sekretessprövning",
      "en funktionsbrevlåda per enhet i stället för personliga adresser"]),
    ("Bättre återkoppling till den som lämnat synpunkten",
     ["automatisk kvittens inom en arbetsdag",
      "uppgift om vem som handlägger ärendet"]),
    ("Lärande av klagomålen",
     ["varje förvaltning redovisar sina vanligaste klagomål en gång per tertial"]),
]


def b_total(a):
    return a[2] + a[3] + a[4] + a[5]


def b_within(a):
    return share(a[8], a[7])


def b_cells(a):
    return [a[0], g(a[2]), g(a[3]), g(a[4]), g(a[5]), g(b_total(a)), g(a[6])]


def b_text(a):
    return " ".join(b_cells(a))


def b_cat_tot():
    return [sum(a[2 + i] for a in B_ADM) for i in range(4)]


def b_tot():
    return dict(n26=sum(b_total(a) for a in B_ADM), n25=sum(a[6] for a in B_ADM),
                closed=sum(a[7] for a in B_ADM), within=sum(a[8] for a in B_ADM))


def b_total_cells():
    t = b_tot()
    return ["Hela kommunen"] + [g(x) for x in b_cat_tot()] + [g(t["n26"]), g(t["n25"])]


def b_time_cells(a):
    return [a[0], g(a[7]), g(a[10]), g(a[11]), d1(a[9]), d1(b_within(a)), d1(b_within(a) - B_TARGET, plus=True)]


def b_time_text(a):
    return " ".join(b_time_cells(a))


def b_time_total_cells():
    t = b_tot()
    sh = share(t["within"], t["closed"])
    return ["Hela kommunen", g(t["closed"]), g(B_MEDIAN[0]), g(B_MEDIAN[1]), d1(B_WITHIN_2025), d1(sh),
            d1(sh - B_TARGET, plus=True)]


def b_channel_cells(c):
    return [c[0], g(c[1]), g(c[2]), d1(share(c[2], b_tot()["n26"]))]


def b_channel_text(c):
    return " ".join(b_channel_cells(c))


def b_sentences():
    t = b_tot()
    cats = b_cat_tot()
    sh = share(t["within"], t["closed"])
    return [
        f"Under 2026 tog kommunen emot {g(t['n26'])} synpunkter, klagomål, förslag och beröm, vilket är "
        f"{g(t['n26'] - t['n25'])} fler än 2025, då antalet var {g(t['n25'])}.",
        f"Av dem var {g(cats[0])} klagomål ({d1(share(cats[0], t['n26']))} procent), {g(cats[1])} synpunkter, "
        f"{g(cats[2])} förslag och {g(cats[3])} beröm.",
        f"Andelen ärenden som besvarades inom tio arbetsdagar ökade till {d1(sh)} procent från {d1(B_WITHIN_2025)} "
        f"procent, men är fortfarande långt från målet på {d1(B_TARGET)} procent.",
        f"Mediantiden från att ärendet kom in till att det besvarades var {B_MEDIAN[1]} arbetsdagar, mot "
        f"{B_MEDIAN[0]} arbetsdagar året innan.",
    ]


# =====================================================================================================
# (c) Plogsta kommun – barn- och utbildningsnämnden: skolskjutsplan läsåret 2027/28
# =====================================================================================================
C_DNR = "BUN 2027/77"
C_DATE = D(2027, 4, 20)
C_COORD = ("Oskar Jungbeck", "skolskjutssamordnare")
C_CHIEF = ("Petra Unger", "utbildningschef")
C_DAYS = 178                         # school days 2027/28
C_CONTRACTORS = ["Jarlbuss AB", "Oskarssons Buss AB", "Paulins Taxi AB", "Ungbergs Trafik AB"]
C_CONTRACT_END = {"Jarlbuss AB": D(2029, 6, 30), "Oskarssons Buss AB": D(2028, 6, 30),
                  "Paulins Taxi AB": D(2027, 12, 31), "Ungbergs Trafik AB": D(2030, 6, 30)}
# (tur, route, school, pupils, km per day, vehicle, contractor, cost tkr per school year)
C_ROWS = [
    (1, "Pinnarp – Ulvnäs – Plogsta", "Plogstaskolan", 48, 124, "Buss", "Jarlbuss AB", 1420),
    (2, "Urvik – Oxvik – Plogsta", "Plogstaskolan", 41, 136, "Buss", "Jarlbuss AB", 1510),
    (3, "Uttersjö – Plogsta", "Plogstaskolan", 37, 118, "Buss", "Jarlbuss AB", 1330),
    (4, "Jolsby – Olsbyn – Plogsta", "Plogstaskolan", 52, 96, "Buss", "Oskarssons Buss AB", 1180),
    (5, "Ingsbyn – Plogsta", "Plogstaskolan", 29, 88, "Buss", "Oskarssons Buss AB", 1040),
    (6, "Padderud – Jämnås – Plogsta", "Plogstaskolan", 33, 142, "Buss", "Oskarssons Buss AB", 1560),
    (7, "Uvhult – Plogsta", "Plogstaskolan", 14, 74, "Minibuss", "Paulins Taxi AB", 610),
    (8, "Oppsjö – Plogsta", "Plogstaskolan", 9, 92, "Taxi", "Paulins Taxi AB", 540),
    (9, "Ulvnäs – Pinnarp", "Pinnarps skola", 26, 58, "Buss", "Ungbergs Trafik AB", 720),
    (10, "Jämnås – Pinnarp", "Pinnarps skola", 18, 64, "Minibuss", "Ungbergs Trafik AB", 590),
    (11, "Padderud – Pinnarp", "Pinnarps skola", 11, 46, "Taxi", "Paulins Taxi AB", 380),
    (12, "Oxvik – Urvik", "Urviks skola", 22, 52, "Minibuss", "Ungbergs Trafik AB", 560),
    (13, "Uttersjö – Urvik", "Urviks skola", 15, 60, "Minibuss", "Ungbergs Trafik AB", 540),
    (14, "Olsbyn – Jolsby", "Jolsby skola", 12, 34, "Taxi", "Paulins Taxi AB", 310),
    (15, "Ingsbyn – Jolsby", "Jolsby skola", 8, 40, "Taxi", "Paulins Taxi AB", 330),
    (16, "Oppsjö – Uvhult – Urvik", "Urviks skola", 10, 70, "Taxi", "Paulins Taxi AB", 470),
    (17, "Pinnarp – Plogsta, anpassad", "Plogstaskolan", 4, 62, "Anpassad taxi", "Paulins Taxi AB", 690),
    (18, "Urvik – Plogsta, anpassad", "Plogstaskolan", 3, 78, "Anpassad taxi", "Paulins Taxi AB", 720),
    (19, "Plogsta östra", "Plogstaskolan", 24, 28, "Minibuss", "Oskarssons Buss AB", 410),
    (20, "Plogsta västra", "Plogstaskolan", 21, 26, "Minibuss", "Oskarssons Buss AB", 400),
    (21, "Jolsby – Urvik", "Urviks skola", 17, 48, "Minibuss", "Ungbergs Trafik AB", 520),
    (22, "Ulvnäs – Oxvik – Urvik", "Urviks skola", 19, 66, "Buss", "Jarlbuss AB", 780),
]
C_BREAK_AFTER = 17                   # Tabell 1 breaks after this tur
# pupils with the right to school transport per school year (F–3, 4–6, 7–9); the last year is the plan
C_LEVEL_YEARS = ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28"]
C_LEVELS = {"F–3": [402, 410, 398, 405, 411], "4–6": [318, 322, 330, 336, 339], "7–9": [276, 281, 283, 290, 296]}
C_BUDGET = 16200                     # tkr for upphandlad skolskjuts 2027/28
C_PREV_COST = 15940                  # tkr 2026/27
C_CARDS = (2380, 2250)               # school cards for public transport, tkr 2027/28, 2026/27
C_RULES = [
    "Elever i förskoleklass till årskurs 3 har rätt till skolskjuts om avståndet mellan hemmet och skolan är "
    "minst 2 kilometer.",
    "Elever i årskurs 4–6 har rätt till skolskjuts från 3 kilometer och elever i årskurs 7–9 från 4 kilometer.",
    "Väntetiden vid skolan före och efter skoldagen får vara högst 40 minuter.",
    "Elever som väljer en annan skola än den kommunen har anvisat har rätt till skolskjuts bara om det kan ske "
    "utan extra kostnad.",
]
C_PASSAGE = ("bron över Urviksån byggs om från augusti 2027 till juni 2028 och är då stängd för fordon över 3,5 ton, "
             "så att bussen från Ulvnäs måste köra en omväg via Oxvik")


def c_cells(r):
    return [str(r[0]), r[1], r[2], g(r[3]), g(r[4]), r[5], r[6], g(r[7])]


def c_text(r):
    return " ".join(c_cells(r))


def c_sum(key, rows=None):
    rows = C_ROWS if rows is None else rows
    return sum(r[key] for r in rows)


def c_total_cells():
    return ["Totalt", g(c_sum(3)), g(c_sum(4)), g(c_sum(7))]


def c_contractor(name):
    rows = [r for r in C_ROWS if r[6] == name]
    return dict(n=len(rows), pupils=c_sum(3, rows), km=c_sum(4, rows), cost=c_sum(7, rows))


def c_contractor_cells(name):
    c = c_contractor(name)
    return [name, g(c["n"]), g(c["pupils"]), g(c["km"]), g(c["cost"]), C_CONTRACT_END[name].isoformat()]


def c_contractor_text(name):
    return " ".join(c_contractor_cells(name))


def c_level_total(i):
    return sum(v[i] for v in C_LEVELS.values())


def c_sentences():
    n = c_level_total(-1)
    return [
        f"Läsåret 2027/28 har {g(n)} elever rätt till skolskjuts, jämfört med {g(c_level_total(-2))} läsåret "
        f"2026/27.",
        f"Av dem reser {g(c_sum(3))} elever med de {len(C_ROWS)} upphandlade turerna och övriga med "
        f"kollektivtrafiken på skolkort.",
        f"Turerna körs sammanlagt {g(c_sum(4))} kilometer per skoldag.",
        f"Kostnaden för den upphandlade skolskjutsen beräknas till {g(c_sum(7))} tkr, vilket är "
        f"{g(c_sum(7) - C_BUDGET)} tkr mer än budgeten på {g(C_BUDGET)} tkr. Läsåret innan kostade den "
        f"{g(C_PREV_COST)} tkr.",
        f"Skolkorten för kollektivtrafiken kostar {g(C_CARDS[0])} tkr ({g(C_CARDS[1])} tkr).",
    ]


# =====================================================================================================
# (d) Unnerstad kommun – kommunstyrelsen: bredbandsprogram 2021–2030, uppföljning 2026
# =====================================================================================================
D_DNR = "KS 2027/102"
D_DATE = D(2027, 3, 24)
D_COORD = ("Ingrid Persson", "bredbandskoordinator")
D_HEAD = ("Jakob Olander", "samhällsbyggnadschef")
D_GROUPS = ["Tätorter", "Landsbygd"]
D_TARGET = {"Tätorter": 98.0, "Landsbygd": 90.0}       # coverage targets 2027 by kind of area
D_PROGRAM_TARGET = 95.0                                # the whole municipality 2027
D_NATIONAL = 98                                        # the national goal (households and companies, 2025)
# (group, area, households, coverage 2024, 2025, 2026 (% of households with access to at least 1 Gbit/s))
D_AREAS = [
    ("Tätorter", "Unnerstad tätort", 6840, 95.8, 97.1, 98.3),
    ("Tätorter", "Pingsta", 1120, 88.4, 91.6, 94.2),
    ("Landsbygd", "Ingarvik", 860, 71.2, 79.5, 86.4),
    ("Landsbygd", "Jutbo", 540, 64.8, 66.3, 67.0),
    ("Landsbygd", "Porsnäs", 710, 82.5, 88.9, 92.7),
    ("Landsbygd", "Uppgården", 430, 58.1, 73.0, 84.6),
    ("Landsbygd", "Ormbäcken", 380, 90.2, 91.0, 93.4),
]
D_COMPANIES = (86.9, 88.7)           # companies with access, % 2025, 2026
# Tabell 2 projects: (project, area, planned connections, connected by 31 Dec 2026, broadband support tkr,
#  municipal co-funding tkr, status, planned completion)
D_PROJECTS = [
    ("Pingsta Fiberförening etapp 2", "Pingsta", 140, 96, 2850, 420, "Pågår", D(2027, 6, 30)),
    ("Ingarviks Fiber etapp 1", "Ingarvik", 210, 118, 4120, 610, "Pågår", D(2027, 10, 31)),
    ("Jutbo byanät", "Jutbo", 160, 0, 3460, 520, "Försenat", D(2028, 9, 30)),
    ("Porsnäs Fiber ekonomisk förening", "Porsnäs", 95, 95, 1780, 260, "Klart", D(2026, 5, 31)),
    ("Uppgårdens fiberförening", "Uppgården", 180, 142, 3920, 580, "Pågår", D(2027, 3, 31)),
    ("Ormbäckens byanät etapp 3", "Ormbäcken", 45, 38, 860, 130, "Pågår", D(2027, 4, 30)),
    ("Ingarviks Fiber etapp 2", "Ingarvik", 120, 0, 2640, 390, "Ej påbörjat", D(2028, 6, 30)),
]
D_STATUS = ["Klart", "Pågår", "Försenat", "Ej påbörjat"]
D_OPERATOR = "Unnerstads Stadsnät"
D_PASSAGE = ("operatören drog sig ur efter upphandlingen, eftersom färre än hälften av hushållen i byn hade "
             "tecknat avtal om anslutning och kalkylen då inte gick ihop")
D_MEASURES = [
    ("Fortsatt utbyggnad på landsbygden",
     ["kommunen medfinansierar byanät med 15 procent av den godkända kostnaden",
      "en ny upphandling för Jutbo genomförs under hösten 2027"]),
    ("Samordnad grävning",
     ["fiber läggs ned när kommunen bygger om gator och va-ledningar",
      "ledningsägare får en karta över planerade grävarbeten två gånger per år"]),
    ("Bättre mobiltäckning",
     ["kommunen upplåter mark för två nya master i Uppgården och Ormbäcken"]),
    ("Digital delaktighet",
     ["biblioteken erbjuder handledning för den som inte vant sig vid digitala tjänster",
      "informationsträffar om anslutning hålls i byarna"]),
]


def d_without(a):
    return r0(a[2] * (100 - a[5]) / 100)


def d_target(a):
    return D_TARGET[a[0]]


def d_cells(a):
    return [a[1], g(a[2]), d1(a[3]), d1(a[4]), d1(a[5]), d1(d_target(a)), g(d_without(a))]


def d_text(a):
    return " ".join(d_cells(a))


def d_agg(rows):
    hh = sum(a[2] for a in rows)
    return dict(hh=hh, c24=r1(sum(a[2] * a[3] for a in rows) / hh), c25=r1(sum(a[2] * a[4] for a in rows) / hh),
                c26=r1(sum(a[2] * a[5] for a in rows) / hh), without=sum(d_without(a) for a in rows))


def d_group_rows(grp):
    return [a for a in D_AREAS if a[0] == grp]


def d_group_sum_cells(grp):
    s = d_agg(d_group_rows(grp))
    return [f"Summa {grp.lower()}", g(s["hh"]), d1(s["c24"]), d1(s["c25"]), d1(s["c26"]), d1(D_TARGET[grp]),
            g(s["without"])]


def d_total_cells():
    s = d_agg(D_AREAS)
    return ["Hela kommunen", g(s["hh"]), d1(s["c24"]), d1(s["c25"]), d1(s["c26"]), d1(D_PROGRAM_TARGET),
            g(s["without"])]


def d_project_cells(p):
    return [p[0], p[1], g(p[2]), g(p[3]), g(p[4]), g(p[5]), p[6], p[7].isoformat()]


def d_project_text(p):
    return " ".join(d_project_cells(p))


def d_project_sums():
    return [sum(p[k] for p in D_PROJECTS) for k in (2, 3, 4, 5)]


def d_project_sum_cells():
    s = d_project_sums()
    return ["Summa", "", g(s[0]), g(s[1]), g(s[2]), g(s[3]), "", ""]


def d_sentences():
    s = d_agg(D_AREAS)
    land = d_agg(d_group_rows("Landsbygd"))
    tat = d_agg(d_group_rows("Tätorter"))
    return [
        f"Vid utgången av 2026 hade {d1(s['c26'])} procent av hushållen i Unnerstad tillgång till bredband med "
        f"minst 1 Gbit/s, jämfört med {d1(s['c25'])} procent ett år tidigare och {d1(s['c24'])} procent 2024.",
        f"Programmets mål är {d1(D_PROGRAM_TARGET)} procent till 2027, medan det nationella målet var att "
        f"{D_NATIONAL} procent av hushållen och företagen skulle ha tillgång redan 2025.",
        f"I tätorterna var täckningen {d1(tat['c26'])} procent och på landsbygden {d1(land['c26'])} procent.",
        f"Fortfarande saknar {g(s['without'])} hushåll tillgång till snabbt bredband.",
        f"Bland företagen var andelen {d1(D_COMPANIES[1])} procent ({d1(D_COMPANIES[0])} procent 2025).",
    ]


# =====================================================================================================
# (e) Pilvalla kommun – kultur- och fritidsnämnden: idrottsanläggningar, bokningsstatistik 2026
# =====================================================================================================
E_DNR = "KFN 2027/23"
E_DATE = D(2027, 2, 23)
E_CHIEF = ("Pontus Irving", "fritidschef")
E_AUTHOR = ("Josefin Pettersson", "bokningsansvarig")
E_GROUPS = ["Barn och unga", "Vuxna föreningar", "Skolor", "Övriga"]
E_YOUTH_TARGET = 50.0               # share of the booked hours for children and youth, at least %
E_OCC_TARGET = 80.0                 # occupancy, at least %
# (facility, type, year, bookable hours, booked hours children and youth, adult clubs, schools, others)
E_ROWS = [
    ("Pilvallahallen", "Sporthall", 2025, 3420, 1380, 520, 940, 210),
    ("Pilvallahallen", "Sporthall", 2026, 3420, 1420, 540, 960, 190),
    ("Jarlahallen", "Sporthall", 2025, 2980, 1020, 410, 880, 150),
    ("Jarlahallen", "Sporthall", 2026, 2980, 1090, 380, 890, 170),
    ("Ormviks sporthall", "Sporthall", 2025, 2640, 820, 300, 760, 120),
    ("Ormviks sporthall", "Sporthall", 2026, 1760, 540, 190, 480, 60),
    ("Oxvreta bollhall", "Bollhall", 2025, 2200, 960, 420, 0, 260),
    ("Oxvreta bollhall", "Bollhall", 2026, 2200, 1040, 460, 0, 310),
    ("Uddsängens IP", "Konstgräsplan", 2025, 1850, 1060, 380, 120, 90),
    ("Uddsängens IP", "Konstgräsplan", 2026, 1900, 1120, 350, 140, 110),
    ("Pilvalla ishall", "Ishall", 2025, 1540, 690, 310, 80, 240),
    ("Pilvalla ishall", "Ishall", 2026, 1540, 650, 280, 90, 270),
    ("Ursjöbadet", "Simhall", 2025, 1460, 410, 180, 520, 130),
    ("Ursjöbadet", "Simhall", 2026, 1460, 430, 170, 540, 150),
]
E_WEEKDAYS = ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]
E_WEEKDAY_SHARE = [0.168, 0.171, 0.166, 0.169, 0.118, 0.105]   # Sunday gets the rest
# fees 2026 and 2027 (proposal), kr per hour: (type, youth 2026, adult clubs 2026, others 2026, youth 2027,
#  adult clubs 2027, others 2027)
E_FEES = [
    ("Sporthall", 60, 190, 480, 70, 200, 500),
    ("Bollhall", 80, 240, 620, 90, 260, 650),
    ("Konstgräsplan", 90, 280, 750, 100, 300, 780),
    ("Ishall", 150, 520, 1450, 160, 540, 1500),
    ("Simhall, per bana", 40, 120, 310, 40, 130, 330),
]
E_REVENUE = (2140, 2365, 2298)       # fee revenue tkr: budget 2026, outcome 2026, outcome 2025
E_PASSAGE = ("hallen var stängd från mars till och med juni för byte av golv och ventilation, och föreningarnas "
             "träningstider flyttades under tiden till Jarlahallen och Oxvreta bollhall")
E_PRIORITIES = [
    "Barn och unga ska få minst hälften av de bokade timmarna i alla anläggningar.",
    "Lediga tider på vardagar mellan klockan 16 och 18 erbjuds i första hand till föreningar med "
    "flickverksamhet.",
    "Tider som inte utnyttjas tre gånger i följd återtas och bokas om.",
]


def e_booked(r):
    return r[4] + r[5] + r[6] + r[7]


def e_occ(r):
    return share(e_booked(r), r[3])


def e_youth(r):
    return share(r[4], e_booked(r))


def e_cells(r):
    return [r[0], r[1], str(r[2]), g(r[3]), g(e_booked(r))] + [g(x) if x else "–" for x in r[4:8]] + [d1(e_occ(r))]


def e_text(r):
    return " ".join(e_cells(r))


def e_year(y):
    rows = [r for r in E_ROWS if r[2] == y]
    bookable = sum(r[3] for r in rows)
    booked = sum(e_booked(r) for r in rows)
    groups = [sum(r[4 + i] for r in rows) for i in range(4)]
    return dict(bookable=bookable, booked=booked, groups=groups, occ=share(booked, bookable),
                youth=share(groups[0], booked))


def e_total_cells(y):
    t = e_year(y)
    return [f"Samtliga {y}", g(t["bookable"]), g(t["booked"])] + [g(x) for x in t["groups"]] + [d1(t["occ"])]


def e_weekdays():
    tot = e_year(2026)["booked"]
    vals = [r0(tot * s) for s in E_WEEKDAY_SHARE]
    return vals + [tot - sum(vals)]


def e_fee_cells(f):
    return [f[0]] + [g(x) for x in f[1:]]


def e_fee_text(f):
    return " ".join(e_fee_cells(f))


def e_sentences():
    t6, t5 = e_year(2026), e_year(2025)
    return [
        f"Föreningar, skolor och andra hyresgäster bokade sammanlagt {g(t6['booked'])} timmar i kommunens "
        f"idrottsanläggningar under 2026, mot {g(t5['booked'])} timmar 2025.",
        f"Beläggningen, alltså andelen av de bokningsbara timmarna som blev bokade, var {d1(t6['occ'])} procent "
        f"({d1(t5['occ'])} procent). Nämndens mål är minst {d1(E_OCC_TARGET)} procent.",
        f"Barn och unga fick {d1(t6['youth'])} procent av de bokade timmarna, jämfört med {d1(t5['youth'])} procent "
        f"året innan och målet på minst {d1(E_YOUTH_TARGET)} procent.",
        f"Avgifterna gav {g(E_REVENUE[1])} tkr i intäkter, vilket är {g(E_REVENUE[1] - E_REVENUE[0])} tkr mer än "
        f"budgeten på {g(E_REVENUE[0])} tkr. År 2025 var intäkterna {g(E_REVENUE[2])} tkr.",
    ]


# =====================================================================================================
# (f) Region Jorvala – hjälpmedelsnämnden: hjälpmedelscentralens budget 2027 (the product-group table is the
#     SCANNED page 2: a printout from the finance system on tractor-feed paper)
# =====================================================================================================
F_DNR = "HMN 2026/88"
F_DATE = D(2026, 11, 24)
F_CHIEF = ("Ola Ingvarsson", "hjälpmedelschef")
F_ECON = ("Johanna Ullberg", "controller")
F_CHAIR = ("Isak Pålsson", "ordförande")
# the scanned table: (product group, outcome 2025, budget 2026, forecast 2026, budget 2027), tkr
F_GROUPS = [
    ("Förflyttningshjälpmedel", 52340, 54100, 56870, 58200),
    ("Gånghjälpmedel", 18760, 19300, 18950, 19820),
    ("Sängar och madrasser", 31480, 32500, 33910, 34600),
    ("Lyftar och lyftselar", 22150, 23000, 22640, 23700),
    ("Hygienhjälpmedel", 9870, 10200, 10530, 10800),
    ("Kommunikationshjälpmedel", 14320, 15000, 14410, 15400),
    ("Kognitiva hjälpmedel", 7940, 8400, 9120, 9500),
    ("Hörselhjälpmedel", 26830, 27600, 28950, 29300),
    ("Synhjälpmedel", 11260, 11800, 11470, 12120),
    ("Ortopedtekniska hjälpmedel", 38910, 40000, 41680, 42500),
]
F_SCAN_HEAD = ["REGION JORVALA - EKONOMISYSTEM - RAPPORT HMC-BUD",
               "UTSKRIVEN 2026-10-05 KL 06.12 SIDA 1 AV 1",
               "HJÄLPMEDELSCENTRALEN BUDGETUNDERLAG 2027",
               "KOSTNAD PER PRODUKTGRUPP (TKR)"]
F_SCAN_COLS = ["PRODUKTGRUPP", "UTFALL 2025", "BUDGET 2026", "PROGNOS 2026", "AVVIKELSE", "BUDGET 2027"]
F_SCAN_FOOT = ["AVVIKELSE = BUDGET 2026 MINUS PROGNOS 2026. NEGATIVT BELOPP = UNDERSKOTT.",
               "PROGNOSEN BYGGER PÅ UTFALLET JANUARI-AUGUSTI 2026.",
               "*** SLUT PÅ RAPPORT ***"]
F_SCAN_PEN = ["Bilaga 2"]
# Tabell 2 (p. 3): activity measures: (measure, unit word, outcome 2025, forecast 2026, target 2027)
F_MEASURES = [
    ("Brukare med minst ett hjälpmedel", "antal", 14310, 14820, 15200),
    ("Utlämnade hjälpmedel", "antal", 37150, 38460, 39000),
    ("Återlämnade hjälpmedel", "antal", 24380, 25910, 26500),
    ("Andel återanvända hjälpmedel", "procent", 41.6, 43.2, 45.0),
    ("Leveranstid för lagerförda hjälpmedel", "dagar", 6.4, 5.9, 5.0),
    ("Servicearbeten och reparationer", "antal", 9871, 9642, 9400),
]
F_PRICE = 2.6                        # rent and price increase 2027, %
F_STAFF = (74, 71)                   # employees 2026 (forecast), 2025
F_PRIORITIES = [
    "Fler hjälpmedel ska återanvändas genom att rekonditioneringen byggs ut.",
    "Leveranstiden för lagerförda hjälpmedel ska kortas till högst fem dagar.",
    "Förskrivarna ska få utbildning i kognitiva hjälpmedel och digitala lås.",
    "Sortimentet av sängar och madrasser ska upphandlas på nytt under hösten 2027.",
]
F_TIMELINE = [(D(2026, 6, 16), "Regionfullmäktige fastställer ramarna"),
              (D(2026, 10, 5), "Budgetunderlaget tas fram"),
              (D(2026, 11, 24), "Hjälpmedelsnämnden beslutar"),
              (D(2027, 1, 1), "Budgeten börjar gälla")]
F_PASSAGE = ("allt fler personer med demenssjukdom bor kvar hemma och förskrivs tidsstöd, påminnelsesystem och "
             "digitala dörrlås, samtidigt som priserna på dessa produkter har stigit")


def f_dev(c):
    return c[2] - c[3]


def f_scan_cells(c):
    return [c[0].upper(), g(c[1]), g(c[2]), g(c[3]), g(f_dev(c), plus=True), g(c[4])]


def f_scan_text_row(c):
    return " ".join(f_scan_cells(c))


def f_sum():
    s = [sum(c[k] for c in F_GROUPS) for k in (1, 2, 3, 4)]
    return s[:3] + [s[1] - s[2]] + s[3:]


def f_sum_cells():
    s = f_sum()
    return ["SUMMA", g(s[0]), g(s[1]), g(s[2]), g(s[3], plus=True), g(s[4])]


def f_scan_rows():
    return [f_scan_cells(c) for c in F_GROUPS] + [f_sum_cells()]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [" ".join(F_SCAN_COLS)]
    parts += [" ".join(r) for r in f_scan_rows()]
    parts += F_SCAN_FOOT + F_SCAN_PEN
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += r[1:]
    return out


def f_measure_cells(m):
    fmt = d1 if m[1] in ("procent", "dagar") else g
    return [m[0], m[1], fmt(m[2]), fmt(m[3]), fmt(m[4])]


def f_measure_text(m):
    return " ".join(f_measure_cells(m))


def f_sentences():
    users = F_MEASURES[0]
    reuse = F_MEASURES[3]
    lead = F_MEASURES[4]
    return [
        f"Hjälpmedelscentralen väntas under 2026 ha {g(users[3])} brukare, jämfört med {g(users[2])} året innan.",
        f"Andelen återanvända hjälpmedel ökar till {d1(reuse[3])} procent ({d1(reuse[2])} procent 2025), medan "
        f"målet för 2027 är {d1(reuse[4])} procent.",
        f"Leveranstiden för lagerförda hjälpmedel har kortats till {d1(lead[3])} dagar från {d1(lead[2])} dagar.",
        f"Hyror och priser till kommunerna och regionens verksamheter räknas upp med {d1(F_PRICE)} procent 2027.",
        f"Centralen har {F_STAFF[0]} anställda, {WORD[F_STAFF[0] - F_STAFF[1]]} fler än 2025.",
    ]
