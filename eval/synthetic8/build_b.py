"""(b) Region Mälarbotten – revisionsrapport: ambulanssjukvårdens styrning och tillgänglighet.

Layout: cover page without running header/footer (p. 1); "Sammanfattning" that restates the
recommendations in other words in running text (p. 2); running text with several figures per sentence
and a ruled table Granskningsområde / Iakttagelse / Bedömning where the assessment is a COLOURED WORD
(Grön / Gul / Röd written in green, amber or red text, no cell fill) (p. 3); the recommendations as a
"•" list under the heading "Rekommendationer" (p. 4). No metadata title.
"""
import datetime as dt

from common8 import HERE, Doc, Cell
from data import B_REK, B_OMR

OUT = HERE / "region-malarbotten-granskning-ambulanssjukvard-2026.pdf"
ACC = (20, 70, 60)
COL = {"Grön": (0, 130, 60), "Gul": (200, 140, 0), "Röd": (200, 20, 20)}


class B(Doc):
    no_furniture = (1,)


pdf = B("Region Mälarbotten", "Revisionsrapport 2026", "Sida {p}", font="liberation", serif=True,
        justify=True, foot="Granskning av ambulanssjukvårdens styrning och tillgänglighet", accent=ACC,
        created=dt.datetime(2026, 4, 8, 9, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.ln(40)
pdf.set_font("Sans", "", 12)
pdf.cell(0, 8, "Region Mälarbotten · De förtroendevalda revisorerna", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.title_block("Granskning av ambulanssjukvårdens styrning och tillgänglighet",
                "Revisionsrapport, april 2026", size=24)
pdf.ln(50)
pdf.kv([("Uppdragsgivare", "Regionens förtroendevalda revisorer"),
        ("Granskade organ", "Regionstyrelsen och hälso- och sjukvårdsnämnden"),
        ("Datum", "2026-04-08"), ("Diarienummer", "REV 2025/19")], lw=44)

pdf.add_page()
pdf.h1("Sammanfattning")
pdf.p("Revisorerna har granskat om regionstyrelsen och hälso- och sjukvårdsnämnden säkerställer en "
      "ändamålsenlig styrning och en jämlik tillgänglighet inom ambulanssjukvården. Vår samlade bedömning är "
      "att styrningen inte är tillräcklig. Tillgängligheten skiljer sig kraftigt mellan regionens kommuner, "
      "och nämnden saknar underlag för att kunna agera i tid när väntetiderna på ambulans ökar.")
pdf.p("Vi ser positivt på att utrustningen sköts väl och att det finns en fungerande process för att hantera "
      "avvikelser. Allvarligast är bristerna i bemanningen nattetid, den stora omsättningen av "
      "specialistsjuksköterskor och att avtalet om liggande transporter inte har följts upp på flera år.")
pdf.p("För att komma till rätta med bristerna bör regionen redovisa väntetiden på ambulans för varje kommun "
      "och göra det flera gånger om året, så att nämnden kan följa utvecklingen. Skärvstastationen behöver en "
      "långsiktig lösning så att den inte står utan personal under nätterna. Överlämningen av patienter "
      "på akuten bör ske på samma sätt oavsett sjukhus. Den upphandlade transportören behöver granskas "
      "årligen. Regionen behöver också ta reda på varför så många specialistsjuksköterskor slutar, och det "
      "bör bli tydligt vilket organ som bär ansvaret för beredskapen utanför sjukhusen.")
pdf.h1("1 Inledning")
pdf.p("Ambulanssjukvården i Region Mälarbotten bedrivs i egen regi från sju stationer, medan liggande "
      "sjuktransporter utförs av en extern utförare sedan 2021. Granskningen har genomförts under perioden "
      "oktober 2025 till mars 2026 genom dokumentstudier, intervjuer med 22 företrädare för förvaltningen och "
      "en analys av larmdata för åren 2023–2025.")
pdf.p("Revisionsfrågan är om regionstyrelsen och hälso- och sjukvårdsnämnden har säkerställt en ändamålsenlig "
      "styrning, uppföljning och kontroll av ambulanssjukvården.")

pdf.add_page()
pdf.h1("2 Iakttagelser")
pdf.p("Antalet ambulansuppdrag ökade från 31 450 år 2023 till 34 980 år 2025, samtidigt som antalet "
      "ambulanser i beredskap dygnet runt var oförändrat. Medianresponstiden för larm med prioritet 1 var "
      "14 minuter 2025 jämfört med 12 minuter 2023, och i 23 procent av prio 1-larmen tog det mer än "
      "20 minuter innan ambulansen var på plats.")
pdf.p("Skillnaderna inom regionen är stora. I centralorten var medianresponstiden 9 minuter, medan den var "
      "27 minuter i de två nordligaste kommunerna. Kostnaden för ambulanssjukvården uppgick till 412,6 mnkr "
      "2025, vilket är 18,9 mnkr mer än budget.")
pdf.p("Tabellen sammanfattar våra iakttagelser och bedömningar per granskningsområde. Grön innebär att "
      "området i allt väsentligt fungerar, gul att det finns förbättringsområden och röd att det finns "
      "betydande brister.")
rows = [[o, i, Cell(b, color=COL[b], bold=True)] for o, i, b in B_OMR]
pdf.ruled_table(("Granskningsområde", "Iakttagelse", "Bedömning"), rows, (46, 98, 22),
                ("LEFT", "LEFT", "CENTER"), size=8.8, lh=4.4, head_fill=(215, 230, 225))

pdf.add_page()
pdf.h1("3 Revisionell bedömning")
pdf.p("Sammantaget bedömer vi att regionstyrelsen och hälso- och sjukvårdsnämnden inte i tillräcklig "
      "utsträckning har säkerställt en ändamålsenlig styrning, uppföljning och kontroll av "
      "ambulanssjukvården. Av nio granskningsområden bedöms två som gröna, fyra som gula och tre som röda.")
pdf.h1("Rekommendationer")
pdf.p("Mot bakgrund av granskningen lämnar vi följande rekommendationer:")
pdf.bullets(B_REK, size=10)
pdf.ln(8)
pdf.p("För Region Mälarbottens förtroendevalda revisorer", style="I")
pdf.p("Annika Holm, ordförande          Lars Bergkvist, vice ordförande", after=1)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
