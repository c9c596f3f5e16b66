"""Table rows, list items and text of the six synthetic21 documents. The build scripts draw from these and check.py
recomputes the expected items of every list question from them. Derived values are computed here: risk values
(S × K), the counts per frequency and risk level and the controls per reporting body (a); the weighted municipal
totals of merit rating and eligibility, the year-9 pupil counts and the changes per school (b); the vote counts per
answer and per party, and the motions per party (c); the sector totals, the changes in per cent, the 2030 target
and the energy use per square metre (d); the year totals and the changes against the same quarter of the previous
year (e); the sums of sought, proposed and decided grants and the text of the scanned protocol page (f), whose facts
check.py verifies against this file because that page has no text layer."""

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def grp(n):
    """12500 -> '12 500', -1250 -> '−1 250'."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return ("\u2212" + s) if n < 0 else s


def dec(x, d=1, plus=False):
    s = f"{abs(x):,.{d}f}".replace(",", " ").replace(".", ",")
    if x < 0 and float(s.replace(" ", "").replace(",", ".")) != 0:
        return "\u2212" + s
    if plus and x > 0:
        return "+" + s
    return s


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def pct(new, old):
    return r1((new - old) / old * 100)


# ---------------------------------------------------------------- (a) Draggsund, internkontrollplan 2027
# förvaltning -> rows (nr, process/rutin, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, rapporteras till)
A_FREQ = ["Månadsvis", "Per tertial", "Årligen"]
A_GROUPS = [
    ("Kommunledningsförvaltningen", [
        (1, "Löneutbetalning", "Felaktiga eller obehöriga löneutbetalningar, till exempel lön efter avslutad "
         "anställning", 3, 3, "Stickprov av utbetalningar till medarbetare som har slutat under perioden",
         "Stickprov, 20 anställda per tillfälle", "Per tertial", "Lönechef", "Kommunstyrelsen"),
        (2, "Leverantörsregister", "Ändrade bankuppgifter leder till att betalningar går till bedragare", 2, 4,
         "Kontroll att varje ändring av bankgiro har verifierats med leverantören", "Logggranskning av samtliga "
         "ändringar", "Månadsvis", "Ekonomichef", "Kommunstyrelsen"),
        (3, "Representation", "Representation saknar angivet syfte eller deltagarförteckning", 3, 2,
         "Granskning av verifikationer för extern och intern representation", "Stickprov, 15 verifikationer",
         "Per tertial", "Ekonomichef", "Kommunstyrelsens arbetsutskott"),
        (4, "Behörigheter i IT-system", "Behörigheter i verksamhetssystemen tas inte bort när anställda slutar", 3,
         4, "Avstämning av aktiva konton mot personalsystemet", "Registeruttag och avstämning", "Per tertial",
         "IT-chef", "Kommunstyrelsen"),
        (5, "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras inte enligt riktlinjen", 3, 3,
         "Kontroll att dokumentation finns för köp över 100 tkr", "Stickprov, 10 inköp", "Årligen",
         "Upphandlingschef", "Kommunstyrelsen"),
    ]),
    ("Samhällsbyggnadsförvaltningen", [
        (6, "Bygglovshantering", "Handläggningstiden för bygglov överskrider den lagstadgade tiden på tio veckor",
         3, 3, "Uppföljning av handläggningstiden för beviljade bygglov", "Registeruttag ur ärendesystemet",
         "Månadsvis", "Bygglovschef", "Samhällsbyggnadsnämnden"),
        (7, "VA-avgifter", "Anslutningsavgifter för vatten och avlopp faktureras inte", 2, 3,
         "Avstämning av nya anslutningar mot fakturerade avgifter", "Avstämning mot anslutningsregistret",
         "Årligen", "VA-chef", "Samhällsbyggnadsnämnden"),
        (8, "Livsmedelskontroll", "Planerade kontroller av livsmedelsverksamheter genomförs inte", 3, 2,
         "Jämförelse mellan genomförda och planerade kontroller", "Registeruttag", "Per tertial", "Miljöchef",
         "Samhällsbyggnadsnämnden"),
        (9, "Drivmedelskort", "Drivmedelskort används för privata inköp", 2, 3,
         "Granskning av tankningar mot körjournaler", "Stickprov, tre fordon", "Månadsvis", "Gatuchef",
         "Förvaltningschef"),
    ]),
    ("Barn- och utbildningsförvaltningen", [
        (10, "Skolplikt och frånvaro", "Elevers långvariga frånvaro uppmärksammas inte i tid", 3, 4,
         "Kontroll att frånvaro över 20 procent har utretts", "Registeruttag och granskning av utredningar",
         "Månadsvis", "Rektorer", "Barn- och utbildningsnämnden"),
        (11, "Kränkande behandling", "Anmälningar om kränkande behandling utreds inte skyndsamt", 3, 4,
         "Granskning av tid från anmälan till avslutad utredning", "Registeruttag", "Per tertial",
         "Förvaltningschef", "Barn- och utbildningsnämnden"),
        (12, "Förskoleavgifter", "Felaktiga avgifter på grund av inaktuella inkomstuppgifter", 3, 2,
         "Inkomstkontroll mot uppgifter från Skatteverket", "Maskinell matchning", "Årligen",
         "Chef för barnomsorgsadministrationen", "Barn- och utbildningsnämnden"),
        (13, "Skolskjuts", "Skolskjuts beviljas utan att kriterierna i riktlinjen är uppfyllda", 2, 3,
         "Granskning av beviljade ansökningar om skolskjuts", "Stickprov, 25 beslut", "Årligen",
         "Skolskjutssamordnare", "Barn- och utbildningsnämnden"),
    ]),
    ("Socialförvaltningen", [
        (14, "Ekonomiskt bistånd", "Bistånd betalas ut på felaktiga grunder", 3, 3,
         "Kontroll av underlag vid nybeslut om ekonomiskt bistånd", "Stickprov, 20 akter", "Per tertial",
         "Enhetschef försörjningsstöd", "Socialnämnden"),
        (15, "Orosanmälningar", "Förhandsbedömning görs inte inom 14 dagar", 3, 4,
         "Uppföljning av tiden till beslut om att inleda utredning", "Registeruttag", "Månadsvis",
         "Enhetschef barn och familj", "Socialnämnden"),
        (16, "Brukares privata medel", "Brukares kontanter hanteras utan kvittens", 2, 4,
         "Granskning av kassaböcker på särskilda boenden", "Stickprov, fyra boenden", "Per tertial",
         "Verksamhetschef äldreomsorg", "Socialnämnden"),
        (17, "Läkemedelshantering", "Avvikelser i läkemedelshanteringen rapporteras inte", 3, 3,
         "Genomgång av avvikelserapporter", "Granskning i avvikelsesystemet", "Per tertial",
         "Medicinskt ansvarig sjuksköterska", "Socialnämnden"),
        (18, "Timanställdas arbetstid", "Timanställda arbetar mer än arbetstidslagen och avtalet tillåter", 4, 3,
         "Kontroll av arbetad tid mot schema och dygnsvila", "Registeruttag ur schemasystemet", "Månadsvis",
         "HR-specialist", "Kommunstyrelsen"),
    ]),
]
A_HIGH = 9            # riskvärde 9–16 = hög risk
A_VERY_HIGH = 12      # riskvärde 12 or more: reported in every tertial report (p1 text)
A_REPORTS = [("Tertialrapport 1", "2027-05-26"), ("Tertialrapport 2", "13 oktober 2027"),
             ("Årsrapport intern kontroll", "2028-02-23")]


def a_rows():
    return [(g, r) for g, rs in A_GROUPS for r in rs]


def a_rv(r):
    return r[3] * r[4]


def a_rvtext(r):
    return f"{a_rv(r)} ({r[3]} × {r[4]})"


def a_counts():
    rows = [r for _, r in a_rows()]
    freq = {f: sum(1 for r in rows if r[7] == f) for f in A_FREQ}
    high = sum(1 for r in rows if a_rv(r) >= A_HIGH)
    vhigh = sum(1 for r in rows if a_rv(r) >= A_VERY_HIGH)
    return len(rows), freq, high, vhigh


# ---------------------------------------------------------------- (b) Getryd, kvalitetsrapport grundskola 2026
B_YEARS = [2024, 2025, 2026]
# school -> (huvudman, pupils in year 9 per year, meritvärde (fl, po, tot) per year, behörighet yrkesprogram % 2025,
# 2026); None = ".." (fewer than ten pupils in the group)
B_SCHOOLS = [
    ("Getrydsskolan", "K", (61, 66, 64), [(238.1, 209.4, 223.0), (236.5, 212.8, 224.1), (241.2, 214.0, 227.3)],
     (88.7, 90.6)),
    ("Dalhemsskolan", "K", (14, 19, 18), [(None, None, 205.6), (221.0, 196.4, 208.2), (219.8, 201.3, 210.0)],
     (81.3, 77.8)),
    ("Tornhagsskolan", "K", (74, 69, 71), [(229.4, 205.1, 216.8), (233.7, 207.9, 220.2), (227.5, 203.6, 214.9)],
     (86.2, 84.5)),
    ("Kyrkbyskolan", "K", (26, 21, 23), [(226.0, 199.5, 212.4), (218.3, 190.2, 203.7), (224.9, 197.7, 210.6)],
     (78.9, 82.6)),
    ("Mellanbyskolan", "K", (45, 50, 47), [(244.8, 221.6, 232.9), (246.1, 219.3, 232.0), (248.3, 223.1, 235.2)],
     (93.5, 93.6)),
    ("Bokelundsskolan", "K", (41, 37, 39), [(215.7, 188.3, 201.6), (219.9, 192.0, 205.5), (213.4, 186.2, 199.0)],
     (79.4, 76.9)),
    ("Kompassens friskola", "F", (27, 29, 28), [(252.0, 230.4, 241.5), (249.6, 228.8, 239.1),
                                                (255.3, 233.9, 244.6)], (96.3, 96.4)),
]
# municipal girls / boys values (from the register; the totals are computed as pupil-weighted means)
B_KOMMUN_FLPO = [(233.4, 207.9), (234.2, 208.1), (236.0, 209.7)]
B_RIKET = ([(240.6, 218.9, 229.4), (241.3, 219.8, 230.2), (242.0, 220.5, 230.9)], (85.9, 86.2))
# key figures (label, unit, 2024, 2025, 2026)
B_BEH_2024 = 85.8   # municipal eligibility 2024 (only in the key-figure block)
B_KEY = [
    ("Elever i grundskolan (F–9)", "antal", 2412, 2438, 2451),
    ("Andel lärare med legitimation och behörighet, %", "procent", 79.4, 77.8, 80.1),
    ("Elever per lärare (heltidstjänst)", "antal", 12.1, 12.4, 12.2),
    ("Kostnad per elev, kr", "kr", 117300, 121900, 126400),
]


def b_n(year):
    i = B_YEARS.index(year)
    return sum(s[2][i] for s in B_SCHOOLS)


def b_kommun_tot(year):
    i = B_YEARS.index(year)
    return r1(sum(s[2][i] * s[3][i][2] for s in B_SCHOOLS) / b_n(year))


def b_kommun_beh(k):
    """k = 0 for 2025, 1 for 2026"""
    i = k + 1
    return r1(sum(s[2][i] * s[4][k] for s in B_SCHOOLS) / b_n(B_YEARS[i]))


def b_change(s):
    return r1(s[3][2][2] - s[3][1][2])


# ---------------------------------------------------------------- (c) Tolsvik, kommunfullmäktige 2026-09-21
C_DATE = "2026-09-21"
C_PARTIES = [("S", 14), ("M", 9), ("SD", 8), ("C", 4), ("KD", 3), ("V", 3), ("L", 2), ("MP", 2)]
_FIRST = ["Birgitta", "Bengt", "Britt", "Daniel", "Dragan", "Doris", "Gunnel", "Göran", "Gabriel", "Karin", "Kent",
          "Kristina", "Magnus", "Maja", "Mikael", "Tina", "Torbjörn", "Therese", "Bertil", "Dagny", "Greta", "Klas",
          "Marie", "Tobias", "Berit", "David", "Gustav", "Katarina", "Maria", "Tomas", "Björn", "Diana", "Gert",
          "Kerstin", "Mats", "Tove", "Benny", "Dennis", "Gun", "Kjell", "Monica", "Timo", "Bodil", "Dan", "Gudrun"]
_LAST = ["Bergqvist", "Blomgren", "Dahlin", "Danielsson", "Gustavsson", "Granqvist", "Karlsson", "Kvist",
         "Mattsson", "Magnusson", "Molin", "Törnberg", "Thorsell", "Bäckström", "Dufva", "Grönlund", "Krantz",
         "Modig", "Tegnér", "Berglöf", "Dahlgren", "Göransson", "Kjellberg", "Modin", "Tidblad", "Brandt", "Dalén",
         "Gyllén", "Kronqvist", "Mårtensson", "Tallberg", "Boman", "Dyberg", "Gerdin", "Kullberg", "Malmgren",
         "Trygg", "Bohlin", "Dahlström", "Grahn", "Kämpe", "Mossberg", "Tunberg", "Bengtsson", "Durén"]
C_MEMBERS = []   # (name, party)
_k = 0
for _party, _n in C_PARTIES:
    for _j in range(_n):
        C_MEMBERS.append((f"{_FIRST[_k]} {_LAST[(_k * 17) % 45]}", _party))
        _k += 1
# vote on § 92: Ja = kommunstyrelsens förslag, Nej = avslag; one member absent
C_ABSENT = [m for m in C_MEMBERS if m[1] == "S"][-1][0]


def _vote(name, party, idx):
    if name == C_ABSENT:
        return "Frånvarande"
    if party in ("S", "C", "L", "MP"):
        return "Ja"
    if party == "KD":
        return "Ja" if idx < 2 else "Nej"
    if party in ("M", "SD"):
        return "Nej"
    if party == "V":
        return "Nej" if idx == 0 else "Avstår"


C_VOTES = []     # (name, party, vote)
_seen = {}
for _name, _party in C_MEMBERS:
    _i = _seen.get(_party, 0)
    _seen[_party] = _i + 1
    C_VOTES.append((_name, _party, _vote(_name, _party, _i)))
C_CHAIR = [m for m in C_MEMBERS if m[1] == "S"][0][0]


def c_count(v):
    return sum(1 for x in C_VOTES if x[2] == v)


C_SIMHALL = (212.0, 248.5)      # investment in mnkr: budget 2025 decision, now proposed
C_BORGEN = (640.0, 780.0)       # borgensram Tolsviks Bostäder AB, mnkr
C_DELAR = (38.4, 21.0)          # delårsresultat jan–aug vs budgeterat resultat för helåret, mnkr
# new motions in § 96: (title, author, party)
def _member(party, i):
    return [m for m in C_MEMBERS if m[1] == party][i][0]


C_MOTIONS = [
    ("Motion om gratis sommarlovsaktiviteter för alla barn i årskurs 1–6", _member("V", 0), "V"),
    ("Motion om att införa medborgarbudget för landsbygdens föreningar och byalag", _member("C", 1), "C"),
    ("Motion om utökad kameraövervakning vid resecentrum och i centrala Tolsvik", _member("M", 0), "M"),
    ("Motion om att sänka hastigheten till 30 km/tim förbi samtliga skolor", _member("MP", 0), "MP"),
    ("Motion om en oberoende granskning av kommunens lokalkostnader", _member("M", 3), "M"),
    ("Motion om fler platser i korttidsboende för äldre under sommaren", _member("SD", 2), "SD"),
    ("Motion om att kommunens kök ska servera mer närproducerad mat", _member("KD", 0), "KD"),
]


# ---------------------------------------------------------------- (d) Blidsta, klimat- och miljöredovisning 2026
D_YEARS = [2010, 2022, 2023, 2024]
# sector -> emissions in ton CO2e per year, 2030 target (None = no sector target), note number
D_SECTORS = [
    ("Transporter", (61840, 47310, 45980, 44120), 18550, 1),
    ("Arbetsmaskiner", (9420, 8150, 8310, 8060), None, None),
    ("Jordbruk", (22610, 20940, 20480, 20730), None, 2),
    ("Industri (energi och processer)", (18370, 9880, 9210, 6940), None, 3),
    ("El och fjärrvärme", (6250, 2140, 1980, 2060), None, None),
    ("Egen uppvärmning av bostäder och lokaler", (7930, 2860, 2710, 2590), None, None),
    ("Avfall och avlopp", (3120, 1760, 1690, 1650), None, None),
    ("Produktanvändning", (1480, 1390, 1420, 1380), None, None),
]
D_TARGET_CUT = 63          # the municipal goal: −63 % from 2010 to 2030
D_TRANSPORT_CUT = 70       # transport goal: −70 % from 2010
# energy use in the municipality's own premises: category, buildings, Atemp m², MWh 2023, 2024, 2025
D_ENERGY = [
    ("Förskolor", 14, 18600, 2418, 2362, 2291),
    ("Grundskolor", 11, 52300, 6170, 6012, 5873),
    ("Gymnasieskola", 1, 14900, 1952, 1871, 1902),
    ("Särskilda boenden", 6, 31200, 5148, 5066, 4930),
    ("Idrottshallar och bad", 5, 16400, 4372, 4455, 4287),
    ("Kontor och förvaltning", 4, 9800, 1106, 1059, 1012),
    ("Övriga lokaler", 9, 7300, 964, 941, 958),
]


def d_total(i):
    return sum(s[1][i] for s in D_SECTORS)


def d_change(vals, a=0, b=3):
    return pct(vals[b], vals[a])


def d_target_total():
    return int(round(d_total(0) * (100 - D_TARGET_CUT) / 100, -1))


def d_kwh(e):
    return r1(e[5] * 1000 / e[2])


def d_energy_tot(i):
    return sum(e[i] for e in D_ENERGY)


# ---------------------------------------------------------------- (e) Kullsta, kvartalsuppföljning IFO 2026
# group -> rows (key figure, kind: "snitt" / "summa" / "slut", [(2026, 2025) for kv 1..4])
E_GROUPS = [
    ("Ekonomiskt bistånd", [
        ("Hushåll med ekonomiskt bistånd, antal (snitt per månad)", "snitt",
         [(412, 389), (398, 381), (405, 377), (421, 394)]),
        ("Utbetalt ekonomiskt bistånd, tkr", "summa", [(8930, 8140), (8610, 7980), (8840, 7910), (9270, 8420)]),
        ("Väntetid till nybesök, dagar (snitt)", "snitt", [(11, 14), (9, 13), (12, 12), (8, 15)]),
    ]),
    ("Barn och unga", [
        ("Inkomna orosanmälningar, antal", "summa", [(186, 171), (204, 188), (163, 170), (211, 192)]),
        ("Inledda utredningar, antal", "summa", [(58, 61), (66, 57), (49, 52), (71, 63)]),
        ("Utredningstid, dagar (snitt)", "snitt", [(104, 112), (98, 109), (111, 106), (95, 101)]),
        ("Placerade barn och unga vid kvartalets slut, antal", "slut", [(34, 29), (36, 31), (37, 30), (35, 33)]),
        ("varav i HVB, antal", "slut", [(6, 4), (7, 5), (7, 6), (5, 6)]),
    ]),
    ("Vuxna", [
        ("Placeringar för vuxna med missbruk vid kvartalets slut, antal", "slut",
         [(9, 7), (11, 8), (10, 9), (12, 8)]),
        ("Väntetid till första samtal på beroendemottagningen, dagar (snitt)", "snitt",
         [(6, 9), (5, 8), (7, 7), (4, 10)]),
        ("Placeringar i skyddat boende vid kvartalets slut, antal", "slut", [(3, 2), (4, 3), (2, 4), (3, 3)]),
    ]),
]
# measures on the two-column page: heading -> items
E_MEASURES = [
    ("Ekonomiskt bistånd", [
        "Ett arbetsmarknadsteam med två coacher från Kompetenscentrum Kullsta tar emot alla nya sökande som står "
        "nära arbetsmarknaden inom tre veckor.",
        "Digital ansökan om ekonomiskt bistånd införs i mars 2027 och beräknas korta väntetiden till nybesök med "
        "ytterligare några dagar.",
        "Hushåll som har haft bistånd i mer än tio månader får en gemensam planering med Arbetsförmedlingen och "
        "vuxenutbildningen.",
    ]),
    ("Barn och unga", [
        "Familjebehandlarna på Tallbackas familjecentral erbjuder öppna insatser utan biståndsbeslut, så att färre "
        "barn behöver placeras.",
        "Rekryteringen av egna familjehem förstärks med en kampanj under våren 2027 och ett mål om sex nya "
        "familjehem under året.",
        "Utredningstiden följs upp varje vecka i enhetens ledningsgrupp och ska understiga 100 dagar.",
    ]),
    ("Vuxna", [
        "Beroendemottagningen utökar sina öppettider till två kvällar i veckan från februari 2027.",
        "Ett samarbete med Blåsippans stödboende ska ersätta en del av de externa placeringarna för vuxna med "
        "missbruk.",
    ]),
    ("Personal och ledning", [
        "Två vakanta socialsekreterartjänster inom barn och unga tillsätts, och användningen av inhyrda konsulter "
        "ska upphöra under första halvåret 2027.",
        "Handläggarna får en gemensam introduktion i dokumentation och den nya socialtjänstlagen.",
    ]),
]


def e_rows():
    return [(g, r) for g, rs in E_GROUPS for r in rs]


def e_year(row, k):
    """full-year value: sum for 'summa', mean for 'snitt', the kv 4 value for 'slut'. k = 0 (2026) or 1 (2025)."""
    vals = [q[k] for q in row[2]]
    if row[1] == "summa":
        return sum(vals)
    if row[1] == "snitt":
        return r1(sum(vals) / 4)
    return vals[3]


# ---------------------------------------------------------------- (f) Bramsnäs, investeringsbidrag 2027
F_RAM = 950000
# förening, ändamål, sökt kr, förvaltningens förslag kr, beviljat kr (decided by the nämnd, scanned page)
F_APPS = [
    ("Bramsnäs IF", "Belysning på träningsplanen vid Bramsvallen", 240000, 180000, 180000),
    ("Dalkärrs Skytteförening", "Nya säkerhetsvallar vid skyttebanan", 85000, 40000, 70000),
    ("Brattåsens bygdegårdsförening", "Nytt tak på bygdegården", 310000, 250000, 250000),
    ("Bramsnäs Ridklubb", "Nytt underlag i ridhuset", 150000, 120000, 120000),
    ("Dyrvikens Båtklubb", "Renovering av gästbryggan", 96000, 96000, 96000),
    ("Gökhults IK", "Renovering av omklädningsrummen", 275000, 200000, 200000),
    ("Tornlyckans scoutkår", "Ny förrådsbod vid scoutstugan", 64000, 0, 0),
    ("Backens Bordtennisklubb", "Nya bord och golvmattor", 48000, 30000, 30000),
]
F_DATES = [("Sista ansökningsdag", "30 september 2026"), ("Beslut i kultur- och fritidsnämnden", "2026-11-18"),
           ("Utbetalning av 50 procent av bidraget", "februari 2027"),
           ("Redovisning av genomförd investering", "30 november 2027")]


def f_sum(k):
    return sum(a[k] for a in F_APPS)


def f_changed():
    return [a for a in F_APPS if a[3] != a[4]]


F_SCAN = [
    ("small", "BRAMSNÄS KOMMUN\tPROTOKOLLSUTDRAG"),
    ("small", "Kultur- och fritidsnämnden\tSammanträdesdatum 2026-11-18"),
    ("rule", ""),
    ("h", "§ 74   Investeringsbidrag till föreningar 2027"),
    ("small", "Dnr KFN 2026/61"),
    ("sp", ""),
    ("b", "Ärendebeskrivning"),
    ("p", "Åtta föreningar har ansökt om investeringsbidrag för 2027. Förvaltningen har berett ansökningarna enligt "
          "riktlinjerna och lämnat förslag till fördelning inom ramen på 950 000 kr."),
    ("b", "Yrkanden"),
    ("p", "Kerstin Malmgren (C) yrkar att Dalkärrs Skytteförening beviljas 70 000 kr, med motiveringen att "
          "skyttebanans säkerhetsvallar måste åtgärdas för att banan ska få behålla sitt tillstånd från "
          "polismyndigheten. Ordföranden Tomas Bergqvist (S) yrkar bifall till förvaltningens förslag."),
    ("b", "Beslutsgång"),
    ("p", "Ordföranden ställer först förvaltningens förslag i övrigt under proposition och finner det bifallet. "
          "Därefter ställer ordföranden Kerstin Malmgrens yrkande mot förvaltningens förslag för Dalkärrs "
          "Skytteförening och finner att nämnden har bifallit Kerstin Malmgrens yrkande."),
    ("b", "Beslut"),
    ("p", "Kultur- och fritidsnämnden beslutar"),
    ("att", "att fördela investeringsbidrag för 2027 enligt tabellen nedan, sammanlagt 946 000 kr,"),
    ("att", "att avslå ansökan från Tornlyckans scoutkår eftersom förrådsboden inte är öppen för allmänheten,"),
    ("att", "att bidraget betalas ut enligt riktlinjerna när föreningen har visat att finansieringen är klar."),
    ("table", ""),
    ("b", "Reservation"),
    ("p", "Mats Dahlin (M) reserverar sig mot beslutet om Dalkärrs Skytteförening till förmån för förvaltningens "
          "förslag."),
    ("sp", ""),
    ("sign", "Tomas Bergqvist, ordförande\tKerstin Malmgren, justerare"),
    ("small", "Utdragsbestyrkande: Dagny Kronqvist, nämndsekreterare"),
]
F_STAMP = ("JUSTERAT", "2026-11-23  TB / KM")
F_SCAN_HEAD = ("Förening", "Sökt belopp, kr", "Beviljat belopp, kr")


def f_scan_rows():
    rows = [(a[0], grp(a[2]), grp(a[4]) if a[4] else "0") for a in F_APPS]
    rows.append(("Summa", grp(f_sum(2)), grp(f_sum(4))))
    return rows


def f_scan_text():
    out = [" ".join(F_STAMP)]
    for style, t in F_SCAN:
        if style == "table":
            out.append(" ".join(F_SCAN_HEAD))
            for r in f_scan_rows():
                out.append(" ".join(r))
        elif t:
            out.append(t.replace("\t", " "))
    return "\n".join(out)
