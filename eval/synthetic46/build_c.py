"""(c) Fagerlida kommun – tekniska nämnden: underhållsplan för gator och vägar 2027–2030.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, slate blue and road-works orange. P. 1 has
no running header: a DRAWN TRAFFIC CONE (an orange cone with two white reflective bands on a dark base) beside
"FAGERLIDA KOMMUN / Tekniska nämnden", "UNDERHÅLLSPLAN" in an OUTLINED ORANGE LABEL at the right, a slate rule, the
title, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (22 measures, 9,9 km, 34 110 tkr
vs the previous plan's 31 750; 9 240 tkr for 2027 vs the frame 9 000 per year; maintenance debt 58 vs 52 mnkr;
asphalt +14 %) and Figur 1, a ROAD CROSS-SECTION ("typsektion") – the five pavement layers as stacked bands with
different fills (dark asphalt, lighter asphalt, grey, dotted gravel, cross-hatched sub-base) over a hatched subgrade,
a kerb and pavement at the left, the crown with two 2,5 % CROSS-FALL ARROWS, each layer labelled at the right by a
LEADER LINE with its material and thickness in mm, and "Ej skalenlig". Pp. 2–4 have a running header (an orange
square, "Fagerlida kommun · Tekniska nämnden", "Underhållsplan 2027–2030 · sida n" at the right) over a slate rule.
P. 2: "2 Planerade åtgärder 2027–2030" with the inventory and three "•" planning rules, a legend of the three priorities as YELLOW DIAMOND SIGNS (the Swedish
priority-road sign: a yellow diamond in a white and black frame) with the digit in the diamond, and Tabell 1 (Nr /
Gata / Delsträcka / Åtgärd / Längd, m / Kostnad, tkr / År / Prio) under a SLATE HEADING BAND WITH WHITE TEXT, the
priority of every row drawn as the same YELLOW DIAMOND with its digit, rows in year blocks separated by an orange
rule; THE TABLE BREAKS AFTER ROW 15 ("Tabell 1 fortsätter på nästa sida") and p. 3 REPEATS "Tabell 1 (forts.)" and the
heading band, ends with a bold "Totalt" row, then Tabell 2, cost per measure type and year (types as rows, 2027 …
2030 and Summa, "–" for nothing, a bold Summa row) and comments per year against the frame. P. 4: "3
Prioriteringsgrunder" as a numbered list, "4 Förändringar jämfört med föregående plan" (the passage on Mejerivägen),
"Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common46 import HERE, Doc
from data import (C_ROWS, C_BREAK_AFTER, C_DNR, C_DATE, C_HEAD, C_CHIEF, C_YEARS, C_TYPES, C_FRAME, C_PREV_PLAN,
                  C_LAYERS, C_PASSAGE, C_PRIOS, c_cells, c_len, c_cost, c_total_cells, c_type_cells,
                  c_type_sum_cells, c_sentences, g)

OUT = HERE / "fagerlida-tn-underhallsplan-gator-vagar-2027-2030.pdf"
SLATE = (40, 56, 78)
ORANGE = (232, 118, 24)
YELLOW = (250, 204, 20)
GREY = (100, 100, 100)


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_fill_color(*ORANGE)
        self.rect(self.l_margin, 10.9, 2.8, 2.8, style="F")
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin + 4.5, 10.3)
        self.cell(90, 4, "Fagerlida kommun · Tekniska nämnden")
        self.set_font("Sans", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 94.5, 4, f"Underhållsplan 2027–2030 · sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.6, SLATE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = CDoc("Fagerlida kommun", font="dejavu", serif=False, accent=SLATE, foot="", justify=False,
           created=dt.datetime(2026, 11, 18, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def diamond(cx, cy, r, digit=None, size=7.4):
    """the priority-road sign: a yellow diamond in a white and a black frame"""
    pdf.set_fill_color(20, 20, 20)
    pdf.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], style="F")
    pdf.set_fill_color(255, 255, 255)
    r1_ = r * 0.84
    pdf.polygon([(cx, cy - r1_), (cx + r1_, cy), (cx, cy + r1_), (cx - r1_, cy)], style="F")
    pdf.set_fill_color(*YELLOW)
    r2_ = r * 0.62
    pdf.polygon([(cx, cy - r2_), (cx + r2_, cy), (cx, cy + r2_), (cx - r2_, cy)], style="F")
    if digit is not None:
        pdf.set_font("Sans", "B", size)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(cx - 2.5, cy - 1.8)
        pdf.cell(5, 3.6, str(digit), align="C")
        pdf.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
# traffic cone
pdf.set_fill_color(*SLATE)
pdf.rect(22, 29.2, 15, 2.2, style="F")
pdf.set_fill_color(*ORANGE)
pdf.polygon([(27.6, 13.5), (31.4, 13.5), (35.2, 29.2), (23.8, 29.2)], style="F")
pdf.set_fill_color(255, 255, 255)
pdf.polygon([(26.9, 17.0), (32.1, 17.0), (32.8, 19.8), (26.2, 19.8)], style="F")
pdf.polygon([(25.7, 22.3), (33.3, 22.3), (34.0, 25.1), (25.0, 25.1)], style="F")
pdf.set_xy(41, 16.3)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*SLATE)
pdf.cell(80, 6, "FAGERLIDA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Tekniska nämnden")
pdf.set_draw_color(*ORANGE)
pdf.set_line_width(0.6)
pdf.rect(146, 18, 42, 7.5, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(146, 19.4)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ORANGE)
pdf.cell(42, 4.6, "UNDERHÅLLSPLAN", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 34, 0.9, SLATE)
pdf.set_y(39)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*SLATE)
pdf.multi_cell(0, 8.4, "Underhållsplan för gator och vägar 2027–2030", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.kv([("Diarienummer", C_DNR), ("Datum", C_DATE.isoformat()), ("Handläggare", f"{C_HEAD[0]}, {C_HEAD[1]}"),
        ("Beslutas av", "Tekniska nämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = c_sentences()
pdf.p(f"Underhållsplanen visar vilka gator, vägar och gång- och cykelvägar som ska få ny beläggning eller annat "
      f"underhåll de kommande fyra åren. {s[0]}", size=9.6)
pdf.p(f"{s[1]} Förvaltningen föreslår att överskridandet ryms genom att en del av arbetena på Fabriksvägen samordnas med "
      f"ledningsarbeten. {s[2]} {s[3]}", size=9.6)

# Figur 1: cross-section
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Typsektion för förstärkning och ny beläggning", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 12
RX0, RX1 = 44, 136
heights = [3.2, 3.8, 4.6, 6.4, 12.0]
fills = [(55, 55, 58), (95, 95, 100), (140, 140, 145), (214, 198, 160), (232, 222, 196)]
crown = (RX0 + RX1) / 2
fall = 1.6
# kerb and pavement at the left
pdf.set_fill_color(190, 190, 190)
pdf.rect(26, top - 3.0, 15, 3.0, style="F")
pdf.set_fill_color(160, 160, 160)
pdf.rect(41, top - 3.6, 3, 12, style="F")
y = top
for k, (h, col) in enumerate(zip(heights, fills)):
    pdf.set_fill_color(*col)
    pts = [(RX0, y + fall), (crown, y), (RX1, y + fall), (RX1, y + fall + h), (crown, y + h), (RX0, y + fall + h)]
    pdf.polygon(pts, style="F")
    if k == 3:
        pdf.set_fill_color(120, 100, 70)
        for xx in range(int(RX0) + 2, int(RX1) - 1, 3):
            for yy_off in (1.6, 4.0):
                yy = y + yy_off + fall * abs(xx - crown) / (crown - RX0)
                pdf.circle(xx + (1.2 if yy_off > 2 else 0), yy, 0.35, style="F")
    if k == 4:
        pdf.set_draw_color(175, 155, 120)
        for xx in range(int(RX0) + 3, int(RX1) - 2, 5):
            yy = y + 2 + fall * abs(xx - crown) / (crown - RX0)
            pdf.line(xx, yy, xx + 3, yy + 3)
            pdf.line(xx + 3, yy, xx, yy + 3)
            pdf.line(xx + 2.5, yy + 5, xx + 5.5, yy + 8)
            pdf.line(xx + 5.5, yy + 5, xx + 2.5, yy + 8)
        pdf.set_draw_color(0, 0, 0)
    # label with leader
    ly = top - 6 + k * 7.2
    mid_y = y + fall + h / 2
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    pdf.line(RX1 - 4, mid_y, RX1 + 6, mid_y)
    pdf.line(RX1 + 6, mid_y, RX1 + 10, ly + 2)
    pdf.line(RX1 + 10, ly + 2, RX1 + 12, ly + 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(RX1 + 12.5, ly)
    pdf.cell(40, 4, f"{C_LAYERS[k][0]}, {C_LAYERS[k][1]} mm")
    y += h
# subgrade hatch
pdf.set_draw_color(120, 90, 60)
pdf.set_line_width(0.3)
pdf.line(RX0, y + fall, crown, y)
pdf.line(crown, y, RX1, y + fall)
for xx in range(int(RX0), int(RX1) - 2, 3):
    yy = y + fall * abs(xx - crown) / (crown - RX0)
    pdf.line(xx, yy + 0.2, xx - 2, yy + 2.6)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "I", 7.2)
pdf.set_xy(RX0 + 2, y + fall + 3.5)
pdf.cell(40, 3.6, "Terrass (befintlig mark)")
# cross-fall arrows
pdf.set_draw_color(*ORANGE)
pdf.set_line_width(0.4)
for sgn in (-1, 1):
    x0 = crown + sgn * 8
    x1 = crown + sgn * 34
    y0 = top - 6.5
    y1 = y0 + 1.2
    pdf.line(x0, y0, x1, y1)
    pdf.line(x1, y1, x1 - sgn * 2.2, y1 - 1.4)
    pdf.line(x1, y1, x1 - sgn * 2.4, y1 + 0.6)
    pdf.set_font("Sans", "B", 7.4)
    pdf.set_text_color(*ORANGE)
    pdf.set_xy((x0 + x1) / 2 - 6, y0 - 4.6)
    pdf.cell(12, 3.6, "2,5 %", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 7.2)
pdf.set_xy(24, top - 8)
pdf.cell(22, 3.6, "Kantsten och gångbana")
pdf.set_y(y + fall + 9)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Ej skalenlig. Lagertjocklekarna gäller för gator med busstrafik. På lokalgator görs "
               "förstärkningslagret tunnare efter provgropar.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- Tabell 1
WID = [8, 31, 36, 34.5, 14.5, 18.5, 12.5, 11]
AL = ["R", "L", "L", "L", "R", "R", "C", "C"]
HEAD = ["Nr", "Gata", "Delsträcka", "Åtgärd", "Längd,\nm", "Kostnad,\ntkr", "År", "Prio"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]


def fits(cells, style=""):
    for i, (w, c) in enumerate(zip(WID, cells)):
        lines = pdf.cell_lines(w, c, "Cond", "B" if i == 1 else style, 8.6)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"word split in a cell of width {w}: {c!r} -> {lines}")


def heading(y):
    pdf.set_fill_color(*SLATE)
    pdf.rect(X, y, XS[-1] - X, 9.6, style="F")
    pdf.set_font("Cond", "B", 8.0)
    pdf.set_text_color(255, 255, 255)
    for i, t in enumerate(HEAD):
        lines = pdf.cell_lines(WID[i], t, "Cond", "B", 8.0)
        if len(lines) != len(t.split("\n")):
            raise SystemExit(f"heading {t!r} wraps")
        for j, ln in enumerate(lines):
            pdf.set_xy(XS[i] + 1.1, y + 9.6 - len(lines) * 3.6 - 1.0 + j * 3.6)
            pdf.cell(WID[i] - 2.2, 3.6, ln, align=AL[i] if i < 6 else "C")
    pdf.set_text_color(0, 0, 0)
    return y + 9.6


def table_rows(rows, y):
    prev_year = None
    for r in rows:
        cells = c_cells(r)
        fits(cells)
        if prev_year is not None and r[6] != prev_year:
            pdf.hline(X, XS[-1], y, 0.6, ORANGE)
        h = pdf.row_h(WID, cells, size=8.6, font="Cond", vpad=1.4)
        h = max(h, 7.2)
        pdf.row(X, y, WID, AL, cells[:7] + [""], size=8.6, font="Cond", vpad=1.4, h=h,
                styles=[None, "B", None, None, None, None, None, None])
        diamond(XS[7] + WID[7] / 2, y + h / 2, 3.1, r[7])
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
        prev_year = r[6]
    return y


# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Planerade åtgärder 2027–2030", size=12.5)
pdf.p("Planen bygger på den inventering av beläggningarnas skick som gjordes våren 2026. Alla gator besiktigades "
      "till fots eller från bil, och skadorna registrerades i kommunens system för vägunderhåll. Inventeringen "
      "kompletterades med uppgifter om planerade ledningsarbeten från VA-avdelningen och fjärrvärmebolaget.",
      size=9.6)
pdf.bullets(["Gator där ledningar ska bytas inom fem år får bara tillfälliga lagningar.",
             "Åtgärder på samma gata eller i samma kvarter samlas till ett arbete för att minska störningarna.",
             "Gång- och cykelvägar vid skolor prioriteras före andra lokala gång- och cykelvägar."],
            size=9.6, lh=4.8)
pdf.p("Tabell 1 visar åtgärderna i den ordning de planeras att utföras. Kostnaderna är beräknade i 2026 års "
      "prisnivå och omfattar fräsning, beläggning, kantsten, justering av brunnar och vägmarkering. Varje åtgärd "
      "har fått en prioritet enligt avsnitt 3.", size=9.6)
ly = pdf.get_y() + 1
for i, lab in enumerate(("Prioritet 1 – måste åtgärdas", "Prioritet 2 – bör åtgärdas", "Prioritet 3 – underhåll")):
    cx = 26 + i * 56
    diamond(cx, ly + 3, 3.3, i + 1)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(cx + 4.8, ly + 1)
    pdf.cell(48, 4, lab)
pdf.set_y(ly + 9)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Åtgärder i underhållsplanen 2027–2030", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
first = [r for r in C_ROWS if r[0] <= C_BREAK_AFTER]
y = table_rows(first, y)
if y > pdf.h - 26:
    raise SystemExit(f"Tabell 1 runs into the foot on p. 2 (y={y:.1f})")
pdf.set_xy(X, y + 1.5)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
y = table_rows([r for r in C_ROWS if r[0] > C_BREAK_AFTER], y)
pdf.hline(X, XS[-1], y, 0.5, SLATE)
tc = c_total_cells()
fits(["", tc[0], "", "", tc[1], tc[2], "", ""], "B")
pdf.row(X, y + 0.3, WID, AL, ["", tc[0], "", "", tc[1], tc[2], "", ""], size=8.8, font="Cond", style="B", vpad=1.4)
y += 7.2
pdf.hline(X, XS[-1], y, 0.9, SLATE)
pdf.set_y(y + 6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Kostnad per åtgärdstyp och år, tkr", new_x="LMARGIN", new_y="NEXT")
W2 = [62, 20.8, 20.8, 20.8, 20.8, 20.8]
A2 = ["L", "R", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.set_fill_color(*SLATE)
pdf.rect(X, y, sum(W2), 6.6, style="F")
pdf.row(X, y, W2, A2, ["Åtgärdstyp"] + [str(x) for x in C_YEARS] + ["Summa"], size=8.6, font="Cond", style="B",
        color=(255, 255, 255), h=6.6)
y += 6.6
for t in C_TYPES:
    h = pdf.row(X, y, W2, A2, c_type_cells(t), size=8.8, font="Cond", vpad=1.3)
    y += h
    pdf.hline(X, X + sum(W2), y, 0.1, (200, 200, 200))
pdf.hline(X, X + sum(W2), y, 0.5, SLATE)
h = pdf.row(X, y + 0.3, W2, A2, c_type_sum_cells(), size=8.8, font="Cond", style="B", vpad=1.3)
y += 0.3 + h
pdf.hline(X, X + sum(W2), y, 0.9, SLATE)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
ys = {yr: c_cost(yr) for yr in C_YEARS}
over = [yr for yr in C_YEARS if ys[yr] > C_FRAME]
pdf.p(f"Kostnaden överstiger budgetramen på {g(C_FRAME)} tkr åren {over[0]} och {over[1]}, medan {C_YEARS[1]} och "
      f"{C_YEARS[2]} ryms inom ramen. Det beror främst på att de stora arbetena på Fabriksvägen och "
      "Fagerlidavägen inte kan delas upp på flera år utan att trafiken störs två gånger.", size=9.6)
pdf.p("Fräsning och ny beläggning är den vanligaste åtgärden och står för ungefär fyra av tio kronor i planen. "
      "Ytbehandling används på lokalgator med låg trafik, där den förlänger beläggningens livslängd till en "
      "bråkdel av kostnaden.", size=9.6)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Prioriteringsgrunder", size=12.5)
pdf.numbered(C_PRIOS, size=9.6, lh=4.9)
pdf.h1("4 Förändringar jämfört med föregående plan", size=12.5)
pdf.p(f"Den förra planen omfattade {g(C_PREV_PLAN)} tkr. Sex åtgärder har tillkommit efter vårens "
      "inventering, bland annat Tvärleden och Svarvargatan där sprickbildningen har ökat snabbt.", size=9.6)
pdf.p(f"Mejerivägen flyttas från 2027 till 2029. Skälet är att {C_PASSAGE}. Fram till dess lagas de värsta "
      "skadorna med kall asfalt.", size=9.6)
pdf.p("Fabriksvägen tidigareläggs i stället till 2027, eftersom tung trafik till det nya verksamhetsområdet har "
      "skadat vägkroppen mer än väntat.", size=9.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Tekniska nämnden föreslås besluta", [
    "fastställa underhållsplanen för gator och vägar 2027–2030,",
    f"åtgärderna för 2027 genomförs inom ramen för beläggningsunderhåll och tekniska nämndens budget, samt",
    "förvaltningen redovisar planens genomförande i samband med årsbokslutet."], size=9.6)
pdf.ln(6)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Fagerlida den {C_DATE.day} november {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{C_CHIEF[0]}\n{C_CHIEF[1].capitalize()}", f"{C_HEAD[0]}\n{C_HEAD[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
