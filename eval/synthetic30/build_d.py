"""(d) Hökvalla kommun – kommunstyrelsens upphandlingsplan 2027.

Layout: DejaVu Serif text, DejaVu Sans Condensed tables, portrait, 4 pages. P. 1: a small "KOMMUNSTYRELSEN" line,
the title, a grey decision line, and "Planen i korthet" as a TWO-COLUMN KEY-FACTS BLOCK under a heavy rule: each
fact a label in grey at the left and the value in bold at the right of its column, a hairline under every fact, a
thin vertical rule between the columns (count, new, renewed; annual value, over 5 mnkr, period). Then the
introduction and the decision rules. Pp. 2–3: Tabell 1, the procurements ORDERED BY PLANNED START AND GROUPED BY
QUARTER: each quarter opens with a line led by a DRAWN CALENDAR-PAGE ICON (a small framed page with two rings and
the quarter number in it) and "Kvartal 1 2027 · 7 upphandlingar". Columns Nr / Upphandling / Årsvärde, mnkr /
Planerad start ("mars 2027") / Avtalstid, år / Ansvarig förvaltning / Typ, where the type word follows a DRAWN
MARK (a filled dot for "Ny", an open ring for "Förnyad"); annual values over 5 mnkr are BOLD (kommunstyrelsen
decides on the start). Light zebra tint on every other row, no rules inside the body, a heavy rule under the
heading. The table breaks after the second quarter: p. 2 ends with "Tabell 1 fortsätter på nästa sida.", p. 3
repeats the caption with "(forts.)" and the heading. P. 3 also has Tabell 2, the sums per förvaltning (fully ruled,
bold Totalt). P. 4 has comments under h2 headings (the swimming hall, the school transport), last year's follow-up
and the contact. Metadata title set.
"""
import datetime as dt

from common30 import HERE, Doc
from data import (D_PROCS, D_DEPTS, D_BREAK_AFTER, D_KS_LIMIT, D_ADOPTED, D_PASSAGE, d_quarter, d_quarters,
                  d_qlabel, d_start, d_dec, d_total, d_dept_sum, d_count, dmy, d1, r1)

OUT = HERE / "hokvalla-ks-upphandlingsplan-2027.pdf"
ACC = (90, 70, 20)
pdf = Doc("Hökvalla kommun", "Upphandlingsplan 2027", "Sida {p} av 3", font="dejavu", serif=True, accent=ACC,
          title="Upphandlingsplan 2027", author="Hökvalla kommun, upphandlingsenheten",
          foot="Hökvalla kommun · Kommunstyrelsen · Dnr KS 2026/402",
          created=dt.datetime(2026, 11, 30, 8, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
N = len(D_PROCS)
TOT = d_total()
big = [p for p in D_PROCS if p[2] > D_KS_LIMIT]
first, last = D_PROCS[0], D_PROCS[-1]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.4)
pdf.set_text_color(*ACC)
pdf.cell(0, 4.5, "KOMMUNSTYRELSEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "B", 22)
pdf.cell(0, 11, "Upphandlingsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, f"Antagen av kommunstyrelsen {dmy(D_ADOPTED)}, § 203 · Dnr KS 2026/402", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Planen i korthet", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 0.5
pdf.set_line_width(0.7)
pdf.line(20, y0, 190, y0)
pdf.set_line_width(0.2)
left = [("Antal upphandlingar", str(N)), ("Nya upphandlingar", str(d_count("Ny"))),
        ("Förnyade avtal", str(d_count("Förnyad")))]
right = [("Uppskattat årsvärde totalt", f"{d1(TOT)} mnkr"),
         (f"Upphandlingar över {d1(D_KS_LIMIT)} mnkr per år", str(len(big))),
         ("Planerade starter", f"{d_start(first)}–{d_start(last)}")]
rh = 7.2
for col, facts in enumerate((left, right)):
    x = 20 + col * 87
    w = 83
    for i, (a, b) in enumerate(facts):
        yy = y0 + i * rh
        pdf.set_xy(x, yy + 1.4)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(95, 95, 95)
        pdf.cell(w - 34, 4.6, a)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(34, 4.6, b, align="R")
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x, yy + rh, x + w, yy + rh)
pdf.set_draw_color(150, 150, 150)
pdf.line(105, y0 + 1.5, 105, y0 + 3 * rh - 1.5)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + 3 * rh + 6)
pdf.h2("Om planen", size=10)
pdf.p("Upphandlingsplanen visar de upphandlingar som kommunens förvaltningar planerar att starta från januari 2027 "
      "till och med februari 2028. Planen gör det möjligt för kommunstyrelsen att styra upphandlingarna och för "
      "företag att förbereda sig i god tid. Värdena är uppskattade årsvärden, och de kan ändras när "
      "behoven har utretts.", size=9.4, lh=4.7)
pdf.h2("Beslut om upphandling", size=10)
pdf.p(f"Kommunstyrelsen beslutar om start av upphandlingar med ett uppskattat årsvärde över {d1(D_KS_LIMIT)} mnkr. "
      "Övriga upphandlingar startas av förvaltningschefen. Tilldelningsbeslut fattas enligt delegationsordningen. "
      f"Av planens {N} upphandlingar ligger {len(big)} över gränsen, och de har tillsammans ett årsvärde på "
      f"{d1(r1(sum(p[2] for p in big)))} mnkr.", size=9.4, lh=4.7)
# ---------------------------------------------------------------- pp. 1–2 Tabell 1
W = [11, 52, 18, 25, 15, 32, 17]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = 20 + sum(W)
AL = ["L", "L", "R", "L", "R", "L", "L"]


def head():
    y = pdf.get_y()
    heads = ["Nr", "Upphandling", "Årsvärde,\nmnkr", "Planerad\nstart", "Avtals-\ntid, år", "Ansvarig\nförvaltning",
             "Typ"]
    pdf.set_font("Cond", "B", 8)
    for i, h in enumerate(heads):
        two = "\n" in h
        pdf.set_xy(XS[i] + 0.8, y + (0.4 if two else 2.3))
        pdf.multi_cell(W[i] - 1.6, 3.8, h, align=AL[i])
    y += 8.4
    pdf.set_line_width(0.6)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y)


def quarter_line(q, cont=False):
    n = sum(1 for p in D_PROCS if d_quarter(p) == q)
    y = pdf.get_y() + 2
    # calendar-page icon
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.3)
    pdf.rect(21, y + 0.6, 5.2, 5.2)
    pdf.set_fill_color(*ACC)
    pdf.rect(21, y + 0.6, 5.2, 1.4, style="F")
    pdf.line(22.3, y, 22.3, y + 1.2)
    pdf.line(24.9, y, 24.9, y + 1.2)
    pdf.set_font("Sans", "B", 5.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(21, y + 2.2)
    pdf.cell(5.2, 3.2, str(q[1]), align="C")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Cond", "B", 9.2)
    pdf.set_xy(28.5, y + 0.9)
    pdf.cell(100, 4.8, f"{d_qlabel(q)} (forts.)" if cont else f"{d_qlabel(q)} · {n} upphandlingar")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 7.4)


def prow(p, k):
    y = pdf.get_y()
    rh = 6
    if k % 2:
        pdf.set_fill_color(246, 242, 232)
        pdf.rect(20, y, RIGHT - 20, rh, style="F")
    cells = [p[0], p[1], d_dec(p[2]), d_start(p), str(p[4]), p[5], p[6]]
    for i, c in enumerate(cells):
        bold = i == 2 and p[2] > D_KS_LIMIT
        pdf.set_font("Cond", "B" if bold else "", 8.5)
        x = XS[i] + 0.8 + (3.4 if i == 6 else 0)
        pdf.set_xy(x, y + 0.9)
        pdf.cell(W[i] - 1.6 - (3.4 if i == 6 else 0), 4.2, c, align=AL[i])
    cx, cy = XS[6] + 2.2, y + 3
    if p[6] == "Ny":
        pdf.set_fill_color(40, 130, 70)
        pdf.circle(x=cx, y=cy, radius=1.1, style="F")
    else:
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.35)
        pdf.circle(x=cx, y=cy, radius=1.0, style="D")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + rh)


pdf.ln(3)
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Planerade upphandlingar 2027–2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 8.6)
pdf.multi_cell(0, 4.3, "Upphandlingarna står i den ordning de planeras att starta, grupperade per kvartal. Avtalstiden "
               "anges i hela år inklusive möjliga förlängningar. Typ anger om upphandlingen är ny eller om ett "
               "befintligt avtal förnyas.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
head()
cur = None
k = 0
for i_, p in enumerate(D_PROCS):
    q = d_quarter(p)
    if q != cur:
        quarter_line(q)
        cur, k = q, 0
    prow(p, k)
    k += 1
    nxt = D_PROCS[i_ + 1] if i_ + 1 < len(D_PROCS) else None
    need_ = 6 + (9.4 if nxt and d_quarter(nxt) != q else 0)
    if nxt and pdf.get_y() + need_ > pdf.h - 30:
        assert p[0] == D_BREAK_AFTER, f"the table breaks after {p[0]}, data.D_BREAK_AFTER says {D_BREAK_AFTER}"
        pdf.ln(2)
        pdf.set_font("Serif", "I", 8.4)
        pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida.", align="R")
        pdf.add_page()
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*ACC)
        pdf.cell(0, 6, "Tabell 1. Planerade upphandlingar 2027–2028 (forts.)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        head()
        if d_quarter(nxt) == q:
            quarter_line(q, cont=True)
pdf.set_draw_color(60, 60, 60)
pdf.line(20, pdf.get_y() + 0.5, RIGHT, pdf.get_y() + 0.5)
pdf.set_draw_color(0, 0, 0)
pdf.ln(2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.6, f"Fetstil: årsvärde över {d1(D_KS_LIMIT)} mnkr, kommunstyrelsen beslutar om start. Fylld punkt = "
               "ny upphandling, ring = förnyat avtal.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Upphandlingar per förvaltning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
rows = []
for dp in D_DEPTS:
    n, v, ny = d_dept_sum(dp)
    rows.append([dp, str(n), d1(v), str(ny)])
rows.append(["Totalt", str(N), d1(TOT), str(d_count("Ny"))])
pdf.ruled_table(["Ansvarig förvaltning", "Antal", "Årsvärde, mnkr", "varav nya"], rows, [70, 24, 32, 24],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=5, font="Cond", bold_last=True,
                head_fill=(236, 228, 206))

# ---------------------------------------------------------------- p. 3 comments
pdf.add_page()
pdf.h1("Kommentarer", size=13)
pdf.h2("Drift av Hökvallabadet (U22)")
pdf.p(D_PASSAGE + " Upphandlingen omfattar drift, städning och bevakning. Simundervisningen för skolan ingår "
      "inte utan ligger kvar hos barn- och utbildningsförvaltningen.", size=9.8, lh=5)
sk = [p for p in D_PROCS if p[0] == "U01"][0]
pdf.h2("Skolskjutsar (U01)")
pdf.p(f"Nuvarande avtal löper ut sommaren 2027. Den nya upphandlingen startar redan i {d_start(sk)} så att den nya "
      f"trafiken kan börja vid höstterminens start. Avtalstiden är {sk[4]} år eftersom fordonen ska drivas med "
      "förnybart bränsle och leverantörerna behöver tid att skriva av nya bussar.", size=9.8, lh=5)
pdf.h2("Uppföljning av planen för 2026")
pdf.p("Av de 19 upphandlingar som fanns i planen för 2026 har 16 genomförts. Två har flyttats till 2027 och en har "
      "avbrutits eftersom behovet försvann när verksamheten flyttade till nya lokaler.", size=9.8, lh=5)
pdf.h2("Kontakt")
pdf.p("Upphandlingsenheten, Helena Myrberg, upphandlingschef. Frågor om en enskild upphandling besvaras av den "
      "ansvariga förvaltningen.", size=9.8, lh=5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
