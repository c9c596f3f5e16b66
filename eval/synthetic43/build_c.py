"""(c) Grönsala kommun – Mål och budget 2027 med plan för 2028–2029 (kommunfullmäktige 2026-11-23).

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, a BURNT ORANGE accent. P. 1 has no
running header: "GRÖNSALA KOMMUN" beside a DRAWN EMBLEM (an orange rounded square with three white wave lines), the
title and subtitle, a DOCUMENT HISTORY TABLE ("Dokumenthistorik": Version / Datum / Händelse, the current version in
bold on a pale tint) at the right of a short decision line, "1 Budgeten i korthet" with COMPETING FIGURES IN RUNNING
TEXT (result 38,6 vs the goal 2,0 % vs last year's budget 47,5; plan years 44,2 and 51,0; net costs +52,6 mnkr /
+3,3 %; investments 128,8 of which VA 30,0, the peak 173,1 in 2028) and "Budgetens delar" as a short "•" list.
Pp. 2–4 have a running header (name, "Mål och budget 2027–2029", "Sida n (4)") under an orange hairline. P. 2:
"2 Nämndernas ramar", Tabell 1 (Budget 2026 / Budget 2027 / Plan 2028 / Plan 2029 / Andel 2027, %) with a last
column of PROPORTIONAL SQUARES (the area of each orange square is proportional to the committee's share of the 2027
budget), the 2027 column on a pale tint, a bold sum row over a double rule; "3 Finansiella mål" with Tabell 2
(Mål / Målvärde / Budget 2027 / Plan 2028 / Plan 2029) whose values MISSING THE TARGET ARE PRINTED IN RED WITH A
SMALL DRAWN DOWN-POINTING WEDGE, and a comment. Pp. 3–4: "4 Investeringar", Tabell 3 (Total utgift / Budget 2027 /
Plan 2028 / Plan 2029) with the five groups as BOLD GROUP ROWS WITH AN ORANGE NUMBER BADGE, italic "Summa <group>"
rows, "–" for years without money, FOOTNOTE MARKS ¹ on the VA projects, a bold "Totalt" row; THE TABLE BREAKS FROM
P. 3 TO P. 4 with "Tabell 3 (forts.)" and the heading repeated. P. 4 also has the note, comments and "Kommunfullmäktiges
beslut" as att-clauses. No metadata title.
"""
import datetime as dt
import math

from common43 import HERE, Doc
from data import (C_YEARS, C_COMMITTEES, C_TAX, C_RESULT, C_GROUPS, C_PROJECTS, C_NOTE, C_BREAK_AFTER, C_HISTORY,
                  C_CHAIR, C_CFO, c_sum, c_share, c_cells, c_sum_cells, c_projects, c_psum, c_pcells, c_psum_cells,
                  c_result_pct, c_targets, d1, pct)

OUT = HERE / "gronsala-mal-och-budget-2027-2029.pdf"
ORANGE = (196, 98, 22)
PALEO = (252, 238, 224)
RED = (190, 30, 30)
GREY = (110, 110, 110)


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*ORANGE)
        self.cell(60, 5, "Grönsala kommun")
        self.set_text_color(80, 80, 80)
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 120, 5, "Mål och budget 2027–2029", align="C")
        self.cell(60, 5, f"Sida {self.page_no()} (4)", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.4, ORANGE)
        self.set_y(23)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7)
        self.set_text_color(140, 140, 140)
        self.cell(0, 4, "Antagen av kommunfullmäktige 2026-11-23, § 118", align="L")
        self.set_text_color(0, 0, 0)


pdf = CDoc("", font="dejavu", serif=False, accent=ORANGE,
           created=dt.datetime(2026, 11, 27, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 23, 22)
tot = c_psum()
net26, net27 = c_sum(1), c_sum(2)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# emblem
ex, ey = 22, 14
pdf.set_fill_color(*ORANGE)
pdf.rect(ex, ey, 12, 12, style="F", round_corners=True, corner_radius=2.2)
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.7)
for k in range(3):
    yy = ey + 4 + k * 2.4
    pts = [(ex + 2 + j * 0.5, yy + 0.6 * math.sin(j * 0.8)) for j in range(17)]
    pdf.polyline(pts)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(ex + 15, ey + 1)
pdf.set_font("Sans", "B", 12)
pdf.cell(80, 5.5, "GRÖNSALA KOMMUN")
pdf.set_xy(ex + 15, ey + 6.6)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.5, "Kommunfullmäktige")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, 38)
pdf.set_font("Sans", "B", 26)
pdf.set_text_color(*ORANGE)
pdf.cell(0, 12, "Mål och budget 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 13)
pdf.cell(0, 7, "med plan för 2028–2029", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
y0 = pdf.get_y()
pdf.set_font("Sans", "", 8.8)
pdf.set_xy(22, y0)
pdf.multi_cell(62, 4.6, "Dokumentet innehåller kommunens mål och ekonomiska ramar för 2027 och en plan för de två "
               "följande åren. Det gäller från den 1 januari 2027.", align="L")
# document history table at the right
HX = 86
HW = [16, 20, 66]
pdf.set_font("Sans", "B", 8.4)
pdf.set_xy(HX, y0)
pdf.cell(sum(HW), 4.6, "Dokumenthistorik")
yh = y0 + 5.2
pdf.hline(HX, HX + sum(HW), yh, 0.5, ORANGE)
h = pdf.row(HX, yh + 0.2, HW, ["L", "L", "L"], ["Version", "Datum", "Händelse"], style="B", size=7.6, font="Cond",
            vpad=0.6)
yh += h + 0.2
pdf.hline(HX, HX + sum(HW), yh, 0.2, (120, 120, 120))
for k, (ver, dat, what) in enumerate(C_HISTORY):
    last = k == len(C_HISTORY) - 1
    h = pdf.row_h(HW, [ver, dat.isoformat(), what], size=7.6, font="Cond", vpad=0.7)
    if last:
        pdf.set_fill_color(*PALEO)
        pdf.rect(HX, yh, sum(HW), h, style="F")
    pdf.row(HX, yh, HW, ["L", "L", "L"], [ver, dat.isoformat(), what], size=7.6, font="Cond", vpad=0.7,
            style="B" if last else "")
    yh += h
    pdf.hline(HX, HX + sum(HW), yh, 0.1, (200, 200, 200))
pdf.set_y(max(yh, pdf.get_y()) + 6)
pdf.h1("1 Budgeten i korthet", size=13)
pdf.p(f"Budgeten för 2027 ger ett resultat på {d1(C_RESULT[2027])} mnkr, vilket motsvarar {d1(c_result_pct(2027))} "
      f"procent av skatteintäkter och generella statsbidrag på {d1(C_TAX[2027])} mnkr. Det är lägre än det "
      f"finansiella målet på 2,0 procent och lägre än resultatet i budgeten för 2026, som var "
      f"{d1(C_RESULT[2026])} mnkr. För planåren beräknas resultatet till {d1(C_RESULT[2028])} mnkr 2028 och "
      f"{d1(C_RESULT[2029])} mnkr 2029.", size=9.8, lh=5)
pdf.p(f"Nämndernas nettokostnader ökar med {d1(net27 - net26)} mnkr eller {d1(pct(net27, net26))} procent till "
      f"{d1(net27)} mnkr 2027. Den största ökningen får vård- och omsorgsnämnden, som tilldelas mer pengar för fler "
      f"äldre med omfattande behov. Kultur- och fritidsnämnden och tekniska nämnden får lägre ramar än 2026 efter "
      f"effektiviseringar.", size=9.8, lh=5)
pdf.p(f"Investeringarna uppgår till {d1(tot[1])} mnkr 2027, varav {d1(c_psum('2')[1])} mnkr inom vatten och "
      f"avlopp. Under planperioden ligger investeringsnivån högst 2028 med {d1(tot[2])} mnkr, när ombyggnaden av "
      f"reningsverket och simhallen pågår samtidigt.", size=9.8, lh=5)
pdf.h2("Budgetens delar", size=10.5)
pdf.bullets(["Nämndernas ramar för driften (avsnitt 2)", "Finansiella mål för god ekonomisk hushållning (avsnitt 3)",
             "Investeringar per projekt (avsnitt 4)", "Kommunfullmäktiges beslut (avsnitt 5)"], size=9.6, lh=4.8)

# ---------------------------------------------------------------- p. 2 Tabell 1, Tabell 2
pdf.add_page()
pdf.h1("2 Nämndernas ramar", size=13)
pdf.p("Ramarna är nettokostnader i miljoner kronor. Budget 2026 avser den budget som fullmäktige beslutade för "
      "2026, justerad för organisationsförändringar. Andelen visar nämndens del av nämndernas samlade ram för "
      "2027.", size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 1. Nettokostnad per nämnd, mnkr", new_x="LMARGIN", new_y="NEXT")
X0 = 22
WID = [56, 19, 19, 19, 19, 20, 14]
AL = ["L", "R", "R", "R", "R", "R", "C"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
HEAD = ["Nämnd", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029", "Andel 2027, %", ""]
pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.8, ORANGE)
h = pdf.row(X0, y + 0.3, WID, AL, HEAD, style="B", size=8.4, font="Cond", vpad=0.8)
y += h + 0.3
pdf.hline(X0, X0 + TW, y, 0.3, (60, 60, 60))
ytint = y
smax = max(c_share(c) for c in C_COMMITTEES)
rows_y = []
for c in C_COMMITTEES:
    h = pdf.row_h(WID, c_cells(c) + [""], size=9, font="Cond", vpad=2.1)
    pdf.set_fill_color(*PALEO)
    pdf.rect(xs[2], y, WID[2], h, style="F")
    pdf.row(X0, y, WID, AL, c_cells(c) + [""], size=9, font="Cond", vpad=1.3,
            styles=[None, None, "B", None, None, None, None])
    side = max(0.35, 6.2 * math.sqrt(c_share(c) / smax))
    pdf.set_fill_color(*ORANGE)
    pdf.rect(xs[6] + WID[6] / 2 - side / 2, y + h / 2 - side / 2, side, side, style="F")
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (215, 215, 215))
y += 0.6
pdf.hline(X0, X0 + TW, y - 0.7, 0.3, (30, 30, 30))
pdf.hline(X0, X0 + TW, y + 0.2, 0.3, (30, 30, 30))
h = pdf.row(X0, y + 0.5, WID, AL, c_sum_cells() + [""], size=9.2, font="Cond", style="B", vpad=1.2)
y += h + 1
pdf.hline(X0, X0 + TW, y, 0.8, ORANGE)
pdf.set_xy(X0, y + 1.2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(TW, 4, "Ytan på varje kvadrat är proportionell mot nämndens andel av ramen för 2027.")
pdf.set_text_color(0, 0, 0)
pdf.set_auto_page_break(True, 20)
pdf.set_y(y + 9)
pdf.h1("3 Finansiella mål", size=13)
pdf.p("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Tabellen visar målvärdet "
      "och det värde som budgeten och planen ger för respektive år. Värden som inte når målet är markerade med rött.",
      size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 2. Finansiella mål 2027–2029", new_x="LMARGIN", new_y="NEXT")
WT = [70, 28, 22, 22, 22]
ALT = ["L", "L", "R", "R", "R"]
TWT = sum(WT)
xt = [X0]
for w in WT:
    xt.append(xt[-1] + w)
pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TWT, y, 0.8, ORANGE)
h = pdf.row(X0, y + 0.3, WT, ALT, ["Mål", "Målvärde", "Budget 2027", "Plan 2028", "Plan 2029"], style="B", size=8.4,
            font="Cond", vpad=0.8)
y += h + 0.3
pdf.hline(X0, X0 + TWT, y, 0.3, (60, 60, 60))
for goal, target, vals, met in c_targets():
    cells = [goal, target] + vals
    h = pdf.row(X0, y, WT, ALT, cells, size=9, font="Cond", vpad=1.4,
                colors=[None, None] + [None if m else RED for m in met],
                styles=[None, None] + [None if m else "B" for m in met])
    for k, m in enumerate(met):
        if not m:
            pdf.set_font("Cond", "B", 9)
            wv = pdf.get_string_width(vals[k])
            xr = xt[3 + k] - 1.2 - wv - 1.2
            yc = y + 1.4 + 2.1
            pdf.set_fill_color(*RED)
            pdf.polygon([(xr - 2.6, yc - 1.0), (xr, yc - 1.0), (xr - 1.3, yc + 1.2)], style="F")
    y += h
    pdf.hline(X0, X0 + TWT, y, 0.1, (215, 215, 215))
pdf.hline(X0, X0 + TWT, y, 0.8, ORANGE)
pdf.set_auto_page_break(True, 20)
pdf.set_y(y + 4)
pdf.p("Resultatmålet nås inte 2027 men väntas nås under båda planåren. Självfinansieringsgraden understiger målet "
      "2028, när investeringarna är som störst, och låneskulden per invånare närmar sig taket i slutet av perioden.",
      size=9.6, lh=4.8)

# ---------------------------------------------------------------- pp. 3–4 Tabell 3
pdf.add_page()
pdf.h1("4 Investeringar", size=13)
pdf.p("Investeringsbudgeten omfattar projekt med en utgift över ett halvt prisbasbelopp och en livslängd på minst tre "
      "år. Budget 2027 är beslutad av fullmäktige, medan åren 2028–2029 är en plan som prövas på nytt i nästa "
      "budget. Större projekt kräver ett särskilt startbeslut av kommunstyrelsen innan de får påbörjas. Projekten "
      "redovisas i fem grupper med en summa per grupp.", size=9.6, lh=4.8)
pdf.p("Investeringarna finansieras i första hand med årets resultat och avskrivningar. Den del som inte kan "
      "finansieras med egna medel lånas upp via kommunens internbank. Projekt inom vatten och avlopp finansieras "
      "med avgifter och belastar inte skattekollektivet. Förseningar i större projekt flyttas normalt till nästa "
      "år genom ombudgetering i samband med bokslutet.", size=9.6, lh=4.8)
WI = [84, 22, 22, 22, 22]
ALI = ["L", "R", "R", "R", "R"]
TWI = sum(WI)
HEADI = ["Projekt", "Total utgift", "Budget 2027", "Plan 2028", "Plan 2029"]
BOTTOM = 297 - 24


def heading(y, cont=False):
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_xy(X0, y)
    pdf.cell(0, 6, "Tabell 3 (forts.)" if cont else "Tabell 3. Investeringar per projekt, mnkr")
    y += 7
    pdf.hline(X0, X0 + TWI, y, 0.8, ORANGE)
    h = pdf.row(X0, y + 0.3, WI, ALI, HEADI, style="B", size=8.4, font="Cond", vpad=0.8)
    y += h + 0.3
    pdf.hline(X0, X0 + TWI, y, 0.3, (60, 60, 60))
    return y


def group_row(y, nr, name, cont=False):
    y += 1.2
    pdf.set_fill_color(*ORANGE)
    pdf.ellipse(X0 + 0.6, y + 0.7, 4.8, 4.8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_xy(X0 + 0.6, y + 0.9)
    pdf.cell(4.8, 4.4, nr, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(X0 + 7.5, y + 0.6)
    pdf.cell(TWI - 8, 5, name + (" (forts.)" if cont else ""))
    return y + 6.6


pdf.set_auto_page_break(False)
y = heading(pdf.get_y() + 1)
broke_after = None
prev = None
for gnr, gname in C_GROUPS:
    if y + 6.6 + 7 > BOTTOM:
        raise SystemExit(f"a group row would stand alone at the foot of the page (group {gnr})")
    y = group_row(y, gnr, gname)
    for p in c_projects(gnr):
        h = pdf.row_h(WI, c_pcells(p), size=9, font="Cond", vpad=2.1)
        if y + h > BOTTOM:
            broke_after = prev
            pdf.set_xy(X0, y + 1)
            pdf.set_font("Sans", "I", 7.6)
            pdf.cell(TWI, 4, "Tabell 3 fortsätter på nästa sida", align="R")
            pdf.add_page()
            y = heading(pdf.get_y(), cont=True)
            y = group_row(y, gnr, gname, cont=True)
        pdf.row(X0, y, WI, ALI, c_pcells(p), size=9, font="Cond", vpad=2.1)
        y += h
        pdf.hline(X0 + 7.5, X0 + TWI, y, 0.1, (215, 215, 215))
        prev = p[1]
    h = pdf.row(X0, y, WI, ALI, c_psum_cells(f"Summa {gname[0].lower() + gname[1:]}", c_psum(gnr)), size=9,
                font="Cond", style="I", vpad=1.3)
    y += h
    pdf.hline(X0, X0 + TWI, y, 0.3, (120, 120, 120))
y += 0.8
pdf.hline(X0, X0 + TWI, y - 0.6, 0.3, (30, 30, 30))
pdf.hline(X0, X0 + TWI, y + 0.3, 0.3, (30, 30, 30))
h = pdf.row(X0, y + 0.6, WI, ALI, c_psum_cells("Totalt", tot), size=9.4, font="Cond", style="B", vpad=1.3)
y += h + 1
pdf.hline(X0, X0 + TWI, y, 0.8, ORANGE)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(TWI, 3.8, C_NOTE, align="L", new_x="LMARGIN", new_y="NEXT")
if broke_after != C_BREAK_AFTER:
    raise SystemExit(f"Tabell 3 broke after {broke_after!r}, data.C_BREAK_AFTER is {C_BREAK_AFTER!r}")
pdf.set_auto_page_break(True, 20)
pdf.ln(3)
pdf.h2("Kommentarer till investeringarna", size=10.5)
pdf.p("Den nya förskolan i Rödmossen ersätter två förskolor i tillfälliga paviljonger. Ombyggnaden av reningsverket "
      "krävs för att klara de skärpta utsläppsvillkoren och för att kunna ansluta Porsvik. Simhallen byggs om i "
      "etapper så att den kan hålla öppet under större delen av byggtiden.", size=9.6, lh=4.8)
pdf.h1("5 Kommunfullmäktiges beslut", size=13)
pdf.att_list("Kommunfullmäktige beslutar", [
    "fastställa mål och budget för 2027 och plan för 2028–2029 enligt detta dokument",
    "fastställa nämndernas ramar enligt tabell 1",
    "fastställa investeringsbudgeten för 2027 enligt tabell 3",
    "uppdra åt nämnderna att senast i januari 2027 anta verksamhetsplaner inom de fastställda ramarna",
], size=9.6)
pdf.ln(2)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.4, f"Kontakt: {C_CFO[0]}, {C_CFO[1]}. Kommunstyrelsens ordförande: {C_CHAIR[0]}.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
