"""(d) Isbäcka kommun – miljö- och byggnadsnämnden: tillsynsplan 2027 för miljö- och hälsoskyddsområdet.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow table; pages 1 and 3 portrait,
page 2 LANDSCAPE. P. 1: a key–value block, the introduction, the follow-up of 2025–2026 with competing figures,
and "Tillsynsbehov och resurser" as a RIGHT-ALIGNED CALCULATION BLOCK (labels on the left, hours on the right,
a rule before the difference line, like a ledger). P. 2 (landscape): Tabell 1, one row per object category under
a TWO-LEVEL HEADING (2025 and 2026 each span Planerade / Utförda; Antal objekt, Avgiftsklass, Intervall and
Timmar 2027 span both heading rows); the three areas are SHADED GROUP ROWS spanning the table, each area closes
with an italic "Summa <område>" row, and a bold Totalt row closes the table; vertical rules separate the column
groups only. P. 3 (portrait): a TWO-COLUMN PAGE – the priorities for 2027 as a numbered list whose items wrap in
the wide left column, and "Resurser och arbetssätt" as short key–value lines in a narrow shaded right column; a
full-width note on the follow-up and signature below. No metadata title.
"""
import datetime as dt

from common26 import HERE, Doc, nb
from data import D_GROUPS, D_PRIO, D_PASSAGE, D_FTE, D_AVAIL, D_EVENT, d_rows, d_sum, g, d1, r1

OUT = HERE / "isbacka-tillsynsplan-miljo-halsoskydd-2027.pdf"
ACC = (30, 95, 85)
pdf = Doc("Isbäcka kommun", "Tillsynsplan 2027 – miljö- och hälsoskydd", "Sida {p} av 3", font="liberation",
          serif=True, accent=ACC, foot="Isbäcka kommun · Miljö- och byggnadsförvaltningen · Dnr MBN 2026/311",
          created=dt.datetime(2026, 12, 14, 8, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
T = d_sum()
groups = {gr: d_sum(gr) for gr, _ in D_GROUPS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.title_block("Tillsynsplan 2027", "Miljö- och hälsoskyddsområdet, Isbäcka kommun", size=19)
pdf.kv([("Beslutad av", "Miljö- och byggnadsnämnden 2026-12-09, § 142"),
        ("Diarienummer", "MBN 2026/311"),
        ("Omfattar", "Planerad tillsyn enligt miljöbalken 2027"),
        ("Kontakt", "Mats Isaksson, miljöchef")], lw=34, size=9.4, lh=4.7)
pdf.h1("Inledning", size=12)
pdf.p("Nämnden ska enligt miljötillsynsförordningen varje år besluta om en tillsynsplan som grundar sig på en "
      "behovsutredning. Planen visar hur många objekt som finns i varje kategori, hur ofta de ska besökas och hur "
      "många timmar som behövs. Utöver den planerade tillsynen kommer händelsestyrd tillsyn, till exempel "
      "klagomål, olyckor och nya anmälningar.", size=9.8)
pdf.h1("Uppföljning 2025 och 2026", size=12)
pdf.p(f"Under 2026 genomfördes {T[4]} inspektioner, mot {T[3]} planerade. År 2025 genomfördes {T[2]} av {T[1]} "
      f"planerade inspektioner, eller {d1(r1(T[2] / T[1] * 100))} procent. Förbättringen beror främst på att "
      "tillsynen av enskilda avlopp kom i kapp under 2026.", size=9.8)
pdf.p(D_PASSAGE + " De förskolor och skolor som inte fick besök prioriteras under 2027.", size=9.8)
pdf.h1("Tillsynsbehov och resurser 2027", size=12)
MINUS = "\u2212"
short = T[5] - (D_AVAIL - D_EVENT)
rows = [("Behov av planerad tillsyn enligt tabell 1", f"{g(T[5])} timmar"),
        (f"Tillgänglig tid för tillsyn, {D_FTE} årsarbetskrafter", f"{g(D_AVAIL)} timmar"),
        ("Avgår: reserv för händelsestyrd tillsyn", f"{MINUS}{g(D_EVENT)} timmar"),
        ("Tid för planerad tillsyn", f"{g(D_AVAIL - D_EVENT)} timmar"),
        ("Skillnad mot behovet", f"{MINUS}{g(short)} timmar")]
for k, (lab, val) in enumerate(rows):
    if k in (3,):
        y = pdf.get_y()
        pdf.line(120, y + 0.3, 170, y + 0.3)
        pdf.ln(0.8)
    pdf.set_font("Serif", "B" if k in (3, 4) else "", 9.8)
    pdf.set_x(30)
    pdf.cell(100, 5.2, lab)
    pdf.cell(40, 5.2, val, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.p(f"Underskottet på {short} timmar hanteras genom att tillsynen av flerbostadshus begränsas till objekt "
      "där det finns brister från tidigare besök.", size=9.8)

# ---------------------------------------------------------------- p. 2 landscape table
pdf.add_page(orientation="L")
pdf.h1("Tabell 1. Objekt, inspektioner och timmar per objektkategori", size=12)
W = [76, 20, 22, 26, 23, 23, 23, 23, 21]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
y = pdf.get_y() + 1
HF = (214, 230, 226)
pdf.set_fill_color(*HF)
pdf.rect(20, y, sum(W), 11, style="F")
pdf.set_font("Cond", "B", 9)
for i, h in ((0, "Objektkategori"), (1, "Antal\nobjekt"), (2, "Avgifts-\nklass"), (3, "Intervall"),
             (8, "Timmar\n2027")):
    pdf.set_xy(X[i] + 1.2, y + (3.5 if "\n" not in h else 1.5))
    pdf.multi_cell(W[i] - 2.4, 4, h, align="L" if i in (0, 3) else "R")
for k, yr in enumerate((2025, 2026)):
    xg = X[4 + 2 * k]
    pdf.set_xy(xg, y + 0.8)
    pdf.cell(W[4] + W[5], 4, f"Inspektioner {yr}", align="C")
    pdf.set_draw_color(110, 110, 110)
    pdf.line(xg + 2, y + 5.2, xg + W[4] + W[5] - 2, y + 5.2)
    for j, h in enumerate(("Planerade", "Utförda")):
        pdf.set_xy(X[4 + 2 * k + j] + 1.2, y + 6)
        pdf.cell(W[4] - 2.4, 4.5, h, align="R")
y += 11
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
y_top = y - 11
RH = 6.0


def cells_of(r):
    name, obj, avg, intv, y25, y26, tim = r
    return [name, g(obj), str(avg), intv, str(y25[0]), str(y25[1]), str(y26[0]), str(y26[1]), g(tim)]


def draw_cells(cells, style="", fill=None):
    global y
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(20, y, sum(W), RH, style="F")
    pdf.set_font("Cond", style, 9.2)
    for i, c in enumerate(cells):
        if c is None:
            continue
        pdf.set_xy(X[i] + 1.2, y + 0.9)
        pdf.cell(W[i] - 2.4, 4.2, c, align="L" if i in (0, 3) else "R")
    y += RH


for gr, rs in D_GROUPS:
    pdf.set_fill_color(236, 242, 240)
    pdf.rect(20, y, sum(W), RH, style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*ACC)
    pdf.set_xy(21.2, y + 0.9)
    pdf.cell(100, 4.2, gr)
    pdf.set_text_color(0, 0, 0)
    y += RH
    for r in rs:
        draw_cells(cells_of(r))
        pdf.set_draw_color(215, 215, 215)
        pdf.line(20, y, RIGHT, y)
    s = groups[gr]
    draw_cells([f"Summa {gr.lower()}", g(s[0]), None, None, str(s[1]), str(s[2]), str(s[3]), str(s[4]), g(s[5])],
               style="I")
    pdf.set_draw_color(150, 150, 150)
    pdf.line(20, y, RIGHT, y)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(20, y + 0.4, RIGHT, y + 0.4)
pdf.set_line_width(0.2)
y += 0.8
draw_cells(["Totalt", g(T[0]), None, None, str(T[1]), str(T[2]), str(T[3]), str(T[4]), g(T[5])], style="B",
           fill=HF)
pdf.set_draw_color(120, 120, 120)
for i in (1, 4, 6, 8):
    pdf.line(X[i], y_top, X[i], y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 8)
pdf.multi_cell(0, 3.9, "Avgiftsklassen avgör den fasta årliga tillsynsavgiften enligt nämndens taxa. Intervall anger "
               "hur ofta ett objekt i kategorin normalt besöks. Enskilda avlopp inventeras område för område. "
               "För köldmedieanläggningar granskas årsrapporterna, och platsbesök görs vid behov.", align="L",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3 two columns
pdf.add_page(orientation="P")
pdf.h1("Prioriteringar och resurser 2027", size=12.5)
ytop = pdf.get_y() + 1
LW, GAP = 104, 7
RX = 20 + LW + GAP
RW = 170 - LW - GAP
# right column first drawn as a shaded box (background), text drawn after the left column
pdf.set_xy(20, ytop)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(LW, 5.5, "Prioriteringar", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
for i, it in enumerate(D_PRIO, 1):
    pdf.set_font("Serif", "B", 9.6)
    pdf.set_x(20)
    pdf.cell(7, 4.8, f"{i}.")
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(LW - 7, 4.8, nb(it), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
yleft = pdf.get_y()
kv = [("Årsarbetskrafter för tillsyn", D_FTE),
      ("Inspektörer", "5 personer"),
      ("Timmar för planerad tillsyn", g(D_AVAIL - D_EVENT)),
      ("Reserv, händelsestyrd tillsyn", g(D_EVENT)),
      ("Antal objekt i planen", g(T[0])),
      ("Planerade timmar 2027", g(T[5]))]
yb = ytop + 8 + len(kv) * 10.5
pdf.set_fill_color(238, 244, 242)
pdf.rect(RX, ytop, RW, yb - ytop, style="F")
pdf.set_xy(RX + 3, ytop + 1.5)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(RW - 6, 5.5, "Resurser och arbetssätt")
pdf.set_text_color(0, 0, 0)
yy = ytop + 9
for k_, v_ in kv:
    pdf.set_xy(RX + 3, yy)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(RW - 6, 4, k_)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(RX + 3, yy + 4.2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(RW - 6, 5, v_)
    yy += 10.5
pdf.set_y(max(yleft, yb) + 5)
pdf.h1("Uppföljning under året", size=12)
pdf.p("Tillsynsplanen följs upp i tertialrapporterna till nämnden. Om behovet av händelsestyrd tillsyn blir större "
      "än reserven prioriteras objekt med högre avgiftsklass, och planerade besök i lägre avgiftsklasser flyttas "
      "till 2028.", size=9.8)
pdf.ln(12)
y = pdf.get_y()
pdf.line(20, y, 90, y)
pdf.set_xy(20, y + 1)
pdf.set_font("Sans", "", 9)
pdf.cell(70, 5, "Mats Isaksson, miljöchef")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
