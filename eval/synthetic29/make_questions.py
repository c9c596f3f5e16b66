"""Writes ../heldout_syn29.jsonl: 50 held-out gold questions (h29001–h29050) about the six synthetic29 PDFs.

16 figure, 16 list (15 conditional – 5 of them compare two cells of the same row and 4 filter by the group or heading
the rows stand under – and 1 that asks for a whole named list), 6 passage, 12 none; 37 in Swedish and 13 in English
(5 English figures, 4 English lists, 1 English passage, 3 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check.
Four questions (one figure, two lists and one passage) are about p. 2 of the Orvika document, a scanned page without
a text layer; their evidence is the text printed in the image. The set weighs LIST questions (a deadline, an
amount, a status, a responsible body, a delegate, a group heading, a word in a cell, or two cells of one row),
then NEAR-MISS none questions (the same municipality, document and topic, but a fact the documents do not give; one
of them list-shaped) and figures (each answer shares its row, column or sentence with other figures of the same
unit).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn29.jsonl"

A = "alnsjo-bun-kvalitetsrapport-grundskola-2026.pdf"
B = "dyvika-handlingsplan-naringsliv-2027-2028.pdf"
C = "fagerbro-tn-delegationsbeslut-kv1-2027.pdf"
D = "lidsvik-miljoprogram-uppfoljning-2026.pdf"
E = "navsjo-ks-protokoll-2027-11-08.pdf"
F = "orvika-kfn-foreningsbidrag-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Alnsjö, kvalitetsrapport grundskola 2026
    q("Vilket genomsnittligt meritvärde hade niondeklassarna på Forsängsskolan i Alnsjö våren 2025?", "sv",
      "figure", A, 2, ["Forsängsskolan vt 2025 71 73,2 209,8 vt 2026 75"],
      "209,8 poäng våren 2025. Våren 2026 steg det till 213,6 poäng.",
      [fig(209.8, "antal", "209,8")]),
    q("What share of year-9 pupils in the whole country reached the knowledge requirements in all subjects in "
      "spring 2026, according to Alnsjö's quality report?", "en", "figure", A, 2,
      ["Riket vt 2025 – 73,4 230,1 vt 2026 – 74,1"],
      "74.1 per cent nationally in 2026 (73.4 in 2025); Alnsjö as a whole had 79.4 per cent.",
      [fig(74.1, "procent", "74,1")]),
    q("Hur många elever gick i årskurs 9 på de fristående skolorna i Alnsjö våren 2026?", "sv", "figure", A, 2,
      ["Fristående skolor totalt vt 2025 94 80,9 227,9 vt 2026 103"],
      "103 elever våren 2026 (94 året innan), av sammanlagt 457 elever i kommunen.",
      [fig(103, "antal", "103")]),
    q("På vilka skolor i Alnsjö minskade andelen elever som klarade samtliga ämnen mellan våren 2025 och våren "
      "2026?", "sv", "list", A, 2,
      ["Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminerna 2025 och 2026"],
      "Tre: Damhagsskolan (82,3 → 77,6 procent), Lillåskolan (84,6 → 83,3) och Fyrklöverns friskola "
      "(89,3 → 87,1).",
      items=["Damhagsskolan vt 2025 62 82,3", "Lillåskolan vt 2025 39 84,6", "Fyrklöverns friskola vt 2025 28"]),
    q("Which of the independent (fristående) schools in Alnsjö raised their average merit value from 2025 to "
      "2026?", "en", "list", A, 2, ["Fristående skolor totalt vt 2025 94 80,9 227,9"],
      "Two: Novaskolan (226.0 → 229.7) and Oasens skola (214.3 → 220.5). Fyrklöverns friskola fell from 241.6 to "
      "238.2.",
      items=["Novaskolan vt 2025 44 79,5", "Oasens skola vt 2025 22"]),
    q("Vilka av de kommunala skolorna i Alnsjö hade ett lägre meritvärde än riket våren 2026?", "sv", "list", A, 2,
      ["Kommunala skolor totalt vt 2025 351 77,2 217,1 vt 2026 354"],
      "Fyra av fem: Aspnässkolan (224,9), Damhagsskolan (219,3), Forsängsskolan (213,6) och Nybodaskolan (207,9), "
      "mot 231,0 i riket. Bara Lillåskolan (235,4) låg över.",
      items=["Aspnässkolan vt 2025 84", "Damhagsskolan vt 2025 62", "Forsängsskolan vt 2025 71",
             "Nybodaskolan vt 2025 95"]),
    q("Varför försämrades resultaten på Damhagsskolan i Alnsjö?", "sv", "passage", A, 3,
      ["vakanta tjänster i matematik och moderna språk under hela höstterminen 2025"],
      "Skolan hade vakanta tjänster i matematik och moderna språk hela höstterminen 2025, och flera klasser "
      "undervisades av vikarier utan lärarlegitimation. Meritvärdet föll med 9,4 poäng."),
    none("Hur stor andel av eleverna på Lillåskolan i Alnsjö blev behöriga till gymnasiets yrkesprogram 2026?",
         "sv"),
    none("What was the average merit value of the girls in year 9 in Alnsjö in 2026?", "en"),

    # ------------------------------------------------------------ (b) Dyvika, handlingsplan näringsliv
    q("How much is the lighting and the walking and cycling path to the Flisbacken industrial area in Dyvika "
      "expected to cost?", "en", "figure", B, 3,
      ["industriområdet Flisbacken Tekniska nämnden kv 3 2027 Pågår 1 650"],
      "1,650 tkr (thousand kronor); the action is under way and due in Q3 2027. Focus area 3 costs 5,160 tkr in "
      "total.",
      [fig(1650, "tkr", "1 650")]),
    q("Hur mycket beräknas Dyvikas åtgärder för kompetensförsörjning kosta totalt?", "sv", "figure", B, 1,
      ["2 270 tkr inom kompetensförsörjning och 5 160 tkr inom mark"],
      "2 270 tkr av handlingsplanens sammanlagt 8 440 tkr (service och bemötande 1 010 tkr, mark, lokaler och "
      "infrastruktur 5 160 tkr).",
      [fig(2270, "tkr", "2 270 tkr")]),
    q("Vilket datum ska företagslotsen i Dyvika vara införd enligt handlingsplanen?", "sv", "figure", B, 2,
      ["ingång för alla tillståndsärenden Kommunstyrelsen 2027-06-30 Pågår 450"],
      "Senast 2027-06-30. Åtgärden pågick fortfarande vid uppföljningen i augusti 2027, eftersom tjänsten som "
      "företagslots tillsattes först i maj.",
      [fig("2027-06-30", "datum", "2027-06-30")]),
    q("Vilka åtgärder i Dyvikas näringslivsplan skulle vara genomförda senast vid halvårsskiftet 2027?", "sv",
      "list", B, 2, ["Nr Åtgärd Ansvarig Klart Status Kostnad, tkr"],
      "Sex: företagslotsen (2027-06-30), mätningen av handläggningstider (kv 1 2027), vuxenutbildningens kurser i "
      "svenska (kv 2 2027), kartläggningen av rekryteringsbehov (2027-03-31), lokalbanken (2027-04-30) och den "
      "sänkta avgiften för uteserveringar (2027-05-31).",
      items=["1.1 Inför en samlad företagslots", "1.2 Mät handläggningstiderna för bygglov",
             "2.3 Utöka vuxenutbildningens kurser i svenska", "2.4 Kartlägg företagens rekryteringsbehov",
             "3.3 Publicera lediga lokaler och tomter", "3.6 Sänk avgiften för markupplåtelse"]),
    q("Vilka åtgärder i Dyvikas handlingsplan beräknas kosta över en halv miljon kronor?", "sv", "list", B, 2,
      ["Tabell 1. Åtgärder per fokusområde"],
      "Fem: yrkescolleget (1 200 tkr), sommarjobben (540 tkr), detaljplanen för Lövnäs etapp 2 (900 tkr), "
      "fiberutbyggnaden (2 400 tkr) och gång- och cykelvägen till Flisbacken (1 650 tkr).",
      items=["2.1 Starta ett lokalt yrkescollege", "2.2 Erbjud 60 ungdomar per år",
             "3.1 Detaljplanelägg verksamhetsområdet Lövnäs etapp 2", "3.2 Bygg ut fiber till",
             "3.4 Bygg belysning och gång-"]),
    q("Which actions in Dyvika's business development plan had not yet been started at the end of August 2027?",
      "en", "list", B, 2, ["Företagare ska få snabba, samordnade och begripliga besked från kommunen."],
      "Five: the service training (1.3), the vocational college (2.1), the careers fair (2.5), the fibre "
      "expansion (3.2) and the study of a freight terminal (3.5).",
      items=["1.3 Genomför en utbildning i service", "2.1 Starta ett lokalt yrkescollege",
             "2.5 Anordna en årlig yrkesmässa", "3.2 Bygg ut fiber till", "3.5 Utred förutsättningarna för en"]),
    q("Vilka åtgärder ansvarar tekniska nämnden för i Dyvikas handlingsplan för näringslivet?", "sv", "list", B, 3,
      ["Tabell 1. Åtgärder per fokusområde (forts.)"],
      "Tre: fiber till de sista 40 landsbygdsföretagen (3.2), belysning och gång- och cykelväg till Flisbacken "
      "(3.4) och den sänkta avgiften för uteserveringar (3.6).",
      items=["3.2 Bygg ut fiber till", "3.4 Bygg belysning och gång-", "3.6 Sänk avgiften för markupplåtelse"]),
    q("Varför har fiberutbyggnaden till företagen på landsbygden i Dyvika inte kommit i gång?", "sv", "passage", B,
      4, ["kommunens ansökan om statligt bredbandsstöd avslogs i maj 2027"],
      "Kommunens ansökan om statligt bredbandsstöd avslogs i maj 2027. En ny ansökan lämnas i oktober och "
      "utbyggnaden kan börja tidigast våren 2028."),
    none("Vilka åtgärder i Dyvikas handlingsplan ansvarar vård- och omsorgsnämnden för?", "sv"),
    none("Hur många nya företag startades i Dyvika under 2026?", "sv"),

    # ------------------------------------------------------------ (c) Fagerbro, delegationsbeslut kv 1 2027
    q("Vilket datum fattades beslutet om uteserveringen på Oxtorget i Fagerbro?", "sv", "figure", C, 2,
      ["september 2027 2027-02-11 2027-03-18 Beviljas Gatuchef"],
      "2027-03-18, då gatuchefen beviljade ansökan. Den kom in 2027-02-11.",
      [fig("2027-03-18", "datum", "2027-03-18")]),
    q("Hur många tillstånd att använda allmän platsmark beviljades på delegation i Fagerbro under januari–mars "
      "2027?", "sv", "figure", C, 1, ["4 Upplåtelse av allmän platsmark 5 1 1 7"],
      "Fem av de sju besluten om allmän platsmark; ett avslogs och ett skrevs av. Totalt beviljades elva av "
      "arton ansökningar.",
      [fig(5, "antal", "5")]),
    q("Vilka beslut fattade gatuchefen i Fagerbro med stöd av delegation under första kvartalet 2027?", "sv",
      "list", C, 2, ["Nr Ärende Inkom Beslutad Beslut Delegat"],
      "Fem: torghandeln på Apotekartorget (D-01), uteserveringen på Nygatan 14 (D-02), avslaget på reklamskylten "
      "på Drottninggatan (D-04), uteserveringen på Oxtorget (D-05) och dispensen för tung trafik på "
      "Lasarettsvägen (D-18).",
      items=["D-01 Torghandel med frukt och grönsaker", "D-02 Uteservering på trottoaren utanför Nygatan",
             "D-04 Reklamskylt (trottoarpratare) utanför butik", "D-05 Uteservering på Oxtorget 2",
             "D-18 Dispens från förbudet mot"]),
    q("Which applications for disabled parking permits did Fagerbro refuse in January–March 2027?", "en", "list",
      C, 2, ["Avsnitt 5 · Parkeringstillstånd för rörelsehindrade"],
      "Two: D-09 (passenger, case P 27-007) and D-12 (driver, case P 27-015). The medical certificates did not "
      "show substantial difficulty in moving about.",
      items=["D-09 Parkeringstillstånd för rörelsehindrad, passagerare",
             "D-12 Parkeringstillstånd för rörelsehindrad, förare"]),
    q("Vilka av delegationsbesluten i Fagerbro fattades mer än 30 dagar efter att ansökan kommit in?", "sv",
      "list", C, 2, ["Bilaga. Förteckning över delegationsbeslut 1 januari–31 mars 2027"],
      "Fem: D-03 (40 dagar), D-05 (35), D-09 (36), D-11 (42) och D-15 (42).",
      items=["D-03 Byggetablering med bod och container", "D-05 Uteservering på Oxtorget 2",
             "D-09 Parkeringstillstånd för rörelsehindrad, passagerare", "D-11 Parkeringstillstånd för rörelsehindrad",
             "D-15 Dispens från förbudet mot"]),
    q("Varför fick butiken på Drottninggatan i Fagerbro inte ställa ut sin reklamskylt?", "sv", "passage", C, 3,
      ["den fria passagen på gångbanan till mindre än 1,5 meter"],
      "Skylten skulle ha minskat den fria passagen på gångbanan till mindre än 1,5 meter, vilket strider mot "
      "kommunens riktlinjer för tillgänglighet (beslut D-04)."),
    none("How much did Fagerbro charge the restaurant for the outdoor seating permit on Nygatan?", "en"),
    none("Hur många av delegationsbesluten i Fagerbro har överklagats?", "sv"),

    # ------------------------------------------------------------ (d) Lidsvik, miljöprogram uppföljning 2026
    q("Vilket utgångsvärde har indikatorn för hushållsavfall som går till materialåtervinning i Lidsviks "
      "miljöprogram?", "sv", "figure", D, 2, ["A3 Hushållsavfall till materialåtervinning % 2019 31 38 42"],
      "31 procent basåret 2019. Utfallet var 38 procent 2025 och 42 procent 2026; målet för 2030 är minst 50.",
      [fig(31, "procent", "31")]),
    q("Hur stor andel ekologiska livsmedel hade Lidsviks kommunala kök 2025?", "sv", "figure", D, 2,
      ["G1 Ekologiska livsmedel i kommunens kök % 2019 28 36 34"],
      "36 procent 2025. Andelen minskade till 34 procent 2026; målet är minst 50 procent.",
      [fig(36, "procent", "36")]),
    q("Which base year is used for the protected-nature indicator in Lidsvik's environmental programme?", "en",
      "figure", D, 2, ["V1 Skyddad natur av landarealen % 2021 3,2 4,1 4,1"],
      "2021, when 3.2 per cent of the land area was protected (4.1 per cent in both 2025 and 2026).",
      [fig(2021, "år", "2021")]),
    q("Which indicators in Lidsvik's environmental programme had already reached their 2030 target in 2026?",
      "en", "list", D, 2, ["Kod Indikator Enhet Basår Basvärde 2025 2026 Mål 2030"],
      "Four: installed solar power (8,150 kW, target at least 8,000), food waste in school kitchens (34 g, target "
      "at most 35), phosphorus in Ottersjön (29 µg/l, target at most 30) and preschools with a chemicals clean-up "
      "(100 per cent).",
      items=["K4 Installerad solcellseffekt i kommunen", "A1 Matsvinn i skolkök", "V2 Fosforhalt i Ottersjön",
             "G2 Förskolor som har gjort en kemikaliesanering"]),
    q("Vilka insatser ingår i fokusområdet vatten och natur i Lidsviks miljöprogram?", "sv", "list", D, 1,
      ["Programmets fokusområden Klimat och energi – Minska utsläppen"],
      "Tre: att förbättra vattenkvaliteten i Ottersjön och Lidsviksån, att skydda mer värdefull skog och våtmark "
      "genom naturreservat och att åtgärda enskilda avlopp som inte uppfyller kraven.",
      items=["Förbättra vattenkvaliteten i Ottersjön och Lidsviksån", "Skydda mer värdefull skog och våtmark",
             "Åtgärda enskilda avlopp som inte uppfyller"]),
    q("Why did energy use in Lidsvik's municipal buildings go up in 2026?", "en", "passage", D, 3,
      ["den nya simhallen togs i drift i februari och vintern var kallare än normalt"],
      "Because the new swimming hall opened in February and the winter was colder than normal; use rose from "
      "151 to 157 kWh per square metre."),
    none("Hur stora var växthusgasutsläppen per invånare i Lidsvik år 2023?", "sv"),
    none("Hur mycket pengar har Lidsvik budgeterat för miljöprogrammets åtgärder under 2027?", "sv"),

    # ------------------------------------------------------------ (e) Nävsjö, kommunstyrelsens protokoll
    q("Hur många av kommunstyrelsens ledamöter i Nävsjö röstade nej till förskolan i Ollonbacken?", "sv",
      "figure", E, 2, ["Omröstningsresultat: 7 ja, 4 nej. Kommunstyrelsen har därmed beslutat"],
      "Fyra röstade nej (SD, SD, KD och V) och sju ja. I voteringen om motionen i § 144 blev det 6 ja och 5 nej.",
      [fig(4, "antal", "4 nej")]),
    q("What result does Nävsjö forecast for 2027 according to the follow-up at the end of October?", "en",
      "figure", E, 2, ["visar ett resultat på 14,6 mnkr, att jämföra med budgeterade 22,0 mnkr"],
      "A surplus of 14.6 million kronor, against a budgeted 22.0; the committees deviate by −11.8 while taxes "
      "and grants give 4.4 more.",
      [fig(14.6, "mnkr", "14,6 mnkr")]),
    q("Hur mycket väntas driftkostnaderna öka per år när den nya förskolan i Ollonbacken i Nävsjö öppnar?", "sv",
      "figure", E, 2, ["De ökade driftkostnaderna beräknas till 9,8 mnkr per år"],
      "9,8 mnkr per år från öppnandet i augusti 2029; själva investeringen är 46,0 mnkr, varav 4,5 mnkr för "
      "inventarier och utemiljö.",
      [fig(9.8, "mnkr", "9,8 mnkr")]),
    q("Vad föreslår kommunstyrelsen i Nävsjö att fullmäktige ska besluta om förskolan i Ollonbacken?", "sv",
      "list", E, 3, ["Kommunstyrelsen föreslår kommunfullmäktige besluta 1. att godkänna förstudien"],
      "Fem att-satser: godkänna förstudien (sex avdelningar, 120 platser), anvisa en investeringsram om 46,0 mnkr, "
      "ge tekniska nämnden i uppdrag att bygga, kompensera barn- och utbildningsnämnden med 9,8 mnkr per år och "
      "avveckla förskolorna Nyhagen och Dalbacken.",
      items=["att godkänna förstudien för en ny förskola", "att anvisa en investeringsram om 46,0",
             "att ge tekniska nämnden i uppdrag", "att barn- och utbildningsnämnden kompenseras för",
             "att förskolorna Nyhagen och Dalbacken avvecklas"]),
    q("Vilka ordinarie ledamöter i Nävsjös kommunstyrelse var inte på plats vid sammanträdet den 8 november "
      "2027?", "sv", "list", E, 1, ["Ledamot Parti Uppdrag Närvaro Anna Nordlöf S Ordförande Närvarande"],
      "Tre: Nina Falk (S), Frida Axelsson (M) och Ola Fransson (V). De ersattes av Fredrik Adolfsson, Lotta "
      "Nyström och Nadja Levin.",
      items=["Nina Falk S Ledamot Frånvarande", "Frida Axelsson M Ledamot Frånvarande",
             "Ola Fransson V Ledamot Frånvarande"]),
    q("Varför ville Sverigedemokraterna i Nävsjö inte bygga förskolan i Ollonbacken?", "sv", "passage", E, 3,
      ["behovet av förskoleplatser kan lösas genom att bygga ut de befintliga förskolorna"],
      "Enligt reservationen kan behovet lösas billigare genom att bygga ut de befintliga förskolorna Nyhagen och "
      "Dalbacken, som ligger nära de nya bostadsområdena."),
    none("Hur stort arvode får kommunstyrelsens ordförande i Nävsjö?", "sv"),
    none("On which date will the municipal council in Nävsjö take the final decision on the Ollonbacken "
         "preschool?", "en"),

    # ------------------------------------------------------------ (f) Orvika, föreningsbidrag 2027 (scanned p. 2)
    q("How much premises grant (lokalbidrag) does Orvika propose to give Orvika IF for 2027?", "en", "figure", F,
      2, ["Orvika IF Lokalbidrag 120 000 96 000 Delvis bifall"],
      "96,000 kronor of the 120,000 applied for (partly granted); the club's activity grant is 85,000 kronor.",
      [fig(96000, "kr", "96 000")]),
    q("Hur mycket lokalbidrag beviljade Orvika föreningarna under 2025?", "sv", "figure", F, 3,
      ["Lokalbidrag 352 000 366 000 378 500"],
      "366 000 kr 2025, mot 352 000 kr 2024 och 378 500 kr 2026.",
      [fig(366000, "kr", "366 000")]),
    q("Vilka föreningsansökningar i Orvika föreslås få mindre pengar än föreningen bett om, utan att få avslag?",
      "sv", "list", F, 2, ["Förening Bidragsform Sökt belopp, kr Beviljat belopp, kr Beslut"],
      "Fyra: Orvika IF:s lokalbidrag (96 000 av 120 000 kr), Fiskeklubben Laxöringen (9 000 av 12 000), "
      "Nolåsens bygdegårdsförenings arrangemangsbidrag (20 000 av 30 000) och Aktiva seniorer i Orvika "
      "(12 000 av 16 000).",
      items=["Orvika IF Lokalbidrag 120 000", "Fiskeklubben Laxöringen Verksamhetsbidrag",
             "Nolåsens bygdegårdsförening Arrangemangsbidrag", "Aktiva seniorer i Orvika"]),
    q("Vilka föreningar i Orvika har ansökt om arrangemangsbidrag för 2027?", "sv", "list", F, 2,
      ["Föreningsbidrag 2027 – förslag till fördelning"],
      "Tre: Filmklubben Fyrljuset (avslag), Nolåsens bygdegårdsförening (20 000 av 30 000 kr) och Orvika "
      "Konstförening (15 000 kr).",
      items=["Filmklubben Fyrljuset Arrangemangsbidrag", "Nolåsens bygdegårdsförening Arrangemangsbidrag",
             "Orvika Konstförening Arrangemangsbidrag"]),
    q("Varför får Orvika IF inte hela sitt lokalbidrag?", "sv", "passage", F, 2,
      ["klubbstugan hyrs ut till andra under sommaren"],
      "Lokalbidraget har begränsats till 80 procent av hyran eftersom klubbstugan hyrs ut till andra under "
      "sommaren; föreningen får 96 000 av sökta 120 000 kr."),
    none("Hur många medlemmar har Orvika IF?", "sv"),
    none("Hur mycket verksamhetsbidrag fick Ankarets scoutkår i Orvika för 2026?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            row = {"id": f"h{29000 + n}"}
            row.update(x)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} with {len(Q)} questions")


if __name__ == "__main__":
    main()
