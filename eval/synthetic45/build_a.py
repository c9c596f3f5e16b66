"""(a) Lekvalla kommun – kultur- och fritidsnämnden: nämndplan 2028 (beslutad 2027-11-16 § 98).

Layout: DejaVu Serif text (justified), DejaVu Sans headings and tables, portrait, 4 pages, aubergine and mustard. P. 1
has no running header: a DRAWN TICKET-STUB MARK (a rounded aubergine ticket with a semicircular notch in each side and
a dashed perforation) beside "LEKVALLA KOMMUN / Kultur- och fritidsnämnden" over a mustard rule, the title, a
key–value block, "1 Inledning" with COMPETING FIGURES in running text (the frame 148,6 mnkr vs the budget 143,7 for
2027, the outcome 141,2 vs the budget 139,4 for 2026, the rise split into 2,6 + 2,3) and Figur 1, a GOAL TREE drawn
like an organisation chart – the vision in a filled box, ELBOW CONNECTORS down to the three goals in outlined boxes,
and under each goal a small rounded tag with its number of indicators. Pp. 2–4 have a running header (the committee at
the left, "Nämndplan 2028 · sida n av 4" at the right over a hairline) and a footer with the decision. P. 2: "2 Mål och
indikatorer" with Tabell 1, a STACKED HEADING ("Utfall" over 2025 / 2026 beside "Målvärde" over 2028) after Indikator
and Riktning; every goal opens with a CHEVRON-SHAPED LABEL (an arrow-shaped aubergine tab with "MÅL n" in white) and the
goal in bold; the wanted direction is a DRAWN ARROW (up or down, no text); DAGGER FOOTNOTE MARKS († ‡) in two
indicators and the notes under the table; then "Kommentarer" (the passage on Heljestabadet). P. 3: "3 Uppdrag" with a
STATUS LEGEND of drawn icons – an empty ring (Ej påbörjat), an HOURGLASS (Pågår), two PAUSE BARS (Vilande) and a
CHECK MARK IN A DISC (Klart) – then Tabell 2 (Nr / Uppdrag / Ansvarig / Klart senast / status icon / Status) with the
two groups as pale rows led by a thick aubergine bar; THE TABLE BREAKS INSIDE THE SECOND GROUP after U8 ("Tabell 2
fortsätter på nästa sida"); p. 4 repeats "Tabell 2 (forts.)", the heading and the group row with "(forts.)", then "4
Budget 2028" with Tabell 3 (Budget 2027 / Budget 2028 / Förändring, a bold Summa row over a double rule) and "5
Uppföljning" as a "–" list. No metadata title.
"""
import datetime as dt

from common45 import HERE, Doc
from data import (A_DNR, A_DECIDED, A_CHAIR, A_CHIEF, A_CONTACT, A_VISION, A_GOALS, A_IND, A_IND_NOTES, A_BATH_2026,
                  A_PASSAGE, A_STATUS, A_UPP_GROUPS, A_UPP, A_BREAK_AFTER, A_FOLLOWUP, A_BUDGET_LINES,
                  a_ind_cells, a_upp_cells, a_budget_cells, a_budget_total_cells, a_sentences)

OUT = HERE / "lekvalla-kfn-namndplan-2028.pdf"
AUB = (92, 40, 88)
MUS = (214, 160, 30)
PALE = (243, 236, 243)
GREY = (110, 110, 110)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*AUB)
        self.set_xy(self.l_margin, 11)
        self.cell(90, 4, "Lekvalla kommun · Kultur- och fritidsnämnden")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, f"Nämndplan 2028 · sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.2, (150, 150, 150))
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Beslutad av {A_DECIDED[0].lower() + A_DECIDED[1:]} · Dnr {A_DNR}", align="C")
        self.set_text_color(0, 0, 0)


pdf = ADoc("Lekvalla kommun", font="dejavu", serif=True, accent=AUB, justify=True,
           created=dt.datetime(2027, 11, 18, 10, 5, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# ticket-stub mark
x0, y0 = 22, 13
pdf.set_fill_color(*AUB)
pdf.rect(x0, y0, 17, 11, style="F", round_corners=True, corner_radius=1.4)
pdf.set_fill_color(255, 255, 255)
pdf.circle(x0, y0 + 5.5, 1.9, style="F")
pdf.circle(x0 + 17, y0 + 5.5, 1.9, style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.35)
pdf.set_dash_pattern(dash=0.8, gap=0.7)
pdf.line(x0 + 11.5, y0 + 1.2, x0 + 11.5, y0 + 9.8)
pdf.set_dash_pattern()
pdf.set_fill_color(*MUS)
pdf.polygon([(x0 + 5.5, y0 + 3), (x0 + 6.4, y0 + 5), (x0 + 8.6, y0 + 5.2), (x0 + 6.9, y0 + 6.5), (x0 + 7.5, y0 + 8.6),
             (x0 + 5.5, y0 + 7.4), (x0 + 3.5, y0 + 8.6), (x0 + 4.1, y0 + 6.5), (x0 + 2.4, y0 + 5.2),
             (x0 + 4.6, y0 + 5)], style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(43, 13.2)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*AUB)
pdf.cell(0, 6, "LEKVALLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, "Kultur- och fritidsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 28.5, 1.2, MUS)
pdf.set_y(36)
pdf.set_font("Sans", "B", 24)
pdf.set_text_color(*AUB)
pdf.cell(0, 10, "Nämndplan 2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 6, "Mål, indikatorer, uppdrag och budget för kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.kv([("Beslutad", A_DECIDED), ("Diarienummer", A_DNR), ("Ansvarig", f"{A_CHIEF[0]}, {A_CHIEF[1]}"),
        ("Kontakt", f"{A_CONTACT[0]}, {A_CONTACT[1]}")], lw=34, size=9, lh=4.6)
pdf.h1("1 Inledning", size=12.5)
s = a_sentences()
pdf.p("Nämndplanen beskriver hur kultur- och fritidsnämnden ska bidra till kommunfullmäktiges mål under 2028. Den "
      "innehåller nämndens mål med indikatorer, de uppdrag nämnden har fått av fullmäktige eller gett sig själv och "
      f"budgeten per verksamhet. {s[0]} {s[1]} {s[2]}", size=9.8)
pdf.p("Nämnden ansvarar för folkbiblioteken, kulturskolan, konsthallen, fritidsgårdarna och kommunens idrotts- och "
      "badanläggningar samt för bidrag till föreningslivet och studieförbunden. Verksamheten bedrivs i Lekvalla "
      "tätort och i kommundelarna Alnvik, Dammhult och Ellstorp.", size=9.8)
pdf.p("Nämnden har tre mål som utgår från visionen. Till varje mål hör indikatorer med målvärden för 2028. Eftersom "
      "planen tas fram under hösten 2027 är de senaste kända utfallen de för helåret 2026.", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Från vision till indikatorer", new_x="LMARGIN", new_y="NEXT")
# goal tree
ty = pdf.get_y() + 3
vw, vh = 110, 13
vx = 105 - vw / 2
pdf.set_fill_color(*AUB)
pdf.rect(vx, ty, vw, vh, style="F", round_corners=True, corner_radius=1.5)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 7.5)
pdf.set_xy(vx, ty + 1.6)
pdf.cell(vw, 4, "VISION", align="C")
pdf.set_font("Serif", "I", 9.2)
pdf.set_xy(vx, ty + 6)
pdf.cell(vw, 5, A_VISION, align="C")
pdf.set_text_color(0, 0, 0)
bus = ty + vh + 6
pdf.set_draw_color(*AUB)
pdf.set_line_width(0.5)
pdf.line(105, ty + vh, 105, bus)
gw, gh, gap = 50, 22, 8
gx = [22 + k * (gw + gap) for k in range(3)]
pdf.line(gx[0] + gw / 2, bus, gx[2] + gw / 2, bus)
for k, (nr, goal) in enumerate(A_GOALS):
    cx = gx[k] + gw / 2
    pdf.set_draw_color(*AUB)
    pdf.set_line_width(0.5)
    pdf.line(cx, bus, cx, bus + 5)
    gy = bus + 5
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*AUB)
    pdf.set_line_width(0.6)
    pdf.rect(gx[k], gy, gw, gh, style="DF", round_corners=True, corner_radius=1.2)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*AUB)
    pdf.set_xy(gx[k] + 2, gy + 1.8)
    pdf.cell(gw - 4, 4, f"Mål {nr}", align="C")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(gx[k] + 3, gy + 6.5)
    pdf.multi_cell(gw - 6, 4, goal, align="C")
    n = sum(1 for i in A_IND if i[0] == nr)
    pdf.set_draw_color(*MUS)
    pdf.set_line_width(0.5)
    pdf.line(cx, gy + gh, cx, gy + gh + 4)
    pdf.set_fill_color(*MUS)
    pdf.rect(cx - 13, gy + gh + 4, 26, 6, style="F", round_corners=True, corner_radius=3)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_xy(cx - 13, gy + gh + 4.9)
    pdf.cell(26, 4.2, f"{n} indikatorer", align="C")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Mål och indikatorer", size=12.5)
pdf.p("Tabell 1 visar nämndens mål och indikatorer. Pilen anger åt vilket håll indikatorn ska utvecklas. Målvärdena "
      "gäller för 2028.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Mål, indikatorer och målvärden", new_x="LMARGIN", new_y="NEXT")
X0 = 22
W = [80, 20, 21, 21, 24]
AL = ["L", "C", "R", "R", "R"]
xs = [X0]
for w in W:
    xs.append(xs[-1] + w)
TW = sum(W)
y = pdf.get_y() + 1.5
pdf.hline(X0, X0 + TW, y, 0.8, AUB)
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*AUB)
pdf.set_xy(xs[2], y + 0.8)
pdf.cell(W[2] + W[3], 4, "Utfall", align="C")
pdf.set_xy(xs[4], y + 0.8)
pdf.cell(W[4], 4, "Målvärde", align="C")
pdf.hline(xs[2] + 1.5, xs[4] - 1.5, y + 5, 0.25, AUB)
pdf.hline(xs[4] + 1.5, xs[5] - 1.5, y + 5, 0.25, AUB)
pdf.set_text_color(0, 0, 0)
h = pdf.row(X0, y + 5.2, W, ["L", "C", "R", "R", "R"], ["Indikator", "Riktning", "2025", "2026", "2028"], style="B",
            size=8.2, vpad=0.9)
y += 5.2 + h
pdf.hline(X0, X0 + TW, y, 0.4, AUB)


def chevron(x, y, label, text):
    pdf.set_fill_color(*AUB)
    pdf.polygon([(x, y), (x + 15, y), (x + 18, y + 3), (x + 15, y + 6), (x, y + 6), (x + 2.6, y + 3)], style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 7.4)
    pdf.set_xy(x + 2.4, y + 1)
    pdf.cell(12, 4, label, align="C")
    pdf.set_text_color(*AUB)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(x + 20, y + 0.9)
    pdf.cell(TW - 20, 4.2, text)
    pdf.set_text_color(0, 0, 0)


def arrow(cx, cy, up):
    pdf.set_fill_color(*AUB)
    pdf.set_draw_color(*AUB)
    pdf.set_line_width(0.55)
    if up:
        pdf.line(cx, cy + 2.2, cx, cy - 0.6)
        pdf.polygon([(cx, cy - 2.3), (cx - 1.5, cy - 0.2), (cx + 1.5, cy - 0.2)], style="F")
    else:
        pdf.line(cx, cy - 2.2, cx, cy + 0.6)
        pdf.polygon([(cx, cy + 2.3), (cx - 1.5, cy + 0.2), (cx + 1.5, cy + 0.2)], style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


for nr, goal in A_GOALS:
    y += 1.6
    chevron(X0, y, f"MÅL {nr}", goal)
    y += 7.4
    for i in [i for i in A_IND if i[0] == nr]:
        c = a_ind_cells(i)
        cells = [c[0], "", c[1], c[2], c[3]]
        h = pdf.row_h(W, cells, size=8.4, vpad=1.2)
        arrow(xs[1] + W[1] / 2, y + h / 2, i[2] == "+")
        pdf.row(X0, y, W, AL, cells, size=8.4, vpad=1.2, styles=[None, None, None, None, "B"])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (205, 195, 205))
pdf.hline(X0, X0 + TW, y + 0.3, 0.8, AUB)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.6)
for n_ in A_IND_NOTES:
    pdf.set_x(X0)
    pdf.cell(TW, 3.8, n_, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h2("Kommentarer", size=10.5)
bath = [i for i in A_IND if i[1].startswith("Besök i Heljestabadet")][0]
pdf.p(f"Besöken i Heljestabadet minskade 2026 eftersom {A_BATH_2026}. Målvärdet för 2028 är lägre än utfallet, "
      f"eftersom {A_PASSAGE}.", size=9.6)
pdf.p("Kön till kulturskolan har minskat sedan två nya lärare i stråkinstrument anställdes hösten 2026. Antalet "
      "besökare i konsthallen minskade när utställningsperioden förkortades under ombyggnaden av entrén.", size=9.6)

# ---------------------------------------------------------------- p. 3: Tabell 2
pdf.add_page()
pdf.h1("3 Uppdrag", size=12.5)
pdf.p("Nämnden har fått fyra uppdrag av kommunfullmäktige i budgeten för 2028 och har själv beslutat om åtta uppdrag "
      "till förvaltningen. Uppdrag som inte är klara vid årets slut följs upp i nästa nämndplan. Status anges per den "
      "31 oktober 2027.", size=9.6)
pdf.p("Förvaltningen redovisar uppdragen i delårsrapporten och i verksamhetsberättelsen. Ett uppdrag som blir vilande "
      "ska alltid motiveras för nämnden, och ett uppdrag som är klart ska redovisas med ett beslut eller en rapport.",
      size=9.6)


def icon(kind, cx, cy, r=1.9):
    pdf.set_draw_color(*AUB)
    pdf.set_fill_color(*AUB)
    pdf.set_line_width(0.4)
    if kind == "Ej påbörjat":
        pdf.circle(cx, cy, r, style="D")
    elif kind == "Pågår":          # hourglass
        pdf.polygon([(cx - 1.6, cy - 2.1), (cx + 1.6, cy - 2.1), (cx, cy), (cx + 1.6, cy + 2.1), (cx - 1.6, cy + 2.1),
                     (cx, cy)], style="D")
        pdf.polygon([(cx - 0.8, cy + 1.6), (cx + 0.8, cy + 1.6), (cx, cy + 0.4)], style="F")
        pdf.line(cx - 2.0, cy - 2.1, cx + 2.0, cy - 2.1)
        pdf.line(cx - 2.0, cy + 2.1, cx + 2.0, cy + 2.1)
    elif kind == "Vilande":        # pause bars
        pdf.rect(cx - 1.5, cy - 1.9, 1.0, 3.8, style="F")
        pdf.rect(cx + 0.5, cy - 1.9, 1.0, 3.8, style="F")
    else:                          # check mark in a disc
        pdf.circle(cx, cy, r, style="F")
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.5)
        pdf.polyline([(cx - 1.0, cy + 0.1), (cx - 0.25, cy + 0.9), (cx + 1.1, cy - 0.8)])
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


pdf.set_font("Serif", "", 9.6)
pdf.cell(0, 5, "Under 2028 prioriterar nämnden uppdrag som", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.bullets(["ökar tillgängligheten till bibliotek och kulturskola i kommundelarna,",
             "gör det enklare och billigare för barn och unga att delta i föreningslivet,",
             "minskar störningarna för badets besökare under renoveringen."], size=9.6)
# legend
pdf.set_font("Sans", "B", 8.2)
pdf.cell(0, 5, "Teckenförklaring för status", new_x="LMARGIN", new_y="NEXT")
ly = pdf.get_y() + 1
lx = 24
pdf.set_font("Sans", "", 8.2)
for st in A_STATUS:
    icon(st, lx + 2, ly + 2.2)
    pdf.set_xy(lx + 5.5, ly)
    pdf.cell(30, 4.4, st)
    lx += 38
pdf.set_y(ly + 9)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Uppdrag 2028", new_x="LMARGIN", new_y="NEXT")
UW = [12, 60, 40, 23, 6, 23]
UA = ["L", "L", "L", "L", "C", "L"]
TW2 = sum(UW)
uxs = [X0]
for w in UW:
    uxs.append(uxs[-1] + w)


def upp_head(y):
    pdf.hline(X0, X0 + TW2, y, 0.8, AUB)
    h = pdf.row(X0, y + 0.3, UW, UA, ["Nr", "Uppdrag", "Ansvarig", "Klart senast", "", "Status"], style="B",
                size=8.2, vpad=1.0)
    pdf.hline(X0, X0 + TW2, y + 0.3 + h, 0.4, AUB)
    return y + 0.3 + h


def group_row(y, text):
    pdf.set_fill_color(*PALE)
    pdf.rect(X0, y + 1, TW2, 6.4, style="F")
    pdf.set_fill_color(*AUB)
    pdf.rect(X0, y + 1, 1.6, 6.4, style="F")
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*AUB)
    pdf.set_xy(X0 + 3.5, y + 2.1)
    pdf.cell(TW2 - 5, 4.2, text)
    pdf.set_text_color(0, 0, 0)
    return y + 8.2


def upp_row(y, u):
    c = a_upp_cells(u)
    cells = [c[0], c[1], c[2], c[3], "", c[4]]
    h = pdf.row_h(UW, cells, size=8.4, vpad=1.8)
    icon(u[5], uxs[4] + UW[4] / 2 + 0.6, y + 1.8 + 2.1)
    pdf.row(X0, y, UW, UA, cells, size=8.4, vpad=1.8, styles=["B", None, None, None, None, None])
    pdf.hline(X0, X0 + TW2, y + h, 0.1, (205, 195, 205))
    return y + h


y = upp_head(pdf.get_y() + 1)
brk = [u[1] for u in A_UPP].index(A_BREAK_AFTER)
cur = None
for k, u in enumerate(A_UPP[:brk + 1]):
    if u[0] != cur:
        cur = u[0]
        y = group_row(y, A_UPP_GROUPS[cur])
    y = upp_row(y, u)
pdf.hline(X0, X0 + TW2, y + 0.3, 0.6, AUB)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(TW2, 4, "Tabell 2 fortsätter på nästa sida", align="R")
pdf.set_text_color(0, 0, 0)
if y > 265:
    raise SystemExit(f"Tabell 2 runs into the foot of p. 3 ({y:.1f} mm)")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = upp_head(pdf.get_y() + 1)
y = group_row(y, A_UPP_GROUPS[A_UPP[brk + 1][0]] + " (forts.)")
for u in A_UPP[brk + 1:]:
    y = upp_row(y, u)
pdf.hline(X0, X0 + TW2, y + 0.3, 0.8, AUB)
pdf.set_y(y + 6)
pdf.h1("4 Budget 2028", size=12.5)
pdf.p("Tabell 3 visar nämndens budget per verksamhet. Fritid och anläggningar får den största ökningen, främst för "
      "hyran av den tillfälliga idrottshallen.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 3. Budget per verksamhet, mnkr", new_x="LMARGIN", new_y="NEXT")
BW = [70, 30, 30, 30]
BA = ["L", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(X0, X0 + sum(BW), y, 0.8, AUB)
h = pdf.row(X0, y + 0.3, BW, BA, ["Verksamhet", "Budget 2027", "Budget 2028", "Förändring"], style="B", size=8.4)
y += 0.3 + h
pdf.hline(X0, X0 + sum(BW), y, 0.4, AUB)
for b in A_BUDGET_LINES:
    h = pdf.row(X0, y, BW, BA, a_budget_cells(b), size=8.6, vpad=1.2)
    y += h
    pdf.hline(X0, X0 + sum(BW), y, 0.1, (205, 195, 205))
pdf.hline(X0, X0 + sum(BW), y + 0.5, 0.3, AUB)
pdf.hline(X0, X0 + sum(BW), y + 1.2, 0.3, AUB)
h = pdf.row(X0, y + 1.4, BW, BA, a_budget_total_cells(), style="B", size=8.6, vpad=1.2)
y += 1.4 + h
pdf.hline(X0, X0 + sum(BW), y, 0.8, AUB)
pdf.set_y(y + 5)
pdf.h1("5 Uppföljning", size=12.5)
pdf.p("Mål, indikatorer och uppdrag följs upp två gånger per år:", size=9.6, after=1)
pdf.bullets(A_FOLLOWUP, sym="–", size=9.6)
pdf.p(f"Frågor om nämndplanen besvaras av {A_CONTACT[0]}, {A_CONTACT[1]}. Nämndens ordförande är {A_CHAIR[0]}.",
      size=9.6)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
