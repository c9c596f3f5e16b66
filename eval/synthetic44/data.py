"""The numbers, rows, list items and running-text sentences of the six synthetic44 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values (the key-figure
growth, the vacancy rates and rent changes per area and their totals, the profit appropriation; the share of call-outs
within the target time; the vote totals; the fee estimates, shares and sums of the supervision plan; the row, group and
grand totals of the water and sewage plan; the shares and sums of the scanned programme table, the unique participants
and the budget deviations of the labour-market follow-up) are computed here, never typed twice. The helpers r0/r1/r2,
g, d1, d2, pct and dmy are copied from ../synthetic42/data.py."""
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


def share(part, whole):
    return r1(part / whole * 100)


D = _dt.date

# =====================================================================================================
# (a) AB Wilsäterhem (Wilsäters kommuns bostadsbolag) – årsredovisning 2026 (utdrag)
# =====================================================================================================
A_COMPANY = "AB Wilsäterhem"
A_ORGNR = "556731-4082"
A_YEARS = [2026, 2025, 2024, 2023]            # newest first, as printed (the years are the ROWS of Tabell 1)
# Tabell 1 columns: (key, slanted heading, format)
A_KEYCOLS = [
    ("oms", "Nettoomsättning, mnkr", "d1"),
    ("res", "Resultat efter finansiella poster, mnkr", "d1"),
    ("sol", "Soliditet, %", "d1"),
    ("bel", "Belåningsgrad, %", "d1"),
    ("rtg", "Räntetäckningsgrad, ggr", "d1"),
    ("lgh", "Antal lägenheter", "g"),
    ("hyra", "Genomsnittshyra, kr/m²", "g"),
    ("vak", "Vakansgrad bostäder, %", "d1"),
    ("uh", "Underhåll, kr/m²", "g"),
]
# typed history (2023–2025, and the 2026 values that the area table does not give)
A_HIST = {
    2026: dict(oms=412.6, res=28.4, sol=14.8, bel=71.2, rtg=2.3, hyra=1286, uh=184),
    2025: dict(oms=389.1, res=19.7, sol=13.9, bel=73.5, rtg=1.8, hyra=1228, uh=171),
    2024: dict(oms=371.4, res=24.9, sol=13.6, bel=72.8, rtg=2.4, lgh=5098, hyra=1175, vak=1.7, uh=162),
    2023: dict(oms=355.8, res=31.2, sol=13.1, bel=71.9, rtg=3.6, lgh=5061, hyra=1142, vak=1.4, uh=158),
}
A_BUDGET_RES = 22.0
A_OWNER = dict(sol=15.0, vak=2.0, rtg=2.0)      # ägardirektiv: soliditet minst, vakansgrad högst, RTG minst
A_RENT_DEAL_2026 = 4.2                          # hyresförhandling, höjning från 1 april 2026, %
A_RENT_DEAL_2027 = 3.6                          # hyresförhandling, höjning från 1 april 2027, %
A_NEW_FLATS = 52                                # new flats in Cederkullen, ready in October 2026
A_INVEST = 146.2                                # investments 2026, mnkr
A_INVEST_CEDER = 118.9                          # of which Cederkullen
A_DISTRICTS = ["Centrala Wilsäter", "Ytterområden"]
# (district, area, flats 2026, rent 2025 kr/m², rent 2026 kr/m², vacant flats 31 Dec 2025, 31 Dec 2026)
A_AREAS = [
    ("Centrala Wilsäter", "Wilsäter centrum", 1128, 1312, 1367, 6, 8),
    ("Centrala Wilsäter", "Ingeborgsdal", 842, 1254, 1331, 9, 11),
    ("Centrala Wilsäter", "Nissebacken", 615, 1198, 1248, 11, 9),
    ("Centrala Wilsäter", "Cederkullen¹", 498, 1402, 1530, 3, 21),
    ("Ytterområden", "Jökelbo", 736, 1121, 1168, 19, 24),
    ("Ytterområden", "Nordtuna", 604, 1087, 1133, 21, 17),
    ("Ytterområden", "Yngshult", 412, 1046, 1090, 24, 28),
    ("Ytterområden", "Östervinge", 379, 1062, 1107, 15, 18),
]
A_AREA_NOTE = (f"¹ I Cederkullen stod {A_NEW_FLATS} nya lägenheter klara i oktober 2026. Hyran för nyproduktionen "
               "är satt enligt presumtionshyra.")
A_PASSAGE = ("regionen drog in den direkta busslinjen till Wilsäter i augusti, samtidigt som bolaget håller 14 "
             "lägenheter i kvarteret Järven tomma som evakueringslägenheter inför stambytet 2027")
A_PROFIT = dict(balanced=96412318, result=21708455, dividend=1850000)
A_CEO = ("Jessica Nordlund", "verkställande direktör")
A_BOARD = [("Niklas Westin", "ordförande"), ("Irene Jonsson", ""), ("Carl Ödman", ""),
           ("Yasmin Nasser", "arbetstagarrepresentant")]
A_DATE = D(2027, 3, 4)


def a_flats(year):
    n = sum(a[2] for a in A_AREAS)
    return n if year == 2026 else n - A_NEW_FLATS


def a_vacant(year):
    return sum(a[5 if year == 2025 else 6] for a in A_AREAS)


def a_key(year, key):
    if key == "lgh" and year in (2025, 2026):
        return a_flats(year)
    if key == "vak" and year in (2025, 2026):
        return share(a_vacant(year), a_flats(year))
    return A_HIST[year][key]


def a_fmt(v, fmt):
    return {"d1": d1, "g": g}[fmt](v)


def a_key_cells(year):
    return [str(year)] + [a_fmt(a_key(year, k), f) for k, _, f in A_KEYCOLS]


def a_key_text(year):
    return " ".join(a_key_cells(year))


def a_area_vak(a):
    return share(a[6], a[2])


def a_area_cells(a):
    return [a[1], g(a[2]), g(a[3]), g(a[4]), d1(pct(a[4], a[3]), plus=True), g(a[5]), g(a[6]), d1(a_area_vak(a))]


def a_area_text(a):
    return " ".join(a_area_cells(a))


def a_total_cells():
    h25, h26 = a_key(2025, "hyra"), a_key(2026, "hyra")
    return ["Hela beståndet", g(a_flats(2026)), g(h25), g(h26), d1(pct(h26, h25), plus=True), g(a_vacant(2025)),
            g(a_vacant(2026)), d1(a_key(2026, "vak"))]


def a_district_sum(dist):
    rows = [a for a in A_AREAS if a[0] == dist]
    return sum(a[2] for a in rows), sum(a[5] for a in rows), sum(a[6] for a in rows)


def a_profit_total():
    return A_PROFIT["balanced"] + A_PROFIT["result"]


def a_sentences():
    """the running-text sentences of p. 1 with competing figures"""
    k = lambda key, y=2026: a_key(y, key)  # noqa: E731
    return [
        f"Resultatet efter finansiella poster blev {d1(k('res'))} mnkr ({d1(k('res', 2025))}), vilket är "
        f"{d1(k('res') - A_BUDGET_RES)} mnkr bättre än det budgeterade resultatet på {d1(A_BUDGET_RES)} mnkr.",
        f"Nettoomsättningen ökade med {d1(pct(k('oms'), k('oms', 2025)))} procent till {d1(k('oms'))} mnkr "
        f"({d1(k('oms', 2025))}).",
        f"Soliditeten steg till {d1(k('sol'))} procent ({d1(k('sol', 2025))}) men når ännu inte ägardirektivets mål "
        f"på minst {d1(A_OWNER['sol'])} procent.",
        f"Vakansgraden för bostäder ökade till {d1(k('vak'))} procent ({d1(k('vak', 2025))}) och ligger därmed över "
        f"målet på högst {d1(A_OWNER['vak'])} procent. Vid årsskiftet var {a_vacant(2026)} lägenheter outhyrda, "
        f"jämfört med {a_vacant(2025)} ett år tidigare.",
        f"Hyrorna för bostäder höjdes med {d1(A_RENT_DEAL_2026)} procent från den 1 april 2026. Genomsnittshyran "
        f"ökade ändå med {d1(pct(k('hyra'), k('hyra', 2025)))} procent till {g(k('hyra'))} kronor per kvadratmeter, "
        f"eftersom nyproduktionen och de standardhöjande renoveringarna har högre hyror.",
    ]


# =====================================================================================================
# (b) Jarvsta kommun – räddningstjänsten: handlingsprogram för räddningstjänst 2027–2030
# =====================================================================================================
B_DNR = "KS 2026/388"
B_ADOPTED = D(2027, 2, 22)
B_KF_PARA = "§ 18"
B_INS = (653, 618)          # räddningsinsatser 2026, 2025
# Tabell 1: målnivåer (indikator, utfall 2025, utfall 2026, målnivå 2030 as printed, målnivå number, "max"/"min")
B_TARGETS = [
    ("Bränder i bostäder, antal", 49, 52, "högst 40", 40, "max"),
    ("Bostadsbränder med personskada, antal", 7, 5, "högst 3", 3, "max"),
    ("Andel insatser inom målsatt insatstid, %", 63, None, "minst 75", 75, "min"),   # 2026 computed from Tabell 2
    ("Personer som utbildats i brandskydd och första hjälpen, antal", 2310, 2684, "minst 3 000", 3000, "min"),
    ("Tillsyner enligt lagen om skydd mot olyckor, antal", 118, 131, "minst 150", 150, "min"),
    ("Hembesök om brandskydd, antal", 1420, 1655, "minst 2 000", 2000, "min"),
]
# Tabell 2: insatstid per insatsområde: (område, station, mål min, median 2025, median 2026, andel inom mål 2026 %,
# insatser 2026)
B_AREAS = [
    ("Jarvsta tätort", "Jarvsta (heltid)", 10, 9.4, 9.1, 78, 412),
    ("Wäggeby", "Wäggeby (deltid)", 15, 14.2, 16.3, 44, 96),
    ("Ivsjöbo", "Ivsjöbo (deltid)", 20, 18.7, 17.9, 69, 58),
    ("Nolkärr", "Wäggeby (deltid)", 20, 21.5, 22.8, 41, 37),
    ("Yxnäs", "Yxnäs (räddningsvärn)", 25, 23.1, 24.6, 57, 29),
    ("Cinnarp", "Ivsjöbo (deltid)", 25, 27.4, 26.2, 38, 21),
]
B_GOALS = [
    ("1", "Färre bränder och skador i bostäder"),
    ("2", "Snabb och effektiv räddningsinsats"),
    ("3", "Fler kan själva förebygga och agera"),
]
# Tabell 3: åtgärder (mål, nr, åtgärd, ansvarig, klart senast)
B_ACTIONS = [
    ("1", "1.1", "Hembesök om brandskydd i alla hyreslägenheter i Wäggeby och Nolkärr", "Förebyggande avdelningen",
     D(2027, 12, 31)),
    ("1", "1.2", "Brandvarnare och spisvakt till äldre med hemtjänst, tillsammans med socialförvaltningen",
     "Förebyggande avdelningen", D(2028, 6, 30)),
    ("1", "1.3", "Riktad information till fastighetsägare om brandskydd i flerbostadshus", "Förebyggande avdelningen",
     D(2027, 9, 30)),
    ("1", "1.4", "Analys av samtliga bostadsbränder med personskada", "Insatsavdelningen", D(2027, 3, 31)),
    ("2", "2.1", "Rekrytera deltidsbrandmän till stationen i Wäggeby", "Räddningschef", D(2027, 6, 30)),
    ("2", "2.2", "Första insatsperson (FIP) i Nolkärr och Cinnarp", "Insatsavdelningen", D(2028, 12, 31)),
    ("2", "2.3", "Ny räddningsbil till stationen i Ivsjöbo", "Insatsavdelningen", D(2028, 3, 31)),
    ("2", "2.4", "Gemensam ledningscentral med grannkommunerna", "Räddningschef", D(2029, 12, 31)),
    ("2", "2.5", "Övningsplan för räddningsvärnet i Yxnäs", "Insatsavdelningen", D(2027, 10, 31)),
    ("3", "3.1", "Utbildning i brandskydd för alla anställda i kommunen", "Förebyggande avdelningen",
     D(2029, 12, 31)),
    ("3", "3.2", "Brandskyddsinformation till alla elever i årskurs 2 och 5", "Förebyggande avdelningen",
     D(2028, 6, 30)),
    ("3", "3.3", "Frivilliga resursgrupper (FRG) i Yxnäs och Cinnarp", "Räddningschef", D(2030, 6, 30)),
    ("3", "3.4", "Information om brandrisk i skog och mark på fler språk", "Kommunikationsenheten",
     D(2027, 5, 31)),
]
B_BREAK_AFTER = "2.3"       # p. 3 ends after this action; p. 4 repeats the heading and "Mål 2 (forts.)"
B_PASSAGE = ("flera deltidsbrandmän i Wäggeby har slutat och nyrekryteringen har gått trögt, så att styrkan under "
             "stora delar av året bara har kunnat bemannas med tre brandmän i stället för fem och styrkan från "
             "Jarvsta tätort oftare har fått larmas")
B_CHIEF = ("Conny Öhman", "räddningschef")
B_AUTHOR = ("Ida Wessman", "brandingenjör")


def b_share_within():
    """the share of all call-outs 2026 within the target time, weighted by the call-outs per area"""
    return r0(sum(a[5] * a[6] for a in B_AREAS) / sum(a[6] for a in B_AREAS))


def b_targets():
    return [(t[0], t[1], b_share_within() if t[2] is None else t[2], t[3], t[4], t[5]) for t in B_TARGETS]


def b_target_cells(t):
    return [t[0], g(t[1]), g(t[2]), t[3]]


def b_target_text(t):
    return " ".join(b_target_cells(t))


def b_area_cells(a):
    return [a[0], a[1], g(a[2]), d1(a[3]), d1(a[4]), g(a[5]), g(a[6])]


def b_area_text(a):
    return " ".join(b_area_cells(a))


def b_missed(a):
    return a[4] > a[2]


def b_action_cells(x):
    return [x[1], x[2], x[3], x[4].isoformat()]


def b_action_text(x):
    return " ".join(b_action_cells(x))


def b_sentences():
    t = {x[0]: x for x in b_targets()}
    fire = t["Bränder i bostäder, antal"]
    within = t["Andel insatser inom målsatt insatstid, %"]
    return [
        f"Räddningstjänsten gjorde {g(B_INS[0])} räddningsinsatser under 2026, jämfört med {g(B_INS[1])} året innan.",
        f"Antalet bränder i bostäder ökade till {fire[2]} från {fire[1]}, medan målet för 2030 är högst {fire[4]} "
        f"bränder per år.",
        f"Andelen insatser där räddningsstyrkan var på plats inom den målsatta insatstiden blev {within[2]} procent "
        f"({within[1]}). Målet är minst {within[4]} procent.",
    ]


# =====================================================================================================
# (c) Region Nolvånga – regionfullmäktiges sammanträdesprotokoll 2027-04-20, §§ 41–48
# =====================================================================================================
C_DATE = D(2027, 4, 20)
C_CHAIR = ("Christer Jansson", "S")
C_SECRETARY = "Wera Nyholm"
C_ADJUSTERS = [("Isabella Nordqvist", "M"), ("Walter Nyman", "SD")]
C_PARTIES = [("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("SD", "Sverigedemokraterna"),
             ("C", "Centerpartiet"), ("V", "Vänsterpartiet"), ("KD", "Kristdemokraterna"), ("L", "Liberalerna"),
             ("MP", "Miljöpartiet")]
# § 45 omröstning: parti -> (mandat, ja, nej, avstår, frånvarande)
C_VOTE = {"S": (26, 25, 0, 0, 1), "M": (16, 16, 0, 0, 0), "SD": (14, 0, 13, 0, 1), "C": (7, 0, 7, 0, 0),
          "V": (7, 0, 6, 0, 1), "KD": (5, 4, 0, 0, 1), "L": (3, 3, 0, 0, 0), "MP": (3, 0, 0, 3, 0)}
C_NIGHT_PATIENTS = 4.6      # patients per night at the närakut 2026
C_NIGHT_SAVING = 9.2        # mnkr per year
C_PASSAGE = ("närakuten i Wirby i genomsnitt bara hade 4,6 patienter per natt under 2026, samtidigt som det saknas "
             "läkare för att bemanna både närakuten och akutmottagningen vid Nolvånga sjukhus nattetid")
# § 43 interpellation on ambulance response times; § 44 on agency staff
C_INT1 = dict(asker=("Nils Ingvarsson", "C"), answerer=("Camilla Nordgren", "S"), region=13.8, prev=13.2,
              jons=23.9, target=20.0)
C_INT2 = dict(asker=("Yvonne Jernberg", "V"), answerer=("Johan Yngvesson", "M"), cost=312.4, prev=284.7,
              share=6.9, goal=3.0)
# § 46 val: (organ, mandatperiod, [(namn, parti, roll)] ledamöter, [(namn, parti)] ersättare)
C_ELECTIONS = [
    ("Patientnämnden", "2027–2030",
     [("Inger Claesson", "S", "ordförande"), ("Örjan Wiklander", "M", "vice ordförande"), ("Nadia Carlsson", "S", ""),
      ("Yusuf Celik", "SD", ""), ("Josefin Carlberg", "C", "")],
     [("Claes Jönsson", "S"), ("Ingemar Wiik", "M"), ("Natalie Cronqvist", "V")]),
    ("Krisledningsnämnden", "2027–2030",
     [("Camilla Nordgren", "S", "ordförande"), ("Johan Yngvesson", "M", "vice ordförande"),
      ("Joakim Nylander", "S", ""), ("Cornelia Wendt", "SD", ""), ("Ivar Noréus", "KD", "")],
     [("Wilma Cederlund", "S"), ("Jonatan Ceder", "M"), ("Nina Iversen", "C")]),
    ("Styrelsen för Nolvånga folkhögskola", "2027–2030",
     [("Yngve Carlstedt", "S", "ordförande"), ("Ingela Westberg", "L", "vice ordförande"),
      ("Nicklas Jäderholm", "SD", "")],
     [("Cecilia Nyqvist", "S"), ("Jasmin Örtegren", "MP")]),
]
# § 47 ambulansstation i Jonsåker (mnkr)
C_AMB = dict(cost=46.8, planned=38.5)
C_AMB_ATT = [
    "godkänna att en ny ambulansstation byggs i Jonsåker med en investeringsutgift på högst 46,8 mnkr",
    "merkostnaden på 8,3 mnkr ska rymmas inom regionens totala investeringsram för 2027",
    "uppdra åt regiondirektören att upphandla byggentreprenaden",
    "stationen ska tas i drift senast den 1 oktober 2028",
]


def c_vote_totals():
    return tuple(sum(v[k] for v in C_VOTE.values()) for k in range(5))


def c_dash(v):
    return "–" if v == 0 else g(v)


def c_vote_cells(p):
    v = C_VOTE[p]
    name = dict(C_PARTIES)[p]
    return [p, name, g(v[0])] + [c_dash(x) for x in v[1:]]


def c_vote_text(p):
    return " ".join(c_vote_cells(p))


def c_member_text(m):
    return f"{m[0]} ({m[1]})" + (f", {m[2]}" if m[2] else "")


def c_sub_text(s):
    return f"{s[0]} ({s[1]})"


# =====================================================================================================
# (d) Ismunda kommun – miljönämnden: tillsynsplan 2027 med uppföljning av 2026
# =====================================================================================================
D_AREAS = ["Miljöskydd", "Hälsoskydd", "Livsmedelskontroll"]
D_FEE = {"Miljöskydd": 1240, "Hälsoskydd": 1240, "Livsmedelskontroll": 1390}       # timavgift 2027, kr
D_FEE_2026 = {"Miljöskydd": 1200, "Hälsoskydd": 1200, "Livsmedelskontroll": 1350}
# (område, kategori, antal objekt, frekvens, timmar 2027, planerade besök 2026, utförda besök 2026)
D_CATS = [
    ("Miljöskydd", "Tillståndspliktiga verksamheter (A och B)", 14, "Årligen", 168, 14, 14),
    ("Miljöskydd", "Anmälningspliktiga verksamheter (C)", 62, "Vart 2:a år", 310, 31, 27),
    ("Miljöskydd", "Lantbruk med djurhållning", 48, "Vart 3:e år", 192, 16, 11),
    ("Miljöskydd", "Små avloppsanläggningar", 420, "Enligt inventeringsplan", 380, 120, 134),
    ("Miljöskydd", "Förorenade områden", 35, "Vid behov", 90, 6, 4),
    ("Hälsoskydd", "Skolor och förskolor", 46, "Vart 2:a år", 138, 23, 23),
    ("Hälsoskydd", "Bassängbad", 4, "Årligen", 24, 4, 4),
    ("Hälsoskydd", "Hygienlokaler", 27, "Vart 3:e år", 54, 9, 6),
    ("Hälsoskydd", "Flerbostadshus", 112, "Vart 5:e år", 96, 22, 14),
    ("Livsmedelskontroll", "Livsmedelsbutiker", 31, "Årligen", 124, 31, 29),
    ("Livsmedelskontroll", "Restauranger och caféer", 96, "Årligen", 288, 96, 81),
    ("Livsmedelskontroll", "Skolkök och storkök", 54, "Vart 2:a år", 108, 27, 27),
    ("Livsmedelskontroll", "Dricksvattenverk", 12, "Årligen", 36, 12, 12),
]
D_FREQS = ["Årligen", "Vart 2:a år", "Vart 3:e år", "Vart 5:e år", "Enligt inventeringsplan", "Vid behov"]
D_SHARE_2025 = 91.2
D_SHARE_GOAL = 95.0
D_AVAILABLE = 1850            # timmar för planerad tillsyn 2027
D_FEES_2026 = (2246, 2400)    # avgiftsintäkter 2026: utfall, budget (tkr)
D_PASSAGE = ("en av livsmedelsinspektörerna var föräldraledig under hösten och ersättaren kunde börja först i "
             "november, så kontrollerna av restauranger och caféer fick prioriteras efter risk")
D_DNR = "MN 2026/143"
D_DATE = D(2026, 12, 8)
D_CHIEF = ("Catarina Wijk", "miljöchef")
D_CHAIR = ("Ivan Nordahl", "miljönämndens ordförande")
D_AUTHOR = ("Jonna Öhrn", "miljöinspektör")
D_PRIOS = [
    ("Restauranger och caféer som inte fick besök 2026 kontrolleras under första halvåret",
     ["i första hand verksamheter med hög riskklass", "uppföljande kontroll där brister har hittats"]),
    ("Inventeringen av små avloppsanläggningar fortsätter i Ismunda norra", []),
    ("Tillsynen av lantbruk inriktas på gödselhantering och växtskydd",
     ["samordnade besök med länsstyrelsens djurskyddskontroll"]),
    ("Projekt om inomhusmiljön i skolor och förskolor", []),
]


def d_rows(area=None):
    return [c for c in D_CATS if area is None or c[0] == area]


def d_fee_tkr(c):
    return r1(c[4] * D_FEE[c[0]] / 1000)


def d_share(c):
    return share(c[6], c[5])


def d_cells(c):
    return [c[1], g(c[2]), c[3], g(c[5]), g(c[6]), d1(d_share(c)), g(c[4]), g(D_FEE[c[0]]), d1(d_fee_tkr(c))]


def d_text(c):
    return " ".join(d_cells(c))


def d_sum(area=None):
    rows = d_rows(area)
    obj = sum(c[2] for c in rows)
    pl = sum(c[5] for c in rows)
    done = sum(c[6] for c in rows)
    hours = sum(c[4] for c in rows)
    fee = r1(sum(d_fee_tkr(c) for c in rows))
    return obj, pl, done, share(done, pl), hours, fee


def d_sum_cells(label, s):
    return [label, g(s[0]), "", g(s[1]), g(s[2]), d1(s[3]), g(s[4]), "", d1(s[5])]


def d_sentences():
    t = d_sum()
    return [
        f"Under 2026 genomfördes {t[2]} av {t[1]} planerade tillsynsbesök, vilket motsvarar {d1(t[3])} procent. "
        f"Året innan var andelen {d1(D_SHARE_2025)} procent, och nämndens mål är minst {d1(D_SHARE_GOAL)} procent.",
        f"Avgiftsintäkterna blev {g(D_FEES_2026[0])} tkr, att jämföra med budgeterade {g(D_FEES_2026[1])} tkr.",
        f"Den planerade tillsynen 2027 kräver {g(t[4])} timmar, medan {g(D_AVAILABLE)} timmar finns tillgängliga. "
        f"Underskottet på {g(t[4] - D_AVAILABLE)} timmar hanteras genom att objekt med låg risk besöks mer sällan.",
        f"Timavgiften höjs från {g(D_FEE_2026['Miljöskydd'])} till {g(D_FEE['Miljöskydd'])} kronor för miljö- och "
        f"hälsoskydd och från {g(D_FEE_2026['Livsmedelskontroll'])} till {g(D_FEE['Livsmedelskontroll'])} kronor "
        f"för livsmedelskontrollen.",
    ]


# =====================================================================================================
# (e) Yngsviks kommun – VA-plan 2027–2036, investeringar 2027–2031
# =====================================================================================================
E_YEARS = [2027, 2028, 2029, 2030, 2031]
E_GROUPS = [("N", "Nya verksamhetsområden"), ("F", "Förnyelse av ledningsnät"), ("A", "Verk och anläggningar")]
# (grupp, nr, område, åtgärd, 2027, 2028, 2029, 2030, 2031), mnkr
E_ROWS = [
    ("N", "N1", "Jungsund", "Överföringsledning och nytt ledningsnät", 4.5, 18.0, 22.5, 6.0, 0.0),
    ("N", "N2", "Ceciliedal", "Utbyggnad till fritidshusområde", 0.0, 2.0, 9.5, 14.0, 8.5),
    ("N", "N3", "Wiggeby", "Anslutning av 60 fastigheter¹", 0.0, 0.0, 1.5, 7.0, 12.5),
    ("N", "N4", "Ivdalen", "Verksamhetsområde för dagvatten", 1.2, 3.8, 0.0, 0.0, 0.0),
    ("F", "F1", "Yngsvik centrum", "Relining och byte av spillvattenledningar", 8.0, 8.0, 8.5, 8.5, 9.0),
    ("F", "F2", "Nästervik", "Byte av gjutjärnsledningar", 6.5, 7.0, 0.0, 0.0, 0.0),
    ("F", "F3", "Öjersvik", "Separering av dagvatten", 0.0, 3.5, 6.0, 6.0, 2.5),
    ("F", "F4", "Ingvallsbo", "Förnyelse av vattenledningar", 2.8, 2.8, 2.8, 0.0, 0.0),
    ("A", "A1", "Yngsviks reningsverk", "Ombyggnad för kväverening", 12.0, 35.0, 41.0, 18.0, 0.0),
    ("A", "A2", "Ivdalens vattenverk", "UV-ljus och ny reservoar", 3.5, 9.5, 0.0, 0.0, 0.0),
    ("A", "A3", "Ceciliedal", "Ny avloppspumpstation", 0.0, 0.0, 3.2, 0.0, 0.0),
    ("A", "A4", "Samtliga områden", "Reservkraft vid pumpstationer²", 1.5, 1.5, 1.5, 1.5, 1.5),
]
E_NOTES = ["¹ Fastigheterna ansluts när överföringsledningen från Jungsund är klar.",
           "² Årligt anslag för fasta reservkraftverk vid de mest kritiska pumpstationerna."]
E_PREV_PLAN = 214.0         # förra VA-planens investeringar för samma femårsperiod, mnkr
E_TARIFF_RISE = 7.0         # årlig höjning av brukningsavgiften, procent, 2028–2031
E_PASSAGE = ("de enskilda avloppen i Jungsund ligger tätt på små tomter nära Jungsundsfjärden, och länsstyrelsen har "
             "förelagt kommunen att ordna allmänt vatten och avlopp i området senast 2030")
E_DNR = "KS 2027/52"
E_DATE = D(2027, 5, 25)
E_HEAD = ("Josef Cederquist", "VA-chef")
E_CHAIR = ("Natalia Wretling", "kommunstyrelsens ordförande")
E_AUTHOR = ("Niclas Öberg", "VA-strateg")
E_PRIOS = [
    ("Jungsund byggs ut först", ["överföringsledningen läggs 2028–2029", "nätet inne i området 2029–2030"]),
    ("Kvävereningen vid Yngsviks reningsverk ska vara i drift 2030", []),
    ("Förnyelsetakten i ledningsnätet höjs", ["från 0,4 till 0,6 procent av nätet per år"]),
]


def e_sum(r):
    return r1(sum(r[4:9]))


def e_cell(v):
    return "–" if v == 0 else d1(v)


def e_cells(r):
    return [r[1], r[2], r[3]] + [e_cell(v) for v in r[4:9]] + [d1(e_sum(r))]


def e_text(r):
    return " ".join(e_cells(r))


def e_group_sum(grp=None):
    rows = [r for r in E_ROWS if grp is None or r[0] == grp]
    ys = [r1(sum(r[4 + k] for r in rows)) for k in range(5)]
    return ys + [r1(sum(ys))]


def e_sum_cells(label, s):
    return ["", label, ""] + [e_cell(v) for v in s[:5]] + [d1(s[5])]


def e_sentences():
    t = e_group_sum()
    a1 = [r for r in E_ROWS if r[1] == "A1"][0]
    return [
        f"Investeringarna i VA-planens första fem år uppgår till {d1(t[5])} mnkr, jämfört med {d1(E_PREV_PLAN)} mnkr "
        f"för samma period i den förra planen.",
        f"Det största året blir 2029 med {d1(t[2])} mnkr, medan budgeten för 2027 är {d1(t[0])} mnkr.",
        f"Ombyggnaden av Yngsviks reningsverk för kväverening står ensam för {d1(e_sum(a1))} mnkr.",
        f"För att finansiera planen behöver brukningsavgiften höjas med omkring {d1(E_TARIFF_RISE)} procent per år "
        f"2028–2031.",
    ]


# =====================================================================================================
# (f) Cedvinge kommun – arbetsmarknadsenheten: uppföljning 2026 (the programme table is the SCANNED page 2)
# =====================================================================================================
# the scanned system printout: (insats, deltagare 2025, deltagare 2026, avslutade 2026, till arbete, till studier)
F_PROG = [
    ("Extratjänster", 66, 41, 38, 12, 3),
    ("Arbetsträning i egen regi", 88, 97, 71, 14, 9),
    ("Praktik via Jobbtorget", 52, 61, 49, 18, 6),
    ("Kommunala visstidsanställningar", 35, 44, 42, 21, 4),
    ("Yrkessvenska med praktik", 28, 33, 26, 7, 11),
    ("Ungdomsspåret 16-24 år", 46, 36, 34, 9, 15),
    ("Stöd och matchning, försörjningsstöd", 120, 134, 102, 31, 8),
    ("Individuellt stöd (IPS)", 18, 23, 15, 6, 1),
    ("Språkpraktik", 22, 17, 15, 3, 2),
]
F_SCAN_HEAD = ["CEDVINGE KOMMUN - VERKSAMHETSSYSTEM ARBETSMARKNAD", "Rapport AM14 Deltagare och utfall per insats",
               "Period 2026-01-01 -- 2026-12-31", "Utskriven 2027-01-19 08:42  Sida 1 av 1"]
F_SCAN_COLS = ["Insats", "Delt 2025", "Delt 2026", "Avslut", "Arbete", "Studier", "Andel %"]
F_SCAN_FOOT = ["Andel % = (arbete + studier) / avslutade insatser under perioden.",
               "En person kan ha deltagit i mer än en insats.",
               "*** Slut på rapport ***"]
F_SCAN_PEN = ["Bilaga 1", "jmf mål 50 %"]      # ballpoint notes
# p. 3, Tabell 2: unika deltagare efter ålder och kön 2026: (åldersgrupp, kvinnor, män)
F_AGE = [("16–24 år", 37, 57), ("25–39 år", 93, 84), ("40–54 år", 68, 63), ("55–64 år", 29, 25)]
F_UNIQUE_2025 = 437
# p. 3, Tabell 3: ekonomi 2026, tkr: (post, budget, utfall); costs negative
F_ECON = [
    ("Intäkter från Arbetsförmedlingen", 9850, 8712),
    ("Övriga intäkter", 1240, 1385),
    ("Personalkostnader", -21460, -21118),
    ("Löner till deltagare i anställningar", -14320, -15206),
    ("Lokaler", -3180, -3254),
    ("Köpta tjänster", -1650, -1297),
    ("Övriga kostnader", -1280, -1331),
]
F_PASSAGE = ("Arbetsförmedlingen har anvisat betydligt färre personer till extratjänster sedan statens ersättning "
             "sänktes, och enheten har i stället flyttat över handledare till arbetsträningen")
F_GOAL = 50            # the unit's goal for the share to work or studies, %
F_DNR = "SN 2027/19"
F_DATE = D(2027, 2, 9)
F_HEAD = ("Ylva Isaksen", "enhetschef")
F_CHIEF = ("Ines Cederström", "socialchef")
F_ACTIONS = [
    "Fler platser i arbetsträning inom kommunens egna verksamheter",
    "Gemensamma rekryteringsträffar med företag i Cedvinge",
    "Studiemotiverande kurs tillsammans med vuxenutbildningen",
    "Uppföljning av alla deltagare sex månader efter avslut",
]


def f_share(p):
    return share(p[4] + p[5], p[3])


def f_num(v):
    return d1(v) if isinstance(v, float) else str(v)


def f_prog_cells(p):
    return [p[0], str(p[1]), str(p[2]), str(p[3]), str(p[4]), str(p[5]), d1(f_share(p))]


def f_prog_text(p):
    return " ".join(f_prog_cells(p))


def f_prog_sum():
    s = [sum(p[k] for p in F_PROG) for k in range(1, 6)]
    return s + [share(s[3] + s[4], s[2])]


def f_sum_cells():
    s = f_prog_sum()
    return ["Summa"] + [str(x) for x in s[:5]] + [d1(s[5])]


def f_scan_rows():
    return [f_prog_cells(p) for p in F_PROG] + [f_sum_cells()]


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


def f_unique():
    return sum(k + m for _, k, m in F_AGE)


def f_age_cells(a):
    return [a[0], g(a[1]), g(a[2]), g(a[1] + a[2])]


def f_age_text(a):
    return " ".join(f_age_cells(a))


def f_age_total_cells():
    k = sum(a[1] for a in F_AGE)
    m = sum(a[2] for a in F_AGE)
    return ["Totalt", g(k), g(m), g(k + m)]


def f_econ_cells(e):
    return [e[0], g(e[1]), g(e[2]), g(e[2] - e[1], plus=True)]


def f_econ_text(e):
    return " ".join(f_econ_cells(e))


def f_econ_net():
    b = sum(e[1] for e in F_ECON)
    u = sum(e[2] for e in F_ECON)
    return b, u, u - b


def f_sentences():
    u = f_unique()
    b, o, dev = f_econ_net()
    return [
        f"Arbetsmarknadsenheten hade {g(u)} unika deltagare under 2026, jämfört med {g(F_UNIQUE_2025)} året innan.",
        f"Nettokostnaden blev {g(-o)} tkr mot en budget på {g(-b)} tkr, ett underskott på {g(-dev)} tkr.",
    ]
