"""The numbers, rows, list items and running-text sentences of the six synthetic50 documents. The build scripts draw
from here and check.py recomputes the expected items of every list question from here. Derived values are computed
here, never typed twice: the yearly totals, group sums, five-year means and changes of the incident table and the
histogram total (a); the sector totals, the deviations from the target path, the changes since 2015 and the target
path to 2030 (b); the group sums, the running carry-forward sums and the totals of the grants (c); the changes in
listed patients and the weighted regional averages (d); the group sums and the total value of the procurement plan (e);
the staff totals, the age shares and the weighted sick-leave totals of the scanned table (f). The helpers r0/r1/r2, g,
d1, d2, pct, share and dmy are copied from ../synthetic48/data.py (itself a copy of earlier sets)."""
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


def d2(x, plus=False):
    v = r2(x)
    whole, frac = f"{abs(v):.2f}".split(".")
    s = f"{int(whole):,}".replace(",", " ") + "," + frac
    if v < 0 and s != "0,00":
        return MINUS + s
    if plus and v > 0:
        return "+" + s
    return s


def pct(new, old):
    return r1((new / old - 1) * 100)


def share(part, whole):
    return r1(part / whole * 100)


D = _dt.date
WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
        10: "tio", 11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton"}

# =====================================================================================================
# (a) Askebro kommun – räddningstjänsten: räddningstjänstens årsrapport 2026
# =====================================================================================================
A_DNR = "RN 2027/9"
A_DATE = D(2027, 2, 18)
A_CHIEF = ("Bengt Sandahl", "räddningschef")
A_ANALYST = ("Emma Östlund", "brandingenjör")
A_YEARS = [2022, 2023, 2024, 2025, 2026]
A_GROUPS = ["Bränder", "Olyckor", "Övriga larm"]
# (group, kind of incident, call-outs 2022 … 2026)
A_TYPES = [
    ("Bränder", "Brand i bostad", [41, 46, 39, 44, 38]),
    ("Bränder", "Brand i annan byggnad", [23, 19, 25, 21, 24]),
    ("Bränder", "Brand i skog och mark", [31, 18, 42, 27, 58]),
    ("Bränder", "Brand i fordon", [29, 33, 26, 30, 28]),
    ("Bränder", "Annan brand utomhus", [36, 41, 38, 35, 33]),
    ("Olyckor", "Trafikolycka", [142, 151, 138, 147, 129]),
    ("Olyckor", "Drunkning eller drunkningstillbud", [6, 9, 7, 5, 8]),
    ("Olyckor", "Utsläpp av farligt ämne", [14, 11, 16, 13, 17]),
    ("Olyckor", "Storm och översvämning", [9, 22, 12, 8, 19]),
    ("Övriga larm", "Automatiskt brandlarm utan brand", [318, 334, 322, 309, 301]),
    ("Övriga larm", "Hjälp till ambulans (IVPA)", [96, 104, 121, 129, 146]),
    ("Övriga larm", "Övriga uppdrag", [151, 162, 170, 206, 225]),
]
A_HOUSE_TARGET = 35                  # residential fires, at most per year
# Tabell 2: (area, station, kind of crew, target minutes, median 2025, median 2026, share within target 2025, 2026,
#  call-outs 2026)
A_AREAS = [
    ("Askebro tätort", "Station Askebro", "Heltid", 10, 8.6, 8.2, 84.1, 86.3, 532),
    ("Alderby", "Station Alderby", "Deltid", 20, 14.8, 15.3, 88.2, 85.7, 146),
    ("Brattmon", "Station Brattmon", "Deltid", 20, 17.9, 16.4, 79.5, 83.1, 124),
    ("Saltnäs", "Station Saltnäs", "Deltid", 20, 16.2, 21.7, 81.3, 58.6, 104),
    ("Ödsvreten", "Räddningsvärn Ödsvreten", "Räddningsvärn", 30, 24.1, 23.5, 76.9, 80.0, 68),
    ("Åsbrink", "Station Brattmon", "Deltid", 30, 26.8, 27.9, 70.4, 64.3, 52),
]
A_SHARE_GOAL = 80.0                  # the ambition: at least 80 % of the call-outs of every area within its target
# Figur 1: response times 2026, call-outs per five-minute band
A_HIST = [("0–5", 96), ("5–10", 371), ("10–15", 258), ("15–20", 142), ("20–25", 84), ("25–30", 47), ("30–", 28)]
A_MEDIAN = (11.9, 11.4)              # the municipality's median response time, minutes 2025, 2026
# Tabell 3: (measure, 2025, 2026, target or budget 2026, formatter)
A_PREV = [
    ("Tillsyner enligt lagen om skydd mot olyckor", 126, 118, 140, "g"),
    ("Ärenden om brandfarlig vara", 54, 61, None, "g"),
    ("Personer som har utbildats i brandskydd", 1980, 2140, 2000, "g"),
    ("Nettokostnad, mnkr", 50.9, 52.8, 51.5, "d1"),
]
A_PASSAGE = ("deltidsstyrkan i Saltnäs saknade under juni, juli och augusti en styrkeledare i beredskap, och larmen i "
             "byn fick då i stället besvaras av styrkan från Brattmon, som har nära tre mil att köra")
A_ACTIONS = [
    ("Säkra beredskapen i Saltnäs",
     ["rekrytera två nya styrkeledare till deltidsstyrkan",
      "avtal med grannstationen om förstärkning under semesterperioden"]),
    ("Färre bostadsbränder",
     ["hembesök med brandskyddskontroll i områden med många äldre",
      "information om spisvakter till alla som får hemtjänst"]),
    ("Färre onödiga automatlarm",
     ["dialog med de tio anläggningar som har flest onödiga larm"]),
]


def a_total(year_idx, rows=None):
    rows = A_TYPES if rows is None else rows
    return sum(t[2][year_idx] for t in rows)


def a_mean(vals):
    return r1(sum(vals) / len(vals))


def a_cells(t):
    v = t[2]
    return [t[1]] + [g(x) for x in v] + [d1(a_mean(v)), g(v[-1] - v[-2], plus=True)]


def a_text(t):
    return " ".join(a_cells(t))


def a_group_rows(grp):
    return [t for t in A_TYPES if t[0] == grp]


def a_sum_cells(label, rows):
    v = [a_total(i, rows) for i in range(5)]
    return [label] + [g(x) for x in v] + [d1(a_mean(v)), g(v[-1] - v[-2], plus=True)]


def a_group_sum_cells(grp):
    return a_sum_cells(f"Summa {grp.lower()}", a_group_rows(grp))


def a_total_cells():
    return a_sum_cells("Totalt", A_TYPES)


def a_area_cells(a):
    return [a[0], a[1], a[2], g(a[3]), d1(a[4]), d1(a[5]), d1(a[6]), d1(a[7]), g(a[8])]


def a_area_text(a):
    return " ".join(a_area_cells(a))


def a_hist_total():
    return sum(n for _, n in A_HIST)


def a_within20():
    return sum(n for lab, n in A_HIST[:4])


def a_prev_cells(m):
    f = d1 if m[4] == "d1" else g
    return [m[0], f(m[1]), f(m[2]), "–" if m[3] is None else f(m[3])]


def a_prev_text(m):
    return " ".join(a_prev_cells(m))


def a_sentences():
    tot = [a_total(i) for i in range(5)]
    mean = a_mean(tot)
    house = [t for t in A_TYPES if t[1] == "Brand i bostad"][0][2]
    forest = [t for t in A_TYPES if t[1] == "Brand i skog och mark"][0][2]
    return [
        f"Räddningstjänsten gjorde {g(tot[-1])} insatser under 2026, vilket är {g(tot[-1] - tot[-2])} fler än 2025, "
        f"då antalet var {g(tot[-2])}. Genomsnittet för de fem senaste åren är {d1(mean)} insatser per år.",
        f"Bränderna i bostäder minskade till {house[-1]} från {house[-2]} året innan, men målet om högst "
        f"{A_HOUSE_TARGET} bostadsbränder per år nåddes inte.",
        f"Bränderna i skog och mark mer än fördubblades, från {forest[-2]} till {forest[-1]}, efter den torra "
        f"försommaren.",
        f"Medianinsatstiden för hela kommunen var {d1(A_MEDIAN[1])} minuter ({d1(A_MEDIAN[0])} minuter 2025), och "
        f"{d1(share(a_within20(), a_hist_total()))} procent av insatserna nådde fram inom 20 minuter.",
    ]


def a_cost_sentence():
    c = A_PREV[3]
    return (f"Nettokostnaden blev {d1(c[2])} mnkr, vilket är {d1(c[2] - c[3])} mnkr mer än budgeten på {d1(c[3])} "
            f"mnkr. År 2025 var nettokostnaden {d1(c[1])} mnkr.")


def a_inspect_sentence():
    t = A_PREV[0]
    return (f"Räddningstjänsten genomförde {t[2]} tillsyner enligt lagen om skydd mot olyckor, mot planerade {t[3]} "
            f"och {t[1]} året innan.")


# =====================================================================================================
# (b) Selvinge kommun – kommunstyrelsen: energi- och klimatplan 2024–2030, uppföljning 2026
# =====================================================================================================
B_DNR = "KS 2027/64"
B_DATE = D(2027, 3, 11)
B_AUTHOR = ("Sara Elmqvist", "klimatstrateg")
B_CEO = ("Björn Ahlsén", "kommundirektör")
B_YEARS = [2015, 2021, 2022, 2023, 2024]
# (sector, emissions 2015, 2021, 2022, 2023, 2024 (ton CO2e), target path 2024)
B_SECTORS = [
    ("Transporter", 58400, 49800, 48100, 46900, 45200, 41000),
    ("Arbetsmaskiner", 9600, 8900, 8700, 8800, 8500, 7800),
    ("Jordbruk", 31200, 30400, 30100, 29800, 29600, 28500),
    ("Industri, energi och processer", 22800, 15400, 14900, 12600, 11800, 16000),
    ("El och fjärrvärme", 7900, 3600, 3100, 2400, 2100, 4500),
    ("Uppvärmning av bostäder och lokaler", 6300, 3900, 3500, 3300, 3100, 3800),
    ("Avfall och avlopp", 3400, 2900, 2800, 2700, 2700, 2500),
    ("Produktanvändning", 2100, 1900, 1800, 1800, 1700, 1600),
]
B_TARGET_PCT = 63                    # reduction 2030 compared with 2015, per cent
B_FOSSILFREE = (54, 62, 100)         # fossil-free vehicles in the municipality's own fleet, % 2025, 2026, target 2028
B_STATUS = ["Genomförd", "Pågår", "Försenad", "Ej påbörjad"]
# the measures of the plan: (measure, status, nested points)
B_MEASURES = [
    ("Laddplatser vid kommunens arbetsplatser", "Genomförd",
     ["48 laddpunkter har byggts vid elva arbetsplatser", "laddningen betalas via en gemensam app"]),
    ("Fossilfria fordon i kommunens fordonsflotta", "Pågår",
     ["alla nya personbilar och lätta lastbilar är el- eller biogasbilar", "tunga fordon tankas med förnybar diesel"]),
    ("Publik tankstation för biogas i Selvinge", "Försenad",
     ["drivs av Selvinge Energi AB", "planerad vid Bredsätra industriområde"]),
    ("Solceller på kommunens fastigheter", "Pågår",
     ["anläggningar finns på sex skolor och två äldreboenden", "fler tak inventeras under 2027"]),
    ("Energieffektivisering av skolor och förskolor", "Pågår",
     ["ny styrning av ventilation och värme", "byte till LED-belysning i idrottshallarna"]),
    ("Gång- och cykelväg mellan Selvinge och Bredsätra", "Försenad",
     ["markförhandlingarna med fastighetsägarna är inte avslutade"]),
    ("Klimatkrav i upphandlingen av livsmedel", "Genomförd",
     ["leverantörerna redovisar klimatavtrycket för de största varugrupperna"]),
    ("Utfasning av oljepannor i kommunens lokaler", "Genomförd",
     ["de sista fem oljepannorna har ersatts med värmepumpar"]),
    ("Klimatrådgivning till lantbruket", "Ej påbörjad",
     ["ska genomföras tillsammans med lantbrukets organisationer"]),
    ("Samåkningstjänst för pendlare", "Ej påbörjad",
     ["en förstudie ska visa om efterfrågan finns"]),
]
B_PASSAGE = ("nätägaren inte kan ansluta stationen till gasnätet förrän den nya ledningen från rötningsanläggningen "
             "är byggd, och den blir enligt den senaste tidplanen klar först hösten 2028")


def b_total(idx):
    """idx 1..5 = the years of B_YEARS, 6 = the target path 2024"""
    return sum(s[idx] for s in B_SECTORS)


def b_dev(s):
    return s[5] - s[6]


def b_change(s):
    return pct(s[5], s[1])


def b_cells(s):
    return [s[0]] + [g(x) for x in s[1:6]] + [g(s[6]), g(b_dev(s), plus=True), d1(b_change(s))]


def b_text(s):
    return " ".join(b_cells(s))


def b_total_cells():
    t = [b_total(i) for i in range(1, 7)]
    return ["Totalt"] + [g(x) for x in t] + [g(t[4] - t[5], plus=True), d1(pct(t[4], t[0]))]


def b_target_2030():
    return r0(b_total(1) * (100 - B_TARGET_PCT) / 100 / 100) * 100


def b_path():
    """the target path 2024 … 2030 (rounded to hundreds), straight from the path 2024 to the 2030 target"""
    p24, p30 = b_total(6), b_target_2030()
    return [(2024 + i, r0((p24 + (p30 - p24) * i / 6) / 100) * 100) for i in range(7)]


def b_sentences():
    t15, t24, p24 = b_total(1), b_total(5), b_total(6)
    st = {k: sum(1 for m in B_MEASURES if m[1] == k) for k in B_STATUS}
    return [
        f"De territoriella utsläppen av växthusgaser i Selvinge var {g(t24)} ton koldioxidekvivalenter 2024, vilket "
        f"är {d1(-pct(t24, t15))} procent lägre än basåret 2015, då de var {g(t15)} ton.",
        f"Utsläppen låg därmed {g(p24 - t24)} ton under målbanan för 2024, som är {g(p24)} ton, men transporterna, "
        f"jordbruket och arbetsmaskinerna ligger över sina delmål.",
        f"Målet är att utsläppen ska minska med {B_TARGET_PCT} procent till 2030 jämfört med 2015, alltså till högst "
        f"{g(b_target_2030())} ton.",
        f"Andelen fossilfria fordon i kommunens egen fordonsflotta ökade till {B_FOSSILFREE[1]} procent från "
        f"{B_FOSSILFREE[0]} procent året innan. Målet är {B_FOSSILFREE[2]} procent 2028.",
        f"Av planens {WORD[len(B_MEASURES)]} åtgärder är {WORD[st['Genomförd']]} genomförda, {WORD[st['Pågår']]} "
        f"pågår, {WORD[st['Försenad']]} är försenade och {WORD[st['Ej påbörjad']]} har inte påbörjats.",
    ]


# =====================================================================================================
# (c) Embacka kommun – kultur- och fritidsnämnden: föreningsbidrag 2027, beslut
# =====================================================================================================
C_DNR = "KFN 2027/6"
C_DATE = D(2027, 2, 9)
C_PARA = 14
C_CHAIR = ("Elias Söderberg", "ordförande")
C_OFFICER = ("Anneli Borg", "föreningskonsulent")
C_ADJ = ("Åsa Blomqvist", "justerare")
C_GROUPS = ["Idrott och friluftsliv", "Kultur", "Pensionärs- och sociala föreningar", "Övriga föreningar"]
C_FRAME = 1100000
C_PREV = (1042600, 22)               # granted 2026 (kr) and number of associations 2026
# (nr, group, association, kind of grant, purpose, applied for (kr), granted (kr), note letter)
C_ROWS = [
    (1, "Idrott och friluftsliv", "Embacka IF", "Aktivitetsbidrag", "Fotboll, friidrott och orientering för barn och unga", 186000, 172500, "b"),
    (2, "Idrott och friluftsliv", "Asknäs IK", "Aktivitetsbidrag", "Innebandy och gympa för barn", 64000, 64000, ""),
    (3, "Idrott och friluftsliv", "Bergkullens SK", "Lokalbidrag", "Hyra av klubblokal och gym", 118000, 96000, "b"),
    (4, "Idrott och friluftsliv", "Ekebygdens Ryttarförening", "Anläggningsbidrag", "Nytt underlag i ridbanan", 240000, 180000, "c"),
    (5, "Idrott och friluftsliv", "Sjövikens Simsällskap", "Aktivitetsbidrag", "Simskola och träning i badhuset", 52500, 52500, ""),
    (6, "Idrott och friluftsliv", "Embacka Innebandyklubb", "Aktivitetsbidrag", "Träning och seriespel för ungdomslag", 78000, 71400, "b"),
    (7, "Idrott och friluftsliv", "Skidklubben Alvarn", "Anläggningsbidrag", "Belysning till nytt elljusspår", 95000, 0, "a"),
    (8, "Idrott och friluftsliv", "Bågskytteklubben Saga", "Projektbidrag", "Prova på-dagar för nybörjare", 18000, 12000, "c"),
    (9, "Kultur", "Amatörteatern Sufflören", "Verksamhetsbidrag", "Två föreställningar på bygdegårdar", 45000, 40000, "c"),
    (10, "Kultur", "Embacka Konstförening", "Arrangemangsbidrag", "Sommarutställning med lokala konstnärer", 22000, 22000, ""),
    (11, "Kultur", "Spelmanslaget Bockfoten", "Verksamhetsbidrag", "Spelkvällar och kurser i folkmusik", 16000, 16000, ""),
    (12, "Kultur", "Blåsorkestern Eko", "Verksamhetsbidrag", "Konserter och instrumentundervisning", 38000, 34000, "c"),
    (13, "Kultur", "Bygdegårdsföreningen Ekgläntan", "Lokalbidrag", "Drift och uppvärmning av bygdegården", 84000, 84000, ""),
    (14, "Kultur", "Barnkören Solstrålen", "Projektbidrag", "Körläger för barn i årskurs 3–6", 30000, 24000, "c"),
    (15, "Kultur", "Släktforskarna i Embacka", "Arrangemangsbidrag", "Föredrag och släktforskardag i biblioteket", 12000, 9000, "c"),
    (16, "Pensionärs- och sociala föreningar", "SPF Seniorerna Embacka", "Verksamhetsbidrag", "Träffar, studiecirklar och utflykter", 28000, 28000, ""),
    (17, "Pensionärs- och sociala föreningar", "Anhörigföreningen Embacka", "Verksamhetsbidrag", "Samtalsgrupper för anhöriga", 15000, 15000, ""),
    (18, "Pensionärs- och sociala föreningar", "Brottsofferjouren Embacka", "Verksamhetsbidrag", "Stöd till brottsutsatta och vittnen", 35000, 30000, "c"),
    (19, "Pensionärs- och sociala föreningar", "Seniorträffen Bastuby", "Lokalbidrag", "Hyra av samlingslokal", 24000, 18000, "b"),
    (20, "Pensionärs- och sociala föreningar", "Stödföreningen Axet", "Projektbidrag", "Läxhjälp och fritidsaktiviteter för nyanlända", 48000, 40000, "c"),
    (21, "Övriga föreningar", "Scoutkåren Eldslågan", "Aktivitetsbidrag", "Veckomöten, hajker och sommarläger", 42000, 42000, ""),
    (22, "Övriga föreningar", "Schackklubben Bonden", "Aktivitetsbidrag", "Schackträning för barn och unga", 9500, 9500, ""),
    (23, "Övriga föreningar", "Astronomiska föreningen Sirius", "Projektbidrag", "Visningar för allmänheten i observatoriet", 20000, 15000, "c"),
    (24, "Övriga föreningar", "Sportfiskeklubben Abborren", "Aktivitetsbidrag", "Fiskeskola för barn", 14000, 14000, ""),
]
C_BREAK_AFTER = 18                   # the table breaks after this row (carry-forward lines at the break)
C_NOTES = {
    "a": "Avslag, se förvaltningens bedömning.",
    "b": "Bidraget är beräknat på de deltagartillfällen eller timmar som ger rätt till bidrag enligt reglerna.",
    "c": "Bidraget är minskat för att de sökta beloppen sammanlagt överstiger nämndens ram.",
}
C_KINDS = ["Aktivitetsbidrag", "Lokalbidrag", "Anläggningsbidrag", "Verksamhetsbidrag", "Arrangemangsbidrag",
           "Projektbidrag"]
C_PASSAGE = ("klubben har ännu inget arrendeavtal för marken där det nya elljusspåret ska dras, och anläggningsbidrag "
             "kan bara ges till anläggningar som föreningen äger eller har ett långsiktigt avtal för")


def c_cells(r):
    return [str(r[0]), r[2], r[3], r[4], g(r[5]), g(r[6]), r[7]]


def c_text(r):
    """the row as printed"""
    return " ".join(x for x in c_cells(r) if x)


def c_item_text(r):
    """the row as printed without its number (what a list item starts with)"""
    return " ".join(x for x in c_cells(r)[1:] if x)


def c_group_rows(grp):
    return [r for r in C_ROWS if r[1] == grp]


def c_sums(rows):
    return sum(r[5] for r in rows), sum(r[6] for r in rows)


def c_group_sum_cells(grp):
    s = c_sums(c_group_rows(grp))
    return ["", f"Summa {grp[0].lower() + grp[1:]}", "", "", g(s[0]), g(s[1]), ""]


def c_total_cells():
    s = c_sums(C_ROWS)
    return ["", "Summa samtliga föreningar", "", "", g(s[0]), g(s[1]), ""]


def c_carry():
    s = c_sums([r for r in C_ROWS if r[0] <= C_BREAK_AFTER])
    return s


def c_sentences():
    s = c_sums(C_ROWS)
    return [
        f"Till sista ansökningsdagen kom det in ansökningar från {len(C_ROWS)} föreningar, som sammanlagt har sökt "
        f"{g(s[0])} kr. Det är {g(s[0] - C_FRAME)} kr mer än nämndens ram för föreningsbidrag, som är "
        f"{g(C_FRAME)} kr.",
        f"Förvaltningen föreslår att nämnden beviljar {g(s[1])} kr, så att {g(C_FRAME - s[1])} kr finns kvar till "
        f"bidrag som söks under året. År 2026 beviljades {g(C_PREV[0])} kr till {C_PREV[1]} föreningar.",
    ]


# =====================================================================================================
# (d) Region Alvmark – hälso- och sjukvårdsnämnden: primärvårdsrapport 2026, vårdcentralerna
# =====================================================================================================
D_DNR = "HSN 2027/140"
D_DATE = D(2027, 3, 18)
D_DIRECTOR = ("Britt Sjödin", "primärvårdsdirektör")
D_ANALYST = ("Edvin Sandqvist", "verksamhetsanalytiker")
D_PHONE_TARGET = 90.0                # phone accessibility: contact the same day, at least %
D_VISIT_TARGET = 80.0                # visits within three days (medical assessment), at least %
# (health centre, operator, listed patients 31 Dec 2025, 31 Dec 2026, phone 2025, 2026 (%), visits within 3 days
#  2025, 2026 (%))
D_CENTRES = [
    ("Ambranäs vårdcentral", "Region", 9840, 10120, 84.2, 88.5, 76.4, 79.8),
    ("Bjälvsta vårdcentral", "Region", 14310, 14050, 91.6, 93.1, 82.5, 84.0),
    ("Båtsjö vårdcentral", "Region", 6120, 6240, 88.9, 86.2, 85.1, 81.7),
    ("Ekeryds läkarhus", "Privat", 11480, 12360, 93.4, 94.0, 79.2, 83.6),
    ("Esperöd vårdcentral", "Region", 17920, 18310, 72.3, 68.4, 70.8, 66.2),
    ("Stenhöga vårdcentral", "Region", 8430, 8390, 90.2, 91.5, 81.0, 80.4),
    ("Ålbrunns hälsocentral", "Privat", 7260, 7910, 95.1, 95.8, 86.3, 87.9),
    ("Brunnsbo vårdcentral", "Region", 12640, 12480, 86.7, 89.9, 78.1, 80.6),
    ("Säbylunds vårdcentral", "Privat", 5380, 5720, 91.8, 90.3, 84.4, 85.2),
    ("Skärsta läkargrupp", "Privat", 10150, 10690, 89.5, 87.1, 80.3, 77.5),
    ("Östmo vårdcentral", "Region", 13270, 13020, 80.4, 83.7, 74.6, 76.9),
    ("Aspby vårdcentral", "Region", 9010, 9150, 87.3, 91.0, 80.9, 82.3),
]
D_PASSAGE = ("vårdcentralen bytte telefonsystem i mars och saknade samtidigt tre av sju specialister i allmänmedicin, "
             "så att många av dem som ringde inte kunde få en tid eller en återuppringning samma dag")
D_ACTIONS = [
    "Esperöd vårdcentral får stöd av regionens bemanningsenhet under hela 2027.",
    "Alla vårdcentraler ska erbjuda digital kontakt via 1177 samma dag.",
    "Vårdcentraler som inte når målen ska lämna en handlingsplan till nämnden senast i juni 2027.",
]


def d_cells(c):
    return [c[0], c[1], g(c[2]), g(c[3]), g(c[3] - c[2], plus=True), d1(c[4]), d1(c[5]), d1(c[6]), d1(c[7])]


def d_text(c):
    return " ".join(d_cells(c))


def d_region():
    l25 = sum(c[2] for c in D_CENTRES)
    l26 = sum(c[3] for c in D_CENTRES)
    return dict(l25=l25, l26=l26,
                p25=r1(sum(c[2] * c[4] for c in D_CENTRES) / l25), p26=r1(sum(c[3] * c[5] for c in D_CENTRES) / l26),
                v25=r1(sum(c[2] * c[6] for c in D_CENTRES) / l25), v26=r1(sum(c[3] * c[7] for c in D_CENTRES) / l26))


def d_total_cells():
    s = d_region()
    return ["Hela regionen", "", g(s["l25"]), g(s["l26"]), g(s["l26"] - s["l25"], plus=True), d1(s["p25"]),
            d1(s["p26"]), d1(s["v25"]), d1(s["v26"])]


def d_both(c):
    return c[5] >= D_PHONE_TARGET and c[7] >= D_VISIT_TARGET


def d_sentences():
    s = d_region()
    both = [c for c in D_CENTRES if d_both(c)]
    return [
        f"Vid utgången av 2026 var {g(s['l26'])} invånare listade på regionens {WORD[len(D_CENTRES)]} vårdcentraler, "
        f"jämfört med {g(s['l25'])} ett år tidigare.",
        f"Telefontillgängligheten, alltså andelen som fick kontakt med vårdcentralen samma dag, var {d1(s['p26'])} "
        f"procent ({d1(s['p25'])} procent 2025). Målet är minst {d1(D_PHONE_TARGET)} procent.",
        f"Andelen patienter som fick en medicinsk bedömning inom tre dagar var {d1(s['v26'])} procent, mot "
        f"{d1(s['v25'])} procent året innan och målet på {d1(D_VISIT_TARGET)} procent.",
        f"{WORD[len(both)].capitalize()} av {WORD[len(D_CENTRES)]} vårdcentraler nådde båda målen.",
    ]


# =====================================================================================================
# (e) Ebbelunda kommun – kommunstyrelsen: upphandlingsplan 2027
# =====================================================================================================
E_DNR = "KS 2026/412"
E_DATE = D(2026, 11, 24)
E_HEAD = ("Stefan Berggren", "upphandlingschef")
E_OFFICER = ("Alva Esbjörnsson", "upphandlare")
E_THRESHOLD = 10000                  # tkr: procurements above this are reported to the board before they are announced
E_PREV = (14, 198300)                # the plan for 2026: procurements, value tkr
# (nr, procurement, estimated value for the whole contract period (tkr), contract start, responsible administration,
#  procedure); the plan is grouped by procedure and ordered by contract start within each group
E_ROWS = [
    (1, "Ramavtal för byggentreprenader", 60000, D(2027, 4, 1), "Tekniska förvaltningen", "Öppet förfarande"),
    (2, "Drift av kommunens IT-nätverk", 8400, D(2027, 6, 1), "Kommunledningsförvaltningen", "Öppet förfarande"),
    (3, "Städtjänster i skolor", 12800, D(2027, 7, 1), "Serviceförvaltningen", "Öppet förfarande"),
    (4, "Skolskjuts", 48000, D(2027, 8, 1), "Barn- och utbildningsförvaltningen", "Öppet förfarande"),
    (5, "Ny förskola i Bergsängen, totalentreprenad", 72000, D(2027, 9, 15), "Samhällsbyggnadsförvaltningen",
     "Öppet förfarande"),
    (6, "Livsmedel till kommunens kök", 36500, D(2027, 10, 1), "Serviceförvaltningen", "Öppet förfarande"),
    (7, "Vinterväghållning", 14200, D(2027, 11, 1), "Tekniska förvaltningen", "Öppet förfarande"),
    (8, "Lekplatsutrustning", 2400, D(2027, 5, 1), "Tekniska förvaltningen", "Förenklat förfarande"),
    (9, "Bevakning och larmcentral", 2900, D(2027, 6, 1), "Serviceförvaltningen", "Förenklat förfarande"),
    (10, "Företagshälsovård", 1600, D(2027, 12, 1), "Kommunledningsförvaltningen", "Förenklat förfarande"),
    (11, "Inkontinensartiklar", 3900, D(2028, 1, 1), "Vård- och omsorgsförvaltningen", "Förenklat förfarande"),
    (12, "Kontorsmaterial", 1200, D(2027, 3, 1), "Kommunledningsförvaltningen", "Förnyad konkurrensutsättning"),
    (13, "Tolktjänster", 1800, D(2027, 4, 1), "Socialförvaltningen", "Förnyad konkurrensutsättning"),
    (14, "Leasing av bilar till hemtjänsten", 5600, D(2027, 9, 1), "Vård- och omsorgsförvaltningen",
     "Förnyad konkurrensutsättning"),
    (15, "Konsulttjänster för ny översiktsplan", 650, D(2027, 2, 15), "Samhällsbyggnadsförvaltningen",
     "Direktupphandling"),
    (16, "Utbildning i brandskydd", 480, D(2027, 3, 15), "Kommunledningsförvaltningen", "Direktupphandling"),
]
E_PROCEDURES = ["Öppet förfarande", "Förenklat förfarande", "Förnyad konkurrensutsättning", "Direktupphandling"]
E_CLAUSES = [
    "anta upphandlingsplan 2027 enligt tabell 1,",
    f"upphandlingar med ett beräknat värde över {g(E_THRESHOLD)} tkr ska redovisas för kommunstyrelsen innan de "
    "annonseras,",
    f"ge respektive förvaltningschef rätt att fatta tilldelningsbeslut i upphandlingar som ingår i planen och har ett "
    f"beräknat värde upp till {g(E_THRESHOLD)} tkr, samt",
    "uppdra åt kommundirektören att redovisa hur planen har följts i samband med årsredovisningen för 2027.",
]
E_PASSAGE = ("upphandlingen delas upp i sex delområden – bland annat mejeri, bröd, kött och frukt och grönt – så att "
             "även mindre lokala producenter ska kunna lämna anbud på en del av sortimentet")


def e_group_rows(proc):
    return [r for r in E_ROWS if r[5] == proc]


def e_group_label(proc):
    rows = e_group_rows(proc)
    return f"{len(rows)} upphandlingar, {g(sum(r[2] for r in rows))} tkr"


def e_cells(r):
    return [str(r[0]), r[1], g(r[2]), r[3].isoformat(), r[4]]


def e_text(r):
    """the row as printed"""
    return " ".join(e_cells(r))


def e_item_text(r):
    """the row as printed without its number (what a list item starts with)"""
    return " ".join(e_cells(r)[1:])


def e_total():
    return sum(r[2] for r in E_ROWS)


def e_sentences():
    big = [r for r in E_ROWS if r[2] > E_THRESHOLD]
    return [
        f"Planen omfattar {len(E_ROWS)} upphandlingar med ett sammanlagt beräknat värde av {g(e_total())} tkr för hela "
        f"avtalstiden. Upphandlingsplanen för 2026 innehöll {E_PREV[0]} upphandlingar till ett värde av "
        f"{g(E_PREV[1])} tkr.",
        f"{WORD[len(big)].capitalize()} upphandlingar har ett beräknat värde över {g(E_THRESHOLD)} tkr och ska därför "
        f"redovisas för kommunstyrelsen innan de annonseras.",
    ]


# =====================================================================================================
# (f) Åkersvik kommun – kommunstyrelsen: personalredovisning 2026 (the sick-leave table is the SCANNED page 3)
# =====================================================================================================
F_DNR = "KS 2027/88"
F_DATE = D(2027, 3, 2)
F_HR = ("Agnes Södergren", "HR-chef")
F_STRAT = ("Benjamin Öhrström", "HR-strateg")
# (administration, short, permanent women, permanent men, fixed-term, full-time equivalents 2026, permanent total 2025)
F_ADM = [
    ("Kommunledningsförvaltningen", "KLF", 62, 31, 6, 91.4, 89),
    ("Barn- och utbildningsförvaltningen", "BUF", 612, 148, 74, 712.8, 748),
    ("Socialförvaltningen", "SOC", 168, 41, 22, 201.5, 214),
    ("Vård- och omsorgsförvaltningen", "VOF", 694, 112, 131, 742.3, 781),
    ("Samhällsbyggnadsförvaltningen", "SBF", 58, 96, 9, 150.2, 149),
    ("Kultur- och fritidsförvaltningen", "KFF", 47, 29, 18, 68.9, 79),
    ("Serviceförvaltningen", "SF", 121, 88, 15, 198.6, 203),
]
F_AGES = [("−29 år", 148, 61), ("30–39 år", 352, 118), ("40–49 år", 461, 139), ("50–59 år", 503, 141),
          ("60 år−", 298, 86)]
F_ICON = 25                          # employees per figure in the icon array
F_AVG_AGE = (46.5, 46.2)             # 2025, 2026
F_TURNOVER = (10.3, 9.4, 9.0)        # staff turnover %: 2025, 2026, target (at most)
F_SICK_TARGET = 6.5                  # sick leave, at most % (named in the text; not in the scanned table)
# the scanned table: sick leave in % of the ordinary working time: (short, women 2025, women 2026, men 2025,
#  men 2026, share of long-term sick leave 2026 %); totals are weighted with the permanent staff of 2026
F_SICK = [
    ("KLF", 5.2, 4.6, 2.8, 3.1, 31.5),
    ("BUF", 7.4, 7.1, 4.1, 4.6, 38.2),
    ("SOC", 8.9, 9.6, 5.3, 4.7, 47.9),
    ("VOF", 9.8, 9.2, 6.2, 5.8, 44.6),
    ("SBF", 4.1, 3.8, 3.3, 2.9, 22.4),
    ("KFF", 6.3, 7.2, 3.9, 4.4, 35.0),
    ("SF", 7.9, 7.5, 6.6, 6.9, 40.3),
]
F_LONG_TOTAL = 41.8                  # the whole municipality, share of long-term sick leave 2026 %
F_SCAN_HEAD = ["Åkersviks kommun · Personalredovisning 2026", "Sida 3"]
F_SCAN_TITLE = "3 Sjukfrånvaro"
F_SCAN_INTRO = ("Tabellen visar den totala sjukfrånvaron i procent av den ordinarie arbetstiden för de "
                "tillsvidareanställda, per förvaltning och kön.")
F_SCAN_CAPTION = "Tabell 3. Sjukfrånvaro per förvaltning och kön 2025–2026, procent"
F_SCAN_GROUPS = ["Kvinnor", "Män", "Totalt"]
F_SCAN_COLS = ["Förvaltning", "2025", "2026", "2025", "2026", "2025", "2026", "Långtid¹ 2026"]
F_SCAN_NOTES = ["¹ Andel av sjukfrånvaron som avser sammanhängande sjukfrånvaro i 60 dagar eller mer.",
                "Summaraden är vägd med antalet tillsvidareanställda. Källa: lönesystemet."]
F_SCAN_FIG = "Figur 2. Sjukfrånvaro totalt 2026 per förvaltning, procent"
F_PASSAGE = ("flera socialsekreterare i barn- och ungdomsgruppen har varit långtidssjukskrivna efter en period med många "
             "vakanta tjänster och hög arbetsbelastning")
F_ACTIONS = [
    "Tidiga samtal med alla som har varit sjuka sex gånger på ett år.",
    "Socialförvaltningen anställer två extra socialsekreterare i barn- och ungdomsgruppen.",
    "Alla chefer går utbildningen i rehabiliteringsprocessen under våren 2027.",
    "Friskvårdsbidraget höjs från 1 500 till 2 000 kronor per år.",
]


def f_adm(short):
    return [a for a in F_ADM if a[1] == short][0]


def f_perm(a):
    return a[2] + a[3]


def f_cells(a):
    return [a[0], g(a[2]), g(a[3]), g(f_perm(a)), g(a[4]), d1(a[5]), g(a[6])]


def f_text(a):
    return " ".join(f_cells(a))


def f_totals():
    return dict(w=sum(a[2] for a in F_ADM), m=sum(a[3] for a in F_ADM), perm=sum(f_perm(a) for a in F_ADM),
                fixed=sum(a[4] for a in F_ADM), fte=r1(sum(a[5] for a in F_ADM)), prev=sum(a[6] for a in F_ADM))


def f_total_cells():
    t = f_totals()
    return ["Hela kommunen", g(t["w"]), g(t["m"]), g(t["perm"]), g(t["fixed"]), d1(t["fte"]), g(t["prev"])]


def f_age_cells(x):
    return [x[0], g(x[1]), g(x[2]), g(x[1] + x[2]), d1(share(x[1] + x[2], f_totals()["perm"]))]


def f_age_text(x):
    return " ".join(f_age_cells(x))


def f_sick_tot(s):
    """the total per administration (women and men weighted with the permanent staff 2026): (2025, 2026)"""
    a = f_adm(s[0])
    return (r1((a[2] * s[1] + a[3] * s[3]) / f_perm(a)), r1((a[2] * s[2] + a[3] * s[4]) / f_perm(a)))


def f_sick_all():
    t = f_totals()
    w25 = r1(sum(f_adm(s[0])[2] * s[1] for s in F_SICK) / t["w"])
    w26 = r1(sum(f_adm(s[0])[2] * s[2] for s in F_SICK) / t["w"])
    m25 = r1(sum(f_adm(s[0])[3] * s[3] for s in F_SICK) / t["m"])
    m26 = r1(sum(f_adm(s[0])[3] * s[4] for s in F_SICK) / t["m"])
    a25 = r1(sum(f_adm(s[0])[2] * s[1] + f_adm(s[0])[3] * s[3] for s in F_SICK) / t["perm"])
    a26 = r1(sum(f_adm(s[0])[2] * s[2] + f_adm(s[0])[3] * s[4] for s in F_SICK) / t["perm"])
    return w25, w26, m25, m26, a25, a26


def f_scan_cells(s):
    tot = f_sick_tot(s)
    return [f_adm(s[0])[0], d1(s[1]), d1(s[2]), d1(s[3]), d1(s[4]), d1(tot[0]), d1(tot[1]), d1(s[5])]


def f_scan_text_row(s):
    return " ".join(f_scan_cells(s))


def f_scan_sum_cells():
    return ["Hela kommunen"] + [d1(x) for x in f_sick_all()] + [d1(F_LONG_TOTAL)]


def f_scan_rows():
    return [f_scan_cells(s) for s in F_SICK] + [f_scan_sum_cells()]


def f_scan_comment():
    w25, w26, m25, m26, a25, a26 = f_sick_all()
    return (f"Sjukfrånvaron minskade från {d1(a25)} till {d1(a26)} procent. Bland kvinnorna var den {d1(w26)} "
            f"procent och bland männen {d1(m26)} procent.")


def f_scan_bars():
    """Figur 2 of the scanned page: (administration, total sick leave 2026 as printed), highest first"""
    rows = [(f_adm(s[0])[0], f_sick_tot(s)[1]) for s in F_SICK]
    rows.sort(key=lambda x: -x[1])
    return [(n, d1(v)) for n, v in rows]


def f_scan_text():
    """The text printed in the scanned image, in reading order (what OCR would give)."""
    parts = list(F_SCAN_HEAD) + [F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, " ".join(F_SCAN_GROUPS),
                                 " ".join(F_SCAN_COLS)]
    parts += [" ".join(r) for r in f_scan_rows()]
    parts += F_SCAN_NOTES + [f_scan_comment(), F_SCAN_FIG]
    parts += [f"{n} {v}" for n, v in f_scan_bars()]
    return "\n".join(parts)


def f_scan_numbers():
    out = []
    for r in f_scan_rows():
        out += r[1:]
    return out


def f_sentences():
    t = f_totals()
    return [
        f"Den 31 december 2026 hade Åkersviks kommun {g(t['perm'])} tillsvidareanställda, {g(t['perm'] - t['prev'])} "
        f"fler än ett år tidigare, då de var {g(t['prev'])}.",
        f"Dessutom fanns {g(t['fixed'])} visstidsanställda. Antalet årsarbetare var {d1(t['fte'])}.",
        f"Andelen kvinnor bland de tillsvidareanställda var {d1(share(t['w'], t['perm']))} procent.",
        f"Medelåldern var {d1(F_AVG_AGE[1])} år ({d1(F_AVG_AGE[0])} år 2025) och personalomsättningen "
        f"{d1(F_TURNOVER[1])} procent, jämfört med {d1(F_TURNOVER[0])} procent året innan och målet på högst "
        f"{d1(F_TURNOVER[2])} procent.",
    ]
