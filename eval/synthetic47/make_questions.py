"""Writes ../heldout_syn47.jsonl: 50 held-out gold questions (hs47001–hs47050) about the six synthetic47 PDFs.

18 figure, 12 list (11 conditional – a queue over 30, pupils fewer in the autumn than in the spring (two cells of a
row), long-distance trips over 80 a month, a cost per trip over budget (two cells of a row), a status word, an
occupancy over 100 %, fewer beds at one hospital (a group plus two cells of a row), a guarantee used over 90 %, a
proposed limit over the current one (two cells of a row), and on the scanned page more than six remarks and an
inspection date after 22 September – and 1 whole list, the eight development measures of the chief guardian
committee), 4 passage, 16 none (6 of them list-shaped); 37 in Swedish and 13 in English (5 figures, 3 lists, 1
passage, 4 none). Items are written out literally (not derived from data.py) so that check.py, which recomputes the
expected rows from data.py, is an independent check. Five questions are about p. 3 of the Gisselnäs document, a
scanned page without a text layer (two figures, two lists and one near-miss none question); the evidence of the
answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn47.jsonl"

A = "kusterby-kulturskolan-verksamhetsberattelse-2026.pdf"
B = "glosvik-fardtjanst-riksfardtjanst-uppfoljning-2026.pdf"
C = "nasvalla-ofn-verksamhetsberattelse-2026.pdf"
D = "region-grenmark-vardplatsrapport-2026.pdf"
E = "rimbacka-ks-agarstyrning-borgensataganden-2026.pdf"
F = "gisselnas-sbn-lekplatsprogram-2027-2031.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Kusterby, kulturskolan 2026
    q("Hur många elevplatser i gitarr hade Kusterbys kulturskola under hösten 2026?", "sv", "figure", A, 2,
      ["Gitarr 118 35 126 29 +8"],
      "126 elevplatser på höstterminen 2026, mot 118 på vårterminen. Vid höstterminens start stod 29 i kö.",
      [fig(126, "antal", "126")]),
    q("How many children were queuing for musical theatre (Musikal) at the Kusterby arts school when the spring "
      "term of 2026 began?", "en", "figure", A, 2,
      ["Musikal 39 26 42 33 +3"],
      "26 were on the waiting list for Musikal at the start of the spring term (VT 2026); by the autumn term the "
      "queue had grown to 33.",
      [fig(26, "antal", "26")]),
    q("Hur många olika elever gick i kulturskolan i Kusterby hösten 2026?", "sv", "figure", A, 1,
      ["hade kulturskolan 842 unika elever, jämfört med 797 hösten 2025"],
      "842 unika elever, jämfört med 797 hösten 2025. Målet på 18 procent av invånarna 6–19 år skulle motsvara 984 "
      "elever.",
      [fig(842, "antal", "842")]),
    q("Till vilka ämnen i Kusterbys kulturskola var kön längre än 30 elever när höstterminen 2026 startade?", "sv",
      "list", A, 2, ["Längst kö har piano, följt av sång och streetdance"],
      "Fyra ämnen: piano (81 i kö), sång (52), streetdance (38) och musikal (33).",
      items=["Piano 142 68 138 81", "Sång 96 44 104", "Streetdance 72 31 85", "Musikal 39 26 42"]),
    q("Vilka ämnen i Kusterbys kulturskola tappade elever från vårterminen till höstterminen 2026?", "sv", "list",
      A, 2, ["men minskade i piano, stråkinstrument och blåsinstrument"],
      "Tre ämnen: piano (142 till 138), stråkinstrument (61 till 57) och blåsinstrument (74 till 69).",
      items=["Piano 142 68", "Stråkinstrument 61 4", "Blåsinstrument 74 0"]),
    q("Varför har pianokön vuxit i Kusterbys kulturskola?", "sv", "passage", A, 4,
      ["två av kulturskolans fyra pianolärare gick i pension i juni 2026"],
      "Två av kulturskolans fyra pianolärare gick i pension i juni 2026 och bara en av tjänsterna kunde återbesättas "
      "till hösten, samtidigt som efterfrågan ökat sedan skolan började med nybörjargrupper i piano för elever i "
      "årskurs 2."),
    none("Vilka ämnen i Kusterbys kulturskola hade över 150 elever på höstterminen 2026?", "sv"),
    none("Hur många elevplatser hade Kusterbys kulturskola på vårterminen 2025?", "sv"),

    # ------------------------------------------------------------ (b) Glosvik, färdtjänst 2026
    q("Hur många färdtjänstresor gjordes i Glosvik i juli 2026?", "sv", "figure", B, 2,
      ["Juli 4 120 3 987 −3,2 124 118"],
      "3 987 resor, mot 4 120 i juli 2025 (−3,2 procent). Juli var årets svagaste månad.",
      [fig(3987, "antal", "3 987")]),
    q("Vad blev kostnaden per resa med specialfordon inom färdtjänsten i Glosvik 2026 jämfört med budget?", "sv",
      "figure", B, 3, ["Färdtjänst, specialfordon 412 420 437 −17"],
      "437 kronor per resa, mot budgeterade 420 kronor – 17 kronor dyrare än budget (412 kronor 2025).",
      [fig(437, "kr", "437")]),
    q("How many people aged 80 or over held a färdtjänst permit in Glosvik at the end of 2026?", "en", "figure", B,
      3, ["80 år och äldre 896 921 948 37,8"],
      "948 people, up from 921 a year earlier; that is 37.8 per cent of the inhabitants in the age group.",
      [fig(948, "antal", "948")]),
    q("Under vilka månader 2026 gjordes fler än 80 riksfärdtjänstresor i Glosvik?", "sv", "list", B, 2,
      ["Riksfärdtjänsten har tydliga toppar vid midsommar, under semestermånaderna och vid jul"],
      "Fyra månader: juni (95), juli (118), augusti (84) och december (88).",
      items=["Juni 5 260 5 103", "Juli 4 120 3 987", "Augusti 4 702 4 655", "December 5 310 5 244"]),
    q("For which trip types in Glosvik was the cost per trip in 2026 higher than budgeted?", "en", "list", B, 3,
      ["Riksfärdtjänst, taxi och specialfordon 3 840 3 900 4 126 −226"],
      "Five of six: färdtjänst by car (281 vs 275 kr), by special vehicle (437 vs 420), all färdtjänst trips (318 vs "
      "310), riksfärdtjänst by taxi and special vehicle (4 126 vs 3 900) and all riksfärdtjänst trips (2 742 vs "
      "2 700). Only train and bus came in under budget.",
      items=["Färdtjänst, personbil 268", "Färdtjänst, specialfordon 412", "Färdtjänst, samtliga resor 301",
             "Riksfärdtjänst, taxi och specialfordon", "Riksfärdtjänst, samtliga resor 2 610"]),
    q("Varför har färdtjänstresorna i Glosvik blivit dyrare per resa?", "sv", "passage", B, 4,
      ["det nya trafikavtalet med Rallarns Taxi AB, som gäller sedan den 1 april 2026"],
      "Det nya trafikavtalet med Rallarns Taxi AB, som gäller sedan 1 april 2026, har ett högre kilometerpris, och "
      "resorna med specialfordon har blivit längre sedan den dagliga verksamheten flyttade till Krokängen i "
      "utkanten av tätorten."),
    none("Vilka månader 2026 hade Glosvik över 6 000 färdtjänstresor?", "sv"),
    none("Hur många färdtjänsttillstånd hade Glosvik för personer 65–79 år 2023?", "sv"),
    none("What was the average waiting time for a färdtjänst vehicle in Glosvik in 2026?", "en"),

    # ------------------------------------------------------------ (c) Näsvalla, överförmyndarnämnden 2026
    q("Hur många barn med egna tillgångar stod under förmynderskap i Näsvalla vid utgången av 2026?", "sv",
      "figure", C, 1, ["Förmynderskap, barn med tillgångar 134 141 152 +11"],
      "152 ärenden den 31 december 2026, elva fler än året innan (141).",
      [fig(152, "antal", "152")]),
    q("Hur lång handläggningstid hade ansökningar om godmanskap hos Näsvallas överförmyndarnämnd 2026?", "sv",
      "figure", C, 2,
      ["Ansökan till beslut om godmanskap, median dagar högst 60 74 68 Ej uppnått"],
      "Mediantiden från ansökan till beslut var 68 dagar, mot målet högst 60 dagar (74 dagar 2025). Målet nåddes "
      "inte.",
      [fig(68, "dagar", "68")]),
    q("What share of the annual accounts had the chief guardian committee in Näsvalla reviewed by 30 June 2026?",
      "en", "figure", C, 2,
      ["Granskade årsräkningar senast 30 juni, andel % minst 90,0 84,6 91,2 Uppnått"],
      "91.2 per cent, above the target of at least 90.0 per cent and up from 84.6 per cent in 2025.",
      [fig(91.2, "procent", "91,2")]),
    q("Vilka utvecklingsåtgärder pågick fortfarande hos överförmyndarnämnden i Näsvalla vid årsskiftet?", "sv",
      "list", C, 3, ["Läget vid årets slut framgår av listan nedan"],
      "Tre åtgärder pågick: den gemensamma rekryteringen av gode män med grannkommunerna, stickprovskontrollen av "
      "kontoutdrag och samverkansrutinen med socialtjänsten.",
      items=["Gemensam rekrytering av gode män", "Stickprovskontroll av kontoutdrag",
             "Samverkansrutin med socialtjänsten"]),
    q("What development measures did the chief guardian committee in Näsvalla work on in 2026?", "en", "list", C,
      3, ["beslutade nämnden om åtta utvecklingsåtgärder"],
      "Eight: digital submission of annual accounts, joint recruitment of guardians with neighbouring "
      "municipalities, an introductory course for new guardians, spot checks of bank statements, a new fee model, "
      "a routine for cooperation with the social services, a review of the delegation rules and a change of case "
      "management system (postponed).",
      items=["Digital inlämning av årsräkningar", "Gemensam rekrytering av gode män",
             "Introduktionsutbildning för nya ställföreträdare", "Stickprovskontroll av kontoutdrag",
             "Ny arvodesmodell med schablonbelopp", "Samverkansrutin med socialtjänsten",
             "Översyn av delegationsordningen", "Byte av verksamhetssystem"]),
    q("Why did it take longer to appoint a guardian for unaccompanied children in Näsvalla in 2026?", "en",
      "passage", C, 2,
      ["antalet gode män som tar uppdrag för ensamkommande barn har minskat till fem"],
      "Because the number of guardians who take on unaccompanied children had fallen to five and two of them were "
      "on sick leave in the autumn, so the committee often had to wait until a new guardian had been recruited."),
    none("How many members sit on the chief guardian committee in Näsvalla?", "en"),
    none("Hur många godmanskap hade Näsvalla 2023?", "sv"),
    none("Vilka ärendetyper i Näsvalla ökade med mer än 20 ärenden från 2025 till 2026?", "sv"),

    # ------------------------------------------------------------ (d) Region Grenmark, vårdplatsrapport 2026
    q("Hur många vårdplatser hade geriatriska kliniken på Nyåkra lasarett i Region Grenmark 2026?", "sv", "figure",
      D, 2, ["Geriatriska kliniken 26 24 −2 98,0 99,4 3,9 2,6"],
      "24 disponibla vårdplatser i genomsnitt 2026, två färre än 2025 (26). Beläggningen var 99,4 procent.",
      [fig(24, "antal", "24")]),
    q("Vilken medelbeläggning hade medicinkliniken på Rakelsta sjukhus i Region Grenmark under 2026?", "sv",
      "figure", D, 2, ["Medicinkliniken 38 36 −2 94,8 97,5 3,6 2,7"],
      "97,5 procent, mot 94,8 procent 2025.",
      [fig(97.5, "procent", "97,5")]),
    q("Hur många överbeläggningar räknat på 100 vårdplatser hade psykiatriska kliniken vid Kronviks sjukhus i "
      "Region Grenmark under 2026?", "sv", "figure", D, 2,
      ["Psykiatriska kliniken 58 56 −2 95,1 98,6 3,4 2,2"],
      "3,4 överbelagda patienter per 100 vårdplatser och dag. Beläggningen var 98,6 procent.",
      [fig(3.4, "antal", "3,4")]),
    q("Vilka kliniker i Region Grenmark hade en medelbeläggning över 100 procent 2026?", "sv", "list", D, 2,
      ["Medicinkliniken 54 50 −4 96,4 102,3 5,2 3,8"],
      "Två: medicinkliniken på Kronviks sjukhus (101,4 procent) och medicinkliniken på Nyåkra lasarett (102,3 "
      "procent).",
      items=["Medicinkliniken 96 92", "Medicinkliniken 54 50"]),
    q("Vilka kliniker på Kronviks sjukhus i Region Grenmark fick färre vårdplatser 2026 än 2025?", "sv", "list", D,
      2, ["Summa Kronviks sjukhus 334 322 −12 91,4 94,8 2,9 1,9"],
      "Fem kliniker: medicinkliniken (96 till 92), kirurgkliniken (64 till 62), ortopedkliniken (42 till 40), "
      "kvinnokliniken (28 till 26) och psykiatriska kliniken (58 till 56). Sjukhuset hade totalt 12 färre.",
      items=["Medicinkliniken 96 92", "Kirurgkliniken 64 62", "Ortopedkliniken 42 40", "Kvinnokliniken 28 26",
             "Psykiatriska kliniken 58 56"]),
    none("Hur många vårdplatser hade Kronviks sjukhus i Region Grenmark 2024?", "sv"),
    none("Vilka kliniker i Region Grenmark hade lägre beläggning än 70 procent 2026?", "sv"),
    none("What did a hospital bed day cost at Nyåkra lasarett in Region Grenmark in 2026?", "en"),

    # ------------------------------------------------------------ (e) Rimbäcka, ägarstyrning och borgen 2026
    q("Hur mycket av borgen hade Rimbäcka Vatten AB utnyttjat vid utgången av 2026?", "sv", "figure", E, 2,
      ["Rimbäcka Vatten AB 480,0 401,2 437,9 91,2 480,0"],
      "437,9 miljoner kronor av ramen på 480,0 miljoner kronor (91,2 procent), mot 401,2 miljoner kronor ett år "
      "tidigare.",
      [fig(437.9, "mnkr", "437,9")]),
    q("Vilken soliditet hade Rimbäcka Hamn AB 2026?", "sv", "figure", E, 3,
      ["Soliditet 2026, % 14,8 26,1 9,4 38,7 11,2"],
      "38,7 procent, över ägarens mål på 30,0 procent.",
      [fig(38.7, "procent", "38,7")]),
    q("What guarantee limit is proposed for Rimbäcka Energi AB for 2027?", "en", "figure", E, 2,
      ["Rimbäcka Energi AB 620,0 488,0 571,5 92,2 720,0"],
      "720.0 million kronor, up from 620.0 million in 2026; 571.5 million was used at the end of 2026.",
      [fig(720.0, "mnkr", "720,0")]),
    q("Vilka bolag i Rimbäcka hade tagit i anspråk över 90 procent av borgensramen den 31 december 2026?", "sv",
      "list", E, 2, ["Fyra av de fem helägda bolagen har utnyttjat mer än 90 procent"],
      "Fyra: Rimbäckahem AB (90,9 procent), Rimbäcka Energi AB (92,2), Rimbäcka Vatten AB (91,2) och Rimbäcka "
      "Näringslivslokaler AB (97,0).",
      items=["Rimbäckahem AB 1 450,0", "Rimbäcka Energi AB 620,0", "Rimbäcka Vatten AB 480,0",
             "Rimbäcka Näringslivslokaler AB 210,0"]),
    q("Which companies in Rimbäcka are proposed a higher guarantee limit for 2027 than they had in 2026?", "en",
      "list", E, 2, ["Rimbäcka Näringslivslokaler AB 210,0 184,3 203,8 97,0 240,0"],
      "Three: Rimbäckahem AB (1 450.0 to 1 550.0 million kronor), Rimbäcka Energi AB (620.0 to 720.0) and "
      "Rimbäcka Näringslivslokaler AB (210.0 to 240.0).",
      items=["Rimbäckahem AB 1 450,0", "Rimbäcka Energi AB 620,0", "Rimbäcka Näringslivslokaler AB 210,0"]),
    q("Varför föreslås Rimbäcka Energi AB få en högre borgensram 2027?", "sv", "passage", E, 2,
      ["ska bygga en ny panna för biobränsle vid kraftvärmeverket"],
      "Bolaget ska bygga en ny biobränslepanna vid kraftvärmeverket och ansluta bostadsområdet Granåsen till "
      "fjärrvärmenätet, en investering på omkring 160 miljoner kronor 2027–2028. Ramen föreslås höjas med 100 "
      "miljoner kronor."),
    none("Vilka bolag i Rimbäcka hade en borgensram på över 2 000 miljoner kronor 2026?", "sv"),
    none("Hur många anställda har Rimbäcka Energi AB?", "sv"),

    # ------------------------------------------------------------ (f) Gisselnäs, lekplatsprogram 2027–2031
    q("Vad kostar upprustningen av Grodparken i Gisselnäs?", "sv", "figure", F, 2,
      ["8 Grodparken Bristfällig Upprustning till områdeslekplats 2027 1 950"],
      "1 950 tusen kronor. Grodparken ska rustas upp till områdeslekplats 2027.",
      [fig(1950, "tkr", "1 950")]),
    q("How many pieces of play equipment does Näckrosparken in Gisselnäs have, according to the 2026 inspection?",
      "en", "figure", F, 3, ["2 Näckrosparken 2026-09-14 17 1 4 3 8"],
      "17 pieces of equipment (inspected on 14 September 2026; 8 remarks, one of them high risk).",
      [fig(17, "antal", "17")]),
    q("Hur många anmärkningar fick Gisselnäs lekplatser totalt vid huvudbesiktningen 2026?", "sv", "figure", F, 3,
      ["Samtliga lekplatser 115 9 31 35 75"],
      "75 anmärkningar: 9 med hög risk, 31 med medelrisk och 35 med låg risk.",
      [fig(75, "antal", "75")]),
    q("Vilka lekplatser i Gisselnäs fick fler än sex anmärkningar vid besiktningen hösten 2026?", "sv", "list", F,
      3, ["Sammanställning av anmärkningar per lekplats"],
      "Fyra: Näckrosparken (8), Nyckelpigans lekplats (7), Grodparken (9) och Kvarnhjulet (7).",
      items=["2 Näckrosparken 2026-09-14", "5 Nyckelpigans lekplats 2026-09-16", "8 Grodparken 2026-09-21",
             "16 Kvarnhjulet 2026-09-28"]),
    q("Vilka lekplatser i Gisselnäs besiktigades efter den 22 september 2026?", "sv", "list", F, 3,
      ["Huvudbesiktning av lekplatser 2026 – Gisselnäs kommun"],
      "Fem: Klätterträdet och Kottens lekplats (23 september), Kullens lekplats (24 september) samt Gungbacken och "
      "Kvarnhjulet (28 september).",
      items=["12 Klätterträdet 2026-09-23", "13 Kottens lekplats 2026-09-23", "14 Kullens lekplats 2026-09-24",
             "15 Gungbacken 2026-09-28", "16 Kvarnhjulet 2026-09-28"]),
    none("Hur många anmärkningar fick Regnbågsparken i Gisselnäs vid besiktningen 2025?", "sv"),
    none("Vilka lekplatser i Gisselnäs ska rustas upp 2032?", "sv"),
    none("How many visitors does Grodparken in Gisselnäs get each year?", "en"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"hs{47000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
