"""(e) Dunkersta kommun – miljö- och hälsoskyddsnämnden: tillsynsrapport 2026 för miljö- och hälsoskyddsområdet.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 3 pages. P. 1 has no running
header: the municipality RIGHT-ALIGNED over a full-width green rule with "TILLSYNSRAPPORT" as a WHITE WORD ON A GREEN
TAB hanging from the rule at the left, the title, "Sammanfattning" with competing figures in running text (277 of
320 planned inspections = 86,6 %, 151 deviations, fees 1 314,2 tkr vs the budget 1 250,0 tkr), "Om rapporten" and a
"Läsanvisning" box. P. 2: Tabell 1 as a TILE GRID – every cell a pale tinted block separated from its neighbours by
white gaps, no rules at all; each area opens with a GROUP ROW THAT CARRIES THE AREA'S SUMS (totals above the
details, in bold on a darker tint), the categories indented under it, and the "Samtliga områden" row as WHITE TEXT
ON DARK GREEN TILES at the foot; the share performed computed per row; notes under the table. P. 3: "Vanligaste
avvikelserna" as a RANKED LIST with large grey rank numerals, DOTTED LEADERS and the counts at the right margin, then
"Avgifter", "Avvikelser från planen" (the passage on the flerbostadshus), the decision as att-clauses and the
contact. No metadata title.
"""
import datetime as dt

from common38 import HERE, Doc
from data import (E_AREAS, E_CATS, E_FEE_BUDGET, E_DEVTYPES, E_PASSAGE, E_DECIDED, E_CONTACT, E_INSPECTOR,
                  e_cats, e_sum, e_share, g, d1, dmy)

OUT = HERE / "dunkersta-mhn-tillsynsrapport-2026.pdf"
GRN = (46, 110, 72)
TILE = (236, 242, 238)
TILE_G = (208, 226, 214)

pdf = Doc("Dunkersta kommun", "Miljö- och hälsoskyddsnämnden", "{p}/3", font="dejavu", serif=True, accent=GRN,
          foot="Tillsynsrapport 2026 · Dnr MHN 2027/9",
          created=dt.datetime(2027, 2, 10, 11, 0, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)
pdf.set_margins(22, 25, 22)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 13)
pdf.set_xy(22, 14)
pdf.set_text_color(*GRN)
pdf.cell(166, 6, "Dunkersta kommun", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(80, 80, 80)
pdf.cell(166, 4.5, "Miljö- och hälsoskyddsnämnden", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 27, 0.9, GRN)
pdf.set_fill_color(*GRN)
pdf.rect(22, 27, 44, 6.5, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.5)
pdf.set_xy(22, 27.8)
pdf.cell(44, 5, "TILLSYNSRAPPORT", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_y(42)
pdf.set_font("Sans", "B", 18)
pdf.multi_cell(0, 8, "Tillsyn inom miljö- och hälsoskydd 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
S = e_sum()
pdf.h1("Sammanfattning")
pdf.p(f"Nämnden planerade {S[1]} inspektioner under 2026 och genomförde {S[2]}, vilket motsvarar {d1(S[3])} "
      f"procent av planen. Vid inspektionerna konstaterades sammanlagt {S[4]} avvikelser som verksamhetsutövarna "
      f"har fått åtgärda.")
pdf.p(f"Avgifterna för tillsynen uppgick till {d1(S[5])} tkr, vilket är {d1(S[5] - E_FEE_BUDGET)} tkr mer än "
      f"budgeterat ({d1(E_FEE_BUDGET)} tkr). Den största delen av avgifterna kommer från anmälningspliktiga "
      f"verksamheter inom miljöskyddet.")
pdf.p("Målet att minst 90 procent av den planerade tillsynen ska genomföras nåddes inom miljöskyddet men inte "
      "inom hälsoskyddet eller för de enskilda avloppen.")
pdf.h1("Om rapporten")
pdf.p("Rapporten redovisar den planerade tillsynen enligt miljöbalken för 2026, fördelad på tre områden. "
      "Händelsestyrd tillsyn, till exempel klagomål, redovisas inte i tabellen men kommenteras i texten.")
y = pdf.get_y() + 2
pdf.set_fill_color(*TILE)
pdf.rect(22, y, 166, 30, style="F")
pdf.set_xy(26, y + 3)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Läsanvisning", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.set_font("Serif", "", 9.2)
pdf.multi_cell(158, 4.6, "Tabell 1 visar för varje kategori antalet objekt, planerade och utförda inspektioner, "
               "andelen utförda, antalet avvikelser och de debiterade avgifterna i tusen kronor. Raden för varje "
               "område visar områdets summor.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2 tile table
pdf.add_page()
pdf.h1("Tabell 1 Planerad tillsyn per område och kategori 2026")
X0 = 22
WID = [58, 15, 19, 17, 19, 19, 19]
AL = ["L", "R", "R", "R", "R", "R", "R"]
GAP = 0.8
HEAD = ["Område / kategori", "Objekt", "Planerade insp.", "Utförda insp.", "Andel utförda, %", "Avvikelser",
        "Avgifter, tkr"]


def tiles(y, h, fill, widths=WID):
    x = X0
    pdf.set_fill_color(*fill)
    for w in widths:
        pdf.rect(x, y, w - GAP, h - GAP, style="F")
        x += w


def trow(cells, fill, style="", color=(0, 0, 0), indent=0, size=8.8):
    y = pdf.get_y()
    c2 = list(cells)
    h = pdf.row_h(WID, c2, size=size, font="Cond", style=style) + 0.8
    tiles(y, h, fill)
    if indent:
        c2[0] = c2[0]
        w0 = [WID[0] - indent] + WID[1:]
        pdf.row(X0 + indent, y, w0, AL, c2, size=size, font="Cond", style=style, color=color, h=h - GAP)
    else:
        pdf.row(X0, y, WID, AL, c2, size=size, font="Cond", style=style, color=color, h=h - GAP)
    pdf.set_y(y + h)


trow(HEAD, (255, 255, 255), style="B", color=GRN, size=7.5)
pdf.hline(X0, X0 + sum(WID) - GAP, pdf.get_y() - 0.4, 0.6, GRN)
pdf.ln(0.8)
for area in E_AREAS:
    s = e_sum(area)
    trow([area, g(s[0]), str(s[1]), str(s[2]), d1(s[3]), str(s[4]), d1(s[5])], TILE_G, style="B")
    for c in e_cats(area):
        trow([c[1], g(c[2]), str(c[3]), str(c[4]), d1(e_share(c)), str(c[5]), d1(c[6])], TILE, indent=4)
    pdf.ln(1.6)
S = e_sum()
trow(["Samtliga områden", g(S[0]), str(S[1]), str(S[2]), d1(S[3]), str(S[4]), d1(S[5])], GRN, style="B",
     color=(255, 255, 255))
pdf.ln(3)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(sum(WID), 3.8, "Objekt = antal registrerade objekt den 31 december 2026. Andel utförda = utförda "
               "inspektioner i procent av planerade. Avgifter = debiterade avgifter för planerad tillsyn, "
               "fasta årsavgifter och timavgifter. pe = personekvivalenter.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer till tabellen")
pdf.p("Inom miljöskyddet genomfördes nästan all planerad tillsyn. Vid förorenade områden kunde två inspektioner inte "
      "göras eftersom saneringen försenades. Skolor och förskolor hade flest avvikelser i förhållande till antalet "
      "inspektioner, främst på grund av brister i ventilationen.")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Vanligaste avvikelserna")
pdf.p("Listan visar de sex typer av avvikelser som förekom oftast vid inspektionerna 2026.", after=1.5)
for k, (t, n) in enumerate(E_DEVTYPES, 1):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(170, 170, 170)
    pdf.set_xy(24, y)
    pdf.cell(10, 8, str(k))
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(36, y + 1.6)
    pdf.cell(pdf.get_string_width(t) + 1, 5, t)
    x1 = pdf.get_x() + 1
    pdf.set_draw_color(140, 140, 140)
    pdf.set_dash_pattern(dash=0.3, gap=1.0)
    pdf.line(x1, y + 5.6, 170, y + 5.6)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(172, y + 1.6)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(16, 5, str(n), align="R")
    pdf.set_y(y + 8.5)
pdf.ln(3)
pdf.h1("Avgifter")
pdf.p(f"Avgiftsintäkterna blev {d1(S[5] - E_FEE_BUDGET)} tkr högre än budgeterat. Överskottet förklaras av fler "
      f"ansökningar om tillstånd för avloppsanläggningar än beräknat och av att timavgiften höjdes den 1 januari "
      f"2026.")
pdf.h1("Avvikelser från planen")
pdf.p(f"Av de planerade inspektionerna av flerbostadshus genomfördes bara drygt hälften, eftersom {E_PASSAGE}. "
      f"Också tillsynen av hygienlokaler blev lägre än planerat.")
pdf.p("De enskilda avloppen inventerades i två av de tre områden som var planerade. Det återstående området "
      "inventeras under våren 2027.")
pdf.att_list("Miljö- och hälsoskyddsnämnden beslutar", [
    "godkänna tillsynsrapporten för 2026,",
    "överlämna rapporten till kommunstyrelsen för kännedom.",
])
pdf.p(f"Nämnden behandlade rapporten den {dmy(E_DECIDED)}.")
pdf.kv([("Kontakt", f"{E_CONTACT[0]}, {E_CONTACT[1]}"), ("Handläggare", f"{E_INSPECTOR}, miljöinspektör")], lw=32)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
