"""(e) Masthamra kommun – bostadsförsörjningsprogram 2027–2030.

Layout: Liberation Sans, portrait, 3 pages. P. 1: the title on a PALE SAND-COLOURED PANEL with a short accent rule
under it, the adoption line, the introduction with competing figures (population 2021 / 2026; 519 dwellings, an
average of 130 a year against the target of 150; 253 / 177 / 89 by tenure; the peak year) and Figur 1, a SCHEMATIC
BUBBLE MAP: a pale land shape with a wavy coast, the three settlement groups as dashed outlines with their names,
and each area as a CIRCLE WHOSE AREA IS PROPORTIONAL TO ITS PLANNED DWELLINGS, labelled with the name and the
number. P. 2: Tabell 1, dwellings per area and year: Område / 2027 / 2028 / 2029 / 2030 / Summa / Hyresrätt /
Bostadsrätt / Äganderätt, with the YEAR CELLS TINTED BY VALUE (a heat scale from white to deep green; "–" for none),
the three tenure headings led by small coloured squares, the areas grouped under bold settlement headings in the
accent colour with a "Summa <ort>" row in italics, a bold "Hela kommunen" row between two heavy rules, thin
rules elsewhere, no vertical rules except a hairline before the tenure columns. Comments follow (the passage on
Hamnkvarteret). P. 3: "Strategier" as a NUMBERED LIST WITH LARGE ACCENT NUMERALS in a left column, each item a bold
lead-in sentence followed by text that wraps, then the follow-up and the responsibilities. Metadata title set.
"""
import datetime as dt
import math

from common30 import HERE, Doc
from data import (E_GROUPS, E_YEARS, E_TARGET, E_POP, E_PASSAGE, E_STRATEGIES, e_rows, e_sum, e_gsum, e_total,
                  e_area, e_avg, gd, g, r0)

OUT = HERE / "masthamra-bostadsforsorjningsprogram-2027-2030.pdf"
ACC = (30, 110, 70)
pdf = Doc("Masthamra kommun", "Bostadsförsörjningsprogram 2027–2030", "Sida {p} av 3", font="liberation",
          accent=ACC, title="Bostadsförsörjningsprogram 2027–2030", author="Masthamra kommun, samhällsbyggnad",
          foot="Masthamra kommun · Antaget av kommunfullmäktige 14 december 2026, § 187",
          created=dt.datetime(2026, 12, 18, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
T = e_total()
TOT = sum(T[:4])
peak = max(range(4), key=lambda i: T[i])
TEN = {"Hyresrätt": (200, 120, 40), "Bostadsrätt": (60, 110, 170), "Äganderätt": (150, 150, 150)}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_fill_color(246, 240, 226)
pdf.rect(20, y0, 170, 28, style="F")
pdf.set_xy(25, y0 + 4)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 9, "Bostadsförsörjningsprogram 2027–2030")
pdf.set_fill_color(*ACC)
pdf.rect(25, y0 + 15, 30, 1.2, style="F")
pdf.set_xy(25, y0 + 18.5)
pdf.set_font("Sans", "", 9.4)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, "Riktlinjer för bostadsförsörjningen i Masthamra kommun · Antaget 14 december 2026")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + 34)
pdf.h2("Inledning")
pdf.p(f"Masthamra kommun hade {g(E_POP[1])} invånare vid utgången av 2026, jämfört med {g(E_POP[0])} fem år "
      f"tidigare. Programmet visar var och när nya bostäder planeras under 2027–2030 och vilka strategier kommunen "
      "ska följa för att alla ska kunna hitta en bostad som passar.", size=9.8)
pdf.p(f"Sammanlagt planeras {TOT} bostäder i tio områden. Det ger i genomsnitt {r0(e_avg())} bostäder per år, "
      f"vilket är färre än målet i översiktsplanen på {E_TARGET} bostäder per år. Flest bostäder blir klara "
      f"{E_YEARS[peak]}, då {T[peak]} bostäder planeras. Av bostäderna blir {T[4]} hyresrätter, {T[5]} "
      f"bostadsrätter och {T[6]} äganderätter.", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Figur 1. Planerade bostäder 2027–2030 per område", new_x="LMARGIN", new_y="NEXT")
my = pdf.get_y() + 2
MW, MH = 170, 112
# land and coast
pdf.set_fill_color(241, 244, 236)
pdf.rect(20, my, MW, MH, style="F")
pdf.set_fill_color(214, 230, 240)
pts = [(20 + MW, my)]
for i in range(0, 29):
    yy = my + i * MH / 28
    pts.append((20 + MW - 16 + 5 * math.sin(i * 0.9), yy))
pts.append((20 + MW, my + MH))
pdf.polygon(pts, style="F")
POS = {   # centre of each area on the schematic map (mm from the map's top left corner)
    "Tegelbruket": (46, 40), "Hamnkvarteret": (66, 62), "Bergsgärdet": (36, 72), "Murarbacken": (66, 20),
    "Ekhamns centrum": (112, 42), "Mellangärdet": (112, 20), "Tallstigen": (112, 62),
    "Grönvik": (22, 98), "Hästeby": (96, 98), "Bodvallen": (136, 96),
}
GROUP_BOX = {"Masthamra tätort": (22, 8, 74, 74), "Ekhamn": (101, 8, 44, 68), "Byarna": (8, 84, 142, 24)}
pdf.set_draw_color(140, 140, 140)
pdf.set_dash_pattern(dash=1.2, gap=1.0)
for grp, (gx, gy, gw, gh) in GROUP_BOX.items():
    pdf.rect(20 + gx, my + gy, gw, gh)
pdf.set_dash_pattern()
for grp, (gx, gy, gw, gh) in GROUP_BOX.items():
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(20 + gx + 1.5, my + gy + 1)
    pdf.cell(gw - 3, 4, grp)
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(255, 255, 255)
for _, r in e_rows():
    cx, cy = POS[r[0]]
    rad = math.sqrt(e_sum(r)) * 0.85
    pdf.set_fill_color(*ACC)
    pdf.set_line_width(0.4)
    pdf.circle(x=20 + cx, y=my + cy, radius=rad, style="DF")
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_xy(20 + cx + rad + 1, my + cy - 3.6)
    pdf.cell(40, 3.6, r[0])
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(20 + cx + rad + 1, my + cy)
    pdf.cell(40, 3.6, f"{e_sum(r)} bostäder")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(my + MH + 2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.7, "Ringens yta motsvarar antalet planerade bostäder. Kartan är schematisk och inte skalenlig.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Planerade bostäder per område, år och upplåtelseform", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(0, 4.3, "Antal bostäder som beräknas bli klara för inflyttning respektive år. Upplåtelseformen avser "
               "hela perioden. – = inga bostäder.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
W = [40, 14, 14, 14, 14, 16, 19, 20, 19]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = 20 + sum(W)
y = pdf.get_y()
heads = ["Område", "2027", "2028", "2029", "2030", "Summa", "Hyresrätt", "Bostadsrätt", "Äganderätt"]
pdf.set_font("Sans", "B", 8.2)
for i, h in enumerate(heads):
    pdf.set_xy(XS[i] + 0.8, y + 1.5)
    pdf.cell(W[i] - 1.6, 4.2, h, align="L" if i == 0 else "R")
    if h in TEN:
        pdf.set_fill_color(*TEN[h])
        tw = pdf.get_string_width(h)
        pdf.rect(XS[i] + W[i] - 0.8 - tw - 3.2, y + 2.4, 2.2, 2.2, style="F")
y += 7.4
pdf.set_line_width(0.6)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
ymax_val = max(v for _, r in e_rows() for v in r[1:5])
ytab0 = y


def heat(v):
    if v == 0:
        return None
    t = 0.15 + 0.85 * v / ymax_val
    return tuple(int(255 - (255 - c) * t * 0.75) for c in (40, 140, 80))


def row(cells, vals=None, style="", fill=None, rh=5.6):
    global y
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(20, y, RIGHT - 20, rh, style="F")
    if vals:
        for i, v in enumerate(vals):
            col = heat(v)
            if col:
                pdf.set_fill_color(*col)
                pdf.rect(XS[1 + i] + 0.4, y + 0.4, W[1 + i] - 0.8, rh - 0.8, style="F")
    for i, c in enumerate(cells):
        pdf.set_font("Sans", style, 8.6)
        pdf.set_xy(XS[i] + (0.8 if i else (4 if style == "" else 0.8)), y + 0.8)
        pdf.cell(W[i] - 1.6, 4.2, c, align="L" if i == 0 else "R")
    y += rh


for grp, rows in E_GROUPS:
    y += 1.5
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20.8, y + 0.6)
    pdf.cell(80, 4.6, grp)
    pdf.set_text_color(0, 0, 0)
    y += 6
    for r in rows:
        row([r[0]] + [gd(v) for v in r[1:5]] + [str(e_sum(r))] + [gd(v) for v in r[5:8]], vals=r[1:5])
        pdf.set_draw_color(215, 215, 215)
        pdf.line(24, y, RIGHT, y)
        pdf.set_draw_color(0, 0, 0)
    s = e_gsum(grp)
    row([f"Summa {grp}"] + [gd(v) for v in s[:4]] + [str(sum(s[:4]))] + [gd(v) for v in s[4:]], style="I")
y += 1
pdf.set_line_width(0.6)
pdf.line(20, y, RIGHT, y)
row(["Hela kommunen"] + [g(v) for v in T[:4]] + [str(TOT)] + [g(v) for v in T[4:]], style="B", rh=6.4)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(190, 190, 190)
pdf.line(XS[6] - 0.5, ytab0 - 7.4, XS[6] - 0.5, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.7, "Färgen i årskolumnerna blir mörkare ju fler bostäder som planeras. Källa: kommunens "
               "planeringsunderlag och byggherrarnas tidplaner, oktober 2026.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
tg, hk = e_area("Tegelbruket"), e_area("Hamnkvarteret")
pdf.p(f"Tegelbruket är programmets största område med {e_sum(tg)} bostäder, varav {tg[5]} hyresrätter. De första "
      f"{tg[1]} lägenheterna blir klara 2027. I Hamnkvarteret planeras {e_sum(hk)} bostäder, de flesta "
      f"bostadsrätter. " + E_PASSAGE, size=9.6, lh=4.8)
pdf.p(f"Ekhamn får {sum(e_gsum('Ekhamn')[:4])} nya bostäder, och byarna tillsammans "
      f"{sum(e_gsum('Byarna')[:4])}. I byarna byggs nästan bara småhus med äganderätt, med undantag för tio "
      "hyresrätter i Hästeby som bygdens förening uppför med stöd från kommunen.", size=9.6, lh=4.8)

# ---------------------------------------------------------------- p. 3 strategies
pdf.add_page()
pdf.h1("Strategier för bostadsförsörjningen", size=13)
pdf.p("Kommunfullmäktige har beslutat om sex strategier som ska vägleda kommunens arbete med bostäder under "
      "programperioden.", size=9.8)
pdf.ln(1)
for i, (lead, text) in enumerate(E_STRATEGIES, 1):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20, y - 1)
    pdf.cell(12, 8, str(i))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(33, y)
    pdf.set_font("Sans", "B", 9.8)
    pdf.multi_cell(157, 5, lead, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(33)
    pdf.set_font("Sans", "", 9.6)
    pdf.multi_cell(157, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3.5)
pdf.h2("Uppföljning och ansvar")
pdf.p("Kommunstyrelsen följer upp programmet varje år i samband med årsredovisningen. Samhällsbyggnadsförvaltningen "
      "ansvarar för planeringsunderlaget och redovisar hur många bostäder som har påbörjats och färdigställts. "
      "Programmet ska revideras senast 2029.", size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
