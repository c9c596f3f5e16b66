"""(c) Region Vättersund – Revisionsrapport: läkemedelshantering och läkemedelskostnader.

Layout: cover page without running header/footer; recommendations numbered 1.–7. under two
sub-headings by addressee ("Till regionstyrelsen" 1–3, "Till hälso- och sjukvårdsnämnden" 4–7),
justified, wrapping over 2–3 lines (p. 2); running text with 2–4 figures per sentence (p. 3–4);
a ruled table "Bedömning per revisionsfråga" Nr / Revisionsfråga / Bedömning / Kommentar with the
nine questions grouped under three shaded area rows (Styrning, Uppföljning, Intern kontroll) and
traffic-light coloured Ja / Delvis / Nej cells (p. 4). Metadata title set.
"""
import datetime as dt

from common7 import HERE, Doc, Group, Cell
from data import C_REK, C_FRAGOR

OUT = HERE / "region-vattersund-granskning-lakemedel-2026.pdf"
TEAL = (0, 95, 105)
FILL = {"Ja": (200, 230, 200), "Delvis": (250, 238, 190), "Nej": (240, 200, 200)}


class RDoc(Doc):
    no_furniture = (1,)


pdf = RDoc("Region Vättersund", "Revisionsrapport", "{p}", font="dejavu", serif=True, justify=True,
           foot="Regionens revisorer · Läkemedelshantering och läkemedelskostnader · 2026-04-14",
           accent=TEAL, title="Granskning av läkemedelshantering och läkemedelskostnader – Region Vättersund",
           author="Revisionskontoret, Region Vättersund",
           created=dt.datetime(2026, 4, 14, 10, 5, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1: cover
pdf.set_y(60)
pdf.set_font("Sans", "", 12)
pdf.set_text_color(*TEAL)
pdf.cell(0, 8, "REVISIONSRAPPORT", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 26)
pdf.multi_cell(0, 12, "Läkemedelshantering och läkemedelskostnader", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "", 13)
pdf.cell(0, 7, "Region Vättersund", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 7, "Regionens förtroendevalda revisorer", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(200)
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, 198, pdf.w - pdf.r_margin, 198)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.kv([("Datum", "2026-04-14"), ("Diarienummer", "REV 2025/19"),
        ("Granskningen utförd av", "Revisionskontoret i Region Vättersund på uppdrag av regionens revisorer"),
        ("Sakkunnig", "Helena Sjöstedt, certifierad kommunal revisor")], lw=48, size=9.5)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("1 Sammanfattning")
pdf.p("Regionens revisorer har granskat om regionstyrelsen och hälso- och sjukvårdsnämnden har säkerställt "
      "en ändamålsenlig styrning, uppföljning och intern kontroll av läkemedelshanteringen och "
      "läkemedelskostnaderna. Granskningen ingår i revisionsplanen för 2025.")
pdf.p("Vår samlade bedömning är att regionstyrelsen och hälso- och sjukvårdsnämnden inte i tillräcklig "
      "utsträckning har säkerställt en ändamålsenlig styrning och kontroll av läkemedelsområdet. Det finns "
      "en fungerande ansvarsfördelning och en budget, men kostnadsutvecklingen analyseras inte på ett sätt "
      "som leder till åtgärder. Egenkontrollerna på vårdenheterna genomförs inte i den omfattning som "
      "föreskrifterna kräver, och kassationerna följs inte upp.")
pdf.p("Av de nio revisionsfrågorna bedömer vi att tre är uppfyllda, tre delvis uppfyllda och tre inte "
      "uppfyllda. Bedömningen per revisionsfråga redovisas i avsnitt 4.")
pdf.h1("2 Rekommendationer")
pdf.p("Mot bakgrund av granskningen lämnar vi följande rekommendationer.")
n = 1
for addressee, reks in C_REK:
    pdf.h2(f"Till {addressee[0].lower()}{addressee[1:]}")
    pdf.numbered(reks, size=10, start=n)
    n += len(reks)
pdf.p("Revisorerna önskar svar från regionstyrelsen och hälso- och sjukvårdsnämnden senast den "
      "30 juni 2026 med en redogörelse för vilka åtgärder som vidtas med anledning av rekommendationerna.")

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("3 Inledning")
pdf.h2("3.1 Bakgrund")
pdf.p("Läkemedel är en av regionens största kostnadsposter och har under flera år ökat snabbare än "
      "regionens övriga kostnader. Hälso- och sjukvårdsnämnden har vid samtliga tertialuppföljningar under "
      "2025 redovisat en prognos med underskott för läkemedel. Samtidigt har Inspektionen för vård och "
      "omsorg vid två tillsyner påtalat brister i läkemedelshanteringen på regionens sjukhus.")
pdf.h2("3.2 Syfte, revisionsfrågor och metod")
pdf.p("Syftet är att bedöma om regionstyrelsen och hälso- och sjukvårdsnämnden har en ändamålsenlig "
      "styrning, uppföljning och intern kontroll av läkemedelsområdet. Syftet besvaras genom nio "
      "revisionsfrågor inom områdena styrning, uppföljning och intern kontroll.")
pdf.p("Granskningen har genomförts genom 23 intervjuer med tjänstepersoner och förtroendevalda, "
      "dokumentstudier och stickprov på 12 av regionens 46 vårdenheter med eget läkemedelsförråd. "
      "Stickproven omfattade både primärvård och specialistvård vid regionens tre sjukhus. Rapporten har "
      "faktagranskats av de intervjuade.")
pdf.h1("4 Iakttagelser och bedömningar")
pdf.h2("4.1 Kostnadsutveckling")
pdf.p("Regionens kostnader för läkemedel uppgick 2025 till 2 164,3 mnkr, varav 1 412,6 mnkr avsåg "
      "läkemedel inom förmånen och 751,7 mnkr rekvisitionsläkemedel som används på sjukhusen och "
      "vårdcentralerna. Jämfört med 2024 ökade förmånskostnaderna med 6,8 procent, och den budget som "
      "hälso- och sjukvårdsnämnden fastställt överskreds med 58,3 mnkr.")
pdf.p("Enligt läkemedelsenheten förklaras ökningen till största delen av nya och dyra läkemedel mot cancer "
      "och av att allt fler patienter behandlas med läkemedel mot diabetes och fetma. Även ökade volymer "
      "av biologiska läkemedel inom reumatologin bidrar, medan prissänkningar på läkemedel med utgånget "
      "patent har dämpat ökningen med uppskattningsvis 21 mnkr.")
pdf.p("Regionen får ett statsbidrag för läkemedelsförmånerna som för 2025 uppgick till 1 356,0 mnkr. "
      "Nettokostnaden för regionen efter statsbidraget blev därmed 56,6 mnkr för förmånsläkemedlen, "
      "mot 19,4 mnkr året innan.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h2("4.2 Egenkontroller och extern granskning")
pdf.p("Av de 12 vårdenheter som ingick i stickproven hade 10 en utsedd läkemedelsansvarig sjuksköterska, "
      "men endast 5 hade genomfört den årliga egenkontrollen av läkemedelshanteringen och 3 hade fått "
      "extern kvalitetsgranskning av farmaceut under de senaste två åren. Verksamhetscheferna uppger att "
      "tidsbrist och hög personalomsättning är de främsta skälen.")
pdf.h2("4.3 Kassationer")
pdf.p("Under 2025 kasserades läkemedel till ett värde av 14,9 mnkr, vilket motsvarar 2,0 procent av "
      "kostnaden för rekvisitionsläkemedel; 2024 var motsvarande andel 1,6 procent. Det saknas en "
      "regiongemensam sammanställning av vilka läkemedel som kasseras och varför.")
pdf.h2("4.4 Bedömning per revisionsfråga")
pdf.p("Tabellen sammanfattar våra bedömningar. Bedömningen görs i tre steg: Ja (uppfyllt), Delvis (delvis "
      "uppfyllt) och Nej (inte uppfyllt).")
rows, last = [], None
for omr, nr, fr, bed, kom in C_FRAGOR:
    if omr != last:
        rows.append(Group(omr))
        last = omr
    rows.append((nr, fr, Cell(bed, FILL[bed], bold=True), kom))
pdf.ruled_table(("Nr", "Revisionsfråga", "Bedömning", "Kommentar"), rows, (8, 72, 23, 63),
                ("CENTER", "LEFT", "CENTER", "LEFT"), size=8.2, lh=4.0, head_fill=(205, 228, 230),
                group_fill=(232, 242, 243))

# ---------------------------------------------------------------- page 5
pdf.add_page()
pdf.h1("5 Samlad bedömning")
pdf.p("Revisorerna konstaterar att regionen har en tydlig ansvarsfördelning och en budgetprocess för "
      "läkemedel, men att uppföljningen i för hög grad stannar vid att konstatera avvikelser. När "
      "kostnaderna under flera år har överskridit budget borde hälso- och sjukvårdsnämnden ha begärt "
      "fördjupade analyser och beslutat om åtgärder. Bristerna i egenkontrollerna innebär dessutom en "
      "risk för patientsäkerheten.")
pdf.p("Vi noterar positivt att regionstyrelsen under hösten 2025 gav regiondirektören i uppdrag att se "
      "över organisationen för läkemedelsfrågor. Uppdraget ska redovisas under 2026.")
pdf.ln(10)
pdf.p("För Region Vättersunds revisorer", size=9.5)
pdf.ln(8)
pdf.p("Gunnar Åkesson, ordförande                    Lisbeth Norén, vice ordförande", size=9.5)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
