"""(b) Getryds kommun – kvalitetsrapport grundskola 2026 (årskurs 9, vårterminen 2026).

Layout: Liberation Sans (Word look), serif body. P. 1: key–value block, a summary with competing figures (290
pupils, meritvärde 221,0 vs 221,2 vs riket 230,9, girls 236,0 vs boys 209,7, eligibility 86,9 vs 87,3 vs 86,2) and a
KEY-FIGURE BLOCK "Nyckeltal 2024–2026": a boxed table with DOTTED row lines and a shaded latest-year column (pupils,
year-9 pupils, teachers, pupils per teacher, cost per pupil in kr, merit rating, eligibility). P. 2: Tabell 2,
results per school unit in a HAND-DRAWN TABLE WITH TWO HEADING ROWS: "Meritvärde vt 2024 / vt 2025 / vt 2026" each
span Flickor / Pojkar / Totalt (nine number columns), and "Behörighet till yrkesprogram, %" spans 2025 / 2026. The
three Totalt columns are SHADED, rows are separated by thin solid rules, ".." marks groups under ten pupils; a bold
"Getryd totalt" row with a heavy rule above, and an italic "Riket" row with a double rule; notes "1)" "2)" below.
P. 3: comments per school with competing figures (passage on Bokelundsskolan) and a numbered list of development
areas that wrap. No metadata title.
"""
import datetime as dt

from common21 import HERE, Doc, grp, dec
from data import (B_YEARS, B_SCHOOLS, B_KOMMUN_FLPO, B_RIKET, B_KEY, b_n, b_kommun_tot, b_kommun_beh, b_change,
                  B_BEH_2024)

OUT = HERE / "getryd-kvalitetsrapport-grundskola-2026.pdf"
ACC = (120, 40, 60)
pdf = Doc("Getryds kommun", "Barn- och utbildningsförvaltningen", "{p}", font="liberation", serif=True,
          accent=ACC, foot="Kvalitetsrapport grundskola 2026 · Barn- och utbildningsnämnden i Getryd",
          created=dt.datetime(2026, 9, 28, 13, 15, tzinfo=dt.timezone.utc))


def v(x):
    return ".." if x is None else dec(x)


k26, k25 = b_kommun_tot(2026), b_kommun_tot(2025)
beh26, beh25 = b_kommun_beh(1), b_kommun_beh(0)
fl26, po26 = B_KOMMUN_FLPO[2]

pdf.add_page()
pdf.title_block("Kvalitetsrapport grundskola 2026", "Kunskapsresultat i årskurs 9 vårterminen 2026", size=19)
pdf.kv([("Nämnd", "Barn- och utbildningsnämnden"), ("Sammanträde", "15 oktober 2026"),
        ("Diarienummer", "BUN 2026/142"), ("Underlag", "Skolverkets statistik och kommunens egen uppföljning")],
       lw=36, size=9.3)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Våren 2026 lämnade {b_n(2026)} elever årskurs 9 i Getryds grundskolor. Det genomsnittliga meritvärdet "
      f"blev {dec(k26)} poäng, jämfört med {dec(k25)} poäng året innan och {dec(B_RIKET[0][2][2])} poäng i riket. "
      f"Flickorna nådde i genomsnitt {dec(fl26)} poäng och pojkarna {dec(po26)} poäng, så skillnaden mellan könen "
      "är fortsatt stor.", size=10)
pdf.p(f"Andelen elever som är behöriga till gymnasiets yrkesprogram var {dec(beh26)} procent, mot "
      f"{dec(beh25)} procent 2025. Det är fortfarande något högre än i riket, där andelen var "
      f"{dec(B_RIKET[1][1])} procent. Resultaten skiljer sig mycket mellan skolenheterna, vilket tabell 2 visar.",
      size=10)
pdf.h1("Nyckeltal 2024–2026", size=12.5)
rows = []
for lab, unit, a, b, c in B_KEY:
    f = grp if unit in ("antal", "kr") and float(a).is_integer() else dec
    rows.append({"cells": [lab, f(a), f(b), f(c)]})
    if lab.startswith("Elever i grundskolan"):
        rows.append({"cells": ["Elever i årskurs 9", *[grp(b_n(y)) for y in B_YEARS]]})
rows.append({"cells": ["Genomsnittligt meritvärde åk 9, poäng", *[dec(b_kommun_tot(y)) for y in B_YEARS]]})
rows.append({"cells": ["Behörighet till yrkesprogram, %", dec(B_BEH_2024), dec(beh25), dec(beh26)]})
pdf.table18([[("Nyckeltal", 1), ("2024", 1), ("2025", 1), ("2026", 1)]], rows, [96, 24, 24, 24],
            ["L", "R", "R", "R"], size=9, lh=4.6, font="Sans", pad=1.5, sep="dotted",
            head_fill=(240, 226, 230), col_fill={3: (246, 238, 240)})
pdf.set_font("Serif", "I", 8.4)
pdf.multi_cell(0, 4, "Kostnad per elev avser kommunens kostnad för grundskolan inklusive lokaler, i löpande "
               "priser.", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2: results per school unit
pdf.add_page()
pdf.set_margins(15, 25, 15)
pdf.set_x(15)
pdf.h1("Resultat per skolenhet", size=12.5)
head = [[("Skolenhet", 1, 2), ("Elever åk 9 2026", 1, 2), ("Meritvärde vt 2024", 3), ("Meritvärde vt 2025", 3),
         ("Meritvärde vt 2026", 3), ("Behörighet till yrkesprogram, %", 2)],
        [("Flickor", 1), ("Pojkar", 1), ("Totalt", 1)] * 3 + [("2025", 1), ("2026", 1)]]
widths = [31, 13] + [12.2] * 9 + [13, 13]
aligns = ["L"] + ["R"] * 12
rows = []
for s in B_SCHOOLS:
    name = s[0] + (" 2)" if s[1] == "F" else "")
    cells = [name, grp(s[2][2])]
    for y in range(3):
        cells += [v(x) for x in s[3][y]]
    cells += [dec(s[4][0]), dec(s[4][1])]
    rows.append({"cells": cells})
tot = ["Getryd totalt", grp(b_n(2026))]
for i, y in enumerate(B_YEARS):
    tot += [dec(B_KOMMUN_FLPO[i][0]), dec(B_KOMMUN_FLPO[i][1]), dec(b_kommun_tot(y))]
tot += [dec(beh25), dec(beh26)]
rows.append({"cells": tot, "kind": "total"})
rik = ["Riket", "–"]
for i in range(3):
    rik += [dec(x) for x in B_RIKET[0][i]]
rik += [dec(B_RIKET[1][0]), dec(B_RIKET[1][1])]
rows.append({"cells": rik, "kind": "sub"})
pdf.table18(head, rows, widths, aligns, size=7.9, lh=4.2, font="Cond", pad=1.2, sep="solid",
            head_fill=(240, 226, 230), col_fill={4: (244, 236, 238), 7: (244, 236, 238), 10: (244, 236, 238)},
            caption="Tabell 2. Meritvärde och behörighet per skolenhet, årskurs 9")
pdf.footnotes(["\"..\" = uppgiften redovisas inte eftersom gruppen har färre än tio elever.",
               "Fristående skola. Uppgifterna är hämtade från Skolverkets officiella statistik.",
               "Getryd totalt är ett genomsnitt vägt med antalet elever per skolenhet. Meritvärdet kan vara högst "
               "340 poäng."], size=7.8, lh=3.8)
pdf.h2("Så läser du tabellen")
pdf.p("Meritvärdet är summan av betygen i de 16 bästa ämnena, plus betyget i moderna språk. För behörighet till "
      "ett yrkesprogram krävs godkända betyg i svenska eller svenska som andraspråk, engelska, matematik och "
      "minst fem andra ämnen.", size=9.4)

# ---------------------------------------------------------------- p. 3: comments and development areas
pdf.set_margins(22, 25, 22)
pdf.add_page()
pdf.h1("Kommentarer per skola", size=12.5)
bok = [s for s in B_SCHOOLS if s[0] == "Bokelundsskolan"][0]
tor = [s for s in B_SCHOOLS if s[0] == "Tornhagsskolan"][0]
mel = [s for s in B_SCHOOLS if s[0] == "Mellanbyskolan"][0]
kyr = [s for s in B_SCHOOLS if s[0] == "Kyrkbyskolan"][0]
pdf.p(f"Mellanbyskolan har kommunens högsta meritvärde bland de kommunala skolorna, {dec(mel[3][2][2])} poäng, "
      f"och {dec(mel[4][1])} procent av eleverna är behöriga till yrkesprogram. Kyrkbyskolan har återhämtat sig "
      f"efter ett svagt 2025 och ökade från {dec(kyr[3][1][2])} till {dec(kyr[3][2][2])} poäng.", size=10)
pdf.p(f"På Tornhagsskolan sjönk meritvärdet från {dec(tor[3][1][2])} till {dec(tor[3][2][2])} poäng. Skolan "
      "hade en ovanligt stor årskull med nyanlända elever som har gått kort tid i svensk skola.", size=10)
pdf.p(f"Bokelundsskolan har den största försämringen, från {dec(bok[3][1][2])} till {dec(bok[3][2][2])} poäng, "
      f"och andelen behöriga till yrkesprogram sjönk till {dec(bok[4][1])} procent. Rektor förklarar nedgången med "
      "hög personalomsättning och tre vakanta lärartjänster i matematik under höstterminen 2025, som inte gick "
      "att tillsätta med legitimerade lärare.", size=10)
pdf.p("Dalhemsskolan har så få elever i årskurs 9 att resultaten varierar kraftigt mellan åren. Förvaltningen "
      "följer därför skolans resultat över flera år i stället för ett enskilt år.", size=10)
pdf.h1("Utvecklingsområden 2027", size=12.5)
pdf.numbered(["Matematikundervisningen i årskurs 7–9 ska stärkas genom ett gemensamt lärarnätverk och "
              "fortbildning för de lärare som saknar behörighet i ämnet.",
              "Skillnaden mellan flickors och pojkars resultat ska analyseras på varje skolenhet, och rektorerna "
              "ska redovisa åtgärder i sina kvalitetsrapporter till nämnden i juni 2027.",
              "Introduktionen för nyanlända elever ska förlängas så att språkstödet fortsätter även under "
              "elevernas andra år i ordinarie klass.",
              "Rekryteringen till skolor med många vakanser ska prioriteras, bland annat med ett särskilt "
              "lönetillägg för legitimerade lärare i matematik och naturorienterande ämnen."], size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
