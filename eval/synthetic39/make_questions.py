"""Writes ../heldout_syn39.jsonl: 50 held-out gold questions (hs39001–hs39050) about the six synthetic39 PDFs.

18 figure, 12 list (11 conditional – two cells of a row compared (committees with a lower budget 2027 than 2026;
key figures lower for 2026 than 2025), an amount (projects over 50 mnkr; fee rises over 9 per cent on the scanned
page), a share against the target or against the national average printed in the column heading, a change within
one hospital, a responsible officer, a refusal, a section of the delegation order and a month, a fee group on the
scanned page – and 1 that asks for a whole named list), 4 passage, 16 none (5 of them list-shaped: a list filter no
row satisfies); 37 in Swedish and 13 in English (5 figures, 3 lists, 1 passage, 4 none). Items are written out
literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Five questions are about p. 2 of the Ramsäter document, a scanned page without a text layer
(two figures, two lists and one near-miss none question); the evidence of the answerable ones is the text printed
in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn39.jsonl"

A = "gramyra-mal-och-budget-2027-plan-2028-2029.pdf"
B = "ulvhamra-sn-ifo-kvartalsuppfoljning-2026.pdf"
C = "region-porvalla-vardgaranti-tillganglighet-2026.pdf"
D = "kolmyra-bmn-delegationsbeslut-feb-mar-2027.pdf"
E = "orrmala-aldreomsorg-brukarundersokning-2026.pdf"
F = "ramsater-kf-va-taxa-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Gråmyra, Mål och budget 2027
    q("Vilken nettokostnadsram har socialnämnden i Gråmyra fått för 2027?", "sv", "figure", A, 2,
      ["Socialnämnden 188,9 182,0 196,4 199,8 203,5"],
      "196,4 mnkr i budget 2027. Budgeten för 2026 var 182,0 mnkr och utfallet 2025 188,9 mnkr; planen är 199,8 mnkr "
      "för 2028 och 203,5 mnkr för 2029.",
      [fig(196.4, "mnkr", "196,4")]),
    q("What was the actual net cost of the elderly care committee (vård- och omsorgsnämnden) in Gråmyra in 2025?",
      "en", "figure", A, 2,
      ["Vård- och omsorgsnämnden 421,3 436,8 458,2 474,6 491,0"],
      "421.3 million kronor (mnkr) was the outcome for 2025. The budget was 436.8 mnkr for 2026 and 458.2 mnkr for "
      "2027.",
      [fig(421.3, "mnkr", "421,3")]),
    q("Vilket resultat räknar Gråmyra med i budgeten för 2027?", "sv", "figure", A, 1,
      ["Resultatet budgeteras till 35,3 mnkr för 2027, vilket motsvarar 2,1 procent"],
      "35,3 mnkr, vilket motsvarar 2,1 procent av skatteintäkter och generella statsbidrag – något över det "
      "finansiella målet på 2,0 procent. I budgeten för 2026 var resultatet 26,5 mnkr och utfallet 2025 blev 28,8 "
      "mnkr.",
      [fig(35.3, "mnkr", "35,3 mnkr")]),
    q("Hur mycket pengar ska Gråmyra lägga på tillbyggnaden av Grönhagsskolan under 2028?", "sv", "figure", A, 3,
      ["Grönhagsskolan, tillbyggnad Pågående 96,0 41,0 45,0 10,0 2029"],
      "45,0 mnkr enligt planen för 2028. Projektet kostar totalt 96,0 mnkr, varav 41,0 mnkr 2027 och 10,0 mnkr "
      "2029, och ska vara klart 2029.",
      [fig(45.0, "mnkr", "45,0")]),
    q("Vilka nämnder i Gråmyra får en lägre budget 2027 än de hade 2026?", "sv", "list", A, 2,
      ["Kultur- och fritidsnämnden 61,2 63,5 62,9 64,0 65,2"],
      "Tre nämnder: kultur- och fritidsnämnden (63,5 → 62,9 mnkr), bygg- och miljönämnden (15,6 → 15,1 mnkr) och "
      "valnämnden (0,9 → 0,2 mnkr, eftersom det var val 2026).",
      items=["Kultur- och fritidsnämnden 61,2 63,5 62,9", "Bygg- och miljönämnden 14,8 15,6 15,1",
             "Valnämnden³ 0,3 0,9 0,2"]),
    q("Which investment projects in Gråmyra's budget have a total cost of more than 50 million kronor?", "en",
      "list", A, 3,
      ["Rönnbäckens vård- och omsorgsboende, ombyggnad Ny 142,0 38,0 62,0 42,0 2029"],
      "Three projects: the rebuilding of Rönnbäckens vård- och omsorgsboende (142.0 mnkr), the extension of "
      "Grönhagsskolan (96.0 mnkr) and the new Pilgläntans förskola (64.5 mnkr).",
      items=["Grönhagsskolan, tillbyggnad Pågående 96,0", "Pilgläntans förskola, nybyggnad* Ny 64,5",
             "Rönnbäckens vård- och omsorgsboende, ombyggnad"]),
    q("Varför har Gråmyra skjutit upp bygget av Pilgläntans förskola?", "sv", "passage", A, 3,
      ["detaljplanen för området har överklagats och inte väntas vinna laga kraft"],
      "Byggstarten flyttas från 2027 till 2028 eftersom detaljplanen för området har överklagats och inte väntas "
      "vinna laga kraft förrän under hösten 2027. Under 2027 budgeteras 2,5 mnkr för projektering; förskolan "
      "beräknas stå klar 2029."),
    none("Hur stor budget har kultur- och fritidsnämnden i Gråmyra för 2030?", "sv"),
    none("Which committees in Gråmyra are planned to cost less, net, in 2029 than they actually cost in 2025?",
         "en"),
    none("Hur många årsarbetare har socialnämnden i Gråmyra?", "sv"),

    # ------------------------------------------------------------ (b) Ulvhamra, IFO per kvartal 2026
    q("Hur många orosanmälningar kom in till socialtjänsten i Ulvhamra under tredje kvartalet 2026?", "sv",
      "figure", B, 2,
      ["Orosanmälningar antal 268 301 254 323 1 146 1 022"],
      "254 orosanmälningar under kvartal 3. Helåret 2026 gav 1 146 anmälningar, jämfört med 1 022 året innan.",
      [fig(254, "antal", "254")]),
    q("How much did Ulvhamra spend on placements of children and young people in 2026 as a whole?", "en",
      "figure", B, 2,
      ["Kostnad för placeringar tkr 6 840 7 215 7 905 8 460 30 420"],
      "30,420 thousand kronor (tkr), about 30.4 million kronor, for the full year 2026, up from 25,310 tkr in 2025.",
      [fig(30420, "tkr", "30 420")]),
    q("Hur mycket ekonomiskt bistånd betalade Ulvhamra ut 2026, och hur stämde det mot budget?", "sv", "figure", B,
      1,
      ["Under 2026 betalades 37,7 mnkr ut i ekonomiskt bistånd"],
      "37,7 mnkr, vilket är 2,7 mnkr mer än budgeterade 35,0 mnkr och 1,9 mnkr mer än 2025 (35,8 mnkr).",
      [fig(37.7, "mnkr", "37,7 mnkr")]),
    q("Vilka nyckeltal i Ulvhamras uppföljning av individ- och familjeomsorgen hade ett lägre helårsvärde 2026 än "
      "2025?", "sv", "list", B, 2,
      ["Placerade vuxna² antal 17 15 18 16 16 19"],
      "Fem: väntetiden till nybesök (12 mot 15 dagar), utredningstiden (103 mot 118 dagar), antalet placerade "
      "vuxna (16 mot 19), kostnaden för placeringar av vuxna (12 200 mot 13 460 tkr) och väntetiden till första "
      "samtal (10 mot 12 dagar).",
      items=["Väntetid till nybesök¹ dagar 14", "Utredningstid¹ dagar 112 104 96", "Placerade vuxna² antal 17 15",
             "Kostnad för placeringar tkr 3 120", "Väntetid till första samtal¹ dagar"]),
    q("Vilka utvecklingsområden lyfter Ulvhamras socialnämnd fram inför 2027?", "sv", "list", B, 3,
      ["Fler familjehem i egen regi"],
      "Fyra: fler familjehem i egen regi, kortare väntetid till nybesök inom ekonomiskt bistånd, tidiga och "
      "samordnade insatser för barn och unga samt en gemensam mottagning för vuxna med missbruk tillsammans med "
      "regionen.",
      items=["Fler familjehem i egen regi", "Kortare väntetid till nybesök", "Tidiga och samordnade insatser",
             "Gemensam mottagning för vuxna med missbruk"]),
    q("Varför ökade kostnaderna för placerade barn och unga i Ulvhamra under 2026?", "sv", "passage", B, 3,
      ["tre ungdomar med omfattande vårdbehov placerades på hem för vård eller boende"],
      "Kostnaden ökade med 20,2 procent främst för att tre ungdomar med omfattande vårdbehov placerades på HVB under "
      "andra halvåret, och det saknades familjehem i egen regi som kunde ta emot dem."),
    none("Hur många orosanmälningar fick Ulvhamra under första kvartalet 2025?", "sv"),
    none("In which quarters of 2026 did Ulvhamra receive more than 350 reports of concern about children "
         "(orosanmälningar)?", "en"),
    none("Hur många barn omhändertogs enligt LVU i Ulvhamra under 2026?", "sv"),

    # ------------------------------------------------------------ (c) Region Porvalla, vårdgaranti 2026
    q("Hur stor andel av urologipatienterna vid Porvalla lasarett fick komma på ett första besök inom "
      "vårdgarantins 90 dagar?", "sv", "figure", C, 2,
      ["Urologi 68,7 −9,4 70,1 +3,5 455"],
      "68,7 procent, vilket är 9,4 procentenheter lägre än året innan och långt under målet på 85 procent.",
      [fig(68.7, "procent", "68,7")]),
    q("By how many percentage points did the share of eye operations carried out within 90 days change at "
      "Kyrkmora sjukhus in Region Porvalla?", "en", "figure", C, 2,
      ["Ögonsjukvård 74,3 −7,8 58,6 −14,2 692"],
      "It fell by 14.2 percentage points, to 58.6 per cent – the largest drop for operations in the region.",
      [fig(-14.2, "procentenheter", "−14,2")]),
    q("Hur många patienter i Region Porvalla hade vid slutet av 2026 fått vänta mer än 90 dagar?", "sv", "figure",
      C, 1,
      ["Vid årsskiftet hade 3 465 patienter väntat längre än 90 dagar"],
      "3 465 patienter, vilket är 595 fler än ett år tidigare (2 870).",
      [fig(3465, "antal", "3 465")]),
    q("Vilka kliniker i Region Porvalla klarade målet för andelen nybesök inom 90 dagar?", "sv", "list", C, 2,
      ["Kardiologi 90,5 +2,2 88,0 +3,1 64"],
      "Fyra kliniker nådde målet på 85 procent: kvinnosjukvården (91,3) och ögonsjukvården (88,2) vid Porvalla "
      "lasarett samt allmänkirurgin (86,7) och kardiologin (90,5) vid Kyrkmora sjukhus.",
      items=["Kvinnosjukvård 91,3 +0,8", "Ögonsjukvård 88,2 +4,6", "Allmänkirurgi 86,7 −0,9",
             "Kardiologi 90,5 +2,2"]),
    q("Which clinics at Kyrkmora sjukhus in Region Porvalla saw their share of first visits within 90 days fall "
      "compared with the year before?", "en", "list", C, 2,
      ["Hudsjukvård 62,8 −11,7 – – 205"],
      "Three: dermatology (Hudsjukvård, −11.7 points to 62.8 %), ophthalmology (Ögonsjukvård, −7.8 to 74.3 %) and "
      "general surgery (Allmänkirurgi, −0.9 to 86.7 %).",
      items=["Allmänkirurgi 86,7 −0,9", "Hudsjukvård 62,8 −11,7", "Ögonsjukvård 74,3 −7,8"]),
    q("Varför blev väntan på ögonoperationer så mycket längre vid Kyrkmora sjukhus i Region Porvalla?", "sv",
      "passage", C, 3,
      ["två av klinikens tre operationssalar var stängda i fyra månader"],
      "Två av klinikens tre operationssalar var stängda i fyra månader när ventilationen byttes, och två ögonläkare "
      "gick i pension utan att tjänsterna kunde tillsättas."),
    none("Hur stor andel av patienterna vid hudkliniken på Kyrkmora sjukhus i Region Porvalla opererades inom 90 "
         "dagar?", "sv"),
    none("What was the median waiting time in days for a first visit to orthopaedics at Porvalla lasarett in Region "
         "Porvalla in 2026?", "en"),
    none("Vilka kliniker i Region Porvalla hade mer än 1 000 patienter i kö över 90 dagar?", "sv"),

    # ------------------------------------------------------------ (d) Kolmyra, delegationsbeslut
    q("Vilken avgift tog Kolmyra ut för förhandsbeskedet på Pålsbo 1:8?", "sv", "figure", D, 2,
      ["Positivt förhandsbesked för ett enbostadshus utanför detaljplanerat område 11 300 Kim Ohlsson"],
      "11 300 kronor för ett positivt förhandsbesked för ett enbostadshus, beslutat den 15 februari 2027 av Kim "
      "Ohlsson.",
      [fig(11300, "kr", "11 300")]),
    q("On what date did Kolmyra grant the building permit for the garage on Ormåsen 1:3?", "en", "figure", D, 2,
      ["2027-02-22 BMN 2027-044 Ormåsen 1:3 Bygglov beviljas för garage om 42 m²"],
      "On 22 February 2027 (2027-02-22), case BMN 2027-044, decided by Gerd Ramqvist; the fee was 6,150 kronor.",
      [fig("2027-02-22", "datum", "2027-02-22")]),
    q("Vilka delegationsbeslut i Kolmyra fattades av byggnadsinspektören Patrik Ullberg?", "sv", "list", D, 2,
      ["Startbesked för eldstad och rökkanal 1 850 Patrik Ullberg"],
      "Fyra beslut: startbesked för eldstad på Galgbacken 1:9 (3 februari), slutbesked på Ormkärr 3:4 (17 "
      "februari), startbesked för ändrad planlösning på Oxhöjden 5 (4 mars) och startbesked för hiss på Gruvbacken "
      "2:3 (23 mars).",
      items=["2027-02-03 BMN 2027-012 Galgbacken 1:9", "2027-02-17 BMN 2026-398 Ormkärr 3:4",
             "2027-03-04 BMN 2027-055 Oxhöjden 5", "2027-03-23 BMN 2027-038 Gruvbacken 2:3"]),
    q("Which applications were turned down or answered negatively in Kolmyra's delegation decisions for February "
      "and March 2027?", "en", "list", D, 2,
      ["Bygglov avslås för inglasat uterum; åtgärden strider mot detaljplanen"],
      "Three: the building permit for a glazed veranda on Pukvallen 9 (refused 9 February), the negative advance "
      "notice for two houses on Prästby 1:21 (10 March) and the refused shoreline exemption for a sauna on "
      "Kolbäcken 1:12 (12 March).",
      items=["2027-02-09 BMN 2027-031 Pukvallen 9", "2027-03-10 BMN 2027-060 Prästby 1:21",
             "2027-03-12 BMN 2027-063 Kolbäcken 1:12"]),
    q("Vilka beslut om bygglov, rivningslov eller förhandsbesked fattades i Kolmyra under mars 2027?", "sv",
      "list", D, 2,
      ["Rivningslov beviljas för förrådsbyggnad 2 650 Kim Ohlsson"],
      "Tre: bygglov för fasadändring på Oxhöjden 5 (1 mars), negativt förhandsbesked på Prästby 1:21 (10 mars) och "
      "rivningslov för en förrådsbyggnad på Karpdammen 7 (18 mars).",
      items=["2027-03-01 BMN 2027-052 Oxhöjden 5", "2027-03-10 BMN 2027-060 Prästby 1:21",
             "2027-03-18 BMN 2027-071 Karpdammen 7"]),
    none("Vilka strandskyddsdispenser i Kolmyra beslutade miljöinspektören Rut Grahn om?", "sv"),
    none("Hur många delegationsbeslut fattade bygg- och miljönämnden i Kolmyra i januari 2027?", "sv"),

    # ------------------------------------------------------------ (e) Orrmåla, brukarundersökning
    q("Hur stor andel av de boende på Uddagården i Orrmåla var nöjda med maten 2026?", "sv", "figure", E, 2,
      ["Uddagården 22 52 69 88 79 58"],
      "58 procent, att jämföra med rikets genomsnitt på 71 procent – den lägsta andelen bland kommunens särskilda "
      "boenden.",
      [fig(58, "procent", "58")]),
    q("Hur stor andel av brukarna i Hemtjänst Onsvalla i Orrmåla kände sig trygga?", "sv", "figure", E, 2,
      ["Hemtjänst Onsvalla 57 54 85 95 83 64"],
      "83 procent kände sig trygga med hemtjänsten, under rikets 86 procent.",
      [fig(83, "procent", "83")]),
    q("Vad låg rikssnittet på för bemötande inom särskilt boende i Orrmålas brukarundersökning?", "sv", "figure", E,
      2,
      ["Riket 81 Riket 93 Riket 88 Riket 71"],
      "93 procent av de boende i riket tyckte att bemötandet från personalen var bra. I Orrmåla var andelen också 93 "
      "procent.",
      [fig(93, "procent", "93")]),
    q("Vilka särskilda boenden i Orrmåla hade en lägre andel som kände sig trygga än rikssnittet?", "sv", "list", E,
      2,
      ["Prästgårdsängen 26 60 80 93 87 69"],
      "Tre av fem: Riddarhöjden (86 procent), Uddagården (79) och Prästgårdsängen (87), mot rikets 88 procent.",
      items=["Riddarhöjden 29 58 78", "Uddagården 22 52 69", "Prästgårdsängen 26 60 80"]),
    q("Why did Uddagården in Orrmåla get the weakest survey results among the care homes?", "en", "passage", E, 3,
      ["boendet hade en hög personalomsättning under våren och maten under flera månader"],
      "According to the service, the home had high staff turnover in the spring, and for several months its food "
      "was delivered from another kitchen while its own kitchen was being rebuilt (it reopened in September)."),
    none("Hur nöjda var hemtjänstens brukare i Orrmåla med maten?", "sv"),
    none("Which care homes in Orrmåla had a survey response rate above 70 per cent?", "en"),
    none("Hur stor andel av de äldre på Kolarängen i Orrmåla var nöjda med boendet 2024?", "sv"),

    # ------------------------------------------------------------ (f) Ramsäter, VA-taxa 2027 (p. 2 scanned)
    q("Vad kostar en kubikmeter vatten i Ramsäter 2027 inklusive moms?", "sv", "figure", F, 2,
      ["Förbrukningsavgift kr per m³ 31,60 34,80 43,50 +10,1"],
      "43,50 kronor per kubikmeter inklusive moms (34,80 kronor exklusive moms, mot 31,60 kronor 2026 – en höjning "
      "med 10,1 procent).",
      [fig(43.5, "kr", "43,50")]),
    q("What is the fixed annual water and sewerage charge for a single-family house (småhus) in Ramsäter in 2027, "
      "excluding VAT?", "en", "figure", F, 2,
      ["Fast avgift, småhus kr per år 3 960 4 320 5 400 +9,1"],
      "4,320 kronor a year excluding VAT (5,400 kronor including VAT), up 9.1 per cent from 3,960 kronor in 2026.",
      [fig(4320, "kr", "4 320")]),
    q("Hur mycket mer kommer vatten och avlopp att kosta för en villa i Ramsäter 2027 jämfört med 2026?", "sv",
      "figure", F, 3,
      ["Typhus A Villa, 150 m³ per år 11 640 12 750 +1 110 +9,5"],
      "1 110 kronor mer per år inklusive moms för typhus A (villa med 150 m³ per år): från 11 640 till 12 750 "
      "kronor, en höjning med 9,5 procent eller cirka 93 kronor per månad.",
      [fig(1110, "kr", "+1 110")]),
    q("Vilka VA-avgifter i Ramsäter höjs med mer än 9 procent till 2027?", "sv", "list", F, 2,
      ["Fast avgift, flerbostadshus kr per lägenhet och år 1 740 1 900 2 375 +9,2"],
      "Tre brukningsavgifter: den fasta avgiften för småhus (+9,1 %), den fasta avgiften för flerbostadshus "
      "(+9,2 %) och förbrukningsavgiften per kubikmeter (+10,1 %).",
      items=["Fast avgift, småhus kr per år", "Fast avgift, flerbostadshus kr per", "Förbrukningsavgift kr per m³"]),
    q("Vilka anläggningsavgifter i Ramsäter höjs med mer än sex procent?", "sv", "list", F, 2,
      ["Lägenhetsavgift kr per lägenhet 24 600 26 300 32 875 +6,9"],
      "Två: servisavgiften (64 800 → 69 300 kr exkl. moms) och lägenhetsavgiften (24 600 → 26 300 kr), båda "
      "+6,9 procent. Tomtyteavgiften höjs med 5,0 procent.",
      items=["Servisavgift (V, S, Df) kr per fastighet", "Lägenhetsavgift kr per lägenhet"]),
    none("Vad var förbrukningsavgiften per kubikmeter i Ramsäter 2025?", "sv"),
    none("Vad kostar anläggningsavgiften för ett fritidshus i Ramsäter?", "sv"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            row = {"id": f"hs{39000 + n}"}
            row.update(x)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
