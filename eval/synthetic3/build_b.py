"""(b) Kvarnåsa kommun – Granskningsrapport: upphandling och avtalstrohet (no metadata title)."""
import datetime as dt

from common3 import HERE, Doc
from data import B_SVAR

OUT = HERE / "kvarnasa-granskning-upphandling-avtalstrohet.pdf"
GREEN = (30, 95, 70)

pdf = Doc("Kvarnåsa kommun – Revisorerna", "Granskningsrapport 2025", "{p}", justify=True,
          foot="Norrskog Revision AB · Granskning av upphandling och avtalstrohet · 2026-01-28",
          accent=GREEN, created=dt.datetime(2026, 3, 20, 10, 12, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- cover page
pdf.ln(30)
pdf.set_font("Sans", "", 12)
pdf.cell(0, 7, "Kvarnåsa kommun", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 7, "De förtroendevalda revisorerna", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.title_block("Granskning av upphandling och avtalstrohet", "Granskningsrapport 2025 – kommunstyrelsen och "
                "tekniska nämnden", size=22)
pdf.ln(20)
pdf.kv([
    ("Datum", "2026-01-28"),
    ("Uppdragsgivare", "De förtroendevalda revisorerna i Kvarnåsa kommun"),
    ("Utförd av", "Johanna Ekdahl, certifierad kommunal revisor, och Viktor Sandén, revisionskonsult, "
                  "Norrskog Revision AB"),
    ("Kvalitetssäkrad av", "Annika Rydh, uppdragsansvarig revisor"),
    ("Diarienummer", "REV 2025/07"),
], lw=45)
pdf.ln(10)
pdf.h2("Innehåll")
pdf.set_font("Sans", "", 10)
for t in ["1 Sammanfattning", "2 Inledning", "3 Iakttagelser och bedömningar",
          "4 Svar på revisionsfrågorna", "5 Nämndens svar"]:
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- 1 Sammanfattning
pdf.add_page()
pdf.h1("1 Sammanfattning")
pdf.p("Norrskog Revision AB har på uppdrag av de förtroendevalda revisorerna i Kvarnåsa kommun granskat "
      "om kommunstyrelsen och tekniska nämnden säkerställer att inköp görs i enlighet med lagen om "
      "offentlig upphandling och kommunens egna styrdokument, samt att ingångna avtal följs.")
pdf.h2("Revisionell bedömning")
pdf.p("Vår sammanfattande bedömning är att kommunstyrelsen och tekniska nämnden inte helt säkerställer "
      "en ändamålsenlig styrning, uppföljning och kontroll av upphandling och avtalstrohet. Kommunen har "
      "en upphandlingspolicy som i huvudsak är ändamålsenlig, men riktlinjerna har inte reviderats sedan "
      "2019 och ansvarsfördelningen mellan den centrala upphandlingsenheten och förvaltningarna är "
      "otydlig.")
pdf.p("Vi bedömer att den interna kontrollen av direktupphandlingar är otillräcklig. Dokumentation saknas "
      "i en stor andel av de granskade fallen, och kommunstyrelsen har inte fått någon samlad rapportering "
      "om avtalstrohet under granskningsperioden. Det innebär en risk för att kommunen betalar högre "
      "priser än nödvändigt och att inköp sker i strid med lagstiftningen.")
pdf.h2("Rekommendationer")
pdf.p("Mot bakgrund av granskningen rekommenderar vi kommunstyrelsen att:")
pdf.bullets([
    "säkerställa att upphandlingspolicyn och riktlinjerna för inköp revideras så att de överensstämmer "
    "med gällande lagstiftning och tydliggör ansvarsfördelningen mellan upphandlingsenheten och "
    "förvaltningarna,",
    "införa en systematisk och återkommande uppföljning av avtalstrohet på kommunövergripande nivå och "
    "rapportera resultatet till kommunstyrelsen minst två gånger per år,",
    "ta fram en rutin för direktupphandlingar som omfattar dokumentation, konkurrensutsättning och "
    "beslut i enlighet med 19 kap. 30 § lagen om offentlig upphandling,",
    "säkerställa att samtliga avtal registreras i kommunens avtalsdatabas och att en ansvarig "
    "avtalsförvaltare utses för varje avtal,",
    "genomföra riktade utbildningsinsatser om inköp och avtalstrohet för chefer och beställare, med "
    "särskilt fokus på tekniska förvaltningen,",
    "överväga att införa en spärr i e-handelssystemet mot inköp från leverantörer som kommunen saknar "
    "avtal med.",
])

# ---------------------------------------------------------------- 2 Inledning
pdf.add_page()
pdf.h1("2 Inledning")
pdf.h2("2.1 Bakgrund")
pdf.p("Kvarnåsa kommun köper varor och tjänster för omkring en tredjedel av sina samlade kostnader. En "
      "väl fungerande upphandlingsverksamhet och en hög avtalstrohet är därför avgörande för att "
      "kommunens resurser ska användas effektivt. Revisorerna har i sin riskanalys för 2025 bedömt att "
      "det finns risk för att inköp görs utan avtal och utan föregående upphandling, särskilt inom "
      "tekniska förvaltningen där inköpen är många och av varierande slag.")
pdf.h2("2.2 Syfte och revisionsfrågor")
pdf.p("Syftet med granskningen är att bedöma om kommunstyrelsen och tekniska nämnden säkerställer en "
      "ändamålsenlig styrning, uppföljning och intern kontroll av upphandling och avtalstrohet. "
      "Granskningen ska besvara följande revisionsfrågor:")
pdf.bullets([
    "Finns ändamålsenliga och aktuella styrdokument för upphandling och inköp?",
    "Är ansvar och roller för upphandling och avtalsförvaltning tydligt fördelade?",
    "Sker direktupphandlingar i enlighet med lagstiftning och kommunens riktlinjer?",
    "Följer kommunstyrelsen och tekniska nämnden upp avtalstroheten på ett tillräckligt sätt?",
], sym="–")
pdf.h2("2.3 Avgränsning")
pdf.p("Granskningen avser kommunstyrelsen och tekniska nämnden och omfattar inköp som gjorts under "
      "perioden 1 januari–30 september 2025. Kommunens helägda bolag ingår inte i granskningen.")
pdf.h2("2.4 Revisionskriterier")
pdf.p("Bedömningarna utgår från lagen (2016:1145) om offentlig upphandling, kommunallagen (2017:725) 6 kap. "
      "6 §, kommunens upphandlingspolicy antagen av kommunfullmäktige 2018-06-18 och riktlinjer för "
      "inköp och direktupphandling fastställda av kommunstyrelsen 2019-02-05.")
pdf.h2("2.5 Metod")
pdf.p("Granskningen har genomförts genom dokumentstudier, intervjuer med kommundirektör, ekonomichef, "
      "upphandlingschef, förvaltningschef och två enhetschefer vid tekniska förvaltningen samt genom "
      "stickprovsgranskning av 120 leverantörsfakturor och 30 direktupphandlingar. De intervjuade har "
      "haft möjlighet att faktagranska rapporten.")

# ---------------------------------------------------------------- 3 Iakttagelser
pdf.h1("3 Iakttagelser och bedömningar")
pdf.h2("3.1 Styrdokument och ansvarsfördelning")
pdf.p("Upphandlingspolicyn anger övergripande principer för kommunens inköp, medan riktlinjerna beskriver "
      "hur direktupphandlingar ska genomföras och dokumenteras. Riktlinjerna hänvisar fortfarande till "
      "beloppsgränser och lagrum som har ändrats. Flera intervjuade uppger att det är oklart när "
      "förvaltningarna själva får genomföra en direktupphandling och när upphandlingsenheten ska "
      "kontaktas.")
pdf.p("Bedömning: Vi bedömer att styrdokumenten delvis är ändamålsenliga men behöver revideras. "
      "Ansvarsfördelningen behöver tydliggöras.", style="I")
pdf.h2("3.2 Avtalstrohet")
pdf.p("Av de 120 stickprovsgranskade leverantörsfakturorna saknade 23 stycken, motsvarande 19,2 procent, "
      "ett giltigt avtal eller en dokumenterad direktupphandling. Enligt kommunens inköpsanalys uppgick "
      "inköp från leverantörer utan avtal till 14,6 mnkr under granskningsperioden, varav 9,8 mnkr avsåg "
      "tekniska förvaltningen. De vanligaste kategorierna var maskinhyra, konsulttjänster och "
      "förbrukningsmaterial.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Avtalstrohet per förvaltning, andel av inköpsvolymen (procent)",
         new_x="LMARGIN", new_y="NEXT")
pdf.ruled_table(("Förvaltning", "2024", "jan–sep 2025"), [
    ("Kommunledningsförvaltningen", "91", "93"),
    ("Tekniska förvaltningen", "78", "74"),
    ("Socialförvaltningen", "88", "90"),
    ("Barn- och utbildningsförvaltningen", "86", "87"),
    ("Kommunen totalt", "85", "84"),
], (80, 30, 34), ("LEFT", "RIGHT", "RIGHT"), size=8.5, lh=4.8, head_fill=(214, 234, 222), bold_last=True)
pdf.p("Kommunstyrelsen har under granskningsperioden inte fått någon rapportering om avtalstroheten. "
      "Ekonomiavdelningen har tillgång till ett analysverktyg men uppföljningen sker endast på begäran.")
pdf.p("Bedömning: Vi bedömer att uppföljningen av avtalstrohet är otillräcklig.", style="I")
pdf.h2("3.3 Direktupphandlingar")
pdf.p("I 11 av 30 granskade direktupphandlingar saknades dokumentation av vilka leverantörer som "
      "tillfrågats och av skälen för valet av leverantör. I fyra fall hade samma slags tjänst köpts vid "
      "flera tillfällen under året från samma leverantör, utan att det samlade värdet prövats mot "
      "direktupphandlingsgränsen. Enligt de intervjuade beror bristerna främst på tidsbrist, att "
      "rutinerna är okända för nyanställda chefer och att det saknas ett gemensamt stöd för att "
      "dokumentera direktupphandlingar digitalt.")
pdf.p("Bedömning: Vi bedömer att den interna kontrollen av direktupphandlingar inte är tillräcklig.", style="I")

# ---------------------------------------------------------------- 4 Svar på revisionsfrågorna
pdf.h1("4 Svar på revisionsfrågorna")
pdf.ruled_table(("Revisionsfråga", "Bedömning"), [
    ("Finns ändamålsenliga och aktuella styrdokument för upphandling och inköp?", "Delvis uppfyllt"),
    ("Är ansvar och roller för upphandling och avtalsförvaltning tydligt fördelade?", "Ej uppfyllt"),
    ("Sker direktupphandlingar i enlighet med lagstiftning och riktlinjer?", "Ej uppfyllt"),
    ("Följs avtalstroheten upp på ett tillräckligt sätt?", "Ej uppfyllt"),
], (120, 40), ("LEFT", "LEFT"), size=8.5, lh=4.8, head_fill=(214, 234, 222))

pdf.ln(6)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, "Kvarnåsa den 28 januari 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.cell(80, 5, "Johanna Ekdahl")
pdf.cell(0, 5, "Annika Rydh", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "I", 8.5)
pdf.cell(80, 5, "Certifierad kommunal revisor")
pdf.cell(0, 5, "Uppdragsansvarig revisor", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- 5 Nämndens svar
pdf.add_page()
pdf.h1("5 Nämndens svar")
pdf.p("Avsnittet har lagts till i rapporten 2026-03-20 sedan kommunstyrelsen yttrat sig. "
      "Kommunstyrelsen har 2026-03-17, § 41, lämnat yttrande över granskningen, även för tekniska "
      "nämndens räkning. Kommunstyrelsen instämmer i revisorernas bedömningar och redovisar nedan de "
      "åtgärder som planeras med anledning av rekommendationerna.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Nämndens svar", new_x="LMARGIN", new_y="NEXT")
pdf.ruled_table(("Rekommendation", "Åtgärd", "Ansvarig", "Klart senast"),
                [(r[0], r[1], r[2], r[3]) for r in B_SVAR], (46, 64, 32, 24),
                ("LEFT", "LEFT", "LEFT", "LEFT"), size=8.5, lh=4.5, head_fill=(214, 234, 222))
pdf.p("Revisorerna avser att följa upp åtgärderna i samband med granskningen av årsredovisningen för 2026. "
      "Kommunstyrelsen ska redovisa hur arbetet fortskrider i delårsrapporten per den 31 augusti 2026.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
