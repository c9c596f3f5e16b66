"""(c) Orrhammars kommun – biblioteksstatistik 2026: utlån och besök per bibliotek 2024–2026.

Layout: DejaVu Serif text, DejaVu Sans Condensed tables, portrait, 3 pages. P. 1: a COVER BLOCK IN A THIN DOUBLE
FRAME (kicker, title, subtitle) with a key–value block beneath, "Året i korthet" with competing figures (loans and
visits in three years, changes, shares) and the definitions as a small key–value list. P. 2: Tabell 1, one row per
library, with an INVERTED TWO-LEVEL HEADING: the YEAR is the upper level (2024 / 2025 / 2026) and "Utlån" /
"Besök" alternate beneath it, so the loans and visits of one year stand side by side; the 2026 pair is SHADED,
the last column is the opening hours per week in 2026, "–" marks the uncounted visits of the book bus, the table is
FULLY RULED with a bold Totalt row under a double rule, and a footnote follows. Then Figur 1: a HORIZONTAL BAR
CHART of the loans 2026 per library with the value at the end of each bar. P. 3: the comparison between the
libraries as HANGING-LABEL PARAGRAPHS (the library name in bold in a left column, the text beside it), the
explanation for Ängsbro, and the plans for 2027 as a "•" list. Metadata title set.
"""
import datetime as dt

from common26 import HERE, Doc
from data import C_BRANCHES, C_YEARS, C_TOTAL, C_PASSAGE, C_PLANS, c_loans, c_visits, c_hours, c_pct, c_share, \
    c_branch, g, d1

OUT = HERE / "orrhammar-biblioteksstatistik-2026.pdf"
ACC = (110, 40, 80)
pdf = Doc("Orrhammars kommun", "Biblioteksstatistik 2026", "Sida {p} (3)", font="dejavu", serif=True,
          accent=ACC, title="Biblioteksstatistik 2026 – Orrhammars folkbibliotek", author="Orrhammars kommun",
          foot="Orrhammars kommun · Kultur- och fritidsförvaltningen, biblioteksenheten",
          created=dt.datetime(2027, 2, 15, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
L = [c_loans(k) for k in range(3)]
V = [c_visits(k) for k in range(3)]
main = C_BRANCHES[0]
ang = c_branch("Ängsbro")
ytt = c_branch("Ytterlunda")
oll = c_branch("Ollestad")

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.rect(20, y0, 170, 34)
pdf.set_line_width(0.2)
pdf.rect(21.3, y0 + 1.3, 167.4, 31.4)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(27, y0 + 5)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 4, "ORRHAMMARS FOLKBIBLIOTEK")
pdf.set_xy(27, y0 + 11)
pdf.set_font("Serif", "B", 20)
pdf.set_text_color(0, 0, 0)
pdf.cell(0, 9, "Biblioteksstatistik 2026")
pdf.set_xy(27, y0 + 21.5)
pdf.set_font("Serif", "I", 10.5)
pdf.cell(0, 5, "Utlån, besök och öppettider per bibliotek 2024–2026")
pdf.set_y(y0 + 40)
pdf.kv([("Utgiven av", "Kultur- och fritidsförvaltningen, biblioteksenheten"),
        ("Redovisas för", "Kultur- och fritidsnämnden 2027-02-24"),
        ("Kontakt", "Ylva Ottosson, bibliotekschef")], lw=34, size=9.2, lh=4.6)
pdf.h1("Året i korthet", size=12.5)
pdf.p(f"Folkbiblioteken i Orrhammar hade {g(L[2])} utlån under 2026, jämfört med {g(L[1])} under 2025 och "
      f"{g(L[0])} under 2024. Det är en minskning med {d1(-c_pct(L[2], L[1]))} procent på ett år. Antalet "
      f"besök minskade med {d1(-c_pct(V[2], V[1]))} procent till {g(V[2])}.", size=9.8)
pdf.p(f"Minskningen förklaras helt av Ängsbro bibliotek, som var stängt i fyra månader. Utan Ängsbro ökade "
      f"utlånen med {d1(c_pct(L[2] - ang[2][2], L[1] - ang[2][1]))} procent och besöken med "
      f"{d1(c_pct(V[2] - ang[3][2], V[1] - ang[3][1]))} procent. Stadsbiblioteket stod för "
      f"{d1(c_share(main[2][2], L[2]))} procent av utlånen och {d1(c_share(main[3][2], V[2]))} procent av "
      "besöken 2026.", size=9.8)
pdf.p(f"Biblioteken hade tillsammans {c_hours()} öppettimmar i veckan under 2026, bokbussens turer inräknade. "
      "Ollestads bibliotek har meröppet, vilket innebär att låntagare kan komma in med lånekort och kod även när "
      "ingen personal är på plats.", size=9.8)
pdf.h2("Definitioner")
pdf.kv([("Utlån", "Utlån och omlån av fysiska medier: böcker, ljudböcker, tidskrifter, filmer och spel."),
        ("Besök", "Antal besökare enligt besöksräknare vid entrén. Bokbussens besökare räknas inte."),
        ("Öppettimmar", "Bemannade och meröppna timmar per vecka under ordinarie säsong 2026.")],
       lw=30, size=9, lh=4.5)

# ---------------------------------------------------------------- p. 2 Tabell 1 (year over measure)
pdf.add_page()
pdf.h1("Utlån och besök per bibliotek", size=12.5)
W = [50, 17, 17, 17, 17, 17, 17, 18]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Utlån och besök 2024–2026 samt öppettimmar per vecka 2026", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
y = pdf.get_y()
SH = (236, 226, 232)
pdf.set_fill_color(*SH)
pdf.rect(X[5], y, W[5] + W[6], 12, style="F")
pdf.set_fill_color(228, 228, 228)
pdf.rect(20, y, X[5] - 20, 12, style="F")
pdf.rect(X[7], y, W[7], 12, style="F")
pdf.set_font("Cond", "B", 8.8)
pdf.set_xy(X[0] + 1.5, y + 4)
pdf.cell(W[0], 4, "Bibliotek")
for k, yr in enumerate(C_YEARS):
    pdf.set_xy(X[1 + 2 * k], y + 0.8)
    pdf.cell(W[1] * 2, 4.5, str(yr), align="C")
for k in range(3):
    for j, h in enumerate(("Utlån", "Besök")):
        pdf.set_xy(X[1 + 2 * k + j], y + 6.6)
        pdf.cell(W[1], 4.5, h, align="C")
pdf.set_xy(X[7], y + 1.6)
pdf.multi_cell(W[7], 4, "Öppet,\ntim/vecka", align="C")
# grid of the heading
pdf.set_draw_color(90, 90, 90)
pdf.rect(20, y, sum(W), 12)
for k in range(3):
    pdf.line(X[1 + 2 * k], y, X[1 + 2 * k], y + 12)
    pdf.line(X[1 + 2 * k] + 0.0, y + 6, X[3 + 2 * k] if k < 2 else X[7], y + 6)
    pdf.line(X[2 + 2 * k], y + 6, X[2 + 2 * k], y + 12)
pdf.line(X[7], y, X[7], y + 12)
y += 12
RH = 6.2


def trow(cells, bold=False, shade=True):
    global y
    if shade:
        pdf.set_fill_color(*SH)
        pdf.rect(X[5], y, W[5] + W[6], RH, style="F")
    pdf.set_font("Cond", "B" if bold else "", 9)
    for i, c in enumerate(cells):
        pdf.set_xy(X[i] + 1.5, y + 1)
        pdf.cell(W[i] - 3, 4.2, c, align="L" if i == 0 else "R")
    pdf.rect(20, y, sum(W), RH)
    for x in X[1:]:
        pdf.line(x, y, x, y + RH)
    y += RH


for b in C_BRANCHES:
    cells = [b[0]]
    for k in range(3):
        cells += [g(b[2][k]), g(b[3][k]) if b[3] else "–"]
    cells.append(str(b[4]))
    trow(cells)
pdf.line(20, y + 0.6, RIGHT, y + 0.6)
y += 1.2
cells = [C_TOTAL]
for k in range(3):
    cells += [g(L[k]), g(V[k])]
cells.append(str(c_hours()))
trow(cells, bold=True)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Bokbussen har ingen besöksräknare; dess besökare ingår inte i totalen. Ängsbro bibliotek "
               "var stängt mars–juni 2026. Öppettimmarna för bokbussen avser tiden vid hållplatserna.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Figur 1. Utlån per bibliotek 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
mx = max(b[2][2] for b in C_BRANCHES)
for b in C_BRANCHES:
    yy = pdf.get_y()
    pdf.set_font("Cond", "", 8.8)
    pdf.set_xy(20, yy)
    pdf.cell(44, 5, b[0], align="R")
    w = 100 * b[2][2] / mx
    pdf.set_fill_color(*ACC)
    pdf.rect(66, yy + 0.6, w, 3.8, style="F")
    pdf.set_xy(66 + w + 1.5, yy)
    pdf.cell(20, 5, g(b[2][2]))
    pdf.set_y(yy + 6.5)
pdf.ln(3)
pdf.p("Stadsbiblioteket har fler utlån än alla filialer och bokbussen tillsammans. Bland filialerna har "
      "Tunaby bibliotek fortfarande flest utlån och besök, men Ytterlunda bibliotek närmar sig.", size=9.6)

# ---------------------------------------------------------------- p. 3 comparison
pdf.add_page()
pdf.h1("Jämförelse mellan biblioteken", size=12.5)
tun = c_branch("Tunaby")
mar = c_branch("Marbäcka")
bus = c_branch("Bokbussen")
paras = [
    ("Stadsbiblioteket", f"Utlånen ökade med {d1(c_pct(main[2][2], main[2][1]))} procent och besöken med "
     f"{d1(c_pct(main[3][2], main[3][1]))} procent. Det längre öppethållandet på lördagar, som infördes i "
     "januari 2026, har gett fler besök under helgerna."),
    ("Tunaby", f"Både utlån och besök minskade för andra året i rad, utlånen med "
     f"{d1(-c_pct(tun[2][2], tun[2][1]))} procent. Lokalen är trång och ligger en trappa upp, och biblioteket "
     "planeras flytta till det nya kulturhuset."),
    ("Ytterlunda", f"Ytterlunda hade den största ökningen av alla bibliotek: utlånen ökade med "
     f"{d1(c_pct(ytt[2][2], ytt[2][1]))} procent och besöken med {d1(c_pct(ytt[3][2], ytt[3][1]))} procent. "
     "Ökningen hänger samman med det nya bostadsområdet och samarbetet med skolan."),
    ("Ängsbro", C_PASSAGE + f" Utlånen minskade med {d1(-c_pct(ang[2][2], ang[2][1]))} procent."),
    ("Ollestad", f"Utlånen ökade med {d1(c_pct(oll[2][2], oll[2][1]))} procent trots att besöken minskade "
     "något. Meröppet används mest på kvällar och lördagar."),
    ("Marbäcka", f"Biblioteket är både skolbibliotek och folkbibliotek. Utlånen ökade med "
     f"{d1(c_pct(mar[2][2], mar[2][1]))} procent, främst barnböcker."),
    ("Bokbussen", f"Bokbussen hade {g(bus[2][2])} utlån. Den stannar vid 28 hållplatser enligt ett schema "
     "som upprepas varannan vecka."),
]
for lab, txt in paras:
    pdf.need(16)
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20, yy)
    pdf.multi_cell(33, 4.8, lab, align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.6)
    pdf.set_xy(56, yy)
    pdf.multi_cell(134, 4.8, txt, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(220, 220, 220)
    pdf.line(20, pdf.get_y() + 1.6, 190, pdf.get_y() + 1.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3.4)
pdf.h1("Planerat för 2027", size=12.5)
pdf.bullets(C_PLANS, size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
