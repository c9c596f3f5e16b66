"""(e) Rokstad kommun – klimatbokslut 2026 (territoriella utsläpp 1990–2025 och kommunens klimatinvesteringar).

Layout: DejaVu Serif text, DejaVu Sans Condensed tables, portrait, 3 pages. P. 1 has no running header: a BAND OF
FIVE VERTICAL STRIPES fading from grey to green down the left edge of the title block, "ROKSTAD KOMMUN", the title and
the subtitle, "Sammanfattning" in running text with competing figures (133 300 ton 2025; −53,3 % since 1990 and
−37,6 % since 2010; the target 98 000 ton in 2030 and net zero by 2045; the reduction still needed 35 300 ton =
7 060 ton a year; per capita 4,2 vs 9,9 ton) and Figur 1, a COLUMN CHART of the totals 1990 / 2010 / 2020 / 2025
in solid green with the 2030 TARGET AS AN OUTLINED, DASHED COLUMN, the value above every column. P. 2: Tabell 1,
emissions per sector in ton CO2e with a STACKED HEADING ("Utsläpp, ton CO2e" over 1990 / 2010 / 2020 / 2025¹ /
Mål 2030; "Procent" over "Förändring 1990–2025" / "Andel 2025"), horizontal hairlines only, a DASHED VERTICAL RULE
BEFORE THE TARGET COLUMN and a solid one before the per-cent columns, "VARAV" ROWS INDENTED IN GREY ITALICS under
Transporter, signed changes ("−37,7", "+66,7"), "–" where no target is set, a bold Totalt row between heavy rules,
a footnote and a source line, then comments per sector (the passage on industry) and the per-capita text. P. 3:
Tabell 2, the investments with support from Klimatklivet, INSIDE A ROUNDED FRAME with a tinted heading band (Projekt
/ Beviljat stöd, tkr / Total investering, tkr / Klart år) and a bold Summa row, the charging points in running text
(64 → 146) and "Milstolpar" as a HORIZONTAL TIMELINE (a line with four dots, the year in bold above each dot and a
short text under it), then the contact. Metadata title set.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (E_YEARS, E_SECTORS, E_POP, E_TARGET_TOTAL, E_NETZERO, E_PLAN_YEAR, E_CHARGERS, E_PASSAGE,
                  E_PROJECTS, E_CONTACT, E_DECIDED, e_total, e_change, e_share, e_per_capita, pct, g, d1, dmy)

OUT = HERE / "rokstad-klimatbokslut-2026.pdf"
GRN = (40, 120, 70)
GREY = (110, 110, 110)
pdf = Doc("Rokstad kommun", "Klimatbokslut 2026", "Sida {p} av 3", font="dejavu", serif=True, accent=GRN,
          title="Rokstad kommun – Klimatbokslut 2026", author="Rokstad kommun, samhällsbyggnadsförvaltningen",
          foot="Rokstad kommun · Klimatbokslut 2026",
          created=dt.datetime(2027, 4, 6, 9, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 20)
pdf.no_furniture = (1,)
T = e_total()
D90 = pct(T[3], T[0])
D10 = pct(T[3], T[1])
NEED = T[3] - E_TARGET_TOTAL

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for k in range(5):
    c = tuple(int(170 + (b - 170) * k / 4) for b in GRN)
    pdf.set_fill_color(*c)
    pdf.rect(22 + k * 1.6, 14, 1.2, 28, style="F")
pdf.set_xy(33, 14)
pdf.set_font("Sans", "B", 9.5)
pdf.set_text_color(*GRN)
pdf.cell(0, 5, "ROKSTAD KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(33, 21)
pdf.set_font("Serif", "B", 22)
pdf.cell(0, 10, "Klimatbokslut 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(33, 32)
pdf.set_font("Serif", "I", 11)
pdf.multi_cell(150, 5.2, "Territoriella utsläpp av växthusgaser 1990–2025 och kommunens klimatinvesteringar",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(50)
pdf.h1("Sammanfattning")
pdf.p(f"De territoriella utsläppen av växthusgaser i Rokstad uppgick till {g(T[3])} ton koldioxidekvivalenter "
      f"2025. Det är {d1(-D90)} procent lägre än 1990 och {d1(-D10)} procent lägre än 2010. Minskningen sedan "
      f"1990 beror främst på att oljeeldningen i bostäder och lokaler har upphört och på att industrin och "
      f"fjärrvärmen har bytt till förnybara bränslen.")
pdf.p(f"Målet är att utsläppen 2030 ska vara högst {g(E_TARGET_TOTAL)} ton och att kommunen ska nå "
      f"nettonollutsläpp senast {E_NETZERO}. För att nå etappmålet 2030 behöver utsläppen minska med ytterligare "
      f"{g(NEED)} ton, vilket motsvarar {g(NEED / 5)} ton per år under fem år.")
pdf.p(f"Per invånare motsvarade utsläppen {d1(e_per_capita(2025))} ton 2025, jämfört med "
      f"{d1(e_per_capita(1990))} ton 1990. Befolkningen har under samma tid ökat från {g(E_POP[1990])} till "
      f"{g(E_POP[2025])} invånare.")
# Figur 1
pdf.ln(2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Figur 1. Utsläpp av växthusgaser i Rokstad, ton CO2e", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 4
base = y0 + 62
vals = list(T) + [E_TARGET_TOTAL]
labs = [str(y_) for y_ in E_YEARS] + ["Mål 2030"]
mx = 300000
bw, gap, x = 20, 11, 34
pdf.hline(28, 182, base, 0.4, (80, 80, 80))
for k, (v, lab) in enumerate(zip(vals, labs)):
    h = v / mx * 58
    if k < 4:
        pdf.set_fill_color(*GRN)
        pdf.rect(x, base - h, bw, h, style="F")
    else:
        pdf.set_draw_color(*GRN)
        pdf.set_dash_pattern(dash=1.2, gap=0.9)
        pdf.set_line_width(0.5)
        pdf.rect(x, base - h, bw, h)
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_xy(x - 4, base - h - 5)
    pdf.cell(bw + 8, 4, g(v), align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 4, base + 1)
    pdf.cell(bw + 8, 4, lab, align="C")
    x += bw + gap
pdf.set_y(base + 8)
pdf.set_font("Sans", "", 7.6)
pdf.cell(0, 4, "Den streckade stapeln visar kommunens mål för 2030. Värdet för 2025 är preliminärt.",
         new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Utsläpp per sektor")
pdf.p("Tabell 1 visar utsläppen per sektor för basåret 1990, för 2010 och 2020 och för det senaste året med "
      "statistik. Sektorindelningen följer den nationella emissionsdatabasen.", size=9.6)
W = [40, 18, 18, 18, 18, 18, 22, 16]
AL = ["L"] + ["R"] * 7
TX = 22
TW = sum(W)
XS = [TX]
for w_ in W:
    XS.append(XS[-1] + w_)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Utsläpp av växthusgaser per sektor, ton CO2e", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
ytop = y
pdf.hline(TX, TX + TW, y, 0.8, GRN)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[1], y + 0.8)
pdf.cell(XS[6] - XS[1], 4, "Utsläpp, ton CO2e", align="C")
pdf.hline(XS[1] + 1.5, XS[6] - 1.5, y + 5.2, 0.3, GRN)
pdf.set_xy(XS[6], y + 0.8)
pdf.cell(XS[8] - XS[6], 4, "Procent", align="C")
pdf.hline(XS[6] + 1.5, XS[8] - 1.5, y + 5.2, 0.3, GRN)
head = ["Sektor", "1990", "2010", "2020", "2025¹", "Mål 2030", "Förändring\n1990–2025", "Andel\n2025"]
y += 5.6
y += pdf.row(TX, y, W, AL, head, font="Cond", style="B", size=8.2, lh=3.7)
pdf.hline(TX, TX + TW, y, 0.4, GRN)
for s in E_SECTORS:
    tgt = "–" if s[3] is None else g(s[3])
    cells = [s[0]] + [g(v) for v in s[2]] + [tgt, d1(e_change(s), plus=True), d1(e_share(s))]
    if s[1]:
        h = pdf.row(TX + 4, y, [W[0] - 4] + W[1:], AL, cells, font="Cond", style="I", size=8.6, lh=4, vpad=0.9,
                    color=GREY)
    else:
        h = pdf.row(TX, y, W, AL, cells, font="Cond", size=8.8, lh=4.1, vpad=1.1)
    y += h
    pdf.hline(TX, TX + TW, y, 0.1, (190, 190, 190))
pdf.hline(TX, TX + TW, y, 0.6)
tot = ["Totalt"] + [g(v) for v in T] + [g(E_TARGET_TOTAL), d1(D90, plus=True), "100,0"]
y += pdf.row(TX, y + 0.3, W, AL, tot, font="Cond", style="B", size=8.8, lh=4.1) + 0.3
pdf.hline(TX, TX + TW, y, 0.8, GRN)
pdf.vline(XS[5], ytop + 5.6, y, 0.3, (90, 90, 90), dash=(0.8, 0.7))
pdf.vline(XS[6], ytop + 5.6, y, 0.3, (90, 90, 90))
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(0, 3.6, "¹ Preliminära värden. Varav-raderna ingår i Transporter och summeras inte i Totalt. "
                       "Källa: nationella emissionsdatabasen och kommunens egna beräkningar.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer per sektor")
sec = {s[0]: s for s in E_SECTORS}
ind, tr, am = sec["Industri"], sec["Transporter"], sec["Arbetsmaskiner"]
pdf.p(f"Industrins utsläpp har minskat med {d1(-e_change(ind))} procent sedan 1990. Den största förändringen "
      f"skedde när {E_PASSAGE}. Industrin och el- och värmesektorn ligger redan under sina nivåer för 2030.",
      size=9.6)
pdf.p(f"Transporterna står för {d1(e_share(tr))} procent av utsläppen och är den största sektorn. Personbilarnas "
      f"utsläpp minskar när andelen elbilar ökar, men de tunga fordonen minskar långsamt. Arbetsmaskinernas "
      f"utsläpp ökade mellan 2020 och 2025 till följd av flera stora byggprojekt.", size=9.6)

# ---------------------------------------------------------------- p. 3 investments + timeline
pdf.add_page()
pdf.h1("Kommunens klimatinvesteringar")
pdf.p("Kommunen och de kommunala bolagen har fått stöd från Klimatklivet till sju investeringar som minskar "
      "utsläppen. Tabell 2 visar det beviljade stödet och den totala investeringen.", size=9.6)
PW = [86, 28, 28, 22]
PA = ["L", "R", "R", "R"]
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2. Investeringar med stöd från Klimatklivet", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1.5
rows_h = [pdf.row_h(PW, ["Projekt", "Beviljat stöd, tkr", "Total investering, tkr", "Klart år"], font="Cond",
                    style="B", size=8.4, lh=3.8)]
for p_ in E_PROJECTS:
    rows_h.append(pdf.row_h(PW, [p_[0], g(p_[1]), g(p_[2]), str(p_[3])], font="Cond", size=8.8, lh=4.1))
rows_h.append(7)
frame_h = sum(rows_h) + 2
pdf.set_fill_color(226, 240, 230)
pdf.rect(TX, y, sum(PW), rows_h[0] + 1, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=3)
pdf.set_draw_color(*GRN)
pdf.set_line_width(0.4)
pdf.rect(TX, y, sum(PW), frame_h, round_corners=True, corner_radius=3)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
yy = y + 0.5
yy += pdf.row(TX, yy, PW, PA, ["Projekt", "Beviljat stöd, tkr", "Total investering, tkr", "Klart år"],
              font="Cond", style="B", size=8.4, lh=3.8)
for p_ in E_PROJECTS:
    h = pdf.row(TX, yy, PW, PA, [p_[0], g(p_[1]), g(p_[2]), str(p_[3])], font="Cond", size=8.8, lh=4.1)
    pdf.hline(TX + 2, TX + sum(PW) - 2, yy, 0.1, (190, 190, 190))
    yy += h
pdf.hline(TX + 2, TX + sum(PW) - 2, yy, 0.4)
pdf.row(TX, yy + 0.6, PW, PA, ["Summa", g(sum(p_[1] for p_ in E_PROJECTS)), g(sum(p_[2] for p_ in E_PROJECTS)),
                                ""], font="Cond", style="B", size=8.8, lh=4.1)
pdf.set_y(y + frame_h + 4)
pdf.p(f"Laddinfrastrukturen har byggts ut snabbt. Antalet publika laddpunkter i kommunen ökade från "
      f"{E_CHARGERS[0]} till {E_CHARGERS[1]} under 2025, varav de flesta vid handelsplatser och vid "
      f"resecentrum.", size=9.6)
pdf.h2("Milstolpar")
y = pdf.get_y() + 8
pdf.hline(30, 180, y, 0.8, GRN)
stones = [(1990, "Basår för kommunens klimatmål"), (E_PLAN_YEAR, "Klimatplanen antas av fullmäktige"),
          (2030, f"Etappmål: högst {g(E_TARGET_TOTAL)} ton"), (E_NETZERO, "Nettonollutsläpp")]
for k, (yr, txt) in enumerate(stones):
    x = 36 + k * 46
    pdf.set_fill_color(*GRN)
    pdf.ellipse(x - 2, y - 2, 4, 4, style="F")
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(x - 15, y - 8)
    pdf.cell(30, 4.5, str(yr), align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 19, y + 3.5)
    pdf.multi_cell(38, 3.8, txt, align="C")
pdf.set_y(y + 16)
pdf.kv([("Behandlad", f"Kommunstyrelsen {dmy(E_DECIDED)}, § 61"),
        ("Kontakt", f"{E_CONTACT[0]}, {E_CONTACT[1]}")], lw=30, size=9.2)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
