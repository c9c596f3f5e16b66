"""Table rows and list items of the six synthetic16 documents. The build scripts draw from these and check.py
recomputes the expected items of every list question from them. Derived values (meeting dates from weekday
rules and their counts, fees from the base amount, prices including VAT, waiting-time shares from the waiting
lists, weighted regional totals, nämnd sums and deviations, cost per inhabitant, dwelling totals per year and
tenure, population changes, contract values and the decision level) are computed here."""
import datetime as _dt


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


# ---------------------------------------------------------------- (a) Qvarnstad, sammanträdesplan 2027
A_YEAR = 2027
MON, TUE, WED, THU, FRI = range(5)


def nth(month, weekday, n, year=A_YEAR):
    """n-th weekday of a month (n = -1: the last one)."""
    days = [_dt.date(year, month, d) for d in range(1, 32)
            if _month_ok(year, month, d) and _dt.date(year, month, d).weekday() == weekday]
    return days[n - 1] if n > 0 else days[n]


def _month_ok(y, m, d):
    try:
        _dt.date(y, m, d)
        return True
    except ValueError:
        return False


# organ -> (group, weekday, [(month, [n, ...]), ...])
A_ORGAN = [
    ("Kommunfullmäktige", "Fullmäktige", MON, [(2, [-1]), (4, [-1]), (5, [-1]), (6, [2]), (9, [-1]), (10, [-1]),
                                              (11, [-1]), (12, [2])]),
    ("Kommunens revisorer", "Fullmäktige", FRI, [(1, [2]), (3, [1]), (4, [1]), (5, [1]), (8, [4]), (10, [1]),
                                                (12, [1])]),
    ("Kommunstyrelsen", "Kommunstyrelsen", TUE, [(1, [3]), (2, [1]), (3, [3]), (4, [2]), (5, [2]), (6, [1]), (8, [4]),
                                                (9, [2]), (10, [2]), (11, [2]), (12, [1])]),
    ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", TUE,
     [(m, [1, 3]) for m in (1, 2, 3, 4, 5)] + [(6, [3]), (8, [3])] + [(m, [1, 3]) for m in (9, 10, 11)] + [(12, [3])]),
    ("Kommunstyrelsens personalutskott", "Kommunstyrelsen", THU, [(2, [2]), (4, [2]), (6, [1]), (9, [2]), (11, [2])]),
    ("Barn- och utbildningsnämnden", "Nämnder", WED, [(m, [3]) for m in (2, 3, 4, 5, 6, 8, 9, 10, 11, 12)]),
    ("Socialnämnden", "Nämnder", WED, [(m, [4]) for m in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)]),
    ("Socialnämndens individutskott", "Nämnder", THU, [(m, [1, 3]) for m in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)]),
    ("Miljö- och byggnadsnämnden", "Nämnder", THU, [(m, [3]) for m in (2, 3, 4, 5, 6, 8, 9, 10, 11, 12)]),
    ("Tekniska nämnden", "Nämnder", THU, [(m, [2]) for m in (2, 3, 4, 6, 9, 10, 11, 12)]),
    ("Kultur- och fritidsnämnden", "Nämnder", TUE, [(m, [4]) for m in (2, 4, 6, 9, 11)]),
]
A_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]


def a_dates(organ):
    o = [x for x in A_ORGAN if x[0] == organ][0]
    return [nth(m, o[2], n) for m, ns in o[3] for n in ns]


def a_cell(organ, month):
    ds = [d for d in a_dates(organ) if d.month == month]
    return " ".join(f"{d.day}/{d.month}" for d in ds) if ds else "–"


def a_row(organ):
    return [organ] + [a_cell(organ, m) for m in range(1, 13)] + [str(len(a_dates(organ)))]


def a_first(organ, month):
    return [d for d in a_dates(organ) if d.month == month][0]


def a_date_sv(d):
    return f"{d.day} {['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][d.month - 1]} {d.year}"


A_BAS = 912000   # arvodesgrund 2027, kr per år
# (uppdrag, procent av arvodesgrunden)
A_ARVODE = [
    ("Kommunstyrelsens ordförande", 100),
    ("Kommunstyrelsens förste vice ordförande", 45),
    ("Kommunstyrelsens andre vice ordförande (oppositionsråd)", 60),
    ("Kommunfullmäktiges ordförande", 12),
    ("Barn- och utbildningsnämndens ordförande", 35),
    ("Socialnämndens ordförande", 38),
    ("Miljö- och byggnadsnämndens ordförande", 20),
    ("Tekniska nämndens ordförande", 18),
    ("Kultur- och fritidsnämndens ordförande", 15),
    ("Revisorernas ordförande", 8),
    ("Vice ordförande i nämnd (per uppdrag)", 5),
]


def a_arv(pct):
    year = A_BAS * pct // 100
    assert year % 12 == 0
    return year, year // 12


A_SAMM = (1140, 1710)   # sammanträdesarvode upp till fyra timmar / längre


# ---------------------------------------------------------------- (b) Xenby, avfallstaxa 2027
# section heading, then (nr, text, exkl. moms 2026, exkl. moms 2027)
B_TAXA = [
    ("§ 4 Grundavgift, per år", [
        ("4.1", "En- och tvåbostadshus, helårsboende", 1120, 1184),
        ("4.2", "Fritidshus", 560, 592),
        ("4.3", "Lägenhet i flerbostadshus", 748, 792),
    ]),
    ("§ 5 Hämtning vid en- och tvåbostadshus, helår, per år", [
        ("5.1", "Kärl 140 liter, hämtning varannan vecka", 1364, 1460),
        ("5.2", "Kärl 190 liter, hämtning varannan vecka", 1712, 1832),
        ("5.3", "Kärl 240 liter, hämtning varannan vecka", 2096, 2244),
        ("5.4", "Kärl 190 liter, hämtning var fjärde vecka¹", 1040, 1040),
        ("5.5", "Extra matavfallskärl 140 liter, hämtning varje vecka sommartid²", 412, 460),
        ("5.6", "Gemensamt kärl 240 liter för två hushåll, per hushåll", 1288, 1380),
    ]),
    ("§ 6 Hämtning vid fritidshus, maj–september, per säsong", [
        ("6.1", "Kärl 140 liter, hämtning varannan vecka", 680, 728),
        ("6.2", "Kärl 190 liter, hämtning varannan vecka", 844, 844),
        ("6.3", "Säckhämtning vid fritidshus utan farbar väg³", 1020, 1148),
    ]),
    ("§ 7 Flerbostadshus och verksamheter, hämtning varje vecka, per kärl och år", [
        ("7.1", "Kärl 240 liter, restavfall", 4180, 4480),
        ("7.2", "Kärl 660 liter, restavfall", 9620, 10340),
        ("7.3", "Container 8 kubikmeter, per tömning", 1580, 1580),
        ("7.4", "Matavfallskärl 140 liter", 1960, 2120),
    ]),
    ("§ 8 Slamtömning, per tömning", [
        ("8.1", "Slamavskiljare upp till 3 kubikmeter, ordinarie tömning", 1284, 1376),
        ("8.2", "Slamavskiljare 3–6 kubikmeter, ordinarie tömning", 1820, 1948),
        ("8.3", "Sluten tank upp till 3 kubikmeter", 1316, 1412),
        ("8.4", "Akut tömning inom 24 timmar, tillägg", 1400, 1600),
        ("8.5", "Slang längre än 10 meter, per påbörjad 10 meter", 160, 160),
    ]),
    ("§ 9 Övriga avgifter", [
        ("9.1", "Byte av kärlstorlek, per tillfälle", 300, 300),
        ("9.2", "Budad hämtning av grovavfall, per tillfälle", 480, 520),
        ("9.3", "Tilläggsavgift för felsorterat avfall", 368, 400),
        ("9.4", "Gångavstånd 5–25 meter, tillägg per år", 320, 344),
    ]),
]


def b_inkl(x):
    assert x % 4 == 0
    return x * 5 // 4


def b_rows():
    return [(sec, r) for sec, rows in B_TAXA for r in rows]


def b_row(nr):
    return [r for _, r in b_rows() if r[0] == nr][0]


def b_change_pct(r):
    return 100 * (r[3] - r[2]) / r[2]


def b_example():
    """villa: grundavgift 4.1 + kärl 5.2, inkl. moms 2026 and 2027"""
    a, b = b_row("4.1"), b_row("5.2")
    y26, y27 = b_inkl(a[2] + b[2]), b_inkl(a[3] + b[3])
    return y26, y27, y27 - y26, 100 * (y27 - y26) / y26


B_NOTES = [
    ("¹", "Var fjärde vecka förutsätter att hushållet komposterar sitt matavfall i en anmäld, skadedjurssäker "
          "kompostbehållare."),
    ("²", "Hämtning varje vecka under veckorna 23–34; övrig tid varannan vecka."),
    ("³", "Avfallet lämnas i säck vid anvisad uppsamlingsplats; säckar ingår."),
]

# ---------------------------------------------------------------- (c) Region Åsmyra, tillgänglighet jan–okt 2026
# (sjukhus, klinik, [jan..sep, %], väntande okt 2025, varav >90 d okt 2025, väntande okt 2026, varav >90 d okt 2026)
C_KLIN = [
    ("Åsmyra lasarett", "Ortopedi", [62.4, 60.1, 58.7, 61.3, 63.0, 55.2, 48.9, 52.6, 57.4], 1214, 402, 1186, 478),
    ("Åsmyra lasarett", "Allmänkirurgi", [78.2, 79.5, 80.4, 81.0, 79.8, 76.3, 72.1, 74.8, 77.9], 842, 171, 798, 162),
    ("Åsmyra lasarett", "Ögonsjukvård", [69.5, 70.2, 68.8, 67.1, 66.4, 63.9, 61.2, 64.0, 65.3], 1532, 401, 1604, 566),
    ("Åsmyra lasarett", "Hudsjukvård", [84.1, 85.0, 86.2, 85.7, 84.9, 83.1, 80.4, 82.2, 83.8], 610, 88, 588, 92),
    ("Åsmyra lasarett", "Kvinnosjukvård", [88.6, 87.9, 89.3, 90.1, 89.4, 86.8, 84.0, 85.7, 87.2], 455, 52, 472, 58),
    ("Åsmyra lasarett", "Öron-, näs- och halssjukvård", [71.0, 72.4, 73.1, 72.8, 70.9, 68.4, 65.2, 67.5, 69.0],
     720, 232, 744, 221),
    ("Öjebacka sjukhus", "Ortopedi", [58.3, 57.0, 56.2, 55.9, 54.1, 49.6, 44.3, 46.8, 51.5], 980, 368, 1032, 476),
    ("Öjebacka sjukhus", "Allmänkirurgi", [81.4, 82.0, 83.5, 82.7, 81.9, 79.0, 75.6, 77.4, 80.1], 612, 108, 590, 104),
    ("Öjebacka sjukhus", "Urologi", [52.7, 53.9, 55.0, 56.4, 57.8, 54.2, 50.1, 53.3, 56.0], 804, 410, 760, 318),
    ("Öjebacka sjukhus", "Neurologi", [66.2, 65.8, 67.1, 68.0, 69.3, 66.7, 62.8, 64.5, 66.9], 398, 131, 412, 127),
    ("Öjebacka sjukhus", "Hjärtsjukvård", [74.8, 75.3, 76.0, 74.2, 73.5, 71.8, 69.0, 70.6, 72.4], 366, 81, 384, 99),
]
C_MAL = 80
C_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt"]


def c_okt(k):
    return r1(100 * (k[5] - k[6]) / k[5])


def c_vals(k):
    """the ten monthly values jan–okt 2026"""
    return list(k[2]) + [c_okt(k)]


def c_total():
    """regional total per month, weighted by the number waiting in October 2026"""
    w = sum(k[5] for k in C_KLIN)
    return [r1(sum(c_vals(k)[i] * k[5] for k in C_KLIN) / w) if i < 9 else
            r1(100 * (w - sum(k[6] for k in C_KLIN)) / w) for i in range(10)]


def c_okt25():
    w = sum(k[3] for k in C_KLIN)
    return r1(100 * (w - sum(k[4] for k in C_KLIN)) / w)


def c_sums():
    return (sum(k[3] for k in C_KLIN), sum(k[4] for k in C_KLIN), sum(k[5] for k in C_KLIN),
            sum(k[6] for k in C_KLIN))


# ---------------------------------------------------------------- (d) Ärnvik, driftredovisning 2026
D_INV = 24612   # invånare 31 december 2026
# (nämnd, utfall 2026, budget 2026, utfall 2025, utfall 2024, [varav rows (namn, u26, b26, u25, u24)], note)
D_NAMND = [
    ("Kommunfullmäktige och revision", 6.8, 7.2, 6.5, 6.1, [], ""),
    ("Kommunstyrelsen", 142.6, 146.0, 137.9, 131.2, [
        ("räddningstjänst", 38.4, 37.5, 36.2, 34.8),
        ("kollektivtrafik", 29.7, 31.0, 28.8, 27.5)], "¹"),
    ("Barn- och utbildningsnämnden", 712.4, 704.9, 688.0, 661.3, [
        ("förskola", 176.2, 179.8, 171.4, 165.0),
        ("grundskola", 348.9, 341.3, 335.6, 322.4),
        ("gymnasieskola", 141.8, 138.2, 137.5, 131.9)], ""),
    ("Socialnämnden", 824.7, 809.6, 790.3, 752.8, [
        ("äldreomsorg", 431.5, 428.0, 415.2, 398.1),
        ("funktionsstöd", 214.0, 206.3, 202.9, 190.6),
        ("individ- och familjeomsorg", 121.6, 117.1, 116.8, 109.4)], ""),
    ("Tekniska nämnden", 96.3, 98.5, 93.1, 90.4, [], "²"),
    ("Miljö- och byggnadsnämnden", 14.9, 15.6, 14.2, 13.8, [], ""),
    ("Kultur- och fritidsnämnden", 61.2, 60.8, 59.4, 57.7, [], ""),
]
D_NOTES = [
    ("¹", "Kommunstyrelsen inklusive räddningstjänsten, som från den 1 januari 2026 ingår i kommunstyrelsens "
          "förvaltning. Jämförelsetalen för 2024 och 2025 har räknats om."),
    ("²", "Tekniska nämndens skattefinansierade verksamhet. VA och avfall är avgiftsfinansierade och redovisas "
          "i ett eget avsnitt."),
]


def d_avv(u26, b26):
    return r1(b26 - u26)


def d_sum():
    return tuple(r1(sum(n[i] for n in D_NAMND)) for i in (1, 2, 3, 4))


# fact boxes: nämnd -> (årsarbetare, sjukfrånvaro %)
D_FAKTA = {
    "Barn- och utbildningsnämnden": (1046, 6.4),
    "Socialnämnden": (1184, 8.9),
    "Tekniska nämnden": (142, 5.1),
    "Kultur- och fritidsnämnden": (88, 4.2),
}


def d_namnd(name):
    return [n for n in D_NAMND if n[0] == name][0]


def d_per_inv(name):
    n = d_namnd(name)
    return round(n[1] * 1e6 / D_INV)


# (nämnd, antal mål, uppfyllda, delvis uppfyllda, ej uppfyllda)
D_MAL = [
    ("Kommunstyrelsen", 8, 5, 2, 1),
    ("Barn- och utbildningsnämnden", 9, 3, 4, 2),
    ("Socialnämnden", 7, 2, 3, 2),
    ("Tekniska nämnden", 6, 4, 2, 0),
    ("Miljö- och byggnadsnämnden", 4, 3, 1, 0),
    ("Kultur- och fritidsnämnden", 5, 4, 1, 0),
]


def d_mal_sum():
    return tuple(sum(r[i] for r in D_MAL) for i in range(1, 5))


# ---------------------------------------------------------------- (e) Örsjövik, bostadsförsörjningsprogram
E_YEARS = [2027, 2028, 2029, 2030, 2031]
# (nr, projekt, ort, upplåtelseform, detaljplan, [2027..2031])
E_PROJ = [
    (1, "Ärlan etapp 1", "Örsjövik", "Hyresrätt", "Laga kraft", [48, 36, 0, 0, 0]),
    (2, "Ärlan etapp 2", "Örsjövik", "Bostadsrätt", "Granskning", [0, 0, 32, 40, 0]),
    (3, "Åstrandsparken", "Örsjövik", "Hyresrätt", "Laga kraft", [0, 60, 54, 0, 0]),
    (4, "Örnvägen", "Örsjövik", "Äganderätt", "Laga kraft", [8, 10, 6, 0, 0]),
    (5, "Ödegårdsskolan, ombyggnad till bostäder", "Örsjövik", "Hyresrätt", "Samråd", [0, 0, 0, 28, 16]),
    (6, "Östra Åkanten", "Örsjövik", "Bostadsrätt", "Ej påbörjad", [0, 0, 0, 45, 60]),
    (7, "Äspenäs hamn", "Äspenäs", "Bostadsrätt", "Laga kraft", [24, 30, 0, 0, 0]),
    (8, "Äspenäs norra", "Äspenäs", "Äganderätt", "Granskning", [0, 12, 14, 14, 0]),
    (9, "Åbacken", "Äspenäs", "Hyresrätt", "Samråd", [0, 0, 36, 36, 0]),
    (10, "Qvistbro centrum", "Qvistbro", "Hyresrätt", "Ej påbörjad", [0, 0, 0, 30, 30]),
    (11, "Östergärdet", "Qvistbro", "Äganderätt", "Laga kraft", [6, 8, 8, 8, 6]),
    (12, "Åkerheds by", "Åkerhed", "Äganderätt", "Samråd", [0, 0, 10, 12, 12]),
    (13, "Älgstigen", "Åkerhed", "Hyresrätt", "Laga kraft", [18, 0, 0, 0, 0]),
    (14, "Ålkärret", "Åkerhed", "Bostadsrätt", "Ej påbörjad", [0, 0, 0, 0, 24]),
]
E_ORTER = ["Örsjövik", "Äspenäs", "Qvistbro", "Åkerhed"]


def e_cell(v):
    return str(v) if v else "–"


def e_year_tot():
    return [sum(p[5][i] for p in E_PROJ) for i in range(5)]


def e_form_tot(form):
    return sum(sum(p[5]) for p in E_PROJ if p[3] == form)


def e_first_year(p):
    return E_YEARS[[i for i, v in enumerate(p[5]) if v][0]]


# (åldersgrupp, 2026 utfall, 2031 prognos)
E_BEF = [("0–5 år", 1482, 1410), ("6–15 år", 2655, 2590), ("16–19 år", 1012, 1088), ("20–64 år", 9870, 9935),
         ("65–79 år", 3204, 3318), ("80 år och äldre", 1128, 1476)]


def e_bef_row(r):
    ch = r[2] - r[1]
    return r[0], r[1], r[2], ch, r1(100 * ch / r[1])


def e_bef_tot():
    a, b = sum(r[1] for r in E_BEF), sum(r[2] for r in E_BEF)
    return "Totalt", a, b, b - a, r1(100 * (b - a) / a)


E_PRIO = [
    "Kommunens bostadsbolag Örsjöviksbostäder ska påbörja minst 60 hyresrätter per år under programperioden.",
    "Detaljplanen för Östra Åkanten ska tas upp i planprogrammet 2027 så att byggstart kan ske 2029.",
    "Markanvisningar i Äspenäs och Åkerhed ska prioritera mindre lägenheter för unga och äldre.",
    "Kommunen ska pröva om Ödegårdsskolan kan byggas om till bostäder med hyresrätt.",
    "Kommunen ska utreda ett särskilt program för bostäder i Qvistbro centrum tillsammans med handeln.",
]

# ---------------------------------------------------------------- (f) Ålstena, upphandlingsplan 2027
F_KS_GRANS = 10000   # tkr totalvärde – beslut i kommunstyrelsen
# (nr, förvaltning, upphandling, beskrivning, årsvärde tkr, avtalstid, annonsering text, annonseringsmånad)
F_UPPH = [
    (1, "Kommunledningsförvaltningen", "IT-säkerhetskonsulter",
     "Ramavtal med flera leverantörer i rangordning för konsulttjänster inom informationssäkerhet", 1200, "2+1+1",
     "februari 2027", 2),
    (2, "Kommunledningsförvaltningen", "Företagshälsovård",
     "Företagshälsovård för kommunens cirka 2 300 medarbetare", 850, "3+1", "v. 10", 3),
    (3, "Kommunledningsförvaltningen", "Mobiltelefoni och växeltjänst",
     "Förnyad konkurrensutsättning inom ett nationellt ramavtal", 1480, "3+1", "2027-05-17", 5),
    (4, "Kommunledningsförvaltningen", "Kontorsmaterial och papper",
     "Samordnad upphandling tillsammans med två grannkommuner", 620, "2+2", "september 2027", 9),
    (5, "Samhällsbyggnadsförvaltningen", "Vinterväghållning",
     "Snöröjning och halkbekämpning av gator och gång- och cykelvägar i fyra geografiska områden", 3900, "4+2",
     "v. 16", 4),
    (6, "Samhällsbyggnadsförvaltningen", "Asfaltsbeläggning",
     "Beläggningsunderhåll av gator, parkeringar och skolgårdar", 5200, "2+1+1", "2027-01-25", 1),
    (7, "Samhällsbyggnadsförvaltningen", "Städtjänster",
     "Lokalvård i skolor, förskolor och kontor, cirka 58 000 kvadratmeter", 6400, "3+1", "mars 2027", 3),
    (8, "Samhällsbyggnadsförvaltningen", "Drivmedel och HVO",
     "Tankkort och leverans av förnybar diesel till kommunens depåer", 2100, "2+1", "v. 40", 10),
    (9, "Barn- och utbildningsförvaltningen", "Digitala läromedel",
     "Licenser för grundskola och gymnasieskola", 2700, "2+1+1", "v. 7", 2),
    (10, "Barn- och utbildningsförvaltningen", "Livsmedel – kött och chark",
     "Delområde 1 av livsmedelsupphandlingen", 4300, "2+1+1", "2027-08-30", 8),
    (11, "Barn- och utbildningsförvaltningen", "Livsmedel – frukt och grönt",
     "Delområde 2; anbud kan lämnas per produktgrupp", 1900, "2+1+1", "2027-08-30", 8),
    (12, "Barn- och utbildningsförvaltningen", "Elevdatorer",
     "Leasing av cirka 1 900 datorer för årskurs 4–9 och gymnasiet", 3250, "3", "januari 2027", 1),
    (13, "Vård- och omsorgsförvaltningen", "Inkontinenshjälpmedel",
     "Förskrivningsstöd och hemleverans till brukare", 1350, "2+1+1", "juni 2027", 6),
    (14, "Vård- och omsorgsförvaltningen", "Trygghetslarm och larmcentral",
     "Digitala larm, montering och larmmottagning dygnet runt", 1100, "4+2", "v. 12", 3),
    (15, "Vård- och omsorgsförvaltningen", "Bemanningssjuksköterskor",
     "Ramavtal för inhyrda sjuksköterskor vid korttidsboendet", 2600, "1+1", "2027-02-08", 2),
]
F_FORV = ["Kommunledningsförvaltningen", "Samhällsbyggnadsförvaltningen", "Barn- och utbildningsförvaltningen",
          "Vård- och omsorgsförvaltningen"]


def f_years(avtalstid):
    return sum(int(x) for x in avtalstid.split("+"))


def f_total(r):
    return r[4] * f_years(r[5])


def f_beslut(r):
    return "Kommunstyrelsen" if f_total(r) >= F_KS_GRANS else "Förvaltningschef"


def f_sum(forv=None):
    rows = [r for r in F_UPPH if forv is None or r[1] == forv]
    return sum(r[4] for r in rows), sum(f_total(r) for r in rows)


F_BESLUT = [
    "Upphandlingar med ett totalt avtalsvärde på minst 10 mnkr beslutas av kommunstyrelsen.",
    "Övriga upphandlingar i planen beslutas av förvaltningschefen enligt delegationsordningen.",
    "Upphandlingar som inte finns i planen och överstiger direktupphandlingsgränsen ska anmälas till "
    "kommunstyrelsens arbetsutskott innan de annonseras.",
    "Förlängning av ett avtal med option beslutas av den som fattade tilldelningsbeslutet.",
]
