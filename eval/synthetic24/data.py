"""The numbers, rows and list items of the six synthetic24 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (compensations, frames,
sums, comparisons with riket, totals, cost-recovery ratios, risk values and levels, counts, the scanned text) are
computed here, never typed twice."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def dmy(d):
    """date -> '1 september 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def sgrp(n):
    """tkr change with sign: 640 -> '+640', -1050 -> '−1 050', 0 -> '–'."""
    if n == 0:
        return "–"
    s = f"{abs(int(n)):,}".replace(",", " ")
    return ("+" if n > 0 else "\u2212") + s


# =====================================================================================================
# (a) Gräsviks kommun – kultur- och fritidsnämndens nämndbudget 2027 med plan 2028 (tkr)
# =====================================================================================================
A_KOMP_PCT = 2.9            # pris- och lönekompensation 2027, procent of budget 2026
A_PLAN_PCT = 2.4            # uppräkning i plan 2028
A_HALL_2028 = 900           # drift av Sandvallshallen from 2028 (added to plan 2028 of the anläggningar)
# (verksamhetsområde, [(verksamhet, budget 2026 tkr, gets compensation?)])
A_GROUPS = [
    ("Gemensamt", [("Nämnd och förvaltningsledning", 6840, True)]),
    ("Kultur", [("Bibliotek", 14620, True), ("Kulturskola", 11380, True),
                ("Allmänkultur och kulturarv", 5270, True), ("Kulturhuset Cirkeln", 7950, True)]),
    ("Fritid", [("Fritidsgårdar och ungdomsverksamhet", 9460, True),
                ("Idrotts- och fritidsanläggningar", 18730, True), ("Gräsviks simhall", 12150, True),
                ("Föreningsbidrag", 8900, False)]),
]
# ramförändringar 2027 (besides the compensation): (id, text, verksamhet, tkr)
A_CHANGES = [
    ("T1", "Drift och skötsel av den nya konstgräsplanen på Sandvallen", "Idrotts- och fritidsanläggningar", 1250),
    ("T2", "Meröppet med utökade öppettider på Skeppsviks bibliotek", "Bibliotek", 640),
    ("T3", "Fler platser i kulturskolan för att korta kön", "Kulturskola", 900),
    ("T4", "Sommarlovsaktiviteter för barn och unga 6–15 år", "Fritidsgårdar och ungdomsverksamhet", 480),
    ("T5", "Högre energikostnader i Gräsviks simhall", "Gräsviks simhall", 1100),
    ("T6", "Höjt lokalt aktivitetsstöd till idrottsföreningar", "Föreningsbidrag", 350),
    ("B1", "Simhallen stängs under juli för underhåll och semester", "Gräsviks simhall", -620),
    ("B2", "Minskat anslag till kommunens egna kulturarrangemang", "Allmänkultur och kulturarv", -300),
    ("B3", "Samordnad administration med tekniska förvaltningen", "Nämnd och förvaltningsledning", -450),
    ("B4", "Fritidsgården Spiran avvecklas och verksamheten flyttar till Kulturhuset Cirkeln",
     "Fritidsgårdar och ungdomsverksamhet", -1050),
    ("B5", "Lägre hyra när kulturskolan flyttar in i Kulturhuset Cirkeln", "Kulturskola", -380),
    ("B6", "Digital lokalbokning ersätter manuell bokning", "Idrotts- och fritidsanläggningar", -200),
    ("B7", "Sänkt grundbidrag till studieförbunden", "Föreningsbidrag", -250),
]


def a_rows():
    """[(group, verksamhet, b26, komp, change, ram27, plan28)]"""
    out = []
    for g, rs in A_GROUPS:
        for v, b26, comp in rs:
            komp = int(b26 * A_KOMP_PCT / 100 + 0.5) if comp else 0
            ch = sum(c[3] for c in A_CHANGES if c[2] == v)
            ram = b26 + komp + ch
            plan = ram if not comp else int(ram * (1 + A_PLAN_PCT / 100) + 0.5)
            if v == "Idrotts- och fritidsanläggningar":
                plan += A_HALL_2028
            out.append((g, v, b26, komp, ch, ram, plan))
    return out


def a_sum(group=None):
    """(b26, komp, change, ram27, plan28) for a verksamhetsområde or the whole nämnd."""
    rows = [r for r in a_rows() if group in (None, r[0])]
    return tuple(sum(r[k] for r in rows) for k in range(2, 7))


def a_tillskott():
    return sum(c[3] for c in A_CHANGES if c[3] > 0)


def a_besparingar():
    return sum(c[3] for c in A_CHANGES if c[3] < 0)


# =====================================================================================================
# (b) Kärrvalla kommun – folkhälsorapport 2026 (indikatorer 2023–2025, kvinnor och män, jämfört med riket)
# =====================================================================================================
B_YEARS = [2023, 2024, 2025]
# (område, [(indikator, enhet, fotnot, riktning "+" = högre är bättre, kvinnor (2023, 2024, 2025), riket kvinnor
#   2025, män (2023, 2024, 2025), riket män 2025)])
B_AREAS = [
    ("Levnadsvanor", [
        ("Daglig rökning", "%", "¹", "-", (9, 8, 7), 6, (8, 8, 9), 6),
        ("Fysisk aktivitet minst 150 minuter i veckan", "%", "¹", "+", (61, 58, 56), 63, (64, 65, 67), 65),
        ("Riskkonsumtion av alkohol", "%", "¹", "-", (11, 12, 12), 12, (19, 18, 16), 18),
        ("Fetma, BMI 30 eller mer", "%", "¹", "-", (19, 20, 21), 16, (20, 21, 21), 17)]),
    ("Psykisk hälsa", [
        ("Nedsatt psykiskt välbefinnande", "%", "¹", "-", (21, 23, 24), 21, (13, 14, 16), 14),
        ("Svåra sömnbesvär", "%", "¹", "-", (9, 10, 9), 9, (6, 6, 7), 6),
        ("Sjukpenningtal", "dagar", "²", "-", (12.4, 12.9, 13.3), 11.8, (7.1, 7.4, 7.2), 6.9)]),
    ("Livsvillkor", [
        ("Förvärvsarbetande 20–64 år", "%", "³", "+", (78.4, 79.1, 79.8), 79.5, (82.0, 82.6, 82.2), 83.1),
        ("Eftergymnasial utbildning 25–64 år", "%", "³", "+", (47.2, 48.0, 48.9), 55.1, (33.5, 33.9, 34.6), 42.8),
        ("Medellivslängd", "år", "³", "+", (83.6, 83.9, 84.1), 84.8, (80.2, 80.4, 80.6), 81.5)]),
]
B_FOOTNOTES = [
    "¹ Källa: Folkhälsomyndigheten, nationella folkhälsoenkäten Hälsa på lika villkor, 16–84 år. Värdena för "
    "Kärrvalla är sammanvägda för fyra år och avrundade till hela procent.",
    "² Källa: Försäkringskassan. Antal dagar med sjukpenning och rehabiliteringspenning per försäkrad 16–64 år.",
    "³ Källa: SCB, befolknings- och sysselsättningsstatistik. Medellivslängden är ett medelvärde för de fem "
    "senaste åren.",
]
# Kärrvalla i siffror (31 december 2025)
B_POP_K, B_POP_M = 12041, 12277
B_KEY = [
    ("Folkmängd", None),                       # filled in from B_POP_K + B_POP_M
    ("varav kvinnor", B_POP_K),
    ("varav män", B_POP_M),
    ("Medelålder, år", 43.6),
    ("Andel 65 år och äldre, %", 23.4),
    ("Andel utrikes födda, %", 14.2),
    ("Födda under 2025", 241),
    ("Döda under 2025", 268),
]
B_INSATSER = [
    "Hälsosamtal för alla 40- och 50-åringar införs på vårdcentralerna i samverkan med regionen från hösten 2026.",
    "Fler lågtröskelaktiviteter för fysisk aktivitet riktas till kvinnor, bland annat gruppträning utomhus i "
    "Gullmyra och Kärrvalla centrum.",
    "Skolornas arbete med tobaks- och nikotinfrihet förstärks, och ett tobaksfritt skolområde gäller vid alla "
    "grundskolor.",
    "Arbetet med psykisk hälsa bland män prioriteras, med information via idrottsföreningar och arbetsplatser.",
]


def b_rows():
    """[(area, indicator tuple)]"""
    return [(a, ind) for a, inds in B_AREAS for ind in inds]


def b_fmt(v):
    return f"{v:.1f}".replace(".", ",") if isinstance(v, float) else str(v)


def b_worse(ind, sex):
    """True if Kärrvalla's 2025 value for women ("K") or men ("M") is worse than riket."""
    name, unit, fn, d, kv, rk, mv, rm = ind
    v, r = (kv[2], rk) if sex == "K" else (mv[2], rm)
    return v < r if d == "+" else v > r


def b_better_since(ind, sex):
    """True if the 2025 value is better than the 2023 value."""
    name, unit, fn, d, kv, rk, mv, rm = ind
    s = kv if sex == "K" else mv
    return s[2] > s[0] if d == "+" else s[2] < s[0]


def b_pop():
    return B_POP_K + B_POP_M


# =====================================================================================================
# (c) Salmsunds kommun – stadstrafiken 2026: resande, punktlighet och kostnadstäckning per linje
# =====================================================================================================
C_PUNKT_MAL = 85.0          # target: share of departures on time, %
C_KT_MAL = 40.0             # target for the kostnadstäckningsgrad, %
# (linje, sträckning, resor tusental 2024/2025/2026, punktlighet % 2025/2026,
#  kostnad mnkr 2025/2026, biljettintäkter mnkr 2025/2026)
C_LINES = [
    ("1", "Gullbacka – Centrum – Sjukhuset", (1284.6, 1312.9, 1356.2), (88.4, 86.9), (23.9, 24.8), (10.3, 10.9)),
    ("2", "Kronåsen – Resecentrum – Saltängen", (968.3, 1001.7, 987.4), (87.1, 81.6), (18.8, 19.6), (7.7, 7.8)),
    ("3", "Stenslund – Centrum – Ulrikedal", (742.0, 771.5, 803.8), (90.2, 90.8), (14.7, 15.3), (6.0, 6.4)),
    ("4", "Grindtorp – Centrum – Granudden", (511.8, 498.2, 522.6), (91.5, 92.3), (11.8, 12.1), (4.3, 4.3)),
    ("5", "Kyrkbacken – Resecentrum", (356.4, 349.9, 341.2), (92.8, 93.4), (9.1, 9.4), (3.0, 2.9)),
    ("6", "Centrum – Sjukhuset – Skogslyckan", (188.5, 205.3, 231.9), (89.0, 88.2), (6.1, 6.8), (1.8, 2.2)),
    ("11", "Resecentrum – Glimsta – Kullerbo", (96.2, 88.7, 79.4), (84.6, 83.9), (7.6, 7.9), (1.2, 1.1)),
    ("S", "Servicelinjen, anropsstyrd", (41.3, 43.8, 45.1), (95.2, 96.0), (3.4, 3.6), (0.3, 0.3)),
]
C_TOTAL = "Hela stadstrafiken"


def c_line(nr):
    return [x for x in C_LINES if x[0] == nr][0]


def c_resor(yi):
    return r1(sum(x[2][yi] for x in C_LINES))


def c_change(x):
    """percent change of journeys 2025 -> 2026 for a line tuple"""
    return r1((x[2][2] - x[2][1]) / x[2][1] * 100)


def c_change_total():
    return r1((c_resor(2) - c_resor(1)) / c_resor(1) * 100)


def c_punkt_total(yi):
    """punctuality of the whole city traffic, weighted by the journeys of that year"""
    return r1(sum(x[3][yi] * x[2][yi + 1] for x in C_LINES) / sum(x[2][yi + 1] for x in C_LINES))


def c_kost(yi):
    return r1(sum(x[4][yi] for x in C_LINES))


def c_intakt(yi):
    return r1(sum(x[5][yi] for x in C_LINES))


def c_kt(x, yi):
    return r1(x[5][yi] / x[4][yi] * 100)


def c_kt_total(yi):
    return r1(c_intakt(yi) / c_kost(yi) * 100)


C_ATGARDER = [
    "Linje 2 får egna signalprioriteringar i de fyra korsningarna längs Storgatan när ombyggnaden är klar i "
    "mars 2027.",
    "Linje 6 förlängs till det nya bostadsområdet i södra Skogslyckan från tidtabellsskiftet i augusti 2027.",
    "Linje 11 ersätts kvällstid och på helger av anropsstyrd trafik, som körs när någon har bokat en resa.",
    "Nya realtidsskyltar sätts upp vid de tolv mest använda hållplatserna.",
]

# =====================================================================================================
# (d) Ölmsta kommun – planprogram och planeringsbesked 2027–2029 (detaljplaner)
# =====================================================================================================
# (nr, detaljplan, område, areal ha, bostäder, status, start (år, kvartal), antagande (år, kvartal) or None)
D_PLANS = [
    ("2024:06", "Södra centrum etapp 2", "Ölmsta tätort", 6.8, 240, "Granskning", (2024, 3), (2027, 2)),
    ("2025:02", "Skolgärdets förskola", "Ölmsta tätort", 1.4, 0, "Antagen", (2025, 1), (2026, 4)),
    ("2025:04", "Gärdsängen", "Ölmsta tätort", 11.2, 180, "Samråd", (2025, 2), (2027, 4)),
    ("2025:07", "Kullerud verksamhetsområde", "Kullerud", 24.5, 0, "Samråd", (2025, 4), (2027, 3)),
    ("2025:09", "Kv. Glasblåsaren", "Ölmsta tätort", 0.9, 64, "Granskning", (2025, 4), (2027, 1)),
    ("2026:01", "Sjöudden", "Sjöudden", 8.3, 46, "Samråd", (2026, 1), (2028, 1)),
    ("2026:03", "Stationsområdet", "Ölmsta tätort", 4.6, 310, "Planuppdrag", (2026, 2), (2028, 4)),
    ("2026:04", "Grusgropen", "Ölmsta tätort", 3.2, 0, "Vilande", (2026, 2), None),
    ("2026:06", "Kyrkbyns centrum", "Kyrkbyn", 2.1, 38, "Samråd", (2026, 3), (2027, 4)),
    ("2026:08", "Storängen etapp 1", "Ölmsta tätort", 9.7, 150, "Planuppdrag", (2026, 4), (2028, 3)),
    ("2027:01", "Sågverkstomten", "Ölmsta tätort", 2.8, 120, "Planuppdrag", (2027, 1), (2028, 2)),
    ("2027:02", "Gransjö fritidshusområde", "Gransjö", 14.0, 28, "Ej påbörjad", (2027, 2), (2029, 1)),
    ("2027:03", "Östra infarten, handel", "Ölmsta tätort", 5.5, 0, "Ej påbörjad", (2027, 3), (2028, 4)),
    ("2027:05", "Skogsbacken äldreboende", "Ölmsta tätort", 1.9, 90, "Ej påbörjad", (2027, 3), (2028, 2)),
    ("2027:06", "Kyrkbyn norra", "Kyrkbyn", 6.4, 32, "Ej påbörjad", (2027, 4), (2029, 2)),
    ("2027:08", "Storängen etapp 2", "Ölmsta tätort", 10.4, 170, "Ej påbörjad", (2028, 1), (2029, 3)),
    ("2027:09", "Centrumkvarteret Smedjetorget", "Ölmsta tätort", 1.2, 85, "Ej påbörjad", (2028, 2), (2029, 4)),
]
D_BREAK_AFTER = "2026:06"     # the table continues on p. 3 after this plan
D_STATUSES = ["Antagen", "Granskning", "Samråd", "Planuppdrag", "Ej påbörjad", "Vilande"]
D_PRIO = [
    "Planer som ger bostäder i Ölmsta tätort nära stationen och centrum går före planer i de mindre orterna.",
    "Kullerud verksamhetsområde ska vara antaget senast hösten 2027 så att två företag kan etablera sig där.",
    "Planer för kommunens egna verksamheter, som förskolor och äldreboenden, prioriteras när behovet är styrkt i "
    "lokalförsörjningsplanen.",
    "Nya planuppdrag ges bara om planen kan finansieras med planavtal eller planavgift.",
    "Stationsområdet samordnas med Trafikverkets ombyggnad av bangården och får därför inte antas före 2028.",
]
# planeringsbesked 2026 (p. 4): (datum, sökande, fastighet, ändamål, besked)
D_BESKED = [
    ("2026-02-17", "Sandbergs Bygg AB", "Ölmsta Kvarnen 4", "Flerbostadshus, cirka 40 lägenheter", "Positivt"),
    ("2026-04-21", "Gunilla och Sture Karlén", "Sjöudden 1:18", "Två villatomter", "Negativt"),
    ("2026-06-09", "Kullerud Logistik AB", "Kullerud 3:2", "Lager och logistik", "Positivt"),
    ("2026-09-15", "Stiftelsen Ölmstagårdar", "Ölmsta Skogsbacken 2", "Trygghetsboende, 36 lägenheter",
     "Positivt"),
    ("2026-11-24", "Gransjö Camping AB", "Gransjö 2:7", "Stugby med 20 stugor", "Negativt"),
]


def d_q(yq):
    """(2027, 3) -> '2027 kv 3'; None -> '–'"""
    return "–" if yq is None else f"{yq[0]} kv {yq[1]}"


def d_total_homes():
    return sum(p[4] for p in D_PLANS)


def d_total_area():
    return r1(sum(p[3] for p in D_PLANS))


# =====================================================================================================
# (e) Gisslinge kommun – risk- och sårbarhetsanalys 2027–2030
# =====================================================================================================
# risks: (nr, rubrik, sannolikhet 1–5, konsekvens 1–5, beskrivning)
E_RISKS = [
    ("R1", "Långvarigt elavbrott", 3, 5,
     "Ett elavbrott som varar mer än ett dygn i stora delar av kommunen, till exempel efter en storm. Vatten och "
     "avlopp, värme och hemtjänstens larm påverkas inom några timmar."),
    ("R2", "Förorenat dricksvatten", 3, 4,
     "Bakterier eller kemikalier når Gisslinge vattenverk, som försörjer omkring 80 procent av invånarna. "
     "Sannolikheten har höjts eftersom råvattnet i Gisslingeån har haft förhöjda halter efter skyfall."),
    ("R3", "Översvämning längs Gisslingeån", 4, 3,
     "Höga flöden i Gisslingeån kan översvämma bostäder och vägar i de lägre delarna av centralorten."),
    ("R4", "Skogsbrand", 3, 3,
     "En stor skogsbrand under en torr sommar, särskilt i de sammanhängande skogarna norr om Kolbäcksmon."),
    ("R5", "IT-attack mot kommunens system", 4, 4,
     "Ett angrepp med skadlig kod som slår ut verksamhetssystem, e-post och telefoni under flera dagar."),
    ("R6", "Pandemi", 2, 4,
     "En ny smitta med hög sjukfrånvaro bland personalen i vård, omsorg och skola under flera månader."),
    ("R7", "Brist på drivmedel", 2, 2,
     "Störningar i leveranserna av diesel och bensin under en vecka eller längre."),
    ("R8", "Värmebölja", 4, 2,
     "En längre period med dygnsmedeltemperaturer över 20 grader som drabbar äldre och sjuka."),
    ("R9", "Brand i vård- och omsorgsboende", 2, 4,
     "En brand nattetid på ett boende där de flesta inte kan sätta sig i säkerhet själva."),
    ("R10", "Olycka med farligt gods", 2, 5,
     "En olycka med en tankbil eller ett godståg som läcker giftiga ämnen nära bostäder eller skolor."),
    ("R11", "Avbrott i telefoni och mobilnät", 3, 3,
     "Ett avbrott som gör att invånarna inte kan ringa 112 eller nå kommunen under flera timmar."),
    ("R12", "Dammbrott vid Storforsdammen", 1, 5,
     "Ett brott i regleringsdammen uppströms centralorten, med snabb översvämning längs hela ån."),
]
E_LEVELS = [(1, 4, "låg"), (5, 9, "medel"), (10, 14, "hög"), (15, 25, "mycket hög")]
# measures: (nr, åtgärd, risker, ansvarig, tidplan)
E_MEASURES = [
    ("Å1", "Installera fast reservkraft i Gisslinge vattenverk och i två tryckstegringsstationer", "R1, R2",
     "Tekniska förvaltningen", _dt.date(2027, 6, 30)),
    ("Å2", "Ta fram en plan för nödvatten med tankar och utdelningsplatser i varje tätort", "R2",
     "Tekniska förvaltningen", _dt.date(2027, 12, 31)),
    ("Å3", "Uppdatera översvämningskarteringen för Gisslingeån med nya flödesberäkningar", "R3, R12",
     "Samhällsbyggnadsförvaltningen", _dt.date(2028, 3, 31)),
    ("Å4", "Införa tvåfaktorsinloggning och öva återställning från säkerhetskopior två gånger per år", "R5",
     "IT-avdelningen", _dt.date(2027, 9, 30)),
    ("Å5", "Utse och utrusta en trygghetspunkt med reservkraft och radio i varje tätort", "R1, R11",
     "Kommunledningskontoret", _dt.date(2027, 10, 31)),
    ("Å6", "Genomföra en övning för krisledningsnämnden och den centrala krisledningsstaben", "Alla",
     "Kommunledningskontoret", _dt.date(2028, 5, 31)),
    ("Å7", "Ta fram rutiner för värmebölja i hemtjänst och på vård- och omsorgsboenden", "R8",
     "Socialförvaltningen", _dt.date(2027, 5, 31)),
    ("Å8", "Genomföra utrymningsövningar nattetid på samtliga vård- och omsorgsboenden", "R9",
     "Räddningstjänsten", _dt.date(2027, 11, 30)),
    ("Å9", "Teckna avtal om prioriterad leverans av drivmedel till samhällsviktig verksamhet", "R7",
     "Ekonomiavdelningen", _dt.date(2028, 12, 31)),
    ("Å10", "Ta fram en plan för skogsbrand tillsammans med skogsägarna och grannkommunerna", "R4",
     "Räddningstjänsten", _dt.date(2028, 6, 30)),
    ("Å11", "Kartlägga transporterna av farligt gods på länsvägen och järnvägen genom centralorten", "R10",
     "Räddningstjänsten", _dt.date(2029, 3, 31)),
]


def e_rv(r):
    return r[2] * r[3]


def e_level(rv):
    return [name for lo, hi, name in E_LEVELS if lo <= rv <= hi][0]


def e_counts():
    out = {name: 0 for _, _, name in E_LEVELS}
    for r in E_RISKS:
        out[e_level(e_rv(r))] += 1
    return out


# =====================================================================================================
# (f) Ugnsta kommun – kommunstyrelsen, anmälan av delegationsbeslut september–oktober 2027 (p. 2 SCANNED)
# =====================================================================================================
# decisions on the scanned page: (nr, datum, beslut, beslutat av, belopp kr or None)
F_DECISIONS = [
    ("2027:41", _dt.date(2027, 9, 2), "Direktupphandling av stöd till lönekartläggning från Sundqvist HR-konsult AB",
     "HR-chef", 186000),
    ("2027:42", _dt.date(2027, 9, 6), "Yttrande till länsstyrelsen över ansökan om vindkraftspark vid Gråberget",
     "Ordförande", None),
    ("2027:43", _dt.date(2027, 9, 9), "Bidrag ur utvecklingsfonden till Ugnsta hembygdsförening för att renovera "
     "Skvaltkvarnen", "Kommundirektör", 45000),
    ("2027:44", _dt.date(2027, 9, 14), "Avskrivning av kundfordringar äldre än fem år", "Ekonomichef", 38412),
    ("2027:45", _dt.date(2027, 9, 20), "Arrendeavtal för jordbruksmark vid Kroksätra, fem år", "Mark- och "
     "exploateringschef", 12500),
    ("2027:46", _dt.date(2027, 9, 27), "Förordnande av tillförordnad kommundirektör 4–15 oktober 2027",
     "Ordförande", None),
    ("2027:47", _dt.date(2027, 10, 1), "Avrop från ramavtal av möbler till Centrumskolans nya matsal",
     "Upphandlingschef", 312750),
    ("2027:48", _dt.date(2027, 10, 5), "Försäljning av begagnad hjullastare genom nätauktion", "Teknisk chef",
     268000),
    ("2027:49", _dt.date(2027, 10, 12), "Avslag på begäran om att få ta del av allmän handling (sekretess)",
     "Kommunjurist", None),
    ("2027:50", _dt.date(2027, 10, 18), "Upptagande av lån hos Kommuninvest inom den ram som fullmäktige har "
     "beslutat", "Ekonomichef", 25000000),
    ("2027:51", _dt.date(2027, 10, 22), "Yttrande över remiss om regional trafikförsörjningsplan 2028–2031",
     "Kommundirektör", None),
    ("2027:52", _dt.date(2027, 10, 28), "Bidrag ur utvecklingsfonden till Kullbyns byalag för en ny lekplats",
     "Kommundirektör", 60000),
]
F_URGENT_NOTE = ("Beslut 2027:42 fattades av ordföranden i brådskande ärende enligt 6 kap. 39 § kommunallagen, "
                 "eftersom länsstyrelsens svarstid gick ut den 10 september, innan kommunstyrelsen hade "
                 "sitt nästa sammanträde.")
F_KS_DATE = _dt.date(2027, 11, 15)       # the meeting where the decisions are reported (p. 1)
F_SKRIVELSE = "2027-11-02"
# delegationsordning (p. 3): (group, [(punkt, ärende, delegat, begränsning)])
F_ORDNING = [
    ("1 Allmänt", [
        ("1.1", "Beslut i brådskande ärenden enligt 6 kap. 39 § kommunallagen", "Ordförande", "–"),
        ("1.2", "Yttranden över remisser som inte är av principiell betydelse", "Kommundirektör", "–"),
        ("1.3", "Förordnande av tillförordnad kommundirektör", "Ordförande", "Högst 4 veckor")]),
    ("2 Ekonomi", [
        ("2.1", "Upptagande av lån inom den ram som fullmäktige har beslutat", "Ekonomichef",
         "Högst 30 mnkr per tillfälle"),
        ("2.2", "Avskrivning av fordringar", "Ekonomichef", "Högst 50 000 kr per fordran"),
        ("2.3", "Bidrag ur kommunstyrelsens utvecklingsfond", "Kommundirektör", "Högst 75 000 kr per ansökan"),
        ("2.4", "Placering av likvida medel enligt finanspolicyn", "Ekonomichef", "–")]),
    ("3 Upphandling", [
        ("3.1", "Direktupphandling", "Förvaltningschef eller HR-chef", "Högst 700 000 kr"),
        ("3.2", "Avrop från ramavtal", "Upphandlingschef", "Högst 2 mnkr per avrop"),
        ("3.3", "Tilldelningsbeslut i upphandling över direktupphandlingsgränsen", "Kommundirektör",
         "Högst 5 mnkr")]),
    ("4 Mark och fastigheter", [
        ("4.1", "Arrende- och nyttjanderättsavtal", "Mark- och exploateringschef", "Högst 5 år"),
        ("4.2", "Försäljning av lös egendom", "Teknisk chef", "Högst 300 000 kr")]),
    ("5 Juridik och personal", [
        ("5.1", "Beslut att inte lämna ut allmän handling", "Kommunjurist", "–"),
        ("5.2", "Anställning av förvaltningschefer", "Kommundirektör", "Efter samråd med ordföranden")]),
]


def f_points():
    return [(g, p) for g, ps in F_ORDNING for p in ps]


def f_fmt(n):
    return "–" if n is None else f"{n:,}".replace(",", " ")


def f_isodate(d):
    return d.isoformat()


def f_scan_blocks():
    rows = [["Nr", "Datum", "Beslut", "Beslutat av", "Belopp, kr"]]
    for nr, d, text, who, amt in F_DECISIONS:
        rows.append([nr, f_isodate(d), text, who, f_fmt(amt)])
    return [
        ("small", "UGNSTA KOMMUN\tBILAGA TILL TJÄNSTESKRIVELSE"),
        ("small", "Kommunstyrelsen\tDnr KS 2027/0188"),
        ("rule", ""),
        ("h", "Förteckning över delegationsbeslut 1 september – 31 oktober 2027"),
        ("p", "Besluten har fattats med stöd av kommunstyrelsens delegationsordning. Belopp anges i kronor "
              "exklusive moms. Beslut utan belopp markeras med ett streck."),
        ("dtable", {"fr": [0.10, 0.13, 0.42, 0.20, 0.15], "align": ["L", "L", "L", "L", "R"], "rows": rows}),
        ("note", F_URGENT_NOTE),
        ("p", "Arrendeavgiften i beslut 2027:45 avser belopp per år. Lånet i beslut 2027:50 har tagits upp med "
              "rörlig ränta och en löptid på tre år."),
        ("sp", ""),
        ("small", "Sammanställd av"),
        ("sign", "Karin Sjölander, nämndsekreterare"),
        ("initials", ""),
    ]


def f_scan_text():
    """The text printed in the scanned image, one block per line (table rows cell by cell)."""
    out = []
    for style, t in f_scan_blocks():
        if style == "dtable":
            out.extend(" ".join(r) for r in t["rows"])
        elif style in ("rule", "initials"):
            continue
        else:
            out.append(t.replace("\t", " "))
    return "\n".join(out)
