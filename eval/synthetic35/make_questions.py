"""Writes ../heldout_syn35.jsonl: 50 held-out gold questions (h35001–h35050) about the six synthetic35 PDFs.

18 figure, 12 list (10 conditional – 3 compare two cells of the same row, 3 filter by the group heading the rows
stand under, the others filter by a status, an amount, a share or a deadline – and 2 that ask for a whole named
list), 4 passage, 16 none (4 of them list-shaped); 37 in Swedish and 13 in English (6 English figures, 3 English
lists, 4 English none). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of the Celsinge
document, a scanned page without a text layer (two figures, two lists and one near-miss none question); the
evidence of the answerable ones is the text printed in the image.

The set weighs FIGURE questions – every answer shares its row, column or sentence with other figures of the same
unit (kommun vs koncern and budget vs outcome 2026 vs 2025, soliditet with vs without pension commitments, women vs
men and 2026 vs 2025, an unlabelled year row of a long-format table, mean vs median vs target, planned vs performed,
budget vs outcome vs forecast vs deviation, a subtotal among rows, excl. vs incl. VAT, 2026 vs 2027) – and NEAR-MISS
none questions (the same municipality, document and topic, but a year, a committee, a förvaltning split, a measure
(the mean when only the median is given), a cost, a fee or a list whose condition no row meets), then CONDITIONAL
list questions.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn35.jsonl"

A = "parlsunda-arsredovisning-2026-ekonomisk-analys.pdf"
B = "jovinge-personalredovisning-2026.pdf"
C = "stravik-granskning-lss-handlaggning-2026.pdf"
D = "vindala-bmn-verksamhetsstatistik-2026.pdf"
E = "idhammar-sn-delarsrapport-aug-2026.pdf"
F = "celsinge-va-taxa-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Pärlsunda, årsredovisning 2026
    q("Vilket resultat redovisade Pärlsunda kommunkoncern för 2025 enligt resultaträkningen?", "sv", "figure", A, 2,
      ["Årets resultat 46,0 48,6 31,2 76,2 69,7"],
      "69,7 mnkr. För 2026 blev koncernens resultat 76,2 mnkr; kommunens eget resultat var 31,2 mnkr 2025 och "
      "48,6 mnkr 2026 (budget 46,0 mnkr).",
      [fig(69.7, "mnkr", "69,7")]),
    q("What was Pärlsunda municipality's equity ratio including the full pension commitment at the end of 2025?",
      "en", "figure", A, 1, ["blir soliditeten 21,4 procent (18,9 procent 2025)"],
      "18.9 per cent. At the end of 2026 it was 21.4 per cent; excluding the pension commitments reported as a "
      "contingent liability the ratio was 45.2 per cent (2025) and 46.8 per cent (2026).",
      [fig(18.9, "procent", "18,9 procent")]),
    q("Hur stora var de finansiella kostnaderna för Pärlsunda kommun, exklusive bolagen, under 2025?", "sv",
      "figure", A, 2, ["Finansiella kostnader² 7 −28,0 −24,2 −43,4 −71,5 −88,3"],
      "43,4 mnkr (redovisat som −43,4). Budgeten för 2026 var 28,0 mnkr och utfallet 2026 24,2 mnkr; i beloppet "
      "för 2025 ingår en engångskostnad på 17,9 mnkr för lösen av ett lån i förtid.",
      [fig(43.4, "mnkr", "−43,4")]),
    q("By how much did the technical committee in Pärlsunda deviate from its budget in 2025?", "en", "figure", A,
      4, ["Tekniska nämnden 92,3 90,1 +2,2 −0,9"],
      "It overspent by 0.9 mnkr in 2025 (−0.9). In 2026 it had a surplus of 2.2 mnkr (budget 92.3, outcome 90.1).",
      [fig(-0.9, "mnkr", "−0,9")]),
    q("Vilka nämnder i Pärlsunda gick med underskott mot budget 2026?", "sv", "list", A, 3,
      ["Socialnämnden 248,0 259,6 −11,6 −6,8"],
      "Fem nämnder: barn- och utbildningsnämnden (−7,3 mnkr), socialnämnden (−11,6), vård- och omsorgsnämnden "
      "(−6,7), kultur- och fritidsnämnden (−0,5) och överförmyndarnämnden (−0,5).",
      items=["Barn- och utbildningsnämnden 812,5 819,8", "Socialnämnden 248,0 259,6",
             "Vård- och omsorgsnämnden 596,4 603,1", "Kultur- och fritidsnämnden 71,9 72,4",
             "Överförmyndarnämnden 4,1 4,6"]),
    q("Vilka av Pärlsundas nämnder hade ett överskott mot budget 2025 men ett underskott 2026?", "sv", "list", A,
      3, ["Vård- och omsorgsnämnden 596,4 603,1 −6,7 +1,5"],
      "Två: vård- och omsorgsnämnden (+1,5 mnkr 2025, −6,7 mnkr 2026) och kultur- och fritidsnämnden (+0,4 "
      "respektive −0,5 mnkr).",
      items=["Vård- och omsorgsnämnden 596,4 603,1", "Kultur- och fritidsnämnden 71,9 72,4"]),
    q("Vad förklarar socialnämndens budgetunderskott i Pärlsunda år 2026?", "sv", "passage", A, 4,
      ["fler barn och unga placerades i hem för vård eller boende under hösten"],
      "Underskottet på 11,6 mnkr beror på att fler barn och unga placerades i HVB under hösten, och två av "
      "placeringarna var akuta. Nämnden har beslutat om en handlingsplan med fler familjehem i egen regi."),
    none("Hur hög var Pärlsunda kommuns soliditet år 2024?", "sv"),
    none("What was the net cost of the rescue services committee (räddningsnämnden) in Pärlsunda in 2026?", "en"),
    none("Vilka nämnder i Pärlsunda överskred budgeten med mer än 15 mnkr under 2026?", "sv"),

    # ------------------------------------------------------------ (b) Jovinge, personalredovisning 2026
    q("Hur många män var anställda inom socialförvaltningen i Jovinge kommun i slutet av 2025?", "sv", "figure", B,
      2, ["Socialförvaltningen 218 54 272 198 49 247"],
      "49 män (av 247 anställda). Vid slutet av 2026 var de 54 av 272.",
      [fig(49, "antal", "49")]),
    q("What was the sick leave rate among male employees aged 50 and over in Jovinge in 2025?", "en", "figure", B,
      3, ["Män 2026 4,1 4,6 6,3 5,2 2025 3,8 5,0 5,9 5,1"],
      "5.9 per cent of ordinary working hours in 2025; in 2026 it rose to 6.3 per cent.",
      [fig(5.9, "procent", "5,9")]),
    q("Hur stor var personalomsättningen i Jovinge kommun under 2025?", "sv", "figure", B, 1,
      ["sjönk till 9,4 procent från 10,1 procent året innan"],
      "10,1 procent. Under 2026 sjönk den till 9,4 procent; målet är högst 9,0 procent.",
      [fig(10.1, "procent", "10,1 procent")]),
    q("Vilka förvaltningar i Jovinge hade fler anställda vid slutet av 2026 än ett år tidigare?", "sv", "list", B,
      2, ["Socialförvaltningen 218 54 272 198 49 247"],
      "Fyra: kommunledningsförvaltningen (135 → 139), barn- och utbildningsförvaltningen (903 → 910), "
      "socialförvaltningen (247 → 272) och kultur- och fritidsförvaltningen (66 → 86).",
      items=["Kommunledningsförvaltningen 98 41 139", "Barn- och utbildningsförvaltningen 742 168",
             "Socialförvaltningen 218 54 272", "Kultur- och fritidsförvaltningen"]),
    q("Vilka åtgärder har Jovinge kommun beslutat om för att få ned sjukfrånvaron under 2027?", "sv", "list", B, 4,
      ["Heltid som norm införs i hemtjänsten under 2027"],
      "Fem åtgärder: tidig kontakt från chefen och företagshälsovården, hälsosamtal för medarbetare i vård och "
      "omsorg som är 50 år eller äldre, heltid som norm i hemtjänsten, en kompetensförsörjningsplan per förvaltning "
      "och stöd till chefer med fler än 35 medarbetare.",
      items=["Chefen tar kontakt med medarbetaren redan", "Alla medarbetare i vård och omsorg",
             "Heltid som norm införs i hemtjänsten", "Varje förvaltning tar fram en plan",
             "Chefer med fler än 35 medarbetare"]),
    none("Hur hög var sjukfrånvaron inom samhällsbyggnadsförvaltningen i Jovinge 2026?", "sv"),
    none("Vilken sjukfrånvaro hade kvinnor under 30 år i Jovinge kommun 2024?", "sv"),
    none("Which age groups of male employees in Jovinge had sick leave above 10 per cent in 2026?", "en"),

    # ------------------------------------------------------------ (c) Stråvik, granskning LSS
    q("Hur många av LSS-ärendena som Stråviks revisorer granskade hade en handläggningstid över tre månader?", "sv",
      "figure", C, 2, ["I 9 ärenden tog det mer än tre månader innan beslut fattades"],
      "9 av de 32 granskade ärendena. Nämndens mål om beslut inom 60 dagar nåddes inte i 17 ärenden.",
      [fig(9, "antal", "9 ärenden")]),
    q("Vilken medianhandläggningstid hade de LSS-ärenden som granskades i Stråvik?", "sv", "figure", C, 2,
      ["handläggningstiden från ansökan till beslut var 74 dagar och medianen 61 dagar"],
      "61 dagar i median. Genomsnittet var 74 dagar (58 dagar 2025) och nämndens mål är 60 dagar.",
      [fig(61, "antal", "61 dagar")]),
    q("Vilka revisionsfrågor i granskningen av LSS-handläggningen i Stråvik bedömdes som inte uppfyllda alls?",
      "sv", "list", C, 2, ["2.1 Utreds ansökningarna skyndsamt? Ej uppfyllt"],
      "Fyra: 1.3 bemanning och kompetens, 2.1 skyndsam utredning, 3.2 rapportering av ej verkställda beslut till "
      "IVO i rätt tid och 3.3 egenkontroll av handläggningen.",
      items=["1.3 Har nämnden säkerställt tillräcklig bemanning", "2.1 Utreds ansökningarna skyndsamt?",
             "3.2 Rapporteras ej verkställda beslut till", "3.3 Finns en fungerande egenkontroll av"]),
    q("Vilka rekommendationer ger revisorerna i Stråvik socialnämnden efter LSS-granskningen?", "sv", "list", C, 4,
      ["Inför en rutin som bevakar tidsfristerna för rapportering av ej verkställda beslut"],
      "Sex: revidera riktlinjerna, planera bemanningen långsiktigt, följ upp handläggningstiderna mot målet om 60 "
      "dagar, dokumentera kommuniceringen, bevaka tidsfristerna för rapportering till IVO och genomför en årlig "
      "egenkontroll.",
      items=["Revidera riktlinjerna för handläggningen av ansökningar", "Ta fram en plan för att",
             "Följ upp handläggningstiderna mot målet om", "Säkerställ att kommuniceringen med den enskilde",
             "Inför en rutin som bevakar tidsfristerna", "Genomför en årlig egenkontroll av ett"]),
    q("Varför blev handläggningstiderna för LSS-ansökningar i Stråvik så långa enligt revisorerna?", "sv",
      "passage", C, 3,
      ["Två av fem handläggartjänster var vakanta under stora delar av året",
       "flera utredningar stod stilla i väntan på en ny handläggare"],
      "Två av fem handläggartjänster var vakanta under stora delar av året; ärendena fördelades om mellan de "
      "kvarvarande handläggarna och flera utredningar stod stilla i väntan på en ny handläggare."),
    none("Vad kostade revisorernas granskning av LSS-handläggningen i Stråvik?", "sv"),
    none("Hur lång handläggningstid hade ansökningar om personlig assistans i Stråvik?", "sv"),

    # ------------------------------------------------------------ (d) Vindala, BMN verksamhetsstatistik 2026
    q("Hur många beslut om strandskyddsdispens fattade Vindalas bygg- och miljönämnd under 2025?", "sv", "figure",
      D, 1, ["Strandskyddsdispens 2026 22 19 7,8 2025 25 24 6,9"],
      "24 beslut under 2025 (25 ansökningar kom in). Under 2026 kom 22 in och 19 beslutades.",
      [fig(24, "antal", "24")]),
    q("How many inspections of notifiable (C) environmental activities did Vindala carry out in 2025?", "en",
      "figure", D, 2, ["Anmälningspliktiga verksamheter (C) 52 41 78,8 50 47"],
      "47 of 50 planned inspections in 2025. In 2026, 41 of 52 planned inspections were carried out (78.8 %).",
      [fig(47, "antal", "47")]),
    q("Vad blir timavgiften för livsmedelskontroll i Vindala från 2027?", "sv", "figure", D, 3,
      ["Timavgiften för livsmedelskontroll höjs från 1 380 kronor till 1 450 kronor"],
      "1 450 kronor per timme från den 1 januari 2027, en höjning från 1 380 kronor.",
      [fig(1450, "kr", "1 450 kronor")]),
    q("For which types of case did the median handling time at Vindala's building and environment committee get "
      "longer in 2026 than in 2025?", "en", "list", D, 1, ["Förhandsbesked 2026 31 27 9,6 2025 26 28 8,8"],
      "Four: new one- and two-family houses (5.8 → 6.5 weeks), blocks of flats and premises (7.4 → 8.3), advance "
      "rulings (8.8 → 9.6) and shoreline protection exemptions (6.9 → 7.8).",
      items=["Nybyggnad av en- och tvåbostadshus 2026", "Flerbostadshus och lokaler 2026 17",
             "Förhandsbesked 2026 31 27", "Strandskyddsdispens 2026 22 19"]),
    q("Inom vilka typer av tillsynsobjekt i Vindala genomfördes mindre än 80 procent av de planerade "
      "inspektionerna 2026?", "sv", "list", D, 2, ["Lantbruk med djurhållning 30 18 60,0 28 25"],
      "Tre: anmälningspliktiga verksamheter (C) 78,8 procent, lantbruk med djurhållning 60,0 procent och "
      "hygienlokaler 50,0 procent.",
      items=["Anmälningspliktiga verksamheter (C) 52 41", "Lantbruk med djurhållning 30 18",
             "Hygienlokaler (tatuering, fotvård m.m.) 18 9"]),
    q("Vad är förklaringen till att Vindala inte hann med de planerade lantbruksinspektionerna 2026?", "sv",
      "passage", D, 2, ["en av de två inspektörerna med inriktning på lantbruk var tjänstledig från mars"],
      "En av de två inspektörerna med inriktning på lantbruk var tjänstledig från mars och tjänsten gick inte att "
      "ersätta; 18 av 30 planerade lantbruksinspektioner genomfördes och de övriga prioriteras våren 2027."),
    none("Hur många ansökningar om bygglov för nya en- och tvåbostadshus kom in till Vindala 2024?", "sv"),
    none("What was the average (mean) handling time for advance rulings (förhandsbesked) in Vindala in 2026?",
         "en"),
    none("Vilka tillsynsområden i Vindala fick fler utförda inspektioner än planerat under 2026?", "sv"),

    # ------------------------------------------------------------ (e) Idhammar, SN delårsrapport aug 2026
    q("Vad prognostiserar Idhammars socialnämnd att placeringarna av barn och unga kostar för helåret 2026?", "sv",
      "figure", E, 1, ["Placeringar barn och unga 34,6 27,5 40,9 −6,3"],
      "40,9 mnkr mot en budget på 34,6 mnkr, alltså ett underskott på 6,3 mnkr. Utfallet till och med augusti var "
      "27,5 mnkr.",
      [fig(40.9, "mnkr", "40,9")]),
    q("What deviation from budget does the social services committee in Idhammar forecast for elderly care as a "
      "whole in 2026?", "en", "figure", E, 2, ["Summa äldreomsorg 286,5 191,5 288,5 −2,0"],
      "A deficit of 2.0 mnkr (−2.0): forecast 288.5 mnkr against a budget of 286.5 mnkr.",
      [fig(-2.0, "mnkr", "−2,0")]),
    q("Hur mycket hade personlig assistans i Idhammar kostat efter årets första åtta månader 2026?", "sv",
      "figure", E, 2, ["Personlig assistans 31,8 22,9 34,5 −2,7"],
      "22,9 mnkr under januari–augusti. Budgeten för helåret är 31,8 mnkr och prognosen 34,5 mnkr.",
      [fig(22.9, "mnkr", "22,9")]),
    q("Vilka verksamheter inom individ- och familjeomsorgen i Idhammar väntas gå med underskott 2026?", "sv",
      "list", E, 1, ["Myndighetsutövning barn och unga 28,4 20,9 31,2 −2,8"],
      "Tre: myndighetsutövning barn och unga (−2,8 mnkr), placeringar barn och unga (−6,3) och vuxna – missbruk "
      "och beroende (−1,6).",
      items=["Myndighetsutövning barn och unga 28,4", "Placeringar barn och unga 34,6",
             "Vuxna – missbruk och beroende 15,2"]),
    q("Which of the actions for a balanced budget in Idhammar's social services are due to be completed before the "
      "end of 2026?", "en", "list", E, 3, ["Ansvarig: Avdelningschef äldreomsorg Klart: 30 september 2026"],
      "Three: expanding in-house foster care by six places (by 2026-12-31), a monthly review of granted home-care "
      "hours (by 30 September 2026) and a review of personal assistance decisions (by 2026-11-30).",
      items=["att utöka familjehemsvården i egen regi", "att gå igenom beviljade hemtjänsttimmar",
             "att ompröva alla pågående beslut om"]),
    q("Varför väntas kostnaderna för placerade barn och unga i Idhammar bli högre än budgeterat?", "sv", "passage",
      E, 2, ["tre ungdomar har placerats på HVB under våren",
             "det saknades familjehem med den kompetens som behövdes"],
      "Tre ungdomar har placerats på HVB under våren eftersom det saknades familjehem med den kompetens som "
      "behövdes; placeringarna väntas överskrida budgeten med 6,3 mnkr."),
    none("Hur stor var hemtjänstens budgetavvikelse i Idhammar vid delårsbokslutet 2025?", "sv"),
    none("Vilken prognos har Idhammars socialnämnd för mottagandet av ensamkommande barn och nyanlända 2026?",
         "sv"),
    none("Which disability support services in Idhammar are forecast to show a surplus of more than 2 mnkr in "
         "2026?", "en"),

    # ------------------------------------------------------------ (f) Celsinge, VA-taxa 2027 (p. 2 scanned)
    q("Vad kostar en kubikmeter vatten i Celsinge inklusive moms enligt VA-taxan för 2027?", "sv", "figure", F, 2,
      ["Förbrukningsavgift per m³ 29,60 37,00 +8,0"],
      "37,00 kronor per kubikmeter inklusive moms (29,60 kronor exklusive moms), en höjning med 8,0 procent.",
      [fig(37.0, "kr", "37,00")]),
    q("What is the apartment charge (lägenhetsavgift) excluding VAT in Celsinge's water and sewage tariff for "
      "2027?", "en", "figure", F, 2, ["Lägenhetsavgift per lägenhet 16 960,00 21 200,00 +4,0"],
      "16,960.00 kronor per apartment excluding VAT (21,200.00 kronor including VAT), 4.0 per cent more than in "
      "2026.",
      [fig(16960.0, "kr", "16 960,00")]),
    q("Vad kostade vatten och avlopp per år för ett typiskt småhus i Celsinge med 2026 års avgifter?", "sv",
      "figure", F, 3, ["Typhus A Småhus, 150 m³ per år 12 647,50 13 715,00"],
      "12 647,50 kronor inklusive moms för typhus A (150 m³ per år). Med 2027 års taxa blir kostnaden 13 715,00 "
      "kronor, 1 067,50 kronor eller 8,4 procent mer.",
      [fig(12647.5, "kr", "12 647,50")]),
    q("Vilka årliga brukningsavgifter i Celsinge höjs med mer än 7 procent till 2027?", "sv", "list", F, 2,
      ["Dagvattenavgift, gata per år och fastighet 612,00 765,00 +13,3"],
      "Fyra: fast avgift för småhus (+7,5 procent), förbrukningsavgiften (+8,0), dagvattenavgift gata (+13,3) och "
      "dagvattenavgift fastighet (+12,1).",
      items=["Fast avgift, småhus per år", "Förbrukningsavgift per m³ 29,60", "Dagvattenavgift, gata per år och",
             "Dagvattenavgift, fastighet per år och"]),
    q("Which charges in Celsinge's water tariff for 2027 stay the same or go down compared with 2026?", "en",
      "list", F, 2, ["Extra avläsning av vattenmätare per tillfälle 320,00 400,00 −20,0"],
      "Three: removing and refitting a water meter (0.0 %), shutting off and reopening the water supply (0.0 %) "
      "and an extra meter reading, which is lowered by 20.0 per cent.",
      items=["Nedtagning och uppsättning av vattenmätare per", "Avstängning och påsläpp av vatten per",
             "Extra avläsning av vattenmätare per tillfälle"]),
    none("Vilken avgift tar Celsinge ut för en sprinklerservis eller brandpostanslutning enligt VA-taxa 2027?",
         "sv"),
    none("Hur hög var förbrukningsavgiften per kubikmeter i Celsinge 2025?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"h{35000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
