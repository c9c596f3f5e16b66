"""Writes ../train_syn3.jsonl: 48 gold questions (t3001–t3048) about the six synthetic3 PDFs."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn3.jsonl"

A = "storbrinken-mal-och-budget-2026.pdf"
B = "kvarnasa-granskning-upphandling-avtalstrohet.pdf"
C = "lovsjovik-aktivitetsplan-folkhalsa-2026-2027.pdf"
D = "vastermyr-personalredovisning-2025.pdf"
E = "ekeslatt-kf-protokoll-2026-03-16.pdf"
F = "salgmora-lagesrapport-simhall-2026-q1.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Storbrinken, Mål och budget 2026
    q("Hur stor driftram får socialnämnden i Storbrinken för 2026?", "sv", "figure", A, 3,
      ["Socialnämnden 812 700 851 300 38 600 872 900 894 100"],
      "851 300 tkr, vilket är 38 600 tkr mer än budget 2025.",
      [fig(851300, "tkr", "851 300")]),
    q("Vilken kommunalskatt föreslås i Storbrinken för 2026?", "sv", "figure", A, 2,
      ["skattesatsen för 2026 föreslås vara oförändrad och uppgår därmed till 21,89 kronor"],
      "21,89 kronor per skattekrona, oförändrat jämfört med 2025.",
      [fig(21.89, "kr", "21,89 kronor")]),
    q("How many inhabitants did Storbrinken municipality have at the end of 2024?", "en", "figure", A, 2,
      ["Den 31 december 2024 hade Storbrinken 38 417 invånare"],
      "38 417 inhabitants on 31 December 2024, 312 more than a year earlier.",
      [fig(38417, "antal", "38 417 invånare")]),
    q("Vilka nämnder i Storbrinken får en lägre driftram 2026 än de hade i budget 2025?", "sv", "list", A, 3,
      ["Samhällsbyggnadsnämnden 118 900 117 650 −1 250"],
      "Samhällsbyggnadsnämnden (−1 250 tkr) och kultur- och fritidsnämnden (−700 tkr).",
      items=["Samhällsbyggnadsnämnden 118 900 117 650", "Kultur- och fritidsnämnden 84 600 83 900"]),
    q("Which committees in Storbrinken get more than 5 million kronor extra in their 2026 budget frame "
      "compared with 2025?", "en", "list", A, 3,
      ["Nämndernas driftramar 2026 med plan för 2027–2028 (tkr)"],
      "The executive board (+5 550 tkr), the education committee (+27 200 tkr) and the social "
      "services committee (+38 600 tkr).",
      items=["Kommunstyrelsen 142 350 147 900 5 550", "Barn- och utbildningsnämnden 1 021 400 1 048 600",
             "Socialnämnden 812 700 851 300 38 600"]),
    q("Vilka enskilda investeringsprojekt i Storbrinken har mer än 20 mnkr budgeterat för 2026?", "sv",
      "list", A, 4,
      ["Investeringsbudget 2026 och plan 2027–2028 (mnkr)"],
      "Förskolan i Brinkhagen (38,5 mnkr), Storbrinkens skola F–6 (24,0 mnkr), särskilt boende "
      "Lärkängen (52,0 mnkr) och VA-saneringen i Norra industriområdet (27,5 mnkr).",
      items=["Ny förskola i Brinkhagen, sex avdelningar", "Om- och tillbyggnad av Storbrinkens skola F–6",
             "Särskilt boende Lärkängen, 60 platser", "VA-sanering i Norra industriområdet"]),
    q("Varför ökar socialnämndens budgetram i Storbrinken så mycket 2026?", "sv", "passage", A, 3,
      ["fler personer beviljas hemtjänst, att ett nytt boende enligt LSS med sex lägenheter öppnar",
       "fortsatt höga kostnader för externa placeringar av barn och unga"],
      "Fler beviljas hemtjänst, ett nytt LSS-boende med sex lägenheter öppnar i mars 2026 och "
      "kostnaderna för externa placeringar av barn och unga är fortsatt höga."),
    none("Vilken driftram har socialnämnden i Storbrinken för år 2029?", "sv"),
    none("Hur stor blir Storbrinkens låneskuld vid utgången av 2026?", "sv"),

    # ------------------------------------------------------------ (b) Kvarnåsa, granskningsrapport
    q("Hur stor andel av de granskade fakturorna i Kvarnåsa saknade giltigt avtal?", "sv", "figure", B, 4,
      ["saknade 23 stycken, motsvarande 19,2 procent, ett giltigt avtal"],
      "19,2 procent, det vill säga 23 av 120 stickprov.",
      [fig(19.2, "procent", "19,2 procent"), fig(23, "antal", "23 stycken")]),
    q("How much did Kvarnåsa municipality buy from suppliers it had no contract with during the audited "
      "period?", "en", "figure", B, 4,
      ["inköp från leverantörer utan avtal till 14,6 mnkr under granskningsperioden"],
      "14,6 mnkr (January–September 2025), of which 9,8 mnkr in the technical administration.",
      [fig(14.6, "mnkr", "14,6 mnkr")]),
    q("Vilka rekommendationer lämnar revisorerna till kommunstyrelsen i Kvarnåsa efter granskningen av "
      "upphandlingen?", "sv", "list", B, 2,
      ["Mot bakgrund av granskningen rekommenderar vi kommunstyrelsen att"],
      "Revidera policy och riktlinjer, följa upp avtalstroheten regelbundet, ta fram en rutin för "
      "direktupphandlingar, registrera alla avtal i avtalsdatabasen, utbilda chefer och beställare samt "
      "överväga en spärr i e-handelssystemet.",
      items=["säkerställa att upphandlingspolicyn och riktlinjerna för inköp revideras",
             "införa en systematisk och återkommande uppföljning av avtalstrohet",
             "ta fram en rutin för direktupphandlingar",
             "säkerställa att samtliga avtal registreras i kommunens avtalsdatabas",
             "genomföra riktade utbildningsinsatser om inköp och avtalstrohet",
             "överväga att införa en spärr i e-handelssystemet"]),
    q("Vilka av Kvarnåsas åtgärder med anledning av upphandlingsgranskningen ska vara klara senast i juni "
      "2026?", "sv", "list", B, 5,
      ["Kommunstyrelsen instämmer i revisorernas bedömningar och redovisar nedan de åtgärder"],
      "Revidering av upphandlingspolicyn (juni 2026), rutin för direktupphandlingar (31 mars 2026) och "
      "utbildning för chefer och beställare (2026-05-31).",
      items=["Revidera upphandlingspolicyn och riktlinjerna för inköp",
             "Ta fram en rutin för dokumentation av direktupphandlingar",
             "Genomför utbildning för chefer och beställare"]),
    q("Vad blev revisorernas samlade bedömning av hur Kvarnåsa sköter upphandling och avtalstrohet?", "sv",
      "passage", B, 2,
      ["kommunstyrelsen och tekniska nämnden inte helt säkerställer en ändamålsenlig styrning, uppföljning och kontroll",
       "Vi bedömer att den interna kontrollen av direktupphandlingar är otillräcklig."],
      "Att kommunstyrelsen och tekniska nämnden inte helt säkerställer en ändamålsenlig styrning, "
      "uppföljning och kontroll; riktlinjerna är inaktuella, ansvaret otydligt och kontrollen av "
      "direktupphandlingar otillräcklig."),
    q("Vad beror bristerna i dokumentationen av direktupphandlingar på, enligt granskningen i Kvarnåsa?",
      "sv", "passage", B, 4,
      ["beror bristerna främst på tidsbrist, att rutinerna är okända för nyanställda chefer",
       "saknas ett gemensamt stöd för att dokumentera direktupphandlingar digitalt"],
      "Främst tidsbrist, att nyanställda chefer inte känner till rutinerna och att det saknas ett "
      "gemensamt digitalt stöd för dokumentationen."),
    none("Who is the procurement manager in Kvarnåsa municipality?", "en"),
    none("Hur mycket köpte Kvarnåsa kommun varor och tjänster för totalt under 2025?", "sv"),

    # ------------------------------------------------------------ (c) Lövsjövik, aktivitetsplan folkhälsa
    q("Hur mycket pengar har Lövsjövik avsatt till folkhälsoarbetet 2026?", "sv", "figure", C, 1,
      ["För 2026 har kommunstyrelsen avsatt 2 350 tkr till folkhälsoarbetet"],
      "2 350 tkr, varav 600 tkr fördelas som bidrag till föreningar.",
      [fig(2350, "tkr", "2 350 tkr")]),
    q("What share of ninth-graders in Lövsjövik have used snus in the last 30 days?", "en", "figure", C, 1,
      ["14 procent av eleverna i årskurs 9 har använt snus"],
      "14 percent, up from 9 percent in 2022.",
      [fig(14, "procent", "14 procent")]),
    q("Vilka folkhälsoaktiviteter i Lövsjövik har ännu inte påbörjats?", "sv", "list", C, 2,
      ["Tabellen redovisar planerade aktiviteter, ansvarig förvaltning, tidplan och status per 2026-04-15"],
      "Sju aktiviteter: hälsofrämjande skolgårdar, seniorträffar, handlingsplan för suicidprevention, "
      "tillgängliga gångstråk, IOP med civilsamhället, utegym vid Lövsjöbadet och utbildning i "
      "motiverande samtal.",
      items=["Utveckla hälsofrämjande skolgårdar som inbjuder till rörelse",
             "Starta seniorträffar med fokus på fallprevention",
             "Ta fram en lokal handlingsplan för suicidprevention",
             "Kartlägga och åtgärda otillgängliga gångstråk",
             "Utveckla samverkan med civilsamhället genom idéburet",
             "Anlägga utegym och belyst motionsslinga vid Lövsjöbadet",
             "Utbilda socialsekreterare och fältassistenter i motiverande samtal"]),
    q("Which activities in Lövsjövik's public health plan is the culture and leisure department "
      "responsible for?", "en", "list", C, 2,
      ["Öppna en mötesplats för ensamma äldre på biblioteket en dag i veckan"],
      "Four: developing Fritidsbanken, free holiday activities for ages 6–15, a meeting place for lonely "
      "older people at the library, and swimming lessons for newly arrived children and adults.",
      items=["Utveckla Fritidsbanken med utlåning av sport- och fritidsutrustning",
             "Avgiftsfria lovaktiviteter för barn och unga 6–15 år",
             "Öppna en mötesplats för ensamma äldre",
             "Erbjuda simundervisning för nyanlända barn och vuxna"]),
    q("Vilka aktiviteter i Lövsjöviks folkhälsoplan ska genomföras under tredje kvartalet 2026?", "sv",
      "list", C, 2,
      ["Tidplanen anger det kvartal då aktiviteten ska vara genomförd"],
      "Sex aktiviteter: skolgårdar, seniorträffar, utbildning i Första hjälpen till psykisk hälsa, "
      "lovaktiviteter, rutin mot våld i nära relationer i hemtjänsten och utbildning i motiverande samtal.",
      items=["Utveckla hälsofrämjande skolgårdar som inbjuder till rörelse",
             "Starta seniorträffar med fokus på fallprevention",
             "Utbilda personal i förskola och skola",
             "Avgiftsfria lovaktiviteter för barn och unga 6–15 år",
             "Införa rutin för tidig upptäckt av våld",
             "Utbilda socialsekreterare och fältassistenter i motiverande samtal"]),
    q("Hur ska genomförandet av folkhälsoplanen i Lövsjövik följas upp?", "sv", "passage", C, 3,
      ["rapporterar status för sina aktiviteter till folkhälsostrategen två gånger per år",
       "lämnar en samlad redovisning till kommunstyrelsen i samband med årsredovisningen"],
      "Förvaltningarna rapporterar status till folkhälsostrategen senast 15 april och 15 oktober; "
      "folkhälsorådet får en sammanställning och redovisar samlat till kommunstyrelsen med "
      "årsredovisningen. Effekter följs med nyckeltal."),
    none("Vad kostar seniorträffarna med fallprevention som Lövsjövik planerar?", "sv"),
    none("Hur många barn deltog i Lövsjöviks avgiftsfria lovaktiviteter sommaren 2025?", "sv"),

    # ------------------------------------------------------------ (d) Region Västermyr, personalredovisning
    q("Hur många anställda hade Region Västermyr vid slutet av 2025?", "sv", "figure", D, 1,
      ["Vid utgången av 2025 hade Region Västermyr 10 851 anställda"],
      "10 851 anställda, 17 fler än ett år tidigare.",
      [fig(10851, "antal", "10 851 anställda")]),
    q("What was the sickness absence rate at Regionservice in Region Västermyr in 2025?", "en", "figure", D, 3,
      ["Tandvårdsförvaltningen 6,9 7,3 +0,4 Regionservice 7,2 6,8 −0,4"],
      "6.8 percent of ordinary working hours, down from 7.2 percent in 2024.",
      [fig(6.8, "procent", "6,8")]),
    q("Hur hög var personalomsättningen i Region Västermyr 2025?", "sv", "figure", D, 1,
      ["Den externa personalomsättningen var 9,4 procent, en minskning från 10,7 procent"],
      "9,4 procent extern personalomsättning (10,7 procent året innan).",
      [fig(9.4, "procent", "9,4 procent")]),
    q("Vilka förvaltningar i Region Västermyr hade färre anställda 2025 än 2024?", "sv", "list", D, 2,
      ["Tabell 1. Anställda per förvaltning den 31 december"],
      "Psykiatriförvaltningen, tandvårdsförvaltningen, regionservice och regionstyrelsens förvaltning.",
      items=["Psykiatriförvaltningen 1 108 1 096", "Tandvårdsförvaltningen 612 598 86,1",
             "Regionservice 1 204 1 188", "Regionstyrelsens förvaltning 498 471"]),
    q("In which of Region Västermyr's administrations did sickness absence rise between 2024 and 2025?",
      "en", "list", D, 3,
      ["Sjukfrånvaro per förvaltning, procent av ordinarie arbetstid"],
      "Psychiatry (8.2 to 8.6), dental care (6.9 to 7.3) and public transport (5.1 to 5.4).",
      items=["Psykiatriförvaltningen 8,2 8,6 +0,4", "Tandvårdsförvaltningen 6,9 7,3 +0,4",
             "Kollektivtrafikförvaltningen 5,1 5,4 +0,3"]),
    q("Vad gör Region Västermyr för att få ned sjukfrånvaron?", "sv", "passage", D, 3,
      ["Närmaste chef ska kontakta medarbetaren redan den första sjukdagen",
       "Företagshälsovården har fått ett utökat uppdrag att stödja cheferna i rehabiliteringsarbetet"],
      "En modell för tidiga insatser: chefen kontaktar medarbetaren första sjukdagen, hälsosamtal vid "
      "upprepad korttidsfrånvaro, utökat uppdrag för företagshälsovården, ett projekt om arbetsbelastning "
      "inom psykiatrin och höjt friskvårdsbidrag."),
    none("Hur hög var sjukfrånvaron inom psykiatriförvaltningen i Region Västermyr 2023?", "sv"),
    none("Hur många timavlönade arbetade i Region Västermyr under 2025?", "sv"),

    # ------------------------------------------------------------ (e) Ekeslätt, KF-protokoll
    q("Hur stor borgen gick fullmäktige i Ekeslätt i god för åt det kommunala bostadsbolaget?", "sv",
      "figure", E, 2,
      ["kommunal borgen om högst 120 000 000 kronor, jämte därpå löpande ränta och kostnader"],
      "Högst 120 000 000 kronor (120 mnkr) för 48 hyreslägenheter i kvarteret Lärkan.",
      [fig(120000000, "kr", "120 000 000 kronor")]),
    q("Hur föll omröstningen i Ekeslätts fullmäktige om motionen om laddplatser för elbilar?", "sv",
      "figure", E, 3,
      ["Med 28 ja-röster mot 13 nej-röster beslutar fullmäktige enligt kommunstyrelsens förslag"],
      "28 ja mot 13 nej för kommunstyrelsens förslag att anse motionen besvarad.",
      [fig(28, "antal", "28 ja-röster"), fig(13, "antal", "13 nej-röster")]),
    q("Vilka ansökningar ur bygdefonden avslog kommunfullmäktige i Ekeslätt?", "sv", "list", E, 3,
      ["då ändamålet inte omfattas av fondens stadgar"],
      "Norrängens vägförening, Lilla Bodarne Camping AB och Sjöviks fiskevårdsområdesförening.",
      items=["att avslå ansökan från Norrängens vägförening",
             "att avslå ansökan från Lilla Bodarne Camping AB",
             "att avslå ansökan från Sjöviks fiskevårdsområdesförening"]),
    q("Which Moderate Party (M) members were elected to Ekeslätt's new growth committee, and who are "
      "their substitutes?", "en", "list", E, 5,
      ["välja följande ledamöter och personliga ersättare i tillväxtnämnden"],
      "Anders Wiklund (substitute Ulla Persson) and Helena Sundh (substitute Gustav Ek).",
      items=["Anders Wiklund M Ulla Persson", "Helena Sundh M Gustav Ek"]),
    q("Hur behandlade Ekeslätts fullmäktige motionen om att bygga ytterligare en förskola i Västra Ekeslätt?", "sv",
      "passage", E, 4,
      ["att bifalla motionen i den del som avser behovet av fler förskoleplatser",
       "utreda lokalisering, kostnader och tidplan för en ny förskola i Västra Ekeslätt"],
      "Motionen bifölls i den del som gäller behovet av fler förskoleplatser; kommunstyrelsen ska utreda "
      "lokalisering, kostnader och tidplan och redovisa senast 2026-11-30. I övrigt ansågs motionen besvarad."),
    q("Varför ville kommunstyrelsen i Ekeslätt inte genomföra förslaget om laddstolpar vid alla kommunala "
      "anläggningar?", "sv", "passage", E, 3,
      ["laddinfrastrukturen i första hand bör byggas ut av marknadens aktörer",
       "beräknas till cirka 9,5 mnkr, vilket inte ryms i investeringsbudgeten"],
      "Laddinfrastruktur bör i första hand byggas av marknaden, kommunen har redan 36 laddpunkter och "
      "förslaget skulle kosta cirka 9,5 mnkr som inte ryms i investeringsbudgeten."),
    none("Vem blir ordförande i Ekeslätts nya tillväxtnämnd?", "sv"),
    none("When will the new preschool in Västra Ekeslätt open?", "en"),

    # ------------------------------------------------------------ (f) Sälgmora, lägesrapport simhall
    q("Vad är kontraktssumman för totalentreprenaden för Sälgmoras nya simhall?", "sv", "figure", F, 2,
      ["Kontraktet tecknades 2025-09-01 med en kontraktssumma om 186 400 000 kr"],
      "186 400 000 kr (Sälgbygg Entreprenad AB, kontrakt tecknat 2025-09-01).",
      [fig(186400000, "kr", "186 400 000 kr")]),
    q("By what date is the building for Sälgmora's new swimming hall due to be finished?", "en", "figure",
      F, 2,
      ["Byggnaden ska vara färdigställd den 30 juni 2027"],
      "30 June 2027; the hall is expected to open to the public in September 2027.",
      [fig("2027-06-30", "datum", "30 juni 2027")]),
    q("Under vilka kvartal översteg kostnaderna för Sälgmoras simhallsbygge budgeten?", "sv", "list", F, 2,
      ["ett negativt belopp innebär att utfallet överstiger budget"],
      "Kvartal 3 2025 (−845 900 kr) och kvartal 1 2026 (−2 118 750 kr).",
      items=["Kvartal 3 2025 12 000 000 12 845 900", "Kvartal 1 2026 21 000 000 23 118 750"]),
    q("Vilka risker pekar lägesrapporten ut för simhallsprojektet i Sälgmora?", "sv", "list", F, 2,
      ["Kostnadsökningar för stål, betong och installationsmaterial kan påverka slutkostnaden ytterligare"],
      "Stigande priser på stål, betong och installationer, brist på entreprenörer för bassängteknik och "
      "att beskedet om statligt energistöd (6,2 mnkr) dröjer till hösten 2026.",
      items=["Kostnadsökningar för stål, betong och installationsmaterial",
             "Bristen på entreprenörer med erfarenhet av bassängteknik",
             "Besked om statligt stöd för energieffektivisering"]),
    q("Why was the foundation work for Sälgmora's new swimming hall delayed?", "en", "passage", F, 2,
      ["Grundläggningen färdigställdes 2026-02-27, tre veckor senare än planerat",
       "tjälskador i schaktbotten och ett större grundvatteninflöde än vad den geotekniska undersökningen visat"],
      "Frost damage in the excavation bottom and more groundwater inflow than the geotechnical survey "
      "had shown; the foundation was finished three weeks late, on 2026-02-27."),
    none("Vad kommer det att kosta att bada i Sälgmoras nya simhall?", "sv"),
    none("Hur mycket kostade simhallsprojektet i Sälgmora under fjärde kvartalet 2024?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as fh:
    for n, x in enumerate(Q, 1):
        fh.write(json.dumps({"id": f"t{3000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
