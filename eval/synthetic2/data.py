"""Tabular content of the five documents.

The build scripts draw these tables; check.py recomputes the rows that satisfy the
condition of each conditional list question from them.
"""

# ---------------------------------------------------------------- A: Sjövalla
NYCKELTAL_YEARS = ["2021", "2022", "2023", "2024", "2025"]
NYCKELTAL = [
    ("Antal invånare 31 december", "24 812", "24 977", "25 104", "25 236", "25 391"),
    ("Kommunal skattesats (kr)", "21,34", "21,34", "21,34", "21,84", "21,84"),
    ("Verksamhetens intäkter (mnkr)", "312,4", "328,9", "351,2", "366,0", "379,8"),
    ("Verksamhetens kostnader (mnkr)", "-1 684,2", "-1 781,5", "-1 902,7", "-1 968,3", "-2 031,6"),
    ("Skatteintäkter och generella statsbidrag (mnkr)", "1 432,5", "1 513,0", "1 572,8", "1 655,1", "1 718,9"),
    ("Årets resultat (mnkr)", "38,6", "21,4", "-12,3", "18,9", "27,4"),
    ("Årets resultat i procent av skatter och statsbidrag", "2,7", "1,4", "-0,8", "1,1", "1,6"),
    ("Soliditet inkl. samtliga pensionsåtaganden (procent)", "28,4", "27,1", "24,6", "25,3", "26,0"),
    ("Nettoinvesteringar (mnkr)", "142,7", "188,3", "231,5", "176,4", "154,9"),
    ("Självfinansieringsgrad av investeringar (procent)", "84", "56", "38", "67", "79"),
    ("Låneskuld 31 december (mnkr)", "620,0", "700,0", "860,0", "910,0", "935,0"),
    ("Antal tillsvidareanställda", "2 104", "2 131", "2 156", "2 149", "2 138"),
    ("Sjukfrånvaro bland anställda (procent)", "7,4", "7,1", "6,8", "6,5", "6,2"),
]

# (label, budget, utfall) in mnkr; avvikelse = utfall - budget; None = sum row computed
RESULTATRAKNING = [
    ("Verksamhetens intäkter", 352.0, 379.8),
    ("Verksamhetens kostnader", -1968.0, -2031.6),
    ("Avskrivningar och nedskrivningar", -78.5, -74.1),
    ("Verksamhetens nettokostnader", -1694.5, -1725.9),
    ("Skatteintäkter", 1268.3, 1279.6),
    ("Generella statsbidrag och utjämning", 433.7, 439.3),
    ("Verksamhetens resultat", 7.5, -7.0),
    ("Finansiella intäkter", 18.0, 52.6),
    ("Finansiella kostnader", -15.5, -18.2),
    ("Resultat efter finansiella poster", 10.0, 27.4),
    ("Extraordinära poster", 0.0, 0.0),
    ("Årets resultat", 10.0, 27.4),
]

# (nämnd, budget, utfall) in mnkr
DRIFT = [
    ("Kommunstyrelsen", 142.3, 136.8),
    ("Barn- och utbildningsnämnden", 712.6, 721.9),
    ("Socialnämnden", 248.4, 262.7),
    ("Vård- och omsorgsnämnden", 486.1, 494.3),
    ("Samhällsbyggnadsnämnden", 96.5, 93.2),
    ("Kultur- och fritidsnämnden", 58.7, 57.9),
    ("Miljö- och byggnämnden", 14.2, 13.6),
    ("Revision och valnämnd", 4.1, 4.0),
]

# ---------------------------------------------------------------- B: Region Fjällmark
KONTROLLMAL = [
    ("Det finns tydliga mål och riktlinjer för regionens användning av inhyrd personal",
     "Delvis uppfyllt",
     "Målet om oberoende finns i regionplanen men riktlinjen från 2019 har inte reviderats."),
    ("Ansvar och befogenheter vid beställning av inhyrd personal är tydligt fördelade",
     "Uppfyllt",
     "Beställningsrätten är reglerad i delegationsordningen och känd i verksamheterna."),
    ("Beställningar av inhyrd personal görs enligt gällande ramavtal och beställningsrutin",
     "Ej uppfyllt",
     "9 av 40 granskade fakturor avsåg bemanningsföretag utan avtal med regionen."),
    ("Kostnader och volymer för inhyrd personal följs upp och rapporteras till nämnden",
     "Delvis uppfyllt",
     "Kostnader rapporteras i delårsrapporterna men volymer i form av timmar saknas."),
    ("Nämnden har vidtagit tillräckliga åtgärder för att minska beroendet av inhyrd personal",
     "Delvis uppfyllt",
     "Åtgärder har vidtagits men effekterna har inte utvärderats."),
    ("Den interna kontrollen av fakturor avseende inhyrd personal är tillräcklig",
     "Ej uppfyllt",
     "Fakturor attesteras utan kontroll mot avtalat pris och beställd tid."),
    ("Kompetensförsörjningsplanen innehåller åtgärder för de yrkesgrupper som hyrs in",
     "Uppfyllt",
     "Planen omfattar sjuksköterskor, specialistläkare och barnmorskor."),
]

# ---------------------------------------------------------------- C: Ulvsjö
# (risk, S, K, kontrollmoment, ansvarig, frekvens, rapporteras till)
IKP = [
    ("Inköp görs utanför gällande ramavtal", 3, 3,
     "Stickprov om 20 fakturor per kvartal kontrolleras mot avtalsdatabasen",
     "Ekonomichef", "Kvartalsvis", "Samhällsbyggnadsnämnden"),
    ("Bygglov handläggs inte inom lagstadgad tid om tio veckor", 3, 4,
     "Uppföljning av handläggningstid för samtliga beslutade bygglovsärenden",
     "Bygglovschef", "Månadsvis", "Samhällsbyggnadsnämnden"),
    ("Attest görs av person som saknar behörighet", 2, 4,
     "Kontroll av att attestanter i ekonomisystemet stämmer med beslutad attestförteckning",
     "Administrativ chef", "Årligen", "Förvaltningsledningen"),
    ("Dricksvattnet håller inte godkänd kvalitet i ledningsnätet", 2, 4,
     "Genomgång av analysresultat från provtagning i vattenverk och ledningsnät",
     "VA-chef", "Månadsvis", "Samhällsbyggnadsnämnden"),
    ("Bristande underhåll av kommunala lekplatser medför olycksrisk", 3, 3,
     "Kontroll av att besiktningsprotokoll finns och att anmärkningar har åtgärdats",
     "Enhetschef gata/park", "Kvartalsvis", "Förvaltningsledningen"),
    ("Tillsyn enligt plan- och bygglagen blir eftersatt", 3, 3,
     "Uppföljning av inledda och avslutade tillsynsärenden mot beslutad tillsynsplan",
     "Bygglovschef", "Kvartalsvis", "Samhällsbyggnadsnämnden"),
    ("Allmänna handlingar diarieförs och arkiveras inte korrekt", 3, 3,
     "Stickprov om 15 ärenden avseende registrering, diarieföring och gallring",
     "Nämndsekreterare", "Kvartalsvis", "Förvaltningsledningen"),
    ("Anslutningsavgifter för VA debiteras inte eller debiteras felaktigt", 2, 4,
     "Avstämning av nya servisanslutningar mot utställda fakturor",
     "Controller", "Kvartalsvis", "Samhällsbyggnadsnämnden"),
    ("Investeringsprojekt överskrider beslutad budget och tidplan", 4, 3,
     "Uppföljning med prognos för samtliga investeringsprojekt över 2 mnkr",
     "Ekonomichef", "Månadsvis", "Kommunstyrelsen"),
    ("Vinterväghållningen når inte beslutad standard", 3, 3,
     "Uppföljning av entreprenörens utryckningstider mot avtalade krav",
     "Enhetschef gata/park", "Månadsvis", "Förvaltningsledningen"),
    ("Hot och våld mot handläggare i myndighetsutövning", 3, 4,
     "Genomgång av rapporterade tillbud och arbetsskador i avvikelsesystemet",
     "Förvaltningschef", "Kvartalsvis", "Samhällsbyggnadsnämnden"),
    ("Personuppgifter behandlas i strid med dataskyddsförordningen", 2, 4,
     "Kontroll av att registerförteckningen är aktuell och att biträdesavtal finns",
     "Administrativ chef", "Årligen", "Kommunstyrelsen"),
    ("Nyckelkompetens går förlorad vid personalomsättning", 3, 3,
     "Uppföljning av personalomsättning och kompetensförsörjningsplan för bristyrken",
     "Förvaltningschef", "Årligen", "Samhällsbyggnadsnämnden"),
    ("Jäv vid handläggning av ärenden och vid upphandling", 2, 4,
     "Stickprov av fattade beslut för kontroll av att jävsdeklarationer har lämnats",
     "Administrativ chef", "Årligen", "Förvaltningsledningen"),
    ("Hyror för kommunala lokaler faktureras felaktigt", 3, 3,
     "Avstämning av gällande hyresavtal mot fakturerade hyror i ekonomisystemet",
     "Fastighetschef", "Kvartalsvis", "Förvaltningsledningen"),
    ("Entreprenörer följer inte avtalade krav på arbetsmiljö och säkerhet", 2, 4,
     "Skyddsronder och dokumenterad avtalsuppföljning på pågående entreprenader",
     "Projektchef", "Kvartalsvis", "Samhällsbyggnadsnämnden"),
    ("Konsulttjänster avropas utan dokumenterat avropsbeslut", 3, 3,
     "Genomgång av samtliga avrop av konsulttjänster över 100 tkr",
     "Ekonomichef", "Kvartalsvis", "Förvaltningsledningen"),
    ("It-angrepp mot styrsystemet för vatten och avlopp", 2, 4,
     "Granskning av behörigheter och loggar i driftövervakningssystemet",
     "VA-chef", "Kvartalsvis", "Kommunstyrelsen"),
]

# ---------------------------------------------------------------- D: Tallmora
# group heading, then (project, 2026, 2027, 2028, 2029) in tkr
INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitala arbetsplatser", 4500, 4500, 4000, 4000),
        ("Exploatering av bostadsområdet Norra Hagen etapp 2", 12000, 18500, 9000, 0),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola i Lövstad med åtta avdelningar", 8000, 42000, 31000, 0),
        ("Om- och tillbyggnad av Tallmoraskolan F–9", 25000, 60000, 55000, 20000),
        ("Inventarier och läromedel i skolor och förskolor", 2500, 2500, 2500, 2500),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Nytt särskilt boende Solgläntan med 60 platser", 15000, 70000, 85000, 30000),
        ("Välfärdsteknik och digitala trygghetslarm i hemtjänsten", 1800, 1200, 1200, 1200),
    ]),
    ("Samhällsbyggnadsnämnden, skattefinansierat", [
        ("Gång- och cykelväg längs Storgatan till resecentrum", 6500, 9000, 0, 0),
        ("Beläggningsunderhåll av kommunala gator och vägar", 7000, 7000, 7500, 7500),
        ("Energieffektivisering och solceller på kommunala fastigheter", 5000, 5000, 5000, 5000),
        ("Ny brandstation i Lövstad för räddningstjänsten", 0, 0, 15000, 40000),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan vid Tallmora idrottsplats", 0, 9500, 0, 0),
        ("Renovering av simhallen i Tallmora", 3000, 28000, 34000, 0),
    ]),
    ("Vatten och avlopp, avgiftsfinansierat", [
        ("Nytt vattenverk i Ekbacken", 20000, 65000, 80000, 45000),
        ("Reinvestering i spill- och dricksvattenledningar", 12000, 12000, 13000, 13000),
    ]),
]


def invest_rows():
    for g, rows in INVEST:
        for r in rows:
            yield g, r[0], list(r[1:]), sum(r[1:])


def invest_totals():
    tot = [0, 0, 0, 0]
    for _, _, v, _ in invest_rows():
        tot = [a + b for a, b in zip(tot, v)]
    return tot, sum(tot)


# ---------------------------------------------------------------- E: Ekeslätt
# (nämndmål, [(indikator, målvärde, utfall, status)])
INDIKATORER = [
    ("Nämndmål 1: Barn och unga ska få stöd i rätt tid", [
        ("Andel utredningar om barn och unga som avslutas inom 120 dagar (procent)", "95", "81", "Ej uppnått"),
        ("Andel placerade barn med aktuell genomförandeplan (procent)", "100", "96", "Delvis uppnått"),
        ("Antal barn i familjehem som har bytt familjehem under året", "högst 5", "7", "Ej uppnått"),
    ]),
    ("Nämndmål 2: Fler invånare ska bli självförsörjande", [
        ("Andel hushåll med försörjningsstöd som lämnar biståndet inom ett år (procent)", "40", "43", "Uppnått"),
        ("Antal hushåll med långvarigt försörjningsstöd (10–12 månader)", "120", "131", "Delvis uppnått"),
        ("Genomsnittlig handläggningstid för ansökan om försörjningsstöd (dagar)", "10", "8", "Uppnått"),
    ]),
    ("Nämndmål 3: Personer med beroende ska få samordnade insatser", [
        ("Andel klienter med samordnad individuell plan, SIP (procent)", "60", "62", "Uppnått"),
        ("Antal personer i öppenvårdsbehandling för beroende", "180", "204", "Uppnått"),
        ("Andel klienter som anser att de fått stöd i rätt tid (procent)", "80", "74", "Delvis uppnått"),
    ]),
    ("Nämndmål 4: Socialnämnden ska vara en attraktiv arbetsgivare", [
        ("Personalomsättning bland socialsekreterare inom myndighetsutövning (procent)", "15", "21", "Ej uppnått"),
        ("Sjukfrånvaro bland medarbetare i förvaltningen (procent)", "7,0", "6,4", "Uppnått"),
        ("Hållbart medarbetarengagemang, HME (indexvärde)", "78", "76", "Delvis uppnått"),
    ]),
]

ATT_BESLUT = [
    "att godkänna socialnämndens verksamhetsberättelse för 2025,",
    "att överlämna verksamhetsberättelsen till kommunstyrelsen som underlag för kommunens årsredovisning,",
    "att uppdra åt förvaltningschefen att senast 2026-04-30 redovisa en åtgärdsplan för att korta "
    "utredningstiderna inom barn och unga,",
    "att uppdra åt förvaltningschefen att ta fram en handlingsplan för att minska personalomsättningen "
    "bland socialsekreterare,",
    "att hos kommunstyrelsen begära kompensation med 3,3 mnkr för ökade kostnader för försörjningsstöd, samt",
    "att förklara paragrafen omedelbart justerad.",
]
