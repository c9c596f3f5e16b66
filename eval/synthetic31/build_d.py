"""(d) Ingsäters kommun – vård- och omsorgsnämnden: äldreomsorgsplan 2027 (särskilt boende och korttidsplatser).

Layout: Liberation Serif text, Liberation Sans headings and tables; pp. 1, 3, 4 portrait and p. 2 LANDSCAPE; 4 pages.
P. 1: a kicker, the title with a SHORT THICK UNDERLINE in the accent colour, "Nämndens inriktning", "Särskilt
boende 2026 i korthet" with competing counts in running text (decisions 2025 / 2026, the queue, long waits, bed
days at the hospital) and "Så läser du nyckeltalen" as a DEFINITION LIST WITH A HANGING BOLD TERM. P. 2 (LANDSCAPE):
Tabell 1, one row per nursing home, with a TWO-LEVEL HEADING – "Beläggning, %", "Personalkontinuitet, antal" and
"Väntetid, dagar" each spanning 2025 / 2026 / Mål 2027 – where the TARGET COLUMNS ARE ITALIC AND GREY ON A PALE
TINT, a DRAWN CHECK MARK stands beside every 2026 value that reaches its target, the column groups are separated by
THIN VERTICAL RULES (none inside a group), hairlines between rows, a bold "Ingsäter totalt" row (weighted by
places) under a heavy rule, and numbered notes under the table. P. 3: Tabell 2, short-term units (2025 / 2026 pairs,
fully ruled grid with a tinted two-level heading), comments, and Figur 1, a SLOPE CHART of staff continuity 2025 → 2026 (one line per home
between two vertical axes, the name and value at the right end, rising lines red, falling lines green), then the
comment on Callunagården (the passage). P. 4: the development areas for 2027 as a numbered list whose items wrap,
each followed by a small grey "Klart: …" line, the follow-up and a signature. Metadata title set.
"""
import datetime as dt

from common31 import HERE, Doc
from data import (D_HOMES, D_TOTAL_TARGETS, D_SHORT, D_DECISIONS, D_QUEUE, D_LONG_WAIT, D_BED_DAYS, D_PASSAGE,
                  d_tot, d_met, d1)

OUT = HERE / "ingsater-von-aldreomsorgsplan-2027.pdf"
ACC = (170, 90, 30)
pdf = Doc("Ingsäters kommun", "Vård- och omsorgsnämnden", "Sida {p} (4)", font="liberation", serif=True,
          accent=ACC, title="Äldreomsorgsplan 2027", author="Ingsäters kommun, vård- och omsorgsförvaltningen",
          foot="Ingsäters kommun · Äldreomsorgsplan 2027 · Dnr VON 2026/233",
          created=dt.datetime(2026, 12, 2, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
P = sum(h[1] for h in D_HOMES)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.4)
pdf.set_text_color(130, 130, 130)
pdf.cell(0, 5, "VÅRD- OCH OMSORGSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 22)
pdf.cell(0, 11, "Äldreomsorgsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(*ACC)
pdf.rect(22, pdf.get_y() + 0.5, 28, 1.8, style="F")
pdf.ln(5)
pdf.set_font("Serif", "I", 10.5)
pdf.multi_cell(0, 5.2, "Särskilt boende, korttidsplatser och nämndens mål för 2027. Antagen av vård- och "
               "omsorgsnämnden den 9 december 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Nämndens inriktning")
pdf.p("Äldre i Ingsäter ska kunna flytta till ett särskilt boende när behovet uppstår, och möta så få olika "
      "medarbetare som möjligt. Planen sätter därför mål för beläggning, personalkontinuitet och väntetid för "
      "varje boende. Målen har tagits fram tillsammans med enhetscheferna och bygger på utfallet för 2025 och 2026.",
      size=10, lh=5)
pdf.h2("Särskilt boende 2026 i korthet")
pdf.p(f"Kommunen har {len(D_HOMES)} särskilda boenden med sammanlagt {P} platser. Under 2026 fattades "
      f"{D_DECISIONS[1]} beslut om särskilt boende, jämfört med {D_DECISIONS[0]} år 2025. Den 31 december 2026 "
      f"väntade {D_QUEUE[1]} personer på en plats, mot {D_QUEUE[0]} ett år tidigare, och {D_LONG_WAIT} personer "
      "fick under året vänta längre än 90 dagar.", size=10, lh=5)
pdf.p(f"När platserna inte räcker blir äldre kvar på sjukhus trots att de är utskrivningsklara. Kommunen betalade "
      f"för {D_BED_DAYS[1]} sådana vårddygn under 2026, mot {D_BED_DAYS[0]} år 2025.", size=10, lh=5)
pdf.h2("Så läser du nyckeltalen")
for term, text in (("Beläggning", "belagda platsdygn i procent av tillgängliga platsdygn under året."),
                   ("Personalkontinuitet", "antalet olika medarbetare som en brukare möter under 14 dagar "
                                           "(median). Ett lägre värde är bättre."),
                   ("Väntetid", "genomsnittligt antal dagar från beslut om särskilt boende till erbjudande om "
                                "plats."),
                   ("Mål 2027", "nämndens mål för varje boende. Målen för kommunen som helhet står på raden "
                                "Ingsäter totalt.")):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(22, y)
    pdf.cell(44, 5, term)
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(66, y)
    pdf.multi_cell(122, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

# ---------------------------------------------------------------- p. 2 Tabell 1 (landscape)
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "Tabell 1. Nyckeltal per särskilt boende, utfall 2025–2026 och mål 2027", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
XS = [22, 78]                        # Boende, Platser
for k in range(9):
    XS.append(104 + k * 19 + (k // 3) * 6)
WS = [56, 20] + [19] * 9
RIGHT = XS[-1] + 19
y = pdf.get_y()
pdf.set_font("Sans", "B", 8.6)
for k, lab in enumerate(("Beläggning, %¹", "Personalkontinuitet, antal²", "Väntetid, dagar³")):
    x0 = XS[2 + 3 * k]
    pdf.set_xy(x0, y)
    pdf.cell(57, 4.6, lab, align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(x0 + 2, y + 5.2, x0 + 55, y + 5.2)
    pdf.set_draw_color(0, 0, 0)
pdf.set_xy(XS[0], y + 6)
pdf.cell(WS[0], 4.6, "Boende")
pdf.set_xy(XS[1], y + 6)
pdf.cell(WS[1] - 2, 4.6, "Platser", align="R")
for k in range(9):
    pdf.set_xy(XS[2 + k], y + 6)
    lab = ("2025", "2026", "Mål 2027")[k % 3]
    pdf.set_font("Sans", "BI" if k % 3 == 2 else "B", 8.4)
    pdf.cell(17, 4.6, lab, align="R")
y += 11.5
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
y_body = y


def check(x, yy):
    pdf.set_draw_color(40, 130, 60)
    pdf.set_line_width(0.45)
    pdf.line(x, yy + 2.6, x + 0.9, yy + 3.6)
    pdf.line(x + 0.9, yy + 3.6, x + 2.6, yy + 1.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def body_row(cells, yy, bold=False, marks=(False, False, False)):
    rh = 7.2
    for k in range(3):
        pdf.set_fill_color(246, 240, 232)
        pdf.rect(XS[4 + 3 * k], yy, 19, rh, style="F")
    pdf.set_font("Sans", "B" if bold else "", 9.2)
    pdf.set_xy(XS[0], yy + 1.4)
    pdf.cell(WS[0], 4.4, cells[0])
    pdf.set_xy(XS[1], yy + 1.4)
    pdf.cell(WS[1] - 2, 4.4, cells[1], align="R")
    for k in range(9):
        target = k % 3 == 2
        pdf.set_font("Sans", ("BI" if bold else "I") if target else ("B" if bold else ""), 9.2)
        pdf.set_text_color(*((110, 110, 110) if target else (0, 0, 0)))
        pdf.set_xy(XS[2 + k], yy + 1.4)
        pdf.cell(17, 4.4, cells[2 + k], align="R")
        pdf.set_text_color(0, 0, 0)
        if k % 3 == 1 and marks[k // 3]:
            check(XS[2 + k] + 17.3, yy + 1.4)
    return yy + rh


for h in D_HOMES:
    cells = [h[0], str(h[1]), d1(h[2][0]), d1(h[2][1]), d1(h[2][2]), str(h[3][0]), str(h[3][1]), str(h[3][2]),
             str(h[4][0]), str(h[4][1]), str(h[4][2])]
    y = body_row(cells, y, marks=tuple(d_met(h, k) for k in (2, 3, 4)))
    pdf.set_draw_color(215, 215, 215)
    pdf.line(22, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
t = D_TOTAL_TARGETS
cells = ["Ingsäter totalt", str(P), d1(d_tot(2, 0)), d1(d_tot(2, 1)), d1(t[0]), str(d_tot(3, 0)), str(d_tot(3, 1)),
         str(t[1]), str(d_tot(4, 0)), str(d_tot(4, 1)), str(t[2])]
y = body_row(cells, y + 0.4, bold=True, marks=(d_tot(2, 1) >= t[0], d_tot(3, 1) <= t[1], d_tot(4, 1) <= t[2]))
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
# thin vertical rules between the column groups only
pdf.set_draw_color(160, 160, 160)
for k in range(3):
    x = XS[2 + 3 * k] - 3
    pdf.line(x, y_body - 11, x, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
check(22.5, pdf.get_y() - 0.4)
pdf.set_font("Sans", "", 8)
pdf.set_x(27)
pdf.cell(0, 4.2, "= utfallet 2026 når målet för 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Serif", "", 8.6)
pdf.set_text_color(60, 60, 60)
for m, tx in (("1", "Beläggning: belagda platsdygn i procent av tillgängliga platsdygn. Målet är att minst 97 "
                    "procent av platserna ska vara belagda."),
              ("2", "Personalkontinuitet: antal olika medarbetare som en brukare möter under 14 dagar, median för "
                    "mätperioden i oktober. Målet är ett högsta värde."),
              ("3", "Väntetid: genomsnittligt antal dagar från beslut till erbjudande om plats. Målet är ett "
                    "högsta värde. Raden Ingsäter totalt är vägd med antalet platser.")):
    pdf.set_x(22)
    pdf.cell(5, 4.3, m)
    pdf.multi_cell(240, 4.3, tx, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 short-term units, slope chart, passage
pdf.add_page(orientation="P")
pdf.h1("Korttidsplatser", size=13)
pdf.p("Korttidsplatserna används efter sjukhusvistelse, för växelvård och i väntan på särskilt boende. Under 2026 "
      "flyttades två platser från Sjöbris till Solvändan, där det finns sjuksköterska dygnet runt.", size=10, lh=5)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Korttidsplatser 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W2 = [56, 18, 18, 18, 18, 19, 19]
rows = [[s[0], str(s[1][0]), str(s[1][1]), d1(s[2][0]), d1(s[2][1]), str(s[3][0]), str(s[3][1])] for s in D_SHORT]
pdf.head2_table([[("Enhet", 1, 2), ("Platser", 2), ("Beläggning, %", 2), ("Medelvårdtid, dagar", 2)],
                 ["2025", "2026", "2025", "2026", "2025", "2026"]],
                rows, W2, ["L"] + ["R"] * 6, size=8.8, lh=4.8, head_fill=(246, 240, 232))
pdf.p("Beläggningen ökade på Sjöbris när antalet platser minskade, och medelvårdtiden blev kortare på alla tre "
      "enheterna.", size=10, lh=5)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Figur 1. Personalkontinuitet 2025 och 2026 per boende", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y0 = pdf.get_y() + 6
XL, XR = 60, 120
VMIN, VMAX, HGT = 9, 19, 56


def ypos(v):
    return y0 + HGT - (v - VMIN) / (VMAX - VMIN) * HGT


pdf.set_draw_color(150, 150, 150)
pdf.line(XL, y0 - 2, XL, y0 + HGT + 2)
pdf.line(XR, y0 - 2, XR, y0 + HGT + 2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.4)
pdf.set_xy(XL - 10, y0 - 7)
pdf.cell(20, 4, "2025", align="C")
pdf.set_xy(XR - 10, y0 - 7)
pdf.cell(20, 4, "2026", align="C")
used = {}
for h in sorted(D_HOMES, key=lambda h: -h[3][1]):
    a, b = h[3][0], h[3][1]
    col = (196, 60, 50) if b > a else (46, 140, 70)
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.5)
    pdf.line(XL, ypos(a), XR, ypos(b))
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*col)
    pdf.circle(x=XL, y=ypos(a), radius=0.9, style="F")
    pdf.circle(x=XR, y=ypos(b), radius=0.9, style="F")
    pdf.set_draw_color(0, 0, 0)
    ly = ypos(b) - 2 + used.get(b, 0)
    used[b] = used.get(b, 0) + 4.2
    pdf.set_font("Sans", "", 8.2)
    pdf.set_xy(XR + 2.5, ly)
    pdf.cell(60, 4, f"{h[0]} {b}")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(XL - 12, ypos(a) - 2)
    pdf.cell(9, 4, str(a), align="R")
    pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + HGT + 5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Röd linje = fler medarbetare per brukare än 2025, grön linje = färre.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Väntetiden till Callunagården")
cg = [h for h in D_HOMES if h[0] == "Callunagården"][0]
pdf.p(f"Väntetiden är längst till Callunagården, {cg[4][1]} dagar i genomsnitt 2026. {D_PASSAGE}. Platserna "
      "blir därför sällan lediga, och den som väntar på en demensplats kan inte erbjudas plats på ett annat "
      "boende. Nämnden utreder om ytterligare en demensenhet kan inrättas på Syrenhöjden.", size=10, lh=5)

# ---------------------------------------------------------------- p. 4 development areas
pdf.add_page()
pdf.h1("Utvecklingsområden 2027", size=13)
items = [("Minska antalet medarbetare som varje brukare möter genom fasta arbetslag och scheman som följer "
          "brukarens dygnsrytm på alla boenden.", "december 2027"),
         ("Införa en gemensam kö för särskilt boende och korttidsplatser så att väntetiden kan följas upp varje "
          "månad.", "30 april 2027"),
         ("Utreda en ny demensenhet på Syrenhöjden och redovisa kostnader och tidplan för nämnden.",
          "2027-09-30"),
         ("Se över bemanningen nattetid på Plommongården, där personalkontinuiteten har försämrats.", "juni 2027")]
for i, (t, d) in enumerate(items, 1):
    pdf.set_font("Serif", "", 10)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(8, 5, f"{i}.")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(158, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(30)
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4.4, f"Klart: {d}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.4)
pdf.h2("Uppföljning")
pdf.p("Nyckeltalen i tabell 1 följs upp i nämndens delårsrapport per den 31 augusti 2027 och i "
      "verksamhetsberättelsen för 2027. Väntetiderna redovisas dessutom för nämnden varje kvartal.", size=10, lh=5)
pdf.ln(10)
pdf.sign_lines(["Camilla Svärd, ordförande i vård- och omsorgsnämnden", "Jonas Ståhlberg, förvaltningschef"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
