"""Writes ../heldout_syn37.jsonl: 50 held-out gold questions (hs37001–hs37050) about the six synthetic37 PDFs.

18 figure, 12 list (11 conditional – by a sign within a committee, by a comparison of two cells of the same row or
of two year rows of the same school, by an assessment word, by a year and a target, by a completion year, by the
roll-call vote, by a target that is a minimum or a maximum, by a group and an amount, by an amount – and 1 that asks
for a whole named list), 4 passage, 16 none (4 of them list-shaped); 37 in Swedish and 13 in English (5 figures,
5 lists, 1 passage, 2 none). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of the Sjölunda
document, a scanned page without a text layer (two figures, two lists and one near-miss none question).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn37.jsonl"

A = "region-stromvalla-delarsrapport-jan-aug-2027.pdf"
B = "lidmora-granskning-inkop-och-betalningar-2027.pdf"
C = "tegnaby-bun-kvalitetsrapport-grundskola-2027.pdf"
D = "navlinge-ks-protokoll-2027-09-14.pdf"
E = "hedsunda-tn-vintervaghallning-2026-2027.pdf"
F = "sjolunda-renhallningstaxa-2028.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Region Strömvalla, delårsrapport jan–aug 2027
    q("Vad beräknas den somatiska specialistvården i Region Strömvalla kosta för helåret 2027 enligt prognosen?",
      "sv", "figure", A, 2, ["Somatisk specialistvård 2 412,6 2 561,3 3 790,0 3 905,4 −115,4"],
      "3 905,4 mnkr, vilket är 115,4 mnkr mer än budgeten på 3 790,0 mnkr.",
      [fig(3905.4, "mnkr", "3 905,4")]),
    q("What was the net cost of bus services in Region Strömvalla for January to August 2026?", "en", "figure", A, 2,
      ["Busstrafik 412,5 436,2 642,0 660,4 −18,4"],
      "412.5 million kronor (mnkr) for January–August 2026; the same period of 2027 cost 436.2 mnkr.",
      [fig(412.5, "mnkr", "412,5")]),
    q("Vilket resultat räknar Region Strömvalla med för helåret 2027?", "sv", "figure", A, 1,
      ["Prognosen för helåret pekar på ett resultat på 94,0 mnkr"],
      "94,0 mnkr, vilket är 136,0 mnkr lägre än det budgeterade resultatet på 230,0 mnkr (0,8 procent av skatter "
      "och bidrag mot målet 2,0 procent).",
      [fig(94.0, "mnkr", "94,0 mnkr")]),
    q("Hur stora skatteintäkter räknar Region Strömvalla med för hela 2027 i delårsrapportens prognos?", "sv",
      "figure", A, 4, ["Skatteintäkter 6 034,2 6 311,8 9 512,0 9 468,6"],
      "9 468,6 mnkr enligt prognosen, något lägre än budgeten på 9 512,0 mnkr.",
      [fig(9468.6, "mnkr", "9 468,6")]),
    q("Vilka verksamheter inom hälso- och sjukvårdsnämnden i Region Strömvalla väntas gå över budget 2027?", "sv",
      "list", A, 2, ["Primärvård 951,2 1 004,8 1 486,0 1 512,3 −26,3"],
      "Tre: primärvården (−26,3 mnkr), den somatiska specialistvården (−115,4 mnkr) och psykiatrin (−8,5 mnkr).",
      items=["Primärvård 951,2 1 004,8", "Somatisk specialistvård 2 412,6", "Psykiatri 540,1 563,9"]),
    q("Which activities in Region Strömvalla had lower net costs in January–August 2027 than in the same period of "
      "2026?", "en", "list", A, 2, ["Anropsstyrd trafik 15,2 14,1 24,8 21,6 +3,2"],
      "Three: demand-responsive transport (15.2 → 14.1 mnkr), dental care support (33.1 → 31.8) and Regionservice "
      "(40.3 → 39.5).",
      items=["Anropsstyrd trafik 15,2 14,1", "Tandvårdsstöd 33,1 31,8", "Regionservice 40,3 39,5"]),
    q("Varför går den somatiska specialistvården i Region Strömvalla med underskott?", "sv", "passage", A, 4,
      ["bristen på specialistsjuksköterskor vid Hjortnäs sjukhus har krävt inhyrd personal"],
      "Bristen på specialistsjuksköterskor vid Hjortnäs sjukhus har krävt inhyrd personal på operations- och "
      "intensivvårdsavdelningarna."),
    none("Vilken prognos har tandvårdsnämnden i Region Strömvalla för 2028?", "sv"),
    none("What was the full-year budget for primary care (Primärvård) in Region Strömvalla in 2026?", "en"),
    none("Vilka verksamheter i Region Strömvalla har en prognostiserad avvikelse på mer än minus 200 mnkr?", "sv"),

    # ------------------------------------------------------------ (b) Lidmora, granskning inköp och betalningar
    q("Hur hög var avtalstroheten i Lidmora kommun 2026 enligt revisorernas granskning?", "sv", "figure", B, 2,
      ["var avtalstroheten 76 procent 2026, jämfört med 71 procent 2025"],
      "76 procent, upp från 71 procent 2025 men under målet på 85 procent.",
      [fig(76, "procent", "76 procent")]),
    q("How many deviations did the auditors in Lidmora find when checking that purchases are made from contracted "
      "suppliers?", "en", "figure", B, 2, ["B3 Inköp görs från leverantörer med avtal 60 14 Ej uppfyllt"],
      "14 deviations in 60 samples; the control was assessed as not fulfilled (Ej uppfyllt).",
      [fig(14, "antal", "14")]),
    q("Hur mycket pengar betalades ut dubbelt av Lidmora kommun enligt revisorerna?", "sv", "figure", B, 2,
      ["hittade vi två dubbelbetalningar om sammanlagt 184 600 kronor"],
      "184 600 kronor i två dubbelbetalningar, varav 122 000 kronor har betalats tillbaka.",
      [fig(184600, "kr", "184 600 kronor")]),
    q("Which controls did the auditors in Lidmora assess as not fulfilled (Ej uppfyllt)?", "en", "list", B, 2,
      ["A3 Leverantörer utan köp de senaste 18 månaderna spärras 30 11"],
      "Three: A3 (suppliers without purchases for 18 months are blocked), B3 (purchases from suppliers with a "
      "contract) and D1 (the executive board follows up contract loyalty twice a year).",
      items=["A3 Leverantörer utan köp", "B3 Inköp görs från", "D1 Kommunstyrelsen följer upp"]),
    q("Vilka rekommendationer lämnar revisorerna i Lidmora efter granskningen av inköp och betalningar?", "sv",
      "list", B, 1, ["Inför en rutin för att regelbundet spärra leverantörer som inte har använts"],
      "Fem: en rutin för att spärra oanvända leverantörer, inköp från avtalade leverantörer, automatisk kontroll "
      "av dubbla fakturor, uppföljning av avtalstroheten två gånger per år och tydligare rapportering av "
      "nämndernas kontroller.",
      items=["Inför en rutin för", "Säkerställ att inköp görs", "Komplettera systemet med en",
             "Följ upp avtalstroheten i", "Tydliggör i internkontrollplanen hur"]),
    q("Varför spärras inte gamla leverantörer i Lidmoras leverantörsregister?", "sv", "passage", B, 3,
      ["ekonomisystemet saknar en funktion som automatiskt spärrar leverantörer"],
      "Ekonomisystemet saknar en funktion som automatiskt spärrar leverantörer, och ingen har fått i uppdrag att "
      "göra det manuellt."),
    none("Hur hög var avtalstroheten i Lidmora kommun 2024?", "sv"),
    none("Hur många leverantörsfakturor hanterade Lidmora kommun under 2025?", "sv"),
    none("Vilka kontrollmoment i Lidmoras granskning hade fler än 20 avvikelser?", "sv"),

    # ------------------------------------------------------------ (c) Tegnaby, kvalitetsrapport grundskola 2027
    q("Vilket meritvärde hade eleverna i nian på Norrtunaskolan i Tegnaby 2026?", "sv", "figure", C, 2,
      ["Norrtunaskolan 2026 49 59,2 190,8"],
      "190,8 poäng 2026, jämfört med 196,3 året innan och 199,4 år 2027.",
      [fig(190.8, "poäng", "190,8")]),
    q("How many pupils finished year 9 at Lärkbackens skola in Tegnaby in 2027?", "en", "figure", C, 2,
      ["Lärkbackens skola 2027 53 92,5 251,2"],
      "53 pupils in 2027 (55 in 2026).",
      [fig(53, "antal", "53")]),
    q("Hur stor andel av Tegnabys niondeklassare fick godkänt i alla ämnen våren 2027?", "sv", "figure", C, 1,
      ["alla ämnen ökade till 80,1 procent, från 79,3 procent året innan"],
      "80,1 procent, upp från 79,3 procent 2026; nämndens mål på 80 procent nåddes därmed.",
      [fig(80.1, "procent", "80,1 procent")]),
    q("Vilka skolenheter i Tegnaby låg under nämndens mål på 80 procent godkända i alla ämnen 2027?", "sv", "list",
      C, 2, ["Norrtunaskolan 2027 47 63,8 199,4"],
      "Fyra: Hjulstaskolan (70,5 procent), Norrtunaskolan (63,8), Solvikens skola (77,2) och Tallängens skola "
      "(75,6).",
      items=["Hjulstaskolan 2027 61 70,5", "Norrtunaskolan 2027 47 63,8", "Solvikens skola 2027 79",
             "Tallängens skola 2027 41"]),
    q("Which schools in Tegnaby had a lower merit value in 2027 than in 2026?", "en", "list", C, 2,
      ["Edsbergsskolan 2027 84 84,5 238,1"],
      "Two: Edsbergsskolan (240.3 → 238.1) and Solvikens skola (229.5 → 223.6).",
      items=["Edsbergsskolan 2027 84 84,5", "Solvikens skola 2027 79 77,2"]),
    none("Vilket meritvärde hade flickorna på Edsbergsskolan i Tegnaby 2027?", "sv"),
    none("Hur stor andel av eleverna på Tegnabyskolan i Tegnaby klarade alla ämnen 2024?", "sv"),
    none("Vilka skolor i Tegnaby hade fler än 150 elever i årskurs 9 år 2027?", "sv"),

    # ------------------------------------------------------------ (d) Nävlinge, KS-protokoll 2027-09-14
    q("Hur mycket pengar fick den nya förskolan i Stensby ur Nävlinges investeringsram för 2027?", "sv", "figure",
      D, 3, ["Ny förskola i Stensby, åtta avdelningar 18 400 64 000 2029"],
      "18 400 tkr beviljades för 2027; hela projektet beräknas kosta 64 000 tkr och vara klart 2029.",
      [fig(18400, "tkr", "18 400")]),
    q("Hur många ledamöter röstade nej i omröstningen om investeringsramen i Nävlinges kommunstyrelse?", "sv",
      "figure", D, 2, ["Med 8 ja-röster mot 5 nej-röster bifaller kommunstyrelsen förvaltningens förslag"],
      "Fem ledamöter röstade nej och åtta ja.",
      [fig(5, "antal", "5 nej-röster")]),
    q("Hur mycket beviljades tekniska nämnden sammanlagt för 2027 när Nävlinge fördelade investeringsramen?", "sv",
      "figure", D, 3, ["Summa tekniska nämnden 18 050 34 900"],
      "18 050 tkr för 2027, av en sammanlagd utgift på 34 900 tkr för nämndens tre projekt.",
      [fig(18050, "tkr", "18 050")]),
    q("Which of the investment projects approved by the executive board in Nävlinge are due to be completed in "
      "2027?", "en", "list", D, 3, ["Ombyggnad av skolköket i Tjärby skola 6 200 6 200 2027"],
      "Five: the school kitchen in Tjärby, LED street lighting, the artificial grass pitch at Stensby, staffless "
      "opening at Nävlinge library and digital safety alarms.",
      items=["Ombyggnad av skolköket i Tjärby", "Byte till LED i", "Konstgräsplan vid Stensby idrottsplats",
             "Meröppet på Nävlinge bibliotek", "Digitala trygghetslarm 1 200"]),
    q("Vilka ledamöter i Nävlinges kommunstyrelse röstade nej om investeringsramen?", "sv", "list", D, 2,
      ["Reservation: Henrik Lindqvist (M), Tobias Eklund (SD), Sara Thorén (M)"],
      "Fem: Henrik Lindqvist (M), Tobias Eklund (SD), Sara Thorén (M), Emma Lundin (KD) och Tina Edvall (SD).",
      items=["Henrik Lindqvist (M)", "Tobias Eklund (SD)", "Sara Thorén (M)", "Emma Lundin (KD)",
             "Tina Edvall (SD)"]),
    q("Varför sköt Nävlinges kommunstyrelse upp beslutet om markförsäljningen i Hammarvik?", "sv", "passage", D, 3,
      ["förvaltningen ska ta fram en oberoende värdering av marken"],
      "Ärendet återremitterades eftersom förvaltningen ska ta fram en oberoende värdering av marken innan ärendet "
      "avgörs."),
    none("What will the annual operating cost of the artificial grass pitch at Stensby idrottsplats be in "
         "Nävlinge?", "en"),
    none("Hur mycket får den nya förskolan i Stensby i Nävlinge under 2028?", "sv"),

    # ------------------------------------------------------------ (e) Hedsunda, vinterväghållning 2026/2027
    q("Hur stor andel av halkbekämpningen i Norrsand i Hedsunda gjordes inom fyra timmar förra vintern?", "sv",
      "figure", E, 2, ["Norrsand 94 21 89,6 84,7 4,6 15 760"],
      "84,7 procent, under målet på minst 90 procent.",
      [fig(84.7, "procent", "84,7")]),
    q("How much did winter road maintenance cost Hedsunda in the 2026/2027 season?", "en", "figure", E, 1,
      ["Kostnaden för vinterväghållningen blev 23,8 mnkr, vilket är 2,3 mnkr mer"],
      "23.8 million kronor, 2.3 mnkr over the budget of 21.5 mnkr; the previous season cost 19.6 mnkr.",
      [fig(23.8, "mnkr", "23,8 mnkr")]),
    q("Vad kostade vinterväghållningen per kilometer väg i Sandtorp i Hedsunda?", "sv", "figure", E, 2,
      ["Sandtorp 76 18 97,0 93,4 1,9 12 980"],
      "12 980 kronor per kilometer, den lägsta kostnaden av de sex driftområdena.",
      [fig(12980, "kr", "12 980")]),
    q("Vilka driftområden i Hedsunda klarade inte målet för plogning inom åtgärdstid?", "sv", "list", E, 2,
      ["Lillvreta 58 17 91,2 88,5 3,8 14 320"],
      "Tre: Lillvreta (91,2 procent), Norrsand (89,6) och Hagvreta (93,8) mot målet minst 95 procent.",
      items=["Lillvreta 58 17 91,2", "Norrsand 94 21 89,6", "Hagvreta 47 15 93,8"]),
    q("I vilka driftområden i Hedsunda kom det in fler klagomål per tio kilometer väg än målet tillåter?", "sv",
      "list", E, 2, ["Norrsand 94 21 89,6 84,7 4,6 15 760"],
      "Två: Lillvreta (3,8 klagomål per 10 km) och Norrsand (4,6) mot målet högst 3,0.",
      items=["Lillvreta 58 17", "Norrsand 94 21"]),
    q("Why did the Norrsand area in Hedsunda miss all its winter maintenance targets?", "en", "passage", E, 3,
      ["den nya entreprenören tog över området den 1 december"],
      "A new contractor took over the area on 1 December, and two of its three snowploughs were out of service "
      "during Christmas week after breakdowns."),
    none("Vad kostade vinterväghållningen per kilometer i Lillvreta i Hedsunda säsongen 2025/2026?", "sv"),
    none("Hur många ton salt använde Hedsunda kommun i vinterväghållningen 2026/2027?", "sv"),
    none("I vilka driftområden i Hedsunda låg andelen plogning inom åtgärdstid under 80 procent?", "sv"),

    # ------------------------------------------------------------ (f) Sjölunda, renhållningstaxa 2028 (p. 2 scanned)
    q("Vad blir årsavgiften 2028 i Sjölunda för ett 190-literskärl som töms en gång i månaden?", "sv", "figure", F,
      2, ["3 Kärl 190 liter, var fjärde vecka 1 150 892 2 042 1 924"],
      "2 042 kronor per år (grundavgift 1 150 kr och hämtningsavgift 892 kr), mot 1 924 kronor 2027.",
      [fig(2042, "kr", "2 042")]),
    q("What did a shared 190-litre bin for two households cost per year in Sjölunda under the 2027 tariff?", "en",
      "figure", F, 2, ["4 Delat kärl 190 liter, två hushåll 575 764 1 339 1 262"],
      "1,262 kronor a year in 2027; under the 2028 tariff it costs 1,339 kronor.",
      [fig(1262, "kr", "1 262")]),
    q("Vilka abonnemang för fritidshus i Sjölunda kostar mindre än 1 300 kronor per år 2028?", "sv", "list", F, 2,
      ["8 Gemensamt kärl vid vägen 620 410 1 030 981"],
      "Två: kärl 190 liter varannan vecka (1 216 kr) och gemensamt kärl vid vägen (1 030 kr). Fyrfackskärlet "
      "kostar 1 432 kr.",
      items=["7 Kärl 190 liter, varannan vecka", "8 Gemensamt kärl vid vägen"]),
    q("Which waste collection subscriptions in Sjölunda have an annual fee above 5,000 kronor in 2028?", "en",
      "list", F, 2, ["10 Kärl 660 liter restavfall, varje vecka 1 840 8 960 10 800 10 390"],
      "Two: the 370-litre residual waste bin emptied weekly (7,560 kr) and the 660-litre bin (10,800 kr).",
      items=["9 Kärl 370 liter restavfall", "10 Kärl 660 liter restavfall"]),
    none("Vad kostade ett 190-literskärl med hämtning en gång i månaden i Sjölunda år 2026?", "sv"),
    none("Vad kostar det att tömma en fettavskiljare i Sjölunda enligt renhållningstaxan?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"hs{37000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
