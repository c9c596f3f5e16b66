"""(d) Ullvika kommun – trafiksäkerhetsprogram 2024–2030, uppföljning 2026.

Layout: DejaVu Sans, 4 pages; p. 2 LANDSCAPE. P. 1: the title over a DRAWN ROAD BAND (a dark grey strip with a
dashed white centre line and white edge lines), a grey decision line, the summary with competing counts (2
killed, 20 seriously injured vs 19 the year before and 28 in the base year 2020, the target 14; 101 slightly
injured), the passage on cyclists, and the programme goals as a small table Basår 2020 / Utfall 2026 / Mål 2030.
P. 2 (landscape): Tabell 1, injured per road-user group and year with a DIAGONALLY SPLIT CORNER CELL ("År" above
the diagonal, "Trafikantgrupp" below it), three year groups each spanning D / SS / LS, the LATEST YEAR GROUP TINTED,
zeros printed as "–", vertical rules between the year groups only, a bold "Samtliga" row, the abbreviation key and
comments. P. 3: Tabell 2, the measures per street (Nr / Gata / Åtgärd / Typ / Kostnad, tkr / År / Status) where
the type cell is led by a DRAWN SIGN-LIKE ICON (a triangle for speed reduction, a square for crossings, a circle for
speed limits, a diamond for cycle paths, a cross for junctions, a star for lighting) explained by an ICON LEGEND
above the table, status words coloured, measures wrapping over two lines, hairlines between rows; the sums in
running text. P. 4: Tabell 3, the speed measurements (Gata / Skyltad / Medel / 85-percentil / Andel över skyltad,
% / Fordon per dygn) with a RANGE-BAR COLUMN on a 20–80 km/h scale (a grey bar from the mean to the 85th
percentile, a dot at the mean and a red vertical tick at the posted limit), then conclusions and next steps as a
"–" list and the signature. Metadata title set.
"""
import datetime as dt
import math

from common32 import HERE, Doc
from data import (D_YEARS, D_ACC, D_BASE, D_GOAL_2030, D_TYPES, D_MEASURES, D_SPEEDS, D_MEASURED, D_PASSAGE,
                  d_total, dmy, g, gd)

OUT = HERE / "ullvika-trafiksakerhetsprogram-uppfoljning-2026.pdf"
ACC = (44, 62, 90)
pdf = Doc("Ullvika kommun", "Trafiksäkerhetsprogram – uppföljning 2026", "Sida {p} av 4", font="dejavu",
          accent=ACC, title="Trafiksäkerhetsprogram 2024–2030 – uppföljning 2026",
          author="Ullvika kommun, samhällsbyggnadsförvaltningen",
          foot="Ullvika kommun · Samhällsbyggnadsnämnden · Dnr SBN 2027/12",
          created=dt.datetime(2027, 2, 22, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
T = {y: d_total(y) for y in D_YEARS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 8.4, "Trafiksäkerhetsprogram 2024–2030\nUppföljning 2026", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 2
pdf.set_fill_color(70, 72, 76)
pdf.rect(20, y, 170, 10, style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.5)
pdf.line(20, y + 1.3, 190, y + 1.3)
pdf.line(20, y + 8.7, 190, y + 8.7)
pdf.set_line_width(0.8)
pdf.set_dash_pattern(dash=5, gap=4)
pdf.line(20, y + 5, 190, y + 5)
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 12)
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, "Rapport till samhällsbyggnadsnämnden den 9 mars 2027 · Källa: polis- och sjukvårdsrapporterade "
         "olyckor (Strada)", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Sammanfattning")
k26, s26, l26 = T[2026]
s25 = T[2025][1]
pdf.p(f"Under 2026 omkom {k26} personer i trafiken i Ullvika, en cyklist och en motorcyklist. {s26} personer "
      f"skadades svårt, mot {s25} året innan, och {l26} skadades lindrigt. Programmets mål är att ingen ska omkomma "
      f"och att antalet svårt skadade ska halveras till högst {D_GOAL_2030[1]} år 2030, jämfört med basåret "
      f"{D_BASE[0]} då {D_BASE[2]} personer skadades svårt.", size=9.8)
cyc = {y: sum(dict(D_ACC)["Cyklister"][y][1:]) for y in D_YEARS}
assert cyc[2024] < cyc[2025] < cyc[2026]
pdf.p(f"Antalet skadade cyklister har ökat tre år i rad, till {cyc[2026]} under 2026. De flesta skadas i "
      f"{D_PASSAGE}. Kommunen har därför skärpt vinterväghållningen på de viktigaste cykelstråken och sopar bort "
      "sand tidigare på våren.", size=9.8)
NUMW = {1: "en", 4: "fyra", 5: "fem", 6: "sex", 12: "tolv"}
st = [sum(1 for m in D_MEASURES if m[6] == x) for x in ("Genomförd", "Planerad", "Utreds")]
pdf.p(f"{NUMW[st[0]].capitalize()} av programmets {NUMW[len(D_MEASURES)]} åtgärder är genomförda, {NUMW[st[1]]} är "
      f"planerade och {NUMW[st[2]]} utreds. Den största åtgärden hittills är den nya gång- och cykelbanan längs "
      "Kanalvägen.", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Programmets mål", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
WG = [60, 30, 30, 30]
XG = [20, 80, 110, 140]
pdf.set_fill_color(232, 236, 242)
pdf.rect(20, y, sum(WG), 6.4, style="F")
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(["", f"Basår {D_BASE[0]}", "Utfall 2026", "Mål 2030"]):
    pdf.set_xy(XG[i], y + 0.9)
    pdf.cell(WG[i] - 2, 4.6, h, align="L" if i == 0 else "R")
y += 6.4
for lab, vals in (("Omkomna", (D_BASE[1], k26, D_GOAL_2030[0])), ("Svårt skadade", (D_BASE[2], s26,
                                                                                    D_GOAL_2030[1]))):
    pdf.set_font("Sans", "", 8.8)
    for i, c in enumerate([lab] + [str(v) for v in vals]):
        pdf.set_xy(XG[i], y + 0.9)
        pdf.cell(WG[i] - 2, 4.6, c, align="L" if i == 0 else "R")
    y += 6.4
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y, 20 + sum(WG), y)
    pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 landscape, diagonal corner cell
pdf.add_page(orientation="L")
pdf.h1("Olyckor och skadade 2024–2026", size=13)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 1. Omkomna och skadade per trafikantgrupp 2024–2026", new_x="LMARGIN", new_y="NEXT")
LW, CWD = 58, 21
X0 = 20
xs = [X0 + LW + i * CWD for i in range(9)]
RIGHT = X0 + LW + 9 * CWD
y = pdf.get_y() + 2
HH = 14
tint = (234, 240, 248)
body_h = HH + 7.2 * (len(D_ACC) + 1) + 1
pdf.set_fill_color(*tint)
pdf.rect(xs[6], y, 3 * CWD, body_h, style="F")
pdf.set_line_width(0.6)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
# the split corner cell
pdf.set_draw_color(90, 90, 90)
pdf.line(X0, y, X0 + LW, y + HH)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.4)
pdf.set_xy(X0 + LW - 14, y + 1)
pdf.cell(12, 4.4, "År", align="R")
pdf.set_xy(X0 + 1, y + HH - 5.4)
pdf.cell(40, 4.4, "Trafikantgrupp")
for k, yr in enumerate(D_YEARS):
    a = xs[3 * k]
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(a, y + 1)
    pdf.cell(3 * CWD, 4.6, str(yr), align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(a + 2, y + 6.4, a + 3 * CWD - 2, y + 6.4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.2)
    for j, ab in enumerate(("D", "SS", "LS")):
        pdf.set_xy(xs[3 * k + j], y + 8)
        pdf.cell(CWD - 3, 4.4, ab, align="R")
pdf.set_line_width(0.6)
pdf.line(X0, y + HH, RIGHT, y + HH)
pdf.set_line_width(0.2)
top = y
y += HH
for name, v in D_ACC:
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(X0 + 1, y + 1.2)
    pdf.cell(LW - 2, 4.8, name)
    for k, yr in enumerate(D_YEARS):
        for j in range(3):
            pdf.set_xy(xs[3 * k + j], y + 1.2)
            pdf.cell(CWD - 3, 4.8, gd(v[yr][j]), align="R")
    y += 7.2
    pdf.set_draw_color(215, 215, 215)
    pdf.line(X0, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 9)
pdf.set_xy(X0 + 1, y + 1.2)
pdf.cell(LW - 2, 4.8, "Samtliga")
for k, yr in enumerate(D_YEARS):
    for j in range(3):
        pdf.set_xy(xs[3 * k + j], y + 1.2)
        pdf.cell(CWD - 3, 4.8, gd(T[yr][j]), align="R")
y += 7.2
pdf.set_line_width(0.6)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
for k in (1, 2):
    pdf.line(xs[3 * k], top, xs[3 * k], y)
pdf.line(xs[0], top, xs[0], y)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(RIGHT - X0, 3.9, "D = dödade (omkomna inom 30 dagar), SS = svårt skadade, LS = lindrigt skadade. "
               "– = ingen. Det senaste året är tonat.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
el = dict(D_ACC)["Elsparkcyklister"]
mc = dict(D_ACC)["Bilister"]
pdf.p(f"Antalet skadade elsparkcyklister ökade från {sum(el[2024][1:])} år 2024 till {sum(el[2026][1:])} år 2026. "
      "Nästan alla olyckor med elsparkcykel är singelolyckor i centrum, och många sker på kvällar och helger. "
      f"Bland bilisterna har antalet lindrigt skadade minskat tre år i rad, från {mc[2024][2]} till {mc[2026][2]}.",
      size=9.6)

# ---------------------------------------------------------------- p. 3 measures with sign icons
pdf.add_page(orientation="P")
pdf.h1("Åtgärder per gata", size=13)


def icon(kind, x, y, s=3.6):
    pdf.set_fill_color(*ACC)
    pdf.set_draw_color(*ACC)
    cx, cy = x + s / 2, y + s / 2
    if kind == "Hastighetsdämpning":
        pdf.polygon([(x, y + s), (x + s, y + s), (cx, y)], style="F")
    elif kind == "Passage":
        pdf.rect(x, y, s, s, style="F")
    elif kind == "Hastighetsgräns":
        pdf.set_line_width(0.7)
        pdf.ellipse(x + 0.35, y + 0.35, s - 0.7, s - 0.7, style="D")
        pdf.set_line_width(0.2)
    elif kind == "Cykelväg":
        pdf.polygon([(cx, y), (x + s, cy), (cx, y + s), (x, cy)], style="F")
    elif kind == "Korsning":
        pdf.rect(x + s * 0.36, y, s * 0.28, s, style="F")
        pdf.rect(x, y + s * 0.36, s, s * 0.28, style="F")
    elif kind == "Belysning":
        pts = []
        for k in range(10):
            r = s / 2 if k % 2 == 0 else s / 4.5
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        pdf.polygon(pts, style="F")
    pdf.set_draw_color(0, 0, 0)


pdf.set_font("Sans", "", 8)
y = pdf.get_y() + 1
x = 20
for kind in D_TYPES:
    icon(kind, x, y + 0.6)
    pdf.set_xy(x + 5, y)
    w = pdf.get_string_width(kind) + 2
    pdf.cell(w, 4.8, kind)
    x += w + 9
pdf.set_y(y + 8)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 2. Trafiksäkerhetsåtgärder 2025–2028", new_x="LMARGIN", new_y="NEXT")
W2 = [10, 29, 51, 32, 17, 11, 20]
X2 = [20]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
y = pdf.get_y() + 1
pdf.set_line_width(0.6)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8)
for i, h in enumerate(["Nr", "Gata", "Åtgärd", "Typ", "Kostnad\n(tkr)", "År", "Status"]):
    pdf.set_xy(X2[i], y + 0.8)
    pdf.multi_cell(W2[i] - 1.2, 3.7, h, align="R" if i in (4, 5) else "L")
y += 8.8
pdf.line(20, y, 190, y)
STATUS_COL = {"Genomförd": (50, 120, 60), "Planerad": (44, 62, 140), "Utreds": (170, 110, 20)}
for m in D_MEASURES:
    pdf.set_font("Sans", "", 8.4)
    n_lines = len(pdf.multi_cell(W2[2] - 1.5, 4.2, m[2], dry_run=True, output="LINES"))
    rh = 4.2 * n_lines + 2.4
    for i, c in enumerate([m[0], m[1], m[2], m[3], g(m[4]), str(m[5]), m[6]]):
        pdf.set_xy(X2[i] + (4.6 if i == 3 else 0), y + 1.2)
        if i == 6:
            pdf.set_text_color(*STATUS_COL[m[6]])
            pdf.set_font("Sans", "B", 8.4)
        if i == 2:
            pdf.multi_cell(W2[i] - 1.5, 4.2, c, align="L")
        else:
            pdf.cell(W2[i] - 1.2 - (4.6 if i == 3 else 0), 4.2, c, align="R" if i in (4, 5) else "L")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 8.4)
    icon(m[3], X2[3], y + 1.5, 3.2)
    y += rh
    pdf.set_draw_color(212, 212, 212)
    pdf.line(20, y, 190, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.6)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 5)
done = [m for m in D_MEASURES if m[6] == "Genomförd"]
plan27 = [m for m in D_MEASURES if m[5] == 2027]
pdf.p(f"De {NUMW[len(done)]} genomförda åtgärderna kostade sammanlagt {g(sum(m[4] for m in done))} tkr. För 2027 "
      f"planeras åtgärder för {g(sum(m[4] for m in plan27))} tkr, varav cirkulationsplatsen på Ringvägen är den "
      "största. Breddningen av vägrenen längs Gamla landsvägen utreds tillsammans med Trafikverket, som är "
      "väghållare för en del av sträckan.", size=9.6)

# ---------------------------------------------------------------- p. 4 speed measurements with range bars
pdf.add_page()
pdf.h1("Hastighetsmätningar", size=13)
pdf.p(f"Hastigheten mättes med radar på tio gator under perioden {dmy(D_MEASURED[0])}–{dmy(D_MEASURED[1])}. "
      "Medelhastighet och 85-percentil avser fordon i båda riktningarna under vardagar.", size=9.6)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 3. Uppmätta hastigheter, km/h", new_x="LMARGIN", new_y="NEXT")
W3 = [34, 16, 16, 19, 20, 19, 46]
X3 = [20]
for w in W3[:-1]:
    X3.append(X3[-1] + w)
y = pdf.get_y() + 1
pdf.set_line_width(0.6)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 7.8)
for i, h in enumerate(["Gata", "Skyltad", "Medel", "85-per-\ncentil", "Andel över\nskyltad, %", "Fordon\nper dygn",
                       ""]):
    pdf.set_xy(X3[i], y + 0.8)
    pdf.multi_cell(W3[i] - 1.2, 3.7, h, align="L" if i == 0 else "R")
B0, B1 = X3[6] + 3, X3[6] + W3[6] - 3
for v in (20, 40, 60, 80):
    pdf.set_xy(B0 + (v - 20) / 60 * (B1 - B0) - 4, y + 4.5)
    pdf.cell(8, 3.7, str(v), align="C")
y += 8.8
pdf.line(20, y, 190, y)


def bx(v):
    return B0 + (v - 20) / 60 * (B1 - B0)


for s in D_SPEEDS:
    pdf.set_font("Sans", "", 8.8)
    for i, c in enumerate([s[0], str(s[1]), str(s[2]), str(s[3]), str(s[4]), g(s[5])]):
        pdf.set_xy(X3[i], y + 1)
        pdf.cell(W3[i] - 1.2, 4.6, c, align="L" if i == 0 else "R")
    cy = y + 3.3
    pdf.set_draw_color(225, 225, 225)
    pdf.line(B0, cy, B1, cy)
    pdf.set_fill_color(175, 185, 200)
    pdf.rect(bx(s[2]), cy - 1.1, bx(s[3]) - bx(s[2]), 2.2, style="F")
    pdf.set_fill_color(*ACC)
    pdf.ellipse(bx(s[2]) - 1.2, cy - 1.2, 2.4, 2.4, style="F")
    pdf.set_draw_color(200, 40, 40)
    pdf.set_line_width(0.6)
    pdf.line(bx(s[1]), cy - 2.4, bx(s[1]), cy + 2.4)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    y += 6.6
    pdf.set_draw_color(215, 215, 215)
    pdf.line(20, y, 190, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.6)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.set_xy(20, y + 1.6)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(170, 3.8, "Stapeln går från medelhastigheten (punkt) till 85-percentilen. Det röda strecket är den "
               "skyltade hastigheten. 85-percentil = den hastighet som 85 procent av fordonen håller sig under.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
over = [s for s in D_SPEEDS if s[2] > s[1]]
pdf.h2("Slutsatser")
pdf.p(f"På {NUMW[len(over)]} av de tio gatorna är medelhastigheten högre än den skyltade hastigheten. Störst är "
      "problemet på Utmarksvägen, där en majoritet av fordonen kör för fort, och på Ollonstigen vid förskolan. "
      "På Kungsgatan och Kyrkogatan håller de flesta hastighetsgränsen.", size=9.6)
pdf.h2("Fortsatt arbete")
pdf.bullets(["Hastighetsdämpande åtgärder på Utmarksvägen utreds under 2027.",
             "Nya mätningar på Ollonstigen och Gruvvägen när åtgärderna där är klara.",
             "Programmet revideras inför 2028 med nya etappmål för cykel- och elsparkcykelolyckor."],
            sym="–", size=9.6, lh=4.7)
pdf.ln(5)
yy = pdf.get_y()
pdf.line(20, yy + 8, 90, yy + 8)
pdf.set_xy(20, yy + 9)
pdf.set_font("Sans", "", 8.8)
pdf.cell(70, 5, "Oskar Wilund, trafikplanerare")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
