"""(c) Dalmarka kommun – barn- och utbildningsnämnden: kvalitetsrapport grundskola 2026 (årskurs 9, vt 2025 och
vt 2026).

Layout: DejaVu Serif text, DejaVu Sans / Sans Condensed headings and table, portrait, 3 pages, a running header with
the page as "2/3" at the right and no footer. P. 1: the nämnd in small grey type, the title with a subtitle, a
"Dnr · Beslutad" line between two hairlines, the summary with competing figures (merit value 225,2 vs 220,9 and
the target 225,0; girls 238,5 vs boys 212,9 and the gaps 25,6 / 28,9; passing all subjects 77,3 vs 75,9 vs target
80; eligible 85,7 vs 84,1 vs target 90; the national 229,8) and "Målen för 2026" as a small three-row table with a
LEFT ACCENT EDGE and no other rules. P. 2: Tabell 1 in LONG FORMAT – every school unit is a block of TWO YEAR ROWS
(2025 and 2026) where the SCHOOL NAME IS PRINTED ONLY ON THE FIRST ROW; the 2026 row is TINTED from the year column
to the right edge while the name cell stays white, rules only BETWEEN school blocks (none between the two year rows),
and a DRAWN TRIANGLE (up, green / down, red) after the 2026 total merit value; a STACKED HEADING ("Meritvärde" over Flickor / Pojkar / Totalt,
"Andel elever, %" over two wrapping sub-headings), then a bold "Dalmarka totalt" block and an italic, tinted
"Mål 2026" row; a key under the table. P. 3: comments per school in running text (the four schools that improved
named with their changes, the passage on Hedtorpsskolan), "Prioriterade utvecklingsområden 2027" as a NUMBERED list
whose items wrap over two lines with a hanging indent, and the signature. No metadata title.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (C_YEARS, C_SCHOOLS, C_TARGET, C_NATION, C_AREAS, C_PASSAGE, c_values, c_muni, d1)

OUT = HERE / "dalmarka-bun-kvalitetsrapport-grundskola-2026.pdf"
ACC = (86, 60, 140)
pdf = Doc("Dalmarka kommun", "Kvalitetsrapport grundskola 2026", "{p}/3", font="dejavu", serif=True,
          accent=ACC, author="Dalmarka kommun, barn- och utbildningsförvaltningen",
          created=dt.datetime(2026, 9, 22, 8, 30, tzinfo=dt.timezone.utc))
M25, M26 = c_muni(2025), c_muni(2026)
MT = {s[0]: (c_values(s[1][2025]), c_values(s[1][2026])) for s in C_SCHOOLS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 9)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 5, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.title_block("Kvalitetsrapport grundskola 2026",
                "Kunskapsresultat i årskurs 9, vårterminerna 2025 och 2026", size=20)
y = pdf.get_y()
pdf.set_draw_color(170, 170, 170)
pdf.line(22, y, 188, y)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(22, y + 1)
pdf.cell(0, 4.6, "Dnr BUN 2026/141 · Beslutad av barn- och utbildningsnämnden den 15 september 2026")
pdf.line(22, y + 6.6, 188, y + 6.6)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 11)
pdf.h2("Sammanfattning", size=11)
up = M26[3] >= C_TARGET[0]
pdf.p(f"Det genomsnittliga meritvärdet i årskurs 9 i Dalmarka blev {d1(M26[3])} vårterminen 2026, jämfört med "
      f"{d1(M25[3])} året innan. Därmed nåddes nämndens mål på {d1(C_TARGET[0])} för första gången"
      f"{'' if up else ' inte'}. Det preliminära genomsnittet för riket är {d1(C_NATION[1])}.", size=10, lh=5)
pdf.p(f"Flickornas meritvärde var {d1(M26[1])} och pojkarnas {d1(M26[2])}, en skillnad på "
      f"{d1(M26[1] - M26[2])} meritpoäng. Skillnaden har minskat från {d1(M25[1] - M25[2])} meritpoäng 2025, "
      f"främst eftersom pojkarnas resultat har förbättrats.", size=10, lh=5)
pdf.p(f"Andelen elever som fick godkända betyg i alla ämnen var {d1(M26[4])} procent ({d1(M25[4])} procent "
      f"2025). Andelen behöriga till gymnasiets yrkesprogram steg till {d1(M26[5])} procent från {d1(M25[5])} "
      f"procent, men är fortfarande lägre än målet på {d1(C_TARGET[2])} procent.", size=10, lh=5)
pdf.p(f"Rapporten omfattar kommunens sex grundskolor med årskurs 9 och Högbergs friskola, sammanlagt {M26[0]} "
      f"elever 2026. Resultaten per skolenhet redovisas i tabell 1 på nästa sida.", size=10, lh=5)
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Målen för 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 1
rows = [("Indikator", "Mål", "Utfall 2025", "Utfall 2026"),
        ("Meritvärde, genomsnitt", d1(C_TARGET[0]), d1(M25[3]), d1(M26[3])),
        ("Godkända i alla ämnen, %", d1(C_TARGET[1]), d1(M25[4]), d1(M26[4])),
        ("Behöriga till yrkesprogram, %", d1(C_TARGET[2]), d1(M25[5]), d1(M26[5]))]
pdf.set_fill_color(*ACC)
pdf.rect(22, y, 1.6, 5.6 * len(rows), style="F")
for k, r in enumerate(rows):
    pdf.set_font("Sans", "B" if k == 0 else "", 9)
    pdf.set_xy(27, y + k * 5.6)
    pdf.cell(62, 5.6, r[0])
    for j, c in enumerate(r[1:]):
        pdf.cell(26, 5.6, c, align="R")
pdf.set_y(y + 5.6 * len(rows) + 4)

# ---------------------------------------------------------------- p. 2 Tabell 1 long format
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 5, "Tabell 1. Kunskapsresultat i årskurs 9 per skolenhet, vårterminerna 2025 och 2026",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
W = [37, 12, 15, 17, 17, 21, 22, 25]
X = [22]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 22 + sum(W)
y = pdf.get_y()
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", 8.4)
pdf.set_xy(X[0] + 1, y + 5)
pdf.cell(W[0], 4, "Skolenhet")
pdf.set_xy(X[1], y + 5)
pdf.cell(W[1], 4, "År", align="C")
pdf.set_xy(X[2], y + 1)
pdf.multi_cell(W[2] - 1, 4, "Antal\nelever", align="R")
pdf.set_xy(X[3], y + 1)
pdf.cell(W[3] + W[4] + W[5], 4, "Meritvärde", align="C")
pdf.set_xy(X[6], y + 1)
pdf.cell(W[6] + W[7], 4, "Andel elever, %", align="C")
pdf.set_draw_color(120, 120, 120)
pdf.line(X[3] + 3, y + 5.3, X[6] - 3, y + 5.3)
pdf.line(X[6] + 3, y + 5.3, RIGHT - 1, y + 5.3)
pdf.set_draw_color(0, 0, 0)
for k, h in enumerate(["Flickor", "Pojkar", "Totalt"]):
    pdf.set_xy(X[3 + k], y + 6)
    pdf.cell(W[3 + k] - 1.5, 4, h, align="R")
pdf.set_font("Cond", "B", 8)
for k, h in enumerate(["Godkända i\nalla ämnen", "Behöriga till\nyrkesprogram"]):
    pdf.set_xy(X[6 + k], y + 6)
    pdf.multi_cell(W[6 + k] - 1.5, 3.6, h, align="R")
y += 14.5
pdf.line(22, y, RIGHT, y)
RH = 5.0


def triangle(x, yc, up):
    if up:
        pdf.set_fill_color(40, 140, 70)
        pts = [(x, yc + 1.1), (x + 2.2, yc + 1.1), (x + 1.1, yc - 1.0)]
    else:
        pdf.set_fill_color(200, 50, 50)
        pts = [(x, yc - 1.0), (x + 2.2, yc - 1.0), (x + 1.1, yc + 1.1)]
    pdf.polygon(pts, style="F")


def year_row(y, name, year, v, tint, bold=False, arrow=None):
    if tint:
        pdf.set_fill_color(236, 232, 246)
        pdf.rect(X[1], y - 0.2, RIGHT - X[1], RH, style="F")
    pdf.set_font("Cond", "B" if bold else "", 8.6)
    if name:
        pdf.set_xy(X[0] + 1, y + 0.5)
        pdf.cell(W[0] - 1, 4, name)
    pdf.set_xy(X[1], y + 0.5)
    pdf.cell(W[1], 4, str(year), align="C")
    cells = [str(v[0]), d1(v[1]), d1(v[2]), d1(v[3]), d1(v[4]), d1(v[5])]
    for k, c in enumerate(cells):
        pdf.set_xy(X[2 + k], y + 0.5)
        pdf.cell(W[2 + k] - (4.5 if k == 3 else 1.5), 4, c, align="R")
    pdf.set_text_color(0, 0, 0)
    if arrow is not None:
        triangle(X[5] + W[5] - 3.8, y + 2.5, arrow)


for name, _ in C_SCHOOLS:
    v25, v26 = MT[name]
    y += 0.8
    year_row(y, name, 2025, v25, False)
    y += RH
    year_row(y, "", 2026, v26, True, arrow=v26[3] > v25[3])
    y += RH + 0.8
    pdf.set_draw_color(190, 190, 190)
    pdf.line(22, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.4)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
y += 0.8
year_row(y, "Dalmarka totalt", 2025, M25, False, bold=True)
y += RH
year_row(y, "", 2026, M26, True, bold=True, arrow=M26[3] > M25[3])
y += RH + 0.8
pdf.line(22, y, RIGHT, y)
pdf.set_fill_color(240, 236, 248)
pdf.rect(22, y, RIGHT - 22, RH + 1.2, style="F")
pdf.set_font("Cond", "I", 8.6)
pdf.set_xy(X[0] + 1, y + 0.9)
pdf.cell(W[0] - 1, 4, "Mål 2026")
cells = ["–", "–", d1(C_TARGET[0]), d1(C_TARGET[1]), d1(C_TARGET[2])]
for k, c in enumerate(cells):
    pdf.set_xy(X[3 + k], y + 0.9)
    pdf.cell(W[3 + k] - (4.5 if k == 2 else 1.5), 4, c, align="R")
y += RH + 1.2
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 2.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.7, "Meritvärdet är summan av de 17 bästa betygen (högst 340 poäng). Tonad rad = vårterminen "
               "2026. Triangeln visar om det totala meritvärdet har ökat eller minskat jämfört med 2025. Högbergs "
               "friskola har enskild huvudman. Källa: kommunens betygsuppgifter.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)

pdf.ln(3)
pdf.h1("Resultaten per skolenhet", size=12.5)
ch = {n: r1 for n, r1 in ((n, MT[n][1][3] - MT[n][0][3]) for n in MT)}
impr = sorted([n for n in MT if ch[n] > 0], key=lambda n: -ch[n])
NUM = {2: "två", 3: "tre", 4: "fyra", 5: "fem"}
txt = ", ".join(f"{n} ({d1(ch[n], plus=True)})" for n in impr[:-1]) + f" och {impr[-1]} ({d1(ch[impr[-1]], plus=True)})"
best = impr[0]
pdf.p(f"Meritvärdet ökade på {NUM[len(impr)]} av sju skolenheter: {txt}. Störst var ökningen på {best}, där "
      f"{C_PASSAGE}. Andelen behöriga på skolan steg samtidigt från {d1(MT[best][0][5])} till "
      f"{d1(MT[best][1][5])} procent.", size=10, lh=5)
dal = MT["Dalmarkaskolan"]
pdf.p(f"Dalmarkaskolan, som är kommunens största skola med {dal[1][0]} elever i årskurs 9, hade en minskning av "
      f"meritvärdet med {d1(dal[0][3] - dal[1][3])} poäng. Skolan har haft svårt att rekrytera behöriga lärare "
      "i matematik och moderna språk under läsåret.", size=10, lh=5)
pdf.p("Lövbergaskolan och Högbergs friskola har fortsatt de högsta resultaten i kommunen, även om meritvärdet "
      "sjönk något på båda skolorna.", size=10, lh=5)
# ---------------------------------------------------------------- p. 3 development areas
pdf.add_page()
pdf.h1("Analys och fortsatt arbete", size=12.5)
pdf.p("Skolenheterna har analyserat sina resultat tillsammans med förvaltningen under våren. Analysen visar att "
      "skillnaderna mellan skolorna till stor del hänger samman med hur väl skolorna följer upp elever som riskerar "
      "att inte nå målen, och med tillgången till behöriga lärare.", size=10, lh=5)
pdf.p("Elevhälsan har under läsåret arbetat med att fånga upp elever med hög frånvaro tidigare. Arbetet "
      "fortsätter under 2027 och följs upp i nästa kvalitetsrapport.", size=10, lh=5)
pdf.h1("Prioriterade utvecklingsområden 2027", size=12.5)
pdf.p("Nämnden har utifrån resultaten beslutat om följande utvecklingsområden för grundskolan:", size=10, lh=5)
pdf.paren_items(C_AREAS, size=10, lh=5, indent=8, fmt="{}.", bold_num=True)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "Dalmarka den 15 september 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Serif", "B", 10)
pdf.cell(0, 5, "Louise Dahlström", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "skolchef", new_x="LMARGIN", new_y="NEXT")
assert pdf.page_no() == 3, pdf.page_no()
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
