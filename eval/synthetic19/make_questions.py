"""Writes ../heldout_syn19.jsonl: 44 held-out gold questions (h19001–h19044) about the six synthetic19 PDFs.

16 figure, 12 list (11 conditional, 1 complete), 6 passage, 10 none; 33 in Swedish and 11 in English (4 English
figures, 3 English lists, 1 English passage, 3 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Questions
about page 2 of the Runnvik document refer to the SCANNED page (no text layer); their evidence is the text that
was rendered into the image (data.F_SCAN).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn19.jsonl"

A = "ormsvik-taxa-bygg-miljo-2027.pdf"
B = "ekvreta-delarsrapport-jan-aug-2027.pdf"
C = "uddmora-personalbokslut-2026.pdf"
D = "abrunna-kf-kallelse-2027-03-22.pdf"
E = "algesta-risk-och-sarbarhetsanalys-2027-2030.pdf"
F = "runnvik-forsaljning-alhagen-1-23.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Ormsvik, taxa 2027
    q("Vad kostar en timmes handläggning av miljöbalksärenden hos Ormsviks bygg- och miljönämnd 2027?",
      "sv", "figure", A, 1,
      ["Timavgiften för prövning och tillsyn enligt miljöbalken är 1 180 kronor"],
      "1 180 kronor per timme (2026: 1 120 kronor). För plan- och bygglovsärenden är timavgiften 1 340 kronor och "
      "för livsmedelskontroll 1 420 kronor.",
      [fig(1180, "kr", "1 180 kronor")]),
    q("What will a building permit for a new detached house of 150 to 249 square metres cost in Ormsvik in 2027?",
      "en", "figure", A, 2,
      ["2.1.2 Nybyggnad, bruttoarea 150–249 m² st 19 24 510 25 460"],
      "25,460 kronor (time factor 19 × 1,340 kronor). The same permit cost 24,510 kronor in 2026.",
      [fig(25460, "kr", "25 460")]),
    q("Vad fick man betala i Ormsvik 2026 för ett marklov när man ville schakta bort eller fylla ut mark?",
      "sv", "figure", A, 3,
      ["2.4.4 Marklov för schaktning eller fyllning st 6 7 740 8 040"],
      "7 740 kronor 2026 (timfaktor 6). År 2027 är avgiften 8 040 kronor.",
      [fig(7740, "kr", "7 740")]),
    q("Vilka lov och åtgärder enligt Ormsviks PBL-taxa för 2027 kostar mer än 20 000 kronor?",
      "sv", "list", A, 2,
      ["Tabell 1. Avgifter enligt plan- och bygglagen"],
      "Sju: nybyggnad av en- och tvåbostadshus i alla tre storlekar (21 440, 25 460 och 30 820 kr), nybyggnad av "
      "flerbostadshus och lokaler upp till 499 m² (50 920 kr), 500–1 999 m² (83 080 kr) och från 2 000 m² "
      "(grundavgift 107 200 kr) samt tillägget per påbörjat 1 000 m² över 2 000 m² (28 140 kr).",
      items=["2.1.1 Nybyggnad, bruttoarea högst 149 m²", "2.1.2 Nybyggnad, bruttoarea 150–249 m²",
             "2.1.3 Nybyggnad, bruttoarea 250 m² eller mer", "2.3.1 Nybyggnad, bruttoarea högst 499 m²",
             "2.3.2 Nybyggnad, bruttoarea 500–1 999 m²", "2.3.3 Nybyggnad, bruttoarea 2 000 m²",
             "2.3.4 Tillägg för varje påbörjat 1 000 m²"]),
    q("Vilka ärenden om avlopp och värmepumpar tar Ormsviks bygg- och miljönämnd betalt för enligt taxan?",
      "sv", "list", A, 3,
      ["Tabell 2. Avgifter enligt miljöbalken"],
      "Fyra: tillstånd för avloppsanordning för 1–5 hushåll (9 440 kr) och för 6–25 personekvivalenter (14 160 kr), "
      "anmälan om ändring av avloppsanordning (4 720 kr) och anmälan om värmepump (2 950 kr).",
      items=["3.1.1 Tillstånd, avloppsanordning för 1–5 hushåll", "3.1.2 Tillstånd, avloppsanordning för 6–25",
             "3.1.3 Anmälan om ändring av avloppsanordning", "3.1.4 Anmälan om värmepump"]),
    q("Vad händer med bygglovsavgiften i Ormsvik om nämnden inte håller tidsfristen för sitt beslut?",
      "sv", "passage", A, 1,
      ["minskas avgiften med en femtedel för varje påbörjad vecka som tidsfristen överskrids"],
      "Avgiften minskas med en femtedel för varje påbörjad vecka som tidsfristen överskrids (12 kap. 8 a § PBL)."),
    none("What hourly rate did Ormsvik's building and environment committee charge for planning cases in 2025?",
         "en"),
    none("Vad kostar bygglov för ett vindkraftverk enligt Ormsviks taxa?", "sv"),

    # ------------------------------------------------------------ (b) Ekvreta, delårsrapport jan–aug 2027
    q("Vilket resultat för helåret 2027 räknar Ekvreta kommun med i delårsrapporten?",
      "sv", "figure", B, 1,
      ["Helårsprognosen pekar på ett resultat om 14,2 mnkr"],
      "14,2 mnkr, vilket är 17,8 mnkr sämre än budgeterade 32,0 mnkr och lägre än prognosen i tertialrapport 1 "
      "(19,0 mnkr). Periodens resultat januari–augusti var 58,4 mnkr.",
      [fig(14.2, "mnkr", "14,2 mnkr")]),
    q("Vilken avvikelse mot budget prognostiserade kultur- och fritidsnämnden i Ekvreta i den första "
      "tertialrapporten?",
      "sv", "figure", B, 3,
      ["Kultur- och fritidsnämnden 71,9 70,6 +1,3 +0,8 45,0"],
      "Ett överskott på 0,8 mnkr (+0,8). I delårsrapporten har prognosen förbättrats till +1,3 mnkr.",
      [fig(0.8, "mnkr", "+0,8")]),
    q("How much did Ekvreta's education committee spend in net terms from January to August 2027?",
      "en", "figure", B, 2,
      ["Summa barn- och utbildningsnämnden 812,5 820,9 −8,4 −6,0 531,7"],
      "531.7 million kronor (mnkr) against a full-year budget of 812.5 mnkr; the committee forecasts a deficit of "
      "8.4 mnkr.",
      [fig(531.7, "mnkr", "531,7")]),
    q("Vilka nämnder och förvaltningar i Ekvreta räknar med ett överskott mot budget för helåret 2027?",
      "sv", "list", B, 2,
      ["Tabell 2. Driftredovisning per nämnd, januari–augusti 2027"],
      "Två: kommunledningsförvaltningen (+2,8 mnkr) och kultur- och fritidsnämnden (+1,3 mnkr).",
      items=["Kommunledningsförvaltningen 142,6 139,8 +2,8", "Kultur- och fritidsnämnden 71,9 70,6 +1,3"]),
    q("Which committees in Ekvreta forecast a full-year deficit of more than 5 million kronor?",
      "en", "list", B, 2,
      ["Tabell 2. Driftredovisning per nämnd, januari–augusti 2027"],
      "Three: the social services committee (−17.7 mnkr), the education committee (−8.4 mnkr) and the elderly "
      "care committee (−5.8 mnkr).",
      items=["Summa barn- och utbildningsnämnden 812,5 820,9", "Socialnämnden 326,8 344,5 −17,7",
             "Vård- och omsorgsnämnden 498,3 504,1 −5,8"]),
    q("Varför går socialnämnden i Ekvreta med underskott i år?",
      "sv", "passage", B, 2,
      ["fler placeringar av barn och unga i hem för vård eller boende"],
      "Främst på grund av fler placeringar av barn och unga i HVB och högre kostnader för ekonomiskt bistånd; "
      "antalet placerade barn har ökat från 14 till 21 sedan årsskiftet."),
    none("Hur mycket har Ekvreta kommun investerat under januari–augusti 2027?", "sv"),
    none("Vilken avvikelse mot budget hade socialnämnden i Ekvreta i delårsrapporten för 2026?", "sv"),

    # ------------------------------------------------------------ (c) Uddmora, personalbokslut 2026
    q("Hur stor var sjukfrånvaron bland män som var 50 år eller äldre i Uddmora 2025?",
      "sv", "figure", C, 3,
      ["Män 2024 4,2 4,9 6,3 5,4 2025 4,6 5,3 5,8 5,4"],
      "5,8 procent. År 2026 ökade den till 6,1 procent.",
      [fig(5.8, "procent", "5,8")]),
    q("How many permanent employees did the social services administration in Uddmora have at the end of 2026?",
      "en", "figure", C, 2,
      ["Socialförvaltningen 184 39 223 215 +8 83"],
      "223 (184 women and 39 men), eight more than the 215 a year earlier.",
      [fig(223, "antal", "223")]),
    q("Hur hög var sjukfrånvaron inom vård och omsorg i Uddmora 2026 enligt diagrammet över förvaltningarna?",
      "sv", "figure", C, 4,
      ["Vård och omsorg 9,6 9,1"],
      "9,1 procent av ordinarie arbetstid, jämfört med 9,6 procent 2025. Kommunens genomsnitt var 7,4 procent.",
      [fig(9.1, "procent", "9,1")]),
    q("Vilka förvaltningar i Uddmora hade fler tillsvidareanställda vid utgången av 2026 än ett år tidigare?",
      "sv", "list", C, 2,
      ["Förvaltning Kvinnor Män Totalt 2026 Totalt 2025 Förändring Andel kvinnor, %"],
      "Fyra: kommunledningsförvaltningen (+5), barn- och utbildningsförvaltningen (+19), socialförvaltningen (+8) "
      "och serviceförvaltningen (+4).",
      items=["Kommunledningsförvaltningen 98 46 144", "Barn- och utbildningsförvaltningen 712 168 880",
             "Socialförvaltningen 184 39 223", "Serviceförvaltningen 52 8 60"]),
    q("I vilka av Uddmoras förvaltningar är andelen kvinnor bland de tillsvidareanställda över 80 procent?",
      "sv", "list", C, 2,
      ["Förvaltning Kvinnor Män Totalt 2026 Totalt 2025 Förändring Andel kvinnor, %"],
      "Fyra: barn- och utbildningsförvaltningen (81 %), socialförvaltningen (83 %), vård- och "
      "omsorgsförvaltningen (87 %) och serviceförvaltningen (87 %).",
      items=["Barn- och utbildningsförvaltningen 712 168 880", "Socialförvaltningen 184 39 223",
             "Vård- och omsorgsförvaltningen 631 94 725", "Serviceförvaltningen 52 8 60"]),
    q("Why did sick leave go down among Uddmora's municipal employees in 2026?",
      "en", "passage", C, 1,
      ["flera långa sjukskrivningar inom vård och omsorg har avslutats efter arbetsträning",
       "tar tidig kontakt med företagshälsovården när en medarbetare har upprepad korttidsfrånvaro"],
      "Several long sick leaves in elderly care ended after work training, and since March 2026 managers contact "
      "the occupational health service early when an employee has repeated short-term absence."),
    none("Hur hög var sjukfrånvaron bland Uddmoras anställda 2023?", "sv"),
    none("Hur mycket betalade Uddmora kommun ut i sjuklön under 2026?", "sv"),

    # ------------------------------------------------------------ (d) Åbrunna, föredragningslista KF 2027-03-22
    q("Hur stor borgen för det kommunala bostadsbolaget föreslås Åbrunnas fullmäktige gå i för som mest?",
      "sv", "figure", D, 2,
      ["AB höjs från 365 mnkr till högst 420 mnkr"],
      "Högst 420 mnkr för Åbrunnabostäder AB, en höjning från 365 mnkr. Borgensavgiften är 0,4 procent.",
      [fig(420, "mnkr", "420 mnkr")]),
    q("Vilken dag ska protokollet från fullmäktigemötet i Åbrunna den 22 mars justeras?",
      "sv", "figure", D, 2,
      ["Justeringen äger rum tisdagen den 30 mars 2027 kl. 15.00"],
      "Tisdagen den 30 mars 2027 kl. 15.00 i kommunhuset.",
      [fig("2027-03-30", "datum", "30 mars 2027")]),
    q("Vilka motioner föreslås Åbrunnas kommunfullmäktige avslå i mars 2027?",
      "sv", "list", D, 3,
      ["Motionen avslås. Kostnaden beräknas till 2,4 mnkr per år"],
      "Två: Ove Rydéns (V) motion om avgiftsfri kollektivtrafik för personer över 75 år och Rasmus Åbergs (SD) "
      "motion om bättre belysning längs gång- och cykelvägar.",
      items=["13. Svar på motion från Ove Rydén", "15. Svar på motion från Rasmus Åberg"]),
    q("Which items on the agenda of Åbrunna's council meeting on 22 March will Olle Ringborg present?",
      "en", "list", D, 2,
      ["Föredragande: Olle Ringborg (S), samhällsbyggnadsnämndens ordförande"],
      "Four: the revised water and sewage tariff (item 8), the detailed plan for Ugglestad stage 2 (item 9), the "
      "motion on lighting along cycle paths (item 15) and the citizens' proposal for a dog park in Ugglestad "
      "(item 16).",
      items=["8. Ändrad VA-taxa från den 1 juli 2027", "9. Antagande av detaljplan för Ugglestad",
             "15. Svar på motion från Rasmus Åberg", "16. Svar på medborgarförslag om en hundrastgård"]),
    q("Vilka handlingar anmäls till Åbrunnas kommunfullmäktige vid sammanträdet i mars 2027?",
      "sv", "list", D, 4,
      ["Följande handlingar anmäls till kommunfullmäktige och finns tillgängliga i mötesappen"],
      "Fem: styrelseprotokoll från Åbrunnabostäder AB, revisionsrapporten om upphandlingar, kommunstyrelsens "
      "yttrande över den regionala transportplanen, rapporten om ej verkställda beslut och ett medborgarförslag "
      "om utegym vid Alvikens badplats.",
      items=["Protokoll från styrelsemöte i Åbrunnabostäder AB", "Revisionsrapport om kommunens upphandlingar",
             "Kommunstyrelsens yttrande över den regionala transportplanen", "Rapport om ej verkställda beslut",
             "Medborgarförslag om ett utegym vid Alvikens badplats"]),
    q("Vad ska marken användas till om Åbrunna köper fastigheten Ekhöjden 3:7?",
      "sv", "passage", D, 2,
      ["Marken ska användas för den nya skolan i Ekhöjden"],
      "För den nya skolan i Ekhöjden; kommunen föreslås köpa fastigheten för 12,8 mnkr."),
    none("How many members does Åbrunna's municipal council have?", "en"),

    # ------------------------------------------------------------ (e) Algesta, RSA 2027–2030
    q("Hur många av riskerna i Algestas analys av risker och sårbarheter har fått ett högt riskvärde?",
      "sv", "figure", E, 1,
      ["Av dem har 1 ett mycket högt riskvärde, 5 ett högt"],
      "Fem av de 16 riskerna har ett högt riskvärde (10–16). En risk, cyberangrepp, har ett mycket högt värde, nio "
      "ett medelhögt och en ett lågt.",
      [fig(5, "antal", "5 ett högt")]),
    q("När ska räddningstjänsten i Algesta ha uppdaterat insatsplanen för skogsbränder?",
      "sv", "figure", E, 3,
      ["övas med frivilliga resursgrupper Räddningstjänsten 2027-05-31"],
      "Senast 2027-05-31; planen ska också övas med frivilliga resursgrupper.",
      [fig("2027-05-31", "datum", "2027-05-31")]),
    q("Vilka risker har Algesta placerat i matrisrutan för sannolikhet 2 och konsekvens 4?",
      "sv", "list", E, 3,
      ["Tabell 2. Riskregister med åtgärder 2027–2030"],
      "Tre risker med riskvärde 8: pandemi eller allvarlig epidemi (R6), olycka med farligt gods på länsväg 640 "
      "(R10) och brand i särskilt boende (R16).",
      items=["R6 Pandemi eller allvarlig epidemi", "R10 Olycka med farligt gods", "R16 Brand i särskilt boende"]),
    q("Vilka riskreducerande åtgärder i Algestas RSA ska vara genomförda under 2027?",
      "sv", "list", E, 3,
      ["Tabell 2. Riskregister med åtgärder 2027–2030"],
      "Sju: reservkraft (R1, 2027-10-31), insatsplan för skogsbrand (R4, 2027-05-31), skydd mot cyberangrepp "
      "(R5, Q4 2027), bemanningsplaner (R7, dec 2027), handlingsplan för värmebölja (R9, 2027-06-15), larm- och "
      "utrymningsrutiner i skolor (R11, dec 2027) och släcksystem på Almgården (R16, Q2 2027).",
      items=["R1 Långvarigt elavbrott 3 5", "R4 Skogsbrand 3 4", "R5 Cyberangrepp mot kommunens IT-system",
             "R7 Brist på personal vid", "R9 Värmebölja 3 3 9", "R11 Grovt våld i skolmiljö",
             "R16 Brand i särskilt boende"]),
    q("Which risk-reducing measures in Algesta's risk and vulnerability analysis is the elderly care "
      "administration (vård- och omsorgsförvaltningen) responsible for?",
      "en", "list", E, 3,
      ["Tabell 2. Riskregister med åtgärder 2027–2030"],
      "Three: a stock of protective equipment for a pandemic (R6, ongoing), a heatwave action plan (R9, "
      "2027-06-15) and automatic sprinklers at Almgården (R16, Q2 2027).",
      items=["R6 Pandemi eller allvarlig epidemi", "R9 Värmebölja 3 3 9", "R16 Brand i särskilt boende"]),
    q("Varför bedöms risken för översvämning vid Årlingsån som hög i Algesta?",
      "sv", "passage", E, 2,
      ["klimatförändringarna väntas ge fler skyfall och högre vinterflöden"],
      "Ån når redan i dag industriområdet Rasbacka vid höga flöden, och klimatförändringarna väntas ge fler "
      "skyfall och högre vinterflöden."),
    none("What is the estimated cost of the flood wall at Rasbacka in Algesta's risk analysis?", "en"),
    none("Hur bedöms risken för ras och skred längs Årlingsån i Algestas analys?", "sv"),

    # ------------------------------------------------------------ (f) Runnvik, Alhagen 1:23 (p. 2 scanned)
    q("Hur stor handpenning ska köparen av Alhagen betala till Runnviks kommun?",
      "sv", "figure", F, 2,
      ["köparen ska betala en handpenning om 685 000 kronor senast den 31 mars 2027"],
      "685 000 kronor, senast den 31 mars 2027 (köpeskillingen är 6 850 000 kronor).",
      [fig(685000, "kr", "685 000 kronor")]),
    q("When is the buyer to take possession of the former Alhagen preschool property in Runnvik?",
      "en", "figure", F, 2,
      ["att tillträde ska ske den 1 juni 2027"],
      "On 1 June 2027, according to the municipal executive board's decision of 2 March 2027 (§ 38).",
      [fig("2027-06-01", "datum", "1 juni 2027")]),
    q("Till vilket belopp värderades Alhagen-fastigheten i Runnvik innan den såldes?",
      "sv", "figure", F, 1,
      ["bedömer fastighetens marknadsvärde till 5 900 000 kronor"],
      "5 900 000 kronor enligt en extern värdering från december 2026. Det högsta budet var 6 850 000 kronor.",
      [fig(5900000, "kr", "5 900 000 kronor")]),
    q("Varför har Runnvik satt ett vite i villkoren för försäljningen av Alhagen?",
      "sv", "passage", F, 2,
      ["ska säkerställa att fastigheten bebyggs med bostäder inom rimlig tid"],
      "Vitet ska säkerställa att fastigheten bebyggs med bostäder inom rimlig tid och inte blir stående oanvänd; "
      "köparen ska påbörja minst 24 lägenheter senast den 31 december 2028, annars betalas 500 000 kronor."),
    none("Med hur många röster mot hur många beslutade kommunstyrelsen i Runnvik att sälja Alhagen?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"h{19000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
