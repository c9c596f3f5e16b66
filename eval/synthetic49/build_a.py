"""(a) Lunnemåla kommun – vård- och omsorgsnämnden: kvalitetsuppföljning av särskilda boenden för äldre 2026.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow table, portrait, 3 pages, heather
lilac and moss green. P. 1 has no running header: a DRAWN ARMCHAIR MARK (a lilac wing chair in side view with a moss
cushion) beside "LUNNEMÅLA KOMMUN / Vård- och omsorgsnämnden", "KVALITETSUPPFÖLJNING" in letter-spaced grey capitals
at the right, a lilac rule over a thin moss rule, the title and a subtitle, a key–value block, "1 Sammanfattning"
with COMPETING FIGURES in running text (307 places, 105 of them run by a contractor; pressure ulcers 9,6 vs 9,8 vs the
target 10,0; satisfied 86 vs 84 vs the target 85 and the national 82; medication reviews 85 vs 81 vs 85) and Figur 1,
a QUADRANT SCATTER CHART of the care homes (pressure ulcers 2026 on the x axis, satisfaction 2026 on the y axis, dashed
target lines dividing the plot into four quadrants, the quadrant where both targets are met on a pale moss tint, each
home a numbered lilac disc) with a legend that prints every home's two values. Pp. 2–3 have a running header
("Lunnemåla kommun · Vård och omsorg" at the left, "Kvalitetsuppföljning 2026 · sida n av 3" at the right) over a
moss hairline. P. 2: "2 Resultat per boende" as RUNNING TEXT IN TWO JUSTIFIED COLUMNS ABOVE AND BELOW A FULL-WIDTH
TABLE (the text flows around the table: two columns, then Tabell 1 across the page, then two columns again, a thin
rule between the columns): Tabell 1 with a THREE-LEVEL HEADING (indicator, the target in grey italics, 2025 / 2026),
GROUP ROWS ("Kommunal regi", "Privat utförare …") in lilac small capitals over a hairline, 2026 values that miss the
target in bold lilac with a SMALL DRAWN DOWNWARD WEDGE in front, a bold "Samtliga boenden" row on a pale lilac band,
and FOOTNOTE MARKS ¹ ² on two indicator headings. P. 3: "3 Analys" (the passage on Hasselbacken), "4
Förbättringsarbete 2027" as MOSS SQUARE BULLETS WITH NESTED EN-DASH POINTS, "Förslag till beslut" as att-clauses,
place and date and two signature lines. No metadata title.
"""
import datetime as dt

from common49 import HERE, Doc
from data import (A_HOMES, A_GROUPS, A_IND, A_DNR, A_DATE, A_QUAL, A_CHIEF, A_OPERATOR, A_PASSAGE, A_MEASURES,
                  A_RIKET_N, a_cells, a_ok, a_agg, a_group_rows, a_total_cells, a_sentences, d1, WORD)

OUT = HERE / "lunnemala-von-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
LILAC = (108, 70, 128)
PALE_LILAC = (238, 230, 243)
MOSS = (92, 118, 60)
PALE_MOSS = (232, 240, 222)
GREY = (105, 105, 105)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "", 8.2)
        self.set_text_color(*LILAC)
        self.set_xy(self.l_margin, 10.5)
        self.cell(90, 4, "Lunnemåla kommun · Vård och omsorg")
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, f"Kvalitetsuppföljning 2026 · sida {self.page_no()} av 3", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, MOSS)
        self.set_y(22)


pdf = ADoc("Lunnemåla kommun", font="liberation", serif=True, accent=LILAC, foot="", justify=True,
           created=dt.datetime(2027, 3, 17, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# armchair mark (side view): back, seat, arm, legs and a cushion
mx, my = 20, 12
pdf.set_fill_color(*LILAC)
pdf.rect(mx + 1.5, my + 0.5, 4.2, 13.5, style="F", round_corners=True, corner_radius=1.6)
pdf.rect(mx + 1.5, my + 9.0, 13.5, 4.6, style="F", round_corners=True, corner_radius=1.2)
pdf.rect(mx + 10.8, my + 6.2, 4.4, 3.4, style="F", round_corners=True, corner_radius=1.2)
pdf.set_fill_color(*MOSS)
pdf.rect(mx + 5.9, my + 7.6, 5.2, 1.8, style="F", round_corners=True, corner_radius=0.8)
pdf.set_draw_color(*LILAC)
pdf.set_line_width(0.9)
pdf.line(mx + 3.0, my + 13.6, mx + 2.4, my + 16.8)
pdf.line(mx + 13.6, my + 13.6, mx + 14.2, my + 16.8)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(39, 13.2)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*LILAC)
pdf.cell(90, 6, "LUNNEMÅLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Vård- och omsorgsnämnden")
pdf.set_xy(120, 14.4)
pdf.spaced("KVALITETSUPPFÖLJNING", 8.2, "B", 1.1, GREY, align="R", w=70)
pdf.hline(20, 190, 31.0, 1.0, LILAC)
pdf.hline(20, 190, 32.1, 0.3, MOSS)
pdf.set_y(36)
pdf.set_font("Sans", "B", 17.5)
pdf.set_text_color(*LILAC)
pdf.multi_cell(0, 7.6, "Kvalitetsuppföljning av särskilda boenden för äldre 2026", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(0.8)
pdf.set_font("Serif", "I", 10.5)
pdf.cell(0, 5.5, "Resultat per boende för trycksår, riskbedömningar, läkemedelsgenomgångar och nöjdhet",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", A_DNR), ("Datum", A_DATE.isoformat()), ("Handläggare", f"{A_QUAL[0]}, {A_QUAL[1]}"),
        ("Beslutas av", "Vård- och omsorgsnämnden")], lw=32, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = a_sentences()
pdf.p(f"Uppföljningen omfattar alla särskilda boenden för äldre i kommunen, både de som kommunen driver själv och "
      f"de som drivs av en privat utförare. {s[0]}", size=9.8)
pdf.p(f"{s[1]} {s[3]}", size=9.8)
pdf.p(f"{s[2]} Resultaten skiljer sig mycket mellan boendena, och figur 1 visar hur de förhåller sig till målen för "
      "trycksår och nöjdhet.", size=9.8)

# Figur 1: quadrant scatter chart
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Figur 1. Trycksår och nöjdhet per boende 2026", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 7
X0, X1 = 34, 122
Y0, Y1 = top, top + 86
XMIN, XMAX = 4, 14
YMIN, YMAX = 76, 94


def px(v):
    return X0 + (X1 - X0) * (v - XMIN) / (XMAX - XMIN)


def py(v):
    return Y1 - (Y1 - Y0) * (v - YMIN) / (YMAX - YMIN)


tx, ty = px(A_IND[0][3]), py(A_IND[3][3])
pdf.set_fill_color(*PALE_MOSS)
pdf.rect(X0, Y0, tx - X0, ty - Y0, style="F")
pdf.set_draw_color(170, 170, 170)
pdf.rect(X0, Y0, X1 - X0, Y1 - Y0, style="D")
pdf.set_draw_color(0, 0, 0)
pdf.vline(tx, Y0, Y1, 0.4, MOSS, dash=(1.2, 0.9))
pdf.hline(X0, X1, ty, 0.4, MOSS, dash=(1.2, 0.9))
pdf.set_font("Sans", "I", 6.8)
pdf.set_text_color(*MOSS)
pdf.set_xy(X0 + 1.5, Y0 + 1.2)
pdf.cell(40, 3.2, "Båda målen nådda")
pdf.set_text_color(*GREY)
pdf.set_xy(tx + 1.5, Y1 - 4.4)
pdf.cell(40, 3.2, "Inget av målen nått")
pdf.set_xy(tx + 1.2, Y0 + 1.2)
pdf.cell(30, 3.2, "Mål högst 10 %")
pdf.set_xy(X0 + 1.5, ty + 0.8)
pdf.cell(30, 3.2, "Mål minst 85 %")
pdf.set_text_color(0, 0, 0)
# axes
pdf.set_font("Sans", "", 7)
pdf.set_text_color(*GREY)
for v in range(XMIN, XMAX + 1, 2):
    pdf.vline(px(v), Y1, Y1 + 1.2, 0.2, GREY)
    pdf.set_xy(px(v) - 5, Y1 + 1.4)
    pdf.cell(10, 3.4, str(v), align="C")
for v in range(YMIN, YMAX + 1, 4):
    pdf.hline(X0 - 1.2, X0, py(v), 0.2, GREY)
    pdf.set_xy(X0 - 11, py(v) - 1.7)
    pdf.cell(9.5, 3.4, str(v), align="R")
pdf.set_xy(X0, Y1 + 5.2)
pdf.cell(X1 - X0, 3.6, "Andel boende med trycksår 2026, %", align="C")
pdf.set_xy(X0 - 12, Y0 - 5.2)
pdf.cell(44, 3.6, "Andel nöjda 2026, %", align="L")
pdf.set_text_color(0, 0, 0)
for i, h in enumerate(A_HOMES, 1):
    cx, cy = px(h[4]), py(h[10])
    pdf.set_fill_color(*LILAC)
    pdf.circle(cx, cy, 2.5, style="F")
    pdf.set_font("Sans", "B", 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(cx - 2.5, cy - 1.7)
    pdf.cell(5, 3.4, str(i), align="C")
pdf.set_text_color(0, 0, 0)
# legend with the values
lx, ly = 130, top + 2
pdf.set_font("Cond", "B", 7.6)
pdf.set_xy(lx, ly)
pdf.cell(30, 4, "Boende")
pdf.cell(14, 4, "Trycksår", align="R")
pdf.cell(14, 4, "Nöjdhet", align="R")
ly += 5
for i, h in enumerate(A_HOMES, 1):
    pdf.set_fill_color(*LILAC)
    pdf.circle(lx + 2, ly + 2, 1.9, style="F")
    pdf.set_font("Cond", "B", 6.8)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(lx, ly + 0.4)
    pdf.cell(4, 3.2, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "", 7.8)
    pdf.set_xy(lx + 5, ly)
    pdf.cell(25, 4, h[1])
    pdf.cell(14, 4, f"{d1(h[4])} %", align="R")
    pdf.cell(14, 4, f"{h[10]} %", align="R")
    ly += 5.4
pdf.set_font("Sans", "I", 7)
pdf.set_text_color(*GREY)
pdf.set_xy(lx, ly + 1)
pdf.multi_cell(58, 3.4, "Källa: Senior alert (trycksår, mätning i mars) och brukarundersökningen (nöjdhet).",
               align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: two columns around Tabell 1
pdf.add_page()
pdf.h1("2 Resultat per boende", size=12.5)
agg = a_agg(A_HOMES)
intro = [
    "Nämnden följer varje år upp kvaliteten på de särskilda boendena med fyra indikatorer. Trycksår och "
    "riskbedömningar hämtas från Senior alert, där sjuksköterskorna registrerar bedömningar av risk för trycksår, "
    "fall, undernäring och ohälsa i munnen.",
    "Andelen läkemedelsgenomgångar avser boende som har bott minst tre månader på boendet och som har fått en "
    "genomgång av läkare och sjuksköterska under året.",
    "Nöjdheten kommer från den nationella brukarundersökningen, där de boende själva eller med hjälp av en "
    "anhörig svarar på frågan om hur nöjda de är med sitt boende som helhet.",
    "Målen är fastställda av nämnden i verksamhetsplanen. Målen gäller varje boende för sig och inte bara "
    "kommunen som helhet.",
]
y = pdf.columns(intro, size=9.3, lh=4.55, rule=(190, 190, 190))
# Tabell 1
pdf.set_y(y + 1)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(0, 5, "Tabell 1. Indikatorer per särskilt boende 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
X = 20
WID = [25.5, 12.5] + [16.5] * 8
AL = ["L", "R"] + ["R"] * 8
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1
pdf.hline(X, XS[-1], y, 0.9, LILAC)
h1_ = 8.2
pdf.set_font("Cond", "B", 8.2)
for j, (head, _, _, _, tgt) in enumerate(A_IND):
    x0 = XS[2 + 2 * j]
    lines = pdf.cell_lines(2 * WID[2], head, "Cond", "B", 7.6)
    if len(lines) > 1:
        raise SystemExit(f"indicator heading wraps: {head} -> {lines}")
    pdf.set_font("Cond", "B", 7.6)
    pdf.set_xy(x0 + 0.8, y + 1.0)
    pdf.cell(2 * WID[2] - 1.6, 3.8, head, align="C")
    pdf.set_font("Cond", "I", 7.6)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x0 + 0.8, y + 4.6)
    pdf.cell(2 * WID[2] - 1.6, 3.4, tgt, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.hline(x0 + 1.4, x0 + 2 * WID[2] - 1.4, y + h1_ + 0.2, 0.3, LILAC)
y += h1_ + 0.4
pdf.row(X, y, WID, AL, ["Boende", "Platser"] + ["2025", "2026"] * 4, size=8.2, font="Cond", style="B", h=5.4,
        vpad=0.8)
y += 5.4
pdf.hline(X, XS[-1], y, 0.5, LILAC)
FS = 8.5


def wedge(x, yc):
    pdf.set_fill_color(*LILAC)
    pdf.polygon([(x, yc - 1.0), (x + 2.0, yc - 1.0), (x + 1.0, yc + 0.9)], style="F")


for grp in A_GROUPS:
    label = grp if grp == "Kommunal regi" else f"{grp} ({A_OPERATOR})"
    pdf.set_xy(X + 1.2, y + 1.0)
    pdf.set_font("Cond", "B", 8.0)
    pdf.set_char_spacing(0.5)
    pdf.set_text_color(*LILAC)
    pdf.cell(100, 4, label.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 5.4
    pdf.hline(X, XS[-1], y, 0.15, LILAC)
    for h in a_group_rows(grp):
        cells = a_cells(h)
        miss = [not a_ok(h, j) for j in range(4)]
        styles = [None] * 10
        colors = [None] * 10
        for j in range(4):
            if miss[j]:
                styles[3 + 2 * j] = "B"
                colors[3 + 2 * j] = LILAC
        rh = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.0)
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.0, h=rh, styles=styles, colors=colors)
        for j in range(4):
            if miss[j]:
                pdf.set_font("Cond", "B", FS)
                wedge(XS[4 + 2 * j] - 1.2 - pdf.get_string_width(cells[3 + 2 * j]) - 3.4, y + rh / 2)
        y += rh
        pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
y += 0.6
cells = a_total_cells()
rh = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.2)
pdf.set_fill_color(*PALE_LILAC)
pdf.rect(X, y, XS[-1] - X, rh, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.2, h=rh)
y += rh
pdf.hline(X, XS[-1], y, 0.9, LILAC)
pdf.set_xy(X, y + 1.2)
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.4, "¹ Andel boende med trycksår av kategori 1–4 vid punktmätningen i mars. Värden som inte "
               "når målet är markerade med fetstil och en kil.  ² Andel som är ganska eller mycket nöjda med sitt "
               "boende som helhet. Raden Samtliga boenden är vägd med antalet platser.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2.5)
ok = {j: [h for h in A_HOMES if a_ok(h, j)] for j in range(4)}
down_n = [h for h in A_HOMES if h[10] < h[9]]
hav = [h for h in A_HOMES if h[1] == "Havsviken"][0]
comments = [
    "##Trycksår och riskbedömningar",
    f"{WORD[len(ok[0])].capitalize()} av åtta boenden ligger på eller under målet för trycksår. Andelen ökade "
    "kraftigt på Hasselbacken, medan Linnégården och Vallmogården fick färre trycksår än året innan. "
    f"Målet för riskbedömningar nåddes på {WORD[len(ok[1])]} av boendena.",
    "##Läkemedel och nöjdhet",
    f"Fler boende fick en läkemedelsgenomgång, och {WORD[len(ok[2])]} boenden når målet. Andelen nöjda ökade på "
    f"de flesta boenden men minskade på {WORD[len(down_n)]}.",
    f"Havsviken har fortfarande de svagaste resultaten men förbättrades i alla fyra indikatorer, och andelen "
    f"nöjda steg där från {hav[9]} till {hav[10]} procent. Fläderbacken försämrades i stället i alla fyra.",
    "##Kommunal och privat regi",
    f"Boendena i privat regi hade i genomsnitt {a_agg(a_group_rows('Privat utförare'))[(3, 2026)]} procent nöjda, "
    f"mot {a_agg(a_group_rows('Kommunal regi'))[(3, 2026)]} procent i kommunal regi. Andelen med trycksår var "
    f"{d1(a_agg(a_group_rows('Privat utförare'))[(0, 2026)])} procent i privat regi och "
    f"{d1(a_agg(a_group_rows('Kommunal regi'))[(0, 2026)])} procent i kommunal regi.",
    "Skillnaderna mellan boendena inom samma regiform är dock större än skillnaden mellan regiformerna, och "
    "förvaltningen drar därför inga slutsatser om regiformen som sådan.",
]
y = pdf.columns(comments, size=9.3, lh=4.55, rule=(190, 190, 190))
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Analys", size=12.5)
hb = [h for h in A_HOMES if h[1] == "Hasselbacken"][0]
pdf.p(f"Andelen boende med trycksår på Hasselbacken steg från {d1(hb[3])} till {d1(hb[4])} procent. Ökningen "
      f"förklaras av att {A_PASSAGE}. Under hösten har boendet fått en ny sjuksköterska, och vid mätningen i "
      "oktober var andelen tillbaka under målet.", size=9.8)
pdf.p(f"På Fläderbacken, som drivs av {A_OPERATOR}, har flera undersköterskor bytts ut under året. Nämnden har "
      "därför begärt en handlingsplan av utföraren, och resultaten följs upp vid ett extra möte i maj 2027.",
      size=9.8)
pdf.p(f"Lönngården öppnade i april 2025, och jämförelsen med året innan ska därför tolkas med försiktighet. "
      f"Kommunens samlade nöjdhet ligger över genomsnittet i riket på {A_RIKET_N} procent.", size=9.8)
pdf.h1("4 Förbättringsarbete 2027", size=12.5)
for head, subs in A_MEASURES:
    pdf.need(16)
    yb = pdf.get_y()
    pdf.set_fill_color(*MOSS)
    pdf.rect(pdf.l_margin + 1.2, yb + 1.4, 2.2, 2.2, style="F")
    pdf.set_xy(pdf.l_margin + 6, yb)
    pdf.set_font("Serif", "B", 9.8)
    pdf.multi_cell(pdf.epw - 6, 5, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.8)
    for sub in subs:
        pdf.set_x(pdf.l_margin + 6)
        pdf.set_text_color(*MOSS)
        pdf.cell(5, 5, "–")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(pdf.epw - 11, 5, sub, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Vård- och omsorgsnämnden föreslås besluta", [
    "godkänna kvalitetsuppföljningen av de särskilda boendena för 2026,",
    "uppdra åt förvaltningen att följa upp trycksåren på Hasselbacken och Havsviken varje kvartal, samt",
    f"begära en handlingsplan från {A_OPERATOR} för Fläderbacken senast den 30 april 2027."], size=9.8)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Lunnemåla den {A_DATE.day} mars {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{A_CHIEF[0]}\n{A_CHIEF[1].capitalize()}", f"{A_QUAL[0]}\n{A_QUAL[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
