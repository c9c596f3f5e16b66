"""(b) Kragsta kommun – tekniska nämnden: kollektivtrafiken 2026, årsrapport (resande, punktlighet och kostnader).

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; traffic blue
and signal orange. P. 1 has no running header: a DRAWN NETWORK MARK (three white route lines with stop dots in a
rounded blue square) beside "KRAGSTA KOMMUN / Tekniska nämnden · Kollektivtrafikenheten", the date at the right, a blue
rule over a thin orange one, the title, a key–value block, "1 Året i korthet" with COMPETING FIGURES in running text
(1 636 800 vs 1 627 000 boardings and the goal of 1 750 000 in 2028; the town traffic down by 20 200; punctuality 89,2
vs 91,5 vs the target of 90; net cost 36,7 vs the budget of 35,8 mnkr; cost per boarding 20,2 → 22,4 kr) and Figur 1,
a SCHEMATIC LINE NETWORK IN THE STYLE OF A METRO MAP (every line a thick stroke in its own colour at 0°, 45° or 90°,
shared corridors drawn as parallel strokes, stops as white dots with a black rim, Resecentrum as a large interchange
ring, the line numbers in small rounded squares of the line colour at the terminals, town lines thicker than rural
lines, a legend). Pp. 2–3 have a running header ("Kragsta kommun · Kollektivtrafiken 2026" and "Sida n av 3") over a
blue hairline. P. 2 (LANDSCAPE): Tabell 1, one row per line, with a STACKED HEADING ("Påstigande" over 2024 / 2025 /
2026 / Förändring 2025–2026, %; "Punktlighet¹, %" and "Kostnad per påstigande², kr" each over 2025 / 2026; then
"Nettokostnad 2026, tkr"), a COLOURED EDGE BAR in the line's colour at the left of every row and the line number in
that colour, FOOTNOTE MARKS in the cells (¹ ² in the heading, ³ on the new line to Gäddnäs whose 2024 cell is "–", ⁴ on
the detoured line 3), punctuality under the target in ORANGE BOLD INSIDE A DRAWN RING, GROUP ROWS (Stadstrafik /
Landsbygdstrafik) in blue capitals over a blue hairline, italic "Summa …" rows, a bold "Hela trafiken" row between a
heavy rule and a double rule, and the four footnotes. P. 3 (portrait): "3 Kommentarer per linje" (the passage on line
3), "4 Ekonomi" as a KEY–VALUE LEDGER WITH DOTTED LEADERS and right-aligned amounts for 2025 and 2026 (costs, ticket
revenue, net cost, budget, deviation) and the cost coverage in a sentence, "5 Åtgärder 2027" as a BULLETED LIST WITH
NESTED "–" POINTS, place and date and two signature lines. No metadata title.
"""
import datetime as dt

from common52 import HERE, Doc
from data import (B_LINES, B_GROUPS, B_DNR, B_DATE, B_HEAD, B_ANALYST, B_TARGET, B_PASSAGE, B_ACTIONS, B_FOOTNOTES,
                  b_cells, b_group_lines, b_group_sum_cells, b_total_cells, b_sentences, b_economy, b_coverage, g, d1)

OUT = HERE / "kragsta-tn-kollektivtrafik-arsrapport-2026.pdf"
BLUE = (0, 84, 150)
PALE_BLUE = (226, 236, 246)
ORANGE = (228, 118, 0)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*BLUE)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Kragsta kommun · Kollektivtrafiken 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"Sida {self.page_no()} av 3", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, BLUE)
        self.set_text_color(0, 0, 0)
        self.set_y(21)


pdf = BDoc("Kragsta kommun", font="dejavu", serif=False, accent=BLUE, justify=False,
           created=dt.datetime(2027, 2, 24, 13, 20, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)
COL = {x[0]: x[4] for x in B_LINES}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# the mark: a rounded blue square with three white route lines and stop dots
pdf.set_fill_color(*BLUE)
pdf.rect(22, 12, 15, 15, style="F", round_corners=True, corner_radius=2.6)
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(1.0)
pdf.polyline([(24.5, 24), (29.5, 19), (34.5, 19)])
pdf.polyline([(29.5, 14.5), (29.5, 25)])
pdf.polyline([(24.5, 16.5), (27, 16.5), (34.5, 24)])
pdf.set_line_width(0.2)
pdf.set_fill_color(255, 255, 255)
for cx, cy in ((29.5, 19), (34.5, 19), (24.5, 24), (29.5, 25), (34.5, 24)):
    pdf.circle(cx, cy, 0.95, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(41, 13.2)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*BLUE)
pdf.cell(90, 6, "KRAGSTA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(100, 4.6, "Tekniska nämnden · Kollektivtrafikenheten")
pdf.set_xy(140, 15)
pdf.set_font("Sans", "", 8.4)
pdf.cell(48, 4, B_DATE.isoformat(), align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 30.5, 0.9, BLUE)
pdf.hline(22, 188, 31.6, 0.35, ORANGE)
pdf.set_y(35)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*BLUE)
pdf.cell(0, 9, "Kollektivtrafiken i Kragsta 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Årsrapport: resande, punktlighet och kostnader per linje", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", B_DNR), ("Ansvarig", f"{B_HEAD[0]}, {B_HEAD[1]}"), ("Till", "Tekniska nämnden")],
       lw=32, size=9, lh=4.6)
pdf.h1("1 Året i korthet", size=12.5)
s = b_sentences()
pdf.p(f"{s[0]} {s[1]} {s[4]}", size=9.5, lh=4.7)
pdf.p(f"{s[2]} Det var främst linje 3, som fick köra en omväg under en stor del av året, som drog ned "
      f"punktligheten. {s[3]}", size=9.5, lh=4.7)

# Figur 1: schematic line network
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Linjenätet 2026", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 2
cx0, cy0 = 106, top + 60              # Resecentrum
SX, SY = 1.1, 1.3


def P(dx, dy):
    return (cx0 + dx * SX, cy0 + dy * SY)


TOWN_W, RURAL_W = 1.6, 1.0
# (line, points from the centre outwards, stops with labels: (point index, name, label side))
NET = [
    ("1", [(0, -1.2), (44, -1.2), (56, -13.2)], [(2, "Rönnhagen", "R")]),
    ("8", [(0, 1.2), (24, 1.2), (50, 27.2), (66, 27.2)], [(3, "Kåsvik", "R")]),
    ("5", [(1.2, -1.2), (40, -40), (60, -40)], [(2, "Nolhamn", "R")]),
    ("2", [(0, 0), (0, -40)], [(1, "Norrgärdet", "R")]),
    ("3", [(-44, -30), (-30, -30), (0, 0), (34, 34)], [(0, "Krokvreten", "L"), (3, "Gärdsholm", "R")]),
    ("6", [(0, 0), (-40, 0), (-70, 0)], [(1, "Grindsjö", "B"), (2, "Kärrsätra", "B")]),
    ("7", [(1.2, 0), (1.2, 44)], [(1, "Gäddnäs", "R")]),
    ("4", [(-1.2, 0), (-1.2, 22), (-10, 32), (-30, 32), (-38, 24), (-38, 14), (-28, 4), (-1.2, 4)],
     [(4, "Rävsnäs", "L")]),
]
GROUP = {x[0]: x[1] for x in B_LINES}
for ln, pts, stops in NET:
    pdf.set_draw_color(*COL[ln])
    pdf.set_line_width(TOWN_W if GROUP[ln] == "Stadstrafik" else RURAL_W)
    pdf.polyline([P(*p) for p in pts])
pdf.set_line_width(0.2)
for ln, pts, stops in NET:
    for i, name, side in stops:
        x, y = P(*pts[i])
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.35)
        pdf.circle(x, y, 1.35, style="FD")
        pdf.set_line_width(0.2)
        pdf.set_font("Sans", "", 7.4)
        w_ = pdf.get_string_width(name)
        if side == "R":
            pdf.set_xy(x + 2.2, y - 1.9)
        elif side == "L":
            pdf.set_xy(x - 2.4 - w_ - 1, y - 1.9)
        else:
            pdf.set_xy(x - w_ / 2 - 0.5, y + 1.9)
        pdf.cell(w_ + 1, 3.8, name)
    # the line number in a rounded square of the line's colour at the outer terminal
    x, y = P(*pts[-1] if ln != "3" else pts[0])
    if ln == "4":
        x, y = P(*pts[3])
        y += 2.6
    bx = x - 2.2 + (0 if ln in ("4",) else (5.5 if ln in ("6", "3") else -6.5))
    by = y - 2.2 + (0 if ln != "4" else 0)
    if ln in ("2",):
        bx, by = x - 2.2, y - 7.2
    if ln == "7":
        bx, by = x - 2.2, y + 2.6
    if ln == "3":
        bx, by = x - 2.2, y - 7.0
    if ln == "6":
        bx, by = x - 2.2, y - 7.2
    pdf.set_fill_color(*COL[ln])
    pdf.rect(bx, by, 4.4, 4.4, style="F", round_corners=True, corner_radius=0.9)
    pdf.set_font("Sans", "B", 7.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(bx, by + 0.3)
    pdf.cell(4.4, 3.8, ln, align="C")
    pdf.set_text_color(0, 0, 0)
# Resecentrum: the interchange ring
pdf.set_fill_color(255, 255, 255)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.7)
pdf.circle(cx0, cy0, 3.6, style="FD")
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 7.6)
pdf.set_xy(cx0 + 4.2, cy0 + 3.0)
pdf.cell(30, 3.8, "Resecentrum")
# legend
ly = top + 124
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.set_draw_color(60, 60, 60)
pdf.set_line_width(TOWN_W)
pdf.line(24, ly + 1.9, 34, ly + 1.9)
pdf.set_line_width(RURAL_W)
pdf.line(64, ly + 1.9, 74, ly + 1.9)
pdf.set_line_width(0.2)
pdf.set_xy(35.5, ly)
pdf.cell(26, 3.8, "Stadstrafik")
pdf.set_xy(75.5, ly)
pdf.cell(40, 3.8, "Landsbygdstrafik")
pdf.set_xy(108, ly)
pdf.cell(80, 3.8, "Schematisk karta, inte skalenlig.", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.add_page(orientation="L")
pdf.h1("2 Resande, punktlighet och kostnader per linje", size=12.5)
pdf.p("Tabell 1 visar antalet påstigande, punktligheten och kostnaden per påstigande för varje linje. Punktlighet "
      f"under målet på {B_TARGET:.0f} procent är markerad med orange ring.", size=9.2, lh=4.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Påstigande, punktlighet och kostnad per linje 2024–2026", new_x="LMARGIN", new_y="NEXT")
X = pdf.l_margin
WID = [12, 52, 22, 22, 22, 23, 17, 17, 19, 19, 28]
AL = ["C", "L"] + ["R"] * 9
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - (pdf.w - pdf.r_margin)) > 0.01:
    raise SystemExit(f"Tabell 1 is {XS[-1] - X:.1f} mm wide, the page {pdf.epw:.1f} mm")
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.9, BLUE)
pdf.set_font("Cond", "B", 8.6)
for j, span, t in ((2, 4, "Påstigande"), (6, 2, "Punktlighet\u00b9, %"), (8, 2, "Kostnad per påstigande\u00b2, kr")):
    pdf.set_xy(XS[j], y + 0.9)
    pdf.cell(XS[j + span] - XS[j], 3.9, t, align="C")
    pdf.hline(XS[j] + 1.3, XS[j + span] - 1.3, y + 5.2, 0.3, BLUE)
HEAD = ["Linje", "Sträckning", "2024", "2025", "2026", "Förändring 2025–2026, %", "2025", "2026", "2025", "2026",
        "Nettokostnad 2026, tkr"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.6, what="Tabell 1 heading")
HH = pdf.row_h(WID, HEAD, size=8.6, font="Cond", style="B", vpad=0.8)
pdf.row(X, y + 5.2, WID, AL, HEAD, size=8.6, font="Cond", style="B", vpad=0.8, h=HH)
y += 5.2 + HH + 0.2
pdf.hline(X, XS[-1], y, 0.45, BLUE)
FS = 9.2


def ring(j, y, h, text):
    """a drawn ring around a cell value (punctuality under the target)"""
    pdf.set_font("Cond", "B", FS)
    w_ = pdf.get_string_width(text) + 3.2
    x1 = XS[j + 1] - 1.2 + 1.6
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(0.35)
    pdf.ellipse(x1 - w_, y + 1.5 + 2.0 - 2.7, w_, 5.4, style="D")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


for grp in B_GROUPS:
    y += 1.2
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*BLUE)
    pdf.set_char_spacing(0.8)
    pdf.set_xy(X + 1, y + 0.4)
    pdf.cell(80, 4.2, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 5.0
    pdf.hline(X, XS[-1], y, 0.2, BLUE)
    for x in b_group_lines(grp):
        cells = b_cells(x)
        pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1")
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.5)
        pdf.set_fill_color(*x[4])
        pdf.rect(X, y + 0.5, 1.6, h - 1.0, style="F")
        low = [x[8] < B_TARGET, x[9] < B_TARGET]
        for k, lo in enumerate(low):
            if lo:
                ring(6 + k, y, h, cells[6 + k])
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.5, h=h,
                styles=["B", None, None, None, None, None, "B" if low[0] else None, "B" if low[1] else None,
                        None, None, None],
                colors=[x[4], None, None, None, None, None, ORANGE if low[0] else None, ORANGE if low[1] else None,
                        None, None, None])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
    cells = b_group_sum_cells(grp)
    pdf.no_split(WID, cells, "Cond", "BI", FS, what="Tabell 1 sum")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", style="I", vpad=1.4)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=1.4, h=h)
    y += h
    pdf.hline(X, XS[-1], y, 0.3, BLUE)
y += 0.8
pdf.hline(X, XS[-1], y, 0.8, BLUE)
cells = b_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.6)
pdf.set_fill_color(*PALE_BLUE)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.6, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.3, BLUE)
pdf.hline(X, XS[-1], y + 0.8, 0.3, BLUE)
pdf.set_y(y + 2.4)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "\n".join(B_FOOTNOTES + ["Summaraderna för punktligheten är vägda med antalet påstigande. "
                                                "Källa: biljettsystemet och trafikledningssystemet."]),
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.add_page(orientation="P")
pdf.h1("3 Kommentarer per linje", size=12.5)
pdf.p("Linje 1 till Rönnhagen har flest resenärer och ökade igen, bland annat efter att turtätheten höjdes till var "
      "tionde minut i rusningstid.", size=9.5, lh=4.7)
pdf.p(f"Punktligheten på linje 3 sjönk kraftigt och antalet påstigande minskade. Orsaken är att {B_PASSAGE}. Efter "
      "att bron öppnade igen är punktligheten tillbaka på samma nivå som tidigare.", size=9.5, lh=4.7)
pdf.p("Linje 7 till Gäddnäs har gått ett helt år för första gången. Resandet har ökat stadigt, men kostnaden per "
      "påstigande är fortfarande hög. Linje 8 till Kåsvik har färre resenärer varje år och den lägsta punktligheten "
      "bland landsbygdslinjerna, eftersom vägen är smal och ofta blockeras av skogstransporter.", size=9.5, lh=4.7)
pdf.h1("4 Ekonomi", size=12.5)
pdf.set_font("Sans", "B", 8.6)
LX, VX1, VX2 = 22, 150, 188
y = pdf.get_y()
pdf.set_xy(VX1 - 24, y)
pdf.cell(24, 4.4, "2025, tkr", align="R")
pdf.set_xy(VX2 - 24, y)
pdf.cell(24, 4.4, "2026, tkr", align="R")
y += 5.6
for i, (lab, v25, v26) in enumerate(b_economy()):
    bold = lab == "Nettokostnad"
    pdf.set_font("Sans", "B" if bold else "", 9.2)
    pdf.set_xy(LX, y)
    pdf.cell(pdf.get_string_width(lab) + 1, 4.6, lab)
    x0 = LX + pdf.get_string_width(lab) + 2.5
    # the dotted leader out to the first amount column
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=0.25, gap=1.1)
    pdf.line(x0, y + 3.6, VX1 - 26, y + 3.6)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(VX1 - 24, y)
    pdf.cell(24, 4.6, "–" if v25 is None else g(v25), align="R")
    pdf.set_xy(VX2 - 24, y)
    pdf.cell(24, 4.6, g(v26), align="R")
    if bold:
        pdf.hline(VX1 - 24, VX2, y - 0.4, 0.3, (60, 60, 60))
    y += 6.2
pdf.set_y(y + 1)
pdf.p(f"Biljettintäkterna täckte {d1(b_coverage(2026))} procent av kostnaderna, jämfört med {d1(b_coverage(2025))} "
      "procent 2025. Kostnaderna ökade främst för att linje 7 har gått hela året och för att drivmedelspriserna "
      "steg.", size=9.5, lh=4.7)
pdf.h1("5 Åtgärder 2027", size=12.5)
for head, subs in B_ACTIONS:
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_x(24)
    pdf.cell(5, 4.7, "\u2022")
    pdf.multi_cell(pdf.epw - 7, 4.7, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.2)
    for s_ in subs:
        pdf.set_x(31)
        pdf.cell(5, 4.6, "\u2013")
        pdf.multi_cell(pdf.epw - 14, 4.6, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Kragsta den {B_DATE.day} februari {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{B_HEAD[0]}\n{B_HEAD[1].capitalize()}", f"{B_ANALYST[0]}\n{B_ANALYST[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
