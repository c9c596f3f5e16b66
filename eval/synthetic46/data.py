"""The numbers, rows, list items and running-text sentences of the six synthetic46 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values (the merit
values and eligibility shares per school unit and for the municipality, computed from the pupil counts by sex; the
staff and cost sums, the weighted sick-leave rates and the women's shares of the personnel report; the length, cost
and per-year sums of the street plan; the per-area and per-year sums, the tenure split and the cumulative curve of the
housing programme; the counts, sums and deviation shares of the internal-control follow-up; the deviations and sums of
the scanned clinic table and the changes of the health-care budget) are computed here, never typed twice. The helpers
r0/r1/r2, g, d1, pct, share and dmy are copied from ../synthetic44/data.py."""
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


def pct(new, old):
    return r1((new / old - 1) * 100)


def share(part, whole):
    return r1(part / whole * 100)


D = _dt.date

# =====================================================================================================
# (a) Tovhamra kommun – barn- och utbildningsnämnden: grundskolans resultat våren 2027 (årskurs 9)
# =====================================================================================================
A_DNR = "BUN 2027/214"
A_DATE = D(2027, 9, 14)
A_CHIEF = ("Sofia Vallin", "skolchef")
A_ANALYST = ("Simon Tengvall", "kvalitetsstrateg")
# (school unit, grades, girls, boys, merit 2025, merit 2026, merit girls 2027, merit boys 2027,
#  eligible % 2025, eligible % 2026, eligible girls 2027, eligible boys 2027) – all pupils of årskurs 9
A_SCHOOLS = [
    ("Fjolbergsskolan", "7–9", 61, 57, 221.4, 224.0, 241.2, 218.3, 88.9, 90.1, 58, 50),
    ("Mossvedsskolan", "F–9", 30, 34, 208.7, 203.5, 211.0, 189.4, 84.2, 82.7, 25, 26),
    ("Sävdalsskolan", "7–9", 70, 72, 232.6, 235.1, 249.9, 227.0, 93.4, 94.0, 68, 67),
    ("Tovhamraskolan", "F–9", 41, 46, 214.9, 219.8, 226.4, 211.3, 87.0, 89.6, 37, 38),
    ("Måsängsskolan", "F–9", 22, 23, 196.3, 201.9, 219.1, 196.8, 80.5, 83.3, 19, 19),
    ("Ödbyskolan", "F–9", 17, 21, 225.0, 219.4, 222.6, 204.1, 91.7, 88.2, 15, 18),
    ("Vitmossens friskola¹", "F–9", 27, 25, 243.8, 246.2, 258.7, 242.9, 96.1, 95.7, 27, 24),
]
A_KOMMUN_HIST = dict(m25=222.3, m26=223.6, b25=89.2, b26=89.7, pupils26=531)
A_RIKET = dict(m25=230.4, m26=231.2, m27=232.0, mg=243.0, mb=221.6, b25=85.9, b26=86.1, b27=86.4, bg=88.3, bb=84.6)
A_TARGET = dict(merit=230.0, beh=90.0)
A_NOTE1 = "¹ Fristående skola. Resultaten redovisas med huvudmannens medgivande."
A_PASSAGE = ("skolan under större delen av läsåret saknade legitimerade lärare i matematik och moderna språk, "
             "samtidigt som nästan var tredje elev i årskursen hade kommit till Sverige under de senaste fyra åren")
A_ACTIONS = [
    ("Språkutvecklande arbetssätt i all undervisning på Mossvedsskolan och Måsängsskolan",
     ["studiehandledning på modersmålet utökas till minst två timmar per vecka",
      "lärarna får handledning av kommunens språkutvecklare"]),
    ("Rekrytering av legitimerade lärare i matematik och moderna språk",
     ["en gemensam lärarpool för de mindre F–9-skolorna inrättas",
      "lärarstudenter erbjuds betald VFU på skolor med stora behov"]),
    ("Tidig uppföljning av pojkarnas resultat i årskurs 7 och 8", []),
    ("Gemensam bedömning i svenska och engelska mellan skolorna", []),
]


def a_n(s):
    return s[2] + s[3]


def a_m27(s):
    return r1((s[2] * s[6] + s[3] * s[7]) / a_n(s))


def a_b27(s):
    return share(s[10] + s[11], a_n(s))


def a_bg(s):
    return share(s[10], s[2])


def a_bb(s):
    return share(s[11], s[3])


def a_name(s):
    return s[0].rstrip("¹")


def a_pupils():
    return sum(a_n(s) for s in A_SCHOOLS)


def a_kommun():
    girls = sum(s[2] for s in A_SCHOOLS)
    boys = sum(s[3] for s in A_SCHOOLS)
    n = girls + boys
    mg = sum(s[2] * s[6] for s in A_SCHOOLS) / girls
    mb = sum(s[3] * s[7] for s in A_SCHOOLS) / boys
    m27 = sum(s[2] * s[6] + s[3] * s[7] for s in A_SCHOOLS) / n
    eg = sum(s[10] for s in A_SCHOOLS)
    eb = sum(s[11] for s in A_SCHOOLS)
    return dict(n=n, m25=A_KOMMUN_HIST["m25"], m26=A_KOMMUN_HIST["m26"], m27=r1(m27), mg=r1(mg), mb=r1(mb),
                b25=A_KOMMUN_HIST["b25"], b26=A_KOMMUN_HIST["b26"], b27=share(eg + eb, n), bg=share(eg, girls),
                bb=share(eb, boys), inel=n - eg - eb)


def a_merit_cells(s):
    return [s[0], g(a_n(s)), d1(s[4]), d1(s[5]), d1(a_m27(s)), d1(s[6]), d1(s[7])]


def a_merit_text(s):
    return " ".join(a_merit_cells(s))


def a_beh_cells(s):
    return [s[0], d1(s[8]), d1(s[9]), d1(a_b27(s)), d1(a_bg(s)), d1(a_bb(s)), g(a_n(s) - s[10] - s[11])]


def a_beh_text(s):
    return " ".join(a_beh_cells(s))


def a_kommun_merit_cells():
    k = a_kommun()
    return ["Tovhamra kommun", g(k["n"]), d1(k["m25"]), d1(k["m26"]), d1(k["m27"]), d1(k["mg"]), d1(k["mb"])]


def a_kommun_beh_cells():
    k = a_kommun()
    return ["Tovhamra kommun", d1(k["b25"]), d1(k["b26"]), d1(k["b27"]), d1(k["bg"]), d1(k["bb"]), g(k["inel"])]


def a_riket_merit_cells():
    r = A_RIKET
    return ["Riket", "–", d1(r["m25"]), d1(r["m26"]), d1(r["m27"]), d1(r["mg"]), d1(r["mb"])]


def a_riket_beh_cells():
    r = A_RIKET
    return ["Riket", d1(r["b25"]), d1(r["b26"]), d1(r["b27"]), d1(r["bg"]), d1(r["bb"]), "–"]


def a_sentences():
    k = a_kommun()
    return [
        f"Våren 2027 gick {g(k['n'])} elever ut årskurs 9 i de sju skolenheterna i Tovhamra, jämfört med "
        f"{g(A_KOMMUN_HIST['pupils26'])} året innan.",
        f"Det genomsnittliga meritvärdet blev {d1(k['m27'])} ({d1(k['m26'])} år 2026). Det är fortfarande lägre än "
        f"nämndens mål på {d1(A_TARGET['merit'])} och rikets genomsnitt på {d1(A_RIKET['m27'])}.",
        f"Andelen elever som blev behöriga till gymnasieskolans yrkesprogram var {d1(k['b27'])} procent "
        f"({d1(k['b26'])}), alltså strax under målet på {d1(A_TARGET['beh'])} procent.",
        f"Flickorna hade i genomsnitt {d1(k['mg'])} meritpoäng och pojkarna {d1(k['mb'])}, en skillnad på "
        f"{d1(k['mg'] - k['mb'])} poäng.",
    ]


# =====================================================================================================
# (b) Myrvinge kommun – personalekonomisk redovisning 2026
# =====================================================================================================
B_DATE = D(2027, 3, 2)
B_HR = ("Tobias Malmsten", "HR-chef")
B_CEO = ("Veronica Fahlgren", "kommundirektör")
B_AUTHOR = ("Stina Thorsell", "HR-strateg")
# (förvaltning, short, tillsvidare women, men, visstid, årsarbetare, cost budget 2026, cost outcome 2026,
#  cost outcome 2025 (mnkr), sick 2025, sick 2026, sick women 2026, sick men 2026, long-term share 2026 %)
B_ADM = [
    ("Kommunledningsförvaltningen", "KLF", 118, 64, 9, 176.4, 142.6, 139.8, 133.1, 4.6, 4.1, 4.9, 2.7, 31.5),
    ("Barn- och utbildningsförvaltningen", "BUF", 1046, 251, 142, 1318.7, 901.4, 917.2, 872.6, 7.9, 7.6, 8.4, 4.3,
     41.2),
    ("Socialförvaltningen", "SOC", 286, 74, 41, 372.5, 251.8, 263.9, 244.7, 8.8, 9.3, 10.1, 6.2, 48.7),
    ("Vård- och omsorgsförvaltningen", "VOF", 1184, 196, 233, 1402.1, 868.3, 889.6, 846.0, 11.2, 10.4, 11.0, 7.1,
     52.3),
    ("Samhällsbyggnadsförvaltningen", "SBF", 97, 171, 22, 271.0, 208.5, 203.1, 197.4, 4.2, 4.5, 5.8, 3.7, 36.0),
    ("Kultur- och fritidsförvaltningen", "KFF", 78, 49, 31, 131.8, 86.2, 84.9, 81.3, 6.0, 5.2, 6.1, 3.7, 29.4),
]
B_STAFF_2025 = (3571, 501)          # tillsvidare, visstid 1 Nov 2025
B_SICK_TARGET = 7.5
B_LONG_2025 = 44.0                   # long-term share of the whole municipality 2025, %
B_LONG_2026 = 46.1
B_SICKPAY = (41.3, 38.9)             # sick pay mnkr 2026, 2025
B_TURNOVER = (9.8, 11.2, 9.0)        # 2026, 2025, target (at most)
B_HIRED = (12.7, 18.4)               # hired staff mnkr 2026, 2025
B_OVERTIME = (61.2, 57.9)            # övertid och mertid mnkr 2026, 2025
# Tabell 3: sick leave by age group and sex (women 2025, 2026, men 2025, 2026, all 2025, 2026)
B_AGE = [
    ("–29 år", 8.1, 8.6, 4.0, 4.7, 6.9, 7.5),
    ("30–49 år", 9.6, 9.0, 4.9, 4.4, 8.5, 7.9),
    ("50 år–", 10.7, 10.3, 6.2, 5.6, 9.5, 9.1),
]
B_AGE_TOTAL_2025 = (9.8, 5.2)        # women, men 2025 (the 2026 values and "Samtliga" come from Tabell 2)
B_PASSAGE = ("arbetsbelastningen i barn- och ungdomsgruppen var mycket hög, eftersom fem av tolv "
             "socialsekreterartjänster under våren var vakanta eller bemannade med inhyrda konsulter")
B_ACTIONS = [
    ("Tidiga insatser vid upprepad korttidsfrånvaro", ["kontakt med företagshälsovården efter fem "
                                                      "sjukfrånvarotillfällen på tolv månader",
                                                      "chefsstöd från HR inom två veckor"]),
    ("Stabil bemanning i socialtjänsten", ["en introduktionstjänst för nyutexaminerade socialsekreterare",
                                           "inhyrda konsulter ska fasas ut under 2027"]),
    ("Heltid som norm i vård och omsorg", ["nya scheman med längre sammanhängande ledighet"]),
]


def b_staff(a):
    return a[2] + a[3]


def b_tot():
    w = sum(a[2] for a in B_ADM)
    m = sum(a[3] for a in B_ADM)
    return dict(w=w, m=m, n=w + m, vis=sum(a[4] for a in B_ADM), aa=r1(sum(a[5] for a in B_ADM)),
                bud=r1(sum(a[6] for a in B_ADM)), utf=r1(sum(a[7] for a in B_ADM)),
                utf25=r1(sum(a[8] for a in B_ADM)))


def b_sick_kommun():
    n = b_tot()["n"]
    w = b_tot()["w"]
    m = b_tot()["m"]
    return dict(s25=r1(sum(b_staff(a) * a[9] for a in B_ADM) / n), s26=r1(sum(b_staff(a) * a[10] for a in B_ADM) / n),
                w26=r1(sum(a[2] * a[11] for a in B_ADM) / w), m26=r1(sum(a[3] * a[12] for a in B_ADM) / m))


def b_women_share(a):
    return r0(a[2] / b_staff(a) * 100)


def b_staff_cells(a):
    return [a[0], g(a[2]), g(a[3]), g(b_staff(a)), g(a[4]), d1(a[5]), d1(a[6]), d1(a[7]), d1(a[8])]


def b_staff_text(a):
    return " ".join(b_staff_cells(a))


def b_staff_total_cells():
    t = b_tot()
    return ["Summa", g(t["w"]), g(t["m"]), g(t["n"]), g(t["vis"]), d1(t["aa"]), d1(t["bud"]), d1(t["utf"]),
            d1(t["utf25"])]


def b_sick_cells(a):
    return [a[0], d1(a[9]), d1(a[10]), d1(a[11]), d1(a[12]), d1(a[13])]


def b_sick_text(a):
    return " ".join(b_sick_cells(a))


def b_sick_total_cells():
    k = b_sick_kommun()
    return ["Hela kommunen", d1(k["s25"]), d1(k["s26"]), d1(k["w26"]), d1(k["m26"]), d1(B_LONG_2026)]


def b_age_cells(a):
    return [a[0]] + [d1(x) for x in a[1:]]


def b_age_text(a):
    return " ".join(b_age_cells(a))


def b_age_total_cells():
    k = b_sick_kommun()
    return ["Totalt", d1(B_AGE_TOTAL_2025[0]), d1(k["w26"]), d1(B_AGE_TOTAL_2025[1]), d1(k["m26"]), d1(k["s25"]),
            d1(k["s26"])]


def b_sentences():
    t = b_tot()
    k = b_sick_kommun()
    return [
        f"Den 1 november 2026 hade Myrvinge kommun {g(t['n'])} tillsvidareanställda och {g(t['vis'])} "
        f"visstidsanställda med månadslön, jämfört med {g(B_STAFF_2025[0])} respektive {g(B_STAFF_2025[1])} ett "
        f"år tidigare.",
        f"Personalkostnaderna uppgick till {d1(t['utf'])} mnkr. Det är {d1(t['utf'] - t['bud'])} mnkr mer än "
        f"budgeten på {d1(t['bud'])} mnkr och {d1(pct(t['utf'], t['utf25']))} procent mer än 2025, då kostnaderna "
        f"var {d1(t['utf25'])} mnkr.",
        f"Sjukfrånvaron minskade till {d1(k['s26'])} procent av den ordinarie arbetstiden ({d1(k['s25'])} procent "
        f"2025) men ligger fortfarande över målet på högst {d1(B_SICK_TARGET)} procent.",
        f"Kvinnornas sjukfrånvaro var {d1(k['w26'])} procent och männens {d1(k['m26'])} procent.",
        f"Kostnaden för sjuklön ökade ändå till {d1(B_SICKPAY[0])} mnkr ({d1(B_SICKPAY[1])}), eftersom "
        f"korttidsfrånvaron ökade.",
        f"Personalomsättningen var {d1(B_TURNOVER[0])} procent, jämfört med {d1(B_TURNOVER[1])} procent året innan "
        f"och målet på högst {d1(B_TURNOVER[2])} procent.",
        f"Kostnaden för inhyrd personal minskade till {d1(B_HIRED[0])} mnkr ({d1(B_HIRED[1])}), medan övertid och "
        f"mertid kostade {d1(B_OVERTIME[0])} mnkr ({d1(B_OVERTIME[1])}).",
    ]


# =====================================================================================================
# (c) Fagerlida kommun – tekniska nämnden: underhållsplan för gator och vägar 2027–2030
# =====================================================================================================
C_DNR = "TN 2026/157"
C_DATE = D(2026, 11, 18)
C_HEAD = ("Fredrik Sjölin", "gatuchef")
C_CHIEF = ("Mikael Storm", "teknisk chef")
C_YEARS = [2027, 2028, 2029, 2030]
C_TYPES = ["Fräsning och ny beläggning", "Ny beläggning", "Förstärkning och ny beläggning",
           "Kantsten och ny beläggning", "Ytbehandling"]
# (nr, street, section, measure, length m, cost tkr, year, priority)
C_ROWS = [
    (1, "Mellangatan", "Stortorget – Tullbrogatan", "Fräsning och ny beläggning", 420, 1890, 2027, 1),
    (2, "Fabriksvägen", "hela sträckan", "Förstärkning och ny beläggning", 650, 3250, 2027, 1),
    (3, "Tullbrogatan", "Mellangatan – Sjögatan", "Ny beläggning", 310, 930, 2027, 2),
    (4, "Tingsvägen", "Mellangatan – Skolvägen", "Fräsning och ny beläggning", 380, 1520, 2027, 1),
    (5, "Mossvägen", "nr 1–41", "Ytbehandling", 540, 480, 2027, 3),
    (6, "Smedsgatan", "hela sträckan", "Kantsten och ny beläggning", 260, 1170, 2027, 2),
    (7, "Fiskargatan", "Sjögatan – Vävaregatan", "Ny beläggning", 290, 870, 2028, 2),
    (8, "Skolvägen", "Tingsvägen – Fårstigen", "Förstärkning och ny beläggning", 470, 2350, 2028, 1),
    (9, "Sjögatan", "Tullbrogatan – Fiskargatan", "Fräsning och ny beläggning", 330, 1320, 2028, 2),
    (10, "Murargatan", "hela sträckan", "Ytbehandling", 610, 550, 2028, 3),
    (11, "Tvärleden", "Fabriksvägen – Stationsvägen", "Fräsning och ny beläggning", 720, 3020, 2028, 1),
    (12, "Fårstigen", "gång- och cykelvägen", "Ny beläggning", 540, 760, 2028, 3),
    (13, "Stationsvägen", "Mellangatan – Tvärleden", "Kantsten och ny beläggning", 350, 1610, 2029, 2),
    (14, "Vävaregatan", "hela sträckan", "Ny beläggning", 240, 720, 2029, 3),
    (15, "Mejerivägen", "Fabriksvägen – Sågargatan", "Förstärkning och ny beläggning", 560, 2940, 2029, 1),
    (16, "Sågargatan", "nr 2–30", "Ytbehandling", 380, 340, 2029, 3),
    (17, "Torsgatan", "Mellangatan – Trädgårdsgatan", "Fräsning och ny beläggning", 270, 1080, 2029, 2),
    (18, "Trädgårdsgatan", "hela sträckan", "Ny beläggning", 300, 900, 2030, 3),
    (19, "Fjärilsvägen", "vändplanen – Mossvägen", "Ytbehandling", 460, 410, 2030, 3),
    (20, "Östra Strandgatan", "Stortorget – Stationsvägen", "Fräsning och ny beläggning", 510, 2240, 2030, 1),
    (21, "Svarvargatan", "hela sträckan", "Förstärkning och ny beläggning", 430, 2150, 2030, 2),
    (22, "Fagerlidavägen", "infarten – Mellangatan", "Fräsning och ny beläggning", 880, 3610, 2030, 1),
]
C_BREAK_AFTER = 15                  # Tabell 1 breaks after this row (p. 2 → p. 3)
C_FRAME = 9000                      # yearly budget frame for pavement maintenance, tkr
C_PREV_PLAN = 31750                 # previous plan 2026–2029, tkr
C_DEBT = (58, 52)                   # maintenance debt mnkr now and at the 2024 inventory
C_ASPHALT = 14                      # asphalt price rise since 2025, %
C_KM = 142                          # km of municipal streets and roads
C_LAYERS = [("Slitlager ABT 11", 40), ("Bindlager ABb 16", 50), ("Bärlager AG 22", 70),
            ("Obundet bärlager 0–32", 100), ("Förstärkningslager 0–90", 420)]
C_PASSAGE = ("vatten- och avloppsledningarna under gatan ska bytas under 2028 och det är inte meningsfullt att "
             "lägga ny beläggning innan ledningsarbetet är klart")
C_PRIOS = [
    "Prioritet 1: gator där skadorna påverkar trafiksäkerheten eller där vägkroppen riskerar att förstöras om "
    "inget görs inom två år.",
    "Prioritet 2: huvudgator och bussgator med sprickor och lagningar som bör åtgärdas inom planperioden.",
    "Prioritet 3: lokalgator och gång- och cykelvägar där en ytbehandling eller ny beläggning förlänger livslängden.",
]


def c_cells(r):
    return [str(r[0]), r[1], r[2], r[3], g(r[4]), g(r[5]), str(r[6]), str(r[7])]


def c_text(r):
    return " ".join(c_cells(r))


def c_len():
    return sum(r[4] for r in C_ROWS)


def c_cost(year=None, typ=None):
    return sum(r[5] for r in C_ROWS if (year is None or r[6] == year) and (typ is None or r[3] == typ))


def c_total_cells():
    return ["Totalt", g(c_len()), g(c_cost())]


def c_type_cells(typ):
    return [typ] + [g(c_cost(y, typ)) if c_cost(y, typ) else "–" for y in C_YEARS] + [g(c_cost(None, typ))]


def c_type_sum_cells():
    return ["Summa"] + [g(c_cost(y)) for y in C_YEARS] + [g(c_cost())]


def c_sentences():
    y27 = c_cost(2027)
    return [
        f"Planen omfattar {len(C_ROWS)} åtgärder på sammanlagt {d1(c_len() / 1000)} km gator och gång- och "
        f"cykelvägar till en kostnad av {g(c_cost())} tkr under 2027–2030. Den förra planen omfattade "
        f"{g(C_PREV_PLAN)} tkr för fyra år.",
        f"Åtgärderna för 2027 beräknas kosta {g(y27)} tkr, medan budgetramen för beläggningsunderhåll är "
        f"{g(C_FRAME)} tkr per år.",
        f"Underhållsskulden på kommunens {C_KM} km gator bedöms nu till {C_DEBT[0]} mnkr, jämfört med {C_DEBT[1]} "
        f"mnkr vid förra inventeringen 2024.",
        f"Priset på asfalt har stigit med {C_ASPHALT} procent sedan 2025.",
    ]


# =====================================================================================================
# (d) Vinnerby kommun – bostadsförsörjningsprogram 2027–2031
# =====================================================================================================
D_DNR = "KS 2027/88"
D_DATE = D(2027, 4, 26)
D_HEAD = ("Therese Vikander", "samhällsbyggnadschef")
D_PLANNER = ("Magnus Vesterlund", "planarkitekt")
D_YEARS = [2027, 2028, 2029, 2030, 2031]
D_POP = (18436, 19610)              # inhabitants 31 Dec 2026, forecast 2031
D_TARGET = 150                      # new homes per year (kommunfullmäktiges mål)
# (area, year, hyresrätt, bostadsrätt, äganderätt)
D_ROWS = [
    ("Vinnerby centrum", 2027, 48, 24, 0),
    ("Vinnerby centrum", 2029, 36, 30, 0),
    ("Svedängen", 2028, 0, 18, 22),
    ("Svedängen", 2029, 0, 12, 26),
    ("Svedängen", 2030, 0, 0, 20),
    ("Sjöhagen", 2027, 32, 0, 0),
    ("Sjöhagen", 2028, 40, 20, 0),
    ("Måsudden", 2030, 24, 30, 0),
    ("Måsudden", 2031, 0, 28, 14),
    ("Tornvallen", 2028, 0, 0, 16),
    ("Tornvallen", 2031, 18, 0, 10),
    ("Skogsvreta", 2029, 60, 0, 0),
    ("Skogsvreta", 2030, 30, 16, 8),
    ("Fridvalla", 2027, 0, 0, 8),
    ("Fridvalla", 2030, 0, 0, 6),
]
D_AREAS = ["Vinnerby centrum", "Svedängen", "Sjöhagen", "Måsudden", "Tornvallen", "Skogsvreta", "Fridvalla"]
D_PASSAGE = ("detaljplanen för Svedängen bara medger friliggande småhus och parhus i högst två våningar, och marken "
             "ägs av en privat byggherre som säljer husen som bostadsrätter och äganderätter")
D_STRATEGIES = [
    ("Fler hyresrätter i lägen med god kollektivtrafik",
     ["Vinnerbyhem bygger minst 40 hyresrätter per år under programperioden",
      "markanvisningar i centrum villkoras med en andel hyresrätter"]),
    ("Bostäder som passar äldre",
     ["minst en fjärdedel av de nya hyresrätterna i centrum görs tillgängliga för äldre",
      "ett nytt särskilt boende i Sjöhagen utreds"]),
    ("Småhustomter i byarna",
     ["detaljplanen för Fridvalla etapp 2 tas fram under 2027",
      "kommunens egna tomter säljs via tomtkön"]),
    ("En aktiv markpolitik",
     ["kommunen förvärvar strategisk mark vid Måsudden",
      "planberedskapen ska motsvara minst tre års bostadsbyggande"]),
]


def d_sum(r):
    return r[2] + r[3] + r[4]


def d_cells(r):
    return [r[0], str(r[1])] + [g(x) if x else "–" for x in r[2:5]] + [g(d_sum(r))]


def d_text(r):
    return " ".join(d_cells(r))


def d_area_sum(area):
    rows = [r for r in D_ROWS if r[0] == area]
    return [sum(r[k] for r in rows) for k in (2, 3, 4)] + [sum(d_sum(r) for r in rows)]


def d_area_sum_cells(area):
    s = d_area_sum(area)
    return [f"Summa {area}", ""] + [g(x) if x else "–" for x in s[:3]] + [g(s[3])]


def d_area_sum_text(area):
    return " ".join(x for x in d_area_sum_cells(area) if x)


def d_total():
    return [sum(r[k] for r in D_ROWS) for k in (2, 3, 4)] + [sum(d_sum(r) for r in D_ROWS)]


def d_total_cells():
    t = d_total()
    return ["Hela kommunen", "2027–2031"] + [g(x) for x in t]


def d_year(y):
    return sum(d_sum(r) for r in D_ROWS if r[1] == y)


def d_cum():
    out, c = [], 0
    for y in D_YEARS:
        c += d_year(y)
        out.append(c)
    return out


def d_sentences():
    t = d_total()
    ys = {y: d_year(y) for y in D_YEARS}
    top = max(D_YEARS, key=lambda y: ys[y])
    low = min(D_YEARS, key=lambda y: ys[y])
    return [
        f"Vinnerby hade {g(D_POP[0])} invånare vid utgången av 2026. Enligt befolkningsprognosen ökar "
        f"befolkningen till {g(D_POP[1])} invånare år 2031.",
        f"Programmet omfattar {g(t[3])} planerade bostäder under 2027–2031, i genomsnitt {g(t[3] / 5)} per år, medan "
        f"kommunfullmäktiges mål är {D_TARGET} nya bostäder per år.",
        f"Flest bostäder planeras {top}, då {ys[top]} bostäder kan bli klara, och minst {low} med {ys[low]}.",
        f"Av de planerade bostäderna är {t[0]} hyresrätter, {t[1]} bostadsrätter och {t[2]} äganderätter.",
    ]


# =====================================================================================================
# (e) Skebrinna kommun – kommunstyrelsen: uppföljning av intern kontroll 2026
# =====================================================================================================
E_DNR = "KS 2027/41"
E_DATE = D(2027, 2, 8)
E_AUTHOR = ("Martina Törnqvist", "controller")
E_CFO = ("Felix Stål", "ekonomichef")
E_CEO = ("Tina Mårtensson", "kommundirektör")
E_PREV_SHARE = 11.4                 # deviation share 2025, %
E_RESULTS = ["Utan anmärkning", "Mindre brister", "Väsentliga brister", "Ej genomförd"]
# (nr, process, control point, risk value, frequency, sampled, deviations, result) – None = not carried out
E_ROWS = [
    (1, "Ekonomi", "Leverantörsfakturor attesteras enligt attestordningen", 12, "Tertialvis", 60, 4,
     "Mindre brister"),
    (2, "Ekonomi", "Representation redovisas med syfte och deltagare", 9, "Halvårsvis", 40, 9,
     "Väsentliga brister"),
    (3, "Ekonomi", "Balanskonton stäms av vid bokslutet", 8, "Årligen", 24, 0, "Utan anmärkning"),
    (4, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", 16, "Halvårsvis", 30, 6,
     "Väsentliga brister"),
    (5, "Upphandling", "Förbrukningsmaterial köps från avtalade leverantörer", 12, "Tertialvis", 50, 7,
     "Mindre brister"),
    (6, "Personal", "Löneändringar har ett beslutsunderlag", 8, "Kvartalsvis", 48, 0, "Utan anmärkning"),
    (7, "Personal", "Utdrag ur belastningsregistret vid nyanställning", 12, "Halvårsvis", 20, 2, "Mindre brister"),
    (8, "Personal", "Behörigheter tas bort när anställningen upphör", 9, "Kvartalsvis", 32, 5,
     "Väsentliga brister"),
    (9, "Informationssäkerhet", "Behörigheter i ekonomisystemet motsvarar arbetsuppgifterna", 6, "Årligen", 85, 3,
     "Mindre brister"),
    (10, "Informationssäkerhet", "Säkerhetskopior kan läsas tillbaka", 8, "Halvårsvis", 2, 0, "Utan anmärkning"),
    (11, "Informationssäkerhet", "Kontinuitetsplaner finns för verksamhetskritiska system", 12, "Årligen", None,
     None, "Ej genomförd"),
    (12, "Diarieföring", "Inkomna handlingar registreras inom tre arbetsdagar", 6, "Tertialvis", 90, 11,
     "Mindre brister"),
    (13, "Diarieföring", "Allmänna handlingar lämnas ut skyndsamt", 4, "Halvårsvis", 20, 0, "Utan anmärkning"),
    (14, "Bidrag", "Föreningsbidrag följs upp mot föreningarnas redovisning", 9, "Årligen", None, None,
     "Ej genomförd"),
]
E_MONTH_ANNUAL = {3: 1, 9: 10, 11: 11, 14: 3}     # the month of each yearly control
E_FREQ_MONTHS = {"Kvartalsvis": [3, 6, 9, 12], "Tertialvis": [4, 8, 12], "Halvårsvis": [6, 12]}
# (nr, measure, control nr, responsible, deadline)
E_MEASURES = [
    ("Å1", "Ny rutin för representation med obligatorisk deltagarlista", 2, "Ekonomichefen", D(2027, 3, 31)),
    ("Å2", "Utbildning i direktupphandling för alla beställare", 4, "Upphandlingschefen", D(2027, 4, 30)),
    ("Å3", "Behörigheter avslutas automatiskt via lönesystemet", 8, "IT-chefen", D(2027, 6, 30)),
    ("Å4", "Kontinuitetsplaner tas fram för de fem mest kritiska systemen", 11, "Säkerhetssamordnaren",
     D(2027, 9, 30)),
    ("Å5", "Kontrollen av föreningsbidrag genomförs i efterhand", 14, "Kultur- och fritidschefen", D(2027, 4, 15)),
    ("Å6", "Påminnelser i ärendesystemet när handlingar inte registrerats", 12, "Kanslichefen", D(2027, 5, 31)),
]
E_PASSAGE = ("säkerhetssamordnaren, som skulle genomföra kontrollen, slutade i maj och tjänsten var vakant under "
             "resten av året")


def e_done():
    return [r for r in E_ROWS if r[5] is not None]


def e_share(r):
    return share(r[6], r[5])


def e_level(rv):
    return "Hög" if rv >= 9 else ("Medel" if rv >= 6 else "Låg")


def e_cells(r):
    if r[5] is None:
        return [str(r[0]), r[2], str(r[3]), r[4], "–", "–", "–", r[7]]
    return [str(r[0]), r[2], str(r[3]), r[4], g(r[5]), g(r[6]), d1(e_share(r)), r[7]]


def e_text(r):
    return " ".join(e_cells(r))


def e_sums():
    done = e_done()
    s, a = sum(r[5] for r in done), sum(r[6] for r in done)
    return s, a, share(a, s)


def e_sum_cells():
    s, a, sh = e_sums()
    return ["Summa genomförda kontroller", g(s), g(a), d1(sh)]


def e_measure_cells(m):
    return [m[0], m[1], str(m[2]), m[3], m[4].isoformat()]


def e_measure_text(m):
    return " ".join(e_measure_cells(m))


def e_count(res):
    return sum(1 for r in E_ROWS if r[7] == res)


def e_months(r):
    if r[4] == "Årligen":
        return [E_MONTH_ANNUAL[r[0]]]
    return E_FREQ_MONTHS[r[4]]


WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
        10: "tio", 11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton"}


def e_sentences():
    s, a, sh = e_sums()
    n = len(E_ROWS)
    done = len(e_done())
    return [
        f"Internkontrollplanen för 2026 innehöll {WORD[n]} kontrollmoment. {WORD[done].capitalize()} av dem "
        f"genomfördes, medan {WORD[n - done]} inte blev genomförda under året.",
        f"I de genomförda kontrollerna granskades sammanlagt {g(s)} poster, varav {g(a)} hade avvikelser, det vill "
        f"säga {d1(sh)} procent. Året innan var andelen {d1(E_PREV_SHARE)} procent.",
        f"{WORD[e_count('Utan anmärkning')].capitalize()} kontroller visade inga brister, "
        f"{WORD[e_count('Mindre brister')]} visade mindre brister och {WORD[e_count('Väsentliga brister')]} "
        f"visade väsentliga brister.",
    ]


# =====================================================================================================
# (f) Region Flodmark – hälso- och sjukvårdsnämnden: budget 2027 (the clinic table is the SCANNED page 2)
# =====================================================================================================
F_DNR = "HSN 2026/412"
F_DATE = D(2026, 11, 17)
F_DIRECTOR = ("Mona Tidblad", "hälso- och sjukvårdsdirektör")
F_CFO = ("Mats Fernström", "ekonomidirektör")
F_CHAIR = ("Frida Schön", "ordförande")
# the scanned table: (clinic, utfall 2025, budget 2026, prognos 2026, budget 2027), mnkr
F_CLINICS = [
    ("Akutkliniken", 312.4, 318.0, 331.7, 336.5),
    ("Medicinkliniken", 688.9, 702.5, 719.8, 731.2),
    ("Kirurgkliniken", 524.1, 541.0, 538.6, 552.9),
    ("Ortopedkliniken", 397.6, 405.2, 411.9, 418.4),
    ("Kvinnokliniken", 256.3, 262.8, 259.1, 268.0),
    ("Barn- och ungdomskliniken", 214.7, 220.4, 228.5, 231.6),
    ("Psykiatriska kliniken", 468.2, 479.6, 497.3, 503.8),
    ("Anestesi- och intensivvårdskliniken", 341.5, 350.0, 356.2, 362.7),
    ("Röntgenkliniken", 173.8, 179.9, 176.4, 183.2),
    ("Laboratoriemedicin", 146.2, 151.3, 149.8, 155.0),
    ("Rehabiliteringskliniken", 98.4, 101.6, 104.9, 106.1),
]
F_SCAN_HEAD = ["Region Flodmark", "Hälso- och sjukvårdsnämnden · Budget 2027", "Bilaga 1",
               "Kostnad per klinik, miljoner kronor (mnkr)"]
F_SCAN_COLS = ["Klinik", "Utfall 2025", "Budget 2026", "Prognos 2026", "Avvikelse", "Budget 2027"]
F_SCAN_FOOT = ["Prognos 2026 enligt delårsrapporten per den 31 augusti.",
               "Avvikelse = budget 2026 minus prognos 2026. Negativt tal innebär underskott.",
               "Sida 7"]
F_SCAN_PEN = ["jfr delår"]
# Tabell 2 (p. 3): budget per area, mnkr: (area, budget 2026, budget 2027)
F_AREAS = [
    ("Primärvård", 1512.3, 1578.0),
    ("Specialiserad somatisk vård", 3640.8, 3781.5),
    ("Specialiserad psykiatri", 612.4, 641.9),
    ("Ambulans och sjuktransporter", 248.7, 259.3),
    ("Läkemedel", 968.2, 1012.6),
    ("Hjälpmedel", 134.5, 138.6),
    ("Tandvård", 182.9, 187.1),
    ("Vård i andra regioner", 402.7, 413.9),
]
F_EFFICIENCY = 1.2                 # effektiviseringskrav 2027, %
F_DEFICIT_2026 = 74.0              # the committee's forecast deficit 2026, mnkr
F_PASSAGE = ("antalet patienter som vårdas enligt lagen om psykiatrisk tvångsvård har ökat kraftigt, samtidigt som "
             "kliniken fortfarande är beroende av hyrläkare för att bemanna jourlinjen")


def f_dev(c):
    return r1(c[2] - c[3])


def f_scan_cells(c):
    return [c[0], d1(c[1]), d1(c[2]), d1(c[3]), d1(f_dev(c), plus=True), d1(c[4])]


def f_scan_text_row(c):
    return " ".join(f_scan_cells(c))


def f_sum():
    s = [r1(sum(c[k] for c in F_CLINICS)) for k in (1, 2, 3, 4)]
    return s[:3] + [r1(s[1] - s[2])] + s[3:]


def f_sum_cells():
    s = f_sum()
    return ["Summa", d1(s[0]), d1(s[1]), d1(s[2]), d1(s[3], plus=True), d1(s[4])]


def f_scan_rows():
    return [f_scan_cells(c) for c in F_CLINICS] + [f_sum_cells()]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [" ".join(F_SCAN_COLS)]
    parts += [" ".join(r) for r in f_scan_rows()]
    parts += F_SCAN_FOOT + F_SCAN_PEN
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += r[1:]
    return out


def f_area_cells(a):
    return [a[0], d1(a[1]), d1(a[2]), d1(a[2] - a[1], plus=True), d1(pct(a[2], a[1]), plus=True)]


def f_area_text(a):
    return " ".join(f_area_cells(a))


def f_frame():
    return r1(sum(a[1] for a in F_AREAS)), r1(sum(a[2] for a in F_AREAS))


def f_frame_cells():
    b26, b27 = f_frame()
    return ["Hälso- och sjukvårdsnämnden totalt", d1(b26), d1(b27), d1(b27 - b26, plus=True),
            d1(pct(b27, b26), plus=True)]


def f_sentences():
    b26, b27 = f_frame()
    return [
        f"Regionfullmäktige har gett hälso- och sjukvårdsnämnden en ram på {d1(b27)} mnkr för 2027. Det är "
        f"{d1(b27 - b26)} mnkr eller {d1(pct(b27, b26))} procent mer än ramen för 2026, som var {d1(b26)} mnkr.",
        f"Enligt delårsrapporten per augusti väntas nämnden som helhet göra ett underskott på {d1(F_DEFICIT_2026)} "
        f"mnkr 2026, det vill säga en avvikelse mot budget på {d1(-F_DEFICIT_2026)} mnkr.",
        f"I budgeten för 2027 ingår ett effektiviseringskrav på {d1(F_EFFICIENCY)} procent för alla kliniker.",
    ]
