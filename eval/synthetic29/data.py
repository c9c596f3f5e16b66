"""The numbers, rows and list items of the six synthetic29 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (shares and weighted
merit values per group, the municipality and the totals; sums per focus area and counts per status; counts per
section and decision and the handling times; the assessments of the indicators against the targets; the vote
counts and the attendance; the sums of the grants, the remainder of the frame and the text of the scanned page)
are computed here, never typed twice."""
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
    """date -> '18 mars 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n):
    """12500 -> '12 500' (normal space, as printed in tables); negative with '−'."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(r1(x)):.1f}".replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0 and s != "0,0":
        return "+" + s
    return s


# =====================================================================================================
# (a) Alnsjö kommun – barn- och utbildningsnämnden: kvalitetsrapport grundskola 2026
# =====================================================================================================
# (skolenhet, grupp, elever åk 9 vt 2025, varav uppnått alla ämnen 2025, meritvärde 2025,
#  elever vt 2026, varav uppnått alla ämnen 2026, meritvärde 2026)
A_GROUPS = ["Kommunala skolor", "Fristående skolor"]
A_SCHOOLS = [
    ("Aspnässkolan", "Kommunala skolor", 84, 66, 221.4, 88, 71, 224.9),
    ("Damhagsskolan", "Kommunala skolor", 62, 51, 228.7, 58, 45, 219.3),
    ("Forsängsskolan", "Kommunala skolor", 71, 52, 209.8, 75, 58, 213.6),
    ("Lillåskolan", "Kommunala skolor", 39, 33, 232.1, 42, 35, 235.4),
    ("Nybodaskolan", "Kommunala skolor", 95, 69, 205.2, 91, 68, 207.9),
    ("Fyrklöverns friskola", "Fristående skolor", 28, 25, 241.6, 31, 27, 238.2),
    ("Novaskolan", "Fristående skolor", 44, 35, 226.0, 47, 39, 229.7),
    ("Oasens skola", "Fristående skolor", 22, 16, 214.3, 25, 20, 220.5),
]
A_RIKET = {2025: (73.4, 230.1), 2026: (74.1, 231.0)}     # share passing all subjects %, merit value
A_PASSAGE = ("Damhagsskolan hade vakanta tjänster i matematik och moderna språk under hela höstterminen 2025, och "
             "flera klasser undervisades av vikarier utan lärarlegitimation.")
A_DEV = [   # utvecklingsområden 2027: (text, ansvar, klart)
    ("Matematik i årskurs 7–9: gemensam planering och bedömning i alla kommunala skolor, med stöd av "
     "förstelärare i matematik.", "Skolchef", "juni 2027"),
    ("Kompetensförsörjning: en rekryteringsinsats för legitimerade lärare i matematik och moderna språk, "
     "med början på Damhagsskolan.", "Personalchef och rektorer", "mars 2027"),
    ("Studiero: en gemensam modell för trygghet och studiero prövas på Nybodaskolan och Forsängsskolan.",
     "Rektorer", "december 2027"),
    ("Uppföljning av fristående skolor: dialogmöten två gånger per år om resultaten i årskurs 9.",
     "Förvaltningschef", "löpande"),
]


def a_school(name):
    return [s for s in A_SCHOOLS if s[0] == name][0]


def a_share(passing, pupils):
    return r1(passing / pupils * 100)


def a_year(s, year):
    """(pupils, passing, share, merit) of a school tuple for 2025 or 2026"""
    if year == 2025:
        return s[2], s[3], a_share(s[3], s[2]), s[4]
    return s[5], s[6], a_share(s[6], s[5]), s[7]


def a_agg(schools, year):
    """(pupils, passing, share, merit weighted by pupils) for a set of schools"""
    vals = [a_year(s, year) for s in schools]
    n = sum(v[0] for v in vals)
    p = sum(v[1] for v in vals)
    m = r1(sum(v[0] * v[3] for v in vals) / n)
    return n, p, a_share(p, n), m


def a_group(gr, year):
    return a_agg([s for s in A_SCHOOLS if s[1] == gr], year)


def a_kommun(year):
    return a_agg(A_SCHOOLS, year)


def a_line(label, year, n, share, merit):
    """one printed line of Tabell 1 (label only on the first line of a block)"""
    lab = (label + " ") if label else ""
    return f"{lab}vt {year} {n} {d1(share)} {d1(merit)}"


def a_row_text(s):
    """the two lines of a school block as extracted"""
    n, _, sh, m = a_year(s, 2025)
    n2, _, sh2, m2 = a_year(s, 2026)
    return a_line(s[0], 2025, n, sh, m) + " " + a_line("", 2026, n2, sh2, m2)


# =====================================================================================================
# (b) Dyvika kommun – handlingsplan för näringslivsutveckling 2027–2028, uppföljning per 31 augusti 2027
# =====================================================================================================
B_AREAS = [
    (1, "Service och bemötande", "Företagare ska få snabba, samordnade och begripliga besked från kommunen."),
    (2, "Kompetensförsörjning", "Företagen i Dyvika ska kunna hitta den arbetskraft de behöver."),
    (3, "Mark, lokaler och infrastruktur", "Det ska finnas mark, lokaler och förbindelser för att företag ska "
                                           "kunna växa och etablera sig."),
]
# (nr, åtgärd, ansvarig, klart (text), slutdatum (None = löpande), status, kostnad tkr (None = inom ram))
B_ACTIONS = [
    ("1.1", "Inför en samlad företagslots med en ingång för alla tillståndsärenden", "Kommunstyrelsen",
     "2027-06-30", _dt.date(2027, 6, 30), "Pågår", 450),
    ("1.2", "Mät handläggningstiderna för bygglov, miljötillstånd och serveringstillstånd och redovisa dem varje "
            "kvartal", "Samhällsbyggnadsnämnden", "kv 1 2027", _dt.date(2027, 3, 31), "Klar", None),
    ("1.3", "Genomför en utbildning i service och bemötande för alla handläggare som möter företagare",
     "Kommunstyrelsen", "december 2027", _dt.date(2027, 12, 31), "Ej påbörjad", 180),
    ("1.4", "Ta fram en e-tjänst för ansökan om tillfälliga serveringstillstånd och torghandel",
     "Samhällsbyggnadsnämnden", "kv 3 2027", _dt.date(2027, 9, 30), "Pågår", 320),
    ("1.5", "Håll frukostmöten för företagare fyra gånger per år tillsammans med företagarföreningen",
     "Kommunstyrelsen", "löpande", None, "Pågår", 60),
    ("2.1", "Starta ett lokalt yrkescollege inom industri och teknik tillsammans med företagen i kommunen",
     "Barn- och utbildningsnämnden", "2028-06-30", _dt.date(2028, 6, 30), "Ej påbörjad", 1200),
    ("2.2", "Erbjud 60 ungdomar per år sommarjobb hos lokala företag, med handledarstöd från kommunen",
     "Kommunstyrelsen", "löpande", None, "Pågår", 540),
    ("2.3", "Utöka vuxenutbildningens kurser i svenska för yrkesverksamma med kvälls- och distansundervisning",
     "Barn- och utbildningsnämnden", "kv 2 2027", _dt.date(2027, 6, 30), "Pågår", 380),
    ("2.4", "Kartlägg företagens rekryteringsbehov för de kommande fem åren", "Kommunstyrelsen", "2027-03-31",
     _dt.date(2027, 3, 31), "Klar", None),
    ("2.5", "Anordna en årlig yrkesmässa för elever i årskurs 8 och 9", "Barn- och utbildningsnämnden",
     "oktober 2027", _dt.date(2027, 10, 31), "Ej påbörjad", 150),
    ("3.1", "Detaljplanelägg verksamhetsområdet Lövnäs etapp 2 med plats för tio nya företag",
     "Samhällsbyggnadsnämnden", "december 2028", _dt.date(2028, 12, 31), "Pågår", 900),
    ("3.2", "Bygg ut fiber till de sista 40 företagen på landsbygden", "Tekniska nämnden", "kv 4 2028",
     _dt.date(2028, 12, 31), "Ej påbörjad", 2400),
    ("3.3", "Publicera lediga lokaler och tomter i en lokalbank på kommunens webbplats", "Kommunstyrelsen",
     "2027-04-30", _dt.date(2027, 4, 30), "Klar", 90),
    ("3.4", "Bygg belysning och gång- och cykelväg till industriområdet Flisbacken", "Tekniska nämnden",
     "kv 3 2027", _dt.date(2027, 9, 30), "Pågår", 1650),
    ("3.5", "Utred förutsättningarna för en ny godsterminal vid järnvägen i Dyvika", "Kommunstyrelsen",
     "2028-03-31", _dt.date(2028, 3, 31), "Ej påbörjad", None),
    ("3.6", "Sänk avgiften för markupplåtelse till uteserveringar under en försöksperiod", "Tekniska nämnden",
     "2027-05-31", _dt.date(2027, 5, 31), "Klar", 120),
]
B_STATUSES = ["Klar", "Pågår", "Ej påbörjad"]
B_BREAK_AFTER = "2.3"      # Tabell 1 continues on p. 3 after this action
B_BODIES = ["Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Barn- och utbildningsnämnden", "Tekniska nämnden"]
B_FOLLOWUP = _dt.date(2027, 8, 31)
B_COMPANIES = 1240          # företag med minst en anställd (p. 1)
B_NKI = (63, 68)            # företagsklimatets Nöjd-Kund-Index 2024 och 2026
B_PASSAGE = ("Utbyggnaden av fiber till landsbygdsföretagen har inte påbörjats eftersom kommunens ansökan om "
             "statligt bredbandsstöd avslogs i maj 2027.")


def b_area_of(a):
    return int(a[0].split(".")[0])


def b_cost(a):
    return a[6] or 0


def b_cost_text(a):
    return "inom ram" if a[6] is None else g(a[6])


def b_area_sum(n):
    return sum(b_cost(a) for a in B_ACTIONS if b_area_of(a) == n)


def b_total():
    return sum(b_cost(a) for a in B_ACTIONS)


def b_count(status):
    return sum(1 for a in B_ACTIONS if a[5] == status)


def b_row_text(a):
    return f"{a[0]} {a[1]} {a[2]} {a[3]} {a[5]} {b_cost_text(a)}"


# =====================================================================================================
# (c) Fagerbro kommun – tekniska nämnden: anmälan av delegationsbeslut 1 januari–31 mars 2027
# =====================================================================================================
C_SECTIONS = [
    ("4", "Upplåtelse av allmän platsmark"),
    ("5", "Parkeringstillstånd för rörelsehindrade"),
    ("6", "Dispenser och tillstånd enligt trafikförordningen"),
]
# (nr, avsnitt, ärende, inkom, beslutad, beslut, delegat)
D = _dt.date
C_DECISIONS = [
    ("D-01", "4", "Torghandel med frukt och grönsaker på Apotekartorget, 1 april–30 september 2027",
     D(2027, 1, 4), D(2027, 1, 12), "Beviljas", "Gatuchef"),
    ("D-02", "4", "Uteservering på trottoaren utanför Nygatan 14, 42 m², 15 april–15 september 2027",
     D(2027, 1, 9), D(2027, 1, 20), "Beviljas", "Gatuchef"),
    ("D-03", "4", "Byggetablering med bod och container på gångbanan vid Lasarettsvägen 3 under "
                  "fasadrenovering", D(2027, 1, 15), D(2027, 2, 24), "Beviljas", "Trafikhandläggare"),
    ("D-04", "4", "Reklamskylt (trottoarpratare) utanför butik på Drottninggatan 21", D(2027, 2, 2),
     D(2027, 2, 9), "Avslås", "Gatuchef"),
    ("D-05", "4", "Uteservering på Oxtorget 2, 28 m², 1 maj–30 september 2027", D(2027, 2, 11), D(2027, 3, 18),
     "Beviljas", "Gatuchef"),
    ("D-06", "4", "Vårmarknad på Apotekartorget lördagen den 24 april 2027 med cirka 40 försäljningsplatser",
     D(2027, 2, 22), D(2027, 3, 1), "Beviljas", "Förvaltningschef"),
    ("D-07", "4", "Ställning för takarbete på Nygatan 8, ansökan återkallad av sökanden", D(2027, 3, 2),
     D(2027, 3, 9), "Avskrivs", "Trafikhandläggare"),
    ("D-08", "5", "Parkeringstillstånd för rörelsehindrad, förare (ärende P 27-004)", D(2027, 1, 5),
     D(2027, 1, 26), "Beviljas", "Parkeringshandläggare"),
    ("D-09", "5", "Parkeringstillstånd för rörelsehindrad, passagerare (ärende P 27-007)", D(2027, 1, 11),
     D(2027, 2, 16), "Avslås", "Parkeringshandläggare"),
    ("D-10", "5", "Förnyat parkeringstillstånd för rörelsehindrad, förare (ärende P 27-009)", D(2027, 1, 18),
     D(2027, 2, 1), "Beviljas", "Parkeringshandläggare"),
    ("D-11", "5", "Parkeringstillstånd för rörelsehindrad, passagerare (ärende P 27-012), begärd komplettering "
                  "har inte kommit in", D(2027, 1, 25), D(2027, 3, 8), "Avskrivs", "Parkeringshandläggare"),
    ("D-12", "5", "Parkeringstillstånd för rörelsehindrad, förare (ärende P 27-015)", D(2027, 2, 8),
     D(2027, 3, 1), "Avslås", "Parkeringshandläggare"),
    ("D-13", "5", "Parkeringstillstånd för rörelsehindrad, förare (ärende P 27-018)", D(2027, 2, 24),
     D(2027, 3, 10), "Beviljas", "Parkeringshandläggare"),
    ("D-14", "6", "Dispens för bred transport, 4,2 meter, på Dalbovägen och Fabriksgatan den 17 februari 2027",
     D(2027, 2, 3), D(2027, 2, 10), "Beviljas", "Trafikhandläggare"),
    ("D-15", "6", "Dispens från förbudet mot tung trafik på Nygatan för varuleveranser före klockan 11",
     D(2027, 1, 20), D(2027, 3, 3), "Avslås", "Trafikhandläggare"),
    ("D-16", "6", "Avstängning av Fabriksgatan för kranarbete 8–10 mars 2027", D(2027, 2, 15), D(2027, 2, 23),
     "Beviljas", "Trafikhandläggare"),
    ("D-17", "6", "Parkering på gångbana vid flytt, Dalbovägen 12, ansökan återkallad av sökanden",
     D(2027, 3, 4), D(2027, 3, 11), "Avskrivs", "Trafikhandläggare"),
    ("D-18", "6", "Dispens från förbudet mot tung trafik på Lasarettsvägen under ombyggnaden av vårdcentralen",
     D(2027, 3, 8), D(2027, 3, 24), "Beviljas", "Gatuchef"),
]
C_DECISIONS_KINDS = ["Beviljas", "Avslås", "Avskrivs"]
C_ROLES = ["Förvaltningschef", "Gatuchef", "Trafikhandläggare", "Parkeringshandläggare"]
C_MEETING = D(2027, 4, 14)
C_SKRIVELSE = D(2027, 4, 2)
C_PASSAGE = ("Skylten skulle ha minskat den fria passagen på gångbanan till mindre än 1,5 meter, vilket strider mot "
             "kommunens riktlinjer för tillgänglighet.")
C_LIMIT_DAYS = 30           # the handling-time target named on p. 3


def c_days(d):
    return (d[4] - d[3]).days


def c_count(section=None, beslut=None):
    return sum(1 for d in C_DECISIONS if (section is None or d[1] == section) and (beslut is None or d[5] == beslut))


def c_row_text(d):
    return f"{d[0]} {d[2]} {d[3].isoformat()} {d[4].isoformat()} {d[5]} {d[6]}"


# =====================================================================================================
# (d) Lidsviks kommun – miljöprogram 2022–2030, uppföljning 2026
# =====================================================================================================
# focus areas with nested sub-items (bulleted list on p. 1)
D_FOCUS = [
    ("Klimat och energi", ["Minska utsläppen från transporter och arbetsmaskiner",
                           "Effektivisera energianvändningen i kommunens lokaler",
                           "Öka den lokala produktionen av förnybar el"]),
    ("Hållbar konsumtion och avfall", ["Minska matsvinnet i skolor och äldreomsorg",
                                       "Öka återbruket av möbler och byggmaterial",
                                       "Minska mängden hushållsavfall per invånare"]),
    ("Vatten och natur", ["Förbättra vattenkvaliteten i Ottersjön och Lidsviksån",
                          "Skydda mer värdefull skog och våtmark genom naturreservat",
                          "Åtgärda enskilda avlopp som inte uppfyller kraven"]),
    ("Giftfri vardag", ["Fasa ut skadliga kemikalier i förskolor och skolor",
                        "Öka andelen ekologiska livsmedel i kommunens kök"]),
]
# indicators: (kod, område, indikator, enhet, basår, basvärde, 2025, 2026, målriktning "<=" / ">=", mål 2030)
D_INDICATORS = [
    ("K1", "Klimat och energi", "Växthusgasutsläpp inom kommunens gränser", "ton CO2e/inv.", 2015,
     5.8, 4.6, 4.4, "<=", 3.0),
    ("K2", "Klimat och energi", "Energianvändning i kommunens lokaler", "kWh/m²", 2019, 168, 151, 157, "<=", 130),
    ("K3", "Klimat och energi", "Fossilfria fordon i kommunens fordonsflotta", "%", 2020, 31, 72, 81, ">=", 100),
    ("K4", "Klimat och energi", "Installerad solcellseffekt i kommunen", "kW", 2019, 850, 6420, 8150, ">=", 8000),
    ("A1", "Hållbar konsumtion och avfall", "Matsvinn i skolkök", "g/portion", 2019, 52, 38, 34, "<=", 35),
    ("A2", "Hållbar konsumtion och avfall", "Hushållsavfall", "kg/inv.", 2019, 452, 431, 433, "<=", 380),
    ("A3", "Hållbar konsumtion och avfall", "Hushållsavfall till materialåtervinning", "%", 2019, 31, 38, 42, ">=",
     50),
    ("V1", "Vatten och natur", "Skyddad natur av landarealen", "%", 2021, 3.2, 4.1, 4.1, ">=", 6.0),
    ("V2", "Vatten och natur", "Fosforhalt i Ottersjön", "µg/l", 2018, 41, 33, 29, "<=", 30),
    ("V3", "Vatten och natur", "Enskilda avlopp som uppfyller kraven", "%", 2020, 58, 67, 71, ">=", 90),
    ("G1", "Giftfri vardag", "Ekologiska livsmedel i kommunens kök", "%", 2019, 28, 36, 34, ">=", 50),
    ("G2", "Giftfri vardag", "Förskolor som har gjort en kemikaliesanering", "%", 2020, 20, 85, 100, ">=", 100),
]
D_DECIMAL = {"K1", "V1"}            # indicators printed with one decimal
D_STABLE = 0.02                     # a relative change below 2 % is "oförändrad"
D_PASSAGE = ("Energianvändningen ökade 2026 eftersom den nya simhallen togs i drift i februari och vintern var "
             "kallare än normalt.")
D_NEXT = [
    "Energieffektivisering i de tio lokaler som använder mest energi per kvadratmeter.",
    "En plan för fler ekologiska livsmedel i upphandlingen av mejeriprodukter och kött.",
    "Två nya naturreservat vid Ottersjön och i Norrskogen bildas under 2027.",
    "Fortsatt tillsyn av enskilda avlopp i Lidsviksåns avrinningsområde.",
]


def d_fmt(ind, v):
    return d1(v) if ind[0] in D_DECIMAL else g(v)


def d_target_text(ind):
    return ("≤ " if ind[8] == "<=" else "≥ ") + d_fmt(ind, ind[9])


def d_trend(ind):
    ch = (ind[7] - ind[6]) / ind[6]
    if abs(ch) < D_STABLE:
        return "oförändrad"
    return "ökar" if ch > 0 else "minskar"


def d_reached(ind):
    return ind[7] <= ind[9] if ind[8] == "<=" else ind[7] >= ind[9]


def d_assess(ind):
    """Uppnått / Rätt riktning / Står still / Fel riktning"""
    if d_reached(ind):
        return "Uppnått"
    t = d_trend(ind)
    if t == "oförändrad":
        return "Står still"
    good = (t == "minskar") == (ind[8] == "<=")
    return "Rätt riktning" if good else "Fel riktning"


def d_row_text(ind):
    return (f"{ind[0]} {ind[2]} {ind[3]} {ind[4]} {d_fmt(ind, ind[5])} {d_fmt(ind, ind[6])} {d_fmt(ind, ind[7])} "
            f"{d_target_text(ind)} {d_trend(ind)}")


def d_ind(code):
    return [i for i in D_INDICATORS if i[0] == code][0]


def d_subitems():
    """[(area, sub-item)] in list order"""
    return [(a, s) for a, subs in D_FOCUS for s in subs]


# =====================================================================================================
# (e) Nävsjö kommun – kommunstyrelsens sammanträdesprotokoll 2027-11-08, §§ 141–147
# =====================================================================================================
# ordinary members: (ledamot, parti, uppdrag, närvaro); substitutes serve for the absent members
E_MEMBERS = [
    ("Anna Nordlöf", "S", "Ordförande", "Närvarande"),
    ("Lars Fredén", "M", "1:e vice ordförande", "Närvarande"),
    ("Dragan Olofsson", "S", "Ledamot", "Närvarande"),
    ("Nina Falk", "S", "Ledamot", "Frånvarande"),
    ("Olle Dahlberg", "M", "Ledamot", "Närvarande"),
    ("Frida Axelsson", "M", "Ledamot", "Frånvarande"),
    ("Ann-Sofie Dalin", "SD", "2:e vice ordförande", "Närvarande"),
    ("Leif Olausson", "SD", "Ledamot", "Närvarande"),
    ("Daniel Forsman", "C", "Ledamot", "Närvarande"),
    ("Lena Amundsen", "KD", "Ledamot", "Närvarande"),
    ("Ola Fransson", "V", "Ledamot", "Frånvarande"),
]
E_SUBSTITUTES = [   # (ersättare, parti, tjänstgör för)
    ("Fredrik Adolfsson", "S", "Nina Falk"),
    ("Lotta Nyström", "M", "Frida Axelsson"),
    ("Nadja Levin", "V", "Ola Fransson"),
]
E_DATE = _dt.date(2027, 11, 8)
E_ADJUST = _dt.date(2027, 11, 12)
E_POSTED = _dt.date(2027, 11, 15)
E_TAKEN_DOWN = _dt.date(2027, 12, 7)
E_JUSTERARE = "Daniel Forsman"
# § 142 economic follow-up (mnkr)
E_ECON = {"budget_result": 22.0, "forecast_result": 14.6, "nettokostnad_avvikelse": -11.8, "skatter": 4.4,
          "inv_budget": 240.0, "inv_forecast": 186.4}
# § 143 the preschool Ollonbacken: the numbered att-list
E_PRESCHOOL = {"invest": 46.0, "inventarier": 4.5, "drift": 9.8, "platser": 120, "avdelningar": 6,
               "oppnar": "augusti 2029"}
E_ATT_143 = [
    f"att godkänna förstudien för en ny förskola i Ollonbacken med sex avdelningar och "
    f"{E_PRESCHOOL['platser']} platser,",
    f"att anvisa en investeringsram om {d1(E_PRESCHOOL['invest'])} mnkr, varav {d1(E_PRESCHOOL['inventarier'])} "
    "mnkr för inventarier och utemiljö,",
    "att ge tekniska nämnden i uppdrag att upphandla och uppföra förskolan,",
    f"att barn- och utbildningsnämnden kompenseras för de ökade driftkostnaderna med "
    f"{d1(E_PRESCHOOL['drift'])} mnkr per år från det år förskolan öppnar, samt",
    "att förskolorna Nyhagen och Dalbacken avvecklas när den nya förskolan har tagits i bruk.",
]
# votes: § -> (ja, nej)
E_VOTES = {143: (7, 4), 144: (6, 5)}
E_NEJ_143 = ["Ann-Sofie Dalin", "Leif Olausson", "Lena Amundsen", "Nadja Levin"]
E_NEJ_144 = ["Ann-Sofie Dalin", "Leif Olausson", "Daniel Forsman", "Lena Amundsen", "Nadja Levin"]
E_PASSAGE = ("Vi anser att behovet av förskoleplatser kan lösas genom att bygga ut de befintliga förskolorna, "
             "vilket blir billigare för kommunen.")
E_SENIOR = {"kostnad": 3.2, "resor": 41000}     # § 144 motion on free bus travel for pensioners


def e_serving():
    """the eleven who took part in the decisions"""
    present = [m[0] for m in E_MEMBERS if m[3] == "Närvarande"]
    return present + [s[0] for s in E_SUBSTITUTES]


def e_party(name):
    for m in E_MEMBERS:
        if m[0] == name:
            return m[1]
    for s in E_SUBSTITUTES:
        if s[0] == name:
            return s[1]
    raise KeyError(name)


def e_member_row_text(m):
    return f"{m[0]} {m[1]} {m[2]} {m[3]}"


def e_sub_row_text(s):
    return f"{s[0]} {s[1]} Ersättare Tjänstgör för {s[2]}"


# =====================================================================================================
# (f) Orvika kommun – kultur- och fritidsnämnden: föreningsbidrag 2027 (page 2 is a SCANNED image)
# =====================================================================================================
F_FRAME = 680000            # nämndens ram för föreningsbidrag 2027, kr
F_FRAME_2026 = 650000
F_DEADLINE = _dt.date(2027, 2, 15)
F_SKRIVELSE = _dt.date(2027, 3, 8)
F_MEETING = _dt.date(2027, 3, 22)
F_SIGNED = _dt.date(2027, 3, 5)
# (förening, bidragsform, sökt kr, beviljat kr, beslut)
F_GRANTS = [
    ("Orvika IF", "Verksamhetsbidrag", 85000, 85000, "Bifall"),
    ("Orvika IF", "Lokalbidrag", 120000, 96000, "Delvis bifall"),
    ("Alnäs Ridklubb", "Lokalbidrag", 140000, 140000, "Bifall"),
    ("Dansföreningen Fyrtakt", "Verksamhetsbidrag", 18000, 18000, "Bifall"),
    ("Fiskeklubben Laxöringen", "Verksamhetsbidrag", 12000, 9000, "Delvis bifall"),
    ("Filmklubben Fyrljuset", "Arrangemangsbidrag", 25000, 0, "Avslag"),
    ("Orvika Skytteförening", "Lokalbidrag", 64000, 64000, "Bifall"),
    ("Nolåsens bygdegårdsförening", "Lokalbidrag", 58000, 58000, "Bifall"),
    ("Nolåsens bygdegårdsförening", "Arrangemangsbidrag", 30000, 20000, "Delvis bifall"),
    ("Orvika Konstförening", "Arrangemangsbidrag", 15000, 15000, "Bifall"),
    ("Dragspelsklubben Durspel", "Verksamhetsbidrag", 9500, 9500, "Bifall"),
    ("Ankarets scoutkår", "Verksamhetsbidrag", 42000, 42000, "Bifall"),
    ("Nordvallens skidklubb", "Lokalbidrag", 36000, 0, "Avslag"),
    ("Aktiva seniorer i Orvika", "Verksamhetsbidrag", 16000, 12000, "Delvis bifall"),
    ("Orvika Ungdomsorkester", "Verksamhetsbidrag", 28000, 28000, "Bifall"),
    ("Lidens hembygdsförening", "Lokalbidrag", 48000, 48000, "Bifall"),
]
F_KINDS = ["Verksamhetsbidrag", "Lokalbidrag", "Arrangemangsbidrag"]
F_NOTES = [
    "Anm. 1. Lokalbidraget till Orvika IF har begränsats till 80 procent av hyran, eftersom klubbstugan hyrs ut "
    "till andra under sommaren.",
    "Anm. 2. Nordvallens skidklubb lämnade sin ansökan efter sista ansökningsdag och har därför fått avslag.",
    "Anm. 3. Filmklubben Fyrljuset har fått avslag eftersom visningarna bara är öppna för dem som har köpt "
    "säsongskort.",
]
F_PASSAGE = ("Lokalbidraget till Orvika IF har begränsats till 80 procent av hyran, eftersom klubbstugan hyrs ut "
             "till andra under sommaren.")
# p. 3: beviljade bidrag per bidragsform 2024–2026, kr (the 2027 column is NOT repeated in the text layer)
F_HISTORY = [
    ("Verksamhetsbidrag", 201000, 207500, 214000),
    ("Lokalbidrag", 352000, 366000, 378500),
    ("Arrangemangsbidrag", 37000, 38500, 41000),
]


def f_sum(col, kind=None):
    return sum(r[col] for r in F_GRANTS if kind is None or r[1] == kind)


def f_counts():
    n = len(F_GRANTS)
    assoc = len({r[0] for r in F_GRANTS})
    bif = sum(1 for r in F_GRANTS if r[4] == "Bifall")
    dlv = sum(1 for r in F_GRANTS if r[4] == "Delvis bifall")
    avs = sum(1 for r in F_GRANTS if r[4] == "Avslag")
    return n, assoc, bif, dlv, avs


def f_rest():
    return F_FRAME - f_sum(3)


def f_hist_total(k):
    return sum(r[k] for r in F_HISTORY)


def f_scan_row(r):
    return f"{r[0]} {r[1]} {g(r[2])} {g(r[3])} {r[4]}"


def f_scan_blocks():
    """blocks for scan29.render_scan: bilaga 1, the proposed distribution as signed by the förvaltning"""
    n, assoc, bif, dlv, avs = f_counts()
    rows = [["Förening", "Bidragsform", "Sökt belopp, kr", "Beviljat belopp, kr", "Beslut"]]
    for r in F_GRANTS:
        rows.append([r[0], r[1], g(r[2]), g(r[3]), r[4]])
    rows.append(["Summa", "", g(f_sum(2)), g(f_sum(3)), ""])
    return [
        ("tab", "BILAGA 1"),
        ("h", "ORVIKA KOMMUN"),
        ("small", "Kultur- och fritidsförvaltningen\tDnr KFN 2027/14"),
        ("rule", ""),
        ("h", "Föreningsbidrag 2027 – förslag till fördelning"),
        ("p", f"Ansökningar som kommit in senast {dmy(F_DEADLINE)}. Beloppen avser bidragsåret 2027."),
        ("gtable", rows),
        ("p", f"Antal ansökningar: {n} från {assoc} föreningar, varav bifall {bif}, delvis bifall {dlv} och "
              f"avslag {avs}."),
        *[("note", t) for t in F_NOTES],
        ("sp", ""),
        ("sign", f"Orvika {F_SIGNED.isoformat()}\tOskar Lindahl, fritidskonsulent"),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style == "sp":
            continue
        if style == "gtable":
            for row in t:
                out.append(" ".join(c for c in row if c))
            continue
        if style == "rule":
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
