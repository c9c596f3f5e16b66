"""Writes ../heldout_syn49.jsonl: 50 held-out gold questions (hs49001–hs49050) about the six synthetic49 PDFs.

18 figure, 12 list (11 conditional – risk assessments under the target, satisfaction down from 2025 (two cells of a
row), a start year, a cost over 40 million kronor asked in mnkr against a table in tkr, a risk value of 12 or more,
waiting time over the target, the southern part of the region (group) with more than 5 000 patients aged 0–19, a
status word, the Vännby district (group) with more than 100 homes, self-service opening hours on the scanned page and
fewer visits than the year before on the scanned page (two cells of a row) – and 1 whole list, the findings of
Vitåkra's 2026 controls), 4 passage, 16 none (6 of them list-shaped: a filter no row satisfies); 37 in Swedish and 13
in English (6 figures, 3 lists, 1 passage, 3 none). Items are written out literally (not derived from data.py) so
that check.py, which recomputes the expected rows from data.py, is an independent check. Five questions are about
p. 3 of the Lervåla document, a scanned page without a text layer (two figures, two lists and one near-miss none
question); the evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn49.jsonl"

A = "lunnemala-von-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
B = "hovsater-tn-va-plan-investeringar-2027-2036.pdf"
C = "vitakra-ks-internkontrollplan-2027.pdf"
D = "region-vindmark-folktandvarden-verksamhetsrapport-2026.pdf"
E = "forsvalla-sbn-planbesked-detaljplaner-lagesrapport-2026.pdf"
F = "lervala-kfn-bibliotekens-verksamhetsberattelse-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Lunnemåla, särskilda boenden
    q("Hur stor andel av de boende på Havsviken i Lunnemåla hade trycksår 2026?", "sv", "figure", A, 2,
      ["Havsviken 40 13,5 11,9 82 86 74 81 78 80"],
      "11,9 procent 2026 (13,5 procent 2025), fortfarande över målet på högst 10,0 procent.",
      [fig(11.9, "procent", "11,9")]),
    q("What share of the residents at Vallmogården in Lunnemåla received a medication review in the year before "
      "2026?", "en", "figure", A, 2,
      ["Vallmogården 54 11,2 9,8 85 89 79 84 81 85"],
      "79 per cent in 2025; it rose to 84 per cent in 2026, still just below the target of 85 per cent.",
      [fig(79, "procent", "79")]),
    q("Hur många procent av de boende i Lunnemålas särskilda boenden var totalt sett nöjda 2026?", "sv", "figure",
      A, 1, ["I brukarundersökningen svarade 86 procent att de var nöjda"],
      "86 procent, jämfört med 84 procent 2025. Målet är 85 procent och genomsnittet i riket 82 procent.",
      [fig(86, "procent", "86")]),
    q("Vilka boenden i Lunnemåla nådde inte upp till målet för riskbedömningar under 2026?", "sv", "list", A, 2,
      ["Målet för riskbedömningar nåddes på fyra av boendena"],
      "Fyra av åtta: Hasselbacken (88 procent), Vallmogården (89), Havsviken (86) och Lönngården (84); målet är "
      "minst 90 procent.",
      items=["Hasselbacken 48 8,4 12,6", "Vallmogården 54 11,2 9,8", "Havsviken 40 13,5 11,9",
             "Lönngården 45 10,4 9,0"]),
    q("Which care homes in Lunnemåla had a smaller share of satisfied residents in 2026 than in 2025?", "en",
      "list", A, 2, ["Andelen nöjda ökade på de flesta boenden men minskade på tre"],
      "Three: Hasselbacken (86 to 83 per cent), Ljungbacka (92 to 90) and Fläderbacken (87 to 84).",
      items=["Hasselbacken 48 8,4 12,6", "Ljungbacka 24 6,0 5,2", "Fläderbacken 28 9,6 10,7"]),
    q("Varför blev det fler trycksår på Hasselbacken i Lunnemåla?", "sv", "passage", A, 3,
      ["flera nya boende kom direkt från sjukhuset med trycksår"],
      "Flera nya boende kom direkt från sjukhuset med trycksår som uppstått under vårdtiden, samtidigt som "
      "boendet under våren saknade en sjuksköterska på heltid. Andelen steg från 8,4 till 12,6 procent."),
    none("Hur stor andel av de boende på Linnégården i Lunnemåla hade trycksår 2024?", "sv"),
    none("Vad kostar en plats per dygn på Fridhem i Lunnemåla?", "sv"),
    none("Vilka särskilda boenden i Lunnemåla har fler än 60 platser?", "sv"),

    # ------------------------------------------------------------ (b) Hovsäter, VA-plan investeringar
    q("Hur mycket kostar ombyggnaden av reningsverket i Fladdervik enligt Hovsäters VA-plan?", "sv", "figure", B,
      2, ["Ombyggnad av Fladderviks reningsverk Fladdervik 2029 2033 96 500"],
      "96 500 tkr för hela projektet, som pågår 2029–2033; mest, 33 800 tkr, ligger under 2032–2036.",
      [fig(96500, "tkr", "96 500")]),
    q("How many million kronor will Hovsäter invest in stormwater and cloudburst measures (dagvatten och skyfall) "
      "over 2027–2036 in total?", "en", "figure", B, 3,
      ["Dagvatten och skyfall 3,8 5,6 2,8 5,6 9,2 24,5 51,5"],
      "51.5 million kronor (mnkr) over the whole period, of which 24.5 mnkr in 2032–2036.",
      [fig(51.5, "mnkr", "51,5")]),
    q("Vilket år ska den nya högreservoaren i Vikbo i Hovsäter vara färdig?", "sv", "figure", B, 2,
      ["Högreservoar i Vikbo Vikbo 2030 2032 31 800"],
      "2032. Bygget startar 2030 och kostar 31 800 tkr.",
      [fig(2032, "år", "2032")]),
    q("Vilka VA-projekt i Hovsäter påbörjas redan 2027?", "sv", "list", B, 2,
      ["Överföringsledning Fäbodviken–Hovsäter Fäbodviken 2027 2029 41 200"],
      "Sex: reservvattentäkten i Lövudden, de fjärravlästa vattenmätarna, överföringsledningen "
      "Fäbodviken–Hovsäter, dagvattendammen vid Vikbo industriområde, gjutjärnsledningarna etapp 1 och "
      "reliningen av spillvattenledningar.",
      items=["Reservvattentäkt i Lövudden Lövudden 2027", "Fjärravlästa vattenmätare Hela kommunen 2027",
             "Överföringsledning Fäbodviken–Hovsäter Fäbodviken 2027", "Dagvattendamm vid Vikbo industriområde",
             "Gjutjärnsledningar, etapp 1 Hovsäter tätort", "Relining av spillvattenledningar"]),
    q("Vilka projekt i Hovsäters VA-plan kostar mer än 40 miljoner kronor vardera?", "sv", "list", B, 2,
      ["Gjutjärnsledningar, etapp 2 Hovsäter tätort 2032 2036 44 000"],
      "Fem: nya vattenverket vid Hemsjön (148 600 tkr), ombyggnaden av Fladderviks reningsverk (96 500), "
      "överföringsledningen Fäbodviken–Hovsäter (41 200), gjutjärnsledningar etapp 2 (44 000) och VA till "
      "Hemsjöns fritidshusområde (52 700).",
      items=["Nytt vattenverk vid Hemsjön", "Ombyggnad av Fladderviks reningsverk",
             "Överföringsledning Fäbodviken–Hovsäter Fäbodviken", "Gjutjärnsledningar, etapp 2",
             "Hemsjöns fritidshusområde Hemsjön 2030"]),
    none("Hur mycket ska Hovsäter investera i vatten och avlopp under 2037?", "sv"),
    none("What connection fee will property owners in the Hemsjön holiday-home area pay when they are connected "
         "to municipal water and sewage in Hovsäter?", "en"),
    none("Finns det något VA-projekt i Hovsäter som kostar över 200 miljoner kronor, och i så fall vilka?", "sv"),

    # ------------------------------------------------------------ (c) Vitåkra, internkontrollplan
    q("Vilket riskvärde har Vitåkra gett risken att anställda behåller sina behörigheter efter att de slutat?",
      "sv", "figure", C, 2,
      ["7 Behörigheter tas inte bort när en anställning upphör 4 3 12"],
      "Riskvärde 12 (sannolikhet 4 × konsekvens 3). Kontrollen görs varje kvartal av IT-chefen.",
      [fig(12, "riskvärde", "12")]),
    q("How many of the internal controls planned for 2026 did Vitåkra actually carry out?", "en", "figure", C, 1,
      ["Av de 12 kontroller som fanns i planen för 2026 genomfördes 11"],
      "11 of the 12 planned controls; three of them showed deviations, and the control of secondary employment "
      "was not carried out.",
      [fig(11, "antal", "11")]),
    q("Hur många avslutade anställningar hade fortfarande kvar behörighet när Vitåkra kontrollerade det förra "
      "året?", "sv", "figure", C, 3,
      ["Behörigheter: 14 av 206 avslutade anställningar hade kvar behörighet till minst ett system"],
      "14 av 206 granskade avslutade anställningar, varav två gällde system med känsliga personuppgifter.",
      [fig(14, "antal", "14")]),
    q("Vilka risker i Vitåkras internkontrollplan för 2027 har ett riskvärde på 12 eller högre?", "sv", "list", C,
      2, ["Nätfiske leder till intrång i kommunens system 3 4 12"],
      "Fyra, alla med riskvärdet 12: bedrägerier genom falska ändringar av bankuppgifter, behörigheter som inte "
      "tas bort, nätfiske och felaktiga utbetalningar av ekonomiskt bistånd.",
      items=["Bedrägerier genom falska ändringar", "Behörigheter tas inte bort", "Nätfiske leder till intrång",
             "Felaktiga utbetalningar av ekonomiskt bistånd"]),
    q("Vad kom fram vid Vitåkras internkontroller förra året?", "sv", "list", C, 3,
      ["Avtalstrohet: 81 procent av inköpsvärdet gick till avtalade leverantörer"],
      "Fem punkter: saknad verifiering i 3 av 48 ändrade bankuppgifter, avtalstrohet på 81 procent mot målet 90, "
      "kvarvarande behörigheter i 14 av 206 avslutade anställningar, inga fel i ekonomiskt bistånd och att "
      "kontrollen av bisysslor inte genomfördes.",
      items=["Ändrade bankuppgifter: i 3 av 48", "Avtalstrohet: 81 procent av inköpsvärdet",
             "Behörigheter: 14 av 206 avslutade", "Ekonomiskt bistånd: inga felaktiga utbetalningar",
             "Bisysslor: kontrollen blev inte genomförd"]),
    q("Varför blev kontrollen av bisysslor i Vitåkra inte av under 2026?", "sv", "passage", C, 3,
      ["två av tre HR-konsulter slutade under hösten"],
      "Två av tre HR-konsulter slutade under hösten och de nya kunde börja först i januari, så inventeringen "
      "av bisysslor flyttades till våren 2027."),
    none("How many internal controls did Vitåkra carry out in 2025?", "en"),
    none("Vilka risker i Vitåkras internkontrollplan har fått det maximala riskvärdet 16?", "sv"),

    # ------------------------------------------------------------ (d) Region Vindmark, Folktandvården
    q("Hur många patienter i åldern 20–23 år hade Folktandvården i Lidvik i Region Vindmark vid årsskiftet?", "sv",
      "figure", D, 2, ["Lidvik 2 150 460 3 080 1 690 7 380 7 480"],
      "460 revisionspatienter i åldern 20–23 år den 31 december 2026.",
      [fig(460, "antal", "460")]),
    q("What was the median waiting time for a first check-up at the Harsjö clinic in Region Vindmark in 2026?",
      "en", "figure", D, 3, ["Harsjö 510 11 10 12 −2"],
      "10 weeks, down from 11 weeks in 2025 and two weeks within the 12-week target.",
      [fig(10, "veckor", "10")]),
    q("Hur många revisionspatienter hade Folktandvården i Region Vindmark sammanlagt vid slutet av 2026?", "sv",
      "figure", D, 1, ["hade 97 560 revisionspatienter vid utgången av 2026"],
      "97 560 patienter, 1 190 fler än ett år tidigare (96 370).",
      [fig(97560, "antal", "97 560")]),
    q("Vilka kliniker i Region Vindmark hade 2026 längre väntetid till första undersökningen än målet?", "sv",
      "list", D, 3, ["Tre kliniker har längre väntetid än målet"],
      "Tre: Hjälmby (19 veckor), Vångsby (16) och Flyhamn (14); målet är högst 12 veckor.",
      items=["Hjälmby 1 380 9 19", "Vångsby 1 520 14 16", "Flyhamn 980 12 14"]),
    q("Vilka kliniker i södra länsdelen i Region Vindmark hade fler än 5 000 patienter mellan 0 och 19 år?", "sv",
      "list", D, 2, ["Vångsby 6 420 1 530 9 870 3 380 21 200 20 840"],
      "Två: Vångsby (6 420) och Flyhamn (5 080).",
      items=["Vångsby 6 420 1 530", "Flyhamn 5 080 1 210"]),
    q("Why did the waiting time at the Hjälmby clinic in Region Vindmark go up so much in 2026?", "en", "passage",
      D, 3, ["två av klinikens fem tandläkare slutade under våren"],
      "Two of the clinic's five dentists left in the spring and the posts could not be filled until October, while "
      "many patients from a private practice that closed turned to the clinic; the wait rose from 9 to 19 weeks."),
    none("Hur många patienter 67 år och äldre hade Fagerås i Region Vindmark 2024?", "sv"),
    none("What did an adult check-up cost at Folktandvården in Region Vindmark in 2026?", "en"),
    none("Vilka kliniker i Region Vindmark hade en väntetid på mer än ett år 2026?", "sv"),

    # ------------------------------------------------------------ (e) Forsvalla, planbesked och detaljplaner
    q("Hur många bostäder ryms i detaljplanen för Lönnhagen i Forsvalla?", "sv", "figure", E, 2,
      ["14 Lönnhagen Småhus och flerbostadshus kring en park Vännby 96"],
      "Cirka 96 bostäder. Planen är på granskning sedan beslutet den 29 september 2026.",
      [fig(96, "antal", "96")]),
    q("When did Forsvalla adopt the detailed plan for Vildgåsen 1 och 2?", "en", "figure", E, 2,
      ["2 Vildgåsen 1 och 2 Flerbostadshus på en tidigare parkering Centrum 64 Antagen 2026-11-24"],
      "On 24 November 2026; the plan allows 64 homes on a former car park in the centre.",
      [fig("2026-11-24", "datum", "2026-11-24")]),
    q("Hur många ansökningar om planbesked fick Forsvalla in under 2026?", "sv", "figure", E, 1,
      ["Nämnden tog emot 19 ansökningar om planbesked under året"],
      "19 ansökningar, mot 23 året innan. 14 planbesked var positiva och 3 negativa.",
      [fig(19, "antal", "19")]),
    q("Vilka detaljplaner i Forsvalla befann sig i granskningsskedet vid årsskiftet?", "sv", "list", E, 2,
      ["7 Laxen 9, kajen Bostäder, kontor och gästhamn Hagnäs 240 Granskning 2026-12-01"],
      "Fyra: Lodjuret 5 (förskola), Laxen 9 vid kajen, Lönnhagen och Lejonet 8.",
      items=["Lodjuret 5, förskola", "Laxen 9, kajen", "Lönnhagen Småhus och flerbostadshus",
             "Lejonet 8 Påbyggnad av"]),
    q("Which detailed plans in the Vännby district of Forsvalla allow for more than 100 homes?", "en", "list", E, 2,
      ["12 Ladugårdsängen etapp 1 Ny stadsdel med blandad bebyggelse Vännby 180"],
      "Three: Ladugårdsängen etapp 1 (180 homes), Ladugårdsängen etapp 2 (210) and Hemmingstorp (150).",
      items=["Ladugårdsängen etapp 1", "Ladugårdsängen etapp 2", "Hemmingstorp Småhusområde på jordbruksmark"]),
    q("Varför har detaljplanen för Hermelinen 7 i Forsvalla inte vunnit laga kraft?", "sv", "passage", E, 3,
      ["grannar överklagade beslutet eftersom de nya husen i fem våningar skulle skugga"],
      "Grannar överklagade antagandet eftersom husen i fem våningar skulle skugga deras gårdar, och mark- och "
      "miljödomstolen har ännu inte prövat överklagandet. Byggstarten skjuts till tidigast 2028."),
    none("Vilka detaljplaner i Forsvalla rymmer mer än 800 bostäder?", "sv"),
    none("Hur många hyresrätter ingår i detaljplanen för Lindhaga etapp 1 i Forsvalla?", "sv"),

    # ------------------------------------------------------------ (f) Lervåla, biblioteken (p. 3 scanned)
    q("Hur många besökare hade biblioteket i Falkeby i Lervåla under 2026?", "sv", "figure", F, 3,
      ["Falkeby bibliotek 29 870 33 150 +11,0 18 53 71"],
      "33 150 besök 2026, jämfört med 29 870 året innan (+11,0 procent).",
      [fig(33150, "antal", "33 150")]),
    q("How many staffed opening hours per week does Hedbrunna library in Lervåla have?", "en", "figure", F, 3,
      ["Hedbrunna bibliotek 24 330 26 940 +10,7 21 40 61"],
      "21 staffed hours a week, plus 40 self-service (meröppet) hours, 61 hours in all.",
      [fig(21, "timmar", "21")]),
    q("Hur många ljudböcker lånades ut på Vikhults bibliotek i Lervåla 2026?", "sv", "figure", F, 2,
      ["Vikhults bibliotek 14 380 16 720 1 240 610 820 33 770 31 450"],
      "1 240 ljudböcker av sammanlagt 33 770 fysiska utlån.",
      [fig(1240, "antal", "1 240")]),
    q("Vilka bibliotek i Lervåla har meröppet, alltså öppet utan personal?", "sv", "list", F, 3,
      ["Vikhults bibliotek 38 410 45 260 +17,8 26 45 71"],
      "Tre: Vikhults bibliotek (45 timmar meröppet per vecka), Falkeby bibliotek (53) och Hedbrunna bibliotek "
      "(40).",
      items=["Vikhults bibliotek 38 410", "Falkeby bibliotek 29 870", "Hedbrunna bibliotek 24 330"]),
    q("Which libraries in Lervåla had fewer visitors in 2026 than in 2025?", "en", "list", F, 3,
      ["Lillbo bibliotek 12 640 11 920 −5,7 14 – 14"],
      "Three: Huvudbiblioteket (148,620 to 141,380), Lillbo bibliotek (12,640 to 11,920) and Lövsunda bibliotek "
      "(9,780 to 9,310).",
      items=["Huvudbiblioteket 148 620 141 380", "Lillbo bibliotek 12 640", "Lövsunda bibliotek 9 780"]),
    none("Hur många besök hade Lillbo bibliotek i Lervåla 2024?", "sv"),
    none("Hur många aktiva låntagare hade biblioteken i Lervåla 2026?", "sv"),
    none("Vilka bibliotek i Lervåla lånade ut fler än 5 000 filmer under 2026?", "sv"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"hs{49000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
