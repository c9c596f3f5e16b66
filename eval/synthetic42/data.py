"""The numbers, rows and list items of the six synthetic42 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the subtotals of the income
statement, the key-figure ratios, growth rates and self-financing, the net-cost sums of the operating statement and
its deviations, the risk values and result shares and counts of the internal control plan, the budget forecast of the
minutes, the group sums and totals of the investment plan, the library totals and changes, the status counts of the
waste plan and the text of the scanned page) are computed here, never typed twice. The helpers r0/r1/r2, dmy, g,
d1, d2 are copied from ../synthetic40/data.py."""
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


def pct(new, old):
    return r1((new / old - 1) * 100)


D = _dt.date

# =====================================================================================================
# (a) Region Emtuna – årsredovisning 2026 (utdrag: ekonomisk analys, fem år i sammandrag, resultaträkning,
#     driftredovisning)
# =====================================================================================================
A_YEARS = [2022, 2023, 2024, 2025, 2026]
# resultaträkning, mnkr: (post, not, 2026, 2025); the subtotals are computed by a_is_rows()
A_IS = {
    "int": ("Verksamhetens intäkter", 2, 1842.6, 1765.3),
    "kost": ("Verksamhetens kostnader", 3, -11196.3, -10712.8),
    "avs": ("Avskrivningar", 4, -452.1, -431.7),
    "skatt": ("Skatteintäkter", 5, 6712.4, 6418.9),
    "gsb": ("Generella statsbidrag och utjämning", 6, 3265.0, 3074.3),
    "finint": ("Finansiella intäkter", 7, 148.9, 96.4),
    "finkost": ("Finansiella kostnader", 8, -134.1, -117.7),
}
# noter i urval: not -> (rubrik, [(post, 2026, 2025)])
A_NOTES = {
    5: ("Skatteintäkter", [("Preliminära skatteintäkter", 6698.1, 6401.3),
                           ("Prognos för slutavräkningen innevarande år", 22.6, 22.2),
                           ("Slutavräkningsdifferens föregående år", -8.3, -4.6)]),
    6: ("Generella statsbidrag och utjämning", [("Inkomstutjämningsbidrag", 2284.6, 2150.9),
                                                ("Kostnadsutjämningsbidrag", 341.2, 322.7),
                                                ("Regleringsavgift", -28.4, -41.5),
                                                ("Statsbidrag för läkemedelsförmånerna", 612.3, 587.0),
                                                ("Övriga generella statsbidrag", 55.3, 55.2)]),
    7: ("Finansiella intäkter", [("Ränteintäkter", 31.4, 22.8),
                                 ("Realiserade vinster på värdepapper", 103.0, 61.1),
                                 ("Orealiserade vinster på värdepapper", 14.5, 12.5)]),
    8: ("Finansiella kostnader", [("Räntekostnader på lån", 21.6, 24.9),
                                  ("Ränta på pensionsavsättningen", 108.2, 89.4),
                                  ("Övriga finansiella kostnader", 4.3, 3.4)]),
}
A_BUDGET_RESULT = 140.0          # budgeterat resultat 2026, mnkr
A_TAX_OVER_BUDGET = 118.5        # skatteintäkter och generella statsbidrag över budget, mnkr
A_FIN_OVER_BUDGET = 34.2         # finansnettot bättre än budget, mnkr
A_GOAL_PCT = 2.0                 # finansiellt mål: resultat minst 2,0 % av skatter och bidrag
# typed history of the key figures (2022–2024, and 2025 where the report gives no basis to compute it)
A_TAX_HIST = {2022: 8412.6, 2023: 8695.3, 2024: 9101.8}
A_RESULT_HIST = {2022: 212.5, 2023: -58.6, 2024: 12.8}
A_TAXGROWTH_2022 = 6.9
A_NETGROWTH_HIST = {2022: 5.8, 2023: 8.9, 2024: 4.4, 2025: 6.2}
A_INVEST = {2022: 612.4, 2023: 744.9, 2024: 803.6, 2025: 698.1, 2026: 756.3}
A_SELFFIN_HIST = {2022: 98, 2023: 47, 2024: 54}
A_SOL = {2022: 14.2, 2023: 12.6, 2024: 12.1, 2025: 12.9, 2026: 14.3}
A_SOL_PENS = {2022: -18.4, 2023: -19.8, 2024: -18.9, 2025: -16.1, 2026: -13.2}
A_LIQ = {2022: 88, 2023: 74, 2024: 71, 2025: 76, 2026: 83}
A_LOANS = {2022: 400.0, 2023: 650.0, 2024: 900.0, 2025: 900.0, 2026: 850.0}
A_TAXRATE = {2022: 11.48, 2023: 11.48, 2024: 11.73, 2025: 11.73, 2026: 11.73}
A_POP = {2022: 287412, 2023: 288906, 2024: 290117, 2025: 291540, 2026: 292873}
# driftredovisning, nettokostnader mnkr: (verksamhetsområde, budget 2026, utfall 2026, utfall 2025); the last row
# (finansförvaltningen) is computed so that the sum equals the net costs of the income statement
A_OPS = [
    ("Hälso- och sjukvård", 7412.0, 7698.5, 7301.2),
    ("Tandvård", 412.5, 405.8, 391.0),
    ("Kollektivtrafik", 918.0, 941.3, 884.6),
    ("Regional utveckling", 244.0, 231.7, 226.9),
    ("Kultur och bildning", 186.5, 179.2, 171.8),
    ("Regionstyrelsens gemensamma verksamhet", 528.0, 497.6, 482.1),
    ("Politisk verksamhet och revision", 38.5, 36.2, 35.1),
]
A_FIN_LABEL = "Finansförvaltning och gemensamma poster¹"
A_FIN_BUDGET = -40.0
A_FIN_NOTE = ("¹ Finansförvaltningen redovisar bland annat pensionskostnader utöver de premier som belastar "
              "verksamheterna och interna poster som elimineras. Ett negativt belopp är en nettointäkt.")
A_PASSAGE = ("kostnaderna för hyrläkare och hyrsjuksköterskor ökade under sommaren när flera vårdavdelningar vid "
             "Dalvretens sjukhus inte kunde bemannas med egen personal, samtidigt som fler patienter fick remitteras "
             "till vård i andra regioner")
A_DIRECTOR = ("Birgitta Ekholm", "regiondirektör")
A_CFO = ("Magnus Dahlberg", "ekonomidirektör")
A_CHAIR = ("Elin Vallgren", "regionstyrelsens ordförande")


def a_is_rows():
    """[(kind, label, not, 2026, 2025)] in printing order; kind 'row', 'sum' or 'result'"""
    I = A_IS

    def s(*keys, k):
        return r1(sum(I[x][k] for x in keys))
    out = []
    for key in ("int", "kost", "avs"):
        out.append(("row",) + I[key])
    net = [s("int", "kost", "avs", k=k) for k in (2, 3)]
    out.append(("sum", "Verksamhetens nettokostnader", None, *net))
    for key in ("skatt", "gsb"):
        out.append(("row",) + I[key])
    vr = [r1(net[i] + I["skatt"][2 + i] + I["gsb"][2 + i]) for i in (0, 1)]
    out.append(("sum", "Verksamhetens resultat", None, *vr))
    for key in ("finint", "finkost"):
        out.append(("row",) + I[key])
    res = [r1(vr[i] + I["finint"][2 + i] + I["finkost"][2 + i]) for i in (0, 1)]
    out.append(("sum", "Resultat efter finansiella poster", None, *res))
    out.append(("row", "Extraordinära poster", None, None, None))
    out.append(("result", "Årets resultat", None, *res))
    return out


def a_is(label):
    return [r for r in a_is_rows() if r[1] == label][0]


def a_net(year):
    return -a_is("Verksamhetens nettokostnader")[3 if year == 2026 else 4]


def a_tax(year):
    if year in A_TAX_HIST:
        return A_TAX_HIST[year]
    k = 2 if year == 2026 else 3
    return r1(A_IS["skatt"][k] + A_IS["gsb"][k])


def a_result(year):
    if year in A_RESULT_HIST:
        return A_RESULT_HIST[year]
    return a_is("Årets resultat")[3 if year == 2026 else 4]


def a_keys():
    """[(group, label, [values 2022..2026], fmt)] of "Fem år i sammandrag"; fmt 'd1', 'int', 'd2' or 'g'"""
    Y = A_YEARS
    taxg = [A_TAXGROWTH_2022] + [pct(a_tax(y), a_tax(y - 1)) for y in Y[1:]]
    netg = [A_NETGROWTH_HIST[y] for y in Y[:-1]] + [pct(a_net(2026), a_net(2025))]
    selff = [A_SELFFIN_HIST[y] for y in Y[:3]] + [
        r0((a_result(y) - A_IS["avs"][2 if y == 2026 else 3]) / A_INVEST[y] * 100) for y in (2025, 2026)]
    G1, G2, G3 = A_KEY_GROUPS
    return [
        (G1, "Årets resultat, mnkr", [a_result(y) for y in Y], "d1"),
        (G1, "Årets resultat i % av skatteintäkter och generella statsbidrag",
         [r1(a_result(y) / a_tax(y) * 100) for y in Y], "d1"),
        (G1, "Skatteintäkter och generella statsbidrag, mnkr", [a_tax(y) for y in Y], "d1"),
        (G1, "Förändring av skatteintäkter och generella statsbidrag, %", taxg, "d1"),
        (G1, "Förändring av verksamhetens nettokostnader, %", netg, "d1"),
        (G1, "Nettoinvesteringar, mnkr", [A_INVEST[y] for y in Y], "d1"),
        (G1, "Självfinansieringsgrad av nettoinvesteringarna, %", selff, "int"),
        (G2, "Soliditet, %", [A_SOL[y] for y in Y], "d1"),
        (G2, "Soliditet inklusive samtliga pensionsförpliktelser, %", [A_SOL_PENS[y] for y in Y], "d1"),
        (G2, "Kassalikviditet, %", [A_LIQ[y] for y in Y], "int"),
        (G2, "Långfristiga lån, mnkr", [A_LOANS[y] for y in Y], "d1"),
        (G3, "Skattesats, kr per skattekrona", [A_TAXRATE[y] for y in Y], "d2"),
        (G3, "Antal invånare den 31 december", [A_POP[y] for y in Y], "g"),
    ]


A_KEY_GROUPS = ["Resultat och kapacitet", "Risk och kontroll", "Övrigt"]


def a_fmt(v, fmt):
    return {"d1": d1, "int": g, "d2": d2, "g": g}[fmt](v)


def a_key_text(k):
    return k[1] + " " + " ".join(a_fmt(v, k[3]) for v in k[2])


def a_ops():
    """the operating statement rows incl. the computed finance row: (label, budget, utfall 2026, utfall 2025)"""
    fin26 = r1(a_net(2026) - sum(o[2] for o in A_OPS))
    fin25 = r1(a_net(2025) - sum(o[3] for o in A_OPS))
    return list(A_OPS) + [(A_FIN_LABEL, A_FIN_BUDGET, fin26, fin25)]


def a_op_cells(o):
    return [o[0], d1(o[1]), d1(o[2]), d1(o[3]), d1(o[1] - o[2], plus=True)]


def a_op_text(o):
    return " ".join(a_op_cells(o))


def a_ops_sum():
    rows = a_ops()
    return tuple(r1(sum(o[k] for o in rows)) for k in (1, 2, 3))


def a_is_cells(r):
    kind, label, note, v26, v25 = r
    f = (lambda v: "–" if v is None else d1(v))
    return [label, str(note) if note else "", f(v26), f(v25)]


def a_is_text(r):
    return " ".join(c for c in a_is_cells(r) if c)


# =====================================================================================================
# (b) Ekmarka kommun – kommunstyrelsens internkontrollplan 2026 med uppföljning
# =====================================================================================================
B_GROUPS = ["Ekonomi och inköp", "Personal", "Informationssäkerhet", "Styrning och ärendehantering"]
# (nr, grupp, risk, sannolikhet, konsekvens, kontrollmoment, ansvarig, frekvens, granskat, avvikelser, resultat)
B_ROWS = [
    (1, "Ekonomi och inköp", "Felaktiga utbetalningar till leverantörer", 3, 4,
     "Stickprov på leverantörsfakturor mot avtal, attest och leverans", "Ekonomichef", "Kvartalsvis", 200, 6,
     "Mindre brister"),
    (2, "Ekonomi och inköp", "Inköp görs utanför upphandlade avtal", 4, 3,
     "Analys av avtalstroheten i e-handelssystemet", "Upphandlingschef", "Halvårsvis", 120, 19,
     "Väsentliga brister"),
    (3, "Ekonomi och inköp", "Inköpskort används för otillåtna köp", 3, 2,
     "Avstämning av kortköp mot kvitton och syfte", "Ekonomichef", "Månadsvis", 240, 0, "Utan anmärkning"),
    (4, "Ekonomi och inköp", "Representation följer inte riktlinjerna", 2, 2,
     "Granskning av representationsfakturor", "Ekonomichef", "Årligen", 30, 2, "Mindre brister"),
    (5, "Personal", "Felaktiga löneutbetalningar", 3, 3,
     "Kontroll av löneändringar och behörigheter i lönesystemet", "HR-chef", "Månadsvis", 120, 3,
     "Mindre brister"),
    (6, "Personal", "Bisysslor anmäls och prövas inte", 3, 3,
     "Uppföljning av att chefer har tagit in uppgifter om bisysslor", "HR-chef", "Årligen", 60, 9,
     "Väsentliga brister"),
    (7, "Personal", "Arbetsmiljöuppgifter är inte fördelade skriftligt", 2, 4,
     "Kontroll av undertecknade uppgiftsfördelningar", "HR-chef", "Årligen", 45, 2, "Mindre brister"),
    (8, "Personal", "Rehabiliteringsärenden följs inte upp", 3, 2,
     "Genomgång av rehabiliteringsutredningar", "HR-chef", "Halvårsvis", 24, 0, "Utan anmärkning"),
    (9, "Informationssäkerhet", "Behörigheter finns kvar efter avslutad anställning", 4, 4,
     "Avstämning av konton i verksamhetssystemen mot personalregistret", "IT-chef", "Kvartalsvis", 480, 37,
     "Väsentliga brister"),
    (10, "Informationssäkerhet", "Personuppgiftsincidenter anmäls inte i tid", 2, 5,
     "Genomgång av incidentloggen", "Dataskyddsombud", "Kvartalsvis", 14, 1, "Mindre brister"),
    (11, "Informationssäkerhet", "Kontinuitetsplaner saknas för kritiska system", 3, 5,
     "Kontroll av att kontinuitetsplaner finns och har övats", "IT-chef", "Årligen", None, None, "Ej genomförd"),
    (12, "Styrning och ärendehantering", "Allmänna handlingar registreras inte", 3, 3,
     "Stickprov i diariet och i funktionsbrevlådorna", "Kanslichef", "Halvårsvis", 80, 4, "Mindre brister"),
    (13, "Styrning och ärendehantering", "Delegationsbeslut anmäls inte till nämnden", 2, 3,
     "Avstämning av delegationsbeslut mot anmälningslistorna", "Kanslichef", "Kvartalsvis", 60, 0,
     "Utan anmärkning"),
    (14, "Styrning och ärendehantering", "Synpunkter och klagomål besvaras inte inom tio dagar", 3, 2,
     "Uppföljning av svarstiderna i synpunktshanteringen", "Kommunikationschef", "Halvårsvis", 112, 11,
     "Mindre brister"),
    (15, "Styrning och ärendehantering", "Fullmäktiges beslut verkställs inte", 2, 4,
     "Kontroll av att fullmäktiges beslut har verkställts", "Kanslichef", "Årligen", 18, 0, "Utan anmärkning"),
]
B_RESULTS = ["Utan anmärkning", "Mindre brister", "Väsentliga brister", "Ej genomförd"]
B_PREV = {"Utan anmärkning": 5, "Mindre brister": 4, "Väsentliga brister": 5, "Ej genomförd": 0}  # 2025 (14 ktr)
B_PREV_N = 14
# riskvärde -> nivå: (nivå, lägsta, högsta)
B_LEVELS = [("Låg", 1, 4), ("Måttlig", 5, 9), ("Hög", 10, 14), ("Mycket hög", 15, 25)]
B_BREAK_AFTER = 10         # p. 2 ends after this row; p. 3 repeats the heading and "Informationssäkerhet (forts.)"
B_PROPOSALS = [   # förslag till åtgärder 2027 (whole list), with nested items
    ("Införa obligatorisk e-handel för alla beställare", ["spärr för fakturor som saknar beställning",
                                                           "utbildning för beställare på förvaltningarna"]),
    ("Automatiskt avsluta behörigheter när en anställning upphör",
     ["koppling mellan personalsystemet och katalogtjänsten"]),
    ("Skicka en årlig påminnelse till alla medarbetare om att anmäla bisysslor", []),
    ("Ta fram kontinuitetsplaner för de tio mest kritiska systemen", ["övning av planerna under hösten 2027"]),
]
B_PASSAGE = ("IT-avdelningen under hösten fick lägga all tillgänglig tid på bytet av kommunens ekonomisystem, och "
             "kontrollen har därför flyttats till planen för 2027")
B_DNR = "KS 2026/37"
B_ADOPTED = D(2026, 2, 9)
B_REPORTED = D(2027, 2, 15)
B_CHAIR = "Märta Dahlin"
B_CEO = "Anette Boman"
B_AUTHOR = ("Viktor Eriksson", "kvalitetsstrateg")


def b_rv(r):
    return r[3] * r[4]


def b_level(v):
    return [lv for lv, lo, hi in B_LEVELS if lo <= v <= hi][0]


def b_share(r):
    return None if r[8] is None else r1(r[9] / r[8] * 100)


def b_counts():
    return {s: sum(1 for r in B_ROWS if r[10] == s) for s in B_RESULTS}


def b_plan_cells(r):
    return [str(r[0]), r[2], str(r[3]), str(r[4]), str(b_rv(r)), r[5], r[6], r[7]]


def b_plan_text(r):
    return " ".join(b_plan_cells(r))


def b_res_cells(r):
    return [str(r[0]), r[5], "–" if r[8] is None else g(r[8]), "–" if r[9] is None else g(r[9]),
            "–" if r[8] is None else d1(b_share(r)), r[10]]


def b_res_text(r):
    return " ".join(b_res_cells(r))


# =====================================================================================================
# (c) Brånsta kommun – kommunstyrelsens sammanträdesprotokoll 2027-03-16, §§ 31–37
# =====================================================================================================
C_DATE = D(2027, 3, 16)
# (namn, parti, roll); "ersatt" names the member a substitute serves for
C_MEMBERS = [
    ("Eva Bäckström", "S", "ordförande"),
    ("Mats Engdahl", "M", "1:e vice ordförande"),
    ("Erik Åberg", "C", "2:e vice ordförande"),
    ("Dragana Milić", "S", ""),
    ("Anders Ekdahl", "S", ""),
    ("Maj-Britt Vall", "S", ""),
    ("Ebba Vidén", "S", "tjänstgörande ersättare för Amir Bakir (S)"),
    ("Björn Durén", "KD", ""),
    ("Ewa Molin", "M", ""),
    ("Viktor Dahlström", "M", ""),
    ("Malin Edvardsson", "SD", ""),
    ("David Månsson", "SD", ""),
    ("Vanja Ek", "V", ""),
]
C_ABSENT = "Amir Bakir"
C_OTHERS = [("Victoria Ahlberg", "kommundirektör"), ("Benny Mattsson", "ekonomichef, § 33"),
            ("Dennis Almén", "kommunsekreterare")]
C_ADJUSTER = "Mats Engdahl"
# the vote in § 36: name -> "Ja" / "Nej" / "Avstår"
C_VOTE_NO = {"Malin Edvardsson", "David Månsson", "Vanja Ek"}
C_VOTE_ABSTAIN = {"Viktor Dahlström"}
# § 33 ekonomisk uppföljning per februari 2027, mnkr
C_BUDGET_RESULT = 18.0
C_DEFICITS = [("socialnämnden", 28.9), ("barn- och utbildningsnämnden", 9.6), ("tekniska nämnden", 3.2)]
C_TAX_PLUS = 11.3
# § 34 Ängsmora skola, mnkr
C_SCHOOL = (5.7, 14.2)    # (i investeringsbudgeten, beräknad total utgift)
C_SCHOOL_ATT = [
    "bevilja ett tilläggsanslag på 8,5 mnkr för ombyggnaden av Ängsmora skola",
    "finansiera tilläggsanslaget genom att bygget av förskolan i Medvinge skjuts upp till 2028",
    "uppdra åt samhällsbyggnadsförvaltningen att redovisa orsakerna till kostnadsökningen senast den 15 juni 2027",
    "förklara paragrafen omedelbart justerad",
]
C_MOTION_COST = 3.1
C_PASSAGE = ("en avgiftsfri kollektivtrafik för personer över 75 år beräknas kosta omkring 3,1 mnkr per år i "
             "minskade biljettintäkter, och regionens utredning om färdtjänst och kollektivtrafik för äldre bör "
             "avvaktas innan kommunen fattar beslut")
# § 37 anmälan av delegationsbeslut: (nr, ärende, datum, delegat, belopp tkr or None)
C_DELEG = [
    ("D 2027:01", "Direktupphandling av konsultstöd för lönekartläggning", D(2027, 1, 11), "Personalchef", 380),
    ("D 2027:02", "Yttrande över remiss om regional transportplan", D(2027, 1, 18), "Kommundirektör", None),
    ("D 2027:03", "Upptagande av lån inom beslutad låneram", D(2027, 1, 25), "Ekonomichef", 40000),
    ("D 2027:04", "Avskrivning av fordringar under fem prisbasbelopp", D(2027, 1, 29), "Ekonomichef", 212),
    ("D 2027:05", "Försäljning av tomt i Medvinge, fastigheten Medvinge 3:41", D(2027, 2, 3), "Exploateringschef",
     1450),
    ("D 2027:06", "Förordnande av tillförordnad förvaltningschef", D(2027, 2, 8), "Kommundirektör", None),
    ("D 2027:07", "Hyresavtal för paviljong vid Ängsmora skola", D(2027, 2, 10), "Fastighetschef", 960),
    ("D 2027:08", "Beslut att inte lämna ut allmän handling", D(2027, 2, 15), "Kanslichef", None),
    ("D 2027:09", "Placering av överlikviditet enligt finanspolicyn", D(2027, 2, 19), "Ekonomichef", 25000),
    ("D 2027:10", "Bidrag till Brånsta hembygdsförening för jubileumsår", D(2027, 2, 24), "Kanslichef", 45),
    ("D 2027:11", "Förlängning av avtal om lokalvård i kommunhuset", D(2027, 3, 1), "Fastighetschef", 2300),
]
C_PLAN_HOMES = 120


def c_forecast():
    return r1(C_BUDGET_RESULT - sum(v for _, v in C_DEFICITS) + C_TAX_PLUS)


def c_votes():
    members = [m[0] for m in C_MEMBERS]
    yes = [m for m in members if m not in C_VOTE_NO and m not in C_VOTE_ABSTAIN]
    return len(yes), len(C_VOTE_NO), len(C_VOTE_ABSTAIN)


def c_deleg_cells(x):
    return [x[0], x[1], x[2].isoformat(), x[3], "–" if x[4] is None else g(x[4])]


def c_deleg_text(x):
    return " ".join(c_deleg_cells(x))


# =====================================================================================================
# (d) Marstorps kommun – tekniska nämnden: investeringsplan för gator, vägar och gång- och cykelvägar 2027–2030
# =====================================================================================================
D_YEARS = [2027, 2028, 2029, 2030]
D_GROUPS = [("1", "Nya gator och exploatering"), ("2", "Gång- och cykelvägar"),
            ("3", "Trafiksäkerhet och kollektivtrafik"), ("4", "Broar och konstbyggnader"),
            ("5", "Beläggning och belysning")]
# (grupp, projektnr, projekt, total utgift, utfall t.o.m. 2026, budget 2027, plan 2028, plan 2029, plan 2030), mnkr
D_PROJECTS = [
    ("1", "1101", "Exploateringsgator Dagsåsen etapp 2", 24.6, 3.1, 9.5, 8.0, 4.0, 0.0),
    ("1", "1102", "Ny anslutning till Åbyheds verksamhetsområde", 12.8, 0.4, 2.0, 6.4, 4.0, 0.0),
    ("1", "1103", "Förlängning av Vedhamnsvägen", 8.9, 0.0, 0.5, 1.4, 3.5, 3.5),
    ("1", "1104", "Ombyggnad av Bangatan till gångfartsgata", 15.2, 1.2, 6.0, 8.0, 0.0, 0.0),
    ("2", "1201", "GC-väg Marstorp–Vedhamn", 21.4, 2.6, 8.8, 10.0, 0.0, 0.0),
    ("2", "1202", "GC-väg längs Aspdalsvägen", 6.3, 0.0, 1.5, 4.8, 0.0, 0.0),
    ("2", "1203", "Planskild GC-passage under Banvallen", 18.5, 0.5, 1.0, 2.0, 9.0, 6.0),
    ("2", "1204", "Cykelparkeringar vid resecentrum", 2.4, 0.0, 2.4, 0.0, 0.0, 0.0),
    ("3", "1301", "Säker skolväg vid Emmarby skola", 4.2, 0.6, 3.6, 0.0, 0.0, 0.0),
    ("3", "1302", "Tillgänglighetsanpassning av busshållplatser", 7.5, 1.5, 1.5, 1.5, 1.5, 1.5),
    ("3", "1303", "Cirkulationsplats Ärlegatan/Bangatan", 11.0, 0.0, 0.0, 1.0, 6.0, 4.0),
    ("4", "1401", "Ny bro över Bysjöån²", 31.5, 1.8, 0.7, 2.0, 15.0, 12.0),
    ("4", "1402", "Renovering av Vallbybron", 5.6, 0.0, 4.6, 1.0, 0.0, 0.0),
    ("5", "1501", "Beläggningsprogram för gator¹", 40.0, 0.0, 10.0, 10.0, 10.0, 10.0),
    ("5", "1502", "Byte till LED-armaturer i gatubelysningen", 9.6, 3.6, 2.0, 2.0, 2.0, 0.0),
    ("5", "1503", "Belysning av GC-vägar i Åbyhed", 1.8, 0.0, 0.0, 0.0, 1.8, 0.0),
]
D_BREAK_AFTER = "1302"      # p. 2 ends after this project; p. 3 repeats the heading and the group (forts.)
D_FRAME = 50.0              # investeringsram för 2027, mnkr
D_PREV_PLAN_2027 = 47.3     # förra årets plan för 2027, mnkr
D_NOTES = ["¹ Årligt anslag. Total utgift avser planperioden 2027–2030.",
           "² Projektet har skjutits upp ett år jämfört med planen från 2026, se avsnitt 3."]
D_PASSAGE = ("länsstyrelsens tillstånd för vattenverksamhet har överklagats till mark- och miljödomstolen, och "
             "bygget kan inte upphandlas förrän tillståndet har vunnit laga kraft")
D_DNR = "TN 2026/214"
D_DATE = D(2026, 10, 20)
D_HEAD = ("Dan Mårtensson", "teknisk chef")
D_AUTHOR = ("Aida Vesterberg", "investeringsstrateg")


def d_projects(group=None):
    return [p for p in D_PROJECTS if group is None or p[0] == group]


def d_sum(group=None):
    ps = d_projects(group)
    return tuple(r1(sum(p[k] for p in ps)) for k in range(3, 9))


def d_cell(v):
    return "–" if v == 0 else d1(v)


def d_cells(p):
    return [p[1], p[2]] + [d_cell(v) for v in p[3:9]]


def d_text(p):
    return " ".join(d_cells(p))


def d_sum_cells(label, s):
    return ["", label] + [d_cell(v) for v in s]


# =====================================================================================================
# (e) Bolmsta kommun – kultur- och fritidsförvaltningen: biblioteksstatistik 2026
# =====================================================================================================
# (bibliotek, utlån 2025, utlån 2026, besök 2025, besök 2026)
E_LIBS = [
    ("Bolmsta stadsbibliotek", 186420, 191305, 214380, 221940),
    ("Dalkarlsbo bibliotek", 48215, 46870, 39620, 38115),
    ("Åsbyns bibliotek", 31940, 24608, 28450, 19870),
    ("Vikåsa bibliotek", 52380, 55910, 44105, 47350),
    ("Brandstorps bibliotek", 22760, 23415, 17930, 18260),
    ("Bokbussen¹", 17200, 18134, 9870, 10412),
]
E_LOAN_GOAL = 370000
E_BUS_NOTE = ("¹ Bokbussens besök räknas manuellt vid varje hållplats. Bokbussen gör 38 stopp i veckan i "
              "kommunens ytterområden.")
# arrangemang per bibliotek och år (long format): (bibliotek, år, arrangemang, deltagare, varav barn och unga)
E_EVENTS = [
    ("Bolmsta stadsbibliotek", 2024, 212, 6840, 3910), ("Bolmsta stadsbibliotek", 2025, 236, 7415, 4120),
    ("Bolmsta stadsbibliotek", 2026, 251, 7982, 4466),
    ("Dalkarlsbo bibliotek", 2024, 88, 1560, 1020), ("Dalkarlsbo bibliotek", 2025, 94, 1702, 1115),
    ("Dalkarlsbo bibliotek", 2026, 103, 1688, 1090),
    ("Åsbyns bibliotek", 2024, 71, 1204, 860), ("Åsbyns bibliotek", 2025, 76, 1311, 905),
    ("Åsbyns bibliotek", 2026, 48, 822, 610),
    ("Vikåsa bibliotek", 2024, 96, 1890, 1240), ("Vikåsa bibliotek", 2025, 108, 2045, 1316),
    ("Vikåsa bibliotek", 2026, 117, 2230, 1402),
    ("Brandstorps bibliotek", 2024, 42, 610, 455), ("Brandstorps bibliotek", 2025, 45, 688, 470),
    ("Brandstorps bibliotek", 2026, 51, 742, 498),
    ("Bokbussen", 2024, 18, 340, 312), ("Bokbussen", 2025, 22, 395, 361), ("Bokbussen", 2026, 24, 418, 380),
]
E_PASSAGE = ("biblioteket var stängt från mars till maj medan ventilationen byttes och lokalerna byggdes om för "
             "meröppet, och under stängningen fanns bara en tillfällig utlämning av reserverade böcker i Åsbyns "
             "skola")
E_QUOTE = ("Meröppet har gjort att jag kan låna på kvällen när jag slutat jobbet. Det har gjort stor skillnad för "
           "hela familjen.")
E_PLANS = [   # satsningar 2027 (bulleted, nested)
    ("Meröppet införs även i Dalkarlsbo bibliotek", ["ombyggnad av entrén under våren",
                                                     "bemannade tider behålls tisdag och torsdag"]),
    ("Läslyftet för förskolor", ["bokpåsar till alla förskolor", "sagostunder på fem språk"]),
    ("Ny bokbuss upphandlas", []),
]
E_CHIEF = ("Beatrice Dahlqvist", "bibliotekschef")
E_DATE = D(2027, 2, 12)


def e_tot():
    return tuple(sum(x[k] for x in E_LIBS) for k in (1, 2, 3, 4))


def e_cells(x):
    return [x[0], g(x[1]), g(x[2]), d1(pct(x[2], x[1]), plus=True), g(x[3]), g(x[4]), d1(pct(x[4], x[3]), plus=True)]


def e_text(x):
    return " ".join(e_cells(x))


def e_tot_cells():
    t = e_tot()
    return ["Samtliga bibliotek", g(t[0]), g(t[1]), d1(pct(t[1], t[0]), plus=True), g(t[2]), g(t[3]),
            d1(pct(t[3], t[2]), plus=True)]


def e_ev_cells(x):
    return [x[0], str(x[1]), g(x[2]), g(x[3]), g(x[4])]


def e_ev_text(x):
    return " ".join(e_ev_cells(x))


def e_ev_year(year):
    return tuple(sum(x[k] for x in E_EVENTS if x[1] == year) for k in (2, 3, 4))


# =====================================================================================================
# (f) Mälbacka kommun – avfallsplan 2023–2030, uppföljning 2026 (the indicator table is the SCANNED page 2)
# =====================================================================================================
F_GOALS = [
    ("1", "Avfallet ska minska", ["mindre matsvinn i hushåll och kommunala kök",
                                  "fler saker ska repareras och återbrukas"]),
    ("2", "Mer ska återanvändas och återvinnas", ["matavfall och förpackningar ska sorteras ut",
                                                  "insamlingen ska vara enkel för alla hushåll"]),
    ("3", "Nedskräpningen ska minska och farligt avfall ska hanteras rätt",
     ["mindre skräp i centrum och längs vägarna", "inget farligt avfall ska hamna bland restavfallet"]),
]
F_MVA = "Mälbacka Vatten och Avfall AB"
# (mål, nr, åtgärd, ansvarig, klart år, status)
F_ACTIONS = [
    ("1", "1.1", "Informationskampanj om matsvinn i hushållen", F_MVA, 2025, "Genomförd"),
    ("1", "1.2", "Återbruksrum vid återvinningscentralen i Älgmossen", F_MVA, 2026, "Genomförd"),
    ("1", "1.3", "Krav på minskat avfall i kommunens upphandlingar", "Upphandlingsenheten", 2026, "Försenad"),
    ("1", "1.4", "Matsvinnsmätning i alla skolkök", "Kostenheten", 2024, "Genomförd"),
    ("1", "1.5", "Bytesdagar för barnkläder och leksaker på biblioteken", "Kultur- och fritidsförvaltningen", 2027,
     "Pågår"),
    ("2", "2.1", "Fastighetsnära insamling av förpackningar i flerbostadshus", F_MVA, 2027, "Pågår"),
    ("2", "2.2", "Ny återvinningscentral i Bredmossen", F_MVA, 2028, "Pågår"),
    ("2", "2.3", "Insamling av textilier vid återvinningscentralerna", F_MVA, 2025, "Genomförd"),
    ("2", "2.4", "Insamling av matavfall i kommunens egna verksamheter", "Serviceförvaltningen", 2026, "Försenad"),
    ("2", "2.5", "Utökad källsortering i kommunhuset och skolorna", "Serviceförvaltningen", 2027, "Ej påbörjad"),
    ("3", "3.1", "Skräpplockardagar med skolor och föreningar", "Samhällsbyggnadsförvaltningen", 2025,
     "Genomförd"),
    ("3", "3.2", "Fler papperskorgar med sortering i centrala Mälbacka", "Samhällsbyggnadsförvaltningen", 2026,
     "Försenad"),
    ("3", "3.3", "Mobil insamling av farligt avfall i ytterområdena", F_MVA, 2026, "Genomförd"),
    ("3", "3.4", "Tillsyn av nedskräpade tomter", "Miljö- och byggförvaltningen", 2027, "Ej påbörjad"),
    ("3", "3.5", "Kartläggning av nedlagda deponier", "Miljö- och byggförvaltningen", 2028, "Pågår"),
]
F_STATUSES = ["Genomförd", "Pågår", "Försenad", "Ej påbörjad"]
F_PREV_DONE = 4
F_PASSAGE = ("flera av kommunens kök saknar utrymme för kärl och kylda soprum, och ombyggnaderna har fått vänta tills "
             "kommunfullmäktige har beslutat om den nya lokalförsörjningsplanen")
F_PRIOS = [
    "Ta fram en tidplan för matavfallsinsamlingen i alla kommunens kök",
    "Upphandla byggentreprenaden för återvinningscentralen i Bredmossen",
    "Följa upp plockanalysen med riktad information till flerbostadshus",
    "Starta tillsynen av nedskräpade tomter",
]
F_DNR = "KS 2027/41"
F_DATE = D(2027, 3, 2)
F_HEAD = ("Axel Vinberg", "avfallsstrateg")
F_CHAIR = ("Doris Ahlqvist", "kommunstyrelsens ordförande")

# the scanned indicator table: (mål, nr, indikator, enhet, riktning, basår 2020, 2024, 2025, 2026, mål 2030)
F_IND = [
    ("1", "1.1", "Insamlat hushållsavfall", "kg/inv", "minska", 486, 451, 437, 424, 400),
    ("1", "1.2", "Mat- och restavfall", "kg/inv", "minska", 214, 196, 189, 181, 170),
    ("1", "1.3", "Grovavfall till återvinningscentral", "kg/inv", "minska", 168, 173, 176, 169, 150),
    ("2", "2.1", "Andel utsorterat matavfall", "%", "öka", 38, 52, 57, 61, 75),
    ("2", "2.2", "Insamlade förpackningar och tidningar", "kg/inv", "öka", 62, 68, 71, 70, 80),
    ("2", "2.3", "Felsorterat material i restavfallet", "%", "minska", 43, 36, 33, 34, 25),
    ("2", "2.4", "Föremål till återbruk", "antal", "öka", 1850, 4120, 5360, 6010, 5000),
    ("3", "3.1", "Skräp per 10 m² vid mätpunkterna", "antal", "minska", 5.8, 4.9, 5.2, 4.1, 3.0),
    ("3", "3.2", "Farligt avfall i restavfallet", "%", "minska", 0.9, 0.6, 0.5, 0.4, 0.5),
    ("3", "3.3", "Elavfall till återvinningscentral", "kg/inv", "öka", 13.2, 14.8, 15.1, 15.9, 16.0),
]
F_SCAN_LABEL = ["MÄLBACKA KOMMUN", "Inkom 2027-02-24", "Dnr KS 2027/41"]
F_SCAN_BARCODE = "KS-27-0041-B1"
F_SCAN_TITLE = "Bilaga 1. Indikatorer för avfallsplanen"
F_SCAN_SUB = "Utfall per mål, basår och de tre senaste åren"
F_SCAN_INTRO = ("Tabellen visar planens indikatorer med utfallet för basåret och de tre senaste åren samt målvärdet "
                "för 2030. Kolumnen Riktning anger om värdet ska öka eller minska för att målet ska nås.")
F_SCAN_HEAD = ["Nr", "Indikator", "Enhet", "Riktning", "Basår 2020", "2024", "2025", "2026", "Mål 2030"]
F_SCAN_GOAL = {"1": "Mål 1. Avfallet ska minska",
               "2": "Mål 2. Mer ska återanvändas och återvinnas",
               "3": "Mål 3. Mindre nedskräpning, farligt avfall rätt"}
F_SCAN_NOTES = [
    "Anm. Värdena för 2026 är preliminära. kg/inv = kilo per invånare.",
    "Plockanalysen av rest- och matavfall görs varje höst i ett urval av villor och flerbostadshus.",
    "Källa: Mälbacka Vatten och Avfall AB och kommunens skräpmätningar.",
]
F_SCAN_PEN = "kolla 2.2!"     # a pen note in the margin


def f_counts():
    return {s: sum(1 for a in F_ACTIONS if a[5] == s) for s in F_STATUSES}


def f_action_text(a):
    return f"{a[1]} {a[2]} {a[3]} {a[4]} {a[5]}"


def f_num(v):
    if isinstance(v, float):
        return d1(v)
    return g(v)


def f_ind_cells(i):
    return [i[1], i[2], i[3], i[4]] + [f_num(v) for v in i[5:10]]


def f_ind_text(i):
    return " ".join(f_ind_cells(i))


def f_met(i):
    """the 2026 value has reached the target for 2030"""
    return i[8] <= i[9] if i[4] == "minska" else i[8] >= i[9]


def f_wrong_way(i):
    """the value moved away from the wanted direction between 2025 and 2026"""
    return i[8] > i[7] if i[4] == "minska" else i[8] < i[7]


def f_scan_rows():
    """[(kind, cells)] in printing order; kind 'goal' or 'row'"""
    out = []
    for nr, _, _ in F_GOALS:
        out.append(("goal", [F_SCAN_GOAL[nr]]))
        for i in F_IND:
            if i[0] == nr:
                out.append(("row", f_ind_cells(i)))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_LABEL) + [F_SCAN_BARCODE, F_SCAN_TITLE, F_SCAN_SUB, F_SCAN_INTRO, " ".join(F_SCAN_HEAD)]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(cells))
    parts += F_SCAN_NOTES + [F_SCAN_PEN]
    return "\n".join(parts)


def f_scan_numbers():
    """every number printed in the scanned table (as printed), for the text-layer check"""
    out = []
    for kind, cells in f_scan_rows():
        if kind == "row":
            out += cells[4:]
    return sorted(set(out))
