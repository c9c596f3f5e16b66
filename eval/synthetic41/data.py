"""The numbers, rows and list items of the six synthetic41 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (the assessment counts and sample
shares of the audit report, the budget sums of the nämndplan, the attendance and vote sums of the council minutes,
the deviations, group sums and the forecast result of the interim report, the personnel changes, the time strips of
the action plan, the weighted merit values, shares and totals of the scanned results table and the text of the
scanned page) are computed here, never typed twice. The helpers r0/r1/r2, dmy, g, d1 are copied from
../synthetic40/data.py."""
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


D = _dt.date

# =====================================================================================================
# (a) Hasslinge kommun – revisionsrapport 2027:2, granskning av samhällsbyggnadsnämndens interna kontroll
# =====================================================================================================
A_FIRM = "Fältholm Revision AB"
A_DATE = D(2027, 3, 18)
A_GROUPS = ["Styrning och ansvar", "Riskanalys", "Kontrollaktiviteter", "Uppföljning och rapportering"]
U, DU, EU = "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"
# (group, nr, kontrollfråga, bedömning 2024 (None = not asked then), bedömning 2026, kommentar)
A_QUESTIONS = [
    ("Styrning och ansvar", 1, "Har nämnden antagit en internkontrollplan för 2026 i rätt tid?", U, U,
     "Planen antogs i december 2025."),
    ("Styrning och ansvar", 2, "Finns en tydlig ansvarsfördelning för den interna kontrollen?", U, DU,
     "Ansvaret för uppföljningen är inte fördelat efter omorganisationen."),
    ("Styrning och ansvar", 3, "Är delegationsordningen aktuell och känd i förvaltningen?", EU, DU,
     "Reviderad 2026, men inte känd av alla handläggare."),
    ("Riskanalys", 4, "Bygger planen på en dokumenterad risk- och väsentlighetsanalys?", DU, EU,
     "Ingen dokumenterad analys finns för 2026."),
    ("Riskanalys", 5, "Har förvaltningens chefer deltagit i riskanalysen?", None, DU,
     "Endast förvaltningsledningen deltog."),
    ("Riskanalys", 6, "Omfattar planen de kommungemensamma kontrollmomenten?", U, U,
     "Alla tre kommungemensamma moment ingår."),
    ("Kontrollaktiviteter", 7, "Genomförs kontrollerna enligt planen?", U, DU,
     "Fem av fjorton moment genomfördes inte."),
    ("Kontrollaktiviteter", 8, "Följs attestreglementet vid betalning av leverantörsfakturor?", U, DU,
     "Sju fakturor saknade attest av behörig person."),
    ("Kontrollaktiviteter", 9, "Följs reglerna för direktupphandling?", DU, EU,
     "Dokumentation saknas i sex av 25 köp."),
    ("Uppföljning och rapportering", 10, "Rapporteras resultatet av kontrollerna till nämnden?", U, U,
     "Rapport lämnades i februari 2027."),
    ("Uppföljning och rapportering", 11, "Beslutar nämnden om åtgärder när brister upptäcks?", DU, EU,
     "Inga åtgärdsbeslut har fattats."),
    ("Uppföljning och rapportering", 12, "Följs revisorernas tidigare rekommendationer upp?", EU, U,
     "Redovisades för nämnden i juni 2026."),
]
A_STATUSES = [U, DU, EU]
# stickprov: (kontrollområde, stickprov 2026, avvikelser 2026, stickprov 2024 or None, avvikelser 2024 or None)
A_SAMPLES = [
    ("Leverantörsfakturor", 60, 7, 50, 4),
    ("Direktupphandlingar", 25, 6, 25, 4),
    ("Debitering av bygglovsavgifter", 40, 3, 40, 4),
    ("Delegationsbeslut", 30, 2, 30, 4),
    ("Representation och kurser", 20, 5, 20, 3),
    ("Avtal om markupplåtelse¹", 15, 1, None, None),
]
A_SAMPLE_NOTE = "¹ Nytt kontrollområde 2026; ingick inte i granskningen 2024."
A_BUDGET = (214.6, 221.4, 3.1)       # nämndens budget 2026, utfall 2026, underskott 2025 (mnkr)
A_PLAN = (14, 9, 11)                  # kontrollmoment i planen 2026, varav genomförda och rapporterade; 2025
A_PREV_U = 6                          # uppfyllda frågor vid granskningen 2024 (av 11)
A_PASSAGE = ("internkontrollplanen för 2026 i stort sett har kopierats från föregående år utan att riskerna "
             "har bedömts på nytt, och det finns ingen dokumentation av hur kontrollmomenten har valts")
A_RECS = [
    ("Ta fram en dokumenterad risk- och väsentlighetsanalys som grund för internkontrollplanen",
     ["låt förvaltningens enhetschefer delta i analysen",
      "bedöm både sannolikhet och konsekvens för varje risk"]),
    ("Säkerställ att reglerna för direktupphandling följs",
     ["dokumentera alla direktupphandlingar över 100 000 kronor",
      "ge beställarna utbildning i upphandlingsreglerna"]),
    ("Fatta beslut om åtgärder när kontrollerna visar brister och följ upp att de genomförs", []),
    ("Se över attesträtterna i ekonomisystemet minst två gånger per år", []),
    ("Fördela ansvaret för uppföljningen av den interna kontrollen efter omorganisationen", []),
]
A_AUDITORS = [("Lennart Holmér", "ordförande"), ("Fanny Sahlin", "vice ordförande")]
A_EXPERTS = [("Hanna Lövgren", "certifierad kommunal revisor"), ("Tobias Nordlund", "revisionskonsult")]


def a_counts(col=4):
    out = {s: 0 for s in A_STATUSES}
    for q in A_QUESTIONS:
        if q[col]:
            out[q[col]] += 1
    return out


def a_q_cells(q):
    return [str(q[1]), q[2], q[3] or "–", q[4], q[5]]


def a_q_text(q):
    return " ".join(a_q_cells(q))


def a_share(n, dev):
    return r1(dev / n * 100)


def a_sample_cells(s):
    ch = d1(a_share(s[1], s[2]) - a_share(s[3], s[4]), plus=True) if s[3] else "–"
    return [s[0], g(s[1]), g(s[2]), d1(a_share(s[1], s[2])), g(s[3]) if s[3] else "–",
            d1(a_share(s[3], s[4])) if s[3] else "–", ch]


def a_sample_text(s):
    return " ".join(a_sample_cells(s))


def a_sample_tot():
    n = sum(s[1] for s in A_SAMPLES)
    dv = sum(s[2] for s in A_SAMPLES)
    n4 = sum(s[3] for s in A_SAMPLES if s[3])
    d4 = sum(s[4] for s in A_SAMPLES if s[3])
    return n, dv, a_share(n, dv), n4, a_share(n4, d4)


def a_sample_tot_cells():
    n, dv, sh, n4, sh4 = a_sample_tot()
    return ["Summa", g(n), g(dv), d1(sh), g(n4), d1(sh4), d1(sh - sh4, plus=True)]


# =====================================================================================================
# (b) Tallnäsa kommun – kultur- och fritidsnämndens nämndplan 2027
# =====================================================================================================
B_DECIDED = D(2026, 12, 9)
# (goal nr, goal text, [(indikator, utfall 2025, utfall 2026, målvärde 2027, decimals)])
B_GOALS = [
    (1, "Fler barn och unga tar del av kultur- och fritidslivet", [
        ("Deltagare i kulturskolans kurser, antal", 1184, 1236, 1300, 0),
        ("Andel barn 7–15 år i kulturskolan, %", 21.4, 22.1, 24.0, 1),
        ("Besök på fritidsgårdarna, antal", 18420, 17960, 19000, 0),
    ]),
    (2, "Biblioteken är öppna mötesplatser för alla", [
        ("Utlån per invånare", 4.1, 4.3, 4.5, 1),
        ("Besök på huvudbiblioteket, antal", 96300, 101850, 105000, 0),
        ("Programaktiviteter på biblioteken, antal", 412, 455, 450, 0),
    ]),
    (3, "Fler invånare rör sig och är fysiskt aktiva", [
        ("Deltagartillfällen med LOK-stöd, 7–20 år", 142600, 138900, 145000, 0),
        ("Besök i Tallnäsa simhall, antal", 84200, 88750, 90000, 0),
        ("Andel flickor av deltagartillfällena, %", 41.2, 42.0, 45.0, 1),
        ("Nöjd medborgar-index, idrottsanläggningar", 58, 61, 62, 0),
    ]),
]
B_GIVERS = {"KF": "kommunfullmäktige", "KS": "kommunstyrelsen", "KFN": "kultur- och fritidsnämnden"}
# (nr, uppdrag, givet av, klart senast)
B_TASKS = [
    ("U1", "Utreda förutsättningarna för en ny sporthall i Hultsjö", "KF", D(2027, 10, 31)),
    ("U2", "Ta fram en biblioteksplan för 2028–2031", "KF", D(2027, 12, 31)),
    ("U3", "Införa meröppet bibliotek i Norrsta", "KFN", D(2027, 6, 30)),
    ("U4", "Se över taxorna för uthyrning av idrottsanläggningar", "KS", D(2027, 9, 30)),
    ("U5", "Erbjuda fler lovaktiviteter tillsammans med föreningslivet", "KFN", D(2027, 5, 31)),
    ("U6", "Ta fram ett program för konst i offentliga miljöer", "KF", D(2028, 3, 31)),
    ("U7", "Utreda samlokalisering av kulturskolan och en fritidsgård", "KS", D(2027, 11, 30)),
    ("U8", "Minska energianvändningen i simhallen med 10 procent", "KS", D(2028, 12, 31)),
    ("U9", "Genomföra trygghetsvandringar vid fritidsgårdarna", "KFN", D(2027, 4, 30)),
]
# (verksamhet, budget 2026, budget 2027), mnkr
B_BUDGET = [
    ("Nämnd och administration", 8.4, 8.6),
    ("Bibliotek", 31.2, 32.0),
    ("Kulturskola", 24.6, 25.9),
    ("Allmän kultur", 9.8, 10.1),
    ("Fritidsgårdar", 14.1, 14.3),
    ("Idrotts- och fritidsanläggningar", 38.7, 40.4),
    ("Föreningsbidrag", 11.4, 11.5),
]
B_INVEST = 6.5                         # investeringsram 2027, mnkr
B_CHAIR = "Sofia Hedlund"
B_HEAD = "Niklas Törnqvist"


def b_fmt(v, dec):
    return d1(v) if dec else g(v)


def b_indicators():
    return [(gl[0], i) for gl in B_GOALS for i in gl[2]]


def b_trend(i):
    return "up" if i[2] > i[1] else ("down" if i[2] < i[1] else "flat")


def b_ind_cells(i):
    return [i[0], b_fmt(i[1], i[4]), b_fmt(i[2], i[4]), b_fmt(i[3], i[4])]


def b_ind_text(i):
    return " ".join(b_ind_cells(i))


def b_task_cells(t):
    return [t[0], t[1], t[2], t[3].isoformat()]


def b_task_text(t):
    return " ".join(b_task_cells(t))


def b_budget_sum(col):
    return r1(sum(b[col] for b in B_BUDGET))


def b_budget_cells(b):
    return [b[0], d1(b[1]), d1(b[2]), d1(b[2] - b[1], plus=True)]


def b_budget_text(b):
    return " ".join(b_budget_cells(b))


def b_budget_tot_cells():
    s6, s7 = b_budget_sum(1), b_budget_sum(2)
    return ["Summa", d1(s6), d1(s7), d1(s7 - s6, plus=True)]


# =====================================================================================================
# (c) Hedsala kommun – kommunfullmäktiges sammanträdesprotokoll 2027-06-14, §§ 61–68
# =====================================================================================================
C_DATE = D(2027, 6, 14)
# (parti, förkortning, mandat, närvarande ledamöter, tjänstgörande ersättare)
C_PARTIES = [
    ("Socialdemokraterna", "S", 13, 12, 1),
    ("Moderaterna", "M", 9, 8, 0),
    ("Sverigedemokraterna", "SD", 8, 7, 1),
    ("Centerpartiet", "C", 3, 3, 0),
    ("Vänsterpartiet", "V", 3, 2, 1),
    ("Kristdemokraterna", "KD", 2, 2, 0),
    ("Liberalerna", "L", 1, 1, 0),
    ("Miljöpartiet", "MP", 1, 0, 0),
    ("Hedsalapartiet", "HP", 1, 1, 0),
]
# votering § 65: förkortning -> (ja, nej, avstår)
C_VOTE = {"S": (13, 0, 0), "M": (8, 0, 0), "SD": (0, 8, 0), "C": (0, 0, 3), "V": (0, 3, 0), "KD": (2, 0, 0),
          "L": (1, 0, 0), "MP": (0, 0, 0), "HP": (0, 1, 0)}
C_CHAIR = ("Henrik Lindahl", "S")
C_SECRETARY = "Tina Sandell"
C_ADJUST = [("Felix Nyström", "M"), ("Lotta Hammar", "SD")]
C_MOTIONER = ("Linnea Frisk", "V")
# nya motioner § 62: (motion, motionär, parti, remitteras till)
C_MOTIONS = [
    ("Motion om fler utegym i bostadsområdena", "Stefan Hultgren", "M", "Kultur- och fritidsnämnden"),
    ("Motion om trygghetsvärdar i centrum", "Fredrik Tidholm", "SD", "Kommunstyrelsen"),
    ("Motion om lokalproducerad mat i skolan", "Helena Stenmark", "C", "Barn- och utbildningsnämnden"),
    ("Motion om avgiftsfri kollektivtrafik för pensionärer", "Nils Fernström", "KD", "Kommunstyrelsen"),
]
# § 63 årsredovisning 2026 (mnkr / procent)
C_RESULT = (38.4, 25.0, 51.2)          # årets resultat, budget, föregående år
C_BALANS = 31.9                        # balanskravsresultat
C_INVEST = (164.3, 212.0)              # nettoinvesteringar, budget
C_SOLIDITET = 41.6
C_RUR = 6.5                            # avsättning till resultatutjämningsreserven
C_SWIM_COST = 1.2                      # beräknad kostnad för utökad simundervisning, mnkr per år
C_PASSAGE = ("simundervisningen redan ingår i ämnet idrott och hälsa och alla elever i årskurs 3 erbjuds minst "
             "tio lektioner i simhallen, medan en utökning till årskurs 2 skulle kosta omkring")
C_PRESCHOOL = (48.5, 8, 140)           # investeringsram mnkr, avdelningar, platser
C_RESIGN = ("Ture Svanberg", "S")
C_ELECT = ("Frida Norling", "S")


def c_att():
    pres = sum(p[3] for p in C_PARTIES)
    subs = sum(p[4] for p in C_PARTIES)
    mand = sum(p[2] for p in C_PARTIES)
    return mand, pres, subs, pres + subs, mand - pres - subs


def c_party_cells(p):
    return [f"{p[0]} ({p[1]})", str(p[2]), str(p[3]), str(p[4]), str(p[2] - p[3] - p[4])]


def c_party_text(p):
    return " ".join(c_party_cells(p))


def c_att_tot_cells():
    mand, pres, subs, tj, absent = c_att()
    return ["Summa", str(mand), str(pres), str(subs), str(absent)]


def c_vote_tot():
    return tuple(sum(v[k] for v in C_VOTE.values()) for k in range(3))


def c_motion_text(m):
    return f"{m[0]} {m[1]} ({m[2]}) {m[3]}"


# =====================================================================================================
# (d) Region Norrfjäla – delårsrapport januari–augusti 2027
# =====================================================================================================
D_GROUPS = ["Hälso- och sjukvård", "Regional utveckling", "Gemensamma funktioner"]
# (group, verksamhet, budget helår 2027, utfall jan–aug 2027, utfall jan–aug 2026, prognos helår 2027), mnkr
D_ROWS = [
    ("Hälso- och sjukvård", "Område Akut och kirurgi", 1842.0, 1268.4, 1189.7, 1889.5),
    ("Hälso- och sjukvård", "Område Medicin", 1356.0, 921.3, 880.2, 1378.0),
    ("Hälso- och sjukvård", "Område Psykiatri", 612.0, 402.1, 391.6, 606.5),
    ("Hälso- och sjukvård", "Område Primärvård", 1480.0, 994.8, 948.1, 1493.0),
    ("Hälso- och sjukvård", "Område Diagnostik", 418.0, 274.6, 281.3, 414.0),
    ("Hälso- och sjukvård", "Läkemedel inom förmånen", 905.0, 612.7, 588.0, 921.0),
    ("Hälso- och sjukvård", "Folktandvården", 36.0, 21.9, 26.4, 39.5),
    ("Regional utveckling", "Kollektivtrafik", 402.0, 262.5, 255.0, 398.0),
    ("Regional utveckling", "Kultur och bildning", 118.0, 77.2, 75.9, 116.5),
    ("Regional utveckling", "Näringsliv och tillväxt", 64.0, 38.9, 41.0, 61.0),
    ("Gemensamma funktioner", "Regionledningskontoret", 214.0, 139.8, 136.2, 206.0),
    ("Gemensamma funktioner", "Regionservice", 96.0, 66.4, 60.1, 99.5),
    ("Gemensamma funktioner", "Fastighetsförvaltningen", 152.0, 98.6, 97.0, 147.0),
]
D_BREAK_AFTER = "Område Diagnostik"      # Tabell 1 continues on p. 3 after this row
D_RESULT_BUDGET = 150.0                  # budgeterat resultat helår 2027
D_PERIOD = (212.4, 176.0, 188.9)         # periodens resultat, periodiserad budget, samma period 2026
D_PREV_RESULT = 98.6                     # resultat helår 2026
D_TAX_DEV = -8.0                         # skatteintäkter och generella statsbidrag, avvikelse mot budget
D_FIN_DEV = -3.5                         # finansnetto, avvikelse mot budget
D_TAX_GROWTH = 3.6                       # skatteintäkter och statsbidrag jan–aug, ökning mot 2026 (%)
D_TAX_BUDGET = 7905.0                    # skatteintäkter och generella statsbidrag, budget helår
D_FIN_BUDGET = -60.0                     # finansnetto, budget helår
# personal: (nyckeltal, jan–aug 2026, jan–aug 2027, decimals)
D_STAFF = [
    ("Tillsvidareanställda 31 augusti, antal", 8296, 8412, 0),
    ("Årsarbetare", 7590.8, 7655.3, 1),
    ("Sjukfrånvaro januari–juli, %", 6.9, 6.4, 1),
    ("Kostnad för inhyrd personal, mnkr", 171.2, 148.6, 1),
    ("Övertid och mertid, tusen timmar", 298.1, 312.4, 1),
    ("Personalkostnader, mnkr", 4212.8, 4436.9, 1),
]
D_PASSAGE = ("kostnaderna för inhyrda sjuksköterskor har ökat och att fler patienter har vårdats på "
             "Sundhamra sjukhus när vårdplatserna på Lillfors lasarett var stängda under sommaren")
D_DIRECTOR = "Hugo Tellström"
D_CFO = "Nina Fors"


def d_dev(r):
    return r1(r[2] - r[5])


def d_rows(group=None):
    return [r for r in D_ROWS if group is None or r[0] == group]


def d_sum(group=None):
    rs = d_rows(group)
    return tuple(r1(sum(r[k] for r in rs)) for k in (2, 3, 4, 5))


def d_cells(label, b, u, u6, p):
    """printed order: utfall jan–aug 2027, utfall jan–aug 2026, budget helår, prognos helår, avvikelse"""
    return [label, d1(u), d1(u6), d1(b), d1(p), d1(b - p, plus=True)]


def d_row_cells(r):
    return d_cells(r[1], *r[2:6])


def d_row_text(r):
    return " ".join(d_row_cells(r))


def d_growth():
    s = d_sum()
    return r1((s[1] / s[2] - 1) * 100)


def d_income():
    """income statement rows (label, budget helår, prognos helår, avvikelse)"""
    s = d_sum()
    ops, res = d_forecast()
    rows = [("Verksamhetens nettokostnader", -s[0], -s[3]),
            ("Skatteintäkter och generella statsbidrag", D_TAX_BUDGET, D_TAX_BUDGET + D_TAX_DEV),
            ("Finansnetto", D_FIN_BUDGET, D_FIN_BUDGET + D_FIN_DEV)]
    rows.append(("Resultat", r1(sum(r[1] for r in rows)), r1(sum(r[2] for r in rows))))
    return [(a, b, c, r1(c - b)) for a, b, c in rows]


def d_forecast():
    """(verksamheternas avvikelse, prognostiserat resultat helår)"""
    ops = r1(sum(d_dev(r) for r in D_ROWS))
    return ops, r1(D_RESULT_BUDGET + ops + D_TAX_DEV + D_FIN_DEV)


def d_staff_cells(s):
    f = d1 if s[3] else g
    return [s[0], f(s[1]), f(s[2]), f(s[2] - s[1], plus=True)]


def d_staff_text(s):
    return " ".join(d_staff_cells(s))


# =====================================================================================================
# (e) Sörnäsa kommun – handlingsplan för folkhälsa 2027–2029
# =====================================================================================================
E_DECIDED = D(2027, 2, 22)
# utgångsläge: (indikator, Sörnäsa 2022, Sörnäsa 2026, riket 2026, målvärde 2029), procent
E_BASE = [
    ("Elever i åk 9 som mår bra eller mycket bra", 68, 63, 66, 70),
    ("Elever i åk 9 som använder snus eller vitt snus", 9, 14, 12, 8),
    ("Elever i åk 9 som druckit alkohol de senaste 12 månaderna", 31, 27, 30, 22),
    ("Vuxna med fetma (BMI 30 eller mer)", 17, 19, 16, 16),
    ("Vuxna som är fysiskt aktiva minst 150 minuter per vecka", 64, 61, 66, 72),
    ("Invånare 65 år och äldre som ofta känner sig ensamma", 13, 15, 14, 11),
]
E_AREAS = [("1", "Goda uppväxtvillkor"), ("2", "Psykisk hälsa"), ("3", "Fysisk aktivitet och matvanor"),
           ("4", "Alkohol, narkotika, tobak och spel")]
# (nr, åtgärd, ansvarig, start, slut, indikator)
E_MEASURES = [
    ("1.1", "Erbjuda föräldraskapsstöd i grupp till föräldrar med barn 3–12 år", "Socialförvaltningen",
     2027, 2029, "Antal föräldrar som har deltagit"),
    ("1.2", "Införa en modell för tidig upptäckt av frånvaro i skolan", "Barn- och utbildningsförvaltningen",
     2027, 2027, "Andel elever med hög frånvaro"),
    ("1.3", "Utöka fritidsgårdarnas öppettider under skollov", "Kultur- och fritidsförvaltningen", 2027, 2028,
     "Antal besök under loven"),
    ("2.1", "Utbilda personal i skola och fritid i Första hjälpen till psykisk hälsa", "Folkhälsoenheten",
     2027, 2028, "Antal utbildade"),
    ("2.2", "Starta en samtalsmottagning för unga 13–21 år", "Socialförvaltningen", 2028, 2029,
     "Antal unika besökare"),
    ("2.3", "Inrätta träffpunkter mot ofrivillig ensamhet bland äldre", "Vård- och omsorgsförvaltningen", 2027,
     2029, "Andel 65+ som ofta känner sig ensamma"),
    ("2.4", "Ta fram en lokal plan för suicidprevention", "Folkhälsoenheten", 2028, 2028,
     "Beslutad plan"),
    ("3.1", "Införa 30 minuters daglig rörelse i grundskolan", "Barn- och utbildningsförvaltningen", 2027, 2028,
     "Andel skolor med daglig rörelse"),
    ("3.2", "Anlägga två nya utegym i Stenvreta och Hallsnäs", "Samhällsbyggnadsförvaltningen", 2028, 2028,
     "Antal nya utegym"),
    ("3.3", "Erbjuda prova-på-aktiviteter för vuxna som rör sig lite", "Kultur- och fritidsförvaltningen", 2027,
     2029, "Andel vuxna som är fysiskt aktiva"),
    ("3.4", "Minska mängden tillsatt socker i skolmåltiderna", "Kostenheten", 2027, 2027,
     "Gram tillsatt socker per portion"),
    ("4.1", "Göra kontrollköp av tobak och nikotinprodukter i alla butiker", "Tillståndsenheten", 2027, 2029,
     "Antal kontrollköp"),
    ("4.2", "Utbilda serveringspersonal i ansvarsfull alkoholservering", "Socialförvaltningen", 2028, 2029,
     "Antal utbildade"),
    ("4.3", "Informera vårdnadshavare om snus och vitt snus i åk 7", "Barn- och utbildningsförvaltningen", 2027,
     2027, "Andel elever som använder snus"),
]
E_YEARS = [2027, 2028, 2029]
E_STRATEGIST = "Sara Lindén"
E_CHAIR = "Leif Thörn"


def e_frame(m):
    return str(m[3]) if m[3] == m[4] else f"{m[3]}–{m[4]}"


def e_measure_cells(m):
    return [m[0], m[1], m[2], e_frame(m), m[5]]


def e_measure_text(m):
    return " ".join(e_measure_cells(m))


def e_base_cells(b):
    return [b[0], str(b[1]), str(b[2]), str(b[3]), str(b[4])]


def e_base_text(b):
    return " ".join(e_base_cells(b))


# =====================================================================================================
# (f) Frösvala kommun – skolresultat årskurs 9 vårterminen 2027 (result table on a SCANNED page)
# =====================================================================================================
# (skolenhet, flickor, pojkar, meritvärde flickor, meritvärde pojkar, behöriga flickor, behöriga pojkar,
#  godkända i alla ämnen flickor, godkända i alla ämnen pojkar) – vårterminen 2027
F_SCHOOLS = [
    ("Stensätraskolan", 58, 61, 241.3, 219.6, 54, 52, 49, 44),
    ("Linbodaskolan", 42, 47, 226.8, 204.2, 37, 36, 33, 31),
    ("Solvikskolan", 35, 31, 248.9, 231.5, 34, 29, 31, 27),
    ("Tallbergsskolan", 51, 55, 216.0, 192.7, 42, 41, 36, 33),
    ("Hästängsskolan", 29, 34, 232.0, 211.8, 26, 29, 23, 25),
    ("Sjöstjärnans friskola", 22, 18, 255.6, 239.0, 22, 17, 21, 16),
]
# riket (all huvudmän), typed from the national statistics: merit F/P/S, behöriga F/P/S, alla ämnen F/P/S
F_NATION = (241.0, 216.4, 228.5, 88.4, 84.6, 86.5, 79.4, 74.1, 76.7)
F_EXCLUDED = ["Hedviksskolan", "Lunnaskolan"]      # F–6-skolor, no year 9
# long format, text layer p. 3: (skolenhet, år, antal elever åk 9, meritvärde samtliga, behöriga samtliga %)
F_HISTORY = [
    ("Stensätraskolan", 2024, 112, 224.1, 84.8), ("Stensätraskolan", 2025, 121, 226.5, 86.0),
    ("Stensätraskolan", 2026, 117, 227.9, 87.2),
    ("Linbodaskolan", 2024, 93, 210.3, 79.6), ("Linbodaskolan", 2025, 86, 212.6, 80.2),
    ("Linbodaskolan", 2026, 91, 213.1, 81.3),
    ("Solvikskolan", 2024, 61, 236.4, 91.8), ("Solvikskolan", 2025, 64, 238.2, 92.2),
    ("Solvikskolan", 2026, 69, 239.5, 92.8),
    ("Tallbergsskolan", 2024, 101, 205.6, 77.2), ("Tallbergsskolan", 2025, 108, 201.8, 75.9),
    ("Tallbergsskolan", 2026, 104, 199.6, 74.0),
    ("Hästängsskolan", 2024, 57, 203.4, 76.1), ("Hästängsskolan", 2025, 60, 209.8, 79.6),
    ("Hästängsskolan", 2026, 62, 216.5, 82.3),
    ("Sjöstjärnans friskola", 2024, 38, 244.9, 97.4), ("Sjöstjärnans friskola", 2025, 41, 246.1, 95.1),
    ("Sjöstjärnans friskola", 2026, 39, 245.2, 97.4),
]
F_TARGETS = (235.0, 92.0)             # nämndens mål: meritvärde, behörighet (procent)
F_PASSAGE = ("skolan sedan hösten 2024 har två speciallärare som arbetar i klassrummen i matematik och svenska, "
             "och att läxhjälpen efter skoltid har byggts ut till fyra eftermiddagar i veckan")
F_HEAD = "Torbjörn Hellberg"
F_ANALYST = "Lena Falkner"
F_CHAIR = "Hedvig Sandström"

# the scanned page (p. 2 of the Frösvala document): every string printed in the image, in order
F_SCAN_RUNHEAD = "Frösvala kommun · Barn- och utbildningsförvaltningen"
F_SCAN_PAGENO = "Sida 2"
F_SCAN_TITLE = "2 Resultat per skolenhet"
F_SCAN_INTRO = ("Tabellen visar slutbetygen för eleverna i årskurs 9 på kommunens skolenheter och på den fristående "
                "skolan i kommunen. Uppgifterna är hämtade ur skolornas betygskataloger i juni och har inte "
                "justerats för elever som flyttat under terminen.")
F_SCAN_CAPTION = "Tabell 1. Slutbetyg i årskurs 9 vårterminen 2027 per skolenhet och kön"
F_SCAN_HEAD1 = ["", "", "Meritvärde (17 ämnen)", "Behöriga till gymnasiet, %", "Godkända i alla ämnen, %"]
F_SCAN_HEAD2 = ["Skolenhet", "Antal elever", "Flickor", "Pojkar", "Samtliga", "Flickor", "Pojkar", "Samtliga",
                "Flickor", "Pojkar", "Samtliga"]
F_SCAN_NOTES = [
    "Behöriga till gymnasiet = behöriga till minst ett yrkesprogram.",
    "Meritvärdet för samtliga är ett genomsnitt av flickornas och pojkarnas värden vägt med antalet elever.",
    "Källa: skolenheternas betygskataloger, juni 2027. Riket: Skolverket, preliminära uppgifter.",
]
F_SCAN_COMMENT_HEAD = "Kommentar"
F_SCAN_COMMENT = ("Flickorna har högre meritvärde än pojkarna på alla skolenheter. Skillnaden är störst på "
                  "Tallbergsskolan och minst på Sjöstjärnans friskola.")
F_SCAN_PENCIL = "prel."


def f_share(k, n):
    return r1(k / n * 100)


def f_vals(s):
    """(antal, merit F, P, S, behöriga F, P, S %, alla ämnen F, P, S %)"""
    n = s[1] + s[2]
    merit = r1((s[1] * s[3] + s[2] * s[4]) / n)
    return (n, s[3], s[4], merit, f_share(s[5], s[1]), f_share(s[6], s[2]), f_share(s[5] + s[6], n),
            f_share(s[7], s[1]), f_share(s[8], s[2]), f_share(s[7] + s[8], n))


def f_total():
    nf = sum(s[1] for s in F_SCHOOLS)
    np_ = sum(s[2] for s in F_SCHOOLS)
    mf = r1(sum(s[1] * s[3] for s in F_SCHOOLS) / nf)
    mp = r1(sum(s[2] * s[4] for s in F_SCHOOLS) / np_)
    ms = r1(sum(s[1] * s[3] + s[2] * s[4] for s in F_SCHOOLS) / (nf + np_))
    ef, ep = sum(s[5] for s in F_SCHOOLS), sum(s[6] for s in F_SCHOOLS)
    af, ap = sum(s[7] for s in F_SCHOOLS), sum(s[8] for s in F_SCHOOLS)
    return (nf + np_, mf, mp, ms, f_share(ef, nf), f_share(ep, np_), f_share(ef + ep, nf + np_),
            f_share(af, nf), f_share(ap, np_), f_share(af + ap, nf + np_))


def f_cells(label, v):
    return [label, g(v[0]) if v[0] is not None else "–"] + [d1(x) for x in v[1:]]


def f_row_text(s):
    return " ".join(f_cells(s[0], f_vals(s)))


def f_scan_rows():
    rows = [("row", f_cells(s[0], f_vals(s))) for s in F_SCHOOLS]
    rows.append(("total", f_cells("Kommunen totalt", f_total())))
    rows.append(("nation", f_cells("Riket", (None,) + F_NATION)))
    return rows


def f_scan_numbers():
    out = []
    for _, cells in f_scan_rows():
        out += [c for c in cells[1:] if c != "–"]
    return out


def f_scan_text():
    parts = [F_SCAN_RUNHEAD, F_SCAN_PAGENO, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION,
             " ".join(h for h in F_SCAN_HEAD1 if h), " ".join(F_SCAN_HEAD2)]
    for _, cells in f_scan_rows():
        parts.append(" ".join(cells))
    parts += F_SCAN_NOTES + [F_SCAN_COMMENT_HEAD, F_SCAN_COMMENT, F_SCAN_PENCIL]
    return "\n".join(parts)


def f_hist_cells(h):
    return [h[0], str(h[1]), g(h[2]), d1(h[3]), d1(h[4])]


def f_hist_text(h):
    return " ".join(f_hist_cells(h))
