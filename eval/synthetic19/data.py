"""Numbers and rows of the six synthetic19 documents. The build scripts draw from here, and check.py recomputes
every expected list and every sum from here. All names are invented and begin with A, E, O, R, U or Å.

(a) Ormsviks kommun – taxa för bygg- och miljönämndens verksamhet 2027
(b) Ekvreta kommun – delårsrapport (tertialrapport 2) januari–augusti 2027
(c) Uddmora kommun – personalbokslut 2026
(d) Åbrunna kommun – kallelse och föredragningslista, kommunfullmäktige 22 mars 2027
(e) Algesta kommun – risk- och sårbarhetsanalys 2027–2030
(f) Runnviks kommun – försäljning av fastigheten Runnvik Alhagen 1:23 (page 2 is a scanned protokollsutdrag)
"""
from decimal import Decimal, ROUND_HALF_UP


def r1(x):
    """Round half up to one decimal (for shares and sums of one-decimal figures)."""
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r0(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# ============================================================================ (a) Ormsvik, taxa 2027
# timavgift per area: (2027, 2026), kr per hour
A_TIM = {"pbl": (1340, 1290), "mb": (1180, 1120), "livs": (1420, 1380)}
A_FN = {
    1: "Timavgifterna har beslutats av kommunfullmäktige 2026-11-23 § 118 och räknas därefter upp den 1 januari "
       "varje år med prisindex för kommunal verksamhet (PKV).",
    2: "Avgiften avser en skylt. För varje ytterligare skylt i samma ansökan tas 1,5 timfaktor ut.",
    3: "Avser solcellsanläggning som kräver bygglov, till exempel inom område med särskilda bestämmelser i "
       "detaljplan.",
    4: "Vid ett negativt förhandsbesked tas halva avgiften ut.",
    5: "Avser bassängbad som är upplåtna åt allmänheten eller som används av skolor och föreningar.",
}
# section 2 (plan- och bygglagen): (group number, group title, [(number, text, unit, timfaktor, footnote)])
A_PBL = [
    ("2.1", "Bygglov för en- och tvåbostadshus", [
        ("2.1.1", "Nybyggnad, bruttoarea högst 149 m²", "st", 16, None),
        ("2.1.2", "Nybyggnad, bruttoarea 150–249 m²", "st", 19, None),
        ("2.1.3", "Nybyggnad, bruttoarea 250 m² eller mer", "st", 23, None),
        ("2.1.4", "Tillbyggnad, högst 49 m²", "st", 7, None),
        ("2.1.5", "Tillbyggnad, 50 m² eller mer", "st", 10.5, None),
    ]),
    ("2.2", "Komplementbyggnader, skyltar och anläggningar", [
        ("2.2.1", "Garage eller carport, högst 50 m²", "st", 5.5, None),
        ("2.2.2", "Förråd eller växthus", "st", 3.5, None),
        ("2.2.3", "Skylt eller ljusanordning", "st", 3, 2),
        ("2.2.4", "Mur eller plank", "st", 4, None),
        ("2.2.5", "Solcellsanläggning på byggnad", "st", 2.5, 3),
    ]),
    ("2.3", "Flerbostadshus och lokaler", [
        ("2.3.1", "Nybyggnad, bruttoarea högst 499 m²", "st", 38, None),
        ("2.3.2", "Nybyggnad, bruttoarea 500–1 999 m²", "st", 62, None),
        ("2.3.3", "Nybyggnad, bruttoarea 2 000 m² eller mer, grundavgift", "st", 80, None),
        ("2.3.4", "Tillägg för varje påbörjat 1 000 m² över 2 000 m²", "per 1 000 m²", 21, None),
        ("2.3.5", "Ändrad användning av byggnad eller lokal", "st", 14, None),
    ]),
    ("2.4", "Rivning, marklov och förhandsbesked", [
        ("2.4.1", "Rivningslov, byggnad högst 250 m²", "st", 4, None),
        ("2.4.2", "Rivningslov, byggnad över 250 m²", "st", 8, None),
        ("2.4.3", "Anmälan om rivning", "st", 2, None),
        ("2.4.4", "Marklov för schaktning eller fyllning", "st", 6, None),
        ("2.4.5", "Förhandsbesked utanför detaljplanelagt område", "st", 9, 4),
    ]),
    ("2.5", "Kart- och mättjänster", [
        ("2.5.1", "Nybyggnadskarta, en- och tvåbostadshus", "st", 8, None),
        ("2.5.2", "Utstakning, grovutstakning", "st", 5, None),
        ("2.5.3", "Lägeskontroll", "st", 3, None),
    ]),
    ("2.6", "Övriga åtgärder", [
        ("2.6.1", "Tekniskt samråd utöver det första", "per möte", 2, None),
        ("2.6.2", "Handläggning som debiteras per timme", "timme", 1, None),
    ]),
]
# section 3 (miljöbalken)
A_MB = [
    ("3.1", "Enskilda avlopp och värmepumpar", [
        ("3.1.1", "Tillstånd, avloppsanordning för 1–5 hushåll", "st", 8, None),
        ("3.1.2", "Tillstånd, avloppsanordning för 6–25 personekvivalenter", "st", 12, None),
        ("3.1.3", "Anmälan om ändring av avloppsanordning", "st", 4, None),
        ("3.1.4", "Anmälan om värmepump (berg-, jord- eller sjövärme)", "st", 2.5, None),
    ]),
    ("3.2", "Hälsoskydd", [
        ("3.2.1", "Tillstånd att hålla häst inom detaljplanelagt område", "st", 3, None),
        ("3.2.2", "Anmälan om bassängbad", "st", 6, 5),
        ("3.2.3", "Anmälan om lokal för hygienisk behandling med risk för blodsmitta", "st", 4, None),
        ("3.2.4", "Årlig tillsyn, skolor och förskolor", "per år", 2, None),
    ]),
    ("3.3", "Strandskydd", [
        ("3.3.1", "Dispens för komplementbyggnad", "st", 9, None),
        ("3.3.2", "Dispens för övriga åtgärder", "st", 12, None),
    ]),
    ("3.4", "Övrigt", [
        ("3.4.1", "Handläggning som debiteras per timme", "timme", 1, None),
    ]),
]
A_LIVS_REG = 2          # hours for registration of a food business (section 4, text)
A_NEDS = "en femtedel"  # reduction per started week when the time limit is exceeded


def a_fee(tf, area="pbl", year=2027):
    rate = A_TIM[area][0 if year == 2027 else 1]
    f = tf * rate
    return int(f // 10 * 10)   # rounded down to whole tens of kronor (1.3.2)


def a_items(area="pbl"):
    """All item rows of a section as (group number, group title, row)."""
    return [(g, t, r) for g, t, rs in (A_PBL if area == "pbl" else A_MB) for r in rs]


def a_tf(tf):
    return str(tf).replace(".", ",") if tf != int(tf) else str(int(tf))


# ============================================================================ (b) Ekvreta, delårsrapport jan–aug 2027
# rows: (name, budget helår, prognos helår, avvikelse T1, utfall jan–aug, comment) in mnkr (net cost)
B_KS = [
    ("Kommunledningsförvaltningen", 142.6, 139.8, 1.5, 88.9,
     "Vakanta tjänster inom ekonomi- och HR-avdelningarna under våren samt lägre kostnader för företagshälsovård "
     "än planerat."),
    ("Samhällsbyggnadsförvaltningen", 96.4, 99.1, -1.0, 67.3,
     "Vinterväghållningen kostade 2,1 mnkr mer än budgeterat efter den snörika vintern, och intäkterna från "
     "markupplåtelser har minskat."),
    ("Räddningstjänsten", 38.2, 38.9, 0.0, 26.1,
     "Fler insatser än normalt under den torra sommaren, bland annat vid skogsbranden i Ravelsmossen i juli."),
]
B_BUN = [
    ("Förskola och pedagogisk omsorg", 198.4, 203.1, -3.1, 129.8,
     "Fler barn i förskolan än planerat. Tre nya förskoleavdelningar har öppnats i Ulvsta."),
    ("Grundskola och fritidshem", 421.7, 424.6, -2.4, 276.3,
     "Högre kostnader för skolskjuts och fler elever i fristående skolor än budgeterat."),
    ("Gymnasieskola och vuxenutbildning", 192.4, 193.2, -0.5, 125.6,
     "Fler elever läser program i andra kommuner, vilket ökar kostnaderna för interkommunal ersättning."),
]
B_NAMND = [
    ("Socialnämnden", 326.8, 344.5, -12.4, 238.9,
     "Underskottet beror främst på fler placeringar av barn och unga i hem för vård eller boende och på högre "
     "kostnader för ekonomiskt bistånd. Antalet placerade barn har ökat från 14 till 21 sedan årsskiftet."),
    ("Vård- och omsorgsnämnden", 498.3, 504.1, -4.2, 335.2,
     "Ökade kostnader för bemanning i hemtjänsten och för personer som väntar på plats i särskilt boende."),
    ("Kultur- och fritidsnämnden", 71.9, 70.6, 0.8, 45.0,
     "Ulvstabadet har varit stängt för renovering i tre månader, vilket har gett lägre driftkostnader."),
    ("Bygg- och miljönämnden", 14.2, 14.9, -0.3, 9.8,
     "Färre bygglovsansökningar än väntat ger lägre avgiftsintäkter."),
    ("Revisionen", 2.4, 2.4, 0.0, 1.5, "Prognosen följer budget."),
]
B_RESULT_JANAUG = (58.4, 71.2)     # 2027, 2026
# resultatprognos: (label, budget, prognos T2, prognos T1); nämnder line computed
B_FIN = [
    ("Pensioner och gemensamma poster", -54.7, -51.2, -52.0),
    ("Skatteintäkter och generella statsbidrag", 2096.0, 2105.8, 2101.5),
    ("Finansnetto", -6.0, -5.2, -5.6),
]
B_RES_MAL = 1.5    # financial goal: result as % of tax income
B_MAL = (12, 5, 6, 1)   # goals: total, uppfyllda, delvis, ej


def b_dev(r):
    return r1(r[1] - r[2])


def b_rows():
    """All rows with their own figures and comment (not the sums)."""
    return B_KS + B_BUN + B_NAMND


def b_namnd_level():
    """(label, figures) at committee level: the two groups by their Summa rows, the other nämnder by their row."""
    out = [("Summa kommunstyrelsen",) + b_sum(B_KS), ("Summa barn- och utbildningsnämnden",) + b_sum(B_BUN)]
    out += [(r[0], r[1], r[2], b_dev(r), r[3], r[4]) for r in B_NAMND]
    return out


def b_sum(rows):
    return (r1(sum(r[1] for r in rows)), r1(sum(r[2] for r in rows)), r1(sum(b_dev(r) for r in rows)),
            r1(sum(r[3] for r in rows)), r1(sum(r[4] for r in rows)))


def b_result():
    """(budget, prognos T2, prognos T1) of årets resultat."""
    s = b_sum(b_rows())
    nb = (-s[0], -s[1], -r1(s[0] - s[3]))
    return tuple(r1(nb[i] + sum(f[1 + i] for f in B_FIN)) for i in range(3))


# ============================================================================ (c) Uddmora, personalbokslut 2026
# staff per förvaltning: (name, short chart label, women 2026, men 2026, total 2025, sick leave 2025, 2026)
C_STAFF = [
    ("Kommunledningsförvaltningen", "Kommunledning", 98, 46, 139, 4.4, 3.8),
    ("Samhällsbyggnadsförvaltningen", "Samhälls- byggnad", 71, 132, 207, 5.3, 5.0),
    ("Barn- och utbildningsförvaltningen", "Barn och utbildning", 712, 168, 861, 7.7, 7.3),
    ("Socialförvaltningen", "Socialtjänst", 184, 39, 215, 8.8, 7.9),
    ("Vård- och omsorgsförvaltningen", "Vård och omsorg", 631, 94, 741, 9.6, 9.1),
    ("Kultur- och fritidsförvaltningen", "Kultur och fritid", 41, 38, 82, 4.1, 4.6),
    ("Serviceförvaltningen", "Service", 52, 8, 56, 8.9, 8.3),
]
C_YEARS = (2024, 2025, 2026)
C_AGES = ("–29 år", "30–49 år", "50 år–")
# sick leave in % of scheduled time, per gender and age group, for 2024, 2025, 2026
C_SICK = {
    "Kvinnor": [(7.1, 6.8, 6.2), (8.4, 8.9, 8.1), (9.6, 9.2, 8.7)],
    "Män": [(4.2, 4.6, 3.9), (4.9, 5.3, 4.8), (6.3, 5.8, 6.1)],
}
# scheduled hours (thousands) per gender and age group, used as weights for the "Samtliga" figures
C_HOURS = {"Kvinnor": (310, 1240, 1060), "Män": (120, 360, 330)}
C_VISSTID = (264, 281)          # 2026, 2025
C_MEDELALDER = (45.8, 46.1)
C_OMS = (9.6, 11.2)             # personalomsättning %
C_HELTID = (86, 83)
C_LANG = (41.8, 45.3)           # share of sick leave that is long-term (60 days or more), 2026, 2025


def c_tot(r):
    return r[2] + r[3]


def c_change(r):
    return c_tot(r) - r[4]


def c_share_w(r):
    return r0(100 * r[2] / c_tot(r))


def c_totals():
    w = sum(r[2] for r in C_STAFF)
    m = sum(r[3] for r in C_STAFF)
    t25 = sum(r[4] for r in C_STAFF)
    return w, m, w + m, t25


def c_sick(gender=None, age=None, yi=2):
    """Weighted sick leave: gender None = both, age None = all ages; yi = year index."""
    gs = [gender] if gender else ["Kvinnor", "Män"]
    ags = [age] if age is not None else [0, 1, 2]
    num = sum(C_SICK[g][a][yi] * C_HOURS[g][a] for g in gs for a in ags)
    den = sum(C_HOURS[g][a] for g in gs for a in ags)
    return r1(num / den)


def c_chart_mean(yi):
    """Staff-weighted mean of the per-förvaltning sick leave (yi 0 = 2025, 1 = 2026)."""
    if yi == 1:
        return sum(r[6] * c_tot(r) for r in C_STAFF) / c_totals()[2]
    return sum(r[5] * r[4] for r in C_STAFF) / c_totals()[3]


# ============================================================================ (d) Åbrunna, föredragningslista KF
D_MEETING = "måndagen den 22 mars 2027"
D_JUST = "tisdagen den 30 mars 2027"
# persons who present matters
D_EKHOLM = "Rune Ekholm (S), kommunstyrelsens ordförande"
D_OLLEN = "Agneta Ollén (M), kommunstyrelsens vice ordförande"
D_RINGBORG = "Olle Ringborg (S), samhällsbyggnadsnämndens ordförande"
D_AHLSTROM = "Ulrika Ahlström (C), socialnämndens ordförande"
D_RAMSELL = "Eva Ramsell, revisorernas ordförande"
D_ORDF = "Åsa Ekman (S), fullmäktiges ordförande"
D_UREN = "Urban Ekdahl (S), barn- och utbildningsnämndens ordförande"
D_VALB = "Roger Algotsson (M), valberedningens ordförande"
# items: (nr, title, dnr or None, föredragande, kind, proposal)
D_ITEMS = [
    (1, "Val av justerare och tid för justering", None, D_ORDF, "formalia",
     f"Två ledamöter väljs att jämte ordföranden justera protokollet. Justeringen äger rum {D_JUST} "
     "kl. 15.00 i kommunhuset."),
    (2, "Godkännande av föredragningslistan", None, D_ORDF, "formalia",
     "Föredragningslistan godkänns."),
    (3, "Information från kommunens revisorer", "KF 2027/9", D_RAMSELL, "information",
     "Revisorerna informerar om sin granskning av kommunens upphandlingar. Informationen läggs till "
     "handlingarna."),
    (4, "Årsredovisning 2026 för Åbrunna kommun", "KS 2027/41", D_EKHOLM, "ekonomi",
     "Årsredovisningen för 2026 godkänns. Årets resultat blev 38,6 mnkr mot budgeterade 24,0 mnkr, och "
     "balanskravet är uppfyllt."),
    (5, "Revisionsberättelse och ansvarsfrihet för 2026", "KS 2027/58", D_RAMSELL, "ekonomi",
     "Kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ beviljas ansvarsfrihet för "
     "verksamhetsåret 2026 i enlighet med revisorernas tillstyrkan."),
    (6, "Ombudgetering av investeringsmedel från 2026 till 2027", "KS 2027/44", D_OLLEN, "ekonomi",
     "Investeringsmedel om 46,3 mnkr som inte förbrukades under 2026 förs över till 2027. Av beloppet avser "
     "31,0 mnkr Ekhöjdens skola."),
    (7, "Utökad borgensram för Åbrunnabostäder AB", "KS 2027/29", D_EKHOLM, "ekonomi",
     "Kommunens borgensåtagande för Åbrunnabostäder AB höjs från 365 mnkr till högst 420 mnkr. "
     "Borgensavgiften är 0,4 procent av utnyttjad borgen."),
    (8, "Ändrad VA-taxa från den 1 juli 2027", "KS 2026/298", D_RINGBORG, "taxa",
     "Brukningsavgiften i taxan för kommunens allmänna vatten- och avloppsanläggning höjs med 6 procent från "
     "den 1 juli 2027. Anläggningsavgiften lämnas oförändrad."),
    (9, "Antagande av detaljplan för Ugglestad etapp 2", "SBN 2025/77", D_RINGBORG, "plan",
     "Detaljplanen antas. Planen medger cirka 140 bostäder, en förskola med sex avdelningar och en gång- och "
     "cykelväg till Ugglestads centrum."),
    (10, "Förvärv av fastigheten Åbrunna Ekhöjden 3:7", "KS 2026/341", D_OLLEN, "fastighet",
     "Kommunen förvärvar fastigheten för 12,8 mnkr. Marken ska användas för den nya skolan i Ekhöjden."),
    (11, "Ändring av reglemente för socialnämnden", "KS 2027/12", D_AHLSTROM, "reglemente",
     "Reglementet ändras så att socialnämnden även ansvarar för tillsyn enligt alkohollagen och lagen om "
     "tobak och liknande produkter från den 1 maj 2027."),
    (12, "Svar på motion från Elsa Ohlin (C) om solceller på kommunens fastigheter", "KS 2026/187", D_OLLEN,
     "motion", "Motionen anses besvarad. Solceller monteras på fyra fastigheter under 2027–2028 inom befintlig "
               "investeringsbudget."),
    (13, "Svar på motion från Ove Rydén (V) om avgiftsfri kollektivtrafik för personer över 75 år",
     "KS 2026/201", D_EKHOLM, "motion",
     "Motionen avslås. Kostnaden beräknas till 2,4 mnkr per år och ryms inte inom kommunens ekonomiska ramar."),
    (14, "Svar på motion från Anna Ullman (M) om kameraövervakning vid Åbrunna resecentrum", "KS 2026/233",
     D_OLLEN, "motion",
     "Motionen bifalls. Kommunstyrelsen får i uppdrag att ansöka om tillstånd till kameraövervakning."),
    (15, "Svar på motion från Rasmus Åberg (SD) om bättre belysning längs gång- och cykelvägar", "KS 2026/246",
     D_RINGBORG, "motion",
     "Motionen avslås med hänvisning till att samhällsbyggnadsnämnden redan tar fram en belysningsplan för "
     "hela kommunen."),
    (16, "Svar på medborgarförslag om en hundrastgård i Ugglestad", "KS 2026/260", D_RINGBORG, "medborgarförslag",
     "Medborgarförslaget bifalls. En hundrastgård anläggs under hösten 2027."),
    (17, "Interpellation från Elsa Ohlin (C) om andelen behöriga lärare", "KS 2027/66", D_UREN, "interpellation",
     "Interpellationen får ställas. Svar lämnas vid sammanträdet."),
    (18, "Avsägelser och fyllnadsval", "KS 2027/3", D_VALB, "val",
     "Valberedningen lämnar sitt förslag vid sammanträdet."),
    (19, "Anmälningsärenden", None, D_ORDF, "anmälan",
     "Anmälningsärendena läggs till handlingarna."),
]
D_ANMALAN = [
    "Protokoll från styrelsemöte i Åbrunnabostäder AB den 14 februari 2027",
    "Revisionsrapport om kommunens upphandlingar, daterad mars 2027",
    "Kommunstyrelsens yttrande över den regionala transportplanen, 2027-03-01",
    "Rapport om ej verkställda beslut enligt SoL och LSS för fjärde kvartalet 2026",
    "Medborgarförslag om ett utegym vid Alvikens badplats, inkommet 8 februari 2027",
]


def d_year(item):
    return int(item[2].split("/")[0].split()[-1]) if item[2] else None


# ============================================================================ (e) Algesta, RSA 2027–2030
# (nr, risk, description, S, K, åtgärd, ansvarig, klart as printed, (year, month) of the deadline or None)
E_RISKS = [
    ("R1", "Långvarigt elavbrott", "Avbrott i elförsörjningen under mer än ett dygn i stora delar av kommunen",
     3, 5, "Reservkraft installeras vid Ekvattnets vattenverk och i Algestahallen, som är trygghetspunkt",
     "Samhällsbyggnads- förvaltningen", "2027-10-31", (2027, 10)),
    ("R2", "Förorenat dricksvatten", "Förorening av råvattentäkten Ekvattnet genom olycka eller sabotage",
     2, 5, "En reservvattentäkt utreds och nödvattenplanen övas", "Algesta Vatten AB", "dec 2028", (2028, 12)),
    ("R3", "Översvämning längs Årlingsån", "Höga flöden efter långvarigt regn eller snabb snösmältning",
     4, 4, "Skyddsvall byggs längs industriområdet Rasbacka", "Samhällsbyggnads- förvaltningen", "Q3 2029",
     (2029, 9)),
    ("R4", "Skogsbrand", "Omfattande brand i skogsmark nära bebyggelse under torrperioder",
     3, 4, "Insatsplanen för skogsbrand uppdateras och övas med frivilliga resursgrupper", "Räddningstjänsten",
     "2027-05-31", (2027, 5)),
    ("R5", "Cyberangrepp mot kommunens IT-system", "Utpressningsvirus eller intrång som slår ut verksamhetssystem",
     4, 5, "Säkerhetskopior skiljs från nätet och kontinuitetsplaner tas fram för kritiska system",
     "IT-avdelningen", "Q4 2027", (2027, 12)),
    ("R6", "Pandemi eller allvarlig epidemi", "Hög sjukfrånvaro och smittspridning i vård och omsorg",
     2, 4, "Lager av skyddsutrustning för fyra månaders förbrukning", "Vård- och omsorgsförvaltningen",
     "löpande", None),
    ("R7", "Brist på personal vid en samhällsstörning", "Personal kan inte ta sig till arbetet eller är sjuk",
     4, 3, "Krigsplacering och bemanningsplaner för samhällsviktig verksamhet", "HR-avdelningen", "dec 2027",
     (2027, 12)),
    ("R8", "Störning i drivmedelsförsörjningen", "Brist på drivmedel till fordon i hemtjänst och räddningstjänst",
     2, 3, "Avtal om prioriterad tankning vid två stationer", "Samhällsbyggnads- förvaltningen", "2028-06-30",
     (2028, 6)),
    ("R9", "Värmebölja", "Långvarig hetta som drabbar äldre och sjuka", 3, 3,
     "Handlingsplan för värmebölja i äldreomsorgen med svala rum på varje boende",
     "Vård- och omsorgsförvaltningen", "2027-06-15", (2027, 6)),
    ("R10", "Olycka med farligt gods på länsväg 640", "Utsläpp av kemikalier nära bostäder eller vattentäkt",
     2, 4, "Ny insatsplan för farligt gods och samövning med grannkommunerna", "Räddningstjänsten", "Q1 2028",
     (2028, 3)),
    ("R11", "Grovt våld i skolmiljö", "Pågående dödligt våld eller allvarligt hot i en skola", 1, 5,
     "Larm- och utrymningsrutiner ses över på alla skolor", "Barn- och utbildningsförvaltningen", "dec 2027",
     (2027, 12)),
    ("R12", "Dammbrott vid Årlingsdammen", "Brott i regleringsdammen med översvämning nedströms", 1, 5,
     "Dammägarens beredskapsplan stäms av med kommunens krisorganisation", "Säkerhetssamordnaren", "2029",
     (2029, 12)),
    ("R13", "Avbrott i telefoni och mobilnät", "Invånare kan inte larma och verksamheter når inte varandra",
     3, 3, "Rakelutrustning till trygghetspunkter och särskilt boende", "IT-avdelningen", "2028-03-31",
     (2028, 3)),
    ("R14", "Storm med omfattande trädfällning", "Vägar blockeras och el- och teleledningar skadas", 3, 2,
     "Röjningsavtal med entreprenörer förnyas", "Samhällsbyggnads- förvaltningen", "löpande", None),
    ("R15", "Brist på livsmedel i kommunens kök", "Leveransstörningar hos grossisten", 2, 2,
     "Lager av basvaror för en vecka i tillagningsköken", "Kostenheten", "2028-12-31", (2028, 12)),
    ("R16", "Brand i särskilt boende", "Brand på Almgårdens äldreboende med många boende som inte kan utrymma "
     "själva", 2, 4, "Automatiska släcksystem installeras på Almgården", "Vård- och omsorgsförvaltningen",
     "Q2 2027", (2027, 6)),
]
E_LEVELS = ((4, "låg"), (9, "medel"), (16, "hög"), (25, "mycket hög"))
E_S_WORDS = ["Mycket liten", "Liten", "Medelstor", "Stor", "Mycket stor"]
E_K_WORDS = ["Mycket begränsad", "Begränsad", "Allvarlig", "Mycket allvarlig", "Katastrofal"]


def e_rv(r):
    return r[3] * r[4]


def e_level(r):
    return [n for lim, n in E_LEVELS if e_rv(r) <= lim][0]


def e_counts():
    c = {n: 0 for _, n in E_LEVELS}
    for r in E_RISKS:
        c[e_level(r)] += 1
    return c


def e_placed():
    d = {}
    for r in E_RISKS:
        d.setdefault((r[3], r[4]), []).append(r[0])
    return d


# ============================================================================ (f) Runnvik, försäljning Alhagen 1:23
F_PRICE = 6850000
F_VALUE = 5900000          # external valuation (December 2026)
F_BOOK = 1240000           # book value
F_HANDPENNING = 685000
F_VITE = 500000
F_MIN_LGH = 24
F_AREA = (4860, 620)       # tomtareal m², byggnad m²
# bids: (bidder, amount kr, condition)
F_BIDS = [
    ("Ormberg Fastigheter AB", 6850000, "Bygglov för flerbostadshus"),
    ("Rydéns Bygg AB", 6200000, "Inga villkor"),
    ("Ekbacka Bostad AB", 5950000, "Ändrad detaljplan"),
    ("Privatperson", 4100000, "Beviljat lån"),
]
F_DATES = {"annons": ("2026-11-02", "2026-12-15"), "ks": "2027-03-02", "handpenning": "2027-03-31",
           "tilltrade": "2027-06-01", "bygg": "2028-12-31", "skrivelse": "2027-02-10", "intyg": "2027-03-04"}

# the text of the SCANNED page 2 (rendered as an image without a text layer); check.py verifies the facts of
# the questions about page 2 against this text
F_SCAN = [
    ("head", "RUNNVIKS KOMMUN", "PROTOKOLLSUTDRAG"),
    ("head2", "Kommunstyrelsen", "Sammanträdesdatum 2027-03-02"),
    ("rule",),
    ("par", "§ 38    Dnr KS 2026/388"),
    ("title", "Försäljning av fastigheten Runnvik Alhagen 1:23 (f.d. Alhagens förskola)"),
    ("sub", "Beslut"),
    ("par", "Kommunstyrelsen beslutar"),
    ("att", "att sälja fastigheten Runnvik Alhagen 1:23 till Ormberg Fastigheter AB för en köpeskilling om "
            "6 850 000 kronor,"),
    ("att", "att köparen ska betala en handpenning om 685 000 kronor senast den 31 mars 2027,"),
    ("att", "att tillträde ska ske den 1 juni 2027,"),
    ("att", "att köparen ska påbörja byggnation av minst 24 lägenheter senast den 31 december 2028 och annars "
            "betala ett vite om 500 000 kronor till kommunen, samt"),
    ("att", "att uppdra åt kommundirektören att underteckna köpekontrakt och övriga handlingar."),
    ("sub", "Ärendebeskrivning"),
    ("par", "Fastigheten har stått tom sedan förskoleverksamheten flyttade sommaren 2025. Fyra bud har kommit in. "
            "Ormberg Fastigheter AB har lämnat det högsta budet, 6 850 000 kronor, vilket är 950 000 kronor över "
            "det bedömda marknadsvärdet."),
    ("par", "Villkoret om vite ska säkerställa att fastigheten bebyggs med bostäder inom rimlig tid och inte "
            "blir stående oanvänd."),
    ("sub", "Reservation"),
    ("par", "Anna Rydell (V) reserverar sig mot beslutet till förmån för sitt eget yrkande om att fastigheten "
            "ska upplåtas med tomträtt i stället för att säljas."),
    ("gap",),
    ("sign", "Justerandes signatur", "Utdragsbestyrkande"),
    ("small", "Rätt utdraget intygar: Ella Ahlqvist, nämndsekreterare, Runnvik 2027-03-04"),
]


def f_scan_text():
    """The scanned page as one string (what an OCR engine should read)."""
    out = []
    for part in F_SCAN:
        out.extend(p for p in part[1:])
    return " ".join(out)
