"""The numbers, rows and list items of the six synthetic39 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the committee sums, the result
budget, the investment sums and the waterfall steps, the full-year values of the quarterly key figures, the
weighted clinic totals and the count of long waits, the fee sums of the delegation list, the survey totals, the
fee changes and VAT of the scanned tariff, the model-house costs and the text of the scanned page) are computed
here, never typed twice. The helpers r0/r1/r2, dmy, g, d1, d2 and fmt are copied from ../synthetic38/data.py."""
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
    whole, frac = f"{abs(v):.2f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    return (MINUS + s) if v < 0 else s


def fmt(v, f):
    return {"g": g, "d1": d1, "d2": d2}[f](v)


# =====================================================================================================
# (a) Gråmyra kommun – Mål och budget 2027 med plan 2028–2029 (kommunfullmäktige 2026-11-23 § 118)
# =====================================================================================================
A_COLS = ["Utfall 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
# (nämnd, footnote mark, net cost mnkr per column of A_COLS)
A_COMMITTEES = [
    ("Kommunstyrelsen", "¹", [118.4, 124.0, 129.6, 131.2, 133.0]),
    ("Barn- och utbildningsnämnden", "", [602.7, 621.5, 640.8, 655.1, 668.9]),
    ("Socialnämnden", "", [188.9, 182.0, 196.4, 199.8, 203.5]),
    ("Vård- och omsorgsnämnden", "", [421.3, 436.8, 458.2, 474.6, 491.0]),
    ("Kultur- och fritidsnämnden", "", [61.2, 63.5, 62.9, 64.0, 65.2]),
    ("Samhällsbyggnadsnämnden", "²", [74.6, 78.2, 81.5, 83.0, 84.7]),
    ("Bygg- och miljönämnden", "", [14.8, 15.6, 15.1, 15.4, 15.7]),
    ("Överförmyndarnämnden", "", [4.9, 5.2, 5.5, 5.6, 5.7]),
    ("Revisionen", "", [2.1, 2.3, 2.4, 2.4, 2.5]),
    ("Valnämnden", "³", [0.3, 0.9, 0.2, 0.2, 0.8]),
]
A_NOTES = [
    "¹ Från 2027 ingår räddningstjänsten i kommunstyrelsens ram (tidigare under samhällsbyggnadsnämnden).",
    "² Exklusive vatten och avlopp, som finansieras med avgifter.",
    "³ Allmänna val hölls 2026 och val till Europaparlamentet hålls 2029.",
]
A_FINADM = [12.5, 14.0, 16.2, 17.0, 17.8]          # finansförvaltning, pensioner m.m., mnkr (cost)
A_TAX = [1534.6, 1577.0, 1651.5, 1693.0, 1736.0]     # skatteintäkter och generella statsbidrag, mnkr
A_FINNET = [-4.1, -6.5, -7.4, -8.2, -9.0]            # finansnetto, mnkr
A_TAXRATE = "22,06"
A_GOAL = 2.0                                         # finansiellt mål: resultat i procent av skatter och bidrag
A_INV_2026 = 118.0                                   # investeringsbudget 2026, mnkr (text only)
A_DECIDED = _dt.date(2026, 11, 23)
A_PARAGRAPH = 118
A_CHAIR = "Ronny Oskarsson"
A_CONTACT = ("Petra Gunnarsson", "ekonomichef")
A_DIRECTOR = "Gustav Palmqvist"
A_PASSAGE = ("detaljplanen för området har överklagats och inte väntas vinna laga kraft förrän under hösten 2027")

# investment budget: (nämnd, projekt, status, total utgift, budget 2027, plan 2028, plan 2029, klart)
A_INVEST = [
    ("Kommunstyrelsen", "IT-infrastruktur, nätverk och servrar", "Löpande", 12.0, 4.0, 4.0, 4.0, "löpande"),
    ("Kommunstyrelsen", "Kommunhuset, energiåtgärder", "Pågående", 18.5, 9.5, 9.0, 0.0, "2028"),
    ("Barn- och utbildningsnämnden", "Grönhagsskolan, tillbyggnad", "Pågående", 96.0, 41.0, 45.0, 10.0, "2029"),
    ("Barn- och utbildningsnämnden", "Pilgläntans förskola, nybyggnad*", "Ny", 64.5, 2.5, 32.0, 30.0, "2029"),
    ("Barn- och utbildningsnämnden", "Inventarier i skolor och förskolor", "Löpande", 6.0, 2.0, 2.0, 2.0,
     "löpande"),
    ("Vård- och omsorgsnämnden", "Rönnbäckens vård- och omsorgsboende, ombyggnad", "Ny", 142.0, 38.0, 62.0, 42.0,
     "2029"),
    ("Vård- och omsorgsnämnden", "Trygghetslarm och välfärdsteknik", "Löpande", 8.4, 2.8, 2.8, 2.8, "löpande"),
    ("Kultur- och fritidsnämnden", "Rundbacka idrottshall, nytt golv", "Ny", 4.2, 4.2, 0.0, 0.0, "2027"),
    ("Kultur- och fritidsnämnden", "Rävåsens idrottsplats, konstgräs", "Ny", 11.5, 11.5, 0.0, 0.0, "2027"),
    ("Samhällsbyggnadsnämnden", "Beläggning av gator och vägar", "Löpande", 15.0, 5.0, 5.0, 5.0, "löpande"),
    ("Samhällsbyggnadsnämnden", "Gång- och cykelväg Grimsta–Korsängen", "Pågående", 22.8, 14.0, 8.8, 0.0, "2028"),
    ("Samhällsbyggnadsnämnden", "Gatubelysning, byte till LED", "Löpande", 6.6, 2.2, 2.2, 2.2, "löpande"),
]
A_INV_NOTE = "* Byggstarten har flyttats från 2027 till 2028, se kommentaren under tabellen."
A_INV_COMMITTEES = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Vård- och omsorgsnämnden",
                    "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden"]


def a_sum(i):
    """sum of the committees' net costs in column i"""
    return r1(sum(c[2][i] for c in A_COMMITTEES))


def a_result(i):
    return r1(A_TAX[i] - a_sum(i) - A_FINADM[i] + A_FINNET[i])


def a_result_pct(i):
    return r1(a_result(i) / A_TAX[i] * 100)


def a_committee_text(c):
    return f"{c[0]}{c[1]} " + " ".join(d1(v) for v in c[2])


def a_rb_rows():
    """Tabell 2, resultatbudget: (label, values, fmt, style)"""
    return [
        ("Nämndernas nettokostnader", [-a_sum(i) for i in range(5)], ""),
        ("Finansförvaltning, pensioner m.m.", [-v for v in A_FINADM], ""),
        ("Verksamhetens nettokostnader", [-r1(a_sum(i) + A_FINADM[i]) for i in range(5)], "B"),
        ("Skatteintäkter och generella statsbidrag", list(A_TAX), ""),
        ("Finansnetto", list(A_FINNET), ""),
        ("Årets resultat", [a_result(i) for i in range(5)], "B"),
        ("Resultat i procent av skatter och bidrag", [a_result_pct(i) for i in range(5)], "I"),
    ]


def a_rb_text(r):
    return f"{r[0]} " + " ".join(d1(v) for v in r[1])


def a_inv(nmd=None):
    return [p for p in A_INVEST if nmd is None or p[0] == nmd]


def a_inv_sum(nmd=None, col=3):
    return r1(sum(p[col] for p in a_inv(nmd)))


def a_val(v):
    return "–" if v == 0 else d1(v)


def a_inv_text(p):
    return f"{p[1]} {p[2]} {d1(p[3])} {a_val(p[4])} {a_val(p[5])} {a_val(p[6])} {p[7]}"


def a_inv_sum_text(label, nmd=None):
    return f"{label} {d1(a_inv_sum(nmd, 3))} {d1(a_inv_sum(nmd, 4))} {d1(a_inv_sum(nmd, 5))} " \
           f"{d1(a_inv_sum(nmd, 6))}"


def a_waterfall():
    """steps from the result in budget 2026 to the result in budget 2027 (label, value, kind)"""
    return [
        ("Resultat budget 2026", a_result(1), "total"),
        ("Skatteintäkter och statsbidrag", r1(A_TAX[2] - A_TAX[1]), "step"),
        ("Nämndernas nettokostnader", r1(-(a_sum(2) - a_sum(1))), "step"),
        ("Finansförvaltning och pensioner", r1(-(A_FINADM[2] - A_FINADM[1])), "step"),
        ("Finansnetto", r1(A_FINNET[2] - A_FINNET[1]), "step"),
        ("Resultat budget 2027", a_result(2), "total"),
    ]


# =====================================================================================================
# (b) Ulvhamra kommun – socialnämnden: individ- och familjeomsorgen, uppföljning per kvartal 2026
# =====================================================================================================
B_GROUPS = ["Ekonomiskt bistånd", "Barn och unga", "Vuxna"]
# (grupp, mått, enhet, [kv1..kv4], helår 2025, aggregation: sum / mean / end)
B_ROWS = [
    ("Ekonomiskt bistånd", "Hushåll med utbetalt bistånd per månad", "antal", [412, 398, 406, 432], 389, "mean"),
    ("Ekonomiskt bistånd", "Nya ansökningar", "antal", [186, 164, 171, 203], 668, "sum"),
    ("Ekonomiskt bistånd", "Utbetalt bistånd", "tkr", [9412, 8956, 9105, 10227], 35840, "sum"),
    ("Ekonomiskt bistånd", "Väntetid till nybesök", "dagar", [14, 11, 10, 13], 15, "mean"),
    ("Barn och unga", "Orosanmälningar", "antal", [268, 301, 254, 323], 1022, "sum"),
    ("Barn och unga", "Inledda utredningar", "antal", [71, 84, 66, 89], 287, "sum"),
    ("Barn och unga", "Placerade barn och unga", "antal", [46, 49, 52, 55], 44, "end"),
    ("Barn och unga", "Kostnad för placeringar", "tkr", [6840, 7215, 7905, 8460], 25310, "sum"),
    ("Barn och unga", "Utredningstid", "dagar", [112, 104, 96, 100], 118, "mean"),
    ("Vuxna", "Ansökningar om missbruksvård", "antal", [38, 42, 35, 45], 148, "sum"),
    ("Vuxna", "Placerade vuxna", "antal", [17, 15, 18, 16], 19, "end"),
    ("Vuxna", "Kostnad för placeringar", "tkr", [3120, 2860, 3305, 2915], 13460, "sum"),
    ("Vuxna", "Väntetid till första samtal", "dagar", [9, 8, 12, 11], 12, "mean"),
]
B_MARK = {"mean": "¹", "end": "²", "sum": ""}
B_BUDGET_AID = 35000            # budget för ekonomiskt bistånd 2026, tkr
B_TARGET_WAIT = 10              # mål för väntetid till nybesök, dagar
# placements of children and young people at the end of each quarter, by form (Figur 1)
B_FORMS = [("HVB", [8, 9, 12, 14]), ("Familjehem", [33, 34, 34, 35]), ("Stödboende", [5, 6, 6, 6])]
B_PASSAGE = ("tre ungdomar med omfattande vårdbehov placerades på hem för vård eller boende under andra halvåret "
             "och det saknades familjehem i egen regi som kunde ta emot dem")
B_DEVELOP = [
    ("Fler familjehem i egen regi", ["en rekryteringskampanj genomförs under våren 2027",
                                      "arvodena till familjehemmen ses över"]),
    ("Kortare väntetid till nybesök inom ekonomiskt bistånd", ["digital ansökan införs i hela verksamheten"]),
    ("Tidiga och samordnade insatser för barn och unga", []),
    ("Gemensam mottagning för vuxna med missbruk tillsammans med regionen", ["start planeras till hösten 2027"]),
]
B_DECIDED = _dt.date(2027, 2, 17)
B_CONTACT = ("Kjell Rosén", "avdelningschef individ- och familjeomsorg")
B_CHIEF = "Rebecka Knutsson"


def b_year(r):
    q = r[3]
    if r[5] == "sum":
        return sum(q)
    if r[5] == "end":
        return q[3]
    m = sum(q) / 4
    assert abs(m - round(m)) < 1e-9, r
    return int(round(m))


def b_fmt(v):
    return g(v)


def b_row_text(r):
    return f"{r[1]}{B_MARK[r[5]]} {r[2]} " + " ".join(b_fmt(v) for v in r[3]) + f" {b_fmt(b_year(r))} " \
           f"{b_fmt(r[4])}"


def b_row(label, group=None):
    return [r for r in B_ROWS if r[1] == label and (group is None or r[0] == group)][0]


# =====================================================================================================
# (c) Region Porvalla – hälso- och sjukvårdsnämnden: vårdgaranti och tillgänglighet per klinik 2026
# =====================================================================================================
C_HOSPITALS = ["Porvalla lasarett", "Kyrkmora sjukhus"]
# (sjukhus, klinik, besök inom 90 d % 2026, förändring p.e., operation inom 90 d % 2026 (None = –), förändring,
#  väntande > 90 dagar 31 dec, hidden weights: patients with a first visit, patients operated)
C_CLINICS = [
    ("Porvalla lasarett", "Ortopedi", 72.4, -6.1, 63.8, -4.2, 812, 5200, 1900),
    ("Porvalla lasarett", "Allmänkirurgi", 84.9, 1.2, 78.5, 2.6, 240, 6100, 2400),
    ("Porvalla lasarett", "Kvinnosjukvård", 91.3, 0.8, 86.2, -1.1, 96, 4800, 1300),
    ("Porvalla lasarett", "Urologi", 68.7, -9.4, 70.1, 3.5, 455, 2300, 900),
    ("Porvalla lasarett", "Ögonsjukvård", 88.2, 4.6, 91.4, 1.9, 174, 5600, 2800),
    ("Porvalla lasarett", "Öron-, näs- och halssjukvård", 79.6, -2.3, 74.0, -5.8, 318, 3900, 700),
    ("Kyrkmora sjukhus", "Ortopedi", 81.5, 3.0, 76.9, 0.4, 287, 3100, 1200),
    ("Kyrkmora sjukhus", "Allmänkirurgi", 86.7, -0.9, 83.3, 1.7, 122, 3600, 1500),
    ("Kyrkmora sjukhus", "Hudsjukvård", 62.8, -11.7, None, None, 205, 2700, 0),
    ("Kyrkmora sjukhus", "Ögonsjukvård", 74.3, -7.8, 58.6, -14.2, 692, 3300, 1700),
    ("Kyrkmora sjukhus", "Kardiologi", 90.5, 2.2, 88.0, 3.1, 64, 2500, 600),
]
C_TARGETS = (85, 80)            # mål: minst 85 % första besök och minst 80 % operation/åtgärd inom 90 dagar
C_OVER90_PREV = 2870            # väntande över 90 dagar 31 dec 2025
C_PASSAGE = ("två av klinikens tre operationssalar var stängda i fyra månader under byte av ventilation, och två "
             "ögonläkare gick i pension utan att tjänsterna kunde tillsättas")
C_DECIDED = _dt.date(2027, 3, 25)
C_CONTACT = ("Ulla Pettersson", "hälso- och sjukvårdsdirektör")
C_ANALYST = "Göran Pålsson"


def c_clinics(hosp=None):
    return [c for c in C_CLINICS if hosp is None or c[0] == hosp]


def c_tot(hosp=None):
    """(besök 2026, förändring, operation 2026, förändring, väntande > 90) weighted by the hidden counts"""
    cs = c_clinics(hosp)
    nv = sum(c[7] for c in cs)
    no = sum(c[8] for c in cs if c[4] is not None)
    v26 = sum(c[7] * c[2] for c in cs) / nv
    v25 = sum(c[7] * (c[2] - c[3]) for c in cs) / nv
    o26 = sum(c[8] * c[4] for c in cs if c[4] is not None) / no
    o25 = sum(c[8] * (c[4] - c[5]) for c in cs if c[4] is not None) / no
    return (r1(v26), r1(r1(v26) - r1(v25)), r1(o26), r1(r1(o26) - r1(o25)), sum(c[6] for c in cs), r1(v25),
            r1(o25))


def c_val(v, plus=False):
    return "–" if v is None else d1(v, plus=plus)


def c_row_text(c):
    return f"{c[1]} {c_val(c[2])} {c_val(c[3], True)} {c_val(c[4])} {c_val(c[5], True)} {g(c[6])}"


def c_tot_text(label, hosp=None):
    t = c_tot(hosp)
    return f"{label} {d1(t[0])} {d1(t[1], True)} {d1(t[2])} {d1(t[3], True)} {g(t[4])}"


# =====================================================================================================
# (d) Kolmyra kommun – bygg- och miljönämnden: anmälan av delegationsbeslut 1 februari–31 mars 2027
# =====================================================================================================
D_SECTIONS = [("B", "Bygglov, rivningslov och förhandsbesked"), ("A", "Anmälan, startbesked och slutbesked"),
              ("M", "Miljö- och hälsoskydd"), ("S", "Strandskydd")]
D = _dt.date
# (avsnitt, datum, dnr, fastighet, beslut, avgift kr (0 = –), handläggare)
D_DECISIONS = [
    ("B", D(2027, 2, 2), "BMN 2027-018", "Piltorp 2:11", "Bygglov beviljas för nybyggnad av enbostadshus med garage, 168 m² bruttoarea", 28450,
     "Gerd Ramqvist"),
    ("B", D(2027, 2, 4), "BMN 2026-412", "Ormkärr 3:4", "Bygglov beviljas för tillbyggnad av fritidshus med 24 m²", 9870,
     "Kim Ohlsson"),
    ("B", D(2027, 2, 9), "BMN 2027-031", "Pukvallen 9", "Bygglov avslås för inglasat uterum; åtgärden strider mot detaljplanen", 4200,
     "Gerd Ramqvist"),
    ("B", D(2027, 2, 15), "BMN 2027-036", "Pålsbo 1:8", "Positivt förhandsbesked för ett enbostadshus utanför detaljplanerat område", 11300,
     "Kim Ohlsson"),
    ("B", D(2027, 2, 22), "BMN 2027-044", "Ormåsen 1:3", "Bygglov beviljas för garage om 42 m²", 6150,
     "Gerd Ramqvist"),
    ("B", D(2027, 3, 1), "BMN 2027-052", "Oxhöjden 5", "Bygglov beviljas för fasadändring av flerbostadshus, ny kulör och nya balkongräcken", 7980,
     "Kim Ohlsson"),
    ("B", D(2027, 3, 10), "BMN 2027-060", "Prästby 1:21", "Negativt förhandsbesked för två enbostadshus; marken är brukningsvärd jordbruksmark", 11300,
     "Gerd Ramqvist"),
    ("B", D(2027, 3, 18), "BMN 2027-071", "Karpdammen 7", "Rivningslov beviljas för förrådsbyggnad", 2650,
     "Kim Ohlsson"),
    ("A", D(2027, 2, 3), "BMN 2027-012", "Galgbacken 1:9", "Startbesked för eldstad och rökkanal", 1850,
     "Patrik Ullberg"),
    ("A", D(2027, 2, 17), "BMN 2026-398", "Ormkärr 3:4", "Slutbesked för tillbyggnad av fritidshus", 0,
     "Patrik Ullberg"),
    ("A", D(2027, 3, 4), "BMN 2027-055", "Oxhöjden 5", "Startbesked för ändrad planlösning i flerbostadshus", 3700,
     "Patrik Ullberg"),
    ("A", D(2027, 3, 23), "BMN 2027-038", "Gruvbacken 2:3", "Startbesked för installation av hiss i flerbostadshus", 2960,
     "Patrik Ullberg"),
    ("M", D(2027, 2, 5), "BMN 2027-021", "Orrgärdet 1:6", "Tillstånd till enskild avloppsanläggning med markbädd för ett hushåll", 7200,
     "Rut Grahn"),
    ("M", D(2027, 2, 11), "BMN 2027-027", "Rödtjärn 2:5", "Föreläggande om åtgärder för avloppsanläggning som saknar fungerande rening", 0,
     "Olle Rapp"),
    ("M", D(2027, 2, 24), "BMN 2027-047", "Kolbäcken 1:12", "Tillstånd till värmepump med bergvärme", 3400,
     "Rut Grahn"),
    ("M", D(2027, 3, 8), "BMN 2027-058", "Ripsäter 4:2", "Föreläggande med vite om buller från fläktar på restaurangens tak", 0,
     "Olle Rapp"),
    ("M", D(2027, 3, 15), "BMN 2027-066", "Galgbacken 1:9", "Tillstånd till enskild avloppsanläggning med minireningsverk", 7200,
     "Rut Grahn"),
    ("M", D(2027, 3, 29), "BMN 2027-079", "Rödtjärn 2:5", "Miljösanktionsavgift för sen anmälan av cistern", 5000,
     "Olle Rapp"),
    ("S", D(2027, 2, 19), "BMN 2027-040", "Ormåsen 1:3", "Strandskyddsdispens beviljas för brygga om 12 m²", 6900,
     "Kim Ohlsson"),
    ("S", D(2027, 3, 12), "BMN 2027-063", "Kolbäcken 1:12", "Strandskyddsdispens avslås för bastu; platsen är tillgänglig för allmänheten", 6900,
     "Gerd Ramqvist"),
]
D_BREAK_AFTER = "BMN 2027-027"      # p. 2 ends after this row (inside section M); p. 3 repeats the heading
D_OFFICERS = [("Gerd Ramqvist", "bygglovhandläggare"), ("Kim Ohlsson", "bygglovhandläggare"),
              ("Patrik Ullberg", "byggnadsinspektör"), ("Rut Grahn", "miljöinspektör"),
              ("Olle Rapp", "miljöinspektör")]
D_MEETING = _dt.date(2027, 4, 21)
D_CHIEF = ("Karolina Ruth", "förvaltningschef")
D_PERIOD = (_dt.date(2027, 2, 1), _dt.date(2027, 3, 31))


def d_rows(sec=None):
    return [x for x in D_DECISIONS if sec is None or x[0] == sec]


def d_fee(v):
    return "–" if v == 0 else g(v)


def d_row_text(x):
    return f"{x[1].isoformat()} {x[2]} {x[3]} {x[4]} {d_fee(x[5])} {x[6]}"


def d_refused(x):
    return "avslås" in x[4] or x[4].startswith("Negativt")


def d_fee_sum(sec=None, officer=None):
    return sum(x[5] for x in D_DECISIONS if (sec is None or x[0] == sec) and (officer is None or x[6] == officer))


# =====================================================================================================
# (e) Orrmåla kommun – vård- och omsorgsnämnden: brukarundersökningen i äldreomsorgen 2026
# =====================================================================================================
# the national averages (Riket) stand in the stacked column headings, not in a row
E_HT_COLS = [("Nöjd med hemtjänsten", "som helhet", 88), ("Bra bemötande", "från personalen", 96),
             ("Känner sig trygg", "med hemtjänsten", 86), ("Kan påverka", "vilka tider", 67)]
E_SB_COLS = [("Nöjd med boendet", "som helhet", 81), ("Bra bemötande", "från personalen", 93),
             ("Känner sig trygg", "på boendet", 88), ("Nöjd med", "maten", 71)]
# (enhet, svarande, svarsfrekvens %, four shares %)
E_HT = [
    ("Hemtjänst Ockelby", 84, 61, [91, 97, 89, 71]),
    ("Hemtjänst Onsvalla", 57, 54, [85, 95, 83, 64]),
    ("Hemtjänst Ugglum", 63, 58, [89, 98, 87, 58]),
    ("Hemtjänst Porsåsen", 41, 49, [79, 92, 80, 66]),
    ("Hemtjänst Gullmossen", 72, 63, [87, 96, 85, 69]),
]
E_SB = [
    ("Kolarängen", 38, 64, [84, 95, 90, 76]),
    ("Riddarhöjden", 29, 58, [78, 91, 86, 63]),
    ("Uddagården", 22, 52, [69, 88, 79, 58]),
    ("Gökvallen", 17, 49, [86, 96, 92, 74]),
    ("Prästgårdsängen", 26, 60, [80, 93, 87, 69]),
]
E_PREV = {"hemtjänst": 85, "boende": 82}     # kommunens andel nöjda som helhet 2025
E_PASSAGE = ("boendet hade en hög personalomsättning under våren och maten under flera månader levererades från ett "
             "annat kök medan det egna tillagningsköket byggdes om")
E_DECIDED = _dt.date(2026, 11, 18)
E_CONTACT = ("Roland Ulander", "kvalitetsutvecklare")
E_HEAD = ("Pia Gullberg", "verksamhetschef äldreomsorg")
E_PERIOD = "mars–maj 2026"


def e_sent(u):
    return r0(u[1] * 100 / u[2])


def e_tot(units):
    n = sum(u[1] for u in units)
    sent = sum(e_sent(u) for u in units)
    return (n, r0(n / sent * 100), [r0(sum(u[1] * u[3][k] for u in units) / n) for k in range(4)])


def e_row_text(u):
    return f"{u[0]} {u[1]} {u[2]} " + " ".join(str(v) for v in u[3])


def e_tot_text(label, units):
    t = e_tot(units)
    return f"{label} {t[0]} {t[1]} " + " ".join(str(v) for v in t[2])


# =====================================================================================================
# (f) Ramsäters kommun – VA-taxa 2027 (kommunfullmäktige 2026-11-30 § 96); the fee list (Bilaga 1) is SCANNED
# =====================================================================================================
F_GROUPS = ["Anläggningsavgift", "Brukningsavgift", "Övriga avgifter"]
# (grupp, avgift, enhet, 2026 exkl. moms, 2027 exkl. moms, fmt)
F_FEES = [
    ("Anläggningsavgift", "Servisavgift (V, S, Df)", "kr per fastighet", 64800, 69300, "g"),
    ("Anläggningsavgift", "Tomtyteavgift", "kr per m² tomtyta", 38.20, 40.10, "d2"),
    ("Anläggningsavgift", "Lägenhetsavgift", "kr per lägenhet", 24600, 26300, "g"),
    ("Brukningsavgift", "Fast avgift, småhus", "kr per år", 3960, 4320, "g"),
    ("Brukningsavgift", "Fast avgift, flerbostadshus", "kr per lägenhet och år", 1740, 1900, "g"),
    ("Brukningsavgift", "Förbrukningsavgift", "kr per m³", 31.60, 34.80, "d2"),
    ("Brukningsavgift", "Dagvattenavgift, gata", "kr per fastighet och år", 612, 660, "g"),
    ("Övriga avgifter", "Avstängning och påsläpp av vatten", "kr per tillfälle", 1050, 1100, "g"),
    ("Övriga avgifter", "Byte av frusen vattenmätare", "kr per tillfälle", 1480, 1560, "g"),
    ("Övriga avgifter", "Extra avläsning av mätare", "kr per tillfälle", 420, 440, "g"),
    ("Övriga avgifter", "Provtagning av spillvatten", "kr per prov", 2200, 2200, "g"),
]
F_VAT = 1.25
F_DECIDED = _dt.date(2026, 11, 30)
F_PARAGRAPH = 96
F_SCAN_DATE = _dt.date(2026, 11, 2)
F_SIGN = ("Kent Ragnarsson", "VA-chef")
F_CONTACT = ("Paula Kjellin", "VA-ingenjör")
F_CHAIR = "Oliver Pihl"
F_CLERK = "Pernilla Kask"
F_PLANT = "Kallbacka reningsverk"
F_PLANT_COST = 214          # mnkr, text only
F_PASSAGE = ("Kallbacka reningsverk måste byggas om för att klara skärpta krav på rening av kväve och fosfor, och "
             "ombyggnaden ska enligt vattentjänstlagen betalas med avgifter och inte med skattemedel")
# model houses (Bilaga 2, text layer): (typhus, beskrivning, lägenheter, m³ per år)
F_TYPES = [("Typhus A", "Villa, 150 m³ per år", 1, 150), ("Typhus B", "Flerbostadshus, 15 lägenheter, "
                                                                       "1 500 m³ per år", 15, 1500)]
F_RULES = [
    "Avgiftsskyldig är den som äger en fastighet inom verksamhetsområdet.",
    "Brukningsavgiften debiteras kvartalsvis i efterskott.",
    "Förbrukningen mäts med mätare som huvudmannen tillhandahåller.",
    "Ränta på obetald avgift tas ut enligt räntelagen.",
]
F_SCAN_FAX = "2026-11-02 14:37   FRÅN: RAMSÄTERS KOMMUN TEKNISKA FÖRV   S. 002"
F_SCAN_HEAD = ["RAMSÄTERS KOMMUN", "Tekniska förvaltningen · VA-avdelningen"]
F_SCAN_LABEL = "Bilaga 1 till KF 2026-11-30 § 96"
F_SCAN_TITLE = "Avgifter enligt VA-taxa 2027"
F_SCAN_INTRO = ("Avgifterna gäller från och med den 1 januari 2027. Belopp i kronor. Mervärdesskatt med 25 procent "
                "tillkommer på beloppen exklusive moms.")
F_SCAN_HEADER = [["Avgift", "Enhet", "2026", "2027", "2027", "Förändr."],     # two heading lines
                 ["", "", "exkl. moms", "exkl. moms", "inkl. moms", "%"]]
F_SCAN_NOTES = [
    "Anm. 1. Servisavgiften avser en uppsättning ledningar för vatten, spillvatten och dagvatten från fastighet.",
    "Anm. 2. Avgiften för provtagning räknas om när laboratorieavtalet har upphandlats på nytt.",
]


def f_inkl(x):
    v = x[4] * F_VAT
    return r0(v) if x[5] == "g" else r2(v)


def f_change(x):
    return r1((x[4] / x[3] - 1) * 100)


def f_cells(x):
    return [x[1], x[2], fmt(x[3], x[5]), fmt(x[4], x[5]), fmt(f_inkl(x), x[5]), d1(f_change(x), plus=True)]


def f_row_text(x):
    return " ".join(f_cells(x))


def f_fee(name):
    return [x for x in F_FEES if x[1] == name][0]


def f_scan_rows():
    out = []
    for gr in F_GROUPS:
        out.append(("group", [gr]))
        for x in F_FEES:
            if x[0] == gr:
                out.append(("row", f_cells(x)))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = [F_SCAN_FAX] + list(F_SCAN_HEAD) + [F_SCAN_LABEL, F_SCAN_TITLE, F_SCAN_INTRO]
    parts += [" ".join(c for c in line if c) for line in F_SCAN_HEADER]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(c for c in cells if c))
    parts += F_SCAN_NOTES
    parts += [f"Ramsäter {F_SCAN_DATE.isoformat()}", F_SIGN[0], F_SIGN[1]]
    return "\n".join(parts)


def f_type_cost(t, year):
    """annual cost incl. VAT of a model house; year index 3 = 2026, 4 = 2027"""
    fixed = f_fee("Fast avgift, småhus") if t[2] == 1 else f_fee("Fast avgift, flerbostadshus")
    use = f_fee("Förbrukningsavgift")
    storm = f_fee("Dagvattenavgift, gata")
    excl = fixed[year] * t[2] + use[year] * t[3] + storm[year]
    return r0(excl * F_VAT)


def f_type_row(t):
    a, b = f_type_cost(t, 3), f_type_cost(t, 4)
    return [t[0], t[1], g(a), g(b), g(b - a, plus=True), d1((b / a - 1) * 100, plus=True)]
