"""(c) Lövsjövik kommun – Aktivitetsplan för folkhälsoarbetet 2026–2027."""
import datetime as dt

from common3 import HERE, Doc
from data import C_AKT

OUT = HERE / "lovsjovik-aktivitetsplan-folkhalsa-2026-2027.pdf"
TEAL = (0, 102, 110)

pdf = Doc("LÖVSJÖVIK KOMMUN", "Aktivitetsplan folkhälsa 2026–2027", "Sida {p}",
          foot="Kommunledningsförvaltningen · Dnr KS 2025/402 · Antagen av kommunstyrelsen 2025-12-09",
          title="Aktivitetsplan för folkhälsoarbetet 2026–2027", author="Lövsjövik kommun",
          accent=TEAL, created=dt.datetime(2026, 4, 16, 8, 30, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.set_fill_color(*TEAL)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 19)
pdf.cell(0, 14, "  Aktivitetsplan för folkhälsoarbetet 2026–2027", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 8, "   Lövsjövik kommun – med status per 2026-04-15", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.ln(4)
pdf.set_font("Sans", "I", 8.8)
pdf.multi_cell(0, 4.6, "Antagen av kommunstyrelsen 2025-12-09, § 188. Aktivitetsplanen konkretiserar "
               "Lövsjövik kommuns folkhälsopolicy 2024–2030 och revideras årligen. Kontaktperson: "
               "folkhälsostrateg, kommunledningsförvaltningen.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h1("1 Inledning")
pdf.p("En god och jämlik hälsa är en förutsättning för att Lövsjövik ska vara en attraktiv kommun att bo "
      "och leva i. Folkhälsoarbetet är ett gemensamt ansvar för alla förvaltningar och bedrivs i nära "
      "samverkan med regionen, hälsocentralen, skolorna och det lokala föreningslivet. Det kommunala "
      "folkhälsorådet, där kommunstyrelsens ordförande är ordförande, samordnar arbetet.")
pdf.p("För 2026 har kommunstyrelsen avsatt 2 350 tkr till folkhälsoarbetet, varav 600 tkr fördelas som "
      "bidrag till föreningar som bedriver hälsofrämjande verksamhet för barn, unga och äldre. Aktiviteter "
      "som inte ryms inom dessa medel finansieras inom respektive förvaltnings budget.")
pdf.h1("2 Folkhälsoläget i korthet")
pdf.p("Den lokala folkhälsoenkäten 2025 visar att 68 procent av de vuxna invånarna bedömer sitt allmänna "
      "hälsotillstånd som bra eller mycket bra, vilket är något lägre än genomsnittet i länet. Andelen "
      "som uppger att de saknar någon att dela sina innersta tankar med har ökat till 17 procent. Bland "
      "kvinnor i åldern 16–29 år uppger var tredje att de har nedsatt psykiskt välbefinnande.")
pdf.p("Drogvaneundersökningen bland skolelever visar att 14 procent av eleverna i årskurs 9 har använt "
      "snus under de senaste 30 dagarna, jämfört med 9 procent 2022. Andelen elever i årskurs 9 som "
      "uppger att de druckit alkohol minskar däremot, och är nu 21 procent. Fysisk inaktivitet är "
      "fortsatt ett problem: endast 38 procent av flickorna i årskurs 8 uppfyller rekommendationen om "
      "minst 60 minuters fysisk aktivitet per dag.")
pdf.h1("3 Prioriterade målområden")
pdf.p("Aktiviteterna i planen är kopplade till följande fyra målområden i folkhälsopolicyn:")
pdf.bullets([
    "Goda uppväxtvillkor och psykisk hälsa bland barn och unga.",
    "Minskat bruk av alkohol, narkotika, dopning, tobak och nikotin samt spel om pengar.",
    "Fysisk aktivitet, goda matvanor och hälsofrämjande miljöer.",
    "Ett aktivt och tryggt åldrande med social gemenskap.",
])

# ---------------------------------------------------------------- page 2-3: the activity table
pdf.add_page()
pdf.h1("4 Aktiviteter 2026–2027")
pdf.p("Tabellen redovisar planerade aktiviteter, ansvarig förvaltning, tidplan och status per 2026-04-15. "
      "Tidplanen anger det kvartal då aktiviteten ska vara genomförd eller, för löpande aktiviteter, det "
      "år som avses.", size=9.5)
pdf.ruled_table(("Aktivitet", "Ansvar", "Tidplan", "Status"), C_AKT, (70, 50, 22, 24),
                ("LEFT", "LEFT", "LEFT", "LEFT"), size=8.8, lh=4.4, font="Cond",
                head_fill=(200, 228, 230), padding=1.5)
pdf.set_font("Sans", "I", 8)
pdf.multi_cell(0, 4, "Status: Klar = genomförd, Pågår = arbetet har startat, Ej påbörjad = arbetet har ännu inte "
               "startat.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# ---------------------------------------------------------------- follow-up
pdf.h1("5 Uppföljning")
pdf.p("Varje ansvarig förvaltning rapporterar status för sina aktiviteter till folkhälsostrategen två "
      "gånger per år, senast den 15 april och den 15 oktober. Folkhälsostrategen sammanställer "
      "rapporterna och presenterar dem för folkhälsorådet, som i sin tur lämnar en samlad redovisning "
      "till kommunstyrelsen i samband med årsredovisningen. Aktiviteter som riskerar att inte "
      "genomföras enligt tidplanen ska lyftas till folkhälsorådet med förslag på åtgärd.")
pdf.p("Effekterna av folkhälsoarbetet följs upp med ett antal nyckeltal som hämtas från den lokala "
      "folkhälsoenkäten, drogvaneundersökningen och Folkhälsomyndighetens statistik.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Nyckeltal för uppföljning", new_x="LMARGIN", new_y="NEXT")
pdf.ruled_table(("Nyckeltal", "Utfall", "Mål 2027"), [
    ("Andel vuxna med bra eller mycket bra självskattad hälsa (procent)", "68", "72"),
    ("Andel elever i årskurs 9 som snusat senaste 30 dagarna (procent)", "14", "8"),
    ("Andel flickor i årskurs 8 som är fysiskt aktiva 60 minuter per dag (procent)", "38", "45"),
    ("Andel invånare 65 år och äldre som känner sig ensamma (procent)", "19", "15"),
], (110, 22, 24), ("LEFT", "RIGHT", "RIGHT"), size=8.5, lh=4.6, head_fill=(200, 228, 230))

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
