"""(b) Ilmsjö kommun – kommunstyrelsen: avfallsplan 2024–2030, uppföljning 2026.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, olive and rust.
P. 1 has no running header: a DRAWN RECYCLING LOOP (three olive arrows chasing each other round a circle) beside
"ILMSJÖ KOMMUN / Kommunstyrelsen · Ilmsjö Renhållning AB", "AVFALLSPLAN 2024–2030" in a rust-outlined box at the right,
an olive rule, the title, a key–value block and "1 Sammanfattning" in a NARROW TEXT COLUMN WITH MARGIN NOTES (short
grey italic notes such as "Tabell 1" or "Mål 3" in the right margin beside the paragraph they belong to) holding
COMPETING FIGURES (16 015 vs 15 721 ton; residual waste 178 vs 189 kg per inhabitant vs at most 150 in 2030; 12
actions: three done, four ongoing, three delayed, two not started). Pp. 2–4: a running header (rust page number in a
small circle at the left, "Ilmsjö kommun · Avfallsplan 2024–2030, uppföljning 2026" beside it, over an olive hairline).
P. 2: Tabell 1, tonnes per fraction 2023–2026 with the change 2025–2026 and kilograms per inhabitant, the three groups
as GROUP LABELS IN A FIRST COLUMN HELD TOGETHER BY A DRAWN SQUARE BRACKET spanning their rows, an italic "Summa …" row
per group, a bold "Totalt insamlat" row over a double rule; comments. P. 3: Tabell 2, the plan's target shares
(2024 / 2025 / 2026 / Mål 2030) with a DRAWN ARROW per indicator (olive when the 2026 value moved towards the target,
rust when it moved away), then "3 Åtgärder" as a BULLETED LIST WITH NESTED POINTS: each action a bold numbered line
with its STATUS IN A TAG-SHAPED LABEL (a pointed left end with a punched hole) at the right, the responsible body as
the first nested point and further "–" points, some with a third level. P. 4: the rest of the actions, "4 Försenade
åtgärder" (the passage on the recycling centre in Trågsta), "5 Fortsatt arbete" and two signature lines. No metadata
title.
"""
import datetime as dt
import math

from common51 import HERE, Doc
from data import (B_FRACTIONS, B_GROUPS, B_TARGETS, B_ACTIONS, B_DNR, B_DATE, B_AUTHOR, B_CEO, B_PASSAGE,
                  b_cells, b_group_rows, b_group_sum_cells, b_total_cells, b_target_cells, b_sentences)

OUT = HERE / "ilmsjo-avfallsplan-uppfoljning-2026.pdf"
OLIVE = (86, 107, 47)
PALE_OLIVE = (236, 240, 226)
RUST = (178, 84, 36)
GREY = (105, 105, 105)
STATUS_COL = {"Klar": (86, 107, 47), "Pågår": (44, 100, 160), "Försenad": (178, 84, 36), "Ej startad": (120, 120, 120)}


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*RUST)
        self.circle(self.l_margin + 2.6, 12.2, 2.6, style="F")
        self.set_font("Sans", "B", 7.5)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 10.2)
        self.cell(5.2, 4, str(self.page_no()), align="C")
        self.set_font("Sans", "", 8.2)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin + 7.5, 10.2)
        self.cell(120, 4, "Ilmsjö kommun · Avfallsplan 2024–2030, uppföljning 2026")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.3, OLIVE)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = BDoc("Ilmsjö kommun", font="dejavu", serif=True, accent=OLIVE, foot="", justify=True,
           created=dt.datetime(2027, 4, 6, 8, 15, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def recycle_mark(cx, cy, r):
    """three arrows round a circle, each about a quarter of a turn, with a head at its end"""
    pdf.set_draw_color(*OLIVE)
    pdf.set_fill_color(*OLIVE)
    pdf.set_line_width(1.5)
    for k in range(3):
        a0 = math.radians(90 + k * 120 + 14)
        a1 = math.radians(90 + k * 120 + 96)
        pts = [(cx + r * math.cos(a0 + (a1 - a0) * t / 20), cy - r * math.sin(a0 + (a1 - a0) * t / 20))
               for t in range(21)]
        pdf.polyline(pts)
        # the head: a triangle pointing along the circle at a1
        tx, ty = -math.sin(a1), -math.cos(a1)          # tangent (direction of travel, y down)
        nx, ny = math.cos(a1), -math.sin(a1)            # normal (outwards)
        px, py = cx + r * math.cos(a1), cy - r * math.sin(a1)
        pdf.polygon([(px + tx * 2.6, py + ty * 2.6), (px + nx * 1.9, py + ny * 1.9), (px - nx * 1.9, py - ny * 1.9)],
                    style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def margin_note(y, text):
    pdf.set_font("Sans", "I", 7.4)
    pdf.set_text_color(*GREY)
    pdf.set_xy(152, y + 0.4)
    pdf.multi_cell(36, 3.5, text, align="L")
    pdf.set_draw_color(190, 190, 190)
    pdf.line(150, y + 0.6, 150, y + 7.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)


def para(text, note=None, size=9.8, lh=5):
    """a paragraph in the narrow text column (22–146 mm), with an optional margin note"""
    y = pdf.get_y()
    pdf.set_font("Serif", "", size)
    pdf.set_xy(22, y)
    pdf.multi_cell(124, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    if note:
        margin_note(y, note)
    pdf.set_y(y1 + 2.4)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
recycle_mark(30.5, 22, 6.3)
pdf.set_xy(42, 15.5)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*OLIVE)
pdf.cell(90, 6.5, "ILMSJÖ KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Kommunstyrelsen · Ilmsjö Renhållning AB")
pdf.set_draw_color(*RUST)
pdf.set_line_width(0.5)
pdf.rect(140, 16.5, 48, 9)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*RUST)
pdf.set_xy(140, 19)
pdf.cell(48, 4, "AVFALLSPLAN 2024–2030", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.8, OLIVE)
pdf.set_y(38)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*OLIVE)
pdf.cell(0, 8, "Avfallsplan 2024–2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.cell(0, 6.5, "Uppföljning av mål och åtgärder 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.kv([("Diarienummer", B_DNR), ("Datum", B_DATE.isoformat()), ("Handläggare", f"{B_AUTHOR[0]}, {B_AUTHOR[1]}"),
        ("Planens ägare", "Kommunstyrelsen, med Ilmsjö Renhållning AB som genomförande bolag")], lw=34, size=9,
       lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = b_sentences()
para(f"{s[0]} Ökningen kommer främst från trädgårdsavfallet, som varierar med vädret, medan restavfallet och "
     "grovavfallet till förbränning fortsätter att minska.", "Tabell 1")
para(f"{s[1]} Matavfallet sorteras ut i allt större utsträckning, men andelen förpackningar i restavfallet är "
     "fortfarande för hög.", "Tabell 2, mål 1 och 3")
para(f"{s[2]} De försenade åtgärderna gäller främst nya anläggningar, där tillstånd och upphandlingar har tagit "
     "längre tid än planerat.", "Avsnitt 3–4")
pdf.h1("Om uppföljningen", size=11)
para("Avfallsplanen antogs av kommunfullmäktige i december 2023 och följs upp varje år. Mängderna kommer från "
     "Ilmsjö Renhållning AB:s vågsystem och avser avfall från hushållen, inklusive det som lämnas på "
     "återvinningscentralerna. Förpackningarna samlas in vid återvinningsstationerna och i fyrfackskärl.",
     "Källa: vågsystemet")
para("Planen har fyra mål som följs med indikatorer. Målen avser år 2030 och ska nås genom de tolv åtgärderna i "
     "avsnitt 3.", "Tabell 2")
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Insamlade mängder", size=12.5)
pdf.p("Tabell 1 visar de mängder som har samlats in från hushållen per fraktion. Förändringen avser det senaste "
      "året och den sista kolumnen mängden per invånare 2026.", size=9.4, lh=4.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Insamlat hushållsavfall per fraktion 2023–2026, ton", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [27, 38, 15.5, 15.5, 15.5, 15.5, 21, 18]
AL = ["L", "L", "R", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
FS = 8.5
y = pdf.get_y() + 2
pdf.hline(X, XS[-1], y, 0.8, OLIVE)
HEAD = ["Grupp", "Fraktion", "2023", "2024", "2025", "2026", "Förändring 2025–2026, %", "kg per invånare 2026"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.0, what="Tabell 1 heading")
hh = pdf.row_h(WID, HEAD, size=8.0, font="Cond", style="B", vpad=0.8, lh=3.6)
pdf.row(X, y + 0.3, WID, AL, HEAD, size=8.0, font="Cond", style="B", vpad=0.8, lh=3.6, h=hh)
y += hh + 0.5
pdf.hline(X, XS[-1], y, 0.4, OLIVE)
for grp in B_GROUPS:
    y_g = y
    rows = b_group_rows(grp)
    for k, f in enumerate(rows):
        label = {"Återvinningscentraler": "Återvinnings-\ncentraler"}.get(grp, grp)
        cells = [label if k == 0 else ""] + b_cells(f)
        pdf.no_split(WID[:1], cells[:1], "Cond", "B", FS, what="Tabell 1 group")
        pdf.no_split(WID[1:], cells[1:], "Cond", "", FS, what="Tabell 1")
        h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.25,
                    styles=["B"] + [None] * 7, colors=[OLIVE] + [None] * 7)
        y += h
        if k < len(rows) - 1:
            pdf.hline(XS[1], XS[-1], y, 0.1, (205, 205, 205))
    cells = [""] + b_group_sum_cells(grp)
    pdf.hline(XS[1], XS[-1], y, 0.25, (150, 150, 150))
    pdf.no_split(WID, cells, "Cond", "I", FS, what="Tabell 1 group sum")
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=1.25)
    y += h
    # the bracket that holds the group together
    bx = XS[1] - 0.5
    pdf.set_draw_color(*OLIVE)
    pdf.set_line_width(0.5)
    pdf.line(bx, y_g + 1.2, bx, y - 1.2)
    pdf.line(bx, y_g + 1.2, bx + 1.6, y_g + 1.2)
    pdf.line(bx, y - 1.2, bx + 1.6, y - 1.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.hline(X, XS[-1], y, 0.3, OLIVE)
    y += 0.8
pdf.hline(X, XS[-1], y, 0.3, OLIVE)
cells = [""] + b_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.5)
pdf.set_fill_color(*PALE_OLIVE)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.5, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.8, OLIVE)
pdf.set_y(y + 1.6)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Mängden per invånare är beräknad på folkmängden den 31 december 2026 (24 600 invånare). "
               "Förpackningar omfattar det som samlas in vid återvinningsstationerna och i fyrfackskärl.",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
pdf.p("Restavfallet har minskat varje år sedan 2023, samtidigt som matavfallet och plastförpackningarna ökar. "
      "Det visar att fler hushåll sorterar ut sitt matavfall och sina förpackningar. Den största ökningen i ton "
      "gäller trädgårdsavfallet, som var ovanligt litet 2025 efter en torr sommar.", size=9.4, lh=4.8)
pdf.p("Insamlingen av textil har mer än fördubblats sedan 2023, sedan containrar för textil ställdes ut vid "
      "återvinningsstationerna. Elavfallet minskar något, vilket följer utvecklingen i landet.", size=9.4, lh=4.8)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2 and the actions
pdf.add_page()
pdf.h1("Planens mål", size=12.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Indikatorer för planens mål, utfall och mål 2030", new_x="LMARGIN", new_y="NEXT")
W2 = [11, 79, 15, 15, 15, 17, 14]
A2 = ["L", "L", "R", "R", "R", "R", "C"]
X2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 2
pdf.hline(X, X2[-1], y, 0.8, OLIVE)
H2 = ["Mål", "Indikator", "2024", "2025", "2026", "Mål 2030", "Trend"]
pdf.no_split(W2, H2, "Cond", "B", 8.0, what="Tabell 2 heading")
hh = pdf.row_h(W2, H2, size=8.0, font="Cond", style="B", vpad=0.8, lh=3.6)
pdf.row(X, y + 0.3, W2, A2, H2, size=8.0, font="Cond", style="B", vpad=0.8, lh=3.6, h=hh)
y += hh + 0.5
pdf.hline(X, X2[-1], y, 0.4, OLIVE)
for t in B_TARGETS:
    cells = b_target_cells(t) + [""]
    h = pdf.row(X, y, W2, A2, cells, size=FS, font="Cond", vpad=1.4, styles=["B", None, None, None, "B", "B", None],
                colors=[OLIVE, None, GREY, GREY, None, RUST, None])
    toward = (t[4] > t[3]) if t[6] == "min" else (t[4] < t[3])
    up = t[4] > t[3]
    cx, cy = X2[6] + W2[6] / 2, y + h / 2
    col = OLIVE if toward else RUST
    pdf.set_fill_color(*col)
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.7)
    if up:
        pdf.line(cx, cy + 2.2, cx, cy - 0.6)
        pdf.polygon([(cx - 1.5, cy - 0.4), (cx + 1.5, cy - 0.4), (cx, cy - 2.6)], style="F")
    else:
        pdf.line(cx, cy - 2.2, cx, cy + 0.6)
        pdf.polygon([(cx - 1.5, cy + 0.4), (cx + 1.5, cy + 0.4), (cx, cy + 2.6)], style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    y += h
    pdf.hline(X, X2[-1], y, 0.1, (205, 205, 205))
pdf.hline(X, X2[-1], y, 0.8, OLIVE)
pdf.set_y(y + 1.6)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Pilen visar åt vilket håll indikatorn har rört sig sedan 2025: grön mot målet, rostbrun "
               "bort från målet. För mål 3 ska andelen minska.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.p("Tre av de fyra indikatorerna rörde sig mot målet under 2026. Andelen besökare som lämnar något till återbruk "
      "minskade däremot, eftersom återbruksboden vid Mossbrunns återvinningscentral ännu inte är byggd.", size=9.4,
      lh=4.8)


def tag(x_right, y, word):
    """the status word in a tag-shaped label ending at x_right: a pointed left end with a punched hole"""
    pdf.set_font("Sans", "B", 7.6)
    w = pdf.get_string_width(word) + 6.5
    x0 = x_right - w
    col = STATUS_COL[word]
    pdf.set_fill_color(*col)
    pdf.polygon([(x0, y + 2.3), (x0 + 2.6, y), (x_right, y), (x_right, y + 4.6), (x0 + 2.6, y + 4.6)], style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x0 + 2.5, y + 2.3, 0.55, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x0 + 3.6, y + 0.3)
    pdf.cell(w - 4.4, 4, word, align="C")
    pdf.set_text_color(0, 0, 0)


def action(a):
    pdf.need(22)
    y = pdf.get_y()
    pdf.set_fill_color(*OLIVE)
    pdf.rect(23, y + 1.6, 1.9, 1.9, style="F")
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(27, y)
    pdf.cell(8, 5, a[0] + ".")
    pdf.multi_cell(118, 5, a[1], align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    tag(188, y + 0.2, a[2])
    pdf.set_y(y1 + 0.4)
    pts = [(f"Ansvarig: {a[3]}", [])] + a[4]
    for text, subs in pts:
        pdf.set_font("Serif", "I" if text.startswith("Ansvarig") else "", 9.2)
        pdf.set_x(35)
        pdf.cell(4, 4.6, "–")
        pdf.multi_cell(140, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        for sub in subs:
            pdf.set_font("Serif", "", 8.8)
            pdf.set_x(43)
            pdf.set_fill_color(*GREY)
            pdf.circle(44.2, pdf.get_y() + 2.3, 0.55, style="F")
            pdf.set_x(46.5)
            pdf.multi_cell(130, 4.4, sub, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


pdf.h1("3 Åtgärder", size=12.5)
pdf.p("Planens tolv åtgärder och deras status i december 2026. Den som ansvarar för åtgärden anges först under "
      "varje punkt.", size=9.4, lh=4.8)
for a in B_ACTIONS[:5]:
    action(a)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
for a in B_ACTIONS[5:]:
    action(a)
pdf.h1("4 Försenade åtgärder", size=12.5)
pdf.p("Den nya återvinningscentralen i Trågsta skulle enligt planen öppna 2027 men har skjutits upp. Skälet är att "
      f"{B_PASSAGE}. Fram till dess används den befintliga centralen vid Mossbrunn, som har utökade öppettider.",
      size=9.4, lh=4.8)
pdf.p("Återbruksboden och riktlinjen för återbruk vid rivning väntas bli klara under 2027.", size=9.4, lh=4.8)
pdf.h1("5 Fortsatt arbete", size=12.5)
pdf.p("Nästa uppföljning görs i mars 2028. Då redovisas även de första resultaten av mätningen av matsvinnet i skolornas och förskolornas kök.",
      size=9.4, lh=4.8)
pdf.ln(2)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Ilmsjö den {B_DATE.day} april {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{B_AUTHOR[0]}\n{B_AUTHOR[1]}", f"{B_CEO[0]}\n{B_CEO[1]}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
