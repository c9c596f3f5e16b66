"""Table and list data of the six synthetic7 documents.

The build scripts draw the tables and lists from these structures, and check.py recomputes the
expected items of every list question (conditional or not) from them.
"""

# ---------------------------------------------------------------- (a) Ramsvika kommun, årsredovisning 2025
# Nyckeltal: label, 2023, 2024, 2025, decimals (None = integer with thousand separator)
A_NYCKEL = [
    ("Antal invånare 31 december", 24618, 24803, 24951, None),
    ("Skattesats, kronor per skattekrona", 21.64, 21.64, 21.89, 2),
    ("Skatteintäkter och generella statsbidrag, mnkr", 1741.2, 1822.5, 1879.0, 1),
    ("Verksamhetens nettokostnader, mnkr", 1694.8, 1790.3, 1874.6, 1),
    ("Årets resultat, mnkr", 38.2, 12.6, -7.4, 1),
    ("Resultat i procent av skatteintäkter och bidrag", 2.2, 0.7, -0.4, 1),
    ("Balanskravsresultat, mnkr", 35.9, 10.1, -2.8, 1),
    ("Nettoinvesteringar, mnkr", 168.4, 203.7, 246.8, 1),
    ("Självfinansieringsgrad av investeringar, %", 61.5, 44.2, 29.8, 1),
    ("Soliditet enligt balansräkningen, %", 46.1, 43.8, 40.2, 1),
    ("Soliditet inklusive samtliga pensionsåtaganden, %", 29.7, 28.4, 26.1, 1),
    ("Låneskuld, mnkr", 412.0, 498.0, 621.5, 1),
    ("Antal tillsvidareanställda", 2187, 2214, 2268, None),
    ("Sjukfrånvaro, % av ordinarie arbetstid", 7.4, 7.1, 6.8, 1),
]

# Finansiella mål: nr, mål, målvärde, utfall 2025, uppfyllt (Ja/Nej)
A_FINMAL = [
    ("1", "Resultatet ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag "
          "sett över en rullande treårsperiod", "minst 1,5 %", "0,8 %", "Nej"),
    ("2", "Verksamhetens nettokostnader ska inte öka snabbare än skatteintäkter och generella statsbidrag",
     "högst 3,1 %", "4,7 %", "Nej"),
    ("3", "Investeringarna ska under en femårsperiod till minst hälften finansieras med egna medel",
     "minst 50 %", "42,6 %", "Nej"),
    ("4", "Soliditeten inklusive samtliga pensionsåtaganden ska inte understiga 25 procent",
     "minst 25 %", "26,1 %", "Ja"),
    ("5", "Låneskulden per invånare ska inte överstiga 30 000 kronor", "högst 30 000 kr", "24 909 kr", "Ja"),
    ("6", "Balanskravsresultatet ska vara positivt varje år", "över 0 mnkr", "−2,8 mnkr", "Nej"),
]

# Verksamhetsmål: målområde, mål, bedömning
A_VMAL = [
    ("Livskvalitet och trygghet", "Invånarna ska känna sig trygga i sin närmiljö", "Delvis uppfyllt"),
    ("Livskvalitet och trygghet", "Äldre ska erbjudas en god och säker vård och omsorg", "Uppfyllt"),
    ("Livskvalitet och trygghet", "Barn och unga ska ha tillgång till en meningsfull fritid", "Uppfyllt"),
    ("Kunskap och arbete", "Fler elever ska nå kunskapskraven i samtliga ämnen", "Ej uppfyllt"),
    ("Kunskap och arbete", "Andelen invånare som arbetar eller studerar ska öka", "Delvis uppfyllt"),
    ("Kunskap och arbete", "Ramsvika ska ha ett av länets bästa företagsklimat", "Uppfyllt"),
    ("Hållbar samhällsutveckling", "Utsläppen av växthusgaser från kommunens verksamheter ska minska",
     "Delvis uppfyllt"),
    ("Hållbar samhällsutveckling", "Minst 120 nya bostäder ska färdigställas varje år", "Ej uppfyllt"),
    ("Attraktiv arbetsgivare", "Sjukfrånvaron bland kommunens medarbetare ska minska", "Uppfyllt"),
    ("Attraktiv arbetsgivare", "Andelen medarbetare som arbetar heltid ska öka", "Delvis uppfyllt"),
]

# Händelser av väsentlig betydelse (bullet list, p. 1)
A_HANDELSER = [
    "Kommunfullmäktige höjde skattesatsen med 25 öre till 21,89 kronor från och med den 1 januari 2025.",
    "Byggnationen av Strandängsskolan för 540 elever i årskurs F–6 pågick under hela året och skolan "
    "tas i bruk till höstterminen 2026.",
    "Vård- och omsorgsboendet Rönngården med 60 platser öppnade i maj, vilket gjorde det möjligt att "
    "avveckla de köpta platserna utanför kommunen.",
    "Ett it-angrepp mot kommunens e-postsystem i september ledde till att flera system var stängda "
    "under fyra dagar.",
    "En ny kommundirektör tillträdde den 1 juni 2025 efter att den tidigare gått i pension.",
    "Ramsvikahem AB påbörjade byggandet av 64 hyreslägenheter i kvarteret Sjöboden.",
]

# ---------------------------------------------------------------- (b) Furuskog kommun, detaljbudget 2026
# nämnd -> [(verksamhet, budget 2025, utfall 2025, budget 2026)] in tkr; net costs are negative
B_DRIFT = [
    ("Kommunstyrelsen", [
        ("Politisk verksamhet", -9850, -9412, -10120),
        ("Kommunledningskontoret", -58300, -61245, -60900),
        ("Räddningstjänst", -24600, -25930, -25800),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", -142500, -139870, -147300),
        ("Grundskola och fritidshem", -268900, -276415, -279600),
        ("Gymnasieskola", -98400, -103960, -101200),
        ("Vuxenutbildning", -21300, -19845, -21900),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", -231600, -243880, -244500),
        ("Funktionsstöd", -118200, -126310, -124900),
        ("Individ- och familjeomsorg", -64800, -71540, -68300),
        ("Ekonomiskt bistånd", -22400, -27130, -25100),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator, parker och trafik", -31700, -30215, -32400),
        ("Lokalförsörjning", -12300, -9870, -12800),
        ("Plan och bygglov", -6900, -7460, -7100),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Bibliotek och kultur", -18600, -18240, -19100),
        ("Fritid och idrott", -27400, -28115, -28200),
    ]),
]


def b_rows():
    """Flat rows: (nämnd, verksamhet, budget 2025, utfall 2025, avvikelse 2025, budget 2026)."""
    return [(n, v, b, u, u - b, b26) for n, rows in B_DRIFT for v, b, u, b26 in rows]


def b_summa(namnd):
    rows = [r for r in b_rows() if r[0] == namnd]
    return tuple(sum(r[i] for r in rows) for i in range(2, 6))


def b_total():
    return tuple(sum(r[i] for r in b_rows()) for i in range(2, 6))


# Prioriterade satsningar 2026: satsning, nämnd, tkr
B_SATS = [
    ("Fler förskollärare för att minska barngruppernas storlek", "Barn- och utbildningsnämnden", 4200),
    ("Utökad elevhälsa med kurator och skolsköterska i grundskolan", "Barn- och utbildningsnämnden", 2600),
    ("Lönesatsning på undersköterskor i äldreomsorgen", "Socialnämnden", 3800),
    ("Tidiga insatser för barn och unga inom individ- och familjeomsorgen", "Socialnämnden", 1900),
    ("Ökat underhåll av gång- och cykelvägar", "Samhällsbyggnadsnämnden", 1500),
    ("Rekryteringsstöd till räddningstjänstens deltidsbrandmän", "Kommunstyrelsen", 850),
    ("Lovaktiviteter för barn och unga under sommaren", "Kultur- och fritidsnämnden", 1200),
    ("Längre öppettider på huvudbiblioteket i Furuskog", "Kultur- och fritidsnämnden", 2100),
    ("Etableringsservice för nya företag", "Kommunstyrelsen", 950),
]

# ---------------------------------------------------------------- (c) Region Vättersund, revisionsrapport
C_REK = [
    ("Regionstyrelsen", [
        "Säkerställa att riktlinjerna för läkemedelshantering revideras och fastställs, så att de "
        "stämmer överens med gällande föreskrifter och är kända i samtliga verksamheter.",
        "Ta fram en regionövergripande modell för analys av läkemedelskostnadernas utveckling som kan "
        "användas i budget- och prognosarbetet.",
        "Tydliggöra ansvaret för uppföljningen av kassationer och ge läkemedelsenheten i uppdrag att "
        "årligen sammanställa och analysera resultatet.",
    ]),
    ("Hälso- och sjukvårdsnämnden", [
        "Begära en fördjupad analys av orsakerna till att läkemedelskostnaderna överskrider budget, "
        "med förslag till åtgärder och en bedömning av deras effekt.",
        "Säkerställa att samtliga vårdenheter genomför den årliga egenkontrollen av "
        "läkemedelshanteringen och att resultatet rapporteras till nämnden.",
        "Följa upp förskrivningen mot rekommendationslistan per vårdcentral och klinik minst två "
        "gånger per år.",
        "Se till att extern kvalitetsgranskning av farmaceut genomförs på varje vårdenhet minst vart "
        "annat år.",
    ]),
]

# Revisionsfrågor: område, nr, fråga, bedömning (Ja / Delvis / Nej), kommentar
C_FRAGOR = [
    ("Styrning", "1", "Finns det ändamålsenliga riktlinjer för läkemedelshantering som är beslutade och "
                      "kända i verksamheten?", "Delvis",
     "Riktlinjerna är från 2019 och hänvisar till upphävda föreskrifter."),
    ("Styrning", "2", "Är ansvaret för läkemedelshanteringen tydligt fördelat mellan förvaltning, "
                      "verksamhetschefer och enheter?", "Ja",
     "Ansvaret framgår av delegationsordning och lokala instruktioner."),
    ("Styrning", "3", "Finns det en fastställd budget och en prognosmodell för läkemedelskostnaderna?",
     "Ja", "Budget fastställs av nämnden; prognos lämnas varje månad."),
    ("Uppföljning", "4", "Följs läkemedelskostnaderna upp regelbundet och rapporteras avvikelser till "
                         "nämnden?", "Delvis",
     "Kostnaderna följs upp månadsvis men nämnden får endast tertialvisa uppgifter."),
    ("Uppföljning", "5", "Analyseras orsakerna till kostnadsutvecklingen och vidtas åtgärder?", "Nej",
     "Analyserna är översiktliga och leder sällan till beslut om åtgärder."),
    ("Uppföljning", "6", "Följs förskrivningen upp mot regionens rekommendationslista?", "Delvis",
     "Uppföljning sker för primärvården men inte för specialistvården."),
    ("Intern kontroll", "7", "Genomförs årliga egenkontroller av läkemedelshanteringen på vårdenheterna?",
     "Nej", "Endast 5 av 12 granskade enheter hade genomfört egenkontrollen."),
    ("Intern kontroll", "8", "Finns rutiner som säkerställer en säker hantering av narkotikaklassade "
                             "läkemedel?", "Ja", "Inventering sker enligt rutin; inga brister noterades."),
    ("Intern kontroll", "9", "Följs kassationer av läkemedel upp och används resultatet för att minska "
                             "svinnet?", "Nej", "Kassationerna sammanställs inte och analyseras inte."),
]

# ---------------------------------------------------------------- (d) Stensjöbro kommun, klimatanpassning
# nr, aktivitet, ansvarig, klart senast (ISO), format ("iso" | "lang"), status
D_AKT = [
    (1, "Uppdatera skyfallskarteringen med ny höjddata och nya klimatscenarier",
     "Samhällsbyggnadsförvaltningen", "2026-09-30", "iso", "Pågår"),
    (2, "Ta fram en skyfallsplan med åtgärder för de tio mest utsatta områdena",
     "Samhällsbyggnadsförvaltningen", "2027-06-30", "lang", "Ej påbörjad"),
    (3, "Införa krav på klimatanpassning i samtliga nya detaljplaner",
     "Samhällsbyggnadsförvaltningen", "2026-03-31", "iso", "Klar"),
    (4, "Kartlägga kapaciteten i dagvattennätet i centrala Stensjöbro",
     "Stensjöbro Vatten AB", "2026-12-31", "lang", "Pågår"),
    (5, "Bygga en fördröjningsdamm för dagvatten i Ängsdalen",
     "Stensjöbro Vatten AB", "2027-10-31", "lang", "Ej påbörjad"),
    (6, "Installera backventiler i kommunala fastigheter med källare i riskområden",
     "Fastighetsavdelningen", "2026-11-30", "iso", "Ej påbörjad"),
    (7, "Inventera risken för översvämning vid samtliga förskolor och skolor",
     "Fastighetsavdelningen", "2026-05-31", "iso", "Pågår"),
    (8, "Ta fram en plan för nedkylning av lokaler i vård- och omsorgsboenden vid värmebölja",
     "Socialförvaltningen", "2026-05-31", "lang", "Pågår"),
    (9, "Utbilda personalen i hemtjänsten om hälsorisker vid långvarig värme",
     "Socialförvaltningen", "2026-06-15", "iso", "Ej påbörjad"),
    (10, "Plantera skuggande träd på skolgårdar med hög värmebelastning",
     "Barn- och utbildningsförvaltningen", "2027-09-30", "iso", "Ej påbörjad"),
    (11, "Revidera handlingsprogrammet för räddningstjänst med scenarier för skyfall och skogsbrand",
     "Räddningstjänsten", "2026-10-31", "lang", "Pågår"),
    (12, "Öva ledning och samverkan vid en större översvämning tillsammans med grannkommunerna",
     "Räddningstjänsten", "2027-04-30", "iso", "Ej påbörjad"),
    (13, "Upphandla mobila översvämningsskydd för Storgatan och hamnområdet",
     "Räddningstjänsten", "2026-08-31", "iso", "Ej påbörjad"),
    (14, "Informera fastighetsägare om hur de kan skydda byggnader mot skyfall",
     "Kommunledningskontoret", "2026-04-30", "lang", "Klar"),
    (15, "Ta fram en kontinuitetsplan för dricksvattenförsörjningen vid långvarig torka",
     "Stensjöbro Vatten AB", "2027-03-31", "iso", "Pågår"),
    (16, "Utreda risken för skred och erosion längs Stensån",
     "Samhällsbyggnadsförvaltningen", "2027-12-31", "lang", "Ej påbörjad"),
    (17, "Säkra reservkraft till de tre största avloppspumpstationerna",
     "Stensjöbro Vatten AB", "2026-12-15", "iso", "Pågår"),
    (18, "Kartlägga värmeöar i centralorten med hjälp av satellitdata",
     "Samhällsbyggnadsförvaltningen", "2026-01-31", "iso", "Klar"),
    (19, "Anpassa skötseln av kommunens skogar till ökad risk för torka och brand",
     "Samhällsbyggnadsförvaltningen", "2028-06-30", "lang", "Ej påbörjad"),
    (20, "Ta fram rutiner för att skydda kulturhistoriska byggnader vid översvämning",
     "Kultur- och fritidsförvaltningen", "2027-11-30", "iso", "Ej påbörjad"),
    (21, "Inrätta en samordningsgrupp för klimatanpassning med alla förvaltningar",
     "Kommunledningskontoret", "2026-02-28", "iso", "Klar"),
    (22, "Följa upp handlingsplanen och rapportera årligen till kommunstyrelsen",
     "Kommunledningskontoret", "2028-12-31", "lang", "Pågår"),
]

# Gantt: insats, set of quarter indices (0 = Q1 2026 ... 11 = Q4 2028)
D_GANTT = [
    ("Uppdatering av skyfallskarteringen för hela kommunen", {0, 1, 2}),
    ("Kapacitetsutredning av dagvattennätet i centrum", {0, 1, 2, 3}),
    ("Projektering av fördröjningsdammen i Ängsdalen", {1, 2, 3}),
    ("Reservkraft till de tre största pumpstationerna", {1, 2, 3}),
    ("Backventiler i kommunala fastigheter med källare", {2, 3}),
    ("Skyfallsplan för de tio mest utsatta områdena", {3, 4, 5}),
    ("Byggnation av fördröjningsdammen i Ängsdalen", {4, 5, 6, 7}),
    ("Gemensam övning med grannkommunerna om översvämning", {4}),
    ("Utredning av skred och erosion längs Stensån", {5, 6, 7}),
    ("Plantering av skuggande träd på skolgårdar", {5, 6}),
    ("Skötselplan för kommunens skogar vid torka", {6, 7, 8, 9}),
    ("Årlig uppföljning och rapport till kommunstyrelsen", {3, 7, 11}),
]

# ---------------------------------------------------------------- (e) Korpilund kommun, KF-protokoll
E_ARS = [
    "att godkänna årsredovisningen 2025 för Korpilunds kommun,",
    "att av årets resultat reservera 6,2 mnkr till resultatutjämningsreserven,",
    "att föra över ej förbrukade investeringsmedel om 24,7 mnkr till 2026 års investeringsbudget,",
    "att uppdra åt socialnämnden att senast den 31 augusti 2026 redovisa en plan för en ekonomi i balans.",
]

# Votering § 46: parti -> (ja, nej, avstår); ja = avslag på motionen
E_PARTIER = ["S", "M", "SD", "C", "V", "KD", "L", "MP", "KL"]
E_VOT = {"S": (15, 0, 0), "M": (10, 0, 0), "SD": (0, 11, 0), "C": (1, 3, 0), "V": (0, 4, 0),
         "KD": (3, 0, 0), "L": (2, 0, 0), "MP": (0, 1, 0), "KL": (0, 1, 0)}

# Obesvarade motioner (§ 49): motion, inlämnad (ISO), motionär (parti), remitterad till
E_MOT = [
    ("Motion om solceller på kommunens fastigheter", "2024-11-18", "MP", "Samhällsbyggnadsnämnden"),
    ("Motion om fler lärarassistenter i lågstadiet", "2025-01-27", "L", "Barn- och utbildningsnämnden"),
    ("Motion om trygghetskameror vid resecentrum", "2025-02-24", "SD", "Kommunstyrelsen"),
    ("Motion om avgiftsfri simskola för alla sexåringar", "2025-03-31", "S", "Kultur- och fritidsnämnden"),
    ("Motion om att införa ett fritidskort för unga", "2025-05-26", "V", "Kultur- och fritidsnämnden"),
    ("Motion om läxhjälp på samtliga skolor", "2025-06-16", "KD", "Barn- och utbildningsnämnden"),
    ("Motion om heltid som norm inom äldreomsorgen", "2025-09-22", "V", "Socialnämnden"),
    ("Motion om skolmat lagad från grunden", "2025-10-20", "C", "Barn- och utbildningsnämnden"),
    ("Motion om en strategi mot ofrivillig ensamhet bland äldre", "2025-11-24", "S", "Socialnämnden"),
    ("Motion om laddplatser vid kommunens idrottsanläggningar", "2026-01-26", "M", "Samhällsbyggnadsnämnden"),
]

# Fyllnadsval (§ 48): uppdrag, namn, parti, period
E_VAL = [
    ("Ledamot i socialnämnden efter Lena Bergkvist", "Johanna Pettersson", "S", "till och med 2026-12-31"),
    ("Ersättare i barn- och utbildningsnämnden", "Ahmed Karimi", "M", "till och med 2026-12-31"),
    ("Ledamot i styrelsen för Korpilunds Energi AB", "Per-Olof Nyström", "C", "till slutet av årsstämman 2027"),
    ("Nämndeman i tingsrätten", "Birgitta Holm", "KD", "till och med 2027-12-31"),
]

# ---------------------------------------------------------------- (f) Lerviken kommun, folkhälsopolicy
F_PRINCIPER = [
    "Hälsofrämjande och förebyggande insatser ska prioriteras framför åtgärder i efterhand.",
    "Insatserna ska utformas enligt principen om proportionell universalism, så att stödet står i "
    "proportion till behoven.",
    "Barns och ungas perspektiv ska beaktas i alla beslut som rör deras livsvillkor.",
    "Arbetet ska bygga på bästa tillgängliga kunskap och följas upp systematiskt.",
    "Invånarna ska ges möjlighet att vara delaktiga när insatser planeras och genomförs.",
    "Kommunen ska samverka med regionen, civilsamhälle, näringsliv och andra myndigheter.",
]

F_DEF = [
    ("Folkhälsa", "Hälsotillståndet i hela befolkningen, där hänsyn tas till både nivån på hälsan och "
                  "hur den är fördelad mellan olika grupper."),
    ("Jämlik hälsa", "Att alla grupper i befolkningen har samma möjligheter till god hälsa, oavsett "
                     "kön, utbildning, inkomst, ursprung eller var i kommunen man bor."),
    ("Hälsofrämjande arbete", "Insatser som stärker de faktorer som bidrar till att människor "
                              "behåller och förbättrar sin hälsa."),
    ("Förebyggande arbete", "Insatser som syftar till att förhindra att sjukdom, skada eller sociala "
                            "problem uppstår eller förvärras."),
    ("Proportionell universalism", "Ett arbetssätt där insatser riktas till alla invånare men där "
                                   "omfattningen och intensiteten ökar i takt med behoven, så att "
                                   "grupper med sämre hälsa får mer stöd."),
    ("Skyddsfaktor", "En omständighet som minskar sannolikheten för ohälsa, till exempel goda "
                     "relationer, fullföljd skolgång eller fysisk aktivitet."),
    ("Riskfaktor", "En omständighet som ökar sannolikheten för ohälsa, till exempel tobaksbruk, "
                   "ekonomisk utsatthet eller social isolering."),
]

# Transposed table: columns = measures, rows = population groups
F_MATT = ["Gott självskattat hälsotillstånd", "Röker dagligen", "Fysiskt aktiva minst 150 min/vecka",
          "Fetma", "Riskabla alkoholvanor", "Nedsatt psykiskt välbefinnande"]
F_GRUPPER = [
    ("Lerviken 2020", [70.1, 11.3, 58.6, 17.2, 15.0, 15.8]),
    ("Lerviken 2024", [68.4, 9.1, 61.0, 18.7, 14.2, 17.3]),
    ("Kvinnor i Lerviken 2024", [66.9, 9.6, 62.4, 17.9, 9.8, 20.9]),
    ("Män i Lerviken 2024", [69.9, 8.6, 59.6, 19.5, 18.6, 13.7]),
    ("Riket 2024", [72.5, 6.4, 66.3, 16.1, 15.7, 18.6]),
]

# Målområden och indikatorer: målområde -> [(indikator, utgångsvärde, målvärde 2030, källa)]
F_IND = [
    ("1. Goda uppväxtvillkor för barn och unga", [
        ("Andel barn som lever i ekonomiskt utsatta hushåll", "11,4 % (2023)", "8 %", "SCB"),
        ("Andel elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram", "82,6 % (2025)", "90 %",
         "Skolverket"),
        ("Andel elever i årskurs 8 som känner sig trygga i skolan", "79,5 % (2025)", "90 %",
         "Elevhälsoenkäten"),
    ]),
    ("2. Goda levnadsvanor", [
        ("Andel vuxna som röker dagligen", "9,1 % (2024)", "5 %", "Nationella folkhälsoenkäten"),
        ("Andel vuxna som är fysiskt aktiva minst 150 minuter per vecka", "61,0 % (2024)", "70 %",
         "Nationella folkhälsoenkäten"),
        ("Andel elever i gymnasiets år 2 som druckit alkohol den senaste månaden", "38,2 % (2025)", "25 %",
         "Elevhälsoenkäten"),
        ("Andel vuxna med fetma", "18,7 % (2024)", "15 %", "Nationella folkhälsoenkäten"),
    ]),
    ("3. Psykisk hälsa och delaktighet", [
        ("Andel vuxna med nedsatt psykiskt välbefinnande", "17,3 % (2024)", "13 %",
         "Nationella folkhälsoenkäten"),
        ("Andel elever i gymnasiets år 2 som ofta känner sig stressade", "41,5 % (2025)", "30 %",
         "Elevhälsoenkäten"),
        ("Andel invånare 65 år och äldre som känner sig ofrivilligt ensamma", "12,8 % (2024)", "9 %",
         "Nationella folkhälsoenkäten"),
        ("Valdeltagande i valet till kommunfullmäktige", "81,9 % (2022)", "85 %", "Valmyndigheten"),
    ]),
    ("4. Hälsofrämjande livsmiljöer", [
        ("Andel invånare som känner sig trygga ute ensamma en sen kväll", "71,4 % (2025)", "80 %",
         "Trygghetsmätningen"),
        ("Anmälda våldsbrott per 100 000 invånare", "1 064 (2024)", "850", "Brå"),
        ("Andel elever i årskurs 5 som går eller cyklar till skolan", "64,0 % (2025)", "75 %",
         "Resvaneenkäten"),
    ]),
]
