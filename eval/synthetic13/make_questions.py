"""Writes ../heldout_syn13.jsonl: 40 gold questions (h13001–h13040) about the five synthetic13 PDFs.

14 figure, 12 list (10 conditional, 2 complete), 6 passage, 8 none; 30 in Swedish and 10 in English
(4 English figures, 4 English lists, 1 English passage, 1 English none). Items are written out literally (not
derived from data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn13.jsonl"

A = "dungsjo-sn-manadsstatistik-2025.pdf"
B = "gnistorp-sammantradesplan-2026.pdf"
C = "brantnas-ks-upphandlingsplan-2026.pdf"
D = "region-norrhalla-lonekartlaggning-2025.pdf"
E = "kloverhamn-samradsredogorelse-dp-bruksangen.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Dungsjö, socialnämndens månadsstatistik 2025
    q("Hur många orosanmälningar kom in till socialtjänsten i Dungsjö under mars 2025?",
      "sv", "figure", A, 2,
      ["Orosanmälningar 98 87 112 105 118 96"],
      "112 orosanmälningar kom in i mars 2025, jämfört med 87 i februari och 105 i april. Under hela året kom "
      "1 271 anmälningar in.",
      [fig(112, "antal", "112")]),
    q("By how many thousand kronor did Dungsjö's payments of financial assistance (försörjningsstöd) exceed the "
      "budget in 2025?",
      "en", "figure", A, 1,
      ["41 826 tkr, vilket är 3 326 tkr mer än budgeterade 38 500 tkr"],
      "By 3,326 thousand kronor: 41,826 tkr was paid out against a budget of 38,500 tkr, which is also 10.3 "
      "percent more than in 2024.",
      [fig(3326, "tkr", "3 326 tkr")]),
    q("Hur många barn var i genomsnitt placerade i familjehem per månad i Dungsjö under 2024?",
      "sv", "figure", A, 2,
      ["Barn i familjehem 52 51 51 50 49", "46 46 snitt 49 54 −9,3"],
      "54 barn i genomsnitt per månad under 2024. År 2025 var snittet 49, en minskning med 9,3 procent.",
      [fig(54, "antal", "54")]),
    q("Vilka av Dungsjös mått för barn och unga blev lägre 2025 än 2024?",
      "sv", "list", A, 2,
      ["Inledda utredningar 34 31 38 36 40 33"],
      "Tre mått minskade: inledda utredningar (430 mot 446), barn i familjehem (snitt 49 mot 54) och barn på "
      "HVB (snitt 9 mot 12). Orosanmälningarna och öppenvårdsinsatserna ökade.",
      items=["Inledda utredningar 34 31 38", "Barn i familjehem 52 51", "Barn på HVB 11 11 10"]),
    q("Which of Dungsjö's measures for adults with substance abuse and for domestic violence increased from "
      "2024 to 2025?",
      "en", "list", A, 2,
      ["Anmälningar om missbruk 14 12 17 15 13"],
      "Three increased: reports of substance abuse (174 vs 161), new domestic-violence cases (127 vs 109) and "
      "care days in sheltered housing (819 vs 742). Adults in residential care and HVB care days for adults fell.",
      items=["Anmälningar om missbruk 14 12 17", "Nya ärenden om våld i nära relation",
             "Vårddygn i skyddat boende 64 58"]),
    q("Vilka åtgärder planerar Dungsjö kommuns socialnämnd för 2026?",
      "sv", "list", A, 4,
      ["Införa en gemensam mottagning för orosanmälningar med förhandsbedömning"],
      "Fem åtgärder: en gemensam mottagning för orosanmälningar, individuell planering för unga vuxna med "
      "försörjningsstöd, en plan för färre HVB-vårddygn för vuxna, månatlig uppföljning av ej verkställda "
      "LSS-beslut och statistik per kvartal uppdelad på kön och ålder.",
      items=["Införa en gemensam mottagning för orosanmälningar", "Utöka arbetet med arbetslinjen inom ekonomiskt "
             "bistånd", "Ta fram en plan för att minska", "Följa upp ej verkställda beslut enligt LSS",
             "Redovisa statistiken per kvartal också uppdelad"]),
    q("Vad förklarar att orosanmälningarna i Dungsjö ökade under hösten 2025?",
      "sv", "passage", A, 4,
      ["grundskolorna sedan september tillämpar en gemensam rutin för anmälan vid långvarig skolfrånvaro"],
      "Grundskolorna tillämpar sedan september en gemensam rutin för anmälan vid långvarig skolfrånvaro, och "
      "polisen skickar sedan oktober sina anmälningar digitalt direkt till socialtjänsten."),
    none("Hur många orosanmälningar tog socialtjänsten i Dungsjö emot under 2023?", "sv"),
    none("Hur lång var den genomsnittliga handläggningstiden för ansökningar om försörjningsstöd i Dungsjö 2025?",
         "sv"),

    # ------------------------------------------------------------ (b) Gnistorp, sammanträdesplan 2026
    q("Vilket är sista dagen att lämna in tjänsteskrivelser i Gnistorp inför fullmäktiges möte den 15 juni 2026?",
      "sv", "figure", B, 3,
      ["2026-06-15 2026-05-26 2026-05-12 2026-05-04 2026-06-05"],
      "Tjänsteskrivelserna ska ha kommit in senast 2026-05-04. Arbetsutskottet behandlar ärendena 2026-05-12, "
      "kommunstyrelsen 2026-05-26, och kungörelsen anslås senast 2026-06-05.",
      [fig("2026-05-04", "datum", "2026-05-04")]),
    q("Hur många sammanträden har socialnämnden i Gnistorp planerat in för 2026?",
      "sv", "figure", B, 2,
      ["Socialnämnden 29 26 26 23 21 18 – 27 24 22 19 10 11 13.00"],
      "Elva sammanträden, ett i varje månad utom juli, med början kl. 13.00.",
      [fig(11, "antal", "11")]),
    q("När håller Gnistorps nyvalda kommunfullmäktige sitt första möte efter valet 2026?",
      "sv", "figure", B, 3,
      ["Det nyvalda fullmäktige sammanträder för första gången den 26 oktober 2026"],
      "Den 26 oktober 2026. Valet hålls den 13 september, och de nya nämnderna tillträder den 1 januari 2027.",
      [fig("2026-10-26", "datum", "26 oktober 2026")]),
    q("Which of Gnistorp's committees and councils have meetings scheduled in July 2026?",
      "en", "list", B, 2,
      ["Miljö- och byggnadsnämnden 22 19 19 16 21 11 9 20"],
      "Three: the executive committee's working committee (28 July), the social services committee's "
      "individual committee (14 and 28 July) and the environment and building committee (9 July).",
      items=["Kommunstyrelsens arbetsutskott 13 17 17", "Socialnämndens individutskott 13, 27 10, 24",
             "Miljö- och byggnadsnämnden 22 19 19"]),
    q("Vilka organ i Gnistorp har sammanträden som börjar klockan 17 eller senare?",
      "sv", "list", B, 2,
      ["Ungdomsrådet – 3 – 14 – – – – 29 – 24 – 4 17.30"],
      "Fyra: kommunfullmäktige (kl. 18.30), kultur- och fritidsnämnden (18.00), demokratiberedningen (18.00) och "
      "ungdomsrådet (17.30).",
      items=["Kommunfullmäktige – 16 23", "Kultur- och fritidsnämnden – 11 –", "Demokratiberedningen – 5 – 9",
             "Ungdomsrådet – 3 – 14"]),
    q("Varför träffas inte Gnistorps kommunfullmäktige i september 2026?",
      "sv", "passage", B, 3,
      ["Kommunstyrelsen vill undvika att större ärenden avgörs mitt i valrörelsen"],
      "Det är valår: det avgående fullmäktige har sitt sista möte den 31 augusti och sammanträder sedan inte förrän "
      "efter valet den 13 september, eftersom större ärenden inte ska avgöras mitt i valrörelsen och kansliet "
      "behöver stödja valnämnden under september."),
    none("Hur stort arvode får ledamöterna i Gnistorps nämnder per sammanträde?", "sv"),

    # ------------------------------------------------------------ (c) Bräntnäs, upphandlingsplan 2026
    q("Hur mycket beräknas skolskjutsavtalet i Bräntnäs kosta per år?",
      "sv", "figure", C, 3,
      ["Skolskjuts och kompletteringstrafik BUN 14 800 88 800"],
      "14 800 tkr per år. Med avtalstiden 4+2 år blir värdet för hela avtalstiden 88 800 tkr.",
      [fig(14800, "tkr", "14 800")]),
    q("What is the combined estimated annual value of the recurring contracts in Bräntnäs's procurement plan for "
      "2026?",
      "en", "figure", C, 1,
      ["löpande avtalen har ett beräknat årsvärde på sammanlagt 113,3 mnkr"],
      "113.3 million kronor per year for the 22 recurring contracts; in addition there are 3 one-off purchases "
      "totalling 54.8 mnkr.",
      [fig(113.3, "mnkr", "113,3 mnkr")]),
    q("Hur många av Bräntnäs upphandlingar prövades i domstol under 2025?",
      "sv", "figure", C, 3,
      ["Totalt 4 upphandlingar överprövades i förvaltningsrätten, varav 1 ledde"],
      "Fyra upphandlingar överprövades i förvaltningsrätten, och en av dem ledde till att utvärderingen fick göras "
      "om. Av 24 planerade upphandlingar 2025 genomfördes 19.",
      [fig(4, "antal", "4 upphandlingar")]),
    q("Vilka upphandlingar ska kommunstyrelsen i Bräntnäs besluta om att starta?",
      "sv", "list", C, 2,
      ["Totalentreprenad förskolan Nyponet BUN – 46 000 engångsköp februari 2026 KS"],
      "Sju upphandlingar med ett värde över 25 000 tkr för hela avtalstiden: ramavtal byggentreprenader, "
      "förskolan Nyponet, städtjänster, snöröjning, livsmedel, skolskjuts och HVB-platser för ungdomar.",
      items=["Ramavtal byggentreprenader, mindre om- och tillbyggnader", "Totalentreprenad förskolan Nyponet",
             "Städtjänster skolor och förskolor, tre områden", "Snöröjning och halkbekämpning TN 6 100",
             "Livsmedel, kolonial och torrvaror", "Skolskjuts och kompletteringstrafik",
             "Köp av HVB-platser för ungdomar"]),
    q("Which Bräntnäs procurements are due to be advertised in the second quarter of 2026?",
      "en", "list", C, 2,
      ["Ramavtal VVS-tjänster TN 3 400 13 600 2+2 år kv 2 2026"],
      "Six: the cycle-path works (April), the VVS framework (Q2), window cleaning (May), snow clearing (June), "
      "groceries (Q2) and car leasing (May).",
      items=["Markentreprenad gång- och cykelväg Sågverksvägen", "Ramavtal VVS-tjänster TN 3 400",
             "Fönsterputs SeN 640", "Snöröjning och halkbekämpning TN 6 100", "Livsmedel, kolonial och torrvaror",
             "Leasing av personbilar SeN 3 100"]),
    q("Vilka IT-upphandlingar planerar Bräntnäs att genomföra under året?",
      "sv", "list", C, 2,
      ["IT och telefoni 18 Verksamhetssystem för elevhälsan"],
      "Fyra: verksamhetssystem för elevhälsan, mobiltelefoni och datakommunikation, leasing av datorer och "
      "surfplattor samt en plattform för e-tjänster.",
      items=["Verksamhetssystem för elevhälsan BUN 780", "Mobiltelefoni och datakommunikation SeN",
             "Datorer och surfplattor, leasing", "Plattform för e-tjänster SeN"]),
    q("Varför vill socialnämnden i Bräntnäs utreda ett eget HVB innan ungdomsplatserna upphandlas?",
      "sv", "passage", C, 3,
      ["ungdomarna placeras ofta långt från hemorten, vilket försvårar kontakten med familj och skola"],
      "Kostnaden per vårddygn har ökat kraftigt och ungdomarna placeras ofta långt från hemorten, vilket "
      "försvårar kontakten med familj och skola. Nämnden ska därför pröva ett eget HVB med sex platser."),
    none("Hur mycket sparade Bräntnäs kommun på sina upphandlingar under 2025?", "sv"),
    none("How many procurement officers are employed by Bräntnäs municipality?", "en"),

    # ------------------------------------------------------------ (d) Region Norrhälla, lönekartläggning 2025
    q("What was the average monthly salary of female specialist nurses in intensive care in Region Norrhälla?",
      "en", "figure", D, 2,
      ["Specialistsjuksköterska, intensivvård 226 58 47 930 49 860 96,1"],
      "47,930 kronor per month for the 226 women, against 49,860 kronor for the 58 men (96.1 percent); the gap "
      "is to be corrected.",
      [fig(47930, "kr", "47 930")]),
    q("Hur stor var de kvinnliga överläkarnas lön i procent av de manliga överläkarnas i Region Norrhälla?",
      "sv", "figure", D, 2,
      ["Överläkare 268 301 89 400 95 700 93,4 Fördjupad analys"],
      "93,4 procent: kvinnorna hade 89 400 kronor och männen 95 700 kronor i månaden. En fördjupad analys ska "
      "göras.",
      [fig(93.4, "procent", "93,4")]),
    q("Hur mycket pengar avsätter Region Norrhälla totalt för att rätta till osakliga löneskillnader 2026?",
      "sv", "figure", D, 4,
      ["Regionen avsätter sammanlagt 7 000 tkr för lönejusteringar i löneöversynen 2026"],
      "7 000 tkr, varav 1 310 tkr för specialistsjuksköterskor inom intensivvården, 540 tkr för psykologer och "
      "5 150 tkr för grupperna i jämförelsen av likvärdiga arbeten.",
      [fig(7000, "tkr", "7 000 tkr")]),
    q("I vilka yrkesgrupper i Region Norrhälla tjänade kvinnorna mindre än 96 procent av männens lön?",
      "sv", "list", D, 2,
      ["Psykolog 96 31 46 100 48 300 95,4 Åtgärd"],
      "Tre grupper: psykologer (95,4 procent), överläkare (93,4) och drifttekniker (95,7).",
      items=["Psykolog 96 31 46 100", "Överläkare 268 301 89 400", "Drifttekniker 9 74 38 200"]),
    q("För vilka kvinnodominerade yrken i Region Norrhälla ger jämförelsen med likvärdigt arbete en "
      "lönejustering?",
      "sv", "list", D, 3,
      ["Medicinsk sekreterare 312 32 920 IT-tekniker 305 40 650 −7 730 Åtgärd"],
      "Tre: medicinska sekreterare (jämfört med IT-tekniker), sjuksköterskor i slutenvården (jämfört med "
      "byggprojektledare) och specialistundersköterskor (jämfört med elektriker).",
      items=["Medicinsk sekreterare 312 32 920", "Sjuksköterska, slutenvård 420 41 440",
             "Specialistundersköterska 320 34 130"]),
    q("Why does Region Norrhälla regard the pay gap between female and male controllers as justified?",
      "en", "passage", D, 3,
      ["männen i gruppen i genomsnitt har elva års längre erfarenhet inom ekonomiområdet"],
      "Because the men have on average eleven years' more experience in finance and three of them have extended "
      "responsibility for following up the region's investments."),
    none("Hur stor var löneskillnaden mellan kvinnor och män i Region Norrhälla 2023?", "sv"),
    none("Vad var medianlönen för sjuksköterskor i Region Norrhälla 2025?", "sv"),

    # ------------------------------------------------------------ (e) Klöverhamn, samrådsredogörelse Bruksängen
    q("Hur många yttranden lämnades in under samrådet om Bruksängen i Klöverhamn?",
      "sv", "figure", E, 1,
      ["Totalt kom 21 yttranden in, varav 13 från myndigheter"],
      "21 yttranden: 13 från myndigheter, nämnder och bolag och 8 från sakägare, föreningar och privatpersoner. "
      "Fem hade inga synpunkter.",
      [fig(21, "antal", "21 yttranden")]),
    q("How many homes does Klöverhamn's Bruksängen plan allow after the changes made following the consultation?",
      "en", "figure", E, 1,
      ["planen nu medger högst 118 bostäder i stället för cirka 140"],
      "At most 118 homes, down from about 140 in the consultation draft.",
      [fig(118, "antal", "118 bostäder")]),
    q("Which bodies that responded to Klöverhamn's Bruksängen consultation had no comments on the plan?",
      "en", "list", E, 2,
      ["4 Försvarsmakten 2026-03-05 Inga synpunkter"],
      "Five: the Armed Forces, the Police, the culture and leisure committee, Klöverhamns Energi AB and "
      "Klöverhamnsbostäder AB.",
      items=["Försvarsmakten 2026-03-05 Inga synpunkter", "Polismyndigheten 2026-03-30 Inga synpunkter",
             "Kultur- och fritidsnämnden 2026-03-19 Inga synpunkter", "Klöverhamns Energi AB 2026-03-16",
             "Klöverhamnsbostäder AB 2026-03-23 Inga synpunkter"]),
    q("Vad har Klöverhamn ändrat i detaljplanen för Bruksängen efter samrådet?",
      "sv", "list", E, 5,
      ["Tre stora ekar i områdets södra del skyddas med en bestämmelse"],
      "Sju ändringar: färre bostäder och lägre hus vid Mejerigatan, naturområde och dagvattendamm längs Sältån, "
      "högre lägsta golvnivå, bullerskyddade uteplatser, ett område för transformatorstation, större "
      "förskoletomt och skydd för tre ekar.",
      items=["Antalet bostäder minskas från cirka 140", "Ett 30 meter brett område längs Sältån",
             "Lägsta nivå för färdigt golv höjs", "En planbestämmelse om bullerskyddad uteplats införs",
             "Ett område för transformatorstation läggs till", "Förskolans tomt utökas så att förskolan",
             "Tre stora ekar i områdets södra del"]),
    q("Varför behåller Klöverhamn infarten via Mejerigatan trots de boendes protester mot Bruksängsplanen?",
      "sv", "passage", E, 4,
      ["eftersom vägen korsar järnvägen i plan och Trafikverket inte godtar mer trafik över plankorsningen"],
      "En infart från Bruksvägen är inte möjlig eftersom vägen korsar järnvägen i plan och Trafikverket inte "
      "godtar mer trafik där. Mejerigatan får i stället ett upphöjt övergångsställe och sänkt hastighet vid "
      "skolan, och husen närmast gatan sänks till tre våningar."),
    q("Hur tänker Klöverhamn skydda bostäderna i Bruksängen mot översvämning från Sältån?",
      "sv", "passage", E, 3,
      ["Lägsta nivå för färdigt golv regleras till +3,2 meter"],
      "Kommunen har gjort en skyfallskartering och reglerar lägsta nivå för färdigt golv till +3,2 meter, en "
      "halv meter över beräknad högsta nivå vid ett 100-årsflöde."),
    none("Vad kostar utbyggnaden av gator och ledningar i Bruksängen för Klöverhamns kommun?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for n, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"h{13000 + n}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q), "questions")
