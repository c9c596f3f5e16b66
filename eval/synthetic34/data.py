"""The numbers, rows and list items of the six synthetic34 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (changes in per cent,
group sums and the total of the journeys, weighted punctuality, cost coverage from costs and revenue, the sums of
the grants, the company totals and weighted averages of the housing areas, deadlines of the actions, the sums per
procedure and per förvaltning, the sums and deviations of the elderly-care budget and the text of the scanned
page) are computed here, never typed twice."""
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


def pct(new, old):
    return r1((new / old - 1) * 100)


# =====================================================================================================
# (a) Region Edsvala – kollektivtrafiknämnden, uppföljning av kollektivtrafiken 2026
# =====================================================================================================
A_GROUPS = ["Stadstrafik", "Regiontrafik"]
# (linje, grupp, sträckning, resor 2025, resor 2026, punktlighet 2025 %, 2026 %, kostnadstäckningsgrad 2025 %, 2026 %)
A_LINES = [
    (1, "Stadstrafik", "Aspvreten – Edsvala C – Tegelhagen", 1512384, 1588026, 88.6, 87.1, 46.2, 47.5),
    (2, "Stadstrafik", "Mjölkudden – Edsvala C – Norrbyhöjd", 1204815, 1236540, 90.1, 91.4, 44.0, 44.8),
    (3, "Stadstrafik", "Edsvala C – Ekängen – Edsvala lasarett", 986302, 1031248, 86.4, 84.2, 39.5, 40.9),
    (4, "Stadstrafik", "Trädgårdsstaden – Edsvala C – Mästerhagen", 842716, 815903, 89.8, 88.5, 37.2, 35.6),
    (5, "Stadstrafik", "Edsvala C – Tornplatsen – Nyckelby", 655048, 701392, 92.3, 93.0, 33.8, 35.1),
    (6, "Stadstrafik", "Åkervallen – Edsvala C – Mossgärdet", 512934, 488215, 84.7, 82.9, 30.4, 28.7),
    (7, "Stadstrafik", "Edsvala C – Ekudden (ringlinje)", 398611, 341705, 91.0, 79.6, 27.9, 24.2),
    (8, "Stadstrafik", "Alvhagen – Edsvala C – Norra industriområdet", 276503, 290318, 93.5, 92.8, 22.6, 23.9),
    (9, "Regiontrafik", "Edsvala – Marnäs – Trollsjö", 1088207, 1132914, 90.8, 89.6, 41.8, 42.6),
    (10, "Regiontrafik", "Edsvala – Ållsta – Aldertorp", 734520, 749106, 87.9, 86.3, 39.6, 40.3),
    (11, "Regiontrafik", "Edsvala – Ekshult – Nolvik", 603118, 571846, 83.2, 81.7, 34.9, 32.8),
    (12, "Regiontrafik", "Trollsjö – Marnäs – Tunaholm", 312406, 330812, 88.0, 88.9, 29.5, 31.0),
    (13, "Regiontrafik", "Edsvala – Ålsjöbruk", 205733, 214620, 85.6, 86.0, 26.1, 26.8),
    (14, "Regiontrafik", "Aldertorp – Ekshult – Tunaholm", 96845, 92417, 94.1, 95.2, 18.3, 17.5),
]
A_BREAK_AFTER = 10          # p. 2 ends after line 10, p. 3 goes on with "Regiontrafik (forts.)"
# economy per traffic type, mnkr: (kostnader 2025, intäkter 2025, kostnader 2026, intäkter 2026)
A_ECON = {"Stadstrafik": (231.4, 88.6, 238.9, 93.4), "Regiontrafik": (176.2, 61.5, 184.7, 65.0)}
A_TARGETS = {"resor": 9800000, "punktlighet": 90, "kostnadstackning": 40}
A_PASSAGE = ("Ekuddsbron var avstängd för ombyggnad från april till oktober och bussarna fick köra en längre "
             "omväg via Norra industriområdet")
A_DECIDED = _dt.date(2027, 2, 18)
A_MEASURES = [   # the measures for 2027 (p. 4): (heading, [nested items])
    ("Stadstrafiken", ["Linje 7 återgår till ordinarie sträckning över Ekuddsbron från tidtabellsskiftet i "
                        "juni.", "Linje 5 får tätare turer i rusningstid, var tionde minut i stället för var "
                        "femtonde.", "Nya hållplatser vid Nyckelby centrum och Tegelhagen södra."]),
    ("Regiontrafiken", ["Linje 11 får busskörfält genom Ekshult när vägarbetena är klara.",
                         "Linje 14 prövas som anropsstyrd trafik kvällar och helger."]),
    ("Biljetter och information", ["En ungdomsbiljett för sommarlovet införs för resenärer upp till 19 år.",
                                    "Realtidsskyltar sätts upp vid de tjugo mest använda hållplatserna."]),
]


def a_change(ln):
    return pct(ln[4], ln[3])


def a_lines(group=None):
    return [ln for ln in A_LINES if group is None or ln[1] == group]


def a_sum(group=None):
    """(resor 2025, resor 2026)"""
    ls = a_lines(group)
    return sum(ln[3] for ln in ls), sum(ln[4] for ln in ls)


def a_punct(group=None):
    """punctuality weighted by the journeys of each year"""
    ls = a_lines(group)
    r25, r26 = a_sum(group)
    return r1(sum(ln[3] * ln[5] for ln in ls) / r25), r1(sum(ln[4] * ln[6] for ln in ls) / r26)


def a_econ(group=None):
    gs = [group] if group else A_GROUPS
    return tuple(r1(sum(A_ECON[g_][i] for g_ in gs)) for i in range(4))


def a_cover(group=None):
    c25, i25, c26, i26 = a_econ(group)
    return r1(i25 / c25 * 100), r1(i26 / c26 * 100)


def a_row_text(ln):
    return (f"{ln[0]} {ln[2]} {g(ln[3])} {g(ln[4])} {d1(a_change(ln), plus=True)} {d1(ln[5])} {d1(ln[6])} "
            f"{d1(ln[7])} {d1(ln[8])}")


def a_sum_text(label, group=None):
    r25, r26 = a_sum(group)
    p25, p26 = a_punct(group)
    k25, k26 = a_cover(group)
    return (f"{label} {g(r25)} {g(r26)} {d1(pct(r26, r25), plus=True)} {d1(p25)} {d1(p26)} {d1(k25)} "
            f"{d1(k26)}")


def a_line(nr):
    return [ln for ln in A_LINES if ln[0] == nr][0]


# =====================================================================================================
# (b) Ånnesta kommun – kultur- och fritidsnämndens protokoll 2027-03-16, §§ 12–19
# =====================================================================================================
B_DATE = _dt.date(2027, 3, 16)
B_GRANT_GROUPS = ["Verksamhetsbidrag", "Arrangemangsbidrag", "Lokal- och anläggningsbidrag"]
# (grupp, förening, sökt belopp kr, beviljat belopp kr, motivering)
B_GRANTS = [
    ("Verksamhetsbidrag", "Ånnesta IF", 85000, 78000,
     "Delvis bifall. Bidraget beräknas enligt normen för deltagartillfällen i åldern 7–20 år."),
    ("Verksamhetsbidrag", "Ånnesta Ridklubb", 60000, 60000,
     "Bifall. Bred verksamhet för barn och unga med många aktiva flickor."),
    ("Verksamhetsbidrag", "Akvarellgruppen Ånnesta", 12000, 8000,
     "Delvis bifall. Materialkostnader bör i första hand täckas av kursavgifterna."),
    ("Verksamhetsbidrag", "Musikföreningen Mollackord", 30000, 30000,
     "Bifall. Öppna konserter i Ånnesta bibliotek under hela året."),
    ("Verksamhetsbidrag", "Mjölnarbygdens Folkdanslag", 18000, 15000,
     "Delvis bifall. Resor till uppvisningar utanför kommunen ingår inte i bidraget."),
    ("Verksamhetsbidrag", "Tornets Boxningsklubb", 45000, 45000,
     "Bifall. Verksamheten når unga som inte är aktiva i andra föreningar."),
    ("Verksamhetsbidrag", "Ånnesta Brukshundklubb", 20000, 0,
     "Avslag. Verksamheten vänder sig främst till vuxna och omfattas inte av bidragsnormen."),
    ("Verksamhetsbidrag", "Naturvännerna i Ånnesta", 9000, 9000,
     "Bifall. Exkursioner för familjer som är öppna för alla."),
    ("Arrangemangsbidrag", "Ånnesta Hembygdsförening", 25000, 22000,
     "Delvis bifall. Midsommarfirandet i Tallparken får bidrag, inte marknadsdagen."),
    ("Arrangemangsbidrag", "Ånnesta Teatersällskap", 40000, 32000,
     "Delvis bifall. Sommarteatern ges i en mindre uppsättning än den som söktes."),
    ("Arrangemangsbidrag", "Aktiv Ungdom Ånnesta", 15000, 15000,
     "Bifall. Aktiviteter på sport- och sommarlovet för barn 10–15 år."),
    ("Arrangemangsbidrag", "Ensemble Nordljus", 28000, 0,
     "Avslag. Ansökan kom in efter sista ansökningsdag den 31 januari 2027."),
    ("Arrangemangsbidrag", "Ånnesta Manskör", 12000, 12000,
     "Bifall. Julkonsert i kyrkan med fri entré."),
    ("Lokal- och anläggningsbidrag", "Ånnesta Bågskytteklubb", 35000, 28000,
     "Delvis bifall. Bidraget täcker 80 procent av hyran för inomhushallen."),
    ("Lokal- och anläggningsbidrag", "Motionsklubben Milstolpen", 22000, 22000,
     "Bifall. Drift av elljusspåret vid Målbacken som är öppet för allmänheten."),
    ("Lokal- och anläggningsbidrag", "Ånnesta Konstförening", 48000, 36000,
     "Delvis bifall. Lokalen används även för privat uthyrning som inte ger rätt till bidrag."),
    ("Lokal- och anläggningsbidrag", "Ånnesta Schackklubb", 14000, 10500,
     "Delvis bifall. Bidraget avser 75 procent av lokalkostnaden enligt normen."),
]
B_FRAME = 430000           # the frame for association grants 2027, kr
B_BREAK_AFTER = "Ånnesta Manskör"   # p. 2 ends after this row, p. 3 repeats the heading
B_VOTE = (6, 3)            # bifall, avslag (the vote in § 15)
B_MOTION = ("Marcus Andersson", "SD", "Ånnesta Brukshundklubb", 10000)   # the motion that lost the vote
# § 14 ekonomisk uppföljning (mnkr): budget 2027, prognos 2027, of which the swimming hall's deficit
B_ECON = (48.6, 49.5, 0.6)
# attendance: (namn, parti, roll, ersätter)
B_MEMBERS = [
    ("Anders Nyberg", "S", "ordförande", None),
    ("Eva Magnusson", "M", "1:e vice ordförande", None),
    ("Tiina Mäkelä", "C", "2:e vice ordförande", None),
    ("Ahmed Mansour", "S", "ledamot", None),
    ("Tomas Enqvist", "S", "tjänstgörande ersättare", "Ebba Nordin (S)"),
    ("Marcus Andersson", "SD", "ledamot", None),
    ("Nils Åström", "KD", "ledamot", None),
    ("Åsa Engberg", "V", "ledamot", None),
    ("Mona Telander", "L", "ledamot", None),
]
B_SECRETARY = "Tove Almgren"
B_PASSAGE = ("antalet besök på lördagar har minskat med en tredjedel sedan biblioteket införde meröppet "
             "på kvällarna")


def b_rows(group=None):
    return [r for r in B_GRANTS if group is None or r[0] == group]


def b_sum(group=None):
    rs = b_rows(group)
    return sum(r[2] for r in rs), sum(r[3] for r in rs)


def b_row_text(r):
    return f"{r[1]} {g(r[2])} {g(r[3])} {r[4]}"


# =====================================================================================================
# (c) AB Nordvretahem (Nordvreta kommun) – årsredovisning 2026 (utdrag)
# =====================================================================================================
C_GROUPS = ["Centrala Nordvreta", "Ytterområden"]
# (grupp, område, {år: (lägenheter, vakansgrad %, genomsnittshyra kr/m², underhåll kr/m²)})
C_AREAS = [
    ("Centrala Nordvreta", "Tornslingan", {2026: (412, 1.2, 1296, 148), 2025: (412, 0.9, 1248, 162)}),
    ("Centrala Nordvreta", "Ekparken", {2026: (286, 0.7, 1342, 131), 2025: (286, 0.8, 1291, 125)}),
    ("Centrala Nordvreta", "Murgrönan", {2026: (158, 4.6, 1187, 264), 2025: (158, 1.9, 1140, 118)}),
    ("Centrala Nordvreta", "Täppan", {2026: (94, 0.0, 1418, 96), 2025: (64, 1.6, 1362, 104)}),
    ("Ytterområden", "Almdalen", {2026: (536, 3.4, 1054, 176), 2025: (536, 2.8, 1012, 171)}),
    ("Ytterområden", "Åkerlyckan", {2026: (348, 2.1, 1098, 142), 2025: (348, 2.6, 1061, 153)}),
    ("Ytterområden", "Norrslätten", {2026: (222, 5.8, 986, 119), 2025: (222, 4.9, 948, 137)}),
    ("Ytterområden", "Mjölnarbacken", {2026: (176, 1.1, 1121, 205), 2025: (176, 1.3, 1077, 189)}),
    ("Ytterområden", "Nyplanen", {2026: (128, 0.8, 1236, 88), 2025: (128, 1.0, 1190, 92)}),
]
C_YEARS = [2026, 2025]
C_BREAK_AFTER = "Norrslätten"   # p. 2 ends after Norrslätten, p. 3 repeats the heading ("Ytterområden (forts.)")
# key ratios in running text (2026, 2025)
C_SOLIDITET = (12.4, 11.3)
C_SOLIDITET_TARGET = 15
C_BELANING = (68.2, 70.5)
C_RANTETACKNING = (2.1, 1.8)
C_RESULT = (21.6, 14.8)        # resultat efter finansiella poster, mnkr
C_TURNOVER = (198.7, 186.9)    # nettoomsättning, mnkr
C_RENT_RAISE = (4.2, _dt.date(2027, 4, 1))
C_NEW_FLATS = 30               # new flats in Täppan, moved in 2026
C_EVACUATED = 5                # flats in Murgrönan kept empty as evacuation flats (not the stambyte count)
C_PASSAGE = ("lägenheterna i Murgrönan har hållits tomma som evakueringsbostäder under stambytet")
C_SIGNED = _dt.date(2027, 3, 9)


def c_tot(year):
    """(lägenheter, vakansgrad, hyra, underhåll) for the whole company, weighted by the apartments"""
    n = sum(a[2][year][0] for a in C_AREAS)
    w = lambda i: sum(a[2][year][0] * a[2][year][i] for a in C_AREAS) / n  # noqa: E731
    return n, r1(w(1)), r0(w(2)), r0(w(3))


def c_row_text(area, year, first):
    v = area[2][year]
    lab = f"{area[1]} " if first else ""
    return f"{lab}{year} {g(v[0])} {d1(v[1])} {g(v[2])} {g(v[3])}"


def c_tot_text(year, first):
    v = c_tot(year)
    lab = "Hela bolaget " if first else ""
    return f"{lab}{year} {g(v[0])} {d1(v[1])} {g(v[2])} {g(v[3])}"


# =====================================================================================================
# (d) Tallunda kommun – handlingsplan för folkhälsa med inriktning på ANDTS 2027–2028
# =====================================================================================================
D_AREAS = [
    ("1", "Minskad tillgång till alkohol, tobak, nikotin och narkotika"),
    ("2", "Senare debut och minskat bruk bland barn och unga"),
    ("3", "Tidigt stöd till barn, unga och vuxna"),
    ("4", "Spel om pengar"),
]
# (nr, åtgärd, ansvarig, tid as printed, deadline date or None for "årligen", status, indikator)
D_ACTIONS = [
    ("1.1", "Kontrollköp av folköl, tobak och nikotinprodukter i samtliga butiker som säljer sådana varor",
     "Miljö- och byggförvaltningen", "Årligen", None, "Påbörjad",
     "Andel butiker som begär legitimation"),
    ("1.2", "Utbildning i ansvarsfull alkoholservering för personal på serveringsställen",
     "Alkoholhandläggare", "HT 2027", _dt.date(2027, 12, 31), "Ej startad", "Antal utbildade"),
    ("1.3", "Samordnad tillsyn av serveringsställen med fokus på berusningsnivå och langning",
     "Alkoholhandläggare", "Senast 30 juni 2028", _dt.date(2028, 6, 30), "Påbörjad",
     "Antal tillsynsbesök"),
    ("1.4", "Gemensam lägesbild med polisen om narkotika i centrala Tallunda",
     "Kommunstyrelsens förvaltning, trygghetssamordnare", "2027", _dt.date(2027, 12, 31), "Klar",
     "Lägesbild framtagen"),
    ("1.5", "Rökfria miljöer vid alla kommunala lekplatser och idrottsplatser",
     "Tekniska förvaltningen", "VT 2028", _dt.date(2028, 6, 30), "Försenad",
     "Andel skyltade platser"),
    ("2.1", "Föräldraträffar om alkohol och nikotin för vårdnadshavare i årskurs 6–9",
     "Barn- och utbildningsförvaltningen", "Årligen", None, "Påbörjad", "Antal deltagande vårdnadshavare"),
    ("2.2", "Drogfria aktiviteter på fritidsgårdarna fredag och lördag kväll",
     "Kultur- och fritidsförvaltningen", "2027", _dt.date(2027, 12, 31), "Påbörjad",
     "Antal besök per kväll"),
    ("2.3", "Gemensam plan för ANDTS-undervisningen i årskurs 4–9",
     "Barn- och utbildningsförvaltningen", "Senast 31 december 2027", _dt.date(2027, 12, 31), "Försenad",
     "Plan antagen"),
    ("2.4", "Kartläggning av snus och nikotinpåsar bland gymnasieelever",
     "Folkhälsostrateg", "HT 2027", _dt.date(2027, 12, 31), "Ej startad", "Kartläggning genomförd"),
    ("2.5", "Rutin för orosanmälan när skolpersonal misstänker droganvändning",
     "Socialförvaltningen", "VT 2027", _dt.date(2027, 6, 30), "Klar", "Rutin beslutad"),
    ("3.1", "Stödgrupper för barn som växer upp i familjer med missbruk",
     "Socialförvaltningen", "2027", _dt.date(2027, 12, 31), "Påbörjad", "Antal barn i grupperna"),
    ("3.2", "Öppen mottagning för unga med riskbruk utan krav på remiss",
     "Socialförvaltningen", "Senast 30 juni 2028", _dt.date(2028, 6, 30), "Ej startad",
     "Mottagningen öppnad"),
    ("3.3", "Frågor om alkoholvanor vid hembesök hos äldre",
     "Vård- och omsorgsförvaltningen", "2028", _dt.date(2028, 12, 31), "Ej startad",
     "Andel hembesök med samtal om alkohol"),
    ("3.4", "Utbildning i motiverande samtal för elevhälsans personal",
     "Barn- och utbildningsförvaltningen", "HT 2027", _dt.date(2027, 12, 31), "Påbörjad",
     "Andel utbildad personal"),
    ("4.1", "Information om spelproblem på kommunens webbplats och i skolorna",
     "Folkhälsostrateg", "VT 2027", _dt.date(2027, 6, 30), "Klar", "Information publicerad"),
    ("4.2", "Stöd till anhöriga till personer med spelproblem",
     "Socialförvaltningen", "2028", _dt.date(2028, 12, 31), "Ej startad", "Antal anhöriga som fått stöd"),
]
D_BREAK_AFTER = "2.3"      # p. 2 ends after action 2.3, p. 3 repeats the heading ("2 … (forts.)")
D_STATUSES = ["Klar", "Påbörjad", "Ej startad", "Försenad"]
# the prioritised areas (p. 1): (text, [a) … c)])
D_PRIORITIES = [
    ("Begränsa tillgången till alkohol, tobak och nikotin för barn och unga genom tillsyn, kontrollköp och "
     "dialog med handlare och serveringsställen",
     ["fler kontrollköp i butiker som säljer nikotinprodukter",
      "tillsyn med fokus på langning och berusningsnivå",
      "återkoppling till handlarna efter varje kontrollköp"]),
    ("Skjuta upp debuten för alkohol och nikotin genom att stärka föräldrar och skolans förebyggande "
     "undervisning i alla årskurser från 4 till 9",
     ["föräldraträffar varje läsår",
      "en gemensam plan för undervisningen"]),
    ("Ge tidigt och samordnat stöd till barn och unga som far illa av eget eller andras bruk, så att ingen "
     "behöver vänta på hjälp",
     ["stödgrupper för barn i familjer med missbruk",
      "en öppen mottagning utan krav på remiss",
      "samverkan mellan elevhälsa och socialtjänst"]),
    ("Förebygga spelproblem och ge stöd till anhöriga till personer som spelar om pengar",
     []),
]
# Tabell 1: survey 2026, share of pupils (%): (indikator, åk 9 flickor, åk 9 pojkar, gy 2 flickor, gy 2 pojkar)
D_SURVEY = [
    ("Har druckit alkohol de senaste 12 månaderna", 38, 33, 63, 58),
    ("Har berusat sig minst en gång i månaden", 9, 8, 21, 24),
    ("Röker dagligen eller ibland", 5, 4, 10, 9),
    ("Snusar eller använder nikotinpåsar", 12, 15, 26, 31),
    ("Har använt narkotika någon gång", 4, 6, 12, 17),
    ("Har spelat om pengar de senaste 12 månaderna", 11, 27, 19, 41),
]
D_SURVEY_YEAR = 2026
D_BUDGET = (1.4, 1.6, 0.6)      # mnkr 2027, 2028, of which state grant each year
D_TESTBUYS = (38, 9)            # kontrollköp 2026, of which sold without asking for ID
D_PASSAGE = ("andelen flickor i gymnasiet som använder nikotinpåsar har mer än fördubblats på fyra år")


def d_action(nr):
    return [a for a in D_ACTIONS if a[0] == nr][0]


def d_area_of(nr):
    return [ar for ar in D_AREAS if ar[0] == nr.split(".")[0]][0]


def d_row_text(a):
    return f"{a[0]} {a[1]} {a[2]} {a[3]} {a[5]} {a[6]}"


def d_survey_text(s):
    return f"{s[0]} {s[1]} {s[2]} {s[3]} {s[4]}"


# =====================================================================================================
# (e) Angelsta kommun – upphandlingsplan 2027
# =====================================================================================================
E_PROCS = ["Direktupphandling", "Förenklat förfarande", "Öppet förfarande"]
E_DEPTS = ["Kommunstyrelsens förvaltning", "Barn- och utbildningsförvaltningen", "Vård- och omsorgsförvaltningen",
           "Tekniska förvaltningen"]
# (nr, förvaltning, upphandling, beräknat värde tkr (hela avtalstiden), avtalsstart, avtalsslut, förfarande)
E_ITEMS = [
    ("U01", "Kommunstyrelsens förvaltning", "Företagshälsovård", 1900,
     _dt.date(2027, 4, 1), _dt.date(2030, 3, 31), "Förenklat förfarande"),
    ("U02", "Kommunstyrelsens förvaltning", "Telefoni och mobila abonnemang", 6800,
     _dt.date(2027, 9, 1), _dt.date(2031, 8, 31), "Öppet förfarande"),
    ("U03", "Kommunstyrelsens förvaltning", "Tryck och grafisk produktion", 640,
     _dt.date(2027, 2, 1), _dt.date(2028, 1, 31), "Direktupphandling"),
    ("U04", "Kommunstyrelsens förvaltning", "Konsultstöd vid granskning av löneprocessen", 380,
     _dt.date(2027, 5, 15), _dt.date(2027, 10, 31), "Direktupphandling"),
    ("U05", "Barn- och utbildningsförvaltningen", "Skolskjuts med buss och taxi", 24600,
     _dt.date(2027, 8, 1), _dt.date(2031, 7, 31), "Öppet förfarande"),
    ("U06", "Barn- och utbildningsförvaltningen", "Digitala läromedel för årskurs 4–9", 2100,
     _dt.date(2027, 7, 1), _dt.date(2029, 6, 30), "Förenklat förfarande"),
    ("U07", "Barn- och utbildningsförvaltningen", "Skolmöbler till nya Alvhagsskolan", 1850,
     _dt.date(2027, 3, 15), _dt.date(2027, 8, 15), "Förenklat förfarande"),
    ("U08", "Barn- och utbildningsförvaltningen", "Modersmålsundervisning", 2200,
     _dt.date(2028, 1, 1), _dt.date(2029, 12, 31), "Förenklat förfarande"),
    ("U09", "Vård- och omsorgsförvaltningen", "Livsmedel till särskilda boenden och skolkök", 18500,
     _dt.date(2027, 10, 1), _dt.date(2030, 9, 30), "Öppet förfarande"),
    ("U10", "Vård- och omsorgsförvaltningen", "Inkontinensartiklar", 1600,
     _dt.date(2027, 6, 1), _dt.date(2029, 5, 31), "Förenklat förfarande"),
    ("U11", "Vård- och omsorgsförvaltningen", "Trygghetslarm med larmmottagning", 4200,
     _dt.date(2027, 11, 1), _dt.date(2031, 10, 31), "Öppet förfarande"),
    ("U12", "Vård- och omsorgsförvaltningen", "Bemanning av sjuksköterskor under sommaren", 540,
     _dt.date(2027, 1, 15), _dt.date(2027, 6, 30), "Direktupphandling"),
    ("U13", "Tekniska förvaltningen", "Snöröjning och halkbekämpning", 9600,
     _dt.date(2027, 10, 15), _dt.date(2030, 4, 30), "Öppet förfarande"),
    ("U14", "Tekniska förvaltningen", "Ombyggnad av Angelsta simhall, etapp 2", 21500,
     _dt.date(2027, 5, 1), _dt.date(2028, 6, 30), "Förenklat förfarande"),
    ("U15", "Tekniska förvaltningen", "Byte till LED i gatubelysningen", 3200,
     _dt.date(2027, 4, 15), _dt.date(2027, 11, 30), "Förenklat förfarande"),
    ("U16", "Tekniska förvaltningen", "Serviceavtal för hissar", 620,
     _dt.date(2027, 3, 1), _dt.date(2029, 2, 28), "Direktupphandling"),
    ("U17", "Tekniska förvaltningen", "Ny lekplats i Myrbacken", 1150,
     _dt.date(2027, 6, 15), _dt.date(2027, 9, 30), "Förenklat förfarande"),
]
E_BREAK_AFTER = "U15"        # p. 2 ends after U15, p. 3 repeats the heading ("Tekniska förvaltningen (forts.)")
E_WORKS = {"U14", "U15", "U17"}   # byggentreprenader (the higher threshold applies)
E_DIRECT_LIMIT = 700         # direktupphandlingsgräns, tkr
E_THRESHOLD = (2400, 58000)  # tröskelvärden (ungefär), tkr: varor och tjänster, byggentreprenader
E_DECIDED = _dt.date(2026, 12, 8)
E_PASSAGE = ("arbetet delas upp i etapper så att simhallen kan hållas öppen under hela ombyggnaden")


def e_item(nr):
    return [i for i in E_ITEMS if i[0] == nr][0]


def iso(d):
    return d.isoformat()


def e_row_text(i):
    return f"{i[0]} {i[2]} {g(i[3])} {iso(i[4])} {iso(i[5])} {i[6]}"


def e_by_proc(p):
    its = [i for i in E_ITEMS if i[6] == p]
    return len(its), sum(i[3] for i in its)


def e_total():
    return len(E_ITEMS), sum(i[3] for i in E_ITEMS)


def e_by_dept(dep):
    its = [i for i in E_ITEMS if i[1] == dep]
    return len(its), sum(i[3] for i in its)


# =====================================================================================================
# (f) Mossberga kommun – vård- och omsorgsnämnden, verksamhetsuppföljning helår 2026 (p. 2 scanned)
# =====================================================================================================
F_GROUPS = ["Hemtjänst", "Särskilt boende", "Personal"]
# (grupp, nyckeltal, Q1, Q2, Q3, Q4 2026, mål or None, "high" if higher is better / "low" if lower is better)
F_KEYS = [
    ("Hemtjänst", "Antal brukare med hemtjänst", 412, 418, 405, 427, None, None),
    ("Hemtjänst", "Beviljade timmar per månad", 21840, 22310, 21960, 23050, None, None),
    ("Hemtjänst", "Personalkontinuitet, antal personal på 14 dagar", 16, 15, 14, 15, 12, "low"),
    ("Hemtjänst", "Brukare med aktuell genomförandeplan, %", 78, 81, 84, 88, 90, "high"),
    ("Särskilt boende", "Beläggningsgrad, %", 97.4, 98.1, 96.2, 99.0, 97, "high"),
    ("Särskilt boende", "Väntetid till särskilt boende, dagar", 52.4, 61.0, 47.3, 38.6, 45, "low"),
    ("Särskilt boende", "Boende med riskbedömning för fall och trycksår, %", 91, 93, 95, 96, 95, "high"),
    ("Särskilt boende", "Antal rapporterade fallskador", 34, 29, 31, 26, None, None),
    ("Personal", "Sjukfrånvaro, %", 9.8, 8.1, 6.9, 9.2, 8, "low"),
    ("Personal", "Timavlönades andel av arbetad tid, %", 14.2, 15.6, 18.9, 13.1, 12, "low"),
    ("Personal", "Övertid, timmar", 2140, 1860, 2480, 1930, None, None),
]
# p. 1: net cost per verksamhet, mnkr: (verksamhet, budget 2026, utfall 2026)
F_COST = [
    ("Nämnd och förvaltningsledning", 18.2, 18.6),
    ("Hemtjänst", 164.5, 173.6),
    ("Särskilt boende", 268.0, 271.9),
    ("Korttidsvård", 31.4, 32.1),
    ("Dagverksamhet", 12.9, 13.0),
    ("Funktionsstöd", 103.0, 103.2),
]
F_NEW_PLACES = (24, 210, _dt.date(2027, 10, 1))   # Eklunden: new places, total places then, opening
F_PASSAGE = ("vakanta tjänster i hemtjänsten under sommaren fick bemannas med timavlönade när "
             "semestervikarierna inte räckte till")
F_DATE = _dt.date(2027, 2, 10)
F_SCAN_DATE = _dt.date(2027, 1, 28)


def f_cost_total():
    return r1(sum(c[1] for c in F_COST)), r1(sum(c[2] for c in F_COST))


def f_dev(c):
    return r1(c[1] - c[2])


def fnum(v):
    """a key figure as printed in the scanned table: integers with a space, decimals with a comma"""
    return d1(v) if isinstance(v, float) else g(v)


def f_key_text(k):
    goal = "–" if k[6] is None else fnum(k[6])
    return f"{k[1]} {fnum(k[2])} {fnum(k[3])} {fnum(k[4])} {fnum(k[5])} {goal}"


def f_met(k, q=5):
    if k[6] is None:
        return None
    return k[q] >= k[6] if k[7] == "high" else k[q] <= k[6]


F_SCAN_HEAD = ["MOSSBERGA KOMMUN", "Vård- och omsorgsförvaltningen", "Bilaga 1 till VON 2027-02-10 § 9"]
F_SCAN_TITLE = "Nyckeltal per kvartal 2026"
F_SCAN_INTRO = ("Uppgifterna är hämtade ur verksamhetssystemet och personalsystemet. Värdet för ett kvartal "
                "avser kvartalets sista månad om inget annat anges.")
F_SCAN_NOTES = [
    "Anm. Väntetiden räknas från beslut till erbjuden plats.",
    "Anm. Mål saknas för nyckeltal som endast följs upp (–).",
]
F_SCAN_SIGN = ("Maja Eklöf", "förvaltningschef")


def f_scan_rows():
    """[(group or None, cells)] in printing order"""
    out = []
    for gr in F_GROUPS:
        out.append((gr, None))
        for k in F_KEYS:
            if k[0] == gr:
                goal = "–" if k[6] is None else fnum(k[6])
                out.append((None, [k[1], fnum(k[2]), fnum(k[3]), fnum(k[4]), fnum(k[5]), goal]))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, "Nyckeltal 2026 Mål",
                                 "Kv 1 Kv 2 Kv 3 Kv 4 2026"]
    for gr, cells in f_scan_rows():
        parts.append(gr if cells is None else " ".join(cells))
    parts += F_SCAN_NOTES
    parts += [f"Mossberga {F_SCAN_DATE.isoformat()}", F_SCAN_SIGN[0], F_SCAN_SIGN[1]]
    return "\n".join(parts)
