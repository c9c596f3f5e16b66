"""Write ../heldout_syn6.jsonl: 40 held-out questions about the five synthetic6 PDFs.
List items are written out literally (not derived from data.py) so that check.py is an
independent check."""
import json
import os
from data import FILES

A, B, C, D, E = (FILES[k] for k in "abcde")


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


Q = []


def q(lang, typ, doc, page, question, evidence, answer, figures=(), items=()):
    Q.append({"id": f"hs6{len(Q) + 1:03d}", "question": question, "lang": lang, "type": typ,
              "docs": [doc] if doc else [], "page": page, "evidence": list(evidence), "answer": answer,
              "figures": list(figures), "items": list(items)})


# ------------------------------------------------------------------ (a) Björnhamra
q("sv", "figure", A, 3,
  "Hur många besökte badhuset Hamrabadet i Björnhamra under 2025 enligt kultur- och fritidsnämndens plan?",
  ["Besökare på Hamrabadet (antal) 118 600 124 950 130 000"],
  "124 950 besökare 2025 (118 600 år 2024; målvärdet för 2026 är 130 000).",
  [fig(124950, "antal", "124 950")])
q("en", "figure", A, 2,
  "How much of the money for rebuilding the main library in Björnhamra is planned to be spent in 2027?",
  ["Kommunfullmäktige har avsatt 62,5 mnkr för ombyggnaden av huvudbiblioteket"],
  "44,5 mnkr in 2027, out of 62,5 mnkr in total (18,0 mnkr in 2026).",
  [fig(44.5, "mnkr", "44,5 mnkr")])
q("sv", "list", A, 3,
  "Vilka indikatorer i Björnhamras verksamhetsplan för kultur och fritid ansvarar fritidsenheten för?",
  ["Tabell 1. Nämndmål, indikatorer och målvärden"],
  "Fyra indikatorer: öppettimmar i fritidsgårdarna, beläggningsgrad i idrottshallarna, andel anläggningar "
  "med tillgänglighetsinventering och antal besökare på Hamrabadet.",
  items=["Öppettimmar i fritidsgårdarna per vecka", "Beläggningsgrad i idrottshallar vardagar",
         "Andel anläggningar med genomförd tillgänglighetsinventering", "Besökare på Hamrabadet"])
q("en", "list", A, 3,
  "Which indicators does Björnhamra use to follow up its goal that libraries should be open meeting places?",
  ["Mål 2. Biblioteken är öppna och tillgängliga mötesplatser för alla"],
  "Four indicators under goal 2: physical library visits, staff-free (meröppna) opening hours per week, "
  "loans per inhabitant, and participants in language cafés and reading promotion.",
  items=["Fysiska besök på kommunens bibliotek", "Meröppna timmar per vecka", "Utlån per invånare",
         "Deltagare i språkcaféer och läsfrämjande aktiviteter"])
q("sv", "list", A, 2,
  "Vad har Björnhamras kultur- och fritidsnämnd valt att prioritera särskilt under 2026?",
  ["Nämndens prioriteringar 2026"],
  "Sex prioriteringar i)–vi): flickors deltagande, meröppna bibliotek, ombyggnaden av huvudbiblioteket, "
  "en ny anläggningsplan, samverkan kring kulturskolan och lägre sjukfrånvaro.",
  items=["Öka flickors deltagande i idrott och föreningsliv", "Utveckla meröppna bibliotek på samtliga filialer",
         "Genomföra ombyggnaden av huvudbiblioteket", "Ta fram en ny anläggningsplan för idrott och friluftsliv",
         "Stärka samverkan med grundskolan kring kulturskolans utbud",
         "Sänka sjukfrånvaron genom ett förebyggande arbetsmiljöarbete"])
q("sv", "list", A, 3,
  "Vilka indikatorer i Björnhamras plan för kultur och fritid fick ett lägre utfall 2025 än året innan?",
  ["Tabell 1. Nämndmål, indikatorer och målvärden"],
  "Fyra: andelen flickor (39 till 38 %), fysiska biblioteksbesök (241 300 till 236 850), budgetavvikelsen "
  "(0,6 till −0,9 %) och andelen medarbetare som rekommenderar nämnden (72 till 69 %).",
  items=["Andel flickor av deltagartillfällena", "Fysiska besök på kommunens bibliotek",
         "Budgetavvikelse i förhållande till nettokostnaden", "Andel medarbetare som rekommenderar nämnden"])
q("sv", "passage", A, 5,
  "När och hur ska Björnhamras kultur- och fritidsnämnd följa upp sin verksamhetsplan för 2026?",
  ["följs upp två gånger per år: i delårsrapporten per den 31 augusti 2026"],
  "Två gånger per år: i delårsrapporten per 31 augusti 2026 och i verksamhetsberättelsen för helåret, som "
  "behandlas i februari 2027. Indikatorerna bedöms med trafikljus (grönt, gult, rött).")
q("sv", "none", A, None,
  "Hur många fysiska biblioteksbesök hade Björnhamra år 2023?",
  [], "Uppgiften finns inte; planen redovisar utfall endast för 2024 och 2025.")

# ------------------------------------------------------------------ (b) Region Gränsmark
q("en", "figure", B, 3,
  "What is Region Gränsmark's full-year 2026 forecast for psychiatry?",
  ["Psykiatri 742,8 486,1 738,5 4,3"],
  "738,5 mnkr, against a budget of 742,8 mnkr (a surplus of 4,3 mnkr).",
  [fig(738.5, "mnkr", "738,5")])
q("sv", "figure", B, 2,
  "Vilket resultat räknar Region Gränsmark med för helåret 2026 enligt delårsrapporten?",
  ["För helåret prognostiseras ett resultat på 48,3 mnkr"],
  "48,3 mnkr, vilket är 91,7 mnkr lägre än det budgeterade resultatet på 140,0 mnkr.",
  [fig(48.3, "mnkr", "48,3 mnkr")])
q("sv", "figure", B, 4,
  "Hur stor avvikelse mot budget prognostiserar Region Gränsmark för kollektivtrafiken 2026?",
  ["Kollektivtrafik 688,0 470,2 702,4 (14,4)"],
  "Ett underskott på 14,4 mnkr (prognos 702,4 mnkr mot budget 688,0 mnkr).",
  [fig(-14.4, "mnkr", "(14,4)")])
q("sv", "list", B, 3,
  "Vilka verksamheter i Region Gränsmark beräknas överskrida sin budget 2026?",
  ["ett underskott anges inom parentes"],
  "Fem: närsjukvård, specialiserad somatisk vård, akutsjukvård och ambulans, kollektivtrafik och "
  "regionfastigheter.",
  items=["Närsjukvård", "Specialiserad somatisk vård", "Akutsjukvård och ambulans", "Kollektivtrafik",
         "Regionfastigheter"])
q("en", "list", B, 4,
  "Which Region Gränsmark operations have a 2026 operating budget of less than 100 mnkr?",
  ["Folkhögskolor 41,7 27,9 41,7 0,0"],
  "Four: culture (96,4), business and skills supply (54,2), folk high schools (41,7) and political "
  "activities (38,6 mnkr).",
  items=["Kultur", "Näringsliv och kompetensförsörjning", "Folkhögskolor", "Politisk verksamhet"])
q("en", "passage", B, 4,
  "Why is specialised somatic care in Region Gränsmark expected to overspend this year?",
  ["högre kostnader för läkemedel och medicinskt material, fler vårdtillfällen än planerat inom ortopedin"],
  "Mainly higher costs for drugs and medical supplies, more orthopaedic admissions than planned, and care "
  "bought from other regions to keep the care guarantee.")
q("sv", "none", B, None,
  "Hur mycket räknar Region Gränsmark med att betala för inhyrd personal under 2026?",
  [], "Rapporten anger inget belopp; den säger bara att kostnaderna har ökat.")
q("en", "none", B, None,
  "What was Region Gränsmark's sickness absence rate for the whole of 2025?",
  [], "Not given; the report only compares January–July 2026 with the same period of 2025.")

# ------------------------------------------------------------------ (c) Hjortviken
q("sv", "figure", C, 3,
  "Vad beräknas det kosta Hjortviken att gå över till molnbaserad telefoni?",
  ["Ersätta telefonväxeln med molnbaserad telefoni IT-chef 1 450"],
  "1 450 tkr (aktivitet 9, IT-chefen ansvarar, kvartal 2–3 2026).",
  [fig(1450, "tkr", "1 450")])
q("sv", "figure", C, 4,
  "Hur mycket pengar vill Hjortvikens kommun ta ur digitaliseringsfonden för handlingsplanen?",
  ["söks ur kommunstyrelsens digitaliseringsfond"],
  "3 850 tkr av en total kostnad på 10 000 tkr; 6 150 tkr ryms inom befintliga ramar.",
  [fig(3850, "tkr", "3 850 tkr")])
q("sv", "list", C, 3,
  "Vilka aktiviteter i Hjortvikens digitaliseringsplan pågår under tredje kvartalet 2026?",
  ["Ett X markerar de kvartal då aktiviteten pågår"],
  "Sju aktiviteter: ny kommunwebb, digital bygglovsprocess, digital nattillsyn, digitala enheter till "
  "elever i årskurs 4–6, molnbaserad telefoni, informationsklassning och nätverket av digitala ambassadörer.",
  items=["Lansera ny kommunwebb", "Införa digital bygglovsprocess", "Införa digital nattillsyn i hemtjänsten",
         "Dela ut egen digital enhet till elever", "Ersätta telefonväxeln med molnbaserad telefoni",
         "Klassa informationen i samtliga verksamhetssystem", "Bygga upp ett nätverk av digitala ambassadörer"])
q("en", "list", C, 3,
  "Which activities in Hjortviken's digitalisation action plan is the IT manager responsible for?",
  ["Nr Aktivitet Ansvarig"],
  "Three: upgrading the schools' wireless network, replacing the switchboard with cloud telephony, and "
  "two-factor login for all users.",
  items=["Uppgradera skolornas trådlösa nätverk", "Ersätta telefonväxeln med molnbaserad telefoni",
         "Införa tvåfaktorsinloggning för alla användare"])
q("sv", "list", C, 2,
  "Vilka principer ska vägleda digitaliseringen i Hjortvikens kommun?",
  ["vägleds av fem principer"],
  "Fem principer: invånarens behov styr, digitalt först men ingen lämnas utanför, säker och lagenlig "
  "informationshantering, gemensamma lösningar före egna, och att nyttan ska kunna mätas.",
  items=["Invånarens behov styr utvecklingen", "Digitalt först – men ingen lämnas utanför",
         "Informationen hanteras säkert och lagenligt", "Gemensamma lösningar före egna",
         "Nyttan ska kunna mätas"])
q("sv", "passage", C, 1,
  "Vad menar Hjortviken med välfärdsteknik i sin plan för digitalisering?",
  ["Digitala hjälpmedel, till exempel trygghetskameror, sensorer och läkemedelsrobotar"],
  "Digitala hjälpmedel som trygghetskameror, sensorer och läkemedelsrobotar som gör att en person med "
  "stödbehov kan känna sig trygg och klara mer av vardagen själv.")
q("sv", "none", C, None,
  "Hur många anställda har it-avdelningen i Hjortvikens kommun?",
  [], "Uppgiften finns inte i handlingsplanen.")
q("en", "none", C, None,
  "What budget has Hjortviken set aside for digitalisation activities in 2028?",
  [], "Not stated; the plan only covers 2026–2027.")

# ------------------------------------------------------------------ (d) Stenbräcka
q("sv", "figure", D, 2,
  "Hur stor andel av Stenbräcka kommuns egna fordon var fossilfria år 2023?",
  ["2023 5 480 2 330 47 146 520"],
  "47 procent 2023 (58 procent 2024 och 66 procent 2025).",
  [fig(47, "procent", "47")])
q("sv", "figure", D, 1,
  "Hur många laddpunkter för allmänheten fanns i Stenbräcka enligt miljöbokslutet för 2025?",
  ["Publika laddpunkter"],
  "64 publika laddpunkter.",
  [fig(64, "antal", "64 st")])
q("en", "figure", D, 2,
  "What was the energy use per square metre in Stenbräcka's municipal premises in 2021?",
  ["2021 5 910 2 640 31 155 210"],
  "155 kWh/m² in 2021 (normal-year corrected), down from 158 in 2020.",
  [fig(155, "kWh/m²", "155")])
q("sv", "list", D, 3,
  "Vilka av miljöprogrammets indikatorer i Stenbräcka klarar inte målet för 2030 enligt bedömningen?",
  ["Skalan är Nås, Nås delvis och Nås inte"],
  "Fyra indikatorer bedöms som Nås inte: matsvinn i skol- och förskolekök, hushållsavfall per invånare, "
  "andel sjöar och vattendrag med god ekologisk status samt nyanlagda eller restaurerade våtmarker.",
  items=["Matsvinn i skol- och förskolekök", "Hushållsavfall per invånare",
         "Andel sjöar och vattendrag med god ekologisk status", "Nyanlagda eller restaurerade våtmarker"])
q("sv", "list", D, 4,
  "Vilka viktiga miljöhändelser inträffade i Stenbräcka under andra halvåret 2025?",
  ["Viktiga händelser 2025"],
  "Fyra: matsvinnsmätning i alla skol- och förskolekök (19 augusti), separat matavfallsinsamling i "
  "flerbostadshus (1 oktober), tre nya elbussar (14 november) och en ny tillsynsplan för enskilda avlopp "
  "(9 december).",
  items=["Mätning av matsvinn startade", "Separat insamling av matavfall infördes",
         "Tre nya elbussar sattes i trafik", "Miljö- och byggnämnden antog en ny tillsynsplan"])
q("sv", "passage", D, 2,
  "Varför ökade Stenbräcka kommuns utsläpp av växthusgaser tillfälligt 2022?",
  ["fjärrvärmeverket i Bräckaby under tre vintermånader eldade olja efter ett haveri i biopannan"],
  "Fjärrvärmeverket i Bräckaby eldade olja under tre vintermånader efter ett haveri i biopannan, och "
  "tjänsteresorna med flyg ökade igen efter pandemin.")
q("sv", "passage", D, 4,
  "Vad gör Stenbräcka för att minska matsvinnet i skolornas kök?",
  ["har kostenheten infört mindre portionsbleck"],
  "Kostenheten har infört mindre portionsbleck, gemensam menyplanering så att rester kan användas nästa "
  "dag och veckovisa svinnmätningar som redovisas för eleverna; elevråd på tre skolor föreslår "
  "menyändringar i en försöksverksamhet.")
q("sv", "none", D, None,
  "Hur stora var Stenbräckas utsläpp av växthusgaser år 2018?",
  [], "Uppgiften finns inte; tabellen börjar med basåret 2019.")
q("sv", "none", D, None,
  "Vad kostade solcellsanläggningen på Bräckaskolan i Stenbräcka?",
  [], "Kostnaden anges inte; investeringarna redovisas i investeringsredovisningen.")

# ------------------------------------------------------------------ (e) Ramnåsa
q("sv", "figure", E, 3,
  "Hur många ledamöter i Ramnåsas kommunfullmäktige röstade för att bifalla motionen om gratis resor "
  "med kollektivtrafik för pensionärer?",
  ["Den som bifaller motionen röstar nej", "18 nej-röster"],
  "18 ledamöter (nej-röster = bifall till motionen); 27 röstade ja och 4 avstod.",
  [fig(18, "antal", "18 nej-röster")])
q("sv", "figure", E, 2,
  "Hur stort var Ramnåsa kommuns balanskravsresultat för 2025?",
  ["balanskravsresultatet till 31,2 mnkr"],
  "31,2 mnkr (årets resultat 38,7 mnkr).",
  [fig(31.2, "mnkr", "31,2 mnkr")])
q("sv", "list", E, 3,
  "Vad beslutade fullmäktige i Ramnåsa om extra pengar till ombyggnaden av Stensätraskolan?",
  ["Tilläggsanslag för ombyggnad av Stensätraskolan"],
  "Fyra att-satser: tilläggsanslag på 12,4 mnkr, finansiering genom att brandstationen skjuts till 2027, "
  "driftkostnaderna inom nämndens ram från 2027 och återrapportering av slutkostnaden senast december 2026.",
  items=["att bevilja barn- och utbildningsnämnden ett tilläggsanslag",
         "att finansiera tilläggsanslaget genom att investeringsprojektet",
         "att driftkostnadskonsekvenserna från och med 2027",
         "att uppdra åt kommunstyrelsen att återrapportera"])
q("sv", "list", E, 4,
  "Vilka medborgarförslag som anmäldes i Ramnåsas fullmäktige i april 2026 går vidare till tekniska nämnden?",
  ["Anmälan av inkomna medborgarförslag"],
  "Fyra: hundrastgård i centrum, farthinder på Skolvägen, fler papperskorgar längs strandpromenaden och "
  "återvinningsstation vid Norra industriområdet.",
  items=["Medborgarförslag om hundrastgård", "Medborgarförslag om farthinder på Skolvägen",
         "Medborgarförslag om fler papperskorgar", "Medborgarförslag om återvinningsstation"])
q("sv", "list", E, 4,
  "Vilka av Ramnåsas obesvarade motioner väcktes före maj 2025?",
  ["Redovisning av obesvarade motioner"],
  "Fyra: laddplatser vid kommunala arbetsplatser (2024-11-18), sommarjobbsgaranti (2025-03-31), "
  "skolgårdar som främjar rörelse (2025-02-24) och ekologisk mat i äldreomsorgen (2024-12-16).",
  items=["Motion om fler laddplatser vid kommunala arbetsplatser", "Motion om sommarjobbsgaranti för 16-åringar",
         "Motion om skolgårdar som främjar rörelse", "Motion om ekologisk mat i äldreomsorgen"])
q("en", "passage", E, 2,
  "Why did the auditors in Ramnåsa criticise the social services committee?",
  ["inte haft tillräcklig styrning och kontroll över kostnaderna för placeringar av barn och unga"],
  "It lacked sufficient control over placement costs for children and young people, which exceeded budget "
  "by 14,8 mnkr, and did not act enough when the deficit was flagged in the interim report. Discharge from "
  "liability was still recommended.")
q("sv", "none", E, None,
  "Hur mycket skulle gratis resor i kollektivtrafiken för pensionärer kosta Ramnåsa kommun?",
  [], "Kostnaden anges inte i protokollet.")

assert len(Q) == 40
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout_syn6.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(os.path.normpath(out), len(Q))
