"""(f) Lerviken kommun – Folkhälsopolicy 2026–2030 med mål och indikatorer.

Layout: policy text with a "•" list of principles whose items wrap (p. 2) and a definitions list
(bold term in a left column, justified definition beside it, thin rules, p. 2); a TRANSPOSED table
(measures as columns with headings wrapping over 3–4 lines, population groups and years as rows,
p. 3); a ruled table whose first column is a MERGED cell per målområde spanning its 3–4 indicator
rows (Målområde / Indikator / Utgångsvärde (år) / Målvärde 2030 / Källa, p. 4); a "•" list of the
nämnders' responsibilities (p. 5). No metadata title.
"""
import datetime as dt

from common7 import HERE, Doc, dec
from data import F_PRINCIPER, F_DEF, F_MATT, F_GRUPPER, F_IND

OUT = HERE / "lerviken-folkhalsopolicy-2026-2030.pdf"
ACC = (120, 60, 110)

pdf = Doc("Lervikens kommun", "Folkhälsopolicy 2026–2030", "{p} (5)", font="dejavu", justify=True,
          foot="Styrdokument · Policy · Antagen av kommunfullmäktige 2026-02-23, § 19", accent=ACC,
          created=dt.datetime(2026, 3, 2, 11, 0, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.title_block("Folkhälsopolicy 2026–2030", "Lervikens kommun – policy med mål och indikatorer", size=22)
pdf.kv([
    ("Dokumenttyp", "Policy"),
    ("Antagen", "Kommunfullmäktige 2026-02-23, § 19"),
    ("Giltighet", "Gäller från och med 1 april 2026 och ska revideras senast under 2030"),
    ("Ansvarig", "Kommunstyrelsen, folkhälsostrateg vid kommunledningsförvaltningen"),
], lw=34, size=9.2, lh=4.6)
pdf.h1("1 Inledning")
pdf.p("En god och jämlik hälsa är en förutsättning för ett hållbart samhälle. Folkhälsan i Lerviken är i "
      "många avseenden god, men skillnaderna mellan olika grupper är stora och har ökat under det senaste "
      "decenniet.", size=9.6)
pdf.p("Medellivslängden i Lerviken är 83,9 år för kvinnor och 80,2 år för män, men skillnaden mellan personer "
      "med förgymnasial och eftergymnasial utbildning uppgår till 4,6 år bland kvinnor och 5,3 år bland män. "
      "I kommundelen Hamnstaden är andelen invånare som bedömer sin hälsa som god 58 procent, jämfört med "
      "76 procent i Östra Lerviken.", size=9.6)
pdf.p("Policyn ersätter Lervikens folkhälsoprogram från 2019. Den anger vilka principer som ska gälla för "
      "kommunens folkhälsoarbete och vilka mål kommunen ska arbeta mot fram till 2030. Policyn gäller för "
      "samtliga nämnder och för de helägda kommunala bolagen.", size=9.6)
pdf.h1("2 Syfte")
pdf.p("Syftet med policyn är att skapa samhälleliga förutsättningar för en god och jämlik hälsa för hela "
      "befolkningen och att sluta de påverkbara hälsoklyftorna inom en generation. Policyn utgår från det "
      "nationella folkhälsopolitiska målet och dess åtta målområden.", size=9.6)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("3 Principer för folkhälsoarbetet")
pdf.p("Kommunens folkhälsoarbete ska bedrivas enligt följande principer:", size=9.6)
pdf.bullets(F_PRINCIPER, size=9.6, lh=4.8)
pdf.h1("4 Definitioner")
pdf.p("I policyn används följande begrepp:", size=9.6)
pdf.definitions(F_DEF, lw=44, size=9.2, lh=4.6)

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("5 Folkhälsan i Lerviken")
pdf.p("Tabell 1 visar resultat från den nationella folkhälsoenkäten för Lerviken 2020 och 2024, uppdelat på "
      "kvinnor och män, jämfört med riket. Uppgifterna avser befolkningen 16–84 år och anges i procent.",
      size=9.6)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Hälsa och levnadsvanor, andel (%) av befolkningen 16–84 år", new_x="LMARGIN",
         new_y="NEXT")
rows = [(g, *(dec(v) for v in vals)) for g, vals in F_GRUPPER]
HEADS = ("Gott själv-\nskattat hälso-\ntillstånd", "Röker\ndagligen", "Fysiskt aktiva\nminst 150\nmin/vecka",
         "Fetma", "Riskabla\nalkohol-\nvanor", "Nedsatt\npsykiskt väl-\nbefinnande")
assert [h.replace("-\n", "").replace("\n", " ") for h in HEADS] == F_MATT
pdf.ruled_table(("Grupp", *HEADS), rows, (34, 22, 22, 22, 22, 22, 22), ("LEFT",) + ("CENTER",) * 6,
                size=8.4, lh=4.2, head_fill=(235, 222, 235))
pdf.p("Andelen dagligrökare har minskat sedan 2020 men är fortfarande högre än i riket. Andelen som är "
      "fysiskt aktiva har ökat, medan andelen med fetma och med nedsatt psykiskt välbefinnande har ökat. "
      "Bland kvinnor är nedsatt psykiskt välbefinnande betydligt vanligare än bland män, medan män oftare "
      "har riskabla alkoholvanor.", size=9.6)
pdf.p("Elevhälsoenkäten, som genomförs vartannat år i årskurs 5, årskurs 8 och gymnasiets år 2, visar att "
      "andelen elever som ofta känner sig stressade har ökat, särskilt bland flickor. Andelen elever i "
      "gymnasiet som har druckit alkohol den senaste månaden har däremot minskat.", size=9.6)

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("6 Målområden och indikatorer")
pdf.p("Kommunfullmäktige har beslutat om fyra målområden för folkhälsoarbetet. Varje målområde följs upp "
      "med indikatorer som har ett målvärde för 2030. Utgångsvärdet är det senaste tillgängliga värdet när "
      "policyn antogs.", size=9.6)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Målområden, indikatorer och målvärden 2030", new_x="LMARGIN", new_y="NEXT")
groups = [(g, [list(r) for r in inds]) for g, inds in F_IND]
pdf.rowspan_table(("Målområde", "Indikator", "Utgångs-\nvärde (år)", "Målvärde 2030", "Källa"), groups,
                  (32, 58, 22, 18, 36), ("LEFT", "LEFT", "CENTER", "CENTER", "LEFT"), size=8.2, lh=4.0,
                  head_fill=(235, 222, 235), span_fill=(246, 240, 246))

# ---------------------------------------------------------------- page 5
pdf.add_page()
pdf.h1("7 Ansvar")
pdf.p("Kommunstyrelsen har det övergripande ansvaret för att samordna och följa upp folkhälsoarbetet. "
      "Nämnderna ansvarar för att policyn genomförs inom sina verksamheter:", size=9.6)
pdf.bullets([
    "Barn- och utbildningsnämnden ansvarar för elevhälsans hälsofrämjande arbete och för att skolan "
    "bidrar till goda levnadsvanor och trygghet.",
    "Socialnämnden ansvarar för förebyggande insatser mot missbruk, våld och ekonomisk utsatthet och för "
    "insatser mot ofrivillig ensamhet bland äldre.",
    "Kultur- och fritidsnämnden ansvarar för att barn, unga och äldre har tillgång till meningsfulla "
    "fritidsaktiviteter.",
    "Samhällsbyggnadsnämnden ansvarar för att den fysiska planeringen främjar rörelse, trygghet och "
    "möten mellan människor.",
], size=9.6, lh=4.8)
pdf.h1("8 Uppföljning")
pdf.p("Indikatorerna följs upp vartannat år i en folkhälsorapport till kommunstyrelsen, första gången "
      "våren 2027. Nämnderna ska i sina verksamhetsplaner beskriva hur de bidrar till målområdena och "
      "redovisa resultatet i sina verksamhetsberättelser.", size=9.6)
pdf.p("Folkhälsorådet, där kommunen, regionens primärvård, polisen och föreningslivet ingår, ska årligen "
      "diskutera resultaten och föreslå gemensamma insatser. Policyn ska revideras senast under 2030.",
      size=9.6)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
