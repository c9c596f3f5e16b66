"""The numbers, rows and list items of the six synthetic35 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values are computed here and
never typed twice: the subtotals and the result of the resultaträkning, the deviations, group sums and totals of
the driftredovisning, the result as a share of taxes and grants (a); the staff totals and the share of women (b);
the counts of assessments (c); the case sums and the inspection subtotals, totals and shares (d); the deviations,
subtotals and total of the social services forecast and the deadlines of the actions (e); the fees including VAT,
the changes against 2026, the annual cost of the model houses and the text of the scanned page (f)."""
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


def d2(x):
    """42800 -> '42 800,00'; 29.6 -> '29,60' (kronor and öre)."""
    v = round(x + 1e-9, 2)
    whole, frac = f"{v:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + "," + frac


def pct(new, old):
    return r1((new / old - 1) * 100)


# =====================================================================================================
# (a) Pärlsunda kommun – årsredovisning 2026, kapitel 4 Ekonomisk analys och räkenskaper
# =====================================================================================================
A_COLS = ["Budget 2026", "Utfall 2026", "Utfall 2025", "Utfall 2026", "Utfall 2025"]   # Kommun ×3, Koncern ×2
# resultaträkning, mnkr: ("row", label, not, footnote mark, (kommun budget 2026, utfall 2026, utfall 2025,
# koncern utfall 2026, utfall 2025)) – None is printed "–"; ("sub", label) rows are sums of everything above them
A_RT = [
    ("row", "Verksamhetens intäkter", 1, "¹", (412.0, 438.9, 421.6, 742.3, 718.0)),
    ("row", "Verksamhetens kostnader", 2, "", (-2398.0, -2446.5, -2339.4, -2592.8, -2478.1)),
    ("row", "Avskrivningar", 3, "", (-86.0, -84.7, -80.2, -148.9, -142.6)),
    ("sub", "Verksamhetens nettokostnader"),
    ("row", "Skatteintäkter", 4, "", (1628.0, 1634.9, 1566.3, 1634.9, 1566.3)),
    ("row", "Generella statsbidrag och utjämning", 5, "", (506.0, 513.4, 495.4, 513.4, 495.4)),
    ("sub", "Verksamhetens resultat"),
    ("row", "Finansiella intäkter", 6, "", (12.0, 16.8, 10.9, 8.2, 6.1)),
    ("row", "Finansiella kostnader", 7, "²", (-28.0, -24.2, -43.4, -71.5, -88.3)),
    ("sub", "Resultat efter finansiella poster"),
    ("row", "Extraordinära poster", None, "", (None, None, None, None, None)),
    ("row", "Skatt på årets resultat", 8, "", (None, None, None, -9.4, -7.1)),
    ("total", "Årets resultat"),
]
A_FOOTNOTES = [
    "¹ Utfallet 2025 innehåller återbetalda premier från AFA Försäkring på 14,8 mnkr.",
    "² Utfallet 2025 innehåller en engångskostnad på 17,9 mnkr för lösen av ett långfristigt lån i förtid.",
]
A_SOLIDITET = {"exkl": (46.8, 45.2), "inkl": (21.4, 18.9), "koncern": (33.5, 32.8)}   # 2026, 2025 (%)
A_SKATTESATS = (22.35, 22.10)            # kronor per skattekrona 2026, 2025
A_RESULT_TARGET = 2.0                    # fullmäktiges mål: årets resultat i % av skatter och bidrag
A_REAVINST = 3.1                         # realisationsvinster avräknade i balanskravsutredningen, mnkr
A_GROUPS = ["Styrelse och nämnder", "Gemensamma poster och finansförvaltning"]
# driftredovisning, nettokostnad mnkr: (grupp, nämnd, budget 2026, utfall 2026, avvikelse 2025)
A_DRIFT = [
    ("Styrelse och nämnder", "Kommunfullmäktige och revision", 6.8, 6.5, 0.2),
    ("Styrelse och nämnder", "Kommunstyrelsen", 164.2, 158.9, 3.1),
    ("Styrelse och nämnder", "Barn- och utbildningsnämnden", 812.5, 819.8, -2.4),
    ("Styrelse och nämnder", "Socialnämnden", 248.0, 259.6, -6.8),
    ("Styrelse och nämnder", "Vård- och omsorgsnämnden", 596.4, 603.1, 1.5),
    ("Styrelse och nämnder", "Tekniska nämnden", 92.3, 90.1, -0.9),
    ("Styrelse och nämnder", "Kultur- och fritidsnämnden", 71.9, 72.4, 0.4),
    ("Styrelse och nämnder", "Bygg- och miljönämnden", 14.6, 13.2, 0.8),
    ("Styrelse och nämnder", "Överförmyndarnämnden", 4.1, 4.6, -0.2),
    ("Gemensamma poster och finansförvaltning", "Pensionskostnader och löneskatt", 78.5, 84.9, -3.2),
    ("Gemensamma poster och finansförvaltning", "Semesterlöneskuld och övriga personalposter", 6.0, 4.3, -1.1),
    ("Gemensamma poster och finansförvaltning", "Kapitalkostnader, intern ränta", -23.3, -25.1, 0.9),
]
A_BREAK_AFTER = "Vård- och omsorgsnämnden"     # p. 3 ends after this row; p. 4 repeats the heading
A_SUMLABEL = {"Styrelse och nämnder": "Summa nämnder",
              "Gemensamma poster och finansförvaltning": "Summa gemensamma poster"}
A_PASSAGE = ("fler barn och unga placerades i hem för vård eller boende under hösten, och två av placeringarna "
             "var akuta")
A_DECIDED = _dt.date(2027, 4, 26)          # fullmäktige fastställde årsredovisningen (p. 1 line)


def a_rt():
    """[(kind, label, not, mark, values)] with the sums filled in"""
    out, run = [], [0.0] * 5
    for r in A_RT:
        if r[0] == "row":
            vals = r[4]
            for i, v in enumerate(vals):
                if v is not None:
                    run[i] = r1(run[i] + v)
            out.append(r)
        else:
            out.append((r[0], r[1], None, "", tuple(run)))
    return out


def a_rt_row(label):
    return [r for r in a_rt() if r[1] == label][0]


def a_num(v, plus=False):
    return "–" if v is None else d1(v, plus=plus)


def a_rt_text(r):
    """the row as pypdf extracts it: label + mark, not, five amounts"""
    cells = [r[1] + r[3]] + ([str(r[2])] if r[2] else []) + [a_num(v) for v in r[4]]
    return " ".join(cells)


def a_result_share(col):
    """årets resultat as a share of skatteintäkter and generella statsbidrag, kommun column col (1=2026, 2=2025)"""
    res = a_rt_row("Årets resultat")[4][col]
    tax = a_rt_row("Skatteintäkter")[4][col] + a_rt_row("Generella statsbidrag och utjämning")[4][col]
    return r1(res / tax * 100), r1(tax)


def a_dev(r):
    return r1(r[2] - r[3])


def a_rows(group=None):
    return [r for r in A_DRIFT if group is None or r[0] == group]


def a_sum(group=None):
    """(budget, utfall, avvikelse 2026, avvikelse 2025)"""
    rs = a_rows(group)
    return (r1(sum(r[2] for r in rs)), r1(sum(r[3] for r in rs)), r1(sum(a_dev(r) for r in rs)),
            r1(sum(r[4] for r in rs)))


def a_drift_text(r):
    return f"{r[1]} {d1(r[2])} {d1(r[3])} {d1(a_dev(r), plus=True)} {d1(r[4], plus=True)}"


def a_sum_text(label, group=None):
    b, u, dv, dv25 = a_sum(group)
    return f"{label} {d1(b)} {d1(u)} {d1(dv, plus=True)} {d1(dv25, plus=True)}"


# =====================================================================================================
# (b) Jovinge kommun – personalredovisning 2026
# =====================================================================================================
# anställda 31 december (tillsvidare och visstid med månadslön): (förvaltning, fotnot, (kvinnor, män) 2026,
# (kvinnor, män) 2025)
B_STAFF = [
    ("Kommunledningsförvaltningen", "", (98, 41), (92, 43)),
    ("Barn- och utbildningsförvaltningen", "", (742, 168), (731, 172)),
    ("Socialförvaltningen", "", (218, 54), (198, 49)),
    ("Vård- och omsorgsförvaltningen", "", (806, 131), (819, 124)),
    ("Samhällsbyggnadsförvaltningen", "", (61, 118), (58, 121)),
    ("Kultur- och fritidsförvaltningen", "¹", (47, 39), (36, 30)),
    ("Serviceförvaltningen", "", (156, 44), (161, 40)),
]
B_FOOTNOTE = ("¹ Fritidsgårdarna överfördes den 1 januari 2026 från barn- och utbildningsförvaltningen; "
              "18 anställda bytte då förvaltning.")
B_MOVED = 18
B_AGES = ["−29 år", "30–49 år", "50 år−", "Totalt"]
# sjukfrånvaro i % av ordinarie arbetstid: (kön, år) -> (−29, 30–49, 50−, totalt)
B_SICK = {
    ("Kvinnor", 2026): (7.9, 8.6, 10.2, 9.1), ("Kvinnor", 2025): (7.2, 8.9, 9.4, 8.9),
    ("Män", 2026): (4.1, 4.6, 6.3, 5.2), ("Män", 2025): (3.8, 5.0, 5.9, 5.1),
    ("Samtliga", 2026): (6.9, 7.8, 9.3, 8.3), ("Samtliga", 2025): (6.3, 8.1, 8.6, 8.1),
}
B_SEXES = ["Kvinnor", "Män", "Samtliga"]
B_LONGTERM = (47.6, 45.3)        # långtidssjukfrånvaro (60 dagar eller mer), % av all sjukfrånvaro 2026, 2025
B_TURNOVER = (9.4, 10.1, 9.0)    # personalomsättning % 2026, 2025, mål
B_MEASURES = [
    "Chefen tar kontakt med medarbetaren redan andra sjukdagen, och företagshälsovården kopplas in senast efter "
    "fjortonde dagen vid upprepad eller långvarig frånvaro.",
    "Alla medarbetare i vård och omsorg som är 50 år eller äldre erbjuds ett hälsosamtal och vid behov en "
    "individuell plan för hur arbetet kan anpassas.",
    "Heltid som norm införs i hemtjänsten under 2027, med schemaläggning som minskar delade turer och antalet "
    "timavlönade.",
    "Varje förvaltning tar fram en plan för kompetensförsörjning som redovisas för personalutskottet i oktober "
    "2027.",
    "Chefer med fler än 35 medarbetare får stöd av en biträdande chef eller samordnare för att minska "
    "arbetsbelastningen.",
]
B_SIGNED = _dt.date(2027, 2, 23)


def b_tot(year):
    k = sum((s[2] if year == 2026 else s[3])[0] for s in B_STAFF)
    m = sum((s[2] if year == 2026 else s[3])[1] for s in B_STAFF)
    return k, m, k + m


def b_row_text(s):
    k6, m6 = s[2]
    k5, m5 = s[3]
    return f"{s[0]}{s[1]} {g(k6)} {g(m6)} {g(k6 + m6)} {g(k5)} {g(m5)} {g(k5 + m5)}"


def b_tot_text():
    return "Summa " + " ".join(g(v) for v in b_tot(2026) + b_tot(2025))


def b_sick_text(sex, year, first):
    vals = " ".join(d1(v) for v in B_SICK[(sex, year)])
    return (f"{sex} {year} {vals}" if first else f"{year} {vals}")


# =====================================================================================================
# (c) Stråviks kommun – revisorerna, granskning av handläggningen av ansökningar enligt LSS
# =====================================================================================================
C_ASSESS = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"]
C_GROUPS = [("1", "Styrning och organisation"), ("2", "Handläggning"), ("3", "Uppföljning och kontroll")]
# (nr, revisionsfråga, bedömning, kommentar)
C_QUESTIONS = [
    ("1.1", "Finns aktuella riktlinjer för handläggningen?", "Delvis uppfyllt",
     "Riktlinjerna antogs 2019 och har inte reviderats sedan dess."),
    ("1.2", "Är delegationsordningen ändamålsenlig och känd av handläggarna?", "Uppfyllt",
     "Samtliga intervjuade handläggare kände till sina delegationer."),
    ("1.3", "Har nämnden säkerställt tillräcklig bemanning och kompetens?", "Ej uppfyllt",
     "Två av fem handläggartjänster var vakanta under stora delar av året."),
    ("2.1", "Utreds ansökningarna skyndsamt?", "Ej uppfyllt",
     "Nämndens mål om beslut inom 60 dagar nåddes inte i 17 av 32 ärenden."),
    ("2.2", "Dokumenteras utredningarna enligt gällande krav?", "Delvis uppfyllt",
     "Journalanteckningar saknades eller var ofullständiga i åtta ärenden."),
    ("2.3", "Är besluten motiverade och försedda med besvärshänvisning?", "Uppfyllt",
     "Alla granskade avslagsbeslut var motiverade och hade besvärshänvisning."),
    ("2.4", "Får den enskilde ta del av underlaget innan beslut fattas?", "Delvis uppfyllt",
     "Kommunicering kunde inte styrkas i sex av de granskade ärendena."),
    ("3.1", "Följer nämnden upp att beviljade insatser verkställs?", "Delvis uppfyllt",
     "Uppföljning sker i verksamhetssystemet men redovisas inte för nämnden."),
    ("3.2", "Rapporteras ej verkställda beslut till IVO i rätt tid?", "Ej uppfyllt",
     "Två av sex rapporter lämnades efter den föreskrivna tiden."),
    ("3.3", "Finns en fungerande egenkontroll av handläggningen?", "Ej uppfyllt",
     "Någon systematisk egenkontroll har inte genomförts under perioden."),
    ("3.4", "Får nämnden regelbunden statistik över handläggningstider?", "Uppfyllt",
     "Statistiken redovisas för individutskottet varje kvartal."),
]
C_BREAK_AFTER = "2.2"          # p. 2 ends after question 2.2; p. 3 repeats the heading
C_RECS = [
    "Revidera riktlinjerna för handläggningen av ansökningar enligt LSS och fastställ dem i nämnden, med en "
    "rutin för årlig översyn.",
    "Ta fram en plan för att bemanna handläggarenheten långsiktigt, så att vakanser inte leder till att "
    "ärenden blir liggande.",
    "Följ upp handläggningstiderna mot målet om 60 dagar per ärende och analysera orsakerna när målet inte nås.",
    "Säkerställ att kommuniceringen med den enskilde dokumenteras i varje ärende innan beslut fattas.",
    "Inför en rutin som bevakar tidsfristerna för rapportering av ej verkställda beslut till IVO.",
    "Genomför en årlig egenkontroll av ett urval ärenden och redovisa resultatet för nämnden.",
]
C_FIG = {"cases": 32, "mean": 74, "median": 61, "over3m": 9, "over_target": 17, "target": 60, "mean25": 58,
         "apps": (118, 143), "ivo": (6, 2), "journal": 8, "kommunicering": 6, "vacant": (2, 5)}
C_PERIOD = (_dt.date(2026, 1, 1), _dt.date(2026, 9, 30))
C_DATE = _dt.date(2026, 11, 18)
C_PASSAGE = ("fördelades ärendena om mellan de kvarvarande handläggarna och flera utredningar stod stilla i "
             "väntan på en ny handläggare")


def c_row_text(q):
    return f"{q[0]} {q[1]} {q[2]} {q[3]}"


def c_count(a):
    return sum(1 for q in C_QUESTIONS if q[2] == a)


# =====================================================================================================
# (d) Vindala kommun – bygg- och miljönämnden, verksamhetsstatistik 2026
# =====================================================================================================
D_CASE_GROUPS = ["Bygglov och rivningslov", "Förhandsbesked och dispenser", "Anmälningsärenden"]
# (grupp, ärendetyp, {år: (inkomna, beslutade, median handläggningstid i veckor)})
D_CASES = [
    ("Bygglov och rivningslov", "Nybyggnad av en- och tvåbostadshus",
     {2026: (64, 61, 6.5), 2025: (71, 69, 5.8)}),
    ("Bygglov och rivningslov", "Tillbyggnad av en- och tvåbostadshus",
     {2026: (88, 85, 4.2), 2025: (93, 95, 4.6)}),
    ("Bygglov och rivningslov", "Fritidshus", {2026: (23, 22, 5.1), 2025: (19, 20, 6.0)}),
    ("Bygglov och rivningslov", "Flerbostadshus och lokaler", {2026: (17, 14, 8.3), 2025: (12, 13, 7.4)}),
    ("Bygglov och rivningslov", "Rivningslov", {2026: (9, 9, 2.7), 2025: (11, 10, 3.1)}),
    ("Förhandsbesked och dispenser", "Förhandsbesked", {2026: (31, 27, 9.6), 2025: (26, 28, 8.8)}),
    ("Förhandsbesked och dispenser", "Strandskyddsdispens", {2026: (22, 19, 7.8), 2025: (25, 24, 6.9)}),
    ("Anmälningsärenden", "Attefallsåtgärder", {2026: (112, 110, 2.1), 2025: (98, 99, 2.4)}),
    ("Anmälningsärenden", "Eldstäder och rökkanaler", {2026: (46, 46, 1.3), 2025: (51, 50, 1.5)}),
]
D_YEARS = [2026, 2025]
D_INSP_GROUPS = ["Livsmedel", "Miljöfarlig verksamhet", "Hälsoskydd"]
# (område, objekttyp, (planerade, utförda) 2026, (planerade, utförda) 2025)
D_INSP = [
    ("Livsmedel", "Restauranger och caféer", (120, 104), (115, 109)),
    ("Livsmedel", "Livsmedelsbutiker", (45, 45), (44, 40)),
    ("Livsmedel", "Skolkök och förskolekök", (38, 31), (36, 36)),
    ("Miljöfarlig verksamhet", "Tillståndspliktiga verksamheter (B)", (14, 14), (14, 13)),
    ("Miljöfarlig verksamhet", "Anmälningspliktiga verksamheter (C)", (52, 41), (50, 47)),
    ("Miljöfarlig verksamhet", "Lantbruk med djurhållning", (30, 18), (28, 25)),
    ("Hälsoskydd", "Skolor och förskolor", (24, 22), (22, 20)),
    ("Hälsoskydd", "Bassängbad", (6, 6), (6, 6)),
    ("Hälsoskydd", "Hygienlokaler (tatuering, fotvård m.m.)", (18, 9), (15, 12)),
]
# fee changes from 1 januari 2027: (text, kind, old kr, new kr)
D_FEES = [
    ("Timavgiften för livsmedelskontroll höjs från 1 380 kronor till 1 450 kronor.", "höjs", 1380, 1450),
    ("Timavgiften för tillsyn inom miljö- och hälsoskydd höjs från 1 240 kronor till 1 310 kronor.", "höjs",
     1240, 1310),
    ("Avgiften för bygglov för nybyggnad av ett enbostadshus höjs från 24 600 kronor till 26 100 kronor.",
     "höjs", 24600, 26100),
    ("Avgiften för strandskyddsdispens sänks från 11 800 kronor till 10 900 kronor, eftersom handläggningen har "
     "förenklats.", "sänks", 11800, 10900),
    ("En ny fast avgift på 900 kronor tas ut för registrering av en livsmedelsanläggning.", "ny", None, 900),
    ("Avgiften för anmälan av eldstad lämnas oförändrad på 2 300 kronor.", "oförändrad", 2300, 2300),
]
D_PASSAGE = ("en av de två inspektörerna med inriktning på lantbruk var tjänstledig från mars och tjänsten gick inte "
             "att ersätta")
D_DECIDED = _dt.date(2026, 11, 24)   # the nämnd decided the fees (KF 2026-12-14)
D_KF = _dt.date(2026, 12, 14)
D_SIGNED = _dt.date(2027, 2, 9)


def d_case(name):
    return [c for c in D_CASES if c[1] == name][0]


def d_case_text(c, year, first):
    i, b, m = c[2][year]
    return (f"{c[1]} {year} {i} {b} {d1(m)}" if first else f"{year} {i} {b} {d1(m)}")


def d_case_sum(year):
    return sum(c[2][year][0] for c in D_CASES), sum(c[2][year][1] for c in D_CASES)


def d_share(p, u):
    return r1(u / p * 100)


def d_insp_text(r):
    (p6, u6), (p5, u5) = r[2], r[3]
    return f"{r[1]} {p6} {u6} {d1(d_share(p6, u6))} {p5} {u5}"


def d_insp_sum(group=None):
    rs = [r for r in D_INSP if group is None or r[0] == group]
    return (sum(r[2][0] for r in rs), sum(r[2][1] for r in rs), sum(r[3][0] for r in rs),
            sum(r[3][1] for r in rs))


def d_insp_sum_text(label, group=None):
    p6, u6, p5, u5 = d_insp_sum(group)
    return f"{label} {p6} {u6} {d1(d_share(p6, u6))} {p5} {u5}"


# =====================================================================================================
# (e) Idhammars kommun – socialnämnden, delårsrapport per augusti 2026
# =====================================================================================================
E_GROUPS = ["Individ- och familjeomsorg", "Äldreomsorg", "Funktionsstöd", "Gemensamt"]
# (grupp, verksamhet, budget 2026, utfall jan–aug, prognos 2026), mnkr
E_ROWS = [
    ("Individ- och familjeomsorg", "Myndighetsutövning barn och unga", 28.4, 20.9, 31.2),
    ("Individ- och familjeomsorg", "Placeringar barn och unga", 34.6, 27.5, 40.9),
    ("Individ- och familjeomsorg", "Öppenvård och familjestöd", 12.8, 8.1, 12.1),
    ("Individ- och familjeomsorg", "Vuxna – missbruk och beroende", 15.2, 10.9, 16.8),
    ("Individ- och familjeomsorg", "Ekonomiskt bistånd", 26.0, 16.2, 24.3),
    ("Äldreomsorg", "Hemtjänst", 98.5, 67.4, 101.9),
    ("Äldreomsorg", "Särskilt boende", 142.7, 93.8, 141.2),
    ("Äldreomsorg", "Hemsjukvård", 38.9, 26.4, 39.6),
    ("Äldreomsorg", "Dagverksamhet och anhörigstöd", 6.4, 3.9, 5.8),
    ("Funktionsstöd", "Bostad med särskild service (LSS)", 64.2, 43.1, 65.0),
    ("Funktionsstöd", "Personlig assistans", 31.8, 22.9, 34.5),
    ("Funktionsstöd", "Daglig verksamhet", 22.5, 14.2, 21.6),
    ("Funktionsstöd", "Korttidsvistelse och avlösning", 9.1, 6.3, 9.4),
    ("Gemensamt", "Nämnd, ledning och administration", 18.9, 12.0, 18.2),
]
E_BREAK_AFTER = "Särskilt boende"    # p. 1 ends after this row; p. 2 repeats the heading ("Äldreomsorg (forts.)")
E_SUMLABEL = {"Individ- och familjeomsorg": "Summa individ- och familjeomsorg", "Äldreomsorg": "Summa äldreomsorg",
              "Funktionsstöd": "Summa funktionsstöd", "Gemensamt": None}
# actions for a budget in balance: (att-text, ansvarig, deadline as printed, deadline date or None)
E_ACTIONS = [
    ("utöka familjehemsvården i egen regi med sex platser så att färre barn och unga behöver placeras externt",
     "Enhetschef familjehem", "2026-12-31", _dt.date(2026, 12, 31)),
    ("gå igenom beviljade hemtjänsttimmar varje månad tillsammans med biståndshandläggare och utförare",
     "Avdelningschef äldreomsorg", "30 september 2026", _dt.date(2026, 9, 30)),
    ("ompröva alla pågående beslut om personlig assistans där kommunen svarar för de första 20 timmarna",
     "Avdelningschef funktionsstöd", "2026-11-30", _dt.date(2026, 11, 30)),
    ("låta vakanta administrativa tjänster stå obesatta under resten av året", "Socialchef", "Löpande", None),
    ("samordna upphandlingen av platser på HVB med länets övriga kommuner", "Avdelningschef individ- och "
     "familjeomsorg", "31 mars 2027", _dt.date(2027, 3, 31)),
    ("ta fram en plan för heltid i hemtjänsten som minskar övertiden och andelen timavlönade",
     "Avdelningschef äldreomsorg", "2027-02-28", _dt.date(2027, 2, 28)),
]
E_PASSAGE = ("tre ungdomar har placerats på HVB under våren eftersom det saknades familjehem med den kompetens som "
             "behövdes")
E_DATE = _dt.date(2026, 9, 22)       # the nämnd's meeting (delårsrapporten behandlad)


def e_dev(r):
    return r1(r[2] - r[4])


def e_rows(group=None):
    return [r for r in E_ROWS if group is None or r[0] == group]


def e_sum(group=None):
    rs = e_rows(group)
    return (r1(sum(r[2] for r in rs)), r1(sum(r[3] for r in rs)), r1(sum(r[4] for r in rs)),
            r1(sum(e_dev(r) for r in rs)))


def e_row_text(r):
    return f"{r[1]} {d1(r[2])} {d1(r[3])} {d1(r[4])} {d1(e_dev(r), plus=True)}"


def e_sum_text(label, group=None):
    b, u, p, dv = e_sum(group)
    return f"{label} {d1(b)} {d1(u)} {d1(p)} {d1(dv, plus=True)}"


# =====================================================================================================
# (f) Celsinge kommun – VA-taxa 2027 (p. 2 is a scanned fee list)
# =====================================================================================================
F_GROUPS = ["Anläggningsavgift (engångsavgift)", "Brukningsavgift (årlig avgift)", "Övriga avgifter"]
# (grupp, avgiftskomponent, enhet, kr exkl. moms 2026, kr exkl. moms 2027)
F_FEES = [
    ("Anläggningsavgift (engångsavgift)", "Servisavgift", "per fastighet", 41150, 42800),
    ("Anläggningsavgift (engångsavgift)", "Avgift per förbindelsepunkt", "per förbindelsepunkt", 30000, 31200),
    ("Anläggningsavgift (engångsavgift)", "Tomtyteavgift", "per m² tomtyta", 36.92, 38.40),
    ("Anläggningsavgift (engångsavgift)", "Lägenhetsavgift", "per lägenhet", 16300, 16960),
    ("Brukningsavgift (årlig avgift)", "Fast avgift, småhus", "per år", 4540, 4880),
    ("Brukningsavgift (årlig avgift)", "Fast avgift, övriga fastigheter", "per år och lägenhet", 1420, 1520),
    ("Brukningsavgift (årlig avgift)", "Förbrukningsavgift", "per m³", 27.40, 29.60),
    ("Brukningsavgift (årlig avgift)", "Dagvattenavgift, gata", "per år och fastighet", 540, 612),
    ("Brukningsavgift (årlig avgift)", "Dagvattenavgift, fastighet", "per år och fastighet", 928, 1040),
    ("Övriga avgifter", "Nedtagning och uppsättning av vattenmätare", "per tillfälle", 1200, 1200),
    ("Övriga avgifter", "Avstängning och påsläpp av vatten", "per tillfälle", 960, 960),
    ("Övriga avgifter", "Extra avläsning av vattenmätare", "per tillfälle", 400, 320),
    ("Övriga avgifter", "Provtagning på kundens begäran", "per prov", 1360, 1440),
    ("Övriga avgifter", "Förgävesbesök", "per tillfälle", 720, 760),
]
F_VAT = 1.25
# model houses for p. 3: (name, description, fixed fee row, number of fixed units, m³ per year)
F_TYPHUS = [
    ("Typhus A", "Småhus, 150 m³ per år", "Fast avgift, småhus", 1, 150),
    ("Typhus B", "Flerbostadshus med 10 lägenheter, 1 800 m³ per år", "Fast avgift, övriga fastigheter", 10, 1800),
]
# investments in the VA network 2027–2030, mnkr (p. 3)
F_INVEST = [("Ny överföringsledning till Jättholmens reningsverk", 38.5, 2027, 2028),
            ("Förnyelse av ledningsnätet", 24.0, 2027, 2030),
            ("Dagvattendammar och fördröjning", 17.2, 2027, 2029),
            ("Reservvattentäkt vid Ingsjön", 12.6, 2028, 2029)]
F_DECIDED_TN = _dt.date(2026, 10, 20)    # tekniska nämnden's proposal
F_KF = _dt.date(2026, 11, 30)            # kommunfullmäktige decides
F_STAMP = _dt.date(2026, 10, 21)         # received stamp (kommunstyrelsen) on the scanned bilaga
F_SCAN_HEAD = ["CELSINGE KOMMUN", "Tekniska förvaltningen, VA-avdelningen", "Bilaga 1"]
F_SCAN_TITLE = "Avgifter enligt VA-taxa 2027"
F_SCAN_INTRO = ("Avgifterna gäller från den 1 januari 2027. Moms tillkommer med 25 procent. Förändringen avser "
                "avgiften exklusive moms jämfört med taxan för 2026.")
F_SCAN_NOTES = ["Anm. Tomtyteavgiften tas ut för högst 2 000 m² tomtyta per fastighet.",
                "Anm. Dagvattenavgift, gata tas inte ut för fastigheter utanför detaljplan."]
F_SCAN_SIGN = ("Carl Paulin", "VA-chef")


def f_inkl(v):
    return round(v * F_VAT + 1e-9, 2)


def f_change(f):
    return pct(f[4], f[3])


def f_fee(name):
    return [f for f in F_FEES if f[1] == name][0]


def f_scan_cells(f):
    return [f[1], f[2], d2(f[4]), d2(f_inkl(f[4])), d1(f_change(f), plus=True)]


def f_fee_text(f):
    return " ".join(f_scan_cells(f))


def f_scan_rows():
    """[(group, None) | (None, cells)] in printing order"""
    out = []
    for gr in F_GROUPS:
        out.append((gr, None))
        for f in F_FEES:
            if f[0] == gr:
                out.append((None, f_scan_cells(f)))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, "Avgift 2027, kr",
                                 "Avgiftskomponent Enhet exkl. moms inkl. moms Förändring mot 2026, %"]
    for gr, cells in f_scan_rows():
        parts.append(gr if cells is None else " ".join(cells))
    parts += F_SCAN_NOTES
    parts += [f"Celsinge {F_DECIDED_TN.isoformat()}", F_SCAN_SIGN[0], F_SCAN_SIGN[1]]
    parts += ["CELSINGE KOMMUN", "INKOM", F_STAMP.isoformat(), "Kommunstyrelsen"]   # the round stamp
    return "\n".join(parts)


def f_typhus(t, year):
    """annual cost including VAT of a model house, year 2026 or 2027"""
    idx = 3 if year == 2026 else 4
    fixed = f_fee(t[2])[idx] * t[3]
    use = f_fee("Förbrukningsavgift")[idx] * t[4]
    storm = f_fee("Dagvattenavgift, gata")[idx] + f_fee("Dagvattenavgift, fastighet")[idx]
    return round((fixed + use + storm) * F_VAT + 1e-9, 2)


def f_typhus_text(t):
    a, b = f_typhus(t, 2026), f_typhus(t, 2027)
    return f"{t[0]} {t[1]} {d2(a)} {d2(b)} +{d2(b - a)} {d1(pct(b, a), plus=True)}"


def e_action_text(a):
    """an att-clause as pypdf extracts it: the clause, then the responsible person and the deadline"""
    return f"att {a[0]} Ansvarig: {a[1]} Klart: {a[2]}"
