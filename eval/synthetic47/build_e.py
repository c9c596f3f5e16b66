"""(e) Rimbäcka kommun – kommunstyrelsen: ägarstyrning och borgensåtaganden 2026 (uppföljning och förslag till
borgensramar och ägardirektiv 2027).

Layout: DejaVu Sans text, Liberation Serif headings, DejaVu Sans Condensed tables, portrait, 4 pages, dark petrol
blue and copper. P. 1 has no running header: a DRAWN SHIELD (a petrol heraldic shield with a copper wavy bar – the
brook – and three white hill tops) beside "RIMBÄCKA KOMMUN / Kommunstyrelsen", a copper rule, the title in serif and a
subtitle, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (2 656,6 vs 2 417,2 mnkr used vs
the limits 2 958,5; 89,8 vs 81,7 % used; fees 9,4 vs 8,7 mnkr; proposed limits 3 188,5, +230,0) and Figur 1, an
ORGANISATION CHART OF THE GROUP (koncernen): the municipality at the top, the holding company below, a horizontal bus
to five subsidiary boxes, the ownership share printed on every connector, and the partly owned waste company in a
DASHED BOX on a dashed connector with "34 %". Pp. 2–4 have a running header (a copper bar at the left edge of the
header line, "Rimbäcka kommun · Ägarstyrning och borgensåtaganden 2026", "n/4"). P. 2: Tabell 1, guarantees per
company and association (Beslutad ram 2026 / Utnyttjat 31 dec 2025 / Utnyttjat 31 dec 2026 / Utnyttjandegrad, % /
Föreslagen ram 2027, mnkr) with a CAPACITY-BAR COLUMN between the share and the proposal (an outlined track that
stands for the limit, filled up to the share used, copper at 90 % or more), FOOTNOTE MARKS ¹ ² with their notes, a
bold sum row over a double rule; comments (the passage on the energy company). P. 3: Tabell 2, key ratios as a
TRANSPOSED TABLE – the five wholly owned companies as COLUMNS and the ratios as rows, the soliditet below the owner's
target in copper bold – and comments. P. 4: "4 Ägardirektiv och förslag till beslut" with the proposal as
"att"-CLAUSES GROUPED UNDER COMPANY SUBHEADINGS, and two signature lines. No metadata title.
"""
import datetime as dt
import math

from common47 import HERE, Doc, LB
from data import (E_GUAR, E_NOTE1, E_NOTE2, E_KEYS, E_RATIOS, E_DNR, E_DATE, E_CEO, E_CFO, E_PASSAGE, E_DIRECTIVES,
                  e_cells, e_sum_cells, e_used_share, e_ratio_cells, e_ratio, e_sentences, d1)

OUT = HERE / "rimbacka-ks-agarstyrning-borgensataganden-2026.pdf"
PETROL = (22, 58, 84)
COPPER = (184, 102, 48)
PALE = (232, 238, 242)
GREY = (100, 100, 100)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*COPPER)
        self.rect(22, 10.2, 1.6, 5, style="F")
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PETROL)
        self.set_xy(25.5, 10.8)
        self.cell(120, 4, "Rimbäcka kommun · Ägarstyrning och borgensåtaganden 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(150, 10.8)
        self.cell(38, 4, f"{self.page_no()}/4", align="R")
        self.hline(22, 188, 16.5, 0.3, (190, 190, 190))
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = EDoc("Rimbäcka kommun", font="dejavu", serif=False, accent=PETROL, foot="", justify=False,
           created=dt.datetime(2027, 3, 23, 11, 0, tzinfo=dt.timezone.utc))
pdf.add_font("LSerif", "B", LB + "LiberationSerif-Bold.ttf")
pdf.add_font("LSerif", "", LB + "LiberationSerif-Regular.ttf")
pdf.set_auto_page_break(True, 18)


def heading(t, size=13.5):
    pdf.need(25)
    pdf.ln(2.5)
    pdf.set_font("LSerif", "B", size)
    pdf.set_text_color(*PETROL)
    pdf.multi_cell(0, 6.4, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def caption(t):
    pdf.set_font("Sans", "B", 8.8)
    pdf.multi_cell(0, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- p. 1: the shield
pdf.add_page()
x0, y0, w, h = 22, 11, 13, 16
pdf.set_fill_color(*PETROL)
shield = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h * 0.55)]
for k in range(11):
    t = k / 10
    shield.append((x0 + w - t * w / 2, y0 + h * 0.55 + math.sin(t * math.pi / 2) * h * 0.45))
for k in range(11):
    t = k / 10
    shield.append((x0 + w / 2 - t * w / 2, y0 + h - (1 - math.cos(t * math.pi / 2)) * h * 0.45))
shield.append((x0, y0))
pdf.polygon(shield, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.polygon([(x0 + 1.5, y0 + 7), (x0 + 3.8, y0 + 3.2), (x0 + 6.5, y0 + 7), (x0 + 9.2, y0 + 3.0), (x0 + 11.5, y0 + 7)],
            style="F")
pdf.set_draw_color(*COPPER)
pdf.set_line_width(1.0)
wave = [(x0 + 1 + k * 0.55, y0 + 10 + 0.8 * math.sin(k * 0.9)) for k in range(21)]
pdf.polyline(wave)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(39, 13.4)
pdf.set_font("LSerif", "B", 15)
pdf.set_text_color(*PETROL)
pdf.cell(100, 6.5, "RIMBÄCKA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, "Kommunstyrelsen")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 1.0, COPPER)
pdf.set_y(35)
pdf.set_font("LSerif", "B", 21)
pdf.set_text_color(*PETROL)
pdf.cell(0, 9, "Ägarstyrning och borgensåtaganden 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 5.5, "Uppföljning av de kommunala bolagen och förslag till borgensramar och ägardirektiv 2027",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Handläggare", f"{E_CFO[0]}, {E_CFO[1]}"),
        ("Till", "Kommunstyrelsen")], lw=32, size=8.8, lh=4.5)
heading("1 Sammanfattning")
s = e_sentences()
pdf.p("Kommunfullmäktige beslutar varje år om borgensramar för de kommunala bolagen och för de föreningar som "
      f"kommunen har gått i borgen för. {s[0]} {s[1]}", size=9.4, lh=4.7)
pdf.p(f"{s[2]} {s[3]} Höjningarna gäller Rimbäckahem AB, Rimbäcka Energi AB och Rimbäcka Näringslivslokaler AB.",
      size=9.4, lh=4.7)
caption("Figur 1. Kommunkoncernen och ägarandelar den 31 december 2026")
top = pdf.get_y() + 4


def box(x, y, w, h, text, bold=False, dashed=False, fill=None, size=7.6):
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=1.2)
    pdf.set_draw_color(*PETROL)
    pdf.set_line_width(0.4)
    if dashed:
        pdf.set_dash_pattern(dash=1.0, gap=0.7)
    pdf.rect(x, y, w, h, style="D", round_corners=True, corner_radius=1.2)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    lines = text.split("\n")
    pdf.set_font("Sans", "B" if bold else "", size)
    pdf.set_text_color(*((255, 255, 255) if fill == PETROL else (20, 20, 20)))
    yy = y + h / 2 - len(lines) * 3.3 / 2
    for ln in lines:
        pdf.set_xy(x, yy)
        pdf.cell(w, 3.3, ln, align="C")
        yy += 3.3
    pdf.set_text_color(0, 0, 0)


def share_label(x, y, t, dashed=False):
    pdf.set_font("Cond", "B", 7.2)
    pdf.set_text_color(*COPPER)
    pdf.set_xy(x, y)
    pdf.cell(12, 3.2, t)
    pdf.set_text_color(0, 0, 0)


def conn(x0_, y0_, x1_, y1_, dashed=False):
    pdf.set_draw_color(*PETROL)
    pdf.set_line_width(0.4)
    if dashed:
        pdf.set_dash_pattern(dash=1.0, gap=0.7)
    pdf.line(x0_, y0_, x1_, y1_)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


box(80, top, 50, 10, "Rimbäcka kommun", bold=True, fill=PETROL, size=9)
box(80, top + 22, 50, 10, "Rimbäcka Stadshus AB\nmoderbolag", bold=True, fill=PALE, size=8)
conn(105, top + 10, 105, top + 22)
share_label(106.5, top + 14.2, "100 %")
box(148, top + 22, 40, 10, "Nordkustens Renhållning AB\ndelägt med två kommuner", dashed=True, size=6.8)
conn(130, top + 5, 168, top + 5, dashed=True)
conn(168, top + 5, 168, top + 22, dashed=True)
share_label(169.5, top + 12, "34 %")
subs = ["Rimbäckahem AB\nbostäder", "Rimbäcka Energi AB\nfjärrvärme och el", "Rimbäcka Vatten AB\nvatten och avlopp",
        "Rimbäcka Hamn AB\nhamn och terminal", "Rimbäcka\nNäringslivslokaler AB\nlokaler för företag"]
bw, gap = 31, 2.75
ys = top + 48
conn(105, top + 32, 105, top + 40)
xs_ = [22 + i * (bw + gap) for i in range(5)]
conn(xs_[0] + bw / 2, top + 40, xs_[-1] + bw / 2, top + 40)
for x_, t_ in zip(xs_, subs):
    conn(x_ + bw / 2, top + 40, x_ + bw / 2, ys)
    share_label(x_ + bw / 2 + 1.2, top + 42.4, "100 %")
    box(x_, ys, bw, 13, t_, size=6.9)
pdf.set_xy(22, ys + 17)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.6, "Dotterbolagen ägs via Rimbäcka Stadshus AB. Kommunen har dessutom gått i borgen för "
               "Rimbäcka IF, som inte ingår i koncernen.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
heading("2 Borgensåtaganden")
pdf.p("Kommunens borgen gör att bolagen kan låna till lägre ränta. För borgen tar kommunen ut en avgift som ska "
      "motsvara fördelen av den lägre räntan. Tabellen visar ramarna, hur mycket som var utnyttjat vid årsskiftet och "
      "förslagen till nya ramar.", size=9.4, lh=4.7)
caption("Tabell 1. Borgensramar och utnyttjad borgen, miljoner kronor")
WID = [48, 19, 19, 19, 20, 20, 21]
AL = ["L", "R", "R", "R", "R", "L", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.set_fill_color(*PETROL)
pdf.rect(X, y, XS[-1] - X, 13, style="F")
pdf.row(X, y, WID, AL, ["Bolag eller förening", "Beslutad ram 2026", "Utnyttjat 31 dec 2025", "Utnyttjat 31 dec 2026",
                        "Utnyttjad andel, %", "", "Föreslagen ram 2027"],
        size=7.8, font="Cond", style="B", color=(255, 255, 255), h=13)
y += 13
for k, r in enumerate(E_GUAR):
    cells = e_cells(r)
    shown = cells[:5] + [""] + cells[5:]
    hh = pdf.row_h(WID, shown, size=9, font="Cond", vpad=1.2)
    if k % 2 == 1:
        pdf.set_fill_color(*PALE)
        pdf.rect(X, y, XS[-1] - X, hh, style="F")
    pdf.row(X, y, WID, AL, shown, size=9, font="Cond", vpad=1.2, h=hh,
            styles=[None, None, None, "B", None, None, None])
    # the capacity bar: the track is the limit, the fill the part used
    sh = e_used_share(r)
    tx, tw, ty = XS[5] + 1.5, WID[5] - 3, y + hh / 2 - 1.4
    pdf.set_fill_color(*(COPPER if sh >= 90 else PETROL))
    pdf.rect(tx, ty, tw * sh / 100, 2.8, style="F")
    pdf.set_draw_color(*PETROL)
    pdf.set_line_width(0.25)
    pdf.rect(tx, ty, tw, 2.8, style="D")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    y += hh
pdf.hline(X, XS[-1], y + 0.3, 0.3, PETROL)
pdf.hline(X, XS[-1], y + 1.0, 0.3, PETROL)
sc = e_sum_cells()
y += 1.0
y += pdf.row(X, y, WID, AL, sc[:5] + [""] + sc[5:], size=9, font="Cond", style="B", vpad=1.3)
pdf.hline(X, XS[-1], y, 0.8, PETROL)
pdf.set_xy(X, y + 1.8)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.6, f"{E_NOTE1}\n{E_NOTE2}\nStapeln visar hur stor del av ramen som var utnyttjad den 31 december "
               "2026; kopparfärg = 90 procent eller mer.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
heading("Kommentarer", size=11)
pdf.p("Fyra av de fem helägda bolagen har utnyttjat mer än 90 procent av sin ram. Mest utnyttjad är ramen för "
      "Rimbäcka Näringslivslokaler AB, där nya lån togs upp för lagerhallen i hamnområdet.", size=9.4, lh=4.7)
pdf.p(f"Borgensramen för Rimbäcka Energi AB föreslås höjas med 100,0 miljoner kronor eftersom {E_PASSAGE}. Bolaget "
      "bedömer att investeringen ger lägre produktionskostnader från 2029.", size=9.4, lh=4.7)
pdf.p("Rimbäcka Hamn AB har amorterat på sina lån, och ramen föreslås vara oförändrad.", size=9.4, lh=4.7)
if pdf.page_no() != 2:
    raise SystemExit("p. 2 overflows")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
heading("3 Bolagens ekonomi och nyckeltal")
pdf.p("Nyckeltalen hämtas från bolagens årsredovisningar för 2026. Ägarens mål för soliditet anges i de ägardirektiv "
      "som kommunfullmäktige har beslutat.", size=9.4, lh=4.7)
caption("Tabell 2. Nyckeltal per helägt bolag 2026")
W2 = [51, 23, 23, 23, 23, 23]
A2 = ["L"] + ["R"] * 5
y = pdf.get_y() + 1.5
pdf.hline(22, 188, y, 0.9, PETROL)
heads = ["Nyckeltal", "Rimbäcka-\nhem AB", "Rimbäcka Energi AB", "Rimbäcka Vatten AB", "Rimbäcka Hamn AB",
         "Rimbäcka Närings-\nlivslokaler AB"]
hh = pdf.row_h(W2, heads, size=7.8, font="Cond", style="B", vpad=1.2)
pdf.set_fill_color(*PALE)
pdf.rect(22 + W2[0], y, sum(W2[1:]), hh, style="F")
y += pdf.row(22, y, W2, A2, heads, size=7.8, font="Cond", style="B", vpad=1.2, color=PETROL, h=hh)
pdf.hline(22, 188, y, 0.4, PETROL)
for row in E_RATIOS:
    cells = e_ratio_cells(row)
    colors, styles = [None] * 6, [None] * 6
    if row[0].startswith("Soliditet 2026"):
        styles = ["B"] * 6
        for i, comp in enumerate(E_KEYS, 1):
            if e_ratio("Soliditet 2026, %", comp) < e_ratio("Ägarens mål för soliditet, %", comp):
                colors[i] = COPPER
    hh = pdf.row_h(W2, cells, size=9, font="Cond", vpad=1.2)
    pdf.set_fill_color(*PALE)
    pdf.rect(22 + W2[0], y, sum(W2[1:]), hh, style="F")
    y += pdf.row(22, y, W2, A2, cells, size=9, font="Cond", vpad=1.2, h=hh, colors=colors, styles=styles)
    pdf.hline(22, 188, y, 0.1, (200, 200, 200))
pdf.hline(22, 188, y, 0.9, PETROL)
pdf.set_xy(22, y + 1.8)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(166, 3.6, "Soliditet = eget kapital och 79,4 procent av obeskattade reserver i procent av balansomslutningen. "
               "Kopparfärgad soliditet = under ägarens mål.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p("Två av de fem helägda bolagen når ägarens mål för soliditet. Rimbäckahem AB ligger strax under målet efter "
      "flera år av nyproduktion. Rimbäcka Vatten AB ska enligt lag inte gå med överskott och bygger därför upp sitt "
      "egna kapital långsamt.", size=9.4, lh=4.7)
pdf.p("Rimbäcka Näringslivslokaler AB redovisar ett negativt resultat efter finansiella poster, främst på grund av "
      "högre räntekostnader och en nedskrivning av en tomställd industrifastighet.", size=9.4, lh=4.7)
if pdf.page_no() != 3:
    raise SystemExit("p. 3 overflows")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
heading("4 Ägardirektiv och förslag till beslut")
pdf.p("Ägardirektiven kompletterar bolagsordningarna och gäller tills vidare. Förslagen nedan gäller borgensramarna "
      "från och med den 1 juli 2027 och de nya eller ändrade ägardirektiven.", size=9.4, lh=4.7)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 6, "Kommunstyrelsen föreslår kommunfullmäktige besluta", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def att(t, indent=0):
    pdf.set_font("Sans", "", 9.2)
    pdf.set_x(22 + indent)
    pdf.cell(9, 4.7, "att")
    pdf.multi_cell(157 - indent, 4.7, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


pdf.set_font("Sans", "B", 8.8)
pdf.set_text_color(*COPPER)
pdf.cell(0, 5, "Borgensramar", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
for r in E_GUAR:
    name = r[0].rstrip("¹²")
    att(f"fastställa kommunens borgensram för {name} till {d1(r[4])} miljoner kronor,")
for comp, clauses in E_DIRECTIVES.items():
    pdf.ln(1)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*COPPER)
    pdf.cell(0, 5, f"Ägardirektiv för {comp}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for cl in clauses:
        att(f"{comp} {cl}")
pdf.ln(1)
att("borgensavgifterna för 2027 ska vara oförändrade, samt")
att("uppdra åt kommunstyrelsen att följa upp ägardirektiven vid bolagens ägardialoger hösten 2027.")
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Rimbäcka den {E_DATE.day} mars {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{E_CEO[0]}\n{E_CEO[1].capitalize()}", f"{E_CFO[0]}\n{E_CFO[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
