"""(d) Ismunda kommun – miljönämnden: tillsynsplan 2027 för miljö- och hälsoskydd och livsmedelskontroll, med
uppföljning av 2026.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 3 pages, olive green and warm
grey. P. 1 has no running header: a LETTERHEAD with a DRAWN MAGNIFYING GLASS WITH A LEAF IN THE LENS beside "ISMUNDA
KOMMUN / Miljönämnden", a thin olive rule, the title, a key–value block, "1 Sammanfattning" with COMPETING FIGURES
in running text (386 of 411 visits = 93,9 % vs 91,2 % the year before vs the goal 95,0 %; fees 2 246 vs the budget
2 400 tkr; 2 008 hours needed vs 1 850 available; the hourly fee 1 200 → 1 240 and 1 350 → 1 390 kr) and Figur 1,
TWO DRAWN THERMOMETERS side by side (a bulb and a tube with a scale; the olive "mercury" up to the outcome, a red
tick for the goal or the budget and a grey tick for the year before, every value printed beside the tube). P. 2
(running header with a small olive leaf): Tabell 1 per category with a TWO-LEVEL HEADING ("Utfall 2026" over
Planerade besök / Utförda besök / Andel, %; "Plan 2027" over Timmar / Timavgift, kr / Avgift, tkr), a pale olive
band behind the heading, the three areas as GROUP ROWS IN OLIVE CAPITALS LED BY A SHORT OLIVE BAR, the frequency as
words ("Årligen", "Vart 3:e år", "Vid behov"), shares under 80 % in DARK ORANGE BOLD, italic "Summa <område>" rows
under a hairline and a bold "Totalt" row over a double rule; the fee per hour is left empty in the sum rows; notes.
P. 3: "3 Tillsynsbehov och resurser", "4 Prioriteringar 2027" as a NUMBERED LIST WITH NESTED "a)" ITEMS, "5
Avvikelser från planen 2026" (the passage on the restaurants), the decision as att-clauses and a signature line. No
metadata title.
"""
import datetime as dt

from common44 import HERE, Doc
from data import (D_AREAS, D_FEE, D_CATS, D_SHARE_2025, D_SHARE_GOAL, D_AVAILABLE, D_FEES_2026, D_PASSAGE, D_DNR,
                  D_DATE, D_CHIEF, D_CHAIR, D_AUTHOR, D_PRIOS, d_rows, d_cells, d_share, d_sum, d_sum_cells,
                  d_sentences, d1, g)

OUT = HERE / "ismunda-mn-tillsynsplan-2027.pdf"
OLIVE = (98, 112, 38)
PALE = (238, 241, 224)
ORANGE = (196, 96, 10)
RED = (190, 40, 40)


def leaf(pdf, x, y, s, col=(255, 255, 255)):
    pdf.set_fill_color(*col)
    pdf.polygon([(x, y + s), (x + s * 0.2, y + s * 0.35), (x + s * 0.75, y), (x + s * 0.8, y + s * 0.55)], style="F")


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        leaf(self, self.l_margin, 10.2, 4.2, OLIVE)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*OLIVE)
        self.set_xy(self.l_margin + 6, 10.5)
        self.cell(60, 4, "Ismunda kommun · Miljönämnden")
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw - 66, 4, f"Tillsynsplan 2027 · {self.page_no()} (3)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.3, OLIVE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = DDoc("Ismunda kommun", font="dejavu", serif=True, accent=OLIVE, foot="", justify=True,
           created=dt.datetime(2026, 12, 9, 9, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# the mark: a magnifying glass with a leaf in the lens
cx, cy, r = 29, 24, 6.2
pdf.set_draw_color(*OLIVE)
pdf.set_line_width(1.6)
pdf.circle(cx, cy, r)
pdf.line(cx + r * 0.72, cy + r * 0.72, cx + r * 1.55, cy + r * 1.55)
pdf.set_line_width(0.2)
leaf(pdf, cx - 3.2, cy - 3.4, 6.4, OLIVE)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 17.5)
pdf.set_font("Sans", "B", 13)
pdf.set_char_spacing(1.5)
pdf.cell(0, 6, "ISMUNDA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(*OLIVE)
pdf.cell(0, 5, "Miljönämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 36.5, 0.6, OLIVE)
pdf.set_y(42)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Tillsynsplan 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Miljö- och hälsoskydd samt livsmedelskontroll, med uppföljning av 2026", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Beslutad", f"Miljönämnden {D_DATE.isoformat()} § 96"),
        ("Ordförande", D_CHAIR[0]), ("Handläggare", f"{D_AUTHOR[0]}, {D_AUTHOR[1]}")], lw=34, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = d_sentences()
pdf.p("Tillsynsplanen beskriver vilken tillsyn och kontroll miljönämnden planerar att göra under 2027 och hur "
      f"planen för 2026 har genomförts. {s[0]} {s[1]}", size=9.8)
pdf.p(f"{s[2]} {s[3]}", size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Utfall 2026 mot mål och budget", new_x="LMARGIN", new_y="NEXT")
tot = d_sum()


def thermometer(x, y, title, lo, hi, value, marks, fmt, unit):
    """a vertical thermometer: tube from y to y+h, bulb below; marks = [(value, label, colour)]"""
    h = 52
    tw = 7
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(x - 20, y - 8)
    pdf.cell(70, 4.5, title)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_fill_color(250, 250, 250)
    pdf.rect(x, y, tw, h, style="DF", round_corners=True, corner_radius=3.4)
    pdf.circle(x + tw / 2, y + h + 3.2, 6.2, style="DF")
    # mercury
    pdf.set_fill_color(*OLIVE)
    top = y + h * (1 - (value - lo) / (hi - lo))
    pdf.rect(x + 1.6, top, tw - 3.2, y + h - top + 2, style="F")
    pdf.circle(x + tw / 2, y + h + 3.2, 4.6, style="F")
    # scale
    pdf.set_font("Sans", "", 6.6)
    pdf.set_text_color(120, 120, 120)
    step = (hi - lo) / 5
    for k in range(6):
        v = lo + k * step
        yy = y + h * (1 - k / 5)
        pdf.line(x - 1.8, yy, x, yy)
        pdf.set_xy(x - 13, yy - 1.6)
        pdf.cell(10.5, 3.2, g(v), align="R")
    pdf.set_text_color(0, 0, 0)
    for v, lab, col in marks:
        yy = y + h * (1 - (v - lo) / (hi - lo))
        pdf.set_draw_color(*col)
        pdf.set_line_width(0.6)
        pdf.line(x - 1, yy, x + tw + 3, yy)
        pdf.set_line_width(0.2)
        pdf.set_font("Sans", "", 7.4)
        pdf.set_text_color(*col)
        pdf.set_xy(x + tw + 4, yy - 1.8)
        pdf.cell(40, 3.6, lab)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(*OLIVE)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(x - 20, y + h + 10.5)
    pdf.cell(47, 4.4, f"Utfall: {fmt(value)} {unit}", align="C")
    pdf.set_text_color(0, 0, 0)


y0 = pdf.get_y() + 12
thermometer(48, y0, "Utförda besök, procent av planen", 50, 100, tot[3],
            [(D_SHARE_GOAL, f"mål {d1(D_SHARE_GOAL)} %", RED), (D_SHARE_2025, f"2025: {d1(D_SHARE_2025)} %",
                                                               (120, 120, 120))], d1, "%")
thermometer(128, y0, "Avgiftsintäkter, tkr", 0, 2500, D_FEES_2026[0],
            [(D_FEES_2026[1], f"budget {g(D_FEES_2026[1])} tkr", RED)], g, "tkr")
pdf.set_y(y0 + 74)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Olivgrön stapel = utfall 2026. Röd markering = mål respektive budget.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2: Tabell 1
def whole_words(widths, cells, size, style=""):
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")



pdf.add_page()
pdf.h1("2 Tillsynsobjekt och planerad tid", size=12.5)
pdf.p("Tabell 1 visar antalet objekt per kategori, hur ofta de ska få tillsyn, utfallet av planen för 2026 och den "
      "tid som planeras för 2027. Avgiften är beräknad som planerade timmar gånger timavgiften.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Tillsyn per objektskategori", new_x="LMARGIN", new_y="NEXT")
WID = [34, 13, 27, 18, 15, 13, 15, 18, 17]
AL = ["L", "R", "L", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
X0 = 20
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.set_fill_color(*PALE)
pdf.rect(X0, y, TW, 15.5, style="F")
pdf.hline(X0, X0 + TW, y, 0.8, OLIVE)
pdf.set_font("Cond", "B", 8.2)
pdf.set_text_color(*OLIVE)
for a, b, t in ((3, 6, "Utfall 2026"), (6, 9, "Plan 2027")):
    pdf.set_xy(xs[a], y + 0.8)
    pdf.cell(xs[b] - xs[a], 4, t, align="C")
    pdf.hline(xs[a] + 1.2, xs[b] - 1.2, y + 5, 0.3, OLIVE)
pdf.set_text_color(0, 0, 0)
HEAD = ["Kategori", "Antal objekt", "Frekvens", "Planerade besök", "Utförda besök", "Andel, %", "Timmar",
        "Timavgift, kr", "Avgift, tkr"]
whole_words(WID, HEAD, 7.2, "B")
pdf.row(X0, y + 5.4, WID, AL, HEAD, style="B", size=7.2, font="Cond", vpad=0.6)
y += 15.5
pdf.hline(X0, X0 + TW, y, 0.3, OLIVE)
for area in D_AREAS:
    pdf.set_fill_color(*OLIVE)
    pdf.rect(X0, y + 2.3, 3, 2.6, style="F")
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_char_spacing(1)
    pdf.set_text_color(*OLIVE)
    pdf.set_xy(X0 + 4.5, y + 1.6)
    pdf.cell(100, 4, area.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 6.6
    for c in d_rows(area):
        whole_words(WID, d_cells(c), 8.4)
        low = d_share(c) < 80
        h = pdf.row(X0, y, WID, AL, d_cells(c), size=8.4, font="Cond", vpad=1.3,
                    colors=[None] * 5 + [ORANGE if low else None] + [None] * 3,
                    styles=[None] * 5 + ["B" if low else None] + [None] * 3)
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (205, 205, 205))
    pdf.hline(X0 + WID[0], X0 + TW, y, 0.25, (90, 90, 90))
    h = pdf.row(X0, y, WID, AL, d_sum_cells(f"Summa {area[0].lower() + area[1:]}", d_sum(area)), size=8.6,
                font="Cond", style="I", vpad=1.3)
    y += h
pdf.hline(X0, X0 + TW, y + 0.4, 0.3, OLIVE)
pdf.hline(X0, X0 + TW, y + 1.1, 0.3, OLIVE)
h = pdf.row(X0, y + 1.3, WID, AL, d_sum_cells("Totalt", tot), size=8.8, font="Cond", style="B", vpad=1.3)
y += 1.3 + h
pdf.hline(X0, X0 + TW, y, 0.8, OLIVE)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, "Andel = utförda besök i procent av planerade besök 2026. Andelen kan överstiga 100 procent "
               "när fler objekt än planerat har besökts. Små avloppsanläggningar besöks enligt den inventeringsplan "
               "som delar in kommunen i fem områden. Timavgift enligt taxan för 2027.", align="L")
pdf.set_y(pdf.get_y() + 4)
pdf.p("Livsmedelskontrollen har en högre timavgift än miljö- och hälsoskyddet, eftersom avgiften enligt "
      "livsmedelslagstiftningen ska täcka även kostnaden för registrering och uppföljande kontroller.", size=9.6)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Tillsynsbehov och resurser", size=12.5)
pdf.p(f"Behovsutredningen för 2027 visar att den planerade tillsynen kräver {g(tot[4])} timmar. Tillgänglig tid "
      f"för planerad tillsyn är {g(D_AVAILABLE)} timmar efter avdrag för klagomål, remisser och "
      "kompetensutveckling. Nämnden prioriterar därför objekt med hög risk och skjuter en del av tillsynen av "
      "flerbostadshus till året därpå.", size=9.8)
pdf.h1("4 Prioriteringar 2027", size=12.5)
pdf.numbered(D_PRIOS, size=9.8)
pdf.h1("5 Avvikelser från planen 2026", size=12.5)
rest = [c for c in D_CATS if c[1] == "Restauranger och caféer"][0]
pdf.p(f"Av {rest[5]} planerade kontroller av restauranger och caféer genomfördes {rest[6]}. Det beror på att "
      f"{D_PASSAGE}. Inom lantbruk och hygienlokaler var utfallet också lågt, medan inventeringen av små "
      "avloppsanläggningar gick snabbare än planerat.", size=9.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Miljönämnden beslutar", [
    "anta tillsynsplanen för 2027",
    "godkänna uppföljningen av tillsynsplanen för 2026",
    "överlämna tillsynsplanen till kommunstyrelsen för kännedom",
], size=9.8)
pdf.ln(3)
pdf.sign_lines([f"{D_CHIEF[0]}\n{D_CHIEF[1].capitalize()}", f"{D_AUTHOR[0]}\n{D_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
