"""(e) Angelsta kommun – kommunstyrelsen, upphandlingsplan 2027.

Layout: Liberation Sans text, Liberation Sans Narrow tables, dates in Liberation Mono, portrait, 3 pages. P. 1: a
running header and a TEAL TAB at the right edge of every page, the title and the
decision line, the introduction with the thresholds in running text (700 tkr, about 2 400 tkr and 58 000 tkr) and
the totals, then Tabell 1, the plan per procedure (Förfarande / Antal / Beräknat värde, tkr / Andel av värdet, %)
inside a ROUNDED FRAME with a tinted heading and a bold total, a footnote, and a "•" list of the rules for the three
procedures. Pp. 2–3: Tabell 2, one row per procurement, with a TWO-LEVEL HEADING ("Avtalsperiod" over Start / Slut),
GROUP HEADING ROWS PER FÖRVALTNING WITH THE NUMBER OF PROCUREMENTS IN PARENTHESES and a teal rule, the Nr in a GREY
SHADED COLUMN, the dates set in a MONOSPACED FONT, the procedure written out and wrapping over two lines in a narrow
column, thin rules between rows and a teal heading band; the table breaks after U15 ("Tabell 2 fortsätter på nästa
sida") and p. 3 repeats "Tabell 2 (forts.)", the two heading rows and "Tekniska förvaltningen (forts.)".
After the table: the comments under h2 headings (the swimming hall – the passage; the school transport) and the
contact. Metadata title set.
"""
import datetime as dt

from common34 import HERE, Doc
from data import (E_PROCS, E_DEPTS, E_ITEMS, E_BREAK_AFTER, E_DIRECT_LIMIT, E_THRESHOLD, E_DECIDED, E_PASSAGE,
                  e_item, e_by_proc, e_total, e_by_dept, iso, g, d1, dmy)

OUT = HERE / "angelsta-upphandlingsplan-2027.pdf"
TEAL = (0, 105, 120)


class EDoc(Doc):
    def header(self):
        super().header()
        self.set_fill_color(*TEAL)
        self.rect(self.w - 8, 30, 8, 60, style="F")


pdf = EDoc("Angelsta kommun", "Kommunstyrelsen", "Sida {p} (3)", font="liberation", accent=TEAL,
           title="Upphandlingsplan 2027 – Angelsta kommun", author="Angelsta kommun",
           foot="Angelsta kommun · Kommunstyrelsen · Dnr KS 2026/377",
           created=dt.datetime(2026, 12, 10, 8, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.add_font("Mono", "", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")
NT, VT = e_total()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*TEAL)
pdf.cell(0, 10, "Upphandlingsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(100, 100, 100)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Beslutad av kommunstyrelsen den {dmy(E_DECIDED)}, § 198", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h2("Inledning")
nd, vd = e_by_proc("Direktupphandling")
pdf.p(f"Upphandlingsplanen visar de upphandlingar som kommunens förvaltningar planerar att genomföra under 2027. "
      f"Planen omfattar {NT} upphandlingar med ett sammanlagt beräknat värde på {g(VT)} tkr för hela avtalstiden. "
      f"Av dessa är {nd} direktupphandlingar med ett sammanlagt värde på {g(vd)} tkr.", size=9.8)
pdf.p(f"Gränsen för direktupphandling är {g(E_DIRECT_LIMIT)} tkr. Upphandlingar över gränsen annonseras med "
      f"förenklat förfarande om värdet understiger tröskelvärdet, som är cirka {g(E_THRESHOLD[0])} tkr för varor "
      f"och tjänster och cirka {g(E_THRESHOLD[1])} tkr för byggentreprenader. Över tröskelvärdet används öppet "
      f"förfarande.", size=9.8)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Tabell 1. Planerade upphandlingar per förfarande", new_x="LMARGIN", new_y="NEXT")
C1 = [64, 22, 40, 38]
A1 = ["L", "R", "R", "R"]
x0 = 20
tw = sum(C1)
y0 = pdf.get_y() + 2
y = y0
pdf.set_fill_color(224, 238, 240)
pdf.rect(x0, y, tw, 5.8, style="F")
y += pdf.row(x0, y, C1, A1, ["Förfarande", "Antal", "Beräknat värde¹, tkr", "Andel av värdet, %"], style="B",
             size=8.8, lh=4.2, font="Cond", vpad=0.8)
pdf.hline(x0, x0 + tw, y, 0.3, TEAL)
for p_ in E_PROCS:
    n, v = e_by_proc(p_)
    y += pdf.row(x0, y, C1, A1, [p_, str(n), g(v), d1(v / VT * 100)], size=9, lh=4.4, font="Cond")
pdf.hline(x0, x0 + tw, y, 0.3, TEAL)
y += pdf.row(x0, y, C1, A1, ["Totalt", str(NT), g(VT), "100,0"], size=9, lh=4.4, font="Cond", style="B")
pdf.set_draw_color(*TEAL)
pdf.rect(x0, y0, tw, y - y0, round_corners=True, corner_radius=2.5)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(x0, y + 1.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "¹ Beräknat värde för hela avtalstiden inklusive möjliga förlängningar.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 9)
pdf.h2("Så används förfarandena")
pdf.bullets([
    "Direktupphandling används för köp under direktupphandlingsgränsen. Minst tre leverantörer ska tillfrågas när "
    "värdet överstiger 100 tkr, och köpet ska dokumenteras.",
    "Förenklat förfarande innebär att upphandlingen annonseras i en allmänt tillgänglig databas och att alla "
    "leverantörer får lämna anbud.",
    "Öppet förfarande används över tröskelvärdet. Annonsen publiceras även i EU:s gemensamma databas.",
], size=9.6, lh=4.8)
pdf.h2("Ansvar")
pdf.p("Respektive förvaltning ansvarar för att upphandlingen genomförs enligt planen. Upphandlingsenheten vid "
      "kommunstyrelsens förvaltning stöder förvaltningarna och ansvarar för annonseringen. Upphandlingar som inte "
      "finns med i planen och som överstiger direktupphandlingsgränsen ska anmälas till kommunstyrelsen.", size=9.8)

# ---------------------------------------------------------------- Tabell 2
COLS = [12, 64, 22, 22, 22, 28]
AL = ["C", "L", "R", "C", "C", "L"]
X0 = 20
TW = sum(COLS)


def xs(i):
    return X0 + sum(COLS[:i])


def head(y):
    pdf.set_fill_color(*TEAL)
    pdf.rect(X0, y, TW, 13, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 9)
    pdf.set_xy(xs(3), y + 0.8)
    pdf.cell(COLS[3] + COLS[4], 4.2, "Avtalsperiod", align="C")
    pdf.hline(xs(3) + 1.5, xs(5) - 1.5, y + 5.4, 0.3, (255, 255, 255))
    pdf.row(X0, y + 5.6, COLS, ["C", "L", "R", "C", "C", "L"],
            ["Nr", "Upphandling", "Värde¹, tkr", "Start", "Slut", "Förfarande"], font="Cond", style="B", size=9,
            lh=4.2, vpad=0.5, color=(255, 255, 255))
    # the one-row headings of the other columns belong to the lower row
    pdf.set_text_color(0, 0, 0)
    return y + 13


def group_row(y, dep, n, cont=False):
    y += 1.5
    pdf.set_font("Cond", "B", 9.6)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(X0, y)
    lab = f"{dep} (forts.)" if cont else f"{dep} ({n} upphandlingar)"
    pdf.cell(TW, 5.4, lab)
    pdf.set_text_color(0, 0, 0)
    y += 5.6
    pdf.hline(X0, X0 + TW, y, 0.5, TEAL)
    return y + 0.2


def item_row(y, it):
    cells = [it[0], it[2], g(it[3]), iso(it[4]), iso(it[5]), it[6]]
    h = pdf.row_h(COLS, cells, lh=4.2, size=9.2, font="Cond", vpad=1.4)
    pdf.set_fill_color(236, 236, 236)
    pdf.rect(X0, y, COLS[0], h, style="F")
    x = X0
    for k, (w, a, c) in enumerate(zip(COLS, AL, cells)):
        font = "Mono" if k in (3, 4) else "Cond"
        size = 8.2 if k in (3, 4) else 9.2
        lines = pdf.cell_lines(w, c, font, "", size, 1.2)
        pdf.set_font(font, "B" if k == 0 else "", size)
        if k == 0:
            pdf.set_font("Cond", "B", size)
        for i, ln in enumerate(lines):
            pdf.set_xy(x + 1.2, y + 1.4 + i * 4.2)
            pdf.cell(w - 2.4, 4.2, ln, align=a)
        x += w
    y += h
    pdf.hline(X0, X0 + TW, y, 0.12, (150, 150, 150))
    return y


pdf.add_page()
pdf.h1("Planerade upphandlingar 2027")
pdf.p("Tabell 2 redovisar varje planerad upphandling med beräknat värde, avtalsperiod och förfarande. "
      "Upphandlingarna är ordnade efter ansvarig förvaltning.", size=9.8)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Tabell 2. Upphandlingar per förvaltning", new_x="LMARGIN", new_y="NEXT")
y = head(pdf.get_y() + 1.5)
for dep in E_DEPTS:
    its = [i for i in E_ITEMS if i[1] == dep]
    y = group_row(y, dep, len(its))
    for it in its:
        y = item_row(y, it)
        if it[0] == E_BREAK_AFTER:
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Tabell 2 fortsätter på nästa sida.", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(0, 5, "Tabell 2 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = head(pdf.get_y() + 1.5)
            y = group_row(y, dep, len(its), cont=True)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "¹ Beräknat värde för hela avtalstiden inklusive möjliga förlängningar.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 9)
pdf.h1("Kommentarer")
sim = e_item("U14")
pdf.h2("Ombyggnaden av simhallen")
pdf.p(f"Den andra etappen av ombyggnaden av Angelsta simhall omfattar nya bassängkanter, ventilation och "
      f"omklädningsrum. Upphandlingen avser en byggentreprenad och genomförs därför med förenklat förfarande trots "
      f"värdet {g(sim[3])} tkr. Kommunstyrelsen har beslutat att {E_PASSAGE}.", size=9.8)
sk = e_item("U05")
pdf.h2("Skolskjutsar")
pdf.p(f"Det nuvarande avtalet om skolskjuts löper ut sommaren 2027. Den nya upphandlingen är planens största, "
      f"{g(sk[3])} tkr för fyra år, och omfattar både linjelagd buss och taxi för elever med särskilda behov.",
      size=9.8)
pdf.ln(2)
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, "Kontakt: Emil Tornqvist, upphandlingschef, kommunstyrelsens förvaltning", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
