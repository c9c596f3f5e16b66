"""(e) Gunnesta kommun – socialnämnden: individ- och familjeomsorgen, verksamhetsuppföljning 2026.

Layout: DejaVu Serif text, DejaVu Sans Condensed tables and headings, portrait, 3 pages. P. 1: THREE VERTICAL COLOUR
STRIPES down the whole left edge of the page (no running header or footer on p. 1), a small sender line in
condensed capitals, the title in large bold condensed type with the subtitle under it, a thin rule, and the summary in running text with competing counts (reports of concern
1 284 → 1 412, 128 more, 27 % investigated; 133 placed = 84 children + 49 adults; cost 89,2 vs 88,5 mnkr and the
budget 86,0). P. 2: Tabell 1, placements as a BUTTERFLY (MIRRORED) TABLE – the placement form in a CENTRE COLUMN
between two vertical rules, 2025 to the LEFT (Kostnad, mnkr | Antal, mirrored so that the counts stand next to the
centre) and 2026 to the RIGHT (Antal | Kostnad, mnkr) on a tint, the year headings centred over each wing –, group
lines spanning the table for children and adults, "Summa" rows in bold and a "Totalt" row between heavy rules;
then the comments (the passage on HVB) and "Väntetider" in running text with competing day counts. P. 3: the
development areas for 2027 as a NESTED BULLETED LIST – bold main items led by a filled square, nested "–" items
indented under them with a THIN VERTICAL GUIDE LINE down the left of each group of nested items –, the follow-up and
the signature. No metadata title.
"""
import datetime as dt

from common32 import HERE, Doc
from data import (E_GROUPS, E_REPORTS, E_REPORT_INQ, E_WAIT, E_WAIT_TARGET, E_CHILD_FIRST, E_AREAS, E_PASSAGE,
                  e_gsum, e_total, d1, g, r1)

OUT = HERE / "gunnesta-sn-ifo-uppfoljning-2026.pdf"
ACC = (150, 72, 36)
STRIPES = [(150, 72, 36), (214, 150, 70), (120, 140, 110)]
BUDGET = 86.0
pdf = Doc("Gunnesta kommun", "Socialnämnden", "Sida {p} av 3", font="dejavu", serif=True, accent=ACC,
          foot="Gunnesta kommun · Socialförvaltningen · Dnr SN 2027/19",
          created=dt.datetime(2027, 2, 24, 7, 55, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 22)
pdf.no_furniture = (1,)
TT = e_total()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for i, col in enumerate(STRIPES):
    pdf.set_fill_color(*col)
    pdf.rect(i * 3.2, 0, 3.2, 297, style="F")
pdf.set_y(22)
pdf.set_font("Cond", "", 9)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 5, "GUNNESTA KOMMUN · SOCIALNÄMNDEN · 24 FEBRUARI 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Cond", "B", 23)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 10, "Individ- och familjeomsorgen", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Cond", "", 15)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 8, "Verksamhetsuppföljning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 3
pdf.set_draw_color(*ACC)
pdf.line(24, y, 188, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 6)
pdf.h2("Sammanfattning")
a, b = E_REPORTS
pdf.p(f"Antalet orosanmälningar om barn ökade från {g(a)} till {g(b)}, vilket är {b - a} fler än 2025 och det "
      f"högsta antalet hittills. {E_REPORT_INQ} procent av anmälningarna ledde till att en utredning inleddes.",
      size=10.2, lh=5.2)
kids, adults = (e_gsum(gr) for gr, _ in E_GROUPS)
pdf.p(f"Under 2026 var {TT[2]} personer placerade någon gång under året, {kids[2]} barn och unga och {adults[2]} "
      f"vuxna. Kostnaden för placeringarna uppgick till {d1(TT[3])} mnkr, mot {d1(TT[1])} mnkr året innan. "
      f"Budgeten för placeringar var {d1(BUDGET)} mnkr, och underskottet blev därmed {d1(r1(TT[3] - BUDGET))} mnkr.",
      size=10.2, lh=5.2)
pdf.p("Färre barn och unga placerades på HVB, medan placeringarna i familjehem och stödboende ökade. Väntetiderna "
      "till ett första möte med en handläggare har blivit kortare inom både ekonomiskt bistånd och vuxenenheten.",
      size=10.2, lh=5.2)
pdf.p("Uppföljningen bygger på verksamhetssystemet och ekonomisystemet. Antalet placerade avser personer som varit "
      "placerade någon gång under året, och kostnaderna är bruttokostnader för köpta och egna placeringar.",
      size=10.2, lh=5.2)

# ---------------------------------------------------------------- p. 2 butterfly table
pdf.add_page()
pdf.h1("Placeringar", size=13)
pdf.set_font("Cond", "B", 10)
pdf.cell(0, 5.5, "Tabell 1. Placerade personer och kostnader per placeringsform 2025 och 2026", new_x="LMARGIN",
         new_y="NEXT")
W = [25, 18, 78, 18, 25]
X = [24]
for w in W[:-1]:
    X.append(X[-1] + w)
R = 24 + sum(W)
y = pdf.get_y() + 1.5
top = y
n_lines = sum(len(rows) + 2 for _, rows in E_GROUPS) + 1
body_h = 12 + n_lines * 6.4 + 0.8
pdf.set_fill_color(246, 236, 226)
pdf.rect(X[3], y, W[3] + W[4], body_h, style="F")
pdf.set_line_width(0.6)
pdf.line(24, y, R, y)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", 9.4)
for lab, a_, b_ in (("2025", 0, 1), ("2026", 3, 4)):
    pdf.set_xy(X[a_], y + 0.8)
    pdf.cell(W[a_] + W[b_], 4.6, lab, align="C")
    pdf.set_draw_color(130, 130, 130)
    pdf.line(X[a_] + 2, y + 5.8, X[b_] + W[b_] - 2, y + 5.8)
    pdf.set_draw_color(0, 0, 0)
pdf.set_font("Cond", "B", 8.6)
for i, h in enumerate(["Kostnad, mnkr", "Antal", "Placeringsform", "Antal", "Kostnad, mnkr"]):
    pdf.set_xy(X[i], y + 6.6)
    pdf.cell(W[i] - (0 if i == 2 else 1.5), 4.6, h, align="C" if i == 2 else ("L" if i == 0 else "R")
             if i < 2 else "R")
y += 12
pdf.set_line_width(0.6)
pdf.line(24, y, R, y)
pdf.set_line_width(0.2)


def brow(cells, y, style=""):
    pdf.set_font("Cond", style, 9.2)
    for i, c in enumerate(cells):
        pdf.set_xy(X[i] + (1 if i == 0 else 0), y + 1)
        al = "C" if i == 2 else ("L" if i == 0 else "R")
        if i == 1:
            al = "R"
        pdf.cell(W[i] - (0 if i == 2 else 1.5), 4.4, c, align=al)
    return y + 6.4


for gr, rows in E_GROUPS:
    pdf.set_font("Cond", "B", 9.2)
    pdf.set_text_color(*ACC)
    pdf.set_xy(X[2], y + 1)
    pdf.cell(W[2], 4.4, gr, align="C")
    pdf.set_text_color(0, 0, 0)
    y += 6.4
    for r in rows:
        y = brow([d1(r[2]), str(r[1]), r[0], str(r[3]), d1(r[4])], y)
        pdf.set_draw_color(215, 215, 215)
        pdf.line(24, y, R, y)
        pdf.set_draw_color(0, 0, 0)
    s = e_gsum(gr)
    label = "Summa " + gr.split(" ")[0].lower() + (" och unga" if gr.startswith("Barn") else "")
    y = brow([d1(s[1]), str(s[0]), label, str(s[2]), d1(s[3])], y, "B")
    pdf.line(24, y, R, y)
pdf.set_line_width(0.6)
pdf.line(24, y + 0.8, R, y + 0.8)
y = brow([d1(TT[1]), str(TT[0]), "Totalt", str(TT[2]), d1(TT[3])], y + 0.8, "B")
pdf.line(24, y, R, y)
pdf.set_line_width(0.2)
pdf.line(X[2], top, X[2], y)
pdf.line(X[3], top, X[3], y)
pdf.set_xy(24, y + 1.5)
pdf.set_font("Cond", "", 7.8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(R - 24, 3.8, "Antal = personer som varit placerade någon gång under året. HVB = hem för vård eller "
               "boende. Särskilda ungdomshem och LVM-hem drivs av Statens institutionsstyrelse.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
hvb = dict(E_GROUPS)["Barn och unga 0–20 år"][0]
fam = dict(E_GROUPS)["Barn och unga 0–20 år"][1]
pdf.p(f"Kostnaden för HVB-placeringar av barn och unga minskade med {d1(r1(hvb[2] - hvb[4]))} mnkr. Det beror på att "
      f"{E_PASSAGE}. Placeringarna i familjehem ökade i stället från {fam[1]} till {fam[3]}.", size=9.8)
pdf.h2("Väntetider")
eb, vu = E_WAIT["ekonomiskt bistånd"], E_WAIT["vuxenenheten"]
pdf.p(f"Från ansökan till första möte med en handläggare inom ekonomiskt bistånd var mediantiden {eb[1]} dagar 2026, "
      f"mot {eb[0]} dagar 2025. Målet är högst {E_WAIT_TARGET} dagar. Inom vuxenenheten var mediantiden {vu[1]} "
      f"dagar ({vu[0]} dagar 2025). För barn och unga tog det i genomsnitt {E_CHILD_FIRST} dagar från att en "
      "utredning inleddes till det första samtalet med barnet.", size=9.8)

# ---------------------------------------------------------------- p. 3 nested development areas
pdf.add_page()
pdf.h1("Utvecklingsområden 2027", size=13)
pdf.p("Socialnämnden har pekat ut fem utvecklingsområden för 2027. Under varje område anges de viktigaste "
      "aktiviteterna.", size=9.8)
pdf.ln(1)
for head, subs in E_AREAS:
    pdf.need(30)
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(25, y + 1.4, 2.6, 2.6, style="F")
    pdf.set_font("Cond", "B", 10.4)
    pdf.set_xy(31, y)
    pdf.multi_cell(150, 5.2, head, align="L", new_x="LMARGIN", new_y="NEXT")
    y0 = pdf.get_y() + 0.6
    pdf.set_font("Serif", "", 9.6)
    for s in subs:
        pdf.set_xy(35, pdf.get_y() + 0.6)
        pdf.cell(4.5, 4.8, "–")
        pdf.multi_cell(145, 4.8, s, align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_draw_color(*STRIPES[1])
    pdf.set_line_width(0.5)
    pdf.line(32.2, y0, 32.2, y1)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3.5)
pdf.h2("Uppföljning")
pdf.p("Arbetet med utvecklingsområdena följs upp i delårsrapporten i augusti 2027 och i verksamhetsuppföljningen för "
      "helåret 2027.", size=9.8)
pdf.ln(6)
yy = pdf.get_y()
pdf.line(24, yy + 8, 94, yy + 8)
pdf.set_xy(24, yy + 9)
pdf.set_font("Cond", "", 9)
pdf.cell(70, 5, "Rebecka Ullberg, socialchef")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
