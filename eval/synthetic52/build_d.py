"""(d) Region Norrgala – hälso- och sjukvårdsnämnden: läkemedelskostnader 2026, uppföljning mot budget per klinik och
terapigrupp.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, DejaVu Sans Mono for the ATC codes, portrait, 3 pages,
pharmacy green and lilac. P. 1 has no running header: a DRAWN CAPSULE (a tilted two-tone pill, green and white with a
green outline) beside "REGION NORRGALA / Hälso- och sjukvårdsnämnden · Läkemedelsenheten", a green rule with a lilac
end, the title and subtitle, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (1 135,8
vs the budget of 1 096,4 mnkr and 1 056,0 in 2025, +7,6 %; förmånsläkemedel 846,2 vs 824,4 vs 799,1; rekvisition
289,6, 17,6 over budget; 4 008 vs 3 746 kronor per inhabitant) and Figur 1, a GROUPED COLUMN CHART per clinic (the
budget as a HATCHED LILAC OUTLINE COLUMN, the outcome as a solid green column beside it, every value printed above its
column, the clinic names under the axis on two lines) with a legend. Pp. 2–3 have a running header ("Region Norrgala ·
Läkemedelskostnader 2026" and "n/3") over a green hairline. P. 2: "2 Rekvisitionsläkemedel per klinik" and Tabell 1
(ATC / Terapigrupp / Utfall 2025 / Budget 2026 / Utfall 2026 / Avvikelse mot budget¹ / Förändring mot 2025, %), the
ATC codes in GREY MONOSPACE, the clinics as GROUP ROWS ON A PALE GREEN BAND LED BY A SMALL DRAWN CAPSULE, negative
deviations in red, an italic bold "Summa <klinik>" row over a thin rule closing every clinic, a bold total row over
a double rule and the footnote ¹. P. 3: "3 Förmånsläkemedel och nyckeltal" with a KEY-FIGURE STRIP OF THREE BOXES WITH
A THICK LILAC TOP EDGE (the value large, the label small, the previous year in grey), "4 Analys" (the passage on the
eye medicines), "5 Åtgärder 2027" as a NUMBERED LIST IN CIRCLED NUMBERS, "Förslag till beslut" as att-clauses and two
signature lines. No metadata title.
"""
import datetime as dt

from common52 import HERE, Doc, DJ
from data import (D_ROWS, D_CLINICS, D_DNR, D_DATE, D_PHARM, D_ECON, D_FORMAN, D_POP, D_PASSAGE, D_ACTIONS,
                  d_cells, d_clinic_rows, d_clinic_sum_cells, d_total_cells, d_sum, d_all, d_sentences, d1, g, pct)

OUT = HERE / "region-norrgala-lakemedelskostnader-2026.pdf"
GREEN = (0, 118, 92)
PALE_GREEN = (226, 242, 236)
LILAC = (118, 88, 160)
PALE_LILAC = (232, 226, 242)
RED = (190, 40, 40)
GREY = (105, 105, 105)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Region Norrgala · Läkemedelskostnader 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"{self.page_no()}/3", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, GREEN)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = DDoc("Region Norrgala", font="dejavu", serif=False, accent=GREEN, justify=False,
           created=dt.datetime(2027, 3, 16, 9, 40, tzinfo=dt.timezone.utc))
pdf.add_font("Mono", "", DJ + "DejaVuSansMono.ttf")
pdf.set_auto_page_break(True, 18)
X = pdf.l_margin


def capsule(cx, cy, length, width, angle):
    """a two-tone pill: the left half green, the right half white, with a green outline"""
    r = width / 2
    with pdf.rotation(angle, cx, cy):
        x0 = cx - length / 2
        pdf.set_fill_color(*GREEN)
        pdf.rect(x0, cy - r, length / 2, width, style="F", round_corners=("TOP_LEFT", "BOTTOM_LEFT"),
                 corner_radius=r)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(*GREEN)
        pdf.set_line_width(0.45)
        pdf.rect(cx, cy - r, length / 2, width, style="FD", round_corners=("TOP_RIGHT", "BOTTOM_RIGHT"),
                 corner_radius=r)
        pdf.rect(x0, cy - r, length, width, style="D", round_corners=True, corner_radius=r)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
capsule(29, 20, 15, 6.4, 35)
pdf.set_xy(40, 14)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GREEN)
pdf.cell(90, 6, "REGION NORRGALA", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(100, 4.6, "Hälso- och sjukvårdsnämnden · Läkemedelsenheten")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 170, 31, 0.8, GREEN)
pdf.hline(170, 188, 31, 0.8, LILAC)
pdf.set_y(35)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Läkemedelskostnader 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Uppföljning mot budget per klinik och terapigrupp", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Ansvarig", f"{D_PHARM[0]}, {D_PHARM[1]}"),
        ("Till", "Hälso- och sjukvårdsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = d_sentences()
pdf.p(f"{s[0]} {s[1]}", size=9.5, lh=4.7)
pdf.p(f"{s[2]} {s[3]} Alla fyra kliniker överskred sin budget för rekvisitionsläkemedel, psykiatriska kliniken "
      "dock bara marginellt. Överskridandet var störst på onkologiska kliniken.", size=9.5, lh=4.7)
pdf.p(s[4], size=9.5, lh=4.7)

# Figur 1: grouped columns per clinic
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Rekvisitionsläkemedel per klinik 2026, budget och utfall, mnkr", new_x="LMARGIN",
         new_y="NEXT")
y0 = pdf.get_y() + 8
CX0, CW, CH, VMAX = 34, 150, 62, 160
base = y0 + CH
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
for v in range(0, 161, 40):
    yy = base - CH * v / VMAX
    pdf.hline(CX0, CX0 + CW, yy, 0.1, (220, 220, 220))
    pdf.set_xy(CX0 - 11, yy - 1.6)
    pdf.cell(9, 3.2, str(v), align="R")
pdf.set_text_color(0, 0, 0)
slot = CW / len(D_CLINICS)
BW = 13
for i, cl in enumerate(D_CLINICS):
    a, b, u = d_sum(d_clinic_rows(cl))
    xb = CX0 + i * slot + slot / 2 - BW - 0.8
    xu = CX0 + i * slot + slot / 2 + 0.8
    hb, hu = CH * b / VMAX, CH * u / VMAX
    # the budget column: a hatched lilac outline
    pdf.set_fill_color(*PALE_LILAC)
    pdf.rect(xb, base - hb, BW, hb, style="F")
    with pdf.rect_clip(xb, base - hb, BW, hb):
        pdf.set_draw_color(*LILAC)
        pdf.set_line_width(0.15)
        k = 0.0
        while k < hb + BW:
            pdf.line(xb + k - hb, base, xb + k, base - hb)
            k += 1.6
    pdf.set_draw_color(*LILAC)
    pdf.set_line_width(0.4)
    pdf.rect(xb, base - hb, BW, hb, style="D")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(*GREEN)
    pdf.rect(xu, base - hu, BW, hu, style="F")
    pdf.set_font("Cond", "", 7.4)
    pdf.set_text_color(*LILAC)
    pdf.set_xy(xb - 2, base - hb - 4.2)
    pdf.cell(BW + 4, 3.6, d1(b), align="C")
    pdf.set_font("Cond", "B", 7.4)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(xu - 2, base - hu - 4.2)
    pdf.cell(BW + 4, 3.6, d1(u), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.4)
    name = cl.replace(" kliniken", "\nkliniken") if " kliniken" in cl else cl
    pdf.set_xy(CX0 + i * slot, base + 1.4)
    pdf.multi_cell(slot, 3.4, name, align="C")
pdf.hline(CX0, CX0 + CW, base, 0.4, (60, 60, 60))
ly = base + 10
pdf.set_fill_color(*PALE_LILAC)
pdf.set_draw_color(*LILAC)
pdf.rect(CX0, ly, 4, 3, style="FD")
pdf.set_fill_color(*GREEN)
pdf.rect(CX0 + 30, ly, 4, 3, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 7.6)
pdf.set_xy(CX0 + 5, ly - 0.4)
pdf.cell(20, 3.8, "Budget 2026")
pdf.set_xy(CX0 + 35, ly - 0.4)
pdf.cell(20, 3.8, "Utfall 2026")
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Rekvisitionsläkemedel per klinik", size=12.5)
pdf.p("Rekvisitionsläkemedel köps in av klinikerna och ges till patienterna på sjukhuset eller på mottagningen. "
      "Tabell 1 visar kostnaderna per klinik och terapigrupp. Terapigrupperna anges med sin ATC-kod.", size=9.4,
      lh=4.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Rekvisitionsläkemedel per klinik och terapigrupp 2025–2026, mnkr", new_x="LMARGIN",
         new_y="NEXT")
WID = [13, 48, 19, 19, 19, 24, 24]
AL = ["L", "L", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, GREEN)
HEAD = ["ATC", "Terapigrupp", "Utfall 2025", "Budget 2026", "Utfall 2026", "Avvikelse mot budget\u00b9",
        "Förändring mot 2025, %"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.6, what="Tabell 1 heading")
HH = pdf.row_h(WID, HEAD, size=8.6, font="Cond", style="B", vpad=1.0)
pdf.row(X, y, WID, AL, HEAD, size=8.6, font="Cond", style="B", vpad=1.0, h=HH)
y += HH
pdf.hline(X, XS[-1], y, 0.45, GREEN)
FS = 9.2
for cl in D_CLINICS:
    y += 0.8
    pdf.set_fill_color(*PALE_GREEN)
    pdf.rect(X, y, XS[-1] - X, 6.0, style="F")
    capsule(X + 4.2, y + 3.0, 5.6, 2.4, 30)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(X + 9, y + 1.0)
    pdf.cell(100, 4, cl)
    pdf.set_text_color(0, 0, 0)
    y += 6.0
    for r in d_clinic_rows(cl):
        cells = d_cells(r)
        pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.4)
        neg = cells[5].startswith("\u2212")
        # the ATC code in grey monospace, then the other cells
        pdf.set_font("Mono", "", 8.4)
        pdf.set_text_color(*GREY)
        pdf.set_xy(X + 1.2, y + 1.4)
        pdf.cell(WID[0] - 2.4, 4, cells[0])
        pdf.set_text_color(0, 0, 0)
        pdf.row(X, y, WID, AL, [""] + cells[1:], size=FS, font="Cond", vpad=1.4, h=h,
                colors=[None] * 5 + [RED if neg else None, None])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (210, 210, 210))
    cells = d_clinic_sum_cells(cl)
    pdf.no_split(WID, cells, "Cond", "BI", FS, what="Tabell 1 sum")
    pdf.hline(X + WID[0], XS[-1], y, 0.3, (90, 90, 90))
    h = pdf.row_h(WID, cells, size=FS, font="Cond", style="BI", vpad=1.4)
    neg = cells[5].startswith("\u2212")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="BI", vpad=1.4, h=h,
            colors=[None] * 5 + [RED if neg else None, None])
    y += h
y += 1.0
pdf.hline(X, XS[-1], y, 0.3, GREEN)
pdf.hline(X, XS[-1], y + 0.8, 0.3, GREEN)
y += 1.0
cells = d_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.6,
            colors=[None] * 5 + [RED, None])
y += h
pdf.hline(X, XS[-1], y, 0.8, GREEN)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "\u00b9 Budget minus utfall. Ett negativt värde betyder att kostnaden blev högre än budgeten. "
               "Källa: regionens ekonomisystem och läkemedelsstatistik.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p("Kostnaderna för cytostatika och proteinkinashämmare ökade med nya behandlingar mot lungcancer och "
      "bröstcancer. Inom medicinkliniken är det de immunsuppressiva läkemedlen som förklarar "
      "överskridandet.", size=9.4, lh=4.6)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Förmånsläkemedel och nyckeltal", size=12.5)
pdf.p("Förmånsläkemedlen förskrivs av läkare i hela regionen och hämtas ut på apotek. Regionen betalar kostnaden "
      "utöver patientens egenavgift. De största grupperna är diabetesmedel, läkemedel mot astma och KOL och "
      "blodförtunnande läkemedel.", size=9.4, lh=4.6)
t = d_all()
boxes = [
    ("Förmånsläkemedel, mnkr", d1(D_FORMAN[2]), f"2025: {d1(D_FORMAN[0])}"),
    ("Läkemedel totalt, mnkr", d1(t["tot26"]), f"2025: {d1(t['tot25'])}"),
    ("Kronor per invånare", g(t["tot26"] * 1e6 / D_POP[1]), f"2025: {g(t['tot25'] * 1e6 / D_POP[0])}"),
]
by = pdf.get_y() + 2
BWX, GAP = (166 - 2 * 6) / 3, 6
for i, (lab, val, prev) in enumerate(boxes):
    bx = 22 + i * (BWX + GAP)
    pdf.set_fill_color(246, 244, 250)
    pdf.rect(bx, by, BWX, 24, style="F")
    pdf.set_fill_color(*LILAC)
    pdf.rect(bx, by, BWX, 1.6, style="F")
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*LILAC)
    pdf.set_xy(bx + 3, by + 4)
    pdf.cell(BWX - 6, 8, val)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(bx + 3, by + 13)
    pdf.cell(BWX - 6, 4, lab)
    pdf.set_text_color(*GREY)
    pdf.set_xy(bx + 3, by + 17.5)
    pdf.cell(BWX - 6, 4, prev)
    pdf.set_text_color(0, 0, 0)
pdf.set_y(by + 30)
pdf.p(f"Förmånsläkemedlen ökade med {d1(pct(D_FORMAN[2], D_FORMAN[0]))} procent. Ökningen förklaras främst av "
      "fler patienter som behandlas med nya diabetesläkemedel.", size=9.4, lh=4.6)
pdf.h1("4 Analys", size=12.5)
eye = d_sum(d_clinic_rows("Ögonkliniken"))
pdf.p(f"Ögonklinikens kostnader ökade med {d1(pct(eye[2], eye[0]))} procent, mest av alla kliniker. Förklaringen är "
      f"att {D_PASSAGE}. Ögonkliniken "
      "räknar med att det billigare preparatet kan användas från hösten 2027.", size=9.4, lh=4.6)
pdf.p("Psykiatriska kliniken låg nära budget. De antivirala och de antitrombotiska medlen kostade mindre än "
      "budgeterat.", size=9.4, lh=4.6)
pdf.h1("5 Åtgärder 2027", size=12.5)
for i, a in enumerate(D_ACTIONS, 1):
    yy = pdf.get_y()
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.35)
    pdf.circle(25, yy + 2.4, 2.3, style="D")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(22.7, yy + 0.5)
    pdf.cell(4.6, 3.8, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(30, yy)
    pdf.multi_cell(158, 4.7, a, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Hälso- och sjukvårdsnämnden föreslås besluta",
             ["lägga uppföljningen av läkemedelskostnaderna 2026 till handlingarna, samt",
              "uppdra åt läkemedelsenheten att redovisa effekten av åtgärderna i samband med delårsrapporten per "
              "augusti 2027."], size=9.4)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Kyrnäs den {D_DATE.day} mars {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{D_PHARM[0]}\n{D_PHARM[1].capitalize()}", f"{D_ECON[0]}\n{D_ECON[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
