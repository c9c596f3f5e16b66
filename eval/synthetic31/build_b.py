"""(b) Vargsunda kommun – revisionsrapport 2027:1: granskning av tekniska nämndens budgetuppföljning 2026.

Layout: Liberation Sans throughout, portrait, 4 pages. P. 1 has NO RUNNING HEADER: a thin accent rule at the very
top, a kicker line "REVISIONSRAPPORT 2027:1 | …", the title and subtitle, the report facts as THREE COLUMNS OF
SMALL GREY CAPITAL LABELS OVER VALUES (Granskad nämnd / Sakkunnigt biträde / Datum), "Sammanfattning" with counts in
running text, and "Samlad bedömning" with a drawn GAUGE: a half-circle of three coloured segments (Inte tillräcklig /
Delvis tillräcklig / Tillräcklig) with a NEEDLE pointing at the middle segment, the assessment text beside it.
P. 2: the five recommendations as STACKED ROUNDED BOXES, each with a FILLED TAB AT THE LEFT EDGE holding the white
number, the text wrapping over two or three lines inside the box; "Bakgrund och revisionsfrågor"; then Tabell 1,
budget deviation per verksamhet in tkr: Verksamhet / Budget 2026 / Utfall 2026 / Avvikelse, tkr (signed "+180",
"−3 140") / Avvikelse, % / a LOLLIPOP COLUMN (a thin stem from a centre axis to a dot, red to the left for a deficit,
green to the right for a surplus, cut at ±3 000 tkr); GROUP HEADINGS IN SMALL ACCENT CAPITALS over a hairline and an
italic "Summa <grupp>" row per group, no vertical rules. THE TABLE BREAKS AFTER "Park och natur": p. 2 ends with
"Tabell 1 fortsätter på nästa sida.", p. 3 repeats the caption with "(forts.)" and the column heading, and a bold
"Tekniska nämnden totalt" row between two heavy rules closes it. P. 3 continues with the observations (forecasts in
April / August / October, the winter road maintenance – the passage – and the invoice sample with counts). P. 4:
the answers to the four audit questions as a list with the answer word in a bold coloured label, the request for an
answer with a date, two signatures and the expert's name. Metadata title set.
"""
import datetime as dt

from common31 import HERE, Doc
from data import (B_GROUPS, B_BREAK_AFTER, B_SAMPLE, B_REPORTS, B_FORECASTS, B_PLOWING, B_INTERVIEWS, B_PASSAGE,
                  B_RECS, B_DATE, B_QUESTIONS, b_rows, b_dev, b_devpct, b_gsum, b_total, g, d1, dmy)

OUT = HERE / "vargsunda-revisionsrapport-tekniska-namnden-2027.pdf"
ACC = (24, 96, 88)
RED, GREEN = (196, 60, 50), (46, 140, 70)
pdf = Doc("Vargsunda kommun", "Revisionsrapport 2027:1", "Sida {p} av 4", font="liberation", accent=ACC,
          title="Revisionsrapport 2027:1 – Tekniska nämndens budgetuppföljning",
          author="Vargsunda kommuns förtroendevalda revisorer",
          foot="Vargsunda kommun · De förtroendevalda revisorerna · Revisionsrapport 2027:1",
          created=dt.datetime(2027, 3, 18, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
TB, TU = b_total()
N = len(b_rows())
n_def = sum(1 for _, r in b_rows() if b_dev(r) < 0)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 0, 210, 3.2, style="F")
pdf.set_y(14)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "REVISIONSRAPPORT 2027:1  |  VARGSUNDA KOMMUN · DE FÖRTROENDEVALDA REVISORERNA",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.2, "Tekniska nämndens budgetuppföljning och prognoser", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(80, 80, 80)
pdf.cell(0, 6, "Granskning av räkenskapsåret 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
y = pdf.get_y()
for k, (lab, val) in enumerate((("GRANSKAD NÄMND", "Tekniska nämnden"),
                                ("SAKKUNNIGT BITRÄDE", "Valör Revision AB"),
                                ("DATUM", dmy(B_DATE)))):
    x = 22 + k * 56
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(54, 4, lab)
    pdf.set_xy(x, y + 4.2)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(54, 5, val)
pdf.set_draw_color(200, 200, 200)
pdf.line(22, y + 11.5, 188, y + 11.5)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 16)
pdf.h2("Sammanfattning")
pdf.p(f"Tekniska nämnden redovisade för 2026 ett underskott på {g(TU - TB)} tkr mot en budget på {g(TB)} tkr, "
      f"vilket motsvarar {d1((TU - TB) / TB * 100)} procent. Av nämndens {N} verksamheter gick {n_def} med "
      f"underskott och {N - n_def} med överskott. De största underskotten fanns inom vinterväghållningen och "
      "verksamhetslokalerna.", size=9.8)
pdf.p(f"Nämnden fick {B_REPORTS[0]} ekonomiska månadsrapporter under året. {B_REPORTS[1]} av dem innehöll en "
      f"helårsprognos, men bara {B_REPORTS[2]} innehöll en analys av orsakerna till avvikelserna. Prognoserna "
      "underskattade underskottet under hela året, och nämnden beslutade inte om några åtgärder förrän i november.",
      size=9.8)
pdf.p(f"Granskningen bygger på dokumentstudier, {B_INTERVIEWS} intervjuer och en stickprovskontroll av "
      "leverantörsfakturor.", size=9.8)
pdf.h2("Samlad bedömning")
y = pdf.get_y() + 2
import math  # noqa: E402

cx, cy, R, r_in = 52, y + 27, 25, 15
segs = [((196, 60, 50), 180, 240), ((226, 160, 40), 240, 300), ((46, 140, 70), 300, 360)]
for col, a0, a1 in segs:
    pdf.set_fill_color(*col)
    pts = []
    for k in range(0, 31):
        a = math.radians(a0 + (a1 - a0) * k / 30)
        pts.append((cx + R * math.cos(a), cy + R * math.sin(a)))
    for k in range(30, -1, -1):
        a = math.radians(a0 + (a1 - a0) * k / 30)
        pts.append((cx + r_in * math.cos(a), cy + r_in * math.sin(a)))
    pdf.set_draw_color(255, 255, 255)
    pdf.polygon(pts, style="F")
# the needle at the middle of the amber segment
a = math.radians(270)
pdf.set_draw_color(30, 30, 30)
pdf.set_line_width(1.0)
pdf.line(cx, cy, cx + (R + 2) * math.cos(a), cy + (R + 2) * math.sin(a))
pdf.set_line_width(0.2)
pdf.set_fill_color(30, 30, 30)
pdf.circle(x=cx, y=cy, radius=2.0, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 7)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(cx - R - 4, cy + 1.5)
pdf.cell(20, 3.5, "Inte tillräcklig")
pdf.set_xy(cx - 15, cy - R - 6)
pdf.cell(30, 3.5, "Delvis tillräcklig", align="C")
pdf.set_xy(cx + R - 16, cy + 1.5)
pdf.cell(20, 3.5, "Tillräcklig", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(88, y)
pdf.set_font("Sans", "B", 10)
pdf.multi_cell(100, 5, "Tekniska nämnden har delvis säkerställt en tillräcklig budgetuppföljning.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(88, pdf.get_y() + 1.5)
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(100, 4.7, "Nämnden får löpande rapporter, men prognoserna har varit för optimistiska och orsakerna "
               "till avvikelserna har sällan analyserats. Internkontrollen av attester har brister. Vi lämnar fem "
               "rekommendationer på nästa sida.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(pdf.get_y(), cy + 8) + 4)

# ---------------------------------------------------------------- p. 2 recommendations and Tabell 1
pdf.add_page()
pdf.h1("Rekommendationer", size=13)
pdf.p("Utifrån granskningen lämnar vi följande rekommendationer till tekniska nämnden:", size=9.8, after=1.5)
for i, t in enumerate(B_RECS, 1):
    pdf.set_font("Sans", "", 9.6)
    lines = pdf.multi_cell(152, 4.8, t, dry_run=True, output="LINES")
    h = len(lines) * 4.8 + 4.6
    y = pdf.get_y()
    pdf.set_fill_color(242, 247, 246)
    pdf.set_draw_color(170, 200, 195)
    pdf.rect(22, y, 166, h, style="DF", round_corners=True, corner_radius=2.2)
    pdf.set_fill_color(*ACC)
    pdf.rect(22, y, 10, h, style="F", round_corners=("TOP_LEFT", "BOTTOM_LEFT"), corner_radius=2.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(22, y + h / 2 - 2.8)
    pdf.cell(10, 5.6, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(35, y + 2.3)
    pdf.multi_cell(152, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + h + 2.2)
pdf.ln(1)
pdf.h2("Bakgrund och revisionsfrågor")
pdf.p("Tekniska nämnden har haft underskott tre år i rad, och kommunstyrelsen har efterfrågat säkrare prognoser. "
      "Granskningen ska besvara om nämnden får tillförlitliga prognoser, om avvikelserna analyseras, om nämnden "
      "vidtar åtgärder och om attestreglementet följs.", size=9.6, lh=4.8)

XS = [22, 84, 106, 128, 150, 166]
WS = [62, 22, 22, 22, 16, 22]
AX = 177            # lollipop axis
LIM = 3000          # cut


def head(cont=False):
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Tabell 1. Budgetavvikelse per verksamhet 2026, tkr" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y = pdf.get_y() + 0.5
    pdf.set_font("Sans", "B", 7.8)
    for i, h in enumerate(["Verksamhet", "Budget\n2026", "Utfall\n2026", "Avvikelse,\ntkr", "Avv.,\n%"]):
        pdf.set_xy(XS[i], y + (3.6 if "\n" not in h else 0))
        pdf.multi_cell(WS[i] - 1, 3.6, h, align="L" if i == 0 else "R")
    pdf.set_font("Sans", "", 6.4)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(XS[5], y + 3.6)
    pdf.cell(WS[5], 3.6, "−    0    +", align="C")
    pdf.set_text_color(0, 0, 0)
    y += 8
    pdf.set_line_width(0.45)
    pdf.line(22, y, 188, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 0.6)


def lolli(y, dev):
    v = max(-LIM, min(LIM, dev)) / LIM * 9.5
    col = RED if dev < 0 else GREEN
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.4)
    pdf.line(AX, y + 2.8, AX + v, y + 2.8)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*col)
    pdf.circle(x=AX + v, y=y + 2.8, radius=1.05, style="F")
    pdf.set_draw_color(150, 150, 150)
    pdf.line(AX, y + 0.4, AX, y + 5.2)
    pdf.set_draw_color(0, 0, 0)


def row(cells, dev, style=""):
    y = pdf.get_y()
    pdf.set_font("Sans", style, 8.8)
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + (3 if i == 0 and not style else 0), y + 0.7)
        pdf.cell(WS[i] - 1 - (3 if i == 0 and not style else 0), 4.3, c, align="L" if i == 0 else "R")
    lolli(y, dev)
    pdf.set_y(y + 5.6)


def group(gr):
    y = pdf.get_y() + 1.2
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_text_color(*ACC)
    pdf.set_xy(22, y)
    pdf.set_char_spacing(0.6)
    pdf.cell(100, 4.6, gr.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*ACC)
    pdf.line(22, y + 4.8, 188, y + 4.8)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 5.3)
    for r in [r for g_, r in b_rows() if g_ == gr]:
        row([r[0], g(r[1]), g(r[2]), g(b_dev(r), plus=True), d1(b_devpct(r), plus=True)], b_dev(r))
    s = b_gsum(gr)
    pdf.set_draw_color(180, 180, 180)
    pdf.line(84, pdf.get_y(), 166, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    row([f"Summa {gr.lower()}", g(s[0]), g(s[1]), g(s[0] - s[1], plus=True),
         d1((s[0] - s[1]) / s[0] * 100, plus=True)], s[0] - s[1], style="I")


pdf.ln(2)
head()
groups = [gr for gr, _ in B_GROUPS]
brk = groups.index(B_BREAK_AFTER)
for gr in groups[:brk + 1]:
    group(gr)
pdf.ln(1.5)
pdf.set_font("Sans", "I", 8.2)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4.5, "Tabell 1 fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit("Tabell 1 must start on p. 2")

# ---------------------------------------------------------------- p. 3 Tabell 1 (forts.) and observations
pdf.add_page()
head(cont=True)
for gr in groups[brk + 1:]:
    group(gr)
y = pdf.get_y() + 1
pdf.set_line_width(0.45)
pdf.line(22, y, 188, y)
pdf.set_y(y + 0.3)
row(["Tekniska nämnden totalt", g(TB), g(TU), g(TB - TU, plus=True), d1((TB - TU) / TB * 100, plus=True)],
    TB - TU, style="B")
pdf.line(22, pdf.get_y() + 0.3, 188, pdf.get_y() + 0.3)
pdf.set_line_width(0.2)
pdf.ln(2.5)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 3.8, "Avvikelse = budget minus utfall; minustecken betyder underskott. Punkten visar avvikelsen "
               "i tkr (avskuren vid 3 000 tkr). Källa: nämndens bokslut 2026.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.h1("Iakttagelser", size=13)
pdf.h2("Prognoser under året")
pdf.p(f"Nämndens helårsprognos visade ett underskott på {g(-B_FORECASTS[0][1])} tkr i april, "
      f"{g(-B_FORECASTS[1][1])} tkr i augusti och {g(-B_FORECASTS[2][1])} tkr i oktober. Det slutliga "
      f"underskottet blev {g(TU - TB)} tkr, alltså {g(TU - TB + B_FORECASTS[1][1])} tkr större än prognosen i "
      "delårsrapporten. Prognoserna byggde i huvudsak på utfallet hittills under året och tog inte hänsyn till "
      "säsongsvariationer.", size=9.6, lh=4.8)
pdf.h2("Vinterväghållning")
vv = [r for _, r in b_rows() if r[0] == "Vinterväghållning"][0]
pdf.p(f"Vinterväghållningen kostade {g(vv[2])} tkr, mot en budget på {g(vv[1])} tkr. Underskottet beror på att "
      f"{B_PASSAGE}. Förvaltningen har vid två tillfällen föreslagit en högre budget, men förslagen har inte "
      "lett till något beslut.", size=9.6, lh=4.8)
pdf.h2("Attest av leverantörsfakturor")
pdf.p(f"Vi har granskat {B_SAMPLE[0]} leverantörsfakturor på mer än 50 000 kronor. Av dem saknade {B_SAMPLE[1]} "
      f"beslutsattest, och i ytterligare {B_SAMPLE[2]} fall hade fakturan attesterats av en person som inte fanns "
      "med i attestförteckningen. Attestförteckningen uppdaterades senast i januari 2025.", size=9.6, lh=4.8)

# ---------------------------------------------------------------- p. 4 answers, signatures
pdf.add_page()
pdf.h1("Svar på revisionsfrågorna", size=13)
COLS = {"Ja": GREEN, "Delvis": (200, 130, 20), "Nej": RED}
for q, a in B_QUESTIONS:
    y = pdf.get_y()
    pdf.set_font("Sans", "", 9.8)
    pdf.set_xy(22, y)
    pdf.multi_cell(130, 5, q, align="L")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*COLS[a])
    pdf.set_xy(158, y)
    pdf.cell(30, 5, a.upper(), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(215, 215, 215)
    pdf.line(22, y + 6.5, 188, y + 6.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 8)
pdf.ln(3)
pdf.h2("Fortsatt hantering")
pdf.p("Revisionsrapporten överlämnas till tekniska nämnden och för kännedom till kommunstyrelsen och "
      "kommunfullmäktiges presidium. Vi önskar nämndens svar på rekommendationerna senast den 30 juni 2027. Vi "
      "kommer att följa upp granskningen i samband med granskningen av delårsrapporten per den 31 augusti 2027.",
      size=9.6, lh=4.8)
pdf.ln(12)
pdf.sign_lines(["Carina Stål, ordförande\nför Vargsunda kommuns revisorer", "Ivan Persson, vice ordförande"])
pdf.ln(6)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.3, "Sakkunnigt biträde: Jenny Sörman, certifierad kommunal revisor, Valör Revision AB.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
