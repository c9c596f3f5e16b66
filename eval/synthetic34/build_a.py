"""(a) Region Edsvala – kollektivtrafiknämnden: kollektivtrafiken 2026, uppföljning av resande, punktlighet och
kostnadstäckning.

Layout: Liberation Sans, portrait, 4 pages. P. 1 has no running header: a DEPARTURE-BOARD BAND across the top (a
near-black band with three rows of AMBER MONOSPACED text, like the display at a bus station, and a thin amber rule
under it), the title and a grey decision line, the summary in running text with competing figures (journeys 2025 /
2026 / target, punctuality 2025 / 2026 / target, cost coverage 2025 / 2026 / target) and a small table "Mål och utfall"
whose Bedömning cell is led by a DRAWN HALF-FILLED OR EMPTY CIRCLE. P. 2: Tabell 1, one row per line, with a
TWO-LEVEL HEADING ("Resor" over 2025 / 2026 / Förändring, %; "Punktlighet¹, %" over 2025 / 2026;
"Kostnadstäckningsgrad², %" over 2025 / 2026) where every upper heading stands over a SHORT RULE SPANNING ONLY ITS
OWN COLUMNS (booktabs "cmidrule" style) and the groups are kept apart by blank gutters instead of vertical rules;
the route cell WRAPS over two lines; rows are separated by DOTTED HAIRLINES; the change column has a DRAWN UP/DOWN
TRIANGLE (green / red) before the signed number; the traffic types are GROUP HEADING ROWS in bold with a DRAWN BUS
PICTOGRAM and a coloured rule under them; "Summa <trafikslag>" rows in italics after a thin rule. The table breaks
after line 10 with "Tabell 1 fortsätter på nästa sida"; p. 3 repeats "Tabell 1 (forts.)", the whole two-level
heading and "Regiontrafik (forts.)", ends with the total "Hela trafiken" on a tinted band between heavy rules and
the footnotes, then comments per line (the passage on line 7). P. 4: Tabell 2, costs and ticket revenue per traffic
type (mnkr, 2025 / 2026, the cost coverage derived), with a two-level heading and a full frame, and the measures
for 2027 as a BULLETED LIST WITH NESTED "–" ITEMS, and the signature. Metadata title set.
"""
import datetime as dt

from common34 import HERE, Doc
from data import (A_MEASURES, A_LINES, A_GROUPS, A_BREAK_AFTER, A_ECON, A_TARGETS, A_PASSAGE, A_DECIDED, a_change, a_lines,
                  a_sum, a_punct, a_econ, a_cover, a_line, pct, d1, g, dmy)

OUT = HERE / "region-edsvala-kollektivtrafik-uppfoljning-2026.pdf"
NAVY = (20, 46, 86)
AMBER = (255, 176, 32)
GREEN = (40, 140, 70)
RED = (196, 40, 40)
pdf = Doc("Region Edsvala", "Kollektivtrafiknämnden", "Sida {p} av 4", font="liberation", accent=NAVY,
          title="Kollektivtrafiken 2026 – uppföljning – Region Edsvala", author="Region Edsvala",
          foot="Region Edsvala · Kollektivtrafiknämnden · Dnr KTN 2027/14",
          created=dt.datetime(2027, 2, 19, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
R25, R26 = a_sum()
P25, P26 = a_punct()
K25, K26 = a_cover()

# ---------------------------------------------------------------- p. 1: departure board, title, summary
pdf.add_page()
pdf.set_fill_color(18, 18, 20)
pdf.rect(0, 0, 210, 40, style="F")
pdf.set_fill_color(*AMBER)
pdf.rect(0, 40, 210, 0.9, style="F")
pdf.add_font("Mono", "", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")
pdf.add_font("Mono", "B", "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf")
pdf.set_text_color(*AMBER)
board = [("REGION EDSVALA", "KOLLEKTIVTRAFIKEN 2026"),
         ("LINJE 1–8", "STADSTRAFIK"),
         ("LINJE 9–14", "REGIONTRAFIK")]
for k, (a_, b_) in enumerate(board):
    y = 8 + k * 9
    pdf.set_font("Mono", "B" if k == 0 else "", 11 if k == 0 else 10)
    pdf.set_xy(20, y)
    pdf.cell(60, 6, a_)
    pdf.set_xy(86, y)
    pdf.cell(100, 6, b_)
    if k:
        # small dotted "LED" separators
        for i in range(26):
            pdf.set_fill_color(70, 56, 20)
            pdf.ellipse(20 + i * 6.5, y + 7.2, 0.8, 0.8, style="F")
pdf.set_text_color(0, 0, 0)
pdf.set_y(50)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*NAVY)
pdf.multi_cell(0, 8.2, "Kollektivtrafiken 2026 – uppföljning av resande, punktlighet och kostnadstäckning", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(110, 110, 110)
pdf.set_font("Sans", "", 9.2)
pdf.ln(1.5)
pdf.cell(0, 5, f"Kollektivtrafiknämnden · Beslutad {dmy(A_DECIDED)} · Dnr KTN 2027/14", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h2("Sammanfattning")
S26, S25 = a_sum("Stadstrafik")[1], a_sum("Stadstrafik")[0]
G26 = a_sum("Regiontrafik")[1]
pdf.p(f"Under 2026 gjordes {g(R26)} resor med regionens busstrafik, vilket är {g(R26 - R25)} fler än året innan "
      f"då resorna var {g(R25)}. Ökningen motsvarar {d1(pct(R26, R25))} procent. Stadstrafiken i Edsvala stod för "
      f"{g(S26)} resor och regiontrafiken för {g(G26)}. Målet för 2026 var {g(A_TARGETS['resor'])} resor och nåddes "
      f"inte.")
pdf.p(f"Punktligheten för hela trafiken blev {d1(P26)} procent jämfört med {d1(P25)} procent under 2025. Målet är "
      f"{A_TARGETS['punktlighet']} procent. Nedgången förklaras till stor del av omledningen av linje 7 och av "
      f"vägarbeten på regionvägen mot Nolvik.")
pdf.p(f"Kostnadstäckningsgraden, det vill säga biljettintäkternas andel av kostnaderna, steg till {d1(K26)} procent "
      f"från {d1(K25)} procent. Regionens mål är {A_TARGETS['kostnadstackning']} procent.")
pdf.h2("Mål och utfall")
cols = [62, 26, 26, 22, 34]
al = ["L", "R", "R", "R", "L"]
x0 = pdf.l_margin
y = pdf.get_y() + 1
pdf.hline(x0, x0 + sum(cols), y, 0.5, NAVY)
h = pdf.row(x0, y, cols, al, ["Mått", "Utfall 2025", "Utfall 2026", "Mål 2026", "Bedömning"], style="B", size=8.8,
            lh=4.4)
y += h
pdf.hline(x0, x0 + sum(cols), y, 0.3, NAVY)
goal_rows = [("Antal resor", g(R25), g(R26), g(A_TARGETS["resor"]), R26 >= A_TARGETS["resor"]),
             ("Punktlighet, %", d1(P25), d1(P26), str(A_TARGETS["punktlighet"]), P26 >= A_TARGETS["punktlighet"]),
             ("Kostnadstäckningsgrad, %", d1(K25), d1(K26), str(A_TARGETS["kostnadstackning"]),
              K26 >= A_TARGETS["kostnadstackning"])]
for lab, a_, b_, c_, ok in goal_rows:
    word = "Uppnått" if ok else "Ej uppnått"
    h = pdf.row(x0, y, cols, al, [lab, a_, b_, c_, "     " + word], size=8.8, lh=4.4)
    cx, cy = x0 + sum(cols[:4]) + 3.2, y + h / 2
    pdf.set_draw_color(*NAVY)
    pdf.set_fill_color(*NAVY)
    pdf.ellipse(cx - 1.6, cy - 1.6, 3.2, 3.2, style="D")
    if ok:
        pdf.ellipse(cx - 1.6, cy - 1.6, 3.2, 3.2, style="F")
    else:
        # half filled: the lower half of the circle
        pdf.polygon([(cx - 1.6 + 0.01, cy)] + [(cx + 1.6 * __import__("math").cos(t / 20 * 3.14159),
                                                   cy + 1.6 * __import__("math").sin(t / 20 * 3.14159))
                                                  for t in range(0, 21)], style="F")
    pdf.set_draw_color(0, 0, 0)
    y += h
    pdf.hline(x0, x0 + sum(cols), y, 0.1, (150, 150, 150))
pdf.hline(x0, x0 + sum(cols), y, 0.5, NAVY)
pdf.set_y(y + 5)

# ---------------------------------------------------------------- Tabell 1
COLS = [11, 41, 19.5, 19.5, 17, 3, 13.5, 13.5, 3, 14.5, 14.5]
AL = ["R", "L", "R", "R", "R", "L", "R", "R", "L", "R", "R"]
X0 = 20
TW = sum(COLS)


def xs(i):
    return X0 + sum(COLS[:i])


def head(y):
    pdf.hline(X0, X0 + TW, y, 0.6, NAVY)
    y += 1
    pdf.set_font("Sans", "B", 8)
    top = [(2, 5, "Resor"), (6, 8, "Punktlighet¹, %"), (9, 11, "Kostn.-täckning², %")]
    for a_, b_, t in top:
        pdf.set_xy(xs(a_), y)
        pdf.cell(xs(b_) - xs(a_), 4.4, t, align="C")
        pdf.hline(xs(a_) + 1, xs(b_) - 1, y + 5, 0.3, NAVY)
    y += 6
    h = pdf.row(X0, y, COLS, AL, ["Linje", "Sträckning", "2025", "2026", "Föränd-\nring, %", "", "2025", "2026", "",
                                  "2025", "2026"], style="B", size=8, lh=3.8)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.6, NAVY)
    return y + 0.6


def bus(x, y):
    pdf.set_fill_color(*NAVY)
    pdf.rect(x, y, 6.4, 3.0, style="F", round_corners=True, corner_radius=0.6)
    pdf.set_fill_color(255, 255, 255)
    for i in range(3):
        pdf.rect(x + 0.6 + i * 1.9, y + 0.5, 1.4, 1.0, style="F")
    pdf.set_fill_color(40, 40, 40)
    pdf.ellipse(x + 1.0, y + 2.5, 1.2, 1.2, style="F")
    pdf.ellipse(x + 4.3, y + 2.5, 1.2, 1.2, style="F")


def group_row(y, text):
    y += 1.2
    bus(X0 + 1, y + 0.9)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(X0 + 9, y)
    pdf.cell(100, 5.2, text)
    pdf.set_text_color(0, 0, 0)
    y += 5.6
    pdf.hline(X0, X0 + TW, y, 0.45, (90, 130, 190))
    return y + 0.3


def tri(x, y, up):
    pdf.set_fill_color(*(GREEN if up else RED))
    if up:
        pdf.polygon([(x, y + 2.2), (x + 2.2, y + 2.2), (x + 1.1, y + 0.2)], style="F")
    else:
        pdf.polygon([(x, y + 0.4), (x + 2.2, y + 0.4), (x + 1.1, y + 2.4)], style="F")


def line_row(y, ln):
    ch = a_change(ln)
    cells = [str(ln[0]), ln[2], g(ln[3]), g(ln[4]), d1(ch, plus=True), "", d1(ln[5]), d1(ln[6]), "",
             d1(ln[7]), d1(ln[8])]
    st = ["B"] + [None] * 10
    h = pdf.row(X0, y, COLS, AL, cells, size=8.6, lh=4.2, vpad=1.5, styles=st)
    tri(xs(4) + 1.2, y + 1.3, ch > 0)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.15, (140, 140, 140), dash=(0.4, 0.8))
    return y


def sum_row(y, label, group=None):
    r25, r26 = a_sum(group)
    p25, p26 = a_punct(group)
    k25, k26 = a_cover(group)
    pdf.hline(X0, X0 + TW, y, 0.3)
    cells = [label, "", g(r25), g(r26), d1(pct(r26, r25), plus=True), "", d1(p25), d1(p26), "", d1(k25), d1(k26)]
    if group is None:
        h = pdf.row_h([COLS[0] + COLS[1]] + COLS[2:], [label] + cells[2:], lh=4, size=8.4, style="B")
        pdf.set_fill_color(226, 233, 244)
        pdf.rect(X0, y, TW, h, style="F")
        pdf.hline(X0, X0 + TW, y, 0.7, NAVY)
        # the label spans the first two columns
        pdf.row(X0, y, [COLS[0] + COLS[1]] + COLS[2:], ["L"] + AL[2:], [label] + cells[2:], lh=4, size=8.4,
                style="B")
        pdf.hline(X0, X0 + TW, y + h, 0.7, NAVY)
        return y + h
    h = pdf.row(X0, y, [COLS[0] + COLS[1]] + COLS[2:], ["L"] + AL[2:], [label] + cells[2:], lh=4, size=8.2,
                style="I")
    return y + h + 0.5


pdf.add_page()
pdf.h1("1 Resande, punktlighet och kostnadstäckning per linje")
pdf.p("Tabell 1 redovisar varje linje i stads- och regiontrafiken. Förändringen avser antalet resor jämfört med "
      "föregående år. Linjerna i stadstrafiken trafikerar Edsvala tätort, regionlinjerna förbinder Edsvala med "
      "orterna i regionen.", size=9.6)
pdf.h2("Så mäts resor, punktlighet och kostnadstäckning")
pdf.p("Resorna räknas med automatiska passagerarräknare i alla bussar och avser påstigande. Punktligheten "
      "mäts vid varje hållplats där bussen har en tidtabellslagd avgångstid. Kostnadstäckningsgraden beräknas på "
      "trafikslagets samlade kostnader och biljettintäkter; för enskilda linjer fördelas de gemensamma kostnaderna "
      "efter antalet vagnkilometer.", size=9.6)

pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Resor, punktlighet och kostnadstäckningsgrad per linje 2025–2026", new_x="LMARGIN",
         new_y="NEXT")
y = head(pdf.get_y() + 1.5)
for grp in A_GROUPS:
    y = group_row(y, grp)
    for ln in a_lines(grp):
        y = line_row(y, ln)
        if ln[0] == A_BREAK_AFTER:
            pdf.set_xy(X0, y + 2)
            pdf.set_font("Sans", "I", 8.2)
            pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida.", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = head(pdf.get_y() + 1.5)
            y = group_row(y, f"{grp} (forts.)")
    y = sum_row(y, f"Summa {grp.lower()}", grp)
y = sum_row(y + 1.5, "Hela trafiken")
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(TW, 3.5, "¹ Andel avgångar som lämnat hållplatsen högst 2 minuter och 59 sekunder efter tidtabellen. "
               "Summaraderna är vägda med antalet resor.\n² Biljettintäkter i procent av kostnaderna. "
               "Summaraderna är beräknade på trafikslagets kostnader och intäkter, se tabell 2.",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)

# ---------------------------------------------------------------- comments
L7, L5, L11, L14, L1 = a_line(7), a_line(5), a_line(11), a_line(14), a_line(1)
pdf.h1("2 Kommentarer per linje")
pdf.p(f"Linje 7 tappade {g(L7[3] - L7[4])} resor jämfört med året innan. {A_PASSAGE}. Punktligheten på linjen föll "
      f"samtidigt till {d1(L7[6])} procent. Bron öppnade igen i slutet av oktober och resandet har sedan dess "
      f"återhämtat sig.", size=9.6)
pdf.p(f"Linje 5 ökade mest i stadstrafiken, med {d1(a_change(L5))} procent, sedan de första kvarteren i Nyckelby "
      f"blivit inflyttade. Linje 1 är fortfarande regionens största linje med {g(L1[4])} resor.", size=9.6)
pdf.p(f"I regiontrafiken minskade resandet på linje 11 med {d1(-a_change(L11))} procent. Vägarbetena mellan "
      f"Ekshult och Nolvik förlängde restiden med upp till tolv minuter under sommarhalvåret. Linje 14 har få "
      f"resenärer men regionens högsta punktlighet.", size=9.6)

# ---------------------------------------------------------------- p. 4 economy and measures
pdf.add_page()
pdf.h1("3 Ekonomi")
pdf.p("Kostnaderna ökade främst till följd av indexuppräkningen i trafikavtalen och högre drivmedelspriser. "
      "Biljettintäkterna ökade mer än kostnaderna, vilket förbättrade kostnadstäckningsgraden.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Kostnader och biljettintäkter per trafikslag, mnkr", new_x="LMARGIN", new_y="NEXT")
C2 = [46, 20, 20, 22, 20, 20, 22]
A2 = ["L", "R", "R", "R", "R", "R", "R"]
x0 = 20
y = pdf.get_y() + 1.5
tw = sum(C2)
pdf.set_fill_color(236, 240, 247)
pdf.rect(x0, y, tw, 14, style="F")
pdf.set_font("Sans", "B", 8.4)
for a_, b_, t in ((1, 4, "2025"), (4, 7, "2026")):
    xa, xb = x0 + sum(C2[:a_]), x0 + sum(C2[:b_])
    pdf.set_xy(xa, y + 0.6)
    pdf.cell(xb - xa, 4.4, t, align="C")
    pdf.hline(xa + 1, xb - 1, y + 5.2, 0.3, NAVY)
h = pdf.row(x0, y + 5.4, C2, A2, ["Trafikslag", "Kostnader", "Intäkter", "Kostnads-\ntäckning, %",
                                  "Kostnader", "Intäkter", "Kostnads-\ntäckning, %"], style="B", size=8, lh=3.9, vpad=0.6)
y0 = y
y = y + 5.4 + h
pdf.hline(x0, x0 + tw, y, 0.4, NAVY)
for grp in A_GROUPS + [None]:
    c25, i25, c26, i26 = a_econ(grp)
    k25, k26 = a_cover(grp)
    lab = grp or "Hela trafiken"
    h = pdf.row(x0, y, C2, A2, [lab, d1(c25), d1(i25), d1(k25), d1(c26), d1(i26), d1(k26)], size=8.6, lh=4.4,
                style="B" if grp is None else "")
    if grp is None:
        pdf.hline(x0, x0 + tw, y, 0.4)
    y += h
pdf.set_draw_color(*NAVY)
pdf.rect(x0, y0, tw, y - y0)
pdf.line(x0 + C2[0], y0, x0 + C2[0], y)
pdf.line(x0 + sum(C2[:4]), y0, x0 + sum(C2[:4]), y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 5)
pdf.h1("4 Åtgärder under 2027")
items = A_MEASURES
for head_, subs in items:
    pdf.need(20)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_x(22)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(0, 5, head_, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.6)
    for s in subs:
        pdf.set_x(29)
        pdf.cell(5, 4.9, "–")
        pdf.multi_cell(pdf.w - pdf.r_margin - 34, 4.9, s, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.4)
    pdf.ln(1.5)
pdf.ln(4)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, "Åke Thelin", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4.5, "Trafikdirektör, Region Edsvala", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
