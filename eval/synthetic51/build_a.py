"""(a) Dalkvista kommun – socialnämnden: ekonomiskt bistånd, uppföljning januari–juni 2027.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 3 pages, deep teal and amber. P. 1 has no
running header: a DRAWN COIN STACK (four amber coins seen from the side, stacked a little askew, in a teal rounded
square) beside "DALKVISTA KOMMUN / Socialnämnden", "UPPFÖLJNING 2027:2" in letter-spaced grey capitals at the right, a
teal rule, the title and subtitle, a key–value block and "1 Första halvåret i frågor och svar" – the summary as
QUESTIONS AND ANSWERS: each question bold and teal after a drawn teal "F", each answer indented behind a THIN AMBER
BAR, with COMPETING FIGURES (602 vs 570 households in June, 582,3 vs 559,3 on average; 33 636 tkr paid vs the budget
33 600 and 30 807 a year earlier; 9 627 vs 9 180 kr per household and month; 118 young adults = 19,6 %; forecast
68 400 vs the year's budget 67 200). Pp. 2–3: a running header (a teal band bleeding off the top edge with the page
number in white at its right end, "Dalkvista kommun · Socialnämnden" and "Ekonomiskt bistånd januari–juni 2027"
under it). P. 2: "2 Försörjningsstöd per distrikt" with Tabell 1 under a STACKED TWO-LEVEL HEADING ("April", "Maj", "Juni" each over Hushåll / tkr, and
"Januari–juni" over Utfall, tkr / Budget, tkr / Avvikelse, tkr¹), DOUBLE VERTICAL HAIRLINES between the month
groups, the January–June block inside an AMBER FRAME running from the heading to the total row, deviations below zero
in red bold, a bold "Hela kommunen" row on a pale teal band, a footnote and comments. P. 3: "3 Utvecklingen per
månad" with Tabell 2, the whole
municipality per month (a stacked heading "Hushåll" over 2027 / 2026 and "Utbetalt, tkr" over Utfall 2027 /
Budget 2027 / Utfall 2026), the 2027 outcome column on a PALE AMBER COLUMN BAND, a bold "Januari–juni¹" row
(average households, summed amounts) with its note; "4 Analys" (the passage on the sawmill in Mjärdalen), "5
Åtgärder" as a numbered list, "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common51 import HERE, Doc
from data import (A_DISTRICTS, A_DNR, A_DATE, A_HEAD, A_ECON, A_MONTHS3, A_PASSAGE, A_ACTIONS, a_cells, a_dev,
                  a_total_cells, a_months, a_month_cells, a_half_cells, a_qa, g)

OUT = HERE / "dalkvista-sn-ekonomiskt-bistand-jan-jun-2027.pdf"
TEAL = (0, 94, 104)
PALE_TEAL = (222, 238, 240)
AMBER = (222, 146, 22)
PALE_AMBER = (253, 242, 220)
RED = (190, 30, 40)
GREY = (100, 100, 100)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*TEAL)
        self.rect(0, 0, self.w, 7, style="F")
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.w - self.r_margin - 30, 1.6)
        self.cell(30, 4, f"{self.page_no()} (3)", align="R")
        self.set_text_color(*TEAL)
        self.set_font("Sans", "B", 8.2)
        self.set_xy(self.l_margin, 10)
        self.cell(90, 4, "Dalkvista kommun · Socialnämnden")
        self.set_font("Sans", "", 8.2)
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, "Ekonomiskt bistånd januari–juni 2027", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(21)


pdf = ADoc("Dalkvista kommun", font="liberation", serif=False, accent=TEAL, foot="", justify=False,
           created=dt.datetime(2027, 8, 17, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# the coin-stack mark
pdf.set_fill_color(*TEAL)
pdf.rect(22, 13, 17, 17, style="F", round_corners=True, corner_radius=3)
for k in range(4):
    cx = 30.5 + (0.8 if k % 2 else -0.5)
    cy = 26.0 - k * 2.6
    pdf.set_fill_color(170, 104, 10)
    pdf.ellipse(cx - 5.2, cy - 1.3, 10.4, 3.6, style="F")
    pdf.set_fill_color(*AMBER)
    pdf.ellipse(cx - 5.2, cy - 1.9, 10.4, 3.2, style="F")
pdf.set_xy(43, 14.2)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*TEAL)
pdf.cell(90, 6.5, "DALKVISTA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(90, 5, "Socialnämnden")
pdf.set_char_spacing(1.4)
pdf.set_font("Sans", "B", 8)
pdf.set_xy(120, 18)
pdf.cell(68, 4, "UPPFÖLJNING 2027:2", align="R")
pdf.set_char_spacing(0)
pdf.hline(22, 188, 33.5, 0.9, TEAL)
pdf.set_y(38)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*TEAL)
pdf.multi_cell(0, 8, "Ekonomiskt bistånd – uppföljning januari–juni 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Försörjningsstöd per distrikt och månad jämfört med budget", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Handläggare", f"{A_HEAD[0]}, {A_HEAD[1]}"),
        ("Till", "Socialnämndens arbetsutskott")], lw=32, size=9, lh=4.6)
pdf.h1("1 Första halvåret i frågor och svar", size=12.5)
for qtext, ans in a_qa():
    pdf.need(22)
    y = pdf.get_y()
    pdf.set_fill_color(*TEAL)
    pdf.rect(22, y + 0.4, 4.2, 4.2, style="F")
    pdf.set_font("Sans", "B", 7.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, y + 0.5)
    pdf.cell(4.2, 4, "F", align="C")
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(28.5, y)
    pdf.multi_cell(0, 5, qtext, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y0 = pdf.get_y() + 0.6
    pdf.set_xy(31, y0)
    pdf.set_font("Sans", "", 9.6)
    pdf.multi_cell(pdf.epw - 9, 4.8, ans, align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_fill_color(*AMBER)
    pdf.rect(28.8, y0 + 0.3, 0.9, y1 - y0 - 0.6, style="F")
    pdf.ln(3.2)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Beloppen avser utbetalt försörjningsstöd enligt riksnormen och för skäliga kostnader utöver "
               "normen. Ett hushåll räknas en gång per månad.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Försörjningsstöd per distrikt", size=12.5)
pdf.p("Tabell 1 visar antalet hushåll och det utbetalda försörjningsstödet per distrikt under årets andra kvartal, "
      "och utfallet för hela perioden januari–juni jämfört med distriktens budget.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Hushåll och utbetalt försörjningsstöd per distrikt, april–juni 2027", new_x="LMARGIN",
         new_y="NEXT")
X = 22
WID = [34, 13.5, 12.5, 13.5, 12.5, 13.5, 12.5, 17, 17, 20]
AL = ["L"] + ["R"] * 9
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
FS = 8.6
y_top = pdf.get_y() + 2
pdf.hline(X, XS[-1], y_top, 0.8, TEAL)
# heading, level 1
pdf.set_font("Cond", "B", 8.6)
pdf.set_text_color(*TEAL)
for j, m in enumerate(A_MONTHS3):
    pdf.set_xy(XS[1 + 2 * j], y_top + 0.9)
    pdf.cell(XS[3 + 2 * j] - XS[1 + 2 * j], 4, m, align="C")
    pdf.hline(XS[1 + 2 * j] + 1.5, XS[3 + 2 * j] - 1.5, y_top + 5.3, 0.3, TEAL)
pdf.set_xy(XS[7], y_top + 0.9)
pdf.cell(XS[10] - XS[7], 4, "Januari–juni", align="C")
pdf.hline(XS[7] + 1.5, XS[10] - 1.5, y_top + 5.3, 0.3, AMBER)
pdf.set_text_color(0, 0, 0)
HEAD = ["Distrikt", "Hushåll", "tkr", "Hushåll", "tkr", "Hushåll", "tkr", "Utfall, tkr", "Budget, tkr",
        "Avvikelse, tkr¹"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.0, what="Tabell 1 heading")
pdf.row(X, y_top + 5.5, WID, AL, HEAD, size=8.0, font="Cond", style="B", h=8.6)
y = y_top + 14.4
pdf.hline(X, XS[-1], y, 0.45, TEAL)
for dd in A_DISTRICTS:
    cells = a_cells(dd)
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    neg = a_dev(dd) < 0
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.6,
                styles=[None] * 9 + ["B" if neg else None], colors=[None] * 9 + [RED if neg else None])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (190, 190, 190))
cells = a_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.7)
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(X, y, XS[-1] - X, h, style="F")
tot_neg = cells[-1].startswith("\u2212")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.7, h=h,
        colors=[None] * 9 + [RED if tot_neg else None])
y += h
pdf.hline(X, XS[-1], y, 0.8, TEAL)
# double hairlines between the month groups and the amber frame round the January–June block
for j in (3, 5):
    pdf.vline(XS[j] - 0.35, y_top + 0.8, y - 0.4, 0.15, (120, 120, 120))
    pdf.vline(XS[j] + 0.35, y_top + 0.8, y - 0.4, 0.15, (120, 120, 120))
pdf.set_draw_color(*AMBER)
pdf.set_line_width(0.6)
pdf.rect(XS[7] + 0.2, y_top + 0.4, XS[10] - XS[7] - 0.4, y - y_top - 0.8)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 1.6)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "¹ Avvikelse = budget minus utfall. Ett negativt tal betyder att distriktet har överskridit "
               "sin budget för perioden. Utfallet januari–juni omfattar även första kvartalet.", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Kommentarer")
pdf.p("Antalet hushåll ökade mest i Mjärdalen under kvartalet. I Ingsbo och Tuvhammar fick färre hushåll stöd i juni "
      "än i april.", size=9.4)
pdf.p("Två distrikt, Dalkvista centrum och Mjärdalen, har överskridit sin budget för perioden. I Dalkvista centrum "
      "beror det främst på högre hyror för de hushåll som har flyttat till nyproducerade lägenheter. De övriga fyra "
      "distrikten ligger under budget.", size=9.4)
pdf.p("Distrikten följer samma indelning som socialtjänstens mottagningsenheter. Hushåll som flyttar mellan distrikt "
      "under en månad räknas i det distrikt där ansökan prövades.", size=9.4)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2, analysis, actions, decision
pdf.add_page()
pdf.h1("3 Utvecklingen per månad", size=12.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Hushåll och utbetalt försörjningsstöd per månad, hela kommunen", new_x="LMARGIN",
         new_y="NEXT")
W2 = [34, 20, 20, 24, 24, 24]
A2 = ["L", "R", "R", "R", "R", "R"]
X2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y_top = pdf.get_y() + 2
pdf.hline(X, X2[-1], y_top, 0.8, TEAL)
pdf.set_font("Cond", "B", 8.6)
pdf.set_text_color(*TEAL)
pdf.set_xy(X2[1], y_top + 0.9)
pdf.cell(X2[3] - X2[1], 4, "Hushåll", align="C")
pdf.hline(X2[1] + 1.5, X2[3] - 1.5, y_top + 5.3, 0.3, TEAL)
pdf.set_xy(X2[3], y_top + 0.9)
pdf.cell(X2[6] - X2[3], 4, "Utbetalt, tkr", align="C")
pdf.hline(X2[3] + 1.5, X2[6] - 1.5, y_top + 5.3, 0.3, TEAL)
pdf.set_text_color(0, 0, 0)
H2 = ["Månad", "2027", "2026", "Utfall 2027", "Budget 2027", "Utfall 2026"]
pdf.row(X, y_top + 5.5, W2, A2, H2, size=8.0, font="Cond", style="B", h=5.6)
y = y_top + 11.4
pdf.hline(X, X2[-1], y, 0.45, TEAL)
y_band = y
for r in a_months():
    cells = a_month_cells(r)
    h = pdf.row_h(W2, cells, size=FS, font="Cond", vpad=1.5)
    pdf.set_fill_color(*PALE_AMBER)
    pdf.rect(X2[3], y, W2[3], h, style="F")
    pdf.row(X, y, W2, A2, cells, size=FS, font="Cond", vpad=1.5, h=h,
            styles=[None, "B", None, "B", None, None], colors=[None, None, GREY, None, None, GREY])
    y += h
    pdf.hline(X, X2[-1], y, 0.1, (190, 190, 190))
cells = a_half_cells()
h = pdf.row_h(W2, cells, size=FS, font="Cond", style="B", vpad=1.7)
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(X, y, X2[-1] - X, h, style="F")
pdf.row(X, y, W2, A2, cells, size=FS, font="Cond", style="B", vpad=1.7, h=h)
y += h
pdf.hline(X, X2[-1], y, 0.8, TEAL)
pdf.set_y(y + 1.6)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "¹ Hushåll: genomsnitt per månad. Belopp: summa för perioden. Den skuggade kolumnen är årets "
               "utfall.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h1("4 Analys", size=12.5)
pdf.p("Utbetalningarna har legat över budget varje månad sedan maj. Kostnaderna har ökat mest i Mjärdalen, där "
      f"antalet hushåll har stigit stadigt under våren. Orsaken är att {A_PASSAGE}. Många av dem väntas få arbete "
      "eller gå vidare till studier under hösten.", size=9.4)
pdf.h1("5 Åtgärder", size=12.5)
pdf.numbered(A_ACTIONS, size=9.4, lh=4.7)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Socialnämnden föreslås besluta", [
    "lägga uppföljningen av ekonomiskt bistånd för januari–juni 2027 till handlingarna, samt",
    "ge förvaltningen i uppdrag att redovisa effekten av åtgärderna i Mjärdalen vid nämndens sammanträde i "
    "november 2027."], size=9.4)
pdf.ln(2)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Dalkvista den {A_DATE.day} augusti {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{A_HEAD[0]}\n{A_HEAD[1]}", f"{A_ECON[0]}\n{A_ECON[1]}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
