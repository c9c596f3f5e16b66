"""(b) Jovinge kommun – personalredovisning 2026.

Layout: DejaVu Sans, portrait, 4 pages. No running header text: every page has a THIN TEAL BAR ALONG THE TOP EDGE
of the sheet and a footer with "Jovinge kommun · HR-avdelningen" at the left and "Sida n av 4" at the right. P. 1:
the title in teal, a grey subtitle, "Sammanfattning" in running text with competing figures (2 717 vs 2 674
employees, +43, 2 124 women = 78,2 %; turnover 9,4 vs 10,1 against the target 9,0; sick leave 8,3 vs 8,1; long-term
share 47,6 vs 45,3) and a PICTOGRAM ROW OF TEN DRAWN PERSON FIGURES (a circle head over a rounded body), eight in
teal for women and two in grey for men, with a caption and a legend. P. 2: Tabell 1, employees per förvaltning
with a STACKED HEADING ("2026" and "2025" each over Kvinnor / Män / Totalt), the whole 2025 block in GREY TYPE, a
DOUBLE VERTICAL RULE between the two year blocks, hairlines between rows, a footnote mark "¹" on one förvaltning
with its footnote under the table, and a bold "Summa" row on a pale tint; comments. P. 3: Tabell 2, sick leave in
LONG FORMAT – Kvinnor / Män / Samtliga printed only on the first of their two year rows (2026, then 2025) – with the
age groups −29 år / 30–49 år / 50 år− / Totalt as columns and every value cell TINTED LIKE A HEAT MAP (the higher
the share the darker the orange), a colour-scale key under the table; comments on sick leave. P. 4: "Åtgärder
2027" as a list numbered "(1)" … "(5)" whose items wrap, with the number in a teal hanging column and a hairline
between the items; the signature of the HR chief. No metadata title.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (B_STAFF, B_FOOTNOTE, B_MOVED, B_AGES, B_SICK, B_SEXES, B_LONGTERM, B_TURNOVER, B_MEASURES,
                  B_SIGNED, b_tot, g, d1, dmy, r1)

OUT = HERE / "jovinge-personalredovisning-2026.pdf"
TEAL = (0, 110, 120)
GREY = (120, 120, 120)
PALE = (232, 243, 244)


class P(Doc):
    def header(self):
        self.set_fill_color(*TEAL)
        self.rect(0, 0, self.w, 3.2, style="F")
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_draw_color(200, 200, 200)
        self.line(self.l_margin, self.h - 16, self.w - self.r_margin, self.h - 16)
        self.cell(self.epw / 2, 4, "Jovinge kommun · HR-avdelningen")
        self.cell(self.epw / 2, 4, f"Sida {self.page_no()} av 4", align="R")
        self.set_text_color(0, 0, 0)


pdf = P("", font="dejavu", accent=TEAL, created=dt.datetime(2027, 2, 24, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 20, 22)
K6, M6, T6 = b_tot(2026)
K5, M5, T5 = b_tot(2025)
share = r1(K6 / T6 * 100)
S = B_SICK

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_y(26)
pdf.set_font("Sans", "B", 24)
pdf.set_text_color(*TEAL)
pdf.cell(0, 11, "Personalredovisning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(*GREY)
pdf.cell(0, 6, "Jovinge kommun – medarbetare, hälsa och kompetensförsörjning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.h2("Sammanfattning", size=12)
pdf.p(f"Vid utgången av 2026 hade Jovinge kommun {g(T6)} anställda med månadslön, {T6 - T5} fler än ett år "
      f"tidigare då antalet var {g(T5)}. Av de anställda var {g(K6)} kvinnor, vilket motsvarar {d1(share)} "
      f"procent. Ökningen förklaras främst av fler tjänster inom socialförvaltningen.", size=9.8)
pdf.p(f"Personalomsättningen, exklusive pensionsavgångar, sjönk till {d1(B_TURNOVER[0])} procent från "
      f"{d1(B_TURNOVER[1])} procent året innan. Kommunens mål är en personalomsättning på högst "
      f"{d1(B_TURNOVER[2])} procent.", size=9.8)
pdf.p(f"Sjukfrånvaron ökade till {d1(S[('Samtliga', 2026)][3])} procent av den ordinarie arbetstiden, jämfört "
      f"med {d1(S[('Samtliga', 2025)][3])} procent 2025. Långtidssjukfrånvaron, det vill säga frånvaro som "
      f"pågått i 60 dagar eller mer, utgjorde {d1(B_LONGTERM[0])} procent av den totala sjukfrånvaron "
      f"({d1(B_LONGTERM[1])} procent).", size=9.8)
pdf.ln(4)
# pictogram of ten persons
n_w = int(round(share / 10))
x0, y0 = 40, pdf.get_y() + 4
for i in range(10):
    x = x0 + i * 13.5
    col = TEAL if i < n_w else (185, 185, 185)
    pdf.set_fill_color(*col)
    pdf.ellipse(x + 2.6, y0, 5.2, 5.2, style="F")
    pdf.rect(x + 1.2, y0 + 6.3, 8, 11, style="F", round_corners=True, corner_radius=2.2)
    pdf.rect(x + 2.4, y0 + 16.5, 2.4, 6, style="F")
    pdf.rect(x + 5.4, y0 + 16.5, 2.4, 6, style="F")
pdf.set_y(y0 + 26)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Åtta av tio medarbetare i Jovinge kommun är kvinnor", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Sans", "", 8)
yk = pdf.get_y() + 1
for k, (col, lab) in enumerate(((TEAL, "Kvinnor"), ((185, 185, 185), "Män"))):
    xk = 78 + k * 30
    pdf.set_fill_color(*col)
    pdf.rect(xk, yk, 3.5, 3.5, style="F")
    pdf.set_xy(xk + 5, yk - 0.4)
    pdf.cell(20, 4.2, lab)
pdf.set_y(yk + 10)
pdf.h2("Om redovisningen", size=10.5)
pdf.p("Personalredovisningen avser anställda med månadslön, tillsvidare eller visstid, den 31 december. "
      "Timavlönade ingår inte i antalet anställda. Uppgifterna är hämtade ur kommunens lönesystem. "
      "Sjukfrånvaron redovisas i procent av den ordinarie arbetstiden.", size=9.2)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Anställda per förvaltning", size=14)
pdf.p("Tabell 1 visar antalet anställda per förvaltning den 31 december 2026 och 2025, uppdelat på kvinnor och "
      "män.", size=9.6)
W = [58, 18, 15, 17, 18, 15, 17]
AL = ["L", "R", "R", "R", "R", "R", "R"]
tw = sum(W)
x0 = pdf.l_margin
xs = [x0]
for c in W:
    xs.append(xs[-1] + c)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Anställda per förvaltning 31 december", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw, y, 0.6, TEAL)
y += 0.5
h = pdf.stacked_head(x0, y, W, AL, [("2026", 1, 3), ("2025", 4, 6)],
                     ["Förvaltning", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"], size=8.4,
                     rule=TEAL, gap=1.5)
yh = y
y += h
pdf.hline(x0, x0 + tw, y, 0.4, TEAL)
ytab = y
for s in B_STAFF:
    k6, m6 = s[2]
    k5, m5 = s[3]
    cells = [s[0] + s[1], g(k6), g(m6), g(k6 + m6), g(k5), g(m5), g(k5 + m5)]
    y += pdf.row(x0, y, W, AL, cells, size=8.8, lh=4.3, vpad=1.6,
                 colors=[None, None, None, None, GREY, GREY, GREY], styles=[None, None, None, "B", None, None, None])
    pdf.hline(x0, x0 + tw, y, 0.1, (200, 200, 200))
hs = pdf.row_h(W, ["Summa"] + [""] * 6, lh=4.3, vpad=1.8, size=8.8, style="B")
pdf.tint_cell(x0, y, tw, hs, PALE)
pdf.hline(x0, x0 + tw, y, 0.4)
pdf.row(x0, y, W, AL, ["Summa", g(K6), g(M6), g(T6), g(K5), g(M5), g(T5)], size=8.8, lh=4.3, vpad=1.8,
        style="B", colors=[None, None, None, None, GREY, GREY, GREY])
y += hs
pdf.hline(x0, x0 + tw, y, 0.6, TEAL)
# double vertical rule between the year blocks
pdf.vline(xs[4] - 0.6, yh + 6.4, y, 0.15, (90, 90, 90))
pdf.vline(xs[4] + 0.6, yh + 6.4, y, 0.15, (90, 90, 90))
pdf.set_xy(x0, y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(tw, 3.8, B_FOOTNOTE, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.h2("Kommentarer", size=10.5)
ST = {s[0]: s for s in B_STAFF}
soc = ST["Socialförvaltningen"]
vof = ST["Vård- och omsorgsförvaltningen"]
sbf = ST["Samhällsbyggnadsförvaltningen"]
pdf.p(f"Socialförvaltningen växte mest: antalet anställda ökade med {sum(soc[2]) - sum(soc[3])} efter att "
      f"nämnden inrättade ett mobilt team för barn och unga och förstärkte mottagningsenheten. "
      f"Vård- och omsorgsförvaltningen minskade med {sum(vof[3]) - sum(vof[2])} anställda, främst genom att ett "
      f"äldreboende med en avdelning lades ned under våren.", size=9.6)
pdf.p(f"Samhällsbyggnadsförvaltningen är den enda förvaltningen där männen är fler än kvinnorna. Antalet "
      f"anställda där var oförändrat, {sum(sbf[2])}, men andelen kvinnor ökade något. Kultur- och "
      f"fritidsförvaltningens ökning beror till största delen på att {B_MOVED} anställda vid fritidsgårdarna "
      f"bytte förvaltning.", size=9.6)

# ---------------------------------------------------------------- p. 3 Tabell 2 sick leave
pdf.add_page()
pdf.h1("Sjukfrånvaro", size=14)
pdf.p("Sjukfrånvaron mäts som andelen sjukfrånvarotimmar av den sammanlagda ordinarie arbetstiden. Tabell 2 visar "
      "sjukfrånvaron per åldersgrupp för kvinnor, män och samtliga anställda.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid, per kön och åldersgrupp",
         new_x="LMARGIN", new_y="NEXT")
W2 = [34, 16, 25, 25, 25, 25]
A2 = ["L", "L", "R", "R", "R", "R"]
tw2 = sum(W2)
x0 = pdf.l_margin
xs2 = [x0]
for c in W2:
    xs2.append(xs2[-1] + c)
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw2, y, 0.6, TEAL)
y += pdf.row(x0, y, W2, A2, ["Kön", "År"] + B_AGES, style="B", size=8.6, lh=4.2, vpad=1.6)
pdf.hline(x0, x0 + tw2, y, 0.4, TEAL)
vmin, vmax = 3.5, 10.5


def heat(v):
    t = max(0.0, min(1.0, (v - vmin) / (vmax - vmin)))
    return (int(255 - 10 * t), int(246 - 120 * t), int(235 - 185 * t))


for sex in B_SEXES:
    for k, year in enumerate((2026, 2025)):
        vals = S[(sex, year)]
        cells = [sex if k == 0 else "", str(year)] + [d1(v) for v in vals]
        hh = pdf.row_h(W2, cells, lh=4.3, vpad=1.8, size=8.8)
        for ci, v in enumerate(vals):
            pdf.tint_cell(xs2[2 + ci] + 0.4, y + 0.4, W2[2 + ci] - 0.8, hh - 0.8, heat(v))
        pdf.row(x0, y, W2, A2, cells, lh=4.3, vpad=1.8, size=8.8,
                styles=["B", None, None, None, None, "B"], colors=[None, GREY if k else None] + [None] * 4)
        y += hh
    pdf.hline(x0, x0 + tw2, y, 0.25, (150, 150, 150))
pdf.hline(x0, x0 + tw2, y, 0.6, TEAL)
# colour key
y += 3
pdf.set_font("Sans", "", 7.2)
pdf.set_xy(x0, y)
pdf.cell(22, 4, "Färgskala:")
for i in range(8):
    v = vmin + i * (vmax - vmin) / 7
    pdf.set_fill_color(*heat(v))
    pdf.rect(x0 + 22 + i * 7, y + 0.4, 7, 3.2, style="F")
pdf.set_xy(x0 + 22 + 8 * 7 + 2, y)
pdf.cell(60, 4, "lägre → högre sjukfrånvaro")
pdf.set_y(y + 10)
pdf.h2("Kommentarer", size=10.5)
kv, man = S[("Kvinnor", 2026)], S[("Män", 2026)]
pdf.p(f"Sjukfrånvaron är högre bland kvinnor än bland män i alla åldersgrupper. Högst är den bland kvinnor som är "
      f"50 år eller äldre, {d1(kv[2])} procent. Bland kvinnor under 30 år ökade sjukfrånvaron från "
      f"{d1(S[('Kvinnor', 2025)][0])} till {d1(kv[0])} procent, medan den minskade i åldersgruppen 30–49 år.",
      size=9.6)
pdf.p(f"Långtidssjukfrånvaron svarade för {d1(B_LONGTERM[0])} procent av all sjukfrånvaro. Korttidsfrånvaron, "
      f"dag 1–14, har minskat något sedan kommunen införde tidig kontakt vid sjukdom i två förvaltningar under "
      f"hösten. Den vanligaste orsaken till långa sjukskrivningar är psykisk ohälsa, följd av besvär i rygg "
      f"och axlar.", size=9.6)

# ---------------------------------------------------------------- p. 4 measures
pdf.add_page()
pdf.h1("Åtgärder 2027", size=14)
pdf.p("Kommunstyrelsens personalutskott har beslutat om följande åtgärder för att minska sjukfrånvaron och "
      "förbättra arbetsmiljön under 2027.", size=9.8)
pdf.ln(2)
for i, m in enumerate(B_MEASURES, 1):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(12, 5.4, f"({i})")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.8)
    pdf.set_xy(pdf.l_margin + 12, y)
    pdf.multi_cell(pdf.epw - 12, 5.4, m, align="L", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2.4
    if i < len(B_MEASURES):
        pdf.hline(pdf.l_margin + 12, pdf.l_margin + pdf.epw, y, 0.15, (190, 190, 190))
    pdf.set_y(y + 2.4)
pdf.ln(4)
pdf.h2("Uppföljning", size=10.5)
pdf.p("Åtgärderna följs upp i delårsrapporten per augusti 2027 och i nästa personalredovisning. HR-avdelningen "
      "redovisar sjukfrånvaron för personalutskottet varje kvartal.", size=9.8)
pdf.ln(10)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Jovinge den {dmy(B_SIGNED)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(9)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Cecilia Strand", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.6, "HR-chef", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
