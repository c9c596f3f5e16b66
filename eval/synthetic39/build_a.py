"""(a) Gråmyra kommun – Mål och budget 2027 med ekonomisk plan för 2028–2029 (kommunfullmäktige 2026-11-23 § 118).

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages, slate blue and ochre.
P. 1 has no running header: a drawn mark of THREE OCHRE BARS OF FALLING LENGTH beside "GRÅMYRA KOMMUN", at the right
a decision stamp as a block with a THICK OCHRE LEFT EDGE (Antagen av kommunfullmäktige / date / § / Dnr), a large
title and subtitle, "Budgeten i korthet" in TWO JUSTIFIED COLUMNS SEPARATED BY A VERTICAL HAIRLINE with competing
figures in running text (tax rate; tax income 1 651,5 vs +74,5; result 35,3 mnkr = 2,1 % vs the target 2,0 %, the
budget 2026 result 26,5 and the 2025 outcome 28,8; net costs +62,6 = 4,1 % to 1 592,6; investments 136,7 vs 118,0)
and the financial goals as a KEY–VALUE BLOCK. P. 2: Tabell 1, the net cost per committee (Utfall 2025 / Budget 2026 /
Budget 2027 / Plan 2028 / Plan 2029) in which THE BUDGET-YEAR COLUMN IS AN INVERTED DARK SLATE COLUMN WITH WHITE
FIGURES from heading to foot, the plan columns stand after a DOTTED VERTICAL RULE under a small grey "Plan" caption
with their figures in grey, DOTTED ROW SEPARATORS, FOOTNOTE MARKS ¹ ² ³ after three committees and a bold "Summa
nämnder" row over a double rule; the footnotes; then Tabell 2, the result budget in the same column style (costs
negative with "−", bold subtotal and result rows, an italic per-cent row). P. 3: Tabell 3, the investment budget
per committee and project (Projekt / Status / Total utgift / Budget 2027 / Plan 2028 / Plan 2029 / Klart) with the
committee as an OCHRE CAPTION LINE, the status as a SMALL ROUNDED CHIP (filled for "Ny", outlined for "Pågående",
grey text for "Löpande"), "–" for no money, a "Summa <nämnd>" row on a PALE OCHRE TINT after each committee, an
asterisk footnote and a bold total over a double rule; then comments (the passage on Pilgläntans förskola). P. 4:
Figur 1, a WATERFALL CHART from the budget-2026 result to the budget-2027 result with the signed value printed over
every bar and dotted connectors, then the decision as att-clauses and two signature lines. Running header from
p. 2. Metadata title set.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (A_COLS, A_COMMITTEES, A_NOTES, A_FINADM, A_TAX, A_TAXRATE, A_GOAL, A_INV_2026, A_DECIDED,
                  A_PARAGRAPH, A_CHAIR, A_CONTACT, A_DIRECTOR, A_PASSAGE, A_INVEST, A_INV_NOTE, A_INV_COMMITTEES,
                  a_sum, a_result, a_result_pct, a_rb_rows, a_inv, a_inv_sum, a_val, a_waterfall, d1, r1)

OUT = HERE / "gramyra-mal-och-budget-2027-plan-2028-2029.pdf"
SLATE = (46, 64, 86)
OCHRE = (196, 132, 28)
PALE = (250, 240, 222)
GREY = (110, 110, 110)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            for k, w in enumerate((14, 10, 6)):
                self.set_fill_color(*OCHRE)
                self.rect(22, 14 + k * 3.2, w, 2.0, style="F")
            self.set_xy(40, 13.2)
            self.set_font("Sans", "B", 13)
            self.set_text_color(*SLATE)
            self.cell(80, 6, "GRÅMYRA KOMMUN")
            self.set_xy(40, 19.2)
            self.set_font("Sans", "", 8.5)
            self.set_text_color(*GREY)
            self.cell(80, 4, "Kommunfullmäktige")
            self.set_text_color(0, 0, 0)
            # decision block with a thick ochre left edge
            x, y = 136, 12
            self.set_fill_color(*OCHRE)
            self.rect(x, y, 1.6, 19, style="F")
            lines = [("Antagen av kommunfullmäktige", "", 7.4), (A_DECIDED.isoformat() + f", § {A_PARAGRAPH}", "B", 9),
                     ("Dnr KS 2026/211", "", 7.4)]
            yy = y + 1
            for t, st, sz in lines:
                self.set_xy(x + 4, yy)
                self.set_font("Sans", st, sz)
                self.set_text_color(*(GREY if st == "" else (0, 0, 0)))
                self.cell(50, 5, t)
                yy += 5.6
            self.set_text_color(0, 0, 0)
            self.set_y(42)
            return
        super().header()


pdf = ADoc("Gråmyra kommun", "Mål och budget 2027", "Sida {p} (4)", font="liberation", serif=True, accent=SLATE,
           foot="Gråmyra kommun · Mål och budget 2027 med plan 2028–2029",
           title="Gråmyra kommun – Mål och budget 2027 med plan för 2028–2029", author="Gråmyra kommun",
           created=dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.timezone.utc), justify=True)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 28)
pdf.set_text_color(*SLATE)
pdf.cell(0, 12, "Mål och budget 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 13)
pdf.set_text_color(*OCHRE)
pdf.cell(0, 7, "med ekonomisk plan för 2028–2029", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.h1("Budgeten i korthet")
inc_tax = r1(A_TAX[2] - A_TAX[1])
inc_cost = r1(a_sum(2) - a_sum(1))
inc_pct = r1((a_sum(2) / a_sum(1) - 1) * 100)
inv27 = a_inv_sum(col=4)
big = max(A_INVEST, key=lambda p: p[4])
paras = [
    [f"Kommunfullmäktige fastställer skattesatsen för 2027 till oförändrade {A_TAXRATE} kronor per skattekrona. "
     f"Skatteintäkter och generella statsbidrag beräknas till {d1(A_TAX[2])} mnkr, vilket är {d1(inc_tax)} mnkr "
     f"mer än i budgeten för 2026.",
     f"Resultatet budgeteras till {d1(a_result(2))} mnkr för 2027, vilket motsvarar {d1(a_result_pct(2))} procent "
     f"av skatteintäkter och generella statsbidrag. Det finansiella målet är {d1(A_GOAL)} procent. I budgeten för "
     f"2026 var resultatet {d1(a_result(1))} mnkr, och utfallet för 2025 blev {d1(a_result(0))} mnkr."],
    [f"Nämndernas sammanlagda nettokostnader ökar med {d1(inc_cost)} mnkr till {d1(a_sum(2))} mnkr, vilket är en "
     f"ökning med {d1(inc_pct)} procent. Den största ökningen i kronor får vård- och omsorgsnämnden, som får "
     f"kompensation för fler invånare över 80 år.",
     f"Investeringsbudgeten för 2027 omfattar {d1(inv27)} mnkr, jämfört med {d1(A_INV_2026)} mnkr för 2026. Den "
     f"största investeringen under året är tillbyggnaden av Grönhagsskolan."],
]
colw, gap = 79, 8
y0 = pdf.get_y()
ys = []
for k in range(2):
    pdf.set_y(y0)
    for t in paras[k]:
        pdf.set_x(22 + k * (colw + gap))
        pdf.set_font("Serif", "", 10.2)
        pdf.multi_cell(colw, 5.0, nb(t), align="J", new_x="LEFT", new_y="NEXT")
        pdf.ln(2.5)
    ys.append(pdf.get_y())
pdf.vline(22 + colw + gap / 2, y0 + 1, max(ys) - 3, 0.2, (160, 160, 160))
pdf.set_y(max(ys) + 2)
pdf.h1("Finansiella mål för planperioden")
pdf.kv([
    ("Resultat", f"Resultatet ska uppgå till minst {d1(A_GOAL)} procent av skatteintäkter och generella "
                 f"statsbidrag, i genomsnitt över planperioden."),
    ("Investeringar", "De skattefinansierade investeringarna ska finansieras med egna medel under planperioden."),
    ("Budgetdisciplin", "Varje nämnd ska bedriva sin verksamhet inom den ram som kommunfullmäktige har beslutat."),
], lw=40)
pdf.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2026 och på "
      "kommunens befolkningsprognos. Nämnderna ska senast i februari 2027 redovisa hur de fördelar sina ramar.",
      size=10)

# ---------------------------------------------------------------- p. 2 driftbudget and result budget
pdf.add_page()
pdf.h1("Driftbudget")
pdf.p("Tabell 1 visar nettokostnaden per nämnd. Ramarna för 2027 är bindande; planåren är preliminära och "
      "prövas på nytt i nästa års budgetarbete.", size=10)
X0 = 22
WID = [48, 23.6, 23.6, 23.6, 23.6, 23.6]
AL = ["L", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
BUDGET_COL = 3          # cell index of "Budget 2027"


def table_head(caption, y, label="Nämnd, mnkr"):
    pdf.set_xy(X0, y)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*SLATE)
    pdf.cell(TW, 5, caption)
    pdf.set_text_color(0, 0, 0)
    y += 7
    # small grey "Plan" caption over the plan columns
    pdf.set_font("Sans", "I", 7.2)
    pdf.set_text_color(*GREY)
    pdf.set_xy(xs[4], y)
    pdf.cell(xs[6] - xs[4], 3.5, "Plan", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.hline(xs[4] + 3, xs[6] - 3, y + 3.8, 0.2, GREY)
    y += 4.4
    heads = [label] + [c.replace("Plan ", "") if c.startswith("Plan") else c for c in A_COLS]
    h = pdf.row_h(WID, heads, size=8.4, style="B")
    pdf.set_fill_color(*SLATE)
    pdf.rect(xs[BUDGET_COL], y - 5, WID[BUDGET_COL], h + 5, style="F")
    colors = [None, None, None, (255, 255, 255), GREY, GREY]
    styles = ["B", "B", "B", "B", "BI", "BI"]
    pdf.row(X0, y, WID, AL, heads, size=8.4, styles=styles, colors=colors)
    pdf.hline(X0, xs[BUDGET_COL], y + h, 0.6, SLATE)
    pdf.hline(xs[BUDGET_COL + 1], X0 + TW, y + h, 0.6, SLATE)
    return y + h + 0.6


def body_row(cells, y, style="", dotted=True, size=8.8, italic_plan=True):
    h = pdf.row_h(WID, cells, size=size, style=style)
    pdf.set_fill_color(*SLATE)
    pdf.rect(xs[BUDGET_COL], y, WID[BUDGET_COL], h, style="F")
    colors = [None, None, None, (255, 255, 255), GREY, GREY]
    styles = [style, style, style, "B", style, style]
    pdf.row(X0, y, WID, AL, cells, size=size, styles=styles, colors=colors)
    if dotted:
        pdf.hline(X0, xs[BUDGET_COL], y + h, 0.15, (150, 150, 150), dash=(0.4, 0.8))
        pdf.hline(xs[BUDGET_COL + 1], X0 + TW, y + h, 0.15, (150, 150, 150), dash=(0.4, 0.8))
    return h


y = table_head("Tabell 1 Nettokostnad per nämnd, mnkr", pdf.get_y() + 1)
y_top = y
for c in A_COMMITTEES:
    y += body_row([c[0] + c[1]] + [d1(v) for v in c[2]], y)
pdf.hline(X0, xs[BUDGET_COL], y + 0.6, 0.3)
pdf.hline(X0, xs[BUDGET_COL], y + 1.4, 0.3)
pdf.hline(xs[BUDGET_COL + 1], X0 + TW, y + 0.6, 0.3)
pdf.hline(xs[BUDGET_COL + 1], X0 + TW, y + 1.4, 0.3)
pdf.set_fill_color(*SLATE)
pdf.rect(xs[BUDGET_COL], y, WID[BUDGET_COL], 2, style="F")
y += 2
y += body_row(["Summa nämnder"] + [d1(a_sum(i)) for i in range(5)], y, style="B", dotted=False)
pdf.vline(xs[4], y_top - 14, y, 0.3, GREY, dash=(0.5, 0.8))
y += 2.5
pdf.set_xy(X0, y)
pdf.set_font("Sans", "", 7.6)
for n in A_NOTES:
    pdf.set_x(X0)
    pdf.multi_cell(TW, 3.8, n, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.p("Ramarna för 2027 har räknats upp med 2,6 procent för löner och 1,8 procent för övriga kostnader. "
      "Därutöver har vård- och omsorgsnämnden och socialnämnden fått tillskott för volymökningar.", size=10)
y = table_head("Tabell 2 Resultatbudget, mnkr", pdf.get_y() + 2, label="Post")
for label, vals, st in a_rb_rows():
    cells = [label] + [d1(v) for v in vals]
    if st == "B":
        pdf.hline(X0, xs[BUDGET_COL], y, 0.3)
        pdf.hline(xs[BUDGET_COL + 1], X0 + TW, y, 0.3)
    y += body_row(cells, y, style=("B" if st == "B" else ("I" if st == "I" else "")))
pdf.vline(xs[4], y - 60, y, 0.3, GREY, dash=(0.5, 0.8))
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
pdf.cell(0, 4, "Kostnader anges med minustecken. Finansnettot är finansiella intäkter minus finansiella kostnader.",
         new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3 investment budget
pdf.add_page()
pdf.h1("Investeringsbudget")
pdf.p("Tabell 3 visar de investeringar som kommunfullmäktige beslutar om för 2027 och de belopp som planeras för "
      "2028 och 2029. Projekt markerade Ny startar under planperioden.", size=10)
IW = [58, 17, 17, 18, 17, 17, 22]
IA = ["L", "L", "R", "R", "R", "R", "R"]
ITW = sum(IW)
ixs = [X0]
for w in IW:
    ixs.append(ixs[-1] + w)
y = pdf.get_y() + 1
pdf.set_xy(X0, y)
pdf.set_font("Sans", "B", 9.4)
pdf.set_text_color(*SLATE)
pdf.cell(ITW, 5, "Tabell 3 Investeringar per nämnd och projekt, mnkr")
pdf.set_text_color(0, 0, 0)
y += 7
head = ["Projekt", "Status", "Total utgift", "Budget 2027", "Plan 2028", "Plan 2029", "Klart"]
h = pdf.row(X0, y, IW, IA, head, size=8.2, style="B")
pdf.hline(X0, X0 + ITW, y + h + 0.3, 0.7, SLATE)
y += h + 1.2


def chip(x, y, h, status):
    pdf.set_font("Sans", "B", 6.8)
    w = pdf.get_string_width(status) + 3
    if status == "Ny":
        pdf.set_fill_color(*OCHRE)
        pdf.rect(x, y + 0.9, w, h - 1.8, style="F", round_corners=True, corner_radius=1.0)
        pdf.set_text_color(255, 255, 255)
    elif status == "Pågående":
        pdf.set_draw_color(*SLATE)
        pdf.set_line_width(0.25)
        pdf.rect(x, y + 0.9, w, h - 1.8, style="D", round_corners=True, corner_radius=1.0)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(*SLATE)
    else:
        pdf.set_text_color(*GREY)
    pdf.set_xy(x, y + 0.9)
    pdf.cell(w, h - 1.8, status, align="C")
    pdf.set_text_color(0, 0, 0)


for nmd in A_INV_COMMITTEES:
    pdf.set_xy(X0, y + 1)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*OCHRE)
    pdf.cell(ITW, 5, nmd)
    pdf.set_text_color(0, 0, 0)
    y += 6.2
    for p_ in a_inv(nmd):
        cells = [p_[1], "", d1(p_[3]), a_val(p_[4]), a_val(p_[5]), a_val(p_[6]), p_[7]]
        hh = pdf.row_h(IW, cells, size=8.6) + 0.4
        # the status text is written inside the chip, in the order of the cells
        pdf.row(X0, y, IW[:1], IA[:1], cells[:1], size=8.6, h=hh)
        chip(ixs[1] + 1.0, y, 5.2, p_[2])
        pdf.row(ixs[2], y, IW[2:], IA[2:], cells[2:], size=8.6, h=hh)
        pdf.hline(X0, X0 + ITW, y + hh, 0.1, (200, 200, 200))
        y += hh
    cells = [f"Summa {nmd[0].lower() + nmd[1:]}", "", d1(a_inv_sum(nmd, 3)), d1(a_inv_sum(nmd, 4)),
             d1(a_inv_sum(nmd, 5)), d1(a_inv_sum(nmd, 6)), ""]
    hh = pdf.row_h(IW, cells, size=8.4, style="I")
    pdf.set_fill_color(*PALE)
    pdf.rect(X0, y, ITW, hh, style="F")
    pdf.row(X0, y, IW, IA, cells, size=8.4, style="I")
    y += hh + 0.8
pdf.hline(X0, X0 + ITW, y + 0.4, 0.3)
pdf.hline(X0, X0 + ITW, y + 1.2, 0.3)
y += 1.6
cells = ["Summa investeringar", "", d1(a_inv_sum(col=3)), d1(a_inv_sum(col=4)), d1(a_inv_sum(col=5)),
         d1(a_inv_sum(col=6)), ""]
h = pdf.row(X0, y, IW, IA, cells, size=8.8, style="B")
y += h + 2
pdf.set_xy(X0, y)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(ITW, 3.8, A_INV_NOTE + " Löpande = årlig reinvestering utan slutår.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer till investeringsbudgeten")
pil = [p_ for p_ in A_INVEST if p_[1].startswith("Pilgläntans")][0]
pdf.p(f"Byggstarten för Pilgläntans förskola flyttas från 2027 till 2028 eftersom {A_PASSAGE}. Under 2027 "
      f"budgeteras {d1(pil[4])} mnkr för projektering. Förskolan beräknas stå klar {pil[7]}.", size=10)
pdf.p("Ombyggnaden av Rönnbäckens vård- och omsorgsboende ger 24 nya platser och moderna lägenheter för personer "
      "med demenssjukdom. Projektet genomförs i etapper så att boendet kan vara i drift under hela byggtiden.",
      size=10)

# ---------------------------------------------------------------- p. 4 waterfall and decision
pdf.add_page()
pdf.h1("Resultatets förändring")
pdf.set_font("Sans", "B", 9.4)
pdf.set_text_color(*SLATE)
pdf.cell(0, 5, "Figur 1 Från resultat i budget 2026 till resultat i budget 2027, mnkr", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
steps = a_waterfall()
base_y = pdf.get_y() + 78         # the zero line
scale = 0.62                      # mm per mnkr
cx0, bw, gap_ = 30, 18, 9
level = 0.0
pdf.hline(24, 188, base_y, 0.4)
prev_top = None
for k, (label, v, kind) in enumerate(steps):
    x = cx0 + k * (bw + gap_)
    if kind == "total":
        lo, hi = 0.0, v
        col = SLATE
        level = v
        txt = d1(v)
    else:
        lo, hi = (level, level + v) if v >= 0 else (level + v, level)
        col = OCHRE if v >= 0 else (170, 70, 50)
        level = r1(level + v)
        txt = d1(v, plus=True)
    pdf.set_fill_color(*col)
    pdf.rect(x, base_y - hi * scale, bw, (hi - lo) * scale, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(x - 3, base_y - hi * scale - 5)
    pdf.cell(bw + 6, 4.4, txt, align="C")
    if prev_top is not None:
        pdf.hline(x - gap_, x, base_y - prev_top * scale, 0.2, GREY, dash=(0.5, 0.6))
    prev_top = level
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(x - 3.5, base_y + 1.5)
    pdf.multi_cell(bw + 7, 3.4, label, align="C")
pdf.set_y(base_y + 16)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(0, 3.8, "Staplarna för förändringarna visar hur mycket varje post höjer (ockra) eller sänker "
               "(rödbrun) resultatet jämfört med budget 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Kommunfullmäktiges beslut")
pdf.att_list("Kommunfullmäktige beslutar", [
    f"fastställa skattesatsen för 2027 till {A_TAXRATE} kronor per skattekrona,",
    "fastställa driftbudget och resultatbudget för 2027 enligt tabell 1 och 2 samt anta planen för 2028–2029,",
    "fastställa investeringsbudgeten för 2027 enligt tabell 3,",
    "ge kommunstyrelsen rätt att under 2027 omsätta lån som förfaller till betalning, samt",
    "uppdra åt nämnderna att senast i februari 2027 redovisa verksamhetsplaner inom beslutade ramar.",
], size=10)
pdf.ln(4)
pdf.sign_lines([f"{A_CHAIR}\nordförande i kommunfullmäktige", f"{A_DIRECTOR}\nkommundirektör"])
pdf.ln(4)
pdf.set_font("Sans", "", 8.4)
pdf.cell(0, 4.6, f"Kontakt: {A_CONTACT[0]}, {A_CONTACT[1]}", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
