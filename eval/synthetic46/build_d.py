"""(d) Vinnerby kommun – bostadsförsörjningsprogram 2027–2031 (kommunstyrelsens förslag till kommunfullmäktige).

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow table, portrait, 3 pages, brick and
sage. P. 1 has no running header: a DRAWN SKYLINE STRIP across the top – a row of small buildings in brick and sage
(blocks of flats with window grids, a terrace of row houses, gabled villas, a tree) standing on a thin ground line –
then "VINNERBY KOMMUN / Kommunstyrelsen", the title and a subtitle, a key–value block, "1 Inledning och mål" with
COMPETING FIGURES in running text (18 436 inhabitants vs 19 610 forecast; 596 planned homes, 119 a year vs the target
150; the peak 2029 with 164 vs 2031 with 70; 288 / 178 / 130 by tenure) and Figur 1, a CUMULATIVE LINE CHART of the
planned homes 2027–2031 (a brick line with filled markers and the running total printed at every point) against the
TARGET PATH of 150 a year drawn as a dashed sage line, with the GAP IN 2031 SHADED between the two lines and labelled.
Pp. 2–3 have a running header (municipality at the left, "Bostadsförsörjningsprogram 2027–2031 · sida n av 3" at
the right) over a sage hairline. P. 2: "2 Planerade bostäder per område och år" and Tabell 1 in LONG FORMAT – one row
per area and year, the area repeated on every row (in grey on its second and third rows), the three TENURE HEADINGS
LED BY SMALL DRAWN HOUSE ICONS (a block of flats for hyresrätt, a row house for bostadsrätt, a villa for äganderätt),
"–" for none, an ITALIC "Summa <område>" ROW under each area with a short sage rule, and a bold "Hela kommunen
2027–2031" row in white on a brick band; comments with the passage on Svedängen. P. 3: "3 Strategier" as a LIST WITH
SQUARE BRICK BULLETS AND NESTED HOLLOW SAGE CIRCLES, "4 Uppföljning", place, date and one signature line with the
planner as contact. No metadata title.
"""
import datetime as dt

from common46 import HERE, Doc
from data import (D_ROWS, D_AREAS, D_DNR, D_DATE, D_HEAD, D_PLANNER, D_YEARS, D_POP, D_TARGET, D_PASSAGE,
                  D_STRATEGIES, d_cells, d_area_sum_cells, d_total_cells, d_cum, d_year, d_sentences, g)

OUT = HERE / "vinnerby-bostadsforsorjningsprogram-2027-2031.pdf"
BRICK = (158, 62, 44)
SAGE = (112, 146, 104)
PALE_SAGE = (232, 240, 229)
GREY = (110, 110, 110)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*BRICK)
        self.set_xy(self.l_margin, 10.5)
        self.cell(80, 4, "Vinnerby kommun")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 80, 4, f"Bostadsförsörjningsprogram 2027–2031 · sida {self.page_no()} av 3", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, SAGE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def h1(self, t, size=13):
        self.need(30)
        self.ln(2.5)
        self.set_font("Sans", "B", size)
        self.set_text_color(*BRICK)
        self.multi_cell(0, 6.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)


pdf = DDoc("Vinnerby kommun", font="liberation", serif=True, accent=BRICK, foot="", justify=True,
           created=dt.datetime(2027, 4, 26, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def block(x, base, w, h, col):
    pdf.set_fill_color(*col)
    pdf.rect(x, base - h, w, h, style="F")
    pdf.set_fill_color(255, 255, 255)
    cols = max(2, int(w // 3.2))
    rows = max(2, int((h - 3) // 3.4))
    gx = w / cols
    for r in range(rows):
        for c in range(cols):
            pdf.rect(x + c * gx + gx * 0.28, base - h + 1.6 + r * 3.4, gx * 0.44, 1.6, style="F")


def villa(x, base, w, h, col):
    pdf.set_fill_color(*col)
    pdf.rect(x, base - h, w, h, style="F")
    pdf.polygon([(x - 0.8, base - h), (x + w / 2, base - h - h * 0.7), (x + w + 0.8, base - h)], style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x + w * 0.18, base - h * 0.62, w * 0.22, h * 0.3, style="F")
    pdf.rect(x + w * 0.58, base - h * 0.62, w * 0.22, h * 0.3, style="F")


def rowhouse(x, base, n, w, h, col):
    for i in range(n):
        villa(x + i * w, base, w, h, col)


def tree(x, base):
    pdf.set_fill_color(90, 70, 50)
    pdf.rect(x - 0.4, base - 3.5, 0.8, 3.5, style="F")
    pdf.set_fill_color(*SAGE)
    pdf.circle(x, base - 5.5, 3.0, style="F")


def icon(kind, x, y, col):
    """small legend icons in front of the tenure headings (x, y = lower left)"""
    if kind == "hyresrätt":
        block(x, y, 4.2, 5.6, col)
    elif kind == "bostadsrätt":
        rowhouse(x, y, 2, 2.4, 2.6, col)
    else:
        villa(x + 0.6, y, 3.4, 2.8, col)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
base = 21
x = 22
for kind, w_, h_, col in (("b", 14, 11, BRICK), ("t", 0, 0, None), ("r", 4, 4.2, SAGE), ("v", 6, 4.6, BRICK),
                          ("b", 10, 8, SAGE), ("b", 12, 13, BRICK), ("t", 0, 0, None), ("v", 6.5, 5, SAGE),
                          ("r", 4, 4.2, BRICK), ("b", 9, 6.8, BRICK), ("t", 0, 0, None), ("v", 6, 4.4, SAGE),
                          ("b", 13, 10, SAGE), ("v", 6, 4.6, BRICK)):
    if kind == "b":
        block(x, base, w_, h_, col)
        x += w_ + 2.2
    elif kind == "v":
        villa(x, base, w_, h_, col)
        x += w_ + 2.6
    elif kind == "r":
        rowhouse(x, base, 3, w_, h_, col)
        x += 3 * w_ + 2.6
    else:
        tree(x + 2.4, base)
        x += 6
pdf.hline(22, 188, base, 0.6, (90, 90, 90))
pdf.set_xy(22, base + 4)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*BRICK)
pdf.cell(80, 5.5, "VINNERBY KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.4, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*BRICK)
pdf.cell(0, 9, "Bostadsförsörjningsprogram 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Riktlinjer för bostadsförsörjningen och planerat bostadsbyggande", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Ansvarig", f"{D_HEAD[0]}, {D_HEAD[1]}"),
        ("Beslutas av", "Kommunfullmäktige")], lw=32, size=9, lh=4.6)
pdf.h1("1 Inledning och mål")
s = d_sentences()
pdf.p("Enligt lagen om kommunernas bostadsförsörjningsansvar ska kommunen varje mandatperiod anta riktlinjer för "
      f"bostadsförsörjningen. {s[0]}", size=10)
pdf.p(f"{s[1]} {s[2]} {s[3]} Takten räcker alltså inte för att nå målet, och programmet innehåller därför "
      "strategier för att öka planberedskapen.", size=10)

# Figur 1: cumulative chart
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Planerade bostäder 2027–2031, ackumulerat, jämfört med målet", new_x="LMARGIN",
         new_y="NEXT")
top = pdf.get_y() + 4
X0, X1, H = 40, 172, 58
VMAX = 800
cum = d_cum()
target = [D_TARGET * (i + 1) for i in range(len(D_YEARS))]


def px(i):
    return X0 + (X1 - X0) * i / (len(D_YEARS) - 1)


def py(v):
    return top + H - H * v / VMAX


pdf.set_font("Sans", "", 7.2)
for v in range(0, VMAX + 1, 200):
    pdf.hline(X0 - 2, X1 + 4, py(v), 0.15, (205, 205, 205))
    pdf.set_xy(X0 - 14, py(v) - 1.7)
    pdf.cell(10, 3.4, g(v), align="R")
for i, y_ in enumerate(D_YEARS):
    pdf.set_xy(px(i) - 6, top + H + 1.5)
    pdf.cell(12, 3.4, str(y_), align="C")
# the gap in the last year, shaded
pdf.set_fill_color(246, 224, 216)
pdf.polygon([(px(3), py(cum[3])), (px(4), py(cum[4])), (px(4), py(target[4])), (px(3), py(target[3]))], style="F")
pdf.set_draw_color(*SAGE)
pdf.set_line_width(0.6)
pdf.set_dash_pattern(dash=1.6, gap=1.2)
for i in range(len(D_YEARS) - 1):
    pdf.line(px(i), py(target[i]), px(i + 1), py(target[i + 1]))
pdf.set_dash_pattern()
pdf.set_draw_color(*BRICK)
pdf.set_line_width(0.8)
for i in range(len(D_YEARS) - 1):
    pdf.line(px(i), py(cum[i]), px(i + 1), py(cum[i + 1]))
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
for i, v in enumerate(cum):
    pdf.set_fill_color(*BRICK)
    pdf.circle(px(i), py(v), 1.3, style="F")
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*BRICK)
    pdf.set_xy(px(i) - 6, py(v) + 1.6)
    pdf.cell(12, 3.4, g(v), align="C")
pdf.set_text_color(*SAGE)
pdf.set_font("Sans", "", 7.4)
pdf.set_xy(px(4) - 30, py(target[4]) - 4.2)
pdf.cell(28, 3.4, f"Mål {D_TARGET} per år", align="R")
pdf.set_text_color(*BRICK)
pdf.set_xy(px(4) - 31, (py(cum[4]) + py(target[4])) / 2 - 0.5)
pdf.cell(29, 3.4, f"{g(target[4] - cum[4])} under målet", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(top + H + 7)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Heldragen linje: planerade bostäder enligt tabell 1, summerade år för år. Streckad linje: "
               "kommunfullmäktiges mål.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Planerade bostäder per område och år")
pdf.p("Tabell 1 bygger på de detaljplaner som har vunnit laga kraft eller beräknas vinna laga kraft under 2027, "
      "och på byggherrarnas egna tidplaner. Året avser när bostäderna beräknas vara inflyttningsklara.", size=10)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Planerade bostäder per område, år och upplåtelseform", new_x="LMARGIN", new_y="NEXT")
WID = [52, 18, 24, 24, 24, 24]
AL = ["L", "C", "R", "R", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.9, BRICK)
pdf.set_font("Cond", "B", 8.8)
heads = ["Område", "År", "Hyresrätt", "Bostadsrätt", "Äganderätt", "Summa"]
for i, t in enumerate(heads):
    if i in (2, 3, 4):
        icon(t.lower(), XS[i] + WID[i] - 7.2, y + 5.8, SAGE)
    pdf.set_xy(XS[i] + 1.2, y + 6.2)
    pdf.cell(WID[i] - 2.4, 4, t, align=AL[i])
y += 11
pdf.hline(X, XS[-1], y, 0.4, BRICK)
y += 0.5
for area in D_AREAS:
    rows = [r for r in D_ROWS if r[0] == area]
    for k, r in enumerate(rows):
        cols = [GREY if k > 0 else None] + [None] * 5
        h = pdf.row(X, y, WID, AL, d_cells(r), size=9.2, font="Cond", vpad=1.1, h=5.8, colors=cols)
        y += h
    pdf.hline(XS[2], XS[-1], y + 0.1, 0.3, SAGE)
    h = pdf.row(X, y + 0.2, WID, AL, d_area_sum_cells(area), size=9.0, font="Cond", style="I", vpad=1.1, h=5.8)
    y += 0.2 + h
    pdf.hline(X, XS[-1], y, 0.15, (200, 200, 200))
    y += 0.8
pdf.set_fill_color(*BRICK)
pdf.rect(X, y, XS[-1] - X, 6.6, style="F")
pdf.row(X, y, WID, AL, d_total_cells(), size=9.2, font="Cond", style="B", vpad=1.3, h=6.6, color=(255, 255, 255))
y += 6.6
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.7, "– = inga bostäder det året. Hyresrätterna i Vinnerby centrum, Sjöhagen och Skogsvreta byggs "
               "av det kommunala bostadsbolaget Vinnerbyhem.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Kommentarer")
pdf.p(f"I Svedängen planeras inga hyresrätter. Det beror på att {D_PASSAGE}. Kommunen har i stället valt att "
      "lägga hyresrätter för äldre i centrum och i Sjöhagen.", size=10)
pdf.p(f"Skogsvreta är det största av de nya bostadsområdena. Den första etappen, {d_cells([r for r in D_ROWS if r[0] == 'Skogsvreta'][0])[2]} "
      "hyresrätter, kan stå klar när den nya förskolan i området har öppnat.", size=10)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Strategier")
pdf.p("Kommunen ska arbeta efter fyra strategier under programperioden. Under varje strategi anges de åtgärder "
      "som har störst betydelse.", size=10)
for t_, subs in D_STRATEGIES:
    y = pdf.get_y()
    pdf.set_fill_color(*BRICK)
    pdf.rect(24, y + 1.5, 2.4, 2.4, style="F")
    pdf.set_x(30)
    pdf.set_font("Serif", "B", 10.2)
    pdf.multi_cell(pdf.epw - 8, 5.2, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for s_ in subs:
        y = pdf.get_y()
        pdf.set_draw_color(*SAGE)
        pdf.set_line_width(0.4)
        pdf.circle(33.2, y + 2.6, 1.1, style="D")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_x(37)
        pdf.multi_cell(pdf.epw - 15, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.h1("4 Uppföljning")
pdf.p("Kommunstyrelsen följer upp programmet varje år i samband med årsredovisningen. Uppföljningen redovisar hur "
      "många bostäder som har blivit inflyttningsklara, fördelat på område och upplåtelseform, och jämför utfallet "
      "med tabell 1. Programmet revideras senast 2029 eller tidigare om befolkningsutvecklingen avviker kraftigt "
      "från prognosen.", size=10)
pdf.ln(6)
pdf.set_font("Serif", "", 9.5)
pdf.cell(0, 5, f"Vinnerby den {D_DATE.day} april {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{D_HEAD[0]}\n{D_HEAD[1].capitalize()}"])
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Kontaktperson: {D_PLANNER[0]}, {D_PLANNER[1]}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
