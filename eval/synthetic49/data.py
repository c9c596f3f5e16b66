"""The numbers, rows, list items and running-text sentences of the six synthetic49 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the place-weighted averages of the elderly-care indicators (a); the yearly split of every
VA project, the group sums and the summary in mnkr (b); the risk values S × K (c); the clinic totals, the age-group sums
and the queue sum of the dental report (d); the counts and dwellings per status of the planning report (e); the loan
totals per branch and media type and the visits, changes and opening-hour sums of the scanned spreadsheet (f). The
helpers r0/r1/r2, g, d1, d2, pct, share and dmy are copied from ../synthetic48/data.py."""
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
WORD = {0: "inget", 1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
        10: "tio", 11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton"}

# =====================================================================================================
# (a) Lunnemåla kommun – vård- och omsorgsnämnden: kvalitetsuppföljning av särskilda boenden för äldre 2026
# =====================================================================================================
A_DNR = "VON 2027/31"
A_DATE = D(2027, 3, 17)
A_QUAL = ("Hanna Lindell", "kvalitetsutvecklare")
A_CHIEF = ("Viktor Forsell", "förvaltningschef")
A_OPERATOR = "Lindmarks Omsorg AB"
A_GROUPS = ["Kommunal regi", "Privat utförare"]
# (group, care home, places, pressure ulcers % 2025, 2026, risk assessment % 2025, 2026, medication review % 2025,
#  2026, satisfied % 2025, 2026)
A_HOMES = [
    ("Kommunal regi", "Hasselbacken", 48, 8.4, 12.6, 91, 88, 82, 87, 86, 83),
    ("Kommunal regi", "Linnégården", 36, 9.1, 7.3, 93, 95, 88, 90, 84, 88),
    ("Kommunal regi", "Vallmogården", 54, 11.2, 9.8, 85, 89, 79, 84, 81, 85),
    ("Kommunal regi", "Ljungbacka", 24, 6.0, 5.2, 96, 97, 91, 93, 92, 90),
    ("Kommunal regi", "Havsviken", 40, 13.5, 11.9, 82, 86, 74, 81, 78, 80),
    ("Privat utförare", "Fridhem", 32, 7.8, 8.1, 89, 92, 86, 88, 88, 91),
    ("Privat utförare", "Lönngården", 45, 10.4, 9.0, 80, 84, 70, 78, 83, 87),
    ("Privat utförare", "Fläderbacken", 28, 9.6, 10.7, 94, 91, 90, 86, 87, 84),
]
# indicators: (heading, column index of 2025 in A_HOMES, direction, target, target text in the heading)
A_IND = [
    ("Trycksår, %¹", 3, "max", 10.0, "mål högst 10,0"),
    ("Riskbedömning, %", 5, "min", 90, "mål minst 90"),
    ("Läkemedelsgenomgång, %", 7, "min", 85, "mål minst 85"),
    ("Nöjdhet, %²", 9, "min", 85, "mål minst 85"),
]
A_RIKET_N = 82               # satisfied, the national average 2026, %
A_PASSAGE = ("flera nya boende kom direkt från sjukhuset med trycksår som hade uppstått under vårdtiden, samtidigt som "
             "boendet under våren saknade en sjuksköterska på heltid")
A_MEASURES = [
    ("Färre trycksår",
     ["riskbedömning inom ett dygn efter inflyttning och därefter var tredje månad",
      "tryckavlastande madrasser köps in till Hasselbacken och Havsviken"]),
    ("Säkrare läkemedelsanvändning",
     ["läkaren och sjuksköterskan planerar genomgångarna för hela året i januari",
      "apotekare deltar vid genomgångarna på Lönngården och Havsviken"]),
    ("Mer delaktighet i vardagen",
     ["varje boende får en egen aktivitetsplan",
      "anhörigträffar hålls två gånger per år på alla boenden"]),
]


def a_ok(h, j):
    """Whether care home h reaches indicator j in 2026."""
    head, k, direction, target, _ = A_IND[j]
    v = h[k + 1]
    return v <= target if direction == "max" else v >= target


def a_cells(h):
    return [h[1], g(h[2]), d1(h[3]), d1(h[4])] + [g(v) for v in h[5:11]]


def a_text(h):
    return " ".join(a_cells(h))


def a_agg(rows):
    p = sum(h[2] for h in rows)
    out = dict(places=p)
    for j, (_, k, _, _, _) in enumerate(A_IND):
        for yi, y in enumerate((2025, 2026)):
            v = sum(h[2] * h[k + yi] for h in rows) / p
            out[(j, y)] = r1(v) if j == 0 else r0(v)
    return out


def a_group_rows(grp):
    return [h for h in A_HOMES if h[0] == grp]


def a_total_cells():
    s = a_agg(A_HOMES)
    return ["Samtliga boenden", g(s["places"]), d1(s[(0, 2025)]), d1(s[(0, 2026)])] + \
        [g(s[(j, y)]) for j in (1, 2, 3) for y in (2025, 2026)]


def a_sentences():
    s = a_agg(A_HOMES)
    priv = sum(h[2] for h in a_group_rows("Privat utförare"))
    return [
        f"Lunnemåla kommun har åtta särskilda boenden för äldre med sammanlagt {s['places']} platser, varav {priv} "
        f"platser drivs av {A_OPERATOR} på entreprenad.",
        f"Andelen boende med trycksår var {d1(s[(0, 2026)])} procent 2026, mot {d1(s[(0, 2025)])} procent 2025. "
        f"Målet är högst {d1(A_IND[0][3])} procent.",
        f"I brukarundersökningen svarade {s[(3, 2026)]} procent att de var nöjda med sitt boende som helhet, jämfört "
        f"med {s[(3, 2025)]} procent året innan. Nämndens mål är {A_IND[3][3]} procent och genomsnittet i riket var "
        f"{A_RIKET_N} procent.",
        f"Läkemedelsgenomgångar gjordes för {s[(2, 2026)]} procent av de boende ({s[(2, 2025)]} procent 2025), "
        f"och målet är {A_IND[2][3]} procent.",
    ]


# =====================================================================================================
# (b) Hovsäter kommun – tekniska nämnden: VA-plan 2027–2036, investeringar
# =====================================================================================================
B_DNR = "TN 2027/44"
B_DATE = D(2027, 5, 12)
B_CHIEF = ("Fredrik Hallin", "VA-chef")
B_ENG = ("Lena Vadström", "VA-ingenjör")
B_GROUPS = ["Vattenförsörjning", "Spillvatten och rening", "Dagvatten och skyfall", "Förnyelse av ledningsnät",
            "Utbyggnad av allmänt VA"]
# (group, project, area, start year, end year, total cost tkr)
B_PROJECTS = [
    ("Vattenförsörjning", "Nytt vattenverk vid Hemsjön", "Hemsjön", 2028, 2031, 148600),
    ("Vattenförsörjning", "Reservvattentäkt i Lövudden", "Lövudden", 2027, 2029, 22400),
    ("Vattenförsörjning", "Högreservoar i Vikbo", "Vikbo", 2030, 2032, 31800),
    ("Vattenförsörjning", "Fjärravlästa vattenmätare", "Hela kommunen", 2027, 2028, 6900),
    ("Spillvatten och rening", "Ombyggnad av Fladderviks reningsverk", "Fladdervik", 2029, 2033, 96500),
    ("Spillvatten och rening", "Överföringsledning Fäbodviken–Hovsäter", "Fäbodviken", 2027, 2029, 41200),
    ("Spillvatten och rening", "Ny huvudpumpstation", "Hovsäter tätort", 2028, 2029, 18300),
    ("Spillvatten och rening", "Slamavvattning vid reningsverket", "Fladdervik", 2032, 2033, 12600),
    ("Dagvatten och skyfall", "Dagvattendamm vid Vikbo industriområde", "Vikbo", 2027, 2028, 9400),
    ("Dagvatten och skyfall", "Separering av dagvatten i centrum", "Hovsäter tätort", 2029, 2034, 27900),
    ("Dagvatten och skyfall", "Skyfallsåtgärder längs Fäbodbäcken", "Fäbodviken", 2031, 2033, 14200),
    ("Förnyelse av ledningsnät", "Gjutjärnsledningar, etapp 1", "Hovsäter tätort", 2027, 2031, 38500),
    ("Förnyelse av ledningsnät", "Gjutjärnsledningar, etapp 2", "Hovsäter tätort", 2032, 2036, 44000),
    ("Förnyelse av ledningsnät", "Relining av spillvattenledningar", "Hela kommunen", 2027, 2036, 25000),
    ("Utbyggnad av allmänt VA", "Hemsjöns fritidshusområde", "Hemsjön", 2030, 2033, 52700),
    ("Utbyggnad av allmänt VA", "Lövudden norra", "Lövudden", 2033, 2036, 36400),
]
B_YEARS = [2027, 2028, 2029, 2030, 2031]
B_LATE = "2032–2036"
_WEIGHTS = {1: [1], 2: [0.4, 0.6], 3: [0.25, 0.45, 0.30], 4: [0.15, 0.35, 0.35, 0.15],
            5: [0.1, 0.25, 0.3, 0.25, 0.1], 6: [0.1, 0.2, 0.2, 0.2, 0.2, 0.1], 10: [0.1] * 10}
# the pipe network by decade of laying, km (Figur 1)
B_AGE = [("före 1950", 12), ("1950–59", 21), ("1960–69", 58), ("1970–79", 74), ("1980–89", 41), ("1990–99", 29),
         ("2000–09", 26), ("2010–19", 33), ("2020–26", 9)]
B_PREV_PLAN = 468.0          # the previous VA plan (2023) for ten years, mnkr
B_FEE_RISE = 6.5             # the consumption fee rises 2027, %
B_PASSAGE = ("det nuvarande verket från 1967 tar sitt vatten ur ån nedströms ett jordbruksområde, och provtagningarna "
             "de senaste åren har visat allt högre halter av bekämpningsmedel")


def b_split(p):
    """The yearly amounts of a project in tkr, {year: amount}, rounded to 100 tkr; the last year takes the rest."""
    years = list(range(p[3], p[4] + 1))
    w = _WEIGHTS[len(years)]
    out, left = {}, p[5]
    for y, wi in zip(years[:-1], w[:-1]):
        v = int(round(p[5] * wi / 100.0)) * 100
        out[y] = v
        left -= v
    out[years[-1]] = left
    return out


def b_cols(p):
    """[2027, 2028, 2029, 2030, 2031, 2032–2036] in tkr."""
    sp = b_split(p)
    return [sp.get(y, 0) for y in B_YEARS] + [sum(v for y, v in sp.items() if y > 2031)]


def b_cells(p):
    return [p[1], p[2], str(p[3]), str(p[4]), g(p[5])] + [g(v) if v else "–" for v in b_cols(p)]


def b_text(p):
    return " ".join(b_cells(p))


def b_group_rows(grp):
    return [p for p in B_PROJECTS if p[0] == grp]


def b_sum_tkr(rows):
    cols = [b_cols(p) for p in rows]
    return [sum(p[5] for p in rows)] + [sum(c[i] for c in cols) for i in range(6)]


def b_group_sum_cells(grp):
    s = b_sum_tkr(b_group_rows(grp))
    return [f"Summa {grp[0].lower() + grp[1:]}", "", "", "", g(s[0])] + [g(v) if v else "–" for v in s[1:]]


def b_total_cells():
    s = b_sum_tkr(B_PROJECTS)
    return ["Summa investeringar", "", "", "", g(s[0])] + [g(v) for v in s[1:]]


def b_mnkr(v):
    return d1(v / 1000) if v else "–"


def b_summary_cells(grp):
    s = b_sum_tkr(b_group_rows(grp))
    return [grp] + [b_mnkr(v) for v in s[1:]] + [b_mnkr(s[0])]


def b_summary_total_cells():
    s = b_sum_tkr(B_PROJECTS)
    return ["Summa"] + [b_mnkr(v) for v in s[1:]] + [b_mnkr(s[0])]


def b_summary_text(grp):
    return " ".join(b_summary_cells(grp))


def b_sentences():
    s = b_sum_tkr(B_PROJECTS)
    first = sum(s[1:6])
    km = sum(v for _, v in B_AGE)
    old = sum(v for lab, v in B_AGE[:4])
    return [
        f"Investeringsplanen omfattar {b_mnkr(s[0])} mnkr under perioden 2027–2036, jämfört med {d1(B_PREV_PLAN)} "
        f"mnkr i den förra VA-planen från 2023.",
        f"Av beloppet ligger {b_mnkr(first)} mnkr under de första fem åren och {b_mnkr(s[6])} mnkr under "
        f"åren 2032–2036.",
        f"Det största enskilda projektet är det nya vattenverket vid Hemsjön, som beräknas kosta "
        f"{b_mnkr(B_PROJECTS[0][5])} mnkr.",
        f"Ledningsnätet är {km} km långt, och {old} km av ledningarna lades före 1980.",
    ]


# =====================================================================================================
# (c) Vitåkra kommun – kommunstyrelsen: internkontrollplan 2027
# =====================================================================================================
C_DNR = "KS 2026/412"
C_DATE = D(2026, 12, 8)
C_DIR = ("Helena Frisk", "kommundirektör")
C_CTRL = ("Leo Hammar", "controller")
C_AREAS = ["Ekonomi", "Personal", "IT och informationssäkerhet", "Verksamhet och styrning"]
# (nr, area, risk, probability 1–4, consequence 1–4, control, frequency, responsible)
C_RISKS = [
    (1, "Ekonomi", "Bedrägerier genom falska ändringar av leverantörers bankuppgifter", 3, 4,
     "Stickprov på ändrade bankuppgifter mot skriftlig verifiering", "Varje månad", "Ekonomichef"),
    (2, "Ekonomi", "Inköp görs utanför upphandlade avtal", 4, 2,
     "Avtalstroheten mäts i inköpsanalysen", "Två gånger per år", "Upphandlingschef"),
    (3, "Ekonomi", "Representation och gåvor följer inte riktlinjen", 2, 2,
     "Granskning av 25 fakturor för representation", "En gång per år", "Ekonomichef"),
    (4, "Personal", "Felaktig lön efter ändrad sysselsättningsgrad", 3, 3,
     "Avstämning av ändringar i lönesystemet mot beslut", "Varje kvartal", "HR-chef"),
    (5, "Personal", "Bisysslor anmäls och prövas inte", 3, 2,
     "Uppföljning av chefernas genomgång av bisysslor", "En gång per år", "HR-chef"),
    (6, "Personal", "Utdrag ur belastningsregistret saknas vid anställning i skola och förskola", 2, 4,
     "Stickprov på 30 nyanställda", "Två gånger per år", "Utbildningschef"),
    (7, "IT och informationssäkerhet", "Behörigheter tas inte bort när en anställning upphör", 4, 3,
     "Behörighetslistor jämförs med avslutade anställningar", "Varje kvartal", "IT-chef"),
    (8, "IT och informationssäkerhet", "Personuppgiftsincidenter anmäls inte inom 72 timmar", 2, 4,
     "Genomgång av incidentloggen", "Två gånger per år", "Dataskyddsombud"),
    (9, "IT och informationssäkerhet", "Nätfiske leder till intrång i kommunens system", 3, 4,
     "Övningsutskick med falska e-postmeddelanden", "Två gånger per år", "IT-chef"),
    (10, "Verksamhet och styrning", "Felaktiga utbetalningar av ekonomiskt bistånd", 4, 3,
     "Stickprov på beviljade ansökningar", "Varje kvartal", "Socialchef"),
    (11, "Verksamhet och styrning", "Delegationsbeslut anmäls inte till nämnden", 2, 3,
     "Jämförelse mellan verksamhetssystem och anmälda beslut", "Två gånger per år", "Kanslichef"),
    (12, "Verksamhet och styrning", "Brister i det systematiska brandskyddsarbetet", 2, 4,
     "Egenkontroll av brandskyddet i kommunens lokaler", "En gång per år", "Fastighetschef"),
    (13, "Verksamhet och styrning", "Allmänna handlingar registreras inte i tid", 3, 2,
     "Stickprov på inkomna handlingar", "Två gånger per år", "Kanslichef"),
]
C_LEVELS = [(1, 3, "Låg"), (4, 6, "Måttlig"), (8, 9, "Hög"), (12, 16, "Mycket hög")]
C_PLANNED_2026 = 12
C_DONE_2026 = 11
C_DEV_2026 = 3
# findings of the 2026 controls (p. 3), numbered with nested points
C_FINDINGS = [
    ("Ändrade bankuppgifter: i 3 av 48 granskade ändringar saknades skriftlig verifiering från leverantören.",
     ["ingen felaktig utbetalning hann göras",
      "rutinen har skärpts så att två personer godkänner varje ändring"]),
    ("Avtalstrohet: 81 procent av inköpsvärdet gick till avtalade leverantörer, mot målet 90 procent.",
     ["lägst var avtalstroheten för konsulttjänster och livsmedel",
      "inköpsstödet utbildar alla beställare under våren 2027"]),
    ("Behörigheter: 14 av 206 avslutade anställningar hade kvar behörighet till minst ett system.",
     ["två av dem gällde system med känsliga personuppgifter",
      "kontrollen görs från 2027 varje kvartal i stället för två gånger per år"]),
    ("Ekonomiskt bistånd: inga felaktiga utbetalningar hittades bland de 60 ärenden som granskades.", []),
    ("Bisysslor: kontrollen blev inte genomförd under 2026.",
     ["kontrollen finns kvar i planen för 2027"]),
]
C_PASSAGE = ("två av tre HR-konsulter slutade under hösten och de nya kunde börja först i januari, så inventeringen av "
             "bisysslor flyttades till våren 2027")


def c_rv(r):
    return r[3] * r[4]


def c_level(rv):
    for lo, hi, name in C_LEVELS:
        if lo <= rv <= hi:
            return name
    raise ValueError(rv)


def c_cells(r):
    return [str(r[0]), r[2], str(r[3]), str(r[4]), str(c_rv(r)), r[5], r[6], r[7]]


def c_text(r):
    return " ".join(c_cells(r))


def c_sentences():
    return [
        f"Av de {C_PLANNED_2026} kontroller som fanns i planen för 2026 genomfördes {C_DONE_2026}.",
        f"{WORD[C_DEV_2026].capitalize()} av dem visade avvikelser som behöver åtgärdas, medan de övriga "
        f"{WORD[C_DONE_2026 - C_DEV_2026]} inte gav någon anmärkning.",
        f"Planen för 2027 innehåller {len(C_RISKS)} risker, och {WORD[sum(1 for r in C_RISKS if c_rv(r) >= 12)]} av dem har "
        f"det högsta riskvärdet 12.",
    ]


# =====================================================================================================
# (d) Region Vindmark – tandvårdsnämnden: Folktandvården, verksamhetsrapport 2026
# =====================================================================================================
D_DNR = "TVN 2027/12"
D_DATE = D(2027, 2, 26)
D_DIR = ("Vera Lundh", "tandvårdsdirektör")
D_ANAL = ("Fabian Hedlund", "verksamhetscontroller")
D_GROUPS = ["Norra länsdelen", "Södra länsdelen"]
D_AGES = ["0–19 år", "20–23 år", "24–66 år", "67 år och äldre"]
# (group, clinic, patients 0–19, 20–23, 24–66, 67+ (31 Dec 2026), total 2025, waiting weeks 2025, 2026,
#  waiting for a first appointment 31 Dec 2026)
D_CLINICS = [
    ("Norra länsdelen", "Fagerås", 5240, 1180, 7960, 3120, 17150, 10, 11, 640),
    ("Norra länsdelen", "Hjälmby", 3860, 820, 5410, 2470, 12980, 9, 19, 1380),
    ("Norra länsdelen", "Lidvik", 2150, 460, 3080, 1690, 7480, 13, 12, 420),
    ("Södra länsdelen", "Vångsby", 6420, 1530, 9870, 3380, 20840, 14, 16, 1520),
    ("Södra länsdelen", "Harsjö", 4310, 960, 6240, 2210, 13390, 11, 10, 510),
    ("Södra länsdelen", "Flyhamn", 5080, 1210, 7620, 2590, 16010, 12, 14, 980),
    ("Södra länsdelen", "Ljusbäcken", 2740, 590, 3910, 1460, 8520, 8, 9, 260),
]
D_AGE_2025 = [29120, 6380, 44760]      # 0–19, 20–23, 24–66 in 2025; 67+ is the rest of the 2025 total
D_TARGET = 12                          # waiting time to the first examination, at most weeks
D_WAIT_ALL = (12, 14)                  # median for the whole Folktandvården, weeks 2025, 2026
# Tabell 3, mnkr: (item, budget 2026, outcome 2026, outcome 2025); costs negative; the result row is derived
D_ECON = [("Intäkter", 418.0, 412.6, 398.2), ("Kostnader", -420.5, -419.4, -401.9)]
D_PASSAGE = ("två av klinikens fem tandläkare slutade under våren och de nya tjänsterna kunde tillsättas först i "
             "oktober, samtidigt som många patienter från en privat mottagning som stängde sökte sig till kliniken")
D_MEASURES = [
    "Tandhygienister tar över fler undersökningar av vuxna med friska tänder.",
    "Patienter i kö i norra länsdelen erbjuds tid i Fagerås eller Lidvik.",
    "Revisionsintervallen för vuxna med låg risk förlängs till 24 månader.",
    "Två nya tandläkartjänster inrättas i Hjälmby från 1 september 2027.",
]


def d_total(c):
    return sum(c[2:6])


def d_cells(c):
    return [c[1]] + [g(v) for v in c[2:6]] + [g(d_total(c)), g(c[6])]


def d_text(c):
    return " ".join(d_cells(c))


def d_group_rows(grp):
    return [c for c in D_CLINICS if c[0] == grp]


def d_sum(rows):
    return [sum(c[k] for c in rows) for k in (2, 3, 4, 5)] + [sum(d_total(c) for c in rows),
                                                              sum(c[6] for c in rows)]


def d_group_sum_cells(grp):
    return [f"Summa {grp[0].lower() + grp[1:]}"] + [g(v) for v in d_sum(d_group_rows(grp))]


def d_total_cells():
    return ["Folktandvården totalt"] + [g(v) for v in d_sum(D_CLINICS)]


def d_age(y):
    s = d_sum(D_CLINICS)
    if y == 2026:
        return s[:4]
    return D_AGE_2025 + [s[5] - sum(D_AGE_2025)]


def d_wait_cells(c):
    return [c[1], g(c[9]), g(c[7]), g(c[8]), g(D_TARGET), g(c[8] - D_TARGET, plus=True)]


def d_wait_text(c):
    return " ".join(d_wait_cells(c))


def d_wait_total_cells():
    q = sum(c[9] for c in D_CLINICS)
    return ["Folktandvården totalt", g(q), g(D_WAIT_ALL[0]), g(D_WAIT_ALL[1]), g(D_TARGET),
            g(D_WAIT_ALL[1] - D_TARGET, plus=True)]


def d_econ_rows():
    res = tuple(r1(sum(r[k] for r in D_ECON)) for k in (1, 2, 3))
    return list(D_ECON) + [("Resultat",) + res]


def d_econ_cells(r):
    return [r[0], d1(r[1]), d1(r[2]), d1(r[2] - r[1], plus=True), d1(r[3])]


def d_econ_text(r):
    return " ".join(d_econ_cells(r))


def d_sentences():
    res = d_econ_rows()[-1]
    s = d_sum(D_CLINICS)
    young = s[0] + s[1]
    q = sum(c[9] for c in D_CLINICS)
    return [
        f"Folktandvården i Region Vindmark hade {g(s[4])} revisionspatienter vid utgången av 2026, vilket är "
        f"{g(s[4] - s[5])} fler än ett år tidigare, då de var {g(s[5])}.",
        f"Av patienterna var {g(young)} barn och unga vuxna till och med 23 år, som får avgiftsfri tandvård.",
        f"Väntetiden till första undersökning för nya vuxna patienter var i median {D_WAIT_ALL[1]} veckor, mot "
        f"{D_WAIT_ALL[0]} veckor 2025 och målet på högst {D_TARGET} veckor.",
        f"Den 31 december 2026 väntade {g(q)} personer på sin första tid.",
        f"Resultatet blev {d1(res[2])} mnkr, jämfört med ett budgeterat underskott på {d1(res[1])} mnkr.",
    ]


# =====================================================================================================
# (e) Forsvalla kommun – samhällsbyggnadsnämnden: planbesked och detaljplaner, lägesrapport 2026
# =====================================================================================================
E_DNR = "SBN 2027/9"
E_DATE = D(2027, 2, 9)
E_CHIEF = ("Henrik Vestin", "samhällsbyggnadschef")
E_PLAN = ("Linnea Fahlén", "planchef")
E_STAGES = ["Uppdrag", "Samråd", "Granskning", "Antagen", "Laga kraft"]
E_STATUS = E_STAGES + ["Överklagad"]
# (nr, plan, purpose, district, dwellings (0 = none), status, date of the latest decision)
E_PLANS = [
    (1, "Hjorten 3, centrumkvarteret", "Bostäder och handel i fyra till sex våningar", "Centrum", 120, "Laga kraft",
     D(2026, 3, 18)),
    (2, "Vildgåsen 1 och 2", "Flerbostadshus på en tidigare parkering", "Centrum", 64, "Antagen", D(2026, 11, 24)),
    (3, "Lodjuret 5, förskola", "Förskola med åtta avdelningar", "Vännby", 0, "Granskning", D(2026, 10, 6)),
    (4, "Vesslan 2", "Radhus och parhus", "Lövsta", 38, "Samråd", D(2026, 9, 15)),
    (5, "Fasanen 4 m.fl.", "Villatomter i befintligt villaområde", "Fornby", 16, "Laga kraft", D(2026, 5, 27)),
    (6, "Hermelinen 7", "Flerbostadshus i fem våningar", "Centrum", 85, "Överklagad", D(2026, 6, 16)),
    (7, "Laxen 9, kajen", "Bostäder, kontor och gästhamn", "Hagnäs", 240, "Granskning", D(2026, 12, 1)),
    (8, "Fiskaren 1", "Bostäder på den gamla fiskhallens tomt", "Hagnäs", 130, "Samråd", D(2026, 11, 3)),
    (9, "Hovslagaren 6, verksamheter", "Mark för lager och lätt industri", "Lövsta", 0, "Laga kraft",
     D(2026, 8, 25)),
    (10, "Lokföraren 2", "Bostäder vid resecentrum", "Centrum", 56, "Uppdrag", D(2026, 4, 14)),
    (11, "Vävstolen 3", "Trygghetsboende och lokaler", "Vännby", 44, "Laga kraft", D(2026, 2, 10)),
    (12, "Ladugårdsängen etapp 1", "Ny stadsdel med blandad bebyggelse", "Vännby", 180, "Antagen",
     D(2026, 12, 8)),
    (13, "Ladugårdsängen etapp 2", "Fortsatt utbyggnad av stadsdelen", "Vännby", 210, "Uppdrag", D(2026, 5, 19)),
    (14, "Lönnhagen", "Småhus och flerbostadshus kring en park", "Vännby", 96, "Granskning", D(2026, 9, 29)),
    (15, "Hemmingstorp", "Småhusområde på jordbruksmark", "Vännby", 150, "Samråd", D(2026, 6, 2)),
    (16, "Vägmästaren 4", "Flerbostadshus på en tidigare bensinstation", "Lövsta", 28, "Laga kraft",
     D(2026, 1, 27)),
    (17, "Fältskären 1", "Bostäder och vårdcentral", "Fornby", 72, "Samråd", D(2026, 10, 20)),
    (18, "Lejonet 8", "Påbyggnad av ett bostadshus", "Centrum", 40, "Granskning", D(2026, 11, 17)),
    (19, "Vitsippan 5", "Parhus på en kommunal tomt", "Lövsta", 24, "Uppdrag", D(2026, 8, 11)),
    (20, "Hagtornet 2, äldreboende", "Särskilt boende med 60 lägenheter", "Fornby", 60, "Antagen",
     D(2026, 12, 15)),
    (21, "Lindhaga etapp 1", "Flerbostadshus och förskola", "Fornby", 110, "Laga kraft", D(2026, 4, 28)),
    (22, "Lindhaga etapp 2", "Småhus och flerbostadshus", "Fornby", 95, "Uppdrag", D(2026, 10, 27)),
    (23, "Vattentornet, Hagnäs", "Utsiktsplats och ny gång- och cykelväg", "Hagnäs", 0, "Samråd", D(2026, 3, 3)),
    (24, "Fasanen 9", "Villatomter", "Fornby", 12, "Uppdrag", D(2026, 12, 15)),
    (25, "Hjorten 8", "Bostäder ovanpå en befintlig butik", "Centrum", 34, "Laga kraft", D(2026, 9, 8)),
    (26, "Lokstallet, Hagnäs", "Kulturverksamhet i det gamla lokstallet", "Hagnäs", 0, "Uppdrag", D(2026, 2, 24)),
]
E_BREAK_AFTER = 22
# planbesked 2025 and 2026: (label, 2025, 2026)
E_PB = [("Inkomna ansökningar", 23, 19), ("Positiva planbesked", 17, 14), ("Negativa planbesked", 4, 3),
        ("Ej avgjorda vid årets slut", 2, 2), ("Handläggningstid, veckor (median)", 11, 13)]
E_ADOPTED_2025 = (7, 388)              # plans adopted in 2025, dwellings
E_GOAL = 450                           # dwellings per year in adopted plans, the housing programme's goal
E_PASSAGE = ("grannar överklagade beslutet eftersom de nya husen i fem våningar skulle skugga deras gårdar, och "
             "mark- och miljödomstolen har ännu inte prövat överklagandet")
E_PRIORITIES = [
    "Ladugårdsängen etapp 2 och Lindhaga etapp 2, som tillsammans ger drygt 300 bostäder.",
    "Laxen 9 vid kajen, där granskningen avslutas i februari.",
    "Detaljplaner för förskolor och skolor i Vännby och Fornby.",
    "Verksamhetsmark vid Hovslagaren, där marken nu är färdig att säljas.",
]


def e_cells(p):
    return [str(p[0]), p[1], p[2], p[3], g(p[4]) if p[4] else "–", "", p[5], p[6].isoformat()]


def e_text(p):
    return " ".join(c for c in e_cells(p) if c)


def e_adopted_2026():
    """Plans adopted during 2026 (status Antagen, Laga kraft or appealed after adoption)."""
    return [p for p in E_PLANS if p[5] in ("Antagen", "Laga kraft", "Överklagad")]


def e_sentences():
    ad = e_adopted_2026()
    n_dw = sum(p[4] for p in ad)
    pb = {lab: (a, b) for lab, a, b in E_PB}
    return [
        f"Under 2026 antogs {len(ad)} detaljplaner med sammanlagt {g(n_dw)} bostäder, jämfört med "
        f"{E_ADOPTED_2025[0]} planer och {g(E_ADOPTED_2025[1])} bostäder 2025.",
        f"Målet i bostadsförsörjningsprogrammet är att planer för {g(E_GOAL)} bostäder ska antas varje år.",
        f"Nämnden tog emot {pb['Inkomna ansökningar'][1]} ansökningar om planbesked under året, mot "
        f"{pb['Inkomna ansökningar'][0]} året innan.",
        f"Vid årsskiftet pågick arbetet med {sum(1 for p in E_PLANS if p[5] in ('Uppdrag', 'Samråd', 'Granskning'))} "
        f"detaljplaner som ännu inte har antagits.",
    ]


# =====================================================================================================
# (f) Lervåla kommun – kultur- och fritidsnämnden: bibliotekens verksamhetsberättelse 2026 (the visitors and
#     opening hours per branch are the SCANNED page 3: a spreadsheet printout)
# =====================================================================================================
F_DNR = "KFN 2027/6"
F_DATE = D(2027, 2, 23)
F_CHIEF = ("Frida Lövgren", "bibliotekschef")
F_STAT = ("Hugo Vall", "bibliotekarie")
F_MEDIA = ["Böcker, vuxna", "Böcker, barn och unga", "Ljudböcker", "Film", "Övrigt"]
# (branch, loans 2026: books adults, books children, audio books, film, other; total loans 2025)
F_LOANS = [
    ("Huvudbiblioteket", 61240, 48930, 6410, 2880, 4150, 126900),
    ("Vikhults bibliotek", 14380, 16720, 1240, 610, 820, 31450),
    ("Falkeby bibliotek", 9860, 12140, 890, 420, 560, 22980),
    ("Lillbo bibliotek", 4120, 5310, 380, 190, 240, 11060),
    ("Hedbrunna bibliotek", 8450, 10280, 760, 350, 470, 19840),
    ("Lövsunda bibliotek", 3280, 4050, 290, 140, 180, 8410),
    ("Bokbussen", 5670, 9840, 420, 0, 130, 15720),
]
F_E_LOANS = (33910, 38420)          # e-books and e-audiobooks, 2025, 2026
F_EVENTS = (548, 612)               # programme events 2025, 2026
F_INHAB = 23870                     # inhabitants 31 Dec 2026
# the scanned spreadsheet: (branch, visits 2025, visits 2026, staffed hours per week, self-service hours per week)
F_VISITS = [
    ("Huvudbiblioteket", 148620, 141380, 52, 0),
    ("Vikhults bibliotek", 38410, 45260, 26, 45),
    ("Falkeby bibliotek", 29870, 33150, 18, 53),
    ("Lillbo bibliotek", 12640, 11920, 14, 0),
    ("Hedbrunna bibliotek", 24330, 26940, 21, 40),
    ("Lövsunda bibliotek", 9780, 9310, 17, 0),
    ("Bokbussen", 11250, 11480, 33, 0),
]
F_SCAN_TITLE = "Besök och öppettider per bibliotek 2026"
F_SCAN_HEADER = "Lervåla kommun, biblioteken – statistik 2026"
F_SCAN_COLS = ["Bibliotek", "Besök 2025", "Besök 2026", "Förändring, %", "Bemannat, tim/vecka",
               "Meröppet, tim/vecka", "Totalt, tim/vecka"]
F_SCAN_NOTES = ["Besök räknas med besöksräknare vid entrén. Bokbussen: besök vid hållplatserna.",
                "Meröppet = biblioteket är öppet med lånekort och kod utan personal.",
                "Öppettider enligt schemat för hösten 2026."]
F_SCAN_FOOT = ["Blad: Besök 2026", "Sida 1 av 1", "Uppdaterad 2027-01-12 av H. Vall"]
F_SCAN_PEN = ["Bilaga 1"]
F_GOALS = [
    ("Fler ska hitta till biblioteken",
     ["meröppet införs i Lillbo under hösten 2027",
      "bokbussen får nya hållplatser vid skolorna i Lövsunda"]),
    ("Läsfrämjande för barn och unga",
     ["alla förskoleklasser besöker biblioteket minst en gång per termin",
      "sommarlovsläsning med bokpaket till fritidshemmen"]),
    ("Digital delaktighet",
     ["drop-in med hjälp för e-legitimation och digitala tjänster varje vecka på Huvudbiblioteket"]),
]


def f_total(b):
    return sum(b[1:6])


def f_cells(b):
    return [b[0]] + [g(v) if v else "–" for v in b[1:6]] + [g(f_total(b)), g(b[6])]


def f_text(b):
    return " ".join(f_cells(b))


def f_sum():
    s = [sum(b[k] for b in F_LOANS) for k in range(1, 6)]
    return s + [sum(s), sum(b[6] for b in F_LOANS)]


def f_e_cells():
    return ["E-medier¹", "", "", "", "", "", g(F_E_LOANS[1]), g(F_E_LOANS[0])]


def f_total_cells():
    s = f_sum()
    return ["Samtliga bibliotek"] + [g(v) for v in s[:5]] + [g(s[5] + F_E_LOANS[1]), g(s[6] + F_E_LOANS[0])]


def f_sentences():
    s = f_sum()
    phys26, phys25 = s[5], s[6]
    tot26, tot25 = phys26 + F_E_LOANS[1], phys25 + F_E_LOANS[0]
    return [
        f"Biblioteken lånade ut {g(tot26)} medier under 2026, vilket är {g(tot26 - tot25)} fler än under 2025, då "
        f"utlånen var {g(tot25)}.",
        f"De fysiska utlånen minskade till {g(phys26)} från {g(phys25)}, medan lånen av e-böcker och e-ljudböcker "
        f"ökade till {g(F_E_LOANS[1])} från {g(F_E_LOANS[0])}.",
        f"Det motsvarar {d1(tot26 / F_INHAB)} lån per invånare, mot {d1(tot25 / F_INHAB)} året innan.",
        f"Biblioteken ordnade {F_EVENTS[1]} programaktiviteter som sagostunder, författarbesök och språkcaféer, mot "
        f"{F_EVENTS[0]} under 2025.",
    ]


def f_change(v):
    return pct(v[2], v[1])


def f_scan_cells(v):
    return [v[0], g(v[1]), g(v[2]), d1(f_change(v), plus=True), g(v[3]), g(v[4]) if v[4] else "–",
            g(v[3] + v[4])]


def f_scan_sum():
    s = [sum(v[k] for v in F_VISITS) for k in (1, 2, 3, 4)]
    return s


def f_scan_sum_cells():
    s = f_scan_sum()
    return ["Summa", g(s[0]), g(s[1]), d1(pct(s[1], s[0]), plus=True), g(s[2]), g(s[3]), g(s[2] + s[3])]


def f_scan_rows():
    return [f_scan_cells(v) for v in F_VISITS] + [f_scan_sum_cells()]


def f_scan_grid():
    """The cells of the spreadsheet as printed: {row number: [cell texts]} (row 1 title, row 3 headings)."""
    grid = {1: [F_SCAN_TITLE], 3: list(F_SCAN_COLS)}
    for i, r in enumerate(f_scan_rows()[:-1]):
        grid[4 + i] = r
    grid[4 + len(F_VISITS)] = f_scan_sum_cells()
    n0 = 6 + len(F_VISITS)
    for i, t in enumerate(F_SCAN_NOTES):
        grid[n0 + i] = [t]
    return grid


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give): the print header, the
    spreadsheet rows with their row numbers, the print footer and the pen note."""
    parts = [F_SCAN_HEADER, " ".join("ABCDEFG")]
    for n, cells in sorted(f_scan_grid().items()):
        parts.append(f"{n} " + " ".join(c for c in cells if c))
    parts += F_SCAN_FOOT + F_SCAN_PEN
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += [c for c in r[1:] if c != "–"]
    return out
