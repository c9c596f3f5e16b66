"""(a) Kärrsunda kommun – Mål och budget 2027 med ekonomisk plan 2028–2029 (kommunfullmäktige 2026-11-23 § 131).

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages. EVERY PAGE CARRIES A DARK
GREEN STRIPE DOWN ITS WHOLE LEFT EDGE (a full-height band, 7 mm wide, with the page number in white at its foot) and
a running header from p. 2. P. 1: the municipality in green capitals, the title and a subtitle, a decision line in
a THIN FRAMED STRIP, "1 Inledning" with the tax rate in running text (21,99 vs 21,74 kronor, the region's 11,56, the
total 33,55, what the 25 öre bring in), the passage on the over-80s and the result target (34,5 mnkr = 2,1 % vs the
target 2,0 and 1,0 % in the budget 2026). Chapter headings carry their number in a GREEN ROUNDED SQUARE. P. 2: "2
Prioriteringar 2027" as a TINTED BOX with the four priorities led by FILLED SQUARE BULLETS and NESTED "–" ITEMS that
wrap; "3 Driftbudget" with Tabell 1, the frames per nämnd in tkr, with a STACKED TWO-LEVEL HEADING ("Budget" over
2026 / 2027, "Förändring" over "2027/2026", "Plan" over 2028 / 2029, each upper heading over a short rule), the
three groups as GROUP ROWS IN BOLD CAPITALS LED BY A SMALL GREEN TRIANGLE, the PLAN COLUMNS SET IN GREY ITALICS, signed
changes ("+2 850", "−1 240"), FOOTNOTE MARKS ¹–³ after three committee names, subtotal rows "Summa <grupp>" with a
rule above the number cells only. THE TABLE BREAKS INSIDE "VÄLFÄRD" after Barn- och utbildningsnämnden ("Tabell 1
fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)", the whole two-level heading and "VÄLFÄRD (FORTS.)",
ends with "Summa nämndernas ramar" above a DOUBLE RULE, the footnotes and comments on the frames. P. 4: "4
Resultatbudget" (Tabell 2, mnkr, horizontal hairlines, bold subtotal rows with a rule above, costs negative with
"−", an italic percentage row), the financial goals as a "•" list and the signatures. Metadata title set.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (A_GROUPS, A_FRAMES, A_BREAK_AFTER, A_FOOTNOTES, A_TAX, A_TAX_REGION, A_POP, A_PASSAGE,
                  A_RESULT_TARGET, A_DECIDED, A_PARAGRAPH, A_PRIORITIES, a_frames, a_sum, a_change, a_result,
                  a_result_row, a_tax_raise_mnkr, g, d1, d2, dmy)

OUT = HERE / "karrsunda-mal-och-budget-2027-plan-2028-2029.pdf"
GRN = (28, 92, 62)
GREY = (105, 105, 105)


class BudgetDoc(Doc):
    def header(self):
        # the full-height stripe on every page, with the page number at its foot
        self.set_fill_color(*GRN)
        self.rect(0, 0, 7, self.h, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 8)
        apb, bm = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)
        self.set_xy(0, self.h - 14)
        self.cell(7, 5, str(self.page_no()), align="C")
        self.set_auto_page_break(apb, bm)
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.set_y(22)
            return
        super().header()

    def chapter(self, nr, text):
        self.need(30)
        self.ln(3)
        y = self.get_y()
        self.set_fill_color(*GRN)
        self.rect(self.l_margin, y + 0.4, 7, 7, style="F", round_corners=True, corner_radius=1.4)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 10.5)
        self.set_xy(self.l_margin, y + 0.9)
        self.cell(7, 6, str(nr), align="C")
        self.set_text_color(*GRN)
        self.set_font("Sans", "B", 13.5)
        self.set_xy(self.l_margin + 10, y + 0.5)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2.5)


pdf = BudgetDoc("Kärrsunda kommun", "Mål och budget 2027", "Sida {p} av 4", font="liberation", serif=True,
                accent=GRN, title="Kärrsunda kommun – Mål och budget 2027 med plan 2028–2029",
                author="Kärrsunda kommun, kommunledningsförvaltningen",
                foot="Kärrsunda kommun · Mål och budget 2027 · Antagen av kommunfullmäktige 2026-11-23",
                created=dt.datetime(2026, 11, 26, 10, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(26, 25, 20)
S = a_sum()
RES = a_result_row("Årets resultat")[2]
SHARE = a_result_row("Resultat i procent av skatter och bidrag")[2]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*GRN)
pdf.cell(0, 6, "KÄRRSUNDA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Serif", "B", 26)
pdf.cell(0, 12, "Mål och budget 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 13)
pdf.cell(0, 7, "med ekonomisk plan för 2028–2029", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
pdf.set_draw_color(*GRN)
pdf.rect(26, y, 164, 8)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(29, y + 1.5)
pdf.set_font("Sans", "", 8.8)
pdf.cell(0, 5, f"Antagen av kommunfullmäktige den {dmy(A_DECIDED)}, § {A_PARAGRAPH}. Dnr KS 2026/211")
pdf.set_y(y + 14)
pdf.chapter(1, "Inledning")
pdf.p("Mål och budget är kommunens viktigaste styrdokument. Här fastställer kommunfullmäktige nämndernas "
      "ekonomiska ramar för 2027, skattesatsen och de mål som ska gälla för verksamheten. Planåren 2028 och 2029 "
      "ger nämnderna en riktning för hur ramarna kan utvecklas men beslutas på nytt inför varje budgetår.")
pdf.p(f"Kärrsunda hade {g(A_POP)} invånare den 1 november 2026. Befolkningen växer långsamt, men sammansättningen "
      f"förändras snabbare än tidigare: fler äldre och något färre barn i förskoleåldern.")
pdf.h2("Skattesats")
raise_ore = round((A_TAX[1] - A_TAX[0]) * 100)
pdf.p(f"Den kommunala utdebiteringen för 2027 fastställs till {d2(A_TAX[1])} kronor per hundra kronor "
      f"beskattningsbar inkomst, vilket är en höjning med {raise_ore} öre från {d2(A_TAX[0])} kronor under 2026. "
      f"Tillsammans med regionens skattesats på {d2(A_TAX_REGION)} kronor blir den sammanlagda skattesatsen "
      f"{d2(A_TAX[1] + A_TAX_REGION)} kronor. Höjningen beräknas ge {d1(a_tax_raise_mnkr())} mnkr i ökade "
      f"skatteintäkter 2027.")
pdf.p(f"Skälet till höjningen är att {A_PASSAGE}. Utan höjningen skulle resultatmålet inte kunna nås under "
      f"planperioden.")
pdf.h2("Resultatmål")
pdf.p(f"Kommunfullmäktige har beslutat att årets resultat ska uppgå till minst {d1(A_RESULT_TARGET)} procent av "
      f"skatteintäkter och generella statsbidrag. Budgeten för 2027 ger ett resultat på {d1(RES[1])} mnkr, "
      f"vilket motsvarar {d1(SHARE[1])} procent. I budgeten för 2026 var resultatet {d1(RES[0])} mnkr eller "
      f"{d1(SHARE[0])} procent. Under planåren stiger resultatet till {d1(RES[2])} mnkr 2028 och {d1(RES[3])} "
      f"mnkr 2029.")

# ---------------------------------------------------------------- p. 2 priorities + Tabell 1
pdf.add_page()
pdf.chapter(2, "Prioriteringar 2027")
pdf.p("Kommunfullmäktige prioriterar fyra områden under 2027. Nämnderna ska redovisa hur ramarna används för "
      "att genomföra dem.", after=2)
# tinted box: measure the height first
x0, bw = 26, 164
pdf.set_font("Serif", "", 9.8)
lines = 0
for lead, subs in A_PRIORITIES:
    lines += len(pdf.multi_cell(bw - 14, 4.8, lead, dry_run=True, output="LINES"))
    for s_ in subs:
        lines += len(pdf.multi_cell(bw - 22, 4.8, s_, dry_run=True, output="LINES"))
box_h = lines * 4.8 + len(A_PRIORITIES) * 2.6 + sum(len(s) for _, s in A_PRIORITIES) * 0.8 + 6
y = pdf.get_y()
pdf.set_fill_color(233, 242, 236)
pdf.rect(x0, y, bw, box_h, style="F")
pdf.set_y(y + 3)
for lead, subs in A_PRIORITIES:
    yy = pdf.get_y()
    pdf.set_fill_color(*GRN)
    pdf.rect(x0 + 4, yy + 1.5, 2.2, 2.2, style="F")
    pdf.set_xy(x0 + 9, yy)
    pdf.set_font("Serif", "B", 9.8)
    pdf.multi_cell(bw - 14, 4.8, lead, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.6)
    for s_ in subs:
        yy = pdf.get_y()
        pdf.set_xy(x0 + 12, yy)
        pdf.cell(5, 4.8, "–")
        pdf.multi_cell(bw - 22, 4.8, s_, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(2.6)
pdf.set_y(y + box_h + 4)

pdf.chapter(3, "Driftbudget – ramar per nämnd")
pdf.p("Tabell 1 visar nämndernas ramar i tusentals kronor. Ramarna är nettoramar, det vill säga kostnader "
      "minus externa intäkter. Ramarna för 2027 innehåller kompensation för löne- och prisökningar.", after=1.5)

W = [58, 22, 22, 22, 21, 21]
AL = ["L", "R", "R", "R", "R", "R"]
TX = 26
TW = sum(W)
XS = [TX]
for w_ in W:
    XS.append(XS[-1] + w_)


def heading(y):
    pdf.hline(TX, TX + TW, y, 0.7, GRN)
    y += 1
    pdf.set_font("Sans", "B", 8.2)
    for (a, b, lab) in ((1, 3, "Budget"), (3, 4, "Förändring"), (4, 6, "Plan")):
        pdf.set_xy(XS[a], y)
        pdf.cell(XS[b] - XS[a], 4.2, lab, align="C")
        pdf.hline(XS[a] + 1.5, XS[b] - 1.5, y + 4.6, 0.25, GRN)
    y += 5.4
    h = pdf.row(TX, y, W, AL, ["Nämnd, tkr", "2026", "2027", "2027/2026", "2028", "2029"], style="B", size=8.2,
                lh=4.0)
    y += h
    pdf.hline(TX, TX + TW, y, 0.4, GRN)
    return y + 0.6


def group_row(y, text):
    pdf.set_fill_color(*GRN)
    pdf.polygon([(TX + 1.2, y + 1.6), (TX + 1.2, y + 4.6), (TX + 3.8, y + 3.1)], style="F")
    h = pdf.row(TX + 4, y, [TW - 4], ["L"], [text.upper()], style="B", size=8.2, lh=4.2, color=GRN)
    return y + h


def frame_row(y, f):
    cells = [f"{f[1]}{f[2]}", g(f[3]), g(f[4]), g(a_change(f), plus=True), g(f[5]), g(f[6])]
    h = pdf.row(TX, y, W, AL, cells, size=8.4, lh=4.2, styles=[None, None, None, None, "I", "I"],
                colors=[None, None, None, None, GREY, GREY])
    pdf.hline(TX, TX + TW, y + h, 0.1, (200, 200, 200))
    return y + h


def sum_row(y, label, s, double=False):
    for k in range(1, 6):
        pdf.hline(XS[k] + 2, XS[k + 1] - 1, y + 0.3, 0.3)
    cells = [label, g(s[0]), g(s[1]), g(s[1] - s[0], plus=True), g(s[2]), g(s[3])]
    h = pdf.row(TX, y + 0.6, W, AL, cells, style="B", size=8.4, lh=4.2,
                styles=["B", "B", "B", "B", "BI", "BI"], colors=[None, None, None, None, GREY, GREY])
    y += h + 0.6
    if double:
        pdf.hline(TX, TX + TW, y + 0.3, 0.3)
        pdf.hline(TX, TX + TW, y + 1.1, 0.3)
        y += 1.5
    return y + 1.5


pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Nämndernas ramar 2026–2029, tkr", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
for grp in A_GROUPS:
    y = group_row(y, grp)
    for f in a_frames(grp):
        y = frame_row(y, f)
        if f[1] == A_BREAK_AFTER:
            pdf.set_xy(TX, y + 2)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9)
            pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = heading(pdf.get_y() + 1)
            y = group_row(y, f"{grp} (forts.)")
    y = sum_row(y, f"Summa {grp.lower()}", a_sum(grp))
y = sum_row(y + 1, "Summa nämndernas ramar", S, double=True)
pdf.set_y(y + 1)
for fn in A_FOOTNOTES:
    pdf.set_font("Sans", "", 7.4)
    pdf.multi_cell(0, 3.7, fn, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer till ramarna")
bun, sn, von = a_frames("Välfärd")
tn = [f for f in A_FRAMES if f[1] == "Tekniska nämnden"][0]
pdf.p(f"Nämndernas ramar ökar med sammanlagt {g(S[1] - S[0])} tkr mellan 2026 och 2027. Den största ökningen "
      f"får socialnämnden, {g(a_change(sn))} tkr, främst för placeringar av barn och unga och för fler "
      f"personer med beslut enligt LSS. Barn- och utbildningsnämndens ram ökar med {g(a_change(bun))} tkr och "
      f"vård- och omsorgsnämndens med {g(a_change(von))} tkr.", size=9.8)
pdf.p(f"Tekniska nämnden får en lägre ram än 2026 eftersom upphandlingsfunktionen flyttas till kommunstyrelsen "
      f"och nämnden ska effektivisera gatuunderhållet. Valnämndens ram sjunker kraftigt eftersom inga val hålls "
      f"2027.", size=9.8)

# ---------------------------------------------------------------- p. 4 result budget
pdf.add_page()
pdf.chapter(4, "Resultatbudget")
pdf.p("Resultatbudgeten visar hur nämndernas ramar, pensioner och avskrivningar finansieras av skatteintäkter, "
      "generella statsbidrag och finansiella poster. Kostnader anges med minustecken.", after=1.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2. Resultatbudget 2026–2029, mnkr", new_x="LMARGIN", new_y="NEXT")
RW = [70, 24, 24, 24, 24]
RA = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(TX, TX + sum(RW), y, 0.7, GRN)
y += pdf.row(TX, y + 0.5, RW, RA, ["Mnkr", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"], style="B",
             size=8.4, lh=4.2) + 0.5
pdf.hline(TX, TX + sum(RW), y, 0.4, GRN)
for label, kind, vals in a_result():
    if kind == "sum":
        pdf.hline(TX, TX + sum(RW), y, 0.35)
    st = "B" if kind == "sum" else ("I" if kind == "pct" else "")
    h = pdf.row(TX, y, RW, RA, [label] + [d1(v) for v in vals], style=st, size=8.6, lh=4.3)
    y += h
    if kind != "sum":
        pdf.hline(TX, TX + sum(RW), y, 0.1, (200, 200, 200))
pdf.hline(TX, TX + sum(RW), y, 0.7, GRN)
pdf.set_y(y + 5)
pdf.h2("Finansiella mål")
fn_ = a_result_row("Finansnetto")[2]
pdf.bullets([
    f"Årets resultat ska vara minst {d1(A_RESULT_TARGET)} procent av skatteintäkter och generella statsbidrag. "
    f"Målet nås 2027 och under planåren.",
    "Investeringarna ska till minst 70 procent finansieras med egna medel under planperioden.",
    f"Finansnettot beräknas försämras från {d1(fn_[0])} mnkr 2026 till {d1(fn_[3])} mnkr 2029 när nya lån tas upp "
    f"för skolbyggnader.",
], size=9.8)
pdf.ln(6)
pdf.sign_lines(["Rune Gustavsson\nKommunstyrelsens ordförande", "Kerstin Ohlsson\nEkonomichef"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
