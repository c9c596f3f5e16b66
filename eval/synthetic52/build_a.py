"""(a) Grenvika kommun – barn- och utbildningsnämnden: förskoleplan 2027–2031 (barn, platser och lokalbehov).

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages, raspberry
and sand. P. 1 has no running header: a DRAWN MARK OF THREE TOY BUILDING BLOCKS (two side by side and one on top, each
with a white circle, triangle or square cut into its face) beside "GRENVIKA KOMMUN / Barn- och utbildningsnämnden",
the title and subtitle on a FULL-WIDTH SAND PANEL WITH A RASPBERRY FOOT STRIPE, a key–value block, "1 Sammanfattning"
with COMPETING FIGURES in running text (1 629 enrolled vs 1 610 the year before vs 1 655 in last year's plan; 1 700
places and an occupancy of 95,8 % against the ceiling of 95 %; 1 817 children aged 1–5 in 2026 vs 1 918 in 2030; 1 708
places vs a need of 1 724 in 2030) and Figur 1, a FAN CHART of the children aged 1–5 (the outcome 2020–2026 as a solid
line with dots, the forecast 2027–2031 as a dashed line inside a SHADED FAN widening to the low and high alternatives,
every value printed at its point and the ends of the fan printed at 2031). Every page has a FOOTER WITH THE PAGE
NUMBER IN A RASPBERRY DISC at the bottom centre; pp. 2–4 have a running header ("Grenvika kommun" and "Förskoleplan
2027–2031") over a sand rule. P. 2: "2 Barn och platser per planeringsområde" a bulleted "Så har prognosen tagits
fram" with SMALL SQUARE BULLETS, and Tabell 1 as a LONG-FORMAT TABLE (one row per area and year: Planeringsområde / År
/ Underlag / Barn 1–5 år / Barn i förskola¹ / Platser² / Över- eller underskott / Beläggning, %) under a STACKED
HEADING ("Barn" and "Platser" each over two columns), the area written on every row – bold in the first row of its
block and grey after it –, the forecast rows in italics on a SAND TINT below a DASHED RULE, shortages in bold
raspberry on a DIAGONALLY HATCHED CELL; the table BREAKS after the Rödsta block with "Tabell 1 fortsätter på nästa
sida". P. 3: "Tabell 1 (forts.)" with the heading repeated, the last two areas and a "Hela kommunen" block of six bold
rows on a sand band, the notes ¹ ², then "Kommentarer per område" as paragraphs led by the area in raspberry small
capitals (the passage on Kolvreten). P. 4: "3 Planerade lokalförändringar", Tabell 2 (Nr / Förändring /
Planeringsområde / Platser / Klart / Status, the status word as a small OUTLINED TAG: filled for Beslutad, outlined
for Projektering, dashed for Utredning), "4 Förslag till beslut" as att-clauses, place and date and two signature
lines. No metadata title.
"""
import datetime as dt

from common52 import HERE, Doc
from data import (A_AREAS, A_YEARS, A_OUTCOME, A_CHANGES, A_DNR, A_DATE, A_HEAD, A_ANALYST, A_BREAK_AFTER, A_PASSAGE,
                  A_CLAUSES, A_OCC_TARGET, a_rows, a_cells, a_total, a_change_cells, a_fan, a_sentences,
                  a_rav_sentence, g, d1, share)

OUT = HERE / "grenvika-bun-forskoleplan-2027-2031.pdf"
RASP = (168, 34, 82)
PALE_RASP = (244, 214, 224)
SAND = (241, 232, 210)
DSAND = (205, 186, 142)
GREY = (110, 110, 110)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*RASP)
        self.set_xy(self.l_margin, 10.5)
        self.cell(80, 4, "Grenvika kommun")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 80, 4, "Förskoleplan 2027–2031", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.6, DSAND)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_fill_color(*RASP)
        cx, cy = self.w / 2, self.h - 11
        self.circle(cx, cy, 3.4, style="F")
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.set_xy(cx - 3.4, cy - 2)
        self.cell(6.8, 4, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


pdf = ADoc("Grenvika kommun", font="liberation", serif=True, accent=RASP, justify=True,
           created=dt.datetime(2027, 3, 9, 10, 15, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 20)
X = pdf.l_margin

# ---------------------------------------------------------------- p. 1
pdf.add_page()


def block(x, y, s, col, sym):
    """a toy block seen from the front with a white symbol on its face"""
    pdf.set_fill_color(*col)
    pdf.rect(x, y, s, s, style="F", round_corners=True, corner_radius=0.8)
    pdf.set_fill_color(255, 255, 255)
    c = (x + s / 2, y + s / 2)
    if sym == "circle":
        pdf.circle(c[0], c[1], s * 0.26, style="F")
    elif sym == "triangle":
        pdf.polygon([(c[0] - s * 0.3, c[1] + s * 0.24), (c[0] + s * 0.3, c[1] + s * 0.24), (c[0], c[1] - s * 0.3)],
                    style="F")
    else:
        pdf.rect(c[0] - s * 0.24, c[1] - s * 0.24, s * 0.48, s * 0.48, style="F")


block(22, 20.5, 8, RASP, "square")
block(30.8, 20.5, 8, DSAND, "circle")
block(26.4, 11.7, 8, (120, 24, 60), "triangle")
pdf.set_xy(43, 14.8)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*RASP)
pdf.cell(90, 6, "GRENVIKA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Barn- och utbildningsnämnden")
pdf.set_xy(130, 16.5)
pdf.set_font("Sans", "", 8)
pdf.cell(58, 4, f"Dnr {A_DNR}", align="R")
pdf.set_text_color(0, 0, 0)
# the sand title panel with a raspberry foot stripe
pdf.set_fill_color(*SAND)
pdf.rect(0, 33, pdf.w, 25, style="F")
pdf.set_fill_color(*RASP)
pdf.rect(0, 58, pdf.w, 1.6, style="F")
pdf.set_xy(22, 37.5)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*RASP)
pdf.cell(0, 9, "Förskoleplan 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(60, 45, 30)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 6, "Barn, platser och lokalbehov per planeringsområde", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(64)
pdf.kv([("Datum", A_DATE.isoformat()), ("Ansvarig", f"{A_HEAD[0]}, {A_HEAD[1]}"),
        ("Handläggare", f"{A_ANALYST[0]}, {A_ANALYST[1]}"), ("Till", "Barn- och utbildningsnämnden")],
       lw=30, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = a_sentences()
pdf.p(f"{s[0]} {s[1]} {s[2]}", size=9.8, lh=4.75)
pdf.p(f"{s[3]} Ökningen sker främst i Kolvreten, där ett nytt bostadsområde byggs ut. {s[4]} Underskottet "
      "uppstår i Kolvreten och Nybrona, medan Gillerud har lediga platser under hela perioden.", size=9.8, lh=4.75)

# Figur 1: fan chart of the children aged 1–5
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Barn i åldern 1–5 år i Grenvika, utfall 2020–2026 och prognos 2027–2031",
         new_x="LMARGIN", new_y="NEXT")
fan = a_fan()
y0 = pdf.get_y() + 5
CX0, CW, CH = 36, 146, 84
LO, HI = 1700, 2100


def fx(year):
    return CX0 + CW * (year - 2020) / (2031 - 2020)


def fy(v):
    return y0 + CH - CH * (v - LO) / (HI - LO)


pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
for v in range(1700, 2101, 100):
    pdf.hline(CX0 - 2, CX0 + CW + 2, fy(v), 0.1, (218, 218, 218))
    pdf.set_xy(CX0 - 13, fy(v) - 1.6)
    pdf.cell(10, 3.2, g(v), align="R")
for y_, *_ in fan:
    pdf.set_xy(fx(y_) - 5, y0 + CH + 1.2)
    pdf.cell(10, 3.2, str(y_), align="C")
pdf.set_text_color(0, 0, 0)
# the fan: from the last outcome point out to the low and high alternatives
pts_hi = [(fx(2026), fy(fan[6][1]))] + [(fx(y_), fy(hi)) for y_, _, lo, hi in fan[7:]]
pts_lo = [(fx(y_), fy(lo)) for y_, _, lo, hi in fan[7:]][::-1]
pdf.set_fill_color(*PALE_RASP)
pdf.polygon(pts_hi + pts_lo, style="F")
pdf.set_fill_color(250, 232, 238)
mid_hi = [(fx(2026), fy(fan[6][1]))] + [(fx(y_), fy(v + (hi - v) * 0.5)) for y_, v, lo, hi in fan[7:]]
mid_lo = [(fx(y_), fy(v - (v - lo) * 0.5)) for y_, v, lo, hi in fan[7:]][::-1]
pdf.set_fill_color(232, 178, 198)
pdf.polygon(mid_hi + mid_lo, style="F")
pdf.set_draw_color(*RASP)
pdf.set_line_width(0.55)
pdf.polyline([(fx(y_), fy(v)) for y_, v, *_ in fan[:7]])
pdf.set_dash_pattern(dash=1.2, gap=0.9)
pdf.polyline([(fx(y_), fy(v)) for y_, v, *_ in fan[6:]])
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_fill_color(*RASP)
for i, (y_, v, lo, hi) in enumerate(fan):
    if i <= 6:
        pdf.circle(fx(y_), fy(v), 0.9, style="F")
    else:
        pdf.set_fill_color(255, 255, 255)
        pdf.circle(fx(y_), fy(v), 0.9, style="FD")
        pdf.set_fill_color(*RASP)
    pdf.set_font("Sans", "B" if i == 6 else "", 6.6)
    pdf.set_xy(fx(y_) - 6, fy(v) - 5.0)
    pdf.cell(12, 3.2, g(v), align="C")
pdf.set_draw_color(0, 0, 0)
last = fan[-1]
pdf.set_font("Sans", "I", 6.4)
pdf.set_text_color(*RASP)
pdf.set_xy(fx(2031) + 1.5, fy(last[3]) - 1.6)
pdf.cell(14, 3.2, g(last[3]))
pdf.set_xy(fx(2031) + 1.5, fy(last[2]) - 1.6)
pdf.cell(14, 3.2, g(last[2]))
pdf.set_text_color(0, 0, 0)
pdf.hline(CX0 - 2, CX0 + CW + 2, y0 + CH, 0.35, (60, 60, 60))
pdf.vline(fx(2026) + 0.01, y0, y0 + CH, 0.15, (150, 150, 150), dash=(0.6, 0.8))
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
pdf.set_xy(fx(2026) - 22, y0 - 1)
pdf.cell(20, 3, "Utfall", align="R")
pdf.set_xy(fx(2026) + 2, y0 - 1)
pdf.cell(20, 3, "Prognos")
pdf.set_xy(22, y0 + CH + 6)
pdf.set_font("Serif", "I", 7.6)
pdf.multi_cell(0, 3.6, "Det skuggade fältet visar prognosens osäkerhet: den ljusa delen sträcker sig till den låga och den "
               "höga befolkningsprognosen, den mörkare delen till hälften av avståndet. "
               "Antal barn den 31 december. Källa: kommunens befolkningsprognos 2027.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1 (long format)
WID = [36, 11, 19, 18, 20, 18, 22, 22]
AL = ["L", "L", "L", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
FS = 8.8
RH = 5.3


def heading(y):
    pdf.hline(X, XS[-1], y, 0.8, RASP)
    pdf.set_font("Cond", "B", 8.4)
    for j, t in ((3, "Barn"), (5, "Platser")):
        pdf.set_xy(XS[j], y + 0.9)
        pdf.cell(XS[j + 2] - XS[j], 3.8, t, align="C")
        pdf.hline(XS[j] + 1.2, XS[j + 2] - 1.2, y + 5.0, 0.3, RASP)
    head = ["Planeringsområde", "År", "Underlag", "1–5 år", "i förskola\u00b9", "Antal\u00b2", "Över-/ underskott",
            "Beläggning, %"]
    pdf.no_split(WID, head, "Cond", "B", 8.4, what="Tabell 1 heading")
    pdf.row(X, y + 5.0, WID, AL, head, size=8.4, font="Cond", style="B", h=8.8)
    y += 14.0
    pdf.hline(X, XS[-1], y, 0.45, RASP)
    return y


def hatch(x, y, w, h):
    pdf.set_fill_color(*PALE_RASP)
    pdf.rect(x, y, w, h, style="F")
    with pdf.rect_clip(x, y, w, h):
        pdf.set_draw_color(226, 150, 176)
        pdf.set_line_width(0.2)
        k = 0.0
        while k < w + h:
            pdf.line(x + k - h, y + h, x + k, y)
            k += 1.4
    pdf.set_draw_color(0, 0, 0)


def area_block(y, rows, total=False):
    for i, r in enumerate(rows):
        cells = a_cells(r)
        if total:
            cells[0] = "Hela kommunen"
        fc = r[1] not in A_OUTCOME
        pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1")
        if total:
            pdf.set_fill_color(*SAND)
            pdf.rect(X, y, XS[-1] - X, RH, style="F")
        elif fc:
            pdf.set_fill_color(249, 244, 231)
            pdf.rect(X, y, XS[-1] - X, RH, style="F")
        short = r[6] < 0
        if short:
            hatch(XS[6] + 0.3, y + 0.3, WID[6] - 0.6, RH - 0.6)
        if fc and i > 0 and rows[i - 1][1] in A_OUTCOME:
            pdf.hline(X, XS[-1], y, 0.2, DSAND, dash=(0.8, 0.7))
        st = "B" if total else ("I" if fc else "")
        styles = [("B" if (i == 0 or total) else st)] + [st] * 5 + [("B" if short or total else st)] + [st]
        colors = [(None if (i == 0 or total) else GREY)] + [None] * 5 + [RASP if short else None] + [None]
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", h=RH, vpad=0.6, styles=styles, colors=colors)
        y += RH
    pdf.hline(X, XS[-1], y, 0.35, RASP)
    return y


rows = a_rows()
pdf.add_page()
pdf.h1("2 Barn och platser per planeringsområde", size=12.5)
pdf.p("Tabell 1 visar för varje planeringsområde och år antalet barn i åldern 1–5 år, antalet barn i förskolan och "
      "antalet platser. För 2025 och 2026 är det utfallet den 15 oktober, för 2027–2030 en prognos. I platserna för "
      "prognosåren ingår bara de lokalförändringar som nämnden redan har beslutat om (se tabell 2). Ett underskott "
      "betyder att behovet är större än antalet platser.", size=9.6, lh=4.6)
pdf.h2("Så har prognosen tagits fram", size=10.5)
pdf.bullets(["Antalet barn per område bygger på kommunens befolkningsprognos från februari 2027, som tar hänsyn "
             "till planerat bostadsbyggande.",
             "Behovet av platser beräknas med den andel av barnen i åldern 1–5 år som gick i förskola i området den "
             "15 oktober 2026.",
             "Barn som går i förskola i ett annat område än där de bor räknas till det område där förskolan ligger."],
            sym="\u25aa", size=9.4, lh=4.5, indent=5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Barn och förskoleplatser per planeringsområde och år 2025–2030", new_x="LMARGIN",
         new_y="NEXT")
y = heading(pdf.get_y() + 1.5)
areas = [a[0] for a in A_AREAS]
cut = areas.index(A_BREAK_AFTER) + 1
for a in areas[:cut]:
    y = area_block(y, [r for r in rows if r[0] == a])
if y > 266:
    raise SystemExit(f"Tabell 1 reaches y = {y:.1f} on p. 2")
pdf.set_xy(X, y + 1.5)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(XS[-1] - X, 4, "Tabell 1 fortsätter på nästa sida", align="R")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the rest of Tabell 1, comments
pdf.add_page()
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1.5)
for a in areas[cut:]:
    y = area_block(y, [r for r in rows if r[0] == a])
tot_rows = []
for yi, yr in enumerate(A_YEARS):
    t = a_total(yi)
    tot_rows.append(("Hela kommunen", yr, "Utfall" if yr in A_OUTCOME else "Prognos", t["pop"], t["need"],
                     t["places"], t["places"] - t["need"], share(t["need"], t["places"])))
y += 0.8
pdf.hline(X, XS[-1], y, 0.35, RASP)
y = area_block(y, tot_rows, total=True)
pdf.hline(X, XS[-1], y, 0.8, RASP)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "\u00b9 Utfall: inskrivna barn den 15 oktober. Prognos: beräknat behov av platser, utifrån "
               "befolkningsprognosen och den andel av barnen som går i förskola i området.\n\u00b2 Platser enligt "
               "lokalernas kapacitet den 15 oktober, med de beslutade förändringarna i tabell 2. Källa: "
               "barn- och utbildningsförvaltningen.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Kommentarer per område", size=11)


def area_par(name, text):
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*RASP)
    pdf.set_char_spacing(0.6)
    pdf.cell(0, 4.6, name.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.p(text, size=9.5, lh=4.55, after=1.8)


area_par("Kolvreten", f"Barnen i Kolvreten blir fler varje år under hela perioden. Orsaken är att {A_PASSAGE}. "
                      f"Redan 2026 var beläggningen över {A_OCC_TARGET} procent. {a_rav_sentence()}")
area_par("Nybrona", "Barnantalet ökar långsamt fram till 2028 och sedan snabbare. Utan tillbyggnaden av Kullåsens "
                    "förskola uppstår ett mindre underskott år 2030.")
area_par("Rödsta och Gillerud", "I Rödsta klarar paviljongen vid Gökens förskola behovet under hela perioden. I "
                                "Gillerud minskar barnantalet, och paviljongen kan avvecklas 2028 utan att det "
                                "uppstår brist på platser.")
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4: Tabell 2, proposal
pdf.add_page()
pdf.h1("3 Planerade lokalförändringar", size=12.5)
pdf.p("Tabell 2 visar de förändringar av förskolelokalerna som är beslutade eller under utredning. Förändringar med "
      "status Projektering eller Utredning ingår inte i platserna i tabell 1.", size=9.6, lh=4.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Planerade lokalförändringar 2027–2029", new_x="LMARGIN", new_y="NEXT")
W2 = [9, 63, 27, 15, 25, 27]
A2 = ["L", "L", "L", "R", "L", "L"]
X2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, X2[-1], y, 0.8, RASP)
head2 = ["Nr", "Förändring", "Planeringsområde", "Platser", "Klart", "Status"]
pdf.row(X, y + 0.2, W2, A2, head2, size=8.6, font="Cond", style="B", h=6.2)
y += 6.6
pdf.hline(X, X2[-1], y, 0.45, RASP)
for c in A_CHANGES:
    cells = a_change_cells(c)
    pdf.no_split(W2, cells, "Cond", "", 9.0, what="Tabell 2")
    h = pdf.row_h(W2, cells, size=9.0, font="Cond", vpad=1.6)
    # the status tag: filled (Beslutad), outlined (Projektering) or dashed (Utredning)
    tx, tw_, th = X2[5] + 0.6, 22, 4.6
    ty = y + (h - th) / 2
    if c[6] == "Beslutad":
        pdf.set_fill_color(*RASP)
        pdf.rect(tx, ty, tw_, th, style="F", round_corners=True, corner_radius=1.2)
        col = (255, 255, 255)
    else:
        pdf.set_draw_color(*RASP)
        pdf.set_line_width(0.3)
        if c[6] == "Utredning":
            pdf.set_dash_pattern(dash=0.7, gap=0.6)
        pdf.rect(tx, ty, tw_, th, style="D", round_corners=True, corner_radius=1.2)
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        col = RASP
    pdf.row(X, y, W2, A2, cells, size=9.0, font="Cond", vpad=1.6, h=h,
            styles=[None] * 5 + ["B"], colors=[None] * 5 + [col])
    y += h
    pdf.hline(X, X2[-1], y, 0.1, (205, 205, 205))
pdf.hline(X, X2[-1], y, 0.8, RASP)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Platser: förändringen av antalet platser. Klart: när platserna kan tas i bruk eller "
               "avvecklas.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p("Den nya förskolan Rävungen är den enda åtgärd som kan ta bort underskottet i Kolvreten. Förvaltningen "
      "bedömer att den behöver vara klar senast hösten 2029.", size=9.6, lh=4.6)
pdf.h1("4 Förslag till beslut", size=12.5)
pdf.att_list("Barn- och utbildningsnämnden föreslås besluta", A_CLAUSES, size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Grenvika den {A_DATE.day} mars {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{A_HEAD[0]}\n{A_HEAD[1].capitalize()}", f"{A_ANALYST[0]}\n{A_ANALYST[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
