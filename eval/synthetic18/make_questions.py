"""Writes ../train_syn18.jsonl: 64 gold questions (t18001–t18064) about the six synthetic18 PDFs.

26 figure, 16 list (14 conditional, 2 complete), 6 passage, 16 none; 48 in Swedish and 16 in English
(7 English figures, 5 English lists, 1 English passage, 3 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn18.jsonl"

A = "dammsjo-sn-delegationsbeslut-jan-feb-2027.pdf"
B = "knutsbro-investeringsplan-2027-2031.pdf"
C = "gelbacka-handlingsplan-psykisk-halsa-2027-2028.pdf"
D = "lovhammar-aldreomsorg-kvalitetsrapport-2026.pdf"
E = "nyedsbo-arsredovisning-2026-rakenskaper.pdf"
F = "klingstorp-kfn-verksamhetsplan-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Dammsjö, delegationsbeslut jan–feb 2027
    q("Vilket datum beslutade ordföranden i Dammsjös socialnämnd att omhänderta treåringen omedelbart?",
      "sv", "figure", A, 2,
      ["16 2027-02-04 Omedelbart omhändertagande, barn 3 år Omhändertas"],
      "Den 4 februari 2027 (2027-02-04), enligt 6 § LVU. Ordföranden hade också fattat ett liknande beslut om en "
      "15-åring den 21 januari.",
      [fig("2027-02-04", "datum", "2027-02-04")]),
    q("How much wrongly paid financial assistance did Dammsjö's social services decide to claim back?",
      "en", "figure", A, 2,
      ["14 2/2-27 Återkrav av felaktigt utbetalt ekonomiskt bistånd Återkrav 12 600"],
      "12,600 kronor, decided by the head of the individual and family care unit on 2 February 2027.",
      [fig(12600, "kr", "12 600")]),
    q("När fick en person i Dammsjö kontaktperson beviljad enligt LSS?",
      "sv", "figure", A, 2,
      ["20 15/2-27 Kontaktperson enligt LSS Bifall"],
      "Den 15 februari 2027 (skrivet 15/2-27); beslutet fattades av LSS-handläggaren.",
      [fig("2027-02-15", "datum", "15/2-27")]),
    q("Hur många av delegationsbesluten i Dammsjö under årets två första månader gällde äldreomsorgen?",
      "sv", "figure", A, 1,
      ["Av dem gällde 9 barn och unga, 9 ekonomiskt bistånd, 6 äldreomsorg"],
      "Sex av de 28 besluten. Nio gällde barn och unga, nio ekonomiskt bistånd och tre funktionsstöd.",
      [fig(6, "antal", "6 äldreomsorg")]),
    q("Vilka ansökningar fick avslag enligt Dammsjös redovisning av delegationsbeslut för januari och februari?",
      "sv", "list", A, 2,
      ["Nr Datum Ärende Beslut Belopp, kr Delegat Lagrum / punkt"],
      "Fem: ekonomiskt bistånd till tandvård (5/1-27), glasögon (26/1-27), hyresskuld (2027-02-01) och elskuld "
      "(24/2-27) samt en ansökan om särskilt boende (2027-02-11).",
      items=["2 5/1-27 Ekonomiskt bistånd, tandvård", "11 26/1-27 Ekonomiskt bistånd, glasögon",
             "13 2027-02-01 Ekonomiskt bistånd, hyresskuld", "19 2027-02-11 Särskilt boende, ansökan",
             "26 24/2-27 Ekonomiskt bistånd, elskuld"]),
    q("Which of the decisions in Dammsjö's delegation report were made by the chair or by the individual "
      "committee (individutskottet)?",
      "en", "list", A, 2,
      ["Nr Datum Ärende Beslut Belopp, kr Delegat Lagrum / punkt"],
      "Five: the LVU application to the administrative court (19/1-27), two emergency care orders by the chair "
      "(21 Jan and 4 Feb 2027), a foster-home placement (28 Jan 2027) and the ending of LVU care (25 Feb 2027).",
      items=["8 19/1-27 Ansökan om vård enligt LVU", "9 21 jan. 2027 Omedelbart omhändertagande",
             "12 28 jan. 2027 Placering i familjehem", "16 2027-02-04 Omedelbart omhändertagande",
             "27 25 feb. 2027 Upphörande av vård"]),
    q("Vilka delegationsbeslut i Dammsjö gällde ett belopp i kronor?",
      "sv", "list", A, 2,
      ["Nr Datum Ärende Beslut Belopp, kr Delegat Lagrum / punkt"],
      "Fem: hyra för januari (7 850 kr), begravningskostnad (18 400 kr), återkrav (12 600 kr), hyra för februari "
      "(8 120 kr) och spis och kylskåp (4 300 kr) – sammanlagt 51 270 kronor.",
      items=["1 2027-01-04 Ekonomiskt bistånd, hyra", "7 2027-01-18 Ekonomiskt bistånd, begravningskostnad",
             "14 2/2-27 Återkrav av felaktigt", "18 9 feb. 2027 Ekonomiskt bistånd",
             "22 2027-02-17 Ekonomiskt bistånd, spis"]),
    q("Varför var det ordföranden och inte utskottet som beslutade om omhändertagandena i Dammsjö?",
      "sv", "passage", A, 1,
      ["eftersom de inte kunde vänta till individutskottets nästa sammanträde"],
      "Besluten kunde inte vänta till individutskottets nästa sammanträde; de underställdes sedan "
      "förvaltningsrätten inom en vecka."),
    none("Hur många delegationsbeslut fattades inom Dammsjös socialtjänst i mars 2027?", "sv"),
    none("Vilka beslut om bostadsanpassningsbidrag togs på delegation i Dammsjö?", "sv"),
    none("How many members sit on the individual committee of Dammsjö's social services board?", "en"),

    # ------------------------------------------------------------ (b) Knutsbro, investeringsplan 2027–2031
    q("Hur mycket ska Knutsbro lägga på det nya äldreboendet Bäckliden under 2028?",
      "sv", "figure", B, 2,
      ["P201 Särskilt boende Bäckliden, 60 platser 195 000 9 800 45 000 88 000"],
      "88 000 tkr år 2028. Projektets totala budget är 195 000 tkr, varav 45 000 tkr planeras 2027.",
      [fig(88000, "tkr", "88 000")]),
    q("What is the total budget for the new bridge over the Knutsån in Knutsbro?",
      "en", "figure", B, 2,
      ["P404 Ny bro över Knutsån 36 000 1 500 – 4 000 21 500"],
      "36,000 tkr (36 million kronor), of which 1,500 tkr had been spent by the end of 2026; the largest share, "
      "21,500 tkr, falls in 2029.",
      [fig(36000, "tkr", "36 000")]),
    q("Hur mycket har Knutsbro redan gjort av med på reningsverksbygget till och med 2026?",
      "sv", "figure", B, 2,
      ["P501 Knutsbro reningsverk, utbyggnad 200 000 14 000 32 000"],
      "14 000 tkr har upparbetats. Den totala budgeten är 200 000 tkr, och 32 000 tkr planeras 2027.",
      [fig(14000, "tkr", "14 000")]),
    q("Hur stora skattefinansierade investeringar planerar Knutsbro för år 2029?",
      "sv", "figure", B, 3,
      ["varav skattefinansierat 647 800 46 800 193 400 222 300 137 300"],
      "137 300 tkr. Totalt planeras 225 800 tkr för 2029 inklusive vatten och avlopp.",
      [fig(137300, "tkr", "137 300")]),
    q("Med hur mycket går Knutsbros skattefinansierade investeringar över ramen år 2028?",
      "sv", "figure", B, 4,
      ["Under 2028 överskrids ramen med 22 300 tkr"],
      "Med 22 300 tkr: 222 300 tkr mot en ram på 200 000 tkr, eftersom Bäckliden och Dalgårdsskolan byggs "
      "samtidigt.",
      [fig(22300, "tkr", "22 300 tkr")]),
    q("Vilka projekt i Knutsbros investeringsplan har utgifter inplanerade ända till 2031?",
      "sv", "list", B, 2,
      ["Nr Projekt Total budget Upparb. t.o.m. 2026 Planerade utgifter, tkr"],
      "Fem: skolgårdarna (2 000 tkr), huvudbiblioteket (9 000 tkr), beläggningsunderhållet (8 000 tkr), "
      "förnyelsen av vattenledningsnätet (10 000 tkr) och IT-infrastrukturen (3 000 tkr).",
      items=["P104 Skolgårdar, upprustning 10 000", "P303 Huvudbiblioteket, ombyggnad 13 500",
             "P402 Beläggningsunderhåll 37 000", "P503 Förnyelse av vattenledningsnätet",
             "P601 IT-infrastruktur och nätverk"]),
    q("Which projects in Knutsbro's investment plan have a total budget above 50 million kronor?",
      "en", "list", B, 2,
      ["Nr Projekt Total budget Upparb. t.o.m. 2026 Planerade utgifter, tkr"],
      "Four: the new Dalgårdsskolan (176,000 tkr), Förskolan Blåklockan (69,000 tkr), the Bäckliden care home "
      "(195,000 tkr) and the sewage works extension (200,000 tkr).",
      items=["P101 Nybyggnad Dalgårdsskolan F–6", "P102 Förskolan Blåklockan, åtta avdelningar",
             "P201 Särskilt boende Bäckliden", "P501 Knutsbro reningsverk, utbyggnad"]),
    q("Vilka prioriteringar har kommunstyrelsen i Knutsbro gjort för investeringarna under planperioden?",
      "sv", "list", B, 1,
      ["Kommunstyrelsen har pekat ut följande prioriteringar för planperioden"],
      "Fem: Dalgårdsskolan klar till hösten 2029, Bäckliden före övriga byggprojekt, reningsverket enligt det nya "
      "miljötillståndet och finansierat med VA-taxan, bron över Knutsån 2028–2030 och ombyggnaden av "
      "huvudbiblioteket framskjuten till 2030.",
      items=["Nya Dalgårdsskolan ska stå klar", "Särskilt boende Bäckliden prioriteras före",
             "Utbyggnaden av reningsverket ska genomföras", "Bron över Knutsån byggs 2028–2030",
             "Ombyggnaden av huvudbiblioteket skjuts till 2030"]),
    q("Varför måste Knutsbro bygga ut sitt reningsverk?",
      "sv", "passage", B, 4,
      ["det nya miljötillståndet från 2029 ställer skärpta krav på utsläpp av kväve och fosfor"],
      "Det nya miljötillståndet från 2029 skärper kraven på utsläpp av kväve och fosfor, och anslutningen av "
      "Lillnäs ökar belastningen."),
    none("Vad beräknas den nya sporthallen i Lillnäs kosta enligt Knutsbros investeringsplan?", "sv"),
    none("Hur mycket planerar Knutsbro att investera år 2032?", "sv"),

    # ------------------------------------------------------------ (c) Gelbäcka, handlingsplan psykisk hälsa
    q("Vad kostar samtalsmottagningen för unga i Gelbäcka under 2028?",
      "sv", "figure", C, 2,
      ["lokal i Gelbäcka centrum Socialförvaltningen kv 1 2028 800 1 600"],
      "1 600 tkr år 2028, mot 800 tkr 2027. Mottagningen ska vara klar första kvartalet 2028.",
      [fig(1600, "tkr", "1 600")]),
    q("What share of girls in year 9 in Gelbäcka said in the 2025 survey that they often feel low?",
      "en", "figure", C, 1,
      ["uppgav 41 procent av flickorna och 19 procent av pojkarna i årskurs 9"],
      "41 per cent of the girls (19 per cent of the boys); in 2022 the shares were 34 and 17 per cent.",
      [fig(41, "procent", "41 procent")]),
    q("Hur mycket kostar Gelbäckas handlingsplan för ungas psykiska hälsa första året?",
      "sv", "figure", C, 4,
      ["Åtgärderna beräknas kosta 4 700 tkr 2027 och 5 220 tkr 2028"],
      "4 700 tkr 2027; 2028 kostar den 5 220 tkr, sammanlagt 9 920 tkr.",
      [fig(4700, "tkr", "4 700 tkr")]),
    q("Hur stor del av kostnaderna för Gelbäckas handlingsplan betalas med statsbidrag varje år?",
      "sv", "figure", C, 4,
      ["finansieras 1 200 tkr per år med det statliga bidraget"],
      "1 200 tkr per år kommer från det statliga bidraget för psykisk hälsa och suicidprevention; resten ryms i "
      "nämndernas ramar.",
      [fig(1200, "tkr", "1 200 tkr")]),
    q("Vilka åtgärder i Gelbäckas handlingsplan har socialförvaltningen ansvar för?",
      "sv", "list", C, 2,
      ["Nr Åtgärd Ansvarig Klart Kostnad, tkr 2027 2028"],
      "Fyra: föräldrastöd för tonårsföräldrar (Q3 2027), samtalsmottagningen för unga (kv 1 2028), den digitala "
      "KBT-kursen (Q4 2028) och samordnad individuell plan inom 30 dagar (Q2 2028).",
      items=["1.4 Föräldrastöd för tonårsföräldrar", "2.2 Samtalsmottagning för unga 13–21 år",
             "2.4 Digital KBT-kurs vid oro", "3.4 Samordnad individuell plan inom"]),
    q("Which measures in Gelbäcka's action plan are due to be completed by the end of June 2027?",
      "en", "list", C, 2,
      ["Nr Åtgärd Ansvarig Klart Kostnad, tkr 2027 2028"],
      "Three: youth centres open on Friday evenings (Q1 2027), the common routine for high absence (Q2 2027) and "
      "the joint management group for children's health (Q1 2027).",
      items=["1.3 Fritidsgårdar öppna fredagskvällar", "2.3 Gemensam rutin vid hög frånvaro",
             "3.1 Gemensam ledningsgrupp för barns hälsa"]),
    q("Vilka uppdrag ger fullmäktige socialnämnden i Gelbäckas handlingsplan?",
      "sv", "list", C, 1,
      ["Kommunfullmäktige har gett nämnderna följande uppdrag"],
      "Tre: att öppna en samtalsmottagning för unga 13–21 år, att erbjuda föräldrastöd till tonårsföräldrar och "
      "att samordnad individuell plan upprättas inom 30 dagar.",
      items=["att öppna en samtalsmottagning för unga", "att erbjuda föräldrastöd till föräldrar",
             "att samordnad individuell plan upprättas"]),
    q("Varför öppnar Gelbäcka inte samtalsmottagningen för unga förrän 2028?",
      "sv", "passage", C, 4,
      ["eftersom lokalen i Gelbäcka centrum behöver byggas om"],
      "Lokalen i Gelbäcka centrum måste byggas om, och mottagningen ska samlokaliseras med "
      "ungdomsmottagningen."),
    none("Hur mycket ska Gelbäcka lägga på skolpsykologerna under 2029?", "sv"),
    none("Hur många kuratorer ska Gelbäcka anställa enligt handlingsplanen?", "sv"),
    none("Hur stor andel av niorna i Gelbäcka blev behöriga till gymnasiet?", "sv"),

    # ------------------------------------------------------------ (d) Lövhammar, kvalitetsrapport äldreomsorg
    q("Hur stor andel av kvinnorna på Lingonbacken i Lövhammar var nöjda med boendet 2026?",
      "sv", "figure", D, 2,
      ["Lingonbacken 54 77 83 79 76 69 74 36 41"],
      "76 procent (2025: 77 procent). Bland männen var andelen 69 procent och totalt 74 procent.",
      [fig(76, "procent", "76")]),
    q("How many fall injuries were recorded at Kastanjen in Lövhammar in 2026?",
      "en", "figure", D, 2,
      ["men antalet fallskador ökade från 27 till 35"],
      "35, up from 27 in 2025. Kastanjen is the municipality's dementia care home.",
      [fig(35, "antal", "till 35")]),
    q("Hur många olika medarbetare mötte en hemtjänstbrukare i Kallmora i Lövhammar i snitt under två veckor 2026?",
      "sv", "figure", D, 3,
      ["Kallmora 58 14 17 90 89 76 80"],
      "17 olika medarbetare, jämfört med 14 året innan. Målet är högst 12.",
      [fig(17, "antal", "17")]),
    q("Hur stor andel av de boende i Lövhammars särskilda boenden var totalt sett nöjda 2026?",
      "sv", "figure", D, 1,
      ["Andel nöjda med sitt särskilda boende 2026 81 %"],
      "81 procent (80 procent 2025); kvinnor 82 och män 79 procent.",
      [fig(81, "procent", "81 %")]),
    q("Hur många brukare har hemtjänsten i Gryttje i Lövhammar 2026?",
      "sv", "figure", D, 3,
      ["Gryttje 64 12 13 88 91 83 92"],
      "64 brukare. Hela hemtjänsten har 350 brukare.",
      [fig(64, "antal", "Gryttje 64")]),
    q("Vilka äldreboenden i Lövhammar hade fler fallskador 2026 än året innan?",
      "sv", "list", D, 2,
      ["Kv Män Tot Kv Män Tot 2025 2026"],
      "Tre: Duvslaget (18 till 26), Kastanjen (27 till 35) och Lingonbacken (36 till 41).",
      items=["Duvslaget 32 80 71 77", "Kastanjen 24 67 60 64", "Lingonbacken 54 77 83 79"]),
    q("Which home-care areas in Lövhammar missed the target of at most 12 different staff members in 2026?",
      "en", "list", D, 3,
      ["Hemtjänstområde Brukare 2026, antal Personalkontinuitet, antal personal"],
      "Four of five: Lövhammar centrum (14), Gryttje (13), Kallmora (17) and Nolby (15); only Linsjöbo (9) met it.",
      items=["Lövhammar centrum 142 17 14", "Gryttje 64 12 13", "Kallmora 58 14 17", "Nolby 49 15 15"]),
    q("Vad förklarar att fallskadorna har blivit fler på Kastanjen i Lövhammar?",
      "sv", "passage", D, 4,
      ["nattbemanningen minskades från tre till två medarbetare under hösten"],
      "Fler boende har långt framskriden demenssjukdom och rör sig mycket nattetid, samtidigt som "
      "nattbemanningen minskades från tre till två medarbetare under hösten."),
    none("Hur nöjda var männen på Kastanjen i Lövhammar med sitt boende 2026?", "sv"),
    none("Hur nöjda var de boende i Lövhammars särskilda boenden år 2024?", "sv"),
    none("Hur lång är väntetiden till särskilt boende i Lövhammar?", "sv"),

    # ------------------------------------------------------------ (e) Nyedsbo, räkenskaper 2026
    q("Vilket resultat redovisade koncernen i Nyedsbo för 2026?",
      "sv", "figure", E, 2,
      ["Årets resultat 53,8 47,0 46,4 46,6"],
      "46,4 mnkr, mot 46,6 mnkr 2025. Kommunens eget resultat var 53,8 mnkr.",
      [fig(46.4, "mnkr", "46,4")]),
    q("How large were Nyedsbo municipality's tax revenues in 2025?",
      "en", "figure", E, 2,
      ["Skatteintäkter 1 362,8 1 309,4 1 362,8 1 309,4 4"],
      "1,309.4 million kronor (mnkr) in 2025, compared with 1,362.8 mnkr in 2026.",
      [fig(1309.4, "mnkr", "1 309,4")]),
    q("Hur stora var koncernens långfristiga skulder i Nyedsbo vid årsskiftet 2026/2027?",
      "sv", "figure", E, 3,
      ["Långfristiga skulder 863,4 843,7 2 199,4 2 114,4 10"],
      "2 199,4 mnkr per den 31 december 2026 (2 114,4 mnkr året innan). Kommunens egna var 863,4 mnkr.",
      [fig(2199.4, "mnkr", "2 199,4")]),
    q("Vilken soliditet har Nyedsbo kommun 2026 om hela pensionsskulden räknas med?",
      "sv", "figure", E, 1,
      ["Om hela pensionsåtagandet räknas in blir kommunens soliditet 20,1 procent"],
      "20,1 procent, jämfört med 17,5 procent 2025. Utan ansvarsförbindelsen är soliditeten 44,8 procent.",
      [fig(20.1, "procent", "20,1 procent")]),
    q("How much did Nyedsbo municipality pay in interest on its loans in 2026?",
      "en", "figure", E, 4,
      ["Räntor på lån −19,6 −15,8"],
      "19.6 mnkr, up from 15.8 mnkr in 2025 (note 7).",
      [fig(19.6, "mnkr", "−19,6")]),
    q("Vilka poster i Nyedsbos balansräkning har en hänvisning till en not?",
      "sv", "list", E, 3,
      ["Mnkr Kommunen Koncernen Not 2026 2025 2026 2025"],
      "Fyra: mark, byggnader och tekniska anläggningar (not 8), avsättningar för pensioner (not 9), långfristiga "
      "skulder (not 10) och kortfristiga skulder (not 11).",
      items=["Mark, byggnader och tekniska anläggningar", "Avsättningar för pensioner 92,7",
             "Långfristiga skulder 863,4 843,7", "Kortfristiga skulder 398,7 371,2"]),
    q("Vilka delposter bland statsbidragen och utjämningen ökade i Nyedsbo från 2025 till 2026?",
      "sv", "list", E, 4,
      ["Not 5 Generella statsbidrag och utjämning 2026 2025"],
      "Fyra: inkomstutjämningsbidraget, kostnadsutjämningsbidraget, regleringsbidraget och den kommunala "
      "fastighetsavgiften. LSS-utjämningen minskade.",
      items=["Inkomstutjämningsbidrag 312,4 296,0", "Kostnadsutjämningsbidrag 24,6 21,9", "Regleringsbidrag 18,3 9,7",
             "Kommunal fastighetsavgift 58,9 56,4"]),
    q("Varför gick det bättre ekonomiskt för Nyedsbo 2026 än 2025?",
      "sv", "passage", E, 1,
      ["Att intäkterna ökade snabbare än kostnaderna förklarar det förbättrade resultatet"],
      "Skatteintäkter och generella statsbidrag ökade med 4,5 procent medan nettokostnaderna ökade med 4,1 procent "
      "– intäkterna växte snabbare än kostnaderna."),
    none("Vilket resultat hade Nyedsbo kommun år 2024?", "sv"),
    none("What result did the housing company Nyedsbohem AB report on its own for 2026?", "en"),
    none("Vilken skattesats hade Nyedsbo kommun 2026?", "sv"),

    # ------------------------------------------------------------ (f) Klingstorp, KFN verksamhetsplan 2027
    q("Hur många e-medier lånades ut i Klingstorp under 2026?",
      "sv", "figure", F, 2,
      ["Utlån av e-medier, antal Utfall 2025 41 200", "Utfall 2026 47 350 Mål 2027 50 000"],
      "47 350 utlån, över målet på 45 000 (uppfyllt). År 2025 var det 41 200.",
      [fig(47350, "antal", "47 350")]),
    q("What target has Klingstorp set for the girls' share of participation in club activities for 2027?",
      "en", "figure", F, 2,
      ["Andel flickor av deltagartillfällena, % Utfall 2025 39 %", "Utfall 2026 40 % Mål 2027 43 %"],
      "43 per cent. The outcome was 40 per cent in 2026 against a target of 42 per cent (partly met).",
      [fig(43, "procent", "43 %")]),
    q("Hur mycket mer får idrott och anläggningar i Klingstorps kultur- och fritidsbudget 2027?",
      "sv", "figure", F, 3,
      ["Idrott och anläggningar 31 500 33 200 +1 700 +5,4"],
      "1 700 tkr mer, från 31 500 till 33 200 tkr (+5,4 procent).",
      [fig(1700, "tkr", "+1 700")]),
    q("Vilka indikatorer hos kultur- och fritidsnämnden i Klingstorp bedöms som ej uppfyllda för 2026?",
      "sv", "list", F, 2,
      ["Mål 2027 16 Status 2026 Ej uppfyllt"],
      "Tre: utställningar och arrangemang i konsthallen (12 mot 16), besök på fritidsgårdarna (20 300 mot 24 000) "
      "och föreningar som får aktivitetsbidrag (61 mot 70).",
      items=["Utställningar och arrangemang i konsthallen, antal", "Besök på fritidsgårdarna, antal",
             "Föreningar som får aktivitetsbidrag, antal"]),
    q("Which indicators of Klingstorp's culture and leisure committee were only partly met in 2026?",
      "en", "list", F, 2,
      ["Mål 2027 190 000 Status 2026 Delvis"],
      "Five: library visits, the share of children in the arts school, participation for ages 7–20, the girls' "
      "share of participation, and the waiting time for booking a sports hall.",
      items=["Besök på biblioteken, antal", "Andel barn 6–15 år i kulturskolan",
             "Deltagartillfällen för 7–20 år i föreningarna", "Andel flickor av deltagartillfällena",
             "Väntetid för bokning av idrottshall"]),
    q("Vilka av nämndens uppdrag i Klingstorp ska vara klara eller beslutade senast i juni 2027?",
      "sv", "list", F, 3,
      ["Utöver det löpande arbetet ger nämnden förvaltningen följande uppdrag"],
      "Tre: utredningen om öppettider i Långvreten (31 mars), trygghetsvandringarna (15 maj) och den nya modellen "
      "för aktivitetsbidrag (juni 2027).",
      items=["Utreda förlängda öppettider vid biblioteksfilialen", "Genomföra en trygghetsvandring vid varje",
             "Ta fram en ny modell för aktivitetsbidrag"]),
    q("Why have visits to the youth centres in Klingstorp gone down?",
      "en", "passage", F, 1,
      ["gården i Brandsjö har hållit stängt på kvällar under ombyggnaden"],
      "The youth centre in Brandsjö has been closed in the evenings during its renovation, and more young people "
      "join club activities instead."),
    none("Hur många besökare hade Klingstorps konsthall under 2026?", "sv"),
    none("What will it cost Klingstorp to build the new sports hall?", "en"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"t{18000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
