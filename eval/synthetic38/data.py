"""The numbers, rows and list items of the six synthetic38 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the cost per inhabitant, the result
share, the finansnetto and the balance-sheet sums, the counts of the control follow-up, the region totals of the
dental clinics, the project sums, the shares performed and the group sums of the supervision report, the grant sums
and the text of the scanned page) are computed here, never typed twice. The helpers r0/r1/r2, dmy, g, d1, d2 are
copied from ../synthetic36/data.py."""
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


def fmt(v, f):
    return {"g": g, "d1": d1, "d2": d2}[f](v)


# =====================================================================================================
# (a) Brunnsheds kommun – årsredovisning 2026, avsnitt "Fem år i sammandrag" och balansräkning
# =====================================================================================================
A_YEARS = [2022, 2023, 2024, 2025, 2026]
A_POP = [21406, 21533, 21690, 21742, 21815]
A_TAXRATE = [21.84, 21.84, 22.09, 22.09, 22.34]
A_NETCOST = [1312.6, 1398.4, 1466.9, 1512.3, 1571.8]      # verksamhetens nettokostnader, mnkr
A_TAXINC = [1341.0, 1419.7, 1487.5, 1541.2, 1609.4]       # skatteintäkter och generella statsbidrag, mnkr
A_RESULT = [24.8, 9.6, 6.3, 18.2, 29.5]                   # årets resultat, mnkr
A_SOL = [41.2, 39.8, 38.1, 38.6, 39.4]                    # soliditet, %
A_SOLP = [14.9, 15.6, 16.0, 17.3, 18.8]                   # soliditet inkl. pensionsförpliktelser, %
A_INV = [96.4, 142.8, 188.5, 131.7, 117.2]                # nettoinvesteringar, mnkr
A_LOAN = [410.0, 470.0, 560.0, 585.0, 585.0]              # låneskuld, mnkr
A_STAFF = [1684, 1702, 1721, 1709, 1733]                  # tillsvidareanställda
A_SICK = [7.6, 7.1, 6.8, 6.5, 6.9]                        # sjukfrånvaro, %
A_BUDGET_RESULT = 15.0                                    # budgeterat resultat 2026, mnkr
A_GOAL_RESULT = 2.0                                       # finansiellt mål: resultat i procent
A_DECIDED = _dt.date(2027, 4, 26)                          # kommunfullmäktige
A_PASSAGE = ("korttidsfrånvaron ökade under vintern i samband med en omfattande influensasäsong, framför allt inom "
             "förskolan och hemtjänsten")
A_CONTACT = ("Maria Vikström", "ekonomichef")
A_CHAIR = "Bengt Fransson"


def a_finnet(i):
    return r1(A_RESULT[i] - (A_TAXINC[i] - A_NETCOST[i]))


def a_rows():
    """[(group, label, unit, values, fmt)] of the five-year table, in printing order"""
    per_inv = [r0(A_NETCOST[i] * 1e6 / A_POP[i]) for i in range(5)]
    res_pct = [r1(A_RESULT[i] / A_TAXINC[i] * 100) for i in range(5)]
    fin = [a_finnet(i) for i in range(5)]
    return [
        ("Invånare och skatt", "Antal invånare 31 december", "st", A_POP, "g"),
        ("Invånare och skatt", "Kommunal skattesats", "kr", A_TAXRATE, "d2"),
        ("Resultat och kostnader", "Verksamhetens nettokostnader", "mnkr", A_NETCOST, "d1"),
        ("Resultat och kostnader", "Nettokostnad per invånare", "kr", per_inv, "g"),
        ("Resultat och kostnader", "Skatteintäkter och generella statsbidrag", "mnkr", A_TAXINC, "d1"),
        ("Resultat och kostnader", "Finansnetto", "mnkr", fin, "d1"),
        ("Resultat och kostnader", "Årets resultat", "mnkr", A_RESULT, "d1"),
        ("Resultat och kostnader", "Resultat i procent av skatter och bidrag", "%", res_pct, "d1"),
        ("Finansiell ställning", "Soliditet", "%", A_SOL, "d1"),
        ("Finansiell ställning", "Soliditet inkl. pensionsförpliktelser¹", "%", A_SOLP, "d1"),
        ("Finansiell ställning", "Nettoinvesteringar", "mnkr", A_INV, "d1"),
        ("Finansiell ställning", "Låneskuld", "mnkr", A_LOAN, "d1"),
        ("Personal", "Tillsvidareanställda", "st", A_STAFF, "g"),
        ("Personal", "Sjukfrånvaro²", "%", A_SICK, "d1"),
    ]


A_GROUPS = ["Invånare och skatt", "Resultat och kostnader", "Finansiell ställning", "Personal"]


def a_row_text(r):
    return f"{r[1]} {r[2]} " + " ".join(fmt(v, r[4]) for v in r[3])


# balance sheet excerpt, mnkr: (section, label, note, 2026-12-31, 2025-12-31)
A_ASSETS = [
    ("Anläggningstillgångar", "Immateriella anläggningstillgångar", 12, 3.1, 4.0),
    ("Anläggningstillgångar", "Fastigheter och anläggningar", 13, 1412.6, 1352.9),
    ("Anläggningstillgångar", "Maskiner och inventarier", 14, 68.4, 71.2),
    ("Anläggningstillgångar", "Finansiella anläggningstillgångar", 15, 52.7, 52.7),
    ("Omsättningstillgångar", "Förråd och exploateringsfastigheter", 16, 18.9, 22.4),
    ("Omsättningstillgångar", "Kortfristiga fordringar", 17, 131.5, 124.0),
    ("Omsättningstillgångar", "Kassa och bank", 18, 46.2, 61.8),
]
A_ASSET_SECTIONS = ["Anläggningstillgångar", "Omsättningstillgångar"]


def a_assets_total(col, section=None):
    return r1(sum(a[col] for a in A_ASSETS if section is None or a[0] == section))


def a_equity(col):
    """equity follows from the soliditet of the five-year table (col 3 = 2026, col 4 = 2025)"""
    sol = A_SOL[4] if col == 3 else A_SOL[3]
    return r1(a_assets_total(col) * sol / 100)


A_PENSION_PROV = (46.8, 44.1)
A_OTHER_PROV = (12.3, 13.0)
A_LONG_DEBT = (623.4, 621.7)      # långfristiga skulder (låneskulden och förutbetalda investeringsbidrag)


def a_liab_rows():
    """[(section, label, note, 2026, 2025)] of the right-hand side, the short-term debt balancing the sheet"""
    e = (a_equity(3), a_equity(4))
    short = tuple(r1(a_assets_total(c) - e[k] - A_PENSION_PROV[k] - A_OTHER_PROV[k] - A_LONG_DEBT[k])
                  for k, c in enumerate((3, 4)))
    return [
        ("Eget kapital", "Eget kapital", 19, e[0], e[1]),
        ("Eget kapital", "varav årets resultat", None, A_RESULT[4], A_RESULT[3]),
        ("Avsättningar", "Avsättningar för pensioner", 20, A_PENSION_PROV[0], A_PENSION_PROV[1]),
        ("Avsättningar", "Andra avsättningar", 21, A_OTHER_PROV[0], A_OTHER_PROV[1]),
        ("Skulder", "Långfristiga skulder", 22, A_LONG_DEBT[0], A_LONG_DEBT[1]),
        ("Skulder", "Kortfristiga skulder", 23, short[0], short[1]),
    ]


def a_bs_text(r):
    note = f"{r[2]} " if r[2] else ""
    return f"{r[1]} {note}{d1(r[3])} {d1(r[4])}"


# =====================================================================================================
# (b) Fjällbrinka kommun – socialnämndens internkontrollplan 2027 med uppföljning av 2026
# =====================================================================================================
# (nr, process, risk, kontrollmoment, ansvarig, frekvens, S, K)
B_CONTROLS = [
    ("K1", "Barn och unga", "Förhandsbedömning görs inte inom 14 dagar",
     "Stickprov på 20 anmälningar per kvartal", "Enhetschef barn och unga", "Kvartalsvis", 3, 4),
    ("K2", "Barn och unga", "Utredningar blir inte klara inom fyra månader",
     "Uppföljning av samtliga pågående utredningar", "Enhetschef barn och unga", "Kvartalsvis", 3, 3),
    ("K3", "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
     "Stickprov på 25 utbetalningar", "Enhetschef försörjningsstöd", "Månadsvis", 3, 3),
    ("K4", "Ekonomiskt bistånd", "Beslut saknar dokumenterad skälighetsbedömning",
     "Granskning av 15 akter", "Enhetschef försörjningsstöd", "Halvårsvis", 2, 3),
    ("K5", "Placeringar", "Familjehem anlitas via konsulentföretag utan avtal",
     "Genomgång av alla pågående placeringar", "Verksamhetschef IFO", "Halvårsvis", 2, 4),
    ("K6", "Placeringar", "Kostnaden för externa placeringar överskrider budget",
     "Månatlig prognos per placering", "Controller", "Månadsvis", 4, 3),
    ("K7", "Vuxna", "Vårdplan saknas för vuxna i öppenvård",
     "Granskning av 10 akter", "Enhetschef vuxen", "Halvårsvis", 2, 2),
    ("K8", "Vuxna", "Anmälan enligt LVM handläggs inte skyndsamt",
     "Genomgång av alla anmälningar", "Enhetschef vuxen", "Kvartalsvis", 2, 4),
    ("K9", "Personal och ekonomi", "Registerutdrag saknas vid anställning",
     "Kontroll av alla nyanställda", "HR-partner", "Kvartalsvis", 2, 4),
    ("K10", "Personal och ekonomi", "Hög personalomsättning bland socialsekreterare",
     "Uppföljning av avgångar och vakanser", "Socialchef", "Årligen", 4, 3),
    ("K11", "Personal och ekonomi", "Attest görs av någon utan behörighet",
     "Attestlistor stäms av mot beslutsattestanter", "Controller", "Halvårsvis", 2, 3),
    ("K12", "Informationssäkerhet", "Känsliga personuppgifter skickas med okrypterad e-post",
     "Stickprov i e-postloggar", "Socialchef", "Årligen", 3, 4),
]
B_PROCESSES = ["Barn och unga", "Ekonomiskt bistånd", "Placeringar", "Vuxna", "Personal och ekonomi",
               "Informationssäkerhet"]
B_NEW = {"K10", "K12"}     # new in 2027
B_PREV_COUNT = 10           # controls in the plan for 2026


def b_rv(c):
    return c[6] * c[7]


def b_card_head(c):
    return f"{c[0]} {c[2]}"


# follow-up of 2026: (nr, kontroll, granskat, antal avvikelser, bedömning, åtgärd)
B_FOLLOW = [
    ("1", "Förhandsbedömning inom 14 dagar", "80 anmälningar", 11, "Väsentliga avvikelser",
     "Ny rutin för inkommande anmälningar"),
    ("2", "Utredningstid barn och unga", "40 utredningar", 6, "Mindre avvikelser",
     "Veckovis genomgång av utredningstider"),
    ("3", "Utbetalningar av ekonomiskt bistånd", "300 utbetalningar", 7, "Mindre avvikelser",
     "Utbildning i handläggarstödet"),
    ("4", "Skälighetsbedömning i beslut", "30 akter", 0, "Utan avvikelse", "–"),
    ("5", "Placeringar utan avtal", "27 placeringar", 4, "Väsentliga avvikelser",
     "Upphandling av familjehemsvård"),
    ("6", "Vårdplaner i öppenvården", "20 akter", 2, "Mindre avvikelser", "Påminnelse i verksamhetssystemet"),
    ("7", "Registerutdrag vid anställning", "18 nyanställda", 0, "Utan avvikelse", "–"),
    ("8", "Attestlistor", "4 attestlistor", 0, "Utan avvikelse", "–"),
    ("9", "Anmälningar enligt LVM", "9 anmälningar", 1, "Mindre avvikelser", "Rutinen har förtydligats"),
    ("10", "Utlämnande av allmän handling", "25 ärenden", 0, "Utan avvikelse", "–"),
]
B_LEVELS = ["Utan avvikelse", "Mindre avvikelser", "Väsentliga avvikelser"]
B_BREAK_AFTER = "6"          # the follow-up table goes on to p. 4 after row 6
B_PASSAGE = ("flera erfarna socialsekreterare har slutat under året och vakanserna har täckts med inhyrda konsulter, "
             "vilket både kostar mer och gör handläggningen mindre stabil")
B_DECIDED = _dt.date(2027, 1, 27)
B_CONTACT = ("Agneta Bergqvist", "socialchef")
B_CLERK = "Daniel Falk"


def b_follow_text(f):
    return f"{f[0]} {f[1]} {f[2]} {f[3]} {f[4]} {f[5]}"


def b_counts():
    return {lv: sum(1 for f in B_FOLLOW if f[4] == lv) for lv in B_LEVELS}


# =====================================================================================================
# (c) Region Vedmora – tandvårdsnämnden: uppföljning av Folktandvården per klinik 2026
# =====================================================================================================
C_AREAS = ["Norra området", "Södra området"]
# (område, klinik, listade barn och unga 3–19 år, undersökta % 2025, undersökta % 2026, kariesfria 12-åringar %,
#  väntetid vuxna veckor, revisionspatienter i tid %)
C_CLINICS = [
    ("Norra området", "Algrena", 2840, 91.4, 92.6, 71.8, 9, 88.1),
    ("Norra området", "Bodaholm", 3610, 88.7, 86.9, 64.2, 14, 81.5),
    ("Norra området", "Dalstorpa", 1920, 93.2, 94.0, 76.5, 7, 90.3),
    ("Norra området", "Fjärdeby", 2260, 89.5, 90.8, 69.4, 11, 86.0),
    ("Södra området", "Mjölnaryd", 3140, 90.1, 84.3, 58.7, 19, 74.6),
    ("Södra området", "Vindåkra", 2480, 87.6, 88.2, 62.9, 13, 83.9),
    ("Södra området", "Filebacka", 1750, 94.8, 93.1, 73.0, 8, 89.4),
    ("Södra området", "Vallmora", 2930, 92.0, 91.5, 66.1, 16, 84.7),
]
C_TARGETS = (90, 12, 85)      # undersökta barn ≥ 90 %, väntetid ≤ 12 veckor, revisionspatienter i tid ≥ 85 %
C_QUEUE = (3710, 4260)         # vuxna som väntar på första undersökning, 31 dec året innan / 2026
C_PASSAGE = ("två av klinikens sex tandläkartjänster var vakanta under hösten och en behandlingsavdelning var "
             "stängd i sju veckor för ombyggnad")
C_DECIDED = _dt.date(2027, 3, 18)
C_CONTACT = ("Frida Magnusson", "tandvårdsdirektör")


def c_clinics(area=None):
    return [c for c in C_CLINICS if area is None or c[0] == area]


def c_tot(area=None):
    """weighted by listed children: (listade, und 2025, und 2026, kariesfria, väntetid (mean, weeks), i tid (mean))"""
    cs = c_clinics(area)
    n = sum(c[2] for c in cs)
    w = lambda k: r1(sum(c[2] * c[k] for c in cs) / n)  # noqa: E731
    return (n, w(3), w(4), w(5), r0(sum(c[6] for c in cs) / len(cs)), r1(sum(c[7] for c in cs) / len(cs)))


def c_row_text(c):
    return f"{c[1]} {g(c[2])} {d1(c[3])} {d1(c[4])} {d1(c[5])} {c[6]} {d1(c[7])}"


def c_tot_text(label, area=None):
    t = c_tot(area)
    return f"{label} {g(t[0])} {d1(t[1])} {d1(t[2])} {d1(t[3])} {t[4]} {d1(t[5])}"


# =====================================================================================================
# (d) Aldersviks kommun – lokalförsörjningsplan 2027–2031
# =====================================================================================================
D_STATUSES = ["Pågående", "Beslutat", "Planerat"]
D_CODES = {"FSK": "Förskola", "GRS": "Grundskola", "ÄO": "Äldreomsorg", "IDR": "Idrott och fritid",
           "KUL": "Kultur", "LSS": "Stöd och service enligt LSS"}
# (status, projekt, kod, investering mnkr, varav 2027 mnkr, start, klart)
D_PROJECTS = [
    ("Pågående", "Myrstigens förskola, nybyggnad", "FSK", 74.5, 31.0, 2025, 2027),
    ("Pågående", "Vindåsskolan, om- och tillbyggnad", "GRS", 186.0, 72.5, 2026, 2028),
    ("Pågående", "Aldersviks simhall, renovering", "IDR", 92.3, 48.6, 2026, 2027),
    ("Pågående", "Dalgläntans vård- och omsorgsboende", "ÄO", 148.0, 39.8, 2025, 2027),
    ("Beslutat", "Bergtallens förskola, nybyggnad", "FSK", 58.2, 12.0, 2027, 2028),
    ("Beslutat", "Fjärilens förskola, tillbyggnad", "FSK", 46.8, 8.5, 2027, 2028),
    ("Beslutat", "Vallhagsskolan, ny idrottshall", "IDR", 64.0, 6.0, 2027, 2029),
    ("Beslutat", "Dammbacka gruppbostad", "LSS", 31.5, 4.0, 2027, 2028),
    ("Beslutat", "Fältvägens idrottsplats, konstgräs", "IDR", 18.7, 18.7, 2027, 2027),
    ("Planerat", "Backsippans förskola, ersättning", "FSK", 62.0, 0.0, 2028, 2030),
    ("Planerat", "Forsgläntans skola, ny F–6-skola", "GRS", 245.0, 0.0, 2029, 2031),
    ("Planerat", "Aldersviks bibliotek, flytt till Alvhem", "KUL", 78.4, 0.0, 2028, 2030),
    ("Planerat", "Bäcklunda särskilda boende", "ÄO", 168.0, 0.0, 2029, 2031),
    ("Planerat", "Alvhems fritidsgård, ombyggnad", "KUL", 24.6, 0.0, 2028, 2029),
]
D_BREAK_AFTER = "Dammbacka gruppbostad"     # p. 2 ends after this row; p. 3 repeats the heading
D_PREV_TOTAL = 861.2                       # total investment in the plan 2026–2030, mnkr
D_LEAVE = [                                 # premises to be left (p. 4), with nested items
    ("Modulerna vid Vindåsskolan när om- och tillbyggnaden är klar", []),
    ("Backsippans förskola, som ersätts av en ny byggnad", ["den gamla byggnaden rivs 2030",
                                                           "tomten används för den nya förskolan"]),
    ("Bibliotekets nuvarande lokal i kommunhuset", ["lokalen byggs om till kontor för förvaltningen"]),
    ("Den inhyrda paviljongen vid Fjärilens förskola", []),
]
D_PASSAGE = ("befolkningsprognosen visar att antalet invånare över 80 år ökar långsammare än i förra prognosen, "
             "samtidigt som Dalgläntan med 60 platser öppnar 2027")
D_DECIDED = _dt.date(2026, 11, 30)
D_CONTACT = ("Viktor Almqvist", "fastighetschef")


def d_projects(status=None):
    return [p for p in D_PROJECTS if status is None or p[0] == status]


def d_sum(status=None, col=3):
    return r1(sum(p[col] for p in d_projects(status)))


def d_val(v):
    return "–" if v == 0 else d1(v)


def d_row_text(p):
    return f"{p[1]} {p[2]} {d1(p[3])} {d_val(p[4])} {p[5]} {p[6]}"


def d_code_sum(code):
    return r1(sum(p[3] for p in D_PROJECTS if p[2] == code))


# =====================================================================================================
# (e) Dunkersta kommun – miljö- och hälsoskyddsnämnden: tillsynsrapport 2026
# =====================================================================================================
E_AREAS = ["Miljöskydd", "Hälsoskydd", "Enskilda avlopp"]
# (område, kategori, antal objekt, planerade inspektioner, utförda, avvikelser, avgifter tkr)
E_CATS = [
    ("Miljöskydd", "Tillståndspliktiga verksamheter", 14, 14, 13, 9, 296.4),
    ("Miljöskydd", "Anmälningspliktiga verksamheter", 86, 43, 38, 21, 402.6),
    ("Miljöskydd", "Lantbruk med djurhållning", 52, 18, 18, 7, 112.8),
    ("Miljöskydd", "Förorenade områden", 31, 6, 4, 2, 28.4),
    ("Hälsoskydd", "Skolor och förskolor", 48, 24, 24, 31, 86.4),
    ("Hälsoskydd", "Hygienlokaler", 37, 12, 9, 5, 32.4),
    ("Hälsoskydd", "Bassängbad", 5, 5, 5, 2, 21.6),
    ("Hälsoskydd", "Flerbostadshus", 64, 10, 6, 5, 36.0),
    ("Enskilda avlopp", "Avloppsanläggningar under 5 pe", 2140, 180, 152, 61, 273.6),
    ("Enskilda avlopp", "Avloppsanläggningar 5–25 pe", 22, 8, 8, 4, 24.0),
]
E_FEE_BUDGET = 1250.0
E_DEVTYPES = [("Brister i egenkontrollen", 46), ("Otillräcklig ventilation", 27), ("Kemikalieförvaring", 18),
              ("Avfallshantering", 14), ("Buller", 9), ("Legionellakontroll", 6)]
E_PASSAGE = ("en av två inspektörer inom hälsoskydd var föräldraledig under hösten och klagomål på bostäder "
             "prioriterades före den planerade tillsynen")
E_DECIDED = _dt.date(2027, 2, 23)
E_CONTACT = ("Vera Dahlin", "miljöchef")
E_INSPECTOR = "Anders Viberg"


def e_share(c):
    return r1(c[4] / c[3] * 100)


def e_cats(area=None):
    return [c for c in E_CATS if area is None or c[0] == area]


def e_sum(area=None):
    cs = e_cats(area)
    return (sum(c[2] for c in cs), sum(c[3] for c in cs), sum(c[4] for c in cs),
            r1(sum(c[4] for c in cs) / sum(c[3] for c in cs) * 100), sum(c[5] for c in cs),
            r1(sum(c[6] for c in cs)))


def e_row_text(c):
    return f"{c[1]} {g(c[2])} {c[3]} {c[4]} {d1(e_share(c))} {c[5]} {d1(c[6])}"


def e_sum_text(label, area=None):
    s = e_sum(area)
    return f"{label} {g(s[0])} {s[1]} {s[2]} {d1(s[3])} {s[4]} {d1(s[5])}"


# =====================================================================================================
# (f) Marvinge kommun – kultur- och fritidsnämnden: föreningsbidrag 2027 (beslutstabellen inskannad)
# =====================================================================================================
F_FORMS = ["Aktivitetsbidrag", "Lokalbidrag", "Arrangemangsbidrag"]
# (bidragsform, förening, ändamål, sökt kr, beviljat kr, beslut)
F_GRANTS = [
    ("Aktivitetsbidrag", "Almängens BK", "Fotboll 7–16 år", 84000, 76400, "Delvis bifall"),
    ("Aktivitetsbidrag", "Björnstigens scoutkår", "Veckomöten och läger", 22000, 22000, "Bifall"),
    ("Aktivitetsbidrag", "Dansklubben Virvel", "Dansträning", 38500, 38500, "Bifall"),
    ("Aktivitetsbidrag", "Fältbiologerna i Marvinge", "Naturläger", 9000, 6200, "Delvis bifall"),
    ("Aktivitetsbidrag", "Marvinge simsällskap", "Simskola och träning", 52000, 52000, "Bifall"),
    ("Aktivitetsbidrag", "Vinterbackens skidklubb", "Skidskola", 24000, 0, "Avslag"),
    ("Aktivitetsbidrag", "Bodviks ridklubb", "Ridskola för unga", 41000, 41000, "Bifall"),
    ("Lokalbidrag", "Almängens BK", "Klubbstugan", 45000, 45000, "Bifall"),
    ("Lokalbidrag", "Bygdegårdsföreningen Dalkullen", "Bygdegården", 58000, 42000, "Delvis bifall"),
    ("Lokalbidrag", "Marvinge schacksällskap", "Spellokal", 12000, 12000, "Bifall"),
    ("Lokalbidrag", "Ferievikens båtklubb", "Klubbhuset", 30000, 0, "Avslag"),
    ("Lokalbidrag", "Vävstugeföreningen Brodyren", "Vävstugan", 8500, 8500, "Bifall"),
    ("Arrangemangsbidrag", "Dansklubben Virvel", "Vårshow", 15000, 10000, "Delvis bifall"),
    ("Arrangemangsbidrag", "Marvinge jazzklubb", "Jazz i parken", 25000, 25000, "Bifall"),
    ("Arrangemangsbidrag", "Bodviks ridklubb", "Hopptävling", 18000, 12000, "Delvis bifall"),
    ("Arrangemangsbidrag", "Musikföreningen Allegro", "Julkonsert", 9000, 0, "Avslag"),
    ("Arrangemangsbidrag", "Filmstudion Duken", "Filmfestival för unga", 6000, 6000, "Bifall"),
]
F_FRAME = (405000, 420000)      # ramen för föreningsbidrag 2026 / 2027, kr
F_APPLICATIONS = 17             # ansökningar (= rows of the scanned table)
F_DEADLINE = _dt.date(2027, 2, 15)
F_DECIDED = _dt.date(2027, 3, 24)
F_PARAGRAPH = 19
F_SCAN_DATE = _dt.date(2027, 3, 9)
F_SIGN = ("Mikael Blom", "kultur- och fritidschef")
F_CLERK = "Maja Ahlgren"
F_PASSAGE = ("klubbhuset hyrs ut till privata fester under större delen av året och därför inte i första hand "
             "används för föreningens egen verksamhet")
F_NORMS = [   # (bidragsform, belopp, villkor) – p. 3; no amount here is an amount of the scanned table
    ("Aktivitetsbidrag", "28 kr per deltagartillfälle", "deltagare 7–20 år, minst tre deltagare och 60 minuter"),
    ("Lokalbidrag", "högst 70 procent av hyran", "lokalen används främst för egen verksamhet"),
    ("Arrangemangsbidrag", "högst 50 procent av underskottet", "arrangemanget är öppet för alla"),
]
F_CONDITIONS = [   # villkor för aktivitetsbidrag (whole list)
    "Föreningen har sitt säte i Marvinge kommun och är registrerad i föreningsregistret",
    "Verksamheten är öppen för alla och drogfri",
    "Närvaron redovisas digitalt senast två veckor efter varje termin",
    "Föreningen har en aktuell plan för att förebygga kränkningar",
]


def f_form(form=None):
    return [x for x in F_GRANTS if form is None or x[0] == form]


def f_sum(form=None):
    xs = f_form(form)
    return sum(x[3] for x in xs), sum(x[4] for x in xs)


def f_row_cells(x, nr):
    return [str(nr), x[1], x[2], g(x[3]), g(x[4]), x[5]]


F_SCAN_HEAD = ["MARVINGE KOMMUN", "Kultur- och fritidsförvaltningen"]
F_SCAN_LABEL = "Bilaga 1 till KFN 2027-03-24 § 19"
F_SCAN_TITLE = "Förslag till fördelning av föreningsbidrag 2027"
F_SCAN_INTRO = ("Förvaltningens förslag per bidragsform. Belopp i kronor. Beslut: Bifall, Delvis bifall eller "
                "Avslag.")
F_SCAN_HEADER = ["Nr", "Förening", "Ändamål", "Sökt, kr", "Beviljat, kr", "Beslut"]
F_SCAN_NOTES = [
    "Anm. 1. Vinterbackens skidklubb: ansökan inkom 2027-02-22.",
    "Anm. 2. Musikföreningen Allegro har redan stöd för julkonserten från studieförbundet.",
]
F_SCAN_STAMP = ["JUSTERAT", "KFN 2027-03-24"]


def f_scan_rows():
    """[(kind, cells)] in printing order: kind 'group', 'row', 'sub' or 'total'"""
    out, nr = [], 0
    for form in F_FORMS:
        out.append(("group", [form]))
        for x in f_form(form):
            nr += 1
            out.append(("row", f_row_cells(x, nr)))
        s = f_sum(form)
        out.append(("sub", ["", f"Summa {form.lower()}", "", g(s[0]), g(s[1]), ""]))
    s = f_sum()
    out.append(("total", ["", "Totalt", "", g(s[0]), g(s[1]), ""]))
    return out


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_LABEL, F_SCAN_TITLE, F_SCAN_INTRO, " ".join(F_SCAN_HEADER)]
    for kind, cells in f_scan_rows():
        parts.append(" ".join(c for c in cells if c))
    parts += F_SCAN_NOTES
    parts += [f"Marvinge {F_SCAN_DATE.isoformat()}", F_SIGN[0], F_SIGN[1]]
    parts += F_SCAN_STAMP
    return "\n".join(parts)
