"""The numbers, rows and list items of the six synthetic25 documents. The build scripts draw from here and check.py
recomputes the expected items of every list question from here. Derived values (deadlines from mixed date formats,
cost sums, status counts, pupil-weighted totals and shares, vote counts, indicator comparisons, balance-sheet sums
and key ratios, the grant total and the text of the scanned page) are computed here, never typed twice."""
import calendar as _cal
import datetime as _dt
import re as _re

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def dmy(d):
    """date -> '12 oktober 2027'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def grp(n):
    """12500 -> '12 500' (normal spaces, as in tables); negative with the minus sign."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return ("\u2212" + s) if n < 0 else s


def dec(x, d=1):
    """1486.3 -> '1 486,3'"""
    s = f"{abs(x):,.{d}f}".replace(",", " ").replace(".", ",")
    return ("\u2212" + s) if x < 0 and float(s.replace(" ", "").replace(",", ".")) != 0 else s


# =====================================================================================================
# (a) Hyttnäs kommun – handlingsplan för trygghet och brottsförebyggande arbete 2027–2028
#     (uppföljning per 30 september 2027)
# =====================================================================================================
A_FOLLOWUP = _dt.date(2027, 9, 30)
A_RAM = "ryms i ram"
# focus areas: (nr, name)
A_AREAS = [("1", "Trygga offentliga miljöer"), ("2", "Barn och unga"), ("3", "Våld i nära relationer"),
           ("4", "Samverkan och lägesbild")]
# actions: (nr, åtgärd, ansvarig, klart as printed, kostnad 2027–2028 tkr or None = "ryms i ram", status)
A_ACTIONS = [
    ("1.1", "Byta till LED-belysning och sätta upp fler belysningsstolpar på gång- och cykelvägen mellan stationen "
            "och centrum", "Tekniska nämnden", "2027-06-30", 1850, "Pågår"),
    ("1.2", "Genomföra trygghetsvandringar i Hyttbacken och Lerdalen tillsammans med boende, polis och "
            "fastighetsägare", "Kommunstyrelsen", "kv 2 2027", None, "Klar"),
    ("1.3", "Kameraövervakning vid resecentrum efter tillstånd från Integritetsskyddsmyndigheten",
     "Kommunstyrelsen", "december 2027", 620, "Pågår"),
    ("1.4", "Röja sly och beskära buskage längs promenadstråket i Fabriksparken", "Tekniska nämnden",
     "2027-04-30", 180, "Klar"),
    ("1.5", "Ta fram riktlinjer för trygghetsskapande utformning i nya detaljplaner", "Samhällsbyggnadsnämnden",
     "kv 4 2027", None, "Ej påbörjad"),
    ("1.6", "Ordningsvakter på Nygårdstorget fredags- och lördagskvällar under sommarhalvåret", "Kommunstyrelsen",
     "2028-09-30", 960, "Pågår"),
    ("2.1", "Utöka fältassistenternas arbetstid till kvällar och helger året runt", "Socialnämnden", "kv 1 2027",
     1150, "Klar"),
    ("2.2", "Införa ett gemensamt program mot mobbning och kränkningar i årskurs 4–9",
     "Barn- och utbildningsnämnden", "december 2027", 340, "Pågår"),
    ("2.3", "Hålla fritidsgården Lyktan öppen även på lördagar", "Kultur- och fritidsnämnden", "2027-01-31", 410,
     "Klar"),
    ("2.4", "Föräldrautbildning om barns användning av sociala medier och dataspel", "Socialnämnden", "kv 3 2028",
     150, "Ej påbörjad"),
    ("2.5", "Samverkan mellan skola, socialtjänst, polis och fritid (SSPF) för unga i riskzon",
     "Socialnämnden och barn- och utbildningsnämnden", "juni 2027", None, "Pågår"),
    ("2.6", "Feriejobb för 150 ungdomar 16–18 år under sommarlovet", "Kommunstyrelsen", "2028-08-31", 1480,
     "Pågår"),
    ("3.1", "Utbilda personalen i hemtjänst, förskola och skola i att upptäcka våld i nära relationer",
     "Socialnämnden", "december 2028", 520, "Ej påbörjad"),
    ("3.2", "Inrätta en samlad mottagning för våldsutsatta vuxna och barn", "Socialnämnden", "kv 2 2028", 2300,
     "Ej påbörjad"),
    ("3.3", "Rutin för att fråga om våld vid alla nybesök inom ekonomiskt bistånd", "Socialnämnden", "2027-03-31",
     None, "Klar"),
    ("3.4", "Verksamhetsbidrag till kvinno- och tjejjouren Freja", "Socialnämnden", "2028-12-31", 250, "Pågår"),
    ("3.5", "Behandlingsprogram för våldsutövare tillsammans med grannkommunerna", "Socialnämnden", "kv 4 2028",
     380, "Ej påbörjad"),
    ("4.1", "Teckna ett nytt medborgarlöfte med lokalpolisområdet", "Kommunstyrelsen", "2027-02-28", None, "Klar"),
    ("4.2", "Ta fram en gemensam lägesbild över brott och otrygghet varannan månad", "Kommunstyrelsen",
     "kv 4 2027", None, "Pågår"),
    ("4.3", "Anställa en samordnare för det brottsförebyggande arbetet på heltid", "Kommunstyrelsen", "2027-05-31",
     1380, "Pågår"),
    ("4.4", "Genomföra en ny trygghetsmätning bland invånarna", "Kommunstyrelsen", "oktober 2028", 290,
     "Ej påbörjad"),
    ("4.5", "Införa en app för felanmälan av klotter, trasig belysning och nedskräpning", "Tekniska nämnden",
     "kv 1 2028", 340, "Ej påbörjad"),
]
A_BREAK_AFTER = "3.1"          # the table continues on p. 3 after this action
A_STATUSES = ["Ej påbörjad", "Pågår", "Klar"]
# the survey figures of p. 1: (share of women, share of men) feeling unsafe late in the evening, 2024 and 2026
A_SURVEY = {2024: (26, 11), 2026: (31, 12)}


def a_deadline(text):
    """'2027-06-30' | 'kv 2 2027' | 'december 2027' -> the last day it stands for."""
    m = _re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _re.fullmatch(r"kv (\d) (\d{4})", text)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        mo = 3 * q
        return _dt.date(y, mo, _cal.monthrange(y, mo)[1])
    mon, y = text.split()
    mo = MONTHS.index(mon) + 1
    return _dt.date(int(y), mo, _cal.monthrange(int(y), mo)[1])


def a_area(nr):
    return nr.split(".")[0]


def a_cost(act):
    return act[4] or 0


def a_sum(area=None):
    return sum(a_cost(x) for x in A_ACTIONS if area in (None, a_area(x[0])))


def a_counts():
    return {s: sum(1 for x in A_ACTIONS if x[5] == s) for s in A_STATUSES}


def a_delayed():
    """actions whose deadline has passed at the follow-up date and that are not finished"""
    return [x for x in A_ACTIONS if a_deadline(x[3]) <= A_FOLLOWUP and x[5] != "Klar"]


# =====================================================================================================
# (b) Lövkulla kommun – skolornas resultat i årskurs 9 vårterminen 2027 (jämfört med vårterminen 2026)
# =====================================================================================================
B_SMALL = 10                   # fewer pupils than this: the values are not shown ("..")
# (skolenhet, huvudman, elever vt 2026, vt 2027, meritvärde vt 2026, vt 2027, behöriga (antal) vt 2026, vt 2027)
B_SCHOOLS = [
    ("Dalängsskolan", "Kommunal", 62, 58, 218.4, 224.9, 52, 51),
    ("Dammtorpets skola", "Kommunal", 8, 11, 209.0, 214.0, 6, 9),
    ("Forsbackaskolan", "Kommunal", 94, 101, 231.7, 226.3, 85, 89),
    ("Hultaskolan", "Kommunal", 47, 52, 201.2, 208.8, 36, 42),
    ("Lövkullaskolan", "Kommunal", 118, 112, 226.0, 229.4, 104, 102),
    ("Nyhemsskolan", "Kommunal", 71, 69, 212.5, 205.1, 58, 54),
    ("Framtidsskolan Lövkulla", "Fristående", 39, 44, 241.3, 238.7, 37, 42),
    ("Norrskenets friskola", "Fristående", 26, 24, 223.8, 232.6, 23, 22),
]
B_RIKET = {"merit": (229.8, 230.4), "beh": (86.0, 86.4)}
B_TOTAL = "Lövkulla kommun"


def b_shown(s, yi):
    """False if the unit had fewer than B_SMALL pupils that year (values printed as '..')."""
    return s[2 + yi] >= B_SMALL


def b_merit(s, yi):
    return s[4 + yi]


def b_beh(s, yi):
    return r1(s[6 + yi] / s[2 + yi] * 100)


def b_pupils(yi):
    return sum(s[2 + yi] for s in B_SCHOOLS)


def b_total_merit(yi):
    """pupil-weighted; suppressed units are included in the total"""
    return r1(sum(s[4 + yi] * s[2 + yi] for s in B_SCHOOLS) / b_pupils(yi))


def b_total_beh(yi):
    return r1(sum(s[6 + yi] for s in B_SCHOOLS) / b_pupils(yi) * 100)


def b_cells(s):
    """the printed cells of a school row after the name: huvudman, pupils 2026/2027, merit 2026/2027, beh 2026/2027"""
    out = [s[1], str(s[2]), str(s[3])]
    for f in (b_merit, b_beh):
        for yi in (0, 1):
            out.append(dec(f(s, yi)) if b_shown(s, yi) else "..")
    return out


# =====================================================================================================
# (c) Nyhamra kommun – kommunstyrelsens sammanträdesprotokoll 2027-10-12, §§ 112–119
# =====================================================================================================
C_DATE = _dt.date(2027, 10, 12)
# beslutande ledamöter: (namn, parti, roll, tjänstgör inte -> ersatt av)
C_MEMBERS = [
    ("Helena Lindqvist", "S", "ordförande"),
    ("Bengt Nordin", "M", "1:e vice ordförande"),
    ("Linda Holm", "C", "2:e vice ordförande"),
    ("Fredrik Dahl", "S", ""),
    ("Nadia Berglund", "S", ""),
    ("Hugo Dahlberg", "S", ""),
    ("Hanna Norén", "V", ""),
    ("David Lundgren", "M", ""),
    ("Filip Hedman", "M", ""),
    ("Birgitta Larsson", "SD", ""),
    ("Lena Bäck", "KD", ""),
]
# tjänstgörande ersättare: (namn, parti, för vem)
C_SERVING = [("Dennis Lind", "S", "Lars Forsberg (S)"), ("Frida Nyström", "SD", "Niklas Fält (SD)")]
C_NONSERVING = [("Heidi Falk", "V"), ("Nils Bergqvist", "C"), ("Diana Holmberg", "M")]
C_OTHERS = [("Leif Dalén", "kommundirektör"), ("Hillevi Brandt", "ekonomichef"),
            ("Fanny Lindahl", "kommunsekreterare")]
C_JUSTERARE = ["Bengt Nordin", "Hanna Norén"]
C_JUST_DATE = _dt.date(2027, 10, 15)
# §§: dict(nr, title, dnr, text=[paragraphs], yrk=[paragraphs] or None, vote=(ja, nej, avstår) or None,
#          lead, att=[clauses], res=reservation or None, exp=[recipients])
C_PARAS = [
    dict(nr=112, title="Delårsrapport januari–augusti 2027", dnr="KS 2027/311",
         text=["Ekonomiavdelningen har sammanställt delårsrapporten för perioden januari–augusti 2027. Resultatet "
               "för perioden är 38,6 mnkr. Prognosen för helåret är ett resultat på 14,2 mnkr, vilket är 7,8 mnkr "
               "lägre än det budgeterade resultatet på 22,0 mnkr.",
               "Socialnämnden prognostiserar ett underskott på 9,4 mnkr, främst för placeringar av barn och unga. "
               "Övriga nämnder redovisar ett resultat i nivå med budget."],
         yrk=None, vote=None, nej=[], lead="Kommunstyrelsen föreslår kommunfullmäktige besluta",
         att=["godkänna delårsrapporten för januari–augusti 2027."],
         res=None, exp=["Kommunfullmäktige"]),
    dict(nr=113, title="Tilläggsanslag till socialnämnden för placeringar av barn och unga", dnr="KS 2027/298",
         text=["Socialnämnden begär ett tilläggsanslag på 6,5 mnkr för 2027. Antalet placerade barn och unga har "
               "ökat från 14 till 22 sedan årsskiftet, och kostnaden för en placering i hem för vård eller boende "
               "är i genomsnitt 4 200 kr per dygn.",
               "Kommunstyrelsens arbetsutskott föreslår att socialnämnden får 4,8 mnkr och att resterande underskott "
               "ska hanteras inom nämndens ram genom fler placeringar i egna familjehem."],
         yrk=["Helena Lindqvist (S) yrkar bifall till arbetsutskottets förslag.",
              "Bengt Nordin (M) yrkar att socialnämnden ska få hela det begärda beloppet på 6,5 mnkr."],
         vote=(7, 6, 0), nej=["Bengt Nordin", "David Lundgren", "Filip Hedman", "Birgitta Larsson",
                                  "Lena Bäck", "Frida Nyström"], lead="Kommunstyrelsen föreslår kommunfullmäktige besluta",
         att=["bevilja socialnämnden ett tilläggsanslag på 4,8 mnkr för 2027,",
              "finansiera tilläggsanslaget ur kommunstyrelsens medel för oförutsedda utgifter, samt",
              "uppdra åt socialnämnden att redovisa en plan för fler egna familjehem senast den 31 januari 2028."],
         res="Ledamöterna från Moderaterna, Sverigedemokraterna och Kristdemokraterna reserverar sig mot beslutet "
             "till förmån för Bengt Nordins yrkande.",
         exp=["Kommunfullmäktige", "Socialnämnden"]),
    dict(nr=114, title="Investering i ny förskola i Hedåsen", dnr="KS 2027/187",
         text=["Barn- och utbildningsnämnden har begärt att en ny förskola med åtta avdelningar byggs i Hedåsen, där "
               "antalet barn i förskoleåldern väntas öka med 90 till år 2030. Den beräknade investeringen är "
               "48,5 mnkr och förskolan kan öppna i augusti 2029.",
               "Förskolan ersätter de två paviljongerna vid Hedåsens skola, som har tillfälligt bygglov till och "
               "med juni 2029."],
         yrk=["Helena Lindqvist (S) yrkar bifall till arbetsutskottets förslag.",
              "David Lundgren (M) yrkar att ärendet återremitteras för att pröva om förskolan kan drivas i "
              "förhyrda lokaler."],
         vote=(9, 4, 0), nej=["Bengt Nordin", "David Lundgren", "Filip Hedman", "Lena Bäck"],
         lead="Kommunstyrelsen föreslår kommunfullmäktige besluta",
         att=["ge tekniska nämnden i uppdrag att uppföra en ny förskola i Hedåsen inom en investeringsram på "
              "48,5 mnkr, samt",
              "kapitalkostnaderna ska inarbetas i barn- och utbildningsnämndens ram från 2029."],
         res="David Lundgren (M), Bengt Nordin (M), Filip Hedman (M) och Lena Bäck (KD) reserverar sig mot "
             "beslutet.",
         exp=["Kommunfullmäktige", "Tekniska nämnden", "Barn- och utbildningsnämnden"]),
    dict(nr=115, title="Svar på motion om avgiftsfria bussresor för pensionärer", dnr="KS 2026/402",
         text=["Hanna Norén (V) föreslår i en motion att alla invånare som har fyllt 70 år ska få åka avgiftsfritt "
               "med kollektivtrafiken i Nyhamra under lågtrafik.",
               "Förvaltningen bedömer att förslaget inte kan genomföras i kommunens egen regi eftersom "
               "kollektivtrafiken drivs av den regionala kollektivtrafikmyndigheten, som beslutar om "
               "biljettpriserna. Regionen har dessutom aviserat ett nytt seniorkort från 2029."],
         yrk=["Linda Holm (C) yrkar bifall till arbetsutskottets förslag.",
              "Hanna Norén (V) yrkar bifall till motionen."],
         vote=(12, 1, 0), nej=["Hanna Norén"], lead="Kommunstyrelsen föreslår kommunfullmäktige besluta",
         att=["avslå motionen."],
         res=None, exp=["Kommunfullmäktige"]),
    dict(nr=116, title="Försäljning av fastigheten Nyhamra Hyttan 3:4", dnr="KS 2027/240",
         text=["Lindhammar Bygg AB har erbjudit sig att köpa fastigheten Nyhamra Hyttan 3:4, en obebyggd tomt på "
               "4 860 kvadratmeter i Hyttans industriområde. Köpeskillingen är 3 450 000 kronor. En oberoende "
               "värdering från juni 2027 anger marknadsvärdet till 3 200 000 kronor.",
               "Köparen ska påbörja byggnationen inom två år från tillträdet. Annars har kommunen rätt att köpa "
               "tillbaka fastigheten."],
         yrk=None, vote=None, nej=[], lead="Kommunstyrelsen beslutar",
         att=["godkänna köpeavtalet med Lindhammar Bygg AB om försäljning av Nyhamra Hyttan 3:4 för "
              "3 450 000 kronor, samt",
              "uppdra åt kommundirektören att underteckna köpeavtalet och köpebrevet."],
         res=None, exp=["Mark- och exploateringsenheten", "Lindhammar Bygg AB"]),
    dict(nr=117, title="Yttrande över Trafikverkets förslag till ny hastighet på väg 743", dnr="KS 2027/305",
         text=["Trafikverket föreslår att hastigheten på väg 743 mellan Nyhamra och Dovreby sänks från 80 till "
               "60 km/tim på en sträcka av 4,2 kilometer. Samhällsbyggnadsförvaltningen har tagit fram ett förslag "
               "till yttrande som tillstyrker förslaget och begär en separat gång- och cykelväg."],
         yrk=None, vote=None, nej=[], lead="Kommunstyrelsen beslutar",
         att=["anta förvaltningens förslag till yttrande som sitt eget och skicka det till Trafikverket."],
         res=None, exp=["Trafikverket", "Samhällsbyggnadsförvaltningen"]),
    dict(nr=118, title="Medborgarförslag om en hundrastgård i Fiskarparken", dnr="KS 2027/122",
         text=["Ett medborgarförslag föreslår att kommunen anlägger en inhägnad hundrastgård i Fiskarparken. "
               "Tekniska förvaltningen bedömer att en hundrastgård kan anläggas i parkens norra del och ryms inom "
               "parkförvaltningens budget."],
         yrk=None, vote=None, nej=[], lead="Kommunstyrelsen beslutar",
         att=["bifalla medborgarförslaget, samt",
              "uppdra åt tekniska nämnden att anlägga hundrastgården under 2028."],
         res=None, exp=["Tekniska nämnden", "Förslagsställaren"]),
    dict(nr=119, title="Anmälan av delegationsbeslut", dnr="KS 2027/012",
         text=["Förteckningen över delegationsbeslut som har fattats under perioden 1 augusti–30 september 2027 "
               "redovisas för kommunstyrelsen."],
         yrk=None, vote=None, nej=[], lead="Kommunstyrelsen beslutar",
         att=["lägga redovisningen av delegationsbeslut till handlingarna."],
         res=None, exp=[]),
]
C_PARTY_NAMES = {"S": "Socialdemokraterna", "M": "Moderaterna", "C": "Centerpartiet", "V": "Vänsterpartiet",
                 "SD": "Sverigedemokraterna", "KD": "Kristdemokraterna"}


def c_voters():
    """the 13 who take part in the decisions: members plus serving substitutes, as (name, party)"""
    return [(n, p) for n, p, _ in C_MEMBERS] + [(n, p) for n, p, _ in C_SERVING]


def c_vote_split(p):
    """(ja-voters, nej-voters) as (name, party), in the order of the attendance list"""
    voters = c_voters()
    nej = [v for v in voters if v[0] in p["nej"]]
    return [v for v in voters if v not in nej], nej


def c_member_line(m):
    n, p, role = m
    return f"{n} ({p})" + (f", {role}" if role else "")


def c_para(nr):
    return [p for p in C_PARAS if p["nr"] == nr][0]


# =====================================================================================================
# (d) Fjällsunda kommun – klimatstrategi 2030, uppföljning 2026
# =====================================================================================================
# focus areas: (nr, name, [(indikator, enhet, basår, basvärde, utfall 2025, utfall 2026, mål 2030, riktning, status)])
# riktning "+" = a higher value is better
D_AREAS = [
    ("1", "Transporter och resor", [
        ("Utsläpp av växthusgaser från vägtrafik", "kton CO2e", 2015, 48.6, 36.9, 35.2, 24.3, "-", "Osäkert"),
        ("Andel förnybara drivmedel i kommunens fordon", "%", 2019, 22, 71, 84, 100, "+", "Uppnås"),
        ("Andel arbetsresor med kollektivtrafik, cykel eller gång", "%", 2019, 31, 34, 33, 45, "+", "Uppnås ej"),
        ("Publika laddpunkter för elbil", "antal", 2019, 12, 96, 148, 120, "+", "Uppnås")]),
    ("2", "Energi", [
        ("Energianvändning i kommunens lokaler", "kWh/m²", 2019, 168, 142, 138, 130, "-", "Uppnås"),
        ("Installerad solel på kommunens byggnader", "kW", 2019, 85, 1240, 1610, 1500, "+", "Uppnås"),
        ("Andel förnybar och återvunnen energi i fjärrvärmen", "%", 2019, 91, 97, 99, 100, "+", "Uppnås")]),
    ("3", "Konsumtion och avfall", [
        ("Hushållsavfall per invånare", "kg", 2019, 452, 431, 438, 380, "-", "Uppnås ej"),
        ("Andel ekologiska livsmedel i kommunens kök", "%", 2019, 28, 36, 34, 50, "+", "Uppnås ej"),
        ("Matsvinn i skolor och förskolor", "g/portion", 2019, 48, 31, 29, 30, "-", "Uppnås"),
        ("Klimatpåverkan från kommunens livsmedelsinköp", "kg CO2e/kg", 2019, 1.62, 1.41, 1.38, 1.20, "-",
         "Osäkert")]),
    ("4", "Kommunen som organisation", [
        ("Utsläpp från tjänsteresor med flyg", "ton CO2e", 2019, 64, 22, 27, 20, "-", "Osäkert"),
        ("Andel medarbetare som har gått klimatutbildning", "%", 2022, 8, 46, 63, 90, "+", "Osäkert"),
        ("Utsläpp från kommunens egen verksamhet", "ton CO2e", 2019, 3480, 2310, 2150, 1740, "-", "Osäkert")]),
]
D_STATUS_MARK = {"Uppnås": "\u2714", "Osäkert": "?", "Uppnås ej": "\u2716"}
D_PRIO = [
    "Bygga ut laddinfrastrukturen vid kommunens arbetsplatser och infartsparkeringar.",
    "Ställa klimatkrav i alla upphandlingar av livsmedel, transporter och byggentreprenader.",
    "Öka andelen återbrukat material i kommunens egna byggprojekt.",
    "Införa insamling av matavfall i alla flerbostadshus under 2027.",
    "Erbjuda energirådgivning till småföretag och lantbruk i hela kommunen.",
    "Ta fram en plan för att minska utsläppen från arbetsmaskiner vid kommunens byggen.",
]


def d_rows():
    """[(area nr, area name, indicator tuple)]"""
    return [(nr, name, ind) for nr, name, inds in D_AREAS for ind in inds]


def d_fmt(v):
    if isinstance(v, float):
        return f"{v:.2f}".replace(".", ",") if v < 10 else f"{v:.1f}".replace(".", ",")
    return grp(v)


def d_reached(ind):
    """the 2026 outcome already meets the 2030 target (direction-aware)"""
    v, t = ind[5], ind[6]
    return v >= t if ind[7] == "+" else v <= t


def d_worse(ind):
    """the 2026 outcome is worse than the 2025 outcome (direction-aware)"""
    a, b = ind[4], ind[5]
    return b < a if ind[7] == "+" else b > a


def d_counts():
    out = {s: 0 for s in D_STATUS_MARK}
    for _, _, ind in d_rows():
        out[ind[8]] += 1
    return out


# =====================================================================================================
# (e) Bredåkers kommun – årsredovisning 2026 (utdrag): balansräkning, nyckeltal och finansiell ställning
# =====================================================================================================
# balance sheet of the municipality, mnkr: (section, [(group or None, [(post, not, 2026, 2025)])])
E_ASSETS = [
    ("Anläggningstillgångar", [
        ("Immateriella anläggningstillgångar", "12", 4.2, 5.1),
        ("Mark, byggnader och tekniska anläggningar", "13", 1486.3, 1402.8),
        ("Maskiner och inventarier", "14", 96.4, 101.7),
        ("Pågående nyanläggningar", "15", 142.9, 88.5),
        ("Finansiella anläggningstillgångar", "16", 58.7, 57.9)]),
    ("Bidrag till statlig infrastruktur", [
        ("Bidrag till statlig infrastruktur", "17", 12.6, 13.5)]),
    ("Omsättningstillgångar", [
        ("Förråd och exploateringsfastigheter", "18", 18.4, 22.9),
        ("Fordringar", "19", 164.2, 171.8),
        ("Kortfristiga placeringar", "20", 45.0, 60.0),
        ("Kassa och bank", "21", 61.3, 94.6)]),
]
E_RESULT = (31.8, 47.2)          # årets resultat 2026, 2025
E_RUR = (40.0, 40.0)             # resultatutjämningsreserv
E_OTHER_EQ_2025 = 612.4          # övrigt eget kapital 2025 (2026 = 2025 + årets resultat 2025)
E_PROV = [("Avsättningar för pensioner och liknande förpliktelser", "23", 52.6, 49.3),
          ("Andra avsättningar", "24", 14.8, 17.1)]
E_LONG_DEBT = (960.0, 910.0)     # långfristiga skulder
E_PENSION_OUTSIDE = (512.4, 534.9)   # ansvarsförbindelse: pensionsförpliktelser intjänade före 1998
# key ratios 2024, 2025, 2026 (p. 3)
E_YEARS = (2024, 2025, 2026)
E_INV = (18912, 18847, 18803)            # invånare 31 december
E_TAX = (22.14, 22.14, 22.39)            # kommunal skattesats, kr
E_SKATT = (1041.7, 1093.5, 1136.0)       # skatteintäkter och generella statsbidrag, mnkr
E_RES3 = (18.6, 47.2, 31.8)              # årets resultat, mnkr
E_NETINV = (118.4, 131.0, 214.7)         # nettoinvesteringar, mnkr
E_SOL_2024 = (33.8, 5.9)                 # soliditet and soliditet inkl. pensionsförpliktelser 2024, %
E_LONG_PER_INV_2024 = 44930              # långfristiga skulder per invånare 2024, kr
E_LIKV_EARLY = (-6.1, 12.4)              # förändring av likvida medel 2024, 2025, mnkr (2026 is derived)


def e_sum(rows, yi):
    return r1(sum(r[2 + yi] for r in rows))


def e_eq(yi):
    """(årets resultat, resultatutjämningsreserv, övrigt eget kapital, summa eget kapital)"""
    other = E_OTHER_EQ_2025 if yi == 1 else r1(E_OTHER_EQ_2025 + E_RESULT[1])
    return E_RESULT[yi], E_RUR[yi], other, r1(E_RESULT[yi] + E_RUR[yi] + other)


def e_total_assets(yi):
    return r1(sum(e_sum(rows, yi) for _, rows in E_ASSETS))


def e_short_debt(yi):
    return r1(e_total_assets(yi) - e_eq(yi)[3] - e_sum(E_PROV, yi) - E_LONG_DEBT[yi])


def e_debts(yi):
    return r1(E_LONG_DEBT[yi] + e_short_debt(yi))


def e_soliditet(yi):
    return r1(e_eq(yi)[3] / e_total_assets(yi) * 100)


def e_soliditet_inkl(yi):
    return r1((e_eq(yi)[3] - E_PENSION_OUTSIDE[yi]) / e_total_assets(yi) * 100)


def e_liab_rows():
    """(section, [(post, not, 2026, 2025)]) for the right-hand side, with derived values"""
    eq = [("Årets resultat", "", e_eq(0)[0], e_eq(1)[0]),
          ("Resultatutjämningsreserv", "", e_eq(0)[1], e_eq(1)[1]),
          ("Övrigt eget kapital", "", e_eq(0)[2], e_eq(1)[2])]
    debt = [("Långfristiga skulder", "25", E_LONG_DEBT[0], E_LONG_DEBT[1]),
            ("Kortfristiga skulder", "26", e_short_debt(0), e_short_debt(1))]
    return [("Eget kapital", eq), ("Avsättningar", E_PROV), ("Skulder", debt)]


def e_liquid(yi):
    """kortfristiga placeringar + kassa och bank"""
    rows = [r for _, rs in E_ASSETS for r in rs if r[0] in ("Kortfristiga placeringar", "Kassa och bank")]
    return r1(sum(r[2 + yi] for r in rows))


def e_liquid_change():
    """(2024, 2025, 2026) change of liquid funds, mnkr; 2026 from the balance sheet"""
    return (*E_LIKV_EARLY, r1(e_liquid(0) - e_liquid(1)))


def e_ratios():
    """key-ratio rows: (label, unit, v2024, v2025, v2026) with values already formatted"""
    sol = (E_SOL_2024[0], e_soliditet(1), e_soliditet(0))
    soli = (E_SOL_2024[1], e_soliditet_inkl(1), e_soliditet_inkl(0))
    lpi = (E_LONG_PER_INV_2024, round(E_LONG_DEBT[1] * 1e6 / E_INV[1]), round(E_LONG_DEBT[0] * 1e6 / E_INV[2]))
    resp = tuple(r1(E_RES3[i] / E_SKATT[i] * 100) for i in range(3))
    return [
        ("Invånare 31 december", "antal", *[grp(v) for v in E_INV]),
        ("Kommunal skattesats", "kr", *[f"{v:.2f}".replace(".", ",") for v in E_TAX]),
        ("Skatteintäkter och generella statsbidrag", "mnkr", *[dec(v) for v in E_SKATT]),
        ("Årets resultat", "mnkr", *[dec(v) for v in E_RES3]),
        ("Årets resultat i procent av skatteintäkter och statsbidrag", "%", *[dec(v) for v in resp]),
        ("Nettoinvesteringar", "mnkr", *[dec(v) for v in E_NETINV]),
        ("Förändring av likvida medel", "mnkr", *[dec(v) for v in e_liquid_change()]),
        ("Soliditet", "%", *[dec(v) for v in sol]),
        ("Soliditet inklusive samtliga pensionsförpliktelser", "%", *[dec(v) for v in soli]),
        ("Långfristiga skulder per invånare", "kr", *[grp(v) for v in lpi]),
    ]


# =====================================================================================================
# (f) Dalmyra kommun – kultur- och fritidsnämnden: föreningsbidrag 2027 (p. 2 SCANNED)
# =====================================================================================================
F_MEETING = _dt.date(2027, 3, 16)
F_PARAGRAPH = 24
F_RAM = 620000                   # the committee's frame for föreningsbidrag 2027 (p. 1)
F_DEADLINE = _dt.date(2027, 2, 15)
F_N_APPL, F_N_ASSOC = 24, 12     # applications received and associations that applied (p. 1)
F_AKT_KR = 45                    # aktivitetsstöd per deltagartillfälle
# granted grants (scanned p. 2): (förening, bidragstyp, belopp kr)
F_GRANTS = [
    ("Blåvingens Ungdomsteater", "Aktivitetsstöd", 11700),
    ("Blåvingens Ungdomsteater", "Arrangemangsbidrag", 15000),
    ("Bykrokens hembygdsförening", "Driftbidrag", 32000),
    ("Bykrokens hembygdsförening", "Arrangemangsbidrag", 12500),
    ("Dalmyra IF", "Aktivitetsstöd", 86400),
    ("Dalmyra IF", "Driftbidrag", 145000),
    ("Dalmyra IF", "Ledarutbildningsbidrag", 12000),
    ("Dalmyra Konstförening", "Lokalbidrag", 21700),
    ("Dalmyra Ryttarförening", "Aktivitetsstöd", 38250),
    ("Dalmyra Ryttarförening", "Lokalbidrag", 52000),
    ("Forsåns Kanotklubb", "Aktivitetsstöd", 14850),
    ("Forsåns Kanotklubb", "Driftbidrag", 24000),
    ("Friluftsfrämjandet Dalmyra", "Aktivitetsstöd", 9450),
    ("Hedvalla BK", "Aktivitetsstöd", 52650),
    ("Hedvalla BK", "Ledarutbildningsbidrag", 9000),
    ("Laxbäckens SK", "Aktivitetsstöd", 27900),
    ("Lillsjöns scoutkår", "Aktivitetsstöd", 21600),
    ("Lillsjöns scoutkår", "Lokalbidrag", 18400),
]
F_TYPES = ["Aktivitetsstöd", "Lokalbidrag", "Driftbidrag", "Arrangemangsbidrag", "Ledarutbildningsbidrag"]
# bidragsnormer (p. 3): (bidragstyp, vem kan få, beräkning, högsta belopp or "–")
F_NORMS = [
    ("Aktivitetsstöd", "Föreningar med verksamhet för barn och unga 7–20 år",
     f"{F_AKT_KR} kr per deltagartillfälle med minst tre deltagare", "–"),
    ("Lokalbidrag", "Föreningar som hyr lokal för sin ordinarie verksamhet",
     "40 procent av den godkända hyreskostnaden", "60 000 kr per förening"),
    ("Driftbidrag", "Föreningar som äger och driver en anläggning som är öppen för allmänheten",
     "30 procent av de godkända driftkostnaderna", "150 000 kr per förening"),
    ("Arrangemangsbidrag", "Föreningar som ordnar öppna arrangemang i kommunen",
     "Underskottet enligt redovisad budget", "20 000 kr per arrangemang"),
    ("Ledarutbildningsbidrag", "Föreningar som skickar ledare på utbildning",
     "75 procent av kursavgiften", "3 000 kr per ledare"),
]
F_NOTE_KONST = ("Lokalbidraget till Dalmyra Konstförening har minskats med 30 procent eftersom föreningen hyr ut "
                "sin lokal till andra under en stor del av året.")
F_NOTE_BYKROKEN = "Arrangemangsbidraget till Bykrokens hembygdsförening avser midsommarfirandet vid hembygdsgården."
F_SCAN_DATE = "2027-03-09"
F_STAMP = "DALMYRA KOMMUN\nKultur- och fritidsförvaltningen\nInkom 2027-03-10"
F_TICKS = [6, 10, 14]            # sheet rows (1 = first grant) with a handwritten check mark


def f_fmt(n):
    return f"{n:,}".replace(",", " ")


def f_total():
    return sum(g[2] for g in F_GRANTS)


def f_type_sum(t):
    return sum(g[2] for g in F_GRANTS if g[1] == t)


def f_assocs():
    out = []
    for g in F_GRANTS:
        if g[0] not in out:
            out.append(g[0])
    return out


def f_scan_blocks():
    rows = [["Förening", "Bidragstyp", "Belopp, kr"]]
    for a, t, b in F_GRANTS:
        rows.append([a, t, f_fmt(b)])
    rows.append(["Summa beviljade bidrag", "", f_fmt(f_total())])
    return [
        ("small", f"Utskrift från föreningsregistret {F_SCAN_DATE}\tSida 1 (1)"),
        ("rule", ""),
        ("stamp", F_STAMP),
        ("h", "Bilaga 1. Beviljade föreningsbidrag 2027"),
        ("p", f"Kultur- och fritidsnämnden, protokoll {F_MEETING.isoformat()} § {F_PARAGRAPH}. Beloppen anges i "
              "kronor och betalas ut i april 2027."),
        ("sheet", {"fr": [0.44, 0.33, 0.23], "align": ["L", "L", "R"], "rows": rows, "bold_last": True}),
        ("ticks", F_TICKS),
        ("note", F_NOTE_KONST),
        ("note", F_NOTE_BYKROKEN),
        ("sp", ""),
        ("small", "Kontrollerad mot beslutet"),
        ("sign", "Hampus Lindell, fritidskonsulent"),
    ]


def f_scan_text():
    """The text printed in the scanned image, one block per line (sheet rows cell by cell)."""
    out = []
    for style, t in f_scan_blocks():
        if style == "sheet":
            out.extend(" ".join(c for c in r if c) for r in t["rows"])
        elif style in ("rule", "ticks", "sp"):
            continue
        else:
            out.append(t.replace("\t", " ").replace("\n", " "))
    return "\n".join(out)
