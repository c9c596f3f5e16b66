"""(e) Algesta kommun – risk- och sårbarhetsanalys 2027–2030.

Layout: Liberation Sans, register in Liberation Sans Narrow, orange-brown accent. P. 1: key–value block, purpose
and method, a full-grid SCALE TABLE (Nivå / Sannolikhet / Konsekvens, five levels in words), the level rule as "•"
items (1–4 låg, 5–9 medel, 10–16 hög, 20–25 mycket hög) and a counts sentence. P. 2: a 5×5 RISK MATRIX
(sannolikhet 5 at the top, konsekvens 1–5 left to right, the axis words under the numbers, the product small in
each cell's corner, white cell borders, colour by level) with the RISK NUMBERS PLACED IN THE CELLS ("R6 R10 R16"),
the rotated axis title "Sannolikhet" and a colour LEGEND TO THE RIGHT; then the reasoning on the most serious
risks. Pp. 3–4: the RISK REGISTER (Nr / Risk / S / K / RV / Åtgärd / Ansvarig / Klart) with wrapped Risk and
Åtgärd cells, a RISK-VALUE CELL FILLED WITH THE LEVEL COLOUR, thin solid row rules and deadlines written as
"2027-10-31", "dec 2028", "Q3 2029", "2029" or "löpande"; it continues on p. 4 under "Tabell 2 … (forts.)" with
the heading repeated. No metadata title.
"""
import datetime as dt

from common19 import HERE, Doc, Cell
from data import E_RISKS, E_LEVELS, E_S_WORDS, E_K_WORDS, e_rv, e_level, e_counts, e_placed

OUT = HERE / "algesta-risk-och-sarbarhetsanalys-2027-2030.pdf"
ACC = (150, 75, 20)
COL = {"låg": (190, 225, 185), "medel": (252, 236, 160), "hög": (246, 190, 130), "mycket hög": (228, 120, 110)}
pdf = Doc("Algesta kommun", "Risk- och sårbarhetsanalys 2027–2030", "Sida {p}", font="liberation", accent=ACC,
          foot="Algesta kommun · Kommunstyrelsen · Dnr KS 2026/455",
          created=dt.datetime(2026, 12, 14, 11, 0, tzinfo=dt.timezone.utc))

cnt = e_counts()
pdf.add_page()
pdf.title_block("Risk- och sårbarhetsanalys 2027–2030", "Algesta kommun, geografiskt område och kommunal "
                "verksamhet", size=19)
pdf.kv([("Antagen av", "Kommunstyrelsen 2026-12-07, § 201"), ("Diarienummer", "KS 2026/455"),
        ("Giltighetstid", "2027–2030"), ("Ansvarig", "Säkerhetssamordnaren, kommunledningsförvaltningen")],
       lw=34, size=9.3)
pdf.h1("Syfte och metod")
pdf.p("Risk- och sårbarhetsanalysen beskriver de händelser som kan hota kommunens geografiska område och den "
      "kommunala verksamheten. Analysen har tagits fram i workshoppar med förvaltningarna, Algesta Vatten AB och "
      "räddningstjänsten under hösten 2026.", size=9.6, lh=4.8)
pdf.p("Varje risk har bedömts efter sannolikhet (S) och konsekvens (K) på en femgradig skala. Riskvärdet (RV) är "
      "produkten av sannolikhet och konsekvens och kan därmed ligga mellan 1 och 25.", size=9.6, lh=4.8)
pdf.ruled_table(["Nivå", "Sannolikhet", "Konsekvens"],
                [[str(i + 1), E_S_WORDS[i], E_K_WORDS[i]] for i in range(5)], [18, 60, 60],
                ["CENTER", "LEFT", "LEFT"], size=9, lh=4.6, head_fill=(240, 226, 210))
pdf.p("Riskvärdet delas in i fyra nivåer:", size=9.6, lh=4.8, after=1)
lo = 1
items = []
for lim, name in E_LEVELS:
    items.append(f"{lo}–{lim}: {name} risk")
    lo = lim + 1 if lim != 16 else 20
pdf.bullets(items, size=9.6, lh=4.8)
pdf.p(f"Analysen omfattar {len(E_RISKS)} risker. Av dem har {cnt['mycket hög']} ett mycket högt riskvärde, "
      f"{cnt['hög']} ett högt, {cnt['medel']} ett medelhögt och {cnt['låg']} ett lågt riskvärde. För varje risk "
      "finns en åtgärd med ansvarig och tidpunkt i Tabell 2.", size=9.6, lh=4.8)

pdf.add_page()
pdf.h1("Riskmatris")
pdf.p("Matrisen visar var riskerna hamnar. Numren hänvisar till riskregistret i Tabell 2.", size=9.6, lh=4.8)
pdf.matrix5({k: v for k, v in e_placed().items()}, cell_w=19.5, lab_w=28, s_words=E_S_WORDS, k_words=E_K_WORDS)
pdf.h1("De allvarligaste riskerna")
r5 = [r for r in E_RISKS if r[0] == "R5"][0]
pdf.p(f"Cyberangrepp mot kommunens IT-system har det högsta riskvärdet, {e_rv(r5)}. Flera av kommunens "
      "verksamhetssystem saknar i dag fungerande reservrutiner, och ett angrepp skulle påverka både "
      "utbetalningar och dokumentation inom vård och omsorg.", size=9.6, lh=4.8)
pdf.p("Översvämningsrisken längs Årlingsån bedöms som hög eftersom ån vid höga flöden redan i dag når "
      "industriområdet Rasbacka, och klimatförändringarna väntas ge fler skyfall och högre vinterflöden. "
      "Skyddsvallen är den största enskilda åtgärden i analysen.", size=9.6, lh=4.8)
pdf.p("Ett långvarigt elavbrott får störst konsekvenser för dricksvattnet och för äldre som bor hemma. "
      "Trygghetspunkten i Algestahallen ska kunna ta emot invånare som behöver värme, vatten och information.",
      size=9.6, lh=4.8)

pdf.add_page()
pdf.h1("Riskregister och åtgärder")
pdf.p("Tabell 2 redovisar varje risk med bedömd sannolikhet (S), konsekvens (K) och riskvärde (RV), den åtgärd "
      "som ska minska risken, vem som ansvarar och när åtgärden ska vara genomförd. Åtgärder markerade med "
      "löpande genomförs kontinuerligt under hela perioden.", size=9.6, lh=4.8)
pdf.h2("Kritiska beroenden")
pdf.p("Flera av riskerna hänger ihop. Analysen pekar särskilt på följande beroenden:", size=9.6, lh=4.8, after=1)
pdf.bullets(["el behövs för att vattenverket, avloppspumparna och trygghetspunkterna ska fungera,",
             "vård och omsorg är beroende av fungerande verksamhetssystem, telefoni och drivmedel till "
             "hemtjänstens bilar,",
             "räddningstjänsten är beroende av att vägarna är framkomliga efter en storm eller översvämning."],
            size=9.6, lh=4.8)
pdf.p("Uppföljningen sker i kommunstyrelsens årliga rapport om krisberedskap. En risk kan omprövas under "
      "perioden om förutsättningarna ändras, till exempel efter en inträffad händelse eller en övning.",
      size=9.6, lh=4.8)
rows = []
for r in E_RISKS:
    lvl = e_level(r)
    rows.append({"cells": [r[0], r[1], str(r[3]), str(r[4]), Cell(str(e_rv(r)), fill=COL[lvl], bold=True), r[5],
                           r[6], r[7]]})
pdf.table18([[("Nr", 1), ("Risk", 1), ("S", 1), ("K", 1), ("RV", 1), ("Åtgärd", 1), ("Ansvarig", 1), ("Klart", 1)]],
            rows, [10, 34, 7, 7, 9, 47, 33, 19],
            ["LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT", "LEFT", "LEFT"], size=8.8, lh=4.2,
            font="Cond", sep="solid", head_fill=(240, 226, 210), head_rule=ACC,
            caption="Tabell 2. Riskregister med åtgärder 2027–2030")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
