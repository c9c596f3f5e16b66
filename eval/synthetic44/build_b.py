"""(b) Jarvsta kommun – räddningstjänsten: handlingsprogram för räddningstjänst 2027–2030 (lagen om skydd mot
olyckor), antaget av kommunfullmäktige 2027-02-22.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, signal red and charcoal. Every page has a
RED BAND DOWN THE LEFT EDGE; on p. 1 it is wide and holds "HANDLINGSPROGRAM 2027–2030" ROTATED 90° in white
letter-spaced capitals, on pp. 2–4 it is a narrow strip beside a running header. P. 1 has no running header: "JARVSTA
KOMMUN · RÄDDNINGSTJÄNSTEN" as a kicker, the title, a key–value block, "1 Inledning" with competing figures in running
text (653 call-outs vs 618; residential fires 52 vs 49 vs the target of at most 40; 68 % within the target time vs 63
vs at least 75) and "2 Mål och målnivåer" with Tabell 1 (Indikator / Utfall 2025 / Utfall 2026 / Målnivå 2030) whose
target cells are led by a SMALL RED PENNANT and read "högst 40", "minst 3 000". P. 2: "3 Insatstid per
insatsområde" with Figur 1, SIX CLOCK DIALS in a 3 × 2 grid – each dial a 30-minute clock face with tick marks, the
target time as a PALE GREEN SECTOR from twelve o'clock, the 2026 median as a HAND (charcoal within the target, red
beyond it) and the values printed under the dial – then Tabell 2 with a STACKED HEADING ("Insatstid, minuter
(median)" over Mål / Utfall 2025 / Utfall 2026), rows of areas with the station, the share within target and the
number of call-outs, and a comment (the passage on Wäggeby). P. 3: "4 Riskbild" with a "•" list and a NUMBERED LIST
WITH NESTED "a)" ITEMS, then "5 Åtgärder" with Tabell 3 (Nr / Åtgärd / Ansvarig / Klart senast), the goals as
CHARCOAL BANDS WITH WHITE TEXT AND A RED GOAL NUMBER BOX, bold ISO dates; THE TABLE BREAKS INSIDE GOAL 2 after 2.3 and
p. 4 repeats "Tabell 3 (forts.)", the heading and the goal band with "(forts.)"; then "6 Uppföljning" and two
signature lines. No metadata title.
"""
import datetime as dt
import math

from common44 import HERE, Doc
from data import (B_DNR, B_ADOPTED, B_KF_PARA, B_AREAS, B_GOALS, B_ACTIONS, B_BREAK_AFTER, B_PASSAGE, B_CHIEF,
                  B_AUTHOR, b_targets, b_target_cells, b_area_cells, b_action_cells, b_sentences, d1)

OUT = HERE / "jarvsta-raddningstjanst-handlingsprogram-2027-2030.pdf"
RED = (196, 30, 36)
CHAR = (46, 48, 52)
GREEN = (206, 234, 210)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*RED)
            self.rect(0, 0, 16, self.h, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 11)
            self.set_char_spacing(3)
            with self.rotation(angle=90, x=10.5, y=200):
                self.set_xy(10.5, 200 - 4.5)
                self.cell(120, 5, "HANDLINGSPROGRAM 2027–2030")
            self.set_char_spacing(0)
            self.set_text_color(0, 0, 0)
            self.set_y(22)
            return
        self.set_fill_color(*RED)
        self.rect(0, 0, 5, self.h, style="F")
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*RED)
        self.set_xy(self.l_margin, 11)
        self.cell(70, 4, "Jarvsta kommun · Räddningstjänsten")
        self.set_text_color(80, 80, 80)
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 70, 4, f"Handlingsprogram 2027–2030 · Sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.5, 0.3, (150, 150, 150))
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = BDoc("Jarvsta kommun", font="dejavu", serif=False, accent=CHAR, foot="", justify=False,
           created=dt.datetime(2027, 2, 24, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(28, 25, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 9)
pdf.set_char_spacing(1.5)
pdf.set_text_color(*RED)
pdf.cell(0, 5, "JARVSTA KOMMUN · RÄDDNINGSTJÄNSTEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.set_font("Sans", "B", 20)
pdf.multi_cell(0, 8.5, "Handlingsprogram för räddningstjänst 2027–2030", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 10)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 6, "enligt lagen (2003:778) om skydd mot olyckor", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.kv([("Antaget", f"Kommunfullmäktige {B_ADOPTED.isoformat()} {B_KF_PARA}"), ("Diarienummer", B_DNR),
        ("Giltighet", "1 mars 2027–31 december 2030"), ("Ansvarig", f"{B_CHIEF[0]}, {B_CHIEF[1]}")],
       lw=34, size=9, lh=4.6)
pdf.h1("1 Inledning", size=12.5)
s = b_sentences()
pdf.p("Handlingsprogrammet beskriver hur kommunen förebygger bränder och andra olyckor och hur räddningstjänsten är "
      "organiserad för att göra räddningsinsatser. Programmet bygger på kommunens riskanalys och på erfarenheterna "
      f"från den förra programperioden. {s[0]}", size=9.6)
pdf.p(f"{s[1]} {s[2]}", size=9.6)
pdf.h1("2 Mål och målnivåer", size=12.5)
pdf.p("Kommunfullmäktige har fastställt tre mål för räddningstjänsten. Målen följs upp med indikatorerna i tabell 1, "
      "som anger utfallet för de två senaste åren och den nivå som ska vara nådd 2030.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Indikatorer och målnivåer", new_x="LMARGIN", new_y="NEXT")
WID = [90, 22, 22, 28]
AL = ["L", "R", "R", "R"]
X0 = 28
y = pdf.get_y() + 1
pdf.hline(X0, X0 + sum(WID), y, 0.8, CHAR)
h = pdf.row(X0, y + 0.4, WID, AL, ["Indikator", "Utfall 2025", "Utfall 2026", "Målnivå 2030"], style="B",
            size=8.4, font="Cond")
y += 0.4 + h
pdf.hline(X0, X0 + sum(WID), y, 0.3, CHAR)
for t in b_targets():
    cells = b_target_cells(t)
    h = pdf.row(X0, y, WID, AL, cells, size=8.8, font="Cond", vpad=1.5, styles=[None, None, None, "B"])
    # the red pennant before the target value
    pdf.set_font("Cond", "B", 8.8)
    tw = pdf.get_string_width(cells[3])
    px = X0 + sum(WID) - 1.2 - tw - 4
    pdf.set_fill_color(*RED)
    pdf.polygon([(px, y + 1.6), (px + 2.8, y + 2.6), (px, y + 3.6)], style="F")
    pdf.vline(px, y + 1.4, y + 5.2, 0.3, CHAR)
    y += h
    pdf.hline(X0, X0 + sum(WID), y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + sum(WID), y, 0.6, CHAR)
pdf.set_xy(X0, y + 1.2)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(sum(WID), 3.8, "Andelen insatser inom målsatt insatstid 2026 är beräknad från tabell 2 (vägd med "
               "antalet insatser per område).", align="L")
pdf.set_y(pdf.get_y() + 3)
pdf.set_font("Sans", "", 9.2)
for nr, goal in B_GOALS:
    pdf.set_x(X0)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(14, 5, f"Mål {nr}")
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(0, 5, goal, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2: clock dials and Tabell 2
pdf.add_page()
pdf.h1("3 Insatstid per insatsområde", size=12.5)
pdf.p("Insatstiden är tiden från det att larmet kommer in till räddningstjänsten tills den första styrkan är på "
      "plats. Kommunen är indelad i sex insatsområden med egna mål för insatstiden, beroende på avståndet till "
      "närmaste station och hur tätt området är befolkat.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Insatstid 2026 (median) mot målet, minuter", new_x="LMARGIN", new_y="NEXT")
R = 12.5
top = pdf.get_y() + 3
for i, a in enumerate(B_AREAS):
    c, r = i % 3, i // 3
    cx = 28 + 27 + c * 56
    cy = top + R + r * 44
    # face
    pdf.set_fill_color(250, 250, 248)
    pdf.set_draw_color(*CHAR)
    pdf.set_line_width(0.5)
    pdf.circle(cx, cy, R, style="DF")
    # target sector (0 .. target minutes of a 30-minute face)
    pts = [(cx, cy)]
    steps = 40
    for k in range(steps + 1):
        ang = 2 * math.pi * (a[2] / 30) * k / steps
        pts.append((cx + (R - 0.6) * math.sin(ang), cy - (R - 0.6) * math.cos(ang)))
    pdf.set_fill_color(*GREEN)
    pdf.polygon(pts, style="F")
    # ticks
    pdf.set_line_width(0.25)
    for m in range(0, 30):
        ang = 2 * math.pi * m / 30
        r0 = R - (2.2 if m % 5 == 0 else 1.0)
        pdf.line(cx + r0 * math.sin(ang), cy - r0 * math.cos(ang), cx + R * math.sin(ang), cy - R * math.cos(ang))
    pdf.set_font("Sans", "", 5.6)
    pdf.set_text_color(110, 110, 110)
    for m in (0, 10, 20):
        ang = 2 * math.pi * m / 30
        tx, ty = cx + (R - 4.2) * math.sin(ang), cy - (R - 4.2) * math.cos(ang)
        pdf.set_xy(tx - 2.5, ty - 1.5)
        pdf.cell(5, 3, str(m), align="C")
    pdf.set_text_color(0, 0, 0)
    # hand
    over = a[4] > a[2]
    ang = 2 * math.pi * a[4] / 30
    pdf.set_draw_color(*(RED if over else CHAR))
    pdf.set_line_width(1.0)
    pdf.line(cx, cy, cx + (R - 2.6) * math.sin(ang), cy - (R - 2.6) * math.cos(ang))
    pdf.set_fill_color(*(RED if over else CHAR))
    pdf.circle(cx, cy, 1.1, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(cx - 26, cy + R + 1.5)
    pdf.cell(52, 4, a[0], align="C")
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(cx - 26, cy + R + 5.5)
    pdf.set_text_color(*(RED if over else CHAR))
    pdf.cell(52, 4, f"{d1(a[4])} min (mål {a[2]})", align="C")
    pdf.set_text_color(0, 0, 0)
pdf.set_y(top + 2 * 44 + 1)
pdf.set_font("Sans", "", 7.6)
pdf.set_fill_color(*GREEN)
pdf.rect(28, pdf.get_y() + 0.8, 4, 2.6, style="F")
pdf.set_x(33.5)
pdf.cell(0, 4, "Grön sektor = målsatt insatstid. Visaren = median 2026 (röd när målet inte nås).",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Insatstid per insatsområde", new_x="LMARGIN", new_y="NEXT")
WID2 = [30, 38, 16, 18, 18, 22, 20]
AL2 = ["L", "L", "R", "R", "R", "R", "R"]
xs = [28]
for w in WID2:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.hline(28, xs[-1], y, 0.8, CHAR)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(xs[2], y + 0.8)
pdf.cell(xs[5] - xs[2], 4, "Insatstid, minuter (median)", align="C")
pdf.hline(xs[2] + 1, xs[5] - 1, y + 5, 0.3, CHAR)
h = pdf.row(28, y + 5.3, WID2, AL2, ["Insatsområde", "Station", "Mål", "Utfall 2025", "Utfall 2026",
                                    "Andel inom mål 2026, %", "Insatser 2026"], style="B", size=8.2, font="Cond",
            vpad=0.8)
y += 5.3 + h
pdf.hline(28, xs[-1], y, 0.3, CHAR)
for a in B_AREAS:
    over = a[4] > a[2]
    h = pdf.row(28, y, WID2, AL2, b_area_cells(a), size=8.8, font="Cond", vpad=1.4,
                colors=[None, None, None, None, RED if over else None, None, None],
                styles=[None, None, None, None, "B" if over else None, None, None])
    y += h
    pdf.hline(28, xs[-1], y, 0.1, (200, 200, 200))
pdf.hline(28, xs[-1], y, 0.6, CHAR)
pdf.set_y(y + 4)
pdf.h2("Kommentar", size=10)
pdf.p(f"Målet nåddes inte i tre av sex områden. Att insatstiden i Wäggeby blev längre beror på att {B_PASSAGE}. I "
      "Nolkärr och Cinnarp är vägarna långa och en första insatsperson ska därför införas (åtgärd 2.2).", size=9.6)

# ---------------------------------------------------------------- pp. 3–4: Tabell 3
pdf.add_page()
pdf.h1("4 Riskbild", size=12.5)
pdf.p("Kommunens riskanalys 2026 visar att de flesta räddningsinsatserna gäller automatiska brandlarm, "
      "trafikolyckor och bränder i byggnader. Riskerna är inte jämnt fördelade över kommunen:", size=9.6)
pdf.bullets([("I Jarvsta tätort finns flest bostäder, vårdboenden och verksamheter med farlig verksamhet."),
             ("Längs riksvägen genom Wäggeby och Nolkärr sker de flesta trafikolyckorna."),
             ("I Yxnäs och Cinnarp är avstånden långa och många bor i fritidshus som har blivit permanentbostäder.")],
            sym="•", size=9.6)
pdf.p("Analysen pekar också ut tre riskområden som kräver särskild uppmärksamhet under programperioden:", size=9.6)
pdf.numbered([("Bränder i bostäder", ["äldre som bor kvar hemma med hemtjänst", "bostäder i flerbostadshus med "
                                     "brister i brandskyddet"]),
              ("Bränder i skog och mark", ["torrare somrar och fler fritidshus i skogsnära lägen"]),
              ("Olyckor med farliga ämnen", ["transporter på riksvägen och järnvägen"]),
              ("Drunkning och olyckor på is", ["badplatser utan livräddningsutrustning",
                                               "skridskoåkning på sjöarna kring Ivsjöbo"])], size=9.6)
pdf.h1("5 Åtgärder", size=12.5)
pdf.p("Tabell 3 visar de åtgärder som ska genomföras under programperioden för att nå målen, med ansvarig "
      "avdelning eller funktion och datum då åtgärden senast ska vara klar.", size=9.6)
WID3 = [11, 85, 41, 25]
AL3 = ["L", "L", "L", "R"]
TW = sum(WID3)
BOTTOM = 297 - 26


def heading(y):
    pdf.hline(28, 28 + TW, y, 0.8, CHAR)
    h = pdf.row(28, y + 0.4, WID3, AL3, ["Nr", "Åtgärd", "Ansvarig", "Klart senast"], style="B", size=8.4,
                font="Cond")
    pdf.hline(28, 28 + TW, y + 0.4 + h, 0.3, CHAR)
    return y + 0.4 + h


def goal_band(y, nr, goal, cont=False):
    pdf.set_fill_color(*CHAR)
    pdf.rect(28, y + 1, TW, 6.4, style="F")
    pdf.set_fill_color(*RED)
    pdf.rect(28, y + 1, 9, 6.4, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(28, y + 2.2)
    pdf.cell(9, 4, nr, align="C")
    pdf.set_xy(39, y + 2.2)
    pdf.cell(TW - 12, 4, f"Mål {nr}. {goal}" + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    return y + 8


pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 3. Åtgärder 2027–2030", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
pdf.set_auto_page_break(False)
broke = None
for nr, goal in B_GOALS:
    if y + 8 + 12 > BOTTOM:
        raise SystemExit(f"the band of goal {nr} would stand alone at the foot of the page")
    y = goal_band(y, nr, goal)
    for x in [x for x in B_ACTIONS if x[0] == nr]:
        cells = b_action_cells(x)
        h = pdf.row_h(WID3, cells, size=8.8, font="Cond", vpad=1.5)
        if y + h > BOTTOM:
            broke = prev
            pdf.set_xy(28, y + 1.5)
            pdf.set_font("Sans", "I", 7.8)
            pdf.cell(TW, 4, "Tabell 3 fortsätter på nästa sida", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9.2)
            pdf.set_xy(28, 24)
            pdf.cell(0, 5, "Tabell 3 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = heading(pdf.get_y() + 1)
            y = goal_band(y, nr, goal, cont=True)
        pdf.row(28, y, WID3, AL3, cells, size=8.8, font="Cond", vpad=1.5, styles=[None, None, None, "B"])
        y += h
        prev = x[1]
        pdf.hline(28, 28 + TW, y, 0.1, (200, 200, 200))
pdf.hline(28, 28 + TW, y, 0.6, CHAR)
if broke != B_BREAK_AFTER:
    raise SystemExit(f"Tabell 3 broke after {broke}, data.B_BREAK_AFTER is {B_BREAK_AFTER}")
pdf.set_auto_page_break(True, 22)
pdf.set_y(y + 6)
pdf.h1("6 Uppföljning", size=12.5)
pdf.p("Räddningstjänsten följer upp indikatorerna och åtgärderna varje år och redovisar resultatet till "
      "kommunstyrelsen i samband med årsredovisningen. Programmet revideras senast under 2030, eller tidigare om "
      "riskbilden förändras väsentligt.", size=9.6)
pdf.ln(4)
pdf.sign_lines([f"{B_CHIEF[0]}\n{B_CHIEF[1].capitalize()}", f"{B_AUTHOR[0]}\n{B_AUTHOR[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
