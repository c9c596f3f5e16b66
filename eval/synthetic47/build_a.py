"""(a) Kusterby kommun – kultur- och fritidsnämnden: kulturskolans verksamhetsberättelse 2026.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages, plum and
gold. P. 1 has no running header: a DRAWN MUSIC STAFF across the top (five gold lines with plum note heads, stems, a
beamed pair of quavers and a bar line) over "KUSTERBY KOMMUN / Kultur- och fritidsnämnden · Kulturskolan", the title,
a key–value block, "1 Året i korthet" with COMPETING FIGURES in running text (842 vs 797 unique pupils; 15,4 vs 14,6 %
vs the target 18,0 % = 984 pupils; 989 vs 934 course places; the queue 345 vs 361 vs at most 300; net cost 14,2 vs the
budget 13,8 vs 13,1 mnkr; fees 2 638 vs 2 412 tkr) and Figur 1, a SUNBURST CHART (two rings: the four subject areas in
the inner ring with their share printed, the thirteen subjects in the outer ring with their course places printed,
"989 elevplatser" in the hole) with a legend listing the subjects of every area clockwise. Pp. 2–4 have a running
header (a short five-line staff motif, the municipality and "Kulturskolans verksamhetsberättelse 2026 · sida n av 4")
over a gold rule. P. 2: Tabell 1, pupils and queue per subject with a STACKED HEADING whose upper level "VT 2026" and
"HT 2026" sits on ROUNDED FOLDER TABS (plum and gold) over Elever / Kö, with Ämne and "Förändring elever VT–HT"
spanning both levels, the subject areas as GROUP ROWS in plum small capitals, an italic "Summa <område>" row under
each area and a bold "Kulturskolan totalt" row on a pale gold band; comments. P. 3: Tabell 2, the fees per term (2025
/ 2026 / change), a note on sibling discounts, and Tabell 3, goals with target, outcome 2025 and 2026 and an
assessment led by a DRAWN SMILEY (green smile = uppfyllt, amber straight mouth = delvis, red frown = ej uppfyllt).
P. 4: "5 Analys" (the passage on the piano queue), "6 Utvecklingsområden 2027" as GOLD DISC BULLETS WITH NESTED EN
DASHES, place and date and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common47 import HERE, Doc
from data import (A_SUBJECTS, A_AREAS, A_FEES, A_GOALS, A_DNR, A_DATE, A_HEAD, A_CHAIR, A_PASSAGE, A_DEVELOP,
                  a_cells, a_sum, a_sum_cells, a_area_share, a_fee_cells, a_goal_cells, a_goal_verdict, a_sentences,
                  g, d1)

OUT = HERE / "kusterby-kulturskolan-verksamhetsberattelse-2026.pdf"
PLUM = (96, 38, 92)
GOLD = (205, 152, 38)
PALE_GOLD = (250, 241, 218)
PALE_PLUM = (241, 230, 240)
GREY = (100, 100, 100)
AREA_COL = {"Musik": PLUM, "Dans": GOLD, "Teater": (38, 112, 118), "Bild och form": (176, 74, 64)}


def staff(pdf, x0, x1, y0, gap, notes=True, col_line=GOLD, col_note=PLUM, lw=0.25):
    for i in range(5):
        pdf.hline(x0, x1, y0 + i * gap, lw, col_line)
    if not notes:
        return
    pdf.set_fill_color(*col_note)
    pdf.set_draw_color(*col_note)
    # (x, staff step from the bottom line; half steps are spaces)
    seq = [(x0 + 14, 2), (x0 + 24, 3), (x0 + 34, 4.5), (x0 + 44, 3.5), (x0 + 60, 1.5), (x0 + 70, 2.5),
           (x0 + 86, 5), (x0 + 96, 4), (x0 + 112, 3), (x0 + 128, 1), (x0 + 138, 2)]
    heads = []
    for x, step in seq:
        if x > x1 - 6:
            continue
        y = y0 + 4 * gap - step * gap
        with pdf.rotation(20, x, y):
            pdf.ellipse(x - 1.5, y - 1.05, 3.0, 2.1, style="F")
        heads.append((x, y))
    pdf.set_line_width(0.35)
    for k, (x, y) in enumerate(heads):
        pdf.line(x + 1.35, y - 0.3, x + 1.35, y - 3.4 * gap)
    # beam the pairs (2,3) and (4,5)
    for a, b in ((2, 3), (4, 5)):
        if b < len(heads):
            (xa, ya), (xb, yb) = heads[a], heads[b]
            pdf.polygon([(xa + 1.1, ya - 3.4 * gap), (xb + 1.6, yb - 3.4 * gap), (xb + 1.6, yb - 3.4 * gap + 0.9),
                         (xa + 1.1, ya - 3.4 * gap + 0.9)], style="F")
    pdf.set_line_width(0.4)
    for xb in (x0 + 53, x0 + 105):
        if xb < x1:
            pdf.line(xb, y0, xb, y0 + 4 * gap)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        staff(self, 22, 34, 10.4, 1.0, notes=False, lw=0.2)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*PLUM)
        self.set_xy(37, 10.6)
        self.cell(70, 4, "Kusterby kommun · Kulturskolan")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(100, 10.6)
        self.cell(88, 4, f"Kulturskolans verksamhetsberättelse 2026 · sida {self.page_no()} av 4", align="R")
        self.hline(22, 188, 17, 0.5, GOLD)
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = ADoc("Kusterby kommun", font="liberation", serif=True, accent=PLUM, foot="", justify=True,
           created=dt.datetime(2027, 2, 9, 13, 20, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def heading(t, size=12.5):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(0, 6.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.2)


def caption(t):
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
staff(pdf, 22, 188, 10, 1.7)
pdf.set_xy(22, 22)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*PLUM)
pdf.cell(100, 6.5, "KUSTERBY KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Kultur- och fritidsnämnden · Kulturskolan")
pdf.set_text_color(0, 0, 0)
pdf.set_y(38)
pdf.set_font("Serif", "B", 21)
pdf.set_text_color(*PLUM)
pdf.cell(0, 10, "Kulturskolans verksamhetsberättelse 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Handläggare", f"{A_HEAD[0]}, {A_HEAD[1]}"),
        ("Till", "Kultur- och fritidsnämnden")], lw=32, size=9, lh=4.5)
heading("1 Året i korthet")
s = a_sentences()
pdf.p(f"{s[0]} {s[1]}", size=10)
pdf.p(f"{s[2]} {s[3]}", size=10)
pdf.p(s[4], size=10)
caption("Figur 1. Elevplatser per ämnesområde och ämne, höstterminen 2026")
top = pdf.get_y() + 2
cx, cy = 62, top + 38
R0, R1, R2, R3 = 12, 23, 24, 36
tot = a_sum(None)[2]


def ring_seg(a0, a1, r_in, r_out, col):
    pts = []
    steps = max(2, int((a1 - a0) / 2))
    for i in range(steps + 1):
        a = math.radians(a0 + (a1 - a0) * i / steps)
        pts.append((cx + r_out * math.sin(a), cy - r_out * math.cos(a)))
    for i in range(steps + 1):
        a = math.radians(a1 - (a1 - a0) * i / steps)
        pts.append((cx + r_in * math.sin(a), cy - r_in * math.cos(a)))
    pdf.set_fill_color(*col)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.5)
    pdf.polygon(pts, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def lighten(c, f):
    return tuple(int(v + (255 - v) * f) for v in c)


ang = 0.0
labels = []
for area in A_AREAS:
    n = a_sum(area)[2]
    span = n / tot * 360
    ring_seg(ang, ang + span, R0, R1, AREA_COL[area])
    labels.append((ang + span / 2, (R0 + R1) / 2, f"{d1(a_area_share(area))} %", (255, 255, 255), 7.4))
    sub_ang = ang
    subs = [s_ for s_ in A_SUBJECTS if s_[0] == area]
    for k, s_ in enumerate(subs):
        sp = s_[4] / tot * 360
        ring_seg(sub_ang, sub_ang + sp, R2, R3, lighten(AREA_COL[area], 0.35 + 0.22 * (k % 2)))
        labels.append((sub_ang + sp / 2, (R2 + R3) / 2, g(s_[4]), (30, 30, 30), 6.6))
        sub_ang += sp
    ang += span
for a, r, t, col, size in labels:
    x, y = cx + r * math.sin(math.radians(a)), cy - r * math.cos(math.radians(a))
    pdf.set_font("Cond", "B", size)
    pdf.set_text_color(*col)
    pdf.set_xy(x - 6, y - 1.6)
    pdf.cell(12, 3.2, t, align="C")
pdf.set_text_color(*PLUM)
pdf.set_font("Sans", "B", 10)
pdf.set_xy(cx - 9, cy - 3.6)
pdf.cell(18, 4.2, g(tot), align="C")
pdf.set_font("Sans", "", 6)
pdf.set_xy(cx - 9, cy + 0.4)
pdf.cell(18, 3, "elevplatser", align="C")
pdf.set_text_color(0, 0, 0)
# legend
lx, ly = 112, top + 6
for area in A_AREAS:
    n = a_sum(area)[2]
    pdf.set_fill_color(*AREA_COL[area])
    pdf.rect(lx, ly + 0.8, 3.4, 3.4, style="F")
    pdf.set_xy(lx + 5.5, ly)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(70, 5, f"{area} – {g(n)} elevplatser")
    ly += 5
    pdf.set_xy(lx + 5.5, ly)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(70, 3.6, ", ".join(s_[1] for s_ in A_SUBJECTS if s_[0] == area), align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    ly = pdf.get_y() + 2.6
pdf.set_xy(lx, ly + 1)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(70, 3.5, "Inre ringen: ämnesområdets andel av elevplatserna. Yttre ringen: elevplatser per ämne, "
               "medurs från klockan tolv i den ordning ämnena räknas upp.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_y(cy + R3 + 8)
pdf.p("Undervisningen bedrivs i kulturhuset i centrala Kusterby och på sex grundskolor. Kulturskolan hade under "
      "hösten 26 lärare som tillsammans arbetade 19,5 årsarbetare, varav en tjänst i piano var vakant.", size=10)
if pdf.page_no() != 1 or pdf.get_y() > pdf.h - 18:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
heading("2 Elever och kö per ämne")
pdf.p("Tabellen visar antalet elevplatser och antalet i kö vid varje termins start. En elev som går i två ämnen "
      "räknas en gång i varje ämne. Kön avser elever som har anmält intresse men ännu inte fått en plats.", size=10)
caption("Tabell 1. Elevplatser och kö per ämne, vårterminen och höstterminen 2026")
WID = [64, 20, 18, 20, 18, 26]
AL = ["L", "R", "R", "R", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 2
# the folder tabs of the upper heading level
for (i0, i1, lab, col) in ((1, 3, "VT 2026", PLUM), (3, 5, "HT 2026", GOLD)):
    pdf.set_fill_color(*col)
    pdf.rect(XS[i0] + 0.8, y, XS[i1] - XS[i0] - 1.6, 6.2, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"),
             corner_radius=2.2)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(XS[i0], y + 1)
    pdf.cell(XS[i1] - XS[i0], 4.2, lab, align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(XS[1], XS[5], y + 6.2, 0.6, PLUM)
# spanning headings and the lower level
pdf.set_font("Cond", "B", 9)
pdf.set_xy(XS[0] + 1.2, y + 7.4)
pdf.cell(WID[0] - 2.4, 4.4, "Ämne")
for i, t in ((1, "Elever"), (2, "Kö"), (3, "Elever"), (4, "Kö")):
    pdf.set_xy(XS[i] + 1.2, y + 7.4)
    pdf.cell(WID[i] - 2.4, 4.4, t, align="R")
pdf.set_xy(XS[5] + 1.2, y + 0.8)
pdf.multi_cell(WID[5] - 2.4, 3.7, "Förändring\nelever\nVT–HT", align="R")
y += 12.6
pdf.hline(X, XS[-1], y, 0.6, PLUM)
y += 0.6
for area in A_AREAS:
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_char_spacing(0.8)
    pdf.set_text_color(*PLUM)
    pdf.set_xy(X + 1.2, y + 1.6)
    pdf.cell(80, 4, area.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 6.4
    for s_ in [x for x in A_SUBJECTS if x[0] == area]:
        cells = a_cells(s_)
        h = pdf.row(X + 4, y, [WID[0] - 4] + WID[1:], AL, cells, size=9.4, font="Cond", vpad=0.9)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (215, 205, 215))
    h = pdf.row(X + 4, y, [WID[0] - 4] + WID[1:], AL, a_sum_cells(area), size=9.4, font="Cond", style="I", vpad=0.9)
    pdf.hline(XS[1], XS[-1], y + 0.2, 0.3, GOLD)
    y += h + 0.8
pdf.set_fill_color(*PALE_GOLD)
pdf.rect(X, y, XS[-1] - X, 6.6, style="F")
pdf.row(X, y, WID, AL, a_sum_cells(None), size=9.6, font="Cond", style="B", vpad=1.2)
y += 6.6
pdf.hline(X, XS[-1], y, 0.6, PLUM)
pdf.set_y(y + 4)
heading("Kommentarer", size=10.5)
pdf.p("Antalet elevplatser ökade mellan vår- och hösttermin i de flesta ämnen men minskade i piano, "
      "stråkinstrument och blåsinstrument. Längst kö har piano, följt av sång och streetdance. I stråk- och "
      "blåsinstrument fanns ingen kö när höstterminen började.", size=10)
pdf.p("Musiken svarar för drygt sex av tio elevplatser. Dansen har ökat mest i antal platser sedan våren, främst "
      "genom två nya grupper i streetdance för mellanstadiet.", size=10)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
heading("3 Avgifter")
pdf.p("Avgifterna beslutas av kommunfullmäktige och tas ut per termin. Höjningen 2026 var den första sedan 2022.",
      size=10)
caption("Tabell 2. Avgift per termin, kronor")
W2 = [94, 24, 24, 24]
A2 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.hline(22, 22 + sum(W2), y, 0.6, PLUM)
y += pdf.row(22, y, W2, A2, ["Avgift", "2025", "2026", "Förändring"], size=9, font="Cond", style="B", vpad=1.2)
pdf.hline(22, 22 + sum(W2), y, 0.3, PLUM)
for f in A_FEES:
    h = pdf.row(22, y, W2, A2, a_fee_cells(f), size=9.4, font="Cond", vpad=1.1)
    y += h
    pdf.hline(22, 22 + sum(W2), y, 0.1, (215, 205, 215))
pdf.hline(22, 22 + sum(W2), y, 0.6, PLUM)
pdf.set_xy(22, y + 1.5)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 4, "Syskonrabatt: det tredje syskonet och följande betalar ingen avgift. Den avgiftsfria "
               "öppna verksamheten omfattar lovaktiviteter och drop-in-ensembler.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
heading("4 Mål och resultat")
pdf.p("Nämnden har sex mål för kulturskolan i nämndplanen för 2026. Bedömningen är gjord av förvaltningen; ett mål "
      "räknas som delvis uppfyllt när utfallet ligger inom tio procent från målvärdet.", size=10)
caption("Tabell 3. Mål, indikatorer och utfall")
W3 = [36, 46, 22, 17, 17, 28]
A3 = ["L", "L", "R", "R", "R", "L"]
XS3 = [22 + sum(W3[:i]) for i in range(len(W3) + 1)]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*PLUM)
pdf.rect(22, y, sum(W3), 8.6, style="F")
pdf.row(22, y, W3, A3, ["Mål", "Indikator", "Målvärde 2026", "Utfall 2025", "Utfall 2026", "Bedömning"], size=8.6,
        font="Cond", style="B", color=(255, 255, 255), h=8.6)
y += 8.6


def smiley(x, yc, verdict):
    col = {"Uppfyllt": (70, 150, 80), "Delvis uppfyllt": (222, 160, 30), "Ej uppfyllt": (196, 60, 56)}[verdict]
    r = 2.3
    pdf.set_fill_color(*col)
    pdf.circle(x + r, yc, r, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x + r - 0.8, yc - 0.7, 0.32, style="F")
    pdf.circle(x + r + 0.8, yc - 0.7, 0.32, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.35)
    if verdict == "Delvis uppfyllt":
        pdf.line(x + r - 1.0, yc + 0.9, x + r + 1.0, yc + 0.9)
    else:
        sign = 1 if verdict == "Uppfyllt" else -1
        pts = []
        for i in range(9):
            t = -1 + i / 4
            pts.append((x + r + t * 1.15, yc + 0.9 + sign * (0.55 - 0.55 * t * t) - (0.3 if sign < 0 else 0)))
        pdf.polyline(pts)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


for k, goal in enumerate(A_GOALS):
    cells = a_goal_cells(goal)
    shown = cells[:5] + ["      " + cells[5]]
    h = pdf.row_h(W3, shown, size=9, font="Cond", vpad=1.2)
    if k % 2 == 1:
        pdf.set_fill_color(*PALE_PLUM)
        pdf.rect(22, y, sum(W3), h, style="F")
    pdf.row(22, y, W3, A3, shown, size=9, font="Cond", vpad=1.2, h=h, styles=[None, None, None, None, "B", None])
    smiley(XS3[5] + 1.4, y + h / 2, a_goal_verdict(goal))
    y += h
pdf.hline(22, XS3[-1], y, 0.6, PLUM)
pdf.set_y(y + 4)
pdf.p("Två mål är uppfyllda, två delvis uppfyllda och två inte uppfyllda. Andelen pojkar ökade något men ligger "
      "fortfarande långt från målet, och antalet konserter blev färre än året innan eftersom vårens musikal ställdes "
      "in.", size=10)
if pdf.page_no() != 3:
    raise SystemExit("p. 3 overflows")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
heading("5 Analys")
pdf.p(f"Kön till piano har vuxit eftersom {A_PASSAGE}. Förvaltningen bedömer att kön kan minska med ungefär en "
      "tredjedel under 2027 om den vakanta tjänsten tillsätts.", size=10)
pdf.p("Kulturskolan når fortfarande färre barn i de norra skolområdena. Där är kön kortare, men färre anmäler sig, "
      "och resvägarna till kulturhuset är långa. Därför fortsätter samarbetet med grundskolorna, där undervisningen "
      "kan ske direkt efter skoldagen.", size=10)
pdf.p("Könsfördelningen är fortsatt ojämn. Flickorna dominerar i dans, sång och bild och form, medan pojkarna är "
      "fler i slagverk, gitarr och band.", size=10)
heading("6 Utvecklingsområden 2027")
for t_, subs in A_DEVELOP:
    pdf.need(12)
    yb = pdf.get_y()
    pdf.set_fill_color(*GOLD)
    pdf.circle(25.2, yb + 2.5, 1.25, style="F")
    pdf.set_xy(29, yb)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(159, 5, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for x_ in subs:
        pdf.set_x(33)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(150, 5, x_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Kusterby den {A_DATE.day} februari {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.sign_lines([f"{A_CHAIR[0]}\nOrdförande", f"{A_HEAD[0]}\n{A_HEAD[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
