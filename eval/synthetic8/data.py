"""Table rows and list items of the five synthetic8 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them."""

# ---------------------------------------------------------------- (a) Alvsäter, BUN nämndplan 2026
# (målområde, [(mål heading, [(indikator, utgångsvärde, målvärde 2026, källa), ...]), ...])
A_MAL = [
    ("Målområde 1 Kunskap och lärande", [
        ("Mål 1.1 Fler elever når kunskapskraven i grundskolan", [
            ("Andel elever i åk 9 behöriga till yrkesprogram, %", "81,4 (2025)", "86,0", "Skolverket"),
            ("Genomsnittligt meritvärde i åk 9", "219,5 (2025)", "228,0", "Skolverket"),
            ("Andel elever i åk 6 med lägst betyget E i matematik, %", "84,2 (2025)", "88,0", "Skolverket"),
        ]),
        ("Mål 1.2 Tidiga insatser ger alla barn en god läsförmåga", [
            ("Andel elever i åk 1 som klarar bedömningsstödet i läsförståelse, %", "76,0 (2025)", "85,0",
             "Egen mätning"),
            ("Andel elever i åk 3 med godkänt nationellt prov i svenska, %", "88,1 (2025)", "92,0", "Skolverket"),
        ]),
        ("Mål 1.3 Gymnasieeleverna fullföljer sin utbildning", [
            ("Andel elever med examen inom tre år, %", "71,3 (2025)", "76,0", "Skolverket"),
            ("Andel elever som avbryter studierna under första läsåret, %", "6,8 (2025)", "4,5", "Egen mätning"),
        ]),
    ]),
    ("Målområde 2 Trygghet och hälsa", [
        ("Mål 2.1 Eleverna känner sig trygga i skolan", [
            ("Andel elever i åk 5 som känner sig trygga i skolan, %", "89,0 (2025)", "93,0", "Elevenkäten"),
            ("Andel elever i åk 8 som känner sig trygga i skolan, %", "80,5 (2025)", "86,0", "Elevenkäten"),
            ("Antal anmälningar om kränkande behandling per 100 elever", "4,9 (2025)", "3,5", "Egen mätning"),
        ]),
        ("Mål 2.2 Frånvaron i grundskolan minskar", [
            ("Andel elever med mer än 15 procent frånvaro, %", "13,7 (2025)", "10,0", "Egen mätning"),
            ("Antal elever med långvarig problematisk frånvaro", "42 (2025)", "25", "Egen mätning"),
        ]),
        ("Mål 2.3 Barnen i förskolan får en god och hälsosam miljö", [
            ("Genomsnittligt antal barn per barngrupp i förskolan", "16,2 (2025)", "15,0", "Egen mätning"),
            ("Andel vårdnadshavare som är nöjda med förskolan, %", "91,0 (2024)", "93,0",
             "Vårdnadshavarenkäten"),
        ]),
    ]),
    ("Målområde 3 Kompetens och arbetsmiljö", [
        ("Mål 3.1 Andelen behöriga pedagoger ökar", [
            ("Andel lärare med legitimation i grundskolan, %", "74,6 (2025)", "78,0", "Skolverket"),
            ("Andel förskollärare av personalen i förskolan, %", "38,2 (2025)", "40,0", "Egen mätning"),
        ]),
        ("Mål 3.2 Sjukfrånvaron bland medarbetarna minskar", [
            ("Sjukfrånvaro bland medarbetarna, % av arbetad tid", "7,9 (2025)", "6,5", "Personalsystemet"),
            ("Andel medarbetare som rekommenderar nämnden som arbetsgivare, %", "64,0 (2025)", "70,0",
             "Medarbetarenkäten"),
        ]),
    ]),
]


def a_indicators():
    """Flat rows: (mål heading, indikator, utgångsvärde, målvärde, källa)."""
    return [(m, *ind) for _, mals in A_MAL for m, inds in mals for ind in inds]


# (nr, uppdrag, ansvarig, status) – status is shown only by an X in one of three columns
A_UPPDRAG = [
    (1, "Ta fram en plan för läsfrämjande insatser i förskoleklass", "Grundskolechef", "Klar"),
    (2, "Utreda samordnad skolskjutsplanering för landsbygdsskolorna", "Förvaltningschef", "Pågår"),
    (3, "Införa digital frånvarorapportering i alla grundskolor", "IT-samordnare", "Klar"),
    (4, "Revidera riktlinjerna för tilläggsbelopp till fristående huvudmän", "Ekonomichef", "Ej påbörjad"),
    (5, "Starta en introduktionsklass för nyanlända elever på Kvarnbacksskolan", "Grundskolechef", "Pågår"),
    (6, "Genomföra en lokalutredning för förskolorna i östra kommundelen", "Förvaltningschef", "Pågår"),
    (7, "Ta fram en kompetensförsörjningsplan för förskolan", "HR-strateg", "Ej påbörjad"),
    (8, "Utvärdera försöket med lovskola i matematik för åk 7–9", "Grundskolechef", "Klar"),
    (9, "Inrätta ett elevhälsoteam för gymnasieskolans introduktionsprogram", "Gymnasiechef", "Klar"),
    (10, "Upphandla ett nytt system för schemaläggning och lokalbokning", "IT-samordnare", "Ej påbörjad"),
    (11, "Se över avgifterna och reglerna för fritidshem", "Ekonomichef", "Pågår"),
    (12, "Genomföra trygghetsvandringar med elevråden på samtliga skolor", "Rektorer", "Klar"),
    (13, "Ta fram en rutin för överlämning mellan förskola och förskoleklass", "Förskolechef", "Ej påbörjad"),
]
A_STATUS = ["Klar", "Pågår", "Ej påbörjad"]

# ---------------------------------------------------------------- (b) Region Mälarbotten, revisionsrapport
B_REK = [
    "Säkerställ att responstiderna följs upp per kommun och rapporteras till hälso- och sjukvårdsnämnden "
    "varje kvartal.",
    "Ta fram en plan för hur ambulansstationen i Skärvsta ska kunna bemannas dygnet runt.",
    "Inför en gemensam rutin för överrapportering mellan ambulans och akutmottagning på båda sjukhusen.",
    "Följ upp avtalet med den externa utföraren av liggande sjuktransporter minst en gång per år.",
    "Analysera orsakerna till den höga personalomsättningen bland ambulanssjuksköterskor och vidta åtgärder.",
    "Förtydliga ansvarsfördelningen mellan regionstyrelsen och hälso- och sjukvårdsnämnden för den "
    "prehospitala beredskapen.",
]
# (granskningsområde, iakttagelse, bedömning)
B_OMR = [
    ("Mål och styrdokument", "Det finns ett regionövergripande mål för responstid men inga mål per kommun.",
     "Gul"),
    ("Uppföljning av responstider", "Responstiderna följs upp månadsvis på regionnivå, men nämnden får en "
     "redovisning bara en gång per år.", "Gul"),
    ("Bemanning och schemaläggning", "Stationen i Skärvsta var obemannad nattetid under 41 nätter 2025.", "Röd"),
    ("Kompetensförsörjning", "Personalomsättningen bland ambulanssjuksköterskor var 17,8 procent 2025.", "Röd"),
    ("Överrapportering på akutmottagningen", "Rutinerna skiljer sig mellan sjukhusen och tiden för "
     "överlämning mäts inte.", "Gul"),
    ("Avtalsuppföljning", "Avtalet om liggande sjuktransporter har inte följts upp sedan 2023.", "Röd"),
    ("Medicinteknisk utrustning", "Utrustningen underhålls enligt plan och fel åtgärdas inom avtalad tid.",
     "Grön"),
    ("Avvikelsehantering", "Avvikelser rapporteras och analyseras i en etablerad process med återkoppling.",
     "Grön"),
    ("Samverkan med räddningstjänsten", "Avtal om IVPA-larm finns med fem av regionens sex kommuner.", "Gul"),
]

# ---------------------------------------------------------------- (c) Hagfjärda, delårsrapport jan–aug
# (verksamhet, budget 2026, utfall jan–aug, prognos helår) in tkr; avvikelse = budget − prognos
C_VERK = [
    ("Nämnd och förvaltningsgemensam administration inklusive central ledning", 24300, 15920, 23900),
    ("Hemtjänst i ordinärt boende i egen regi och köpt från externa utförare", 118600, 83410, 126200),
    ("Särskilt boende för äldre inklusive korttidsplatser och växelvård", 246800, 166030, 251300),
    ("Hemsjukvård och rehabilitering i hemmet", 52100, 33960, 51400),
    ("Insatser enligt LSS: gruppbostäder, daglig verksamhet och personlig assistans", 139500, 95870, 145100),
    ("Socialpsykiatri och boendestöd för vuxna", 31200, 20150, 30600),
    ("Individ- och familjeomsorg, placeringar av barn och unga i HVB och familjehem", 68400, 51290, 77900),
    ("Vuxna med missbruk, öppenvård och institutionsvård", 27900, 19840, 29300),
    ("Ekonomiskt bistånd och arbetsmarknadsinsatser", 44700, 28120, 42500),
    ("Flyktingmottagande och integration inklusive etableringsinsatser", 12600, 7180, 11200),
]


def c_rows():
    return [(n, b, u, p, b - p) for n, b, u, p in C_VERK]


def c_total():
    rs = c_rows()
    return tuple(sum(r[i] for r in rs) for i in range(1, 5))


# prognosed deviation (mnkr) after each month
C_MANAD = [("januari", -6.1), ("februari", -8.4), ("mars", -11.9), ("april", -14.2), ("maj", -17.6),
           ("juni", -19.8), ("juli", -21.0), ("augusti", -23.3)]

# ---------------------------------------------------------------- (d) Tornbacka, KS-protokoll 2026-05-18
D_PARA = [
    dict(nr=61, title="Val av justerare", dnr="", text=[],
         beslut=["Kommunstyrelsen utser Maria Lindqvist (C) att jämte ordföranden justera dagens protokoll.",
                 "Justeringen sker på kommunkansliet onsdagen den 20 maj 2026 klockan 15.00."],
         exp=["Kommunkansliet"]),
    dict(nr=62, title="Ekonomisk uppföljning per april 2026", dnr="Dnr KS 2026/141",
         text=["Ekonomiavdelningen har sammanställt nämndernas uppföljning per den 30 april. Prognosen för helåret "
               "pekar mot ett resultat på 8,7 mnkr, vilket är 12,4 mnkr lägre än budgeterat. Socialnämnden "
               "prognostiserar ett underskott om 14,9 mnkr och tekniska nämnden ett underskott om 2,1 mnkr, medan "
               "finansförvaltningen redovisar ett överskott på 4,6 mnkr.",
               "Underskottet inom socialnämnden beror främst på ökade kostnader för externa placeringar av barn och "
               "unga samt på fler beviljade timmar inom hemtjänsten."],
         beslut=["Uppföljningen per april 2026 godkänns.",
                 "Socialnämnden uppmanas att senast den 15 juni 2026 redovisa en åtgärdsplan för en budget i balans.",
                 "Tekniska nämnden ges i uppdrag att pröva om planerat underhåll kan senareläggas till 2027."],
         exp=["Socialnämnden, för åtgärd", "Tekniska nämnden, för åtgärd", "Ekonomichef Robert Lund",
              "Kommunens revisorer, för kännedom"]),
    dict(nr=63, title="Försäljning av fastigheten Tornbacka Smedjan 4", dnr="Dnr KS 2026/97",
         text=["Fastigheten Smedjan 4 omfattar 4 210 kvadratmeter och har sedan 2023 stått tom. Tre anbud har "
               "kommit in efter annonsering. Det högsta anbudet, 6 850 000 kronor, har lämnats av Lindholms "
               "Byggnads AB och överstiger värderingen från februari 2026 med 350 000 kronor."],
         beslut=["Fastigheten Smedjan 4 säljs till Lindholms Byggnads AB för 6 850 000 kronor.",
                 "Kommundirektören får i uppdrag att underteckna köpekontrakt och köpebrev.",
                 "Köpeskillingen ska användas till amortering av kommunens låneskuld."],
         exp=["Kommundirektör Camilla Norén", "Ekonomichef Robert Lund", "Mark- och exploateringsenheten",
              "Lindholms Byggnads AB", "Lantmäterienheten, för kännedom"]),
    dict(nr=64, title="Ny förskola i Kvarnhagen", dnr="Dnr KS 2025/402",
         text=["Barn- och utbildningsnämnden har begärt en ny förskola i den norra kommundelen, där antalet barn i "
               "åldern 1–5 år väntas öka från 310 till 385 fram till 2030. Förskolan beräknas kosta 64,5 mnkr, "
               "varav 3,2 mnkr avser inventarier och utemiljö, och kan tas i bruk i augusti 2028."],
         beslut=["Kommunfullmäktige föreslås godkänna att en förskola med åtta avdelningar uppförs i Kvarnhagen.",
                 "Investeringsramen föreslås uppgå till 64,5 mnkr för hela projektet.",
                 "Investeringen finansieras genom upplåning inom den av fullmäktige beslutade låneramen.",
                 "Förskolorna Solgläntan och Myran avvecklas när den nya förskolan har tagits i bruk.",
                 "Barn- och utbildningsnämnden ska senast 2026-11-30 redovisa en plan för lokalförsörjningen."],
         exp=["Kommunfullmäktige, för beslut", "Barn- och utbildningsnämnden, för åtgärd",
              "Tekniska förvaltningen, projektavdelningen", "Ekonomichef Robert Lund"]),
    dict(nr=65, title="Svar på motion om avgiftsfri kollektivtrafik för pensionärer", dnr="Dnr KS 2025/311",
         text=["Ingrid Falk (V) föreslår i en motion att pensionärer som är folkbokförda i kommunen ska få åka "
               "avgiftsfritt med kollektivtrafiken under lågtrafik. Förvaltningen uppskattar att omkring "
               "3 100 personer skulle använda erbjudandet och att kostnaden blir 2,4 mnkr per år.",
               "Förvaltningen bedömer att kostnaden inte ryms i den ekonomiska planen, eftersom kommunen redan "
               "prognostiserar ett underskott mot budget och måste prioritera lagstadgade verksamheter. Dessutom "
               "planerar regionens kollektivtrafikmyndighet ett rabatterat seniorkort från 2027, som skulle "
               "täcka en stor del av behovet utan kostnad för kommunen."],
         beslut=["Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."],
         exp=["Kommunfullmäktige, för beslut", "Motionären Ingrid Falk (V)"]),
    dict(nr=66, title="Riktlinjer för bisysslor", dnr="Dnr KS 2026/58",
         text=["HR-avdelningen har tagit fram nya riktlinjer för bisysslor som ersätter riktlinjerna från 2017. "
               "De nya riktlinjerna förtydligar vad som är en förtroendeskadlig bisyssla och hur den ska anmälas."],
         beslut=["Riktlinjer för bisysslor antas i enlighet med bilaga till tjänsteskrivelsen.",
                 "Riktlinjerna gäller från den 1 juli 2026 och ersätter tidigare riktlinjer.",
                 "Samtliga chefer ska under hösten 2026 informera sina medarbetare om de nya riktlinjerna.",
                 "HR-avdelningen ska följa upp tillämpningen och rapportera till kommunstyrelsen i mars 2027."],
         exp=["HR-avdelningen", "Samtliga förvaltningschefer", "De fackliga organisationerna"]),
    dict(nr=67, title="Yttrande över länsplan för regional transportinfrastruktur 2026–2037",
         dnr="Dnr KS 2026/102",
         text=["Kommunen har fått tillfälle att yttra sig över förslaget till länsplan. I förslaget saknas "
               "medel för en gång- och cykelväg mellan Tornbacka och Östra Lid, som kommunen har efterfrågat "
               "sedan 2019."],
         beslut=["Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.",
                 "Kommunstyrelsen framhåller särskilt behovet av en gång- och cykelväg till Östra Lid."],
         exp=["Länsstyrelsen", "Samhällsbyggnadsförvaltningen"]),
    dict(nr=68, title="Redovisning av delegationsbeslut", dnr="",
         text=["Förteckning över delegationsbeslut fattade under perioden 2026-04-01 – 2026-04-30 redovisas."],
         beslut=["Redovisningen läggs till handlingarna."],
         exp=["Kommunkansliet"]),
]

# ---------------------------------------------------------------- (e) Vindeborg, föreningsbidrag 2026
# (förening, ändamål, sökt belopp, beviljat belopp – int or "Avslag")
E_BIDRAG = [
    ("Vindeborgs IK Fotboll", "Verksamhetsbidrag för ungdomsverksamhet", 185000, 160000),
    ("Vindeborgs Schackklubb", "Deltagande i ungdoms-SM", 24000, 12000),
    ("Hembygdsföreningen Gamla Vindeborg", "Renovering av kvarnstugans tak", 95000, 60000),
    ("PRO Vindeborg", "Friskvårdsaktiviteter för seniorer", 30000, 30000),
    ("Scoutkåren Ulvarna", "Lägerverksamhet och utrustning", 45000, 0),
    ("Vindeborgs Konstförening", "Sommarutställning i gamla tingshuset", 38000, 25000),
    ("Föreningen Kulturkvarnen", "Musikfestival i augusti", 150000, "Avslag"),
    ("IFK Vindeborg Handboll", "Verksamhetsbidrag för ungdomsverksamhet", 120000, 110000),
    ("Vindeborgs Ryttarsällskap", "Nytt underlag på ridbanan", 210000, 75000),
    ("Södra Vindeborgs Byalag", "Drift av bygdegården", 40000, 40000),
    ("Vindeborgs Brukshundklubb", "Utbildning av nya instruktörer", 18000, "Avslag"),
    ("Föreningen Unga Röster", "Teaterprojekt för unga 13–19 år", 65000, 50000),
    ("Vindeborgs Simsällskap", "Simskola för nyanlända barn", 55000, 55000),
    ("Vindeborgs Orienteringsklubb", "Ny orienteringskarta över Kvarnskogen", 48000, 0),
    ("Svenska kyrkans unga i Vindeborg", "Lovaktiviteter för barn", 22000, 15000),
    ("Vindeborgs Motorklubb", "Bullervall vid crossbanan", 300000, "Avslag"),
    ("Funktionsrätt Vindeborg", "Tillgänglighetsanpassade aktiviteter", 35000, 35000),
    ("Bygdeteatern i Norrgärde", "Uppsättning av sommarspel", 80000, 40000),
    ("Vindeborgs Manskör", "Körresa till Estland", 60000, "Avslag"),
]


def e_totals():
    sokt = sum(r[2] for r in E_BIDRAG)
    bev = sum(r[3] for r in E_BIDRAG if isinstance(r[3], int))
    return sokt, bev
