"""(a) Bälsunda kommun – driftbudget 2027 per nämnd och verksamhet (bilaga 2 till Mål och budget 2027).

Layout: DejaVu Sans, portrait, 4 pages. P. 1: the title with a grey "Bilaga 2 …" line, a summary with competing
totals (net costs 2025 / 2026 / 2027, the change in tkr and per cent, tax income in mnkr, the result) and Figur 1, a
TREEMAP of the budget 2027 per nämnd (one rectangle per committee, its area proportional to the net cost, filled in
the committee colour, holding the code, the amount in mnkr and the share) with a legend line of the codes. Pp. 2–3:
Tabell 1, net cost per nämnd and verksamhet in tkr, with the columns Utfall 2025 (grey) / Budget 2026 / Budget
2027 / Förändring, % and a SPARKLINE column "2025–2027" (a small three-point line per row drawn from the three
amounts, a dot on the last point, no text). Each committee opens with a heading line led by a SMALL SQUARE IN THE
COMMITTEE COLOUR (the same colour as in the treemap) and the code in grey at the right; its activities are
indented; the "Summa <nämnd>" row is bold on a PALE TINT OF THE COMMITTEE COLOUR with a coloured rule above it.
No vertical rules; hairlines between rows. The table breaks after Socialnämnden: p. 2 ends with "Tabell 1
fortsätter på nästa sida.", p. 3 repeats the caption with "(forts.)" and the column heading. The grand total
"Nämnderna totalt" is a bold row inside a HEAVY BOX. P. 3 continues with comments per committee (the passage on
individ- och familjeomsorg). P. 4 has the budget assumptions as a "–" list and the result budget in mnkr (horizontal
rules only). Metadata title set.
"""
import datetime as dt

from common30 import HERE, Doc, nb
from data import (A_COMMITTEES, A_BREAK_AFTER, A_TAX, A_FIN, A_PASSAGE, a_pct, a_csum, a_total, a_tpct,
                  a_committee, a_result, a_row_text, g, d1, mn, r1)

OUT = HERE / "balsunda-driftbudget-2027.pdf"
ACC = (46, 84, 140)
pdf = Doc("Bälsunda kommun", "Driftbudget 2027", "Sida {p} av 4", font="dejavu", accent=ACC,
          title="Driftbudget 2027 per nämnd och verksamhet", author="Bälsunda kommun, ekonomiavdelningen",
          foot="Bälsunda kommun · Mål och budget 2027 · Bilaga 2",
          created=dt.datetime(2026, 11, 27, 10, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
T = a_total()
RES = a_result()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 8.5, "Driftbudget 2027 per nämnd och verksamhet", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(110, 110, 110)
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(0, 4.8, "Bilaga 2 till Mål och budget 2027 med plan 2028–2029 · Beslutad av kommunfullmäktige den "
               "23 november 2026, § 142", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h2("Sammanfattning")
pdf.p(f"Nämndernas nettokostnader budgeteras till {g(T[2])} tkr för 2027. Det är {g(T[2] - T[1])} tkr eller "
      f"{d1(a_tpct(T))} procent mer än i budgeten för 2026, som uppgick till {g(T[1])} tkr. Utfallet för 2025 blev "
      f"{g(T[0])} tkr.", size=9.8)
pdf.p(f"Skatteintäkter och generella statsbidrag beräknas till {mn(A_TAX)} mnkr. Efter finansförvaltningens "
      f"nettokostnad på {mn(A_FIN)} mnkr för pensioner, kapitalkostnader och räntor budgeteras årets resultat "
      f"till {mn(RES)} mnkr, vilket motsvarar {d1(RES / A_TAX * 100)} procent av skatter och bidrag. Det "
      "finansiella målet är ett resultat på minst 2,0 procent, och målet nås alltså inte 2027.", size=9.8)
bun, sn = a_csum("BUN"), a_csum("SN")
pdf.p(f"Barn- och utbildningsnämnden och socialnämnden svarar tillsammans för "
      f"{d1((bun[2] + sn[2]) / T[2] * 100)} procent av nämndernas budget. Figur 1 visar hur budgeten för 2027 "
      "fördelas mellan nämnderna, och tabell 1 på sidorna 2 och 3 redovisar varje verksamhet.", size=9.8)
pdf.ln(2)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5, "Figur 1. Nettokostnad per nämnd, budget 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)


def squarify(items, x, y, w, h):
    """simple squarified treemap: items [(key, value)] sorted large first -> [(key, x, y, w, h)]"""
    out = []
    items = list(items)
    while items:
        total = sum(v for _, v in items)
        horizontal = w >= h
        side = h if horizontal else w
        row, best = [], None
        for k in range(1, len(items) + 1):
            cand = items[:k]
            s = sum(v for _, v in cand)
            thick = s / total * (w if horizontal else h)
            worst = max(max((v / s * side) / thick, thick / (v / s * side)) for _, v in cand)
            if best is None or worst <= best:
                best, row = worst, cand
            else:
                break
        s = sum(v for _, v in row)
        thick = s / total * (w if horizontal else h)
        pos = 0
        for key, v in row:
            ln_ = v / s * side
            if horizontal:
                out.append((key, x, y + pos, thick, ln_))
            else:
                out.append((key, x + pos, y, ln_, thick))
            pos += ln_
        items = items[len(row):]
        if horizontal:
            x, w = x + thick, w - thick
        else:
            y, h = y + thick, h - thick
    return out


vals = sorted(((c[0], a_csum(c[0])[2]) for c in A_COMMITTEES), key=lambda kv: -kv[1])
y0 = pdf.get_y()
TW, TH = 170, 84
for key, x, y, w, h in squarify(vals, 20, y0, TW, TH):
    col = a_committee(key)[2]
    pdf.set_fill_color(*col)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.8)
    pdf.rect(x, y, w, h, style="DF")
    pdf.set_text_color(255, 255, 255)
    v = a_csum(key)[2]
    small = w < 20 or h < 20
    pdf.set_font("Sans", "B", 9.5 if not small else 7.6)
    pdf.set_xy(x + 1.5, y + 1.5)
    pdf.cell(w - 3, 4.6, key)
    pdf.set_font("Sans", "", 8.6 if not small else 6.8)
    pdf.set_xy(x + 1.5, y + (6.6 if not small else 5.2))
    pdf.cell(w - 3, 4.2, f"{mn(v)} mnkr")
    pdf.set_xy(x + 1.5, y + (10.8 if not small else 8.6))
    pdf.cell(w - 3, 4.2, f"{d1(v / T[2] * 100)} %")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + TH + 2.5)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.8, "KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = socialnämnden, SBN = "
               "samhällsbyggnadsnämnden, KFN = kultur- och fritidsnämnden. Ytan motsvarar nämndens andel av "
               "nettokostnaden.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
XS = [20, 82, 104, 126, 148, 170]      # Verksamhet | Utfall 2025 | Budget 2026 | Budget 2027 | Förändring | trend
WS = [62, 22, 22, 22, 22, 20]
RIGHT = 190


def col_head():
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 7.4)
    heads = ["Nämnd och verksamhet, tkr", "Utfall\n2025", "Budget\n2026", "Budget\n2027", "Förändring,\n%",
             "2025–2027"]
    for i, h in enumerate(heads):
        pdf.set_xy(XS[i] + (0 if i == 0 else 0.5), y + (4.2 if "\n" not in h else 0.3))
        pdf.multi_cell(WS[i] - 1, 3.9, h, align="L" if i == 0 else ("C" if i == 5 else "R"))
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.5)
    pdf.line(20, y + 9, RIGHT, y + 9)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 9.6)


def spark(y, vals, col):
    x0, x1 = XS[5] + 3, XS[5] + WS[5] - 3
    lo, hi = min(vals), max(vals)
    span = (hi - lo) or 1
    pts = [(x0 + i * (x1 - x0) / 2, y + 4.1 - (v - lo) / span * 3.2) for i, v in enumerate(vals)]
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.35)
    for a, b in zip(pts, pts[1:]):
        pdf.line(a[0], a[1], b[0], b[1])
    pdf.set_fill_color(*col)
    pdf.circle(x=pts[-1][0], y=pts[-1][1], radius=0.65, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def committee_head(code, name, col, cont=False):
    y = pdf.get_y() + 1.2
    pdf.set_fill_color(*col)
    pdf.rect(20.5, y + 1.3, 3, 3, style="F")
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(25.5, y + 0.4)
    pdf.cell(120, 4.8, name + (" (forts.)" if cont else ""))
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(160, y + 0.6)
    pdf.cell(30, 4.4, code, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 5.8)


def act_row(r, col):
    y = pdf.get_y()
    rh = 5.5
    pdf.set_font("Sans", "", 8.5)
    pdf.set_xy(25.5, y + 0.6)
    pdf.cell(WS[0] - 5.5, 4.3, r[0])
    cells = [g(r[1]), g(r[2]), g(r[3]), d1(a_pct(r), plus=True)]
    for i, c in enumerate(cells, 1):
        pdf.set_text_color(*((125, 125, 125) if i == 1 else (0, 0, 0)))
        pdf.set_xy(XS[i], y + 0.6)
        pdf.cell(WS[i] - 1, 4.3, c, align="R")
    pdf.set_text_color(0, 0, 0)
    spark(y, r[1:4], col)
    pdf.set_draw_color(215, 215, 215)
    pdf.line(25.5, y + rh, RIGHT, y + rh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + rh)


def sum_row(code, name, col):
    s = a_csum(code)
    y = pdf.get_y()
    rh = 6
    tint = tuple(int(255 - (255 - c) * 0.16) for c in col)
    pdf.set_fill_color(*tint)
    pdf.rect(20, y, RIGHT - 20, rh, style="F")
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.5)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.1)
    pdf.set_xy(21, y + 0.9)
    pdf.cell(WS[0] - 1, 4.3, "Summa " + name[0].lower() + name[1:])
    pdf.set_font("Sans", "B", 8.5)
    for i, c in enumerate([g(s[0]), g(s[1]), g(s[2]), d1(a_tpct(s), plus=True)], 1):
        pdf.set_xy(XS[i], y + 0.9)
        pdf.cell(WS[i] - 1, 4.3, c, align="R")
    spark(y + 0.4, s, col)
    pdf.set_y(y + rh + 2.2)


pdf.add_page()
pdf.h1("Tabell 1. Nettokostnad per nämnd och verksamhet", size=12)
pdf.p("Beloppen är nettokostnader i tusental kronor (tkr). Förändringen avser budget 2027 jämfört med budget 2026. "
      "Den lilla kurvan till höger visar utvecklingen från utfallet 2025 till budgeten 2027.", size=8.8, lh=4.4)
col_head()
for code, name, col, rows in A_COMMITTEES:
    committee_head(code, name, col)
    for r in rows:
        act_row(r, col)
    sum_row(code, name, col)
    if code == A_BREAK_AFTER:
        pdf.set_font("Sans", "I", 7.8)
        pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida.", align="R")
        pdf.add_page()
        pdf.h1("Tabell 1. Nettokostnad per nämnd och verksamhet (forts.)", size=12)
        col_head()
y = pdf.get_y() + 1
pdf.set_line_width(0.8)
pdf.rect(20, y, RIGHT - 20, 7.4)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 9)
pdf.set_xy(22, y + 1.5)
pdf.cell(WS[0] - 2, 4.4, "Nämnderna totalt")
for i, c in enumerate([g(T[0]), g(T[1]), g(T[2]), d1(a_tpct(T), plus=True)], 1):
    pdf.set_xy(XS[i], y + 1.5)
    pdf.cell(WS[i] - 1, 4.4, c, align="R")
spark(y + 1, T, (40, 40, 40))
pdf.set_y(y + 12)

pdf.h2("Kommentarer till förändringarna")
ks, sbn, kfn = a_csum("KS"), a_csum("SBN"), a_csum("KFN")
rows = {r[0]: r for c in A_COMMITTEES for r in c[3]}
kt, na = rows["Kollektivtrafik"], rows["Näringsliv och turism"]
pdf.p(f"Kommunstyrelsens ram ökar med {d1(a_tpct(ks))} procent. Kollektivtrafiken får {g(kt[3] - kt[2])} tkr "
      "mer för den nya stadslinjen, medan näringslivsarbetet minskas när evenemangsbudgeten för turism flyttas till "
      "kultur- och fritidsnämnden 2028.", size=9.4, lh=4.7)
pdf.p("Barn- och utbildningsnämndens budget ökar med "
      f"{d1(a_tpct(a_csum('BUN')))} procent. Gymnasieskolan och vuxenutbildningen får lägre budget än 2026 "
      "eftersom färre elever väljer program utanför kommunen och två yrkesutbildningar för vuxna samordnas med "
      "grannkommunerna.", size=9.4, lh=4.7)
pdf.p(f"Socialnämndens budget ökar med {d1(a_tpct(a_csum('SN')))} procent, främst inom hemtjänsten och det "
      "särskilda boendet där antalet personer över 80 år ökar. " + A_PASSAGE, size=9.4, lh=4.7)
pdf.p(f"Samhällsbyggnadsnämnden och kultur- och fritidsnämnden får tillsammans {g(sbn[2] + kfn[2])} tkr. "
      "Idrotts- och fritidsanläggningarna får mer pengar för driften av den nya sporthallen i Hälleberga, och "
      "fritidsgårdarna minskar när två gårdar slås samman.", size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 4 assumptions and result budget
pdf.add_page()
pdf.h1("Budgetförutsättningar", size=12.5)
pdf.bullets([
    "Löneökningar och prisökningar kompenseras med 3,1 procent, beräknat på budget 2026.",
    "Befolkningen beräknas till 24 310 invånare den 1 november 2026, en ökning med 160 personer på ett år.",
    "Kapitalkostnader för nya investeringar budgeteras centralt under finansförvaltningen.",
    "Internräntan är 2,25 procent och pensionskostnaderna följer prognosen från augusti 2026.",
    "Nämnderna ska själva finansiera kostnader för nya uppdrag som inte har fått särskild ramhöjning.",
], sym="–", size=9.6, lh=4.8)
pdf.h2("Resultatbudget i sammandrag, mnkr")
rows = [("Skatteintäkter och generella statsbidrag", mn(A_TAX)),
        ("Nämndernas nettokostnader", mn(-T[2])),
        ("Finansförvaltningen, netto", mn(-A_FIN)),
        ("Årets resultat", mn(RES))]
y = pdf.get_y() + 1
pdf.set_draw_color(40, 40, 40)
pdf.line(20, y, 140, y)
for i, (a, b) in enumerate(rows):
    last = i == len(rows) - 1
    if last:
        pdf.line(20, y, 140, y)
    pdf.set_font("Sans", "B" if last else "", 9.2)
    pdf.set_xy(21, y + 1)
    pdf.cell(90, 4.6, a)
    pdf.cell(28, 4.6, b, align="R")
    y += 6.6
pdf.line(20, y, 140, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 5)
pdf.p("Resultatet motsvarar "
      f"{d1(RES / A_TAX * 100)} procent av skatteintäkter och generella statsbidrag. Kommunstyrelsen får i uppdrag "
      "att till budgetberedningen för 2028 föreslå åtgärder som stärker resultatet med minst 10 mnkr.", size=9.6,
      lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
