"""(f) Dunhamra kommun – kommunstyrelsen: lokalförsörjningsplan 2027–2031 (the maintenance table as a SCANNED page 3).

Layout: DejaVu Sans text, DejaVu Sans Condensed table, portrait, 4 pages, slate blue and brick. P. 1 has no running
header: a DRAWN FLOOR-PLAN MARK (a slate square with inner walls, a window gap and a door swing drawn as a quarter
arc) beside "DUNHAMRA KOMMUN / Kommunstyrelsen · Fastighetsenheten", "LOKALFÖRSÖRJNINGSPLAN" in letter-spaced brick
capitals at the right, a slate rule, the title and subtitle, a key–value block, "1 Sammanfattning" with COMPETING
FIGURES (36 770 m² in ten buildings vs 37 120 m² in last year's plan; measures in eight buildings for 157,4 mnkr; four
buildings in energy class E–G) and "Planens delar" as a "–" list that points to Bilaga 2 WITHOUT ANY FIGURE OF IT.
Pp. 2 and 4: a running header (a slate bar down the left of the header line, "Dunhamra kommun · Lokalförsörjningsplan
2027–2031" and the page number at the right over a hairline). P. 2: Tabell 1, the buildings (Byggnad / Verksamhet /
Byggår / Area, m² / Energiklass / Planerad åtgärd / Kostnad, mnkr / År) where the energy class is a DRAWN ENERGY-LABEL
ARROW (a pointed bar in the colour of the class, green A to red G, the letter in white inside it), "–" for buildings
without measures, a bold "Summa" row over a double rule, a legend of the seven classes as a row of small arrows, and
comments. **P. 3 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (`scan51.py`): Bilaga 2, the maintenance plan per building
2027–2031 as a PHOTOCOPY OF A PHOTOCOPY of a printout from the property unit's system (a faded toner band, a drum
smudge repeated every 94 mm, a halftone heading band); none of its figures is repeated in the text layer. P. 4:
"3 Prioriteringar" (why the sports hall and the preschool come first, in words only), "4 Lokaler som lämnas" as a
"•" list, "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common51 import HERE, Doc
from data import (F_BUILDINGS, F_CLASSES, F_DNR, F_DATE, F_HEAD, F_PLANNER, F_CLOSE, f_cells, f_area_total,
                  f_invest_total, f_sentences, g, d1)
from scan51 import render

OUT = HERE / "dunhamra-lokalforsorjningsplan-2027-2031.pdf"
SLATE = (56, 82, 110)
PALE_SLATE = (230, 236, 242)
BRICK = (176, 74, 52)
GREY = (100, 100, 100)
CLASS_COL = {"A": (0, 140, 70), "B": (80, 170, 60), "C": (170, 200, 40), "D": (240, 210, 0), "E": (240, 160, 0),
             "F": (230, 100, 20), "G": (210, 30, 30)}


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(20)
            return
        self.set_fill_color(*SLATE)
        self.rect(self.l_margin, 9.6, 1.4, 6, style="F")
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin + 3.5, 10.6)
        self.cell(120, 4, "Dunhamra kommun · Lokalförsörjningsplan 2027–2031")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 123.5, 4, str(self.page_no()), align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.6, 0.25, (150, 150, 150))
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = FDoc("Dunhamra kommun", font="dejavu", serif=False, accent=SLATE, foot="", justify=False,
           created=dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)


def floor_plan(x, y, s):
    pdf.set_draw_color(*SLATE)
    pdf.set_line_width(1.0)
    # outer walls with a door opening at the bottom right
    pdf.polyline([(x + s * 0.62, y + s), (x, y + s), (x, y), (x + s, y), (x + s, y + s), (x + s * 0.86, y + s)])
    pdf.set_line_width(0.6)
    pdf.line(x + s * 0.5, y, x + s * 0.5, y + s * 0.42)          # inner wall
    pdf.line(x, y + s * 0.55, x + s * 0.34, y + s * 0.55)
    pdf.line(x + s * 0.5, y + s * 0.55, x + s, y + s * 0.55)
    pdf.set_line_width(0.3)
    # the door leaf and its swing
    pdf.line(x + s * 0.62, y + s, x + s * 0.62, y + s * 0.76)
    pts = [(x + s * 0.62 + s * 0.24 * math.sin(math.radians(a)), y + s - s * 0.24 * math.cos(math.radians(a)))
           for a in range(0, 91, 10)]
    pdf.set_dash_pattern(dash=0.5, gap=0.5)
    pdf.polyline(pts)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def energy_arrow(x, y, w, h, cls, label=True):
    pdf.set_fill_color(*CLASS_COL[cls])
    pdf.polygon([(x, y), (x + w - h / 2, y), (x + w, y + h / 2), (x + w - h / 2, y + h), (x, y + h)], style="F")


# ---------------------------------------------------------------- p. 1
pdf.add_page()
floor_plan(22.5, 14, 15)
pdf.set_xy(43, 14.6)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*SLATE)
pdf.cell(90, 6.5, "DUNHAMRA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Kommunstyrelsen · Fastighetsenheten")
pdf.set_char_spacing(1.2)
pdf.set_font("Sans", "B", 7.8)
pdf.set_text_color(*BRICK)
pdf.set_xy(118, 18)
pdf.cell(70, 4, "LOKALFÖRSÖRJNINGSPLAN", align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33.5, 0.9, SLATE)
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*SLATE)
pdf.cell(0, 9, "Lokalförsörjningsplan 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Kommunens egna verksamhetslokaler, planerade åtgärder och underhåll", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Ansvarig", f"{F_HEAD[0]}, {F_HEAD[1]}"),
        ("Till", "Kommunstyrelsen, för beslut i kommunfullmäktige")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = f_sentences()
pdf.p(f"{s[0]} Minskningen beror på att den gamla förrådsbyggnaden vid kommunhuset har rivits.", size=9.8, lh=5)
pdf.p(f"{s[1]} Den största enskilda åtgärden är tillbyggnaden av Ingeborgsskolan, där elevantalet väntas öka när "
      "nya bostadsområden byggs.", size=9.8, lh=5)
pdf.p(f"{s[2]} Dunhamra sporthall har den sämsta energiklassen och får en energirenovering av klimatskalet.",
      size=9.8, lh=5)
pdf.h1("Planens delar", size=11)
pdf.bullets(["Tabell 1 – kommunens byggnader med yta, byggår, energiklass och planerade åtgärder.",
             "Bilaga 2 – fastighetsenhetens plan för underhåll per byggnad under perioden.",
             "Avsnitt 3 och 4 – prioriteringar och lokaler som kommunen lämnar."], sym="–", size=9.6, lh=4.8)
pdf.p("Investeringarna i Tabell 1 finansieras i kommunens investeringsbudget. Underhållet i bilaga 2 finansieras "
      "i fastighetsenhetens driftbudget och ingår inte i investeringarna.", size=9.6, lh=4.8)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Byggnader och planerade åtgärder", size=12.5)
pdf.p("Tabell 1 visar kommunens egna byggnader för verksamheterna. Arean är bruksarea (BRA). Kostnaden är den "
      "beräknade investeringsutgiften för den planerade åtgärden.", size=9.4, lh=4.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Byggnader, energiklass och planerade åtgärder 2027–2031", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [27, 22.5, 15, 15, 15, 34, 18, 19.5]
AL = ["L", "L", "R", "R", "C", "L", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
FS = 8.4
y = pdf.get_y() + 2
pdf.hline(X, XS[-1], y, 0.8, SLATE)
HEAD = ["Byggnad", "Verksamhet", "Byggår", "Area, m²", "Energi- klass", "Planerad åtgärd", "Kostnad, mnkr", "År"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.0, what="Tabell 1 heading")
hh = pdf.row_h(WID, HEAD, size=8.0, font="Cond", style="B", vpad=0.9, lh=3.7)
pdf.row(X, y + 0.3, WID, AL, HEAD, size=8.0, font="Cond", style="B", vpad=0.9, lh=3.7, h=hh)
y += hh + 0.6
pdf.hline(X, XS[-1], y, 0.4, SLATE)
for b in F_BUILDINGS:
    cells = f_cells(b)
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.6)
    energy_arrow(XS[4] + 3.2, y + 1.2, 10, 4.8, b[4])
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.6, h=h,
            styles=[None] * 4 + ["B", None, None, None],
            colors=[None] * 4 + [(40, 40, 40) if b[4] in "CD" else (255, 255, 255), None, None, None])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
pdf.hline(X, XS[-1], y + 0.5, 0.2, SLATE)
y += 0.9
cells = ["Summa", "", "", g(f_area_total()), "", "", d1(f_invest_total()), ""]
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 sum")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.6)
pdf.set_fill_color(*PALE_SLATE)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.6, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.8, SLATE)
# legend: the seven classes as small arrows of growing length
y += 3
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.set_xy(X, y)
pdf.cell(30, 4, "Energiklass:")
for k, c in enumerate(F_CLASSES):
    x = X + 22 + k * 13
    energy_arrow(x, y + 0.2, 9, 3.6, c)
    pdf.set_font("Sans", "B", 7)
    pdf.set_text_color(*((40, 40, 40) if c in "CD" else (255, 255, 255)))
    pdf.set_xy(x + 0.8, y + 0.2)
    pdf.cell(5, 3.6, c)
pdf.set_text_color(*GREY)
pdf.set_font("Sans", "", 7.4)
pdf.set_xy(X + 22 + 7 * 13 + 2, y)
pdf.cell(60, 4, "A är bäst, G är sämst.")
pdf.set_xy(X, y + 6)
pdf.multi_cell(0, 3.6, "Energiklassen är hämtad från byggnadens senaste energideklaration. \"–\" betyder att ingen "
               "större åtgärd är planerad under perioden.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Kommentarer")
pdf.p("De äldsta byggnaderna, medborgarhuset och kommunhuset, har energiklass E och får nya installationer. "
      "Mossgårdens förskola har så stora brister att det blir billigare att riva den och bygga en ny förskola på "
      "samma tomt än att renovera.", size=9.4, lh=4.8)
pdf.p("Timmervikens skola och Duvbergets förskola är byggda under de senaste femton åren och behöver inga större "
      "åtgärder under perioden.", size=9.4, lh=4.8)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the scanned maintenance plan
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Prioriteringar", size=12.5)
pdf.p("Under de första åren prioriteras åtgärder som minskar energianvändningen och åtgärder som behövs för att "
      "verksamheten ska kunna fortsätta i lokalerna. Energirenoveringen av sporthallen och ombyggnaden av köken i "
      "Tallgårdens äldreboende går därför före tillbyggnader som kan vänta.", size=9.6, lh=4.9)
pdf.p("Tillbyggnaden av Ingeborgsskolan startar ändå redan 2027, eftersom skolan i dag använder en inhyrd paviljong "
      "som kostar mycket i hyra. Underhållet i bilaga 2 är samordnat med investeringarna så att samma byggnad inte "
      "byggs om två gånger.", size=9.6, lh=4.9)
pdf.h1("4 Lokaler som lämnas", size=12.5)
pdf.bullets(F_CLOSE, size=9.6, lh=4.9)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", [
    "anta lokalförsörjningsplanen för 2027–2031,",
    "ge kommunstyrelsen i uppdrag att starta projekteringen av den nya förskolan på Mossgårdens tomt, samt",
    "uppdra åt fastighetsenheten att varje år redovisa hur underhållsplanen har följts."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Dunhamra den {F_DATE.day} november {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_HEAD[0]}\n{F_HEAD[1]}", f"{F_PLANNER[0]}\n{F_PLANNER[1]}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
