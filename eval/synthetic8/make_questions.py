"""Writes ../train_syn8.jsonl: 45 gold questions (t8001–t8045) about the five synthetic8 PDFs.

20 list (18 conditional, 2 complete), 14 figure, 5 passage, 6 none; 33 in Swedish and 12 in English
(6 English lists). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn8.jsonl"

A = "alvsater-bun-namndplan-2026.pdf"
B = "region-malarbotten-granskning-ambulanssjukvard-2026.pdf"
C = "hagfjarda-sn-delarsrapport-aug-2026.pdf"
D = "tornbacka-ks-protokoll-2026-05-18.pdf"
E = "vindeborg-kfn-foreningsbidrag-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Alvsäter, BUN nämndplan 2026
    q("Vilken andel av niorna i Alvsäter ska enligt nämndplanen vara behöriga till ett yrkesprogram 2026?",
      "sv", "figure", A, 2,
      ["Andel elever i åk 9 behöriga till yrkesprogram, % 81,4 (2025) 86,0"],
      "Målvärdet är 86,0 procent, jämfört med utgångsvärdet 81,4 procent 2025.",
      [fig(86.0, "procent", "86,0")]),
    q("How many pupils in Alvsäter had long-term problematic absence at the baseline of the committee plan?",
      "en", "figure", A, 3,
      ["Antal elever med långvarig problematisk frånvaro 42 (2025) 25"],
      "42 pupils in 2025; the target for 2026 is 25.",
      [fig(42, "antal", "42 (2025)")]),
    q("Med hur många procent ökar budgetramen för Alvsäters barn- och utbildningsnämnd 2026 jämfört med året innan?",
      "sv", "figure", A, 1,
      ["en ökning med 41,2 mnkr eller 3,3 procent jämfört med 2025"],
      "Med 3,3 procent, eller 41,2 mnkr, till 1 284,6 mnkr.",
      [fig(3.3, "procent", "3,3 procent")]),
    q("Vilka av uppdragen till förvaltningen i Alvsäters nämndplan har man ännu inte börjat arbeta med?",
      "sv", "list", A, 4,
      ["Ett kryss markerar i vilket skede uppdraget befinner sig"],
      "Fyra uppdrag är inte påbörjade: riktlinjerna för tilläggsbelopp, kompetensförsörjningsplanen för "
      "förskolan, upphandlingen av schemaläggningssystem och rutinen för överlämning förskola–förskoleklass.",
      items=["Revidera riktlinjerna för tilläggsbelopp", "Ta fram en kompetensförsörjningsplan för förskolan",
             "Upphandla ett nytt system för schemaläggning", "Ta fram en rutin för överlämning"]),
    q("Which of the assignments in Alvsäter's education committee plan had already been completed by December 2025?",
      "en", "list", A, 4,
      ["Ett kryss markerar i vilket skede uppdraget befinner sig"],
      "Five: the reading plan for the preschool class, digital absence reporting, the evaluation of the maths "
      "holiday school, the pupil health team for the introduction programmes and the safety walks.",
      items=["Ta fram en plan för läsfrämjande", "Införa digital frånvarorapportering i alla grundskolor",
             "Utvärdera försöket med lovskola i matematik", "Inrätta ett elevhälsoteam för gymnasieskolans",
             "Genomföra trygghetsvandringar med elevråden"]),
    q("Vilka indikatorer hör till Alvsäters mål om elevernas trygghet i skolan?", "sv", "list", A, 2,
      ["Mål 2.1 Eleverna känner sig trygga i skolan"],
      "Tre: andelen trygga elever i åk 5 och i åk 8 samt antalet anmälningar om kränkande behandling per "
      "100 elever.",
      items=["Andel elever i åk 5 som", "Andel elever i åk 8 som", "Antal anmälningar om kränkande behandling"]),
    q("Vilka av indikatorerna i Alvsäters nämndplan bygger på uppgifter från Skolverket?", "sv", "list", A, 2,
      ["Under varje mål anges de indikatorer som nämnden följer"],
      "Sex: behörighet till yrkesprogram, meritvärde, minst E i matematik i åk 6, nationellt prov i svenska "
      "i åk 3, examen inom tre år och andelen legitimerade lärare.",
      items=["Andel elever i åk 9 behöriga", "Genomsnittligt meritvärde i åk 9", "Andel elever i åk 6 med",
             "Andel elever i åk 3 med", "Andel elever med examen inom tre år",
             "Andel lärare med legitimation i grundskolan"]),
    q("Varför satsar Alvsäter särskilt på läsning i de lägsta årskurserna?", "sv", "passage", A, 1,
      ["Nämnden prioriterar därför tidiga och intensiva läsinsatser i förskoleklass",
       "var fjärde elev inte når upp till den förväntade nivån"],
      "Läsförmågan är grunden för allt lärande; var fjärde elev i åk 1 når inte förväntad nivå och elever med "
      "svag läsförmåga halkar efter i alla ämnen. Därför satsas på tidiga, intensiva läsinsatser med fler "
      "speciallärartimmar och en gemensam kartläggningsmodell."),
    none("Vilket målvärde för meritvärdet har Alvsäters barn- och utbildningsnämnd satt för 2028?", "sv"),

    # ------------------------------------------------------------ (b) Region Mälarbotten, revisionsrapport
    q("What recommendations did the auditors of Region Mälarbotten make about ambulance care?", "en", "list", B, 4,
      ["Mot bakgrund av granskningen lämnar vi följande rekommendationer"],
      "Six: follow up response times per municipality quarterly, plan round-the-clock staffing of the Skärvsta "
      "station, a common handover routine at the emergency departments, yearly follow-up of the patient "
      "transport contract, analyse nurse turnover, and clarify responsibility for prehospital preparedness.",
      items=["Säkerställ att responstiderna följs upp per kommun", "Ta fram en plan för hur",
             "Inför en gemensam rutin för överrapportering", "Följ upp avtalet med den externa utföraren",
             "Analysera orsakerna till den höga personalomsättningen",
             "Förtydliga ansvarsfördelningen mellan regionstyrelsen och hälso-"]),
    q("Inom vilka områden fann revisorerna i Region Mälarbotten allvarliga brister, alltså röd bedömning?",
      "sv", "list", B, 3,
      ["röd att det finns betydande brister"],
      "Tre områden: bemanning och schemaläggning (Skärvsta obemannad 41 nätter), kompetensförsörjning "
      "(17,8 procent personalomsättning) och avtalsuppföljning (inte uppföljt sedan 2023).",
      items=["Bemanning och schemaläggning Stationen i Skärvsta",
             "Kompetensförsörjning Personalomsättningen bland ambulanssjuksköterskor",
             "Avtalsuppföljning Avtalet om liggande sjuktransporter"]),
    q("Vilka granskningsområden fick gult i Region Mälarbottens granskning av ambulansverksamheten?",
      "sv", "list", B, 3,
      ["gul att det finns förbättringsområden och röd att det finns betydande brister"],
      "Fyra: mål och styrdokument, uppföljning av responstider, överrapportering på akutmottagningen och "
      "samverkan med räddningstjänsten.",
      items=["Mål och styrdokument Det finns", "Uppföljning av responstider Responstiderna följs upp",
             "Överrapportering på akutmottagningen Rutinerna skiljer sig",
             "Samverkan med räddningstjänsten Avtal om IVPA-larm"]),
    q("Which areas did Region Mälarbotten's auditors rate green?", "en", "list", B, 3,
      ["Grön innebär att området i allt väsentligt fungerar"],
      "Two: medical technical equipment and the handling of adverse events.",
      items=["Medicinteknisk utrustning Utrustningen underhålls enligt plan",
             "Avvikelsehantering Avvikelser rapporteras och analyseras"]),
    q("Hur stor var personalomsättningen bland ambulanssjuksköterskorna i Region Mälarbotten 2025?",
      "sv", "figure", B, 3,
      ["Personalomsättningen bland ambulanssjuksköterskor var 17,8 procent 2025"],
      "17,8 procent; området bedömdes som rött.",
      [fig(17.8, "procent", "17,8 procent")]),
    q("Hur stor andel av de mest brådskande ambulanslarmen i Region Mälarbotten tog över 20 minuter 2025?",
      "sv", "figure", B, 3,
      ["och i 23 procent av prio 1-larmen tog det mer än 20 minuter"],
      "23 procent av prio 1-larmen; medianresponstiden var 14 minuter (12 minuter 2023).",
      [fig(23, "procent", "23 procent")]),
    q("Hur bedömer revisorerna i Region Mälarbotten styrningen av ambulanssjukvården sammantaget?",
      "sv", "passage", B, 2,
      ["Vår samlade bedömning är att styrningen inte är tillräcklig"],
      "Styrningen är inte tillräcklig: tillgängligheten skiljer sig kraftigt mellan kommunerna och nämnden "
      "saknar underlag för att agera i tid när väntetiderna ökar. Utrustning och avvikelsehantering fungerar, "
      "men bemanningen nattetid, sjuksköterskeomsättningen och avtalsuppföljningen brister."),
    none("Hur många ambulansbilar står Region Mälarbotten beredda med under dygnets alla timmar?", "sv"),

    # ------------------------------------------------------------ (c) Hagfjärda, delårsrapport
    q("Vilka verksamheter inom Hagfjärdas socialnämnd beräknas gå mer än fem miljoner kronor back i år?",
      "sv", "list", C, 2,
      ["Avvikelse är budget minus prognos; ett negativt belopp innebär ett prognostiserat underskott"],
      "Tre: hemtjänsten (−7 600 tkr), insatser enligt LSS (−5 600 tkr) och individ- och familjeomsorgens "
      "placeringar (−9 500 tkr).",
      items=["Hemtjänst i ordinärt boende i egen", "Insatser enligt LSS: gruppbostäder, daglig verksamhet",
             "Individ- och familjeomsorg, placeringar av barn"]),
    q("Which of the social services activities in Hagfjärda are forecast to stay under budget for 2026?",
      "en", "list", C, 2,
      ["Avvikelse är budget minus prognos; ett negativt belopp innebär ett prognostiserat underskott"],
      "Five: joint administration (+400 tkr), home health care and rehabilitation (+700), social psychiatry "
      "(+600), financial assistance and labour market measures (+2 200) and refugee reception (+1 400).",
      items=["Nämnd och förvaltningsgemensam administration", "Hemsjukvård och rehabilitering i hemmet",
             "Socialpsykiatri och boendestöd för vuxna", "Ekonomiskt bistånd och arbetsmarknadsinsatser",
             "Flyktingmottagande och integration inklusive"]),
    q("Vilka av socialnämndens verksamheter i Hagfjärda har en helårsprognos på över 100 miljoner kronor?",
      "sv", "list", C, 2,
      ["Belopp i tusentals kronor (tkr), nettokostnader"],
      "Tre: hemtjänsten (126 200 tkr), särskilt boende för äldre (251 300 tkr) och insatser enligt LSS "
      "(145 100 tkr).",
      items=["Hemtjänst i ordinärt boende", "Särskilt boende för äldre", "Insatser enligt LSS: gruppbostäder"]),
    q("How much had Hagfjärda spent on financial assistance and labour market measures by the end of August?",
      "en", "figure", C, 2,
      ["Ekonomiskt bistånd och arbetsmarknadsinsatser 44 700 28 120 42 500 2 200"],
      "28 120 tkr (about 28.1 million kronor) of a 44 700 tkr budget; the full-year forecast is 42 500 tkr.",
      [fig(28120, "tkr", "28 120")]),
    q("Vad räknar Hagfjärda med att vården av vuxna missbrukare kostar för hela 2026?", "sv", "figure", C, 2,
      ["Vuxna med missbruk, öppenvård och institutionsvård 27 900 19 840 29 300 −1 400"],
      "Prognosen är 29 300 tkr, vilket är 1 400 tkr över budgeten på 27 900 tkr.",
      [fig(29300, "tkr", "29 300")]),
    q("Hur stort underskott prognostiserade Hagfjärdas socialnämnd efter årets första fyra månader?",
      "sv", "figure", C, 3,
      ["11,9 mnkr efter mars, 14,2 mnkr efter april, 17,6 mnkr"],
      "Ett underskott på 14,2 mnkr efter april; det växte sedan till 23,3 mnkr efter augusti.",
      [fig(14.2, "mnkr", "14,2 mnkr")]),
    q("Vad förklarar Hagfjärdas stora underskott för HVB- och familjehemsplaceringar av unga?",
      "sv", "passage", C, 3,
      ["Antalet barn och unga som är placerade på HVB har ökat"],
      "Antalet placerade på HVB ökade från 9 till 16, en placering kostar i snitt 6 200 kronor per dygn och "
      "kommunen saknar egna familjehem, så dyrare konsulentstödda familjehem har använts."),
    none("Hur mycket planerar socialnämnden i Hagfjärda att investera under 2026?", "sv"),

    # ------------------------------------------------------------ (d) Tornbacka, KS-protokoll
    q("Till vilka skickas Tornbacka kommunstyrelses beslut om att sälja Smedjan 4?", "sv", "list", D, 2,
      ["Fastigheten Smedjan 4 säljs till Lindholms Byggnads AB för 6 850 000 kronor"],
      "Till kommundirektören, ekonomichefen, mark- och exploateringsenheten, köparen Lindholms Byggnads AB och "
      "lantmäterienheten (för kännedom).",
      items=["Kommundirektör Camilla Norén", "Ekonomichef Robert Lund", "Mark- och exploateringsenheten",
             "Lindholms Byggnads AB", "Lantmäterienheten, för kännedom"]),
    q("Who is the Tornbacka executive board's decision on the new preschool in Kvarnhagen sent to?",
      "en", "list", D, 3,
      ["Kommunfullmäktige föreslås godkänna att en förskola med åtta avdelningar uppförs"],
      "To the municipal council (for decision), the education committee (for action), the technical "
      "administration's project department and the finance director.",
      items=["Kommunfullmäktige, för beslut", "Barn- och utbildningsnämnden, för åtgärd",
             "Tekniska förvaltningen, projektavdelningen", "Ekonomichef Robert Lund"]),
    q("Vad beslutade kommunstyrelsen i Tornbacka i ärendet om förskolan i Kvarnhagen?", "sv", "list", D, 3,
      ["Barn- och utbildningsnämnden har begärt en ny förskola i den norra kommundelen"],
      "Fem beslutspunkter: föreslå fullmäktige att bygga en förskola med åtta avdelningar, en investeringsram "
      "på 64,5 mnkr, finansiering genom upplåning, avveckling av Solgläntan och Myran samt en plan för "
      "lokalförsörjningen senast 2026-11-30.",
      items=["Kommunfullmäktige föreslås godkänna att en förskola", "Investeringsramen föreslås uppgå till 64,5 mnkr",
             "Investeringen finansieras genom upplåning", "Förskolorna Solgläntan och Myran avvecklas",
             "Barn- och utbildningsnämnden ska senast 2026-11-30"]),
    q("What did Tornbacka's executive board decide regarding the new guidelines on secondary employment?",
      "en", "list", D, 4,
      ["HR-avdelningen har tagit fram nya riktlinjer för bisysslor"],
      "Four points: the guidelines are adopted, they apply from 1 July 2026, all managers inform their staff "
      "during autumn 2026, and HR follows up and reports to the board in March 2027.",
      items=["Riktlinjer för bisysslor antas i enlighet", "Riktlinjerna gäller från den 1 juli 2026",
             "Samtliga chefer ska under hösten 2026", "HR-avdelningen ska följa upp tillämpningen"]),
    q("Vilket pris får Tornbacka kommun när Smedjan 4 säljs?", "sv", "figure", D, 2,
      ["Fastigheten Smedjan 4 säljs till Lindholms Byggnads AB för 6 850 000 kronor"],
      "6 850 000 kronor, 350 000 kronor över värderingen från februari 2026.",
      [fig(6850000, "kr", "6 850 000 kronor")]),
    q("According to the April follow-up, how large a deficit did Tornbacka's social services committee forecast?",
      "en", "figure", D, 2,
      ["Socialnämnden prognostiserar ett underskott om 14,9 mnkr och tekniska nämnden"],
      "A deficit of 14.9 million kronor (the technical committee 2.1 million); the municipality as a whole "
      "forecasts a result of 8.7 million, 12.4 million below budget.",
      [fig(14.9, "mnkr", "14,9 mnkr")]),
    q("Hur stor del av Tornbackas kalkyl för förskolan i Kvarnhagen går till möbler, utrustning och gården?",
      "sv", "figure", D, 3,
      ["varav 3,2 mnkr avser inventarier och utemiljö"],
      "3,2 mnkr av totalt 64,5 mnkr avser inventarier och utemiljö.",
      [fig(3.2, "mnkr", "3,2 mnkr")]),
    q("Varför vill Tornbackas kommunstyrelse inte införa fria bussresor för pensionärer?", "sv", "passage", D, 3,
      ["Förvaltningen bedömer att kostnaden inte ryms i den ekonomiska planen",
       "planerar regionens kollektivtrafikmyndighet ett rabatterat seniorkort från 2027"],
      "Kostnaden, 2,4 mnkr per år, ryms inte i planen när kommunen redan prognostiserar underskott och måste "
      "prioritera lagstadgad verksamhet; dessutom planerar kollektivtrafikmyndigheten ett rabatterat "
      "seniorkort från 2027. Styrelsen föreslår att motionen avslås."),
    none("Hur röstade ledamöterna i Tornbackas kommunstyrelse om den nya förskolan i Kvarnhagen?", "sv"),

    # ------------------------------------------------------------ (e) Vindeborg, föreningsbidrag
    q("Vilka föreningar i Vindeborg fick sina ansökningar om föreningsbidrag avslagna?", "sv", "list", E, 2,
      ["Förening Ändamål Sökt belopp (kr) Beviljat belopp (kr)"],
      "Fyra: Föreningen Kulturkvarnen (musikfestival), Vindeborgs Brukshundklubb (instruktörsutbildning), "
      "Vindeborgs Motorklubb (bullervall) och Vindeborgs Manskör (körresa till Estland).",
      items=["Föreningen Kulturkvarnen Musikfestival i augusti", "Vindeborgs Brukshundklubb Utbildning av nya",
             "Vindeborgs Motorklubb Bullervall vid crossbanan", "Vindeborgs Manskör Körresa till Estland"]),
    q("Vilka föreningar i Vindeborg fick precis så mycket som de hade ansökt om?", "sv", "list", E, 2,
      ["Förening Ändamål Sökt belopp (kr) Beviljat belopp (kr)"],
      "Fyra: PRO Vindeborg (30 000 kr), Södra Vindeborgs Byalag (40 000), Vindeborgs Simsällskap (55 000) och "
      "Funktionsrätt Vindeborg (35 000).",
      items=["PRO Vindeborg Friskvårdsaktiviteter för seniorer", "Södra Vindeborgs Byalag Drift av",
             "Vindeborgs Simsällskap Simskola för nyanlända", "Funktionsrätt Vindeborg Tillgänglighetsanpassade aktiviteter"]),
    q("Vilka föreningar i Vindeborg uppfyllde villkoren men fick ändå inga pengar i år?", "sv", "list", E, 2,
      ["Förening Ändamål Sökt belopp (kr) Beviljat belopp (kr)"],
      "Två fick 0 kronor: Scoutkåren Ulvarna (läger och utrustning) och Vindeborgs Orienteringsklubb (ny karta). "
      "De kan söka projektbidrag igen i september.",
      items=["Scoutkåren Ulvarna Lägerverksamhet och utrustning", "Vindeborgs Orienteringsklubb Ny orienteringskarta"]),
    q("Vilka föreningar i Vindeborg får minst 50 000 kronor i bidrag 2026?", "sv", "list", E, 2,
      ["Förening Ändamål Sökt belopp (kr) Beviljat belopp (kr)"],
      "Sex: Vindeborgs IK Fotboll (160 000), Hembygdsföreningen Gamla Vindeborg (60 000), IFK Vindeborg "
      "Handboll (110 000), Vindeborgs Ryttarsällskap (75 000), Föreningen Unga Röster (50 000) och "
      "Vindeborgs Simsällskap (55 000).",
      items=["Vindeborgs IK Fotboll", "Hembygdsföreningen Gamla Vindeborg", "IFK Vindeborg Handboll",
             "Vindeborgs Ryttarsällskap Nytt underlag", "Föreningen Unga Röster", "Vindeborgs Simsällskap Simskola"]),
    q("Vilka föreningar i Vindeborg ansökte om mer än 100 000 kronor?", "sv", "list", E, 2,
      ["Förening Ändamål Sökt belopp (kr) Beviljat belopp (kr)"],
      "Fem: Vindeborgs IK Fotboll (185 000), Föreningen Kulturkvarnen (150 000), IFK Vindeborg Handboll "
      "(120 000), Vindeborgs Ryttarsällskap (210 000) och Vindeborgs Motorklubb (300 000).",
      items=["Vindeborgs IK Fotboll Verksamhetsbidrag", "Föreningen Kulturkvarnen Musikfestival",
             "IFK Vindeborg Handboll Verksamhetsbidrag", "Vindeborgs Ryttarsällskap Nytt underlag",
             "Vindeborgs Motorklubb Bullervall"]),
    q("Hur mycket fick ryttarsällskapet i Vindeborg till ridbanan?", "sv", "figure", E, 2,
      ["Vindeborgs Ryttarsällskap Nytt underlag på ridbanan 210 000 75 000"],
      "75 000 kronor av sökta 210 000 kronor.",
      [fig(75000, "kr", "75 000")]),
    q("How much did the male voice choir in Vindeborg apply for?", "en", "figure", E, 2,
      ["Vindeborgs Manskör Körresa till Estland 60 000 Avslag"],
      "60,000 kronor for a choir trip to Estonia; the application was rejected.",
      [fig(60000, "kr", "60 000")]),
    q("Hur stor andel av Vindeborgs budgetram för föreningsbidrag delas ut i beslutet?", "sv", "figure", E, 1,
      ["vilket motsvarar 94,3 procent av den budgeterade ramen"],
      "94,3 procent: 707 000 kronor av ramen på 750 000 kronor; 43 000 kronor reserveras för projektbidrag.",
      [fig(94.3, "procent", "94,3 procent")]),
    q("What is the difference between being granted 0 kronor and a rejection in Vindeborg's association grants?",
      "en", "passage", E, 3,
      ["Beviljat belopp 0 kronor innebär att ansökan uppfyller riktlinjerna",
       "Avslag innebär att ansökan inte uppfyller villkoren i riktlinjerna"],
      "0 kronor means the application meets the guidelines but could not be prioritised within the budget; "
      "the association can apply again when project grants open in September. A rejection means the "
      "application does not meet the conditions, and a new application for the same purpose is not "
      "considered until next year."),
    none("How much did the tennis club in Vindeborg receive in grants for 2026?", "en"),
    none("Vilket datum betalar Vindeborgs kommun ut föreningsbidragen?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"t{8000 + i}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT.name, len(Q), "questions")
