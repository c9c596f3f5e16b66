"""(b) Furuskog kommun – Internbudget 2026 med bokslut 2025 (driftbudget per nämnd och verksamhet).

Layout: a ruled driftbudget table (horizontal rules only, condensed font) with the columns
Budget 2025 / Utfall 2025 / Avvikelse 2025 / Budget 2026 in tkr, net costs shown as negative numbers
with "−", a bold heading row per nämnd, an italic "Summa <nämnd>" row after each group and a bold
"Summa nämnder" row; the table runs from page 2 to page 3 with its header repeated. A ruled table of
prioritised investments in operations 2026 (p. 3), running text with several figures per sentence
(p. 1, p. 4). No metadata title.
"""
import datetime as dt

from common7 import HERE, Doc, Row, grp
from data import B_DRIFT, B_SATS, b_summa, b_total

OUT = HERE / "furuskog-internbudget-2026.pdf"
GREEN = (30, 100, 60)

pdf = Doc("Furuskog kommun", "Internbudget 2026", "Sida {p} av {nb}", font="dejavu",
          foot="Kommunstyrelsen 2026-03-10 § 38 · Dnr KS 2026/57", accent=GREEN,
          created=dt.datetime(2026, 3, 11, 7, 30, tzinfo=dt.timezone.utc))
pdf.alias_nb_pages("{nb}")
pdf.add_page()

tot = b_total()
sn = b_summa("Socialnämnden")

# ---------------------------------------------------------------- page 1
pdf.title_block("Internbudget 2026 och bokslut 2025",
                "Driftbudget per nämnd och verksamhet – Furuskog kommun", size=20)
pdf.kv([
    ("Fastställd", "Kommunstyrelsen 2026-03-10, § 38"),
    ("Grund", "Mål och budget 2026 med plan för 2027–2028 (kommunfullmäktige 2025-11-24, § 112)"),
    ("Ansvarig", "Ekonomichef, kommunledningskontoret"),
], lw=30, size=9, lh=4.6)
pdf.h1("1 Budgetförutsättningar")
pdf.p("Kommunfullmäktige fastställde i november 2025 nämndernas driftramar för 2026. I detta dokument "
      "fördelas ramarna på verksamhetsnivå och jämförs med budget och utfall för 2025, så att nämnderna "
      "kan följa upp sin verksamhet på samma nivå under året.", size=9.5)
pdf.p("Skatteintäkter och generella statsbidrag beräknas till 1 318,4 mnkr 2026, en ökning med 41,9 mnkr "
      "eller 3,3 procent jämfört med utfallet för 2025. Skattesatsen är oförändrad, 22,14 kronor, och "
      "beräkningen bygger på 21 460 invånare den 1 november 2025, vilket är 85 fler än ett år tidigare.",
      size=9.5)
pdf.p("Det budgeterade resultatet för 2026 är 19,8 mnkr, motsvarande 1,5 procent av skatteintäkter och "
      "generella statsbidrag, och för planåren 2027 och 2028 26,4 respektive 31,0 mnkr. Finansförvaltningen, "
      "pensioner och kapitalkostnader som inte fördelas till nämnderna beräknas till 89,4 mnkr netto.",
      size=9.5)
pdf.p(f"Nämndernas ramar uppgår 2026 till sammanlagt {grp(-tot[3])} tkr, vilket är "
      f"{grp((-tot[3]) - (-tot[1]))} tkr mer än utfallet 2025. I ramarna ingår kompensation för "
      "löneökningar med 3,2 procent och för prisökningar med 2,0 procent. Samtidigt har samtliga nämnder "
      "ett effektiviseringskrav på 1,0 procent av nettokostnaden.", size=9.5)
pdf.h1("2 Resultat 2025 i korthet")
pdf.p(f"Nämnderna redovisade 2025 sammantaget ett underskott på {grp(-tot[2])} tkr mot budget. Det största "
      f"underskottet har socialnämnden, {grp(-sn[2])} tkr, följt av barn- och utbildningsnämnden. "
      "Samhällsbyggnadsnämnden redovisade som enda nämnd ett överskott, främst till följd av lägre "
      "kostnader för lokaler när flytten till det nya kommunhuset blev försenad.", size=9.5)
pdf.p("Kommunens samlade resultat för 2025 blev ändå positivt, 6,1 mnkr, tack vare att skatteintäkterna blev "
      "högre än beräknat och att pensionskostnaderna blev lägre.", size=9.5)

# ---------------------------------------------------------------- pages 2–3: driftbudget
pdf.add_page()
pdf.h1("3 Driftbudget per nämnd och verksamhet")
pdf.p("Tabell 1 visar nettokostnaden per verksamhet i tusentals kronor (tkr). Kostnader redovisas med "
      "negativt tecken. Avvikelsen för 2025 är skillnaden mellan utfall och budget; ett negativt värde "
      "innebär att verksamheten har kostat mer än budgeterat. Budget 2026 avser den ram som "
      "kommunstyrelsen har fördelat och inkluderar de prioriterade satsningarna i avsnitt 4.", size=9.5)
pdf.p("Budgeten för 2025 avser den budget som gällde vid årets slut, det vill säga inklusive de "
      "tilläggsanslag som kommunfullmäktige beslutade under året. Tilläggsanslagen uppgick till sammanlagt "
      "14,2 mnkr och avsåg främst kostnader för asylsökande barn och ett nytt avtal om skolskjuts.", size=9.5)
pdf.p("Jämförelser mellan 2025 och 2026 påverkas av att kostnaderna för måltider har flyttats från "
      "samhällsbyggnadsnämnden till barn- och utbildningsnämnden respektive socialnämnden från och med "
      "2026. Beloppen för 2025 har räknats om så att verksamheterna är jämförbara.", size=9.5)
pdf.p("Förvaltningarna ska senast den 15 april 2026 ha fördelat budgeten på enhetsnivå i "
      "ekonomisystemet. Månadsuppföljning görs från och med februari och prognoser lämnas till "
      "kommunstyrelsen efter april, augusti och oktober.", size=9.5)
pdf.p("Eventuella omdisponeringar mellan verksamheter inom en nämnds ram beslutas av nämnden själv, medan "
      "förändringar av ramarna kräver beslut av kommunfullmäktige. Resultatöverföring mellan åren "
      "tillämpas inte för driftbudgeten.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Driftbudget 2026 och utfall 2025 per nämnd och verksamhet (tkr)",
         new_x="LMARGIN", new_y="NEXT")
rows = []
for namnd, vrows in B_DRIFT:
    rows.append(Row((namnd, "", "", "", ""), "B", (235, 242, 235)))
    for v, b, u, b26 in vrows:
        rows.append(("   " + v, grp(b), grp(u), grp(u - b), grp(b26)))
    s = b_summa(namnd)
    rows.append(Row((f"Summa {namnd[0].lower()}{namnd[1:]}", *(grp(x) for x in s)), "I"))
rows.append(Row(("Summa nämnder", *(grp(x) for x in tot)), "B", (220, 232, 220)))
pdf.ruled_table(("Nämnd / verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Budget 2026"), rows,
                (66, 25, 25, 25, 25), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.6, lh=4.6,
                font="Cond", borders="HORIZONTAL_LINES", head_fill=(210, 228, 210))

# ---------------------------------------------------------------- page 3 (after the table)
pdf.h1("4 Prioriterade satsningar 2026")
pdf.p("Kommunfullmäktige har i Mål och budget 2026 prioriterat följande satsningar. Medlen ingår i "
      "nämndernas ramar i tabell 1 och ska redovisas särskilt i delårsrapporten och årsredovisningen.",
      size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Prioriterade satsningar 2026 (tkr)", new_x="LMARGIN", new_y="NEXT")
srows = [(s, n, grp(b)) for s, n, b in B_SATS]
srows.append(Row(("Summa satsningar", "", grp(sum(b for _, _, b in B_SATS))), "B"))
pdf.ruled_table(("Satsning", "Nämnd", "tkr"), srows, (88, 58, 20), ("LEFT", "LEFT", "RIGHT"),
                size=8.6, lh=4.4, font="Cond", head_fill=(210, 228, 210))

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("5 Socialnämndens ekonomi")
pdf.p(f"Socialnämnden har under flera år haft svårt att bedriva verksamheten inom ramen. Underskottet 2025, "
      f"{grp(-sn[2])} tkr, förklaras till största delen av äldreomsorgen och funktionsstödet. Inom "
      "äldreomsorgen har antalet beviljade hemtjänsttimmar ökat med 9 procent på två år, och inom "
      "funktionsstödet har tre nya boenden enligt LSS öppnats utan full kostnadstäckning i budgeten.",
      size=9.5)
pdf.p("Kostnaderna för ekonomiskt bistånd har ökat till följd av att fler hushåll saknar inkomst av arbete "
      "och att arbetslöshetsersättningen har blivit svårare att kvalificera sig för. Inom individ- och "
      "familjeomsorgen är kostnaden för externa placeringar av barn och unga den största enskilda "
      "orsaken till underskottet.", size=9.5)
pdf.p("För att nå en ekonomi i balans ska socialnämnden minska kostnaderna för externa placeringar genom att "
      "bygga ut den egna öppenvården och familjehemsvården. Hemtjänstens planering ska effektiviseras med "
      "ett nytt planeringssystem, och nämnden ska se över biståndsbedömningen inom äldreomsorgen så att "
      "den blir mer likvärdig. Inom funktionsstödet ska lediga platser i egna boenden användas innan nya "
      "platser köps.", size=9.5)
pdf.p("Nämnden ska redovisa effekterna av åtgärderna för kommunstyrelsen i samband med varje prognos. Om "
      "prognosen efter augusti visar ett underskott på mer än 5,0 mnkr ska nämnden ta fram ytterligare "
      "åtgärder.", size=9.5)
pdf.h1("6 Nämndernas uppdrag 2026")
pdf.numbered([
    "Barn- och utbildningsnämnden ska utreda en samlad skolorganisation för Furuskogs tätort och landsbygd "
    "och redovisa ett förslag senast den 30 september 2026.",
    "Socialnämnden ska ta fram en plan för hur antalet externa placeringar kan halveras till 2028.",
    "Samhällsbyggnadsnämnden ska ta fram en underhållsplan för kommunens gator och broar.",
    "Kultur- och fritidsnämnden ska utvärdera bokningssystemet för idrottshallar.",
    "Kommunstyrelsen ska genomföra en översyn av den administrativa organisationen med målet att "
    "minska kostnaderna med 3,0 mnkr till 2027.",
], size=9.5, lh=4.7)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
