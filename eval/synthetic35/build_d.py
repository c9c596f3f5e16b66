"""(d) Vindala kommun – bygg- och miljönämnden, verksamhetsstatistik 2026.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 3 pages, olive accent. Running header with
"Vindala kommun" at the left and "Bygg- och miljönämnden · Verksamhetsstatistik 2026" at the right; footer with the
page number. P. 1: the title, a grey line with the decision, the summary in running text (412 vs 406 cases received,
393 vs 408 decided) and Tabell 1, the case types in LONG FORMAT: the case type is printed only on its 2026 row and
the 2025 row below it is set in GREY ITALICS; a THIN OLIVE BAR IN THE LEFT MARGIN SPANS THE TWO YEAR ROWS of every
case type; the three kinds of case are GROUP ROWS IN BOLD WITH AN OLIVE UNDERLINE AS LONG AS THE TEXT; the
received / decided / median handling time in weeks columns; "Samtliga ärenden" as two bold year rows (the median
"–"); no vertical rules, hairlines only between case types. P. 2: Tabell 2, the inspections per area with a
STACKED HEADING ("2026" over Planerade / Utförda / Andel utförda, % and "2025" over Planerade / Utförda) on a pale
olive band; the three areas are GROUP ROWS THAT CARRY THEIR OWN SUBTOTALS ON THE SAME LINE (bold, tinted), the
object types are indented under them, and a "Totalt" row closes the table between heavy rules; comments (the
passage on the farm inspections). P. 3: the fee changes from 1 januari 2027 as a list with SMALL FILLED OLIVE
SQUARES as bullets, the decision dates and the signature of the head of the department. No metadata title.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (D_CASE_GROUPS, D_CASES, D_YEARS, D_INSP_GROUPS, D_INSP, D_FEES, D_PASSAGE, D_DECIDED, D_KF,
                  D_SIGNED, d_case_sum, d_share, d_insp_sum, d1, dmy)

OUT = HERE / "vindala-bmn-verksamhetsstatistik-2026.pdf"
OLIVE = (96, 110, 36)
PALE = (238, 241, 224)
GREY = (115, 115, 115)

pdf = Doc("Vindala kommun", "", "Bygg- och miljönämnden · Verksamhetsstatistik 2026", font="dejavu",
          accent=OLIVE, foot="Sida {p} av 3", created=dt.datetime(2027, 2, 10, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 22)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*OLIVE)
pdf.cell(0, 10, "Verksamhetsstatistik 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(0, 0, 0)
pdf.cell(0, 6, "Bygg- och miljönämnden, Vindala kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, f"Redovisad för bygg- och miljönämnden den {dmy(D_SIGNED)}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
i26, b26 = d_case_sum(2026)
i25, b25 = d_case_sum(2025)
pdf.p(f"Under 2026 kom det in {i26} ärenden inom plan- och bygglagen och strandskyddet, jämfört med {i25} året "
      f"innan. Nämnden fattade beslut i {b26} ärenden ({b25} under 2025). Antalet ärenden om nya flerbostadshus "
      f"och lokaler ökade, medan ansökningarna om bygglov för nya småhus blev färre.", size=9.6)
pdf.p("Handläggningstiden räknas från den dag ansökan är komplett till dagen för beslut och redovisas som median "
      "i veckor. Plan- och bygglagens krav är att beslut om lov ska fattas inom tio veckor.", size=9.6)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Inkomna och beslutade ärenden samt handläggningstid", new_x="LMARGIN", new_y="NEXT")
W = [70, 16, 22, 22, 34]
AL = ["L", "L", "R", "R", "R"]
tw = sum(W)
x0 = pdf.l_margin
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw, y, 0.6, OLIVE)
y += pdf.row(x0, y, W, AL, ["Ärendetyp", "År", "Inkomna", "Beslutade", "Handläggningstid, median (veckor)"],
             font="Cond", style="B", size=8.8, lh=4.0, vpad=1.5)
pdf.hline(x0, x0 + tw, y, 0.4, OLIVE)
for gname in D_CASE_GROUPS:
    pdf.set_font("Cond", "B", 9.2)
    pdf.set_xy(x0, y + 2.2)
    pdf.cell(tw, 4.5, gname)
    wt = pdf.get_string_width(gname)
    pdf.hline(x0, x0 + wt, y + 6.9, 0.5, OLIVE)
    y += 8.4
    cs = [c for c in D_CASES if c[0] == gname]
    for k, c in enumerate(cs):
        ytop = y
        for j, year in enumerate(D_YEARS):
            i_, b_, m_ = c[2][year]
            cells = [c[1] if j == 0 else "", str(year), str(i_), str(b_), d1(m_)]
            st = "I" if j else ""
            y += pdf.row(x0 + 2.5, y, [W[0] - 2.5] + W[1:], AL, cells, font="Cond", size=9, lh=4.0, vpad=1.1,
                         styles=[None] + [st] * 4, colors=[None] + [GREY if j else None] * 4)
        pdf.set_fill_color(*OLIVE)
        pdf.rect(x0, ytop + 0.8, 0.9, y - ytop - 1.6, style="F")
        if k < len(cs) - 1:
            pdf.hline(x0 + 2.5, x0 + tw, y, 0.1, (200, 200, 200))
pdf.hline(x0, x0 + tw, y + 0.5, 0.4)
y += 1
for j, year in enumerate(D_YEARS):
    i_, b_ = d_case_sum(year)
    y += pdf.row(x0, y, W, AL, ["Samtliga ärenden" if j == 0 else "", str(year), str(i_), str(b_), "–"],
                 font="Cond", style="B", size=9, lh=4.0, vpad=1.2)
pdf.hline(x0, x0 + tw, y, 0.6, OLIVE)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(0, 3.8, "Källa: nämndens ärendehanteringssystem. Ärenden som inkommit ett år kan beslutas året därpå.",
               align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2 inspections
pdf.add_page()
pdf.h1("Tillsyn och kontroll", size=14)
P6, U6, P5, U5 = d_insp_sum()
pdf.p(f"Nämndens tillsynsplan för 2026 omfattade {P6} planerade inspektioner inom livsmedelskontrollen, "
      f"miljöskyddet och hälsoskyddet. Av dessa genomfördes {U6}, vilket motsvarar {d1(d_share(P6, U6))} procent. "
      f"Året innan genomfördes {U5} av {P5} planerade inspektioner.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Planerade och utförda inspektioner per tillsynsområde", new_x="LMARGIN", new_y="NEXT")
W2 = [62, 20, 18, 22, 20, 20]
A2 = ["L", "R", "R", "R", "R", "R"]
tw2 = sum(W2)
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw2, y, 0.6, OLIVE)
h = pdf.stacked_head(x0, y, W2, A2, [("2026", 1, 3), ("2025", 4, 5)],
                     ["Tillsynsområde", "Planerade", "Utförda", "Andel utförda, %", "Planerade", "Utförda"],
                     font="Cond", size=8.6, upper_fill=PALE, lower_fill=PALE, rule=OLIVE, gap=1.2)
y += h
pdf.hline(x0, x0 + tw2, y, 0.4, OLIVE)
for gname in D_INSP_GROUPS:
    p6, u6, p5, u5 = d_insp_sum(gname)
    cells = [gname, str(p6), str(u6), d1(d_share(p6, u6)), str(p5), str(u5)]
    hh = pdf.row_h(W2, cells, font="Cond", style="B", size=9, vpad=1.6)
    pdf.tint_cell(x0, y, tw2, hh, PALE)
    pdf.row(x0, y, W2, A2, cells, font="Cond", style="B", size=9, vpad=1.6, colors=[OLIVE] + [None] * 5)
    y += hh
    for r in [r for r in D_INSP if r[0] == gname]:
        (a, b), (c, d) = r[2], r[3]
        y += pdf.row(x0 + 5, y, [W2[0] - 5] + W2[1:], A2, [r[1], str(a), str(b), d1(d_share(a, b)), str(c), str(d)],
                     font="Cond", size=9, vpad=1.2)
        pdf.hline(x0 + 5, x0 + tw2, y, 0.1, (210, 210, 210))
pdf.hline(x0, x0 + tw2, y + 0.3, 0.6)
y += 0.8
y += pdf.row(x0, y, W2, A2, ["Totalt", str(P6), str(U6), d1(d_share(P6, U6)), str(P5), str(U5)], font="Cond",
             style="B", size=9, vpad=1.6)
pdf.hline(x0, x0 + tw2, y, 0.6)
pdf.set_y(y + 7)
pdf.h2("Kommentarer", size=10.5)
pdf.p(f"Livsmedelskontrollen genomförde nästan alla planerade kontroller i butiker, men hann inte med alla "
      f"restauranger och skolkök. Inom miljöskyddet blev tillsynen av lantbruk eftersatt eftersom {D_PASSAGE}. "
      f"De lantbruk som inte fick besök under 2026 prioriteras under våren 2027.", size=9.6)
pdf.p("Hälsoskyddets tillsyn av hygienlokaler sköts upp när två nya anmälningsärenden om solarier krävde "
      "omfattande handläggning. Tillsynen av skolor och förskolor genomfördes i stort sett enligt plan.", size=9.6)

# ---------------------------------------------------------------- p. 3 fee changes
pdf.add_page()
pdf.h1("Ändringar i taxan från 1 januari 2027", size=14)
pdf.p(f"Bygg- och miljönämnden föreslog ändringar i taxorna för plan- och byggverksamheten och för miljö- och "
      f"livsmedelstillsynen den {dmy(D_DECIDED)}. Kommunfullmäktige beslutade om taxorna den {dmy(D_KF)}. "
      f"Följande ändringar gäller från årsskiftet:", size=9.6)
pdf.ln(1)
for text, *_ in D_FEES:
    y = pdf.get_y()
    pdf.set_fill_color(*OLIVE)
    pdf.rect(pdf.l_margin + 1.5, y + 1.6, 2.2, 2.2, style="F")
    pdf.set_xy(pdf.l_margin + 7, y)
    pdf.set_font("Sans", "", 9.6)
    pdf.multi_cell(pdf.epw - 7, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.ln(3)
pdf.p("Övriga avgifter i taxorna är oförändrade. Timavgifterna har räknats upp med hänsyn till löne- och "
      "kostnadsutvecklingen och till att en större del av kostnaderna för tillsynen ska täckas av avgifter.",
      size=9.6)
pdf.h2("Handläggningstider", size=10.5)
pdf.p("Nämnden har som mål att alla lovärenden ska beslutas inom tio veckor från komplett ansökan. Medianen låg "
      "under tio veckor för alla ärendetyper, men för förhandsbesked tog många ärenden längre tid eftersom de "
      "krävde remiss till länsstyrelsen och kompletterande utredning av vatten och avlopp.", size=9.6)
pdf.ln(12)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Vindala den {dmy(D_SIGNED)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(9)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Pontus Carlén", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.6, "Miljö- och byggchef", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
