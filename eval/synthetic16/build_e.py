"""(e) Örsjöviks kommun – bostadsförsörjningsprogram 2027–2031.

Layout: decimal-numbered headings ("2.1 Befolkningsprognos"); p. 1 a counts sentence and a population table with
horizontal rules only (2026 utfall / 2031 prognos / förändring antal / förändring %, signed). P. 2: the project
table with a FULL GRID whose narrow columns have ROTATED (90°) headings (Upplåtelseform, Detaljplan, 2027–2031,
Summa), bold ort group rows, "–" for no dwellings, wrapped project names and a bold Totalt row. P. 3: text on
tenure and timing and a "•" list of priorities. DejaVu Sans. Metadata title set.
"""
import datetime as dt

from common16 import HERE, Doc, Group, Row, grp, dec
from data import (E_PROJ, E_YEARS, E_ORTER, e_cell, e_year_tot, e_form_tot, E_BEF, e_bef_row, e_bef_tot, E_PRIO)

OUT = HERE / "orsjovik-bostadsforsorjningsprogram-2027-2031.pdf"
ACC = (60, 60, 130)
pdf = Doc("Örsjöviks kommun", "Bostadsförsörjningsprogram 2027–2031", "{p}/3", font="dejavu", accent=ACC,
          foot="Antaget av kommunfullmäktige i Örsjöviks kommun 2026-12-14, § 188",
          title="Örsjöviks kommun – Bostadsförsörjningsprogram 2027–2031", author="Samhällsbyggnadsförvaltningen",
          created=dt.datetime(2026, 12, 16, 13, 0, tzinfo=dt.timezone.utc))
yt = e_year_tot()
total = sum(yt)
hy, br, ag = e_form_tot("Hyresrätt"), e_form_tot("Bostadsrätt"), e_form_tot("Äganderätt")
bt = e_bef_tot()
old = e_bef_row(E_BEF[-1])
kids = e_bef_row(E_BEF[0])

pdf.add_page()
pdf.title_block("Bostadsförsörjningsprogram 2027–2031", "Riktlinjer och planerat bostadsbyggande i Örsjöviks kommun",
                size=18)
pdf.h1("1 Inledning")
pdf.p("Kommunen ska enligt lagen om kommunernas bostadsförsörjningsansvar anta riktlinjer för "
      "bostadsförsörjningen varje mandatperiod. Programmet visar hur många bostäder som väntas bli "
      "färdigställda i kommunens fyra orter och vilka grupper som behöver särskild uppmärksamhet.", size=9.8)
pdf.p(f"Programmet omfattar {grp(total)} bostäder 2027–2031, varav {hy} hyresrätter, {br} bostadsrätter och {ag} "
      f"småhus med äganderätt. Flest bostäder väntas bli klara 2030, då {yt[3]} bostäder ska stå färdiga, "
      f"jämfört med {yt[0]} under 2027.", size=9.8)
pdf.h1("2 Befolkning och behov")
pdf.h2("2.1 Befolkningsprognos")
pdf.p(f"Antalet invånare väntas öka från {grp(bt[1])} till {grp(bt[2])} fram till 2031, alltså med {bt[3]} personer "
      f"eller {dec(bt[4])} procent. Gruppen 80 år och äldre växer mest, med {old[3]} personer ({dec(old[4])} procent), "
      f"medan antalet barn 0–5 år minskar med {-kids[3]}.", size=9.8)
t = []
for r in E_BEF:
    a, b, c, ch, pct = e_bef_row(r)
    t.append([a, grp(b), grp(c), dec(ch, d=0, plus=True), dec(pct, plus=True)])
t.append(Row([bt[0], grp(bt[1]), grp(bt[2]), dec(bt[3], d=0, plus=True), dec(bt[4], plus=True)], emphasis="B"))
pdf.ruled_table(["Åldersgrupp", "2026 (utfall)", "2031 (prognos)", "Förändring, antal", "Förändring, %"], t,
                [50, 28, 28, 28, 28], ["LEFT"] + ["RIGHT"] * 4, size=8.8, lh=4.6, borders="HORIZONTAL_LINES",
                head_fill=(255, 255, 255), head_color=ACC)
pdf.h2("2.2 Behov")
pdf.p("Efterfrågan är störst på mindre hyresrätter i centralorten och på lägenheter som passar äldre som vill "
      "flytta från sina villor. I Äspenäs finns också en efterfrågan på småhus från barnfamiljer som pendlar.",
      size=9.8)

pdf.add_page()
pdf.h1("3 Planerat bostadsbyggande")
pdf.p("Tabellen visar antalet bostäder som beräknas bli färdigställda per år. Ett streck betyder att inga "
      "bostäder blir klara det året.", size=9.4, lh=4.6)
rows = []
for ort in E_ORTER:
    rows.append(Group(ort))
    for p in E_PROJ:
        if p[2] == ort:
            rows.append([str(p[0]), p[1], p[2], p[3], p[4]] + [e_cell(v) for v in p[5]] + [str(sum(p[5]))])
rows.append(Row(["", "Totalt", "", "", ""] + [str(v) for v in yt] + [str(total)], emphasis="B"))
pdf.rot_table(["Nr", "Projekt", "Ort", "Upplåtelseform", "Detaljplan"] + [str(y) for y in E_YEARS] + ["Summa"],
              [False, False, False, True, True] + [True] * 6, rows,
              [8, 36, 18, 21, 21, 10.4, 10.4, 10.4, 10.4, 10.4, 10], ["C", "L", "L", "L", "L"] + ["R"] * 6, size=8.4, lh=4.2,
              head_h=26, font="Cond")
pdf.p("Detaljplanens status anges som Laga kraft, Granskning, Samråd eller Ej påbörjad. Projekt med plan som "
      "ännu inte har vunnit laga kraft kan förskjutas.", size=9.0, lh=4.4)

pdf.add_page()
pdf.h1("3.1 Upplåtelseformer och tidplan")
pdf.p(f"Hälften av de planerade bostäderna är hyresrätter. Det är en medveten prioritering eftersom de flesta som "
      "står i bostadskön söker en mindre hyreslägenhet och eftersom nyanställda inom vården och industrin ofta "
      "behöver en bostad snabbt.", size=9.8)
pdf.p("De första bostäderna i Qvistbro centrum kan inte bli klara förrän 2030 eftersom marken först måste saneras efter den "
      "tidigare bensinstationen och detaljplanearbetet ännu inte har påbörjats. Östra Åkanten väntar på att "
      "planprogrammet för stadsdelen ska bli klart.", size=9.8)
pdf.h1("4 Prioriteringar")
pdf.bullets(E_PRIO, size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
