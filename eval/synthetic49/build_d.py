"""(d) Region Vindmark – tandvårdsnämnden: Folktandvården, verksamhetsrapport 2026.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, mint and dark
petrol. P. 1 has no running header: a DRAWN TOOTH (a white molar with two roots on a petrol disc) beside "REGION
VINDMARK / Tandvårdsnämnden · Folktandvården", "VERKSAMHETSRAPPORT 2026" in mint letter-spaced capitals at the right,
a petrol rule over a mint hairline, the title and a subtitle, a key–value block, "1 Sammanfattning" with COMPETING
FIGURES in running text (97 560 vs 96 370 patients, 1 190 more; 36 550 up to 23 years; median waiting time 14 vs 12
weeks vs the target 12; 5 710 waiting; the result −6,8 vs the budgeted −2,5 mnkr) and Figur 1, a PAIRED COLUMN CHART
of the patients per age group 2025 and 2026 with a BROKEN Y AXIS: the two columns of the largest group run through
a white zigzag gap at the top of the scale (with matching break marks on the axis), and every column's value is
printed above it. Pp. 2–4 have a running header ("Region Vindmark | Folktandvården" at the left, "Verksamhetsrapport
2026" at the right, over a mint hairline) and a centred "– n –" footer. P. 2: "2 Patienter per klinik" and Tabell 1
with a STACKED HEADING ("Revisionspatienter 31 december 2026 efter ålder" over the four age groups, then Totalt 2026
and Totalt 2025), GROUP ROWS per länsdel marked by a MINT BAR at the left edge, italic "Summa …" rows and a bold
"Folktandvården totalt" row under a petrol rule; comments. P. 3: "3 Väntetider" and Tabell 2 with a STACKED HEADING
("Väntetid till första undersökning, veckor (median)" over 2025 / 2026 / Mål) and the signed deviation, a DRAWN
HOURGLASS in front of every clinic over the target, a bold total row; comments with the passage on Hjälmby. P. 4: "4
Åtgärder 2027" as a numbered list, "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common49 import HERE, Doc
from data import (D_CLINICS, D_GROUPS, D_AGES, D_DNR, D_DATE, D_DIR, D_ANAL, D_TARGET, D_PASSAGE, D_MEASURES,
                  d_cells, d_group_rows, d_group_sum_cells, d_total_cells, d_age, d_wait_cells,
                  d_wait_total_cells, d_sentences, d_sum, d_total, d_econ_rows, d_econ_cells, d1, g, WORD)

OUT = HERE / "region-vindmark-folktandvarden-verksamhetsrapport-2026.pdf"
MINT = (46, 160, 140)
PALE_MINT = (214, 238, 232)
PETROL = (18, 62, 74)
GREY = (105, 105, 105)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PETROL)
        self.set_xy(self.l_margin, 10.5)
        self.cell(90, 4, "Region Vindmark | Folktandvården")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, "Verksamhetsrapport 2026", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.35, MINT)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"– {self.page_no()} –", align="C")
        self.set_text_color(0, 0, 0)


pdf = DDoc("Region Vindmark", font="dejavu", serif=True, accent=PETROL, foot="", justify=False,
           created=dt.datetime(2027, 2, 26, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(21, 20, 21)
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
cx, cy = 29, 21
pdf.set_fill_color(*PETROL)
pdf.circle(cx, cy, 8.4, style="F")
pdf.set_fill_color(255, 255, 255)
# crown with two cusps, a body and two roots
pdf.ellipse(cx - 4.6, cy - 5.0, 5.0, 4.2, style="F")
pdf.ellipse(cx - 0.4, cy - 5.0, 5.0, 4.2, style="F")
pdf.rect(cx - 4.6, cy - 3.0, 9.2, 3.6, style="F", round_corners=True, corner_radius=0.8)
pdf.polygon([(cx - 4.4, cy + 0.4), (cx - 0.6, cy + 0.4), (cx - 1.6, cy + 5.4), (cx - 3.4, cy + 5.6)], style="F")
pdf.polygon([(cx + 0.6, cy + 0.4), (cx + 4.4, cy + 0.4), (cx + 3.4, cy + 5.6), (cx + 1.6, cy + 5.4)], style="F")
pdf.set_xy(41, 14.2)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*PETROL)
pdf.cell(90, 6, "REGION VINDMARK", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Tandvårdsnämnden · Folktandvården")
pdf.set_xy(120, 15.5)
pdf.spaced("VERKSAMHETSRAPPORT 2026", 8.2, "B", 1.0, MINT, align="R", w=69)
pdf.hline(21, 189, 32.5, 1.1, PETROL)
pdf.hline(21, 189, 33.7, 0.35, MINT)
pdf.set_y(38)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*PETROL)
pdf.cell(0, 8.5, "Folktandvården – verksamhetsrapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "I", 10.3)
pdf.cell(0, 5.5, "Patienter, väntetider och resultat per klinik", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Ansvarig", f"{D_DIR[0]}, {D_DIR[1]}"),
        ("Handläggare", f"{D_ANAL[0]}, {D_ANAL[1]}"), ("Beslutas av", "Tandvårdsnämnden")], lw=32, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = d_sentences()
pdf.p(f"Folktandvården har sju kliniker i två länsdelar. {s[0]} {s[1]}", size=9.5)
pdf.p(f"{s[2]} {s[3]} Väntetiderna har ökat mest i norra länsdelen.", size=9.5)
pdf.p(f"{s[4]} Underskottet beror främst på lägre intäkter från vuxna patienter och på kostnader för inhyrda "
      "tandläkare.", size=9.5)

# Figur 1: paired columns with a broken y axis
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Figur 1. Revisionspatienter per åldersgrupp 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 16
X0, X1 = 40, 180
H = 62
base = top + H
VMAX = 32000
BREAK = 30500        # columns above this are broken
v25, v26 = d_age(2025), d_age(2026)
gw = (X1 - X0) / len(D_AGES)
cw = 11


def yv(v):
    return base - H * min(v, VMAX) / VMAX


pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 7)
for v in range(0, 30001, 10000):
    pdf.hline(X0, X1, yv(v), 0.15, (215, 215, 215))
    pdf.set_xy(X0 - 16, yv(v) - 1.7)
    pdf.cell(14.5, 3.4, g(v), align="R")
pdf.set_text_color(0, 0, 0)
for i, lab in enumerate(D_AGES):
    gx = X0 + i * gw + (gw - 2 * cw - 2) / 2
    for k, (vals, col) in enumerate(((v25, (150, 205, 193)), (v26, PETROL))):
        v = vals[i]
        x = gx + k * (cw + 2)
        top_v = yv(v) if v <= BREAK else yv(VMAX) - 9
        pdf.set_fill_color(*col)
        pdf.rect(x, top_v, cw, base - top_v, style="F")
        if v > BREAK:
            # a white zigzag gap across the column just above the top of the scale
            zy = yv(VMAX) - 3.2
            pts = [(x - 0.6, zy + 1.2), (x + cw / 4, zy), (x + cw / 2, zy + 1.2), (x + 3 * cw / 4, zy),
                   (x + cw + 0.6, zy + 1.2), (x + cw + 0.6, zy + 2.8), (x + 3 * cw / 4, zy + 1.6),
                   (x + cw / 2, zy + 2.8), (x + cw / 4, zy + 1.6), (x - 0.6, zy + 2.8)]
            pdf.set_fill_color(255, 255, 255)
            pdf.polygon(pts, style="F")
        pdf.set_font("Sans", "B", 7.2)
        pdf.set_xy(x - 3, top_v - 4.2)
        pdf.cell(cw + 6, 3.8, g(v), align="C")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(X0 + i * gw, base + 1.4)
    pdf.cell(gw, 3.8, lab, align="C")
pdf.hline(X0, X1, base, 0.4, (60, 60, 60))
pdf.vline(X0, yv(VMAX) - 9, base, 0.3, (60, 60, 60))
# break marks on the axis, level with the gaps in the columns
pdf.set_fill_color(255, 255, 255)
pdf.rect(X0 - 1.5, yv(VMAX) - 3.0, 3, 2.2, style="F")
pdf.set_draw_color(60, 60, 60)
pdf.set_line_width(0.3)
for dy in (0, 1.6):
    pdf.line(X0 - 1.8, yv(VMAX) - 0.6 - dy, X0 + 1.8, yv(VMAX) - 1.6 - dy)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
# legend
ly = base + 8
for k, (lab, col) in enumerate((("2025", (150, 205, 193)), ("2026", PETROL))):
    pdf.set_fill_color(*col)
    pdf.rect(X0 + k * 26, ly + 0.6, 4, 3, style="F")
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(X0 + 5 + k * 26, ly)
    pdf.cell(18, 4, lab)
pdf.set_font("Sans", "I", 7)
pdf.set_text_color(*GREY)
pdf.set_xy(X0 + 56, ly)
pdf.cell(0, 4, "Axeln är bruten: staplarna för 24–66 år är högre än skalan.")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Patienter per klinik", size=12.5)
pdf.p("Som revisionspatient räknas den som är kallad till regelbundna undersökningar hos Folktandvården. Barn och "
      "unga till och med 23 år får avgiftsfri tandvård och kallas av den klinik som ligger närmast hemmet, medan "
      "vuxna själva väljer klinik.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Revisionspatienter per klinik och åldersgrupp", new_x="LMARGIN", new_y="NEXT")
X = 21
WID = [36] + [20] * 4 + [26, 26]
AL = ["L"] + ["R"] * 6
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - 189) > 0.01:
    raise SystemExit(f"Tabell 1 width {XS[-1] - X}")
FS = 8.8
y = pdf.get_y() + 1
pdf.hline(X, XS[-1], y, 0.9, PETROL)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[1], y + 1.0)
pdf.cell(XS[5] - XS[1], 4, "Revisionspatienter 31 december 2026 efter ålder", align="C")
pdf.hline(XS[1] + 1.2, XS[5] - 1.2, y + 5.8, 0.3, PETROL)
y += 6.1
head1 = ["Klinik"] + D_AGES + ["Totalt 2026", "Totalt 2025"]
hh1 = pdf.row_h(WID, head1, size=8.2, font="Cond", style="B", vpad=1.0)
pdf.row(X, y, WID, AL, head1, size=8.2, font="Cond", style="B", h=hh1, vpad=1.0)
y += hh1
pdf.hline(X, XS[-1], y, 0.5, PETROL)
for grp in D_GROUPS:
    gy = y
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_text_color(*PETROL)
    pdf.set_xy(X + 3, y + 1.0)
    pdf.cell(80, 4.2, grp)
    pdf.set_text_color(0, 0, 0)
    y += 6.0
    for c in d_group_rows(grp):
        h = pdf.row(X + 0, y, WID, AL, [" " + d_cells(c)[0]] + d_cells(c)[1:], size=FS, font="Cond", vpad=1.2)
        y += h
        pdf.hline(X + 3, XS[-1], y, 0.1, (205, 205, 205))
    h = pdf.row(X, y, WID, AL, d_group_sum_cells(grp), size=FS, font="Cond", style="I", vpad=1.2)
    y += h
    pdf.set_fill_color(*MINT)
    pdf.rect(X, gy + 0.8, 1.4, y - gy - 1.6, style="F")
    pdf.hline(X, XS[-1], y, 0.25, MINT)
    y += 0.8
pdf.hline(X, XS[-1], y, 0.6, PETROL)
h = pdf.row(X, y, WID, AL, d_total_cells(), size=FS, font="Cond", style="B", vpad=1.3)
y += h
pdf.hline(X, XS[-1], y, 0.9, PETROL)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
tot = d_sum(D_CLINICS)
grew = [c for c in D_CLINICS if d_total(c) > c[6]]
biggest = max(D_CLINICS, key=d_total)
pdf.p(f"Antalet revisionspatienter ökade på {WORD[len(grew)]} av sju kliniker. {biggest[1]} är den största "
      f"kliniken med {g(d_total(biggest))} patienter, och ökningen där beror på att nya bostadsområden har byggts "
      "nära kliniken.", size=9.5)
pdf.p("Hjälmby och Lidvik har färre patienter än året innan. I Hjälmby har kliniken inte kunnat ta emot nya vuxna "
      "revisionspatienter under stora delar av året, och i Lidvik minskar befolkningen.", size=9.5)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2
pdf.add_page()
pdf.h1("3 Väntetider", size=12.5)
pdf.p(f"Nämndens mål är att nya vuxna patienter ska få sin första undersökning inom högst {D_TARGET} veckor från "
      "att de har anmält sig. Väntetiden mäts som median för de patienter som fick sin första undersökning under "
      "året. Barn och unga kallas enligt sina individuella intervall och ingår inte.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2. Väntetid till första undersökning för nya vuxna patienter", new_x="LMARGIN",
         new_y="NEXT")
W2 = [40, 30, 20, 20, 20, 38]
A2 = ["L", "R", "R", "R", "R", "R"]
XS2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1
pdf.hline(X, XS2[-1], y, 0.9, PETROL)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS2[2], y + 1.0)
pdf.cell(XS2[5] - XS2[2], 4, "Väntetid, veckor (median)", align="C")
pdf.hline(XS2[2] + 1.2, XS2[5] - 1.2, y + 5.8, 0.3, PETROL)
y += 6.1
pdf.row(X, y, W2, A2, ["Klinik", "Väntar på första tid", "2025", "2026", "Mål", "Avvikelse mot mål, veckor"],
        size=8.2, font="Cond", style="B", vpad=1.0)
y += pdf.row_h(W2, ["Klinik", "Väntar på första tid", "2025", "2026", "Mål", "Avvikelse mot mål, veckor"],
               size=8.2, font="Cond", style="B", vpad=1.0)
pdf.hline(X, XS2[-1], y, 0.5, PETROL)


def hourglass(x, yc):
    pdf.set_fill_color(*MINT)
    pdf.polygon([(x, yc - 1.9), (x + 2.6, yc - 1.9), (x + 1.3, yc)], style="F")
    pdf.polygon([(x, yc + 1.9), (x + 2.6, yc + 1.9), (x + 1.3, yc)], style="F")
    pdf.hline(x - 0.3, x + 2.9, yc - 2.0, 0.3, PETROL)
    pdf.hline(x - 0.3, x + 2.9, yc + 2.0, 0.3, PETROL)


for c in D_CLINICS:
    cells = d_wait_cells(c)
    over = c[8] > D_TARGET
    h = pdf.row(X, y, W2, A2, ["     " + cells[0]] + cells[1:], size=FS, font="Cond", vpad=1.3,
                styles=[None, None, None, "B" if over else None, None, "B" if over else None])
    if over:
        hourglass(X + 1.4, y + h / 2)
    y += h
    pdf.hline(X, XS2[-1], y, 0.1, (205, 205, 205))
pdf.hline(X, XS2[-1], y, 0.6, PETROL)
h = pdf.row(X, y, W2, A2, d_wait_total_cells(), size=FS, font="Cond", style="B", vpad=1.3)
y += h
pdf.hline(X, XS2[-1], y, 0.9, PETROL)
pdf.set_xy(X, y + 1.3)
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Timglaset markerar kliniker där väntetiden 2026 är längre än målet. Raden för hela "
               "Folktandvården avser medianen för alla nya vuxna patienter och är inte ett genomsnitt av "
               "klinikerna.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(pdf.get_y() + 4)
pdf.h2("Kommentarer")
over = [c for c in D_CLINICS if c[8] > D_TARGET]
hj = [c for c in D_CLINICS if c[1] == "Hjälmby"][0]
pdf.p(f"{WORD[len(over)].capitalize()} kliniker har längre väntetid än målet. Störst är ökningen i Hjälmby, där "
      f"väntetiden steg från {hj[7]} till {hj[8]} veckor. Det beror på att {D_PASSAGE}.", size=9.5)
pdf.p("Lidvik ligger precis på målet, och Ljusbäcken har den kortaste väntetiden. I Vångsby står flest personer "
      "i kö, men väntetiden har bara ökat något eftersom kliniken har haft öppet på lördagar under hösten.",
      size=9.5)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Ekonomi", size=12.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 3. Intäkter, kostnader och resultat, mnkr", new_x="LMARGIN", new_y="NEXT")
W3 = [50, 30, 30, 30, 28]
A3 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(X, X + sum(W3), y, 0.9, PETROL)
pdf.row(X, y, W3, A3, ["", "Budget 2026", "Utfall 2026", "Avvikelse", "Utfall 2025"], size=8.4, font="Cond",
        style="B", h=6.0, vpad=1.0)
y += 6.0
pdf.hline(X, X + sum(W3), y, 0.5, PETROL)
for r in d_econ_rows()[:-1]:
    y += pdf.row(X, y, W3, A3, d_econ_cells(r), size=FS, font="Cond", vpad=1.3)
    pdf.hline(X, X + sum(W3), y, 0.1, (205, 205, 205))
pdf.hline(X, X + sum(W3), y, 0.6, PETROL)
y += pdf.row(X, y, W3, A3, d_econ_cells(d_econ_rows()[-1]), size=FS, font="Cond", style="B", vpad=1.3)
pdf.hline(X, X + sum(W3), y, 0.9, PETROL)
pdf.set_y(y + 4)
rev = d_econ_rows()[0]
pdf.p(f"Intäkterna blev {d1(rev[1] - rev[2])} mnkr lägre än budgeterat, eftersom färre vuxna patienter kunde tas "
      "emot vid klinikerna med lång väntetid. Kostnaderna höll budgeten trots inhyrda tandläkare, tack vare "
      "vakanser inom administrationen.", size=9.5)
pdf.h1("5 Åtgärder 2027", size=12.5)
pdf.numbered(D_MEASURES, size=9.5, lh=4.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Tandvårdsnämnden föreslås besluta", [
    "godkänna verksamhetsrapporten för Folktandvården 2026,",
    "uppdra åt tandvårdsdirektören att redovisa väntetiderna per klinik varje tertial under 2027, samt",
    "inrätta två nya tandläkartjänster i Hjälmby inom ramen för budgeten."], size=9.5)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Den {D_DATE.day} februari {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{D_DIR[0]}\n{D_DIR[1].capitalize()}", f"{D_ANAL[0]}\n{D_ANAL[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
