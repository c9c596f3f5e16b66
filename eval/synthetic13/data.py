"""Table rows and list items of the five synthetic13 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them. Derived values (helår sums and
averages, changes, counts, totals, ratios, meeting counts and preparation dates) are computed here."""
import datetime as _dt

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MON3 = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def rnd(x):
    """Round half up (positive numbers)."""
    return int(x + 0.5)


# ---------------------------------------------------------------- (a) Dungsjö, socialnämndens månadsstatistik 2025
# (group, label, kind, twelve monthly values 2025, helår 2024); kind "snitt" = mean per month, "summa" = sum
A_GROUPS = ["Ekonomiskt bistånd", "Barn och unga", "Vuxna, missbruk och beroende", "Våld i nära relationer",
            "Funktionsnedsättning (LSS)"]
A_ROWS = [
    (0, "Hushåll med försörjningsstöd", "snitt", [298, 304, 311, 309, 315, 312, 296, 301, 318, 322, 327, 331], 287),
    (0, "därav hushåll med barn", "snitt", [118, 121, 124, 122, 125, 126, 119, 120, 127, 129, 131, 134], 117),
    (0, "Unga vuxna 18–24 år med försörjningsstöd", "snitt", [46, 47, 49, 48, 50, 47, 44, 45, 49, 51, 52, 50], 51),
    (0, "Nya ansökningar om försörjningsstöd", "summa", [41, 38, 44, 39, 42, 36, 31, 40, 46, 45, 43, 37], 455),
    (0, "Utbetalt försörjningsstöd, tkr", "summa",
     [3312, 3356, 3468, 3421, 3502, 3489, 3287, 3364, 3541, 3597, 3642, 3847], 37914),
    (1, "Orosanmälningar", "summa", [98, 87, 112, 105, 118, 96, 71, 84, 121, 142, 128, 109], 1184),
    (1, "Inledda utredningar", "summa", [34, 31, 38, 36, 40, 33, 24, 29, 41, 45, 42, 37], 446),
    (1, "Barn i familjehem", "snitt", [52, 51, 51, 50, 49, 49, 48, 48, 47, 47, 46, 46], 54),
    (1, "Barn på HVB", "snitt", [11, 11, 10, 9, 9, 8, 8, 8, 9, 9, 10, 10], 12),
    (1, "Pågående öppenvårdsinsatser", "snitt", [118, 122, 125, 127, 131, 129, 121, 124, 133, 138, 140, 143], 112),
    (2, "Anmälningar om missbruk", "summa", [14, 12, 17, 15, 13, 16, 11, 12, 18, 17, 15, 14], 161),
    (2, "Vuxna i heldygnsvård", "snitt", [7, 7, 8, 8, 9, 8, 6, 6, 7, 7, 8, 8], 9),
    (2, "Vårddygn på HVB, vuxna", "summa", [212, 196, 238, 241, 262, 240, 186, 179, 204, 215, 236, 244], 2904),
    (3, "Nya ärenden om våld i nära relation", "summa", [9, 11, 8, 12, 10, 9, 13, 8, 11, 12, 10, 14], 109),
    (3, "Vårddygn i skyddat boende", "summa", [64, 58, 71, 49, 62, 88, 95, 77, 60, 52, 69, 74], 742),
    (4, "Personer med daglig verksamhet", "snitt", [187, 188, 188, 190, 191, 191, 191, 192, 194, 195, 195, 197],
     183),
    (4, "Ansökningar om LSS-insatser", "summa", [12, 9, 14, 11, 10, 8, 5, 9, 13, 12, 11, 10], 131),
    (4, "Ej verkställda beslut", "snitt", [6, 6, 7, 7, 5, 5, 6, 6, 4, 4, 3, 3], 8),
]
A_BUDGET_FBS = 38500          # budgeted försörjningsstöd 2025, tkr


def a_helar(r):
    v = r[3]
    return rnd(sum(v) / 12) if r[2] == "snitt" else sum(v)


def a_change(r):
    """Change 2024 -> 2025 in percent, one decimal."""
    return round((a_helar(r) - r[4]) / r[4] * 100, 1)


def a_row(label):
    return next(r for r in A_ROWS if r[1] == label)


A_ATGARDER = [
    "Införa en gemensam mottagning för orosanmälningar med förhandsbedömning inom 14 dagar, i samverkan med "
    "skolorna och elevhälsan i hela kommunen.",
    "Utöka arbetet med arbetslinjen inom ekonomiskt bistånd genom att ge alla unga vuxna 18–24 år en "
    "individuell planering inom en månad från första ansökan.",
    "Ta fram en plan för att minska antalet vårddygn på HVB för vuxna, bland annat genom fler platser i "
    "kommunens egna öppenvårdsprogram.",
    "Följa upp ej verkställda beslut enligt LSS varje månad i nämndens arbetsutskott tills kön är avvecklad.",
    "Redovisa statistiken per kvartal också uppdelad på kön och ålder från och med januari 2026.",
]
A_IAKTTAGELSER = [
    "Antalet hushåll med försörjningsstöd ökade under andra halvåret, framför allt bland hushåll med barn.",
    "Orosanmälningarna nådde den högsta nivån hittills under en enskild månad, samtidigt som färre utredningar "
    "inleddes än året före.",
    "Placeringarna av barn i familjehem och på HVB har fortsatt att minska under hela året.",
    "Kön till insatser enligt LSS har halverats sedan årets början.",
]

# ---------------------------------------------------------------- (b) Gnistorp, sammanträdesplan 2026
D = _dt.date


def _dates(*mmdd):
    return [D(2026, m, d) for m, d in mmdd]


# (organ, time, dates)
B_KF = _dates((2, 16), (3, 23), (4, 20), (6, 15), (8, 31), (10, 26), (11, 23), (12, 14))
B_KS = sorted([k - _dt.timedelta(days=20) for k in B_KF] + _dates((6, 9), (9, 22), (12, 8)))
B_KSAU = sorted(k - _dt.timedelta(days=14) for k in B_KS)
B_ORGAN = [
    ("Kommunfullmäktige", "18.30", B_KF),
    ("Kommunstyrelsen", "13.00", B_KS),
    ("Kommunstyrelsens arbetsutskott", "08.30", B_KSAU),
    ("Barn- och utbildningsnämnden", "13.00",
     _dates((1, 28), (2, 25), (3, 25), (4, 22), (5, 20), (6, 17), (8, 26), (9, 23), (10, 21), (11, 18), (12, 9))),
    ("Socialnämnden", "13.00",
     _dates((1, 29), (2, 26), (3, 26), (4, 23), (5, 21), (6, 18), (8, 27), (9, 24), (10, 22), (11, 19), (12, 10))),
    ("Socialnämndens individutskott", "08.30",
     _dates((1, 13), (1, 27), (2, 10), (2, 24), (3, 10), (3, 24), (4, 7), (4, 21), (5, 5), (5, 19), (6, 2), (6, 16),
            (6, 30), (7, 14), (7, 28), (8, 11), (8, 25), (9, 8), (9, 22), (10, 6), (10, 20), (11, 3), (11, 17),
            (12, 1), (12, 15))),
    ("Kultur- och fritidsnämnden", "18.00", _dates((2, 11), (4, 15), (6, 10), (9, 16), (11, 11), (12, 2))),
    ("Miljö- och byggnadsnämnden", "09.00",
     _dates((1, 22), (2, 19), (3, 19), (4, 16), (5, 21), (6, 11), (7, 9), (8, 20), (9, 17), (10, 15), (11, 12),
            (12, 10))),
    ("Tekniska nämnden", "15.00", _dates((2, 4), (3, 18), (5, 6), (6, 10), (9, 9), (10, 14), (11, 25))),
    ("Valnämnden", "16.00", _dates((1, 19), (3, 9), (5, 11), (8, 17), (9, 7), (9, 16), (10, 5))),
    ("Krisledningsnämnden", "–", []),
    ("Demokratiberedningen", "18.00", _dates((2, 5), (4, 9), (9, 3), (11, 5))),
    ("Ungdomsrådet", "17.30", _dates((2, 3), (4, 14), (9, 29), (11, 24))),
    ("Kommunala pensionärsrådet", "10.00", _dates((3, 6), (5, 29), (9, 25), (11, 27))),
    ("Rådet för funktionshinderfrågor", "14.00", _dates((3, 6), (5, 29), (9, 25), (11, 27))),
]
B_KF_2025 = 9


def b_cells(dates):
    """Twelve grid cells: the day numbers of each month ("13, 27") or "–"."""
    out = []
    for m in range(1, 13):
        days = [str(d.day) for d in dates if d.month == m]
        out.append(", ".join(days) if days else "–")
    return out


def b_evening(t):
    return t != "–" and float(t) >= 17.0


def b_prep():
    """Beredningsgång per KF meeting: (KF, KS, KS au, deadline tjänsteskrivelse, kungörelse senast)."""
    out = []
    for kf in B_KF:
        ks = kf - _dt.timedelta(days=20)
        au = ks - _dt.timedelta(days=14)
        out.append((kf, ks, au, au - _dt.timedelta(days=8), kf - _dt.timedelta(days=10)))
    return out


B_PRINCIPER = [
    "Kommunstyrelsen sammanträder tre veckor före varje sammanträde med kommunfullmäktige, och arbetsutskottet "
    "två veckor före kommunstyrelsen.",
    "Nämnderna planerar sina sammanträden så att ärenden som ska till fullmäktige hinner beredas i "
    "kommunstyrelsen.",
    "Inga ordinarie sammanträden hålls under skolans sommarlov, med undantag för utskott och nämnder som "
    "fattar beslut i enskilda ärenden.",
    "Inga sammanträden hålls under jul- och nyårshelgerna (vecka 52–2) eller under veckan med valborg och "
    "första maj (vecka 18).",
]

# ---------------------------------------------------------------- (c) Bräntnäs, upphandlingsplan 2026
C_GROUPS = ["Bygg och anläggning", "Fastighet och service", "Varor och livsmedel", "IT och telefoni",
            "Transporter, vård och omsorg"]
# (group, nr, upphandling, beställare, värde per år tkr (None = engångsköp), engångsvärde tkr, avtalstid,
#  annonsering)
C_ROWS = [
    (0, 1, "Ramavtal byggentreprenader, mindre om- och tillbyggnader", "TN", 18500, None, "2+1+1 år", "kv 1 2026"),
    (0, 2, "Totalentreprenad förskolan Nyponet", "BUN", None, 46000, "engångsköp", "februari 2026"),
    (0, 3, "Markentreprenad gång- och cykelväg Sågverksvägen", "TN", None, 7200, "engångsköp", "april 2026"),
    (0, 4, "Ramavtal VVS-tjänster", "TN", 3400, None, "2+2 år", "kv 2 2026"),
    (0, 5, "Ramavtal elinstallationer", "TN", 2900, None, "2+2 år", "kv 3 2026"),
    (0, 6, "Beläggningsunderhåll gator och GC-vägar", "TN", 5600, None, "3+1 år", "februari 2026"),
    (1, 7, "Städtjänster skolor och förskolor, tre områden", "SeN", 9800, None, "3+1+1 år", "kv 3 2026"),
    (1, 8, "Fönsterputs", "SeN", 640, None, "2+1 år", "maj 2026"),
    (1, 9, "Bevakning och larmutryckning", "SeN", 1850, None, "3+1 år", "kv 4 2026"),
    (1, 10, "Hyra av paviljonger för tillfälliga lokaler", "BUN", 4200, None, "2 år", "kv 1 2026"),
    (1, 11, "Avfallshämtning kommunala verksamheter", "TN", 1100, None, "4 år", "september 2026"),
    (1, 12, "Snöröjning och halkbekämpning", "TN", 6100, None, "3+2 år", "juni 2026"),
    (2, 13, "Livsmedel, kolonial och torrvaror", "SeN", 12400, None, "2+1+1 år", "kv 2 2026"),
    (2, 14, "Mejeriprodukter", "SeN", 3900, None, "2+1+1 år", "september 2026"),
    (2, 15, "Förbrukningsmaterial vård och omsorg", "SN", 2300, None, "2+2 år", "oktober 2026"),
    (2, 16, "Arbetskläder och skyddsutrustning", "SeN", 950, None, "3 år", "mars 2026"),
    (2, 17, "Möbler och inredning förskolan Nyponet", "BUN", None, 1600, "engångsköp", "kv 3 2026"),
    (3, 18, "Verksamhetssystem för elevhälsan", "BUN", 780, None, "4+2 år", "kv 1 2026"),
    (3, 19, "Mobiltelefoni och datakommunikation", "SeN", 2650, None, "3+1 år", "augusti 2026"),
    (3, 20, "Datorer och surfplattor, leasing", "SeN", 7300, None, "3 år", "kv 4 2026"),
    (3, 21, "Plattform för e-tjänster", "SeN", 1200, None, "4 år", "kv 4 2026"),
    (4, 22, "Skolskjuts och kompletteringstrafik", "BUN", 14800, None, "4+2 år", "kv 3 2026"),
    (4, 23, "Leasing av personbilar", "SeN", 3100, None, "3 år", "maj 2026"),
    (4, 24, "Köp av HVB-platser för ungdomar", "SN", 8400, None, "2+1 år", "kv 4 2026"),
    (4, 25, "Tolktjänster", "SN", 1450, None, "2+2 år", "november 2026"),
]
C_KS_LIMIT = 25000     # tkr for the whole contract period: above -> kommunstyrelsen
C_FC_LIMIT = 5000      # below -> förvaltningschef


def c_years(avtalstid):
    if avtalstid == "engångsköp":
        return 0
    return sum(int(x) for x in avtalstid.replace(" år", "").split("+"))


def c_total(r):
    """Estimated value for the whole contract period, tkr."""
    return r[5] if r[4] is None else r[4] * c_years(r[6])


def c_beslut(r):
    t = c_total(r)
    return "KS" if t > C_KS_LIMIT else ("Förv.chef" if t < C_FC_LIMIT else "Nämnden")


def c_quarter(annonsering):
    """'kv 2 2026' or 'maj 2026' -> 2."""
    w = annonsering.split()
    if w[0] == "kv":
        return int(w[1])
    return (MONTHS.index(w[0]) // 3) + 1


def c_sums():
    """(count, annual value of recurring contracts tkr, number of one-off purchases, one-off tkr, KS count)."""
    rec = [r for r in C_ROWS if r[4] is not None]
    one = [r for r in C_ROWS if r[4] is None]
    return (len(C_ROWS), sum(r[4] for r in rec), len(one), sum(r[5] for r in one),
            sum(1 for r in C_ROWS if c_beslut(r) == "KS"))


C_SARSKILD = [
    "Städtjänsterna delas upp i tre geografiska områden så att även mindre, lokala företag kan lämna anbud på "
    "ett eller flera områden.",
    "Skolskjutsupphandlingen samordnas med regionens upphandling av allmän kollektivtrafik och kräver beslut "
    "om ett nytt samverkansavtal före annonsering.",
    "Inför upphandlingen av HVB-platser ska socialnämnden pröva om en del av behovet kan tillgodoses i egen regi.",
    "Livsmedelsupphandlingen ska ställa krav på djurskydd och antibiotikaanvändning i nivå med svensk "
    "lagstiftning.",
]

# ---------------------------------------------------------------- (d) Region Norrhälla, lönekartläggning 2025
D_GROUPS = ["Vård och behandling", "Administration och ledningsstöd", "Teknik och service"]
# (group, arbete, antal kvinnor, antal män, medellön kvinnor kr, medellön män kr, bedömning)
D_LIKA = [
    (0, "Undersköterska, slutenvård", 1286, 214, 31840, 32210, "Saklig"),
    (0, "Specialistundersköterska", 312, 41, 34150, 34020, "Ingen skillnad"),
    (0, "Sjuksköterska, slutenvård", 1044, 168, 41260, 42380, "Saklig"),
    (0, "Specialistsjuksköterska, intensivvård", 226, 58, 47930, 49860, "Åtgärd"),
    (0, "Barnmorska", 188, 6, 48420, 47900, "Ingen skillnad"),
    (0, "Fysioterapeut", 142, 51, 37880, 38950, "Saklig"),
    (0, "Psykolog", 96, 31, 46100, 48300, "Åtgärd"),
    (0, "Läkare under specialisttjänstgöring", 171, 149, 58200, 59100, "Saklig"),
    (0, "Överläkare", 268, 301, 89400, 95700, "Fördjupad analys"),
    (1, "Medicinsk sekreterare", 402, 12, 32900, 33400, "Saklig"),
    (1, "Handläggare", 146, 62, 40300, 41700, "Fördjupad analys"),
    (1, "Controller", 38, 29, 49800, 51600, "Saklig"),
    (1, "IT-tekniker", 21, 88, 39600, 40900, "Saklig"),
    (2, "Lokalvårdare", 214, 96, 27300, 27600, "Saklig"),
    (2, "Drifttekniker", 9, 74, 38200, 39900, "Saklig"),
    (2, "Måltidspersonal", 118, 27, 28900, 29300, "Saklig"),
]


def d_ratio(r):
    return round(r[4] / r[5] * 100, 1)


def d_overall():
    """(women, men, weighted mean women, weighted mean men, ratio) over the groups of table 1."""
    k = sum(r[2] for r in D_LIKA)
    m = sum(r[3] for r in D_LIKA)
    lk = sum(r[2] * r[4] for r in D_LIKA) / k
    lm = sum(r[3] * r[5] for r in D_LIKA) / m
    return k, m, rnd(lk), rnd(lm), round(rnd(lk) / rnd(lm) * 100, 1)


# likvärdiga arbeten: (kvinnodominerat arbete, poäng, medellön, jämförelsegrupp, poäng, medellön, bedömning)
D_LIKV = [
    ("Medicinsk sekreterare", 312, 32920, "IT-tekniker", 305, 40650, "Åtgärd"),
    ("Undersköterska, slutenvård", 298, 31890, "Drifttekniker", 301, 39760, "Fördjupad analys"),
    ("Barnmorska", 455, 48380, "Ingenjör, medicinteknik", 449, 47200, "Ingen åtgärd"),
    ("Sjuksköterska, slutenvård", 420, 41440, "Byggprojektledare", 428, 46900, "Åtgärd"),
    ("Lokalvårdare", 180, 27390, "Vaktmästare", 184, 28700, "Saklig"),
    ("Måltidspersonal", 205, 28980, "Transportarbetare", 200, 29500, "Ingen åtgärd"),
    ("Fysioterapeut", 362, 38170, "Controller", 360, 50900, "Fördjupad analys"),
    ("Specialistundersköterska", 320, 34130, "Elektriker", 318, 38400, "Åtgärd"),
]


def d_diff(r):
    return r[2] - r[5]


# lönejusteringar (grupp, antal, tkr)
D_JUST = [("specialistsjuksköterskor inom intensivvården", 226, 1310), ("psykologer", 96, 540),
          ("medicinska sekreterare", 402, 1450), ("sjuksköterskor i slutenvården", 1044, 2610),
          ("specialistundersköterskor", 312, 1090)]


def d_just_total():
    return sum(x[2] for x in D_JUST)


D_ATGARDER = [
    "Lönejustering för specialistsjuksköterskor inom intensivvården, där kvinnornas lön är lägre än männens "
    "utan saklig förklaring.",
    "Lönejustering för psykologer i vuxenpsykiatrin efter att skillnaden inte har kunnat förklaras av "
    "erfarenhet eller ansvar.",
    "Särskild satsning på medicinska sekreterare, sjuksköterskor i slutenvården och specialistundersköterskor "
    "efter jämförelsen med likvärdiga arbeten.",
    "Fördjupad analys av lönesättningen för överläkare, handläggare, undersköterskor och fysioterapeuter, "
    "som redovisas till regionstyrelsen i september 2026.",
    "Utbildning av alla lönesättande chefer i regionens lönekriterier före löneöversynen 2026.",
]

# ---------------------------------------------------------------- (e) Klöverhamn, samrådsredogörelse Bruksängen
E_GROUPS = ["Myndigheter och remissinstanser", "Kommunala nämnder och bolag", "Sakägare, föreningar och allmänhet"]
E_SAMRAD_END = D(2026, 3, 30)
# (group, nr, avsändare, inkom, synpunkter?)
E_YTTR = [
    (0, 1, "Länsstyrelsen", D(2026, 3, 27), True),
    (0, 2, "Trafikverket", D(2026, 3, 24), True),
    (0, 3, "Lantmäteriet", D(2026, 3, 12), True),
    (0, 4, "Försvarsmakten", D(2026, 3, 5), False),
    (0, 5, "Skanova AB", D(2026, 3, 18), True),
    (0, 6, "Ellevio Nät AB", D(2026, 3, 20), True),
    (0, 7, "Polismyndigheten", D(2026, 3, 30), False),
    (0, 8, "Räddningstjänsten Klöverhamn", D(2026, 3, 26), True),
    (1, 9, "Miljö- och hälsoskyddsnämnden", D(2026, 3, 25), True),
    (1, 10, "Barn- och utbildningsnämnden", D(2026, 3, 31), True),
    (1, 11, "Kultur- och fritidsnämnden", D(2026, 3, 19), False),
    (1, 12, "Klöverhamns Energi AB", D(2026, 3, 16), False),
    (1, 13, "Klöverhamnsbostäder AB", D(2026, 3, 23), False),
    (2, 14, "Ägare till fastigheten Bruksängen 1:4", D(2026, 3, 11), True),
    (2, 15, "Ägare till fastigheten Bruksängen 1:7", D(2026, 3, 29), True),
    (2, 16, "Boende på Mejerigatan, namnlista med 46 namn", D(2026, 3, 27), True),
    (2, 17, "Naturskyddsföreningen i Klöverhamn", D(2026, 3, 28), True),
    (2, 18, "Sältåns fiskevårdsområdesförening", D(2026, 3, 30), True),
    (2, 19, "Privatperson 1", D(2026, 3, 9), True),
    (2, 20, "Privatperson 2", D(2026, 4, 2), True),
    (2, 21, "Hyresgästföreningen Klöverhamn", D(2026, 3, 26), True),
]


def e_syn(r):
    return "Synpunkter" if r[4] else "Inga synpunkter"


def e_late(r):
    return r[3] > E_SAMRAD_END


def e_counts():
    """(total, from groups 0-1, from group 2, without comments, late)."""
    return (len(E_YTTR), sum(1 for r in E_YTTR if r[0] < 2), sum(1 for r in E_YTTR if r[0] == 2),
            sum(1 for r in E_YTTR if not r[4]), sum(1 for r in E_YTTR if e_late(r)))


E_BOSTADER = (140, 118)
E_ANDRINGAR = [
    "Antalet bostäder minskas från cirka 140 till högst 118, och husen närmast Mejerigatan sänks från fem till "
    "tre våningar.",
    "Ett 30 meter brett område längs Sältån planläggs som natur, och en dagvattendamm läggs in i parken söder "
    "om kvarteren.",
    "Lägsta nivå för färdigt golv höjs till +3,2 meter i RH 2000 för att minska risken vid översvämning.",
    "En planbestämmelse om bullerskyddad uteplats införs för bostäderna närmast järnvägen.",
    "Ett område för transformatorstation läggs till i planens nordöstra del.",
    "Förskolans tomt utökas så att förskolan kan byggas med sex avdelningar i stället för fyra.",
    "Tre stora ekar i områdets södra del skyddas med en bestämmelse om att träden inte får fällas.",
]
