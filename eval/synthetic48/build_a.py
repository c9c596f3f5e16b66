"""(a) Jädersunds kommun – serviceförvaltningen, måltidsservice: måltidsverksamhetens årsrapport 2026.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 3 pages, tomato red and leaf green. P. 1 has no
running header: a DRAWN PLATE MARK (a green plate – two concentric circles – between a fork and a knife) beside
"JÄDERSUNDS KOMMUN / Serviceförvaltningen · Måltidsservice", "ÅRSRAPPORT 2026" in a tomato-red FILLED TAG at the
right, a green rule, the title, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (516 310 vs
510 220 portions; cost per portion 45,44 vs 43,81 vs the budget 44,00; plate waste 23 vs 25 g vs the target 20;
organic share 32,2 vs 29,5 vs the committee's target 35,0 and the national 60) and Figur 1, a RADIAL BAR CHART: one
concentric 270° track per kitchen (numbered at the 12 o'clock start), the organic share 2026 drawn as a thick arc on
the track (green at or above the target, tomato below), a DASHED RADIAL TARGET LINE at 35 % labelled "Mål 35 %", and a
numbered legend with every kitchen's value. Pp. 2–3 have a running header ("Jädersunds kommun · Måltidsservice" at the
left, "Årsrapport 2026 | n" at the right) over a green hairline and a thin tomato bar under it at the left. P. 2:
"2 Resultat per kök" and Tabell 1 with a STACKED TWO-LEVEL HEADING ("Portioner", "Kostnad per portion, kr",
"Tallrikssvinn, g per portion", "Ekologiska livsmedel, %¹" each over 2025 / 2026; "Kök" spanning both levels), the
2026 SUB-COLUMNS ON A PALE GREEN TINT, GROUP ROWS (Skolor / Förskolor / Vård och omsorg) in white capitals on a green
band, an ITALIC "Summa …" ROW after each group, a bold "Hela måltidsservice" row between two rules, 2026 plate waste
over the target in TOMATO BOLD, and a FOOTNOTE MARK ¹ explained under the table; comments. P. 3: "3 Ekonomi" with
Tabell 2 (Budget 2026 / Utfall 2026 / Avvikelse / Utfall 2025, mnkr; a bold Summa row over a double rule), comments,
"4 Analys" (the passage on Uvedalsskolan), "5 Åtgärder 2027" as a NUMBERED LIST WITH LETTERED SUB-ITEMS, place and
date and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common48 import HERE, Doc
from data import (A_KITCHENS, A_GROUPS, A_DNR, A_DATE, A_CHIEF, A_ECON, A_WASTE_TARGET, A_ECO_TARGET, A_PASSAGE,
                  A_ACTIONS, a_cells, a_group_rows, a_group_sum_cells, a_total_cells, a_cost_rows, a_cost_cells,
                  a_sentences, a_agg, d1, d2, g, WORD)

OUT = HERE / "jadersund-maltidsservice-arsrapport-2026.pdf"
TOMATO = (204, 64, 46)
GREEN = (58, 122, 56)
PALE_GREEN = (231, 241, 226)
GREY = (100, 100, 100)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin, 10.5)
        self.cell(100, 4, "Jädersunds kommun · Måltidsservice")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"Årsrapport 2026 | {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.25, GREEN)
        self.set_fill_color(*TOMATO)
        self.rect(self.l_margin, 16.2, 24, 1.1, style="F")
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = ADoc("Jädersunds kommun", font="liberation", serif=False, accent=GREEN, foot="", justify=False,
           created=dt.datetime(2027, 2, 16, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# plate mark: fork, plate, knife
pdf.set_fill_color(*GREEN)
pdf.circle(31, 21.5, 7.2, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.circle(31, 21.5, 5.6, style="F")
pdf.set_fill_color(*GREEN)
pdf.circle(31, 21.5, 4.3, style="F")
pdf.set_fill_color(*TOMATO)
for dx in (-1.3, -0.45, 0.45, 1.3):
    pdf.rect(21.4 + dx - 0.25, 14.5, 0.5, 4.2, style="F")
pdf.rect(20.0, 18.4, 2.8, 1.2, style="F")
pdf.rect(20.95, 18.4, 0.9, 10.2, style="F")
pdf.polygon([(40.2, 14.5), (41.6, 14.5), (41.6, 28.6), (40.6, 28.6), (40.6, 21.0), (39.6, 20.4)], style="F")
pdf.set_xy(45.5, 15.8)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GREEN)
pdf.cell(90, 6, "JÄDERSUNDS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Serviceförvaltningen · Måltidsservice")
pdf.set_fill_color(*TOMATO)
pdf.rect(150, 17.6, 38, 7.2, style="F")
pdf.set_xy(150, 19.0)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(255, 255, 255)
pdf.cell(38, 4.4, "ÅRSRAPPORT 2026", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.8, GREEN)
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Måltidsverksamhetens årsrapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Skolor, förskolor och vård och omsorg", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Ansvarig", f"{A_CHIEF[0]}, {A_CHIEF[1]}"),
        ("Till", "Servicenämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = a_sentences()
pdf.p(f"Måltidsservice lagar och levererar mat till kommunens skolor, förskolor och äldreboenden. {s[0]} "
      "Ökningen beror främst på fler elever på gymnasiet och på Ombackaskolan.", size=9.8)
pdf.p(f"{s[1]} Den högre kostnaden förklaras av dyrare livsmedel och av att två kockar har anställts för att "
      "klara den nya matsedeln i vård och omsorg.", size=9.8)
pdf.p(f"{s[2]} {s[3]}", size=9.8)

# Figur 1: radial bar chart of the organic share 2026
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Ekologiska livsmedel 2026, andel av inköpsvärdet per kök, %", new_x="LMARGIN",
         new_y="NEXT")
y0 = pdf.get_y() + 3
CX, CY = 60, y0 + 46
R0, STEP = 12.0, 3.05
SWEEP = 270.0


def arc_pts(r, frac):
    """points on a clockwise arc from 12 o'clock covering frac of the 270° sweep"""
    n = max(2, int(80 * frac) + 2)
    pts = []
    for i in range(n):
        a = math.radians(90 - SWEEP * frac * i / (n - 1))
        pts.append((CX + r * math.cos(a), CY - r * math.sin(a)))
    return pts


order = list(A_KITCHENS)
for i, k in enumerate(order):
    r = R0 + (len(order) - 1 - i) * STEP      # kitchen 1 on the outermost ring
    pdf.set_line_width(2.1)
    pdf.set_draw_color(232, 232, 228)
    pdf.polyline(arc_pts(r, 1.0), style="D")
    pdf.set_draw_color(*(GREEN if k[9] >= A_ECO_TARGET else TOMATO))
    pdf.polyline(arc_pts(r, k[9] / 100), style="D")
    pdf.set_line_width(0.2)
    pdf.set_font("Cond", "B", 6.4)
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(CX - 5.2, CY - r - 1.5)
    pdf.cell(4, 3, str(i + 1), align="R")
pdf.set_text_color(0, 0, 0)
# the target line at 35 %
a = math.radians(90 - SWEEP * A_ECO_TARGET / 100)
rin, rout = R0 - 3, R0 + (len(order) - 1) * STEP + 4
pdf.set_draw_color(40, 40, 40)
pdf.set_line_width(0.35)
pdf.set_dash_pattern(dash=1.0, gap=0.8)
pdf.line(CX + rin * math.cos(a), CY - rin * math.sin(a), CX + rout * math.cos(a), CY - rout * math.sin(a))
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 7.6)
pdf.set_xy(CX + (rout + 1) * math.cos(a) - 1, CY - (rout + 1) * math.sin(a) - 1.8)
pdf.cell(20, 3.6, f"Mål {A_ECO_TARGET:.0f} %")
# scale marks 0 / 25 / 50 / 75 / 100 %
pdf.set_font("Sans", "", 6.4)
pdf.set_text_color(*GREY)
for v in (25, 50, 75):
    a = math.radians(90 - SWEEP * v / 100)
    pdf.set_xy(CX + (rout - 1.5) * math.cos(a) - 4 + (3 if v == 25 else 0), CY - (rout - 1.5) * math.sin(a) - 1.5
               + (2 if v == 50 else 0))
    pdf.cell(8, 3, f"{v} %", align="C")
pdf.set_text_color(0, 0, 0)
# legend
lx, ly = 124, y0 + 4
pdf.set_font("Sans", "B", 7.8)
pdf.set_xy(lx, ly)
pdf.cell(60, 4, "Kök och andel 2026", new_x="LEFT", new_y="NEXT")
ly += 5.5
for i, k in enumerate(order):
    pdf.set_fill_color(*(GREEN if k[9] >= A_ECO_TARGET else TOMATO))
    pdf.rect(lx, ly + 0.9, 2.4, 2.4, style="F")
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(lx + 3.5, ly)
    pdf.cell(5, 4.2, f"{i + 1}")
    pdf.cell(38, 4.2, k[1])
    pdf.set_font("Sans", "B", 7.8)
    pdf.cell(12, 4.2, d1(k[9]), align="R")
    ly += 5.1
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.set_xy(lx, ly + 1.5)
pdf.multi_cell(66, 3.5, "Grönt: målet nått. Rött: under målet. Varje ring motsvarar ett kök; hela ringen är 100 %.",
               align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Resultat per kök", size=12.5)
pdf.p("Tabell 1 visar antalet serverade portioner, kostnaden per portion, tallrikssvinnet och andelen ekologiska "
      "livsmedel för varje kök. Kostnaden omfattar livsmedel, personal, lokaler, transporter och övriga kostnader. "
      "Tallrikssvinnet är den mat som gästerna lämnar på tallriken och mäts genom vägning under två veckor per "
      "termin.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Portioner, kostnad, tallrikssvinn och ekologiska livsmedel per kök 2025–2026",
         new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [37.2] + [16.1] * 8
AL = ["L"] + ["R"] * 8
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
TOP = ["Portioner", "Kostnad per portion, kr", "Tallrikssvinn, g per portion", "Ekologiska livsmedel, %¹"]
y = pdf.get_y() + 1.5
table_top = y
pdf.hline(X, XS[-1], y, 0.8, GREEN)
h1_ = 8.6
# stacked heading, upper level
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[0] + 1.2, y + h1_ - 1.5)
pdf.cell(WID[0], 4, "Kök")
for j, t in enumerate(TOP):
    x0 = XS[1 + 2 * j]
    lines = pdf.cell_lines(WID[1] * 2, t, "Cond", "B", 8.2)
    if len(lines) > 2:
        raise SystemExit(f"heading wraps: {t}")
    for li, ln in enumerate(lines):
        pdf.set_xy(x0 + 1.0, y + 0.8 + li * 3.7 + (1.85 if len(lines) == 1 else 0))
        pdf.cell(WID[1] * 2 - 2, 3.7, ln, align="C")
    pdf.hline(x0 + 1.2, x0 + 2 * WID[1] - 1.2, y + h1_, 0.3, GREEN)
y += h1_
# lower level: years, 2026 on the tint
for j in range(4):
    pdf.set_fill_color(*PALE_GREEN)
    pdf.rect(XS[2 + 2 * j], y, WID[2], 5.6, style="F")
pdf.row(X, y, WID, AL, [""] + ["2025", "2026"] * 4, size=8.2, font="Cond", style="B", h=5.6, vpad=0.8)
y += 5.6
pdf.hline(X, XS[-1], y, 0.5, GREEN)
FS = 8.4


def tint_2026(y, h):
    for j in range(4):
        pdf.set_fill_color(*PALE_GREEN)
        pdf.rect(XS[2 + 2 * j], y, WID[2], h, style="F")


for grp in A_GROUPS:
    # group row: white capitals on a green band
    pdf.set_fill_color(*GREEN)
    pdf.rect(X, y + 0.4, XS[-1] - X, 5.2, style="F")
    pdf.set_font("Cond", "B", 8.0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X + 1.2, y + 0.9)
    pdf.set_char_spacing(0.6)
    pdf.cell(80, 4.2, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 5.8
    for k in a_group_rows(grp):
        cells = a_cells(k)
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.0)
        tint_2026(y, h)
        over = k[7] > A_WASTE_TARGET
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.0, h=h,
                styles=[None] * 6 + ["B" if over else None, None, None],
                colors=[None] * 6 + [TOMATO if over else None, None, None])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
    cells = a_group_sum_cells(grp)
    h = pdf.row_h(WID, cells, size=FS, font="Cond", style="I", vpad=1.0)
    tint_2026(y, h)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=1.0, h=h)
    y += h
    pdf.hline(X, XS[-1], y, 0.3, GREEN)
y += 0.6
pdf.hline(X, XS[-1], y, 0.3, GREEN)
cells = a_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.2)
tint_2026(y, h)
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.2, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.8, GREEN)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, f"¹ Andel av inköpsvärdet för livsmedel. Summaraderna är vägda med antalet portioner. "
               f"Tallrikssvinn över målet på {A_WASTE_TARGET} gram per portion är markerat med röd fetstil.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
over = [k for k in A_KITCHENS if k[7] > A_WASTE_TARGET]
eco_down = [k for k in A_KITCHENS if k[9] < k[8]]
uv = [k for k in A_KITCHENS if k[1] == "Uvedalsskolan"][0]
pdf.p(f"Tallrikssvinnet minskade mest på Uvedalsskolan, från {uv[6]} till {uv[7]} gram per portion. "
      f"{WORD[len(over)].capitalize()} av elva kök ligger fortfarande över målet, och svinnet är störst i vård och "
      "omsorg, där många gäster har liten aptit och portionerna inte har anpassats tillräckligt.", size=9.6)
pdf.p(f"Andelen ekologiska livsmedel ökade i de flesta kök men minskade i {WORD[len(eco_down)]}, eftersom "
      "leverantören av ekologiska mejeriprodukter inte kunde leverera under hösten. Förskolorna har högst andel "
      "och har redan nått målet.", size=9.6)
pdf.p("Kostnaden per portion är högst i vård och omsorg, där maten lagas i mindre mängder och specialkosten är "
      "vanligare. Bland skolorna har Isgärdeskolan den högsta kostnaden, eftersom köket är litet och lagar mat "
      "till omkring hundra elever om dagen.", size=9.6)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Ekonomi", size=12.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Måltidsservicens kostnader 2025–2026, mnkr", new_x="LMARGIN", new_y="NEXT")
W2 = [62, 26, 26, 26, 26]
A2 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.hline(X, X + sum(W2), y, 0.8, GREEN)
pdf.row(X, y + 0.2, W2, A2, ["Kostnadsslag", "Budget 2026", "Utfall 2026", "Avvikelse", "Utfall 2025"], size=8.8,
        font="Cond", style="B", h=6.4)
y += 6.8
pdf.hline(X, X + sum(W2), y, 0.4, GREEN)
rows, tot = a_cost_rows()
for x in rows:
    h = pdf.row(X, y, W2, A2, a_cost_cells(x), size=8.8, font="Cond", vpad=1.2)
    y += h
    pdf.hline(X, X + sum(W2), y, 0.1, (200, 200, 200))
pdf.hline(X, X + sum(W2), y + 0.4, 0.25, (0, 0, 0))
pdf.hline(X, X + sum(W2), y + 1.0, 0.25, (0, 0, 0))
y += 1.2
h = pdf.row(X, y, W2, A2, a_cost_cells(tot), size=8.8, font="Cond", style="B", vpad=1.2)
y += h
pdf.hline(X, X + sum(W2), y, 0.8, GREEN)
pdf.set_y(y + 4)
food = rows[0]
pdf.p(f"Kostnaderna blev {d1(tot[2])} mnkr, vilket är {d1(tot[2] - tot[1])} mnkr mer än budgeten. Livsmedlen "
      f"kostade {d1(food[2])} mnkr mot budgeterade {d1(food[1])} mnkr, främst på grund av högre priser på kött, "
      "mejeriprodukter och grönsaker. Personalkostnaderna överskred budgeten på grund av de två nya kocktjänsterna "
      "och ökade vikariekostnader under sommaren.", size=9.6)
pdf.h1("4 Analys", size=12.5)
pdf.p(f"Uvedalsskolan har minskat sitt tallrikssvinn med en tredjedel på ett år. Förklaringen är att {A_PASSAGE}. "
      "Arbetssättet ska nu prövas på Jädersundsgymnasiet och Jorsängsskolan.", size=9.6)
pdf.p("I vård och omsorg är svinnet fortfarande högt. Måltidsservice och vård- och omsorgsförvaltningen har därför "
      "kommit överens om att personalen på avdelningarna ska beställa portioner efter varje gästs behov.", size=9.6)
pdf.h1("5 Åtgärder 2027", size=12.5)
pdf.numbered(A_ACTIONS, size=9.6, lh=4.8)
pdf.ln(2)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Jädersund den {A_DATE.day} februari {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{A_CHIEF[0]}\n{A_CHIEF[1].capitalize()}", f"{A_ECON[0]}\n{A_ECON[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
