"""(c) Wirsnäs kommun – Klimatstrategi 2026–2030 med handlingsplan.

Layout: page 1 has the logo block, an introduction beside a shaded fact box with the four targets, and the
starting point with competing figures (base year, latest year, target level). Page 2: "Tabell 1" of emissions
per sector 2010–2023 with a change column, horizontal rules only, footnote marks in the heading, footnotes and
a "Källa:" line; "Tabell 2" of the organisation's own emissions (2019 / 2025 / Mål 2030). Pages 3–4: the
ACTION PLAN as a fully ruled grid whose five committee columns have ROTATED (vertical) headings with the
committees' full names, filled "●" (huvudansvarig) and open "○" (medverkar) marks, shaded group rows per
focus area, wrapping action texts, "inom ram" for no extra cost; the table breaks from p. 3 to p. 4 with the
rotated heading repeated; a legend and a "Källa:"-style note below. Running header "Wirsnäs kommun …
Klimatstrategi 2026–2030", footer with the adoption decision and "Sida 3 av 4". DejaVu, serif body. Metadata
title set.
"""
import datetime as dt

from common15 import HERE, Pub, Row, Group, dec, grp
from data import (C_SEKTOR, c_chg, c_sum, C_MAL_MINSKNING, c_mal_2030, C_EGNA, C_NAMNDER, C_OMRADEN, C_ATGARDER,
                  c_cost_sum)

OUT = HERE / "wirsnas-klimatstrategi-2026-2030.pdf"
ACC = (30, 110, 60)

pdf = Pub("Wirsnäs kommun", "Klimatstrategi 2026–2030", "Antagen av kommunfullmäktige 2026-02-16, § 14 · "
          "Dnr KS 2025/388", accent=ACC, serif=True,
          title="Wirsnäs kommun – Klimatstrategi 2026–2030 med handlingsplan", author="Kommunledningskontoret",
          created=dt.datetime(2026, 2, 20, 9, 45, tzinfo=dt.timezone.utc))
s = c_sum()

pdf.add_page()
pdf.logo_block("Wirsnäs kommun", "Kommunledningskontoret · Hållbarhetsenheten")
pdf.title_block("Klimatstrategi 2026–2030", "med handlingsplan för kommunens egen verksamhet och för "
                "kommunen som geografiskt område", size=20)
pdf.sidebar([
    "Klimatstrategin ersätter det miljöprogram som gällde 2019–2025. Den beskriver hur kommunen ska bidra till "
    "de nationella klimatmålen och vilka åtgärder nämnderna ska genomföra under perioden.",
    "Strategin gäller både kommunen som organisation och kommunen som geografiskt område. För det geografiska "
    "området kan kommunen påverka genom planering, upphandling, rådgivning och samarbeten med företag och "
    "föreningar.",
    "Handlingsplanen på sidorna 3–4 följs upp varje år i miljöbokslutet. Strategin revideras senast 2028."],
    "Målen i korthet", [("Minskning till 2030 jämfört med 2010, %", str(C_MAL_MINSKNING)),
                        ("Högsta utsläpp 2030, kton", dec(c_mal_2030())),
                        ("Fossilfri fordonsflotta senast", "2030"),
                        ("Egna lokaler fossilfria senast", "2027"),
                        ("Matsvinn, gram per portion", "≤ 30")], box_w=62)
pdf.h1("1 Utgångsläge")
pdf.p(f"År 2023 var utsläppen av växthusgaser inom kommunens geografiska område {dec(s[4])} kton "
      f"koldioxidekvivalenter. Det är {dec(-s[5])} procent lägre än basåret 2010, då utsläppen var {dec(s[0])} "
      f"kton. För att nå målet om {C_MAL_MINSKNING} procents minskning får utsläppen år 2030 vara högst "
      f"{dec(c_mal_2030())} kton, vilket kräver en minskning med {dec(s[4] - c_mal_2030())} kton på sju år.",
      size=9.8, lh=4.9)
pdf.p("Transporterna står för nästan hälften av utsläppen. De har minskat långsammare än i riket, eftersom "
      "många invånare pendlar långt med bil och andelen elbilar fortfarande är låg.", size=9.8, lh=4.9)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Utsläpp per sektor")
rows = [[r[0]] + [dec(x) for x in r[1:]] + [dec(c_chg(r), plus=True)] for r in C_SEKTOR]
rows.append(Row(["Summa"] + [dec(x) for x in s[:5]] + [dec(s[5], plus=True)], "B"))
pdf.h2("Tabell 1. Utsläpp av växthusgaser per sektor, kton koldioxidekvivalenter")
pdf.ruled_table(["Sektor", "2010¹", "2015", "2020", "2022", "2023²", "Förändring 2010–2023, %"], rows,
                [52, 16, 16, 16, 16, 16, 34], ["LEFT"] + ["RIGHT"] * 6, size=8.6, lh=4.5,
                borders="HORIZONTAL_LINES", head_fill=(226, 238, 228))
pdf.footnotes([("¹", "Basår för kommunens och länets klimatmål."),
               ("²", "Senaste tillgängliga år. Uppgifterna för 2023 är preliminära och kan komma att revideras.")])
pdf.source("Källa: Nationella emissionsdatabasen (RUS), publicerad 2025-06-10. Utsläpp från internationell "
           "sjöfart och flyg ingår inte.")
pdf.p("Utsläppen från industrin har minskat mest, eftersom Wirsnäs bruk 2019 bytte från eldningsolja till "
      "biobränsle i sin ångpanna. Jordbrukets utsläpp kommer främst från djurhållning och är i stort sett "
      "oförändrade sedan 2010.", size=9.8, lh=4.9)
pdf.h2("Tabell 2. Kommunorganisationens egna utsläpp, ton koldioxidekvivalenter")
rows = [[r[0], grp(r[1]), grp(r[2]), grp(r[3])] for r in C_EGNA]
rows.append(Row(["Summa", grp(sum(r[1] for r in C_EGNA)), grp(sum(r[2] for r in C_EGNA)),
                 grp(sum(r[3] for r in C_EGNA))], "B"))
pdf.ruled_table(["Utsläppskälla", "2019", "2025", "Mål 2030"], rows, [80, 26, 26, 26],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.5, borders="HORIZONTAL_LINES",
                head_fill=(226, 238, 228))
pdf.source("Källa: Kommunens drivmedelsstatistik, reseräkningar och energiuppföljning för egna lokaler.")

# ---------------------------------------------------------------- pages 3–4: action plan
pdf.add_page()
pdf.h1("3 Handlingsplan 2026–2030")
pdf.p(f"Handlingsplanen omfattar {len(C_ATGARDER)} åtgärder inom tre fokusområden. De åtgärder som har en "
      f"kostnad beräknas sammanlagt kosta {grp(c_cost_sum())} tkr under perioden och finansieras inom "
      "nämndernas investeringsramar. Övriga åtgärder genomförs inom befintlig budget. För varje åtgärd anges "
      "vilken nämnd som är huvudansvarig och vilka som medverkar.", size=9.8, lh=4.9)
pdf.p("Åtgärderna har valts ut i dialog med nämnderna under hösten 2025. Urvalet bygger på hur stor effekt "
      "åtgärden bedöms få på utsläppen, hur mycket den kostar per minskat ton och om kommunen har rådighet över "
      "den. Åtgärder som kräver beslut av andra aktörer, till exempel utbyggd tågtrafik, redovisas inte i "
      "handlingsplanen utan i kommunens yttranden till regionen.", size=9.8, lh=4.9)
pdf.p("Kostnaderna är beräknade i 2026 års prisnivå och avser investeringsutgifter. Driftkostnader som uppstår "
      "efter genomförandet, till exempel underhåll av laddpunkter, ska hanteras i nämndernas ordinarie "
      "budgetprocess.", size=9.8, lh=4.9)
names = {"KS": "Kommunstyrelsen", "BUN": "Barn- och utbildningsnämnden", "SBN": "Samhällsbyggnadsnämnden",
         "TN": "Tekniska nämnden", "VON": "Vård- och omsorgsnämnden"}
cols = [("Nr", 9, "C", False), ("Åtgärd", 82, "L", False)] + \
       [(names[n], 7.4, "C", True) for n in C_NAMNDER] + [("Klart år", 15, "C", False), ("Kostnad, tkr", 20, "R", False)]
rows = []
for i, omr in enumerate(C_OMRADEN):
    rows.append(Group(f"Fokusområde {i + 1}: {omr}"))
    for r in C_ATGARDER:
        if r[0] == i:
            rows.append([str(r[1]), r[2]] + [r[3].get(n, "") for n in C_NAMNDER] +
                        [str(r[4]), "inom ram" if r[5] is None else grp(r[5])])
pdf.rot_table(cols, rows, size=8.3, lh=4.1, head_h=44)
pdf.set_font("Serif", "I", 8.5)
pdf.multi_cell(0, 4.3, "● = huvudansvarig nämnd, ○ = medverkande nämnd. Inom ram = genomförs inom nämndens "
               "befintliga budget utan särskild finansiering.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Uppföljning")
pdf.p("Varje huvudansvarig nämnd rapporterar åtgärdernas status till kommunstyrelsen i samband med "
      "årsredovisningen. Hållbarhetsenheten sammanställer rapporterna i miljöbokslutet och föreslår vid behov "
      "nya åtgärder.", size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
