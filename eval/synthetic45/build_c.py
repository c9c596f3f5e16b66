"""(c) Dyrhamra kommun – årsredovisning 2027, utdrag ur förvaltningsberättelsen (pp. 14–16 of the printed report):
översikt över verksamhetens utveckling, femårsöversikt och driftredovisning per nämnd.

Layout: Liberation Serif text (justified), Liberation Sans headings and tables, portrait, 3 pages, forest green and
brass. Every page has a running header – "Dyrhamra kommun · Årsredovisning 2027" at the left and the chapter
"Förvaltningsberättelse" at the right over a brass hairline – and the PRINTED PAGE NUMBER OF THE REPORT (14, 15, 16)
in large brass figures in the outer bottom corner, with a grey "Årsredovisning 2027" beside it. P. 1: the chapter
title, a KEY-FIGURE STRIP of four figures between two green rules, separated by vertical hairlines, each with a SMALL
DRAWN UP/DOWN TRIANGLE for the change since 2026, then the text SET IN TWO JUSTIFIED COLUMNS (fpdf2 text_columns) with
bold run-on headings and COMPETING FIGURES (result 42,7 vs budget 28,0 vs 49,1 last year; 1,9 % vs the goal 2,0 % and
the five-year average 1,7; net cost +4,8 % vs tax income +4,1 %; balanskravsresultat 38,9; investments 186,4 vs budget
241,0 = 77,3 % vs 84,6 %). P. 2: Tabell 1, FEMÅRSÖVERSIKT with the years as columns OLDEST FIRST, the sections as
LETTER-SPACED BRASS CAPITAL ROWS FOLLOWED BY A DOTTED RULE to the right edge, THE 2027 COLUMN ON A PALE GREEN BAND THAT RISES
ABOVE THE HEADING AS A ROUNDED TAB, a footnote mark "1)" and its note, then comments. P. 3: Tabell 2, driftredovisning
per nämnd (Budget 2027 / Utfall 2027 / Avvikelse / Utfall 2026, mnkr) with NEGATIVE DEVIATIONS IN RED, a bold "Summa
nämnder" row, the finance row and a bold "Verksamhetens nettokostnad" row over a double rule; Figur 1, a PROPORTIONAL
STRIP – one band split into segments whose widths follow each committee's share of the net cost, labelled with the
short names and shares, the small committees gathered in a legend line – and comments per committee (the passage on
the social services committee). No metadata title.
"""
import datetime as dt

from common45 import HERE, Doc, nb
from data import (C_YEARS, C_FIVE, C_SECTIONS, C_COMM, C_PASSAGE, C_CHAIR, C_CFO, c_val, c_five_cells, c_comm_cells,
                  c_sum_cells, c_fin_cells, c_total_cells, c_fin_out, c_dev, c_sentences, d1, d2, g, share)

OUT = HERE / "dyrhamra-arsredovisning-2027-utdrag.pdf"
GRN = (34, 85, 60)
BRASS = (168, 132, 52)
PALEG = (232, 241, 234)
GREY = (105, 105, 105)
RED = (190, 30, 40)
PAGE0 = 13


class CDoc(Doc):
    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(80, 4, "Dyrhamra kommun · Årsredovisning 2027")
        self.set_font("Sans", "B", 8)
        self.set_text_color(*GRN)
        self.cell(self.epw - 80, 4, "Förvaltningsberättelse", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.3, BRASS)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        n = PAGE0 + self.page_no()
        self.set_y(-17)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*BRASS)
        if n % 2 == 0:
            self.set_x(self.l_margin)
            self.cell(12, 7, str(n))
            self.set_font("Sans", "", 7.5)
            self.set_text_color(*GREY)
            self.cell(60, 7, "Årsredovisning 2027")
        else:
            self.set_font("Sans", "", 7.5)
            self.set_text_color(*GREY)
            self.set_x(self.w - self.r_margin - 72)
            self.cell(60, 7, "Årsredovisning 2027", align="R")
            self.set_font("Sans", "B", 15)
            self.set_text_color(*BRASS)
            self.cell(12, 7, str(n), align="R")
        self.set_text_color(0, 0, 0)


pdf = CDoc("Dyrhamra kommun", font="liberation", serif=True, accent=GRN, justify=True,
           created=dt.datetime(2028, 3, 28, 15, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*GRN)
pdf.cell(0, 10, "Förvaltningsberättelse", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 6, "Översikt över verksamhetens utveckling", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
# key-figure strip
sy = pdf.get_y() + 5
pdf.hline(22, 188, sy, 0.8, GRN)
facts = [("Årets resultat", f"{d1(c_val('Årets resultat, mnkr', 2027))} mnkr",
          c_val("Årets resultat, mnkr", 2027) > c_val("Årets resultat, mnkr", 2026)),
         ("Nettoinvesteringar", f"{d1(c_val('Nettoinvesteringar, mnkr', 2027))} mnkr",
          c_val("Nettoinvesteringar, mnkr", 2027) > c_val("Nettoinvesteringar, mnkr", 2026)),
         ("Soliditet", f"{d1(c_val('Soliditet, %', 2027))} %",
          c_val("Soliditet, %", 2027) > c_val("Soliditet, %", 2026)),
         ("Invånare 31 december", g(c_val("Antal invånare 31 december", 2027)),
          c_val("Antal invånare 31 december", 2027) > c_val("Antal invånare 31 december", 2026))]
fw = 166 / 4
for k, (lab, val, up) in enumerate(facts):
    fx = 22 + k * fw
    if k:
        pdf.vline(fx, sy + 3, sy + 19, 0.2, (170, 170, 170))
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*GRN)
    pdf.set_xy(fx + 4, sy + 3.5)
    pdf.cell(fw - 12, 7, val)
    tx = fx + 4 + pdf.get_string_width(val) + 2.5
    pdf.set_fill_color(*(GRN if up else BRASS))
    if up:
        pdf.polygon([(tx, sy + 8.8), (tx + 3.2, sy + 8.8), (tx + 1.6, sy + 5.6)], style="F")
    else:
        pdf.polygon([(tx, sy + 5.8), (tx + 3.2, sy + 5.8), (tx + 1.6, sy + 9.0)], style="F")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(fx + 4, sy + 12)
    pdf.cell(fw - 6, 4, lab)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, sy + 21, 0.8, GRN)
pdf.set_y(sy + 27)
s = c_sentences()


def glue(t):
    """glue digit groups with no-break spaces (but not numbers to their units, which stretches justified lines)"""
    import re
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", t)


sick = c_val("Sjukfrånvaro, %", 2027)
blocks = [
    ("Årets resultat", f"{s[0]} Det bättre utfallet mot budget förklaras av att skatteintäkterna blev högre än "
     f"prognosen i budgeten och av ett positivt finansnetto. {s[1]}"),
    ("Kostnader och intäkter", f"{s[2]} Skattesatsen var oförändrad, "
     f"{d2(c_val('Kommunal skattesats, kr', 2027))} kronor. Kostnadsökningen beror "
     "främst på socialnämnden och barn- och utbildningsnämnden, som båda redovisar underskott."),
    ("Balanskravsresultat", f"{s[3]} Kommunen har inga tidigare underskott att återställa."),
    ("Investeringar", f"{s[4]} Flera projekt har försenats, bland annat ombyggnaden av Bastnäs skola, och "
     "medel förs över till nästa år."),
    ("Befolkning", f"Den 31 december hade kommunen {g(c_val('Antal invånare 31 december', 2027))} invånare, "
     f"{g(c_val('Antal invånare 31 december', 2027) - c_val('Antal invånare 31 december', 2026))} fler än ett år "
     "tidigare. Ökningen beror på inflyttning, medan födelsenettot var svagt negativt för tredje året i rad."),
    ("Väsentliga händelser", "Kommunfullmäktige beslutade i juni om en ny skolorganisation med färre men större "
     "skolenheter. Kraftiga regn i augusti orsakade översvämningar i centrala Dyrhamra, och kommunen fick kostnader "
     "för röjning och reparationer av gator och ledningar. Ett nytt avtal om gemensam räddningstjänst med två "
     "grannkommuner trädde i kraft vid årsskiftet."),
    ("Personal", f"Sjukfrånvaron fortsatte att minska och var {d1(sick)} procent av den ordinarie arbetstiden. "
     f"Antalet tillsvidareanställda ökade till {g(c_val('Tillsvidareanställda, antal', 2027))}."),
    ("Förväntad utveckling", "Skatteunderlaget väntas växa långsammare de kommande åren samtidigt som antalet "
     "äldre ökar. Nämnderna har därför fått i uppdrag att ta fram åtgärder för att anpassa kostnaderna, och "
     "investeringsplanen ska prövas på nytt inför nästa budget."),
]
pdf.set_font("Serif", "", 10)
cols = pdf.text_columns(text_align="J", ncols=2, gutter=9, balance=True, l_margin=22, r_margin=22,
                        line_height=1.22)
with cols:
    for head, text in blocks:
        pdf.set_font("Sans", "B", 9.6)
        pdf.set_text_color(*GRN)
        cols.write(head + "\n")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 10)
        with cols.paragraph(text_align="J", bottom_margin=3) as par:
            par.write(glue(text))
# a vertical brass rule between the two columns
pdf.vline(105, sy + 27, pdf.get_y() - 2, 0.3, BRASS)

# ---------------------------------------------------------------- p. 2: Tabell 1 femårsöversikt
pdf.add_page()
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GRN)
pdf.cell(0, 7, "Femårsöversikt", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.p("Tabellen visar kommunens utveckling de senaste fem åren. Uppgifterna avser kommunen, inte koncernen.",
      size=10)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Fem år i sammandrag", new_x="LMARGIN", new_y="NEXT")
X0 = 22
W = [76, 18, 18, 18, 18, 18]
AL = ["L", "R", "R", "R", "R", "R"]
xs = [X0]
for w in W:
    xs.append(xs[-1] + w)
TW = sum(W)
y = pdf.get_y() + 6
# the pale band of the 2027 column, rising above the heading as a rounded tab
band_top = y - 3.5
rows_h = []
for label in [r[1] for r in C_FIVE]:
    lab = label + (" 1)" if label.startswith("Soliditet inkl") else "")
    rows_h.append(pdf.row_h(W, [lab] + c_five_cells(label)[1:], font="Sans", size=8.8, vpad=1.3))
band_h = 3.5 + 7 + sum(rows_h) + 7.5 * len(C_SECTIONS) + 2
pdf.set_fill_color(*PALEG)
pdf.rect(xs[5], band_top, W[5], band_h, style="F", round_corners=True, corner_radius=2.5)
pdf.hline(X0, X0 + TW, y, 0.8, GRN)
h = pdf.row(X0, y + 0.5, W, AL, ["Mnkr om inget annat anges"] + [str(yr) for yr in C_YEARS], style="B",
            font="Sans", size=8.6, vpad=1.1, styles=["I"] + ["B"] * 5, colors=[GREY] + [None] * 4 + [GRN])
y += 0.5 + h
pdf.hline(X0, X0 + TW, y, 0.4, GRN)
ri = 0
for sec in C_SECTIONS:
    y += 1.5
    pdf.set_font("Sans", "B", 8)
    pdf.set_char_spacing(0.8)
    pdf.set_text_color(*BRASS)
    pdf.set_xy(X0 + 0.5, y + 0.6)
    pdf.cell(60, 4, sec.upper())
    lw = pdf.get_string_width(sec.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X0 + 2 + lw + 2, X0 + TW, y + 3.2, 0.35, BRASS, dash=(0.4, 0.9))
    y += 6
    for r in [r for r in C_FIVE if r[0] == sec]:
        cells = c_five_cells(r[1])
        if r[1].startswith("Soliditet inkl"):
            cells[0] += " 1)"
        h = pdf.row(X0, y, W, AL, cells, font="Sans", size=8.8, vpad=1.3,
                    styles=[None] * 5 + ["B"])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (205, 212, 206))
        ri += 1
pdf.hline(X0, X0 + TW, y + 0.4, 0.8, GRN)
pdf.set_xy(X0, y + 2.5)
pdf.set_font("Sans", "", 7.8)
pdf.cell(TW, 4, "1) Pensionsförpliktelser som redovisas som ansvarsförbindelse ingår som skuld.",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer till femårsöversikten", size=10.5)
pdf.p("Invånarantalet har ökat varje år under perioden. Nettokostnaderna ökade snabbare än skatteintäkterna under "
      "2027, och resultatet sjönk därför från toppen 2026. Soliditeten har minskat något eftersom "
      "investeringarna har finansierats delvis med nya lån, medan soliditeten inklusive samtliga pensionsförpliktelser "
      "har förbättrats när pensionsskulden i ansvarsförbindelsen minskar.", size=10)
pdf.p("Låneskulden ökade med 35 mnkr under året. Sjukfrånvaron har minskat varje år sedan 2023.", size=10)

# ---------------------------------------------------------------- p. 3: Tabell 2 driftredovisning
pdf.add_page()
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GRN)
pdf.cell(0, 7, "Driftredovisning per nämnd", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.p("Nämndernas nettokostnader jämförs med budget. Positiv avvikelse innebär att nämnden har använt mindre än "
      "budgeten.", size=10)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Nettokostnad och budgetavvikelse per nämnd, mnkr", new_x="LMARGIN", new_y="NEXT")
DW = [70, 24, 24, 24, 24]
DA = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(X0, X0 + sum(DW), y, 0.8, GRN)
h = pdf.row(X0, y + 0.4, DW, DA, ["Nämnd", "Budget 2027", "Utfall 2027", "Avvikelse", "Utfall 2026"], style="B",
            font="Sans", size=8.6, vpad=1.1)
y += 0.4 + h
pdf.hline(X0, X0 + sum(DW), y, 0.4, GRN)
for c in C_COMM:
    cells = c_comm_cells(c)
    neg = c_dev(c) < 0
    h = pdf.row(X0, y, DW, DA, cells, font="Sans", size=8.8, vpad=1.3,
                colors=[None, None, None, RED if neg else None, None], styles=[None, None, None, "B" if neg else None,
                                                                             None])
    y += h
    pdf.hline(X0, X0 + sum(DW), y, 0.1, (205, 212, 206))
pdf.hline(X0, X0 + sum(DW), y + 0.2, 0.35, GRN)
for cells, st in ((c_sum_cells(), "B"), (c_fin_cells(), "")):
    neg = cells[3].startswith("\u2212")
    h = pdf.row(X0, y + 0.4, DW, DA, cells, font="Sans", size=8.8, vpad=1.3, style=st,
                colors=[None, None, None, RED if neg else None, None])
    y += 0.4 + h
pdf.hline(X0, X0 + sum(DW), y + 0.5, 0.3, GRN)
pdf.hline(X0, X0 + sum(DW), y + 1.2, 0.3, GRN)
tc = c_total_cells()
h = pdf.row(X0, y + 1.4, DW, DA, tc, font="Sans", size=8.8, vpad=1.3, style="B",
            colors=[None, None, None, RED if tc[3].startswith("\u2212") else None, None])
y += 1.4 + h
pdf.hline(X0, X0 + sum(DW), y, 0.8, GRN)
pdf.set_y(y + 6)
# Figur 1: proportional strip of the net cost
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Nämndernas andel av nämndernas samlade nettokostnad 2027", new_x="LMARGIN",
         new_y="NEXT")
tot = sum(c[3] for c in C_COMM)
sy = pdf.get_y() + 8
sx = 22
shades = [(34, 85, 60), (70, 120, 90), (110, 150, 120), (168, 132, 52), (196, 168, 100), (140, 140, 140),
          (190, 190, 190)]
small = []
for k, c in enumerate(C_COMM):
    w = 166 * c[3] / tot
    pdf.set_fill_color(*shades[k])
    pdf.rect(sx, sy, w, 9, style="F")
    sh = share(c[3], tot)
    if w > 14:
        pdf.set_font("Sans", "B", 7.8)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(sx, sy + 2.5)
        pdf.cell(w, 4, c[1], align="C")
        pdf.set_text_color(40, 40, 40)
        pdf.set_font("Sans", "", 7.6)
        pdf.set_xy(sx, sy - 4.6)
        pdf.cell(w, 4, f"{d1(sh)} %", align="C")
    else:
        small.append(f"{c[1]} {d1(sh)} %")
    sx += w
pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, sy + 11)
pdf.set_font("Sans", "", 7.8)
pdf.cell(166, 4, "Smala fält: " + ", ".join(small) + ". Förkortningarna följer nämndernas namn i tabell 2.",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer per nämnd", size=10.5)
sn = [c for c in C_COMM if c[1] == "SN"][0]
bun = [c for c in C_COMM if c[1] == "BUN"][0]
ks = [c for c in C_COMM if c[1] == "KS"][0]
pdf.p(f"Socialnämndens underskott på {d1(-c_dev(sn))} mnkr beror främst på att {C_PASSAGE}. Nämnden har under "
      "hösten infört ett nytt arbetssätt för uppföljning av placeringar.", size=10)
pdf.p(f"Barn- och utbildningsnämnden redovisar ett underskott på {d1(-c_dev(bun))} mnkr, som till största delen "
      "avser fler elever i grundsärskolan och högre kostnader för skolskjuts. Kommunstyrelsens överskott på "
      f"{d1(c_dev(ks))} mnkr förklaras av vakanta tjänster och lägre kostnader för IT-licenser.", size=10)
pdf.ln(2)
pdf.set_font("Sans", "I", 8.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Ansvarig för årsredovisningen: {C_CFO[0]}, {C_CFO[1]}. Kommunstyrelsens ordförande: {C_CHAIR[0]}.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
