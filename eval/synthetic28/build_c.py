"""(c) Gyllsta kommun – trafikförsörjningsprogram för den lokala busstrafiken 2027–2030.

Layout: DejaVu Sans, portrait, 4 pages. P. 1: the title block beside a TALL COLOURED BAR WITH THE PROGRAMME PERIOD
SET VERTICALLY (rotated 90°), a key–value line block, the summary with competing figures (1 187 800 → 1 217 100
journeys, +2,5 %, 38,7 per inhabitant, target 1 400 000 / 44; 34,5 vs 12,6 mnkr, subsidy 63 % vs target 55 %) and
Figur 1, a SCHEMATIC LINE NETWORK drawn as coloured spokes from Gyllsta C with the line number in a circle on each
spoke and the end stops as labels. P. 2: Tabell 1, one row per line, each row opening with a THIN VERTICAL STRIP IN
THE LINE'S COLOUR and the line number in large bold type; the route cell has TWO LINES (the route, then a grey
"via …" line); LIGHT ZEBRA SHADING, no vertical rules; the traffic types are GROUP LINES IN SPACED SMALL CAPITALS
with a rule under them, each closed by an italic "Summa <trafikslag>" row; a bold Totalt row under a double rule;
"–" for the on-demand service's departures; notes. P. 3: Tabell 2 (economy, mnkr, Budget 2026 / Utfall 2026 /
Budget 2027; fully ruled, the Utfall column shaded) and Tabell 3 (goals: Utgångsläge 2025 / Utfall 2026 / Mål 2030,
horizontal rules only, with a drawn PROGRESS BAR per goal). P. 4: the planned changes as a VERTICAL TIMELINE – a
line with a dot per change and the year in bold beside the dot, the text wrapping to its right – and the reasons
for the changes in the landsbygdstrafik (why line 21 is replaced). Metadata title set.
"""
import datetime as dt
import math

from common28 import HERE, Doc
from data import (C_LINES, C_GROUPS, C_POP, C_SAT, C_FOSSILFREE, C_SUBSIDY_2025, C_SUBSIDY_TARGET,
                  C_JOURNEYS_TARGET, C_PER_INH_TARGET, C_CHANGES, C_PASSAGE, c_cost_per, c_subsidy, c_line,
                  c_group_sum, c_total_cost_per, c_total_subsidy, c_pct_change, c_per_inh, c_econ, g, d1, r0)

OUT = HERE / "gyllsta-trafikforsorjningsprogram-2027-2030.pdf"
ACC = (30, 80, 150)
pdf = Doc("Gyllsta kommun", "Trafikförsörjningsprogram 2027–2030", "Sida {p} av 4", font="dejavu", accent=ACC,
          title="Trafikförsörjningsprogram för den lokala busstrafiken 2027–2030", author="Gyllsta kommun",
          foot="Gyllsta kommun · Samhällsbyggnadsförvaltningen, enheten för kollektivtrafik",
          created=dt.datetime(2027, 4, 28, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
COL = {"1": (200, 40, 40), "2": (30, 110, 190), "3": (40, 150, 70), "4": (230, 150, 20), "20": (120, 60, 150),
       "21": (150, 110, 80), "22": (0, 140, 150), "23": (200, 80, 150), "N": (110, 110, 110)}
T = c_group_sum()
E = c_econ()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y0, 9, 40, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 10)
with pdf.rotation(90, 24.5, y0 + 20):
    pdf.set_xy(24.5 - 18, y0 + 20 - 2.5)
    pdf.cell(36, 5, "2027–2030", align="C")
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "", 9)
pdf.set_xy(34, y0)
pdf.cell(0, 5, "GYLLSTA KOMMUN · KOLLEKTIVTRAFIK")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(34, y0 + 7)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(156, 7.5, "Trafikförsörjningsprogram för den lokala busstrafiken", align="L")
pdf.set_x(34)
pdf.set_font("Sans", "", 9)
for k, v in (("Antaget av", "kommunfullmäktige 2027-04-26, § 38"), ("Diarienummer", "KS 2026/512"),
             ("Kontakt", "Hanna Bergkvist, trafikplanerare")):
    pdf.set_x(34)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(28, 4.6, k)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y0 + 46)
stad = c_group_sum("Stadstrafik")
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Under 2026 gjordes {g(T[2])} resor med kommunens busstrafik, {d1(c_pct_change())} procent fler än "
      f"2025, då antalet var {g(T[1])}. Det motsvarar {d1(c_per_inh(1))} resor per invånare. Målet för 2030 "
      f"är {g(C_JOURNEYS_TARGET)} resor, eller {C_PER_INH_TARGET} resor per invånare. Stadstrafikens fyra linjer "
      f"står för {r0(stad[2] / T[2] * 100)} procent av resorna.", size=9.6, lh=4.8)
pdf.p(f"Trafiken kostade {d1(E['Kostnader'][1])} mnkr och biljettintäkterna blev {d1(E['Biljettintäkter'][1])} "
      f"mnkr, vilket innebär att skattebetalarna stod för {c_total_subsidy()} procent av kostnaden. Målet är att "
      f"subventionsgraden ska vara högst {C_SUBSIDY_TARGET} procent år 2030.", size=9.6, lh=4.8)
pdf.p("Programmet beskriver kommunens mål för den lokala kollektivtrafiken och vilka förändringar som planeras "
      "till och med 2030. Det ligger till grund för den nya upphandlingen av stadstrafiken.", size=9.6, lh=4.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Figur 1. Linjenätet 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
cy = pdf.get_y() + 40
cx = 105
ends = {"1": ("Bergåsen", 90, 30), "2": ("Hedby", 25, 44), "3": ("Eneby", -15, 42), "4": ("Bredsand", -62, 40),
        "20": ("Breviken", 148, 54), "21": ("Mörtviken", 196, 58), "22": ("Tegsnäs", -140, 52),
        "23": ("Hagstad", -100, 48)}
KX, KY = 1.2, 0.62


def pos(ang, ln):
    a = math.radians(ang)
    return cx + ln * math.cos(a) * KX, cy - ln * math.sin(a) * KY


for nr, (name, ang, ln) in ends.items():
    ex, ey = pos(ang, ln)
    pdf.set_draw_color(*COL[nr])
    pdf.set_line_width(1.3 if nr in ("1", "2", "3", "4") else 0.8)
    pdf.line(cx, cy, ex, ey)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x=ex, y=ey, radius=1.3, style="DF")
    mx, my = cx + (ex - cx) * 0.72, cy + (ey - cy) * 0.72
    pdf.set_fill_color(*COL[nr])
    pdf.circle(x=mx, y=my, radius=2.6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 6.5)
    pdf.set_xy(mx - 3, my - 1.6)
    pdf.cell(6, 3.2, nr, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.8)
    if ex >= cx:
        pdf.set_xy(ex + 2, ey - 2)
        pdf.cell(30, 4, name)
    elif ex - 32 < 16:
        pdf.set_xy(ex - 15, ey + 1.6)
        pdf.cell(30, 4, name, align="C")
    else:
        pdf.set_xy(ex - 32, ey - 2)
        pdf.cell(30, 4, name, align="R")
hx, hy = pos(196, 58 * 0.45)
pdf.set_draw_color(60, 60, 60)
pdf.set_fill_color(255, 255, 255)
pdf.circle(x=hx, y=hy, radius=1.0, style="DF")
pdf.set_font("Sans", "", 7.2)
pdf.set_xy(hx - 9, hy + 1.4)
pdf.cell(18, 3.5, "Holmsjö", align="C")
pdf.set_fill_color(30, 30, 30)
pdf.rect(cx - 4, cy - 2.5, 8, 5, style="F")
pdf.set_font("Sans", "B", 8.5)
pdf.set_fill_color(255, 255, 255)
pdf.set_xy(cx + 5, cy - 8.5)
pdf.cell(17, 4, "Gyllsta C", align="C", fill=True)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(cy + 34)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.6, "Tjocka linjer: stadstrafik. Tunna linjer: landsbygdstrafik. Närtrafiken körs på "
               "beställning i hela kommunen och visas inte i kartan.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Linjerna 2026: utbud, resande och ekonomi", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
W = [2.5, 10.5, 50, 21, 19, 19, 22, 26]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
y = pdf.get_y()
pdf.set_font("Sans", "B", 7.4)
heads = ["", "Linje", "Sträcka", "Avgångar\nper vardag", "Resor\n2025", "Resor\n2026", "Kostnad per\nresa, kr¹",
         "Subventions-\ngrad, %²"]
for i, h in enumerate(heads):
    if not h:
        continue
    pdf.set_xy(XS[i] + 0.6, y + (0.8 if "\n" in h else 2.8))
    pdf.multi_cell(W[i] - 1.2, 3.8, h, align="L" if i < 3 else "R")
y += 9
pdf.set_draw_color(30, 30, 30)
pdf.set_line_width(0.5)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
zebra = 0


def group_line(name):
    global y, zebra
    y += 2.5
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20, y)
    pdf.cell(0, 4.5, " ".join(name.upper()))
    pdf.set_text_color(0, 0, 0)
    y += 5
    pdf.set_draw_color(*ACC)
    pdf.line(20, y, R, y)
    pdf.set_draw_color(0, 0, 0)
    zebra = 0


def line_row(l):
    global y, zebra
    rh = 10 if l[2] else 6.5
    if zebra % 2:
        pdf.set_fill_color(243, 245, 249)
        pdf.rect(20, y, sum(W), rh, style="F")
    zebra += 1
    pdf.set_fill_color(*COL[l[0]])
    pdf.rect(20, y + 0.6, 1.6, rh - 1.2, style="F")
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(XS[1], y + 1.2)
    pdf.cell(W[1], 5, l[0], align="C")
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(XS[2] + 0.6, y + 1.2)
    pdf.cell(W[2] - 1.2, 4.2, l[1])
    if l[2]:
        pdf.set_font("Sans", "", 7.6)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(XS[2] + 0.6, y + 5.3)
        pdf.cell(W[2] - 1.2, 3.6, l[2])
        pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.6)
    vals = [str(l[4]) if l[4] is not None else "–", g(l[5]), g(l[6]), str(c_cost_per(l)), str(c_subsidy(l))]
    for j, v in enumerate(vals):
        pdf.set_xy(XS[3 + j] + 0.6, y + 1.2)
        pdf.cell(W[3 + j] - 1.2, 4.2, v, align="R")
    y += rh


def sum_row(label, s, bold=False):
    global y
    cost = r0(s[3] * 1000 / s[2])
    sub = r0((1 - s[4] / s[3]) * 100)
    if bold:
        pdf.set_draw_color(30, 30, 30)
        pdf.line(20, y + 0.8, R, y + 0.8)
        pdf.line(20, y + 1.6, R, y + 1.6)
        y += 1.6
    else:
        pdf.set_draw_color(170, 170, 170)
        pdf.line(20, y, R, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B" if bold else "I", 8.6)
    pdf.set_xy(XS[1] + 0.6, y + 1.2)
    pdf.cell(W[1] + W[2], 4.2, label)
    for j, v in enumerate([str(s[0]), g(s[1]), g(s[2]), str(cost), str(sub)]):
        pdf.set_xy(XS[3 + j] + 0.6, y + 1.2)
        pdf.cell(W[3 + j] - 1.2, 4.2, v, align="R")
    y += 6.5


for gr in C_GROUPS:
    group_line(gr)
    ls = [l for l in C_LINES if l[3] == gr]
    for l in ls:
        line_row(l)
    if len(ls) > 1:
        sum_row(f"Summa {gr.lower()}", c_group_sum(gr))
sum_row("Totalt", T, bold=True)
pdf.set_draw_color(30, 30, 30)
pdf.set_line_width(0.5)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
for t in ("¹ Trafikens bruttokostnad 2026 delad med antalet resor, avrundat till hela kronor.",
          "² Den andel av kostnaden som inte täcks av biljettintäkter, det vill säga som finansieras med skatt.",
          "Närtrafiken körs på beställning och har inga fasta avgångar. Resor räknas som påstigande enligt "
          "biljettsystemet."):
    pdf.multi_cell(0, 3.7, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)

# ---------------------------------------------------------------- p. 3 economy and goals
pdf.add_page()
pdf.h1("Ekonomi", size=12.5)
pdf.p("Nettokostnaden blev lägre än budget eftersom biljettintäkterna ökade mer än beräknat och en "
      "indexuppräkning av trafikavtalet blev lägre än väntat.", size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Kostnader och intäkter, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W2 = [62, 30, 30, 30]
XS2 = [20, 82, 112, 142]
y = pdf.get_y() + 1
for r, cells in enumerate([["", "Budget 2026", "Utfall 2026", "Budget 2027"]] +
                          [[k] + [d1(v) for v in E[k]] for k in ("Kostnader", "Biljettintäkter",
                                                                 "Nettokostnad")]):
    pdf.set_fill_color(228, 236, 246)
    pdf.rect(XS2[2], y, W2[2], 6.4, style="F")
    if r == 0:
        pdf.set_fill_color(210, 222, 238)
        pdf.rect(20, y, sum(W2), 6.4, style="F")
    pdf.set_font("Sans", "B" if r in (0, 3) else "", 8.8)
    for i, c in enumerate(cells):
        pdf.set_xy(XS2[i] + 1, y + 1.1)
        pdf.cell(W2[i] - 2, 4.2, c, align="L" if i == 0 else "R")
    pdf.rect(20, y, sum(W2), 6.4)
    for x in XS2[1:]:
        pdf.line(x, y, x, y + 6.4)
    y += 6.4
pdf.set_y(y + 8)
pdf.h1("Mål och indikatorer", size=12.5)
pdf.p("Kommunfullmäktige har beslutat om fem mål för kollektivtrafiken till 2030. Stapeln visar hur stor del "
      "av vägen från utgångsläget 2025 till målet som har nåtts 2026.", size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 3. Mål 2030 och utfall", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
goals = [("Antal resor per år", g(T[1]), g(T[2]), g(C_JOURNEYS_TARGET), T[1], T[2], C_JOURNEYS_TARGET),
         ("Resor per invånare", d1(c_per_inh(0)), d1(c_per_inh(1)), str(C_PER_INH_TARGET), c_per_inh(0),
          c_per_inh(1), C_PER_INH_TARGET),
         ("Subventionsgrad, %", str(C_SUBSIDY_2025), str(c_total_subsidy()), f"högst {C_SUBSIDY_TARGET}",
          C_SUBSIDY_2025, c_total_subsidy(), C_SUBSIDY_TARGET),
         ("Nöjda resenärer, %", str(C_SAT[0]), str(C_SAT[1]), str(C_SAT[2]), *C_SAT),
         ("Bussar med fossilfritt drivmedel, %", str(C_FOSSILFREE[0]), str(C_FOSSILFREE[1]), str(C_FOSSILFREE[2]),
          *C_FOSSILFREE)]
W3 = [58, 27, 25, 25, 35]
XS3 = [20]
for w in W3[:-1]:
    XS3.append(XS3[-1] + w)
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 8.4)
for i, h in enumerate(["Indikator", "Utgångsläge 2025", "Utfall 2026", "Mål 2030", "Andel av vägen"]):
    pdf.set_xy(XS3[i] + 1, y + 1)
    pdf.cell(W3[i] - 2, 4.2, h, align="L" if i in (0, 4) else "R")
y += 6.4
pdf.set_line_width(0.45)
pdf.line(20, y, 20 + sum(W3), y)
pdf.set_line_width(0.2)
for lab, a, b, c, va, vb, vc in goals:
    pdf.set_font("Sans", "", 8.8)
    for i, t in enumerate((lab, a, b, c)):
        pdf.set_xy(XS3[i] + 1, y + 1.2)
        pdf.cell(W3[i] - 2, 4.2, t, align="L" if i == 0 else "R")
    share = max(0.0, min(1.0, (vb - va) / (vc - va)))
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(XS3[4] + 2, y + 1.8, 28, 3, style="F")
    pdf.set_fill_color(*ACC)
    pdf.rect(XS3[4] + 2, y + 1.8, 28 * share, 3, style="F")
    y += 6.6
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y, 20 + sum(W3), y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(0, 3.7, f"Resor per invånare är beräknat på folkmängden den 31 december: {g(C_POP[0])} invånare 2025 "
               f"och {g(C_POP[1])} invånare 2026. Nöjda resenärer enligt kommunens resvaneenkät.", align="L",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 4 planned changes (timeline) and reasons
pdf.add_page()
pdf.h1("Planerade förändringar 2027–2030", size=12.5)
pdf.p("Förändringarna genomförs i regel vid tidtabellsskiftet i december, om inget annat anges.", size=9.6,
      lh=4.8)
pdf.ln(2)
ytl = pdf.get_y()
for yr, txt in C_CHANGES:
    yy = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.circle(x=44, y=yy + 2.5, radius=1.6, style="F")
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(20, yy)
    pdf.cell(19, 5, str(yr), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(50, yy)
    pdf.multi_cell(140, 5, txt, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(44, ytl + 2.5, 44, pdf.get_y() - 5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(3)
pdf.h1("Varför förändringarna behövs", size=12.5)
pdf.h2("Landsbygdstrafiken")
l21 = c_line("21")
pdf.p(C_PASSAGE + f" Under 2026 gjordes {g(l21[6])} resor med linjen, mot {g(l21[5])} året innan. Med "
      "anropsstyrd trafik kan resenärerna i Mörtviken beställa en resa till Holmsjö, där de byter till linje 20.",
      size=9.6, lh=4.8)
pdf.h2("Stadstrafiken")
l4 = c_line("4")
pdf.p(f"Resandet på linje 4 ökade med {d1((l4[6] / l4[5] - 1) * 100)} procent 2026, mest av linjerna i "
      "stadstrafiken, sedan handelsområdet vid Bredsand byggdes ut. Bussarna är ofta fulla i rusningstid. Elbussarna minskar bullret i centrum och är en förutsättning för målet om fossilfri "
      "trafik 2030.", size=9.6, lh=4.8)
pdf.h2("Uppföljning")
pdf.p("Programmet följs upp varje år i samband med årsredovisningen och revideras senast 2030.", size=9.6,
      lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
