"""(c) Rimnäs kommun – de förtroendevalda revisorerna: revisionsrapport 2027:2, granskning av tekniska nämndens
fastighetsunderhåll (Granlid Revision AB).

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, forest green and ochre. P. 1 has no
running header: the audit firm's mark (a DRAWN KEYHOLE in a green disc) beside "Granlid Revision" and "på uppdrag av de
förtroendevalda revisorerna i Rimnäs kommun", "REVISIONSRAPPORT 2027:2" in ochre at the right, a green rule, the title
and subtitle, a key–value block in a GREEN-RULED FRAME WITH AN OCHRE CORNER TAB ("Om rapporten"), "1 Sammanfattning"
with COMPETING FIGURES in running text (budget 14,2 vs outcome 11,6 mnkr = 81,7 % vs 12,9 mnkr in 2025; the backlog
86,0 vs 71,4 mnkr in 2023; 31 of 82 buildings inspected; two / four / two assessments) and "Bedömningarna i korthet",
a ROW OF EIGHT NUMBERED TILES, one per audit question, FILLED BY THE ASSESSMENT (full green, half green split on the
diagonal, white with an ochre cross) with a legend. Pp. 2–4 have a running header ("Rimnäs kommun · Revisionsrapport
2027:2" and "n (4)") over a green hairline and a grey footer line with the firm's name. P. 2: "2 Inledning" (Bakgrund,
Syfte, Metod), "3 Iakttagelser", 3.1 with Tabell 1, the planned maintenance per category of property (Byggnader /
Budget 2026 / Utfall 2026 / Utfall i % av budget / Utfall 2025 / Eftersatt underhåll, mnkr) with an OCHRE WARNING
TRIANGLE before every outcome under 80 % of the budget, a bold "Summa" row over a double rule, and the comment (the
passage on the lack of technicians and the appealed framework agreement). P. 3: 3.2 with Tabell 2, the assessment per
audit question (Nr / Revisionsfråga / Bedömning / Kommentar) with the three areas as ROTATED VERTICAL LABELS IN A
NARROW GREEN LEFT COLUMN spanning their rows and, beside the assessment word, a DRAWN THREE-POSITION SLIDER (a grey
track with three ticks and a coloured knob: left = Ej uppfyllt, middle = Delvis uppfyllt, right = Uppfyllt). P. 4:
"4 Rekommendationer" as a NUMBERED LIST WITH NESTED "a)" POINTS whose numbers stand in LARGE OCHRE NUMERALS in the
margin, "5 Revisorernas överlämnande", place and date and two signature lines. No metadata title.
"""
import datetime as dt

from common52 import HERE, Doc
from data import (C_CATS, C_QUESTIONS, C_AREAS, C_LEVELS, C_RECS, C_NO, C_DATE, C_LEAD, C_QA, C_CHAIR, C_FIRM,
                  C_PASSAGE, c_cells, c_total_cells, c_pct, c_counts, c_sentences, WORD)

OUT = HERE / "rimnas-revisionsrapport-fastighetsunderhall-2027.pdf"
GREEN = (24, 92, 72)
PALE_GREEN = (224, 238, 231)
OCHRE = (196, 146, 38)
RED = (178, 72, 40)
GREY = (105, 105, 105)
LEVEL_COL = {"Uppfyllt": GREEN, "Delvis uppfyllt": OCHRE, "Ej uppfyllt": RED}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, f"Rimnäs kommun · Revisionsrapport {C_NO}")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"{self.page_no()} (4)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, GREEN)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.hline(self.l_margin, self.w - self.r_margin, self.h - 14, 0.2, (170, 170, 170))
        self.set_xy(self.l_margin, self.h - 13)
        self.set_font("Sans", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{C_FIRM} · granskning på uppdrag av revisorerna i Rimnäs kommun")
        self.set_text_color(0, 0, 0)


pdf = CDoc("Rimnäs kommun", font="liberation", serif=False, accent=GREEN, justify=False,
           created=dt.datetime(2027, 4, 20, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 20)
X = pdf.l_margin

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*GREEN)
pdf.circle(29.5, 20, 7.2, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.circle(29.5, 18.2, 2.1, style="F")
pdf.polygon([(28.3, 18.8), (30.7, 18.8), (31.5, 24.6), (27.5, 24.6)], style="F")
pdf.set_xy(40, 14.4)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GREEN)
pdf.cell(80, 6, "Granlid Revision", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.cell(100, 4.4, "på uppdrag av de förtroendevalda revisorerna i Rimnäs kommun")
pdf.set_font("Sans", "B", 9)
pdf.set_text_color(*OCHRE)
pdf.set_xy(128, 15.2)
pdf.cell(60, 4.4, f"REVISIONSRAPPORT {C_NO}", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 0.8, GREEN)
pdf.set_y(36)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Granskning av fastighetsunderhållet", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Tekniska nämnden, räkenskapsåret 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
# the key–value block in a frame with an ochre corner tab
fy0 = pdf.get_y() + 2
pdf.set_fill_color(*OCHRE)
pdf.rect(22, fy0 - 2.5, 30, 5.2, style="F")
pdf.set_font("Sans", "B", 7.8)
pdf.set_text_color(255, 255, 255)
pdf.set_xy(22, fy0 - 2.3)
pdf.cell(30, 4.8, "Om rapporten", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_y(fy0 + 4)
pdf.set_x(26)
pdf.set_left_margin(26)
pdf.kv([("Uppdragsgivare", "De förtroendevalda revisorerna i Rimnäs kommun"), ("Granskad nämnd", "Tekniska nämnden"),
        ("Projektledare", f"{C_LEAD[0]}, {C_LEAD[1]}"), ("Kvalitetssäkring", C_QA[0]),
        ("Datum", C_DATE.isoformat())], lw=34, size=9, lh=4.5)
pdf.set_left_margin(22)
fy1 = pdf.get_y() + 1
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.4)
pdf.rect(22, fy0 + 2.7, 166, fy1 - fy0 - 2.7, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(fy1 + 3)
pdf.h1("1 Sammanfattning", size=12.5)
s = c_sentences()
pdf.p("Revisorerna har granskat om tekniska nämnden säkerställer ett ändamålsenligt underhåll av kommunens "
      f"fastigheter. {s[0]}", size=9.6, lh=4.7)
pdf.p(f"{s[1]} {s[2]} Vår samlade bedömning är att tekniska nämnden inte har säkerställt ett ändamålsenligt "
      "underhåll av kommunens fastigheter.", size=9.6, lh=4.7)
pdf.p(s[3], size=9.6, lh=4.7)
pdf.h2("Bedömningarna i korthet", size=10.5)
ty = pdf.get_y() + 1
TS, TG = 15.0, 4.5
for i, q in enumerate(C_QUESTIONS):
    tx = 22 + i * (TS + TG)
    lv = q[3]
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.45)
    if lv == "Uppfyllt":
        pdf.set_fill_color(*GREEN)
        pdf.rect(tx, ty, TS, TS, style="FD")
        col = (255, 255, 255)
    elif lv == "Delvis uppfyllt":
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(tx, ty, TS, TS, style="FD")
        pdf.set_fill_color(*GREEN)
        pdf.polygon([(tx, ty + TS), (tx + TS, ty + TS), (tx + TS, ty)], style="F")
        pdf.rect(tx, ty, TS, TS, style="D")
        col = GREEN
    else:
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(*OCHRE)
        pdf.rect(tx, ty, TS, TS, style="FD")
        pdf.line(tx + 2.2, ty + TS - 2.2, tx + TS - 2.2, ty + 2.2)
        pdf.line(tx + 2.2, ty + 2.2, tx + TS - 2.2, ty + TS - 2.2)
        col = OCHRE
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(tx, ty + TS + 0.8)
    pdf.cell(TS, 3.8, str(q[0]), align="C")
ly = ty + TS + 7.5
pdf.set_font("Sans", "", 7.8)
for k, (lab, kind) in enumerate((("Uppfyllt", "full"), ("Delvis uppfyllt", "half"), ("Ej uppfyllt", "none"))):
    lx = 22 + k * 42
    pdf.set_draw_color(*GREEN if kind != "none" else OCHRE)
    pdf.set_fill_color(*GREEN if kind == "full" else (255, 255, 255))
    pdf.rect(lx, ly, 3.6, 3.6, style="FD")
    if kind == "half":
        pdf.set_fill_color(*GREEN)
        pdf.polygon([(lx, ly + 3.6), (lx + 3.6, ly + 3.6), (lx + 3.6, ly)], style="F")
    if kind == "none":
        pdf.line(lx + 0.7, ly + 0.7, lx + 2.9, ly + 2.9)
        pdf.line(lx + 0.7, ly + 2.9, lx + 2.9, ly + 0.7)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(lx + 5, ly - 0.2)
    pdf.cell(34, 4, lab)
pdf.set_xy(22, ly + 5.5)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Rutorna är numrerade efter revisionsfrågorna i tabell 2.")
pdf.set_text_color(0, 0, 0)
pdf.set_y(ly + 12)
pdf.h2("Våra viktigaste iakttagelser", size=10.5)
pdf.bullets(["Underhållsplanen omfattar bara skolor och förskolor, inte äldreboenden, idrottsanläggningar och "
             "förvaltningsbyggnader.",
             "Nämnden har inte beslutat om några mål för underhållet.",
             "Det eftersatta underhållet har ökat sedan den förra inventeringen och rapporteras bara muntligt till "
             "kommunstyrelsen."], size=9.4, lh=4.6, indent=5)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Inledning", size=12.5)
pdf.h2("Bakgrund")
pdf.p("Tekniska nämnden förvaltar kommunens verksamhetslokaler: skolor, förskolor, äldreboenden, idrottshallar och "
      "förvaltningsbyggnader. Ett eftersatt underhåll leder på sikt till högre kostnader och kan göra lokalerna "
      "olämpliga för verksamheten. Revisorerna har därför valt att granska underhållet.", size=9.6, lh=4.7)
pdf.h2("Syfte och metod")
pdf.p("Syftet är att bedöma om tekniska nämnden säkerställer ett ändamålsenligt underhåll av kommunens fastigheter. "
      f"Granskningen besvarar {WORD[len(C_QUESTIONS)]} revisionsfrågor inom {WORD[len(C_AREAS)]} områden: styrning, "
      "genomförande och uppföljning. Vi har läst styrdokument, budget och bokslut och intervjuat nämndens presidium, "
      "fastighetschefen och två fastighetsförvaltare.", size=9.6, lh=4.7)
pdf.h1("3 Iakttagelser", size=12.5)
pdf.h2("3.1 Budget och utfall för planerat underhåll")
pdf.p("Tabell 1 visar budget och utfall för det planerade underhållet per fastighetskategori och det eftersatta "
      "underhållet enligt förvaltningens uppskattning.", size=9.6, lh=4.7)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Planerat underhåll per fastighetskategori 2025–2026, tkr", new_x="LMARGIN", new_y="NEXT")
WID = [47, 19, 20, 20, 20, 20, 20]
AL = ["L"] + ["R"] * 6
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, GREEN)
HEAD = ["Fastighetskategori", "Byggnader", "Budget 2026", "Utfall 2026", "Utfall i % av budget", "Utfall 2025",
        "Eftersatt underhåll, mnkr"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.6, what="Tabell 1 heading")
HH = pdf.row_h(WID, HEAD, size=8.6, font="Cond", style="B", vpad=1.0)
pdf.set_fill_color(*PALE_GREEN)
pdf.rect(X, y, XS[-1] - X, HH, style="F")
pdf.row(X, y, WID, AL, HEAD, size=8.6, font="Cond", style="B", vpad=1.0, h=HH)
y += HH
pdf.hline(X, XS[-1], y, 0.45, GREEN)
FS = 9.2
for c in C_CATS:
    cells = c_cells(c)
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.5)
    if c_pct(c) < 80:
        # an ochre warning triangle before the share
        pdf.set_font("Cond", "B", FS)
        tx = XS[5] - 1.2 - pdf.get_string_width(cells[4]) - 4.2
        ty = y + h / 2
        pdf.set_fill_color(*OCHRE)
        pdf.polygon([(tx, ty + 1.4), (tx + 3.0, ty + 1.4), (tx + 1.5, ty - 1.3)], style="F")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.5, h=h,
            styles=[None] * 4 + ["B" if c_pct(c) < 80 else None, None, None],
            colors=[None] * 4 + [OCHRE if c_pct(c) < 80 else None, None, None])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
y += 0.6
pdf.hline(X, XS[-1], y, 0.3, GREEN)
y += 0.6
cells = c_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.5)
y += h
pdf.hline(X, XS[-1], y, 0.8, GREEN)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Triangel: utfallet är lägre än 80 procent av budgeten. Eftersatt underhåll: förvaltningens "
               "uppskattning i februari 2027. Källa: tekniska nämndens bokslut och fastighetssystemet.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p(f"Utfallet blev lägre än budget i alla kategorier och lägst för idrotts- och fritidsanläggningarna. "
      f"Förvaltningen förklarar det låga utfallet med att {C_PASSAGE}. Det eftersatta underhållet är störst i "
      "grundskolorna.", size=9.6, lh=4.7)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2
pdf.add_page()
pdf.h2("3.2 Bedömning per revisionsfråga", size=11)
pdf.p("Tabell 2 visar vår bedömning av varje revisionsfråga. Skalan har tre steg: uppfyllt, delvis uppfyllt och ej "
      "uppfyllt.", size=9.6, lh=4.7)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Bedömning per revisionsfråga", new_x="LMARGIN", new_y="NEXT")
W2 = [8, 8, 58, 24, 19, 49]
A2 = ["L", "L", "L", "L", "L", "L"]
X2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, X2[-1], y, 0.8, GREEN)
head = ["", "Nr", "Revisionsfråga", "Bedömning", "", "Kommentar"]
pdf.row(X, y + 0.2, W2, A2, head, size=8.6, font="Cond", style="B", h=6.4)
y += 6.6
pdf.hline(X, X2[-1], y, 0.45, GREEN)
FS2 = 9.0
spans = []
for area in C_AREAS:
    y_start = y
    for q in [q_ for q_ in C_QUESTIONS if q_[1] == area]:
        cells = ["", str(q[0]), q[2], q[3], "", q[4]]
        pdf.no_split(W2, cells, "Cond", "", FS2, what="Tabell 2")
        h = pdf.row_h(W2, cells, size=FS2, font="Cond", vpad=1.8)
        pdf.row(X, y, W2, A2, cells, size=FS2, font="Cond", vpad=1.8, h=h,
                styles=[None, "B", None, "B", None, None], colors=[None, None, None, LEVEL_COL[q[3]], None, GREY])
        # the slider: a grey track with three ticks and a knob (left = Ej, middle = Delvis, right = Uppfyllt)
        t0, t1 = X2[4] + 2.0, X2[5] - 3.0
        ym = y + 1.8 + 2.0
        pdf.hline(t0, t1, ym, 0.9, (200, 200, 200))
        for k in range(3):
            pdf.vline(t0 + (t1 - t0) * k / 2, ym - 1.2, ym + 1.2, 0.3, (150, 150, 150))
        pos = {"Ej uppfyllt": 0, "Delvis uppfyllt": 1, "Uppfyllt": 2}[q[3]]
        pdf.set_fill_color(*LEVEL_COL[q[3]])
        pdf.circle(t0 + (t1 - t0) * pos / 2, ym, 1.7, style="F")
        y += h
        pdf.hline(X2[1], X2[-1], y, 0.1, (205, 205, 205))
    spans.append((area, y_start, y))
    pdf.hline(X, X2[-1], y, 0.35, GREEN)
pdf.hline(X, X2[-1], y, 0.8, GREEN)
# the areas as rotated labels in a narrow green column
for area, y0_, y1_ in spans:
    pdf.set_fill_color(*GREEN)
    pdf.rect(X + 0.4, y0_ + 0.5, W2[0] - 1.6, y1_ - y0_ - 1.0, style="F")
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(255, 255, 255)
    w_ = pdf.get_string_width(area)
    cx, cy = X + 0.4 + (W2[0] - 1.6) / 2, (y0_ + y1_) / 2
    with pdf.rotation(90, cx, cy):
        pdf.set_xy(cx - w_ / 2 - 0.5, cy - 1.8)
        pdf.cell(w_ + 1, 3.6, area)
    pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Reglaget visar bedömningen: till vänster ej uppfyllt, i mitten delvis uppfyllt och till "
               "höger uppfyllt.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
n = c_counts()
pdf.p(f"Nämnden har en modell för att prioritera mellan åtgärder och använder uppföljningen i budgetarbetet. "
      f"Däremot saknas beslutade mål för underhållet, och det planerade underhållet har inte genomförts enligt "
      f"budget. {WORD[n['Delvis uppfyllt']].capitalize()} frågor bedöms som delvis uppfyllda, främst för att "
      "underhållsplanen är ofullständig och rapporteringen till kommunstyrelsen sker muntligt.", size=9.6, lh=4.7)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4: recommendations
pdf.add_page()
pdf.h1("4 Rekommendationer", size=12.5)
pdf.p("Utifrån granskningen lämnar vi följande rekommendationer till tekniska nämnden:", size=9.6, lh=4.7)
pdf.ln(1)
for i, (text, subs) in enumerate(C_RECS, 1):
    y0_ = pdf.get_y()
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*OCHRE)
    pdf.set_xy(22, y0_ - 1.6)
    pdf.cell(12, 9, str(i), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(34, y0_)
    pdf.set_font("Sans", "B", 9.8)
    pdf.multi_cell(154, 4.9, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.6)
    for j, s_ in enumerate(subs):
        pdf.set_x(36)
        pdf.cell(6, 4.7, f"{'abc'[j]})")
        pdf.multi_cell(146, 4.7, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y0_ + 8) + 3.5)
pdf.h1("5 Revisorernas överlämnande", size=12.5)
pdf.p("Revisorerna i Rimnäs kommun överlämnar rapporten till tekniska nämnden och begär ett skriftligt svar på "
      "rekommendationerna senast den 30 juni 2027. Rapporten lämnas för kännedom till kommunstyrelsen och "
      "kommunfullmäktige.", size=9.6, lh=4.7)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Rimnäs den {C_DATE.day} april {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{C_LEAD[0]}\n{C_LEAD[1].capitalize()}", f"{C_CHAIR[0]}\n{C_CHAIR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
