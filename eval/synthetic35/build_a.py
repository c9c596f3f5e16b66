"""(a) Pärlsunda kommun – årsredovisning 2026, kapitel 4 "Ekonomisk analys och räkenskaper" (utdrag).

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages, BOOK LAYOUT WITH MIRRORED
MARGINS: odd pages have the wide margin on the left, even pages on the right, and the running header is a grey
BREADCRUMB ("Årsredovisning 2026 › 4 Ekonomisk analys och räkenskaper › …") set on the OUTER side with the page
number in a FILLED ACCENT SQUARE in the outer corner at the foot. P. 1 opens the chapter with a PALE PLUM PANEL
across the top holding a large chapter number, the chapter title and an italic ingress; then the year's result,
the balance requirement, soliditet (with and without the pension commitments, kommun and koncern) and the tax rate
in running text for 2026 and 2025 under small bold headings. P. 2: the resultaträkning with a STACKED HEADING whose
upper cells "Kommun" (over Budget 2026 / Utfall 2026 / Utfall 2025) and "Koncern" (over Utfall 2026 / Utfall 2025)
are WHITE TEXT ON DARK PLUM BLOCKS separated by a white GUTTER that also cuts every rule of the table; a grey
"Not" column right after the label; no rules between ordinary rows, bold subtotal rows under a thin rule, "Årets
resultat" bold over a double rule; costs negative with "−", "–" for empty cells; footnote marks "¹" "²" on two
labels with the footnotes under the table; then comments. P. 3: the driftredovisning per nämnd with a second
STACKED HEADING ("Nettokostnad 2026" over Budget / Utfall, "Avvikelse mot budget" over 2026 / 2025), the two groups
as LETTER-SPACED SMALL-CAPITAL PLUM GROUP ROWS, deficits in red with "−" and surpluses with "+", a thin grey
vertical rule before the 2025 column. The table breaks after "Vård- och omsorgsnämnden" ("Tabellen fortsätter på
nästa sida"); p. 4 repeats the caption with "(forts.)", both heading rows and "Styrelse och nämnder (forts.)",
gives the rest of the nämnder, "Summa nämnder", the common items, "Summa gemensamma poster" and the total
"Verksamhetens nettokostnad" on a tinted band (equal to the resultaträkning), then comments per nämnd (the
passage on the Socialnämnden). Metadata title set.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (A_RT, A_FOOTNOTES, A_SOLIDITET, A_SKATTESATS, A_RESULT_TARGET, A_REAVINST, A_GROUPS, A_DRIFT,
                  A_BREAK_AFTER, A_SUMLABEL, A_PASSAGE, A_DECIDED, a_rt, a_rt_row, a_num, a_result_share, a_dev,
                  a_rows, a_sum, d1, dmy, pct, r1)

OUT = HERE / "parlsunda-arsredovisning-2026-ekonomisk-analys.pdf"
PLUM = (92, 38, 84)
PALE = (244, 236, 243)
RED = (176, 28, 28)
GREY = (110, 110, 110)
CRUMB = "Årsredovisning 2026  ›  4 Ekonomisk analys och räkenskaper"


class Book(Doc):
    sections = {}

    def header(self):
        odd = self.page_no() % 2 == 1
        l, r = (26, 18) if odd else (18, 26)
        self.set_left_margin(l)
        self.set_right_margin(r)
        self.set_y(11)
        self.set_font("Sans", "", 7.6)
        self.set_text_color(*GREY)
        sec = self.sections.get(self.page_no(), "")
        txt = CRUMB + (f"  ›  {sec}" if sec else "")
        self.set_x(l)
        self.cell(self.w - l - r, 4, txt, align="R" if odd else "L")
        self.set_draw_color(200, 190, 200)
        self.line(l, 16.5, self.w - r, 16.5)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        odd = self.page_no() % 2 == 1
        x = self.w - 18 - 7 if odd else 18
        self.set_fill_color(*PLUM)
        self.rect(x, self.h - 16, 7, 7, style="F")
        self.set_xy(x, self.h - 16)
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.cell(7, 7, str(self.page_no()), align="C")
        self.set_text_color(*GREY)
        self.set_font("Sans", "", 7)
        if odd:
            self.set_xy(26, self.h - 14.5)
            self.cell(120, 4, "Pärlsunda kommun · Årsredovisning 2026")
        else:
            self.set_xy(self.w - 26 - 120, self.h - 14.5)
            self.cell(120, 4, "Pärlsunda kommun · Årsredovisning 2026", align="R")
        self.set_text_color(0, 0, 0)


pdf = Book("", font="liberation", serif=True, accent=PLUM, title="Pärlsunda kommun – Årsredovisning 2026, "
           "Ekonomisk analys och räkenskaper", author="Pärlsunda kommun, ekonomiavdelningen",
           created=dt.datetime(2027, 3, 24, 10, 5, tzinfo=dt.timezone.utc))
pdf.sections = {2: "Resultaträkning", 3: "Driftredovisning", 4: "Driftredovisning"}
pdf.set_auto_page_break(True, 24)

res26, tax26 = a_result_share(1)
res25, tax25 = a_result_share(2)
R = a_rt_row("Årets resultat")[4]
NK = a_rt_row("Verksamhetens nettokostnader")[4]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
x0, w = pdf.l_margin, pdf.epw
y = 24
pdf.set_fill_color(*PALE)
pdf.rect(x0, y, w, 36, style="F")
pdf.set_xy(x0 + 5, y + 3)
pdf.set_font("Sans", "B", 34)
pdf.set_text_color(*PLUM)
pdf.cell(18, 18, "4")
pdf.set_xy(x0 + 24, y + 5)
pdf.set_font("Sans", "B", 18)
pdf.multi_cell(w - 30, 8, "Ekonomisk analys och räkenskaper", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(x0 + 24, y + 15)
pdf.set_font("Serif", "I", 10.5)
pdf.multi_cell(w - 30, 5.2, "Kapitlet beskriver kommunens ekonomiska ställning och utveckling under 2026 och "
               "innehåller resultaträkningen för kommunen och koncernen samt driftredovisningen per nämnd. "
               "Balansräkning, kassaflödesanalys och noter finns i kapitel 5.", align="L")
pdf.set_y(y + 42)
pdf.h2("Årets resultat", size=11)
pdf.p(f"Kommunens resultat för 2026 blev {d1(R[1])} mnkr, att jämföra med budgeterade {d1(R[0])} mnkr och "
      f"{d1(R[2])} mnkr året innan. Resultatet motsvarar {d1(res26)} procent av skatteintäkter och generella "
      f"statsbidrag, jämfört med {d1(res25)} procent 2025. Fullmäktiges finansiella mål är att resultatet ska "
      f"uppgå till minst {d1(A_RESULT_TARGET)} procent av dessa intäkter över en rullande treårsperiod.")
pdf.p("Koncernens resultat förbättrades jämfört med föregående år, främst genom lägre räntekostnader i "
      "bostadsbolaget och ett bättre resultat i energibolaget. I koncernen ingår förutom kommunen de helägda "
      "bolagen Pärlsunda Bostäder AB och Pärlsunda Energi AB.")
pdf.h2("Balanskravet", size=11)
pdf.p(f"Efter avdrag för realisationsvinster på {d1(A_REAVINST)} mnkr blev balanskravsresultatet "
      f"{d1(r1(R[1] - A_REAVINST))} mnkr. Kommunen uppfyller därmed balanskravet och har inga tidigare "
      f"underskott att återställa.")
pdf.h2("Soliditet", size=11)
ex, ink, ko = A_SOLIDITET["exkl"], A_SOLIDITET["inkl"], A_SOLIDITET["koncern"]
pdf.p(f"Soliditeten visar hur stor del av tillgångarna som har finansierats med egna medel. Exklusive de "
      f"pensionsförpliktelser som redovisas som ansvarsförbindelse uppgick kommunens soliditet till {d1(ex[0])} "
      f"procent vid utgången av 2026, mot {d1(ex[1])} procent ett år tidigare. Räknas hela pensionsåtagandet in "
      f"blir soliditeten {d1(ink[0])} procent ({d1(ink[1])} procent 2025). För koncernen var soliditeten "
      f"{d1(ko[0])} procent ({d1(ko[1])} procent).")
pdf.h2("Skattesats", size=11)
kr = lambda v: f"{v:.2f}".replace(".", ",")  # noqa: E731
pdf.p(f"Den kommunala skattesatsen höjdes inför 2026 med 25 öre till {kr(A_SKATTESATS[0])} kronor per "
      f"skattekrona. Under 2025 var skattesatsen {kr(A_SKATTESATS[1])} kronor.")
pdf.ln(2)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.4, f"Årsredovisningen fastställdes av kommunfullmäktige den {dmy(A_DECIDED)}, § 41.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 resultaträkning
pdf.add_page()
pdf.h1("Resultaträkning", size=14)
pdf.p("Belopp i miljoner kronor. Kostnader redovisas med minustecken. Koncernen omfattar kommunen och de helägda "
      "bolagen; koncernen har ingen egen budget.", size=9.6)
x0 = pdf.l_margin
W = [58, 11, 18, 18, 18, 4, 18, 18]      # label, Not, Kommun ×3, gutter, Koncern ×2
AL = ["L", "C", "R", "R", "R", "L", "R", "R"]
tw = sum(W)
xs = [x0]
for c in W:
    xs.append(xs[-1] + c)
y = pdf.get_y() + 2
# upper heading blocks
for text, a, b in (("Kommun", 2, 4), ("Koncern", 6, 7)):
    pdf.set_fill_color(*PLUM)
    pdf.rect(xs[a], y, xs[b + 1] - xs[a], 6, style="F")
    pdf.set_xy(xs[a], y + 1)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(xs[b + 1] - xs[a], 4, text, align="C")
pdf.set_text_color(0, 0, 0)
y += 6


def seg_rule(yy, width=0.2, color=(0, 0, 0), from_col=0):
    """a rule that stops at the gutter between Kommun and Koncern"""
    pdf.hline(xs[from_col], xs[5], yy, width, color)
    pdf.hline(xs[6], xs[8], yy, width, color)


lower = ["Mnkr", "Not", "Budget 2026", "Utfall 2026", "Utfall 2025", "", "Utfall 2026", "Utfall 2025"]
h = pdf.row(x0, y, W, AL, lower, style="B", size=8.2, lh=3.8)
y += h
seg_rule(y, 0.5, PLUM)
y += 0.8
for r in a_rt():
    kind, label, note, mark, vals = r
    cells = [label + mark, str(note) if note else "", a_num(vals[0]), a_num(vals[1]), a_num(vals[2]), "",
             a_num(vals[3]), a_num(vals[4])]
    if kind == "row":
        y += pdf.row(x0, y, W, AL, cells, size=8.8, lh=4.2, colors=[None, GREY] + [None] * 6)
    else:
        seg_rule(y + 0.3, 0.25)
        y += 0.6
        y += pdf.row(x0, y, W, AL, cells, size=8.8, lh=4.2, style="B")
        if kind == "total":
            seg_rule(y + 0.2, 0.25)
            seg_rule(y + 1.0, 0.25)
            y += 1.5
        else:
            y += 1.0
y += 2
pdf.set_font("Sans", "", 7.6)
for fn in A_FOOTNOTES:
    pdf.set_xy(x0, y)
    pdf.multi_cell(tw, 3.8, fn, align="L")
    y = pdf.get_y() + 0.6
pdf.set_y(y + 4)
pdf.h2("Kommentarer till resultaträkningen", size=11)
tax = a_rt_row("Skatteintäkter")[4]
gen = a_rt_row("Generella statsbidrag och utjämning")[4]
fk = a_rt_row("Finansiella kostnader")[4]
pdf.p(f"Verksamhetens nettokostnader ökade med {d1(pct(NK[1], NK[2]))} procent till {d1(-NK[1])} mnkr, medan "
      f"skatteintäkter och generella statsbidrag tillsammans ökade med {d1(pct(tax26, tax25))} procent. "
      f"Nettokostnaderna blev {d1(NK[0] - NK[1])} mnkr högre än budgeterat, vilket förklaras av underskotten i "
      f"nämnderna och av högre pensionskostnader.")
pdf.p(f"De finansiella kostnaderna minskade kraftigt jämfört med 2025, då en engångskostnad för lösen av ett lån "
      f"belastade resultatet. Ränteintäkterna blev högre än budgeterat eftersom likviditeten var god under hela "
      f"året.")
pdf.p("I koncernen står bostadsbolaget för merparten av avskrivningarna och räntekostnaderna. Bolagets "
      "skattekostnad redovisas på egen rad i koncernens kolumner.")

# ---------------------------------------------------------------- p. 3–4 driftredovisning
pdf.add_page()
pdf.h1("Driftredovisning", size=14)
SN = a_sum("Styrelse och nämnder")
n_def = sum(1 for r in a_rows("Styrelse och nämnder") if a_dev(r) < 0)
pdf.p(f"Driftredovisningen visar nämndernas nettokostnader jämfört med den budget som fullmäktige har "
      f"fastställt. Styrelsen och nämnderna redovisar sammantaget en avvikelse på {d1(SN[2], plus=True)} mnkr mot "
      f"budget ({d1(SN[3], plus=True)} mnkr 2025). {['Ingen', 'En', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex'][n_def]} "
      f"av nio nämnder har en negativ avvikelse.")
pdf.h2("Tilläggsanslag och ombudgeteringar", size=11)
pdf.p("Under året beslutade fullmäktige om tilläggsanslag till barn- och utbildningsnämnden för fler platser i "
      "förskolan och till tekniska nämnden för vinterväghållningen i januari och februari. Anslagen ingår i "
      "budgetkolumnen i tabellen nedan. Outnyttjade driftmedel för försenade projekt har inte förts över till "
      "2027, eftersom fullmäktige inte har medgett någon ombudgetering av driftmedel.")
pdf.h2("Internränta och kapitalkostnader", size=11)
pdf.p("Nämnderna belastas med kapitalkostnader i form av avskrivningar och intern ränta för de investeringar de "
      "använder. Den interna räntan var 1,75 procent under 2026. Motposten redovisas under gemensamma poster, "
      "vilket förklarar att raden för intern ränta har en negativ nettokostnad.")
pdf.p("Resultatet av nämndernas verksamhet följs upp i delårsrapporten per augusti och i årsredovisningen. "
      "Nämnder som prognostiserar ett underskott ska enligt fullmäktiges riktlinjer för ekonomistyrning ta fram "
      "en åtgärdsplan som redovisas för kommunstyrelsen.")
pdf.h2("Läsanvisning", size=11)
pdf.p("En positiv avvikelse innebär att nettokostnaden blev lägre än budget och en negativ avvikelse att den blev "
      "högre. Beloppen anges i miljoner kronor. Avvikelsen för 2025 avser det årets budget och utfall och visas "
      "för jämförelse. Kommentarer per nämnd finns efter tabellen.", size=9.6)
DW = [78, 21, 21, 21, 21]
DA = ["L", "R", "R", "R", "R"]
dtw = sum(DW)
dxs = [pdf.l_margin]
for c in DW:
    dxs.append(dxs[-1] + c)


def drift_head(y, cont=False):
    x0 = pdf.l_margin
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(x0, y)
    pdf.cell(dtw, 5, "Tabell 4.2 Driftredovisning per nämnd, mnkr" + (" (forts.)" if cont else ""))
    y += 6.5
    h = pdf.stacked_head(x0, y, DW, DA, [("Nettokostnad 2026", 1, 2), ("Avvikelse mot budget", 3, 4)],
                         ["Nämnd", "Budget", "Utfall", "2026", "2025"], size=8.2, upper_fill=PALE,
                         upper_color=PLUM, rule=PLUM, gap=1.0)
    y += h
    pdf.hline(x0, x0 + dtw, y, 0.5, PLUM)
    return y + 0.8


def group_row(y, text):
    pdf.set_xy(pdf.l_margin, y + 1.2)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*PLUM)
    pdf.set_char_spacing(0.6)
    pdf.cell(dtw, 4, text.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    return y + 7


def drift_row(y, cells, devs, bold=False, fill=None):
    if fill:
        h = pdf.row_h(DW, cells, lh=4.2, size=8.8, style="B" if bold else "", vpad=2.0)
        pdf.tint_cell(pdf.l_margin, y, dtw, h, fill)
    cols = [None, None, None] + [RED if d < 0 else None for d in devs]
    h = pdf.row(pdf.l_margin, y, DW, DA, cells, size=8.8, lh=4.2, style="B" if bold else "", colors=cols,
                vpad=2.0)
    pdf.vline(dxs[4], y, y + h, 0.15, (170, 170, 170))
    return h


y = drift_head(pdf.get_y() + 2)
for gname in A_GROUPS:
    y = group_row(y, gname)
    for r in a_rows(gname):
        y += drift_row(y, [r[1], d1(r[2]), d1(r[3]), d1(a_dev(r), plus=True), d1(r[4], plus=True)],
                       [a_dev(r), r[4]])
        pdf.hline(pdf.l_margin, pdf.l_margin + dtw, y, 0.1, (215, 215, 215))
        if r[1] == A_BREAK_AFTER:
            pdf.set_xy(pdf.l_margin, y + 2)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(*GREY)
            pdf.cell(dtw, 4, "Tabellen fortsätter på nästa sida", align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.add_page()
            y = drift_head(pdf.get_y(), cont=True)
            y = group_row(y, gname + " (forts.)")
    s = a_sum(gname)
    pdf.hline(pdf.l_margin, pdf.l_margin + dtw, y + 0.2, 0.3)
    y += 0.5
    y += drift_row(y, [A_SUMLABEL[gname], d1(s[0]), d1(s[1]), d1(s[2], plus=True), d1(s[3], plus=True)],
                   [s[2], s[3]], bold=True)
    y += 1.5
t = a_sum()
pdf.hline(pdf.l_margin, pdf.l_margin + dtw, y, 0.5, PLUM)
y += drift_row(y, ["Verksamhetens nettokostnad", d1(t[0]), d1(t[1]), d1(t[2], plus=True),
                   d1(t[3], plus=True)], [t[2], t[3]], bold=True, fill=PALE)
pdf.hline(pdf.l_margin, pdf.l_margin + dtw, y, 0.5, PLUM)
pdf.set_y(y + 6)
pdf.h2("Kommentarer per nämnd", size=11)
D = {r[1]: r for r in A_DRIFT}
sn, bun, von, ks = D["Socialnämnden"], D["Barn- och utbildningsnämnden"], D["Vård- och omsorgsnämnden"], \
    D["Kommunstyrelsen"]
pdf.p(f"Socialnämnden redovisar den största negativa avvikelsen, {d1(a_dev(sn))} mnkr. Underskottet beror på att "
      f"{A_PASSAGE}. Nämnden har beslutat om en handlingsplan med fler familjehem i egen regi.")
pdf.p(f"Barn- och utbildningsnämndens underskott på {d1(-a_dev(bun))} mnkr förklaras av fler elever i "
      f"grundsärskolan och av högre kostnader för skolskjuts. Vård- och omsorgsnämnden gick från ett överskott "
      f"föregående år till ett underskott, främst på grund av ökade hemtjänsttimmar under hösten.")
pdf.p(f"Kommunstyrelsens överskott på {d1(a_dev(ks))} mnkr beror främst på vakanta tjänster och på att "
      f"IT-projekt har senarelagts till 2027. Pensionskostnaderna blev högre än beräknat efter en ny "
      f"prognos från pensionsförvaltaren.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
