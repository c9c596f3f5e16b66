"""Writes ../train_syn4.jsonl: 50 gold questions (t4001–t4050) about the six synthetic4 PDFs.

14 figure, 20 list (16 conditional), 6 passage, 10 none; 14 in English (6 of them lists).
Items are written out literally (not derived from data.py) so that check.py, which recomputes the
expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn4.jsonl"

A = "hallmark-granskning-kompetensforsorjning-2026.pdf"
B = "brannvik-sn-internkontrollplan-2026.pdf"
C = "tjarnholm-investeringsplan-2026-2029.pdf"
D = "aspedal-bun-verksamhetsberattelse-2025.pdf"
E = "videberga-ks-protokoll-2026-03-10.pdf"
F = "ljungsater-skolresultat-ak9-2025.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Region Hällmark, revisionsrapport
    q("Hur mycket betalade Region Hällmark för hyrpersonal under 2025?", "sv", "figure", A, 2,
      ["Kostnaden för inhyrd personal uppgick 2025 till 487,3 mnkr"],
      "487,3 mnkr, jämfört med 412,9 mnkr 2024.",
      [fig(487.3, "mnkr", "487,3 mnkr")]),
    q("How many nurse positions were unfilled in Region Hällmark at the end of 2025?", "en", "figure", A, 2,
      ["den 31 december 2025 fanns 214 vakanta sjukskötersketjänster, varav 131 inom slutenvården"],
      "214 vacant nurse positions on 31 December 2025, 131 of them in inpatient care.",
      [fig(214, "antal", "214 vakanta sjukskötersketjänster")]),
    q("Vilka kontrollmål bedömde revisorerna i Region Hällmark som inte uppfyllda alls?", "sv", "list", A, 3,
      ["Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt och ej uppfyllt"],
      "Tre kontrollmål: den samlade kompetensbehovsanalysen (nr 3), att beroendet av inhyrd personal "
      "minskar (nr 5) och regionstyrelsens interna kontroll av bemanningsavtalen (nr 9).",
      items=["Det finns en samlad analys av regionens behov",
             "Beroendet av inhyrd personal följs upp och minskar",
             "Regionstyrelsen har säkerställt en tillräcklig intern kontroll av bemanningsavtalen"]),
    q("Which control objectives in Region Hällmark's audit of staffing and skills supply were judged only "
      "partly met?", "en", "list", A, 3,
      ["Delvis uppfyllt Handlingsplaner finns för sju av tolv verksamhetsområden"],
      "Three: breaking the strategy down into action plans (no. 2), measures to recruit and retain staff "
      "(no. 4) and the reporting on staffing to the health care committee (no. 6).",
      items=["Strategin har brutits ned i handlingsplaner",
             "Regionen har ändamålsenliga åtgärder för att rekrytera",
             "Hälso- och sjukvårdsnämnden får regelbunden och tillräcklig rapportering"]),
    q("Vilka delar ska ingå i den plan mot hyrpersonalberoendet som revisorerna i Region Hällmark efterfrågar?",
      "sv", "list", A, 2,
      ["Utarbeta en tidsatt plan för att minska beroendet av inhyrd personal"],
      "a) en stegvis avveckling av inhyrda sjuksköterskor i sluten- och akutsjukvården med årliga delmål "
      "till 2028, b) mer användning av den egna bemanningspoolen och flexibla scheman, c) tydliga "
      "kriterier för när inhyrning får ske och vem som beslutar om avrop.",
      items=["en stegvis avveckling av inhyrda sjuksköterskor inom slutenvården",
             "ökad användning av regionens egen bemanningspool",
             "tydliga kriterier för när inhyrning får ske"]),
    q("Hur bedömer revisorerna sammantaget Region Hällmarks arbete med att trygga personalförsörjningen i "
      "vården?", "sv", "passage", A, 2,
      ["regionstyrelsen och hälso- och sjukvårdsnämnden inte helt säkerställer en ändamålsenlig kompetensförsörjning",
       "strategin har inte fått genomslag i verksamheterna och beroendet av inhyrd personal har ökat"],
      "Att regionstyrelsen och hälso- och sjukvårdsnämnden inte helt säkerställer en ändamålsenlig "
      "kompetensförsörjning: strategin finns men har inte fått genomslag, och beroendet av inhyrd personal "
      "har ökat. Tre kontrollmål är uppfyllda, tre delvis och tre inte."),
    none("Hur hög var personalomsättningen bland undersköterskor i Region Hällmark 2025?", "sv"),
    none("How much did Region Hällmark spend on hired physicians in 2025?", "en"),

    # ------------------------------------------------------------ (b) Brännvik, internkontrollplan
    q("Vilket datum fastställde socialnämnden i Brännvik internkontrollplanen för 2026?", "sv", "figure", B, 1,
      ["Beslutad Socialnämnden 2025-11-19, § 142"],
      "Den 19 november 2025 (2025-11-19, § 142).",
      [fig("2025-11-19", "datum", "2025-11-19")]),
    q("By what date must Brännvik's social welfare committee receive the complete follow-up of its 2026 "
      "internal control plan?", "en", "figure", B, 3,
      ["ska redovisas för nämnden senast den 28 februari 2027"],
      "By 28 February 2027, after an interim report with the August 2026 interim accounts.",
      [fig("2027-02-28", "datum", "28 februari 2027")]),
    q("Vilka kontroller i socialnämndens internkontrollplan i Brännvik ska utföras kvartalsvis?", "sv", "list",
      B, 2,
      ["Tabell 2. Internkontrollplan 2026, socialnämnden"],
      "Sju: dubbla utbetalningar av ekonomiskt bistånd (2), långa utredningstider för barn och unga (4), "
      "placeringar utan avtal (5), felregistrerad tid i hemtjänsten (7), läkemedelshantering i särskilt "
      "boende (9), ej verkställda LSS-beslut (11) och behörigheter som inte avslutas (15).",
      items=["Ekonomiskt bistånd Dubbla utbetalningar eller utbetalning till fel",
             "Barn och unga Utredningstiden på fyra månader överskrids",
             "Placeringar Placering i HVB eller familjehem sker utan avtal",
             "Hemtjänst Utförd tid registreras felaktigt",
             "Särskilt boende Brister i läkemedelshanteringen leder till vårdskador",
             "LSS Beslut om insatser enligt LSS verkställs inte",
             "Informationssäkerhet Behörigheter avslutas inte när en medarbetare slutar"]),
    q("Which risks in the Brännvik social welfare committee's 2026 control plan have a risk value of at "
      "least 12?", "en", "list", B, 2,
      ["Risker med ett riskvärde på 12 eller högre kontrolleras minst en gång per kvartal"],
      "Five: incorrect payments of financial assistance (16), late initial assessment of reports of concern "
      "(12), placements without contract (12), placement costs exceeding budget (12) and medication "
      "handling in residential care (12).",
      items=["Ekonomiskt bistånd Felaktiga utbetalningar av ekonomiskt bistånd",
             "Barn och unga Förhandsbedömning av orosanmälan görs inte",
             "Placeringar Placering i HVB eller familjehem sker utan avtal",
             "Placeringar Kostnaderna för externa placeringar överskrider budget",
             "Särskilt boende Brister i läkemedelshanteringen leder till vårdskador"]),
    q("Vilka kontrollmoment är ekonomichefen ansvarig för i Brännviks internkontrollplan för socialnämnden?",
      "sv", "list", B, 2,
      ["Tabell 2 anger för varje risk vilken kontroll som ska göras"],
      "Fyra: dubbla eller felaktiga utbetalningar av ekonomiskt bistånd, kostnaderna för externa "
      "placeringar, avgifter i hemtjänsten och inköp utanför upphandlade avtal.",
      items=["Ekonomiskt bistånd Dubbla utbetalningar eller utbetalning till fel",
             "Placeringar Kostnaderna för externa placeringar överskrider budget",
             "Hemtjänst Avgifter debiteras inte enligt gällande taxa",
             "Upphandling Inköp görs utanför upphandlade avtal"]),
    q("Vilka kontroller ska Brännviks socialförvaltning göra två gånger om året?", "sv", "list", B, 2,
      ["Tabell 2. Internkontrollplan 2026, socialnämnden"],
      "Fem halvårsvisa kontroller: hemtjänstavgifter, nattbemanning i särskilt boende, brukarnas privata "
      "medel i gruppbostäder, social dokumentation och lex Sarah-utredningar.",
      items=["Hemtjänst Avgifter debiteras inte enligt gällande taxa",
             "Särskilt boende Bemanningen nattetid understiger fastställd grundbemanning",
             "LSS Brister i hanteringen av brukarnas privata medel",
             "Dokumentation Social dokumentation saknas eller är ofullständig",
             "Lex Sarah Rapporter om missförhållanden utreds inte skyndsamt"]),
    q("Hur ska fel och brister som upptäcks vid socialnämndens kontroller i Brännvik hanteras?", "sv",
      "passage", B, 3,
      ["Avvikelser ska alltid kommenteras med en analys av orsaken och ett förslag till åtgärd",
       "Allvarliga brister rapporteras omedelbart till förvaltningschefen"],
      "Avvikelser kommenteras alltid med orsaksanalys och förslag till åtgärd; allvarliga brister "
      "rapporteras genast till förvaltningschefen, som beslutar om åtgärder och vid behov informerar "
      "nämndens ordförande."),
    none("Vilket riskvärde har risken för felaktig handläggning av färdtjänst i Brännviks plan för 2026?", "sv"),
    none("Hur många av kontrollerna i Brännviks internkontrollplan för 2025 visade på avvikelser?", "sv"),

    # ------------------------------------------------------------ (c) Tjärnholm, investeringsplan
    q("Hur mycket avsätter Tjärnholm till det nya vattenverket år 2028?", "sv", "figure", C, 3,
      ["Nytt vattenverk i Tjärnholm, etapp 1 4 000 25 000 55 000"],
      "55 000 tkr (55 mnkr) för etapp 1 år 2028; totalt 124 000 tkr under 2026–2029.",
      [fig(55000, "tkr", "55 000")]),
    q("Hur mycket planerar socialnämnden i Tjärnholm att investera sammanlagt under 2027?", "sv", "figure",
      C, 3,
      ["Summa socialnämnden 36 500 66 700 35 700 1 200 140 100"],
      "66 700 tkr, varav 62 000 tkr till särskilt boende Granlunden.",
      [fig(66700, "tkr", "66 700")]),
    q("Hur stora investeringar planerar Tjärnholm totalt för åren 2026–2029?", "sv", "figure", C, 1,
      ["uppgår för hela perioden till 730,2 mnkr"],
      "730,2 mnkr för hela perioden, varav 124,3 mnkr 2026.",
      [fig(730.2, "mnkr", "730,2 mnkr")]),
    q("Vilka investeringsprojekt i Tjärnholm hör till tekniska nämnden?", "sv", "list", C, 3,
      ["Tabell 1. Investeringar per nämnd och projekt 2026–2029 (tkr)"],
      "Fem: reinvestering i gator och vägar, gång- och cykelvägen Tjärnholm–Åsnäs, förnyelse av "
      "VA-ledningar, nytt vattenverk etapp 1 samt fordon och maskiner (totalt 275 600 tkr).",
      items=["Reinvestering i gator och vägar",
             "Gång- och cykelväg Tjärnholm–Åsnäs",
             "Förnyelse av VA-ledningar i centralorten",
             "Nytt vattenverk i Tjärnholm, etapp 1",
             "Fordon och arbetsmaskiner enligt utbytesplan"]),
    q("Which individual projects in Tjärnholm's investment plan have more than 20 million kronor budgeted "
      "for 2027?", "en", "list", C, 3,
      ["Särskilt boende Granlunden, 54 platser 35 000 62 000 18 000"],
      "Four: the Solbacken preschool (41 500 tkr), the Tjärnholmsskolan extension (36 000 tkr), the "
      "Granlunden care home (62 000 tkr) and the new waterworks (25 000 tkr).",
      items=["Ny förskola Solbacken, 8 avdelningar",
             "Tillbyggnad av Tjärnholmsskolan 7–9",
             "Särskilt boende Granlunden, 54 platser",
             "Nytt vattenverk i Tjärnholm, etapp 1"]),
    q("Vilka projekt i Tjärnholms investeringsplan har inga pengar 2026 men får medel senare under "
      "planperioden?", "sv", "list", C, 3,
      ["Ny idrottshall vid Västra skolan – 4 000 28 000 31 000"],
      "Fyra: idrottshallen vid Västra skolan, gruppbostaden på Björkvägen, gång- och cykelvägen "
      "Tjärnholm–Åsnäs och renoveringen av simhallen.",
      items=["Ny idrottshall vid Västra skolan",
             "Gruppbostad enligt LSS, Björkvägen",
             "Gång- och cykelväg Tjärnholm–Åsnäs",
             "Renovering av simhallen Tjärnbadet"]),
    q("Hur ska Tjärnholm finansiera sina investeringar under planperioden?", "sv", "passage", C, 2,
      ["Investeringarna finansieras i första hand med egna medel, det vill säga årets resultat och avskrivningar",
       "Den del som inte kan finansieras med egna medel lånas upp via Kommuninvest"],
      "Främst med egna medel (resultat och avskrivningar), 330,6 mnkr eller 45,3 procent; resterande "
      "399,6 mnkr lånas via Kommuninvest. Vattenverket finansieras på sikt via VA-taxan."),
    none("Vilken årlig driftkostnad beräknas den nya förskolan Solbacken i Tjärnholm få?", "sv"),
    none("Hur mycket kommer etapp 2 av Tjärnholms nya vattenverk att kosta?", "sv"),

    # ------------------------------------------------------------ (d) Aspedal, verksamhetsberättelse BUN
    q("What share of year 8 pupils in Aspedal felt they had a calm working environment in lessons in 2025?",
      "en", "figure", D, 3,
      ["Andel elever i årskurs 8 som upplever studiero på lektionerna 75 % 61,8 %"],
      "61.8 percent, against a target of 75 percent (not achieved).",
      [fig(61.8, "procent", "61,8 %")]),
    q("Hur stort underskott mot budget redovisade Aspedals barn- och utbildningsnämnd för 2025?", "sv",
      "figure", D, 1,
      ["Nämnden redovisar ett underskott på 14,2 mnkr mot budget"],
      "14,2 mnkr, motsvarande 1,3 procent av nettobudgeten (utfall 1 098,8 mnkr mot budget 1 084,6 mnkr).",
      [fig(14.2, "mnkr", "14,2 mnkr")]),
    q("Vilka av barn- och utbildningsnämndens indikatorer i Aspedal fick bedömningen ej uppnått för 2025?",
      "sv", "list", D, 3,
      ["Kommunfullmäktiges mål har brutits ned i fyra nämndmål med sammanlagt 13 indikatorer"],
      "Fyra: delproven i svenska i årskurs 3, studiero i årskurs 8, antal barn per årsarbetare i förskolan "
      "och budgetavvikelsen.",
      items=["Andel elever i årskurs 3 som klarat samtliga delprov",
             "Andel elever i årskurs 8 som upplever studiero",
             "Antal barn per årsarbetare i förskolan",
             "Budgetavvikelse i procent av nettokostnaden"]),
    q("Which indicators does Aspedal use to follow up its goal on children's and pupils' safety and calm "
      "at school?", "en", "list", D, 3,
      ["Barn och elever ska känna sig trygga och ha arbetsro"],
      "Three: pupils in year 5 who feel safe at school, pupils in year 8 who experience a calm study "
      "environment, and parents who think their child is safe in preschool.",
      items=["Andel elever i årskurs 5 som känner sig trygga",
             "Andel elever i årskurs 8 som upplever studiero",
             "Andel vårdnadshavare som anser att barnet är tryggt"]),
    q("Vilka indikatorer under kunskapsmålet i Aspedal nådde inte upp till sitt målvärde 2025?", "sv", "list",
      D, 3,
      ["Alla barn och elever ska utvecklas så långt som möjligt och nå kunskapsmålen"],
      "Tre: behörighet till yrkesprogram i årskurs 9 (84,6 mot 88 procent), lägst E i matematik i årskurs 6 "
      "(86,1 mot 90) och samtliga delprov i svenska i årskurs 3 (71,5 mot 80).",
      items=["Andel elever i årskurs 9 som är behöriga",
             "Andel elever i årskurs 6 med lägst betyget E",
             "Andel elever i årskurs 3 som klarat samtliga delprov"]),
    q("Vad hände av större betydelse inom Aspedals barn- och utbildningsnämnd under 2025?", "sv", "list", D, 1,
      ["I januari öppnade förskolan Lärkan i Aspedals centrum med sex avdelningar"],
      "Förskolan Lärkan öppnade, en ny resursfördelningsmodell beslutades, mobilförbud infördes, "
      "Skolinspektionen granskade Åsbyskolan, Aspedalsskolans kök byggdes om och läsfrämjande insatser "
      "utvidgades.",
      items=["I januari öppnade förskolan Lärkan i Aspedals centrum",
             "Nämnden beslutade i april om en ny resursfördelningsmodell",
             "Ett mobilförbud under hela skoldagen infördes",
             "Skolinspektionen genomförde en regelbunden kvalitetsgranskning av Åsbyskolan",
             "Ombyggnaden av Aspedalsskolans kök blev klar",
             "Satsningen på läsfrämjande insatser i förskoleklass"]),
    q("Varför gick barn- och utbildningsnämnden i Aspedal med underskott 2025?", "sv", "passage", D, 2,
      ["Den största avvikelsen avser tilläggsbelopp för elever med omfattande behov av särskilt stöd",
       "Kostnaderna för skolskjuts överskred budget med 4,1 mnkr"],
      "Främst tilläggsbelopp för elever med stora stödbehov (+8,9 mnkr), skolskjuts (+4,1 mnkr) och "
      "lokaler (+3,6 mnkr), delvis motverkat av ett överskott på 2,4 mnkr i förskolan."),
    none("Vilket genomsnittligt meritvärde hade eleverna i årskurs 9 i Aspedal 2024?", "sv"),

    # ------------------------------------------------------------ (e) Videberga, KS-protokoll
    q("Hur många ledamöter i Videbergas kommunstyrelse röstade för att avgöra ärendet om skolombyggnaden "
      "direkt?", "sv", "figure", E, 3,
      ["Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att ärendet ska avgöras i dag"],
      "8 ledamöter röstade ja och 5 nej (för återremiss).",
      [fig(8, "antal", "8 ja-röster"), fig(5, "antal", "5 nej-röster")]),
    q("How large an investment grant did Videberga's executive board award to the sports club Videberga BK?",
      "en", "figure", E, 3,
      ["att bevilja Videberga BK ett investeringsbidrag på 450 000 kronor"],
      "450 000 kronor for new changing rooms at Videvallen (the club had applied for 600 000 kronor).",
      [fig(450000, "kr", "450 000 kronor")]),
    q("Från vilket datum föreslås Videbergas nya avgifter för att använda offentlig plats börja gälla?", "sv",
      "figure", E, 2,
      ["Den reviderade taxan föreslås gälla från och med den 1 juli 2026"],
      "Från och med den 1 juli 2026 (2026-07-01).",
      [fig("2026-07-01", "datum", "1 juli 2026")]),
    q("Vilka delegationsbeslut som anmäldes till kommunstyrelsen i Videberga hade fattats av ordföranden?",
      "sv", "list", E, 4,
      ["Följande beslut som fattats med stöd av kommunstyrelsens delegationsordning"],
      "Fyra: yttrandet om vindkraftsparken vid Höjdåsen, bidraget till luciakommittén, yttrandet över "
      "trafikförsörjningsplanen och ansökan om statsbidrag för sommarlovsaktiviteter.",
      items=["Yttrande till Länsstyrelsen över ansökan om tillstånd för",
             "Bidrag ur kommunstyrelsens förfogandeanslag till Videberga luciakommitté",
             "Yttrande över remiss om regional trafikförsörjningsplan",
             "Ansökan om statsbidrag för sommarlovsaktiviteter"]),
    q("Which delegated decisions reported to Videberga's executive board were taken in January 2026?", "en",
      "list", E, 4,
      ["Tilldelningsbeslut i upphandling av skolskjutsar 2026–2029 Kommundirektör 2026-01-14"],
      "Three: the award decision for school transport (14 January), the opinion on the Höjdåsen wind "
      "farm (21 January) and the write-off of small receivables (30 January).",
      items=["Tilldelningsbeslut i upphandling av skolskjutsar 2026–2029",
             "Yttrande till Länsstyrelsen över ansökan om tillstånd för",
             "Avskrivning av fordringar som understiger ett halvt prisbasbelopp"]),
    q("Vad föreslår kommunstyrelsen i Videberga att fullmäktige ska besluta om årsredovisningen för 2025?",
      "sv", "list", E, 2,
      ["Efter justering för realisationsvinster vid försäljning av tomtmark uppgår balanskravsresultatet till 23,4 mnkr"],
      "Att godkänna årsredovisningen, reservera 9,0 mnkr till resultatutjämningsreserven, föra över 31,7 mnkr "
      "i investeringsmedel till 2026 och ge socialnämnden i uppdrag att senast 30 september 2026 redovisa "
      "en åtgärdsplan.",
      items=["att godkänna årsredovisningen 2025 för Videberga kommun",
             "att av balanskravsresultatet om 23,4 mnkr reservera",
             "att överföra ej förbrukade investeringsmedel om 31,7 mnkr",
             "att uppdra åt socialnämnden att senast den 30 september 2026"]),
    q("Why did the opposition members of Videberga's executive board enter a reservation against raising the "
      "budget for rebuilding Videbergaskolan?", "en", "passage", E, 4,
      ["En kostnadsökning på 14,5 mnkr, eller drygt 20 procent, borde ha föranlett en ny prövning",
       "Alternativet att bygga om skolan i etapper"],
      "They argued that a cost increase of 14.5 mnkr (over 20 percent) should have led to a new review, "
      "that rebuilding in stages with the urgent moisture remediation first was never investigated, and "
      "that pupils' schooling during construction was not considered."),
    none("Who was hired as Videberga municipality's new head of communications?", "en"),
    none("Hur stort underskott redovisade barn- och utbildningsnämnden i Videberga för 2025?", "sv"),

    # ------------------------------------------------------------ (f) Ljungsäter, skolresultat åk 9
    q("Hur stor andel av niorna på Hagaskolan i Ljungsäter blev behöriga till gymnasiet våren 2025?", "sv",
      "figure", F, 2,
      ["Hagaskolan F–9 54 90,7 241,6 +8,6"],
      "90,7 procent av 54 elever; meritvärdet var 241,6.",
      [fig(90.7, "procent", "90,7")]),
    q("How many pupils in Ljungsäter received final grades from year 9 in spring 2025?", "en", "figure", F, 1,
      ["Våren 2025 fick 1 066 elever slutbetyg från årskurs 9"],
      "1 066 pupils, of whom 893 (83.8 percent) were eligible for a vocational upper secondary programme.",
      [fig(1066, "antal", "1 066 elever")]),
    q("Vilka skolor i Ljungsäter hade färre än 80 procent behöriga elever i årskurs 9?", "sv", "list", F, 2,
      ["Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminen 2025"],
      "Fem: Säterskolan (76,8), Norrängsskolan (76,1), Östra Ljungs skola (75,7), Kyrkbyskolan (78,5) och "
      "Tallbackens skola (74,6).",
      items=["Säterskolan 112 76,8 208,3",
             "Norrängsskolan 88 76,1 199,5",
             "Östra Ljungs skola 37 75,7",
             "Kyrkbyskolan 65 78,5 214,7",
             "Tallbackens skola 59 74,6"]),
    q("Which schools in Ljungsäter saw their average merit rating drop compared with the year before?", "en",
      "list", F, 2,
      ["Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminen 2025"],
      "Six: Ljungskolan (−3.3), Säterskolan (−4.4), Norrängsskolan (−5.7), Lillsjöskolan F–9 (−3.6), "
      "Novaskolan Ljungsäter (−2.5) and Tallbackens skola (−5.6).",
      items=["Ljungskolan 96 86,5 232,8",
             "Säterskolan 112 76,8 208,3",
             "Norrängsskolan 88 76,1 199,5",
             "Lillsjöskolan F–9 29 93,1",
             "Novaskolan Ljungsäter (fristående) 78",
             "Tallbackens skola 59 74,6"]),
    q("Vilka områden vill förvaltningen i Ljungsäter satsa på för att lyfta elevernas resultat nästa läsår?",
      "sv", "list", F, 3,
      ["Förvaltningen bedömer att följande utvecklingsområden ska prioriteras under läsåret 2025/2026"],
      "Studiero i högstadiet, åtgärdsplaner för skolor under 80 procent behöriga, månatlig uppföljning av "
      "närvaron, likvärdig bedömning genom sambedömning samt bättre övergång från mellan- till högstadiet.",
      items=["Studieron ska förbättras i högstadiet",
             "Skolor med en andel behöriga under 80 procent",
             "Närvaron ska följas upp varje månad",
             "Likvärdigheten i bedömning och betygssättning ska stärkas",
             "Övergången från mellanstadiet till högstadiet ska förbättras"]),
    q("Vad förklarar enligt Ljungsäters rapport att Norrängsskolan och Tallbackens skola tappade i meritvärde?",
      "sv", "passage", F, 2,
      ["Båda skolorna har haft en hög personalomsättning och flera obehöriga lärare i matematik"],
      "Hög personalomsättning och flera obehöriga lärare i matematik och moderna språk under läsåret."),
    none("Hur många elever i årskurs 9 i Ljungsäter fick betyget F i matematik våren 2025?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, item in enumerate(Q, 1):
            rec = {"id": f"t{4000 + n}", **item}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
