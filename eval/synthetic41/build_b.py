"""(b) Tallnäsa kommun – kultur- och fritidsnämndens nämndplan 2027 med plan för 2028–2029.

Layout: Liberation Sans throughout (tables in Liberation Sans Narrow), portrait, 4 pages, dark cyan with coral.
Every page carries a THUMB INDEX down the right edge: four stacked tabs bleeding off the page with the chapter
numbers 1–4, the current chapter's tab in dark cyan with a white number, the others pale grey. P. 1 has no running
header: "TALLNÄSA KOMMUN" with "Kultur- och fritidsnämnden" in grey, the title "Nämndplan 2027" with a CORAL
UNDERLINE BAR, the subtitle, a KEY–VALUE BLOCK ON A PALE CYAN PANEL (Beslutad, Diarienummer, Giltighet,
Ansvarig), "1 Inledning" with competing figures in running text (frame 142,8 vs 138,2 mnkr, +4,6; investments 6,5;
three goals, ten indicators, nine assignments of which three from the council) and "Nämndens ansvar" as a "•" LIST
WITH NESTED "–" ITEMS. Pp. 2–4 have a running header (municipality and plan left, "Sida n av 4" right, hairline).
P. 2: "2 Nämndmål och indikatorer" – every one of the three goals opens with a LARGE OUTLINED NUMERAL IN A CIRCLE
beside the goal text, followed by its own small table (Tabell 1–3: Indikator / "Utfall" over 2025 and 2026 /
Målvärde 2027 / Trend) with a STACKED HEADING, hairlines, the 2026 outcome in bold and a DRAWN TREND ARROW in the last
column (green up, red down, grey flat), with the legend of the arrows under the introduction and a comment on the two
decreases under the last table. P. 3: "3 Uppdrag" – Tabell 4, the assignments (Nr / Uppdrag / Givet
av / Klart senast) where "Givet av" is a SHORT CODE IN A SMALL FILLED TAG (KF coral, KS cyan, KFN grey) with the
legend under the table, and the deadline as an ISO date. P. 4: "4 Ekonomi" – Tabell 5, the budget per activity
(Budget 2026 / Budget 2027 / Förändring, mnkr) with a bold "Summa" row on a pale band, comments with competing
figures, "Uppföljning" and the decision line. No metadata title.
"""
import datetime as dt

from common41 import HERE, Doc, nb
from data import (B_DECIDED, B_GOALS, B_GIVERS, B_TASKS, B_BUDGET, B_INVEST, B_CHAIR, B_HEAD, b_trend, b_ind_cells,
                  b_task_cells, b_budget_cells, b_budget_tot_cells, b_budget_sum, d1)

OUT = HERE / "tallnasa-kfn-namndplan-2027.pdf"
CY = (0, 98, 108)
CORAL = (232, 104, 80)
PALE = (226, 240, 241)
GREY = (105, 105, 105)
CHAPTER = {1: 1, 2: 2, 3: 3, 4: 4}          # the chapter that opens on each page
TAGCOL = {"KF": CORAL, "KS": CY, "KFN": (120, 120, 120)}


class BDoc(Doc):
    def header(self):
        cur = CHAPTER[self.page_no()]
        for k in range(1, 5):
            y = 40 + (k - 1) * 24
            on = k == cur
            self.set_fill_color(*(CY if on else (228, 228, 228)))
            self.rect(self.w - 9, y, 12, 21, style="F", round_corners=True, corner_radius=2.5)
            self.set_xy(self.w - 9, y + 7.5)
            self.set_font("Sans", "B", 10 if on else 8.5)
            self.set_text_color(*((255, 255, 255) if on else (140, 140, 140)))
            self.cell(8, 6, str(k), align="C")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.set_y(16)
            return
        self.set_y(11)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*CY)
        self.cell(100, 5, "Tallnäsa kommun · Nämndplan 2027")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 17, 0.2, (160, 160, 160))
        self.set_text_color(0, 0, 0)
        self.set_y(25)


pdf = BDoc("", font="liberation", serif=False, accent=CY, foot="Kultur- och fritidsnämnden · Dnr KFN 2026/112",
           created=dt.datetime(2026, 12, 14, 9, 0, tzinfo=dt.timezone.utc), justify=False)
pdf.set_margins(22, 25, 24)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*CY)
pdf.set_char_spacing(1.8)
pdf.cell(0, 6, "TALLNÄSA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, "Kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(12)
pdf.set_font("Sans", "B", 30)
pdf.cell(0, 13, "Nämndplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(*CORAL)
pdf.rect(22, pdf.get_y() + 1, 34, 2.2, style="F")
pdf.ln(6)
pdf.set_font("Sans", "", 12)
pdf.cell(0, 6, "med plan för 2028–2029", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
kv = [("Beslutad", f"Kultur- och fritidsnämnden {B_DECIDED.isoformat()} § 87"),
      ("Diarienummer", "KFN 2026/112"),
      ("Giltighet", "1 januari–31 december 2027"),
      ("Ansvarig", f"{B_HEAD}, förvaltningschef")]
y0 = pdf.get_y()
pdf.set_fill_color(*PALE)
pdf.rect(22, y0, 164, len(kv) * 6.2 + 4, style="F")
y = y0 + 2
for k_, v in kv:
    pdf.set_xy(26, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(34, 6, k_)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(120, 6, v)
    y += 6.2
pdf.set_y(y + 8)
s26, s27 = b_budget_sum(1), b_budget_sum(2)
n_ind = sum(len(gl[2]) for gl in B_GOALS)
n_kf = sum(1 for t in B_TASKS if t[2] == "KF")
WORD = {3: "tre", 9: "nio", 10: "tio"}
pdf.h1("1 Inledning", size=14)
pdf.p("Nämndplanen beskriver hur kultur- och fritidsnämnden ska bidra till kommunfullmäktiges mål under 2027. "
      "Den utgår från Mål och budget 2027 och bygger på nämndens uppföljning av 2026.")
pdf.p(f"Nämndens budgetram för 2027 är {d1(s27)} mnkr, vilket är {d1(s27 - s26)} mnkr mer än 2026, då ramen var "
      f"{d1(s26)} mnkr. Ökningen täcker löne- och prisuppräkning och driften av den nya konstgräsplanen. "
      f"Investeringsramen är {d1(B_INVEST)} mnkr.")
pdf.p(f"Planen innehåller {WORD[len(B_GOALS)]} nämndmål med sammanlagt {WORD[n_ind]} indikatorer och "
      f"{WORD[len(B_TASKS)]} uppdrag, varav {WORD[n_kf]} har getts av kommunfullmäktige. Indikatorerna följs upp i "
      f"delårsrapporten och i verksamhetsberättelsen.")
pdf.h2("Nämndens ansvar")
items = [("Folkbiblioteken", ["huvudbiblioteket och två filialer", "bokbussen och den uppsökande verksamheten"]),
         ("Kulturskolan och den allmänna kulturen", ["kurser i musik, dans, teater och bild",
                                                    "konsthallen och den offentliga konsten"]),
         ("Fritidsgårdarna", []),
         ("Idrotts- och fritidsanläggningar samt bidrag till föreningslivet", [])]
for t, subs in items:
    pdf.set_x(24)
    pdf.set_font("Sans", "", 10)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(150, 5, t, new_x="LMARGIN", new_y="NEXT")
    for s in subs:
        pdf.set_x(30)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(140, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

# ---------------------------------------------------------------- pp. 2–3
W = [74, 22, 22, 24, 18]
AL = ["L", "R", "R", "R", "C"]
X0 = 22
TW = sum(W)


def arrow(cx, cy, kind):
    col = {"up": (40, 140, 70), "down": (200, 50, 40), "flat": (140, 140, 140)}[kind]
    pdf.set_draw_color(*col)
    pdf.set_fill_color(*col)
    pdf.set_line_width(0.6)
    if kind == "flat":
        pdf.line(cx - 3, cy, cx + 2, cy)
        pdf.polygon([(cx + 3.2, cy), (cx + 1.4, cy - 1.3), (cx + 1.4, cy + 1.3)], style="F")
    else:
        s = -1 if kind == "up" else 1
        pdf.line(cx, cy - 2.6 * s, cx, cy + 1.6 * s)
        pdf.polygon([(cx, cy + 2.8 * s), (cx - 1.4, cy + 1.0 * s), (cx + 1.4, cy + 1.0 * s)], style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def goal_table(goal, tabno):
    nr, text, inds = goal
    pdf.need(40 + 8 * len(inds))
    y = pdf.get_y() + 2
    pdf.set_draw_color(*CY)
    pdf.set_line_width(0.7)
    pdf.ellipse(X0, y, 13, 13)
    pdf.set_line_width(0.2)
    pdf.set_xy(X0, y + 1.5)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*CY)
    pdf.cell(13, 10, str(nr), align="C")
    pdf.set_xy(X0 + 17, y + 0.5)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(60, 4.5, f"Nämndmål {nr}")
    pdf.set_xy(X0 + 17, y + 5)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(TW - 17, 6, text, align="L")
    y = max(pdf.get_y(), y + 14) + 3
    pdf.set_xy(X0, y)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, f"Tabell {tabno}. Indikatorer för nämndmål {nr}")
    y += 6
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X0 + W[0], y)
    pdf.cell(W[1] + W[2], 4.4, "Utfall", align="C")
    pdf.hline(X0 + W[0] + 3, X0 + W[0] + W[1] + W[2] - 1, y + 4.6, 0.3, CY)
    y += 5
    h = pdf.row(X0, y, W, AL, ["Indikator", "2025", "2026", "Målvärde 2027", "Trend"], font="Cond", style="B",
                size=8.6)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.7, CY)
    for i in inds:
        h = pdf.row(X0, y, W, AL, b_ind_cells(i) + [""], font="Cond", size=9.2, lh=4.2, vpad=1.4,
                    styles=[None, None, "B", None, None])
        arrow(X0 + sum(W[:4]) + W[4] / 2, y + h / 2, b_trend(i))
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (190, 190, 190))
    pdf.hline(X0, X0 + TW, y, 0.7, CY)
    pdf.set_y(y + 6)


pdf.add_page()
pdf.h1("2 Nämndmål och indikatorer", size=14)
pdf.p("Nämnden har tre mål för 2027. Till varje mål hör indikatorer med utfall för de två senaste åren och ett "
      "målvärde för 2027. Pilen visar om utfallet 2026 var högre, lägre eller lika med utfallet 2025.", size=9.8)
y = pdf.get_y()
x = X0
for kind, lab in (("up", "högre än 2025"), ("down", "lägre än 2025"), ("flat", "oförändrat")):
    arrow(x + 3, y + 2.6, kind)
    pdf.set_xy(x + 7, y)
    pdf.set_font("Sans", "", 8.4)
    pdf.cell(30, 5.2, lab)
    x += 40
pdf.set_y(y + 9)
goal_table(B_GOALS[0], 1)
goal_table(B_GOALS[1], 2)
goal_table(B_GOALS[2], 3)
pdf.p("Antalet deltagartillfällen med LOK-stöd minskade under 2026 eftersom två föreningar i Hultsjö saknade "
      "träningstider när idrottshallen renoverades. Besöken på fritidsgårdarna minskade något efter att "
      "gården i Norrsta höll stängt under sommaren.", size=9.8)
pdf.h1("3 Uppdrag", size=14)
pdf.p("Tabellen visar de uppdrag som nämnden ska genomföra under planperioden, vem som har gett uppdraget och när det "
      "senast ska återrapporteras.", size=9.8)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 4. Uppdrag 2027–2028", new_x="LMARGIN", new_y="NEXT")
W4 = [12, 102, 22, 24]
A4 = ["L", "L", "C", "R"]
TW4 = sum(W4)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W4, A4, ["Nr", "Uppdrag", "Givet av", "Klart senast"], font="Cond", style="B", size=8.6,
            fills=[PALE] * 4)
y += h
pdf.hline(X0, X0 + TW4, y, 0.7, CY)
for t in B_TASKS:
    cells = b_task_cells(t)
    hh = pdf.row_h(W4, cells, font="Cond", size=9.2, lh=4.2, vpad=1.6)
    tw = 13 if t[2] == "KFN" else 10
    tx = X0 + sum(W4[:2]) + (W4[2] - tw) / 2
    pdf.set_fill_color(*TAGCOL[t[2]])
    pdf.rect(tx, y + 1.2, tw, hh - 2.4, style="F", round_corners=True, corner_radius=1.2)
    pdf.row(X0, y, W4, A4, cells, font="Cond", size=9.2, lh=4.2, vpad=1.6, h=hh,
            colors=[None, None, (255, 255, 255), None], styles=[None, None, "B", None])
    y += hh
    pdf.hline(X0, X0 + TW4, y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + TW4, y, 0.7, CY)
y += 2
x = X0
for code, name in B_GIVERS.items():
    tw = 13 if code == "KFN" else 10
    pdf.set_fill_color(*TAGCOL[code])
    pdf.rect(x, y + 0.4, tw, 4.2, style="F", round_corners=True, corner_radius=1.2)
    pdf.set_xy(x, y + 0.4)
    pdf.set_font("Cond", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(tw, 4.2, code, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + tw + 1.5, y)
    pdf.set_font("Sans", "", 8)
    pdf.cell(40, 5, name)
    x += tw + 4 + pdf.get_string_width(name) + 6

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Ekonomi", size=14)
pdf.p("Budgeten fördelas på nämndens sju verksamheter. Tabell 5 jämför budgeten för 2027 med budgeten för 2026.",
      size=9.8)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 5. Driftbudget per verksamhet, mnkr", new_x="LMARGIN", new_y="NEXT")
W5 = [80, 26, 26, 28]
A5 = ["L", "R", "R", "R"]
TW5 = sum(W5)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W5, A5, ["Verksamhet", "Budget 2026", "Budget 2027", "Förändring"], font="Cond", style="B",
            size=8.6)
y += h
pdf.hline(X0, X0 + TW5, y, 0.7, CY)
for b in B_BUDGET:
    h = pdf.row(X0, y, W5, A5, b_budget_cells(b), font="Cond", size=9.2, lh=4.2, vpad=1.4)
    y += h
    pdf.hline(X0, X0 + TW5, y, 0.1, (190, 190, 190))
h = pdf.row(X0, y, W5, A5, b_budget_tot_cells(), font="Cond", style="B", size=9.2, lh=4.2, vpad=1.6,
            fills=[PALE] * 4)
y += h
pdf.hline(X0, X0 + TW5, y, 0.7, CY)
pdf.set_y(y + 6)
big = max(B_BUDGET, key=lambda b: b[2] - b[1])
pdf.p(f"Den största ökningen gäller idrotts- och fritidsanläggningarna, {d1(big[2] - big[1], plus=True)} mnkr, som "
      f"främst beror på drift och underhåll av konstgräsplanen i Hultsjö. Kulturskolans budget ökar för att fler "
      f"barn ska kunna erbjudas plats utan kö. Föreningsbidragen räknas upp med en procent.", size=9.8)
pdf.p(f"Investeringsramen på {d1(B_INVEST)} mnkr används till ny belysning i elljusspåren, inventarier till "
      f"meröppet bibliotek och utbyte av scenteknik i kulturhusets hörsal.", size=9.8)
pdf.h1("5 Uppföljning", size=14)
pdf.p("Nämnden följer upp målen, indikatorerna och uppdragen i delårsrapporten per den 31 augusti och i "
      "verksamhetsberättelsen för 2027. Uppdrag som inte kan genomföras i tid ska rapporteras till den som har gett "
      "uppdraget, med en ny tidplan.", size=9.8)
pdf.ln(6)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Beslutad av kultur- och fritidsnämnden den {B_DECIDED.isoformat()}, § 87.",
         new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{B_CHAIR}\nOrdförande", f"{B_HEAD}\nFörvaltningschef"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
