"""(c) Porsbacka kommun – socialnämnden: delårsrapport per 31 augusti 2027.

Layout: DejaVu Sans, portrait, 3 pages. P. 1: the committee name as a small grey line over the title and a
"Period: … · Behandlad: …" line, then "Perioden i siffror" as a STRIP OF FOUR DONUT CHARTS (a grey ring with the
share drawn as a coloured arc – the forecast ring OVERRUNS 100 % with a red second arc – the value in the centre
and a two-line label under each): share of the annual budget used, forecast in per cent of budget, sick leave and
the share of women among the employees; the summary with competing figures (forecast deficit, April forecast,
budget, outcome, used share against eight twelfths) and "Viktiga händelser" as a "–" list. P. 2: Tabell 1,
driftredovisning per verksamhet in tkr – Utfall jan–aug 2027 / Budget helår 2027 / Prognos helår 2027 / Avvikelse
mot budget – where the WHOLE PROGNOS COLUMN IS FRAMED by an accent outline (heading cell tinted inside the frame),
DASHED GREY RULES between the rows, the three verksamhetsområden as bold accent rows, indented activities, an italic
"Summa <område>" row per area and a bold "Socialnämnden totalt" between heavy rules; deviations signed "+400" /
"−3 500"; comments on the forecast (the passage on barn och unga, households with ekonomiskt bistånd). P. 3: the
personnel tables with TWO-LEVEL HEADINGS, drawn with fpdf's table (horizontal lines only): Tabell 2, employees on
31 August 2026 / 2027 each spanning Totalt / Kvinnor / Män, and Tabell 3, sick leave January–August 2026 / 2027
each spanning Kvinnor / Män / Totalt (the totals weighted by head count); a comment, the measures as a "•" list and
the proposal as att-clauses. No metadata title.
"""
import datetime as dt
import math

from common31 import HERE, Doc, Row
from data import (C_GROUPS, C_APRIL, C_HOUSEHOLDS, C_PLACED, C_PASSAGE, C_STAFF, C_TOTAL_LABEL, c_rows, c_dev,
                  c_gsum, c_total, c_used_pct, c_staff_total, c_sick_tot, c_sick_all, g, d1, r1)

OUT = HERE / "porsbacka-sn-delarsrapport-aug-2027.pdf"
ACC = (92, 58, 128)
RED = (190, 50, 50)
pdf = Doc("Porsbacka kommun", "Socialnämnden", "Delårsrapport 2027 · {p}/3", font="dejavu", accent=ACC,
          foot="Porsbacka kommun · Socialförvaltningen · Dnr SN 2027/96",
          created=dt.datetime(2027, 9, 14, 7, 55, tzinfo=dt.timezone.utc))
pdf.set_margins(21, 25, 21)
T = c_total()
DEF = T[1] - T[2]
women27, men27 = c_staff_total(2027)
sick27 = c_sick_all(2027)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 9)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 5, "Socialnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "B", 19)
pdf.cell(0, 9, "Delårsrapport per 31 augusti 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.8)
pdf.cell(0, 5, "Period: januari–augusti 2027 · Behandlad av socialnämnden den 23 september 2027",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 6, "Perioden i siffror", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def arc_poly(cx, cy, r_out, r_in, a0, a1):
    pts = []
    n = max(8, int(abs(a1 - a0) / 4))
    for k in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * k / n)
        pts.append((cx + r_out * math.cos(a), cy + r_out * math.sin(a)))
    for k in range(n, -1, -1):
        a = math.radians(a0 + (a1 - a0) * k / n)
        pts.append((cx + r_in * math.cos(a), cy + r_in * math.sin(a)))
    return pts


def donut(cx, cy, share, value, label, over=False):
    R, r = 13, 9.2
    pdf.set_fill_color(228, 228, 228)
    pdf.polygon(arc_poly(cx, cy, R, r, 0, 359.9), style="F")
    pdf.set_fill_color(*ACC)
    pdf.polygon(arc_poly(cx, cy, R, r, -90, -90 + min(share, 100) * 3.6), style="F")
    if over and share > 100:
        pdf.set_fill_color(*RED)
        pdf.polygon(arc_poly(cx, cy, R + 2.2, R + 0.6, -90, -90 + (share - 100) * 3.6 * 4), style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(cx - 12, cy - 2.4)
    pdf.cell(24, 4.8, value, align="C")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(cx - 21, cy + R + 3)
    pdf.multi_cell(42, 3.6, label, align="C")
    pdf.set_text_color(0, 0, 0)


y = pdf.get_y() + 15
fc_pct = r1(T[2] / T[1] * 100)
women_share = r1(women27 / (women27 + men27) * 100)
for k, (share, val, lab, over) in enumerate((
        (c_used_pct(), f"{d1(c_used_pct())} %", "av årsbudgeten förbrukad\nefter åtta månader", False),
        (fc_pct, f"{d1(fc_pct)} %", "helårsprognos i procent\nav budgeten", True),
        (sick27[2] * 5, f"{d1(sick27[2])} %", "sjukfrånvaro\njanuari–augusti", False),
        (women_share, f"{d1(women_share)} %", "kvinnor bland\nde anställda", False))):
    donut(21 + 21 + k * 42, y, share, val, lab, over)
pdf.set_y(y + 28)
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(120, 120, 120)
pdf.multi_cell(0, 3.5, "Ringen för sjukfrånvaron är ritad i skalan 0–20 procent. Den röda bågen visar hur mycket "
               "prognosen överstiger budgeten.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Sammanfattning")
pdf.p(f"Socialnämnden prognostiserar ett underskott på {g(-DEF)} tkr för 2027, vilket motsvarar "
      f"{d1(-DEF / T[1] * 100)} procent av budgeten på {g(T[1])} tkr. I delårsrapporten per 30 april var "
      f"prognosen ett underskott på {g(-C_APRIL)} tkr. Utfallet för januari–augusti blev {g(T[0])} tkr, eller "
      f"{d1(c_used_pct())} procent av årsbudgeten, att jämföra med 66,7 procent som motsvarar åtta av årets tolv "
      "månader.", size=9.6, lh=4.8)
ifo, fs = c_gsum("Individ- och familjeomsorg"), c_gsum("Funktionsstöd")
pdf.p(f"Underskottet finns inom individ- och familjeomsorgen, som prognostiserar ett underskott på {g(ifo[2] - ifo[1])} tkr. "
      f"Funktionsstöd räknar med ett litet överskott på {g(fs[1] - fs[2])} tkr trots att personlig assistans går "
      "med underskott, eftersom LSS-boendena och den dagliga verksamheten har lägre kostnader än budgeterat.",
      size=9.6, lh=4.8)
pdf.h2("Viktiga händelser under perioden")
pdf.bullets(["Gruppbostaden Idegranen med sex lägenheter öppnade i mars 2027.",
             "Socialförvaltningen och Porsbacka vårdcentral startade ett gemensamt team för unga vuxna med "
             "psykisk ohälsa i maj.",
             "Avtalet om platser på familjehemsenheten i Slåttervik förlängdes till och med 2028.",
             "Försörjningsstödet betalas sedan juni ut efter automatiserad handläggning av ansökningar om "
             "förlängning."], sym="–", size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Ekonomisk uppföljning", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Driftredovisning per verksamhet, tkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
XS = [21, 92, 117, 142, 167]
WS = [71, 24, 24, 24, 22]
PX, PW = XS[3], WS[3]          # the framed Prognos column
y_top = pdf.get_y() + 1
pdf.set_fill_color(238, 232, 244)
pdf.rect(PX, y_top, PW, 10.5, style="F")
pdf.set_font("Sans", "B", 7.8)
for i, h in enumerate(["Verksamhet", "Utfall\njan–aug 2027", "Budget\nhelår 2027", "Prognos\nhelår 2027",
                       "Avvikelse\nmot budget"]):
    pdf.set_xy(XS[i] + (0 if i == 0 else 0), y_top + (4 if "\n" not in h else 1.2))
    pdf.multi_cell(WS[i] - 1.2, 3.9, h, align="L" if i == 0 else "R")
y = y_top + 10.5
pdf.set_line_width(0.45)
pdf.line(21, y, 189, y)
pdf.set_line_width(0.2)


def dashed(yy):
    pdf.set_draw_color(185, 185, 185)
    pdf.set_dash_pattern(dash=0.8, gap=0.8)
    pdf.line(21, yy, 189, yy)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)


def line(cells, style="", indent=0, yy=None):
    pdf.set_font("Sans", style, 8.8)
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + (indent if i == 0 else 0), yy + 0.8)
        pdf.cell(WS[i] - 1.2 - (indent if i == 0 else 0), 4.4, c, align="L" if i == 0 else "R")


for gr, rows in C_GROUPS:
    y += 1
    pdf.set_text_color(*ACC)
    line([gr], "B", 0, y)
    pdf.set_text_color(0, 0, 0)
    y += 6.2
    for r in rows:
        line([r[0], g(r[1]), g(r[2]), g(r[3]), g(c_dev(r), plus=True)], "", 4, y)
        y += 6
        dashed(y)
    s = c_gsum(gr)
    line([f"Summa {gr[0].lower() + gr[1:]}", g(s[0]), g(s[1]), g(s[2]), g(s[1] - s[2], plus=True)], "I", 0, y)
    y += 6.4
pdf.set_line_width(0.45)
pdf.line(21, y, 189, y)
line([C_TOTAL_LABEL, g(T[0]), g(T[1]), g(T[2]), g(DEF, plus=True)], "B", 0, y + 0.4)
y += 6.8
pdf.line(21, y, 189, y)
pdf.set_line_width(0.2)
# the frame around the whole Prognos column
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.rect(PX, y_top, PW, y - y_top)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 3.7, "Avvikelse = budget minus prognos; minustecken betyder underskott. Den inramade kolumnen är "
               "nämndens prognos för helåret.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.h2("Kommentarer till prognosen")
bu = [r for _, r in c_rows() if r[0] == "Barn och unga"][0]
pdf.p(f"Barn och unga prognostiserar ett underskott på {g(bu[3] - bu[2])} tkr. Underskottet beror på att "
      f"{C_PASSAGE}. Budgeten räknade med {C_PLACED[0]} placerade barn och unga i genomsnitt, men i augusti var "
      f"de {C_PLACED[1]}.", size=9.5, lh=4.75)
eb = [r for _, r in c_rows() if r[0] == "Ekonomiskt bistånd"][0]
pdf.p(f"Antalet hushåll med ekonomiskt bistånd ökade från {C_HOUSEHOLDS[0]} i augusti 2026 till {C_HOUSEHOLDS[1]} "
      f"i augusti 2027, vilket är {C_HOUSEHOLDS[1] - C_HOUSEHOLDS[0]} fler. Därför beräknas kostnaden för "
      f"ekonomiskt bistånd överstiga budgeten med {g(eb[3] - eb[2])} tkr.", size=9.5, lh=4.75)
pa = [r for _, r in c_rows() if r[0] == "Personlig assistans"][0]
pdf.p(f"Personlig assistans prognostiserar ett underskott på {g(pa[3] - pa[2])} tkr efter att två ärenden "
      "med dubbelbemanning tillkommit under våren. Flyktingmottagandet har färre nyanlända än planerat.",
      size=9.5, lh=4.75)

# ---------------------------------------------------------------- p. 3 personnel
pdf.add_page()
pdf.h1("Personal", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Månadsavlönade anställda per verksamhetsområde", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = []
for area, a, b in C_STAFF:
    rows.append([area, str(sum(a)), str(a[0]), str(a[1]), str(sum(b)), str(b[0]), str(b[1])])
w26, m26 = c_staff_total(2026)
rows.append(Row([C_TOTAL_LABEL, str(w26 + m26), str(w26), str(m26), str(women27 + men27), str(women27),
                 str(men27)], "B"))
W7 = [60, 18, 18, 18, 18, 18, 18]
AL = ["L"] + ["R"] * 6
pdf.head2_table([[("Verksamhetsområde", 1, 2), ("31 augusti 2026", 3), ("31 augusti 2027", 3)],
                 ["Totalt", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män"]],
                rows, W7, AL, size=8.6, lh=4.6, borders="HORIZONTAL_LINES", head_fill=(238, 232, 244))
pdf.ln(3)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 3. Sjukfrånvaro i procent av ordinarie arbetstid, januari–augusti", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = []
for area, _, _ in C_STAFF:
    a, b = c_sick_tot(area, 2026), c_sick_tot(area, 2027)
    rows.append([area] + [d1(v) for v in a] + [d1(v) for v in b])
a, b = c_sick_all(2026), c_sick_all(2027)
rows.append(Row([C_TOTAL_LABEL] + [d1(v) for v in a] + [d1(v) for v in b], "B"))
pdf.head2_table([[("Verksamhetsområde", 1, 2), ("Januari–augusti 2026", 3), ("Januari–augusti 2027", 3)],
                 ["Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"]],
                rows, W7, AL, size=8.6, lh=4.6, borders="HORIZONTAL_LINES", head_fill=(238, 232, 244))
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 3.7, "Totalt är vägt med antalet anställda kvinnor och män.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
ifo26, ifo27 = c_sick_tot("Individ- och familjeomsorg", 2026), c_sick_tot("Individ- och familjeomsorg", 2027)
pdf.p(f"Antalet anställda har ökat med {women27 + men27 - w26 - m26} sedan augusti 2026, främst inom funktionsstöd "
      f"där gruppbostaden Idegranen har öppnat. Sjukfrånvaron har minskat något totalt, men inom individ- och "
      f"familjeomsorgen har den ökat från {d1(ifo26[2])} till {d1(ifo27[2])} procent.", size=9.5, lh=4.75)
pdf.h2("Åtgärder")
pdf.bullets(["Placeringar av barn och unga prövas varje månad i en särskild placeringsgrupp.",
             "Förvaltningen tar fram en plan för att minska kostnaderna för ekonomiskt bistånd tillsammans med "
             "arbetsmarknadsenheten.",
             "Cheferna inom individ- och familjeomsorgen följer upp korttidsfrånvaron varje månad."],
            size=9.4, lh=4.7)
pdf.h2("Förslag till beslut")
pdf.att_list("Socialnämnden beslutar", ["godkänna delårsrapporten per den 31 augusti 2027, och",
                                        "uppdra åt förvaltningschefen att redovisa åtgärder för att nå en "
                                        "budget i balans vid nämndens sammanträde i oktober 2027."], size=9.4)
pdf.ln(4)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 5, "Viktor Ingvarsson, förvaltningschef", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
