"""(c) Region Åsmyra – tillgänglighetsrapport januari–oktober 2026, första besök i specialiserad vård.

Layout: p. 1 with a summary beside a SHADED FACT BOX on the RIGHT (waiting counts, October share, target,
lowest clinic). A WIDE MONTHLY TABLE SPLIT BY COLUMNS over two pages: Tabell 1 on p. 2 holds January–May
and "Tabell 1 (forts.)" on p. 3 holds June–October plus the target column, with the clinic names repeated
under the same bold hospital group rows and a bold weighted "Regionen totalt" row on both pages. P. 3 also has
Tabell 2 with horizontal rules only: waiting counts October 2025 / October 2026, "varav > 90 dagar" and a signed
change. P. 4 has the analysis and a "•" list of measures. DejaVu Sans. Metadata title set.
"""
import datetime as dt

from common16 import HERE, Doc, Group, Row, grp, dec
from data import C_KLIN, C_MONTHS, c_vals, c_total, c_okt25, c_sums, c_okt, C_MAL

OUT = HERE / "region-asmyra-tillganglighet-jan-okt-2026.pdf"
ACC = (0, 90, 130)
pdf = Doc("Region Åsmyra", "Tillgänglighetsrapport januari–oktober 2026", "Sida {p} av 4", font="dejavu",
          accent=ACC, foot="Region Åsmyra · Hälso- och sjukvårdsförvaltningen · Avdelningen för analys och uppföljning",
          title="Region Åsmyra – Tillgänglighetsrapport januari–oktober 2026", author="Analysavdelningen",
          created=dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc))
tot = c_total()
s = c_sums()
low = min(C_KLIN, key=c_okt)

pdf.add_page()
pdf.title_block("Tillgänglighet i specialiserad vård", "Första besök – uppföljning januari–oktober 2026. "
                "Rapport till hälso- och sjukvårdsnämnden", size=18)
pdf.fact_box_beside("Oktober 2026 i korthet", [
    ("Väntande på första besök den 31 oktober", grp(s[2])),
    ("varav väntat mer än 90 dagar", grp(s[3])),
    ("Andel som väntat högst 90 dagar", f"{dec(tot[9])} %"),
    ("Målnivå enligt regionplanen", f"{C_MAL} %"),
    ("Lägst andel i oktober", f"{low[1]}, {low[0]} ({dec(c_okt(low))} %)"),
], [
    ("h", "Sammanfattning"),
    ("p", f"I oktober hade {dec(tot[9])} procent av de väntande väntat högst 90 dagar på ett första besök, jämfört "
          f"med {dec(tot[8])} procent i september och {dec(c_okt25())} procent i oktober 2025. Målet på {C_MAL} "
          "procent nås därmed inte för regionen som helhet."),
    ("p", f"Totalt väntade {grp(s[2])} patienter på ett första besök i slutet av oktober, varav {grp(s[3])} hade "
          f"väntat längre än 90 dagar. Ett år tidigare var motsvarande antal {grp(s[0])} respektive {grp(s[1])}."),
    ("p", "Två kliniker når målet varje månad: hudsjukvården och kvinnosjukvården vid Åsmyra lasarett. Sämst är "
          "läget inom ortopedi och urologi, där sommarmånaderna gav en tydlig försämring."),
    ("p", "Rapporten bygger på uttag ur väntelistorna den sista vardagen i varje månad. Andelen avser patienter "
          "som fortfarande väntar, inte de som fått sitt besök under månaden."),
], side="R", box_w=58)

def table(cols, extra=None):
    rows, last = [], None
    for k in C_KLIN:
        if k[0] != last:
            rows.append(Group(k[0]))
            last = k[0]
        v = c_vals(k)
        rows.append([k[1]] + [dec(v[i]) for i in cols] + ([extra] if extra else []))
    rows.append(Row(["Regionen totalt"] + [dec(tot[i]) for i in cols] + ([extra] if extra else []), emphasis="B"))
    return rows

pdf.add_page()
pdf.h1("Tabell 1. Andel väntande som väntat högst 90 dagar på första besök, procent, januari–maj 2026")
pdf.ruled_table(["Klinik"] + [C_MONTHS[i] for i in range(5)], table(range(5)), [66] + [20] * 5,
                ["LEFT"] + ["RIGHT"] * 5, size=8.8, lh=4.6, head_fill=(214, 232, 240))
pdf.p("Regionen totalt är ett vägt genomsnitt där varje klinik väger efter antalet väntande. Tabellen fortsätter "
      "med juni–oktober på nästa sida.", size=9.2, lh=4.5)
pdf.h2("Läsanvisning")
pdf.p("Vårdgarantin innebär att patienten ska få ett första besök inom 90 dagar från att remissen har "
      "bedömts. Regionens mål är att minst 80 procent av de väntande ska ha väntat högst 90 dagar. Värdena "
      "för ortopedi och urologi påverkas av att väntelistorna för dessa kliniker rensades i februari.",
      size=9.6)

pdf.add_page()
pdf.h1("Tabell 1 (forts.). Andel väntande som väntat högst 90 dagar, procent, juni–oktober 2026")
pdf.ruled_table(["Klinik"] + [C_MONTHS[i] for i in range(5, 10)] + ["Mål"], table(range(5, 10), f"{C_MAL}"),
                [64] + [17] * 6, ["LEFT"] + ["RIGHT"] * 6, size=8.6, lh=4.2, head_fill=(214, 232, 240))
pdf.h1("Tabell 2. Väntande på första besök, antal, oktober 2025 och oktober 2026")
rows, last = [], None
for k in C_KLIN:
    if k[0] != last:
        rows.append(Group(k[0]))
        last = k[0]
    rows.append([k[1], grp(k[3]), grp(k[4]), grp(k[5]), grp(k[6]), dec(k[6] - k[4], d=0, plus=True)])
rows.append(Row(["Regionen totalt", grp(s[0]), grp(s[1]), grp(s[2]), grp(s[3]), dec(s[3] - s[1], d=0, plus=True)],
                emphasis="B"))
pdf.ruled_table(["Klinik", "Väntande okt 2025", "varav > 90 dagar", "Väntande okt 2026", "varav > 90 dagar",
                 "Förändring > 90 dagar"], rows, [56, 22, 22, 22, 22, 22], ["LEFT"] + ["RIGHT"] * 5, size=8.2,
                lh=4.0, borders="HORIZONTAL_LINES", head_fill=(255, 255, 255), head_color=ACC)

pdf.add_page()
pdf.h1("Analys")
pdf.p("Den kraftiga nedgången för ortopedin vid Öjebacka sjukhus under juni och juli beror på att två av "
      "sjukhusets fyra operationssalar stängdes för byte av ventilation, och att ortopederna då i stället fick "
      "bemanna akutmottagningen. Nybesöken kunde därför inte tas emot i samma takt som remisserna kom in.")
pdf.p("Inom ögonsjukvården har antalet väntande ökat under hela året. Remisserna för grå starr har blivit "
      "fler sedan regionen sänkte kraven för operation, samtidigt som två av klinikens ögonläkare har gått i "
      "pension.")
pdf.p("Urologin vid Öjebacka sjukhus har förbättrat sig jämfört med förra året, främst genom att "
      "sjuksköterskor nu tar emot en del av nybesöken för enklare besvär och genom att en extra "
      "mottagningsdag per vecka infördes i augusti.")
pdf.h2("Åtgärder under resten av året")
pdf.bullets([
    "Patienter som väntat längre än 90 dagar inom ortopedi erbjuds besök vid Åsmyra lasarett eller hos en "
    "privat vårdgivare med avtal.",
    "Ögonsjukvården hyr in två läkare under resten av hösten och inför kvällsmottagning en dag i veckan.",
    "Alla kliniker ska gå igenom sina väntelistor och kontakta patienter som väntat längre än 180 dagar.",
    "Hälso- och sjukvårdsförvaltningen följer upp läget varje månad i sin ledningsgrupp.",
], size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
