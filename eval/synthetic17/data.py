"""Table rows and list items of the six synthetic17 documents. The build scripts draw from these and check.py
recomputes the expected items of every list question from them. Derived values are computed here: the vote
result per party and in total (a), the assessment counts and cost changes (b), deviations, sub-totals and the
period/annual result (c), weighted meritvärde and behörighet totals from the pupil counts and the suppression
rule (d), the risk value S × K and its level (e), and the indicator direction (better/worse than baseline) (f)."""


def r1(x):
    return round(x + 1e-9, 1) if x >= 0 else -round(-x + 1e-9, 1)


# ---------------------------------------------------------------- (a) Fridsmåla, KF-protokoll 2026-11-23
A_PARTIES = [("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("SD", "Sverigedemokraterna"),
             ("C", "Centerpartiet"), ("V", "Vänsterpartiet"), ("KD", "Kristdemokraterna"), ("L", "Liberalerna"),
             ("MP", "Miljöpartiet de gröna")]
# (name, party, function, vote) – vote J / N / A ; function "Ledamot" or "Ersättare" (tjänstgörande ersättare)
A_ROLL = [
    ("Eva Strömqvist", "S", "Ledamot", "J"), ("Johan Ekdahl", "S", "Ledamot", "J"),
    ("Maria Hedlund", "S", "Ledamot", "J"), ("Per-Olof Nyberg", "S", "Ledamot", "J"),
    ("Linnea Ahlgren", "S", "Ledamot", "J"), ("Kenneth Rask", "S", "Ledamot", "J"),
    ("Sofia Wiklander", "S", "Ersättare", "J"), ("Tomas Berglind", "S", "Ledamot", "J"),
    ("Anneli Forsell", "S", "Ledamot", "J"), ("Jonas Pettersson", "S", "Ledamot", "J"),
    ("Birgitta Lööf", "S", "Ledamot", "J"), ("Ali Hassan", "S", "Ledamot", "J"),
    ("Ingrid Dahlén", "S", "Ledamot", "J"),
    ("Carl-Johan Wester", "M", "Ledamot", "N"), ("Helena Brink", "M", "Ledamot", "N"),
    ("Magnus Tell", "M", "Ledamot", "N"), ("Karin Öberg", "M", "Ledamot", "N"),
    ("Fredrik Lind", "M", "Ersättare", "N"), ("Annika Sjöstedt", "M", "Ledamot", "N"),
    ("Oskar Malm", "M", "Ledamot", "N"), ("Lena Rydén", "M", "Ledamot", "N"),
    ("Gustav Hamrin", "M", "Ledamot", "N"),
    ("Roger Kvist", "SD", "Ledamot", "N"), ("Jessica Borg", "SD", "Ledamot", "N"),
    ("Stefan Nord", "SD", "Ledamot", "N"), ("Ulf Grahn", "SD", "Ledamot", "N"),
    ("Camilla Ek", "SD", "Ledamot", "N"), ("Mikael Stenlund", "SD", "Ledamot", "N"),
    ("Patrik Holm", "SD", "Ledamot", "N"),
    ("Anders Frid", "C", "Ledamot", "J"), ("Elin Gustafsson", "C", "Ledamot", "J"),
    ("Håkan Olsson", "C", "Ledamot", "A"), ("Therese Lundin", "C", "Ledamot", "J"),
    ("Maja Kronberg", "V", "Ledamot", "A"), ("Nils Åberg", "V", "Ersättare", "A"),
    ("Sara Blom", "V", "Ledamot", "A"),
    ("Bengt Ljunggren", "KD", "Ledamot", "N"), ("Ruth Samuelsson", "KD", "Ledamot", "N"),
    ("Johanna Ek", "L", "Ledamot", "J"), ("Viktor Almgren", "L", "Ledamot", "J"),
    ("Emma Sundin", "MP", "Ledamot", "J"),
]


def a_roll_rows():
    """(nr, name, party, function, vote) numbered in table order."""
    return [(i, n, p, f, v) for i, (n, p, f, v) in enumerate(A_ROLL, 1)]


def a_party_counts(party):
    vs = [r[3] for r in A_ROLL if r[1] == party]
    return len(vs), vs.count("J"), vs.count("N"), vs.count("A")


def a_result():
    vs = [r[3] for r in A_ROLL]
    return vs.count("J"), vs.count("N"), vs.count("A")


A_SKATT = "21,84"          # kommunstyrelsens förslag (oförändrad)
A_SKATT_M = "21,64"        # M/KD-förslaget
A_RES = [("2027", 31.6), ("2028", 24.9), ("2029", 28.3)]   # budgeterat resultat, mnkr
A_INV = [("2027", 286.4), ("2028", 312.0), ("2029", 241.7)]  # investeringar, mnkr
A_RES_M = 38.2             # resultat 2027 enligt M/KD-förslaget
# beslutslista: (§, ärende, beslut)
A_BESLUT = [
    (142, "Val av justerare och godkännande av dagordningen", "Godkänd"),
    (143, "Interpellation om Sjöängsbadets framtid", "Besvarad"),
    (144, "Mål och budget 2027 med plan 2028–2029", "Bifall efter omröstning"),
    (145, "Taxor för Fridsmåla Vatten AB 2027", "Bifall"),
    (146, "Motion om solceller på kommunens förskolor", "Avslag"),
    (147, "Detaljplan för Tvärbäcken etapp 2", "Återremiss"),
    (148, "Medborgarförslag om hundrastgård vid Hjortronhagen", "Besvarat"),
    (149, "Motion om fritidsbank i Fridsmåla", "Återremiss"),
    (150, "Val av ersättare i socialnämnden", "Vald"),
]
A_RESERV = ["Moderaterna", "Kristdemokraterna", "Sverigedemokraterna"]


# ---------------------------------------------------------------- (b) Region Hallvide, revisionsrapport
# cost of hired staff, mnkr: (yrkesgrupp, 2023, 2024, 2025)
B_KOST = [("Läkare", 201.4, 176.9, 152.3), ("Sjuksköterskor", 96.8, 92.1, 78.5),
          ("Barnmorskor", 7.9, 6.4, 4.2), ("Övriga yrkesgrupper", 12.1, 12.1, 11.9)]


def b_sum(i):
    return r1(sum(r[i] for r in B_KOST))


def b_change(r):
    return r1(r[3] - r[2])


B_BUDGET_2025 = 180.0
# control questions: (nr, group, question, assessment, comment)
B_KONTROLL = [
    ("1.1", "Styrning", "Finns det av regionstyrelsen beslutade mål för att minska beroendet av inhyrd personal?",
     "Uppfyllt", "Mål och nivåer finns i regionplanen 2025–2027."),
    ("1.2", "Styrning", "Har mål och handlingsplan brutits ned till förvaltningarna och klinikerna?",
     "Delvis uppfyllt", "Handlingsplaner saknas för två av fem förvaltningar."),
    ("1.3", "Styrning", "Finns det tydliga riktlinjer för när inhyrd personal får anlitas och av vem?",
     "Uppfyllt", "Riktlinje antagen 2024-03-12, reviderad 2025."),
    ("2.1", "Uppföljning", "Följs kostnaderna för inhyrd personal upp månadsvis per förvaltning?",
     "Uppfyllt", "Ingår i månadsrapporten sedan januari 2025."),
    ("2.2", "Uppföljning", "Rapporteras utfallet mot målen till regionstyrelsen minst två gånger per år?",
     "Delvis uppfyllt", "Rapporterades i delårsrapporten men inte i tertialrapport 1."),
    ("2.3", "Uppföljning", "Analyseras orsakerna till behovet av inhyrd personal i uppföljningen?",
     "Ej uppfyllt", "Uppföljningen redovisar kostnader men inga orsaker."),
    ("3.1", "Intern kontroll", "Sker avrop av inhyrd personal enligt gällande ramavtal?",
     "Delvis uppfyllt", "15,4 procent av avropen 2025 gjordes utanför avtal."),
    ("3.2", "Intern kontroll", "Kontrolleras fakturor mot avrop och faktiskt arbetad tid?",
     "Ej uppfyllt", "Ingen systematisk kontroll av arbetad tid."),
    ("3.3", "Intern kontroll", "Godkänns avrop utanför avtal av behörig beslutsfattare?",
     "Ej uppfyllt", "Beslut saknades i 11 av 20 stickprov."),
    ("3.4", "Intern kontroll", "Finns kontroll av legitimation och kompetens hos inhyrd personal?",
     "Uppfyllt", "Kontrolleras av bemanningsenheten vid varje avrop."),
]
B_GROUPS = ["Styrning", "Uppföljning", "Intern kontroll"]


def b_counts():
    a = [k[3] for k in B_KONTROLL]
    return a.count("Uppfyllt"), a.count("Delvis uppfyllt"), a.count("Ej uppfyllt")


B_AVROP, B_AVROP_UTANFOR = 1214, 187   # avrop 2025, varav utanför avtal
B_STICK, B_STICK_SAKNAS = 20, 11
# recommendations: (text, subs, addressee, priority)
B_REK = [
    ("Säkerställa att samtliga förvaltningar har handlingsplaner för att minska beroendet av inhyrd personal, "
     "med mål per klinik och tidsatta åtgärder.", [], "Regionstyrelsen", "Hög"),
    ("Utveckla uppföljningen till regionstyrelsen så att den även omfattar orsakerna till behovet av inhyrd "
     "personal och effekterna av vidtagna åtgärder, genom att",
     ["redovisa antalet inhyrda årsarbetare per förvaltning och yrkesgrupp i varje tertialrapport,",
      "analysera sambandet mellan vakanser, sjukfrånvaro och inhyrning per klinik."],
     "Regionstyrelsen", "Hög"),
    ("Införa en systematisk kontroll av att fakturerad tid stämmer med avropad och faktiskt arbetad tid.", [],
     "Hälso- och sjukvårdsnämnden", "Hög"),
    ("Se till att avrop utanför ramavtal endast görs i undantagsfall och att de beslutas och dokumenteras av "
     "behörig beslutsfattare, samt",
     ["att delegationsordningen kompletteras med vem som får besluta om avrop utanför avtal,",
      "att inköpsfunktionen varje kvartal sammanställer samtliga avrop utanför avtal."],
     "Hälso- och sjukvårdsnämnden", "Medel"),
    ("Pröva om den regiongemensamma bemanningsenheten kan utökas så att fler korttidsvakanser kan täckas med "
     "egen personal.", [], "Regionstyrelsen", "Medel"),
    ("Följa upp att riktlinjen för inhyrd personal är känd i verksamheterna.", [],
     "Hälso- och sjukvårdsnämnden", "Låg"),
]


# ---------------------------------------------------------------- (c) Sävlunda, delårsrapport jan–aug 2026
# (name, budget helår, prognos helår, utfall jan–aug 2026, utfall jan–aug 2025) – mnkr, costs negative
C_NAMND = [
    ("Kommunstyrelsen", -148.6, -146.1, -94.2, -90.8),
    ("Barn- och utbildningsnämnden", -612.4, -621.0, -398.7, -381.5),
    ("Socialnämnden", -238.9, -253.1, -166.4, -149.3),
    ("Vård- och omsorgsnämnden", -521.7, -527.9, -352.0, -336.8),
    ("Samhällsbyggnadsnämnden", -96.3, -94.8, -58.1, -60.4),
    ("Kultur- och fritidsnämnden", -64.2, -65.0, -43.9, -41.7),
    ("Miljö- och byggnämnden", -12.8, -12.1, -7.6, -8.0),
    ("Överförmyndarnämnden", -4.6, -5.3, -3.5, -3.1),
]
C_FINANS = [
    ("Skatteintäkter", 1376.5, 1384.4, 956.7, 906.5),
    ("Generella statsbidrag och utjämning", 392.7, 398.2, 266.1, 249.8),
    ("Pensioner och övriga gemensamma kostnader", -41.2, -44.6, -27.9, -25.6),
    ("Finansnetto", 3.5, 5.9, 4.3, 2.1),
]
C_APRIL = {"Socialnämnden": -9.8, "Barn- och utbildningsnämnden": -4.5, "Summa nämnder": -16.2,
           "Årets resultat": 24.1}


def c_avv(r):
    return r1(r[2] - r[1])


def c_sum(rows):
    return tuple(r1(sum(r[i] for r in rows)) for i in range(1, 5))


def c_result():
    a, b = c_sum(C_NAMND), c_sum(C_FINANS)
    return tuple(r1(x + y) for x, y in zip(a, b))


C_INV = (186.0, 121.5, 58.3)   # investeringar 2026: budget, prognos, utfall jan–aug (mnkr)


# ---------------------------------------------------------------- (d) Malmvreta, skolresultat åk 9 2025–2026
# school unit -> {year: (n_girls, n_boys, merit_girls, merit_boys, beh_girls, beh_boys)} ; None = no year 9
D_SCHOOLS = [
    ("Hagtornsskolan", "Kommunal", {2025: (41, 38, 238.6, 214.2, 90.2, 84.2), 2026: (36, 44, 244.1, 209.5, 91.7, 81.8)}),
    ("Mossängsskolan", "Kommunal", {2025: (52, 49, 229.4, 201.7, 86.5, 79.6), 2026: (47, 55, 233.0, 205.3, 87.2, 80.0)}),
    ("Fältrevsskolan, enhet Norra årskurs 7–9", "Kommunal",
     {2025: (28, 31, 221.3, 196.8, 82.1, 74.2), 2026: (30, 27, 216.7, 198.1, 80.0, 74.1)}),
    ("Fältrevsskolan, enhet Södra årskurs 7–9", "Kommunal",
     {2025: (24, 22, 247.9, 230.5, 95.8, 90.9), 2026: (26, 25, 251.2, 226.4, 96.2, 88.0)}),
    ("Smultronbackens skola", "Kommunal", {2025: (9, 14, 212.0, 188.3, 77.8, 71.4), 2026: (12, 8, 219.5, 194.0, 83.3, 75.0)}),
    ("Vitsippsskolan", "Kommunal", {2025: (33, 35, 231.7, 208.9, 87.9, 80.0), 2026: (38, 31, 228.2, 212.6, 86.8, 83.9)}),
    ("Tornsvalans skola", "Kommunal", {2025: None, 2026: (17, 21, 224.8, 199.9, 88.2, 76.2)}),
    ("Malmvreta Montessoriskola", "Fristående", {2025: (11, 7, 258.3, 240.0, 100.0, 100.0),
                                                 2026: (8, 12, 262.5, 236.8, 100.0, 91.7)}),
    ("Fyrbåksskolan Malmvreta", "Fristående", {2025: (29, 34, 242.5, 219.8, 93.1, 85.3),
                                                 2026: (31, 30, 239.6, 224.1, 90.3, 86.7)}),
]
D_MIN = 10   # groups with fewer than 10 pupils are suppressed ("..")


def d_cell(school, year, what, sex):
    """what: 'm' meritvärde / 'b' behörighet; sex: 'F' / 'P' / 'T'. Returns a float or None (no pupils) or
    the string '..' (suppressed)."""
    v = school[2][year]
    if v is None:
        return None
    nf, np_, mf, mp, bf, bp = v
    if sex == "F":
        return ".." if nf < D_MIN else (mf if what == "m" else bf)
    if sex == "P":
        return ".." if np_ < D_MIN else (mp if what == "m" else bp)
    if nf + np_ < D_MIN:
        return ".."
    return _w(v, what)


def _w(v, what):
    nf, np_, mf, mp, bf, bp = v
    a, b = (mf, mp) if what == "m" else (bf, bp)
    return r1((nf * a + np_ * b) / (nf + np_))


def d_fmt(x):
    if x is None:
        return "–"
    if x == "..":
        return ".."
    return f"{x:.1f}".replace(".", ",")


def d_total(year, what, sex, huvudman=None):
    rows = [s[2][year] for s in D_SCHOOLS if s[2][year] and (huvudman is None or s[1] == huvudman)]
    if sex == "F":
        n = sum(v[0] for v in rows)
        s = sum(v[0] * (v[2] if what == "m" else v[4]) for v in rows)
    elif sex == "P":
        n = sum(v[1] for v in rows)
        s = sum(v[1] * (v[3] if what == "m" else v[5]) for v in rows)
    else:
        n = sum(v[0] + v[1] for v in rows)
        s = sum(v[0] * (v[2] if what == "m" else v[4]) + v[1] * (v[3] if what == "m" else v[5]) for v in rows)
    return r1(s / n)


# the "Fortsatt arbete" list on p. 3
D_ATGARD = ["Alla kommunala skolenheter ska under läsåret 2026/27 analysera skillnaden mellan flickors och pojkars "
            "resultat och redovisa åtgärder i sina kvalitetsrapporter.",
            "Fältrevsskolan, enhet Norra får förstärkt stöd från den centrala elevhälsan med en specialpedagog på "
            "heltid från och med januari 2027.",
            "Förvaltningen följer upp elever med hög frånvaro i årskurs 7 och 8 varje månad."]


def d_pupils(year, huvudman=None):
    return sum(s[2][year][0] + s[2][year][1] for s in D_SCHOOLS
               if s[2][year] and (huvudman is None or s[1] == huvudman))


# ---------------------------------------------------------------- (e) Trästena, internkontrollplan 2027
E_FORV = ["Kommunledningsförvaltningen", "Barn- och utbildningsförvaltningen", "Socialförvaltningen",
          "Samhällsbyggnadsförvaltningen"]
# (nr, förvaltning, process, risk, kontrollmoment, frekvens, ansvarig, S, K)
E_RISK = [
    ("1", E_FORV[0], "Leverantörsfakturor", "Felaktiga utbetalningar till fel bankgiro",
     "Stickprov på ändrade bankgironummer mot leverantörsregistret", "Månadsvis", "Ekonomichef", 3, 4),
    ("2", E_FORV[0], "Representation", "Representation strider mot riktlinjen",
     "Granskning av 25 verifikationer med representation", "Kvartalsvis", "Redovisningsansvarig", 3, 2),
    ("3", E_FORV[0], "Behörigheter i ekonomisystemet", "Anställda som slutat har kvar behörighet",
     "Avstämning av behörighetslistan mot personalsystemet", "Kvartalsvis", "Systemförvaltare", 2, 4),
    ("4", E_FORV[0], "Direktupphandling", "Direktupphandlingar dokumenteras inte",
     "Kontroll av att dokumentation finns för köp över 100 000 kr", "Årligen", "Upphandlingschef", 3, 3),
    ("5", E_FORV[0], "Löneutbetalning", "Lön betalas ut efter avslutad anställning",
     "Avstämning av avslutade anställningar mot lönefilen", "Månadsvis", "Lönechef", 2, 3),
    ("6", E_FORV[1], "Skolplacering", "Elever placeras i strid med urvalsreglerna",
     "Stickprov på 20 placeringsbeslut inför höstterminen", "Årligen", "Antagningshandläggare", 2, 3),
    ("7", E_FORV[1], "Frånvarorapportering", "Långvarig frånvaro upptäcks inte",
     "Kontroll att frånvaro över 15 procent har anmälts till huvudmannen", "Kvartalsvis", "Rektor", 3, 4),
    ("8", E_FORV[1], "Skolskjuts", "Skolskjuts beviljas utan att kriterierna är uppfyllda",
     "Stickprov på 15 beviljade ansökningar", "Årligen", "Skolskjutssamordnare", 2, 2),
    ("9", E_FORV[1], "Anmälan om kränkande behandling", "Anmälningar utreds inte skyndsamt",
     "Genomgång av handläggningstiden för alla anmälningar", "Kvartalsvis", "Verksamhetschef grundskola", 3, 3),
    ("10", E_FORV[1], "Statsbidrag", "Återkrav av statsbidrag på grund av brister i redovisningen",
     "Kontroll av att redovisningen är komplett före inlämning", "Vid behov", "Controller", 2, 4),
    ("11", E_FORV[2], "Ekonomiskt bistånd", "Felaktiga utbetalningar av försörjningsstöd",
     "Stickprov på 30 utbetalningar mot beslut och underlag", "Månadsvis", "Enhetschef försörjningsstöd", 3, 3),
    ("12", E_FORV[2], "Orosanmälningar", "Förhandsbedömning görs inte inom 14 dagar",
     "Uppföljning av andelen förhandsbedömningar inom 14 dagar", "Månadsvis", "Enhetschef barn och familj", 3, 4),
    ("13", E_FORV[2], "Läkemedelshantering", "Läkemedel hanteras i strid med delegering",
     "Kontroll av delegeringar vid särskilda boenden", "Kvartalsvis", "Medicinskt ansvarig sjuksköterska", 2, 4),
    ("14", E_FORV[2], "Avgifter inom äldreomsorgen", "Avgifter beräknas på inaktuella inkomstuppgifter",
     "Stickprov på 25 avgiftsbeslut", "Årligen", "Avgiftshandläggare", 3, 2),
    ("15", E_FORV[2], "Hyrsjuksköterskor", "Avrop sker utanför avtal",
     "Genomgång av samtliga avrop av bemanningsföretag", "Kvartalsvis", "Förvaltningschef", 2, 3),
    ("16", E_FORV[2], "Lex Sarah", "Rapporter utreds inte och anmäls inte till IVO",
     "Genomgång av inkomna rapporter och utredningstid", "Vid behov", "Kvalitetsstrateg", 2, 4),
    ("17", E_FORV[3], "Bygglov", "Handläggningstiden överskrider tio veckor",
     "Uppföljning av handläggningstid för samtliga lovärenden", "Kvartalsvis", "Bygglovschef", 3, 3),
    ("18", E_FORV[3], "Investeringsprojekt", "Projekt överskrider beslutad budget utan att det rapporteras",
     "Avstämning av projektbudget mot utfall för projekt över 5 mnkr", "Kvartalsvis", "Projektchef", 3, 4),
    ("19", E_FORV[3], "Fordon och maskiner", "Fordon används privat",
     "Kontroll av körjournaler för kommunens bilar", "Årligen", "Fordonsansvarig", 2, 2),
    ("20", E_FORV[3], "Livsmedelskontroll", "Kontrollplanen för livsmedel följs inte",
     "Avstämning av utförda kontroller mot kontrollplanen", "Vid behov", "Miljöchef", 2, 3),
]


def e_rv(r):
    return r[7] * r[8]


def e_niva(rv):
    return "Låg" if rv <= 4 else ("Medel" if rv <= 8 else "Hög")


# ---------------------------------------------------------------- (f) Vintersjö, trygghetsprogram 2027–2030
# (nr, fokusområde, indikator, unit, baseline, baseline year, target 2030, latest, latest year, higher_is_better)
F_IND = [
    ("1.1", 1, "Andel invånare som känner sig trygga utomhus sent på kvällen i sitt bostadsområde, %", "%",
     71, 2022, 80, 68, 2025, True),
    ("1.2", 1, "varav kvinnor, %", "%", 60, 2022, 75, 57, 2025, True),
    ("1.3", 1, "varav män, %", "%", 83, 2022, 86, 82, 2025, True),
    ("1.4", 1, "Anmälda skadegörelsebrott, antal", "antal", 538, 2022, 400, 412, 2025, False),
    ("2.1", 2, "Andel elever i årskurs 9 som känner sig trygga i skolan, %", "%", 84, 2023, 92, 86, 2025, True),
    ("2.2", 2, "Andel elever i årskurs 9 som har blivit utsatta för hot eller våld det senaste året, %", "%",
     14, 2023, 8, 16, 2025, False),
    ("2.3", 2, "Ungdomar 15–19 år i organiserad fritidsverksamhet, %", "%", 46, 2021, 55, 49, 2025, True),
    ("3.1", 3, "Anmälda misshandelsbrott mot kvinnor i nära relation, antal", "antal", 88, 2022, 60, 97, 2025, False),
    ("3.2", 3, "Ärenden om våld i nära relation där stödsamtal erbjudits inom sju dagar, %", "%",
     62, 2023, 90, 79, 2025, True),
    ("4.1", 4, "Antal trygghetsvandringar per år", "antal", 3, 2022, 10, 7, 2025, True),
    ("4.2", 4, "Anmälda inbrott i bostad, antal", "antal", 74, 2022, 50, 41, 2025, False),
]
F_OMR = {1: "Trygga offentliga miljöer", 2: "Barn och unga", 3: "Våld i nära relationer",
         4: "Samverkan och medborgardialog"}


def f_better(r):
    return r[7] > r[4] if r[9] else r[7] < r[4]


def f_reached(r):
    return r[7] >= r[6] if r[9] else r[7] <= r[6]


# focus-area bullets: (area, [bullets])
F_FOKUS = [
    (1, ["Belysning och röjning av vegetation längs gång- och cykelstråk mellan Vintersjö centrum och "
         "stationsområdet.",
         "Trygghetsvandringar i alla bostadsområden med flerbostadshus minst vart tredje år.",
         "Snabbare sanering av klotter och skadegörelse, senast inom 48 timmar på kommunens fastigheter."]),
    (2, ["Fältverksamhet fredag och lördag kväll året runt, med förstärkning under sommarlovet.",
         "Samverkan mellan skola, socialtjänst och polis (SSP) i alla skolområden."]),
    (3, ["Utbildning om våld i nära relation för all personal inom socialtjänst, äldreomsorg och förskola.",
         "Ett stödteam som kan erbjuda samtal inom sju dagar efter att ett ärende har aktualiserats."]),
    (4, ["Medborgarlöfte med polisen som förnyas varje år.",
         "En gemensam lägesbild som tas fram tillsammans med Hemtorpsbostäder och polisen två gånger per år."]),
]
