"""Table rows and list items of the six synthetic12 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them. Derived rows (result lines of
the income statement, plug rows of the notes, delsummor, totals, counts in running text) are computed here."""
import re

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def num(s):
    return float(s.replace(" ", "").replace(",", ".").replace("\u2212", "-"))


def r1(x):
    return round(x + 0.0, 1)


# ---------------------------------------------------------------- (a) Falkmyra, årsredovisning 2025
# resultaträkning: (post, not, kommun 2024, kommun 2025, budget 2025, koncern 2024, koncern 2025); None = sum row
A_RR_BASE = {
    "Verksamhetens intäkter": ("2", 312.4, 338.9, 305.0, 540.2, 578.6),
    "Verksamhetens kostnader": ("3", -1702.5, -1781.3, -1748.4, -1851.0, -1934.8),
    "Avskrivningar": ("4", -58.1, -63.7, -66.0, -104.6, -110.9),
    "Skatteintäkter": ("5", 1141.8, 1196.3, 1188.4, 1141.8, 1196.3),
    "Generella statsbidrag och utjämning": ("6", 329.6, 348.2, 346.5, 329.6, 348.2),
    "Finansiella intäkter": ("7", 6.2, 7.4, 4.0, 3.1, 4.6),
    "Finansiella kostnader": ("8", -11.9, -13.3, -14.0, -27.4, -29.1),
}


def _add(*names):
    return tuple(r1(sum(A_RR_BASE[n][i] for n in names)) for i in range(1, 6))


def a_rr():
    """Rows (post, not, five values, is_sum)."""
    b = A_RR_BASE
    netto = _add("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar")
    vres = tuple(r1(netto[i] + b["Skatteintäkter"][i + 1] + b["Generella statsbidrag och utjämning"][i + 1])
                 for i in range(5))
    efin = tuple(r1(vres[i] + b["Finansiella intäkter"][i + 1] + b["Finansiella kostnader"][i + 1])
                 for i in range(5))
    rows = []
    for n in ("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"):
        rows.append((n, b[n][0], b[n][1:], False))
    rows.append(("Verksamhetens nettokostnader", "", netto, True))
    for n in ("Skatteintäkter", "Generella statsbidrag och utjämning"):
        rows.append((n, b[n][0], b[n][1:], False))
    rows.append(("Verksamhetens resultat", "", vres, True))
    for n in ("Finansiella intäkter", "Finansiella kostnader"):
        rows.append((n, b[n][0], b[n][1:], False))
    rows.append(("Resultat efter finansiella poster", "", efin, True))
    rows.append(("Extraordinära poster", "", (0, 0, 0, 0, 0), False))
    rows.append(("Årets resultat", "", efin, True))
    return rows


def a_result():
    """(kommun 2024, kommun 2025, budget 2025, koncern 2024, koncern 2025)"""
    return a_rr()[-1][2]


A_REAL = (-1.2, -4.1)            # realisationsvinster 2024, 2025
A_RUR = (0.0, -10.0)             # reservering till resultatutjämningsreserv


def a_balans():
    res = a_result()
    after = (r1(res[0] + A_REAL[0]), r1(res[1] + A_REAL[1]))
    final = (r1(after[0] + A_RUR[0]), r1(after[1] + A_RUR[1]))
    return [("Årets resultat enligt resultaträkningen", (res[0], res[1])),
            ("Avgår samtliga realisationsvinster", A_REAL),
            ("Orealiserade förluster i värdepapper", (0.0, 0.0)),
            ("Årets resultat efter balanskravsjusteringar", after),
            ("Reservering till resultatutjämningsreserv", A_RUR),
            ("Balanskravsresultat", final)]


def _plug(rows, total, label):
    """Append a plug row so that the note adds up to the income-statement value (2024, 2025)."""
    p = tuple(r1(total[i] - sum(r[1][i] for r in rows)) for i in range(2))
    return rows + [(label, p)]


A_NOT2 = _plug([
    ("Försäljningsintäkter", (24.6, 22.1)),
    ("Taxor och avgifter", (78.4, 81.9)),
    ("Hyror och arrenden", (41.7, 43.2)),
    ("Bidrag från Migrationsverket", (12.8, 7.3)),
    ("Riktade statsbidrag", (119.2, 131.6)),
    ("EU-bidrag", (3.9, 5.4)),
    ("Exploateringsintäkter", (18.3, 9.6)),
    ("Försäljning av verksamhet och entreprenader", (6.5, 7.1)),
], (312.4, 338.9), "Övriga intäkter, bland annat försäkringsersättning")

A_NOT3 = _plug([
    ("Löner och sociala avgifter", (-1021.4, -1068.9)),
    ("Pensionskostnader", (-96.2, -104.7)),
    ("Köp av huvudverksamhet", (-214.6, -226.3)),
    ("Lokal- och markhyror", (-63.8, -66.1)),
    ("Fastighetskostnader och energi", (-48.9, -45.2)),
    ("Lämnade bidrag", (-71.3, -74.8)),
    ("Material, varor och tjänster", (-131.5, -138.0)),
], (-1702.5, -1781.3), "Övriga verksamhetskostnader")

A_NOT5 = _plug([
    ("Preliminär slutavräkning innevarande år", (-4.9, -3.6)),
    ("Slutavräkningsdifferens föregående år", (6.8, 12.0)),
], (1141.8, 1196.3), "Preliminära kommunalskatteintäkter")
A_NOT5 = [A_NOT5[-1]] + A_NOT5[:-1]

A_NOT6 = _plug([
    ("Inkomstutjämningsbidrag", (248.7, 259.4)),
    ("Kostnadsutjämningsbidrag", (31.2, 28.6)),
    ("Regleringsbidrag", (4.1, 9.8)),
    ("Strukturbidrag", (6.0, 6.2)),
    ("Avgift till LSS-utjämning", (-7.9, -8.4)),
    ("Kommunal fastighetsavgift", (43.6, 46.1)),
], (329.6, 348.2), "Generella bidrag från staten")

A_HANDELSER = [
    "Kommunfullmäktige beslutade i mars om en ny organisation med tre förvaltningar i stället för fem.",
    "Vårdboendet Tjäderbacken med 48 platser togs i bruk i september.",
    "En brand i Sörgårdens förskola i februari ledde till att verksamheten flyttade till tillfälliga lokaler.",
    "Exploateringen av bostadsområdet Falkhöjden försenades när detaljplanen överklagades.",
    "Det kommunala bostadsbolaget Falkmyrahem påbörjade 64 nya hyreslägenheter vid Stationsparken.",
]

# ---------------------------------------------------------------- (b) Harvstena, delegationsbeslut MBN
B_GROUPS = [
    "Bygglov, förhandsbesked, rivningslov och startbesked (punkt 4.1–4.9)",
    "Strandskydd (punkt 5.2)",
    "Miljöskydd och hälsoskydd (punkt 6.1–6.8)",
    "Livsmedelskontroll (punkt 7.3)",
    "Bostadsanpassningsbidrag (punkt 9.1–9.2)",
]
# (group index, ärende, dnr, beslutsdatum ISO, beslut, delegat, lagrum)
B_BESLUT = [
    (0, "Bygglov för nybyggnad av enbostadshus och garage, Lönnås 3:14", "MBN 2026-0112", "2026-03-03",
     "Beviljas", "Bygglovshandläggare", "9 kap. 31 § PBL"),
    (0, "Bygglov för tillbyggnad av fritidshus, Havsnäs 1:27", "MBN 2026-0087", "2026-03-09", "Beviljas",
     "Bygglovshandläggare", "9 kap. 31 § PBL"),
    (0, "Förhandsbesked för nybyggnad av två enbostadshus, Kvistrum 2:5", "MBN 2026-0061", "2026-03-17",
     "Avslag", "Bygglovschef", "9 kap. 17 § PBL"),
    (0, "Rivningslov för ekonomibyggnad, Hedsätra 4:2", "MBN 2026-0134", "2026-03-24", "Beviljas",
     "Bygglovshandläggare", "9 kap. 34 § PBL"),
    (0, "Bygglov för ändrad användning från kontor till fyra bostäder, Rådhusgatan 6", "MBN 2026-0098",
     "2026-04-02", "Beviljas", "Bygglovschef", "9 kap. 30 § PBL"),
    (0, "Bygglov för fristående skylt, Kvarnängens handelsområde", "MBN 2026-0151", "2026-04-14", "Avslag",
     "Bygglovshandläggare", "9 kap. 30 § PBL"),
    (0, "Startbesked för nybyggnad av förskola, Ekliden 1:3", "MBN 2026-0040", "2026-04-21",
     "Startbesked lämnas", "Byggnadsinspektör", "10 kap. 23 § PBL"),
    (1, "Strandskyddsdispens för brygga, Havsnäs 1:31", "MBN 2026-0072", "2026-03-12", "Beviljas",
     "Planarkitekt", "7 kap. 18 b § MB"),
    (1, "Strandskyddsdispens för bastu på ofri tomtmark, Sjöbotten 2:8", "MBN 2026-0109", "2026-04-08",
     "Avslag", "Planarkitekt", "7 kap. 18 b § MB"),
    (2, "Föreläggande om åtgärder för enskilt avlopp, Mossbol 1:9", "MBN 2025-0611", "2026-03-05",
     "Föreläggande", "Miljöinspektör", "26 kap. 9 § MB"),
    (2, "Tillstånd till avloppsanläggning med vattentoalett, Lönnås 5:2", "MBN 2026-0057", "2026-03-19",
     "Beviljas", "Miljöinspektör", "13 § FMH"),
    (2, "Miljösanktionsavgift för sent inlämnad miljörapport, Hedsätra Mekaniska AB", "MBN 2026-0120",
     "2026-03-30", "Avgift 5 000 kr", "Miljöchef", "30 kap. 3 § MB"),
    (2, "Förbud mot utsläpp av avloppsvatten, Kvistrum 1:12", "MBN 2025-0588", "2026-04-10", "Förbud",
     "Miljöchef", "26 kap. 9 § MB"),
    (2, "Föreläggande om radonmätning i flerbostadshus, Skolgatan 7", "MBN 2026-0139", "2026-04-23",
     "Föreläggande", "Miljöinspektör", "26 kap. 9 § MB"),
    (2, "Avgift för handläggning av anmälan om värmepump, Sjöbotten 1:4", "MBN 2026-0144", "2026-04-28",
     "Avgift 2 920 kr", "Miljöinspektör", "27 kap. 1 § MB"),
    (3, "Registrering av livsmedelsanläggning, Café Strandboden", "MBN 2026-0091", "2026-03-06", "Registreras",
     "Livsmedelsinspektör", "23 § livsmedelsförordningen"),
    (3, "Föreläggande om rengöring av kök, Restaurang Gästgivarn", "MBN 2026-0117", "2026-03-26",
     "Föreläggande", "Livsmedelsinspektör", "22 § livsmedelslagen"),
    (3, "Avgift för extra offentlig kontroll, Pizzeria Torgkällaren", "MBN 2026-0128", "2026-04-16",
     "Avgift 3 450 kr", "Livsmedelsinspektör", "livsmedelstaxan § 6"),
    (4, "Bostadsanpassningsbidrag för trapphiss, Lönnås 3:2", "MBN 2026-0049", "2026-03-10",
     "Beviljas 84 500 kr", "Handläggare bostadsanpassning", "6 § lag (2018:222)"),
    (4, "Bostadsanpassningsbidrag för borttagning av trösklar och dörrautomatik", "MBN 2026-0078", "2026-03-18",
     "Beviljas 18 200 kr", "Handläggare bostadsanpassning", "6 § lag (2018:222)"),
    (4, "Bostadsanpassningsbidrag för ombyggnad av badrum", "MBN 2026-0093", "2026-04-01",
     "Beviljas 46 900 kr", "Handläggare bostadsanpassning", "6 § lag (2018:222)"),
    (4, "Bostadsanpassningsbidrag för ramp vid entré till fritidshus", "MBN 2026-0101", "2026-04-13",
     "Avslag", "Handläggare bostadsanpassning", "6 § lag (2018:222)"),
    (4, "Bostadsanpassningsbidrag för spisvakt", "MBN 2026-0126", "2026-04-27", "Beviljas 6 400 kr",
     "Handläggare bostadsanpassning", "6 § lag (2018:222)"),
    (4, "Bostadsanpassningsbidrag för ombyggnad av kök med sänkbara bänkar", "MBN 2026-0131", "2026-04-29",
     "Beviljas 112 300 kr", "Förvaltningschef", "6 § lag (2018:222)"),
]


def b_amount(beslut):
    m = re.search(r"(\d[\d ]*) kr", beslut)
    return int(m.group(1).replace(" ", "")) if m else 0


def b_counts():
    n = len(B_BESLUT)
    avslag = sum(1 for r in B_BESLUT if r[4] == "Avslag")
    bifall = sum(1 for r in B_BESLUT if r[4].startswith(("Beviljas", "Registreras", "Startbesked")))
    ovr = n - avslag - bifall
    return n, bifall, avslag, ovr


def b_bab_total():
    return sum(b_amount(r[4]) for r in B_BESLUT if r[0] == 4)


# ---------------------------------------------------------------- (c) Region Mellanhed, HSN verksamhetsplan 2026
# (grupp, indikator, utfall 2024, utfall 2025, målvärde 2026, målvärde 2028)
C_IND = [
    ("Tillgänglighet", "Andel patienter som får kontakt med primärvården samma dag, %¹", "78", "81", "≥ 85 %",
     "≥ 90 %"),
    ("Tillgänglighet", "Andel förstabesök i specialiserad vård inom 90 dagar, %", "61", "58", "≥ 70 %", "≥ 80 %"),
    ("Tillgänglighet", "Andel operationer och åtgärder inom 90 dagar, %", "66", "69", "≥ 75 %", "≥ 80 %"),
    ("Tillgänglighet", "Väntetid till första bedömning i barn- och ungdomspsykiatrin, mediantid dagar", "34",
     "41", "≤ 30 dagar", "≤ 21 dagar"),
    ("Tillgänglighet", "Antal patienter som väntat mer än 180 dagar på operation", "412", "388", "minska",
     "minska"),
    ("Kvalitet och patientsäkerhet", "Andel vårdtillfällen med vårdrelaterad infektion, %²", "8,9", "8,4",
     "≤ 7,0 %", "≤ 6,0 %"),
    ("Kvalitet och patientsäkerhet", "Antal överbeläggningar per 100 disponibla vårdplatser", "3,4", "3,9",
     "minska", "≤ 2,0"),
    ("Kvalitet och patientsäkerhet", "Andel listade patienter med fast läkarkontakt, %³", "..", "38", "öka",
     "≥ 60 %"),
    ("Kvalitet och patientsäkerhet", "Återinskrivning inom 30 dagar bland patienter 65 år och äldre, %", "17,2",
     "16,8", "minska", "minska"),
    ("Medarbetare", "Sjukfrånvaro, % av ordinarie arbetstid", "6,8", "6,5", "≤ 6,0 %", "≤ 5,5 %"),
    ("Medarbetare", "Kostnad för inhyrd vårdpersonal, mnkr", "186,4", "151,2", "minska", "≤ 60,0 mnkr"),
    ("Medarbetare", "Andel medarbetare som rekommenderar regionen som arbetsgivare, %³", "..", "62", "öka",
     "öka"),
    ("Ekonomi", "Nettokostnadsutveckling, %", "6,1", "4,7", "≤ 3,5 %", "≤ 3,0 %"),
    ("Ekonomi", "Avvikelse mot budget, mnkr", "\u2212212,6", "\u2212148,3", "0", "0"),
]
C_GROUPS = ["Tillgänglighet", "Kvalitet och patientsäkerhet", "Medarbetare", "Ekonomi"]

# budget per verksamhetsområde: (grupp, område, netto budget 2025, intäkter 2026, kostnader 2026) in mnkr
C_BUDGET = [
    ("Primärvård och psykiatri", "Primärvård", -2184.2, 312.5, -2594.9),
    ("Primärvård och psykiatri", "Psykiatri", -1046.7, 58.3, -1149.6),
    ("Primärvård och psykiatri", "Habilitering och hjälpmedel", -402.1, 96.4, -514.0),
    ("Specialiserad somatisk vård", "Akutsjukvård och medicin", -2312.8, 188.1, -2604.4),
    ("Specialiserad somatisk vård", "Kirurgi och ortopedi", -1571.6, 142.7, -1771.9),
    ("Specialiserad somatisk vård", "Kvinnosjukvård och barnsjukvård", -738.4, 64.9, -830.2),
    ("Specialiserad somatisk vård", "Laboratoriemedicin och bild", -463.9, 301.6, -779.6),
    ("Övrig hälso- och sjukvård", "Tandvård", -318.6, 402.8, -735.0),
    ("Övrig hälso- och sjukvård", "Läkemedel inom förmånen", -812.4, 0.0, -846.9),
    ("Övrig hälso- och sjukvård", "Nämndgemensamt och central reserv", -96.3, 14.2, -131.5),
]
C_BGROUPS = ["Primärvård och psykiatri", "Specialiserad somatisk vård", "Övrig hälso- och sjukvård"]


def c_netto(r):
    return r1(r[3] + r[4])


def c_sum(rows):
    return (r1(sum(r[2] for r in rows)), r1(sum(r[3] for r in rows)), r1(sum(r[4] for r in rows)),
            r1(sum(c_netto(r) for r in rows)))


def c_total():
    return c_sum(C_BUDGET)


C_UPPDRAG = [
    ("Införa en sammanhållen vårdplanering för de mest sjuka äldre tillsammans med kommunerna i länet.",
     ["Gemensamma rutiner för utskrivning ska vara införda senast den 30 september 2026.",
      "Uppföljningen ska redovisas till nämnden två gånger per år."]),
    ("Minska kostnaderna för inhyrd vårdpersonal genom egen bemanningspool och fler specialistsjuksköterskor.",
     []),
    ("Utreda en samlad akutmottagning för länets norra del med placering i Marhed.",
     ["Utredningen ska belysa kostnader, personalförsörjning och restider.",
      "Ett förslag ska lämnas till regionstyrelsen senast i mars 2027."]),
    ("Utveckla digitala vårdbesök i primärvården så att fler patienter får kontakt samma dag.", []),
    ("Ta fram en plan för att minska överbeläggningarna inom akutsjukvården och medicin.", []),
]

# ---------------------------------------------------------------- (d) Snäckvika, kvalitetsrapport grundskola
# (skolenhet, antal elever åk 9, alla ämnen flickor, pojkar, totalt (2025), behörighet yrkesprogram 2024, 2025)
D_SKOLOR = [
    ("Klockarängsskolan", 64, "78,6", "71,4", "75,0", "84,2", "86,0"),
    ("Måsöskolan", 18, "..", "..", "66,7", "77,8", "72,2"),
    ("Rönnbyskolan", 92, "81,3", "68,2", "75,0", "85,1", "83,7"),
    ("Uddens skola", 41, "70,0", "61,9", "65,9", "74,4", "78,0"),
    ("Centralskolan", 118, "83,9", "77,2", "80,5", "88,0", "89,8"),
    ("Gärdesvallsskolan", 57, "62,1", "57,1", "59,6", "71,7", "68,4"),
    ("Björkuddens skola", 23, "..", "58,3", "60,9", "82,6", "73,9"),
    ("Norrängsskolan", 76, "86,5", "79,5", "82,9", "90,3", "92,1"),
    ("Fyrvaktarskolan", 34, "76,5", "64,7", "70,6", "..", "79,4"),
    ("Ekholmens friskola", 27, "85,7", "76,9", "81,5", "–", "88,9"),
    ("Snäckvika Montessoriskola", 12, "..", "..", "91,7", "..", "100,0"),
]


def d_total():
    """(antal, weighted totalt 2025, weighted behörighet 2025)"""
    n = sum(r[1] for r in D_SKOLOR)
    tot = sum(r[1] * num(r[4]) for r in D_SKOLOR) / n
    beh = sum(r[1] * num(r[6]) for r in D_SKOLOR) / n
    return n, round(tot, 1), round(beh, 1)


D_OMRADEN = [
    ("Högre måluppfyllelse i matematik", [
        "Alla skolor med årskurs 7–9 inför gemensamma diagnoser i matematik varje termin.",
        "Matematiklyftet fortsätter med fokus på problemlösning och lärarnas kollegiala lärande.",
    ]),
    ("Trygghet och studiero i alla klassrum", [
        "Gemensamma ordningsregler tas fram tillsammans med eleverna på varje skolenhet.",
        "Schemalagd vuxennärvaro på raster och i matsalen vid de fyra största skolorna.",
        "Årlig kartläggning av platser där elever känner sig otrygga, med åtgärdsplan.",
    ]),
    ("Likvärdig bedömning och betygssättning", [
        "Sambedömning av nationella prov mellan skolenheterna i årskurs 6 och 9.",
        "Betygsstatistiken analyseras per skola och ämne tillsammans med rektorerna.",
    ]),
    ("Ökad närvaro och färre elever med långvarig frånvaro", [
        "Ett kommungemensamt närvaroteam startar i januari 2026.",
        "Frånvaro över 15 procent anmäls till elevhälsan inom två veckor.",
    ]),
]

# ---------------------------------------------------------------- (e) Tistelby, investeringsprojekt i lokaler
# (grupp, projekt, start, klart, totalt, 2026, 2027, 2028–2030) mnkr; start/klart as (year, text)
E_GROUPS = ["Förskola", "Grundskola", "Vård och omsorg", "Kultur och fritid"]
E_PROJ = [
    ("Förskola", "Ny förskola i Ängstorp med åtta avdelningar och tillagningskök", "kvartal 2 2026",
     "augusti 2027", 78.5, 22.0, 51.5, 5.0),
    ("Förskola", "Förskolan Pilgrimen, ombyggnad av kök och ventilation", "september 2026", "kvartal 1 2027",
     14.2, 9.0, 5.2, 0.0),
    ("Förskola", "Förskolan Myran, permanent byggnad som ersätter tillfälliga moduler", "kvartal 1 2028",
     "kvartal 4 2029", 46.0, 0.0, 2.0, 44.0),
    ("Grundskola", "Tistelbyskolan, om- och tillbyggnad för årskurs 7–9 med ny matsal", "kvartal 3 2026",
     "juni 2028", 124.6, 18.0, 62.4, 44.2),
    ("Grundskola", "Hällebo skola, ny idrottshall med omklädningsrum", "mars 2026", "december 2026", 32.8, 30.1,
     2.7, 0.0),
    ("Grundskola", "Upprustning av skolgårdar vid Hällebo, Strömsvik och Ugglebo skolor", "april 2026",
     "oktober 2027", 9.6, 4.8, 4.8, 0.0),
    ("Vård och omsorg", "Nytt särskilt boende Lindåsen med 60 platser i sex avdelningar", "kvartal 4 2026",
     "kvartal 2 2029", 212.0, 8.0, 74.0, 130.0),
    ("Vård och omsorg", "Gruppbostad enligt LSS i Tistelby centrum, sex lägenheter", "januari 2027",
     "mars 2028", 28.4, 0.0, 17.0, 11.4),
    ("Vård och omsorg", "Trygghetslarm och passagesystem i de särskilda boendena", "kvartal 1 2026",
     "november 2026", 5.1, 5.1, 0.0, 0.0),
    ("Kultur och fritid", "Tistelbybadet, renovering av bassänger och reningsteknik", "kvartal 2 2026",
     "kvartal 3 2027", 41.7, 20.5, 21.2, 0.0),
    ("Kultur och fritid", "Konstgräsplan med belysning vid Tistelvallen", "maj 2027", "september 2027", 11.3,
     0.0, 11.3, 0.0),
    ("Kultur och fritid", "Biblioteksfilial och medborgarkontor i Kärrnäs", "kvartal 3 2028", "kvartal 2 2029",
     19.8, 0.0, 0.0, 19.8),
]


def e_year(t):
    return int(t.split()[-1])


def e_sum(rows):
    return tuple(r1(sum(r[i] for r in rows)) for i in (4, 5, 6, 7))


def e_group_sum(g):
    return e_sum([r for r in E_PROJ if r[0] == g])


def e_total():
    return e_sum(E_PROJ)


E_UTGATT = [
    "Tillbyggnad av Strömsviks förskola, som ersätts av den nya förskolan i Ängstorp.",
    "Ny sporthall vid Tistelvallen, som skjuts fram till nästa planperiod.",
    "Ombyggnad av det gamla kommunhuset till bostäder, som i stället säljs.",
    "Ett nytt kök i Ugglebo skola, eftersom maten levereras från Hällebo.",
]

# ---------------------------------------------------------------- (f) Vassbäcka, KF § 147 taxor 2026
F_VOTE = {"ja": 26, "nej": 19, "avstar": 4, "franvarande": 2}
F_LEDAMOTER = 51
F_ATT = [
    "fastställa taxor och avgifter för kultur- och fritidsnämnden enligt bilaga 1 att gälla från den 1 januari 2026,",
    "avskaffa förseningsavgifterna vid kommunens bibliotek,",
    "uppdra åt kultur- och fritidsnämnden att utvärdera de nya avgifterna i simhallen före den 30 september 2026, samt",
    "upphäva kommunfullmäktiges beslut 2024-11-25, § 131, om taxor för kultur och fritid.",
]
F_GROUPS = ["Idrottshallar och planer", "Simhallen Vassbäckabadet", "Kulturskolan", "Bibliotek",
            "Allmänna samlingslokaler"]
# (grupp, tjänst, enhet, 2025, 2026, not)
F_TAXA = [
    ("Idrottshallar och planer", "Sporthall, föreningar med barn- och ungdomsverksamhet", "kr/tim", 95, 100, "1"),
    ("Idrottshallar och planer", "Sporthall, övriga föreningar", "kr/tim", 190, 210, "1"),
    ("Idrottshallar och planer", "Sporthall, företag och privatpersoner", "kr/tim", 420, 480, ""),
    ("Idrottshallar och planer", "Konstgräsplan för elvamannaspel, föreningar", "kr/tim", 250, 250, "1"),
    ("Idrottshallar och planer", "Match med publik i Vassbäckahallen", "kr/tillfälle", 1200, 1400, ""),
    ("Simhallen Vassbäckabadet", "Entré vuxen", "kr/besök", 70, 80, "2"),
    ("Simhallen Vassbäckabadet", "Entré barn och ungdom 7–19 år", "kr/besök", 35, 35, "2"),
    ("Simhallen Vassbäckabadet", "Årskort vuxen", "kr/år", 2400, 2800, "2"),
    ("Simhallen Vassbäckabadet", "Simskola för barn, tio tillfällen", "kr/kurs", 900, 1000, "2"),
    ("Kulturskolan", "Elevavgift instrumentundervisning", "kr/termin", 650, 700, "3"),
    ("Kulturskolan", "Elevavgift kör, orkester eller teatergrupp", "kr/termin", 300, 300, "3"),
    ("Kulturskolan", "Hyra av instrument", "kr/termin", 400, 450, ""),
    ("Bibliotek", "Förseningsavgift vuxen", "kr/dag och medium", 2, 0, ""),
    ("Bibliotek", "Ersättning för förkommen eller skadad bok", "kr/st", 300, 300, ""),
    ("Bibliotek", "Utskrift och kopiering", "kr/sida", 3, 3, ""),
    ("Allmänna samlingslokaler", "Medborgarhuset, stora salen", "kr/dygn", 3500, 3900, ""),
    ("Allmänna samlingslokaler", "Medborgarhuset, mötesrum för högst tolv personer", "kr/tim", 150, 175, "1"),
]
F_NOTER = [
    "Gäller föreningar som är registrerade i kommunens föreningsregister och får kommunalt bidrag.",
    "Priset inkluderar 6 procent mervärdesskatt.",
    "Syskonrabatt: 50 procent från och med det andra barnet i samma familj.",
]
