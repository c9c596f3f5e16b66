"""(f) Celsinge kommun – VA-taxa 2027: tekniska nämndens förslag till kommunfullmäktige with the fee list as a
SCANNED Bilaga 1 and the consequences for the customers as Bilaga 2.

Layout: DejaVu Serif text, DejaVu Sans headings and tables, portrait, 3 pages. P. 1 has no running header: a drawn
BLUE WATER-DROP MARK beside "Celsinge kommun / Tekniska nämnden", a RULED 2 × 2 MEMO GRID (Till / Från / Datum /
Diarienummer, each cell with a small grey caption at the left of its value), the title, "Sammanfattning",
"Bakgrund" (the cost-based principle, the transfer pipeline to Jättholmens reningsverk) and "Förslag till beslut" as
att-clauses, with a pointer to the two bilagor but none of the fees. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER
(see scan35.py: a bluish-white sheet with a water-drop letterhead, a fully gridded fee table with a stacked heading
"Avgift 2027, kr" over exkl. / inkl. moms and a "Förändring mot 2026, %" column with signed values, grey group
bands, two notes and a signature; a round purple INKOM stamp, pencil ticks in the margin, two fold creases,
rotated −0.7°, blur, grain and specks). P. 3: Bilaga 2 with a running header, Tabell 1, the annual cost including
VAT of two model houses 2026 / 2027 with the change in kr and per cent (HORIZONTAL RULES ONLY, a heavy rule over
and under the table, the 2027 column in bold), a note on how the model houses are computed, the investments
2027–2030 as a DASH LIST with amounts in mnkr and years in parentheses and a total, and a contact line. None of the
scanned fees is repeated in the text layer. Metadata title set.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (F_TYPHUS, F_INVEST, F_DECIDED_TN, F_KF, F_SCAN_SIGN, f_typhus, d1, d2, dmy, pct, r1)
from scan35 import render

OUT = HERE / "celsinge-va-taxa-2027.pdf"
BLUE = (20, 86, 150)
GREY = (110, 110, 110)


class F(Doc):
    def header(self):
        if self.page_no() in (1, 2):
            self.set_y(22)
            return
        self.set_y(10)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw / 2, 5, "Celsinge kommun · VA-taxa 2027")
        self.cell(self.epw / 2, 5, "Bilaga 2", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, BLUE)
        self.set_y(24)

    def footer(self):
        if self.page_no() == 2:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.page_no()} (3)", align="R")
        self.set_text_color(0, 0, 0)


pdf = F("", font="dejavu", serif=True, accent=BLUE, title="Celsinge kommun – VA-taxa 2027, förslag till "
        "kommunfullmäktige", author="Celsinge kommun, tekniska nämnden",
        created=dt.datetime(2026, 10, 22, 14, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 22, 22)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# water drop mark
pdf.set_fill_color(*BLUE)
cx, cy = 29, 20
pdf.polygon([(cx, cy - 6.5), (cx - 4, cy + 0.5), (cx + 4, cy + 0.5)], style="F")
pdf.ellipse(cx - 4.1, cy - 3.2, 8.2, 8.2, style="F")
pdf.set_xy(37, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*BLUE)
pdf.cell(80, 6, "Celsinge kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(37)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(0, 0, 0)
pdf.cell(80, 5, "Tekniska nämnden")
# memo grid
x0, y0 = 24, 34
cw, ch = (pdf.w - 24 - 22) / 2, 9
cells = [("Till", "Kommunfullmäktige"), ("Från", "Tekniska nämnden"), ("Datum", F_DECIDED_TN.isoformat()),
         ("Diarienummer", "TN 2026/141")]
pdf.set_draw_color(150, 150, 150)
for k, (lab, val) in enumerate(cells):
    x = x0 + (k % 2) * cw
    y = y0 + (k // 2) * ch
    pdf.rect(x, y, cw, ch)
    pdf.set_xy(x + 2, y + 2.6)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.cell(22, 4, lab)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(cw - 26, 4, val)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + 2 * ch + 9)
pdf.set_font("Sans", "B", 17)
pdf.set_text_color(*BLUE)
pdf.multi_cell(0, 8, "VA-taxa 2027 – förslag till beslut", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Sammanfattning", size=11)
pdf.p("Tekniska nämnden föreslår att kommunfullmäktige antar en ny taxa för kommunens allmänna vatten- och "
      "avloppsanläggning som ska gälla från den 1 januari 2027. Anläggningsavgifterna räknas upp i takt med "
      "kostnaderna för att bygga ut ledningsnätet, och brukningsavgifterna höjs för att täcka de ökade "
      "kapitalkostnaderna för pågående investeringar.", size=9.8)
pdf.p("Avgifterna för 2027 framgår av bilaga 1. Konsekvenserna för två typer av fastigheter och nämndens "
      "investeringsplan redovisas i bilaga 2.", size=9.8)
pdf.h2("Bakgrund", size=11)
pdf.p("Enligt lagen om allmänna vattentjänster ska VA-verksamheten finansieras med avgifter som inte får "
      "överstiga de nödvändiga kostnaderna för verksamheten. VA-kollektivet har redovisat underskott de senaste "
      "åren, och underskotten ska enligt lagen återställas inom tre år.", size=9.8)
pdf.p("Den största enskilda investeringen är den nya överföringsledningen till Jättholmens reningsverk, som gör det "
      "möjligt att lägga ned två små reningsverk med bristande rening. Arbetet påbörjas under våren 2027. Dessutom "
      "behöver dagvattenhanteringen byggas ut för att klara kraftigare skyfall, vilket motiverar att "
      "dagvattenavgifterna får bära en större del av kostnaderna än tidigare.", size=9.8)
pdf.h2("Förslag till beslut", size=11)
pdf.att_list("Tekniska nämnden föreslår kommunfullmäktige besluta", [
    "anta VA-taxa 2027 för Celsinge kommuns allmänna vatten- och avloppsanläggning enligt bilaga 1,",
    "taxan ska gälla från och med den 1 januari 2027,",
    f"uppdra åt tekniska nämnden att redovisa VA-kollektivets ekonomi i samband med årsredovisningen.",
], size=9.8)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.4, f"Ärendet behandlas av kommunfullmäktige den {dmy(F_KF)}. Bilaga 1: Avgifter enligt VA-taxa "
               f"2027. Bilaga 2: Konsekvenser för kunderna och investeringsplan 2027–2030.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3 Bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Konsekvenser för kunderna och investeringsplan", size=13)
pdf.p("Tabell 1 visar den årliga kostnaden inklusive moms för två typhus med de avgifter som gäller 2026 och de "
      "som föreslås för 2027. Beräkningen omfattar fast avgift, förbrukningsavgift och dagvattenavgifter.",
      size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Årlig kostnad för två typhus, kronor inklusive moms", new_x="LMARGIN", new_y="NEXT")
W = [23, 41, 24, 24, 26, 26]
AL = ["L", "L", "R", "R", "R", "R"]
tw = sum(W)
x0 = pdf.l_margin
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw, y, 0.8, BLUE)
y += pdf.row(x0, y, W, AL, ["Typhus", "Beskrivning", "2026", "2027", "Förändring, kr", "Förändring, %"],
             style="B", size=8.4, lh=3.9, vpad=1.5)
pdf.hline(x0, x0 + tw, y, 0.3)
for t in F_TYPHUS:
    a, b = f_typhus(t, 2026), f_typhus(t, 2027)
    y += pdf.row(x0, y, W, AL, [t[0], t[1], d2(a), d2(b), "+" + d2(b - a), d1(pct(b, a), plus=True)], size=8.8,
                 lh=4.2, vpad=1.8, styles=["B", None, None, "B", None, None])
    pdf.hline(x0, x0 + tw, y, 0.1, (190, 190, 190))
pdf.hline(x0, x0 + tw, y, 0.8, BLUE)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 4, "Typhus A är ett småhus med en förbindelsepunkt. Typhus B är ett flerbostadshus där den fasta "
               "avgiften tas ut per lägenhet. Båda typhusen betalar dagvattenavgift för gata och för fastighet.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h2("Investeringsplan 2027–2030", size=11)
pdf.p("Tekniska nämndens investeringsplan för VA-verksamheten omfattar följande projekt. Beloppen avser den totala "
      "utgiften under perioden.", size=9.6)
pdf.set_font("Serif", "", 9.6)
for name, amt, y1, y2 in F_INVEST:
    pdf.set_x(x0 + 2)
    pdf.cell(6, 5.2, "–")
    pdf.multi_cell(pdf.epw - 8, 5.2, f"{name}, {d1(amt)} mnkr ({y1}–{y2})", align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(0.8)
tot = r1(sum(i[1] for i in F_INVEST))
pdf.ln(1)
pdf.p(f"Sammanlagt uppgår investeringarna till {d1(tot)} mnkr. De finansieras med lån och påverkar taxan genom "
      f"avskrivningar och räntor under anläggningarnas livslängd.", size=9.6)
pdf.ln(6)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.6, f"Kontakt: {F_SCAN_SIGN[0]}, {F_SCAN_SIGN[1]}, tekniska förvaltningen", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
