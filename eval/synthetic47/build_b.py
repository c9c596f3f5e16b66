"""(b) Glosviks kommun – kommunstyrelsen, trafikenheten: färdtjänst och riksfärdtjänst, uppföljning 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, petrol teal and signal orange. P. 1 has
no running header: a DRAWN MINIBUS WITH A LOWERED WHEELCHAIR RAMP (a teal body with three windows, two wheels, an
orange stripe and a grey ramp from the open rear door to the ground) beside "GLOSVIKS KOMMUN / Kommunstyrelsen ·
Trafikenheten", "UPPFÖLJNING" in an orange pill at the right, a teal rule, the title, a key–value block,
"Sammanfattning" with COMPETING FIGURES in running text (64 483 vs 64 602 trips vs the budget 66 500; 780 vs 765 vs
800 long-distance trips; cost 20,5 vs the budget 20,6 vs 19,4 mnkr; 318 kr per trip, 8 kr over budget and 17 kr over
2025; 1 628 permit holders, 59 more) and Figur 1, a NIGHTINGALE ROSE (POLAR AREA CHART): one 30° wedge per month whose
AREA is proportional to the färdtjänst trips of 2026 (teal, the summer months orange), the 2025 value as a DASHED
ARC across each wedge, the 2026 count printed outside the wedge and the month abbreviation beyond it, faint guide
circles for 2 000 / 4 000 / 6 000 trips. Pp. 2–4 have a running header (a teal square, "Glosviks kommun ·
Färdtjänst och riksfärdtjänst 2026", "sida n (4)") over an orange hairline. P. 2: Tabell 1, trips per month with a
STACKED HEADING ("Färdtjänst, antal resor" over 2025 / 2026 / Förändring, % and "Riksfärdtjänst, antal resor" over
2025 / 2026, Månad spanning both) on a two-tone teal heading band, a thicker rule after every quarter with QUARTER
LABELS "Kv 1" … "Kv 4" in the left margin, the signed change in orange when negative, and a bold "Helår" row;
comments. P. 3: Tabell 2, cost per trip (Utfall 2025 / Budget 2026 / Utfall 2026 / Avvikelse mot budget, kr) with the
"samtliga resor" rows bold and Tabell 3, permit holders per age group (2024 / 2025 / 2026 / share of the inhabitants
2026) with a "Samtliga" row; comments. P. 4: "4 Analys" (the passage on the cost per trip), "5 Åtgärder 2027" as a
"•" list with nested "–" items, place and date and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common47 import HERE, Doc
from data import (B_MONTHS, B_FT, B_RF, B_COST, B_AGE, B_DNR, B_DATE, B_AUTHOR, B_CHIEF, B_PASSAGE, B_ACTIONS,
                  b_month_cells, b_total_cells, b_cost_cells, b_age_cells, b_age_total_cells, b_sentences, g, pct)

OUT = HERE / "glosvik-fardtjanst-riksfardtjanst-uppfoljning-2026.pdf"
TEAL = (0, 96, 120)
PALE_TEAL = (222, 238, 242)
MID_TEAL = (70, 140, 160)
ORANGE = (230, 118, 28)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_fill_color(*TEAL)
        self.rect(22, 10.8, 3.2, 3.2, style="F")
        self.set_font("Sans", "B", 8)
        self.set_text_color(*TEAL)
        self.set_xy(27, 10.4)
        self.cell(110, 4, "Glosviks kommun · Färdtjänst och riksfärdtjänst 2026")
        self.set_font("Sans", "", 7.8)
        self.set_text_color(*GREY)
        self.set_xy(140, 10.4)
        self.cell(48, 4, f"sida {self.page_no()} (4)", align="R")
        self.hline(22, 188, 16, 0.35, ORANGE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = BDoc("Glosviks kommun", font="dejavu", serif=False, accent=TEAL, foot="", justify=False,
           created=dt.datetime(2027, 2, 16, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def heading(t, size=12):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def caption(t):
    pdf.set_font("Sans", "B", 8.8)
    pdf.multi_cell(0, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- p. 1: the minibus mark
pdf.add_page()
bx, by = 22, 12
pdf.set_fill_color(*TEAL)
pdf.rect(bx, by, 26, 11, style="F", round_corners=True, corner_radius=2.4)
pdf.polygon([(bx + 26, by + 3.5), (bx + 30, by + 5.5), (bx + 30, by + 11), (bx + 26, by + 11)], style="F")
pdf.set_fill_color(255, 255, 255)
for wx in (bx + 3, bx + 10, bx + 17):
    pdf.rect(wx, by + 2, 5.5, 3.8, style="F", round_corners=True, corner_radius=0.6)
pdf.polygon([(bx + 24, by + 2), (bx + 27.2, by + 4.1), (bx + 27.2, by + 5.8), (bx + 24, by + 5.8)], style="F")
pdf.set_fill_color(*ORANGE)
pdf.rect(bx, by + 7.2, 30, 1.1, style="F")
pdf.set_fill_color(40, 40, 40)
pdf.circle(bx + 6, by + 11.2, 2.1, style="F")
pdf.circle(bx + 23, by + 11.2, 2.1, style="F")
pdf.set_fill_color(200, 200, 200)
pdf.circle(bx + 6, by + 11.2, 0.8, style="F")
pdf.circle(bx + 23, by + 11.2, 0.8, style="F")
# the lowered ramp at the rear (left) door
pdf.set_fill_color(150, 150, 150)
pdf.polygon([(bx - 0.2, by + 9.4), (bx - 0.2, by + 10.4), (bx - 6.5, by + 13.3), (bx - 6.8, by + 12.7)], style="F")
pdf.hline(bx - 8, bx + 32, by + 13.4, 0.3, (120, 120, 120))
pdf.set_xy(56, 12.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*TEAL)
pdf.cell(80, 6, "GLOSVIKS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Kommunstyrelsen · Trafikenheten")
pdf.set_fill_color(*ORANGE)
pdf.rect(150, 14, 38, 6.4, style="F", round_corners=True, corner_radius=3.2)
pdf.set_font("Sans", "B", 7.8)
pdf.set_text_color(255, 255, 255)
pdf.set_char_spacing(0.8)
pdf.set_xy(150, 15.2)
pdf.cell(38, 4, "UPPFÖLJNING", align="C")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 30, 0.8, TEAL)
pdf.set_y(34)
pdf.set_font("Sans", "B", 16)
pdf.set_text_color(*TEAL)
pdf.multi_cell(0, 8, "Färdtjänst och riksfärdtjänst – uppföljning 2026", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.kv([("Diarienummer", B_DNR), ("Datum", B_DATE.isoformat()), ("Handläggare", f"{B_AUTHOR[0]}, {B_AUTHOR[1]}"),
        ("Till", "Kommunstyrelsens trafikutskott")], lw=32, size=8.8, lh=4.4)
heading("Sammanfattning")
s = b_sentences()
pdf.p(f"{s[0]} {s[1]}", size=9.6, lh=4.8)
pdf.p(f"{s[2]} {s[3]}", size=9.6, lh=4.8)
pdf.p(f"{s[4]} Ökningen gäller främst personer som är 80 år och äldre.", size=9.6, lh=4.8)
caption("Figur 1. Färdtjänstresor per månad 2026 (ytan) och 2025 (streckad båge)")
top = pdf.get_y() + 4
cx, cy = 78, top + 47
RMAX = 36.0
VMAX = 6000.0


def rad(v):
    return RMAX * math.sqrt(v / VMAX)


pdf.set_draw_color(200, 200, 200)
pdf.set_line_width(0.15)
for gv in (2000, 4000, 6000):
    pdf.circle(cx, cy, rad(gv), style="D")
for i in range(12):
    a0, a1 = i * 30, (i + 1) * 30
    r = rad(B_FT[2026][i])
    pts = [(cx, cy)]
    for k in range(11):
        a = math.radians(a0 + 1 + (a1 - a0 - 2) * k / 10)
        pts.append((cx + r * math.sin(a), cy - r * math.cos(a)))
    pdf.set_fill_color(*(ORANGE if i in (5, 6, 7) else TEAL))
    pdf.polygon(pts, style="F")
    r5 = rad(B_FT[2025][i])
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.35)
    pdf.set_dash_pattern(dash=0.8, gap=0.6)
    arc = [(cx + r5 * math.sin(math.radians(a0 + 1 + (a1 - a0 - 2) * k / 10)),
            cy - r5 * math.cos(math.radians(a0 + 1 + (a1 - a0 - 2) * k / 10))) for k in range(11)]
    pdf.polyline(arc)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    am = math.radians(a0 + 15)
    rl = r - 5.2
    pdf.set_font("Cond", "B", 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(cx + rl * math.sin(am) - 7, cy - rl * math.cos(am) - 1.6)
    pdf.cell(14, 3.2, g(B_FT[2026][i]), align="C")
    pdf.set_text_color(0, 0, 0)
    rm = RMAX + 5.5
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(cx + rm * math.sin(am) - 6, cy - rm * math.cos(am) - 1.6)
    pdf.cell(12, 3.2, B_MONTHS[i][:3].lower(), align="C")
    pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
# key
kx, ky = 132, top + 18
for col, lab in ((TEAL, "Resor 2026"), (ORANGE, "Resor 2026, sommarmånader")):
    pdf.set_fill_color(*col)
    pdf.rect(kx, ky + 0.6, 4, 3.2, style="F")
    pdf.set_xy(kx + 6, ky)
    pdf.set_font("Sans", "", 7.8)
    pdf.cell(50, 4.4, lab)
    ky += 6
pdf.set_line_width(0.35)
pdf.set_dash_pattern(dash=0.8, gap=0.6)
pdf.line(kx, ky + 2.2, kx + 4, ky + 2.2)
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_xy(kx + 6, ky)
pdf.cell(50, 4.4, "Resor 2025")
ky += 8
pdf.set_xy(kx, ky)
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.multi_cell(54, 3.5, "Varje tårtbits yta motsvarar antalet resor. Siffran i biten är antalet resor 2026. De "
               "tunna cirklarna visar 2 000, 4 000 och 6 000 resor. Riksfärdtjänsten ingår inte.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1 or cy + RMAX + 10 > pdf.h - 16:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
heading("1 Resor per månad")
pdf.p("Färdtjänsten är kollektivtrafik för personer som på grund av en funktionsnedsättning har väsentliga "
      "svårigheter att resa med allmänna kommunikationer. Riksfärdtjänst gäller resor utanför länet. Tabellen visar "
      "antalet enkelresor, inklusive medresenärer.", size=9.6, lh=4.8)
caption("Tabell 1. Antal resor per månad, färdtjänst och riksfärdtjänst 2025–2026")
WID = [34, 26, 26, 26, 27, 27]
AL = ["L", "R", "R", "R", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*TEAL)
pdf.rect(X, y, XS[-1] - X, 6, style="F")
pdf.set_fill_color(*MID_TEAL)
pdf.rect(XS[1], y + 6, XS[-1] - XS[1], 5.6, style="F")
pdf.set_fill_color(*TEAL)
pdf.rect(X, y + 6, WID[0], 5.6, style="F")
pdf.set_font("Cond", "B", 8.8)
pdf.set_text_color(255, 255, 255)
pdf.set_xy(XS[1], y + 1)
pdf.cell(XS[4] - XS[1], 4, "Färdtjänst, antal resor", align="C")
pdf.set_xy(XS[4], y + 1)
pdf.cell(XS[6] - XS[4], 4, "Riksfärdtjänst, antal resor", align="C")
pdf.set_xy(X + 1.2, y + 6.8)
pdf.cell(WID[0] - 2.4, 4, "Månad")
for i, t in ((1, "2025"), (2, "2026"), (3, "Förändring, %"), (4, "2025"), (5, "2026")):
    pdf.set_xy(XS[i] + 1.2, y + 6.8)
    pdf.cell(WID[i] - 2.4, 4, t, align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.5)
pdf.line(XS[4], y + 0.8, XS[4], y + 11.6)
pdf.line(XS[1] + 2, y + 6, XS[4] - 2, y + 6)
pdf.line(XS[4] + 2, y + 6, XS[6] - 2, y + 6)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
y += 11.6
quarters = []
for i in range(12):
    cells = b_month_cells(i)
    neg = cells[3].startswith("\u2212")
    h = pdf.row(X, y, WID, AL, cells, size=9.2, font="Cond", vpad=1.05,
                colors=[None, None, None, ORANGE if neg else None, None, None],
                styles=[None, None, "B", None, None, "B"])
    if i % 3 == 0:
        qtop = y
    y += h
    if i % 3 == 2:
        pdf.hline(X, XS[-1], y, 0.5, TEAL)
        quarters.append((qtop, y))
    else:
        pdf.hline(X, XS[-1], y, 0.1, (200, 210, 214))
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(X, y + 0.4, XS[-1] - X, 6.4, style="F")
pdf.row(X, y + 0.4, WID, AL, b_total_cells(), size=9.4, font="Cond", style="B", vpad=1.2)
y += 6.8
pdf.hline(X, XS[-1], y, 0.8, TEAL)
for k, (y0, y1) in enumerate(quarters, 1):
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(0.5)
    pdf.line(X - 2.2, y0 + 0.8, X - 2.2, y1 - 0.8)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    with pdf.rotation(90, X - 4.2, (y0 + y1) / 2):
        pdf.set_font("Sans", "B", 6.8)
        pdf.set_text_color(*ORANGE)
        pdf.set_xy(X - 4.2 - 6, (y0 + y1) / 2 - 2.6)
        pdf.cell(12, 3, f"Kv {k}", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 5)
heading("Kommentarer", size=10.5)
jul = B_MONTHS.index("Juli")
pdf.p("Färdtjänstresorna minskade något jämfört med 2025, främst under vintern och sommaren. Färre resor i januari "
      "och februari hänger samman med att många resenärer ställde in resor under influensaperioden. Juli är "
      "som vanligt årets svagaste månad, eftersom dagverksamheterna har uppehåll.", size=9.6, lh=4.8)
pdf.p("Riksfärdtjänsten har tydliga toppar vid midsommar, under semestermånaderna och vid jul. Juli var den månad "
      "då flest resor gjordes även 2026.", size=9.6, lh=4.8)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
heading("2 Kostnad per resa")
pdf.p("Kostnaden per resa är kommunens nettokostnad efter egenavgifter, dividerad med antalet enkelresor. "
      "Avvikelsen är budget minus utfall; ett negativt tal betyder att resorna blev dyrare än budgeterat.",
      size=9.6, lh=4.8)
caption("Tabell 2. Kostnad per resa, kronor")
W2 = [66, 25, 25, 25, 25]
A2 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*TEAL)
pdf.rect(22, y, sum(W2), 9.4, style="F")
pdf.row(22, y, W2, A2, ["Resetyp", "Utfall 2025", "Budget 2026", "Utfall 2026", "Avvikelse mot budget"],
        size=8.6, font="Cond", style="B", color=(255, 255, 255), h=9.4)
y += 9.4
for c in B_COST:
    bold = "samtliga" in c[0]
    cells = b_cost_cells(c)
    neg = cells[4].startswith("\u2212")
    h = pdf.row(22, y, W2, A2, cells, size=9.2, font="Cond", style="B" if bold else "", vpad=1.1,
                colors=[None, None, None, None, ORANGE if neg else None])
    y += h
    pdf.hline(22, 22 + sum(W2), y, 0.5 if bold else 0.1, TEAL if bold else (200, 210, 214))
pdf.set_y(y + 3)
pdf.p("Kostnaden per resa ökade för alla resetyper utom riksfärdtjänstresor med tåg och buss, som blev billigare "
      "än både budgeten och året innan.", size=9.6, lh=4.8)
heading("3 Personer med tillstånd")
caption("Tabell 3. Personer med färdtjänsttillstånd den 31 december, per åldersgrupp")
W3 = [46, 24, 24, 24, 48]
A3 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*TEAL)
pdf.rect(22, y, sum(W3), 9.4, style="F")
pdf.row(22, y, W3, A3, ["Åldersgrupp", "2024", "2025", "2026", "Andel av åldersgruppen 2026, %"],
        size=8.6, font="Cond", style="B", color=(255, 255, 255), h=9.4)
y += 9.4
for a in B_AGE:
    h = pdf.row(22, y, W3, A3, b_age_cells(a), size=9.2, font="Cond", vpad=1.1)
    y += h
    pdf.hline(22, 22 + sum(W3), y, 0.1, (200, 210, 214))
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(22, y, sum(W3), 6.4, style="F")
pdf.row(22, y, W3, A3, b_age_total_cells(), size=9.4, font="Cond", style="B", vpad=1.2)
y += 6.4
pdf.hline(22, 22 + sum(W3), y, 0.8, TEAL)
pdf.set_y(y + 3)
pdf.p("Mer än hälften av tillståndshavarna är 80 år eller äldre, och mer än var tredje invånare i den åldersgruppen "
      "har färdtjänst. Antalet tillstånd i gruppen 20–64 år minskade 2025 men ökade igen 2026.", size=9.6, lh=4.8)
if pdf.page_no() != 3:
    raise SystemExit("p. 3 overflows")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
heading("4 Analys")
pdf.p(f"Kostnaden per resa har ökat mer än budgeterat. Det beror på att {B_PASSAGE}. Den genomsnittliga "
      "resträckan med specialfordon ökade från 9,8 till 11,2 kilometer.", size=9.6, lh=4.8)
pdf.p("Riksfärdtjänsten kostade mer per resa med taxi och specialfordon, eftersom fler resenärer reste långa sträckor "
      "med ledsagare. När tåg eller buss användes blev resorna i stället billigare.", size=9.6, lh=4.8)
heading("5 Åtgärder 2027")
for t_, subs in B_ACTIONS:
    pdf.need(12)
    pdf.set_font("Sans", "", 9.6)
    pdf.set_x(24)
    pdf.cell(5, 4.8, "\u2022")
    pdf.multi_cell(159, 4.8, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    for x_ in subs:
        pdf.set_x(30)
        pdf.cell(5, 4.8, "–")
        pdf.multi_cell(153, 4.8, x_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
pdf.ln(6)
pdf.set_font("Sans", "", 9.2)
pdf.cell(0, 5, f"Glosvik den {B_DATE.day} februari {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.sign_lines([f"{B_CHIEF[0]}\n{B_CHIEF[1].capitalize()}", f"{B_AUTHOR[0]}\n{B_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
