"""The numbers, rows and list items of the six synthetic36 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the changes and subtotals of the
frames, the result budget, the region totals of the health centres weighted by listed patients, the fees and their
sums, the status of every culture indicator, the changes and shares of the emissions, the totals of the care homes
and the text of the scanned page) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    """round half away from zero to one decimal"""
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


def dmy(d):
    """date -> '14 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n, plus=False):
    """12500 -> '12 500' (normal space, as printed in tables); negative with '−'; plus=True: '+12 500'."""
    n = r0(n)
    s = f"{abs(n):,}".replace(",", " ")
    if n < 0:
        return MINUS + s
    if plus and n > 0:
        return "+" + s
    return s


def d1(x, plus=False):
    """7.45 -> '7,5'; 1486.2 -> '1 486,2'; negative with '−'; plus=True gives '+' to positive values."""
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


def pct(new, old):
    return r1((new / old - 1) * 100)


# =====================================================================================================
# (a) Kärrsunda kommun – Mål och budget 2027 med plan 2028–2029 (kommunfullmäktige)
# =====================================================================================================
A_YEARS = ["Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
A_GROUPS = ["Styrning och stöd", "Välfärd", "Samhällsbyggnad och fritid"]
# (grupp, nämnd, fotnot, ram budget 2026, budget 2027, plan 2028, plan 2029) – tkr
A_FRAMES = [
    ("Styrning och stöd", "Kommunstyrelsen", "¹", 118450, 121300, 123900, 126100),
    ("Styrning och stöd", "Revisionen", "", 1820, 1880, 1930, 1980),
    ("Styrning och stöd", "Valnämnden", "²", 1480, 240, 250, 1150),
    ("Styrning och stöd", "Överförmyndarnämnden", "", 3410, 3560, 3650, 3740),
    ("Välfärd", "Barn- och utbildningsnämnden", "", 468200, 481750, 492300, 503900),
    ("Välfärd", "Socialnämnden", "", 402600, 419850, 433200, 447900),
    ("Välfärd", "Vård- och omsorgsnämnden", "", 356900, 371400, 384100, 397300),
    ("Samhällsbyggnad och fritid", "Tekniska nämnden", "³", 64300, 62850, 64100, 65400),
    ("Samhällsbyggnad och fritid", "Miljö- och byggnadsnämnden", "", 9870, 10240, 10480, 10720),
    ("Samhällsbyggnad och fritid", "Kultur- och fritidsnämnden", "", 52400, 53900, 55100, 56300),
]
A_BREAK_AFTER = "Barn- och utbildningsnämnden"   # p. 2 ends after this row, p. 3 goes on with "Välfärd (forts.)"
A_FOOTNOTES = [
    "¹ Från 2027 ingår 1 200 tkr för den samordnade upphandlingsfunktionen som tidigare låg under tekniska nämnden.",
    "² Ramen varierar med valåren: allmänna val hölls 2026 och val till Europaparlamentet hålls 2029.",
    "³ Ramen 2027 har minskats med 1 200 tkr för upphandlingsfunktionen och med 1 500 tkr i effektiviseringskrav.",
]
A_TAX = (21.74, 21.99)          # kommunal utdebitering 2026, 2027, kronor per 100 kr beskattningsbar inkomst
A_TAX_REGION = 11.56
A_POP = 24318                   # invånare 1 november 2026
A_PASSAGE = ("antalet invånare som är 80 år eller äldre väntas öka med nästan en fjärdedel fram till 2029 medan "
             "skatteunderlaget växer långsammare")
A_RESULT_TARGET = 2.0           # resultatmål, procent av skatteintäkter och generella statsbidrag
A_DECIDED = _dt.date(2026, 11, 23)
A_PARAGRAPH = 131
# result budget inputs, mnkr (budget 2026, budget 2027, plan 2028, plan 2029)
A_PENSIONS = (41.2, 43.8, 45.9, 47.6)
A_DEPREC = (36.4, 38.9, 41.3, 43.0)
A_TAXINC = (1162.4, 1219.8, 1262.3, 1306.8)
A_GRANTS = (421.5, 438.6, 454.9, 468.7)
A_FININC = (6.8, 7.2, 7.4, 7.6)
A_FINCOST = (18.5, 21.4, 24.9, 27.8)
# priorities 2027 (p. 2): (lead, [nested items])
A_PRIORITIES = [
    ("Trygg uppväxt och goda kunskapsresultat", [
        "Fler legitimerade lärare i grundskolans senare år genom ett lokalt lönetillägg.",
        "Elevhälsan förstärks med två kuratorer och en skolsköterska.",
        "Läxhjälp och lovskola erbjuds på alla skolor med årskurs 7–9.",
    ]),
    ("En äldreomsorg med kontinuitet", [
        "Färre personal per brukare i hemtjänsten genom mindre arbetslag.",
        "Ett nytt korttidsboende planeras i centrala Kärrsunda.",
    ]),
    ("Ett växande Kärrsunda", [
        "Detaljplaner för minst 150 nya bostäder antas under året.",
        "Verksamhetsmark i Rörby förbereds för nya företag.",
        "Gång- och cykelvägen mellan Oppala och centrum byggs färdigt.",
    ]),
    ("En effektiv och digital förvaltning", [
        "E-tjänster införs för bygglov, färdtjänst och skolval.",
        "Lokalytan minskas med fem procent genom samlokalisering.",
    ]),
]


def a_frames(group=None):
    return [f for f in A_FRAMES if group is None or f[0] == group]


def a_sum(group=None):
    """(budget 2026, budget 2027, plan 2028, plan 2029) in tkr"""
    fs = a_frames(group)
    return tuple(sum(f[3 + i] for f in fs) for i in range(4))


def a_change(f):
    return f[4] - f[3]


def a_row_text(f):
    return f"{f[1]}{f[2]} {g(f[3])} {g(f[4])} {g(a_change(f), plus=True)} {g(f[5])} {g(f[6])}"


def a_sum_text(label, group=None):
    s = a_sum(group)
    return f"{label} {g(s[0])} {g(s[1])} {g(s[1] - s[0], plus=True)} {g(s[2])} {g(s[3])}"


def a_result():
    """the result budget, rows of (label, kind, values) in mnkr; kind 'sum' is printed in bold"""
    S = a_sum()
    nam = tuple(-r1(s / 1000) for s in S)
    pen = tuple(-x for x in A_PENSIONS)
    dep = tuple(-x for x in A_DEPREC)
    vnk = tuple(r1(nam[i] + pen[i] + dep[i]) for i in range(4))
    vr = tuple(r1(vnk[i] + A_TAXINC[i] + A_GRANTS[i]) for i in range(4))
    fc = tuple(-x for x in A_FINCOST)
    fn = tuple(r1(A_FININC[i] + fc[i]) for i in range(4))
    res = tuple(r1(vr[i] + fn[i]) for i in range(4))
    share = tuple(r1(res[i] / (A_TAXINC[i] + A_GRANTS[i]) * 100) for i in range(4))
    return [
        ("Nämndernas nettokostnader", "row", nam),
        ("Pensioner och gemensamma kostnader", "row", pen),
        ("Avskrivningar", "row", dep),
        ("Verksamhetens nettokostnader", "sum", vnk),
        ("Skatteintäkter", "row", A_TAXINC),
        ("Generella statsbidrag och utjämning", "row", A_GRANTS),
        ("Verksamhetens resultat", "sum", vr),
        ("Finansiella intäkter", "row", A_FININC),
        ("Finansiella kostnader", "row", fc),
        ("Finansnetto", "sum", fn),
        ("Årets resultat", "sum", res),
        ("Resultat i procent av skatter och bidrag", "pct", share),
    ]


def a_result_row(label):
    return [r for r in a_result() if r[0] == label][0]


def a_result_text(r):
    return f"{r[0]} " + " ".join(d1(v) for v in r[2])


def a_tax_raise_mnkr():
    """what 25 öre more brings in 2027, mnkr"""
    return r1(A_TAXINC[1] / A_TAX[1] * (A_TAX[1] - A_TAX[0]))


# =====================================================================================================
# (b) Region Ulfsäter – primärvårdens uppföljning 2026 (hälso- och sjukvårdsnämnden)
# =====================================================================================================
B_GROUPS = ["Regiondrivna vårdcentraler", "Privata vårdcentraler i vårdval"]
B_YEARS = [2025, 2026]
# (grupp, vårdcentral, {år: (listade, telefontillgänglighet %, besök inom 3 dagar %, patientenkät index)})
B_UNITS = [
    ("Regiondrivna vårdcentraler", "Rosbacka", {2025: (11240, 86.4, 78.2, 81.5), 2026: (11480, 91.2, 82.4, 82.1)}),
    ("Regiondrivna vårdcentraler", "Gärdsta", {2025: (8930, 72.5, 69.8, 76.3), 2026: (8870, 70.1, 71.5, 75.8)}),
    ("Regiondrivna vårdcentraler", "Odenslund", {2025: (14620, 88.9, 80.5, 83.0), 2026: (15010, 90.4, 79.6, 83.4)}),
    ("Regiondrivna vårdcentraler", "Kopparvik", {2025: (6410, 93.1, 84.2, 85.7), 2026: (6380, 78.6, 76.9, 82.0)}),
    ("Regiondrivna vårdcentraler", "Urberga", {2025: (9750, 84.0, 75.3, 79.9), 2026: (9920, 86.7, 77.8, 80.6)}),
    ("Regiondrivna vårdcentraler", "Ramsdal", {2025: (5180, 95.2, 88.1, 87.4), 2026: (5240, 96.0, 87.5, 88.2)}),
    ("Regiondrivna vårdcentraler", "Wallby", {2025: (7330, 81.6, 73.4, 78.2), 2026: (7460, 83.9, 74.8, 77.5)}),
    ("Privata vårdcentraler i vårdval", "Wilhelmsberg Läkarhus",
     {2025: (12870, 90.5, 83.6, 84.9), 2026: (13240, 92.8, 85.1, 85.6)}),
    ("Privata vårdcentraler i vårdval", "Grönkulla", {2025: (10150, 79.4, 74.1, 80.2), 2026: (10480, 74.6, 72.9, 79.1)}),
    ("Privata vårdcentraler i vårdval", "Oringe", {2025: (4960, 87.8, 81.0, 82.7), 2026: (5120, 89.1, 81.6, 83.5)}),
    ("Privata vårdcentraler i vårdval", "Kåreberg", {2025: (8240, 91.7, 79.9, 81.0), 2026: (8020, 88.3, 78.5, 81.9)}),
    ("Privata vårdcentraler i vårdval", "Ryggåsen", {2025: (6720, 68.9, 66.4, 74.5), 2026: (6950, 73.2, 70.8, 76.0)}),
]
B_TARGETS = (90, 80, 82)        # telefontillgänglighet %, besök inom 3 dagar %, patientenkät index
B_BREAK_AFTER = "Grönkulla"     # p. 2 ends after Grönkulla, p. 3 repeats the heading ("Privata … (forts.)")
B_PASSAGE = ("Kopparvik bytte telefonsystem i mars och hade samtidigt två vakanta läkartjänster under hösten, "
             "vilket gav långa kötider i telefon")
B_DECIDED = _dt.date(2027, 2, 24)
B_CONTACT = ("Ulla Kronqvist", "primärvårdsstrateg")


def b_tot(year):
    """(listade, tel %, besök %, index) for the whole region, the shares weighted by listed patients"""
    us = [u[2][year] for u in B_UNITS]
    n = sum(u[0] for u in us)
    return (n,) + tuple(r1(sum(u[0] * u[k] for u in us) / n) for k in (1, 2, 3))


def b_row(u, year, first):
    v = u[2][year]
    lab = f"{u[1]} " if first else ""
    return f"{lab}{year} {g(v[0])} {d1(v[1])} {d1(v[2])} {d1(v[3])}"


def b_unit_text(u):
    return b_row(u, 2025, True) + " " + b_row(u, 2026, False)


def b_tot_text():
    t5, t6 = b_tot(2025), b_tot(2026)
    return (f"Regionen totalt 2025 {g(t5[0])} {d1(t5[1])} {d1(t5[2])} {d1(t5[3])} "
            f"2026 {g(t6[0])} {d1(t6[1])} {d1(t6[2])} {d1(t6[3])}")


def b_below(k, year=2026):
    """units under the target of measure k (1 tel, 2 besök, 3 index)"""
    return [u for u in B_UNITS if u[2][year][k] < B_TARGETS[k - 1]]


# =====================================================================================================
# (c) Grävinge kommun – miljö- och byggnadsnämndens protokoll 2027-05-19, §§ 58–66
# =====================================================================================================
C_DATE = _dt.date(2027, 5, 19)
C_PARAGRAPHS = [
    (58, "Val av justerare och godkännande av dagordningen", "–"),
    (59, "Ekonomisk uppföljning efter april", "MBN 2027/12"),
    (60, "Information om tillsynsplanen för livsmedelskontroll", "MBN 2027/31"),
    (61, "Bygglov för padelhall på Gärdsåker 1:9", "MBN 2027/118"),
    (62, "Förbud mot fortsatt arbete på Orrspelet 5", "MBN 2027/140"),
    (63, "Byggsanktionsavgifter, samlat beslut", "MBN 2027/152"),
    (64, "Yttrande över detaljplan för kvarteret Uven", "MBN 2027/96"),
    (65, "Delegationsbeslut", "MBN 2027/5"),
    (66, "Meddelanden", "MBN 2027/6"),
]
# (ledamot, parti, uppdrag, röst i § 61: "Ja"/"Nej")
C_MEMBERS = [
    ("Kristina Rydberg", "S", "ordförande", "Ja"),
    ("Ulf Grönlund", "M", "1:e vice ordförande", "Nej"),
    ("Katarina Ullman", "V", "2:e vice ordförande", "Ja"),
    ("Olivia Karlsson", "S", "tjänstgörande ersättare", "Ja"),
    ("Gunilla Wester", "C", "ledamot", "Ja"),
    ("Oskar Kullberg", "SD", "ledamot", "Nej"),
    ("Roger Waltersson", "KD", "ledamot", "Nej"),
    ("Wilma Gustafsson", "L", "ledamot", "Ja"),
    ("Göran Rask", "M", "ledamot", "Nej"),
]
C_ABSENT = ("Rasmus Olofsson", "S")          # replaced by Olivia Karlsson
C_SECRETARY = "Kajsa Gren"
C_ADJUSTER = "Ulf Grönlund"
C_ADJUST_DATE = _dt.date(2027, 5, 24)
C_PADEL = ("Gärdsåker 1:9", 1680, 1200)      # property, planned building area m², what the plan allows m²
C_BANSTOP = _dt.date(2027, 6, 30)            # § 62: the owner of Orrspelet 5 has until this date to file an anmälan
C_ECON = (10.2, 9.8, 0.4)                    # § 59: budget 2027, forecast, surplus (mnkr)
# byggsanktionsavgifter (§ 63): (fastighet, överträdelse, beräknad avgift kr, beslut, beslutad avgift kr or None)
C_FEES = [
    ("Gråsparven 11", "Påbörjat nybyggnad av komplementbyggnad om 28 m² utan startbesked", 11375, "Påförs", 11375),
    ("Rådjuret 7", "Tagit nybyggt enbostadshus i bruk utan slutbesked", 46200, "Påförs", 46200),
    ("Uttern 2", "Rivit förråd utan rivningslov", 6830, "Påförs, nedsatt till hälften", 3415),
    ("Kråkan 14", "Installerat eldstad utan startbesked", 4550, "Påförs", 4550),
    ("Grävinge-Berga 3:12", "Uppfört tillbyggnad om 42 m² utan bygglov", 58960, "Påförs", 58960),
    ("Ormvråken 3", "Ändrat användning från kontor till bostad utan bygglov", 91480, "Påförs, nedsatt till hälften",
     45740),
    ("Ulvtorp 1:15", "Uppfört plank utan bygglov", 7920, "Avskrivs", 0),
    ("Wärnsta 2:4", "Påbörjat rivning av ekonomibyggnad utan startbesked", 12600, "Påförs", 12600),
    ("Korsnäbben 6", "Anordnat parkeringsplats utan marklov", 9240, "Påförs", 9240),
    ("Ripan 9", "Satt upp skylt utan bygglov", 5700, "Påförs, nedsatt till en fjärdedel", 1425),
    ("Gärdsåker 1:7", "Tagit tillbyggnad i bruk utan slutbesked", 22310, "Påförs", 22310),
    ("Orrspelet 5", "Påbörjat fasadändring utan startbesked", 16480, "Återremitteras", None),
    ("Ugglan 12", "Påbörjat ändring av bärande konstruktion utan startbesked", 33390, "Påförs", 33390),
    ("Kornet 3", "Tagit fritidshus i bruk utan slutbesked", 27650, "Påförs, nedsatt till hälften", 13825),
]
C_BREAK_AFTER = "Wärnsta 2:4"   # p. 2 ends after this row; p. 3 repeats "Bilaga till § 63 (forts.)" and the heading
C_PASSAGE = ("fastighetsägaren tog bort planket innan nämnden hann fatta beslut, vilket innebär att rättelse "
             "har skett")


def c_fee_mark(f):
    return "¹" if "nedsatt" in f[3] else ""


def c_dec_text(f):
    return "–" if f[4] is None else g(f[4])


def c_row_text(f):
    return f"{f[0]} {f[1]} {g(f[2])} {f[3]}{c_fee_mark(f)} {c_dec_text(f)}"


def c_sums():
    """(sum of calculated fees of the decided cases, sum of decided fees) – the remitted case is left out"""
    dec = [f for f in C_FEES if f[4] is not None]
    return sum(f[2] for f in dec), sum(f[4] for f in dec)


def c_vote():
    return (sum(1 for m in C_MEMBERS if m[3] == "Ja"), sum(1 for m in C_MEMBERS if m[3] == "Nej"))


def c_vote_text(m):
    return f"{m[0]} {m[1]} " + ("X" if m[3] == "Ja" else "") + ("X" if m[3] == "Nej" else "")


# =====================================================================================================
# (d) Ottarsby kommun – kulturplan 2025–2028, uppföljning 2026 (kultur- och fritidsnämnden)
# =====================================================================================================
D_GOALS = [
    ("1", "Läslust och bibliotek för alla"),
    ("2", "Kultur för och med barn och unga"),
    ("3", "Mötesplatser och tillgänglighet"),
    ("4", "Kulturarv och konst i offentlig miljö"),
]
# (nr, indikator, målvärde, utfall 2025, utfall 2026, "high" / "low" = higher / lower is better, ansvar)
D_INDICATORS = [
    ("1.1", "Utlån per invånare, antal", 6.0, 5.4, 5.7, "high", "Biblioteken"),
    ("1.2", "Besök på folkbiblioteken, antal", 180000, 171420, 183960, "high", "Biblioteken"),
    ("1.3", "Förskolor som får lässtund från biblioteket, %", 100, 85, 92, "high", "Biblioteken och förskolan"),
    ("1.4", "Öppettimmar per vecka på biblioteken, meröppet inräknat", 160, 148, 141, "high", "Biblioteken"),
    ("2.1", "Elever i kulturskolan, antal", 900, 862, 915, "high", "Kulturskolan"),
    ("2.2", "Elever i årskurs 1–9 med minst två kulturbesök under läsåret, %", 100, 96, 100, "high",
     "Kultur i skolan"),
    ("2.3", "Deltagare i lovaktiviteter, antal", 1500, 1380, 1290, "high", "Fritidsgårdarna"),
    ("2.4", "Barn i kö till kulturskolan, antal", 50, 94, 71, "low", "Kulturskolan"),
    ("3.1", "Arrangemang i Kulturhuset Rotundan, antal", 120, 104, 126, "high", "Kulturhuset"),
    ("3.2", "Besökare i Kulturhuset Rotundan, antal", 40000, 36850, 39120, "high", "Kulturhuset"),
    ("3.3", "Arrangemang med syntolkning eller teckenspråkstolkning, %", 15, 8, 7, "high", "Kulturhuset"),
    ("4.1", "Besök på Rådstugans museum, antal", 12000, 11240, 12380, "high", "Museet"),
    ("4.2", "Offentliga konstverk som har inventerats, %", 100, 60, 85, "high", "Museet"),
    ("4.3", "Digitaliserade föremål i museets samlingar, antal", 5000, 3120, 3120, "high", "Museet"),
]
D_BREAK_AFTER = "2.4"   # p. 2 ends after 2.4; p. 3 repeats the heading
D_STATUSES = ["Uppnått", "Delvis uppnått", "Ej uppnått"]
# development areas 2027–2028 (p. 4): (text, [a) … c)])
D_AREAS = [
    ("Biblioteken som öppna mötesplatser", [
        "Meröppet införs på filialen i Ovanby under hösten 2027.",
        "Språkcaféer startar i samarbete med studieförbunden.",
        "Bokbussens turlista ses över så att fler skolor får besök.",
    ]),
    ("En kulturskola för fler barn", [
        "Kön till kulturskolan ska halveras till hösten 2028.",
        "Avgiften för andra ämnet tas bort för syskon.",
        "Undervisning i dans och film erbjuds på fritidsgårdarna.",
    ]),
    ("Tillgänglig kultur", [
        "Alla större arrangemang i Rotundan ska kunna syntolkas.",
        "Hörselslinga installeras i den stora salen.",
    ]),
    ("Kulturarvet i digital form", [
        "Digitaliseringen av museets fotosamling återupptas med extern finansiering.",
        "Konstverken i offentlig miljö presenteras i en karta på webben.",
        "Skolorna får färdiga lektionsupplägg om ortens historia.",
    ]),
]
D_PASSAGE = ("filialen i Ovanby har hållit stängt på lördagar sedan januari eftersom meröppet inte kunde "
             "införas innan ombyggnaden var klar")
D_DECIDED = _dt.date(2027, 3, 11)
D_CONTACT = ("Karin Wikström", "kulturchef")


def d_met(i, year=2026):
    v = i[3] if year == 2025 else i[4]
    return v >= i[2] if i[5] == "high" else v <= i[2]


def d_improved(i):
    return i[4] > i[3] if i[5] == "high" else i[4] < i[3]


def d_status(i):
    if d_met(i):
        return "Uppnått"
    return "Delvis uppnått" if d_improved(i) else "Ej uppnått"


def dnum(v):
    return d1(v) if isinstance(v, float) else g(v)


def d_goal_of(i):
    return i[0].split(".")[0]


def d_row_text(i):
    return f"{i[0]} {i[1]} {i[6]} {dnum(i[2])} {dnum(i[3])} {dnum(i[4])} {d_status(i)}"


def d_counts():
    return {s: sum(1 for i in D_INDICATORS if d_status(i) == s) for s in D_STATUSES}


# =====================================================================================================
# (e) Rokstad kommun – klimatbokslut 2026 (utsläpp till och med 2025)
# =====================================================================================================
E_YEARS = [1990, 2010, 2020, 2025]
# (sektor, varav-rad?, {1990, 2010, 2020, 2025}, mål 2030 or None) – ton CO2e
E_SECTORS = [
    ("Transporter", False, (98400, 91200, 74600, 61300), 29500),
    ("varav personbilar", True, (58900, 55300, 43100, 33800), None),
    ("varav tunga fordon", True, (31200, 29800, 25900, 23100), None),
    ("Jordbruk", False, (41800, 36900, 35200, 34700), 31000),
    ("Industri", False, (52300, 40100, 22800, 9600), 12000),
    ("El och värme", False, (38600, 14200, 6900, 4100), 5000),
    ("Arbetsmaskiner", False, (14900, 16300, 13900, 14200), 9500),
    ("Egen uppvärmning av bostäder och lokaler", False, (27500, 6400, 3100, 2300), 2000),
    ("Avfall och avlopp", False, (9800, 5200, 3900, 3600), 3000),
    ("Produktanvändning", False, (2100, 3400, 3300, 3500), 3000),
]
E_POP = {1990: 28940, 2025: 31460}
E_TARGET_TOTAL = 98000          # the municipality's target for 2030, ton CO2e
E_NETZERO = 2045
E_PLAN_YEAR = 2021              # klimatplanen antogs
E_CHARGERS = (64, 146)          # publika laddpunkter 2024 → end of 2025 (text says "ett år tidigare")
E_PASSAGE = ("Rokstad Kartong ersatte oljepannan med en biobränslepanna 2021 och elektrifierade torkningen under "
             "2024")
# Klimatklivet-supported investments: (projekt, beviljat stöd tkr, total investering tkr, klart år)
E_PROJECTS = [
    ("Laddinfrastruktur vid Rokstad resecentrum", 1850, 4120, 2025),
    ("Biogasmack i Knösta industriområde", 2400, 5960, 2026),
    ("Solcellspark vid Rödjans avloppsreningsverk", 760, 3480, 2026),
    ("Laddstolpar vid kommunens förskolor", 420, 1050, 2025),
    ("Fossilfri värme i Grindviks sporthall", 1120, 2890, 2027),
    ("Elektrifierade arbetsmaskiner för Rokstad Vatten", 980, 2350, 2027),
    ("Cykelparkering med laddning vid Rokstad station", 1260, 3010, 2026),
]
E_CONTACT = ("Oscar Ramberg", "klimatstrateg")
E_DECIDED = _dt.date(2027, 4, 14)


def e_main():
    return [s for s in E_SECTORS if not s[1]]


def e_total():
    return tuple(sum(s[2][i] for s in e_main()) for i in range(4))


def e_change(s):
    """change 1990–2025 in per cent"""
    return pct(s[2][3], s[2][0])


def e_share(s):
    return r1(s[2][3] / e_total()[3] * 100)


def e_row_text(s):
    tgt = "–" if s[3] is None else g(s[3])
    return (f"{s[0]} {g(s[2][0])} {g(s[2][1])} {g(s[2][2])} {g(s[2][3])} {tgt} {d1(e_change(s), plus=True)} "
            f"{d1(e_share(s))}")


def e_total_text():
    t = e_total()
    return (f"Totalt {g(t[0])} {g(t[1])} {g(t[2])} {g(t[3])} {g(E_TARGET_TOTAL)} {d1(pct(t[3], t[0]), plus=True)} "
            f"100,0")


def e_per_capita(year):
    t = e_total()
    return r1(t[E_YEARS.index(year)] / E_POP[year])


def e_project_text(p):
    return f"{p[0]} {g(p[1])} {g(p[2])} {p[3]}"


# =====================================================================================================
# (f) Wästerheds kommun – vård- och omsorgsnämnden, uppföljning av särskilt boende 2026 (p. 2 scanned)
# =====================================================================================================
F_GROUPS = ["Kommunal regi", "Entreprenad"]
# (regi, boende, platser, beläggning %, kostnad per plats tkr, personal (årsarbetare) per plats)
F_HOMES = [
    ("Kommunal regi", "Klockargården", 48, 98.2, 1012, 0.86),
    ("Kommunal regi", "Runstensgården", 36, 96.4, 1084, 0.91),
    ("Kommunal regi", "Oxbräckan", 40, 93.1, 1126, 0.88),
    ("Kommunal regi", "Gökboet", 32, 99.0, 1158, 0.95),
    ("Kommunal regi", "Wilhelmsro", 54, 97.5, 968, 0.82),
    ("Entreprenad", "Kastellet", 30, 94.6, 1046, 0.84),
    ("Entreprenad", "Rosenhaga", 42, 97.9, 1002, 0.80),
    ("Entreprenad", "Utsikten", 44, 91.8, 1091, 0.87),
]
F_WAITING = (31, 23)            # personer i kö 31 december, året innan / 2026
F_WAIT_DAYS = (74, 58)          # genomsnittlig väntetid i dagar, året innan / 2026
F_COST = (236.0, 241.6)         # nettokostnad särskilt boende, budget / utfall 2026, mnkr
F_NEW_HOME = ("Wallingården", 60, _dt.date(2028, 3, 1), _dt.date(2027, 9, 15))   # name, places, opening, topping-out
F_PASSAGE = ("en avdelning med tio platser var stängd under våren när ventilationen byttes")
F_DATE = _dt.date(2027, 2, 16)
F_SCAN_DATE = _dt.date(2027, 2, 3)
F_SIGN = ("Ronja Wennberg", "förvaltningschef")
F_CLERK = "Kajsa Gustavsson"


def f_homes(group=None):
    return [h for h in F_HOMES if group is None or h[0] == group]


def f_tot(group=None):
    hs = f_homes(group)
    n = sum(h[2] for h in hs)
    return (n, r1(sum(h[2] * h[3] for h in hs) / n), r0(sum(h[2] * h[4] for h in hs) / n),
            r2(sum(h[2] * h[5] for h in hs) / n))


def f_row_cells(h, nr):
    return [str(nr), h[1], str(h[2]), d1(h[3]), g(h[4]), d2(h[5])]


def f_row_text(h):
    return f"{h[1]} {h[2]} {d1(h[3])} {g(h[4])} {d2(h[5])}"


def f_sum_cells(label, group=None):
    t = f_tot(group)
    return [label, str(t[0]), d1(t[1]), g(t[2]), d2(t[3])]


F_SCAN_HEAD = ["WÄSTERHEDS KOMMUN", "Vård- och omsorgsförvaltningen", "Bilaga 1 till VON 2027-02-23 § 14"]
F_SCAN_TITLE = "Särskilda boenden – platser, beläggning och kostnader 2026"
F_SCAN_INTRO = ("Beläggningen avser genomsnittet för året. Kostnad per plats är nettokostnaden dividerad med "
                "antalet platser. Personal per plats anges i årsarbetare.")
F_SCAN_HEADER = ["Nr", "Boende", "Platser", "Beläggning, %", "Kostnad per plats, tkr", "Personal per plats"]
F_SCAN_NOTES = [
    "Anm. Utsikten: en avdelning var stängd under mars–maj.",
    "Anm. Entreprenadernas kostnad avser ersättningen enligt avtal.",
]


def f_scan_rows():
    """[(kind, cells)] in printing order: kind 'group', 'row', 'sub' or 'total'"""
    out, nr = [], 0
    for gr in F_GROUPS:
        out.append(("group", [gr]))
        for h in f_homes(gr):
            nr += 1
            out.append(("row", f_row_cells(h, nr)))
        out.append(("sub", [""] + f_sum_cells(f"Summa {gr.lower()}", gr)))
    out.append(("total", [""] + f_sum_cells("Samtliga boenden")))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, " ".join(F_SCAN_HEADER)]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(c for c in cells if c))
    parts += F_SCAN_NOTES
    parts += [f"Wästerhed {F_SCAN_DATE.isoformat()}", F_SIGN[0], F_SIGN[1]]
    return "\n".join(parts)
