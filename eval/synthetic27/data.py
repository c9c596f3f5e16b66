"""The numbers, rows and list items of the six synthetic27 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (deviations, shares
of the budget used, sums, weighted sick-leave and age figures, subtotals, changes in per cent, the scanned
text) are computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MINUS = "\u2212"


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def dmy(d):
    """date -> '19 oktober 2026'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def g(n):
    """12500 -> '12 500' (normal space, as printed in tables)."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(x):,.1f}".replace(",", " ").replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0 and s != "0,0":
        return "+" + s
    return s


# =====================================================================================================
# (a) Kvillsta kommun – delårsrapport per 31 augusti 2026
# =====================================================================================================
# (nämnd, budget 2026, utfall jan–aug, prognos helår, [(verksamhet, budget, utfall, prognos)]) – mnkr, net cost
A_NAMNDER = [
    ("Kommunstyrelsen", 142.5, 97.2, 139.8, []),
    ("Barn- och utbildningsnämnden", 768.0, 519.6, 774.3, [
        ("Förskola", 212.4, 142.0, 213.1),
        ("Grundskola", 398.7, 271.3, 403.9),
        ("Gymnasieskola", 156.9, 106.3, 157.3)]),
    ("Socialnämnden", 612.0, 431.8, 630.4, [
        ("Äldreomsorg", 358.6, 254.9, 369.8),
        ("Funktionsstöd", 171.2, 119.3, 174.9),
        ("Individ- och familjeomsorg", 82.2, 57.6, 85.7)]),
    ("Samhällsbyggnadsnämnden", 96.4, 60.2, 93.3, []),
    ("Kultur- och fritidsnämnden", 58.9, 40.8, 59.6, []),
    ("Bygg- och miljönämnden", 14.3, 8.7, 13.5, []),
    ("Överförmyndarnämnden", 4.1, 2.6, 4.3, []),
    ("Revisionen", 2.6, 1.5, 2.6, []),
]
A_TARGET_USE = 66.7            # eight months of twelve, per cent of the annual budget
A_BUDGET_RESULT = 24.0         # budgeted result for 2026
A_TAX_DEV = 3.1                # taxes and general grants, deviation from budget
A_FIN_DEV = 1.5                # finance net, deviation from budget
A_PERIOD_RESULT = 41.3         # result 1 January–31 August
A_TAX_TOTAL = 1846.2           # taxes and general grants, full-year forecast
A_GOAL_PCT = 1.5               # financial goal, result in per cent of taxes and grants
A_HOURS = (412300, 376000)     # home-care hours Jan–Aug: performed, budgeted
A_SKOLSKJUTS = 4.1             # part of BUN's deficit caused by school transport
A_PASSAGE = ("Skolskjutsarna har blivit dyrare eftersom det nya avtalet, som gäller från terminsstarten i "
             "augusti, har ett högre pris per kilometer och kräver fler fordon med plats för rullstol.")
A_MEASURES = [
    "Socialnämnden ska senast den 30 november 2026 redovisa en plan för att minska kostnaderna för "
    "hemtjänsten utan att sänka kvaliteten.",
    "Barn- och utbildningsnämnden ser över skolskjutsarnas linjer och hållplatser inför vårterminen 2027.",
    "Anställningsprövning gäller för alla tjänster inom socialnämnden och barn- och utbildningsnämnden "
    "under resten av året.",
    "Kommunstyrelsen följer upp prognosen för samtliga nämnder vid sitt sammanträde i november.",
]


def a_dev(row):
    """deviation from budget (positive = surplus)"""
    return r1(row[1] - row[3])


def a_use(row):
    """share of the annual budget used by 31 August, per cent"""
    return r1(row[2] / row[1] * 100)


def a_total():
    b = r1(sum(n[1] for n in A_NAMNDER))
    u = r1(sum(n[2] for n in A_NAMNDER))
    p = r1(sum(n[3] for n in A_NAMNDER))
    return ("Summa nämnder", b, u, p)


def a_forecast():
    return r1(A_BUDGET_RESULT + a_dev(a_total()) + A_TAX_DEV + A_FIN_DEV)


# =====================================================================================================
# (b) Prästmora kommun – personalbokslut 2026
# =====================================================================================================
# (förvaltning, kvinnor, män, medelålder, (sjukfrånvaro kvinnor 2025, 2026, män 2025, 2026)) – 31 december 2026
B_FORV = [
    ("Kommunledningsförvaltningen", 118, 52, 45.8, (4.9, 3.4, 2.8, 3.8)),
    ("Barn- och utbildningsförvaltningen", 1034, 262, 44.1, (7.2, 7.8, 4.1, 4.4)),
    ("Vård- och omsorgsförvaltningen", 1187, 198, 46.9, (9.4, 9.3, 6.2, 6.8)),
    ("Samhällsbyggnadsförvaltningen", 64, 121, 47.6, (4.1, 3.9, 4.8, 5.0)),
    ("Kultur- och fritidsförvaltningen", 71, 48, 43.2, (5.6, 6.3, 3.9, 3.1)),
    ("Serviceförvaltningen", 212, 139, 48.4, (8.8, 9.6, 5.7, 6.1)),
    ("Miljö- och byggförvaltningen", 38, 22, 44.7, (3.7, 3.2, 3.5, 4.0)),
]
B_TOTAL_NAME = "Prästmora kommun"
B_PERMANENT = 3049            # tillsvidareanställda 31 december 2026
B_LEFT = 187                  # tillsvidareanställda som slutade under 2026
B_TURNOVER_2025 = 5.4
B_AGES = ["–29 år", "30–39 år", "40–49 år", "50–59 år", "60– år"]
B_PYRAMID = [(312, 118), (588, 176), (734, 198), (762, 226), (328, 124)]   # (kvinnor, män) per age group
B_PASSAGE = ("Ökningen inom serviceförvaltningen förklaras främst av fler långa sjukskrivningar inom lokalvården, "
             "där arbetet är fysiskt tungt och många medarbetare är över 55 år.")
B_BREAK_AFTER = "Samhällsbyggnadsförvaltningen"    # Tabell 2 continues on p. 3 after this förvaltning
B_MEASURES = [
    "Ett gemensamt arbete med lokalvårdens arbetsmiljö startar i februari 2027 tillsammans med "
    "företagshälsovården.",
    "Chefer inom vård och omsorg får stöd av en HR-konsult vid tidiga signaler på ohälsa.",
    "Rutinen för rehabilitering revideras och ska vara klar senast den 30 april 2027.",
    "Uppföljningen av sjukfrånvaron redovisas för kommunstyrelsens personalutskott varje kvartal.",
]


def b_total(f):
    return f[1] + f[2]


def b_share_women(f):
    return r1(f[1] / b_total(f) * 100)


def b_sick_total(f, k):
    """total sick leave of a förvaltning, year k (0 = 2025, 1 = 2026), weighted by headcount"""
    w, m = f[4][k], f[4][2 + k]
    return r1((w * f[1] + m * f[2]) / b_total(f))


def b_sum():
    w = sum(f[1] for f in B_FORV)
    m = sum(f[2] for f in B_FORV)
    age = r1(sum(f[3] * b_total(f) for f in B_FORV) / (w + m))
    return w, m, w + m, age


def b_sick_all(which, k):
    """kommun total sick leave: which = 'K', 'M' or 'T', year k (0 = 2025, 1 = 2026)"""
    if which == "K":
        return r1(sum(f[4][k] * f[1] for f in B_FORV) / sum(f[1] for f in B_FORV))
    if which == "M":
        return r1(sum(f[4][2 + k] * f[2] for f in B_FORV) / sum(f[2] for f in B_FORV))
    return r1(sum(f[4][k] * f[1] + f[4][2 + k] * f[2] for f in B_FORV) / b_sum()[2])


# =====================================================================================================
# (c) Spjutsjö kommun – lokalförsörjningsplan 2027–2031
# =====================================================================================================
# (projekt, åtgärd, investering mnkr, kalkyl i plan 2026 mnkr or None, start, klart (text), status)
C_GROUPS = [
    ("Skolor", [
        ("Svalängsskolan", "Nybyggnad av F–6-skola för 450 elever med idrottshall", 214.0, 196.5, 2027,
         "hösten 2029", "Upphandling"),
        ("Kornboskolan", "Tillbyggnad med sex klassrum och nytt tillagningskök", 48.5, 44.0, 2027, "2028",
         "Projektering"),
        ("Vedbyskolan", "Renovering av ventilation, tak och ytskikt", 31.2, 31.2, 2028, "2029", "Förstudie"),
        ("Kronvallsskolan", "Permanent byggnad som ersätter fyra paviljonger", 62.8, None, 2028, "våren 2030",
         "Förstudie"),
        ("Spjutsjö gymnasium", "Ombyggnad för vård- och omsorgsprogrammet", 18.6, 21.0, 2026, "hösten 2027",
         "Byggnation"),
    ]),
    ("Förskolor", [
        ("Snickarbodens förskola", "Nybyggnad med åtta avdelningar", 72.4, 65.0, 2027, "2028", "Upphandling"),
        ("Ryttarängens förskola", "Tillbyggnad med två avdelningar", 19.8, 17.5, 2028, "våren 2029",
         "Projektering"),
        ("Pilfinkens förskola", "Nybyggnad med sex avdelningar", 54.0, None, 2029, "2031", "Ej påbörjad"),
        ("Solkattens förskola", "Rivning efter flytten till Snickarbodens förskola", 3.1, None, 2029, "2029",
         "Ej påbörjad"),
    ]),
    ("Äldreboenden", [
        ("Solrosens äldreboende", "Nybyggnad med 60 platser", 168.0, 152.0, 2028, "hösten 2030", "Förstudie"),
        ("Västanvindens äldreboende", "Ombyggnad av 24 platser till demensboende", 36.5, 29.8, 2027, "2028",
         "Projektering"),
        ("Ribbingsgården", "Ombyggnad till trygghetsboende med 18 lägenheter", 24.0, 24.0, 2029, "2030",
         "Ej påbörjad"),
    ]),
]
C_BREAK_AFTER = "Pilfinkens förskola"     # Tabell 1 continues on p. 3 after this project
C_STATUS = ["Ej påbörjad", "Förstudie", "Projektering", "Upphandling", "Byggnation"]
C_YEARS = [2027, 2028, 2029, 2030, 2031]
# population forecast (p. 1): (group, 2026, 2031)
C_POP = [("Barn 1–5 år", 2140, 2390), ("Barn och unga 6–15 år", 4420, 4610), ("Invånare 80 år och äldre",
                                                                             1980, 2560)]
C_PASSAGE = ("Paviljongerna vid Kronvallsskolan har ett tidsbegränsat bygglov som upphör i juni 2030 och kan "
             "inte förlängas, och de uppfyller inte dagens krav på ventilation och tillgänglighet.")


def c_projects():
    """[(group, project)]"""
    return [(gr, p) for gr, ps in C_GROUPS for p in ps]


def c_ready_year(p):
    return int(p[5][-4:])


def c_group_sum(gr):
    return r1(sum(p[2] for g_, ps in C_GROUPS if g_ == gr for p in ps))


def c_total():
    return r1(sum(p[2] for _, p in c_projects()))


def c_increase():
    """projects more expensive than in the 2026 plan and the sum of the increases"""
    up = [p for _, p in c_projects() if p[3] is not None and p[2] > p[3]]
    return up, r1(sum(p[2] - p[3] for p in up))


# =====================================================================================================
# (d) Wendelsby kommun – revisionsrapport 2026:2, granskning av socialnämndens hantering av orosanmälningar
# =====================================================================================================
D_U, D_D, D_E = "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"
# (nr, kontrollmål, bedömning, kommentar)
D_MAL = [
    ("1", "Det finns aktuella riktlinjer och rutiner för hur orosanmälningar tas emot och registreras.",
     D_U, "Rutinen reviderades i januari 2026 och är känd av handläggarna."),
    ("2", "En skyddsbedömning görs och dokumenteras samma dag som anmälan kommer in.", D_D,
     "Skyddsbedömningen saknades eller gjordes för sent i fem av de granskade ärendena."),
    ("3", "Förhandsbedömningen avslutas inom 14 dagar med ett beslut av behörig befattningshavare.", D_E,
     "Tidsgränsen hölls i drygt sju av tio ärenden; beslutsfattaren framgick inte alltid."),
    ("4", "Barnets egen berättelse och synpunkter dokumenteras i förhandsbedömningen.", D_D,
     "Barnet kom till tals i hälften av de ärenden där det hade varit möjligt."),
    ("5", "Anmälare inom myndigheter får återkoppling enligt socialtjänstlagen.", D_E,
     "Återkoppling lämnades bara när anmälaren själv frågade."),
    ("6", "Nämnden följer regelbundet upp handläggningstider och kvalitet i mottagningen.", D_D,
     "Tiderna följs upp i årsredovisningen men inte under året."),
    ("7", "Mottagningsenheten har tillräcklig bemanning och kompetens för uppdraget.", D_U,
     "Vakanserna under våren är tillsatta och nya handläggare har introducerats."),
]
# (rekommendation, ansvarig, kontrollmål)
D_REC = [
    ("säkerställa att skyddsbedömningen alltid görs och dokumenteras samma dag som anmälan kommer in, även "
     "när anmälan kommer in sent på dagen eller under en helg", "socialnämnden", "2"),
    ("införa en veckovis bevakning av förhandsbedömningar som närmar sig fjortondagarsgränsen och se till att "
     "beslutet alltid fattas av den som har delegation", "socialnämnden", "3"),
    ("utveckla arbetssättet för att barnets egen berättelse ska tas till vara och dokumenteras i alla "
     "förhandsbedömningar där det är möjligt", "socialnämnden", "4"),
    ("införa en rutin för återkoppling till anmälare inom myndigheter och följa upp att den tillämpas",
     "socialnämnden", "5"),
    ("begära en redovisning av handläggningstiderna i mottagningen minst två gånger per år och följa upp "
     "åtgärderna i den interna kontrollen", "socialnämnden", "6"),
    ("i sin uppsikt över socialnämnden särskilt följa hur handläggningstiderna för orosanmälningar utvecklas",
     "kommunstyrelsen", "3 och 6"),
]
D_N_2026 = 612          # anmälningar 1 januari–30 juni 2026
D_N_2025 = 1096         # anmälningar hela 2025
D_SAMPLE = 40
D_INTERVIEWS = 14
D_SAFE = 35             # skyddsbedömning samma dag
D_FORHAND = 29          # förhandsbedömning klar inom 14 dagar
D_OWN_2025 = 78         # nämndens egen uppföljning 2025, procent inom 14 dagar
D_PASSAGE = ("Förseningarna beror enligt de intervjuade främst på att tre av sju tjänster som socialsekreterare "
             "på mottagningsenheten var vakanta under våren.")


def d_counts():
    return {b: sum(1 for m in D_MAL if m[2] == b) for b in (D_U, D_D, D_E)}


def d_pct(n, of):
    return int(n / of * 100 + 0.5)


# =====================================================================================================
# (e) Ramsåkers kommun – taxa för rengöring (sotning) och brandskyddskontroll 2027
# =====================================================================================================
E_INKL, E_EXKL = "inkl. moms", "exkl. moms"
# (kod, avgift, enhet, 2026 kr or None, 2027 kr or None, moms) – None = enligt offert
E_GROUPS = [
    ("Rengöring (sotning)", [
        ("R1", "Grundavgift per besök och objekt", "per besök", 168, 176, E_INKL),
        ("R2", "Vedpanna eller kombipanna i en- eller tvåbostadshus", "per tillfälle", 412, 431, E_INKL),
        ("R3", "Oljepanna i en- eller tvåbostadshus", "per tillfälle", 356, 372, E_INKL),
        ("R4", "Kakelugn, kamin eller annan lokaleldstad", "per tillfälle", 286, 304, E_INKL),
        ("R5", "Pelletspanna med brännare", "per tillfälle", 398, 398, E_INKL),
        ("R6", "Imkanal i restaurangkök", "per tillfälle", None, None, E_EXKL),
        ("R7", "Rengöring i verksamhetslokal", "per timme", 720, 756, E_EXKL),
    ]),
    ("Brandskyddskontroll", [
        ("B1", "En- eller tvåbostadshus, första objektet", "per objekt", 742, 779, E_INKL),
        ("B2", "Tillkommande objekt vid samma besök", "per objekt", 318, 333, E_INKL),
        ("B3", "Fritidshus", "per objekt", 742, 790, E_INKL),
        ("B4", "Flerbostadshus", "per rökkanal", 256, 270, E_INKL),
        ("B5", "Verksamhetslokal", "per objekt", 896, 940, E_EXKL),
    ]),
    ("Övriga avgifter", [
        ("Ö1", "Framkörningsavgift vid avbokning senare än 24 timmar före besöket", "per tillfälle", 395, 410,
         E_INKL),
        ("Ö2", "Extra besök på fastighetsägarens begäran", "per tillfälle", 540, 567, E_INKL),
        ("Ö3", "Pappersfaktura", "per faktura", 45, 45, E_INKL),
        ("Ö4", "Efterkontroll efter anmärkning", "per tillfälle", 560, 520, E_INKL),
    ]),
]
E_BREAK_AFTER = "B4"          # the table continues on p. 3 after this row
E_INDEX = 4.6                 # the index increase in per cent (p. 1)
E_PASSAGE = ("Avgiften för efterkontroll sänks eftersom fastighetsägaren från 2027 i de flesta fall kan visa "
             "att bristen är åtgärdad genom att skicka in fotografier, vilket gör besöket kortare.")
E_ADOPTED = _dt.date(2026, 11, 23)


def e_rows():
    return [(gr, r) for gr, rs in E_GROUPS for r in rs]


def e_change(r):
    return None if r[3] is None else r1((r[4] - r[3]) / r[3] * 100)


def e_fee(n):
    return "Enligt offert" if n is None else g(n)


# =====================================================================================================
# (f) Vemmeby kommun – trafikmätningar 2026 (p. 2 SCANNED: the consultant's measurement protocol)
# =====================================================================================================
# (nr, gata, mätpunkt, ÅDT 2024 or None, ÅDT 2026, tung trafik %, medelhastighet km/h, skyltad km/h)
F_POINTS = [
    ("1", "Ringleden", "vid Verkstadsgatan", 9840, 10620, 11.4, 52, 50),
    ("2", "Ringleden", "vid Pilgatan", 8910, 9350, 12.8, 57, 60),
    ("3", "Köpmangatan", "vid torget", 6120, 5480, 3.2, 27, 30),
    ("4", "Kvarngatan", "norr om Vallgatan", 4380, 4960, 6.9, 44, 40),
    ("5", "Vallgatan", "vid Sandhedsskolan", 2950, 3120, 2.7, 33, 30),
    ("6", "Verkstadsgatan", "vid industriområdet", 3740, 4410, 18.6, 46, 50),
    ("7", "Skogsvägen", "vid idrottsplatsen", 1260, 1190, 1.9, 38, 30),
    ("8", "Parkvägen", "vid Parkskolan", 870, 1040, 2.2, 29, 30),
    ("9", "Södra infarten", "vid cirkulationsplatsen", 12450, 13180, 14.2, 68, 70),
    ("10", "Sjöviksvägen", "söder om bron", None, 2310, 4.5, 47, 40),
]
F_NOTE1 = "Anm. 1: Mätpunkt 10 är ny 2026 och saknar jämförelsevärde."
F_NOTE2 = ("Anm. 2: Trafiken på Köpmangatan minskade efter att torget gjordes om till gångfartsområde i maj 2025 "
           "och genomfartstrafiken leddes över till Ringleden.")
F_NOTE3 = "ÅDT = årsdygnstrafik, beräknad från mätperioden med säsongsfaktor enligt Trafikverkets metod."
F_PERIOD = (_dt.date(2026, 9, 7), _dt.date(2026, 9, 20))
F_REPORT_DATE = _dt.date(2026, 10, 12)
# measures proposed on p. 3: (text, tkr)
F_MEASURES = [
    ("Två upphöjda övergångsställen på Vallgatan vid Sandhedsskolan", 240),
    ("En hastighetsdisplay på Kvarngatan", 45),
    ("Avsmalning och ny belysning på Sjöviksvägen söder om bron", 180),
    ("Sänkt hastighet till 30 km/h och två vägkuddar på Skogsvägen", 95),
]


def f_change(p):
    return None if p[3] is None else r1((p[4] - p[3]) / p[3] * 100)


def f_row(p):
    """one table row as printed in the scanned protocol"""
    ch = f_change(p)
    return [p[0], p[1], p[2], "–" if p[3] is None else g(p[3]), g(p[4]),
            "–" if ch is None else d1(ch, plus=True), d1(p[5]), str(p[6]), str(p[7])]


F_HEAD1 = ["Nr", "Gata", "Mätpunkt", "ÅDT, fordon/dygn", "", "", "Tung trafik", "Hastighet, km/h", ""]
F_HEAD2 = ["", "", "", "2024", "2026", "Förändr. %", "%", "Medel", "Skyltad"]


def f_scan_blocks():
    rows = [f_row(p) for p in F_POINTS]
    return [
        ("logo", "Rydqvist Trafikanalys AB\tMÄTPROTOKOLL"),
        ("form", [("Uppdragsgivare", "Vemmeby kommun, samhällsbyggnadsförvaltningen"),
                  ("Uppdrag", "Trafikmätning hösten 2026, uppdragsnr 26-114"),
                  ("Mätperiod", f"{F_PERIOD[0].isoformat()} – {F_PERIOD[1].isoformat()}"),
                  ("Metod", "Pneumatiska slangar, 14 dygn per mätpunkt")]),
        ("sp", ""),
        ("h", "Resultat per mätpunkt"),
        ("ttable", {"head1": F_HEAD1, "head2": F_HEAD2, "rows": rows}),
        ("note", F_NOTE1),
        ("note", F_NOTE2),
        ("note", F_NOTE3),
        ("sp", ""),
        ("sign", "Ragnar Vik, trafikingenjör"),
    ]


def f_scan_text():
    """The text printed in the scanned image, in reading order (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style == "sp":
            continue
        if style == "logo":
            out.append(" ".join(t.replace("\t", " ").split()))
        elif style == "form":
            out += [f"{k}: {v}" for k, v in t]
        elif style == "ttable":
            out.append("Nr Gata Mätpunkt ÅDT, fordon/dygn Tung trafik Hastighet, km/h")
            out.append("2024 2026 Förändr. % % Medel Skyltad")
            out += [" ".join(r) for r in t["rows"]]
        else:
            out.append(" ".join(t.split()))
    return "\n".join(out)
