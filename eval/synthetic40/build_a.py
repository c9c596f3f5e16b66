"""(a) Islinge kommun – personalekonomisk redovisning 2026 (bilaga till årsredovisningen).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages. Every page has a
PLUM STRIP DOWN THE LEFT EDGE; on p. 1 the strip is wider and carries the document name ROTATED 90° (reading
bottom to top) in white letter-spaced capitals, and there is no running header: a small-capital kicker, the title,
an ITALIC INGRESS, "Sammanfattning" with competing figures in running text (3 092 vs 3 051 staff, 439 temporary,
2 937,2 full-time equivalents; sick leave 7,2 vs 7,6 vs the goal 6,5, women 7,9, men 4,7; turnover 9,3 vs 10,3 vs
the goal 8,0; personnel costs 2 132,5 mnkr, 27,5 over budget) and "Nyckeltal i korthet" as a DASHED-FRAMED BOX of
three columns (Nyckeltal / 2026 / 2025, the 2025 values in grey). Pp. 2–4 have a running header with "Sida n av 4".
P. 2: Tabell 1, staff per förvaltning, with a STACKED HEADING ("Tillsvidareanställda" over 2025 / 2026; "2026"
over Visstidsanställda / Årsarbetare / Andel kvinnor, % / Personalomsättning, %), EXCEL-LIKE DATA BARS (pale plum
bars proportional to the value) behind the 2026 staff counts, a footnote mark on Socialförvaltningen¹ with the note
under the table, hairlines and a bold total row over a double rule; then "Personalomsättning" in running text
(285 departures, 97 pensions, 9,3 vs 6,1 excl. pensions vs 10,3). P. 3: Tabell 2, sick leave by gender and age
group 2024¹ / 2025 / 2026 with a signed change in procentenheter; the genders as GROUP BANDS IN SMALL CAPITALS LED
BY A PLUM SQUARE, a bold "… totalt" row closing each band, no vertical rules; the note on the recomputed 2024
values; comments and the passage on the 50+ group. P. 4: Tabell 3, personnel costs (Budget 2026 / Utfall 2026 /
Utfall 2025 / Avvikelse mot budget) with an INDENTED ITALIC "varav" row that is not summed and a bold sum row,
comments with competing figures for hired staff, "Åtgärder 2027" as a "•" LIST WITH NESTED "–" ITEMS, place, date,
signature and a grey approval line. Metadata title set.
"""
import datetime as dt

from common40 import HERE, Doc, nb
from data import (A_ADMIN, A_SICK, A_SICK_GROUPS, A_COSTS, A_DEPARTURES, A_PENSIONS, A_TURNOVER_PREV,
                  A_TURNOVER_GOAL, A_SICK_GOAL, A_PASSAGE, A_SOF_NOTE, A_MEASURES, A_DATE, A_HR, A_CEO, a_total,
                  a_turnover, a_row_cells, a_total_cells, a_sick_cells, a_cost_sum, a_cost_cells, g, d1, dmy)

OUT = HERE / "islinge-personalekonomisk-redovisning-2026.pdf"
ACC = (104, 40, 88)
PALE = (222, 196, 216)


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*ACC)
            self.rect(0, 0, 17, self.h, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 11)
            self.set_char_spacing(2.2)
            with self.rotation(90, 11.5, 262):
                self.text(11.5, 262, "PERSONALEKONOMISK REDOVISNING 2026")
            self.set_char_spacing(0)
            self.set_text_color(0, 0, 0)
            self.set_y(22)
            return
        self.set_fill_color(*ACC)
        self.rect(0, 0, 5, self.h, style="F")
        super().header()


pdf = ADoc("Islinge kommun", "Personalekonomisk redovisning 2026", "Sida {p} av 4", font="dejavu", serif=True,
           accent=ACC, foot="Islinge kommun · Bilaga till årsredovisningen 2026",
           title="Islinge kommun – Personalekonomisk redovisning 2026", author="Islinge kommun, HR-avdelningen",
           created=dt.datetime(2027, 3, 15, 10, 0, tzinfo=dt.timezone.utc), justify=True)
pdf.set_margins(28, 25, 22)
t25, t26, vis, aa, kv, oms = a_total()
turn, turn_ex = a_turnover()
tot_sick = A_SICK["Samtliga"][-1]
wom, men = A_SICK["Kvinnor"][-1], A_SICK["Män"][-1]
cost26, cost25, budget = a_cost_sum(2), a_cost_sum(3), a_cost_sum(1)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*ACC)
pdf.set_char_spacing(1.2)
pdf.cell(0, 5, "ISLINGE KOMMUN · KOMMUNSTYRELSEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.set_font("Sans", "B", 22)
pdf.multi_cell(0, 10, "Personalekonomisk redovisning 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Serif", "I", 11.5)
pdf.multi_cell(0, 6, "Redovisningen beskriver kommunens medarbetare, deras hälsa och rörlighet samt "
               "personalkostnaderna under året. Den är en bilaga till årsredovisningen och har tagits fram av "
               "HR-avdelningen.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Sammanfattning")
pdf.p(f"Den 31 december 2026 hade Islinge kommun {g(t26)} tillsvidareanställda medarbetare, {t26 - t25} fler än "
      f"ett år tidigare, då de var {g(t25)}. Därutöver fanns {vis} visstidsanställda. De tillsvidareanställda "
      f"motsvarade {d1(aa)} årsarbetare.")
pdf.p(f"Sjukfrånvaron minskade till {d1(tot_sick[3])} procent av den ordinarie arbetstiden, från "
      f"{d1(tot_sick[2])} procent 2025. Den ligger därmed fortfarande över kommunens mål på högst "
      f"{d1(A_SICK_GOAL)} procent. Kvinnornas sjukfrånvaro var {d1(wom[3])} procent och männens {d1(men[3])} "
      f"procent.")
pdf.p(f"Personalomsättningen blev {d1(turn)} procent, jämfört med {d1(A_TURNOVER_PREV)} procent året innan och "
      f"målet på högst {d1(A_TURNOVER_GOAL)} procent. Personalkostnaderna uppgick till {d1(cost26)} mnkr, vilket "
      f"är {d1(cost26 - budget)} mnkr mer än budgeterat.")
pdf.ln(2)
pdf.h2("Nyckeltal i korthet")
y0 = pdf.get_y() + 1
X0, WID = 28, [92, 30, 30]
rows = [("Tillsvidareanställda, antal", g(t26), g(t25)),
        ("Sjukfrånvaro, procent", d1(tot_sick[3]), d1(tot_sick[2])),
        ("Personalomsättning, procent", d1(turn), d1(A_TURNOVER_PREV)),
        ("Personalkostnader, mnkr", d1(cost26), d1(cost25))]
y = y0 + 3
h = pdf.row(X0 + 4, y, WID, ["L", "R", "R"], ["Nyckeltal", "2026", "2025"], style="B", size=9, font="Cond")
y += h
pdf.hline(X0 + 4, X0 + 4 + sum(WID), y, 0.3, ACC)
for lab, a, b in rows:
    h = pdf.row(X0 + 4, y + 0.6, WID, ["L", "R", "R"], [lab, a, b], size=9.4, font="Cond",
                colors=[None, None, (120, 120, 120)], styles=[None, "B", None])
    y += h + 0.6
pdf.set_draw_color(*ACC)
pdf.set_dash_pattern(dash=1.2, gap=0.9)
pdf.set_line_width(0.35)
pdf.rect(X0, y0, sum(WID) + 8, y - y0 + 3)
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 8)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Uppgifterna avser förhållandena den 31 december om inget annat anges. Källa: kommunens "
               "personal- och lönesystem.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("1 Anställda per förvaltning")
pdf.p("Tabell 1 visar antalet tillsvidareanställda per förvaltning vid årsskiftet, antalet visstidsanställda och "
      "årsarbetare samt andelen kvinnor och personalomsättningen under 2026. Barn- och utbildningsförvaltningen "
      "och vård- och omsorgsförvaltningen har tillsammans nästan sju av tio tillsvidareanställda.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Anställda per förvaltning 2026", new_x="LMARGIN", new_y="NEXT")
X0 = 28
WID = [51, 13, 21, 17, 17, 19, 22]
AL = ["L", "R", "R", "R", "R", "R", "R"]
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
TW = sum(WID)
y = pdf.get_y() + 1
pdf.set_font("Cond", "B", 8.2)
pdf.set_text_color(*ACC)
for label, a, b in (("Tillsvidareanställda", 1, 3), ("2026", 3, 7)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 4.5, label, align="C")
    pdf.hline(xs[a] + 1.5, xs[b] - 1.5, y + 4.8, 0.35, ACC)
pdf.set_text_color(0, 0, 0)
y += 5.6
head = ["Förvaltning", "2025", "2026", "Visstids-\nanställda", "Års-\narbetare", "Andel\nkvinnor, %",
        "Personal-\nomsättning, %"]
h = pdf.row(X0, y, WID, AL, head, style="B", size=7.6, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
vmax = max(x[3] for x in A_ADMIN)
for x in A_ADMIN:
    cells = a_row_cells(x)
    hh = pdf.row_h(WID, cells, size=8.4, font="Cond")
    bw = (WID[2] - 3) * x[3] / vmax
    pdf.set_fill_color(*PALE)
    pdf.rect(xs[2] + 1.5, y + 1.0, bw, hh - 2.0, style="F")
    pdf.row(X0, y, WID, AL, cells, size=8.4, font="Cond")
    y += hh
    pdf.hline(X0, X0 + TW, y, 0.1, (185, 185, 185))
pdf.hline(X0, X0 + TW, y + 0.5, 0.3, (40, 40, 40))
pdf.hline(X0, X0 + TW, y + 1.2, 0.3, (40, 40, 40))
y += 1.4
h = pdf.row(X0, y, WID, AL, a_total_cells(), size=8.4, font="Cond", style="B")
y += h + 1
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, A_SOF_NOTE + " Andelen kvinnor avser tillsvidareanställda. Personalomsättning: "
               "tillsvidareanställda som har slutat under året i procent av det genomsnittliga antalet "
               "tillsvidareanställda.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.h1("2 Personalomsättning")
pdf.p(f"Under 2026 avslutade {A_DEPARTURES} tillsvidareanställda sin anställning i kommunen, varav {A_PENSIONS} "
      f"gick i pension. Personalomsättningen blev därmed {d1(turn)} procent. Exklusive pensionsavgångar var "
      f"omsättningen {d1(turn_ex)} procent. Året innan var personalomsättningen {d1(A_TURNOVER_PREV)} procent.")
pdf.p("Omsättningen är fortsatt högst inom socialförvaltningen, där många socialsekreterare har gått till andra "
      "kommuner och till bemanningsföretag. Lägst var omsättningen inom kultur- och fritidsförvaltningen.")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Sjukfrånvaro")
pdf.p("Sjukfrånvaron redovisas som andel av den ordinarie arbetstiden. Tabell 2 visar sjukfrånvaron per kön och "
      "åldersgrupp under de tre senaste åren.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Sjukfrånvaro per kön och åldersgrupp, procent", new_x="LMARGIN", new_y="NEXT")
WID = [60, 22, 22, 22, 34]
AL = ["L", "R", "R", "R", "R"]
TW = sum(WID)
y = pdf.get_y() + 1
h = pdf.row(X0, y, WID, AL, ["Åldersgrupp", "2024¹", "2025", "2026", "Förändring 2025–2026, procentenheter"],
            style="B", size=8.2, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
y += 1.5
for grp in A_SICK_GROUPS:
    pdf.set_fill_color(*ACC)
    pdf.rect(X0, y + 1.6, 2.6, 2.6, style="F")
    pdf.set_xy(X0 + 4, y + 0.6)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*ACC)
    pdf.set_char_spacing(1.0)
    pdf.cell(60, 4.6, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 6
    for r in A_SICK[grp]:
        last = r[0].endswith("totalt")
        if last:
            pdf.hline(X0 + 4, X0 + TW, y, 0.3, (60, 60, 60))
        h = pdf.row(X0 + 4, y, [WID[0] - 4] + WID[1:], AL, a_sick_cells(r), size=8.8, font="Cond",
                    style="B" if last else "")
        y += h
    y += 2.5
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, "¹ Värdena för 2024 har räknats om efter en ändring i lönesystemet och kan därför "
               "avvika från personalekonomisk redovisning 2024.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.h2("Kommentarer")
pdf.p("Sjukfrånvaron minskade i alla åldersgrupper utom bland medarbetare under 30 år, där den har ökat tre år i "
      "rad. Kvinnornas sjukfrånvaro är fortfarande betydligt högre än männens i samtliga åldersgrupper.")
pdf.p(f"Den största minskningen skedde bland medarbetare som är 50 år eller äldre. Minskningen förklaras främst "
      f"av att {A_PASSAGE}.")
pdf.p("Korttidsfrånvaron, det vill säga sjukfrånvaro kortare än 15 dagar, låg kvar på ungefär samma nivå som "
      "under 2025.")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Personalkostnader")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 3. Personalkostnader, mnkr", new_x="LMARGIN", new_y="NEXT")
WID = [58, 24, 24, 24, 30]
AL = ["L", "R", "R", "R", "R"]
TW = sum(WID)
y = pdf.get_y() + 1
h = pdf.row(X0, y, WID, AL, ["Post", "Budget 2026", "Utfall 2026", "Utfall 2025", "Avvikelse mot budget"],
            style="B", size=8.2, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
for c in A_COSTS:
    varav = not c[4]
    if varav:
        h = pdf.row(X0 + 5, y, [WID[0] - 5] + WID[1:], AL, a_cost_cells(c), size=8.6, font="Cond", style="I",
                    color=(90, 90, 90))
    else:
        h = pdf.row(X0, y, WID, AL, a_cost_cells(c), size=8.8, font="Cond")
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (185, 185, 185))
sums = ("Summa personalkostnader", budget, cost26, cost25, True)
pdf.hline(X0 + WID[0], X0 + TW, y + 0.4, 0.4, (40, 40, 40))
h = pdf.row(X0, y + 0.6, WID, AL, a_cost_cells(sums), size=8.8, font="Cond", style="B")
y += h + 1
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, "Avvikelse = budget minus utfall; ett negativt värde innebär att kostnaden blev högre än "
               "budgeterat. Övertid och mertid ingår i lönerna.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
hired = [c for c in A_COSTS if c[0] == "Inhyrd personal"][0]
pdf.p(f"Kostnaden för inhyrd personal minskade till {d1(hired[2])} mnkr från {d1(hired[3])} mnkr året innan, men "
      f"blev {d1(hired[2] - hired[1])} mnkr högre än budgeterat. Inhyrningen gäller främst sjuksköterskor inom vård "
      f"och omsorg och socialsekreterare.")
pdf.h1("5 Åtgärder 2027")
pdf.set_font("Serif", "", 10)
for t, subs in A_MEASURES:
    pdf.set_x(30)
    pdf.cell(6, 5, "•")
    pdf.multi_cell(0, 5, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(36)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(0, 5, nb(s_), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Islinge den {dmy(A_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.cell(0, 5, A_HR[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.cell(0, 4.5, A_HR[1], new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Sans", "", 8.2)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4.5, f"Redovisningen har godkänts av {A_CEO[1]} {A_CEO[0]} och behandlas av kommunstyrelsen i april 2027.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
