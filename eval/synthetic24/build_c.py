"""(c) Salmsunds kommun – stadstrafiken 2026: resande, punktlighet och kostnadstäckning per linje.

Layout: DejaVu Sans. P. 1 (portrait): title with a coloured left bar, a key–value block, a summary whose sentences
carry competing figures (journeys 2026 vs 2025 vs 2024, punctuality vs target, cost recovery vs target, costs vs
ticket revenue) and definitions as a key–value list. P. 2 (LANDSCAPE): Tabell 1, journeys per line with a
shaded bold total row "Hela stadstrafiken" under a DOUBLE RULE at the foot, a TWO-LEVEL HEADING ("Resor, tusental" over
2024 / 2025 / 2026, "Punktlighet, %" over 2025 / 2026), a signed change column, an IN-CELL BAR CHART of the 2026
journeys drawn as grey bars (no text), punctuality below the 85 % target printed in RED BOLD, hairline rules
between rows and no vertical lines; notes follow. P. 3 (portrait): Tabell 2, costs, ticket revenue and
kostnadstäckningsgrad per line (total row at the foot under a double rule), with vertical rules only between the
three column groups; then text comparing the lines and the measures for 2027 as a "•" list. Metadata title set.
"""
import datetime as dt

from common24 import HERE, Doc, dec
from data import (C_LINES, C_PUNKT_MAL, C_KT_MAL, C_TOTAL, C_ATGARDER, c_line, c_resor, c_change,
                  c_change_total, c_punkt_total, c_kost, c_intakt, c_kt, c_kt_total)

OUT = HERE / "salmsund-stadstrafiken-2026.pdf"
ACC = (0, 92, 160)
pdf = Doc("Salmsunds kommun", "Stadstrafiken 2026", "Sida {p}", font="dejavu", accent=ACC,
          foot="Salmsunds kommun · Samhällsbyggnadsförvaltningen, trafikenheten",
          title="Salmsunds kommun – Stadstrafiken 2026. Resande, punktlighet och kostnadstäckning per linje",
          author="Trafikenheten", created=dt.datetime(2027, 2, 3, 10, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)


def t(x):
    """thousands with one decimal: 1356.2 -> '1 356,2'"""
    return dec(x)


def sg(x):
    return dec(x, plus=True)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 2.2, 19, style="F")
pdf.set_xy(26, y)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*ACC)
pdf.cell(0, 10, "Stadstrafiken i Salmsund 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.set_font("Sans", "", 11)
pdf.set_text_color(70, 70, 70)
pdf.cell(0, 7, "Uppföljning av resande, punktlighet och kostnadstäckning per linje", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.kv([("Utgiven av", "Samhällsbyggnadsförvaltningen, trafikenheten"),
        ("Behandlad", "Tekniska nämnden 2027-02-16, § 12"),
        ("Diarienummer", "TN 2027/024"),
        ("Trafikföretag", "Sundbergs Trafik AB (avtal 2022–2029)"),
        ("Period", "1 januari–31 december 2026")], lw=34, size=9.2, lh=4.6)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Stadstrafiken hade {t(c_resor(2))} tusen resor under 2026, jämfört med {t(c_resor(1))} tusen 2025 och "
      f"{t(c_resor(0))} tusen 2024. Det är en ökning med {dec(c_change_total())} procent på ett år. Fem av "
      "åtta linjer ökade.", size=9.8)
pdf.p(f"Punktligheten för hela stadstrafiken var {dec(c_punkt_total(1))} procent, mot {dec(c_punkt_total(0))} "
      f"procent året innan. Målet är att minst {dec(C_PUNKT_MAL, 0)} procent av avgångarna ska vara i tid, och "
      "två linjer nådde inte målet.", size=9.8)
pdf.p(f"Kostnadstäckningsgraden sjönk från {dec(c_kt_total(0))} till {dec(c_kt_total(1))} procent, vilket är "
      f"långt under målet på {dec(C_KT_MAL, 0)} procent. Trafikens kostnader ökade till {dec(c_kost(1))} mnkr, "
      f"medan biljettintäkterna ökade till {dec(c_intakt(1))} mnkr.", size=9.8)
pdf.h2("Definitioner")
pdf.kv([("Resa", "En påstigning på en buss, oavsett biljettyp. Byten räknas som nya resor."),
        ("Punktlighet", "Andelen avgångar som lämnar hållplatsen högst tre minuter efter tidtabellen och "
                        "inte före den."),
        ("Kostnadstäckningsgrad", "Biljettintäkter i procent av trafikens kostnader."),
        ("Servicelinjen", "Anropsstyrd trafik med mindre fordon som körs när en resa har bokats.")],
       lw=50, size=9, lh=4.5)

# ---------------------------------------------------------------- p. 2 LANDSCAPE Tabell 1
pdf.add_page(orientation="L")
pdf.set_margins(15, 25, 15)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.set_x(15)
pdf.cell(0, 6, "Tabell 1. Resor och punktlighet per linje 2024–2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [14, 74, 22, 22, 22, 27, 48, 24, 24]
X = [15]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 15 + sum(W)
ytop = pdf.get_y()
hh = 5.6
pdf.set_line_width(0.7)
pdf.line(15, ytop, RIGHT, ytop)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(X[0], ytop + hh * 0.5)
pdf.cell(W[0], hh, "Linje")
pdf.set_xy(X[1], ytop + hh * 0.5)
pdf.cell(W[1], hh, "Sträckning")
pdf.set_xy(X[2], ytop + 0.4)
pdf.cell(W[2] * 3, hh, "Resor, tusental", align="C")
pdf.line(X[2] + 2, ytop + hh, X[5] - 2, ytop + hh)
pdf.set_xy(X[7], ytop + 0.4)
pdf.cell(W[7] * 2, hh, "Punktlighet, %", align="C")
pdf.line(X[7] + 2, ytop + hh, RIGHT - 2, ytop + hh)
pdf.set_font("Sans", "B", 8.4)
for i, lab in ((2, "2024"), (3, "2025"), (4, "2026"), (7, "2025"), (8, "2026")):
    pdf.set_xy(X[i], ytop + hh + 0.6)
    pdf.cell(W[i] - 2, hh, lab, align="R")
pdf.set_xy(X[5], ytop + 1.0)
pdf.multi_cell(W[5] - 2, 4.2, "Förändring, %\n2025–2026", align="R")
pdf.set_xy(X[6] + 4, ytop + hh * 0.5)
pdf.cell(W[6] - 4, hh, "Resor 2026")
yh = ytop + 2 * hh + 1.5
pdf.set_line_width(0.7)
pdf.line(15, yh, RIGHT, yh)
pdf.set_line_width(0.2)
RH = 8.0
maxr = max(x[2][2] for x in C_LINES)
RED = (190, 30, 30)


def row1(y, nr, route, resor, ch, punkt, bold=False, bar=None):
    st = "B" if bold else ""
    pdf.set_font("Sans", "B", 10 if not bold else 8.8)
    pdf.set_xy(X[0] + 1, y)
    pdf.cell(W[0], RH, nr)
    pdf.set_font("Sans", st, 8.8)
    pdf.set_xy(X[1], y)
    pdf.cell(W[1], RH, route)
    for k in range(3):
        pdf.set_xy(X[2 + k], y)
        pdf.cell(W[2 + k] - 2, RH, t(resor[k]), align="R")
    pdf.set_xy(X[5], y)
    pdf.cell(W[5] - 2, RH, sg(ch), align="R")
    if bar is not None:
        pdf.set_fill_color(160, 175, 190)
        pdf.rect(X[6] + 4, y + 2.4, (W[6] - 8) * bar, RH - 4.8, style="F")
    for k in range(2):
        low = punkt[k] < C_PUNKT_MAL
        pdf.set_font("Sans", "B" if (low or bold) else "", 8.8)
        if low:
            pdf.set_text_color(*RED)
        pdf.set_xy(X[7 + k], y)
        pdf.cell(W[7 + k] - 2, RH, dec(punkt[k]), align="R")
        pdf.set_text_color(0, 0, 0)


y = yh
for x in C_LINES:
    row1(y, x[0], x[1], x[2], c_change(x), x[3], bar=x[2][2] / maxr)
    y += RH
    if x is not C_LINES[-1]:
        pdf.set_draw_color(190, 190, 190)
        pdf.line(15, y, RIGHT, y)
        pdf.set_draw_color(0, 0, 0)
pdf.line(15, y, RIGHT, y)
pdf.line(15, y + 0.8, RIGHT, y + 0.8)
y += 0.8
pdf.set_fill_color(232, 240, 248)
pdf.rect(15, y, sum(W), RH, style="F")
row1(y, "", C_TOTAL, [c_resor(k) for k in range(3)], c_change_total(), [c_punkt_total(0), c_punkt_total(1)],
     bold=True)
y += RH
pdf.set_line_width(0.7)
pdf.line(15, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.8)
for note in (f"Punktlighet under målet på {dec(C_PUNKT_MAL, 0)} procent är markerad med röd fetstil. "
             "Punktligheten för hela stadstrafiken är vägd med antalet resor på varje linje.",
             "Linje 6 förlängdes till Skogslyckan i augusti 2025. Servicelinjen körs vardagar 8–17 och bokas senast "
             "en timme före resan.",
             "Källa: biljettsystemet och trafikföretagets realtidssystem. Resor redovisas i tusental med en "
             "decimal."):
    pdf.set_x(15)
    pdf.multi_cell(0, 3.8, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

# ---------------------------------------------------------------- p. 3 portrait: economy and comparison
pdf.set_margins(20, 25, 20)
pdf.add_page(orientation="P")
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Kostnader, biljettintäkter och kostnadstäckningsgrad per linje",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W2 = [50, 20, 20, 20, 20, 20, 20]
X2 = [20]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
R2 = 20 + sum(W2)
ytop = pdf.get_y()
pdf.set_line_width(0.6)
pdf.line(20, ytop, R2, ytop)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.6)
pdf.set_xy(X2[0] + 1, ytop + 3)
pdf.cell(W2[0], 5, "Linje")
for g, lab in enumerate(("Kostnad, mnkr", "Biljettintäkter, mnkr", "Kostnadstäckning, %")):
    pdf.set_xy(X2[1 + 2 * g], ytop + 0.5)
    pdf.cell(40, 5, lab, align="C")
    for k, yr in enumerate(("2025", "2026")):
        pdf.set_xy(X2[1 + 2 * g + k], ytop + 6)
        pdf.cell(18, 5, yr, align="R")
yh = ytop + 11.5
pdf.set_line_width(0.6)
pdf.line(20, yh, R2, yh)
pdf.set_line_width(0.2)
y = yh


def row2(y, label, vals, bold=False):
    pdf.set_font("Sans", "B" if bold else "", 8.8)
    pdf.set_xy(X2[0] + 1, y)
    pdf.cell(W2[0], 6.2, label)
    for k, v in enumerate(vals):
        pdf.set_xy(X2[1 + k], y)
        pdf.cell(18, 6.2, dec(v), align="R")


for x in C_LINES:
    row2(y, f"Linje {x[0]}", [x[4][0], x[4][1], x[5][0], x[5][1], c_kt(x, 0), c_kt(x, 1)])
    y += 6.2
pdf.line(20, y, R2, y)
pdf.line(20, y + 0.8, R2, y + 0.8)
y += 0.8
pdf.set_fill_color(232, 240, 248)
pdf.rect(20, y, sum(W2), 6.2, style="F")
row2(y, C_TOTAL, [c_kost(0), c_kost(1), c_intakt(0), c_intakt(1), c_kt_total(0), c_kt_total(1)], bold=True)
y += 6.2
pdf.set_line_width(0.6)
pdf.line(20, y, R2, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(150, 150, 150)
for k in (1, 3, 5):
    pdf.line(X2[k], ytop, X2[k], y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Kostnaderna avser ersättning till trafikföretaget, drift av biljettsystemet och "
               "hållplatser. Kostnadstäckningsgraden är biljettintäkterna delade med kostnaderna.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h1("Jämförelse mellan linjerna", size=12)
l1, l2, l6, l11 = c_line("1"), c_line("2"), c_line("6"), c_line("11")
share = round(l1[2][2] / c_resor(2) * 100)
pdf.p(f"Linje 1 är störst med {t(l1[2][2])} tusen resor 2026, vilket är {share} procent av alla resor i "
      f"stadstrafiken. Linje 6 ökade mest, med {dec(c_change(l6))} procent, sedan bussen började trafikera "
      "de nya kvarteren i Skogslyckan.", size=9.5)
pdf.p(f"Punktligheten på linje 2 sjönk från {dec(l2[3][0])} till {dec(l2[3][1])} procent. Det berodde främst på "
      "att Storgatan var avstängd för ombyggnad från april till november 2026, så att bussarna fick köra en "
      "längre omväg via Kronåsvägen med flera trafikljus.", size=9.5)
pdf.p(f"Linje 11 till Glimsta och Kullerbo tappade {dec(-c_change(l11))} procent av resorna och har den lägsta "
      f"kostnadstäckningsgraden bland de fasta linjerna, {dec(c_kt(l11, 1))} procent. Bara linje 1 och linje 3 "
      f"når målet om {dec(C_KT_MAL, 0)} procent kostnadstäckning.", size=9.5)
pdf.h2("Åtgärder 2027")
pdf.bullets(C_ATGARDER, size=9.4, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
