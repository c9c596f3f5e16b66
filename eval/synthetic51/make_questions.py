"""Writes ../heldout_syn51.jsonl: 50 held-out gold questions (hs51001–hs51050) about the six synthetic51 PDFs.

18 figure, 12 list (11 conditional – districts over their budget, districts with fewer households in June than in May
(two cells of a row), delayed actions (a status word), actions of the waste company still in progress (responsible +
status), companies with a loss, ambulance areas over the prio 1 median target, areas whose prio 2 median got longer
(two cells of a row), motions and proposals received before 2026 (a date), citizens' proposals prepared by the
technical committee (type + preparing body), buildings with more than 500 tkr maintenance in 2027 (scanned page),
buildings with more maintenance in 2031 than in 2027 (scanned page, two cells of a row) – and 1 whole list, the special
owner directives for Timsala Energi AB), 4 passage, 16 none (6 of them list-shaped); 37 in Swedish and 13 in English
(5 figures, 4 lists, 1 passage, 3 none). Items are written out literally (not derived from data.py) so that check.py,
which recomputes the expected rows from data.py, is an independent check. Five questions are about p. 3 of the
Dunhamra document, a scanned page without a text layer (two figures, two lists and one near-miss none question); the
evidence of the answerable ones is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn51.jsonl"

A = "dalkvista-sn-ekonomiskt-bistand-jan-jun-2027.pdf"
B = "ilmsjo-avfallsplan-uppfoljning-2026.pdf"
C = "timsala-ks-kommunkoncernens-bolag-2026.pdf"
D = "region-tyrvalla-ambulanssjukvarden-2026.pdf"
E = "mjosunda-kf-protokoll-2027-04-26.pdf"
F = "dunhamra-lokalforsorjningsplan-2027-2031.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Dalkvista, ekonomiskt bistånd jan–jun 2027
    q("Hur mycket försörjningsstöd betalades ut i Tornhöjden i Dalkvista under maj?", "sv", "figure", A, 2,
      ["Tornhöjden 141 1 398 139 1 371 146 1 452"],
      "1 371 tkr i maj 2027 (1 398 tkr i april och 1 452 tkr i juni).",
      [fig(1371, "tkr", "1 371")]),
    q("How many households in the Mjärdalen district of Dalkvista were receiving income support in June 2027?", "en",
      "figure", A, 2, ["Mjärdalen 96 921 103 1 004 109 1 087"],
      "109 households in June 2027, up from 103 in May and 96 in April.",
      [fig(109, "antal", "109")]),
    q("Hur mycket betalade Dalkvista ut i försörjningsstöd under första halvåret 2027, jämfört med budget?", "sv",
      "figure", A, 1, ["Från januari till juni betalades 33 636 tkr ut"],
      "33 636 tkr, vilket är 36 tkr mer än budgeten på 33 600 tkr (30 807 tkr första halvåret 2026).",
      [fig(33636, "tkr", "33 636")]),
    q("Vilka distrikt i Dalkvista har gått över sin budget för försörjningsstöd under januari–juni 2027?", "sv",
      "list", A, 2, ["Mjärdalen 96 921 103 1 004 109 1 087 5 616 5 100 −516"],
      "Två: Dalkvista centrum (utfall 9 873 tkr mot budget 9 600 tkr, −273) och Mjärdalen (5 616 mot 5 100 tkr, "
      "−516).",
      items=["Dalkvista centrum 168 1 642", "Mjärdalen 96 921 103"]),
    q("Which districts in Dalkvista had fewer households on income support in June than in May 2027?", "en", "list",
      A, 2, ["Ingsbo 74 702 77 731 71 668 4 219 4 500 +281"],
      "Two: Ingsbo (77 in May, 71 in June) and Dragby (46 in May, 44 in June).",
      items=["Ingsbo 74 702", "Dragby 43 388"]),
    q("Varför har kostnaderna för försörjningsstöd stigit i Mjärdalen i Dalkvista?", "sv", "passage", A, 3,
      ["sågverket i Mjärdalen lade ned verksamheten i februari"],
      "Sågverket i Mjärdalen lade ned verksamheten i februari, och många av de uppsagda hade arbetat för kort tid för "
      "att få ersättning från arbetslöshetskassan."),
    none("Hur många hushåll i Ingsbo i Dalkvista fick försörjningsstöd i juni 2025?", "sv"),
    none("What was the cost of income support per inhabitant in Dragby, Dalkvista, in the first half of 2027?", "en"),
    none("Vilka distrikt i Dalkvista hade över 200 hushåll med försörjningsstöd i juni 2027?", "sv"),

    # ------------------------------------------------------------ (b) Ilmsjö, avfallsplan uppföljning 2026
    q("Hur många ton plastförpackningar samlades in i Ilmsjö 2025?", "sv", "figure", B, 2,
      ["Plast 410 438 452 481 +6,4 20"],
      "452 ton 2025. År 2026 ökade mängden till 481 ton.",
      [fig(452, "ton", "452")]),
    q("Hur mycket restavfall per invånare hade Ilmsjö 2026?", "sv", "figure", B, 1,
      ["Restavfallet minskade till 178 kilo per invånare, från 189 kilo 2025"],
      "178 kilo per invånare 2026, ner från 189 kilo 2025. Målet är högst 150 kilo 2030.",
      [fig(178, "kg", "178")]),
    q("Hur stor andel av matavfallet sorterades ut i Ilmsjö året innan, alltså 2025?", "sv", "figure", B, 3,
      ["1 Andel av matavfallet som sorteras ut, % 52,4 55,1 58,3 70,0"],
      "55,1 procent 2025 (58,3 procent 2026; målet för 2030 är 70 procent).",
      [fig(55.1, "procent", "55,1")]),
    q("Vilka åtgärder i Ilmsjös avfallsplan ligger efter tidplanen?", "sv", "list", B, 3,
      ["Återbruksbod vid Mossbrunns återvinningscentral Försenad"],
      "Tre åtgärder är försenade: återbruksboden vid Mossbrunns återvinningscentral, kraven på återbruk vid rivning "
      "av kommunens byggnader och den nya återvinningscentralen i Trågsta.",
      items=["Återbruksbod vid Mossbrunns återvinningscentral", "Krav på återbruk vid rivning",
             "Ny återvinningscentral i Trågsta"]),
    q("Which waste plan actions led by Ilmsjö Renhållning AB were still in progress at the end of 2026?", "en",
      "list", B, 3, ["Fyrfackskärl för förpackningar till alla villor Pågår"],
      "Two: four-compartment bins for all detached houses and the information campaign on hazardous waste.",
      items=["Fyrfackskärl för förpackningar till alla villor", "Informationskampanj om farligt avfall"]),
    q("Varför har bygget av återvinningscentralen i Trågsta i Ilmsjö skjutits fram?", "sv", "passage", B, 4,
      ["grannar till den planerade anläggningen har överklagat detaljplanen"],
      "Grannar har överklagat detaljplanen till mark- och miljödomstolen, och bolaget kan inte börja bygga förrän "
      "planen har vunnit laga kraft."),
    none("Hur mycket matavfall samlade Ilmsjö in 2021?", "sv"),
    none("Vad kostade insamlingen av textil i Ilmsjö under 2026?", "sv"),
    none("Vilka avfallsfraktioner i Ilmsjö ökade med mer än 50 procent från 2025 till 2026?", "sv"),

    # ------------------------------------------------------------ (c) Timsala, kommunkoncernens bolag 2026
    q("Hur stor var omsättningen i Timsala Energi AB 2025?", "sv", "figure", C, 2,
      ["Nettoomsättning, mnkr 412,6 (455,3) Resultat efter finansiella poster, mnkr 38,9 (52,4)"],
      "455,3 mnkr 2025. År 2026 minskade omsättningen till 412,6 mnkr.",
      [fig(455.3, "mnkr", "455,3")]),
    q("How many employees did Timsalabostäder AB in Timsala have on average in 2026?", "en", "figure", C, 2,
      ["Ägarens krav på soliditet minst 15 % Medelantal anställda under året 64 (61)"],
      "64 employees on average in 2026, up from 61 in 2025.",
      [fig(64, "antal", "64")]),
    q("Vilket sammanlagt resultat gjorde Timsalas kommunala bolag 2026?", "sv", "figure", C, 1,
      ["Det sammanlagda resultatet efter finansiella poster blev 57,5 mnkr"],
      "57,5 mnkr efter finansiella poster, mot 65,0 mnkr 2025 och 60,0 mnkr i budgeten.",
      [fig(57.5, "mnkr", "57,5")]),
    q("Vilka bolag i Timsalas kommunkoncern gick med förlust 2026?", "sv", "list", C, 2,
      ["Resultat efter finansiella poster, mnkr −1,8 (−2,3)"],
      "Två: Timsala Stadshus AB (−1,8 mnkr) och Timsala Industrilokaler AB (−3,6 mnkr).",
      items=["Timsala Stadshus AB", "Timsala Industrilokaler AB"]),
    q("Vilka krav vill kommunstyrelsen i Timsala ställa på Timsala Energi AB i ägardirektiven för 2027?", "sv",
      "list", C, 4, ["Särskilda direktiv för Timsala Energi AB"],
      "Tre: en utdelning på 12,0 mnkr till Timsala Stadshus AB, fjärrvärme helt utan fossila bränslen från 2028 och "
      "en utredning av en solcellspark som ska redovisas senast den 30 november 2027.",
      items=["bolaget ska lämna en utdelning på 12,0 mnkr", "fjärrvärmen ska produceras helt utan fossila bränslen",
             "bolaget ska utreda en solcellspark på kommunens mark"]),
    none("Hur stor omsättning hade Timsala Energi AB 2023?", "sv"),
    none("Which of Timsala's municipal companies had more than 200 employees in 2026?", "en"),

    # ------------------------------------------------------------ (d) Region Tyrvalla, ambulanssjukvården 2026
    q("Vilken medianresponstid hade prio 1-larmen i Dunvik enligt Region Tyrvallas rapport?", "sv", "figure", D, 2,
      ["Dunvik Tätort 1 205 10,9 11,3 24,2 1 560 17,8 18,9 39,7"],
      "11,3 minuter 2026 (10,9 minuter 2025). Målet är högst 12,0 minuter.",
      [fig(11.3, "min", "11,3")]),
    q("What was the 90th percentile response time for priority 2 calls in Tornfjäll, Region Tyrvalla, in 2026?", "en",
      "figure", D, 2, ["Tornfjäll Glesbygd 287 19,6 21,3 41,8 364 28,5 30,2 58,6"],
      "58.6 minutes, well above the target of at most 45.0 minutes.",
      [fig(58.6, "min", "58,6")]),
    q("Hur stor blev nettokostnaden för ambulanssjukvården i Region Tyrvalla 2026 jämfört med budget?", "sv",
      "figure", D, 1, ["Nettokostnaden blev 486,3 mnkr, vilket är 8,3 mnkr mer än budgeten"],
      "486,3 mnkr, 8,3 mnkr mer än budgeten på 478,0 mnkr (461,9 mnkr 2025).",
      [fig(486.3, "mnkr", "486,3")]),
    q("I vilka ambulansområden i Region Tyrvalla var medianen för prio 1 längre än målet 2026?", "sv", "list", D, 2,
      ["Irsjö Landsbygd 612 14,1 13,6 28,9 845 21,4 20,8 44,1"],
      "Fyra: Irsjö (13,6 minuter), Mörkedal (17,1), Tornfjäll (21,3) och Idsälja (19,8). Målet är högst 12,0 minuter.",
      items=["Irsjö Landsbygd 612", "Mörkedal Landsbygd 498", "Tornfjäll Glesbygd 287", "Idsälja Glesbygd 246"]),
    q("In which areas of Region Tyrvalla did the median response time for priority 2 get longer from 2025 to 2026?",
      "en", "list", D, 2, ["Mörkedal Landsbygd 498 15,2 17,1 33,5 702 23,9 24,6 49,2"],
      "Four: Medvik (16.2 → 17.1), Dunvik (17.8 → 18.9), Mörkedal (23.9 → 24.6) and Tornfjäll (28.5 → 30.2).",
      items=["Medvik Tätort 1 842", "Dunvik Tätort 1 205", "Mörkedal Landsbygd 498", "Tornfjäll Glesbygd 287"]),
    q("Why did response times get longer in Mörkedal in Region Tyrvalla?", "en", "passage", D, 3,
      ["stationen i Mörkedal från maj bara kunde bemanna en ambulans nattetid"],
      "From May the station in Mörkedal could staff only one ambulance at night after two nurses had left, so night "
      "calls were often answered by an ambulance from Dunvik."),
    none("Hur lång var medianresponstiden för prio 3 i Medvik i Region Tyrvalla 2026?", "sv"),
    none("Hur lång var responstiden i median för prio 1-larm i Idsälja i Region Tyrvalla 2024?", "sv"),
    none("Vilka områden i Region Tyrvalla hade fler än 2 500 uppdrag med prio 1 under 2026?", "sv"),

    # ------------------------------------------------------------ (e) Mjösunda, kommunfullmäktige 2027-04-26
    q("Hur stort överskott fick Mjösunda kommun 2026 enligt årsredovisningen som fullmäktige godkände?", "sv",
      "figure", E, 2, ["Kommunens resultat för 2026 blev ett överskott på 24,6 mnkr"],
      "24,6 mnkr, jämfört med det budgeterade resultatet på 15,0 mnkr och 31,2 mnkr 2025.",
      [fig(24.6, "mnkr", "24,6")]),
    q("How much may the new preschool in Idborg cost after the council in Mjösunda raised the investment limit?",
      "en", "figure", E, 2, ["höja investeringsramen för förskolan i Idborg till 64,5 mnkr"],
      "64.5 million kronor, up from the earlier frame of 52.0 million; decided by 27 votes to 18.",
      [fig(64.5, "mnkr", "64,5")]),
    q("När lämnades medborgarförslaget om ljus längs gångvägen i Mjösundas hamn in?", "sv", "figure", E, 3,
      ["Belysning på gångvägen vid Mjösunda hamn Irma Tapper 2025-12-15"],
      "Den 15 december 2025 (av Irma Tapper). Förslaget bereds av tekniska nämnden och är klart för beslut.",
      [fig("2025-12-15", "datum", "2025-12-15")]),
    q("Vilka motioner och medborgarförslag i Mjösunda som ännu inte är färdigberedda lämnades in före 2026?", "sv",
      "list", E, 3, ["Solceller på alla kommunala skolor Ivan Modig (MP) 2025-09-22"],
      "Fyra: motionen om solceller på skolorna (2025-09-22), medborgarförslaget om en hundrastgård i Tallhed "
      "(2025-10-06), motionen om fritidsklubben i Idborg (2025-11-24) och medborgarförslaget om belysning vid hamnen "
      "(2025-12-15).",
      items=["Motion Solceller på alla kommunala skolor", "Medborgarförslag Hundrastgård i Tallhed",
             "Motion Fler platser på fritidsklubben", "Medborgarförslag Belysning på gångvägen vid"]),
    q("Vilka medborgarförslag i Mjösunda bereds av tekniska nämnden?", "sv", "list", E, 3,
      ["Hundrastgård i Tallhed Maja Dufva 2025-10-06* Tekniska nämnden"],
      "Sex: hundrastgård i Tallhed, belysning vid Mjösunda hamn, laddstolpar vid Tallheds skola, farthinder på "
      "Mjösundavägen, fler bänkar längs strandpromenaden och en återvinningsstation i Tallhed.",
      items=["Medborgarförslag Hundrastgård i Tallhed", "Medborgarförslag Belysning på gångvägen vid",
             "Medborgarförslag Laddstolpar vid Tallheds skola", "Medborgarförslag Farthinder på Mjösundavägen",
             "Medborgarförslag Fler bänkar längs strandpromenaden", "Medborgarförslag Återvinningsstation i Tallhed"]),
    q("Varför sa fullmäktige i Mjösunda nej till förslaget om gratis bussresor för äldre?", "sv", "passage", E, 2,
      ["regionen redan erbjuder pensionärer ett rabatterat periodkort"],
      "Regionen erbjuder redan pensionärer ett rabatterat periodkort, och en kommunal avgiftsfrihet skulle kosta "
      "omkring 2,4 mnkr per år utan att någon besparing görs på annat håll."),
    none("Hur många ledamöter sitter i kommunfullmäktige i Mjösunda?", "sv"),
    none("Vilka motioner i Mjösunda som väntar på beslut lämnades in under 2024?", "sv"),

    # ------------------------------------------------------------ (f) Dunhamra, lokalförsörjningsplan (p. 3 scanned)
    q("Hur stor yta har Tallgårdens äldreboende i Dunhamra?", "sv", "figure", F, 2,
      ["Tallgårdens äldreboende Särskilt boende 1992 5 410 D Renovering av kök och badrum"],
      "5 410 kvadratmeter (bruksarea). Byggnaden är från 1992 och har energiklass D.",
      [fig(5410, "m²", "5 410")]),
    q("Hur mycket underhåll planerar Dunhamra för sporthallen 2029?", "sv", "figure", F, 3,
      ["Dunhamra sporthall Fasad och golv 240 310 1 480 1 720 195 3 945"],
      "1 480 tkr 2029 (fasad och golv). År 2030 är 1 720 tkr planerade.",
      [fig(1480, "tkr", "1 480")]),
    q("What is the total planned maintenance for Ingeborgsskolan in Dunhamra over 2027–2031?", "en", "figure", F, 3,
      ["Ingeborgsskolan Skolgård och staket 820 350 470 530 615 2 785"],
      "2,785 thousand kronor in total for 2027–2031, the largest item being the schoolyard and fence.",
      [fig(2785, "tkr", "2 785")]),
    q("Vilka byggnader i Dunhamra har planerat underhåll för mer än 500 tkr under 2027?", "sv", "list", F, 3,
      ["Tallgårdens äldreboende Kök och badrum 1 960 430 285 360 410 3 445"],
      "Tre: Ingeborgsskolan (820 tkr), Tallgårdens äldreboende (1 960 tkr) och Irisgårdens gruppbostad (535 tkr).",
      items=["Ingeborgsskolan Skolgård och staket 820", "Tallgårdens äldreboende Kök och badrum 1 960",
             "Irisgårdens gruppbostad Dörrautomatik och ramper 535"]),
    q("Which buildings in Dunhamra have more maintenance planned for 2031 than for 2027?", "en", "list", F, 3,
      ["Duvbergets förskola Målning utvändigt 70 265 85 90 105 615"],
      "Three: Timmervikens skola (95 → 150 tkr), Duvbergets förskola (70 → 105 tkr) and Medborgarhuset i Dunhamra "
      "(210 → 225 tkr).",
      items=["Timmervikens skola Löpande underhåll 95", "Duvbergets förskola Målning utvändigt 70",
             "Medborgarhuset i Dunhamra Hiss och brandlarm 210"]),
    none("Hur mycket underhåll har Dunhamra planerat för Mjölkbackens skola 2032?", "sv"),
    none("What is the annual energy use in kWh of Dunhamra sporthall?", "en"),
    none("Vilka byggnader i Dunhamra har energiklass A och är byggda före år 2000?", "sv"),
]


def main():
    assert len(Q) == 50, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"hs{51000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
