"""Writes ../heldout_syn45.jsonl: 50 held-out gold questions (hs45001–hs45050) about the six synthetic45 PDFs.

18 figure, 12 list (11 conditional – indicators with a lower value in 2026 than in 2025 (two cells of a row), a status
word, "Nej" in the procured column, a negative budget deviation, a surplus over 1 mnkr, days without Sunday service,
a zone plus a cost coverage under 30 %, a decision word, a party's no votes, fractions that fell from 2025 to 2026 on
the scanned page (two cells of a row) and recycling-centre fractions over 1 000 tonnes on the scanned page (group plus
amount) – and 1 whole list, the auditors' recommendations), 4 passage, 16 none (5 of them list-shaped); 37 in Swedish
and 13 in English (5 figures, 3 lists, 1 passage, 4 none). Items are written out literally (not derived from data.py)
so that check.py, which recomputes the expected rows from data.py, is an independent check. Five questions are about
p. 3 of the Edsmyra document, a scanned page without a text layer (two figures, two lists and one near-miss none
question); the evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn45.jsonl"

A = "lekvalla-kfn-namndplan-2028.pdf"
B = "brisvik-revisionsrapport-upphandling-2027.pdf"
C = "dyrhamra-arsredovisning-2027-utdrag.pdf"
D = "region-delsmark-trafikforsorjningsprogram-2028-2031.pdf"
E = "halsmora-kf-protokoll-2027-12-13.pdf"
F = "edsmyra-avfallsplan-uppfoljning-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Lekvalla, kultur- och fritidsnämndens nämndplan
    q("Hur stor budget får kultur och fritid i Lekvalla att röra sig med nästa år, alltså 2028?", "sv", "figure", A, 1,
      ["Nämndens budgetram för 2028 är 148,6 mnkr"],
      "148,6 mnkr, vilket är 4,9 mnkr mer än budgeten för 2027 (143,7 mnkr). Utfallet 2026 var 141,2 mnkr.",
      [fig(148.6, "mnkr", "148,6 mnkr")]),
    q("Hur många barn väntade på en plats i kulturskolan i Lekvalla år 2026?", "sv", "figure", A, 2,
      ["Barn i kö till kulturskolan, antal 164 138 100"],
      "138 barn stod i kö 2026, jämfört med 164 året innan. Målvärdet för 2028 är högst 100.",
      [fig(138, "antal", "138")]),
    q("What is Lekvalla's target for the number of visits to its public libraries in 2028?", "en", "figure", A, 2,
      ["Besök på kommunens bibliotek, antal 186 420 192 870 200 000"],
      "200,000 library visits in 2028, up from 192,870 in 2026 and 186,420 in 2025.",
      [fig(200000, "antal", "200 000")]),
    q("Vilka av indikatorerna i Lekvallas plan för kultur och fritid visade ett lägre värde 2026 än året innan?",
      "sv", "list", A, 2, ["Besök i Heljestabadet, antal 152 300 118 700 95 000"],
      "Sex indikatorer: aktiva låntagare (27,4 → 26,8 %), besökare i konsthallen (14 310 → 12 960), barn i kö till "
      "kulturskolan (164 → 138), deltagartillfällen i föreningar (248 600 → 241 350), besök i Heljestabadet "
      "(152 300 → 118 700) och energianvändningen (176 → 169 kWh/m²). För kön och energin är en minskning önskad.",
      items=["Aktiva låntagare, andel av invånarna", "Besökare i Lekvalla konsthall", "Barn i kö till kulturskolan",
             "Deltagartillfällen i föreningar, 7–20", "Besök i Heljestabadet, antal",
             "Energianvändning i nämndens lokaler"]),
    q("Vilka uppdrag har Lekvallas kultur- och fritidsförvaltning ännu inte satt igång med?", "sv", "list", A, 3,
      ["U5 Öppna meröppet bibliotek i Dammhult Biblioteksenheten 2028-09-30 Ej påbörjat"],
      "Fyra uppdrag är inte påbörjade: meröppet bibliotek i Dammhult (U5), översyn av taxorna för föreningars "
      "lokalhyra (U6), en kulturskolefilial i Ellstorp (U9) och en kartläggning av flickors deltagande i "
      "idrottsföreningarna (U12).",
      items=["U5 Öppna meröppet bibliotek i Dammhult", "U6 Se över taxorna för",
             "U9 Starta en filial till kulturskolan", "U12 Kartlägga flickors deltagande i"]),
    q("Varför har Lekvalla satt ett lägre mål för antalet badgäster i Heljestabadet 2028?", "sv", "passage", A, 2,
      ["bassängen stängs för renovering från mars till oktober 2028"],
      "Målvärdet (95 000 besök) är lägre eftersom den stora bassängen stängs för renovering från mars till oktober "
      "2028; simskolan och simföreningen hänvisas då till undervisningsbassängen och skolbadet i Alnvik."),
    none("Vad var utfallet för besökare i Lekvalla konsthall år 2024?", "sv"),
    none("Hur många ledamöter sitter i kultur- och fritidsnämnden i Lekvalla?", "sv"),
    none("Which of the culture and leisure committee's assignments in Lekvalla are due to be completed in 2029?",
         "en"),
    # ------------------------------------------------------------ (b) Brisvik, revisionsrapport upphandling
    q("Hur mycket betalade tekniska nämnden i Brisvik till Degermora Transport för maskinerna med förare?", "sv",
      "figure", B, 3, ["6 Degermora Transport AB Maskintjänster med förare 1 918 Nej Avtalet har löpt ut"],
      "1 918 tkr under granskningsperioden, utan upphandling eftersom avtalet hade löpt ut.",
      [fig(1918, "tkr", "1 918")]),
    q("Hur många av de köp som revisorerna i Brisvik kontrollerade var gjorda utan upphandling?", "sv", "figure", B,
      2, ["Av dessa gjordes 7 inköp, till ett värde av 5 460 tkr"],
      "7 av de 18 granskade inköpen, till ett värde av 5 460 tkr.",
      [fig(7, "antal", "7 inköp")]),
    q("What share of the purchase value audited in Brisvik was bought without any procurement?", "en", "figure", B,
      2, ["Det motsvarar 35,1 procent av det granskade beloppet"],
      "35.1 per cent (5,460 of 15,562 thousand kronor), up from 12.4 per cent in the auditors' previous review in "
      "2024.",
      [fig(35.1, "procent", "35,1 procent")]),
    q("Which of the purchases sampled by Brisvik's auditors had not been procured?", "en", "list", B, 3,
      ["2 Asklinge Konsult AB Konsultstöd vid chefsrekrytering 486 Nej Saknas"],
      "Seven purchases: Asklinge Konsult (486 tkr), Hulsviks Reklambyrå (744), Degermora Transport (1,918), Evedals "
      "Städ (612), Hävlinge Buss (398), Essviks Bemanning (1,126) and Lekeby Handledning (176).",
      items=["2 Asklinge Konsult AB", "4 Hulsviks Reklambyrå AB", "6 Degermora Transport AB", "11 Evedals Städ AB",
             "13 Hävlinge Buss AB", "14 Essviks Bemanning AB", "17 Lekeby Handledning AB"]),
    q("Vad rekommenderar revisorerna i Brisvik kommunstyrelsen att göra efter granskningen av inköpen?", "sv",
      "list", B, 4, ["Upprätta en samlad och aktuell avtalskatalog som alla beställare kan nå"],
      "Fem rekommendationer: en samlad och aktuell avtalskatalog, en rutin för att bevaka avtal som löper ut, "
      "dokumentation av direktupphandlingar över 100 tkr, utbildning av beställare och attestanter samt en årlig "
      "uppföljning av avtalstroheten som rapporteras till kommunstyrelsen.",
      items=["Upprätta en samlad och aktuell avtalskatalog", "Inför en rutin för att bevaka",
             "Säkerställ att direktupphandlingar över 100 tkr", "Utbilda beställare och attestanter i",
             "Följ upp avtalstroheten minst en gång"]),
    q("Varför fortsatte tekniska nämnden i Brisvik att köpa maskintjänster fast avtalet hade gått ut?", "sv",
      "passage", B, 3, ["den nya upphandlingen av maskintjänster överprövades av en av anbudsgivarna"],
      "Den nya upphandlingen överprövades av en anbudsgivare, så förvaltningen fortsatte att beställa från den "
      "tidigare leverantören i väntan på förvaltningsrättens dom, utan någon tillfällig upphandling."),
    none("Vilka av inköpen som revisorerna i Brisvik granskade var större än 3 000 tkr?", "sv"),
    none("Hur stor andel av inköpen saknade avtal när revisorerna i Brisvik granskade upphandlingen 2022?", "sv"),
    none("Hur många anställda har upphandlingsenheten i Brisviks kommun?", "sv"),
    # ------------------------------------------------------------ (c) Dyrhamra, årsredovisning 2027
    q("Vilket resultat gjorde Dyrhamra kommun 2027 och hur blev det mot budget?", "sv", "figure", C, 1,
      ["Årets resultat blev 42,7 mnkr, vilket är 14,7 mnkr bättre än budgeterat"],
      "42,7 mnkr, 14,7 mnkr bättre än budgeten på 28,0 mnkr men 6,4 mnkr lägre än 2026 (49,1 mnkr).",
      [fig(42.7, "mnkr", "42,7 mnkr")]),
    q("Hur hög var sjukfrånvaron bland de anställda i Dyrhamra 2025?", "sv", "figure", C, 2,
      ["Sjukfrånvaro, % 7,9 7,4 7,1 6,8 6,5"],
      "7,1 procent 2025. Den har sedan minskat till 6,8 procent 2026 och 6,5 procent 2027.",
      [fig(7.1, "procent", "7,1")]),
    q("How much did Dyrhamra spend on net investments in 2027, and how did that compare with the budget?", "en",
      "figure", C, 1,
      ["Nettoinvesteringarna uppgick till 186,4 mnkr, att jämföra med en budget på 241,0 mnkr"],
      "186.4 million kronor against a budget of 241.0 million, an implementation rate of 77.3 per cent (84.6 per cent "
      "in 2026).",
      [fig(186.4, "mnkr", "186,4 mnkr")]),
    q("Hur stort underskott mot budget hade barn- och utbildningsnämnden i Dyrhamra 2027?", "sv", "figure", C, 3,
      ["Barn- och utbildningsnämnden 812,6 826,3 −13,7 787,4"],
      "Ett underskott på 13,7 mnkr: utfallet blev 826,3 mnkr mot en budget på 812,6 mnkr.",
      [fig(13.7, "mnkr", "−13,7")]),
    q("Vilka nämnder i Dyrhamra drog över sin budget under 2027?", "sv", "list", C, 3,
      ["Socialnämnden 694,2 717,8 −23,6 671,9"],
      "Tre nämnder: barn- och utbildningsnämnden (−13,7 mnkr), socialnämnden (−23,6 mnkr) och "
      "överförmyndarnämnden (−0,8 mnkr).",
      items=["Barn- och utbildningsnämnden 812,6", "Socialnämnden 694,2 717,8", "Överförmyndarnämnden 6,1 6,9"]),
    q("Vilka av Dyrhamras nämnder gick med ett överskott mot budgeten på mer än en miljon kronor 2027?", "sv",
      "list", C, 3, ["Miljö- och byggnadsnämnden 22,4 21,3 +1,1 20,6"],
      "Tre nämnder: kommunstyrelsen (+6,5 mnkr), tekniska nämnden (+4,7 mnkr) och miljö- och byggnadsnämnden "
      "(+1,1 mnkr).",
      items=["Kommunstyrelsen 168,4 161,9", "Tekniska nämnden 96,8 92,1", "Miljö- och byggnadsnämnden 22,4"]),
    q("Why did the social services committee in Dyrhamra overspend its budget in 2027?", "en", "passage", C, 3,
      ["fler barn och unga har placerats i familjehem och på institution"],
      "The deficit of 23.6 million kronor is mainly because more children and young people were placed in foster "
      "homes and institutions, and the number of home-help hours granted rose by 9 per cent."),
    none("What was Dyrhamra's municipal tax rate in 2022?", "en"),
    none("Vilken budget har socialnämnden i Dyrhamra fått för 2028?", "sv"),
    none("Vilka nämnder i Dyrhamra hade ett underskott på mer än 30 mnkr 2027?", "sv"),
    # ------------------------------------------------------------ (d) Region Delsmark, trafikförsörjningsprogram
    q("Hur många resor gjordes med linje 3 i Region Delsmark under 2026?", "sv", "figure", D, 2,
      ["3 Lådsta – Hälmvik C – Lasarettet 46 28 20 842 100 873 400"],
      "873 400 resor 2026, jämfört med 842 100 år 2025 (+3,7 %).",
      [fig(873400, "antal", "873 400")]),
    q("Hur många turer går det på linje 201 i Region Delsmark en lördag?", "sv", "figure", D, 2,
      ["201 Hälmvik – Hovmyra 34 14 10 702 500 731 300"],
      "14 avgångar på lördagar (34 måndag–fredag och 10 på söndagar).",
      [fig(14, "antal", "14")]),
    q("Vilken kostnadstäckning hade bussarna i zon B i Delsmark 2026?", "sv", "figure", D, 2,
      ["zon B 70 24 14 1 100 600 1 141 000 +3,7 55,3 17,0 30,7"],
      "30,7 procent: biljettintäkter på 17,0 mnkr mot kostnader på 55,3 mnkr.",
      [fig(30.7, "procent", "30,7")]),
    q("Vilka busslinjer i Region Delsmark kör inte alls på söndagar?", "sv", "list", D, 2,
      ["235 Lerbäcka – Dalsnäs 6 – – 24 600 22 900"],
      "Fem linjer: 4 (Hälmvik C–Arnsberga), 115 (Ebbinge–Bäsnäs), 118 (Dunby–Lillmora–Bäsnäs), 220 "
      "(Hälmvik–Edholma) och 235 (Lerbäcka–Dalsnäs).",
      items=["4 Hälmvik C – Arnsberga", "115 Ebbinge – Bäsnäs", "118 Dunby – Lillmora – Bäsnäs",
             "220 Hälmvik – Edholma", "235 Lerbäcka – Dalsnäs"]),
    q("Which bus lines in zone B of Region Delsmark covered less than 30 per cent of their costs with fares in "
      "2026?", "en", "list", D, 2, ["118 Dunby – Lillmora – Bäsnäs 8 – – 41 700 44 200"],
      "Two lines: 115 Ebbinge–Bäsnäs (19.0 per cent) and 118 Dunby–Lillmora–Bäsnäs (13.5 per cent).",
      items=["115 Ebbinge – Bäsnäs", "118 Dunby – Lillmora – Bäsnäs"]),
    none("Hur många resor gjordes på linje 104 i Delsmark 2024?", "sv"),
    none("What does a single adult ticket cost in zone A in Region Delsmark?", "en"),
    none("Vilka linjer i Region Delsmark har fler än 80 avgångar en vanlig vardag?", "sv"),
    # ------------------------------------------------------------ (e) Halsmora, kommunfullmäktige 2027-12-13
    q("Hur många ledamöter i Halsmora röstade för den nya simhallen?", "sv", "figure", E, 3,
      ["Omröstningen utfaller med 20 ja-röster mot 18 nej-röster"],
      "20 ledamöter röstade ja, 18 nej; en avstod och två var frånvarande.",
      [fig(20, "antal", "20 ja-röster")]),
    q("How much money did Halsmora's council set aside for the new swimming hall at Dragnäs?", "en", "figure", E, 3,
      ["anvisa en investeringsram på 186,0 mnkr för en ny simhall vid Dragnäs"],
      "An investment frame of 186.0 million kronor (38.0 million in 2028 and 148.0 million in 2029), up from 164.0 "
      "million in the 2026 feasibility study.",
      [fig(186.0, "mnkr", "186,0 mnkr")]),
    q("Vilka motioner sa kommunfullmäktige i Halsmora nej till i december 2027?", "sv", "list", E, 1,
      ["KS 2026/311 Gratis kollektivtrafik för pensionärer Anton Lerner (L) Avslag"],
      "Tre motioner avslogs: gratis kollektivtrafik för pensionärer (L), kameraövervakning vid resecentrum (SD) "
      "och sänkt kommunalskatt för pensionärer (M).",
      items=["KS 2026/311 Gratis kollektivtrafik för pensionärer", "KS 2027/058 Kameraövervakning vid resecentrum",
             "KS 2027/171 Sänkt kommunalskatt för pensionärer"]),
    q("Which parties voted against the new swimming hall in Halsmora?", "en", "list", E, 3,
      ["Kristdemokraterna (KD) 2 0 2 0 0"],
      "The Moderates (8 votes against), the Sweden Democrats (8) and the Christian Democrats (2); they also "
      "entered a reservation.",
      items=["Moderaterna (M) 9 0 8", "Sverigedemokraterna (SD) 8 0 8", "Kristdemokraterna (KD) 2 0 2"]),
    q("Varför sa fullmäktige i Halsmora nej till fria bussresor för pensionärer?", "sv", "passage", E, 2,
      ["kostnaden beräknas till 4,6 mnkr per år"],
      "Kostnaden beräknas till 4,6 mnkr per år, och kommunen kan inte införa fria resor i den regionala "
      "kollektivtrafiken för en grupp utan att regionen står för en del av kostnaden."),
    none("Vilka ersättare valdes till kommunstyrelsen på fullmäktiges möte i Halsmora i december 2027?", "sv"),
    none("Vad beräknas den nya simhallen i Halsmora kosta i drift per år?", "sv"),
    # ------------------------------------------------------------ (f) Edsmyra, avfallsplan (p. 3 scanned)
    q("Hur många ton matavfall samlades in i Edsmyra 2026?", "sv", "figure", F, 3,
      ["Matavfall 1 284 1 402 1 538 1 706 1 861 +9,1"],
      "1 861 ton, 9,1 procent mer än 2025 (1 706 ton).",
      [fig(1861, "ton", "1 861")]),
    q("How many tonnes of glass packaging were collected in Edsmyra in 2024?", "en", "figure", F, 3,
      ["Glasförpackningar 1 118 1 127 1 142 1 139 1 156 +1,5"],
      "1,142 tonnes in 2024 (1,139 in 2025 and 1,156 in 2026).",
      [fig(1142, "ton", "1 142")]),
    q("Hur mycket mat slängdes per portion i skolorna i Edsmyra 2026?", "sv", "figure", F, 2,
      ["Matsvinn i skolor, gram per portion 38 36 25"],
      "36 gram per portion 2026, mot 38 gram i utgångsläget 2024. Målvärdet för 2032 är 25 gram.",
      [fig(36, "gram", "36")]),
    q("Vilka avfallsslag minskade i Edsmyra från 2025 till 2026?", "sv", "list", F, 3,
      ["Returpapper 1 486 1 352 1 211 1 083 962 −11,2"],
      "Sex fraktioner: restavfall (5 702 → 5 486 ton), returpapper (1 083 → 962), trä (2 268 → 2 241), "
      "metallskrot (801 → 788), trädgårdsavfall (4 377 → 4 129) och elavfall (452 → 441).",
      items=["Restavfall 6 412 6 238", "Returpapper 1 486 1 352", "Trä 2 176 2 214", "Metallskrot 812 796 834",
             "Trädgårdsavfall 4 326 4 102", "Elavfall 498 476 463"]),
    q("Vilka fraktioner på återvinningscentralerna i Edsmyra var större än 1 000 ton 2026?", "sv", "list", F, 3,
      ["Trädgårdsavfall 4 326 4 102 4 518 4 377 4 129 −5,7"],
      "Tre: grovavfall till förbränning (2 903 ton), trä (2 241 ton) och trädgårdsavfall (4 129 ton).",
      items=["Grovavfall till förbränning 3 248", "Trä 2 176 2 214", "Trädgårdsavfall 4 326 4 102"]),
    none("Hur många ton restavfall samlades in i Edsmyra 2021?", "sv"),
    none("What was the annual waste collection fee for a house in Edsmyra in 2026?", "en"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"hs{45000 + n}"}
            rec.update(x)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
