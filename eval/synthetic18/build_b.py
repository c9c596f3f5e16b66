"""(b) Knutsbro kommun – investeringsplan 2027–2031 (bilaga till budget 2027).

Layout: portrait, DejaVu Sans Condensed tables. P. 1: key–value block, totals in running text and the prioritised
projects as a NUMBERED LIST OF WHOLE SENTENCES. Pp. 2–3: the investment table, hand-drawn with solid row rules,
a TWO-LEVEL HEADING ("Planerade utgifter, tkr" spanning 2027 … 2031; Nr, Projekt, Total budget and Upparbetat
t.o.m. 2026 spanning both heading rows), a SHADED "Total budget" COLUMN, the verksamhet written ROTATED 90° IN A
SHADED BAND LEFT OF THE TABLE (one band per group and page), italic "Summa <verksamhet>" rows with a DOUBLE RULE
above, "–" for empty cells, a bold Totalt row and two "varav" rows; the table breaks from p. 2 to p. 3 with the
heading and the caption "(forts.)" repeated. P. 4: the tax-financed investments per year against the frame
(table with horizontal rules only) and text on financing. No metadata title.
"""
import datetime as dt

from common18 import HERE, Doc, grp, dec
from data import B_GROUPS, B_YEARS, b_total, b_sub, b_skatt, B_TAXE, B_RAM, B_PRIO

OUT = HERE / "knutsbro-investeringsplan-2027-2031.pdf"
ACC = (90, 60, 20)
pdf = Doc("Knutsbro kommun", "Investeringsplan 2027–2031", "Sida {p} (4)", font="dejavu", accent=ACC,
          foot="Bilaga 3 till Budget 2027 med plan för 2028–2031 · Kommunfullmäktige 2026-11-30, § 131",
          created=dt.datetime(2026, 12, 2, 14, 0, tzinfo=dt.timezone.utc))


def c(v):
    return grp(v) if v else "–"


tot, va, sk = b_sub(), b_sub(B_TAXE), b_skatt()
plan = sum(tot[2:])
pdf.add_page()
pdf.title_block("Investeringsplan 2027–2031", "Bilaga 3 till Budget 2027 med plan för 2028–2031", size=19)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-30, § 131"), ("Diarienummer", "KS 2026/214"),
        ("Belopp", "Tusental kronor (tkr), löpande priser")], lw=36)
pdf.h1("Sammanfattning")
pdf.p(f"Investeringsplanen omfattar {sum(len(g[1]) for g in B_GROUPS)} projekt med en sammanlagd total budget på "
      f"{grp(tot[0])} tkr, varav {grp(tot[1])} tkr redan har upparbetats till och med 2026. Under planperioden "
      f"2027–2031 planeras utgifter på {grp(plan)} tkr, varav {grp(tot[2])} tkr under 2027. Den taxefinansierade "
      f"VA-verksamheten står för {grp(sum(va[2:]))} tkr av planperioden.", size=9.8)
pdf.p(f"Fullmäktiges finansiella mål innebär att de skattefinansierade investeringarna inte bör överstiga "
      f"{grp(B_RAM)} tkr per år. Planen håller ramen alla år utom 2028, då de skattefinansierade investeringarna "
      f"uppgår till {grp(sk[3])} tkr.", size=9.8)
pdf.h2("Prioriterade projekt")
pdf.p("Kommunstyrelsen har pekat ut följande prioriteringar för planperioden:", size=9.8)
pdf.numbered(B_PRIO, size=9.6, lh=4.8)

pdf.set_margins(17, 25, 17)
pdf.add_page()
pdf.h1("Projekt per verksamhet")
pdf.p("Tabellen redovisar varje projekt med dess totala budget, vad som har upparbetats till och med 2026 och de "
      "planerade utgifterna per år. Projekten är grupperade per verksamhet, och verksamhetens namn står i den "
      "lodräta kolumnen till vänster.", size=9.6)
rows = []
for g, ps in B_GROUPS:
    for p in ps:
        rows.append({"cells": [p[0], p[1], grp(b_total(p)), c(p[2])] + [c(v) for v in p[3]], "band": g})
    s = b_sub(g)
    rows.append({"cells": ["", "Summa " + g.lower()] + [c(v) for v in s], "kind": "sub", "band": g})
rows.append({"cells": ["", "Totalt"] + [grp(v) for v in tot], "kind": "total"})
rows.append({"cells": ["", "varav skattefinansierat"] + [grp(v) for v in sk]})
rows.append({"cells": ["", "varav vatten och avlopp (taxa)"] + [grp(v) for v in va]})
pdf.table18([[("Nr", 1, 2), ("Projekt", 1, 2), ("Total budget", 1, 2), ("Upparb. t.o.m. 2026", 1, 2),
              ("Planerade utgifter, tkr", 5)], [(str(y), 1) for y in B_YEARS]],
            rows, [13, 35, 18, 17] + [17] * 5, ["LEFT", "LEFT"] + ["RIGHT"] * 7, size=8.2, lh=4.1, font="Cond", pad=1.6,
            sep="solid", head_fill=(240, 232, 218), col_fill={2: (246, 241, 232)}, band_w=8,
            caption="Tabell 1. Investeringsprojekt per verksamhet, tkr")
pdf.p("Total budget är projektets hela beslutade utgift. Upparbetat avser utgifter till och med den 31 december "
      "2026. Ett streck betyder att inga utgifter är planerade.", size=8.4, lh=4.2)

pdf.set_margins(22, 25, 22)
pdf.add_page()
pdf.h1("Investeringarna och investeringsramen")
rr = []
for i, y in enumerate(B_YEARS):
    rr.append({"cells": [str(y), grp(sk[2 + i]), grp(B_RAM), grp(B_RAM - sk[2 + i]), grp(va[2 + i])]})
pdf.table18([[("År", 1), ("Skattefinansierat, tkr", 1), ("Ram, tkr", 1), ("Marginal mot ramen, tkr", 1),
              ("VA, tkr", 1)]], rr, [22, 36, 30, 40, 30], ["LEFT"] + ["RIGHT"] * 4, size=8.8, lh=4.5,
            sep="solid", head_fill=(255, 255, 255), head_color=ACC, head_rule=ACC)
pdf.p(f"Under 2028 överskrids ramen med {grp(sk[3] - B_RAM)} tkr, främst på grund av att byggnationen av Bäckliden "
      "och Dalgårdsskolan pågår samtidigt. Överskridandet ryms inom planperioden eftersom investeringarna 2030 och "
      "2031 ligger långt under ramen.", size=9.8)
pdf.h2("Finansiering")
pdf.p("De skattefinansierade investeringarna finansieras i första hand med årets resultat och avskrivningar. "
      "Resterande del lånas upp via Kommuninvest. Låneskulden beräknas öka från 1 120 mnkr vid utgången av 2026 "
      "till 1 585 mnkr 2031.", size=9.8)
pdf.p("Reningsverket måste byggas ut eftersom det nya miljötillståndet från 2029 ställer skärpta krav på utsläpp "
      "av kväve och fosfor, samtidigt som anslutningen av Lillnäs ökar belastningen. Utbyggnaden finansieras helt "
      "med VA-taxan.", size=9.8)
pdf.p("Projekt som inte har fått plats i planen, bland annat en ny sporthall i Lillnäs, prövas på nytt i "
      "budgetarbetet inför 2028.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
