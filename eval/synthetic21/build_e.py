"""(e) Kullsta kommun – socialnämnden, kvartalsuppföljning individ- och familjeomsorg, kv 4 2026.

Layout: Liberation Sans (Word look). P. 1: key–value block, a summary whose sentences carry competing figures
(households 409,0 vs 385,3; paid out 35 650 vs 32 450 tkr and a budget of 33 000 tkr; placed children 35 vs 33) and
the reason for the increase in placements, plus a "–" list of reading notes. P. 2: Tabell 1, key figures PER
QUARTER AGAINST THE SAME QUARTER OF THE PREVIOUS YEAR in a HAND-DRAWN TABLE WITH TWO HEADING ROWS: "kv 1" … "kv 4"
and "Helår" each span 2026 / 2025 (ten number columns), the 2026 columns SHADED, solid row rules, bold shaded
group rows (Ekonomiskt bistånd / Barn och unga / Vuxna), an indented "varav" row and notes "1)" "2)" under the
table. P. 3: a TWO-COLUMN page "Åtgärder 2027": headed "•" lists (left column Ekonomiskt bistånd and Barn och unga,
right column Vuxna and Personal och ledning) whose items wrap over two to four lines. No metadata title.
"""
import datetime as dt

from common21 import HERE, Doc, grp, dec
from data import E_GROUPS, E_MEASURES, e_rows, e_year, pct

OUT = HERE / "kullsta-sn-kvartalsuppfoljning-ifo-kv4-2026.pdf"
ACC = (110, 60, 20)
pdf = Doc("Kullsta kommun", "Socialförvaltningen", "Sida {p} av {nb}", font="liberation", accent=ACC,
          foot="Kvartalsuppföljning individ- och familjeomsorg, kv 4 2026 · Dnr SN 2027/12",
          created=dt.datetime(2027, 1, 25, 9, 30, tzinfo=dt.timezone.utc))

E_BUDGET = 33000
rows_ = dict((r[0], r) for _, r in e_rows())
hh = rows_["Hushåll med ekonomiskt bistånd, antal (snitt per månad)"]
ut = rows_["Utbetalt ekonomiskt bistånd, tkr"]
pl = rows_["Placerade barn och unga vid kvartalets slut, antal"]


def num(x):
    return dec(x) if isinstance(x, float) and not float(x).is_integer() else grp(x)


pdf.add_page()
pdf.title_block("Kvartalsuppföljning individ- och familjeomsorg", "Kvartal 4 och helår 2026", size=18)
pdf.kv([("Nämnd", "Socialnämnden"), ("Sammanträde", "2027-02-10"), ("Diarienummer", "SN 2027/12"),
        ("Avser", "1 oktober–31 december 2026 samt helåret 2026")], lw=36, size=9.4)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Under 2026 fick i genomsnitt {dec(e_year(hh, 0))} hushåll ekonomiskt bistånd varje månad, jämfört med "
      f"{dec(e_year(hh, 1))} hushåll under 2025. Sammanlagt betalades {grp(e_year(ut, 0))} tkr ut, vilket är "
      f"{dec(pct(e_year(ut, 0), e_year(ut, 1)))} procent mer än föregående år ({grp(e_year(ut, 1))} tkr). "
      f"Budgeten för ekonomiskt bistånd var {grp(E_BUDGET)} tkr, och utfallet blev därmed "
      f"{grp(e_year(ut, 0) - E_BUDGET)} tkr högre än budget.", size=10)
pdf.p(f"Vid årets slut var {e_year(pl, 0)} barn och unga placerade, mot {e_year(pl, 1)} ett år tidigare. "
      "Antalet placeringar har legat högre än föregående år i samtliga kvartal. Ökningen beror främst på att två "
      "syskongrupper placerades under våren och på att kommunen saknar egna familjehem, så att fler barn har "
      "placerats i konsulentstödda familjehem.", size=10)
pdf.p("Väntetiderna har däremot blivit kortare. Både väntetiden till nybesök för ekonomiskt bistånd och "
      "väntetiden på beroendemottagningen var under fjärde kvartalet de kortaste sedan uppföljningen började.",
      size=10)
pdf.h2("Läsanvisning")
pdf.bullets(["Varje kvartal jämförs med samma kvartal föregående år.",
             "Antal hushåll och väntetider är genomsnitt, medan antal ärenden och utbetalda belopp är summor för "
             "perioden.",
             "Placeringar räknas vid kvartalets sista dag."], sym="–", size=9.6)

# ---------------------------------------------------------------- p. 2: key figures per quarter
pdf.add_page()
pdf.set_margins(15, 25, 15)
pdf.set_x(15)
pdf.h1("Nyckeltal per kvartal", size=12.5)
head = [[("Nyckeltal", 1, 2), ("kv 1", 2), ("kv 2", 2), ("kv 3", 2), ("kv 4", 2), ("Helår 1)", 2)],
        [("2026", 1), ("2025", 1)] * 5]
widths = [52] + [12.8] * 10
aligns = ["L"] + ["R"] * 10
rows = []
for g, rs in E_GROUPS:
    rows.append({"cells": [g], "kind": "group"})
    for r in rs:
        cells = ["   " + r[0] if r[0].startswith("varav") else r[0]]
        for a, b in r[2]:
            cells += [grp(a), grp(b)]
        cells += [dec(e_year(r, 0)) if r[1] == "snitt" else grp(e_year(r, 0)),
                  dec(e_year(r, 1)) if r[1] == "snitt" else grp(e_year(r, 1))]
        rows.append({"cells": cells})
shade = (246, 236, 226)
pdf.table18(head, rows, widths, aligns, size=8.1, lh=4.0, font="Cond", pad=1.2, sep="solid",
            head_fill=(236, 222, 208), group_fill=(228, 228, 228),
            col_fill={1: shade, 3: shade, 5: shade, 7: shade, 9: shade},
            caption="Tabell 1. Nyckeltal per kvartal 2026 jämfört med samma kvartal 2025")
pdf.footnotes(["Helår: summa för antal ärenden och utbetalt bistånd, genomsnitt för hushåll och väntetider, "
               "värdet den 31 december för placeringar.",
               "Uppgifterna för 2025 är hämtade ur verksamhetssystemet i januari 2026 och kan avvika något från "
               "tidigare rapporter."], size=7.8, lh=3.8)

# ---------------------------------------------------------------- p. 3: measures in two columns
pdf.set_margins(20, 25, 20)
pdf.add_page()
pdf.h1("Åtgärder 2027", size=13)
pdf.p("Socialförvaltningen föreslår följande åtgärder för att minska behovet av ekonomiskt bistånd och "
      "placeringar och för att hålla nere väntetiderna. Åtgärderna ryms inom nämndens budget för 2027.", size=9.8)
pdf.ln(1)
left = [(h, None, items) for h, items in E_MEASURES[:2]]
right = [(h, None, items) for h, items in E_MEASURES[2:]]
pdf.brochure_columns(left, right, gutter=10, size=9.4, lh=4.7, head_color=ACC, sym="•")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
