"""(a) Tovhamra kommun – barn- och utbildningsnämnden: grundskolans resultat våren 2027 (årskurs 9, per skolenhet).

Layout: Liberation Sans text, Liberation Serif headings, Liberation Sans Narrow tables, portrait, 4 pages, cobalt and
coral. P. 1 has no running header: a DRAWN OPEN BOOK MARK (two slanted cobalt pages with a coral ribbon) beside
"TOVHAMRA KOMMUN / Barn- och utbildningsnämnden" over a cobalt rule, the title in serif, a key–value block, "1
Sammanfattning" with COMPETING FIGURES in running text (546 vs 531 pupils; merit value 225,7 vs 223,6 vs the target
230,0 vs the national 232,0; eligibility 89,9 vs 89,7 vs the target 90,0; girls 236,6 vs boys 215,2) and Figur 1, a
NUMBER-LINE (BEESWARM) CHART: one horizontal merit-value axis 190–260 on which every school unit is a NUMBERED CIRCLE
placed at its 2027 value (circles that would overlap are stacked upwards), the value printed above each circle, three
vertical reference lines (the municipality solid cobalt, the target dashed coral, the national value dotted grey)
labelled at the top, and a numbered legend in two columns. Pp. 2–4 have a running header (municipality at the left,
"Grundskolans resultat 2027 · sida n av 4" at the right, a thin cobalt rule). P. 2: Tabell 1, merit value per school
unit with a STACKED TWO-LEVEL HEADING ("Meritvärde, samtliga elever" over 2025 / 2026 / 2027 and "Meritvärde 2027
efter kön" over Flickor / Pojkar, beside Skolenhet and "Elever åk 9 2027" that span both levels), the gender columns
ON A PALE CORAL COLUMN BAND running from the heading to the last row, the 2027 column bold, a FOOTNOTE MARK on the
independent school¹, the municipality row bold on a pale cobalt band and "Riket" in grey italics; comments. P. 3:
Tabell 2, eligibility for the vocational programmes with the same stacked design plus "Ej behöriga 2027, antal";
shares under the target printed in CORAL BOLD; comments. P. 4: "4 Analys" (the passage on Mossvedsskolan), "5
Prioriterade åtgärder läsåret 2027/28" as a NUMBERED LIST WITH NESTED "–" ITEMS, and two signature lines. No metadata
title.
"""
import datetime as dt

from common46 import HERE, Doc
from data import (A_SCHOOLS, A_DNR, A_DATE, A_CHIEF, A_ANALYST, A_KOMMUN_HIST, A_RIKET, A_TARGET, A_NOTE1,
                  A_PASSAGE, A_ACTIONS, WORD, a_kommun, a_merit_cells, a_beh_cells, a_kommun_merit_cells,
                  a_kommun_beh_cells, a_riket_merit_cells, a_riket_beh_cells, a_sentences, a_m27, a_b27, a_name,
                  a_n, d1, g)

OUT = HERE / "tovhamra-bun-grundskolans-resultat-2027.pdf"
COBALT = (28, 68, 140)
CORAL = (226, 104, 78)
PALE_CORAL = (252, 233, 227)
PALE_COBALT = (226, 233, 246)
GREY = (110, 110, 110)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*COBALT)
        self.set_xy(self.l_margin, 10.5)
        self.cell(90, 4, "Tovhamra kommun · Barn- och utbildningsnämnden")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, f"Grundskolans resultat 2027 · sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.35, COBALT)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def h1(self, t, size=13.5):
        self.need(30)
        self.ln(3)
        self.set_font("Serif", "B", size)
        self.set_text_color(*COBALT)
        self.multi_cell(0, 7, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)


pdf = ADoc("Tovhamra kommun", font="liberation", serif=False, accent=COBALT, foot="", justify=False,
           created=dt.datetime(2027, 9, 14, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# the open book mark
pdf.set_fill_color(*COBALT)
pdf.polygon([(22, 19.5), (31, 17.0), (31, 28.5), (22, 31.0)], style="F")
pdf.set_fill_color(92, 128, 196)
pdf.polygon([(31.6, 17.0), (40.6, 19.5), (40.6, 31.0), (31.6, 28.5)], style="F")
pdf.set_fill_color(*CORAL)
pdf.polygon([(34.5, 17.8), (36.7, 18.4), (36.7, 25.5), (35.6, 24.2), (34.5, 25.0)], style="F")
pdf.set_xy(45, 16.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*COBALT)
pdf.cell(0, 6, "TOVHAMRA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.2)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.6, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 34.5, 0.9, COBALT)
pdf.set_y(40)
pdf.set_font("Serif", "B", 21)
pdf.set_text_color(*COBALT)
pdf.multi_cell(0, 9, "Grundskolans resultat våren 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.multi_cell(0, 5.4, "Meritvärde och behörighet till gymnasieskolans yrkesprogram i årskurs 9, per skolenhet",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Handläggare", f"{A_ANALYST[0]}, {A_ANALYST[1]}"),
        ("Till", "Barn- och utbildningsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning")
s = a_sentences()
pdf.p(f"{s[0]} Rapporten redovisar resultaten för varje skolenhet med elever i årskurs 9, inklusive den fristående "
      f"skolan. {s[1]}", size=10)
pdf.p(f"{s[2]} {s[3]} Skillnaderna mellan skolenheterna är fortsatt stora, vilket figur 1 visar.", size=10)

# Figur 1: number line / beeswarm
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Genomsnittligt meritvärde 2027 per skolenhet", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 2
X0, X1, V0, V1 = 30.0, 180.0, 190.0, 260.0
base = top + 50


def xv(v):
    return X0 + (v - V0) / (V1 - V0) * (X1 - X0)


k = a_kommun()
refs = [(k["m27"], f"Tovhamra {d1(k['m27'])}", COBALT, None, 0.5),
        (A_TARGET["merit"], f"Mål {d1(A_TARGET['merit'])}", CORAL, (1.2, 1.0), 0.5),
        (A_RIKET["m27"], f"Riket {d1(A_RIKET['m27'])}", GREY, (0.3, 0.8), 0.5)]
for i, (v, lab, col, dash, w) in enumerate(refs):
    pdf.vline(xv(v), top + 5 + i * 4.2, base, w, col, dash)
    pdf.set_font("Sans", "B" if i == 0 else "", 7.6)
    pdf.set_text_color(*col)
    pdf.set_xy(xv(v) + 0.8, top + 3.3 + i * 4.2)
    pdf.cell(30, 3.4, lab)
pdf.set_text_color(0, 0, 0)
# axis
pdf.hline(X0, X1, base, 0.5, (60, 60, 60))
pdf.set_font("Sans", "", 7.5)
for v in range(190, 261, 10):
    pdf.vline(xv(v), base, base + 1.6, 0.3, (60, 60, 60))
    pdf.set_xy(xv(v) - 6, base + 1.8)
    pdf.cell(12, 3.5, str(v), align="C")
pdf.set_xy(X0, base + 6)
pdf.set_font("Sans", "I", 7.5)
pdf.set_text_color(*GREY)
pdf.cell(X1 - X0, 3.5, "Meritvärde (högst 340)", align="C")
pdf.set_text_color(0, 0, 0)
# circles, stacked upwards when they would overlap
R = 3.4
placed = []
order = sorted(range(len(A_SCHOOLS)), key=lambda i: a_m27(A_SCHOOLS[i]))
for i in order:
    s_ = A_SCHOOLS[i]
    x = xv(a_m27(s_))
    level = 0
    while any(abs(x - px) < 2 * R + 5 and lv == level for px, lv in placed):
        level += 1
    placed.append((x, level))
    cy = base - R - 1.5 - level * (2 * R + 6.5)
    pdf.set_fill_color(*(CORAL if a_name(s_) == "Vitmossens friskola" else COBALT))
    pdf.circle(x, cy, R, style="F")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x - R, cy - 2)
    pdf.cell(2 * R, 4, str(i + 1), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(x - 7, cy - R - 4.0)
    pdf.cell(14, 3.4, d1(a_m27(s_)), align="C")
# legend in two columns
ly = base + 11
pdf.set_font("Sans", "", 8.2)
for i, s_ in enumerate(A_SCHOOLS):
    col, rown = divmod(i, 4)
    x = 30 + col * 80
    y = ly + rown * 4.8
    pdf.set_fill_color(*(CORAL if a_name(s_) == "Vitmossens friskola" else COBALT))
    pdf.circle(x + 1.8, y + 2, 1.9, style="F")
    pdf.set_font("Sans", "B", 6.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, y + 0.4)
    pdf.cell(3.6, 3.2, str(i + 1), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.2)
    pdf.set_xy(x + 5, y)
    pdf.cell(70, 4, f"{a_name(s_)} ({s_[1]})")
pdf.set_y(ly + 4 * 4.8 + 2)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Blå cirklar är kommunala skolenheter, den korallröda är den fristående skolan. Linjerna visar "
               "kommunens genomsnitt, nämndens mål och riket.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")


# ---------------------------------------------------------------- stacked tables
WID = [50, 18, 19, 19, 19, 20.5, 20.5]
AL = ["L", "R", "R", "R", "R", "R", "R"]
X = 22


def stacked_table(title, upper, lower, cells_rows, kommun_cells, riket_cells, band_cols, hi=None, last=None):
    """upper: [(text, first col, n cols)]; lower: texts per column ('' where the upper cell spans both levels)."""
    pdf.set_font("Sans", "B", 9.5)
    pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y0 = pdf.get_y() + 1.5
    xs = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
    total_h = 11 + 1 + len(cells_rows) * 6.4 + 2 * 6.6
    # the coral column band behind the gender columns
    pdf.set_fill_color(*PALE_CORAL)
    pdf.rect(xs[band_cols[0]], y0, xs[band_cols[1] + 1] - xs[band_cols[0]], total_h + 1, style="F")
    pdf.hline(X, xs[-1], y0, 0.9, COBALT)
    # upper level
    pdf.set_font("Cond", "B", 8.6)
    for text, c0, n in upper:
        x0, x1 = xs[c0], xs[c0 + n]
        if n == 1:
            lines = pdf.cell_lines(x1 - x0, text, "Cond", "B", 8.6)
            yy = y0 + 11 - len(lines) * 3.8 - 0.8
            for j, ln in enumerate(lines):
                pdf.set_xy(x0 + 1.2, yy + j * 3.8)
                pdf.cell(x1 - x0 - 2.4, 3.8, ln, align=AL[c0])
        else:
            pdf.set_xy(x0 + 1, y0 + 0.9)
            pdf.cell(x1 - x0 - 2, 4, text, align="C")
            pdf.hline(x0 + 1.5, x1 - 1.5, y0 + 5.3, 0.3, COBALT)
    # lower level
    for i, t in enumerate(lower):
        if not t:
            continue
        pdf.set_xy(xs[i] + 1.2, y0 + 6.2)
        pdf.cell(WID[i] - 2.4, 4, t, align=AL[i])
    y = y0 + 11
    pdf.hline(X, xs[-1], y, 0.4, COBALT)
    y += 0.6
    for cells in cells_rows:
        styles = [None] * len(cells)
        colors = [None] * len(cells)
        styles[4 if band_cols[0] == 5 else 3] = "B"
        if hi:
            for c in hi(cells):
                styles[c], colors[c] = "B", CORAL
        h = pdf.row(X, y, WID, AL, cells, size=9.2, font="Cond", vpad=1.2, styles=styles, colors=colors, h=6.4)
        y += h
        pdf.hline(X, xs[-1], y, 0.1, (195, 195, 195))
    pdf.hline(X, xs[-1], y, 0.4, COBALT)
    pdf.set_fill_color(*PALE_COBALT)
    pdf.rect(X, y + 0.2, xs[band_cols[0]] - X, 6.4, style="F")
    pdf.rect(xs[band_cols[1] + 1], y + 0.2, xs[-1] - xs[band_cols[1] + 1], 6.4, style="F") if band_cols[1] + 1 < len(
        WID) else None
    h = pdf.row(X, y + 0.2, WID, AL, kommun_cells, size=9.2, font="Cond", style="B", vpad=1.2, h=6.4)
    y += 0.2 + h
    h = pdf.row(X, y, WID, AL, riket_cells, size=9.0, font="Cond", style="I", vpad=1.2, color=GREY, h=6.4)
    y += h
    pdf.hline(X, xs[-1], y, 0.9, COBALT)
    pdf.set_y(y + 1.5)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 3.7, A_NOTE1 + (" " + last if last else ""), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Meritvärde per skolenhet")
pdf.p("Meritvärdet är summan av betygsvärdena i elevens sexton bästa ämnen, plus ett eventuellt sjuttonde ämne i "
      "moderna språk. Högsta möjliga meritvärde är 340. Tabell 1 visar genomsnittet för alla elever som lämnade "
      "årskurs 9 på respektive skolenhet, de tre senaste åren och för 2027 uppdelat på flickor och pojkar.", size=10)
stacked_table("Tabell 1. Genomsnittligt meritvärde i årskurs 9 per skolenhet 2025–2027",
              [("Skolenhet", 0, 1), ("Elever åk 9 2027", 1, 1), ("Meritvärde, samtliga elever", 2, 3),
               ("Meritvärde 2027 efter kön", 5, 2)],
              ["", "", "2025", "2026", "2027", "Flickor", "Pojkar"],
              [a_merit_cells(s_) for s_ in A_SCHOOLS], a_kommun_merit_cells(), a_riket_merit_cells(), (5, 6),
              last="Källa: kommunens betygsregistrering och Skolverket (riket, preliminära uppgifter).")
by = sorted(A_SCHOOLS, key=a_m27)
pdf.h2("Kommentarer")
pdf.p(f"Vitmossens friskola har det högsta meritvärdet, {d1(a_m27(by[-1]))}, och bland de kommunala skolenheterna "
      f"ligger Sävdalsskolan högst med {d1(a_m27([x for x in A_SCHOOLS if x[0] == 'Sävdalsskolan'][0]))}. Lägst "
      f"ligger Mossvedsskolan, där meritvärdet har sjunkit två år i rad. Även Tovhamraskolan och Ödbyskolan har lägre "
      "meritvärde än året innan, medan Måsängsskolan har förbättrat sina resultat för andra året i följd.", size=10)
pdf.p("Flickorna har högre meritvärde än pojkarna på samtliga skolenheter. Skillnaden är minst på Tovhamraskolan och "
      "på den fristående skolan.", size=10)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Behörighet till gymnasieskolans yrkesprogram")
pdf.p("För att bli behörig till ett yrkesprogram behöver eleven godkända betyg i svenska eller svenska som "
      "andraspråk, engelska och matematik samt i minst fem andra ämnen. Tabell 2 visar andelen behöriga elever per "
      "skolenhet och hur många elever som inte blev behöriga våren 2027.", size=10)
stacked_table("Tabell 2. Andel elever i årskurs 9 som är behöriga till yrkesprogram per skolenhet 2025–2027, procent",
              [("Skolenhet", 0, 1), ("Behöriga, %, samtliga elever", 1, 3), ("Behöriga 2027, % efter kön", 4, 2),
               ("Ej behöriga 2027, antal", 6, 1)],
              ["", "2025", "2026", "2027", "Flickor", "Pojkar", ""],
              [a_beh_cells(s_) for s_ in A_SCHOOLS], a_kommun_beh_cells(), a_riket_beh_cells(), (4, 5),
              hi=lambda cells: [3] if float(cells[3].replace(",", ".")) < A_TARGET["beh"] else [],
              last=f"Andelar under nämndens mål på {d1(A_TARGET['beh'])} procent är markerade.")
k = a_kommun()
low = [a_name(x) for x in A_SCHOOLS if a_b27(x) < A_TARGET["beh"]]
pdf.h2("Kommentarer")
pdf.p(f"Sammanlagt {k['inel']} elever lämnade årskurs 9 utan behörighet till ett yrkesprogram. På "
      f"{WORD[len(low)]} av sju skolenheter ligger andelen behöriga under målet. Den lägsta andelen har Mossvedsskolan, där "
      "ungefär var femte elev saknar behörighet.", size=10)
pdf.p("Bland pojkarna är andelen behöriga lägre än bland flickorna på alla skolenheter. De flesta elever som inte "
      "blev behöriga saknar godkänt betyg i matematik eller i svenska som andraspråk.", size=10)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Analys")
pdf.p(f"Meritvärdet på Mossvedsskolan har sjunkit två år i rad. Förvaltningens analys är att {A_PASSAGE}. Skolan "
      "har därför fått extra resurser för studiehandledning från och med höstterminen 2027.", size=10)
pdf.p("Måsängsskolan har höjt sina resultat sedan skolan införde gemensamma lektionsupplägg och fler tillfällen "
      "för stödundervisning efter skoltid. På Ödbyskolan är årskullarna små, och resultaten varierar därför mer "
      "mellan åren än på de större skolenheterna.", size=10)
pdf.p("Pojkarnas lägre resultat är ett mönster som finns på alla skolenheter och i riket. Skillnaden märks redan i "
      "årskurs 7 och ökar sedan under högstadiet.", size=10)
pdf.h1("5 Prioriterade åtgärder läsåret 2027/28")
for i, (t, subs) in enumerate(A_ACTIONS, 1):
    pdf.set_font("Sans", "", 10)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*COBALT)
    pdf.cell(8, 5, f"{i}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(pdf.epw - 8, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(6, 5, "–")
        pdf.multi_cell(pdf.epw - 14, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.ln(6)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, f"Tovhamra den {A_DATE.day} september {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{A_CHIEF[0]}\n{A_CHIEF[1].capitalize()}", f"{A_ANALYST[0]}\n{A_ANALYST[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
