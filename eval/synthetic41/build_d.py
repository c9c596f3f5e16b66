"""(d) Region Norrfjäla – delårsrapport januari–augusti 2027 (regionstyrelsen).

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, moss green with red for deficits, 4 pages: PP. 1 AND 4
PORTRAIT, PP. 2–3 LANDSCAPE. P. 1 has no running header: a RIBBON BAND across the top edge (a moss-green band from the
left edge ending in a SWALLOW-TAIL NOTCH, holding "DELÅRSRAPPORT · JANUARI–AUGUSTI 2027" in white letter-spaced
capitals) with "Region Norrfjäla" to its right, the title and the decision line, "Sammanfattning" with competing
figures in running text (period result 212,4 vs the periodised budget 176,0 vs 188,9 the same period 2026; full-year
forecast 64,0 vs budget 150,0 vs the 2026 result 98,6; the operations −74,5; six of thirteen in deficit; taxes −8,0
and finance −3,5; net costs +4,2 % vs taxes +3,6 %) and Figur 1, a DOT PLOT of every activity's forecast deviation
(one line per activity, a dot on a dashed guide, red left of a zero axis and green right of it, the value printed
beside the dot). Pp. 2–4 have a running header (region and report left, "Sida n av 4" right) over a green hairline.
P. 2 (landscape): "2 Ekonomiskt resultat", Tabell 1, the income statement for the full year (Budget / Prognos /
Avvikelse; costs with "−"), then "2.2 Driftredovisning" and Tabell 2 with a STACKED TWO-LEVEL HEADING ("Januari–
augusti" over Utfall 2027 / Utfall 2026; "Helår 2027" over Budget / Prognos / Avvikelse mot budget), the three groups
as ITALIC SMALL-CAPITAL LINES BETWEEN TWO HAIRLINES, negative deviations in red; THE TABLE BREAKS INSIDE THE FIRST
GROUP after "Område Diagnostik" with "Tabellen fortsätter på nästa sida". P. 3 (landscape) repeats "Tabell 2
(forts.)", the whole two-level heading and "Hälso- och sjukvård (forts.)", then the remaining rows, bold "Summa
<group>" rows, and a bold "Summa verksamheter" row with a DOUBLE RULE under it; "Kommentarer" with the passage on
Område Akut och kirurgi. P. 4 (portrait): "3 Personal", Tabell 3 (Jan–aug 2026 / Jan–aug 2027 / Förändring) with
comments, "4 Åtgärder" as a "•" list and the names of the regional director and the CFO. No metadata title.
"""
import datetime as dt

from common41 import HERE, Doc, nb
from data import (D_GROUPS, D_ROWS, D_BREAK_AFTER, D_RESULT_BUDGET, D_PERIOD, D_PREV_RESULT, D_TAX_DEV, D_FIN_DEV,
                  D_TAX_GROWTH, D_STAFF, D_PASSAGE, D_DIRECTOR, D_CFO, d_dev, d_rows, d_sum, d_cells, d_row_cells,
                  d_forecast, d_growth, d_income, d_staff_cells, d1)

OUT = HERE / "region-norrfjala-delarsrapport-jan-aug-2027.pdf"
MOSS = (52, 94, 60)
RED = (196, 40, 36)
GRN = (40, 130, 70)
GREY = (110, 110, 110)
WORD = {6: "Sex", 13: "tretton"}


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*MOSS)
            self.polygon([(0, 10), (150, 10), (142, 19), (150, 28), (0, 28)], style="F")
            self.set_xy(20, 15)
            self.set_font("Sans", "B", 9.5)
            self.set_char_spacing(1.6)
            self.set_text_color(255, 255, 255)
            self.cell(120, 8, "DELÅRSRAPPORT · JANUARI–AUGUSTI 2027")
            self.set_char_spacing(0)
            self.set_xy(152, 15)
            self.set_font("Sans", "B", 11)
            self.set_text_color(*MOSS)
            self.cell(0, 8, "Region Norrfjäla")
            self.set_text_color(0, 0, 0)
            self.set_y(38)
            return
        self.set_y(10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*MOSS)
        self.cell(150, 5, "Region Norrfjäla · Delårsrapport januari–augusti 2027")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.4, MOSS)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = DDoc("", font="dejavu", serif=False, accent=MOSS, foot="Regionstyrelsen 2027-10-12 · Dnr RS 2027/611",
           created=dt.datetime(2027, 10, 1, 12, 0, tzinfo=dt.timezone.utc), justify=True)
pdf.set_margins(20, 23, 20)
pdf.set_auto_page_break(True, 20)
ops, res = d_forecast()
per_res, per_bud, per_prev = D_PERIOD
deficit = [r for r in D_ROWS if d_dev(r) < 0]
worst = min(D_ROWS, key=d_dev)

# ---------------------------------------------------------------- p. 1 (portrait)
pdf.add_page()
pdf.set_font("Sans", "B", 22)
pdf.cell(0, 10, "Delårsrapport januari–augusti 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(0, 5.5, "Behandlad av regionstyrelsen den 12 oktober 2027, § 141. Fastställs av regionfullmäktige.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h1("Sammanfattning", size=13)
pdf.p(f"Regionens resultat för perioden januari–augusti blev {d1(per_res)} mnkr. Det är {d1(per_res - per_bud)} mnkr "
      f"bättre än det periodiserade budgeterade resultatet på {d1(per_bud)} mnkr och {d1(per_res - per_prev)} mnkr "
      f"bättre än för samma period 2026, då resultatet var {d1(per_prev)} mnkr.", size=9.8)
pdf.p(f"För helåret prognostiseras ett resultat på {d1(res)} mnkr. Det är {d1(D_RESULT_BUDGET - res)} mnkr lägre än "
      f"det budgeterade resultatet på {d1(D_RESULT_BUDGET)} mnkr och {d1(D_PREV_RESULT - res)} mnkr lägre än "
      f"resultatet för 2026 ({d1(D_PREV_RESULT)} mnkr).", size=9.8)
pdf.p(f"Verksamheterna prognostiserar tillsammans ett underskott på {d1(-ops)} mnkr mot budget. {WORD[len(deficit)]} "
      f"av regionens {WORD[len(D_ROWS)]} verksamheter räknar med underskott, störst inom {worst[1]} "
      f"({d1(-d_dev(worst))} mnkr). Skatteintäkterna och de generella statsbidragen beräknas bli {d1(-D_TAX_DEV)} mnkr "
      f"lägre än budgeterat och finansnettot {d1(-D_FIN_DEV)} mnkr sämre.", size=9.8)
pdf.p(f"Verksamhetens nettokostnader ökade med {d1(d_growth())} procent jämfört med samma period 2026, medan "
      f"skatteintäkterna och statsbidragen ökade med {d1(D_TAX_GROWTH)} procent. Kostnaderna växer alltså snabbare "
      f"än intäkterna, och regionstyrelsen har beslutat om åtgärder för att minska takten (avsnitt 4).", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Figur 1. Prognostiserad avvikelse mot budget 2027 per verksamhet, mnkr",
         new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 3
lx, ax0, ax1 = 20, 78, 186
vmin, vmax = -60, 10


def xv(v):
    return ax0 + (v - vmin) / (vmax - vmin) * (ax1 - ax0)


step = 5.6
pdf.set_font("Sans", "", 7)
for v in range(vmin, vmax + 1, 10):
    pdf.vline(xv(v), y0 - 1, y0 + step * len(D_ROWS), 0.1, (215, 215, 215))
pdf.vline(xv(0), y0 - 2, y0 + step * len(D_ROWS) + 1, 0.5, (60, 60, 60))
for k, r in enumerate(D_ROWS):
    y = y0 + k * step + step / 2
    pdf.set_xy(lx, y - 2)
    pdf.set_font("Sans", "", 7.8)
    pdf.cell(ax0 - lx - 3, 4, r[1], align="R")
    pdf.hline(ax0, ax1, y, 0.15, (185, 185, 185), dash=(0.6, 0.9))
    v = d_dev(r)
    col = RED if v < 0 else GRN
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.9)
    pdf.line(xv(0), y, xv(v), y)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*col)
    pdf.ellipse(xv(v) - 1.5, y - 1.5, 3, 3, style="F")
    pdf.set_font("Sans", "B", 7.4)
    pdf.set_text_color(*col)
    if v < 0:
        pdf.set_xy(xv(v) - 15, y - 2)
        pdf.cell(13, 4, d1(v, plus=True), align="R")
    else:
        pdf.set_xy(xv(v) + 2, y - 2)
        pdf.cell(13, 4, d1(v, plus=True), align="L")
    pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
yb = y0 + step * len(D_ROWS) + 1.5
pdf.set_font("Sans", "", 7)
pdf.set_text_color(*GREY)
for v in range(vmin, vmax + 1, 10):
    pdf.set_xy(xv(v) - 6, yb)
    pdf.cell(12, 3.5, d1(v, plus=True) if v else "0", align="C")
pdf.set_xy(ax0, yb + 4)
pdf.cell(ax1 - ax0, 3.5, "← underskott    överskott →", align="C")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 (landscape)
pdf.add_page(orientation="L")
pdf.h1("2 Ekonomiskt resultat", size=13)
pdf.h2("2.1 Resultat och prognos för helåret")
pdf.p("Resultatprognosen för helåret bygger på utfallet till och med augusti och verksamheternas bedömning av hösten. "
      "Pensionskostnaderna följer den senaste prognosen från pensionsförvaltaren, och skatteintäkterna bygger på "
      "Sveriges Kommuner och Regioners prognos från augusti.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 6, "Tabell 1. Resultaträkning i sammandrag, helår 2027, mnkr", new_x="LMARGIN", new_y="NEXT")
WI = [90, 30, 30, 30]
AI = ["L", "R", "R", "R"]
X0 = 20
y = pdf.get_y() + 1
h = pdf.row(X0, y, WI, AI, ["", "Budget 2027", "Prognos 2027", "Avvikelse"], font="Cond", style="B", size=8.6)
y += h
pdf.hline(X0, X0 + sum(WI), y, 0.5, MOSS)
for lab, b, p_, a in d_income():
    bold = "B" if lab == "Resultat" else ""
    if bold:
        pdf.hline(X0, X0 + sum(WI), y, 0.4, (60, 60, 60))
    h = pdf.row(X0, y, WI, AI, [lab, d1(b), d1(p_), d1(a, plus=True)], font="Cond", style=bold, size=9,
                colors=[None, None, None, RED if a < 0 else None])
    y += h
pdf.hline(X0, X0 + sum(WI), y, 0.5, MOSS)
pdf.set_y(y + 5)
pdf.h2("2.2 Driftredovisning per verksamhet")
pdf.p("Tabell 2 visar verksamheternas nettokostnader. En positiv avvikelse innebär att verksamheten beräknas klara sig "
      "med mindre pengar än budgeterat; en negativ avvikelse är ett underskott.", size=9.6)
W = [84, 34, 34, 34, 34, 37]
A = ["L", "R", "R", "R", "R", "R"]
TW = sum(W)


def heading(y, cont=False):
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(X0, y)
    pdf.cell(0, 6, "Tabell 2. Driftredovisning per verksamhet, mnkr" + (" (forts.)" if cont else ""))
    y += 7
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X0 + W[0], y)
    pdf.cell(W[1] + W[2], 4.5, "Januari–augusti", align="C")
    pdf.set_xy(X0 + sum(W[:3]), y)
    pdf.cell(W[3] + W[4] + W[5], 4.5, "Helår 2027", align="C")
    pdf.hline(X0 + W[0] + 3, X0 + sum(W[:3]) - 3, y + 4.8, 0.35, MOSS)
    pdf.hline(X0 + sum(W[:3]) + 3, X0 + TW - 3, y + 4.8, 0.35, MOSS)
    y += 5.6
    h = pdf.row(X0, y, W, A, ["Verksamhet", "Utfall 2027", "Utfall 2026", "Budget", "Prognos",
                              "Avvikelse mot budget"], font="Cond", style="B", size=8.6)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.7, MOSS)
    return y


def group_line(y, text):
    pdf.hline(X0, X0 + TW, y + 0.6, 0.1, (150, 150, 150))
    pdf.set_xy(X0 + 1, y + 1.2)
    pdf.set_font("Sans", "I", 8.4)
    pdf.set_char_spacing(0.9)
    pdf.set_text_color(*MOSS)
    pdf.cell(TW, 4.8, text.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X0, X0 + TW, y + 6.6, 0.1, (150, 150, 150))
    return y + 7.2


def data_row(y, cells, style="", fill=None):
    dev = cells[-1]
    col = RED if dev.startswith("−") else None
    h = pdf.row(X0, y, W, A, cells, font="Cond", size=9, style=style, lh=4.1, vpad=1.2,
                colors=[None] * 5 + [col], fills=[fill] * 6 if fill else None)
    return y + h


y = heading(pdf.get_y() + 1)
brk = False
for grp in D_GROUPS:
    if brk:
        pass
    y = group_line(y, grp if not (brk and grp == D_GROUPS[0]) else grp + " (forts.)")
    for r in d_rows(grp):
        y = data_row(y, d_row_cells(r))
        pdf.hline(X0, X0 + TW, y, 0.1, (205, 205, 205))
        if r[1] == D_BREAK_AFTER:
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 7.6)
            pdf.set_text_color(*GREY)
            pdf.cell(TW, 4, "Tabellen fortsätter på nästa sida.", align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.add_page(orientation="L")
            y = heading(pdf.get_y(), cont=True)
            y = group_line(y, grp + " (forts.)")
            brk = True
    s = d_sum(grp)
    y = data_row(y, d_cells(f"Summa {grp[0].lower() + grp[1:]}", *s), style="B")
    pdf.hline(X0, X0 + TW, y, 0.3, (90, 90, 90))
y += 1
y = data_row(y, d_cells("Summa verksamheter", *d_sum()), style="B", fill=(232, 240, 233))
pdf.hline(X0, X0 + TW, y + 0.5, 0.3, (40, 40, 40))
pdf.hline(X0, X0 + TW, y + 1.4, 0.3, (40, 40, 40))
pdf.set_y(y + 7)
pdf.h2("Kommentarer")
pdf.p(f"{worst[1]} beräknar ett underskott på {d1(-d_dev(worst))} mnkr. Underskottet beror på att {D_PASSAGE}. "
      f"Läkemedelskostnaderna inom förmånen ökar snabbare än budgeterat, främst för nya diabetes- och "
      f"cancerläkemedel. Område Psykiatri och de gemensamma funktionerna beräknas lämna överskott, bland annat på "
      f"grund av vakanta tjänster.", size=9.6)

# ---------------------------------------------------------------- p. 4 (portrait)
pdf.add_page(orientation="P")
pdf.h1("3 Personal", size=13)
pdf.p("Tabell 3 visar personalens antal, frånvaro och kostnader under årets första åtta månader jämfört med samma "
      "period 2026. Sjukfrånvaron redovisas för januari–juli eftersom uppgifterna för augusti ännu inte är klara.",
      size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 6, "Tabell 3. Personal i siffror", new_x="LMARGIN", new_y="NEXT")
W3 = [82, 28, 28, 30]
A3 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1
h = pdf.row(X0, y, W3, A3, ["Nyckeltal", "Jan–aug 2026", "Jan–aug 2027", "Förändring"], font="Cond", style="B",
            size=8.8, fills=[(232, 240, 233)] * 4)
y += h
pdf.hline(X0, X0 + sum(W3), y, 0.6, MOSS)
for s in D_STAFF:
    h = pdf.row(X0, y, W3, A3, d_staff_cells(s), font="Cond", size=9.2, lh=4.2, vpad=1.4)
    y += h
    pdf.hline(X0, X0 + sum(W3), y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + sum(W3), y, 0.6, MOSS)
pdf.set_y(y + 5)
st = {s[0]: s for s in D_STAFF}
hired = st["Kostnad för inhyrd personal, mnkr"]
sick = st["Sjukfrånvaro januari–juli, %"]
pdf.p(f"Kostnaden för inhyrd personal minskade till {d1(hired[2])} mnkr, från {d1(hired[1])} mnkr samma period "
      f"förra året. Minskningen gäller framför allt läkare inom primärvården, medan inhyrningen av sjuksköterskor "
      f"har ökat under sommaren. Sjukfrånvaron sjönk till {d1(sick[2])} procent. Övertiden och mertiden ökade, "
      f"vilket delvis beror på stängda vårdplatser.", size=9.8)
pdf.h1("4 Åtgärder", size=13)
pdf.bullets(["Anställningsstopp för administrativa tjänster inom alla verksamheter till och med december 2027.",
             "Ett gemensamt bemanningscenter för sjuksköterskor öppnar den 1 november och ska ersätta inhyrd "
             "personal inom akutsjukvården.",
             "Läkemedelskommittén får i uppdrag att följa upp förskrivningen av de nya diabetesläkemedlen.",
             "Vårdplatserna på Lillfors lasarett ska hållas öppna även nästa sommar."], size=9.8)
pdf.ln(6)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"{D_DIRECTOR}, regiondirektör", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"{D_CFO}, ekonomidirektör", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
