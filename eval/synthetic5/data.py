"""Table data of the five synthetic5 documents (held-out set, see README.md).

The build scripts draw the tables from these lists, and check.py recomputes the expected
rows of every conditional list question from them. The *_text functions give each row as it
is printed (cells joined by spaces), which is what pypdf extracts after normalisation.
"""
from common5 import grp, dec

# ---------------------------------------------------------------- (a) Klintehamra, socialnämndens nämndplan
# nämndmål: nr -> text
A_GOALS = {
    1: "Nämndmål 1. Invånare som behöver stöd ska få rätt insats i rätt tid",
    2: "Nämndmål 2. Fler invånare ska bli självförsörjande",
    3: "Nämndmål 3. Äldre ska kunna leva ett tryggt och självständigt liv",
    4: "Nämndmål 4. Nämnden ska ha engagerade medarbetare och en ekonomi i balans",
}
# goal, indikator, utfall 2025, målvärde 2026, 2027, 2028, decimals
A_IND = [
    (1, "Handläggningstid för ansökan om ekonomiskt bistånd, dagar (median)", 16, 14, 12, 12, 0),
    (1, "Andel barnavårdsutredningar som avslutas inom 120 dagar (%)", 74, 85, 90, 95, 0),
    (1, "Väntetid från beslut till erbjudande om särskilt boende, dagar (medel)", 68, 60, 50, 45, 0),
    (1, "Andel brukare i hemtjänsten som är nöjda med bemötandet (%)", 90, 92, 93, 94, 0),
    (2, "Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", 214, 195, 175, 160, 0),
    (2, "Andel deltagare i arbetsmarknadsinsatser som går vidare till arbete eller studier (%)",
     31, 35, 38, 40, 0),
    (2, "Antal personer anställda i kommunala extratjänster", 42, 55, 60, 60, 0),
    (3, "Antal olika personal som en hemtjänsttagare möter under 14 dagar (medel)", 17, 15, 14, 13, 0),
    (3, "Andel boende i särskilt boende med aktuell genomförandeplan (%)", 86, 95, 100, 100, 0),
    (3, "Antal fallskador som lett till sjukhusvård bland brukare 65 år och äldre", 47, 42, 38, 34, 0),
    (3, "Andel hemtjänsttagare som känner sig trygga hemma (%)", 84, 86, 88, 90, 0),
    (4, "Sjukfrånvaro bland nämndens medarbetare (%)", 9.6, 8.8, 8.2, 7.8, 1),
    (4, "Personalomsättning exklusive pensionsavgångar (%)", 13.7, 12.5, 11.5, 11.0, 1),
    (4, "Kostnad för externa placeringar av barn och unga (mnkr)", 41.3, 36.0, 32.0, 30.0, 1),
    (4, "Andel medarbetare med heltidsanställning (%)", 78, 82, 86, 90, 0),
]


def a_cells(r):
    d = r[6]
    return (r[1],) + tuple(dec(v, d) if d else grp(v) for v in r[2:6])


def a_text(r):
    return " ".join(a_cells(r))


# verksamhetsområde, budget 2025, budget 2026 (mnkr)
A_BUDGET = [
    ("Nämnd och förvaltningsledning", 18.2, 19.0),
    ("Individ- och familjeomsorg", 112.9, 118.4),
    ("Äldreomsorg", 288.6, 301.7),
    ("Stöd till personer med funktionsnedsättning", 126.4, 131.8),
    ("Arbetsmarknad och försörjningsstöd", 43.2, 41.5),
]

# ---------------------------------------------------------------- (b) Ormåker, månadsrapport oktober 2026
# verksamhet, budget 2026, utfall jan–okt, prognos helår, avvikelse i septemberrapporten (tkr)
B_DRIFT = [
    ("Politisk verksamhet", 14200, 11480, 13950, 300),
    ("Kommunledningskontoret", 98400, 79150, 96100, 1900),
    ("Räddningstjänst", 31600, 27010, 32450, -600),
    ("Gata, park och fritidsanläggningar", 52300, 46720, 55900, -3100),
    ("Kultur och bibliotek", 28600, 23040, 28100, 400),
    ("Förskola", 186500, 157380, 189700, -2900),
    ("Grundskola och fritidshem", 312800, 255640, 310600, 1800),
    ("Gymnasieskola och vuxenutbildning", 121400, 98260, 118950, 2650),
    ("Äldreomsorg", 348200, 302870, 361500, -11800),
    ("Stöd till personer med funktionsnedsättning", 164900, 141660, 170300, -5100),
    ("Individ- och familjeomsorg", 96700, 86930, 104200, -6200),
    ("Miljö och bygg", 17900, 14120, 17250, 350),
]


def b_avv(r):
    return r[1] - r[3]


def b_cells(r):
    return (r[0], grp(r[1]), grp(r[2]), grp(r[3]), grp(b_avv(r)), grp(r[4]))


def b_text(r):
    return " ".join(b_cells(r))


# projekt, budget 2026, utfall jan–okt, prognos helår (tkr)
B_INV = [
    ("Ombyggnad av Ormåkers brandstation", 18500, 12340, 21200),
    ("Ny förskola i Kvarnbacken, fem avdelningar", 42000, 30860, 39500),
    ("Gång- och cykelväg Ormåker–Sjöhagen", 9800, 7920, 11350),
    ("Beläggningsunderhåll gator och vägar", 12000, 10450, 12000),
    ("Energieffektivisering av skolfastigheter", 7500, 2110, 4800),
    ("IT-utrustning och digitalisering", 4200, 3160, 4200),
    ("Konstgräsplan vid Tallbacksvallen", 6800, 6950, 7400),
    ("Inventarier särskilt boende Ängsgården", 3100, 1240, 2650),
]


def b_inv_cells(r):
    return (r[0], grp(r[1]), grp(r[2]), grp(r[3]), grp(r[1] - r[3]))


def b_inv_text(r):
    return " ".join(b_inv_cells(r))


# ---------------------------------------------------------------- (c) Rödberga, avgifter kultur och fritid
C_SECTIONS = {
    1: "1 Idrottshallar och gymnastiksalar",
    2: "2 Rödberga simhall",
    3: "3 Idrottsplatser och utomhusanläggningar",
    4: "4 Samlingslokaler och Kulturhuset Smedjan",
    5: "5 Kulturskolan",
    6: "6 Biblioteken",
}
# section, avgift, belopp kr, enhet
C_FEES = [
    (1, "Rödbergahallen, hel hall – bidragsberättigad förening, ungdom", 120, "per timme"),
    (1, "Rödbergahallen, hel hall – bidragsberättigad förening, vuxna", 240, "per timme"),
    (1, "Rödbergahallen, hel hall – övriga hyresgäster, vardagar", 620, "per timme"),
    (1, "Rödbergahallen, hel hall – övriga hyresgäster, helger", 720, "per timme"),
    (1, "Rödbergahallen, halv hall – övriga hyresgäster", 340, "per timme"),
    (1, "Gymnastiksal – bidragsberättigad förening", 75, "per timme"),
    (1, "Gymnastiksal – övriga hyresgäster", 210, "per timme"),
    (1, "Rödbergahallen, arrangemang med publik", 4800, "per dag"),
    (2, "Vuxen, engångsbiljett", 70, "per besök"),
    (2, "Barn och ungdom 3–17 år, engångsbiljett", 35, "per besök"),
    (2, "Pensionär och studerande, engångsbiljett", 50, "per besök"),
    (2, "Vuxen, tiokort", 600, "per kort"),
    (2, "Vuxen, årskort bad", 2900, "per år"),
    (2, "Familjebiljett, två vuxna och upp till tre barn", 170, "per besök"),
    (2, "Simskola för barn, tio lektioner", 950, "per kurs"),
    (2, "Bassänghyra, bidragsberättigad förening", 260, "per bana och timme"),
    (3, "Åkervallen, konstgräs 11-manna – förening, ungdom", 0, "per timme"),
    (3, "Åkervallen, konstgräs 11-manna – förening, vuxna", 180, "per timme"),
    (3, "Åkervallen, konstgräs 11-manna – övriga", 650, "per timme"),
    (3, "Gräsplan 7-manna – övriga", 260, "per timme"),
    (3, "Friidrottsarenan med omklädning – skolor från andra kommuner", 450, "per tillfälle"),
    (3, "Elljusspår och motionsslingor", 0, "avgiftsfritt"),
    (4, "Kulturhuset Smedjan, stora salen – förening", 1200, "per dag"),
    (4, "Kulturhuset Smedjan, stora salen – övriga", 4500, "per dag"),
    (4, "Kulturhuset Smedjan, stora salen – övriga, kväll efter kl. 17", 2200, "per tillfälle"),
    (4, "Mötesrum i Smedjan, högst 12 personer", 150, "per timme"),
    (4, "Bygdegården i Norra Rödberga – privat fest", 1600, "per dygn"),
    (4, "Ljud- och ljustekniker vid arrangemang", 520, "per timme"),
    (5, "Ämneskurs, instrument eller sång", 850, "per termin"),
    (5, "Ämneskurs, ytterligare ämne för samma elev", 425, "per termin"),
    (5, "Gruppkurs i dans, teater eller bild", 600, "per termin"),
    (5, "Instrumenthyra", 300, "per termin"),
    (5, "Prova på-kurs, fyra tillfällen", 200, "per kurs"),
    (6, "Ersättning för förlorad eller skadad bok, vuxen", 300, "per styck"),
    (6, "Ersättning för förlorad eller skadad bok, barn", 150, "per styck"),
    (6, "Utskrift och kopia A4, svartvit", 3, "per sida"),
    (6, "Utskrift och kopia A4, färg", 8, "per sida"),
    (6, "Nytt lånekort efter förlust", 20, "per kort"),
    (6, "Fjärrlån från bibliotek utanför länet", 40, "per beställning"),
]


def c_cells(r):
    return (r[1], grp(r[2]), r[3])


def c_text(r):
    return " ".join(c_cells(r))


# ---------------------------------------------------------------- (d) Region Siljetuna, handlingsplan väntetider
# åtgärd, ansvarig, start, klar, status
D_ACT = [
    ("Inför gemensam produktionsplanering för operation vid Siljetuna sjukhus och Bruksvikens lasarett",
     "Område kirurgi", "2026-01-15", "2026-06-30", "Pågår"),
    ("Öppna ytterligare två operationssalar för dagkirurgi i Bruksviken",
     "Område kirurgi", "2026-03-01", "2026-10-31", "Försenad"),
    ("Validera samtliga väntelistor för operation och avför inaktuella remisser",
     "Område kirurgi", "2026-01-15", "2026-03-31", "Klar"),
    ("Rapportera ledig vårdplatskapacitet i realtid till vårdplatskoordinatorerna",
     "Område kirurgi", "2026-02-01", "2026-06-30", "Klar"),
    ("Köp operationer av privata vårdgivare inom befintliga ramavtal",
     "Hälso- och sjukvårdsdirektören", "2026-02-01", "2026-12-31", "Pågår"),
    ("Inrätta en regional vårdgarantienhet som hjälper patienter till annan vårdgivare",
     "Hälso- och sjukvårdsdirektören", "2026-02-01", "2026-09-30", "Klar"),
    ("Inför digital första bedömning av remisser till ortopedi och ögonsjukvård",
     "Digitaliseringsdirektören", "2026-04-01", "2027-03-31", "Pågår"),
    ("Inför standardiserat förlopp för utredning av adhd hos vuxna",
     "Område psykiatri", "2026-03-01", "2026-12-31", "Pågår"),
    ("Inrätta en mottagning för snabb bedömning av barn och unga med psykisk ohälsa",
     "Område psykiatri", "2026-05-01", "2027-06-30", "Försenad"),
    ("Erbjud internetbaserad KBT vid lindrig och medelsvår depression och ångest",
     "Område psykiatri", "2026-01-15", "2026-08-31", "Klar"),
    ("Förstärk första linjens psykiatri på vårdcentralerna med fler psykologer",
     "Område primärvård", "2026-09-01", "2027-06-30", "Ej påbörjad"),
    ("Inför digital tidbokning och chatt på samtliga regiondrivna vårdcentraler",
     "Område primärvård", "2026-02-01", "2026-11-30", "Pågår"),
    ("Inför en gemensam modell för fast läkarkontakt för patienter med kroniska sjukdomar",
     "Område primärvård", "2027-01-01", "2027-12-31", "Ej påbörjad"),
    ("Ta fram en bemanningsplan för operations- och anestesisjuksköterskor",
     "HR-direktören", "2026-01-15", "2026-05-31", "Klar"),
    ("Erbjud betald specialistutbildning till sjuksköterskor inom operation och anestesi",
     "HR-direktören", "2026-08-15", "2027-12-31", "Pågår"),
    ("Minska andelen inhyrda sjuksköterskor inom kirurgin till under 2 procent",
     "HR-direktören", "2026-03-01", "2027-06-30", "Försenad"),
    ("Skicka automatiska kallelser och påminnelser via sms inför mottagningsbesök",
     "Digitaliseringsdirektören", "2026-06-01", "2026-12-31", "Ej påbörjad"),
    ("Utveckla en väntetidsportal med dagsaktuella uppgifter per mottagning",
     "Digitaliseringsdirektören", "2026-09-01", "2027-09-30", "Ej påbörjad"),
    ("Samordna steriltekniken så att operationsinstrument alltid finns tillgängliga",
     "Regionservice", "2026-04-01", "2026-12-31", "Försenad"),
]


def d_text(r):
    return " ".join(r)


# ---------------------------------------------------------------- (e) Tjärnåker, BUN-protokoll
# skola, antal elever, tilldelning tkr (lovskola och läxhjälp 2026)
E_LOV = [
    ("Tjärnåkersskolan 7–9", 412, 640),
    ("Centrumskolan F–6", 356, 410),
    ("Norrtjärns skola F–6", 118, 150),
    ("Ljungbacka skola F–6", 92, 120),
    ("Brattåsens skola F–9", 268, 380),
    ("Kyrkbyns skola F–3", 64, 60),
    ("Solbackens skola 4–9", 301, 440),
]


def e_text(r):
    return f"{r[0]} {grp(r[1])} {grp(r[2])}"


# § 34, beslut (att-satser)
E_ATT34 = [
    "att Hedgårdens skola F–3 läggs ned från och med höstterminen 2027,",
    "att elever i Hedgårdens upptagningsområde erbjuds placering i Norrtjärns skola F–6,",
    "att ge förvaltningen i uppdrag att utreda skolskjutsorganisationen för berörda elever och "
    "återrapportera till nämnden senast 2026-10-31,",
    "att ge förvaltningen i uppdrag att ta fram en plan för lokalanpassningar i Norrtjärns skola, samt",
    "att beslutet gäller under förutsättning att kommunfullmäktige beviljar investeringsmedel "
    "för ombyggnaden av Norrtjärns skola.",
]
