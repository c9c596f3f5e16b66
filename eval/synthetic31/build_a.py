"""(a) Svedinge kommun – årsredovisning 2026, avsnitt finansiell analys och räkenskaper (utdrag).

Layout: DejaVu Serif text, DejaVu Sans / Sans Condensed tables; pp. 1, 2 and 4 portrait, p. 3 LANDSCAPE; 4 pages.
P. 1: a small grey kicker, the title, and "Finansiell analys" as a NARROW TEXT COLUMN WITH MARGIN FIGURES: each
paragraph (own bold run-in heading) has its key figure printed LARGE IN THE ACCENT COLOUR in a right-hand margin
column behind a thin vertical rule, with a small grey label under it (result, group result, nettokostnadsandel,
soliditet, självfinansieringsgrad, balanskrav). The key ratios stand in the running text for two years each.
P. 2: the RESULTATRÄKNING in mnkr with the note references as CIRCLED NUMBERS in the leftmost column, the column
groups "Kommunen" and "Koncernen" each set over a DRAWN SQUARE BRACKET spanning its two year columns (2025 / 2026,
oldest first), a wide gap and a hairline between the groups, costs negative with "−", "–" for the municipality's
tax line, bold sum rows with a short rule over the number columns only and a double rule under Årets resultat;
asterisk footnotes ("*", "**") under the table (the insurance premiums of 2026 and 2025), then the
balanskravsutredning as a small table without rules. P. 3 (LANDSCAPE): the FEMÅRSÖVERSIKT with the years NEWEST
FIRST (2026 … 2022), the 2026 column bold, section rows in accent colour over a thin accent rule, hairlines between
rows and a DOT-PLOT column "2022–2026" (each row's five values as dots on its own scale, the 2026 dot filled and the
others open, joined by a grey line), then the definitions as a key–value list. P. 4: "Noter" – each note a LARGE
GREY NUMERAL in a left column beside its heading, items with 2025 / 2026 and a bold Summa row equal to the line of
the income statement. Metadata title set.
"""
import datetime as dt

from common31 import HERE, Doc
from data import (A_RR, A_BUDGET_RES, A_GOAL_PCT, A_REAL_GAIN, A_INSURANCE, A_INVEST, A_SOL, A_PASSAGE, A_DEBT,
                  A_NOTES, A_YEARS, A_SKATT, a_rr_rows, a_rr, a_five, a_nka, a_res, a_self, a_pct, a_note_sum,
                  m10, d1)

OUT = HERE / "svedinge-arsredovisning-2026-finansiell-analys.pdf"
ACC = (120, 40, 60)
pdf = Doc("Svedinge kommun", "Årsredovisning 2026", "Sida {p}", font="dejavu", serif=True, accent=ACC,
          title="Årsredovisning 2026 – finansiell analys och räkenskaper", author="Svedinge kommun, ekonomienheten",
          foot="Svedinge kommun · Årsredovisning 2026 · Avsnitt 5 Finansiell analys och räkenskaper",
          created=dt.datetime(2027, 3, 24, 9, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
RES = a_rr("Årets resultat")
SK = a_rr("Skatteintäkter")
GB = a_rr("Generella statsbidrag och utjämning")

# ---------------------------------------------------------------- p. 1 finansiell analys with margin figures
pdf.add_page()
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 4.5, "ÅRSREDOVISNING 2026 · AVSNITT 5", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 10, "Finansiell analys", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "I", 9.6)
pdf.multi_cell(122, 4.8, "Avsnittet analyserar kommunens och koncernens ekonomi utifrån resultat, kapacitet, "
               "risk och kontroll. Belopp anges i miljoner kronor (mnkr) om inget annat anges.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
TW = 122          # text column
MX = 20 + TW + 8  # margin column x
ry = pdf.get_y()
pdf.set_draw_color(200, 200, 200)


def para(head, text, fig, label):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.multi_cell(TW, 5.2, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.7)
    pdf.multi_cell(TW, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT")
    y_end = pdf.get_y()
    # the margin figure, drawn after the paragraph
    pdf.set_xy(MX, y + 0.5)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*ACC)
    pdf.cell(40, 8, fig)
    pdf.set_xy(MX, y + 9)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(40, 3.6, label, align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(190, 190, 190)
    pdf.line(MX - 4, y + 1, MX - 4, max(y_end, y + 18) - 1)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(max(y_end, y + 18) + 3.5)


res_pct = [a_pct(RES[i], SK[i] + GB[i]) for i in (0, 1)]
para("Årets resultat",
     f"Svedinge kommun redovisar ett resultat på {m10(RES[1])} mnkr för 2026. Det är {m10(RES[1] - A_BUDGET_RES)} "
     f"mnkr bättre än budgeten på {m10(A_BUDGET_RES)} mnkr och {m10(RES[1] - RES[0])} mnkr bättre än 2025, då "
     f"resultatet blev {m10(RES[0])} mnkr. Resultatet motsvarar {d1(res_pct[1])} procent av skatteintäkter och "
     f"generella statsbidrag, och det finansiella målet på minst {d1(A_GOAL_PCT)} procent nås därmed. År 2025 var "
     f"andelen {d1(res_pct[0])} procent.",
     f"{m10(RES[1])} mnkr", "årets resultat, kommunen 2026")
para("Koncernen",
     f"Koncernen, där de helägda bolagen Svedingebostäder AB och Svedinge Energi AB ingår, redovisar ett resultat "
     f"på {m10(RES[3])} mnkr, mot {m10(RES[2])} mnkr året innan. Det negativa resultatet 2025 berodde främst på "
     f"att {A_PASSAGE}. Bolagens resultat för 2026 ligger i nivå med ägardirektiven.",
     f"{m10(RES[3])} mnkr", "årets resultat, koncernen 2026")
para("Nettokostnadsandel",
     "Nettokostnadsandelen visar hur stor del av skatteintäkterna och de generella statsbidragen som går åt till "
     "verksamhetens nettokostnader och finansnettot. Andelen minskade från "
     f"{d1(a_nka(3))} procent 2025 till {d1(a_nka(4))} procent 2026, vilket ger ett visst utrymme för "
     "investeringar utan nya lån.",
     f"{d1(a_nka(4))} %", "nettokostnadsandel 2026")
para("Soliditet",
     f"Soliditeten steg från {d1(A_SOL['kommun'][0])} procent till {d1(A_SOL['kommun'][1])} procent. Om hela "
     f"pensionsförpliktelsen räknas in steg soliditeten från {d1(A_SOL['inkl'][0])} till {d1(A_SOL['inkl'][1])} "
     f"procent. Koncernens soliditet var {d1(A_SOL['koncern'][1])} procent, mot {d1(A_SOL['koncern'][0])} procent "
     "året innan.",
     f"{d1(A_SOL['kommun'][1])} %", "soliditet, kommunen 2026")
para("Investeringar och självfinansiering",
     f"Nettoinvesteringarna uppgick till {m10(A_INVEST[1])} mnkr, jämfört med {m10(A_INVEST[0])} mnkr 2025. "
     f"Självfinansieringsgraden blev {d1(a_self(4))} procent (2025: {d1(a_self(3))} procent), vilket innebär att "
     "årets resultat och avskrivningarna räckte till att betala drygt fyra femtedelar av investeringarna. "
     f"Låneskulden ökade med {m10(A_DEBT[4] - A_DEBT[3])} mnkr till {m10(A_DEBT[4])} mnkr.",
     f"{d1(a_self(4))} %", "självfinansieringsgrad 2026")
bk = (RES[0] - A_REAL_GAIN[0], RES[1] - A_REAL_GAIN[1])
para("Balanskravet",
     f"Efter avdrag för realisationsvinster på {m10(A_REAL_GAIN[1])} mnkr blir balanskravsresultatet "
     f"{m10(bk[1])} mnkr. Kommunen har inga underskott från tidigare år att återställa.",
     f"{m10(bk[1])} mnkr", "balanskravsresultat 2026")

# ---------------------------------------------------------------- p. 2 resultaträkning
pdf.add_page()
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "Resultaträkning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 9.2)
pdf.multi_cell(0, 4.6, "Belopp i mnkr. Kostnader anges med minustecken. Siffran i ringen hänvisar till noten "
               "på sidan 4.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
XN, XL = 20, 29                     # note circle, label
XC = [104, 124, 152, 172]           # right edges - 18 (cells of width 18, right aligned)
CW = 18
y = pdf.get_y()
pdf.set_font("Sans", "B", 9)
for lab, a, b in (("Kommunen", XC[0], XC[1]), ("Koncernen", XC[2], XC[3])):
    pdf.set_xy(a, y)
    pdf.cell(b + CW - a, 4.6, lab, align="C")
    # a square bracket spanning the two year columns
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.35)
    yb = y + 5.6
    pdf.line(a + 1, yb, b + CW - 1, yb)
    pdf.line(a + 1, yb, a + 1, yb + 1.8)
    pdf.line(b + CW - 1, yb, b + CW - 1, yb + 1.8)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.6)
pdf.set_xy(XN - 0.5, y + 8)
pdf.cell(8, 4.5, "Not")
for x, yr in zip(XC, ("2025", "2026", "2025", "2026")):
    pdf.set_xy(x, y + 8)
    pdf.cell(CW, 4.5, yr, align="R")
y += 13.5
pdf.set_line_width(0.45)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
y0_table = y
y += 1.2
for label, note, vals, is_sum in a_rr_rows():
    rh = 6.2
    if is_sum:
        pdf.set_draw_color(60, 60, 60)
        for x in XC:
            pdf.line(x + 2, y + 0.6, x + CW, y + 0.6)
        pdf.set_draw_color(0, 0, 0)
    if note is not None:
        pdf.set_draw_color(*ACC)
        pdf.circle(x=XN + 2.3, y=y + 3.3, radius=2.1, style="D")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_font("Sans", "B", 7.2)
        pdf.set_text_color(*ACC)
        pdf.set_xy(XN, y + 1.2)
        pdf.cell(4.6, 4.2, str(note), align="C")
        pdf.set_text_color(0, 0, 0)
    star = "*" if label == "Verksamhetens intäkter" else ("**" if label.startswith("Skatt på") else "")
    pdf.set_font("Sans", "B" if is_sum else "", 9)
    pdf.set_xy(XL, y + 1.2)
    pdf.cell(72, 4.2, label + star)
    pdf.set_font("Cond", "B" if is_sum else "", 9.2)
    for x, v in zip(XC, vals):
        pdf.set_xy(x, y + 1.2)
        pdf.cell(CW, 4.2, "–" if v is None else m10(v), align="R")
    y += rh
    if label == "Årets resultat":
        pdf.line(20, y + 0.3, 190, y + 0.3)
        pdf.line(20, y + 1.0, 190, y + 1.0)
# a hairline between the two column groups
pdf.set_draw_color(170, 170, 170)
pdf.line(144, y0_table - 7, 144, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 4)
pdf.set_font("Serif", "", 8.2)
pdf.set_text_color(60, 60, 60)
for m, t in (("*", f"I verksamhetens intäkter ingår återbetalda avtalsförsäkringspremier med {m10(A_INSURANCE[1])} "
                   f"mnkr 2026 och {m10(A_INSURANCE[0])} mnkr 2025. Premierna är en jämförelsestörande post."),
             ("**", "Skatten avser bolagens inkomstskatt. Kommunen betalar ingen inkomstskatt.")):
    pdf.set_x(20)
    pdf.cell(7, 4.2, m)
    pdf.multi_cell(163, 4.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Balanskravsutredning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.6)
pdf.set_x(104)
pdf.cell(CW, 5, "2025", align="R")
pdf.cell(2)
pdf.cell(CW, 5, "2026", align="R", new_x="LMARGIN", new_y="NEXT")
for lab, a_, b_, bold in (("Årets resultat enligt resultaträkningen", RES[0], RES[1], False),
                          ("Avgår: realisationsvinster", -A_REAL_GAIN[0], -A_REAL_GAIN[1], False),
                          ("Balanskravsresultat", bk[0], bk[1], True)):
    pdf.set_font("Sans", "B" if bold else "", 9)
    pdf.set_x(XL)
    pdf.cell(75, 5.4, lab)
    pdf.cell(CW, 5.4, m10(a_), align="R")
    pdf.cell(2)
    pdf.cell(CW, 5.4, m10(b_), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.p("Balanskravsresultatet har varit positivt samtliga år sedan balanskravet infördes. Realisationsvinsterna "
      "2026 kommer från försäljning av industrimark.", size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 3 femårsöversikt (landscape)
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "Femårsöversikt – kommunen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 9.2)
pdf.multi_cell(0, 4.6, "Senaste året först. Punkterna längst till höger visar utvecklingen 2022–2026 på radens "
               "egen skala; den fyllda punkten är 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
LX = 20
VX = [122, 146, 170, 194, 218]     # value cells (width 22), years newest first
VW = 22
DX0, DX1 = 250, 276                 # dot plot
y = pdf.get_y()
pdf.set_font("Cond", "B", 9)
pdf.set_xy(LX, y)
pdf.cell(90, 5, "Mått")
for x, yr in zip(VX, reversed(A_YEARS)):
    pdf.set_xy(x, y)
    pdf.cell(VW, 5, str(yr), align="R")
pdf.set_xy(DX0 - 4, y)
pdf.cell(DX1 - DX0 + 8, 5, "2022–2026", align="C")
y += 6
pdf.set_line_width(0.5)
pdf.line(LX, y, 277, y)
pdf.set_line_width(0.2)
for section, label, printed, raw in a_five():
    if section:
        y += 0.8
        pdf.set_font("Sans", "B", 8.6)
        pdf.set_text_color(*ACC)
        pdf.set_xy(LX, y)
        pdf.cell(90, 5, section)
        pdf.set_draw_color(*ACC)
        pdf.line(LX, y + 5.2, LX + 60, y + 5.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        y += 5.8
    rh = 5.0
    pdf.set_font("Cond", "", 9)
    pdf.set_xy(LX + 2, y + 0.3)
    pdf.cell(98, 4.4, label)
    for k, (x, v) in enumerate(zip(VX, reversed(printed))):
        pdf.set_font("Cond", "B" if k == 0 else "", 9)
        pdf.set_xy(x, y + 0.3)
        pdf.cell(VW, 4.4, v, align="R")
    lo, hi = min(raw), max(raw)
    span = (hi - lo) or 1
    pts = [(DX0 + (v - lo) / span * (DX1 - DX0), y + rh / 2) for v in raw]
    pdf.set_draw_color(200, 200, 200)
    pdf.line(DX0, y + rh / 2, DX1, y + rh / 2)
    pdf.set_draw_color(*ACC)
    for k, (px, py) in enumerate(pts):
        if k == 4:
            pdf.set_fill_color(*ACC)
            pdf.circle(x=px, y=py, radius=1.0, style="FD")
        else:
            pdf.set_fill_color(255, 255, 255)
            pdf.circle(x=px, y=py, radius=0.8, style="FD")
    pdf.set_draw_color(0, 0, 0)
    y += rh
    pdf.set_draw_color(220, 220, 220)
    pdf.line(LX, y, 277, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(LX, y, 277, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 3)
pdf.set_font("Sans", "B", 8.6)
pdf.cell(0, 4.6, "Definitioner", new_x="LMARGIN", new_y="NEXT")
for k, v in (("Nettokostnadsandel", "verksamhetens nettokostnader och finansnetto i procent av skatteintäkter och "
                                    "generella statsbidrag."),
             ("Självfinansieringsgrad", "årets resultat plus avskrivningar i procent av nettoinvesteringarna."),
             ("Soliditet", "eget kapital i procent av totala tillgångar. Pensionsförpliktelser som redovisas "
                           "som ansvarsförbindelse räknas in i det andra soliditetsmåttet.")):
    pdf.set_font("Sans", "B", 8)
    pdf.set_x(20)
    pdf.cell(40, 4.1, k)
    pdf.set_font("Serif", "", 8.2)
    pdf.multi_cell(217, 4.1, v, align="L", new_x="LMARGIN", new_y="NEXT")
if pdf.page_no() != 3:
    raise SystemExit("the five-year overview must fit on p. 3")

# ---------------------------------------------------------------- p. 4 noter
pdf.add_page(orientation="P")
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "Noter till resultaträkningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 9)
pdf.cell(0, 5, "Kommunen, mnkr.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
NX = [148, 170]
for nr, head, items in A_NOTES:
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(200, 200, 200)
    pdf.set_xy(20, y - 1)
    pdf.cell(12, 10, str(nr), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(36, y)
    pdf.cell(100, 5, head)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(110, 110, 110)
    for x, yr in zip(NX, ("2025", "2026")):
        pdf.set_xy(x, y)
        pdf.cell(20, 5, yr, align="R")
    pdf.set_text_color(0, 0, 0)
    y += 5.6
    for it in items:
        pdf.set_font("Serif", "", 9)
        pdf.set_xy(36, y)
        pdf.cell(100, 4.6, it[0])
        pdf.set_font("Cond", "", 9)
        for x, v in zip(NX, it[1:]):
            pdf.set_xy(x, y)
            pdf.cell(20, 4.6, m10(v), align="R")
        y += 4.7
    s = a_note_sum(nr)
    pdf.set_draw_color(90, 90, 90)
    pdf.line(36, y + 0.3, 190, y + 0.3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(36, y + 0.6)
    pdf.cell(100, 4.8, "Summa")
    for x, v in zip(NX, s):
        pdf.set_xy(x, y + 0.6)
        pdf.cell(20, 4.8, m10(v), align="R")
    pdf.set_y(y + 8.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
