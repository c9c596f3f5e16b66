"""Table rows and list items of the five synthetic6 documents.

The build scripts draw tables and lists from here; check.py recomputes the expected items
of the conditional list questions from the same rows.
"""

FILES = {
    "a": "bjornhamra-kfn-verksamhetsplan-2026.pdf",
    "b": "region-gransmark-delarsrapport-jan-aug-2026.pdf",
    "c": "hjortviken-handlingsplan-digitalisering-2026-2027.pdf",
    "d": "stenbracka-miljobokslut-2025.pdf",
    "e": "ramnasa-kf-protokoll-2026-04-27.pdf",
}

# --------------------------------------------------------------------------------------
# (a) Björnhamra kommun, kultur- och fritidsnämndens verksamhetsplan 2026
# goal -> indicators; each indicator: text, decimals, utfall 2024, utfall 2025, målvärde 2026,
# ansvarig
A_GOALS = [
    ("Mål 1. Fler barn och unga har en aktiv och meningsfull fritid", [
        ("Deltagartillfällen i föreningsverksamhet, 7–20 år (antal)", 0, 198420, 203115, 210000, "Föreningsenheten"),
        ("Andel flickor av deltagartillfällena (%)", 0, 39, 38, 42, "Föreningsenheten"),
        ("Öppettimmar i fritidsgårdarna per vecka (antal)", 0, 96, 104, 110, "Fritidsenheten"),
        ("Elever i kulturskolan (antal)", 0, 1146, 1205, 1250, "Kulturskolan"),
        ("Andel kulturskoleelever från prioriterade bostadsområden (%)", 0, 11, 13, 15, "Kulturskolan"),
    ]),
    ("Mål 2. Biblioteken är öppna och tillgängliga mötesplatser för alla", [
        ("Fysiska besök på kommunens bibliotek (antal)", 0, 241300, 236850, 250000, "Biblioteksenheten"),
        ("Meröppna timmar per vecka, samtliga filialer (antal)", 0, 46, 58, 70, "Biblioteksenheten"),
        ("Utlån per invånare (antal)", 1, 4.1, 4.3, 4.5, "Biblioteksenheten"),
        ("Deltagare i språkcaféer och läsfrämjande aktiviteter (antal)", 0, 3420, 3980, 4200, "Biblioteksenheten"),
    ]),
    ("Mål 3. Idrottsanläggningar och friluftsområden används mer och hålls i gott skick", [
        ("Beläggningsgrad i idrottshallar vardagar kl. 17–21 (%)", 0, 81, 84, 85, "Fritidsenheten"),
        ("Andel anläggningar med genomförd tillgänglighetsinventering (%)", 0, 45, 62, 80, "Fritidsenheten"),
        ("Besökare på Hamrabadet (antal)", 0, 118600, 124950, 130000, "Fritidsenheten"),
        ("Nöjd kund-index för anläggningarna (skala 0–100)", 0, 68, 71, 72, "Kvalitetsstrateg"),
    ]),
    ("Mål 4. Verksamheten bedrivs effektivt och med en god arbetsmiljö", [
        ("Sjukfrånvaro bland medarbetarna (%)", 1, 6.8, 7.4, 6.0, "Förvaltningsledningen"),
        ("Budgetavvikelse i förhållande till nettokostnaden (%)", 1, 0.6, -0.9, 0.0, "Förvaltningsledningen"),
        ("Andel medarbetare som rekommenderar nämnden som arbetsgivare (%)", 0, 72, 69, 75, "Förvaltningsledningen"),
        ("Hållbart medarbetarengagemang, HME (index)", 0, 78, 79, 80, "Kvalitetsstrateg"),
    ]),
]

A_PRIORITIES = [
    "Öka flickors deltagande i idrott och föreningsliv genom riktade satsningar på spontanidrott och nya aktivitetsformer.",
    "Utveckla meröppna bibliotek på samtliga filialer och förlänga öppettiderna under helger.",
    "Genomföra ombyggnaden av huvudbiblioteket enligt kommunfullmäktiges beslut.",
    "Ta fram en ny anläggningsplan för idrott och friluftsliv som sträcker sig till och med 2035.",
    "Stärka samverkan med grundskolan kring kulturskolans utbud för elever i årskurs 1–3.",
    "Sänka sjukfrånvaron genom ett förebyggande arbetsmiljöarbete i samtliga enheter.",
]

A_FOLLOWUP = [  # second roman list (distractor), section 5
    "att indikatorerna under mål 2 rapporteras per filial,",
    "att utfallet för föreningsstödet redovisas uppdelat på flickor och pojkar,",
    "att avvikelser mot driftbudgeten som överstiger 500 tkr kommenteras särskilt.",
]

# driftbudget tkr: verksamhet, budget 2025, budget 2026
A_BUDGET = [
    ("Nämnd och förvaltningsledning", 8450, 8720),
    ("Föreningsstöd", 9610, 9840),
    ("Bibliotek", 27300, 28150),
    ("Kulturskola", 19880, 20410),
    ("Kultur och evenemang", 11240, 11300),
    ("Fritidsgårdar", 14520, 15060),
    ("Idrotts- och fritidsanläggningar", 53400, 55120),
]

# --------------------------------------------------------------------------------------
# (b) Region Gränsmark, delårsrapport januari–augusti 2026, driftredovisning mnkr
# group, [(verksamhet, budget 2026, utfall jan–aug, prognos 2026)] ; avvikelse = budget − prognos
B_GROUPS = [
    ("Hälso- och sjukvård", [
        ("Närsjukvård", 1912.4, 1318.7, 1968.0),
        ("Specialiserad somatisk vård", 2684.0, 1842.3, 2751.9),
        ("Psykiatri", 742.8, 486.1, 738.5),
        ("Akutsjukvård och ambulans", 611.5, 421.9, 633.2),
        ("Tandvård", 198.3, 127.4, 194.0),
        ("Medicinsk service", 312.6, 205.8, 309.9),
    ]),
    ("Regional utveckling", [
        ("Kollektivtrafik", 688.0, 470.2, 702.4),
        ("Kultur", 96.4, 63.1, 95.8),
        ("Näringsliv och kompetensförsörjning", 54.2, 33.0, 50.9),
        ("Folkhögskolor", 41.7, 27.9, 41.7),
    ]),
    ("Gemensamma funktioner", [
        ("Regionstyrelsens förvaltning", 286.5, 180.4, 279.1),
        ("Regionfastigheter", 158.9, 112.6, 166.0),
        ("IT och digitalisering", 132.0, 84.3, 129.8),
        ("Politisk verksamhet", 38.6, 24.7, 37.9),
    ]),
]
B_SPLIT_AFTER = "Medicinsk service"   # the table breaks onto the next page after this row (no header repeated)

# investments mnkr: projekt, budget 2026, utfall jan–aug, prognos 2026
B_INVEST = [
    ("Ny akutmottagning, Gränsmarks sjukhus", 310.0, 198.6, 295.0),
    ("Ombyggnad vårdavdelningar, etapp 2", 142.5, 61.2, 118.0),
    ("Medicinteknisk utrustning", 96.0, 52.8, 96.0),
    ("Nya regionbussar, el", 88.0, 74.5, 104.3),
    ("Vårdcentral Norrgläntan", 64.0, 18.9, 41.0),
    ("IT-infrastruktur och journalsystem", 58.5, 6.8, 52.5),
]

B_MEASURES = [
    "Anställningsstopp för administrativa tjänster i regionstyrelsens förvaltning från och med 1 oktober 2026.",
    "Skärpt uppföljning av läkemedelskostnaderna med månatlig rapportering till hälso- och sjukvårdsnämnden.",
    "Översyn av köpt vård från andra regioner och av remissflödena inom ortopedin.",
    "Senareläggning av ombyggnaden av vårdavdelningar, etapp 2, med ett halvår.",
]

# --------------------------------------------------------------------------------------
# (c) Hjortvikens kommun, handlingsplan för digitalisering 2026–2027 (Gantt)
C_QUARTERS = ["Q1-26", "Q2-26", "Q3-26", "Q4-26", "Q1-27", "Q2-27", "Q3-27", "Q4-27"]
# group, [(nr, aktivitet, ansvarig, kostnad tkr, quarters)]
C_GROUPS = [
    ("A. Digitala tjänster för invånare och företag", [
        (1, "Införa e-tjänst för ansökan om ekonomiskt bistånd", "Socialchef", 450, ["Q1-26", "Q2-26"]),
        (2, "Lansera ny kommunwebb med förbättrad tillgänglighet", "Kommunikationschef", 1200, ["Q2-26", "Q3-26", "Q4-26"]),
        (3, "Införa digital bygglovsprocess med automatisk registrering", "Samhällsbyggnadschef", 680, ["Q3-26", "Q4-26", "Q1-27"]),
        (4, "Utöka kontaktcentrets chatt till kvällar och helger", "Kommunikationschef", 240, ["Q1-27", "Q2-27"]),
    ]),
    ("B. Välfärd och lärande", [
        (5, "Införa digital nattillsyn i hemtjänsten", "Socialchef", 900, ["Q1-26", "Q2-26", "Q3-26"]),
        (6, "Utvärdera läkemedelsrobotar i ordinärt boende", "Socialchef", 320, ["Q4-26", "Q1-27"]),
        (7, "Dela ut egen digital enhet till elever i årskurs 4–6", "Skolchef", 2150, ["Q3-26"]),
        (8, "Uppgradera skolornas trådlösa nätverk inför digitala nationella prov", "IT-chef", 560, ["Q1-26", "Q2-26"]),
    ]),
    ("C. Infrastruktur och informationssäkerhet", [
        (9, "Ersätta telefonväxeln med molnbaserad telefoni", "IT-chef", 1450, ["Q2-26", "Q3-26"]),
        (10, "Klassa informationen i samtliga verksamhetssystem", "Digitaliseringsstrateg", 300, ["Q1-26", "Q2-26", "Q3-26", "Q4-26"]),
        (11, "Införa tvåfaktorsinloggning för alla användare", "IT-chef", 410, ["Q4-26", "Q1-27"]),
        (12, "Öva kontinuitetsplanen för längre it-avbrott", "Säkerhetssamordnare", 120, ["Q2-27", "Q4-27"]),
    ]),
    ("D. Kompetens och arbetssätt", [
        (13, "Genomföra digital grundutbildning för alla chefer", "HR-chef", 380, ["Q1-26", "Q2-26"]),
        (14, "Bygga upp ett nätverk av digitala ambassadörer", "Digitaliseringsstrateg", 150, ["Q3-26", "Q4-26", "Q1-27", "Q2-27"]),
        (15, "Pröva AI-stöd för registrering av allmänna handlingar", "Kanslichef", 600, ["Q3-27", "Q4-27"]),
        (16, "Ta fram riktlinjer för generativ AI i verksamheten", "Digitaliseringsstrateg", 90, ["Q4-26"]),
    ]),
]
C_FUND = 3850   # tkr sought from the digitalisation fund; rest within budgets

C_TERMS = [
    ("E-tjänst", "En digital tjänst där invånare eller företag på egen hand kan utföra hela eller delar av ett ärende, oberoende av kontorstider."),
    ("Välfärdsteknik", "Digitala hjälpmedel, till exempel trygghetskameror, sensorer och läkemedelsrobotar, som gör att en person med behov av stöd kan känna sig trygg och klara mer av vardagen själv."),
    ("Informationsklassning", "En bedömning av hur skyddsvärd informationen i ett system är med avseende på konfidentialitet, riktighet och tillgänglighet."),
    ("Digital ambassadör", "En medarbetare som på sin arbetsplats stöttar kollegor i att använda nya digitala verktyg och fångar upp behov av förbättringar."),
    ("Molntjänst", "En it-tjänst som levereras över internet från en leverantörs datacenter i stället för från kommunens egna servrar."),
]

C_PRINCIPLES = [
    ("Invånarens behov styr utvecklingen", [
        "tjänsterna utformas och testas tillsammans med dem som ska använda dem",
        "språket i e-tjänsterna ska vara enkelt och begripligt",
    ]),
    ("Digitalt först – men ingen lämnas utanför", [
        "den som inte kan eller vill använda digitala kanaler erbjuds personlig service",
    ]),
    ("Informationen hanteras säkert och lagenligt", [
        "informationsklassning görs innan ett nytt system upphandlas",
        "personuppgifter lagras inom EU/EES",
    ]),
    ("Gemensamma lösningar före egna", [
        "nya system ska kunna användas av fler än en förvaltning",
    ]),
    ("Nyttan ska kunna mätas", [
        "varje aktivitet har en nyttokalkyl som följs upp efter ett år",
    ]),
]

# --------------------------------------------------------------------------------------
# (d) Stenbräcka kommun, miljöbokslut 2025
# transposed key figures: year, utsläpp (ton CO2e), varav transporter, fossilfria fordon %,
# energianvändning lokaler kWh/m², egenproducerad solel MWh
D_YEARS = [
    (2019, 6420, 2980, 18, 162, 85),
    (2020, 5870, 2610, 24, 158, 140),
    (2021, 5910, 2640, 31, 155, 210),
    (2022, 6150, 2720, 38, 151, 395),
    (2023, 5480, 2330, 47, 146, 520),
    (2024, 5020, 2080, 58, 141, 610),
    (2025, 4660, 1870, 66, 137, 940),
]

# zebra table: målområde, indikator, utfall 2025, mål 2030, bedömning
D_GOALS = [
    ("Klimat", "Växthusgasutsläpp från kommunens organisation", "4 660 ton", "3 200 ton", "Nås delvis"),
    ("", "Andel fossilfria fordon i den egna fordonsflottan", "66 %", "100 %", "Nås delvis"),
    ("", "Egenproducerad solel", "940 MWh", "1 500 MWh", "Nås"),
    ("Energi", "Energianvändning i kommunens lokaler", "137 kWh/m²", "120 kWh/m²", "Nås"),
    ("Mat", "Andel ekologiska livsmedel i offentliga måltider", "41 %", "50 %", "Nås"),
    ("", "Matsvinn i skol- och förskolekök", "38 g/portion", "25 g/portion", "Nås inte"),
    ("Avfall", "Hushållsavfall per invånare", "412 kg", "350 kg", "Nås inte"),
    ("", "Andel matavfall som sorteras ut", "63 %", "75 %", "Nås delvis"),
    ("Vatten", "Andel sjöar och vattendrag med god ekologisk status", "34 %", "60 %", "Nås inte"),
    ("", "Inventerade enskilda avlopp", "1 860 st", "4 000 st", "Nås delvis"),
    ("Natur", "Andel skyddad natur av kommunens landareal", "6,2 %", "8,0 %", "Nås delvis"),
    ("", "Nyanlagda eller restaurerade våtmarker", "9 st", "20 st", "Nås inte"),
    ("Upphandling", "Andel upphandlingar med ställda miljökrav", "78 %", "90 %", "Nås"),
    ("", "Andel förskolor som arbetar enligt Kemikaliesmart förskola", "–", "100 %", "Ej bedömd"),
]

# events: ISO date, text
D_EVENTS = [
    ("2025-02-03", "Kommunfullmäktige antog en plan för utbyggnad av publik laddinfrastruktur."),
    ("2025-03-12", "Solcellsanläggningen på Bräckaskolans tak togs i drift."),
    ("2025-04-23", "Miljöpriset delades ut till föreningen Vittjärnsdalens naturvänner."),
    ("2025-06-05", "Den första kommunala våtmarken i Vittjärnsdalen invigdes."),
    ("2025-08-19", "Mätning av matsvinn startade i samtliga skol- och förskolekök."),
    ("2025-10-01", "Separat insamling av matavfall infördes i alla flerbostadshus i centralorten."),
    ("2025-11-14", "Tre nya elbussar sattes i trafik på stadslinjerna."),
    ("2025-12-09", "Miljö- och byggnämnden antog en ny tillsynsplan för enskilda avlopp."),
]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def long_date(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"

# --------------------------------------------------------------------------------------
# (e) Ramnåsa kommun, kommunfullmäktiges protokoll 2026-04-27
E_ATT_SCHOOL = [
    "att bevilja barn- och utbildningsnämnden ett tilläggsanslag för investeringar på 12,4 mnkr för ombyggnaden av Stensätraskolan,",
    "att finansiera tilläggsanslaget genom att investeringsprojektet Ny brandstation i Ramnåsa senareläggs till 2027,",
    "att driftkostnadskonsekvenserna från och med 2027 ska hanteras inom barn- och utbildningsnämndens ram, samt",
    "att uppdra åt kommunstyrelsen att återrapportera projektets slutkostnad till fullmäktige senast i december 2026.",
]

# obesvarade motioner: motion, motionär, inkom (ISO), beredande
E_MOTIONS = [
    ("Motion om fler laddplatser vid kommunala arbetsplatser", "Erik Sand (C)", "2024-11-18", "Kommunstyrelsen"),
    ("Motion om sommarjobbsgaranti för 16-åringar", "Ahmed Nuur (S)", "2025-03-31", "Kommunstyrelsen"),
    ("Motion om avgiftsfri kollektivtrafik för pensionärer", "Anna Lindqvist (V)", "2025-05-19", "Kommunstyrelsen"),
    ("Motion om trygghetsvandringar i alla tätorter", "Johan Ek (SD)", "2025-09-22", "Kommunstyrelsen"),
    ("Motion om skolgårdar som främjar rörelse", "Lina Berg (L)", "2025-02-24", "Barn- och utbildningsnämnden"),
    ("Motion om avgiftsfria mensskydd i skolorna", "Sara Holm (MP)", "2025-10-20", "Barn- och utbildningsnämnden"),
    ("Motion om öppna förskolor i ytterområdena", "Maja Roos (S)", "2026-02-23", "Barn- och utbildningsnämnden"),
    ("Motion om ekologisk mat i äldreomsorgen", "Helena Vik (V)", "2024-12-16", "Socialnämnden"),
    ("Motion om nattvandrare med kommunalt stöd", "Marcus Lund (M)", "2025-12-15", "Socialnämnden"),
    ("Motion om belysning på motionsspåret vid Rönnåsen", "Karin Öberg (KD)", "2025-06-16", "Kultur- och fritidsnämnden"),
]

# medborgarförslag: förslag, inkom (ISO), överlämnas till
E_PROPOSALS = [
    ("Medborgarförslag om hundrastgård i Ramnåsa centrum", "2026-02-02", "Tekniska nämnden"),
    ("Medborgarförslag om utegym vid Lillsjöbadet", "2026-02-11", "Kultur- och fritidsnämnden"),
    ("Medborgarförslag om farthinder på Skolvägen i Backa", "2026-02-27", "Tekniska nämnden"),
    ("Medborgarförslag om en digital fritidsbank", "2026-03-04", "Kultur- och fritidsnämnden"),
    ("Medborgarförslag om fler papperskorgar längs strandpromenaden", "2026-03-12", "Tekniska nämnden"),
    ("Medborgarförslag om läxhjälp på biblioteket", "2026-03-30", "Kultur- och fritidsnämnden"),
    ("Medborgarförslag om trygghetslarm med GPS för personer med demens", "2026-04-01", "Socialnämnden"),
    ("Medborgarförslag om återvinningsstation vid Norra industriområdet", "2026-04-08", "Tekniska nämnden"),
]
