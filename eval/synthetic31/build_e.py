"""(e) Jörnviks kommun – avgifter för förskola, pedagogisk omsorg och fritidshem 2027 (barnomsorgstaxa, maxtaxa).

Layout: DejaVu Serif text, DejaVu Sans headings and tables, portrait, 3 pages. P. 1: a kicker, the title, a row of
THREE PILL-SHAPED LABELS with rounded ends (the decision, the date of entry into force, the Dnr), then the page set
in TWO JUSTIFIED COLUMNS with coloured headings: what maxtaxa is, the income ceiling and the changes for 2027 in
running text (59 600 → 61 170 kr, 1 788 → 1 835 kr, +47 kr), how the fee is computed, siblings, allmän förskola and
why the fees rise (the passage); under the columns a WORKED EXAMPLE in a frame with a filled heading strip
(45 000 kr, 1 350 + 900 = 2 250 kr). P. 2: Tabell 1, the maximum fees per child: each of the three groups is a BLOCK
WITH A COLOURED VERTICAL SPINE at its left edge and the group name in bold accent type above its rows; columns
Barn / Andel av inkomsten / a HATCHED BAR whose length is the share (diagonal hatching inside an outline) / Högsta
avgift 2026, kr/mån / Högsta avgift 2027, kr/mån (bold) / Förändring, kr (signed "+47"); no vertical rules,
hairlines between the rows; "Barn 4 och fler" stated under the table; then Tabell 2, other fees and terms as a
two-column key–value table on a pale band. P. 3: "Regler för avgiften" as a NUMBERED LIST WITH NUMBERS IN SMALL
SQUARES whose items wrap, with dates in several forms ("15 januari 2027", "2027-10-31", "den 28:e"), and a contact
block. No metadata title.
"""
import datetime as dt

from common31 import HERE, Doc, nb
from data import (E_EXAMPLE_INCOME, E_CEILING, E_GROUPS, E_DECIDED, E_VALID, E_INCOME_DUE, E_CHECK, E_INVOICE_DAY, E_REMINDER,
                  E_NOTICE_MONTHS, E_PASSAGE, e_fee, e_pct_text, e_change, g, dmy)

OUT = HERE / "jornvik-barnomsorgstaxa-2027.pdf"
ACC = (30, 110, 150)
pdf = Doc("Jörnviks kommun", "Barn- och utbildningsnämnden", "Sida {p} av 3", font="dejavu", serif=True,
          accent=ACC, foot="Jörnviks kommun · Avgifter för förskola, pedagogisk omsorg och fritidshem 2027",
          created=dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
F1 = [r for gr, rows in E_GROUPS for r in rows if gr.startswith("Förskola") and r[0] == "Barn 1"][0]

# ---------------------------------------------------------------- p. 1 two columns
pdf.add_page()
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "TAXA 2027 · BARN- OCH UTBILDNINGSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 18)
pdf.multi_cell(0, 8, "Avgifter för förskola, pedagogisk omsorg och fritidshem 2027", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(3)
x = 20
for t in (f"Beslut: kommunfullmäktige {E_DECIDED.isoformat()}, § 118", f"Gäller från {dmy(E_VALID)}",
          "Dnr BUN 2026/77"):
    pdf.set_font("Sans", "", 8.2)
    w = pdf.get_string_width(t) + 8
    y = pdf.get_y()
    pdf.set_fill_color(226, 238, 244)
    pdf.rect(x, y, w, 6, style="F", round_corners=True, corner_radius=3)
    pdf.set_xy(x, y + 0.6)
    pdf.cell(w, 4.8, t, align="C")
    x += w + 3
pdf.set_xy(20, pdf.get_y() + 10)
c26, c27 = E_CEILING
f1 = (e_fee(F1[1], 2026), e_fee(F1[1], 2027))
blocks = [
    ("h", "Maxtaxa i korthet"),
    ("p", "Jörnviks kommun tillämpar maxtaxa. Avgiften är en procentandel av hushållets sammanlagda inkomst före "
          "skatt, men den blir aldrig högre än ett visst belopp per månad. Det högsta beloppet räknas fram från "
          "inkomsttaket, som Skolverket fastställer för varje år."),
    ("h", "Inkomsttaket 2027"),
    ("p", f"Inkomsttaket höjs från {g(c26)} kronor till {g(c27)} kronor per månad. Därmed blir den högsta avgiften "
          f"för det första barnet i förskola {g(f1[1])} kronor, vilket är {f1[1] - f1[0]} kronor mer än 2026. Ett "
          f"hushåll med en inkomst under inkomsttaket betalar lika stor andel av sin inkomst som tidigare."),
    ("h", "Varför höjs avgifterna?"),
    ("p", f"{E_PASSAGE}. Kommunen har inte fattat något eget beslut om högre procentsatser, och andelarna av "
          "inkomsten är desamma som 2026."),
    ("h", "Så beräknas avgiften"),
    ("p", "Avgiften för varje barn är andelen av inkomsten enligt tabell 1 på nästa sida, dock högst det belopp "
          "som står i tabellen. Det yngsta barnet räknas som barn 1. Inkomsten är hushållets sammanlagda "
          "bruttoinkomst per månad, och det är vårdnadshavaren som lämnar uppgiften."),
    ("h", "Syskon"),
    ("p", "För det andra och tredje barnet är andelen lägre. För det fjärde barnet och de följande betalar "
          "hushållet ingen avgift."),
    ("h", "Allmän förskola"),
    ("p", "Alla barn får allmän förskola från höstterminen det år de fyller tre år. Den omfattar 525 timmar per år "
          "och är avgiftsfri. För barn som går mer än så minskas avgiften med en fjärdedel under hela året, och "
          "därför har allmän förskola egna procentsatser och belopp i tabellen."),
]
pdf.columns(blocks, size=9.3, lh=4.6, gutter=8, balance=True)
pdf.ln(4)
# a worked example in a framed box with a tinted heading strip
inc = E_EXAMPLE_INCOME
ex1, ex2 = inc * 3 // 100, inc * 2 // 100
y = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 170, 6.5, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 9)
pdf.set_xy(23, y + 1)
pdf.cell(0, 4.6, "Exempel: två barn i förskola")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 9.4)
pdf.set_xy(23, y + 9)
pdf.multi_cell(164, 4.7, nb(f"Ett hushåll med en sammanlagd inkomst på {g(inc)} kronor per månad har två barn i "
                            f"förskola. För det yngsta barnet blir avgiften 3 procent av inkomsten, {g(ex1)} "
                            f"kronor, och för det äldre barnet 2 procent, {g(ex2)} kronor. Hushållet betalar alltså "
                            f"{g(ex1 + ex2)} kronor per månad. Eftersom inkomsten är lägre än inkomsttaket påverkas "
                            "avgiften inte av höjningen."), align="L", new_x="LMARGIN", new_y="NEXT")
h = pdf.get_y() - y + 3
pdf.set_draw_color(*ACC)
pdf.rect(20, y, 170, h)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + h + 2)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Avgifter 2027", size=13)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Högsta avgift per barn och månad", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
XS = [27, 50, 82, 120, 145, 169]
WS = [22, 30, 38, 24, 24, 21]
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 7.8)
for i, h in enumerate(["Barn", "Andel av\ninkomsten", "", "Högsta avgift\n2026, kr/mån", "Högsta avgift\n2027, kr/mån",
                       "Förändring,\nkr"]):
    if not h:
        continue
    pdf.set_xy(XS[i], y + (3.7 if "\n" not in h else 0))
    pdf.multi_cell(WS[i], 3.7, h, align="L" if i < 2 else "R")
y += 8.5
pdf.set_line_width(0.45)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)


def hatched(x, yy, w, h):
    pdf.set_draw_color(*ACC)
    pdf.rect(x, yy, w, h)
    step = 1.3
    k = 0.0
    while k < w + h:
        # a diagonal from (x + k, yy + h) going up-right, clipped to the rectangle
        x0_, y0_ = x + k, yy + h
        x1_, y1_ = x + k + h, yy
        if x0_ > x + w:
            break
        if x1_ > x + w:
            cut = x1_ - (x + w)
            x1_, y1_ = x + w, yy + cut
        pdf.line(x0_, y0_, x1_, y1_)
        k += step
    # the part that starts on the left edge
    k = step
    while k < h:
        x0_, y0_ = x, yy + h - k
        x1_, y1_ = x + (h - k), yy
        if x1_ > x + w:
            x1_, y1_ = x + w, yy + (h - k) - w
        pdf.line(x0_, y0_, x1_, y1_)
        k += step
    pdf.set_draw_color(0, 0, 0)


for gr, rows in E_GROUPS:
    y += 2.2
    top = y
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*ACC)
    pdf.set_xy(XS[0], y)
    pdf.cell(150, 5.4, gr)
    pdf.set_text_color(0, 0, 0)
    y += 6
    for r in rows:
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(XS[0], y + 0.8)
        pdf.cell(WS[0], 4.4, r[0])
        pdf.set_xy(XS[1], y + 0.8)
        pdf.cell(WS[1] - 2, 4.4, e_pct_text(r[1]), align="R")
        hatched(XS[2], y + 1.6, r[1] * 11, 2.8)
        pdf.set_xy(XS[3], y + 0.8)
        pdf.cell(WS[3], 4.4, g(e_fee(r[1], 2026)), align="R")
        pdf.set_font("Sans", "B", 9)
        pdf.set_xy(XS[4], y + 0.8)
        pdf.cell(WS[4], 4.4, g(e_fee(r[1], 2027)), align="R")
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(XS[5], y + 0.8)
        pdf.cell(WS[5], 4.4, g(e_change(r), plus=True), align="R")
        y += 6
        pdf.set_draw_color(215, 215, 215)
        pdf.line(XS[0], y, 190, y)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(*ACC)
    pdf.rect(21.5, top + 0.5, 2.2, y - top - 1, style="F")
pdf.set_line_width(0.45)
pdf.line(20, y + 1.5, 190, y + 1.5)
pdf.set_line_width(0.2)
pdf.set_y(y + 3.5)
pdf.set_font("Serif", "", 8.6)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(0, 4.3, nb(f"Barn 4 och fler: ingen avgift i någon verksamhet. Avgiften beräknas på ett inkomsttak "
                          f"på {g(c27)} kronor per månad 2027 ({g(c26)} kronor 2026). Staplarna visar andelen av "
                          "inkomsten."), align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Övriga avgifter och villkor", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
kv = [("Påminnelseavgift", f"{E_REMINDER} kronor per påminnelse"),
      ("Uppsägningstid", f"{E_NOTICE_MONTHS} månader; avgift betalas under uppsägningstiden"),
      ("Avgiftsmånader", "12 månader per år, även under semester och lov"),
      ("Förfallodag", f"den {E_INVOICE_DAY}:e i månaden, avgiften betalas i efterskott"),
      ("Kötid", "ingen avgift för att stå i kö")]
for k, v in kv:
    y = pdf.get_y()
    pdf.set_fill_color(240, 246, 249)
    pdf.rect(20, y, 170, 6.4, style="F")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(23, y + 1)
    pdf.cell(50, 4.4, k)
    pdf.set_font("Serif", "", 9.2)
    pdf.set_xy(75, y + 1)
    pdf.cell(112, 4.4, v)
    pdf.set_y(y + 7.4)

# ---------------------------------------------------------------- p. 3 rules
pdf.add_page()
pdf.h1("Regler för avgiften", size=13)
rules = [
    f"Vårdnadshavare med barn i förskola, pedagogisk omsorg eller fritidshem ska lämna en inkomstuppgift senast den "
    f"{dmy(E_INCOME_DUE)}. Om ingen uppgift lämnas tas den högsta avgiften ut tills en uppgift kommer in.",
    "En ändrad inkomst ska anmälas i e-tjänsten senast en månad efter ändringen. Den nya avgiften gäller från "
    "månaden efter anmälan.",
    f"Kommunen kontrollerar inkomsterna för 2026 mot uppgifterna från Skatteverket. Kontrollen ska vara klar "
    f"{E_CHECK.isoformat()}, och för lite betald avgift faktureras i efterhand.",
    f"Avgiften betalas i efterskott och förfaller den {E_INVOICE_DAY}:e i varje månad. Vid sen betalning tas en "
    f"påminnelseavgift på {E_REMINDER} kronor ut.",
    "Om två fakturor är obetalda kan platsen sägas upp. Platsen kan inte sägas upp om barnet har behov av "
    "särskilt stöd.",
    f"Uppsägningstiden är {E_NOTICE_MONTHS} månader. Platsen sägs upp i e-tjänsten, och avgift tas ut under hela "
    "uppsägningstiden även om barnet inte är närvarande.",
    "Avgiften gäller per barn och månad. Ett barn som har plats i både förskoleklass och fritidshem betalar "
    "endast avgift för fritidshemmet.",
]
for i, t in enumerate(rules, 1):
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y + 0.6, 5.2, 5.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(20, y + 0.9)
    pdf.cell(5.2, 4.6, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.8)
    pdf.set_xy(29, y)
    pdf.multi_cell(161, 5, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)
pdf.ln(3)
pdf.h2("Frågor om avgiften")
pdf.p("Kontakta barn- och utbildningsförvaltningens avgiftshandläggare, Petra Juhlin, via kommunens kontaktcenter. "
      "Taxan finns också på kommunens webbplats.", size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
