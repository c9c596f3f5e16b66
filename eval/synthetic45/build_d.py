"""(d) Region Delsmark – kollektivtrafiknämnden: regionalt trafikförsörjningsprogram 2028–2031 (regionfullmäktige
2027-11-29 § 131), with the lines and their outcome for 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; dark slate with
traffic yellow, and one colour per fare zone (yellow, teal, plum). P. 1 has no running header: a DRAWN BUS-STOP SIGN
(a yellow disc with a dark ring and a small bus on a grey post) beside "REGION DELSMARK / Kollektivtrafiknämnden", the
title on a slate band with a yellow underline, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running
text (5 840 100 journeys vs 5 660 800 vs the target 7 000 000; cost coverage 38,1 vs 38,9 vs the target 45,0; net cost
109,9 vs the budget 105,0 mnkr) and Figur 1, a CONCENTRIC ZONE DIAGRAM – three rings for the fare zones A, B and C
around Hälmvik, the places as dots on the rings, each line as a thin spoke with its number in a small rounded tag, and
a legend of the zones. P. 2 (landscape, running header): Tabell 1 with a THREE-GROUP STACKED HEADING ("Avgångar per
dag" over Mån–fre / Lör / Sön, "Resor per år" over 2025 / 2026 / Förändr., %, "Ekonomi 2026" over Kostnad / Intäkter
/ Kostnadstäckning) beside Linje / Sträcka; the zones as GROUP ROWS IN THE ZONE COLOUR WITH THE ZONE LETTER IN A WHITE
DISC; days without service as "–"; italic "Summa zon X" rows on a pale tint; a bold "Totalt" row over a double rule;
notes. P. 3 (portrait): "3 Mål för programperioden" as a small table (Utfall 2026 / Mål 2031), "4 Planerade
förändringar" as a "•" LIST WITH NESTED "–" ITEMS, "5 Beslut" with att-clauses and two signature lines. No metadata
title.
"""
import datetime as dt
import math

from common45 import HERE, Doc
from data import (D_ZONES, D_LINES, D_GOALS, D_CHANGES, D_CHAIR, D_DIRECTOR, D_DNR, D_DECIDED, d_cells, d_zone_sum,
                  d_sum_cells, d_goal_cells, d_sentences)

OUT = HERE / "region-delsmark-trafikforsorjningsprogram-2028-2031.pdf"
SLATE = (40, 52, 64)
YEL = (240, 182, 0)
ZCOL = {"A": (232, 170, 0), "B": (0, 128, 128), "C": (120, 60, 110)}
ZPALE = {"A": (252, 243, 214), "B": (218, 238, 238), "C": (238, 226, 236)}
GREY = (105, 105, 105)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin, 10.5)
        self.cell(100, 4, "Region Delsmark · Trafikförsörjningsprogram 2028–2031")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.w - self.l_margin - self.r_margin - 100, 4, f"Sida {self.page_no()} av 3", align="R")
        self.set_fill_color(*YEL)
        self.rect(self.l_margin, 15.6, 18, 1.2, style="F")
        self.hline(self.l_margin + 18, self.w - self.r_margin, 16.2, 0.3, SLATE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = DDoc("Region Delsmark", font="dejavu", serif=False, accent=SLATE, justify=False,
           created=dt.datetime(2027, 12, 6, 9, 30, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# bus-stop sign
px, py = 27, 12
pdf.set_fill_color(150, 150, 150)
pdf.rect(px - 0.6, py + 6, 1.2, 14, style="F")
pdf.set_fill_color(*SLATE)
pdf.circle(px, py + 6, 6.4, style="F")
pdf.set_fill_color(*YEL)
pdf.circle(px, py + 6, 5.3, style="F")
pdf.set_fill_color(*SLATE)
pdf.rect(px - 3.4, py + 3.6, 6.8, 4.2, style="F", round_corners=True, corner_radius=0.8)
pdf.set_fill_color(*YEL)
for k in range(3):
    pdf.rect(px - 2.8 + k * 2.0, py + 4.2, 1.5, 1.5, style="F")
pdf.set_fill_color(*SLATE)
pdf.circle(px - 2.0, py + 8.1, 0.7, style="F")
pdf.circle(px + 2.0, py + 8.1, 0.7, style="F")
pdf.set_xy(38, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*SLATE)
pdf.cell(0, 6, "REGION DELSMARK", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, "Kollektivtrafiknämnden")
pdf.set_fill_color(*SLATE)
pdf.rect(0, 36, 210, 22, style="F")
pdf.set_xy(22, 39)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(255, 255, 255)
pdf.cell(0, 8.5, "Trafikförsörjningsprogram 2028–2031", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 10)
pdf.set_text_color(*YEL)
pdf.cell(0, 6, "Regional kollektivtrafik i Delsmark – mål, linjer och utfall 2026")
pdf.set_fill_color(*YEL)
pdf.rect(0, 58, 210, 1.3, style="F")
pdf.set_text_color(0, 0, 0)
pdf.set_y(66)
pdf.kv([("Beslutad", D_DECIDED), ("Diarienummer", D_DNR), ("Ansvarig", f"{D_DIRECTOR[0]}, {D_DIRECTOR[1]}")],
       lw=32, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = d_sentences()
pdf.p("Trafikförsörjningsprogrammet anger målen för den regionala kollektivtrafiken och vilken trafik regionen "
      f"ska upphandla under programperioden. Det bygger på utfallet för 2026. {s[0]} {s[1]} {s[2]}", size=9.6)
pdf.p("Resandet ökar mest i stadstrafiken i Hälmvik, medan flera linjer i ytterområdet har få resenärer och låg "
      "kostnadstäckning. Programmet prioriterar därför tätare trafik där resandet är stort och anropsstyrd trafik "
      "där underlaget är litet.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Taxezoner, orter och linjer", new_x="LMARGIN", new_y="NEXT")
cx, cy = 76, pdf.get_y() + 55
R = {"A": 19, "B": 35, "C": 51}
for z in ("C", "B", "A"):
    pdf.set_fill_color(*ZPALE[z])
    pdf.set_draw_color(*ZCOL[z])
    pdf.set_line_width(0.5)
    pdf.circle(cx, cy, R[z], style="DF")
pdf.set_line_width(0.2)
# places on the rings: name -> (ring radius factor, angle in degrees)
places = {"Eggvik": ("A", 0.8, 40), "Brattvik": ("A", 0.8, 150), "Lådsta": ("A", 0.8, 220),
          "Arnsberga": ("A", 0.8, 288),
          "Dunby": ("B", 0.8, 195), "Ebbinge": ("B", 0.85, 235), "Lillmora": ("B", 0.8, 322),
          "Bäsnäs": ("B", 0.85, 270),
          "Hovmyra": ("C", 0.8, 72), "Lerbäcka": ("C", 0.75, 104), "Edholma": ("C", 0.8, 356),
          "Dalsnäs": ("C", 0.8, 136)}


def pos(name):
    z, f, a = places[name]
    r_in = {"A": 0, "B": R["A"], "C": R["B"]}[z]
    r = r_in + (R[z] - r_in) * f
    return cx + r * math.cos(math.radians(a)), cy - r * math.sin(math.radians(a))


spokes = [("1", "Hälmvik", "Eggvik"), ("2", "Hälmvik", "Brattvik"), ("3", "Hälmvik", "Lådsta"),
          ("4", "Hälmvik", "Arnsberga"), ("101", "Dunby", "Ebbinge"), ("101", "Hälmvik", "Dunby"),
          ("104", "Hälmvik", "Lillmora"), ("115", "Ebbinge", "Bäsnäs"), ("118", "Lillmora", "Bäsnäs"),
          ("201", "Hälmvik", "Hovmyra"), ("210", "Hovmyra", "Lerbäcka"), ("220", "Hälmvik", "Edholma"),
          ("235", "Lerbäcka", "Dalsnäs")]
pdf.set_draw_color(*SLATE)
pdf.set_line_width(0.45)
tagged = set()
for nr, a, b in spokes:
    p0 = (cx, cy) if a == "Hälmvik" else pos(a)
    p1 = pos(b)
    pdf.line(*p0, *p1)
pdf.set_line_width(0.2)
for nr, a, b in spokes:
    if nr in tagged:
        continue
    tagged.add(nr)
    p0 = (cx, cy) if a == "Hälmvik" else pos(a)
    p1 = pos(b)
    f = 0.62 if a == "Hälmvik" else 0.5
    mx, my = p0[0] + (p1[0] - p0[0]) * f, p0[1] + (p1[1] - p0[1]) * f
    pdf.set_font("Cond", "B", 6.2)
    tw = pdf.get_string_width(nr) + 2
    pdf.set_fill_color(*SLATE)
    pdf.rect(mx - tw / 2, my - 1.6, tw, 3.2, style="F", round_corners=True, corner_radius=1)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(mx - tw / 2, my - 1.5)
    pdf.cell(tw, 3, nr, align="C")
pdf.set_text_color(0, 0, 0)
for name in places:
    x, y_ = pos(name)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*SLATE)
    pdf.circle(x, y_, 1.1, style="DF")
    pdf.set_font("Sans", "", 6.8)
    tw = pdf.get_string_width(name) + 1
    ang = places[name][2]
    left = 100 < ang < 260
    pdf.set_xy(x - 1.6 - tw if left else x + 1.6, y_ - 1.5)
    pdf.cell(tw, 3, name)
pdf.set_fill_color(*SLATE)
pdf.circle(cx, cy, 2.2, style="F")
pdf.set_font("Sans", "B", 7.4)
tw = pdf.get_string_width("Hälmvik C") + 2
pdf.set_fill_color(255, 255, 255)
pdf.rect(cx - 3.2 - tw, cy - 1.9, tw, 3.6, style="F")
pdf.set_xy(cx - 3.2 - tw, cy - 1.8)
pdf.cell(tw, 3.4, "Hälmvik C", align="C")
pdf.set_draw_color(0, 0, 0)
# legend
lx, ly = 140, cy - 30
for z, name in D_ZONES:
    pdf.set_fill_color(*ZPALE[z])
    pdf.set_draw_color(*ZCOL[z])
    pdf.set_line_width(0.5)
    pdf.rect(lx, ly, 6, 6, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(lx + 8, ly - 0.2)
    pdf.cell(40, 3.6, f"Zon {z}")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(lx + 8, ly + 3.2)
    pdf.cell(48, 3.4, name)
    ly += 11
pdf.set_xy(lx, ly + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(52, 3.6, "Linjenumren står i de mörka etiketterna. Avstånden är schematiska.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.set_auto_page_break(False)
pdf.add_page(orientation="L")
pdf.set_margins(18, 23, 18)
pdf.set_y(23)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 6, "2 Linjer och utfall 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Avgångar, resor och kostnadstäckning per linje och taxezon", new_x="LMARGIN", new_y="NEXT")
X0 = 18
W = [13, 60, 17, 14, 14, 24, 24, 19, 20, 20, 26]
AL = ["L", "L", "R", "R", "R", "R", "R", "R", "R", "R", "R"]
TW = sum(W)
xs = [X0]
for w in W:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1.5
pdf.hline(X0, X0 + TW, y, 0.9, SLATE)
pdf.set_font("Cond", "B", 8.6)
pdf.set_text_color(*SLATE)
for a, b, lab in ((2, 5, "Avgångar per dag"), (5, 8, "Resor per år"), (8, 11, "Ekonomi 2026")):
    pdf.set_xy(xs[a], y + 0.8)
    pdf.cell(xs[b] - xs[a], 4.2, lab, align="C")
    pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 5.3, 0.3, YEL)
pdf.set_text_color(0, 0, 0)
HEAD = ["Linje", "Sträcka", "Mån–fre", "Lör", "Sön", "2025", "2026", "Förändr., %", "Kostnad, mnkr",
        "Intäkter, mnkr", "Kostnads- täckning, %"]
h = pdf.row(X0, y + 5.6, W, AL, HEAD, style="B", size=8.4, font="Cond", vpad=0.8)
y += 5.6 + h
pdf.hline(X0, X0 + TW, y, 0.4, SLATE)
for z, zname in D_ZONES:
    y += 1
    pdf.set_fill_color(*ZCOL[z])
    pdf.rect(X0, y, TW, 6.2, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(X0 + 4.2, y + 3.1, 2.4, style="F")
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*ZCOL[z])
    pdf.set_xy(X0 + 1.8, y + 1.1)
    pdf.cell(4.8, 4, z, align="C")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(X0 + 9, y + 1.1)
    pdf.cell(150, 4, f"Zon {z} – {zname}")
    pdf.set_text_color(0, 0, 0)
    y += 6.6
    for l in [l for l in D_LINES if l[0] == z]:
        h = pdf.row(X0, y, W, AL, d_cells(l), size=8.8, font="Cond", vpad=1.05,
                    styles=["B"] + [None] * 10)
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 205, 212))
    sc = d_sum_cells(f"Summa zon {z}", d_zone_sum(z), z)
    cells = [""] + sc
    fills = [ZPALE[z]] * len(W)
    h = pdf.row(X0, y, W, AL, cells, size=8.8, font="Cond", vpad=1.05, style="I", fills=fills)
    y += h
pdf.hline(X0, X0 + TW, y + 0.7, 0.35, SLATE)
pdf.hline(X0, X0 + TW, y + 1.4, 0.35, SLATE)
h = pdf.row(X0, y + 1.6, W, AL, [""] + d_sum_cells("Totalt", d_zone_sum()), size=9.0, font="Cond", vpad=1.1,
            style="B")
y += 1.6 + h
pdf.hline(X0, X0 + TW, y, 0.9, SLATE)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.6)
for n_ in ["Avgångar avser en vanlig vecka i vintertidtabellen 2026, summerat i båda riktningarna. – = ingen trafik.",
           "Kostnadstäckning = biljettintäkter i procent av kostnaden för trafiken. Förändr., % avser resor 2026 "
           "jämfört med 2025."]:
    pdf.set_x(X0)
    pdf.cell(TW, 3.9, n_, new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() > 196:
    raise SystemExit(f"Tabell 1 runs into the page foot ({pdf.get_y():.1f} mm)")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.set_auto_page_break(True, 22)
pdf.add_page(orientation="P")
pdf.set_margins(22, 25, 22)
pdf.set_y(24)
pdf.h1("3 Mål för programperioden", size=12.5)
pdf.p("Målen gäller den trafik som regionen upphandlar. Utfallet för 2026 är utgångsläget för programmet.", size=9.6)
GW = [104, 30, 32]
GA = ["L", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(22, 22 + sum(GW), y, 0.8, SLATE)
h = pdf.row(22, y + 0.3, GW, GA, ["Indikator", "Utfall 2026", "Mål 2031"], style="B", size=8.6, vpad=1.0)
y += 0.3 + h
pdf.hline(22, 22 + sum(GW), y, 0.4, SLATE)
for gl in D_GOALS:
    h = pdf.row(22, y, GW, GA, d_goal_cells(gl), size=8.8, vpad=1.3, styles=[None, None, "B"])
    y += h
    pdf.hline(22, 22 + sum(GW), y, 0.1, (200, 205, 212))
pdf.hline(22, 22 + sum(GW), y + 0.3, 0.8, SLATE)
pdf.set_y(y + 6)
pdf.h1("4 Planerade förändringar", size=12.5)
pdf.set_font("Sans", "", 9.6)
for t, subs in D_CHANGES:
    pdf.set_x(24)
    pdf.cell(6, 5, "•")
    pdf.set_font("Sans", "B", 9.6)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.6)
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(6, 5, "–")
        pdf.multi_cell(0, 5, s_, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.p("Förändringarna genomförs i samband med tidtabellsskiftena i augusti och december. Linjer med mycket låg "
      "kostnadstäckning prövas varje år mot möjligheten att ersätta dem med anropsstyrd trafik.", size=9.6)
pdf.h1("5 Beslut", size=12.5)
pdf.att_list("Regionfullmäktige beslutade", [
    "anta trafikförsörjningsprogrammet för 2028–2031",
    "uppdra åt kollektivtrafiknämnden att upphandla trafiken i zon B och zon C enligt programmet",
    "uppdra åt kollektivtrafiknämnden att årligen redovisa måluppfyllelsen till regionstyrelsen",
], size=9.6)
pdf.ln(4)
pdf.sign_lines([f"{D_CHAIR[0]}\n{D_CHAIR[1].capitalize()}", f"{D_DIRECTOR[0]}\n{D_DIRECTOR[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
