"""(e) Pilvalla kommun – kultur- och fritidsnämnden: idrottsanläggningar, bokningsstatistik 2026.

Layout: DejaVu Sans text (justified), DejaVu Sans Condensed tables, 4 pages: pp. 1, 3 and 4 portrait, P. 2 LANDSCAPE;
court orange and charcoal. P. 1 has no running header: a DRAWN BASKETBALL MARK (an orange disc with charcoal seams)
beside "PILVALLA KOMMUN / Kultur- och fritidsnämnden", a charcoal rule with a short orange segment at its left end,
"BOKNINGSSTATISTIK" in orange letter-spaced capitals above the title, a key–value block, "1 Sammanfattning" with
COMPETING FIGURES in running text (13 020 vs 13 360 booked hours; occupancy 85,3 vs 83,0 vs the target 80,0; children
and youth 48,3 vs 47,5 vs the target 50,0; fee revenue 2 365 vs the budget 2 140 and 2 298 the year before) and Figur
1, a NIGHTINGALE ROSE (POLAR AREA CHART) of the booked hours 2026 per weekday: seven wedges whose radius grows with the
square root of the hours (so the area is proportional), weekdays in charcoal and the weekend in orange, white dashed
reference arcs for 500, 1 000 and 2 000 hours inside the wedges and every weekday's hours printed outside its wedge. Pp. 2–4 have a running header (an orange
square bullet, "Pilvalla kommun · Idrottsanläggningar 2026" at the left, "Bokningsstatistik | sida n" at the right)
over a charcoal hairline. P. 2 (LANDSCAPE): Tabell 1 in LONG FORMAT – ONE ROW PER FACILITY AND YEAR with the facility
and its type repeated on both rows, the 2025 row in grey and the 2026 row in black, a STACKED HEADING ("Bokade timmar
per brukargrupp" over Barn och unga / Vuxna föreningar / Skolor / Övriga), "–" for none, a charcoal rule between the
facilities, occupancy under the target in ORANGE BOLD, and two total rows ("Samtliga 2025" in grey, "Samtliga 2026"
bold) on a pale orange band. P. 3 (portrait): "3 Taxor och intäkter" with Tabell 2 (fees per hour with a stacked
heading "Taxa 2026" / "Förslag 2027" over the three user groups, the proposal columns in ITALICS) and comments,
"4 Analys" (the passage on Ormviks sporthall). P. 4: "5 Prioriteringar 2027" as a numbered list, "Förslag till
beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common48 import HERE, Doc
from data import (E_ROWS, E_GROUPS, E_DNR, E_DATE, E_CHIEF, E_AUTHOR, E_OCC_TARGET, E_YOUTH_TARGET, E_WEEKDAYS,
                  E_FEES, E_REVENUE, E_PASSAGE, E_PRIORITIES, e_cells, e_occ, e_booked, e_year, e_total_cells,
                  e_weekdays, e_fee_cells, e_sentences, d1, g, WORD)

OUT = HERE / "pilvalla-kfn-idrottsanlaggningar-bokningsstatistik-2026.pdf"
ORANGE = (214, 96, 30)
CHAR = (50, 55, 62)
PALE_ORANGE = (252, 234, 220)
GREY = (120, 120, 120)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_fill_color(*ORANGE)
        self.rect(self.l_margin, 11.0, 2.6, 2.6, style="F")
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*CHAR)
        self.set_xy(self.l_margin + 4.4, 10.3)
        self.cell(100, 4, "Pilvalla kommun · Idrottsanläggningar 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 104.4, 4, f"Bokningsstatistik | sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, CHAR)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = EDoc("Pilvalla kommun", font="dejavu", serif=False, accent=CHAR, foot="", justify=True,
           created=dt.datetime(2027, 2, 23, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
cx, cy, r = 29, 21.5, 7.4
pdf.set_fill_color(*ORANGE)
pdf.circle(cx, cy, r, style="F")
pdf.set_draw_color(*CHAR)
pdf.set_line_width(0.6)
pdf.line(cx - r, cy, cx + r, cy)
pdf.line(cx, cy - r, cx, cy + r)
for sgn in (-1, 1):
    # a seam: part of a larger circle centred outside the ball, kept inside the ball
    sx, sr = cx + sgn * 1.5 * r, 1.12 * r
    pts = []
    for k in range(121):
        a = math.radians(k * 3)
        px_, py_ = sx + sr * math.cos(a), cy + sr * math.sin(a)
        if (px_ - cx) ** 2 + (py_ - cy) ** 2 <= (r - 0.3) ** 2:
            pts.append((px_, py_))
    pts.sort(key=lambda p_: p_[1])
    pdf.polyline(pts, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*CHAR)
pdf.cell(90, 6, "PILVALLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kultur- och fritidsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.7, CHAR)
pdf.hline(22, 52, 33, 1.6, ORANGE)
pdf.set_y(37.5)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ORANGE)
pdf.set_char_spacing(1.4)
pdf.cell(0, 4.6, "BOKNINGSSTATISTIK", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*CHAR)
pdf.cell(0, 9, "Idrottsanläggningar 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Bokade timmar per anläggning och brukargrupp, taxor och intäkter", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Handläggare", f"{E_AUTHOR[0]}, {E_AUTHOR[1]}"),
        ("Till", "Kultur- och fritidsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = e_sentences()
pdf.p(f"Kommunen hyr ut tider i sju idrottsanläggningar genom bokningssystemet. {s[0]} Minskningen beror på att "
      f"Ormviks sporthall var stängd i fyra månader. {s[1]}", size=9.6)
pdf.p(f"{s[2]} {s[3]}", size=9.6)

# Figur 1: Nightingale rose of the booked hours per weekday
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Bokade timmar 2026 per veckodag, samtliga anläggningar", new_x="LMARGIN", new_y="NEXT")
wd = e_weekdays()
top = pdf.get_y() + 4
RC = 37
CX, CY = 80, top + RC + 8
vmax = max(wd)
step = 360 / len(wd)
for i, (day, v) in enumerate(zip(E_WEEKDAYS, wd)):
    a0 = -90 + i * step + 1.2
    a1 = -90 + (i + 1) * step - 1.2
    rr = RC * math.sqrt(v / vmax)
    pts = [(CX, CY)]
    for k in range(25):
        a = math.radians(a0 + (a1 - a0) * k / 24)
        pts.append((CX + rr * math.cos(a), CY + rr * math.sin(a)))
    pdf.set_fill_color(*(ORANGE if i >= 5 else CHAR))
    pdf.polygon(pts, style="F")
    am = math.radians((a0 + a1) / 2)
    lx, ly = CX + (rr + 7.5) * math.cos(am), CY + (rr + 7.5) * math.sin(am)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_xy(lx - 10, ly - 3.6)
    pdf.cell(20, 3.6, day, align="C")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(lx - 10, ly)
    pdf.cell(20, 3.6, f"{g(v)} tim", align="C")
# reference circles on top of the wedges
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.3)
pdf.set_dash_pattern(dash=0.8, gap=0.8)
for i, v_ in enumerate(wd):
    a0 = -90 + i * step + 1.2
    a1 = -90 + (i + 1) * step - 1.2
    for v in (500, 1000, 2000):
        rr = RC * math.sqrt(v / vmax)
        if v < v_:
            pdf.polyline([(CX + rr * math.cos(math.radians(a0 + (a1 - a0) * k / 20)),
                           CY + rr * math.sin(math.radians(a0 + (a1 - a0) * k / 20))) for k in range(21)],
                         style="D")
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
# key
kx, ky = 138, top + 18
pdf.set_font("Sans", "", 7.8)
for lab, col in (("Måndag–fredag", CHAR), ("Lördag–söndag", ORANGE)):
    pdf.set_fill_color(*col)
    pdf.rect(kx, ky + 0.7, 3.2, 3.2, style="F")
    pdf.set_xy(kx + 4.8, ky)
    pdf.cell(40, 4.6, lab)
    ky += 6.2
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.set_xy(kx, ky + 2)
pdf.multi_cell(48, 3.5, "Ytan på varje tårtbit motsvarar antalet bokade timmar. De vita streckade cirklarna visar "
               "500, 1 000 och 2 000 timmar.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1, long format
pdf.add_page(orientation="L")
pdf.h1("2 Bokade timmar per anläggning", size=12.5)
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(0, 4.7, "Tabell 1 visar en rad per anläggning och år. Bokningsbara timmar är de timmar då anläggningen "
               "är öppen för bokning, vardagar 08–22 och helger 09–20, med avdrag för stängning. Skolornas timmar "
               "gäller idrottsundervisning dagtid. Övriga är privatpersoner, företag och arrangemang.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Bokningsbara och bokade timmar per anläggning, år och brukargrupp 2025–2026",
         new_x="LMARGIN", new_y="NEXT")
X = pdf.l_margin
WID = [46, 28, 14, 26, 24, 24, 24, 22, 22, 23]
AL = ["L", "L", "C", "R", "R", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - (pdf.w - pdf.r_margin)) > 0.5:
    raise SystemExit(f"Tabell 1 is {XS[-1] - X:.1f} mm wide, the page {pdf.epw:.1f} mm")
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, CHAR)
pdf.set_font("Cond", "B", 8.4)
pdf.set_xy(XS[5] + 1, y + 0.8)
pdf.cell(XS[9] - XS[5] - 2, 4, "Bokade timmar per brukargrupp", align="C")
pdf.hline(XS[5] + 1.2, XS[9] - 1.2, y + 5.4, 0.3, ORANGE)
HEAD = ["Anläggning", "Typ", "År", "Bokningsbara timmar", "Bokade timmar", "Barn och unga", "Vuxna föreningar",
        "Skolor", "Övriga", "Beläggning, %"]
hh = pdf.row_h(WID, HEAD, size=8.4, font="Cond", style="B", lh=3.7, vpad=0.6)
pdf.row(X, y + 5.8, WID, AL, HEAD, size=8.4, font="Cond", style="B", lh=3.7, vpad=0.6, h=hh)
y += 5.8 + hh
pdf.hline(X, XS[-1], y, 0.4, CHAR)
FS = 8.8
prev = None
for r in E_ROWS:
    cells = e_cells(r)
    if prev is not None and r[0] != prev:
        pdf.hline(X, XS[-1], y, 0.4, CHAR)
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.2)
    low = e_occ(r) < E_OCC_TARGET
    col = GREY if r[2] == 2025 else (0, 0, 0)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2, h=h, color=col,
            styles=[None] * 9 + ["B" if low else None], colors=[None] * 9 + [ORANGE if low else None])
    y += h
    if r[2] == 2025:
        pdf.hline(X + 1, XS[-1] - 1, y, 0.1, (215, 215, 215), dash=(0.6, 0.6))
    prev = r[0]
pdf.hline(X, XS[-1], y, 0.8, CHAR)
for yr in (2025, 2026):
    tc = e_total_cells(yr)
    cells = [tc[0], "", ""] + tc[1:]
    h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.2)
    pdf.set_fill_color(*PALE_ORANGE)
    pdf.rect(X, y, XS[-1] - X, h, style="F")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B" if yr == 2026 else "", vpad=1.2, h=h,
            color=GREY if yr == 2025 else (0, 0, 0))
    y += h
pdf.hline(X, XS[-1], y, 0.8, CHAR)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 3.6, f"Beläggning = bokade timmar i procent av bokningsbara timmar. Värden under målet på "
         f"{d1(E_OCC_TARGET)} procent är markerade med orange fetstil. – = inga bokningar.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"the landscape table overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.add_page(orientation="P")
pdf.h1("3 Taxor och intäkter", size=12.5)
pdf.p("Föreningar med verksamhet för barn och unga betalar en reducerad taxa. Nämnden föreslår att taxorna räknas upp "
      "inför 2027, med undantag för simhallen för barn och unga där taxan behålls.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Taxor per timme 2026 och förslag för 2027, kronor", new_x="LMARGIN", new_y="NEXT")
X = 22
W2 = [40, 21, 21, 21, 21, 21, 21]
A2 = ["L"] + ["R"] * 6
XS2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS2[-1], y, 0.8, CHAR)
pdf.set_font("Cond", "B", 8.4)
for c0, t_, st in ((1, "Taxa 2026", "B"), (4, "Förslag 2027", "BI")):
    pdf.set_font("Cond", st, 8.4)
    pdf.set_xy(XS2[c0] + 1, y + 0.8)
    pdf.cell(3 * W2[1] - 2, 4, t_, align="C")
    pdf.hline(XS2[c0] + 1.2, XS2[c0 + 3] - 1.2, y + 5.4, 0.3, ORANGE)
H2 = ["Anläggningstyp"] + ["Barn och unga", "Vuxna föreningar", "Övriga"] * 2
hh = pdf.row_h(W2, H2, size=8.2, font="Cond", style="B", lh=3.7, vpad=0.6)
pdf.row(X, y + 5.8, W2, A2, H2, size=8.2, font="Cond", style="B", lh=3.7, vpad=0.6, h=hh,
        styles=[None] * 4 + ["BI"] * 3)
y += 5.8 + hh
pdf.hline(X, XS2[-1], y, 0.4, CHAR)
for f in E_FEES:
    h = pdf.row(X, y, W2, A2, e_fee_cells(f), size=FS, font="Cond", vpad=1.3, styles=[None] * 4 + ["I"] * 3)
    y += h
    pdf.hline(X, XS2[-1], y, 0.1, (205, 205, 205))
pdf.hline(X, XS2[-1], y, 0.8, CHAR)
pdf.set_y(y + 5)
t6 = e_year(2026)
pdf.p(f"Intäkterna från avgifterna blev {g(E_REVENUE[1])} tkr, trots att det totala antalet bokade timmar minskade. "
      "Det förklaras av att fler timmar hyrdes ut till företag och privatpersoner, som betalar full taxa, och av "
      "att ishallen hyrdes ut för två arrangemang under sportlovet.", size=9.6)
pdf.h1("4 Analys", size=12.5)
orm = [r for r in E_ROWS if r[0] == "Ormviks sporthall"]
pdf.p(f"Ormviks sporthall hade {g(e_booked(orm[1]))} bokade timmar 2026 mot {g(e_booked(orm[0]))} året innan. "
      f"Minskningen beror på att {E_PASSAGE}. Hallen öppnade igen i september.", size=9.6)
low = [r for r in E_ROWS if r[2] == 2026 and e_occ(r) < E_OCC_TARGET]
pdf.p(f"Bara {WORD[len(low)]} anläggning hade en beläggning under målet 2026. Störst andel för barn och unga hade "
      "Uddsängens IP, där fotbollsföreningarnas ungdomslag tränar varje vardagskväll från april till oktober. "
      "Lägst andel hade Ursjöbadet, där skolornas simundervisning tar en stor del av tiderna.", size=9.6)
pdf.p("Andelen för barn och unga ligger fortfarande under målet. Flest timmar för barn och unga finns i "
      "Pilvallahallen, men där tar skolorna och vuxenföreningarna en stor del av kvällstiderna.", size=9.6)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("5 Prioriteringar 2027", size=12.5)
pdf.numbered(E_PRIORITIES, size=9.6, lh=4.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kultur- och fritidsnämnden föreslås besluta", [
    "lägga bokningsstatistiken för 2026 till handlingarna,",
    "föreslå kommunfullmäktige att fastställa taxorna för 2027 enligt tabell 2, samt",
    "prioriteringarna för 2027 gäller vid fördelningen av träningstider inför säsongen 2027/28."], size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Pilvalla den {E_DATE.day} februari {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{E_CHIEF[0]}\n{E_CHIEF[1].capitalize()}", f"{E_AUTHOR[0]}\n{E_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
