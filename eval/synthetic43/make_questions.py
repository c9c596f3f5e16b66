"""Writes ../heldout_syn43.jsonl: 50 held-out gold questions (hs43001–hs43050) about the six synthetic43 PDFs.

18 figure, 12 list (11 conditional – by an amount of over-spending, a group plus an amount, a decision maker, a
decision word, a total cost, a comparison of two cells of a row (committees with a lower frame in 2027 than 2026,
units with more falls in 2026 than 2025, incident categories that increased on the scanned page), a group plus a
threshold (home-care groups with a staff continuity of 15 or more), an assessment word and an amount on the scanned
page – and 1 that asks for a whole named list: Region Gälmark's priorities for 2027), 4 passage, 16 none (5 of them
list-shaped); 37 in Swedish and 13 in English (5 figures, 3 lists, 1 passage, 4 none). Items are written out
literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check. Five questions are about p. 2 of the Kroksjö document, a scanned page without a text layer (two
figures, two lists and one near-miss none question); the evidence of the answerable ones is the text printed in the
image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn43.jsonl"

A = "kalvsunda-sn-verksamhetsberattelse-2026.pdf"
B = "rusnas-bmn-delegationsbeslut-feb-mar-2027.pdf"
C = "gronsala-mal-och-budget-2027-2029.pdf"
D = "ubbsta-aldreomsorg-kvalitetsrapport-2026.pdf"
E = "region-galmark-rus-uppfoljning-2026.pdf"
F = "kroksjo-von-patientsakerhetsberattelse-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Kalvsunda, socialnämndens verksamhetsberättelse
    q("Hur mycket kostade hemtjänsten i Kalvsunda kommun under 2026?", "sv", "figure", A, 2,
      ["Hemtjänst 126,5 131,9 −5,4 124,8"],
      "Hemtjänsten kostade 131,9 mnkr netto, 5,4 mnkr mer än budgeten på 126,5 mnkr (124,8 mnkr året innan).",
      [fig(131.9, "mnkr", "131,9")]),
    q("How many households in Kalvsunda got financial assistance (ekonomiskt bistånd) at some point in 2026?",
      "en", "figure", A, 1, ["fick 612 hushåll ekonomiskt bistånd vid något tillfälle"],
      "612 households, up from 571 the year before; the committee's goal was at most 550 households.",
      [fig(612, "antal", "612 hushåll")]),
    q("Vad var sjukfrånvaron bland de anställda inom funktionsstöd i Kalvsunda 2025?", "sv", "figure", A, 3,
      ["Funktionsstöd 318 324 281,0 8,9 8,2"],
      "8,9 procent. År 2026 sjönk sjukfrånvaron inom funktionsstöd till 8,2 procent.",
      [fig(8.9, "procent", "8,9")]),
    q("Vilka verksamheter under Kalvsundas socialnämnd överskred budgeten med mer än 4 miljoner kronor 2026?", "sv",
      "list", A, 2, ["Personlig assistans 29,5 33,8 −4,3 31,2"],
      "Fyra: barn och unga (−6,5 mnkr), hemtjänsten (−5,4 mnkr), ekonomiskt bistånd (−4,7 mnkr) och personlig "
      "assistans (−4,3 mnkr).",
      items=["Barn och unga 68,4", "Ekonomiskt bistånd¹ 41,5", "Personlig assistans 29,5", "Hemtjänst 126,5 131,9"]),
    q("Which of the functional support (funktionsstöd) activities in Kalvsunda had net costs above 30 million "
      "kronor in 2026?", "en", "list", A, 2, ["Daglig verksamhet 38,2 37,0 +1,2 36,1"],
      "Three: housing with special service under LSS (95.1 million kronor), daily activities (37.0) and personal "
      "assistance (33.8). Social psychiatry and housing support cost 14.9 million kronor.",
      items=["Bostad med särskild service enligt LSS", "Daglig verksamhet 38,2", "Personlig assistans 29,5"]),
    q("Varför blev kostnaderna för barn och unga i Kalvsunda högre än budgeterat?", "sv", "passage", A, 2,
      ["fler barn och unga behövde placeras under hösten, flera av dem i HVB"],
      "Underskottet på 6,5 mnkr beror på att fler barn och unga behövde placeras under hösten, flera i HVB med "
      "särskild kompetens, eftersom kommunen inte kunde rekrytera tillräckligt många egna familjehem."),
    none("Hur stor budget har hemtjänsten i Kalvsunda för 2027?", "sv"),
    none("Which social services activities in Kalvsunda went more than 15 million kronor over budget in 2026?", "en"),
    none("Hur många årsarbetare hade socialförvaltningen i Kalvsunda år 2024?", "sv"),

    # ------------------------------------------------------------ (b) Rusnäs, delegationsbeslut och protokoll
    q("Vilken avgift tog Rusnäs kommun ut för startbeskedet för flerbostadshuset på Prosten 11?", "sv", "figure", B,
      2, ["BMN 2027-0058 Prosten 11 2027-02-23 Ronja Gerdin 46 900"],
      "46 900 kr. Startbeskedet för nybyggnaden av flerbostadshuset med 18 lägenheter gavs av byggnadsinspektören "
      "Ronja Gerdin den 23 februari 2027.",
      [fig(46900, "kr", "46 900")]),
    q("On what date did Rusnäs refuse the application to extend the holiday home on Gällby 1:41?", "en", "figure",
      B, 2, ["BMN 2027-0050 Gällby 1:41 2027-02-12 Petra Kjellin 8 900"],
      "On 12 February 2027 (2027-02-12); the refusal was decided by the building permit officer Petra Kjellin.",
      [fig("2027-02-12", "datum", "2027-02-12")]),
    q("Hur många delegationsbeslut anmäldes till Rusnäs bygg- och miljönämnd vid sammanträdet i april 2027?", "sv",
      "figure", B, 1, ["Redovisningen omfattar 26 beslut, varav 12 beviljade lov och 3 avslag"],
      "26 beslut från perioden 1 februari–31 mars 2027, varav 12 beviljade lov och 3 avslag. Vid förra "
      "sammanträdet anmäldes 19 beslut.",
      [fig(26, "antal", "26 beslut")]),
    q("Vilka beslut fattade bygglovshandläggaren Petra Kjellin i Rusnäs under februari och mars 2027?", "sv", "list",
      B, 2, ["BMN 2027-0031 Gällby 3:7 2027-02-02 Petra Kjellin 24 850"],
      "Sex beslut: bygglov för enbostadshus och garage på Gällby 3:7, avslag för tillbyggnad av fritidshus på "
      "Gällby 1:41, rivning av förrådsbyggnad på Ugnen 7, avslag på förhandsbesked på Gällby 2:18, rivning av "
      "ekonomibyggnad på Oxlinge 4:11 och bygglov för enbostadshus på Gällby 3:22.",
      items=["BMN 2027-0031 Gällby 3:7", "BMN 2027-0050 Gällby 1:41", "BMN 2027-0022 Ugnen 7",
             "BMN 2027-0074 Gällby 2:18", "BMN 2027-0085 Oxlinge 4:11", "BMN 2027-0090 Gällby 3:22"]),
    q("Which applications did Rusnäs building and environment officials refuse under delegation in "
      "February–March 2027?", "en", "list", B, 2,
      ["BMN 2027-0074 Gällby 2:18 2027-03-03 Petra Kjellin 11 600"],
      "Three: the extension of a holiday home on Gällby 1:41, the advance notice (förhandsbesked) for a new house "
      "on Gällby 2:18 and the extension of a house on Pelikanen 8.",
      items=["BMN 2027-0050 Gällby 1:41", "BMN 2027-0074 Gällby 2:18", "BMN 2027-0096 Pelikanen 8"]),
    q("Varför sänkte bygg- och miljönämnden i Rusnäs byggsanktionsavgiften för carporten på Rovan 7?", "sv",
      "passage", B, 1, ["fastighetsägaren självmant sökte bygglov i efterhand innan nämnden hade inlett tillsyn"],
      "Avgiften sattes ned till en fjärdedel, från 19 320 kr till 4 830 kr, eftersom fastighetsägaren självmant "
      "sökte bygglov i efterhand innan nämnden inlett tillsyn och carporten hade kunnat få bygglov om ansökan "
      "lämnats in i tid."),
    none("Vilka delegationsbeslut fattade miljö- och byggchefen i Rusnäs i januari 2027?", "sv"),
    none("Hur många bygglov beviljades i Rusnäs under 2026?", "sv"),
    none("What was the average processing time for building permit decisions in Rusnäs in February and March 2027?",
         "en"),

    # ------------------------------------------------------------ (c) Grönsala, mål och budget 2027–2029
    q("Hur stor ram får barn- och utbildningsnämnden i Grönsalas nya budget?", "sv", "figure", C, 2,
      ["Barn- och utbildningsnämnden 612,4 631,7 640,5 652,0 38,5"],
      "631,7 mnkr för budgetåret 2027, jämfört med 612,4 mnkr i budgeten för 2026 (plan: 640,5 mnkr 2028 och "
      "652,0 mnkr 2029). Nämnden får 38,5 procent av nämndernas samlade ram.",
      [fig(631.7, "mnkr", "631,7")]),
    q("How much does Grönsala plan to spend on rebuilding its swimming hall in 2028?", "en", "figure", C, 3,
      ["Ombyggnad av Grönsala simhall 72,0 4,0 28,0 36,0"],
      "28.0 million kronor in 2028, out of a total cost of 72.0 million kronor (4.0 in 2027 and 36.0 in 2029).",
      [fig(28.0, "mnkr", "28,0")]),
    q("Vilket resultat räknar Grönsala kommun med för 2029?", "sv", "figure", C, 1,
      ["För planåren beräknas resultatet till 44,2 mnkr 2028 och 51,0 mnkr 2029"],
      "51,0 mnkr, motsvarande 2,4 procent av skatteintäkter och generella statsbidrag. För 2027 budgeteras 38,6 mnkr "
      "och för 2028 44,2 mnkr.",
      [fig(51.0, "mnkr", "51,0 mnkr")]),
    q("Vilka investeringsprojekt i Grönsala har en total utgift på över 40 miljoner kronor?", "sv", "list", C, 3,
      ["Ombyggnad av Grönsala reningsverk¹ 96,0 8,0 30,0 40,0"],
      "Fem: ombyggnaden av reningsverket (96,0 mnkr), ombyggnaden av simhallen (72,0), förskolan i Rödmossen (68,0), "
      "överföringsledningen Grönsala–Porsvik (54,0) och tillbyggnaden av Porsviks skola (41,5).",
      items=["Ny förskola i Rödmossen", "Tillbyggnad av Porsviks skola", "Överföringsledning Grönsala–Porsvik¹ 54,0",
             "Ombyggnad av Grönsala reningsverk¹", "Ombyggnad av Grönsala simhall"]),
    q("Vilka nämnder i Grönsala får en lägre ram 2027 än de hade 2026?", "sv", "list", C, 2,
      ["Kultur- och fritidsnämnden 58,9 57,4 58,1 59,0 3,5"],
      "Tre: kultur- och fritidsnämnden (från 58,9 till 57,4 mnkr), tekniska nämnden (från 74,2 till 72,8) och "
      "valnämnden (från 2,1 till 0,3). Revisionens ram är oförändrad, 2,6 mnkr.",
      items=["Kultur- och fritidsnämnden 58,9", "Tekniska nämnden 74,2", "Valnämnden 2,1 0,3"]),
    none("Vilken ram har tekniska nämnden i Grönsala för 2030?", "sv"),
    none("Vilka av Grönsalas investeringar i vatten och avlopp har mer än 15 miljoner kronor budgeterat för 2027?", "sv"),
    none("Hur många anställda räknar Grönsala kommun med i budgeten för 2027?", "sv"),

    # ------------------------------------------------------------ (d) Ubbsta, äldreomsorgens kvalitetsrapport
    q("Hur nöjda är de boende på Oxelbackens äldreboende i Ubbsta enligt den senaste kvalitetsrapporten?", "sv",
      "figure", D, 2,
      ["Oxelbacken 40 72 81 17 13 63 52"],
      "81 procent var nöjda 2026, en ökning från 72 procent 2025.",
      [fig(81, "procent", "81")]),
    q("How many falls were reported at the Prästgården care home in Ubbsta in 2025?", "en", "figure", D, 2,
      ["Prästgården 48 79 76 14 16 58 71"],
      "58 falls in 2025; the number rose to 71 in 2026.",
      [fig(58, "antal", "58")]),
    q("Hur stor andel av de äldre på Ubbstas särskilda boenden var sammantaget nöjda 2026?", "sv", "figure", D, 1,
      ["Sammantaget var 83 procent av de boende på kommunens särskilda boenden nöjda"],
      "83 procent, jämfört med 80 procent 2025, 82 procent i riket och nämndens mål på 85 procent.",
      [fig(83, "procent", "83 procent")]),
    q("På vilka enheter i Ubbstas äldreomsorg rapporterades fler fall 2026 än året innan?", "sv", "list", D, 2,
      ["Hemtjänst Centrum 210 86 84 16 17 31 36"],
      "Fyra: Prästgården (från 58 till 71), Rönnbäret (22 till 25), Hemtjänst Centrum (31 till 36) och Hemtjänst "
      "Rudbäcken (18 till 23).",
      items=["Prästgården 48 79", "Rönnbäret 24 91", "Hemtjänst Centrum 210", "Hemtjänst Rudbäcken 140"]),
    q("Vilka hemtjänstgrupper i Ubbsta hade en personalkontinuitet på 15 eller fler medarbetare under 14 dagar "
      "2026?", "sv", "list", D, 2, ["Hemtjänst Rudbäcken 140 83 87 19 15 18 23"],
      "Två: Hemtjänst Centrum (17) och Hemtjänst Rudbäcken (15). I Hemtjänst Kolsäter mötte brukarna 12 olika "
      "medarbetare.",
      items=["Hemtjänst Centrum 210", "Hemtjänst Rudbäcken 140"]),
    q("Why did the number of falls at Prästgården in Ubbsta go up in 2026?", "en", "passage", D, 3,
      ["ny avdelning för personer med demenssjukdom och hög fallrisk"],
      "In May the care home opened a new unit for people with dementia and a high risk of falling, and several "
      "residents fell repeatedly at night before sensor alarms were installed in October. Falls rose from 58 to "
      "71."),
    none("Hur nöjda var brukarna i Ubbstas hemtjänstgrupp Rudbäcken år 2023?", "sv"),
    none("Which care homes in Ubbsta had less than 70 per cent satisfied residents in 2026?", "en"),

    # ------------------------------------------------------------ (e) Region Gälmark, utvecklingsstrategi
    q("Hur stor andel av eleverna i Region Gälmark fullföljde gymnasiet inom fyra år enligt den senaste "
      "mätningen?", "sv", "figure", E, 2, ["gymnasieutbildning inom fyra år % 2019 72,4 2025 76,1"],
      "76,1 procent år 2025, jämfört med 72,4 procent vid utgångsläget 2019. Målet för 2030 är 85 procent.",
      [fig(76.1, "procent", "76,1")]),
    q("Vilket mål har Region Gälmark för kollektivtrafikens andel av resorna 2030?", "sv", "figure", E, 2,
      ["Kollektivtrafikens andel av motoriserade resor % 2019 18,0 2025 19,4 25,0"],
      "Målet är att kollektivtrafiken ska stå för 25 procent av de motoriserade resorna 2030. Andelen var 18,0 "
      "procent 2019 och 19,4 procent 2025.",
      [fig(25.0, "procent", "25,0")]),
    q("Vad låg sysselsättningsgraden bland utrikes födda på i Gälmark vid utgångsläget?", "sv", "figure", E, 2,
      ["Sysselsättningsgrad bland utrikes födda 20–64 år % 2019 61,5 2025 60,8"],
      "61,5 procent år 2019. Den senaste mätningen, 2025, gav 60,8 procent, så utvecklingen bedöms som negativ; "
      "målet för 2030 är 70 procent.",
      [fig(61.5, "procent", "61,5")]),
    q("Vilka indikatorer i Region Gälmarks utvecklingsstrategi har gått åt fel håll sedan utgångsläget?", "sv",
      "list", E, 2, ["Nystartade företag per 1 000 invånare antal 2019 8,2 2025 7,4"],
      "Fyra: sysselsättningsgraden bland utrikes födda, nystartade företag per 1 000 invånare, andelen invånare med "
      "bra självskattad hälsa och antalet nybyggda bostäder per år.",
      items=["1.3 Sysselsättningsgrad bland utrikes födda", "2.1 Nystartade företag per 1 000",
             "5.1 Invånare med bra självskattad", "5.3 Nybyggda bostäder per år"]),
    q("Vilka prioriteringar har Region Gälmark satt upp för 2027 i uppföljningen av utvecklingsstrategin?", "sv",
      "list", E, 4, ["Stärka kompetensförsörjningen i vård och industri"],
      "Fem: stärka kompetensförsörjningen i vård och industri, öka etableringen av utrikes födda på "
      "arbetsmarknaden, förbättra förutsättningarna för nya företag, utveckla kollektivtrafiken mellan Pilsund och "
      "Kungsudde samt främja bostadsbyggandet i hela regionen.",
      items=["Stärka kompetensförsörjningen i vård", "Öka etableringen av utrikes födda",
             "Förbättra förutsättningarna för nya företag", "Utveckla kollektivtrafiken mellan Pilsund och Kungsudde",
             "Främja bostadsbyggandet i hela regionen"]),
    q("Varför har det byggts färre bostäder i Region Gälmark?", "sv", "passage", E, 3,
      ["stigande räntor och byggkostnader fick flera byggherrar att skjuta upp sina projekt"],
      "Stigande räntor och byggkostnader fick flera byggherrar att skjuta upp sina projekt, särskilt hyresrätter i "
      "de mindre kommunerna. Under 2025 färdigställdes 780 bostäder, mot 1 140 vid utgångsläget och målet 1 600 per "
      "år."),
    none("Hur många nya företag startades i Region Gälmark under 2025?", "sv"),
    none("Hur mycket pengar har Region Gälmark avsatt för prioriteringarna i utvecklingsstrategin 2027?", "sv"),

    # ------------------------------------------------------------ (f) Kroksjö, patientsäkerhetsberättelse (p. 2 scanned)
    q("Hur många fallavvikelser rapporterades i Kroksjös hälso- och sjukvård 2026?", "sv", "figure", F, 2,
      ["Fall 612 655 598 −57 41,4"],
      "598 avvikelser gällde fall 2026, 57 färre än 2025 (655). Fallen utgjorde 41,4 procent av alla avvikelser.",
      [fig(598, "antal", "598")]),
    q("How many medication-handling incidents were reported in Kroksjö in the year before 2026?", "en", "figure", F,
      2, ["Läkemedelshantering 431 389 447 +58 31,0"],
      "389 incidents concerning medication handling in 2025 (431 in 2024 and 447 in 2026).",
      [fig(389, "antal", "389")]),
    q("Hur många klagomål tog vård- och omsorgsnämnden i Kroksjö emot från patienter och deras anhöriga under "
      "2026?", "sv", "figure", F, 1, ["Klagomål och synpunkter från patienter och närstående 37 29"],
      "37 klagomål och synpunkter från patienter och närstående, jämfört med 29 året innan.",
      [fig(37, "antal", "37")]),
    q("Vilka kategorier av avvikelser ökade i Kroksjö från 2025 till 2026?", "sv", "list", F, 2,
      ["Informationsöverföring 73 81 97 +16 6,7"],
      "Fyra: läkemedelshantering (+58), vård och behandling (+13), informationsöverföring (+16) och trycksår (+5).",
      items=["Läkemedelshantering 431 389 447", "Vård och behandling 94", "Informationsöverföring 73 81",
             "Trycksår 46 39 44"]),
    q("Which incident categories in Kroksjö had more than 100 reports in 2026?", "en", "list", F, 2,
      ["Vård och behandling 94 108 121 +13 8,4"],
      "Three: falls (598), medication handling (447) and care and treatment (121).",
      items=["Fall 612 655 598", "Läkemedelshantering 431 389 447", "Vård och behandling 94"]),
    none("Hur många avvikelser inom läkemedelshanteringen rapporterades i Kroksjö 2023?", "sv"),
    none("Vad kostade vårdskadorna för Kroksjö kommun under 2026?", "sv"),
    none("Which of Kroksjö's patient safety measures that the MAS is responsible for have been delayed?", "en"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"hs{43000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
