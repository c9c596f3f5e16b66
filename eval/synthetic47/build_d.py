"""(d) Region Grenmark – hälso- och sjukvårdsförvaltningen: vårdplatsrapport 2026.

Layout: Liberation Sans text, Liberation Sans Narrow tables, 3 pages: pp. 1 and 3 portrait, P. 2 LANDSCAPE; slate
blue and signal red. P. 1 has no running header: a DRAWN HOSPITAL-BED MARK (a white bed with headboard, mattress,
pillow and legs in a slate rounded square with a red cross in the corner) beside "REGION GRENMARK / Hälso- och
sjukvårdsförvaltningen", the title and a subtitle, a key–value block, "Sammanfattning" with COMPETING FIGURES in
running text (520 vs 542 beds vs the plan 540; occupancy 95,1 vs 91,7 % vs the ceiling 90,0 %; overcrowding 2,9 vs
2,5 per 100 beds; two months over 100 %) and Figur 1, MONTHLY OCCUPANCY COLUMNS THAT OVERFLOW A 100 % LINE: slate
columns from a 60 % baseline, the part of a column ABOVE 100 % drawn in RED, a solid black 100 % line, a DASHED RED
90 % CEILING LINE, every value printed above its column and an axis note. P. 2 (landscape, running header): Tabell 1,
beds, occupancy and overcrowding per clinic with a STACKED HEADING ("Disponibla vårdplatser" over 2025 / 2026 /
Förändring; "Medelbeläggning, %" over 2025 / 2026; "Per 100 vårdplatser och dag 2026" over Överbeläggningar /
Utlokaliseringar; Klinik spanning), the HOSPITALS AS GROUP ROWS (white text on a slate band), a bold "Summa
<sjukhus>" SUM ROW under every group, occupancy over 100 % in RED BOLD, a "Regionen totalt" row on a dark band and a
note. P. 3 (portrait, running header): Tabell 2, overcrowded and out-placed patient days and days over 100 % per
hospital (a stacked heading with 2025 / 2026 under each measure) and a "Regionen" row, comments, "3 Åtgärder 2027" as
a NUMBERED LIST WITH NESTED "–" ITEMS, and two signature lines. No metadata title.
"""
import datetime as dt

from common47 import HERE, Doc
from data import (D_HOSPITALS, D_CLINICS, D_DNR, D_DATE, D_DIRECTOR, D_AUTHOR, D_ACTIONS, D_MONTH_ABBR, D_OCC_TARGET,
                  d_rows, d_cells, d_sum_cells, d_hosp_cells, d_hosp_total_cells, d_months, d_sentences, d1)

OUT = HERE / "region-grenmark-vardplatsrapport-2026.pdf"
SLATE = (44, 62, 108)
PALE_SLATE = (229, 233, 242)
RED = (198, 40, 40)
GREY = (100, 100, 100)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        right = self.w - 22
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*SLATE)
        self.set_xy(22, 10.5)
        self.cell(80, 4, "Region Grenmark")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(right - 120, 10.5)
        self.cell(120, 4, f"Vårdplatsrapport 2026 · {D_DNR} · sida {self.page_no()} av 3", align="R")
        self.hline(22, right, 16, 0.4, SLATE)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = DDoc("Region Grenmark", font="liberation", serif=False, accent=SLATE, foot="", justify=False,
           created=dt.datetime(2027, 3, 2, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)


def heading(t, size=12.5):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*SLATE)
    pdf.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def caption(t):
    pdf.set_font("Sans", "B", 9.2)
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*SLATE)
pdf.rect(22, 12, 15, 15, style="F", round_corners=True, corner_radius=2.5)
pdf.set_fill_color(255, 255, 255)
pdf.rect(24.4, 16.2, 1.1, 8.6, style="F")          # headboard
pdf.rect(24.4, 21.0, 10.2, 1.7, style="F")         # mattress and frame
pdf.rect(25.8, 19.4, 2.8, 1.5, style="F", round_corners=True, corner_radius=0.6)   # pillow
pdf.rect(33.5, 21.0, 1.1, 3.8, style="F")          # foot leg
pdf.set_fill_color(*RED)
pdf.rect(31.6, 13.6, 1.0, 3.4, style="F")
pdf.rect(30.4, 14.8, 3.4, 1.0, style="F")
pdf.set_xy(41, 13.2)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*SLATE)
pdf.cell(100, 6.5, "REGION GRENMARK", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.2)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Hälso- och sjukvårdsförvaltningen")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 0.8, SLATE)
pdf.set_y(35)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*SLATE)
pdf.cell(0, 9, "Vårdplatsrapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Disponibla vårdplatser, beläggning och överbeläggningar på regionens sjukhus",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Handläggare", f"{D_AUTHOR[0]}, {D_AUTHOR[1]}"),
        ("Till", "Regionstyrelsen")], lw=32, size=9, lh=4.5)
heading("Sammanfattning")
s = d_sentences()
pdf.p(f"{s[0]} {s[1]}", size=9.8)
pdf.p(f"{s[2]} {s[3]} Högst var beläggningen i februari, lägst i juli när flera avdelningar hade sommarstängt.",
      size=9.8)
caption("Figur 1. Medelbeläggning per månad i regionen 2026, procent")
top = pdf.get_y() + 5
months = d_months()
X0, X1 = 34, 184
BASE, TOP = 60.0, 110.0
H = 62
yb = top + H


def yv(v):
    return yb - (v - BASE) / (TOP - BASE) * H


pdf.set_font("Sans", "", 7)
pdf.set_text_color(*GREY)
for v in (60, 70, 80, 90, 100, 110):
    pdf.hline(X0, X1, yv(v), 0.1, (215, 215, 215))
    pdf.set_xy(X0 - 11, yv(v) - 1.6)
    pdf.cell(9, 3.2, f"{v}", align="R")
pdf.set_text_color(0, 0, 0)
cw = (X1 - X0) / 12
for i, v in enumerate(months):
    x = X0 + i * cw + cw * 0.17
    w = cw * 0.66
    pdf.set_fill_color(*SLATE)
    pdf.rect(x, yv(min(v, 100)), w, yb - yv(min(v, 100)), style="F")
    if v > 100:
        pdf.set_fill_color(*RED)
        pdf.rect(x, yv(v), w, yv(100) - yv(v), style="F")
    pdf.set_font("Cond", "B", 7.6)
    pdf.set_text_color(*(RED if v > 100 else SLATE))
    pdf.set_xy(x - 2, yv(v) - 4.2)
    pdf.cell(w + 4, 3.6, d1(v), align="C")
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x - 2, yb + 1)
    pdf.cell(w + 4, 3.6, D_MONTH_ABBR[i], align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(X0, X1, yv(100), 0.45, (0, 0, 0))
pdf.hline(X0, X1, yv(D_OCC_TARGET), 0.45, RED, dash=(1.4, 1.0))
pdf.hline(X0, X1, yb, 0.4, (60, 60, 60))
pdf.set_xy(X0, yb + 6)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(X1 - X0, 3.6, "Axeln börjar vid 60 procent. Den heldragna linjen visar full beläggning (100 procent), "
               "den streckade röda linjen regionens tak på 90 procent. Röd del av stapeln = beläggning över 100 "
               "procent.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape)
pdf.add_page(orientation="L")
heading("1 Vårdplatser och beläggning per klinik")
caption("Tabell 1. Disponibla vårdplatser, medelbeläggning och överbeläggningar per sjukhus och klinik")
WID = [62, 22, 22, 24, 23, 23, 38, 38]
AL = ["L", "R", "R", "R", "R", "R", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.9, SLATE)
pdf.set_font("Cond", "B", 9)
for i0, i1, lab in ((1, 4, "Disponibla vårdplatser"), (4, 6, "Medelbeläggning, %"),
                    (6, 8, "Per 100 vårdplatser och dag 2026")):
    pdf.set_xy(XS[i0], y + 1)
    pdf.cell(XS[i1] - XS[i0], 4.2, lab, align="C")
    pdf.hline(XS[i0] + 2, XS[i1] - 2, y + 5.6, 0.3, SLATE)
pdf.set_xy(X + 1.2, y + 6.6)
pdf.cell(WID[0] - 2.4, 4.2, "Klinik")
for i, t in ((1, "2025"), (2, "2026"), (3, "Förändring"), (4, "2025"), (5, "2026"), (6, "Överbeläggningar"),
             (7, "Utlokaliseringar")):
    pdf.set_xy(XS[i] + 1.2, y + 6.6)
    pdf.cell(WID[i] - 2.4, 4.2, t, align="R")
y += 11.6
pdf.hline(X, XS[-1], y, 0.5, SLATE)
for h in D_HOSPITALS:
    pdf.set_fill_color(*SLATE)
    pdf.rect(X, y + 0.6, XS[-1] - X, 5, style="F")
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X + 1.6, y + 1.1)
    pdf.cell(100, 4, h)
    pdf.set_text_color(0, 0, 0)
    y += 5.8
    for c in d_rows(h):
        over = c[5] > 100
        hh = pdf.row(X + 3, y, [WID[0] - 3] + WID[1:], AL, d_cells(c), size=9.2, font="Cond", vpad=0.75,
                     colors=[None, None, None, None, None, RED if over else None, None, None],
                     styles=[None, None, None, None, None, "B" if over else None, None, None])
        y += hh
        pdf.hline(X, XS[-1], y, 0.1, (205, 208, 220))
    pdf.hline(X, XS[-1], y, 0.35, SLATE)
    y += pdf.row(X, y, WID, AL, d_sum_cells(h), size=9.2, font="Cond", style="B", vpad=0.9)
    y += 0.8
pdf.set_fill_color(30, 42, 76)
pdf.rect(X, y, XS[-1] - X, 6.4, style="F")
pdf.row(X, y, WID, AL, d_sum_cells(None), size=9.4, font="Cond", style="B", vpad=1.2, color=(255, 255, 255))
y += 6.4
pdf.set_xy(X, y + 2)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(XS[-1] - X, 3.7, "Disponibla vårdplatser är årsgenomsnitt av de vårdplatser som var bemannade. "
               "Medelbeläggning = belagda vårdplatser i procent av disponibla. Sjukhusens och regionens värden är "
               "vägda med antalet vårdplatser 2025 respektive 2026. Överbeläggning = patient som vårdas på en "
               "vårdplats som inte är disponibel; utlokalisering = patient som vårdas på en annan kliniks "
               "avdelning.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3 (portrait)
pdf.add_page(orientation="P")
heading("2 Överbeläggningar och utlokaliseringar per sjukhus")
pdf.p("Tabellen visar antalet vårddygn under året då en patient var överbelagd eller utlokaliserad, och antalet "
      "dygn då sjukhusets samlade beläggning var över 100 procent.", size=9.8)
caption("Tabell 2. Överbeläggningar, utlokaliseringar och dygn över 100 procent per sjukhus")
W2 = [46, 20, 20, 20, 20, 20, 20]
A2 = ["L"] + ["R"] * 6
XS2 = [22 + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*PALE_SLATE)
pdf.rect(22, y, XS2[-1] - 22, 11.4, style="F")
pdf.set_font("Cond", "B", 8.8)
for i0, i1, lab in ((1, 3, "Överbeläggningar, antal"), (3, 5, "Utlokaliseringar, antal"),
                    (5, 7, "Dygn över 100 %")):
    pdf.set_xy(XS2[i0], y + 0.9)
    pdf.cell(XS2[i1] - XS2[i0], 4.2, lab, align="C")
    pdf.hline(XS2[i0] + 2, XS2[i1] - 2, y + 5.4, 0.3, SLATE)
pdf.set_xy(23.2, y + 6.4)
pdf.cell(40, 4.2, "Sjukhus")
for i in range(1, 7):
    pdf.set_xy(XS2[i] + 1.2, y + 6.4)
    pdf.cell(W2[i] - 2.4, 4.2, "2025" if i % 2 == 1 else "2026", align="R")
y += 11.4
pdf.hline(22, XS2[-1], y, 0.5, SLATE)
for h in D_HOSPITALS:
    y += pdf.row(22, y, W2, A2, d_hosp_cells(h), size=9.2, font="Cond", vpad=1.1,
                 styles=[None, None, "B", None, "B", None, "B"])
    pdf.hline(22, XS2[-1], y, 0.1, (205, 208, 220))
pdf.hline(22, XS2[-1], y, 0.35, SLATE)
y += pdf.row(22, y, W2, A2, d_hosp_total_cells(), size=9.2, font="Cond", style="B", vpad=1.2)
pdf.hline(22, XS2[-1], y, 0.9, SLATE)
pdf.set_y(y + 4)
pdf.p("Överbeläggningarna ökade på Kronviks sjukhus och Rakelsta sjukhus men minskade något på Nyåkra lasarett, "
      "trots att Nyåkra har den högsta beläggningen. Nyåkra hade också flest dygn med en samlad beläggning över 100 "
      "procent.", size=9.8)
pdf.p("Medicinklinikerna står för den största delen av överbeläggningarna. Det beror på att antalet vårdplatser "
      "minskade när sjuksköterskor slutade, samtidigt som fler äldre patienter med flera sjukdomar behövde "
      "sjukhusvård under vintern.", size=9.8)
heading("3 Åtgärder 2027")
for n, (t_, subs) in enumerate(D_ACTIONS, 1):
    pdf.need(14)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_x(22)
    pdf.cell(7, 5, f"{n}.")
    pdf.multi_cell(159, 5, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.8)
    for x_ in subs:
        pdf.set_x(29)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(154, 5, x_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
pdf.ln(6)
pdf.sign_lines([f"{D_DIRECTOR[0]}\n{D_DIRECTOR[1].capitalize()}", f"{D_AUTHOR[0]}\n{D_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
