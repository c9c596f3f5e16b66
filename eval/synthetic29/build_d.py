"""(d) Lidsviks kommun – miljöprogram 2022–2030, uppföljning 2026.

Layout: DejaVu Serif body, DejaVu Sans headings, DejaVu Sans Condensed table; 3 pages, p. 2 LANDSCAPE.
P. 1 (portrait): a small-capital sender line, the title with the period in a lighter weight, an INDICATOR DOT
STRIP – twelve drawn circles in a row, one per indicator, filled by its assessment, with the code under each dot
and a colour legend beside it – the introduction with the counts sentence (4 reached, 4 right direction, 2 still,
2 wrong direction) and "Programmets fokusområden" as a BULLETED LIST WITH NESTED SUB-ITEMS (a square bullet and the
area in bold, sub-items with "–" indented under it). P. 2 (landscape): Tabell 1 with a two-level heading
("Utfall" spans 2025 / 2026), one row per indicator: the CODE IN A GREY ROUNDED BOX, indicator, unit, base year,
base value, outcomes, the target with "≤"/"≥", a TREND CELL WITH A DRAWN ARROW (up, down or level) before the
word "ökar" / "minskar" / "oförändrad", and a last column of SPARKLINES (a drawn line through base value, 2025 and
2026 with a dashed target level); each focus area opens with a WHITE NUMBER ON A GREEN SQUARE beside the area
name; hairlines between rows; notes under the table. P. 3 (portrait): comments per focus area under h2 headings
(passage: why energy use rose) and the next steps as a "•" list. Metadata title set.
"""
import datetime as dt

from common29 import HERE, Doc
from data import (D_FOCUS, D_INDICATORS, D_PASSAGE, D_NEXT, D_STABLE, d_fmt, d_target_text, d_trend, d_assess,
                  d_ind, g, d1)

OUT = HERE / "lidsvik-miljoprogram-uppfoljning-2026.pdf"
ACC = (46, 110, 60)
pdf = Doc("Lidsviks kommun", "Miljöprogram 2022–2030 · Uppföljning 2026", "Sida {p}/3", font="dejavu", serif=True,
          accent=ACC, title="Miljöprogram 2022–2030 – uppföljning 2026", author="Lidsviks kommun",
          foot="Lidsviks kommun · Kommunledningsförvaltningen, hållbarhetsenheten · Dnr KS 2027/96",
          created=dt.datetime(2027, 4, 20, 8, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
AS_COL = {"Uppnått": (46, 125, 50), "Rätt riktning": (140, 190, 90), "Står still": (230, 180, 40),
          "Fel riktning": (200, 60, 50)}
AREAS = [a for a, _ in D_FOCUS]
cnt = {k: sum(1 for i in D_INDICATORS if d_assess(i) == k) for k in AS_COL}
WORD = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 12: "tolv"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 4.5, "LIDSVIKS KOMMUN  ·  MILJÖ- OCH KLIMATRÅDET", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
pdf.set_font("Sans", "B", 20)
pdf.cell(pdf.get_string_width("Miljöprogram ") + 1, 10, "Miljöprogram ")
pdf.set_font("Sans", "", 20)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 10, "2022–2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "I", 12)
pdf.cell(0, 6.5, "Uppföljning av indikatorerna 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
# dot strip
y = pdf.get_y()
for k, ind in enumerate(D_INDICATORS):
    cx = 24 + k * 8.2
    pdf.set_fill_color(*AS_COL[d_assess(ind)])
    pdf.set_draw_color(255, 255, 255)
    pdf.circle(x=cx, y=y + 3, radius=2.8, style="F")
    pdf.set_font("Cond", "", 6.8)
    pdf.set_xy(cx - 4, y + 6.4)
    pdf.cell(8, 3, ind[0], align="C")
pdf.set_draw_color(0, 0, 0)
lx = 24 + 12 * 8.2 + 4
for k, (lab, col) in enumerate(AS_COL.items()):
    yy = y - 0.5 + k * 3.6
    pdf.set_fill_color(*col)
    pdf.rect(lx, yy + 0.6, 2.6, 2.6, style="F")
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(lx + 3.6, yy)
    pdf.cell(40, 3.6, lab)
pdf.set_y(y + 15)
pdf.h1("Om uppföljningen", size=12.5)
pdf.p("Kommunfullmäktige antog miljöprogrammet i juni 2022. Programmet har fyra fokusområden och följs upp varje "
      "år med indikatorer som visar utvecklingen mot målen för 2030. Uppföljningen görs av hållbarhetsenheten "
      "tillsammans med nämnderna och de kommunala bolagen och redovisas för miljö- och klimatrådet och "
      "kommunstyrelsen.", size=10)
n = len(D_INDICATORS)
pdf.p(f"Programmet följs upp med {WORD[n]} indikatorer. {WORD[cnt['Uppnått']].capitalize()} av dem har redan nått "
      f"målvärdet för 2030, {WORD[cnt['Rätt riktning']]} utvecklas i rätt riktning, {WORD[cnt['Står still']]} står "
      f"still och {WORD[cnt['Fel riktning']]} går åt fel håll. Bedömningen av riktningen bygger på förändringen "
      "mellan 2025 och 2026.", size=10)
pdf.h1("Programmets fokusområden", size=12.5)
for area, subs in D_FOCUS:
    pdf.need(20)
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(22, y + 1.6, 2, 2, style="F")
    pdf.set_xy(27, y)
    pdf.set_font("Sans", "B", 10.2)
    pdf.cell(0, 5.2, area, new_x="LMARGIN", new_y="NEXT")
    for s in subs:
        pdf.set_x(31)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(5, 4.9, "–")
        pdf.multi_cell(152, 4.9, s, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.4)
    pdf.ln(1.8)

# ---------------------------------------------------------------- p. 2 landscape Tabell 1
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Indikatorer, utfall och mål", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [13, 80, 24, 13, 17, 15, 15, 18, 26, 31]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
y = pdf.get_y()
pdf.set_fill_color(232, 241, 232)
pdf.rect(20, y, sum(W), 11, style="F")
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(XS[5], y + 0.8)
pdf.cell(W[5] + W[6], 4, "Utfall", align="C")
pdf.set_draw_color(120, 150, 120)
pdf.line(XS[5] + 1.5, y + 5, XS[7] - 1.5, y + 5)
pdf.set_draw_color(0, 0, 0)
heads = ["Kod", "Indikator", "Enhet", "Basår", "Basvärde", "2025", "2026", "Mål 2030", "Trend¹", "Utveckling²"]
for i, h in enumerate(heads):
    pdf.set_xy(XS[i] + 1, y + 5.8)
    pdf.cell(W[i] - 2, 4, h, align="R" if 3 <= i <= 7 else "L")
y += 11
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
RH = 7.8


def arrow(x, y, kind):
    pdf.set_fill_color(70, 70, 70)
    if kind == "ökar":
        pdf.polygon([(x, y + 2.6), (x + 3.2, y + 2.6), (x + 1.6, y)], style="F")
    elif kind == "minskar":
        pdf.polygon([(x, y), (x + 3.2, y), (x + 1.6, y + 2.6)], style="F")
    else:
        pdf.polygon([(x, y), (x, y + 2.6), (x + 2.8, y + 1.3)], style="F")


def spark(x0, y0, ind):
    vals = [ind[5], ind[6], ind[7]]
    lo, hi = min(vals + [ind[9]]), max(vals + [ind[9]])
    w, h = W[9] - 8, RH - 3.4

    def py(v):
        return y0 + h - (v - lo) / (hi - lo) * h

    xs = [x0, x0 + w * 0.7, x0 + w]
    pdf.set_draw_color(180, 180, 180)
    pdf.set_dash_pattern(dash=0.8, gap=0.6)
    pdf.line(x0, py(ind[9]), x0 + w, py(ind[9]))
    pdf.set_dash_pattern()
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.4)
    pdf.polyline(list(zip(xs, [py(v) for v in vals])))
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*ACC)
    pdf.circle(x=xs[-1], y=py(vals[-1]), radius=0.7, style="F")
    pdf.set_draw_color(0, 0, 0)


y += 0.5
for k, area in enumerate(AREAS, 1):
    y += 1.2
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y + 0.4, 5.2, 5.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(20, y + 1)
    pdf.cell(5.2, 4, str(k), align="C")
    pdf.set_text_color(*ACC)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(27, y + 0.9)
    pdf.cell(120, 4.2, area)
    pdf.set_text_color(0, 0, 0)
    y += 6.6
    for ind in [i for i in D_INDICATORS if i[1] == area]:
        # code box
        pdf.set_fill_color(226, 226, 226)
        pdf.rect(XS[0] + 1, y + 1.6, 8.5, 4.6, style="F", round_corners=True, corner_radius=1.2)
        pdf.set_font("Cond", "B", 8.4)
        pdf.set_xy(XS[0] + 1, y + 1.9)
        pdf.cell(8.5, 4, ind[0], align="C")
        cells = [None, ind[2], ind[3], str(ind[4]), d_fmt(ind, ind[5]), d_fmt(ind, ind[6]), d_fmt(ind, ind[7]),
                 d_target_text(ind)]
        for i, c in enumerate(cells):
            if c is None:
                continue
            pdf.set_font("Cond", "B" if i == 7 else "", 8.8)
            pdf.set_xy(XS[i] + 1, y + 1.9)
            pdf.cell(W[i] - 2, 4, c, align="R" if 3 <= i <= 7 else "L")
        t = d_trend(ind)
        arrow(XS[8] + 2, y + 2.6, t)
        pdf.set_font("Cond", "", 8.8)
        pdf.set_xy(XS[8] + 6.5, y + 1.9)
        pdf.cell(W[8] - 7, 4, t)
        spark(XS[9] + 4, y + 1.5, ind)
        y += RH
        pdf.set_draw_color(210, 210, 210)
        pdf.line(20, y, R, y)
        pdf.set_draw_color(0, 0, 0)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
for t in (f"¹ Trend avser förändringen mellan 2025 och 2026. Oförändrad = förändringen är mindre än "
          f"{int(D_STABLE * 100)} procent.",
          "² Linjen går från basvärdet till utfallet 2026; den streckade linjen visar målnivån för 2030.",
          "≤ betyder att målet är ett högsta värde och ≥ att målet är ett lägsta värde. Värdena för 2026 är "
          "preliminära för K1 och A2."):
    pdf.multi_cell(0, 3.7, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)

# ---------------------------------------------------------------- p. 3 comments
pdf.add_page(orientation="P")
pdf.h1("Kommentarer per fokusområde", size=12.5)
k1, k2, k4, g1, a2, v1 = (d_ind(c) for c in ("K1", "K2", "K4", "G1", "A2", "V1"))
pdf.h2("Klimat och energi")
pdf.p(f"Utsläppen per invånare fortsätter att minska och var {d1(k1[7])} ton 2026, men takten behöver öka för att "
      f"nå målet. Solcellseffekten har passerat målet för 2030. {D_PASSAGE} Energianvändningen i kommunens "
      f"lokaler var {g(k2[7])} kWh per kvadratmeter, mot {g(k2[6])} året innan.", size=10)
pdf.h2("Hållbar konsumtion och avfall")
pdf.p(f"Matsvinnet i skolköken har minskat till under målnivån. Mängden hushållsavfall är i stort sett "
      f"oförändrad, {g(a2[7])} kg per invånare, medan andelen som går till materialåtervinning har ökat.", size=10)
pdf.h2("Vatten och natur")
pdf.p(f"Fosforhalten i Ottersjön har sjunkit efter åtgärderna vid reningsverket och ligger under målet. Andelen "
      f"skyddad natur var oförändrad, {d1(v1[7])} procent, eftersom inga nya reservat bildades under 2026.",
      size=10)
pdf.h2("Giftfri vardag")
pdf.p(f"Alla förskolor har nu gjort en kemikaliesanering. Andelen ekologiska livsmedel minskade till {g(g1[7])} "
      "procent, främst för att priserna på ekologiska mejeriprodukter steg kraftigt.", size=10)
pdf.h1("Fortsatt arbete 2027", size=12.5)
pdf.bullets(D_NEXT, size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
