"""The numbers, rows and list items of the six synthetic22 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (sums, nettos, fees,
indices, results, prices) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def monthyear(ym):
    return f"{MONTHS[ym[1] - 1]} {ym[0]}"


def dmy(d):
    """date -> '1 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# =====================================================================================================
# (a) Fällinge kommun – driftbudget 2027, plan 2028–2029 (mnkr)
# =====================================================================================================
A_YEARS = ["Budget 2027", "Plan 2028", "Plan 2029"]
# (verksamhet, intäkter 2027, kostnader 2027 (as positive amounts), growth of intäkter, growth of kostnader)
A_GROUPS_RAW = [
    ("Kommunstyrelsen", [
        ("Kommunledning och administration", 12.4, 98.6, 1.02, 1.031),
        ("Näringsliv och turism", 1.8, 9.7, 1.00, 1.020),
        ("Räddningstjänst", 4.2, 31.5, 1.02, 1.035),
        ("Kollektivtrafik", 0.0, 24.8, 1.00, 1.060)]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 21.6, 198.4, 0.99, 0.985),
        ("Grundskola och fritidshem", 34.9, 412.7, 1.02, 1.028),
        ("Gymnasieskola", 18.3, 156.2, 1.02, 1.040),
        ("Vuxenutbildning", 9.6, 28.4, 1.00, 1.015)]),
    ("Socialnämnden", [
        ("Äldreomsorg", 46.2, 438.9, 1.03, 1.045),
        ("Funktionsstöd", 38.7, 214.6, 1.02, 1.036),
        ("Individ- och familjeomsorg", 6.1, 88.3, 1.00, 1.025),
        ("Ekonomiskt bistånd", 0.0, 41.5, 1.00, 1.000)]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator, vägar och parker", 8.4, 47.9, 1.02, 1.030),
        ("Fastighetsförvaltning", 176.5, 171.2, 1.03, 1.030),
        ("Bygglov och miljötillsyn", 9.3, 17.6, 1.03, 1.025)]),
    ("Kultur- och fritidsnämnden", [
        ("Bibliotek", 0.9, 16.8, 1.00, 1.025),
        ("Idrotts- och fritidsanläggningar", 5.4, 38.1, 1.02, 1.030),
        ("Föreningsbidrag", 0.0, 7.2, 1.00, 1.000)]),
]
A_BREAK_AFTER = "Funktionsstöd"      # the table continues on p. 3 after this row (inside Socialnämnden)


def _a_series(i0, k0, gi, gk):
    out, i, k = [], i0, k0
    for n in range(3):
        if n:
            i, k = r1(i * gi), r1(k * gk)
        out.append((i, -k, r1(i - k)))
    return out


# A_GROUPS: [(nämnd, [(verksamhet, [(I, K, N) for the three years]), ...]), ...]
A_GROUPS = [(g, [(v, _a_series(i, k, gi, gk)) for v, i, k, gi, gk in rs]) for g, rs in A_GROUPS_RAW]


def a_rows():
    return [(g, v, s) for g, rs in A_GROUPS for v, s in rs]


def a_sum(group=None):
    """[(I, K, N)] per year for a nämnd or for all nämnder."""
    rows = [s for g, v, s in a_rows() if group in (None, g)]
    return [tuple(r1(sum(s[y][c] for s in rows)) for c in range(3)) for y in range(3)]


# finansiering (p. 4), mnkr per year
A_SKATT = [1739.5, 1790.6, 1851.3]        # skatteintäkter och generella statsbidrag
A_FINANSFORV = [-42.8, -45.2, -47.9]      # finansförvaltningen: pensioner, kapitalkostnader m.m. (net cost)
A_FINANSNETTO = [-12.6, -15.9, -18.4]


def a_result(y):
    return r1(A_SKATT[y] + a_sum()[y][2] + A_FINANSFORV[y] + A_FINANSNETTO[y])


# =====================================================================================================
# (b) Helmsjö kommun – avgifter i förskola och fritidshem 2027 (maxtaxa)
# =====================================================================================================
B_TAK = 59100                              # inkomsttak, kr per månad
B_FSK = [("Barn 1", 3), ("Barn 2", 2), ("Barn 3", 1)]      # percent of household income
B_FRI = [("Barn 1", 2), ("Barn 2", 1), ("Barn 3", 1)]
B_REDUCTION = 35                           # percent reduction for children 3–5 years (more than 15 h/week)
B_EXEMPEL = [15000, 20000, 25000, 30000, 40000, 50000, 60000, 70000]
B_FIRST_DATE = _dt.date(2027, 1, 1)


def b_cap(pct):
    return round(B_TAK * pct / 100)


def b_fee(income, pct):
    return min(round(income * pct / 100), b_cap(pct))


def b_reduced(pct):
    return int(b_cap(pct) * (100 - B_REDUCTION) / 100)     # rounded down to whole kronor


def b_example(income):
    """förskola barn 1, barn 2, fritidshem barn 1, barn 2 (kr per month)"""
    return [b_fee(income, B_FSK[0][1]), b_fee(income, B_FSK[1][1]), b_fee(income, B_FRI[0][1]),
            b_fee(income, B_FRI[1][1])]


B_RULES = [
    "Avgiften betalas för tolv månader per år, även under semester, lov och annan ledighet, så länge platsen "
    "inte har sagts upp.",
    "Avgiften beräknas på hushållets samlade bruttoinkomst per månad före skatt. Med hushåll avses de vuxna som "
    "är folkbokförda på samma adress som barnet.",
    "Vårdnadshavaren ska lämna inkomstuppgift i e-tjänsten innan barnet börjar och därefter varje gång "
    "inkomsten ändras. Om inkomstuppgift saknas tas högsta avgift ut tills en uppgift har kommit in.",
    "Kommunen jämför varje år de lämnade uppgifterna med Skatteverkets taxerade inkomster. För låg avgift "
    "kan krävas tillbaka för upp till tre år bakåt.",
    "Barn 1 är det yngsta barnet i hushållet som har plats. Syskon räknas i ordning efter ålder, och för det "
    "fjärde barnet och fler betalas ingen avgift.",
    "Uppsägningstiden är två månader. Avgift tas ut under uppsägningstiden även om barnet inte använder "
    "platsen.",
    "Vid obetalda avgifter skickas en påminnelse och därefter ett inkassokrav. Platsen kan sägas upp om "
    "skulden inte är betald inom tre månader.",
    "Barn som har plats i förskola på grund av behov av särskilt stöd betalar avgift enligt samma regler, "
    "men de första 15 timmarna i veckan är alltid avgiftsfria.",
    "Under barnets sommarledighet om minst fyra sammanhängande veckor i juli kan avgiften för juli sättas "
    "ned med hälften, om ledigheten anmäls senast den 15 maj.",
]

# =====================================================================================================
# (c) Lunneviks kommun – handlingsplan för tillgänglighet och delaktighet 2027–2028
# =====================================================================================================
C_STATUS = {"●": "Genomförd", "◐": "Påbörjad", "○": "Ej påbörjad"}
SB, KF, KOM, HR, SOC, UTB = ("Samhällsbyggnadsförvaltningen", "Kultur- och fritidsförvaltningen",
                             "Kommunikationsavdelningen", "HR-avdelningen", "Socialförvaltningen",
                             "Utbildningsförvaltningen")
# goals: (nr, title, [(nr, åtgärd, ansvarig, klart (year, month), kostnad tkr or None, status symbol)])
C_GOALS = [
    ("1", "Kommunens lokaler och utemiljöer är tillgängliga", [
        ("1.1", "Inventera tillgängligheten i de 40 mest besökta publika lokalerna enligt kommunens checklista",
         SB, (2027, 3), 350, "●"),
        ("1.2", "Bygga om huvudentrén och installera hiss vid Lunneviks stadshus", SB, (2028, 6), 4200, "○"),
        ("1.3", "Åtgärda enkelt avhjälpta hinder i skolor och förskolor, till exempel trösklar och ledstänger",
         UTB, (2027, 12), 1150, "◐"),
        ("1.4", "Anlägga taktila ledstråk och kontrastmarkeringar vid resecentrum i Hästhagen", SB, (2028, 10),
         1900, "○"),
        ("1.5", "Ta fram riktlinjer för tillgänglig utformning av lekplatser och parker", SB, (2027, 6), None,
         "◐")]),
    ("2", "Information från kommunen når alla invånare", [
        ("2.1", "Granska kommunens webbplats mot kraven i lagen om tillgänglighet till digital offentlig service",
         KOM, (2027, 4), 180, "●"),
        ("2.2", "Erbjuda information om kommunens service på lättläst svenska och teckenspråk", KOM, (2027, 11),
         260, "◐"),
        ("2.3", "Installera hörslinga i fullmäktigesalen och i Sjöhallens konferensrum", SB, (2027, 9), 120,
         "●"),
        ("2.4", "Göra alla beslutsunderlag till fullmäktige läsbara för skärmläsare", KOM, (2028, 3), None,
         "○")]),
    ("3", "Fritid och kultur är öppen för alla", [
        ("3.1", "Införa ledsagarkort som ger fri entré för ledsagare på kommunens anläggningar", KF, (2027, 2),
         None, "●"),
        ("3.2", "Bygga en tillgänglig badbrygga och ramp vid Flinkeby badplats", KF, (2028, 5), 640, "○"),
        ("3.3", "Starta en parasportförening tillsammans med föreningslivet i Lunnevik", KF, (2027, 10), 150,
         "◐"),
        ("3.4", "Anpassa Nyvångs bibliotek med höj- och sänkbara diskar och talboksstationer", KF, (2028, 2),
         410, "◐")]),
    ("4", "Fler personer med funktionsnedsättning har ett arbete", [
        ("4.1", "Inrätta tio anställningar med lönebidrag inom kommunens förvaltningar", HR, (2028, 12), 2600,
         "◐"),
        ("4.2", "Kartlägga möjligheterna till praktik inom daglig verksamhet hos lokala företag", SOC,
         (2027, 8), None, "●"),
        ("4.3", "Utbilda chefer i rekrytering av personer med funktionsnedsättning", HR, (2027, 12), 90, "○")]),
    ("5", "Medarbetare har kunskap och ett gott bemötande", [
        ("5.1", "Genomföra webbutbildning om bemötande för alla medarbetare med publika uppdrag", HR,
         (2027, 6), 75, "◐"),
        ("5.2", "Utse en tillgänglighetssamordnare i varje förvaltning", SB, (2027, 5), None, "●"),
        ("5.3", "Genomföra en årlig brukarenkät om bemötande inom socialförvaltningens verksamheter", SOC,
         (2027, 11), 60, "○"),
        ("5.4", "Följa upp handlingsplanen i funktionsrättsrådet två gånger per år", SOC, (2028, 12), None,
         "◐")]),
]


def c_actions():
    return [(g[0], g[1], a) for g in C_GOALS for a in g[2]]


def c_counts():
    out = {s: 0 for s in C_STATUS}
    for _, _, a in c_actions():
        out[a[5]] += 1
    return out


def c_total():
    return sum(a[4] or 0 for _, _, a in c_actions())


# =====================================================================================================
# (d) Nordinge kommun – trygghetsmätning 2027 (jämförelse med 2025)
# =====================================================================================================
D_AREAS = ["Fågelsta", "Hedvigsdal", "Liljedal", "Nordinge centrum", "Solhöjden", "Östergläntan"]
D_SHORT = {"Nordinge centrum": "Centrum"}
# respondents (2025, 2027) and the 2027 sample (utskick)
D_RESP = {"Fågelsta": (412, 398), "Hedvigsdal": (366, 341), "Liljedal": (298, 325),
          "Nordinge centrum": (521, 540), "Solhöjden": (287, 302), "Östergläntan": (335, 296)}
D_SAMPLE = {"Fågelsta": 800, "Hedvigsdal": 800, "Liljedal": 700, "Nordinge centrum": 1000, "Solhöjden": 650,
            "Östergläntan": 800}
# questions: (short label printed in the table, direction "+" = higher is better, {area: (2025, 2027)})
D_Q = [
    ("Trygg ute ensam sent en kväll", "+", {
        "Fågelsta": (71, 74), "Hedvigsdal": (58, 55), "Liljedal": (62, 70), "Nordinge centrum": (66, 68),
        "Solhöjden": (79, 80), "Östergläntan": (60, 54)}),
    ("Avstår från aktiviteter av otrygghet", "-", {
        "Fågelsta": (14, 12), "Hedvigsdal": (22, 25), "Liljedal": (19, 15), "Nordinge centrum": (17, 16),
        "Solhöjden": (9, 9), "Östergläntan": (18, 24)}),
    ("Orolig att utsättas för brott", "-", {
        "Fågelsta": (24, 21), "Hedvigsdal": (33, 35), "Liljedal": (30, 24), "Nordinge centrum": (28, 27),
        "Solhöjden": (18, 17), "Östergläntan": (27, 33)}),
    ("Nedskräpning är ett problem", "-", {
        "Fågelsta": (31, 28), "Hedvigsdal": (44, 47), "Liljedal": (39, 33), "Nordinge centrum": (52, 49),
        "Solhöjden": (22, 24), "Östergläntan": (36, 45)}),
    ("Dålig belysning är ett problem", "-", {
        "Fågelsta": (26, 19), "Hedvigsdal": (35, 30), "Liljedal": (41, 22), "Nordinge centrum": (21, 20),
        "Solhöjden": (29, 27), "Östergläntan": (33, 36)}),
    ("Har sett narkotikaförsäljning", "-", {
        "Fågelsta": (6, 5), "Hedvigsdal": (17, 21), "Liljedal": (12, 9), "Nordinge centrum": (15, 14),
        "Solhöjden": (3, 4), "Östergläntan": (9, 16)}),
    ("Förtroende för polisen", "+", {
        "Fågelsta": (68, 70), "Hedvigsdal": (52, 50), "Liljedal": (57, 63), "Nordinge centrum": (61, 62),
        "Solhöjden": (73, 72), "Östergläntan": (59, 53)}),
    ("Förtroende för kommunens trygghetsarbete", "+", {
        "Fågelsta": (48, 51), "Hedvigsdal": (37, 36), "Liljedal": (40, 49), "Nordinge centrum": (45, 46),
        "Solhöjden": (53, 55), "Östergläntan": (44, 38)}),
]
D_ALL = "Hela kommunen"


def d_kommun(qi, yi):
    """Weighted share for the whole municipality (weights: respondents that year), whole per cent."""
    vals = D_Q[qi][2]
    tot = sum(D_RESP[a][yi] for a in D_AREAS)
    return int(sum(vals[a][yi] * D_RESP[a][yi] for a in D_AREAS) / tot + 0.5)


def d_val(qi, area, yi):
    return d_kommun(qi, yi) if area == D_ALL else D_Q[qi][2][area][yi]


def d_index(area, yi):
    """Trygghetsindex 0–100: mean of Q1, 100 − Q2 and 100 − Q3, one decimal."""
    q1, q2, q3 = (d_val(i, area, yi) for i in range(3))
    return r1((q1 + (100 - q2) + (100 - q3)) / 3)


def d_rate(area):
    if area == D_ALL:
        return r1(100 * sum(D_RESP[a][1] for a in D_AREAS) / sum(D_SAMPLE.values()))
    return r1(100 * D_RESP[area][1] / D_SAMPLE[area])


def d_resp(area, yi=1):
    return sum(D_RESP[a][yi] for a in D_AREAS) if area == D_ALL else D_RESP[area][yi]


D_ATGARDER = [
    "Belysningen längs gång- och cykelvägarna i Östergläntan och Hedvigsdal byts ut under 2028.",
    "Nattvandringen i centrum utökas till fredagar och lördagar året runt i samarbete med föreningarna.",
    "Städningen av torget i Östergläntan och av parkerna i Hedvigsdal ökas till tre gånger i veckan.",
    "Medborgarlöften tecknas på nytt med polisen för Östergläntan och Hedvigsdal.",
    "En trygghetsvandring med boende och fastighetsägare genomförs i varje stadsdel under hösten 2028.",
]

# =====================================================================================================
# (e) Stavsundahem AB (Stavsunda kommun) – årsredovisning 2026
# =====================================================================================================
E_YEARS = [2022, 2023, 2024, 2025, 2026]
# (label, unit kind, values 2022..2026); "t" = tkr integer, "p" = percent one decimal, "x" = times one decimal,
# "n" = integer count/kr
E_KEY = [
    ("Ekonomi", None, None),
    ("Nettoomsättning, tkr", "t", [262418, 271905, 288310, 301264, 314870]),
    ("Rörelseresultat, tkr", "t", [48215, 44902, 39870, 45631, 52118]),
    ("Resultat efter finansiella poster, tkr", "t", [31406, 19885, 8312, 14907, 22645]),
    ("Balansomslutning, tkr", "t", [2184300, 2296710, 2415880, 2502140, 2644925]),
    ("Soliditet, %", "p", [14.2, 13.9, 13.4, 13.6, 14.1]),
    ("Räntetäckningsgrad, ggr", "x", [2.9, 1.8, 1.3, 1.5, 1.7]),
    ("Fastigheter", None, None),
    ("Direktavkastning, %", "p", [4.1, 3.8, 3.6, 3.9, 4.2]),
    ("Underhåll, kr/m²", "n", [212, 198, 187, 205, 221]),
    ("Investeringar, tkr", "t", [96410, 142380, 188725, 131960, 204315]),
    ("Uthyrning", None, None),
    ("Antal lägenheter", "n", [3412, 3436, 3498, 3522, 3610]),
    ("Genomsnittlig hyra, kr/m²", "n", [1196, 1243, 1312, 1376, 1428]),
    ("Uthyrningsgrad, %", "p", [98.9, 99.1, 98.6, 98.7, 99.2]),
]


def e_key(label):
    return [r for r in E_KEY if r[0] == label][0][2]


# resultaträkning, tkr: (label, not, 2026, 2025); None rows are computed sums
E_OVR = (2145, 1876)
E_UNDERHALL = (-36528, -32811)
E_FSKATT = (-7934, -7702)
E_AVSKR = (-58466, -56327)
E_ADMIN = (-15870, -14985)
E_FININT = (1204, 987)
E_RANTA = (-30677, -31711)
E_BOKSLDISP = (-4500, -2000)
E_SKATT = (-3870, -2660)


def e_rr():
    """[(label, note, v2026, v2025, style)] – style "" / "S" (sum) ; drift is derived so that
    rörelseresultat equals the five-year table."""
    oms = (e_key("Nettoomsättning, tkr")[4], e_key("Nettoomsättning, tkr")[3])
    rr_ = (e_key("Rörelseresultat, tkr")[4], e_key("Rörelseresultat, tkr")[3])
    intakt = tuple(oms[i] + E_OVR[i] for i in range(2))
    drift = tuple(-(intakt[i] + E_UNDERHALL[i] + E_FSKATT[i] + E_AVSKR[i] + E_ADMIN[i] - rr_[i]) for i in range(2))
    brutto = tuple(intakt[i] + drift[i] + E_UNDERHALL[i] + E_FSKATT[i] + E_AVSKR[i] for i in range(2))
    efp = tuple(rr_[i] + E_FININT[i] + E_RANTA[i] for i in range(2))
    fore_skatt = tuple(efp[i] + E_BOKSLDISP[i] for i in range(2))
    arets = tuple(fore_skatt[i] + E_SKATT[i] for i in range(2))
    return [
        ("Nettoomsättning", "2", *oms, ""),
        ("Övriga rörelseintäkter", "", *E_OVR, ""),
        ("Summa rörelsens intäkter", "", *intakt, "S"),
        ("Driftkostnader", "3", *drift, ""),
        ("Underhållskostnader", "4", *E_UNDERHALL, ""),
        ("Fastighetsskatt och fastighetsavgift", "", *E_FSKATT, ""),
        ("Avskrivningar", "5", *E_AVSKR, ""),
        ("Bruttoresultat", "", *brutto, "S"),
        ("Central administration", "6", *E_ADMIN, ""),
        ("Rörelseresultat", "", *rr_, "S"),
        ("Finansiella intäkter", "", *E_FININT, ""),
        ("Räntekostnader och liknande poster", "7", *E_RANTA, ""),
        ("Resultat efter finansiella poster", "", *efp, "S"),
        ("Bokslutsdispositioner", "8", *E_BOKSLDISP, ""),
        ("Resultat före skatt", "", *fore_skatt, "S"),
        ("Skatt på årets resultat", "9", *E_SKATT, ""),
        ("Årets resultat", "", *arets, "S"),
    ]


def e_rr_row(label):
    return [r for r in e_rr() if r[0] == label][0]


# construction projects: (projekt, område, lägenheter, upplåtelse, byggstart (year, month), inflyttning text,
# inflyttning (year, month))
E_PROJ = [
    ("Kv. Fiskmåsen", "Hamnstaden", 64, "Hyresrätt", (2025, 4), "mars 2027", (2027, 3)),
    ("Hallonbacken etapp 2", "Lindbacka", 38, "Hyresrätt", (2025, 9), "1 juni 2027", (2027, 6)),
    ("Nyängens trygghetsboende", "Norrlyckan", 42, "Trygghetsboende 65+", (2026, 1), "oktober 2027", (2027, 10)),
    ("Sjölyckan radhus", "Sandåker", 24, "Hyresrätt", (2026, 5), "december 2027", (2027, 12)),
    ("Fältsparven gruppbostad", "Lindbacka", 6, "LSS-bostad", (2026, 9), "februari 2028", (2028, 2)),
    ("Smedjegården", "Stavsunda centrum", 96, "Hyresrätt", (2026, 11), "kv 2 2028", (2028, 5)),
    ("Sörbyängen etapp 1", "Snöbacka", 120, "Hyresrätt", (2027, 6), "hösten 2029", (2029, 9)),
]
E_NEW_2026 = 88        # flats completed during 2026 (the increase in the key-figure table)

# =====================================================================================================
# (f) Ödsviks kommun – försäljning av mark i Norrheden: tjänsteskrivelse, protokollsutdrag (scanned), bilaga
# =====================================================================================================
F_PLOTS = [("Ödsvik Norrheden 1:14", 12480, 185), ("Ödsvik Norrheden 1:15", 9870, 185),
           ("Ödsvik Norrheden 1:16", 8615, 160)]
F_TILLTRADE = _dt.date(2027, 9, 1)
F_HANDPENNING_PCT = 10
F_HANDPENNING_DAG = _dt.date(2027, 6, 30)
F_BYGGSTART = _dt.date(2028, 12, 31)
F_PARAGRAF = "§ 58"
F_DATUM = "2027-04-13"
F_EXPL = (14.6, 9.8, 4.8)      # exploateringsutgifter etapp 1, mnkr: total, varav VA, varav gator


def f_price(p):
    return p[1] * p[2]


def f_total():
    return sum(f_price(p) for p in F_PLOTS)


def f_area():
    return sum(p[1] for p in F_PLOTS)


def f_handpenning():
    return f_total() * F_HANDPENNING_PCT // 100


# other plots in Norrheden etapp 1 (p. 3): (fastighet, areal m², status)
F_OTHER = [
    ("Ödsvik Norrheden 1:10", 6240, "Såld 2025"),
    ("Ödsvik Norrheden 1:11", 5910, "Såld 2026"),
    ("Ödsvik Norrheden 1:12", 7305, "Ledig"),
    ("Ödsvik Norrheden 1:13", 4880, "Reserverad"),
    ("Ödsvik Norrheden 1:14", 12480, "Säljs enligt § 58"),
    ("Ödsvik Norrheden 1:15", 9870, "Säljs enligt § 58"),
    ("Ödsvik Norrheden 1:16", 8615, "Säljs enligt § 58"),
    ("Ödsvik Norrheden 1:17", 11250, "Ledig"),
    ("Ödsvik Norrheden 1:18", 3960, "Ledig"),
]
F_VILLKOR = [
    "Köparen ska påbörja byggnation av en logistikterminal om minst 6 000 kvadratmeter bruttoarea inom "
    "fastigheterna före utgången av 2028.",
    "Om byggnationen inte har påbörjats i tid har kommunen rätt att köpa tillbaka fastigheterna till den "
    "ursprungliga köpeskillingen.",
    "Fastigheterna får inte säljas vidare utan kommunens skriftliga medgivande innan byggnaden har tagits i "
    "bruk.",
    "Köparen svarar för kostnader för lagfart, anslutningsavgifter för vatten och avlopp samt el.",
    "Dagvatten ska fördröjas inom fastigheterna enligt kommunens dagvattenpolicy.",
    "Ledningsrätten för kraftledningen över Ödsvik Norrheden 1:16 ska respekteras och får inte bebyggas.",
]


def _fmt(n):
    return f"{n:,}".replace(",", " ")


def f_scan_blocks():
    p = F_PLOTS
    return [
        ("small", "ÖDSVIKS KOMMUN\tPROTOKOLLSUTDRAG"),
        ("small", "Kommunstyrelsen\tSammanträdesdatum " + F_DATUM),
        ("rule", ""),
        ("h", f"{F_PARAGRAF}   Försäljning av mark inom verksamhetsområdet Norrheden till Hellgrens "
              "Logistik AB"),
        ("small", "Dnr KS 2027/041"),
        ("sp", ""),
        ("b", "Beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        ("att", "att sälja fastigheterna enligt tabellen nedan till Hellgrens Logistik AB,"),
        ("table", [["Fastighet", "Areal, m²", "Pris, kr/m²", "Köpeskilling, kr"]]
         + [[x[0], _fmt(x[1]), str(x[2]), _fmt(f_price(x))] for x in p]
         + [["Summa", _fmt(f_area()), "", _fmt(f_total())]]),
        ("att", f"att den sammanlagda köpeskillingen är {_fmt(f_total())} kronor, varav en handpenning om "
                f"{_fmt(f_handpenning())} kronor ska betalas senast den {dmy(F_HANDPENNING_DAG)},"),
        ("att", f"att tillträdesdag är den {dmy(F_TILLTRADE)},"),
        ("att", "att uppdra åt kommundirektören att underteckna köpeavtalet."),
        ("b", "Ärendet"),
        ("p", "Hellgrens Logistik AB har ansökt om att få köpa tre angränsande tomter i Norrheden för att bygga en "
              "logistikterminal. Förvaltningen har föreslagit samma pris per kvadratmeter för alla tre tomterna."),
        ("b", "Yrkanden"),
        ("p", "Henrik Nyström (S) yrkar att priset för Ödsvik Norrheden 1:16 sätts lägre än för de övriga "
              "tomterna, eftersom en kraftledning korsar tomten och ungefär en tredjedel av ytan därför inte kan "
              "bebyggas. Sara Lindholm (C) yrkar bifall till förvaltningens förslag."),
        ("b", "Beslutsgång"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen har beslutat enligt "
              "Henrik Nyströms yrkande."),
        ("sp", ""),
        ("small", "Vid protokollet"),
        ("sign", "Linnea Sahlin, sekreterare"),
        ("small", "Justeras"),
        ("sign", "Sara Lindholm, ordförande\tFredrik Öhman, justerare"),
        ("small", "Utdragsbestyrkande"),
        ("sign", "Linnea Sahlin"),
    ]


def f_scan_text():
    """The text printed in the scanned image, one block per line (tables cell by cell)."""
    out = []
    for style, t in f_scan_blocks():
        if style == "table":
            out.extend(" ".join(r) for r in t)
        elif style == "sign":
            out.append(t.replace("\t", " "))
        elif style != "rule":
            out.append(t.replace("\t", " "))
    return "\n".join(out)
