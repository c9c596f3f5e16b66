"""(a) AB Wilsäterhem (Wilsäters kommuns bostadsbolag) – årsredovisning 2026, utdrag ur förvaltningsberättelsen.

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages, brick red and slate. P. 1 has no
running header: a DRAWN FACADE ILLUSTRATION across the top edge – three apartment blocks of different heights (a
flat-roofed slab, a gabled house, a stepped block) bleeding off both sides, their windows as a grid of pale panes with
a few LIT IN YELLOW, balconies as short rails and a ground line; under it the wordmark "Wilsäterhem" in large serif
type with the company line in small grey Sans at the right, the title, and "Året i korthet" with COMPETING FIGURES in
running text (result 28,4 (19,7) vs the budget 22,0; turnover +6,0 %; soliditet 14,8 (13,9) vs the owner's 15,0;
vacancy 2,6 (2,1) vs at most 2,0; 136 vs 108 unlet flats; the negotiated rent rise 4,2 % vs the average rent +4,7 %),
then "Väsentliga händelser" as a "–" list. Pp. 2–4 have a running header with a thin brick rule. P. 2: Tabell 1
"Flerårsöversikt" TRANSPOSED – THE YEARS ARE THE ROWS (2026 first) and the nine key figures are columns whose
headings are SLANTED AT 58° inside parallelogram guides that lean to the right, the 2026 row bold on a pale brick
tint, hairlines between the years; "Definitioner" as a TWO-COLUMN definition list with bold terms; comments with
figures. P. 3: Tabell 2, rent and vacancy per area with a STACKED HEADING ("Hyra, kr/m² och år" over 2025 / 2026 /
Förändring, %; "Outhyrda lgh 31 dec" over 2025 / 2026), the two districts as GROUP ROWS in letter-spaced brick capitals
with a short underline, a FOOTNOTE MARK on Cederkullen¹, a bold "Hela beståndet" row between two rules; then Figur 2,
an ISOTYPE CHART – one small drawn house per unlet flat on 31 December 2026, a row per area, the count printed at the
end of each row and a legend "= 1 outhyrd lägenhet". P. 4: comments per area as run-in paragraphs (the passage on
Yngshult), the rent negotiation for 2027, investments and maintenance, "Förslag till vinstdisposition" as a
RIGHT-ALIGNED CALCULATION WITH DOTTED LEADERS, place and date and five signature lines in a two-column grid. No
metadata title.
"""
import datetime as dt

from common44 import HERE, Doc
from data import (A_COMPANY, A_ORGNR, A_YEARS, A_KEYCOLS, A_AREAS, A_DISTRICTS, A_AREA_NOTE, A_PASSAGE, A_PROFIT,
                  A_CEO, A_BOARD, A_DATE, A_RENT_DEAL_2027, A_INVEST, A_INVEST_CEDER, A_NEW_FLATS, a_key,
                  a_key_cells, a_area_cells, a_total_cells, a_sentences, a_profit_total, a_vacant, g, d1)

OUT = HERE / "wilsater-wilsaterhem-arsredovisning-2026.pdf"
BRICK = (150, 52, 36)
SLATE = (62, 72, 84)
TINT = (247, 232, 226)
YEL = (250, 214, 92)


class ADoc(Doc):
    no_furniture = (1,)

    def header(self):
        if self.page_no() == 1:
            self.set_y(25)
            return
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*BRICK)
        self.set_xy(self.l_margin, 11)
        self.cell(60, 4, "Wilsäterhem")
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw - 60, 4, f"Årsredovisning 2026 · sida {self.page_no()}", align="R")
        self.set_draw_color(*BRICK)
        self.set_line_width(0.5)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = ADoc(A_COMPANY, font="liberation", serif=True, accent=BRICK, foot="", justify=True,
           created=dt.datetime(2027, 3, 4, 10, 0, tzinfo=dt.timezone.utc))


# ---------------------------------------------------------------- p. 1: the facade
def facade():
    pdf.set_fill_color(238, 242, 246)
    pdf.rect(0, 0, pdf.w, 50, style="F")
    ground = 50
    blocks = [  # (x0, x1, top, colour, kind)
        (-6, 66, 12, (186, 98, 74), "flat"),
        (70, 124, 22, (214, 190, 150), "gable"),
        (128, 216, 17, (120, 132, 146), "step"),
    ]
    for x0, x1, top, col, kind in blocks:
        pdf.set_fill_color(*col)
        if kind == "gable":
            pdf.polygon([(x0, ground), (x0, top), ((x0 + x1) / 2, top - 12), (x1, top), (x1, ground)], style="F")
        elif kind == "step":
            pdf.polygon([(x0, ground), (x0, top + 8), (x0 + 30, top + 8), (x0 + 30, top), (x1, top), (x1, ground)],
                        style="F")
        else:
            pdf.rect(x0, top, x1 - x0, ground - top, style="F")
            pdf.set_fill_color(90, 50, 40)
            pdf.rect(x0, top - 1.2, x1 - x0, 1.2, style="F")
        # windows
        k = 0
        for row_y in [y for y in range(int(top) + 4, ground - 6, 7)]:
            for wx in range(int(x0) + 4, int(x1) - 5, 8):
                if kind == "step" and wx < x0 + 30 and row_y < top + 10:
                    continue
                k += 1
                lit = (k * 7 + int(x0)) % 11 == 0
                pdf.set_fill_color(*(YEL if lit else (226, 234, 240)))
                pdf.rect(wx, row_y, 4, 4.4, style="F")
                if kind == "flat" and (k % 3 == 0):
                    pdf.set_draw_color(70, 40, 30)
                    pdf.set_line_width(0.35)
                    pdf.line(wx - 0.8, row_y + 4.9, wx + 4.8, row_y + 4.9)
        pdf.set_line_width(0.2)
        # door
        pdf.set_fill_color(60, 50, 46)
        pdf.rect((x0 + x1) / 2 - 2.5, ground - 6, 5, 6, style="F")
    pdf.set_fill_color(*SLATE)
    pdf.rect(0, ground, pdf.w, 1.4, style="F")
    pdf.set_draw_color(0, 0, 0)


pdf.add_page()
facade()
pdf.set_xy(22, 58)
pdf.set_font("Serif", "B", 30)
pdf.set_text_color(*BRICK)
pdf.cell(90, 12, "Wilsäterhem")
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(110, 60)
pdf.multi_cell(78, 3.8, f"{A_COMPANY} · org.nr {A_ORGNR}\nHelägt av Wilsäters kommun", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(76)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 9, "Årsredovisning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(*SLATE)
pdf.cell(0, 6, "Utdrag ur förvaltningsberättelsen: året i korthet, flerårsöversikt och uthyrning",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Året i korthet", size=13)
s = a_sentences()
pdf.p(f"Wilsäterhem förvaltar {g(a_key(2026, 'lgh'))} bostadslägenheter i åtta områden. {s[0]} {s[1]}", size=10.2)
pdf.p(f"{s[2]} {s[3]}", size=10.2)
pdf.p(s[4], size=10.2)
pdf.h1("Väsentliga händelser", size=13)
pdf.bullets([f"I oktober flyttade de första hyresgästerna in i de {A_NEW_FLATS} nya lägenheterna i Cederkullen.",
             "Styrelsen beslutade om stambyte i kvarteret Järven i Yngshult med start under 2027.",
             "Bolaget tecknade ett nytt ramavtal för energieffektivisering av fjärrvärmecentraler.",
             "Ägardirektivet från Wilsäters kommun reviderades och gäller från den 1 januari 2027."],
            sym="–", size=10)

# ---------------------------------------------------------------- p. 2: Tabell 1, slanted headings
pdf.add_page()
pdf.h1("Flerårsöversikt", size=13)
pdf.p("Tabellen visar bolagets nyckeltal för de fyra senaste åren, med det senaste året överst. Definitionerna "
      "finns under tabellen.", size=10)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Tabell 1. Nyckeltal 2023–2026", new_x="LMARGIN", new_y="NEXT")
X0 = 22
TW = 152
YW = 16
CW = (TW - YW) / len(A_KEYCOLS)
HEAD_H = 31
ANG = 58
import math  # noqa: E402

slant = HEAD_H / math.tan(math.radians(ANG))
top = pdf.get_y() + 2
base = top + HEAD_H
# parallelogram guides
pdf.set_draw_color(200, 170, 160)
for k in range(len(A_KEYCOLS) + 1):
    xb = X0 + YW + k * CW
    pdf.line(xb, base, xb + slant, top)
pdf.line(X0 + YW + slant, top, X0 + YW + len(A_KEYCOLS) * CW + slant, top)
pdf.set_draw_color(0, 0, 0)
SPLIT = {"Resultat efter finansiella poster, mnkr": ["Resultat efter finansiella", "poster, mnkr"],
         "Räntetäckningsgrad, ggr": ["Räntetäcknings-", "grad, ggr"],
         "Genomsnittshyra, kr/m²": ["Genomsnittshyra,", "kr/m²"],
         "Vakansgrad bostäder, %": ["Vakansgrad", "bostäder, %"],
         "Nettoomsättning, mnkr": ["Nettoomsättning,", "mnkr"]}
pdf.set_font("Sans", "B", 7.6)
for k, (_, head, _) in enumerate(A_KEYCOLS):
    lines = SPLIT.get(head, [head])
    n = len(lines)
    xs = X0 + YW + k * CW + CW / 2 - 2.2 + (n - 1) * 1.3
    ys = base - 1.2
    with pdf.rotation(angle=ANG, x=xs, y=ys):
        for j, ln in enumerate(lines):
            pdf.set_xy(xs, ys - 3.1 - (n - 1 - j) * 3.1)
            pdf.cell(45, 3.1, ln)
pdf.set_font("Sans", "B", 8)
pdf.set_xy(X0, base - 5)
pdf.cell(YW, 4, "År")
y = base
pdf.hline(X0, X0 + TW, y, 0.6, BRICK)
AL = ["L"] + ["R"] * len(A_KEYCOLS)
for yr in A_YEARS:
    cells = a_key_cells(yr)
    bold = yr == 2026
    if bold:
        pdf.set_fill_color(*TINT)
        pdf.rect(X0, y, TW, 7.2, style="F")
    pdf.row(X0, y, [YW] + [CW] * len(A_KEYCOLS), AL, cells, size=8.8, style="B" if bold else "", vpad=1.6)
    y += 7.2
    pdf.hline(X0, X0 + TW, y, 0.15, (190, 190, 190))
pdf.hline(X0, X0 + TW, y, 0.6, BRICK)
pdf.set_font("Sans", "I", 7.6)
pdf.set_xy(X0, y + 1)
pdf.cell(0, 4, "Antal lägenheter avser bostadslägenheter den 31 december. Vakansgraden avser outhyrda lägenheter vid "
               "årets slut.")
pdf.set_y(y + 9)
pdf.h2("Definitioner", size=10.5)
DEFS = [("Soliditet", "Justerat eget kapital i procent av balansomslutningen."),
        ("Belåningsgrad", "Räntebärande skulder i procent av fastigheternas bokförda värde."),
        ("Räntetäckningsgrad", "Resultat efter finansiella poster plus räntekostnader, delat med räntekostnaderna."),
        ("Genomsnittshyra", "Årshyra för bostäder per kvadratmeter bostadsarea."),
        ("Vakansgrad", "Outhyrda bostadslägenheter i procent av samtliga lägenheter."),
        ("Underhåll", "Kostnader för planerat och löpande underhåll per kvadratmeter.")]
colw = 80
y0 = pdf.get_y()
ys_ = [y0, y0]
for i, (t, d) in enumerate(DEFS):
    c = i % 2
    x = 22 + c * (colw + 6)
    pdf.set_xy(x, ys_[c])
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(colw, 4.4, t, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 9.2)
    pdf.multi_cell(colw, 4.4, d, align="L", new_x="LEFT", new_y="NEXT")
    ys_[c] = pdf.get_y() + 2
pdf.set_y(max(ys_) + 2)
pdf.h2("Kommentarer till flerårsöversikten", size=10.5)
pdf.p(f"Räntetäckningsgraden sjönk till {d1(a_key(2025, 'rtg'))} gånger 2025 när de nya lånen fick högre räntor, "
      f"men återhämtade sig till {d1(a_key(2026, 'rtg'))} gånger 2026 och uppfyller därmed ägarens krav på minst "
      f"2,0 gånger. Belåningsgraden sjönk till {d1(a_key(2026, 'bel'))} procent, den lägsta nivån under perioden. Underhållet ökade till {g(a_key(2026, 'uh'))} kronor "
      f"per kvadratmeter, den högsta nivån under perioden.", size=10)

# ---------------------------------------------------------------- p. 3: Tabell 2 and the isotype chart
pdf.add_page()
pdf.h1("Uthyrning per område", size=13)
pdf.p("Tabell 2 redovisar hyresnivå och outhyrda lägenheter per förvaltningsområde. Hyran avser genomsnittlig "
      "årshyra för bostäder.", size=10)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Tabell 2. Hyror och vakanser per område", new_x="LMARGIN", new_y="NEXT")
WID = [34, 17, 16, 16, 21, 16, 16, 30]
AL2 = ["L", "R", "R", "R", "R", "R", "R", "R"]
xs = [22]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1.5
pdf.hline(22, 188, y, 0.6, SLATE)
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*SLATE)
pdf.set_xy(xs[2], y + 0.8)
pdf.cell(xs[5] - xs[2], 4, "Hyra, kr/m² och år", align="C")
pdf.set_xy(xs[5], y + 0.8)
pdf.cell(xs[7] - xs[5], 4, "Outhyrda lgh 31 dec", align="C")
pdf.hline(xs[2] + 1.5, xs[5] - 1.5, y + 5, 0.25, SLATE)
pdf.hline(xs[5] + 1.5, xs[7] - 1.5, y + 5, 0.25, SLATE)
pdf.set_text_color(0, 0, 0)
HEAD = ["Område", "Antal lgh 2026", "2025", "2026", "Förändring, %", "2025", "2026", "Vakansgrad 2026, %"]
h = pdf.row(22, y + 5.4, WID, AL2, HEAD, style="B", size=8.2, vpad=0.8)
y = y + 5.4 + h
pdf.hline(22, 188, y, 0.4, SLATE)
for dist in A_DISTRICTS:
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_char_spacing(1.2)
    pdf.set_text_color(*BRICK)
    pdf.set_xy(22, y + 2)
    pdf.cell(80, 4, dist.upper())
    pdf.set_char_spacing(0)
    pdf.hline(23, 23 + 12, y + 6.4, 0.5, BRICK)
    pdf.set_text_color(0, 0, 0)
    y += 7.6
    for a in [a for a in A_AREAS if a[0] == dist]:
        h = pdf.row(22, y, WID, AL2, a_area_cells(a), size=8.8, vpad=1.2)
        y += h
        pdf.hline(22, 188, y, 0.1, (205, 205, 205))
pdf.hline(22, 188, y + 0.6, 0.4, SLATE)
h = pdf.row(22, y + 1, WID, AL2, a_total_cells(), size=8.8, style="B", vpad=1.3)
y += 1 + h
pdf.hline(22, 188, y, 0.6, SLATE)
pdf.set_xy(22, y + 1.2)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(166, 3.8, A_AREA_NOTE, align="L")
pdf.set_y(pdf.get_y() + 6)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 2. Outhyrda lägenheter per område den 31 december 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def house(x, y, col):
    pdf.set_fill_color(*col)
    pdf.polygon([(x, y + 1.7), (x + 1.6, y), (x + 3.2, y + 1.7)], style="F")
    pdf.rect(x + 0.35, y + 1.7, 2.5, 2.1, style="F")


y = pdf.get_y()
for a in A_AREAS:
    name = a[1].rstrip("¹")
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(22, y)
    pdf.cell(36, 4.4, name)
    for k in range(a[6]):
        house(60 + k * 3.9, y + 0.3, BRICK if a[0] == A_DISTRICTS[1] else SLATE)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(60 + a[6] * 3.9 + 1.5, y)
    pdf.cell(10, 4.4, str(a[6]))
    y += 5.6
house(60, y + 2.3, SLATE)
house(64.5, y + 2.3, BRICK)
pdf.set_font("Sans", "", 7.8)
pdf.set_xy(69, y + 2)
pdf.cell(0, 4.4, "= 1 outhyrd lägenhet (grå: centrala Wilsäter, röd: ytterområden)")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Kommentarer per område", size=13)


def runin(title, text):
    pdf.set_font("Sans", "B", 9.8)
    pdf.write(5, title + " ")
    pdf.set_font("Serif", "", 10)
    pdf.write(5, text)
    pdf.ln(7)


areas = {a[1].rstrip("¹"): a for a in A_AREAS}
runin("Cederkullen.", f"Vakanserna i Cederkullen beror på att de {A_NEW_FLATS} nya lägenheterna blev klara först i "
      "oktober. Vid årsskiftet var uthyrningen i full gång och de flesta kontrakt börjar gälla under våren.")
runin("Yngshult.", f"I Yngshult var {areas['Yngshult'][6]} lägenheter outhyrda vid årets slut. Det beror på att "
      f"{A_PASSAGE}. Bolaget räknar med att efterfrågan stabiliseras när stambytet är klart.")
runin("Nordtuna och Nissebacken.", "I båda områdena minskade antalet outhyrda lägenheter, sedan bolaget har "
      "erbjudit korttidskontrakt till studenter och bytt ut de äldsta tvättstugorna.")
pdf.h1("Hyresförhandlingen 2027", size=13)
pdf.p(f"Wilsäterhem och Hyresgästföreningen har kommit överens om att bostadshyrorna höjs med {d1(A_RENT_DEAL_2027)} "
      f"procent från den 1 april 2027. Överenskommelsen omfattar samtliga bostäder utom nyproduktionen i Cederkullen, "
      f"där hyran ligger fast i tre år.", size=10)
pdf.h1("Investeringar och underhåll", size=13)
pdf.p(f"Investeringarna uppgick till {d1(A_INVEST)} mnkr, varav {d1(A_INVEST_CEDER)} mnkr avsåg nyproduktionen i "
      f"Cederkullen. Resten gick till energiåtgärder och badrumsrenoveringar.", size=10)
pdf.h1("Förslag till vinstdisposition", size=13)
pdf.set_font("Serif", "", 10)
pdf.multi_cell(0, 5, "Till årsstämmans förfogande står följande vinstmedel (kronor):", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(1)


def calc(label, value, bold=False, rule=False):
    y = pdf.get_y()
    if rule:
        pdf.hline(152, 178, y, 0.3)
    pdf.set_font("Serif", "B" if bold else "", 10)
    pdf.set_x(30)
    lw = pdf.get_string_width(label) + 1.5
    pdf.cell(lw, 5.4, label)
    x = 30 + lw
    pdf.set_font("Serif", "", 10)
    dots = "." * int((150 - x) / pdf.get_string_width("."))
    pdf.set_text_color(150, 150, 150)
    pdf.cell(150 - x, 5.4, dots)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "B" if bold else "", 10)
    pdf.cell(28, 5.4, value, align="R", new_x="LMARGIN", new_y="NEXT")


calc("Balanserade vinstmedel", g(A_PROFIT["balanced"]))
calc("Årets resultat", g(A_PROFIT["result"]))
calc("Summa", g(a_profit_total()), bold=True, rule=True)
pdf.ln(2)
pdf.set_font("Serif", "", 10)
pdf.multi_cell(0, 5, "Styrelsen och verkställande direktören föreslår att vinstmedlen disponeras så att:",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
calc("till aktieägaren delas ut", g(A_PROFIT["dividend"]))
calc("i ny räkning balanseras", g(a_profit_total() - A_PROFIT["dividend"]))
calc("Summa", g(a_profit_total()), bold=True, rule=True)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Wilsäter den {A_DATE.day} mars {A_DATE.year}", new_x="LMARGIN", new_y="NEXT")
people = A_BOARD + [(A_CEO[0], A_CEO[1])]
w = 78
y = pdf.get_y() + 4
for i, (n, role) in enumerate(people):
    c, r = i % 2, i // 2
    x = 22 + c * (w + 10)
    yy = y + r * 17
    pdf.hline(x, x + w - 6, yy + 8, 0.25, (110, 110, 110))
    pdf.set_xy(x, yy + 8.8)
    pdf.set_font("Sans", "", 8.6)
    pdf.cell(w, 4, n + (f", {role}" if role else ""))
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
