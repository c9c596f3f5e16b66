"""(e) Hedsunda kommun – tekniska nämnden: uppföljning av vinterväghållningen säsongen 2026/2027.

Layout: DejaVu Sans Condensed text, DejaVu Sans headings, portrait, 3 pages, ice-blue accent. P. 1 has no running
header: a DRAWN SNOWFLAKE MARK (three crossing strokes with small ticks) beside "HEDSUNDA KOMMUN / Tekniska
nämnden", the title, "Säsongen i sammandrag" as a ROW OF FOUR KEY-FIGURE TILES (large figure, caption under it, the
previous season in grey), running text with competing figures (cost 23,8 vs budget 21,5 and the previous season
19,6 mnkr; 46 vs 31 snow days) and Figur 1, a COLUMN CHART of snow days per month with the VALUE PRINTED INSIDE THE
TOP OF EVERY COLUMN. P. 2: Tabell 1, the indicators per maintenance area as a HEAT-MAP TABLE: the three columns
that have a target carry the target as a SMALL GREY THIRD HEADING LINE ("mål minst 95") and every cell in them is
SHADED ON A GRADED SCALE from pale blue (target met with margin) to deep orange (far from target); a LEGEND WITH A
FIVE-STEP COLOUR SCALE under the table; the heading on a pale band between a heavy and a thin rule; "Hela kommunen"
(weighted by road length) in bold under a double rule; comments. P. 3: "Områdena" as RUN-IN PARAGRAPHS (bold area
name, then the text; the passage on Norrsand), "Åtgärder inför säsongen 2027/2028" as a NUMBERED LIST WITH NESTED
"–" ITEMS and decision/contact as a key–value block. Metadata title set.
"""
import datetime as dt

from common37 import HERE, Doc
from data import (E_AREAS, E_TARGETS, E_MONTHS, E_SNOWDAYS_PREV, E_COST, E_PASSAGE, E_DECIDED, E_CONTACT, e_tot,
                  g, d1, dmy)

OUT = HERE / "hedsunda-tn-vintervaghallning-2026-2027.pdf"
ACC = (28, 86, 140)
GREY = (110, 110, 110)
SCALE = [(214, 232, 246), (236, 242, 247), (253, 234, 205), (249, 196, 140), (236, 140, 80)]

pdf = Doc("Hedsunda kommun", "Vinterväghållning 2026/2027", "{p} (3)", font="dejavu", accent=ACC,
          title="Hedsunda kommun – Uppföljning av vinterväghållningen säsongen 2026/2027",
          author="Hedsunda kommun, samhällsbyggnadsförvaltningen", foot="Tekniska nämnden · Dnr TN 2027/58",
          created=dt.datetime(2027, 5, 12, 11, 20, tzinfo=dt.timezone.utc))
pdf.body = "Cond"
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
KM, TP, TH, TK, TC = e_tot()
SNOW = sum(v for _, v in E_MONTHS)
WORDS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex"}
N_P = sum(1 for a in E_AREAS if a[3] >= E_TARGETS[0])
N_H = sum(1 for a in E_AREAS if a[4] >= E_TARGETS[1])

# ---------------------------------------------------------------- p. 1
pdf.add_page()
cx, cy = 28, 20
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.7)
import math  # noqa: E402
for k in range(3):
    a = math.pi / 3 * k
    dx, dy = 6 * math.cos(a), 6 * math.sin(a)
    pdf.line(cx - dx, cy - dy, cx + dx, cy + dy)
    for s in (1, -1):
        ex, ey = cx + s * dx * 0.7, cy + s * dy * 0.7
        b = a + math.pi / 2
        pdf.line(ex, ey, ex + s * 2 * math.cos(a + 0.6), ey + s * 2 * math.sin(a + 0.6))
        pdf.line(ex, ey, ex + s * 2 * math.cos(a - 0.6), ey + s * 2 * math.sin(a - 0.6))
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(38, 14.5)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 5.5, "HEDSUNDA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "Tekniska nämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(36)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Uppföljning av vinterväghållningen säsongen 2026/2027", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(4)
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Säsongen i sammandrag", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
tiles = [(str(SNOW), "snödagar", f"föregående säsong {E_SNOWDAYS_PREV}"),
         (g(KM), "km kommunal väg", "plogas och halkbekämpas"),
         (d1(E_COST[0]), "mnkr kostnad", f"budget {d1(E_COST[1])}"),
         (d1(TP), "% plogning i tid", f"mål {E_TARGETS[0]}")]
tw, gap = 39.5, 2.5
y = pdf.get_y()
for k, (big, cap, sub) in enumerate(tiles):
    x = 22 + k * (tw + gap)
    pdf.set_fill_color(232, 240, 248)
    pdf.rect(x, y, tw, 25, style="F")
    pdf.set_xy(x, y + 2.5)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*ACC)
    pdf.cell(tw, 8, big, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y + 12)
    pdf.set_font("Cond", "", 8.4)
    pdf.cell(tw, 4.5, cap, align="C")
    pdf.set_xy(x, y + 17)
    pdf.set_font("Cond", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(tw, 4, sub, align="C")
    pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 31)
pdf.p(f"Vintern 2026/2027 var betydligt snörikare än året innan. Under säsongen registrerades {SNOW} dagar med "
      f"snöfall, mot {E_SNOWDAYS_PREV} dagar säsongen 2025/2026. Kostnaden för vinterväghållningen blev "
      f"{d1(E_COST[0])} mnkr, vilket är {d1(E_COST[0] - E_COST[1])} mnkr mer än budgeten på {d1(E_COST[1])} mnkr. "
      f"Föregående säsong kostade {d1(E_COST[2])} mnkr.", size=9.8)
pdf.p(f"Sett till hela kommunen klarades {d1(TP)} procent av plogningarna inom åtgärdstiden, vilket är strax under "
      f"målet på {E_TARGETS[0]} procent. Halkbekämpningen nådde {d1(TH)} procent mot målet {E_TARGETS[1]} procent.",
      size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.3)
pdf.cell(0, 5, "Figur 1. Antal dagar med snöfall per månad, säsongen 2026/2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
bx, by, bh_ = 40, pdf.get_y(), 42
base = by + bh_
pdf.hline(34, 170, base, 0.3, GREY)
for k, (m, v) in enumerate(E_MONTHS):
    x = bx + k * 25
    h = v / 18 * bh_
    pdf.set_fill_color(*ACC)
    pdf.rect(x, base - h, 14, h, style="F")
    pdf.set_font("Sans", "B", 8)
    if h > 7:
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x, base - h + 1)
    else:
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, base - h - 5)
    pdf.cell(14, 4, str(v), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 3, base + 1)
    pdf.cell(20, 4, m, align="C")
pdf.set_y(base + 7)

# ---------------------------------------------------------------- p. 2 heat-map table
pdf.add_page()
pdf.h1("Resultat per driftområde", size=12.5)
pdf.p("Kommunen är indelad i sex driftområden. Tabellen visar måluppfyllelsen för de tre indikatorer som har mål i "
      "nämndens verksamhetsplan, samt vägnätets längd, antalet plogtillfällen och kostnaden per kilometer.",
      size=9.6)
pdf.set_font("Sans", "B", 9.3)
pdf.cell(0, 6, "Tabell 1. Vinterväghållning per driftområde, säsongen 2026/2027", new_x="LMARGIN", new_y="NEXT")
W = [33, 19, 21, 24, 24, 22, 23]
AL = ["L", "R", "R", "R", "R", "R", "R"]
HEAD = ["Driftområde", "Vägnät, km", "Plog- tillfällen", "Plogning inom åtgärdstid, %",
        "Halk- bekämpning inom 4 tim, %", "Klagomål per 10 km", "Kostnad per km, kr"]
TLINE = ["", "", "", f"mål minst {E_TARGETS[0]}", f"mål minst {E_TARGETS[1]}", f"mål högst {d1(E_TARGETS[2])}", ""]
y = pdf.get_y()
hh = pdf.row_h(W, HEAD, style="B", size=7.8, lh=3.6, vpad=1) + 4
pdf.set_fill_color(232, 240, 248)
pdf.rect(22, y, 166, hh, style="F")
pdf.hline(22, 188, y, 0.8, ACC)
pdf.row(22, y, W, AL, HEAD, style="B", size=7.8, lh=3.6, vpad=1, h=hh)
pdf.row(22, y + hh - 4.6, W, AL, TLINE, font="Cond", style="I", size=7, lh=3.4, vpad=0.5, color=GREY)
y += hh
pdf.hline(22, 188, y, 0.25, ACC)


def shade(val, target, higher_better):
    gap_ = (val - target) if higher_better else (target - val)
    rel = gap_ / target * 100
    if rel >= 2:
        return SCALE[0]
    if rel >= 0:
        return SCALE[1]
    if rel >= -3:
        return SCALE[2]
    if rel >= -7:
        return SCALE[3]
    return SCALE[4]


for a in E_AREAS:
    cells = [a[0], str(a[1]), str(a[2]), d1(a[3]), d1(a[4]), d1(a[5]), g(a[6])]
    fills = [None, None, None, shade(a[3], E_TARGETS[0], True), shade(a[4], E_TARGETS[1], True),
             shade(a[5], E_TARGETS[2], False), None]
    h = pdf.row(22, y, W, AL, cells, size=8.8, lh=4.4, vpad=1.6, fills=fills)
    y += h
    pdf.hline(22, 188, y, 0.1, (255, 255, 255))
pdf.hline(22, 188, y + 0.4, 0.25)
pdf.hline(22, 188, y + 1.2, 0.25)
h = pdf.row(22, y + 1.4, W, AL, ["Hela kommunen", g(KM), "–", d1(TP), d1(TH), d1(TK), g(TC)], style="B",
            size=8.8, lh=4.4, vpad=1.4)
y += h + 1.8
pdf.hline(22, 188, y, 0.8, ACC)
pdf.set_y(y + 3)
# legend
pdf.set_font("Cond", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(28, 4, "Färgskala:")
labels = ["med marginal", "nått", "strax under", "under", "långt under"]
x = 50
for c, lab in zip(SCALE, labels):
    pdf.set_fill_color(*c)
    pdf.rect(x, pdf.get_y() + 0.4, 6, 3.4, style="F")
    pdf.set_xy(x + 7, pdf.get_y())
    pdf.cell(20, 4, lab)
    x += 27
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Cond", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Kommunens värden är vägda med vägnätets längd. Åtgärdstiden är sex timmar efter avslutat "
               "snöfall på huvudgator och tio timmar på lokalgator. Källa: entreprenörernas körjournaler och "
               "kommunens felanmälan.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Kommentarer")
pdf.p(f"{WORDS[N_P].capitalize()} av sex driftområden nådde målet för plogning och {WORDS[N_H]} av sex målet för "
      f"halkbekämpning. Kostnaden per kilometer är högst i tätorten, där snön måste lastas bort och köras till upplag.", size=9.6)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Områdena", size=12.5)
runs = {
    "Hedsunda tätort": "Bortforsling av snö efter de stora snöfallen i januari gav höga kostnader men god "
                       "framkomlighet.",
    "Lillvreta": "Många klagomål gällde snövallar vid utfarter efter plogning av huvudvägen.",
    "Norrsand": f"Området nådde inte något av målen. Orsaken är att {E_PASSAGE}.",
    "Hagvreta": "Resultaten förbättrades under våren när ett tredje fordon sattes in.",
}
for nm, t in runs.items():
    pdf.set_font("Sans", "B", 9.4)
    w = pdf.get_string_width(nm + ". ")
    pdf.set_font("Cond", "", 9.6)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 9.4)
    pdf.write(5, nm + ". ")
    pdf.set_font("Cond", "", 9.6)
    pdf.write(5, t)
    pdf.ln(7)
pdf.h1("Åtgärder inför säsongen 2027/2028", size=12)
acts = [("Skärpt uppföljning av entreprenörerna", ["månatliga avstämningsmöten", "vite vid upprepade förseningar"]),
        ("Reservfordon i Norrsand och Lillvreta", ["avtal med lokal åkare om en extra hjullastare"]),
        ("Information till boende om snövallar och parkering", [])]
for k, (t, subs) in enumerate(acts, 1):
    pdf.set_font("Cond", "B", 9.6)
    pdf.set_x(22)
    pdf.cell(7, 5, f"{k}.")
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Cond", "", 9.4)
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(5, 4.8, "–")
        pdf.multi_cell(0, 4.8, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(4)
pdf.kv([("Beslut", f"Tekniska nämnden {dmy(E_DECIDED)}, § 44"),
        ("Kontakt", f"{E_CONTACT[0]}, {E_CONTACT[1]}")], lw=30)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
