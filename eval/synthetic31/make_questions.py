"""Writes ../heldout_syn31.jsonl: 50 HELD-OUT gold questions (h31001–h31050) about the six synthetic31 PDFs.

20 figure, 8 list (7 conditional – an amount, a comparison of two cells of the same row, a target reached – and 1
that asks for a whole named list), 6 passage, 16 none (4 of them list-shaped); 37 in Swedish and 13 in English (6
English figures, 2 English lists, 1 English passage, 4 English none). Items are written out literally (not derived
from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Four
questions (two figures, one list and one none) are about p. 2 of the Claesborg document, a scanned page without a
text layer; their evidence is the text printed in the image. The set weighs FIGURE questions (every answer shares
its row, column or sentence with other figures of the same unit: kommun vs koncern and 2025 vs 2026, a year among
five, a footnote beside the year before, budget vs outcome vs deviation, a count beside other counts, a subtotal on
a continuation page, forecast vs budget vs outcome, women vs men vs total, a value in a sentence with the year
before, a cell among outcome / target columns, a weighted total row, a fee among nine fees, a ceiling beside last
year's, a date among dates, an age group × year cell on a scanned page) and NEAR-MISS none questions (the same
municipality, document and topic, but a year, a sub-group or a measure the documents do not give).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn31.jsonl"

A = "svedinge-arsredovisning-2026-finansiell-analys.pdf"
B = "vargsunda-revisionsrapport-tekniska-namnden-2027.pdf"
C = "porsbacka-sn-delarsrapport-aug-2027.pdf"
D = "ingsater-von-aldreomsorgsplan-2027.pdf"
E = "jornvik-barnomsorgstaxa-2027.pdf"
F = "claesborg-ks-befolkningsprognos-2026-2030.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Svedinge, årsredovisning 2026
    q("Vilka nettokostnader hade koncernen i Svedinge år 2025 enligt resultaträkningen?", "sv", "figure", A, 2,
      ["Verksamhetens nettokostnader −776,0 −805,6 −779,4 −809,1"],
      "−779,4 mnkr för koncernen 2025 (−809,1 mnkr 2026). Kommunens egna nettokostnader var −776,0 mnkr 2025 och "
      "−805,6 mnkr 2026.",
      [fig(-779.4, "mnkr", "−779,4")]),
    q("Hur hög var nettokostnadsandelen i Svedinge kommun år 2025?", "sv", "figure", A, 1,
      ["Andelen minskade från 99,0 procent 2025 till 98,0 procent 2026"],
      "99,0 procent. År 2026 minskade den till 98,0 procent.",
      [fig(99.0, "procent", "99,0 procent")]),
    q("According to the five-year overview, how large were Svedinge's net investments in 2023?", "en", "figure",
      A, 3, ["Nettoinvesteringar, mnkr 61,9 58,4 52,6 71,2 44,7"],
      "71.2 mnkr in 2023 (2022: 44.7; 2024: 52.6; 2025: 58.4; 2026: 61.9 mnkr).",
      [fig(71.2, "mnkr", "71,2")]),
    q("Hur mycket återbetalda försäkringspremier ingår i Svedinges intäkter för 2026?", "sv", "figure", A, 2,
      ["ingår återbetalda avtalsförsäkringspremier med 4,2 mnkr 2026 och 2,7 mnkr 2025"],
      "4,2 mnkr i återbetalda avtalsförsäkringspremier 2026 (2,7 mnkr 2025), enligt fotnoten till "
      "resultaträkningen.",
      [fig(4.2, "mnkr", "4,2 mnkr")]),
    q("Vilka kostnadsslag i Svedinge kommun ökade med mer än 3 miljoner kronor mellan 2025 och 2026 enligt "
      "noterna?", "sv", "list", A, 4, ["Köp av verksamhet 142,3 147,0"],
      "Tre: personalkostnader (598,4 → 622,7 mnkr), köp av verksamhet (142,3 → 147,0 mnkr) och övriga kostnader "
      "(71,4 → 74,5 mnkr).",
      items=["Personalkostnader 598,4 622,7", "Köp av verksamhet 142,3 147,0", "Övriga kostnader 71,4 74,5"]),
    q("Varför gick koncernen i Svedinge med underskott 2025?", "sv", "passage", A, 1,
      ["skrev ned värdet på två äldre hyreshus med 9,4 mnkr"],
      "Bostadsbolaget Svedingebostäder AB skrev ned värdet på två äldre hyreshus med 9,4 mnkr eftersom husen ska "
      "rivas och ersättas med nya bostäder."),
    none("Vilken soliditet hade Svedinge kommun år 2021?", "sv"),
    none("What was the self-financing ratio of investments for the Svedinge group (koncernen) in 2026?", "en"),
    none("Hur många årsarbetare hade Svedinge kommun 2026?", "sv"),

    # ------------------------------------------------------------ (b) Vargsunda, revisionsrapport 2027:1
    q("Vad kostade vinterväghållningen i Vargsunda 2026 enligt revisorernas tabell?", "sv", "figure", B, 2,
      ["Vinterväghållning 6 200 9 340 −3 140 −50,6"],
      "9 340 tkr, mot en budget på 6 200 tkr – ett underskott på 3 140 tkr (−50,6 procent).",
      [fig(9340, "tkr", "9 340")]),
    q("I hur många av de granskade fakturorna saknades beslutsattest hos tekniska nämnden i Vargsunda?", "sv",
      "figure", B, 3, ["Av dem saknade 9 beslutsattest, och i ytterligare 6 fall"],
      "I 9 av 40 granskade leverantörsfakturor. I ytterligare 6 fall hade en person som inte fanns i "
      "attestförteckningen attesterat.",
      [fig(9, "antal", "9")]),
    q("What was the 2026 budget for the property group (Fastighet) of Vargsunda's technical committee?", "en",
      "figure", B, 3, ["Summa fastighet 30 400 31 440 −1 040 −3,4"],
      "30,400 tkr. The outcome was 31,440 tkr, a deficit of 1,040 tkr (−3.4 per cent).",
      [fig(30400, "tkr", "30 400")]),
    q("Vilka av tekniska nämndens verksamheter i Vargsunda överskred budgeten 2026 med mer än en miljon kronor?",
      "sv", "list", B, 2, ["Gator och vägar 18 400 19 650 −1 250 −6,8"],
      "Fyra: gator och vägar (−1 250 tkr), vinterväghållning (−3 140 tkr), verksamhetslokaler (−2 270 tkr) och "
      "energi och media (−1 150 tkr).",
      items=["Gator och vägar 18 400 19 650", "Vinterväghållning 6 200 9 340", "Verksamhetslokaler 12 600 14 870",
             "Energi och media 9 300 10 450"]),
    q("Vilka rekommendationer ger revisorerna tekniska nämnden i Vargsunda?", "sv", "list", B, 2,
      ["Se över attestförteckningen och säkerställ att endast behöriga personer beslutsattesterar fakturor"],
      "Fem: helårsprognos och analys i varje månadsrapport; budget för vinterväghållning utifrån fem vintrar och "
      "rapport senast i mars; se över attestförteckningen; en flerårig underhållsplan; besluta om åtgärder när "
      "prognosen visar ett underskott över en procent av budgeten.",
      items=["Säkerställ att varje månadsrapport till nämnden", "Beräkna budgeten för vinterväghållning utifrån",
             "Se över attestförteckningen och säkerställ", "Ta fram en flerårig underhållsplan",
             "Besluta om åtgärder så snart prognosen"]),
    q("Why did winter road maintenance in Vargsunda cost much more than budgeted in 2026?", "en", "passage", B, 3,
      ["vintern 2025/2026 krävde 27 plogningstillfällen mot normalt 15"],
      "The winter of 2025/2026 needed 27 ploughing operations against 15 in a normal winter, and the budget had "
      "not been raised since 2023."),
    none("Hur många ledamöter sitter i tekniska nämnden i Vargsunda?", "sv"),
    none("Vad kostade revisionsgranskningen av tekniska nämnden i Vargsunda?", "sv"),
    none("Vilka verksamheter inom tekniska nämnden i Vargsunda gick med ett överskott på mer än 3 miljoner kronor "
         "2026?", "sv"),

    # ------------------------------------------------------------ (c) Porsbacka, delårsrapport augusti 2027
    q("Vilken helårsprognos har socialnämnden i Porsbacka för verksamheten barn och unga 2027?", "sv", "figure", C,
      2, ["Barn och unga 24 310 33 600 37 100 −3 500"],
      "37 100 tkr, mot en budget på 33 600 tkr (underskott 3 500 tkr). Utfallet januari–augusti var 24 310 tkr.",
      [fig(37100, "tkr", "37 100")]),
    q("Hur hög var sjukfrånvaron bland männen i Porsbackas socialnämnd under januari–augusti 2027?", "sv",
      "figure", C, 3, ["Socialnämnden totalt 8,9 5,5 8,2 8,6 5,8 8,0"],
      "5,8 procent (5,5 procent samma period 2026). Kvinnornas sjukfrånvaro var 8,6 procent och den totala 8,0 "
      "procent.",
      [fig(5.8, "procent", "5,8")]),
    q("How many women were employed by Porsbacka's social services committee on 31 August 2026?", "en", "figure",
      C, 3, ["Socialnämnden totalt 326 255 71 344 266 78"],
      "255 women of 326 employees (71 men). On 31 August 2027 there were 266 women of 344.",
      [fig(255, "antal", "255")]),
    q("Hur många hushåll fick ekonomiskt bistånd i Porsbacka i augusti 2027?", "sv", "figure", C, 2,
      ["ökade från 412 i augusti 2026 till 455 i augusti 2027"],
      "455 hushåll, 43 fler än i augusti 2026 då de var 412.",
      [fig(455, "antal", "455")]),
    q("Which activities of Porsbacka's social services committee are forecast to exceed their budget for 2027?",
      "en", "list", C, 2, ["Personlig assistans 12 880 19 300 20 600 −1 300"],
      "Four: children and young people (forecast 37,100 vs budget 33,600 tkr), adults with addiction (15,000 vs "
      "14,200), financial assistance (24,900 vs 23,500) and personal assistance (20,600 vs 19,300).",
      items=["Barn och unga 24 310 33 600", "Vuxna, missbruk och beroende 9 870", "Ekonomiskt bistånd 16 420 23 500",
             "Personlig assistans 12 880 19 300"]),
    q("Varför väntas barn och unga i Porsbacka gå med underskott 2027?", "sv", "passage", C, 2,
      ["fler barn och unga har placerats på hem för vård eller boende"],
      "Fler barn och unga än budgeterat har placerats på HVB och i familjehem – 14 i augusti mot 9 i budgeten."),
    none("Vilka av socialnämndens verksamheter i Porsbacka räknar med ett överskott på mer än 2 miljoner kronor "
         "2027?", "sv"),
    none("What was the sick leave among employees of Porsbacka's social services committee in 2025?", "en"),
    none("Hur stor är socialnämndens investeringsbudget i Porsbacka 2027?", "sv"),

    # ------------------------------------------------------------ (d) Ingsäter, äldreomsorgsplan 2027
    q("Hur många olika anställda mötte de boende på Callunagården i Ingsäter under en tvåveckorsperiod 2026?",
      "sv", "figure", D, 2, ["Callunagården 54 98,3 98,9 97,0 18 17 14 71 83 60"],
      "17 medarbetare 2026 (18 år 2025). Målet för 2027 är 14.",
      [fig(17, "antal", "17")]),
    q("What was the average waiting time for a nursing home place in Ingsäter in 2026, all homes together?", "en",
      "figure", D, 2, ["Ingsäter totalt 234 95,8 96,6 97,0 15 14 12 49 51 45"],
      "51 days in 2026 (49 days in 2025); the target for 2027 is 45 days.",
      [fig(51, "antal", "51")]),
    q("Hur många beslut om plats i särskilt boende fattade Ingsäter under 2026?", "sv", "figure", D, 1,
      ["Under 2026 fattades 186 beslut om särskilt boende, jämfört med 171"],
      "186 beslut, jämfört med 171 år 2025.",
      [fig(186, "antal", "186")]),
    q("Which nursing homes in Ingsäter already reached their 2027 target for staff continuity in 2026?", "en",
      "list", D, 2, ["Sjöglimten 24 91,7 95,4 97,0 11 10 10 29 27 30"],
      "Two: Sjöglimten (10 staff, target 10) and Vinbärsgården (12 staff, target 13).",
      items=["Sjöglimten 24 91,7 95,4", "Vinbärsgården 40 97,5 96,0"]),
    q("Vid vilka boenden i Ingsäter blev väntetiden längre 2026 än 2025?", "sv", "list", D, 2,
      ["Solvändan 32 93,8 97,1 97,0 14 12 11 35 42 40"],
      "Tre: Plommongården (38 → 44 dagar), Callunagården (71 → 83 dagar) och Solvändan (35 → 42 dagar).",
      items=["Plommongården 36 94,1 92,5", "Callunagården 54 98,3 98,9", "Solvändan 32 93,8 97,1"]),
    q("Varför är det så lång väntan på en plats på Callunagården i Ingsäter?", "sv", "passage", D, 3,
      ["har kommunens enda enhet för personer med svår demenssjukdom"],
      "Callunagården har kommunens enda demensenhet och tar emot brukare från hela kommunen, så platserna blir "
      "sällan lediga och de som väntar kan inte erbjudas plats på ett annat boende."),
    none("Vilka särskilda boenden i Ingsäter har fler än 60 platser?", "sv"),
    none("What is the monthly rent for an apartment at Syrenhöjden in Ingsäter?", "en"),
    none("Hur nöjda var de boende på Sjöglimten i Ingsäter 2026?", "sv"),

    # ------------------------------------------------------------ (e) Jörnvik, barnomsorgstaxa 2027
    q("Vad blir den högsta månadsavgiften i Jörnvik för första barnet i fritidshem 2027?", "sv", "figure", E, 2,
      ["Barn 1 2 % 1 192 1 223 +31"],
      "1 223 kronor per månad (2 procent av inkomsten), 31 kronor mer än 2026 då den var 1 192 kronor.",
      [fig(1223, "kr", "1 223")]),
    q("How high is the income ceiling for childcare fees in Jörnvik in 2027?", "en", "figure", E, 1,
      ["Inkomsttaket höjs från 59 600 kronor till 61 170 kronor per månad"],
      "61,170 kronor per month in 2027, up from 59,600 kronor in 2026.",
      [fig(61170, "kr", "61 170 kronor")]),
    q("Senast vilket datum måste föräldrar i Jörnvik lämna sin inkomstuppgift för 2027?", "sv", "figure", E, 3,
      ["ska lämna en inkomstuppgift senast den 15 januari 2027"],
      "Senast den 15 januari 2027. Annars tas den högsta avgiften ut tills uppgiften kommer in.",
      [fig("2027-01-15", "datum", "15 januari 2027")]),
    q("Vilka avgifter i Jörnviks barnomsorgstaxa höjs med mer än 30 kronor i månaden 2027?", "sv", "list", E, 2,
      ["Barn 1 2,25 % 1 341 1 376 +35"],
      "Fyra: förskola barn 1 (+47 kr), förskola barn 2 (+31 kr), allmän förskola barn 1 (+35 kr) och fritidshem "
      "barn 1 (+31 kr).",
      items=["Barn 1 3 % 1 788", "Barn 2 2 % 1 192", "Barn 1 2,25 % 1 341", "Barn 1 2 % 1 192"]),
    q("Varför blir avgifterna i Jörnviks förskolor högre 2027?", "sv", "passage", E, 1,
      ["Inkomsttaket räknas upp varje år med förändringen av inkomstindex"],
      "Inkomsttaket räknas upp varje år med inkomstindex och avgifterna följer med automatiskt; kommunen har inte "
      "höjt procentsatserna."),
    none("Vilka avgifter i Jörnviks barnomsorgstaxa sänks 2027?", "sv"),
    none("Vad kostar barnomsorg på kvällar och helger i Jörnvik?", "sv"),

    # ------------------------------------------------------------ (f) Claesborg, befolkningsprognos (scan p. 2)
    q("Hur många 80–89-åringar beräknas bo i Claesborg 2028 enligt prognosen?", "sv", "figure", F, 2,
      ["80–89 år 842 879 921 968 1 004 1 041 +199"],
      "968 personer 2028, enligt prognosen. Utfallet 2025 var 842, och 2030 väntas de vara 1 041.",
      [fig(968, "antal", "968")]),
    q("What total population does Claesborg's forecast give for 2030?", "en", "figure", F, 2,
      ["Totalt 14 900 14 959 15 005 15 061 15 097 15 137 +237"],
      "15,137 inhabitants in 2030, 237 more than the 14,900 of 2025.",
      [fig(15137, "antal", "15 137")]),
    q("Vilket flyttnetto per år räknar Claesborgs befolkningsprognos med?", "sv", "figure", F, 1,
      ["+85 personer per år, jämfört med +61 per år"],
      "+85 personer per år, jämfört med +61 per år i genomsnitt under de senaste fem åren.",
      [fig(85, "antal", "+85 personer")]),
    q("Vilka åldersgrupper i Claesborg väntas minska fram till 2030?", "sv", "list", F, 2,
      ["6–15 år 1 784 1 771 1 752 1 730 1 716 1 698 −86"],
      "Två: 0–5 år (1 012 → 972, −40) och 6–15 år (1 784 → 1 698, −86).",
      items=["0–5 år 1 012 998", "6–15 år 1 784 1 771"]),
    q("Varför blir det så många fler 80-åringar i Claesborg de närmaste åren?", "sv", "passage", F, 3,
      ["de stora årskullarna som föddes i slutet av 1940-talet fyller 80 år"],
      "De stora årskullarna som föddes i slutet av 1940-talet fyller 80 år under prognosperioden."),
    none("How many men aged 80–89 does Claesborg's population forecast expect in 2030?", "en"),
    none("Vad kostade det att ta fram Claesborgs befolkningsprognos?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"h{31000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
