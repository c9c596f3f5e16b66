"""(b) Mjärdeviks kommun – underhållsplan för gator och vägar 2027–2031 (tekniska nämnden).

Layout: DejaVu Sans text, DejaVu Sans Condensed table, portrait. P. 1: a title beside a ROAD-SIGN-LIKE
SQUARE (a dark blue square with a white rounded inner frame), a key–value block, the summary with competing
figures, the condition classes as a ROW OF FOUR LEGEND TILES (a coloured square with the class digit, the class
name and a short description under it) and a VERTICAL BAR CHART of the cost per year 2027–2031 with the tkr
value printed above each bar and the year under it, and a dashed line at the yearly frame. Pp. 2–3: Tabell 1,
the streets GROUPED BY DISTRICT: the district name is a bold line with a thin rule under it; every street row
has the CONDITION CLASS AS A WHITE DIGIT IN A COLOURED CIRCLE, the year and the year of the previous plan (grey,
"–" for new streets) and the cost in tkr; an italic "Delsumma <district>" row closes each district, a bold
"Totalt" row the table. The heading row is shaded with white vertical separators. The table breaks inside
Tegelvik; p. 3 repeats the caption with "(forts.)", the heading row and "Tegelvik (forts.)". P. 4: the changes
since the 2026 plan (text), the priority rules as a numbered list whose items wrap, and the financing. No
metadata title.
"""
import datetime as dt

from common26 import HERE, Doc, nb
from data import (B_DISTRICTS, B_BREAK_AFTER, B_YEARS, B_RAM, B_CLASSES, B_PASSAGE, b_streets, b_year_sum,
                  b_district_sum, b_total, b_prev, g)

OUT = HERE / "mjardevik-underhallsplan-gator-vagar-2027-2031.pdf"
ACC = (25, 55, 120)
CLS = {1: (60, 140, 70), 2: (150, 180, 40), 3: (230, 140, 30), 4: (190, 35, 35)}
pdf = Doc("Mjärdeviks kommun", "Underhållsplan gator och vägar 2027–2031", "{p}/4", font="dejavu", accent=ACC,
          foot="Mjärdeviks kommun · Tekniska förvaltningen, gatuavdelningen · Dnr TN 2026/219",
          created=dt.datetime(2026, 11, 24, 13, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
streets = b_streets()
n_cls4 = [s for _, s in streets if s[3] == 4]
later = [s for _, s in streets if s[6] is not None and s[5] > s[6]]
earlier = [s for _, s in streets if s[6] is not None and s[5] < s[6]]
new = [s for _, s in streets if s[6] is None]
tot_len, tot_cost = b_total()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 16, 16, style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.7)
pdf.rect(21.6, y + 1.6, 12.8, 12.8, round_corners=True, corner_radius=1.5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(40, y)
pdf.set_font("Sans", "B", 17)
pdf.set_text_color(*ACC)
pdf.cell(0, 8, "Underhållsplan för gator och vägar 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(40, y + 8.5)
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(70, 70, 70)
pdf.cell(0, 6, "Beläggningsunderhåll på kommunala gator i Mjärdevik", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 22)
pdf.kv([("Beslutad av", "Tekniska nämnden 2026-12-03, § 96"),
        ("Diarienummer", "TN 2026/219"),
        ("Ersätter", "Underhållsplan för gator och vägar 2026–2030"),
        ("Kontakt", "Oskar Törnqvist, gatuchef")], lw=32, size=9.2, lh=4.6)
pdf.h1("Sammanfattning", size=12)
pdf.p(f"Planen omfattar {len(streets)} gator med en sammanlagd längd av {g(tot_len)} meter i "
      f"{len(B_DISTRICTS)} stadsdelar. Kostnaden beräknas till {g(tot_cost)} tkr för perioden 2027–2031, varav "
      f"{g(b_year_sum(2027))} tkr under 2027. Fem gator har tillståndsklass 4 och ska åtgärdas senast 2028.",
      size=9.6)
pdf.p(f"Jämfört med planen från 2026 har {['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju'][len(later)]} "
      f"gator flyttats till ett senare år, {['ingen', 'en', 'två'][len(earlier)]} har tidigarelagts och "
      f"{['inga', 'en', 'två', 'tre', 'fyra'][len(new)]} är nya i planen. Gatorna har inventerats under "
      "sommaren 2026 och delats in i tillståndsklasser.", size=9.6)
pdf.h2("Tillståndsklasser")
tw = (170 - 3 * 4) / 4
y = pdf.get_y()
for k, (c, name, desc) in enumerate(B_CLASSES):
    x = 20 + k * (tw + 4)
    pdf.set_fill_color(*CLS[c])
    pdf.rect(x, y, 8, 8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(x, y + 1)
    pdf.cell(8, 6, str(c), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(x + 9.5, y + 1.5)
    pdf.cell(tw - 9.5, 5, name)
    pdf.set_font("Cond", "", 8)
    pdf.set_xy(x, y + 9.5)
    pdf.multi_cell(tw, 3.7, desc, align="L")
pdf.set_y(y + 24)
pdf.h2("Kostnad per år 2027–2031, tkr")
# vertical bar chart
y0 = pdf.get_y() + 6
H = 48
mx = max(b_year_sum(yy) for yy in B_YEARS)
bw, gap = 20, 11
x0 = 38
pdf.set_draw_color(120, 120, 120)
pdf.line(x0 - 4, y0 + H, x0 + len(B_YEARS) * (bw + gap), y0 + H)
for k, yy in enumerate(B_YEARS):
    v = b_year_sum(yy)
    h = H * v / mx
    x = x0 + k * (bw + gap)
    pdf.set_fill_color(*ACC)
    pdf.rect(x, y0 + H - h, bw, h, style="F")
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(x - 3, y0 + H - h - 5)
    pdf.cell(bw + 6, 4.5, g(v), align="C")
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(x - 3, y0 + H + 1)
    pdf.cell(bw + 6, 4.5, str(yy), align="C")
ry = y0 + H - H * B_RAM / mx
with pdf.local_context():
    pdf.set_draw_color(190, 35, 35)
    pdf.set_dash_pattern(dash=1.2, gap=1)
    pdf.line(x0 - 4, ry, x0 + len(B_YEARS) * (bw + gap), ry)
pdf.set_font("Cond", "", 7.8)
pdf.set_text_color(190, 35, 35)
pdf.set_xy(x0 - 26, ry - 2)
pdf.cell(21, 4, "årlig ram", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + H + 9)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
W = [30, 36, 15, 12, 37, 11, 13, 16]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
HEAD = ["Gata", "Delsträcka", "Längd,\nm", "Klass", "Åtgärd", "År", "Plan\n2026", "Kostnad,\ntkr"]
AL = ["L", "L", "R", "C", "L", "C", "C", "R"]
CAP = "Tabell 1. Gator i underhållsplanen 2027–2031"


def heading(cont):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, CAP + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_fill_color(214, 222, 236)
    pdf.rect(20, y, sum(W), 9, style="F")
    pdf.set_font("Cond", "B", 8.4)
    for i, h in enumerate(HEAD):
        parts = h.split("\n")
        yy = y + (2.5 if len(parts) == 1 else 0.6)
        for ptxt in parts:
            pdf.set_xy(X[i] + 1, yy)
            pdf.cell(W[i] - 2, 4, ptxt, align=AL[i])
            yy += 4
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.6)
    for x in X[1:]:
        pdf.line(x, y, x, y + 9)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 10)


def district_line(name, cont=False):
    y = pdf.get_y() + 1.5
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20, y)
    pdf.cell(0, 5, name + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*ACC)
    pdf.line(20, y + 5.3, RIGHT, y + 5.3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 6.2)


def street_row(s):
    gata, dst, length, cls, atg, year, prev, cost = s
    y = pdf.get_y() + 0.6
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X[0] + 1, y)
    pdf.cell(W[0] - 2, 4.4, gata)
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X[1] + 1, y)
    pdf.cell(W[1] - 2, 4.4, dst)
    pdf.set_xy(X[2] + 1, y)
    pdf.cell(W[2] - 2, 4.4, g(length), align="R")
    cx = X[3] + W[3] / 2
    pdf.set_fill_color(*CLS[cls])
    pdf.ellipse(cx - 2.3, y - 0.1, 4.6, 4.6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_xy(cx - 2.3, y)
    pdf.cell(4.6, 4.4, str(cls), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X[4] + 1, y)
    pdf.multi_cell(W[4] - 2, 4.4, atg, align="L", new_x="LEFT", new_y="NEXT")
    y_end = pdf.get_y()
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X[5], y)
    pdf.cell(W[5], 4.4, str(year), align="C")
    pdf.set_font("Cond", "", 8.6)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(X[6], y)
    pdf.cell(W[6], 4.4, b_prev(s), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(X[7] + 1, y)
    pdf.cell(W[7] - 2, 4.4, g(cost), align="R")
    y_end = max(y_end, y + 4.4) + 0.8
    pdf.set_draw_color(215, 215, 215)
    pdf.line(20, y_end, RIGHT, y_end)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y_end)


def sum_row(label, length, cost, style="I"):
    y = pdf.get_y() + 0.6
    pdf.set_font("Cond", style, 8.8)
    pdf.set_xy(X[0] + 1, y)
    pdf.cell(W[0] + W[1] - 2, 4.6, label)
    pdf.set_xy(X[2] + 1, y)
    pdf.cell(W[2] - 2, 4.6, g(length), align="R")
    pdf.set_xy(X[7] + 1, y)
    pdf.cell(W[7] - 2, 4.6, g(cost), align="R")
    pdf.set_y(y + 6)


pdf.add_page()
pdf.h1("Gator som ingår i planen", size=12)
pdf.p("Tabellen redovisar gatorna per stadsdel. Klass är tillståndsklassen vid inventeringen 2026. År anger när "
      "åtgärden planeras, och Plan 2026 det år som angavs i den förra planen (– betyder att gatan är ny i "
      "planen). Kostnaden är beräknad i 2026 års prisnivå.", size=9.2)
pdf.p("Inventeringen gjordes okulärt från bil och till fots i juni och augusti 2026. Sprickor, lagningar, "
      "potthål, spårdjup och kantstenens skick har bedömts för varje delsträcka, och den sämsta delen av "
      "sträckan avgör klassen. Gator i klass 1 redovisas inte i tabellen. Längden avser den sträcka som "
      "åtgärdas, inte hela gatans längd när bara en del ingår.", size=9.2)
heading(False)
for dname, ss in B_DISTRICTS:
    district_line(dname)
    for s in ss:
        street_row(s)
        if s[0] == B_BREAK_AFTER:
            pdf.ln(2)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            heading(True)
            district_line(dname, cont=True)
    ln_, c_ = b_district_sum(dname)
    sum_row(f"Delsumma {dname}", ln_, c_)
y = pdf.get_y() + 0.5
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 0.5)
sum_row(f"Totalt, {len(streets)} gator", tot_len, tot_cost, style="B")
pdf.ln(2)
pdf.set_font("Cond", "", 8)
pdf.multi_cell(0, 3.8, "Kostnaderna omfattar projektering, beläggning, kantsten och återställning. Åtgärder på "
               "vatten- och avloppsledningar ingår inte.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h1("Kommentarer per stadsdel", size=12)
pdf.p("I Mjärdeviks centrum är Torggatan och Ishusgatan de mest angelägna åtgärderna. Ishusgatan skulle ha "
      "åtgärdats 2026 men flyttades eftersom fjärrvärmeledningen i gatan byttes under hösten.", size=9.4)
pdf.p("Tegelugnsvägen är planens största enskilda åtgärd. Vägen trafikeras av tung trafik till "
      "industriområdet och har sättningar på flera ställen. Bärlagret förstärks på hela sträckan.", size=9.4)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Förändringar jämfört med planen från 2026", size=12)
pdf.p(B_PASSAGE, size=9.8)
pdf.p("Tullgatan och Tofsvipevägen har flyttats för att samordnas med ombyggnaden av busshållplatser. "
      "Matrosgatan har tidigarelagts ett år eftersom beläggningen har försämrats snabbare än väntat.", size=9.8)
pdf.h1("Så prioriteras åtgärderna", size=12)
pdf.numbered([
    "Gator i tillståndsklass 4 åtgärdas inom två år från inventeringen, om inte ledningsarbeten i gatan gör att "
    "åtgärden måste vänta.",
    "Gator med busstrafik, tung trafik eller mycket gång- och cykeltrafik går före lokalgator i samma "
    "tillståndsklass.",
    "Beläggningsarbeten samordnas med planerade arbeten på vatten, avlopp, fjärrvärme och fiber, så att en "
    "ny beläggning inte behöver grävas upp.",
    "Förebyggande åtgärder som spricklagning och ytbehandling görs på gator i klass 2 för att förlänga "
    "beläggningens livslängd.",
], size=9.8, lh=4.8)
pdf.h1("Finansiering", size=12)
over = tot_cost - B_RAM * len(B_YEARS)
pdf.p(f"Investeringsramen för beläggningsunderhåll är {g(B_RAM)} tkr per år, sammanlagt "
      f"{g(B_RAM * len(B_YEARS))} tkr för planperioden. Planen överskrider ramen med {g(over)} tkr för hela "
      f"perioden och med {g(b_year_sum(2027) - B_RAM)} tkr under 2027. Tekniska nämnden föreslår att outnyttjade "
      "investeringsmedel från 2026 förs över för att täcka överskridandet 2027.", size=9.8)
pdf.p("Planen revideras varje år efter ny inventering och beslutas av tekniska nämnden i samband med "
      "investeringsbudgeten.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
