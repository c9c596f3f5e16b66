"""Writes ../train_syn10.jsonl: 54 gold questions (t10001–t10054) about the six synthetic10 PDFs.

18 figure, 20 list (18 conditional, 2 complete), 6 passage, 10 none; 40 in Swedish and 14 in English
(8 English lists). Items are written out literally (not derived from data.py) so that check.py, which
recomputes the expected rows from data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn10.jsonl"

A = "mortsunda-von-verksamhetsplan-2026.pdf"
B = "fjardhamra-atgardsplan-energi-2026-2028.pdf"
C = "region-lidhalla-granskning-digitala-vardmoten-2026.pdf"
D = "tranemala-ks-protokoll-2026-06-08.pdf"
E = "odesharad-budget-2026-plan-2027-2028.pdf"
F = "hovlinge-fritidsprogram-2026-2029.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Mörtsunda, VON verksamhetsplan 2026
    q("Hur många dagar fick man i genomsnitt vänta på en plats i särskilt boende i Mörtsunda under 2025?",
      "sv", "figure", A, 2,
      ["Väntetid till särskilt boende från ansökan till erbjudande, medelvärde dagar 74 58 45"],
      "58 dagar i genomsnitt 2025, jämfört med 74 dagar 2024; målvärdet för 2026 är 45 dagar.",
      [fig(58, "antal", "58")]),
    q("How much of the Mörtsunda care committee's 2026 budget frame is set aside for support to people with "
      "disabilities?",
      "en", "figure", A, 1,
      ["Av ramen avser 402,6 mnkr äldreomsorg, 193,8 mnkr stöd till personer med funktionsnedsättning"],
      "193.8 million kronor of the 684.3 mnkr frame (elderly care gets 402.6 mnkr, health care and "
      "administration 87.9 mnkr).",
      [fig(193.8, "mnkr", "193,8 mnkr")]),
    q("Vilken nivå på personalomsättningen siktar Mörtsundas vård- och omsorgsnämnd på för 2026?",
      "sv", "figure", A, 3,
      ["Personalomsättning bland tillsvidareanställda, % 11,2 12,5 9,0"],
      "Målvärdet är 9,0 procent; utfallet var 12,5 procent 2025 och 11,2 procent 2024.",
      [fig(9.0, "procent", "9,0")]),
    q("Med vilka indikatorer följer Mörtsundas vård- och omsorgsnämnd upp målet om att använda resurserna "
      "effektivt?",
      "sv", "list", A, 2,
      ["Mål 4. Resurserna används effektivt"],
      "Tre indikatorer: kostnad per brukare i hemtjänsten, andelen brukarnära tid i hemtjänsten och "
      "nettokostnadsavvikelsen för äldreomsorgen mot referenskostnaden (den sista står på nästa sida).",
      items=["Kostnad per brukare i hemtjänsten, tkr", "Andel av hemtjänstens arbetstid som är brukarnära",
             "Nettokostnadsavvikelse för äldreomsorgen mot referenskostnad"]),
    q("Which indicators in Mörtsunda's care and welfare plan moved in the wrong direction from 2024 to 2025?",
      "en", "list", A, 2,
      ["Pilen i kolumnen Trend jämför utfallet 2025 med utfallet 2024"],
      "Six indicators have a down arrow: home-care users feeling listened to, the number of staff a home-care "
      "user meets, well-being in LSS housing, unimplemented LSS housing decisions, cost per home-care user and "
      "staff turnover.",
      items=["Andel brukare i hemtjänsten som upplever", "Genomsnittligt antal personal som en hemtjänsttagare",
             "Andel brukare i bostad med särskild service", "Antal ej verkställda beslut om bostad",
             "Kostnad per brukare i hemtjänsten", "Personalomsättning bland tillsvidareanställda, %"]),
    q("För vilka indikatorer i Mörtsundas verksamhetsplan var siffran för 2025 lägre än siffran för 2024?",
      "sv", "list", A, 2,
      ["Tabellen visar nämndens fem mål och de indikatorer som används"],
      "Fem: andelen hemtjänstbrukare som upplever att personalen tar hänsyn till deras åsikter, väntetiden till "
      "särskilt boende, andelen som trivs i bostad med särskild service, nettokostnadsavvikelsen och "
      "sjukfrånvaron.",
      items=["Andel brukare i hemtjänsten som upplever", "Väntetid till särskilt boende från ansökan",
             "Andel brukare i bostad med särskild service",
             "Nettokostnadsavvikelse för äldreomsorgen mot referenskostnad",
             "Sjukfrånvaro bland tillsvidareanställda, % av ordinarie arbetstid"]),
    q("Vilka områden tänker vård- och omsorgsnämnden i Mörtsunda lägga extra kraft på under 2026?",
      "sv", "list", A, 1,
      ["Nämnden har valt ut fem områden där arbetet ska intensifieras"],
      "Fem: färre personer runt varje hemtjänstbrukare, kortare väntetid till särskilt boende, heltid som norm, "
      "digital tillsyn nattetid och en samlad plan för LSS-bostäder fram till 2030.",
      items=["Färre personer runt varje brukare i hemtjänsten", "Kortare väntetid till särskilt boende",
             "Heltid som norm", "Välfärdsteknik i form av digital tillsyn", "En samlad plan för bostäder"]),
    q("Varför vill Mörtsunda dela in hemtjänsten i små team med egna geografiska områden?",
      "sv", "passage", A, 4,
      ["Många äldre upplever det som otryggt att inte veta vem som kommer",
       "Nämnden vill därför organisera hemtjänsten i mindre arbetslag"],
      "En hemtjänsttagare möter i snitt 17 olika medarbetare på två veckor. Det upplevs som otryggt och gör det "
      "svårare att upptäcka förändringar i hälsan i tid; med mindre arbetslag, fasta områden och en kontaktman "
      "blir kontinuiteten bättre.",
      []),
    none("Hur hög var sjukfrånvaron bland personalen inom vård och omsorg i Mörtsunda år 2023?", "sv"),
    none("Vad kostar den digitala nattillsynen som Mörtsunda ska erbjuda de äldre?", "sv"),

    # ------------------------------------------------------------ (b) Fjärdhamra, åtgärdsplan energi
    q("Hur mycket har energianvändningen i Fjärdhamras kommunala lokaler minskat sedan basåret?",
      "sv", "figure", B, 1,
      ["Kommunens lokaler använde 38,6 GWh energi 2025, vilket är 7,9 procent mindre"],
      "Med 7,9 procent jämfört med 2022, till 38,6 GWh 2025. Målet är en minskning med 20 procent till 2028.",
      [fig(7.9, "procent", "7,9 procent")]),
    q("Vad har Fjärdhamra räknat med att nya ventilationsaggregat i stadshuset ska kosta?",
      "sv", "figure", B, 2,
      ["värmeåtervinning i stadshuset Fastighetsavdelningen 2027-06-30 4 200 Ej påbörjad"],
      "4 200 tkr. Åtgärden ska vara klar senast 2027-06-30 och är ännu inte påbörjad.",
      [fig(4200, "tkr", "4 200")]),
    q("Vad kostade el och värme för grundskolorna i Fjärdhamra under 2025?",
      "sv", "figure", B, 3,
      ["Grundskolor 9 840 9 120 8 760"],
      "8 760 tkr 2025, jämfört med 9 120 tkr 2024 och 9 840 tkr 2023.",
      [fig(8760, "tkr", "8 760")]),
    q("Vilka åtgärder i Fjärdhamras energiplan har hamnat efter tidplanen?",
      "sv", "list", B, 2,
      ["Försenad – åtgärden kommer inte att bli klar till angivet datum"],
      "Tre: fjärrvärmeanslutningen av Hagmarkens förskola, bytet av oljepannan i Bergsätra fritidsgård och "
      "bytet av pumpar och filter i simhallens reningsverk.",
      items=["Ansluta Hagmarkens förskola till fjärrvärmenätet", "Ersätta den sista oljepannan i Bergsätra",
             "Byta cirkulationspumpar och filter i simhallens"]),
    q("Which measures in Fjärdhamra's energy action plan are the municipal energy company's responsibility?",
      "en", "list", B, 2,
      ["Fjärdhamra Energi AB ansvarar för åtgärder som rör fjärrvärme, mätning och laddinfrastruktur"],
      "Three: connecting Hagmarken preschool to district heating, hourly metering of electricity and heat in all "
      "municipal premises, and charging points for the municipal vehicles.",
      items=["Ansluta Hagmarkens förskola till fjärrvärmenätet", "Införa timvis mätning av el och värme",
             "Installera laddpunkter för kommunens fordon"]),
    q("Which actions in Fjärdhamra's energy plan are due to be finished at some point during 2027?",
      "en", "list", B, 2,
      ["Tabellen redovisar samtliga åtgärder med ansvarig enhet, datum då åtgärden senast ska vara klar"],
      "Seven: the ventilation units in the town hall, the freezers and coolers in the central kitchen, the attic "
      "insulation in the old courthouse, phasing out the school pavilions, co-locating the home-care bases, "
      "charging points for municipal vehicles and the pumps in the swimming hall.",
      items=["Byta ventilationsaggregat med värmeåtervinning i stadshuset", "Byta frysrum och kylar i centralköket",
             "Tilläggsisolera vindsbjälklaget i Gamla tingshuset", "Avveckla de två inhyrda skolpaviljongerna",
             "Samlokalisera hemtjänstens två baser", "Installera laddpunkter för kommunens fordon",
             "Byta cirkulationspumpar och filter i simhallens"]),
    q("Vilka av Fjärdhamras energiåtgärder beräknas kosta minst 1,5 miljoner kronor styck?",
      "sv", "list", B, 2,
      ["beräknad kostnad och status per den 15 januari 2026"],
      "Fyra: solcellerna på Ekelundsskolan (2 800 tkr), ventilationen i stadshuset (4 200 tkr), frysrum och "
      "kylar i centralköket (1 850 tkr) och laddpunkterna (1 600 tkr).",
      items=["Installera solceller på taket till Ekelundsskolan", "Byta ventilationsaggregat med värmeåtervinning",
             "Byta frysrum och kylar i centralköket", "Installera laddpunkter för kommunens fordon"]),
    q("Vad är orsakerna till att tre av Fjärdhamras energiåtgärder blir sena?",
      "sv", "passage", B, 4,
      ["väntar på att Fjärdhamra Energi AB ska dra fram en ny ledning",
       "Pumparna och filtren i simhallen kan bara bytas när anläggningen är stängd"],
      "Fjärrvärmeanslutningen väntar på en ny ledning som energibolaget skjutit upp till våren 2027, "
      "entreprenören kan inte leverera värmepumpen till Bergsätra förrän i februari 2027 och simhallens pumpar "
      "kan bara bytas vid ett längre uppehåll, nästa gång sommaren 2027.",
      []),
    none("How many kilowatt hours a year are the new solar panels on Ekelundsskolan in Fjärdhamra expected to "
         "produce?", "en"),
    none("Hur mycket energi använde Fjärdhamras kommunala lokaler år 2021?", "sv"),

    # ------------------------------------------------------------ (c) Region Lidhälla, revisionsrapport
    q("Hur många digitala vårdmöten genomfördes i primärvården i Region Lidhälla 2025?",
      "sv", "figure", C, 3,
      ["ökade från 96 400 år 2023 till 141 800 år 2025"],
      "141 800 digitala vårdmöten 2025, att jämföra med 96 400 år 2023.",
      [fig(141800, "antal", "141 800")]),
    q("Hur stor andel av alla primärvårdsbesök i Region Lidhälla skedde digitalt 2025?",
      "sv", "figure", C, 3,
      ["digitala vårdmöten av samtliga besök i primärvården var 18,6 procent 2025"],
      "18,6 procent, medan regionens mål är 25 procent senast 2027.",
      [fig(18.6, "procent", "18,6 procent")]),
    q("Hur mycket betalade Region Lidhälla under 2025 till de privata aktörer som erbjuder vård via nätet?",
      "sv", "figure", C, 3,
      ["ersättning till externa digitala vårdgivare uppgick till 37,2 mnkr 2025"],
      "37,2 mnkr, vilket är 8,9 mnkr mer än 2024.",
      [fig(37.2, "mnkr", "37,2 mnkr")]),
    q("What do the auditors recommend that Region Lidhälla's regional executive board and health care "
      "committee do about digital care?",
      "en", "list", C, 2,
      ["Utifrån granskningen rekommenderar vi regionstyrelsen och hälso- och sjukvårdsnämnden att"],
      "Seven recommendations: measurable goals broken down to health centres, reporting to the committee twice a "
      "year, a routine for switching to a physical visit, follow-up of the external providers' contracts, "
      "analysing the differences between health centres, equal access for people without e-ID, and completing "
      "the information security risk analysis.",
      items=["Fastställa mål för de digitala vårdmötena", "Säkerställa att hälso- och sjukvårdsnämnden minst",
             "Ta fram en gemensam rutin för när", "Följa upp avtalen med de externa",
             "Utreda varför andelen digitala besök skiljer", "Säkerställa att invånare som saknar e-legitimation",
             "Komplettera riskanalysen för informationssäkerhet"]),
    q("På vilka revisionsfrågor svarar revisorerna i Region Lidhälla nej?",
      "sv", "list", C, 5,
      ["Tabellen sammanfattar svaren på granskningens revisionsfrågor"],
      "Tre: om målen är uppföljningsbara och nedbrutna till vårdcentralerna, om den medicinska kvaliteten och "
      "patientsäkerheten följs upp och om avtalen med externa digitala vårdgivare följs upp.",
      items=["Är målen uppföljningsbara och nedbrutna till vårdcentralsnivå",
             "Följs den medicinska kvaliteten och patientsäkerheten", "Följs avtalen med externa digitala vårdgivare"]),
    q("Which audit questions on digital care meetings in Region Lidhälla only received the answer 'partly'?",
      "en", "list", C, 5,
      ["Tabellen sammanfattar svaren på granskningens revisionsfrågor"],
      "Four: whether goals have been set, whether the committee gets regular reports on volume and costs, "
      "whether there are routines for moving from a digital to a physical visit, and whether the effect on equal "
      "access to care has been analysed.",
      items=["Finns det av regionfullmäktige eller nämnden", "Får nämnden regelbunden återrapportering",
             "Finns det rutiner för övergång från digitalt", "Har regionen analyserat hur de digitala"]),
    q("What is the auditors' overall conclusion on how Region Lidhälla governs and monitors digital care "
      "meetings?",
      "en", "passage", C, 2,
      ["Vår sammanfattande bedömning är att styrningen och uppföljningen av de digitala vårdmötena inte"],
      "Governance and follow-up are not sufficient. The technical platform works and staff are trained, but "
      "there are no measurable goals, the committee gets no overall picture of quality and the contracts with "
      "external providers are not followed up; development has been driven by individual health centres rather "
      "than a common strategy.",
      []),
    none("Vad kostade licenserna för videoplattformen i Region Lidhälla under 2025?", "sv"),
    none("Hur många läkare i Region Lidhälla tar emot patienter via videosamtal?", "sv"),

    # ------------------------------------------------------------ (d) Tranemåla, KS-protokoll 2026-06-08
    q("Vilket resultat för helåret räknade Tranemåla kommun med efter aprilbokslutet?",
      "sv", "figure", D, 2,
      ["Helårsprognosen för kommunen visar ett resultat på −6,8 mnkr"],
      "Ett resultat på −6,8 mnkr, jämfört med ett budgeterat resultat på 12,0 mnkr.",
      [fig(-6.8, "mnkr", "−6,8 mnkr")]),
    q("According to the Tranemåla board minutes, what will the rebuild of the fire station cost after the "
      "procurement?",
      "en", "figure", D, 2,
      ["ombyggnaden kommer att kosta 15,1 mnkr"],
      "15.1 mnkr, against an investment frame of 11.5 mnkr; hence the proposed extra appropriation of 3.6 mnkr.",
      [fig(15.1, "mnkr", "15,1 mnkr")]),
    q("Till vilket datum måste nämnderna i Tranemåla rapportera vad de gjort för att komma i balans?",
      "sv", "figure", D, 2,
      ["nämnderna senast den 15 september 2026 ska redovisa vilka åtgärder"],
      "Senast den 15 september 2026 ska nämnderna redovisa vidtagna åtgärder och deras ekonomiska effekt.",
      [fig("2026-09-15", "datum", "15 september 2026")]),
    q("Vilka beslut fattade Tranemålas kommunstyrelse i ärendet om ekonomin efter årets fyra första månader?",
      "sv", "list", D, 2,
      ["Kommunstyrelsen beslutar att godkänna den ekonomiska uppföljningen per april 2026"],
      "Fyra att-satser: uppföljningen godkänns, barn- och utbildningsnämnden och socialnämnden uppmanas nå "
      "budget i balans, nämnderna ska redovisa sina åtgärder senast 15 september 2026 och kommundirektören ska "
      "begränsa nyrekryteringar inom administrationen.",
      items=["att godkänna den ekonomiska uppföljningen", "att uppmana barn- och utbildningsnämnden och socialnämnden",
             "att nämnderna senast den 15 september", "att ge kommundirektören i uppdrag"]),
    q("Who receives the decision on the extra money for the Tranemåla fire station?",
      "en", "list", D, 2,
      ["att bevilja ett tilläggsanslag på 3,6 mnkr för ombyggnaden av brandstationen"],
      "Four recipients (listed at the top of the next page): the municipal council for decision, and the "
      "community planning administration, the fire chief Mikael Holm and the finance unit for information.",
      items=["Kommunfullmäktige, för beslut", "Samhällsbyggnadsförvaltningen, för kännedom",
             "Räddningschef Mikael Holm, för kännedom", "Ekonomienheten, för kännedom"]),
    q("Vilka ärenden lämnade kommunstyrelsen i Tranemåla över till fullmäktige för avgörande vid mötet i juni?",
      "sv", "list", D, 2,
      ["Kommunstyrelsen föreslår kommunfullmäktige besluta att bevilja ett tilläggsanslag"],
      "Tre: tilläggsanslaget för brandstationen (§ 86), antagandet av detaljplanen för Skogsbrynet etapp 2 "
      "(§ 87) och de reviderade riktlinjerna för representation (§ 88).",
      items=["Tilläggsanslag för ombyggnad av brandstationen", "Detaljplan för bostäder vid Skogsbrynet",
             "Revidering av kommunens riktlinjer för representation"]),
    q("Av vilka skäl sa Tranemålas kommunstyrelse nej till förslaget om en ny konstgräsplan?",
      "sv", "passage", D, 3,
      ["används till 62 procent av den tillgängliga tiden under vintersäsongen",
       "föreningarna i Kärrbyn får förtur till kvällstider på den befintliga planen"],
      "Den befintliga konstgräsplanen vid Tranemålavallen används bara till 62 procent vintertid och en ny plan "
      "skulle kosta omkring 9 mnkr. Behovet kan i stället mötas genom förtur till kvällstider för föreningarna i "
      "Kärrbyn och samåkning för de yngre lagen.",
      []),
    none("Vilket byggföretag fick kontraktet för ombyggnaden av brandstationen i Tranemåla?", "sv"),

    # ------------------------------------------------------------ (e) Ödeshärad, budget 2026
    q("Hur stor ram har socialnämnden i Ödeshärad i planen för 2027?",
      "sv", "figure", E, 2,
      ["Barn- och utbildningsnämnden 742,6 758,1 771,9 Socialnämnden 583,7 602,4 619,8"],
      "602,4 mnkr 2027 (583,7 mnkr i budget 2026 och 619,8 mnkr i plan 2028).",
      [fig(602.4, "mnkr", "602,4")]),
    q("Hur hög soliditet räknar Ödeshärad med i budgeten för 2026 om hela pensionsskulden tas med?",
      "sv", "figure", E, 3,
      ["Soliditet inklusive hela pensionsåtagandet 10,9 % 11,6 % 12,5 %"],
      "12,5 procent i budget 2026 (10,9 procent 2024 och 11,6 procent i prognosen för 2025).",
      [fig(12.5, "procent", "12,5 %")]),
    q("What was Ödeshärad's result for the year 2024?",
      "en", "figure", E, 3,
      ["Årets resultat −3,2 mnkr 9,6 mnkr 21,4 mnkr"],
      "A deficit of 3.2 mnkr (−3.2 mnkr), explained by high pension costs and a one-off write-down of the "
      "Sjöbacken school.",
      [fig(-3.2, "mnkr", "−3,2 mnkr")]),
    q("Vilka nämnder i Ödeshärad har en nettokostnadsram på över 100 miljoner kronor 2026?",
      "sv", "list", E, 2,
      ["Tabellen visar nämndernas nettokostnadsramar i miljoner kronor"],
      "Tre: kommunstyrelsen (168,4 mnkr), barn- och utbildningsnämnden (742,6 mnkr) och socialnämnden "
      "(583,7 mnkr).",
      items=["Kommunstyrelsen 168,4 171,9", "Barn- och utbildningsnämnden 742,6", "Socialnämnden 583,7 602,4"]),
    q("Which investment projects in Ödeshärad's budget fall under the technical committee?",
      "en", "list", E, 4,
      ["Nettoinvesteringar per projekt i miljoner kronor"],
      "Four: reinvestment in streets and bridges, the pedestrian and cycle path along Sjögatan, energy efficiency "
      "in municipal buildings and a new ventilation system in the municipal hall.",
      items=["Reinvestering i gator och broar", "Gång- och cykelväg längs Sjögatan",
             "Energieffektivisering i kommunens fastigheter", "Nytt ventilationssystem i kommunhuset"]),
    q("Vilka av Ödeshärads investeringsprojekt får inga pengar alls under 2028?",
      "sv", "list", E, 4,
      ["Projekt som avslutas under perioden har inga medel de senare åren"],
      "Fyra: förskolan i Granbyn, LSS-gruppboendet i centrum, gång- och cykelvägen längs Sjögatan och "
      "konstgräsplanen vid Ekvallen.",
      items=["Ny förskola i Granbyn", "Nytt gruppboende enligt LSS", "Gång- och cykelväg längs Sjögatan",
             "Konstgräsplan vid Ekvallen"]),
    q("Varför behöver Ödeshärads resultat växa under planperioden?",
      "sv", "passage", E, 3,
      ["för att kommunen ska kunna finansiera de stora investeringarna i skolor",
       "möta de ökade pensionskostnaderna efter 2028"],
      "Ett högre resultat behövs för att investeringarna i skolor och LSS-boenden ska kunna betalas med egna "
      "medel i stället för nya lån, och för att klara de ökade pensionskostnaderna efter 2028 utan att minska "
      "nämndernas ramar.",
      []),
    none("Vilken ram har barn- och utbildningsnämnden i Ödeshärad för år 2029?", "sv"),
    none("Hur stor är Ödeshärads låneskuld räknat per invånare?", "sv"),

    # ------------------------------------------------------------ (f) Hovlinge, fritidsprogram
    q("How much will Hovlinge IF receive in grants from the municipality in 2026?",
      "en", "figure", F, 3,
      ["Hovlinge IF Verksamhetsbidrag 184 000 207 000 12,5 %"],
      "207,000 kronor in operating grant, 12.5 percent more than the 184,000 kronor granted for 2025.",
      [fig(207000, "kr", "207 000")]),
    q("Med hur många procent ökar Hovlinges samlade föreningsbidrag 2026 jämfört med året före?",
      "sv", "figure", F, 3,
      ["vilket är 50 270 kronor eller 5,6 procent mer än 2025"],
      "Med 5,6 procent, eller 50 270 kronor, till 944 070 kronor.",
      [fig(5.6, "procent", "5,6 procent")]),
    q("Hur många föreningar i Hovlinge har aktiviteter som vänder sig till barn och ungdomar?",
      "sv", "figure", F, 1,
      ["finns 142 registrerade föreningar, och 61 av dem bedriver"],
      "61 av kommunens 142 registrerade föreningar.",
      [fig(61, "antal", "61 av dem")]),
    q("Which associations get a smaller grant from Hovlinge in 2026 than they got in 2025?",
      "en", "list", F, 3,
      ["Tabellen visar beviljade bidrag per förening och bidragsform"],
      "Five: the riding club (−3.2 %), PRO Hovlinge (−11.1 %), the swimming club (−5.0 %), Norrvalla local "
      "history society (−3.8 %) and the archery club (−10.0 %).",
      items=["Hovlinge Ryttarförening Lokalbidrag", "PRO Hovlinge Verksamhetsbidrag",
             "Hovlinge Simsällskap Aktivitetsstöd", "Norrvalla Hembygdsförening Lokalbidrag",
             "Hovlinge Bågskytteklubb Verksamhetsbidrag"]),
    q("Vilka föreningar i Hovlinge får bidrag för sina lokaler 2026?",
      "sv", "list", F, 3,
      ["Lokalbidrag ges till föreningar som äger eller hyr egna lokaler"],
      "Fyra föreningar får lokalbidrag: Hovlinge Ryttarförening, Scoutkåren Fyrbåken, Ståltorps Bygdeförening "
      "och Norrvalla Hembygdsförening.",
      items=["Hovlinge Ryttarförening Lokalbidrag", "Scoutkåren Fyrbåken Lokalbidrag",
             "Ståltorps Bygdeförening Lokalbidrag", "Norrvalla Hembygdsförening Lokalbidrag"]),
    q("Vad ska Hovlinge göra för att det ska finnas fler ställen att träffas på runt om i kommunen?",
      "sv", "list", F, 2,
      ["Fokusområde 3 Mötesplatser i hela kommunen"],
      "Fem insatser: rusta upp bygdegårdarna i Ståltorp och Norrvalla, hålla fritidsgården i centrum öppen fyra "
      "kvällar i veckan, pröva mobil fritidsverksamhet i byarna, göra lokalerna digitalt bokningsbara och "
      "anlägga en aktivitetspark vid Hovlinge strand.",
      items=["Rusta upp bygdegårdarna i Ståltorp och Norrvalla", "Hålla fritidsgården i Hovlinge centrum öppen",
             "Pröva mobil fritidsverksamhet i de mindre byarna", "Göra kommunens lokaler bokningsbara digitalt",
             "Anlägga en aktivitetspark vid Hovlinge strand"]),
    q("Varför ger Hovlinge högre aktivitetsstöd till föreningar som har grupper för tonårstjejer?",
      "sv", "passage", F, 4,
      ["har minskat från 41 till 29 procent på fem år",
       "Flickorna uppger att de slutar för att träningen blir för tävlingsinriktad"],
      "Andelen flickor i årskurs 7–9 som tränar i förening har minskat från 41 till 29 procent på fem år medan "
      "pojkarnas andel är oförändrad; flickorna slutar för att träningen blir för tävlingsinriktad och det "
      "saknas aktiviteter utan tävlingsfokus.",
      []),
    none("Hur mycket får Hovlinge Golfklubb i föreningsbidrag för 2026?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, item in enumerate(Q, 1):
            fh.write(json.dumps({"id": f"t{10000 + n}", **item}, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
