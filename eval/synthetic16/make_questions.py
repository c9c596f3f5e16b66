"""Writes ../train_syn16.jsonl: 64 gold questions (t16001–t16064) about the six synthetic16 PDFs.

26 figure, 16 list (15 conditional, 1 complete), 6 passage, 16 none; 48 in Swedish and 16 in English
(7 English figures, 5 English lists, 1 English passage, 3 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent
check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn16.jsonl"

A = "qvarnstad-sammantradesplan-2027.pdf"
B = "xenby-avfallstaxa-2027.pdf"
C = "region-asmyra-tillganglighet-jan-okt-2026.pdf"
D = "arnvik-arsredovisning-2026-driftredovisning.pdf"
E = "orsjovik-bostadsforsorjningsprogram-2027-2031.pdf"
F = "alstena-upphandlingsplan-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Qvarnstad, sammanträdesplan 2027
    q("Vilket datum i oktober 2027 träffas socialnämnden i Qvarnstad?",
      "sv", "figure", A, 2,
      ["Socialnämnden 27/1 24/2 24/3 28/4 26/5 23/6 – 25/8 22/9 27/10"],
      "Onsdagen den 27 oktober 2027 (27/10). Socialnämnden sammanträder en gång i månaden utom i juli, "
      "11 gånger under året.",
      [fig("2027-10-27", "datum", "27/10")]),
    q("On which date in September 2027 does the municipal council (kommunfullmäktige) of Qvarnstad meet?",
      "en", "figure", A, 2,
      ["Kommunfullmäktige – 22/2 – 26/4 31/5 14/6 – – 27/9 25/10"],
      "On Monday 27 September 2027 (27/9). The council meets eight times in 2027; the next meeting is on 25 "
      "October.",
      [fig("2027-09-27", "datum", "27/9")]),
    q("Hur många möten har kommunstyrelsens arbetsutskott i Qvarnstad inplanerade under 2027?",
      "sv", "figure", A, 1,
      ["kommunstyrelsen 11 gånger och kommunstyrelsens arbetsutskott 19 gånger"],
      "19 sammanträden. Fullmäktige sammanträder 8 gånger och kommunstyrelsen 11 gånger.",
      [fig(19, "antal", "19 gånger")]),
    q("Vad får socialnämndens ordförande i Qvarnstad i arvode per år 2027?",
      "sv", "figure", A, 4,
      ["Socialnämndens ordförande 38 346 560 28 880"],
      "346 560 kronor per år, det vill säga 38 procent av arvodesgrunden (28 880 kronor i månaden).",
      [fig(346560, "kr", "346 560")]),
    q("Hur stort är sammanträdesarvodet i Qvarnstad för ett möte som pågår längre än fyra timmar?",
      "sv", "figure", A, 4,
      ["1 710 kronor för längre sammanträden"],
      "1 710 kronor. För kortare sammanträden (upp till fyra timmar) är arvodet 1 140 kronor.",
      [fig(1710, "kr", "1 710 kronor")]),
    q("Vilka politiska organ i Qvarnstad har sammanträde redan i januari 2027?",
      "sv", "list", A, 2,
      ["Organ Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec Antal"],
      "Fem: kommunens revisorer (8/1), kommunstyrelsen (19/1), kommunstyrelsens arbetsutskott (5/1 och 19/1), "
      "socialnämnden (27/1) och socialnämndens individutskott (7/1 och 21/1).",
      items=["Kommunens revisorer 8/1", "Kommunstyrelsen 19/1 2/2", "Kommunstyrelsens arbetsutskott 5/1 19/1",
             "Socialnämnden 27/1 24/2", "Socialnämndens individutskott 7/1 21/1"]),
    q("Vilka organ i Qvarnstad har fler än tio sammanträden under 2027?",
      "sv", "list", A, 2,
      ["Organ Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec Antal"],
      "Fyra: kommunstyrelsen (11), kommunstyrelsens arbetsutskott (19), socialnämnden (11) och socialnämndens "
      "individutskott (22).",
      items=["Kommunstyrelsen 19/1 2/2", "Kommunstyrelsens arbetsutskott 5/1 19/1", "Socialnämnden 27/1 24/2",
             "Socialnämndens individutskott 7/1 21/1"]),
    q("Which elected positions in Qvarnstad carry an annual fee of more than 300,000 kronor in 2027?",
      "en", "list", A, 4,
      ["Uppdrag Andel av arvodesgrund, % Årsarvode 2027, kr Månadsarvode 2027, kr"],
      "Five: the chair of the executive board (912 000 kr), its first vice chair (410 400 kr), its second vice "
      "chair/opposition leader (547 200 kr), the chair of the education committee (319 200 kr) and the chair of "
      "the social services committee (346 560 kr).",
      items=["Kommunstyrelsens ordförande 100 912 000", "Kommunstyrelsens förste vice ordförande 45",
             "Kommunstyrelsens andre vice ordförande (oppositionsråd)", "Barn- och utbildningsnämndens ordförande 35",
             "Socialnämndens ordförande 38 346 560"]),
    q("Varför har Qvarnstads fullmäktige lagt sitt junimöte tidigare i månaden än övriga möten?",
      "sv", "passage", A, 1,
      ["eftersom budgeten ska vara beslutad innan nämnderna håller sina sista sammanträden"],
      "Mötet hålls den 14 juni, andra måndagen i månaden, eftersom budgeten ska vara beslutad innan nämnderna "
      "håller sina sista sammanträden före sommaren."),
    none("On what date does Qvarnstad's municipal council hold its first meeting of 2028?", "en"),
    none("Hur högt är årsarvodet för valnämndens ordförande i Qvarnstad 2027?", "sv"),
    none("Vilken milersättning får förtroendevalda i Qvarnstad när de kör egen bil till sammanträden?", "sv"),

    # ------------------------------------------------------------ (b) Xenby, avfallstaxa 2027
    q("What will a year-round house in Xenby pay in 2027, VAT included, for a 190-litre bin emptied every "
      "second week?",
      "en", "figure", B, 2,
      ["5.2 Kärl 190 liter, hämtning varannan vecka 1 712 2 140 1 832 2 290"],
      "2 290 kronor a year including VAT (1 832 kr excluding VAT), up from 2 140 kr in 2026. The basic fee "
      "comes on top.",
      [fig(2290, "kr", "2 290")]),
    q("Vad kostade hämtning av ett 660-literskärl med restavfall för flerbostadshus i Xenby 2026, utan moms?",
      "sv", "figure", B, 3,
      ["7.2 Kärl 660 liter, restavfall 9 620 12 025 10 340 12 925"],
      "9 620 kronor per kärl och år exklusive moms (12 025 kr med moms). För 2027 blir det 10 340 kr exkl. moms.",
      [fig(9620, "kr", "9 620")]),
    q("Hur mycket dyrare blir avfallshämtningen 2027 för en vanlig villa i Xenby med 190-literskärl, i kronor?",
      "sv", "figure", B, 1,
      ["vilket är 230 kronor eller 6,5 procent mer än 2026"],
      "230 kronor mer per år: 3 770 kronor inklusive moms 2027 mot 3 540 kronor 2026 (+6,5 procent).",
      [fig(230, "kr", "230 kronor")]),
    q("How much does an ordinary emptying of a septic tank (slamavskiljare) of 3–6 cubic metres cost in Xenby "
      "in 2027, excluding VAT?",
      "en", "figure", B, 3,
      ["8.2 Slamavskiljare 3–6 kubikmeter, ordinarie tömning 1 820 2 275 1 948 2 435"],
      "1 948 kronor per emptying excluding VAT (2 435 kr including VAT); in 2026 it was 1 820 kr excluding VAT.",
      [fig(1948, "kr", "1 948")]),
    q("Vilka avgifter i Xenbys avfallstaxa ligger kvar på samma nivå 2027 som 2026?",
      "sv", "list", B, 2,
      ["2026 exkl. moms 2026 inkl. moms 2027 exkl. moms 2027 inkl. moms"],
      "Fem: 190-literskärl med hämtning var fjärde vecka (5.4), 190-literskärl vid fritidshus (6.2), container "
      "8 kubikmeter (7.3), slang längre än 10 meter (8.5) och byte av kärlstorlek (9.1).",
      items=["5.4 Kärl 190 liter", "6.2 Kärl 190 liter", "7.3 Container 8 kubikmeter", "8.5 Slang längre än 10 meter",
             "9.1 Byte av kärlstorlek"]),
    q("Which charges in Xenby's 2027 waste tariff go up by more than 10 per cent compared with 2026?",
      "en", "list", B, 2,
      ["2026 exkl. moms 2026 inkl. moms 2027 exkl. moms 2027 inkl. moms"],
      "Three: the extra 140-litre food-waste bin emptied weekly in summer (412 → 460 kr), sack collection at "
      "holiday homes without a road (1 020 → 1 148 kr) and the surcharge for emergency emptying within 24 hours "
      "(1 400 → 1 600 kr), all excluding VAT.",
      items=["5.5 Extra matavfallskärl 140 liter", "6.3 Säckhämtning vid fritidshus", "8.4 Akut tömning inom 24 timmar"]),
    q("Vilka olika avgifter för slamtömning finns i Xenbys taxa för 2027?",
      "sv", "list", B, 3,
      ["8.1 Slamavskiljare upp till 3 kubikmeter, ordinarie tömning"],
      "Fem: slamavskiljare upp till 3 m³, slamavskiljare 3–6 m³, sluten tank upp till 3 m³, tillägg för akut "
      "tömning inom 24 timmar och slang längre än 10 meter.",
      items=["8.1 Slamavskiljare upp till 3", "8.2 Slamavskiljare 3–6 kubikmeter", "8.3 Sluten tank upp till",
             "8.4 Akut tömning inom 24", "8.5 Slang längre än 10"]),
    q("Varför höjer Xenby avfallstaxan inför 2027?",
      "sv", "passage", B, 1,
      ["Höjningen beror främst på att det nya insamlingsavtalet", "räknas statens skatt på avfallsförbränning upp"],
      "Främst för att det nya insamlingsavtalet från den 1 april 2027 har högre priser per tömning; dessutom "
      "räknas statens skatt på avfallsförbränning upp och kostnaden för att behandla slam har ökat."),
    none("Vad kostar ett 370-literskärl för restavfall hos flerbostadshus i Xenby 2027?", "sv"),
    none("Vad låg grundavgiften för ett fritidshus i Xenby på år 2025?", "sv"),
    none("Vad kostar det att få latrinkärl hämtade i Xenby?", "sv"),

    # ------------------------------------------------------------ (c) Region Åsmyra, tillgänglighet
    q("Hur många procent av ortopedpatienterna på Åsmyra lasarett hade i mars 2026 fått vänta max 90 dagar, "
      "enligt Region Åsmyra?",
      "sv", "figure", C, 2,
      ["Ortopedi 62,4 60,1 58,7 61,3 63,0"],
      "58,7 procent i mars (60,1 procent i februari och 61,3 procent i april). Målet är 80 procent.",
      [fig(58.7, "procent", "58,7")]),
    q("What share of patients waiting for urology at Öjebacka sjukhus in Region Åsmyra had waited no more than "
      "90 days in August 2026?",
      "en", "figure", C, 3,
      ["Urologi 54,2 50,1 53,3 56,0 58,2 80"],
      "53.3 per cent in August (50.1 in July, 56.0 in September), against a target of 80 per cent.",
      [fig(53.3, "procent", "53,3")]),
    q("Hur många patienter i kön till ögonsjukvården i Region Åsmyra hade i slutet av oktober 2026 väntat mer "
      "än 90 dagar?",
      "sv", "figure", C, 3,
      ["Ögonsjukvård 1 532 401 1 604 566 +165"],
      "566 av 1 604 väntande, vilket är 165 fler än i oktober 2025 (401 av 1 532).",
      [fig(566, "antal", "566")]),
    q("Hur stor andel av de väntande i Region Åsmyra låg inom 90-dagarsgränsen i oktober 2026, sett till hela "
      "regionen?",
      "sv", "figure", C, 1,
      ["I oktober hade 68,5 procent av de väntande väntat högst 90 dagar"],
      "68,5 procent, jämfört med 67,1 procent i september och 71,4 procent i oktober 2025. Målet är 80 procent.",
      [fig(68.5, "procent", "68,5 procent")]),
    q("Hur många i Region Åsmyra hade fått vänta mer än tre månader (över 90 dagar) på sitt första besök vid "
      "utgången av oktober 2026?",
      "sv", "figure", C, 1,
      ["varav 2 701 hade väntat längre än 90 dagar"],
      "2 701 av totalt 8 570 väntande. Ett år tidigare var siffrorna 2 444 av 8 533.",
      [fig(2701, "antal", "2 701")]),
    q("Vilka kliniker i Region Åsmyra låg under 60 procent i oktober 2026 när det gäller väntan på första besök "
      "inom 90 dagar?",
      "sv", "list", C, 3,
      ["Klinik jun jul aug sep okt Mål"],
      "Tre: ortopedin vid Åsmyra lasarett (59,7), ortopedin vid Öjebacka sjukhus (53,9) och urologin vid "
      "Öjebacka sjukhus (58,2).",
      items=["Ortopedi 55,2 48,9 52,6", "Ortopedi 49,6 44,3 46,8", "Urologi 54,2 50,1 53,3"]),
    q("Which clinics in Region Åsmyra had more patients waiting over 90 days in October 2026 than in October "
      "2025?",
      "en", "list", C, 3,
      ["Klinik Väntande okt 2025 varav > 90 dagar Väntande okt 2026"],
      "Six: orthopaedics (+76), ophthalmology (+165), dermatology (+4) and women's health (+6) at Åsmyra "
      "lasarett, and orthopaedics (+108) and cardiology (+18) at Öjebacka sjukhus.",
      items=["Ortopedi 1 214 402", "Ögonsjukvård 1 532 401", "Hudsjukvård 610 88", "Kvinnosjukvård 455 52",
             "Ortopedi 980 368", "Hjärtsjukvård 366 81"]),
    q("Vad förklarar att ortopedins siffror vid Öjebacka sjukhus i Region Åsmyra sjönk så kraftigt i juni och "
      "juli?",
      "sv", "passage", C, 4,
      ["två av sjukhusets fyra operationssalar stängdes för byte av ventilation"],
      "Två av sjukhusets fyra operationssalar stängdes för byte av ventilation, och ortopederna fick i stället "
      "bemanna akutmottagningen, så nybesöken kunde inte tas emot i samma takt som remisserna kom in."),
    none("What share of Region Åsmyra's waiting patients had waited at most 90 days in November 2026?", "en"),
    none("Hur långa är väntetiderna till barn- och ungdomspsykiatrin i Region Åsmyra?", "sv"),
    none("Hur stor andel av ortopedins köande på Åsmyra lasarett låg inom 90 dagar i mars 2025, enligt Region "
         "Åsmyra?", "sv"),

    # ------------------------------------------------------------ (d) Ärnvik, driftredovisning 2026
    q("Hur mycket överskred funktionsstödet i Ärnvik sin budget 2026?",
      "sv", "figure", D, 1,
      ["varav funktionsstöd 214,0 206,3 −7,7 202,9 190,6"],
      "Med 7,7 mnkr: utfallet blev 214,0 mnkr mot en budget på 206,3 mnkr.",
      [fig(7.7, "mnkr", "−7,7")]),
    q("What were the net costs of Ärnvik's education committee (barn- och utbildningsnämnden) in 2025?",
      "en", "figure", D, 1,
      ["Barn- och utbildningsnämnden 712,4 704,9 −7,5 688,0 661,3"],
      "688.0 mnkr in 2025. In 2026 the outcome was 712.4 mnkr against a budget of 704.9 mnkr; in 2024 it was "
      "661.3 mnkr.",
      [fig(688.0, "mnkr", "688,0")]),
    q("Hur många årsarbetare hade socialnämnden i Ärnvik 2026?",
      "sv", "figure", D, 2,
      ["Årsarbetare 1 184 Sjukfrånvaro 8,9 %"],
      "1 184 årsarbetare. Sjukfrånvaron var 8,9 procent och nettokostnaden 824,7 mnkr.",
      [fig(1184, "antal", "1 184")]),
    q("Hur många av barn- och utbildningsnämndens mål i Ärnvik bedömdes som delvis uppfyllda 2026?",
      "sv", "figure", D, 4,
      ["Barn- och utbildningsnämnden 9 3 4 2"],
      "Fyra av nämndens nio mål; tre var uppfyllda och två inte uppfyllda.",
      [fig(4, "antal", "4")]),
    q("Vilka verksamheter som redovisas som varav-poster i Ärnviks driftredovisning gick mer än 4 mnkr över "
      "budget 2026?",
      "sv", "list", D, 1,
      ["Raderna med \"varav\" visar några större verksamheter"],
      "Tre: grundskolan (−7,6 mnkr), funktionsstödet (−7,7 mnkr) och individ- och familjeomsorgen (−4,5 mnkr).",
      items=["varav grundskola 348,9 341,3", "varav funktionsstöd 214,0 206,3", "varav individ- och familjeomsorg 121,6"]),
    q("Vilka nämnder i Ärnvik hade minst ett mål som inte uppfylldes 2026?",
      "sv", "list", D, 4,
      ["Nämnd Antal mål Uppfyllda Delvis uppfyllda Ej uppfyllda"],
      "Tre: kommunstyrelsen (1 mål), barn- och utbildningsnämnden (2) och socialnämnden (2).",
      items=["Kommunstyrelsen 8 5 2 1", "Barn- och utbildningsnämnden 9 3 4 2", "Socialnämnden 7 2 3 2"]),
    q("Varför blev kostnaderna för funktionsstödet i Ärnvik högre än budgeterat?",
      "sv", "passage", D, 2,
      ["tre nya ärenden med personlig assistans där Försäkringskassan har avslagit ansökan"],
      "Det kom tre nya ärenden med personlig assistans där Försäkringskassan avslog ansökan om "
      "assistansersättning, så att kommunen får stå för hela kostnaden."),
    none("Vad var barn- och utbildningsnämndens nettokostnad i Ärnvik 2023?", "sv"),
    none("Hur hög var sjukfrånvaron i kommunstyrelsens förvaltning i Ärnvik 2026?", "sv"),
    none("Hur mycket investerade Ärnvik totalt under 2026?", "sv"),

    # ------------------------------------------------------------ (e) Örsjövik, bostadsförsörjningsprogram
    q("Hur många bostäder i Ärlan etapp 2 i Örsjövik beräknas bli inflyttningsklara 2030?",
      "sv", "figure", E, 2,
      ["2 Ärlan etapp 2 Örsjövik Bostadsrätt Granskning – – 32 40 – 72"],
      "40 bostadsrätter 2030, efter 32 under 2029; totalt 72 bostäder i etappen.",
      [fig(40, "antal", "40")]),
    q("How many rental apartments (hyresrätter) does Örsjövik's housing programme for 2027–2031 include?",
      "en", "figure", E, 1,
      ["varav 392 hyresrätter, 255 bostadsrätter och 134 småhus med äganderätt"],
      "392 rental apartments out of 781 homes in total (plus 255 tenant-owned flats and 134 owner-occupied "
      "houses).",
      [fig(392, "antal", "392 hyresrätter")]),
    q("Med hur många procent väntas antalet invånare som är 80 år eller äldre i Örsjövik öka fram till 2031?",
      "sv", "figure", E, 1,
      ["80 år och äldre 1 128 1 476 +348 +30,9"],
      "Med 30,9 procent, från 1 128 till 1 476 personer (+348).",
      [fig(30.9, "procent", "+30,9")]),
    q("Hur många bostäder ska bli klara i Åstrandsparken i Örsjövik under 2029?",
      "sv", "figure", E, 2,
      ["3 Åstrandsparken Örsjövik Hyresrätt Laga kraft – 60 54 – – 114"],
      "54 hyresrätter 2029, efter 60 under 2028; totalt 114 bostäder.",
      [fig(54, "antal", "54")]),
    q("Vilka bostadsprojekt i Örsjöviks program har en detaljplan som redan vunnit laga kraft?",
      "sv", "list", E, 2,
      ["Detaljplanens status anges som Laga kraft, Granskning, Samråd eller Ej påbörjad"],
      "Sex: Ärlan etapp 1, Åstrandsparken och Örnvägen i Örsjövik, Äspenäs hamn, Östergärdet i Qvistbro och "
      "Älgstigen i Åkerhed.",
      items=["1 Ärlan etapp 1", "3 Åstrandsparken Örsjövik Hyresrätt", "4 Örnvägen Örsjövik Äganderätt",
             "7 Äspenäs hamn Äspenäs", "11 Östergärdet Qvistbro Äganderätt", "13 Älgstigen Åkerhed Hyresrätt"]),
    q("Which housing projects are planned in Äspenäs under Örsjövik's 2027–2031 programme?",
      "en", "list", E, 2,
      ["Tabellen visar antalet bostäder som beräknas bli färdigställda per år"],
      "Three: Äspenäs hamn (54 tenant-owned flats), Äspenäs norra (40 owner-occupied houses) and Åbacken "
      "(72 rental apartments).",
      items=["7 Äspenäs hamn Äspenäs", "8 Äspenäs norra Äspenäs", "9 Åbacken Äspenäs Hyresrätt"]),
    q("Which projects in Örsjövik's housing programme will not deliver any homes before 2030?",
      "en", "list", E, 2,
      ["Ett streck betyder att inga bostäder blir klara det året"],
      "Four: the conversion of Ödegårdsskolan, Östra Åkanten, Qvistbro centrum (all from 2030) and Ålkärret "
      "(2031 only).",
      items=["5 Ödegårdsskolan, ombyggnad till bostäder", "6 Östra Åkanten Örsjövik", "10 Qvistbro centrum Qvistbro",
             "14 Ålkärret Åkerhed Bostadsrätt"]),
    q("Vilka prioriteringar slår Örsjöviks bostadsförsörjningsprogram fast?",
      "sv", "list", E, 3,
      ["Kommunens bostadsbolag Örsjöviksbostäder ska påbörja minst 60 hyresrätter per år"],
      "Fem: bostadsbolaget ska påbörja minst 60 hyresrätter per år, detaljplanen för Östra Åkanten ska in i "
      "planprogrammet 2027, markanvisningar i Äspenäs och Åkerhed ska prioritera mindre lägenheter, "
      "ombyggnad av Ödegårdsskolan ska prövas och ett program för Qvistbro centrum ska utredas.",
      items=["Kommunens bostadsbolag Örsjöviksbostäder ska påbörja", "Detaljplanen för Östra Åkanten ska",
             "Markanvisningar i Äspenäs och Åkerhed", "Kommunen ska pröva om Ödegårdsskolan",
             "Kommunen ska utreda ett särskilt program"]),
    q("Varför dröjer bostäderna i Qvistbro centrum i Örsjövik ända till 2030?",
      "sv", "passage", E, 3,
      ["marken först måste saneras efter den tidigare bensinstationen"],
      "Marken måste först saneras efter den tidigare bensinstationen, och detaljplanearbetet har ännu inte "
      "påbörjats."),
    none("How many homes does Örsjövik plan to complete in 2032?", "en"),
    none("Hur många nya platser i särskilt boende eller trygghetsbostäder planerar Örsjövik?", "sv"),

    # ------------------------------------------------------------ (f) Ålstena, upphandlingsplan 2027
    q("Vad är det totala värdet, med alla förlängningar, för Ålstenas upphandling av vinterväghållning?",
      "sv", "figure", F, 2,
      ["5 Vinterväghållning 3 900 4+2 23 400 v. 16 Kommunstyrelsen"],
      "23 400 tkr: årsvärdet 3 900 tkr gånger sex år (fyra år plus två års option). Beslutet fattas av "
      "kommunstyrelsen.",
      [fig(23400, "tkr", "23 400")]),
    q("What is the estimated annual value of Ålstena's cleaning services (städtjänster) contract?",
      "en", "figure", F, 2,
      ["7 Städtjänster 6 400 3+1 25 600 mars 2027 Kommunstyrelsen"],
      "6,400 tkr a year; over three years plus a one-year option the total value is 25,600 tkr.",
      [fig(6400, "tkr", "6 400")]),
    q("Hur stort är det sammanlagda avtalsvärdet för barn- och utbildningsförvaltningens upphandlingar i Ålstenas "
      "plan för 2027?",
      "sv", "figure", F, 3,
      ["Summa barn- och utbildningsförvaltningen 12 150 45 350"],
      "45 350 tkr inklusive optioner; årsvärdet är 12 150 tkr.",
      [fig(45350, "tkr", "45 350")]),
    q("Hur stort är det sammanlagda årsvärdet av alla upphandlingar i Ålstenas upphandlingsplan 2027?",
      "sv", "figure", F, 1,
      ["Planen omfattar 15 upphandlingar med ett sammanlagt årsvärde på 38 950 tkr"],
      "38 950 tkr per år. Med alla förlängningsoptioner är det totala avtalsvärdet 155 250 tkr.",
      [fig(38950, "tkr", "38 950 tkr")]),
    q("Vilka av Ålstenas planerade upphandlingar 2027 är så stora att kommunstyrelsen själv ska fatta beslut?",
      "sv", "list", F, 2,
      ["Nr Upphandling Årsvärde, tkr Avtalstid, år Totalt värde inkl. option, tkr"],
      "Fem med ett totalt värde på minst 10 mnkr: vinterväghållning, asfaltsbeläggning, städtjänster, digitala "
      "läromedel och livsmedel – kött och chark.",
      items=["5 Vinterväghållning 3 900", "6 Asfaltsbeläggning 5 200", "7 Städtjänster 6 400",
             "9 Digitala läromedel 2 700", "10 Livsmedel – kött och chark"]),
    q("Vilka upphandlingar planerar Ålstena att annonsera under årets tre första månader 2027?",
      "sv", "list", F, 2,
      ["Nr Upphandling Årsvärde, tkr Avtalstid, år Totalt värde inkl. option, tkr"],
      "Åtta: IT-säkerhetskonsulter (februari), företagshälsovård (v. 10), asfaltsbeläggning (2027-01-25), "
      "städtjänster (mars), digitala läromedel (v. 7), elevdatorer (januari), trygghetslarm (v. 12) och "
      "bemanningssjuksköterskor (2027-02-08).",
      items=["1 IT-säkerhetskonsulter 1 200", "2 Företagshälsovård 850 3+1", "6 Asfaltsbeläggning 5 200",
             "7 Städtjänster 6 400", "9 Digitala läromedel 2 700", "12 Elevdatorer 3 250",
             "14 Trygghetslarm och larmcentral", "15 Bemanningssjuksköterskor 2 600"]),
    q("Why is Ålstena splitting its food procurement into two parts?",
      "en", "passage", F, 4,
      ["så att mindre och lokala producenter ska kunna lämna anbud"],
      "So that smaller and local producers can bid for fruit and vegetables without having to supply the whole "
      "range; both lots are advertised at the same time."),
    none("När ska Ålstena annonsera upphandlingen av skolskjuts?", "sv"),
    none("Hur stort var det sammanlagda årsvärdet i Ålstenas upphandlingsplan för 2026?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"t{16000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
