"""(c) Näsvalla kommun – överförmyndarnämnden: verksamhetsberättelse 2026.

Layout: DejaVu Serif text and headings, DejaVu Serif Condensed tables, portrait, 3 pages, bottle green and
burgundy. P. 1 has no running header: a DRAWN SEAL (a burgundy rosette with a serrated edge, a white ring and an
inner disc holding a small section sign, and two ribbon tails below) beside "NÄSVALLA KOMMUN / Överförmyndarnämnden"
in serif small capitals, a double green rule, the title, a key–value block, "1 Året i korthet" with COMPETING FIGURES
in running text (705 vs 681 cases; 318 vs 305 guardians vs the target 340, 52 new; 91,2 vs 84,6 % of the annual
accounts reviewed by 30 June vs the target 90,0 %), and "2 Ärenden" with Tabell 1, cases per type on 31 December
(2024 / 2025 / 2026 / Förändring 2025–2026) between DOUBLE RULES with no vertical lines, the change column in
italics, a FOOTNOTE MARK on "Övriga ärenden¹" with its note under the table and a bold "Summa" row; comments. Pp. 2–3
have a running header (the municipality in small capitals at the left, "Överförmyndarnämndens verksamhetsberättelse
2026" and the page number at the right) over a thin green double rule. P. 2: "3 Handläggningstider och mål" with a
DRAWN STOPWATCH beside the caption and Tabell 2 (Mått / Mål / Utfall 2025 / Utfall 2026 / Bedömning), the assessment
"Uppnått" in green and "Ej uppnått" in burgundy, comments with the passage on the unaccompanied children. P. 3: "4
Utvecklingsåtgärder" as a NUMBERED LIST (the number in a green disc, a bold title, a grey description) with a ROTATED
OUTLINED STATUS STAMP at the right of every item (KLAR, PÅGÅR, EJ PÅBÖRJAD, UPPSKJUTEN in spaced capitals), "5
Ekonomi" with competing figures (net cost 6,8 vs the budget 7,0 vs 6,5 mnkr; fees 3,9 vs 3,6 mnkr), place and date
and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common47 import HERE, Doc, DJ
from data import (C_CASES, C_NOTE1, C_TARGETS, C_MEASURES, C_DNR, C_DATE, C_CHAIR, C_HEAD, C_PASSAGE, c_cells,
                  c_sum_cells, c_target_cells, c_met, c_sentences)

OUT = HERE / "nasvalla-ofn-verksamhetsberattelse-2026.pdf"
GREEN = (28, 82, 58)
BURG = (128, 28, 48)
GREY = (100, 100, 100)
STAMP = {"Klar": (46, 125, 70), "Pågår": (200, 130, 20), "Ej påbörjad": (120, 120, 120), "Uppskjuten": BURG}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Serif", "B", 8.4)
        self.set_text_color(*GREEN)
        self.set_char_spacing(1.0)
        self.set_xy(22, 10.5)
        self.cell(70, 4, "NÄSVALLA KOMMUN")
        self.set_char_spacing(0)
        self.set_font("Serif", "I", 8)
        self.set_text_color(*GREY)
        self.set_xy(90, 10.5)
        self.cell(98, 4, f"Överförmyndarnämndens verksamhetsberättelse 2026 · {self.page_no()} (3)", align="R")
        self.hline(22, 188, 16, 0.25, GREEN)
        self.hline(22, 188, 16.8, 0.25, GREEN)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = CDoc("Näsvalla kommun", font="dejavu", serif=True, accent=GREEN, foot="", justify=True,
           created=dt.datetime(2027, 2, 23, 15, 5, tzinfo=dt.timezone.utc))
pdf.add_font("SCond", "", DJ + "DejaVuSerifCondensed.ttf")
pdf.add_font("SCond", "B", DJ + "DejaVuSerifCondensed-Bold.ttf")
pdf.add_font("SCond", "I", DJ + "DejaVuSerifCondensed-Italic.ttf")
pdf.add_font("SCond", "BI", DJ + "DejaVuSerifCondensed-BoldItalic.ttf")
pdf.set_auto_page_break(True, 18)


def heading(t, size=12.5):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("Serif", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 6.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def caption(t, w=0):
    pdf.set_font("Serif", "B", 9)
    pdf.multi_cell(w, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")


def double_rule(y, x0=22, x1=188, col=GREEN):
    pdf.hline(x0, x1, y, 0.3, col)
    pdf.hline(x0, x1, y + 0.8, 0.3, col)


# ---------------------------------------------------------------- p. 1: the seal
pdf.add_page()
sx, sy, R = 31, 20, 8.2
pdf.set_fill_color(*BURG)
pdf.polygon([(sx - 4.5, sy + 4), (sx - 2, sy + 4), (sx - 2.5, sy + 14), (sx - 4.0, sy + 12.4), (sx - 5.8, sy + 13.6)],
            style="F")
pdf.polygon([(sx + 2, sy + 4), (sx + 4.5, sy + 4), (sx + 5.8, sy + 13.6), (sx + 4.0, sy + 12.4), (sx + 2.5, sy + 14)],
            style="F")
pts = []
for k in range(48):
    a = math.radians(k * 7.5)
    r = R if k % 2 == 0 else R - 1.1
    pts.append((sx + r * math.sin(a), sy - r * math.cos(a)))
pdf.polygon(pts, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.circle(sx, sy, R - 2.0, style="F")
pdf.set_fill_color(*BURG)
pdf.circle(sx, sy, R - 2.9, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Serif", "B", 12)
pdf.set_xy(sx - 4, sy - 3)
pdf.cell(8, 6, "§", align="C")
pdf.set_xy(44, 13.5)
pdf.set_font("Serif", "B", 14)
pdf.set_text_color(*GREEN)
pdf.set_char_spacing(1.2)
pdf.cell(100, 6.5, "NÄSVALLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_char_spacing(0.4)
pdf.set_font("Serif", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Överförmyndarnämnden")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
double_rule(33)
pdf.set_y(38)
pdf.set_font("Serif", "B", 20)
pdf.set_text_color(*GREEN)
pdf.cell(0, 9, "Verksamhetsberättelse 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 10.5)
pdf.set_text_color(*GREY)
pdf.cell(0, 5.5, "Tillsyn över gode män, förvaltare och förmyndare", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.kv([("Diarienummer", C_DNR), ("Datum", C_DATE.isoformat()), ("Handläggare", f"{C_HEAD[0]}, {C_HEAD[1]}"),
        ("Till", "Överförmyndarnämnden")], lw=32, size=8.8, lh=4.5)
heading("1 Året i korthet")
s = c_sentences()
pdf.p(f"Överförmyndarnämnden utövar tillsyn över ställföreträdare enligt föräldrabalken. {s[0]} {s[1]}", size=9.6,
      lh=4.9)
pdf.p(f"{s[2]} Den förbättringen beror främst på den nya e-tjänsten för årsräkningar.", size=9.6, lh=4.9)
heading("2 Ärenden")
caption("Tabell 1. Ärenden per typ den 31 december 2024–2026")
WID = [76, 20, 20, 20, 30]
AL = ["L", "R", "R", "R", "R"]
X = 22
y = pdf.get_y() + 1.5
double_rule(y)
y += 1.2
y += pdf.row(X, y, WID, AL, ["Ärendetyp", "2024", "2025", "2026", "Förändring 2025–2026"], size=8.8, font="SCond",
             style="B", vpad=1.2)
pdf.hline(X, X + sum(WID), y, 0.3, GREEN)
for c in C_CASES:
    h = pdf.row(X, y, WID, AL, c_cells(c), size=9.2, font="SCond", vpad=1.05,
                styles=[None, None, None, None, "I"])
    y += h
pdf.hline(X, X + sum(WID), y, 0.3, GREEN)
y += pdf.row(X, y, WID, AL, c_sum_cells(), size=9.2, font="SCond", style="B", vpad=1.2,
             styles=[None, None, None, None, "BI"])
double_rule(y)
pdf.set_xy(X, y + 2)
pdf.set_font("Serif", "I", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.8, C_NOTE1, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2.5)
pdf.p("Ökningen gäller främst godmanskap och förmynderskap för barn med tillgångar. Antalet ärenden om "
      "ensamkommande barn har fortsatt att minska.", size=9.6, lh=4.9)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
heading("3 Handläggningstider och mål")
pdf.p("Nämnden följer upp sex mått på handläggningen. Målen är fastställda i nämndens verksamhetsplan för 2026 och "
      "gäller även för 2027.", size=9.6, lh=4.9)
# the stopwatch beside the caption
yc = pdf.get_y() + 3.2
wx = 24.5
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.45)
pdf.circle(wx, yc + 0.4, 2.4, style="D")
pdf.set_fill_color(*GREEN)
pdf.rect(wx - 0.6, yc - 3.0, 1.2, 0.9, style="F")
pdf.line(wx, yc + 0.4, wx + 1.2, yc - 0.8)
pdf.line(wx + 1.8, yc - 2.0, wx + 2.4, yc - 2.6)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_x(29)
caption("Tabell 2. Handläggningstider och andra mått jämfört med målen", w=159)
W2 = [72, 26, 20, 20, 28]
A2 = ["L", "R", "R", "R", "L"]
y = pdf.get_y() + 1.5
double_rule(y)
y += 1.2
y += pdf.row(X, y, W2, A2, ["Mått", "Mål", "Utfall 2025", "Utfall 2026", "Bedömning"], size=8.8, font="SCond",
             style="B", vpad=1.2)
pdf.hline(X, X + sum(W2), y, 0.3, GREEN)
for t in C_TARGETS:
    cells = c_target_cells(t)
    h = pdf.row(X, y, W2, A2, cells, size=9.2, font="SCond", vpad=1.1,
                styles=[None, None, None, "B", "B"], colors=[None, None, None, None, GREEN if c_met(t) else BURG])
    y += h
    pdf.hline(X, X + sum(W2), y, 0.1, (200, 200, 200))
double_rule(y)
pdf.set_y(y + 4)
pdf.p("Tre av sex mål nåddes 2026, mot två året innan. Handläggningstiden för nya godmanskap blev kortare men ligger "
      "fortfarande över målet, eftersom flera ärenden väntade på läkarintyg eller på att en lämplig god man skulle "
      "hittas.", size=9.6, lh=4.9)
pdf.p(f"Tiden till förordnande för ensamkommande barn blev längre än målet, eftersom {C_PASSAGE}. Nämnden har "
      "därför kommit överens med två grannkommuner om att låna ställföreträdare vid behov.", size=9.6, lh=4.9)
pdf.p("Andelen årsräkningar som lämnades in i tid ökade, men drygt var sjätte ställföreträdare lämnade fortfarande in "
      "för sent och fick en påminnelse.", size=9.6, lh=4.9)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
heading("4 Utvecklingsåtgärder")
pdf.p("I verksamhetsplanen för 2026 beslutade nämnden om åtta utvecklingsåtgärder. Läget vid årets slut framgår av "
      "listan nedan.", size=9.6, lh=4.9)
for n, (title, desc, status) in enumerate(C_MEASURES, 1):
    y0 = pdf.get_y() + 0.8
    pdf.set_fill_color(*GREEN)
    pdf.circle(25.2, y0 + 2.4, 2.3, style="F")
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22.9, y0 + 0.8)
    pdf.cell(4.6, 3.2, str(n), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(31, y0)
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(118, 4.8, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(31)
    pdf.set_font("Serif", "", 8.8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(118, 4.4, desc[0].upper() + desc[1:] + ".", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y1 = pdf.get_y()
    # the status stamp
    col = STAMP[status]
    word = status.upper()
    mid = (y0 + y1) / 2
    with pdf.rotation(4, 170, mid):
        pdf.set_draw_color(*col)
        pdf.set_line_width(0.55)
        pdf.rect(153, mid - 3.4, 34, 6.8, style="D", round_corners=True, corner_radius=1.0)
        pdf.set_line_width(0.2)
        pdf.rect(154, mid - 2.6, 32, 5.2, style="D", round_corners=True, corner_radius=0.8)
        pdf.set_font("Sans", "B", 7.6)
        pdf.set_char_spacing(1.1)
        pdf.set_text_color(*col)
        pdf.set_xy(153, mid - 2)
        pdf.cell(34, 4, word, align="C")
        pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(max(y1, mid + 4) + 2.2)
    pdf.hline(31, 188, pdf.get_y() - 1.2, 0.1, (210, 210, 210))
heading("5 Ekonomi")
pdf.p(f"{s[3]} Arvodena ökade eftersom fler huvudmän saknar egna medel att betala sin ställföreträdare med.",
      size=9.6, lh=4.9)
pdf.ln(5)
pdf.set_font("Serif", "", 9.4)
pdf.cell(0, 5, f"Näsvalla den {C_DATE.day} februari {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.sign_lines([f"{C_CHAIR[0]}\n{C_CHAIR[1].capitalize()}", f"{C_HEAD[0]}\n{C_HEAD[1][0].upper() + C_HEAD[1][1:]}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
