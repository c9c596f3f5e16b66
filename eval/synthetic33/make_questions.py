"""Writes ../heldout_syn33.jsonl: 50 held-out gold questions (h33001–h33050) about the six synthetic33 PDFs.

16 figure, 14 list (12 conditional – by a date, a delegate, a committee heading plus an amount, a comparison of two
cells of a row or of a row with the target row, a status, an amount, a word in a cell – and 2 that ask for a whole
named list), 6 passage, 14 none (6 of them list-shaped); 37 in Swedish and 13 in English (5 English figures, 4
English lists, 1 English passage, 3 English none). Items are written out literally (not derived from data.py) so that
check.py, which recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of
the Ölvsunda document, a scanned page without a text layer (two figures, two lists and one list-shaped none
question); the evidence of the answerable ones is the text printed in the image. The set weighs LIST and FIGURE
questions in tables – every figure shares its row, column or sentence with other figures of the same unit (outcome
years, budget year vs plan years, girls vs boys vs total, S vs K vs risk value, checked items vs deviations, cost vs
length, a prognosis beside a budget and a period result) – and then NEAR-MISS none questions (same municipality,
document and topic, but a year the tables do not cover, a split they do not make, a body without a row, a vote that
was never taken, or a list whose condition no row meets).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn33.jsonl"

A = "hennestad-ks-protokoll-2027-10-05.pdf"
B = "bromsvik-investeringsbudget-2027-plan-2028-2031.pdf"
C = "dalmarka-bun-kvalitetsrapport-grundskola-2026.pdf"
D = "fjardinge-miljo-och-klimatprogram-handlingsplan-2027-2028.pdf"
E = "lonnvika-sn-internkontrollplan-2027.pdf"
F = "olvsunda-tn-underhallsplan-gator-2027-2029.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Hennestad, kommunstyrelsens protokoll 2027-10-05
    q("Hur många ledamöter röstade nej i omröstningen om den nya förskolan vid Fältängen i Hennestads "
      "kommunstyrelse?", "sv", "figure", A, 3,
      ["Omröstningen utfaller med Ja 7, Nej 4, avstår 2"],
      "Fyra: Fredrik Dahlgren, Lars Östlund och Daniel Lindgren (M) samt Örjan Fransson (KD). Sju röstade ja och "
      "två avstod.",
      [fig(4, "antal", "Nej 4")]),
    q("What full-year result did Hennestad forecast in its interim report at 31 August 2027?", "en", "figure", A,
      2, ["Helårsprognosen pekar på ett resultat på 24,1 mnkr"],
      "A result of 24.1 million kronor, 4.6 mnkr better than the budgeted 19.5 mnkr; the result for January–August "
      "was 38.6 mnkr.",
      [fig(24.1, "mnkr", "24,1")]),
    q("Vilka delegationsbeslut som anmäldes till kommunstyrelsen i Hennestad fattades under augusti 2027?", "sv",
      "list", A, 2,
      ["Följande beslut som fattats med stöd av kommunstyrelsens delegationsordning anmäls"],
      "Fem: tilldelning av ramavtal för kontorsmaterial (9 augusti), anställning av en controller (12 augusti), "
      "försäljning av industritomten Hedängen 1:14 (19 augusti), remissyttrandet över den regionala cykelplanen "
      "(24 augusti) och den lokala överenskommelsen om lönerevision (30 augusti).",
      items=["2027-08-09 Tilldelningsbeslut, ramavtal kontorsmaterial", "2027-08-12 Anställning av controller",
             "2027-08-19 Försäljning av industritomt", "2027-08-24 Remissyttrande över regional cykelplan",
             "2027-08-30 Lokal överenskommelse om lönerevision"]),
    q("Which of the delegation decisions reported to Hennestad's executive committee were taken by the finance "
      "director (ekonomichef)?", "en", "list", A, 2,
      ["2027-09-02 Ändrad förteckning över beslutsattestanter 2027 Förteckningen fastställd Ekonomichef"],
      "Three: hiring a controller (12 August 2027), the new list of authorised approvers (2 September) and writing "
      "off four small claims totalling 21,350 kronor (28 September).",
      items=["2027-08-12 Anställning av controller", "2027-09-02 Ändrad förteckning över beslutsattestanter",
             "2027-09-28 Avskrivning av fordringar"]),
    q("Varför reserverade sig Moderaterna i Hennestad mot beslutet om förskolan vid Fältängen?", "sv", "passage",
      A, 3, ["kostnaden har stigit med 14,5 miljoner kronor sedan förstudien"],
      "För att kostnaden har stigit med 14,5 miljoner kronor sedan förstudien utan att kommunstyrelsen har fått "
      "pröva ett mindre alternativ; enligt dem räcker fyra avdelningar för behovet fram till 2032."),
    none("Vilka delegationsbeslut fattade räddningschefen i Hennestad som anmäldes till kommunstyrelsen i oktober "
         "2027?", "sv"),
    none("Hur många ledamöter röstade ja när Hennestads kommunstyrelse behandlade motionen om solceller?", "sv"),
    # ------------------------------------------------------------ (b) Bromsvik, investeringsbudget 2027–2031
    q("Hur mycket ska Bromsvik lägga på om- och tillbyggnaden av Lövängsskolan under 2028?", "sv", "figure", B, 2,
      ["Lövängsskolan, om- och tillbyggnad P 148,0 46,0 52,0 18,0 – –"],
      "52,0 mnkr. Projektet har en total budget på 148,0 mnkr, med 46,0 mnkr 2027 och 18,0 mnkr 2029.",
      [fig(52.0, "mnkr", "52,0")]),
    q("How much has Bromsvik planned to spend in 2028 on the main water pipe to Fagervik?", "en", "figure", B, 3,
      ["Huvudvattenledning till Fagervik N 54,0 12,0 24,0 18,0 – –"],
      "24.0 million kronor in 2028, out of a total budget of 54.0 mnkr (12.0 mnkr in 2027 and 18.0 mnkr in 2029).",
      [fig(24.0, "mnkr", "24,0")]),
    q("När beräknas den nya förskolan Dammbacken i Bromsvik vara färdig att användas?", "sv", "figure", B, 4,
      ["Förskolan beräknas vara klar att tas i bruk i augusti 2030"],
      "I augusti 2030. Projekteringen görs 2027 och byggstarten är planerad till mars 2028.",
      [fig(2030, "år", "2030")]),
    q("Vilka av tekniska nämndens projekt i Bromsviks investeringsplan har en total budget på mer än 20 miljoner "
      "kronor?", "sv", "list", B, 3, ["Summa tekniska nämnden 209,5 34,8 50,8 54,8 35,3 33,8"],
      "Fyra: beläggningsprogrammet för gator (37,5 mnkr), gång- och cykelvägen Bromsvik–Fagervik (26,0), "
      "huvudvattenledningen till Fagervik (54,0) och förnyelsen av VA-ledningar (45,0).",
      items=["Beläggningsprogram gator R 37,5", "Gång- och cykelväg Bromsvik–Fagervik",
             "Huvudvattenledning till Fagervik", "Förnyelse av VA-ledningar"]),
    q("Which projects in Bromsvik's investment plan get more money in 2028 than in 2027?", "en", "list", B, 2,
      ["Ny förskola Dammbacken, åtta avdelningar N 96,0 8,0 42,5 38,0 7,5 –"],
      "Six: the Hedängen business area (3.2 → 8.6 mnkr), the Dammbacken preschool (8.0 → 42.5), Lövängsskolan "
      "(46.0 → 52.0), the LSS group home at Dalslingan (4.5 → 18.0), the cycle path Bromsvik–Fagervik (– → 4.0) and "
      "the water main to Fagervik (12.0 → 24.0).",
      items=["Exploatering av Hedängens verksamhetsområde", "Ny förskola Dammbacken, åtta avdelningar",
             "Lövängsskolan, om- och tillbyggnad", "Ny gruppbostad LSS, Dalslingan",
             "Gång- och cykelväg Bromsvik–Fagervik", "Huvudvattenledning till Fagervik"]),
    q("Varför behöver Lövängsskolan i Bromsvik byggas om och till?", "sv", "passage", B, 4,
      ["ventilationen, elen och ytskikten har nått slutet av sin tekniska livslängd"],
      "Skolan byggdes 1968 och ventilationen, elen och ytskikten har nått slutet av sin tekniska livslängd. Efter "
      "ombyggnaden får skolan plats för 540 elever mot i dag 420."),
    none("Which projects in Bromsvik's investment plan have a total budget above 200 million kronor?", "en"),
    none("Hur mycket investerar Bromsvik i förskolan Dammbacken under 2032?", "sv"),
    none("Hur stor del av Bromsviks investeringar 2027 finansieras med statliga bidrag?", "sv"),
    # ------------------------------------------------------------ (c) Dalmarka, kvalitetsrapport grundskola 2026
    q("Vilket meritvärde hade pojkarna i årskurs 9 på Fagerlidsskolan i Dalmarka vårterminen 2026?", "sv",
      "figure", C, 2, ["2026 48 228,4 197,1 214,1 70,8 79,2"],
      "197,1. Flickorna hade 228,4 och samtliga elever 214,1; 2025 hade pojkarna 188,5.",
      [fig(197.1, "antal", "197,1")]),
    q("What share of year-9 pupils at Lövbergaskolan in Dalmarka were eligible for upper secondary vocational "
      "programmes in spring 2025?", "en", "figure", C, 2, ["Lövbergaskolan 2025 84 252,6 230,1 241,9 86,9 92,9"],
      "92.9 per cent in 2025 (91.9 per cent in 2026).",
      [fig(92.9, "procent", "92,9")]),
    q("Hur stor andel av Dalmarkas niondeklassare var behöriga till ett yrkesprogram på gymnasiet 2026?",
      "sv", "figure", C, 1, ["Andelen behöriga till gymnasiets yrkesprogram steg till 85,7 procent"],
      "85,7 procent, mot 84,1 procent 2025. Målet är 90 procent.",
      [fig(85.7, "procent", "85,7 procent")]),
    q("Vilka skolor i Dalmarka nådde nämndens mål för det genomsnittliga meritvärdet vårterminen 2026?", "sv",
      "list", C, 2, ["Mål 2026 – – 225,0 80,0 90,0"],
      "Fyra av sju: Björkängsskolan (231,5), Lövbergaskolan (237,6), Östervallsskolan (227,1) och Högbergs "
      "friskola (251,7) låg över målet 225,0.",
      items=["Björkängsskolan 2025 79", "Lövbergaskolan 2025 84", "Östervallsskolan 2025 58",
             "Högbergs friskola 2025 36"]),
    q("Which schools in Dalmarka had a smaller share of pupils with passing grades in all subjects in 2026 than in "
      "2025?", "en", "list", C, 2, ["Dalmarka totalt 2025 473 235,4 206,5 220,9 75,9 84,1"],
      "Three: Dalmarkaskolan (74.3 → 71.6 %), Lövbergaskolan (86.9 → 84.9 %) and Högbergs friskola (91.7 → 89.7 %).",
      items=["Dalmarkaskolan 2025 101", "Lövbergaskolan 2025 84", "Högbergs friskola 2025 36"]),
    q("Vilka utvecklingsområden har Dalmarkas barn- och utbildningsnämnd prioriterat för grundskolan 2027?", "sv",
      "list", C, 3, ["Nämnden har utifrån resultaten beslutat om följande utvecklingsområden för grundskolan"],
      "Fyra: höja pojkarnas resultat i matematik och svenska, stärka studiehandledningen på modersmålet för "
      "nyanlända, minska den ogiltiga frånvaron och göra betygssättningen likvärdig mellan skolenheterna.",
      items=["Höja pojkarnas resultat i matematik", "Stärka studiehandledningen på modersmålet",
             "Minska den ogiltiga frånvaron", "Utveckla betygssättningen så att bedömningen"]),
    q("Vad förklarar att meritvärdet steg så mycket på Hedtorpsskolan i Dalmarka?", "sv", "passage", C, 2,
      ["schemalagd läxhjälp två eftermiddagar i veckan och två speciallärare"],
      "Skolan införde schemalagd läxhjälp två eftermiddagar i veckan, och två speciallärare följde eleverna i "
      "årskurs 9 under hela läsåret. Meritvärdet ökade med 16,3 poäng."),
    none("Vilket meritvärde hade elever med utländsk bakgrund i Dalmarka 2026?", "sv"),
    none("What was the average merit value at Björkängsskolan in Dalmarka in 2024?", "en"),
    # ------------------------------------------------------------ (d) Fjärdinge, handlingsplan 2027–2028
    q("När ska gatubelysningen i Fjärdinge ha bytts till LED enligt handlingsplanen?", "sv", "figure", D, 2,
      ["1.4 Byta gatubelysningen till LED-armaturer Tekniska nämnden 30 juni 2028 Försenad 3 200"],
      "Senast den 30 juni 2028. Åtgärden är försenad och beräknas kosta 3 200 tkr.",
      [fig("2028-06-30", "datum", "30 juni 2028")]),
    q("Hur mycket lägre var Fjärdinges utsläpp av växthusgaser 2025 än 1990?", "sv", "figure", D, 1,
      ["vilket är 44,7 procent lägre än 1990, då utsläppen var 214 200 ton"],
      "44,7 procent lägre: 118 400 ton 2025 mot 214 200 ton 1990. Målet är en minskning med 63 procent till 2030.",
      [fig(44.7, "procent", "44,7 procent")]),
    q("Vilka åtgärder i Fjärdinges klimathandlingsplan ska vara genomförda senast under 2027?", "sv", "list", D,
      2, ["Tabell 1. Åtgärder i handlingsplanen 2027–2028 och status per den 31 augusti 2027"],
      "Sju: energikartläggningen av fastigheterna (31 dec 2027), planen för fossilfri uppvärmning i Fjärdingehem "
      "(2027), laddpunkterna (2027-06-30), cykelplanen (Q4 2027), utredningen om anropsstyrd trafik (31 dec "
      "2027), utfasningen av farliga ämnen i förskolorna (Q2 2027) och grönplanen (31 dec 2027).",
      items=["1.1 Energikartlägga kommunens 20 största", "1.3 Ta fram en plan", "2.1 Bygga 40 laddpunkter",
             "2.2 Ta fram en cykelplan", "2.5 Utreda anropsstyrd kollektivtrafik", "3.2 Fasa ut särskilt farliga",
             "4.3 Ta fram en grönplan"]),
    q("Which actions in Fjärdinge's climate action plan are reported as delayed?", "en", "list", D, 2,
      ["1.4 Byta gatubelysningen till LED-armaturer Tekniska nämnden 30 juni 2028 Försenad 3 200"],
      "Four: replacing street lighting with LED (1.4), phasing out hazardous substances in preschools (3.2), "
      "creating the Lövholmen nature reserve (4.1) and the green plan for the central town (4.3).",
      items=["1.4 Byta gatubelysningen till LED-armaturer", "3.2 Fasa ut särskilt farliga",
             "4.1 Bilda naturreservatet Lövholmen", "4.3 Ta fram en grönplan"]),
    q("Vilka fokusområden ska Fjärdinge prioritera i klimatarbetet 2027–2028?", "sv", "list", D, 1,
      ["Kommunstyrelsen har pekat ut fyra fokusområden som ska prioriteras under planperioden"],
      "Fyra: minskad energianvändning i kommunens lokaler, fossilfria transporter och resor, mindre avfall och mer "
      "återbruk samt mer natur i och runt tätorterna.",
      items=["Minskad energianvändning i kommunens lokaler", "Fossilfria transporter och resor",
             "Mindre avfall och mer återbruk", "Mer natur i och runt tätorterna"]),
    q("Why have several actions in Fjärdinge's climate action plan been delayed?", "en", "passage", D, 4,
      ["markförhandlingarna med två privata ägare har tagit längre tid än beräknat"],
      "Mainly because land negotiations with two private owners have taken longer than expected and delivery "
      "times for light fittings have been up to nine months."),
    none("Vilka åtgärder i Fjärdinges handlingsplan för miljö och klimat ansvarar socialnämnden för?", "sv"),
    none("What were Fjärdinge's territorial greenhouse gas emissions in 2024?", "en"),
    none("Vilka åtgärder i Fjärdinges klimatprogram beräknas kosta mer än 5 miljoner kronor?", "sv"),
    # ------------------------------------------------------------ (e) Lönnvika, socialnämndens internkontrollplan 2027
    q("Vilket riskvärde har Lönnvikas socialnämnd gett risken att personal utan delegering hanterar läkemedel?",
      "sv", "figure", E, 2, ["8 Läkemedel ges av personal utan giltig delegering 2 4 8"],
      "Riskvärdet 8: sannolikhet 2 gånger konsekvens 4.",
      [fig(8, "antal", "8")]),
    q("How many deviations did Lönnvika's social services committee find when checking payments of financial "
      "assistance in 2026?", "en", "figure", E, 4,
      ["Utbetalningar av ekonomiskt bistånd mot beslut Ja 240 Ja 9"],
      "Nine deviations among 240 checked payments – the most of any control in 2026.",
      [fig(9, "antal", "9")]),
    q("Hur många avvikelser hittades sammanlagt vid Lönnvikas uppföljning av internkontrollen 2026?", "sv",
      "figure", E, 4, ["Sammanlagt hittades 24 avvikelser vid sex av de elva kontrollerna"],
      "24 avvikelser, vid sex av de elva kontrollerna. Flest (9) gällde utbetalningar av ekonomiskt bistånd.",
      [fig(24, "antal", "24")]),
    q("Vilka risker i Lönnvikas internkontrollplan 2027 har fått riskvärdet 12 eller högre?", "sv", "list", E, 2,
      ["S = sannolikhet, K = konsekvens, riskvärde = S × K"],
      "Fyra risker med riskvärde 12: förhandsbedömning av orosanmälan inom 14 dagar, brist på familjehem, "
      "felaktiga utbetalningar av ekonomiskt bistånd och obehörig åtkomst till personuppgifter.",
      items=["1 Förhandsbedömning av orosanmälan görs", "4 Brist på familjehem leder",
             "5 Felaktiga utbetalningar av ekonomiskt bistånd", "12 Obehörig åtkomst till personuppgifter"]),
    q("Vilka kontroller ska socialförvaltningen i Lönnvika göra tre gånger om året?", "sv", "list", E, 3,
      ["Kontroller som görs månadsvis eller per tertial rapporteras till nämnden"],
      "Fem kontroller görs per tertial: stickprov på orosanmälningar, uttag över utredningstider, stickprov på "
      "underlag för ekonomiskt bistånd, uppföljning av ej verkställda LSS-beslut och avstämning av fakturor för "
      "köpt vård.",
      items=["1 Stickprov på 15 orosanmälningar", "2 Uttag ur verksamhetssystemet över utredningstider",
             "6 Stickprov på 10 ärenden", "7 Uppföljning av ej verkställda beslut", "9 Fakturor för köpt vård"]),
    q("Vad låg bakom de felaktiga utbetalningarna av ekonomiskt bistånd i Lönnvika 2026?", "sv", "passage", E, 4,
      ["beslut registrerades manuellt under två månader efter bytet av verksamhetssystem"],
      "Beslut registrerades manuellt under två månader efter bytet av verksamhetssystem i mars 2026. Alla "
      "felaktiga utbetalningar har reglerats."),
    none("Vilka risker i Lönnvikas internkontrollplan har bedömts med den högsta sannolikheten och den högsta "
         "konsekvensen, alltså 4 och 4?", "sv"),
    none("Hur många avvikelser hittade Lönnvikas socialnämnd vid uppföljningen av internkontrollen 2025?", "sv"),
    # ------------------------------------------------------------ (f) Ölvsunda, underhållsplan för gator (p. 2 scanned)
    q("Vad beräknas beläggningsarbetet på Hamngatan i Ölvsunda kosta?", "sv", "figure", F, 2,
      ["5 Hamngatan Hela gatan Förstärkning och ny beläggning 540 2 430 2028"],
      "2 430 tkr för förstärkning och ny beläggning av hela gatan (540 meter) under 2028.",
      [fig(2430, "tkr", "2 430")]),
    q("What is the estimated cost of the work on Ölvsundavägen in Ölvsunda's street maintenance plan?", "en",
      "figure", F, 2,
      ["10 Ölvsundavägen Infarten–Forsvägen Förstärkning av bärlager och ny beläggning 720 3 240 2029"],
      "3,240 thousand kronor (tkr) for strengthening the base course and new asphalt on 720 metres in 2029.",
      [fig(3240, "tkr", "3 240")]),
    q("Hur stor är underhållsskulden på Ölvsundas gatunät?", "sv", "figure", F, 1,
      ["bedömdes underhållsskulden för gatunätet till 64 mnkr"],
      "64 mnkr enligt inventeringen 2026. Anslaget är 5,2 mnkr per år mot ett bedömt behov på 12,0 mnkr per år.",
      [fig(64, "mnkr", "64 mnkr")]),
    q("Vilka gator i Ölvsunda ska åtgärdas under 2028 enligt underhållsplanen?", "sv", "list", F, 2,
      ["Objekt i prioritetsordning per år. Kostnader i tusental kronor"],
      "Fyra: Hamngatan, Hantverkargatan, Ladugårdsvägen och gång- och cykelvägen Lingonstigen, sammanlagt 4 070 "
      "tkr.",
      items=["5 Hamngatan Hela gatan", "6 Hantverkargatan Dalgatan–Forsvägen Lagning", "7 Ladugårdsvägen Hela vägen",
             "8 Lingonstigen Gång- och cykelväg"]),
    q("Vilka objekt i Ölvsundas gatuunderhållsplan beräknas kosta mer än 1,5 miljoner kronor?", "sv", "list", F,
      2, ["Objekt 10 samordnas med VA-enhetens byte av vattenledning"],
      "Fyra: Biblioteksgatan (1 520 tkr), Hamngatan (2 430 tkr), Östra Långgatan (1 830 tkr) och Ölvsundavägen "
      "(3 240 tkr).",
      items=["3 Biblioteksgatan Torget–Hamngatan", "5 Hamngatan Hela gatan", "9 Östra Långgatan Torget–Bangårdsgatan",
             "10 Ölvsundavägen Infarten–Forsvägen"]),
    q("Varför växer underhållsskulden på gatorna i Ölvsunda?", "sv", "passage", F, 1,
      ["priset på asfalt har stigit med 38 procent sedan 2021"],
      "Priset på asfalt har stigit med 38 procent sedan 2021 medan anslaget för beläggning har legat kvar på samma "
      "nivå, så fler gator får enklare åtgärder i stället för ny beläggning."),
    none("Vilka gator i Ölvsunda ska få ny beläggning 2030?", "sv"),
    none("Hur mycket kostade vinterväghållningen i Ölvsunda 2026?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"h{33000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
