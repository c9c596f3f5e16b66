"""Table rows, list items and text of the six synthetic20 documents. The build scripts draw from these and check.py
recomputes the expected items of every list question from them. Derived values are computed here: the value sums
per förvaltning, the number of procurements decided by the kommunstyrelse and the advertising quarters (a); the
age of every open motion and citizen proposal at the balance date, the counts per kind, per body and over one
year, and the printed inkom dates in two formats (b); the yearly totals, the month totals and the change against
the previous year per library (c); the trend mark of every public-health indicator from its rule, the
improved / worse / unchanged counts and the comparison with the national value (d); the investment and operating
cost sums and the projects per completion year (e); the investment calculation, the milestones and the text of
the scanned protocol page (f), whose facts check.py verifies against this file because that page has no text
layer."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MON_SHORT = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]


def grp(n):
    """12500 -> '12 500', -1250 -> '−1 250'."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return ("\u2212" + s) if n < 0 else s


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


# ---------------------------------------------------------------- (a) Wedelsta, upphandlingsplan 2027
# förvaltning -> rows (nr, upphandling, beräknat värde tkr for the whole period incl. options, avtalsperiod,
# planned advertising (year, quarter), status, ansvarig enhet)
A_GROUPS = [
    ("Kommunledningsförvaltningen", [
        ("U27-01", "Företagshälsovård", 4800, "24 mån + 2 × 12 mån", (2027, 1), "Förstudie", "HR-avdelningen"),
        ("U27-02", "Telefoni och mobila tjänster", 9600, "36 mån + 12 mån", (2027, 2), "Planerad", "IT-enheten"),
        ("U27-03", "Tryck- och kopieringstjänster", 1850, "24 mån + 12 mån", (2027, 3), "Planerad", "Kansliet"),
        ("U27-04", "Sakkunnigt biträde åt de förtroendevalda revisorerna", 3200, "48 mån", (2027, 4), "Planerad",
         "Kansliet"),
    ]),
    ("Samhällsbyggnadsförvaltningen", [
        ("U27-05", "Vinterväghållning, Wedelsta tätort", 28400, "36 mån + 2 × 12 mån", (2027, 2), "Pågår",
         "Gatuenheten"),
        ("U27-06", "Vinterväghållning, Jällsta och Pirkby", 12600, "36 mån + 2 × 12 mån", (2027, 2), "Pågår",
         "Gatuenheten"),
        ("U27-07", "Ombyggnad av Pirkby reningsverk, totalentreprenad", 46000, "Engångsköp", (2027, 3), "Förstudie",
         "VA-enheten"),
        ("U27-08", "Slamtömning av enskilda avlopp", 5400, "24 mån + 2 × 12 mån", (2027, 1), "Annonserad",
         "Avfallsenheten"),
        ("U27-09", "Gång- och cykelväg Jällsta–Wedelsta, markentreprenad", 7900, "Engångsköp", (2027, 2),
         "Planerad", "Gatuenheten"),
        ("U27-10", "Gatubelysning, byte till LED-armaturer", 6300, "Engångsköp", (2027, 4), "Planerad",
         "Gatuenheten"),
    ]),
    ("Barn- och utbildningsförvaltningen", [
        ("U27-11", "Skolskjutsar", 38400, "48 mån + 2 × 12 mån", (2028, 1), "Förstudie", "Skolskjutsenheten"),
        ("U27-12", "Digitala läromedel", 4200, "24 mån + 12 mån", (2027, 1), "Annonserad", "Skolutveckling"),
        ("U27-13", "Elevdatorer, leasing", 14800, "36 mån", (2027, 2), "Pågår", "IT-enheten"),
        ("U27-14", "Modulbyggnad för förskolan Vallgläntan, hyra", 6900, "60 mån", (2027, 3), "Planerad",
         "Lokalenheten"),
        ("U27-15", "Skolläkartjänster", 1200, "24 mån + 12 mån", (2027, 4), "Planerad", "Elevhälsan"),
    ]),
    ("Vård- och omsorgsförvaltningen", [
        ("U27-16", "Trygghetslarm och larmmottagning", 8200, "36 mån + 12 mån", (2027, 2), "Pågår", "Hemtjänsten"),
        ("U27-17", "Bemanning av sjuksköterskor", 11500, "24 mån + 12 mån", (2027, 3), "Planerad",
         "Hälso- och sjukvårdsenheten"),
        ("U27-18", "Inkontinenshjälpmedel", 3900, "24 mån + 2 × 12 mån", (2027, 4), "Planerad",
         "Hälso- och sjukvårdsenheten"),
        ("U27-19", "Matdistribution till hemtjänstens brukare", 2700, "24 mån + 12 mån", (2027, 1), "Annonserad",
         "Hemtjänsten"),
        ("U27-20", "Arbetskläder för vård och omsorg", 1450, "36 mån", (2027, 2), "Vilande", "Äldreomsorgen"),
    ]),
    ("Serviceförvaltningen", [
        ("U27-21", "Livsmedel och dagligvaror", 52000, "24 mån + 2 × 12 mån", (2027, 2), "Pågår", "Kostenheten"),
        ("U27-22", "Städtjänster i skolor och förskolor", 21600, "36 mån + 12 mån", (2027, 3), "Förstudie",
         "Lokalvårdsenheten"),
        ("U27-23", "Leasing av personbilar", 7200, "36 mån", (2027, 4), "Planerad", "Fordonsenheten"),
        ("U27-24", "Drivmedel", 4600, "24 mån + 2 × 12 mån", (2028, 1), "Planerad", "Fordonsenheten"),
    ]),
]
A_KS_LIMIT = 10000       # over this value the kommunstyrelse decides to start the procurement (tkr)
A_DIREKT = 700           # direktupphandlingsgräns (tkr)
A_STATUSES = ["Förstudie", "Planerad", "Annonserad", "Pågår", "Vilande"]
A_PLAN_2026 = (21, 17)   # last year's plan: planned / carried out


def a_rows():
    return [(g, r) for g, rows in A_GROUPS for r in rows]


def a_quarter(r):
    return f"kv {r[4][1]} {r[4][0]}"


def a_sum(g=None):
    return sum(r[2] for gg, r in a_rows() if g is None or gg == g)


def a_ks(g=None):
    return sum(1 for gg, r in a_rows() if (g is None or gg == g) and r[2] > A_KS_LIMIT)


def a_status_counts():
    return {s: sum(1 for _, r in a_rows() if r[5] == s) for s in A_STATUSES}


# ---------------------------------------------------------------- (b) Ivringe, ärendebalans per 2026-04-30
B_BALANS = _dt.date(2026, 4, 30)
# (diarienummer, kind M = motion / F = medborgarförslag, title, author, inkom (y, m, d), format iso|txt,
#  remitterad till ("–" = not yet remitted), status)
B_ROWS = [
    ("KS 2025/041", "M", "Motion om avgiftsfri kollektivtrafik för pensionärer under lågtrafiktid",
     "Per Vikström (V)", (2025, 2, 10), "txt", "Tekniska nämnden", "Remiss besvarad"),
    ("KS 2025/077", "M", "Motion om att inrätta en fritidsbank i Ivringe", "Cecilia Palm (C)", (2025, 3, 17), "iso",
     "Kultur- och fritidsnämnden", "Beslutsförslag klart"),
    ("KS 2025/118", "M", "Motion om skolgårdar som klarar värmeböljor med mer grönska och skugga",
     "Jonas Wik (MP)", (2025, 4, 22), "txt", "Barn- och utbildningsnämnden", "Under beredning"),
    ("KS 2025/164", "M", "Motion om kameraövervakning vid resecentrum i Ivringe", "Ingemar Jarl (M)", (2025, 6, 9),
     "iso", "Kommunstyrelsen", "Under beredning"),
    ("KS 2025/203", "M", "Motion om sommarlovsentreprenörer för unga 15–18 år", "Paula Vinge (S)", (2025, 8, 25),
     "txt", "Kommunstyrelsen", "Remiss besvarad"),
    ("KS 2025/241", "M", "Motion om fler laddplatser för elbilar vid kommunens arbetsplatser",
     "Conny Westin (L)", (2025, 9, 29), "iso", "Tekniska nämnden", "Under beredning"),
    ("KS 2025/266", "M", "Motion om att utreda en ny simhall i Jursta", "Viktor Ilstam (KD)", (2025, 10, 20), "txt",
     "Kultur- och fritidsnämnden", "Under beredning"),
    ("KS 2025/290", "M", "Motion om läxhjälp på alla skolor i kommunen", "Wilma Carlsson (S)", (2025, 11, 3), "iso",
     "Barn- och utbildningsnämnden", "Remiss besvarad"),
    ("KS 2025/318", "M", "Motion om trygghetsvandringar i alla kommundelar", "Ingemar Jarl (M)", (2025, 11, 24),
     "txt", "Socialnämnden", "Remitterad"),
    ("KS 2026/012", "M", "Motion om att halvera matsvinnet i skolor och på äldreboenden", "Petra Carlén (C)",
     (2026, 1, 19), "iso", "Barn- och utbildningsnämnden", "Remitterad"),
    ("KS 2026/038", "M", "Motion om avgiftsfria mensskydd på kommunens högstadieskolor", "Jonas Wik (MP)",
     (2026, 2, 16), "txt", "Barn- och utbildningsnämnden", "Remitterad"),
    ("KS 2026/061", "M", "Motion om ett äldreombud för invånare över 75 år", "Per Vikström (V)", (2026, 3, 14),
     "iso", "Socialnämnden", "Remitterad"),
    ("KS 2026/074", "M", "Motion om solceller på kommunens fastigheter", "Conny Westin (L)", (2026, 3, 30), "txt",
     "Tekniska nämnden", "Remitterad"),
    ("KS 2026/088", "M", "Motion om en inhägnad hundrastgård i Visslebacken", "Wilma Carlsson (S)", (2026, 4, 20),
     "iso", "–", "Ej remitterad"),
    ("KS 2024/402", "F", "Medborgarförslag om belysning längs gångvägen runt Pellesjön", "Invånare i Jursta",
     (2024, 11, 28), "txt", "Tekniska nämnden", "Vilande"),
    ("KS 2025/055", "F", "Medborgarförslag om ett utegym i Jursta", "Invånare i Jursta", (2025, 3, 3), "iso",
     "Kultur- och fritidsnämnden", "Beslutsförslag klart"),
    ("KS 2025/139", "F", "Medborgarförslag om farthinder på Wikavägen vid förskolan", "Invånare i Ivringe",
     (2025, 5, 12), "txt", "Tekniska nämnden", "Remiss besvarad"),
    ("KS 2025/188", "F", "Medborgarförslag om längre öppettider på biblioteket i Ivringe på helger",
     "Invånare i Ivringe", (2025, 7, 7), "iso", "Kultur- och fritidsnämnden", "Under beredning"),
    ("KS 2025/225", "F", "Medborgarförslag om en badbrygga anpassad för rullstol vid Vidsjön",
     "Invånare i Ivringe", (2025, 9, 8), "txt", "Kultur- och fritidsnämnden", "Remitterad"),
    ("KS 2025/279", "F", "Medborgarförslag om en pumptrackbana i Ivringe centrum", "Invånare i Ivringe",
     (2025, 10, 27), "iso", "Kultur- och fritidsnämnden", "Under beredning"),
    ("KS 2025/301", "F", "Medborgarförslag om fler papperskorgar längs Ivringeån", "Invånare i Ivringe",
     (2025, 11, 17), "txt", "Tekniska nämnden", "Remitterad"),
    ("KS 2026/019", "F", "Medborgarförslag om ett seniorcafé i Jursta", "Invånare i Jursta", (2026, 1, 26), "iso",
     "Socialnämnden", "Remitterad"),
    ("KS 2026/044", "F", "Medborgarförslag om skolskjuts för elever som bor vid Pellesjön", "Invånare i Jursta",
     (2026, 2, 23), "txt", "Barn- och utbildningsnämnden", "Remiss besvarad"),
    ("KS 2026/069", "F", "Medborgarförslag om att namnge den nya parken vid Ivringeån", "Invånare i Ivringe",
     (2026, 3, 24), "iso", "–", "Ej remitterad"),
]
B_BODIES = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden", "Socialnämnden",
            "Tekniska nämnden", "–"]
# answered since the previous report (2025-10-31): (diarienummer, title, KF date, outcome)
B_ANSWERED = [
    ("KS 2024/311", "Motion om fler lekplatser i Jursta", "2025-11-24 § 118", "bifallen"),
    ("KS 2024/356", "Medborgarförslag om övergångsställe vid Wikaskolan", "2025-11-24 § 119", "avslaget"),
    ("KS 2025/012", "Motion om sänkt taxa för föreningar i idrottshallarna", "2026-01-26 § 4", "avslagen"),
    ("KS 2025/029", "Motion om ungdomsråd", "2026-02-23 § 21", "besvarad"),
    ("KS 2025/090", "Medborgarförslag om en sommarscen vid Vidsjön", "2026-03-30 § 37", "bifallet"),
]


def b_date(r):
    return _dt.date(*r[4])


def b_datestr(r):
    d = b_date(r)
    return d.isoformat() if r[5] == "iso" else f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def b_age(r):
    """Full months from inkom to the balance date."""
    d = b_date(r)
    m = (B_BALANS.year - d.year) * 12 + B_BALANS.month - d.month
    if B_BALANS.day < d.day:
        m -= 1
    return m


def b_old(r):
    d = b_date(r)
    return _dt.date(d.year + 1, d.month, d.day) < B_BALANS


def b_counts():
    mot = [r for r in B_ROWS if r[1] == "M"]
    mf = [r for r in B_ROWS if r[1] == "F"]
    return dict(mot=len(mot), mf=len(mf), tot=len(B_ROWS), mot_old=sum(map(b_old, mot)),
                mf_old=sum(map(b_old, mf)), ej_rem=sum(1 for r in B_ROWS if r[6] == "–"),
                oldest=min(B_ROWS, key=b_date))


def b_per_body(body):
    m = sum(1 for r in B_ROWS if r[6] == body and r[1] == "M")
    f = sum(1 for r in B_ROWS if r[6] == body and r[1] == "F")
    return m, f, m + f


# ---------------------------------------------------------------- (c) Pråmhult, biblioteksstatistik 2026
# library -> (visits per month 2026, None = closed), visits 2025; loans per month 2026, loans 2025
C_LIBS = ["Huvudbiblioteket", "Idevik", "Wiksjö", "Calmby", "Vretby", "Jularp", "Bokbussen"]
C_VISITS = {
    "Huvudbiblioteket": [11516, 11867, 12798, 11637, 10461, 8738, 6303, 9788, 12322, 12617, 12586, 10758],
    "Idevik": [2180, 2347, 2672, 2283, 2135, 1736, 1294, 1904, 2491, 2711, 2685, 2102],
    "Wiksjö": [1666, 1843, 1867, 1686, 1631, 1380, 931, 1511, 1857, 1971, 1900, 1644],
    "Calmby": [1388, 1370, 1469, 1288, 1316, 1023, 707, 1159, 1495, 1571, 1484, 1258],
    "Vretby": [965, 1003, 1044, 1011, 963, 762, 551, 825, 1044, 1088, 1113, 891],
    "Jularp": [812, 902, 951, 794, 822, None, None, None, 858, 978, 920, 774],
    "Bokbussen": [556, 562, 615, 514, 524, 399, None, 452, 578, 600, 625, 473],
}
C_VISITS_2025 = {"Huvudbiblioteket": 127840, "Idevik": 27105, "Wiksjö": 18962, "Calmby": 15877, "Vretby": 10940,
                 "Jularp": 10512, "Bokbussen": 6034}
C_LOANS = {
    "Huvudbiblioteket": [9084, 9394, 10656, 9221, 8605, 6909, 4953, 7943, 9788, 10453, 10860, 8648],
    "Idevik": [1968, 2110, 2214, 2018, 1956, 1546, 1084, 1694, 2213, 2421, 2434, 1920],
    "Wiksjö": [1531, 1540, 1679, 1576, 1476, 1240, 877, 1285, 1678, 1778, 1797, 1368],
    "Calmby": [1142, 1277, 1299, 1236, 1120, 941, 637, 956, 1302, 1338, 1397, 1104],
    "Vretby": [838, 917, 946, 884, 827, 630, 448, 737, 887, 1033, 915, 794],
    "Jularp": [692, 713, 778, 697, 653, None, None, None, 740, 770, 797, 658],
    "Bokbussen": [647, 715, 731, 646, 654, 532, None, 536, 751, 759, 773, 595],
}
C_LOANS_2025 = {"Huvudbiblioteket": 109230, "Idevik": 22870, "Wiksjö": 18410, "Calmby": 13102, "Vretby": 9645,
                "Jularp": 8730, "Bokbussen": 7012}
C_CLOSED = {"Jularp": "stängt", "Bokbussen": "–"}   # how a closed month is printed


def c_tot(table, lib):
    return sum(v for v in table[lib] if v)


def c_month_tot(table, m):
    return sum(table[l][m] or 0 for l in C_LIBS)


def c_all(table):
    return sum(c_tot(table, l) for l in C_LIBS)


def c_change(table, prev, lib=None):
    now = c_all(table) if lib is None else c_tot(table, lib)
    before = sum(prev.values()) if lib is None else prev[lib]
    return r1(100 * (now - before) / before)


def c_max_month(table, lib):
    vals = table[lib]
    return max(range(12), key=lambda m: vals[m] or 0)


# ---------------------------------------------------------------- (d) Jorsvik, folkhälsobokslut 2026
D_YEARS = [2021, 2023, 2025]
# area -> indicators (name, better "low"/"high", {year: (kvinnor, män, totalt, länet, riket)}, tolkning);
# kvinnor/män None = no split by sex (printed "..")
D_AREAS = [
    ("1 Levnadsvanor", [
        ("Andel som röker dagligen, %", "low",
         {2021: (8.4, 7.1, 7.8, 7.2, 6.4), 2023: (7.6, 6.8, 7.2, 6.6, 5.9), 2025: (6.1, 6.5, 6.3, 6.0, 5.5)},
         "Rökningen minskar, tydligast bland kvinnor, men ligger fortfarande över länet och riket."),
        ("Andel med riskabla alkoholvanor, %", "low",
         {2021: (10.2, 17.8, 14.0, 13.1, 14.6), 2023: (11.0, 17.1, 14.1, 13.4, 14.2),
          2025: (11.2, 16.0, 13.6, 13.3, 13.9)},
         "Oförändrat totalt. Andelen ökar något bland kvinnor och minskar bland män."),
        ("Andel fysiskt aktiva minst 150 minuter per vecka, %", "high",
         {2021: (62.5, 60.1, 61.3, 63.8, 65.2), 2023: (64.0, 61.9, 63.0, 64.1, 65.9),
          2025: (66.8, 63.2, 65.0, 64.9, 66.4)},
         "Positiv utveckling sedan satsningen på spontanidrott och motionsspår 2022."),
        ("Andel med fetma (BMI 30 eller mer), %", "low",
         {2021: (16.9, 18.2, 17.6, 16.4, 15.8), 2023: (17.8, 19.5, 18.7, 17.0, 16.3),
          2025: (18.4, 20.9, 19.7, 17.6, 16.9)},
         "Ökar för båda könen och mest bland män; skillnaden mot riket har vuxit."),
    ]),
    ("2 Psykisk hälsa", [
        ("Andel med nedsatt psykiskt välbefinnande, %", "low",
         {2021: (21.4, 14.9, 18.2, 17.9, 18.6), 2023: (23.8, 15.2, 19.5, 18.4, 18.9),
          2025: (25.1, 14.6, 19.9, 18.6, 18.7)},
         "Ökningen gäller kvinnor, främst i åldern 16–29 år, där ensamhet och oro för ekonomin är vanligare än "
         "tidigare."),
        ("Andel med sömnbesvär, %", "low",
         {2021: (34.2, 24.6, 29.4, 28.8, 29.9), 2023: (33.5, 24.9, 29.2, 28.5, 29.6),
          2025: (33.4, 24.8, 29.1, 28.9, 29.3)},
         "Stabilt. Kvinnor har sömnbesvär betydligt oftare än män."),
        ("Andel elever i åk 9 som mår bra, %", "high",
         {2021: (57.9, 73.6, 65.8, 66.9, 68.1), 2023: (55.2, 72.8, 64.0, 66.1, 67.5),
          2025: (53.6, 71.9, 62.7, 65.4, 66.8)},
         "Minskar, särskilt bland flickor. Elevhälsans kartläggning pekar på skolstress och sociala medier."),
    ]),
    ("3 Uppväxt och utbildning", [
        ("Andel behöriga till gymnasiets yrkesprogram, %", "high",
         {2021: (88.6, 83.1, 85.8, 84.2, 85.6), 2023: (89.9, 85.0, 87.4, 84.9, 85.9),
          2025: (91.2, 86.4, 88.8, 85.3, 86.1)},
         "Förbättras stadigt efter arbetet med tidiga insatser i läsning och matematik."),
        ("Andel med gymnasieexamen inom fyra år, %", "high",
         {2021: (74.5, 66.0, 70.1, 71.8, 72.4), 2023: (75.1, 65.2, 70.0, 72.2, 72.9),
          2025: (75.8, 65.9, 70.7, 72.5, 73.1)},
         "I stort sett oförändrat; pojkarna ligger långt efter flickorna."),
        ("Andel barn i ekonomiskt utsatta hushåll, %", "low",
         {2021: (None, None, 12.8, 11.5, 11.1), 2023: (None, None, 12.1, 11.3, 11.0),
          2025: (None, None, 10.9, 11.0, 10.7)},
         "Minskar och ligger nu i nivå med länet."),
    ]),
    ("4 Arbete och försörjning", [
        ("Andel arbetslösa 16–64 år, %", "low",
         {2021: (7.9, 8.6, 8.3, 7.7, 8.0), 2023: (6.8, 7.4, 7.1, 6.9, 6.9), 2025: (6.5, 7.9, 7.2, 7.4, 7.6)},
         "Lägre än 2021 men en svag ökning bland män sedan 2023, när två industriföretag varslade."),
        ("Ohälsotal, dagar per invånare", "low",
         {2021: (31.2, 20.4, 25.7, 24.1, 23.6), 2023: (30.4, 19.8, 25.0, 23.7, 22.9),
          2025: (29.1, 19.5, 24.2, 23.5, 22.4)},
         "Minskar, men kvinnornas ohälsotal är fortfarande nästan dubbelt så högt som männens."),
    ]),
]
D_TREND_LIMIT = 1.0   # a change of at least this many units (percentage points or days) 2021–2025 gets an arrow


def d_indicators():
    return [(a, i) for a, inds in D_AREAS for i in inds]


def d_low_better(ind):
    return ind[1] in ("low", "low")


def d_change(ind):
    return r1(ind[2][2025][2] - ind[2][2021][2])


def d_trend(ind):
    ch = d_change(ind)
    return "↑" if ch >= D_TREND_LIMIT else ("↓" if ch <= -D_TREND_LIMIT else "→")


def d_verdict(ind):
    """förbättrad / försämrad / oförändrad, from the trend and the direction of the indicator."""
    t = d_trend(ind)
    if t == "→":
        return "oförändrad"
    up = t == "↑"
    return "försämrad" if up == d_low_better(ind) else "förbättrad"


def d_better_than_riket(ind):
    v = ind[2][2025]
    return v[2] < v[4] if d_low_better(ind) else v[2] > v[4]


def d_counts():
    v = [d_verdict(i) for _, i in d_indicators()]
    return v.count("förbättrad"), v.count("försämrad"), v.count("oförändrad")


# ---------------------------------------------------------------- (e) Carlsäter, lokalförsörjningsplan 2027–2031
# verksamhet -> projects (nr, objekt, behov, åtgärd, yta m², investering mnkr (None = ingen), förändrad
# driftkostnad tkr/år (signed), klart år)
E_GROUPS = [
    ("Förskola", [
        ("L1", "Villekullens förskola", "Kö i norra Carlsäter; 40 barn beräknas sakna plats 2028.",
         "Ny förskola med sex avdelningar som ersätter två tillfälliga paviljonger.", 1450, 58.0, 3200, 2028),
        ("L2", "Pilbackens förskola", "Fuktskador i källaren och otillräcklig ventilation.",
         "Renovering av två avdelningar och nytt ventilationssystem.", 620, 14.5, 150, 2027),
        ("L3", "Jungfruhagens förskola", "Barnantalet i området minskar och lokalerna är omoderna.",
         "Verksamheten avvecklas och barnen flyttar till Villekullen.", 480, None, -1100, 2028),
    ]),
    ("Grundskola", [
        ("L4", "Clarabergsskolan F–6", "Elevantalet väntas öka med 120 elever till 2030 och köket är för litet.",
         "Tillbyggnad med åtta klassrum och ett nytt tillagningskök.", 2300, 96.5, 2900, 2029),
        ("L5", "Wiboms skola 7–9", "Skolan från 1968 har brister i stomme, installationer och tillgänglighet.",
         "Den gamla skolan rivs och en ny skola för 540 elever byggs på samma tomt.", 7800, 312.0, 1800, 2031),
        ("L6", "Tillfälliga lokaler för Wiboms skola", "Eleverna behöver lokaler under byggtiden.",
         "Inhyrda paviljonger för åtta klasser på grusplanen vid Carlsvallen.", 900, 6.2, 2400, 2028),
    ]),
    ("Vård och omsorg", [
        ("L7", "Vintergatans särskilda boende", "Behovet av platser i särskilt boende ökar med 40 till 2030.",
         "Nytt boende med 60 platser som ersätter Jasminens 20 platser.", 4900, 182.0, 9600, 2030),
        ("L8", "Jasminens äldreboende", "Delade hygienutrymmen; lokalerna är inte ändamålsenliga.",
         "Avvecklas när Vintergatan öppnar; fastigheten säljs.", 1350, None, -2300, 2030),
        ("L9", "Gruppbostaden Vildrosen (LSS)", "Sex personer väntar på bostad med särskild service.",
         "Ny gruppbostad med sex lägenheter och gemensamhetsdel.", 620, 24.5, 1450, 2028),
        ("L10", "Hemtjänstens bas i västra Carlsäter",
         "Hemtjänstens två grupper i väster är trångbodda och saknar omklädningsrum.",
         "Båda grupperna samlas i inhyrda och ombyggda lokaler vid Pilbacken.", 560, 3.4, 620, 2027),
    ]),
    ("Idrott och kultur", [
        ("L11", "Carlsäters simhall", "Reningstekniken är uttjänt och bassängen läcker.",
         "Ny bassängduk och ny reningsteknik.", 2100, 48.0, -250, 2027),
        ("L12", "Carlsvallen, konstgräsplan", "Fler lag än det finns träningstider på naturgräsplanen.",
         "Ny konstgräsplan med belysning.", 7200, 12.8, 380, 2027),
        ("L13", "Ishallen", "Kylanläggningen använder ett köldmedium som ska fasas ut.",
         "Ny kylanläggning med värmeåtervinning till simhallen.", 3400, 18.6, -420, 2028),
        ("L14", "Idrottshall vid Wiboms skola", "Hallen används av skolan och 14 föreningar och är för liten.",
         "Ny fullstor hall som byggs tillsammans med den nya skolan.", 1900, 64.0, 2100, 2031),
        ("L15", "Kulturskolan i Pelarsalen", "Kulturskolan är i dag utspridd på fyra adresser.",
         "Det före detta biblioteket byggs om till samlade lokaler för kulturskolan.", 1100, 21.0, -600, 2029),
    ]),
]
E_AVVECKLAS = ["Jungfruhagens förskola, 480 m², 2028.", "Jasminens äldreboende, 1 350 m², 2030.",
               "Två tillfälliga paviljonger vid Villekullen, 2028.", "Kulturskolans fyra inhyrda lokaler, 2029.",
               "Hemtjänstens två nuvarande baser i väster, 2027."]
E_BARN = (1460, 1390)       # children 1–5 years 2026 / 2031
E_ALDRE = (2310, 3050)      # inhabitants 80+ 2026 / 2031


def e_projects():
    return [(g, p) for g, ps in E_GROUPS for p in ps]


def e_inv(g=None):
    return r1(sum(p[5] or 0 for gg, p in e_projects() if g is None or gg == g))


def e_drift():
    return sum(p[6] for _, p in e_projects())


# ---------------------------------------------------------------- (f) Vittarp, ny förskola Valnöten
F_PROPOSAL = (61.5, 17.0, 44.5)     # förvaltningens förslag: total, 2026, 2027 (mnkr)
F_SOLAR = (2.5, 1.5, 1.0)           # added by the kommunstyrelse: solar panels
F_DECIDED = tuple(r1(a + b) for a, b in zip(F_PROPOSAL, F_SOLAR))   # 64,0 / 18,5 / 45,5
F_HYRA = 4150                       # yearly rent for the barn- och utbildningsnämnd (tkr), decided by KS
F_PLATSER = 140
F_KALKYL = [("Totalentreprenad enligt anbud", 48960), ("Projektering och byggledning", 3380),
            ("Mark, ledningar och parkering", 3760), ("Inventarier och utrustning", 2900),
            ("Oförutsett", 2500)]
# milestones (what, printed date, sortable date)
F_TIDPLAN = [
    ("Bygglov beviljat", "2026-02-12", (2026, 2, 12)),
    ("Tilldelningsbeslut totalentreprenad", "20 mars 2026", (2026, 3, 20)),
    ("Byggstart", "2026-08-17", (2026, 8, 17)),
    ("Stomme och tak klara", "februari 2027", (2027, 2, 28)),
    ("Invändiga arbeten klara", "2027-10-29", (2027, 10, 29)),
    ("Slutbesiktning", "24 november 2027", (2027, 11, 24)),
    ("Inflyttning och start av verksamheten", "januari 2028", (2028, 1, 31)),
]
F_ALTERNATIV = [
    "Tillbyggnad av förskolan Jakobsdal med två avdelningar, vilket inte räcker för behovet i västra Vittarp.",
    "Fortsatt inhyrning av moduler, vilket ger höga hyror och är tillåtet endast till 2028 enligt bygglovet.",
    "Nybyggnad av förskolan Valnöten med sju avdelningar och 140 platser, som förvaltningen föreslår.",
]


def f_kalkyl_sum():
    return sum(v for _, v in F_KALKYL)


def fmt_mnkr(x):
    return f"{x:.1f}".replace(".", ",")


# The scanned page (p. 2): a protocol extract, rendered with PIL as an image without a text layer.
# (style, text): "h" heading, "p" paragraph, "att" att-clause, "kv" label<TAB>value, "sp" space, "sign" line
F_SCAN = [
    ("small", "VITTARPS KOMMUN\tPROTOKOLLSUTDRAG"),
    ("small", "Kommunstyrelsen\tSammanträdesdatum 2026-05-11"),
    ("rule", ""),
    ("h", "§ 112   Genomförandebeslut för ny förskola Valnöten i Jakobsdal"),
    ("small", "Dnr KS 2026/147"),
    ("sp", ""),
    ("b", "Ärendebeskrivning"),
    ("p", "Samhällsbyggnadsförvaltningen har på uppdrag av barn- och utbildningsnämnden upphandlat en "
          "totalentreprenad för en ny förskola med sju avdelningar i Jakobsdal. Förvaltningen föreslår i "
          f"tjänsteskrivelse 2026-04-20 en total investeringsutgift om {fmt_mnkr(F_PROPOSAL[0])} mnkr."),
    ("p", "Barn- och utbildningsnämnden tillstyrkte förslaget 2026-04-27, § 41."),
    ("b", "Yrkanden"),
    ("p", "Jenny Wallin (C) yrkar att förskolan ska förses med en solcellsanläggning på taket som beräknas "
          "minska driftkostnaderna med cirka 110 tkr per år, och att investeringsutgiften därför ska höjas "
          f"med {fmt_mnkr(F_SOLAR[0])} mnkr. Petter Castell (M) yrkar bifall till förvaltningens förslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer förvaltningens förslag mot Jenny Wallins ändringsyrkande och finner att "
          "kommunstyrelsen bifaller ändringsyrkandet."),
    ("b", "Beslut"),
    ("p", "Kommunstyrelsen beslutar"),
    ("att", "att godkänna genomförandet av ny förskola Valnöten med en total investeringsutgift om "
            f"{fmt_mnkr(F_DECIDED[0])} mnkr, inklusive solcellsanläggning,"),
    ("att", f"att investeringsutgiften fördelas med {fmt_mnkr(F_DECIDED[1])} mnkr år 2026 och "
            f"{fmt_mnkr(F_DECIDED[2])} mnkr år 2027,"),
    ("att", "att uppdra åt samhällsbyggnadsförvaltningen att teckna avtal med Westergrens Bygg AB,"),
    ("att", f"att barn- och utbildningsnämnden kompenseras för den ökade hyran, {grp(F_HYRA)} tkr per år, "
            "från och med budget 2028."),
    ("sp", ""),
    ("p", "Reservation: Petter Castell (M) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("sp", ""),
    ("small", "Justerandes sign\tUtdragsbestyrkande"),
    ("sign", "Ingela Wiklander\tCamilla Jernberg"),
    ("sp", ""),
    ("small", "Protokollet justerat 2026-05-15. Anslaget på kommunens anslagstavla 2026-05-18."),
]


def f_scan_text():
    """The text of the scanned page as one string (what an OCR would ideally read)."""
    out = []
    for style, t in F_SCAN:
        if t:
            out.append(t.replace("\t", " "))
    return "\n".join(out)
