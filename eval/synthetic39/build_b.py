"""(b) Ulvhamra kommun – socialnämnden: individ- och familjeomsorgen, uppföljning per kvartal 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, portrait, 3 pages, burgundy accent. P. 1 has no running
header: a BURGUNDY FOLDER TAB at the top left holding "SOCIALNÄMNDEN" in white, standing on a thin burgundy rule
that runs across the page, the municipality right-aligned above the rule, the title, a HORIZONTAL STRIP OF THREE
LABELLED CELLS (Rapport / Period / Behandlas) between hairlines, and "Sammanfattning" under small bold run-in
headings with competing figures in running text (aid paid 37,7 mnkr vs the budget 35,0 and 35,8 in 2025; 412 vs 389
households; a waiting time of 12 days vs the target 10 and 15 days in 2025, met only in the third quarter; reports
of concern 1 146 vs 1 022 = +12,1 %; 55 vs 44 children placed; placement costs 30,4 vs 25,3 mnkr; adults 12,2 vs
13,5 mnkr). P. 2: Tabell 1, key figures per quarter with a STACKED TWO-LEVEL HEADING ("2026" over Kv 1 … Kv 4,
"Helår" over 2026 / 2025), a separate grey unit column, the two full-year columns ON A PALE BURGUNDY TINT after a
heavy vertical rule, the three areas as WHITE NAMES ON A BURGUNDY TAB AS WIDE AS THE LABEL COLUMN, FOOTNOTE MARKS ¹
(average) and ² (count at the end of the period) after the measures, and a last column "Trend" holding a drawn
SPARKLINE of the four quarters with a dot on the last value (no text); notes. P. 3: Figur 1, STACKED COLUMNS of the
children placed at the end of each quarter by form (HVB / Familjehem / Stödboende) with the count printed inside
every segment and the total above every column, a legend; "Analys" (the passage on the placement costs);
"Utvecklingsområden 2027" as a BULLETED LIST WITH NESTED "–" ITEMS; the decision and the contact. No metadata
title.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (B_GROUPS, B_ROWS, B_MARK, B_BUDGET_AID, B_TARGET_WAIT, B_FORMS, B_PASSAGE, B_DEVELOP, B_DECIDED,
                  B_CONTACT, B_CHIEF, b_year, b_fmt, b_row, g, d1, r1, dmy)

OUT = HERE / "ulvhamra-sn-ifo-kvartalsuppfoljning-2026.pdf"
BURG = (122, 30, 52)
PALE = (246, 232, 236)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*BURG)
            self.rect(22, 12, 44, 8, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=1.5)
            self.set_xy(22, 12.6)
            self.set_font("Sans", "B", 8.6)
            self.set_text_color(255, 255, 255)
            self.cell(44, 7, "SOCIALNÄMNDEN", align="C")
            self.set_text_color(0, 0, 0)
            self.hline(22, 188, 20, 0.8, BURG)
            self.set_xy(110, 13)
            self.set_font("Sans", "B", 11)
            self.cell(78, 6, "Ulvhamra kommun", align="R")
            self.set_y(30)
            return
        super().header()


pdf = BDoc("Ulvhamra kommun", "Socialnämnden", "Sida {p} av 3", font="dejavu", serif=False, accent=BURG,
           foot="Ulvhamra kommun · Individ- och familjeomsorgen · Uppföljning 2026",
           created=dt.datetime(2027, 2, 3, 14, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(150, 8.5, "Individ- och familjeomsorgen – uppföljning per kvartal 2026", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
pdf.hline(22, 188, y, 0.2, (160, 160, 160))
cells = [("Rapport", "Helår med kvartalsvärden"), ("Period", "1 januari–31 december 2026"),
         ("Behandlas", f"Socialnämnden {B_DECIDED.isoformat()}")]
cw = 166 / 3
for k, (lab, val) in enumerate(cells):
    pdf.set_xy(22 + k * cw, y + 1.5)
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(*GREY)
    pdf.cell(cw, 3.5, lab.upper())
    pdf.set_xy(22 + k * cw, y + 5.2)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(cw, 4.5, val)
    if k:
        pdf.vline(22 + k * cw - 2, y + 1.5, y + 10, 0.2, (170, 170, 170))
pdf.hline(22, 188, y + 11.5, 0.2, (160, 160, 160))
pdf.set_y(y + 17)
pdf.h1("Sammanfattning")
aid = b_row("Utbetalt bistånd")
hh = b_row("Hushåll med utbetalt bistånd per månad")
wait = b_row("Väntetid till nybesök")
ok_q = [k + 1 for k, v in enumerate(wait[3]) if v <= B_TARGET_WAIT]
QW = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde"}
rep = b_row("Orosanmälningar")
plc = b_row("Placerade barn och unga")
cost = b_row("Kostnad för placeringar", "Barn och unga")
cost_v = b_row("Kostnad för placeringar", "Vuxna")
blocks = [
    ("Ekonomiskt bistånd.",
     f"Under 2026 betalades {d1(b_year(aid) / 1000)} mnkr ut i ekonomiskt bistånd. Det är "
     f"{d1((b_year(aid) - B_BUDGET_AID) / 1000)} mnkr mer än budgeterade {d1(B_BUDGET_AID / 1000)} mnkr och "
     f"{d1((b_year(aid) - aid[4]) / 1000)} mnkr mer än 2025, då utbetalningarna uppgick till {d1(aid[4] / 1000)} mnkr. "
     f"I genomsnitt fick {b_year(hh)} hushåll bistånd varje månad, jämfört med {hh[4]} året innan."),
    ("Väntetider.",
     f"Väntetiden till nybesök inom ekonomiskt bistånd var i genomsnitt {b_year(wait)} dagar. Målet är högst "
     f"{B_TARGET_WAIT} dagar, och 2025 var väntetiden {wait[4]} dagar. Målet nåddes bara under "
     f"{QW[ok_q[0]]} kvartalet."),
    ("Barn och unga.",
     f"Antalet orosanmälningar ökade till {g(b_year(rep))} från {g(rep[4])} året innan, en ökning med "
     f"{d1((b_year(rep) / rep[4] - 1) * 100)} procent. Vid årets slut var {b_year(plc)} barn och unga placerade, "
     f"jämfört med {plc[4]} vid utgången av 2025. Kostnaden för placeringarna blev {d1(b_year(cost) / 1000)} mnkr "
     f"({d1(cost[4] / 1000)} mnkr 2025)."),
    ("Vuxna.",
     f"Kostnaden för placeringar av vuxna minskade till {d1(b_year(cost_v) / 1000)} mnkr från "
     f"{d1(cost_v[4] / 1000)} mnkr, eftersom fler fick öppenvård på hemmaplan i stället för behandling på "
     f"institution."),
]
for lead, text in blocks:
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 9.8)
    pdf.write(5.2, lead + " ")
    pdf.set_font("Sans", "", 9.8)
    pdf.write(5.2, nb(text))
    pdf.ln(5.2)
    pdf.ln(2.5)
pdf.ln(2)
pdf.h1("Om uppföljningen")
pdf.p("Uppgifterna kommer från verksamhetssystemet och ekonomisystemet. Kvartalsvärdena för väntetider och "
      "utredningstider är genomsnitt för kvartalet, medan antalet placerade avser läget den sista dagen i kvartalet. "
      "Tabell 1 på nästa sida redovisar samtliga nyckeltal och figur 1 visar placeringarna av barn och unga.",
      size=9.6)

# ---------------------------------------------------------------- p. 2 table
pdf.add_page()
pdf.h1("Nyckeltal per kvartal")
X0 = 22
WID = [42, 14, 15, 15, 15, 15, 17, 17, 16]
AL = ["L", "L", "R", "R", "R", "R", "R", "R", "C"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.set_xy(X0, y)
pdf.set_font("Sans", "B", 9.4)
pdf.set_text_color(*BURG)
pdf.cell(TW, 5, "Tabell 1 Nyckeltal för individ- och familjeomsorgen 2026")
pdf.set_text_color(0, 0, 0)
y += 7.5
# upper heading level
pdf.set_font("Cond", "B", 8.4)
for label, a, b in (("2026", 2, 6), ("Helår", 6, 8)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 4.5, label, align="C")
    pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 4.8, 0.3, BURG)
y += 5.6
head = ["Mått", "Enhet", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "2026", "2025", "Trend"]
h = pdf.row_h(WID, head, font="Cond", size=8.4, style="B")
y_tint = y
pdf.set_fill_color(*PALE)
pdf.rect(xs[6], y_tint, xs[8] - xs[6], h, style="F")
pdf.row(X0, y, WID, AL, head, font="Cond", size=8.4, style="B")
pdf.hline(X0, X0 + TW, y + h + 0.2, 0.7, BURG)
y += h + 1
rows_y = []
for grp in B_GROUPS:
    pdf.set_fill_color(*BURG)
    pdf.rect(X0, y + 0.6, WID[0] + WID[1], 5.2, style="F")
    pdf.set_xy(X0 + 1.2, y + 0.8)
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(WID[0], 4.8, grp)
    pdf.set_text_color(0, 0, 0)
    y += 6.6
    for r in [r_ for r_ in B_ROWS if r_[0] == grp]:
        cells = [r[1] + B_MARK[r[5]], r[2]] + [b_fmt(v) for v in r[3]] + [b_fmt(b_year(r)), b_fmt(r[4]), ""]
        hh_ = pdf.row_h(WID, cells, font="Cond", size=8.8) + 0.6
        pdf.set_fill_color(*PALE)
        pdf.rect(xs[6], y, xs[8] - xs[6], hh_, style="F")
        pdf.row(X0, y, WID, AL, cells, font="Cond", size=8.8, h=hh_,
                colors=[None, GREY, None, None, None, None, None, None, None],
                styles=[None, None, None, None, None, None, "B", None, None])
        # sparkline of the four quarters
        q = r[3]
        lo, hi = min(q), max(q)
        sx0, sw, sy0, sh = xs[8] + 3, WID[8] - 6, y + 1.3, hh_ - 2.6
        pts = [(sx0 + k * sw / 3, sy0 + sh - (0.5 if hi == lo else (v - lo) / (hi - lo)) * sh)
               for k, v in enumerate(q)]
        pdf.set_draw_color(*BURG)
        pdf.set_line_width(0.35)
        pdf.polyline(pts)
        pdf.set_fill_color(*BURG)
        pdf.ellipse(pts[-1][0] - 0.7, pts[-1][1] - 0.7, 1.4, 1.4, style="F")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.hline(X0, X0 + TW, y + hh_, 0.1, (200, 200, 200))
        y += hh_
    y += 1.5
pdf.vline(xs[6], y_tint - 6, y - 1.5, 0.8, BURG)
pdf.hline(X0, X0 + TW, y - 1, 0.7, BURG)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.5)
for n in ["¹ Genomsnitt för kvartalet respektive helåret.",
          "² Antal vid kvartalets slut; helårsvärdet avser den 31 december.",
          "Övriga helårsvärden är summan av kvartalen. Trend: kvartalsvärdena 2026 från kv 1 till kv 4.",
          "Källa: verksamhetssystemet och ekonomisystemet, uttag 2027-01-15."]:
    pdf.set_x(X0)
    pdf.multi_cell(TW, 3.8, n, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer till tabellen")
pdf.p("Antalet nya ansökningar om ekonomiskt bistånd var högst under fjärde kvartalet, då flera stora arbetsgivare "
      "i regionen varslade personal. Orosanmälningarna kommer främst från skolan och polisen.", size=9.6)
pdf.p("Utredningstiden för barn och unga har kortats sedan två tjänster som socialsekreterare tillsattes under "
      "våren, men ligger fortfarande över lagens gräns på fyra månader i enskilda ärenden.", size=9.6)

# ---------------------------------------------------------------- p. 3 chart, analysis, development areas
pdf.add_page()
pdf.h1("Placerade barn och unga")
pdf.set_font("Sans", "B", 9.2)
pdf.set_text_color(*BURG)
pdf.cell(0, 5, "Figur 1 Placerade barn och unga vid kvartalets slut 2026, antal", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
COLS = [(122, 30, 52), (196, 132, 146), (232, 206, 212)]
base = pdf.get_y() + 66
scale = 1.0
bx0, bw, bgap = 34, 20, 14
pdf.hline(30, 150, base, 0.4)
for qk in range(4):
    x = bx0 + qk * (bw + bgap)
    top = base
    for (form, vals), col in zip(B_FORMS, COLS):
        hgt = vals[qk] * scale
        pdf.set_fill_color(*col)
        pdf.rect(x, top - hgt, bw, hgt, style="F")
        pdf.set_font("Sans", "B", 7.8)
        pdf.set_text_color(*((255, 255, 255) if col == COLS[0] else (0, 0, 0)))
        pdf.set_xy(x, top - hgt / 2 - 2)
        pdf.cell(bw, 4, str(vals[qk]), align="C")
        top -= hgt
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(x - 2, top - 5.5)
    pdf.cell(bw + 4, 4.5, str(sum(v[qk] for _, v in B_FORMS)), align="C")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_xy(x - 2, base + 1.5)
    pdf.cell(bw + 4, 4, f"Kv {qk + 1}", align="C")
lx = 164
ly = base - 40
for (form, _), col in zip(B_FORMS[::-1], COLS[::-1]):
    pdf.set_fill_color(*col)
    pdf.rect(lx, ly + 0.8, 4, 3.2, style="F")
    pdf.set_xy(lx + 5.5, ly)
    pdf.set_font("Sans", "", 8.2)
    pdf.cell(25, 4.8, form)
    ly += 6.5
pdf.set_y(base + 9)
pdf.h1("Analys")
cost = b_row("Kostnad för placeringar", "Barn och unga")
pdf.p(f"Kostnaden för placeringar av barn och unga ökade med {d1((b_year(cost) / cost[4] - 1) * 100)} procent "
      f"jämfört med 2025. Ökningen beror främst på att {B_PASSAGE}. En plats på HVB kostar i genomsnitt fyra gånger "
      f"så mycket som en placering i familjehem.", size=9.8)
pdf.p("Antalet placerade vuxna har varit stabilt under året. Väntetiden till ett första samtal inom "
      "missbruksvården ökade under sommaren, då mottagningen hade reducerad bemanning.", size=9.8)
pdf.h1("Utvecklingsområden 2027")
for main, subs in B_DEVELOP:
    pdf.set_x(24)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_text_color(*BURG)
    pdf.cell(5, 5.2, "●")
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(156, 5.2, main, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(30)
        pdf.set_font("Sans", "", 9.4)
        pdf.cell(5, 4.9, "–")
        pdf.multi_cell(150, 4.9, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)
pdf.ln(2)
pdf.h2("Beslut")
pdf.p(f"Socialnämnden lade uppföljningen till handlingarna den {dmy(B_DECIDED)} och gav förvaltningen i uppdrag "
      f"att redovisa arbetet med familjehemsrekryteringen vid nämndens sammanträde i juni 2027.", size=9.8)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.6, f"Kontakt: {B_CONTACT[0]}, {B_CONTACT[1]} · Socialchef: {B_CHIEF}", new_x="LMARGIN",
         new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
