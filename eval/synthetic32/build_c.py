"""(c) Westerlunda kommun – personalredovisning 2026.

Layout: Liberation Sans, portrait, 4 pages. P. 1: a ROUNDED FILLED TAB "PERSONALREDOVISNING 2026" in white capitals
above the title, a grey line with the decision, the summary with competing figures (2 997 vs 2 979 staff, 2 226
women and 771 men, 74,3 %, average age 45,3; sick leave 7,7 vs 7,4, women 8,6, men 5,0; turnover 10,6 vs 10,5
against the target 9,0) and Figur 1, a WAFFLE CHART – a 10 × 10 grid of small squares, one per per cent, coloured
for women and men – with a legend. P. 2: Tabell 1, staff per förvaltning in BOOKTABS STYLE (a heavy rule above and
below the heading and under the table, a thin rule before the total row, no other rules): Kvinnor / Män / Totalt
2026 / Totalt 2025 / Medelålder, år and a DOT-PLOT column "Medelålder" (a thin axis 40–50 år with ticks, one dot per
row and a DASHED VERTICAL LINE at the municipality's average running through all rows); then comments. P. 3:
sick leave: Figur 2, a DUMBBELL CHART (one line per age group and for all: an open circle for 2025 and a filled
circle for 2026 joined by a bar, the values printed at the outer ends), Tabell 2 (rows 2025 / 2026 / Förändring,
procentenheter; columns −29 år / 30–49 år / 50 år− / Samtliga; horizontal rules only), the sexes and the long-term
share in running text and the passage. P. 4: Tabell 3, overtime and turnover, TRANSPOSED: the förvaltningar are
COLUMNS headed by their ABBREVIATIONS (KLF … STF, Hela kommunen) and the measures are rows under two bold group
lines ("Övertid och mertid, timmar" / "Personalomsättning, %"), each with a 2025 and a 2026 row; an ABBREVIATION KEY
in small type under the table; comments and the measures for 2027 as a "•" list; the signature. No metadata
title.
"""
import datetime as dt

from common32 import HERE, Doc
from data import (C_DEPTS, C_AGE_GROUPS, C_SICK, C_SICK_SEX, C_LONG, C_OVERTIME, C_TURNOVER, C_TURNOVER_TARGET,
                  C_PASSAGE, c_total, c_totals, c_avg_age, c_sick_all, c_sick_sex_all, c_overtime_total,
                  c_turnover_all, c_women_share, g, d1, r1)

OUT = HERE / "westerlunda-personalredovisning-2026.pdf"
ACC = (36, 96, 74)
WOMEN, MEN = (36, 96, 74), (222, 160, 60)
pdf = Doc("Westerlunda kommun", "Personalredovisning 2026", "Sida {p} av 4", font="liberation", accent=ACC,
          foot="Westerlunda kommun · HR-avdelningen · Personalredovisning 2026",
          created=dt.datetime(2027, 3, 4, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
K, M, T, T25 = c_totals()
AGE = c_avg_age()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(22, 26, 62, 7.5, style="F", round_corners=True, corner_radius=3.7)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.6)
pdf.set_xy(22, 27.3)
pdf.cell(62, 5, "PERSONALREDOVISNING 2026", align="C")
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "B", 21)
pdf.set_xy(22, 37)
pdf.cell(0, 10, "Medarbetarna i Westerlunda kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(110, 110, 110)
pdf.set_font("Sans", "", 9.2)
pdf.cell(0, 5, "Redovisas för kommunstyrelsens personalutskott den 16 mars 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h2("Sammanfattning")
pdf.p(f"Den 31 december 2026 hade kommunen {g(T)} månadsavlönade medarbetare, {T - T25} fler än ett år tidigare, "
      f"då antalet var {g(T25)}. Av medarbetarna var {g(K)} kvinnor och {g(M)} män, vilket ger en kvinnoandel på "
      f"{d1(c_women_share())} procent. Medelåldern var {d1(AGE)} år.", size=10)
pdf.p(f"Sjukfrånvaron ökade till {d1(c_sick_all(2026))} procent av den ordinarie arbetstiden, från "
      f"{d1(c_sick_all(2025))} procent 2025. Kvinnornas sjukfrånvaro var {d1(C_SICK_SEX[2026][0])} procent och "
      f"männens {d1(C_SICK_SEX[2026][1])} procent.", size=10)
pdf.p(f"Personalomsättningen var {d1(c_turnover_all(1))} procent, mot {d1(c_turnover_all(0))} procent året innan. "
      f"Kommunens mål är en personalomsättning på högst {d1(C_TURNOVER_TARGET)} procent, och målet nåddes inte. "
      f"Övertiden och mertiden minskade något till {g(c_overtime_total(1))} timmar.", size=10)
pdf.ln(2)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Figur 1. Kvinnor och män bland medarbetarna 31 december 2026", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 2
n_w = round(c_women_share())
S, GAP_ = 5.2, 1.1
for i in range(100):
    r_, c_ = divmod(i, 10)
    pdf.set_fill_color(*(WOMEN if i < n_w else MEN))
    pdf.rect(22 + c_ * (S + GAP_), y0 + r_ * (S + GAP_), S, S, style="F")
lx = 22 + 10 * (S + GAP_) + 10
for k, (col, lab, val) in enumerate(((WOMEN, "Kvinnor", f"{g(K)} ({d1(c_women_share())} %)"),
                                     (MEN, "Män", f"{g(M)} ({d1(100 - c_women_share())} %)"))):
    yy = y0 + 8 + k * 16
    pdf.set_fill_color(*col)
    pdf.rect(lx, yy, 5, 5, style="F")
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(lx + 8, yy - 0.6)
    pdf.cell(60, 5.5, lab)
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(lx + 8, yy + 5)
    pdf.cell(60, 5, val)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.set_xy(lx, y0 + 44)
pdf.multi_cell(80, 3.8, "Varje ruta motsvarar en procent av de månadsavlönade medarbetarna.", align="L")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1 with a dot plot
pdf.add_page()
pdf.h1("Anställda per förvaltning", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Tabell 1. Månadsavlönade medarbetare per förvaltning 31 december 2026", new_x="LMARGIN",
         new_y="NEXT")
W1 = [62, 15, 15, 17, 17, 17, 23]
X1 = [22]
for w in W1[:-1]:
    X1.append(X1[-1] + w)
RIGHT = 22 + sum(W1)
y = pdf.get_y() + 1.5
pdf.set_line_width(0.7)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.2)
for i, h in enumerate(["Förvaltning", "Kvinnor", "Män", "Totalt\n2026", "Totalt\n2025", "Medel-\nålder, år",
                       "Medelålder"]):
    pdf.set_xy(X1[i], y + 1)
    pdf.multi_cell(W1[i] - 1.5, 3.8, h, align="L" if i == 0 else ("C" if i == 6 else "R"))
y += 9
pdf.set_line_width(0.7)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
AX0, AX1 = X1[6] + 2, X1[6] + W1[6] - 2


def ax(v):
    return AX0 + (v - 40) / 10 * (AX1 - AX0)


top = y
RH = 7.0
for d in C_DEPTS:
    pdf.set_font("Sans", "", 8.8)
    for i, c in enumerate([d[1], g(d[2]), g(d[3]), g(c_total(d)), g(d[4]), d1(d[5])]):
        pdf.set_xy(X1[i], y + 1.2)
        pdf.cell(W1[i] - 1.5, 4.6, c, align="L" if i == 0 else "R")
    pdf.set_draw_color(190, 190, 190)
    pdf.line(AX0, y + RH / 2, AX1, y + RH / 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(*ACC)
    pdf.ellipse(ax(d[5]) - 1.3, y + RH / 2 - 1.3, 2.6, 2.6, style="F")
    y += RH
pdf.set_draw_color(200, 60, 60)
pdf.set_dash_pattern(dash=0.8, gap=0.8)
pdf.line(ax(AGE), top + 0.8, ax(AGE), y + RH - 0.8)
pdf.set_dash_pattern()
pdf.set_draw_color(0, 0, 0)
pdf.line(22, y, RIGHT, y)
pdf.set_font("Sans", "B", 8.8)
for i, c in enumerate(["Hela kommunen", g(K), g(M), g(T), g(T25), d1(AGE)]):
    pdf.set_xy(X1[i], y + 1.2)
    pdf.cell(W1[i] - 1.5, 4.6, c, align="L" if i == 0 else "R")
y += RH
pdf.set_line_width(0.7)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(100, 100, 100)
for v in (40, 45, 50):
    pdf.set_xy(ax(v) - 4, y + 0.8)
    pdf.cell(8, 3.4, str(v), align="C")
pdf.set_xy(22, y + 5)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(0, 3.8, "Punkten visar förvaltningens medelålder på en skala från 40 till 50 år. Den streckade linjen "
               "är kommunens medelålder.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
vof = [d for d in C_DEPTS if d[0] == "VOF"][0]
bigger = [d for d in C_DEPTS if c_total(d) > d[4]]
NUMW = {3: "Tre", 4: "Fyra", 5: "Fem", 6: "Sex"}
pdf.p(f"Vård- och omsorgsförvaltningen är kommunens största arbetsplats med {g(c_total(vof))} medarbetare, men "
      f"antalet minskade med {vof[4] - c_total(vof)} under året sedan två gruppbostäder lagts samman. "
      f"{NUMW[len(bigger)]} av de sju förvaltningarna har fler medarbetare än vid utgången av 2025.", size=10)
pdf.p("Medelåldern är högst inom service- och teknikförvaltningen, där många av medarbetarna inom fastighetsskötsel "
      "och kost går i pension under de närmaste fem åren. Individ- och familjeomsorgsförvaltningen har den lägsta "
      "medelåldern.", size=10)

# ---------------------------------------------------------------- p. 3 sick leave
pdf.add_page()
pdf.h1("Sjukfrånvaro", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Figur 2. Sjukfrånvaro per åldersgrupp 2025 och 2026, procent av ordinarie arbetstid",
         new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 3
DX0, DX1 = 62, 178
lo, hi = 4.0, 10.0


def dx(v):
    return DX0 + (v - lo) / (hi - lo) * (DX1 - DX0)


pdf.set_font("Sans", "", 7)
pdf.set_text_color(120, 120, 120)
for v in range(4, 11):
    pdf.set_draw_color(228, 228, 228)
    pdf.line(dx(v), y, dx(v), y + 4 * 9 + 2)
    pdf.set_xy(dx(v) - 4, y + 4 * 9 + 2.5)
    pdf.cell(8, 3.5, f"{v} %", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
groups = [(lab, C_SICK[2025][k], C_SICK[2026][k]) for k, lab in enumerate(C_AGE_GROUPS)] + \
         [("Samtliga", c_sick_all(2025), c_sick_all(2026))]
for k, (lab, a, b) in enumerate(groups):
    yy = y + 4 + k * 9
    pdf.set_font("Sans", "B" if lab == "Samtliga" else "", 9)
    pdf.set_xy(22, yy - 2.4)
    pdf.cell(36, 4.8, lab)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(1.1)
    pdf.line(dx(a), yy, dx(b), yy)
    pdf.set_line_width(0.3)
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(dx(a) - 1.6, yy - 1.6, 3.2, 3.2, style="DF")
    pdf.set_fill_color(*ACC)
    pdf.ellipse(dx(b) - 1.6, yy - 1.6, 3.2, 3.2, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    lo_x, hi_x = (dx(a), dx(b)) if a <= b else (dx(b), dx(a))
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(lo_x - 12.5, yy - 2)
    pdf.cell(10, 4, d1(min(a, b)), align="R")
    pdf.set_xy(hi_x + 2.5, yy - 2)
    pdf.cell(10, 4, d1(max(a, b)), align="L")
pdf.set_y(y + 4 * 9 + 8)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Ofylld cirkel: 2025. Fylld cirkel: 2026.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Tabell 2. Sjukfrånvaro per åldersgrupp, procent av ordinarie arbetstid", new_x="LMARGIN",
         new_y="NEXT")
W2 = [58, 26, 26, 26, 26]
X2 = [22]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
R2 = 22 + sum(W2)
y = pdf.get_y() + 1.5
pdf.set_line_width(0.5)
pdf.line(22, y, R2, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(["År"] + C_AGE_GROUPS + ["Samtliga"]):
    pdf.set_xy(X2[i], y + 0.8)
    pdf.cell(W2[i] - 1.5, 5, h, align="L" if i == 0 else "R")
y += 6.6
pdf.line(22, y, R2, y)
rows2 = [("2025", list(C_SICK[2025]) + [c_sick_all(2025)], ""),
         ("2026", list(C_SICK[2026]) + [c_sick_all(2026)], ""),
         ("Förändring, procentenheter",
          [r1(b - a) for a, b in zip(list(C_SICK[2025]) + [c_sick_all(2025)],
                                     list(C_SICK[2026]) + [c_sick_all(2026)])], "I")]
for lab, vals, st in rows2:
    pdf.set_font("Sans", st, 8.8)
    cells = [lab] + [d1(v, plus=(st == "I")) for v in vals]
    for i, c in enumerate(cells):
        pdf.set_xy(X2[i], y + 0.8)
        pdf.cell(W2[i] - 1.5, 5, c, align="L" if i == 0 else "R")
    y += 6.4
    pdf.set_draw_color(210, 210, 210)
    pdf.line(22, y, R2, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(22, y, R2, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 5)
s5, s6 = C_SICK[2025][2], C_SICK[2026][2]
pdf.p(f"Sjukfrånvaron ökade i åldersgruppen 50 år och äldre, från {d1(s5)} till {d1(s6)} procent. Ökningen beror "
      f"på att {C_PASSAGE}. I de två yngre åldersgrupperna minskade sjukfrånvaron.", size=10)
pdf.p(f"Kvinnornas sjukfrånvaro var {d1(C_SICK_SEX[2026][0])} procent ({d1(C_SICK_SEX[2025][0])} procent 2025) och "
      f"männens {d1(C_SICK_SEX[2026][1])} procent ({d1(C_SICK_SEX[2025][1])} procent). Långtidssjukfrånvaron, 60 "
      f"dagar eller mer, svarade för {d1(C_LONG[1])} procent av den totala sjukfrånvaron, mot {d1(C_LONG[0])} "
      "procent året innan.", size=10)
pdf.p("Företagshälsovården har från hösten 2026 erbjudit tidiga samtal till alla som varit sjukskrivna i mer än "
      "fjorton dagar, och chefer får stöd av en rehabiliteringssamordnare på HR-avdelningen.", size=10)

# ---------------------------------------------------------------- p. 4 transposed Tabell 3
pdf.add_page()
pdf.h1("Övertid och personalomsättning", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Tabell 3. Övertid och mertid samt personalomsättning per förvaltning 2025 och 2026",
         new_x="LMARGIN", new_y="NEXT")
codes = [d[0] for d in C_DEPTS]
W3 = [30] + [16] * 7 + [24]
X3 = [22]
for w in W3[:-1]:
    X3.append(X3[-1] + w)
R3 = 22 + sum(W3)
y = pdf.get_y() + 1.5
pdf.set_fill_color(*ACC)
pdf.rect(22, y, R3 - 22, 7, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.4)
for i, h in enumerate([""] + codes + ["Hela\nkommunen"]):
    pdf.set_xy(X3[i], y + (1.2 if i <= 7 else 0.1))
    if i == 8:
        pdf.multi_cell(W3[i] - 1.5, 3.4, h, align="R")
    else:
        pdf.cell(W3[i] - 1.5, 4.6, h, align="R")
pdf.set_text_color(0, 0, 0)
y += 7
blocks = [("Övertid och mertid, timmar", [(yr, [g(C_OVERTIME[c][k]) for c in codes] + [g(c_overtime_total(k))])
                                          for k, yr in enumerate(("2025", "2026"))]),
          ("Personalomsättning, %", [(yr, [d1(C_TURNOVER[c][k]) for c in codes] + [d1(c_turnover_all(k))])
                                     for k, yr in enumerate(("2025", "2026"))])]
for head, rows in blocks:
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*ACC)
    pdf.set_xy(22, y + 1.4)
    pdf.cell(120, 4.6, head)
    pdf.set_text_color(0, 0, 0)
    y += 6.8
    for yr, vals in rows:
        pdf.set_font("Sans", "", 8.8)
        for i, c in enumerate([yr] + vals):
            pdf.set_xy(X3[i] + (4 if i == 0 else 0), y + 0.8)
            pdf.cell(W3[i] - (4 if i == 0 else 1.5), 4.8, c, align="L" if i == 0 else "R")
        y += 6.4
        pdf.set_draw_color(210, 210, 210)
        pdf.line(22, y, R3, y)
        pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(22, y, R3, y)
pdf.set_line_width(0.2)
pdf.set_xy(22, y + 1.6)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(R3 - 22, 3.6, "; ".join(f"{d[0]} = {d[1].lower()}" for d in C_DEPTS) +
               ". Personalomsättning = andelen tillsvidareanställda som slutat under året; för hela kommunen vägd "
               "med antalet medarbetare.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
v25, v26 = C_OVERTIME["VOF"]
pdf.p(f"Övertiden och mertiden minskade totalt till {g(c_overtime_total(1))} timmar från {g(c_overtime_total(0))}. "
      f"Vård- och omsorgsförvaltningen minskade sin övertid med {g(v25 - v26)} timmar efter att fler deltider har "
      "gjorts om till heltider, medan barn- och utbildningsförvaltningen ökade sin övertid när vikarier saknades.",
      size=10)
pdf.p("Personalomsättningen är högst inom individ- och familjeomsorgsförvaltningen, där flera socialsekreterare har "
      "gått till grannkommuner med högre löner. Kultur- och fritidsförvaltningen har den lägsta "
      "personalomsättningen.", size=10)
pdf.h2("Åtgärder 2027")
pdf.bullets(["Ett gemensamt program för friskvård och tidig rehabilitering för medarbetare över 50 år.",
             "Riktade lönesatsningar för socialsekreterare och förskollärare i samband med löneöversynen.",
             "Heltid som norm i vård och omsorg, med schemaläggning som minskar behovet av övertid."],
            size=9.8, lh=4.8)
pdf.ln(5)
yy = pdf.get_y()
pdf.line(22, yy + 8, 90, yy + 8)
pdf.set_xy(22, yy + 9)
pdf.set_font("Sans", "", 9)
pdf.cell(70, 5, "Weronica Kallin, HR-chef")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
