"""(b) Roslinge kommun – budgetförutsättningar och planeringsdirektiv 2027–2029.

Layout: Liberation Serif text, Liberation Sans headings and tables (Word look), 4 pages; p. 3 LANDSCAPE. P. 1: the
title over a thin double rule with a grey decision line, the budget process as a CHAIN OF FOUR DRAWN CHEVRONS
(arrow-shaped boxes in shades of the accent colour, each holding the month in bold and the step, the exact date in
small type under each chevron), the summary in running text with competing figures (tax base growth 4,1 / 3,6 /
3,8 %, the tax rate 22,14 → 22,39, 25 öre = 17,6 mnkr, wage and price indexation 3,2 / 2,1 %, the result target 2,0
% against the forecast 1,1 %) and a small table of the tax rates 2026 / 2027 (kommun / region / total, horizontal
rules only). P. 2: Tabell 1, the population TRANSPOSED – the YEARS AS COLUMNS (2022–2029) under a spanning upper
heading "Utfall" / "Prognos" whose forecast half is TINTED down the whole table –, age groups as rows and a bold
"Folkmängd 31 december" row with a signed change row under it; then Figur 1, a LINE CHART of the population drawn
with a SOLID LINE FOR THE OUTCOME AND A DASHED LINE FOR THE FORECAST, round markers and the value above every point,
and a short comment. P. 3 (landscape): Tabell 2, taxes and general grants 2026–2029 in mnkr, and Tabell 3, the
result budget, both with BOXED YEAR COLUMNS – each year a separate ROUNDED FRAME with its heading in a tinted cap,
white gutters between the frames, the row labels free at the left –, an italic subtotal and a bold total (negative
amounts with "−"); the tax-income row carries a FOOTNOTE MARK "¹" and the footnote under Tabell 2 gives the
settlement for earlier years (−4,2 / 1,8 mnkr). P. 4: Figur 2, a 100 % STACKED BAR of the frames 2027 per nämnd in the nämnd colours with a
legend, Tabell 4, frames per nämnd (Budget 2026 / Ram 2027 / Plan 2028 / Plan 2029 / Förändring 2026–2027, %),
each row led by a ROUND DOT IN THE NÄMND COLOUR, and the financial goals as a numbered list and the instructions to
the committees as a "–" list with dates. Metadata title set.
"""
import datetime as dt

from common32 import HERE, Doc
from data import (B_POP_YEARS, B_OUTCOME_LAST, B_POP, B_AGES, B_RATE, B_BASE_GROWTH, B_WAGES, B_PRICES, B_TARGET,
                  B_YEAR_HEAD, B_TAX, B_FIN, B_NOTE, B_SETTLEMENT, B_FRAMES, B_DATES, B_PASSAGE, b_pop_total, b_grants,
                  b_tax_total, b_frames_total, b_net, b_result, b_result_pct, b_frame_pct, b_rate_total, dmy,
                  g, d1, r1)

OUT = HERE / "roslinge-budgetforutsattningar-2027-2029.pdf"
ACC = (128, 40, 50)
pdf = Doc("Roslinge kommun", "Budgetförutsättningar 2027–2029", "Sida {p} av 4", font="liberation", serif=True,
          accent=ACC, title="Budgetförutsättningar och planeringsdirektiv 2027–2029",
          author="Roslinge kommun, ekonomiavdelningen", foot="Roslinge kommun · Kommunstyrelsen · Dnr KS 2026/77",
          created=dt.datetime(2026, 3, 17, 13, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
TT = b_tax_total()
RES, RESP = b_result(), b_result_pct()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 8.6, "Budgetförutsättningar och planeringsdirektiv 2027–2029", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 1.5
pdf.set_draw_color(*ACC)
pdf.line(22, y, 188, y)
pdf.line(22, y + 1, 188, y + 1)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2.5)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, f"Beslutat av kommunstyrelsen den {dmy(B_DATES[0][2])}, § 41 · Dnr KS 2026/77",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Budgetprocessen 2026")
y = pdf.get_y() + 1
CW, CH, TIP = 42.5, 15, 5
for i, (mon, step, dt_) in enumerate(B_DATES):
    x = 22 + i * (CW - 1.0)
    shade = [(128, 40, 50), (150, 70, 78), (172, 102, 108), (194, 134, 138)][i]
    pts = [(x, y), (x + CW - TIP, y), (x + CW, y + CH / 2), (x + CW - TIP, y + CH), (x, y + CH)]
    if i > 0:
        pts.append((x + TIP, y + CH / 2))
    pdf.set_fill_color(*shade)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.8)
    pdf.polygon(pts, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(x + (TIP + 1 if i else 2.5), y + 2.2)
    pdf.cell(CW - TIP - 4, 4.4, mon)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(x + (TIP + 1 if i else 2.5), y + 7.2)
    pdf.cell(CW - TIP - 4, 4.4, step)
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(x + 2, y + CH + 1.2)
    pdf.cell(CW - 6, 4, dmy(dt_), align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + CH + 8)
pdf.h2("Sammanfattning")
gr = B_BASE_GROWTH
pdf.p(f"Skatteunderlaget i riket beräknas öka med {d1(gr[2027])} procent 2027, {d1(gr[2028])} procent 2028 och "
      f"{d1(gr[2029])} procent 2029 enligt den senaste prognosen från Sveriges Kommuner och Regioner.", size=10.2)
k26, k27 = B_RATE["kommun"]
extra = r1(B_TAX[0][1][1] * (k27 - k26) / k27)
f2 = lambda v: f"{v:.2f}".replace(".", ",")  # noqa: E731
pdf.p(f"Direktivet bygger på att den kommunala skattesatsen höjs från {f2(k26)} kronor till {f2(k27)} kronor 2027. "
      f"En höjning med 25 öre ger cirka {d1(extra)} mnkr mer i skatteintäkter. Höjningen behövs främst eftersom "
      f"{B_PASSAGE}, vilket kräver fler platser i särskilt boende och mer hemtjänst.", size=10.2)
pdf.p(f"Nämndernas ramar för 2027 räknas upp med {d1(B_WAGES)} procent för löner och {d1(B_PRICES)} procent för "
      f"priser. Kommunfullmäktiges resultatmål är {d1(B_TARGET)} procent av skatteintäkter och generella "
      f"statsbidrag. Prognosen för 2026 pekar på ett resultat på {d1(RES[0])} mnkr eller {d1(RESP[0])} procent, "
      f"medan budgeten för 2027 ger {d1(RES[1])} mnkr.", size=10.2)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Skattesatser 2026 och 2027, kronor per 100 kronor beskattningsbar inkomst",
         new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
W_ = [70, 24, 24]
pdf.set_line_width(0.5)
pdf.line(22, y, 22 + sum(W_), y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
for i, h in enumerate(["", "2026", "2027"]):
    pdf.set_xy(22 + sum(W_[:i]), y + 0.8)
    pdf.cell(W_[i] - 1.5, 5, h, align="L" if i == 0 else "R")
y += 6.6
pdf.line(22, y, 22 + sum(W_), y)
for lab, v, st in (("Roslinge kommun", B_RATE["kommun"], ""), ("Regionen", B_RATE["region"], ""),
                   ("Total skattesats", (b_rate_total(0), b_rate_total(1)), "B")):
    pdf.set_font("Sans", st, 8.8)
    for i, c in enumerate([lab, f2(v[0]), f2(v[1])]):
        pdf.set_xy(22 + sum(W_[:i]), y + 0.8)
        pdf.cell(W_[i] - 1.5, 5, c, align="L" if i == 0 else "R")
    y += 6.4
    pdf.set_draw_color(200, 200, 200)
    pdf.line(22, y, 22 + sum(W_), y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(22, y, 22 + sum(W_), y)
pdf.set_line_width(0.2)

# ---------------------------------------------------------------- p. 2 population
pdf.add_page()
pdf.h1("1  Befolkning", size=13)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 1. Folkmängd per åldersgrupp den 31 december 2022–2029", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1.5
LW, YW = 38, 16
xs = [22 + LW + i * YW for i in range(8)]
n_out = B_POP_YEARS.index(B_OUTCOME_LAST) + 1
rows = [(a, [B_POP[yr][k] for yr in B_POP_YEARS], "") for k, a in enumerate(B_AGES)]
tot = [b_pop_total(yr) for yr in B_POP_YEARS]
chg = [None] + [tot[i] - tot[i - 1] for i in range(1, 8)]
table_h = 13 + 6.2 * (len(rows) + 2) + 1
pdf.set_fill_color(246, 236, 232)
pdf.rect(xs[n_out], y, YW * (8 - n_out), table_h, style="F")
pdf.set_font("Sans", "B", 8.2)
for lab, a, b in (("Utfall", 0, n_out - 1), ("Prognos", n_out, 7)):
    pdf.set_xy(xs[a], y + 0.6)
    pdf.cell(xs[b] + YW - xs[a], 4.6, lab, align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(xs[a] + 2, y + 5.6, xs[b] + YW - 2, y + 5.6)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(22, y + 6.8)
pdf.cell(LW, 4.6, "Åldersgrupp")
for i, yr in enumerate(B_POP_YEARS):
    pdf.set_xy(xs[i], y + 6.8)
    pdf.cell(YW - 1.5, 4.6, str(yr), align="R")
y += 12.4
pdf.set_line_width(0.5)
pdf.line(22, y, 22 + LW + 8 * YW, y)
pdf.set_line_width(0.2)
allrows = rows + [("Folkmängd 31 december", tot, "B"), ("Förändring under året", chg, "I")]
for lab, vals, st in allrows:
    if st == "B":
        pdf.line(22, y, 22 + LW + 8 * YW, y)
    pdf.set_font("Sans", st, 8.6)
    pdf.set_xy(22, y + 0.8)
    pdf.cell(LW, 4.6, lab)
    for i, v in enumerate(vals):
        pdf.set_xy(xs[i], y + 0.8)
        txt = "" if v is None else (g(v) if st != "I" else ("+" + g(v) if v > 0 else g(v)))
        pdf.cell(YW - 1.5, 4.6, txt, align="R")
    y += 6.2
pdf.set_line_width(0.5)
pdf.line(22, y, 22 + LW + 8 * YW, y)
pdf.set_line_width(0.2)
pdf.set_xy(22, y + 1.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Utfall enligt befolkningsstatistiken; prognosen är kommunens egen (tonad del av tabellen).",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Figur 1. Folkmängd 2022–2029", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 4
CX0, CW_, CH_ = 38, 140, 62
lo, hi = 24000, 24900
pdf.set_font("Sans", "", 7.2)
for v in range(lo, hi + 1, 300):
    yy = y0 + CH_ - (v - lo) / (hi - lo) * CH_
    pdf.set_draw_color(225, 225, 225)
    pdf.line(CX0, yy, CX0 + CW_, yy)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(22, yy - 2)
    pdf.cell(14, 4, g(v), align="R")
pdf.set_draw_color(0, 0, 0)
pts = []
for i, yr in enumerate(B_POP_YEARS):
    x = CX0 + 8 + i * (CW_ - 16) / 7
    yy = y0 + CH_ - (tot[i] - lo) / (hi - lo) * CH_
    pts.append((x, yy))
    pdf.set_xy(x - 8, y0 + CH_ + 1.5)
    pdf.cell(16, 4, str(yr), align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.7)
for i in range(len(pts) - 1):
    if i >= n_out - 1:
        pdf.set_dash_pattern(dash=1.6, gap=1.2)
    pdf.line(*pts[i], *pts[i + 1])
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
for i, (x, yy) in enumerate(pts):
    pdf.set_fill_color(*(ACC if i < n_out else (255, 255, 255)))
    pdf.ellipse(x - 1.3, yy - 1.3, 2.6, 2.6, style="DF")
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(x - 9, yy - 6.2)
    pdf.cell(18, 4, g(tot[i]), align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + CH_ + 8)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Heldragen linje: utfall. Streckad linje och ofyllda punkter: prognos.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
i25 = B_POP_YEARS.index(2025)
pdf.p(f"Folkmängden ökade med {chg[i25]} personer under 2025 till {g(tot[i25])} invånare. Prognosen pekar på "
      f"{g(tot[-1])} invånare vid utgången av 2029. Antalet barn och unga minskar något, medan gruppen 80 år och "
      f"äldre ökar med {B_POP[2029][3] - B_POP[2025][3]} personer fram till 2029.", size=10)

# ---------------------------------------------------------------- p. 3 landscape, boxed year columns
pdf.add_page(orientation="L")
pdf.h1("2  Skatteintäkter, generella statsbidrag och resultat", size=13)
LBL = 97
BW, GAP = 36, 4
BX = [20 + LBL + i * (BW + GAP) for i in range(4)]


def boxed_table(caption, rows, note=None):
    """rows: (label, values, style) – style '' / 'I' (subtotal) / 'B' (total) / 'P' (percent row)"""
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(0, 5.5, caption, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 1.5
    rh = 6.0
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(20, y + 1.6)
    pdf.cell(LBL, 4.6, "mnkr")
    h = 8.5 + rh * len(rows) + 1.5
    for i, x in enumerate(BX):
        pdf.set_fill_color(244, 230, 230)
        pdf.set_draw_color(*ACC)
        pdf.rect(x, y, BW, h, style="D", round_corners=True, corner_radius=2.2)
        pdf.rect(x + 0.3, y + 0.3, BW - 0.6, 7.6, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"),
                 corner_radius=2.0)
        pdf.set_font("Sans", "B", 8.4)
        pdf.set_text_color(*ACC)
        pdf.set_xy(x, y + 1.6)
        pdf.cell(BW - 3, 4.6, B_YEAR_HEAD[i], align="R")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    y += 8.5
    for lab, vals, st in rows:
        if st in ("B", "I"):
            pdf.set_draw_color(160, 160, 160)
            pdf.line(20, y, 20 + LBL - 3, y)
            for x in BX:
                pdf.line(x + 2, y, x + BW - 2, y)
            pdf.set_draw_color(0, 0, 0)
        pdf.set_font("Sans", {"P": "I"}.get(st, st), 8.8)
        pdf.set_xy(20, y + 0.7)
        pdf.cell(LBL, 4.6, lab)
        for i, v in enumerate(vals):
            pdf.set_xy(BX[i], y + 0.7)
            pdf.cell(BW - 3, 4.6, d1(v), align="R")
        y += rh
    pdf.set_y(y + 4)
    if note:
        pdf.set_font("Sans", "", 7.6)
        pdf.set_text_color(100, 100, 100)
        pdf.multi_cell(0, 3.8, note, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)


gs = b_grants()
boxed_table("Tabell 2. Skatteintäkter och generella statsbidrag 2026–2029",
            [(n + B_NOTE.get(n, ""), v, "") for n, v in B_TAX] +
            [("Summa generella statsbidrag och utjämning", gs, "I"),
             ("Summa skatteintäkter och generella statsbidrag", TT, "B")],
            note=f"¹ Inklusive slutavräkning för tidigare år: {d1(B_SETTLEMENT[0])} mnkr 2026 och "
                 f"{d1(B_SETTLEMENT[1])} mnkr 2027. För planåren räknas ingen slutavräkning.\n"
                 "Beräknat med skattesatsen 22,39 kronor från 2027 och en folkmängd enligt tabell 1. "
                 "Regleringsposten och LSS-utjämningen är negativa när kommunen betalar en avgift.")
NET = b_net()
boxed_table("Tabell 3. Resultatbudget 2026–2029",
            [("Skatteintäkter och generella statsbidrag", TT, ""),
             ("Nämndernas nettokostnader", tuple(-x for x in NET), ""),
             ("Finansförvaltningen, netto", tuple(-x for x in B_FIN), ""),
             ("Årets resultat", RES, "B"),
             ("Resultat i procent av skatter och bidrag", RESP, "P")],
            note=f"Prognos 2026 enligt nämndernas prognoser i februari. Nämndernas nettokostnader 2027–2029 motsvarar "
                 f"summan av ramarna i tabell 4. Resultatmålet är {d1(B_TARGET)} procent.")

# ---------------------------------------------------------------- p. 4 frames per nämnd
pdf.add_page(orientation="P")
pdf.h1("3  Ramar per nämnd", size=13)
FT = b_frames_total()
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Figur 2. Fördelning av ramarna 2027", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 2
x = 22
for name, v, col in B_FRAMES:
    w = v[1] / FT[1] * 166
    pdf.set_fill_color(*col)
    pdf.rect(x, y, w, 9, style="F")
    if w > 14:
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 7.6)
        pdf.set_xy(x, y + 2.4)
        pdf.cell(w, 4.2, f"{d1(v[1] / FT[1] * 100)} %", align="C")
    x += w
pdf.set_text_color(0, 0, 0)
y += 12
pdf.set_font("Sans", "", 7.4)
lx = 22
for name, v, col in B_FRAMES:
    tw = pdf.get_string_width(name) + 8
    if lx + tw > 188:
        lx, y = 22, y + 4.6
    pdf.set_fill_color(*col)
    pdf.rect(lx, y + 1, 2.8, 2.8, style="F")
    pdf.set_xy(lx + 3.6, y)
    pdf.cell(tw - 4, 4.6, name)
    lx += tw
pdf.set_y(y + 9)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 4. Ramar per nämnd 2026–2029, mnkr, och förändring 2026–2027 i procent", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
W4 = [64, 20, 20, 20, 20, 22]
X4 = [22]
for w in W4[:-1]:
    X4.append(X4[-1] + w)
pdf.set_line_width(0.5)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.2)
for i, h in enumerate(["Nämnd", "Budget\n2026", "Ram\n2027", "Plan\n2028", "Plan\n2029", "Förändring,\n%"]):
    pdf.set_xy(X4[i], y + 1)
    pdf.multi_cell(W4[i] - 1.5, 3.8, h, align="L" if i == 0 else "R")
y += 9.2
pdf.line(22, y, 188, y)
for name, v, col in B_FRAMES:
    pdf.set_fill_color(*col)
    pdf.ellipse(22.6, y + 1.9, 2.8, 2.8, style="F")
    pdf.set_font("Sans", "", 8.8)
    cells = [name] + [d1(x) for x in v] + [d1(b_frame_pct((name, v)), plus=True)]
    for i, c in enumerate(cells):
        pdf.set_xy(X4[i] + (5 if i == 0 else 0), y + 0.9)
        pdf.cell(W4[i] - (5 if i == 0 else 1.5), 4.8, c, align="L" if i == 0 else "R")
    y += 6.6
    pdf.set_draw_color(215, 215, 215)
    pdf.line(22, y, 188, y)
    pdf.set_draw_color(0, 0, 0)
pdf.line(22, y, 188, y)
pdf.set_font("Sans", "B", 8.8)
tp = r1((FT[1] / FT[0] - 1) * 100)
for i, c in enumerate(["Summa nämnder"] + [d1(x) for x in FT] + [d1(tp, plus=True)]):
    pdf.set_xy(X4[i] + (5 if i == 0 else 0), y + 0.9)
    pdf.cell(W4[i] - (5 if i == 0 else 1.5), 4.8, c, align="L" if i == 0 else "R")
y += 6.6
pdf.set_line_width(0.5)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 4)
pdf.p("Ramarna för 2027 omfattar löne- och prisuppräkning samt tillskott för fler äldre och för den nya "
      "förskolan i Gärdshöjden.", size=9.8)
pdf.h1("4  Finansiella mål", size=12)
pdf.numbered([f"Årets resultat ska uppgå till minst {d1(B_TARGET)} procent av skatteintäkter och generella "
              "statsbidrag.",
              "Investeringarna ska under planperioden finansieras med egna medel till minst 70 procent.",
              "Nettokostnaderna får inte öka snabbare än skatteintäkterna och de generella statsbidragen."],
             size=9.8, lh=4.8)
pdf.h1("5  Direktiv till nämnderna", size=12)
pdf.bullets([f"Nämnderna lämnar sina underlag med konsekvensbeskrivningar senast den {dmy(B_DATES[1][2])}.",
             f"Kommunfullmäktige beslutar om ramarna den {dmy(B_DATES[2][2])} och fastställer budgeten den "
             f"{dmy(B_DATES[3][2])}.",
             "Nämnder som inte ryms i sin ram ska redovisa åtgärder som minskar kostnaderna."],
            sym="–", size=9.8, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
