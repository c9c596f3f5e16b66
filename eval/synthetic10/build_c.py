"""(c) Region Lidhälla – revisionsrapport: digitala vårdmöten i primärvården, styrning och uppföljning.

Layout: cover page without header/footer (p. 1); serif justified text; "Sammanfattning" with the overall
assessment and the recommendations as a justified "1)" … "7)" list whose items wrap over 2–3 lines (p. 2);
background with figure-dense sentences, purpose, questions and method (p. 3); observations with figures (p. 4);
a ruled summary table Revisionsfråga / Svar where the answer is the plain word Ja / Delvis / Nej (p. 5).
Metadata title.
"""
import datetime as dt

from common10 import HERE, Doc
from data import C_REK, C_FRAGOR

OUT = HERE / "region-lidhalla-granskning-digitala-vardmoten-2026.pdf"
ACC = (30, 50, 110)


class P(Doc):
    no_furniture = (1,)


pdf = P("Region Lidhälla", "Revisionsrapport", "Digitala vårdmöten i primärvården  {p}", serif=True, justify=True,
        accent=ACC, foot="Region Lidhälla · De förtroendevalda revisorerna · Sida {p} av 5",
        title="Revisionsrapport: Digitala vårdmöten i primärvården – Region Lidhälla",
        author="Region Lidhälla, revisionskontoret",
        created=dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.set_y(70)
pdf.set_font("Serif", "", 13)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "REVISIONSRAPPORT", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Serif", "B", 24)
pdf.multi_cell(0, 11, "Digitala vårdmöten i primärvården", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 14)
pdf.multi_cell(0, 7, "Granskning av styrning och uppföljning", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(30)
pdf.set_font("Serif", "", 10.5)
for line in ("Region Lidhälla", "Granskning på uppdrag av de förtroendevalda revisorerna",
             "Sofia Ahlgren, certifierad kommunal revisor", "Jonas Ekdahl, verksamhetsrevisor", "2026-04-14"):
    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

pdf.add_page()
pdf.h1("1. Sammanfattning")
pdf.p("Revisorerna i Region Lidhälla har granskat om regionstyrelsen och hälso- och sjukvårdsnämnden har "
      "säkerställt en ändamålsenlig styrning och uppföljning av de digitala vårdmötena i primärvården. "
      "Granskningen omfattar både regionens egna vårdcentraler och de externa digitala vårdgivare som regionen "
      "ersätter enligt avtal.")
pdf.p("Vår sammanfattande bedömning är att styrningen och uppföljningen av de digitala vårdmötena inte är "
      "tillräcklig. Regionen har byggt upp en fungerande teknisk plattform och personalen har fått utbildning, "
      "men det saknas mål som går att följa upp, nämnden får ingen samlad bild av kvaliteten och avtalen med de "
      "externa vårdgivarna följs inte upp. Utvecklingen har i hög grad drivits av enskilda vårdcentraler och inte "
      "av en gemensam strategi.")
pdf.h2("Rekommendationer")
pdf.p("Utifrån granskningen rekommenderar vi regionstyrelsen och hälso- och sjukvårdsnämnden att:", after=1.5)
pdf.paren_items(C_REK, size=10, lh=5, indent=8)

pdf.add_page()
pdf.h1("2. Inledning")
pdf.h2("2.1 Bakgrund")
pdf.p("Antalet digitala vårdmöten i regionens primärvård ökade från 96 400 år 2023 till 141 800 år 2025. Under "
      "samma period minskade antalet fysiska läkarbesök på vårdcentralerna från 512 000 till 487 300. Andelen "
      "digitala vårdmöten av samtliga besök i primärvården var 18,6 procent 2025, medan regionens mål är att "
      "andelen ska vara 25 procent senast 2027.")
pdf.p("Regionens ersättning till externa digitala vårdgivare uppgick till 37,2 mnkr 2025, en ökning med 8,9 mnkr "
      "jämfört med 2024. Av ersättningen avsåg 29,5 mnkr besök av invånare som samtidigt är listade på en av "
      "regionens egna vårdcentraler.")
pdf.h2("2.2 Syfte och revisionsfrågor")
pdf.p("Syftet med granskningen är att bedöma om regionstyrelsen och hälso- och sjukvårdsnämnden har säkerställt "
      "en ändamålsenlig styrning och uppföljning av de digitala vårdmötena. Syftet besvaras genom tio "
      "revisionsfrågor som redovisas tillsammans med svaren i avsnitt 4.")
pdf.h2("2.3 Avgränsning och metod")
pdf.p("Granskningen avser perioden 2023–2025 och omfattar primärvården. Digitala vårdmöten inom den "
      "specialiserade vården ingår inte. Vi har studerat styrdokument, avtal och uppföljningsrapporter och "
      "genomfört intervjuer med 23 personer, bland andra förvaltningsledningen, verksamhetschefer på sju "
      "vårdcentraler och företrädare för regionens avtalsenhet. Rapporten har faktagranskats av de intervjuade.")

pdf.add_page()
pdf.h1("3. Iakttagelser och bedömningar")
pdf.h2("3.1 Mål och styrning")
pdf.p("Regionplanen anger att de digitala vårdmötena ska öka, och hälso- och sjukvårdsnämnden har fastställt målet "
      "om 25 procent digitala besök. Målet har dock inte brutits ned till vårdcentralerna, och det finns inga mål "
      "för den medicinska kvaliteten. Andelen digitala besök varierade 2025 från 6,4 procent på Bäckby "
      "vårdcentral till 31,5 procent på Lidhälla centrum vårdcentral.")
pdf.h2("3.2 Uppföljning och återrapportering")
pdf.p("Nämnden har under perioden fått uppgifter om antalet digitala vårdmöten i delårsrapporten och i "
      "årsredovisningen, men ingen redovisning av kostnader per vårdmöte eller av avvikelser. Under 2025 "
      "rapporterades 46 avvikelser som rörde digitala vårdmöten, varav 11 gällde fördröjd bedömning där patienten "
      "borde ha fått ett fysiskt besök tidigare.")
pdf.h2("3.3 Externa digitala vårdgivare")
pdf.p("Regionen har avtal med två externa digitala vårdgivare. Avtalen innehåller krav på att patienter som "
      "behöver ett fysiskt besök ska hänvisas till en vårdcentral, men regionen har inte följt upp hur ofta det "
      "sker. Enligt vår stickprovsgranskning hänvisades patienten vidare i 27 procent av de digitala vårdmötena "
      "hos de externa vårdgivarna.")
pdf.h2("3.4 Tillgänglighet och jämlikhet")
pdf.p("Invånare över 75 år står för 4,2 procent av de digitala vårdmötena men för 21 procent av de fysiska "
      "besöken. Regionen har inte analyserat om de digitala vårdmötena har påverkat tillgängligheten för "
      "grupper som inte använder digitala tjänster.")

pdf.add_page()
pdf.h1("4. Svar på revisionsfrågorna")
pdf.p("Tabellen sammanfattar svaren på granskningens revisionsfrågor. Svaren bygger på iakttagelserna i "
      "avsnitt 3.", after=3)
pdf.ruled_table(["Revisionsfråga", "Svar"], [[f, s] for f, s in C_FRAGOR], [136, 30], ["LEFT", "CENTER"],
                size=9.5, lh=5.2, font="Serif", head_fill=(215, 222, 240), padding=1.8)
pdf.p("Sammantaget besvaras tre revisionsfrågor med ja, fyra med delvis och tre med nej.", size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
