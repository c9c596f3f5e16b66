"""Table data of the six synthetic3 documents.

The build scripts draw the tables from these lists, and check.py recomputes the expected
rows of every conditional list question from them.
"""

# ---------------------------------------------------------------- (a) Storbrinken, Mål och budget 2026
# nämnd, Budget 2025, Ram 2026, Plan 2027, Plan 2028 (tkr); Förändring = Ram 2026 - Budget 2025
A_RAMAR = [
    ("Kommunstyrelsen", 142350, 147900, 150200, 152800),
    ("Barn- och utbildningsnämnden", 1021400, 1048600, 1069500, 1088300),
    ("Socialnämnden", 812700, 851300, 872900, 894100),
    ("Samhällsbyggnadsnämnden", 118900, 117650, 120100, 122400),
    ("Kultur- och fritidsnämnden", 84600, 83900, 85100, 86400),
    ("Miljö- och hälsoskyddsnämnden", 12300, 12750, 13000, 13250),
    ("Överförmyndarnämnden", 6150, 6400, 6550, 6700),
    ("Revisionen", 3200, 3300, 3350, 3400),
    ("Valnämnden", 450, 1850, 300, 350),
]

# projekt, nämnd, 2026, 2027, 2028 (mnkr)
A_INVEST = [
    ("Ny förskola i Brinkhagen, sex avdelningar", "BUN", 38.5, 21.0, 0.0),
    ("Om- och tillbyggnad av Storbrinkens skola F–6", "BUN", 24.0, 46.5, 12.0),
    ("Särskilt boende Lärkängen, 60 platser", "SN", 52.0, 68.0, 15.0),
    ("Reinvestering i gator och gång- och cykelvägar", "SBN", 18.5, 18.5, 19.0),
    ("VA-sanering i Norra industriområdet", "SBN", 27.5, 12.0, 0.0),
    ("Konstgräsplan och belysning på Brinkvallen", "KFN", 9.0, 0.0, 0.0),
    ("IT-infrastruktur och digitalisering av verksamheten", "KS", 11.0, 10.0, 10.0),
    ("Energieffektivisering av kommunala fastigheter", "KS", 16.0, 16.0, 16.0),
    ("Fordon och maskiner, utbyte enligt plan", "SBN", 7.5, 6.0, 6.5),
    ("Övriga investeringar under 5 mnkr", "Samtliga", 108.5, 95.0, 90.0),
]

# ---------------------------------------------------------------- (b) Kvarnåsa, granskningsrapport
# Rekommendation, Åtgärd, Ansvarig, Klart senast, deadline as (year, month) for comparisons
B_SVAR = [
    ("Revidera upphandlingspolicyn och riktlinjerna för inköp",
     "Förslag till reviderad policy och nya riktlinjer tas fram och beslutas av kommunfullmäktige.",
     "Upphandlingschef", "juni 2026", (2026, 6)),
    ("Inför återkommande uppföljning av avtalstrohet",
     "Avtalstrohet mäts per kvartal i inköpsanalysverktyget och redovisas i delårsrapport och årsredovisning.",
     "Ekonomichef", "2026-09-30", (2026, 9)),
    ("Ta fram en rutin för dokumentation av direktupphandlingar",
     "Rutin och mall för dokumentation tas fram och publiceras på intranätet.",
     "Upphandlingschef", "31 mars 2026", (2026, 3)),
    ("Registrera samtliga avtal i avtalsdatabasen",
     "Inventering av gällande avtal per förvaltning. Avtalsförvaltare utses för varje avtal.",
     "Förvaltningschefer", "december 2026", (2026, 12)),
    ("Genomför utbildning för chefer och beställare",
     "Obligatorisk utbildning i inköp och avtalstrohet för samtliga budgetansvariga chefer.",
     "HR-chef", "2026-05-31", (2026, 5)),
    ("Överväg spärr mot inköp utan avtal i e-handelssystemet",
     "Frågan utreds i samband med upphandling av nytt e-handelssystem.",
     "Kommundirektör", "juni 2027", (2027, 6)),
]

# ---------------------------------------------------------------- (c) Lövsjövik, aktivitetsplan folkhälsa
# Aktivitet, Ansvar, Tidplan, Status
C_AKT = [
    ("Kartlägga elevers psykiska hälsa genom elevhälsosamtal i årskurs 4, 7 och gymnasiets år 1",
     "Barn- och utbildningsförvaltningen", "Q1 2026", "Klar"),
    ("Utveckla hälsofrämjande skolgårdar som inbjuder till rörelse under rasterna",
     "Samhällsbyggnadsförvaltningen", "kvartal 3 2026", "Ej påbörjad"),
    ("Erbjuda föräldrastödsprogrammet Älskade förbannade tonåring i samtliga kommundelar",
     "Socialförvaltningen", "Q2 2026", "Pågår"),
    ("Genomföra drogvaneundersökning i årskurs 9 och gymnasiets år 2",
     "Folkhälsostrategen", "Q1 2026", "Klar"),
    ("Utveckla Fritidsbanken med utlåning av sport- och fritidsutrustning i centrum",
     "Kultur- och fritidsförvaltningen", "Q2 2026", "Pågår"),
    ("Starta seniorträffar med fokus på fallprevention, kost och social gemenskap",
     "Vård- och omsorgsförvaltningen", "kvartal 3 2026", "Ej påbörjad"),
    ("Samordna tillsynen av tobaks- och alkoholförsäljning med grannkommunerna",
     "Miljö- och byggförvaltningen", "Löpande 2026", "Pågår"),
    ("Ta fram en lokal handlingsplan för suicidprevention",
     "Folkhälsostrategen", "Q4 2026", "Ej påbörjad"),
    ("Utbilda personal i förskola och skola i Första hjälpen till psykisk hälsa",
     "Barn- och utbildningsförvaltningen", "Q3 2026", "Pågår"),
    ("Avgiftsfria lovaktiviteter för barn och unga 6–15 år under sommar-, höst- och sportlov",
     "Kultur- och fritidsförvaltningen", "Q3 2026", "Pågår"),
    ("Införa fysisk aktivitet på recept i samverkan med hälsocentralen",
     "Vård- och omsorgsförvaltningen", "Q4 2025", "Klar"),
    ("Öppna en mötesplats för ensamma äldre på biblioteket en dag i veckan",
     "Kultur- och fritidsförvaltningen", "Q1 2026", "Klar"),
    ("Kartlägga och åtgärda otillgängliga gångstråk till kommunens grönområden",
     "Samhällsbyggnadsförvaltningen", "kvartal 4 2026", "Ej påbörjad"),
    ("Genomföra en kampanj om alkohol och graviditet tillsammans med mödrahälsovården",
     "Folkhälsostrategen", "Q2 2026", "Pågår"),
    ("Erbjuda simundervisning för nyanlända barn och vuxna",
     "Kultur- och fritidsförvaltningen", "kvartal 2 2026", "Pågår"),
    ("Införa rutin för tidig upptäckt av våld i nära relationer inom hemtjänsten",
     "Socialförvaltningen", "Q3 2026", "Pågår"),
    ("Öka andelen vegetabilier i skolmåltiderna och minska matsvinnet med 20 procent",
     "Kostenheten", "Q4 2026", "Pågår"),
    ("Sammanställa resultaten från den lokala folkhälsoenkäten 2025 för folkhälsorådet",
     "Folkhälsostrategen", "Q1 2026", "Klar"),
    ("Utveckla samverkan med civilsamhället genom idéburet offentligt partnerskap",
     "Kommunledningsförvaltningen", "Q1 2027", "Ej påbörjad"),
    ("Anlägga utegym och belyst motionsslinga vid Lövsjöbadet",
     "Samhällsbyggnadsförvaltningen", "Q2 2027", "Ej påbörjad"),
    ("Erbjuda förebyggande hembesök till alla invånare som fyller 80 år",
     "Vård- och omsorgsförvaltningen", "Löpande 2026", "Pågår"),
    ("Utbilda socialsekreterare och fältassistenter i motiverande samtal",
     "Socialförvaltningen", "kvartal 3 2026", "Ej påbörjad"),
]


def quarter(tidplan):
    """'Q3 2026' / 'kvartal 3 2026' -> (2026, 3); 'Löpande 2026' -> None."""
    import re
    m = re.fullmatch(r"(?:Q|kvartal )(\d) (\d{4})", tidplan)
    return (int(m.group(2)), int(m.group(1))) if m else None


# ---------------------------------------------------------------- (d) Region Västermyr, personalredovisning
# förvaltning, anställda 2024, anställda 2025, andel kvinnor 2024, 2025 (procent)
D_PERS = [
    ("Hälso- och sjukvårdsförvaltningen", 6842, 6915, 79.6, 79.2),
    ("Psykiatriförvaltningen", 1108, 1096, 72.4, 73.0),
    ("Tandvårdsförvaltningen", 612, 598, 86.1, 85.7),
    ("Regionservice", 1204, 1188, 48.3, 49.1),
    ("Kollektivtrafikförvaltningen", 214, 221, 38.8, 40.3),
    ("Kultur- och bildningsförvaltningen", 356, 362, 64.2, 63.5),
    ("Regionstyrelsens förvaltning", 498, 471, 67.5, 68.2),
]
# förvaltning, sjukfrånvaro 2024, 2025 (procent av ordinarie arbetstid)
D_SJUK = [
    ("Hälso- och sjukvårdsförvaltningen", 7.4, 7.1),
    ("Psykiatriförvaltningen", 8.2, 8.6),
    ("Tandvårdsförvaltningen", 6.9, 7.3),
    ("Regionservice", 7.2, 6.8),
    ("Kollektivtrafikförvaltningen", 5.1, 5.4),
    ("Kultur- och bildningsförvaltningen", 4.6, 4.2),
    ("Regionstyrelsens förvaltning", 3.9, 3.6),
]


def d_totals():
    n24 = sum(r[1] for r in D_PERS)
    n25 = sum(r[2] for r in D_PERS)
    k24 = round(sum(r[1] * r[3] for r in D_PERS) / n24, 1)
    k25 = round(sum(r[2] * r[4] for r in D_PERS) / n25, 1)
    w = {r[0]: (r[1], r[2]) for r in D_PERS}
    s24 = round(sum(w[r[0]][0] * r[1] for r in D_SJUK) / n24, 1)
    s25 = round(sum(w[r[0]][1] * r[2] for r in D_SJUK) / n25, 1)
    return n24, n25, k24, k25, s24, s25


# ---------------------------------------------------------------- (e) Ekeslätt, KF-protokoll
# bygdefonden: (kind, att-sats)
E_BYGD = [
    ("bevilja", "att bevilja Hästholmens byalag 180 000 kronor för renovering av taket på Hästholmens bygdegård,"),
    ("bevilja", "att bevilja Ekeslätts IF 95 000 kronor för inköp av en ny pistmaskin till elljusspåret,"),
    ("avslå", "att avslå ansökan från Norrängens vägförening om 250 000 kronor för beläggning av enskild väg, "
              "då ändamålet inte omfattas av fondens stadgar,"),
    ("bevilja", "att bevilja Kyrkbyns hembygdsförening 42 500 kronor för digitalisering av föreningens bildarkiv,"),
    ("avslå", "att avslå ansökan från Lilla Bodarne Camping AB om 120 000 kronor, då fonden inte får "
              "lämna bidrag till näringsidkare,"),
    ("avslå", "att avslå ansökan från Sjöviks fiskevårdsområdesförening om 60 000 kronor, då ansökan "
              "inkommit efter sista ansökningsdag,"),
    ("uppdra", "att uppdra åt kommunstyrelsen att revidera riktlinjerna för bygdefonden och återkomma "
               "till kommunfullmäktige senast 2026-09-30."),
]

# tillväxtnämnden: ledamot, parti, ersättare
E_VAL = [
    ("Karin Almqvist", "S", "Jonas Berglöf"),
    ("Anders Wiklund", "M", "Ulla Persson"),
    ("Fredrik Nyhlén", "SD", "Camilla Roos"),
    ("Eva-Lena Strid", "S", "Mohammed Ali"),
    ("Per-Ola Hägg", "C", "Sara Lindgren"),
    ("Helena Sundh", "M", "Gustav Ek"),
    ("Rune Björkman", "SD", "Tove Malm"),
    ("Lisa Engström", "V", "Omar Haddad"),
    ("Kjell Ivarsson", "KD", "Birgitta Frö"),
]

# besvarade motioner 2025: rubrik, motionär, beslut
E_MOT = [
    ("Motion om fria mensskydd i kommunens skolor", "Lisa Engström (V)", "bifallen", "2025-02-24 § 18"),
    ("Motion om solceller på alla nya kommunala byggnader", "Per-Ola Hägg (C)", "bifallen", "2025-04-22 § 47"),
    ("Motion om avgiftsfri kollektivtrafik för pensionärer", "Rune Björkman (SD)", "avslagen", "2025-06-16 § 79"),
    ("Motion om trygghetskameror vid Ekeslätts resecentrum", "Anders Wiklund (M)", "besvarad", "2025-09-22 § 102"),
    ("Motion om kommunal simskola för vuxna", "Eva-Lena Strid (S)", "besvarad", "2025-10-20 § 121"),
    ("Motion om att sänka hastigheten till 30 km/h vid skolor", "Kjell Ivarsson (KD)", "avslagen", "2025-11-24 § 139"),
]

# ---------------------------------------------------------------- (f) Sälgmora, lägesrapport simhall
# kvartal, budget, utfall (kr); avvikelse = budget - utfall
F_KOST = [
    ("Kvartal 2 2025", 4500000, 4212350),
    ("Kvartal 3 2025", 12000000, 12845900),
    ("Kvartal 4 2025", 18500000, 17930400),
    ("Kvartal 1 2026", 21000000, 23118750),
]
