"""(e) Sörnäsa kommun – handlingsplan för folkhälsa 2027–2029 (kommunstyrelsen).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, warm orange accent
and one colour per target area. P. 1 has no running header: a MOTIF OF FOUR OVERLAPPING OUTLINED RINGS in the four
target-area colours at the top right, "SÖRNÄSA KOMMUN / Kommunstyrelsen" at the left, the title, the decision line
between two hairlines, "Inledning" SET IN TWO BALANCED COLUMNS, and Tabell 1, the baseline (Indikator / "Sörnäsa" over
2022 and 2026 / Riket 2026 / Målvärde 2029) with a STACKED HEADING, hairlines and the target column on an orange
tint. Pp. 2–4 have a running header with a short orange bar before the name and "n/4" at the right. Pp. 2–3: the
measures, one block per target area, each opened by a RIBBON HEADING (a band in the area's colour with a
SWALLOW-TAIL NOTCH at the right end and white text "Målområde n · name"), then Tabell 2 rows (Nr / Åtgärd / Ansvarig /
Tidsram / a DRAWN TIME STRIP of three cells for 2027, 2028 and 2029, filled in the area's colour for the years the
measure runs / Indikator); the heading row of Tabell 2 is repeated under every ribbon. P. 4: "Uppföljning" as a
"•" LIST WITH NESTED "–" ITEMS, "Beslut" as att-clauses and the contact. Metadata title set.
"""
import datetime as dt

from common41 import HERE, Doc, nb
from data import (E_DECIDED, E_BASE, E_AREAS, E_MEASURES, E_YEARS, E_STRATEGIST, E_CHAIR, e_measure_cells,
                  e_base_cells)

OUT = HERE / "sornasa-handlingsplan-folkhalsa-2027-2029.pdf"
OR = (205, 105, 25)
TINT = (252, 236, 220)
GREY = (110, 110, 110)
AREACOL = {"1": (226, 150, 20), "2": (130, 90, 170), "3": (60, 140, 80), "4": (40, 100, 170)}


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_fill_color(*OR)
        self.rect(22, 11.2, 6, 2.6, style="F")
        self.set_xy(30, 10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(120, 5, "Sörnäsa kommun · Handlingsplan för folkhälsa 2027–2029")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.page_no()}/4", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = EDoc("", font="dejavu", serif=True, accent=OR, justify=True,
           title="Sörnäsa kommun – Handlingsplan för folkhälsa 2027–2029", author="Sörnäsa kommun, kommunstyrelsen",
           created=dt.datetime(2027, 2, 24, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 22, 22)
pdf.set_auto_page_break(True, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for k, (nr, _) in enumerate(E_AREAS):
    cx, cy = 160 + (k % 2) * 11, 24 + (k // 2) * 11
    pdf.set_draw_color(*AREACOL[nr])
    pdf.set_line_width(1.6)
    pdf.ellipse(cx - 8, cy - 8, 16, 16)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(22, 16)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*OR)
pdf.cell(100, 6, "SÖRNÄSA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(46)
pdf.set_font("Sans", "B", 22)
pdf.multi_cell(0, 10, "Handlingsplan för folkhälsa 2027–2029", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
y = pdf.get_y()
pdf.hline(22, 188, y, 0.2, (160, 160, 160))
pdf.set_xy(22, y + 1)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, f"Antagen av kommunstyrelsen {E_DECIDED.isoformat()}, § 31 · Dnr KS 2026/455 · Gäller 2027–2029")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, y + 7, 0.2, (160, 160, 160))
pdf.set_y(y + 12)
pdf.h1("Inledning", size=13)
col_text = [
    "Handlingsplanen konkretiserar kommunens folkhälsopolicy och beskriver vad kommunen ska göra under 2027–2029 "
    "för att fler invånare ska ha en god hälsa. Planen är uppdelad i fyra målområden. Under varje målområde finns "
    "numrerade åtgärder med ansvarig förvaltning eller enhet, tidsram och den indikator som används för att följa "
    "upp åtgärden.",
    "Planen bygger på elevenkäten i årskurs 9, den nationella folkhälsoenkäten och kommunens egen statistik. "
    "Jämfört med 2022 mår färre unga bra, och användningen av snus har ökat. Fetman bland vuxna har ökat, samtidigt "
    "som färre vuxna rör sig tillräckligt. Ensamheten bland äldre har också ökat. Tabell 1 visar utgångsläget.",
]
colw, gap = 80, 6
y0 = pdf.get_y()
ys = []
for k, t in enumerate(col_text):
    pdf.set_xy(22 + k * (colw + gap), y0)
    pdf.set_font("Serif", "", 9.4)
    pdf.multi_cell(colw, 4.7, t, align="L", new_x="LEFT", new_y="NEXT")
    ys.append(pdf.get_y())
pdf.set_y(max(ys) + 6)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 1. Folkhälsan i Sörnäsa – utgångsläge, procent", new_x="LMARGIN", new_y="NEXT")
W1 = [92, 17, 17, 20, 20]
A1 = ["L", "R", "R", "R", "R"]
X0 = 22
TW1 = sum(W1)
y = pdf.get_y() + 1
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(X0 + W1[0], y)
pdf.cell(W1[1] + W1[2], 4.4, "Sörnäsa", align="C")
pdf.hline(X0 + W1[0] + 2, X0 + W1[0] + W1[1] + W1[2] - 1, y + 4.6, 0.3, OR)
y += 5.2
h = pdf.row(X0, y, W1, A1, ["Indikator", "2022", "2026", "Riket 2026", "Målvärde 2029"], font="Cond", style="B",
            size=8.6, fills=[None, None, None, None, TINT])
y += h
pdf.hline(X0, X0 + TW1, y, 0.6, OR)
for b in E_BASE:
    h = pdf.row(X0, y, W1, A1, e_base_cells(b), font="Cond", size=9, lh=4.1, vpad=1.3,
                fills=[None, None, None, None, TINT], styles=[None, None, "B", None, None])
    y += h
    pdf.hline(X0, X0 + TW1, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW1, y, 0.6, OR)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW1, 3.7, "Källor: elevenkäten i årskurs 9 (2022 och 2026), den nationella folkhälsoenkäten Hälsa på "
               "lika villkor (vuxna) och kommunens äldreenkät. Målvärdet avser 2029.", align="L")

# ---------------------------------------------------------------- pp. 2–3 measures
W = [9, 46, 50, 21, 14, 26]
A = ["L", "L", "L", "L", "C", "L"]
TW = sum(W)


def ribbon(y, nr, name):
    col = AREACOL[nr]
    pdf.set_fill_color(*col)
    pdf.polygon([(X0, y), (X0 + 120, y), (X0 + 114, y + 4), (X0 + 120, y + 8), (X0, y + 8)], style="F")
    pdf.set_xy(X0 + 3, y + 1.4)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(110, 5.2, f"Målområde {nr} · {name}")
    pdf.set_text_color(0, 0, 0)
    return y + 10


def head(y):
    h = pdf.row(X0, y, W, A, ["Nr", "Åtgärd", "Ansvarig", "Tidsram", "", "Indikator"], font="Cond", style="B",
                size=8.4)
    sx = X0 + sum(W[:4])
    pdf.set_font("Cond", "", 6.4)
    pdf.set_text_color(*GREY)
    for k, yr in enumerate(E_YEARS):
        pdf.set_xy(sx + 0.2 + k * 4.6, y + 1.4)
        pdf.cell(4.6, 3, f"{yr % 100:02d}", align="C")
    pdf.set_text_color(0, 0, 0)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.5, (70, 70, 70))
    return y


def strip(x, y, h, m, col):
    for k, yr in enumerate(E_YEARS):
        cx = x + 0.2 + k * 4.6
        pdf.set_draw_color(170, 170, 170)
        if m[3] <= yr <= m[4]:
            pdf.set_fill_color(*col)
            pdf.rect(cx + 0.3, y + h / 2 - 1.6, 4.0, 3.2, style="FD")
        else:
            pdf.rect(cx + 0.3, y + h / 2 - 1.6, 4.0, 3.2, style="D")
    pdf.set_draw_color(0, 0, 0)


def area_block(nr, name, y):
    y = ribbon(y, nr, name)
    y = head(y)
    for m in [m for m in E_MEASURES if m[0].split(".")[0] == nr]:
        cells = e_measure_cells(m)
        cells = cells[:4] + [""] + cells[4:]
        h = pdf.row(X0, y, W, A, cells, font="Cond", size=8.6, lh=4.0, vpad=1.5)
        strip(X0 + sum(W[:4]), y, h, m, AREACOL[nr])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
    return y + 7


pdf.add_page()
pdf.h1("Åtgärder 2027–2029", size=13)
pdf.p("Tabell 2 redovisar planens åtgärder per målområde. Tidsramen anger under vilka år åtgärden genomförs; den "
      "färgade remsan visar samma sak för åren 2027, 2028 och 2029. Den ansvariga förvaltningen eller enheten "
      "rapporterar åtgärden i sin verksamhetsberättelse.", size=9.6)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 2. Åtgärder per målområde", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 2
for nr, name in E_AREAS[:2]:
    y = area_block(nr, name, y)
pdf.add_page()
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 2 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 2
for nr, name in E_AREAS[2:]:
    y = area_block(nr, name, y)
pdf.set_y(y)
pdf.p("Åtgärderna inom målområde 4 genomförs i samverkan med polisen och med föreningslivet. Kontrollköpen görs "
      "av tillståndsenheten tillsammans med ungdomar som har fyllt 18 år.", size=9.6)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Uppföljning", size=13)
items = [("Varje ansvarig förvaltning eller enhet rapporterar sina åtgärder", ["i delårsrapporten per augusti",
                                                                            "i verksamhetsberättelsen för året"]),
         ("Folkhälsoenheten sammanställer en årlig folkhälsorapport till kommunstyrelsen", [
             "med indikatorerna i tabell 1 när nya enkätresultat finns",
             "med en bedömning av om åtgärderna har genomförts enligt tidsramen"]),
         ("Folkhälsorådet följer arbetet vid sina fyra sammanträden per år", []),
         ("Planen revideras inför 2030 tillsammans med den nya folkhälsopolicyn", [])]
for t, subs in items:
    pdf.set_x(24)
    pdf.set_font("Serif", "", 9.8)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(155, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    for s in subs:
        pdf.set_x(30)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(150, 5, s, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(2)
pdf.h1("Beslut", size=13)
pdf.att_list("Kommunstyrelsen beslutar", [
    "anta handlingsplanen för folkhälsa 2027–2029,",
    "uppdra åt förvaltningarna att genomföra åtgärderna inom befintliga budgetramar, samt",
    "uppdra åt folkhälsoenheten att årligen redovisa hur planen följs."], size=9.8)
pdf.ln(4)
pdf.set_font("Sans", "", 9.2)
pdf.cell(0, 5, f"Kontakt: {E_STRATEGIST}, folkhälsostrateg, kommunledningskontoret", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"Kommunstyrelsens ordförande: {E_CHAIR}", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
