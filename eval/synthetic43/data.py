"""The numbers, rows and list items of the six synthetic43 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (deviations, group sums and totals of
the social services' operating statement, staff totals and weighted sick leave; decision counts of the delegation
list; committee sums, shares, group sums and totals of the investment table, results in per cent of taxes and
self-financing; weighted totals of the elderly-care table; the assessment of each regional indicator and the radar
index per target area; the incident totals, changes and shares of the scanned table and the status counts of the
patient-safety measures; the text of the scanned page) are computed here, never typed twice. The helpers r0/r1/r2,
dmy, g, d1, d2 and pct are copied from ../synthetic42/data.py."""
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
# (a) Kalvsunda kommun – socialnämndens verksamhetsberättelse 2026
# =====================================================================================================
A_GROUPS = ["Individ- och familjeomsorg", "Funktionsstöd", "Äldreomsorg", "Gemensam verksamhet"]
# nettokostnad per verksamhet, mnkr: (grupp, verksamhet, budget 2026, utfall 2026, utfall 2025)
A_ROWS = [
    ("Individ- och familjeomsorg", "Barn och unga", 68.4, 74.9, 71.2),
    ("Individ- och familjeomsorg", "Missbruk och beroende, vuxna", 22.1, 24.6, 23.8),
    ("Individ- och familjeomsorg", "Ekonomiskt bistånd¹", 41.5, 46.2, 43.0),
    ("Individ- och familjeomsorg", "Familjerätt och familjerådgivning", 4.2, 3.9, 3.8),
    ("Individ- och familjeomsorg", "Våld i nära relationer", 3.6, 3.3, 3.1),
    ("Funktionsstöd", "Bostad med särskild service enligt LSS", 96.8, 95.1, 91.4),
    ("Funktionsstöd", "Daglig verksamhet", 38.2, 37.0, 36.1),
    ("Funktionsstöd", "Personlig assistans", 29.5, 33.8, 31.2),
    ("Funktionsstöd", "Socialpsykiatri och boendestöd", 14.7, 14.9, 13.6),
    ("Äldreomsorg", "Särskilt boende", 188.0, 184.6, 179.5),
    ("Äldreomsorg", "Hemtjänst", 126.5, 131.9, 124.8),
    ("Äldreomsorg", "Korttidsvård", 18.3, 17.1, 17.6),
    ("Äldreomsorg", "Dagverksamhet och träffpunkter", 6.9, 6.2, 6.5),
    ("Gemensam verksamhet", "Nämnd och förvaltningsledning", 15.4, 14.8, 14.9),
    ("Gemensam verksamhet", "Gemensam administration och IT", 12.0, 11.6, 11.2),
]
A_NOTE = ("¹ Inklusive kostnaden för arbetsmarknadsinsatser för personer som uppbär försörjningsstöd. Posten "
          "finansieras delvis av statsbidrag.")
# ekonomiskt bistånd and placements (running text, p. 1)
A_HOUSEHOLDS = (571, 612)          # hushåll med ekonomiskt bistånd 2025, 2026
A_HOUSEHOLD_GOAL = 550             # nämndplanens mål: högst 550 hushåll
A_AID_MONTHS = (6.9, 7.4)          # genomsnittlig biståndstid, månader
A_PLACED = (41, 48)                # barn och unga placerade 31 december 2025, 2026
A_PLACED_HVB = (6, 9)              # varav i HVB
A_HOURS = (279400, 298400)         # beviljade hemtjänsttimmar 2025, 2026
A_WAIT = (71, 54)                  # väntetid till särskilt boende, dagar
A_WAIT_GOAL = 60
# personal per verksamhetsområde: (område, tillsvidareanställda 2025, 2026, årsarbetare 2026, sjukfrånvaro % 2025, 2026)
A_STAFF = [
    ("Individ- och familjeomsorg", 142, 148, 139.5, 6.1, 5.4),
    ("Funktionsstöd", 318, 324, 281.0, 8.9, 8.2),
    ("Äldreomsorg", 586, 571, 503.6, 10.4, 9.8),
    ("Gemensam verksamhet", 47, 49, 46.3, 4.2, 3.9),
]
A_SICK_GOAL = 7.0
A_TURNOVER = (12.5, 11.2)          # personalomsättning %, 2025, 2026
A_PASSAGE = ("fler barn och unga behövde placeras under hösten, flera av dem i HVB med särskild kompetens, "
             "eftersom kommunen inte kunde rekrytera tillräckligt många egna familjehem")
A_FOCUS = [     # "Fokus 2027" (bulleted, nested)
    ("Fler egna familjehem", ["rekryteringskampanj tillsammans med grannkommunerna",
                              "utökat stöd och handledning till familjehemmen"]),
    ("Minskat behov av ekonomiskt bistånd", ["arbetsmarknadsenheten tar emot fler deltagare",
                                             "tidigare kontakt med nya sökande"]),
    ("Lägre sjukfrånvaro i äldreomsorgen", ["schemaläggning med fler hela tjänster"]),
]
A_CHAIR = ("Karin Palmqvist", "socialnämndens ordförande")
A_HEAD = ("Ulf Renström", "socialchef")
A_DATE = D(2027, 2, 16)
A_DNR = "SN 2027/18"


def a_rows(group=None):
    return [r for r in A_ROWS if group is None or r[0] == group]


def a_dev(r):
    """avvikelse mot budget = budget − utfall (negative: over budget)"""
    return r1(r[2] - r[3])


def a_sum(group=None):
    rs = a_rows(group)
    b, u, p = (r1(sum(r[k] for r in rs)) for k in (2, 3, 4))
    return b, u, r1(b - u), p


def a_cells(r):
    return [r[1], d1(r[2]), d1(r[3]), d1(a_dev(r), plus=True), d1(r[4])]


def a_text(r):
    return " ".join(a_cells(r))


def a_sum_cells(label, s):
    return [label, d1(s[0]), d1(s[1]), d1(s[2], plus=True), d1(s[3])]


def a_staff_tot():
    n25 = sum(x[1] for x in A_STAFF)
    n26 = sum(x[2] for x in A_STAFF)
    fte = r1(sum(x[3] for x in A_STAFF))
    # sick leave of the whole administration, weighted by the full-time equivalents of 2026
    s25 = r1(sum(x[3] * x[4] for x in A_STAFF) / sum(x[3] for x in A_STAFF))
    s26 = r1(sum(x[3] * x[5] for x in A_STAFF) / sum(x[3] for x in A_STAFF))
    return n25, n26, fte, s25, s26


def a_staff_cells(x):
    return [x[0], g(x[1]), g(x[2]), d1(x[3]), d1(x[4]), d1(x[5])]


def a_staff_text(x):
    return " ".join(a_staff_cells(x))


def a_staff_tot_cells():
    n25, n26, fte, s25, s26 = a_staff_tot()
    return ["Socialförvaltningen totalt", g(n25), g(n26), d1(fte), d1(s25), d1(s26)]


# =====================================================================================================
# (b) Rusnäs kommun – bygg- och miljönämnden: anmälan av delegationsbeslut 1 februari–31 mars 2027 + protokoll
# =====================================================================================================
B_DELEGATES = [("Petra Kjellin", "bygglovshandläggare"), ("Oskar Pihl", "bygglovshandläggare"),
               ("Ronja Gerdin", "byggnadsinspektör"), ("Kim Ulander", "miljöinspektör"),
               ("Gustav Ringborg", "miljö- och byggchef")]
# (ärendenr, fastighet, åtgärd, beslut, beslutsdatum, beslutsfattare, avgift kr or None)
B_ROWS = [
    ("BMN 2027-0031", "Gällby 3:7", "Nybyggnad av enbostadshus och garage", "Beviljas", D(2027, 2, 2),
     "Petra Kjellin", 24850),
    ("BMN 2027-0019", "Pelikanen 3", "Ändrad användning från kontor till bostäder", "Beviljas", D(2027, 2, 3),
     "Oskar Pihl", 31400),
    ("BMN 2027-0044", "Pukebo 1:12", "Installation av eldstad och rökkanal", "Startbesked", D(2027, 2, 5),
     "Ronja Gerdin", 2280),
    ("BMN 2027-0012", "Oxlinge 4:6", "Inrättande av enskild avloppsanläggning", "Tillstånd med villkor",
     D(2027, 2, 8), "Kim Ulander", 7560),
    ("BMN 2027-0038", "Rovan 2", "Fasadändring, byte av fönster", "Beviljas", D(2027, 2, 10), "Oskar Pihl", 5320),
    ("BMN 2027-0050", "Gällby 1:41", "Tillbyggnad av fritidshus", "Avslås", D(2027, 2, 12), "Petra Kjellin", 8900),
    ("BMN 2027-0047", "Kölen 5", "Uppsättning av skylt", "Beviljas", D(2027, 2, 15), "Oskar Pihl", 3040),
    ("BMN 2027-0022", "Ugnen 7", "Rivning av förrådsbyggnad", "Beviljas", D(2027, 2, 16), "Petra Kjellin", 4180),
    ("BMN 2027-0061", "Pukebo 2:3", "Strandskyddsdispens för brygga", "Dispens medges", D(2027, 2, 19),
     "Kim Ulander", 9120),
    ("BMN 2027-0058", "Prosten 11", "Nybyggnad av flerbostadshus med 18 lägenheter", "Startbesked",
     D(2027, 2, 23), "Ronja Gerdin", 46900),
    ("BMN 2027-0066", "Oxlinge 1:9", "Anmälan om värmepump för bergvärme", "Föreläggande", D(2027, 2, 24),
     "Kim Ulander", 2740),
    ("BMN 2027-0070", "Glöden 6", "Nybyggnad av carport", "Beviljas", D(2027, 2, 26), "Oskar Pihl", 6150),
    ("BMN 2027-0009", "Gjutaren 2", "Ändring av bärande konstruktion", "Slutbesked", D(2027, 3, 1),
     "Ronja Gerdin", None),
    ("BMN 2027-0074", "Gällby 2:18", "Förhandsbesked för nybyggnad av enbostadshus", "Avslås", D(2027, 3, 3),
     "Petra Kjellin", 11600),
    ("BMN 2027-0079", "Rektorn 3", "Tillbyggnad av skola med fyra klassrum", "Beviljas", D(2027, 3, 5),
     "Gustav Ringborg", 38200),
    ("BMN 2027-0081", "Pukebo 1:30", "Strandskyddsdispens för bastu", "Dispens medges", D(2027, 3, 8),
     "Kim Ulander", 9120),
    ("BMN 2027-0026", "Kölen 2", "Inglasning av balkonger", "Beviljas", D(2027, 3, 9), "Oskar Pihl", 7480),
    ("BMN 2027-0085", "Oxlinge 4:11", "Rivning av ekonomibyggnad", "Beviljas", D(2027, 3, 11), "Petra Kjellin",
     3960),
    ("BMN 2027-0063", "Ugnen 4", "Installation av hiss", "Startbesked", D(2027, 3, 12), "Ronja Gerdin", 3420),
    ("BMN 2027-0090", "Gällby 3:22", "Nybyggnad av enbostadshus", "Beviljas", D(2027, 3, 16), "Petra Kjellin",
     22340),
    ("BMN 2027-0093", "Rusnäs 8:4", "Nybyggnad av mobilmast, ansökan återkallad", "Avskrivs", D(2027, 3, 18),
     "Gustav Ringborg", None),
    ("BMN 2027-0096", "Pelikanen 8", "Tillbyggnad av enbostadshus", "Avslås", D(2027, 3, 19), "Oskar Pihl", 8900),
    ("BMN 2027-0041", "Rovan 5", "Nybyggnad av komplementbyggnad", "Beviljas", D(2027, 3, 23), "Oskar Pihl", 4870),
    ("BMN 2027-0102", "Oxlinge 2:5", "Inrättande av enskild avloppsanläggning", "Tillstånd med villkor",
     D(2027, 3, 25), "Kim Ulander", 7560),
    ("BMN 2027-0099", "Glöden 2", "Ändrad användning från butik till kafé", "Beviljas", D(2027, 3, 29),
     "Gustav Ringborg", 12300),
    ("BMN 2027-0105", "Pukebo 1:12", "Eldstad och rökkanal, slutbesked", "Slutbesked", D(2027, 3, 31),
     "Ronja Gerdin", None),
]
B_DECISIONS = ["Beviljas", "Avslås", "Startbesked", "Slutbesked", "Tillstånd med villkor", "Dispens medges",
               "Föreläggande", "Avskrivs"]
B_PREV_N = 19                    # beslut i förra redovisningen (december–januari)
B_PERIOD = (D(2027, 2, 1), D(2027, 3, 31))
B_MEETING = D(2027, 4, 14)
B_PRINTED = "2027-04-06 08:12"
B_BREAK_AFTER = ["BMN 2027-0090", "BMN 2027-0105"]   # the last record on each export page (checked by build_b.py)
B_CHAIR = "Per-Olof Grahn"
B_VICE = "Greta Olausson"
B_ADJUSTER = "Kenneth Rosén"
B_MEMBERS = [("Per-Olof Grahn", "C", "ordförande"), ("Greta Olausson", "S", "vice ordförande"),
             ("Kenneth Rosén", "M", "ledamot"), ("Pia Gustafsson", "S", "ledamot"),
             ("Olle Runesson", "KD", "ledamot")]
B_OFFICIALS = [("Gustav Ringborg", "miljö- och byggchef"), ("Rebecka Orre", "nämndsekreterare")]
# § 40 byggsanktionsavgift
B_SANCTION_PROP = "Rovan 7"
B_SANCTION_FULL = 19320          # full avgift, kr
B_SANCTION = 4830                # nedsatt avgift, kr (en fjärdedel)
B_PASSAGE = ("fastighetsägaren självmant sökte bygglov i efterhand innan nämnden hade inlett tillsyn, och "
             "carporten hade kunnat beviljas bygglov om ansökan hade lämnats in i tid")
B_ATT_38 = ["lägga redovisningen av delegationsbeslut för perioden 1 februari–31 mars 2027 till handlingarna"]
B_ATT_40 = [f"ta ut en byggsanktionsavgift på 4 830 kr av ägaren till fastigheten {B_SANCTION_PROP}",
            "avgiften ska betalas till Rusnäs kommun inom två månader från det att beslutet har vunnit laga kraft"]


def b_counts():
    return {s: sum(1 for r in B_ROWS if r[3] == s) for s in B_DECISIONS}


def b_fee_total():
    return sum(r[6] for r in B_ROWS if r[6])


def b_line1(r):
    return [r[0], r[1], r[4].isoformat(), r[5], "–" if r[6] is None else g(r[6])]


def b_line2(r):
    return [r[2], r[3]]


def b_text(r):
    return " ".join(b_line1(r) + b_line2(r))


# =====================================================================================================
# (c) Grönsala kommun – Mål och budget 2027 med plan för 2028–2029
# =====================================================================================================
C_YEARS = [2027, 2028, 2029]
# nettokostnad per nämnd, mnkr: (nämnd, budget 2026, budget 2027, plan 2028, plan 2029)
C_COMMITTEES = [
    ("Kommunstyrelsen", 142.6, 148.9, 151.2, 153.8),
    ("Barn- och utbildningsnämnden", 612.4, 631.7, 640.5, 652.0),
    ("Vård- och omsorgsnämnden", 498.3, 524.6, 541.0, 559.3),
    ("Socialnämnden", 176.5, 181.2, 184.9, 188.4),
    ("Kultur- och fritidsnämnden", 58.9, 57.4, 58.1, 59.0),
    ("Tekniska nämnden", 74.2, 72.8, 74.0, 75.6),
    ("Bygg- och miljönämnden", 16.8, 17.3, 17.7, 18.0),
    ("Överförmyndarnämnden", 4.1, 4.3, 4.4, 4.5),
    ("Revisionen", 2.6, 2.6, 2.7, 2.7),
    ("Valnämnden", 2.1, 0.3, 0.3, 1.6),
]
C_TAX = {2027: 2031.6, 2028: 2094.0, 2029: 2158.7}        # skatteintäkter och generella statsbidrag, mnkr
C_RESULT = {2026: 47.5, 2027: 38.6, 2028: 44.2, 2029: 51.0}  # budgeterat resultat, mnkr (2026: förra årets budget)
C_DEPR = {2027: 64.2, 2028: 68.0, 2029: 71.5}             # avskrivningar, mnkr
C_DEBT = {2027: 54800, 2028: 58900, 2029: 59600}          # låneskuld per invånare, kr
C_GOAL_RESULT = 2.0
C_GOAL_SELFFIN = 80
C_GOAL_DEBT = 60000
C_GROUPS = [("1", "Förskolor och skolor"), ("2", "Vatten och avlopp"), ("3", "Gator, parker och trafik"),
            ("4", "Kultur och fritid"), ("5", "Övriga investeringar")]
# (grupp, projekt, total utgift, budget 2027, plan 2028, plan 2029), mnkr
C_PROJECTS = [
    ("1", "Ny förskola i Rödmossen, sex avdelningar", 68.0, 24.0, 32.0, 6.0),
    ("1", "Tillbyggnad av Porsviks skola", 41.5, 18.5, 20.0, 0.0),
    ("1", "Nytt tillagningskök i Pilgårdens förskola", 6.2, 6.2, 0.0, 0.0),
    ("1", "Inventarier och lärmiljöer", 9.0, 3.0, 3.0, 3.0),
    ("2", "Överföringsledning Grönsala–Porsvik¹", 54.0, 12.0, 14.0, 14.0),
    ("2", "Ombyggnad av Grönsala reningsverk¹", 96.0, 8.0, 30.0, 40.0),
    ("2", "Förnyelse av ledningsnätet", 24.0, 8.0, 8.0, 8.0),
    ("2", "Reservvattentäkt för centralorten", 15.0, 2.0, 6.0, 7.0),
    ("3", "Gång- och cykelväg Grönsala–Porsvik", 18.4, 9.2, 9.2, 0.0),
    ("3", "Trafiksäker skolväg vid Porsviks skola", 3.6, 3.6, 0.0, 0.0),
    ("3", "Beläggningsunderhåll", 22.5, 7.5, 7.5, 7.5),
    ("3", "Upprustning av lekplatser", 4.5, 1.5, 1.5, 1.5),
    ("4", "Konstgräsplan på Rävåsvallen", 9.8, 9.8, 0.0, 0.0),
    ("4", "Ombyggnad av Grönsala simhall", 72.0, 4.0, 28.0, 36.0),
    ("4", "Ny belysning i elljusspåret", 2.4, 0.0, 2.4, 0.0),
    ("5", "IT-investeringar", 12.0, 4.0, 4.0, 4.0),
    ("5", "Energieffektivisering i kommunens lokaler", 15.0, 5.0, 5.0, 5.0),
    ("5", "Fordon och maskiner", 7.5, 2.5, 2.5, 2.5),
]
C_NOTE = ("¹ Total utgift avser hela projektet, även utgifter före 2027 och efter 2029. Projekten inom vatten och "
          "avlopp finansieras med VA-avgifter.")
C_BREAK_AFTER = "Ombyggnad av Grönsala simhall"   # the last project on p. 3 (checked by build_c.py)
C_HISTORY = [("1.0", D(2026, 9, 15), "Förslag från budgetberedningen"),
             ("1.1", D(2026, 10, 13), "Kommunstyrelsens förslag, KS § 142"),
             ("2.0", D(2026, 11, 23), "Beslutad av kommunfullmäktige, KF § 118")]
C_CHAIR = ("Ragnar Kvarfordt", "kommunstyrelsens ordförande")
C_CFO = ("Urban Palm", "ekonomichef")


def c_sum(k):
    return r1(sum(c[k] for c in C_COMMITTEES))


def c_share(c):
    return r1(c[2] / c_sum(2) * 100)


def c_cells(c):
    return [c[0], d1(c[1]), d1(c[2]), d1(c[3]), d1(c[4]), d1(c_share(c))]


def c_text(c):
    return " ".join(c_cells(c))


def c_sum_cells():
    return ["Summa nämnderna", d1(c_sum(1)), d1(c_sum(2)), d1(c_sum(3)), d1(c_sum(4)), "100,0"]


def c_projects(group=None):
    return [p for p in C_PROJECTS if group is None or p[0] == group]


def c_psum(group=None):
    ps = c_projects(group)
    return tuple(r1(sum(p[k] for p in ps)) for k in (2, 3, 4, 5))


def c_pcell(v):
    return "–" if v == 0 else d1(v)


def c_pcells(p):
    return [p[1]] + [c_pcell(v) for v in p[2:6]]


def c_ptext(p):
    return " ".join(c_pcells(p))


def c_psum_cells(label, s):
    return [label] + [c_pcell(v) for v in s]


def c_result_pct(y):
    return r1(C_RESULT[y] / C_TAX[y] * 100)


def c_selffin(y):
    inv = c_psum()[1 + C_YEARS.index(y)]
    return r0((C_RESULT[y] + C_DEPR[y]) / inv * 100)


def c_targets():
    """[(mål, målvärde, [2027, 2028, 2029] as printed, [met?])]"""
    res = [c_result_pct(y) for y in C_YEARS]
    sf = [c_selffin(y) for y in C_YEARS]
    debt = [C_DEBT[y] for y in C_YEARS]
    return [
        ("Årets resultat i procent av skatteintäkter och generella statsbidrag", "minst 2,0 %",
         [d1(v) for v in res], [v >= C_GOAL_RESULT for v in res]),
        ("Självfinansieringsgrad av investeringarna, %", "minst 80 %",
         [str(v) for v in sf], [v >= C_GOAL_SELFFIN for v in sf]),
        ("Låneskuld per invånare, kr", "högst 60 000 kr",
         [g(v) for v in debt], [v <= C_GOAL_DEBT for v in debt]),
    ]


# =====================================================================================================
# (d) Ubbsta kommun – vård- och omsorgsnämnden: äldreomsorgens kvalitetsrapport 2026
# =====================================================================================================
D_TYPES = ["Särskilt boende", "Hemtjänst"]
# (typ, enhet, platser/brukare, nöjdhet % 2025, 2026, personalkontinuitet 2025, 2026, fall 2025, 2026)
D_UNITS = [
    ("Särskilt boende", "Kaprifolen", 32, 84, 88, 12, 11, 46, 39),
    ("Särskilt boende", "Prästgården", 48, 79, 76, 14, 16, 58, 71),
    ("Särskilt boende", "Rönnbäret", 24, 91, 93, 9, 9, 22, 25),
    ("Särskilt boende", "Oxelbacken", 40, 72, 81, 17, 13, 63, 52),
    ("Hemtjänst", "Hemtjänst Centrum", 210, 86, 84, 16, 17, 31, 36),
    ("Hemtjänst", "Hemtjänst Kolsäter", 95, 90, 89, 12, 12, 12, 10),
    ("Hemtjänst", "Hemtjänst Rudbäcken", 140, 83, 87, 19, 15, 18, 23),
]
# riket: (typ, nöjdhet 2025, 2026, kontinuitet 2025, 2026)
D_NATION = {"Särskilt boende": (81, 82, 13, 13), "Hemtjänst": (86, 86, 16, 16)}
D_GOAL = 85                      # nämndens mål för nöjdheten, %
D_PASSAGE = ("boendet i maj öppnade en ny avdelning för personer med demenssjukdom och hög fallrisk, och flera "
             "boende föll upprepade gånger nattetid innan sensorlarm installerades i oktober")
D_NOTES = ["¹ Antal olika medarbetare som en brukare mötte under en 14-dagarsperiod (mätning i oktober). För "
           "särskilt boende avses dag- och kvällspersonal.",
           "² Rapporterade fall i verksamhetssystemet under hela året.",
           "³ Kommunens totalvärden är vägda med antalet platser respektive brukare."]
D_IMPROVE = [
    "Fallprevention med sensorlarm och individuella riskbedömningar på alla särskilda boenden",
    "Mindre personalgrupper i hemtjänsten för att färre personer ska besöka varje brukare",
    "Bättre information om måltider och aktiviteter till de boende och deras anhöriga",
    "Uppföljning av nöjdheten på Prästgården två gånger under året",
]
D_HEAD = ("Rut Karlgren", "vård- och omsorgschef")
D_AUTHOR = ("Roger Kling", "kvalitetsutvecklare")
D_DATE = D(2027, 3, 9)
D_URL = "ubbsta.se/aldreomsorgen/kvalitet"


def d_units(typ=None):
    return [u for u in D_UNITS if typ is None or u[0] == typ]


def d_total(typ):
    us = d_units(typ)
    w = sum(u[2] for u in us)
    vals = [r0(sum(u[2] * u[k] for u in us) / w) for k in (3, 4, 5, 6)]
    falls = [sum(u[k] for u in us) for k in (7, 8)]
    return [w] + vals + falls


def d_cells(u):
    return [u[1], g(u[2])] + [g(v) for v in u[3:9]]


def d_text(u):
    return " ".join(d_cells(u))


def d_total_cells(typ):
    t = d_total(typ)
    return [f"{typ}, totalt³"] + [g(v) for v in t]


def d_nation_cells(typ):
    n = D_NATION[typ]
    return [f"Riket, {typ[0].lower() + typ[1:]}", "–"] + [g(v) for v in n] + ["–", "–"]


# =====================================================================================================
# (e) Region Gälmark – regional utvecklingsstrategi 2021–2030, uppföljning 2026
# =====================================================================================================
E_AREAS = [("1", "Kompetens och utbildning"), ("2", "Näringsliv och innovation"), ("3", "Tillgänglighet"),
           ("4", "Klimat och miljö"), ("5", "Hälsa och livsmiljö")]
# (område, nr, indikator, enhet, riktning, basår, basvärde, senaste år, senaste värde, mål 2030, decimaler)
E_IND = [
    ("1", "1.1", "Andel elever som fullföljt gymnasieutbildning inom fyra år", "%", "öka", 2019, 72.4, 2025,
     76.1, 85.0, 1),
    ("1", "1.2", "Andel 25–64 år med eftergymnasial utbildning", "%", "öka", 2019, 34.8, 2025, 37.2, 42.0, 1),
    ("1", "1.3", "Sysselsättningsgrad bland utrikes födda 20–64 år", "%", "öka", 2019, 61.5, 2025, 60.8, 70.0, 1),
    ("1", "1.4", "Andel unga 16–29 år som varken arbetar eller studerar", "%", "minska", 2019, 8.9, 2024, 5.8,
     6.0, 1),
    ("2", "2.1", "Nystartade företag per 1 000 invånare", "antal", "öka", 2019, 8.2, 2025, 7.4, 10.0, 1),
    ("2", "2.2", "Utgifter för forskning och utveckling, andel av BRP", "%", "öka", 2019, 1.2, 2023, 1.5, 2.0, 1),
    ("2", "2.3", "Sysselsatta i kunskapsintensiva branscher", "%", "öka", 2019, 21.3, 2024, 23.0, 26.0, 1),
    ("3", "3.1", "Kollektivtrafikens andel av motoriserade resor", "%", "öka", 2019, 18.0, 2025, 19.4, 25.0, 1),
    ("3", "3.2", "Hushåll med tillgång till bredband om minst 1 Gbit/s", "%", "öka", 2019, 71, 2025, 92, 98, 0),
    ("4", "4.1", "Växthusgasutsläpp från inrikes transporter", "tusen ton", "minska", 2019, 612, 2024, 548, 360,
     0),
    ("4", "4.2", "Förnybar energi, andel av slutlig energianvändning", "%", "öka", 2019, 52, 2024, 61, 80, 0),
    ("5", "5.1", "Invånare med bra självskattad hälsa", "%", "öka", 2018, 69.0, 2024, 67.8, 75.0, 1),
    ("5", "5.2", "Invånare som känner sig trygga i sitt bostadsområde", "%", "öka", 2019, 78, 2025, 79, 85, 0),
    ("5", "5.3", "Nybyggda bostäder per år", "antal", "öka", 2019, 1140, 2025, 780, 1600, 0),
]
E_PREV = {"Positiv": 8, "Negativ": 5, "Målet nått": 1}     # the follow-up of 2024 (14 indicators)
E_BREAK_AFTER = "5.1"            # the last indicator on p. 2 (checked by build_e.py)
E_PRIOS = [   # prioriteringar 2027: (text, [(sub, [subsub])])
    ("Stärka kompetensförsörjningen i vård och industri",
     [("utöka yrkesvux i samverkan med kommunerna", []),
      ("fler utbildningsplatser för undersköterskor", ["särskilt i de norra kommunerna"])]),
    ("Öka etableringen av utrikes födda på arbetsmarknaden",
     [("validering av yrkeskunskaper från andra länder", []),
      ("språkstöd på arbetsplatserna", ["i första hand inom vård och omsorg"])]),
    ("Förbättra förutsättningarna för nya företag",
     [("en gemensam företagslots för regionens kommuner", [])]),
    ("Utveckla kollektivtrafiken mellan Pilsund och Kungsudde",
     [("tätare turer i rusningstid", []), ("pendelparkeringar vid stationerna", [])]),
    ("Främja bostadsbyggandet i hela regionen",
     [("en regional bostadsmarknadsanalys", []), ("dialog med byggherrar och kommuner", [])]),
]
E_PASSAGE = ("stigande räntor och byggkostnader fick flera byggherrar att skjuta upp sina projekt, särskilt "
             "hyresrätter i de mindre kommunerna")
E_DIRECTOR = ("Gunnel Ohlin", "regional utvecklingsdirektör")
E_ANALYST = ("Pernilla Ullgren", "analytiker")
E_DATE = D(2027, 4, 20)
E_DNR = "RS 2027/311"


def e_fmt(v, dec):
    return d1(v) if dec == 1 else g(v)


def e_assess(i):
    up = i[4] == "öka"
    base, latest, target = i[6], i[8], i[9]
    if (latest >= target) if up else (latest <= target):
        return "Målet nått"
    better = latest > base if up else latest < base
    if latest == base:
        return "Oförändrad"
    return "Positiv" if better else "Negativ"


def e_progress(i):
    p = (i[8] - i[6]) / (i[9] - i[6])
    return min(1.0, max(0.0, p))


def e_index(area):
    ps = [e_progress(i) for i in E_IND if i[0] == area]
    return r0(sum(ps) / len(ps) * 100)


def e_counts():
    out = {"Positiv": 0, "Negativ": 0, "Målet nått": 0, "Oförändrad": 0}
    for i in E_IND:
        out[e_assess(i)] += 1
    return out


def e_cells(i):
    return [i[1], i[2], i[3], str(i[5]), e_fmt(i[6], i[10]), str(i[7]), e_fmt(i[8], i[10]), e_fmt(i[9], i[10]),
            e_assess(i)]


def e_text(i):
    return " ".join(e_cells(i))


# =====================================================================================================
# (f) Kroksjö kommun – vård- och omsorgsnämndens patientsäkerhetsberättelse 2026 (incident table SCANNED, p. 2)
# =====================================================================================================
# rapporterade avvikelser per kategori: (kategori, 2024, 2025, 2026)
F_CATS = [
    ("Fall", 612, 655, 598),
    ("Läkemedelshantering", 431, 389, 447),
    ("Vård och behandling", 94, 108, 121),
    ("Dokumentation", 57, 66, 52),
    ("Informationsöverföring", 73, 81, 97),
    ("Medicintekniska produkter", 28, 35, 31),
    ("Trycksår", 46, 39, 44),
    ("Vårdrelaterade infektioner", 19, 23, 17),
    ("Övrigt", 38, 42, 36),
]
# p. 1 key figures (not in the scanned table): (label, 2026, 2025)
F_KEYS = [
    ("Riskbedömningar registrerade i Senior alert", "1 284", "1 196"),
    ("Händelser anmälda till IVO enligt lex Maria", "2", "3"),
    ("Klagomål och synpunkter från patienter och närstående", "37", "29"),
    ("Granskade journaler i egenkontrollen", "120", "84"),
    ("Andel med trycksår vid punktprevalensmätningen, %", "6,8", "8,1"),
]
# åtgärder: (nr, åtgärd, ansvarig, klart, status)
F_ACTIONS = [
    ("1", "Fallriskbedömning vid inflyttning på alla särskilda boenden", "Enhetschefer särskilt boende",
     "2026-06-30", "Genomförd"),
    ("2", "Utbildning i säker läkemedelshantering för all omvårdnadspersonal", "MAS", "2027-05-31", "Pågår"),
    ("3", "Digital signering av läkemedelsöverlämning i hemtjänsten", "Verksamhetschef hälso- och sjukvård",
     "2027-03-31", "Pågår"),
    ("4", "Ny rutin för informationsöverföring vid utskrivning från sjukhus", "MAS", "2026-09-30", "Genomförd"),
    ("5", "Punktprevalensmätning av trycksår två gånger per år", "Sjuksköterskor", "2026-10-31", "Genomförd"),
    ("6", "Hygienombud på varje enhet", "Hygiensjuksköterska", "2026-12-31", "Försenad"),
    ("7", "Kvartalsvis journalgranskning", "MAS", "löpande", "Pågår"),
    ("8", "Egenkontroll av medicintekniska produkter", "MAR", "2027-06-30", "Ej påbörjad"),
    ("9", "Teamträffar om fall och läkemedel på varje boende", "Enhetschefer särskilt boende", "2026-11-30",
     "Försenad"),
]
F_STATUSES = ["Genomförd", "Pågår", "Försenad", "Ej påbörjad"]
F_GOALS_2027 = [
    "Minska antalet avvikelser i läkemedelshanteringen",
    "Införa digital signering i hela hemtjänsten",
    "Hygienombud på alla enheter före sommaren",
    "Fler teamträffar om fallprevention",
]
F_MAS = ("Kristina Orvell", "medicinskt ansvarig sjuksköterska (MAS)")
F_CHAIR = ("Rolf Uddenberg", "vård- och omsorgsnämndens ordförande")
F_MAR = ("Kajsa Rehn", "medicinskt ansvarig för rehabilitering (MAR)")
F_DATE = D(2027, 2, 26)
F_DNR = "VON 2027/22"

# the scanned page (p. 2)
F_SCAN_HEAD_LINE = "Kroksjö kommun · Vård- och omsorgsförvaltningen · Sammanställning ur avvikelsesystemet"
F_SCAN_TITLE = "Tabell 1. Rapporterade avvikelser per kategori 2024–2026"
F_SCAN_INTRO = ("Tabellen omfattar avvikelser i kommunens hälso- och sjukvård på särskilda boenden, i "
                "korttidsvården och i hemsjukvården. Varje händelse registreras i en kategori.")
F_SCAN_HEAD = ["Kategori", "2024", "2025", "2026", "Förändring 2025–2026", "Andel 2026, %"]
F_SCAN_NOTES = [
    "Uttaget ur avvikelsesystemet gjordes den 12 januari 2027.",
    "Andelen avser kategorins del av samtliga avvikelser under 2026.",
]
F_SCAN_PEN = "läkemedel upp igen!"     # ballpoint note in the margin
F_SCAN_SIGN = "K.O."                     # initials under the note


def f_tot():
    return tuple(sum(c[k] for c in F_CATS) for k in (1, 2, 3))


def f_change(c):
    return c[3] - c[2]


def f_share(c):
    return r1(c[3] / f_tot()[2] * 100)


def f_cells(c):
    return [c[0], g(c[1]), g(c[2]), g(c[3]), g(f_change(c), plus=True), d1(f_share(c))]


def f_text(c):
    return " ".join(f_cells(c))


def f_tot_cells():
    t = f_tot()
    return ["Summa", g(t[0]), g(t[1]), g(t[2]), g(t[2] - t[1], plus=True), "100,0"]


def f_action_text(a):
    return " ".join(a)


def f_counts():
    return {s: sum(1 for a in F_ACTIONS if a[4] == s) for s in F_STATUSES}


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = [F_SCAN_HEAD_LINE, F_SCAN_TITLE, F_SCAN_INTRO, " ".join(F_SCAN_HEAD)]
    parts += [" ".join(f_cells(c)) for c in F_CATS]
    parts.append(" ".join(f_tot_cells()))
    parts += F_SCAN_NOTES + [F_SCAN_PEN, F_SCAN_SIGN]
    return "\n".join(parts)


def f_scan_numbers():
    """every number printed in the scanned table (as printed, without sign), for the text-layer check"""
    out = set()
    for c in F_CATS:
        for cell in f_cells(c)[1:]:
            out.add(cell.lstrip("+" + MINUS))
    for cell in f_tot_cells()[1:]:
        out.add(cell.lstrip("+" + MINUS))
    return sorted(out)
