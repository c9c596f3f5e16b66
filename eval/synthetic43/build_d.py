"""(d) Ubbsta kommun – vård- och omsorgsnämnden: kvalitetsrapport för äldreomsorgen 2026.

Layout: Liberation Sans text, Liberation Sans Narrow tables, 4 pages: pp. 1, 3 and 4 PORTRAIT, P. 2 LANDSCAPE, a
CORNFLOWER BLUE accent. P. 1 has no running header: a thin blue rule over a two-part masthead ("UBBSTA KOMMUN" /
"Vård- och omsorgsnämnden" left, "KVALITETSRAPPORT" and the year right), the title, "Sammanfattning" with COMPETING
FIGURES IN RUNNING TEXT (83 % satisfied in care homes vs 80 the year before vs 82 in the country vs the goal 85;
home care 86 vs 86 vs 86; 15 staff members in 14 days vs 16; falls 256 vs 250, 187 vs 189 and 69 vs 61), and Figur
1, a GROUPED COLUMN CHART of the satisfaction per unit with the 2025 COLUMNS HATCHED (diagonal lines, no fill) and
the 2026 columns SOLID, every value printed above its column, a DASHED TARGET LINE at 85 and a legend. Pp. 2–4
have a running header. P. 2 (landscape): Tabell 1 with a STACKED HEADING ("Nöjdhet, %", "Personalkontinuitet¹",
"Fall²" each over 2025 / 2026, "Platser/brukare" spanning both heading rows), the two kinds of unit as GROUP ROWS ON A
PALE BLUE BAND, a bold "… totalt³" row and an italic grey "Riket" row closing each group, FOOTNOTE MARKS with the
notes under the table. P. 3: "Kommentarer per enhet" in TWO COLUMNS with the unit names as bold blue run-in heads
and a hairline between the columns (the passage on Prästgården). P. 4: "Förbättringsområden 2027" as a NUMBERED
LIST, a framed "Läs mer" box with a DRAWN QR CODE beside the web address, the contact and date. No metadata title.
"""
import datetime as dt
import random

from common43 import HERE, Doc
from data import (D_TYPES, D_UNITS, D_NATION, D_GOAL, D_PASSAGE, D_NOTES, D_IMPROVE, D_HEAD, D_AUTHOR, D_DATE,
                  D_URL, d_units, d_total, d_cells, d_total_cells, d_nation_cells, g, dmy)

OUT = HERE / "ubbsta-aldreomsorg-kvalitetsrapport-2026.pdf"
BLUE = (58, 96, 170)
PALEB = (228, 236, 248)
GREY = (110, 110, 110)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*BLUE)
        self.cell(60, 5, "Ubbsta kommun")
        self.set_text_color(90, 90, 90)
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 120, 5, "Kvalitetsrapport äldreomsorgen 2026", align="C")
        self.cell(60, 5, f"{self.page_no()} av 4", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.2, (150, 150, 150))
        self.set_y(23)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.set_text_color(140, 140, 140)
        self.cell(0, 4, "Vård- och omsorgsnämnden · Ubbsta kommun", align="C")
        self.set_text_color(0, 0, 0)


pdf = DDoc("", font="liberation", serif=False, accent=BLUE,
           created=dt.datetime(2027, 3, 9, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 23, 22)
sab, hem = d_total("Särskilt boende"), d_total("Hemtjänst")
nsab, nhem = D_NATION["Särskilt boende"], D_NATION["Hemtjänst"]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.hline(22, 188, 12, 1.6, BLUE)
pdf.set_xy(22, 15)
pdf.set_font("Sans", "B", 11)
pdf.cell(90, 5, "UBBSTA KOMMUN")
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*BLUE)
pdf.cell(76, 5, "KVALITETSRAPPORT 2026", align="R")
pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 8.5)
pdf.set_xy(22, 20.5)
pdf.cell(90, 4.5, "Vård- och omsorgsnämnden")
pdf.cell(76, 4.5, f"Dnr VON 2027/31 · {D_DATE.isoformat()}", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(22, 34)
pdf.set_font("Sans", "B", 21)
pdf.multi_cell(150, 9, "Kvalitetsrapport för äldreomsorgen 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(70, 70, 70)
pdf.cell(0, 6, "Resultat per särskilt boende och hemtjänstgrupp", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Sammantaget var {sab[2]} procent av de boende på kommunens särskilda boenden nöjda med sitt boende 2026, "
      f"jämfört med {sab[1]} procent året innan och {nsab[1]} procent i riket. Nämndens mål är {D_GOAL} procent. I "
      f"hemtjänsten var andelen nöjda {hem[2]} procent, samma som 2025 och som i riket.", size=9.8, lh=4.9)
pdf.p(f"I hemtjänsten mötte en brukare i genomsnitt {hem[4]} olika medarbetare under 14 dagar ({hem[3]}). Antalet "
      f"rapporterade fall ökade till {sab[6] + hem[6]} ({sab[5] + hem[5]}), varav {sab[6]} på särskilda boenden "
      f"({sab[5]}) och {hem[6]} i hemtjänsten ({hem[5]}).", size=9.8, lh=4.9)
pdf.p("Resultaten om nöjdhet kommer från Socialstyrelsens brukarundersökning. Personalkontinuiteten mäts under två "
      "veckor i oktober och fallen räknas ur kommunens avvikelsesystem.", size=9.8, lh=4.9)

# Figur 1: grouped columns, 2025 hatched and 2026 solid
pdf.ln(1)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Figur 1. Andel nöjda brukare per enhet 2025 och 2026, procent", new_x="LMARGIN", new_y="NEXT")
CX, CW, CH = 32, 150, 58
top = pdf.get_y() + 9
VMIN, VMAX = 50, 100


def Y(v):
    return top + CH * (1 - (v - VMIN) / (VMAX - VMIN))


for v in (50, 60, 70, 80, 90, 100):
    pdf.hline(CX, CX + CW, Y(v), 0.1, (215, 215, 215))
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(140, 140, 140)
    pdf.set_xy(CX - 9, Y(v) - 2)
    pdf.cell(7, 4, str(v), align="R")
pdf.set_text_color(0, 0, 0)
n = len(D_UNITS)
slot = CW / n
bw = slot * 0.3


def hatched(x, y, w, h, step=1.3):
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.25)
    k = 0.0
    while k < w + h:
        # a line from the bottom edge going up-right at 45°, clipped to the rectangle
        x0, y0 = x + k, y + h
        if x0 > x + w:
            y0 -= x0 - (x + w)
            x0 = x + w
        x1, y1 = x + k - h, y
        if x1 < x:
            y1 += x - x1
            x1 = x
        if y0 > y1:
            pdf.line(x0, y0, x1, y1)
        k += step
    pdf.set_line_width(0.35)
    pdf.rect(x, y, w, h)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


pdf.hline(CX, CX + CW, Y(D_GOAL), 0.45, (200, 60, 40), dash=(1.3, 0.9))
for k, u in enumerate(D_UNITS):
    x = CX + k * slot + slot / 2 - bw - 0.4
    hatched(x, Y(u[3]), bw, Y(VMIN) - Y(u[3]))
    pdf.set_fill_color(*BLUE)
    pdf.rect(x + bw + 0.8, Y(u[4]), bw, Y(VMIN) - Y(u[4]), style="F")
    pdf.set_fill_color(255, 255, 255)
    for xx, v, bold in ((x, u[3], False), (x + bw + 0.8, u[4], True)):
        pdf.set_font("Sans", "B" if bold else "", 7.4 if bold else 7)
        pdf.set_text_color(*(BLUE if bold else (90, 90, 90)))
        wv = pdf.get_string_width(str(v)) + 1.2
        pdf.rect(xx + bw / 2 - wv / 2, Y(v) - 4.0, wv, 3.4, style="F")
        pdf.set_xy(xx - 2, Y(v) - 4.3)
        pdf.cell(bw + 4, 4, str(v), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(CX + k * slot, Y(VMIN) + 1.2)
    pdf.multi_cell(slot, 3.3, u[1], align="C")
pdf.hline(CX, CX + CW, Y(VMIN), 0.4, (60, 60, 60))
pdf.set_font("Sans", "I", 7)
pdf.set_text_color(200, 60, 40)
pdf.set_xy(CX + CW + 0.5, Y(D_GOAL) - 2)
pdf.cell(12, 4, f"Mål {D_GOAL}")
pdf.set_text_color(0, 0, 0)
# legend
ly = Y(VMIN) + 11
hatched(CX, ly, 5, 3.2)
pdf.set_font("Sans", "", 7.6)
pdf.set_xy(CX + 6.5, ly - 0.4)
pdf.cell(20, 4, "2025")
pdf.set_fill_color(*BLUE)
pdf.rect(CX + 24, ly, 5, 3.2, style="F")
pdf.set_xy(CX + 30.5, ly - 0.4)
pdf.cell(20, 4, "2026")

# ---------------------------------------------------------------- p. 2 (landscape) Tabell 1
pdf.add_page(orientation="L")
pdf.set_margins(22, 23, 22)
pdf.set_y(23)
pdf.set_font("Sans", "B", 12)
pdf.cell(0, 6, "Resultat per enhet", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(0, 4.8, "Tabellen visar resultaten för varje särskilt boende och hemtjänstgrupp de två senaste åren, "
               "kommunens totalvärden och jämförelsen med riket. Platser avser antal lägenheter på boendet och "
               "brukare antal personer med hemtjänst i oktober.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 1. Nöjdhet, personalkontinuitet och fall per enhet 2025 och 2026", new_x="LMARGIN",
         new_y="NEXT")
X0 = 22
WID = [70, 26, 24, 24, 26, 26, 26, 26]
AL = ["L", "R", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.9, BLUE)
pdf.set_font("Cond", "B", 9)
for a, b, lab in ((2, 4, "Nöjdhet, %"), (4, 6, "Personalkontinuitet¹"), (6, 8, "Fall²")):
    pdf.set_xy(xs[a], y + 1)
    pdf.cell(xs[b] - xs[a], 4.4, lab, align="C")
    pdf.hline(xs[a] + 2, xs[b] - 2, y + 6, 0.25, (90, 90, 90))
pdf.set_xy(xs[1], y + 1)
pdf.cell(WID[1] - 1.2, 4.4, "Platser/", align="R")
h = pdf.row(X0, y + 6.2, WID, AL, ["Enhet", "brukare", "2025", "2026", "2025", "2026", "2025", "2026"], style="B",
            size=9, font="Cond", vpad=0.8)
y += 6.2 + h
pdf.hline(X0, X0 + TW, y, 0.4, (50, 50, 50))
for typ in D_TYPES:
    y += 1
    pdf.set_fill_color(*PALEB)
    pdf.rect(X0, y, TW, 6.4, style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*BLUE)
    pdf.set_xy(X0 + 2, y + 0.9)
    pdf.cell(TW - 4, 4.6, typ)
    pdf.set_text_color(0, 0, 0)
    y += 6.4
    for u in d_units(typ):
        h = pdf.row(X0, y, WID, AL, d_cells(u), size=9.6, font="Cond", vpad=1.5,
                    styles=[None, None, None, "B", None, "B", None, "B"])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (210, 210, 210))
    h = pdf.row(X0, y + 0.3, WID, AL, d_total_cells(typ), size=9.6, font="Cond", style="B", vpad=1.4)
    pdf.hline(X0, X0 + TW, y + 0.2, 0.4, (60, 60, 60))
    y += h + 0.3
    h = pdf.row(X0, y, WID, AL, d_nation_cells(typ), size=9.2, font="Cond", style="I", vpad=1.2,
                color=(100, 100, 100))
    y += h
    pdf.hline(X0, X0 + TW, y, 0.3, (120, 120, 120))
pdf.hline(X0, X0 + TW, y + 0.4, 0.9, BLUE)
pdf.set_xy(X0, y + 2.5)
pdf.set_font("Sans", "", 7.8)
for note in D_NOTES:
    pdf.set_x(X0)
    pdf.multi_cell(TW, 3.9, note, align="L", new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() > 210 - 16:
    raise SystemExit(f"Tabell 1 and its notes run into the footer (y {pdf.get_y():.1f})")
pdf.set_auto_page_break(True, 22)

# ---------------------------------------------------------------- p. 3 (portrait) comments in two columns
pdf.add_page(orientation="P")
pdf.set_margins(22, 23, 22)
pdf.set_y(23)
pdf.h1("Kommentarer per enhet", size=12.5)
units = {u[1]: u for u in D_UNITS}
pk = units["Prästgården"]
ox = units["Oxelbacken"]
COMMENTS = [
    ("Kaprifolen.", "De boende är fortsatt mycket nöjda. Antalet fall minskade sedan boendet införde "
     "fallriskbedömning vid inflyttning och mer rörelse i vardagen."),
    ("Prästgården.", f"Nöjdheten sjönk och antalet fall ökade från {pk[7]} till {pk[8]}. Ökningen förklaras av att "
     f"{D_PASSAGE}. Boendet har också haft många vikarier, vilket syns i personalkontinuiteten."),
    ("Rönnbäret.", "Kommunens minsta boende har åter det högsta resultatet. Personalgruppen är stabil och de boende "
     "möter få olika medarbetare."),
    ("Oxelbacken.", f"Nöjdheten ökade kraftigt, från {ox[3]} till {ox[4]} procent, efter att boendet fått en ny "
     "enhetschef och infört fasta team på varje avdelning. Även antalet fall minskade."),
    ("Hemtjänst Centrum.", "Gruppen har flest brukare och många korta besök. Personalkontinuiteten försämrades "
     "något under hösten när två medarbetare slutade."),
    ("Hemtjänst Kolsäter.", "Brukarna i Kolsäter möter få olika medarbetare tack vare små arbetslag med fasta "
     "rutter."),
    ("Hemtjänst Rudbäcken.", "Kontinuiteten förbättrades efter att gruppen delades i två mindre arbetslag. "
     "Nöjdheten ökade, men antalet fall steg något."),
]
colw = (pdf.epw - 8) / 2
ytop = pdf.get_y() + 1
col_x = [22, 22 + colw + 8]
half = 4
for ci, chunk in enumerate((COMMENTS[:half], COMMENTS[half:])):
    pdf.set_y(ytop)
    for title, text in chunk:
        pdf.set_x(col_x[ci])
        pdf.set_font("Sans", "B", 9.6)
        pdf.set_text_color(*BLUE)
        pdf.multi_cell(colw, 4.9, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_x(col_x[ci])
        pdf.set_font("Sans", "", 9.4)
        pdf.multi_cell(colw, 4.7, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)
    if ci == 0:
        yend0 = pdf.get_y()
yend = max(yend0, pdf.get_y())
pdf.vline(22 + colw + 4, ytop, yend - 2, 0.2, (170, 170, 170))
pdf.set_y(yend + 2)
pdf.h2("Jämförelse med riket", size=10.5)
pdf.p(f"De särskilda boendena i Ubbsta ligger något över riket när det gäller nöjdheten, {sab[2]} mot "
      f"{nsab[1]} procent. I hemtjänsten möter brukarna färre olika medarbetare än i riket, {hem[4]} mot "
      f"{nhem[3]} under 14 dagar.", size=9.6, lh=4.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Förbättringsområden 2027", size=12.5)
pdf.p("Utifrån resultaten har förvaltningen valt ut fyra områden som ska prioriteras under 2027. Varje enhet tar "
      "fram en egen handlingsplan som följs upp i nämnden i september.", size=9.8, lh=4.9)
pdf.numbered(D_IMPROVE, size=9.8, lh=4.9)
pdf.ln(3)
# Läs mer box with a drawn QR code
y = pdf.get_y()
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.4)
pdf.rect(22, y, 166, 34)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
qx, qy, cell = 27, y + 4, 1.0
rnd = random.Random(43)
N_ = 25
for i in range(N_):
    for j in range(N_):
        finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, N_ - 7), (N_ - 7, 0)))
        if finder:
            a, b = (i % 7 if i < 7 else (i - (N_ - 7)) % 7), (j % 7 if j < 7 else (j - (N_ - 7)) % 7)
            on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
        elif (i in (7,) and j < 8) or (j in (7,) and i < 8) or (i == N_ - 8 and j < 8) or (j == N_ - 8 and i < 8) \
                or (i == 7 and j >= N_ - 8) or (j == 7 and i >= N_ - 8):
            on = False
        else:
            on = rnd.random() < 0.5
        if on:
            pdf.set_fill_color(20, 20, 20)
            pdf.rect(qx + j * cell, qy + i * cell, cell, cell, style="F")
pdf.set_xy(58, y + 5)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*BLUE)
pdf.cell(0, 5.5, "Läs mer", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_x(58)
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(124, 4.8, "Resultaten för varje enhet, brukarundersökningens alla frågor och tidigare års rapporter "
               f"finns på kommunens webbplats. Skanna koden eller gå till {D_URL}.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 42)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Ubbsta den {dmy(D_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{D_HEAD[0]}\n{D_HEAD[1].capitalize()}", f"{D_AUTHOR[0]}\n{D_AUTHOR[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
