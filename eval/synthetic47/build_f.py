"""(f) Gisselnäs kommun – samhällsbyggnadsnämnden: lekplatsprogram 2027–2031 (with the external inspector's summary
of the main inspection 2026 as a SCANNED page 3).

Layout: Liberation Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, grass green and cherry red. P. 1 has
no running header: a DRAWN SWING (a green A-frame with a top bar, two chains and a red seat) beside "GISSELNÄS
KOMMUN / Samhällsbyggnadsnämnden · Park och natur", a green rule with a row of small dots, the title, a key–value
block, "1 Inledning" with COMPETING FIGURES in running text (16 vs 19 playgrounds, three to be closed; 9 550 tkr vs
the frame 2 000 tkr a year = 10 000 tkr; 3 560 tkr in 2027, 1 560 over the frame; 1,6 mnkr a year before) and Figur 1,
a UNIT CHART of the sixteen playgrounds: one rounded token per playground holding its number, grouped in four
columns by condition (God / Godtagbar / Bristfällig / Dålig) with the count over each group and the tokens in four
shades from green to red. Pp. 2 and 4 have a running header (a small green disc, "Gisselnäs kommun · Lekplatsprogram
2027–2031", "sida n av 4") over a dotted green rule. P. 2: Tabell 1, the playgrounds with the DISTRICTS AS GROUP ROWS
(green small capitals on a pale green band), the condition cell led by a FOUR-SEGMENT CONDITION METER (four small
squares, as many filled as the condition is good, in the condition's colour), an italic "Summa <område>" row per
district and a bold "Totalt 2027–2031" row. **P. 3 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan47.py): page 4 of
the inspection firm's report – letterhead, a fully gridded table of remarks per playground under a spanning
"Anmärkningar" heading, notes, a signature – from a sheet that was CRUMPLED AND FLATTENED before it was scanned
(crease lines with ridges and shadows, facets in different tones), rotated 0.6°, with grain, blur and specks. P. 4:
Tabell 2, cost per year against the frame with the difference signed, "4 Besiktning och säkerhet" (pointing to the
scanned page in words only), "5 Prioriteringsgrunder" as a numbered list, "Förslag till beslut" as att-clauses and
two signature lines. No metadata title. None of the figures of the scanned table is repeated in the text layer.
"""
import datetime as dt

from common47 import HERE, Doc, DJ
from data import (F_ROWS, F_AREAS, F_CONDITIONS, F_YEARS, F_FRAME, F_DNR, F_DATE, F_HEAD, F_AUTHOR, f_cells,
                  f_area_sum, f_year_sum, f_total, f_cond_count, f_sentences, g)
from scan47 import render

OUT = HERE / "gisselnas-sbn-lekplatsprogram-2027-2031.pdf"
GREEN = (52, 122, 58)
PALE_GREEN = (230, 242, 226)
RED = (200, 48, 58)
GREY = (100, 100, 100)
COND_COL = {"God": (52, 140, 60), "Godtagbar": (150, 178, 48), "Bristfällig": (232, 150, 30), "Dålig": RED}
COND_N = {"God": 4, "Godtagbar": 3, "Bristfällig": 2, "Dålig": 1}


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(20)
            return
        self.set_fill_color(*GREEN)
        self.circle(23.6, 12.6, 1.6, style="F")
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*GREEN)
        self.set_xy(27, 10.6)
        self.cell(100, 4, "Gisselnäs kommun · Lekplatsprogram 2027–2031")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(140, 10.6)
        self.cell(48, 4, f"sida {self.page_no()} av 4", align="R")
        self.hline(22, 188, 16.5, 0.5, GREEN, dash=(0.3, 0.9))
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = FDoc("Gisselnäs kommun", font="liberation", serif=False, accent=GREEN, foot="", justify=False,
           created=dt.datetime(2027, 1, 19, 10, 15, tzinfo=dt.timezone.utc))
pdf.add_font("DCond", "", DJ + "DejaVuSansCondensed.ttf")
pdf.add_font("DCond", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("DCond", "I", DJ + "DejaVuSansCondensed-Oblique.ttf")
pdf.set_auto_page_break(True, 18)


def heading(t, size=12.5):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 6.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def caption(t):
    pdf.set_font("Sans", "B", 9.2)
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- p. 1: the swing
pdf.add_page()
pdf.set_draw_color(*GREEN)
pdf.set_line_width(1.1)
pdf.line(23, 28, 27.5, 12)
pdf.line(32, 28, 27.5, 12)
pdf.line(43, 28, 47.5, 12)
pdf.line(52, 28, 47.5, 12)
pdf.line(26.5, 12, 48.5, 12)
pdf.set_line_width(0.35)
pdf.set_draw_color(90, 90, 90)
pdf.line(34, 12.4, 34, 23.5)
pdf.line(41, 12.4, 41, 23.5)
pdf.set_fill_color(*RED)
pdf.rect(32.8, 23.4, 9.4, 1.6, style="F", round_corners=True, corner_radius=0.5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(58, 13.4)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*GREEN)
pdf.cell(100, 6.5, "GISSELNÄS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.2)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Samhällsbyggnadsnämnden · Park och natur")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32, 0.9, GREEN)
pdf.set_fill_color(*GREEN)
for k in range(24):
    pdf.circle(24 + k * 7.1, 34.3, 0.55, style="F")
pdf.set_y(38)
pdf.set_font("Sans", "B", 21)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Lekplatsprogram 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Förslag till samhällsbyggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Handläggare", f"{F_AUTHOR[0]}, {F_AUTHOR[1]}"),
        ("Till", "Samhällsbyggnadsnämnden")], lw=32, size=9, lh=4.5)
heading("1 Inledning")
s = f_sentences()
pdf.p("Lekplatsprogrammet beskriver hur kommunens allmänna lekplatser ska utvecklas under de kommande fem åren. "
      f"{s[0]} Avvecklade lekplatser ersätts av större och bättre utrustade områdeslekplatser i närheten.", size=9.8)
pdf.p(f"{s[1]} {s[2]} {s[3]}", size=9.8)
caption("Figur 1. Lekplatsernas skick efter huvudbesiktningen hösten 2026")
top = pdf.get_y() + 3
gx = 30
for cond in F_CONDITIONS:
    nums = [r[0] for r in F_ROWS if r[3] == cond]
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*COND_COL[cond])
    pdf.set_xy(gx, top)
    pdf.cell(36, 5, f"{cond} ({f_cond_count(cond)})", align="C")
    pdf.set_text_color(0, 0, 0)
    for k, n in enumerate(nums):
        col, row_ = k % 3, k // 3
        x = gx + 2 + col * 11
        y = top + 7 + row_ * 11
        pdf.set_fill_color(*COND_COL[cond])
        pdf.rect(x, y, 9, 9, style="F", round_corners=True, corner_radius=2.2)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x, y + 2.4)
        pdf.cell(9, 4.2, str(n), align="C")
        pdf.set_text_color(0, 0, 0)
    gx += 40
pdf.set_xy(22, top + 32)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.7, "Siffran i rutan är lekplatsens nummer i tabell 1. Skicket bedöms av förvaltningen utifrån "
               "besiktningen, redskapens ålder och underlagets skick.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p("Tre lekplatser har bedömts vara i gott skick och fem i godtagbart skick. Fem är bristfälliga och tre i så dåligt "
      "skick att en upprustning inte bedöms vara motiverad; de föreslås avvecklas.", size=9.8)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
heading("2 Lekplatser och planerade åtgärder")
caption("Tabell 1. Lekplatser per område, skick, planerad åtgärd, år och kostnad")
WID = [9, 40, 32, 51, 13, 21]
AL = ["R", "L", "L", "L", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
HEAD1 = ["Nr", "Lekplats", "Skick", "Planerad åtgärd", "År", "Kostnad, tkr"]
hh = pdf.row_h(WID, HEAD1, size=8.6, font="DCond", style="B", vpad=1.2)
pdf.set_fill_color(*GREEN)
pdf.rect(X, y, XS[-1] - X, hh, style="F")
pdf.row(X, y, WID, AL, HEAD1, size=8.6, font="DCond", style="B", color=(255, 255, 255), h=hh, vpad=1.2)
y += hh


def meter(x, yc, cond):
    n = COND_N[cond]
    for k in range(4):
        if k < n:
            pdf.set_fill_color(*COND_COL[cond])
            pdf.rect(x + k * 2.2, yc - 0.9, 1.8, 1.8, style="F")
        else:
            pdf.set_draw_color(170, 170, 170)
            pdf.rect(x + k * 2.2, yc - 0.9, 1.8, 1.8, style="D")
            pdf.set_draw_color(0, 0, 0)


for area in F_AREAS:
    pdf.set_fill_color(*PALE_GREEN)
    pdf.rect(X, y + 0.5, XS[-1] - X, 5.2, style="F")
    pdf.set_font("Sans", "B", 8)
    pdf.set_char_spacing(0.9)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(X + 1.5, y + 1.1)
    pdf.cell(80, 4, area.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 6.2
    for r in [x_ for x_ in F_ROWS if x_[2] == area]:
        cells = f_cells(r)
        shown = cells[:2] + ["            " + cells[2]] + cells[3:]
        h = pdf.row(X, y, WID, AL, shown, size=8.9, font="DCond", vpad=1.0)
        meter(XS[2] + 1.4, y + 1.0 + 2.0, r[3])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (205, 220, 205))
    y += pdf.row(X, y, WID, AL, ["", f"Summa {area}", "", "", "", g(f_area_sum(area))], size=8.9, font="DCond",
                 style="I", vpad=1.0)
    pdf.hline(XS[5] + 3, XS[-1], y - 5.9, 0.3, GREEN)
pdf.hline(X, XS[-1], y + 0.4, 0.3, GREEN)
pdf.hline(X, XS[-1], y + 1.1, 0.3, GREEN)
y += 1.2
y += pdf.row(X, y, WID, AL, ["", "Totalt 2027–2031", "", "", "", g(f_total())], size=9.2, font="DCond", style="B",
             vpad=1.3)
pdf.hline(X, XS[-1], y, 0.9, GREEN)
pdf.set_xy(X, y + 2)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.7, "Kostnaderna är bedömda i 2027 års prisnivå och omfattar redskap, underlag, markarbeten och "
               "projektering. Skick: fyllda rutor visar skicket, från en ruta (dåligt) till fyra (gott).", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3: the scanned inspection summary
pdf.scan_page(render(), w=pdf.w, h=pdf.h)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
heading("3 Kostnad per år")
caption("Tabell 2. Planerade åtgärder per år jämfört med investeringsramen, tusen kronor")
W2 = [30, 44, 44, 44]
A2 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*GREEN)
pdf.rect(22, y, sum(W2), 7.2, style="F")
pdf.row(22, y, W2, A2, ["År", "Planerade åtgärder", "Investeringsram", "Skillnad mot ramen"], size=8.8,
        font="DCond", style="B", color=(255, 255, 255), h=7.2)
y += 7.2
for yr in F_YEARS:
    diff = F_FRAME - f_year_sum(yr)
    y += pdf.row(22, y, W2, A2, [str(yr), g(f_year_sum(yr)), g(F_FRAME), g(diff, plus=True)], size=9.2,
                 font="DCond", vpad=1.1, colors=[None, None, None, RED if diff < 0 else None])
    pdf.hline(22, 22 + sum(W2), y, 0.1, (205, 220, 205))
y += pdf.row(22, y, W2, A2, ["2027–2031", g(f_total()), g(F_FRAME * 5), g(F_FRAME * 5 - f_total(), plus=True)],
             size=9.2, font="DCond", style="B", vpad=1.2)
pdf.hline(22, 22 + sum(W2), y, 0.9, GREEN)
pdf.set_y(y + 3)
pdf.p("Åren 2027, 2028 och 2030 överstiger de planerade åtgärderna ramen, medan 2029 och 2031 ligger under den. "
      "Förvaltningen föreslår att överdraget de första åren hanteras genom att outnyttjade medel från 2029 och "
      "2031 förs över mellan åren inom programperioden.", size=9.8)
heading("4 Besiktning och säkerhet")
pdf.p("Alla lekplatser besiktigades hösten 2026 av en extern certifierad besiktningsman. Sammanställningen av "
      "anmärkningarna finns på föregående sida. Anmärkningar med hög risk åtgärdades direkt eller ledde till att "
      "redskapet stängdes av, och de flesta anmärkningar med medelrisk är redan åtgärdade inom driftbudgeten.",
      size=9.8)
heading("5 Prioriteringsgrunder")
for n, t_ in enumerate(["Lekplatser med allvarliga säkerhetsbrister prioriteras först.",
                        "Områden med många barn och få andra lekmöjligheter går före.",
                        "Varje bostadsområde ska ha en lekplats inom 300 meter från bostäderna.",
                        "Tillgänglighet för barn och vuxna med funktionsnedsättning ska öka vid varje upprustning."],
                       1):
    pdf.set_font("Sans", "", 9.8)
    pdf.set_x(22)
    pdf.cell(7, 5, f"{n}.")
    pdf.multi_cell(159, 5, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(1)
heading("Förslag till beslut")
pdf.att_list("Samhällsbyggnadsnämnden föreslås besluta", [
    "anta lekplatsprogrammet för 2027–2031,",
    "avveckla Koltrastens lekplats, Rävgrytet och Kullens lekplats enligt tabell 1, samt",
    "uppdra åt förvaltningen att redovisa genomförda åtgärder i nämndens årsberättelse."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9.2)
pdf.cell(0, 5, f"Gisselnäs den {F_DATE.day} januari {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{F_HEAD[0]}\n{F_HEAD[1].capitalize()}", f"{F_AUTHOR[0]}\n{F_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
