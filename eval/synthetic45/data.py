"""The numbers, rows, list items and running-text sentences of the six synthetic45 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values (the budget
change of the culture committee; the sums, counts and shares of the audited purchases; the financial surplus, the
result shares and growth rates of the five-year overview and the deviations and sums of the committees; the cost
coverage, zone sums and totals of the bus lines; the vote totals; the sums and changes of the scanned waste table) are
computed here, never typed twice. The helpers r0/r1/r2, g, d1, d2, pct and share are copied from
../synthetic44/data.py."""
import datetime as _dt

MINUS = "\u2212"


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


def r0(x):
    return int(x + 0.5 + 1e-9) if x >= 0 else -int(-x + 0.5 + 1e-9)


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
# (a) Lekvalla kommun – kultur- och fritidsnämnden: nämndplan 2028
# =====================================================================================================
A_DNR = "KFN 2027/214"
A_DECIDED = "Kultur- och fritidsnämnden 2027-11-16, § 98"
A_CHAIR = ("Astrid Hedman", "ordförande")
A_CHIEF = ("Henrik Bladh", "förvaltningschef")
A_CONTACT = ("Bodil Ahlin", "controller")
A_RAM = 148.6            # budgetram 2028, mnkr
A_BUDGET_2027 = 143.7
A_OUT_2026 = 141.2       # utfall 2026, mnkr
A_BUDGET_2026 = 139.4
A_RISE_PARTS = (2.6, 2.3)  # löne- och prisuppräkning, hyra för sporthallen i Alnvik
A_VISION = "Lekvalla – en kommun där alla kan delta i kultur och fritid"
A_GOALS = [
    (1, "Fler invånare tar del av kulturlivet"),
    (2, "Barn och unga har en aktiv och meningsfull fritid"),
    (3, "Lokaler och anläggningar är tillgängliga och används effektivt"),
]
# (goal, indicator, wanted direction, outcome 2025, outcome 2026, target 2028, format)
A_IND = [
    (1, "Besök på kommunens bibliotek, antal", "+", 186420, 192870, 200000, "g"),
    (1, "Aktiva låntagare, andel av invånarna, %", "+", 27.4, 26.8, 30.0, "d1"),
    (1, "Besökare i Lekvalla konsthall, antal", "+", 14310, 12960, 16000, "g"),
    (1, "Invånare nöjda med kulturutbudet, %†", "+", 71, 73, 75, "g"),
    (2, "Unika elever i kulturskolan, antal", "+", 1148, 1212, 1300, "g"),
    (2, "Barn i kö till kulturskolan, antal", "-", 164, 138, 100, "g"),
    (2, "Deltagartillfällen i föreningar, 7–20 år‡", "+", 248600, 241350, 255000, "g"),
    (2, "Besök på fritidsgårdarna, antal", "+", 38940, 41280, 43000, "g"),
    (3, "Bokningsgrad i idrottshallarna, vardagar kl. 17–21, %", "+", 84.2, 86.5, 90.0, "d1"),
    (3, "Besök i Heljestabadet, antal", "+", 152300, 118700, 95000, "g"),
    (3, "Energianvändning i nämndens lokaler, kWh/m²", "-", 176, 169, 160, "g"),
]
A_IND_NOTES = ["† Enligt kommunens medborgarundersökning, andel som svarat 7–10 på en tiogradig skala.",
               "‡ Deltagartillfällen som redovisas av föreningar med kommunalt aktivitetsstöd."]
A_BATH_2026 = ("bastun och relaxavdelningen var stängda i fyra månader efter en vattenskada")
A_PASSAGE = ("den stora bassängen stängs för renovering från mars till oktober 2028. Under tiden hänvisas simskolan "
             "och simföreningen till undervisningsbassängen och till skolbadet i Alnvik")
A_STATUS = ["Ej påbörjat", "Pågår", "Vilande", "Klart"]
A_UPP_GROUPS = ["Uppdrag från kommunfullmäktige", "Nämndens egna uppdrag"]
# (group, nr, uppdrag, ansvarig, klart senast, status)
A_UPP = [
    (0, "U1", "Ta fram en ny biblioteksplan för 2029–2032", "Biblioteksenheten", D(2028, 6, 30), "Pågår"),
    (0, "U2", "Utreda behovet av en ny sporthall i Alnvik", "Fritidsenheten", D(2028, 3, 31), "Pågår"),
    (0, "U3", "Införa ett fritidskort för barn 8–16 år i familjer med låga inkomster", "Fritidsenheten",
     D(2028, 1, 31), "Klart"),
    (0, "U4", "Samordna renoveringen av Heljestabadet med tekniska nämnden", "Förvaltningsledningen",
     D(2028, 10, 31), "Pågår"),
    (1, "U5", "Öppna meröppet bibliotek i Dammhult", "Biblioteksenheten", D(2028, 9, 30), "Ej påbörjat"),
    (1, "U6", "Se över taxorna för föreningars hyra av lokaler", "Förvaltningsledningen", D(2028, 4, 30),
     "Ej påbörjat"),
    (1, "U7", "Utveckla sommarlovsaktiviteterna tillsammans med föreningslivet", "Fritidsenheten",
     D(2028, 5, 31), "Pågår"),
    (1, "U8", "Inventera och dokumentera den offentliga konsten", "Kulturenheten", D(2028, 12, 31), "Vilande"),
    (1, "U9", "Starta en filial till kulturskolan i Ellstorp", "Kulturskolan", D(2028, 8, 15), "Ej påbörjat"),
    (1, "U10", "Ta fram riktlinjer för stöd till evenemang", "Kulturenheten", D(2027, 12, 31), "Klart"),
    (1, "U11", "Införa digital bokning av idrottshallarna", "Fritidsenheten", D(2027, 12, 31), "Klart"),
    (1, "U12", "Kartlägga flickors deltagande i idrottsföreningarna", "Fritidsenheten", D(2028, 11, 30),
     "Ej påbörjat"),
]
A_BREAK_AFTER = "U8"     # Tabell 2 breaks after this row (inside the second group)
A_FOLLOWUP = ["Delårsrapport per augusti", "Verksamhetsberättelse för helåret"]
# p. 4, Tabell 3: budget per verksamhet, mnkr: (verksamhet, budget 2027, budget 2028)
A_BUDGET_LINES = [("Kultur och konsthall", 37.5, 38.2), ("Bibliotek", 30.8, 31.4), ("Fritid och anläggningar", 49.6, 52.7),
                  ("Kulturskola", 18.6, 18.9), ("Nämnd och förvaltning", 7.2, 7.4)]


def a_fmt(v, f):
    return {"g": g, "d1": d1}[f](v)


def a_ind_cells(i):
    return [i[1], a_fmt(i[3], i[6]), a_fmt(i[4], i[6]), a_fmt(i[5], i[6])]


def a_ind_text(i):
    return " ".join(a_ind_cells(i))


def a_upp_cells(u):
    return [u[1], u[2], u[3], u[4].isoformat(), u[5]]


def a_upp_text(u):
    return " ".join(a_upp_cells(u))


def a_budget_cells(b):
    return [b[0], d1(b[1]), d1(b[2]), d1(b[2] - b[1], plus=True)]


def a_budget_total_cells():
    b27 = sum(b[1] for b in A_BUDGET_LINES)
    b28 = sum(b[2] for b in A_BUDGET_LINES)
    return ["Summa", d1(b27), d1(b28), d1(b28 - b27, plus=True)]


def a_sentences():
    return [
        f"Nämndens budgetram för 2028 är {d1(A_RAM)} mnkr, vilket är {d1(A_RAM - A_BUDGET_2027)} mnkr mer än "
        f"budgeten för 2027 ({d1(A_BUDGET_2027)} mnkr).",
        f"Av ökningen avser {d1(A_RISE_PARTS[0])} mnkr löne- och prisuppräkning och {d1(A_RISE_PARTS[1])} mnkr "
        "hyran för den tillfälliga idrottshallen i Alnvik.",
        f"Utfallet för 2026 blev {d1(A_OUT_2026)} mnkr, vilket var {d1(A_OUT_2026 - A_BUDGET_2026)} mnkr mer än "
        f"budgeten det året ({d1(A_BUDGET_2026)} mnkr).",
    ]


# =====================================================================================================
# (b) Brisviks kommun – de förtroendevalda revisorerna: granskning av upphandling och avtalstrohet
# =====================================================================================================
B_REPORT = "Revisionsrapport 2027:5"
B_DATE = D(2027, 10, 12)
B_FIRM = "Lingvalla Revision AB"
B_AUTHORS = [("Elin Bergwall", "certifierad kommunal revisor"), ("Daniel Bäckman", "revisor")]
B_AUDIT_CHAIR = ("Bo Linderoth", "ordförande för revisorerna")
B_KS_CHAIR = ("Hilda Eklund", "kommunstyrelsens ordförande")
B_PERIOD = "1 januari 2026–30 juni 2027"
B_THRESHOLD = 700        # direktupphandlingsgräns, tkr
B_PREV_SHARE = 12.4      # andel utan upphandling i förra granskningen (2024), %
B_GROUPS = ["Kommunstyrelsen", "Tekniska nämnden", "Barn- och utbildningsnämnden", "Socialnämnden"]
# (group, nr, leverantör, avser, belopp tkr, upphandlat, avtal)
B_SAMPLE = [
    (0, 1, "Lysvinge Data AB", "Licenser för ärendehanteringssystem", 1284, "Ja", "Ramavtal"),
    (0, 2, "Asklinge Konsult AB", "Konsultstöd vid chefsrekrytering", 486, "Nej", "Saknas"),
    (0, 3, "Bredmarks Kontorsmöbler AB", "Möbler till medborgarkontoret", 312, "Ja", "Direktupphandling"),
    (0, 4, "Hulsviks Reklambyrå AB", "Trycksaker och annonser", 744, "Nej", "Saknas"),
    (1, 5, "Harnäsby Grus AB", "Sand och flis för vinterväghållning", 2156, "Ja", "Eget avtal"),
    (1, 6, "Degermora Transport AB", "Maskintjänster med förare", 1918, "Nej", "Avtalet har löpt ut"),
    (1, 7, "Dejarp Elteknik AB", "Byte till LED i gatubelysningen", 1462, "Ja", "Ramavtal"),
    (1, 8, "Eldinge Trädgård AB", "Skötsel av parker och grönytor", 876, "Ja", "Eget avtal"),
    (1, 9, "Bodarps Maskin AB", "Reparation av hjullastare", 238, "Ja", "Direktupphandling"),
    (2, 10, "Lommeby Livs AB", "Livsmedel till skolköken", 1742, "Ja", "Ramavtal"),
    (2, 11, "Evedals Städ AB", "Extra lokalvård i skolor", 612, "Nej", "Saknas"),
    (2, 12, "Aldmark Läromedel AB", "Digitala läromedel", 534, "Ja", "Ramavtal"),
    (2, 13, "Hävlinge Buss AB", "Skolskjuts vid ersättningstrafik", 398, "Nej", "Saknas"),
    (3, 14, "Essviks Bemanning AB", "Inhyrda sjuksköterskor", 1126, "Nej", "Avtalet har löpt ut"),
    (3, 15, "Dellviks Omsorg AB", "Kompletterande hemtjänst", 904, "Ja", "Eget avtal"),
    (3, 16, "Blekhamra Taxi AB", "Resor till dagverksamhet", 318, "Ja", "Ramavtal"),
    (3, 17, "Lekeby Handledning AB", "Extern handledning av personal", 176, "Nej", "Saknas"),
    (3, 18, "Borrsta Hjälpmedel AB", "Hjälpmedel i ordinärt boende", 276, "Ja", "Ramavtal"),
]
B_SCALE = ["Ej tillfredsställande", "Delvis tillfredsställande", "I huvudsak tillfredsställande",
           "Tillfredsställande"]
B_VERDICT = 1            # index in B_SCALE
B_QUESTIONS = [
    ("Finns det ändamålsenliga riktlinjer och rutiner för upphandling och inköp?",
     ["Är riktlinjen för direktupphandling känd hos beställarna?", "Finns en aktuell avtalskatalog?"]),
    ("Görs inköpen enligt lagen om offentlig upphandling och kommunens riktlinjer?", []),
    ("Följer kommunstyrelsen upp avtalstroheten?", []),
]
B_RECS = [
    ("Upprätta en samlad och aktuell avtalskatalog som alla beställare kan nå", []),
    ("Inför en rutin för att bevaka avtal som löper ut, så att en ny upphandling hinner bli klar i tid", []),
    ("Säkerställ att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
     ["ange vilka leverantörer som har tillfrågats", "spara anbuden och motiveringen till valet av leverantör"]),
    ("Utbilda beställare och attestanter i reglerna för upphandling", []),
    ("Följ upp avtalstroheten minst en gång per år och rapportera resultatet till kommunstyrelsen", []),
]
# the board's response per recommendation: (nr, svar, ansvarig, klart)
B_RESPONSES = [
    (1, "Instämmer. Avtalskatalogen flyttas till intranätet och uppdateras varje månad av upphandlingsenheten.",
     "Upphandlingschef", D(2028, 3, 31)),
    (2, "Instämmer. Ett avtalssystem med automatisk bevakning sex månader före avtalstidens slut införs.",
     "Upphandlingschef", D(2028, 6, 30)),
    (3, "Instämmer. Mallen för dokumentation av direktupphandlingar blir obligatorisk i e-handelssystemet.",
     "Ekonomichef", D(2027, 12, 31)),
    (4, "Instämmer delvis. Utbildning ges till alla nya chefer; övriga beställare erbjuds webbutbildning.",
     "HR-chef", D(2028, 9, 30)),
    (5, "Instämmer. Avtalstroheten redovisas i kommunstyrelsens internkontrollrapport varje höst.",
     "Kommundirektör", D(2028, 10, 31)),
]
B_PASSAGE = ("den nya upphandlingen av maskintjänster överprövades av en av anbudsgivarna, och förvaltningen "
             "fortsatte därför att beställa från den tidigare leverantören i väntan på förvaltningsrättens dom")


def b_cells(s):
    return [str(s[1]), s[2], s[3], g(s[4]), s[5], s[6]]


def b_text(s):
    return " ".join(b_cells(s))


def b_total():
    return sum(s[4] for s in B_SAMPLE)


def b_nonproc():
    return [s for s in B_SAMPLE if s[5] == "Nej"]


def b_nonproc_sum():
    return sum(s[4] for s in b_nonproc())


def b_nonproc_share():
    return share(b_nonproc_sum(), b_total())


def b_group_sum(gi):
    rows = [s for s in B_SAMPLE if s[0] == gi]
    return len(rows), sum(s[4] for s in rows), sum(1 for s in rows if s[5] == "Nej")


NUMWORD = {0: "inget", 1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
           10: "tio", 11: "elva", 12: "tolv"}


def b_sentences():
    over = [s for s in b_nonproc() if s[4] > B_THRESHOLD]
    return [
        f"Vi har granskat {len(B_SAMPLE)} inköp med ett sammanlagt värde av {g(b_total())} tkr.",
        f"Av dessa gjordes {len(b_nonproc())} inköp, till ett värde av {g(b_nonproc_sum())} tkr, utan upphandling "
        f"eller giltigt avtal. Det motsvarar {d1(b_nonproc_share())} procent av det granskade beloppet, jämfört med "
        f"{d1(B_PREV_SHARE)} procent i vår förra granskning 2024.",
        f"{NUMWORD[len(over)].capitalize()} av dem översteg direktupphandlingsgränsen på {g(B_THRESHOLD)} tkr.",
    ]


# =====================================================================================================
# (c) Dyrhamra kommun – årsredovisning 2027 (utdrag)
# =====================================================================================================
C_YEARS = [2023, 2024, 2025, 2026, 2027]
# femårsöversikt: (section, label, format, values 2023..2027); None = computed
C_FIVE = [
    ("Invånare och skatt", "Antal invånare 31 december", "g", [27846, 27912, 28034, 28187, 28301]),
    ("Invånare och skatt", "Kommunal skattesats, kr", "d2", [22.14, 22.14, 22.39, 22.39, 22.39]),
    ("Resultat", "Verksamhetens nettokostnader, mnkr", "d1", [1874.3, 1968.2, 2039.6, 2113.5, 2214.9]),
    ("Resultat", "Skatteintäkter och generella statsbidrag, mnkr", "d1", [1902.5, 1979.4, 2071.8, 2158.8, 2247.3]),
    ("Resultat", "Finansnetto, mnkr", "d1s", None),
    ("Resultat", "Årets resultat, mnkr", "d1", [31.6, 18.9, 37.4, 49.1, 42.7]),
    ("Resultat", "Resultat i % av skatter och bidrag", "d1", None),
    ("Investeringar och finansiering", "Nettoinvesteringar, mnkr", "d1", [142.8, 168.3, 205.7, 231.9, 186.4]),
    ("Investeringar och finansiering", "Soliditet, %", "d1", [48.6, 47.9, 47.2, 46.8, 46.1]),
    ("Investeringar och finansiering", "Soliditet inkl. samtliga pensionsförpliktelser, %", "d1",
     [27.4, 28.1, 29.3, 30.6, 31.2]),
    ("Investeringar och finansiering", "Låneskuld, mnkr", "d1", [420.0, 480.0, 560.0, 655.0, 690.0]),
    ("Personal", "Tillsvidareanställda, antal", "g", [2184, 2203, 2226, 2251, 2262]),
    ("Personal", "Sjukfrånvaro, %", "d1", [7.9, 7.4, 7.1, 6.8, 6.5]),
]
C_SECTIONS = ["Invånare och skatt", "Resultat", "Investeringar och finansiering", "Personal"]
C_BUDGET_RES = 28.0
C_REAL_GAINS = 3.8      # realisationsvinster, mnkr
C_INV_BUDGET = 241.0
C_INV_RATE_2026 = 84.6
C_GOAL = 2.0            # finansiellt mål, resultat i % av skatter och bidrag (genomsnitt fem år)
# driftredovisning: (nämnd, kortnamn, budget 2027, utfall 2027, utfall 2026), mnkr
C_COMM = [
    ("Kommunstyrelsen", "KS", 168.4, 161.9, 155.2),
    ("Barn- och utbildningsnämnden", "BUN", 812.6, 826.3, 787.4),
    ("Socialnämnden", "SN", 694.2, 717.8, 671.9),
    ("Tekniska nämnden", "TN", 96.8, 92.1, 90.3),
    ("Kultur- och fritidsnämnden", "KFN", 71.5, 70.8, 68.2),
    ("Miljö- och byggnadsnämnden", "MBN", 22.4, 21.3, 20.6),
    ("Överförmyndarnämnden", "ÖFN", 6.1, 6.9, 5.8),
]
C_FIN_BUDGET = 333.1    # finansförvaltning och gemensamma poster, budget 2027
C_PASSAGE = ("fler barn och unga har placerats i familjehem och på institution, och antalet beviljade "
             "hemtjänsttimmar ökade med 9 procent")
C_CHAIR = ("Amanda Ekwall", "kommunstyrelsens ordförande")
C_CFO = ("Björn Hedlöf", "ekonomichef")


def c_row(label):
    return [r for r in C_FIVE if r[1] == label][0]


def c_val(label, year):
    r = c_row(label)
    k = C_YEARS.index(year)
    if label == "Finansnetto, mnkr":
        return r1(c_val("Årets resultat, mnkr", year) - c_val("Skatteintäkter och generella statsbidrag, mnkr", year)
                  + c_val("Verksamhetens nettokostnader, mnkr", year))
    if label == "Resultat i % av skatter och bidrag":
        return share(c_val("Årets resultat, mnkr", year), c_val("Skatteintäkter och generella statsbidrag, mnkr",
                                                                 year))
    return r[3][k]


def c_fmt(v, f):
    if f == "g":
        return g(v)
    if f == "d2":
        return d2(v)
    if f == "d1s":
        return d1(v, plus=True)
    return d1(v)


def c_five_cells(label):
    r = c_row(label)
    return [label] + [c_fmt(c_val(label, y), r[2]) for y in C_YEARS]


def c_five_text(label):
    return " ".join(c_five_cells(label))


def c_dev(c):
    return r1(c[2] - c[3])


def c_fin_out(year=2027):
    tot = c_val("Verksamhetens nettokostnader, mnkr", year)
    k = 3 if year == 2027 else 4
    return r1(tot - sum(c[k] for c in C_COMM))


def c_comm_cells(c):
    return [c[0], d1(c[2]), d1(c[3]), d1(c_dev(c), plus=True), d1(c[4])]


def c_comm_text(c):
    return " ".join(c_comm_cells(c))


def c_sum_cells():
    b = sum(c[2] for c in C_COMM)
    u = sum(c[3] for c in C_COMM)
    p = sum(c[4] for c in C_COMM)
    return ["Summa nämnder", d1(b), d1(u), d1(b - u, plus=True), d1(p)]


def c_fin_cells():
    u = c_fin_out(2027)
    return ["Finansförvaltning och gemensamma poster", d1(C_FIN_BUDGET), d1(u), d1(C_FIN_BUDGET - u, plus=True),
            d1(c_fin_out(2026))]


def c_total_cells():
    b = sum(c[2] for c in C_COMM) + C_FIN_BUDGET
    u = c_val("Verksamhetens nettokostnader, mnkr", 2027)
    return ["Verksamhetens nettokostnad", d1(b), d1(u), d1(b - u, plus=True),
            d1(c_val("Verksamhetens nettokostnader, mnkr", 2026))]


def c_avg_share():
    return r1(sum(c_val("Resultat i % av skatter och bidrag", y) for y in C_YEARS) / len(C_YEARS))


def c_sentences():
    res = c_val("Årets resultat, mnkr", 2027)
    prev = c_val("Årets resultat, mnkr", 2026)
    nk = "Verksamhetens nettokostnader, mnkr"
    sk = "Skatteintäkter och generella statsbidrag, mnkr"
    inv = c_val("Nettoinvesteringar, mnkr", 2027)
    return [
        f"Årets resultat blev {d1(res)} mnkr, vilket är {d1(res - C_BUDGET_RES)} mnkr bättre än budgeterat "
        f"({d1(C_BUDGET_RES)} mnkr) men {d1(prev - res)} mnkr lägre än föregående år ({d1(prev)} mnkr).",
        f"Resultatet motsvarar {d1(c_val('Resultat i % av skatter och bidrag', 2027))} procent av skatteintäkter "
        f"och generella statsbidrag. Fullmäktiges mål är {d1(C_GOAL)} procent i genomsnitt över fem år; för "
        f"2023–2027 blev genomsnittet {d1(c_avg_share())} procent.",
        f"Verksamhetens nettokostnader ökade med {d1(pct(c_val(nk, 2027), c_val(nk, 2026)))} procent, medan "
        f"skatteintäkter och generella statsbidrag ökade med {d1(pct(c_val(sk, 2027), c_val(sk, 2026)))} procent.",
        f"Balanskravsresultatet blev {d1(res - C_REAL_GAINS)} mnkr efter avdrag för realisationsvinster på "
        f"{d1(C_REAL_GAINS)} mnkr.",
        f"Nettoinvesteringarna uppgick till {d1(inv)} mnkr, att jämföra med en budget på {d1(C_INV_BUDGET)} mnkr. "
        f"Genomförandegraden blev därmed {d1(share(inv, C_INV_BUDGET))} procent (2026: {d1(C_INV_RATE_2026)} "
        "procent).",
    ]


# =====================================================================================================
# (d) Region Delsmark – kollektivtrafiknämnden: trafikförsörjningsprogram 2028–2031
# =====================================================================================================
D_ZONES = [("A", "Hälmvik tätort"), ("B", "Närområdet, upp till 25 km"), ("C", "Ytterområdet, över 25 km")]
# (zone, linje, sträcka, avgångar mån–fre, lör, sön, resor 2025, resor 2026, kostnad mnkr, biljettintäkt mnkr)
D_LINES = [
    ("A", "1", "Hälmvik C – Eggvik", 68, 42, 30, 1284600, 1326900, 21.4, 11.2),
    ("A", "2", "Hälmvik C – Brattvik", 54, 34, 24, 968300, 1004700, 18.6, 8.9),
    ("A", "3", "Lådsta – Hälmvik C – Lasarettet", 46, 28, 20, 842100, 873400, 17.2, 8.1),
    ("A", "4", "Hälmvik C – Arnsberga", 32, 16, 0, 412800, 398500, 11.3, 4.2),
    ("B", "101", "Hälmvik – Dunby – Ebbinge", 28, 12, 8, 624200, 651900, 24.8, 9.6),
    ("B", "104", "Hälmvik – Lillmora", 22, 8, 6, 338400, 352100, 16.9, 5.1),
    ("B", "115", "Ebbinge – Bäsnäs", 12, 4, 0, 96300, 92800, 8.4, 1.6),
    ("B", "118", "Dunby – Lillmora – Bäsnäs", 8, 0, 0, 41700, 44200, 5.2, 0.7),
    ("C", "201", "Hälmvik – Hovmyra", 34, 14, 10, 702500, 731300, 27.6, 11.4),
    ("C", "210", "Hovmyra – Lerbäcka", 14, 6, 4, 118900, 121600, 9.3, 2.4),
    ("C", "220", "Hälmvik – Edholma", 18, 6, 0, 206400, 219800, 12.7, 3.9),
    ("C", "235", "Lerbäcka – Dalsnäs", 6, 0, 0, 24600, 22900, 4.1, 0.5),
]
D_TARGET_TRAV = 7000000   # mål 2031, resor per år
D_TARGET_COV = 45.0       # mål kostnadstäckning 2031, %
D_BUDGET_NET = 105.0      # nämndens budget för nettokostnaden 2026, mnkr
D_COV_2025 = 38.9         # kostnadstäckning 2025, %
D_CHAIR = ("Diana Edberg", "ordförande i kollektivtrafiknämnden")
D_DIRECTOR = ("Emil Haglund", "kollektivtrafikdirektör")
D_DNR = "RS 2027/1184"
D_DECIDED = "Regionfullmäktige 2027-11-29, § 131"
D_GOALS = [
    ("Resor per år i den upphandlade busstrafiken", "trav", 7000000, "g"),
    ("Kostnadstäckning, %", "cov", 45.0, "d1"),
    ("Andel avgångar i tid (högst 3 min sen), %", 91.4, 95.0, "d1"),
    ("Andel nöjda resenärer, %", 74.0, 80.0, "d1"),
    ("Andel bussar som drivs med el eller biogas, %", 38.0, 80.0, "d1"),
]
D_CHANGES = [
    ("Stadstrafiken i Hälmvik", ["linje 1 och 2 får tiominuterstrafik i rusningstid från augusti 2028",
                                  "linje 4 får söndagstrafik om resandet ökar"]),
    ("Regiontrafiken", ["linje 118 ersätts av anropsstyrd trafik från december 2028",
                        "linje 220 förlängs till Lerbäcka under skolåret"]),
    ("Fordon och miljö", ["nya avtal för zon B och C kräver el- eller biogasbussar från 2029"]),
]


def d_cov(l):
    return share(l[9], l[8])


def d_cells(l):
    return [l[1], l[2], g(l[3]), g(l[4]) if l[4] else "–", g(l[5]) if l[5] else "–", g(l[6]), g(l[7]),
            d1(pct(l[7], l[6]), plus=True), d1(l[8]), d1(l[9]), d1(d_cov(l))]


def d_text(l):
    return " ".join(d_cells(l))


def d_zone_sum(z=None):
    rows = [l for l in D_LINES if z is None or l[0] == z]
    s = [sum(l[k] for l in rows) for k in range(3, 10)]
    return s[:5] + [share(s[6], s[5])]


def d_zone_money(z=None):
    rows = [l for l in D_LINES if z is None or l[0] == z]
    return r1(sum(l[8] for l in rows)), r1(sum(l[9] for l in rows))


def d_sum_cells(label, s, z=None):
    cost, rev = d_zone_money(z)
    return [label, g(s[0]), g(s[1]), g(s[2]), g(s[3]), g(s[4]), d1(pct(s[4], s[3]), plus=True), d1(cost), d1(rev),
            d1(s[5])]


def d_net(lines=None):
    rows = lines or D_LINES
    return r1(sum(l[8] - l[9] for l in rows))


def d_goal_cells(gl):
    f = {"g": g, "d1": d1}[gl[3]]
    t = d_zone_sum()
    out = {"trav": t[4], "cov": t[5]}.get(gl[1], gl[1])
    return [gl[0], f(out), f(gl[2])]


def d_sentences():
    t = d_zone_sum()
    return [
        f"Resandet i den upphandlade busstrafiken ökade till {g(t[4])} resor 2026, jämfört med {g(t[3])} resor "
        f"2025. Målet för 2031 är {g(D_TARGET_TRAV)} resor per år.",
        f"Kostnadstäckningen blev {d1(t[5])} procent ({d1(D_COV_2025)} procent året innan), vilket är långt "
        f"från målet på {d1(D_TARGET_COV)} procent.",
        f"Regionens nettokostnad för busstrafiken blev {d1(d_net())} mnkr mot en budget på {d1(D_BUDGET_NET)} "
        "mnkr.",
    ]


# =====================================================================================================
# (e) Halsmora kommun – kommunfullmäktiges sammanträdesprotokoll 2027-12-13, §§ 142–147
# =====================================================================================================
E_DATE = D(2027, 12, 13)
E_CHAIR = ("Britt Engström", "S")
E_SECRETARY = "Erika Lindblad"
E_ADJUSTERS = [("Axel Berglind", "M"), ("Lejla Begić", "S")]
E_PARTIES = [("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("SD", "Sverigedemokraterna"), ("C", "Centerpartiet"),
             ("V", "Vänsterpartiet"), ("KD", "Kristdemokraterna"), ("L", "Liberalerna"), ("MP", "Miljöpartiet")]
# party: (mandat, ja, nej, avstår, frånvarande)
E_VOTE = {"S": (13, 12, 0, 0, 1), "M": (9, 0, 8, 0, 1), "SD": (8, 0, 8, 0, 0), "C": (4, 4, 0, 0, 0),
          "V": (3, 3, 0, 0, 0), "KD": (2, 0, 2, 0, 0), "L": (1, 0, 0, 1, 0), "MP": (1, 1, 0, 0, 0)}
# motions answered in § 143: (dnr, motion, motionär, parti, beslut)
E_MOTIONS = [
    ("KS 2026/311", "Gratis kollektivtrafik för pensionärer", "Anton Lerner", "L", "Avslag"),
    ("KS 2026/352", "Solceller på kommunens fastigheter", "Dora Hellsten", "MP", "Bifall"),
    ("KS 2026/409", "Fler fritidsgårdar i ytterområdena", "Hassan Alavi", "V", "Besvarad"),
    ("KS 2027/027", "Läxhjälp på biblioteken", "Bianca Lundell", "KD", "Bifall"),
    ("KS 2027/058", "Kameraövervakning vid resecentrum", "Edvin Bohlin", "SD", "Avslag"),
    ("KS 2027/102", "Laddplatser vid kommunens arbetsplatser", "Benjamin Dahlquist", "C", "Besvarad"),
    ("KS 2027/146", "Simundervisning för vuxna", "Louise Backlund", "S", "Bifall"),
    ("KS 2027/171", "Sänkt kommunalskatt för pensionärer", "Love Andersén", "M", "Avslag"),
]
E_PASSAGE = ("kostnaden beräknas till 4,6 mnkr per år och att kommunen inte kan införa fria resor i den regionala "
             "kollektivtrafiken för en grupp utan att regionen står för en del av kostnaden")
E_HALL = dict(frame=186.0, study=164.0, y1=38.0, y2=148.0)
E_HALL_REASONS = ("högre priser på byggmaterial och att bassängen byggs med 25 meter och åtta banor i stället för "
                  "sex")
# elections in § 145: (body, term, [(label, [(name, party, role)])])
E_ELECTIONS = [
    ("Valnämnden", "2028–2030",
     [("Ledamöter", [("Lina Hedberg", "S", "ordförande"), ("Arvid Holmér", "M", "vice ordförande"),
                     ("Hugo Enblom", "SD", ""), ("Alice Bengtzon", "C", "")]),
      ("Ersättare", [("Dalia Haddad", "S", ""), ("Einar Ahlberg", "KD", "")])]),
    ("Socialnämnden, fyllnadsval", "till och med 2030",
     [("Ledamot", [("Alva Dahlbäck", "M", "efter Love Andersén (M)")])]),
    ("Nämndemän vid tingsrätten", "2028–2031",
     [("Nämndemän", [("Ebba Lorentzon", "S", ""), ("Hanna Dalén", "C", "")])]),
]
E_NEW_MOTIONS = [("Fler bänkar längs promenadstråken", "Lotta Brink", "V"),
                 ("Ungdomsråd i Halsmora", "Elsa Dufva", "S")]


def e_vote_totals():
    return [sum(E_VOTE[p][k] for p, _ in E_PARTIES) for k in range(5)]


def e_vote_cells(p):
    name = dict(E_PARTIES)[p]
    return [f"{name} ({p})"] + [str(x) for x in E_VOTE[p]]


def e_vote_text(p):
    return " ".join(e_vote_cells(p))


def e_motion_cells(m):
    return [m[0], m[1], f"{m[2]} ({m[3]})", m[4]]


def e_motion_text(m):
    return " ".join(e_motion_cells(m))


def e_member_text(m):
    return f"{m[0]} ({m[1]})" + (f", {m[2]}" if m[2] else "")


# =====================================================================================================
# (f) Edsmyra kommun – avfallsplan 2026–2032: uppföljning 2027 med åtgärder (p. 3 SCANNED)
# =====================================================================================================
F_COMPANY = "Edsmyra Vatten och Avfall AB"
F_DNR = "KS 2027/402"
F_DATE = D(2027, 9, 21)
F_CHAIR = ("Linnea Dahlgren", "ordförande i avfallsrådet")
F_HEAD = ("Helena Arvidsson", "avfallschef")
F_HIER = ["Förebygga", "Återanvända", "Materialåtervinna", "Utvinna energi", "Deponera"]
# mål: (nr, mål, indikator, utgångsläge 2024, utfall 2026, målvärde 2032, format)
F_GOALS = [
    ("M1", "Mängden mat- och restavfall ska minska", "Mat- och restavfall, kg per invånare", 218, 204, 170, "g"),
    ("M2", "Mer matavfall ska sorteras ut", "Andel av matavfallet som sorteras ut, %", 46.0, 53.5, 70.0, "d1"),
    ("M3", "Mer förpackningar ska gå till materialåtervinning", "Förpackningar, kg per invånare", 56.8, 60.9, 70.0,
     "d1"),
    ("M4", "Återbruket ska öka", "Föremål till återbruk vid återvinningscentralerna, ton", 38, 52, 120, "g"),
    ("M5", "Matsvinnet i kommunens kök ska minska", "Matsvinn i skolor, gram per portion", 38, 36, 25, "g"),
    ("M6", "Nedskräpningen ska minska", "Skräp per 10 m² vid skräpmätning, antal", 7.2, 6.7, 4.0, "d1"),
]
F_MEASURE_STATUS = ["Ej påbörjad", "Pågår", "Genomförd"]
# åtgärder: (nr, åtgärd, ansvarig, år, status)
F_MEASURES = [
    ("Å1", "Matavfallsinsamling i alla flerbostadshus", F_COMPANY, 2027, "Genomförd"),
    ("Å2", "Återbruksbutik vid Bjursnäs återvinningscentral", F_COMPANY, 2028, "Pågår"),
    ("Å3", "Fyrfackskärl i villaområdena", F_COMPANY, 2029, "Ej påbörjad"),
    ("Å4", "Halverat matsvinn i skolköken", "Kostenheten", 2028, "Pågår"),
    ("Å5", "Krav på återbruk i byggupphandlingar", "Upphandlingsenheten", 2027, "Genomförd"),
    ("Å6", "Skräpmätning två gånger per år", "Gatu- och parkenheten", 2026, "Genomförd"),
    ("Å7", "Ombyggnad av Haggsta återvinningscentral", F_COMPANY, 2030, "Ej påbörjad"),
    ("Å8", "Kampanj om farligt avfall", F_COMPANY, 2027, "Pågår"),
    ("Å9", "Textilinsamling vid alla återvinningsstationer", F_COMPANY, 2028, "Ej påbörjad"),
    ("Å10", "Tillsyn av avfallshantering i verksamheter", "Miljöenheten", 2028, "Pågår"),
]
F_MEASURE_SHORT = {F_COMPANY: "EVAB"}
# the SCANNED table (p. 3): insamlade mängder per fraktion 2022–2026, ton
F_SCAN_YEARS = [2022, 2023, 2024, 2025, 2026]
F_SCAN_GROUPS = ["Hushållens kärlavfall", "Förpackningar och returpapper", "Återvinningscentraler"]
F_SCAN = [
    (0, "Restavfall", [6412, 6238, 5974, 5702, 5486]),
    (0, "Matavfall", [1284, 1402, 1538, 1706, 1861]),
    (1, "Plastförpackningar", [512, 538, 571, 603, 648]),
    (1, "Pappersförpackningar", [934, 951, 968, 1002, 1047]),
    (1, "Glasförpackningar", [1118, 1127, 1142, 1139, 1156]),
    (1, "Metallförpackningar", [142, 146, 151, 149, 157]),
    (1, "Returpapper", [1486, 1352, 1211, 1083, 962]),
    (2, "Grovavfall till förbränning", [3248, 3106, 2987, 2854, 2903]),
    (2, "Trä", [2176, 2214, 2302, 2268, 2241]),
    (2, "Metallskrot", [812, 796, 834, 801, 788]),
    (2, "Trädgårdsavfall", [4326, 4102, 4518, 4377, 4129]),
    (2, "Elavfall", [498, 476, 463, 452, 441]),
    (2, "Farligt avfall", [214, 221, 208, 226, 233]),
    (2, "Gips", [362, 371, 395, 404, 418]),
]
F_SCAN_HEAD = ["EDSMYRA VATTEN OCH AVFALL AB", "Bilaga 2 till uppföljningen av avfallsplanen",
               "Tabell B2. Insamlade mängder per fraktion 2022–2026, ton"]
F_SCAN_COLS = ["Fraktion", "2022", "2023", "2024", "2025", "2026", "Förändr. %"]
F_SCAN_FOOT = ["Förändr. % avser 2026 jämfört med 2025.",
               "Källa: vågsystemen vid Bjursnäs och Haggsta samt entreprenörens rapporter."]
F_SCAN_PEN = ["Bil. 2"]


def f_change(r):
    return pct(r[2][4], r[2][3])


def f_scan_cells(r):
    return [r[1]] + [g(v) for v in r[2]] + [d1(f_change(r), plus=True)]


def f_scan_text_row(r):
    return " ".join(f_scan_cells(r))


def f_scan_sum():
    return [sum(r[2][k] for r in F_SCAN) for k in range(5)]


def f_scan_sum_cells():
    s = f_scan_sum()
    return ["Summa"] + [g(v) for v in s] + [d1(pct(s[4], s[3]), plus=True)]


def f_scan_rows():
    return [f_scan_cells(r) for r in F_SCAN] + [f_scan_sum_cells()]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [" ".join(F_SCAN_COLS)]
    for gi, gname in enumerate(F_SCAN_GROUPS):
        parts.append(gname)
        parts += [f_scan_text_row(r) for r in F_SCAN if r[0] == gi]
    parts.append(" ".join(f_scan_sum_cells()))
    parts += F_SCAN_FOOT + F_SCAN_PEN
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += r[1:]
    return out


def f_goal_cells(m):
    f = {"g": g, "d1": d1}[m[6]]
    return [m[0], m[1], m[2], f(m[3]), f(m[4]), f(m[5])]


def f_goal_text(m):
    return " ".join(f_goal_cells(m))
