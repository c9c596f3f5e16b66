"""Writes ../heldout_syn41.jsonl: 50 held-out gold questions (hs41001–hs41050) about the six synthetic41 PDFs.

18 figure, 12 list (10 conditional – by a status word (ej uppfyllt), by the body that gave an assignment, by the
responsible unit, by a start year, by an amount within a group (healthcare overspending more than 10 mnkr), by a
comparison of two cells of a row (indicators lower in 2026 than in 2025, lower net costs than the same period a year
before), by a column of the attendance table (serving substitutes) and, on the scanned page, by a merit value over
230 and a share of boys under 80 % – and 2 that ask for a whole named list: the auditors' recommendations and the new
motions), 4 passage, 16 none (5 of them list-shaped); 37 in Swedish and 13 in English (5 figures, 3 lists, 1
passage, 4 none). Items are written out literally (not derived from data.py) so that check.py, which recomputes the
expected rows from data.py, is an independent check. Five questions are about p. 2 of the Frösvala document, a
scanned page without a text layer (two figures, two lists and one near-miss none question); the evidence of the
answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn41.jsonl"

A = "hasslinge-revisionsrapport-intern-kontroll-sbn-2027.pdf"
B = "tallnasa-kfn-namndplan-2027.pdf"
C = "hedsala-kf-protokoll-2027-06-14.pdf"
D = "region-norrfjala-delarsrapport-jan-aug-2027.pdf"
E = "sornasa-handlingsplan-folkhalsa-2027-2029.pdf"
F = "frosvala-bun-skolresultat-ak9-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Hasslinge, revisionsrapport 2027:2
    q("Hur stor andel av direktupphandlingarna i Hasslinges stickprov hade brister 2026?", "sv", "figure", A, 2,
      ["Direktupphandlingar 25 6 24,0 25 16,0"],
      "24,0 procent – avvikelser i 6 av 25 granskade direktupphandlingar, jämfört med 16,0 procent vid "
      "granskningen 2024.",
      [fig(24.0, "procent", "24,0")]),
    q("How many of the supplier invoices sampled by Hasslinge's auditors had errors?", "en", "figure", A, 2,
      ["Leverantörsfakturor 60 7 11,7 50 8,0"],
      "7 of the 60 sampled supplier invoices (11.7 per cent), up from 8.0 per cent in the 2024 audit.",
      [fig(7, "antal", "7")]),
    q("Hur stort blev samhällsbyggnadsnämndens underskott i Hasslinge 2026?", "sv", "figure", A, 1,
      ["redovisade för 2026 ett underskott på 6,8 mnkr mot en budget"],
      "6,8 mnkr: utfallet blev 221,4 mnkr mot en budget på 214,6 mnkr. Året innan var underskottet 3,1 mnkr.",
      [fig(6.8, "mnkr", "6,8 mnkr")]),
    q("Vilka kontrollfrågor fick bedömningen ej uppfyllt när revisorerna i Hasslinge granskade den interna "
      "kontrollen 2026?", "sv", "list", A, 3,
      ["Följs reglerna för direktupphandling? Delvis uppfyllt Ej uppfyllt"],
      "Tre: fråga 4 (om planen bygger på en dokumenterad risk- och väsentlighetsanalys), fråga 9 (om reglerna för "
      "direktupphandling följs) och fråga 11 (om nämnden beslutar om åtgärder när brister upptäcks).",
      items=["4 Bygger planen på en dokumenterad", "9 Följs reglerna för direktupphandling?",
             "11 Beslutar nämnden om åtgärder när"]),
    q("Vilka rekommendationer ger revisorerna samhällsbyggnadsnämnden i Hasslinge?", "sv", "list", A, 4,
      ["Säkerställ att reglerna för direktupphandling följs"],
      "Fem: en dokumenterad risk- och väsentlighetsanalys som grund för planen, att reglerna för direktupphandling "
      "följs, beslut om och uppföljning av åtgärder när kontrollerna visar brister, översyn av attesträtterna minst "
      "två gånger per år och en fördelning av ansvaret för uppföljningen efter omorganisationen.",
      items=["Ta fram en dokumenterad risk- och väsentlighetsanalys", "Säkerställ att reglerna för direktupphandling",
             "Fatta beslut om åtgärder när kontrollerna", "Se över attesträtterna i ekonomisystemet",
             "Fördela ansvaret för uppföljningen av den"]),
    q("Why did the auditors conclude that Hasslinge's planning committee lacks a proper risk analysis?", "en",
      "passage", A, 2,
      ["i stort sett har kopierats från föregående år utan att riskerna"],
      "Because the internal control plan for 2026 was largely copied from the previous year without the risks being "
      "assessed anew, and there is no documentation of how the control steps were chosen; the work was postponed "
      "during the reorganisation."),
    none("How much did the audit of Hasslinge's planning committee cost?", "en"),
    none("Hur många leverantörsfakturor granskades i Hasslinges stickprov 2022?", "sv"),
    none("Vilka kontrollområden i Hasslinge hade en avvikelseandel på över 30 procent i stickproven?", "sv"),

    # ------------------------------------------------------------ (b) Tallnäsa, KFN nämndplan 2027
    q("Hur många besökte simhallen i Tallnäsa under 2026?", "sv", "figure", B, 2,
      ["Besök i Tallnäsa simhall, antal 84 200 88 750 90 000"],
      "88 750 besök 2026, jämfört med 84 200 året innan. Målvärdet för 2027 är 90 000.",
      [fig(88750, "antal", "88 750")]),
    q("What is Tallnäsa's target for library loans per resident in 2027?", "en", "figure", B, 2,
      ["Utlån per invånare 4,1 4,3 4,5"],
      "4.5 loans per resident in 2027, up from 4.3 in 2026 and 4.1 in 2025.",
      [fig(4.5, "utlån per invånare", "4,5")]),
    q("Hur mycket har kultur- och fritidsnämnden i Tallnäsa budgeterat för idrotts- och fritidsanläggningar 2027?",
      "sv", "figure", B, 4,
      ["Idrotts- och fritidsanläggningar 38,7 40,4 +1,7"],
      "40,4 mnkr, vilket är 1,7 mnkr mer än 2026 (38,7 mnkr) och den största ökningen bland verksamheterna.",
      [fig(40.4, "mnkr", "40,4")]),
    q("Vilka indikatorer i Tallnäsas nämndplan hade ett sämre utfall 2026 än året före?", "sv", "list", B, 2,
      ["Besök på fritidsgårdarna, antal 18 420 17 960 19 000"],
      "Två: besöken på fritidsgårdarna (18 420 → 17 960) och deltagartillfällena med LOK-stöd för 7–20-åringar "
      "(142 600 → 138 900).",
      items=["Besök på fritidsgårdarna, antal", "Deltagartillfällen med LOK-stöd, 7–20 år"]),
    q("Vilka uppdrag har kommunfullmäktige gett kultur- och fritidsnämnden i Tallnäsa?", "sv", "list", B, 3,
      ["U2 Ta fram en biblioteksplan för 2028–2031 KF 2027-12-31"],
      "Tre: U1 att utreda en ny sporthall i Hultsjö (2027-10-31), U2 att ta fram en biblioteksplan för 2028–2031 "
      "(2027-12-31) och U6 att ta fram ett program för konst i offentliga miljöer (2028-03-31).",
      items=["U1 Utreda förutsättningarna för en ny", "U2 Ta fram en biblioteksplan",
             "U6 Ta fram ett program"]),
    none("Hur många utlån per invånare hade biblioteken i Tallnäsa 2024?", "sv"),
    none("Vilka uppdrag har regionen gett kultur- och fritidsnämnden i Tallnäsa?", "sv"),
    none("How much will the new sports hall in Hultsjö cost Tallnäsa?", "en"),

    # ------------------------------------------------------------ (c) Hedsala, KF-protokoll 2027-06-14
    q("Vilket resultat redovisade Hedsala kommun i årsredovisningen för 2026?", "sv", "figure", C, 2,
      ["Årets resultat blev 38,4 mnkr, att jämföra med"],
      "Ett resultat på 38,4 mnkr, mot budgeterade 25,0 mnkr och 51,2 mnkr året innan.",
      [fig(38.4, "mnkr", "38,4 mnkr")]),
    q("Hur många ledamöter i Hedsalas kommunfullmäktige röstade för motionen om avgiftsfri simundervisning?",
      "sv", "figure", C, 3,
      ["Med 24 ja-röster mot 12 nej-röster beslutar kommunfullmäktige"],
      "12 ledamöter röstade nej, det vill säga för bifall till motionen (Sverigedemokraterna, Vänsterpartiet och "
      "Hedsalapartiet). 24 röstade för kommunstyrelsens förslag att avslå den och 3 avstod.",
      [fig(12, "antal", "12 nej-röster")]),
    q("How many members abstained in the Hedsala council vote on free swimming lessons?", "en", "figure", C, 3,
      ["3 ledamöter avstod från att rösta"],
      "Three (the Centre Party's members); 24 voted yes to the board's proposal to reject the motion and 12 voted no.",
      [fig(3, "antal", "3 ledamöter")]),
    q("Vilka partier hade ersättare som tjänstgjorde vid fullmäktiges möte i Hedsala den 14 juni 2027?", "sv",
      "list", C, 1,
      ["Sverigedemokraterna (SD) 8 7 1 0"],
      "Tre partier hade en tjänstgörande ersättare var: Socialdemokraterna, Sverigedemokraterna och "
      "Vänsterpartiet.",
      items=["Socialdemokraterna (S) 13 12 1", "Sverigedemokraterna (SD) 8 7 1", "Vänsterpartiet (V) 3 2 1"]),
    q("Vilka nya motioner anmäldes på kommunfullmäktiges möte i Hedsala i juni 2027?", "sv", "list", C, 2,
      ["Motion om trygghetsvärdar i centrum Fredrik Tidholm (SD) Kommunstyrelsen"],
      "Fyra: om fler utegym i bostadsområdena (M), om trygghetsvärdar i centrum (SD), om lokalproducerad mat i "
      "skolan (C) och om avgiftsfri kollektivtrafik för pensionärer (KD).",
      items=["Motion om fler utegym i bostadsområdena", "Motion om trygghetsvärdar i centrum",
             "Motion om lokalproducerad mat i skolan", "Motion om avgiftsfri kollektivtrafik för pensionärer"]),
    q("Varför ville kommunstyrelsen i Hedsala att motionen om simundervisning i årskurs 2 skulle avslås?", "sv",
      "passage", C, 3,
      ["simundervisningen redan ingår i ämnet idrott och hälsa"],
      "Simundervisningen ingår redan i idrott och hälsa och alla elever i årskurs 3 erbjuds minst tio lektioner i "
      "simhallen, medan en utökning till årskurs 2 skulle kosta omkring 1,2 mnkr per år som inte ryms i barn- och "
      "utbildningsnämndens budget."),
    none("Hur många ledamöter sitter i kommunstyrelsen i Hedsala?", "sv"),
    none("Vilka motioner lämnade Liberalerna in till kommunfullmäktige i Hedsala i juni 2027?", "sv"),

    # ------------------------------------------------------------ (d) Region Norrfjäla, delårsrapport jan–aug 2027
    q("Vad är helårsprognosen för Område Psykiatri i Region Norrfjäla 2027?", "sv", "figure", D, 2,
      ["Område Psykiatri 402,1 391,6 612,0 606,5 +5,5"],
      "606,5 mnkr, vilket är 5,5 mnkr lägre än budgeten på 612,0 mnkr (ett överskott).",
      [fig(606.5, "mnkr", "606,5")]),
    q("Hur mycket kostade Område Medicin i Region Norrfjäla under årets första åtta månader?", "sv", "figure", D,
      2, ["Område Medicin 921,3 880,2 1 356,0 1 378,0 −22,0"],
      "921,3 mnkr för januari–augusti 2027, jämfört med 880,2 mnkr samma period 2026.",
      [fig(921.3, "mnkr", "921,3")]),
    q("What was the sick leave rate in Region Norrfjäla in the first seven months of 2027?", "en", "figure", D, 4,
      ["Sjukfrånvaro januari–juli, % 6,9 6,4 −0,5"],
      "6.4 per cent for January–July 2027, down from 6.9 per cent in the same period of 2026.",
      [fig(6.4, "procent", "6,4")]),
    q("Hur mycket kostade inhyrd personal Region Norrfjäla under januari–augusti förra året?", "sv", "figure", D, 4,
      ["Kostnad för inhyrd personal, mnkr 171,2 148,6 −22,6"],
      "171,2 mnkr under januari–augusti 2026. Samma period 2027 var kostnaden 148,6 mnkr.",
      [fig(171.2, "mnkr", "171,2")]),
    q("Which parts of Region Norrfjäla's health and medical care are forecast to exceed their 2027 budget by more "
      "than 10 million kronor?", "en", "list", D, 2,
      ["Område Akut och kirurgi 1 268,4 1 189,7 1 842,0 1 889,5 −47,5"],
      "Four: Område Akut och kirurgi (−47.5 mnkr), Område Medicin (−22.0), Läkemedel inom förmånen (−16.0) and "
      "Område Primärvård (−13.0).",
      items=["Område Akut och kirurgi", "Område Medicin 921,3", "Område Primärvård 994,8",
             "Läkemedel inom förmånen 612,7"]),
    q("Vilka verksamheter i Region Norrfjäla hade lägre nettokostnader januari–augusti 2027 än samma period året "
      "innan?", "sv", "list", D, 2,
      ["Område Diagnostik 274,6 281,3 418,0 414,0 +4,0"],
      "Tre: Område Diagnostik (274,6 mot 281,3 mnkr), Folktandvården (21,9 mot 26,4) och Näringsliv och tillväxt "
      "(38,9 mot 41,0).",
      items=["Område Diagnostik 274,6", "Folktandvården 21,9 26,4", "Näringsliv och tillväxt 38,9"]),
    q("Varför går Område Akut och kirurgi i Region Norrfjäla mot ett stort underskott?", "sv", "passage", D, 3,
      ["kostnaderna för inhyrda sjuksköterskor har ökat och att fler patienter"],
      "Kostnaderna för inhyrda sjuksköterskor har ökat, och fler patienter har vårdats på Sundhamra sjukhus när "
      "vårdplatserna på Lillfors lasarett var stängda under sommaren. Underskottet beräknas till 47,5 mnkr."),
    none("Vilken budget har Område Primärvård i Region Norrfjäla för 2028?", "sv"),
    none("How many doctors does Region Norrfjäla employ?", "en"),
    none("Vilka verksamheter i Region Norrfjäla räknar med ett överskott på mer än 15 miljoner kronor 2027?", "sv"),

    # ------------------------------------------------------------ (e) Sörnäsa, handlingsplan för folkhälsa
    q("What share of ninth-graders in Sörnäsa used snus in 2026?", "en", "figure", E, 1,
      ["Elever i åk 9 som använder snus eller vitt snus 9 14 12 8"],
      "14 per cent used snus or nicotine pouches in 2026, up from 9 per cent in 2022 and above the national 12 per "
      "cent; the target for 2029 is 8 per cent.",
      [fig(14, "procent", "14")]),
    q("Vilket målvärde för 2029 har Sörnäsa för andelen vuxna som rör sig minst 150 minuter i veckan?", "sv",
      "figure", E, 1,
      ["Vuxna som är fysiskt aktiva minst 150 minuter per vecka 64 61 66 72"],
      "72 procent år 2029. Utfallet 2026 var 61 procent (riket 66 procent).",
      [fig(72, "procent", "72")]),
    q("Vilka åtgärder i Sörnäsas folkhälsoplan ansvarar socialförvaltningen för?", "sv", "list", E, 2,
      ["2.2 Starta en samtalsmottagning för unga 13–21 år Socialförvaltningen"],
      "Tre: 1.1 föräldraskapsstöd i grupp, 2.2 en samtalsmottagning för unga 13–21 år och 4.2 utbildning av "
      "serveringspersonal i ansvarsfull alkoholservering.",
      items=["1.1 Erbjuda föräldraskapsstöd i grupp", "2.2 Starta en samtalsmottagning för unga",
             "4.2 Utbilda serveringspersonal i ansvarsfull"]),
    q("Which measures in Sörnäsa's public health plan will not start until 2028?", "en", "list", E, 2,
      ["2.4 Ta fram en lokal plan för suicidprevention Folkhälsoenheten 2028"],
      "Four: 2.2 a counselling service for young people (2028–2029), 2.4 a local suicide prevention plan (2028), "
      "3.2 two new outdoor gyms (2028) and 4.2 training of serving staff in responsible alcohol service "
      "(2028–2029).",
      items=["2.2 Starta en samtalsmottagning för unga", "2.4 Ta fram en lokal plan",
             "3.2 Anlägga två nya utegym", "4.2 Utbilda serveringspersonal i ansvarsfull"]),
    none("Hur stor andel av eleverna i åk 9 i Sörnäsa mådde bra 2024?", "sv"),
    none("Vilka åtgärder i Sörnäsas handlingsplan för folkhälsa ansvarar räddningstjänsten för?", "sv"),

    # ------------------------------------------------------------ (f) Frösvala, skolresultat åk 9 (p. 2 scanned)
    q("Vilket meritvärde fick pojkarna på Tallbergsskolan i Frösvala våren 2027?", "sv", "figure", F, 2,
      ["Tallbergsskolan 106 216,0 192,7 203,9 82,4 74,5 78,3 70,6 60,0 65,1"],
      "192,7 – det lägsta bland pojkarna i kommunen. Flickorna på skolan hade 216,0 och samtliga elever 203,9.",
      [fig(192.7, "poäng", "192,7")]),
    q("Hur stor andel av pojkarna i Frösvala kommun blev godkända i alla ämnen i nian 2027?", "sv", "figure", F, 2,
      ["Kommunen totalt 483 234,6 212,5 223,3 90,7 82,9 86,7 81,4 71,5 76,4"],
      "71,5 procent av pojkarna, mot 81,4 procent av flickorna (76,4 procent av samtliga). I riket var andelen "
      "bland pojkarna 74,1 procent.",
      [fig(71.5, "procent", "71,5")]),
    q("Which schools in Frösvala had an overall merit value above 230 in spring 2027?", "en", "list", F, 2,
      ["Stensätraskolan 119 241,3 219,6 230,2 93,1 85,2 89,1 84,5 72,1 78,2"],
      "Three: Sjöstjärnans friskola (248.1), Solvikskolan (240.7) and, just above the line, Stensätraskolan "
      "(230.2).",
      items=["Stensätraskolan 119 241,3", "Solvikskolan 66 248,9", "Sjöstjärnans friskola 40 255,6"]),
    q("På vilka skolor i Frösvala var mindre än 80 procent av pojkarna behöriga till gymnasiet 2027?", "sv", "list",
      F, 2,
      ["Linbodaskolan 89 226,8 204,2 214,9 88,1 76,6 82,0 78,6 66,0 71,9"],
      "Två: Tallbergsskolan (74,5 procent) och Linbodaskolan (76,6 procent).",
      items=["Linbodaskolan 89 226,8", "Tallbergsskolan 106 216,0"]),
    q("Vilket meritvärde hade Solvikskolan i Frösvala 2025?", "sv", "figure", F, 3,
      ["Solvikskolan 2025 64 238,2 92,2"],
      "238,2 (64 elever i årskurs 9), mellan 236,4 år 2024 och 239,5 år 2026.",
      [fig(238.2, "poäng", "238,2")]),
    q("Hur förklarar rektorn att Hästängsskolan i Frösvala har fått bättre resultat?", "sv", "passage", F, 4,
      ["två speciallärare som arbetar i klassrummen i matematik och svenska"],
      "Skolan har sedan hösten 2024 två speciallärare som arbetar i klassrummen i matematik och svenska, och "
      "läxhjälpen efter skoltid har byggts ut till fyra eftermiddagar i veckan."),
    none("Vilket meritvärde hade eleverna på Lunnaskolan i Frösvala våren 2027?", "sv"),
    none("What was Linbodaskolan's merit value in Frösvala in 2023?", "en"),
    none("Vad kostar en elevplats i grundskolan i Frösvala?", "sv"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"hs{41000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
