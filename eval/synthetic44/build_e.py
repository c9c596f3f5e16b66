"""(e) Yngsviks kommun – VA-plan 2027–2036, del 2: investeringar i vatten och avlopp 2027–2031 per område.

Layout: DejaVu Sans throughout (table in DejaVu Sans Condensed), 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; deep
water blue and teal. P. 1 has no running header: a DRAWN WATER DROP beside "YNGSVIKS KOMMUN", the title and a subtitle,
a key–value block, "Sammanfattning" with COMPETING FIGURES in running text (322,6 mnkr for 2027–2031 vs 214,0 in the
previous plan; 2029 the largest year with 96,5 vs the budget 40,0 for 2027; the treatment plant alone 106,0; the
tariff +7,0 % a year) and Figur 1, a SCHEMATIC MAP: a pale land shape with a wavy coastline and a lake, the planned
new service areas as ellipses with DIAGONAL HATCHING, the renewal areas with CROSS-HATCHING, the plants as dark squares,
the existing trunk main as a solid line and the planned transfer mains as DASHED lines, a NORTH ARROW, a SCALE BAR
(0–3 km) and a legend. P. 2 (landscape, running header): Tabell 1 with a TWO-LEVEL HEADING ("Investeringsutgift per
år, mnkr" over 2027 … 2031) beside Nr / Område / Åtgärd / Summa 2027–2031, the three groups as WHITE TEXT ON A BLUE
BAND LED BY THE GROUP LETTER, bold-italic "Summa <grupp>" rows, years without money as "–" IN A LIGHTLY HATCHED CELL,
a bold "Totalt" row over a double rule, FOOTNOTE MARKS ¹ ² in two action names and the notes under the table. P. 3
(portrait): "Prioriteringar" as a "•" LIST WITH NESTED "–" ITEMS, "Varför Jungsund först" (the passage), "Finansiering
och VA-taxa", the decision as att-clauses and two signature lines. Metadata title set.
"""
import datetime as dt

from common44 import HERE, Doc
from data import (E_YEARS, E_GROUPS, E_ROWS, E_NOTES, E_PASSAGE, E_DNR, E_DATE, E_HEAD, E_CHAIR, E_AUTHOR, E_PRIOS,
                  E_PREV_PLAN, E_TARIFF_RISE, e_cells, e_group_sum, e_sum_cells, e_sentences, d1)

OUT = HERE / "yngsvik-va-plan-investeringar-2027-2031.pdf"
BLUE = (18, 84, 140)
TEAL = (24, 140, 136)
PALEB = (226, 238, 248)
LAND = (246, 242, 230)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*BLUE)
        self.set_xy(self.l_margin, 10.5)
        self.cell(80, 4, "Yngsviks kommun · VA-plan 2027–2036")
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.w - self.l_margin - self.r_margin - 80, 4, f"Sida {self.page_no()} av 3", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.4, TEAL)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = EDoc("Yngsviks kommun", font="dejavu", serif=False, accent=BLUE, foot="", justify=False,
           title="VA-plan 2027–2036, del 2: investeringar 2027–2031", author="Yngsviks kommun, VA-enheten",
           created=dt.datetime(2027, 5, 26, 9, 0, tzinfo=dt.timezone.utc))


def hatch(x, y, w, h, col, step=1.6, cross=False, width=0.15):
    with pdf.rect_clip(x, y, w, h):
        pdf.set_draw_color(*col)
        pdf.set_line_width(width)
        k = -h
        while k < w:
            pdf.line(x + k, y + h, x + k + h, y)
            if cross:
                pdf.line(x + k, y, x + k + h, y + h)
            k += step
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
# water drop mark
pdf.set_fill_color(*BLUE)
pdf.polygon([(28, 15), (24.2, 22), (31.8, 22)], style="F")
pdf.circle(28, 23.2, 3.9, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.circle(26.6, 23.6, 1.1, style="F")
pdf.set_xy(35, 16.5)
pdf.set_font("Sans", "B", 12.5)
pdf.set_text_color(*BLUE)
pdf.cell(0, 6, "YNGSVIKS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4.5, "Kommunstyrelsen · VA-enheten", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(36)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 9, "VA-plan 2027–2036", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(*TEAL)
pdf.cell(0, 6, "Del 2: Investeringar i vatten och avlopp 2027–2031 per område", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Handläggare", f"{E_AUTHOR[0]}, {E_AUTHOR[1]}"),
        ("Ansvarig", f"{E_HEAD[0]}, {E_HEAD[1]}")], lw=32, size=9, lh=4.5)
pdf.h1("Sammanfattning", size=12.5)
s = e_sentences()
pdf.p("VA-planen beskriver hur kommunen ska bygga ut och förnya den allmänna vatten- och avloppsförsörjningen. Den "
      f"här delen redovisar investeringarna per område och år. {s[0]} {s[1]} {s[2]} {s[3]}", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Områden med planerade investeringar (schematisk karta)", new_x="LMARGIN", new_y="NEXT")
MX, MY, MW, MH = 22, pdf.get_y() + 2, 166, 92
pdf.set_fill_color(*PALEB)
pdf.rect(MX, MY, MW, MH, style="F")
# land with a wavy coast on the right
import math  # noqa: E402

pts = [(MX, MY), (MX + 118, MY)]
for k in range(0, 41):
    yy = MY + MH * k / 40
    pts.append((MX + 118 + 9 * math.sin(k / 2.6) + 5 * math.sin(k / 1.1), yy))
pts.append((MX, MY + MH))
pdf.set_fill_color(*LAND)
pdf.polygon(pts, style="F")
# a lake
pdf.set_fill_color(*PALEB)
pdf.ellipse(MX + 12, MY + 58, 26, 14, style="F")
pdf.set_font("Sans", "I", 6.8)
pdf.set_text_color(80, 110, 150)
pdf.set_xy(MX + 12, MY + 63)
pdf.cell(26, 3, "Ivsjön", align="C")
pdf.set_xy(MX + 138, MY + 44)
pdf.cell(26, 3, "Jungsundsfjärden", align="C")
pdf.set_text_color(0, 0, 0)
# places: (name, x, y, w, h, kind) kind N = new area (diagonal), F = renewal (cross)
places = [("Yngsvik centrum", 70, 40, 30, 16, "F"), ("Nästervik", 96, 18, 18, 11, "F"),
          ("Öjersvik", 44, 14, 22, 11, "F"), ("Ingvallsbo", 40, 34, 18, 10, "F"),
          ("Jungsund", 112, 64, 24, 13, "N"), ("Ceciliedal", 84, 72, 22, 12, "N"),
          ("Wiggeby", 16, 24, 20, 11, "N"), ("Ivdalen", 46, 54, 18, 10, "N")]
centre = {}
for name, x, y, w, h, kind in places:
    X, Y = MX + x, MY + y
    centre[name] = (X + w / 2, Y + h / 2)
    col = BLUE if kind == "N" else TEAL
    with pdf.elliptic_clip(X, Y, w, h):
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(X, Y, w, h, style="F")
        hatch(X, Y, w, h, col, step=1.5, cross=(kind == "F"))
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.4)
    pdf.ellipse(X, Y, w, h)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
# pipes: existing trunk main (solid) and planned transfer mains (dashed)
plant = (MX + 104, MY + 52)
works = (MX + 30, MY + 48)
pdf.set_draw_color(*BLUE)
pdf.set_line_width(1.0)
pdf.line(*centre["Yngsvik centrum"], *plant)
pdf.line(*works, *centre["Ingvallsbo"])
pdf.line(*centre["Ingvallsbo"], *centre["Yngsvik centrum"])
pdf.set_dash_pattern(dash=1.6, gap=1.1)
pdf.set_line_width(0.8)
pdf.line(*centre["Jungsund"], *plant)
pdf.line(*centre["Wiggeby"], *centre["Ingvallsbo"])
pdf.line(*centre["Ceciliedal"], *centre["Jungsund"])
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
for (x, y), lab in ((plant, "Yngsviks reningsverk"), (works, "Ivdalens vattenverk")):
    pdf.set_fill_color(30, 30, 40)
    pdf.rect(x - 1.8, y - 1.8, 3.6, 3.6, style="F")
    pdf.set_font("Sans", "B", 6.8)
    pdf.set_xy(x + 2.4, y + 0.6)
    pdf.cell(40, 3, lab)
for name, x, y, w, h, kind in places:
    cx_, cy_ = centre[name]
    pdf.set_font("Sans", "B", 7.2)
    tw = pdf.get_string_width(name) + 2
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(cx_ - tw / 2, MY + y + h + 0.4, tw, 3.6, style="F")
    pdf.set_xy(cx_ - tw / 2, MY + y + h + 0.6)
    pdf.cell(tw, 3.2, name, align="C")
# north arrow
nx, ny = MX + MW - 10, MY + 8
pdf.set_fill_color(30, 30, 40)
pdf.polygon([(nx, ny - 5), (nx - 2.6, ny + 3), (nx, ny + 1.4)], style="F")
pdf.set_fill_color(255, 255, 255)
pdf.set_draw_color(30, 30, 40)
pdf.polygon([(nx, ny - 5), (nx + 2.6, ny + 3), (nx, ny + 1.4)], style="DF")
pdf.set_font("Sans", "B", 8)
pdf.set_xy(nx - 3, ny + 3.4)
pdf.cell(6, 4, "N", align="C")
# scale bar
sx, sy = MX + 6, MY + MH - 7
for k in range(3):
    pdf.set_fill_color(*((30, 30, 40) if k % 2 == 0 else (255, 255, 255)))
    pdf.rect(sx + k * 10, sy, 10, 1.8, style="DF")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 6.6)
for k in range(4):
    pdf.set_xy(sx + k * 10 - 3, sy + 2.2)
    pdf.cell(6, 3, str(k), align="C")
pdf.set_xy(sx + 31, sy + 2.2)
pdf.cell(8, 3, "km")
# legend
ly = MY + MH + 3
items = [("N", "Nytt verksamhetsområde"), ("F", "Förnyelse av ledningsnät"), ("solid", "Befintlig huvudledning"),
         ("dash", "Planerad överföringsledning")]
pdf.set_font("Sans", "", 7.4)
for n_, (kind, lab) in enumerate(items):
    lx = MX + (n_ % 2) * 60
    ly = MY + MH + 3 + (n_ // 2) * 5
    if kind in ("N", "F"):
        col = BLUE if kind == "N" else TEAL
        pdf.set_draw_color(*col)
        pdf.rect(lx, ly + 0.4, 6, 3.4)
        hatch(lx, ly + 0.4, 6, 3.4, col, step=1.2, cross=(kind == "F"))
    else:
        pdf.set_draw_color(*BLUE)
        pdf.set_line_width(0.9 if kind == "solid" else 0.7)
        if kind == "dash":
            pdf.set_dash_pattern(dash=1.4, gap=1)
        pdf.line(lx, ly + 2.1, lx + 6, ly + 2.1)
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(lx + 7.5, ly + 0.2)
    pdf.cell(44, 3.8, lab)

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.set_auto_page_break(False)
pdf.add_page(orientation="L")
pdf.set_margins(18, 23, 18)
pdf.set_y(23)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 6, "Tabell 1. Investeringar per område och år 2027–2031, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4.5, "Löpande priser. Budget 2027 och plan 2028–2031. Summan avser hela perioden 2027–2031.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
X0 = 18
WID = [13, 44, 76, 22, 22, 22, 22, 22, 18 + 10]
AL = ["L", "L", "L", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 2
pdf.hline(X0, X0 + TW, y, 0.9, BLUE)
pdf.set_font("Cond", "B", 8.8)
pdf.set_text_color(*BLUE)
pdf.set_xy(xs[3], y + 0.8)
pdf.cell(xs[8] - xs[3], 4.4, "Investeringsutgift per år, mnkr", align="C")
pdf.hline(xs[3] + 1.5, xs[8] - 1.5, y + 5.4, 0.3, BLUE)
pdf.set_text_color(0, 0, 0)
HEAD = ["Nr", "Område", "Åtgärd"] + [str(yr) for yr in E_YEARS] + ["Summa 2027–2031"]
h = pdf.row(X0, y + 5.8, WID, AL, HEAD, style="B", size=8.8, font="Cond", vpad=0.8)
y += 5.8 + h
pdf.hline(X0, X0 + TW, y, 0.4, BLUE)


def body_row(y, cells, style="", size=9.0, vpad=1.1):
    h = pdf.row_h(WID, [c if k != 1 or cells[0] else "" for k, c in enumerate(cells)], size=size, font="Cond",
                  style=style, vpad=vpad)
    for k in range(3, 8):
        if cells[k] == "–":
            hatch(xs[k] + 0.4, y + 0.4, WID[k] - 0.8, h - 0.8, (170, 190, 210), step=1.3, width=0.12)
    if cells[0] == "" and cells[2] == "":      # a sum row: the label spans Område and Åtgärd
        pdf.row(X0, y, [WID[0], WID[1] + WID[2]] + WID[3:], ["L", "L"] + AL[3:], [cells[0], cells[1]] + cells[3:],
                size=size, font="Cond", style=style, vpad=vpad)
    else:
        pdf.row(X0, y, WID, AL, cells, size=size, font="Cond", style=style, vpad=vpad)
    return h


for gl, gname in E_GROUPS:
    pdf.set_fill_color(*BLUE)
    pdf.rect(X0, y + 1, TW, 6.2, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(X0 + 1.5, y + 2)
    pdf.cell(8, 4.2, gl)
    pdf.set_xy(X0 + WID[0], y + 2)
    pdf.cell(120, 4.2, gname)
    pdf.set_text_color(0, 0, 0)
    y += 7.8
    for r in [r for r in E_ROWS if r[0] == gl]:
        h = body_row(y, e_cells(r))
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 205, 212))
    pdf.hline(xs[3], X0 + TW, y, 0.3, (60, 60, 60))
    h = body_row(y, e_sum_cells(f"Summa {gname[0].lower() + gname[1:]}", e_group_sum(gl)), style="BI")
    y += h + 0.5
pdf.hline(X0, X0 + TW, y + 0.6, 0.35, BLUE)
pdf.hline(X0, X0 + TW, y + 1.4, 0.35, BLUE)
h = body_row(y + 1.6, e_sum_cells("Totalt", e_group_sum()), style="B", size=9.4)
y += 1.6 + h
pdf.hline(X0, X0 + TW, y, 0.9, BLUE)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.8)
for n in E_NOTES:
    pdf.set_x(X0)
    pdf.cell(TW, 4, n, new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() > 200:
    raise SystemExit(f"Tabell 1 runs into the page foot ({pdf.get_y():.1f} mm)")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.set_auto_page_break(True, 22)
pdf.add_page(orientation="P")
pdf.set_margins(22, 25, 22)
pdf.set_y(24)
pdf.h1("Prioriteringar", size=12.5)
pdf.set_font("Sans", "", 9.8)
for t, subs in E_PRIOS:
    pdf.set_x(24)
    pdf.cell(6, 5, "•")
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(6, 5, "–")
        pdf.multi_cell(0, 5, s_, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.h1("Varför Jungsund först", size=12.5)
pdf.p(f"Jungsund har högst prioritet i VA-planen. Skälet är att {E_PASSAGE}. Överföringsledningen från Jungsund gör "
      "det dessutom möjligt att senare ansluta Ceciliedal.", size=9.8)
pdf.h1("Finansiering och VA-taxa", size=12.5)
t = e_group_sum()
pdf.p(f"Investeringarna finansieras med lån och VA-avgifter. Förra VA-planen innehöll {d1(E_PREV_PLAN)} mnkr för "
      f"samma period; ökningen beror främst på kvävereningen vid reningsverket och på Jungsund. Kapitalkostnaderna "
      f"ökar därför kraftigt från 2029, och brukningsavgiften behöver höjas med omkring {d1(E_TARIFF_RISE)} procent "
      "per år under 2028–2031.", size=9.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", [
    "anta VA-planens investeringsdel för 2027–2031",
    "ge VA-enheten i uppdrag att upphandla överföringsledningen till Jungsund",
    "uppdra åt kommunstyrelsen att återkomma med förslag till VA-taxa för 2028",
], size=9.6)
pdf.ln(4)
pdf.sign_lines([f"{E_CHAIR[0]}\n{E_CHAIR[1].capitalize()}", f"{E_HEAD[0]}\n{E_HEAD[1]}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
