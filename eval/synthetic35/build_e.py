"""(e) Idhammars kommun – socialnämnden, delårsrapport per augusti 2026.

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 3 pages, terracotta accent. Running header:
"Idhammars kommun | Socialnämnden" at the left and a SMALL OUTLINED LABEL "DELÅRSRAPPORT AUGUSTI 2026" at the
right; footer "Sida n/3". P. 1: the title, a grey line with the meeting date, "Ekonomisk sammanfattning" in running
text (forecast deficit 12,5 of 550,0 mnkr = 2,3 %; outcome 373,6 mnkr = 67,9 % of the budget against 66,7 % at an
even pace), "Verksamhetens utveckling" and Tabell 3, budget, outcome January–August, forecast and deviation per
verksamhet in mnkr: a HEADING ROW OF WRAPPED THREE-LINE CELLS ("Utfall / jan–aug / 2026") on a pale band, the four
areas as WHITE CAPITALS ON A TERRACOTTA BAND, the verksamheter indented, "Summa …" rows in BOLD ITALIC ON A PALE
TINT under a short rule over the number columns, deviations signed "+" / "−" with the negative ones in red, and a
final "Summa socialnämnden" row in white on a dark band. The table breaks inside Äldreomsorg after "Särskilt
boende" ("Tabell 3 fortsätter på nästa sida"); p. 2 repeats "Tabell 3 (forts.)", the heading row and "ÄLDREOMSORG
(FORTS.)", then comments on the forecast (the passage on the HVB placements). P. 3: "Åtgärder för en budget i
balans" – the decision lead and an ATT-LIST whose clauses wrap in a wide left column while the responsible person
and the deadline ("Ansvarig: …", "Klart: …", dates written "2026-12-31", "30 september 2026", "31 mars 2027",
"Löpande") stand in a NARROW GREY RIGHT COLUMN beside each clause, with a hairline between the clauses; the
follow-up and the signatures. No metadata title.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (E_GROUPS, E_ROWS, E_BREAK_AFTER, E_SUMLABEL, E_ACTIONS, E_PASSAGE, E_DATE, e_dev, e_rows, e_sum,
                  d1, dmy, r1)

OUT = HERE / "idhammar-sn-delarsrapport-aug-2026.pdf"
TERRA = (158, 64, 38)
PALE = (248, 236, 230)
DARK = (70, 40, 32)
RED = (176, 28, 28)
GREY = (110, 110, 110)


class E(Doc):
    def header(self):
        self.set_y(11)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(100, 5, "Idhammars kommun  |  Socialnämnden")
        lab = "DELÅRSRAPPORT AUGUSTI 2026"
        self.set_font("Sans", "B", 7.2)
        wl = self.get_string_width(lab) + 6
        x = self.w - self.r_margin - wl
        self.set_draw_color(*TERRA)
        self.set_line_width(0.3)
        self.rect(x, 10.6, wl, 5.6)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(*TERRA)
        self.set_xy(x, 10.9)
        self.cell(wl, 5, lab, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(25)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Sida {self.page_no()}/3", align="C")
        self.set_text_color(0, 0, 0)


pdf = E("", font="liberation", accent=TERRA, created=dt.datetime(2026, 9, 15, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
B, U, P, DEV = e_sum()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*TERRA)
pdf.multi_cell(0, 8.5, "Delårsrapport per augusti 2026\nSocialnämnden", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 5, f"Behandlad av socialnämnden den {dmy(E_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Ekonomisk sammanfattning", size=11)
pdf.p(f"Socialnämnden prognostiserar ett underskott på {d1(-DEV)} mnkr för helåret 2026, vilket motsvarar "
      f"{d1(-DEV / B * 100)} procent av nämndens budget på {d1(B)} mnkr. Utfallet efter augusti uppgår till "
      f"{d1(U)} mnkr, eller {d1(U / B * 100)} procent av årsbudgeten. Vid ett jämnt förbrukningstempo skulle "
      f"andelen ha varit 66,7 procent.", size=9.6)
pdf.h2("Verksamhetens utveckling", size=11)
pdf.p("Efterfrågan på insatser för barn och unga har fortsatt att öka, och antalet placeringar utanför det egna "
      "hemmet är högre än när budgeten fastställdes. Inom äldreomsorgen har antalet beviljade hemtjänsttimmar "
      "ökat under sommaren, medan beläggningen i särskilt boende har varit något lägre än planerat. Inom "
      "funktionsstödet har två nya ärenden om personlig assistans tillkommit.", size=9.6)
pdf.p("Prognosen bygger på utfallet till och med augusti och på kända förändringar under hösten. Åtgärder för "
      "att nå en budget i balans redovisas på sidan 3.", size=9.6)

W = [70, 23, 23, 23, 27]
AL = ["L", "R", "R", "R", "R"]
tw = sum(W)
x0 = pdf.l_margin
xs = [x0]
for c in W:
    xs.append(xs[-1] + c)
HEAD = ["Verksamhet", "Budget\n2026", "Utfall\njan–aug\n2026", "Prognos\nhelår\n2026", "Avvikelse\nbudget–\nprognos"]


def table_head(y, cont=False):
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(x0, y)
    pdf.cell(tw, 5, "Tabell 3. Budget, utfall och prognos per verksamhet, mnkr" + (" (forts.)" if cont else ""))
    y += 6.5
    h = pdf.row_h(W, HEAD, font="Cond", style="B", size=8.6, lh=3.7, vpad=1.4)
    pdf.tint_cell(x0, y, tw, h, PALE)
    pdf.row(x0, y, W, AL, HEAD, font="Cond", style="B", size=8.6, lh=3.7, vpad=1.4)
    pdf.hline(x0, x0 + tw, y + h, 0.5, TERRA)
    return y + h + 0.6


def group_band(y, text):
    pdf.tint_cell(x0, y, tw, 5.6, TERRA)
    pdf.set_xy(x0 + 1.5, y + 0.7)
    pdf.set_font("Cond", "B", 8.8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(tw, 4.2, text.upper())
    pdf.set_text_color(0, 0, 0)
    return y + 6.2


def data_row(y, r):
    dv = e_dev(r)
    cells = [r[1], d1(r[2]), d1(r[3]), d1(r[4]), d1(dv, plus=True)]
    h = pdf.row(x0 + 4, y, [W[0] - 4] + W[1:], AL, cells, font="Cond", size=9.2, lh=4.1, vpad=1.3,
                colors=[None, None, None, None, RED if dv < 0 else None])
    pdf.hline(x0 + 4, x0 + tw, y + h, 0.1, (215, 215, 215))
    return y + h


def sum_row(y, label, s, dark=False):
    b, u, p, dv = s
    cells = [label, d1(b), d1(u), d1(p), d1(dv, plus=True)]
    h = pdf.row_h(W, cells, font="Cond", style="BI", size=9.2, lh=4.1, vpad=1.5)
    pdf.tint_cell(x0, y, tw, h, DARK if dark else PALE)
    if not dark:
        pdf.hline(xs[1] + 2, x0 + tw, y, 0.3)
    col = (255, 255, 255) if dark else (0, 0, 0)
    dcol = (255, 190, 170) if dark and dv < 0 else (RED if dv < 0 else col)
    pdf.row(x0, y, W, AL, cells, font="Cond", style="B" if dark else "BI", size=9.2, lh=4.1, vpad=1.5,
            color=col, colors=[None, None, None, None, dcol])
    return y + h + (0 if dark else 1.2)


y = table_head(pdf.get_y() + 3)
for gname in E_GROUPS:
    y = group_band(y, gname)
    for r in e_rows(gname):
        y = data_row(y, r)
        if r[1] == E_BREAK_AFTER:
            pdf.set_xy(x0, y + 2)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(*GREY)
            pdf.cell(tw, 4, "Tabell 3 fortsätter på nästa sida", align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.add_page()
            y = table_head(pdf.get_y(), cont=True)
            y = group_band(y, gname + " (forts.)")
    if E_SUMLABEL[gname]:
        y = sum_row(y, E_SUMLABEL[gname], e_sum(gname))
    y += 0.8
y = sum_row(y + 0.5, "Summa socialnämnden", e_sum(), dark=True)

pdf.set_y(y + 7)
pdf.h2("Kommentarer till prognosen", size=11)
R = {r[1]: r for r in E_ROWS}
pl, ht, pa = R["Placeringar barn och unga"], R["Hemtjänst"], R["Personlig assistans"]
sb = R["Särskilt boende"]
pdf.p(f"Individ- och familjeomsorgen svarar för den största delen av underskottet, {d1(-e_sum(E_GROUPS[0])[3])} "
      f"mnkr. Kostnaderna för placeringar av barn och unga beräknas överskrida budgeten med {d1(-e_dev(pl))} mnkr. "
      f"Förklaringen är att {E_PASSAGE}. Ekonomiskt bistånd väntas däremot bli "
      f"{d1(e_dev(R['Ekonomiskt bistånd']))} mnkr lägre än budgeterat.", size=9.6)
pdf.p(f"Inom äldreomsorgen väntas hemtjänsten gå {d1(-e_dev(ht))} mnkr över budget eftersom fler timmar har "
      f"beviljats, medan särskilt boende ger ett överskott på {d1(e_dev(sb))} mnkr när en avdelning hålls stängd "
      f"under hösten.", size=9.6)
pdf.p(f"Funktionsstödets underskott förklaras främst av personlig assistans, där kommunen svarar för kostnaden för "
      f"de två nya ärendena till dess att Försäkringskassan har fattat beslut. Prognosen för personlig assistans "
      f"är {d1(pa[4])} mnkr.", size=9.6)

# ---------------------------------------------------------------- p. 3 actions
pdf.add_page()
pdf.h1("Åtgärder för en budget i balans", size=14)
pdf.p(f"Socialnämnden beslutade den {dmy(E_DATE)} om följande åtgärder för att minska underskottet. Åtgärderna "
      f"beräknas sammantaget minska kostnaderna med cirka 4 mnkr under hösten och ytterligare under 2027.",
      size=9.6)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5, "Socialnämnden beslutar", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
LW, RW = 108, pdf.epw - 108 - 6
for text, resp, when, _ in E_ACTIONS:
    y = pdf.get_y()
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(x0, y)
    pdf.cell(9, 5, "att")
    pdf.set_xy(x0 + 9, y)
    pdf.multi_cell(LW - 9, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(x0 + LW + 6, y)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(RW, 3.9, f"Ansvarig: {resp}", align="L", new_x="LEFT", new_y="NEXT")
    pdf.multi_cell(RW, 3.9, f"Klart: {when}", align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y2 = max(y1, pdf.get_y()) + 1.8
    pdf.vline(x0 + LW + 3, y + 0.5, y2 - 2.2, 0.15, (190, 190, 190))
    pdf.hline(x0, x0 + pdf.epw, y2, 0.1, (200, 200, 200))
    pdf.set_y(y2 + 2)
pdf.ln(3)
pdf.h2("Uppföljning", size=11)
pdf.p("Förvaltningen redovisar effekten av åtgärderna vid nämndens sammanträden i oktober och december. En "
      "samlad bedömning görs i årsbokslutet.", size=9.6)
pdf.ln(8)
pdf.sign_lines(["Irene Vikström\nSocialchef", "Jessica Sandin\nController"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
