"""(b) Selvinge kommun – kommunstyrelsen: energi- och klimatplan 2024–2030, uppföljning 2026.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 4 pages, pine green and sky
blue. P. 1 has no running header: a DRAWN WIND TURBINE (a tapered mast, a hub and three blades) in a pale-blue circle
beside "SELVINGE KOMMUN / Kommunstyrelsen", "Uppföljning 2026" right-aligned in blue italics, a green rule over a thin
blue one, the title and subtitle, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text
(104 700 ton in 2024 vs 141 700 in the base year 2015, −26,1 %; 1 000 ton under the target path of 105 700 while
transport, agriculture and machinery are over their part targets; the 2030 target −63 % = at most 52 400 ton;
fossil-free vehicles 62 vs 54 % vs the target 100 % in 2028), and Figur 1, a COLUMN CHART OF THE TOTAL EMISSIONS
(green columns for 2015 and 2021–2024 with the value above each, the target path 2024 as a BLUE TICK ACROSS THE 2024
COLUMN, and the target path 2025–2030 as HOLLOW DASHED OUTLINE COLUMNS with their values in blue italics). Pp. 2–4
have a running header ("Selvinge kommun · Energi- och klimatplan 2024–2030" in green at the left, "Uppföljning 2026 |
sida n" at the right) over a blue hairline. P. 2: "2 Utsläpp per sektor" and Tabell 1 with a TWO-LEVEL HEADING
("Utsläpp, ton CO₂e" over 2015 / 2021 / 2022 / 2023 / 2024; "Jämfört med målbanan" over Målbana 2024 / Avvikelse),
the two target-path columns on a PALE BLUE PANEL between two thin blue vertical rules, a positive deviation in red
bold after a DRAWN UP-ARROW and a negative one in green after a down-arrow, "Förändring 2015–2024, %" in grey, a bold
"Totalt" row on a pale green band; comments. P. 3: "3 Åtgärder" as a BULLETED LIST WITH GREEN SQUARE BULLETS, NESTED
POINTS WITH DRAWN OPEN-CIRCLE BULLETS and a STATUS WORD RIGHT-ALIGNED AFTER A DRAWN DOTTED LEADER on the measure's
line (Genomförd green, Pågår blue, Försenad red bold, Ej påbörjad grey italics). P. 4: "4 Försenade åtgärder" (the
passage on the biogas station), "5 Fortsatt arbete", "Förslag till beslut" as att-clauses and two signature lines.
No metadata title.
"""
import datetime as dt
import math

from common50 import HERE, Doc, nb
from data import (B_SECTORS, B_YEARS, B_MEASURES, B_DNR, B_DATE, B_AUTHOR, B_CEO, B_PASSAGE, B_FOSSILFREE,
                  b_cells, b_total, b_total_cells, b_path, b_target_2030, b_dev, b_sentences, g)

OUT = HERE / "selvinge-ks-energi-och-klimatplan-uppfoljning-2026.pdf"
GREEN = (34, 96, 62)
PALE_GREEN = (226, 239, 230)
BLUE = (58, 132, 196)
PALE_BLUE = (225, 238, 250)
RED = (190, 40, 40)
GREY = (105, 105, 105)
STATUS_STYLE = {"Genomförd": (GREEN, "B"), "Pågår": (BLUE, "B"), "Försenad": (RED, "B"), "Ej påbörjad": (GREY, "I")}


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GREEN)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Selvinge kommun · Energi- och klimatplan 2024–2030")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"Uppföljning 2026 | sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, BLUE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = BDoc("Selvinge kommun", font="dejavu", serif=True, accent=GREEN, foot="", justify=False,
           created=dt.datetime(2027, 3, 11, 10, 5, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# wind turbine mark
cx, cy = 30, 22
pdf.set_fill_color(*PALE_BLUE)
pdf.circle(cx, cy, 8.2, style="F")
pdf.set_fill_color(*GREEN)
pdf.polygon([(cx - 0.45, cy), (cx + 0.45, cy), (cx + 0.9, cy + 7.6), (cx - 0.9, cy + 7.6)], style="F")
for k in range(3):
    a = math.radians(100 + 120 * k)
    ux, uy = math.cos(a), -math.sin(a)
    px_, py_ = -uy, ux
    L = 6.6
    pdf.polygon([(cx + px_ * 0.55, cy + py_ * 0.55), (cx + ux * L * 0.35 + px_ * 0.9, cy + uy * L * 0.35 + py_ * 0.9),
                 (cx + ux * L, cy + uy * L), (cx - px_ * 0.45, cy - py_ * 0.45)], style="F")
pdf.set_fill_color(255, 255, 255)
pdf.circle(cx, cy, 0.55, style="F")
pdf.set_xy(42, 16.4)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*GREEN)
pdf.cell(90, 6, "SELVINGE KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kommunstyrelsen")
pdf.set_font("Serif", "I", 10)
pdf.set_text_color(*BLUE)
pdf.set_xy(120, 18.4)
pdf.cell(68, 5, "Uppföljning 2026", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32.6, 0.9, GREEN)
pdf.hline(22, 188, 33.8, 0.25, BLUE)
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Energi- och klimatplan 2024–2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Uppföljning 2026 av utsläpp och åtgärder", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", B_DNR), ("Datum", B_DATE.isoformat()), ("Handläggare", f"{B_AUTHOR[0]}, {B_AUTHOR[1]}"),
        ("Till", "Kommunstyrelsen")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = b_sentences()
pdf.p(f"{s[0]} {s[1]}", size=9.6)
pdf.p(f"{s[2]} Med nuvarande takt nås inte målet, och framför allt måste utsläppen från transporterna minska "
      f"snabbare. {s[3]}", size=9.6)

# Figur 1: total emissions and the target path
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Utsläpp av växthusgaser i Selvinge och målbanan till 2030, ton CO₂e", new_x="LMARGIN",
         new_y="NEXT")
y0 = pdf.get_y() + 6
CH = 60
base = y0 + CH
ymax = 150000
X0, SLOT = 34, 14.0
years = B_YEARS + [p[0] for p in b_path()[1:]]
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
for v in (0, 50000, 100000, 150000):
    yy = base - CH * v / ymax
    pdf.hline(X0, X0 + SLOT * len(years), yy, 0.1, (215, 215, 215))
    pdf.set_xy(X0 - 14, yy - 1.6)
    pdf.cell(12, 3.2, g(v), align="R")
pdf.set_text_color(0, 0, 0)
path = dict(b_path())
for i, yr in enumerate(years):
    x = X0 + i * SLOT + 2.2
    bw = SLOT - 4.4
    if yr in B_YEARS:
        v = b_total(1 + B_YEARS.index(yr))
        h = CH * v / ymax
        pdf.set_fill_color(*GREEN)
        pdf.rect(x, base - h, bw, h, style="F")
        top_ = h
        if yr == 2024:
            ht = CH * path[2024] / ymax
            pdf.hline(x - 1.6, x + bw + 1.6, base - ht, 0.9, BLUE)
            top_ = max(h, ht) + 0.8
        pdf.set_font("Sans", "B", 7.0)
        pdf.set_xy(x - 3, base - top_ - 4.2)
        pdf.cell(bw + 6, 3.8, g(v), align="C")
    else:
        v = path[yr]
        h = CH * v / ymax
        pdf.set_draw_color(*BLUE)
        pdf.set_line_width(0.35)
        pdf.set_dash_pattern(dash=0.9, gap=0.7)
        pdf.rect(x, base - h, bw, h, style="D")
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_font("Sans", "I", 7.0)
        pdf.set_text_color(*BLUE)
        pdf.set_xy(x - 3, base - h - 4.2)
        pdf.cell(bw + 6, 3.8, g(v), align="C")
        pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_xy(x - 2, base + 1.0)
    pdf.cell(bw + 4, 3.8, str(yr), align="C")
pdf.hline(X0, X0 + SLOT * len(years), base, 0.4, (60, 60, 60))
# legend
ly = base + 7.5
pdf.set_fill_color(*GREEN)
pdf.rect(X0, ly + 0.6, 3.2, 2.6, style="F")
pdf.set_font("Sans", "", 7.4)
pdf.set_xy(X0 + 4.2, ly)
pdf.cell(40, 3.8, "Utsläpp enligt statistiken")
pdf.set_draw_color(*BLUE)
pdf.set_dash_pattern(dash=0.9, gap=0.7)
pdf.rect(X0 + 46, ly + 0.6, 3.2, 2.6, style="D")
pdf.set_dash_pattern()
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(X0 + 50.2, ly)
pdf.cell(40, 3.8, "Målbana 2025–2030")
pdf.hline(X0 + 86, X0 + 90, ly + 1.9, 0.9, BLUE)
pdf.set_xy(X0 + 91.2, ly)
pdf.cell(50, 3.8, "Målbana 2024")
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.set_xy(22, ly + 5.5)
pdf.multi_cell(0, 3.6, f"Målbanan går från {g(path[2024])} ton 2024 till målet {g(b_target_2030())} ton 2030. "
               "Källa: den nationella emissionsdatabasen.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Utsläpp per sektor", size=12.5)
pdf.p("Statistiken över utsläpp per kommun publiceras med nästan två års fördröjning. Den här uppföljningen bygger "
      "därför på statistiken för 2024, som är det senaste året. Tabell 1 jämför utsläppen i varje sektor med "
      "målbanan, som visar hur stora utsläppen högst får vara för att målet till 2030 ska nås.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Utsläpp av växthusgaser per sektor, ton CO₂e", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [33.5, 15.4, 15.4, 15.4, 15.4, 15.4, 16.5, 17.5, 21.5]
PAD = 0.6
AL = ["L"] + ["R"] * 8
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
top = y
pdf.hline(X, XS[-1], y, 0.9, GREEN)
HU, HL = 5.6, 8.8
pdf.set_fill_color(*PALE_BLUE)
pdf.rect(XS[6], y, WID[6] + WID[7], HU + HL, style="F")
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[1], y + 0.9)
pdf.cell(XS[6] - XS[1], 3.8, "Utsläpp, ton CO₂e", align="C")
pdf.hline(XS[1] + 1, XS[6] - 1, y + HU, 0.3, GREEN)
pdf.set_xy(XS[6], y + 0.9)
pdf.cell(WID[6] + WID[7], 3.8, "Jämfört med målbanan", align="C")
pdf.hline(XS[6] + 1, XS[8] - 1, y + HU, 0.3, BLUE)
HEAD = ["Sektor", "2015", "2021", "2022", "2023", "2024", "Målbana 2024", "Avvikelse", "Förändring 2015–2024, %"]
pdf.no_split(WID, HEAD, "Cond", "B", 7.6, pad=PAD, what="Tabell 1 heading")
pdf.row(X, y + HU, WID, AL, ["Sektor", "2015", "2021", "2022", "2023", "2024", "Målbana 2024", "Avvikelse",
                             "Förändring 2015–2024, %"], size=7.6, font="Cond", style="B", h=HL, pad=PAD)
y += HU + HL
pdf.hline(X, XS[-1], y, 0.4, GREEN)
FS = 8.4


def dev_arrow(y, h, val):
    xm, ym = XS[7] + 3.4, y + h / 2
    if val > 0:
        pdf.set_draw_color(*RED)
        pdf.set_fill_color(*RED)
        pdf.set_line_width(0.35)
        pdf.line(xm, ym + 1.5, xm, ym - 0.4)
        pdf.polygon([(xm - 1.1, ym - 0.2), (xm + 1.1, ym - 0.2), (xm, ym - 1.7)], style="F")
    elif val < 0:
        pdf.set_draw_color(*GREEN)
        pdf.set_fill_color(*GREEN)
        pdf.set_line_width(0.35)
        pdf.line(xm, ym - 1.5, xm, ym + 0.4)
        pdf.polygon([(xm - 1.1, ym + 0.2), (xm + 1.1, ym + 0.2), (xm, ym + 1.7)], style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


for sct in B_SECTORS:
    cells = b_cells(sct)
    pdf.no_split(WID, cells, "Cond", "B", FS, pad=PAD, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.2, pad=PAD)
    pdf.set_fill_color(*PALE_BLUE)
    pdf.rect(XS[6], y, WID[6] + WID[7], h, style="F")
    dv = b_dev(sct)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2, h=h, pad=PAD,
            styles=[None] * 7 + ["B" if dv > 0 else None, None],
            colors=[None] * 7 + [RED if dv > 0 else GREEN, GREY])
    dev_arrow(y, h, dv)
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
cells = b_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, pad=PAD, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.3, pad=PAD)
pdf.set_fill_color(*PALE_GREEN)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.3, h=h, pad=PAD)
dev_arrow(y, h, b_total(5) - b_total(6))
y += h
pdf.hline(X, XS[-1], y, 0.9, GREEN)
pdf.vline(XS[6], top + 0.5, y - 0.5, 0.25, BLUE)
pdf.vline(XS[8], top + 0.5, y - 0.5, 0.25, BLUE)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Avvikelse = utsläpp 2024 minus målbanan 2024. Ett positivt tal betyder att sektorn ligger över "
               "målbanan. Källa: den nationella emissionsdatabasen, bearbetning Selvinge kommun.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
over = [x for x in B_SECTORS if b_dev(x) > 0]
pdf.p("Transporterna står för den största delen av utsläppen och ligger längst över målbanan. Utsläppen från "
      "vägtrafiken minskar, men långsammare än planen förutsåg, eftersom andelen elbilar i kommunen fortfarande är "
      "låg och den genomgående tunga trafiken har ökat.", size=9.4)
pdf.p("Industrins utsläpp har nästan halverats sedan 2015, främst för att den största industrin har bytt från olja "
      "till el i sina torkugnar. Utsläppen från el och fjärrvärme är nu mycket små, sedan fjärrvärmeverket har "
      "slutat använda olja som reservbränsle.", size=9.4)
pdf.p("Jordbrukets utsläpp, som till största delen kommer från djurhållning och odlad mark, har bara minskat "
      "marginellt och ligger fortfarande över målbanan.", size=9.4)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the measures
pdf.add_page()
pdf.h1("3 Åtgärder", size=12.5)
pdf.p(f"{s[4]} Listan visar planens åtgärder med status vid årsskiftet 2026/2027.", size=9.4)
pdf.ln(1)
SZ, LHT = 9.6, 5.0
for title, status, subs in B_MEASURES:
    pdf.need(16)
    yy = pdf.get_y()
    pdf.set_fill_color(*GREEN)
    pdf.rect(pdf.l_margin + 0.6, yy + 1.6, 2.2, 2.2, style="F")
    pdf.set_font("Serif", "B", SZ)
    tw = pdf.get_string_width(title)
    pdf.set_xy(pdf.l_margin + 6, yy)
    pdf.cell(tw + 1, LHT, title)
    col, st = STATUS_STYLE[status]
    pdf.set_font("Sans", st, 8.8)
    sw = pdf.get_string_width(status)
    xr = pdf.w - pdf.r_margin
    # a dotted leader from the title to the status word
    xd = pdf.l_margin + 6 + tw + 2.5
    pdf.set_fill_color(150, 150, 150)
    while xd < xr - sw - 2.5:
        pdf.circle(xd, yy + 3.6, 0.22, style="F")
        xd += 1.3
    pdf.set_text_color(*col)
    pdf.set_xy(xr - sw - 1, yy)
    pdf.cell(sw + 1, LHT, status, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(yy + LHT + 0.6)
    for sub in subs:
        y2 = pdf.get_y()
        pdf.set_draw_color(*GREEN)
        pdf.set_line_width(0.3)
        pdf.circle(pdf.l_margin + 8.0, y2 + 2.5, 0.8, style="D")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_font("Serif", "", 9.2)
        pdf.set_xy(pdf.l_margin + 11, y2)
        pdf.multi_cell(pdf.epw - 11, 4.6, nb(sub), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.4)
pdf.ln(1)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Status: Genomförd = åtgärden är klar. Pågår = arbetet pågår enligt plan. Försenad = åtgärden "
               "blir inte klar i tid. Ej påbörjad = arbetet har inte startat.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Försenade åtgärder", size=12.5)
pdf.p("Den publika tankstationen för biogas skulle enligt planen öppna 2026 men är försenad. Skälet är att "
      f"{B_PASSAGE}. Selvinge Energi AB har i stället beställt en tillfällig lösning med gas som levereras på flak.",
      size=9.4)
pdf.p("Gång- och cykelvägen till Bredsätra är försenad eftersom förhandlingarna om mark med fastighetsägarna längs "
      "sträckan inte är avslutade. Kommunen räknar med att kunna börja bygga under 2028.", size=9.4)
pdf.h1("5 Fortsatt arbete", size=12.5)
pdf.p("Kommunen ska under 2027 ta fram fler åtgärder för transporterna och jordbruket, de två sektorer som ligger "
      "längst över målbanan. Nästa uppföljning görs våren 2028, då statistiken för 2025 finns.", size=9.4)
pdf.p(f"Målet om {B_FOSSILFREE[2]} procent fossilfria fordon i kommunens egen fordonsflotta 2028 ligger fast. "
      "Förvaltningarna ska redovisa en plan för byte av de fordon som fortfarande tankas med fossil diesel eller "
      "bensin.", size=9.4)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "godkänna uppföljningen av energi- och klimatplanen för 2026,",
    "ge samhällsbyggnadsförvaltningen i uppdrag att ta fram förslag på nya åtgärder för transporter och jordbruk "
    "till hösten 2027, samt",
    "uppföljningen skickas till samtliga nämnder och bolag för kännedom."], size=9.4)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Selvinge den {B_DATE.day} mars {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{B_CEO[0]}\n{B_CEO[1].capitalize()}", f"{B_AUTHOR[0]}\n{B_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
