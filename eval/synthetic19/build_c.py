"""(c) Uddmora kommun – personalbokslut 2026.

Layout: DejaVu Sans, teal accent. P. 1: a KEY-FIGURE STRIP across the page (five cells separated by thin
vertical lines, a big value, a label and the previous year in parentheses "(2025: 8,0 %)", accent rules above and
below), then a summary whose sentences hold 2–4 competing figures and the reason for the lower sick leave.
P. 2: Tabell 1, staff per förvaltning in a FULL GRID with the TOTAL ROW FIRST ("Hela kommunen", bold and shaded,
above the förvaltningar): Kvinnor / Män / Totalt 2026 / Totalt 2025 / Förändring (signed) / Andel kvinnor, %.
P. 3: Tabell 2, sick leave in % of scheduled time, with GENDER × YEAR AS ROWS (bold group rows Kvinnor / Män /
Samtliga, each with the rows 2024 / 2025 / 2026, the 2026 rows shaded) and the AGE GROUPS AS COLUMNS (–29 år /
30–49 år / 50 år– / Samtliga); no row rules. P. 4: Diagram 1, a VERTICAL GROUPED COLUMN CHART of sick leave per
förvaltning 2025 and 2026 drawn with rectangles, a value label above every bar, gridlines, a dashed reference line
for the whole municipality and a legend; comments below. Metadata title set.
"""
import datetime as dt

from common19 import HERE, Doc, grp, dec, Row
from data import (C_STAFF, C_YEARS, C_AGES, C_SICK, C_VISSTID, C_MEDELALDER, C_OMS, C_HELTID, C_LANG, c_tot,
                  c_change, c_share_w, c_totals, c_sick)

OUT = HERE / "uddmora-personalbokslut-2026.pdf"
ACC = (0, 110, 115)
pdf = Doc("Uddmora kommun", "Personalbokslut 2026", "Sida {p} av {nb}", font="dejavu", accent=ACC,
          foot="Uddmora kommun · HR-avdelningen · Personalbokslut 2026",
          title="Uddmora kommun – Personalbokslut 2026", author="HR-avdelningen",
          created=dt.datetime(2027, 3, 12, 9, 30, tzinfo=dt.timezone.utc))

w, m, t, t25 = c_totals()
tot26, tot25 = c_sick(yi=2), c_sick(yi=1)

pdf.add_page()
pdf.title_block("Personalbokslut 2026", "Uddmora kommuns medarbetare, arbetsmiljö och hälsa", size=20)
pdf.kpi_strip([(grp(t), "tillsvidareanställda", f"(2025: {grp(t25)})"),
               (f"{C_HELTID[0]} %", "anställda på heltid", f"(2025: {C_HELTID[1]} %)"),
               (f"{dec(tot26)} %", "sjukfrånvaro", f"(2025: {dec(tot25)} %)"),
               (f"{dec(C_MEDELALDER[0])} år", "medelålder", f"(2025: {dec(C_MEDELALDER[1])} år)"),
               (f"{dec(C_OMS[0])} %", "personalomsättning", f"(2025: {dec(C_OMS[1])} %)")])
pdf.h1("Sammanfattning")
pdf.p(f"Den 31 december 2026 hade Uddmora kommun {grp(t)} tillsvidareanställda medarbetare, {t - t25} fler än ett "
      f"år tidigare. Av dem var {grp(w)} kvinnor och {m} män. Därtill fanns {C_VISSTID[0]} visstidsanställda med "
      f"månadslön, jämfört med {C_VISSTID[1]} året innan.", size=9.6, lh=4.9)
pdf.p(f"Den totala sjukfrånvaron minskade från {dec(tot25)} procent 2025 till {dec(tot26)} procent 2026. "
      f"Kvinnornas sjukfrånvaro var {dec(c_sick('Kvinnor', yi=2))} procent och männens "
      f"{dec(c_sick('Män', yi=2))} procent. Långtidssjukfrånvaron, det vill säga frånvaro som pågått i 60 dagar "
      f"eller mer, stod för {dec(C_LANG[0])} procent av den totala sjukfrånvaron mot {dec(C_LANG[1])} procent "
      "året innan.", size=9.6, lh=4.9)
pdf.p("Minskningen förklaras främst av att flera långa sjukskrivningar inom vård och omsorg har avslutats efter "
      "arbetsträning och av att cheferna sedan mars 2026 tar tidig kontakt med företagshälsovården när en "
      "medarbetare har upprepad korttidsfrånvaro.", size=9.6, lh=4.9)
pdf.p(f"Personalomsättningen sjönk till {dec(C_OMS[0])} procent. Andelen medarbetare som arbetar heltid ökade till "
      f"{C_HELTID[0]} procent, som en följd av att alla nya tjänster inom vård och omsorg utannonseras på heltid.",
      size=9.6, lh=4.9)

pdf.add_page()
pdf.h1("Anställda per förvaltning")
pdf.p("Tabell 1 visar antalet tillsvidareanställda den 31 december. Förändringen avser skillnaden mot samma dag "
      "2025. Andelen kvinnor är avrundad till hela procent.", size=9.6, lh=4.9)
rows = [Row(["Hela kommunen", grp(w), grp(m), grp(t), grp(t25), f"{t - t25:+d}".replace("-", "−"),
             str(round(100 * w / t))], emphasis="B", fill=(222, 238, 238))]
for r in C_STAFF:
    ch = c_change(r)
    rows.append([r[0], str(r[2]), str(r[3]), str(c_tot(r)), str(r[4]),
                 (f"+{ch}" if ch > 0 else f"−{-ch}" if ch < 0 else "0"), str(c_share_w(r))])
pdf.set_font("Sans", "", 8.6)
pdf.ruled_table(["Förvaltning", "Kvinnor", "Män", "Totalt 2026", "Totalt 2025", "Förändring", "Andel kvinnor, %"],
                rows, [55, 16, 14, 19, 19, 22, 21], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
                size=8.6, lh=4.5, head_fill=(222, 238, 238))
pdf.p("Ökningen inom barn- och utbildningsförvaltningen beror på den nya grundskolan i Ravnäs som öppnade i "
      "augusti 2026. Inom vård- och omsorgsförvaltningen har antalet anställda minskat sedan ett av de särskilda "
      "boendena har lagts ned och verksamheten samlats på Ekmossens vård- och omsorgsboende.", size=9.6, lh=4.9)

pdf.add_page()
pdf.h1("Sjukfrånvaro efter kön och ålder")
pdf.p("Tabell 2 visar sjukfrånvaron i procent av den sammanlagda ordinarie arbetstiden. Kolumnen Samtliga och "
      "raderna för samtliga är vägda med arbetstiden i varje grupp.", size=9.6, lh=4.9)
rows = []
for g in ("Kvinnor", "Män", "Samtliga"):
    rows.append({"cells": [g], "kind": "group"})
    for yi, y in enumerate(C_YEARS):
        vals = [c_sick(None if g == "Samtliga" else g, a, yi) for a in range(3)]
        vals.append(c_sick(None if g == "Samtliga" else g, None, yi))
        rows.append({"cells": [str(y)] + [dec(v) for v in vals], "kind": "row" if yi < 2 else "hl"})
pdf.table18([[("Sjukfrånvaro, %", 1), (C_AGES[0], 1), (C_AGES[1], 1), (C_AGES[2], 1), ("Samtliga", 1)]],
            [dict(r, kind="row") if r.get("kind") == "hl" else r for r in rows],
            [50, 29, 29, 29, 29], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=9, lh=4.6, sep="none",
            head_fill=(222, 238, 238), head_rule=ACC, group_fill=(245, 245, 245), col_fill={4: (234, 244, 244)},
            caption="Tabell 2. Sjukfrånvaro 2024–2026 efter kön och åldersgrupp")
pdf.p(f"Sjukfrånvaron minskade i alla åldersgrupper bland kvinnorna mellan 2025 och 2026. Bland männen ökade den i "
      f"den äldsta åldersgruppen, från {dec(C_SICK['Män'][2][1])} till {dec(C_SICK['Män'][2][2])} procent, medan den "
      "minskade i de yngre grupperna.", size=9.6, lh=4.9)

pdf.add_page()
pdf.h1("Sjukfrånvaro per förvaltning")
pdf.col_chart([r[1] for r in C_STAFF],
              [[r[5] for r in C_STAFF], [r[6] for r in C_STAFF]], ["2025", "2026"],
              [(170, 205, 205), ACC], ymax=10, step=2, ref=tot26,
              ref_label=f"Hela kommunen 2026: {dec(tot26)} %", h=72,
              caption="Diagram 1. Sjukfrånvaro per förvaltning 2025 och 2026, procent av ordinarie arbetstid",
              unit_label="Procent")
pdf.p("Vård- och omsorgsförvaltningen har fortfarande den högsta sjukfrånvaron, men den har minskat för andra "
      "året i rad. Kultur- och fritidsförvaltningen är den enda förvaltning där sjukfrånvaron har ökat, vilket "
      "främst beror på ett fåtal långa sjukskrivningar i en liten personalgrupp.", size=9.6, lh=4.9)
pdf.p("Under 2027 fortsätter arbetet med tidig kontakt vid upprepad korttidsfrånvaro. Dessutom införs "
      "friskvårdsbidrag för alla tillsvidareanställda och visstidsanställda med månadslön.", size=9.6, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
