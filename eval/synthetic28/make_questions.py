"""Writes ../train_syn28.jsonl: 70 gold questions (t28001–t28070) about the six synthetic28 PDFs.

28 figure, 14 list (13 conditional – 6 of them compare two cells of the same row – and 1 that asks for a whole
named table), 6 passage, 22 none; 52 in Swedish and 18 in English (8 English figures, 3 English lists, 1 English
passage, 6 English none). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Four questions (two figures, one list and one
passage) are about p. 2 of the Timmerhamn document, a scanned page without a text layer; their evidence is the text
printed in the image. The set weighs FIGURE questions (each answer shares its row, column or sentence with other
figures of the same unit) and NEAR-MISS none questions (same municipality, document and topic, but a fact the
documents do not give: a year that is not in the table, the sex split or the total that is not given, a cost, a
builder, a land price, a share of rental flats, the variable part of a fee).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn28.jsonl"

A = "bathalla-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
B = "eksarva-investeringsbudget-2027-2029.pdf"
C = "gyllsta-trafikforsorjningsprogram-2027-2030.pdf"
D = "hamrelund-folkhalsoprofil-2026.pdf"
E = "mossala-planprogram-detaljplaner-2027-2028.pdf"
F = "timmerhamn-sn-delegationsbeslut-serveringstillstand-kv3-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Båthälla, kvalitetsuppföljning särskilt boende
    q("Hur stor andel av de boende på Tussilagon i Båthälla var nöjda med sitt boende 2025?", "sv", "figure", A, 2,
      ["Tussilagon 74 80 +6 Båthälla 81 83 +2"],
      "74 procent 2025. Året efter, 2026, var andelen 80 procent (+6 procentenheter); kommunen som helhet hade 81 "
      "respektive 83 procent.",
      [fig(74, "procent", "74")]),
    q("How many different staff members did a resident of Malvagården in Båthälla meet during 14 days in 2026?",
      "en", "figure", A, 2, ["Malvagården 19 17 −2 Mölnegården 13 15 +2"],
      "17 staff members in 2026, down from 19 in 2025 (Båthälla as a whole: 15; the national value: 16).",
      [fig(17, "antal", "17")]),
    q("Vilket värde hade riket för personalkontinuiteten 2026 i Båthällas kvalitetsuppföljning?", "sv", "figure",
      A, 2, ["Båthälla 16 15 −1 Riket 17 16 −1"],
      "Riket hade 16 personal på 14 dagar 2026 (17 år 2025). Båthälla låg på 15 (16 år 2025).",
      [fig(16, "antal", "16")]),
    q("Hur många boende i Båthälla besvarade brukarenkäten om särskilt boende 2026?", "sv", "figure", A, 1,
      ["Enkäten skickades till 262 boende, och 187 av dem svarade"],
      "187 av de 262 boende som fick enkäten svarade, en svarsfrekvens på 71 procent.",
      [fig(187, "antal", "187")]),
    q("How many fall injuries were recorded at Mölnegården in Båthälla in 2026?", "en", "figure", A, 3,
      ["Mölnegården Egen regi 36 12 12 610 12 700 35 43"],
      "43 fall injuries in 2026, against 35 in 2025 (12,700 resident days; 3.4 per 1,000 days).",
      [fig(43, "antal", "43")]),
    q("På vilka boenden i Båthälla ökade antalet fallskador per tusen boendedygn från 2025 till 2026?", "sv",
      "list", A, 2, ["Boende 2025 2026 Förändring Bärnstenen 3,1 2,4 −0,7"],
      "På två boenden: Ebbagården (2,7 → 3,4) och Mölnegården (2,8 → 3,4). Alla andra boenden minskade.",
      items=["Ebbagården 2,7 3,4", "Mölnegården 2,8 3,4"]),
    q("Which care homes in Båthälla had a lower share of satisfied residents in 2026 than the national figure?",
      "en", "list", A, 2, ["Tussilagon 74 80 +6 Båthälla 81 83 +2 Riket 81 80 −1"],
      "Two homes were below the national 80 per cent: Ebbagården (76) and Malvagården (79). Tussilagon was exactly "
      "at 80.",
      items=["Ebbagården 79 76", "Malvagården 77 79"]),
    q("Varför blev det fler fallskador på Mölnegården i Båthälla under 2026?", "sv", "passage", A, 3,
      ["en avdelning i mars 2026 gjordes om till demensavdelning"],
      "En avdelning gjordes i mars 2026 om till demensavdelning; flera nyinflyttade hade hög fallrisk och det "
      "saknades rörelselarm i rummen de första månaderna. Fallskadorna ökade från 35 till 43."),
    none("Hur många av de boende på Malvagården i Båthälla svarade på brukarenkäten 2026?", "sv"),
    none("What share of the men living in Båthälla's care homes were satisfied with their home in 2026?", "en"),
    none("Vad kostar en plats på Gullregnet i Båthälla per år?", "sv"),
    none("Hur många olika medarbetare träffade de boende på Hemgläntan i Båthälla under 2024?", "sv"),

    # ------------------------------------------------------------ (b) Eksärva, investeringsbudget 2027–2029
    q("Hur mycket pengar avsätter Eksärva för den nya förskolan i Byvalla under 2028?", "sv", "figure", B, 2,
      ["BUN-01 Ny förskola Byvalla, sex avdelningar Pågående 18 500 24 000"],
      "24 000 tkr 2028 (18 500 tkr 2027; 42 500 tkr för perioden och 44 600 tkr totalt).",
      [fig(24000, "tkr", "24 000")]),
    q("Vad kostar det nya reningsverket i Gäddvik totalt, inräknat utgifterna före budgetperioden, enligt "
      "Eksärvas investeringsbudget?", "sv", "figure", B, 4,
      ["Det nya verket beräknas kosta 94 500 tkr, varav 3 500 tkr"],
      "94 500 tkr totalt, varav 3 500 tkr före 2027 och 91 000 tkr under 2027–2029.",
      [fig(94500, "tkr", "94 500 tkr")]),
    q("What is the total investment budget of Eksärva for the year 2029?", "en", "figure", B, 1,
      ["Totalt 88 400 141 900 98 300 328 600"],
      "98,300 tkr in 2029 (88,400 in 2027, 141,900 in 2028; 328,600 tkr for 2027–2029).",
      [fig(98300, "tkr", "98 300")]),
    q("Hur mycket får barn- och utbildningsnämnden i Eksärva investera under hela perioden 2027–2029?", "sv",
      "figure", B, 2, ["Summa barn- och utbildningsnämnden 27 600 46 200 15 600 89 400 91 500"],
      "89 400 tkr för 2027–2029 (27 600, 46 200 och 15 600 tkr per år); projektens totala utgift är 91 500 tkr.",
      [fig(89400, "tkr", "89 400")]),
    q("Hur stor del av de skattefinansierade investeringarna 2028 räknar Eksärva med att kunna betala med egna "
      "pengar?", "sv", "figure", B, 1, ["beräknas till 72 procent 2027, 41 procent 2028 och 68 procent 2029"],
      "41 procent 2028 (72 procent 2027 och 68 procent 2029; målet är minst 80 procent).",
      [fig(41, "procent", "41 procent")]),
    q("Vilka investeringsprojekt i Eksärva kostar mer än 20 miljoner kronor sammanlagt under 2027–2029?", "sv",
      "list", B, 2, ["Tabell 2.1–2.6 redovisar varje projekt med belopp i tkr per år."],
      "Fyra: förskolan i Byvalla (42 500 tkr), tillbyggnaden av Gäddviksskolan (33 600 tkr), renoveringen av "
      "Hällbybadet (25 500 tkr) och reningsverket i Gäddvik (91 000 tkr).",
      items=["BUN-01 Ny förskola Byvalla, sex avdelningar", "BUN-02 Tillbyggnad Gäddviksskolan Ny",
             "KFN-02 Renovering av Hällbybadet", "VA-01 Nytt reningsverk Gäddvik"]),
    q("Vilka av barn- och utbildningsnämndens projekt i Eksärva får mer pengar 2028 än 2027?", "sv", "list", B,
      2, ["2.2 Barn- och utbildningsnämnden Nr Projekt Typ 2027 2028 2029"],
      "Tre: förskolan i Byvalla (18 500 → 24 000 tkr), tillbyggnaden av Gäddviksskolan (4 200 → 16 800 tkr) och "
      "inventarierna till förskolan i Byvalla (0 → 2 400 tkr).",
      items=["BUN-01 Ny förskola Byvalla, sex avdelningar", "BUN-02 Tillbyggnad Gäddviksskolan Ny",
             "BUN-04 Inventarier förskola Byvalla"]),
    q("Vad ska vård- och omsorgsnämnden i Eksärva investera i enligt budgeten för 2027–2029?", "sv", "list", B, 2,
      ["Summa vård- och omsorgsnämnden 2 300 4 700 900 7 900 7 900"],
      "Tre projekt för sammanlagt 7 900 tkr: digitala trygghetslarm (1 400 tkr), ombyggnad av gruppbostaden "
      "Grönmo (3 800 tkr) och inventarier och hjälpmedel (2 700 tkr).",
      items=["VON-01 Digitala trygghetslarm Ny", "VON-02 Ombyggnad gruppbostad Grönmo",
             "VON-03 Inventarier och hjälpmedel"]),
    q("Varför dröjer bygget av bron över Mjödån i Eksärva?", "sv", "passage", B, 4,
      ["tillståndet för arbeten i vattenområdet inte väntas vara klart förrän under hösten 2028"],
      "Tillståndet för arbeten i vattenområdet väntas inte vara klart förrän hösten 2028, så bygget flyttas fram "
      "ett år och bron byggs 2028–2029 (14 700 tkr)."),
    none("Hur mycket investerade Eksärva kommun sammanlagt under 2025?", "sv"),
    none("Vilket byggföretag ska uppföra förskolan i Byvalla åt Eksärva?", "sv"),
    none("How many square metres will the new preschool in Byvalla in Eksärva have?", "en"),
    none("Hur mycket behöver Eksärva låna för investeringarna under 2028?", "sv"),

    # ------------------------------------------------------------ (c) Gyllsta, trafikförsörjningsprogram 2027–2030
    q("Hur många resor gjordes med linje 4 i Gyllsta under 2026?", "sv", "figure", C, 2,
      ["4 Gyllsta C – Bredsand via handelsområdet 36 139 800 152 300"],
      "152 300 resor 2026, mot 139 800 år 2025.",
      [fig(152300, "antal", "152 300")]),
    q("How many departures does bus line 2 in Gyllsta run on a normal weekday?", "en", "figure", C, 2,
      ["2 Gyllsta C – Hedby via lasarettet 52 298 600 301 200"],
      "52 departures per weekday (line 1 has 64, line 3 has 40).",
      [fig(52, "antal", "52")]),
    q("Vad kostar varje resa på linje 21 i Gyllsta kommun?", "sv", "figure", C, 2,
      ["21 Gyllsta – Holmsjö – Mörtviken 15 18 700 16 400 96 87"],
      "96 kronor per resa 2026; subventionsgraden är 87 procent.",
      [fig(96, "kr", "96")]),
    q("What is Gyllsta's target for the number of bus journeys per year by 2030?", "en", "figure", C, 3,
      ["Antal resor per år 1 187 800 1 217 100 1 400 000"],
      "1,400,000 journeys a year in 2030 (1,187,800 in 2025 and 1,217,100 in 2026).",
      [fig(1400000, "antal", "1 400 000")]),
    q("Hur stor blev nettokostnaden för busstrafiken i Gyllsta 2026?", "sv", "figure", C, 3,
      ["Biljettintäkter 12,2 12,6 13,1 Nettokostnad 22,7 21,9 23,1"],
      "21,9 mnkr enligt utfallet 2026, mot budgeterade 22,7 mnkr; budgeten för 2027 är 23,1 mnkr.",
      [fig(21.9, "mnkr", "21,9")]),
    q("Vilka busslinjer i Gyllsta tappade resenärer mellan 2025 och 2026?", "sv", "list", C, 2,
      ["Tabell 1. Linjerna 2026: utbud, resande och ekonomi"],
      "Tre: linje 3 till Eneby (176 400 → 171 900), linje 21 till Mörtviken (18 700 → 16 400) och linje 23 till "
      "Hagstad (29 900 → 28 600).",
      items=["3 Gyllsta C – Eneby", "21 Gyllsta – Holmsjö – Mörtviken", "23 Gyllsta – Hagstad"]),
    q("Which changes to the bus services in Gyllsta are planned for 2028?", "en", "list", C, 4,
      ["Förändringarna genomförs i regel vid tidtabellsskiftet i december, om inget annat anges."],
      "Three: line 21 is replaced by on-demand service between Holmsjö and Mörtviken (line 20 extended via "
      "Holmsjö), the city buses become electric when the new contract starts in June 2028, and a new line 5 to the "
      "Gruvbyn industrial area starts.",
      items=["Linje 21 ersätts av anropsstyrd närtrafik", "Stadstrafiken körs med elbussar när",
             "En ny linje 5 börjar"]),
    q("Varför vill Gyllsta ersätta linje 21 med anropsstyrd trafik?", "sv", "passage", C, 4,
      ["färre än fem resenärer per tur och den högsta kostnaden per resa"],
      "Linje 21 har i genomsnitt färre än fem resenärer per tur och den högsta kostnaden per resa i den "
      "linjelagda trafiken (96 kr); resorna minskade från 18 700 till 16 400."),
    none("Hur punktlig var linje 1 i Gyllsta under 2026?", "sv"),
    none("Vad kostar ett månadskort för vuxna på bussarna i Gyllsta?", "sv"),
    none("How many journeys did line 4 in Gyllsta have in 2024?", "en"),
    none("Vilket bussbolag kör stadstrafiken i Gyllsta i dag?", "sv"),

    # ------------------------------------------------------------ (d) Hamrelund, folkhälsoprofil 2026
    q("Hur stor andel av kvinnorna i Hamrelund hade nedsatt psykiskt välbefinnande 2025?", "sv", "figure", D, 2,
      ["Nedsatt psykiskt välbefinnande % 21 24 14 16 22 15 21 14 HLV"],
      "24 procent 2025 (21 procent 2022). Länet: 22 procent, riket: 21 procent för kvinnor; männen i Hamrelund 16.",
      [fig(24, "procent", "24")]),
    q("What was the life expectancy of men in Hamrelund in 2025?", "en", "figure", D, 3,
      ["Medellivslängd vid födseln år 83,6 83,9 79,8 80,4 84,0 80,6 84,3 81,2 SCB"],
      "80.4 years (79.8 in 2022); the county 80.6 and the country 81.2. Women in Hamrelund: 83.9.",
      [fig(80.4, "år", "80,4")]),
    q("Hur stor andel av männen i länet har fetma enligt Hamrelunds folkhälsoprofil?", "sv", "figure", D, 2,
      ["Fetma, BMI 30 eller mer % 17 19 18 21 18 20 16 17 HLV"],
      "20 procent av männen i länet 2025 (Hamrelund 21, riket 17; kvinnorna i länet 18).",
      [fig(20, "procent", "20")]),
    q("Hur högt var ohälsotalet bland kvinnor i Hamrelund 2022?", "sv", "figure", D, 3,
      ["Ohälsotal dagar 31,2 29,8 20,4 19,6 30,1 19,9 28,4 18,5 FK"],
      "31,2 dagar 2022; 2025 var det 29,8 dagar. Männen hade 20,4 respektive 19,6.",
      [fig(31.2, "antal", "31,2")]),
    q("Hur många män bodde i Hamrelund vid slutet av 2025?", "sv", "figure", D, 1,
      ["18 412 invånare 31 december 2025 9 086 kvinnor 9 326 män"],
      "9 326 män av 18 412 invånare den 31 december 2025 (9 086 kvinnor).",
      [fig(9326, "antal", "9 326")]),
    q("För vilka indikatorer låg kvinnorna i Hamrelund högre än kvinnorna i länet 2025?", "sv", "list", D, 2,
      ["Tabellen visar värdet för kvinnor och män i Hamrelund 2022 och 2025"],
      "Fem: fetma (19 mot 18), nedsatt psykiskt välbefinnande (24 mot 22), stress (20 mot 18), svåra sömnbesvär "
      "(11 mot 10) och unga som varken arbetar eller studerar (6,4 mot 6,0).",
      items=["Fetma, BMI 30 eller mer", "Nedsatt psykiskt välbefinnande %", "Besvär av stress %",
             "Svåra sömnbesvär %", "Unga 16–24 år som varken arbetar"]),
    q("Vilka indikatorer i Hamrelunds folkhälsoprofil visar en skillnad på mer än tio procentenheter mellan "
      "kvinnor och män 2025?", "sv", "list", D, 3, ["Tabell 1. Indikatorer för kvinnor och män (forts.)"],
      "Två: eftergymnasial utbildning (47 mot 31 procent) och otrygghet ute ensam sent på kvällen (31 mot 13 "
      "procent).",
      items=["Eftergymnasial utbildning 25–64 år", "Otrygga ute ensamma sent på kvällen"]),
    q("Why has the share of young people who neither work nor study increased in Hamrelund?", "en", "passage", D,
      4, ["att Hedströms Gjuteri stängde hösten 2024, då omkring 140 arbetstillfällen försvann"],
      "Mainly because Hedströms Gjuteri closed in autumn 2024 and about 140 jobs disappeared; many employees were "
      "young men without upper-secondary education."),
    none("Hur stor andel av kvinnorna i Hamrelund rökte dagligen 2018?", "sv"),
    none("What share of young people in Hamrelund use snus?", "en"),
    none("Hur stor andel av alla invånare i Hamrelund, kvinnor och män tillsammans, har fetma?", "sv"),
    none("Hur mycket pengar satsar Hamrelund på folkhälsoarbetet under 2027?", "sv"),

    # ------------------------------------------------------------ (e) Mossala, planprogram 2027–2028
    q("Hur många bostäder kan detaljplanen för Båtvarvet i Mossala ge?", "sv", "figure", E, 2,
      ["DP 2026:02 Båtvarvet Mossala hamn Bostäder, kontor och kaj Planuppdrag kv 2 2029 210"],
      "210 bostäder, programmets största plan; den väntas antas kv 2 2029.",
      [fig(210, "antal", "210")]),
    q("How many homes are in the detailed plans that Mossala expects to adopt during 2027?", "en", "figure", E, 1,
      ["Fyra planer väntas antas under 2027 med sammanlagt 166 bostäder"],
      "166 homes in four plans (Bastuholmen 120, Kvarteret Biografen 46; Getberget and Tallåsens förskola have "
      "none). The programme as a whole has 591.",
      [fig(166, "antal", "166 bostäder")]),
    q("När lämnade Mossala kommun planbesked för villatomterna i Hagmyren?", "sv", "figure", E, 3,
      ["DP 2025:06 Hagmyren Status: Planuppdrag PLANBESKED 2025-09-23"],
      "Planbeskedet lämnades 2025-09-23; planuppdraget kom 14 januari 2026.",
      [fig("2025-09-23", "datum", "2025-09-23")]),
    q("Vad beräknas planarbetet för kvarteret Biografen i Mossala kosta?", "sv", "figure", E, 3,
      ["PLANKOSTNAD 1 250 tkr, varav 400 tkr för bullerutredning"],
      "1 250 tkr, varav 400 tkr för bullerutredning.",
      [fig(1250, "tkr", "1 250 tkr")]),
    q("Vilka detaljplaner i Mossala befinner sig i samråds- eller granskningsskedet?", "sv", "list", E, 2,
      ["Nr Detaljplan Område Syfte Status Förväntat antagande Bostäder"],
      "Fyra: Bastuholmen (granskning), Ekhagen etapp 2 (samråd), Getberget verksamhetsområde (granskning) och "
      "Kvarteret Biografen (samråd).",
      items=["DP 2024:02 Bastuholmen", "DP 2025:01 Ekhagen etapp 2", "DP 2025:04 Getberget verksamhetsområde",
             "DP 2026:01 Kvarteret Biografen"]),
    q("Vilka planer i Mossalas planprogram ger fler än 50 bostäder?", "sv", "list", E, 2,
      ["Tabell 1. Detaljplaner i planprogrammet 2027–2028"],
      "Fyra: Bastuholmen (120), Ekhagen etapp 2 (64), Båtvarvet (210) och Mälteriet (85).",
      items=["DP 2024:02 Bastuholmen", "DP 2025:01 Ekhagen etapp 2", "DP 2026:02 Båtvarvet",
             "DP 2027:01 Mälteriet"]),
    q("Which detailed plans in Mossala are expected to be adopted in 2028?", "en", "list", E, 2,
      ["Grön markering till vänster: planen väntas antas under 2027. Kv = kvartal."],
      "Three: Ekhagen etapp 2 (Q1 2028), Hagmyren (Q4 2028) and Elverket (June 2028).",
      items=["DP 2025:01 Ekhagen etapp 2", "DP 2025:06 Hagmyren", "DP 2026:05 Elverket"]),
    q("Varför ligger planen för Hästskon i Mossala på is?", "sv", "passage", E, 4,
      ["korsningen mot riksvägen måste byggas om, och byggherren vill vänta på besked"],
      "Trafikutredningen visade att korsningen mot riksvägen måste byggas om, och byggherren vill vänta på besked "
      "om vem som ska betala; planen är vilande sedan augusti 2026."),
    none("Vad ska byggherren betala för marken på Bastuholmen i Mossala?", "sv"),
    none("How many of the homes at Båtvarvet in Mossala will be rental apartments?", "en"),
    none("Vilket datum fick Mälteriet i Mossala planbesked?", "sv"),

    # ------------------------------------------------------------ (f) Timmerhamn, serveringstillstånd (scanned p. 2)
    q("How many guests may Glasverandan in Timmerhamn serve under its temporary licence?", "en", "figure", F, 2,
      ["SN 2027/223 Glasverandan TA 12.00–01.00 280 Beviljas 2027-08-30"],
      "At most 280 guests (temporary licence to the public, 12.00–01.00, granted 2027-08-30).",
      [fig(280, "antal", "280")]),
    q("Vilket datum fick Mästerlotsen i Timmerhamn sitt serveringstillstånd?", "sv", "figure", F, 2,
      ["SN 2027/233 Mästerlotsen SA 11.00–01.00 110 Beviljas 2027-09-14"],
      "2027-09-14 (stadigvarande tillstånd till allmänheten, 11.00–01.00, högst 110 gäster).",
      [fig("2027-09-14", "datum", "2027-09-14")]),
    q("Hur många yttre tillsynsbesök gjorde Timmerhamns tillståndsenhet under 2026?", "sv", "figure", F, 3,
      ["Yttre tillsyn, antal besök 64 71 52"],
      "71 yttre tillsynsbesök 2026, mot 64 år 2025 och 52 under januari–september 2027.",
      [fig(71, "antal", "71")]),
    q("Vad får man betala i Timmerhamn för att söka tillfälligt serveringstillstånd för allmänheten?", "sv",
      "figure", F, 3, ["Tillfälligt tillstånd, allmänheten, per tillfälle 3 400 kr"],
      "3 400 kr per tillfälle (slutna sällskap: 750 kr; nytt stadigvarande tillstånd: 9 800 kr).",
      [fig(3400, "kr", "3 400 kr")]),
    q("Vilka serveringsställen i Timmerhamn fick tillfälliga serveringstillstånd under juli–september 2027?", "sv",
      "list", F, 2, ["Dnr Serveringsställe / sökande Typ Serveringstid Max gäster Beslut Datum"],
      "Fyra: Bollhallen (TA), Gillesstugan (TS), Glasverandan (TA) och Båtklubbens paviljong (TS).",
      items=["SN 2027/193 Bollhallen", "SN 2027/209 Gillesstugan", "SN 2027/223 Glasverandan",
             "SN 2027/238 Båtklubbens paviljong"]),
    q("Vilka typer av serveringstillstånd blev fler i Timmerhamn 2026 än 2025?", "sv", "list", F, 3,
      ["Tabell 1. Serveringstillstånd och tillsyn 2025 2026 Jan–sep 2027"],
      "Tre: stadigvarande tillstånd till allmänheten (38 → 41), stadigvarande cateringtillstånd (4 → 5) och "
      "tillfälliga tillstånd till allmänheten (22 → 27).",
      items=["Stadigvarande, allmänheten 38 41", "Stadigvarande, catering till slutna sällskap",
             "Tillfälliga, allmänheten 22 27"]),
    q("Varför fick Tullhuset i Timmerhamn avslag på sin ansökan om serveringstillstånd?", "sv", "passage", F, 2,
      ["Sökandens företrädare har inte klarat kunskapsprovet i alkohollagen efter tre försök"],
      "Företrädaren har inte klarat kunskapsprovet i alkohollagen efter tre försök, och bolaget har skulder hos "
      "Kronofogden (SN 2027/214, beslut 2027-08-17)."),
    none("Hur stor är den rörliga delen av tillsynsavgiften för en restaurang i Timmerhamn?", "sv"),
    none("How many inspection visits did Timmerhamn carry out at licensed premises in 2024?", "en"),
    none("Hur många liter alkohol serverades på restaurangerna i Timmerhamn under 2026?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            row = {"id": f"t{28000 + n}"}
            row.update(x)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} with {len(Q)} questions")


if __name__ == "__main__":
    main()
