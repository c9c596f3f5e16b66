"""(c) Region Wendmark – ekonomisk månadsrapport januari–april 2027 (regionstyrelsen).

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 3 pages. P. 1 has no running header: a DRAWN
CALENDAR-SHEET BADGE at the top left (a rounded card with two binder rings, a red top band holding the year and the
month "APR" in large type) beside the region's name and the report title, "Sammanfattning" with competing figures in
running text (period result 17,6 vs the periodised budget 40,1; full-year forecast 30,0 vs budget 120,0 vs the March
forecast 46,0; 0,4 % vs the goal 2,0 %; the operations' deficit 137,0; four of nine units in deficit; taxes +39,0)
and Figur 1, a LINE CHART of the accumulated result January–April (solid line with filled markers for the outcome,
dashed line with open markers for the budget, the value printed at every point, a legend). P. 2: Tabell 1, the
operating statement per division with a STACKED TWO-LEVEL HEADING ("Januari–april" over Utfall / Budget /
Avvikelse; "Helår 2027" over Budget / Prognos / Avvikelse / Prognos mars), the three groups as SMALL-CAPITAL GROUP
LINES WITH A DOTTED UNDERLINE, italic "Summa <group>" rows, a bold "Summa verksamheterna" row between heavy rules,
NEGATIVE DEVIATIONS PRINTED IN RED, footnote marks ¹ ² on two rows with the notes under the table; then Tabell 2,
the income statement in brief (costs negative with "−"), with a bold result row. P. 3: Tabell 3, personnel costs
and hired staff per healthcare division (this period vs the same period of 2026) with a bold sum row, a comment
with competing figures, "Kommentarer per division" in TWO LEFT-ALIGNED COLUMNS with bold run-in division names (the
passage on Division Kirurgi), the measures as a "•" list, the decision line and contacts. Metadata title set.
"""
import datetime as dt

from common40 import HERE, Doc, nb
from data import (C_GROUPS, C_DIV, C_TAX, C_FIN, C_GOAL_PCT, C_MONTHLY, C_STAFF, C_PASSAGE, C_DECIDED, C_CONTACT,
                  C_DIRECTOR, c_divs, c_sum, c_cells, c_result, c_staff_tot, c_name, d1, dmy)

OUT = HERE / "region-wendmark-manadsrapport-april-2027.pdf"
ACC = (28, 58, 110)
RED = (190, 30, 30)


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(16)
            return
        super().header()


pdf = CDoc("Region Wendmark", "Månadsrapport januari–april 2027", "Sida {p} av 3", font="dejavu", serif=False,
           accent=ACC, foot="Region Wendmark · Regionledningskontoret, ekonomiavdelningen",
           title="Region Wendmark – Ekonomisk månadsrapport april 2027", author="Region Wendmark",
           created=dt.datetime(2027, 5, 11, 14, 0, tzinfo=dt.timezone.utc), justify=True)
res = c_result()
ops = c_sum()
deficit = [d for d in C_DIV if d[2] - d[5] < 0]
WORDS = {4: "Fyra", 9: "nio"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
bx, by, bw, bh = 22, 14, 26, 28
pdf.set_fill_color(255, 255, 255)
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.4)
pdf.rect(bx, by, bw, bh, style="D", round_corners=True, corner_radius=2.5)
pdf.set_fill_color(*RED)
pdf.rect(bx, by, bw, 8, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=2.5)
for rx in (bx + 7, bx + bw - 7):
    pdf.set_fill_color(70, 70, 70)
    pdf.rect(rx - 0.9, by - 2.2, 1.8, 4.4, style="F", round_corners=True, corner_radius=0.9)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 9)
pdf.set_xy(bx, by + 2)
pdf.cell(bw, 5, "2027", align="C")
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "B", 17)
pdf.set_xy(bx, by + 11.5)
pdf.cell(bw, 10, "APR", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(56, 15)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Region Wendmark", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 18)
pdf.cell(0, 9, "Ekonomisk månadsrapport", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 10)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, f"Januari–april 2027 · Regionstyrelsen {C_DECIDED.isoformat()}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(50)
pdf.hline(22, 188, 48, 0.5, ACC)
pdf.h1("Sammanfattning")
pdf.p(f"Regionens resultat för perioden januari–april blev {d1(res[2])} mnkr, att jämföra med det "
      f"periodiserade budgeterade resultatet på {d1(res[1])} mnkr.")
pct = res[3] / C_TAX[3] * 100
pdf.p(f"För helåret prognostiserar regionen ett resultat på {d1(res[3])} mnkr. Det är {d1(res[0] - res[3])} mnkr "
      f"lägre än budgeterat ({d1(res[0])} mnkr) och {d1(res[4] - res[3])} mnkr lägre än prognosen efter mars "
      f"({d1(res[4])} mnkr). Resultatet motsvarar {d1(pct)} procent av skatteintäkter och generella statsbidrag, "
      f"jämfört med målet på {d1(C_GOAL_PCT)} procent.")
pdf.p(f"Verksamheterna prognostiserar tillsammans ett underskott på {d1(ops[3] - ops[0])} mnkr mot budget. "
      f"{WORDS[len(deficit)]} av regionens {WORDS[len(C_DIV)]} divisioner och verksamheter räknar med underskott, "
      f"störst inom Division Kirurgi och Division Medicin. Skatteintäkter och generella statsbidrag beräknas bli "
      f"{d1(C_TAX[3] - C_TAX[0])} mnkr högre än budgeterat.")
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Figur 1. Ackumulerat resultat 2027, mnkr", new_x="LMARGIN", new_y="NEXT")
pts = C_MONTHLY + [("apr", res[2], res[1])]
gx, gy, gw, gh = 34, pdf.get_y() + 6, 140, 62
vmax = 50
pdf.set_font("Sans", "", 7.4)
for v in range(0, vmax + 1, 10):
    yy = gy + gh - v / vmax * gh
    pdf.hline(gx, gx + gw, yy, 0.1, (205, 205, 205))
    pdf.set_xy(gx - 10, yy - 1.8)
    pdf.cell(8, 3.6, str(v), align="R")
step = gw / len(pts)
xy_o, xy_b = [], []
for k, (m, o, b) in enumerate(pts):
    x = gx + step * (k + 0.5)
    xy_o.append((x, gy + gh - o / vmax * gh))
    xy_b.append((x, gy + gh - b / vmax * gh))
    pdf.set_xy(x - 8, gy + gh + 1.2)
    pdf.cell(16, 3.6, m, align="C")
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.45)
pdf.set_dash_pattern(dash=1.6, gap=1.1)
for a, b in zip(xy_b, xy_b[1:]):
    pdf.line(*a, *b)
pdf.set_dash_pattern()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
for a, b in zip(xy_o, xy_o[1:]):
    pdf.line(*a, *b)
pdf.set_line_width(0.3)
for (x, y), (m, o, b) in zip(xy_o, pts):
    pdf.set_fill_color(*ACC)
    pdf.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="F")
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(x - 8, y + 1.6)
    pdf.cell(16, 3.6, d1(o), align="C")
for (x, y), (m, o, b) in zip(xy_b, pts):
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(120, 120, 120)
    pdf.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="FD")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(x - 8, y - 5.4)
    pdf.cell(16, 3.6, d1(b), align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.2)
ly = gy + gh + 8
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
pdf.line(gx, ly + 1.8, gx + 8, ly + 1.8)
pdf.set_line_width(0.45)
pdf.set_draw_color(120, 120, 120)
pdf.set_dash_pattern(dash=1.6, gap=1.1)
pdf.line(gx + 46, ly + 1.8, gx + 54, ly + 1.8)
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 7.8)
pdf.set_xy(gx + 10, ly)
pdf.cell(34, 3.6, "Utfall 2027")
pdf.set_xy(gx + 56, ly)
pdf.cell(50, 3.6, "Periodiserad budget 2027")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("Driftredovisning per division")
pdf.p("Tabell 1 jämför utfallet för januari–april med den periodiserade budgeten och helårsprognosen med "
      "årsbudgeten. Nettokostnaderna redovisas som positiva tal. En negativ avvikelse innebär ett underskott mot "
      "budget och är markerad med röd text.", size=9.4)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Nettokostnad per division, mnkr", new_x="LMARGIN", new_y="NEXT")
X0 = 22
WID = [44, 16, 16, 19, 16, 17, 19, 18]
AL = ["L"] + ["R"] * 7
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.set_font("Cond", "B", 8.4)
for label, a, b in (("Januari–april", 1, 4), ("Helår 2027", 4, 8)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 4.6, label, align="C")
    pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 5, 0.4, ACC)
y += 5.8
h = pdf.row(X0, y, WID, AL, ["Division", "Utfall", "Budget", "Avvikelse", "Budget", "Prognos", "Avvikelse",
                             "Prognos mars"], style="B", size=7.8, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.7, (30, 30, 30))
y += 1


def drow(cells, y, style="", size=8.6):
    cols = [None] * 8
    for k in (3, 6):
        if cells[k].startswith("\u2212"):
            cols[k] = RED
    return pdf.row(X0, y, WID, AL, cells, size=size, font="Cond", style=style, colors=cols)


for grp in C_GROUPS:
    pdf.set_xy(X0, y + 0.8)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*ACC)
    pdf.set_char_spacing(0.8)
    pdf.cell(80, 4.6, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X0, X0 + TW, y + 5.8, 0.3, ACC, dash=(0.4, 0.6))
    y += 6.6
    for d in c_divs(grp):
        h = drow(c_cells(d[1], d[2:7]), y)
        y += h
    pdf.hline(X0 + WID[0], X0 + TW, y, 0.2, (90, 90, 90))
    h = drow(c_cells(f"Summa {grp[0].lower() + grp[1:]}", c_sum(grp)), y, style="I")
    y += h + 1.5
pdf.hline(X0, X0 + TW, y, 0.7, (30, 30, 30))
h = drow(c_cells("Summa verksamheterna", c_sum()), y + 0.5, style="B")
y += h + 1
pdf.hline(X0, X0 + TW, y, 0.7, (30, 30, 30))
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.3)
pdf.multi_cell(TW, 3.6, "¹ Inklusive ersättningen till privata vårdcentraler inom vårdvalet. ² Nettokostnad efter "
               "biljettintäkter; från och med 2027 ingår även den upphandlade skolskjutsen. Avvikelse = budget minus "
               "utfall respektive budget minus prognos.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Resultaträkning i sammandrag, mnkr", new_x="LMARGIN", new_y="NEXT")
W2 = [68, 24, 24, 24, 24]
A2 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
h = pdf.row(X0, y, W2, A2, ["Post", "Utfall jan–apr", "Budget jan–apr", "Budget helår", "Prognos helår"],
            style="B", size=8.2, font="Cond")
y += h
pdf.hline(X0, X0 + sum(W2), y, 0.5, (30, 30, 30))
for lab, vals, st in (("Verksamhetens nettokostnader", [-ops[2], -ops[1], -ops[0], -ops[3]], ""),
                      ("Skatteintäkter och generella statsbidrag", [C_TAX[2], C_TAX[1], C_TAX[0], C_TAX[3]], ""),
                      ("Finansnetto", [C_FIN[2], C_FIN[1], C_FIN[0], C_FIN[3]], ""),
                      ("Resultat", [res[2], res[1], res[0], res[3]], "B")):
    if st:
        pdf.hline(X0, X0 + sum(W2), y, 0.5, (30, 30, 30))
    h = pdf.row(X0, y + 0.3, W2, A2, [lab] + [d1(v) for v in vals], size=8.8, font="Cond", style=st)
    y += h + 0.3
pdf.hline(X0, X0 + sum(W2), y, 0.5, (30, 30, 30))
pdf.hline(X0, X0 + sum(W2), y + 0.7, 0.5, (30, 30, 30))

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Personalkostnader och inhyrd personal")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 3. Personalkostnader och inhyrd personal, januari–april, mnkr",
         new_x="LMARGIN", new_y="NEXT")
W3 = [50, 30, 30, 28, 28]
A3 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
h = pdf.row(X0, y, W3, A3, ["Division", "Personalkostnad 2027", "Förändring mot 2026, %",
                            "Inhyrd personal 2027", "Inhyrd personal 2026"], style="B", size=8.2, font="Cond")
y += h
pdf.hline(X0, X0 + sum(W3), y, 0.6, (30, 30, 30))
for x in C_STAFF:
    h = pdf.row(X0, y, W3, A3, [x[0], d1(x[1]), d1(x[2], plus=True), d1(x[3]), d1(x[4])], size=8.8, font="Cond")
    y += h
    pdf.hline(X0, X0 + sum(W3), y, 0.1, (190, 190, 190))
t = c_staff_tot()
h = pdf.row(X0, y + 0.4, W3, A3, ["Summa", d1(t[0]), d1(t[1], plus=True), d1(t[2]), d1(t[3])], size=8.8,
            font="Cond", style="B")
y += h + 0.6
pdf.hline(X0, X0 + sum(W3), y, 0.6, (30, 30, 30))
pdf.set_y(y + 4)
pdf.p(f"Kostnaderna för inhyrd personal inom hälso- och sjukvården ökade till {d1(t[2])} mnkr, från {d1(t[3])} mnkr "
      f"under samma period förra året. Ökningen är störst inom Division Kirurgi. Inom Division Psykiatri och "
      f"Division Diagnostik har inhyrningen minskat.", size=9.6)
pdf.h1("Kommentarer per division")
paras = [
    ("Division Medicin. ", "Underskottet beror främst på att fler vårdplatser än planerat har hållits öppna under "
     "influensasäsongen och på ökade kostnader för inhyrda läkare."),
    ("Division Kirurgi. ", f"Division Kirurgi har det största underskottet. Det beror på att {C_PASSAGE}."),
    ("Division Primärvård. ", "Prognosen har förbättrats något sedan mars eftersom fler patienter har listat sig "
     "vid regionens egna vårdcentraler."),
    ("Kollektivtrafik. ", "Högre drivmedelspriser och indexuppräkningen i trafikavtalen ger ett underskott, trots "
     "att resandet har ökat."),
    ("Övriga verksamheter. ", "Division Psykiatri, Division Diagnostik, Kultur och utbildning, Regionservice och "
     "Regionledningskontoret räknar med överskott, främst till följd av vakanta tjänster."),
]
colw, gap = 80, 6
y0 = pdf.get_y()
ys = []
split = 2
for k, chunk in enumerate((paras[:split], paras[split:])):
    pdf.set_y(y0)
    for head, body in chunk:
        pdf.set_x(22 + k * (colw + gap))
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(colw, 4.7, f"**{head}**{nb(body)}", align="L", markdown=True, new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
    ys.append(pdf.get_y())
pdf.set_y(max(ys) + 2)
pdf.h2("Åtgärder")
pdf.bullets(["Divisionerna med underskott ska redovisa åtgärdsplaner till regionstyrelsen i juni.",
             "Anställningsstopp för administrativa tjänster gäller till och med augusti.",
             "Inhyrningen av sjuksköterskor ska minska genom regionens egen bemanningspool."], size=9.4, lh=4.7)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(0, 4.4, f"Rapporten behandlades av regionstyrelsen den {dmy(C_DECIDED)}. Kontakt: {C_CONTACT[0]}, "
               f"{C_CONTACT[1]}. Regiondirektör: {C_DIRECTOR}.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
