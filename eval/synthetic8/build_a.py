"""(a) Alvsäter kommun – Barn- och utbildningsnämndens nämndplan 2026.

Layout: key–value head block and figure-dense text (p. 1); goals as numbered headings "Mål 1.1 …" each
followed by a small ruled table Indikator / Utgångsvärde / Målvärde 2026 / Källa, several tables per
page, grouped under målområde headings (p. 2–4); a checklist table of the nämnd's assignments where the
status is an "X" in one of three columns Klar / Pågår / Ej påbörjad (last page). Metadata title.
"""
import datetime as dt

from common8 import HERE, Doc, Cell
from data import A_MAL, A_UPPDRAG, A_STATUS

OUT = HERE / "alvsater-bun-namndplan-2026.pdf"
ACC = (120, 40, 90)

pdf = Doc("Alvsäter kommun", "Barn- och utbildningsnämnden", "Nämndplan 2026 · {p}", font="dejavu",
          foot="Antagen av barn- och utbildningsnämnden 2025-12-10, § 112 · Dnr BUN 2025/233",
          title="Nämndplan 2026 – Barn- och utbildningsnämnden, Alvsäter kommun", author="Alvsäter kommun",
          accent=ACC, created=dt.datetime(2025, 12, 15, 10, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Nämndplan 2026", "Barn- och utbildningsnämnden, Alvsäter kommun", size=22)
pdf.kv([
    ("Antagen", "Barn- och utbildningsnämnden 2025-12-10, § 112"),
    ("Gäller", "1 januari–31 december 2026"),
    ("Ansvarig", "Förvaltningschef för barn- och utbildningsförvaltningen"),
    ("Uppföljning", "Delår per augusti och i verksamhetsberättelsen 2026"),
], lw=34)
pdf.h1("1 Inledning")
pdf.p("Nämndplanen beskriver hur barn- och utbildningsnämnden ska bidra till kommunfullmäktiges mål under 2026. "
      "Nämnden ansvarar för förskola, grundskola, grundsärskola, fritidshem och gymnasieskola och har omkring "
      "5 900 barn och elever i sina verksamheter samt 1 140 medarbetare.")
pdf.p("Nämndens budgetram för 2026 uppgår till 1 284,6 mnkr, en ökning med 41,2 mnkr eller 3,3 procent jämfört "
      "med 2025. Av ökningen avser 18,5 mnkr löneökningar, 9,8 mnkr hyror för de nya lokalerna vid "
      "Kvarnbacksskolan och resterande 12,9 mnkr volymökningar i grundskolan.")
pdf.h1("2 Prioriteringar")
pdf.p("Läsförmågan är grunden för allt annat lärande. Resultaten från bedömningsstödet i årskurs 1 visar att var "
      "fjärde elev inte når upp till den förväntade nivån, och eleverna med svag läsförmåga tidigt tenderar att "
      "halka efter i alla ämnen. Nämnden prioriterar därför tidiga och intensiva läsinsatser i förskoleklass och "
      "årskurs 1–3, med fler speciallärartimmar och en gemensam modell för kartläggning.")
pdf.p("Den andra prioriteringen är närvaron. Andelen elever med hög frånvaro har ökat sedan 2022 och nämnden "
      "vill att skolorna agerar redan vid de första tecknen på upprepad frånvaro.")
pdf.add_page()
pdf.h1("3 Mål och indikatorer")
pdf.p("Under varje mål anges de indikatorer som nämnden följer. Utgångsvärdet avser det senast kända utfallet, "
      "med årtal inom parentes.")
H = ("Indikator", "Utgångsvärde", "Målvärde 2026", "Källa")
W = (76, 28, 24, 38)
AL = ("LEFT", "RIGHT", "RIGHT", "LEFT")
for omr, mals in A_MAL:
    pdf.h1(omr, size=12)
    for mal, inds in mals:
        pdf.need(32)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*ACC)
        pdf.multi_cell(0, 6, mal, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(0.5)
        pdf.ruled_table(H, [list(i) for i in inds], W, AL, size=8.6, lh=4.3, head_fill=(235, 220, 230))
        pdf.ln(1)
pdf.add_page()
pdf.h1("4 Nämndens uppdrag – lägesbild i december 2025")
pdf.p("Tabellen visar läget för de uppdrag som nämnden har gett förvaltningen. Ett kryss markerar i vilket "
      "skede uppdraget befinner sig.")
rows = []
for nr, upp, ans, st in A_UPPDRAG:
    rows.append([str(nr), upp, ans] + [Cell("X", (235, 220, 230), bold=True) if s == st else "" for s in A_STATUS])
pdf.ruled_table(("Nr", "Uppdrag", "Ansvarig", "Klar", "Pågår", "Ej påbörjad"), rows, (8, 82, 32, 13, 13, 18),
                ("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"), size=8.4, lh=4.2,
                head_fill=(235, 220, 230))
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
