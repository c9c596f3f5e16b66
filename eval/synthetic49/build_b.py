"""(b) Hovsäters kommun – tekniska nämnden: VA-plan 2027–2036, del 3: investeringar i vatten och avlopp.

Layout: DejaVu Sans throughout (tables in DejaVu Sans Condensed), 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; deep
water blue and copper. P. 1 has no running header: a DRAWN WATER TOWER (a blue mushroom-shaped tank with a copper band
on a tapering shaft) beside "HOVSÄTERS KOMMUN / Tekniska nämnden · VA-avdelningen", a copper-outlined label "VA-PLAN
2027–2036 · DEL 3" at the right, a blue rule, the title and a subtitle, a key–value block, "1 Sammanfattning" with
COMPETING FIGURES in running text (626,4 mnkr vs the previous plan's 468,0; 426,7 in the first five years vs 199,7 in
2032–2036; the waterworks 148,6; 303 km of pipes, 165 km laid before 1980; the fee rise 6,5 %) and Figur 1, a
HISTOGRAM of the pipe network by decade of laying (adjacent bars without gaps, the bars before 1980 in copper, every
value printed above its bar, a bracket over the copper bars with their sum). Pp. 2–3 have a running header (a short
copper bar, "Hovsäters kommun · VA-plan 2027–2036" at the left, "Investeringar · sida n av 3" at the right) over a
blue hairline. P. 2 (LANDSCAPE): Tabell 1, all projects with Område / Start / Klart / Totalt, tkr and a STACKED
HEADING "Investeringsutgift per år, tkr" over 2027 … 2031 and 2032–2036, GROUP ROWS ON A PALE BLUE BAND LED BY A
DRAWN ICON for each kind of investment (a water drop, three wavy lines, a rain cloud, a pipe bend, a house), "–" for
years without money, ITALIC "Summa …" rows per group and a bold "Summa investeringar" row over a double rule. P. 3
(portrait): "3 Sammanställning" with Tabell 2, the same investments per group in MNKR (the unit changes from the
tkr of Tabell 1), a bold Summa row and a rounding note, "4 Prioriteringar" (the passage on the waterworks at
Hemsjön), "5 Finansiering", "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common49 import HERE, Doc
from data import (B_PROJECTS, B_GROUPS, B_YEARS, B_LATE, B_AGE, B_DNR, B_DATE, B_CHIEF, B_ENG, B_FEE_RISE,
                  B_PASSAGE, b_cells, b_group_rows, b_group_sum_cells, b_total_cells, b_summary_cells,
                  b_summary_total_cells, b_sentences, b_sum_tkr, d1)

OUT = HERE / "hovsater-tn-va-plan-investeringar-2027-2036.pdf"
BLUE = (22, 74, 124)
PALE_BLUE = (224, 236, 246)
COPPER = (184, 102, 48)
GREY = (100, 100, 100)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*COPPER)
        self.rect(self.l_margin, 10.8, 8, 2.6, style="F")
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*BLUE)
        self.set_xy(self.l_margin + 10, 10)
        self.cell(100, 4.2, "Hovsäters kommun · VA-plan 2027–2036")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.w - self.r_margin - 80, 10)
        self.cell(80, 4.2, f"Investeringar · sida {self.page_no()} av 3", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 15.6, 0.3, BLUE)
        self.set_y(21)


pdf = BDoc("Hovsäters kommun", font="dejavu", serif=False, accent=BLUE, foot="", justify=False,
           created=dt.datetime(2027, 5, 12, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 15)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# water tower: tank (a flattened ellipse over a cone), copper band, tapering shaft
tx, ty = 28, 12
pdf.set_fill_color(*BLUE)
pdf.ellipse(tx - 8, ty, 16, 6.5, style="F")
pdf.polygon([(tx - 8, ty + 3.2), (tx + 8, ty + 3.2), (tx + 2.2, ty + 9), (tx - 2.2, ty + 9)], style="F")
pdf.set_fill_color(*COPPER)
pdf.rect(tx - 7.4, ty + 2.6, 14.8, 1.3, style="F")
pdf.set_fill_color(*BLUE)
pdf.polygon([(tx - 1.6, ty + 9), (tx + 1.6, ty + 9), (tx + 2.8, ty + 19), (tx - 2.8, ty + 19)], style="F")
pdf.set_fill_color(255, 255, 255)
pdf.rect(tx - 0.5, ty + 11.5, 1.0, 2.0, style="F")
pdf.hline(tx - 6, tx + 6, ty + 19.2, 0.6, GREY)
pdf.set_xy(40, 14)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*BLUE)
pdf.cell(90, 6, "HOVSÄTERS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Tekniska nämnden · VA-avdelningen")
pdf.set_draw_color(*COPPER)
pdf.set_line_width(0.5)
pdf.rect(140, 15, 50, 7.4, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(140, 16.5)
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*COPPER)
pdf.cell(50, 4.4, "VA-PLAN 2027–2036 · DEL 3", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(20, 190, 33.5, 1.1, BLUE)
pdf.set_y(38)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*BLUE)
pdf.cell(0, 8.5, "Investeringar i vatten och avlopp 2027–2036", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.3)
pdf.cell(0, 5.5, "VA-planens investeringsdel med projekt, tidplan och utgifter per år", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", B_DNR), ("Datum", B_DATE.isoformat()), ("Ansvarig", f"{B_CHIEF[0]}, {B_CHIEF[1]}"),
        ("Handläggare", f"{B_ENG[0]}, {B_ENG[1]}"), ("Beslutas av", "Kommunfullmäktige")], lw=32, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = b_sentences()
pdf.p(f"VA-planen visar hur kommunen ska trygga dricksvattnet, minska utsläppen från avloppet och klara kraftigare "
      f"regn. {s[0]} {s[1]}", size=9.6)
pdf.p(f"{s[2]} Utöver vattenverket är ombyggnaden av reningsverket i Fladdervik och utbyggnaden till "
      f"fritidshusområdet vid Hemsjön de största åtagandena.", size=9.6)
pdf.p(f"{s[3]} En stor del av dem behöver förnyas under de kommande decennierna. Brukningsavgiften i VA-taxan "
      f"föreslås höjas med {d1(B_FEE_RISE)} procent 2027 för att finansiera planen.", size=9.6)

# Figur 1: histogram
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Figur 1. Ledningsnätets längd efter anläggningsår, km", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 12
X0, X1 = 34, 180
H = 58
base = top + H
VMAX = 80
bw = (X1 - X0) / len(B_AGE)
old = B_AGE[:4]
for i, (lab, v) in enumerate(B_AGE):
    x = X0 + i * bw
    h = H * v / VMAX
    pdf.set_fill_color(*(COPPER if i < 4 else BLUE))
    pdf.rect(x, base - h, bw, h, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.35)
    pdf.rect(x, base - h, bw, h, style="D")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_xy(x, base - h - 4.4)
    pdf.cell(bw, 4, str(v), align="C")
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x, base + 1.2)
    pdf.cell(bw, 3.6, lab, align="C")
    pdf.set_text_color(0, 0, 0)
pdf.hline(X0, X1, base, 0.4, (60, 60, 60))
pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 7)
for v in (0, 20, 40, 60, 80):
    yv = base - H * v / VMAX
    pdf.hline(X0 - 1.2, X0, yv, 0.2, GREY)
    pdf.set_xy(X0 - 11, yv - 1.7)
    pdf.cell(9.5, 3.4, str(v), align="R")
pdf.set_text_color(0, 0, 0)
# bracket over the copper bars
bx0, bx1 = X0 + 0.5, X0 + 4 * bw - 0.5
by = top - 7
pdf.set_draw_color(*COPPER)
pdf.set_line_width(0.4)
pdf.line(bx0, by + 2.2, bx0, by)
pdf.line(bx0, by, bx1, by)
pdf.line(bx1, by, bx1, by + 2.2)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 7.6)
pdf.set_text_color(*COPPER)
pdf.set_xy(bx0, by - 4.2)
pdf.cell(bx1 - bx0, 3.8, f"Lagt före 1980: {sum(v for _, v in old)} km", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, base + 6.5)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Dricksvatten-, spillvatten- och dagvattenledningar. Källa: kommunens ledningsdatabas, december 2026.")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*BLUE)
pdf.cell(0, 6, "2 Investeringsprojekt 2027–2036", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.8)
pdf.multi_cell(0, 4.4, "Tabell 1 visar varje projekt med område, år för byggstart och år då anläggningen ska tas i "
               "drift. Utgifterna är beräknade i 2027 års prisnivå och redovisas per år till och med 2031 och "
               "därefter för perioden 2032–2036 sammantaget.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Investeringsprojekt och utgifter per år, tkr", new_x="LMARGIN", new_y="NEXT")
X = 20
WID = [66, 30, 12, 12, 21] + [18.5] * 5 + [23.5]
AL = ["L", "L", "C", "C", "R"] + ["R"] * 6
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - (pdf.w - 20)) > 0.01:
    raise SystemExit(f"Tabell 1 is {XS[-1] - X:.1f} mm wide, the page {pdf.w - 40:.1f}")
FS = 8.4
y = pdf.get_y() + 1
pdf.hline(X, XS[-1], y, 0.9, BLUE)
hh = 6.0
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[5], y + 1.0)
pdf.cell(XS[-1] - XS[5], 4, "Investeringsutgift per år, tkr", align="C")
pdf.hline(XS[5] + 1.2, XS[-1] - 1.2, y + hh, 0.3, BLUE)
y += hh + 0.3
head = ["Projekt", "Område", "Start", "Klart", "Totalt, tkr"] + [str(x) for x in B_YEARS] + [B_LATE]
for c, w in zip(head, WID):
    if len(pdf.cell_lines(w, c, "Cond", "B", 8.2)) > 1:
        raise SystemExit(f"heading {c!r} wraps")
pdf.row(X, y, WID, AL, head, size=8.2, font="Cond", style="B", h=5.6, vpad=0.9)
y += 5.6
pdf.hline(X, XS[-1], y, 0.5, BLUE)


def icon(kind, cx, cy):
    """Small drawn icons for the group bands."""
    pdf.set_fill_color(*BLUE)
    pdf.set_draw_color(*BLUE)
    if kind == 0:      # water drop
        pdf.circle(cx, cy + 0.6, 1.3, style="F")
        pdf.polygon([(cx - 1.25, cy + 0.3), (cx + 1.25, cy + 0.3), (cx, cy - 2.0)], style="F")
    elif kind == 1:    # three wavy lines
        pdf.set_line_width(0.35)
        for k in range(3):
            pts = [(cx - 2 + t * 0.25, cy - 1.2 + k * 1.2 + 0.35 * math.sin(t * 0.25 * 3.2)) for t in range(17)]
            pdf.polyline(pts)
        pdf.set_line_width(0.2)
    elif kind == 2:    # rain cloud
        pdf.circle(cx - 0.9, cy - 0.6, 1.1, style="F")
        pdf.circle(cx + 0.5, cy - 0.9, 1.3, style="F")
        pdf.rect(cx - 1.9, cy - 0.6, 3.6, 1.1, style="F")
        pdf.set_line_width(0.3)
        for k in range(3):
            pdf.line(cx - 1.3 + k * 1.1, cy + 0.9, cx - 1.6 + k * 1.1, cy + 2.0)
        pdf.set_line_width(0.2)
    elif kind == 3:    # pipe bend
        pdf.rect(cx - 2.0, cy - 1.6, 3.0, 1.4, style="F")
        pdf.rect(cx - 0.4, cy - 1.6, 1.4, 3.4, style="F")
        pdf.rect(cx - 2.3, cy - 1.9, 0.5, 2.0, style="F")
        pdf.rect(cx - 0.7, cy + 1.6, 2.0, 0.5, style="F")
    else:              # house
        pdf.polygon([(cx - 2.0, cy - 0.2), (cx, cy - 2.0), (cx + 2.0, cy - 0.2)], style="F")
        pdf.rect(cx - 1.4, cy - 0.2, 2.8, 2.0, style="F")
    pdf.set_draw_color(0, 0, 0)


for gi, grp in enumerate(B_GROUPS):
    pdf.set_fill_color(*PALE_BLUE)
    pdf.rect(X, y + 0.3, XS[-1] - X, 5.0, style="F")
    icon(gi, X + 3.2, y + 2.8)
    pdf.set_font("Cond", "B", 8.4)
    pdf.set_text_color(*BLUE)
    pdf.set_xy(X + 6.5, y + 0.7)
    pdf.cell(100, 4.2, grp)
    pdf.set_text_color(0, 0, 0)
    y += 5.5
    for p in b_group_rows(grp):
        cells = b_cells(p)
        for c, w in zip(cells, WID):
            lines = pdf.cell_lines(w, c, "Cond", "", FS)
            if len(lines) > 1:
                raise SystemExit(f"cell wraps: {c!r}")
        h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=0.5, lh=3.9)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
    cells = b_group_sum_cells(grp)
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="I", vpad=0.5, lh=3.9)
    y += h
    pdf.hline(X, XS[-1], y, 0.25, BLUE)
pdf.hline(X, XS[-1], y + 0.6, 0.25, BLUE)
y += 0.9
h = pdf.row(X, y, WID, AL, b_total_cells(), size=FS + 0.2, font="Cond", style="B", vpad=1.1)
y += h
pdf.hline(X, XS[-1], y, 0.9, BLUE)
if y > pdf.h - 17:
    raise SystemExit(f"Tabell 1 overflows the landscape page (y={y:.1f})")
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.add_page(orientation="P")
pdf.h1("3 Sammanställning", size=12.5)
pdf.p("Tabell 2 sammanfattar investeringarna per område i miljoner kronor. Beloppen är desamma som i tabell 1 men "
      "avrundade till en decimal.", size=9.6)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2. Investeringar per område och år, mnkr", new_x="LMARGIN", new_y="NEXT")
W2 = [50] + [15.5] * 5 + [21, 21.5]
A2 = ["L"] + ["R"] * 7
y = pdf.get_y() + 1
pdf.set_fill_color(*BLUE)
pdf.rect(20, y, sum(W2), 6.4, style="F")
pdf.row(20, y, W2, A2, ["Område"] + [str(x) for x in B_YEARS] + [B_LATE, "Totalt"], size=8.3, font="Cond",
        style="B", color=(255, 255, 255), h=6.4, vpad=1.1)
y += 6.4
for grp in B_GROUPS:
    h = pdf.row(20, y, W2, A2, b_summary_cells(grp), size=8.8, font="Cond", vpad=1.2)
    y += h
    pdf.hline(20, 20 + sum(W2), y, 0.1, (200, 200, 200))
pdf.hline(20, 20 + sum(W2), y + 0.4, 0.3, BLUE)
pdf.hline(20, 20 + sum(W2), y + 1.0, 0.3, BLUE)
y += 1.2
h = pdf.row(20, y, W2, A2, b_summary_total_cells(), size=8.8, font="Cond", style="B", vpad=1.2)
y += h
pdf.hline(20, 20 + sum(W2), y, 0.9, BLUE)
pdf.set_xy(20, y + 1.2)
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.cell(0, 3.6, "Summorna är beräknade på de exakta beloppen i tabell 1 och kan därför avvika något från "
         "summan av de avrundade talen.")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 8)
pdf.h1("4 Prioriteringar", size=12.5)
pdf.p(f"Det nya vattenverket vid Hemsjön har högsta prioritet. Skälet är att {B_PASSAGE}. Verket byggs med ett "
      "reningssteg med aktivt kol och kan tas i drift 2031.", size=9.6)
pdf.p("Reservvattentäkten i Lövudden ska vara klar innan arbetet med det nya verket börjar, så att kommunen har "
      "en andra vattenkälla under ombyggnaden. Överföringsledningen från Fäbodviken gör det möjligt att lägga ned "
      "det lilla reningsverket där och leda avloppet till Fladdervik.", size=9.6)
pdf.h1("5 Finansiering", size=12.5)
pdf.p(f"Investeringarna finansieras med VA-taxan och lån. Brukningsavgiften höjs med {d1(B_FEE_RISE)} procent "
      "2027 och därefter med ungefär lika mycket varje år till och med 2031. Åtgärderna för dagvatten och skyfall "
      "finansieras delvis med skattemedel, eftersom de också skyddar gator och parker.", size=9.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Tekniska nämnden föreslår kommunfullmäktige besluta", [
    "anta investeringsdelen av VA-planen 2027–2036,",
    "ge tekniska nämnden i uppdrag att upphandla det nya vattenverket vid Hemsjön under 2028, samt",
    "investeringarna efter 2031 ska prövas på nytt när VA-planen revideras 2030."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Hovsäter den {B_DATE.day} maj {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{B_CHIEF[0]}\n{B_CHIEF[1]}", f"{B_ENG[0]}\n{B_ENG[1]}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
