"""(e) Bredåkers kommun – årsredovisning 2026 (utdrag): finansiell ställning, balansräkning och nyckeltal.

Layout: Liberation Serif body (justified), Liberation Sans tables, 3 pages. P. 1 (portrait): a section opener
with a LARGE GREY SECTION NUMBER "4" beside the heading, the text on the financial position quoting figures
(balance total, equity, soliditet with and without pensions, long-term debt, cash, pension commitment) and a
"•" list of the events that affected the balance sheet. P. 2 (LANDSCAPE): the BALANCE SHEET AS TWO SIDE-BY-SIDE
PANELS ("T-account" layout): TILLGÅNGAR on the left, EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER on the right, each
panel with its own heading band (Not / 2026-12-31 / 2025-12-31), bold group lines, indented posts, italic
"Summa …" lines under a short rule and the bold panel total under a double rule; the two totals stand on the same
line. The ansvarsförbindelse follows under the right panel and a note on the mnkr rounding under both. P. 3
(portrait): Tabell 2, key ratios 2024 / 2025 / 2026 with a separate UNIT COLUMN and the newest year BOLD in a
tinted column, ruled lightly; then comments on the balance sheet (why pågående nyanläggningar grew). Metadata
title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import (E_ASSETS, E_PENSION_OUTSIDE, E_LONG_DEBT, E_NETINV, e_sum, e_eq, e_total_assets, e_liab_rows,
                  e_soliditet, e_soliditet_inkl, e_short_debt, e_ratios, E_YEARS, E_PROV, dec)

OUT = HERE / "bredaker-arsredovisning-2026-balansrakning.pdf"
NAVY = (30, 50, 90)
TITLE = "Bredåkers kommun – Årsredovisning 2026, avsnitt 4 Finansiell ställning och balansräkning"
pdf = Doc("Bredåkers kommun", "Årsredovisning 2026", "{p}", font="liberation", serif=True, justify=True,
          accent=NAVY, foot="Bredåkers kommun · Årsredovisning 2026 · Avsnitt 4", title=TITLE,
          author="Bredåkers kommun, ekonomiavdelningen",
          created=dt.datetime(2027, 3, 29, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
ta0, ta1 = e_total_assets(0), e_total_assets(1)
eq0, eq1 = e_eq(0), e_eq(1)
kassa = [r for _, rows in E_ASSETS for r in rows if r[0] == "Kassa och bank"][0]
pag = [r for _, rows in E_ASSETS for r in rows if r[0] == "Pågående nyanläggningar"][0]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y() + 2
pdf.set_font("Sans", "B", 54)
pdf.set_text_color(200, 204, 214)
pdf.set_xy(18, y - 4)
pdf.cell(22, 24, "4")
pdf.set_text_color(*NAVY)
pdf.set_font("Sans", "B", 19)
pdf.set_xy(42, y + 2)
pdf.cell(0, 9, "Finansiell ställning")
pdf.set_font("Serif", "I", 10.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(42, y + 11)
pdf.cell(0, 6, "Årsredovisning 2026 · utdrag ur förvaltningsberättelsen och räkenskaperna")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 24)
pdf.h1("Balansomslutning och eget kapital", size=12)
pdf.p(f"Balansomslutningen ökade med {dec(ta0 - ta1)} mnkr och uppgick till {dec(ta0)} mnkr den 31 december "
      f"2026. Ökningen beror främst på årets investeringar, som uppgick till {dec(E_NETINV[2])} mnkr netto och var "
      "de största i kommunens historia.", size=10)
pdf.p(f"Det egna kapitalet ökade med årets resultat på {dec(eq0[0])} mnkr och uppgick till {dec(eq0[3])} mnkr vid "
      f"årets slut. Soliditeten var {dec(e_soliditet(0))} procent, en ökning med "
      f"{dec(e_soliditet(0) - e_soliditet(1))} procentenheter. Om även de pensionsförpliktelser som redovisas som "
      f"ansvarsförbindelse räknas med var soliditeten {dec(e_soliditet_inkl(0))} procent.", size=10)
pdf.h1("Skulder och likviditet", size=12)
pdf.p(f"De långfristiga skulderna ökade med {dec(E_LONG_DEBT[0] - E_LONG_DEBT[1])} mnkr till {dec(E_LONG_DEBT[0])} "
      "mnkr, eftersom kommunen tog upp nya lån för ombyggnaden av reningsverket. De kortfristiga skulderna minskade "
      f"till {dec(e_short_debt(0))} mnkr. Likviditeten försämrades under året, och kassa och bank uppgick till "
      f"{dec(kassa[2])} mnkr vid årets slut. Kommunen har en checkräkningskredit på 50,0 mnkr som inte har "
      "utnyttjats.", size=10)
pdf.p(f"Pensionsförpliktelserna som är intjänade före 1998 redovisas som ansvarsförbindelse och uppgick till "
      f"{dec(E_PENSION_OUTSIDE[0])} mnkr. Avsättningen för pensioner i balansräkningen ökade till "
      f"{dec(E_PROV[0][2])} mnkr.", size=10)
pdf.h1("Händelser som påverkat balansräkningen", size=12)
pdf.bullets(["Ombyggnaden av Bredåkers reningsverk pågår och beräknas vara klar hösten 2028.",
             "Förskolan Humlan i Lillbyn byggs och tas i bruk i augusti 2027.",
             "Kortfristiga placeringar på 15,0 mnkr löstes in under året för att finansiera investeringarna.",
             "Två exploateringsfastigheter i Nolhed industriområde såldes."], size=9.8, lh=4.8)

# ---------------------------------------------------------------- p. 2 LANDSCAPE balance sheet in two panels
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 12.5)
pdf.set_text_color(*NAVY)
pdf.cell(0, 6, "Tabell 1. Balansräkning, kommunen (mnkr)", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
PW = [76, 10, 20, 20]          # label, Not, 2026, 2025
GAP = 17
LEFT0 = 20
RIGHT0 = LEFT0 + sum(PW) + GAP
FS, LH = 9, 4.3
top = pdf.get_y()


def panel(x0, title, sections, total_label, total):
    xs = [x0]
    for w in PW[:-1]:
        xs.append(xs[-1] + w)
    tw = sum(PW)
    y = top
    pdf.set_fill_color(*NAVY)
    pdf.rect(x0, y, tw, 7.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    for i, h in enumerate((title, "Not", "2026-12-31", "2025-12-31")):
        pdf.set_xy(xs[i] + 1, y + 1.6)
        pdf.cell(PW[i] - 2, 4.4, h, align="L" if i == 0 else ("C" if i == 1 else "R"))
    pdf.set_text_color(0, 0, 0)
    y += 9
    for sec, rows, summa in sections:
        if sec:
            pdf.set_font("Sans", "B", FS)
            pdf.set_xy(xs[0] + 1, y)
            pdf.cell(PW[0], LH, sec)
            y += LH + 0.6
        for post, note, v26, v25 in rows:
            pdf.set_font("Serif", "", FS)
            ind = 4 if sec else 1
            n = pdf._nlines(PW[0] - ind - 1, post)
            pdf.set_xy(xs[0] + ind, y)
            pdf.multi_cell(PW[0] - ind - 1, LH, post, align="L", new_x="RIGHT", new_y="TOP")
            yy = y + (n - 1) * LH
            pdf.set_font("Sans", "", FS - 0.6)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(xs[1], yy)
            pdf.cell(PW[1], LH, note, align="C")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", "", FS)
            for i, v in ((2, v26), (3, v25)):
                pdf.set_xy(xs[i], yy)
                pdf.cell(PW[i] - 1, LH, dec(v), align="R")
            y += n * LH + 0.7
        if summa:
            pdf.set_draw_color(120, 120, 120)
            pdf.line(xs[2] + 4, y, xs[3] + PW[3], y)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_font("Serif", "I", FS)
            pdf.set_xy(xs[0] + 1, y + 0.5)
            pdf.cell(PW[0], LH, summa[0])
            for i, v in ((2, summa[1]), (3, summa[2])):
                pdf.set_xy(xs[i], y + 0.5)
                pdf.cell(PW[i] - 1, LH, dec(v), align="R")
            y += LH + 3
        else:
            y += 1.5
    return xs, tw, y


left_secs = []
for sec, rows in E_ASSETS:
    if len(rows) == 1 and rows[0][0] == sec:
        left_secs.append((None, rows, None))
    else:
        left_secs.append((sec, rows, (f"Summa {sec.lower()}", e_sum(rows, 0), e_sum(rows, 1))))
right_secs = []
for sec, rows in e_liab_rows():
    right_secs.append((sec, rows, (f"Summa {sec.lower()}", e_sum(rows, 0), e_sum(rows, 1))))
xl, twl, yl = panel(LEFT0, "TILLGÅNGAR", left_secs, None, None)
xr, twr, yr = panel(RIGHT0, "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", right_secs, None, None)
ytot = max(yl, yr) + 1
for xs, tw, label, v in ((xl, twl, "SUMMA TILLGÅNGAR", (ta0, ta1)),
                         (xr, twr, "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", (ta0, ta1))):
    pdf.set_line_width(0.3)
    pdf.line(xs[0], ytot, xs[0] + tw, ytot)
    pdf.line(xs[0], ytot + 0.9, xs[0] + tw, ytot + 0.9)
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", FS - 0.3)
    pdf.set_xy(xs[0] + 1, ytot + 1.8)
    pdf.cell(PW[0] + PW[1] - 2, LH + 0.4, label)
    pdf.set_font("Serif", "B", FS)
    for i, val in ((2, v[0]), (3, v[1])):
        pdf.set_xy(xs[i], ytot + 1.8)
        pdf.cell(PW[i] - 1, LH + 0.4, dec(val), align="R")
y = ytot + 10
pdf.set_font("Sans", "B", FS)
pdf.set_xy(RIGHT0 + 1, y)
pdf.cell(PW[0], LH, "Ansvarsförbindelser")
pdf.set_font("Serif", "", FS)
pdf.set_xy(RIGHT0 + 4, y + LH + 0.6)
pdf.multi_cell(PW[0] - 5, LH, "Pensionsförpliktelser som inte har tagits upp bland skulder eller avsättningar",
               align="L", new_x="RIGHT", new_y="TOP")
yy = y + LH + 0.6 + LH
for i, v in ((2, E_PENSION_OUTSIDE[0]), (3, E_PENSION_OUTSIDE[1])):
    pdf.set_xy(xr[i], yy)
    pdf.cell(PW[i] - 1, LH, dec(v), align="R")
pdf.set_xy(LEFT0, y)
pdf.set_font("Serif", "I", 8)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(sum(PW), 3.8, "Beloppen är avrundade till miljoner kronor med en decimal, och summorna kan därför "
               "avvika något från summan av de ingående posterna. Noterna finns i den fullständiga årsredovisningen.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 key ratios and comments
pdf.add_page(orientation="P")
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*NAVY)
pdf.cell(0, 6, "Tabell 2. Nyckeltal 2024–2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [84, 16, 23, 23, 24]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
y = pdf.get_y()
pdf.set_fill_color(230, 234, 242)
pdf.rect(X[4], y, W[4], 7 + len(e_ratios()) * 6.4 + 1, style="F")
pdf.set_font("Sans", "B", 9)
for i, h in enumerate(("Nyckeltal", "Enhet") + tuple(str(v) for v in E_YEARS)):
    pdf.set_xy(X[i] + 1, y + 1.2)
    pdf.cell(W[i] - 2, 4.6, h, align="L" if i < 2 else "R")
pdf.set_draw_color(*NAVY)
pdf.set_line_width(0.5)
pdf.line(20, y + 7, 20 + sum(W), y + 7)
pdf.set_line_width(0.2)
y += 7.5
for k, r in enumerate(e_ratios()):
    n = 1
    pdf.set_font("Serif", "", 9.4)
    n = pdf._nlines(W[0] - 2, r[0])
    hh = max(6.4, n * 4.4 + 2)
    pdf.set_xy(X[0] + 1, y + 1)
    pdf.multi_cell(W[0] - 2, 4.4, r[0], align="L", new_x="RIGHT", new_y="TOP")
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(X[1] + 1, y + 1)
    pdf.cell(W[1] - 2, 4.4, r[1])
    pdf.set_text_color(0, 0, 0)
    for i in (2, 3, 4):
        pdf.set_font("Serif", "B" if i == 4 else "", 9.4)
        pdf.set_xy(X[i] + 1, y + 1)
        pdf.cell(W[i] - 3, 4.4, r[i], align="R")
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y + hh, 20 + sum(W), y + hh)
    y += hh
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Serif", "", 8)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 3.8, "Soliditet: eget kapital i procent av balansomslutningen. Inklusive samtliga "
               "pensionsförpliktelser: eget kapital minskat med ansvarsförbindelsen för pensioner, i procent av "
               "balansomslutningen. Skattesatsen avser den kommunala skattesatsen, kronor per hundralapp.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h1("Kommentarer till balansräkningen", size=12)
pdf.p(f"Pågående nyanläggningar ökade från {dec(pag[3])} till {dec(pag[2])} mnkr. Ökningen beror främst på "
      "ombyggnaden av reningsverket, som ska klara skärpta krav på rening av kväve och fosfor, och på bygget av "
      "förskolan Humlan. Anläggningarna aktiveras och börjar skrivas av när de tas i bruk.", size=10)
pdf.p("Fordringarna minskade något eftersom statsbidragen för december betalades ut före årsskiftet. Förrådet och "
      "exploateringsfastigheterna minskade när två tomter i Nolhed industriområde såldes.", size=10)
pdf.p("Andra avsättningar avser främst återställning av den gamla deponin vid Hultmossen. Arbetet pågår och "
      "avsättningen minskar i takt med att kostnaderna uppstår.", size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
