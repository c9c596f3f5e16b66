"""(e) Zelmersta kommun – Välfärdsbokslut 2025: folkhälsa och levnadsvillkor.

Layout: page 1 has the logo block, an introduction with a counts sentence (16 indicators, 14 comparable:
better / level / worse), a TABLE OF CONTENTS with dot leaders and a shaded "how to read" box.
Pages 2–3: three INDICATOR TABLES (Barn och unga, Vuxna, Äldre) whose first cell holds the indicator and, on a
second line in small grey italics, its own "Källa: …" line; columns Kvinnor / Män / Totalt / Riket and a
comparison word in coloured bold ("Bättre" green, "I nivå" grey, "Sämre" red); ".." where no split by sex
exists; a coloured STRIPE in the left margin per area; thin horizontal rules only; footnotes below each table.
Page 4: comments and the four priorities for 2026 as a numbered list. Running header "Zelmersta kommun …
Välfärdsbokslut 2025", footer "Sida 2 av 4". DejaVu. Metadata title set.
"""
import datetime as dt

from common15 import HERE, Pub, dec
from data import E_OMRADEN, E_IND, e_counts, E_PRIO

OUT = HERE / "zelmersta-valfardsbokslut-2025.pdf"
ACC = (40, 70, 140)
STRIPES = [(230, 140, 40), (60, 140, 190), (120, 90, 160)]
COLORS = {"Bättre": (20, 130, 60), "Sämre": (190, 30, 30), "I nivå": (110, 110, 110)}

pdf = Pub("Zelmersta kommun", "Välfärdsbokslut 2025", "Zelmersta kommun · Folkhälsorådet · Dnr KS 2026/077",
          accent=ACC, title="Zelmersta kommun – Välfärdsbokslut 2025", author="Folkhälsorådet",
          created=dt.datetime(2026, 4, 9, 8, 20, tzinfo=dt.timezone.utc))
n, nj, better, level, worse = e_counts()


def fmt(v, d):
    return ".." if v is None else dec(v, d)


pdf.add_page()
pdf.logo_block("Zelmersta kommun", "Folkhälsorådet · Kommunledningsförvaltningen")
pdf.title_block("Välfärdsbokslut 2025", "Folkhälsa och levnadsvillkor för barn, vuxna och äldre i Zelmersta",
                size=20)
pdf.p("Välfärdsbokslutet ger en samlad bild av hälsan och levnadsvillkoren i kommunen. Det används som underlag "
      "när nämnderna prioriterar i sina verksamhetsplaner och när kommunstyrelsen fördelar medel ur "
      "folkhälsoanslaget.", size=10, lh=5.1)
pdf.p(f"I år redovisas {n} indikatorer. {nj} av dem kan jämföras med riket: Zelmersta ligger bättre än riket "
      f"för {better} indikatorer, i nivå med riket för {level} och sämre än riket för {worse}. För två "
      "indikatorer görs ingen bedömning eftersom ett högre värde varken är bättre eller sämre.", size=10, lh=5.1)
pdf.h2("Innehåll")
pdf.toc([("1", "Barn och unga", 2), ("2", "Vuxna", 2), ("3", "Äldre", 3), ("4", "Prioriteringar 2026", 4)],
        title="")
y = pdf.get_y()
pdf.set_fill_color(240, 243, 250)
pdf.rect(pdf.l_margin, y, pdf.epw, 36, style="F")
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Så läser du tabellerna", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "", 8.7)
pdf.multi_cell(pdf.epw - 6, 4.3,
               "Värdena avser det senaste år som finns tillgängligt; året anges i källraden under varje indikator. "
               "Kolumnen Jämförelse visar om Zelmersta ligger bättre än, i nivå med eller sämre än riket. En "
               "skillnad på mindre än fem procent av rikets värde räknas som i nivå. Två punkter (..) betyder att "
               "uppgiften inte finns uppdelad på kön, och ett streck (–) att ingen bedömning görs. För barn och "
               "unga avser kolumnerna Kvinnor och Män flickor och pojkar.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 40)

hdr = ["Indikator", "Kvinnor", "Män", "Totalt", "Riket", "Jämförelse"]
W = [70, 18, 18, 18, 18, 24]
AL = ["L", "R", "R", "R", "R", "C"]


def table(i):
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*STRIPES[i])
    pdf.cell(0, 7, f"{i + 1} {E_OMRADEN[i]}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [(r[1], r[2], [fmt(r[3], r[8]), fmt(r[4], r[8]), fmt(r[5], r[8]), fmt(r[6], r[8]), r[7]])
            for r in E_IND if r[0] == i]
    pdf.stripe_table(hdr, rows, W, AL, STRIPES[i], cell_colors=COLORS)


pdf.add_page()
table(0)
pdf.footnotes([("¹", "Ekonomiskt utsatta hushåll: hushåll med låg inkomststandard eller långvarigt ekonomiskt "
                "bistånd. Uppgiften redovisas inte per kön.")])
table(1)
pdf.footnotes([("¹", "Ekonomiskt bistånd redovisas som antal personer och jämförs därför inte med riket.")])
pdf.add_page()
table(2)
pdf.footnotes([("¹", "Andelen med hemtjänst bedöms inte, eftersom en högre andel kan bero både på större behov "
                "och på att fler får stöd i hemmet i stället för särskilt boende.")])
pdf.h2("Kommentarer")
pdf.p("Andelen äldre med hemtjänst som känner sig ensamma har minskat sedan förra mätningen. Förbättringen "
      "förklaras främst av att träffpunkterna i Zelmersta och Ivenäs fick utökade öppettider och att "
      "hemtjänstens promenadgrupper blev permanenta.", size=9.8, lh=4.9)
pdf.p("Fallolyckorna bland kvinnor över 80 år ligger fortfarande högt. Socialnämnden har därför beslutat att "
      "erbjuda alla med hemtjänst en fallriskbedömning.", size=9.8, lh=4.9)

pdf.add_page()
pdf.h1("4 Prioriteringar 2026")
pdf.p("Folkhälsorådet föreslår att nämnderna under 2026 prioriterar följande områden, där Zelmersta ligger "
      "sämre än riket eller där utvecklingen går åt fel håll:", size=10, lh=5.1)
pdf.numbered(E_PRIO, size=10, lh=5.1)
pdf.p("Rådet följer upp prioriteringarna i nästa välfärdsbokslut, som publiceras våren 2027.", size=10, lh=5.1)
pdf.source("Källa: Folkhälsorådets sammanträde 2026-03-12. Indikatorerna är hämtade ur Kolada och från de "
           "källor som anges i tabellerna.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
