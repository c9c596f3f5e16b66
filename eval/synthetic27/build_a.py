"""(a) Kvillsta kommun – delårsrapport per 31 augusti 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, portrait, 3 pages. P. 1: the title under a short thick
accent bar, a key–value block, the summary with competing figures and Figur 1, a WATERFALL (BRIDGE) CHART from the
budgeted result over the deviations (nämnder, skatter och generella statsbidrag, finansnetto) to the forecast,
with the signed value above each step and dotted connector lines. P. 2: Tabell 1, the driftredovisning per nämnd
(Budget 2026 / Utfall jan–aug / Förbrukat, % / Prognos helår / Avvikelse mot budget, mnkr) with a tinted
two-line heading over a heavy rule, NO HORIZONTAL RULES BETWEEN ROWS but VERTICAL HAIRLINES between the number
columns, "varav" rows (verksamheter) indented in grey italic under two nämnder, the "Förbrukat" cell as a number
beside a small PROGRESS BAR with a dashed red marker at 66,7 % (eight of twelve months), signed deviations in red
/ green and a bold "Summa nämnder" row between a rule and a double rule; a note follows. P. 3: the comments on
the largest deviations as RUN-IN PARAGRAPHS (bold nämnd name, then the text) SET IN TWO COLUMNS, then the
measures as a "–" list and the proposal as att-clauses. Metadata title set.
"""
import datetime as dt

from common27 import HERE, Doc, nb
from data import (A_NAMNDER, A_TARGET_USE, A_BUDGET_RESULT, A_TAX_DEV, A_FIN_DEV, A_PERIOD_RESULT, A_TAX_TOTAL,
                  A_GOAL_PCT, A_HOURS, A_SKOLSKJUTS, A_PASSAGE, A_MEASURES, a_dev, a_use, a_total, a_forecast,
                  g, d1, r1)

OUT = HERE / "kvillsta-delarsrapport-aug-2026.pdf"
ACC = (30, 84, 74)
RED = (180, 30, 30)
GREEN = (30, 120, 60)
pdf = Doc("Kvillsta kommun", "Delårsrapport per 31 augusti 2026", "Sida {p} av 3", font="dejavu", accent=ACC,
          title="Delårsrapport per 31 augusti 2026 – Kvillsta kommun", author="Kvillsta kommun, ekonomiavdelningen",
          foot="Kvillsta kommun · Kommunledningsförvaltningen · Dnr KS 2026/0311",
          created=dt.datetime(2026, 9, 21, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
tot = a_total()
tdev = a_dev(tot)
fc = a_forecast()
deficit = [n for n in A_NAMNDER if a_dev(n) < 0]
surplus = [n for n in A_NAMNDER if a_dev(n) > 0]
balance = [n for n in A_NAMNDER if a_dev(n) == 0]
WORDS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(20, 25, 28, 2.2, style="F")
pdf.set_y(30)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*ACC)
pdf.cell(0, 9, "Delårsrapport per 31 augusti 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(80, 80, 80)
pdf.cell(0, 6, "Kvillsta kommun – perioden 1 januari–31 augusti 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.kv([("Diarienummer", "KS 2026/0311"),
        ("Behandlas", "Kommunstyrelsen 5 oktober 2026, kommunfullmäktige 19 oktober 2026"),
        ("Upprättad av", "Karin Sandell, ekonomichef, och Petter Wall, controller")], lw=36, size=9.2, lh=4.6)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Periodens resultat per den 31 augusti 2026 uppgår till {d1(A_PERIOD_RESULT)} mnkr. Prognosen för helåret "
      f"är ett resultat på {d1(fc)} mnkr, vilket är {d1(A_BUDGET_RESULT - fc)} mnkr lägre än det budgeterade "
      f"resultatet på {d1(A_BUDGET_RESULT)} mnkr.", size=9.8)
pdf.p(f"Nämnderna prognostiserar sammantaget ett underskott mot budget på {d1(-tdev)} mnkr. Skatteintäkter och "
      f"generella statsbidrag väntas ge {d1(A_TAX_DEV)} mnkr mer än budgeterat och finansnettot {d1(A_FIN_DEV)} "
      f"mnkr mer. {WORDS[len(deficit)].capitalize()} nämnder räknar med underskott, {WORDS[len(surplus)]} med "
      f"överskott och {WORDS[len(balance)]} med en budget i balans.", size=9.8)
pct = r1(fc / A_TAX_TOTAL * 100)
pdf.p(f"Skatteintäkter och generella statsbidrag beräknas till {d1(A_TAX_TOTAL)} mnkr för helåret. Det "
      f"prognostiserade resultatet motsvarar {d1(pct)} procent av dem, mot det finansiella målet "
      f"{d1(A_GOAL_PCT)} procent. Balanskravet uppfylls, men målet för god ekonomisk hushållning nås inte.",
      size=9.8)

# waterfall chart
pdf.ln(2)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5, "Figur 1. Från budgeterat till prognostiserat resultat 2026, mnkr", new_x="LMARGIN", new_y="NEXT")
steps = [("Budgeterat resultat", A_BUDGET_RESULT, "abs"), ("Nämnderna", tdev, "rel"),
         ("Skatter och statsbidrag", A_TAX_DEV, "rel"), ("Finansnetto", A_FIN_DEV, "rel"),
         ("Prognos helår", fc, "abs")]
y_top = pdf.get_y() + 8
ch = 52                       # chart height in mm for 30 mnkr
scale = ch / 30.0
base = y_top + ch             # y of the zero line
x0, bw, gap = 30, 20, 13
level = 0.0
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.2)
pdf.line(24, base, 186, base)
for i, (lab, v, kind) in enumerate(steps):
    x = x0 + i * (bw + gap)
    if kind == "abs":
        lo, hi = 0.0, v
        col = ACC if i else (150, 150, 150)
        level = v
        txt = d1(v)
    else:
        lo, hi = sorted((level, level + v))
        col = RED if v < 0 else GREEN
        level = r1(level + v)
        txt = d1(v, plus=True)
    pdf.set_fill_color(*col)
    pdf.rect(x, base - hi * scale, bw, (hi - lo) * scale, style="F")
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*col)
    pdf.set_xy(x - 4, base - hi * scale - 5.5)
    pdf.cell(bw + 8, 5, txt, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(x - 5, base + 1.5)
    pdf.multi_cell(bw + 10, 3.5, lab, align="C")
    if i < len(steps) - 1:
        pdf.set_draw_color(110, 110, 110)
        pdf.set_dash_pattern(dash=0.8, gap=0.8)
        pdf.line(x + bw, base - level * scale, x + bw + gap, base - level * scale)
        pdf.set_dash_pattern()
pdf.set_draw_color(0, 0, 0)
pdf.set_y(base + 12)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Röda staplar minskar och gröna ökar resultatet jämfört med budget. Nämndernas stapel är summan "
               "av avvikelserna i tabell 1.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Driftredovisning per nämnd", size=12.5)
pdf.p("Tabellen visar nämndernas nettokostnader i miljoner kronor. Avvikelsen är budget minus prognos, så att ett "
      "negativt tal betyder att nämnden räknar med ett underskott. Under två nämnder redovisas de största "
      "verksamheterna separat.", size=9.4)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Tabell 1. Driftredovisning januari–augusti och prognos för helåret 2026, mnkr",
         new_x="LMARGIN", new_y="NEXT")
W = [56, 19, 19, 34, 19, 23]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
R = 20 + sum(W)
y = pdf.get_y() + 1
pdf.set_fill_color(222, 236, 232)
pdf.rect(20, y, R - 20, 10, style="F")
pdf.set_font("Cond", "B", 8.6)
heads = ["Nämnd", "Budget\n2026", "Utfall\njan–aug", "Förbrukat, %", "Prognos\nhelår", "Avvikelse\nmot budget"]
for x, w, h, a in zip(X, W, heads, "LRRLRR"):
    pdf.set_xy(x + (2 if a == "L" else 0), y + (0.8 if "\n" in h else 3))
    pdf.multi_cell(w - 2.5, 4.2, h, align=a)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(20, y + 10, R, y + 10)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
y += 11.5
y_body = y
LH = 5.2


def use_cell(x, y_, use, grey=False):
    pdf.set_xy(x, y_)
    pdf.cell(11, LH, d1(use), align="R")
    bx, bwid = x + 13, W[3] - 16
    pdf.set_fill_color(232, 232, 232)
    pdf.rect(bx, y_ + 1.5, bwid, 2.2, style="F")
    pdf.set_fill_color(*((150, 170, 165) if grey else ACC))
    pdf.rect(bx, y_ + 1.5, bwid * min(use, 100) / 100, 2.2, style="F")
    mx = bx + bwid * A_TARGET_USE / 100
    pdf.set_draw_color(*RED)
    pdf.set_dash_pattern(dash=0.5, gap=0.4)
    pdf.line(mx, y_ + 0.6, mx, y_ + 4.6)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)


def dev_cell(x, y_, dev):
    pdf.set_text_color(*(RED if dev < 0 else GREEN if dev > 0 else (0, 0, 0)))
    pdf.set_xy(x, y_)
    pdf.cell(W[5] - 2, LH, d1(dev, plus=True), align="R")
    pdf.set_text_color(0, 0, 0)


for n in A_NAMNDER:
    pdf.set_font("Cond", "", 8.8)
    for x, w, v, a in zip(X, W, [n[0], d1(n[1]), d1(n[2])], "LRR"):
        pdf.set_xy(x + (2 if a == "L" else 0), y)
        pdf.cell(w - 2.5, LH, v, align=a)
    use_cell(X[3], y, a_use(n))
    pdf.set_font("Cond", "", 8.8)
    pdf.set_xy(X[4], y)
    pdf.cell(W[4] - 2.5, LH, d1(n[3]), align="R")
    dev_cell(X[5], y, a_dev(n))
    y += LH
    for v in n[4]:
        pdf.set_font("Cond", "I", 8.2)
        pdf.set_text_color(95, 95, 95)
        for x, w, t, a in zip(X, W, [f"varav {v[0].lower()}", d1(v[1]), d1(v[2])], "LRR"):
            pdf.set_xy(x + (7 if a == "L" else 0), y)
            pdf.cell(w - (7 if a == "L" else 2.5), LH - 0.4, t, align=a)
        use_cell(X[3], y, a_use(v), grey=True)
        pdf.set_font("Cond", "I", 8.2)
        pdf.set_text_color(95, 95, 95)
        pdf.set_xy(X[4], y)
        pdf.cell(W[4] - 2.5, LH - 0.4, d1(v[3]), align="R")
        pdf.set_font("Cond", "I", 8.2)
        dev_cell(X[5], y, a_dev(v))
        y += LH - 0.4
    y += 0.6
pdf.line(20, y + 0.5, R, y + 0.5)
y += 1.2
pdf.set_font("Cond", "B", 8.9)
for x, w, v, a in zip(X, W, [tot[0], d1(tot[1]), d1(tot[2])], "LRR"):
    pdf.set_xy(x + (2 if a == "L" else 0), y)
    pdf.cell(w - 2.5, LH, v, align=a)
use_cell(X[3], y, a_use(tot))
pdf.set_font("Cond", "B", 8.9)
pdf.set_xy(X[4], y)
pdf.cell(W[4] - 2.5, LH, d1(tot[3]), align="R")
dev_cell(X[5], y, tdev)
y += LH + 0.6
pdf.line(20, y, R, y)
pdf.line(20, y + 0.8, R, y + 0.8)
# vertical hairlines between the number columns (body only)
pdf.set_draw_color(185, 185, 185)
pdf.set_line_width(0.1)
for x in X[1:]:
    pdf.line(x, y_body - 1, x, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 4, f"Förbrukat = utfall januari–augusti i procent av budget 2026. Den streckade röda linjen i "
               f"stapeln visar riktvärdet {d1(A_TARGET_USE)} procent, som motsvarar åtta av årets tolv månader.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Finansiering")
pdf.p(f"Skatteprognosen från augusti innebär {d1(A_TAX_DEV)} mnkr mer i skatteintäkter och generella "
      f"statsbidrag än i budgeten, främst på grund av en högre lönesumma i riket. Finansnettot blir "
      f"{d1(A_FIN_DEV)} mnkr bättre än budgeterat eftersom en planerad upplåning har kunnat skjutas till nästa år.",
      size=9.4)

# ---------------------------------------------------------------- p. 3 comments (run-in, two columns)
pdf.add_page()
pdf.h1("Kommentarer till de största avvikelserna", size=12.5)
by = {n[0]: n for n in A_NAMNDER}
sn, bun, ks, sbn, kfn = (by[k] for k in ("Socialnämnden", "Barn- och utbildningsnämnden", "Kommunstyrelsen",
                                         "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"))
sv = {v[0]: v for v in sn[4]}
bv = {v[0]: v for v in bun[4]}
left = [
    ("Socialnämnden.", f"Nämnden prognostiserar ett underskott på {d1(-a_dev(sn))} mnkr. Äldreomsorgen står för "
     f"{d1(-a_dev(sv['Äldreomsorg']))} mnkr av underskottet. Under januari–augusti utfördes {g(A_HOURS[0])} "
     f"hemtjänsttimmar, att jämföra med {g(A_HOURS[1])} timmar i budgeten för perioden. Funktionsstöd visar "
     f"{d1(a_dev(sv['Funktionsstöd']))} mnkr efter två nya beslut om bostad med särskild service. Inom individ- "
     f"och familjeomsorgen ({d1(a_dev(sv['Individ- och familjeomsorg']))} mnkr) har fyra barn placerats i "
     f"hem för vård eller boende under våren."),
    ("Barn- och utbildningsnämnden.", f"Nämnden räknar med {d1(a_dev(bun))} mnkr, varav "
     f"{d1(a_dev(bv['Grundskola']))} mnkr i grundskolan, där antalet elever är 38 fler än budgeterat. Av "
     f"underskottet avser {d1(A_SKOLSKJUTS)} mnkr skolskjutsarna. " + A_PASSAGE),
]
right = [
    ("Kommunstyrelsen.", f"Överskottet på {d1(a_dev(ks))} mnkr beror på outnyttjade medel för oförutsedda "
     f"behov (1,8 mnkr) och vakanta tjänster (0,9 mnkr). Förbrukningen är ändå {d1(a_use(ks))} procent, "
     f"eftersom årets licenser för verksamhetssystemen betalades i förskott i mars."),
    ("Samhällsbyggnadsnämnden.", f"Överskottet på {d1(a_dev(sbn))} mnkr kommer från lägre kapitalkostnader när "
     f"två investeringar har försenats (2,2 mnkr) och från vakanta tjänster (0,9 mnkr)."),
    ("Kultur- och fritidsnämnden.", f"Underskottet på {d1(-a_dev(kfn))} mnkr beror på högre energikostnader "
     f"i simhallen."),
]
colw, gut = 82, 6
y0 = pdf.get_y() + 1
ybot = y0
for c, items in enumerate((left, right)):
    x = 20 + c * (colw + gut)
    pdf.set_left_margin(x)
    pdf.set_right_margin(210 - x - colw)
    pdf.set_xy(x, y0)
    for head, text in items:
        pdf.set_font("Sans", "B", 9.3)
        pdf.set_text_color(*ACC)
        pdf.write(4.7, head + " ")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 9.3)
        pdf.write(4.7, nb(text))
        pdf.ln(7)
    ybot = max(ybot, pdf.get_y())
pdf.set_left_margin(20)
pdf.set_right_margin(20)
pdf.set_draw_color(190, 190, 190)
pdf.line(20 + colw + gut / 2, y0, 20 + colw + gut / 2, ybot - 3)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(20, ybot + 2)
pdf.h2("Beslutade åtgärder")
pdf.bullets(A_MEASURES, sym="–", size=9.4, lh=4.7)
pdf.h2("Förslag till beslut")
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", [
    "godkänna delårsrapporten per den 31 augusti 2026, och",
    "uppdra åt socialnämnden och barn- och utbildningsnämnden att vidta åtgärder för att nå en budget i balans."],
    size=9.4, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
