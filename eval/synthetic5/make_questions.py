"""Writes ../heldout_syn5.jsonl: 40 HELD-OUT gold questions (y5001–y5040) about the five synthetic5 PDFs.

Held-out data: not to be used for tuning, training or threshold fitting.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn5.jsonl"

A = "klintehamra-socialnamnden-namndplan-2026.pdf"
B = "ormaker-manadsrapport-oktober-2026.pdf"
C = "rodberga-taxa-kultur-fritid-2026.pdf"
D = "region-siljetuna-handlingsplan-vantetider-2026-2027.pdf"
E = "tjarnaker-bun-protokoll-2026-04-22.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Klintehamra, socialnämndens nämndplan
    q("Hur stor är nettobudgeten för socialnämnden i Klintehamra år 2026?", "sv", "figure", A, 2,
      ["Socialnämndens nettobudget för 2026 uppgår till 612,4 mnkr"],
      "612,4 mnkr, vilket är 23,1 mnkr mer än budgeten för 2025.",
      [fig(612.4, "mnkr", "612,4 mnkr")]),
    q("Hur många tillsvidareanställda hade socialförvaltningen i Klintehamra hösten 2025?", "sv", "figure",
      A, 2,
      ["hade socialförvaltningen 1 184 tillsvidareanställda medarbetare, varav 86 procent kvinnor"],
      "1 184 tillsvidareanställda medarbetare vid utgången av oktober 2025, varav 86 procent kvinnor.",
      [fig(1184, "antal", "1 184 tillsvidareanställda")]),
    q("What sickness absence target has Klintehamra's social services committee set for 2026?", "en",
      "figure", A, 3,
      ["Sjukfrånvaro bland nämndens medarbetare (%) 9,6 8,8 8,2 7,8"],
      "At most 8.8 percent in 2026 (outcome 2025: 9.6 percent; targets 8.2 for 2027 and 7.8 for 2028).",
      [fig(8.8, "procent", "8,8")]),
    q("Vilka indikatorer i socialnämndens nämndplan i Klintehamra har samma målvärde för 2028 som för 2027?",
      "sv", "list", A, 3,
      ["Tabell 2. Nämndmål och indikatorer med målvärden 2026–2028"],
      "Tre indikatorer: handläggningstid för ekonomiskt bistånd (12 dagar), antal personer i kommunala "
      "extratjänster (60) och andel boende i särskilt boende med aktuell genomförandeplan (100 %).",
      items=["Handläggningstid för ansökan om ekonomiskt bistånd",
             "Antal personer anställda i kommunala extratjänster",
             "Andel boende i särskilt boende med aktuell"]),
    q("Which indicators does Klintehamra's social services committee use to follow up its goal that older "
      "people should live safe and independent lives?", "en", "list", A, 3,
      ["Nämndmål 3. Äldre ska kunna leva ett tryggt och självständigt liv"],
      "Four: the number of different staff a home-care recipient meets in 14 days, the share of nursing-home "
      "residents with an up-to-date care plan, falls leading to hospital care among users aged 65+, and the "
      "share of home-care recipients who feel safe at home.",
      items=["Antal olika personal som en hemtjänsttagare möter",
             "Andel boende i särskilt boende med aktuell",
             "Antal fallskador som lett till sjukhusvård",
             "Andel hemtjänsttagare som känner sig trygga hemma"]),
    q("Hur och när följer Klintehamras socialnämnd upp sin nämndplan under året?", "sv", "passage", A, 4,
      ["Nämndplanen följs upp tre gånger per år.",
       "Delårsrapporten per den 31 augusti innehåller en bedömning av om varje nämndmål"],
      "Tre gånger per år: i månadsrapporterna per april och oktober (indikatorer och ekonomisk prognos) och "
      "i delårsrapporten per 31 augusti med en bedömning av varje nämndmål; därtill en samlad bedömning i "
      "verksamhetsberättelsen."),
    none("Vilket målvärde för sjukfrånvaron har socialnämnden i Klintehamra satt för år 2029?", "sv"),
    none("Hur många platser på särskilda boenden har Klintehamra kommun?", "sv"),

    # ------------------------------------------------------------ (b) Ormåker, månadsrapport oktober 2026
    q("Vilket resultat för helåret 2026 prognostiserar Ormåkers kommun i oktoberrapporten?", "sv", "figure",
      B, 1,
      ["Kommunens prognostiserade resultat för helåret 2026 uppgår till 8,0 mnkr"],
      "8,0 mnkr, vilket är 23,5 mnkr lägre än det budgeterade resultatet på 31,5 mnkr.",
      [fig(8.0, "mnkr", "8,0 mnkr")]),
    q("How large a deficit does Ormåker forecast for elderly care for 2026?", "en", "figure", B, 2,
      ["Äldreomsorg 348 200 302 870 361 500 −13 300 −11 800"],
      "13 300 tkr (forecast 361 500 tkr against a budget of 348 200 tkr), 1 500 tkr worse than in September.",
      [fig(-13300, "tkr", "−13 300")]),
    q("Hur mycket hade Ormåker investerat till och med oktober 2026?", "sv", "figure", B, 4,
      ["Investeringsutfallet till och med oktober uppgår till 75,0 mnkr"],
      "75,0 mnkr av en investeringsbudget på 103,9 mnkr; helårsprognosen är 103,1 mnkr.",
      [fig(75.0, "mnkr", "75,0 mnkr")]),
    q("Vilka verksamheter i Ormåker väntas gå med underskott mot budget 2026 enligt oktoberprognosen?", "sv",
      "list", B, 2,
      ["Avvikelse = budget minus prognos. Negativt belopp (−) innebär prognostiserat underskott."],
      "Sex verksamheter: räddningstjänst, gata/park/fritidsanläggningar, förskola, äldreomsorg, stöd till "
      "personer med funktionsnedsättning samt individ- och familjeomsorg.",
      items=["Räddningstjänst 31 600 27 010 32 450",
             "Gata, park och fritidsanläggningar 52 300",
             "Förskola 186 500 157 380 189 700",
             "Äldreomsorg 348 200 302 870 361 500",
             "Stöd till personer med funktionsnedsättning 164 900",
             "Individ- och familjeomsorg 96 700 86 930"]),
    q("Which Ormåker operations are forecast to overrun their 2026 budget by more than 5 million kronor?",
      "en", "list", B, 2,
      ["Tabell 1. Driftredovisning per verksamhet, helårsprognos 2026 (tkr)"],
      "Elderly care (−13 300 tkr), support for people with disabilities (−5 400 tkr) and individual and "
      "family care (−7 500 tkr).",
      items=["Äldreomsorg 348 200 302 870 361 500",
             "Stöd till personer med funktionsnedsättning 164 900",
             "Individ- och familjeomsorg 96 700 86 930"]),
    q("Vilka investeringsprojekt i Ormåker beräknas kosta mer än budgeterat 2026?", "sv", "list", B, 4,
      ["Ombyggnaden av brandstationen blir dyrare än beräknat eftersom stommen visade sig"],
      "Ombyggnaden av brandstationen (−2 700 tkr), gång- och cykelvägen Ormåker–Sjöhagen (−1 550 tkr) och "
      "konstgräsplanen vid Tallbacksvallen (−600 tkr).",
      items=["Ombyggnad av Ormåkers brandstation 18 500",
             "Gång- och cykelväg Ormåker–Sjöhagen 9 800",
             "Konstgräsplan vid Tallbacksvallen 6 800 6 950"]),
    q("Varför väntas äldreomsorgen i Ormåker överskrida sin budget?", "sv", "passage", B, 3,
      ["antalet beviljade hemtjänsttimmar har ökat med 11 procent jämfört med samma period",
       "höga kostnader för sjuksköterskor från bemanningsföretag"],
      "Fler beviljade hemtjänsttimmar (+11 procent), höga kostnader för inhyrda sjuksköterskor och dubbla "
      "personalkostnader när två nya avdelningar öppnade på Ängsgården."),
    none("Vilken helårsprognos har VA-verksamheten i Ormåker för 2026?", "sv"),
    none("Hur hög var sjukfrånvaron bland Ormåkers medarbetare i oktober 2026?", "sv"),

    # ------------------------------------------------------------ (c) Rödberga, avgifter kultur och fritid
    q("Vad kostar en engångsbiljett för en vuxen i Rödbergas simhall 2026?", "sv", "figure", C, 2,
      ["Vuxen, engångsbiljett 70 per besök"],
      "70 kronor per besök.",
      [fig(70, "kr", "70 per besök")]),
    q("Med hur mycket har Rödbergas avgifter inom kultur och fritid räknats upp inför 2026?", "sv", "figure",
      C, 1,
      ["Avgifterna har räknats upp med 3,5 procent jämfört med 2025"],
      "3,5 procent jämfört med 2025, avrundat till hela fem- eller tiotal kronor; föreningarnas "
      "ungdomsverksamhet och kulturskolans ämneskurser har inte räknats upp.",
      [fig(3.5, "procent", "3,5 procent")]),
    q("Vad får en förening i Rödberga betala för att hyra stora salen i Kulturhuset Smedjan en hel dag?",
      "sv", "figure", C, 3,
      ["Kulturhuset Smedjan, stora salen – förening 1 200 per dag"],
      "1 200 kronor per dag (övriga hyresgäster betalar 4 500 kronor).",
      [fig(1200, "kr", "1 200 per dag")]),
    q("Vilka avgifter gäller för Rödbergas kulturskola 2026?", "sv", "list", C, 3,
      ["Kulturskolans avgifter debiteras per termin. Elever som får ekonomiskt bistånd"],
      "Ämneskurs 850 kr/termin, ytterligare ämne 425 kr, gruppkurs i dans, teater eller bild 600 kr, "
      "instrumenthyra 300 kr per termin och prova på-kurs 200 kr.",
      items=["Ämneskurs, instrument eller sång 850",
             "Ämneskurs, ytterligare ämne för samma elev",
             "Gruppkurs i dans, teater eller bild",
             "Instrumenthyra 300 per termin",
             "Prova på-kurs, fyra tillfällen 200"]),
    q("Which hourly rates for Rödberga's sports halls and gymnasiums are higher than 300 kronor?", "en",
      "list", C, 2,
      ["Rödbergahallen kan delas i två halvor med skiljevägg."],
      "Three: the full Rödbergahallen for other tenants on weekdays (620 kr) and at weekends (720 kr), and "
      "half the hall for other tenants (340 kr).",
      items=["Rödbergahallen, hel hall – övriga hyresgäster, vardagar",
             "Rödbergahallen, hel hall – övriga hyresgäster, helger",
             "Rödbergahallen, halv hall – övriga hyresgäster"]),
    q("Vad händer om man avbokar en lokal i Rödberga sent?", "sv", "passage", C, 1,
      ["Avbokning av en enstaka bokning ska göras senast 14 dagar före hyrestillfället.",
       "Vid senare avbokning debiteras halva avgiften"],
      "Avbokning ska ske senast 14 dagar före; senare avbokning kostar halva avgiften och avbokning senare "
      "än 48 timmar före hela avgiften. Säsongsbokningar kan avbokas kostnadsfritt till 1 september "
      "respektive 1 december."),
    none("How much does it cost to rent the ice rink in Rödberga?", "en"),
    none("Hur stor syskonrabatt ger Rödbergas kulturskola?", "sv"),

    # ------------------------------------------------------------ (d) Region Siljetuna, handlingsplan
    q("Hur många patienter i Region Siljetuna väntade vid utgången av 2025 mer än tre månader på operation?",
      "sv", "figure", D, 1,
      ["Vid utgången av 2025 väntade 14 812 patienter längre än 90 dagar"],
      "14 812 patienter väntade längre än 90 dagar på en operation eller åtgärd.",
      [fig(14812, "antal", "14 812 patienter")]),
    q("Vilka åtgärder i Region Siljetunas handlingsplan för väntetider är försenade enligt statusrapporten "
      "i april 2026?", "sv", "list", D, 2,
      ["Tabell 1. Åtgärder, ansvar, tidplan och status per 2026-04-15"],
      "Fyra: två nya operationssalar för dagkirurgi i Bruksviken, mottagningen för snabb bedömning av barn "
      "och unga, minskad andel inhyrda sjuksköterskor inom kirurgin och samordningen av steriltekniken.",
      items=["Öppna ytterligare två operationssalar för dagkirurgi",
             "Inrätta en mottagning för snabb bedömning",
             "Minska andelen inhyrda sjuksköterskor inom kirurgin",
             "Samordna steriltekniken så att operationsinstrument alltid"]),
    q("Which measures in Region Siljetuna's waiting-time action plan is the psychiatry division "
      "responsible for?", "en", "list", D, 2,
      ["Inrätta en mottagning för snabb bedömning av barn och unga med psykisk ohälsa"],
      "Three: a standardised pathway for adult ADHD assessment, a clinic for rapid assessment of children and "
      "young people with mental ill-health, and internet-based CBT for mild and moderate depression and "
      "anxiety.",
      items=["Inför standardiserat förlopp för utredning av adhd",
             "Inrätta en mottagning för snabb bedömning",
             "Erbjud internetbaserad KBT vid lindrig och medelsvår"]),
    q("Vilka av Region Siljetunas åtgärder mot långa väntetider ska vara genomförda senast den 30 juni 2026?",
      "sv", "list", D, 2,
      ["Validera samtliga väntelistor för operation och avför inaktuella remisser Område kirurgi"],
      "Gemensam produktionsplanering för operation, validering av väntelistorna, realtidsrapportering av "
      "ledig vårdplatskapacitet och en bemanningsplan för operations- och anestesisjuksköterskor.",
      items=["Inför gemensam produktionsplanering för operation vid",
             "Validera samtliga väntelistor för operation och avför",
             "Rapportera ledig vårdplatskapacitet i realtid",
             "Ta fram en bemanningsplan för operations- och"]),
    q("How will progress on Region Siljetuna's action plan for shorter waiting times be monitored?", "en",
      "passage", D, 3,
      ["rapporterar status för sina åtgärder till hälso- och sjukvårdsstaben den femte arbetsdagen varje månad",
       "Regionstyrelsen får en samlad uppföljning av handlingsplanen i samband med delårsrapporterna"],
      "Each responsible function reports monthly to the health care staff unit, which reports to the "
      "management group; delayed measures need a catch-up proposal. The regional board gets a combined "
      "follow-up with the April and August interim reports and the annual report, and the plan is revised "
      "yearly."),
    none("Vad kostar Region Siljetunas handlingsplan för kortare väntetider totalt?", "sv"),
    none("Vilka åtgärder för kortare väntetider i tandvården ingår i Region Siljetunas handlingsplan?", "sv"),

    # ------------------------------------------------------------ (e) Tjärnåker, BUN-protokoll
    q("What was the result of the vote on the school organisation in the Norrtjärn area at Tjärnåker's "
      "education committee meeting in April 2026?", "en", "figure", E, 3,
      ["Med 7 ja-röster mot 4 nej-röster beslutar nämnden enligt förvaltningens förslag"],
      "7 votes to 4 in favour of the administration's proposal to close Hedgården school; the (S) and (V) "
      "members entered a reservation.",
      [fig(7, "antal", "7 ja-röster"), fig(4, "antal", "4 nej-röster")]),
    q("Vilket underskott prognostiserade barn- och utbildningsnämnden i Tjärnåker för helåret 2026 vid "
      "uppföljningen i mars?", "sv", "figure", E, 2,
      ["Helårsprognosen visar ett underskott på 4,6 mnkr"],
      "Ett underskott på 4,6 mnkr, motsvarande 0,5 procent av nettobudgeten på 842,6 mnkr.",
      [fig(4.6, "mnkr", "4,6 mnkr")]),
    q("Vad beslutade barn- och utbildningsnämnden i Tjärnåker om skolorganisationen i Norrtjärnsområdet?",
      "sv", "list", E, 3,
      ["att Hedgårdens skola F–3 läggs ned från och med höstterminen 2027"],
      "Hedgårdens skola F–3 läggs ned från höstterminen 2027, eleverna erbjuds plats i Norrtjärns skola F–6, "
      "skolskjutsorganisationen utreds till 2026-10-31, en plan för lokalanpassningar tas fram och beslutet "
      "gäller under förutsättning att fullmäktige beviljar investeringsmedel.",
      items=["att Hedgårdens skola F–3 läggs ned",
             "att elever i Hedgårdens upptagningsområde erbjuds placering",
             "att ge förvaltningen i uppdrag att utreda skolskjutsorganisationen",
             "att ge förvaltningen i uppdrag att ta fram",
             "att beslutet gäller under förutsättning att kommunfullmäktige"]),
    q("Vilka skolor i Tjärnåker tilldelas mer än 400 tkr ur nämndens pengar till lovskola och läxhjälp?",
      "sv", "list", E, 3,
      ["Nämnden har i budget 2026 avsatt 2 200 tkr för lovskola och läxhjälp"],
      "Tjärnåkersskolan 7–9 (640 tkr), Centrumskolan F–6 (410 tkr) och Solbackens skola 4–9 (440 tkr).",
      items=["Tjärnåkersskolan 7–9 412 640", "Centrumskolan F–6 356 410", "Solbackens skola 4–9 301 440"]),
    q("Hur motiverade reservanterna i Tjärnåkers barn- och utbildningsnämnd sitt nej till att lägga ned "
      "Hedgårdens skola?", "sv", "passage", E, 3,
      ["Beslutet fattas utan att konsekvenserna för de yngsta barnen är tillräckligt utredda",
       "Byn förlorar sin enda kommunala verksamhet"],
      "Konsekvenserna för de yngsta barnen är inte utredda (upp till en timme längre skoldag med skolskjuts), "
      "byn förlorar sin enda kommunala verksamhet och renoveringsbehovet har inte prövats mot en mindre "
      "upprustning."),
    q("Vilka skäl angav förvaltningen i Tjärnåker för att slå ihop Hedgårdens skola med Norrtjärns skola?",
      "sv", "passage", E, 2,
      ["en sammanslagning ger eleverna bättre tillgång till behöriga lärare, elevhälsa och ett bredare "
       "socialt sammanhang",
       "Skolbyggnaden behöver renoveras för uppskattningsvis 14 mnkr"],
      "Minskande elevunderlag (38 elever, 29 väntas 2028/2029), ett renoveringsbehov på cirka 14 mnkr, "
      "bättre tillgång till behöriga lärare, elevhälsa och ett bredare socialt sammanhang samt cirka "
      "2,3 mnkr lägre kostnader per år."),
    none("Hur många elever går på gymnasieskolan i Tjärnåker?", "sv"),
    none("How much did Tjärnåker's education committee spend on school meals in 2025?", "en"),
]

with open(OUT, "w", encoding="utf-8") as fh:
    for n, x in enumerate(Q, 1):
        fh.write(json.dumps({"id": f"y{5000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
