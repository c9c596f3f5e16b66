"""(b) Jordvalla kommun – energi- och klimatplan 2025–2028, uppföljning 2026 (kommunstyrelsen).

Layout: Liberation Sans throughout (tables in Liberation Sans Narrow), portrait, 4 pages. A THIN GREEN VERTICAL
MARGIN RULE runs down the left side of every page. P. 1 has no running header: "JORDVALLA KOMMUN" in letter-spaced
capitals at the left and the board and Dnr in grey at the right over a hairline, the title and subtitle, an
introduction, "Läget i korthet" with competing counts and figures in running text (15 actions in four focus
areas, five done vs two a year earlier, five ongoing, three delayed, two not started; energy use 149 vs 154 vs the
target 135 kWh/m²; fossil-free vehicles 58 vs 46 vs 80 %) and "Indikatorer 2026" as BULLET CHARTS: per indicator a
grey scale band, a dark bar for the outcome 2026 with its value at the end, a thin light bar for 2025 inside it and
a BLACK TARGET TICK labelled "Mål 2028". Pp. 2–3: Tabell 1, the actions, under a DARK GREEN HEADING BAND with white
type (Nr / Åtgärd / Ansvarig / Klart senast / Status), the focus areas as PALE GREEN GROUP ROWS, the sub-actions
(three-part numbers) INDENTED AND JOINED TO THEIR PARENT BY TREE CONNECTOR LINES, and the status as a DRAWN CHECK BOX
before the word (ticked green box = Klar, half-filled amber box = Pågår, red box with a white exclamation bar =
Försenad, empty grey box = Ej påbörjad). THE TABLE BREAKS INSIDE FOKUSOMRÅDE 3 after 3.1 ("Tabell 1 fortsätter
på nästa sida"); p. 3 repeats "Tabell 1 (forts.)", the heading band and "Fokusområde 3 … (forts.)"; the legend of
the check boxes follows the table, then Tabell 2, the indicators (Enhet / Basår 2019 / 2025 / 2026 / Mål 2028)
in BOOKTABS STYLE. P. 2 opens with "Planens fokusområden" as a "•" LIST WITH NESTED "–" ITEMS. P. 4: "Kommentarer
till försenade åtgärder" (the passage on the solar panels), "Förslag till nya
åtgärder 2027" as a "1)" LIST WITH NESTED "a)" ITEMS, the decision as att-clauses and the contact. No metadata
title.
"""
import datetime as dt

from common40 import HERE, Doc, nb
from data import (B_AREAS, B_ACTIONS, B_BREAK_AFTER, B_PREV_DONE, B_IND, B_NEW, B_PASSAGE, B_DECIDED, B_CONTACT,
                  B_CHAIR, b_top, b_counts, g, dmy)

OUT = HERE / "jordvalla-energi-och-klimatplan-uppfoljning-2026.pdf"
GREEN = (30, 100, 62)
PALEG = (226, 239, 229)
WORD = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 15: "15"}


class BDoc(Doc):
    def header(self):
        self.vline(14, 12, self.h - 12, 0.8, GREEN)
        if self.page_no() == 1:
            self.set_y(14)
            return
        super().header()


pdf = BDoc("Jordvalla kommun", "Energi- och klimatplan – uppföljning 2026", "{p} (4)", font="liberation",
           serif=False, accent=GREEN, foot="Jordvalla kommun · Kommunstyrelsen · Dnr KS 2027/48",
           created=dt.datetime(2027, 3, 10, 8, 30, tzinfo=dt.timezone.utc), justify=False)
pdf.set_margins(24, 25, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*GREEN)
pdf.set_char_spacing(2)
pdf.set_xy(24, 14)
pdf.cell(90, 6, "JORDVALLA KOMMUN")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(110, 14)
pdf.cell(80, 6, "Kommunstyrelsen · Dnr KS 2027/48", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(24, 190, 21, 0.2, (150, 150, 150))
pdf.set_y(30)
pdf.set_font("Sans", "B", 20)
pdf.multi_cell(0, 9, "Energi- och klimatplan 2025–2028", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12.5)
pdf.set_text_color(*GREEN)
pdf.multi_cell(0, 6.5, "Uppföljning per den 31 december 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
top = b_top()
cnt = b_counts()
n_parent = len({a[0].rsplit(".", 1)[0] for a in B_ACTIONS if a[0].count(".") == 2})
pdf.p(f"Energi- och klimatplanen antogs av kommunfullmäktige i november 2024. Den innehåller {len(top)} "
      f"åtgärder inom fyra fokusområden, och {WORD[n_parent]} av åtgärderna är uppdelade i delåtgärder. "
      f"Uppföljningen redovisar läget vid årets slut och har beretts av kommunledningskontoret tillsammans med "
      f"de ansvariga förvaltningarna och bolagen.", size=10)
pdf.h1("Läget i korthet", size=12.5)
ind = {i[0]: i for i in B_IND}
en = ind["Energianvändning i kommunens lokaler"]
fo = ind["Andel fossilfria fordon i kommunens fordonsflotta"]
pdf.p(f"Vid årets slut var {WORD[cnt['Klar']]} av de {len(top)} åtgärderna klara, jämfört med "
      f"{WORD[B_PREV_DONE]} vid uppföljningen 2025. {WORD[cnt['Pågår']].capitalize()} åtgärder pågår, "
      f"{WORD[cnt['Försenad']]} är försenade och {WORD[cnt['Ej påbörjad']]} har ännu inte påbörjats.", size=10)
pdf.p(f"Energianvändningen i kommunens lokaler minskade till {en[4]} kWh/m², från {en[3]} kWh/m² året innan. "
      f"Målet för 2028 är {en[5]} kWh/m². Andelen fossilfria fordon i kommunens fordonsflotta ökade till {fo[4]} "
      f"procent ({fo[3]} procent 2025), att jämföra med målet {fo[5]} procent.", size=10)
pdf.h1("Indikatorer 2026", size=12.5)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Mörk stapel = utfall 2026, ljus stapel = utfall 2025, svart streck = mål 2028.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 4
CX, CW = 24, 150
for i in B_IND[:4]:
    vmax = max(i[2], i[4], i[5]) * 1.15
    sc = CW / vmax
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(CX, y)
    pdf.cell(CW, 4, f"{i[0]}, {i[1]}")
    yb = y + 5
    for k, shade in enumerate((232, 220, 208)):
        x0 = CX + CW * k / 3
        pdf.set_fill_color(shade, shade, shade)
        pdf.rect(x0, yb, CW / 3, 7, style="F")
    pdf.set_fill_color(150, 178, 160)
    pdf.rect(CX, yb + 1.2, i[3] * sc, 4.6, style="F")
    pdf.set_fill_color(*GREEN)
    pdf.rect(CX, yb + 2.4, i[4] * sc, 2.2, style="F")
    tx = CX + i[5] * sc
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(tx - 0.5, yb - 0.8, 1.0, 8.6, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(CX + CW + 1.5, yb + 1.5)
    pdf.cell(14, 4, g(i[4]))
    pdf.set_font("Sans", "", 7.4)
    pdf.set_xy(tx - 15, yb + 7.6)
    pdf.cell(30, 3.6, f"Mål 2028: {g(i[5])}", align="C")
    y = yb + 16
pdf.set_y(y)

# ---------------------------------------------------------------- pp. 2–3 action table
X0 = 24
WID = [16, 59, 42, 21, 28]
AL = ["L", "L", "L", "L", "L"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
STATUS_COL = {"Klar": (46, 140, 70), "Pågår": (214, 150, 30), "Försenad": (196, 40, 40), "Ej påbörjad": (150, 150, 150)}


def heading(y):
    pdf.set_fill_color(*GREEN)
    pdf.rect(X0, y, TW, 7.2, style="F")
    h = pdf.row(X0, y + 0.4, WID, AL, ["Nr", "Åtgärd", "Ansvarig", "Klart senast", "Status"], style="B", size=8.8,
                font="Cond", color=(255, 255, 255))
    return y + 7.6


def area_row(y, nr, name, cont=False):
    pdf.set_fill_color(*PALEG)
    pdf.rect(X0, y, TW, 6.4, style="F")
    pdf.set_xy(X0 + 1.2, y + 0.9)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*GREEN)
    pdf.cell(TW - 2, 4.6, f"Fokusområde {nr} · {name}" + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    return y + 6.8


def checkbox(x, y, status):
    col = STATUS_COL[status]
    s = 3.2
    pdf.set_line_width(0.3)
    pdf.set_draw_color(*col)
    if status == "Klar":
        pdf.rect(x, y, s, s)
        pdf.set_line_width(0.55)
        pdf.line(x + 0.6, y + 1.7, x + 1.35, y + 2.6)
        pdf.line(x + 1.35, y + 2.6, x + 2.8, y + 0.5)
    elif status == "Pågår":
        pdf.set_fill_color(*col)
        pdf.rect(x, y, s / 2, s, style="F")
        pdf.rect(x, y, s, s)
    elif status == "Försenad":
        pdf.set_fill_color(*col)
        pdf.rect(x, y, s, s, style="FD")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x + 1.35, y + 0.5, 0.5, 1.4, style="F")
        pdf.rect(x + 1.35, y + 2.25, 0.5, 0.5, style="F")
    else:
        pdf.rect(x, y, s, s)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def action_row(y, a):
    sub = a[0].count(".") == 2
    cells = [a[0], a[1], a[2], a[3].isoformat(), a[4]]
    widths = list(WID)
    x0 = X0
    size = 8.4 if sub else 8.8
    if sub:
        widths = [WID[0] - 4] + WID[1:]
        x0 = X0 + 4
    w6 = widths[:4] + [5, widths[4] - 5]
    c6 = cells[:4] + ["", cells[4]]
    h = pdf.row_h(w6, c6, size=size, font="Cond")
    checkbox(xs[4] + 1.2, y + 1.5, a[4])
    pdf.row(x0, y, w6, AL + ["L"], c6, size=size, font="Cond",
            colors=[(90, 90, 90) if sub else None, None, None, None, None, None])
    return h


def fits_next(y, actions, k):
    """whether the row after actions[k] (with a focus-area row before it if it opens an area) fits on the page"""
    if k + 1 >= len(actions):
        return True
    a = actions[k + 1]
    sub = a[0].count(".") == 2
    widths = ([WID[0] - 4] + WID[1:]) if sub else list(WID)
    h = pdf.row_h(widths[:4] + [5, widths[4] - 5], [a[0], a[1], a[2], a[3].isoformat(), "", a[4]],
                  size=8.4 if sub else 8.8, font="Cond")
    if a[0].endswith(".1") and a[0].count(".") == 1:
        h += 6.8
    return y + h <= 262


def draw_actions(y, actions, stop_after=None):
    """returns (y, index after the last drawn action)"""
    last_parent_y = None
    for k, a in enumerate(actions):
        sub = a[0].count(".") == 2
        if not sub and a[0].endswith(".1") and a[0].count(".") == 1:
            nr = a[0].split(".")[0]
            y = area_row(y, nr, dict(B_AREAS)[nr])
        h = action_row(y, a)
        if sub:
            # tree connector from the parent's number down to this sub-action
            pdf.vline(X0 + 2.2, last_parent_y, y + 3.2, 0.3, (120, 120, 120))
            pdf.hline(X0 + 2.2, X0 + 4.6, y + 3.2, 0.3, (120, 120, 120))
        else:
            last_parent_y = y + 5.2
        y += h
        nxt = actions[k + 1] if k + 1 < len(actions) else None
        if nxt is None or nxt[0].count(".") == 1:
            pdf.hline(X0, X0 + TW, y, 0.1, (180, 180, 180))
        if stop_after and a[0] == stop_after:
            assert not fits_next(y, actions, k), "the table could hold another row: move B_BREAK_AFTER"
            return y, k + 1
        if stop_after and not fits_next(y, actions, k):
            raise SystemExit(f"the table must break after {a[0]}, not {stop_after}: update data.B_BREAK_AFTER")
    return y, len(actions)


pdf.add_page()
pdf.h1("Åtgärder och status")
pdf.p("Tabell 1 redovisar planens åtgärder med ansvarig förvaltning eller bolag, datum då åtgärden ska vara "
      "genomförd och status vid årets slut. Delåtgärder redovisas under den åtgärd de hör till.", size=9.6)
pdf.h2("Planens fokusområden")
for t, subs in [("Energieffektiva lokaler – kommunens egna skolor, förskolor, idrottshallar och kontor",
                 ["energikartläggning, belysning och styrning av ventilation"]),
                ("Fossilfria transporter – kommunens fordon och tjänsteresor",
                 ["elbilar, laddplatser och krav i upphandlade transporter"]),
                ("Förnybar energi – produktion av el och värme i kommunen",
                 ["solceller, fjärrvärme och planering för vindkraft", "rådgivning till företag"]),
                ("Konsumtion och upphandling – måltider, inköp och återbruk", [])]:
    pdf.set_font("Sans", "", 9.6)
    pdf.set_x(26)
    pdf.cell(5, 4.9, "•")
    pdf.multi_cell(0, 4.9, t, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(31)
        pdf.cell(5, 4.9, "–")
        pdf.multi_cell(0, 4.9, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(3)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Åtgärder i energi- och klimatplanen, status 31 december 2026", new_x="LMARGIN",
         new_y="NEXT")
y = heading(pdf.get_y() + 1)
y, k = draw_actions(y, B_ACTIONS, stop_after=B_BREAK_AFTER)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "I", 8)
pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
pdf.add_page()
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
nr = B_ACTIONS[k][0].split(".")[0]
y = area_row(y, nr, dict(B_AREAS)[nr], cont=True)
y, _ = draw_actions(y, B_ACTIONS[k:])
pdf.hline(X0, X0 + TW, y, 0.6, GREEN)
y += 4
pdf.set_font("Sans", "", 8)
x = X0
for st in ("Klar", "Pågår", "Försenad", "Ej påbörjad"):
    checkbox(x, y + 0.4, st)
    pdf.set_xy(x + 4.5, y)
    pdf.cell(30, 4, st)
    x += 36
pdf.set_y(y + 9)
pdf.p("Status bedöms av den ansvariga förvaltningen eller bolaget. En åtgärd är försenad när den inte kan "
      "genomföras till det datum som anges i planen.", size=9.2)

# ---------------------------------------------------------------- p. 3 (end): indicators
pdf.ln(4)
pdf.h1("Indikatorer")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Planens indikatorer", new_x="LMARGIN", new_y="NEXT")
WID2 = [66, 24, 20, 18, 18, 20]
AL2 = ["L", "L", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(X0, X0 + sum(WID2), y, 0.9, (0, 0, 0))
h = pdf.row(X0, y + 0.6, WID2, AL2, ["Indikator", "Enhet", "Basår 2019", "2025", "2026", "Mål 2028"], style="B",
            size=8.8, font="Cond")
y += h + 0.6
pdf.hline(X0, X0 + sum(WID2), y, 0.35, (0, 0, 0))
for i in B_IND:
    h = pdf.row(X0, y + 0.4, WID2, AL2, [i[0], i[1], g(i[2]), g(i[3]), g(i[4]), g(i[5])], size=8.8, font="Cond")
    y += h + 0.4
pdf.hline(X0, X0 + sum(WID2), y + 0.5, 0.9, (0, 0, 0))
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(sum(WID2), 3.6, "Energianvändningen är normalårskorrigerad. Matsvinnet mäts som tallrikssvinn och "
               "kökssvinn i gram per serverad portion.", align="L", new_x="LMARGIN", new_y="NEXT")
# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Kommentarer till försenade åtgärder")
pdf.p(f"Solcellerna på de fyra förskolorna (åtgärd 1.3.2) är försenade eftersom {B_PASSAGE}. Anläggningen på "
      f"Jordvallahallen blev däremot klar i september.", size=9.8)
pdf.p("Laddplatserna vid hemtjänstens baser (2.2.2) väntar på att elnätsägaren förstärker anslutningarna. "
      "Klimatkraven i livsmedelsupphandlingen (4.2) kunde inte införas eftersom det gällande avtalet förlängdes "
      "ett år.", size=9.8)
pdf.h1("Förslag till nya åtgärder 2027")
pdf.paren_list(B_NEW, size=9.8)
pdf.att_list(f"Kommunstyrelsen beslutade den {dmy(B_DECIDED)}", [
    "godkänna uppföljningen av energi- och klimatplanen för 2026,",
    "ge fastighetsavdelningen i uppdrag att redovisa en ny tidplan för solcellerna på förskolorna, samt",
    "överlämna uppföljningen till kommunfullmäktige för kännedom.",
], size=9.6)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.6, f"Kontaktperson: {B_CONTACT[0]}, {B_CONTACT[1]}. Kommunstyrelsens ordförande: {B_CHAIR}.",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
