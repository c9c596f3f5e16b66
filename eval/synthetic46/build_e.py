"""(e) Skebrinna kommun – kommunstyrelsen: uppföljning av intern kontroll 2026 (tjänsteskrivelse).

Layout: Liberation Sans text, Liberation Sans Narrow tables, 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; navy and
crimson. P. 1 has no running header: a DRAWN KEYHOLE MARK (a navy keyhole in a crimson rounded square) beside
"SKEBRINNA KOMMUN / Kommunstyrelsen", "TJÄNSTESKRIVELSE" right-aligned in grey letter-spaced capitals, a navy rule,
the title, a key–value block, "1 Sammanfattning" with COMPETING COUNTS in running text (fourteen control points,
twelve carried out, two not; 501 items examined, 47 deviations = 9,4 % vs 11,4 % the year before; four / five / three
by result) and Figur 1, an ÅRSHJUL (YEAR WHEEL): a ring of twelve month sectors (alternately tinted) with the month
abbreviations round the outside, the number of every control point placed as a SMALL NUMBERED DISC in the sector of
each month it was carried out (crimson for a significant deficiency, navy for the others, a hollow grey disc for the
controls that were not carried out), "2026" and "Kontroller per månad" in the hub, and a key beside the wheel. P. 2
(landscape, running header): Tabell 1 with the PROCESSES AS NAVY GROUP BANDS WITH WHITE LETTER-SPACED CAPITALS, a
THIN RISK-LEVEL BAR (green / amber / crimson) in front of every risk value, the result led by a DRAWN RESULT SYMBOL
(a tick, a warning triangle, a crossed disc, a dashed ring), "–" for the controls not carried out, a bold "Summa
genomförda kontroller" row over a double rule, and a legend of the symbols and levels. P. 3 (portrait, running
header): Tabell 2, the measures decided (Nr / Åtgärd / Kontroll / Ansvarig / Klart senast) with ISO dates, comments
(the passage on the continuity plans), "Förslag till beslut" as att-clauses and two signature lines. No metadata
title.
"""
import datetime as dt
import math

from common46 import HERE, Doc
from data import (E_ROWS, E_MEASURES, E_DNR, E_DATE, E_AUTHOR, E_CFO, E_CEO, E_PASSAGE, e_cells, e_sum_cells,
                  e_measure_cells, e_sentences, e_months, e_level, e_count, e_done)

OUT = HERE / "skebrinna-ks-uppfoljning-intern-kontroll-2026.pdf"
NAVY = (25, 42, 92)
CRIMSON = (178, 34, 52)
PALE_NAVY = (228, 232, 243)
GREY = (110, 110, 110)
LEVEL = {"Låg": (80, 160, 90), "Medel": (226, 160, 40), "Hög": CRIMSON}
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*NAVY)
        self.set_xy(self.l_margin, 10.4)
        self.cell(100, 4, "Skebrinna kommun · Kommunstyrelsen")
        self.set_font("Sans", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"Uppföljning av intern kontroll 2026 · {E_DNR} · sida {self.page_no()} (3)",
                  align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.5, NAVY)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = EDoc("Skebrinna kommun", font="liberation", serif=False, accent=NAVY, foot="", justify=False,
           created=dt.datetime(2027, 2, 8, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*CRIMSON)
pdf.rect(22, 13.5, 13, 13, style="F", round_corners=True, corner_radius=2.2)
pdf.set_fill_color(255, 255, 255)
pdf.circle(28.5, 18.2, 2.3, style="F")
pdf.polygon([(27.3, 19.0), (29.7, 19.0), (30.6, 24.2), (26.4, 24.2)], style="F")
pdf.set_xy(39, 14.8)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*NAVY)
pdf.cell(80, 6, "SKEBRINNA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Kommunstyrelsen")
pdf.set_xy(120, 16.5)
pdf.set_font("Sans", "B", 8)
pdf.set_char_spacing(1.2)
pdf.cell(68, 4.6, "TJÄNSTESKRIVELSE", align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 0.8, NAVY)
pdf.set_y(36)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*NAVY)
pdf.cell(0, 9, "Uppföljning av intern kontroll 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Handläggare", f"{E_AUTHOR[0]}, {E_AUTHOR[1]}"),
        ("Till", "Kommunstyrelsen")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = e_sentences()
pdf.p("Kommunstyrelsen ska varje år följa upp den interna kontrollen enligt kommunens reglemente för intern "
      f"kontroll. {s[0]} {s[1]}", size=9.8)
pdf.p(f"{s[2]} De väsentliga bristerna gäller representation, dokumentation av direktupphandlingar och att "
      "behörigheter inte tas bort när en anställning upphör. För varje brist har en åtgärd beslutats, se tabell 2.",
      size=9.8)
pdf.p("Figur 1 visar när under året kontrollerna genomfördes eller skulle ha genomförts.", size=9.8)

# Figur 1: year wheel
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Årshjul för den interna kontrollen 2026", new_x="LMARGIN", new_y="NEXT")
cx, cy = 72, pdf.get_y() + 51
R_OUT, R_IN = 44, 13
sig = {r[0] for r in E_ROWS if r[7] == "Väsentliga brister"}
notdone = {r[0] for r in E_ROWS if r[5] is None}


def pol(r, a):
    # 0 degrees = twelve o'clock, clockwise
    return cx + r * math.sin(math.radians(a)), cy - r * math.cos(math.radians(a))


for m in range(12):
    a0, a1 = m * 30, (m + 1) * 30
    pts = [pol(R_IN, a0)] + [pol(R_OUT, a0 + t) for t in range(0, 31, 3)] + [pol(R_IN, a1 - t) for t in
                                                                             range(0, 31, 3)]
    pdf.set_fill_color(*(PALE_NAVY if m % 2 == 0 else (244, 246, 251)))
    pdf.polygon(pts, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.6)
    x0_, y0_ = pol(R_IN, a0)
    x1_, y1_ = pol(R_OUT, a0)
    pdf.line(x0_, y0_, x1_, y1_)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    lx, ly = pol(R_OUT + 4.5, a0 + 15)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(lx - 5, ly - 1.8)
    pdf.cell(10, 3.6, MONTHS[m], align="C")
    pdf.set_text_color(0, 0, 0)
    # the controls of this month as small numbered discs
    nums = [r[0] for r in E_ROWS if m + 1 in e_months(r)]
    slots = []
    rr = R_OUT - 4.2
    while len(slots) < len(nums):
        cap = max(1, int(math.radians(26) * rr // 4.7))
        take = min(cap, len(nums) - len(slots))
        step = math.degrees(4.7 / rr)
        for j in range(take):
            slots.append((rr, a0 + 15 + (j - (take - 1) / 2) * step))
        rr -= 5.0
    for n, (rr_, ang) in zip(nums, slots):
        dx, dy = pol(rr_, ang)
        if n in notdone:
            pdf.set_draw_color(*GREY)
            pdf.set_line_width(0.35)
            pdf.set_dash_pattern(dash=0.6, gap=0.5)
            pdf.circle(dx, dy, 2.1, style="D")
            pdf.set_dash_pattern()
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(*GREY)
        else:
            pdf.set_fill_color(*(CRIMSON if n in sig else NAVY))
            pdf.circle(dx, dy, 2.1, style="F")
            pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 6.0)
        pdf.set_xy(dx - 2.1, dy - 1.6)
        pdf.cell(4.2, 3.2, str(n), align="C")
        pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(*NAVY)
pdf.circle(cx, cy, R_IN - 1, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 11)
pdf.set_xy(cx - 10, cy - 4.5)
pdf.cell(20, 5, "2026", align="C")
pdf.set_font("Sans", "", 6.2)
pdf.set_xy(cx - 11, cy + 0.6)
pdf.multi_cell(22, 2.8, "Kontroller\nper månad", align="C")
pdf.set_text_color(0, 0, 0)
# key
kx, ky = 130, cy - 24
pdf.set_font("Sans", "B", 8.4)
pdf.set_xy(kx, ky)
pdf.cell(60, 4.5, "Så läser du årshjulet")
ky += 7
for kind, lab in (("n", "Kontroll genomförd"), ("s", "Kontroll med väsentliga brister"),
                  ("x", "Kontroll som inte genomfördes")):
    if kind == "x":
        pdf.set_draw_color(*GREY)
        pdf.set_dash_pattern(dash=0.6, gap=0.5)
        pdf.circle(kx + 2.3, ky + 2.2, 2.0, style="D")
        pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)
    else:
        pdf.set_fill_color(*(CRIMSON if kind == "s" else NAVY))
        pdf.circle(kx + 2.3, ky + 2.2, 2.0, style="F")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_xy(kx + 6.5, ky)
    pdf.cell(54, 4.4, lab)
    ky += 6.5
pdf.set_xy(kx, ky + 2)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.multi_cell(58, 3.8, "Siffran i varje rund markering är kontrollmomentets nummer i tabell 1. Kontroller som görs flera "
               "gånger om året finns med i varje månad då de genomförs.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_y(cy + R_OUT + 9)
if pdf.page_no() != 1 or pdf.get_y() > pdf.h - 16:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape)
pdf.add_page(orientation="L")
pdf.h1("2 Kontrollmoment och resultat", size=12.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Kontrollmoment, riskvärde, frekvens och resultat 2026", new_x="LMARGIN", new_y="NEXT")
WID = [10, 92, 20, 24, 21, 21, 22, 43]
AL = ["R", "L", "R", "L", "R", "R", "R", "L"]
HEAD = ["Nr", "Kontrollmoment", "Riskvärde", "Frekvens", "Granskat, antal", "Avvikelser, antal",
        "Andel avvikelser, %", "Resultat"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 1.0, NAVY)
pdf.set_font("Cond", "B", 8.6)
for i, t in enumerate(HEAD):
    lines = pdf.cell_lines(WID[i], t, "Cond", "B", 8.6)
    for j, ln in enumerate(lines):
        pdf.set_xy(XS[i] + 1.2, y + 9.4 - len(lines) * 3.8 - 0.6 + j * 3.8)
        pdf.cell(WID[i] - 2.4, 3.8, ln, align=AL[i])
y += 9.8
pdf.hline(X, XS[-1], y, 0.4, NAVY)


def result_symbol(res, x, yc):
    if res == "Utan anmärkning":
        pdf.set_draw_color(60, 140, 70)
        pdf.set_line_width(0.6)
        pdf.line(x, yc, x + 1.2, yc + 1.3)
        pdf.line(x + 1.2, yc + 1.3, x + 3.4, yc - 1.6)
    elif res == "Mindre brister":
        pdf.set_fill_color(226, 160, 40)
        pdf.polygon([(x + 1.7, yc - 1.9), (x + 3.6, yc + 1.5), (x - 0.2, yc + 1.5)], style="F")
    elif res == "Väsentliga brister":
        pdf.set_fill_color(*CRIMSON)
        pdf.circle(x + 1.7, yc, 1.9, style="F")
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.45)
        pdf.line(x + 0.9, yc - 0.8, x + 2.5, yc + 0.8)
        pdf.line(x + 2.5, yc - 0.8, x + 0.9, yc + 0.8)
    else:
        pdf.set_draw_color(*GREY)
        pdf.set_line_width(0.35)
        pdf.set_dash_pattern(dash=0.6, gap=0.5)
        pdf.circle(x + 1.7, yc, 1.8, style="D")
        pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


proc = None
for r in E_ROWS:
    if r[1] != proc:
        proc = r[1]
        pdf.set_fill_color(*NAVY)
        pdf.rect(X, y + 0.5, XS[-1] - X, 4.8, style="F")
        pdf.set_font("Sans", "B", 7.6)
        pdf.set_char_spacing(1.0)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(X + 2, y + 0.9)
        pdf.cell(120, 4, proc.upper())
        pdf.set_char_spacing(0)
        pdf.set_text_color(0, 0, 0)
        y += 5.5
    cells = e_cells(r)
    shown = list(cells)
    shown[7] = "      " + cells[7]
    h = max(5.8, pdf.row_h(WID, shown, size=9.0, font="Cond", vpad=0.9))
    pdf.row(X, y, WID, AL, shown, size=9.0, font="Cond", vpad=0.9, h=h,
            styles=[None, None, "B", None, None, None, None, None])
    pdf.set_fill_color(*LEVEL[e_level(r[3])])
    pdf.rect(XS[2] + 4, y + 1.4, 1.3, h - 2.8, style="F")
    result_symbol(r[7], XS[7] + 1.6, y + h / 2)
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, XS[-1], y + 0.3, 0.3, NAVY)
pdf.hline(X, XS[-1], y + 1.0, 0.3, NAVY)
sc = e_sum_cells()
pdf.row(X, y + 1.0, WID, AL, ["", sc[0], "", "", sc[1], sc[2], sc[3], ""], size=9.0, font="Cond", style="B",
        vpad=1.3)
y += 7.6
pdf.hline(X, XS[-1], y, 1.0, NAVY)
# legend
y += 3
pdf.set_font("Sans", "", 7.8)
lx = X
pdf.set_xy(lx, y)
pdf.set_text_color(*GREY)
pdf.cell(26, 4, "Riskvärde:")
lx += 20
for lev, rng in (("Låg", "1–4"), ("Medel", "6–8"), ("Hög", "9–16")):
    pdf.set_fill_color(*LEVEL[lev])
    pdf.rect(lx, y + 0.5, 1.3, 3, style="F")
    pdf.set_xy(lx + 2.5, y)
    pdf.cell(24, 4, f"{lev} {rng}")
    lx += 24
lx += 8
for res in ("Utan anmärkning", "Mindre brister", "Väsentliga brister", "Ej genomförd"):
    result_symbol(res, lx, y + 2)
    pdf.set_xy(lx + 5, y)
    pdf.cell(32, 4, res)
    lx += 36
pdf.set_text_color(0, 0, 0)
pdf.set_xy(X, y + 6)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Riskvärdet är sannolikhet gånger konsekvens, båda bedömda på en skala 1–4. Andel avvikelser = "
         "avvikelser / granskat.")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.add_page(orientation="P")
pdf.h1("3 Beslutade åtgärder", size=12.5)
pdf.p("För kontrollmoment med väsentliga brister och för de kontroller som inte genomfördes har kommundirektören "
      "beslutat om åtgärder. Åtgärderna följs upp i internkontrollplanen för 2027.", size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Beslutade åtgärder med anledning av uppföljningen", new_x="LMARGIN", new_y="NEXT")
W2 = [10, 74, 16, 40, 26]
A2 = ["L", "L", "C", "L", "R"]
X = 22
y = pdf.get_y() + 1.5
pdf.set_fill_color(*NAVY)
pdf.rect(X, y, sum(W2), 7, style="F")
pdf.row(X, y, W2, A2, ["Nr", "Åtgärd", "Kontroll", "Ansvarig", "Klart senast"], size=8.8, font="Cond", style="B",
        color=(255, 255, 255), h=7)
y += 7
for k, m in enumerate(E_MEASURES):
    cells = e_measure_cells(m)
    h = pdf.row_h(W2, cells, size=9.0, font="Cond", vpad=1.3)
    if k % 2 == 1:
        pdf.set_fill_color(243, 245, 250)
        pdf.rect(X, y, sum(W2), h, style="F")
    pdf.row(X, y, W2, A2, cells, size=9.0, font="Cond", vpad=1.3, h=h,
            styles=[None, None, None, None, "B"])
    y += h
pdf.hline(X, X + sum(W2), y, 0.8, NAVY)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
pdf.p(f"Kontrollen av kontinuitetsplaner genomfördes inte eftersom {E_PASSAGE}. Kontrollen av föreningsbidragen "
      "sköts upp när bidragsreglerna ändrades i september och görs i stället i efterhand under våren 2027.",
      size=9.8)
pdf.p("Andelen avvikelser var högst för representationen, där nästan var fjärde granskad faktura saknade "
      "uppgift om syfte eller deltagare. Bristerna i diarieföringen gäller främst handlingar som kommer in via "
      "e-post till enskilda medarbetare.", size=9.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "godkänna uppföljningen av den interna kontrollen 2026,",
    "uppdra åt kommundirektören att genomföra de åtgärder som anges i tabell 2, samt",
    "kontrollmoment 11 och 14 förs över till internkontrollplanen för 2027."], size=9.8)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Skebrinna den {E_DATE.day} februari {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{E_CEO[0]}\n{E_CEO[1].capitalize()}", f"{E_CFO[0]}\n{E_CFO[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
