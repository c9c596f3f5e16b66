"""(c) Gesterby kommun – barn- och utbildningsnämndens nämndplan 2027 (mål och indikatorer).

Layout: Liberation Serif text, Liberation Sans Narrow tables, portrait, 4 pages. P. 1: the nämnd in small grey
capitals, the title with a THICK VERTICAL ACCENT BAR at its left, a FLOW DIAGRAM of three linked boxes ("Vision
2035" → "4 nämndmål" → "16 indikatorer", drawn arrows between them), the budget paragraph with competing amounts in
mnkr and a framed reading guide. Pp. 2–3: the goals, each as a heading with a SMALL ACCENT LABEL "MÅL 1" above the
goal text in bold serif, then its own small table: Nr / Indikator / Enhet / Utgångsvärde / Basår (baseline value
and year in SEPARATE columns) / Utfall 2025 / Målvärde 2027 / Önskad riktning ("öka" / "minska") / Källa and a
BULLET-CHART column "Utfall mot mål": a pale track, a dark bar up to the outcome 2025, a black tick at the target
2027 and a small open circle at the baseline. Thin grey row rules, a rule in the accent colour under each heading
row, no vertical rules. The goal 3 table breaks after indicator 3.1: p. 2 ends with "Mål 3 fortsätter på nästa
sida.", p. 3 repeats the goal heading with "(forts.)" and the heading row. Sources are explained under the table.
P. 4: the analysis (why the merit value fell), the nämnd's tasks for 2027 as a "•" list with deadlines in four forms
("30 april 2027", "augusti 2027", "2027-10-31", "december 2027") and the follow-up. Metadata title set.
"""
import datetime as dt

from common30 import HERE, Doc
from data import (C_GOALS, C_INDICATORS, C_BREAK_AFTER, C_FRAME, C_PASSAGE, C_TASKS, c_fmt, d1)

OUT = HERE / "gesterby-bun-namndplan-2027.pdf"
ACC = (20, 110, 120)
pdf = Doc("Gesterby kommun", "Nämndplan 2027 · Barn- och utbildningsnämnden", "Sida {p} av 4", font="liberation",
          serif=True, accent=ACC, title="Nämndplan 2027 för barn- och utbildningsnämnden",
          author="Gesterby kommun, barn- och utbildningsförvaltningen",
          foot="Gesterby kommun · Barn- och utbildningsnämnden · Dnr BUN 2026/188",
          created=dt.datetime(2026, 12, 3, 9, 45, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
n_ind = len(C_INDICATORS)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4.5, "BARN- OCH UTBILDNINGSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 2
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 2.4, 17, style="F")
pdf.set_xy(26, y)
pdf.set_font("Serif", "B", 22)
pdf.cell(0, 9.5, "Nämndplan 2027")
pdf.set_xy(26, y + 10)
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Mål, indikatorer och uppdrag för förskola och skola i Gesterby")
pdf.set_y(y + 24)
# flow diagram
boxes = [("Vision 2035", "Gesterby – en plats att växa i"), (f"{len(C_GOALS)} nämndmål", "beslutade av nämnden"),
         (f"{n_ind} indikatorer", "med målvärden för 2027")]
bw, bh, gap = 46, 17, 16
y0 = pdf.get_y()
for i, (a, b) in enumerate(boxes):
    x = 20 + i * (bw + gap)
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(232, 243, 244)
    pdf.set_line_width(0.4)
    pdf.rect(x, y0, bw, bh, style="DF", round_corners=True, corner_radius=2.5)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(x, y0 + 3)
    pdf.cell(bw, 5, a, align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x, y0 + 9)
    pdf.cell(bw, 4, b, align="C")
    if i < 2:
        ax = x + bw + 2
        pdf.line(ax, y0 + bh / 2, ax + gap - 5, y0 + bh / 2)
        pdf.set_fill_color(*ACC)
        pdf.polygon([(ax + gap - 4, y0 + bh / 2), (ax + gap - 7, y0 + bh / 2 - 1.8),
                     (ax + gap - 7, y0 + bh / 2 + 1.8)], style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + bh + 7)
pdf.h2("Inledning")
pdf.p("Nämndplanen beskriver hur barn- och utbildningsnämnden ska bidra till kommunens vision och till "
      "kommunfullmäktiges mål under 2027. Planen omfattar förskola, grundskola, fritidshem och grundsärskola. "
      f"Nämnden har {len(C_GOALS)} mål, och varje mål följs upp med indikatorer som har ett utgångsvärde, ett "
      "utfall för 2025 och ett målvärde för 2027.", size=10, lh=5)
pdf.h2("Ekonomiska förutsättningar")
inc = round(C_FRAME[0] - C_FRAME[1], 1)
pdf.p(f"Nämndens budgetram för 2027 är {d1(C_FRAME[0])} mnkr, vilket är {d1(inc)} mnkr mer än ramen för 2026 på "
      f"{d1(C_FRAME[1])} mnkr. Av ökningen avser 12,4 mnkr kompensation för löner och priser och 6,5 mnkr fler "
      "barn i förskolan. Grundskolans elevpeng höjs med 2,1 procent.", size=10, lh=5)
y = pdf.get_y() + 3
pdf.set_draw_color(150, 150, 150)
pdf.set_xy(25, y + 3)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Så läser du tabellerna", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Serif", "", 9.4)
pdf.multi_cell(160, 4.7, "Utgångsvärdet är det värde som målvärdet jämförs med, och basåret är det år som "
               "utgångsvärdet avser. Utfall 2025 är det senast kända värdet. Önskad riktning anger om värdet ska "
               "öka eller minska. I kolumnen längst till höger visar den mörka stapeln utfallet, det svarta "
               "strecket målvärdet och den lilla ringen utgångsvärdet.", align="L", new_x="LMARGIN", new_y="NEXT")
ye = pdf.get_y() + 3
pdf.rect(20, y, 170, ye - y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(ye)

# ---------------------------------------------------------------- pp. 2–3 goals and indicators
W = [7, 44, 10, 15, 10, 13, 14, 14, 26, 17]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = 20 + sum(W)


def goal_head(code, text, cont=False):
    pdf.ln(2)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 4, code.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(0, 6, text + (" (forts.)" if cont else ""), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def head_row():
    y = pdf.get_y()
    heads = ["Nr", "Indikator", "Enhet", "Utgångs-\nvärde", "Basår", "Utfall\n2025", "Målvärde\n2027",
             "Önskad\nriktning", "Källa", "Utfall mot mål"]
    pdf.set_font("Cond", "B", 7.8)
    for i, h in enumerate(heads):
        two = "\n" in h
        pdf.set_xy(XS[i] + 0.6, y + (0.4 if two else 2.2))
        pdf.multi_cell(W[i] - 1.2, 3.6, h, align="L" if i in (0, 1, 2, 7, 8, 9) else "R")
    y += 8
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.5)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y)


def bullet(x, y, w, ind):
    vals = [ind[4], ind[6], ind[7]]
    lo, hi = min(vals), max(vals)
    lo, hi = lo - (hi - lo) * 0.35 - 0.01, hi + (hi - lo) * 0.15 + 0.01
    pos = lambda v: x + (v - lo) / (hi - lo) * w  # noqa: E731
    pdf.set_fill_color(226, 232, 233)
    pdf.rect(x, y, w, 3.2, style="F")
    pdf.set_fill_color(60, 70, 75)
    pdf.rect(x, y + 0.9, pos(ind[6]) - x, 1.4, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(pos(ind[7]), y - 0.5, pos(ind[7]), y + 3.7)
    pdf.set_line_width(0.25)
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x=pos(ind[4]), y=y + 1.6, radius=0.9, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def ind_row(ind):
    y = pdf.get_y()
    lh = 3.7
    pdf.set_font("Cond", "", 8.4)
    nl = len(pdf.multi_cell(W[1] - 1.2, lh, ind[2], dry_run=True, output="LINES"))
    rh = nl * lh + 2.4
    ty = y + 1.2
    cells = [ind[1], ind[2], ind[3], c_fmt(ind, ind[4]), str(ind[5]), c_fmt(ind, ind[6]), c_fmt(ind, ind[7]),
             ind[8], ind[9]]
    for i, c in enumerate(cells):
        pdf.set_font("Cond", "B" if i == 5 else "", 8.4)
        pdf.set_xy(XS[i] + 0.6, ty)
        pdf.multi_cell(W[i] - 1.2, lh, c, align="L" if i in (0, 1, 2, 7, 8) else "R")
    bullet(XS[9] + 1, ty + 0.2, W[9] - 3, ind)
    y += rh
    pdf.set_draw_color(205, 205, 205)
    pdf.line(20, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y)


pdf.add_page()
pdf.h1("Nämndens mål och indikatorer", size=13)
pdf.p("Tabellerna redovisar nämndens fyra mål med indikatorer. Målvärdena gäller för 2027.", size=9.6, lh=4.8)
for code, text in C_GOALS:
    goal_head(code, text)
    head_row()
    for ind in [i for i in C_INDICATORS if i[0] == code]:
        ind_row(ind)
        if ind[1] == C_BREAK_AFTER:
            pdf.ln(1.5)
            pdf.set_font("Serif", "I", 8.6)
            pdf.cell(0, 4, f"{code} fortsätter på nästa sida.", align="R")
            pdf.add_page()
            goal_head(code, text, cont=True)
            head_row()
    pdf.ln(2)
pdf.ln(1)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.6, "Källor: Skolverket = Skolverkets officiella statistik. Elevenkäten, Föräldraenkäten och "
               "Medarbetarenkäten genomförs av kommunen varje vår. Ärendesystemet, Närvarosystemet, Kösystemet och "
               "Personalsystemet är förvaltningens egna system.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Analys", size=13)
mv = [i for i in C_INDICATORS if i[1] == "1.2"][0]
sv3 = [i for i in C_INDICATORS if i[1] == "1.4"][0]
pdf.p(f"Resultaten i grundskolan är blandade. Andelen behöriga till yrkesprogram har ökat något, men det "
      f"genomsnittliga meritvärdet sjönk från {d1(mv[4])} till {d1(mv[6])} poäng. " + C_PASSAGE + " Nämnden "
      "bedömer att målvärdet för 2027 blir svårt att nå utan särskilda insatser.", size=10, lh=5)
pdf.p(f"Andelen elever i åk 3 som klarade det nationella provet i svenska minskade till {d1(sv3[6])} procent. "
      "Förvaltningen ska analysera resultaten per skola under våren 2027. Förskolan utvecklas i rätt riktning: "
      "andelen förskollärare ökar och vårdnadshavarna är mer nöjda än tidigare.", size=10, lh=5)
pdf.h1("Nämndens uppdrag 2027", size=13)
pdf.bullets([f"{t}. Klart: {d}" for t, d in C_TASKS], size=10, lh=5)
pdf.h1("Uppföljning", size=13)
pdf.p("Indikatorerna följs upp i delårsrapporten per den 31 augusti 2027 och i verksamhetsberättelsen för 2027. "
      "Uppdragen redovisas till nämnden när de är klara.", size=10, lh=5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
