"""(a) Fällinge kommun – driftbudget 2027 och plan 2028–2029 per nämnd och verksamhet (mnkr).

Layout: DejaVu Sans. P. 1 (portrait): key–value block, a summary whose sentences carry competing totals
(nettokostnad 2027 / 2028 / 2029, change, the largest nämnd, the result) and a "–" list of the direction of the
budget. Pp. 2–3 (LANDSCAPE): Tabell 1, a hand-drawn table with a THREE-LEVEL HEADING: "Beslutad budget" over
"Budget 2027" and "Ekonomisk plan" over "Plan 2028" and "Plan 2029", each year split into Intäkter / Kostnader /
Netto. Only horizontal rules plus thin vertical rules between the year groups; the Netto columns are shaded.
Costs are negative with "−", "–" marks no income. Bold shaded group rows per nämnd, italic "Summa <nämnd>" rows
with a rule above and a bold "Totalt nämnderna" row with a double rule. The table breaks INSIDE
Socialnämnden; p. 3 repeats the caption with "(forts.)", the whole three-level heading and the group row with
"(forts.)". P. 4 (portrait): the financing table (skatteintäkter, nämnder, finansförvaltning, finansnetto,
resultat) with horizontal rules only, and comments per nämnd. Metadata title set.
"""
import datetime as dt

from common22 import HERE, Doc, dec, nb
from data import A_GROUPS, A_YEARS, A_BREAK_AFTER, A_SKATT, A_FINANSFORV, A_FINANSNETTO, a_sum, a_result, r1

OUT = HERE / "fallinge-driftbudget-2027-plan-2028-2029.pdf"
ACC = (20, 80, 120)
pdf = Doc("Fällinge kommun", "Budget 2027 och plan 2028–2029", "Sida {p}", font="dejavu", accent=ACC,
          foot="Fällinge kommun · Ekonomiavdelningen · Driftbudget 2027, plan 2028–2029",
          title="Fällinge kommun – Driftbudget 2027 och plan 2028–2029", author="Ekonomiavdelningen",
          created=dt.datetime(2026, 11, 30, 8, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)

tot = a_sum()
sn = a_sum("Socialnämnden")
bun = a_sum("Barn- och utbildningsnämnden")
inc = r1(tot[2][2] - tot[0][2])
pct = dec(-inc / -tot[0][2] * 100)


def m(x):
    """mnkr cell: '–' for zero, '−' for negatives."""
    return "–" if x == 0 else dec(x)


pdf.add_page()
pdf.title_block("Driftbudget 2027 och plan 2028–2029", "Nämndernas intäkter, kostnader och nettokostnader per "
                "verksamhet", size=19)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-23, § 142"), ("Diarienummer", "KS 2026/208"),
        ("Belopp", "Miljoner kronor (mnkr) i löpande priser"),
        ("Kontakt", "Ekonomiavdelningen, kommunledningskontoret")], lw=34, size=9.3)
pdf.h1("Sammanfattning")
pdf.p(f"Nämndernas nettokostnader budgeteras till {dec(-tot[0][2])} mnkr för 2027. I planen beräknas de öka till "
      f"{dec(-tot[1][2])} mnkr 2028 och {dec(-tot[2][2])} mnkr 2029, vilket är en ökning med {dec(-inc)} mnkr "
      f"eller {pct} procent under perioden.", size=9.8)
pdf.p(f"Barn- och utbildningsnämnden har den största ramen med en nettokostnad på {dec(-bun[0][2])} mnkr 2027. "
      f"Socialnämndens nettokostnad är {dec(-sn[0][2])} mnkr samma år, men den ökar snabbast i planen, främst "
      "på grund av fler äldre över 80 år och nya bostäder med särskild service.", size=9.8)
pdf.p(f"Med beräknade skatteintäkter och generella statsbidrag på {dec(A_SKATT[0])} mnkr ger budgeten ett "
      f"resultat på {dec(a_result(0))} mnkr 2027, motsvarande "
      f"{dec(a_result(0) / A_SKATT[0] * 100)} procent av skatteintäkterna. Det finansiella målet är minst "
      "2,0 procent.", size=9.8)
pdf.h2("Budgetens inriktning")
pdf.bullets(["Nämnderna får kompensation för löneökningar med 3,0 procent 2027 och 2,8 procent per år i "
             "planen.",
             "Prisuppräkningen för övriga kostnader är 2,0 procent per år.",
             "Volymförändringar i förskola, skola och äldreomsorg beräknas utifrån befolkningsprognosen från "
             "april 2026.",
             "Kommunens interna hyror räknas upp med 3,0 procent per år och redovisas som intäkter hos "
             "fastighetsförvaltningen."], sym="–", size=9.4, lh=4.6)
pdf.h2("Läsanvisning")
pdf.p("Tabell 1 redovisar varje verksamhet med intäkter, kostnader och netto för budgetåret och de två "
      "planåren. Kostnader redovisas med minustecken. Netto är intäkter minus kostnader, och ett negativt netto "
      "betyder att verksamheten finansieras med skattemedel.", size=9.4)

# ---------------------------------------------------------------- Tabell 1, landscape, three-level heading
LW, NW = 77, 20.8
X0 = 15
XS = [X0 + LW + i * NW for i in range(9)]
RH = 5.6
NET_FILL = (232, 240, 246)
GROUP_FILL = (214, 228, 238)


def heading(cont):
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.set_x(X0)
    pdf.cell(0, 6, "Tabell 1. Driftbudget per nämnd och verksamhet, mnkr" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    y = pdf.get_y()
    right = XS[-1] + NW
    hh = 5.2
    # shaded netto columns behind the heading
    for k in range(3):
        pdf.set_fill_color(*NET_FILL)
        pdf.rect(XS[3 * k + 2], y + 2 * hh, NW, hh, style="F")
    pdf.set_line_width(0.6)
    pdf.line(X0, y, right, y)
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(X0, y + hh * 0.5)
    pdf.multi_cell(LW, 4.2, "Nämnd och verksamhet\nmnkr", align="L")
    # level 1
    pdf.set_xy(XS[0], y)
    pdf.cell(3 * NW, hh, "Beslutad budget", align="C")
    pdf.set_xy(XS[3], y)
    pdf.cell(6 * NW, hh, "Ekonomisk plan", align="C")
    pdf.line(XS[0] + 1.5, y + hh, XS[3] - 1.5, y + hh)
    pdf.line(XS[3] + 1.5, y + hh, right - 1.5, y + hh)
    # level 2
    pdf.set_font("Sans", "B", 8.2)
    for k, lab in enumerate(A_YEARS):
        pdf.set_xy(XS[3 * k], y + hh)
        pdf.cell(3 * NW, hh, lab, align="C")
        pdf.line(XS[3 * k] + 1.5, y + 2 * hh, XS[3 * k] + 3 * NW - 1.5, y + 2 * hh)
    # level 3
    pdf.set_font("Sans", "", 7.8)
    for k in range(3):
        for j, lab in enumerate(("Intäkter", "Kostnader", "Netto")):
            pdf.set_xy(XS[3 * k + j], y + 2 * hh)
            pdf.cell(NW - 1, hh, lab, align="R")
    pdf.set_line_width(0.4)
    pdf.line(X0, y + 3 * hh, right, y + 3 * hh)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 3 * hh)
    return y


def row(label, vals, style="", fill_label=None, rule=None, indent=3):
    y = pdf.get_y()
    right = XS[-1] + NW
    if fill_label:
        pdf.set_fill_color(*fill_label)
        pdf.rect(X0, y, right - X0, RH, style="F")
    else:
        for k in range(3):
            pdf.set_fill_color(*NET_FILL)
            pdf.rect(XS[3 * k + 2], y, NW, RH, style="F")
    if rule == "single":
        pdf.line(X0, y, right, y)
    elif rule == "double":
        pdf.line(X0, y, right, y)
        pdf.line(X0, y + 0.7, right, y + 0.7)
    pdf.set_font("Sans", style, 8.3)
    pdf.set_xy(X0 + indent, y)
    pdf.cell(LW - indent, RH, label)
    for x, v in zip(XS, vals):
        pdf.set_xy(x, y)
        pdf.cell(NW - 1, RH, v, align="R")
    pdf.set_y(y + RH)


def vlines(y0, y1):
    pdf.set_draw_color(150, 150, 150)
    for k in range(3):
        pdf.line(XS[3 * k], y0 + (5.2 if k == 2 else 0), XS[3 * k], y1)   # Plan 2029 below "Ekonomisk plan"
    pdf.set_draw_color(0, 0, 0)


pdf.add_page(orientation="L")
pdf.set_margins(X0, 25, X0)
y_top = heading(False)
for g, rs in A_GROUPS:
    row(g, [""] * 9, "B", GROUP_FILL, indent=1)
    for v, s in rs:
        row(v, [m(s[y][c]) for y in range(3) for c in range(3)])
        if v == A_BREAK_AFTER:
            vlines(y_top, pdf.get_y())
            pdf.set_line_width(0.4)
            pdf.line(X0, pdf.get_y(), XS[-1] + NW, pdf.get_y())
            pdf.set_line_width(0.2)
            pdf.set_font("Sans", "I", 7.6)
            pdf.set_xy(X0, pdf.get_y() + 1.5)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.")
            pdf.add_page(orientation="L")
            y_top = heading(True)
            row(g + " (forts.)", [""] * 9, "B", GROUP_FILL, indent=1)
    sm = a_sum(g)
    row(f"Summa {g[0].lower() + g[1:]}", [m(sm[y][c]) for y in range(3) for c in range(3)], "BI", rule="single",
        indent=1)
    pdf.ln(1.2)
row("Totalt nämnderna", [m(tot[y][c]) for y in range(3) for c in range(3)], "B", rule="double", indent=1)
vlines(y_top, pdf.get_y())
pdf.set_line_width(0.6)
pdf.line(X0, pdf.get_y(), XS[-1] + NW, pdf.get_y())
pdf.set_line_width(0.2)
pdf.ln(3)
pdf.set_font("Sans", "", 7.6)
for note in ("Not: Fastighetsförvaltningens intäkter består till största delen av interna hyror från övriga "
             "nämnder. Verksamheten redovisar därför ett positivt netto.",
             "Ekonomiskt bistånd och föreningsbidrag har inga intäkter och samma kostnad alla tre åren, eftersom "
             "nämnderna inte får någon uppräkning för dessa anslag i planen.",
             "Källa: Fällinge kommuns budgetsystem, beslut i kommunfullmäktige 2026-11-23."):
    pdf.set_x(X0)
    pdf.multi_cell(0, 3.8, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)

# ---------------------------------------------------------------- p. 4 financing and comments (portrait)
pdf.set_margins(20, 25, 20)
pdf.add_page(orientation="P")
pdf.h1("Finansiering och resultat")
rows_ = [("Skatteintäkter och generella statsbidrag", A_SKATT),
         ("Nämndernas nettokostnader", [tot[y][2] for y in range(3)]),
         ("Finansförvaltningen (pensioner och kapitalkostnader)", A_FINANSFORV),
         ("Finansnetto", A_FINANSNETTO),
         ("Årets resultat", [a_result(y) for y in range(3)])]
w = [92, 26, 26, 26]
y = pdf.get_y()
pdf.set_line_width(0.5)
pdf.line(20, y, 20 + sum(w), y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(20, y + 0.8)
pdf.cell(w[0], 5.5, "Mnkr")
for k, lab in enumerate(A_YEARS):
    pdf.cell(w[k + 1], 5.5, lab, align="R")
y += 7
pdf.line(20, y, 20 + sum(w), y)
for i, (lab, vals) in enumerate(rows_):
    last = i == len(rows_) - 1
    if last:
        pdf.line(20, y, 20 + sum(w), y)
    pdf.set_font("Sans", "B" if last else "", 8.8)
    pdf.set_xy(20, y + 0.6)
    pdf.cell(w[0], 5.5, lab)
    for k, v in enumerate(vals):
        pdf.cell(w[k + 1], 5.5, dec(v), align="R")
    y += 6.6
pdf.set_line_width(0.5)
pdf.line(20, y, 20 + sum(w), y)
pdf.set_line_width(0.2)
pdf.set_y(y + 4)
pdf.p("Resultatet understiger målet om 2,0 procent av skatteintäkterna under planåren 2028 och 2029. "
      "Kommunstyrelsen har därför fått i uppdrag att senast i juni 2027 föreslå åtgärder som stärker resultatet "
      "i planen.", size=9.6)
pdf.h1("Kommentarer per nämnd")
pdf.h2("Barn- och utbildningsnämnden")
pdf.p("Förskolans kostnader minskar under planperioden. Antalet barn i åldern 1–5 år väntas bli omkring 140 färre "
      "fram till 2029, och två förskoleenheter i Fällinge tätort slås samman hösten 2028. Gymnasieskolans "
      "kostnader ökar i stället, eftersom de stora årskullarna når gymnasiet.", size=9.6)
pdf.h2("Socialnämnden")
pdf.p("Äldreomsorgens kostnader ökar med drygt fyra procent per år. Ett nytt vård- och omsorgsboende med 60 "
      "platser i Lyngbacka öppnar 2028, och hemtjänsten väntas få fler timmar i takt med att antalet invånare "
      "över 80 år ökar.", size=9.6)
pdf.h2("Kommunstyrelsen")
pdf.p("Kollektivtrafikens kostnader ökar med sex procent per år enligt avtalet med den regionala "
      "kollektivtrafikmyndigheten. Räddningstjänsten får ett tillskott för en heltidsstyrka i Fällinge tätort.",
      size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
