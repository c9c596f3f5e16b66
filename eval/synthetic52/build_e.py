"""(e) Kalvhamra kommun – miljö- och byggnämnden: tillsynsplan 2027 för miljö- och hälsoskydd, med uppföljning av 2026.

Layout: DejaVu Serif text SET IN TWO JUSTIFIED COLUMNS (fpdf2 text_columns, balanced) with a thin moss rule between
the columns, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 3 pages, moss green and slate blue. P. 1 has
no running header: a DRAWN CLIPBOARD WITH A CHECKLIST (a moss board, a grey clip, a white sheet with three ticks and
text lines) beside "KALVHAMRA KOMMUN / Miljö- och byggnämnden", a slate rule, the title and subtitle, a key–value
block, "1 Sammanfattning" in two columns with COMPETING FIGURES (99 of 119 inspections = 83,2 % vs 88,6 % in 2025 vs
the goal of 95 %; 134 inspections and 1 193 hours planned for 2027 vs 1 050 hours available; the hourly fees 1 240 →
1 290 and 1 140 → 1 180 kr) and Figur 1, THREE PROGRESS RINGS (a grey track and a thick moss arc for the share of the
planned inspections carried out in 2026, the share in the centre and "n av m" under the label) for Miljöskydd,
Hälsoskydd and Totalt. Pp. 2–3 have a running header ("Kalvhamra kommun · Tillsynsplan 2027" and "Sida n") over a
moss hairline. P. 2 is TWO-COLUMN TEXT AROUND A FULL-WIDTH TABLE: "2 Tillsyn per objektkategori" with two columns of
text above, Tabell 1 across the whole width (Objektkategori / Objekt / "Inspektioner 2026" over Planerade / Utförda /
"Plan 2027" over Inspektioner / Timmar / Timavgift, kr) with the two areas as GROUP ROWS IN SLATE CAPITALS BEHIND A
SHORT MOSS BAR, outcomes under plan in slate bold with a DOTTED UNDERLINE, italic "Summa <område>" rows with the fee
cell empty, a bold "Totalt" row over a double rule and a note, then two more columns of text below the table (the
passage on the blocks of flats). P. 3: "3 Resurser" in two columns, "4 Prioriteringar 2027" as a NUMBERED LIST WITH
NESTED "a)" ITEMS at full width, "5 Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common52 import HERE, Doc, nb
from data import (E_CATS, E_GROUPS, E_FEE, E_DNR, E_DATE, E_HEAD, E_INSP, E_GOAL, E_HOURS_AVAIL, E_PASSAGE, E_PRIOS,
                  E_CLAUSES, e_cells, e_group_cats, e_group_sum_cells, e_total_cells, e_rings, e_sum, e_sentences,
                  d1, g, WORD)

OUT = HERE / "kalvhamra-mbn-tillsynsplan-2027.pdf"
MOSS = (78, 104, 38)
PALE_MOSS = (234, 240, 222)
SLATE = (62, 82, 112)
GREY = (105, 105, 105)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*MOSS)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Kalvhamra kommun · Tillsynsplan 2027")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"Sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, MOSS)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = EDoc("Kalvhamra kommun", font="dejavu", serif=True, accent=SLATE, justify=True,
           created=dt.datetime(2027, 1, 27, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)
X = pdf.l_margin
GUT = 7


def columns(paras, size=9.2, lh=4.5):
    """paras: list of (kind, text) with kind "h" (a small sans heading) or "p"; set in two balanced justified
    columns with a thin moss rule between them"""
    y0 = pdf.get_y()
    with pdf.text_columns(ncols=2, gutter=GUT, balance=True, text_align="J", line_height=lh / size * 72 / 25.4
                          ) as cols:
        for kind, t in paras:
            if kind == "h":
                pdf.set_font("Sans", "B", size + 0.4)
                pdf.set_text_color(*SLATE)
                with cols.paragraph(text_align="L", bottom_margin=0.8, top_margin=0.6) as par:
                    par.write(t)
                pdf.set_text_color(0, 0, 0)
            else:
                pdf.set_font("Serif", "", size)
                with cols.paragraph(bottom_margin=1.8) as par:
                    par.write(nb(t))
    y1 = pdf.get_y()
    xm = X + (pdf.epw - GUT) / 2 + GUT / 2
    pdf.vline(xm, y0 + 1, y1 - 2, 0.2, MOSS)
    pdf.set_y(y1 + 1)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
# the clipboard mark
pdf.set_fill_color(*MOSS)
pdf.rect(23, 12, 12.5, 16, style="F", round_corners=True, corner_radius=1.2)
pdf.set_fill_color(255, 255, 255)
pdf.rect(24.6, 14.4, 9.3, 12.2, style="F")
pdf.set_fill_color(150, 150, 150)
pdf.rect(26.5, 10.8, 5.5, 3.2, style="F", round_corners=True, corner_radius=0.8)
pdf.set_draw_color(*MOSS)
pdf.set_line_width(0.45)
for k in range(3):
    yy = 17 + k * 3.2
    pdf.polyline([(25.4, yy), (26.1, yy + 0.8), (27.5, yy - 0.8)])
    pdf.line(28.6, yy, 32.8, yy)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(40, 13.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*MOSS)
pdf.cell(90, 6, "KALVHAMRA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Miljö- och byggnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 0.7, SLATE)
pdf.set_y(35)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*SLATE)
pdf.cell(0, 9, "Tillsynsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Miljö- och hälsoskydd, med uppföljning av tillsynen 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Ansvarig", f"{E_HEAD[0]}, {E_HEAD[1]}"),
        ("Till", "Miljö- och byggnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = e_sentences()
columns([
    ("p", "Nämnden ska varje år anta en tillsynsplan som bygger på en behovsutredning. Planen visar vilka "
          "verksamheter som ska inspekteras under året, hur mycket tid tillsynen beräknas ta och vilka avgifter som "
          "tas ut."),
    ("p", s[0]),
    ("p", "Flest inspektioner uteblev bland de övriga miljöfarliga verksamheterna, i skolorna och förskolorna och i "
          "flerbostadshusen."),
    ("p", s[1]),
    ("p", f"{s[2]} Avgifterna ska täcka kostnaden för tillsynen."),
])

# Figur 1: progress rings
pdf.ln(2)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Andel av de planerade inspektionerna som genomfördes 2026", new_x="LMARGIN", new_y="NEXT")
ry = pdf.get_y() + 20
R_ = 14
for i, (lab, done, plan, sh) in enumerate(e_rings()):
    cx = 22 + 166 / 6 * (2 * i + 1)
    # grey track
    pdf.set_draw_color(222, 222, 222)
    pdf.set_line_width(4.2)
    pdf.circle(cx, ry, R_, style="D")
    # the moss arc from twelve o'clock, clockwise
    pts = []
    n = 90
    for k in range(n + 1):
        a = -math.pi / 2 + 2 * math.pi * sh / 100 * k / n
        pts.append((cx + R_ * math.cos(a), ry + R_ * math.sin(a)))
    pdf.set_draw_color(*(MOSS if lab != "Totalt" else SLATE))
    pdf.polyline(pts)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*(MOSS if lab != "Totalt" else SLATE))
    pdf.set_xy(cx - 14, ry - 3.2)
    pdf.cell(28, 6.4, f"{d1(sh)} %", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(cx - 25, ry + R_ + 4.5)
    pdf.cell(50, 4.2, lab, align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(cx - 25, ry + R_ + 8.7)
    pdf.cell(50, 4, f"{done} av {plan} inspektioner", align="C")
    pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, ry + R_ + 15)
pdf.set_font("Serif", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Målet är att minst {E_GOAL} procent av de planerade inspektionerna genomförs.")
pdf.set_text_color(0, 0, 0)
pdf.set_y(ry + R_ + 24)
pdf.h2("Om tillsynen", size=10.5)
columns([
    ("p", "Tillsynen ska se till att verksamheter och fastighetsägare följer miljöbalken och att människors hälsa "
          "och miljön skyddas. Inspektörerna kontrollerar bland annat utsläpp, kemikaliehantering, avfall, "
          "ventilation och buller."),
    ("p", "Tillsynen kan vara planerad eller händelsestyrd. Den planerade tillsynen redovisas i denna plan. "
          "Händelsestyrd tillsyn, till exempel efter klagomål, kan inte planeras på förhand men tar en stor del av "
          "inspektörernas tid."),
])
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: two columns around the table
pdf.add_page()
pdf.h1("2 Tillsyn per objektkategori", size=12.5)
columns([
    ("p", "Tabell 1 visar hur många objekt som finns i varje kategori, hur många inspektioner som planerades och "
          "genomfördes 2026 och vad som planeras för 2027. Objekt är de verksamheter och lokaler som nämnden har "
          "tillsyn över."),
    ("p", "Verksamheter med tillstånd inspekteras varje år. Anmälningspliktiga verksamheter och lantbruk "
          "inspekteras vartannat eller vart tredje år beroende på risk, medan övriga verksamheter och lokaler "
          "inspekteras efter behov eller i projekt."),
    ("p", "Timmarna omfattar förberedelser, inspektion, kommunicering och uppföljning. Timavgiften är den som "
          "gäller från den 1 januari 2027."),
])
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Objekt, inspektioner och timmar per objektkategori", new_x="LMARGIN", new_y="NEXT")
WID = [46, 15, 21, 17, 25, 16, 26]
AL = ["L"] + ["R"] * 6
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, SLATE)
pdf.set_font("Cond", "B", 8.4)
for j, span, t in ((2, 2, "Inspektioner 2026"), (4, 3, "Plan 2027")):
    pdf.set_xy(XS[j], y + 0.9)
    pdf.cell(XS[j + span] - XS[j], 3.8, t, align="C")
    pdf.hline(XS[j] + 1.2, XS[j + span] - 1.2, y + 5.0, 0.3, SLATE)
HEAD = ["Objektkategori", "Objekt", "Planerade", "Utförda", "Inspektioner", "Timmar", "Timavgift, kr"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.4, what="Tabell 1 heading")
pdf.row(X, y + 5.0, WID, AL, HEAD, size=8.4, font="Cond", style="B", h=6.0)
y += 11.2
pdf.hline(X, XS[-1], y, 0.45, SLATE)
FS = 8.9
for grp in E_GROUPS:
    y += 1.0
    pdf.set_fill_color(*MOSS)
    pdf.rect(X + 0.5, y + 1.6, 5, 1.6, style="F")
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*SLATE)
    pdf.set_char_spacing(0.8)
    pdf.set_xy(X + 7, y + 0.3)
    pdf.cell(80, 4.2, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 5.2
    for c in e_group_cats(grp):
        cells = e_cells(c)
        pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1")
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.3)
        under = c[4] < c[3]
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.3, h=h,
                styles=[None, None, None, "B" if under else None, None, None, None],
                colors=[None, None, None, SLATE if under else None, None, None, GREY])
        if under:
            pdf.set_font("Cond", "B", FS)
            w_ = pdf.get_string_width(cells[3])
            pdf.hline(XS[4] - 1.2 - w_, XS[4] - 1.2, y + 1.3 + 3.9, 0.3, SLATE, dash=(0.3, 0.5))
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (208, 208, 208))
    cells = e_group_sum_cells(grp)
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=1.3)
    y += h
    pdf.hline(X, XS[-1], y, 0.3, SLATE)
y += 0.8
pdf.hline(X, XS[-1], y, 0.3, SLATE)
cells = e_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.5)
y += h
pdf.hline(X, XS[-1], y, 0.8, SLATE)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Utförda inspektioner som är färre än de planerade är markerade med streckad understrykning. "
               "Källa: miljöenhetens ärendesystem.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2.5)
fb = [c for c in E_CATS if c[1] == "Flerbostadshus"][0]
columns([
    ("h", "Kommentarer till uppföljningen"),
    ("p", "Alla planerade inspektioner av verksamheter med tillstånd, förorenade områden och bassängbad "
          "genomfördes. I hygienlokalerna gjordes en inspektion mer än planerat efter ett klagomål från en kund."),
    ("p", f"I flerbostadshusen genomfördes bara {WORD[fb[4]]} av {WORD[fb[3]]} planerade inspektioner. Skälet är att "
          f"{E_PASSAGE}. De inspektioner som inte blev av flyttas till 2027."),
    ("p", "Inom miljöskyddet blev flera inspektioner av de övriga miljöfarliga verksamheterna inte av, eftersom "
          "inspektörerna prioriterade de anmälningspliktiga verksamheterna och lantbruken."),
])
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Resurser", size=12.5)
t = e_sum(E_CATS)
columns([
    ("p", f"Miljöenheten har {WORD[5]} inspektörer. När tid för rådgivning, klagomål, remisser och administration "
          f"har räknats bort finns {g(E_HOURS_AVAIL)} timmar för den planerade tillsynen 2027."),
    ("p", f"Tillsynsplanen kräver {g(t['h27'])} timmar. Om enheten inte får förstärkning kommer därför en del av "
          "den planerade tillsynen av övriga miljöfarliga verksamheter att skjutas till 2028."),
])
pdf.h1("4 Prioriteringar 2027", size=12.5)
pdf.numbered(E_PRIOS, size=9.4, lh=4.6)
pdf.h1("5 Förslag till beslut", size=12.5)
pdf.att_list("Miljö- och byggnämnden föreslås besluta", E_CLAUSES, size=9.4)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Kalvhamra den {E_DATE.day} januari {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{E_HEAD[0]}\n{E_HEAD[1].capitalize()}", f"{E_INSP[0]}\n{E_INSP[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
