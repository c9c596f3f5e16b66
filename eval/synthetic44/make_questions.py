"""Writes ../train_syn44.jsonl: 72 gold questions (t44001–t44072) about the six synthetic44 PDFs.

26 figure, 18 list (17 conditional – by a vacancy rate over 3 %, a fall in unlet flats (two cells of a row), a rent
under 1 150 kr/m², a response time over its target (two cells of a row), a responsible unit, a deadline before 2028,
a party's no votes, a party within one elected body, a frequency word, a share under 80 %, planned hours over 200, a
total over 30 mnkr, a group plus a year column, an empty first year, a share under 40 % (scanned page), fewer
participants than the year before (scanned page, two cells of a row) and a negative budget deviation – and 1 whole
list, the members elected to Region Nolvånga's patientnämnd), 6 passage, 22 none (6 of them list-shaped); 54 in
Swedish and 18 in English (6 figures, 5 lists, 2 passages, 5 none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Five questions are
about p. 2 of the Cedvinge document, a scanned page without a text layer (two figures, two lists and one near-miss
none question); the evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn44.jsonl"

A = "wilsater-wilsaterhem-arsredovisning-2026.pdf"
B = "jarvsta-raddningstjanst-handlingsprogram-2027-2030.pdf"
C = "region-nolvanga-rf-protokoll-2027-04-20.pdf"
D = "ismunda-mn-tillsynsplan-2027.pdf"
E = "yngsvik-va-plan-investeringar-2027-2031.pdf"
F = "cedvinge-arbetsmarknadsenheten-uppfoljning-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) AB Wilsäterhem, årsredovisning 2026
    q("Vad låg soliditeten på för Wilsäters kommunala bostadsbolag år 2024?", "sv", "figure", A, 2,
      ["2024 371,4 24,9 13,6 72,8 2,4 5 098 1 175 1,7 162"],
      "13,6 procent. Soliditeten steg sedan till 13,9 procent 2025 och 14,8 procent 2026.",
      [fig(13.6, "procent", "13,6")]),
    q("Vilket resultat efter finansiella poster gjorde Wilsäterhem 2026, och hur stod det sig mot budgeten?", "sv",
      "figure", A, 1, ["Resultatet efter finansiella poster blev 28,4 mnkr (19,7)"],
      "28,4 mnkr, vilket är 6,4 mnkr bättre än det budgeterade resultatet på 22,0 mnkr (19,7 mnkr året innan).",
      [fig(28.4, "mnkr", "28,4 mnkr")]),
    q("What was the average rent per square metre in Ingeborgsdal in 2026 at Wilsäterhem, Wilsäter's housing "
      "company?", "en", "figure", A, 3, ["Ingeborgsdal 842 1 254 1 331 +6,1 9 11 1,3"],
      "1,331 kronor per square metre and year, up 6.1 per cent from 1,254 kronor in 2025.",
      [fig(1331, "kr/m²", "1 331")]),
    q("Hur hög var vakansgraden för bostäderna hos Wilsäterhem året före 2026?", "sv", "figure", A, 2,
      ["2025 389,1 19,7 13,9 73,5 1,8 5 162 1 228 2,1 171"],
      "2,1 procent 2025. Året därpå steg den till 2,6 procent, över ägarens mål på högst 2,0 procent.",
      [fig(2.1, "procent", "2,1")]),
    q("Med hur mycket höjs hyrorna för Wilsäterhems hyresgäster i april 2027?", "sv", "figure", A, 4,
      ["bostadshyrorna höjs med 3,6 procent från den 1 april 2027"],
      "Med 3,6 procent från den 1 april 2027 (utom nyproduktionen i Cederkullen). Året innan höjdes hyrorna med 4,2 "
      "procent.",
      [fig(3.6, "procent", "3,6 procent")]),
    q("I vilka av Wilsäterhems områden i Wilsäter stod mer än 3 procent av lägenheterna tomma vid årsskiftet "
      "2026/2027?", "sv", "list", A, 3, ["Yngshult 412 1 046 1 090 +4,2 24 28 6,8"],
      "Fyra områden: Cederkullen (4,2 procent), Jökelbo (3,3), Yngshult (6,8) och Östervinge (4,7).",
      items=["Cederkullen¹ 498 1 402", "Jökelbo 736 1 121", "Yngshult 412 1 046", "Östervinge 379 1 062"]),
    q("In which of Wilsäterhem's areas did the number of unlet flats go down between the end of 2025 and the end of "
      "2026?", "en", "list", A, 3, ["Nordtuna 604 1 087 1 133 +4,2 21 17 2,8"],
      "Two areas: Nissebacken (from 11 to 9 unlet flats) and Nordtuna (from 21 to 17).",
      items=["Nissebacken 615 1 198", "Nordtuna 604 1 087"]),
    q("Vilka av Wilsäterhems bostadsområden hade en snitthyra under 1 150 kr/m² 2026?", "sv", "list", A, 3,
      ["Östervinge 379 1 062 1 107 +4,2 15 18 4,7"],
      "Tre: Nordtuna (1 133 kr/m²), Yngshult (1 090 kr/m²) och Östervinge (1 107 kr/m²).",
      items=["Nordtuna 604 1 087", "Yngshult 412 1 046", "Östervinge 379 1 062"]),
    q("Varför står så många lägenheter tomma i Yngshult i Wilsäter?", "sv", "passage", A, 4,
      ["regionen drog in den direkta busslinjen till Wilsäter i augusti"],
      "Regionen drog in den direkta busslinjen till Wilsäter i augusti, och bolaget håller samtidigt 14 lägenheter i "
      "kvarteret Järven tomma som evakueringslägenheter inför stambytet 2027."),
    none("Vad var soliditeten i Wilsäterhem år 2022?", "sv"),
    none("How many people does Wilsäterhem, the housing company of Wilsäter, employ?", "en"),
    none("Vilka av Wilsäterhems områden hade en vakansgrad på över 8 procent 2026?", "sv"),
    none("Hur hög var genomsnittshyran i Nordtuna hos Wilsäterhem 2024?", "sv"),
    # ------------------------------------------------------------ (b) Jarvsta, handlingsprogram räddningstjänst
    q("Hur lång tid tog det för räddningstjänsten att komma fram i Nolkärr under 2026 (Jarvsta kommun)?", "sv",
      "figure", B, 2, ["Nolkärr Wäggeby (deltid) 20 21,5 22,8 41 37"],
      "Medianen var 22,8 minuter 2026, mot målet 20 minuter (21,5 minuter 2025).",
      [fig(22.8, "minuter", "22,8")]),
    q("What share of call-outs in Jarvsta tätort reached the scene within the target time in 2026?", "en", "figure",
      B, 2, ["Jarvsta tätort Jarvsta (heltid) 10 9,4 9,1 78 412"],
      "78 per cent of the 412 call-outs; the target time there is 10 minutes and the median was 9.1 minutes.",
      [fig(78, "procent", "78")]),
    q("Hur många bostadsbränder hade Jarvsta 2026?", "sv", "figure", B, 1,
      ["Bränder i bostäder, antal 49 52 högst 40"],
      "52 bränder i bostäder 2026, jämfört med 49 året innan. Målet för 2030 är högst 40.",
      [fig(52, "antal", "52")]),
    q("Hur många gånger ryckte räddningstjänsten i Jarvsta ut under 2026?", "sv", "figure", B, 1,
      ["Räddningstjänsten gjorde 653 räddningsinsatser under 2026, jämfört med 618 året innan"],
      "653 räddningsinsatser, jämfört med 618 året innan.",
      [fig(653, "antal", "653")]),
    q("I vilka av Jarvstas insatsområden klarade räddningstjänsten inte målet för insatstiden 2026?", "sv", "list", B,
      2, ["Wäggeby Wäggeby (deltid) 15 14,2 16,3 44 96"],
      "I tre områden: Wäggeby (16,3 minuter mot målet 15), Nolkärr (22,8 mot 20) och Cinnarp (26,2 mot 25).",
      items=["Wäggeby Wäggeby (deltid) 15", "Nolkärr Wäggeby (deltid) 20", "Cinnarp Ivsjöbo (deltid) 25"]),
    q("Vilka åtgärder i Jarvstas handlingsprogram ligger på förebyggande avdelningen?", "sv", "list", B, 3,
      ["1.3 Riktad information till fastighetsägare om brandskydd i flerbostadshus"],
      "Fem åtgärder: hembesök i hyreslägenheter i Wäggeby och Nolkärr (1.1), brandvarnare och spisvakt till äldre "
      "(1.2), information till fastighetsägare (1.3), utbildning i brandskydd för kommunens anställda (3.1) och "
      "brandskyddsinformation till elever i årskurs 2 och 5 (3.2).",
      items=["1.1 Hembesök om brandskydd i", "1.2 Brandvarnare och spisvakt till", "1.3 Riktad information till "
             "fastighetsägare", "3.1 Utbildning i brandskydd för", "3.2 Brandskyddsinformation till alla elever"]),
    q("Which actions in Jarvsta's fire and rescue programme are due to be finished before 2028?", "en", "list", B, 3,
      ["1.4 Analys av samtliga bostadsbränder med personskada Insatsavdelningen 2027-03-31"],
      "Six actions due in 2027: home visits in Wäggeby and Nolkärr (1.1), information to property owners (1.3), "
      "analysis of residential fires with injuries (1.4), recruiting retained firefighters in Wäggeby (2.1), a drill "
      "plan for the Yxnäs volunteers (2.5) and information on wildfire risk in more languages (3.4).",
      items=["1.1 Hembesök om brandskydd i", "1.3 Riktad information till fastighetsägare", "1.4 Analys av samtliga "
             "bostadsbränder", "2.1 Rekrytera deltidsbrandmän till stationen", "2.5 Övningsplan för "
             "räddningsvärnet", "3.4 Information om brandrisk i"]),
    q("Why did the response time in Wäggeby get longer, according to Jarvsta's action programme?", "en", "passage",
      B, 2, ["flera deltidsbrandmän i Wäggeby har slutat och nyrekryteringen har gått trögt"],
      "Several retained firefighters in Wäggeby have left and recruitment has been slow, so for much of the year the "
      "crew could only be staffed with three firefighters instead of five and the crew from Jarvsta tätort has more "
      "often had to be called out."),
    none("Vad var insatstiden i Ivsjöbo 2024 enligt Jarvstas handlingsprogram?", "sv"),
    none("What is the budget of Jarvsta's fire and rescue service for 2027?", "en"),
    none("Vilka åtgärder i Jarvstas handlingsprogram ska vara klara först 2031 eller senare?", "sv"),
    none("Vilka insatsområden i Jarvsta har 30 minuter som mål för insatstiden?", "sv"),
    # ------------------------------------------------------------ (c) Region Nolvånga, regionfullmäktige
    q("Hur många ledamöter i Region Nolvångas fullmäktige röstade nej till nattstängningen av närakuten i Wirby?",
      "sv", "figure", C, 2, ["Omröstningen utfaller med 48 ja-röster mot 26 nej-röster"],
      "26 ledamöter röstade nej, 48 röstade ja, tre avstod och fyra var frånvarande.",
      [fig(26, "antal", "26")]),
    q("How much did Region Nolvånga spend on agency staff in 2026?", "en", "figure", C, 2,
      ["kostnaden för inhyrd personal var 312,4 mnkr 2026 (284,7)"],
      "312.4 million kronor (284.7 million the year before), 6.9 per cent of the region's staff costs; the goal is "
      "at most 3.0 per cent by the end of 2027.",
      [fig(312.4, "mnkr", "312,4 mnkr")]),
    q("Hur lång var ambulansens medianresponstid i Jonsåker enligt svaret på interpellationen i Region Nolvånga?",
      "sv", "figure", C, 1, ["I Jonsåkers kommun var medianen 23,9 minuter"],
      "23,9 minuter, medan regionens mål är högst 20,0 minuter i varje kommun. I hela regionen var medianen 13,8 "
      "minuter.",
      [fig(23.9, "minuter", "23,9 minuter")]),
    q("Vad beräknas den nya ambulansstationen i Jonsåker kosta Region Nolvånga?", "sv", "figure", C, 3,
      ["Efter projekteringen beräknas investeringsutgiften till 46,8 mnkr"],
      "Högst 46,8 mnkr, jämfört med de 38,5 mnkr som fanns i investeringsplanen. Merkostnaden är 8,3 mnkr.",
      [fig(46.8, "mnkr", "46,8 mnkr")]),
    q("Which parties in Region Nolvånga's assembly had members voting against closing the Wirby clinic at night?",
      "en", "list", C, 2, ["SD Sverigedemokraterna 14 – 13 – 1"],
      "Three parties: the Sweden Democrats (13 no votes), the Centre Party (7) and the Left Party (6).",
      items=["SD Sverigedemokraterna 14", "C Centerpartiet 7", "V Vänsterpartiet 7"]),
    q("Vilka valdes till ledamöter i patientnämnden i Region Nolvånga?", "sv", "list", C, 3,
      ["Inger Claesson (S), ordförande Örjan Wiklander (M), vice ordförande"],
      "Inger Claesson (S, ordförande), Örjan Wiklander (M, vice ordförande), Nadia Carlsson (S), Yusuf Celik (SD) och "
      "Josefin Carlberg (C).",
      items=["Inger Claesson (S), ordförande", "Örjan Wiklander (M), vice ordförande", "Nadia Carlsson (S)",
             "Yusuf Celik (SD)", "Josefin Carlberg (C)"]),
    q("Vilka socialdemokrater fick plats i Region Nolvångas krisledningsnämnd, som ledamot eller ersättare?", "sv",
      "list", C, 3, ["Camilla Nordgren (S), ordförande Johan Yngvesson (M), vice ordförande"],
      "Tre: Camilla Nordgren (ordförande) och Joakim Nylander som ledamöter samt Wilma Cederlund som ersättare.",
      items=["Camilla Nordgren (S), ordförande", "Joakim Nylander (S)", "Wilma Cederlund (S)"]),
    q("Varför ville regionstyrelsen i Region Nolvånga hålla närakuten i Wirby stängd på nätterna?", "sv", "passage",
      C, 2, ["närakuten i Wirby i genomsnitt bara hade 4,6 patienter per natt"],
      "Närakuten hade i genomsnitt bara 4,6 patienter per natt under 2026, och det saknas läkare för att bemanna både "
      "närakuten och akutmottagningen vid Nolvånga sjukhus nattetid. Förändringen beräknas spara 9,2 mnkr per år."),
    none("How much did agency staff cost Region Nolvånga in 2024?", "en"),
    none("Vilka ledamöter valde Region Nolvångas fullmäktige till regionstyrelsen?", "sv"),
    none("Hur lång var ambulansens responstid i Wirby 2026 enligt Region Nolvånga?", "sv"),
    # ------------------------------------------------------------ (d) Ismunda, tillsynsplan 2027
    q("Vilken timavgift tar Ismunda ut för livsmedelskontroll 2027?", "sv", "figure", D, 1,
      ["från 1 350 till 1 390 kronor för livsmedelskontrollen"],
      "1 390 kronor per timme, höjt från 1 350 kronor. För miljö- och hälsoskydd är avgiften 1 240 kronor.",
      [fig(1390, "kr", "1 390 kronor")]),
    q("Hur många timmar har miljönämnden i Ismunda avsatt för att kontrollera restauranger och caféer nästa år, "
      "2027?", "sv", "figure", D, 2, ["Restauranger och caféer 96 Årligen 96 81 84,4 288 1 390 400,3"],
      "288 timmar, vilket ger en beräknad avgift på 400,3 tkr.",
      [fig(288, "timmar", "288")]),
    q("How many farms with livestock did Ismunda actually inspect in 2026?", "en", "figure", D, 2,
      ["Lantbruk med djurhållning 48 Vart 3:e år 16 11 68,8 192 1 240 238,1"],
      "11 of the 16 planned inspections (68.8 per cent).",
      [fig(11, "antal", "11")]),
    q("Hur stor andel av de planerade tillsynsbesöken i Ismunda blev gjorda 2026?", "sv", "figure", D, 1,
      ["genomfördes 386 av 411 planerade tillsynsbesök, vilket motsvarar 93,9 procent"],
      "93,9 procent (386 av 411 besök), jämfört med 91,2 procent året innan. Målet är minst 95,0 procent.",
      [fig(93.9, "procent", "93,9 procent")]),
    q("Hur mycket fick miljönämnden i Ismunda in i avgifter 2026 jämfört med budget?", "sv", "figure", D, 1,
      ["Avgiftsintäkterna blev 2 246 tkr, att jämföra med budgeterade 2 400 tkr"],
      "2 246 tkr, mot budgeterade 2 400 tkr.",
      [fig(2246, "tkr", "2 246 tkr")]),
    q("Which kinds of premises does Ismunda plan to inspect every single year?", "en", "list", D, 2,
      ["Bassängbad 4 Årligen 4 4 100,0 24 1 240 29,8"],
      "Five categories: permit-requiring activities (A and B), swimming pools, food shops, restaurants and cafés, "
      "and drinking-water works.",
      items=["Tillståndspliktiga verksamheter (A och", "Bassängbad 4 Årligen", "Livsmedelsbutiker 31 Årligen",
             "Restauranger och caféer 96", "Dricksvattenverk 12 Årligen"]),
    q("Vilka objektskategorier i Ismunda fick mindre än 80 procent av sina planerade besök 2026?", "sv", "list", D, 2,
      ["Flerbostadshus 112 Vart 5:e år 22 14 63,6 96 1 240 119,0"],
      "Fyra: lantbruk med djurhållning (68,8 procent), förorenade områden (66,7), hygienlokaler (66,7) och "
      "flerbostadshus (63,6).",
      items=["Lantbruk med djurhållning 48", "Förorenade områden 35 Vid", "Hygienlokaler 27 Vart 3:e",
             "Flerbostadshus 112 Vart 5:e"]),
    q("För vilka kategorier räknar Ismunda med mer än 200 timmars tillsyn 2027?", "sv", "list", D, 2,
      ["Små avloppsanläggningar 420 Enligt inventeringsplan 120 134 111,7 380 1 240 471,2"],
      "Tre: anmälningspliktiga verksamheter (310 timmar), små avloppsanläggningar (380) och restauranger och caféer "
      "(288).",
      items=["Anmälningspliktiga verksamheter (C) 62", "Små avloppsanläggningar 420 Enligt",
             "Restauranger och caféer 96"]),
    q("Varför blev inte alla restauranger i Ismunda kontrollerade som det var tänkt 2026?", "sv", "passage", D, 3,
      ["en av livsmedelsinspektörerna var föräldraledig under hösten"],
      "En av livsmedelsinspektörerna var föräldraledig under hösten och ersättaren kunde börja först i november, så "
      "kontrollerna fick prioriteras efter risk. 81 av 96 planerade kontroller blev gjorda."),
    none("Vad var timavgiften för livsmedelskontroll i Ismunda 2025?", "sv"),
    none("How many full-time inspectors does Ismunda's environmental committee employ?", "en"),
    none("Vilka objekt i Ismunda ska få tillsyn varje kvartal?", "sv"),
    none("Hur många tillsynsbesök planerar Ismunda för 2028?", "sv"),
    # ------------------------------------------------------------ (e) Yngsvik, VA-plan
    q("Hur mycket ska Yngsvik lägga på reningsverket år 2029?", "sv", "figure", E, 2,
      ["A1 Yngsviks reningsverk Ombyggnad för kväverening 12,0 35,0 41,0 18,0 – 106,0"],
      "41,0 mnkr 2029 för ombyggnaden för kväverening, som totalt kostar 106,0 mnkr under 2027–2031.",
      [fig(41.0, "mnkr", "41,0")]),
    q("How much does Yngsvik's water and sewage plan invest in total over 2027–2031?", "en", "figure", E, 1,
      ["Investeringarna i VA-planens första fem år uppgår till 322,6 mnkr"],
      "322.6 million kronor, compared with 214.0 million for the same period in the previous plan.",
      [fig(322.6, "mnkr", "322,6 mnkr")]),
    q("Hur mycket läggs sammanlagt på förnyelse av ledningsnätet i Yngsvik under 2028?", "sv", "figure", E, 2,
      ["Summa förnyelse av ledningsnät 17,3 21,3 17,3 14,5 11,5 81,9"],
      "21,3 mnkr 2028 (81,9 mnkr för hela perioden 2027–2031).",
      [fig(21.3, "mnkr", "21,3")]),
    q("Vad kostar utbyggnaden av vatten och avlopp i Jungsund totalt under Yngsviks planperiod?", "sv", "figure", E,
      2, ["N1 Jungsund Överföringsledning och nytt ledningsnät 4,5 18,0 22,5 6,0 – 51,0"],
      "51,0 mnkr under 2027–2031, varav mest 2029 (22,5 mnkr).",
      [fig(51.0, "mnkr", "51,0")]),
    q("Vilka åtgärder i Yngsviks VA-plan kostar över 30 mnkr sammanlagt 2027–2031?", "sv", "list", E, 2,
      ["F1 Yngsvik centrum Relining och byte av spillvattenledningar 8,0 8,0 8,5 8,5 9,0 42,0"],
      "Fyra: Jungsund (51,0 mnkr), Ceciliedal (34,0), Yngsvik centrum (42,0) och Yngsviks reningsverk (106,0).",
      items=["N1 Jungsund Överföringsledning och", "N2 Ceciliedal Utbyggnad till", "F1 Yngsvik centrum Relining",
             "A1 Yngsviks reningsverk Ombyggnad"]),
    q("Vilka nya verksamhetsområden i Yngsvik får pengar år 2031?", "sv", "list", E, 2,
      ["N3 Wiggeby Anslutning av 60 fastigheter¹ – – 1,5 7,0 12,5 21,0"],
      "Två: Ceciliedal (8,5 mnkr) och Wiggeby (12,5 mnkr).",
      items=["N2 Ceciliedal Utbyggnad till", "N3 Wiggeby Anslutning av"]),
    q("Vilka projekt i Yngsviks VA-plan har inga pengar 2027 utan kommer i gång först senare?", "sv", "list", E, 2,
      ["F3 Öjersvik Separering av dagvatten – 3,5 6,0 6,0 2,5 18,0"],
      "Fyra: utbyggnaden i Ceciliedal, anslutningen i Wiggeby, dagvattenseparering i Öjersvik och den nya "
      "avloppspumpstationen i Ceciliedal.",
      items=["N2 Ceciliedal Utbyggnad till", "N3 Wiggeby Anslutning av", "F3 Öjersvik Separering av",
             "A3 Ceciliedal Ny avloppspumpstation"]),
    q("Why is Jungsund the first priority in Yngsvik's water and sewage plan?", "en", "passage", E, 3,
      ["länsstyrelsen har förelagt kommunen att ordna allmänt vatten och avlopp i området senast 2030"],
      "The private sewage systems in Jungsund sit close together on small plots near Jungsundsfjärden, and the "
      "county administrative board has ordered the municipality to provide public water and sewage there by 2030."),
    none("Hur stor blir investeringsutgiften för vatten och avlopp i Yngsvik 2032?", "sv"),
    none("What connection fee will property owners in Wiggeby pay to join Yngsvik's sewage network?", "en"),
    none("Vilka projekt i Yngsviks VA-plan har mer än 50 mnkr under ett enskilt år?", "sv"),
    none("Hur många fastigheter ska anslutas i Ceciliedal enligt Yngsviks VA-plan?", "sv"),
    # ------------------------------------------------------------ (f) Cedvinge, arbetsmarknadsenheten
    q("Hur många deltog i arbetsträning i egen regi i Cedvinge under 2026?", "sv", "figure", F, 2,
      ["Arbetsträning i egen regi 88 97 71 14 9 32,4"],
      "97 deltagare 2026, jämfört med 88 året innan.",
      [fig(97, "antal", "97")]),
    q("What share of those leaving Cedvinge's municipal fixed-term jobs went on to work or studies in 2026?", "en",
      "figure", F, 2, ["Kommunala visstidsanställningar 35 44 42 21 4 59,5"],
      "59.5 per cent: of 42 who left, 21 went to work and 4 to studies.",
      [fig(59.5, "procent", "59,5")]),
    q("Hur många unika deltagare hade Cedvinges arbetsmarknadsenhet 2026?", "sv", "figure", F, 1,
      ["Arbetsmarknadsenheten hade 456 unika deltagare under 2026, jämfört med 437 året innan"],
      "456 unika deltagare, jämfört med 437 året innan.",
      [fig(456, "antal", "456")]),
    q("Vad blev nettokostnaden för arbetsmarknadsenheten i Cedvinge 2026 jämfört med budget?", "sv", "figure", F, 1,
      ["Nettokostnaden blev 32 109 tkr mot en budget på 30 800 tkr"],
      "32 109 tkr mot en budget på 30 800 tkr, ett underskott på 1 309 tkr.",
      [fig(32109, "tkr", "32 109 tkr")]),
    q("Which programmes at Cedvinge's labour market unit saw fewer than 40 per cent of leavers go on to work or "
      "studies in 2026?", "en", "list", F, 2, ["Språkpraktik 22 17 15 3 2 33,3"],
      "Four: extra jobs (39.5 per cent), work training in-house (32.4), support and matching for people on income "
      "support (38.2) and language placements (33.3).",
      items=["Extratjänster 66 41 38", "Arbetsträning i egen regi", "Stöd och matchning, försörjningsstöd",
             "Språkpraktik 22 17 15"]),
    q("Vilka insatser i Cedvinge hade färre deltagare 2026 än 2025?", "sv", "list", F, 2,
      ["Ungdomsspåret 16-24 år 46 36 34 9 15 70,6"],
      "Tre: extratjänster (från 66 till 41), Ungdomsspåret (från 46 till 36) och språkpraktik (från 22 till 17).",
      items=["Extratjänster 66 41 38", "Ungdomsspåret 16-24 år 46", "Språkpraktik 22 17 15"]),
    q("Vilka poster i Cedvinges arbetsmarknadsbudget gick sämre än budgeterat 2026?", "sv", "list", F, 3,
      ["Löner till deltagare i anställningar −14 320 −15 206 −886"],
      "Fyra: intäkterna från Arbetsförmedlingen (−1 138 tkr), löner till deltagare i anställningar (−886), lokaler "
      "(−74) och övriga kostnader (−51).",
      items=["Intäkter från Arbetsförmedlingen 9 850", "Löner till deltagare i anställningar", "Lokaler −3 180 −3 254",
             "Övriga kostnader −1 280"]),
    q("Varför minskade antalet deltagare i extratjänster i Cedvinge?", "sv", "passage", F, 4,
      ["Arbetsförmedlingen har anvisat betydligt färre personer till extratjänster sedan statens ersättning sänktes"],
      "Arbetsförmedlingen har anvisat betydligt färre personer till extratjänster sedan statens ersättning sänktes, "
      "och enheten har i stället flyttat över handledare till arbetsträningen."),
    none("Hur många deltog i språkpraktik i Cedvinge 2024?", "sv"),
    none("Hur många ungdomar fick feriejobb genom Cedvinge kommun sommaren 2026?", "sv"),
    none("Hur många av deltagarna i Cedvinges arbetsmarknadsinsatser hade jobb ett halvår efter avslutet?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{44000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
