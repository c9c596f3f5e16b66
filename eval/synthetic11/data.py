"""Table rows and list items of the five synthetic11 documents. The build scripts draw from here and
check.py recomputes the expected items of every list question from here."""

# ====================================================================== (a) Brunnsvala kommun, driftbudget 2026
# (nämnd, verksamhet as printed incl. footnote marker, intäkter 2025, kostnader 2025, intäkter 2026,
#  kostnader 2026) in tkr; kostnader are negative.
A_NAMNDER = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Samhällsbyggnadsnämnden",
             "Kultur- och fritidsnämnden"]
A_ROWS = [
    ("Kommunstyrelsen", "Politisk verksamhet", 150, -9820, 150, -10240),
    ("Kommunstyrelsen", "Kommunledning och administration", 4300, -48650, 4520, -50980),
    ("Kommunstyrelsen", "Räddningstjänst", 2850, -21400, 2900, -23150),
    ("Kommunstyrelsen", "Näringsliv och turism", 620, -6180, 480, -5930),
    ("Barn- och utbildningsnämnden", "Förskola", 19800, -176300, 20400, -181950),
    ("Barn- och utbildningsnämnden", "Grundskola och förskoleklass", 14200, -298700, 15100, -309400),
    ("Barn- och utbildningsnämnden", "Gymnasieskola¹", 8900, -121600, 9300, -126850),
    ("Barn- och utbildningsnämnden", "Fritidshem", 9600, -41200, 9800, -42100),
    ("Socialnämnden", "Äldreomsorg, särskilt boende", 38400, -262900, 39900, -281400),
    ("Socialnämnden", "Hemtjänst", 12300, -118700, 12800, -126200),
    ("Socialnämnden", "Funktionsstöd (LSS)²", 31600, -154300, 32100, -161800),
    ("Socialnämnden", "Individ- och familjeomsorg", 6400, -96800, 6100, -99750),
    ("Socialnämnden", "Försörjningsstöd", 0, -38500, 0, -35200),
    ("Samhällsbyggnadsnämnden", "Gator, vägar och parker", 3200, -34600, 3300, -36100),
    ("Samhällsbyggnadsnämnden", "Plan och bygglov", 7800, -12900, 8400, -13300),
    ("Samhällsbyggnadsnämnden", "Kollektivtrafik³", 0, -18400, 0, -21650),
    ("Samhällsbyggnadsnämnden", "Måltidsverksamhet⁴", 61200, -63400, 63800, -65700),
    ("Kultur- och fritidsnämnden", "Bibliotek", 420, -14300, 400, -14850),
    ("Kultur- och fritidsnämnden", "Idrott och fritidsanläggningar", 5600, -27900, 5900, -28400),
    ("Kultur- och fritidsnämnden", "Kulturskola", 2100, -9600, 2050, -9950),
    ("Kultur- och fritidsnämnden", "Ungdomsverksamhet", 150, -5400, 150, -5900),
]
# the table breaks after this verksamhet (p. 2 -> p. 3), the continuation has no heading
A_BREAK_AFTER = "Hemtjänst"
A_NOTES = [
    "¹ Inklusive interkommunala ersättningar till andra huvudmän: 38 200 tkr 2026 mot 36 900 tkr 2025.",
    "² Varav 4 850 tkr avser den nya gruppbostaden Ekorrbacken med sex lägenheter, som öppnar i september 2026.",
    "³ Kommunens andel av den regionala kollektivtrafiken. Avgiften höjs med 3 250 tkr enligt det nya avtalet.",
    "⁴ Måltidsverksamheten finansieras nästan helt av interna intäkter från förskola, skola och äldreomsorg.",
]
A_RESULTAT_2026 = 21.8   # mnkr
A_GEMENSAMT_2026 = 64.3  # mnkr: pensioner, avskrivningar och finansnetto (kommungemensamt, netto)


def a_netto(r):
    return r[2] + r[3], r[4] + r[5]


def a_sub(namnd):
    rows = [r for r in A_ROWS if r[0] == namnd]
    return [sum(r[i] for r in rows) for i in (2, 3)] + [sum(a_netto(r)[0] for r in rows)] + \
           [sum(r[i] for r in rows) for i in (4, 5)] + [sum(a_netto(r)[1] for r in rows)]


def a_total():
    subs = [a_sub(n) for n in A_NAMNDER]
    return [sum(s[i] for s in subs) for i in range(6)]


def a_skatt():
    """Skatteintäkter och generella statsbidrag 2026 (mnkr) = nettokostnader + gemensamt + resultat."""
    return round(-a_total()[5] / 1000 + A_GEMENSAMT_2026 + A_RESULTAT_2026, 1)


# ====================================================================== (b) Dövringe kommun, delegationsbeslut
# (group, delegationspunkt, beslut, datum, delegat, lagrum)
B_GROUPS = ["1 Individ- och familjeomsorg", "2 Äldreomsorg och funktionsstöd", "3 Personal",
            "4 Ekonomi och upphandling", "5 Brådskande beslut"]
B_ROWS = [
    ("1", "1.3", "Ansökan hos förvaltningsrätten om vård enligt LVU, ärende IFO 26-117", "2026-03-04", "Ordf",
     "4 § LVU"),
    ("1", "1.4", "Omedelbart omhändertagande av en ungdom, ärende IFO 26-121", "2026-03-06", "Ordf",
     "6 § LVU"),
    ("1", "1.9", "Beslut om att vården av ett barn ska upphöra, ärende IFO 25-388", "2026-03-27", "Sn au",
     "21 § LVU"),
    ("1", "1.12", "Yttrande till åklagare om ungdom misstänkt för brott, ärende IFO 26-140", "2026-04-02", "Su",
     "11 § LUL"),
    ("1", "1.15", "Tillfälligt flyttningsförbud för ett placerat barn, ärende IFO 26-133", "2026-04-14", "Ordf",
     "27 § LVU"),
    ("2", "2.2", "Plats i särskilt boende efter omprövning, ärende ÄO 26-052", "2026-03-11", "Ec",
     "4 kap. 1 § SoL"),
    ("2", "2.6", "Bostad med särskild service för vuxna, ärende LSS 26-019", "2026-03-24", "Ec", "9 § 9 LSS"),
    ("2", "2.7", "Avslag på ansökan om personlig assistans, ärende LSS 26-023", "2026-04-08", "Ec", "9 § 2 LSS"),
    ("2", "2.11", "Rapport till IVO om ej verkställt beslut om särskilt boende", "2026-04-21", "Fc",
     "16 kap. 6 f § SoL"),
    ("3", "3.1", "Anställning av enhetschef för hemtjänsten i område Tallkotten", "2026-03-02", "Fc", "–"),
    ("3", "3.4", "Uppsägning på grund av arbetsbrist, en tjänst som administratör", "2026-03-30", "Fc", "7 § LAS"),
    ("3", "3.6", "Lönesättning vid nyanställning av fyra sjuksköterskor", "2026-04-16", "Ec", "–"),
    ("4", "4.2", "Tilldelning av avtal om matdistribution till hemtjänstens brukare, 1 450 000 kr per år",
     "2026-03-13", "Fc", "LOU 12 kap."),
    ("4", "4.3", "Direktupphandling av konsultstöd för boendeplanering, 480 000 kr", "2026-03-31", "Fc",
     "LOU 19 kap. 12 §"),
    ("4", "4.5", "Avskrivning av fordran avseende omsorgsavgifter, 38 600 kr", "2026-04-10", "Ekc", "–"),
    ("4", "4.7", "Eftergift av återbetalning av försörjningsstöd, 12 900 kr", "2026-04-23", "Ec", "–"),
    ("5", "5.1", "Yttrande till förvaltningsrätten i mål om vård enligt LVM, ärende IFO 26-098", "2026-03-17",
     "Ordf", "6 kap. 39 § KL"),
    ("5", "5.2", "Ansökan om statsbidrag för stärkt bemanning i äldreomsorgen, 2 300 000 kr", "2026-04-28",
     "Ordf", "6 kap. 39 § KL"),
]
B_DELEGAT = [("Ordf", "nämndens ordförande"), ("Sn au", "socialnämndens arbetsutskott"),
             ("Fc", "förvaltningschef"), ("Ec", "enhetschef"), ("Su", "socialsekreterare"),
             ("Ekc", "ekonomichef")]
B_BREAK_BEFORE = "3.4"   # first row on p. 3 (header repeated there)

# ====================================================================== (c) Region Nordkulla, primärvård
# (vårdcentral as printed, driftform, listade, kontakt samma dag 2025, 2026, medicinsk bedömning
#  inom tre dagar 2025, 2026); ".." = too few observations, "–" = no data (unit opened 2026)
C_VC = [
    ("Vårdcentralen Almbacka", "Egen regi", 11840, 82, 88, 79, 84),
    ("Vårdcentralen Hummelby", "Privat", 9310, 91, 93, 86, 90),
    ("Trastviks vårdcentral", "Egen regi", 14620, 77, 81, 72, 75),
    ("Vårdcentralen Kråkelund", "Privat", 6480, 88, 92, 90, 91),
    ("Vårdcentralen Svanedal", "Egen regi", 12150, 85, 84, 81, 80),
    ("Bäverholms vårdcentral", "Egen regi", 4020, 90, "..", 88, ".."),
    ("Grusåsens hälsocentral", "Privat", 7760, 79, 90, 74, 86),
    ("Vårdcentralen Starrmyra", "Egen regi", 10930, 86, 89, 83, 87),
    ("Fiskartorps vårdcentral", "Privat", 3150, "..", 94, "..", 92),
    ("Vårdcentralen Kolbotten", "Egen regi", 15480, 80, 78, 76, 73),
    ("Tjäderåsens vårdcentral¹", "Privat", 8240, 84, 90, 80, 85),
    ("Vårdcentralen Mossgläntan²", "Egen regi", 5610, "–", 86, "–", 82),
    ("Hjärtebo vårdcentral", "Egen regi", 13390, 83, 87, 81, 83),
    ("Vårdcentralen Ängslyckan", "Privat", 12870, 92, 95, 89, 93),
    ("Skatåsens vårdcentral", "Egen regi", 9050, 87, 91, 85, 90),
]
C_MAL = 90  # målvärde, procent, for both measures
C_ATGARDER = [
    ("Inför en gemensam telefonkö för vårdcentralerna i egen regi på eftermiddagar",
     ["start med Kolbotten och Trastvik i oktober 2026,",
      "utvärdering av väntetider och samtalsvolymer efter sex månader."]),
    ("Bygg ut den digitala första bedömningen i 1177 till samtliga vårdcentraler",
     ["gemensamma frågeformulär för de tio vanligaste sökorsakerna,",
      "svar till patienten inom två timmar på vardagar."]),
    ("Se över hur tillgänglighet ersätts i vårdvalets ersättningsmodell",
     ["förslag till regionstyrelsen inför beslut om förfrågningsunderlaget."]),
    ("Förstärk telefonrådgivningen med sjuksköterskor från bemanningspoolen", []),
    ("Mät tillgängligheten manuellt på de minsta vårdcentralerna under hösten",
     ["gäller Bäverholm och Fiskartorp,",
      "resultatet redovisas i delårsrapporten."]),
]

# ====================================================================== (d) Getåkra kommun, digitaliseringsplan
# (code, title, ansvarig, start, klart, year done, budget mnkr, driftkostnad per år mnkr, status, syfte)
D_PROJ = [
    ("P1", "E-tjänst för ansökan om bygglov", "Samhällsbyggnadsförvaltningen", "kvartal 1 2026", "juni 2026", 2026,
     0.9, 0.15, "Pågår",
     "Sökande ska kunna lämna in kompletta ansökningar digitalt och följa sitt ärende."),
    ("P2", "Digital lärplattform för grundskolan", "Utbildningsförvaltningen", "augusti 2025", "kvartal 2 2027",
     2027, 3.6, 0.55, "Pågår",
     "En gemensam plattform för planering, bedömning och kontakt med vårdnadshavare i alla grundskolor."),
    ("P3", "E-arkiv för avslutade ärenden", "Kommunledningsförvaltningen", "kvartal 3 2026", "december 2027", 2027,
     2.4, 0.30, "Planerad",
     "Avslutade ärenden ska bevaras digitalt i stället för att skrivas ut och arkiveras på papper."),
    ("P4", "Sensorer för inomhusklimat i skollokaler", "Samhällsbyggnadsförvaltningen", "januari 2026",
     "kvartal 4 2026", 2026, 1.1, 0.10, "Pågår",
     "Mäta temperatur, koldioxid och luftfuktighet i klassrummen för att styra ventilationen efter behov."),
    ("P5", "Schemaläggning och bemanningssystem i omsorgen", "Vård- och omsorgsförvaltningen", "kvartal 4 2026",
     "kvartal 3 2028", 2028, 2.9, 0.40, "Förstudie",
     "Ett system för scheman, korttidsbemanning och tidrapportering i hemtjänst och särskilt boende."),
    ("P6", "Automatiserad fakturahantering med robot", "Kommunledningsförvaltningen", "mars 2026",
     "september 2026", 2026, 0.6, 0.08, "Pågår",
     "Leverantörsfakturor som stämmer mot order ska konteras och attesteras utan manuell hantering."),
    ("P7", "Digitala läromedel i gymnasieskolan", "Utbildningsförvaltningen", "kvartal 2 2026", "juni 2027", 2027,
     1.8, 0.35, "Pågår",
     "Licenser och digitala läromedel för alla program på gymnasieskolan, i stället för tryckta böcker."),
    ("P8", "Nytt journalsystem för elevhälsan", "Utbildningsförvaltningen", "kvartal 1 2027", "kvartal 4 2027",
     2027, 0.8, 0.12, "Planerad",
     "Elevhälsans medicinska och psykologiska journaler ska föras i ett system som uppfyller kraven på behörighet."),
    ("P9", "Digital signering av beslut och protokoll", "Kommunledningsförvaltningen", "februari 2026",
     "kvartal 2 2026", 2026, 0.3, 0.05, "Pågår",
     "Protokoll, avtal och delegationsbeslut ska kunna signeras med e-legitimation."),
    ("P10", "Medborgarportal med Mina sidor", "Kommunledningsförvaltningen", "kvartal 3 2026", "mars 2028", 2028,
     1.7, 0.25, "Planerad",
     "Invånare och företag ska samla sina ärenden, fakturor och beslut på ett ställe."),
    ("P11", "Mobila arbetssätt i hemtjänsten", "Vård- och omsorgsförvaltningen", "oktober 2026",
     "kvartal 1 2027", 2027, 0.7, 0.09, "Planerad",
     "Personalen ska kunna läsa och dokumentera insatser i mobilen hos brukaren."),
]


def d_total():
    return round(sum(p[6] for p in D_PROJ), 1)


# ====================================================================== (e) Knaphöjda kommun, KF-protokoll
# (nr, title, vote or None: (ja, nej, avstår))
E_PARA = [
    (63, "Val av justerare och tid för justering", None),
    (64, "Årsredovisning 2025 och ansvarsfrihet för styrelse och nämnder", None),
    (65, "Tilläggsbudget för ombyggnad av Rävlyckans förskola", (31, 18, 0)),
    (66, "Ny skolorganisation med nedläggning av Skräddarbo skola", (27, 20, 2)),
    (67, "Ändrad taxa för tillstånd att servera alkohol", (26, 21, 2)),
    (68, "Svar på motion om fria bussresor för pensionärer", None),
    (69, "Anmälan av nya motioner", None),
    (70, "Avsägelse och fyllnadsval i kultur- och fritidsnämnden", None),
]
E_MOTIONER = [
    "Motion om solceller på kommunens förskolor (C)",
    "Motion om fler laddplatser vid Knaphöjda station (L)",
    "Motion om ett ungdomsråd med egen budget (V)",
    "Motion om avgiftsfri kulturskola för alla barn (S)",
]
