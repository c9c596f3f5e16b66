"""Table rows and list items of the six synthetic15 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them. Derived values (deviations, changes
in percent, sums and subtotals, shares, counts in running text, fees including VAT and the worked examples) are
computed here."""


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


# ---------------------------------------------------------------- (a) Cedersjö, årsredovisning 2025, driftredovisning
# (nämnd, budget 2025 incl. tilläggsanslag, utfall 2025, utfall 2024) – net costs, mnkr
A_DRIFT = [
    ("Kommunstyrelsen", 148.6, 141.9, 137.2),
    ("Barn- och utbildningsnämnden", 712.4, 726.8, 689.5),
    ("Vård- och omsorgsnämnden", 598.3, 619.7, 577.1),
    ("Samhällsbyggnadsnämnden", 96.2, 93.5, 91.8),
    ("Kultur- och fritidsnämnden", 61.7, 60.2, 58.9),
    ("Miljö- och byggnämnden", 14.8, 15.6, 13.7),
    ("Överförmyndarnämnden", 4.1, 4.6, 3.9),
    ("Revisionen", 2.9, 2.7, 2.8),
]


def a_avv(r):
    """budget − utfall (negative = over budget)"""
    return r1(r[1] - r[2])


def a_chg(r):
    """change of the net cost 2024 -> 2025 in percent"""
    return r1(100 * (r[2] / r[3] - 1))


def a_sum():
    b = r1(sum(r[1] for r in A_DRIFT))
    u = r1(sum(r[2] for r in A_DRIFT))
    u24 = r1(sum(r[3] for r in A_DRIFT))
    return b, u, r1(b - u), u24, r1(100 * (u / u24 - 1))


# tilläggsanslag 2025: (nämnd, ändamål, mnkr, KF date)
A_TILLAGG = [
    ("Barn- och utbildningsnämnden", "Fler platser i förskolan Cikadan", 6.5, "2025-03-24"),
    ("Kommunstyrelsen", "Säkerhetsskydd och civilt försvar", 1.8, "2025-03-24"),
    ("Samhällsbyggnadsnämnden", "Vinterväghållning januari–mars", 2.4, "2025-04-28"),
    ("Kultur- och fritidsnämnden", "Sommarlovsaktiviteter för barn och unga", 0.9, "2025-04-28"),
    ("Vård- och omsorgsnämnden", "Ökade kostnader för placeringar inom LSS", 9.0, "2025-06-16"),
    ("Vård- och omsorgsnämnden", "Heltidsresan, införande steg 2", 3.2, "2025-09-22"),
]


def a_tillagg_sum():
    return r1(sum(r[2] for r in A_TILLAGG))


# fact boxes: nämnd -> (årsarbetare 2025, årsarbetare 2024, sjukfrånvaro 2025, sjukfrånvaro 2024, extra label, value)
A_FAKTA = {
    "Kommunstyrelsen": (212, 205, 4.9, 5.3, "Invånare 31 dec", "21 846"),
    "Barn- och utbildningsnämnden": (1084, 1067, 6.4, 6.9, "Elever i grundskolan", "2 418"),
    "Vård- och omsorgsnämnden": (1127, 1102, 9.2, 8.6, "Beviljade hemtjänsttimmar", "312 400"),
    "Samhällsbyggnadsnämnden": (96, 94, 5.1, 4.4, "Kilometer kommunal gata", "164"),
    "Kultur- och fritidsnämnden": (58, 57, 3.8, 4.1, "Biblioteksbesök", "141 300"),
}

# ---------------------------------------------------------------- (b) Region Ivarsmark, kollektivtrafik 2025
B_SLAG = ["Stadstrafik Ivarsholm", "Regionbusstrafik", "Tågtrafik"]
# (slag index, linje, sträcka, resor 2024 tusental or None, resor 2025 tusental, kostnadstäckning 2025 %, punktlighet %)
B_LINJER = [
    (0, "1", "Ivarsholm C – Ingelbo", 1412, 1486, 58, 91.4),
    (0, "2", "Idelsta – Ivarsholm C – Ytterhed", 1165, 1251, 55, 89.7),
    (0, "3", "Ivarsholm C – Wennbo", 688, 671, 41, 92.8),
    (0, "4", "Zettersta – Ivarsholm C – Cilleby", 954, 1012, 49, 88.1),
    (0, "6", "Ringlinjen Ivarsholm", 402, 431, 33, 94.2),
    (1, "10", "Ivarsholm – Cederfors", 612, 648, 44, 90.6),
    (1, "11", "Ivarsholm – Wadhult – Yxbacka", 297, 281, 21, 87.9),
    (1, "14", "Cederfors – Zandvik", None, 58, 19, 91.2),
    (1, "20", "Ivarsholm – Idelsta – Wennbo", 344, 352, 31, 93.5),
    (1, "22", "Yxbacka – Zandvik", 121, 104, 17, 89.4),
    (1, "25", "Cederfors – Cilleby – Wadhult", 186, 190, 26, 92.1),
    (1, "31", "Ivarsholm – Ytterhed – Zettersta", 233, 226, 24, 94.8),
    (2, "P", "Pendeltåg Ivarsholm – Cederfors", 1306, 1358, 52, 86.3),
    (2, "R", "Regionaltåg Ivarsholm – Zandvik", 471, 398, 46, 81.7),
]


def b_chg(r):
    return None if r[3] is None else r1(100 * (r[4] / r[3] - 1))


def b_slag_sum(i):
    rows = [r for r in B_LINJER if r[0] == i]
    r24 = sum(r[3] for r in rows if r[3] is not None)
    r25 = sum(r[4] for r in rows)
    return r24, r25


def b_total():
    r24 = sum(r[3] for r in B_LINJER if r[3] is not None)
    r25 = sum(r[4] for r in B_LINJER)
    return r24, r25


# anropsstyrd närtrafik (not a line): resor tusental 2024, 2025
B_NARTRAFIK = (38, 41)


def b_all():
    r24, r25 = b_total()
    return r24 + B_NARTRAFIK[0], r25 + B_NARTRAFIK[1]


# economy, mnkr: (post, budget 2025, utfall 2025, utfall 2024)
B_EKONOMI = [
    ("Biljettintäkter", 268.4, 276.9, 259.3),
    ("Övriga intäkter", 21.6, 19.8, 20.4),
    ("Trafikkostnader", -741.0, -763.5, -718.2),
    ("Övriga kostnader", -53.2, -51.7, -49.6),
]


def b_ekonomi():
    rows = [(p, b, u, u24) for p, b, u, u24 in B_EKONOMI]
    net = tuple(r1(sum(r[i] for r in B_EKONOMI)) for i in (1, 2, 3))
    return rows, net


def b_kt():
    """kostnadstäckningsgrad = biljettintäkter / (trafik + övriga kostnader), percent, for 2025 and 2024"""
    inc = {r[0]: r for r in B_EKONOMI}
    k25 = -(inc["Trafikkostnader"][2] + inc["Övriga kostnader"][2])
    k24 = -(inc["Trafikkostnader"][3] + inc["Övriga kostnader"][3])
    return r1(100 * inc["Biljettintäkter"][2] / k25), r1(100 * inc["Biljettintäkter"][3] / k24)


B_ATGARDER = [
    "Linje 11 och linje 22 läggs samman till en linje Ivarsholm – Yxbacka – Zandvik från augusti 2026.",
    "Regionaltåget får två nya avgångar per vardag när banarbetena på sträckan Ivarsholm – Zandvik är klara.",
    "Realtidsinformation installeras vid ytterligare 45 hållplatser, främst längs linjerna 20, 25 och 31.",
    "Anropsstyrd närtrafik ersätter linje 14 under lågtrafik kvällar och helger.",
]

# ---------------------------------------------------------------- (c) Wirsnäs, klimatstrategi 2026–2030
# (sektor, 2010, 2015, 2020, 2022, 2023) – kton CO2e
C_SEKTOR = [
    ("Transporter", 88.4, 81.7, 69.2, 66.8, 63.1),
    ("Jordbruk", 41.2, 40.6, 39.1, 38.4, 38.0),
    ("Arbetsmaskiner", 19.7, 18.9, 17.4, 16.9, 16.2),
    ("Industri (energi och processer)", 37.9, 33.2, 14.6, 9.8, 7.4),
    ("El och fjärrvärme", 12.6, 8.1, 3.9, 2.7, 2.5),
    ("Egen uppvärmning av bostäder och lokaler", 6.8, 4.9, 2.8, 2.4, 2.1),
    ("Avfall och avlopp", 4.3, 3.6, 2.9, 2.7, 2.6),
    ("Produktanvändning", 3.7, 3.5, 3.3, 3.2, 3.1),
]


def c_chg(r):
    return r1(100 * (r[5] / r[1] - 1))


def c_sum():
    s = [r1(sum(r[i] for r in C_SEKTOR)) for i in range(1, 6)]
    return s + [r1(100 * (s[4] / s[0] - 1))]


C_MAL_MINSKNING = 70          # percent reduction 2010–2030


def c_mal_2030():
    return r1(c_sum()[0] * (1 - C_MAL_MINSKNING / 100))


# kommunorganisationens egna utsläpp, ton: (källa, 2019, 2025, mål 2030)
C_EGNA = [
    ("Kommunens fordon", 412, 268, 40),
    ("Tjänsteresor med egen bil och flyg", 96, 71, 30),
    ("Uppvärmning av egna lokaler", 184, 57, 0),
]

C_NAMNDER = ["KS", "BUN", "SBN", "TN", "VON"]
C_OMRADEN = ["Transporter och resor", "Energi och byggande", "Konsumtion och upphandling"]
# (område, nr, åtgärd, {nämnd: "●" lead / "○" part}, klart år, kostnad tkr or None)
C_ATGARDER = [
    (0, 1, "Byta kommunens personbilar och lätta lastbilar till elfordon vid ordinarie utbyte",
     {"TN": "●", "VON": "○", "BUN": "○"}, 2028, 4800),
    (0, 2, "Bygga 120 laddpunkter vid kommunens arbetsplatser och infartsparkeringar",
     {"TN": "●", "SBN": "○"}, 2027, 6200),
    (0, 3, "Införa en resepolicy där tåg är förstahandsval för tjänsteresor under 50 mil",
     {"KS": "●"}, 2026, None),
    (0, 4, "Planera för cykelstråk mellan Wirsnäs centrum och Ceremåla skola",
     {"SBN": "●", "TN": "○"}, 2029, 9500),
    (0, 5, "Erbjuda samåkningstjänst för anställda inom hemtjänsten",
     {"VON": "●", "KS": "○"}, 2026, 350),
    (1, 6, "Installera solceller på tio kommunala byggnader, bland annat Ingridskolan",
     {"TN": "●"}, 2027, 7400),
    (1, 7, "Energieffektivisera ventilationen i äldreboendet Cikorian",
     {"TN": "●", "VON": "○"}, 2026, 2100),
    (1, 8, "Ställa krav på klimatdeklaration och lågt klimatavtryck vid nybyggnation",
     {"SBN": "●", "TN": "○"}, 2026, None),
    (1, 9, "Ta fram en plan för att fasa ut reservkraft som drivs med diesel",
     {"TN": "●", "KS": "○"}, 2028, 1500),
    (1, 10, "Erbjuda energirådgivning till lantbruksföretag i kommunen",
     {"KS": "●"}, 2027, 600),
    (2, 11, "Minska matsvinnet i skolor och äldreboenden till högst 30 gram per portion",
     {"BUN": "●", "VON": "●", "TN": "○"}, 2027, 450),
    (2, 12, "Öka andelen vegetabiliska livsmedel i måltidsverksamheten till 60 procent",
     {"BUN": "●", "VON": "○"}, 2028, None),
    (2, 13, "Införa klimatkrav i alla upphandlingar av transporttjänster",
     {"KS": "●", "TN": "○"}, 2026, None),
    (2, 14, "Inrätta ett återbruk för möbler och IT-utrustning inom kommunen",
     {"KS": "●", "BUN": "○", "SBN": "○"}, 2027, 900),
]


def c_lead(r, n):
    return r[3].get(n) == "●"


def c_cost_sum():
    return sum(r[5] for r in C_ATGARDER if r[5] is not None)


# ---------------------------------------------------------------- (d) Yxlinge, bostadsförsörjningsprogram 2026–2030
D_ORTER = ["Yxlinge", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby"]
D_INV_2020 = [13862, 2944, 2371, 1512, 861, 604]
D_INV_2025 = [14230, 3108, 2296, 1674, 842, 631]


def d_inv_total():
    return sum(D_INV_2020), sum(D_INV_2025)


# (ort, område, upplåtelseform, byggherre, antal bostäder, planläge, byggstart)
D_PROJ = [
    ("Yxlinge", "Kv. Igelkotten vid stationen", "Hyresrätt", "Yxlingebostäder AB", 64, "Antagen detaljplan", 2026),
    ("Yxlinge", "Cedergårdens förlängning", "Äganderätt", "Privat", 38, "Antagen detaljplan", 2026),
    ("Yxlinge", "Irisvägen etapp 2", "Bostadsrätt", "Privat", 46, "Planarbete pågår", 2027),
    ("Yxlinge", "Zinniaparken", "Blandat", "Privat", 120, "Planbesked", 2029),
    ("Yxlinge", "Trygghetsboende vid vårdcentralen", "Hyresrätt", "Yxlingebostäder AB", 32, "Planarbete pågår", 2027),
    ("Ystebo", "Ystebo hamnområde", "Bostadsrätt", "Privat", 54, "Planarbete pågår", 2028),
    ("Ystebo", "Ystebo skolväg", "Hyresrätt", "Yxlingebostäder AB", 24, "Antagen detaljplan", 2026),
    ("Cervinge", "Cervinge norra", "Äganderätt", "Privat", 18, "Antagen detaljplan", 2027),
    ("Cervinge", "Cervinge centrum", "Hyresrätt", "Privat", 16, "Planbesked", 2029),
    ("Wälsta", "Wälsta ängar etapp 1", "Äganderätt", "Privat", 22, "Antagen detaljplan", 2026),
    ("Wälsta", "Wälsta ängar etapp 2", "Bostadsrätt", "Privat", 30, "Planarbete pågår", 2028),
    ("Ingvaldstorp", "Ingvaldstorps by", "Äganderätt", "Privat", 8, "Antagen detaljplan", 2027),
    ("Zetterby", "Zetterby strand", "Hyresrätt", "Yxlingebostäder AB", 12, "Planarbete pågår", 2028),
]


def d_ort_sum(ort):
    return sum(r[4] for r in D_PROJ if r[0] == ort)


def d_total():
    return sum(r[4] for r in D_PROJ)


def d_form(form):
    return sum(r[4] for r in D_PROJ if r[2] == form)


# färdigställda bostäder: (år, flerbostadshus, småhus)
D_BYGG = [(2021, 86, 41), (2022, 104, 37), (2023, 52, 29), (2024, 31, 24), (2025, 68, 27)]
D_MAL_PER_AR = 120

D_ATGARDER = [
    "Ta fram en markanvisningspolicy som prioriterar hyresrätter i stationsnära lägen",
    "Ge Yxlingebostäder AB ägardirektiv att bygga minst 150 hyresrätter till och med 2030",
    "Inventera behovet av bostäder med särskild service enligt LSS vartannat år",
    "Pröva förtur till bostad för personer som får arbete inom vård och skola",
    "Följa upp programmet årligen i samband med årsredovisningen",
]

# ---------------------------------------------------------------- (e) Zelmersta, välfärdsbokslut 2025
E_OMRADEN = ["Barn och unga", "Vuxna", "Äldre"]
# (område, indikator, källa, kvinnor/flickor, män/pojkar, totalt, riket, jämförelse, decimals)
E_IND = [
    (0, "Barn som lever i ekonomiskt utsatta hushåll¹, %", "SCB, 2024", None, None, 11.8, 9.6, "Sämre", 1),
    (0, "Elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram, %", "Skolverket, läsåret 2024/25",
     87.9, 81.2, 84.4, 84.9, "I nivå", 1),
    (0, "Elever i årskurs 9 som röker dagligen eller ibland, %", "Drogvaneundersökningen 2025", 7.1, 5.8, 6.7,
     6.9, "I nivå", 1),
    (0, "Elever i årskurs 9 som känner sig trygga i skolan, %", "Elevenkäten 2025", 78, 86, 82, 84, "I nivå", 0),
    (0, "Unga 16–20 år som varken arbetar eller studerar, %", "SCB, 2023", 5.2, 7.9, 6.6, 5.4, "Sämre", 1),
    (0, "Barn 0–5 år i förskola, %", "Skolverket, 2024", None, None, 92.6, 87.1, "Bättre", 1),
    (1, "Förvärvsarbetande 20–64 år, %", "SCB, 2024", 83.9, 86.4, 85.2, 80.2, "Bättre", 1),
    (1, "Invånare med eftergymnasial utbildning, %", "SCB, 2024", 41.6, 29.8, 35.5, 46.3, "Sämre", 1),
    (1, "Personer med fetma 16–84 år, %", "Hälsa på lika villkor, 2022–2024", 18.4, 19.7, 19.1, 16.0,
     "Sämre", 1),
    (1, "Personer som har ekonomiskt bistånd i minst tio månader¹, antal", "Socialstyrelsen, 2024", 58, 71, 129,
     None, "–", 0),
    (1, "Anmälda våldsbrott per 1 000 invånare", "Brå, 2024", None, None, 9.8, 11.4, "Bättre", 1),
    (1, "Valdeltagande i kommunvalet, %", "Valmyndigheten, 2022", None, None, 86.1, 81.3, "Bättre", 1),
    (2, "Invånare 80 år och äldre med hemtjänst¹, %", "Socialstyrelsen, 2024", 27.4, 19.8, 24.3, 21.6,
     "–", 1),
    (2, "Äldre med hemtjänst som känner sig ensamma, %", "Vad tycker de äldre om äldreomsorgen?, 2025", 52, 44,
     49, 54, "Bättre", 0),
    (2, "Fallolyckor 80 år och äldre per 1 000 invånare", "Socialstyrelsen, 2023", 61.2, 44.8, 54.6, 51.9,
     "Sämre", 1),
    (2, "Väntetid till särskilt boende, medelvärde dagar", "Kolada, 2024", None, None, 48, 64, "Bättre", 0),
]


# indicators where a LOWER value is better (used to recompute the comparison word)
E_LOWER_BETTER = {"Barn som lever i ekonomiskt utsatta hushåll¹, %", "Elever i årskurs 9 som röker dagligen eller ibland, %",
                  "Unga 16–20 år som varken arbetar eller studerar, %", "Personer med fetma 16–84 år, %",
                  "Anmälda våldsbrott per 1 000 invånare", "Äldre med hemtjänst som känner sig ensamma, %",
                  "Fallolyckor 80 år och äldre per 1 000 invånare", "Väntetid till särskilt boende, medelvärde dagar"}
E_NIVA = 5   # a difference below 5 percent of the national value counts as "I nivå"


def e_judge(r):
    if r[7] == "–":
        return "–"
    diff = (r[5] - r[6]) / r[6] * 100
    if abs(diff) < E_NIVA:
        return "I nivå"
    better = diff < 0 if r[1] in E_LOWER_BETTER else diff > 0
    return "Bättre" if better else "Sämre"


def e_counts():
    j = [r[7] for r in E_IND if r[7] != "–"]
    return len(E_IND), len(j), j.count("Bättre"), j.count("I nivå"), j.count("Sämre")


E_PRIO = [
    "Minska andelen barn som lever i ekonomiskt utsatta hushåll",
    "Få fler unga i arbete eller studier genom det kommunala aktivitetsansvaret",
    "Förebygga fallolyckor bland äldre med hemtjänst",
    "Öka den fysiska aktiviteten bland vuxna med stillasittande arbete",
]

# ---------------------------------------------------------------- (f) Cronvik, VA-taxa 2026
MOMS = 25


def inkl(x):
    return r2(x * (1 + MOMS / 100))


# anläggningsavgift (§ 5), kr exkl. moms: (bokstav, avgiftsdel, enhet, 2026)
F_ANL = [
    ("a", "en avgift avseende framdragning av servisledning", "per uppsättning", 64800),
    ("b", "en avgift per förbindelsepunkt", "per förbindelsepunkt", 32400),
    ("c", "en avgift per m² tomtyta", "per m²", 38.40),
    ("d", "en avgift per lägenhet", "per lägenhet", 24720),
]
# brukningsavgift (§ 12), kr exkl. moms: (bokstav, avgift, enhet, 2025, 2026)
F_BRUK = [
    ("a", "fast avgift per mätare, qn 2,5 m³/h", "per år", 2340, 2496),
    ("b", "fast avgift per mätare, qn 6 m³/h", "per år", 5620, 5990),
    ("c", "fast avgift per mätare, qn 10 m³/h", "per år", 9360, 9980),
    ("d", "avgift per m³ levererat vatten", "per m³", 23.40, 25.00),
    ("e", "avgift per lägenhet", "per år", 1120, 1184),
    ("f", "avgift för dagvatten, bostadsfastighet", "per år", 820, 816),
]


def f_bruk_chg(r):
    return r1(100 * (r[4] / r[3] - 1))


# övriga avgifter (§ 14), kr exkl. moms: (åtgärd, avgift 2026)
F_OVR = [
    ("Avstängning av vattentillförsel", 1000),
    ("Påsläpp av vattentillförsel", 1000),
    ("Montering och demontering av vattenmätare", 1640),
    ("Undersökning av vattenmätare på begäran", 1440),
    ("Extra avläsning av vattenmätare", 448),
    ("Förgävesbesök", 632),
    ("Byte av skadad eller frusen vattenmätare", 1920),
    ("Tillfällig anslutning, till exempel byggvatten", 760),
]

# worked examples (§ 15): Typhus A villa 150 m³; Typhus B flerbostadshus 15 lägenheter, 2 000 m³, qn 6
F_TYPA = dict(m3=150, mater="a", lgh=1)
F_TYPB = dict(m3=2000, mater="b", lgh=15)


def f_example(t, year_idx=4):
    b = {r[0]: r for r in F_BRUK}
    fast = b[t["mater"]][year_idx]
    rorl = r2(t["m3"] * b["d"][year_idx])
    lgh = t["lgh"] * b["e"][year_idx]
    dag = b["f"][year_idx]
    tot = r2(fast + rorl + lgh + dag)
    return fast, rorl, lgh, dag, tot


def f_example_inkl(t, year_idx=4):
    return tuple(inkl(x) for x in f_example(t, year_idx))


def f_example_chg(t):
    return r1(100 * (f_example(t, 4)[4] / f_example(t, 3)[4] - 1))
