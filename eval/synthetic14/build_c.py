"""(c) Jungsnäs kommun – kommunstyrelsens internkontrollplan 2026 med uppföljning av 2025.

Layout: key–value head block, text with three counts in one sentence and a "•" list of roles (p. 1); a
coloured 4×4 RISK MATRIX (Sannolikhet × Konsekvens, risk numbers "R1, R7" in green / yellow / red cells) and
a ruled 9-column PLAN TABLE Nr / Risk / Kontrollmoment / S / K / RV / Ansvarig / Frekvens / Rapporteras in a
narrow font with four shaded process rows (the third stranded at the foot of p. 2), Risk and Kontrollmoment
cells wrapping over 2–3 lines, running from p. 2 to p. 3 with the header repeated; a follow-up of the 2025
plan in a table with horizontal rules only (Kontrollmoment / Granskat / Avvikelser / Resultat), a counts
sentence and the actions (p. 4). Liberation. Metadata title set.
"""
import datetime as dt

from common14 import HERE, Doc, Group, Row
from data import C_PROCESSER, C_PLAN, c_rv, c_counts, C_UPPF, c_uppf_counts

OUT = HERE / "jungsnas-ks-internkontrollplan-2026.pdf"
ACC = (110, 50, 120)

pdf = Doc("Jungsnäs kommun", "Kommunstyrelsen", "Internkontrollplan 2026 · sida {p}", font="liberation",
          accent=ACC, foot="Jungsnäs kommun · Kommunledningsförvaltningen · Dnr KS 2025/611",
          title="Jungsnäs kommun – Kommunstyrelsens internkontrollplan 2026", author="Kommunledningsförvaltningen",
          created=dt.datetime(2026, 1, 29, 8, 15, tzinfo=dt.timezone.utc))
n, ny, overf = c_counts()

pdf.add_page()
pdf.title_block("Internkontrollplan 2026", "Kommunstyrelsen i Jungsnäs kommun, med uppföljning av planen för 2025",
                size=19)
pdf.kv([("Beslutad", "Kommunstyrelsen 2026-01-27, § 9"), ("Diarienummer", "KS 2025/611"),
        ("Giltighet", "1 januari–31 december 2026"), ("Samordnare", "Controller, kommunledningsförvaltningen")],
       lw=40, size=9.3)
pdf.h1("Inledning")
pdf.p("Kommunstyrelsen ska enligt kommunallagen se till att verksamheten bedrivs med tillräcklig intern kontroll. "
      "Planen bygger på en riskanalys som förvaltningens ledningsgrupp gjorde i oktober 2025. Varje risk har "
      "bedömts efter sannolikhet (S) och konsekvens (K) på en skala från 1 till 4, och riskvärdet (RV) är "
      "produkten av de två.", size=9.8, lh=4.9)
pdf.p(f"Planen omfattar {n} kontrollmoment i fyra processer. Av dem är {ny} nya för 2026 och {overf} har förts "
      f"över från 2025 års plan eftersom uppföljningen visade brister, medan övriga "
      f"{n - ny - overf} genomförs varje år.", size=9.8, lh=4.9)
pdf.p("Kontrollen av bisysslor är ny sedan revisorerna i sin granskning av jäv och bisysslor konstaterade att "
      "kommunen saknar en samlad bild av vilka bisysslor som har anmälts. Kontrollen av dygnsvila läggs till "
      "efter att Arbetsmiljöverket vid en inspektion i hemtjänsten påtalat brister i schemaläggningen.",
      size=9.8, lh=4.9)
pdf.h2("Roller och ansvar")
pdf.bullets(["Kommunstyrelsen beslutar om planen och tar emot rapporterna från kontrollerna.",
             "Kommundirektören ansvarar för att kontrollerna genomförs och att brister åtgärdas.",
             "Den som anges som ansvarig genomför kontrollen, dokumenterar den och föreslår åtgärder.",
             "Controllern samordnar arbetet och sammanställer rapporterna till kommunstyrelsen."],
            size=9.6, lh=4.8)

pdf.add_page()
pdf.h1("Riskmatris")
placed = {}
for r in C_PLAN:
    placed.setdefault((r[4], r[5]), []).append(f"R{r[1]}")
pdf.risk_matrix({k: ", ".join(v) for k, v in placed.items()}, cell=15.5, lab_w=26)
pdf.p("Grönt: riskvärde 1–4, gult: 6–8, rött: 9–16. Risker med rött värde kontrolleras minst halvårsvis.",
      size=8.6, lh=4.3, style="I")

pdf.h1("Kontrollmoment 2026")
rows = []
for i, proc in enumerate(C_PROCESSER):
    rows.append(Group(proc))
    for r in C_PLAN:
        if r[0] == i:
            rows.append([str(r[1]), r[2], r[3], str(r[4]), str(r[5]), str(c_rv(r)), r[6], r[7], r[8]])
pdf.ruled_table(["Nr", "Risk", "Kontrollmoment", "S", "K", "RV", "Ansvarig", "Frekvens", "Rapporteras"], rows,
                [7, 36, 40, 6, 6, 7, 26, 17, 21],
                ["CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT", "LEFT", "LEFT"],
                font="Cond", size=8.2, lh=4.0, head_fill=(228, 214, 232), group_fill=(244, 236, 246))
pdf.p("Rapporteringen sker till kommunstyrelsen. Avvikelser som bedöms som allvarliga rapporteras direkt när de "
      "upptäcks, oavsett tidpunkt i planen.", size=9.2, lh=4.6)

pdf.add_page()
pdf.h1("Uppföljning av internkontrollplanen 2025")
tot, ok, mindre, vas = c_uppf_counts()
pdf.p(f"Av de {tot} kontroller som genomfördes 2025 var {ok} utan anmärkning, {mindre} visade mindre brister och "
      f"{vas} visade väsentliga brister. Resultatet redovisades för kommunstyrelsen i samband med årsbokslutet.",
      size=9.8, lh=4.9)
t = [[r[0], f"{r[1]} {r[2]}", str(r[3]), r[4]] for r in C_UPPF]
pdf.ruled_table(["Kontrollmoment 2025", "Granskat", "Avvikelser", "Resultat"], t, [70, 34, 22, 40],
                ["LEFT", "LEFT", "RIGHT", "LEFT"], size=8.6, lh=4.5, borders="HORIZONTAL_LINES",
                head_fill=(228, 214, 232))
pdf.h2("Väsentliga brister och åtgärder")
pdf.p("Avtalstroheten bedöms ha väsentliga brister. Hos 19 av 120 granskade leverantörer gjordes inköp utan giltigt "
      "avtal, främst hantverkstjänster och konsulttjänster där ramavtalen hade löpt ut utan att en ny upphandling "
      "genomförts i tid. Upphandlingsenheten har därför infört en bevakningslista över avtal som löper ut inom "
      "tolv månader.", size=9.8, lh=4.9)
pdf.p("Även kontrollen av behörigheter visade väsentliga brister: i två av tre granskade system fanns aktiva konton "
      "för personer som slutat. IT-avdelningen rensade kontona i december 2025, och kontrollen genomförs "
      "kvartalsvis under 2026.", size=9.8, lh=4.9)
pdf.p("Nätfiskeövningen visade att 37 av 412 medarbetare klickade på länken i det simulerade utskicket, vilket "
      "är färre än vid övningen 2024. Kontrollen finns kvar i planen för 2026.", size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
