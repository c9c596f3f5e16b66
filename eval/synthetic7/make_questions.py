"""Writes ../train_syn7.jsonl: 60 gold questions (t7001–t7060) about the six synthetic7 PDFs.

22 figure, 18 list (15 conditional, 3 complete), 8 passage, 12 none; 45 in Swedish and 15 in English.
Items are written out literally (not derived from data.py) so that check.py, which recomputes the
expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn7.jsonl"

A = "ramsvika-arsredovisning-2025.pdf"
B = "furuskog-internbudget-2026.pdf"
C = "region-vattersund-granskning-lakemedel-2026.pdf"
D = "stensjobro-handlingsplan-klimatanpassning-2026-2028.pdf"
E = "korpilund-kf-protokoll-2026-04-27.pdf"
F = "lerviken-folkhalsopolicy-2026-2030.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Ramsvika, årsredovisning 2025
    q("Hur mycket hade Ramsvika kommun lånat totalt vid utgången av 2024?", "sv", "figure", A, 2,
      ["Låneskuld, mnkr 412,0 498,0 621,5"],
      "498,0 mnkr vid utgången av 2024; skulden ökade till 621,5 mnkr 2025 (412,0 mnkr 2023).",
      [fig(498.0, "mnkr", "498,0")]),
    q("Vilket resultat hade Ramsvika räknat med i budgeten för 2025?", "sv", "figure", A, 3,
      ["vilket är 21,3 mnkr sämre än det budgeterade resultatet på 13,9 mnkr"],
      "Ett budgeterat resultat på 13,9 mnkr; utfallet blev −7,4 mnkr, alltså 21,3 mnkr sämre.",
      [fig(13.9, "mnkr", "13,9 mnkr")]),
    q("How many full-time equivalents did hourly-paid staff in Ramsvika amount to at the end of 2025?",
      "en", "figure", A, 5,
      ["antalet årsarbetare bland timavlönade minskade med 41 till 187"],
      "187 full-time equivalents, 41 fewer than the year before.",
      [fig(187, "antal", "till 187")]),
    q("Hur stor del av Ramsvikas investeringar 2025 gick till bygget av den nya skolan vid Strandängen?",
      "sv", "figure", A, 3,
      ["varav 112,4 mnkr eller 45,5 procent avsåg nybyggnaden av Strandängsskolan"],
      "45,5 procent, eller 112,4 mnkr av nettoinvesteringarna på 246,8 mnkr.",
      [fig(45.5, "procent", "45,5 procent")]),
    q("Vilka av Ramsvikas finansiella mål nåddes inte under 2025?", "sv", "list", A, 4,
      ["Av de finansiella målen uppnåddes två och av verksamhetsmålen fyra"],
      "Fyra av sex: resultatet på minst 1,5 procent över tre år (0,8 %), att nettokostnaderna inte ska öka "
      "snabbare än skatteintäkterna (4,7 mot 3,1 %), minst hälften egenfinansierade investeringar (42,6 %) "
      "och ett positivt balanskravsresultat (−2,8 mnkr).",
      items=["Resultatet ska uppgå till minst 1,5 procent",
             "Verksamhetens nettokostnader ska inte öka snabbare",
             "Investeringarna ska under en femårsperiod till minst hälften",
             "Balanskravsresultatet ska vara positivt varje år"]),
    q("Which of Ramsvika's operational goals for 2025 were assessed as only partly achieved?", "en", "list",
      A, 4,
      ["Kommunfullmäktige har i budget 2025 fastställt sex finansiella mål och tio verksamhetsmål"],
      "Four: residents feeling safe in their neighbourhood, more residents working or studying, lower "
      "greenhouse gas emissions from the municipality's operations, and more employees working full time.",
      items=["Invånarna ska känna sig trygga i sin närmiljö",
             "Andelen invånare som arbetar eller studerar ska öka",
             "Utsläppen av växthusgaser från kommunens verksamheter ska minska",
             "Andelen medarbetare som arbetar heltid ska öka"]),
    q("Vilka viktiga händelser lyfter Ramsvika fram i sin årsredovisning för 2025?", "sv", "list", A, 1,
      ["Kommunfullmäktige höjde skattesatsen med 25 öre till 21,89 kronor"],
      "Skattehöjningen till 21,89 kr, bygget av Strandängsskolan, öppnandet av Rönngården med 60 platser, "
      "it-angreppet mot e-posten i september, den nya kommundirektören från 1 juni och Ramsvikahems bygge "
      "av 64 lägenheter i kvarteret Sjöboden.",
      items=["Kommunfullmäktige höjde skattesatsen med 25 öre",
             "Byggnationen av Strandängsskolan för 540 elever",
             "Vård- och omsorgsboendet Rönngården med 60 platser öppnade",
             "Ett it-angrepp mot kommunens e-postsystem i september",
             "En ny kommundirektör tillträdde den 1 juni 2025",
             "Ramsvikahem AB påbörjade byggandet av 64 hyreslägenheter"]),
    q("Varför gick Ramsvika kommun med underskott 2025?", "sv", "passage", A, 3,
      ["nämnderna sammantaget redovisar ett underskott på 29,6 mnkr mot budget",
       "kostnaderna för placeringar av barn och unga överskred budget med 11,8 mnkr"],
      "Nämnderna gick sammantaget 29,6 mnkr över budget, främst socialnämnden (22,4 mnkr, varav placeringar "
      "av barn och unga 11,8 och försörjningsstöd 6,1 mnkr) och barn- och utbildningsnämnden (9,3 mnkr för "
      "gymnasieelever i andra kommuner); finansförvaltningens överskott på 8,3 mnkr räckte inte."),
    none("Vilken låneskuld hade Ramsvika kommun vid slutet av 2022?", "sv"),
    none("Vilket resultat redovisade det kommunala bostadsbolaget Ramsvikahem AB för 2025?", "sv"),

    # ------------------------------------------------------------ (b) Furuskog, internbudget 2026
    q("Hur stor nettobudget får grundskolan och fritidshemmen i Furuskog för 2026?", "sv", "figure", B, 2,
      ["Grundskola och fritidshem −268 900 −276 415 −7 515 −279 600"],
      "279 600 tkr (nettokostnad, redovisad som −279 600); utfallet 2025 var 276 415 tkr.",
      [fig(279600, "tkr", "279 600")]),
    q("Hur mycket gick socialnämnden i Furuskog över budget 2025?", "sv", "figure", B, 2,
      ["Summa socialnämnden −437 000 −468 860 −31 860 −462 800"],
      "31 860 tkr: utfallet blev 468 860 tkr mot en budget på 437 000 tkr.",
      [fig(31860, "tkr", "31 860")]),
    q("What was the actual net cost of elderly care in Furuskog in 2025?", "en", "figure", B, 2,
      ["Äldreomsorg −231 600 −243 880 −12 280 −244 500"],
      "243 880 tkr (about 243.9 million kronor), 12 280 tkr more than the budget of 231 600 tkr.",
      [fig(243880, "tkr", "243 880")]),
    q("What result does Furuskog budget for the plan year 2028?", "en", "figure", B, 1,
      ["och för planåren 2027 och 2028 26,4 respektive 31,0 mnkr"],
      "31.0 million kronor (19.8 mnkr in 2026 and 26.4 mnkr in 2027).",
      [fig(31.0, "mnkr", "31,0 mnkr")]),
    q("Vilka verksamheter i Furuskog kostade mer än fem miljoner kronor över budget 2025?", "sv", "list", B, 2,
      ["ett negativt värde innebär att verksamheten har kostat mer än budgeterat"],
      "Fem: grundskola och fritidshem (−7 515 tkr), gymnasieskola (−5 560), äldreomsorg (−12 280), "
      "funktionsstöd (−8 110) och individ- och familjeomsorg (−6 740).",
      items=["Grundskola och fritidshem −268 900",
             "Gymnasieskola −98 400 −103 960",
             "Äldreomsorg −231 600 −243 880",
             "Funktionsstöd −118 200 −126 310",
             "Individ- och familjeomsorg −64 800"]),
    q("Which of Furuskog's prioritised initiatives for 2026 are worth more than 2 million kronor?", "en",
      "list", B, 3,
      ["Kommunfullmäktige har i Mål och budget 2026 prioriterat följande satsningar"],
      "Four: more preschool teachers (4 200 tkr), extended pupil health services (2 600 tkr), a pay "
      "initiative for assistant nurses (3 800 tkr) and longer opening hours at the main library (2 100 tkr).",
      items=["Fler förskollärare för att minska barngruppernas storlek",
             "Utökad elevhälsa med kurator och skolsköterska",
             "Lönesatsning på undersköterskor i äldreomsorgen",
             "Längre öppettider på huvudbiblioteket i Furuskog"]),
    q("Vilka av socialnämndens verksamheter i Furuskog får en mindre budget 2026 än vad de faktiskt kostade "
      "2025?", "sv", "list", B, 2,
      ["Summa socialnämnden −437 000 −468 860 −31 860 −462 800"],
      "Tre: funktionsstöd (124 900 mot 126 310 tkr), individ- och familjeomsorg (68 300 mot 71 540 tkr) "
      "och ekonomiskt bistånd (25 100 mot 27 130 tkr). Äldreomsorgen får något mer än utfallet.",
      items=["Funktionsstöd −118 200 −126 310",
             "Individ- och familjeomsorg −64 800",
             "Ekonomiskt bistånd −22 400 −27 130"]),
    q("Hur ska socialnämnden i Furuskog få ekonomin i balans?", "sv", "passage", B, 4,
      ["socialnämnden minska kostnaderna för externa placeringar genom att bygga ut den egna öppenvården",
       "Hemtjänstens planering ska effektiviseras med ett nytt planeringssystem"],
      "Genom färre externa placeringar (egen öppenvård och familjehemsvård), effektivare hemtjänstplanering "
      "med nytt system, mer likvärdig biståndsbedömning i äldreomsorgen och att lediga platser i egna "
      "LSS-boenden används innan platser köps; vid underskott över 5,0 mnkr i augusti krävs fler åtgärder."),
    none("Hur stor budget har överförmyndarnämnden i Furuskog för 2026?", "sv"),
    none("Hur stora skatteintäkter räknar Furuskog med för 2029?", "sv"),

    # ------------------------------------------------------------ (c) Region Vättersund, revisionsrapport
    q("Med hur mycket överskred Region Vättersund budgeten för förmånsläkemedel 2025?", "sv", "figure", C, 3,
      ["den budget som hälso- och sjukvårdsnämnden fastställt överskreds med 58,3 mnkr"],
      "Med 58,3 mnkr; förmånskostnaderna var 1 412,6 mnkr, 6,8 procent mer än 2024.",
      [fig(58.3, "mnkr", "58,3 mnkr")]),
    q("Hur många av de tolv vårdenheterna i Region Vättersunds stickprov hade gjort den egenkontroll av "
      "läkemedelshanteringen som ska göras varje år?", "sv", "figure", C, 4,
      ["men endast 5 hade genomfört den årliga egenkontrollen av läkemedelshanteringen"],
      "Endast 5 av 12 (10 hade en läkemedelsansvarig sjuksköterska, 3 hade haft extern granskning av farmaceut).",
      [fig(5, "antal", "endast 5")]),
    q("What share of Region Vättersund's spending on requisition drugs was lost to discarded medicines in 2025?",
      "en", "figure", C, 4,
      ["vilket motsvarar 2,0 procent av kostnaden för rekvisitionsläkemedel"],
      "2.0 percent (medicines worth 14.9 million kronor), up from 1.6 percent in 2024.",
      [fig(2.0, "procent", "2,0 procent")]),
    q("Vilka revisionsfrågor fick ett nej i revisorernas granskning av läkemedelsområdet i Region Vättersund?",
      "sv", "list", C, 4,
      ["Bedömningen görs i tre steg: Ja (uppfyllt), Delvis (delvis uppfyllt) och Nej (inte uppfyllt)"],
      "Tre: om orsakerna till kostnadsutvecklingen analyseras och leder till åtgärder (5), om årliga "
      "egenkontroller görs på vårdenheterna (7) och om kassationerna följs upp (9).",
      items=["Analyseras orsakerna till kostnadsutvecklingen och vidtas åtgärder",
             "Genomförs årliga egenkontroller av läkemedelshanteringen på vårdenheterna",
             "Följs kassationer av läkemedel upp och används resultatet"]),
    q("Vilka av revisionsfrågorna om läkemedel i Region Vättersund bedömdes vara bara delvis uppfyllda?",
      "sv", "list", C, 4,
      ["Bedömningen görs i tre steg: Ja (uppfyllt), Delvis (delvis uppfyllt)"],
      "Tre: riktlinjerna för läkemedelshantering (1), uppföljningen och rapporteringen av kostnaderna till "
      "nämnden (4) och uppföljningen av förskrivningen mot rekommendationslistan (6).",
      items=["Finns det ändamålsenliga riktlinjer för läkemedelshantering",
             "Följs läkemedelskostnaderna upp regelbundet och rapporteras avvikelser",
             "Följs förskrivningen upp mot regionens rekommendationslista"]),
    q("Which recommendations in Region Vättersund's audit of medicines are directed at the health and medical "
      "care committee?", "en", "list", C, 2,
      ["Mot bakgrund av granskningen lämnar vi följande rekommendationer"],
      "Four (nos. 4–7): request an in-depth analysis of the budget overrun, make sure all units carry out the "
      "annual self-inspection, follow up prescribing against the recommended list twice a year, and have a "
      "pharmacist review each unit at least every other year.",
      items=["Begära en fördjupad analys av orsakerna till att",
             "Säkerställa att samtliga vårdenheter genomför den årliga egenkontrollen",
             "Följa upp förskrivningen mot rekommendationslistan per vårdcentral",
             "Se till att extern kvalitetsgranskning av farmaceut genomförs"]),
    q("Vad är revisorernas samlade omdöme om hur Region Vättersund styr och kontrollerar läkemedelsområdet?",
      "sv", "passage", C, 2,
      ["inte i tillräcklig utsträckning har säkerställt en ändamålsenlig styrning och kontroll av läkemedelsområdet",
       "kostnadsutvecklingen analyseras inte på ett sätt som leder till åtgärder"],
      "Att regionstyrelsen och hälso- och sjukvårdsnämnden inte i tillräcklig utsträckning säkerställt styrning "
      "och kontroll: ansvarsfördelning och budget finns, men kostnadsanalyserna leder inte till åtgärder, "
      "egenkontrollerna görs inte som föreskrivet och kassationerna följs inte upp."),
    q("Vad förklarar att läkemedelskostnaderna i Region Vättersund har ökat?", "sv", "passage", C, 3,
      ["förklaras ökningen till största delen av nya och dyra läkemedel mot cancer",
       "allt fler patienter behandlas med läkemedel mot diabetes och fetma"],
      "Främst nya, dyra cancerläkemedel och fler patienter som behandlas mot diabetes och fetma, samt större "
      "volymer biologiska läkemedel inom reumatologin; patentutgångar dämpade ökningen med cirka 21 mnkr."),
    none("How much did Region Vättersund spend on medicines in 2023?", "en"),
    none("Hur många läkemedelsavvikelser rapporterades i Region Vättersund under 2025?", "sv"),

    # ------------------------------------------------------------ (d) Stensjöbro, klimatanpassning
    q("Hur många samhällsviktiga verksamheter i Stensjöbro riskerar att hamna under vatten vid ett "
      "100-årsregn?", "sv", "figure", D, 1,
      ["varav 38 är samhällsviktiga verksamheter som förskolor, vårdboenden och pumpstationer"],
      "38 av de 412 byggnader som ligger där vattendjupet kan överstiga 0,3 meter.",
      [fig(38, "antal", "varav 38")]),
    q("När ska fördröjningsdammen i Ängsdalen vara färdigbyggd enligt Stensjöbros handlingsplan?", "sv",
      "figure", D, 2,
      ["Bygga en fördröjningsdamm för dagvatten i Ängsdalen Stensjöbro Vatten AB 31 oktober 2027"],
      "Senast den 31 oktober 2027 (ansvarig Stensjöbro Vatten AB, ännu ej påbörjad).",
      [fig("2027-10-31", "datum", "31 oktober 2027")]),
    q("How much money has Stensjöbro's council set aside for climate adaptation work in 2027?", "en",
      "figure", D, 2,
      ["Kommunfullmäktige har avsatt 4,2 mnkr för 2026 och 3,6 mnkr för 2027"],
      "3.6 million kronor for 2027 (4.2 million for 2026); stormwater investments of 18.5 million are "
      "funded through the water tariff.",
      [fig(3.6, "mnkr", "3,6 mnkr")]),
    q("Vilka aktiviteter i Stensjöbros klimatanpassningsplan ansvarar räddningstjänsten för?", "sv", "list",
      D, 3,
      ["Upphandla mobila översvämningsskydd för Storgatan och hamnområdet Räddningstjänsten 2026-08-31"],
      "Tre: revidera handlingsprogrammet med scenarier för skyfall och skogsbrand (31 oktober 2026), öva "
      "ledning och samverkan vid översvämning med grannkommunerna (2027-04-30) och upphandla mobila "
      "översvämningsskydd (2026-08-31).",
      items=["Revidera handlingsprogrammet för räddningstjänst med scenarier",
             "Öva ledning och samverkan vid en större översvämning",
             "Upphandla mobila översvämningsskydd för Storgatan och hamnområdet"]),
    q("Which activities in Stensjöbro's climate adaptation plan are due by the end of 2026 but had not yet "
      "been started?", "en", "list", D, 2,
      ["Status avser läget den 15 januari 2026"],
      "Three: backflow valves in municipal buildings with basements (2026-11-30), training home-care staff "
      "on heat risks (2026-06-15) and procuring mobile flood barriers (2026-08-31).",
      items=["Installera backventiler i kommunala fastigheter med källare",
             "Utbilda personalen i hemtjänsten om hälsorisker",
             "Upphandla mobila översvämningsskydd för Storgatan"]),
    q("Vilka större insatser i Stensjöbros plan pågår under andra kvartalet 2027?", "sv", "list", D, 4,
      ["Tabell 2 visar när de större insatserna i planen genomförs, per kvartal"],
      "Fyra: skyfallsplanen för de mest utsatta områdena, bygget av fördröjningsdammen i Ängsdalen, "
      "utredningen av skred och erosion längs Stensån och planteringen av skuggande träd på skolgårdar.",
      items=["Skyfallsplan för de tio mest utsatta områdena",
             "Byggnation av fördröjningsdammen i Ängsdalen",
             "Utredning av skred och erosion längs Stensån",
             "Plantering av skuggande träd på skolgårdar"]),
    q("Vad förväntas fastighetsägarna i Stensjöbro själva göra för att klara översvämningar?", "sv",
      "passage", D, 2,
      ["Fastighetsägare ansvarar själva för att skydda sina byggnader, till exempel genom backventiler"],
      "De ansvarar själva för att skydda sina byggnader, till exempel med backventiler, genom att höjdsätta "
      "entréer och se till att marken lutar bort från huset."),
    none("Vad beräknas fördröjningsdammen i Ängsdalen i Stensjöbro kosta att bygga?", "sv"),
    none("Hur många fastigheter skadades när skyfallet drabbade Stensjöbro sommaren 2024?", "sv"),

    # ------------------------------------------------------------ (e) Korpilund, KF-protokoll
    q("Hur många ledamöter i Korpilunds kommunfullmäktige ville bifalla motionen om gratis bussresor för "
      "pensionärer?", "sv", "figure", E, 3,
      ["Med 31 röster för kommunstyrelsens förslag mot 20 röster för bifall till motionen"],
      "20 ledamöter röstade för motionen, 31 för kommunstyrelsens förslag om avslag.",
      [fig(20, "antal", "20 röster för bifall till motionen")]),
    q("How many Sweden Democrat councillors in Korpilund voted in favour of the motion on free bus travel for "
      "pensioners?", "en", "figure", E, 3,
      ["Nej – bifall till motionen 0 0 11 3 4 0 0 1 1 20"],
      "All 11 Sweden Democrats (SD) voted no, i.e. for the motion.",
      [fig(11, "antal", "11")]),
    q("Hur stort extra anslag fick kultur- och fritidsnämnden i Korpilund för att rusta upp sporthallen?",
      "sv", "figure", E, 3,
      ["att bevilja kultur- och fritidsnämnden ett tilläggsanslag om 3 450 000 kronor för 2026"],
      "3 450 000 kronor för 2026, finansierat ur kommunstyrelsens anslag för oförutsedda behov "
      "(totalkostnad 4,1 mnkr).",
      [fig(3450000, "kr", "3 450 000 kronor")]),
    q("Senast när ska samhällsbyggnadsnämnden i Korpilund rapportera till fullmäktige vad den beslutat om "
      "hundrastgården?", "sv", "figure", E, 4,
      ["ska redovisa sitt beslut till kommunfullmäktige senast den 30 november 2026"],
      "Senast den 30 november 2026.",
      [fig("2026-11-30", "datum", "30 november 2026")]),
    q("Vad beslutade fullmäktige i Korpilund när årsredovisningen för 2025 behandlades?", "sv", "list", E, 2,
      ["Årets resultat uppgår till 18,4 mnkr, vilket är 7,6 mnkr bättre än budget"],
      "Att godkänna årsredovisningen, reservera 6,2 mnkr till resultatutjämningsreserven, föra över "
      "24,7 mnkr i investeringsmedel till 2026 och uppdra åt socialnämnden att senast 31 augusti 2026 "
      "redovisa en plan för ekonomi i balans.",
      items=["att godkänna årsredovisningen 2025 för Korpilunds kommun",
             "att av årets resultat reservera 6,2 mnkr",
             "att föra över ej förbrukade investeringsmedel om 24,7 mnkr",
             "att uppdra åt socialnämnden att senast den 31 augusti"]),
    q("Vilka obesvarade motioner i Korpilund ligger på remiss hos barn- och utbildningsnämnden?", "sv", "list",
      E, 5,
      ["Den 27 april 2026 fanns tio obesvarade motioner"],
      "Tre: fler lärarassistenter i lågstadiet (L), läxhjälp på samtliga skolor (KD) och skolmat lagad från "
      "grunden (C).",
      items=["Motion om fler lärarassistenter i lågstadiet",
             "Motion om läxhjälp på samtliga skolor",
             "Motion om skolmat lagad från grunden"]),
    q("Which unanswered motions in Korpilund had been waiting for more than a year when the council met in "
      "April 2026?", "en", "list", E, 5,
      ["bör en motion beredas så att fullmäktige kan fatta beslut inom ett år"],
      "Four, submitted before 27 April 2025: solar panels on municipal buildings (2024-11-18), more teaching "
      "assistants (2025-01-27), security cameras at the travel centre (2025-02-24) and free swimming lessons "
      "for six-year-olds (2025-03-31).",
      items=["Motion om solceller på kommunens fastigheter",
             "Motion om fler lärarassistenter i lågstadiet",
             "Motion om trygghetskameror vid resecentrum",
             "Motion om avgiftsfri simskola för alla sexåringar"]),
    q("Hur motiverade Vänsterpartiet i Korpilund sin reservation mot beslutet om bussresorna?", "sv",
      "passage", E, 4,
      ["Avgiftsfria resor skulle ge äldre med låga pensioner möjlighet att ta sig till vårdcentralen",
       "Att taxan beslutas regionalt hindrar inte kommunen från att köpa periodkort"],
      "Fria resor skulle hjälpa äldre med låga pensioner att ta sig till vård, affär och föreningsliv; många "
      "äldre på landsbygden saknar bil och ensamheten ökar; kostnaden är liten jämfört med färdtjänst och "
      "insatser mot psykisk ohälsa, och kommunen kan köpa periodkort trots att taxan är regional."),
    q("Varför ville kommunstyrelsen i Korpilund att motionen om fria bussresor för äldre skulle avslås?", "sv",
      "passage", E, 3,
      ["skulle förslaget kosta omkring 4,8 mnkr per år",
       "taxorna beslutas av den regionala kollektivtrafikmyndigheten"],
      "Förslaget skulle kosta omkring 4,8 mnkr per år, taxorna beslutas av den regionala "
      "kollektivtrafikmyndigheten och pensionärer kan redan köpa seniorkort med 50 procents rabatt."),
    none("Vem valdes till ordförande i Korpilunds valnämnd?", "sv"),
    none("Hur mycket beräknas den nya gång- och cykelvägen längs Sjövägen i Korpilund kosta?", "sv"),

    # ------------------------------------------------------------ (f) Lerviken, folkhälsopolicy
    q("Hur stor andel av kvinnorna i Lerviken hade riskabla alkoholvanor 2024?", "sv", "figure", F, 3,
      ["Kvinnor i Lerviken 2024 66,9 9,6 62,4 17,9 9,8 20,9"],
      "9,8 procent, jämfört med 18,6 procent bland männen och 14,2 procent för hela befolkningen.",
      [fig(9.8, "procent", "9,8")]),
    q("What target has Lerviken set for 2030 for the share of adults who are physically active at least "
      "150 minutes a week?", "en", "figure", F, 4,
      ["fysiskt aktiva minst 150 minuter per vecka 61,0 % (2024) 70 %"],
      "70 percent by 2030, up from 61.0 percent in 2024.",
      [fig(70, "procent", "70 %")]),
    q("Hur mycket kortare är medellivslängden för män med bara förgymnasial utbildning jämfört med män med "
      "eftergymnasial utbildning i Lerviken?", "sv", "figure", F, 1,
      ["uppgår till 4,6 år bland kvinnor och 5,3 år bland män"],
      "5,3 år (bland kvinnor är skillnaden 4,6 år).",
      [fig(5.3, "år", "5,3 år")]),
    q("Från vilket datum gäller Lervikens nya folkhälsopolicy?", "sv", "figure", F, 1,
      ["Gäller från och med 1 april 2026 och ska revideras senast under 2030"],
      "Från och med den 1 april 2026 (antagen av kommunfullmäktige 2026-02-23).",
      [fig("2026-04-01", "datum", "1 april 2026")]),
    q("Vilka indikatorer använder Lerviken för att följa upp målet om levnadsvanor?", "sv", "list", F, 4,
      ["Kommunfullmäktige har beslutat om fyra målområden för folkhälsoarbetet"],
      "Fyra: andel vuxna som röker dagligen, andel vuxna som är fysiskt aktiva minst 150 minuter i veckan, "
      "andel gymnasieelever i år 2 som druckit alkohol senaste månaden och andel vuxna med fetma.",
      items=["Andel vuxna som röker dagligen",
             "Andel vuxna som är fysiskt aktiva minst 150",
             "Andel elever i gymnasiets år 2 som druckit",
             "Andel vuxna med fetma 18,7 %"]),
    q("Which of Lerviken's public health indicators are measured with the pupil health survey?", "en", "list",
      F, 4,
      ["Utgångsvärdet är det senaste tillgängliga värdet när policyn antogs"],
      "Three: year 8 pupils who feel safe at school, upper secondary year 2 pupils who drank alcohol in the "
      "past month, and upper secondary year 2 pupils who often feel stressed.",
      items=["Andel elever i årskurs 8 som känner sig trygga",
             "Andel elever i gymnasiets år 2 som druckit",
             "Andel elever i gymnasiets år 2 som ofta"]),
    q("Vilka principer ska styra Lervikens folkhälsoarbete enligt den nya policyn?", "sv", "list", F, 2,
      ["Kommunens folkhälsoarbete ska bedrivas enligt följande principer"],
      "Sex: främjande och förebyggande före åtgärder i efterhand, proportionell universalism, barns och ungas "
      "perspektiv i alla beslut, kunskapsbaserat och systematiskt uppföljt arbete, invånarnas delaktighet och "
      "samverkan med regionen, civilsamhälle, näringsliv och myndigheter.",
      items=["Hälsofrämjande och förebyggande insatser ska prioriteras framför åtgärder",
             "Insatserna ska utformas enligt principen om proportionell universalism",
             "Barns och ungas perspektiv ska beaktas i alla beslut",
             "Arbetet ska bygga på bästa tillgängliga kunskap",
             "Invånarna ska ges möjlighet att vara delaktiga",
             "Kommunen ska samverka med regionen, civilsamhälle, näringsliv"]),
    q("Vad menar Lervikens folkhälsopolicy med proportionell universalism?", "sv", "passage", F, 2,
      ["Ett arbetssätt där insatser riktas till alla invånare men där omfattningen",
       "så att grupper med sämre hälsa får mer stöd"],
      "Ett arbetssätt där insatserna riktas till alla invånare men ökar i omfattning och intensitet med "
      "behoven, så att grupper med sämre hälsa får mer stöd."),
    none("Vilket målvärde har Lerviken satt för andelen dagligrökare år 2028?", "sv"),
    none("How much money has Lerviken budgeted for its public health work in 2026?", "en"),
]

with open(OUT, "w", encoding="utf-8") as fh:
    for n, d in enumerate(Q, 1):
        fh.write(json.dumps({"id": f"t{7000 + n}", **d}, ensure_ascii=False) + "\n")
print("wrote", OUT.name, len(Q), "questions")
