"""The numbers, rows and list items of the six synthetic33 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (the vote counts, the
interim-report balance, project sums per committee and year, the grand totals, merit values weighted by girls and
boys, the municipality rows of the school report, status counts and cost sums of the action plan, risk values S x K,
the number of deviations, the yearly sums of the street programme) are computed here, never typed twice."""
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
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


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


def dz(x):
    """an amount cell of the investment table: 0 -> '–'"""
    return "–" if abs(x) < 1e-9 else d1(x)


# =====================================================================================================================
# (a) Hennestads kommun – kommunstyrelsens sammanträdesprotokoll 2027-10-05, §§ 112–120
# =====================================================================================================================
A_DATE = _dt.date(2027, 10, 5)
A_SIGNED = _dt.date(2027, 10, 8)          # justering
A_POSTED = _dt.date(2027, 10, 11)         # anslaget sätts upp
A_TAKEN_DOWN = _dt.date(2027, 11, 2)      # anslaget tas ned
A_PLACE = "Hennestads kommunhus, sammanträdesrummet Ladan"
A_TIME = "kl. 09.00–12.15 (ajournering kl. 10.30–10.45)"
A_PARS = (112, 120)
# ordinarie ledamöter: (namn, parti, uppdrag)
A_MEMBERS = [
    ("Helena Lindqvist", "S", "ordförande"),
    ("Björn Hellström", "C", "1:e vice ordförande"),
    ("Fredrik Dahlgren", "M", "2:e vice ordförande"),
    ("Linnea Berglund", "S", ""),
    ("Bo Hedlund", "S", ""),
    ("Dragana Forsberg", "S", ""),
    ("Lars Östlund", "M", ""),
    ("Birgitta Falk", "M", ""),
    ("Dennis Holm", "SD", ""),
    ("Frida Lundell", "SD", ""),
    ("Linda Dalin", "V", ""),
    ("Örjan Fransson", "KD", ""),
    ("Henrik Blom", "L", ""),
]
# tjänstgörande ersättare: (namn, parti, ersätter, paragrafer)
A_SUBS = [
    ("Daniel Lindgren", "M", "Birgitta Falk", (112, 120)),
    ("Hanna Bredberg", "SD", "Frida Lundell", (112, 120)),
    ("Leif Dahlberg", "S", "Bo Hedlund", (117, 120)),
]
A_ABSENT = ["Birgitta Falk", "Frida Lundell"]
A_PARTLY = {"Bo Hedlund": (112, 116)}       # left the meeting after § 116
A_NONSERVING = [("Fatima Holmberg", "S"), ("Dan Lövgren", "V"), ("Bertil Haglund", "C")]
A_OTHERS = [("Lena Bergström", "kommundirektör"), ("Hampus Lindahl", "ekonomichef, § 113"),
            ("Frans Linde", "fastighetschef, § 116"), ("Beata Ferm", "kommunsekreterare")]
A_JUSTERARE = "Björn Hellström"
A_SECRETARY = "Beata Ferm"
# § 113 delårsrapport per 31 augusti 2027 (mnkr)
A_PERIOD_RESULT = 38.6
A_BUDGET_RESULT = 19.5
A_COMMITTEE_DEV = [("socialnämnden", -11.2), ("barn- och utbildningsnämnden", -6.3), ("tekniska nämnden", 2.7)]
A_FINANCE_DEV = 19.4          # finansförvaltningen: högre skatteintäkter och lägre räntekostnader


def a_committee_dev():
    return r1(sum(v for _, v in A_COMMITTEE_DEV))


def a_forecast():
    return r1(A_BUDGET_RESULT + a_committee_dev() + A_FINANCE_DEV)


# § 116 förskolan Fältängen
A_F_COST = 78.5          # sex avdelningar, mnkr
A_F_EARLIER = 64.0       # förstudien 2026
A_F_SMALL = 52.0         # fyra avdelningar (Dahlgrens yrkande)
A_F_PLACES = 120
A_F_OPEN = "augusti 2029"
A_PASSAGE = ("kostnaden har stigit med 14,5 miljoner kronor sedan förstudien utan att kommunstyrelsen har fått "
             "pröva ett mindre alternativ")
# the vote in § 116: who voted what (the serving members at § 116)
A_VOTE_PAR = 116
A_VOTE = {
    "Ja": ["Helena Lindqvist", "Björn Hellström", "Linnea Berglund", "Bo Hedlund", "Dragana Forsberg", "Linda Dalin",
           "Henrik Blom"],
    "Nej": ["Fredrik Dahlgren", "Lars Östlund", "Daniel Lindgren", "Örjan Fransson"],
    "Avstår": ["Dennis Holm", "Hanna Bredberg"],
}
A_RESERVED = ["Fredrik Dahlgren", "Lars Östlund", "Daniel Lindgren", "Örjan Fransson"]
# § 114 anmälda delegationsbeslut: (datum, ärende, beslut, delegat)
A_DELEG = [
    (_dt.date(2027, 8, 9), "Tilldelningsbeslut, ramavtal kontorsmaterial",
     "Tilldelning till Dahléns Kontorsvaror AB", "Upphandlingschef"),
    (_dt.date(2027, 8, 12), "Anställning av controller vid ekonomienheten",
     "Anställd tills vidare från 2027-10-01", "Ekonomichef"),
    (_dt.date(2027, 8, 19), "Försäljning av industritomt, Hedängen 1:14",
     "Köpekontrakt tecknat, köpeskilling 1 240 000 kr", "Mark- och exploateringsingenjör"),
    (_dt.date(2027, 8, 24), "Remissyttrande över regional cykelplan",
     "Yttrande avgivet i enlighet med förvaltningens förslag", "Kommunstyrelsens ordförande"),
    (_dt.date(2027, 8, 30), "Lokal överenskommelse om lönerevision 2027",
     "Överenskommelse tecknad med de fackliga organisationerna", "HR-chef"),
    (_dt.date(2027, 9, 2), "Ändrad förteckning över beslutsattestanter 2027",
     "Förteckningen fastställd", "Ekonomichef"),
    (_dt.date(2027, 9, 6), "Tilldelningsbeslut, konsulttjänster inom IT",
     "Tilldelning till Lindebergs IT AB", "Upphandlingschef"),
    (_dt.date(2027, 9, 13), "Begäran om utlämnande av allmän handling från Hennestads Tidning",
     "Avslag, sekretess enligt 19 kap. 3 § OSL", "Kanslichef"),
    (_dt.date(2027, 9, 15), "Arrendeavtal för betesmark, Fältängen 2:3",
     "Arrendet förlängt till 2030-12-31", "Mark- och exploateringsingenjör"),
    (_dt.date(2027, 9, 21), "Brådskande yttrande till Trafikverket om hastighetsgränser",
     "Yttrande avgivet", "Kommunstyrelsens ordförande"),
    (_dt.date(2027, 9, 24), "Anställning av kommunikatör",
     "Anställd tills vidare från 2027-11-01", "Kommundirektör"),
    (_dt.date(2027, 9, 28), "Avskrivning av fordringar under ett prisbasbelopp",
     "Fyra fordringar om sammanlagt 21 350 kr avskrivna", "Ekonomichef"),
]


def a_deleg_text(r):
    """the row as pypdf extracts it (cells left to right, wrapped lines joined)"""
    return f"{r[0].isoformat()} {r[1]} {r[2]} {r[3]}"


def a_serving(par):
    """the 13 members serving at a paragraph (ordinary members present, or their substitutes)"""
    out = []
    for name, party, _ in A_MEMBERS:
        sub = [s for s in A_SUBS if s[2] == name and s[3][0] <= par <= s[3][1]]
        if sub:
            out.append((sub[0][0], sub[0][1]))
        elif name not in A_ABSENT and (name not in A_PARTLY or A_PARTLY[name][0] <= par <= A_PARTLY[name][1]):
            out.append((name, party))
    return out


# =====================================================================================================================
# (b) Bromsviks kommun – investeringsbudget 2027 och plan 2028–2031 (bilaga 3 till Mål och budget 2027)
# =====================================================================================================================
B_YEARS = [2027, 2028, 2029, 2030, 2031]
B_TYPES = {"N": "ny investering", "P": "pågående projekt", "R": "reinvestering"}
# (nämnd, [(projekt, typ, totalbudget, (2027, 2028, 2029, 2030, 2031)), ...]); mnkr
B_GROUPS = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", "R", None, (2.5, 2.5, 2.5, 2.5, 2.5)),
        ("Kommunhuset, ombyggnad etapp 2", "P", 34.0, (14.0, 9.5, 0, 0, 0)),
        ("Exploatering av Hedängens verksamhetsområde", "N", 22.8, (3.2, 8.6, 7.4, 3.6, 0)),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Dammbacken, åtta avdelningar", "N", 96.0, (8.0, 42.5, 38.0, 7.5, 0)),
        ("Lövängsskolan, om- och tillbyggnad", "P", 148.0, (46.0, 52.0, 18.0, 0, 0)),
        ("Inventarier skolor och förskolor", "R", None, (1.8, 1.8, 1.8, 1.8, 1.8)),
        ("Skolgårdar, upprustning", "R", None, (1.2, 1.2, 1.2, 1.2, 1.2)),
    ]),
    ("Socialnämnden", [
        ("Ny gruppbostad LSS, Dalslingan", "N", 28.5, (4.5, 18.0, 6.0, 0, 0)),
        ("Hedgårdens vård- och omsorgsboende, renovering", "P", 41.0, (21.0, 6.0, 0, 0, 0)),
        ("Trygghetslarm och välfärdsteknik", "R", None, (0.9, 0.9, 0.9, 0.9, 0.9)),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan, Bromsviks idrottsplats", "N", 11.2, (5.6, 5.6, 0, 0, 0)),
        ("Badhuset, ny bassängteknik", "P", 18.4, (12.4, 0, 0, 0, 0)),
        ("Meröppet bibliotek i Fagervik", "N", 2.3, (2.3, 0, 0, 0, 0)),
        ("Elljusspår Lövberget", "N", 3.6, (0, 0, 3.6, 0, 0)),
    ]),
    ("Tekniska nämnden", [
        ("Beläggningsprogram gator", "R", None, (7.5, 7.5, 7.5, 7.5, 7.5)),
        ("Gång- och cykelväg Bromsvik–Fagervik", "N", 26.0, (0, 4.0, 14.0, 8.0, 0)),
        ("Bro över Hedeån", "N", 19.5, (0, 0, 0, 6.5, 13.0)),
        ("Huvudvattenledning till Fagervik", "N", 54.0, (12.0, 24.0, 18.0, 0, 0)),
        ("Förnyelse av VA-ledningar", "R", None, (9.0, 9.0, 9.0, 9.0, 9.0)),
        ("Gatubelysning, byte till LED", "R", None, (2.0, 2.0, 2.0, 0, 0)),
        ("Lekplatser, upprustning", "R", None, (0.8, 0.8, 0.8, 0.8, 0.8)),
        ("Fordon och maskiner", "R", None, (3.5, 3.5, 3.5, 3.5, 3.5)),
    ]),
]
B_BREAK_AFTER = "Socialnämnden"        # p. 2 ends with the Summa row of this committee; p. 3 repeats the heading
B_DEPRECIATION = 71.4                  # avskrivningar 2027, mnkr
B_RESULT = 44.9                        # budgeterat resultat 2027, mnkr
B_PASSAGE = ("skolan byggdes 1968 och ventilationen, elen och ytskikten har nått slutet av sin tekniska livslängd")


def b_rows():
    return [(grp, p) for grp, ps in B_GROUPS for p in ps]


def b_total_budget(p):
    """projects without a stated total (yearly reinvestment pots) have the sum of the five years"""
    return p[2] if p[2] is not None else r1(sum(p[3]))


def b_group_sum(grp):
    ps = dict(B_GROUPS)[grp]
    return (r1(sum(b_total_budget(p) for p in ps)),) + tuple(r1(sum(p[3][k] for p in ps)) for k in range(5))


def b_grand():
    sums = [b_group_sum(grp) for grp, _ in B_GROUPS]
    return tuple(r1(sum(s[k] for s in sums)) for k in range(6))


def b_self_fin():
    """självfinansieringsgrad 2027, procent: (avskrivningar + resultat) / investeringar"""
    return r0((B_DEPRECIATION + B_RESULT) / b_grand()[1] * 100)


def b_new_loans():
    """nyupplåning 2027, mnkr: the part of the investments not financed by depreciation and the result"""
    return r1(b_grand()[1] - B_DEPRECIATION - B_RESULT)


def b_row_text(p):
    return f"{p[0]} {p[1]} {d1(b_total_budget(p))} " + " ".join(dz(v) for v in p[3])


def b_sum_text(grp):
    s = b_group_sum(grp)
    return f"Summa {grp[0].lower() + grp[1:]} " + " ".join(dz(v) for v in s)


# =====================================================================================================================
# (c) Dalmarka kommun – kvalitetsrapport grundskola 2026 (årskurs 9, vt 2025 och vt 2026)
# =====================================================================================================================
C_YEARS = [2025, 2026]
# skolenhet -> {år: (flickor, pojkar, meritvärde flickor, meritvärde pojkar, godkända i alla ämnen (antal),
#                     behöriga till yrkesprogram (antal))}
C_SCHOOLS = [
    ("Björkängsskolan", {2025: (38, 41, 241.3, 212.6, 62, 68), 2026: (35, 44, 246.8, 219.4, 64, 70)}),
    ("Dalmarkaskolan", {2025: (52, 49, 235.0, 201.2, 75, 84), 2026: (47, 55, 229.6, 203.9, 73, 83)}),
    ("Fagerlidsskolan", {2025: (24, 27, 219.8, 188.5, 34, 39), 2026: (26, 22, 228.4, 197.1, 34, 38)}),
    ("Hedtorpsskolan", {2025: (31, 33, 204.7, 176.9, 38, 46), 2026: (29, 36, 221.5, 194.8, 44, 51)}),
    ("Lövbergaskolan", {2025: (44, 40, 252.6, 230.1, 73, 78), 2026: (41, 45, 249.9, 226.3, 73, 79)}),
    ("Östervallsskolan", {2025: (28, 30, 230.4, 205.0, 44, 49), 2026: (30, 27, 238.2, 214.7, 45, 50)}),
    ("Högbergs friskola", {2025: (19, 17, 262.1, 240.8, 33, 34), 2026: (21, 18, 258.7, 243.5, 35, 37)}),
]
C_TARGET = (225.0, 80.0, 90.0)          # mål 2026: meritvärde totalt, godkända i alla ämnen %, behöriga %
C_NATION = (2026, 229.8)                # rikets genomsnittliga meritvärde vt 2026 (preliminärt), nämns i text
C_AREAS = [   # prioriterade utvecklingsområden 2027 (p. 3), numbered, wrapping
    "Höja pojkarnas resultat i matematik och svenska genom gemensamma lektionsupplägg och tätare uppföljning av "
    "varje elev från årskurs 7",
    "Stärka studiehandledningen på modersmålet för nyanlända elever i samtliga ämnen",
    "Minska den ogiltiga frånvaron genom tidig kontakt med vårdnadshavare och elevhälsan",
    "Utveckla betygssättningen så att bedömningen blir likvärdig mellan skolenheterna",
]
C_PASSAGE = ("skolan införde schemalagd läxhjälp två eftermiddagar i veckan och två speciallärare följde "
             "eleverna i årskurs 9 under hela läsåret")


def c_n(v):
    return v[0] + v[1]


def c_total_merit(v):
    return r1((v[0] * v[2] + v[1] * v[3]) / (v[0] + v[1]))


def c_pct(count, n):
    return r1(count / n * 100)


def c_values(v):
    """the printed values of one school-year row: (antal, flickor, pojkar, totalt, godkända %, behöriga %)"""
    n = c_n(v)
    return (n, v[2], v[3], c_total_merit(v), c_pct(v[4], n), c_pct(v[5], n))


def c_muni(year):
    """the Dalmarka totals weighted by pupils (girls' and boys' merit weighted by girls and boys)"""
    vs = [s[1][year] for s in C_SCHOOLS]
    nf, nb = sum(v[0] for v in vs), sum(v[1] for v in vs)
    mf = r1(sum(v[0] * v[2] for v in vs) / nf)
    mb = r1(sum(v[1] * v[3] for v in vs) / nb)
    tot = r1(sum(v[0] * v[2] + v[1] * v[3] for v in vs) / (nf + nb))
    n = nf + nb
    return (n, mf, mb, tot, c_pct(sum(v[4] for v in vs), n), c_pct(sum(v[5] for v in vs), n))


def c_row_text(values, year, name=""):
    n, mf, mb, tot, gp, bp = values
    head = (name + " " if name else "") + str(year)
    return f"{head} {n} {d1(mf)} {d1(mb)} {d1(tot)} {d1(gp)} {d1(bp)}"


def c_school_text(s):
    """the first row of a school unit (with the name) – the item of a list question"""
    return c_row_text(c_values(s[1][2025]), 2025, s[0])


# =====================================================================================================================
# (d) Fjärdinge kommun – miljö- och klimatprogram 2026–2030, handlingsplan 2027–2028 med lägesrapport 31 aug 2027
# =====================================================================================================================
D_STATUS = ["Klar", "Påbörjad", "Försenad", "Ej startad"]
# (målområde, [(nr, åtgärd, ansvarig, klart, status, kostnad tkr or None = "inom ram")])
D_AREAS = [
    ("Klimat och energi", [
        ("1.1", "Energikartlägga kommunens 20 största fastigheter", "Tekniska nämnden", "31 dec 2027", "Påbörjad",
         650),
        ("1.2", "Installera solceller på fem kommunala byggnader", "Tekniska nämnden", "Q2 2028", "Ej startad", 2400),
        ("1.3", "Ta fram en plan för fossilfri uppvärmning i Fjärdingehems bestånd", "Fjärdingehem AB", "2027",
         "Påbörjad", None),
        ("1.4", "Byta gatubelysningen till LED-armaturer", "Tekniska nämnden", "30 juni 2028", "Försenad", 3200),
        ("1.5", "Ställa klimatkrav i alla upphandlingar av bygg- och anläggningsentreprenader", "Kommunstyrelsen",
         "löpande", "Påbörjad", None),
    ]),
    ("Hållbara transporter", [
        ("2.1", "Bygga 40 laddpunkter vid kommunens arbetsplatser", "Tekniska nämnden", "2027-06-30", "Klar", 1850),
        ("2.2", "Ta fram en cykelplan med prioriterade stråk", "Kommunstyrelsen", "Q4 2027", "Påbörjad", 300),
        ("2.3", "Ställa om kommunens personbilar till elbilar", "Kommunstyrelsen", "2028", "Påbörjad", None),
        ("2.4", "Anlägga en pendlarparkering vid Fjärdinge station", "Tekniska nämnden", "Q3 2028", "Ej startad",
         1100),
        ("2.5", "Utreda anropsstyrd kollektivtrafik på landsbygden", "Kommunstyrelsen", "31 dec 2027", "Ej startad",
         250),
    ]),
    ("Cirkulär ekonomi och giftfri miljö", [
        ("3.1", "Införa insamling av matavfall i alla kommunala verksamheter", "Tekniska nämnden", "Q1 2028", "Klar",
         480),
        ("3.2", "Fasa ut särskilt farliga ämnen ur förskolornas leksaker och material",
         "Barn- och utbildningsnämnden", "Q2 2027", "Försenad", 180),
        ("3.3", "Inrätta ett internt återbrukslager för möbler och inventarier", "Kommunstyrelsen", "Q1 2028",
         "Påbörjad", 420),
        ("3.4", "Minska matsvinnet i skolmåltiderna med 20 procent", "Barn- och utbildningsnämnden", "löpande",
         "Påbörjad", None),
        ("3.5", "Genomföra ett tillsynsprojekt om kemikalier i småföretag", "Miljö- och byggnadsnämnden", "2028",
         "Ej startad", 150),
    ]),
    ("Natur, vatten och biologisk mångfald", [
        ("4.1", "Bilda naturreservatet Lövholmen", "Kommunstyrelsen", "2028", "Försenad", 900),
        ("4.2", "Restaurera våtmarker längs Badbäcken", "Miljö- och byggnadsnämnden", "Q3 2028", "Påbörjad", 2750),
        ("4.3", "Ta fram en grönplan för centralorten", "Kommunstyrelsen", "31 dec 2027", "Försenad", 600),
        ("4.4", "Anlägga dagvattendammar vid Badviken", "Fjärdinge Vatten AB", "Q4 2028", "Ej startad", 4600),
        ("4.5", "Inventera ängs- och betesmarker i kommunens ägo", "Miljö- och byggnadsnämnden", "2028", "Klar",
         120),
    ]),
]
D_BREAK_AFTER = "3.2"             # p. 2 ends after this action (inside Målområde 3); p. 3 repeats the heading
D_EMISSIONS = {1990: 214200, 2020: 139600, 2025: 118400}   # territoriella utsläpp, ton CO2e
D_TARGET_CUT = 63                  # minskning till 2030 jämfört med 1990, procent
D_FLEET = (64, 71, 100)            # förnybara drivmedel i kommunens fordon 2025, 2026, mål 2030, procent
D_FOCUS = [   # fokusområden 2027–2028 (p. 1): (huvudpunkt, [underpunkter])
    ("Minskad energianvändning i kommunens lokaler",
     ["energikartläggning av de största fastigheterna", "solceller på tak som ändå ska läggas om"]),
    ("Fossilfria transporter och resor",
     ["laddpunkter vid arbetsplatserna", "elbilar i stället för personbilar med förbränningsmotor",
      "en cykelplan med prioriterade stråk"]),
    ("Mindre avfall och mer återbruk",
     ["matavfall sorteras i alla verksamheter", "ett internt lager för möbler som kan användas igen"]),
    ("Mer natur i och runt tätorterna",
     ["ett nytt naturreservat", "våtmarker och dagvattendammar som renar vattnet"]),
]
D_PASSAGE = ("markförhandlingarna med två privata ägare har tagit längre tid än beräknat och leveranstiderna för "
             "armaturer har varit upp till nio månader")


def d_rows():
    return [(area, a) for area, acts in D_AREAS for a in acts]


def d_cost_text(c):
    return "inom ram" if c is None else g(c)


def d_row_text(a):
    return f"{a[0]} {a[1]} {a[2]} {a[3]} {a[4]} {d_cost_text(a[5])}"


def d_deadline_year(s):
    """the last year in which the deadline falls ('löpande' -> None)"""
    import re
    if s == "löpande":
        return None
    return int(re.findall(r"\d{4}", s)[-1])


def d_status_count(st):
    return sum(1 for _, a in d_rows() if a[4] == st)


def d_cost_sum():
    return sum(a[5] for _, a in d_rows() if a[5] is not None)


def d_cut_pct():
    return r1((1 - D_EMISSIONS[2025] / D_EMISSIONS[1990]) * 100)


# =====================================================================================================================
# (e) Lönnvika kommun – socialnämndens internkontrollplan 2027 med uppföljning av 2026
# =====================================================================================================================
# (process, [(nr, risk, sannolikhet, konsekvens)])
E_PROCESSES = [
    ("Myndighetsutövning barn och unga", [
        (1, "Förhandsbedömning av orosanmälan görs inte inom 14 dagar", 3, 4),
        (2, "Utredning om barn och unga avslutas inte inom fyra månader", 3, 3),
        (3, "Placerade barn saknar aktuell vårdplan", 2, 4),
        (4, "Brist på familjehem leder till placeringar långt från hemorten", 4, 3),
    ]),
    ("Ekonomiskt bistånd", [
        (5, "Felaktiga utbetalningar av ekonomiskt bistånd", 4, 3),
        (6, "Ansökan avgörs utan fullständigt underlag", 3, 2),
    ]),
    ("Funktionshinderomsorg", [
        (7, "Beviljade insatser enligt LSS verkställs inte inom tre månader", 3, 3),
        (8, "Läkemedel ges av personal utan giltig delegering", 2, 4),
    ]),
    ("Ekonomi och avtal", [
        (9, "Köpt vård faktureras utan gällande avtal", 2, 3),
        (10, "Attest görs av person utan behörighet", 1, 3),
    ]),
    ("Personal och informationssäkerhet", [
        (11, "Registerkontroll görs inte vid anställning inom LSS", 2, 4),
        (12, "Obehörig åtkomst till personuppgifter i verksamhetssystemet", 3, 4),
        (13, "Rapporter enligt lex Sarah utreds inte skyndsamt", 2, 3),
    ]),
]
# kontrollplan (p. 3): nr -> (kontrollmetod, frekvens, ansvarig)
E_CONTROLS = {
    1: ("Stickprov på 15 orosanmälningar, datum för beslut kontrolleras", "Per tertial",
        "Enhetschef barn och unga"),
    2: ("Uttag ur verksamhetssystemet över utredningstider", "Per tertial", "Enhetschef barn och unga"),
    3: ("Granskning av vårdplanerna för samtliga placerade barn", "Årligen", "Enhetschef barn och unga"),
    4: ("Uppföljning av placeringar utanför kommunen och rekrytering av familjehem", "Halvårsvis",
        "Enhetschef familjehem"),
    5: ("Jämförelse mellan utbetalning och beslut i 20 slumpvis valda ärenden", "Månadsvis",
        "Enhetschef ekonomiskt bistånd"),
    6: ("Stickprov på 10 ärenden, underlagen kontrolleras mot checklista", "Per tertial",
        "Enhetschef ekonomiskt bistånd"),
    7: ("Uppföljning av ej verkställda beslut som rapporteras till IVO", "Per tertial", "Verksamhetschef LSS"),
    8: ("Signeringslistor jämförs med gällande delegeringsbeslut", "Månadsvis",
        "Medicinskt ansvarig sjuksköterska"),
    9: ("Fakturor för köpt vård stäms av mot avtalsregistret", "Per tertial", "Controller"),
    10: ("Attestförteckningen jämförs med utbetalningar", "Årligen", "Controller"),
    11: ("Kontroll av registerutdrag för alla nyanställda inom LSS", "Halvårsvis", "HR-specialist"),
    12: ("Loggkontroll av 25 slumpvis valda användare", "Månadsvis", "Systemförvaltare"),
    13: ("Genomgång av handläggningstiden i lex Sarah-ärenden", "Årligen", "Kvalitetsutvecklare"),
}
# uppföljning av internkontrollplan 2026 (p. 4): (kontroll, genomförd, antal granskade, antal avvikelser)
E_FOLLOW = [
    ("Förhandsbedömningar inom 14 dagar", "Ja", 45, 7),
    ("Utbetalningar av ekonomiskt bistånd mot beslut", "Ja", 240, 9),
    ("Vårdplaner för placerade barn", "Ja", 38, 3),
    ("Delegering av läkemedelshantering", "Ja", 60, 2),
    ("Registerkontroll vid anställning", "Ja", 31, 0),
    ("Loggkontroll i verksamhetssystemet", "Ja", 300, 2),
    ("Fakturor för köpt vård mot avtal", "Ja", 84, 0),
    ("Attestförteckning och behörighet", "Ja", 12, 0),
    ("Handläggningstid i lex Sarah-ärenden", "Ja", 6, 1),
    ("Verkställighet av beslut enligt LSS", "Ja", 18, 0),
    ("Underlag vid ansökan om ekonomiskt bistånd", "Delvis", 20, 0),
]
E_DECIDED = _dt.date(2027, 1, 27)     # socialnämnden antog planen
E_PASSAGE = ("beslut registrerades manuellt under två månader efter bytet av verksamhetssystem i mars 2026")


def e_risks():
    return [(proc, r) for proc, rs in E_PROCESSES for r in rs]


def e_rv(r):
    return r[2] * r[3]


def e_risk_text(r):
    return f"{r[0]} {r[1]} {r[2]} {r[3]} {e_rv(r)}"


def e_control_text(nr):
    c = E_CONTROLS[nr]
    return f"{nr} {c[0]} {c[1]} {c[2]}"


def e_follow_text(f):
    """Kontroll / Genomförd / Granskade / Avvikelse (check box + Ja/Nej) / Antal avvikelser"""
    return f"{f[0]} {f[1]} {f[2]} {'Ja' if f[3] else 'Nej'} {f[3]}"


def e_dev_total():
    return sum(f[3] for f in E_FOLLOW)


def e_with_dev():
    return sum(1 for f in E_FOLLOW if f[3] > 0)


# =====================================================================================================================
# (f) Ölvsunda kommun – tekniska nämnden: underhållsplan för gator 2027–2029 (tjänsteskrivelse, Bilaga 1 SCANNED,
#     Bilaga 2)
# =====================================================================================================================
# Bilaga 1 (scanned p. 2): (nr, gata, sträcka, åtgärd, längd m, kostnad tkr, år)
F_STREETS = [
    (1, "Bangårdsgatan", "Stationen–Dalgatan", "Fräsning och ny beläggning", 420, 1260, 2027),
    (2, "Bryggerigatan", "Hela gatan", "Ny beläggning", 310, 740, 2027),
    (3, "Biblioteksgatan", "Torget–Hamngatan", "Ny beläggning och kantsten", 380, 1520, 2027),
    (4, "Forsvägen", "Bron–kommungränsen", "Ytbehandling", 1250, 875, 2027),
    (5, "Hamngatan", "Hela gatan", "Förstärkning och ny beläggning", 540, 2430, 2028),
    (6, "Hantverkargatan", "Dalgatan–Forsvägen", "Lagning av sättningar", 260, 390, 2028),
    (7, "Ladugårdsvägen", "Hela vägen", "Ytbehandling", 980, 690, 2028),
    (8, "Lingonstigen", "Gång- och cykelväg", "Ny beläggning", 450, 560, 2028),
    (9, "Östra Långgatan", "Torget–Bangårdsgatan", "Fräsning och ny beläggning", 610, 1830, 2029),
    (10, "Ölvsundavägen", "Infarten–Forsvägen", "Förstärkning av bärlager och ny beläggning", 720, 3240, 2029),
    (11, "Dalgatan", "Hela gatan", "Ny beläggning", 350, 840, 2029),
]
F_BUDGET = 5.2          # anslag för beläggningsunderhåll per år, mnkr (p. 1)
F_NEED = 12.0           # bedömt behov per år, mnkr
F_DEBT = 64             # underhållsskuld, mnkr
F_ASPHALT = 38          # asfaltpriset har ökat med ... procent sedan 2021
F_NETWORK = 86          # kommunalt gatunät, km
F_TN = (_dt.date(2026, 12, 8), 96)   # tekniska nämnden, datum och paragraf
F_PASSAGE = ("priset på asfalt har stigit med 38 procent sedan 2021 medan anslaget för beläggning har legat "
             "kvar på samma nivå")
F_PROG = [   # Bilaga 2, p. 3: budget och behov per år, tkr (beläggning; inte underhållsplanens kostnader)
    (2027, 5200, 12000), (2028, 5200, 12400), (2029, 5600, 12800),
]


def f_year_sum(y):
    return sum(s[5] for s in F_STREETS if s[6] == y)


def f_len_sum():
    return sum(s[4] for s in F_STREETS)


def f_row_text(s):
    return f"{s[0]} {s[1]} {s[2]} {s[3]} {g(s[4])} {g(s[5])} {s[6]}"


def f_scan_blocks():
    """blocks for scan33.render_scan: Bilaga 1, the street maintenance plan as printed, signed and scanned"""
    rows = [["Nr", "Gata", "Sträcka", "Åtgärd", "Längd, m", "Kostnad, tkr", "År"]]
    for s in F_STREETS:
        rows.append([str(s[0]), s[1], s[2], s[3], g(s[4]), g(s[5]), str(s[6])])
    sums = [["", "Summa 2027", "", "", "", g(f_year_sum(2027)), ""],
            ["", "Summa 2028", "", "", "", g(f_year_sum(2028)), ""],
            ["", "Summa 2029", "", "", "", g(f_year_sum(2029)), ""],
            ["", "Totalt", "", "", g(f_len_sum()), g(sum(f_year_sum(y) for y in (2027, 2028, 2029))), ""]]
    return [
        ("fold", ""),
        ("pagelabel", f"Bilaga 1 till TN § {F_TN[1]}"),
        ("crest", "ÖLVSUNDA KOMMUN\tTekniska förvaltningen, gatuenheten"),
        ("sp", ""),
        ("h", "Underhållsplan för gator 2027–2029"),
        ("small", "Objekt i prioritetsordning per år. Kostnader i tusental kronor (tkr), prisnivå 2026."),
        ("gtable", {"rows": rows, "sums": sums, "ticks": [s[0] for s in F_STREETS if s[6] == 2027]}),
        ("note", "Objekt 10 samordnas med VA-enhetens byte av vattenledning."),
        ("note", "Ytbehandling innebär att ett tunt lager bitumen och stenmjöl läggs på befintlig beläggning."),
        ("sp", ""),
        ("sign", "Filippa Dalsten, gatuchef\tLennart Hagström, ordförande"),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("sp", "fold"):
            continue
        if style == "gtable":
            for row in t["rows"] + t["sums"]:
                out.append(" ".join(c for c in row if c))
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
