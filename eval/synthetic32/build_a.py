"""(a) Region Gråsund – hälso- och sjukvårdsnämndens verksamhetsberättelse 2026.

Layout: DejaVu Sans, portrait, 4 pages. P. 1: a grey small-capital kicker, the title and a decision line; "Året i
korthet" as THREE SEMICIRCULAR GAUGES side by side (a pale track, an accent band up to the value, a black TARGET
TICK across the band, the value in large type in the middle and "Mål 80 % · 2025: 71,4 %" under the label), then
the economic summary with competing totals (outcome 2026 vs budget vs outcome 2025, the deficit in mnkr and per
cent, the three largest deficits) and a small framed reading note on the sign of the deviation. Pp. 2–3: Tabell 1,
net cost per area of care and activity in mnkr: Utfall 2025 / Budget 2026 / Utfall 2026 / Avvikelse (signed "+6,1"
/ "−24,4") and a DIVERGING BAR column (a centre axis, red bars to the left for deficits and green to the right for
surpluses, no text). Each area opens with a group line led by a SMALL COLOURED TAB and the name in accent bold;
activities are indented; the "Summa <område>" row is bold with a rule above. No vertical rules, hairlines between
rows. THE PAGE BREAK IS BRIDGED BY CARRIED-FORWARD SUMS IN THE OLD LEDGER STYLE: p. 2 ends with an italic "Summa att
transportera" row under a double rule (the sums of primärvård, somatisk vård and psykiatri) and "Tabell 1 fortsätter
på nästa sida.", p. 3 repeats the caption with "(forts.)" and the column heading and opens with an italic
"Transport från sidan 2" row carrying the same sums. The grand total "Summa hälso- och sjukvårdsnämnden" is bold on
a shaded band between heavy rules. P. 3 continues with the comments on the deviations (the passage on adult
psychiatry). P. 4: accessibility and visits in paragraphs with SIDENOTES – a narrow left column holding the key
figure of each paragraph in large accent type with a small grey caption, beside the narrower text column – then the
year's events as a "•" list and the signature. Metadata title set.
"""
import datetime as dt
import math

from common32 import HERE, Doc
from data import (A_AREAS, A_BREAK_AFTER, A_FIRST_VISIT, A_OPERATION, A_SAME_DAY, A_DOCTOR_VISITS,
                  A_OTHER_VISITS, A_DIGITAL, A_WAITING, A_BUP_30, A_PASSAGE, A_SIGNED, a_dev, a_area_sum, a_carry,
                  a_total, a_row, dmy, g, d1, r1)

OUT = HERE / "region-grasund-hsn-verksamhetsberattelse-2026.pdf"
ACC = (20, 92, 110)
RED, GREEN = (196, 62, 52), (58, 140, 72)
pdf = Doc("Region Gråsund", "Verksamhetsberättelse 2026", "Sida {p} av 4", font="dejavu", accent=ACC,
          title="Verksamhetsberättelse 2026 – Hälso- och sjukvårdsnämnden",
          author="Region Gråsund, hälso- och sjukvårdsförvaltningen",
          foot="Region Gråsund · Hälso- och sjukvårdsnämnden · Dnr HSN 2027/38",
          created=dt.datetime(2027, 2, 12, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
T = a_total()
DEV = r1(T[1] - T[2])

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 5, "HÄLSO- OCH SJUKVÅRDSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*ACC)
pdf.cell(0, 11, "Verksamhetsberättelse 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.8, f"Region Gråsund · Fastställd av hälso- och sjukvårdsnämnden den {dmy(A_SIGNED)} · "
               "Överlämnas till regionstyrelsen", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Året i korthet")


def gauge(cx, cy, r, val, target, prev, label):
    """a semicircular gauge 0–100 %: pale track, accent band to the value, a black tick at the target"""
    band = 5.2

    def ring(a0, a1, col):
        pts = []
        n = 40
        for k in range(n + 1):
            a = math.pi - (a0 + (a1 - a0) * k / n) / 100 * math.pi
            pts.append((cx + r * math.cos(a), cy - r * math.sin(a)))
        for k in range(n, -1, -1):
            a = math.pi - (a0 + (a1 - a0) * k / n) / 100 * math.pi
            pts.append((cx + (r - band) * math.cos(a), cy - (r - band) * math.sin(a)))
        pdf.set_fill_color(*col)
        pdf.polygon(pts, style="F")

    ring(0, 100, (222, 230, 232))
    ring(0, val, ACC)
    a = math.pi - target / 100 * math.pi
    pdf.set_line_width(0.7)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(cx + (r + 1.6) * math.cos(a), cy - (r + 1.6) * math.sin(a),
             cx + (r - band - 1.6) * math.cos(a), cy - (r - band - 1.6) * math.sin(a))
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*ACC)
    pdf.set_xy(cx - r, cy - 8)
    pdf.cell(2 * r, 7, f"{d1(val)} %", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(cx - r - 6, cy + 2)
    pdf.multi_cell(2 * r + 12, 3.9, label, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(100, 100, 100)
    pdf.set_x(cx - r - 6)
    pdf.cell(2 * r + 12, 3.9, f"Mål {target} % · 2025: {d1(prev)} %", align="C")
    pdf.set_text_color(0, 0, 0)


y0 = pdf.get_y() + 26
for i, (vals, lab) in enumerate(((A_FIRST_VISIT, "Första besök i specialiserad vård inom 90 dagar"),
                                 (A_OPERATION, "Operation eller åtgärd inom 90 dagar"),
                                 (A_SAME_DAY, "Kontakt med vårdcentral samma dag"))):
    gauge(20 + 28.3 + i * 56.7, y0, 22, vals[1], vals[2], vals[0], lab)
pdf.set_y(y0 + 19)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4, "Den svarta markeringen visar målnivån. Källa: väntetidsdatabasen och regionens besöksstatistik.",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Ekonomiskt resultat")
inc = r1(T[2] - T[0])
pdf.p(f"Nämndens nettokostnad blev {d1(T[2])} mnkr 2026. Det är {d1(-DEV)} mnkr eller {d1(-DEV / T[1] * 100)} "
      f"procent mer än budgeten på {d1(T[1])} mnkr. Jämfört med 2025, då nettokostnaden var {d1(T[0])} mnkr, ökade "
      f"kostnaderna med {d1(inc)} mnkr eller {d1(inc / T[0] * 100)} procent.", size=9.8)
som, psy, ovr = (r1(a_area_sum(a)[1] - a_area_sum(a)[2]) for a in
                 ("Specialiserad somatisk vård", "Psykiatri", "Övrig hälso- och sjukvård"))
pdf.p(f"Underskotten finns främst inom den specialiserade somatiska vården ({d1(som)} mnkr), övrig hälso- och "
      f"sjukvård ({d1(ovr)} mnkr) och psykiatrin ({d1(psy)} mnkr). Primärvården och tandvården redovisar små "
      "överskott. Tabell 1 på sidorna 2 och 3 visar utfallet per verksamhet.", size=9.8)
pdf.ln(1)
y = pdf.get_y()
pdf.set_fill_color(238, 244, 245)
pdf.set_draw_color(*ACC)
pdf.rect(20, y, 170, 14, style="DF")
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(24, y + 2)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(162, 4.6, "Läsanvisning: Avvikelse = budget minus utfall. Ett negativt värde betyder att kostnaden blev "
               "högre än budgeterat, ett positivt värde att den blev lägre.", align="L",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
XS = [20, 86, 106, 126, 146, 166]
WS = [66, 20, 20, 20, 20, 24]
RIGHT = 190
AREA_COL = [(20, 92, 110), (150, 90, 40), (110, 70, 140), (60, 130, 90), (120, 120, 120)]


def col_head():
    y = pdf.get_y()
    pdf.set_line_width(0.6)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 7.6)
    heads = ["Område och verksamhet", "Utfall\n2025", "Budget\n2026", "Utfall\n2026", "Avvikelse", "−   0   +"]
    for i, h in enumerate(heads):
        pdf.set_xy(XS[i] + (0.5 if i == 0 else 0), y + 1.2)
        pdf.multi_cell(WS[i] - (0 if i == 0 else 1.5), 3.6, h, align="L" if i == 0 else ("C" if i == 5 else "R"))
    y += 9.4
    pdf.set_line_width(0.6)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y)


def bar(y, h, dev):
    cx = XS[5] + WS[5] / 2
    half = WS[5] / 2 - 1.5
    w = min(abs(dev) / 50 * half, half)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(cx, y + 0.6, cx, y + h - 0.6)
    pdf.set_draw_color(0, 0, 0)
    if abs(dev) < 0.05:
        return
    pdf.set_fill_color(*(RED if dev < 0 else GREEN))
    if dev < 0:
        pdf.rect(cx - w, y + 1.4, w, h - 2.8, style="F")
    else:
        pdf.rect(cx, y + 1.4, w, h - 2.8, style="F")


def line(cells, y, style="", indent=0.0, h=5.6, dev=None, rule=True):
    pdf.set_font("Sans", style, 8.3)
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + (indent if i == 0 else 0), y + 0.6)
        pdf.cell(WS[i] - (indent if i == 0 else 1.5), h - 1.2, c, align="L" if i == 0 else "R")
    if dev is not None:
        bar(y, h, dev)
    if rule:
        pdf.set_draw_color(205, 205, 205)
        pdf.line(20, y + h, RIGHT, y + h)
        pdf.set_draw_color(0, 0, 0)
    return y + h


def caption(cont):
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Tabell 1. Nettokostnad per verksamhetsområde, mnkr" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def area_block(k, area, rows, y):
    col = AREA_COL[k]
    pdf.set_fill_color(*col)
    pdf.rect(20, y + 1.6, 2.4, 4.2, style="F")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*col)
    pdf.set_xy(24, y + 1.2)
    pdf.cell(100, 5, area)
    pdf.set_text_color(0, 0, 0)
    y += 7
    for r in rows:
        y = line([r[0], d1(r[1]), d1(r[2]), d1(r[3]), d1(a_dev(r), plus=True)], y, indent=4, dev=a_dev(r))
    s = a_area_sum(area)
    pdf.set_line_width(0.35)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    dv = r1(s[1] - s[2])
    y = line([f"Summa {area.lower()}", d1(s[0]), d1(s[1]), d1(s[2]), d1(dv, plus=True)], y, "B", dev=dv,
             rule=False)
    return y + 2.5


def carry_row(label, vals, y):
    pdf.set_line_width(0.25)
    pdf.line(20, y, RIGHT, y)
    pdf.line(20, y + 0.8, RIGHT, y + 0.8)
    dv = r1(vals[1] - vals[2])
    y = line([label, d1(vals[0]), d1(vals[1]), d1(vals[2]), d1(dv, plus=True)], y + 0.8, "I", rule=False)
    pdf.line(20, y, RIGHT, y)
    return y


pdf.add_page()
caption(False)
col_head()
y = pdf.get_y()
names = [a for a, _ in A_AREAS]
brk = names.index(A_BREAK_AFTER)
for k, (area, rows) in enumerate(A_AREAS[:brk + 1]):
    y = area_block(k, area, rows, y)
y = carry_row("Summa att transportera", a_carry(), y + 1)
pdf.set_xy(20, y + 3)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

pdf.add_page()
caption(True)
col_head()
y = carry_row("Transport från sidan 2", a_carry(), pdf.get_y() - 0.8) + 1.5
for k, (area, rows) in enumerate(A_AREAS[brk + 1:], brk + 1):
    y = area_block(k, area, rows, y)
pdf.set_fill_color(226, 236, 238)
pdf.rect(20, y + 1, RIGHT - 20, 7, style="F")
pdf.set_line_width(0.7)
pdf.line(20, y + 1, RIGHT, y + 1)
pdf.line(20, y + 8, RIGHT, y + 8)
pdf.set_line_width(0.2)
line(["Summa hälso- och sjukvårdsnämnden", d1(T[0]), d1(T[1]), d1(T[2]), d1(DEV, plus=True)], y + 1.7, "B",
     rule=False)
pdf.set_xy(20, y + 10)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(170, 3.6, "Stapeln visar avvikelsen mot budget: röd åt vänster för underskott, grön åt höger för "
               "överskott (full bredd = 50 mnkr).", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h1("Kommentarer till avvikelserna", size=12)
vp, bup = a_row("Vuxenpsykiatri"), a_row("Barn- och ungdomspsykiatri")
pdf.p(f"Vuxenpsykiatrin redovisar ett underskott på {d1(-a_dev(vp))} mnkr. Underskottet beror främst på att "
      f"{A_PASSAGE}. Barn- och ungdomspsykiatrin har ökat antalet utredningar av neuropsykiatriska "
      f"funktionsnedsättningar och gick {d1(-a_dev(bup))} mnkr över budget.", size=9.4, lh=4.7)
ak, lm = a_row("Akutsjukvård"), a_row("Förmånsläkemedel")
pdf.p(f"Akutsjukvården fick fler besök än planerat under sommaren och gick {d1(-a_dev(ak))} mnkr över budget. "
      f"Kostnaden för förmånsläkemedel steg till {d1(lm[3])} mnkr, främst på grund av nya läkemedel mot diabetes "
      "och cancer.", size=9.4, lh=4.7)
sj, kv = a_row("Sjukresor"), a_row("Köpt vård utanför regionen")
pdf.p(f"Sjukresorna blev dyrare sedan det nya avtalet för taxiresor började gälla i april. Köpt vård utanför "
      f"regionen minskade något jämfört med 2025 men blev ändå {d1(-a_dev(kv))} mnkr dyrare än budgeterat.",
      size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 4 accessibility, sidenotes
pdf.add_page()
pdf.h1("Tillgänglighet och vårdbesök", size=13)
SX, SW, TX, TW = 20, 38, 64, 126


def sidenote(big, small, text):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*ACC)
    pdf.set_xy(SX, y)
    pdf.cell(SW, 7, big)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(SX, y + 7.5)
    pdf.multi_cell(SW - 2, 3.4, small, align="L")
    y1 = pdf.get_y()
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*ACC)
    pdf.line(TX - 3, y + 0.5, TX - 3, y + 6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(TX, y)
    pdf.set_font("Sans", "", 9.4)
    pdf.multi_cell(TW, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 5)


dv = A_DOCTOR_VISITS
ov = A_OTHER_VISITS
allv = dv[1] + ov[1]
sidenote(g(dv[1]), "läkarbesök på vårdcentralerna 2026",
         f"Vårdcentralerna hade {g(dv[1])} läkarbesök under 2026, vilket är {g(dv[1] - dv[0])} fler än året "
         f"innan, då antalet var {g(dv[0])}. Besöken hos sjuksköterskor, fysioterapeuter, psykologer och andra "
         f"yrkesgrupper ökade till {g(ov[1])} från {g(ov[0])}. Av samtliga besök i primärvården var "
         f"{g(A_DIGITAL)} digitala, eller {d1(A_DIGITAL / allv * 100)} procent.")
sidenote(f"{d1(A_SAME_DAY[1])} %", "fick kontakt med vårdcentralen samma dag",
         f"Av dem som ringde eller skrev till en vårdcentral fick {d1(A_SAME_DAY[1])} procent kontakt samma dag, "
         f"mot {d1(A_SAME_DAY[0])} procent 2025. Målet på {A_SAME_DAY[2]} procent nåddes inte, men sex av regionens "
         "fjorton vårdcentraler låg över målet hela året.")
sidenote(f"{d1(A_FIRST_VISIT[1])} %", "första besök inom 90 dagar",
         f"Inom den specialiserade vården fick {d1(A_FIRST_VISIT[1])} procent av patienterna ett första besök inom "
         f"90 dagar, mot {d1(A_FIRST_VISIT[0])} procent året innan. Målet är {A_FIRST_VISIT[2]} procent. För "
         f"operationer och andra åtgärder var andelen {d1(A_OPERATION[1])} procent ({d1(A_OPERATION[0])} procent "
         "2025).")
sidenote(g(A_WAITING[0]), "väntade på ett första besök vid årsskiftet",
         f"Vid årsskiftet väntade {g(A_WAITING[0])} patienter på ett första besök, varav {g(A_WAITING[1])} hade "
         f"väntat längre än 90 dagar. Inom barn- och ungdomspsykiatrin fick {d1(A_BUP_30)} procent en första "
         "bedömning inom 30 dagar.")
assert r1(100 - A_WAITING[1] / A_WAITING[0] * 100) == A_FIRST_VISIT[1]
pdf.h2("Viktiga händelser under året")
pdf.bullets(["En ny närakut öppnade på Kvarnviks lasarett i september och tar emot patienter dygnet runt.",
             "Gråsunds sjukhus fick en andra magnetkamera, vilket har kortat väntan på undersökningar.",
             "Vårdcentralerna införde en gemensam telefonlösning med återuppringning samma dag."],
            size=9.4, lh=4.7)
pdf.ln(4)
yy = pdf.get_y()
pdf.line(20, yy + 8, 90, yy + 8)
pdf.set_xy(20, yy + 9)
pdf.set_font("Sans", "", 8.8)
pdf.cell(70, 5, "Karin Ringdahl, hälso- och sjukvårdsdirektör")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
