"""(d) Region Tyrvalla – hälso- och sjukvårdsnämnden: ambulanssjukvårdens verksamhetsrapport 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, 4 pages: pp. 1, 3 and 4 portrait, P. 2 LANDSCAPE; ambulance
green, signal yellow and star-of-life blue. P. 1 has no running header: a DRAWN STAR OF LIFE (a blue six-armed star
with a white rod and a winding snake line) beside "REGION TYRVALLA / Hälso- och sjukvårdsnämnden · Ambulanssjukvården",
a green ROUNDED BADGE "VERKSAMHETSRAPPORT 2026" in white at the right, a green rule with a yellow end piece, the title,
a key–value block, "1 Året i korthet" with COMPETING FIGURES (21 480 vs 20 915 assignments, 6 192 of them prio 1;
the region's prio 1 median 12,1 vs 11,6 minutes vs the target of at most 12,0; 84,7 vs 86,2 % within 20 minutes vs
the target 90,0; net cost 486,3 mnkr vs the budget 478,0 and 461,9 in 2025) and "Om måtten" as a DEFINITION LIST
with the terms in green small capitals. Pp. 2–4: a running header ("Region Tyrvalla · Ambulanssjukvården 2026" and
"Sida n av 4" over a green hairline led by a yellow square). P. 2 (LANDSCAPE): Tabell 1, response times per area and
priority, with a STACKED HEADING whose upper level is a COLOURED PRIORITY BAND ("Prio 1 – akut" in white on red,
"Prio 2 – brådskande" in black on yellow) over Uppdrag 2026 / Median 2025 / Median 2026 / 90:e percentil 2026, a TINTED
ITALIC "Mål" ROW RIGHT UNDER THE HEADING holding the targets ("≤ 12,0", "≤ 30,0", "≤ 20,0", "≤ 45,0"), every 2026
value that misses its target marked by a RED CORNER FLAG (a small triangle in the cell's top right corner), thin
vertical rules only between the priority groups, the kind of area in grey, a bold "Hela regionen" row on a pale green
band, a legend for the flag and notes, and comments. P. 3: Figur 1, a PAIRED HORIZONTAL BAR CHART of the prio 1 median
per area (2025 as a thin grey bar under the thick green 2026 bar, both values printed at the bar ends, sorted by 2026)
over a PALE GREEN TARGET ZONE from 0 to 12 minutes labelled "Mål: högst 12 min", then "3 Kommentarer" (the passage on
Mörkedal). P. 4: "4 Åtgärder 2027" as a "•" list, "Förslag till beslut" as att-clauses and two signature lines.
No metadata title.
"""
import datetime as dt
import math

from common51 import HERE, Doc
from data import (D_AREAS, D_REGION, D_TARGETS, D_P3, D_DNR, D_DATE, D_CHIEF, D_ANALYST, D_PASSAGE, D_ACTIONS,
                  d_cells, d_total_cells, d_target_cells, d_over, d_sentences, d_bars, d1, g)

OUT = HERE / "region-tyrvalla-ambulanssjukvarden-2026.pdf"
GREEN = (0, 116, 70)
PALE_GREEN = (226, 241, 232)
YELLOW = (248, 196, 0)
BLUE = (0, 84, 166)
RED = (204, 32, 38)
GREY = (100, 100, 100)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*YELLOW)
        self.rect(self.l_margin, 11.2, 3.2, 3.2, style="F")
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin + 5, 10.6)
        self.cell(120, 4, "Region Tyrvalla · Ambulanssjukvården 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.w - self.r_margin - 40, 10.6)
        self.cell(40, 4, f"Sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.35, GREEN)
        self.set_text_color(0, 0, 0)
        self.set_y(21)


pdf = DDoc("Region Tyrvalla", font="dejavu", serif=False, accent=GREEN, foot="", justify=False,
           created=dt.datetime(2027, 3, 23, 13, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)


def star_of_life(cx, cy, r):
    """three blue bars crossing at 60° (six arms), a white rod with a winding snake"""
    pdf.set_fill_color(*BLUE)
    w = r * 0.56
    for k in range(3):
        a = math.radians(90 + 60 * k)
        ux, uy = math.cos(a), -math.sin(a)
        vx, vy = -uy, ux
        pts = [(cx + ux * r + vx * w / 2, cy + uy * r + vy * w / 2), (cx + ux * r - vx * w / 2, cy + uy * r - vy * w / 2),
               (cx - ux * r - vx * w / 2, cy - uy * r - vy * w / 2), (cx - ux * r + vx * w / 2, cy - uy * r + vy * w / 2)]
        pdf.polygon(pts, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.6)
    pdf.line(cx, cy - r * 0.78, cx, cy + r * 0.78)
    pts = [(cx + 1.1 * math.sin(t / 3.0), cy - r * 0.62 + t * r * 0.62 / 9) for t in range(19)]
    pdf.set_line_width(0.4)
    pdf.polyline(pts)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
star_of_life(30, 22, 8)
pdf.set_xy(42, 15.5)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*GREEN)
pdf.cell(90, 6.5, "REGION TYRVALLA", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Hälso- och sjukvårdsnämnden · Ambulanssjukvården")
pdf.set_fill_color(*GREEN)
pdf.rect(139, 16.5, 49, 8, style="F", round_corners=True, corner_radius=4)
pdf.set_font("Sans", "B", 7.6)
pdf.set_text_color(255, 255, 255)
pdf.set_xy(139, 18.5)
pdf.cell(49, 4, "VERKSAMHETSRAPPORT 2026", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 172, 33.5, 0.9, GREEN)
pdf.hline(172, 188, 33.5, 0.9, YELLOW)
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Ambulanssjukvården 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 11)
pdf.cell(0, 5.5, "Uppdrag, responstider och ekonomi", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Ansvarig", f"{D_CHIEF[0]}, {D_CHIEF[1]}"),
        ("Till", "Hälso- och sjukvårdsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Året i korthet", size=12.5)
s = d_sentences()
pdf.p(f"{s[0]} Ökningen gäller främst uppdrag med prioritet 2.", size=9.8, lh=5)
pdf.p(f"{s[1]} Responstiderna för prio 1 blev längre i bland annat Mörkedal och Tornfjäll, medan Irsjö, Malmbyn "
      f"och Idsälja förbättrades. {s[2]}", size=9.8, lh=5)
pdf.p(f"{s[3]} Överskridandet beror främst på kostnader för övertid och inhyrd personal.", size=9.8, lh=5)
pdf.h1("Om måtten", size=11)
DEFS = [
    ("RESPONSTID", "Tiden från att larmcentralen tog emot samtalet till att ambulansen var framme hos patienten."),
    ("MEDIAN", "Hälften av uppdragen hade kortare responstid och hälften längre."),
    ("90:E PERCENTIL", "Nio av tio uppdrag hade kortare responstid än detta värde."),
    ("PRIO 1 OCH 2", "Prio 1 avser akut livshotande tillstånd, prio 2 brådskande men inte livshotande tillstånd. "
                     f"Uppdragen med prioritet 3 planeras i förväg och redovisas bara som antal, {g(D_P3)} "
                     "uppdrag 2026."),
]
for term, text in DEFS:
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_text_color(*GREEN)
    pdf.set_char_spacing(0.5)
    pdf.set_xy(22, y + 0.4)
    pdf.cell(36, 4, term)
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(60, y)
    pdf.multi_cell(128, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.add_page(orientation="L")
pdf.h1("2 Responstider per område", size=12.5)
pdf.p("Tabell 1 visar antalet uppdrag och responstiderna i minuter för prio 1 och prio 2 per ambulansområde. "
      "Målen gäller för hela regionen och för varje område.", size=9.4, lh=4.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Uppdrag och responstid per område och prioritet 2025–2026, minuter", new_x="LMARGIN",
         new_y="NEXT")
X = 22
WID = [36, 26, 22, 22, 22, 26.5, 22, 22, 22, 32.5]
AL = ["L", "L"] + ["R"] * 8
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - (pdf.w - pdf.r_margin)) > 0.01:
    raise SystemExit(f"Tabell 1 is {XS[-1] - X} mm wide, the page {pdf.epw} mm")
FS = 9.0
y = pdf.get_y() + 2
pdf.hline(X, XS[-1], y, 0.8, GREEN)
# the priority bands
pdf.set_fill_color(*RED)
pdf.rect(XS[2] + 0.6, y + 1, XS[6] - XS[2] - 1.2, 5.6, style="F")
pdf.set_fill_color(*YELLOW)
pdf.rect(XS[6] + 0.6, y + 1, XS[10] - XS[6] - 1.2, 5.6, style="F")
pdf.set_font("Cond", "B", 9)
pdf.set_text_color(255, 255, 255)
pdf.set_xy(XS[2], y + 1.8)
pdf.cell(XS[6] - XS[2], 4, "Prio 1 – akut", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(XS[6], y + 1.8)
pdf.cell(XS[10] - XS[6], 4, "Prio 2 – brådskande", align="C")
HEAD = ["Område", "Typ av område", "Uppdrag 2026", "Median 2025", "Median 2026", "90:e percentil 2026",
        "Uppdrag 2026", "Median 2025", "Median 2026", "90:e percentil 2026"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.4, what="Tabell 1 heading")
hh = pdf.row_h(WID, HEAD, size=8.4, font="Cond", style="B", vpad=1.0, lh=3.8)
pdf.row(X, y + 7.4, WID, AL, HEAD, size=8.4, font="Cond", style="B", vpad=1.0, lh=3.8, h=hh)
y += 7.4 + hh
pdf.hline(X, XS[-1], y, 0.45, GREEN)
# the target row
cells = d_target_cells()
h = pdf.row_h(WID, cells, size=8.6, font="Cond", style="I", vpad=1.1)
pdf.set_fill_color(*PALE_GREEN)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=8.6, font="Cond", style="I", vpad=1.1, h=h, color=(60, 60, 60))
y += h
pdf.hline(X, XS[-1], y, 0.3, GREEN)
y_rows = y


def flag(x_right, y_top):
    pdf.set_fill_color(*RED)
    pdf.polygon([(x_right - 2.6, y_top), (x_right, y_top), (x_right, y_top + 2.6)], style="F")


for a in D_AREAS:
    cells = d_cells(a)
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.9,
                colors=[None, GREY] + [None] * 8, styles=[None] * 4 + ["B", None, None, None, "B", None])
    for i in d_over(a):
        flag(XS[i + 1] - 0.3, y + 0.3)
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
cells = d_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=2.0)
pdf.set_fill_color(*PALE_GREEN)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=2.0, h=h)
reg = D_REGION
for i, ok in ((4, reg["p1_med26"] > D_TARGETS["p1_med"]), (5, reg["p1_p90"] > D_TARGETS["p1_p90"]),
              (8, reg["p2_med26"] > D_TARGETS["p2_med"]), (9, reg["p2_p90"] > D_TARGETS["p2_p90"])):
    if ok:
        flag(XS[i + 1] - 0.3, y + 0.3)
y += h
pdf.hline(X, XS[-1], y, 0.8, GREEN)
for j in (2, 6):
    pdf.vline(XS[j], y_rows - 7.4 - hh - 1.0, y, 0.3, (150, 150, 150))
# legend
y += 2.2
pdf.set_fill_color(*RED)
pdf.polygon([(X, y + 0.4), (X + 2.6, y + 0.4), (X + 2.6, y + 3.0)], style="F")
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.set_xy(X + 4, y)
pdf.multi_cell(0, 3.7, "Röd hörnmarkering: 2026 års värde når inte målet. Medianen och 90:e percentilen för hela "
               "regionen är beräknade på samtliga uppdrag och inte på områdenas värden. Typ av område: tätort, "
               "landsbygd eller glesbygd enligt regionens indelning.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
pdf.p("Fyra av de åtta områdena når inte målet för medianen vid prio 1. Glesbygdsområdena Tornfjäll och Idsälja har "
      "de längsta responstiderna, men Idsälja har förbättrats jämfört med 2025. Medvik och Dunvik har flest uppdrag "
      "och klarar målen för prio 1.", size=9.4, lh=4.8)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Figur 1 and comments
pdf.add_page(orientation="P")
pdf.h1("Figur 1. Medianresponstid för prio 1 per område, minuter", size=11)
bars = d_bars()
x0, bw = 52, 120           # the axis starts at x0; 0–25 minutes over bw mm
vmax = 25.0
y = pdf.get_y() + 4
n = len(bars)
step = 10.5
top, bottom = y, y + n * step
# target zone
pdf.set_fill_color(*PALE_GREEN)
pdf.rect(x0, top - 2, bw * D_TARGETS["p1_med"] / vmax, bottom - top + 2, style="F")
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREEN)
pdf.set_xy(x0, top - 6.5)
pdf.cell(bw * D_TARGETS["p1_med"] / vmax, 4, "Mål: högst 12 min", align="C")
pdf.set_text_color(0, 0, 0)
for v in range(0, 26, 5):
    xg = x0 + bw * v / vmax
    pdf.vline(xg, top - 2, bottom, 0.1, (200, 200, 200))
for k, (name, v25, v26) in enumerate(bars):
    yy = top + k * step
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(22, yy + 1)
    pdf.cell(28, 4.4, name, align="R")
    pdf.set_fill_color(*GREEN)
    pdf.rect(x0, yy + 0.6, bw * v26 / vmax, 5.2, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(x0 + bw * v26 / vmax + 1.2, yy + 1.1)
    pdf.cell(16, 4.2, d1(v26))
    pdf.set_fill_color(160, 160, 160)
    pdf.rect(x0, yy + 6.6, bw * v25 / vmax, 1.8, style="F")
    pdf.set_font("Sans", "", 7.0)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x0 + bw * v25 / vmax + 1.2, yy + 5.9)
    pdf.cell(16, 3.2, d1(v25))
    pdf.set_text_color(0, 0, 0)
pdf.hline(x0, x0 + bw, bottom, 0.3, (90, 90, 90))
pdf.set_font("Sans", "", 7.6)
for v in range(0, 26, 5):
    pdf.set_xy(x0 + bw * v / vmax - 5, bottom + 0.8)
    pdf.cell(10, 3.6, str(v), align="C")
y = bottom + 7
pdf.set_fill_color(*GREEN)
pdf.rect(x0, y + 0.6, 6, 3, style="F")
pdf.set_fill_color(160, 160, 160)
pdf.rect(x0 + 26, y + 1.2, 6, 1.8, style="F")
pdf.set_font("Sans", "", 7.8)
pdf.set_xy(x0 + 7.5, y)
pdf.cell(16, 4.2, "2026")
pdf.set_xy(x0 + 33.5, y)
pdf.cell(16, 4.2, "2025")
pdf.set_y(y + 9)
pdf.h1("3 Kommentarer", size=12.5)
pdf.p("Medianresponstiden för prio 1 blev längre i fem av de åtta områdena. Den största försämringen skedde i "
      f"Mörkedal. Förklaringen är att {D_PASSAGE}. Stationen har sedan december åter två ambulanser i tjänst "
      "dygnet runt.", size=9.6, lh=4.9)
pdf.p("I Malmbyn kortades responstiden efter att ambulansen flyttade till den nya stationen vid riksvägen i mars. "
      "I Idsälja har en sjukvårdsbil med en sjuksköterska kunnat åka på en del av larmen sedan hösten.", size=9.6,
      lh=4.9)
pdf.p("Antalet uppdrag med prioritet 2 fortsätter att öka, vilket gör att det oftare saknas en ledig ambulans nära "
      "platsen när ett prio 1-larm kommer in.", size=9.6, lh=4.9)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page(orientation="P")
pdf.h1("4 Åtgärder 2027", size=12.5)
pdf.bullets(D_ACTIONS, size=9.6, lh=4.9)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Hälso- och sjukvårdsnämnden föreslås besluta", [
    "godkänna verksamhetsrapporten för ambulanssjukvården 2026, samt",
    "uppdra åt verksamhetschefen att redovisa responstiderna i Mörkedal, Tornfjäll och Idsälja för nämnden varje "
    "kvartal under 2027."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Tyrvalla den {D_DATE.day} mars {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{D_CHIEF[0]}\n{D_CHIEF[1]}", f"{D_ANALYST[0]}\n{D_ANALYST[1]}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
