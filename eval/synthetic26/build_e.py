"""(e) Ylvasunds kommun – energirapport 2026 för kommunens fastigheter.

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 3 pages. P. 1: a title under a small
kicker, with a THIN LEAF-GREEN RULE ON THE LEFT OF THE WHOLE HEAD BLOCK, a key–value block, the summary with
competing figures (counts of buildings reaching the target and with rising use, the energy cost outcome vs budget
vs last year), a small cost table with horizontal rules only (mnkr) and a framed reading note. P. 2: Tabell 2, the
buildings as a SPLIT TABLE – two half-width tables SIDE BY SIDE on the same page (buildings 1–9 on the left,
10–18 on the right), each with its own two-level heading ("kWh/m²" over 2025 / 2026 / Mål 2026) and the signed
change in per cent; long building names wrap inside their cell; rows are separated by hairlines and the right
half continues the numbering of the left. Footnotes follow under both halves. P. 3: comments on individual
buildings, and the planned measures as a "•" list with the year in parentheses at the end of each item. No
metadata title.
"""
import datetime as dt

from common26 import HERE, Doc, nb
from data import E_BUILDINGS, E_SPLIT, E_COST, E_MEASURES, E_PASSAGE, e_change, e_meets, d1

OUT = HERE / "ylvasund-energirapport-fastigheter-2026.pdf"
ACC = (70, 120, 40)
pdf = Doc("Ylvasunds kommun", "Energirapport 2026", "Sida {p}", font="liberation", accent=ACC,
          foot="Ylvasunds kommun · Samhällsbyggnadsförvaltningen, fastighetsavdelningen · Dnr SBN 2027/058",
          created=dt.datetime(2027, 3, 10, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
n = len(E_BUILDINGS)
meet = sum(1 for b in E_BUILDINGS if e_meets(b))
rose = sum(1 for b in E_BUILDINGS if b[3] > b[2])
WORD = {6: "sex", 12: "tolv", 18: "arton"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_x(25)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 4.5, "FASTIGHETSAVDELNINGEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(30, 30, 30)
pdf.cell(0, 10, "Energirapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(80, 80, 80)
pdf.cell(0, 5.5, "Energianvändning i kommunens egna byggnader jämfört med 2025 och med målen", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.set_x(25)
rows = [("Rapport till", "Samhällsbyggnadsnämnden 2027-03-18"), ("Diarienummer", "SBN 2027/058"),
        ("Kontakt", "Therese Moberg, energisamordnare")]
for k, v in rows:
    pdf.set_x(25)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(30, 4.8, k)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y0, 1.6, y1 - y0, style="F")
pdf.ln(5)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Rapporten omfattar kommunens {n} största byggnader. Varje byggnad har ett mål för energianvändningen "
      "uttryckt i kWh per kvadratmeter uppvärmd area (Atemp), och målet är nått om användningen är lika med eller "
      "lägre än målet.", size=9.8)
pdf.p(f"Av de {n} byggnaderna nådde {meet} sitt mål för 2026 och {n - meet} gjorde det inte. "
      f"Energianvändningen per kvadratmeter minskade i {n - rose} byggnader och ökade i {rose}. Den största "
      "minskningen hade Myrstackens förskola, där ventilationen byttes under 2025.", size=9.8)
pdf.p(f"Energikostnaden för byggnaderna blev {d1(E_COST[2])} mnkr 2026, jämfört med budgeterade "
      f"{d1(E_COST[1])} mnkr och {d1(E_COST[0])} mnkr under 2025. Lägre elpriser under vintern förklarar "
      "det mesta av skillnaden mot budgeten.", size=9.8)
pdf.h2("Tabell 1. Energikostnad, mnkr")
WC = [70, 30, 30, 30]
y = pdf.get_y()
pdf.set_font("Cond", "B", 9.2)
for i, h in enumerate(["", "Utfall 2025", "Budget 2026", "Utfall 2026"]):
    pdf.set_xy(20 + sum(WC[:i]), y)
    pdf.cell(WC[i], 5, h, align="L" if i == 0 else "R")
pdf.set_draw_color(*ACC)
pdf.line(20, y + 5.5, 20 + sum(WC), y + 5.5)
y += 6.5
cost_rows = [("El", (9.1, 8.9, 8.4)), ("Fjärrvärme", (5.6, 5.5, 5.6)), ("Övrigt (pellets, olja)", (0.6, 0.6, 0.6))]
assert all(abs(sum(r[1][k] for r in cost_rows) - E_COST[k]) < 1e-9 for k in range(3))
for lab, vals in cost_rows + [("Summa", E_COST)]:
    pdf.set_font("Cond", "B" if lab == "Summa" else "", 9.2)
    if lab == "Summa":
        pdf.line(20, y - 0.4, 20 + sum(WC), y - 0.4)
    for i, v in enumerate([lab] + [d1(x) for x in vals]):
        pdf.set_xy(20 + sum(WC[:i]), y)
        pdf.cell(WC[i], 5, v, align="L" if i == 0 else "R")
    y += 5.6
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 4)
y0 = pdf.get_y()
pdf.set_xy(24, y0 + 3)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Så läser du tabell 2", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
for t in ("Värdena är normalårskorrigerade, det vill säga omräknade till ett år med normal temperatur, så att "
          "åren kan jämföras.",
          "Förändringen anger hur mycket användningen per kvadratmeter har ändrats mellan 2025 och 2026, i "
          "procent. Ett minustecken betyder att användningen har minskat."):
    pdf.set_x(24)
    pdf.multi_cell(162, 4.6, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
y1 = pdf.get_y() + 2
pdf.set_draw_color(*ACC)
pdf.rect(20, y0, 170, y1 - y0)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 split table
pdf.add_page()
pdf.h1("Tabell 2. Energianvändning per byggnad 2025–2026", size=12)
pdf.p("Byggnaderna redovisas i två halvor bredvid varandra. Alla värden är i kWh per kvadratmeter Atemp och år.",
      size=9.2)
W = [27, 15, 9.5, 9.5, 9.5, 10.5]
HW = sum(W)
GAP = 170 - 2 * HW
ytop = pdf.get_y() + 1


def half(x0, items, start):
    xs = [x0]
    for w in W[:-1]:
        xs.append(xs[-1] + w)
    y = ytop
    pdf.set_fill_color(226, 236, 220)
    pdf.rect(x0, y, HW, 10, style="F")
    pdf.set_font("Cond", "B", 8)
    pdf.set_xy(xs[0] + 0.8, y + 3)
    pdf.cell(W[0], 4, "Byggnad")
    pdf.set_xy(xs[1] + 0.8, y + 3)
    pdf.cell(W[1], 4, "Typ")
    pdf.set_xy(xs[2], y + 0.6)
    pdf.cell(W[2] * 3, 4, "kWh/m²", align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(xs[2] + 1, y + 4.7, xs[5] - 1, y + 4.7)
    for i, h in ((2, "2025"), (3, "2026"), (4, "Mål")):
        pdf.set_xy(xs[i], y + 5.4)
        pdf.cell(W[i] - 0.8, 4, h, align="R")
    pdf.set_xy(xs[5], y + 1.2)
    pdf.multi_cell(W[5] - 0.6, 3.8, "Ändr.\n%", align="R")
    y += 10
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.4)
    pdf.line(x0, y, x0 + HW, y)
    pdf.set_line_width(0.2)
    for k, b in enumerate(items, start):
        name, typ, v25, v26, mal = b
        pdf.set_font("Cond", "", 8.2)
        pdf.set_xy(xs[0] + 0.8, y + 0.8)
        pdf.multi_cell(W[0] - 1.2, 3.8, name, align="L", new_x="LEFT", new_y="NEXT")
        y_end = pdf.get_y()
        pdf.set_xy(xs[1] + 0.8, y + 0.8)
        pdf.cell(W[1] - 0.8, 3.8, typ)
        for i, v in ((2, str(v25)), (3, str(v26)), (4, str(mal)), (5, d1(e_change(b), plus=True))):
            pdf.set_font("Cond", "B" if i == 3 else "", 8.2)
            pdf.set_xy(xs[i], y + 0.8)
            pdf.cell(W[i] - 0.8, 3.8, v, align="R")
        y = max(y_end, y + 4.6) + 0.9
        pdf.set_draw_color(205, 205, 205)
        pdf.line(x0, y, x0 + HW, y)
    pdf.set_draw_color(0, 0, 0)
    return y


yl = half(20, E_BUILDINGS[:E_SPLIT], 1)
yr = half(20 + HW + GAP, E_BUILDINGS[E_SPLIT:], E_SPLIT + 1)
pdf.set_draw_color(170, 170, 170)
pdf.line(20 + HW + GAP / 2, ytop, 20 + HW + GAP / 2, max(yl, yr))
pdf.set_draw_color(0, 0, 0)
pdf.set_y(max(yl, yr) + 3)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Mål = byggnadens mål för 2026 enligt energiplanen. Ishallen har ett eget mål eftersom "
               "kylanläggningen står för större delen av energianvändningen. Uppgifterna kommer från "
               "energiuppföljningssystemet och fakturorna från energibolagen.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(4)
pdf.h2("Byggnadstyper")
types = []
for b in E_BUILDINGS:
    if b[1] not in types:
        types.append(b[1])
PL = {"Skola": "skolor", "Förskola": "förskolor", "Äldreboende": "äldreboenden"}


def tname(t):
    k = sum(1 for b in E_BUILDINGS if b[1] == t)
    return f"{k} {PL.get(t, t.lower()) if k > 1 else t.lower()}"


pdf.p("Tabellen omfattar " + ", ".join(tname(t) for t in types[:-1]) + f" och {tname(types[-1])}. Skolor och "
      "förskolor står tillsammans för hälften av byggnaderna i rapporten.", size=9.2)

# ---------------------------------------------------------------- p. 3 comments and measures
pdf.add_page()
pdf.h1("Kommentarer", size=12.5)
pdf.p(E_PASSAGE + " Åtgärder för belysningen planeras under 2027.", size=9.8)
pdf.p("Tuvängsskolan ligger långt över sitt mål trots att användningen minskade. Byggnaden är från 1960-talet och "
      "har enkla fönster i en stor del av fasaden. Fönsterbytet är planerat men kräver bygglov och upphandling.",
      size=9.8)
pdf.p("Mariagårdens äldreboende minskade sin användning tack vare ny styrning av ventilationen nattetid men når "
      "ännu inte målet. Ängshemmet nådde precis sitt mål trots en liten ökning.", size=9.8)
pdf.p("Ylvasunds ishall minskade med 4,5 procent efter att isen lades senare på hösten och kylan stängdes av "
      "tidigare på våren.", size=9.8)
pdf.h1("Planerade energiåtgärder", size=12.5)
pdf.p("Åtgärderna ingår i fastighetsavdelningens underhållsplan. Året anger när åtgärden ska vara genomförd.",
      size=9.8)
pdf.bullets([f"{t} ({yr})" for t, yr in E_MEASURES], size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
