"""(d) Yxlinge kommun – Bostadsförsörjningsprogram 2026–2030.

Layout: page 1 has the logo block, a TABLE OF CONTENTS with dot leaders, and an introduction with competing
totals (planned homes, of which rental; target per year vs. the average of the last five years). Page 2: a
HORIZONTAL CLUSTERED BAR CHART of inhabitants per locality 2020 and 2025 with value labels and a legend, a
"Källa:" line, and a table of completed homes 2021–2025 (flerbostadshus / småhus / totalt / mål) with the
target column repeating "120". Page 3: the planned projects as a table with TWO heading rows ("Projekt" over
Område / Upplåtelseform / Byggherre and "Planering" over Planläge / Byggstart; Antal bostäder spans both rows),
bold group rows per locality, italic "Summa <ort>" rows, a bold Totalt, a footnote and "Källa:". Page 4: a
summary by tenure and the municipality's five measures as a numbered list that wraps. Running header
"Yxlinge kommun … Bostadsförsörjningsprogram 2026–2030", footer "Sida 2 av 4". Liberation, serif body. No
metadata title.
"""
import datetime as dt

from common15 import HERE, Pub, Row, Group, dec, grp
from data import (D_ORTER, D_INV_2020, D_INV_2025, d_inv_total, D_PROJ, d_ort_sum, d_total, d_form, D_BYGG,
                  D_MAL_PER_AR, D_ATGARDER)

OUT = HERE / "yxlinge-bostadsforsorjningsprogram-2026-2030.pdf"
ACC = (160, 90, 20)

pdf = Pub("Yxlinge kommun", "Bostadsförsörjningsprogram 2026–2030", "Yxlinge kommun · Samhällsbyggnadsförvaltningen"
          " · Antaget av KF 2026-03-23, § 31", font="liberation", serif=True, accent=ACC,
          created=dt.datetime(2026, 3, 27, 13, 5, tzinfo=dt.timezone.utc))
i20, i25 = d_inv_total()
tot = d_total()
hyr = d_form("Hyresrätt")
snitt = sum(a + b for _, a, b in D_BYGG) / len(D_BYGG)

pdf.add_page()
pdf.logo_block("Yxlinge kommun", "Samhällsbyggnadsförvaltningen")
pdf.title_block("Bostadsförsörjningsprogram 2026–2030", "Riktlinjer för bostadsförsörjningen enligt lagen "
                "(2000:1383) om kommunernas bostadsförsörjningsansvar", size=19)
pdf.toc([("1", "Inledning", 1), ("2", "Befolkning", 2), ("3", "Bostadsbyggandet 2021–2025", 2),
         ("4", "Planerade bostäder 2026–2030", 3), ("5", "Bostäder efter upplåtelseform", 4),
         ("6", "Kommunens åtgärder", 4)])
pdf.h1("1 Inledning")
pdf.p("Bostadsförsörjningsprogrammet beskriver hur Yxlinge kommun ska planera för bostadsbyggandet de "
      "kommande fem åren. Programmet ska ge alla invånare möjlighet att leva i goda bostäder och underlätta "
      "för företag att rekrytera personal.", size=10, lh=5.1)
pdf.p(f"Kommunen planerar för {grp(tot)} nya bostäder 2026–2030 fördelat på {len(D_PROJ)} projekt, varav "
      f"{grp(hyr)} hyresrätter. Målet är att det ska byggas {D_MAL_PER_AR} bostäder per år, men under de "
      f"senaste fem åren har i genomsnitt {dec(snitt)} bostäder färdigställts per år.", size=10, lh=5.1)
pdf.p("Programmet har tagits fram av samhällsbyggnadsförvaltningen i samråd med Yxlingebostäder AB, "
      "socialförvaltningen och privata byggherrar som är verksamma i kommunen.", size=10, lh=5.1)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Befolkning")
pdf.p(f"Den 31 december 2025 hade kommunen {grp(i25)} invånare, vilket är {grp(i25 - i20)} fler än fem år "
      f"tidigare. Befolkningen ökar i centralorten Yxlinge och i Ystebo, medan Cervinge och Ingvaldstorp har "
      "minskat.", size=10, lh=5.1)
pdf.bar_chart("Diagram 1. Invånare per ort 31 december 2020 och 2025", D_ORTER, [D_INV_2020, D_INV_2025],
              ["2020", "2025"], [(214, 180, 130), ACC], max(D_INV_2025), fmt=grp, label_w=30)
pdf.source("Källa: SCB, befolkningsstatistik per tätort och landsbygd; kommunens egen bearbetning. Invånare "
           "utanför orterna ingår inte i diagrammet.")
pdf.h1("3 Bostadsbyggandet 2021–2025")
rows = [[str(y), grp(a), grp(b), grp(a + b), grp(D_MAL_PER_AR)] for y, a, b in D_BYGG]
rows.append(Row(["Summa", grp(sum(r[1] for r in D_BYGG)), grp(sum(r[2] for r in D_BYGG)),
                 grp(sum(r[1] + r[2] for r in D_BYGG)), grp(D_MAL_PER_AR * len(D_BYGG))], "B"))
pdf.ruled_table(["År", "Flerbostadshus", "Småhus", "Totalt", "Mål"], rows, [22, 34, 28, 28, 24],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.5, head_fill=(244, 230, 210))
pdf.source("Källa: SCB, färdigställda lägenheter i nybyggda hus.")
pdf.p("Byggandet minskade kraftigt 2023 och 2024 eftersom högre räntor och byggkostnader gjorde att två "
      "projekt med bostadsrätter i Wälsta sköts upp och att efterfrågan på nya småhus sjönk. Under 2025 "
      "färdigställdes åter fler bostäder när Yxlingebostäder AB slutförde två hyreshus.", size=10, lh=5.1)

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("4 Planerade bostäder 2026–2030")
pdf.p("Tabellen visar de projekt som kommunen känner till och bedömer kan påbörjas under programperioden. "
      "Antalet bostäder är ungefärligt och kan ändras under planarbetet.", size=10, lh=5.1)
rows = []
for ort in D_ORTER:
    rows.append(Group(ort))
    for r in D_PROJ:
        if r[0] == ort:
            rows.append([r[1], r[2], r[3] + ("¹" if "AB" in r[3] else ""), grp(r[4]), r[5], str(r[6])])
    rows.append(Row([f"Summa {ort}", "", "", grp(d_ort_sum(ort)), "", ""], "I"))
rows.append(Row(["Totalt", "", "", grp(tot), "", ""], "B"))
pdf.head2_table([[("Projekt", 3, 1), ("Antal bostäder", 1, 2), ("Planering", 2, 1)],
                 ["Område", "Upplåtelseform", "Byggherre", "Planläge", "Byggstart"]],
                rows, [44, 24, 30, 17, 31, 20], ["LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "CENTER"], size=8.3,
                lh=4.2, borders="HORIZONTAL_LINES", head_fill=(244, 230, 210), group_fill=(252, 246, 238))
pdf.footnotes([("¹", "Yxlingebostäder AB är kommunens helägda allmännyttiga bostadsbolag.")])
pdf.source("Källa: Kommunens planprogram och byggherrarnas uppgifter, februari 2026. Byggstart avser det år "
           "då byggnationen beräknas påbörjas.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("5 Bostäder efter upplåtelseform")
forms = ["Hyresrätt", "Bostadsrätt", "Äganderätt", "Blandat"]
rows = [[f, grp(d_form(f)), dec(100 * d_form(f) / tot)] for f in forms]
rows.append(Row(["Totalt", grp(tot), "100,0"], "B"))
pdf.ruled_table(["Upplåtelseform", "Antal bostäder", "Andel, %"], rows, [50, 32, 28], ["LEFT", "RIGHT", "RIGHT"],
                size=8.8, lh=4.5, borders="HORIZONTAL_LINES", head_fill=(244, 230, 210))
pdf.p("Projektet Zinniaparken ska enligt planbeskedet blanda bostadsrätter och hyresrätter, men fördelningen "
      "är ännu inte bestämd och redovisas därför som blandat.", size=10, lh=5.1)
pdf.h1("6 Kommunens åtgärder")
pdf.p("För att nå målen ska kommunen genomföra följande åtgärder under programperioden:", size=10, lh=5.1)
pdf.numbered(D_ATGARDER, size=10, lh=5.1)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
