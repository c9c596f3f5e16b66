"""The numbers, rows and list items of the six synthetic28 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (rates per 1 000 days,
weighted municipal values, changes, sums per committee, year and group, grand totals, cost per journey and subsidy
shares, counts per status, dwellings per adoption year, counts and the text of the scanned page) are computed here,
never typed twice."""
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
    """date -> '14 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n):
    """12500 -> '12 500' (normal space, as printed in tables); negative with '−'."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def gd(n):
    """table cell for an amount: 0 -> '–'"""
    return "–" if n == 0 else g(n)


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(r1(x)):.1f}".replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0 and s != "0,0":
        return "+" + s
    return s


def sgn(n):
    """signed integer: +3 / −3 / 0"""
    return ("+" + str(n)) if n > 0 else (MINUS + str(-n) if n < 0 else "0")


# =====================================================================================================
# (a) Båthälla kommun – kvalitetsuppföljning av särskilda boenden för äldre 2026
# =====================================================================================================
# (boende, utförare, platser, varav demensplatser, nöjda % 2025, 2026, personalkontinuitet 2025, 2026,
#  fallskador 2025, boendedygn 2025, fallskador 2026, boendedygn 2026, svarande 2025, svarande 2026)
A_HOMES = [
    ("Bärnstenen", "Egen regi", 48, 16, 84, 87, 14, 12, 52, 16820, 41, 16950, 33, 34),
    ("Ebbagården", "Egen regi", 32, 8, 79, 76, 17, 18, 30, 11150, 38, 11260, 24, 22),
    ("Gullregnet", "Egen regi", 40, 20, 88, 90, 12, 11, 48, 14020, 44, 14110, 27, 29),
    ("Hemgläntan", "Egen regi", 24, 0, 81, 83, 15, 16, 18, 8410, 15, 8520, 18, 17),
    ("Malvagården", "Gnejs Omsorg AB", 56, 24, 77, 79, 19, 17, 71, 19540, 63, 19800, 36, 38),
    ("Mölnegården", "Egen regi", 36, 12, 86, 82, 13, 15, 35, 12610, 43, 12700, 26, 25),
    ("Tussilagon", "Herdevik Vård AB", 30, 10, 74, 80, 20, 19, 41, 10480, 34, 10600, 21, 22),
]
A_RIKET = {"nojd": (81, 80), "kont": (17, 16), "fall": (3.6, 3.5)}
A_SENT = 262            # residents who received the survey 2026
A_KOMMUN = "Båthälla kommun"
A_PASSAGE = ("Ökningen på Mölnegården hänger samman med att en avdelning i mars 2026 gjordes om till "
             "demensavdelning. Flera av de nyinflyttade hade hög fallrisk, och under de första månaderna "
             "saknades rörelselarm i rummen.")
A_DEV = [   # development areas 2027 (numbered list on p. 4): (text, ansvar, klart)
    ("Fallprevention: alla boende ska ha en aktuell riskbedömning och rörelselarm ska finnas i samtliga rum på "
     "demensavdelningarna.", "Medicinskt ansvarig sjuksköterska", "juni 2027"),
    ("Personalkontinuitet: schemaläggningen ses över på Ebbagården och Mölnegården så att varje boende har "
     "högst två kontaktpersoner per vecka.", "Enhetschefer", "oktober 2027"),
    ("Måltidsmiljö: ett måltidsombud utses på varje avdelning och resultatet följs upp i enkäten 2027.",
     "Verksamhetschef", "december 2027"),
    ("Uppföljning av utförare: avtalsuppföljningen av Malvagården och Tussilagon utökas med "
     "oanmälda besök.", "Avtalsförvaltare", "mars 2027"),
]


def a_home(name):
    return [h for h in A_HOMES if h[0] == name][0]


def a_rate(falls, days):
    return r1(falls / days * 1000)


def a_rates(h):
    return a_rate(h[8], h[9]), a_rate(h[10], h[11])


def a_kommun():
    """municipal values: satisfaction weighted by respondents, continuity by places, falls per 1 000 days"""
    n25 = r0(sum(h[4] * h[12] for h in A_HOMES) / sum(h[12] for h in A_HOMES))
    n26 = r0(sum(h[5] * h[13] for h in A_HOMES) / sum(h[13] for h in A_HOMES))
    k25 = r0(sum(h[6] * h[2] for h in A_HOMES) / sum(h[2] for h in A_HOMES))
    k26 = r0(sum(h[7] * h[2] for h in A_HOMES) / sum(h[2] for h in A_HOMES))
    f25 = a_rate(sum(h[8] for h in A_HOMES), sum(h[9] for h in A_HOMES))
    f26 = a_rate(sum(h[10] for h in A_HOMES), sum(h[11] for h in A_HOMES))
    return {"nojd": (n25, n26), "kont": (k25, k26), "fall": (f25, f26)}


def a_totals():
    """places, dementia places, days 2025/2026, falls 2025/2026, respondents 2025/2026"""
    return {k: sum(h[i] for h in A_HOMES) for k, i in
            (("platser", 2), ("demens", 3), ("d25", 9), ("d26", 11), ("f25", 8), ("f26", 10), ("s25", 12),
             ("s26", 13))}


def a_panel_rows(kind):
    """[(label, v2025 text, v2026 text, change text)] for one panel of p. 2, homes then kommun and riket"""
    out = []
    km = a_kommun()
    for h in A_HOMES + [("Båthälla",), ("Riket",)]:
        if len(h) > 1:
            v = {"nojd": (h[4], h[5]), "kont": (h[6], h[7]), "fall": a_rates(h)}[kind]
        else:
            v = (km if h[0] == "Båthälla" else A_RIKET)[kind]
        if kind == "fall":
            out.append((h[0], d1(v[0]), d1(v[1]), d1(v[1] - v[0], plus=True)))
        else:
            out.append((h[0], str(v[0]), str(v[1]), sgn(v[1] - v[0])))
    return out


# =====================================================================================================
# (b) Eksärva kommun – investeringsbudget 2027–2029
# =====================================================================================================
B_YEARS = [2027, 2028, 2029]
# (kod, nämnd, tabellrubrik, [(nr, projekt, typ, 2027, 2028, 2029, utgifter före 2027)])
B_COMMITTEES = [
    ("KS", "Kommunstyrelsen", "Kommunstyrelsen", [
        ("KS-01", "IT-infrastruktur och nätverk", "Reinvestering", 2500, 2500, 2500, 0),
        ("KS-02", "Ny telefonväxel och kontaktcenter", "Ny", 1800, 0, 0, 0),
        ("KS-03", "Exploatering Teglaberget etapp 2", "Pågående", 6400, 8200, 3100, 4200),
        ("KS-04", "Gatukostnadsersättning Teglaberget", "Inkomst", -1500, -3000, -2000, 0),
        ("KS-05", "Markförvärv Gäddvik", "Ny", 3000, 0, 0, 0)]),
    ("BUN", "Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden", [
        ("BUN-01", "Ny förskola Byvalla, sex avdelningar", "Pågående", 18500, 24000, 0, 2100),
        ("BUN-02", "Tillbyggnad Gäddviksskolan", "Ny", 4200, 16800, 12600, 0),
        ("BUN-03", "Skolgård Hällbyskolan", "Ny", 1900, 0, 0, 0),
        ("BUN-04", "Inventarier förskola Byvalla", "Ny", 0, 2400, 0, 0),
        ("BUN-05", "Reinvestering skollokaler", "Reinvestering", 3000, 3000, 3000, 0)]),
    ("KFN", "Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", [
        ("KFN-01", "Konstgräsplan Eksärva IP", "Ny", 6200, 0, 0, 0),
        ("KFN-02", "Renovering av Hällbybadet", "Ny", 2000, 14500, 9000, 0),
        ("KFN-03", "Ny lekplats i Byvalla", "Ny", 0, 1200, 0, 0)]),
    ("VON", "Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", [
        ("VON-01", "Digitala trygghetslarm", "Ny", 1400, 0, 0, 0),
        ("VON-02", "Ombyggnad gruppbostad Grönmo", "Ny", 0, 3800, 0, 0),
        ("VON-03", "Inventarier och hjälpmedel", "Reinvestering", 900, 900, 900, 0)]),
    ("TN", "Tekniska nämnden", "Tekniska nämnden, skattefinansierat", [
        ("TN-01", "Gång- och cykelväg Byvalla–Gäddvik", "Pågående", 5600, 4900, 0, 800),
        ("TN-02", "Ny bro över Mjödån", "Ny", 0, 3500, 11200, 0),
        ("TN-03", "Gatubelysning, byte till LED", "Reinvestering", 1500, 1500, 1500, 0),
        ("TN-04", "Beläggningsunderhåll", "Reinvestering", 4000, 4000, 4000, 0),
        ("TN-05", "Pendlarparkering Eksärva station", "Ny", 2200, 0, 0, 0)]),
    ("VA", "Tekniska nämnden", "Tekniska nämnden, vatten och avlopp", [
        ("VA-01", "Nytt reningsverk Gäddvik", "Pågående", 12000, 38000, 41000, 3500),
        ("VA-02", "Överföringsledning Hällby–Gäddvik", "Ny", 7800, 9200, 0, 0),
        ("VA-03", "Reservvattentäkt Mjödån", "Ny", 0, 1500, 6500, 0),
        ("VA-04", "Förnyelse av ledningsnätet", "Reinvestering", 5000, 5000, 5000, 0)]),
]
B_BREAK_AFTER = "TN-02"      # table 2.5 continues on p. 3 after this project
B_SELF = {2027: 72, 2028: 41, 2029: 68}     # självfinansieringsgrad, skattefinansierat, %
B_SELF_TARGET = 80
B_DRIFT = [   # driftkonsekvenser (p. 4): (nr, från år, kapitalkostnad tkr/år, övrig drift tkr/år)
    ("BUN-01", 2029, 1870, 1350),
    ("KFN-02", 2030, 1160, -420),
    ("VA-01", 2030, 3950, 900),
]
B_PASSAGE = ("Bygget av den nya bron över Mjödån har flyttats fram ett år, eftersom tillståndet för arbeten i "
             "vattenområdet inte väntas vara klart förrän under hösten 2028.")


def b_projects():
    """[(committee code, table title, project)] in table order"""
    return [(c[0], c[2], p) for c in B_COMMITTEES for p in c[3]]


def b_sum(p):
    return p[3] + p[4] + p[5]


def b_total_project(p):
    return b_sum(p) + p[6]


def b_committee(code):
    return [c for c in B_COMMITTEES if c[0] == code][0]


def b_csum(code):
    """[2027, 2028, 2029, summa] of one table"""
    ps = b_committee(code)[3]
    s = [sum(p[3 + i] for p in ps) for i in range(3)]
    return s + [sum(s)]


def b_nsum(name):
    """[2027, 2028, 2029, summa] of one nämnd (Tekniska nämnden = TN + VA)"""
    cs = [c[0] for c in B_COMMITTEES if c[1] == name]
    return [sum(b_csum(c)[i] for c in cs) for i in range(4)]


def b_grand():
    return [sum(b_csum(c[0])[i] for c in B_COMMITTEES) for i in range(4)]


def b_nämnder():
    out = []
    for c in B_COMMITTEES:
        if c[1] not in out:
            out.append(c[1])
    return out


def b_row_text(p):
    return (f"{p[0]} {p[1]} {p[2]} {gd(p[3])} {gd(p[4])} {gd(p[5])} {g(b_sum(p))} {g(b_total_project(p))}")


# =====================================================================================================
# (c) Gyllsta kommun – trafikförsörjningsprogram för den lokala busstrafiken 2027–2030
# =====================================================================================================
# (linje, sträcka, via, trafikslag, avgångar per vardag, resor 2025, resor 2026, kostnad 2026 tkr,
#  biljettintäkter 2026 tkr)
C_LINES = [
    ("1", "Gyllsta C – Bergåsen", "via Tingvallagatan", "Stadstrafik", 64, 412300, 428900, 7720, 4010),
    ("2", "Gyllsta C – Hedby", "via lasarettet", "Stadstrafik", 52, 298600, 301200, 6330, 2960),
    ("3", "Gyllsta C – Eneby", "via Gruvbyn", "Stadstrafik", 40, 176400, 171900, 4640, 1810),
    ("4", "Gyllsta C – Bredsand", "via handelsområdet", "Stadstrafik", 36, 139800, 152300, 4420, 1640),
    ("20", "Gyllsta – Breviken", "", "Landsbygdstrafik", 18, 64200, 66900, 3610, 940),
    ("21", "Gyllsta – Holmsjö – Mörtviken", "", "Landsbygdstrafik", 15, 18700, 16400, 1570, 200),
    ("22", "Gyllsta – Tegsnäs", "", "Landsbygdstrafik", 16, 41500, 43800, 2670, 610),
    ("23", "Gyllsta – Hagstad", "", "Landsbygdstrafik", 12, 29900, 28600, 2060, 390),
    ("N", "Närtrafiken", "anropsstyrd, hela kommunen", "Anropsstyrd trafik", None, 6400, 7100, 1520, 70),
]
C_GROUPS = ["Stadstrafik", "Landsbygdstrafik", "Anropsstyrd trafik"]
C_POP = (31350, 31420)          # invånare 2025, 2026
# Tabell 2, mnkr: (post, budget 2026, utfall 2026, budget 2027)
C_ECON_BUDGET = {"Kostnader": (34.9, 36.2), "Biljettintäkter": (12.2, 13.1)}
# Tabell 3: (indikator, utgångsläge 2025, utfall 2026, mål 2030) – the journeys are computed
C_SAT = (74, 76, 80)
C_FOSSILFREE = (70, 85, 100)
C_SUBSIDY_2025 = 64
C_SUBSIDY_TARGET = 55
C_JOURNEYS_TARGET = 1400000
C_PER_INH_TARGET = 44
# planned changes (bulleted list with year, p. 3)
C_CHANGES = [
    (2027, "Linje 4 får trafik var femtonde minut i rusningstid från tidtabellsskiftet i december 2027."),
    (2027, "Nya väderskydd och realtidsskyltar sätts upp vid tolv hållplatser längs linje 1 och 2."),
    (2028, "Linje 21 ersätts av anropsstyrd närtrafik mellan Holmsjö och Mörtviken, och linje 20 förlängs via "
           "Holmsjö."),
    (2028, "Stadstrafiken körs med elbussar när det nya trafikavtalet börjar gälla i juni 2028."),
    (2028, "En ny linje 5 börjar trafikera sträckan Gyllsta C – Gruvbyns industriområde."),
    (2029, "En ny bytespunkt med pendlarparkering byggs vid Eneby."),
    (2030, "Linje 22 får timtrafik även på lördagar."),
]
C_PASSAGE = ("Linje 21 har i genomsnitt färre än fem resenärer per tur och den högsta kostnaden per resa i den "
             "linjelagda trafiken.")


def c_cost_per(l):
    return r0(l[7] * 1000 / l[6])


def c_subsidy(l):
    return r0((1 - l[8] / l[7]) * 100)


def c_line(nr):
    return [l for l in C_LINES if l[0] == nr][0]


def c_group_sum(gr=None):
    """(avgångar, resor 2025, resor 2026, kostnad tkr, intäkter tkr) of a group or all lines"""
    ls = [l for l in C_LINES if gr is None or l[3] == gr]
    return (sum(l[4] or 0 for l in ls), sum(l[5] for l in ls), sum(l[6] for l in ls), sum(l[7] for l in ls),
            sum(l[8] for l in ls))


def c_total_cost_per():
    s = c_group_sum()
    return r0(s[3] * 1000 / s[2])


def c_total_subsidy():
    s = c_group_sum()
    return r0((1 - s[4] / s[3]) * 100)


def c_pct_change():
    s = c_group_sum()
    return r1((s[2] / s[1] - 1) * 100)


def c_per_inh(k):
    s = c_group_sum()
    return r1((s[1], s[2])[k] / C_POP[k])


def c_econ():
    """{post: (budget 2026, utfall 2026, budget 2027)} in mnkr; utfall from the line table"""
    s = c_group_sum()
    k = (C_ECON_BUDGET["Kostnader"][0], r1(s[3] / 1000), C_ECON_BUDGET["Kostnader"][1])
    i = (C_ECON_BUDGET["Biljettintäkter"][0], r1(s[4] / 1000), C_ECON_BUDGET["Biljettintäkter"][1])
    n = tuple(r1(a - b) for a, b in zip(k, i))
    return {"Kostnader": k, "Biljettintäkter": i, "Nettokostnad": n}


def c_row_text(l):
    return (f"{l[0]} {l[1]} {l[2] + ' ' if l[2] else ''}{l[4] if l[4] is not None else '–'} {g(l[5])} {g(l[6])} "
            f"{c_cost_per(l)} {c_subsidy(l)}")


# =====================================================================================================
# (d) Hamrelunds kommun – folkhälsoprofil 2026
# =====================================================================================================
D_YEARS = (2022, 2025)
# areas with indicators: (indikator, enhet, källa, K 2022, K 2025, M 2022, M 2025, län K, län M, riket K, riket M)
D_AREAS = [
    ("Levnadsvanor", [
        ("Röker dagligen", "%", "HLV", 9, 7, 8, 7, 8, 7, 7, 6),
        ("Riskabla alkoholvanor", "%", "HLV", 11, 12, 17, 15, 12, 17, 11, 16),
        ("Fysiskt aktiva minst 150 minuter i veckan", "%", "HLV", 64, 61, 66, 63, 63, 65, 66, 68),
        ("Fetma, BMI 30 eller mer", "%", "HLV", 17, 19, 18, 21, 18, 20, 16, 17)]),
    ("Psykisk hälsa", [
        ("Nedsatt psykiskt välbefinnande", "%", "HLV", 21, 24, 14, 16, 22, 15, 21, 14),
        ("Besvär av stress", "%", "HLV", 18, 20, 11, 12, 18, 11, 17, 11),
        ("Svåra sömnbesvär", "%", "HLV", 9, 11, 6, 6, 10, 7, 9, 6)]),
    ("Livsvillkor", [
        ("Förvärvsarbetande 20–64 år", "%", "SCB", 78.1, 79.4, 81.6, 82.0, 79.8, 82.5, 78.9, 82.8),
        ("Eftergymnasial utbildning 25–64 år", "%", "SCB", 44, 47, 29, 31, 49, 35, 53, 41),
        ("Ohälsotal", "dagar", "FK", 31.2, 29.8, 20.4, 19.6, 30.1, 19.9, 28.4, 18.5),
        ("Medellivslängd vid födseln", "år", "SCB", 83.6, 83.9, 79.8, 80.4, 84.0, 80.6, 84.3, 81.2)]),
    ("Barn och unga", [
        ("Elever i åk 9 behöriga till gymnasiet", "%", "SKV", 86, 84, 82, 79, 87, 83, 88, 84),
        ("Unga 16–24 år som varken arbetar eller studerar", "%", "SCB", 5.8, 6.4, 7.1, 7.9, 6.0, 7.2, 5.5, 6.6),
        ("Otrygga ute ensamma sent på kvällen", "%", "LoH", 34, 31, 12, 13, 33, 12, 31, 11)]),
]
D_BREAK_AFTER = "Förvärvsarbetande 20–64 år"     # the table continues on p. 3 after this indicator
D_DECIMAL = {"Förvärvsarbetande 20–64 år", "Ohälsotal", "Medellivslängd vid födseln",
             "Unga 16–24 år som varken arbetar eller studerar"}
D_POP = (18412, 9086, 9326)        # invånare 31 december 2025: totalt, kvinnor, män
D_SOURCES = [("HLV", "Hälsa på lika villkor, Folkhälsomyndigheten (länsurval; 2022 och 2025)"),
             ("SCB", "Statistiska centralbyrån"),
             ("FK", "Försäkringskassan (ohälsotal: dagar med ersättning per invånare 16–64 år)"),
             ("SKV", "Skolverket (läsåren 2021/22 och 2024/25; K = flickor, M = pojkar)"),
             ("LoH", "Liv och hälsa i länet, regionens enkät (16–84 år)")]
D_PASSAGE = ("Ökningen bland unga som varken arbetar eller studerar hänger framför allt samman med att Hedströms "
             "Gjuteri stängde hösten 2024, då omkring 140 arbetstillfällen försvann.")
D_PRIO = [
    "Fler unga i arbete eller studier – ett gemensamt uppföljningsteam för unga 16–24 år inom "
    "kommunens aktivitetsansvar och arbetsmarknadsenhet.",
    "Psykisk hälsa bland kvinnor – stödsamtal via vårdcentralen och föreningslivet, med särskilt fokus på stress "
    "och sömn.",
    "Fysisk aktivitet – fler belysta motionsspår och gratis prova-på-aktiviteter för vuxna som rör sig lite.",
    "Trygghet – bättre belysning och trygghetsvandringar i Hamrelunds centrum och vid busstationen.",
]


def d_rows():
    """[(area, indicator tuple)] in table order"""
    return [(a, r) for a, rs in D_AREAS for r in rs]


def d_fmt(r, v):
    return d1(v) if r[0] in D_DECIMAL else str(v)


def d_row_text(r):
    return f"{r[0]} {r[1]} " + " ".join(d_fmt(r, v) for v in r[3:11]) + f" {r[2]}"


def d_ind(name):
    return [r for _, r in d_rows() if r[0] == name][0]


# =====================================================================================================
# (e) Mossala kommun – planprogram 2027–2028 (prioritering av detaljplaner)
# =====================================================================================================
# (plan nr, namn, syfte, status, förväntat antagande (text), antagandeår, bostäder, område)
E_PLANS = [
    ("DP 2024:02", "Bastuholmen", "Flerbostadshus och småbåtshamn", "Granskning", "kv 3 2027", 2027, 120,
     "Mossala tätort"),
    ("DP 2025:01", "Ekhagen etapp 2", "Småhus och radhus", "Samråd", "kv 1 2028", 2028, 64, "Ekhagen"),
    ("DP 2025:04", "Getberget verksamhetsområde", "Industri och logistik", "Granskning", "kv 2 2027", 2027, 0,
     "Getberget"),
    ("DP 2025:06", "Hagmyren", "Villatomter", "Planuppdrag", "kv 4 2028", 2028, 38, "Hagmyren"),
    ("DP 2026:01", "Kvarteret Biografen", "Bostäder och centrumverksamhet", "Samråd", "november 2027", 2027,
     46, "Mossala centrum"),
    ("DP 2026:02", "Båtvarvet", "Bostäder, kontor och kaj", "Planuppdrag", "kv 2 2029", 2029, 210,
     "Mossala hamn"),
    ("DP 2026:03", "Tallåsens förskola", "Förskola med sex avdelningar", "Antagande", "februari 2027", 2027, 0,
     "Tallåsen"),
    ("DP 2026:05", "Elverket", "Bostäder i det gamla elverket", "Planuppdrag", "juni 2028", 2028, 28,
     "Mossala centrum"),
    ("DP 2026:07", "Hästskon", "Handel och drivmedel", "Vilande", "–", None, 0, "Getberget"),
    ("DP 2027:01", "Mälteriet", "Bostäder och kulturverksamhet", "Ej påbörjad", "2030", 2030, 85,
     "Mossala hamn"),
]
E_STATUSES = ["Ej påbörjad", "Planuppdrag", "Samråd", "Granskning", "Antagande", "Vilande"]
# key–value blocks (p. 3), one per plan: nr -> list of (key, value)
E_CARDS = {
    "DP 2024:02": [("Planbesked", "2023-11-14"), ("Samråd", "3 mars–31 mars 2026"),
                   ("Granskning", "18 januari–8 februari 2027"), ("Bostäder", "120, varav 24 i radhus"),
                   ("Plankostnad", "1 860 tkr, varav 540 tkr för utredningar"),
                   ("Byggherre", "Bergman & Hallin Bygg AB"), ("Handläggare", "Elsa Grahn")],
    "DP 2025:04": [("Planbesked", "2024-06-11"), ("Samråd", "10 november–1 december 2025"),
                   ("Granskning", "7 januari–28 januari 2027"), ("Verksamhetsmark", "14,2 hektar i tolv kvarter"),
                   ("Plankostnad", "940 tkr, varav 310 tkr för dagvattenutredning"),
                   ("Byggherre", "Mossala kommun (mark- och exploateringsenheten)"),
                   ("Handläggare", "Tobias Holmér")],
    "DP 2025:06": [("Planbesked", "2025-09-23"), ("Planuppdrag", "14 januari 2026"),
                   ("Samråd", "planeras till våren 2028"), ("Bostäder", "38 villatomter"),
                   ("Plankostnad", "720 tkr, varav 150 tkr för naturvärdesinventering"),
                   ("Byggherre", "Mossala kommun, tomtkö"), ("Handläggare", "Elsa Grahn")],
    "DP 2026:01": [("Planbesked", "2026-02-17"), ("Samråd", "11 januari–8 februari 2027"),
                   ("Granskning", "planeras till juni 2027"),
                   ("Bostäder", "46 lägenheter och lokaler i bottenvåningen"),
                   ("Plankostnad", "1 250 tkr, varav 400 tkr för bullerutredning"),
                   ("Byggherre", "Hembyggarna i Mossala AB"), ("Handläggare", "Tobias Holmér")],
}
E_PASSAGE = ("Arbetet med detaljplanen för Hästskon är vilande sedan augusti 2026. Trafikutredningen visade att "
             "korsningen mot riksvägen måste byggas om, och byggherren vill vänta på besked om vem som ska betala "
             "ombyggnaden.")
# applications for planbesked 2026 (p. 4): (datum, fastighet, ändamål, besked)
E_BESKED = [
    (_dt.date(2026, 2, 17), "Mossala 4:112 (kvarteret Biografen)", "Bostäder och centrumverksamhet", "Positivt"),
    (_dt.date(2026, 4, 21), "Gästhagen 1:8", "Fem fritidshus", "Negativt"),
    (_dt.date(2026, 6, 9), "Hedenäs 2:3", "Tillbyggnad av lager", "Positivt"),
    (_dt.date(2026, 10, 13), "Mossala 3:41", "Parkeringshus", "Positivt"),
    (_dt.date(2026, 12, 8), "Bastuholmen 1:5", "Sjöbodar för uthyrning", "Negativt"),
]


def e_plan(name):
    return [p for p in E_PLANS if p[1] == name][0]


def e_row_text(p):
    """Tabell 1 row as printed: nr, detaljplan, område, syfte, status, förväntat antagande, bostäder"""
    return f"{p[0]} {p[1]} {p[7]} {p[2]} {p[3]} {p[4]} {g(p[6]) if p[6] else '–'}"


def e_homes_in(year):
    return sum(p[6] for p in E_PLANS if p[5] == year)


def e_count(status):
    return sum(1 for p in E_PLANS if p[3] == status)


# =====================================================================================================
# (f) Timmerhamns kommun – socialnämnden: delegationsbeslut om serveringstillstånd juli–september 2027
#     (page 2 is a SCANNED image without a text layer)
# =====================================================================================================
F_TYPES = {"SA": "stadigvarande tillstånd, allmänheten", "SS": "stadigvarande tillstånd, slutna sällskap",
           "TA": "tillfälligt tillstånd, allmänheten", "TS": "tillfälligt tillstånd, slutna sällskap",
           "UT": "utökad serveringstid", "ÅK": "återkallelse"}
# (dnr, serveringsställe, sökande, typ, serveringstid, max gäster, beslut, datum)
F_DECISIONS = [
    ("SN 2027/188", "Hamnmagasinet", "Hamnmagasinet i Timmerhamn AB", "SA", "11.00–01.00", 140, "Beviljas",
     _dt.date(2027, 7, 6)),
    ("SN 2027/193", "Bollhallen", "Timmerhamns Basketklubb", "TA", "18.00–01.00", 600, "Beviljas",
     _dt.date(2027, 7, 13)),
    ("SN 2027/201", "Bistro Måsen", "Måsen Mat & Dryck HB", "SA", "11.00–23.00", 45, "Beviljas",
     _dt.date(2027, 7, 21)),
    ("SN 2027/204", "Trattoria Bella", "Bella Gastronomi AB", "UT", "11.00–02.00", 90, "Beviljas",
     _dt.date(2027, 8, 2)),
    ("SN 2027/209", "Gillesstugan", "Timmerhamns hembygdsförening", "TS", "17.00–24.00", 80, "Beviljas",
     _dt.date(2027, 8, 10)),
    ("SN 2027/214", "Tullhuset Bar & Kök", "Tullhuset Restaurang AB", "SA", "11.00–01.00", 120, "Avslås",
     _dt.date(2027, 8, 17)),
    ("SN 2027/219", "Enbuskens golfkrog", "Enbuskens Golfrestaurang AB", "SA", "11.00–22.00", 60, "Beviljas",
     _dt.date(2027, 8, 24)),
    ("SN 2027/223", "Glasverandan", "Glasverandan Event AB", "TA", "12.00–01.00", 280, "Beviljas",
     _dt.date(2027, 8, 30)),
    ("SN 2027/229", "Hotell Timmerhamn", "Hotell Timmerhamn AB", "SA", "11.00–23.00", 70,
     "Beviljas med villkor", _dt.date(2027, 9, 7)),
    ("SN 2027/233", "Mästerlotsen", "Mästerlotsens Krog AB", "SA", "11.00–01.00", 110, "Beviljas",
     _dt.date(2027, 9, 14)),
    ("SN 2027/238", "Båtklubbens paviljong", "Timmerhamns Båtklubb", "TS", "18.00–01.00", 150, "Beviljas",
     _dt.date(2027, 9, 21)),
    ("SN 2027/241", "Ebbes Kök & Bar", "Ebbes Krog HB", "ÅK", "–", None, "Återkallas", _dt.date(2027, 9, 28)),
]
F_NOTES = [
    "Anm. SN 2027/214: Avslag. Sökandens företrädare har inte klarat kunskapsprovet i alkohollagen efter tre "
    "försök, och bolaget har skulder hos Kronofogden.",
    "Anm. SN 2027/229: Uteserveringen mot Hamntorget får användas till kl. 23.00 med hänsyn till de närboende.",
    "Anm. SN 2027/241: Tillståndet återkallas på tillståndshavarens egen begäran, verksamheten har upphört.",
]
F_PASSAGE = ("Sökandens företrädare har inte klarat kunskapsprovet i alkohollagen efter tre försök, och bolaget "
             "har skulder hos Kronofogden.")
F_MEETING = _dt.date(2027, 10, 20)       # socialnämndens sammanträde (p. 1)
F_SKRIVELSE = _dt.date(2027, 10, 4)
F_SIGNED = _dt.date(2027, 10, 1)         # the list was signed (scanned page)
# p. 3: Tabell 1 (group, row, 2025, 2026, jan–sep 2027)
F_STATS = [
    ("Gällande tillstånd vid periodens slut", [
        ("Stadigvarande, allmänheten", 38, 41, 43),
        ("Stadigvarande, slutna sällskap", 9, 8, 8),
        ("Stadigvarande, catering till slutna sällskap", 4, 5, 5)]),
    ("Beviljade tillfälliga tillstånd", [
        ("Tillfälliga, allmänheten", 22, 27, 19),
        ("Tillfälliga, slutna sällskap", 31, 29, 24)]),
    ("Tillsyn", [
        ("Inre tillsyn, antal ärenden", 38, 41, 30),
        ("Yttre tillsyn, antal besök", 64, 71, 52),
        ("Samordnad tillsyn med polisen, besök", 12, 15, 11)]),
    ("Sanktioner", [
        ("Erinran", 5, 7, 4),
        ("Varning", 2, 3, 1),
        ("Återkallelse", 1, 0, 0)]),
]
# p. 3: taxa 2027 (ärende, avgift kr)
F_FEES = [
    ("Nytt stadigvarande tillstånd, allmänheten", 9800),
    ("Nytt stadigvarande tillstånd, slutna sällskap", 6400),
    ("Tillfälligt tillstånd, allmänheten, per tillfälle", 3400),
    ("Tillfälligt tillstånd, slutna sällskap, per tillfälle", 750),
    ("Utökad serveringstid, stadigvarande", 2600),
    ("Kunskapsprov, per provtillfälle", 1100),
    ("Årlig tillsynsavgift, fast del", 2900),
]


def f_counts():
    bev = sum(1 for d in F_DECISIONS if d[6].startswith("Beviljas"))
    avs = sum(1 for d in F_DECISIONS if d[6] == "Avslås")
    ak = sum(1 for d in F_DECISIONS if d[6] == "Återkallas")
    return len(F_DECISIONS), bev, avs, ak


def f_stat_rows():
    return [(gr, r) for gr, rs in F_STATS for r in rs]


def f_scan_row(d):
    """the first printed line of a decision on the scanned page (whitespace collapsed)"""
    return f"{d[0]} {d[1]} {d[3]} {d[4]} {d[5] if d[5] is not None else '–'} {d[6]} {d[7].isoformat()}"


def f_scan_blocks():
    """blocks for scan28.render_scan: the signed list of decisions"""
    n, bev, avs, ak = f_counts()
    rows = [["Dnr", "Serveringsställe / sökande", "Typ", "Serveringstid", "Max gäster", "Beslut", "Datum"]]
    for d in F_DECISIONS:
        rows.append([d[0], (d[1], d[2]), d[3], d[4], str(d[5]) if d[5] is not None else "–", d[6],
                     d[7].isoformat()])
    legend = "Typ: " + "; ".join(f"{k} = {v}" for k, v in F_TYPES.items()) + "."
    return [
        ("emblem", "TIMMERHAMNS KOMMUN\tSocialförvaltningen, tillståndsenheten"),
        ("sp", ""),
        ("h", "Bilaga 1. Delegationsbeslut om serveringstillstånd 1 juli–30 september 2027"),
        ("small", "Utdrag ur tillståndsregistret\tUtskrivet 2027-10-01"),
        ("zebra", rows),
        ("note", legend),
        ("p", f"Antal beslut: {n}, varav beviljade {bev}, avslag {avs} och återkallelse {ak}."),
        *[("note", t) for t in F_NOTES],
        ("sp", ""),
        ("sign", "Birgitta Edholm, tillståndshandläggare\tGunnar Hellsten, enhetschef"),
        ("roundstamp", "TIMMERHAMNS KOMMUN\tSOCIALNÄMNDEN\t" + F_SIGNED.isoformat()),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed): the table's heading, then per
    decision the first line (dnr, serveringsställe, typ, tid, gäster, beslut, datum) and the sökande under it."""
    out = []
    for style, t in f_scan_blocks():
        if style == "sp":
            continue
        if style == "zebra":
            out.append(" ".join(t[0]))
            for d in F_DECISIONS:
                out.append(f_scan_row(d))
                out.append(d[2])
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
