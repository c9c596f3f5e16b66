"""(c) Vitåkra kommun – kommunstyrelsen: internkontrollplan 2027.

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 3 pages, graphite and crimson. P. 1 has no
running header: a DRAWN PADLOCK (a graphite body with a crimson keyhole under a shackle) beside "VITÅKRA KOMMUN /
Kommunstyrelsen", a graphite TAG WITH WHITE LETTER-SPACED TEXT "INTERNKONTROLLPLAN 2027" at the right, a graphite rule
with a short crimson segment at its left end, the title, a key–value block, "1 Inledning", "2 Så har riskerna bedömts"
with TWO SCALE LISTS SIDE BY SIDE (Sannolikhet 1–4 / Konsekvens 1–4, each step a number in a grey square and its
word) and a ROW OF FOUR LEVEL CHIPS (Låg 1–3, Måttlig 4–6, Hög 8–9, Mycket hög 12–16 in pale green, yellow, orange and
red), and "3 Uppföljning av planen för 2026" with COMPETING FIGURES in running text (12 planned, 11 carried out, 3
with deviations, 8 without remarks; 13 risks in the new plan, 4 at the highest value 12). Pp. 2–3 have a running
header ("Vitåkra kommun – Internkontrollplan 2027" at the left, "Kommunstyrelsen | n (3)" at the right) over a thin
graphite rule and a grey footer line with the diarienummer. P. 2: Tabell 1, the plan (Nr / Risk / S / K / Riskvärde /
Kontrollmoment / Frekvens / Ansvarig), GROUP ROWS per process area as white text on a graphite band, wrapping risk and
control texts, and in every row a MINI RISK MATRIX (a 4 × 4 grid of tinted squares beside the risk value, the row's
square marked with a crimson dot); a note under the table. P. 3: "4 Iakttagelser vid 2026 års kontroller" as a
NUMBERED LIST WITH BOLD RUN-IN TOPICS AND NESTED EN-DASH POINTS, "5 Kontrollen av bisysslor" (the passage), "Förslag
till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common49 import HERE, Doc
from data import (C_RISKS, C_AREAS, C_LEVELS, C_DNR, C_DATE, C_DIR, C_CTRL, C_FINDINGS, C_PASSAGE, c_cells,
                  c_level, c_sentences)

OUT = HERE / "vitakra-ks-internkontrollplan-2027.pdf"
GRAPH = (56, 62, 70)
CRIMSON = (168, 28, 48)
GREY = (110, 110, 110)
LEVEL_FILL = {"Låg": (214, 236, 208), "Måttlig": (252, 240, 190), "Hög": (250, 214, 170), "Mycket hög": (240, 184, 184)}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*GRAPH)
        self.set_xy(self.l_margin, 10)
        self.cell(100, 4.4, "Vitåkra kommun – Internkontrollplan 2027")
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 100, 4.4, f"Kommunstyrelsen | {self.page_no()} (3)", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 15.5, 0.4, GRAPH)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.hline(self.l_margin, self.w - self.r_margin, self.h - 12.5, 0.15, (170, 170, 170))
        self.set_xy(self.l_margin, self.h - 11.5)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 3.6, f"Dnr {C_DNR}")
        self.set_text_color(0, 0, 0)


pdf = CDoc("Vitåkra kommun", font="liberation", serif=False, accent=GRAPH, foot="", justify=False,
           created=dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# padlock
lx, ly = 21, 12
pdf.set_draw_color(*GRAPH)
pdf.set_line_width(1.3)
pdf.arc(lx + 2.2, ly + 0.5, 8.6, 180, 360, style="D")
pdf.line(lx + 2.2, ly + 4.8, lx + 2.2, ly + 7.5)
pdf.line(lx + 10.8, ly + 4.8, lx + 10.8, ly + 7.5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_fill_color(*GRAPH)
pdf.rect(lx, ly + 7, 13, 10.5, style="F", round_corners=True, corner_radius=1.4)
pdf.set_fill_color(*CRIMSON)
pdf.circle(lx + 6.5, ly + 11, 1.3, style="F")
pdf.polygon([(lx + 5.8, ly + 11.4), (lx + 7.2, ly + 11.4), (lx + 7.6, ly + 14.8), (lx + 5.4, ly + 14.8)], style="F")
pdf.set_xy(38, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GRAPH)
pdf.cell(90, 6, "VITÅKRA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kommunstyrelsen")
pdf.set_fill_color(*GRAPH)
pdf.rect(136, 14.5, 54, 7.2, style="F")
pdf.set_xy(136, 16)
pdf.spaced("INTERNKONTROLLPLAN 2027", 7.8, "B", 0.9, (255, 255, 255), align="C", w=54, h=4.4)
pdf.hline(20, 190, 32.0, 0.9, GRAPH)
pdf.hline(20, 44, 32.0, 0.9, CRIMSON)
pdf.set_y(37)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*GRAPH)
pdf.cell(0, 8.5, "Internkontrollplan 2027 för kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2.5)
pdf.kv([("Diarienummer", C_DNR), ("Datum", C_DATE.isoformat()), ("Handläggare", f"{C_CTRL[0]}, {C_CTRL[1]}"),
        ("Beslutas av", "Kommunstyrelsen")], lw=32, size=9, lh=4.5)
pdf.h1("1 Inledning", size=12)
pdf.p("Enligt kommunallagen ska varje nämnd se till att den interna kontrollen är tillräcklig och att verksamheten "
      "bedrivs på ett i övrigt tillfredsställande sätt. Internkontrollplanen beskriver vilka risker kommunstyrelsen "
      "ska följa upp under året, hur kontrollerna görs, hur ofta och av vem.", size=9.6)
pdf.p("Planen bygger på en riskanalys som förvaltningens ledningsgrupp gjorde i oktober. Risker som bedömts som "
      "låga tas inte med i planen utan hanteras i den löpande verksamheten.", size=9.6)
pdf.h1("2 Så har riskerna bedömts", size=12)
pdf.p("Varje risk har bedömts efter hur sannolik den är och hur allvarliga konsekvenserna skulle bli. Riskvärdet är "
      "produkten av de två bedömningarna och kan som högst bli 16.", size=9.6)
scales = [("Sannolikhet", ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"]),
          ("Konsekvens", ["Försumbar", "Lindrig", "Kännbar", "Allvarlig"])]
y0 = pdf.get_y() + 1
for k, (title, words) in enumerate(scales):
    x = 20 + k * 60
    pdf.set_xy(x, y0)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(50, 4.6, title)
    for i, w in enumerate(words, 1):
        yy = y0 + 5.6 + (i - 1) * 5.4
        pdf.set_fill_color(228, 228, 228)
        pdf.rect(x, yy, 4.6, 4.6, style="F")
        pdf.set_font("Sans", "B", 8)
        pdf.set_xy(x, yy + 0.3)
        pdf.cell(4.6, 4, str(i), align="C")
        pdf.set_font("Sans", "", 8.6)
        pdf.set_xy(x + 6.4, yy + 0.3)
        pdf.cell(40, 4, w)
# level chips (right)
pdf.set_xy(140, y0)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(50, 4.6, "Risknivå")
for i, (lo, hi, name) in enumerate(C_LEVELS):
    yy = y0 + 5.6 + i * 5.4
    pdf.set_fill_color(*LEVEL_FILL[name])
    pdf.rect(140, yy, 50, 4.6, style="F", round_corners=True, corner_radius=1.0)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(142, yy + 0.3)
    pdf.cell(30, 4, name)
    pdf.cell(16, 4, f"{lo}–{hi}", align="R")
pdf.set_y(y0 + 5.6 + 4 * 5.4 + 3)
pdf.h1("3 Uppföljning av planen för 2026", size=12)
s = c_sentences()
pdf.p(f"{s[0]} {s[1]} Resultaten redovisades för kommunstyrelsen i november, och iakttagelserna finns i avsnitt "
      "4.", size=9.6)
pdf.p(f"{s[2]} Fyra nya risker har tillkommit, bland annat nätfiske och brister i brandskyddet, medan kontrollen "
      "av kassahantering har utgått eftersom kommunen inte längre tar emot kontanter.", size=9.6)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Risker och kontroller 2027", new_x="LMARGIN", new_y="NEXT")
X = 20
WID = [8, 42, 6.5, 6.5, 19, 41, 22, 25]
AL = ["C", "L", "C", "C", "L", "L", "L", "L"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - 190) > 0.01:
    raise SystemExit(f"Tabell 1 width {XS[-1] - X}")
FS = 8.3
y = pdf.get_y() + 1
pdf.hline(X, XS[-1], y, 0.9, GRAPH)
pdf.row(X, y, WID, AL, ["Nr", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Frekvens", "Ansvarig"],
        size=8.3, font="Cond", style="B", h=6.0, vpad=1.0)
y += 6.0
pdf.hline(X, XS[-1], y, 0.5, GRAPH)


def mini_matrix(x, yc, s_, k_):
    """A 4 × 4 grid (consequence to the right, probability upwards), tinted by level, with the row's square dotted."""
    cs = 1.9
    x0, y0_ = x, yc - 2 * cs
    for si in range(1, 5):
        for ki in range(1, 5):
            pdf.set_fill_color(*LEVEL_FILL[c_level(si * ki)])
            pdf.rect(x0 + (ki - 1) * cs, y0_ + (4 - si) * cs, cs - 0.25, cs - 0.25, style="F")
    pdf.set_fill_color(*CRIMSON)
    pdf.circle(x0 + (k_ - 1) * cs + (cs - 0.25) / 2, y0_ + (4 - s_) * cs + (cs - 0.25) / 2, 0.62, style="F")


for area in C_AREAS:
    pdf.set_fill_color(*GRAPH)
    pdf.rect(X, y + 0.4, XS[-1] - X, 5.2, style="F")
    pdf.set_font("Cond", "B", 8.4)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X + 1.4, y + 0.9)
    pdf.cell(120, 4.2, area)
    pdf.set_text_color(0, 0, 0)
    y += 6.0
    for r in [r for r in C_RISKS if r[1] == area]:
        cells = c_cells(r)
        for c, w in zip(cells, WID):
            words_in = " ".join(pdf.cell_lines(w, c, "Cond", "", FS)).split()
            if words_in != str(c).split():
                raise SystemExit(f"word split in cell {c!r}")
        h = max(pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.2), 9.5)
        styles = [None, None, None, None, "B", None, None, None]
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2, h=h, styles=styles)
        mini_matrix(XS[4] + 6.6, y + h / 2, r[3], r[4])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, XS[-1], y, 0.9, GRAPH)
pdf.set_xy(X, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "S = sannolikhet och K = konsekvens, båda på en skala från 1 till 4. Riskvärde = S × K. "
               "Rutnätet visar var risken hamnar i riskkartan: konsekvensen åt höger och sannolikheten uppåt.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("4 Iakttagelser vid 2026 års kontroller", size=12)
for i, (text, subs) in enumerate(C_FINDINGS, 1):
    topic, rest = text.split(": ", 1)
    pdf.need(14)
    yb = pdf.get_y()
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*CRIMSON)
    pdf.set_xy(20, yb)
    pdf.cell(7, 4.9, f"{i}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(27, yb)
    pdf.multi_cell(163, 4.9, f"**{topic}:** {rest}", markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.4)
    for sub in subs:
        pdf.set_x(27)
        pdf.set_text_color(*GREY)
        pdf.cell(5, 4.8, "–")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(158, 4.8, sub, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)
pdf.h1("5 Kontrollen av bisysslor", size=12)
pdf.p(f"Kontrollen av bisysslor kunde inte genomföras under 2026, eftersom {C_PASSAGE}. Cheferna har i stället "
      "påmints om att alla medarbetare ska redovisa sina bisysslor vid medarbetarsamtalet.", size=9.6)
pdf.h1("Förslag till beslut", size=12)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "anta internkontrollplanen för 2027,",
    "godkänna uppföljningen av 2026 års internkontrollplan, samt",
    "uppdra åt kommundirektören att redovisa resultatet av kontrollerna i november 2027."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Vitåkra den {C_DATE.day} december {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{C_DIR[0]}\n{C_DIR[1].capitalize()}", f"{C_CTRL[0]}\n{C_CTRL[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
