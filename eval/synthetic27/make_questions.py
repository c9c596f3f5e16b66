"""Writes ../heldout_syn27.jsonl: 48 held-out gold questions (h27001–h27048) about the six synthetic27 PDFs.

20 figure, 10 list (all conditional – 5 of them compare two cells of the same row), 6 passage, 12 none; 36 in
Swedish and 12 in English (6 English figures, 2 English lists, 1 English passage, 3 English none). The set weighs
figure questions whose answer shares its row, column or sentence with several figures of the same unit, and
near-miss none questions (the same municipality, document and topic, but a fact the documents do not give).
Items are written out literally (not derived from data.py) so that check.py, which recomputes the expected rows
from data.py, is an independent check. Four questions (two figures, one list and one passage) are about p. 2 of
the Vemmeby document, a scanned page without a text layer; their evidence is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn27.jsonl"

A = "kvillsta-delarsrapport-aug-2026.pdf"
B = "prastmora-personalbokslut-2026.pdf"
C = "spjutsjo-lokalforsorjningsplan-2027-2031.pdf"
D = "wendelsby-revisionsrapport-orosanmalningar-2026.pdf"
E = "ramsaker-taxa-sotning-brandskyddskontroll-2027.pdf"
F = "vemmeby-trafikmatningar-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


A_CAP = "Tabell 1. Driftredovisning januari–augusti och prognos för helåret 2026, mnkr"
B_CAP1 = "Tabell 1. Anställda per förvaltning den 31 december 2026"
B_CAP2 = "Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid 2025 och 2026"
C_CAP = "Tabell 1. Investeringsprojekt i lokalförsörjningsplanen 2027–2031"
D_LEG = "Bedömning per kontrollmål Uppfyllt Delvis uppfyllt Ej uppfyllt"
E_CAP = "Bilaga 1. Avgifter för rengöring och brandskyddskontroll"
F_HEAD = "Nr Gata Mätpunkt ÅDT, fordon/dygn Tung trafik Hastighet, km/h"

Q = [
    # ------------------------------------------------------------ (a) Kvillsta, delårsrapport per 31 augusti 2026
    q("Hur mycket räknar socialnämnden i Kvillsta med att överskrida sin budget i år enligt delårsrapporten?",
      "sv", "figure", A, 2, ["Socialnämnden 612,0 431,8 70,6 630,4 −18,4"],
      "Med 18,4 mnkr: prognosen för helåret är 630,4 mnkr mot en budget på 612,0 mnkr (utfall januari–augusti "
      "431,8 mnkr).",
      [fig(-18.4, "mnkr", "−18,4")]),
    q("Hur stort underskott prognostiseras för äldreomsorgen i Kvillsta 2026?", "sv", "figure", A, 2,
      ["varav äldreomsorg 358,6 254,9 71,1 369,8 −11,2"],
      "Ett underskott på 11,2 mnkr (prognos 369,8 mot budget 358,6 mnkr); det är den största delen av "
      "socialnämndens underskott på 18,4 mnkr.",
      [fig(-11.2, "mnkr", "−11,2")]),
    q("How much had Kvillsta's education committee (barn- och utbildningsnämnden) spent by the end of August "
      "2026?", "en", "figure", A, 2, ["Barn- och utbildningsnämnden 768,0 519,6 67,7 774,3 −6,3"],
      "SEK 519.6 million in January–August, 67.7 per cent of its 2026 budget of 768.0 million; the full-year "
      "forecast is 774.3 million.",
      [fig(519.6, "mnkr", "519,6")]),
    q("Hur många timmar hemtjänst utfördes i Kvillsta under årets första åtta månader?", "sv", "figure", A, 3,
      ["januari–augusti utfördes 412 300 hemtjänsttimmar, att jämföra med 376 000 timmar"],
      "412 300 hemtjänsttimmar, mot 376 000 timmar i budgeten för perioden.",
      [fig(412300, "antal", "412 300")]),
    q("Vilka nämnder i Kvillsta har en helårsprognos som ligger över budget?", "sv", "list", A, 2, [A_CAP],
      "Fyra: barn- och utbildningsnämnden (−6,3 mnkr), socialnämnden (−18,4 mnkr), kultur- och fritidsnämnden "
      "(−0,7 mnkr) och överförmyndarnämnden (−0,2 mnkr).",
      items=["Barn- och utbildningsnämnden 768,0 519,6", "Socialnämnden 612,0 431,8",
             "Kultur- och fritidsnämnden 58,9 40,8", "Överförmyndarnämnden 4,1 2,6"]),
    q("Which committees in Kvillsta had already used more than two thirds of their 2026 budget by the end of "
      "August?", "en", "list", A, 2, [A_CAP],
      "Four: the municipal executive board (68.2 %), barn- och utbildningsnämnden (67.7 %), socialnämnden "
      "(70.6 %) and kultur- och fritidsnämnden (69.3 %), against a benchmark of 66.7 %.",
      items=["Kommunstyrelsen 142,5 97,2", "Barn- och utbildningsnämnden 768,0 519,6", "Socialnämnden 612,0 431,8",
             "Kultur- och fritidsnämnden 58,9 40,8"]),
    q("Vad är förklaringen till att skolskjutsarna i Kvillsta kostar mer än väntat?", "sv", "passage", A, 3,
      ["det nya avtalet, som gäller från terminsstarten i augusti, har ett högre pris per kilometer"],
      "Det nya avtalet, som gäller från terminsstarten i augusti, har ett högre pris per kilometer och kräver "
      "fler fordon med plats för rullstol. Skolskjutsarna svarar för 4,1 mnkr av nämndens underskott."),
    none("Vilket resultat redovisade Kvillsta kommun för januari–augusti 2025?", "sv"),
    none("What deficit did Kvillsta's social services committee forecast in the April report?", "en"),

    # ------------------------------------------------------------ (b) Prästmora, personalbokslut 2026
    q("Hur hög var sjukfrånvaron bland kvinnorna i Prästmoras vård- och omsorgsförvaltning 2026?", "sv",
      "figure", B, 2, ["Vård- och omsorgsförvaltningen 2025 9,4 6,2 8,9 2026 9,3 6,8 8,9"],
      "9,3 procent (9,4 procent 2025); för männen var den 6,8 procent.",
      [fig(9.3, "procent", "9,3")]),
    q("Hur många män var anställda inom barn- och utbildningsförvaltningen i Prästmora vid årsskiftet?", "sv",
      "figure", B, 2, ["Barn- och utbildningsförvaltningen 1 034 262 1 296 79,8 44,1"],
      "262 män av 1 296 anställda; 1 034 var kvinnor.",
      [fig(262, "antal", "262")]),
    q("What was the average age of the staff in Prästmora's service administration (serviceförvaltningen) at "
      "the end of 2026?", "en", "figure", B, 2, ["Serviceförvaltningen 212 139 351 60,4 48,4"],
      "48.4 years, the highest of all administrations (the municipality as a whole: 45.9).",
      [fig(48.4, "år", "48,4")]),
    q("Hur många tillsvidareanställda lämnade Prästmora kommun under 2026?", "sv", "figure", B, 1,
      ["Under 2026 slutade 187 av de tillsvidareanställda, vilket ger en personalomsättning på 6,1 procent"],
      "187 personer, en personalomsättning på 6,1 procent (5,4 procent 2025).",
      [fig(187, "antal", "187")]),
    q("Vilka förvaltningar i Prästmora hade en högre sjukfrånvaro bland män än bland kvinnor under 2026?", "sv",
      "list", B, 2, [B_CAP2],
      "Tre: kommunledningsförvaltningen (män 3,8 mot kvinnor 3,4 procent), samhällsbyggnadsförvaltningen (5,0 "
      "mot 3,9) och miljö- och byggförvaltningen (4,0 mot 3,2).",
      items=["Kommunledningsförvaltningen 2025 4,9 2,8", "Samhällsbyggnadsförvaltningen 2025 4,1 4,8",
             "Miljö- och byggförvaltningen 2025 3,7 3,5"]),
    q("Vilka förvaltningar i Prästmora har en medelålder bland de anställda som är högre än 46 år?", "sv",
      "list", B, 2, [B_CAP1],
      "Tre: vård- och omsorgsförvaltningen (46,9 år), samhällsbyggnadsförvaltningen (47,6) och "
      "serviceförvaltningen (48,4).",
      items=["Vård- och omsorgsförvaltningen 1 187 198", "Samhällsbyggnadsförvaltningen 64 121 185",
             "Serviceförvaltningen 212 139 351"]),
    q("Vad förklarar att sjukfrånvaron steg bland kvinnorna i Prästmoras serviceförvaltning?", "sv", "passage",
      B, 3, ["fler långa sjukskrivningar inom lokalvården, där arbetet är fysiskt tungt"],
      "Fler långa sjukskrivningar inom lokalvården, där arbetet är fysiskt tungt och många medarbetare är över "
      "55 år; kvinnornas sjukfrånvaro steg från 8,8 till 9,6 procent."),
    none("Hur stor var sjukfrånvaron bland männen i Prästmora kommun 2024?", "sv"),
    none("What share of Prästmora's municipal employees work full time?", "en"),

    # ------------------------------------------------------------ (c) Spjutsjö, lokalförsörjningsplan 2027–2031
    q("Vad beräknas det nya äldreboendet Solrosen i Spjutsjö kosta?", "sv", "figure", C, 3,
      ["Solrosens äldreboende 168,0 152,0 2028 hösten 2030 Förstudie"],
      "168,0 mnkr, mot 152,0 mnkr i planen för 2026. Nybyggnaden med 60 platser ska vara klar hösten 2030.",
      [fig(168.0, "mnkr", "168,0")]),
    q("När ska nya Svalängsskolan i Spjutsjö vara färdigbyggd?", "sv", "figure", C, 2,
      ["Svalängsskolan 214,0 196,5 2027 hösten 2029 Upphandling"],
      "Hösten 2029 (byggstart 2027; projektet är i upphandlingsskedet).",
      [fig(2029, "år", "hösten 2029")]),
    q("How much does Spjutsjö's premises plan set aside in total for preschool projects?", "en", "figure", C, 3,
      ["Delsumma förskolor 149,3 Äldreboenden 3 projekt"],
      "SEK 149.3 million for the four preschool projects, out of a total of 752.9 million.",
      [fig(149.3, "mnkr", "149,3")]),
    q("Vilka projekt i Spjutsjös lokalförsörjningsplan ska stå klara senast 2028?", "sv", "list", C, 2, [C_CAP],
      "Fyra: Kornboskolan (2028), Spjutsjö gymnasium (hösten 2027), Snickarbodens förskola (2028) och "
      "Västanvindens äldreboende (2028).",
      items=["Kornboskolan 48,5 44,0", "Spjutsjö gymnasium 18,6 21,0", "Snickarbodens förskola 72,4 65,0",
             "Västanvindens äldreboende 36,5 29,8"]),
    q("Vilka projekt i Spjutsjö har blivit dyrare jämfört med beräkningen i 2026 års plan?", "sv", "list", C, 2,
      [C_CAP],
      "Sex: Svalängsskolan (196,5 → 214,0 mnkr), Kornboskolan (44,0 → 48,5), Snickarbodens förskola (65,0 → "
      "72,4), Ryttarängens förskola (17,5 → 19,8), Solrosens äldreboende (152,0 → 168,0) och Västanvindens "
      "äldreboende (29,8 → 36,5).",
      items=["Svalängsskolan 214,0 196,5", "Kornboskolan 48,5 44,0", "Snickarbodens förskola 72,4 65,0",
             "Ryttarängens förskola 19,8 17,5", "Solrosens äldreboende 168,0 152,0",
             "Västanvindens äldreboende 36,5 29,8"]),
    q("Why does Spjutsjö need to replace the pavilions at Kronvallsskolan?", "en", "passage", C, 4,
      ["har ett tidsbegränsat bygglov som upphör i juni 2030 och kan inte förlängas"],
      "The pavilions have a temporary building permit that expires in June 2030 and cannot be extended, and they "
      "do not meet current requirements on ventilation and accessibility."),
    none("Hur mycket beräknas driften av Ribbingsgården kosta per år i Spjutsjö efter ombyggnaden?", "sv"),
    none("Hur många elever går på Vedbyskolan i Spjutsjö i dag?", "sv"),

    # ------------------------------------------------------------ (d) Wendelsby, revisionsrapport orosanmälningar
    q("Hur stor andel av de granskade anmälningarna i Wendelsby hade en förhandsbedömning som blev klar inom två "
      "veckor?", "sv", "figure", D, 4,
      ["I 29 av de 40 granskade ärendena (73 procent) var förhandsbedömningen klar"],
      "73 procent (29 av 40 ärenden); nämndens egen uppföljning för 2025 visade 78 procent.",
      [fig(73, "procent", "73 procent")]),
    q("How many people did the auditors interview for the Wendelsby review of reports of concern about "
      "children?", "en", "figure", D, 2,
      ["Vi har intervjuat 14 personer: socialnämndens presidium, socialchefen, enhetschefen och samtliga "
       "socialsekreterare"],
      "14 people, including the committee's presidium, the head of social services, the unit manager, the "
      "social workers at the intake unit and two reporters.",
      [fig(14, "antal", "14 personer")]),
    q("Hur många orosanmälningar kom in till socialtjänsten i Wendelsby mellan januari och juni 2026?", "sv",
      "figure", D, 1,
      ["tog socialtjänsten emot 612 orosanmälningar, jämfört med 1 096 under hela 2025"],
      "612 orosanmälningar, jämfört med 1 096 under hela 2025. Revisorerna granskade ett urval på 40 ärenden.",
      [fig(612, "antal", "612")]),
    q("Vilka kontrollmål bedömde revisorerna i Wendelsby som bara delvis uppfyllda?", "sv", "list", D, 3,
      [D_LEG],
      "Tre: 2 (skyddsbedömning samma dag), 4 (barnets egen berättelse dokumenteras) och 6 (nämndens uppföljning "
      "av handläggningstider och kvalitet).",
      items=["2. En skyddsbedömning görs och dokumenteras", "4. Barnets egen berättelse och synpunkter",
             "6. Nämnden följer regelbundet upp handläggningstider"]),
    q("Varför blev förhandsbedömningarna i Wendelsby försenade?", "sv", "passage", D, 4,
      ["tre av sju tjänster som socialsekreterare på mottagningsenheten var vakanta under våren"],
      "Enligt de intervjuade främst för att tre av sju socialsekreterartjänster på mottagningsenheten var "
      "vakanta under våren."),
    none("Vad kostade revisorernas granskning av orosanmälningarna i Wendelsby?", "sv"),
    none("How many of the reports received in Wendelsby in 2026 led to an investigation being opened?", "en"),

    # ------------------------------------------------------------ (e) Ramsåker, taxa sotning och brandskyddskontroll
    q("Vad kostar en brandskyddskontroll av en villa i Ramsåker under 2027?", "sv", "figure", E, 2,
      ["B1 En- eller tvåbostadshus, första objektet per objekt 742 779 +5,0 inkl. moms"],
      "779 kr inklusive moms för det första objektet (742 kr 2026); varje tillkommande objekt kostar 333 kr.",
      [fig(779, "kr", "779")]),
    q("By what percentage does Ramsåker raise the fee for sweeping a wood-fired or combination boiler in 2027?",
      "en", "figure", E, 2,
      ["R2 Vedpanna eller kombipanna i en- eller tvåbostadshus per tillfälle 412 431 +4,6 inkl. moms"],
      "By 4.6 per cent, from SEK 412 to 431 per occasion including VAT.",
      [fig(4.6, "procent", "+4,6")]),
    q("Från vilket datum gäller den nya sotningstaxan i Ramsåker?", "sv", "figure", E, 1,
      ["enligt bilaga 1, att gälla från den 1 januari 2027"],
      "Från den 1 januari 2027. Kommunfullmäktige antog taxan den 23 november 2026 (§ 142).",
      [fig("2027-01-01", "datum", "1 januari 2027")]),
    q("Vilka avgifter i Ramsåkers sotningstaxa blir inte dyrare 2027 än 2026?", "sv", "list", E, 2, [E_CAP],
      "Tre: pelletspanna med brännare (398 kr, oförändrad), pappersfaktura (45 kr, oförändrad) och efterkontroll "
      "efter anmärkning, som sänks från 560 till 520 kr.",
      items=["R5 Pelletspanna med brännare", "Ö3 Pappersfaktura per faktura 45", "Ö4 Efterkontroll efter anmärkning"]),
    q("Which fees in Ramsåker's chimney-sweeping tariff rise by more than five percent in 2027?", "en", "list",
      E, 2, [E_CAP],
      "Three: tiled stove, stove or other room heater (R4, +6.3 %), holiday homes' fire-safety inspection (B3, "
      "+6.5 %) and blocks of flats per flue (B4, +5.5 %).",
      items=["R4 Kakelugn, kamin eller annan lokaleldstad", "B3 Fritidshus per objekt 742",
             "B4 Flerbostadshus per rökkanal 256"]),
    q("Varför blir efterkontrollen billigare i Ramsåker 2027?", "sv", "passage", E, 3,
      ["fastighetsägaren från 2027 i de flesta fall kan visa att bristen är åtgärdad"],
      "För att fastighetsägaren från 2027 oftast kan visa att bristen är åtgärdad genom att skicka in "
      "fotografier, vilket gör besöket kortare (560 → 520 kr)."),
    none("Vad kostar rengöring av en imkanal i ett restaurangkök i Ramsåker?", "sv"),
    none("Vad kostade brandskyddskontroll av en villa i Ramsåker 2025?", "sv"),

    # ------------------------------------------------------------ (f) Vemmeby, trafikmätningar (p. 2 scanned)
    q("Hur många fordon per dygn passerade Kvarngatan i Vemmeby enligt mätningen hösten 2026?", "sv", "figure",
      F, 2, ["4 Kvarngatan norr om Vallgatan 4 380 4 960 +13,2 6,9 44 40"],
      "4 960 fordon per dygn (ÅDT), en ökning med 13,2 procent från 4 380 år 2024.",
      [fig(4960, "antal", "4 960")]),
    q("What share of the traffic on Verkstadsgatan in Vemmeby was heavy vehicles in the 2026 count?", "en",
      "figure", F, 2, ["6 Verkstadsgatan vid industriområdet 3 740 4 410 +17,9 18,6 46 50"],
      "18.6 per cent, the highest share of all measuring points; traffic rose to 4,410 vehicles a day.",
      [fig(18.6, "procent", "18,6")]),
    q("Vad beräknas de upphöjda övergångsställena vid Sandhedsskolan i Vemmeby kosta?", "sv", "figure", F, 3,
      ["Två upphöjda övergångsställen på Vallgatan vid Sandhedsskolan (beräknad kostnad 240 tkr)"],
      "240 tkr. Alla fyra föreslagna åtgärder kostar sammanlagt 560 tkr, inom anslaget på 600 tkr.",
      [fig(240, "tkr", "240 tkr")]),
    q("På vilka mätpunkter i Vemmeby körde bilisterna i genomsnitt fortare än hastighetsgränsen?", "sv", "list",
      F, 2, [F_HEAD],
      "Fem: Ringleden vid Verkstadsgatan (52 km/h mot 50), Kvarngatan (44 mot 40), Vallgatan vid Sandhedsskolan "
      "(33 mot 30), Skogsvägen (38 mot 30) och Sjöviksvägen (47 mot 40).",
      items=["1 Ringleden vid Verkstadsgatan 9 840", "4 Kvarngatan norr om Vallgatan",
             "5 Vallgatan vid Sandhedsskolan 2 950", "7 Skogsvägen vid idrottsplatsen 1 260",
             "10 Sjöviksvägen söder om bron"]),
    q("Varför har trafiken på Köpmangatan i Vemmeby minskat?", "sv", "passage", F, 2,
      ["torget gjordes om till gångfartsområde i maj 2025 och genomfartstrafiken leddes över till Ringleden"],
      "Torget gjordes om till gångfartsområde i maj 2025 och genomfartstrafiken leddes över till Ringleden; "
      "trafiken minskade med 10,5 procent."),
    none("Hur många trafikolyckor inträffade på Ringleden i Vemmeby under 2026?", "sv"),
    none("Hur mycket trafik hade Köpmangatan i Vemmeby vid mätningen 2022?", "sv"),
]


def main():
    assert len(Q) == 48, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"h{27000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q))


if __name__ == "__main__":
    main()
