"""(a) Region Emtuna – årsredovisning 2026, utdrag: ekonomisk analys, fem år i sammandrag, resultaträkning med noter i
urval och driftredovisning (pages 34–37 of the printed report).

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages, a PETROL
accent. Every page carries a THUMB INDEX on the right edge like a printed report with register tabs: five stacked
tabs bleeding off the edge, the chapters' numbers in white on grey, the current chapter's tab wider, in the accent
colour, with its name ROTATED 90°; the footer carries the page number of the printed report (34–37) at the outer
corner and the report name in small capitals. The running header is a hairline with the chapter name. P. 1: a
letter-spaced kicker, the title, an ITALIC INGRESS, the convention line "Belopp inom parentes avser föregående år",
running text with competing figures written the annual-report way with the previous year in parentheses (result
186,4 (92,7) vs the budget 140,0; 1,9 (1,0) % vs the goal 2,0 %; balance-requirement result 171,9; net costs +4,5
(6,2) % vs taxes and grants +5,1 (4,3) %; the budget deviations 118,5 / 34,2 / 106,3 / −286,5) and Figur 1, an
AREA CHART of the result 2022–2026 (the area above zero in pale petrol, below zero in pale red, the line with
markers and every value printed, a zero line and year labels). P. 2: "Fem år i sammandrag", the key figures with
the years OLDEST FIRST, three GROUP ROWS in small letter-spaced capitals over a hairline, the 2026 column under a
SHORT THICK ACCENT BAR above its heading and in bold, zebra-free hairlines, and comments. P. 3: the income statement
("Resultaträkning") with a NOT COLUMN of note numbers, the subtotals in bold over a thin rule and "Årets resultat"
over a DOUBLE RULE; then "Noter i urval" set in TWO COLUMNS, each note a small three-column table (post / 2026 /
2025) with a bold sum. P. 4: the operating statement ("Driftredovisning") with Budget 2026 / Utfall 2026 / Utfall
2025 / Avvikelse mot budget, the finance row carrying a FOOTNOTE MARK with the note under the table, the sum row
bold between rules; comments per operating area (the passage on health care) and "Händelser efter årets slut" as a
"•" list. Metadata title set.
"""
import datetime as dt

from common42 import HERE, Doc, nb
from data import (A_YEARS, A_NOTES, A_BUDGET_RESULT, A_TAX_OVER_BUDGET, A_FIN_OVER_BUDGET, A_GOAL_PCT, A_FIN_NOTE,
                  A_PASSAGE, A_DIRECTOR, A_CFO, A_CHAIR, A_KEY_GROUPS, a_is_rows, a_is_cells, a_keys, a_fmt, a_ops,
                  a_op_cells, a_ops_sum, a_result, a_tax, a_net, d1, g)

OUT = HERE / "region-emtuna-arsredovisning-2026-utdrag.pdf"
PET = (0, 84, 110)
PALE = (214, 231, 236)
RED = (178, 40, 40)
PALER = (246, 222, 222)
CHAPTERS = [("1", "Inledning"), ("2", "Förvaltningsberättelse"), ("3", "Räkenskaper"), ("4", "Verksamheterna"),
            ("5", "Revision")]
PAGE_CHAPTER = {1: "2", 2: "2", 3: "3", 4: "3"}
FIRST_PRINTED = 34


class ADoc(Doc):
    def header(self):
        ch = dict(CHAPTERS)[PAGE_CHAPTER[self.page_no()]]
        self.set_y(11)
        self.set_font("Sans", "", 7.6)
        self.set_text_color(110, 110, 110)
        self.set_x(self.l_margin)
        self.cell(60, 4, "REGION EMTUNA · ÅRSREDOVISNING 2026")
        self.set_x(self.w - self.r_margin - 80)
        self.cell(80, 4, f"{PAGE_CHAPTER[self.page_no()]} {ch}", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.15, (160, 160, 160))
        self.set_y(24)

    def footer(self):
        n = FIRST_PRINTED + self.page_no() - 1
        self.set_y(-14)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*PET)
        self.set_x(self.w - self.r_margin - 20)
        self.cell(20, 5, str(n), align="R")
        self.set_text_color(0, 0, 0)
        self.thumb_index()

    def thumb_index(self):
        cur = PAGE_CHAPTER[self.page_no()]
        y = 60
        for nr, name in CHAPTERS:
            h = 26
            if nr == cur:
                w = 11
                self.set_fill_color(*PET)
                self.rect(self.w - w, y, w, h + 22, style="F", round_corners=("TOP_LEFT", "BOTTOM_LEFT"),
                          corner_radius=1.6)
                self.set_text_color(255, 255, 255)
                self.set_font("Sans", "B", 9)
                self.set_xy(self.w - w + 1, y + 2)
                self.cell(w - 2, 5, nr, align="C")
                self.set_font("Sans", "", 7.2)
                with self.rotation(90, self.w - 4.2, y + h + 19):
                    self.set_xy(self.w - 4.2, y + h + 19 - 3)
                    self.cell(40, 3.6, name)
                y += h + 24
            else:
                w = 6
                self.set_fill_color(178, 190, 194)
                self.rect(self.w - w, y, w, h, style="F", round_corners=("TOP_LEFT", "BOTTOM_LEFT"),
                          corner_radius=1.2)
                self.set_text_color(255, 255, 255)
                self.set_font("Sans", "B", 8)
                self.set_xy(self.w - w + 0.5, y + h / 2 - 2.5)
                self.cell(w - 1, 5, nr, align="C")
                y += h + 2
            self.set_text_color(0, 0, 0)


pdf = ADoc("", font="liberation", serif=True, accent=PET, justify=True,
           title="Region Emtuna – Årsredovisning 2026 (utdrag)", author="Region Emtuna, regionledningskontoret",
           created=dt.datetime(2027, 3, 30, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 24, 24)
pdf.set_auto_page_break(True, 20)

res26, res25 = a_result(2026), a_result(2025)
tax26, tax25 = a_tax(2026), a_tax(2025)
keys = {k[1]: k[2] for k in a_keys()}
netg = keys["Förändring av verksamhetens nettokostnader, %"]
taxg = keys["Förändring av skatteintäkter och generella statsbidrag, %"]
pct = keys["Årets resultat i % av skatteintäkter och generella statsbidrag"]
unreal = [r for r in A_NOTES[7][1] if r[0].startswith("Orealiserade")][0][1]
ops_b, ops_u, ops_p = a_ops_sum()
hs = a_ops()[0]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*PET)
pdf.set_char_spacing(1.6)
pdf.cell(0, 5, "2 FÖRVALTNINGSBERÄTTELSE", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
pdf.set_font("Sans", "B", 22)
pdf.cell(0, 11, "Ekonomisk analys", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.p("Regionen redovisar ett positivt resultat för tredje året i rad. Resultatet är bättre än budgeterat, men "
      "hälso- och sjukvården har ett stort underskott och det finansiella målet nås inte fullt ut.", size=11.2,
      style="I", lh=5.6, after=3)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Belopp inom parentes avser föregående år.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.h2("Årets resultat")
pdf.p(f"Regionens resultat för 2026 blev {d1(res26)} mnkr ({d1(res25)}). Det är {d1(res26 - A_BUDGET_RESULT)} mnkr "
      f"bättre än det budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr. Resultatet motsvarar {d1(pct[-1])} procent "
      f"av skatteintäkter och generella statsbidrag ({d1(pct[-2])}), vilket är något lägre än regionfullmäktiges "
      f"finansiella mål på {d1(A_GOAL_PCT)} procent.", size=10)
pdf.p(f"Balanskravsresultatet uppgick till {d1(res26 - unreal)} mnkr efter avdrag för orealiserade vinster på "
      f"värdepapper med {d1(unreal)} mnkr. Regionen uppfyller därmed balanskravet och har inga tidigare underskott "
      f"kvar att återställa.", size=10)
pdf.h2("Nettokostnader och skatteintäkter")
pdf.p(f"Verksamhetens nettokostnader ökade med {d1(netg[-1])} procent ({d1(netg[-2])}) till {d1(a_net(2026))} mnkr, "
      f"medan skatteintäkter och generella statsbidrag ökade med {d1(taxg[-1])} procent ({d1(taxg[-2])}) till "
      f"{d1(tax26)} mnkr. Intäkterna ökade därmed snabbare än kostnaderna, vilket inte hade skett sedan 2024.",
      size=10)
pdf.p(f"Jämfört med budget blev skatteintäkter och generella statsbidrag {d1(A_TAX_OVER_BUDGET)} mnkr högre och "
      f"finansnettot {d1(A_FIN_OVER_BUDGET)} mnkr bättre, medan verksamheternas nettokostnader blev "
      f"{d1(ops_u - ops_b)} mnkr högre än budgeterat. Den största avvikelsen står hälso- och sjukvården för, "
      f"{d1(hs[1] - hs[2])} mnkr.", size=10)

# Figur 1: area chart of the result 2022–2026
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Årets resultat 2022–2026, mnkr", new_x="LMARGIN", new_y="NEXT")
vals = [a_result(y) for y in A_YEARS]
CX, CW, CH = 34, 128, 52
top = pdf.get_y() + 6
vmax, vmin = 240.0, -80.0
y0 = top + CH * vmax / (vmax - vmin)


def Y(v):
    return top + CH * (vmax - v) / (vmax - vmin)


xs = [CX + i * CW / (len(vals) - 1) for i in range(len(vals))]
for i in range(len(vals) - 1):
    xa, xb, va, vb = xs[i], xs[i + 1], vals[i], vals[i + 1]
    pieces = []
    if (va >= 0) == (vb >= 0):
        pieces.append(([(xa, y0), (xa, Y(va)), (xb, Y(vb)), (xb, y0)], va >= 0))
    else:
        xc = xa + (xb - xa) * va / (va - vb)
        pieces.append(([(xa, y0), (xa, Y(va)), (xc, y0)], va >= 0))
        pieces.append(([(xc, y0), (xb, Y(vb)), (xb, y0)], vb >= 0))
    for pts, pos in pieces:
        pdf.set_fill_color(*(PALE if pos else PALER))
        pdf.polygon(pts, style="F")
for v in (200, 100, -50):
    pdf.hline(CX - 2, CX + CW + 2, Y(v), 0.1, (200, 200, 200), dash=(0.8, 0.8))
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(130, 130, 130)
    pdf.set_xy(CX - 14, Y(v) - 2)
    pdf.cell(11, 4, g(v), align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(CX - 2, CX + CW + 2, y0, 0.4, (60, 60, 60))
pdf.set_draw_color(*PET)
pdf.set_line_width(0.7)
pdf.polyline([(x, Y(v)) for x, v in zip(xs, vals)])
pdf.set_line_width(0.2)
for x, v, yr in zip(xs, vals, A_YEARS):
    pdf.set_fill_color(*(PET if v >= 0 else RED))
    pdf.ellipse(x - 1.2, Y(v) - 1.2, 2.4, 2.4, style="F")
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*(PET if v >= 0 else RED))
    ty = Y(v) - 6 if v >= 0 else Y(v) + 1.8
    pdf.set_xy(x - 10, ty)
    pdf.cell(20, 4, d1(v), align="C")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 10, top + CH + 2)
    pdf.cell(20, 4, str(yr), align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 fem år i sammandrag
pdf.add_page()
pdf.h1("Fem år i sammandrag", size=15)
pdf.p("Tabellen visar regionens ekonomiska utveckling under de senaste fem åren. Nyckeltalen beskriver resultat "
      "och kapacitet samt risk och kontroll, enligt den finansiella analysmodell som regionen använder.", size=9.8)
X0 = 22
WK = [70] + [19.5] * 5
AK = ["L"] + ["R"] * 5
TW = sum(WK)
y = pdf.get_y() + 3
pdf.set_fill_color(*PET)
pdf.rect(X0 + TW - WK[-1] + 3, y - 1.8, WK[-1] - 4, 1.6, style="F")
h = pdf.row(X0, y, WK, AK, ["Nyckeltal"] + [str(yv) for yv in A_YEARS], style="B", size=9, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
for grp in A_KEY_GROUPS:
    y += 2.5
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*PET)
    pdf.set_char_spacing(1.2)
    pdf.set_xy(X0 + 1.2, y)
    pdf.cell(TW, 4.5, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 5
    pdf.hline(X0, X0 + TW, y, 0.2, PET)
    for k in [k for k in a_keys() if k[0] == grp]:
        cells = [k[1]] + [a_fmt(v, k[3]) for v in k[2]]
        h = pdf.row(X0, y, WK, AK, cells, size=9, font="Cond", styles=[None] * 5 + ["B"])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
pdf.set_y(y + 6)
sol = keys["Soliditet, %"]
loans = keys["Långfristiga lån, mnkr"]
selff = keys["Självfinansieringsgrad av nettoinvesteringarna, %"]
pdf.h2("Kommentarer")
pdf.p(f"Soliditeten ökade till {d1(sol[-1])} procent och är den högsta under femårsperioden. Om hela "
      f"pensionsskulden räknas in är soliditeten fortfarande negativ, men den har förbättrats varje år sedan 2023.",
      size=9.8)
pdf.p(f"Nettoinvesteringarna uppgick till {d1(keys['Nettoinvesteringar, mnkr'][-1])} mnkr. Självfinansieringsgraden "
      f"blev {selff[-1]} procent, vilket innebär att en mindre del av investeringarna behövde finansieras med lån. "
      f"Regionen amorterade {d1(loans[-2] - loans[-1])} mnkr på de långfristiga lånen under året.", size=9.8)
pdf.p("Skattesatsen har varit oförändrad sedan höjningen 2024. Befolkningen fortsätter att växa, främst genom "
      "inflyttning till de tre största tätorterna.", size=9.8)

# ---------------------------------------------------------------- p. 3 resultaträkning and notes
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*PET)
pdf.set_char_spacing(1.6)
pdf.cell(0, 5, "3 RÄKENSKAPER", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.h1("Resultaträkning", size=15)
WR = [92, 14, 28, 28]
AR = ["L", "C", "R", "R"]
TR = sum(WR)
y = pdf.get_y() + 2
h = pdf.row(X0, y, WR, AR, ["Belopp i mnkr", "Not", "2026", "2025"], style="B", size=9.2, font="Cond")
y += h
pdf.hline(X0, X0 + TR, y, 0.6, (40, 40, 40))
for r in a_is_rows():
    kind = r[0]
    if kind == "sum":
        pdf.hline(X0 + WR[0] + WR[1], X0 + TR, y, 0.25, (40, 40, 40))
    if kind == "result":
        y += 1.5
    h = pdf.row(X0, y, WR, AR, a_is_cells(r), size=9.4, font="Cond", style="B" if kind != "row" else "",
                vpad=1.3)
    y += h
    if kind == "result":
        pdf.hline(X0 + WR[0] + WR[1], X0 + TR, y + 0.3, 0.25, (40, 40, 40))
        pdf.hline(X0 + WR[0] + WR[1], X0 + TR, y + 1.1, 0.25, (40, 40, 40))
pdf.set_y(y + 8)
pdf.h2("Noter i urval", size=11)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Belopp i mnkr. Noterna 2–4 redovisas i den fullständiga årsredovisningen.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
ytop = pdf.get_y() + 3
ybot = ytop
COLW = 80
WN = [48, 16, 16]
AN = ["L", "R", "R"]
for col, notes in enumerate(((5, 6), (7, 8))):
    x = X0 + col * (COLW + 6)
    y = ytop
    for n in notes:
        title, rows = A_NOTES[n]
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_text_color(*PET)
        pdf.set_xy(x, y)
        pdf.cell(COLW, 5, f"Not {n} {title}")
        pdf.set_text_color(0, 0, 0)
        y += 5.5
        h = pdf.row(x, y, WN, AN, ["", "2026", "2025"], style="B", size=8.2, font="Cond", vpad=0.6)
        y += h
        pdf.hline(x, x + sum(WN), y, 0.2, (80, 80, 80))
        for lab, v26, v25 in rows:
            h = pdf.row(x, y, WN, AN, [lab, d1(v26), d1(v25)], size=8.2, font="Cond", vpad=0.6)
            y += h
        pdf.hline(x, x + sum(WN), y, 0.2, (80, 80, 80))
        h = pdf.row(x, y, WN, AN, ["Summa", d1(sum(r[1] for r in rows)), d1(sum(r[2] for r in rows))],
                    style="B", size=8.2, font="Cond", vpad=0.6)
        y += h + 5
    ybot = max(ybot, y)
pdf.vline(X0 + COLW + 3, ytop, ybot - 5, 0.15, (190, 190, 190))

# ---------------------------------------------------------------- p. 4 driftredovisning
pdf.add_page()
pdf.h1("Driftredovisning", size=15)
pdf.p("Driftredovisningen visar nettokostnaden per verksamhetsområde jämfört med budget. En positiv avvikelse "
      "innebär att verksamheten har kostat mindre än budgeterat.", size=9.8)
WD = [70, 22.5, 22.5, 22.5, 26.5]
AD = ["L", "R", "R", "R", "R"]
TD = sum(WD)
y = pdf.get_y() + 3
pdf.set_fill_color(*PALE)
hh = pdf.row_h(WD, ["Verksamhetsområde, mnkr", "Budget 2026", "Utfall 2026", "Utfall 2025", "Avvikelse mot budget"],
               style="B", size=8.8, font="Cond")
pdf.rect(X0, y, TD, hh, style="F")
h = pdf.row(X0, y, WD, AD, ["Verksamhetsområde, mnkr", "Budget 2026", "Utfall 2026", "Utfall 2025",
                            "Avvikelse mot budget"], style="B", size=8.8, font="Cond")
y += h
pdf.hline(X0, X0 + TD, y, 0.5, PET)
for o in a_ops():
    cells = a_op_cells(o)
    neg = o[1] - o[2] < 0
    h = pdf.row(X0, y, WD, AD, cells, size=9.2, font="Cond",
                colors=[None, None, None, None, RED if neg else None])
    y += h
    pdf.hline(X0, X0 + TD, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TD, y, 0.5, PET)
h = pdf.row(X0, y, WD, AD, ["Verksamhetens nettokostnader", d1(ops_b), d1(ops_u), d1(ops_p),
                            d1(ops_b - ops_u, plus=True)], size=9.2, font="Cond", style="B")
y += h
pdf.hline(X0, X0 + TD, y, 0.5, PET)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TD, 3.6, A_FIN_NOTE, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer per verksamhetsområde")
koll = a_ops()[2]
pdf.p(f"Hälso- och sjukvården redovisar en nettokostnad på {d1(hs[2])} mnkr, vilket är {d1(hs[2] - hs[1])} mnkr mer "
      f"än budgeterat. Underskottet förklaras främst av att {A_PASSAGE}. Regionstyrelsen har gett hälso- och "
      f"sjukvårdsnämnden i uppdrag att ta fram en plan för att minska beroendet av inhyrd personal.", size=9.8)
pdf.p(f"Kollektivtrafikens underskott på {d1(koll[2] - koll[1])} mnkr beror på högre kostnader för drivmedel och "
      f"underhåll av bussar än beräknat. Övriga verksamhetsområden redovisar överskott mot budget, främst till följd "
      f"av vakanser och lägre lokalkostnader.", size=9.8)
pdf.h2("Händelser efter årets slut")
pdf.bullets(["Regionstyrelsen har beslutat om ett åtgärdsprogram för hälso- och sjukvårdens ekonomi.",
             "Avtalet om regionens nya trafikupphandling har undertecknats och gäller från december.",
             "Den nya akutmottagningen vid Dalvretens sjukhus togs i bruk i februari."], size=9.8)
pdf.ln(2)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 4, f"Ansvariga för avsnittet: {A_CFO[0]}, {A_CFO[1]}, och {A_DIRECTOR[0]}, {A_DIRECTOR[1]}. "
               f"Årsredovisningen har lagts fram av regionstyrelsen, vars ordförande är {A_CHAIR[0]}.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
