"""The numbers, rows and list items of the six synthetic30 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here. Derived values (changes in per cent,
sums per committee and grand totals, risk values and counts per frequency, indicator assessments, sums per
förvaltning and quarter, dwellings per year, area group and tenure, counts and fee sums of the scanned page) are
computed here, never typed twice."""
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
    s = f"{abs(int(n)):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def gd(n):
    """table cell for a count: 0 -> '–'"""
    return "–" if n == 0 else g(n)


def d1(x, plus=False):
    """7.45 -> '7,5'; negative with '−'; plus=True gives '+' to positive values."""
    s = f"{abs(r1(x)):.1f}".replace(".", ",")
    if x < 0 and s != "0,0":
        return MINUS + s
    if plus and x > 0 and s != "0,0":
        return "+" + s
    return s


def mn(x):
    """tkr -> mnkr with one decimal and a decimal comma, grouped: 1642800 -> '1 642,8'"""
    v = r1(x / 1000)
    whole, frac = f"{abs(v):.1f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    return (MINUS + s) if v < 0 else s


# =====================================================================================================
# (a) Bälsunda kommun – driftbudget 2027 per nämnd och verksamhet (nettokostnad, tkr)
# =====================================================================================================
# (code, nämnd, colour, [(verksamhet, utfall 2025, budget 2026, budget 2027)])
A_COMMITTEES = [
    ("KS", "Kommunstyrelsen", (46, 84, 140), [
        ("Politisk verksamhet", 14820, 15300, 15650),
        ("Kommunledning och administration", 48350, 50100, 51900),
        ("Näringsliv och turism", 6950, 6900, 6200),
        ("Räddningstjänst", 24800, 25600, 26900),
        ("Kollektivtrafik", 18900, 19500, 21300)]),
    ("BUN", "Barn- och utbildningsnämnden", (196, 120, 30), [
        ("Förskola", 168400, 174200, 178900),
        ("Grundskola", 312600, 321800, 326400),
        ("Gymnasieskola", 98700, 104300, 101900),
        ("Fritidshem", 31200, 32400, 33100),
        ("Vuxenutbildning", 19800, 21500, 20600),
        ("Kulturskola", 8900, 9200, 9450)]),
    ("SN", "Socialnämnden", (120, 60, 130), [
        ("Hemtjänst", 142300, 148900, 156200),
        ("Särskilt boende", 231500, 236800, 245300),
        ("Insatser enligt LSS", 118200, 124600, 129800),
        ("Individ- och familjeomsorg", 86400, 82100, 79500),
        ("Ekonomiskt bistånd", 34600, 31800, 33200)]),
    ("SBN", "Samhällsbyggnadsnämnden", (40, 120, 80), [
        ("Gator och vägar", 28700, 29400, 30800),
        ("Parker och grönområden", 11200, 11600, 11900),
        ("Fysisk planering", 7800, 8600, 8100),
        ("Miljö- och hälsoskydd", 5900, 6200, 6500),
        ("Bostadsanpassning", 4100, 4800, 5200)]),
    ("KFN", "Kultur- och fritidsnämnden", (170, 60, 60), [
        ("Bibliotek", 12600, 13100, 13400),
        ("Idrotts- och fritidsanläggningar", 22800, 23900, 25600),
        ("Föreningsbidrag", 5400, 5600, 5600),
        ("Fritidsgårdar", 7300, 7900, 7400)]),
]
A_BREAK_AFTER = "SN"          # the table continues on p. 3 after Socialnämndens block
A_TAX = 1642800               # skatteintäkter och generella statsbidrag 2027, tkr (p. 1)
A_FIN = 62600                 # finansförvaltningen netto 2027 (pensioner, kapitalkostnader, finansnetto), tkr
A_PASSAGE = ("Budgeten för individ- och familjeomsorgen minskar eftersom färre barn och unga placeras på "
             "institution sedan öppenvårdsteamet Bryggan startade hösten 2025. Kostnaden för externa placeringar "
             "har nästan halverats på två år.")


def a_pct(r):
    """change budget 2027 vs budget 2026 in per cent (one decimal)"""
    return r1((r[3] - r[2]) / r[2] * 100)


def a_rows():
    """[(code, row)] in table order"""
    return [(c[0], r) for c in A_COMMITTEES for r in c[3]]


def a_csum(code):
    rows = [r for c, r in a_rows() if c == code]
    return tuple(sum(r[k] for r in rows) for k in (1, 2, 3))


def a_total():
    return tuple(sum(r[k] for _, r in a_rows()) for k in (1, 2, 3))


def a_tpct(t):
    return r1((t[2] - t[1]) / t[1] * 100)


def a_committee(code):
    return [c for c in A_COMMITTEES if c[0] == code][0]


def a_row_text(r):
    return f"{r[0]} {g(r[1])} {g(r[2])} {g(r[3])} {d1(a_pct(r), plus=True)}"


def a_sum_text(code):
    s = a_csum(code)
    name = a_committee(code)[1]
    return f"Summa {name[0].lower() + name[1:]} {g(s[0])} {g(s[1])} {g(s[2])} {d1(a_tpct(s), plus=True)}"


def a_result():
    """årets resultat 2027, tkr: skatteintäkter − nämnder − finansförvaltning"""
    return A_TAX - a_total()[2] - A_FIN


# =====================================================================================================
# (b) Erkelunda kommun – vård- och omsorgsnämndens internkontrollplan 2027
# =====================================================================================================
# (nr, process, risk, sannolikhet, konsekvens, kontrollmetod, ansvarig roll, frekvens)
B_RISKS = [
    (1, "Läkemedelshantering", "Läkemedel ges utan aktuell ordination", 2, 4,
     "Stickprov på 20 signeringslistor per enhet", "Medicinskt ansvarig sjuksköterska", "kvartalsvis"),
    (2, "Läkemedelshantering", "Narkotikaklassade läkemedel saknas vid inventering", 2, 3,
     "Avstämning av narkotikajournaler mot lagret", "Enhetschef", "månadsvis"),
    (3, "Dokumentation", "Genomförandeplaner upprättas inte inom 14 dagar", 3, 2,
     "Uttag ur verksamhetssystemet", "Enhetschef", "kvartalsvis"),
    (4, "Dokumentation", "Avvikelser rapporteras inte i avvikelsesystemet", 3, 3,
     "Jämförelse av avvikelser mot händelser i journalen", "Kvalitetsstrateg", "kvartalsvis"),
    (5, "Bemanning", "Timanställda arbetar mer än arbetstidslagen tillåter", 3, 3,
     "Kontroll av scheman och tidrapporter", "HR-specialist", "månadsvis"),
    (6, "Bemanning", "Kostnaderna för inhyrda sjuksköterskor överskrider budget", 4, 3,
     "Uppföljning av fakturor från bemanningsföretag", "Verksamhetschef", "månadsvis"),
    (7, "Ekonomi", "Hemtjänstavgifter debiteras felaktigt", 2, 2,
     "Stickprov på 30 avgiftsbeslut", "Avgiftshandläggare", "kvartalsvis"),
    (8, "Ekonomi", "Inköp görs utanför upphandlade avtal", 3, 2,
     "Granskning av leverantörsreskontran", "Controller", "en gång per år"),
    (9, "Myndighetsutövning", "Beslut om bistånd verkställs inte inom tre månader", 2, 4,
     "Uttag av ej verkställda beslut", "Biståndschef", "kvartalsvis"),
    (10, "Myndighetsutövning", "Utredningar saknar den enskildes egna synpunkter", 2, 3,
     "Granskning av tio utredningar", "Biståndschef", "en gång per år"),
    (11, "Informationssäkerhet", "Behörigheter finns kvar när en anställning har upphört", 3, 3,
     "Jämförelse av behörighetslistor mot personalregistret", "Systemförvaltare", "kvartalsvis"),
    (12, "Informationssäkerhet", "Obehörig läsning i journaler upptäcks inte", 4, 3,
     "Slumpvis granskning av loggar", "Systemförvaltare", "månadsvis"),
    (13, "Säkerhet", "Brandskyddsronder genomförs inte på boendena", 2, 4,
     "Kontroll av ronderingsprotokoll", "Fastighetssamordnare", "en gång per år"),
    (14, "Säkerhet", "Nycklar till brukarnas bostäder hanteras felaktigt", 3, 4,
     "Inventering av nyckelskåp och kvittenser", "Enhetschef", "kvartalsvis"),
    (15, "Avtalsuppföljning", "Privata utförare följer inte avtalen", 2, 3,
     "Avtalsuppföljning med platsbesök", "Avtalscontroller", "en gång per år"),
]
B_FREQS = ["månadsvis", "kvartalsvis", "en gång per år"]
B_MONTHS = {"månadsvis": list(range(1, 13)), "kvartalsvis": [3, 6, 9, 12], "en gång per år": [10]}
B_ADOPTED = _dt.date(2026, 12, 9)         # nämnden beslutar planen
B_REPORTS = [("Delårsuppföljning januari–augusti", _dt.date(2027, 9, 22)),
             ("Helårsuppföljning och förslag till plan 2028", _dt.date(2028, 2, 16))]
B_PASSAGE = ("Kostnaderna för inhyrda sjuksköterskor blev 4,1 mnkr högre än budgeterat under 2026, och "
             "nämnden vill därför följa fakturorna från bemanningsföretagen varje månad.")
B_LEFT_OUT = [   # risks assessed but not taken into the plan (p. 3): (risk, S, K)
    ("Matavfall ökar på boendena", 2, 1),
    ("Tjänstebilar bokas men används inte", 2, 1),
    ("Kontorsmaterial beställs från fel leverantör", 1, 2),
]


def b_rv(r):
    return r[3] * r[4]


def b_level(rv):
    return "låg" if rv <= 4 else ("medel" if rv <= 8 else "hög")


def b_count(freq):
    return sum(1 for r in B_RISKS if r[7] == freq)


def b_row_text(r):
    return f"{r[0]} {r[1]} {r[2]} {r[3]} {r[4]} {b_rv(r)} {r[5]} {r[6]} {r[7]}"


# =====================================================================================================
# (c) Gesterby kommun – barn- och utbildningsnämndens nämndplan 2027
# =====================================================================================================
C_GOALS = [
    ("Mål 1", "Fler elever når kunskapskraven i alla ämnen"),
    ("Mål 2", "Alla barn och elever är trygga och har studiero"),
    ("Mål 3", "Förskolan ger varje barn en god start"),
    ("Mål 4", "Medarbetarna har rätt kompetens och en hållbar arbetsmiljö"),
]
# (goal, nr, indikator, enhet, utgångsvärde, basår, utfall 2025, målvärde 2027, önskad riktning, källa)
C_INDICATORS = [
    ("Mål 1", "1.1", "Behöriga till gymnasiets yrkesprogram, åk 9", "%", 84.2, 2023, 85.1, 90.0, "öka",
     "Skolverket"),
    ("Mål 1", "1.2", "Genomsnittligt meritvärde, åk 9", "poäng", 218.4, 2023, 214.9, 230.0, "öka", "Skolverket"),
    ("Mål 1", "1.3", "Lägst betyget E i matematik, åk 6", "%", 87.5, 2023, 88.9, 92.0, "öka", "Skolverket"),
    ("Mål 1", "1.4", "Klarat nationella provet i svenska, åk 3", "%", 79.0, 2024, 76.4, 85.0, "öka",
     "Skolverket"),
    ("Mål 2", "2.1", "Elever i åk 5 som känner sig trygga i skolan", "%", 91, 2024, 89, 95, "öka", "Elevenkäten"),
    ("Mål 2", "2.2", "Elever i åk 8 som upplever studiero på lektionerna", "%", 64, 2024, 69, 75, "öka",
     "Elevenkäten"),
    ("Mål 2", "2.3", "Anmälningar om kränkande behandling per 100 elever", "antal", 4.8, 2024, 5.3, 3.5, "minska",
     "Ärendesystemet"),
    ("Mål 2", "2.4", "Elever med mer än 15 procent frånvaro", "%", 6.2, 2022, 5.4, 4.0, "minska",
     "Närvarosystemet"),
    ("Mål 3", "3.1", "Andel förskollärare av personalen i förskolan", "%", 38, 2024, 41, 45, "öka", "Skolverket"),
    ("Mål 3", "3.2", "Barn per årsarbetare i förskolan", "antal", 5.4, 2024, 5.2, 5.0, "minska", "Skolverket"),
    ("Mål 3", "3.3", "Vårdnadshavare som är nöjda med förskolan", "%", 88, 2024, 91, 90, "öka",
     "Föräldraenkäten"),
    ("Mål 3", "3.4", "Plats erbjuden inom fyra månader", "%", 94, 2024, 97, 100, "öka", "Kösystemet"),
    ("Mål 4", "4.1", "Lärare med legitimation och behörighet i ämnet", "%", 71.3, 2024, 73.0, 80.0, "öka",
     "Skolverket"),
    ("Mål 4", "4.2", "Sjukfrånvaro bland medarbetarna", "%", 7.9, 2024, 8.4, 6.5, "minska", "Personalsystemet"),
    ("Mål 4", "4.3", "Personalomsättning", "%", 12.0, 2023, 9.6, 10.0, "minska", "Personalsystemet"),
    ("Mål 4", "4.4", "Hållbart medarbetarengagemang (HME)", "index", 78, 2024, 79, 82, "öka",
     "Medarbetarenkäten"),
]
C_BREAK_AFTER = "3.1"          # the table continues on p. 3 after this indicator
C_FRAME = (742.6, 723.7)       # budgetram 2027 och 2026, mnkr (p. 1)
C_PUPILS_NOTE = None
C_PASSAGE = ("Meritvärdet sjönk främst på Enhagsskolan, där en tredjedel av lärartjänsterna i matematik och "
             "NO var vakanta under läsåret 2024/25.")
C_TASKS = [   # nämndens uppdrag 2027 (p. 4): (text, klart)
    ("Ta fram en plan för att rekrytera och behålla legitimerade lärare i matematik och NO", "30 april 2027"),
    ("Inför gemensamma rutiner för frånvarouppföljning i alla grundskolor", "augusti 2027"),
    ("Utred behovet av förskoleplatser i Gesterby centrum till och med 2030", "2027-10-31"),
    ("Genomför en fördjupad analys av resultaten i svenska i åk 3", "december 2027"),
]


def c_fmt(ind, v):
    """a value as printed: one decimal where the indicator is kept with decimals"""
    return d1(v) if isinstance(ind[4], float) else str(v)


def c_worse(ind):
    """outcome 2025 worse than the baseline, given the wanted direction"""
    return ind[6] < ind[4] if ind[8] == "öka" else ind[6] > ind[4]


def c_reached(ind):
    """outcome 2025 already at or beyond the 2027 target"""
    return ind[6] >= ind[7] if ind[8] == "öka" else ind[6] <= ind[7]


def c_row_text(ind):
    return (f"{ind[1]} {ind[2]} {ind[3]} {c_fmt(ind, ind[4])} {ind[5]} {c_fmt(ind, ind[6])} "
            f"{c_fmt(ind, ind[7])} {ind[8]} {ind[9]}")


def c_ind(nr):
    return [i for i in C_INDICATORS if i[1] == nr][0]


# =====================================================================================================
# (d) Hökvalla kommun – upphandlingsplan 2027
# =====================================================================================================
D_DEPTS = ["Kommunledning", "Barn och utbildning", "Socialtjänst", "Samhällsbyggnad", "Kultur och fritid"]
# (nr, upphandling, årsvärde mnkr, start (år, månad), avtalstid år, ansvarig förvaltning, typ)
D_PROCS = [
    ("U01", "Skolskjutsar", 16.8, (2027, 1), 6, "Barn och utbildning", "Förnyad"),
    ("U02", "Asfaltering och beläggningsunderhåll", 12.6, (2027, 1), 4, "Samhällsbyggnad", "Förnyad"),
    ("U03", "Företagshälsovård", 1.8, (2027, 2), 4, "Kommunledning", "Förnyad"),
    ("U04", "Bemanning av sjuksköterskor", 7.5, (2027, 2), 2, "Socialtjänst", "Ny"),
    ("U05", "Livsmedel till kök och skolor", 28.4, (2027, 3), 4, "Kommunledning", "Förnyad"),
    ("U06", "Digitala läromedel", 2.7, (2027, 3), 3, "Barn och utbildning", "Ny"),
    ("U07", "Matdistribution till hemtjänsten", 1.6, (2027, 3), 3, "Socialtjänst", "Ny"),
    ("U08", "Telefoni och mobila tjänster", 3.2, (2027, 4), 3, "Kommunledning", "Förnyad"),
    ("U09", "Vinterväghållning", 9.4, (2027, 4), 5, "Samhällsbyggnad", "Förnyad"),
    ("U10", "Elevdatorer, leasing", 6.3, (2027, 5), 3, "Barn och utbildning", "Förnyad"),
    ("U11", "Ramavtal för byggentreprenader", 22.0, (2027, 5), 4, "Samhällsbyggnad", "Ny"),
    ("U12", "Trygghetslarm", 2.1, (2027, 6), 5, "Socialtjänst", "Förnyad"),
    ("U13", "Systemstöd för e-arkiv", 1.4, (2027, 6), 5, "Kommunledning", "Ny"),
    ("U14", "Städtjänster i skolor", 5.9, (2027, 8), 4, "Barn och utbildning", "Förnyad"),
    ("U15", "Medier till biblioteken", 1.2, (2027, 8), 4, "Kultur och fritid", "Förnyad"),
    ("U16", "Inkontinenshjälpmedel", 3.8, (2027, 9), 4, "Socialtjänst", "Förnyad"),
    ("U17", "Kontorsmaterial", 0.9, (2027, 9), 4, "Kommunledning", "Förnyad"),
    ("U18", "Tjänstebilar, leasing", 4.6, (2027, 10), 4, "Kommunledning", "Förnyad"),
    ("U19", "Slamtömning", 3.3, (2027, 10), 6, "Samhällsbyggnad", "Ny"),
    ("U20", "HVB-placeringar för ungdomar", 11.2, (2027, 11), 4, "Socialtjänst", "Ny"),
    ("U21", "Drift och underhåll av gatubelysning", 4.2, (2027, 12), 4, "Samhällsbyggnad", "Förnyad"),
    ("U22", "Drift av Hökvallabadet", 6.8, (2028, 1), 5, "Kultur och fritid", "Ny"),
    ("U23", "Färdtjänstresor", 8.9, (2028, 2), 4, "Samhällsbyggnad", "Förnyad"),
]
D_BREAK_AFTER = "U12"         # the table continues on p. 2 after this row (inside the second quarter)
D_KS_LIMIT = 5.0              # årsvärde över 5 mnkr: kommunstyrelsen beslutar om start (p. 1 and p. 3)
D_ADOPTED = _dt.date(2026, 11, 24)
D_PASSAGE = ("Badet har drivits i egen regi sedan det öppnade 1998. Kommunfullmäktige beslutade i juni 2026 att "
             "driften ska konkurrensutsättas från 2028.")


def d_quarter(p):
    y, m = p[3]
    return y, (m - 1) // 3 + 1


def d_quarters():
    qs = []
    for p in D_PROCS:
        if d_quarter(p) not in qs:
            qs.append(d_quarter(p))
    return qs


def d_qlabel(q):
    return f"Kvartal {q[1]} {q[0]}"


def d_start(p):
    return f"{MONTHS[p[3][1] - 1]} {p[3][0]}"


def d_dec(x):
    return d1(x)


def d_row_text(p):
    return f"{p[0]} {p[1]} {d_dec(p[2])} {d_start(p)} {p[4]} {p[5]} {p[6]}"


def d_total():
    return r1(sum(p[2] for p in D_PROCS))


def d_dept_sum(dept):
    ps = [p for p in D_PROCS if p[5] == dept]
    return len(ps), r1(sum(p[2] for p in ps)), sum(1 for p in ps if p[6] == "Ny")


def d_count(kind):
    return sum(1 for p in D_PROCS if p[6] == kind)


# =====================================================================================================
# (e) Masthamra kommun – bostadsförsörjningsprogram 2027–2030
# =====================================================================================================
E_YEARS = [2027, 2028, 2029, 2030]
# (ortsgrupp, [(område, 2027, 2028, 2029, 2030, hyresrätt, bostadsrätt, äganderätt)])
E_GROUPS = [
    ("Masthamra tätort", [
        ("Tegelbruket", 40, 60, 40, 0, 80, 60, 0),
        ("Hamnkvarteret", 0, 35, 55, 30, 30, 90, 0),
        ("Bergsgärdet", 24, 24, 0, 0, 48, 0, 0),
        ("Murarbacken", 0, 0, 30, 45, 45, 15, 15)]),
    ("Ekhamn", [
        ("Ekhamns centrum", 18, 0, 22, 0, 40, 0, 0),
        ("Mellangärdet", 0, 12, 12, 12, 0, 12, 24),
        ("Tallstigen", 6, 8, 8, 0, 0, 0, 22)]),
    ("Byarna", [
        ("Grönvik", 4, 4, 4, 4, 0, 0, 16),
        ("Hästeby", 0, 10, 0, 0, 10, 0, 0),
        ("Bodvallen", 3, 3, 3, 3, 0, 0, 12)]),
]
E_TARGET = 150                # bostäder per år enligt översiktsplanen (p. 1)
E_POP = (16840, 17120)        # invånare 2021 och 2026 (p. 1)
E_PASSAGE = ("Bygget i Hamnkvarteret kan inte börja förrän den förorenade marken vid det gamla varvet har "
             "sanerats, vilket beräknas vara klart under hösten 2027.")
E_STRATEGIES = [   # (bold lead-in, text) – the numbered list on p. 3
    ("Fler hyresrätter nära kollektivtrafiken.",
     "Minst hälften av de nya lägenheterna i Masthamra tätort och Ekhamn ska upplåtas med hyresrätt och ligga "
     "inom 500 meter från en hållplats med trafik minst varje halvtimme."),
    ("Blandade upplåtelseformer i varje område.",
     "Vid markanvisning på kommunens mark ställs krav på att ett område med fler än 40 bostäder får minst två "
     "upplåtelseformer."),
    ("Ett aktivt kommunalt bostadsbolag.",
     "Det kommunala bostadsbolaget Masthamrahem ska påbörja minst 40 lägenheter per år och ansvara för "
     "hyresrätterna i Bergsgärdet och Ekhamns centrum."),
    ("Bostäder för äldre i tätorterna.",
     "Kommunen ska verka för att det finns ett trygghetsboende i både Masthamra tätort och Ekhamn före utgången "
     "av 2030, så att äldre kan flytta från villor till lägenheter nära service."),
    ("Levande byar.",
     "I Grönvik, Hästeby och Bodvallen prövas enstaka tomter genom förhandsbesked i stället för nya "
     "detaljplaner, och kommunen håller minst tio tomter för småhus till salu."),
    ("Bostäder för dem som står utanför bostadsmarknaden.",
     "Socialnämnden ska ha tillgång till 25 lägenheter med sociala kontrakt, och trappstegsmodellen följs upp "
     "varje år."),
]


def e_rows():
    return [(gr, r) for gr, rs in E_GROUPS for r in rs]


def e_sum(r):
    return sum(r[1:5])


def e_gsum(gr):
    rs = [r for g_, r in e_rows() if g_ == gr]
    return tuple(sum(r[k] for r in rs) for k in range(1, 8))


def e_total():
    return tuple(sum(r[k] for _, r in e_rows()) for k in range(1, 8))


def e_row_text(r):
    return f"{r[0]} " + " ".join(gd(v) for v in r[1:5]) + f" {e_sum(r)} " + " ".join(gd(v) for v in r[5:8])


def e_gsum_text(gr):
    s = e_gsum(gr)
    return f"Summa {gr} " + " ".join(gd(v) for v in s[:4]) + f" {sum(s[:4])} " + " ".join(gd(v) for v in s[4:])


def e_area(name):
    return [r for _, r in e_rows() if r[0] == name][0]


def e_avg():
    return sum(e_total()[:4]) / len(E_YEARS)


# =====================================================================================================
# (f) Tuvesta kommun – byggnadsnämnden: bygglovsverksamheten januari–juni 2027
#     (page 2 is a SCANNED image without a text layer)
# =====================================================================================================
# (fastighet, åtgärd, beslutsdatum, beslut, avgift kr)
F_DECISIONS = [
    ("Hägern 7", "Tillbyggnad av enbostadshus", _dt.date(2027, 6, 2), "Beviljas", 8450),
    ("Gäddan 12", "Nybyggnad av garage", _dt.date(2027, 6, 2), "Beviljas", 6120),
    ("Bruksby 2:7", "Nybyggnad av enbostadshus", _dt.date(2027, 6, 4), "Beviljas", 24380),
    ("Mården 18", "Fasadändring, byte av fönster", _dt.date(2027, 6, 7), "Beviljas", 3960),
    ("Eneberg 1:34", "Nybyggnad av fritidshus", _dt.date(2027, 6, 9), "Avslås", 11200),
    ("Tranan 5", "Nybyggnad av flerbostadshus, 24 lägenheter", _dt.date(2027, 6, 10), "Beviljas", 86740),
    ("Gåsvik 4:12", "Förhandsbesked för enbostadshus", _dt.date(2027, 6, 11), "Positivt", 9150),
    ("Bävern 3", "Rivning av industribyggnad", _dt.date(2027, 6, 14), "Beviljas", 9870),
    ("Holmby 1:9", "Marklov för utfyllnad", _dt.date(2027, 6, 15), "Beviljas", 7340),
    ("Hyvlaren 6", "Skylt på fasad", _dt.date(2027, 6, 17), "Beviljas", 2780),
    ("Gåsvik 4:15", "Nybyggnad av enbostadshus", _dt.date(2027, 6, 21), "Avslås", 18650),
    ("Blåmesen 11", "Tillbyggnad av förskola", _dt.date(2027, 6, 23), "Beviljas", 32400),
    ("Eneberg 1:40", "Ändrad användning, ladugård till bostad", _dt.date(2027, 6, 28), "Beviljas", 14920),
    ("Mården 22", "Inglasning av balkonger", _dt.date(2027, 6, 30), "Beviljas", 5310),
]
F_NOTES = [
    "Anm. Eneberg 1:34: Avslag. Platsen ligger inom ett område som översvämmades 2023, och kommunens "
    "skyfallskartering visar att tomten kan stå under vatten vid ett hundraårsregn.",
    "Anm. Gåsvik 4:15: Avslag. Huset skulle få en byggnadshöjd på 8,4 meter, medan detaljplanen tillåter högst "
    "6,5 meter. Avvikelsen kan inte ses som liten.",
]
F_PASSAGE = ("Huset skulle få en byggnadshöjd på 8,4 meter, medan detaljplanen tillåter högst 6,5 meter.")
F_SIGNED = _dt.date(2027, 7, 2)          # the list was printed and signed (scanned page)
F_MEETING = _dt.date(2027, 8, 25)        # byggnadsnämndens sammanträde (p. 1)
F_REPORT = _dt.date(2027, 8, 9)          # the report's date (p. 1)
# p. 3: Tabell 2 (ärendetyp, inkomna jan–jun 2026, inkomna jan–jun 2027, beslut jan–jun 2027,
#        median handläggningstid i veckor 2026, 2027)
F_STATS = [
    ("Nybyggnad av en- och tvåbostadshus", 38, 31, 29, 6.0, 5.5),
    ("Tillbyggnad", 54, 49, 47, 4.5, 4.0),
    ("Flerbostadshus och lokaler", 12, 9, 8, 8.5, 9.5),
    ("Komplementbyggnader", 41, 44, 41, 3.5, 3.0),
    ("Fasadändring och skyltar", 27, 25, 24, 3.0, 3.5),
    ("Rivningslov", 9, 8, 8, 2.5, 2.5),
    ("Marklov", 6, 7, 6, 4.0, 5.0),
    ("Förhandsbesked", 19, 16, 14, 7.5, 6.5),
    ("Anmälningsärenden", 30, 25, 21, 2.0, 2.0),
]
F_RATE = (1180, 1240)          # timavgift enligt taxan 2026 och 2027, kr (p. 3)


def f_counts():
    bev = sum(1 for d in F_DECISIONS if d[3] in ("Beviljas", "Positivt"))
    avs = sum(1 for d in F_DECISIONS if d[3] == "Avslås")
    return len(F_DECISIONS), bev, avs


def f_fee_sum():
    return sum(d[4] for d in F_DECISIONS)


def f_stat_total():
    return tuple(sum(r[k] for r in F_STATS) for k in (1, 2, 3))


def f_stat_text(r):
    return f"{r[0]} {r[1]} {r[2]} {r[3]} {d1(r[4])} {d1(r[5])}"


def f_scan_row(d):
    """a decision as printed on the scanned page (whitespace collapsed)"""
    return f"{d[0]} {d[1]} {d[2].isoformat()} {d[3]} {g(d[4])}"


def f_scan_blocks():
    """blocks for scan30.render_scan: the signed list of decisions of June 2027"""
    n, bev, avs = f_counts()
    rows = [["Fastighet", "Åtgärd", "Beslutsdatum", "Beslut", "Avgift, kr"]]
    for d in F_DECISIONS:
        rows.append([d[0], d[1], d[2].isoformat(), d[3], g(d[4])])
    return [
        ("faxhead", f"{F_SIGNED.isoformat()} 09:14   FRÅN: TUVESTA KOMMUN SAMHÄLLSBYGGNAD   SID 1/1"),
        ("punch", ""),
        ("letterhead", "TUVESTA KOMMUN\tByggnadsnämnden"),
        ("sp", ""),
        ("h", "Bilaga 1. Beslut om lov och förhandsbesked, juni 2027"),
        ("small", "Fattade med stöd av delegation\tUtskrift ur ärendesystemet"),
        ("grid", rows),
        ("p", f"Antal beslut: {n}, varav {bev} bifall och {avs} avslag. Summa avgifter: {g(f_fee_sum())} kr."),
        *[("note", t) for t in F_NOTES],
        ("sp", ""),
        ("sign", "Hanna Grip, bygglovshandläggare\tMagnus Eklöf, bygglovschef"),
        ("watermark", "KOPIA"),
    ]


def f_scan_text():
    """The text printed in the scanned image, line by line (whitespace collapsed)."""
    out = []
    for style, t in f_scan_blocks():
        if style in ("sp", "punch"):
            continue
        if style == "grid":
            out.append(" ".join(t[0]))
            for d in F_DECISIONS:
                out.append(f_scan_row(d))
            continue
        out.append(" ".join(t.replace("\t", " ").split()))
    return "\n".join(out)
