"""(e) Region Gälmark – regional utvecklingsstrategi 2021–2030, uppföljning 2026 (regionala utvecklingsnämnden).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 4 pages, a FOREST GREEN
accent. P. 1 has no running header: a wordmark of FIVE DOTS SET IN A PENTAGON beside "REGION GÄLMARK" and the
committee, the title over a thin green rule, an introduction, "Läget i korthet" with COMPETING COUNTS IN RUNNING TEXT
(14 indicators: 9 positive, 4 negative, 1 target reached vs 8 / 5 / 1 at the follow-up of 2024) and Figur 1, a
RADAR (SPIDER) CHART of the five target areas – concentric pentagon rings at 25 / 50 / 75 / 100, spokes, the
index polygon filled pale green with a dark outline and dots, EVERY VALUE PRINTED AT ITS VERTEX and the area names
round the outside – with the definition of the index under it. Pp. 2–4 have a running header (name, title, "n (4)").
Pp. 2–3: Tabell 1, the indicators, with a STACKED HEADING ("Utgångsläge" and "Senaste mätning" each over År / Värde;
"Mål 2030" and "Bedömning" spanning both rows) on a pale green band, the five target areas as GROUP ROWS IN WHITE
TYPE ON GREEN, and the assessment as a word led by a SMALL COLOURED DOT (green Målet nått, blue Positiv, red
Negativ); THE TABLE BREAKS FROM P. 2 TO P. 3 with "Tabell 1 (forts.)" and the heading repeated. P. 3 also has the
legend and "Kommentarer" (the passage on housing construction). P. 4: "Prioriteringar 2027" as a NUMBERED LIST WITH
NESTED "a)" POINTS AND "–" SUB-POINTS (three levels), the decision line and two signatures. No metadata title.
"""
import datetime as dt
import math

from common43 import HERE, Doc
from data import (E_AREAS, E_IND, E_PREV, E_BREAK_AFTER, E_PRIOS, E_PASSAGE, E_DIRECTOR, E_ANALYST, E_DATE, E_DNR,
                  e_assess, e_index, e_counts, e_cells, dmy)

OUT = HERE / "region-galmark-rus-uppfoljning-2026.pdf"
GREEN = (34, 108, 74)
PALEG = (226, 240, 232)
AS_COL = {"Målet nått": (30, 140, 60), "Positiv": (40, 90, 170), "Negativ": (190, 40, 40), "Oförändrad": (120, 120,
                                                                                                           120)}
GREY = (110, 110, 110)
WORD = {1: "en", 4: "fyra", 5: "fem", 8: "åtta", 9: "nio", 14: "14"}


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*GREEN)
        self.cell(50, 5, "Region Gälmark")
        self.set_text_color(90, 90, 90)
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 80, 5, "Regional utvecklingsstrategi – uppföljning 2026", align="C")
        self.cell(30, 5, f"{self.page_no()} (4)", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, GREEN)
        self.set_y(23)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.set_text_color(140, 140, 140)
        self.cell(0, 4, f"Regionala utvecklingsnämnden · Dnr {E_DNR}", align="C")
        self.set_text_color(0, 0, 0)


pdf = EDoc("", font="dejavu", serif=True, justify=True, accent=GREEN,
           created=dt.datetime(2027, 4, 20, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 23, 22)
cnt = e_counts()
n = len(E_IND)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# wordmark: five dots in a pentagon
mx, my, mr = 28, 20, 4.6
for k in range(5):
    a = -math.pi / 2 + k * 2 * math.pi / 5
    pdf.set_fill_color(*(GREEN if k % 2 == 0 else (120, 180, 140)))
    pdf.ellipse(mx + mr * math.cos(a) - 1.5, my + mr * math.sin(a) - 1.5, 3, 3, style="F")
pdf.set_xy(36, 15.5)
pdf.set_font("Sans", "B", 12)
pdf.set_char_spacing(1.2)
pdf.cell(80, 5.5, "REGION GÄLMARK")
pdf.set_char_spacing(0)
pdf.set_xy(36, 21.5)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.5, "Regionala utvecklingsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, 36)
pdf.set_font("Sans", "B", 20)
pdf.multi_cell(0, 9, "Regional utvecklingsstrategi 2021–2030", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12.5)
pdf.set_text_color(*GREEN)
pdf.cell(0, 7, "Uppföljning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, pdf.get_y() + 2, 0.4, GREEN)
pdf.ln(6)
pdf.p("Den regionala utvecklingsstrategin anger riktningen för hela Gälmark fram till 2030 och är gemensam för "
      "regionen, kommunerna och andra aktörer. Strategin har fem målområden och följs upp vartannat år med "
      "indikatorer som har ett utgångsläge och ett mål för 2030. Det här är den tredje uppföljningen.",
      size=10, lh=5.1)
pdf.h2("Läget i korthet", size=11)
pdf.p(f"Av strategins {n} indikatorer har {WORD[cnt['Positiv']]} utvecklats i önskad riktning sedan utgångsläget och "
      f"{WORD[cnt['Målet nått']]} har redan nått målet för 2030, medan {WORD[cnt['Negativ']]} har utvecklats åt fel "
      f"håll. Vid förra uppföljningen 2024 var det {WORD[E_PREV['Positiv']]}, {WORD[E_PREV['Negativ']]} respektive "
      f"{WORD[E_PREV['Målet nått']]}. Störst framsteg syns inom tillgänglighet, medan hälsa och livsmiljö har "
      f"kommit kortast.", size=10, lh=5.1)

# Figur 1: radar chart
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Figur 1. Måluppfyllelse per målområde, index 0–100", new_x="LMARGIN", new_y="NEXT")
cx, cy, R = 105, pdf.get_y() + 44, 33
angles = [-math.pi / 2 + k * 2 * math.pi / len(E_AREAS) for k in range(len(E_AREAS))]


def P(v, a):
    return cx + R * v / 100 * math.cos(a), cy + R * v / 100 * math.sin(a)


for ring in (25, 50, 75, 100):
    pts = [P(ring, a) for a in angles]
    pdf.set_draw_color(*((150, 150, 150) if ring == 100 else (205, 205, 205)))
    pdf.set_line_width(0.35 if ring == 100 else 0.15)
    pdf.polygon(pts, style="D")
    pdf.set_font("Sans", "", 6.4)
    pdf.set_text_color(150, 150, 150)
    x_, y_ = P(ring, angles[0])
    pdf.set_xy(x_ + 0.8, y_ - 1.2)
    pdf.cell(8, 3, str(ring))
for a in angles:
    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.15)
    pdf.line(cx, cy, *P(100, a))
vals = [e_index(nr) for nr, _ in E_AREAS]
poly = [P(v, a) for v, a in zip(vals, angles)]
pdf.set_fill_color(190, 225, 200)
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.6)
pdf.polygon(poly, style="DF")
pdf.set_line_width(0.2)
pdf.set_fill_color(*GREEN)
for (x_, y_), v, a in zip(poly, vals, angles):
    pdf.ellipse(x_ - 1.1, y_ - 1.1, 2.2, 2.2, style="F")
    lx, ly = cx + (R * v / 100 + 5) * math.cos(a), cy + (R * v / 100 + 5) * math.sin(a)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(lx - 6, ly - 2.2)
    pdf.cell(12, 4.4, str(v), align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
for (nr, name), a in zip(E_AREAS, angles):
    lx, ly = cx + (R + 8) * math.cos(a), cy + (R + 8) * math.sin(a)
    pdf.set_font("Sans", "", 8)
    w = 34
    if math.cos(a) > 0.3:
        x_ = lx
        al = "L"
    elif math.cos(a) < -0.3:
        x_ = lx - w
        al = "R"
    else:
        x_ = lx - w / 2
        al = "C"
    pdf.set_xy(x_, ly - (4 if math.sin(a) < -0.5 else 2))
    pdf.multi_cell(w, 3.6, f"{nr} {name}", align=al)
pdf.set_y(cy + R + 16)
pdf.set_font("Serif", "I", 8.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.3, "Indexet är ett genomsnitt för målområdets indikatorer av hur stor del av vägen från "
               "utgångsläget till målet för 2030 som har tillryggalagts. 0 betyder ingen förbättring eller en "
               "försämring och 100 att målet är nått.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
pdf.add_page()
pdf.h1("Indikatorer per målområde", size=12.5)
pdf.p("Tabellen visar varje indikators utgångsläge, det senaste tillgängliga värdet och målet för 2030. Det "
      "senaste värdet avser olika år beroende på när statistiken publiceras. Bedömningen jämför det senaste värdet "
      "med utgångsläget och målet.", size=9.8, lh=4.9)
AREA_TEXT = {"1": "fler ska ha en utbildning som efterfrågas på arbetsmarknaden",
             "2": "ett företagsklimat som ger fler nya och växande företag",
             "3": "snabba och hållbara förbindelser inom regionen och till omvärlden",
             "4": "minskade utsläpp och en högre andel förnybar energi",
             "5": "god hälsa, trygghet och bostäder för alla"}
for nr_, name_ in E_AREAS:
    pdf.set_x(24)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*GREEN)
    pdf.cell(6, 4.8, nr_)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(pdf.get_string_width(name_) + 2, 4.8, name_)
    pdf.set_font("Serif", "", 9.2)
    pdf.cell(0, 4.8, "– " + AREA_TEXT[nr_], new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
X0 = 22
WID = [9, 50, 14, 12, 14, 12, 14, 15, 26]
AL = ["L", "L", "L", "C", "R", "C", "R", "R", "L"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
BOTTOM = 297 - 22
SZ = 8.8
VP = 1.5


def whole_words(widths, cells, size, style=""):
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")


def heading(y, cont=False):
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_xy(X0, y)
    pdf.cell(0, 6, "Tabell 1 (forts.)" if cont else "Tabell 1. Indikatorer, utgångsläge, senaste värde och mål")
    y += 7
    head = ["Nr", "Indikator", "Enhet", "År", "Värde", "År", "Värde", "Mål 2030", "Bedömning"]
    hh = 5.6 + pdf.row_h(WID, head, size=8.2, font="Cond", style="B", vpad=0.5)
    pdf.set_fill_color(*PALEG)
    pdf.rect(X0, y, TW, hh, style="F")
    pdf.set_font("Cond", "B", 8.2)
    for a, b, lab in ((3, 5, "Utgångsläge"), (5, 7, "Senaste mätning")):
        pdf.set_xy(xs[a], y + 0.8)
        pdf.cell(xs[b] - xs[a], 4, lab, align="C")
        pdf.hline(xs[a] + 1, xs[b] - 1, y + 5.2, 0.25, GREEN)
    pdf.row(X0, y + 5.6, WID, AL, head, style="B", size=8.2, font="Cond", vpad=0.5)
    y += hh
    pdf.hline(X0, X0 + TW, y, 0.6, GREEN)
    return y


def area_row(y, nr, name, cont=False):
    y += 1
    pdf.set_fill_color(*GREEN)
    pdf.rect(X0, y, TW, 6.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(X0 + 2, y + 0.8)
    pdf.cell(TW - 4, 4.6, f"Målområde {nr}. {name}" + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    return y + 6.2


def ind_row(y, i):
    cells = e_cells(i)
    whole_words(WID, cells, SZ)
    h = pdf.row_h(WID, cells, size=SZ, font="Cond", vpad=VP)
    col = AS_COL[e_assess(i)]
    pdf.row(X0, y, WID, AL, cells[:-1] + [""], size=SZ, font="Cond", vpad=VP,
            styles=[None, None, None, None, None, None, "B", None, None])
    pdf.set_fill_color(*col)
    pdf.ellipse(xs[8] + 1.3, y + VP + 1.1, 2.0, 2.0, style="F")
    pdf.set_font("Cond", "B", SZ)
    pdf.set_text_color(*col)
    pdf.set_xy(xs[8] + 4.2, y + VP)
    pdf.cell(WID[8] - 5, 4, cells[-1])
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X0, X0 + TW, y + h, 0.1, (210, 210, 210))
    return h


pdf.set_auto_page_break(False)
y = heading(pdf.get_y() + 1)
broke_after = None
prev = None
for nr, name in E_AREAS:
    inds = [i for i in E_IND if i[0] == nr]
    first_h = pdf.row_h(WID, e_cells(inds[0]), size=SZ, font="Cond", vpad=VP)
    if y + 7.2 + first_h > BOTTOM:
        broke_after = prev
        pdf.set_xy(X0, y + 1)
        pdf.set_font("Sans", "I", 7.6)
        pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
        pdf.add_page()
        y = heading(pdf.get_y(), cont=True)
    y = area_row(y, nr, name)
    for i in inds:
        h = pdf.row_h(WID, e_cells(i), size=SZ, font="Cond", vpad=VP)
        if y + h > BOTTOM:
            broke_after = prev
            pdf.set_xy(X0, y + 1)
            pdf.set_font("Sans", "I", 7.6)
            pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
            pdf.add_page()
            y = heading(pdf.get_y(), cont=True)
            y = area_row(y, nr, name, cont=True)
        y += ind_row(y, i)
        prev = i[1]
pdf.hline(X0, X0 + TW, y + 0.3, 0.6, GREEN)
if broke_after != E_BREAK_AFTER:
    raise SystemExit(f"Tabell 1 broke after {broke_after!r}, data.E_BREAK_AFTER is {E_BREAK_AFTER!r}")
pdf.set_auto_page_break(True, 22)
pdf.set_y(y + 3)
# legend
for word in ("Målet nått", "Positiv", "Negativ"):
    pdf.set_fill_color(*AS_COL[word])
    yy = pdf.get_y()
    pdf.ellipse(X0 + 0.5, yy + 1.1, 2.0, 2.0, style="F")
    pdf.set_xy(X0 + 4, yy)
    pdf.set_font("Sans", "", 7.8)
    expl = {"Målet nått": "det senaste värdet når redan målet för 2030",
            "Positiv": "värdet har utvecklats i önskad riktning sedan utgångsläget",
            "Negativ": "värdet har utvecklats åt fel håll sedan utgångsläget"}[word]
    pdf.cell(0, 4.2, f"{word}: {expl}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer", size=11)
ind = {i[1]: i for i in E_IND}
bo, sy = ind["5.3"], ind["1.3"]
pdf.p(f"Bostadsbyggandet har minskat kraftigt sedan utgångsläget. Det beror på att {E_PASSAGE}. Under 2025 "
      f"färdigställdes {bo[8]} bostäder i regionen, vilket är långt under den nivå som behövs för att nå målet.",
      size=9.8, lh=4.9)
pdf.p("Sysselsättningen bland utrikes födda har inte ökat, främst eftersom många nyanlända under perioden har haft "
      "kort utbildning och arbetsmarknaden i regionen efterfrågar allt högre kompetens. Andelen unga som varken "
      "arbetar eller studerar har däremot minskat mer än väntat.", size=9.8, lh=4.9)

# ---------------------------------------------------------------- p. 4 priorities
pdf.add_page()
pdf.h1("Prioriteringar 2027", size=12.5)
pdf.p("Utifrån uppföljningen föreslår den regionala utvecklingsnämnden följande prioriteringar för det gemensamma "
      "arbetet under 2027. Prioriteringarna tas fram tillsammans med kommunerna i länets samverkansråd.",
      size=9.8, lh=4.9)
for k, (text, subs) in enumerate(E_PRIOS, 1):
    pdf.need(20)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*GREEN)
    pdf.cell(8, 5.2, f"{k}.")
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
    for j, (s_, subsubs) in enumerate(subs):
        pdf.set_x(30)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(7, 5, f"{'abcd'[j]})")
        pdf.multi_cell(0, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
        for ss in subsubs:
            pdf.set_x(37)
            pdf.cell(5, 5, "–")
            pdf.set_font("Serif", "I", 9.6)
            pdf.multi_cell(0, 5, ss, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 9.8)
    pdf.ln(2.2)
pdf.ln(3)
pdf.p("Nästa uppföljning av strategin görs 2028. Indikatorerna redovisas dessutom årligen på regionens webbplats "
      "när ny statistik publiceras.", size=9.8, lh=4.9)
pdf.ln(3)
pdf.set_font("Serif", "", 9.8)
pdf.cell(0, 5, f"Behandlad av regionala utvecklingsnämnden den {dmy(E_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{E_DIRECTOR[0]}\n{E_DIRECTOR[1].capitalize()}", f"{E_ANALYST[0]}\n{E_ANALYST[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
