"""(c) Gillerbacka kommun – barn- och utbildningsnämnden, kunskapsresultat i grundskolan läsåret 2025/26.

Layout: p. 1 key–value head block and running text with figures, including the rule that results of units
with fewer than ten pupils are suppressed; p. 2 a table per SCHOOL UNIT with two heading rows ("Meritvärde"
and "Behörighet till yrkesprogram, %" each spanning vt 2025 / vt 2026), horizontal rules only, SUPPRESSED
cells "*" and MISSING cells "–", a footnote mark "¹" after one unit, a bold "Kommunen totalt" row and an
italic "Riket" row, with the footnotes at the page foot; p. 3 a second per-unit table for year 6 (share with at
least grade E in three subjects, one unit suppressed); p. 4 the committee's assessment and a numbered list
of development areas. Liberation Serif body. Metadata title.
"""
import datetime as dt

from common9 import HERE, Doc, Row, dec
from data import C_AK9, C_TOTAL, C_RIKET, C_AK6, C_OMRADEN, c_fmt

OUT = HERE / "gillerbacka-bun-kunskapsresultat-2025-26.pdf"
ACC = (40, 70, 130)

shown = [r for r in C_AK9 if isinstance(r[4], float)]
lo = min(shown, key=lambda r: r[4])
hi = max(shown, key=lambda r: r[4])

pdf = Doc("Gillerbacka kommun", "Barn- och utbildningsnämnden", "Kunskapsresultat 2025/26 · {p}",
          font="liberation", serif=True, justify=True,
          foot="Gillerbacka kommun · Barn- och utbildningsförvaltningen · Dnr BUN 2026/233", accent=ACC,
          title="Kunskapsresultat i grundskolan läsåret 2025/26 – Gillerbacka kommun",
          author="Gillerbacka kommun, barn- och utbildningsförvaltningen",
          created=dt.datetime(2026, 9, 2, 9, 30, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Kunskapsresultat i grundskolan läsåret 2025/26",
                "Rapport till barn- och utbildningsnämnden i Gillerbacka kommun", size=19)
pdf.kv([("Sammanträde", "Barn- och utbildningsnämnden 2026-09-15"), ("Diarienummer", "BUN 2026/233"),
        ("Handläggare", "Utvecklingsstrateg Jonas Ekström"),
        ("Underlag", "Betygsstatistik från skolenheterna och Skolverkets preliminära statistik")], lw=36)
pdf.h1("1 Sammanfattning")
pdf.p(f"Våren 2026 lämnade {C_TOTAL[2]} elever årskurs 9 i kommunens grundskolor och de fristående skolorna "
      f"i kommunen. Det genomsnittliga meritvärdet steg till {dec(C_TOTAL[4])} från {dec(C_TOTAL[3])} året "
      f"innan, men ligger fortfarande under rikets {dec(C_RIKET[4])}. Andelen elever som var behöriga till ett "
      f"yrkesprogram i gymnasieskolan blev {dec(C_TOTAL[6])} procent, vilket är i nivå med riket "
      f"({dec(C_RIKET[6])} procent).")
pdf.p(f"Skillnaderna mellan skolenheterna är fortsatt stora. Meritvärdet varierar mellan {dec(lo[4])} på "
      f"{lo[0].rsplit(' ', 1)[0]} och {dec(hi[4])} på {hi[0].rsplit(' ', 1)[0]}. Den största förbättringen "
      f"har Nyängens skola, där både meritvärdet och behörigheten har ökat jämfört med föregående läsår.")
pdf.p("I årskurs 6 är resultaten i matematik svagare än i svenska och engelska. På tre skolenheter fick "
      "färre än tre av fyra elever lägst betyget E i matematik.")
pdf.h1("2 Om redovisningen")
pdf.p("Resultat per skolenhet redovisas inte när färre än tio elever har fått betyg i årskursen. Med så få "
      "elever skulle enskilda elevers betyg kunna räknas fram ur statistiken, och resultaten varierar dessutom "
      "så mycket mellan åren att de inte ger någon rättvisande bild av skolans arbete. Sådana uppgifter "
      "markeras med en asterisk (*) i tabellerna.")
pdf.p("Ett streck (–) betyder att uppgiften saknas, till exempel därför att skolenheten inte hade några "
      "elever i årskursen det året. Kommunens totalvärden omfattar samtliga elever, även eleverna vid de "
      "skolenheter vars resultat inte redovisas separat.")
pdf.p("Uppgifterna för vt 2026 är preliminära. Skolverkets slutliga statistik publiceras i december och kan "
      "avvika något, främst för skolenheter där betyg har ändrats efter omprövning.")

# ------------------------------------------------------------ p. 2 year 9
pdf.add_page()
pdf.h1("3 Resultat i årskurs 9 per skolenhet")
pdf.p("Meritvärdet är summan av elevens 16 bästa betyg och betyget i moderna språk, högst 340 poäng. "
      "Behörighet till yrkesprogram kräver godkända betyg i svenska eller svenska som andraspråk, engelska, "
      "matematik och ytterligare fem ämnen.", size=9.5, lh=4.7)
rows = [[r[0], r[1], str(r[2])] + [c_fmt(v) for v in r[3:]] for r in C_AK9]
rows.append(Row([C_TOTAL[0], "", str(C_TOTAL[2])] + [c_fmt(v) for v in C_TOTAL[3:]], emphasis="B"))
rows.append(Row([C_RIKET[0], "", "–"] + [c_fmt(v) for v in C_RIKET[3:]], emphasis="I"))
pdf.table2([("Skolenhet", 1), ("Huvudman", 1), ("Antal\nelever", 1), ("Meritvärde", 2),
            ("Behörighet till\nyrkesprogram, %", 2)], ["vt 2025", "vt 2026", "vt 2025", "vt 2026"],
           rows, (50, 22, 15, 19, 19, 21, 20), ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
           size=8.8, lh=4.4, font="Sans", borders="HORIZONTAL_LINES", head_fill=(225, 232, 245))
pdf.p("Antal elever avser elever i årskurs 9 som fick slutbetyg våren 2026. Nyängens skola ökade sitt "
      "meritvärde med 8,8 poäng och andelen behöriga med 6,8 procentenheter. Vid Hästhagens skola minskade "
      "andelen behöriga för andra året i rad.", size=9.5, lh=4.7)
pdf.footnotes([
    "* Uppgiften redovisas inte eftersom färre än tio elever fick betyg i årskursen.",
    "– Uppgift saknas.",
    "¹ Skolenheten startade höstterminen 2025 och hade inga elever i årskurs 9 våren 2025.",
    "² Preliminära uppgifter från Skolverket för vt 2026.",
])

# ------------------------------------------------------------ p. 3 year 6
pdf.add_page()
pdf.h1("4 Resultat i årskurs 6 per skolenhet")
pdf.p("Tabellen visar andelen elever i årskurs 6 som fick lägst betyget E i svenska, matematik och engelska "
      "våren 2026. I svenska ingår även elever som läser svenska som andraspråk.", size=9.5, lh=4.7)
rows6 = [[r[0], str(r[1])] + [c_fmt(v) for v in r[2:]] for r in C_AK6]
pdf.table2([("Skolenhet", 1), ("Antal\nelever", 1), ("Andel elever med lägst betyget E, %", 3)],
           ["Svenska", "Matematik", "Engelska"], rows6, (56, 18, 28, 28, 28),
           ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.8, lh=4.4, font="Sans",
           borders="HORIZONTAL_LINES", head_fill=(225, 232, 245))
pdf.p("Resultaten i matematik har sjunkit på fem av de åtta skolenheter som redovisas. Lärarna beskriver att "
      "många elever har svårt med problemlösning och med att förklara hur de har kommit fram till sina svar. "
      "Andelen legitimerade lärare i matematik i årskurs 4–6 är 68 procent, jämfört med 81 procent i svenska.")
pdf.p("I engelska är resultaten höga på samtliga skolenheter. På Klockarängens skola fick alla elever i "
      "årskurs 6 lägst betyget E i engelska.")

# ------------------------------------------------------------ p. 4
pdf.add_page()
pdf.h1("5 Nämndens bedömning")
pdf.p("Barn- och utbildningsnämnden bedömer att resultaten i årskurs 9 går åt rätt håll, men att "
      "förbättringen är ojämnt fördelad. De skolor som har flest nyanlända elever och störst andel elever med "
      "föräldrar med kort utbildning har fortfarande lägst behörighet. Nämnden ser också att de svaga "
      "resultaten i matematik i årskurs 6 riskerar att följa med eleverna upp i högstadiet.")
pdf.p("Resursfördelningen till skolorna ändrades 2026 så att 12 procent av grundskolans budget fördelas efter "
      "socioekonomiska förutsättningar, jämfört med 8 procent tidigare. Effekten av förändringen kan ännu inte "
      "bedömas.")
pdf.h1("6 Utvecklingsområden 2026/27")
pdf.numbered(C_OMRADEN, size=10)
pdf.p("Förvaltningen återkommer med en uppföljning av utvecklingsområdena i samband med "
      "verksamhetsberättelsen för 2026.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
