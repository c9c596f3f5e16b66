"""Writes ../heldout_syn9.jsonl: 40 held-out gold questions (h9s001–h9s040) about the five synthetic9 PDFs.

12 figure, 14 list (11 conditional, 3 complete), 6 passage, 8 none; 30 in Swedish and 10 in English. List items
are written out literally (not derived from data.py) so that check.py, which recomputes the expected rows from
data.py, is an independent check.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn9.jsonl"

A = "tistelholm-ks-internkontrollplan-2026.pdf"
B = "kvistberg-investeringsbudget-2026-2029.pdf"
C = "gillerbacka-bun-kunskapsresultat-2025-26.pdf"
D = "region-norrvidden-personalbokslut-2025.pdf"
E = "vrangsta-ks-protokoll-2026-06-09.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Tistelholm, internkontrollplan 2026
    q("Vilket riskvärde har Tistelholms kommunstyrelse gett risken att obehöriga kommer åt personuppgifter i "
      "it-systemen?", "sv", "figure", A, 2,
      ["Informationssäkerhet Obehöriga får tillgång till personuppgifter i verksamhetssystemen 2 4 8"],
      "Riskvärdet är 8: sannolikheten bedöms till 2 och konsekvensen till 4.",
      [fig(8, "antal", "8")]),
    q("Hur stor fakturavolym hade under 2025 de leverantörer i Tistelholm vars ändrade betalningsuppgifter "
      "saknade underlag?", "sv", "figure", A, 4,
      ["Ändringarna gällde sammanlagt sex leverantörer med en samlad fakturavolym på 2,4 mnkr"],
      "Sammanlagt 2,4 mnkr, fördelat på sex leverantörer.",
      [fig(2.4, "mnkr", "2,4 mnkr")]),
    q("Which risks in Tistelholm's internal control plan for 2026 have a risk value of 12 or more?",
      "en", "list", A, 2,
      ["Sannolikhet och konsekvens bedöms på en skala 1–4. Riskvärde = sannolikhet × konsekvens."],
      "Four risks: payments to the wrong recipient after fake invoices or bank-detail changes (12), purchases "
      "without a contract (12), critical systems that cannot be restored after an IT attack (12) and postponed "
      "property maintenance (16).",
      items=["Leverantörsfakturor Betalning går till fel mottagare", "Upphandling Inköp görs utan avtal",
             "Informationssäkerhet Verksamhetskritiska system kan inte återställas",
             "Fastighetsunderhåll Planerat underhåll skjuts upp"]),
    q("Vilka kontroller i Tistelholms internkontrollplan ska göras tre gånger per år?", "sv", "list", A, 2,
      ["Sannolikhet och konsekvens bedöms på en skala 1–4. Riskvärde = sannolikhet × konsekvens."],
      "Fyra kontroller görs varje tertial: inköp utan avtal (upphandling), registrering av inkomna handlingar "
      "(diarieföring), anmälan av delegationsbeslut och det planerade fastighetsunderhållet.",
      items=["Upphandling Inköp görs utan avtal", "Diarieföring Inkomna handlingar registreras inte",
             "Delegationsbeslut Beslut som fattats med stöd", "Fastighetsunderhåll Planerat underhåll skjuts upp"]),
    q("Vad beslutade Tistelholms kommunstyrelse när internkontrollplanen för 2026 antogs?", "sv", "list", A, 1,
      ["Kommunstyrelsen beslutade den 10 februari 2026, § 14, att"],
      "Styrelsen fastställde planen, gav kommundirektören två uppdrag (redovisa åtgärder mot bristerna i "
      "kontrollen av leverantörsfakturor senast 30 september 2026 och ta fram en gemensam mall för "
      "riskanalyser inför 2027) och lade uppföljningen av 2025 års plan till handlingarna.",
      items=["fastställa internkontrollplan 2026 för kommunstyrelsen", "uppdra åt kommundirektören att senast den",
             "uppdra åt kommundirektören att i samråd", "lägga uppföljningen av internkontrollplan 2025"]),
    q("Hur och när ska Tistelholms kommunstyrelse få veta vad kontrollerna har visat?", "sv", "passage", A, 1,
      ["en delrapport i samband med delårsrapporten i september",
       "ska den ansvariga chefen genast informera kommundirektören"],
      "Två gånger om året: en delrapport med delårsrapporten i september och en slutrapport senast i februari "
      "2027. Allvarliga brister ska chefen genast anmäla till kommundirektören, som avgör om styrelsen ska få "
      "en särskild redovisning före nästa ordinarie rapport.", ),
    none("What risk value did Tistelholm give supplier invoice fraud in its 2024 internal control plan?", "en"),
    none("Vad heter it-chefen som ansvarar för Tistelholms test av säkerhetskopior?", "sv"),

    # ------------------------------------------------------------ (b) Kvistberg, investeringsbudget
    q("How much money does Kvistberg plan to spend on the new waterworks at Tjädermossen in 2028?", "en",
      "figure", B, 2,
      ["Nytt vattenverk vid Tjädermossen¹ 148 500 12 000 45 000 55 000 30 000"],
      "55 000 tkr (55 mnkr) in 2028, out of a total of 148 500 tkr.",
      [fig(55000, "tkr", "55 000")]),
    q("Hur mycket budgeterar Kvistberg för barn- och utbildningsnämndens investeringar sammantaget 2026?", "sv",
      "figure", B, 2,
      ["Summa barn- och utbildningsnämnden 132 500 28 500 58 000 34 000 8 000"],
      "28 500 tkr för 2026.",
      [fig(28500, "tkr", "28 500")]),
    q("Hur stor självfinansieringsgrad räknar Kvistberg med för sina investeringar 2026?", "sv", "figure", B, 1,
      ["beräknas till 46 procent 2026. Fullmäktiges mål är minst 70 procent"],
      "46 procent, mot fullmäktiges mål på minst 70 procent över en fyraårsperiod.",
      [fig(46, "procent", "46 procent"), fig(70, "procent", "70 procent")]),
    q("Vilka enskilda projekt i Kvistbergs investeringsbudget får mer än 10 mnkr under 2026?", "sv", "list", B, 2,
      ["Belopp i tusentals kronor (tkr). Total utgift avser projektets hela beräknade utgift"],
      "Fyra: den nya brandstationen (11 000 tkr), förskolan Lönnbacken (22 000 tkr), vattenverket vid "
      "Tjädermossen (12 000 tkr) och överföringsledningen Lillskär–Kvistberg (18 600 tkr).",
      items=["Ny brandstation i Kvistberg", "Ny förskola Lönnbacken, sex avdelningar",
             "Nytt vattenverk vid Tjädermossen", "Överföringsledning Lillskär–Kvistberg 41 200"]),
    q("Which Kvistberg investment projects get no money in the 2026 budget but have funds planned for later "
      "years?", "en", "list", B, 2,
      ["Ett streck betyder att inga medel har avsatts det året."],
      "Three: the cycle path Kvistberg–Lillskär (from 2027), the new sports hall at Svanbergsskolan (from 2027) "
      "and the furnishings for the Kastanjen care home (from 2028).",
      items=["Gång- och cykelväg Kvistberg–Lillskär", "Ny sporthall vid Svanbergsskolan",
             "Inventarier till särskilt boende Kastanjen"]),
    q("Efter vilka principer väljer Kvistberg mellan olika investeringar när pengarna inte räcker?", "sv", "list",
      B, 1,
      ["Kommunfullmäktige har fastställt följande grunder för hur investeringarna prioriteras"],
      "Lagkrav och myndighetsbeslut går först; befintliga anläggningar underhålls innan nya byggs; projekt som "
      "sänker drift- eller energikostnader prioriteras; va-investeringar ska bära sina egna kapitalkostnader; "
      "projekt över 20 mnkr kräver en beslutad förstudie.",
      items=["Investeringar som krävs enligt lag", "Befintliga anläggningar ska underhållas innan",
             "Projekt som minskar kommunens driftkostnader", "Avgiftsfinansierade investeringar inom vatten och avlopp",
             "Varje nytt projekt över 20 mnkr"]),
    q("Varför behöver Kvistberg bygga ett nytt vattenverk?", "sv", "passage", B, 4,
      ["Det nuvarande vattenverket i Kvistberg byggdes 1968 och har nått sin tekniska livslängd.",
       "verket saknar en andra mikrobiologisk barriär"],
      "Det gamla verket från 1968 är uttjänt, saknar enligt Livsmedelsverket en andra mikrobiologisk barriär "
      "(kommunen har förelagts att åtgärda det) och räcker inte för de planerade bostadsområdena. Det nya verket "
      "kan ta vatten från två täkter och ger en säkrare försörjning."),
    none("Hur mycket pengar har Kvistberg avsatt för vattenverket vid Tjädermossen år 2030?", "sv"),
    none("Vad beräknas den nya ishallen i Kvistberg kosta?", "sv"),

    # ------------------------------------------------------------ (c) Gillerbacka, kunskapsresultat
    q("What share of year 9 pupils at Klockarängen school in Gillerbacka were eligible for a vocational "
      "programme in spring 2025?", "en", "figure", C, 2,
      ["Klockarängens skola F–9 Kommunal 37 242,9 247,1 94,1 91,9"],
      "94.1 percent in spring 2025 (91.9 percent in spring 2026).",
      [fig(94.1, "procent", "94,1")]),
    q("Hur stor andel av sexorna på Tranebo skola i Gillerbacka fick minst E i matematik?", "sv", "figure", C, 3,
      ["Tranebo skola F–6 45 91,1 71,1 93,3"],
      "71,1 procent (jämfört med 91,1 procent i svenska och 93,3 procent i engelska).",
      [fig(71.1, "procent", "71,1")]),
    q("På vilka skolenheter i Gillerbacka var mindre än fyra av fem niondeklassare behöriga till yrkesprogram "
      "våren 2026?", "sv", "list", C, 2,
      ["Behörighet till yrkesprogram kräver godkända betyg i svenska eller svenska som andraspråk"],
      "Tre: Hästhagens skola (75,0 procent), Nyängens skola (78,1) och Östergärdets skola (79,4).",
      items=["Hästhagens skola F–9", "Nyängens skola 7–9", "Östergärdets skola 7–9"]),
    q("Vilka skolenheter i Gillerbacka fick ett lägre meritvärde i årskurs 9 våren 2026 än våren innan?", "sv",
      "list", C, 2,
      ["Meritvärdet är summan av elevens 16 bästa betyg och betyget i moderna språk"],
      "Fyra: Gillerbackaskolan (231,5 till 226,0), Hästhagens skola (205,7 till 198,2), Lindskogs friskola "
      "(251,0 till 249,3) och Rävåsens skola (219,0 till 212,5).",
      items=["Gillerbackaskolan 7–9 Kommunal 146", "Hästhagens skola F–9", "Lindskogs friskola 6–9",
             "Rävåsens skola F–9"]),
    q("For which school units in Gillerbacka are the year 9 results withheld because there were too few "
      "pupils?", "en", "list", C, 2,
      ["Uppgiften redovisas inte eftersom färre än tio elever fick betyg i årskursen."],
      "Two: Mossebo skola (8 pupils) and Gillerbacka resursskola (6 pupils).",
      items=["Mossebo skola F–9", "Gillerbacka resursskola Kommunal 6"]),
    q("Varför visar Gillerbackas rapport inte resultaten för alla skolenheter?", "sv", "passage", C, 1,
      ["Resultat per skolenhet redovisas inte när färre än tio elever har fått betyg",
       "Med så få elever skulle enskilda elevers betyg kunna räknas fram ur statistiken"],
      "Resultat redovisas inte för skolenheter där färre än tio elever fått betyg, eftersom enskilda elevers "
      "betyg då skulle kunna räknas fram och resultaten varierar för mycket mellan åren för att vara "
      "rättvisande. De markeras med asterisk; ett streck betyder att uppgift saknas."),
    none("Vilket genomsnittligt meritvärde hade eleverna i årskurs 9 i Gillerbacka våren 2024?", "sv"),

    # ------------------------------------------------------------ (d) Region Norrvidden, personalbokslut
    q("Hur hög var sjukfrånvaron inom Psykiatriförvaltningen i Region Norrvidden under 2025?", "sv", "figure",
      D, 2,
      ["Psykiatriförvaltningen 812 8,9 8,1 −0,8 4,4 3,7"],
      "8,1 procent, en minskning från 8,9 procent 2024.",
      [fig(8.1, "procent", "8,1")]),
    q("What was the long-term sick leave rate in Folktandvården in Region Norrvidden in 2024?", "en", "figure",
      D, 2,
      ["Folktandvården 498 6,1 5,4 −0,7 2,2 1,9"],
      "2.2 percent in 2024 (1.9 percent in 2025).",
      [fig(2.2, "procent", "2,2")]),
    q("Hur stor var personalomsättningen bland undersköterskorna i Region Norrvidden 2025?", "sv", "figure", D, 4,
      ["följd av undersköterskor med 8,4 procent och läkare med 6,1 procent"],
      "8,4 procent, jämfört med 9,8 procent för hela regionen och 11,2 procent bland sjuksköterskor.",
      [fig(8.4, "procent", "8,4 procent")]),
    q("I vilka av Region Norrviddens förvaltningar blev sjukfrånvaron högre 2025 än 2024?", "sv", "list", D, 2,
      ["Förändringen anges i procentenheter mellan 2024 och 2025."],
      "Fyra: Akutsjukvårdsförvaltningen (+0,3), Primärvårdsförvaltningen (+0,3), Kollektivtrafikförvaltningen "
      "(+0,5) och Regionledningsförvaltningen (+0,1).",
      items=["Akutsjukvårdsförvaltningen 2 310", "Primärvårdsförvaltningen 1 204", "Kollektivtrafikförvaltningen 233 5,8",
             "Regionledningsförvaltningen 235 3,9"]),
    q("Which of the HR assignments from Region Norrvidden's regional board have been completed?", "en", "list",
      D, 3,
      ["Genomfört innebär att uppdraget är slutfört och återrapporterat."],
      "Four: the action plan for lower sick leave, the pay survey under the Discrimination Act, the guidelines "
      "for remote work and the staff survey with new questions.",
      items=["Ta fram en regiongemensam handlingsplan", "Genomföra en lönekartläggning enligt diskrimineringslagen",
             "Ta fram riktlinjer för distansarbete", "Genomföra en medarbetarenkät med ett nytt"]),
    q("Vilka av uppdragen i Region Norrviddens personalbokslut har sin tidsgräns under första halvåret 2026?",
      "sv", "list", D, 3,
      ["Tabellen visar läget den 31 januari 2026."],
      "Sex: schemaläggningssystemet (2026-06-30), utredningen om eget bemanningsföretag (mars 2026), "
      "utvärderingen av förkortad nattarbetstid (juni 2026), chefsavtalen (april 2026), den samordnade "
      "läkarrekryteringen (2026-05-31) och kompetensförsörjningsplanen för kollektivtrafiken (juni 2026).",
      items=["Införa ett digitalt system för schemaläggning", "Utreda förutsättningarna för ett eget bemanningsföretag",
             "Utvärdera försöket med förkortad arbetstid", "Införa chefsavtal med tydliga befogenheter",
             "Utreda en samordnad rekrytering av läkare", "Ta fram en kompetensförsörjningsplan för kollektivtrafiken"]),
    q("Vad förklarar att sjukfrånvaron i Region Norrvidden har gått ned?", "sv", "passage", D, 1,
      ["regionen under 2025 införde en modell för tidiga insatser",
       "Chefen kontaktar medarbetaren redan vid den tredje sjukdagen"],
      "Främst en modell för tidiga insatser från 2025: chefen hör av sig vid tredje sjukdagen och vid fem "
      "sjuktillfällen på tolv månader erbjuds hälsosamtal med företagshälsovården. Dessutom har cheferna fått "
      "förstärkt rehabiliteringsstöd genom tre HR-konsulter för långa sjukfall."),
    none("Hur hög var sjukfrånvaron i Region Norrvidden 2023?", "sv"),
    none("Hur många inhyrda sjuksköterskor anlitade Region Norrvidden under 2025?", "sv"),

    # ------------------------------------------------------------ (e) Vrångsta, KS protokoll 2026-06-09
    q("Hur stort bidrag fick Vrångsta hembygdsförening av kommunstyrelsen för Tullstugan?", "sv", "figure", E, 4,
      ["bevilja Vrångsta hembygdsförening 250 000 kronor ur anslaget för kulturmiljövård"],
      "250 000 kronor, av de 400 000 kronor som föreningen sökte.",
      [fig(250000, "kr", "250 000 kronor")]),
    q("Vilket årsresultat räknade Vrångsta med i prognosen efter april 2026?", "sv", "figure", E, 2,
      ["Prognosen för helåret visar ett resultat på 12,4 mnkr"],
      "12,4 mnkr, jämfört med ett budgeterat resultat på 18,0 mnkr.",
      [fig(12.4, "mnkr", "12,4 mnkr")]),
    q("Which delegated decisions reported to Vrångsta's municipal board on 9 June 2026 were taken by the chief "
      "executive?", "en", "list", E, 2,
      ["Följande beslut anmäls till dagens sammanträde."],
      "Three decisions by the kommundirektör: hiring the head of the planning department (30 March), temporary "
      "opening hours of the contact centre in July–August (22 April) and the agreement with neighbouring "
      "municipalities on joint payroll administration (19 May).",
      items=["Anställning av förvaltningschef för samhällsbyggnadsförvaltningen",
             "Tillfälligt ändrade öppettider i kontaktcenter",
             "Avtal med grannkommunerna om gemensam löneadministration"]),
    q("Vilka rekommendationer gav revisorerna Vrångstas kommunstyrelse efter granskningen av "
      "fastighetsunderhållet?", "sv", "list", E, 3,
      ["Revisorerna lämnar följande rekommendationer till kommunstyrelsen:"],
      "Fem: en långsiktig underhållsplan på minst tio år, inventering och kostnadsberäkning av det eftersatta "
      "underhållet, tydligare ansvarsfördelning för mindre reparationer, uppföljning av att underhållsmedlen "
      "används för planerat underhåll och regelbunden rapportering till fullmäktige om fastigheternas skick.",
      items=["Kommunstyrelsen bör ta fram en långsiktig underhållsplan",
             "Kommunstyrelsen bör säkerställa att det eftersatta underhållet",
             "Kommunstyrelsen bör tydliggöra ansvarsfördelningen", "Kommunstyrelsen bör följa upp att budgeterade",
             "Kommunstyrelsen bör regelbundet rapportera till fullmäktige"]),
    q("Why did Vrångsta's municipal board propose rejecting the motion on solar panels?", "en", "passage", E, 4,
      ["takens bärighet inte är utredd för flera av de äldre byggnaderna",
       "Energiplanen anger redan att solceller ska prövas vid varje större om- eller nybyggnad"],
      "The load-bearing capacity of many older roofs has not been investigated, the roofs of eleven buildings "
      "are to be replaced within five years, and the energy plan already requires solar panels to be considered "
      "at every major renovation or new building (done on four buildings so far). The board voted 9–2."),
    q("Hur bedömde revisorerna Vrångstas underhåll av verksamhetsfastigheterna?", "sv", "passage", E, 3,
      ["underhållet inte har planerats långsiktigt och att det eftersatta underhållet har vuxit",
       "Revisorerna uppskattar det eftersatta underhållet till 146 mnkr."],
      "Styrningen är delvis tillfredsställande, men underhållet har inte planerats långsiktigt och det "
      "eftersatta underhållet har vuxit under flera år; revisorerna uppskattar det till 146 mnkr."),
    none("Vad beräknas det kosta att sätta solceller på alla Vrångsta kommuns byggnader?", "sv"),
]

with open(OUT, "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"h9s{i:03d}", **x}, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q))
