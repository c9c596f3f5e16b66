"""(f) Vintersjö kommun – trygghetsprogram 2027–2030 (brottsförebyggande och trygghetsskapande arbete).

Layout: DejaVu Serif body, DejaVu Sans headings. P. 1 has a coloured title band and, below it, a SHADED SIDEBAR
OF KEY FIGURES IN A NARROW LEFT COLUMN (big bold values above small labels) beside running text set in TWO
JUSTIFIED COLUMNS (fpdf2 text_columns with a wider left margin), continued on p. 2 in two columns at full width.
The text carries competing figures (2022 vs 2025 vs the 2030 target, women vs men). P. 3 has the indicator table
WITHOUT ANY LINES (mode "none"): coloured group headings per focus area, wrapping indicator names, "Utgångsvärde
(år)" and "Senaste värde (år)" cells that hold a value and a year in parentheses, "Målvärde 2030", and
superscript source notes below. P. 4 has the focus areas as bold numbered headings each followed by "•" bullets
that wrap, and the follow-up text.
"""
import datetime as dt

from common17 import HERE, Doc, Group
from data import F_IND, F_OMR, f_better, f_reached, F_FOKUS

OUT = HERE / "vintersjo-trygghetsprogram-2027-2030.pdf"
ACC = (20, 85, 120)
pdf = Doc("Vintersjö kommun", "Trygghetsprogram 2027–2030", "s. {p}", font="dejavu", serif=True, accent=ACC,
          foot="Vintersjö kommun · Trygghetsprogram 2027–2030 · antaget av kommunfullmäktige 2026-12-14, § 171",
          title="Vintersjö kommun – Trygghetsprogram 2027–2030", author="Kommunledningskontoret",
          created=dt.datetime(2026, 12, 17, 11, 0, tzinfo=dt.timezone.utc))
ind = {r[0]: r for r in F_IND}
NUM = ["inga", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva"]
better = [r for r in F_IND if f_better(r)]
reached = [r for r in F_IND if f_reached(r)]

pdf.add_page()
pdf.band("TRYGGHETSPROGRAM 2027–2030", size=14, h=11)
pdf.set_font("Sans", "", 10.5)
pdf.multi_cell(0, 5.2, "Program för brottsförebyggande och trygghetsskapande arbete i Vintersjö kommun",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
a, w, m = ind["1.1"], ind["1.2"], ind["1.3"]
pdf.sidebar_columns(
    "Vintersjö i siffror", [(f"{a[7]} %", f"känner sig trygga utomhus sent på kvällen ({a[8]}); {a[4]} % år {a[5]}"),
                            (f"{w[7]} / {m[7]} %", f"kvinnor respektive män som känner sig trygga ({w[8]})"),
                            (f"{ind['1.4'][7]}", f"anmälda skadegörelsebrott {ind['1.4'][8]} "
                                                 f"({ind['1.4'][4]} år {ind['1.4'][5]})"),
                            (f"{ind['4.2'][7]}", f"anmälda bostadsinbrott {ind['4.2'][8]}, mål för 2030: högst "
                                                 f"{ind['4.2'][6]}"),
                            ("1,2 mnkr", "per år i särskilda medel för programmet 2027–2030")],
    [("h", "Varför ett trygghetsprogram?"),
     ("p", "Trygghet handlar både om risken att utsättas för brott och om hur människor upplever sin vardag. "
           "Den som känner sig otrygg avstår ofta från att gå ut på kvällen, från att åka kollektivt eller från "
           "att delta i föreningslivet. Programmet ersätter det trygghetsprogram som gällde 2022–2025 och "
           "bygger på kommunens och polisens gemensamma lägesbild från hösten 2026."),
     ("p", f"I kommunens trygghetsmätning 2025 svarade {a[7]} procent att de känner sig trygga när de går ut "
           f"ensamma sent på kvällen i sitt eget bostadsområde. År {a[5]} var andelen {a[4]} procent och målet "
           f"för 2030 är {a[6]} procent. Skillnaden mellan könen är stor: {w[7]} procent av kvinnorna och {m[7]} "
           f"procent av männen känner sig trygga. Bland kvinnor 65 år och äldre är andelen bara 44 procent."),
     ("h", "Brottsutvecklingen"),
     ("p", f"Antalet anmälda skadegörelsebrott har minskat från {ind['1.4'][4]} år {ind['1.4'][5]} till "
           f"{ind['1.4'][7]} år {ind['1.4'][8]}, men ligger fortfarande över målet på {ind['1.4'][6]}. Nästan "
           f"hälften av skadegörelsen skedde längs gångstråket mellan Vintersjö centrum och stationsområdet. "
           f"Bostadsinbrotten har minskat från {ind['4.2'][4]} till {ind['4.2'][7]} och har redan nått målet "
           f"för 2030."),
     ("p", f"Anmälda misshandelsbrott mot kvinnor i nära relation har däremot ökat, från {ind['3.1'][4]} år "
           f"{ind['3.1'][5]} till {ind['3.1'][7]} år {ind['3.1'][8]}. En del av ökningen beror sannolikt på att "
           f"fler våldsutsatta vågar anmäla efter informationskampanjen 2024, men nivån är för hög."),
     ("h", "Vad som har fungerat"),
     ("p", "Utvärderingen av det förra programmet visar att trygghetsvandringarna och den förstärkta "
           "fältverksamheten har haft effekt. I Hemtorp, där belysningen byttes ut och buskagen röjdes efter en "
           "trygghetsvandring 2023, ökade andelen som känner sig trygga från 58 till 70 procent."),
     ("p", "Stråket mellan Vintersjö centrum och stationsområdet prioriteras under de första två åren eftersom "
           "nästan hälften av skadegörelsen sker där och många kvinnor uppger att de undviker stråket när det "
           "är mörkt."),
     ("h", "Organisation"),
     ("p", "Kommunens brottsförebyggande råd leds av kommunstyrelsens ordförande och består av representanter "
           "för förvaltningarna, polisen, räddningstjänsten och det kommunala bostadsbolaget Hemtorpsbostäder. "
           "Rådet träffas fyra gånger per år och ansvarar för att ta fram den gemensamma lägesbilden."),
     ("p", "Programmet finansieras inom nämndernas ramar. Därutöver avsätter kommunstyrelsen 1,2 mnkr per år "
           "2027–2030 för trygghetsskapande åtgärder i den fysiska miljön, till exempel belysning, kameror vid "
           "Vintersjö resecentrum och röjning av vegetation."),
     ], side_h=pdf.h - pdf.b_margin - pdf.get_y() - 2)

pdf.add_page()
pdf.h1("Indikatorer och målvärden")
pdf.p(f"Programmet följs upp med {len(F_IND)} indikatorer inom fyra fokusområden. {NUM[len(better)].capitalize()} "
      f"av indikatorerna har utvecklats i rätt riktning sedan utgångsåret, och {NUM[len(reached)]} har redan nått "
      f"målvärdet för 2030.", size=9.8)
rows = []
for k, name in F_OMR.items():
    rows.append(Group(f"Fokusområde {k}. {name}"))
    for r in F_IND:
        if r[1] == k:
            rows.append([r[0], r[2], f"{r[4]} ({r[5]})", str(r[6]), f"{r[7]} ({r[8]})"])
pdf.mtable([["Nr", "Indikator", "Utgångs- värde (år)", "Målvärde 2030", "Senaste värde (år)"]], rows,
           [12, 78, 28, 22, 26], ["L", "L", "R", "R", "R"], mode="none", size=8.8, lh=4.3, pad=1.2,
           group_fill=(255, 255, 255), group_color=ACC, font="Sans")
pdf.footnotes([("¹", "Indikator 1.1–1.3: kommunens trygghetsmätning, som genomförs vart tredje år (2022 och 2025)."),
               ("²", "Indikator 1.4, 3.1 och 4.2: polisens statistik över anmälda brott."),
               ("³", "Indikator 2.1–2.2: elevenkäten i årskurs 9; indikator 2.3: kommunens fritidsvaneundersökning.")],
              size=7.8)
pdf.p("För indikatorer där ett lägre värde är bättre, till exempel antalet anmälda brott, är målvärdet ett tak. "
      "Nästa trygghetsmätning genomförs hösten 2028.", size=9.8)

pdf.h1("Fokusområden och insatser")
for k, bl in F_FOKUS:
    pdf.h2(f"Fokusområde {k} – {F_OMR[k]}")
    pdf.bullets(bl, size=9.8)
pdf.h1("Uppföljning")
pdf.p("Kommunstyrelsen följer upp programmet varje år i samband med årsredovisningen. En större utvärdering "
      "görs under 2029, så att ett nytt program kan antas före utgången av 2030.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
