"""(a) Draggsunds kommun – internkontrollplan 2027 för kommunstyrelsen och nämnderna.

Layout: DejaVu Sans. P. 1 (portrait): key–value block, introduction, a small fully ruled scale table (1–4,
Sannolikhet / Konsekvens), the risk-level rule, a counts sentence (18 controls: 6 månadsvis / 8 per tertial /
4 årligen; 10 high, 5 of them 12 or more) and why the working-time control is new. Pp. 2–3 are LANDSCAPE: Tabell 2,
the plan as a HAND-DRAWN TABLE WITH TWO HEADING ROWS ("Riskbedömning" over Risk / Riskvärde, "Kontroll" over
Kontrollmoment / Metod / Frekvens, "Uppföljning" over Ansvarig / Rapporteras till), SOLID HORIZONTAL RULES ONLY,
the risk value written "12 (3 × 4)", wrapped cells and a SHADED GROUP ROW PER FÖRVALTNING that carries the number of
controls. The table breaks inside the Socialförvaltningen group and continues on p. 3 under "Tabell 2 … (forts.)"
with both heading rows repeated. P. 4 (portrait): reporting schedule (ruled table, dates "2027-05-26",
"13 oktober 2027", "2028-02-23"), roles as a "–" list and the decision as att-clauses that wrap. Metadata title set.
"""
import datetime as dt

from common21 import HERE, Doc, grp
from data import A_GROUPS, A_HIGH, A_VERY_HIGH, A_REPORTS, a_rvtext, a_counts

OUT = HERE / "draggsund-internkontrollplan-2027.pdf"
ACC = (25, 70, 120)
pdf = Doc("Draggsunds kommun", "Kommunledningsförvaltningen", "Sida {p}", font="dejavu", accent=ACC,
          foot="Draggsunds kommun · Internkontrollplan 2027 · Dnr KS 2026/388",
          title="Draggsunds kommun – Internkontrollplan 2027", author="Kommunledningsförvaltningen",
          created=dt.datetime(2026, 12, 14, 8, 30, tzinfo=dt.timezone.utc))

n, freq, high, vhigh = a_counts()

pdf.add_page()
pdf.title_block("Internkontrollplan 2027", "Kommunstyrelsen och nämnderna i Draggsunds kommun", size=20)
pdf.kv([("Beslutad av", "Kommunstyrelsen 2026-12-09, § 211"), ("Diarienummer", "KS 2026/388"),
        ("Giltighetstid", "1 januari–31 december 2027"), ("Dokumentägare", "Kommundirektören"),
        ("Samordnare", "Controllerenheten, kommunledningsförvaltningen")], lw=42)
pdf.h1("1 Inledning")
pdf.p("Enligt kommunens reglemente för intern kontroll ska kommunstyrelsen och nämnderna varje år anta en plan "
      "för hur verksamheten följs upp. Planen bygger på de risk- och väsentlighetsanalyser som förvaltningarna "
      "tog fram under hösten 2026, och den samlar kontrollerna för alla fyra förvaltningar i ett dokument.",
      size=9.8)
pdf.h1("2 Riskbedömning")
pdf.p("Varje risk har bedömts utifrån sannolikhet (S) och konsekvens (K) på en skala från 1 till 4, se tabell 1. "
      "Riskvärdet är produkten S × K och kan därmed vara högst 16.", size=9.8)
pdf.ruled_table(["Värde", "Sannolikhet", "Konsekvens"],
                [["1", "Osannolik", "Försumbar"], ["2", "Mindre sannolik", "Lindrig"],
                 ["3", "Möjlig", "Kännbar"], ["4", "Sannolik", "Allvarlig"]],
                [18, 50, 50], ["CENTER", "LEFT", "LEFT"], size=8.8, head_fill=(214, 226, 240))
pdf.p(f"Risker med ett riskvärde på {A_HIGH} eller mer bedöms som höga och ska alltid ha ett kontrollmoment. "
      f"Risker med ett riskvärde på {A_VERY_HIGH} eller mer redovisas dessutom i varje tertialrapport, oavsett "
      "om kontrollen har visat brister eller inte.", size=9.8)
pdf.h1("3 Planen i sammandrag")
pdf.p(f"Planen omfattar {n} kontrollmoment fördelade på fyra förvaltningar. {freq['Månadsvis']} kontroller görs "
      f"månadsvis, {freq['Per tertial']} per tertial och {freq['Årligen']} årligen. {high} av riskerna har ett "
      f"riskvärde på {A_HIGH} eller mer, och {vhigh} av dem når {A_VERY_HIGH} eller mer.", size=9.8)
pdf.p("Nytt för 2027 är kontrollen av timanställdas arbetstid. Arbetsmiljöverket inspekterade äldreomsorgen under "
      "hösten 2026 och konstaterade att flera timanställda hade arbetat utan föreskriven dygnsvila. Kontrollen "
      "ligger hos socialförvaltningen men rapporteras till kommunstyrelsen i dess roll som arbetsgivare.", size=9.8)

# ---------------------------------------------------------------- pp. 2-3: the plan (landscape)
pdf.add_page(orientation="L")
pdf.set_margins(15, 25, 15)
pdf.set_x(15)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(0, 4.3, "Tabellen visar samtliga kontrollmoment per förvaltning. Riskvärdet anges som produkten "
               "av sannolikhet och konsekvens, med faktorerna inom parentes. Ansvarig avser den funktion som genomför "
               "kontrollen, och Rapporteras till avser den nämnd eller funktion som tar emot resultatet. Förvaltningarna "
               "dokumenterar varje kontroll i kommunens system för intern kontroll. Kontroller som inte kan genomföras som "
               "planerat ska anmälas till controllerenheten.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
head = [[("Nr", 1, 2), ("Process/rutin", 1, 2), ("Riskbedömning", 2), ("Kontroll", 3), ("Uppföljning", 2)],
        [("Risk", 1), ("Riskvärde S × K", 1), ("Kontrollmoment", 1), ("Metod", 1), ("Frekvens", 1),
         ("Ansvarig", 1), ("Rapporteras till", 1)]]
widths = [8, 35, 47, 19, 47, 31, 20, 32, 28]
aligns = ["L", "L", "L", "C", "L", "L", "L", "L", "L"]
rows = []
for g, rs in A_GROUPS:
    rows.append({"cells": [f"{g} – {len(rs)} kontrollmoment"], "kind": "group"})
    for r in rs:
        rows.append({"cells": [str(r[0]), r[1], r[2], a_rvtext(r), r[5], r[6], r[7], r[8], r[9]]})
pdf.table18(head, rows, widths, aligns, size=8.3, lh=3.8, font="Cond", pad=1.2, sep="solid",
            head_fill=(214, 226, 240), caption="Tabell 2. Internkontrollplan 2027 per förvaltning",
            group_fill=(226, 226, 226))

# ---------------------------------------------------------------- p. 4 (portrait)
pdf.set_margins(22, 25, 22)
pdf.add_page(orientation="P")
pdf.h1("4 Rapportering")
pdf.p("Resultatet av kontrollerna rapporteras till den nämnd som anges i tabell 2. Kommunstyrelsen får en "
      "samlad bild vid tre tillfällen under året.", size=9.8)
pdf.ruled_table(["Rapport", "Behandlas i kommunstyrelsen", "Innehåll"],
                [[A_REPORTS[0][0], A_REPORTS[0][1], "Kontroller med riskvärde 12 eller mer samt avvikelser"],
                 [A_REPORTS[1][0], A_REPORTS[1][1], "Kontroller med riskvärde 12 eller mer samt avvikelser"],
                 [A_REPORTS[2][0], A_REPORTS[2][1], "Samtliga kontroller, bedömning och förslag till åtgärder"]],
                [48, 46, 72], ["LEFT", "LEFT", "LEFT"], size=8.8, head_fill=(214, 226, 240))
pdf.h1("5 Roller och ansvar")
pdf.bullets(["Nämnderna ansvarar för att den interna kontrollen inom deras verksamhetsområden är tillräcklig och "
             "att brister åtgärdas.",
             "Förvaltningscheferna ansvarar för att kontrollerna genomförs och dokumenteras enligt planen.",
             "Controllerenheten samordnar uppföljningen och sammanställer rapporterna till kommunstyrelsen.",
             "Kommunens revisorer tar del av planen och av uppföljningen inom ramen för sin granskning."],
            sym="–", size=9.6)
pdf.h1("6 Beslut")
pdf.att_list("Kommunstyrelsen beslutar",
             ["anta internkontrollplan 2027 för kommunstyrelsen och uppmana nämnderna att anta sina delar av "
              "planen senast i februari 2027,",
              "uppdra åt kommundirektören att se till att kontroller med ett riskvärde på 12 eller mer redovisas i "
              "varje tertialrapport, även när kontrollen inte har visat några brister,",
              "uppdra åt socialförvaltningen att redovisa resultatet av kontrollen av timanställdas arbetstid till "
              "kommunstyrelsens personalutskott efter varje månad under första halvåret 2027."], size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
