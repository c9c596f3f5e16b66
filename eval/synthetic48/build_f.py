"""(f) Region Jorvala – hjälpmedelsnämnden: hjälpmedelscentralens budget 2027 (tjänsteskrivelse with the cost per
product group as a SCANNED Bilaga 2).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 4 pages, wine red and slate
grey. P. 1 has no running header: a DRAWN MARK (a white wheelchair pictogram – head, back, seat and an open wheel – on a
wine-red rounded square) beside "REGION JORVALA / Hjälpmedelsnämnden · Hjälpmedelscentralen", a wine rule over a thin
grey rule, the title and a subtitle, a key–value block, "1 Sammanfattning" with COMPETING FIGURES that do NOT repeat
the scanned table (users 14 820 vs 14 310; reuse 43,2 vs 41,6 vs the target 45,0; delivery 5,9 vs 6,4 days; the price
increase 2,6 %; 74 employees, three more) and a pointer to Bilaga 2 in words only, followed by "Budgetprocessen" as a
HORIZONTAL TIMELINE (a slate line with four wine-red milestone discs, the ISO date above and the step below each).
**P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan48.py): a DOT-MATRIX PRINTOUT ON TRACTOR-FEED PAPER from the
finance system – the left sprocket strip with its feed holes still attached, the right strip torn off along the
perforation, green-bar bands, a worn ribbon – with the product-group table (PRODUKTGRUPP / UTFALL 2025 / BUDGET 2026 /
PROGNOS 2026 / AVVIKELSE / BUDGET 2027, columns kept by spaces, "-" and "=" rules, a SUMMA row), two note lines and
"*** SLUT PÅ RAPPORT ***"; "Bilaga 2" circled in ballpoint and a wavy pen line under the sum; +0.6° skew, grain and
specks. Pp. 3–4 have a running header (a wine-red tab with the page number at the right edge, "Region Jorvala ·
Hjälpmedelscentralen · Budget 2027" at the left) over a grey hairline. P. 3: "2 Verksamhetsmått" with Tabell 2
(Mått / Enhet / Utfall 2025 / Prognos 2026 / Mål 2027) with a GREY ITALIC UNIT COLUMN and a DOTTED RULE under every
row, comments, and "3 Kostnadsutvecklingen" (the passage on cognitive aids), with no figure of the scanned table. P. 4:
"4 Prioriteringar 2027" as a list with WINE-RED CHECK-MARK BULLETS, "5 Förslag till beslut" as att-clauses, two
signature lines and a grey "Bilagor" line. No metadata title. None of the figures of the scanned table is repeated in
the text layer.
"""
import datetime as dt

from common48 import HERE, Doc, nb
from data import (F_MEASURES, F_DNR, F_DATE, F_CHIEF, F_ECON, F_CHAIR, F_PASSAGE, F_PRIORITIES, F_TIMELINE, F_PRICE,
                  F_GROUPS, f_measure_cells, f_sentences, f_dev, d1, g)
from scan48 import render

OUT = HERE / "region-jorvala-hjalpmedelscentralen-budget-2027.pdf"
WINE = (128, 28, 52)
SLATE = (88, 100, 112)
GREY = (105, 105, 105)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(22)
            return
        self.set_fill_color(*WINE)
        self.rect(self.w - 14, 8.5, 14, 8, style="F")
        self.set_font("Sans", "B", 9)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.w - 14, 10.2)
        self.cell(10, 4.4, str(self.page_no()), align="C")
        self.set_font("Sans", "", 8.2)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin, 10.6)
        self.cell(120, 4, "Region Jorvala · Hjälpmedelscentralen · Budget 2027")
        self.hline(self.l_margin, self.w - 16, 16.6, 0.25, (160, 160, 160))
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = FDoc("Region Jorvala", font="dejavu", serif=True, accent=WINE, foot="", justify=False,
           created=dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
mx, my = 22, 13.5
pdf.set_fill_color(*WINE)
pdf.rect(mx, my, 15, 15, style="F", round_corners=True, corner_radius=2.2)
pdf.set_fill_color(255, 255, 255)
pdf.circle(mx + 6.2, my + 3.0, 1.3, style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(1.1)
pdf.line(mx + 5.9, my + 5.0, mx + 5.4, my + 9.2)
pdf.line(mx + 5.4, my + 9.2, mx + 9.6, my + 9.2)
pdf.line(mx + 9.6, my + 9.2, mx + 11.2, my + 12.4)
pdf.line(mx + 5.8, my + 6.8, mx + 8.6, my + 6.8)
pdf.set_line_width(0.8)
pdf.arc(mx + 2.3, my + 6.6, 6.4, 40, 320, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(41, 14.8)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*WINE)
pdf.cell(90, 6, "REGION JORVALA", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Hjälpmedelsnämnden · Hjälpmedelscentralen")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32.4, 0.9, WINE)
pdf.hline(22, 188, 33.6, 0.2, (150, 150, 150))
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*WINE)
pdf.cell(0, 9, "Hjälpmedelscentralens budget 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Budget och verksamhetsplan för hjälpmedelscentralen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Handläggare", f"{F_ECON[0]}, {F_ECON[1]}"),
        ("Till", "Hjälpmedelsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = f_sentences()
pdf.p("Hjälpmedelscentralen köper in, lånar ut, anpassar och reparerar hjälpmedel åt regionens vårdcentraler och "
      f"sjukhus och åt kommunerna i länet. {s[0]} {s[2]}", size=9.8)
pdf.p(f"{s[1]} {s[3]} {s[4]}", size=9.8)
pdf.p("Kostnaden per produktgrupp, med utfall för förra året, årets budget och prognos samt budgeten för nästa år, "
      "redovisas i bilaga 2, som är en utskrift ur ekonomisystemet. Där framgår också vilka produktgrupper som "
      "väntas överskrida sin budget i år.", size=9.8)
pdf.h1("Budgetprocessen", size=12.5)
y = pdf.get_y() + 9
x0, x1 = 34, 176
pdf.hline(x0 - 6, x1 + 6, y, 1.0, SLATE)
n = len(F_TIMELINE)
for i, (dte, step) in enumerate(F_TIMELINE):
    x = x0 + (x1 - x0) * i / (n - 1)
    pdf.set_fill_color(*WINE)
    pdf.circle(x, y, 2.4, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x, y, 0.9, style="F")
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(x - 20, y - 8)
    pdf.cell(40, 4, dte.isoformat(), align="C")
    pdf.set_font("Serif", "", 8.2)
    pdf.set_xy(x - 21, y + 4)
    pdf.multi_cell(42, 3.8, step, align="C")
pdf.set_y(y + 16)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: the scanned Bilaga 2
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("2 Verksamhetsmått", size=12.5)
pdf.p("Tabell 2 visar de verksamhetsmått som nämnden följer. Prognosen för 2026 bygger på utfallet till och med "
      "augusti. Målen för 2027 är hjälpmedelscentralens förslag.", size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Verksamhetsmått 2025–2027", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [66, 16, 28, 28, 28]
AL = ["L", "L", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.9, WINE)
pdf.row(X, y + 0.3, WID, AL, ["Mått", "Enhet", "Utfall 2025", "Prognos 2026", "Mål 2027"], size=8.8, font="Cond",
        style="B", h=6.6)
y += 7.0
pdf.hline(X, XS[-1], y, 0.4, WINE)
for m in F_MEASURES:
    cells = f_measure_cells(m)
    h = pdf.row(X, y, WID, AL, cells, size=9.0, font="Cond", vpad=1.4, styles=[None, "I", None, None, None],
                colors=[None, GREY, None, None, None])
    y += h
    pdf.hline(X, XS[-1], y, 0.2, (150, 150, 150), dash=(0.3, 0.7))
pdf.hline(X, XS[-1], y, 0.9, WINE)
pdf.set_y(y + 5)
ret = F_MEASURES[2]
srv = F_MEASURES[5]
pdf.p(f"Antalet återlämnade hjälpmedel väntas öka till {g(ret[3])} under 2026, vilket gör att fler hjälpmedel kan "
      "rengöras, kontrolleras och lånas ut igen. Servicearbetena minskar något, eftersom fler hjälpmedel är nya och "
      "har garanti.", size=9.8)
pdf.h1("3 Kostnadsutvecklingen", size=12.5)
over = [c for c in F_GROUPS if f_dev(c) < 0]
words_ = {6: "Sex", 5: "Fem", 4: "Fyra", 7: "Sju"}
pdf.p(f"{words_[len(over)]} av tio produktgrupper väntas överskrida sin budget för 2026. Det största underskottet i "
      "kronor finns för förflyttningshjälpmedel, där fler elrullstolar har förskrivits, medan kognitiva hjälpmedel "
      "ökar mest i förhållande till budgeten.", size=9.8)
pdf.p(f"Kostnaden för kognitiva hjälpmedel ökar eftersom {F_PASSAGE}. Hjälpmedelscentralen har därför börjat "
      "förhandla om nya avtal för tidsstöd och digitala lås.", size=9.8)
pdf.p("Gånghjälpmedel, lyftar, kommunikationshjälpmedel och synhjälpmedel väntas ge små överskott, främst för att "
      "fler rollatorer och lyftar har kunnat återanvändas. I budgeten för 2027 har alla produktgrupper fått minst "
      f"en uppräkning som motsvarar prisökningen på {d1(F_PRICE)} procent, och de grupper som väntas göra underskott "
      "i år har dessutom fått ett tillskott.", size=9.8)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Prioriteringar 2027", size=12.5)
for it in F_PRIORITIES:
    yy = pdf.get_y()
    pdf.set_draw_color(*WINE)
    pdf.set_line_width(0.7)
    pdf.line(pdf.l_margin + 1.0, yy + 2.6, pdf.l_margin + 2.3, yy + 3.9)
    pdf.line(pdf.l_margin + 2.3, yy + 3.9, pdf.l_margin + 4.6, yy + 0.9)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 7, yy)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(pdf.epw - 7, 4.9, nb(it), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h1("5 Förslag till beslut", size=12.5)
pdf.att_list("Hjälpmedelsnämnden föreslås besluta", [
    "fastställa hjälpmedelscentralens budget för 2027 enligt bilaga 2,",
    f"hyror och priser till kommunerna och regionens verksamheter räknas upp med {d1(F_PRICE)} procent från den "
    "1 januari 2027,",
    "fastställa målen för verksamhetsmåtten enligt tabell 2, samt",
    "hjälpmedelscentralen redovisar en plan för att minska underskottet för förflyttningshjälpmedel i mars 2027."],
    size=9.8)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Region Jorvala den {F_DATE.day} november {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{F_CHIEF[0]}\n{F_CHIEF[1].capitalize()}", f"{F_ECON[0]}\n{F_ECON[1].capitalize()}"])
pdf.ln(4)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4, f"Bilagor: 1. Hyreslista 2027 (skickas separat), 2. Kostnad per produktgrupp (utskrift ur "
               f"ekonomisystemet)\nBeslutet skickas till: regionstyrelsen, kommunerna i länet. Nämndens ordförande: "
               f"{F_CHAIR[0]}.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
