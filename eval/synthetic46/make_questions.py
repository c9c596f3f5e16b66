"""Writes ../train_syn46.jsonl: 72 gold questions (t46001–t46072) about the six synthetic46 PDFs.

26 figure, 18 list (17 conditional – by an eligibility share under the target, a fall in merit value (two cells of a
row), the boys' merit value under 210, personnel costs over budget (two cells of a row), sick leave under 5 %, sick
leave that rose (two cells of a row), a priority plus a year (group), a cost over 2 500 tkr, a measure word, a year plus
a tenure (group), a year, a result word, a deadline, a risk value, a forecast over budget (scanned page, two cells of a
row), a 2027 budget over 400 mnkr (scanned page) and an increase over 4 % – and 1 whole list, the four strategies of
Vinnerby's housing programme), 6 passage, 22 none (5 of them list-shaped); 54 in Swedish and 18 in English (6 figures,
5 lists, 2 passages, 5 none). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of the Region
Flodmark document, a scanned page without a text layer (two figures, two lists and one near-miss none question); the
evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn46.jsonl"

A = "tovhamra-bun-grundskolans-resultat-2027.pdf"
B = "myrvinge-personalekonomisk-redovisning-2026.pdf"
C = "fagerlida-tn-underhallsplan-gator-vagar-2027-2030.pdf"
D = "vinnerby-bostadsforsorjningsprogram-2027-2031.pdf"
E = "skebrinna-ks-uppfoljning-intern-kontroll-2026.pdf"
F = "region-flodmark-hsn-budget-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Tovhamra, grundskolans resultat 2027
    q("Vilket genomsnittligt meritvärde fick niorna på Sävdalsskolan i Tovhamra 2027?", "sv", "figure", A, 2,
      ["Sävdalsskolan 142 232,6 235,1 238,3 249,9 227,0"],
      "238,3 (235,1 år 2026 och 232,6 år 2025). Flickorna hade 249,9 och pojkarna 227,0.",
      [fig(238.3, "poäng", "238,3")]),
    q("Hur stor andel av pojkarna i nian på Mossvedsskolan i Tovhamra blev behöriga till ett yrkesprogram 2027?",
      "sv", "figure", A, 3, ["Mossvedsskolan 84,2 82,7 79,7 83,3 76,5 13"],
      "76,5 procent av pojkarna, mot 83,3 procent av flickorna. För hela skolan var andelen 79,7 procent.",
      [fig(76.5, "procent", "76,5")]),
    q("What was the average merit value at Ödbyskolan in Tovhamra the year before 2027?", "en", "figure", A, 2,
      ["Ödbyskolan 38 225,0 219,4 212,4 222,6 204,1"],
      "219.4 in 2026 (225.0 in 2025). It then fell to 212.4 in 2027.",
      [fig(219.4, "poäng", "219,4")]),
    q("Hur många elever lämnade nian i Tovhamras skolor våren 2027?", "sv", "figure", A, 1,
      ["Våren 2027 gick 546 elever ut årskurs 9 i de sju skolenheterna"],
      "546 elever, jämfört med 531 året innan.",
      [fig(546, "antal", "546")]),
    q("Vilket meritvärde fick Tovhamra kommun som helhet i årskurs 9 2027, och nådde man målet?", "sv", "figure", A, 1,
      ["Det genomsnittliga meritvärdet blev 225,7 (223,6 år 2026)"],
      "225,7 (223,6 år 2026). Det är lägre än nämndens mål på 230,0 och rikets genomsnitt på 232,0, så målet nåddes "
      "inte.",
      [fig(225.7, "poäng", "225,7")]),
    q("Vilka skolenheter i Tovhamra hade lägre andel behöriga till yrkesprogram än målet på 90 procent våren 2027?",
      "sv", "list", A, 3, ["På fyra av sju skolenheter ligger andelen behöriga under målet"],
      "Fyra: Mossvedsskolan (79,7 procent), Tovhamraskolan (86,2), Måsängsskolan (84,4) och Ödbyskolan (86,8).",
      items=["Mossvedsskolan 84,2 82,7", "Tovhamraskolan 87,0 89,6", "Måsängsskolan 80,5 83,3",
             "Ödbyskolan 91,7 88,2"]),
    q("Which school units in Tovhamra saw their average merit value fall between 2026 and 2027?", "en", "list", A, 2,
      ["Även Tovhamraskolan och Ödbyskolan har lägre meritvärde än året innan"],
      "Three: Mossvedsskolan (203.5 to 199.5), Tovhamraskolan (219.8 to 218.4) and Ödbyskolan (219.4 to 212.4).",
      items=["Mossvedsskolan 64 208,7", "Tovhamraskolan 87 214,9", "Ödbyskolan 38 225,0"]),
    q("På vilka skolor i Tovhamra låg pojkarnas meritvärde under 210 våren 2027?", "sv", "list", A, 2,
      ["Måsängsskolan 45 196,3 201,9 207,7 219,1 196,8"],
      "Tre: Mossvedsskolan (189,4), Måsängsskolan (196,8) och Ödbyskolan (204,1).",
      items=["Mossvedsskolan 64 208,7", "Måsängsskolan 45 196,3", "Ödbyskolan 38 225,0"]),
    q("Varför har resultaten sjunkit på Mossvedsskolan i Tovhamra?", "sv", "passage", A, 4,
      ["saknade legitimerade lärare i matematik och moderna språk"],
      "Enligt förvaltningens analys saknade skolan under större delen av läsåret legitimerade lärare i matematik och "
      "moderna språk, samtidigt som nästan var tredje elev i årskursen hade kommit till Sverige under de senaste "
      "fyra åren."),
    none("Vilket meritvärde hade Fjolbergsskolan i Tovhamra 2024?", "sv"),
    none("What share of the pupils at Sävdalsskolan in Tovhamra passed all subjects in 2027?", "en"),
    none("Vilka skolor i Tovhamra hade ett meritvärde över 260 våren 2027?", "sv"),
    none("Hur stor andel av eleverna på Tovhamraskolan blev behöriga till högskoleförberedande program 2027?", "sv"),

    # ------------------------------------------------------------ (b) Myrvinge, personalekonomisk redovisning 2026
    q("What was the sick leave rate among men aged 50 and over working for Myrvinge municipality in 2026?", "en",
      "figure", B, 3, ["50 år– 10,7 10,3 6,2 5,6 9,5 9,1"],
      "5.6 per cent of ordinary working time in 2026, down from 6.2 per cent in 2025. Women in the same age group had "
      "10.3 per cent.",
      [fig(5.6, "procent", "5,6")]),
    q("Vad blev utfallet för socialförvaltningens personalkostnader i Myrvinge 2026 jämfört med budget?", "sv",
      "figure", B, 2, ["Socialförvaltningen 286 74 360 41 372,5 251,8 263,9 244,7"],
      "263,9 mnkr mot en budget på 251,8 mnkr, alltså 12,1 mnkr över budget (244,7 mnkr 2025).",
      [fig(263.9, "mnkr", "263,9")]),
    q("Hur många årsarbetare fanns inom vård och omsorg i Myrvinge kommun 2026?", "sv", "figure", B, 2,
      ["Vård- och omsorgsförvaltningen 1 184 196 1 380 233 1 402,1 868,3 889,6 846,0"],
      "1 402,1 årsarbetare i vård- och omsorgsförvaltningen, som hade 1 380 tillsvidareanställda och 233 "
      "visstidsanställda.",
      [fig(1402.1, "antal", "1 402,1")]),
    q("Hur mycket betalade Myrvinge kommun i sjuklön under 2026?", "sv", "figure", B, 2,
      ["Kostnaden för sjuklön ökade ändå till 41,3 mnkr (38,9)"],
      "41,3 mnkr, jämfört med 38,9 mnkr 2025.",
      [fig(41.3, "mnkr", "41,3 mnkr")]),
    q("Hur hög var personalomsättningen i Myrvinge kommun förra året?", "sv", "figure", B, 1,
      ["Personalomsättningen var 9,8 procent, jämfört med 11,2 procent året innan"],
      "9,8 procent 2026, jämfört med 11,2 procent 2025 och målet på högst 9,0 procent.",
      [fig(9.8, "procent", "9,8 procent")]),
    q("Vilka förvaltningar i Myrvinge gick över sin budget för personalkostnader 2026?", "sv", "list", B, 2,
      ["Barn- och utbildningsförvaltningen 1 046 251 1 297 142 1 318,7 901,4 917,2 872,6"],
      "Tre: barn- och utbildningsförvaltningen (917,2 mnkr mot budget 901,4), socialförvaltningen (263,9 mot 251,8) "
      "och vård- och omsorgsförvaltningen (889,6 mot 868,3).",
      items=["Barn- och utbildningsförvaltningen 1 046", "Socialförvaltningen 286 74 360",
             "Vård- och omsorgsförvaltningen 1 184"]),
    q("Vilka förvaltningar i Myrvinge hade en sjukfrånvaro under 5 procent 2026?", "sv", "list", B, 3,
      ["Samhällsbyggnadsförvaltningen 4,2 4,5 5,8 3,7 36,0"],
      "Två: kommunledningsförvaltningen (4,1 procent) och samhällsbyggnadsförvaltningen (4,5 procent).",
      items=["Kommunledningsförvaltningen 4,6 4,1", "Samhällsbyggnadsförvaltningen 4,2 4,5"]),
    q("In which of Myrvinge's administrations did sick leave go up from 2025 to 2026?", "en", "list", B, 3,
      ["Socialförvaltningen 8,8 9,3 10,1 6,2 48,7"],
      "Two: Socialförvaltningen (from 8.8 to 9.3 per cent) and Samhällsbyggnadsförvaltningen (from 4.2 to 4.5 per "
      "cent).",
      items=["Socialförvaltningen 8,8 9,3", "Samhällsbyggnadsförvaltningen 4,2 4,5"]),
    q("Varför ökade sjukfrånvaron bland socialförvaltningens anställda i Myrvinge?", "sv", "passage", B, 4,
      ["fem av tolv socialsekreterartjänster under våren var vakanta"],
      "Arbetsbelastningen i barn- och ungdomsgruppen var mycket hög, eftersom fem av tolv socialsekreterartjänster "
      "under våren var vakanta eller bemannade med inhyrda konsulter."),
    none("Hur hög var sjukfrånvaron i barn- och utbildningsförvaltningen i Myrvinge 2024?", "sv"),
    none("What personnel cost budget does Barn- och utbildningsförvaltningen in Myrvinge have for 2027?", "en"),
    none("Vilka förvaltningar i Myrvinge hade mer än 12 procents sjukfrånvaro 2026?", "sv"),
    none("Hur många timavlönade arbetade i Myrvinge kommun under 2026?", "sv"),

    # ------------------------------------------------------------ (c) Fagerlida, underhållsplan gator 2027–2030
    q("Vad kostar beläggningsarbetet på Tingsvägen i Fagerlida?", "sv", "figure", C, 2,
      ["4 Tingsvägen Mellangatan – Skolvägen Fräsning och ny beläggning 380 1 520 2027 1"],
      "1 520 tkr för fräsning och ny beläggning av 380 meter mellan Mellangatan och Skolvägen, planerat till 2027 "
      "med prioritet 1.",
      [fig(1520, "tkr", "1 520")]),
    q("How much will the resurfacing of Östra Strandgatan in Fagerlida cost?", "en", "figure", C, 3,
      ["20 Östra Strandgatan Stortorget – Stationsvägen Fräsning och ny beläggning 510 2 240 2030 1"],
      "2,240 thousand kronor (tkr) for milling and new asphalt on 510 metres between Stortorget and Stationsvägen, "
      "planned for 2030 with priority 1.",
      [fig(2240, "tkr", "2 240")]),
    q("Vad beräknas Fagerlidas beläggningsunderhåll kosta 2027, och hur förhåller det sig till budgetramen?", "sv",
      "figure", C, 1, ["Åtgärderna för 2027 beräknas kosta 9 240 tkr"],
      "9 240 tkr, alltså 240 tkr mer än budgetramen för beläggningsunderhåll på 9 000 tkr per år.",
      [fig(9240, "tkr", "9 240 tkr")]),
    q("Hur mycket lägger Fagerlida på fräsning och ny beläggning år 2030?", "sv", "figure", C, 3,
      ["Fräsning och ny beläggning 3 410 4 340 1 080 5 850 14 680"],
      "5 850 tkr 2030 (Östra Strandgatan och Fagerlidavägen). Under hela perioden 2027–2030 är det 14 680 tkr.",
      [fig(5850, "tkr", "5 850")]),
    q("Vilka gator i Fagerlida har prioritet 1 och ska åtgärdas 2028?", "sv", "list", C, 2,
      ["11 Tvärleden Fabriksvägen – Stationsvägen Fräsning och ny beläggning 720 3 020 2028 1"],
      "Två: Skolvägen (förstärkning och ny beläggning, 2 350 tkr) och Tvärleden (fräsning och ny beläggning, "
      "3 020 tkr).",
      items=["8 Skolvägen Tingsvägen – Fårstigen", "11 Tvärleden Fabriksvägen – Stationsvägen"]),
    q("Vilka åtgärder i Fagerlidas underhållsplan kostar mer än 2,5 miljoner kronor?", "sv", "list", C, 2,
      ["2 Fabriksvägen hela sträckan Förstärkning och ny beläggning 650 3 250 2027 1"],
      "Fyra: Fabriksvägen (3 250 tkr), Tvärleden (3 020 tkr), Mejerivägen (2 940 tkr) och Fagerlidavägen "
      "(3 610 tkr).",
      items=["2 Fabriksvägen hela sträckan", "11 Tvärleden Fabriksvägen – Stationsvägen",
             "15 Mejerivägen Fabriksvägen – Sågargatan", "22 Fagerlidavägen infarten – Mellangatan"]),
    q("Which streets in Fagerlida are only getting a surface dressing (ytbehandling) in the maintenance plan?", "en",
      "list", C, 2, ["10 Murargatan hela sträckan Ytbehandling 610 550 2028 3"],
      "Four: Mossvägen (2027, 480 tkr), Murargatan (2028, 550 tkr), Sågargatan (2029, 340 tkr) and Fjärilsvägen "
      "(2030, 410 tkr).",
      items=["5 Mossvägen nr 1–41", "10 Murargatan hela sträckan", "16 Sågargatan nr 2–30",
             "19 Fjärilsvägen vändplanen – Mossvägen"]),
    q("Why has the resurfacing of Mejerivägen in Fagerlida been pushed back?", "en", "passage", C, 4,
      ["vatten- och avloppsledningarna under gatan ska bytas under 2028"],
      "Because the water and sewage pipes under the street are to be replaced in 2028, and it makes no sense to lay "
      "new asphalt before that work is finished. The street has been moved from 2027 to 2029; until then the worst "
      "damage is patched with cold asphalt."),
    none("Hur mycket har Fagerlida avsatt för gatuunderhåll år 2031?", "sv"),
    none("What condition class (tillståndsklass) has Mellangatan in Fagerlida been given?", "en"),
    none("Vilka gator i Fagerlida har fått prioritet 4 i underhållsplanen?", "sv"),
    none("Vad kostar en ny asfaltbeläggning per kvadratmeter i Fagerlida?", "sv"),

    # ------------------------------------------------------------ (d) Vinnerby, bostadsförsörjningsprogram 2027–2031
    q("Hur många bostadsrätter planeras på Måsudden i Vinnerby år 2031?", "sv", "figure", D, 2,
      ["Måsudden 2031 – 28 14 42"],
      "28 bostadsrätter, tillsammans med 14 äganderätter (42 bostäder det året).",
      [fig(28, "antal", "28")]),
    q("How many new homes could be completed in Vinnerby in 2029, the peak year of the housing programme?", "en",
      "figure", D, 1, ["Flest bostäder planeras 2029, då 164 bostäder kan bli klara"],
      "164 homes in 2029, against the council's target of 150 a year. The fewest, 70, are planned for 2031.",
      [fig(164, "antal", "164")]),
    q("Hur många invånare väntas Vinnerby ha 2031?", "sv", "figure", D, 1,
      ["Enligt befolkningsprognosen ökar befolkningen till 19 610 invånare år 2031"],
      "19 610 invånare enligt befolkningsprognosen, jämfört med 18 436 vid utgången av 2026.",
      [fig(19610, "antal", "19 610")]),
    q("Hur många bostäder byggs totalt i Skogsvreta i Vinnerby under programperioden?", "sv", "figure", D, 2,
      ["Summa Skogsvreta 90 16 8 114"],
      "114 bostäder: 90 hyresrätter, 16 bostadsrätter och 8 äganderätter (60 år 2029 och 54 år 2030).",
      [fig(114, "antal", "114")]),
    q("I vilka områden i Vinnerby planeras hyresrätter år 2030?", "sv", "list", D, 2,
      ["Skogsvreta 2030 30 16 8 54"],
      "Två: Måsudden (24 hyresrätter) och Skogsvreta (30 hyresrätter).",
      items=["Måsudden 2030 24", "Skogsvreta 2030 30"]),
    q("Which areas of Vinnerby have homes planned for 2027?", "en", "list", D, 2,
      ["Vinnerby centrum 2027 48 24 – 72"],
      "Three: Vinnerby centrum (72 homes: 48 rental and 24 tenant-owned), Sjöhagen (32 rental) and Fridvalla (8 "
      "owner-occupied).",
      items=["Vinnerby centrum 2027", "Sjöhagen 2027 32", "Fridvalla 2027 –"]),
    q("Vilka strategier ska Vinnerby jobba med i bostadsförsörjningsprogrammet?", "sv", "list", D, 3,
      ["Kommunen ska arbeta efter fyra strategier under programperioden"],
      "Fyra: fler hyresrätter i lägen med god kollektivtrafik, bostäder som passar äldre, småhustomter i byarna och "
      "en aktiv markpolitik.",
      items=["Fler hyresrätter i lägen", "Bostäder som passar äldre", "Småhustomter i byarna",
             "En aktiv markpolitik"]),
    q("Varför blir det inga hyresrätter i Svedängen i Vinnerby?", "sv", "passage", D, 2,
      ["detaljplanen för Svedängen bara medger friliggande småhus och parhus"],
      "Detaljplanen för Svedängen medger bara friliggande småhus och parhus i högst två våningar, och marken ägs av "
      "en privat byggherre som säljer husen som bostadsrätter och äganderätter."),
    none("Hur många bostäder planeras i Sjöhagen i Vinnerby år 2032?", "sv"),
    none("What rent per square metre will the new rental flats in Vinnerby centrum have?", "en"),
    none("Vilka områden i Vinnerby planerar för fler än 200 bostäder under 2027–2031?", "sv"),
    none("Hur många bostäder färdigställdes i Vinnerby under 2026?", "sv"),

    # ------------------------------------------------------------ (e) Skebrinna, uppföljning av intern kontroll 2026
    q("Hur många avvikelser hittades när Skebrinna kontrollerade registreringen av inkomna handlingar 2026?", "sv",
      "figure", E, 2, ["12 Inkomna handlingar registreras inom tre arbetsdagar 6 Tertialvis 90 11 12,2"],
      "11 avvikelser bland 90 granskade handlingar, det vill säga 12,2 procent. Resultatet bedömdes som mindre "
      "brister.",
      [fig(11, "antal", "11")]),
    q("What risk value did Skebrinna give the control that access rights are removed when employment ends?", "en",
      "figure", E, 2, ["8 Behörigheter tas bort när anställningen upphör 9 Kvartalsvis 32 5 15,6"],
      "9, which counts as high risk. The control is done quarterly; 5 of the 32 cases checked deviated (15.6 per "
      "cent), a significant deficiency.",
      [fig(9, "poäng", "9")]),
    q("Hur stor andel av de granskade posterna i Skebrinnas interna kontroll 2026 hade avvikelser?", "sv", "figure",
      E, 1, ["varav 47 hade avvikelser, det vill säga 9,4 procent"],
      "9,4 procent (47 av 501 granskade poster), jämfört med 11,4 procent året innan.",
      [fig(9.4, "procent", "9,4 procent")]),
    q("Hur många leverantörsfakturor granskades i Skebrinnas attestkontroll 2026?", "sv", "figure", E, 2,
      ["1 Leverantörsfakturor attesteras enligt attestordningen 12 Tertialvis 60 4 6,7"],
      "60 fakturor, varav 4 med avvikelser (6,7 procent). Resultatet bedömdes som mindre brister.",
      [fig(60, "antal", "60")]),
    q("Vilka kontrollmoment i Skebrinna visade väsentliga brister 2026?", "sv", "list", E, 2,
      ["2 Representation redovisas med syfte och deltagare 9 Halvårsvis 40 9 22,5"],
      "Tre: representation (nr 2), dokumentation av direktupphandlingar över 100 000 kr (nr 4) och att behörigheter "
      "tas bort när anställningen upphör (nr 8).",
      items=["2 Representation redovisas med syfte", "4 Direktupphandlingar över 100 000 kr",
             "8 Behörigheter tas bort när"]),
    q("Vilka av de beslutade åtgärderna i Skebrinna ska vara klara före den 1 maj 2027?", "sv", "list", E, 3,
      ["Å2 Utbildning i direktupphandling för alla beställare 4 Upphandlingschefen 2027-04-30"],
      "Tre: Å1 ny rutin för representation (2027-03-31), Å5 kontrollen av föreningsbidrag i efterhand (2027-04-15) "
      "och Å2 utbildning i direktupphandling (2027-04-30).",
      items=["Å1 Ny rutin för representation", "Å2 Utbildning i direktupphandling", "Å5 Kontrollen av föreningsbidrag"]),
    q("Vilka kontrollmoment i Skebrinnas internkontroll hade ett riskvärde på 12 eller mer?", "sv", "list", E, 2,
      ["4 Direktupphandlingar över 100 000 kr dokumenteras 16 Halvårsvis 30 6 20,0"],
      "Fem: leverantörsfakturor (12), direktupphandlingar (16), förbrukningsmaterial (12), utdrag ur "
      "belastningsregistret (12) och kontinuitetsplaner (12).",
      items=["1 Leverantörsfakturor attesteras enligt", "4 Direktupphandlingar över 100 000 kr",
             "5 Förbrukningsmaterial köps från", "7 Utdrag ur belastningsregistret", "11 Kontinuitetsplaner finns för"]),
    q("Varför blev kontrollen av kontinuitetsplaner i Skebrinna aldrig gjord 2026?", "sv", "passage", E, 3,
      ["slutade i maj och tjänsten var vakant under resten av året"],
      "Säkerhetssamordnaren, som skulle genomföra kontrollen, slutade i maj och tjänsten var vakant under resten av "
      "året."),
    none("Vilka kontroller i Skebrinnas internkontrollplan genomfördes månadsvis 2026?", "sv"),
    none("Vilket resultat fick kontrollen av löneändringar i Skebrinna 2024?", "sv"),
    none("How many working hours did Skebrinna spend on the internal control checks in 2026?", "en"),

    # ------------------------------------------------------------ (f) Region Flodmark, budget 2027 (p. 2 scanned)
    q("Vilken prognos för 2026 har Region Flodmark för psykiatriska kliniken?", "sv", "figure", F, 2,
      ["Psykiatriska kliniken 468,2 479,6 497,3 −17,7 503,8"],
      "497,3 mnkr, mot en budget på 479,6 mnkr – ett underskott på 17,7 mnkr (utfall 2025: 468,2 mnkr, budget "
      "2027: 503,8 mnkr).",
      [fig(497.3, "mnkr", "497,3")]),
    q("What is Region Flodmark's 2027 budget for Barn- och ungdomskliniken?", "en", "figure", F, 2,
      ["Barn- och ungdomskliniken 214,7 220,4 228,5 −8,1 231,6"],
      "231.6 million kronor, up from a budget of 220.4 million in 2026 (the 2026 forecast is 228.5).",
      [fig(231.6, "mnkr", "231,6")]),
    q("Hur stor ram har hälso- och sjukvårdsnämnden i Region Flodmark fått för 2027?", "sv", "figure", F, 1,
      ["Regionfullmäktige har gett hälso- och sjukvårdsnämnden en ram på 8 012,9 mnkr för 2027"],
      "8 012,9 mnkr, vilket är 310,4 mnkr eller 4,0 procent mer än 2026 års ram på 7 702,5 mnkr.",
      [fig(8012.9, "mnkr", "8 012,9 mnkr")]),
    q("Hur mycket får läkemedel i Region Flodmarks hälso- och sjukvårdsbudget 2027?", "sv", "figure", F, 3,
      ["Läkemedel 968,2 1 012,6 +44,4 +4,6"],
      "1 012,6 mnkr, en ökning med 44,4 mnkr eller 4,6 procent från 968,2 mnkr 2026.",
      [fig(1012.6, "mnkr", "1 012,6")]),
    q("Vilka kliniker i Region Flodmark väntas gå med underskott mot budgeten 2026 enligt prognosen?", "sv", "list",
      F, 2, ["Akutkliniken 312,4 318,0 331,7 −13,7 336,5"],
      "Sju: akutkliniken (−13,7 mnkr), medicinkliniken (−17,3), ortopedkliniken (−6,7), barn- och ungdomskliniken "
      "(−8,1), psykiatriska kliniken (−17,7), anestesi- och intensivvårdskliniken (−6,2) och "
      "rehabiliteringskliniken (−3,3).",
      items=["Akutkliniken 312,4 318,0", "Medicinkliniken 688,9 702,5", "Ortopedkliniken 397,6 405,2",
             "Barn- och ungdomskliniken 214,7", "Psykiatriska kliniken 468,2",
             "Anestesi- och intensivvårdskliniken 341,5", "Rehabiliteringskliniken 98,4 101,6"]),
    q("Which clinics in Region Flodmark have a 2027 budget of more than 400 million kronor?", "en", "list", F, 2,
      ["Medicinkliniken 688,9 702,5 719,8 −17,3 731,2"],
      "Four: Medicinkliniken (731.2), Kirurgkliniken (552.9), Psykiatriska kliniken (503.8) and Ortopedkliniken "
      "(418.4 million kronor).",
      items=["Medicinkliniken 688,9 702,5", "Kirurgkliniken 524,1 541,0", "Ortopedkliniken 397,6 405,2",
             "Psykiatriska kliniken 468,2"]),
    q("Vilka verksamhetsområden i Region Flodmarks hälso- och sjukvård får mer än 4 procent högre budget 2027?",
      "sv", "list", F, 3, ["Specialiserad psykiatri 612,4 641,9 +29,5 +4,8"],
      "Fyra: primärvård (+4,3 procent), specialiserad psykiatri (+4,8), ambulans och sjuktransporter (+4,3) och "
      "läkemedel (+4,6).",
      items=["Primärvård 1 512,3", "Specialiserad psykiatri 612,4", "Ambulans och sjuktransporter 248,7",
             "Läkemedel 968,2 1 012,6"]),
    q("Why is the psychiatric clinic in Region Flodmark heading for a deficit?", "en", "passage", F, 4,
      ["tvångsvård har ökat kraftigt, samtidigt som kliniken fortfarande är beroende av hyrläkare"],
      "Because the number of patients cared for under the compulsory psychiatric care act has risen sharply, while "
      "the clinic still depends on hired doctors to staff its on-call rota."),
    none("Vad var utfallet för akutkliniken i Region Flodmark 2024?", "sv"),
    none("Hur många vårdplatser har kirurgkliniken i Region Flodmark?", "sv"),
    none("Vilken budget har medicinkliniken i Region Flodmark för 2028?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{46000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
