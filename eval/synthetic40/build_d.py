"""(d) Ysterby kommun – barn- och utbildningsförvaltningen: barn- och elevprognos 2027–2031.

Layout: EVERY PAGE LANDSCAPE, set like SLIDES EXPORTED FROM A PRESENTATION PROGRAM: Liberation Sans (tables in
Liberation Sans Narrow), no running header but a SLIDE TITLE at the top left in large violet type over a SHORT THICK
ACCENT BAR, a LOGO MARK of four small squares with "YSTERBY KOMMUN" at the top right, and a SLIDE FOOTER (a hairline,
the source line at the left and "n / 4" at the right); 4 pages. P. 1: the title and subtitle, "Sammanfattning" as a
"•" LIST WITH NESTED "–" ITEMS carrying competing figures (1–5 år 1 168 → 1 147; 6–15 år 2 532 → 2 574; 2 568 in
2030 vs 2 601 in last year's forecast; Wallstena +115 and +48) in the left half, and in the right half Figur 1,
SMALL MULTIPLES: six mini line charts (one per area, three by two, each in a thin frame) of the pupils 6–15 år
2026–2031 with the first and last values printed at the ends of the line. P. 2: Tabell 1, children 1–5 år per area,
with a two-level heading ("Utfall" over 2026, "Prognos" over 2027–2031) and a DASHED VERTICAL RULE between the outcome
and the forecast, the outcome column in bold, a change column, the places 2027 and "Platser minus barn 2031" with
SHORTFALLS IN RED BOLD ON A PALE RED TINT, a bold "Ysterby totalt" row; beside it a FRAMED "Kommentar" PANEL with
bullets. P. 3: Tabell 2, pupils 6–15 år per area and year in the same style with the change in number and per cent
(signed), then the comments as bullets (the passage on Wallstena äng). P. 4: Tabell 3 with a STACKED HEADING (F–3,
4–6, 7–9 and "Totalt 6–15 år" each over 2026 / 2031) and ALTERNATE COLUMN PAIRS TINTED, then "Konsekvenser" as
bullets and "Förslag till beslut" as att-clauses with the contact line. Metadata title set.
"""
import datetime as dt

from common40 import HERE, Doc
from data import (D_YEARS, D_AREAS, D_PRE, D_STAGES, D_PREV_2030, D_PASSAGE, D_DATE, D_CONTACT, D_HEAD, d_pre_tot,
                  d_school, d_pct, d_pre_cells, d_pre_tot_cells, d_school_cells, d_stage_cells, g, d1, dmy)

OUT = HERE / "ysterby-barn-och-elevprognos-2027-2031.pdf"
VIO = (70, 52, 140)
PALE = (238, 234, 248)
REDT = (250, 226, 226)
RED = (180, 30, 30)


class DDoc(Doc):
    slide_title = ""

    def header(self):
        self.set_xy(18, 12)
        self.set_font("Sans", "B", 19)
        self.set_text_color(*VIO)
        self.cell(200, 9, self.slide_title)
        self.set_fill_color(*VIO)
        self.rect(18, 23, 34, 1.6, style="F")
        # logo mark: four squares
        for k, shade in enumerate(((70, 52, 140), (130, 112, 196), (130, 112, 196), (190, 180, 226))):
            self.set_fill_color(*shade)
            self.rect(238 + (k % 2) * 4.4, 12 + (k // 2) * 4.4, 3.8, 3.8, style="F")
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(248, 13.5)
        self.cell(32, 5, "YSTERBY KOMMUN")
        self.set_text_color(0, 0, 0)
        self.set_y(30)

    def footer(self):
        self.hline(18, 279, 197, 0.2, (160, 160, 160))
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(18, 198.5)
        self.cell(200, 4, "Ysterby kommun · Barn- och utbildningsförvaltningen · Barn- och elevprognos 2027–2031")
        self.set_xy(249, 198.5)
        self.cell(30, 4, f"{self.page_no()} / 4", align="R")
        self.set_text_color(0, 0, 0)


pdf = DDoc("", font="liberation", accent=VIO, title="Ysterby kommun – Barn- och elevprognos 2027–2031",
           author="Ysterby kommun, barn- och utbildningsförvaltningen",
           created=dt.datetime(2027, 2, 24, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(18, 30, 18)
pdf.set_auto_page_break(False)


def slide(title):
    pdf.slide_title = title
    pdf.add_page(orientation="L")


def bullets(items, x, w, size=11, lh=5.6, sub_size=10):
    for t, subs in items:
        pdf.set_font("Sans", "", size)
        pdf.set_x(x)
        pdf.set_text_color(*VIO)
        pdf.cell(5, lh, "•")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(w - 5, lh, t, align="L", new_x="LMARGIN", new_y="NEXT")
        for s_ in subs:
            pdf.set_font("Sans", "", sub_size)
            pdf.set_x(x + 6)
            pdf.cell(5, lh - 0.4, "–")
            pdf.multi_cell(w - 11, lh - 0.4, s_, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)


pre, places = d_pre_tot()
sch = d_school()
wal_s = d_school("Wallstena")
wal_p = D_PRE["Wallstena"][0]

# ---------------------------------------------------------------- p. 1
slide("Barn- och elevprognos 2027–2031")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(18, 28)
pdf.cell(200, 6, f"Underlag till barn- och utbildningsnämnden, {dmy(D_DATE)}")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(18, 40)
pdf.set_font("Sans", "B", 13)
pdf.cell(120, 7, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
bullets([
    ("Antalet barn i förskoleåldern (1–5 år) minskar svagt",
     [f"från {g(pre[0])} barn 2026 till {g(pre[-1])} barn år 2031",
      "Ismyra och Wallstena ökar, övriga områden minskar"]),
    ("Antalet elever i grundskoleåldern (6–15 år) ökar",
     [f"från {g(sch[0])} elever 2026 till {g(sch[-1])} elever år 2031",
      f"förra årets prognos räknade med {g(D_PREV_2030)} elever år 2030, den nya prognosen ger {g(sch[4])}"]),
    ("Störst ökning i Wallstena",
     [f"{g(wal_s[-1] - wal_s[0], plus=True)} elever och {g(wal_p[-1] - wal_p[0], plus=True)} förskolebarn fram "
      f"till 2031"]),
    ("Prognosen bygger på kommunens befolkningsprognos från december 2026 och på bostadsbyggnadsprogrammet", []),
], 18, 122)
# small multiples
pdf.set_xy(150, 40)
pdf.set_font("Sans", "B", 10)
pdf.cell(129, 6, "Figur 1. Elever 6–15 år per område 2026–2031")
CW, CH, GX, GY = 41, 44, 150, 50
for k, area in enumerate(D_AREAS):
    cx = GX + (k % 3) * (CW + 3)
    cy = GY + (k // 3) * (CH + 5)
    pdf.set_draw_color(200, 200, 200)
    pdf.rect(cx, cy, CW, CH)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_xy(cx + 2, cy + 1.5)
    pdf.cell(CW - 4, 4.5, area)
    v = d_school(area)
    lo, hi = min(v), max(v)
    span = max(hi - lo, 40)
    mid = (lo + hi) / 2
    px0, px1 = cx + 8, cx + CW - 8
    py0, py1 = cy + CH - 9, cy + 14
    pts = []
    for i, val in enumerate(v):
        x = px0 + (px1 - px0) * i / 5
        y = py0 - (val - (mid - span / 2)) / span * (py0 - py1)
        pts.append((x, y))
    pdf.set_draw_color(*VIO)
    pdf.set_line_width(0.6)
    for a, b in zip(pts, pts[1:]):
        pdf.line(*a, *b)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*VIO)
    for x, y in (pts[0], pts[-1]):
        pdf.ellipse(x - 0.9, y - 0.9, 1.8, 1.8, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_xy(pts[0][0] - 7, pts[0][1] - 5)
    pdf.cell(14, 3.4, g(v[0]), align="C")
    pdf.set_xy(pts[-1][0] - 7, pts[-1][1] - 5)
    pdf.set_font("Sans", "B", 7.2)
    pdf.cell(14, 3.4, g(v[-1]), align="C")
    pdf.set_font("Sans", "", 6.6)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(px0 - 5, cy + CH - 5.5)
    pdf.cell(10, 3, "2026", align="C")
    pdf.set_xy(px1 - 5, cy + CH - 5.5)
    pdf.cell(10, 3, "2031", align="C")
    pdf.set_text_color(0, 0, 0)
pdf.set_xy(150, GY + 2 * CH + 8)
pdf.set_font("Sans", "", 7.5)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(129, 3.6, "Skalan är olika i varje diagram. Eleverna redovisas efter det område där de är "
               "folkbokförda.", align="L")
pdf.set_text_color(0, 0, 0)


def year_table(y, head_last, rows, total, widths, last_fmt_red=None):
    """a table with Område / 2026 (utfall) / 2027–2031 (prognos) / extra columns; rows are lists of cells"""
    X0 = 18
    AL = ["L"] + ["R"] * (len(widths) - 1)
    xs = [X0]
    for w in widths:
        xs.append(xs[-1] + w)
    TW = sum(widths)
    pdf.set_font("Cond", "B", 9)
    pdf.set_text_color(*VIO)
    for label, a, b in (("Utfall", 1, 2), ("Prognos", 2, 7)):
        pdf.set_xy(xs[a], y)
        pdf.cell(xs[b] - xs[a], 4.6, label, align="C")
        pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 5, 0.4, VIO)
    pdf.set_text_color(0, 0, 0)
    y += 5.8
    h = pdf.row(X0, y, widths, AL, ["Område"] + [str(yy) for yy in D_YEARS] + head_last, style="B", size=9.2,
                font="Cond")
    y += h
    pdf.hline(X0, X0 + TW, y, 0.8, VIO)
    ytop = y
    for cells in rows + [total]:
        is_tot = cells is total
        fills = [None] * len(cells)
        colors = [None] * len(cells)
        styles = [None, "B"] + [None] * (len(cells) - 2)
        if last_fmt_red is not None and cells[last_fmt_red].startswith("\u2212"):
            fills[last_fmt_red] = REDT
            colors[last_fmt_red] = RED
            styles[last_fmt_red] = "B"
        if is_tot:
            pdf.hline(X0, X0 + TW, y, 0.8, VIO)
            styles = ["B"] * len(cells)
            if last_fmt_red is not None and cells[last_fmt_red].startswith("\u2212"):
                colors[last_fmt_red] = RED
        h = pdf.row(X0, y, widths, AL, cells, size=10, font="Cond", fills=fills, colors=colors, styles=styles,
                    vpad=1.6)
        y += h
        if not is_tot:
            pdf.hline(X0, X0 + TW, y, 0.1, (190, 190, 190))
    pdf.hline(X0, X0 + TW, y, 0.8, VIO)
    pdf.vline(xs[2], ytop - 10, y, 0.35, (110, 110, 110), dash=(1.0, 0.8))
    return y


# ---------------------------------------------------------------- p. 2
slide("Förskola – barn 1–5 år per område")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(18, 32)
pdf.cell(180, 6, "Tabell 1. Barn 1–5 år per område 2026–2031 och förskoleplatser 2027")
WID1 = [30, 15, 15, 15, 15, 15, 15, 21, 18, 24]
rows = [d_pre_cells(a) for a in D_AREAS]
y = year_table(40, ["Förändring 2026–2031", "Platser 2027", "Platser minus barn 2031"], rows,
               d_pre_tot_cells(), WID1, last_fmt_red=9)
pdf.set_xy(18, y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(183, 3.8, "Platser 2027 = planerad kapacitet i kommunala och fristående förskolor i området. Ett "
               "negativt värde i sista kolumnen (rött) innebär att barnen 2031 blir fler än dagens platser.",
               align="L")
# comment panel
px, pw = 210, 69
pdf.set_fill_color(*PALE)
pdf.rect(px, 40, pw, y + 12 - 40, style="F")
pdf.set_fill_color(*VIO)
pdf.rect(px, 40, pw, 1.4, style="F")
pdf.set_xy(px + 4, 44)
pdf.set_font("Sans", "B", 11)
pdf.cell(pw - 8, 6, "Kommentar", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(52)
ism = D_PRE["Ismyra"]
wal = D_PRE["Wallstena"]
bullets([
    ("Ismyra och Wallstena får brist på förskoleplatser om inget görs",
     [f"i Wallstena saknas {wal[0][-1] - wal[1]} platser år 2031",
      f"i Ismyra saknas {ism[0][-1] - ism[1]} platser"]),
    ("I Jonsbo och Öljersta finns fler platser än barn under hela perioden", []),
    ("Centrum och Åkerslund har ett litet överskott av platser", []),
], px + 4, pw - 8, size=9.6, lh=4.8, sub_size=9)

# ---------------------------------------------------------------- p. 3
slide("Grundskola – elever 6–15 år per område")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(18, 32)
pdf.cell(180, 6, "Tabell 2. Elever 6–15 år per område 2026–2031")
WID2 = [34, 19, 19, 19, 19, 19, 19, 30, 30]
rows = [d_school_cells(a) for a in D_AREAS]
y = year_table(40, ["Förändring 2026–2031, antal", "Förändring 2026–2031, %"], rows, d_school_cells(None), WID2)
pdf.set_y(y + 7)
jon, olj, cen, ake = (d_school(a) for a in ("Jonsbo", "Öljersta", "Centrum", "Åkerslund"))
bullets([
    (f"Wallstena växer mest, med {wal_s[-1] - wal_s[0]} elever fram till 2031",
     [f"Ökningen beror på att {D_PASSAGE}."]),
    ("Jonsbo och Öljersta minskar med omkring 14 procent", []),
    (f"Åkerslund minskar med {ake[0] - ake[-1]} elever och Centrum med {cen[0] - cen[-1]}", []),
], 18, 240, size=10.5, lh=5.2, sub_size=10)

# ---------------------------------------------------------------- p. 4
slide("Elever per stadium 2026 och 2031")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(18, 32)
pdf.cell(180, 6, "Tabell 3. Elever per stadium och område, 2026 (utfall) och 2031 (prognos)")
X0 = 18
WID3 = [30] + [17] * 8
AL3 = ["L"] + ["R"] * 8
xs = [X0]
for w in WID3:
    xs.append(xs[-1] + w)
TW3 = sum(WID3)
y = 40
tab_h = 6.3 + pdf.row_h(WID3, ["Område"] + ["2026", "2031"] * 4, style="B", size=9.2, font="Cond") + sum(
    pdf.row_h(WID3, d_stage_cells(a), size=10, font="Cond", vpad=1.6) for a in D_AREAS + [None])
pdf.set_font("Cond", "B", 9)
pdf.set_text_color(*VIO)
for k, label in enumerate(["F–3 (6–9 år)", "4–6 (10–12 år)", "7–9 (13–15 år)", "Totalt 6–15 år"]):
    a = 1 + 2 * k
    if k % 2 == 0:
        pdf.set_fill_color(*PALE)
        pdf.rect(xs[a], y, xs[a + 2] - xs[a], tab_h, style="F")
    pdf.set_xy(xs[a], y + 0.5)
    pdf.cell(xs[a + 2] - xs[a], 4.6, label, align="C")
    pdf.hline(xs[a] + 1.5, xs[a + 2] - 1.5, y + 5.5, 0.4, VIO)
pdf.set_text_color(0, 0, 0)
y += 6.3
h = pdf.row(X0, y, WID3, AL3, ["Område"] + ["2026", "2031"] * 4, style="B", size=9.2, font="Cond")
y += h
pdf.hline(X0, X0 + TW3, y, 0.8, VIO)
for area in D_AREAS:
    h = pdf.row(X0, y, WID3, AL3, d_stage_cells(area), size=10, font="Cond", vpad=1.6)
    y += h
    pdf.hline(X0, X0 + TW3, y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + TW3, y, 0.8, VIO)
h = pdf.row(X0, y, WID3, AL3, d_stage_cells(None), size=10, font="Cond", vpad=1.6, style="B")
y += h
pdf.hline(X0, X0 + TW3, y, 0.8, VIO)
# right column: consequences and proposal
rx, rw = 196, 83
pdf.set_xy(rx, 40)
pdf.set_font("Sans", "B", 12)
pdf.cell(rw, 6, "Konsekvenser", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
bullets([
    ("Eleverna i årskurs 7–9 blir fler i Centrum, Ismyra och Wallstena", []),
    ("Skolan i Wallstena behöver fler platser för F–6 redan från 2028", []),
    ("I Jonsbo och Öljersta bör skolornas organisation ses över", []),
], rx, rw, size=10, lh=5)
pdf.set_x(rx)
pdf.set_font("Sans", "B", 12)
pdf.cell(rw, 6, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_left_margin(rx)
pdf.att_list("Barn- och utbildningsnämnden föreslås besluta", [
    "godkänna barn- och elevprognosen 2027–2031 som underlag för lokalförsörjningsplanen, och",
    "ge förvaltningen i uppdrag att utreda fler förskoleplatser i Wallstena och Ismyra.",
], size=9.8, lh=4.9)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(rw, 4.2, f"Kontakt: {D_CONTACT[0]}, {D_CONTACT[1]}. Förvaltningschef: {D_HEAD[0]}.", align="L")
pdf.set_left_margin(18)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
