"""Writes ../train_syn40.jsonl: 72 gold questions (t40001–t40072) about the six synthetic40 PDFs.

26 figure, 18 list (16 conditional – by an amount or share (turnover over 9 %, a share of women under 60 %,
investments over 100 mnkr, fires over 50 on the scanned page), by a comparison of two cells of a row (fewer staff
than a year before, a worse forecast than in March, more hired staff than a year before, fewer pupils in 2031,
more pupils in grades 7–9, key figures lower than in 2025, incident types that decreased on the scanned page), by a
status word (delayed, not started), by a deviation sign (a forecast deficit), by places vs children, by a
completion year, by the group the rows stand under (fires on the scanned page, the economic key figures) – and 2
that ask for a whole named list), 6 passage, 22 none (7 of them list-shaped); 54 in Swedish and 18 in English (7
English figures, 4 English lists, 2 English passages, 5 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check.
Five questions are about p. 2 of the Casselby document, a scanned page without a text layer (two figures, two lists
and one near-miss none question); the evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn40.jsonl"

A = "islinge-personalekonomisk-redovisning-2026.pdf"
B = "jordvalla-energi-och-klimatplan-uppfoljning-2026.pdf"
C = "region-wendmark-manadsrapport-april-2027.pdf"
D = "ysterby-barn-och-elevprognos-2027-2031.pdf"
E = "oxnehem-aret-i-sammandrag-2026.pdf"
F = "casselby-raddningstjansten-arsstatistik-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Islinge, personalekonomisk redovisning 2026
    q("Hur stor var sjukfrånvaron bland manliga anställda över 50 i Islinge kommun året 2025?", "sv", "figure",
      A, 3, ["50 år− 5,6 5,9 5,1 −0,8"],
      "5,9 procent av den ordinarie arbetstiden 2025. Året därpå, 2026, sjönk den till 5,1 procent.",
      [fig(5.9, "procent", "5,9")]),
    q("Vilken personalomsättning hade socialförvaltningen i Islinge 2026?", "sv", "figure", A, 2,
      ["Socialförvaltningen¹ 238 229 31 224,1 79,5 13,6"],
      "13,6 procent, den högsta av alla förvaltningar (kommunen totalt 9,3 procent).",
      [fig(13.6, "procent", "13,6")]),
    q("What was staff turnover in Islinge municipality in 2026 if retirements are left out?", "en", "figure", A, 2,
      ["Exklusive pensionsavgångar var omsättningen 6,1 procent"],
      "6.1 per cent. Including the 97 retirements, turnover was 9.3 per cent (10.3 per cent in 2025).",
      [fig(6.1, "procent", "6,1 procent")]),
    q("Hur många årsarbetare fanns det inom barn- och utbildningsförvaltningen i Islinge kommun vid slutet av 2026?",
      "sv", "figure", A, 2, ["Barn- och utbildningsförvaltningen 1 104 1 121 148 1 079,6 82,3 8,9"],
      "1 079,6 årsarbetare bland de 1 121 tillsvidareanställda.",
      [fig(1079.6, "antal", "1 079,6")]),
    q("Vad kostade inhyrd personal Islinge kommun 2026 jämfört med budget?", "sv", "figure", A, 4,
      ["Inhyrd personal 15,0 21,8 34,6 −6,8"],
      "21,8 mnkr, vilket är 6,8 mnkr mer än budgeten på 15,0 mnkr (2025: 34,6 mnkr).",
      [fig(21.8, "mnkr", "21,8")]),
    q("Vilka förvaltningar i Islinge kommun hade en personalomsättning på mer än 9 procent under 2026?", "sv",
      "list", A, 2, ["Socialförvaltningen¹ 238 229 31 224,1 79,5 13,6"],
      "Två: socialförvaltningen (13,6 procent) och vård- och omsorgsförvaltningen (10,4 procent). Barn- och "
      "utbildningsförvaltningen låg strax under med 8,9 procent.",
      items=["Socialförvaltningen¹ 238 229 31", "Vård- och omsorgsförvaltningen 1 012"]),
    q("Vilka förvaltningar i Islinge hade färre tillsvidareanställda vid utgången av 2026 än ett år tidigare?",
      "sv", "list", A, 2, ["Serviceförvaltningen 256 249 18 240,7 57,0 7,1"],
      "Socialförvaltningen (238 → 229, delvis för att arbetsmarknadsenheten flyttades) och serviceförvaltningen "
      "(256 → 249).",
      items=["Socialförvaltningen¹ 238 229 31", "Serviceförvaltningen 256 249 18"]),
    q("I vilka av Islinges förvaltningar var andelen kvinnor lägre än 60 procent 2026?", "sv", "list", A, 2,
      ["Samhällsbyggnadsförvaltningen 161 168 9 164,9 41,6 6,2"],
      "Samhällsbyggnadsförvaltningen (41,6 procent) och serviceförvaltningen (57,0 procent).",
      items=["Samhällsbyggnadsförvaltningen 161 168 9", "Serviceförvaltningen 256 249 18"]),
    q("Varför sjönk sjukfrånvaron bland Islinges medarbetare över 50 år?", "sv", "passage", A, 3,
      ["fler långtidssjukskrivna inom vård och omsorg har kunnat återgå i arbete"],
      "Främst för att fler långtidssjukskrivna inom vård och omsorg har kunnat återgå i arbete med stöd av de tre "
      "rehabiliteringskoordinatorer som anställdes våren 2026."),
    none("What was the sick leave rate among women in Islinge municipality in 2023?", "en"),
    none("Vilka förvaltningar i Islinge hade en personalomsättning på över 15 procent 2026?", "sv"),
    none("Hur hög var sjukfrånvaron bland männen på socialförvaltningen i Islinge 2026?", "sv"),

    # ------------------------------------------------------------ (b) Jordvalla, energi- och klimatplan, uppföljning 2026
    q("How much energy per square metre did Jordvalla municipality's own buildings use in 2026?", "en", "figure",
      B, 1, ["Energianvändningen i kommunens lokaler minskade till 149 kWh/m²"],
      "149 kWh per square metre, down from 154 kWh/m² the year before; the target for 2028 is 135 kWh/m².",
      [fig(149, "kWh/m²", "149 kWh/m²")]),
    q("Hur stor andel av Jordvallas fordonsflotta var fossilfri året innan, alltså 2025?", "sv", "figure", B, 1,
      ["ökade till 58 procent (46 procent 2025)"],
      "46 procent 2025. År 2026 var andelen 58 procent och målet är 80 procent.",
      [fig(46, "procent", "46 procent")]),
    q("När ska vindkraftstillägget till översiktsplanen i Jordvalla vara klart?", "sv", "figure", B, 3,
      ["för vindkraft Samhällsbyggnadsförvaltningen 2027-06-30 Ej påbörjad"],
      "Senast den 30 juni 2027 (2027-06-30). Åtgärden, som samhällsbyggnadsförvaltningen ansvarar för, var ännu "
      "inte påbörjad vid uppföljningen.",
      [fig("2027-06-30", "datum", "2027-06-30")]),
    q("Hur mycket solel producerade Jordvalla kommun själv 2026?", "sv", "figure", B, 3,
      ["Egenproducerad solel MWh 40 310 365 900"],
      "365 MWh, jämfört med 310 MWh 2025. Målet för 2028 är 900 MWh.",
      [fig(365, "MWh", "365")]),
    q("Vilka åtgärder i Jordvallas klimatplan är försenade?", "sv", "list", B, 2,
      ["1.3.2 Solceller på fyra förskolor Fastighetsavdelningen 2026-12-31 Försenad"],
      "Fem rader har status Försenad: 1.3 solceller på fem kommunala byggnader och delåtgärden 1.3.2 solceller på "
      "fyra förskolor, 2.2 laddplatser vid kommunens arbetsplatser och delåtgärden 2.2.2 laddplatser vid "
      "hemtjänstens baser, samt 4.2 klimatkrav vid upphandling av livsmedel.",
      items=["1.3 Installera solceller på fem", "1.3.2 Solceller på fyra förskolor",
             "2.2 Bygga laddplatser vid kommunens", "2.2.2 Laddplatser vid hemtjänstens baser",
             "4.2 Ställa klimatkrav vid upphandling"]),
    q("Which actions in Jordvalla's energy and climate plan have not been started yet?", "en", "list", B, 2,
      ["1.4 Styra ventilationen efter närvaro i skolornas lokaler"],
      "Two: 1.4, presence-controlled ventilation in school premises (due 2027-12-31), and 3.2, a thematic "
      "addition on wind power to the comprehensive plan (due 2027-06-30).",
      items=["1.4 Styra ventilationen efter närvaro", "3.2 Ta fram ett tematiskt tillägg"]),
    q("Vilka nya åtgärder föreslås i Jordvallas klimatplan inför 2027?", "sv", "list", B, 4,
      ["Utbilda kommunens upphandlare i klimatkrav"],
      "Fyra: en plan för laddning av kommunens tunga fordon, energiuppföljning per byggnad i realtid, utbildning "
      "av upphandlarna i klimatkrav och en utredning om klimatkompensation för flygresor.",
      items=["Ta fram en plan för laddning", "Införa energiuppföljning per byggnad i realtid",
             "Utbilda kommunens upphandlare i klimatkrav", "Utreda klimatkompensation för kommunens flygresor"]),
    q("Why are the solar panels on four preschools in Jordvalla delayed?", "en", "passage", B, 4,
      ["leverantören av anläggningarna gick i konkurs under sommaren"],
      "Because the supplier of the installations went bankrupt during the summer and the procurement has to be "
      "done again from the start."),
    none("Vad kostade solcellsanläggningen på Jordvallahallen?", "sv"),
    none("Hur mycket koldioxid släppte Jordvallas tjänsteresor och transporter ut under 2022?", "sv"),
    none("Vilka åtgärder i Jordvallas energi- och klimatplan ansvarar socialförvaltningen för?", "sv"),
    none("Vilka åtgärder i Jordvallas plan har avbrutits?", "sv"),

    # ------------------------------------------------------------ (c) Region Wendmark, månadsrapport april 2027
    q("Vad var utfallet för Division Kirurgi i Region Wendmark under januari–april jämfört med budget?", "sv",
      "figure", C, 2, ["Division Kirurgi 529,8 505,3 −24,5 1 516,0 1 584,0 −68,0 1 560,0"],
      "Nettokostnaden blev 529,8 mnkr mot en periodiserad budget på 505,3 mnkr, en negativ avvikelse på 24,5 mnkr.",
      [fig(529.8, "mnkr", "529,8")]),
    q("What full-year forecast does Region Wendmark give for Division Medicin in its April report?", "en",
      "figure", C, 2, ["Division Medicin 641,3 614,0 −27,3 1 842,0 1 905,0 −63,0 1 893,0"],
      "A net cost of 1,905.0 million kronor (mnkr) against a budget of 1,842.0 mnkr, i.e. a deficit of 63.0 mnkr; "
      "in March the forecast was 1,893.0 mnkr.",
      [fig(1905.0, "mnkr", "1 905,0")]),
    q("Vilket resultat räknar Region Wendmark med för helåret 2027 enligt aprilrapporten?", "sv", "figure", C, 1,
      ["För helåret prognostiserar regionen ett resultat på 30,0 mnkr"],
      "30,0 mnkr, vilket är 90,0 mnkr lägre än budgeterade 120,0 mnkr och 16,0 mnkr lägre än marsprognosen "
      "(46,0 mnkr).",
      [fig(30.0, "mnkr", "30,0 mnkr")]),
    q("Hur mycket kostade inhyrd personal inom Division Psykiatri i Region Wendmark under årets fyra första månader "
      "förra året?", "sv", "figure", C, 3, ["Division Psykiatri 148,9 +3,1 9,6 12,8"],
      "12,8 mnkr under januari–april 2026. Under samma period 2027 var kostnaden 9,6 mnkr.",
      [fig(12.8, "mnkr", "12,8")]),
    q("Hur stort underskott mot budget räknar Kollektivtrafiken i Region Wendmark med för helåret?", "sv",
      "figure", C, 2, ["Kollektivtrafik² 209,6 204,0 −5,6 612,0 626,0 −14,0 620,0"],
      "Ett underskott på 14,0 mnkr: prognosen är 626,0 mnkr mot en budget på 612,0 mnkr.",
      [fig(-14.0, "mnkr", "−14,0")]),
    q("Vilka divisioner och verksamheter i Region Wendmark prognostiserar ett underskott mot budget för helåret?",
      "sv", "list", C, 2, ["Division Primärvård¹ 420,9 412,7 −8,2 1 238,0 1 262,0 −24,0 1 265,0"],
      "Fyra: Division Medicin (−63,0 mnkr), Division Kirurgi (−68,0), Division Primärvård (−24,0) och "
      "Kollektivtrafik (−14,0).",
      items=["Division Medicin 641,3 614,0", "Division Kirurgi 529,8 505,3", "Division Primärvård¹ 420,9 412,7",
             "Kollektivtrafik² 209,6 204,0"]),
    q("Which divisions in Region Wendmark have a worse full-year forecast in April than they had in March?", "en",
      "list", C, 2, ["Kollektivtrafik² 209,6 204,0 −5,6 612,0 626,0 −14,0 620,0"],
      "Three: Division Medicin (1,893.0 → 1,905.0 mnkr), Division Kirurgi (1,560.0 → 1,584.0) and Kollektivtrafik "
      "(620.0 → 626.0). Division Primärvård improved slightly.",
      items=["Division Medicin 641,3 614,0", "Division Kirurgi 529,8 505,3", "Kollektivtrafik² 209,6 204,0"]),
    q("Inom vilka divisioner i Region Wendmark har kostnaden för inhyrd personal ökat jämfört med samma period 2026?",
      "sv", "list", C, 3, ["Division Kirurgi 356,2 +6,4 21,7 15,2"],
      "Division Medicin (14,9 → 18,4 mnkr), Division Kirurgi (15,2 → 21,7) och Division Primärvård (10,1 → 11,3).",
      items=["Division Medicin 412,6 +5,8", "Division Kirurgi 356,2 +6,4", "Division Primärvård 201,4 +4,2"]),
    q("Varför går Division Kirurgi i Region Wendmark mot ett underskott?", "sv", "passage", C, 3,
      ["två operationssalar har hållits stängda sedan februari"],
      "För att två operationssalar har varit stängda sedan februari på grund av brist på operationssjuksköterskor, "
      "samtidigt som vårdgarantin har tvingat fram operationer hos privata vårdgivare."),
    none("Hur stor budget har Division Psykiatri i Region Wendmark för 2028?", "sv"),
    none("What deviation from budget does Region Wendmark forecast for Folktandvården this year?", "en"),
    none("Vilka enheter i Region Wendmark väntas gå med ett överskott på mer än 20 mnkr för helåret?", "sv"),

    # ------------------------------------------------------------ (d) Ysterby, barn- och elevprognos 2027–2031
    q("Hur många barn i förskoleåldern väntas bo i Wallstena 2029 enligt Ysterbys prognos?", "sv", "figure", D, 2,
      ["Wallstena 214 226 238 247 255 262 +48 220 −42"],
      "247 barn i åldern 1–5 år år 2029, att jämföra med 214 år 2026.",
      [fig(247, "antal", "247")]),
    q("How many pupils aged 6 to 15 does Ysterby expect in Jonsbo in 2031?", "en", "figure", D, 3,
      ["Jonsbo 193 188 182 175 170 165 −28 −14,5"],
      "165 pupils in 2031, down from 193 in 2026 (−14.5 per cent).",
      [fig(165, "antal", "165")]),
    q("Med hur många procent beräknas antalet elever i Ismyra öka fram till 2031 i Ysterby kommun?", "sv",
      "figure", D, 3, ["Ismyra 342 353 365 376 387 397 +55 +16,1"],
      "Med 16,1 procent, från 342 till 397 elever (+55).",
      [fig(16.1, "procent", "+16,1")]),
    q("Hur många elever i årskurs 7–9 räknar Ysterby med i Wallstena 2031?", "sv", "figure", D, 4,
      ["Wallstena 176 224 128 166 139 168 443 558"],
      "168 elever i årskurs 7–9 år 2031, jämfört med 139 år 2026.",
      [fig(168, "antal", "168")]),
    q("I vilka områden i Ysterby räcker inte förskoleplatserna till barnen 2031?", "sv", "list", D, 2,
      ["Ismyra 168 171 176 180 183 187 +19 160 −27"],
      "Ismyra (27 platser för lite) och Wallstena (42 platser för lite).",
      items=["Ismyra 168 171 176", "Wallstena 214 226 238"]),
    q("Vilka områden i Ysterby får färre elever i grundskoleåldern 2031 än 2026?", "sv", "list", D, 3,
      ["Åkerslund 510 500 491 480 470 462 −48 −9,4"],
      "Fyra områden: Centrum (−17), Jonsbo (−28), Åkerslund (−48) och Öljersta (−35). Ismyra och Wallstena ökar.",
      items=["Centrum 787 791 794", "Jonsbo 193 188 182", "Åkerslund 510 500 491", "Öljersta 257 251 243"]),
    q("In which areas of Ysterby will the number of pupils in grades 7–9 be higher in 2031 than in 2026?", "en",
      "list", D, 4, ["Centrum 268 248 201 193 318 329 787 770"],
      "Centrum (318 → 329), Ismyra (96 → 113) and Wallstena (139 → 168).",
      items=["Centrum 268 248 201", "Ismyra 142 163 104", "Wallstena 176 224 128"]),
    q("Varför ökar antalet elever så kraftigt i Wallstena enligt Ysterbys prognos?", "sv", "passage", D, 3,
      ["detaljplanen för bostadsområdet Wallstena äng vann laga kraft i maj 2026"],
      "Eftersom detaljplanen för bostadsområdet Wallstena äng vann laga kraft i maj 2026 och de första radhusen och "
      "hyresrätterna, som främst riktar sig till barnfamiljer, väntas bli klara 2028."),
    none("Hur många barn i förskoleåldern räknar Ysterby med i Centrum 2033?", "sv"),
    none("How many upper secondary school students does Ysterby's forecast expect in 2030?", "en"),
    none("Vad kostar en förskoleplats i Wallstena enligt Ysterbys barn- och elevprognos?", "sv"),
    none("I vilka av Ysterbys områden finns det mer än 100 lediga förskoleplatser år 2031?", "sv"),

    # ------------------------------------------------------------ (e) Öxnehem, året i sammandrag 2026
    q("Vilken soliditet hade Öxnehem 2026 och nåddes ägarens mål?", "sv", "figure", E, 2,
      ["Soliditet, % 9,8 9,6 10,2 11,1 minst 12,0"],
      "11,1 procent. Ägardirektivets mål är minst 12,0 procent, så målet nåddes inte.",
      [fig(11.1, "procent", "11,1")]),
    q("What was the average rent per square metre for Öxnehem's flats in 2024?", "en", "figure", E, 2,
      ["Genomsnittlig hyra bostäder, kr/m² 1 164 1 212 1 271 1 319"],
      "1,212 kronor per square metre in 2024 (1,319 kr/m² in 2026).",
      [fig(1212, "kr/m²", "1 212")]),
    q("Hur mycket beräknas bostadsprojektet Jaktfalken 2 i Öxnevik kosta?", "sv", "figure", E, 3,
      ["Jaktfalken 2 Iseberg 38 118,5 2026 2027 Pågår"],
      "118,5 mnkr för 38 lägenheter i Iseberg, med byggstart 2026 och inflyttning 2027.",
      [fig(118.5, "mnkr", "118,5")]),
    q("Vilket resultat efter finansiella poster redovisade Öxnehem för 2026?", "sv", "figure", E, 1,
      ["ett resultat efter finansiella poster på 17,4 mnkr, jämfört med 9,8 mnkr"],
      "17,4 mnkr, jämfört med 9,8 mnkr året innan.",
      [fig(17.4, "mnkr", "17,4 mnkr")]),
    q("Which of Öxnehem's projects have an estimated investment of more than 100 million kronor?", "en", "list",
      E, 3, ["Yllefabriken 3 Wiksberg 92 326,0 2027 2029 Planerat"],
      "Three new-build projects: Cypressen 4 (212.0 mnkr), Jaktfalken 2 (118.5 mnkr) and Yllefabriken 3 "
      "(326.0 mnkr).",
      items=["Cypressen 4 Centrum 64", "Jaktfalken 2 Iseberg 38", "Yllefabriken 3 Wiksberg 92"]),
    q("Vilka av Öxnehems projekt ska vara klara under 2027?", "sv", "list", E, 3,
      ["Iskällaren 1, stambyte Iseberg 120 96,4 2025 2027 Pågår"],
      "Fyra: Cypressen 4, Jaktfalken 2, stambytet i Iskällaren 1 och solcellerna på tolv fastigheter.",
      items=["Cypressen 4 Centrum 64", "Jaktfalken 2 Iseberg 38", "Iskällaren 1, stambyte Iseberg",
             "Solceller på tolv fastigheter"]),
    q("Vilka av Öxnehems ekonomiska nyckeltal var lägre 2026 än 2025?", "sv", "list", E, 2,
      ["Belåningsgrad, % 72,4 73,9 72,8 71,6 högst 75,0"],
      "Belåningsgraden (72,8 → 71,6 procent) och investeringarna (212,0 → 174,9 mnkr).",
      items=["Belåningsgrad, % 72,4 73,9", "Investeringar, mnkr 188,5 246,1"]),
    q("Varför blev byggstarten för Yllefabriken 3 i Öxnevik försenad?", "sv", "passage", E, 3,
      ["anbuden låg omkring 15 procent över kalkylen"],
      "Anbuden låg omkring 15 procent över kalkylen, så styrelsen beslutade att göra om upphandlingen med en "
      "enklare fasad och färre balkongtyper. Byggstarten flyttades från 2026 till 2027."),
    none("How many employees did Öxnehem have in 2026?", "en"),
    none("Vad var Öxnehems soliditet 2022?", "sv"),
    none("Vilken genomsnittlig hyra per kvadratmeter hade Öxnehems lokaler 2026?", "sv"),
    none("Vilka av Öxnehems projekt omfattar fler än 150 lägenheter?", "sv"),

    # ------------------------------------------------------------ (f) Casselby, räddningstjänstens årsstatistik 2026
    q("Hur många skogs- och markbränder larmades Casselbys räddningstjänst till under 2026?", "sv", "figure",
      F, 2, ["Brand i skog och mark 41 29 67 +38 +131,0"],
      "67 insatser vid brand i skog och mark 2026, jämfört med 29 året innan (+131,0 procent).",
      [fig(67, "antal", "67")]),
    q("How many times was Casselby's rescue service called out to assist while waiting for an ambulance in 2025?",
      "en", "figure", F, 2, ["I väntan på ambulans (IVPA) 96 108 131 +23 +21,3"],
      "108 times in 2025. In 2026 the number rose to 131.",
      [fig(108, "antal", "108")]),
    q("Vilken medianinsatstid hade stationen i Jutsbo 2026 i Casselby?", "sv", "figure", F, 3,
      ["Jutsbo Deltid (RIB) 1+4 17,1 16,4 68,3"],
      "16,4 minuter, kortare än 17,1 minuter 2025. Jutsbo var den enda station där insatstiden blev kortare.",
      [fig(16.4, "minuter", "16,4")]),
    q("What share of call-outs in the Inneby station area in Casselby had the first unit on site within 20 minutes "
      "in 2026?", "en", "figure", F, 3, ["Inneby Deltid (RIB) 1+4 15,8 16,9 72,5"],
      "72.5 per cent.",
      [fig(72.5, "procent", "72,5")]),
    q("Vilka typer av händelser minskade i Casselby mellan 2025 och 2026 enligt räddningstjänstens statistik?", "sv",
      "list", F, 2, ["Trafikolycka 164 171 158 −13 −7,6"],
      "Fem: brand i byggnad (84 → 71), trafikolycka (171 → 158), nödställt djur (17 → 13), automatiskt brandlarm "
      "utan brand (298 → 276) och övriga uppdrag (64 → 61).",
      items=["Brand i byggnad 78 84", "Trafikolycka 164 171 158", "Nödställt djur 14 17",
             "Automatiskt brandlarm utan brand 312", "Övriga uppdrag 58 64"]),
    q("Vilka sorters bränder ledde till fler än 50 insatser i Casselby under 2026?", "sv", "list", F, 2,
      ["Övrig brand utomhus 52 47 58 +11 +23,4"],
      "Brand i byggnad (71), brand i skog och mark (67) och övrig brand utomhus (58). Bränderna i fordon var 44.",
      items=["Brand i byggnad 78 84", "Brand i skog och mark 41", "Övrig brand utomhus 52 47"]),
    q("Vilka åtgärder planerar räddningstjänsten i Casselby för 2027?", "sv", "list", F, 4,
      ["Rekrytering av deltidsbrandmän till Älvnäs och Wedarna"],
      "Fem: tidigare beslut om eldningsförbud, rekrytering av deltidsbrandmän till Älvnäs och Wedarna, dialog med "
      "fastighetsägare med många obefogade automatlarm, fler utbildningar i hjärt- och lungräddning och en övning "
      "i skogsbrandsläckning med grannkommunerna.",
      items=["Tidigare beslut om eldningsförbud", "Rekrytering av deltidsbrandmän till Älvnäs",
             "Dialog med de fastighetsägare", "Fler utbildningar i hjärt- och lungräddning",
             "Övning med grannkommunerna i skogsbrandsläckning"]),
    q("Why did Casselby have so many more forest and grass fires in 2026?", "en", "passage", F, 3,
      ["sommaren var ovanligt torr och eldningsförbudet infördes först i mitten av juli"],
      "The summer was unusually dry and the fire ban was only introduced in mid-July, when several fires had "
      "already started at barbecue sites and along the railway."),
    none("Hur många bränder i byggnader hade Casselby 2023?", "sv"),
    none("What did Casselby's rescue service cost to run in 2026?", "en"),
    none("Vilka stationer i Casselby hade en medianinsatstid på mer än 25 minuter 2026?", "sv"),
    none("Hur stor andel av insatserna i Wedarnas område i Casselby nådde fram inom 20 minuter 2025?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{40000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
