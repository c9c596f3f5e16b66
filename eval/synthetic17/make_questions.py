"""Writes ../heldout_syn17.jsonl: 44 HELD-OUT gold questions (h17001–h17044) about the six synthetic17 PDFs.

16 figure, 12 list (11 conditional, 1 complete list of one named list), 6 passage, 10 none; 33 in Swedish
and 11 in English (5 English figures, 2 English lists, 1 English passage, 3 English none). Items are written out
literally (not derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an
independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn17.jsonl"

A = "fridsmala-kf-protokoll-2026-11-23.pdf"
B = "region-hallvide-granskning-inhyrd-personal-2026.pdf"
C = "savlunda-delarsrapport-jan-aug-2026.pdf"
D = "malmvreta-skolresultat-ak9-2026.pdf"
E = "trastena-internkontrollplan-2027.pdf"
F = "vintersjo-trygghetsprogram-2027-2030.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Fridsmåla, KF-protokoll 2026-11-23
    q("Hur många ledamöter i Fridsmåla röstade emot kommunstyrelsens budgetförslag för 2027?",
      "sv", "figure", A, 3,
      ["Med 19 ja-röster mot 18 nej-röster beslutar fullmäktige att bifalla"],
      "18 ledamöter röstade nej (för M/KD-förslaget). Kommunstyrelsens förslag fick 19 ja-röster och 4 "
      "ledamöter avstod.",
      [fig(18, "antal", "18 nej-röster")]),
    q("What tax rate did the Moderates and the Christian Democrats propose for 2027 in the Fridsmåla budget "
      "debate?",
      "en", "figure", A, 2,
      ["skattesats på 21,64 kr och ett resultat 2027 på 38,2 mnkr"],
      "21.64 kronor per tax krona, compared with the unchanged 21.84 kronor in the executive board's proposal, "
      "which the council adopted.",
      [fig(21.64, "kr", "21,64 kr")]),
    q("Hur mycket ska Fridsmåla kommun investera år 2028 enligt budgetärendet i fullmäktige?",
      "sv", "figure", A, 2,
      ["Investeringarna uppgår till 286,4 mnkr 2027, 312,0 mnkr 2028 och 241,7 mnkr 2029"],
      "312,0 mnkr under 2028 (planen). För 2027 är investeringarna 286,4 mnkr och för 2029 241,7 mnkr.",
      [fig(312.0, "mnkr", "312,0 mnkr 2028")]),
    q("Vilka fullmäktigeledamöter i Fridsmåla lade ner sina röster när budgeten avgjordes?",
      "sv", "list", A, 3,
      ["ledamöter avstår från att rösta"],
      "Fyra: Håkan Olsson (C) samt Maja Kronberg, Nils Åberg (ersättare) och Sara Blom från Vänsterpartiet.",
      items=["32 Håkan Olsson C Ledamot", "34 Maja Kronberg V Ledamot", "35 Nils Åberg V Ersättare",
             "36 Sara Blom V Ledamot"]),
    q("Vilka ersättare tjänstgjorde och deltog i voteringen om budgeten i Fridsmålas fullmäktige den 23 november "
      "2026?",
      "sv", "list", A, 2,
      ["Nr Ledamot / tjänstgörande ersättare Parti Funktion Ja Nej Avstår"],
      "Tre: Sofia Wiklander (S, röstade ja), Fredrik Lind (M, röstade nej) och Nils Åberg (V, avstod).",
      items=["7 Sofia Wiklander S Ersättare", "18 Fredrik Lind M Ersättare", "35 Nils Åberg V Ersättare"]),
    q("Vilka ärenden skickades tillbaka för vidare beredning på fullmäktigemötet i Fridsmåla i november 2026?",
      "sv", "list", A, 5,
      ["147 Detaljplan för Tvärbäcken etapp 2 Återremiss"],
      "Två ärenden återremitterades: detaljplanen för Tvärbäcken etapp 2 (§ 147) och motionen om en fritidsbank "
      "(§ 149).",
      items=["147 Detaljplan för Tvärbäcken etapp", "149 Motion om fritidsbank i"]),
    q("Varför sa fullmäktige i Fridsmåla nej till Vänsterpartiets förslag om solpaneler på alla förskolor?",
      "sv", "passage", A, 4,
      ["solceller redan ingår i kommunens energiplan och sex av de tolv förskolorna"],
      "Därför att solceller redan ingår i kommunens energiplan och sex av de tolv förskolorna får solceller "
      "2027–2028 inom den befintliga investeringsbudgeten."),
    none("Hur stor är Fridsmåla kommuns samlade låneskuld i dag?", "sv"),
    none("What will the new Hjortronhagen preschool in Fridsmåla cost to run each year?", "en"),

    # ------------------------------------------------------------ (b) Region Hallvide, revisionsrapport
    q("Hur mycket betalade Region Hallvide för inhyrda sjuksköterskor under 2024?",
      "sv", "figure", B, 2,
      ["Sjuksköterskor 96,8 92,1 78,5 −13,6 31,8"],
      "92,1 mnkr. Kostnaden var 96,8 mnkr 2023 och sjönk till 78,5 mnkr 2025.",
      [fig(92.1, "mnkr", "92,1")]),
    q("By how much did Region Hallvide's spending on agency staff in 2025 exceed the level set in the budget?",
      "en", "figure", B, 1,
      ["de var 66,9 mnkr högre än den nivå på 180,0 mnkr"],
      "By 66.9 million kronor: the cost was 246.9 mnkr against a budgeted level of 180.0 mnkr.",
      [fig(66.9, "mnkr", "66,9 mnkr")]),
    q("Vilka kontrollfrågor bedömde revisorerna i Region Hallvide som inte uppfyllda alls?",
      "sv", "list", B, 3,
      ["bedömer vi att fyra är uppfyllda, tre delvis uppfyllda och tre ej uppfyllda"],
      "Tre: 2.3 (analyseras orsakerna till behovet), 3.2 (kontroll av fakturor mot avrop och arbetad tid) och "
      "3.3 (godkännande av avrop utanför avtal).",
      items=["2.3 Analyseras orsakerna till behovet", "3.2 Kontrolleras fakturor mot avrop",
             "3.3 Godkänns avrop utanför avtal"]),
    q("Vilka av revisorernas rekommendationer till Region Hallvide har fått hög prioritet?",
      "sv", "list", B, 2,
      ["Utifrån granskningen rekommenderar vi regionstyrelsen och hälso- och sjukvårdsnämnden att"],
      "Tre: handlingsplaner i alla förvaltningar (1), en utvecklad uppföljning med orsaker och effekter (2) och "
      "en systematisk kontroll av fakturerad tid (3).",
      items=["1. Säkerställa att samtliga förvaltningar", "2. Utveckla uppföljningen till regionstyrelsen",
             "3. Införa en systematisk kontroll"]),
    q("Varför anser revisorerna att Region Hallvide brister i kontrollen av fakturorna för hyrpersonal?",
      "sv", "passage", B, 4,
      ["fakturorna attesteras utan att den fakturerade tiden stäms av mot schema eller tidrapporter"],
      "Därför att fakturorna attesteras utan att den fakturerade tiden stäms av mot schema eller tidrapporter."),
    none("Hur mycket kostade inhyrd personal i Region Hallvide under 2022?", "sv"),
    none("How much did Region Hallvide spend on agency psychologists in 2025?", "en"),

    # ------------------------------------------------------------ (c) Sävlunda, delårsrapport jan–aug 2026
    q("Vilket resultat för helåret räknar Sävlunda kommun med i delårsbokslutet per augusti 2026?",
      "sv", "figure", C, 1,
      ["Helårsprognosen pekar på ett resultat på 18,6 mnkr"],
      "18,6 mnkr, vilket är 13,4 mnkr sämre än budgeterade 32,0 mnkr. I aprilprognosen var det 24,1 mnkr.",
      [fig(18.6, "mnkr", "18,6 mnkr")]),
    q("What was the net cost of Sävlunda's social services committee (socialnämnden) in January–August 2025?",
      "en", "figure", C, 2,
      ["Socialnämnden¹ −238,9 −253,1 −14,2 −166,4 −149,3 +11,5"],
      "149.3 million kronor (−149.3 mnkr), against 166.4 mnkr for the same period of 2026.",
      [fig(-149.3, "mnkr", "−149,3")]),
    q("Hur mycket pengar hade Sävlunda kommun lagt på investeringar fram till slutet av augusti 2026?",
      "sv", "figure", C, 3,
      ["Till och med augusti har 58,3 mnkr investerats och prognosen för helåret är 121,5 mnkr"],
      "58,3 mnkr. Budgeten för året är 186,0 mnkr och prognosen 121,5 mnkr.",
      [fig(58.3, "mnkr", "58,3 mnkr")]),
    q("Vilka nämnder i Sävlunda väntas klara helåret 2026 med ett överskott jämfört med sin budget?",
      "sv", "list", C, 2,
      ["Avvikelse = prognos minus budget. Negativa belopp är kostnader eller underskott."],
      "Tre: kommunstyrelsen (+2,5 mnkr), samhällsbyggnadsnämnden (+1,5 mnkr) och miljö- och byggnämnden "
      "(+0,7 mnkr).",
      items=["Kommunstyrelsen −148,6 −146,1 +2,5", "Samhällsbyggnadsnämnden −96,3 −94,8 +1,5",
             "Miljö- och byggnämnden −12,8 −12,1"]),
    q("Vilka nämnder i Sävlunda hade mer än fem procent högre nettokostnad under januari–augusti 2026 än "
      "samma period året innan?",
      "sv", "list", C, 2,
      ["Nämnd / post Helår 2026, mnkr Utfall januari–augusti, mnkr"],
      "Tre: socialnämnden (+11,5 %), kultur- och fritidsnämnden (+5,3 %) och överförmyndarnämnden (+12,9 %).",
      items=["Socialnämnden¹ −238,9 −253,1", "Kultur- och fritidsnämnden −64,2 −65,0",
             "Överförmyndarnämnden −4,6 −5,3"]),
    q("Hur kommer det sig att Sävlundas resultat för januari–augusti är så mycket bättre än prognosen för "
      "hela året?",
      "sv", "passage", C, 1,
      ["högre än för helåret eftersom semesterlöneskulden minskar under sommaren"],
      "Periodens resultat är högre än helårets eftersom semesterlöneskulden minskar under sommaren."),
    none("Vilken prognos hade kultur- och fritidsnämnden i Sävlunda i april 2026?", "sv"),
    none("How large is Sävlunda's investment budget for 2027?", "en"),

    # ------------------------------------------------------------ (d) Malmvreta, skolresultat åk 9
    q("Hur stor andel av flickorna på Mossängsskolan i Malmvreta blev behöriga till yrkesprogram 2025?",
      "sv", "figure", D, 2,
      ["Mossängsskolan 102 229,4 201,7 216,0 233,0 205,3 218,1 86,5 79,6 83,2"],
      "86,5 procent våren 2025 (pojkarna 79,6 och totalt 83,2 procent). År 2026 var andelen bland flickorna "
      "87,2 procent.",
      [fig(86.5, "procent", "86,5")]),
    q("What share of the boys at the Södra unit of Fältrevsskolan in Malmvreta qualified for a vocational "
      "programme in 2026?",
      "en", "figure", D, 2,
      ["Södra årskurs 7–9 51 247,9 230,5 239,6 251,2 226,4 239,0 95,8 90,9 93,5 96,2 88,0"],
      "88.0 percent in spring 2026 (90.9 percent in 2025); among girls it was 96.2 percent.",
      [fig(88.0, "procent", "88,0")]),
    q("Hur många elever lämnade årskurs 9 i Malmvretas skolor våren 2025?",
      "sv", "figure", D, 1,
      ["avslutade 498 elever årskurs 9 i kommunens skolor, jämfört med 457 våren 2025"],
      "457 elever våren 2025, jämfört med 498 våren 2026.",
      [fig(457, "antal", "457 våren 2025")]),
    q("Vilka skolenheter i Malmvreta fick en lägre total behörighet till yrkesprogram 2026 än 2025?",
      "sv", "list", D, 2,
      ["Fl = flickor, Po = pojkar, Tot = totalt."],
      "Fem: Hagtornsskolan (87,3 → 86,3), Fältrevsskolan enhet Norra (77,9 → 77,2), Fältrevsskolan enhet Södra "
      "(93,5 → 92,2), Malmvreta Montessoriskola (100,0 → 95,0) och Fyrbåksskolan Malmvreta (88,9 → 88,5).",
      items=["Hagtornsskolan 80 238,6", "Fältrevsskolan, enhet Norra årskurs 7–9",
             "Fältrevsskolan, enhet Södra årskurs 7–9", "Malmvreta Montessoriskola 20 258,3",
             "Fyrbåksskolan Malmvreta 61 242,5"]),
    q("What follow-up measures does Malmvreta's education administration list after the 2026 year-9 results?",
      "en", "list", D, 3,
      ["Alla kommunala skolenheter ska under läsåret 2026/27 analysera skillnaden"],
      "Three: every municipal school unit analyses the gap between girls' and boys' results and reports measures "
      "in its quality report; Fältrevsskolan's Norra unit gets a full-time special-needs teacher from the central "
      "pupil health service from January 2027; and the administration follows up pupils with high absence in "
      "years 7 and 8 every month.",
      items=["Alla kommunala skolenheter ska under", "Fältrevsskolan, enhet Norra får förstärkt",
             "Förvaltningen följer upp elever med"]),
    q("Varför redovisas vissa resultat i Malmvretas skoltabell bara med två punkter?",
      "sv", "passage", D, 1,
      ["eftersom enskilda elevers betyg annars skulle kunna röjas"],
      "Grupper med färre än 10 elever redovisas inte, eftersom enskilda elevers betyg annars skulle kunna röjas."),
    none("Hur stor andel av eleverna på Vitsippsskolan i Malmvreta blev behöriga till högskoleförberedande "
         "program 2026?", "sv"),

    # ------------------------------------------------------------ (e) Trästena, internkontrollplan 2027
    q("Vilket riskvärde har Trästena kommun gett risken att orosanmälningar inte förhandsbedöms i tid?",
      "sv", "figure", E, 3,
      ["Månadsvis Enhetschef barn och familj 3 4 12"],
      "Riskvärde 12 (sannolikhet 3 × konsekvens 4), alltså en hög risk. Kontrollen görs månadsvis.",
      [fig(12, "antal", "12")]),
    q("Senast vilket datum ska förvaltningarna i Trästena lämna delrapporten om månads- och kvartalskontrollerna?",
      "sv", "figure", E, 4,
      ["Delrapport Samtliga månads- och kvartalskontroller januari–april 2027-05-31"],
      "Senast den 31 maj 2027 (2027-05-31).",
      [fig("2027-05-31", "datum", "2027-05-31")]),
    q("Vilka kontroller inom socialförvaltningen i Trästena ska göras en gång i kvartalet?",
      "sv", "list", E, 3,
      ["Internkontrollplan 2027 – kontrollmoment per förvaltning (forts.)"],
      "Två: kontrollen av delegeringar i läkemedelshanteringen (nr 13) och genomgången av avrop av "
      "bemanningsföretag för hyrsjuksköterskor (nr 15).",
      items=["13 Läkemedelshantering Läkemedel hanteras i", "15 Hyrsjuksköterskor Avrop sker utanför avtal"]),
    q("Which risks in Trästena's internal control plan for 2027 have been given the highest risk value?",
      "en", "list", E, 2,
      ["Nr Process / rutin Risk Kontrollmoment Frekvens Ansvarig S K"],
      "Four risks have the value 12 (3 × 4): supplier invoices (1), absence reporting (7), reports of concern "
      "(12) and investment projects (18).",
      items=["1 Leverantörsfakturor Felaktiga utbetalningar", "7 Frånvarorapportering Långvarig frånvaro",
             "12 Orosanmälningar Förhandsbedömning görs", "18 Investeringsprojekt Projekt överskrider"]),
    q("Varför ska kontroller med riskvärde på 12 eller mer rapporteras till kommunstyrelsen oftare i Trästena?",
      "sv", "passage", E, 1,
      ["eftersom en brist där snabbt kan leda till felaktiga utbetalningar"],
      "Därför att en brist där snabbt kan leda till felaktiga utbetalningar eller allvarliga konsekvenser för "
      "enskilda; de rapporteras efter varje kvartal."),
    none("Vem ansvarar för kontrollen av kommunens leasingavtal i Trästenas internkontrollplan 2027?", "sv"),
    none("Hur många kontrollmoment innehöll Trästenas internkontrollplan för 2026?", "sv"),

    # ------------------------------------------------------------ (f) Vintersjö, trygghetsprogram 2027–2030
    q("Vilket mål har Vintersjö kommun satt till 2030 för andelen niondeklassare som utsatts för hot eller våld?",
      "sv", "figure", F, 2,
      ["hot eller våld det senaste året, % 14 (2023) 8 16 (2025)"],
      "Högst 8 procent 2030. Utgångsvärdet var 14 procent (2023) och det senaste värdet 16 procent (2025).",
      [fig(8, "procent", "8")]),
    q("What share of women in Vintersjö said they felt safe outdoors late in the evening in the latest survey?",
      "en", "figure", F, 1,
      ["57 procent av kvinnorna och 82 procent av männen känner sig trygga"],
      "57 percent of women (2025), compared with 82 percent of men; the target for all residents is 80 percent.",
      [fig(57, "procent", "57 procent")]),
    q("Från vilket år kommer utgångsvärdet för ungdomars deltagande i organiserad fritid i Vintersjös "
      "trygghetsprogram?",
      "sv", "figure", F, 2,
      ["fritidsverksamhet, % 46 (2021) 55 49 (2025)"],
      "Från 2021, då andelen var 46 procent. Målet för 2030 är 55 procent och senaste värdet 49 procent (2025).",
      [fig(2021, "år", "2021")]),
    q("Vilka av Vintersjös trygghetsindikatorer har försämrats jämfört med utgångsåret?",
      "sv", "list", F, 2,
      ["Sex av indikatorerna har utvecklats i rätt riktning sedan utgångsåret"],
      "Fem: tryggheten utomhus på kvällen totalt (71 → 68), bland kvinnor (60 → 57) och bland män (83 → 82), "
      "andelen niondeklassare utsatta för hot eller våld (14 → 16) och anmälda misshandelsbrott mot kvinnor i "
      "nära relation (88 → 97).",
      items=["1.1 Andel invånare som känner sig", "1.2 varav kvinnor, % 60", "1.3 varav män, % 83",
             "2.2 Andel elever i årskurs 9", "3.1 Anmälda misshandelsbrott mot kvinnor"]),
    q("Why does Vintersjö give priority to the path between the town centre and the station area?",
      "en", "passage", F, 1,
      ["eftersom nästan hälften av skadegörelsen sker där och många kvinnor uppger"],
      "Because almost half of the vandalism happens there and many women say they avoid the path when it is "
      "dark."),
    none("Hur många kameror ska sättas upp vid Vintersjö resecentrum?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"h{17000 + i}", **x}, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
