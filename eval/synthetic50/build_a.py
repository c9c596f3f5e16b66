"""(a) Askebro kommun – räddningstjänsten: räddningstjänstens årsrapport 2026.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, fire-engine red, charcoal and signal
yellow. P. 1 has no running header: a REFLECTIVE CHEVRON STRIP (red and yellow diagonal stripes, like the rear of a fire
engine) across the top edge, a DRAWN FLAME MARK (a white-and-yellow flame in a red disc) beside "ASKEBRO KOMMUN /
Räddningstjänsten", "ÅRSRAPPORT 2026" right-aligned in letter-spaced grey capitals over a short yellow bar, a charcoal
rule, the title and subtitle, a key–value block, "1 Året i korthet" set in TWO JUSTIFIED COLUMNS with a thin vertical
rule between them and COMPETING FIGURES (1 026 vs 974 call-outs and the five-year mean 960,4; residential fires 38 vs 44
vs the target of at most 35; forest fires 27 → 58; the median response time 11,4 vs 11,9 minutes and 84,5 % within
20 minutes), and Figur 1, a HISTOGRAM of the response times 2026 (adjacent bars for five-minute bands, the open band
"30–" hatched, the count above every bar, a dashed vertical line at 20 minutes labelled "Mål deltid 20 min", the bars
beyond it in a lighter red). Pp. 2–4 have a running header (a thin chevron strip along the top edge, "Räddningstjänsten
Askebro · Årsrapport 2026" at the left and "sid n (4)" at the right over a charcoal hairline). P. 2: "2 Räddningsinsatser
per händelsetyp" and Tabell 1, a five-year table (2022 … 2026, the 2026 column bold on a PALE YELLOW BAND, "Medel
2022–2026¹" in grey italics, "Förändring 2025–2026" with a DRAWN TRIANGLE before each number – red pointing up,
grey pointing down), GROUP ROWS (Bränder / Olyckor / Övriga larm) in red bold after a small red square, an italic
"Summa …" row after each group, a bold "Totalt" row over a double rule, the footnote ¹ under the table; comments.
P. 3: "3 Insatstider" and Tabell 2 with a STACKED HEADING ("Insatstid, median, min" and "Andel inom målet, %" each over
2025 / 2026), the areas under the ambition of 80 % marked by a RED EDGE BAR at the left of the row and their 2026
share in red bold; comments and the passage on Saltnäs. P. 4: "4 Förebyggande arbete och ekonomi" with competing
figures and Tabell 3 (2025 / 2026 / Mål eller budget 2026, "–" where there is none), "5 Åtgärder 2027" as a NUMBERED
LIST WITH LETTERED SUB-ITEMS, place and date and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common50 import HERE, Doc
from data import (A_TYPES, A_GROUPS, A_AREAS, A_HIST, A_DNR, A_DATE, A_CHIEF, A_ANALYST, A_HOUSE_TARGET, A_SHARE_GOAL,
                  A_PASSAGE, A_ACTIONS, A_PREV, a_cells, a_group_rows, a_group_sum_cells, a_total_cells, a_area_cells,
                  a_prev_cells, a_sentences, a_cost_sentence, a_inspect_sentence, a_hist_total, WORD, g)

OUT = HERE / "askebro-raddningstjansten-arsrapport-2026.pdf"
RED = (186, 28, 36)
LIGHT_RED = (232, 150, 150)
YELLOW = (250, 200, 30)
PALE_YELLOW = (254, 246, 208)
CHAR = (52, 52, 56)
GREY = (105, 105, 105)


def chevrons(pdf, y0, h, step=7.0):
    """a strip of red and yellow diagonal stripes across the full page width"""
    pdf.set_fill_color(*YELLOW)
    pdf.rect(0, y0, pdf.w, h, style="F")
    pdf.set_fill_color(*RED)
    x = -h
    k = 0
    while x < pdf.w + h:
        if k % 2 == 0:
            pts = [(x, y0 + h), (x + step, y0 + h), (x + step + h, y0), (x + h, y0)]
            pts = [(min(max(px, 0), pdf.w), py) for px, py in pts]
            pdf.polygon(pts, style="F")
        x += step
        k += 1


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        chevrons(self, 0, 3.2, step=5.0)
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*CHAR)
        self.set_xy(self.l_margin, 9.5)
        self.cell(110, 4, "Räddningstjänsten Askebro · Årsrapport 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"sid {self.page_no()} (4)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.2, 0.3, CHAR)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = ADoc("Askebro kommun", font="liberation", serif=False, accent=RED, foot="", justify=True,
           created=dt.datetime(2027, 2, 18, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
chevrons(pdf, 0, 6.5)
# flame mark: a red disc with a white flame and a yellow core
cx, cy, R = 30.5, 22.5, 8.0
pdf.set_fill_color(*RED)
pdf.circle(cx, cy, R, style="F")


def flame(cx, cy, w, h, lean=0.0):
    """a teardrop with a round base and a pointed, slightly wavy tip that leans to the right"""
    pts = []
    n = 72
    for i in range(n + 1):
        a = 2 * math.pi * i / n
        f = ((1 - math.cos(a)) / 2) ** 0.75          # 0 at the tip, 1 at the base
        x = math.sin(a) * w * f
        y = -math.cos(a) * h * 0.5
        if y < 0:
            x *= 1 + 0.18 * math.sin(3 * a)
            x += lean * (-y / (h * 0.5)) ** 2
        pts.append((cx + x, cy + y))
    return pts


pdf.set_fill_color(255, 255, 255)
pdf.polygon(flame(cx, cy + 0.3, 4.6, 12.0, lean=0.9), style="F")
pdf.set_fill_color(*YELLOW)
pdf.polygon(flame(cx + 0.1, cy + 2.6, 2.3, 6.2, lean=0.4), style="F")
pdf.set_xy(42, 16.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*RED)
pdf.cell(90, 6, "ASKEBRO KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Räddningstjänsten")
pdf.set_font("Sans", "B", 8.2)
pdf.set_char_spacing(1.2)
pdf.set_xy(120, 18.6)
pdf.cell(68, 4, "ÅRSRAPPORT 2026", align="R")
pdf.set_char_spacing(0)
pdf.set_fill_color(*YELLOW)
pdf.rect(166, 23.4, 22, 1.3, style="F")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.6, CHAR)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*RED)
pdf.cell(0, 9, "Räddningstjänstens årsrapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Insatser, insatstider och förebyggande arbete", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Ansvarig", f"{A_CHIEF[0]}, {A_CHIEF[1]}"),
        ("Till", "Räddningsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Året i korthet", size=12.5)
s = a_sentences()
paras = [
    f"{s[0]} Ökningen beror främst på fler bränder i skog och mark, fler övriga uppdrag och fler larm om hjälp "
    "till ambulans.",
    f"{s[1]} {s[2]}",
    f"{s[3]} Insatstiden är tiden från att larmet kommer in till att den första styrkan är på plats.",
    "Det förebyggande arbetet och ekonomin redovisas i avsnitt 4. Räddningstjänsten har under året också övat "
    "tillsammans med grannkommunerna och ambulansen.",
]
COLW = (pdf.epw - 7) / 2
FS, LH = 9.3, 4.55


def para_h(t):
    pdf.set_font("Sans", "", FS)
    return len(pdf.multi_cell(COLW, LH, t, dry_run=True, output="LINES")) * LH + 2


best = None
for k in range(1, len(paras)):
    hl = sum(para_h(t) for t in paras[:k])
    hr = sum(para_h(t) for t in paras[k:])
    if best is None or max(hl, hr) < best[0]:
        best = (max(hl, hr), k)
split = best[1]
y_top = pdf.get_y() + 0.5
for col, part in enumerate((paras[:split], paras[split:])):
    pdf.set_y(y_top)
    for t in part:
        pdf.set_x(pdf.l_margin + col * (COLW + 7))
        pdf.set_font("Sans", "", FS)
        pdf.multi_cell(COLW, LH, t, align="J", new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
pdf.vline(pdf.l_margin + COLW + 3.5, y_top + 0.5, y_top + best[0] - 2, 0.2, (170, 170, 170))
pdf.set_y(y_top + best[0] + 2)

# Figur 1: histogram of the response times 2026
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Insatstid 2026, antal insatser per intervall om fem minuter", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 6
CH = 62                                  # chart height
X0, BW = 36, 19.5
ymax = 400
base = y0 + CH
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
for v in (0, 100, 200, 300, 400):
    yy = base - CH * v / ymax
    pdf.hline(X0, X0 + BW * len(A_HIST), yy, 0.1, (215, 215, 215))
    pdf.set_xy(X0 - 11, yy - 1.6)
    pdf.cell(9, 3.2, str(v), align="R")
pdf.set_text_color(0, 0, 0)
for i, (lab, n) in enumerate(A_HIST):
    x = X0 + i * BW
    h = CH * n / ymax
    over = i >= 4
    pdf.set_fill_color(*(LIGHT_RED if over else RED))
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.4)
    pdf.rect(x, base - h, BW, h, style="FD")
    if lab.endswith("–"):               # the open band: hatched
        with pdf.rect_clip(x, base - h, BW, h):
            pdf.set_draw_color(255, 255, 255)
            pdf.set_line_width(0.35)
            k = 0.0
            while k < h + BW:
                pdf.line(x + k - h, base, x + k, base - h)
                k += 2.2
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_xy(x, base - h - 4.4)
    pdf.cell(BW, 4, str(n), align="C")
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(x, base + 1.0)
    pdf.cell(BW, 3.8, lab, align="C")
pdf.hline(X0, X0 + BW * len(A_HIST), base, 0.4, CHAR)
# the 20-minute line
xt = X0 + 4 * BW
pdf.set_draw_color(*CHAR)
pdf.set_line_width(0.35)
pdf.set_dash_pattern(dash=1.0, gap=0.8)
pdf.line(xt, base, xt, y0 - 3)
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 7.4)
pdf.set_xy(xt + 1.2, y0 - 3.4)
pdf.cell(40, 3.6, "Mål deltid 20 min")
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.set_xy(X0, base + 5.5)
pdf.cell(BW * len(A_HIST), 3.8, "Minuter från larm till att den första styrkan är på plats", align="C")
pdf.set_xy(22, base + 10)
pdf.multi_cell(0, 3.6, f"Samtliga {g(a_hist_total())} insatser 2026. Den streckade linjen visar målet för insatsområden "
               "med deltidsstyrka; i Askebro tätort är målet tio minuter och i de minsta byarna 30 minuter.",
               align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Räddningsinsatser per händelsetyp", size=12.5)
pdf.p("Tabell 1 visar räddningstjänstens insatser per typ av händelse de senaste fem åren. En insats räknas en gång "
      "även om flera stationer larmas till samma händelse.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Räddningsinsatser per händelsetyp 2022–2026", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [56, 14, 14, 14, 14, 14, 18, 22]
AL = ["L"] + ["R"] * 7
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, CHAR)
pdf.set_fill_color(*PALE_YELLOW)
HH = 9.4
pdf.rect(XS[5], y, WID[5], HH, style="F")
pdf.row(X, y + 0.2, WID, AL, ["Händelsetyp", "2022", "2023", "2024", "2025", "2026", "Medel 2022–2026¹",
                              "Förändring 2025–2026"], size=8.2, font="Cond", style="B", h=HH,
        styles=[None, None, None, None, None, None, "BI", None])
y += HH
pdf.hline(X, XS[-1], y, 0.4, CHAR)
FS = 8.6


def tint(y, h):
    pdf.set_fill_color(*PALE_YELLOW)
    pdf.rect(XS[5], y, WID[5], h, style="F")


def change_mark(y, h, cells):
    """a drawn triangle at the left of the change cell: red up for an increase, grey down for a decrease"""
    v = cells[-1]
    cxm, cym = XS[7] + 4.0, y + h / 2
    if v.startswith("+"):
        pdf.set_fill_color(*RED)
        pdf.polygon([(cxm - 1.5, cym + 1.1), (cxm + 1.5, cym + 1.1), (cxm, cym - 1.3)], style="F")
    elif v.startswith("\u2212"):
        pdf.set_fill_color(150, 150, 150)
        pdf.polygon([(cxm - 1.5, cym - 1.1), (cxm + 1.5, cym - 1.1), (cxm, cym + 1.3)], style="F")


for grp in A_GROUPS:
    y += 1.0
    pdf.set_fill_color(*RED)
    pdf.rect(X + 0.6, y + 1.5, 2.2, 2.2, style="F")
    pdf.set_font("Cond", "B", 8.8)
    pdf.set_text_color(*RED)
    pdf.set_xy(X + 4.2, y + 0.6)
    pdf.cell(80, 4, grp)
    pdf.set_text_color(0, 0, 0)
    y += 5.0
    for t in a_group_rows(grp):
        cells = a_cells(t)
        pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=0.9)
        tint(y, h)
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=0.9, h=h,
                styles=[None] * 5 + ["B", "I", None], colors=[None] * 6 + [GREY, None])
        change_mark(y, h, cells)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (210, 210, 210))
    cells = a_group_sum_cells(grp)
    h = pdf.row_h(WID, cells, size=FS, font="Cond", style="I", vpad=0.9)
    tint(y, h)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=0.9, h=h,
            styles=[None] * 5 + ["BI", None, None])
    change_mark(y, h, cells)
    y += h
    pdf.hline(X, XS[-1], y, 0.3, CHAR)
y += 0.8
pdf.hline(X, XS[-1], y, 0.3, CHAR)
y += 0.6
cells = a_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.2)
tint(y, h)
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.2, h=h)
change_mark(y, h, cells)
y += h
pdf.hline(X, XS[-1], y, 0.8, CHAR)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "¹ Medelvärdet av antalet insatser per år 2022–2026. Källa: räddningstjänstens "
               "händelserapporter.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
ivpa = [t for t in A_TYPES if t[1].startswith("Hjälp till ambulans")][0][2]
pdf.p(f"Larmen om hjälp till ambulans har ökat varje år sedan 2022, från {ivpa[0]} till {ivpa[-1]}, eftersom "
      "ambulanserna har fått längre avstånd till byarna i kommunens västra del. Trafikolyckorna var färre än något "
      "år under perioden, medan stormarna under hösten gav många insatser för stormskador och översvämning.",
      size=9.4)
pdf.p("De automatiska brandlarmen utan brand minskade för tredje året i rad, men de är fortfarande den vanligaste "
      "orsaken till att räddningstjänsten larmas ut.", size=9.4)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2
pdf.add_page()
pdf.h1("3 Insatstider", size=12.5)
pdf.p("Nämnden har bestämt ett mål för insatstiden i varje insatsområde. Ambitionen är att minst "
      f"{A_SHARE_GOAL:.0f} procent av insatserna i varje område ska nå fram inom målet. Tabell 2 visar medianen och "
      "andelen insatser inom målet.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Insatstid per insatsområde 2025–2026", new_x="LMARGIN", new_y="NEXT")
W2 = [26, 33, 23, 11, 14, 14, 15, 15, 15]
A2 = ["L", "L", "L", "R", "R", "R", "R", "R", "R"]
X2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, X2[-1], y, 0.8, CHAR)
# stacked heading: upper level over the two pairs
pdf.set_font("Cond", "B", 8.2)
for j, t in ((4, "Insatstid, median, min"), (6, "Andel inom målet, %")):
    pdf.set_xy(X2[j], y + 0.8)
    pdf.cell(W2[j] + W2[j + 1], 3.8, t, align="C")
    pdf.hline(X2[j] + 1.0, X2[j + 2] - 1.0, y + 5.0, 0.3, CHAR)
pdf.row(X, y + 5.0, W2, A2, ["Insatsområde", "Station", "Styrka", "Mål, min", "2025", "2026", "2025", "2026",
                             "Insatser 2026"], size=8.2, font="Cond", style="B", h=8.6)
y += 13.8
pdf.hline(X, X2[-1], y, 0.4, CHAR)
for a in A_AREAS:
    cells = a_area_cells(a)
    pdf.no_split(W2, cells, "Cond", "B", 8.8, what="Tabell 2")
    low = a[7] < A_SHARE_GOAL
    h = pdf.row_h(W2, cells, size=8.8, font="Cond", vpad=1.5)
    if low:
        pdf.set_fill_color(*RED)
        pdf.rect(X - 2.2, y + 0.4, 1.4, h - 0.8, style="F")
    pdf.row(X, y, W2, A2, cells, size=8.8, font="Cond", vpad=1.5, h=h,
            styles=[None] * 7 + ["B" if low else None, None], colors=[None] * 7 + [RED if low else None, None])
    y += h
    pdf.hline(X, X2[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, X2[-1], y, 0.8, CHAR)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Röd markering: under ambitionen att minst 80 procent av insatserna ska nå fram inom målet. "
               "Åsbrink saknar egen station och nås från Station Brattmon.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
ok = [a for a in A_AREAS if a[7] >= A_SHARE_GOAL]
pdf.p(f"I {WORD[len(ok)]} av {WORD[len(A_AREAS)]} insatsområden nådde minst 80 procent av insatserna fram inom "
      "målet. Tätorten och Brattmon förbättrade sina tider, medan Alderby låg kvar på ungefär samma nivå som året "
      "innan.", size=9.4)
pdf.p(f"Andelen inom målet sjönk kraftigt i Saltnäs. Orsaken är att {A_PASSAGE}. Under resten av året var "
      "insatstiderna i Saltnäs i nivå med tidigare år.", size=9.4)
pdf.p("Åsbrink har längst insatstid, eftersom byn saknar egen station och vägen från Brattmon är smal och "
      "krokig. Räddningstjänsten utreder om ett räddningsvärn kan startas i byn.", size=9.4)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Förebyggande arbete och ekonomi", size=12.5)
pdf.p(f"{a_inspect_sentence()} Ett par tillsyner fick skjutas upp när personalen behövdes vid skogsbränderna i "
      f"juni. {a_cost_sentence()}", size=9.4)
pdf.p("Kostnaderna för övertid och förstärkningsresurser vid skogsbränderna förklarar större delen av underskottet.",
      size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 3. Förebyggande verksamhet och ekonomi", new_x="LMARGIN", new_y="NEXT")
W3 = [88, 22, 22, 34]
A3 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.hline(X, X + sum(W3), y, 0.8, CHAR)
pdf.row(X, y + 0.2, W3, A3, ["Mått", "2025", "2026", "Mål eller budget 2026"], size=8.6, font="Cond", style="B",
        h=6.4)
y += 6.8
pdf.hline(X, X + sum(W3), y, 0.4, CHAR)
for m in A_PREV:
    h = pdf.row(X, y, W3, A3, a_prev_cells(m), size=8.8, font="Cond", vpad=1.3)
    y += h
    pdf.hline(X, X + sum(W3), y, 0.1, (200, 200, 200))
pdf.hline(X, X + sum(W3), y, 0.8, CHAR)
pdf.set_y(y + 5)
pdf.h1("5 Åtgärder 2027", size=12.5)
pdf.numbered(A_ACTIONS, size=9.4, lh=4.7)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Askebro den {A_DATE.day} februari {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{A_CHIEF[0]}\n{A_CHIEF[1].capitalize()}", f"{A_ANALYST[0]}\n{A_ANALYST[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
