"""(d) Hamrelunds kommun – folkhälsoprofil 2026 (kvinnor och män 2022 och 2025, jämfört med länet och riket).

Layout: Liberation Serif text, Liberation Sans Narrow table, 4 pages, pp. 2–3 LANDSCAPE. P. 1 (portrait): the title
with a thin rule ABOVE AND BELOW a one-line subtitle, a FIGURE STRIP – four population figures in large type side
by side, separated by thin vertical rules and labelled underneath (no boxes) –, the summary with competing figures
(women vs men, 2022 vs 2025, kommun vs län vs riket) and a "Så läser du profilen" note in a frame with a dashed
border. Pp. 2–3 (landscape): Tabell 1 with a THREE-LEVEL HEADING: "Hamrelund" spans Kvinnor / Män, each of which
spans 2022 / 2025; "Länet 2025" and "Riket 2025" each span Kvinnor / Män (which span the two lower rows); Indikator,
Enhet and Källa span all three rows. There are NO VERTICAL RULES: the three column blocks are told apart by
BACKGROUND TINTS (Hamrelund white, Länet pale green, Riket pale grey) that run from the heading to the last row.
Area rows carry a small coloured square and the area name in bold; rows are separated by hairlines; values with
decimals use a decimal comma; the source is an abbreviation (HLV, SCB, FK, SKV, LoH) explained in a footnote.
The table BREAKS AFTER "Förvärvsarbetande 20–64 år": p. 3 repeats the caption with "(forts.)", the full
three-level heading and "Livsvillkor (forts.)". P. 4 (portrait) is a TWO-COLUMN PAGE: "Analys" as running text in
the left column, "Prioriteringar 2027–2028" as a numbered list whose items wrap in the right column, separated by a
thin vertical rule. Metadata title set.
"""
import datetime as dt

from common28 import HERE, Doc
from data import (D_AREAS, D_YEARS, D_BREAK_AFTER, D_POP, D_SOURCES, D_PASSAGE, D_PRIO, d_rows, d_fmt, d_ind, g,
                  d1, r1)

OUT = HERE / "hamrelund-folkhalsoprofil-2026.pdf"
ACC = (46, 104, 64)
pdf = Doc("Hamrelunds kommun", "Folkhälsoprofil 2026", "{p}/4", font="liberation", serif=True, accent=ACC,
          title="Folkhälsoprofil 2026 – Hamrelunds kommun", author="Hamrelunds kommun, folkhälsorådet",
          foot="Hamrelunds kommun · Kommunledningsförvaltningen · Folkhälsorådet",
          created=dt.datetime(2026, 10, 12, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Serif", "B", 24)
pdf.set_text_color(*ACC)
pdf.cell(0, 11, "Folkhälsoprofil 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 1
pdf.set_draw_color(*ACC)
pdf.line(20, y, 190, y)
pdf.set_xy(20, y + 1.5)
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Hälsa och livsvillkor för kvinnor och män i Hamrelund 2022 och 2025", new_x="LMARGIN",
         new_y="NEXT")
y = pdf.get_y() + 1.5
pdf.line(20, y, 190, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 7)
strip = [(g(D_POP[0]), "invånare 31 december 2025"), (g(D_POP[1]), "kvinnor"), (g(D_POP[2]), "män"),
         ("43,8 år", "medelålder")]
y0 = pdf.get_y()
for i, (big, small) in enumerate(strip):
    x = 20 + i * 42.5
    if i:
        pdf.set_draw_color(170, 170, 170)
        pdf.line(x, y0, x, y0 + 15)
    pdf.set_xy(x + 2, y0)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*ACC)
    pdf.cell(38, 8, big, align="C")
    pdf.set_text_color(80, 80, 80)
    pdf.set_xy(x + 2, y0 + 8.5)
    pdf.set_font("Sans", "", 8)
    pdf.cell(38, 4.5, small, align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + 22)
psy, smoke, unga, fys = (d_ind(n) for n in ("Nedsatt psykiskt välbefinnande", "Röker dagligen",
                                              "Unga 16–24 år som varken arbetar eller studerar",
                                              "Fysiskt aktiva minst 150 minuter i veckan"))
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Den psykiska hälsan har försämrats bland kvinnorna i Hamrelund. Andelen kvinnor med nedsatt psykiskt "
      f"välbefinnande ökade från {psy[3]} procent 2022 till {psy[4]} procent 2025, vilket är mer än i länet "
      f"({psy[7]} procent) och i riket ({psy[9]} procent). Bland männen var andelen {psy[6]} procent.", size=10.2)
pdf.p(f"Andelen som röker dagligen har minskat, bland kvinnor från {smoke[3]} till {smoke[4]} procent och bland "
      f"män från {smoke[5]} till {smoke[6]} procent. Samtidigt har andelen som är fysiskt aktiva minst 150 "
      f"minuter i veckan minskat till {fys[4]} procent bland kvinnor och {fys[6]} procent bland män.", size=10.2)
pdf.p(f"Andelen unga som varken arbetar eller studerar ökade till {d1(unga[4])} procent bland unga kvinnor och "
      f"{d1(unga[6])} procent bland unga män, högre än både länet och riket.", size=10.2)
pdf.ln(2)
y0 = pdf.get_y()
note = ("Profilen redovisar 14 indikatorer inom fyra områden för kvinnor och män. För Hamrelund visas värdena för "
        "2022 och 2025, för länet och riket enbart 2025. För de flesta indikatorer är ett lägre värde bättre; "
        "undantagen är fysisk aktivitet, förvärvsarbete, utbildning, medellivslängd och behörighet till "
        "gymnasiet. Enkätdata för Hamrelund bygger på ett mindre urval, och skillnader på ett par procentenheter "
        "kan bero på slumpen.")
pdf.set_font("Serif", "", 9.4)
pdf.set_xy(25, y0 + 9)
pdf.multi_cell(160, 4.7, note, align="L", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y() + 3
pdf.set_xy(25, y0 + 3)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "Så läser du profilen")
pdf.set_text_color(0, 0, 0)
with pdf.local_context():
    pdf.set_draw_color(*ACC)
    pdf.set_dash_pattern(dash=1.2, gap=0.9)
    pdf.rect(20, y0, 170, y1 - y0)

# ---------------------------------------------------------------- pp. 2–3 landscape table
W = [80, 14, 17, 17, 17, 17, 19, 19, 19, 19, 15]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
TINT_L = (230, 242, 232)
TINT_R = (236, 236, 236)
HH = [6, 5.5, 5.5]
RH = 9.4


def tints(y, h):
    pdf.set_fill_color(*TINT_L)
    pdf.rect(XS[6], y, W[6] + W[7], h, style="F")
    pdf.set_fill_color(*TINT_R)
    pdf.rect(XS[8], y, W[8] + W[9], h, style="F")


def caption(cont):
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Tabell 1. Indikatorer för kvinnor och män" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def heading():
    y = pdf.get_y()
    h = sum(HH)
    tints(y, h)
    pdf.set_font("Cond", "B", 9)

    def txt(x, w, yy, hh, t, align="C"):
        pdf.set_xy(x, yy + (hh - 4) / 2)
        pdf.cell(w, 4, t, align=align)

    # spanning all three rows
    txt(XS[0] + 1, W[0], y + HH[0] + HH[1], HH[2], "Indikator", "L")
    txt(XS[1], W[1], y + HH[0] + HH[1], HH[2], "Enhet")
    txt(XS[10], W[10], y + HH[0] + HH[1], HH[2], "Källa")
    # level 1
    txt(XS[2], sum(W[2:6]), y, HH[0], "Hamrelund")
    txt(XS[6], W[6] + W[7], y, HH[0], "Länet 2025")
    txt(XS[8], W[8] + W[9], y, HH[0], "Riket 2025")
    pdf.set_draw_color(120, 120, 120)
    for a, b in ((2, 6), (6, 8), (8, 10)):
        pdf.line(XS[a] + 1.5, y + HH[0] - 0.3, XS[b] - 1.5, y + HH[0] - 0.3)
    # level 2
    pdf.set_font("Cond", "B", 8.6)
    txt(XS[2], W[2] + W[3], y + HH[0], HH[1], "Kvinnor")
    txt(XS[4], W[4] + W[5], y + HH[0], HH[1], "Män")
    for i, t in ((6, "Kvinnor"), (7, "Män"), (8, "Kvinnor"), (9, "Män")):
        txt(XS[i], W[i], y + HH[0], HH[1] + HH[2], t)
    for a, b in ((2, 4), (4, 6)):
        pdf.line(XS[a] + 1.5, y + HH[0] + HH[1] - 0.3, XS[b] - 1.5, y + HH[0] + HH[1] - 0.3)
    # level 3
    pdf.set_font("Cond", "", 8.6)
    for i, t in ((2, "2022"), (3, "2025"), (4, "2022"), (5, "2025")):
        txt(XS[i], W[i], y + HH[0] + HH[1], HH[2], t)
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.5)
    pdf.line(20, y + h, R, y + h)
    pdf.line(20, y, R, y)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + h)


def area_row(name, col):
    y = pdf.get_y()
    tints(y, RH)
    pdf.set_fill_color(*col)
    pdf.rect(21, y + 3.4, 2.6, 2.6, style="F")
    pdf.set_font("Cond", "B", 10)
    pdf.set_xy(25.5, y + 2.5)
    pdf.cell(W[0], 4.4, name)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y + RH, R, y + RH)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + RH)


def ind_row(r):
    y = pdf.get_y()
    tints(y, RH)
    pdf.set_font("Cond", "", 9.8)
    cells = [r[0], r[1]] + [d_fmt(r, v) for v in r[3:11]] + [r[2]]
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + (5.5 if i == 0 else 0.8), y + 2.5)
        pdf.cell(W[i] - (6 if i == 0 else 1.6), 4.4, c, align="L" if i == 0 else ("C" if i in (1, 10) else "R"))
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y + RH, R, y + RH)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + RH)


COLS = [(200, 120, 40), (120, 80, 160), (40, 110, 170), (200, 60, 80)]
pdf.add_page(orientation="L")
caption(False)
pdf.set_font("Serif", "", 9.6)
pdf.multi_cell(0, 4.7, "Tabellen visar värdet för kvinnor och män i Hamrelund 2022 och 2025 och motsvarande värden för "
               "länet och riket 2025. Indikatorerna är ordnade i fyra områden. Källorna förklaras under tabellen.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
heading()
for k, (area, rows) in enumerate(D_AREAS):
    area_row(area, COLS[k])
    for r in rows:
        ind_row(r)
        if r[0] == D_BREAK_AFTER:
            pdf.set_font("Sans", "I", 8)
            pdf.set_y(pdf.get_y() + 2)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", align="R")
            pdf.add_page(orientation="L")
            caption(True)
            heading()
            area_row(area + " (forts.)", COLS[k])
pdf.set_draw_color(30, 30, 30)
pdf.set_line_width(0.5)
pdf.line(20, pdf.get_y(), R, pdf.get_y())
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Källor: " + "; ".join(f"{a} = {b}" for a, b in D_SOURCES) + ".", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(0.8)
pdf.multi_cell(0, 3.8, "Värdena för länet och riket avser 2025. Andelar i procent av befolkningen 16–84 år om inget "
               "annat anges. Medellivslängd avser femårsperioder som slutar det angivna året.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 4 two columns
pdf.add_page(orientation="P")
pdf.h1("Analys och prioriteringar", size=13)
ytop = pdf.get_y() + 1
LX, LW, RX, RW = 20, 80, 110, 80
edu, otr, fetma = d_ind("Eftergymnasial utbildning 25–64 år"), d_ind("Otrygga ute ensamma sent på kvällen"), \
    d_ind("Fetma, BMI 30 eller mer")
left = [
    ("h", "Analys"),
    ("p", f"De största skillnaderna mellan kvinnor och män i Hamrelund gäller utbildning och trygghet. "
          f"{edu[4]} procent av kvinnorna men {edu[6]} procent av männen har eftergymnasial utbildning, och "
          f"{otr[4]} procent av kvinnorna känner sig otrygga ute ensamma sent på kvällen, mot {otr[6]} procent av "
          "männen."),
    ("p", f"Andelen med fetma har ökat för både kvinnor och män och är nu {fetma[4]} respektive {fetma[6]} "
          "procent, högre än i riket. Utvecklingen hänger samman med att färre är fysiskt aktiva."),
    ("p", D_PASSAGE + " Många av de anställda var unga män utan gymnasieexamen, och flera unga kvinnor har "
          "lämnat studier för tillfälliga jobb inom handeln."),
    ("p", "Ohälsotalet har sjunkit för både kvinnor och män sedan 2022 men är fortfarande högre än i riket."),
]
right = [("h", "Prioriteringar 2027–2028")] + [("n", t) for t in D_PRIO] + [
    ("p", "Folkhälsorådet följer upp prioriteringarna i nästa folkhälsoprofil, som tas fram hösten 2028.")]


def column(blocks, x, w):
    pdf.set_y(ytop)
    n = 0
    for kind, t in blocks:
        if kind == "h":
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(*ACC)
            pdf.cell(w, 6, t, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_x(x)
            pdf.set_font("Serif", "", 9.8)
            pdf.multi_cell(w, 4.8, t, align="J", new_x="LEFT", new_y="NEXT")
            pdf.ln(2.2)
        else:
            n += 1
            pdf.set_x(x)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(6, 4.8, f"{n}.")
            pdf.set_font("Serif", "", 9.8)
            pdf.multi_cell(w - 6, 4.8, t, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(2)
    return pdf.get_y()


yl = column(left, LX, LW)
yr = column(right, RX, RW)
pdf.set_draw_color(170, 170, 170)
pdf.line(105, ytop, 105, max(yl, yr))
pdf.set_draw_color(0, 0, 0)
pdf.set_y(max(yl, yr) + 6)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 5, "Folkhälsorådet i Hamrelund, oktober 2026 · Kontakt: Tove Mellgren, folkhälsostrateg",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
