"""Writes ../heldout_syn15.jsonl: 40 HELD-OUT gold questions (h15001–h15040) about the six synthetic15 PDFs.

14 figure, 12 list (10 conditional, 2 complete), 6 passage, 8 none; 30 in Swedish and 10 in English (5 English
figures, 3 English lists, 1 English passage, 1 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn15.jsonl"

A = "cedersjo-arsredovisning-2025-driftredovisning.pdf"
B = "region-ivarsmark-kollektivtrafik-arsuppfoljning-2025.pdf"
C = "wirsnas-klimatstrategi-2026-2030.pdf"
D = "yxlinge-bostadsforsorjningsprogram-2026-2030.pdf"
E = "zelmersta-valfardsbokslut-2025.pdf"
F = "cronvik-va-taxa-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Cedersjö, årsredovisning 2025, driftredovisning
    q("Hur stort blev vård- och omsorgsnämndens budgetunderskott i Cedersjö för 2025?",
      "sv", "figure", A, 2,
      ["Vård- och omsorgsnämnden 598,3 619,7 −21,4 577,1 +7,4"],
      "21,4 mnkr: nettokostnaden blev 619,7 mnkr mot en budget på 598,3 mnkr (utfall 2024: 577,1 mnkr).",
      [fig(21.4, "mnkr", "−21,4")]),
    q("How many full-time equivalents did Cedersjö's education committee employ in 2025?",
      "en", "figure", A, 3,
      ["Årsarbetare 2025 1 084 Årsarbetare 2024 1 067"],
      "1,084 full-time equivalents (årsarbetare) in the barn- och utbildningsnämnden, up from 1,067 in 2024.",
      [fig(1084, "antal", "1 084")]),
    q("Med hur många procent ökade miljö- och byggnämndens nettokostnad i Cedersjö jämfört med året innan?",
      "sv", "figure", A, 2,
      ["Miljö- och byggnämnden 14,8 15,6 −0,8 13,7 +13,9"],
      "Med 13,9 procent, från 13,7 mnkr 2024 till 15,6 mnkr 2025 (budget 14,8 mnkr).",
      [fig(13.9, "procent", "+13,9")]),
    q("Vilka nämnder i Cedersjö kommun överskred sin budget 2025?",
      "sv", "list", A, 2,
      ["Minustecken betyder att nämnden överskridit budgeten",
       "Nämnd, mnkr Bu 2025¹ Utf 2025 Avv.² Utf 2024 Förändr. %³"],
      "Fyra: barn- och utbildningsnämnden (−14,4 mnkr), vård- och omsorgsnämnden (−21,4 mnkr), miljö- och "
      "byggnämnden (−0,8 mnkr) och överförmyndarnämnden (−0,5 mnkr).",
      items=["Barn- och utbildningsnämnden 712,4 726,8", "Vård- och omsorgsnämnden 598,3 619,7",
             "Miljö- och byggnämnden 14,8 15,6", "Överförmyndarnämnden 4,1 4,6"]),
    q("Vilka tilläggsanslag på mer än två miljoner kronor beviljade fullmäktige i Cedersjö under 2025?",
      "sv", "list", A, 2,
      ["Kommunfullmäktige beviljade sex tilläggsanslag under året"],
      "Fyra: 6,5 mnkr för fler förskoleplatser (Cikadan), 2,4 mnkr för vinterväghållning, 9,0 mnkr för "
      "placeringar inom LSS och 3,2 mnkr för heltidsresan.",
      items=["Barn- och utbildningsnämnden Fler platser i förskolan Cikadan",
             "Samhällsbyggnadsnämnden Vinterväghållning januari–mars",
             "Vård- och omsorgsnämnden Ökade kostnader för placeringar",
             "Vård- och omsorgsnämnden Heltidsresan, införande steg 2"]),
    q("Varför gick vård- och omsorgsnämnden i Cedersjö med underskott förra året?",
      "sv", "passage", A, 4,
      ["Underskottet beror främst på dyra externa placeringar inom LSS"],
      "Främst på grund av dyra externa placeringar inom LSS och att antalet beviljade hemtjänsttimmar ökade med "
      "nio procent utan att budgeten räknades upp i samma takt."),
    none("Vilken skattesats hade Cedersjö kommun 2025?", "sv"),
    none("Hur många ledamöter sitter i kommunfullmäktige i Cedersjö?", "sv"),

    # ------------------------------------------------------------ (b) Region Ivarsmark, kollektivtrafik 2025
    q("Hur många resor, i tusental, gjordes på stadsbusslinje 4 i Region Ivarsmark under 2025?",
      "sv", "figure", B, 2,
      ["4 Zettersta – Ivarsholm C – Cilleby 954 1 012 +6,1 49 88,1"],
      "1 012 tusen resor (cirka 1,01 miljoner), jämfört med 954 tusen 2024.",
      [fig(1012, "antal", "1 012")]),
    q("What cost recovery ratio did public transport in Region Ivarsmark reach in 2025?",
      "en", "figure", B, 1,
      ["blev 34,0 procent. Året innan var den 33,8 procent"],
      "34.0 per cent of the traffic costs were covered by ticket revenue, compared with 33.8 per cent in 2024; "
      "the target is 40 per cent.",
      [fig(34.0, "procent", "34,0 procent")]),
    q("Hur mycket fick Region Ivarsmark in i biljettintäkter 2025?",
      "sv", "figure", B, 3,
      ["Biljettintäkter 268,4 276,9 +8,5 259,3"],
      "276,9 mnkr, vilket är 8,5 mnkr mer än budgeterade 268,4 mnkr (2024: 259,3 mnkr).",
      [fig(276.9, "mnkr", "276,9")]),
    q("Which bus and train lines in Region Ivarsmark carried fewer passengers in 2025 than in 2024?",
      "en", "list", B, 2,
      ["Tabell 3. Resor, kostnadstäckning och punktlighet per linje 2025"],
      "Five: city line 3 (−2.5 %), regional bus lines 11 (−5.4 %), 22 (−14.0 %) and 31 (−3.0 %), and the "
      "regional train Ivarsholm – Zandvik (−15.5 %).",
      items=["3 Ivarsholm C – Wennbo", "11 Ivarsholm – Wadhult – Yxbacka", "22 Yxbacka – Zandvik",
             "31 Ivarsholm – Ytterhed – Zettersta", "R Regionaltåg Ivarsholm – Zandvik"]),
    q("Vilka linjer i Region Ivarsmark klarade inte punktlighetsmålet på 90 procent under 2025?",
      "sv", "list", B, 2,
      ["Målet är att minst 90 procent av avgångarna ska vara punktliga"],
      "Sex: linje 2 (89,7), linje 4 (88,1), linje 11 (87,9), linje 22 (89,4), pendeltåget (86,3) och "
      "regionaltåget (81,7 procent).",
      items=["2 Idelsta – Ivarsholm C – Ytterhed", "4 Zettersta – Ivarsholm C – Cilleby",
             "11 Ivarsholm – Wadhult – Yxbacka", "22 Yxbacka – Zandvik", "P Pendeltåg Ivarsholm – Cederfors",
             "R Regionaltåg Ivarsholm – Zandvik"]),
    q("Varför tappade regionaltåget i Region Ivarsmark resenärer 2025?",
      "sv", "passage", B, 2,
      ["var avstängd för banarbeten i tolv veckor under hösten"],
      "Sträckan Ivarsholm – Zandvik var avstängd för banarbeten i tolv veckor under hösten och trafiken ersattes "
      "med bussar som hade längre restid."),
    none("What does a 30-day adult ticket cost in Region Ivarsmark?", "en"),

    # ------------------------------------------------------------ (c) Wirsnäs, klimatstrategi 2026–2030
    q("Med hur många procent har industrins växthusgasutsläpp i Wirsnäs minskat sedan 2010?",
      "sv", "figure", C, 2,
      ["Industri (energi och processer) 37,9 33,2 14,6 9,8 7,4 −80,5"],
      "Med 80,5 procent, från 37,9 kton 2010 till 7,4 kton 2023.",
      [fig(80.5, "procent", "−80,5")]),
    q("Vad beräknas laddstolparna vid Wirsnäs kommuns arbetsplatser kosta?",
      "sv", "figure", C, 3,
      ["Bygga 120 laddpunkter vid kommunens arbetsplatser och infartsparkeringar ○ ● 2027 6 200"],
      "6 200 tkr för 120 laddpunkter vid arbetsplatser och infartsparkeringar, klart 2027.",
      [fig(6200, "tkr", "6 200")]),
    q("Vilka av Wirsnäs klimatåtgärder ska vara klara redan under 2026?",
      "sv", "list", C, 3,
      ["Handlingsplanen omfattar 14 åtgärder inom tre fokusområden"],
      "Fem: resepolicyn med tåg som förstahandsval (3), samåkning i hemtjänsten (5), ventilationen i Cikorian "
      "(7), krav på klimatdeklaration (8) och klimatkrav i upphandlingar av transporter (13).",
      items=["3 Införa en resepolicy där tåg", "5 Erbjuda samåkningstjänst för anställda",
             "7 Energieffektivisera ventilationen i äldreboendet", "8 Ställa krav på klimatdeklaration",
             "13 Införa klimatkrav i alla upphandlingar"]),
    q("Vilka åtgärder i Wirsnäs klimatstrategi beräknas kosta mer än fem miljoner kronor?",
      "sv", "list", C, 3,
      ["Handlingsplanen omfattar 14 åtgärder inom tre fokusområden"],
      "Tre: laddpunkterna (6 200 tkr), cykelstråket till Ceremåla skola (9 500 tkr) och solcellerna på tio "
      "byggnader (7 400 tkr).",
      items=["2 Bygga 120 laddpunkter", "4 Planera för cykelstråk", "6 Installera solceller på tio"]),
    q("Why have industrial emissions in Wirsnäs fallen so sharply since 2010?",
      "en", "passage", C, 2,
      ["eftersom Wirsnäs bruk 2019 bytte från eldningsolja till biobränsle"],
      "Because the Wirsnäs mill (Wirsnäs bruk) switched its steam boiler from heating oil to biofuel in 2019."),
    none("Hur stor koldioxidbudget har Wirsnäs kommun räknat fram för perioden 2026–2030?", "sv"),

    # ------------------------------------------------------------ (d) Yxlinge, bostadsförsörjningsprogram
    q("Hur många bodde i Ystebo vid utgången av 2025 enligt Yxlinge kommuns bostadsprogram?",
      "sv", "figure", D, 2,
      ["Ystebo 2 944 3 108"],
      "3 108 invånare den 31 december 2025, jämfört med 2 944 år 2020.",
      [fig(3108, "antal", "3 108")]),
    q("How many new homes were completed in Yxlinge in 2024?",
      "en", "figure", D, 2,
      ["2024 31 24 55 120"],
      "55 homes (31 in blocks of flats and 24 small houses), far below the target of 120 a year.",
      [fig(55, "antal", "55")]),
    q("Vilka av de planerade bostadsprojekten i Yxlinge ska byggas av det kommunala bostadsbolaget?",
      "sv", "list", D, 3,
      ["Yxlingebostäder AB är kommunens helägda allmännyttiga bostadsbolag"],
      "Fyra hyresrättsprojekt av Yxlingebostäder AB: Kv. Igelkotten vid stationen (64), trygghetsboendet vid "
      "vårdcentralen (32), Ystebo skolväg (24) och Zetterby strand (12).",
      items=["Kv. Igelkotten vid stationen", "Trygghetsboende vid vårdcentralen", "Ystebo skolväg Hyresrätt",
             "Zetterby strand Hyresrätt"]),
    q("Vilka åtgärder lovar Yxlinge kommun att genomföra under bostadsprogrammets period?",
      "sv", "list", D, 4,
      ["För att nå målen ska kommunen genomföra följande åtgärder"],
      "Fem: en markanvisningspolicy, ägardirektiv till Yxlingebostäder om minst 150 hyresrätter, inventering av "
      "LSS-behovet vartannat år, förtur för personer som får arbete i vård och skola, och årlig uppföljning.",
      items=["Ta fram en markanvisningspolicy", "Ge Yxlingebostäder AB ägardirektiv", "Inventera behovet av bostäder",
             "Pröva förtur till bostad", "Följa upp programmet årligen"]),
    q("Varför sjönk bostadsbyggandet i Yxlinge under 2023 och 2024?",
      "sv", "passage", D, 2,
      ["högre räntor och byggkostnader gjorde att två projekt"],
      "Högre räntor och byggkostnader gjorde att två bostadsrättsprojekt i Wälsta sköts upp och att efterfrågan "
      "på nya småhus sjönk."),
    none("Hur lång är kötiden för en hyresrätt hos Yxlingebostäder i Yxlinge?", "sv"),

    # ------------------------------------------------------------ (e) Zelmersta, välfärdsbokslut 2025
    q("Hur stor andel av pojkarna i årskurs 9 i Zelmersta var behöriga till ett yrkesprogram?",
      "sv", "figure", E, 2,
      ["Elever i årskurs 9 som är behöriga till", "87,9 81,2 84,4 84,9 I nivå"],
      "81,2 procent av pojkarna, mot 87,9 procent av flickorna; totalt 84,4 procent (riket 84,9).",
      [fig(81.2, "procent", "81,2")]),
    q("How many fall injuries per 1,000 women aged 80 or over does Zelmersta report?",
      "en", "figure", E, 3,
      ["Fallolyckor 80 år och äldre per 1 000 invånare", "61,2 44,8 54,6 51,9 Sämre"],
      "61.2 per 1,000 women, against 44.8 for men, 54.6 in total and 51.9 nationally.",
      [fig(61.2, "antal", "61,2")]),
    q("För vilka indikatorer ligger Zelmersta kommun sämre till än riket?",
      "sv", "list", E, 2,
      ["Indikator Kvinnor Män Totalt Riket Jämförelse"],
      "Fem: barn i ekonomiskt utsatta hushåll, unga som varken arbetar eller studerar, eftergymnasial "
      "utbildning, fetma och fallolyckor bland personer över 80 år.",
      items=["Barn som lever i ekonomiskt utsatta", "Unga 16–20 år som varken arbetar",
             "Invånare med eftergymnasial utbildning", "Personer med fetma 16–84 år", "Fallolyckor 80 år och äldre"]),
    q("What are the priorities for 2026 proposed in Zelmersta's welfare report?",
      "en", "list", E, 4,
      ["Folkhälsorådet föreslår att nämnderna under 2026 prioriterar följande områden"],
      "Four: fewer children in economically vulnerable households, more young people in work or studies, "
      "preventing falls among older people with home care, and more physical activity among sedentary adults.",
      items=["Minska andelen barn som lever", "Få fler unga i arbete", "Förebygga fallolyckor bland äldre",
             "Öka den fysiska aktiviteten"]),
    q("Vad förklarar att färre äldre med hemtjänst i Zelmersta känner sig ensamma?",
      "sv", "passage", E, 3,
      ["träffpunkterna i Zelmersta och Ivenäs fick utökade öppettider"],
      "Främst att träffpunkterna i Zelmersta och Ivenäs fick utökade öppettider och att hemtjänstens "
      "promenadgrupper blev permanenta."),
    none("Vilken medellivslängd har kvinnor i Zelmersta kommun?", "sv"),

    # ------------------------------------------------------------ (f) Cronvik, VA-taxa 2026
    q("What will Cronvik charge households per cubic metre of water in 2026, VAT included?",
      "en", "figure", F, 3,
      ["d) avgift per m³ levererat vatten per m³ 23,40 29,25 25,00 31,25 +6,8"],
      "31.25 kronor per m³ including VAT (25.00 excluding VAT), up from 29.25 in 2025.",
      [fig(31.25, "kr", "31,25")]),
    q("Vad kostar vatten och avlopp per år för en vanlig villa i Cronvik med 2026 års taxa?",
      "sv", "figure", F, 4,
      ["För typhus A blir kostnaden 10 307,50 kronor per år"],
      "10 307,50 kronor per år inklusive moms för typhus A (villa, 150 m³), 5,9 procent mer än 2025.",
      [fig(10307.5, "kr", "10 307,50")]),
    q("Which of Cronvik's other VA service fees cost more than 1,500 kronor including VAT?",
      "en", "list", F, 3,
      ["Åtgärd Exkl. moms, kr Inkl. moms, kr"],
      "Three: fitting and removing a water meter (2,050 kr), testing a meter on request (1,800 kr) and replacing "
      "a damaged or frozen meter (2,400 kr).",
      items=["Montering och demontering av vattenmätare", "Undersökning av vattenmätare på begäran",
             "Byte av skadad eller frusen vattenmätare"]),
    q("Vilka brukningsavgifter i Cronvik höjs med mer än sex procent till 2026?",
      "sv", "list", F, 3,
      ["För en fastighet som är ansluten till anläggningen ska brukningsavgift betalas"],
      "Fyra: de fasta avgifterna för mätare qn 2,5 (+6,7 %), qn 6 (+6,6 %) och qn 10 (+6,6 %) samt avgiften per "
      "m³ (+6,8 %).",
      items=["a) fast avgift per mätare, qn 2,5", "b) fast avgift per mätare, qn 6",
             "c) fast avgift per mätare, qn 10", "d) avgift per m³ levererat vatten"]),
    q("Varför blir VA-avgifterna dyrare i Cronvik 2026?",
      "sv", "passage", F, 1,
      ["investeringarna i det nya vattenverket i Cronvik"],
      "Främst på grund av investeringarna i det nya vattenverket i Cronvik och högre kostnader för "
      "fällningskemikalier och el."),
    none("Vad kostar slamtömning av en enskild avloppsanläggning i Cronvik?", "sv"),
    none("Hur mycket kostar det att ansluta ett hus till fjärrvärmenätet i Cronvik?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"h{15000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
