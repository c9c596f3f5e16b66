"""Writes ../heldout_syn25.jsonl: 48 held-out gold questions (h25001–h25048) about the six synthetic25 PDFs.

16 figure, 14 list (13 conditional, 1 complete), 6 passage, 12 none; 36 in Swedish and 12 in English (5 English
figures, 3 English lists, 1 English passage, 3 English none). Five of the conditional lists compare two cells of
the same row (meritvärde 2027 vs 2026, behörighet 2027 vs 2026, outcome 2026 vs target 2030, outcome 2026 vs
2025, balance 2026 vs 2025). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Four questions (two figures, one list and one
passage) are about p. 2 of the Dalmyra document, a scanned page without a text layer; their evidence is the text
printed in the image. The none questions are near misses: the same municipality, document and topic, but a year,
count, gender split, group figure or amount the documents do not give.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn25.jsonl"

A = "hyttnas-handlingsplan-trygghet-2027-2028.pdf"
B = "lovkulla-skolresultat-ak9-vt2027.pdf"
C = "nyhamra-ks-protokoll-2027-10-12.pdf"
D = "fjallsunda-klimatstrategi-uppfoljning-2026.pdf"
E = "bredaker-arsredovisning-2026-balansrakning.pdf"
F = "dalmyra-kfn-foreningsbidrag-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_CAP = "Tabell 1. Åtgärder, kostnad 2027–2028 och status per 30 september 2027"
B_CAP = "Tabell 1. Resultat per skolenhet, årskurs 9 vårterminen 2026 och 2027"
D_CAP = "Tabell 1. Indikatorer, utfall och bedömning per fokusområde"

Q = [
    # ------------------------------------------------------------ (a) Hyttnäs, handlingsplan trygghet 2027–2028
    q("Vilket datum var satt som slutdatum för den nya LED-belysningen vid stationsstråket i Hyttnäs?", "sv",
      "figure", A, 2, ["cykelvägen mellan stationen och centrum Tekniska nämnden 2027-06-30 1 850"],
      "Den 30 juni 2027 (2027-06-30, åtgärd 1.1, tekniska nämnden, 1 850 tkr). Åtgärden pågår fortfarande och är "
      "försenad; arbetet beräknas vara klart i november 2027.",
      [fig("2027-06-30", "datum", "2027-06-30")]),
    q("Hur mycket kostar insatserna för barn och unga sammantaget i Hyttnäs handlingsplan?", "sv", "figure", A, 2,
      ["Summa fokusområde 2 3 530"],
      "3 530 tkr för fokusområde 2 Barn och unga under 2027–2028 (hela planen kostar 12 600 tkr).",
      [fig(3530, "tkr", "3 530")]),
    q("What is the total cost of all the actions in Hyttnäs's action plan for safety and crime prevention?", "en",
      "figure", A, 3, ["Totalt, 22 åtgärder 12 600"],
      "12,600 tkr (about 12.6 million kronor) for 2027–2028 across 22 actions; six actions have no separate cost.",
      [fig(12600, "tkr", "12 600")]),
    q("Vilka åtgärder i Hyttnäs trygghetsplan skulle vara klara senast den 31 mars 2027?", "sv", "list", A, 2,
      [A_CAP],
      "Fyra: 2.1 fältassistenternas kvällar och helger (kv 1 2027), 2.3 fritidsgården Lyktan på lördagar "
      "(2027-01-31), 3.3 rutin för att fråga om våld (2027-03-31) och 4.1 medborgarlöftet (2027-02-28).",
      items=["2.1 Utöka fältassistenternas arbetstid till", "2.3 Hålla fritidsgården Lyktan öppen",
             "3.3 Rutin för att fråga om", "4.1 Teckna ett nytt medborgarlöfte"]),
    q("Vilka av socialnämndens åtgärder i Hyttnäs handlingsplan har ännu inte kommit igång?", "sv", "list", A, 2,
      [A_CAP],
      "Fyra: 2.4 föräldrautbildning om sociala medier och dataspel, 3.1 utbildning om våld i nära relationer, 3.2 "
      "en samlad mottagning för våldsutsatta och 3.5 behandlingsprogram för våldsutövare.",
      items=["2.4 Föräldrautbildning om barns användning av", "3.1 Utbilda personalen i hemtjänst,",
             "3.2 Inrätta en samlad mottagning för", "3.5 Behandlingsprogram för våldsutövare tillsammans med"]),
    q("Which actions in Hyttnäs's safety plan are budgeted at more than one million kronor?", "en", "list", A, 2,
      [A_CAP],
      "Five: 1.1 LED lighting on the path to the station (1,850 tkr), 2.1 longer hours for the field workers "
      "(1,150), 2.6 summer jobs for 150 young people (1,480), 3.2 a joint reception for victims of violence "
      "(2,300) and 4.3 a full-time crime prevention coordinator (1,380).",
      items=["1.1 Byta till LED-belysning och", "2.1 Utöka fältassistenternas arbetstid till",
             "2.6 Feriejobb för 150 ungdomar", "3.2 Inrätta en samlad mottagning för",
             "4.3 Anställa en samordnare för"]),
    q("Varför dröjer anställningen av en brottsförebyggande samordnare i Hyttnäs?", "sv", "passage", A, 4,
      ["Den första rekryteringen av samordnare avbröts i maj då ingen sökande hade rätt kompetens"],
      "Den första rekryteringen avbröts i maj eftersom ingen sökande hade rätt kompetens. Tjänsten annonserades "
      "på nytt i juni och en samordnare börjar den 1 november 2027; till dess leder säkerhetssamordnaren arbetet."),
    none("Hur många ordningsvakter ska finnas på Nygårdstorget i Hyttnäs under sommarkvällarna?", "sv"),
    none("Hur stor andel av kvinnorna i Hyttnäs kände sig otrygga ute på kvällen enligt trygghetsmätningen 2022?",
         "sv"),

    # ------------------------------------------------------------ (b) Lövkulla, skolresultat åk 9 vt 2027
    q("Vilket genomsnittligt meritvärde hade eleverna på Hultaskolan i Lövkulla vårterminen 2026?", "sv", "figure",
      B, 2, ["Hultaskolan Kommunal 47 52 201,2 208,8 76,6 80,8"],
      "201,2 vårterminen 2026 (208,8 vårterminen 2027).",
      [fig(201.2, "antal", "201,2")]),
    q("What was the pupil-weighted average merit rating for Lövkulla municipality as a whole in spring 2027?", "en",
      "figure", B, 2, ["Lövkulla kommun Alla huvudmän 465 471 222,4 223,0 86,2 87,3"],
      "223.0 in spring 2027, up from 222.4 in 2026 and below the national value of 230.4.",
      [fig(223.0, "antal", "223,0")]),
    q("Hur många elever gick ut årskurs 9 från Forsbackaskolan i Lövkulla våren 2027?", "sv", "figure", B, 2,
      ["Forsbackaskolan Kommunal 94 101 231,7 226,3 90,4 88,1"],
      "101 elever vårterminen 2027 (94 vårterminen 2026).",
      [fig(101, "antal", "101")]),
    q("Vilka skolenheter i Lövkulla fick ett lägre meritvärde vårterminen 2027 än året innan?", "sv", "list", B, 2,
      [B_CAP],
      "Tre: Forsbackaskolan (231,7 → 226,3), Nyhemsskolan (212,5 → 205,1) och Framtidsskolan Lövkulla (241,3 → "
      "238,7). För Dammtorpets skola visas inget värde för 2026.",
      items=["Forsbackaskolan Kommunal 94 101", "Nyhemsskolan Kommunal 71 69",
             "Framtidsskolan Lövkulla Fristående 39 44"]),
    q("Vilka skolor i Lövkulla hade ett högre genomsnittligt meritvärde än riket vårterminen 2027?", "sv", "list",
      B, 2, [B_CAP],
      "Två, båda fristående: Framtidsskolan Lövkulla (238,7) och Norrskenets friskola (232,6), mot 230,4 i "
      "riket. Lövkullaskolan (229,4) ligger strax under.",
      items=["Framtidsskolan Lövkulla Fristående 39 44", "Norrskenets friskola Fristående 26 24"]),
    q("Which school units in Lövkulla raised the share of pupils eligible for vocational upper secondary "
      "programmes from 2026 to 2027?", "en", "list", B, 2, [B_CAP],
      "Five: Dalängsskolan (83.9 → 87.9 %), Hultaskolan (76.6 → 80.8), Lövkullaskolan (88.1 → 91.1), Framtidsskolan "
      "Lövkulla (94.9 → 95.5) and Norrskenets friskola (88.5 → 91.7). Dammtorpets skola has no 2026 value (fewer "
      "than ten pupils).",
      items=["Dalängsskolan Kommunal 62 58", "Hultaskolan Kommunal 47 52", "Lövkullaskolan Kommunal 118 112",
             "Framtidsskolan Lövkulla Fristående 39 44", "Norrskenets friskola Fristående 26 24"]),
    q("Hur förklarar förvaltningen i Lövkulla att Nyhemsskolans resultat gick ner?", "sv", "passage", B, 3,
      ["Skolan hade vakanta lärartjänster i matematik och engelska under hela höstterminen 2026"],
      "Skolan hade vakanta lärartjänster i matematik och engelska under hela höstterminen 2026, och flera klasser "
      "undervisades av vikarier utan lärarlegitimation. Meritvärdet sjönk från 212,5 till 205,1."),
    none("Vilket meritvärde hade flickorna i årskurs 9 i Lövkulla vårterminen 2027?", "sv"),
    none("What was Lövkulla's average merit rating in year 9 in spring 2025?", "en"),

    # ------------------------------------------------------------ (c) Nyhamra, KS-protokoll 2027-10-12
    q("Hur stort tilläggsanslag vill Nyhamras kommunstyrelse ge socialnämnden för placeringarna av barn och unga?",
      "sv", "figure", C, 2, ["bevilja socialnämnden ett tilläggsanslag på 4,8 mnkr för 2027"],
      "4,8 mnkr för 2027 (socialnämnden begärde 6,5 mnkr). Beslutet fattades efter votering, 7 ja mot 6 nej, och "
      "är ett förslag till kommunfullmäktige.",
      [fig(4.8, "mnkr", "4,8 mnkr")]),
    q("Vilket pris får Nyhamra för tomten Hyttan 3:4?", "sv", "figure", C, 4,
      ["Köpeskillingen är 3 450 000 kronor"],
      "3 450 000 kronor från Lindhammar Bygg AB; en oberoende värdering anger marknadsvärdet till 3 200 000 "
      "kronor.",
      [fig(3450000, "kr", "3 450 000 kronor")]),
    q("Vilka av de beslutande ledamöterna i Nyhamras kommunstyrelse representerar Moderaterna?", "sv", "list", C, 1,
      ["Beslutande ledamöter Helena Lindqvist (S), ordförande"],
      "Tre: Bengt Nordin (1:e vice ordförande), David Lundgren och Filip Hedman. Diana Holmberg (M) var ersättare "
      "men tjänstgjorde inte.",
      items=["Bengt Nordin (M), 1:e vice", "David Lundgren (M)", "Filip Hedman (M)"]),
    q("Vilka ärenden avgjordes genom votering när Nyhamras kommunstyrelse sammanträdde den 12 oktober 2027?", "sv",
      "list", C, 2, ["Omröstningsresultat: 7 ja, 6 nej."],
      "Tre: § 113 tilläggsanslaget till socialnämnden (7 ja, 6 nej), § 114 förskolan i Hedåsen (9 ja, 4 nej) och "
      "§ 115 motionen om avgiftsfria bussresor för pensionärer (12 ja, 1 nej).",
      items=["§ 113 Tilläggsanslag till socialnämnden för", "§ 114 Investering i ny förskola",
             "§ 115 Svar på motion om"]),
    q("Why does Nyhamra's executive committee propose rejecting the motion on free bus travel for pensioners?",
      "en", "passage", C, 3,
      ["kollektivtrafiken drivs av den regionala kollektivtrafikmyndigheten, som beslutar om biljettpriserna"],
      "Because the municipality cannot do it on its own: public transport is run by the regional public transport "
      "authority, which decides on fares, and the region has announced a new senior card from 2029."),
    none("Hur många bostäder ska Lindhammar Bygg bygga på tomten Hyttan 3:4 i Nyhamra?", "sv"),
    none("Hur många ledamöter sitter i kommunfullmäktige i Nyhamra?", "sv"),

    # ------------------------------------------------------------ (d) Fjällsunda, klimatstrategi uppföljning 2026
    q("Hur många laddpunkter för elbilar som är öppna för allmänheten fanns i Fjällsunda 2025?", "sv", "figure", D,
      2, ["Publika laddpunkter för elbil antal 2019 12 96 148 120"],
      "96 publika laddpunkter 2025 (148 år 2026, 12 basåret 2019; målet för 2030 är 120 och är redan nått).",
      [fig(96, "antal", "96")]),
    q("What is Fjällsunda's 2030 target for the share of employees who have completed climate training?", "en",
      "figure", D, 2, ["Andel medarbetare som har gått klimatutbildning % 2022 8 46 63 90"],
      "90 per cent by 2030; the outcome was 46 per cent in 2025 and 63 per cent in 2026 (8 per cent in the base "
      "year 2022). The assessment is Osäkert (uncertain).",
      [fig(90, "procent", "90")]),
    q("Vilka av Fjällsundas klimatindikatorer har redan nått sitt mål för 2030?", "sv", "list", D, 2, [D_CAP],
      "Tre: publika laddpunkter (148 mot målet 120), installerad solel (1 610 kW mot 1 500) och matsvinnet i skolor "
      "och förskolor (29 g per portion mot högst 30).",
      items=["Publika laddpunkter för elbil antal", "Installerad solel på kommunens byggnader",
             "Matsvinn i skolor och förskolor"]),
    q("Vilka indikatorer i Fjällsundas klimatuppföljning utvecklades åt fel håll mellan 2025 och 2026?", "sv",
      "list", D, 2, [D_CAP],
      "Fyra: arbetsresor med kollektivtrafik, cykel eller gång (34 → 33 %), hushållsavfall (431 → 438 kg per "
      "invånare), ekologiska livsmedel (36 → 34 %) och utsläpp från flygresor (22 → 27 ton).",
      items=["Andel arbetsresor med kollektivtrafik, cykel", "Hushållsavfall per invånare kg 2019",
             "Andel ekologiska livsmedel i kommunens", "Utsläpp från tjänsteresor med flyg"]),
    q("Vilka insatser vill Fjällsunda prioritera i klimatarbetet de närmaste två åren?", "sv", "list", D, 3,
      ["Kommunstyrelsen föreslås prioritera följande insatser under de kommande två åren"],
      "Sex: laddinfrastruktur vid arbetsplatser och infartsparkeringar, klimatkrav i upphandlingar, mer återbrukat "
      "material i byggprojekt, matavfallsinsamling i flerbostadshus under 2027, energirådgivning till småföretag "
      "och lantbruk samt en plan för utsläppen från arbetsmaskiner.",
      items=["Bygga ut laddinfrastrukturen vid kommunens", "Ställa klimatkrav i alla upphandlingar",
             "Öka andelen återbrukat material i", "Införa insamling av matavfall i",
             "Erbjuda energirådgivning till småföretag och", "Ta fram en plan för att"]),
    q("Varför har hushållsavfallet per invånare ökat i Fjällsunda?", "sv", "passage", D, 3,
      ["den nya återvinningscentralen vid Bodtjärn tar emot grovavfall som tidigare lämnades i grannkommunen"],
      "Den nya återvinningscentralen vid Bodtjärn tar emot grovavfall som tidigare lämnades i grannkommunen och "
      "därför inte räknades in; avfallet ökade från 431 till 438 kilo per invånare."),
    none("What were Fjällsunda's total greenhouse gas emissions in 1990?", "en"),
    none("Hur mycket pengar har Fjällsunda avsatt för klimatarbetet 2027?", "sv"),

    # ------------------------------------------------------------ (e) Bredåker, årsredovisning 2026
    q("Hur mycket hade Bredåkers kommun i kassa och bank vid utgången av 2025?", "sv", "figure", E, 2,
      ["Kassa och bank 21 61,3 94,6"],
      "94,6 mnkr den 31 december 2025; ett år senare hade beloppet minskat till 61,3 mnkr.",
      [fig(94.6, "mnkr", "94,6")]),
    q("What was Bredåker's equity ratio (soliditet) at the end of 2025?", "en", "figure", E, 3,
      ["Soliditet % 33,8 34,7 35,0"],
      "34.7 per cent in 2025 (33.8 in 2024 and 35.0 in 2026); including all pension commitments it was 8.2 per "
      "cent.",
      [fig(34.7, "procent", "34,7")]),
    q("Hur många invånare hade Bredåker den 31 december 2026?", "sv", "figure", E, 3,
      ["Invånare 31 december antal 18 912 18 847 18 803"],
      "18 803 invånare (18 847 året innan och 18 912 år 2024).",
      [fig(18803, "antal", "18 803")]),
    q("Which of Bredåker's fixed assets (anläggningstillgångar) grew between 31 December 2025 and 31 December "
      "2026?", "en", "list", E, 2, ["Summa anläggningstillgångar 1 788,5 1 656,0"],
      "Three: land, buildings and technical facilities (1,402.8 → 1,486.3 mnkr), construction in progress (88.5 → "
      "142.9) and financial fixed assets (57.9 → 58.7). Intangible assets and machinery decreased.",
      items=["Mark, byggnader och tekniska anläggningar", "Pågående nyanläggningar 15 142,9",
             "Finansiella anläggningstillgångar 16 58,7"]),
    q("Vilka poster bland avsättningar och skulder i Bredåkers balansräkning översteg 50 mnkr vid utgången av "
      "2026?", "sv", "list", E, 2, ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER 2 090,0 2 018,8"],
      "Tre: avsättningar för pensioner (52,6 mnkr), långfristiga skulder (960,0 mnkr) och kortfristiga skulder "
      "(331,2 mnkr). Andra avsättningar var 14,8 mnkr.",
      items=["Avsättningar för pensioner och liknande förpliktelser", "Långfristiga skulder 25 960,0",
             "Kortfristiga skulder 26 331,2"]),
    q("Vad förklarar att posten pågående nyanläggningar växte så kraftigt i Bredåkers balansräkning?", "sv",
      "passage", E, 3,
      ["Ökningen beror främst på ombyggnaden av reningsverket, som ska klara skärpta krav"],
      "Främst ombyggnaden av reningsverket, som ska klara skärpta krav på rening av kväve och fosfor, och bygget av "
      "förskolan Humlan; posten ökade från 88,5 till 142,9 mnkr."),
    none("Hur stort blev resultatet för hela koncernen i Bredåker 2026?", "sv"),
    none("Vilken kommunal skattesats hade Bredåker 2023?", "sv"),

    # ------------------------------------------------------------ (f) Dalmyra, föreningsbidrag 2027 (p. 2 scanned)
    q("Hur stort driftbidrag beviljades Dalmyra IF för 2027?", "sv", "figure", F, 2,
      ["Dalmyra IF Driftbidrag 145 000"],
      "145 000 kronor i driftbidrag; Dalmyra IF fick också 86 400 kronor i aktivitetsstöd och 12 000 kronor i "
      "ledarutbildningsbidrag.",
      [fig(145000, "kr", "145 000")]),
    q("How much activity support (aktivitetsstöd) did Hedvalla BK get from Dalmyra for 2027?", "en", "figure", F, 2,
      ["Hedvalla BK Aktivitetsstöd 52 650"],
      "52,650 kronor in activity support; the club also received 9,000 kronor for leader training.",
      [fig(52650, "kr", "52 650")]),
    q("Hur mycket aktivitetsstöd betalar Dalmyra per deltagartillfälle?", "sv", "figure", F, 3,
      ["45 kr per deltagartillfälle med minst tre deltagare"],
      "45 kronor per deltagartillfälle med minst tre deltagare, för verksamhet för barn och unga 7–20 år.",
      [fig(45, "kr", "45 kr")]),
    q("Vilka föreningar i Dalmyra beviljades lokalbidrag för 2027?", "sv", "list", F, 2,
      ["Dalmyra Ryttarförening Lokalbidrag 52 000"],
      "Tre: Dalmyra Konstförening (21 700 kr), Dalmyra Ryttarförening (52 000 kr) och Lillsjöns scoutkår "
      "(18 400 kr).",
      items=["Dalmyra Konstförening Lokalbidrag", "Dalmyra Ryttarförening Lokalbidrag",
             "Lillsjöns scoutkår Lokalbidrag"]),
    q("Varför fick Dalmyra Konstförening mindre i lokalbidrag än normen ger?", "sv", "passage", F, 2,
      ["har minskats med 30 procent eftersom föreningen hyr ut sin lokal till andra"],
      "Lokalbidraget minskades med 30 procent eftersom föreningen hyr ut sin lokal till andra under en stor del av "
      "året; föreningen fick 21 700 kronor."),
    none("How much did Dalmyra IF receive in association grants in 2026?", "en"),
    none("Hur många medlemmar har Dalmyra Ryttarförening?", "sv"),
]


def main():
    assert len(Q) == 48, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"h{25000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
