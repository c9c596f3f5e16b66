"""Writes ../train_syn48.jsonl: 72 gold questions (t48001–t48072) about the six synthetic48 PDFs.

26 figure, 18 list (17 conditional – plate waste over the target, a lower organic share than the year before (two cells
of a row), school kitchens (group) with a cost per portion over 40 kr, a share answered in time under 80 %, more
praise than suggestions (two cells of a row), 70 complaints or more, a vehicle word, a cost over 1 000 tkr, a contract
ending before 2029, coverage under the area's target (two cells of a row), a completion date before July 2027, support
over 3 000 tkr, fewer booked hours than the year before (two rows of the long table), hours for children and youth over
1 000 in 2026 (year + amount), a proposed fee of at least 250 kr, a forecast over budget (scanned page, two cells of a
row) and a 2027 budget over 30 000 tkr (scanned page) – and 1 whole list, the four priorities of Region Jorvala's
assistive devices centre), 6 passage, 22 none (5 of them list-shaped); 54 in Swedish and 18 in English (6 figures,
5 lists, 2 passages, 5 none). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check. Five questions are about p. 2 of the Region
Jorvala document, a scanned page without a text layer (two figures, two lists and one near-miss none question); the
evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn48.jsonl"

A = "jadersund-maltidsservice-arsrapport-2026.pdf"
B = "omsvala-ks-synpunkter-klagomal-2026.pdf"
C = "plogsta-bun-skolskjutsplan-2027-2028.pdf"
D = "unnerstad-ks-bredbandsprogram-uppfoljning-2026.pdf"
E = "pilvalla-kfn-idrottsanlaggningar-bokningsstatistik-2026.pdf"
F = "region-jorvala-hjalpmedelscentralen-budget-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Jädersund, måltidsverksamhetens årsrapport 2026
    q("Vad kostade en portion på Ombackaskolan i Jädersund 2026?", "sv", "figure", A, 2,
      ["Ombackaskolan 52 340 54 150 39,50 41,20 19 21 35,2 33,8"],
      "41,20 kronor per portion 2026, jämfört med 39,50 kronor 2025.",
      [fig(41.2, "kr", "41,20")]),
    q("How much plate waste per portion did Pilbergsgården in Jädersund have the year before 2026?", "en", "figure",
      A, 2, ["Pilbergsgården 58 610 59 940 61,80 64,50 35 32 22,3 25,9"],
      "35 grams per portion in 2025; it fell to 32 grams in 2026, still above the 20-gram target.",
      [fig(35, "g", "35")]),
    q("Hur många portioner blev det totalt från måltidsservice i Jädersund 2026?", "sv", "figure", A, 1,
      ["Måltidsservice serverade 516 310 portioner under 2026"],
      "516 310 portioner, jämfört med 510 220 året innan.",
      [fig(516310, "antal", "516 310")]),
    q("Vad blev den genomsnittliga kostnaden per portion i Jädersunds måltidsverksamhet 2026, och hur stod den sig "
      "mot budgeten?", "sv", "figure", A, 1,
      ["Kostnaden per portion blev i genomsnitt 45,44 kronor"],
      "45,44 kronor (43,81 kronor 2025), alltså 1,44 kronor mer än de budgeterade 44,00 kronorna.",
      [fig(45.44, "kr", "45,44")]),
    q("Hur mycket kostade livsmedlen i Jädersunds måltidsservice 2026 jämfört med vad som var budgeterat?", "sv",
      "figure", A, 3, ["Livsmedel 8,9 9,3 −0,4 8,6"],
      "Utfallet blev 9,3 mnkr mot en budget på 8,9 mnkr, en avvikelse på −0,4 mnkr. År 2025 kostade livsmedlen "
      "8,6 mnkr.",
      [fig(9.3, "mnkr", "9,3")]),
    q("Vilka kök i Jädersund hade mer tallrikssvinn än tillåtna 20 gram per portion 2026?", "sv", "list", A, 2,
      ["Fem av elva kök ligger fortfarande över målet"],
      "Fem: Ombackaskolan (21 gram), Jorsängsskolan (23), Jädersundsgymnasiet (28), Pilbergsgården (32) och "
      "Oxelbackagården (30).",
      items=["Ombackaskolan 52 340 54 150", "Jorsängsskolan 33 780 34 020", "Jädersundsgymnasiet 88 400 91 260",
             "Pilbergsgården 58 610 59 940", "Oxelbackagården 41 270 40 880"]),
    q("Which kitchens in Jädersund had a lower organic share in 2026 than in 2025?", "en", "list", A, 2,
      ["Prästkragens förskola 16 820 16 450 44,60 46,30 15 16 39,8 38,5"],
      "Three: Ombackaskolan (35.2 to 33.8 %), Prästkragens förskola (39.8 to 38.5 %) and Oxelbackagården (20.8 to "
      "20.1 %).",
      items=["Ombackaskolan 52 340 54 150", "Prästkragens förskola 16 820", "Oxelbackagården 41 270 40 880"]),
    q("Vilka skolkök i Jädersund hade en portionskostnad på mer än 40 kronor 2026?", "sv", "list", A, 2,
      ["Isgärdeskolan 18 650 17 930 47,20 49,80 16 17 38,0 41,3"],
      "Tre: Ombackaskolan (41,20 kronor), Jorsängsskolan (45,10) och Isgärdeskolan (49,80).",
      items=["Ombackaskolan 52 340 54 150", "Jorsängsskolan 33 780 34 020", "Isgärdeskolan 18 650 17 930"]),
    q("Hur lyckades Uvedalsskolan i Jädersund få ned matsvinnet?", "sv", "passage", A, 3,
      ["vägde tallrikssvinnet varje lunch och visade resultatet på en skärm vid disken"],
      "Elevrådet vägde tallrikssvinnet varje lunch under hela läsåret och visade resultatet på en skärm vid disken, "
      "samtidigt som köket började servera mindre portioner med möjlighet att ta om."),
    none("Hur många portioner serverade Pilängsskolan i Jädersund 2024?", "sv"),
    none("What was the climate footprint per portion, in kilograms of carbon dioxide, of the Jädersund meals service "
         "in 2026?", "en"),
    none("Vilka kök i Jädersund hade mer än 60 procent ekologiska livsmedel 2026?", "sv"),

    # ------------------------------------------------------------ (b) Omsvala, synpunkter och klagomål 2026
    q("Hur många klagomål fick tekniska förvaltningen i Omsvala 2026?", "sv", "figure", B, 2,
      ["Tekniska förvaltningen 188 94 57 22 361 268"],
      "188 klagomål av totalt 361 ärenden (268 ärenden 2025).",
      [fig(188, "antal", "188")]),
    q("What share of cases did the environment and building administration in Omsvala answer within ten working "
      "days in 2026?", "en", "figure", B, 3,
      ["Miljö- och byggförvaltningen 103 12 14 68,5 62,1 −27,9"],
      "62.1 per cent (68.5 in 2025), 27.9 percentage points below the 90 per cent target.",
      [fig(62.1, "procent", "62,1")]),
    q("Hur många ärenden av alla slag – klagomål, synpunkter, förslag och beröm – tog Omsvala kommun emot 2026?", "sv", "figure",
      B, 1, ["Under 2026 tog kommunen emot 1 280 synpunkter"],
      "1 280 ärenden, 183 fler än 2025 då de var 1 097.",
      [fig(1280, "antal", "1 280")]),
    q("Hur lång var mediantiden innan socialförvaltningen i Omsvala svarade på en synpunkt 2026?", "sv", "figure",
      B, 3, ["Socialförvaltningen 109 13 15 61,8 57,8 −32,2"],
      "15 arbetsdagar, mot 13 arbetsdagar 2025.",
      [fig(15, "arbetsdagar", "15")]),
    q("Vilka förvaltningar i Omsvala svarade i tid i färre än 80 procent av fallen 2026?", "sv", "list", B, 3,
      ["Tekniska förvaltningen 338 11 9 70,2 78,1 −11,9"],
      "Tre: socialförvaltningen (57,8 procent), tekniska förvaltningen (78,1) och miljö- och byggförvaltningen "
      "(62,1).",
      items=["Socialförvaltningen 109 13 15", "Tekniska förvaltningen 338 11 9", "Miljö- och byggförvaltningen 103 12"]),
    q("Vilka förvaltningar i Omsvala fick fler berömmande ärenden än förslag under 2026?", "sv", "list", B, 2,
      ["Vård- och omsorgsförvaltningen 112 47 14 63 236 241"],
      "Tre: barn- och utbildningsförvaltningen (34 beröm mot 21 förslag), socialförvaltningen (19 mot 6) och vård- "
      "och omsorgsförvaltningen (63 mot 14).",
      items=["Barn- och utbildningsförvaltningen 96 58", "Socialförvaltningen 71 22 6",
             "Vård- och omsorgsförvaltningen 112 47"]),
    q("Vilka förvaltningar i Omsvala fick 70 klagomål eller fler under 2026?", "sv", "list", B, 2,
      ["Barn- och utbildningsförvaltningen 96 58 21 34 209 184"],
      "Fyra: barn- och utbildningsförvaltningen (96), socialförvaltningen (71), vård- och omsorgsförvaltningen (112) "
      "och tekniska förvaltningen (188).",
      items=["Barn- och utbildningsförvaltningen 96 58", "Socialförvaltningen 71 22 6",
             "Vård- och omsorgsförvaltningen 112 47", "Tekniska förvaltningen 188 94"]),
    q("Varför tar det så lång tid för socialförvaltningen i Omsvala att svara den som har klagat?", "sv", "passage",
      B, 4, ["varje svar måste sekretessprövas innan det kan skickas"],
      "Många ärenden gäller beslut om bistånd där flera enheter måste yttra sig, och varje svar måste "
      "sekretessprövas innan det kan skickas."),
    none("Hur många klagomål kom in till Omsvala kommun under 2024?", "sv"),
    none("How many of the complaints to Omsvala in 2026 ended with the municipality paying compensation?", "en"),
    none("Vilka förvaltningar i Omsvala hade en mediantid över 20 arbetsdagar 2026?", "sv"),
    none("Hur många ärenden kom in via kanalen sociala medier till Omsvala kommun 2026?", "sv"),

    # ------------------------------------------------------------ (c) Plogsta, skolskjutsplan 2027/28
    q("Hur många kilometer om dagen körs tur 6 i Plogstas skolskjuts?", "sv", "figure", C, 2,
      ["6 Padderud – Jämnås – Plogsta Plogstaskolan 33 142"],
      "142 km per skoldag (morgon och eftermiddag), med 33 elever till Plogstaskolan.",
      [fig(142, "km", "142")]),
    q("What is the annual cost of route 22 in Plogsta's school transport plan?", "en", "figure", C, 3,
      ["22 Ulvnäs – Oxvik – Urvik Urviks skola 19 66 Buss Jarlbuss AB 780"],
      "780 thousand kronor (tkr) for the 2027/28 school year; the route is run by Jarlbuss AB.",
      [fig(780, "tkr", "780")]),
    q("Vad väntas de upphandlade skolskjutsturerna i Plogsta kosta nästa läsår, och hur står det sig mot budgeten?",
      "sv", "figure", C, 1, ["skolskjutsen beräknas till 16 610 tkr, vilket är 410 tkr mer än budgeten"],
      "16 610 tkr läsåret 2027/28, 410 tkr mer än budgeten på 16 200 tkr (15 940 tkr läsåret innan).",
      [fig(16610, "tkr", "16 610")]),
    q("Hur många elever åker med Oskarssons Buss AB i Plogsta?", "sv", "figure", C, 3,
      ["Oskarssons Buss AB 5 159 380 4 590 2028-06-30"],
      "159 elever på fem turer.",
      [fig(159, "antal", "159")]),
    q("Vilka skolskjutsturer i Plogsta körs med vanlig taxi?", "sv", "list", C, 2,
      ["8 Oppsjö – Plogsta Plogstaskolan 9 92 Taxi"],
      "Fem turer: 8 Oppsjö–Plogsta, 11 Padderud–Pinnarp, 14 Olsbyn–Jolsby, 15 Ingsbyn–Jolsby och 16 Oppsjö–Uvhult–"
      "Urvik (turerna 17 och 18 körs med anpassad taxi).",
      items=["8 Oppsjö – Plogsta", "11 Padderud – Pinnarp", "14 Olsbyn – Jolsby", "15 Ingsbyn – Jolsby",
             "16 Oppsjö – Uvhult – Urvik"]),
    q("Which school transport routes in Plogsta cost more than one million kronor a year?", "en", "list", C, 2,
      ["6 Padderud – Jämnås – Plogsta Plogstaskolan 33 142"],
      "Six routes, all by bus to Plogstaskolan: 1 (1,420 tkr), 2 (1,510), 3 (1,330), 4 (1,180), 5 (1,040) and 6 "
      "(1,560).",
      items=["1 Pinnarp – Ulvnäs – Plogsta", "2 Urvik – Oxvik – Plogsta", "3 Uttersjö – Plogsta",
             "4 Jolsby – Olsbyn – Plogsta", "5 Ingsbyn – Plogsta", "6 Padderud – Jämnås – Plogsta"]),
    q("Vilka entreprenörers skolskjutsavtal i Plogsta går ut före 2029?", "sv", "list", C, 3,
      ["Paulins Taxi AB 8 71 496 4 050 2027-12-31"],
      "Två: Oskarssons Buss AB (avtalet gäller till 2028-06-30) och Paulins Taxi AB (till 2027-12-31).",
      items=["Oskarssons Buss AB 5 159", "Paulins Taxi AB 8 71"]),
    q("Why will route 22 in Plogsta take a longer way during the 2027/28 school year?", "en", "passage", C, 4,
      ["bron över Urviksån byggs om från augusti 2027 till juni 2028"],
      "The bridge over Urviksån is being rebuilt from August 2027 to June 2028 and is closed to vehicles over 3.5 "
      "tonnes, so the bus from Ulvnäs must detour via Oxvik."),
    none("Vad kostade den upphandlade skolskjutsen i Plogsta läsåret 2024/25?", "sv"),
    none("Vilka turer i Plogsta har fler än 60 elever?", "sv"),
    none("Hur lång restid har eleverna på tur 3 från Uttersjö i Plogsta?", "sv"),
    none("Hur många fordon använder Jarlbuss AB för skolskjutsen i Plogsta?", "sv"),

    # ------------------------------------------------------------ (d) Unnerstad, bredbandsprogrammet 2026
    q("Hur stor var fibertäckningen i Porsnäs i Unnerstads kommun året innan 2026?", "sv", "figure", D, 2,
      ["Porsnäs 710 82,5 88,9 92,7 90,0 52"],
      "88,9 procent av hushållen hade tillgång till minst 1 Gbit/s 2025; 2026 var andelen 92,7 procent.",
      [fig(88.9, "procent", "88,9")]),
    q("How many households in Ingarvik, Unnerstad, still lacked access to fast broadband at the end of 2026?", "en",
      "figure", D, 2, ["Ingarvik 860 71,2 79,5 86,4 90,0 117"],
      "117 of 860 households; coverage was 86.4 per cent against the 90 per cent target for 2027.",
      [fig(117, "antal", "117")]),
    q("Hur stor andel av alla hushåll i Unnerstad hade snabbt bredband vid slutet av 2026, och räcker det för "
      "målet?", "sv", "figure", D, 1, ["hade 94,3 procent av hushållen i Unnerstad tillgång till bredband"],
      "94,3 procent (91,9 procent ett år tidigare). Programmets mål är 95,0 procent till 2027, så målet är ännu inte "
      "nått.",
      [fig(94.3, "procent", "94,3")]),
    q("Hur mycket bredbandsstöd fick Uppgårdens fiberförening i Unnerstad?", "sv", "figure", D, 3,
      ["Uppgårdens fiberförening Uppgården 180 142 3 920 580 Pågår"],
      "3 920 tkr i bredbandsstöd, och kommunen medfinansierar med 580 tkr.",
      [fig(3920, "tkr", "3 920")]),
    q("Vilka områden i Unnerstad når ännu inte 2027 års mål för bredbandstäckning?", "sv", "list", D, 2,
      ["Jutbo 540 64,8 66,3 67,0 90,0 178"],
      "Fyra: Pingsta (94,2 mot målet 98,0), Ingarvik (86,4 mot 90,0), Jutbo (67,0) och Uppgården (84,6).",
      items=["Pingsta 1 120 88,4", "Ingarvik 860 71,2", "Jutbo 540 64,8", "Uppgården 430 58,1"]),
    q("Which broadband projects in Unnerstad are due to be finished by the end of June 2027?", "en", "list", D, 3,
      ["Porsnäs Fiber ekonomisk förening Porsnäs 95 95 1 780 260 Klart"],
      "Four: Pingsta Fiberförening etapp 2 (2027-06-30), Porsnäs Fiber ekonomisk förening (already completed "
      "2026-05-31), Uppgårdens fiberförening (2027-03-31) and Ormbäckens byanät etapp 3 (2027-04-30).",
      items=["Pingsta Fiberförening etapp 2", "Porsnäs Fiber ekonomisk förening", "Uppgårdens fiberförening Uppgården",
             "Ormbäckens byanät etapp 3"]),
    q("Vilka utbyggnadsprojekt i Unnerstad fick mer än 3 miljoner kronor i bredbandsstöd?", "sv", "list", D, 3,
      ["Ingarviks Fiber etapp 1 Ingarvik 210 118 4 120 610"],
      "Tre: Ingarviks Fiber etapp 1 (4 120 tkr), Jutbo byanät (3 460 tkr) och Uppgårdens fiberförening (3 920 tkr).",
      items=["Ingarviks Fiber etapp 1", "Jutbo byanät Jutbo 160", "Uppgårdens fiberförening Uppgården"]),
    q("Varför har fiberutbyggnaden i Jutbo i Unnerstad blivit försenad?", "sv", "passage", D, 3,
      ["operatören drog sig ur efter upphandlingen, eftersom färre än hälften av hushållen"],
      "Operatören drog sig ur efter upphandlingen eftersom färre än hälften av hushållen i byn hade tecknat avtal "
      "om anslutning, så kalkylen gick inte ihop. En ny upphandling ska göras hösten 2027."),
    none("Hur stor andel av hushållen i Pingsta i Unnerstad hade minst 100 Mbit/s 2026?", "sv"),
    none("What was the mobile coverage in Uppgården, Unnerstad, in 2026?", "en"),
    none("Vilka områden i Unnerstad hade lägre täckning 2026 än 2024?", "sv"),
    none("Hur stor andel av företagen i Jutbo i Unnerstad hade tillgång till snabbt bredband 2026?", "sv"),

    # ------------------------------------------------------------ (e) Pilvalla, idrottsanläggningar 2026
    q("Hur många timmar bokades Jarlahallen i Pilvalla 2026?", "sv", "figure", E, 2,
      ["Jarlahallen Sporthall 2026 2 980 2 530 1 090 380 890 170 84,9"],
      "2 530 av 2 980 bokningsbara timmar (84,9 procent). År 2025 var det 2 460 timmar.",
      [fig(2530, "timmar", "2 530")]),
    q("What was the occupancy rate at Ursjöbadet in Pilvalla in 2025?", "en", "figure", E, 2,
      ["Ursjöbadet Simhall 2025 1 460 1 240 410 180 520 130 84,9"],
      "84.9 per cent (1,240 of 1,460 bookable hours); it rose to 88.4 per cent in 2026.",
      [fig(84.9, "procent", "84,9")]),
    q("Hur många bokade timmar hade barn och unga på Uddsängens IP i Pilvalla?", "sv", "figure", E, 2,
      ["Uddsängens IP Konstgräsplan 2026 1 900 1 720 1 120 350 140 110 90,5"],
      "1 120 timmar 2026 (1 060 timmar 2025).",
      [fig(1120, "timmar", "1 120")]),
    q("Vad kostar det för en vuxenförening att hyra ishallen i Pilvalla per timme 2026?", "sv", "figure", E, 3,
      ["Ishall 150 520 1 450 160 540 1 500"],
      "520 kronor i timmen 2026. Förslaget för 2027 är 540 kronor.",
      [fig(520, "kr", "520")]),
    q("Hur mycket fick Pilvalla in i avgifter för idrottsanläggningarna 2026 jämfört med budget?", "sv", "figure", E,
      1, ["Avgifterna gav 2 365 tkr i intäkter, vilket är 225 tkr mer"],
      "2 365 tkr, vilket är 225 tkr mer än budgeten på 2 140 tkr (2 298 tkr 2025).",
      [fig(2365, "tkr", "2 365")]),
    q("Vilka anläggningar i Pilvalla hade färre bokade timmar 2026 än 2025?", "sv", "list", E, 2,
      ["Pilvalla ishall Ishall 2026 1 540 1 290 650 280 90 270 83,8"],
      "Två: Ormviks sporthall (2 000 till 1 270 timmar) och Pilvalla ishall (1 320 till 1 290 timmar).",
      items=["Ormviks sporthall Sporthall 2026", "Pilvalla ishall Ishall 2026"]),
    q("Which facilities in Pilvalla had more than 1,000 hours booked by children and youth in 2026?", "en", "list",
      E, 2, ["Oxvreta bollhall Bollhall 2026 2 200 1 810 1 040 460"],
      "Four: Pilvallahallen (1,420 hours), Jarlahallen (1,090), Oxvreta bollhall (1,040) and Uddsängens IP (1,120).",
      items=["Pilvallahallen Sporthall 2026", "Jarlahallen Sporthall 2026", "Oxvreta bollhall Bollhall 2026",
             "Uddsängens IP Konstgräsplan 2026"]),
    q("För vilka anläggningstyper i Pilvalla föreslås vuxenföreningar betala minst 250 kronor i timmen 2027?", "sv",
      "list", E, 3, ["Konstgräsplan 90 280 750 100 300 780"],
      "Tre: bollhall (260 kronor), konstgräsplan (300) och ishall (540).",
      items=["Bollhall 80 240 620", "Konstgräsplan 90 280 750", "Ishall 150 520 1 450"]),
    q("Varför minskade bokningarna i Ormviks sporthall i Pilvalla 2026?", "sv", "passage", E, 3,
      ["hallen var stängd från mars till och med juni för byte av golv"],
      "Hallen var stängd från mars till och med juni för byte av golv och ventilation, och föreningarnas tider "
      "flyttades till Jarlahallen och Oxvreta bollhall."),
    none("How many hours was Pilvallahallen in Pilvalla booked in 2024?", "en"),
    none("Vilka anläggningar i Pilvalla hade en beläggning över 95 procent 2026?", "sv"),
    none("Hur många besökare hade Ursjöbadet i Pilvalla under 2026?", "sv"),

    # ------------------------------------------------------------ (f) Region Jorvala, hjälpmedelscentralens budget
    q("Vad är prognosen för gånghjälpmedel i Region Jorvala för 2026?", "sv", "figure", F, 2,
      ["Gånghjälpmedel 18 760 19 300 18 950 +350 19 820"],
      "18 950 tkr, vilket är 350 tkr under budgeten på 19 300 tkr.",
      [fig(18950, "tkr", "18 950")]),
    q("How much has Region Jorvala budgeted for hearing aids in 2027?", "en", "figure", F, 2,
      ["Hörselhjälpmedel 26 830 27 600 28 950 −1 350 29 300"],
      "29,300 thousand kronor (tkr); the 2026 forecast is 28,950 tkr against a budget of 27,600 tkr.",
      [fig(29300, "tkr", "29 300")]),
    q("Hur många brukare väntas Region Jorvalas hjälpmedelscentral ha 2026?", "sv", "figure", F, 1,
      ["Hjälpmedelscentralen väntas under 2026 ha 14 820 brukare"],
      "14 820 brukare, jämfört med 14 310 året innan.",
      [fig(14820, "antal", "14 820")]),
    q("Hur många hjälpmedel räknar Region Jorvalas hjälpmedelscentral med att lämna ut 2026?", "sv", "figure", F, 3,
      ["Utlämnade hjälpmedel antal 37 150 38 460 39 000"],
      "38 460 enligt prognosen (37 150 år 2025). Målet för 2027 är 39 000.",
      [fig(38460, "antal", "38 460")]),
    q("Vilka produktgrupper i Region Jorvala väntas gå över budget 2026?", "sv", "list", F, 2,
      ["Kognitiva hjälpmedel 7 940 8 400 9 120 −720 9 500"],
      "Sex: förflyttningshjälpmedel (−2 770 tkr), sängar och madrasser (−1 410), hygienhjälpmedel (−330), kognitiva "
      "hjälpmedel (−720), hörselhjälpmedel (−1 350) och ortopedtekniska hjälpmedel (−1 680).",
      items=["Förflyttningshjälpmedel 52 340", "Sängar och madrasser 31 480", "Hygienhjälpmedel 9 870",
             "Kognitiva hjälpmedel 7 940", "Hörselhjälpmedel 26 830", "Ortopedtekniska hjälpmedel 38 910"]),
    q("Which product groups in Region Jorvala have a 2027 budget above 30 million kronor?", "en", "list", F, 2,
      ["Sängar och madrasser 31 480 32 500 33 910 −1 410 34 600"],
      "Three: Förflyttningshjälpmedel (58,200 tkr), Sängar och madrasser (34,600 tkr) and Ortopedtekniska "
      "hjälpmedel (42,500 tkr).",
      items=["Förflyttningshjälpmedel 52 340", "Sängar och madrasser 31 480", "Ortopedtekniska hjälpmedel 38 910"]),
    q("Vilka prioriteringar har Region Jorvalas hjälpmedelscentral satt upp för nästa år?", "sv", "list", F, 4,
      ["Leveranstiden för lagerförda hjälpmedel ska kortas till högst fem dagar"],
      "Fyra: fler hjälpmedel ska återanvändas, leveranstiden ska kortas till högst fem dagar, förskrivarna ska "
      "utbildas i kognitiva hjälpmedel och digitala lås, och sortimentet av sängar och madrasser ska upphandlas på "
      "nytt.",
      items=["Fler hjälpmedel ska återanvändas", "Leveranstiden för lagerförda hjälpmedel",
             "Förskrivarna ska få utbildning", "Sortimentet av sängar och madrasser"]),
    q("Why are the costs for cognitive aids rising at Region Jorvala's assistive devices centre?", "en", "passage",
      F, 3, ["allt fler personer med demenssjukdom bor kvar hemma"],
      "More and more people with dementia live at home and are prescribed time aids, reminder systems and digital "
      "door locks, while the prices of these products have risen."),
    none("Vad var utfallet för synhjälpmedel i Region Jorvala 2024?", "sv"),
    none("How many wheelchairs did Region Jorvala's assistive devices centre hand out in 2026?", "en"),
    none("Hur lång var leveranstiden för hjälpmedel som inte är lagerförda i Region Jorvala 2026?", "sv"),
    none("Hur stora hyresintäkter får Region Jorvalas hjälpmedelscentral från kommunerna 2027?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{48000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
