"""(b) Omsvala kommun – kommunstyrelsen: synpunkter och klagomål 2026 (sammanställning).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, dark teal and amber.
P. 1 has no running header: a DRAWN MARK OF TWO OVERLAPPING SPEECH BUBBLES (a teal bubble with its tail to the lower
left, an amber one behind it with its tail to the right) beside "OMSVALA KOMMUN / Kommunstyrelsen", "SAMMANSTÄLLNING"
right-aligned in grey letter-spaced capitals, a teal rule, the title, a key–value block, "Sammanfattning" with
COMPETING FIGURES in running text (1 280 vs 1 097 cases, 183 more; 580 complaints = 45,3 %; answered within ten
working days 80,2 vs 77,9 vs the target 90,0; median 8 vs 9 working days) and Figur 1, a HORIZONTAL BOX-AND-WHISKER
CHART of the handling time per administration (teal box from the lower to the upper quartile, a white median bar with
the median printed above it, whiskers with end caps to the shortest and longest time, the longest printed at the
right end) with a DASHED AMBER TARGET LINE at ten working days. Pp. 2–4 have a running header (a small teal speech
bubble, "Omsvala kommun · Synpunkter och klagomål 2026" at the left, "Sida n av 4" at the right) over an amber
hairline. P. 2: "1 Inkomna ärenden" and Tabell 1, a CROSS-TABULATION (förvaltning × kategori) whose four category
headings stand under SMALL DRAWN SPEECH-BUBBLE ICONS in four tints, a "Totalt 2026" column on a PALE TEAL COLUMN
BAND, "Totalt 2025" in grey, a bold "Hela kommunen" row over a double rule and an ITALIC "Andel, %" ROW of the column
shares under it; comments with competing figures. P. 3: "2 Handläggningstid" and Tabell 2 with a STACKED HEADING
("Mediantid, arbetsdagar" and "Besvarade inom tio arbetsdagar, %" over 2025 / 2026), the deviation from the target in
a DIVERGING MINI-BAR COLUMN (a zero line in the middle of the cell, teal bars to the right, amber to the left, the signed
number printed beside the bar), a bold total row; Tabell 3, cases per channel, a plain three-rule table; comments.
P. 4: "3 Analys" (the passage on the social services), the most common complaints as a "•" list, "4 Förbättringar
2027" as a LIST WITH TEAL EN-DASH BARS AND NESTED "›" POINTS, "Förslag till beslut" as att-clauses and two signature
lines. No metadata title.
"""
import datetime as dt

from common48 import HERE, Doc, nb
from data import (B_ADM, B_CATS, B_TARGET, B_DNR, B_DATE, B_AUTHOR, B_CEO, B_CHANNELS, B_PASSAGE, B_TOPICS,
                  B_MEASURES, B_CAT_2025, b_cells, b_total, b_within, b_cat_tot, b_tot, b_total_cells, b_time_cells,
                  b_time_total_cells, b_channel_cells, b_sentences, d1, g, share, WORD)

OUT = HERE / "omsvala-ks-synpunkter-klagomal-2026.pdf"
TEAL = (18, 92, 100)
AMBER = (222, 150, 30)
PALE_TEAL = (224, 239, 240)
GREY = (105, 105, 105)


def bubble(x, y, w, h, col, tail="left"):
    pdf.set_fill_color(*col)
    r = min(w, h) * 0.35
    pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=r)
    if tail == "left":
        pdf.polygon([(x + w * 0.2, y + h - 0.1), (x + w * 0.45, y + h - 0.1), (x + w * 0.12, y + h + h * 0.38)],
                    style="F")
    else:
        pdf.polygon([(x + w * 0.55, y + h - 0.1), (x + w * 0.8, y + h - 0.1), (x + w * 0.88, y + h + h * 0.38)],
                    style="F")


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        bubble(self.l_margin, 10.4, 4.6, 3.2, TEAL)
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*TEAL)
        self.set_xy(self.l_margin + 6.5, 10.3)
        self.cell(110, 4, "Omsvala kommun · Synpunkter och klagomål 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 116.5, 4, f"Sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.4, AMBER)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = BDoc("Omsvala kommun", font="dejavu", serif=True, accent=TEAL, foot="", justify=False,
           created=dt.datetime(2027, 3, 9, 13, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
bubble(27.5, 13.0, 12.0, 8.4, AMBER, tail="right")
bubble(22.0, 17.6, 12.0, 8.4, TEAL, tail="left")
pdf.set_fill_color(255, 255, 255)
for k in range(3):
    pdf.circle(25.0 + k * 3.0, 21.8, 0.75, style="F")
pdf.set_xy(44, 15.4)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*TEAL)
pdf.cell(90, 6, "OMSVALA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kommunstyrelsen")
pdf.set_xy(120, 18.4)
pdf.set_font("Sans", "", 8)
pdf.set_char_spacing(1.2)
pdf.cell(68, 4, "SAMMANSTÄLLNING", align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32.5, 0.8, TEAL)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*TEAL)
pdf.cell(0, 9, "Synpunkter och klagomål 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Inkomna synpunkter, klagomål, förslag och beröm samt handläggningstider", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", B_DNR), ("Datum", B_DATE.isoformat()), ("Handläggare", f"{B_AUTHOR[0]}, {B_AUTHOR[1]}"),
        ("Till", "Kommunstyrelsen")], lw=32, size=9, lh=4.6)
pdf.h1("Sammanfattning", size=12.5)
s = b_sentences()
pdf.p(f"Alla som bor i, arbetar i eller besöker Omsvala kan lämna synpunkter på kommunens verksamheter. {s[0]} {s[1]}",
      size=9.6)
pdf.p(f"{s[2]} {s[3]} Handläggningstiden skiljer sig mycket mellan förvaltningarna, vilket framgår av figur 1.",
      size=9.6)

# Figur 1: box plot
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Handläggningstid per förvaltning 2026, arbetsdagar", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 4
AX0, AX1 = 40, 180
VMAX = 65


def xv(v):
    return AX0 + (AX1 - AX0) * v / VMAX


ROW = 11.2
n = len(B_ADM)
bottom = y0 + n * ROW + 2
# grid and axis
pdf.set_font("Sans", "", 7)
pdf.set_text_color(*GREY)
for v in range(0, VMAX + 1, 10):
    pdf.vline(xv(v), y0 - 1, bottom, 0.1, (215, 215, 215))
    pdf.set_xy(xv(v) - 5, bottom + 0.8)
    pdf.cell(10, 3.5, str(v), align="C")
pdf.set_xy(AX0, bottom + 4.6)
pdf.cell(AX1 - AX0, 3.5, "arbetsdagar från att ärendet kom in till svar", align="C")
pdf.hline(AX0, AX1, bottom, 0.3, (90, 90, 90))
# target line at 10 working days
pdf.vline(xv(10), y0 - 3, bottom, 0.6, AMBER, dash=(1.2, 0.9))
pdf.set_font("Sans", "B", 7.2)
pdf.set_text_color(*AMBER)
pdf.set_xy(xv(10) + 1, y0 - 5.2)
pdf.cell(40, 3.5, "Mål: svar inom 10 arbetsdagar")
pdf.set_text_color(0, 0, 0)
for i, a in enumerate(B_ADM):
    lo, q1, q3, hi = a[12]
    med = a[11]
    cy = y0 + i * ROW + ROW / 2
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(22, cy - 2)
    pdf.cell(16, 4, a[1])
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.3)
    pdf.line(xv(lo), cy, xv(q1), cy)
    pdf.line(xv(q3), cy, xv(hi), cy)
    pdf.line(xv(lo), cy - 1.6, xv(lo), cy + 1.6)
    pdf.line(xv(hi), cy - 1.6, xv(hi), cy + 1.6)
    pdf.set_fill_color(*TEAL)
    pdf.rect(xv(q1), cy - 2.6, xv(q3) - xv(q1), 5.2, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(xv(med) - 0.35, cy - 2.6, 0.7, 5.2, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 7)
    pdf.set_xy(xv(med) - 4, cy - 6.2)
    pdf.cell(8, 3.4, str(med), align="C")
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*GREY)
    pdf.set_xy(xv(hi) + 1.2, cy - 1.7)
    pdf.cell(10, 3.4, str(hi))
    pdf.set_text_color(0, 0, 0)
pdf.set_y(bottom + 9.5)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Lådan visar den mittersta hälften av ärendena och det vita strecket medianen (siffran ovanför). "
               "Strecken ut från lådan går till det snabbaste och det långsammaste ärendet. KLF = kommunlednings-, "
               "BUF = barn- och utbildnings-, SOC = social-, VOF = vård- och omsorgs-, TF = tekniska, MBF = miljö- och "
               "bygg-, KFF = kultur- och fritidsförvaltningen.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1, cross-tab
pdf.add_page()
pdf.h1("1 Inkomna ärenden", size=12.5)
pdf.p("Ärendena registreras i kommunens system för synpunktshantering och fördelas till den förvaltning som ansvarar "
      "för verksamheten. Den som lämnar en synpunkt väljer själv kategori, men registratorn kan ändra den om den "
      "uppenbart är fel. Tabell 1 visar antalet ärenden per förvaltning och kategori.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Inkomna ärenden per förvaltning och kategori 2026", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [51, 18, 21, 18, 18, 20, 20]
AL = ["L"] + ["R"] * 6
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, TEAL)
HH = 13.5
tints = [(18, 92, 100), (80, 140, 146), (222, 150, 30), (236, 190, 110)]
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(XS[5], y + 0.4, WID[5], HH - 0.4, style="F")
for j in range(4):
    bx = XS[1 + j] + WID[1 + j] - 7.6
    bubble(bx, y + 1.6, 6.2, 4.0, tints[j], tail="left" if j % 2 == 0 else "right")
pdf.row(X, y + HH - 5.6, WID, AL, ["Förvaltning"] + B_CATS + ["", ""], size=7.8, font="Cond", style="B", h=5.4,
        vpad=0.6)
pdf.row(X, y + HH - 9.4, WID, AL, [""] * 5 + ["Totalt\n2026", "Totalt\n2025"], size=7.8, font="Cond", style="B",
        h=9.2, vpad=0.6, lh=3.8)
y += HH
pdf.hline(X, XS[-1], y, 0.4, TEAL)
FS = 8.4
for a in B_ADM:
    cells = b_cells(a)
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.3)
    pdf.set_fill_color(*PALE_TEAL)
    pdf.rect(XS[5], y, WID[5], h, style="F")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.3, h=h,
            styles=[None] * 5 + ["B", None], colors=[None] * 6 + [GREY])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, XS[-1], y + 0.3, 0.25, (0, 0, 0))
pdf.hline(X, XS[-1], y + 0.9, 0.25, (0, 0, 0))
y += 1.1
cells = b_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.3)
pdf.set_fill_color(*PALE_TEAL)
pdf.rect(XS[5], y, WID[5], h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.3, h=h)
y += h
t = b_tot()
cats = b_cat_tot()
share_cells = ["Andel, %"] + [d1(share(c, t["n26"])) for c in cats] + ["100,0", ""]
h = pdf.row(X, y, WID, AL, share_cells, size=8.4, font="Cond", style="I", vpad=1.0, color=GREY)
y += h
pdf.hline(X, XS[-1], y, 0.8, TEAL)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
adm = {a[1]: a for a in B_ADM}
tf, vof = adm["TF"], adm["VOF"]
top_praise = max(B_ADM, key=lambda a: a[5])
pdf.p(f"Tekniska förvaltningen fick flest ärenden, {b_total(tf)} mot {tf[6]} året innan. Ökningen gäller främst "
      "snöröjningen under den snörika vintern och de många gatuarbetena i centrum. Klagomålen på tekniska "
      f"förvaltningen var {tf[2]}, nästan en tredjedel av alla klagomål i kommunen.", size=9.6)
pdf.p(f"Vård- och omsorgsförvaltningen är den enda förvaltning där antalet ärenden minskade, till {b_total(vof)} "
      f"från {vof[6]}. Den fick också mest beröm, {top_praise[5]} ärenden, oftast riktat till personalen i "
      "hemtjänsten.", size=9.6)
pdf.p(f"Antalet förslag ökade till {cats[2]} från {B_CAT_2025[2]}, och kultur- och fritidsförvaltningen fick "
      f"{adm['KFF'][4]} av dem, många om nya aktiviteter för unga och om öppettider i biblioteken.", size=9.6)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2 and 3
pdf.add_page()
pdf.h1("2 Handläggningstid", size=12.5)
pdf.p(f"Kommunens mål är att minst {d1(B_TARGET)} procent av ärendena ska besvaras inom tio arbetsdagar. Tiden "
      "räknas från den dag ärendet registreras till den dag svaret skickas. Ärenden utan kontaktuppgifter räknas "
      "inte med.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Avslutade ärenden och handläggningstid per förvaltning", new_x="LMARGIN", new_y="NEXT")
W2 = [52, 19.5, 14, 14, 16, 16, 34.5]
A2 = ["L", "R", "R", "R", "R", "R", "R"]
XS2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS2[-1], y, 0.8, TEAL)
UP = [(1, 1, "Avslutade 2026"), (2, 2, "Mediantid, arbetsdagar"), (4, 2, "Besvarade inom tio arbetsdagar, %"),
      (6, 1, "Avvikelse mot målet, %-enheter")]
pdf.set_font("Cond", "B", 8.0)
for c0, span, t_ in UP:
    w = sum(W2[c0:c0 + span])
    lines = pdf.cell_lines(w, t_, "Cond", "B", 8.0)
    if len(lines) > 2:
        raise SystemExit(f"heading wraps: {t_}")
    top = y + 0.8 if span > 1 else y + 0.8
    for li, ln in enumerate(lines):
        pdf.set_xy(XS2[c0] + 1.0, top + li * 3.6 + (1.8 if len(lines) == 1 else 0))
        pdf.cell(w - 2, 3.6, ln, align="C" if span > 1 or c0 == 6 else "R")
    if span > 1:
        pdf.hline(XS2[c0] + 1.2, XS2[c0 + span] - 1.2, y + 8.4, 0.3, TEAL)
pdf.set_xy(X + 1.2, y + 9.3)
pdf.cell(50, 4, "Förvaltning")
pdf.row(X, y + 8.6, W2, A2, ["", "", "2025", "2026", "2025", "2026", ""], size=8.0, font="Cond", style="B", h=5.2,
        vpad=0.6)
y += 14.0
pdf.hline(X, XS2[-1], y, 0.4, TEAL)
DMAX = 35.0


def dev_bar(y, h, dev):
    """a diverging mini-bar in the last column: zero line in the middle of the bar area"""
    x0, w = XS2[6] + 13, W2[6] - 15
    zero = x0 + w / 2
    pdf.vline(zero, y + 0.8, y + h - 0.8, 0.2, (120, 120, 120))
    length = (w / 2) * min(abs(dev), DMAX) / DMAX
    pdf.set_fill_color(*(TEAL if dev >= 0 else AMBER))
    if dev >= 0:
        pdf.rect(zero, y + 1.7, length, h - 3.4, style="F")
    else:
        pdf.rect(zero - length, y + 1.7, length, h - 3.4, style="F")


for a in B_ADM:
    cells = b_time_cells(a)
    h = max(pdf.row_h(W2, cells, size=FS, font="Cond", vpad=1.3), 7.0)
    dev_bar(y, h, b_within(a) - B_TARGET)
    pdf.row(X, y, W2, ["L", "R", "R", "R", "R", "R", "L"], cells, size=FS, font="Cond", vpad=1.3, h=h)
    y += h
    pdf.hline(X, XS2[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, XS2[-1], y, 0.4, TEAL)
cells = b_time_total_cells()
h = max(pdf.row_h(W2, cells, size=FS, font="Cond", style="B", vpad=1.3), 7.0)
dev_bar(y, h, float(cells[5].replace(",", ".")) - B_TARGET)
pdf.row(X, y, W2, ["L", "R", "R", "R", "R", "R", "L"], cells, size=FS, font="Cond", style="B", vpad=1.3, h=h)
y += h
pdf.hline(X, XS2[-1], y, 0.8, TEAL)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 3.6, f"Stapeln visar avvikelsen mot målet på {d1(B_TARGET)} procent: åt höger när målet nås, åt "
         "vänster när det inte nås.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
met = [a for a in B_ADM if b_within(a) >= B_TARGET]
slow = sorted(B_ADM, key=lambda a: a[11], reverse=True)
pdf.p(f"Bara {WORD[len(met)]} förvaltningar når målet: kommunledningsförvaltningen och kultur- och "
      "fritidsförvaltningen. Socialförvaltningen och miljö- och byggförvaltningen har de längsta "
      "handläggningstiderna, och där har andelen som besvaras i tid dessutom minskat jämfört med 2025.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 3. Ärenden per kanal", new_x="LMARGIN", new_y="NEXT")
W3 = [60, 24, 24, 30]
A3 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.hline(X, X + sum(W3), y, 0.8, TEAL)
pdf.row(X, y + 0.2, W3, A3, ["Kanal", "2025", "2026", "Andel 2026, %"], size=8.6, font="Cond", style="B", h=6.2)
y += 6.6
pdf.hline(X, X + sum(W3), y, 0.4, TEAL)
for c in B_CHANNELS:
    h = pdf.row(X, y, W3, A3, b_channel_cells(c), size=8.8, font="Cond", vpad=1.1)
    y += h
pdf.hline(X, X + sum(W3), y, 0.4, TEAL)
h = pdf.row(X, y, W3, A3, ["Totalt", g(t["n25"]), g(t["n26"]), "100,0"], size=8.8, font="Cond", style="B", vpad=1.1)
y += h
pdf.hline(X, X + sum(W3), y, 0.8, TEAL)
pdf.set_y(y + 4)
etj = B_CHANNELS[0]
pdf.p(f"E-tjänsten är den vanligaste kanalen och stod för {d1(share(etj[2], t['n26']))} procent av ärendena. "
      "Antalet brev fortsätter att minska, medan fler lämnar synpunkter vid besök i kontaktcenter.", size=9.6)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Analys", size=12.5)
soc = adm["SOC"]
pdf.p(f"Socialförvaltningen besvarade {d1(b_within(soc))} procent av ärendena inom tio arbetsdagar. Förvaltningen "
      f"förklarar de långa handläggningstiderna med att {B_PASSAGE}.", size=9.6)
pdf.p("De vanligaste klagomålen 2026 gällde", size=9.6, after=1)
pdf.bullets(B_TOPICS, size=9.6, lh=4.8)
pdf.h1("4 Förbättringar 2027", size=12.5)
for head, subs in B_MEASURES:
    pdf.need(16)
    yy = pdf.get_y()
    pdf.set_fill_color(*TEAL)
    pdf.rect(pdf.l_margin + 1, yy + 2.1, 4.0, 0.9, style="F")
    pdf.set_xy(pdf.l_margin + 7, yy)
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(pdf.epw - 7, 4.8, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.6)
    for sub in subs:
        pdf.set_x(pdf.l_margin + 9)
        pdf.set_text_color(*TEAL)
        pdf.cell(5, 4.8, "›")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(pdf.epw - 14, 4.8, nb(sub), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "lägga sammanställningen av synpunkter och klagomål 2026 till handlingarna,",
    "uppdra åt socialförvaltningen och miljö- och byggförvaltningen att redovisa hur handläggningstiderna ska "
    "kortas, samt",
    "förbättringarna för 2027 följs upp i nästa års sammanställning."], size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Omsvala den {B_DATE.day} mars {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{B_CEO[0]}\n{B_CEO[1].capitalize()}", f"{B_AUTHOR[0]}\n{B_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
