"""Table rows and list items of the six synthetic18 documents. The build scripts draw from these and check.py
recomputes the expected items of every list question from them. Derived values are computed here: the
decision counts per delegate, month and area and the printed dates in three formats (a); project totals,
subtotals per verksamhet, the tax-financed share and the yearly frame comparison (b); the quarter of every
deadline and the yearly costs (c); satisfaction shares from respondent counts, suppression of small groups,
weighted totals and continuity means (d); every sum line of the income statement and balance sheet, the notes and
the key ratios (e); the status word of every indicator from its target rule, the budget changes and the due dates
of the assignments (f)."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan.", "feb.", "mars", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def pct(n, d):
    """Share in whole percent, half up."""
    return int(100 * n / d + 0.5 + 1e-9)


# ---------------------------------------------------------------- (a) Dammsjö, socialnämnden, delegationsbeslut
# (nr, date, format, ärende, beslut, belopp kr or None, delegat, lagrum, punkt)
A_ROWS = [
    (1, (1, 4), "iso", "Ekonomiskt bistånd, hyra för januari", "Bifall", 7850, "Socialsekreterare",
     "SoL 4 kap. 1 §", "3.1.1"),
    (2, (1, 5), "dm", "Ekonomiskt bistånd, tandvård", "Avslag", None, "1:e socialsekreterare", "SoL 4 kap. 1 §",
     "3.1.4"),
    (3, (1, 7), "txt", "Inledande av utredning, barn 8 år", "Utredning inleds", None, "Socialsekreterare",
     "SoL 11 kap. 1 §", "2.1.1"),
    (4, (1, 11), "iso", "Särskilt boende, ansökan", "Bifall", None, "Biståndshandläggare", "SoL 4 kap. 1 §",
     "4.2.1"),
    (5, (1, 12), "dm", "Hemtjänst, utökning med 18 timmar per månad", "Delvis bifall", None, "Biståndshandläggare",
     "SoL 4 kap. 1 §", "4.1.2"),
    (6, (1, 14), "txt", "Kontaktfamilj, barn 11 år", "Bifall", None, "Enhetschef IFO", "SoL 4 kap. 1 §", "2.3.2"),
    (7, (1, 18), "iso", "Ekonomiskt bistånd, begravningskostnad", "Bifall", 18400, "1:e socialsekreterare",
     "SoL 4 kap. 1 §", "3.1.6"),
    (8, (1, 19), "dm", "Ansökan om vård enligt LVU hos förvaltningsrätten", "Ansökan görs", None,
     "Individutskottet", "LVU 4 §", "2.5.1"),
    (9, (1, 21), "txt", "Omedelbart omhändertagande, ungdom 15 år", "Omhändertas", None, "Ordförande", "LVU 6 §",
     "2.5.3"),
    (10, (1, 25), "iso", "Trygghetslarm, ansökan", "Bifall", None, "Biståndshandläggare", "SoL 4 kap. 1 §", "4.1.5"),
    (11, (1, 26), "dm", "Ekonomiskt bistånd, glasögon", "Avslag", None, "Socialsekreterare", "SoL 4 kap. 1 §",
     "3.1.4"),
    (12, (1, 28), "txt", "Placering i familjehem, barn 6 år", "Bifall", None, "Individutskottet", "SoL 6 kap. 6 §",
     "2.4.1"),
    (13, (2, 1), "iso", "Ekonomiskt bistånd, hyresskuld", "Avslag", None, "1:e socialsekreterare", "SoL 4 kap. 2 §",
     "3.2.1"),
    (14, (2, 2), "dm", "Återkrav av felaktigt utbetalt ekonomiskt bistånd", "Återkrav", 12600, "Enhetschef IFO",
     "SoL 9 kap. 1 §", "3.3.1"),
    (15, (2, 3), "txt", "Korttidsvistelse för avlösning av anhörig", "Bifall", None, "Biståndshandläggare",
     "SoL 4 kap. 1 §", "4.3.1"),
    (16, (2, 4), "iso", "Omedelbart omhändertagande, barn 3 år", "Omhändertas", None, "Ordförande", "LVU 6 §",
     "2.5.3"),
    (17, (2, 8), "dm", "Bostad med särskild service för vuxna", "Bifall", None, "LSS-handläggare", "LSS 9 § 9",
     "5.1.1"),
    (18, (2, 9), "txt", "Ekonomiskt bistånd, hyra för februari", "Bifall", 8120, "Socialsekreterare",
     "SoL 4 kap. 1 §", "3.1.1"),
    (19, (2, 11), "iso", "Särskilt boende, ansökan", "Avslag", None, "Biståndshandläggare", "SoL 4 kap. 1 §",
     "4.2.1"),
    (20, (2, 15), "dm", "Kontaktperson enligt LSS", "Bifall", None, "LSS-handläggare", "LSS 9 § 4", "5.1.3"),
    (21, (2, 16), "txt", "Yttrande till tingsrätten i mål om vårdnad", "Yttrande avges", None, "Enhetschef IFO",
     "FB 6 kap. 19 §", "2.6.2"),
    (22, (2, 17), "iso", "Ekonomiskt bistånd, spis och kylskåp", "Delvis bifall", 4300, "1:e socialsekreterare",
     "SoL 4 kap. 1 §", "3.1.5"),
    (23, (2, 18), "dm", "Hemtjänst, ny ansökan", "Bifall", None, "Biståndshandläggare", "SoL 4 kap. 1 §", "4.1.1"),
    (24, (2, 22), "txt", "Mottagande av ärende från annan kommun", "Ärendet tas emot", None, "Enhetschef IFO",
     "SoL 2 a kap. 10 §", "2.7.1"),
    (25, (2, 23), "iso", "Anmälan till IVO enligt lex Sarah", "Anmälan görs", None, "Socialchef",
     "SoL 14 kap. 7 §", "6.2.1"),
    (26, (2, 24), "dm", "Ekonomiskt bistånd, elskuld", "Avslag", None, "Socialsekreterare", "SoL 4 kap. 1 §",
     "3.2.2"),
    (27, (2, 25), "txt", "Upphörande av vård enligt LVU", "Vården upphör", None, "Individutskottet", "LVU 21 §",
     "2.5.6"),
    (28, (2, 26), "iso", "Korttidsvistelse enligt LSS", "Delvis bifall", None, "LSS-handläggare", "LSS 9 § 6",
     "5.1.4"),
]
A_YEAR = 2027
A_AREAS = {"2": "barn och unga", "3": "ekonomiskt bistånd", "4": "äldreomsorg", "5": "funktionsstöd",
           "6": "övrigt"}
A_DELEGATS = ["Ordförande", "Individutskottet", "Socialchef", "Enhetschef IFO", "1:e socialsekreterare",
              "Socialsekreterare", "Biståndshandläggare", "LSS-handläggare"]


def a_date(r):
    return _dt.date(A_YEAR, *r[1])


def a_datestr(r):
    d = a_date(r)
    if r[2] == "iso":
        return d.isoformat()
    if r[2] == "dm":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    return f"{d.day} {MON_ABBR[d.month - 1]} {d.year}"


def a_area(r):
    return A_AREAS[r[8][0]]


def a_per_delegat(name):
    rows = [r for r in A_ROWS if r[6] == name]
    jan = sum(1 for r in rows if a_date(r).month == 1)
    feb = sum(1 for r in rows if a_date(r).month == 2)
    avs = sum(1 for r in rows if r[4] == "Avslag")
    return jan, feb, jan + feb, avs


def a_counts():
    """total, per area in A_AREAS order, number of Avslag, amount sum."""
    per = {k: sum(1 for r in A_ROWS if r[8][0] == k) for k in A_AREAS}
    return (len(A_ROWS), per, sum(1 for r in A_ROWS if r[4] == "Avslag"),
            sum(r[5] for r in A_ROWS if r[5]))


# ---------------------------------------------------------------- (b) Knutsbro, investeringsplan 2027–2031 (tkr)
B_YEARS = [2027, 2028, 2029, 2030, 2031]
# verksamhet -> [(nr, projekt, upparbetat t.o.m. 2026, [2027..2031])]
B_GROUPS = [
    ("Utbildning", [
        ("P101", "Nybyggnad Dalgårdsskolan F–6", 18500, [62000, 71000, 24500, 0, 0]),
        ("P102", "Förskolan Blåklockan, åtta avdelningar", 4200, [38000, 26800, 0, 0, 0]),
        ("P103", "Knutsbro gymnasium, ny ventilation", 0, [6500, 6500, 0, 0, 0]),
        ("P104", "Skolgårdar, upprustning", 0, [2000, 2000, 2000, 2000, 2000]),
    ]),
    ("Vård och omsorg", [
        ("P201", "Särskilt boende Bäckliden, 60 platser", 9800, [45000, 88000, 52200, 0, 0]),
        ("P202", "Digitala trygghetslarm", 1100, [1400, 0, 0, 0, 0]),
        ("P203", "Gruppbostad LSS Näsvägen", 0, [0, 3500, 16000, 0, 0]),
    ]),
    ("Kultur och fritid", [
        ("P301", "Ishallen, ny kylanläggning", 2600, [11400, 0, 0, 0, 0]),
        ("P302", "Konstgräsplan Dalvallen", 0, [0, 0, 7800, 0, 0]),
        ("P303", "Huvudbiblioteket, ombyggnad", 0, [0, 0, 0, 4500, 9000]),
    ]),
    ("Gata och park", [
        ("P401", "Gång- och cykelväg Knutsbro–Lillnäs", 3300, [8700, 5000, 0, 0, 0]),
        ("P402", "Beläggningsunderhåll", 0, [7000, 7000, 7500, 7500, 8000]),
        ("P403", "Gatubelysning, byte till LED", 5200, [3000, 3000, 2800, 0, 0]),
        ("P404", "Ny bro över Knutsån", 1500, [0, 4000, 21500, 9000, 0]),
    ]),
    ("Vatten och avlopp", [
        ("P501", "Knutsbro reningsverk, utbyggnad", 14000, [32000, 58000, 61000, 35000, 0]),
        ("P502", "Överföringsledning Lillnäs–Knutsbro", 0, [0, 12000, 18000, 0, 0]),
        ("P503", "Förnyelse av vattenledningsnätet", 0, [9000, 9000, 9500, 9500, 10000]),
    ]),
    ("Övrigt", [
        ("P601", "IT-infrastruktur och nätverk", 0, [3500, 3000, 3000, 3000, 3000]),
        ("P602", "Kommunhuset, energieffektivisering", 600, [4900, 2500, 0, 0, 0]),
    ]),
]
B_TAXE = "Vatten och avlopp"          # taxe-financed group
B_RAM = 200000                        # frame per year for the tax-financed investments, tkr
B_PRIO = [
    "Nya Dalgårdsskolan ska stå klar till höstterminen 2029, eftersom elevantalet i Knutsbro tätort väntas "
    "öka med drygt 200 elever.",
    "Särskilt boende Bäckliden prioriteras före övriga byggprojekt, så att kommunen kan avveckla de hyrda "
    "platserna på Lindgården.",
    "Utbyggnaden av reningsverket ska genomföras enligt det nya miljötillståndet och finansieras helt med "
    "VA-taxan.",
    "Bron över Knutsån byggs 2028–2030 när den gamla bron har nått sin tekniska livslängd.",
    "Ombyggnaden av huvudbiblioteket skjuts till 2030 för att hålla investeringsramen under planperioden.",
]


def b_projects():
    return [(g, p) for g, ps in B_GROUPS for p in ps]


def b_total(p):
    return p[2] + sum(p[3])


def b_sub(group=None):
    """[total budget, upparbetat, 2027..2031] for one group, or all groups."""
    ps = [p for g, p in b_projects() if group is None or g == group]
    return [sum(b_total(p) for p in ps), sum(p[2] for p in ps)] + [sum(p[3][i] for p in ps) for i in range(5)]


def b_skatt():
    """Tax-financed totals per year (all groups except VA)."""
    a, v = b_sub(), b_sub(B_TAXE)
    return [x - y for x, y in zip(a, v)]


def b_first_year(p):
    return next(B_YEARS[i] for i, v in enumerate(p[3]) if v)


def b_last_year(p):
    return max(B_YEARS[i] for i, v in enumerate(p[3]) if v)


# ---------------------------------------------------------------- (c) Gelbäcka, handlingsplan psykisk hälsa
C_ATT = [
    ("Barn- och utbildningsnämnden ska", [
        "att alla skolor har en gemensam rutin för att upptäcka och följa upp hög frånvaro senast den 30 juni 2027,",
        "att elevhälsan förstärks med två skolpsykologer från höstterminen 2027,",
        "att hälsosamtalen i förskoleklass också omfattar sömn och skärmtid, samt",
        "att redovisa elevhälsans arbete till nämnden två gånger per år.",
    ]),
    ("Socialnämnden ska", [
        "att öppna en samtalsmottagning för unga mellan 13 och 21 år utan krav på bistånd,",
        "att erbjuda föräldrastöd till föräldrar med barn i tonåren, samt",
        "att samordnad individuell plan upprättas inom 30 dagar när barnet behöver insatser från flera aktörer.",
    ]),
    ("Kultur- och fritidsnämnden ska", [
        "att hålla fritidsgårdarna öppna på fredagskvällar året runt, samt",
        "att erbjuda avgiftsfria lovaktiviteter för barn i familjer med låg inkomst.",
    ]),
]
# (nr, titel, [punkter], ansvarig, klart, kostnad 2027 tkr, kostnad 2028 tkr), grouped by insatsområde
C_GROUPS = [
    ("1 Främjande och förebyggande", [
        ("1.1", "Utvidgade hälsosamtal i förskoleklass", ["samtal med alla vårdnadshavare",
                                                           "frågor om sömn och skärmtid"],
         "Elevhälsan", "Q4 2027", 350, 350),
        ("1.2", "Programmet Bra start i alla förskolor", ["utbildning av 120 pedagoger",
                                                          "handledning en gång per termin"],
         "Förskoleavdelningen", "kv 2 2028", 600, 250),
        ("1.3", "Fritidsgårdar öppna fredagskvällar", ["Gelbäcka centrum och Lindhov",
                                                       "personal från fältgruppen på plats"],
         "Kultur- och fritidsförvaltningen", "Q1 2027", 420, 420),
        ("1.4", "Föräldrastöd för tonårsföräldrar", ["två grupper per termin",
                                                     "även på arabiska och somaliska"],
         "Socialförvaltningen", "Q3 2027", 180, 180),
        ("1.5", "Avgiftsfria lovaktiviteter", ["sommarlov, höstlov och sportlov",
                                               "riktas till familjer med låg inkomst"],
         "Kultur- och fritidsförvaltningen", "kv 3 2027", 500, 450),
    ]),
    ("2 Tidiga insatser", [
        ("2.1", "Skolpsykolog i varje elevhälsoteam på högstadiet", ["två nya tjänster",
                                                                     "gemensam ledning av elevhälsan"],
         "Elevhälsan", "Q3 2027", 1400, 1400),
        ("2.2", "Samtalsmottagning för unga 13–21 år", ["drop-in två eftermiddagar i veckan",
                                                        "lokal i Gelbäcka centrum"],
         "Socialförvaltningen", "kv 1 2028", 800, 1600),
        ("2.3", "Gemensam rutin vid hög frånvaro", ["signal vid 10 procents frånvaro",
                                                    "samma rutin i alla skolor"],
         "Barn- och utbildningsförvaltningen", "Q2 2027", 0, 0),
        ("2.4", "Digital KBT-kurs vid oro och nedstämdhet", ["i samarbete med ungdomsmottagningen"],
         "Socialförvaltningen", "Q4 2028", 0, 300),
    ]),
    ("3 Samverkan och kunskap", [
        ("3.1", "Gemensam ledningsgrupp för barns hälsa", ["förvaltningscheferna för BUN, SN och KFN",
                                                           "möts sex gånger per år"],
         "Kommunledningsförvaltningen", "Q1 2027", 0, 0),
        ("3.2", "Utbildning i psykisk första hjälp", ["för 200 medarbetare i skola och socialtjänst"],
         "HR-avdelningen", "kv 4 2027", 450, 150),
        ("3.3", "Enkät om ungas levnadsvillkor", ["årskurs 8 och gymnasiets år 2",
                                                  "resultat redovisas i december"],
         "Kommunledningsförvaltningen", "kv 2 2028", 0, 120),
        ("3.4", "Samordnad individuell plan inom 30 dagar", ["gemensam rutin med regionen",
                                                             "uppföljning varje kvartal"],
         "Socialförvaltningen", "Q2 2028", 0, 0),
    ]),
]
C_STATSBIDRAG = 1200    # tkr per år som finansieras med statsbidrag


def c_actions():
    return [(g, a) for g, acts in C_GROUPS for a in acts]


def c_quarter(a):
    """(year, quarter) of the deadline written as "Q3 2027" or "kv 2 2028"."""
    parts = a[4].split()
    if parts[0].startswith("Q"):
        return int(parts[1]), int(parts[0][1])
    return int(parts[2]), int(parts[1])


def c_cost(year=None):
    if year == 2027:
        return sum(a[5] for _, a in c_actions())
    if year == 2028:
        return sum(a[6] for _, a in c_actions())
    return c_cost(2027) + c_cost(2028)


# ---------------------------------------------------------------- (d) Lövhammar, äldreomsorgens kvalitetsrapport
D_MIN_N = 5     # fewer respondents than this: the share is not shown
# (boende, platser, (svar K, nöjda K, svar M, nöjda M) 2025, same 2026, fallskador 2025, fallskador 2026)
D_SABO = [
    ("Bokhagen", 48, (22, 18, 10, 8), (24, 21, 11, 8), 31, 24),
    ("Duvslaget", 32, (15, 12, 7, 5), (14, 10, 8, 7), 18, 26),
    ("Gullvivan", 40, (19, 16, 9, 8), (18, 16, 10, 9), 22, 19),
    ("Kastanjen", 24, (9, 6, 5, 3), (10, 8, 4, 3), 27, 35),
    ("Lingonbacken", 54, (26, 20, 12, 10), (25, 19, 13, 9), 36, 41),
    ("Näktergalen", 36, (16, 14, 8, 7), (17, 15, 7, 6), 15, 12),
]
# (område, brukare 2026, kontinuitet 2025, kontinuitet 2026, (svar K, nöjda K, svar M, nöjda M) 2025, same 2026)
D_HT = [
    ("Lövhammar centrum", 142, 17, 14, (48, 42, 21, 18), (51, 44, 22, 19)),
    ("Gryttje", 64, 12, 13, (24, 21, 11, 10), (23, 19, 12, 11)),
    ("Kallmora", 58, 14, 17, (20, 18, 9, 8), (21, 16, 10, 8)),
    ("Linsjöbo", 37, 10, 9, (14, 13, 6, 5), (15, 14, 7, 6)),
    ("Nolby", 49, 15, 15, (19, 15, 8, 6), (18, 15, 9, 8)),
]
D_MAL_KONT = 12      # target: at most 12 different staff in 14 days
D_MAL_NOJD = 85      # target: at least 85 % satisfied


def d_shares(t):
    """(kvinnor, män, totalt) in %; None when a group has fewer than D_MIN_N respondents."""
    sk, nk, sm, nm = t
    k = pct(nk, sk) if sk >= D_MIN_N else None
    m = pct(nm, sm) if sm >= D_MIN_N else None
    return k, m, pct(nk + nm, sk + sm)


def d_sabo_tot(year):
    i = 2 if year == 2025 else 3
    t = [sum(r[i][j] for r in D_SABO) for j in range(4)]
    return d_shares(tuple(t))


def d_ht_tot(year):
    i = 4 if year == 2025 else 5
    t = [sum(r[i][j] for r in D_HT) for j in range(4)]
    return d_shares(tuple(t))


def d_falls(year):
    return sum(r[4 if year == 2025 else 5] for r in D_SABO)


def d_kont_tot(year):
    """Continuity for the whole municipality: mean weighted by the number of users in 2026."""
    i = 2 if year == 2025 else 3
    return int(sum(r[1] * r[i] for r in D_HT) / sum(r[1] for r in D_HT) + 0.5)


# ---------------------------------------------------------------- (e) Nyedsbo, årsredovisning 2026, räkenskaper
# values: (kommunen 2026, kommunen 2025, koncernen 2026, koncernen 2025), mnkr; costs negative
E_RR_BASE = {
    "Verksamhetens intäkter": (1, (412.6, 398.1, 688.4, 662.9)),
    "Verksamhetens kostnader": (2, (-2046.3, -1968.7, -2214.9, -2126.0)),
    "Avskrivningar": (3, (-84.2, -79.5, -148.6, -140.3)),
    "Skatteintäkter": (4, (1362.8, 1309.4, 1362.8, 1309.4)),
    "Generella statsbidrag och utjämning": (5, (421.5, 398.2, 421.5, 398.2)),
    "Finansiella intäkter": (6, (9.8, 8.1, 4.6, 3.9)),
    "Finansiella kostnader": (7, (-22.4, -18.6, -61.3, -55.8)),
    "Skatt på årets resultat": (None, (0.0, 0.0, -6.1, -5.7)),
}
E_BR_BASE = {
    "Immateriella anläggningstillgångar": (None, (6.2, 7.9, 8.0, 9.7)),
    "Mark, byggnader och tekniska anläggningar": (8, (1842.5, 1731.0, 3614.7, 3452.2)),
    "Maskiner och inventarier": (None, (118.4, 109.6, 214.9, 201.3)),
    "Finansiella anläggningstillgångar": (None, (196.3, 196.3, 38.6, 37.9)),
    "Förråd m.m.": (None, (4.1, 3.8, 22.7, 20.5)),
    "Kortfristiga fordringar": (None, (221.6, 204.9, 268.2, 247.4)),
    "Kassa och bank": (None, (96.9, 128.4, 131.5, 159.6)),
    "Avsättningar för pensioner": (9, (92.7, 86.1, 101.4, 94.3)),
    "Övriga avsättningar": (None, (18.0, 21.5, 26.8, 30.2)),
    "Kortfristiga skulder": (11, (398.7, 371.2, 489.9, 455.0)),
}
E_EK_IB2025 = (1012.4, 1388.1)     # övrigt eget kapital at the start of 2025 (kommunen, koncernen)
E_ANSVAR = (612.4, 641.9)          # pensionsförpliktelser som ansvarsförbindelse, kommunen 2026 / 2025
E_INVEST = 271.4                   # kommunens nettoinvesteringar 2026
E_REAVINST = 3.1                   # realisationsvinster 2026 (balanskravet)
E_LAN = (780.0, 770.0)             # lån i banker och kreditinstitut, kommunen 2026 / 2025


def _add(*vs):
    return tuple(r1(sum(v[i] for v in vs)) for i in range(4))


def e_rr():
    b = {k: v[1] for k, v in E_RR_BASE.items()}
    netto = _add(b["Verksamhetens intäkter"], b["Verksamhetens kostnader"], b["Avskrivningar"])
    vres = _add(netto, b["Skatteintäkter"], b["Generella statsbidrag och utjämning"])
    efin = _add(vres, b["Finansiella intäkter"], b["Finansiella kostnader"])
    res = _add(efin, b["Skatt på årets resultat"])
    return dict(b, **{"Verksamhetens nettokostnader": netto, "Verksamhetens resultat": vres,
                      "Resultat efter finansiella poster": efin, "Årets resultat": res})


def e_br():
    b = {k: v[1] for k, v in E_BR_BASE.items()}
    res = e_rr()["Årets resultat"]
    anl = _add(*(b[k] for k in ("Immateriella anläggningstillgångar", "Mark, byggnader och tekniska anläggningar",
                                "Maskiner och inventarier", "Finansiella anläggningstillgångar")))
    oms = _add(b["Förråd m.m."], b["Kortfristiga fordringar"], b["Kassa och bank"])
    tot = _add(anl, oms)
    ek25 = (r1(E_EK_IB2025[0] + res[1]), r1(E_EK_IB2025[1] + res[3]))
    ovr = (ek25[0], E_EK_IB2025[0], ek25[1], E_EK_IB2025[1])
    ek = _add(res, ovr)
    avs = _add(b["Avsättningar för pensioner"], b["Övriga avsättningar"])
    lfs = tuple(r1(tot[i] - ek[i] - avs[i] - b["Kortfristiga skulder"][i]) for i in range(4))
    skulder = _add(lfs, b["Kortfristiga skulder"])
    return dict(b, **{"Summa anläggningstillgångar": anl, "Summa omsättningstillgångar": oms,
                      "SUMMA TILLGÅNGAR": tot, "Årets resultat": res, "Övrigt eget kapital": ovr,
                      "Summa eget kapital": ek, "Summa avsättningar": avs, "Långfristiga skulder": lfs,
                      "Summa skulder": skulder,
                      "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER": _add(ek, avs, skulder)})


# notes (kommunen 2026, 2025): title -> rows, the note must add up to the statement line
E_NOTES = [
    (1, "Verksamhetens intäkter", [("Taxor och avgifter", 98.4, 94.0), ("Hyror och arrenden", 41.2, 39.8),
                                   ("Bidrag från staten", 198.7, 191.3), ("Försäljning av verksamhet", 56.9, 55.1),
                                   ("Övriga intäkter", 17.4, 17.9)], "Verksamhetens intäkter"),
    (2, "Verksamhetens kostnader", [("Löner och sociala avgifter", -1268.5, -1221.7),
                                    ("Pensionskostnader", -112.8, -104.6), ("Köp av verksamhet", -352.1, -338.9),
                                    ("Lokal- och markhyror", -61.4, -59.2), ("Övriga kostnader", -251.5, -244.3)],
     "Verksamhetens kostnader"),
    (3, "Avskrivningar", [("Byggnader och tekniska anläggningar", -68.9, -64.3),
                          ("Maskiner och inventarier", -13.6, -13.2),
                          ("Immateriella anläggningstillgångar", -1.7, -2.0)], "Avskrivningar"),
    (4, "Skatteintäkter", [("Preliminär kommunalskatt", 1371.5, 1301.2),
                           ("Preliminär slutavräkning för innevarande år", -6.9, 4.6),
                           ("Slutavräkningsdifferens för föregående år", -1.8, 3.6)], "Skatteintäkter"),
    (5, "Generella statsbidrag och utjämning", [("Inkomstutjämningsbidrag", 312.4, 296.0),
                                                ("Kostnadsutjämningsbidrag", 24.6, 21.9),
                                                ("Regleringsbidrag", 18.3, 9.7), ("Kommunal fastighetsavgift", 58.9, 56.4),
                                                ("Bidrag för LSS-utjämning", 7.3, 14.2)],
     "Generella statsbidrag och utjämning"),
    (6, "Finansiella intäkter", [("Ränteintäkter", 2.3, 1.9), ("Utdelning från koncernföretag", 6.0, 5.0),
                                 ("Borgensavgifter", 1.5, 1.2)], "Finansiella intäkter"),
    (7, "Finansiella kostnader", [("Räntor på lån", -19.6, -15.8), ("Ränta på pensionsavsättningen", -2.1, -2.0),
                                  ("Övriga finansiella kostnader", -0.7, -0.8)], "Finansiella kostnader"),
    (8, "Mark, byggnader och tekniska anläggningar", [("Verksamhetsfastigheter", 1214.6, 1131.8),
                                                      ("Fastigheter för affärsverksamhet (VA)", 498.3, 472.4),
                                                      ("Publika fastigheter", 129.6, 126.8)],
     "Mark, byggnader och tekniska anläggningar"),
    (9, "Avsättningar för pensioner", [("Förmånsbestämd ålderspension", 71.2, 66.0),
                                       ("Särskild avtalspension", 3.4, 3.3), ("Löneskatt", 18.1, 16.8)],
     "Avsättningar för pensioner"),
    (10, "Långfristiga skulder", [("Lån i banker och kreditinstitut", E_LAN[0], E_LAN[1])], "Långfristiga skulder"),
    (11, "Kortfristiga skulder", [("Leverantörsskulder", 112.4, 98.6), ("Personalens skatter och avgifter", 61.3, 58.2),
                                  ("Semesterlöneskuld", 88.9, 85.1), ("Förutbetalda skatteintäkter", 41.7, 39.0),
                                  ("Övriga kortfristiga skulder", 94.4, 90.3)], "Kortfristiga skulder"),
]


def e_note_rows(n):
    """Note rows incl. the derived remainder of note 14 (förutbetalda investeringsbidrag)."""
    nr, title, rows, line = n
    if nr == 10:
        lfs = e_br()["Långfristiga skulder"]
        rows = rows + [("Förutbetalda investeringsbidrag och anslutningsavgifter", r1(lfs[0] - E_LAN[0]),
                        r1(lfs[1] - E_LAN[1]))]
    return rows


def e_ratios():
    rr, br = e_rr(), e_br()
    ek, tot = br["Summa eget kapital"], br["SUMMA TILLGÅNGAR"]
    sol = tuple(r1(100 * ek[i] / tot[i]) for i in range(4))
    sol_inkl = tuple(r1(100 * (ek[i] - E_ANSVAR[i]) / tot[i]) for i in range(2))
    skatt = _add(rr["Skatteintäkter"], rr["Generella statsbidrag och utjämning"])
    res_andel = tuple(r1(100 * rr["Årets resultat"][i] / skatt[i]) for i in range(2))
    sjf = r1(100 * (rr["Årets resultat"][0] - rr["Avskrivningar"][0]) / E_INVEST)
    balans = r1(rr["Årets resultat"][0] - E_REAVINST)
    return dict(soliditet=sol, soliditet_inkl=sol_inkl, skatt=skatt, res_andel=res_andel, sjf=sjf, balans=balans)


# ---------------------------------------------------------------- (f) Klingstorp, KFN verksamhetsplan 2027
# (indikator, enhet "antal"|"%"|"dagar", riktning +1 higher is better / -1 lower is better,
#  utfall 2025, mål 2026, utfall 2026, mål 2027)
F_GOALS = [
    ("1. Ett tillgängligt kulturliv för alla åldrar",
     "Biblioteken, kulturskolan och konsthallen ska nå fler, särskilt barn och unga.", [
         ("Besök på biblioteken, antal", 1, 186400, 190000, 183900, 190000),
         ("Andel barn 6–15 år i kulturskolan, %", 1, 21, 24, 22, 24),
         ("Utlån av e-medier, antal", 1, 41200, 45000, 47350, 50000),
         ("Utställningar och arrangemang i konsthallen, antal", 1, 14, 16, 12, 16),
     ]),
    ("2. Fler i rörelse hela livet",
     "Fler barn, unga och äldre ska vara fysiskt aktiva, och flickor ska ta lika stor del av verksamheten.", [
         ("Deltagartillfällen för 7–20 år i föreningarna, antal", 1, 132800, 135000, 128100, 135000),
         ("Andel flickor av deltagartillfällena, %", 1, 39, 42, 40, 43),
         ("Besök i Klingstorps badhus, antal", 1, 96300, 95000, 101700, 100000),
         ("Nöjda besökare i motionsspåren, %", 1, 84, 85, 88, 88),
     ]),
    ("3. Trygga och levande mötesplatser",
     "Fritidsgårdar och anläggningar ska vara trygga, öppna och lätta att boka.", [
         ("Besök på fritidsgårdarna, antal", 1, 21900, 24000, 20300, 24000),
         ("Unga som känner sig trygga på fritidsgården, %", 1, 87, 90, 91, 92),
         ("Föreningar som får aktivitetsbidrag, antal", 1, 68, 70, 61, 70),
         ("Väntetid för bokning av idrottshall, dagar", -1, 12, 10, 11, 8),
     ]),
]
F_DELVIS = 0.9     # at least 90 % of the target -> "Delvis"
# (uppdrag text, due date (YYYY, M, D) used for sorting/conditions)
F_UPPDRAG = [
    ("Utreda förlängda öppettider vid biblioteksfilialen i Långvreten. Klart senast 31 mars 2027.", (2027, 3, 31)),
    ("Genomföra en trygghetsvandring vid varje fritidsgård tillsammans med polisen och fältgruppen, senast den "
     "15 maj 2027.", (2027, 5, 15)),
    ("Ta fram en ny modell för aktivitetsbidrag som gynnar verksamhet för flickor. Nämnden beslutar om modellen i "
     "juni 2027.", (2027, 6, 30)),
    ("Ta fram en biblioteksplan för 2028–2031. Planen redovisas för nämnden senast 2027-09-30.", (2027, 9, 30)),
    ("Utvärdera de avgiftsfria sommarlovsaktiviteterna. Rapport till nämnden 2027-11-17.", (2027, 11, 17)),
    ("Inventera konstsamlingen på cirka 1 400 verk och redovisa resultatet senast den 1 december 2027.",
     (2027, 12, 1)),
    ("Upphandla en ny bokningsplattform för idrottshallarna så att den kan tas i drift den 1 januari 2028.",
     (2028, 1, 1)),
]
# (verksamhet, budget 2026 tkr, budget 2027 tkr)
F_BUDGET = [
    ("Nämnd och administration", 6200, 6350),
    ("Bibliotek", 18900, 19650),
    ("Kulturskola", 11300, 11900),
    ("Allmänkultur och konsthall", 5400, 5150),
    ("Fritidsgårdar", 8700, 8500),
    ("Idrott och anläggningar", 31500, 33200),
    ("Föreningsbidrag", 7600, 7900),
]


def f_status(ind):
    name, d, u25, m26, u26, m27 = ind
    ratio = u26 / m26 if d > 0 else m26 / u26
    if ratio >= 1:
        return "Uppfyllt"
    return "Delvis" if ratio >= F_DELVIS else "Ej uppfyllt"


def f_indicators():
    return [(g[0], ind) for g in F_GOALS for ind in g[2]]


def f_budget_sum():
    return sum(r[1] for r in F_BUDGET), sum(r[2] for r in F_BUDGET)


def f_change(r):
    ch = r[2] - r[1]
    return ch, r1(100 * ch / r[1])
