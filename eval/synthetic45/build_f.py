"""(f) Edsmyra kommun – avfallsplan 2026–2032: uppföljning 2027 av mål och åtgärder (the table of waste amounts per
fraction and year, Bilaga 2, is a SCANNED page).

Layout: Liberation Sans throughout, portrait, 4 pages, moss green and slate. P. 1 has no running header: a DRAWN
WHEELIE BIN (a moss-green bin with a lid, a handle and two wheels) beside "EDSMYRA KOMMUN / Kommunstyrelsen" over a
moss rule, the title and subtitle, a key–value block, "1 Sammanfattning" in words only (no figure of the scanned table)
and Figur 1, the waste hierarchy as an INVERTED TRIANGLE of five horizontal bands in five shades (widest at the top),
with "Högst prioritet" and "Lägst prioritet" at the side and a vertical arrow. Pp. 2 and 4 have a running header (the
municipality at the left, the plan at the right, a moss square) and a centred page number; p. 3 has none. P. 2: "2
Mål och utfall" with Tabell 1 (Nr / Mål och indikator / Utgångsläge 2024 / Utfall 2026 / Målvärde 2032 / Väg mot
målet), the goal in bold with the indicator under it in grey, and in the last column a SLIDER TRACK per goal – a thin
track from the starting point to the target with a moss marker at the 2026 outcome (no figures), then comments.
**P. 3 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (`scan45.py`): Bilaga 2 as a printout from the waste company –
the company name in letter-spaced capitals over a rule, the appendix line and the table title, a LIGHT-GRID table
(Fraktion / 2022 … 2026 / Förändr. %) with the three groups as BOLD ROWS ON A GREY BAND and a bold Summa row under a
double rule, two italic notes; a DARK COPIER-EDGE SHADOW down the left side, the LOWER PART OF THE SHEET CURLED (lines
bending down towards the bottom right corner) and a semi-transparent PLASTIC INDEX FLAG at the right edge with "Bil. 2"
in ballpoint; −0.6° skew, blur, grain and specks. P. 4: "3 Åtgärder" as a KANBAN BOARD – three columns "Ej påbörjad",
"Pågår", "Genomförd" under coloured header bars with the count in a white pill, one ROUNDED CARD per measure (the
number in bold, the measure, and a grey line with the responsible and the year), the abbreviation EVAB explained under
the board – then "4 Fortsatt arbete" and two signature lines. No metadata title.
"""
import datetime as dt

from common45 import HERE, Doc
from data import (F_COMPANY, F_DNR, F_DATE, F_CHAIR, F_HEAD, F_HIER, F_GOALS, F_MEASURE_STATUS, F_MEASURES,
                  F_MEASURE_SHORT, F_SCAN, f_goal_cells)
from scan45 import render

OUT = HERE / "edsmyra-avfallsplan-uppfoljning-2027.pdf"
MOSS = (74, 110, 54)
SLATE = (52, 62, 72)
PALEM = (234, 240, 228)
GREY = (105, 105, 105)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(20)
            return
        self.set_fill_color(*MOSS)
        self.rect(self.l_margin, 11.2, 3, 3, style="F")
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin + 5, 10.5)
        self.cell(80, 4.4, "Edsmyra kommun")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 85, 4.4, "Avfallsplan 2026–2032 · Uppföljning 2027", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.4, 0.3, MOSS)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        if self.page_no() in self.no_furniture:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


pdf = FDoc("Edsmyra kommun", font="liberation", serif=False, accent=MOSS, justify=False,
           created=dt.datetime(2027, 9, 22, 13, 10, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
bx, by = 23, 12
pdf.set_fill_color(*MOSS)
pdf.polygon([(bx + 1, by + 4), (bx + 12, by + 4), (bx + 11, by + 16), (bx + 2, by + 16)], style="F")
pdf.rect(bx, by + 2, 13, 2.2, style="F", round_corners=True, corner_radius=0.8)
pdf.rect(bx + 10.5, by + 0.6, 3.2, 1.6, style="F")
pdf.set_fill_color(*SLATE)
pdf.circle(bx + 3.2, by + 16.4, 1.3, style="F")
pdf.circle(bx + 9.8, by + 16.4, 1.3, style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.4)
for k in range(3):
    pdf.line(bx + 4 + k * 2.5, by + 6.5, bx + 4 + k * 2.5, by + 13.5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(40, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*MOSS)
pdf.cell(0, 6, "EDSMYRA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, "Kommunstyrelsen")
pdf.hline(22, 188, 32, 0.9, MOSS)
pdf.set_y(38)
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*SLATE)
pdf.cell(0, 10, "Avfallsplan 2026–2032", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.set_text_color(*MOSS)
pdf.cell(0, 6.5, "Uppföljning 2027 av mål och åtgärder", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()),
        ("Handläggare", f"{F_HEAD[0]}, {F_HEAD[1]}, {F_COMPANY}"),
        ("Behandlas av", "Kommunstyrelsen")], lw=34, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
pdf.p("Avfallsplanen antogs av kommunfullmäktige och gäller 2026–2032. Den här uppföljningen redovisar hur målen "
      "utvecklas och var åtgärderna står. Insamlade mängder per fraktion och år finns i bilaga 2.", size=9.8)
pdf.p("Den insamlade mängden restavfall minskade för fjärde året i rad, medan matavfallet fortsatte att öka sedan "
      "insamlingen byggdes ut till flerbostadshusen. Returpapperet minskar snabbt eftersom allt färre läser "
      "papperstidningar. Vid återvinningscentralerna är trädgårdsavfallet den största fraktionen, och mängden "
      "varierar med vädret. Den totala insamlade mängden var lägre än året innan.", size=9.8)
pdf.p("Tre av sex mål har rört sig åt rätt håll i den takt som behövs. Matsvinnet i skolorna och nedskräpningen "
      "minskar långsammare än planerat, och återbruket behöver öka mer för att nå målvärdet.", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Avfallstrappan – avfallsplanens prioritering", new_x="LMARGIN", new_y="NEXT")
ty = pdf.get_y() + 4
cx = 100
top_w, band_h = 130, 11
shades = [(74, 110, 54), (104, 138, 78), (140, 166, 112), (178, 190, 150), (206, 208, 196)]
for k, lab in enumerate(F_HIER):
    w0 = top_w * (1 - k / len(F_HIER))
    w1 = top_w * (1 - (k + 1) / len(F_HIER))
    y0 = ty + k * (band_h + 1.2)
    pdf.set_fill_color(*shades[k])
    pdf.polygon([(cx - w0 / 2, y0), (cx + w0 / 2, y0), (cx + w1 / 2, y0 + band_h), (cx - w1 / 2, y0 + band_h)],
                style="F")
    pdf.set_font("Sans", "B", 8.6 if k < 4 else 7.6)
    pdf.set_text_color(*((255, 255, 255) if k < 3 else SLATE))
    pdf.set_xy(cx - 30, y0 + 3.4)
    pdf.cell(60, 4.4, lab, align="C")
pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 8)
ax = cx + top_w / 2 + 6
pdf.set_xy(ax + 3, ty)
pdf.cell(30, 4, "Högst prioritet")
pdf.set_xy(ax + 3, ty + 5 * (band_h + 1.2) - 5)
pdf.cell(30, 4, "Lägst prioritet")
pdf.set_draw_color(*GREY)
pdf.set_line_width(0.5)
pdf.line(ax, ty + 1, ax, ty + 5 * (band_h + 1.2) - 3)
pdf.set_fill_color(*GREY)
pdf.polygon([(ax - 1.6, ty + 3.2), (ax + 1.6, ty + 3.2), (ax, ty)], style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2: Tabell 1 with slider tracks
pdf.add_page()
pdf.h1("2 Mål och utfall", size=12.5)
pdf.p("Tabell 1 visar avfallsplanens sex mål med en indikator för varje mål. Utgångsläget är 2024, det år planen "
      "togs fram. Spåret i sista kolumnen visar hur långt utfallet 2026 har kommit från utgångsläget mot "
      "målvärdet.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Mål, indikatorer och utfall", new_x="LMARGIN", new_y="NEXT")
X0 = 22
W = [10, 70, 22, 20, 22, 22]
AL = ["L", "L", "R", "R", "R", "C"]
TW = sum(W)
xs = [X0]
for w in W:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.9, MOSS)
h = pdf.row(X0, y + 0.3, W, AL, ["Nr", "Mål och indikator", "Utgångsläge 2024", "Utfall 2026", "Målvärde 2032",
                                  "Väg mot målet"], style="B", size=8.2, vpad=1.0)
y += 0.3 + h
pdf.hline(X0, X0 + TW, y, 0.4, MOSS)
for m in F_GOALS:
    c = f_goal_cells(m)
    cells = [c[0], f"{c[1]}\n{c[2]}", c[3], c[4], c[5], ""]
    h = pdf.row_h(W, cells, size=8.6, vpad=1.6)
    # goal in bold, indicator in grey under it: draw the text cell by hand
    pdf.row(X0, y, W, AL, [c[0], "", "", "", "", ""], size=8.6, vpad=1.6, h=h, style="B")
    pdf.set_font("Sans", "B", 8.6)
    lines1 = pdf.cell_lines(W[1], c[1], "Sans", "B", 8.6)
    yy = y + 1.6
    for ln in lines1:
        pdf.set_xy(xs[1] + 1.2, yy)
        pdf.cell(W[1] - 2.4, 4, ln)
        yy += 4
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(*GREY)
    for ln in pdf.cell_lines(W[1], c[2], "Sans", "", 8.2):
        pdf.set_xy(xs[1] + 1.2, yy)
        pdf.cell(W[1] - 2.4, 4, ln)
        yy += 4
    pdf.set_text_color(0, 0, 0)
    h = max(h, yy - y + 1.6)
    pdf.row(X0, y, W, AL, ["", "", c[3], c[4], c[5], ""], size=8.6, vpad=1.6, h=h,
            styles=[None, None, None, None, "B", None])
    # slider track
    frac = (m[4] - m[3]) / (m[5] - m[3])
    frac = max(0.0, min(1.0, frac))
    tx0, tx1 = xs[5] + 3, xs[6] - 3
    ty_ = y + h / 2
    pdf.set_fill_color(215, 220, 210)
    pdf.rect(tx0, ty_ - 0.7, tx1 - tx0, 1.4, style="F", round_corners=True, corner_radius=0.7)
    pdf.set_fill_color(*MOSS)
    pdf.rect(tx0, ty_ - 0.7, (tx1 - tx0) * frac, 1.4, style="F")
    pdf.set_fill_color(*SLATE)
    pdf.rect(tx1 - 0.5, ty_ - 2.2, 1, 4.4, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*MOSS)
    pdf.set_line_width(0.6)
    pdf.circle(tx0 + (tx1 - tx0) * frac, ty_, 1.7, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (205, 212, 200))
pdf.hline(X0, X0 + TW, y + 0.3, 0.9, MOSS)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.cell(TW, 4, "Spåret går från utgångsläget (vänster) till målvärdet (det mörka strecket). Punkten visar utfallet "
         "2026.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer", size=10.5)
pdf.p("Utsorteringen av matavfall har ökat sedan alla flerbostadshus fick bruna kärl, men det mesta av matavfallet "
      "hamnar fortfarande i restavfallet i villaområdena. Fyrfackskärl där ska ge nästa steg.", size=9.6)
pdf.p("Återbruket vid återvinningscentralerna har ökat, men målvärdet kräver en återbruksbutik och bättre "
      "möjligheter att lämna möbler och byggmaterial. Matsvinnet i skolorna minskar långsamt; kostenheten har "
      "infört svinnmätning i alla kök under hösten.", size=9.6)

# ---------------------------------------------------------------- p. 3: the scanned Bilaga 2
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 4: kanban board
pdf.add_page()
pdf.h1("3 Åtgärder", size=12.5)
pdf.p("Avfallsplanen innehåller tio åtgärder. Tavlan visar var varje åtgärd står i september 2027, vem som ansvarar "
      "och vilket år åtgärden ska vara genomförd.", size=9.6)
bx0, bw, gap = 22, 52.6, 4.1
by0 = pdf.get_y() + 3
COLS = {"Ej påbörjad": (150, 150, 150), "Pågår": (214, 150, 40), "Genomförd": MOSS}
bottom = by0
for k, st in enumerate(F_MEASURE_STATUS):
    x = bx0 + k * (bw + gap)
    cards = [m for m in F_MEASURES if m[4] == st]
    pdf.set_fill_color(*COLS[st])
    pdf.rect(x, by0, bw, 8, style="F", round_corners=True, corner_radius=1.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(x + 3, by0 + 1.9)
    pdf.cell(bw - 16, 4.4, st)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x + bw - 11, by0 + 1.8, 8, 4.4, style="F", round_corners=True, corner_radius=2.2)
    pdf.set_text_color(*COLS[st])
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(x + bw - 11, by0 + 2)
    pdf.cell(8, 4, str(len(cards)), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(244, 245, 242)
    cy = by0 + 11
    col_top = cy - 1.5
    for m in cards:
        lines = pdf.cell_lines(bw - 6, m[1], "Sans", "", 8.8)
        ch = 4.6 * (len(lines) + 1) + 9
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(200, 204, 196)
        pdf.rect(x + 1.5, cy, bw - 3, ch, style="DF", round_corners=True, corner_radius=1.6)
        pdf.set_fill_color(*COLS[st])
        pdf.rect(x + 1.5, cy + 1.5, 1.1, ch - 3, style="F")
        yy = cy + 2
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_xy(x + 4, yy)
        pdf.cell(10, 4.6, m[0])
        yy += 4.6
        pdf.set_font("Sans", "", 8.8)
        for ln in lines:
            pdf.set_xy(x + 4, yy)
            pdf.cell(bw - 8, 4.6, ln)
            yy += 4.6
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*GREY)
        pdf.set_xy(x + 4, yy + 0.8)
        pdf.cell(bw - 8, 4, f"{F_MEASURE_SHORT.get(m[2], m[2])} · {m[3]}")
        pdf.set_text_color(0, 0, 0)
        cy += ch + 2.5
    bottom = max(bottom, cy)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(22, bottom + 1)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"EVAB = {F_COMPANY}. Årtalet anger när åtgärden ska vara genomförd.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("4 Fortsatt arbete", size=12.5)
pdf.p("Avfallsrådet följer upp planen varje år. Inför nästa uppföljning ska mätningen av matsvinn vara införd i alla "
      "kök, och plockanalyser av restavfallet ska göras i både villor och flerbostadshus. Åtgärder som inte har "
      "påbörjats ska ha en tidplan före årets slut.", size=9.6)
pdf.ln(4)
pdf.sign_lines([f"{F_CHAIR[0]}\n{F_CHAIR[1].capitalize()}", f"{F_HEAD[0]}\n{F_HEAD[1].capitalize()}, EVAB"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
