"""(c) Gelbäcka kommun – handlingsplan för barn och ungas psykiska hälsa 2027–2028.

Layout: portrait, Liberation Sans. P. 1: key–value block, background with competing shares (girls / boys, two
years) and the council's assignments as THREE "att"-LISTS, one per nämnd ("Barn- och utbildningsnämnden ska"
…). Pp. 2–3: the action table, hand-drawn: a TWO-LEVEL HEADING ("Kostnad, tkr" spanning 2027 / 2028; Nr, Åtgärd,
Ansvarig and Klart spanning both rows), shaded insatsområde group rows, and an Åtgärd cell that holds a BOLD
TITLE WITH DASH BULLETS INSIDE THE CELL. Deadlines are quarters written "Q3 2027" or "kv 2 2028"; "–" for no
cost. Solid thin row rules, heading and caption repeated on p. 3. P. 4: costs and financing, follow-up, contacts.
Metadata title set.
"""
import datetime as dt

from common18 import HERE, Doc, grp
from data import C_ATT, C_GROUPS, c_cost, C_STATSBIDRAG, c_actions

OUT = HERE / "gelbacka-handlingsplan-psykisk-halsa-2027-2028.pdf"
ACC = (120, 50, 110)
pdf = Doc("Gelbäcka kommun", "Handlingsplan 2027–2028", "{p}/{nb}", font="liberation", accent=ACC,
          foot="Gelbäcka kommun · Handlingsplan för barn och ungas psykiska hälsa 2027–2028",
          title="Gelbäcka kommun – Handlingsplan för barn och ungas psykiska hälsa 2027–2028",
          author="Kommunledningsförvaltningen", created=dt.datetime(2026, 12, 18, 9, 0, tzinfo=dt.timezone.utc))


def c(v):
    return grp(v) if v else "–"


pdf.add_page()
pdf.title_block("Handlingsplan för barn och ungas psykiska hälsa 2027–2028", None, size=18)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-12-14, § 168"), ("Diarienummer", "KS 2026/301"),
        ("Gäller", "1 januari 2027–31 december 2028"),
        ("Ansvarig för uppföljning", "Kommunstyrelsen")], lw=46)
pdf.h1("Bakgrund")
pdf.p("I kommunens senaste enkät om ungas levnadsvillkor, från 2025, uppgav 41 procent av flickorna och 19 procent "
      "av pojkarna i årskurs 9 att de ofta känner sig nedstämda. År 2022 var motsvarande andelar 34 respektive 17 "
      "procent. Andelen elever med hög frånvaro i grundskolan har ökat från 6,8 till 9,1 procent på tre år.",
      size=9.8)
pdf.p("Handlingsplanen samlar kommunens insatser inom tre insatsområden: främjande och förebyggande arbete, "
      "tidiga insatser samt samverkan och kunskap. Den bygger på den gemensamma överenskommelsen med regionen om "
      "barn och ungas hälsa.", size=9.8)
pdf.h1("Uppdrag till nämnderna")
pdf.p("Kommunfullmäktige har gett nämnderna följande uppdrag:", size=9.8)
for lead, clauses in C_ATT:
    pdf.att_list(lead + ":", [cl[4:] if cl.startswith("att ") else cl for cl in clauses], size=9.6, lh=4.7)

pdf.add_page()
pdf.h1("Åtgärder")
pdf.p("Åtgärderna är ordnade efter insatsområde. Varje åtgärd har en ansvarig förvaltning eller funktion, ett "
      "kvartal då den ska vara genomförd och en beräknad kostnad per år. Kostnader som finansieras inom "
      "förvaltningarnas ordinarie budget redovisas inte.", size=9.8)
rows = []
for g, acts in C_GROUPS:
    rows.append({"cells": [g], "kind": "group"})
    for a in acts:
        rows.append({"cells": [a[0], (a[1], a[2]), a[3], a[4], c(a[5]), c(a[6])]})
rows.append({"cells": ["", "Summa", "", "", grp(c_cost(2027)), grp(c_cost(2028))], "kind": "total"})
pdf.table18([[("Nr", 1, 2), ("Åtgärd", 1, 2), ("Ansvarig", 1, 2), ("Klart", 1, 2), ("Kostnad, tkr", 2)],
             [("2027", 1), ("2028", 1)]], rows, [10, 60, 48, 20, 14, 14],
            ["LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"], size=8.9, lh=4.4, sep="solid", pad=1.6,
            head_fill=(238, 226, 236), group_fill=(247, 240, 246), caption="Tabell 1. Åtgärder 2027–2028")
pdf.p("Klart anger det kvartal då åtgärden ska vara genomförd. Ett streck i kostnadskolumnerna betyder att "
      "åtgärden genomförs inom befintliga resurser.", size=8.6, lh=4.3)

pdf.add_page()
pdf.h1("Kostnader och finansiering")
n_cost = sum(1 for _, a in c_actions() if a[5] or a[6])
pdf.p(f"Åtgärderna beräknas kosta {grp(c_cost(2027))} tkr 2027 och {grp(c_cost(2028))} tkr 2028, sammanlagt "
      f"{grp(c_cost())} tkr. {n_cost} av de {len(c_actions())} åtgärderna kräver särskilda medel. Av kostnaden "
      f"finansieras {grp(C_STATSBIDRAG)} tkr per år med det statliga bidraget för psykisk hälsa och suicidprevention; "
      "resten ryms i nämndernas ramar efter omprioriteringar.", size=9.8)
pdf.p("Samtalsmottagningen för unga öppnas först under 2028 eftersom lokalen i Gelbäcka centrum behöver byggas om "
      "och mottagningen ska samlokaliseras med ungdomsmottagningen.", size=9.8)
pdf.h1("Uppföljning")
pdf.bullets([
    "Kommunstyrelsen följer upp handlingsplanen i delårsrapporten och årsredovisningen.",
    "Varje ansvarig förvaltning rapporterar status för sina åtgärder till ledningsgruppen för barns hälsa inför "
    "varje sammanträde.",
    "En slutlig utvärdering redovisas för kommunfullmäktige senast i mars 2029.",
], size=9.6, lh=4.7)
pdf.h2("Indikatorer som följs")
pdf.bullets([
    "andel elever i årskurs 9 som ofta känner sig nedstämda, flickor och pojkar;",
    "andel elever med hög frånvaro i grundskolan;",
    "antal besök på samtalsmottagningen och väntetid till första samtal.",
], size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
