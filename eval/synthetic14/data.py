"""Table rows and list items of the six synthetic14 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them. Derived values (sums per nämnd,
deviations, the result forecast, weighted sick-leave totals, counts in running text, key-ratio changes,
quartiles from ranks, vote totals) are computed here."""


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2) if x >= 0 else -round(-x + 1e-9, 2)


# ---------------------------------------------------------------- (a) Arnöhult, delårsrapport jan–aug 2026
# per nämnd: [(verksamhet, budget 2026, utfall jan–aug 2026, prognos helår 2026)], net costs in mnkr
A_NAMNDER = [
    ("Kommunstyrelsen", [
        ("Kommunledning och administration", 68.4, 44.1, 67.2),
        ("Räddningstjänst", 31.6, 21.9, 32.4),
        ("Näringsliv och turism", 9.8, 5.7, 9.1),
        ("IT och digitalisering", 24.2, 17.3, 25.9),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 198.5, 128.7, 196.1),
        ("Grundskola F–9", 412.3, 281.6, 421.2),
        ("Grundsärskola", 27.9, 19.8, 30.6),
        ("Fritidshem", 46.2, 29.4, 45.8),
        ("Gymnasieskola", 168.7, 116.2, 173.9),
        ("Vuxenutbildning och SFI", 23.1, 13.9, 21.6),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 356.8, 241.2, 362.1),
        ("Funktionsstöd (LSS)", 214.4, 147.9, 219.5),
        ("Individ- och familjeomsorg", 98.6, 74.3, 108.9),
        ("Försörjningsstöd", 41.2, 28.9, 43.8),
        ("Nämnd och administration", 18.7, 11.6, 18.2),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gata och park", 38.9, 27.4, 40.3),
        ("Plan och bygglov", 7.4, 3.1, 5.9),
        ("Fastighetsförvaltning", 12.6, 6.4, 11.0),
        ("Måltidsverksamhet", 29.3, 20.2, 30.1),
        ("Kollektivtrafik", 26.5, 18.6, 27.7),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Bibliotek", 14.2, 9.1, 13.9),
        ("Fritid och idrottsanläggningar", 32.8, 23.7, 34.1),
        ("Kulturskola", 11.5, 7.4, 11.2),
        ("Allmänkultur och föreningsbidrag", 8.3, 6.1, 8.3),
    ]),
]


def a_avv(row):
    """deviation = budget − prognos (negative = deficit)"""
    return r1(row[1] - row[3])


def a_sum(rows):
    return tuple(r1(sum(r[i] for r in rows)) for i in (1, 2, 3))


def a_nsum(name):
    return a_sum(dict(A_NAMNDER)[name])


def a_all():
    return a_sum([r for _, rows in A_NAMNDER for r in rows])


A_GEM = (58.0, 38.9, 59.6)       # gemensamma kostnader (pensioner m.m.): budget, utfall jan–aug, prognos
A_SKATT_AVV = 14.8               # skatteintäkter och generella statsbidrag: prognos − budget
A_FIN = (-6.0, -1.2, -2.4)       # finansnetto: budget, utfall jan–aug, prognos
A_RES_BUDGET = 28.0
A_2025 = (-1282.6, 1339.6, 2.9)  # jan–aug 2025: nettokostnad, skatter, finansnetto


def a_sammandrag():
    """rows (post, jan–aug 2025, jan–aug 2026, budget 2026, prognos 2026)"""
    nb, nu, np_ = a_all()
    netb, netu, netp = -r1(nb + A_GEM[0]), -r1(nu + A_GEM[1]), -r1(np_ + A_GEM[2])
    tb = r1(A_RES_BUDGET - netb - A_FIN[0])
    tp = r1(tb + A_SKATT_AVV)
    tu = r1(tp * 8 / 12 + 38.0)
    res = (r1(sum(A_2025)), r1(netu + tu + A_FIN[1]), r1(netb + tb + A_FIN[0]), r1(netp + tp + A_FIN[2]))
    return [("Verksamhetens nettokostnader", A_2025[0], netu, netb, netp),
            ("Skatteintäkter och generella statsbidrag", A_2025[1], tu, tb, tp),
            ("Finansnetto", A_2025[2], A_FIN[1], A_FIN[0], A_FIN[2]),
            ("Periodens/årets resultat", *res)]


def a_result():
    return a_sammandrag()[-1][1:]


def a_growth():
    s = a_sammandrag()
    net = (s[0][2] / s[0][1] - 1) * 100
    tax = (s[1][2] / s[1][1] - 1) * 100
    return net, tax


def a_nsum_avv():
    return r1(sum(a_avv(r) for _, rows in A_NAMNDER for r in rows))


# investments: (projekt, budget 2026, utfall jan–aug, prognos 2026), mnkr
A_INV = [
    ("Ny brandstation i Arnöhult centrum", 42.0, 19.6, 38.5),
    ("Förskolan Ekorren, nybyggnad", 36.5, 24.8, 37.9),
    ("Renovering av Lövåsskolan etapp 2", 28.4, 9.7, 21.0),
    ("Gång- och cykelväg Storgatan–stationen", 11.2, 2.3, 6.8),
    ("Vattenverk Ryssjön, ny reningsteknik", 24.6, 15.1, 24.9),
    ("Konstgräsplan Arnövallen", 8.0, 7.6, 8.4),
    ("Digitala lås i kommunens lokaler", 4.5, 1.2, 4.5),
    ("Gatubelysning, byte till LED", 6.3, 3.9, 5.8),
    ("Inventarier och IT-utrustning", 9.5, 4.4, 9.1),
]


def a_inv_avv(r):
    return r1(r[1] - r[3])


A_HANDELSER = [
    "Kommunfullmäktige beslutade i april om ett besparingsprogram för socialnämnden och barn- och "
    "utbildningsnämnden.",
    "Upphandlingen av den nya brandstationen blev klar i mars och byggstarten skedde i maj.",
    "Ett nytt avtal om skolskjuts gäller från höstterminen och ger högre kostnader än tidigare avtal.",
    "Kommunen tog emot 38 nya hushåll i bostäder för nyanlända, fler än planerat.",
]

# ---------------------------------------------------------------- (b) Region Ejdersund, personalbokslut 2025
# (förvaltning, tillsvidare kvinnor, tillsvidare män, visstid, anställda totalt 2024)
B_ANST = [
    ("Akutsjukvården", 1684, 512, 241, 2391),
    ("Medicinsk vård", 1422, 388, 198, 1987),
    ("Psykiatri och habilitering", 846, 331, 97, 1262),
    ("Primärvården", 1118, 214, 156, 1471),
    ("Folktandvården", 412, 61, 38, 509),
    ("Diagnostik och medicinsk service", 598, 176, 64, 841),
    ("Regionservice", 486, 542, 118, 1139),
    ("Regionledningsförvaltningen", 312, 158, 41, 498),
    ("Kultur och bildning", 131, 77, 189, 402),
    ("Kollektivtrafikförvaltningen", 58, 97, 22, 179),
]
# sick leave %: (kvinnor 2024, män 2024, kvinnor 2025, män 2025)
B_SJUK = {
    "Akutsjukvården": (7.9, 4.6, 8.4, 4.9),
    "Medicinsk vård": (8.6, 5.1, 8.2, 5.4),
    "Psykiatri och habilitering": (9.4, 6.2, 9.9, 5.8),
    "Primärvården": (7.1, 3.9, 6.8, 4.1),
    "Folktandvården": (6.7, 3.2, 7.4, 2.9),
    "Diagnostik och medicinsk service": (6.2, 3.8, 6.0, 3.5),
    "Regionservice": (8.8, 5.9, 9.1, 6.3),
    "Regionledningsförvaltningen": (4.3, 2.6, 4.1, 2.2),
    "Kultur och bildning": (5.2, 3.1, 5.6, 3.4),
    "Kollektivtrafikförvaltningen": (5.8, 6.4, 5.3, 7.0),
}


def b_anst_row(r):
    name, k, m, v, t24 = r
    return (name, k, m, k + m, v, k + m + v, t24)


def b_anst_total():
    rows = [b_anst_row(r) for r in B_ANST]
    return tuple(sum(r[i] for r in rows) for i in range(1, 7))


def b_sjuk_row(name):
    """(kv24, män24, tot24, kv25, män25, tot25, change in percentage points), totals weighted by the
    tillsvidare headcount of women and men."""
    k24, m24, k25, m25 = B_SJUK[name]
    _, nk, nm, _, _ = next(r for r in B_ANST if r[0] == name)
    t24 = r1((k24 * nk + m24 * nm) / (nk + nm))
    t25 = r1((k25 * nk + m25 * nm) / (nk + nm))
    return (k24, m24, t24, k25, m25, t25, r1(t25 - t24))


def b_sjuk_total():
    nk = sum(r[1] for r in B_ANST)
    nm = sum(r[2] for r in B_ANST)
    vals = []
    for i in range(4):
        w = [r[1] if i % 2 == 0 else r[2] for r in B_ANST]
        vals.append(r1(sum(B_SJUK[r[0]][i] * wi for r, wi in zip(B_ANST, w)) / sum(w)))
    k24, m24, k25, m25 = vals
    t24 = r1((k24 * nk + m24 * nm) / (nk + nm))
    t25 = r1((k25 * nk + m25 * nm) / (nk + nm))
    return (k24, m24, t24, k25, m25, t25, r1(t25 - t24))


# personnel turnover (externa avgångar, % of tillsvidare): yrkesgrupp, 2023, 2024, 2025
B_OMS = [
    ("Sjuksköterskor", 9.8, 10.6, 9.1),
    ("Specialistsjuksköterskor", 7.4, 8.1, 7.7),
    ("Undersköterskor och skötare", 11.2, 12.4, 11.9),
    ("Läkare", 6.1, 5.8, 6.4),
    ("Tandhygienister och tandsköterskor", 8.9, 9.6, 10.8),
    ("Psykologer och kuratorer", 12.7, 11.3, 13.5),
    ("Biomedicinska analytiker", 7.9, 6.6, 5.9),
    ("Administratörer och handläggare", 6.4, 7.2, 6.9),
    ("Service och teknik", 5.1, 5.6, 4.8),
]
B_OMS_TOTAL = (8.2, 8.9, 8.6)
B_AVGANGAR = (1027, 386)         # external departures 2025, of which retirements
B_HYR = (231.9, 142.6, 44.8)     # hyrpersonal 2024 total; 2025 läkare, sjuksköterskor
B_HELTID = [                     # (mått, 2023, 2024, 2025)
    ("Andel heltidsanställda, %", "84,6", "86,1", "87,9"),
    ("Genomsnittlig sysselsättningsgrad, %", "95,2", "95,8", "96,3"),
    ("Timavlönade, antal årsarbetare", "312", "298", "276"),
    ("Övertid och mertid, tusen timmar", "412", "436", "401"),
]
B_ATGARDER = [
    "Alla förvaltningar med sjukfrånvaro över 8 procent tar fram en handlingsplan före 30 april 2026.",
    "Tidig kontakt med företagshälsovården vid upprepad korttidsfrånvaro, senast vid sjätte tillfället "
    "på tolv månader.",
    "Schemaläggning med längre vila mellan passen inom akutsjukvården och psykiatrin.",
    "Fortsatt utfasning av inhyrda sjuksköterskor, med målet att bli oberoende av bemanningsföretag 2027.",
]

# ---------------------------------------------------------------- (c) Jungsnäs, internkontrollplan 2026
# (process, nr, risk, kontrollmoment, S, K, ansvarig, frekvens, rapporteras, ny 2026 / överförd / kvar)
C_PROCESSER = ["Ekonomi och upphandling", "Personal och lön", "IT och informationssäkerhet",
               "Styrning och ärendehantering"]
C_PLAN = [
    (0, 1, "Fakturor betalas till fel mottagare eller utan att tjänsten levererats",
     "Stickprov på 40 leverantörsfakturor: attest, beställare och ändrat bankkonto", 3, 4, "Ekonomichef",
     "Kvartalsvis", "Delårsrapport och årsbokslut", "överförd"),
    (0, 2, "Inköp görs utanför upphandlade avtal",
     "Avtalstrohet: jämförelse mellan leverantörsreskontra och avtalsdatabasen", 4, 3,
     "Upphandlingschef", "Halvårsvis", "Delårsrapport och årsbokslut", "överförd"),
    (0, 3, "Direktupphandlingar dokumenteras inte enligt riktlinjen",
     "Granskning av samtliga direktupphandlingar under perioden", 3, 3, "Upphandlingschef", "Halvårsvis",
     "Årsbokslut", "ny"),
    (0, 4, "Representation och gåvor strider mot policyn",
     "Stickprov på 20 representationsfakturor, syfte och deltagare", 2, 2, "Ekonomichef", "Årligen",
     "Årsbokslut", "kvar"),
    (0, 5, "Bidrag till föreningar betalas ut utan fullständigt underlag",
     "Kontroll av att verksamhetsberättelse och årsmöteshandlingar finns", 2, 3, "Kultur- och fritidschef",
     "Årligen", "Delårsrapport", "kvar"),
    (1, 6, "Felaktiga löneutbetalningar vid avslutade anställningar",
     "Avstämning av avslutade anställningar mot lönekörningen", 3, 3, "Lönechef", "Månadsvis",
     "Delårsrapport och årsbokslut", "kvar"),
    (1, 7, "Bisysslor som påverkar förtroendet för kommunen är inte kända",
     "Enkät till chefer om anmälda bisysslor och uppföljning i medarbetarsamtal", 3, 4, "HR-chef",
     "Årligen", "Årsbokslut", "ny"),
    (1, 8, "Anställning sker utan beslut av behörig chef",
     "Stickprov på 25 anställningsbeslut mot delegationsordningen", 2, 3, "HR-chef", "Halvårsvis",
     "Delårsrapport", "överförd"),
    (1, 9, "Arbetstidslagens regler om dygnsvila överskrids",
     "Uttag ur schemasystemet av pass med kortare vila än elva timmar", 4, 3, "HR-chef", "Månadsvis",
     "April och oktober", "ny"),
    (2, 10, "Behörigheter i verksamhetssystem tas inte bort när anställda slutar",
     "Jämförelse mellan personalsystemet och behörighetslistor i tre system", 4, 4, "IT-chef",
     "Kvartalsvis", "April och oktober", "överförd"),
    (2, 11, "Säkerhetskopior kan inte återläsas vid ett haveri",
     "Test av återläsning av ett utvalt system", 2, 4, "IT-chef", "Halvårsvis", "Årsbokslut", "ny"),
    (2, 12, "Personuppgifter skickas okrypterat med e-post",
     "Stickprov i e-postloggar och genomgång av incidentrapporter", 3, 3, "Dataskyddsombud", "Kvartalsvis",
     "Delårsrapport", "ny"),
    (2, 13, "Nätfiske leder till intrång i kommunens system",
     "Simulerade nätfiskeutskick och andel medarbetare som klickar", 4, 4, "IT-chef", "Kvartalsvis",
     "April och oktober", "överförd"),
    (3, 14, "Beslut fattade på delegation anmäls inte till kommunstyrelsen",
     "Jämförelse mellan diariet och anmälda delegationsbeslut", 3, 2, "Kanslichef", "Kvartalsvis",
     "Delårsrapport och årsbokslut", "kvar"),
    (3, 15, "Allmänna handlingar lämnas inte ut skyndsamt",
     "Mätning av handläggningstid för begäran om allmän handling", 2, 3, "Kanslichef", "Halvårsvis",
     "Årsbokslut", "ny"),
    (3, 16, "Uppdrag från fullmäktige genomförs inte i tid",
     "Genomgång av uppdragslistan och rapportering av försenade uppdrag", 3, 3, "Kommundirektör",
     "Halvårsvis", "April och oktober", "överförd"),
    (3, 17, "Synpunkter och klagomål från invånare besvaras inte",
     "Uppföljning av svarstid i synpunktshanteringen", 2, 2, "Kommunikationschef", "Kvartalsvis",
     "Årsbokslut", "kvar"),
    (3, 18, "Styrdokument är inaktuella och saknar fastställd revideringstid",
     "Genomgång av styrdokumentregistret", 2, 2, "Kanslichef", "Årligen", "Årsbokslut", "ny"),
]


# plan rows carried over from 2025 -> the 2025 follow-up row that showed shortcomings
C_LINK = {1: "Attest av leverantörsfakturor", 2: "Avtalstrohet vid inköp", 8: "Anställningsbeslut enligt delegation",
          10: "Borttagning av behörigheter", 13: "Nätfiskeövning", 16: "Uppdrag från fullmäktige"}


def c_rv(r):
    return r[4] * r[5]


def c_counts():
    return (len(C_PLAN), sum(1 for r in C_PLAN if r[9] == "ny"), sum(1 for r in C_PLAN if r[9] == "överförd"))


# follow-up 2025: (kontrollmoment, granskat antal, granskat enhet, avvikelser, resultat)
C_UPPF = [
    ("Attest av leverantörsfakturor", 40, "fakturor", 6, "Mindre brister"),
    ("Avtalstrohet vid inköp", 120, "leverantörer", 19, "Väsentliga brister"),
    ("Representation", 20, "fakturor", 1, "Utan anmärkning"),
    ("Löneutbetalningar efter avslutad anställning", 64, "avslut", 0, "Utan anmärkning"),
    ("Anställningsbeslut enligt delegation", 25, "beslut", 3, "Mindre brister"),
    ("Borttagning av behörigheter", 3, "system", 2, "Väsentliga brister"),
    ("Nätfiskeövning", 412, "medarbetare", 37, "Mindre brister"),
    ("Föreningsbidrag", 15, "ärenden", 0, "Utan anmärkning"),
    ("Anmälan av delegationsbeslut", 48, "beslut", 2, "Utan anmärkning"),
    ("Uppdrag från fullmäktige", 22, "uppdrag", 5, "Mindre brister"),
    ("Synpunktshantering", 60, "ärenden", 4, "Utan anmärkning"),
    ("Kontanthantering i receptioner", 4, "kassor", 0, "Utan anmärkning"),
]


def c_uppf_counts():
    res = [r[4] for r in C_UPPF]
    return (len(C_UPPF), res.count("Utan anmärkning"), res.count("Mindre brister"), res.count("Väsentliga brister"))


# ---------------------------------------------------------------- (d) Olsvalla, miljöbokslut 2025
D_OMRADEN = ["Klimat och energi", "Transporter", "Konsumtion och avfall", "Natur och vatten"]
D_BED = {"ok": "Når målet", "slow": "För långsam takt", "bad": "Fel riktning"}
# (område, nr, namn, enhet, [2021..2025], mål 2030, bedömning, kommentar)
D_IND = [
    (0, "1.1", "Utsläpp av växthusgaser inom kommunens gräns", "ton koldioxidekvivalenter per invånare",
     ["4,8", "4,6", "4,5", "4,3", "4,2"], "≤ 2,5", "slow",
     "Minskningen kommer främst från uppvärmning. Utsläppen från vägtrafiken ligger kvar på samma nivå."),
    (0, "1.2", "Energianvändning i kommunens lokaler", "kWh per kvadratmeter och år",
     ["168", "164", "159", "152", "147"], "≤ 130", "ok",
     "Nya styrsystem för ventilation i skolorna har gett effekt. Takten räcker för att nå målet."),
    (0, "1.3", "Egenproducerad solel i kommunkoncernen", "MWh per år",
     ["310", "420", "585", "760", "942"], "öka", "ok",
     "Solceller sattes upp på tre skolor och på reningsverket under 2025."),
    (1, "2.1", "Fossilfria fordon i kommunens fordonsflotta", "andel i procent",
     ["38", "44", "51", "57", "61"], "100 %", "slow",
     "Tunga fordon och arbetsmaskiner byts ut långsammare än personbilarna."),
    (1, "2.2", "Tjänsteresor med bil", "kilometer per årsarbetare",
     ["1 120", "980", "1 040", "1 090", "1 130"], "minska", "bad",
     "Resandet har ökat igen efter pandemiåren, främst inom hemtjänsten och den tekniska förvaltningen."),
    (1, "2.3", "Resor med kollektivtrafik", "påstigningar per invånare",
     ["41", "44", "47", "48", "49"], "≥ 60", "slow",
     "Ökningen har planat ut sedan en regional busslinje drogs in i augusti 2024."),
    (2, "3.1", "Ekologiska livsmedel i kommunens måltider", "andel av inköpsvärdet i procent",
     ["34", "37", "41", "39", "43"], "≥ 50 %", "slow",
     "Andelen sjönk 2024 när priserna steg men ökade åter efter nya avtal om mejeriprodukter."),
    (2, "3.2", "Hushållsavfall", "kilo per invånare",
     ["452", "441", "437", "429", "433"], "≤ 380", "bad",
     "Mängden ökade något, framför allt grovavfall som lämnats på återvinningscentralen."),
    (2, "3.3", "Matsvinn i skolrestaurangerna", "gram per portion",
     ["58", "55", "49", "46", "44"], "≤ 40", "ok",
     "Vägning av svinnet varje vecka och tallriksmodellen i alla skolor har gett resultat."),
    (3, "4.1", "Skyddad natur", "andel av landarealen i procent",
     ["3,9", "4,1", "4,1", "4,6", "5,2"], "≥ 7 %", "slow",
     "Naturreservatet Grimsmossen bildades i maj 2025 och omfattar 96 hektar."),
    (3, "4.2", "Sjöar med god ekologisk status", "antal av kommunens 23 bedömda sjöar",
     ["9", "9", "10", "10", "9"], "öka", "bad",
     "Tranvattnet fick sämre status på grund av höga halter av fosfor."),
    (3, "4.3", "Kommunal mark som sköts som slåtteräng", "hektar",
     ["12", "18", "25", "31", "40"], "≥ 60", "ok",
     "Skötseln har utökats i tätortsnära parker och längs vägkanter."),
]


def d_counts():
    b = [r[6] for r in D_IND]
    return len(D_IND), b.count("ok"), b.count("slow"), b.count("bad")


# vehicle fleet 31 Dec 2025: (fordonstyp, el, biogas, HVO, fossilt)
D_FORDON = [
    ("Personbilar", 71, 28, 0, 43),
    ("Lätta lastbilar", 18, 9, 6, 35),
    ("Tunga fordon", 0, 2, 9, 11),
    ("Arbetsmaskiner", 3, 0, 12, 14),
]


def d_fordon_row(r):
    tot = sum(r[1:])
    return (r[0], tot, *r[1:], round(100 * (tot - r[4]) / tot))


D_ATGARDER = [
    "Laddinfrastruktur vid fem av kommunens förvaltningsbyggnader",
    "Krav på fossilfria transporter i upphandlingen av skolskjuts",
    "Handlingsplan för Tranvattnet tillsammans med lantbrukarna i tillrinningsområdet",
    "Återbruksrum på återvinningscentralen i Olsvalla",
    "Bilpool med elbilar för hemtjänsten i centralorten",
]

# ---------------------------------------------------------------- (e) Pålsmark, femårsöversikt
E_YEARS = [2021, 2022, 2023, 2024, 2025]
E_INV = [18412, 18566, 18603, 18541, 18587]
E_SKATTESATS = [21.94, 21.94, 22.19, 22.19, 22.44]
E_SKATT = [1236.8, 1312.5, 1371.9, 1452.3, 1509.6]
E_RES = [48.6, 39.2, -12.4, 21.7, 30.5]
E_NKU = [3.1, 5.8, 7.4, 4.2, 3.6]
E_NETINV = [96.3, 142.8, 188.1, 121.4, 104.9]
E_SJF = [98, 61, 38, 74, 86]
E_SOL1 = [52.4, 50.1, 46.8, 46.2, 46.9]
E_SOL2 = [31.8, 31.2, 29.5, 30.4, 32.0]
E_LAN = [420.0, 480.0, 610.0, 660.0, 650.0]
E_LIKV = [88, 74, 61, 69, 72]
E_ANST = [1612, 1634, 1671, 1659, 1648]
E_SJUK = [7.2, 7.0, 6.8, 6.5, 6.7]


def _pct_change(a, b):
    return r1((b / a - 1) * 100)


def e_rows():
    """[(group or None, label, [five printed values], printed change, change value)] in table order."""
    from common14 import grp, dec
    resp = [r1(100 * r / s) for r, s in zip(E_RES, E_SKATT)]
    lpi = [round(1e6 * l / i) for l, i in zip(E_LAN, E_INV)]

    def pct(vals, d=1):
        c = _pct_change(vals[3], vals[4])
        return dec(c, 1, plus=True) + " %", c

    def pe(vals, d=1):
        c = r1(vals[4] - vals[3])
        return dec(c, d, plus=True) + " p.e.", c

    def absd(vals, d=1, unit=""):
        c = r1(vals[4] - vals[3])
        s = dec(c, d, plus=True) if d else (("+" if c > 0 else "") + grp(c))
        return s + unit, c

    rows = []
    g = "Befolkning och skatt"
    rows.append((g, "Antal invånare 31 december", [grp(x) for x in E_INV], *absd(E_INV, 0)))
    rows.append((g, "Kommunal skattesats, kr", [dec(x, 2) for x in E_SKATTESATS],
                 dec(r2(E_SKATTESATS[4] - E_SKATTESATS[3]), 2, plus=True) + " kr",
                 r2(E_SKATTESATS[4] - E_SKATTESATS[3])))
    rows.append((g, "Skatteintäkter och statsbidrag, mnkr", [dec(x) for x in E_SKATT], *pct(E_SKATT)))
    g = "Resultat och kapacitet"
    rows.append((g, "Årets resultat, mnkr", [dec(x) for x in E_RES], *absd(E_RES, 1, " mnkr")))
    rows.append((g, "Resultat i % av skatter och statsbidrag", [dec(x) for x in resp], *pe(resp)))
    rows.append((g, "Nettokostnadsutveckling, %", [dec(x) for x in E_NKU], *pe(E_NKU)))
    rows.append((g, "Nettoinvesteringar, mnkr", [dec(x) for x in E_NETINV], *pct(E_NETINV)))
    rows.append((g, "Självfinansieringsgrad av investeringar, %", [str(x) for x in E_SJF],
                 ("+" if E_SJF[4] > E_SJF[3] else "") + grp(E_SJF[4] - E_SJF[3]) + " p.e.", E_SJF[4] - E_SJF[3]))
    rows.append((g, "Soliditet exkl. pensionsförpliktelser, %", [dec(x) for x in E_SOL1], *pe(E_SOL1)))
    rows.append((g, "Soliditet inkl. alla pensionsförpliktelser, %", [dec(x) for x in E_SOL2],
                 *pe(E_SOL2)))
    g = "Risk och kontroll"
    rows.append((g, "Låneskuld, mnkr", [dec(x) for x in E_LAN], *pct(E_LAN)))
    rows.append((g, "Låneskuld per invånare, kr", [grp(x) for x in lpi], *pct(lpi)))
    rows.append((g, "Kassalikviditet, %", [str(x) for x in E_LIKV],
                 ("+" if E_LIKV[4] > E_LIKV[3] else "") + grp(E_LIKV[4] - E_LIKV[3]) + " p.e.",
                 E_LIKV[4] - E_LIKV[3]))
    g = "Personal"
    rows.append((g, "Tillsvidareanställda, antal", [grp(x) for x in E_ANST], *absd(E_ANST, 0)))
    rows.append((g, "Sjukfrånvaro, %", [dec(x) for x in E_SJUK], *pe(E_SJUK)))
    return rows


# comparison 2025: (mått, Pålsmark, liknande kommuner, riket, placering av 290, higher_is_better)
E_JMF = [
    ("Nettokostnad per invånare, kr", "71 840", "69 210", "70 460", 196, False),
    ("Kostnad per elev i grundskolan, kr", "128 600", "121 900", "124 300", 231, False),
    ("Elever i årskurs 9 behöriga till yrkesprogram, %", "88,1", "84,6", "85,4", 52, True),
    ("Gymnasieelever med examen inom fyra år, %", "71,3", "74,8", "73,6", 205, True),
    ("Väntetid till särskilt boende, dagar", "112", "78", "72", 262, False),
    ("Personalkontinuitet i hemtjänsten, antal personal på 14 dagar", "17", "15", "16", 224, False),
    ("Brukarbedömning särskilt boende, nöjdhet %", "86", "81", "82", 41, True),
    ("Andel insamlat hushållsavfall till materialåtervinning, %", "41,7", "38,2", "39,5", 88, True),
    ("Andel av befolkningen som förvärvsarbetar, %", "80,2", "79,1", "78,3", 64, True),
    ("Invånare som får svar på e-post inom en dag, %", "54", "71", "68", 247, True),
    ("Handläggningstid för bygglov, dagar", "26", "31", "35", 70, False),
]


def e_kvartil(rank):
    if rank <= 72:
        return "Bästa 25 %"
    if rank >= 219:
        return "Sämsta 25 %"
    return "Mellersta 50 %"


def e_num(s):
    return float(s.replace(" ", "").replace(",", "."))


# ---------------------------------------------------------------- (f) Uvberga, KF-protokoll 2026-02-23
F_PARTIER = {"S": 16, "M": 11, "SD": 9, "C": 4, "V": 4, "KD": 3, "L": 2, "MP": 2}
# (namn, parti, § 16, § 19); "(ers.)" marks a serving substitute
F_LED = [
    ("Annika Forsberg", "S", "Ja", "Nej"), ("Bengt Lindqvist", "S", "Ja", "Nej"),
    ("Camilla Nordin", "S", "Ja", "Nej"), ("Dragan Petrović", "S", "Ja", "Nej"),
    ("Eva Sjöholm", "S", "Ja", "Nej"), ("Fredrik Åkesson", "S", "Ja", "Nej"),
    ("Gunilla Berg", "S", "Ja", "Nej"), ("Hassan Ali", "S", "Ja", "Nej"),
    ("Ingrid Magnusson", "S", "Ja", "Nej"), ("Johan Eklöf", "S", "Ja", "Frånv."),
    ("Karin Holmgren", "S", "Ja", "Nej"), ("Lars Öberg", "S", "Ja", "Nej"),
    ("Maria Sundqvist (ers.)", "S", "Ja", "Nej"), ("Nils Hedlund", "S", "Ja", "Nej"),
    ("Olivia Strand", "S", "Ja", "Avstår"), ("Per-Erik Wallin", "S", "Ja", "Nej"),
    ("Rebecka Lund", "M", "Nej", "Ja"), ("Stefan Almgren", "M", "Nej", "Ja"),
    ("Therese Kvist", "M", "Avstår", "Ja"), ("Ulf Rosén", "M", "Nej", "Ja"),
    ("Viktoria Ekman", "M", "Nej", "Ja"), ("Anders Blom", "M", "Nej", "Ja"),
    ("Birgitta Söderström", "M", "Avstår", "Ja"), ("Christer Nyman", "M", "Nej", "Ja"),
    ("Dennis Falk", "M", "Nej", "Ja"), ("Elin Granqvist (ers.)", "M", "Nej", "Ja"),
    ("Göran Hellström", "M", "Nej", "Ja"),
    ("Helena Vik", "SD", "Nej", "Ja"), ("Jimmy Karlberg", "SD", "Nej", "Ja"),
    ("Kent Ståhl", "SD", "Nej", "Ja"), ("Linda Moberg", "SD", "Nej", "Ja"),
    ("Magnus Törnqvist", "SD", "Nej", "Ja"), ("Niklas Borg", "SD", "Nej", "Frånv."),
    ("Patrik Enström", "SD", "Nej", "Ja"), ("Ronny Sandberg", "SD", "Nej", "Ja"),
    ("Sandra Hök", "SD", "Nej", "Ja"),
    ("Tobias Lindgren", "C", "Ja", "Ja"), ("Ulrika Mattsson", "C", "Ja", "Avstår"),
    ("Vera Nilsson", "C", "Ja", "Nej"), ("Åsa Bergkvist", "C", "Ja", "Ja"),
    ("Amir Hosseini", "V", "Ja", "Nej"), ("Britt Lövgren", "V", "Ja", "Nej"),
    ("Cecilia Norén (ers.)", "V", "Ja", "Nej"), ("David Palm", "V", "Ja", "Nej"),
    ("Emma Rydberg", "KD", "Ja", "Ja"), ("Gustav Lilja", "KD", "Ja", "Avstår"),
    ("Hanna Engström", "KD", "Ja", "Ja"),
    ("Ida Westin", "L", "Ja", "Ja"), ("Jonas Carlsson", "L", "Ja", "Ja"),
    ("Kristina Bäck", "MP", "Ja", "Nej"), ("Leif Dahlberg", "MP", "Ja", "Nej"),
]


def f_tally(col):
    """col 2 = § 16, col 3 = § 19: (ja, nej, avstår, frånvarande)"""
    v = [r[col] for r in F_LED]
    return v.count("Ja"), v.count("Nej"), v.count("Avstår"), v.count("Frånv.")


F_ATT16 = [
    "godkänna investeringen i en ny förskola med åtta avdelningar i Jonsgärde med en total utgift om "
    "64,5 mnkr,",
    "ge samhällsbyggnadsnämnden i uppdrag att genomföra upphandling och byggnation,",
    "finansiera 2026 års del, 18,0 mnkr, genom omdisponering från projektet Tallbackens skola,",
    "uppdra åt barn- och utbildningsnämnden att avveckla de tillfälliga paviljongerna vid Uvbergaskolan när "
    "förskolan tagits i bruk.",
]
