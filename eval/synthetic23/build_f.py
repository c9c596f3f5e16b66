"""(f) Annersjö kommun – personalbokslut 2026, with page 2 as a SCANNED IMAGE WITHOUT A TEXT LAYER.

Layout: DejaVu Sans, portrait. P. 1: title, "Personalen i siffror" as TWO KEY–VALUE BLOCKS SIDE BY SIDE under a
shared accent rule (value bold, previous year in grey parentheses), and a summary that points to the sick-leave
section on p. 2 without repeating any of its figures. P. 2 is a SCANNED PAGE: section 3 "Sjukfrånvaro" rendered
with PIL in Liberation Serif/Sans at 200 dpi – running text, Tabell 3 (sick leave in % by age group as rows and
KVINNOR / MÄN / SAMTLIGA × 2025 / 2026 as a TWO-ROW HEADING with short rules under the group names, horizontal
rules only, a bold "Samtliga åldrar" total row), the reasons for the increase and the long-term share – rotated
0.7°, blurred, with paper tone, grain, specks and a scanner shadow, placed as one JPEG on a page without running
header or footer. P. 3: Tabell 4, staff turnover per förvaltning 2025 / 2026 with a signed change in
procentenheter (full grid, bold total row), the measures for 2027 as a numbered list whose items wrap, and the
signature. No metadata title.
"""
import datetime as dt

from common23 import HERE, Doc, nb
from data import (F_STAFF, F_WOMEN_2026, F_VISSTID, F_MEDELALDER, F_TURNOVER, F_MEASURES, f_turnover_total,
                  f_scan_blocks, grp, t1, rhu)
from fractions import Fraction
from scan23 import render_scan

OUT = HERE / "annersjo-personalbokslut-2026.pdf"
ACC = (90, 60, 140)
pdf = Doc("Annersjö kommun", "Personalbokslut 2026", "Sida {p} av 3", font="dejavu", accent=ACC,
          foot="Annersjö kommun · HR-avdelningen · Personalbokslut 2026",
          created=dt.datetime(2027, 2, 12, 11, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(21, 25, 21)
to25, to26 = f_turnover_total(2), f_turnover_total(3)
women_pct = rhu(Fraction(F_WOMEN_2026 * 100, F_STAFF[1]))

# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.title_block("Personalbokslut 2026", "Annersjö kommun – medarbetare, hälsa och kompetensförsörjning", size=20)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.7)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Personalen i siffror", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
LEFT = [("Tillsvidareanställda", grp(F_STAFF[1]), f"(2025: {grp(F_STAFF[0])})"),
        ("varav kvinnor", grp(F_WOMEN_2026), f"({women_pct} procent)"),
        ("Visstidsanställda", grp(F_VISSTID), "")]
RIGHT = [("Medelålder", f"{t1(F_MEDELALDER)} år", ""),
         ("Personalomsättning", f"{t1(to26)} procent", f"(2025: {t1(to25)})"),
         ("Andel heltidsanställda", "87 procent", "(2025: 84)")]
y0 = pdf.get_y() + 1
CWID = (pdf.epw - 8) / 2
for c, block in enumerate((LEFT, RIGHT)):
    x = pdf.l_margin + c * (CWID + 8)
    y = y0
    for lab, val, prev in block:
        pdf.set_font("Sans", "", 9.2)
        pdf.set_xy(x, y)
        pdf.cell(CWID * 0.55, 6, lab)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(CWID * 0.22, 6, val, align="R")
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(CWID * 0.23, 6, " " + prev)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(220, 220, 220)
        pdf.line(x, y + 6, x + CWID, y + 6)
        pdf.set_draw_color(0, 0, 0)
        y += 6.6
pdf.set_y(y0 + 3 * 6.6 + 5)
pdf.h1("1. Sammanfattning")
pdf.p(f"Antalet tillsvidareanställda ökade under året med {F_STAFF[1] - F_STAFF[0]} personer till "
      f"{grp(F_STAFF[1])}. Ökningen finns främst i förskolan och i hemtjänsten. Andelen kvinnor är oförändrad, "
      f"{women_pct} procent, och medelåldern är {t1(F_MEDELALDER)} år.", size=9.8)
pdf.p(f"Personalomsättningen ökade från {t1(to25)} till {t1(to26)} procent. Den är högst inom vård och omsorg, "
      "där konkurrensen om undersköterskor och sjuksköterskor är hård. Socialförvaltningen har däremot "
      "minskat sin omsättning efter satsningen på introduktion av nya socialsekreterare.", size=9.8)
pdf.p("Sjukfrånvaron ökade under året, framför allt bland kvinnor. Den redovisas per kön och åldersgrupp i "
      "avsnitt 3 på sidan 2 tillsammans med en analys av orsakerna.", size=9.8)
pdf.h1("2. Kompetensförsörjning")
pdf.p("Under 2026 rekryterade kommunen 212 tillsvidareanställda. Svårast att rekrytera var legitimerade "
      "förskollärare, specialpedagoger och sjuksköterskor. Kommunen har fortsatt att erbjuda betald "
      "utbildning till undersköterska för anställda vårdbiträden; 18 medarbetare tog examen under året.",
      size=9.8)
pdf.bullets(["Heltid som norm infördes i ytterligare sex arbetsgrupper inom vård och omsorg.",
             "Chefsutvecklingsprogrammet genomfördes för 24 nya chefer.",
             "Lönekartläggningen visade inga osakliga löneskillnader mellan kvinnor och män."], size=9.6, lh=4.7)

# ---------------------------------------------------------------- page 2: the scanned page
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.7, seed=23))

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("4. Personalomsättning per förvaltning")
pdf.p("Personalomsättningen avser tillsvidareanställda som slutat på egen begäran, i procent av antalet "
      "tillsvidareanställda. Pensionsavgångar ingår inte.", size=9.4)
rows = []
for name, n, a, b in F_TURNOVER:
    rows.append([name, grp(n), t1(a), t1(b), t1(b - a, plus=True)])
rows.append(["Annersjö kommun totalt", grp(sum(r[1] for r in F_TURNOVER)), t1(to25), t1(to26),
             t1(to26 - to25, plus=True)])
pdf.ruled_table(["Förvaltning", "Anställda 2026", "Omsättning 2025, %", "Omsättning 2026, %",
                 "Förändring, p.e."], rows, [62, 26, 25, 25, 24], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
                size=8.8, bold_last=True, head_fill=(232, 226, 242))
pdf.p("Totalen är vägd efter antalet tillsvidareanställda per förvaltning. p.e. = procentenheter.", size=8.4)
pdf.h1("5. Åtgärder 2027")
pdf.numbered(F_MEASURES, size=9.7, lh=4.8)
pdf.ln(2)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, "Annersjö den 12 februari 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(7)
pdf.cell(0, 5, "Jenny Pålsson", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.5, "HR-chef", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
