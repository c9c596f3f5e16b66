"""(d) Region Norrhälla – lönekartläggning 2025 (analysis of pay differences between women and men).

Layout: DejaVu, serif justified body. P. 1: key–value block, a summary where sentences carry 2–4 figures
(counts of women and men, two mean salaries and their ratio, the standardised ratio for two years) and a "•"
list. P. 2: TABLE 1 "Lika arbeten" with VERTICAL RULES ONLY (no horizontal lines between rows) and TWO heading
rows ("Antal" spanning Kvinnor / Män, "Medellön, kr per månad" spanning Kvinnor / Män, and rowspan cells
Arbete / Kvinnors lön i % av mäns / Bedömning), bold group rows, the assessment as a COLOURED WORD (Saklig /
Ingen skillnad / Fördjupad analys / Åtgärd). P. 3: TABLE 2 "Likvärdiga arbeten" with a MINIMAL border layout
and two heading rows ("Kvinnodominerat arbete" and "Jämförelsegrupp" each spanning Arbete / Poäng / Medellön,
plus "Skillnad, kr" with negative numbers "−7 730"), then the analysis of individual groups. P. 4: the action
plan as a justified numbered "1." list whose items wrap, the cost sentence and a "•" follow-up list.
Metadata title set.
"""
import datetime as dt

from common13 import HERE, Doc, Group, Cell, grp, dec
from data import (D_GROUPS, D_LIKA, D_LIKV, D_JUST, D_ATGARDER, d_ratio, d_overall, d_diff, d_just_total)

OUT = HERE / "region-norrhalla-lonekartlaggning-2025.pdf"
ACC = (20, 85, 60)
COL = {"Saklig": (30, 110, 60), "Ingen skillnad": (100, 100, 100), "Fördjupad analys": (190, 120, 0),
       "Åtgärd": (190, 30, 30), "Ingen åtgärd": (100, 100, 100)}

pdf = Doc("Region Norrhälla", "Lönekartläggning 2025", "{p} (4)", serif=True, justify=True, accent=ACC,
          foot="Region Norrhälla · HR-avdelningen · Dnr RS 2026/88",
          title="Region Norrhälla – Lönekartläggning 2025", author="HR-avdelningen, Region Norrhälla",
          created=dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.timezone.utc))
k, m, lk, lm, ratio = d_overall()
n_atg = sum(1 for r in D_LIKA if r[6] == "Åtgärd")
n_fda = sum(1 for r in D_LIKA if r[6] == "Fördjupad analys")
n_likv_atg = sum(1 for r in D_LIKV if r[6] == "Åtgärd")

pdf.add_page()
pdf.title_block("Lönekartläggning 2025", "Analys av löneskillnader mellan kvinnor och män enligt 3 kap. "
                "diskrimineringslagen", size=19)
pdf.kv([("Diarienummer", "RS 2026/88"), ("Beslutsinstans", "Regionstyrelsens personalutskott 2026-03-24"),
        ("Samverkan", "Genomförd med arbetstagarorganisationerna 2026-02-24"),
        ("Löneläge", "Lönerna per den 1 november 2025, omräknade till heltid")])
pdf.h1("Sammanfattning")
pdf.p(f"Kartläggningen omfattar {len(D_LIKA)} yrkesgrupper där både kvinnor och män är anställda, sammanlagt "
      f"{grp(k)} kvinnor och {grp(m)} män. I dessa grupper var kvinnornas genomsnittliga månadslön {grp(lk)} "
      f"kronor och männens {grp(lm)} kronor, vilket innebär att kvinnornas lön motsvarade {dec(ratio)} procent "
      "av männens.")
pdf.p("Den stora skillnaden beror främst på att män är överrepresenterade bland överläkarna, som har de högsta "
      "lönerna. Efter standardvägning, där hänsyn tas till yrke, ålder och arbetstid, var kvinnornas lön 97,8 "
      "procent av männens 2025, jämfört med 97,3 procent 2024.")
pdf.p(f"I {n_atg} av de {len(D_LIKA)} grupperna med lika arbete finns skillnader som inte kan förklaras av "
      f"sakliga skäl och som ska rättas, och i {n_fda} grupper behövs en fördjupad analys. Av de "
      f"{len(D_LIKV)} jämförelserna mellan likvärdiga arbeten leder {n_likv_atg} till åtgärd.")
pdf.h2("Så har kartläggningen gjorts")
pdf.bullets(["Alla arbeten har värderats med regionens arbetsvärderingssystem utifrån kunskaper och "
             "färdigheter, ansvar, ansträngning och arbetsförhållanden.",
             "Grupper med färre än fem kvinnor eller fem män har jämförts individuellt och redovisas inte "
             "med medellön.",
             "Lönerna avser grundlön utan tillägg för obekväm arbetstid, jour eller beredskap."], size=9.8)

pdf.add_page()
pdf.h1("Tabell 1. Lika arbeten")
pdf.p("Medellön för kvinnor och män som utför samma arbete, kronor per månad omräknat till heltid.", size=9.5)
rows, g = [], None
for r in D_LIKA:
    if r[0] != g:
        rows.append(Group(D_GROUPS[r[0]]))
        g = r[0]
    rows.append([r[1], grp(r[2]), grp(r[3]), grp(r[4]), grp(r[5]), dec(d_ratio(r)),
                 Cell(r[6], color=COL[r[6]], bold=True)])
pdf.head2_table([[("Arbete", 1, 2), ("Antal", 2, 1), ("Medellön, kr per månad", 2, 1),
                  ("Kvinnors lön i % av mäns", 1, 2), ("Bedömning", 1, 2)],
                 ["Kvinnor", "Män", "Kvinnor", "Män"]],
                rows, [52, 17, 13, 17, 17, 20, 30], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"],
                size=8.6, lh=4.6, borders="NO_HORIZONTAL_LINES", head_fill=(214, 232, 222),
                group_fill=(238, 245, 240))
pdf.footnotes([("", "Saklig: skillnaden förklaras av erfarenhet, ansvar eller arbetsmarknadsläge. Ingen "
                    "skillnad: kvinnornas lön är minst 99 procent av männens. Fördjupad analys: skillnaden kan "
                    "inte bedömas utan genomgång av individuella löner. Åtgärd: osaklig skillnad som rättas i "
                    "löneöversynen 2026.")], size=8.2, lh=4)

pdf.add_page()
pdf.h1("Tabell 2. Likvärdiga arbeten")
pdf.p("Kvinnodominerade arbeten (minst 60 procent kvinnor) jämförs med arbeten som inte är kvinnodominerade "
      "men har samma eller lägre värde enligt arbetsvärderingen. Medellönen avser alla anställda i gruppen.",
      size=9.5)
pdf.head2_table([[("Kvinnodominerat arbete", 3, 1), ("Jämförelsegrupp", 3, 1), ("Skillnad, kr", 1, 2),
                  ("Bedömning", 1, 2)],
                 ["Arbete", "Poäng", "Medellön", "Arbete", "Poäng", "Medellön"]],
                [[r[0], str(r[1]), grp(r[2]), r[3], str(r[4]), grp(r[5]), grp(d_diff(r)),
                  Cell(r[6], color=COL[r[6]], bold=True)] for r in D_LIKV],
                [40, 12, 17, 32, 12, 17, 16, 20], ["LEFT", "RIGHT", "RIGHT", "LEFT", "RIGHT", "RIGHT", "RIGHT",
                                                   "LEFT"],
                size=8.4, lh=4.4, font="Cond", borders="MINIMAL", head_fill=(214, 232, 222))
pdf.h1("Analys av enskilda grupper")
pdf.p("Bland controllers förklaras skillnaden av att männen i gruppen i genomsnitt har elva års längre "
      "erfarenhet inom ekonomiområdet och att tre av dem har ett utökat ansvar för regionens "
      "investeringsuppföljning. Skillnaden bedöms därför som saklig.", size=9.8)
pdf.p("För överläkarna är skillnaden störst. En del av den förklaras av att fler män arbetar inom "
      "specialiteter med svår rekrytering, men skillnaden finns också inom samma specialitet. Regionen gör "
      "därför en fördjupad analys av varje klinik innan ställning tas till åtgärder.", size=9.8)
pdf.p("Bland psykologerna och specialistsjuksköterskorna inom intensivvården har kvinnor och män samma "
      "utbildning och likartad erfarenhet. Skillnaderna har uppstått vid nyanställningar 2022–2024, när män "
      "oftare anställdes med högre ingångslön, och bedöms som osakliga.", size=9.8)
pdf.p("Jämförelsen mellan medicinska sekreterare och IT-tekniker visar en skillnad på närmare 8 000 kronor "
      "per månad trots att arbetena har nästan samma värde. Marknadsskäl förklarar endast en mindre del.",
      size=9.8)

pdf.add_page()
pdf.h1("Handlingsplan 2026")
pdf.numbered(D_ATGARDER, size=10)
j = {x[0]: x for x in D_JUST}
a, b = j["specialistsjuksköterskor inom intensivvården"], j["psykologer"]
pdf.p(f"Regionen avsätter sammanlagt {grp(d_just_total())} tkr för lönejusteringar i löneöversynen 2026, "
      f"varav {grp(a[2])} tkr för {a[1]} {a[0]} och {grp(b[2])} tkr för {b[1]} {b[0]}. Resterande "
      f"{grp(d_just_total() - a[2] - b[2])} tkr fördelas på de grupper som jämförts med likvärdiga arbeten.")
pdf.h2("Uppföljning av handlingsplanen 2024")
pdf.bullets(["Lönejusteringen för barnmorskor är genomförd, och kvinnornas lön är nu högre än männens.",
             "Analysen av undersköterskornas löner är genomförd men visade inga osakliga skillnader inom gruppen.",
             "Utbildningen av lönesättande chefer blev försenad och genomförs under våren 2026."], size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
