"""Writes ../train_syn14.jsonl: 64 gold questions (t14001–t14064) about the six synthetic14 PDFs.

26 figure, 16 list (15 conditional, 1 complete), 6 passage, 16 none; 48 in Swedish and 16 in English
(7 English figures, 5 English lists, 1 English passage, 3 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent
check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn14.jsonl"

A = "arnohult-delarsrapport-jan-aug-2026.pdf"
B = "region-ejdersund-personalbokslut-2025.pdf"
C = "jungsnas-ks-internkontrollplan-2026.pdf"
D = "olsvalla-miljobokslut-2025.pdf"
E = "palsmark-arsredovisning-2025-femarsoversikt.pdf"
F = "uvberga-kf-protokoll-2026-02-23.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Arnöhult, delårsrapport jan–aug 2026
    q("Hur stort underskott väntas individ- och familjeomsorgen i Arnöhult få för helåret 2026?",
      "sv", "figure", A, 3,
      ["Individ- och familjeomsorg 98,6 74,3 108,9 −10,3"],
      "Ett underskott på 10,3 mnkr: prognosen för helåret är 108,9 mnkr mot en budget på 98,6 mnkr (utfall "
      "januari–augusti 74,3 mnkr).",
      [fig(10.3, "mnkr", "−10,3")]),
    q("What full-year result does Arnöhult municipality forecast for 2026 in its January–August interim report?",
      "en", "figure", A, 1,
      ["Prognosen för helåret är ett resultat på 7,9 mnkr"],
      "A result of 7.9 mnkr, which is 20.1 mnkr below the budgeted 28.0 mnkr. The result for January–August "
      "alone was 45.9 mnkr.",
      [fig(7.9, "mnkr", "7,9 mnkr")]),
    q("Hur mycket hade Arnöhults grundskola F–9 kostat netto under årets första åtta månader 2026?",
      "sv", "figure", A, 2,
      ["Grundskola F–9 412,3 281,6 421,2 −8,9"],
      "281,6 mnkr till och med augusti, av en budget på 412,3 mnkr; helårsprognosen är 421,2 mnkr, dvs. ett "
      "underskott på 8,9 mnkr.",
      [fig(281.6, "mnkr", "281,6")]),
    q("Hur snabbt har Arnöhults nettokostnader vuxit i år jämfört med motsvarande månader 2025, i procent?",
      "sv", "figure", A, 1,
      ["Verksamhetens nettokostnader har ökat med 4,7 procent jämfört med samma period 2025"],
      "Med 4,7 procent, medan skatteintäkter och statsbidrag ökade med 3,8 procent.",
      [fig(4.7, "procent", "4,7 procent")]),
    q("How much does Arnöhult now expect to spend on the new fire station in 2026?",
      "en", "figure", A, 4,
      ["Ny brandstation i Arnöhult centrum 42,0 19,6 38,5 +3,5"],
      "38.5 mnkr according to the forecast, against a budget of 42.0 mnkr (3.5 mnkr under budget); 19.6 mnkr "
      "had been spent by the end of August.",
      [fig(38.5, "mnkr", "38,5")]),
    q("Vilka verksamheter inom barn- och utbildningsnämnden i Arnöhult väntas gå med underskott i år?",
      "sv", "list", A, 2,
      ["Barn- och utbildningsnämnden prognostiserar ett underskott på 12,5 mnkr"],
      "Tre: grundskola F–9 (−8,9 mnkr), grundsärskola (−2,7 mnkr) och gymnasieskola (−5,2 mnkr). Nämndens "
      "samlade underskott är 12,5 mnkr.",
      items=["Grundskola F–9 412,3", "Grundsärskola 27,9 19,8", "Gymnasieskola 168,7 116,2"]),
    q("Which Arnöhult investment projects are forecast to come in at least 2 mnkr under their 2026 budget?",
      "en", "list", A, 4,
      ["Projekt Budget 2026 Utfall jan–aug Prognos 2026 Avvikelse"],
      "Three: the new fire station (+3.5 mnkr), the renovation of Lövåsskolan stage 2 (+7.4 mnkr, postponed "
      "half a year) and the Storgatan–station footpath and cycle path (+4.4 mnkr).",
      items=["Ny brandstation i Arnöhult centrum", "Renovering av Lövåsskolan etapp 2",
             "Gång- och cykelväg Storgatan–stationen"]),
    q("I vilka verksamheter i Arnöhult är helårsprognosen mer än 5 mnkr sämre än budgeten?",
      "sv", "list", A, 2,
      ["Avvikelse är budget minus prognos; ett negativt tal betyder"],
      "Fem: grundskola F–9 (−8,9 mnkr), gymnasieskola (−5,2 mnkr), äldreomsorg (−5,3 mnkr), funktionsstöd "
      "LSS (−5,1 mnkr) och individ- och familjeomsorg (−10,3 mnkr).",
      items=["Grundskola F–9 412,3", "Gymnasieskola 168,7 116,2", "Äldreomsorg 356,8 241,2",
             "Funktionsstöd (LSS) 214,4", "Individ- och familjeomsorg 98,6"]),
    q("Varför går individ- och familjeomsorgen i Arnöhult med underskott?",
      "sv", "passage", A, 2,
      ["Orsaken är främst fler placeringar av barn och unga på HVB-hem"],
      "Främst för att fler barn och unga placerats på HVB-hem och i konsulentstödda familjehem – 34 barn i "
      "augusti mot 26 vid årsskiftet. Socialnämnden följer nu upp placeringarna varje vecka och bygger upp en "
      "egen öppenvårdsinsats så att fler ungdomar kan flytta hem."),
    none("Vilket helårsresultat prognostiserade Arnöhult i sin tertialrapport per den 30 april 2026?", "sv"),
    none("What result does the Arnöhult municipal group, including the municipal companies, forecast for 2026?",
         "en"),
    none("Vilken budgetavvikelse räknar Arnöhults överförmyndarnämnd med för 2026?", "sv"),

    # ------------------------------------------------------------ (b) Region Ejdersund, personalbokslut 2025
    q("Hur hög var sjukfrånvaron bland män inom psykiatri och habilitering i Region Ejdersund under 2025?",
      "sv", "figure", B, 2,
      ["Psykiatri och habilitering 9,4 6,2 8,5 9,9 5,8 8,7 +0,2"],
      "5,8 procent för männen 2025 (6,2 procent 2024). Kvinnorna låg på 9,9 procent och förvaltningen totalt "
      "på 8,7 procent.",
      [fig(5.8, "procent", "5,8")]),
    q("What was the overall sick-leave rate in Region Ejdersund's public dental service (Folktandvården) in 2024?",
      "en", "figure", B, 3,
      ["Folktandvården 6,7 3,2 6,2 7,4 2,9 6,8 +0,6"],
      "6.2 percent in 2024 (women 6.7, men 3.2); it rose to 6.8 percent in 2025, an increase of 0.6 percentage "
      "points.",
      [fig(6.2, "procent", "6,2")]),
    q("Hur många visstidsanställda fanns i Region Ejdersund vid årsskiftet 2025/2026?",
      "sv", "figure", B, 1,
      ["9 623 tillsvidareanställda och 1 164 visstidsanställda, sammanlagt 10 787 anställda"],
      "1 164 visstidsanställda den 31 december 2025, utöver 9 623 tillsvidareanställda – sammanlagt 10 787.",
      [fig(1164, "antal", "1 164")]),
    q("Hur mycket betalade Region Ejdersund för inhyrda läkare 2025?",
      "sv", "figure", B, 4,
      ["Av kostnaden avsåg 142,6 mnkr hyrläkare"],
      "142,6 mnkr av den totala kostnaden för inhyrd personal på 187,4 mnkr (231,9 mnkr 2024); hyrsjuksköterskor "
      "kostade 44,8 mnkr.",
      [fig(142.6, "mnkr", "142,6 mnkr")]),
    q("Hur stor var personalomsättningen bland undersköterskor och skötare i Region Ejdersund 2024?",
      "sv", "figure", B, 3,
      ["Undersköterskor och skötare 11,2 12,4 11,9"],
      "12,4 procent 2024, jämfört med 11,2 procent 2023 och 11,9 procent 2025.",
      [fig(12.4, "procent", "12,4")]),
    q("Vilka förvaltningar i Region Ejdersund fick högre total sjukfrånvaro 2025 än året innan?",
      "sv", "list", B, 2,
      ["Tabell 2. Sjukfrånvaro per förvaltning och kön 2024 och 2025, procent"],
      "Sex: Akutsjukvården (+0,5), Psykiatri och habilitering (+0,2), Folktandvården (+0,6), Regionservice "
      "(+0,3), Kultur och bildning (+0,4) och Kollektivtrafikförvaltningen (+0,2 procentenheter).",
      items=["Akutsjukvården 7,9 4,6", "Psykiatri och habilitering 9,4", "Folktandvården 6,7 3,2",
             "Regionservice 8,8 5,9", "Kultur och bildning 5,2", "Kollektivtrafikförvaltningen 5,8 6,4"]),
    q("In which Region Ejdersund administrations was sick leave among women above 8 percent in 2025?",
      "en", "list", B, 2,
      ["Tabell 2. Sjukfrånvaro per förvaltning och kön 2024 och 2025, procent"],
      "Four: Akutsjukvården (8.4), Medicinsk vård (8.2), Psykiatri och habilitering (9.9) and Regionservice "
      "(9.1 percent).",
      items=["Akutsjukvården 7,9 4,6", "Medicinsk vård 8,6 5,1", "Psykiatri och habilitering 9,4",
             "Regionservice 8,8 5,9"]),
    q("Vilka yrkesgrupper i Region Ejdersund hade en personalomsättning på över 10 procent 2025?",
      "sv", "list", B, 3,
      ["Tabellen visar externa avgångar i procent av antalet tillsvidareanställda"],
      "Tre: undersköterskor och skötare (11,9 procent), tandhygienister och tandsköterskor (10,8) samt psykologer "
      "och kuratorer (13,5).",
      items=["Undersköterskor och skötare 11,2", "Tandhygienister och tandsköterskor 8,9",
             "Psykologer och kuratorer 12,7"]),
    q("Vad förklarar enligt Region Ejdersund att sjukfrånvaron steg inom akutsjukvården och psykiatrin?",
      "sv", "passage", B, 2,
      ["hög arbetsbelastning under vintern, många vakanta sjukskötersketjänster och fler arbetspass med kort vila"],
      "Förvaltningarna pekar på hög arbetsbelastning under vintern, många vakanta sjukskötersketjänster och fler "
      "arbetspass med kort vila emellan. Det är främst korttidsfrånvaron som ökat, medan den långa frånvaron "
      "minskat efter insatser för tidig rehabilitering."),
    none("Hur hög var sjukfrånvaron inom Regionservice i Region Ejdersund år 2023?", "sv"),
    none("Hur många läkare är anställda i Region Ejdersund?", "sv"),
    none("Vad kostade sjuklönerna Region Ejdersund under 2025?", "sv"),

    # ------------------------------------------------------------ (c) Jungsnäs, internkontrollplan 2026
    q("What risk score has Jungsnäs given to the risk of purchases being made outside procured contracts?",
      "en", "figure", C, 2,
      ["Avtalstrohet: jämförelse mellan leverantörsreskontra och avtalsdatabasen 4 3 12 Upphandlingschef"],
      "A risk value of 12 (likelihood 4 × consequence 3); the control is contract compliance, checked "
      "half-yearly by the head of procurement.",
      [fig(12, "antal", "12")]),
    q("Hur många av kontrollerna i Jungsnäs internkontrollplan för 2026 är helt nya?",
      "sv", "figure", C, 1,
      ["Av dem är 7 nya för 2026 och 6 har förts över"],
      "7 av planens 18 kontrollmoment är nya för 2026; 6 har förts över från 2025 års plan och 5 genomförs varje "
      "år.",
      [fig(7, "antal", "7 nya")]),
    q("Hos hur många leverantörer fann Jungsnäs inköp utan avtal vid 2025 års kontroll?",
      "sv", "figure", C, 4,
      ["Avtalstrohet vid inköp 120 leverantörer 19 Väsentliga brister"],
      "Hos 19 av 120 granskade leverantörer, vilket bedömdes som väsentliga brister.",
      [fig(19, "antal", "19")]),
    q("Hur många av de anställda i Jungsnäs gick på det fingerade nätfiskemejlet 2025?",
      "sv", "figure", C, 4,
      ["Nätfiskeövningen visade att 37 av 412 medarbetare klickade på länken"],
      "37 av 412 medarbetare klickade på länken, färre än vid övningen 2024.",
      [fig(37, "antal", "37")]),
    q("Vilka kontroller i Jungsnäs plan ska redovisas för kommunstyrelsen i samband med delårsrapporten?",
      "sv", "list", C, 2,
      ["Nr Risk Kontrollmoment S K RV Ansvarig Frekvens Rapporteras"],
      "Sju: fakturor till fel mottagare (nr 1), inköp utanför avtal (2), föreningsbidrag (5), löneutbetalningar "
      "vid avslutade anställningar (6), anställning utan behörigt beslut (8), okrypterade personuppgifter (12) "
      "och delegationsbeslut som inte anmäls (14).",
      items=["Fakturor betalas till fel mottagare", "Inköp görs utanför upphandlade avtal",
             "Bidrag till föreningar betalas ut", "Felaktiga löneutbetalningar vid avslutade anställningar",
             "Anställning sker utan beslut av", "Personuppgifter skickas okrypterat med e-post",
             "Beslut fattade på delegation anmäls"]),
    q("Which controls in Jungsnäs's internal control plan for 2026 are to be performed every quarter?",
      "en", "list", C, 2,
      ["Nr Risk Kontrollmoment S K RV Ansvarig Frekvens Rapporteras"],
      "Six: supplier invoices (no. 1), removal of system access (10), unencrypted personal data in e-mail (12), "
      "phishing (13), reporting of delegated decisions (14) and handling of citizens' complaints (17).",
      items=["Fakturor betalas till fel mottagare", "Behörigheter i verksamhetssystem tas inte",
             "Personuppgifter skickas okrypterat med e-post", "Nätfiske leder till intrång",
             "Beslut fattade på delegation anmäls", "Synpunkter och klagomål från invånare"]),
    q("Vilka av kontrollerna 2025 i Jungsnäs visade brister av något slag?",
      "sv", "list", C, 4,
      ["Kontrollmoment 2025 Granskat Avvikelser Resultat"],
      "Sex: attest av leverantörsfakturor, anställningsbeslut, nätfiskeövningen och uppdrag från fullmäktige "
      "(mindre brister) samt avtalstrohet och borttagning av behörigheter (väsentliga brister).",
      items=["Attest av leverantörsfakturor 40", "Avtalstrohet vid inköp 120", "Anställningsbeslut enligt delegation 25",
             "Borttagning av behörigheter 3", "Nätfiskeövning 412 medarbetare 37", "Uppdrag från fullmäktige 22"]),
    q("Varför har Jungsnäs kommunstyrelse lagt till en kontroll av bisysslor i planen?",
      "sv", "passage", C, 1,
      ["revisorerna i sin granskning av jäv och bisysslor konstaterade att kommunen saknar en samlad bild"],
      "Därför att revisorerna i sin granskning av jäv och bisysslor konstaterade att kommunen saknar en samlad "
      "bild av vilka bisysslor som har anmälts."),
    none("Vilka kontrollmoment ingår i socialnämndens internkontrollplan i Jungsnäs för 2026?", "sv"),
    none("Hur mycket kostar arbetet med intern kontroll i Jungsnäs per år?", "sv"),

    # ------------------------------------------------------------ (d) Olsvalla, miljöbokslut 2025
    q("Hur stor andel av Olsvalla kommuns livsmedelsinköp var ekologiska 2024?",
      "sv", "figure", D, 3,
      ["andel av inköpsvärdet i procent 2021 2022 2023 2024 2025 34 37 41 39 43"],
      "39 procent av inköpsvärdet 2024, en nedgång från 41 procent 2023; 2025 steg andelen till 43 procent. Målet "
      "är minst 50 procent 2030.",
      [fig(39, "procent", "39")]),
    q("What is Olsvalla's 2030 target for household waste per inhabitant?",
      "en", "figure", D, 3,
      ["452 441 437 429 433 Mål 2030: ≤ 380"],
      "At most 380 kilos per inhabitant by 2030; in 2025 it was 433 kilos, up from 429, so the indicator is "
      "assessed as moving in the wrong direction.",
      [fig(380, "kg", "≤ 380")]),
    q("Hur många av Olsvallas miljöindikatorer har gått åt fel håll det senaste året?",
      "sv", "figure", D, 1,
      ["och 3 har utvecklats i fel riktning under det senaste året"],
      "Tre av tolv. Fyra bedöms nå målet till 2030 och fem går åt rätt håll men för långsamt.",
      [fig(3, "antal", "3")]),
    q("Hur många av Olsvalla kommuns personbilar går fortfarande på fossilt bränsle?",
      "sv", "figure", D, 4,
      ["Personbilar 142 71 28 0 43 70"],
      "43 av 142 personbilar; 71 är elbilar och 28 biogasbilar, så 70 procent är fossilfria.",
      [fig(43, "antal", "43")]),
    q("Vilka av Olsvallas miljöindikatorer bedöms ha utvecklats åt fel håll?",
      "sv", "list", D, 2,
      ["Indikatorer: Klimat och energi samt transporter"],
      "Tre: tjänsteresor med bil (1 130 km per årsarbetare), hushållsavfall (433 kilo per invånare) och sjöar "
      "med god ekologisk status (9 av 23).",
      items=["2.2 Tjänsteresor med bil", "3.2 Hushållsavfall kilo per invånare",
             "4.2 Sjöar med god ekologisk status"]),
    q("Vilka åtgärder prioriterar Olsvalla kommun i miljöarbetet under 2026?",
      "sv", "list", D, 4,
      ["Prioriterade åtgärder 2026 Laddinfrastruktur vid fem av kommunens förvaltningsbyggnader"],
      "Fem: laddinfrastruktur vid fem förvaltningsbyggnader, krav på fossilfria skolskjutsar, en handlingsplan "
      "för Tranvattnet med lantbrukarna, ett återbruksrum på återvinningscentralen och en elbilspool för "
      "hemtjänsten.",
      items=["Laddinfrastruktur vid fem av kommunens", "Krav på fossilfria transporter i",
             "Handlingsplan för Tranvattnet tillsammans med", "Återbruksrum på återvinningscentralen i Olsvalla",
             "Bilpool med elbilar för hemtjänsten"]),
    q("Varför kör Olsvalla kommuns anställda allt mer bil i tjänsten?",
      "sv", "passage", D, 4,
      ["hemtjänsten har fått fler brukare i de norra delarna av kommunen",
       "den tekniska förvaltningen tagit över tillsynen av vägbelysningen"],
      "Hemtjänsten har fått fler brukare i de norra delarna av kommunen, med långa avstånd och utan "
      "kollektivtrafik, och den tekniska förvaltningen har tagit över tillsynen av vägbelysningen från en "
      "entreprenör."),
    none("Hur stora var utsläppen av växthusgaser per invånare i Olsvalla år 2020?", "sv"),
    none("Hur mycket pengar har Olsvalla kommun budgeterat för klimatåtgärder 2026?", "sv"),
    none("Hur stor andel av resorna i Olsvalla görs med cykel?", "sv"),

    # ------------------------------------------------------------ (e) Pålsmark, femårsöversikt
    q("Vilken soliditet hade Pålsmark 2022 om hela pensionsskulden räknas in?",
      "sv", "figure", E, 1,
      ["Soliditet inkl. alla pensionsförpliktelser, % 31,8 31,2 29,5 30,4 32,0"],
      "31,2 procent 2022 (31,8 procent 2021 och 32,0 procent 2025). Utan pensionsförpliktelserna var "
      "soliditeten 50,1 procent.",
      [fig(31.2, "procent", "31,2")]),
    q("By how many residents did Pålsmark's population grow between the end of 2024 and the end of 2025?",
      "en", "figure", E, 1,
      ["Antal invånare 31 december 18 412 18 566 18 603 18 541 18 587 +46"],
      "By 46 people, from 18,541 to 18,587 inhabitants.",
      [fig(46, "antal", "+46")]),
    q("Vad var nettokostnaden per invånare i jämförbara kommuner enligt Pålsmarks jämförelse för 2025?",
      "sv", "figure", E, 2,
      ["Nettokostnad per invånare, kr 71 840 69 210 70 460 196"],
      "69 210 kr i liknande kommuner, mot 71 840 kr i Pålsmark och 70 460 kr i riket.",
      [fig(69210, "kr", "69 210")]),
    q("Hur stort underskott redovisade Pålsmark år 2023?",
      "sv", "figure", E, 1,
      ["Årets resultat, mnkr 48,6 39,2 −12,4 21,7 30,5 +8,8 mnkr"],
      "Ett underskott på 12,4 mnkr 2023, efter överskott på 48,6 mnkr 2021 och 39,2 mnkr 2022.",
      [fig(12.4, "mnkr", "−12,4")]),
    q("I vilka av jämförelsemåtten hamnar Pålsmark bland landets sämsta 25 procent?",
      "sv", "list", E, 2,
      ["Mått Pålsmark Liknande kommuner Riket Placering (av 290) Kvartil"],
      "Fyra: kostnad per elev i grundskolan (plats 231), väntetid till särskilt boende (262), personalkontinuitet "
      "i hemtjänsten (224) och svar på e-post inom en dag (247).",
      items=["Kostnad per elev i grundskolan", "Väntetid till särskilt boende, dagar",
             "Personalkontinuitet i hemtjänsten, antal personal", "Invånare som får svar på"]),
    q("Which of Pålsmark's key figures in the five-year overview decreased from 2024 to 2025?",
      "en", "list", E, 1,
      ["Nyckeltal 2021 2022 2023 2024 2025 Förändring 2024–2025"],
      "Five: net cost growth (4.2 to 3.6 percent), net investments (−13.6 %), loan debt (−1.5 %), loan debt per "
      "inhabitant (−1.8 %) and permanent employees (−11).",
      items=["Nettokostnadsutveckling, % 3,1 5,8", "Nettoinvesteringar, mnkr 96,3 142,8", "Låneskuld, mnkr 420,0",
             "Låneskuld per invånare, kr", "Tillsvidareanställda, antal 1 612"]),
    q("Vilka mått i Pålsmarks kommunjämförelse placerar kommunen i den bästa fjärdedelen?",
      "sv", "list", E, 2,
      ["Mått Pålsmark Liknande kommuner Riket Placering (av 290) Kvartil"],
      "Fyra: behörighet till yrkesprogram (plats 52), brukarbedömning i särskilt boende (41), andel "
      "förvärvsarbetande (64) och handläggningstid för bygglov (70).",
      items=["Elever i årskurs 9 behöriga", "Brukarbedömning särskilt boende, nöjdhet %",
             "Andel av befolkningen som förvärvsarbetar", "Handläggningstid för bygglov, dagar"]),
    q("Why did Pålsmark report a deficit in 2023?",
      "en", "passage", E, 3,
      ["en kraftig ökning av pensionskostnaderna när prisbasbeloppet räknades upp",
       "kostnaderna för placeringar av barn och unga blev betydligt högre än budgeterat"],
      "Pension costs rose sharply when the price base amount was uprated, interest costs were high after borrowing "
      "for the new waterworks, and placements of children and young people cost far more than budgeted."),
    none("Vilket resultat redovisade Pålsmark år 2020?", "sv"),
    none("What was the equity ratio of the Pålsmark group (kommunkoncernen) in 2025?", "en"),
    none("Hur hög är kostnaden per brukare i hemtjänsten i Pålsmark jämfört med riket?", "sv"),

    # ------------------------------------------------------------ (f) Uvberga, KF-protokoll 2026-02-23
    q("Hur många ledamöter i Uvberga ville återremittera ärendet om förskolan i Jonsgärde?",
      "sv", "figure", F, 2,
      ["Omröstningsresultat: 31 ja-röster, 18 nej-röster och 2 ledamöter avstod"],
      "18 ledamöter röstade nej (för återremiss), mot 31 ja-röster; 2 avstod.",
      [fig(18, "antal", "18 nej-röster")]),
    q("How many councillors abstained when Uvberga's council voted on the motion about free bus passes for young "
      "people?",
      "en", "figure", F, 3,
      ["25 ja-röster, 21 nej-röster, 3 ledamöter avstod och 2 ledamöter hade lämnat sammanträdet"],
      "Three abstained; the vote was 25 to 21 for rejecting the motion, and two members had left the meeting.",
      [fig(3, "antal", "3 ledamöter avstod")]),
    q("Vad kommer den nya förskolan i Jonsgärde att kosta Uvberga kommun att bygga?",
      "sv", "figure", F, 2,
      ["Investeringsutgiften beräknas till 64,5 mnkr, varav 18,0 mnkr faller på 2026"],
      "64,5 mnkr, varav 18,0 mnkr under 2026. Hyran blir 5,9 mnkr per år från 2028.",
      [fig(64.5, "mnkr", "64,5 mnkr")]),
    q("När ska barnen kunna flytta in i Uvbergas nya förskola i Jonsgärde?",
      "sv", "figure", F, 2,
      ["Byggstart planeras till den 1 oktober 2026 och inflyttning till den 1 augusti 2028"],
      "Inflyttning planeras till den 1 augusti 2028; byggstart är planerad till den 1 oktober 2026.",
      [fig("2028-08-01", "datum", "1 augusti 2028")]),
    q("Vilka ledamöter i Uvberga lade ned sina röster i omröstningen om gratis bussresor för ungdomar?",
      "sv", "list", F, 4,
      ["Ledamot Parti § 16 § 19"],
      "Tre: Olivia Strand (S), Ulrika Mattsson (C) och Gustav Lilja (KD) avstod i § 19.",
      items=["Olivia Strand S Ja Avstår", "Ulrika Mattsson C Ja Avstår", "Gustav Lilja KD Ja Avstår"]),
    q("Which Uvberga councillors abstained in the vote on the Jonsgärde preschool?",
      "en", "list", F, 4,
      ["Ledamot Parti § 16 § 19"],
      "Two Moderates: Therese Kvist and Birgitta Söderström abstained in § 16.",
      items=["Therese Kvist M Avstår", "Birgitta Söderström M Avstår"]),
    q("Varför reserverade sig Moderaterna och Sverigedemokraterna i Uvberga mot förskolebeslutet?",
      "sv", "passage", F, 2,
      ["borde ha prövat att hyra en förskola av en privat fastighetsägare"],
      "De anser att kommunen först borde ha prövat att hyra en förskola av en privat fastighetsägare, vilket "
      "hade minskat låneskulden och gett kortare byggtid."),
    none("Vem valdes till ordförande i Uvbergas valnämnd?", "sv"),
    none("How much would free bus passes for young people cost Uvberga each year?", "en"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"t{14000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
