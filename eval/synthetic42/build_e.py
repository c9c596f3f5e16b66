"""(e) Bolmsta kommun – kultur- och fritidsförvaltningen: biblioteksstatistik 2026 (utlån, besök och arrangemang
per bibliotek och år).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, a TEAL accent.
P. 1 has no running header: a thin teal rule at the very top, "BOLMSTA KOMMUN" with the förvaltning in grey, the
title and subtitle, "Året i korthet" with competing figures in running text (loans 360 242 vs 358 915 vs the goal
370 000; visits 355 947 vs 354 355; 594 events with 13 882 participants vs 581 / 13 556) and Figur 1, a BOOK-SPINE
CHART: the loans of 2026 per library drawn as BOOKS STANDING ON A SHELF (spines of different colours and widths,
two thin gilt bands on each spine, height proportional to the loans, the value printed above each book, the
library's short name under the shelf plank). Pp. 2–4 have a running header. P. 2: Tabell 1 with a STACKED HEADING
("Utlån" over 2025 / 2026 / Förändring, %; "Besök" over 2025 / 2026 / Förändring, %), the 2026 columns on a PALE
TEAL TINT, falls printed in dark red, a bold "Samtliga bibliotek" row under a double rule, a FOOTNOTE MARK on
Bokbussen¹ with the note; then "Röster från låntagarna" as a SPEECH BUBBLE (a rounded box with a tail) holding a
quote from the user survey. P. 3: Tabell 2 in LONG FORMAT – one row per library and year (Bibliotek / År /
Arrangemang / Deltagare / varav barn och unga) with the library's name repeated on every row, the 2026 rows in bold,
a heavier rule between the libraries – and a comment. P. 4: "Biblioteken ett och ett" set in TWO COLUMNS with bold
run-in library names (the passage on Åsbyn), "Satsningar 2027" as a "•" LIST WITH NESTED "–" ITEMS and the chief
librarian's name. No metadata title.
"""
import datetime as dt

from common42 import HERE, Doc
from data import (E_LIBS, E_LOAN_GOAL, E_BUS_NOTE, E_EVENTS, E_PASSAGE, E_QUOTE, E_PLANS, E_CHIEF, E_DATE,
                  e_tot, e_cells, e_tot_cells, e_ev_cells, e_ev_year, pct, d1, g, dmy)

OUT = HERE / "bolmsta-biblioteksstatistik-2026.pdf"
TEAL = (0, 112, 104)
PALET = (218, 238, 235)
DRED = (160, 30, 40)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*TEAL)
            self.rect(0, 0, self.w, 3, style="F")
            self.set_y(16)
            return
        super().header()


pdf = EDoc("Bolmsta kommun", "Biblioteksstatistik 2026", "{p}/4", font="dejavu", serif=True, accent=TEAL,
           foot="Kultur- och fritidsförvaltningen · Biblioteken i Bolmsta", justify=True,
           created=dt.datetime(2027, 2, 12, 13, 40, tzinfo=dt.timezone.utc))

t = e_tot()
ev26, ev25 = e_ev_year(2026), e_ev_year(2025)
libs = {x[0].rstrip("¹"): x for x in E_LIBS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*TEAL)
pdf.cell(0, 5.5, "BOLMSTA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4.5, "Kultur- och fritidsförvaltningen · Biblioteken", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(8)
pdf.set_font("Sans", "B", 24)
pdf.cell(0, 11, "Biblioteksstatistik 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 12)
pdf.cell(0, 6.5, "Utlån, besök och arrangemang på kommunens bibliotek", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h1("Året i korthet", size=13)
pdf.p(f"Biblioteken i Bolmsta hade {g(t[1])} utlån under 2026, jämfört med {g(t[0])} året innan. Kommunens mål på "
      f"{g(E_LOAN_GOAL)} utlån nåddes därmed inte. Antalet besök ökade till {g(t[3])} från {g(t[2])}.", size=10)
pdf.p(f"Biblioteken ordnade {g(ev26[0])} arrangemang med sammanlagt {g(ev26[1])} deltagare, varav {g(ev26[2])} "
      f"barn och unga. Året innan var det {g(ev25[0])} arrangemang och {g(ev25[1])} deltagare. Minskningen i Åsbyn "
      f"under renoveringen vägdes upp av fler arrangemang på stadsbiblioteket och i Vikåsa.", size=10)
pdf.p("Siffrorna för utlån avser fysiska medier som lånats ut eller lånats om på biblioteken och i bokbussen. "
      "Besöken räknas med besöksräknare vid entréerna.", size=10)

# Figur 1: book-spine chart of the loans 2026
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Utlån per bibliotek 2026", new_x="LMARGIN", new_y="NEXT")
shelf_y = pdf.get_y() + 72
CX = 30
vmax = 200000
spine_cols = [(0, 92, 86), (150, 64, 48), (54, 84, 140), (196, 150, 40), (112, 70, 120), (84, 120, 60)]
short = ["Stadsbiblioteket", "Dalkarlsbo", "Åsbyn", "Vikåsa", "Brandstorp", "Bokbussen"]
x = CX
for k, (lib, col, sh) in enumerate(zip(E_LIBS, spine_cols, short)):
    v = lib[2]
    h = 58 * v / vmax + 6
    w = 15 + (k % 3) * 2.2
    pdf.set_fill_color(*col)
    pdf.rect(x, shelf_y - h, w, h, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=1.0)
    pdf.set_fill_color(232, 200, 110)
    pdf.rect(x + 1, shelf_y - h + 3, w - 2, 0.7, style="F")
    pdf.rect(x + 1, shelf_y - 4, w - 2, 0.7, style="F")
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(x - 6, shelf_y - h - 5)
    pdf.cell(w + 12, 4, g(v), align="C")
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(70, 70, 70)
    pdf.set_xy(x - 6, shelf_y + 3.8)
    pdf.cell(w + 12, 4, sh, align="C")
    pdf.set_text_color(0, 0, 0)
    x += w + 10
pdf.set_fill_color(120, 84, 52)
pdf.rect(CX - 6, shelf_y, x - CX + 2, 3, style="F")
pdf.set_y(shelf_y + 11)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Bokens höjd motsvarar antalet utlån. Källa: bibliotekssystemet.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("1 Utlån och besök per bibliotek", size=13)
pdf.p("Tabell 1 visar utlån och besök per bibliotek under de två senaste åren. Ändringen mellan åren anges i "
      "procent.",
      size=9.8)
X0 = 22
WID = [44, 18, 18, 19, 18, 18, 19]
AL = ["L"] + ["R"] * 6
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 2
pdf.set_font("Sans", "B", 9.5)
pdf.set_xy(X0, y)
pdf.cell(0, 5, "Tabell 1. Utlån och besök 2025–2026")
y += 7
# tint behind the 2026 columns, from heading to the total
T_TOP = y
pdf.set_font("Cond", "B", 8.8)
for text, a, b in (("Utlån", 1, 4), ("Besök", 4, 7)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 5, text, align="C")
    pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 5.4, 0.3, TEAL)
y += 6.2
HEAD = ["Bibliotek", "2025", "2026", "Ändring, %", "2025", "2026", "Ändring, %"]
for w_, c_ in zip(WID, HEAD):
    if " ".join(pdf.cell_lines(w_, c_, "Cond", "B", 8.4)).split() != c_.split():
        raise SystemExit(f"split heading {c_!r}")
hh = pdf.row_h(WID, HEAD, style="B", size=8.4, font="Cond")
rows = [e_cells(x) for x in E_LIBS]
row_hs = [pdf.row_h(WID, c, size=9, font="Cond") for c in rows]
tot_h = pdf.row_h(WID, e_tot_cells(), size=9, font="Cond", style="B")
total_height = hh + sum(row_hs) + 1.5 + tot_h
for col in (2, 5):
    pdf.set_fill_color(*PALET)
    pdf.rect(xs[col], y, WID[col], total_height + 1.2, style="F")
pdf.row(X0, y, WID, AL, HEAD, style="B", size=8.4, font="Cond")
y += hh
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
for x_, c, h in zip(E_LIBS, rows, row_hs):
    colors = [None] * 7
    for k in (3, 6):
        if c[k].startswith("−"):
            colors[k] = DRED
    pdf.row(X0, y, WID, AL, c, size=9, font="Cond", colors=colors)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + TW, y + 0.3, 0.25, (40, 40, 40))
pdf.hline(X0, X0 + TW, y + 1.1, 0.25, (40, 40, 40))
y += 1.5
pdf.row(X0, y, WID, AL, e_tot_cells(), size=9, font="Cond", style="B")
y += tot_h
pdf.hline(X0, X0 + TW, y + 1.2, 0.6, (40, 40, 40))
pdf.set_xy(X0, y + 2.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, E_BUS_NOTE, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
up_loans = [x[0].rstrip("¹") for x in E_LIBS if x[2] > x[1]]
down_vis = [x[0].rstrip("¹") for x in E_LIBS if x[4] < x[3]]
WORDS = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex"}
pdf.p(f"Utlånen ökade på {WORDS[len(up_loans)]} av {WORDS[len(E_LIBS)]} bibliotek. Bara "
      f"Dalkarlsbo och Åsbyn hade färre besök än året innan. "
      f"Stadsbiblioteket svarade för {d1(libs['Bolmsta stadsbibliotek'][2] / t[1] * 100)} procent av alla utlån.",
      size=9.8)
# speech bubble
pdf.ln(3)
pdf.h2("Röster från låntagarna")
bx, by, bw = 40, pdf.get_y() + 2, 130
pdf.set_font("Serif", "I", 10.5)
lines = pdf.multi_cell(bw - 12, 5.4, f"”{E_QUOTE}”", dry_run=True, output="LINES")
bh = len(lines) * 5.4 + 12
pdf.set_fill_color(*PALET)
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.4)
pdf.rect(bx, by, bw, bh, style="DF", round_corners=True, corner_radius=5)
pdf.polygon([(bx + 18, by + bh - 0.3), (bx + 10, by + bh + 8), (bx + 30, by + bh - 0.3)], style="F")
pdf.line(bx + 18, by + bh, bx + 10, by + bh + 8)
pdf.line(bx + 10, by + bh + 8, bx + 30, by + bh)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(bx + 6, by + 4)
pdf.multi_cell(bw - 12, 5.4, f"”{E_QUOTE}”", align="L")
pdf.set_xy(bx + 36, by + bh + 2)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.cell(100, 4, "Låntagare i Vikåsa, i bibliotekens användarenkät hösten 2026")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 Tabell 2 (long format)
pdf.add_page()
pdf.h1("2 Arrangemang", size=13)
pdf.p("Biblioteken ordnar författarbesök, sagostunder, språkcaféer, bokcirklar och digital hjälp. Tabell 2 redovisar "
      "antalet arrangemang och deltagare per bibliotek och år.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Arrangemang och deltagare per bibliotek och år", new_x="LMARGIN", new_y="NEXT")
W2 = [58, 16, 28, 26, 36]
A2 = ["L", "C", "R", "R", "R"]
T2 = sum(W2)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + T2, y, 0.6, (40, 40, 40))
h = pdf.row(X0, y, W2, A2, ["Bibliotek", "År", "Arrangemang", "Deltagare", "varav barn och unga"], style="B",
            size=8.6, font="Cond")
y += h
pdf.hline(X0, X0 + T2, y, 0.4, TEAL)
prev = None
for x_ in E_EVENTS:
    if prev is not None and x_[0] != prev:
        pdf.hline(X0, X0 + T2, y, 0.35, (90, 90, 90))
    h = pdf.row(X0, y, W2, A2, e_ev_cells(x_), size=9, font="Cond", style="B" if x_[1] == 2026 else "",
                vpad=0.9)
    y += h
    if x_[1] != 2026:
        pdf.hline(X0 + W2[0], X0 + T2, y, 0.1, (205, 205, 205))
    prev = x_[0]
pdf.hline(X0, X0 + T2, y, 0.6, (40, 40, 40))
pdf.set_y(y + 5)
sb = [x_ for x_ in E_EVENTS if x_[0] == "Bolmsta stadsbibliotek"]
pdf.p(f"Stadsbiblioteket stod för {g(sb[-1][2])} av årets {g(ev26[0])} arrangemang. Barn och unga var "
      f"{d1(ev26[2] / ev26[1] * 100)} procent av deltagarna 2026. Språkcaféerna på stadsbiblioteket och i Vikåsa "
      f"hade flest återkommande deltagare.", size=9.8)

# ---------------------------------------------------------------- p. 4 two columns
pdf.add_page()
pdf.h1("3 Biblioteken ett och ett", size=13)
COLW, GAP = 80, 6
ytop = pdf.get_y() + 1
paras = [
    ("Bolmsta stadsbibliotek.", f"Utlånen ökade med {d1(pct(libs['Bolmsta stadsbibliotek'][2], libs['Bolmsta stadsbibliotek'][1]))} "
     f"procent och besöken med {d1(pct(libs['Bolmsta stadsbibliotek'][4], libs['Bolmsta stadsbibliotek'][3]))} "
     f"procent. Det nya språkcaféet lockade många deltagare."),
    ("Dalkarlsbo bibliotek.", f"Både utlån och besök minskade något. Biblioteket förbereds för meröppet, som införs "
     f"under 2027."),
    ("Åsbyns bibliotek.", f"Besöken minskade med {d1(-pct(libs['Åsbyns bibliotek'][4], libs['Åsbyns bibliotek'][3]))} "
     f"procent eftersom {E_PASSAGE}. Sedan biblioteket öppnade igen i juni har besöken varit fler än före "
     f"stängningen."),
    ("Vikåsa bibliotek.", f"Vikåsa ökade mest av alla bibliotek, med "
     f"{d1(pct(libs['Vikåsa bibliotek'][2], libs['Vikåsa bibliotek'][1]))} procent fler utlån och "
     f"{d1(pct(libs['Vikåsa bibliotek'][4], libs['Vikåsa bibliotek'][3]))} procent fler besök. Meröppet infördes "
     f"här redan i början av 2026."),
    ("Brandstorps bibliotek.", "Biblioteket delar lokal med skolan och har flest besök under skoltid. "
     "Utlånen av barnböcker ökade."),
    ("Bokbussen.", "Bokbussen kör enligt samma tidtabell som tidigare. Den nuvarande bussen är femton år gammal och "
     "ska ersättas."),
]
col_x = [X0, X0 + COLW + GAP]
col = 0
y = ytop
for k, (title, text) in enumerate(paras):
    if k == 3:
        col, y = 1, ytop
    pdf.set_xy(col_x[col], y)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(COLW, 5, title, align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(col_x[col])
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(COLW, 4.9, text, align="L")
    y = pdf.get_y() + 3
    if k == 2:
        left_end = y
right_end = y
pdf.vline(X0 + COLW + GAP / 2, ytop, max(left_end, right_end) - 3, 0.15, (180, 180, 180))
pdf.set_y(max(left_end, right_end) + 2)
pdf.h1("4 Satsningar 2027", size=13)
for title, subs in E_PLANS:
    pdf.set_font("Serif", "", 9.8)
    pdf.set_x(24)
    pdf.cell(6, 5, "•")
    pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(6, 5, "–")
        pdf.multi_cell(0, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(6)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Bolmsta den {dmy(E_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, E_CHIEF[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, E_CHIEF[1].capitalize(), new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
