"""(c) Plogsta kommun – barn- och utbildningsnämnden: skolskjutsplan läsåret 2027/28.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, school-bus yellow and navy. P. 1 has no
running header: a DRAWN SCHOOL BUS IN SIDE VIEW (a yellow body with a navy window strip, a door, two wheels and a red
stop light) beside "PLOGSTA KOMMUN / Barn- och utbildningsnämnden", a navy rule with a yellow edge, the title, a
key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (1 046 vs 1 031 pupils with the right to
transport; 473 on the 22 procured routes; 1 602 km per school day; 16 610 tkr vs the budget 16 200 and the previous
year's 15 940; school cards 2 380 vs 2 250 tkr) and Figur 1, a STACKED AREA CHART of the pupils with the right to
school transport per school year 2023/24–2027/28 by level (F–3, 4–6, 7–9 as three tinted bands), every band's value
printed inside it and the total above each year, the planned year on a PALE YELLOW PANEL behind a dashed
"Plan" line. Pp. 2–4 have a running
header (a navy bar across the top edge with "Plogsta kommun · Skolskjutsplan 2027/28" in white at the left and
"sida n/4" at the right, over a thin yellow line). P. 2: "2 Turer läsåret 2027/28" with a short introduction and
Tabell 1 (Tur / Sträckning / Skola / Elever / Km/dag / Fordon / Entreprenör / Kostnad, tkr) under a NAVY HEADING
BAND WITH YELLOW TEXT, every tur number printed in a DRAWN BUS-STOP SIGN (a yellow rounded square in a black frame),
light rules between rows; THE TABLE BREAKS AFTER TUR 14 ("Tabell 1 fortsätter på nästa sida") and p. 3 REPEATS
"Tabell 1 (forts.)" and the heading band, ends with a bold "Totalt" row over a double rule, then Tabell 2 per
contractor (Entreprenör / Turer / Elever / Km/dag / Kostnad, tkr / Avtalet gäller till, with ISO dates) and comments.
P. 4: "3 Regler för skolskjuts" as a numbered list, "4 Förändringar inför läsåret 2027/28" (the passage on the bridge
over Urviksån), "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common48 import HERE, Doc
from data import (C_ROWS, C_BREAK_AFTER, C_DNR, C_DATE, C_COORD, C_CHIEF, C_CONTRACTORS, C_CONTRACT_END, C_LEVELS,
                  C_LEVEL_YEARS, C_BUDGET, C_PREV_COST, C_RULES, C_PASSAGE, c_cells, c_sum, c_total_cells, c_contractor,
                  c_contractor_cells, c_level_total, c_sentences, g)

OUT = HERE / "plogsta-bun-skolskjutsplan-2027-2028.pdf"
NAVY = (24, 40, 84)
YELLOW = (246, 190, 0)
PALE_YELLOW = (253, 243, 205)
GREY = (100, 100, 100)


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_fill_color(*NAVY)
        self.rect(0, 0, self.w, 12.5, style="F")
        self.set_fill_color(*YELLOW)
        self.rect(0, 12.5, self.w, 1.0, style="F")
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 4.4)
        self.cell(100, 4, "Plogsta kommun · Skolskjutsplan 2027/28")
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 100, 4, f"sida {self.page_no()}/4", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = CDoc("Plogsta kommun", font="dejavu", serif=False, accent=NAVY, foot="", justify=False,
           created=dt.datetime(2027, 4, 20, 8, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# school bus in side view
bx, by = 21, 13
pdf.set_fill_color(*YELLOW)
pdf.rect(bx, by, 24, 11, style="F", round_corners=True, corner_radius=1.6)
pdf.set_fill_color(*NAVY)
pdf.rect(bx + 2, by + 2, 16, 3.6, style="F")
pdf.rect(bx + 19.4, by + 2, 3.2, 7.4, style="F")
pdf.set_fill_color(*YELLOW)
for k in range(1, 4):
    pdf.rect(bx + 2 + k * 4, by + 2, 0.6, 3.6, style="F")
pdf.set_fill_color(*NAVY)
pdf.rect(bx + 1, by + 7.2, 17.5, 0.7, style="F")
pdf.set_fill_color(40, 40, 40)
pdf.circle(bx + 5.5, by + 11.2, 2.2, style="F")
pdf.circle(bx + 18.5, by + 11.2, 2.2, style="F")
pdf.set_fill_color(190, 190, 190)
pdf.circle(bx + 5.5, by + 11.2, 0.9, style="F")
pdf.circle(bx + 18.5, by + 11.2, 0.9, style="F")
pdf.set_fill_color(210, 40, 30)
pdf.circle(bx + 1.6, by + 1.3, 0.7, style="F")
pdf.set_xy(51, 14.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*NAVY)
pdf.cell(90, 6, "PLOGSTA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Barn- och utbildningsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31.5, 1.2, NAVY)
pdf.hline(22, 188, 32.6, 0.7, YELLOW)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*NAVY)
pdf.cell(0, 9, "Skolskjutsplan läsåret 2027/28", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Upphandlade turer, elever, körsträckor och kostnader", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", C_DNR), ("Datum", C_DATE.isoformat()), ("Handläggare", f"{C_COORD[0]}, {C_COORD[1]}"),
        ("Beslutas av", "Barn- och utbildningsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = c_sentences()
pdf.p(f"Skolskjutsplanen beskriver hur eleverna i Plogsta tar sig till och från skolan. {s[0]} {s[1]}", size=9.6)
pdf.p(f"{s[2]} {s[3]} {s[4]}", size=9.6)

# Figur 1: stacked area chart
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Elever med rätt till skolskjuts per läsår och stadium", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 7
X0, X1 = 40, 168
H = 62
base = top + H
VMAX = 1200
xs = [X0 + (X1 - X0) * i / (len(C_LEVEL_YEARS) - 1) for i in range(len(C_LEVEL_YEARS))]


def yv(v):
    return base - H * v / VMAX


# the planned year: a pale panel above the curve and a dashed line where the plan starts
pdf.set_fill_color(*PALE_YELLOW)
pdf.rect(xs[-2], top - 4, xs[-1] - xs[-2], base - top + 4, style="F")
fills = [(24, 40, 84), (92, 112, 160), (246, 190, 0)]
cum = [0] * len(xs)
levels = list(C_LEVELS.items())
for (lev, vals), col in zip(levels, fills):
    lower = list(cum)
    upper = [c + v for c, v in zip(cum, vals)]
    pts = [(x, yv(u)) for x, u in zip(xs, upper)] + [(x, yv(lw)) for x, lw in reversed(list(zip(xs, lower)))]
    pdf.set_fill_color(*col)
    pdf.polygon(pts, style="F")
    pdf.set_font("Cond", "B", 7.4)
    pdf.set_text_color(*((255, 255, 255) if col != YELLOW else NAVY))
    for i, (x, lw, u, v) in enumerate(zip(xs, lower, upper, vals)):
        dx = 2 if i == 0 else (-12 if i == len(xs) - 1 else -5)
        pdf.set_xy(x + dx, (yv(lw) + yv(u)) / 2 - 1.7)
        pdf.cell(10, 3.4, str(v), align="C")
    cum = upper
pdf.set_text_color(0, 0, 0)
pdf.vline(xs[-2], top - 4, base, 0.4, NAVY, dash=(1.0, 0.8))
pdf.set_font("Sans", "I", 7.2)
pdf.set_xy(xs[-2] + 1, top - 4)
pdf.cell(20, 3.4, "Plan")
# totals above
pdf.set_font("Sans", "B", 7.8)
for i, x in enumerate(xs):
    pdf.set_xy(x - 7 + (5 if i == 0 else (-5 if i == len(xs) - 1 else 0)), yv(cum[i]) - 5)
    pdf.cell(14, 3.6, g(cum[i]), align="C")
# axes
pdf.hline(X0, X1, base, 0.3, (60, 60, 60))
pdf.set_font("Sans", "", 7.4)
for x, yl in zip(xs, C_LEVEL_YEARS):
    pdf.set_xy(x - 9, base + 1.2)
    pdf.cell(18, 3.6, yl + (" (plan)" if yl == C_LEVEL_YEARS[-1] else ""), align="C")
pdf.set_text_color(*GREY)
for v in (0, 400, 800, 1200):
    pdf.set_xy(X0 - 14, yv(v) - 1.8)
    pdf.cell(12, 3.6, g(v), align="R")
    pdf.hline(X0 - 1.5, X0, yv(v), 0.2, (60, 60, 60))
pdf.set_text_color(0, 0, 0)
# legend
ly = base + 7
lx = X0
for (lev, _), col in zip(levels, fills):
    pdf.set_fill_color(*col)
    pdf.rect(lx, ly + 0.6, 4, 2.8, style="F")
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(lx + 5, ly)
    pdf.cell(26, 4, f"Årskurs {lev}")
    lx += 32
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- Tabell 1
X = 22
WID = [10, 42, 24, 14, 16, 19, 23, 18]
AL = ["C", "L", "L", "R", "R", "L", "L", "R"]
HEAD = ["Tur", "Sträckning", "Skola", "Elever", "Km/dag", "Fordon", "Entreprenör", "Kostnad, tkr"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
FS = 8.5


def fits(cells, style=""):
    for i, (w, c) in enumerate(zip(WID, cells)):
        lines = pdf.cell_lines(w, c, "Cond", style, FS)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"word split in a cell of width {w}: {c!r} -> {lines}")


def heading(y):
    hh = 9.4
    pdf.set_fill_color(*NAVY)
    pdf.rect(X, y, XS[-1] - X, hh, style="F")
    pdf.set_font("Cond", "B", 8.2)
    pdf.set_text_color(*YELLOW)
    for i, t in enumerate(HEAD):
        lines = pdf.cell_lines(WID[i], t, "Cond", "B", 8.2)
        if len(lines) > 2 or " ".join(lines).split() != t.split():
            raise SystemExit(f"heading {t!r} wraps badly: {lines}")
        for j, ln in enumerate(lines):
            pdf.set_xy(XS[i] + 1.1, y + hh - len(lines) * 3.6 - 1.0 + j * 3.6)
            pdf.cell(WID[i] - 2.2, 3.6, ln, align=AL[i])
    pdf.set_text_color(0, 0, 0)
    return y + hh


def stop_sign(cx, cy, n):
    pdf.set_fill_color(20, 20, 20)
    pdf.rect(cx - 3.4, cy - 2.9, 6.8, 5.8, style="F", round_corners=True, corner_radius=1.0)
    pdf.set_fill_color(*YELLOW)
    pdf.rect(cx - 2.9, cy - 2.4, 5.8, 4.8, style="F", round_corners=True, corner_radius=0.8)


def table_rows(rows, y):
    for r in rows:
        cells = c_cells(r)
        fits(cells)
        h = max(pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.3), 7.4)
        stop_sign(XS[0] + WID[0] / 2, y + 3.7, r[0])
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.6, h=h, styles=["B"] + [None] * 7)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (195, 195, 195))
    return y


# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Turer läsåret 2027/28", size=12.5)
pdf.p("Tabell 1 visar alla upphandlade turer. En tur körs både på morgonen och på eftermiddagen, och körsträckan "
      "per dag omfattar båda. Elever som har lång väg till hållplatsen hämtas vid hemmet med taxi. Elever i "
      "anpassad grundskola åker i anpassad taxi med plats för rullstol.", size=9.6)
pdf.p("Kostnaden gäller hela läsåret i 2027 års prisnivå enligt avtalen med entreprenörerna. Numret i den gula "
      "skylten är turens nummer på hållplatsskyltarna och i kommunens reseplanerare.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Upphandlade skolskjutsturer läsåret 2027/28", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
y = table_rows([r for r in C_ROWS if r[0] <= C_BREAK_AFTER], y)
if y > pdf.h - 24:
    raise SystemExit(f"Tabell 1 runs into the foot on p. 2 (y={y:.1f})")
pdf.set_xy(X, y + 1.5)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
y = table_rows([r for r in C_ROWS if r[0] > C_BREAK_AFTER], y)
pdf.hline(X, XS[-1], y + 0.3, 0.3, NAVY)
pdf.hline(X, XS[-1], y + 0.9, 0.3, NAVY)
tc = c_total_cells()
cells = ["", tc[0], "", tc[1], tc[2], "", "", tc[3]]
pdf.row(X, y + 1.1, WID, AL, cells, size=FS + 0.2, font="Cond", style="B", vpad=1.4)
y += 8.6
pdf.hline(X, XS[-1], y, 0.9, NAVY)
pdf.set_y(y + 6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Turer, elever, körsträcka och kostnad per entreprenör", new_x="LMARGIN", new_y="NEXT")
W2 = [44, 18, 18, 20, 24, 30]
A2 = ["L", "R", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.set_fill_color(*NAVY)
pdf.rect(X, y, sum(W2), 6.8, style="F")
pdf.row(X, y, W2, A2, ["Entreprenör", "Turer", "Elever", "Km/dag", "Kostnad, tkr", "Avtalet gäller till"],
        size=8.4, font="Cond", style="B", color=YELLOW, h=6.8, vpad=1.2)
y += 6.8
for name in C_CONTRACTORS:
    h = pdf.row(X, y, W2, A2, c_contractor_cells(name), size=8.8, font="Cond", vpad=1.3)
    y += h
    pdf.hline(X, X + sum(W2), y, 0.1, (195, 195, 195))
pdf.hline(X, X + sum(W2), y, 0.9, NAVY)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
paul = c_contractor("Paulins Taxi AB")
pdf.p(f"Kostnaden ökar med {g(c_sum(7) - C_PREV_COST)} tkr jämfört med läsåret 2026/27. Ökningen beror på indexuppräkningen "
      "i avtalen, på att tur 22 får en längre körväg under läsåret och på att två elever till har fått rätt till "
      "anpassad taxi.", size=9.6)
pdf.p(f"Paulins Taxi AB kör flest turer, {paul['n']} av {len(C_ROWS)}, men de är korta och har få elever. "
      f"Avtalet med Paulins Taxi AB löper ut den {C_CONTRACT_END['Paulins Taxi AB'].day} december "
      f"{C_CONTRACT_END['Paulins Taxi AB'].year}, och en ny upphandling av taxiturerna pågår. Kostnaden ligger redan "
      f"över budgeten på {g(C_BUDGET)} tkr, och skillnaden kan bli större om priserna i den nya upphandlingen blir "
      "högre.", size=9.6)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Regler för skolskjuts", size=12.5)
pdf.numbered(C_RULES, size=9.6, lh=4.8)
pdf.h1("4 Förändringar inför läsåret 2027/28", size=12.5)
pdf.p(f"Tur 22 från Ulvnäs till Urviks skola blir cirka tio kilometer längre per dag. Anledningen är att "
      f"{C_PASSAGE}. Eleverna får därför gå på bussen tio minuter tidigare på morgonen.", size=9.6)
pdf.p("Turerna 19 och 20 i Plogsta tätort behålls trots att avstånden är korta, eftersom vägen till skolan längs "
      "genomfartsleden har bedömts som trafikfarlig för de yngre eleverna.", size=9.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Barn- och utbildningsnämnden föreslås besluta", [
    "fastställa skolskjutsplanen för läsåret 2027/28,",
    "godkänna den tillfälliga omvägen för tur 22 under ombyggnaden av bron, samt",
    "uppdra åt förvaltningen att redovisa resultatet av upphandlingen av taxiturerna i november 2027."], size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Plogsta den {C_DATE.day} april {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{C_CHIEF[0]}\n{C_CHIEF[1].capitalize()}", f"{C_COORD[0]}\n{C_COORD[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
