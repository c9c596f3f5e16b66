"""(c) Region Mellanhed – hälso- och sjukvårdsnämndens verksamhetsplan med budget 2026.

Layout: text with figures and the regional board's five assignments as a justified "1." list with
lettered "a)" "b)" sub-items under two of them (p. 1); an INDICATOR TABLE with TWO heading rows ("Utfall"
spanning 2024 | 2025, "Målvärde" spanning 2026 | 2028), bold group rows per perspective, target values
written as "≥ 85 %", "≤ 30 dagar", "öka" or "minska", ".." for a missing value and superscript footnote
markers with the footnotes under the table (p. 2); a BUDGET TABLE whose heading "Budget 2026" spans
"Intäkter | Kostnader | Netto" next to "Budget 2025 Netto", bold group rows, italic "Delsumma" rows and a
bold total (p. 3); risks and priorities (p. 4). Metadata title set.
"""
import datetime as dt

from common12 import HERE, Doc, Group, Row, dec
from data import C_IND, C_GROUPS, C_BUDGET, C_BGROUPS, c_netto, c_sum, c_total, C_UPPDRAG

OUT = HERE / "region-mellanhed-hsn-verksamhetsplan-2026.pdf"
ACC = (0, 105, 110)

pdf = Doc("Region Mellanhed", "Hälso- och sjukvårdsnämnden", "{p}", accent=ACC,
          foot="Verksamhetsplan med budget 2026 · Beslutad av hälso- och sjukvårdsnämnden 2025-12-11, § 158",
          title="Region Mellanhed – Hälso- och sjukvårdsnämndens verksamhetsplan med budget 2026",
          author="Region Mellanhed", created=dt.datetime(2025, 12, 15, 9, 0, tzinfo=dt.timezone.utc))
tot = c_total()
pdf.add_page()
pdf.title_block("Verksamhetsplan med budget 2026", "Hälso- och sjukvårdsnämnden, Region Mellanhed", size=19)
pdf.h1("Inledning")
pdf.p(f"Nämndens nettokostnadsram för 2026 uppgår till {dec(-tot[3])} mnkr, vilket är {dec(tot[0] - tot[3])} mnkr "
      f"eller {dec((tot[3] / tot[0] - 1) * 100)} procent mer än budgeten för 2025 på {dec(-tot[0])} mnkr. Av ökningen "
      "avser 212,0 mnkr löne- och prisuppräkning och 96,5 mnkr ökade läkemedelskostnader, medan resten är "
      "riktade satsningar på primärvård och psykiatri.")
pdf.p("Regionen har 318 400 invånare, och andelen som är 80 år eller äldre väntas öka från 5,9 till 7,1 procent "
      "fram till 2030. Under 2025 hade nämnden ett underskott på 148,3 mnkr mot budget, jämfört med 212,6 mnkr "
      "året före. Budgeten för 2026 förutsätter att kostnaderna för inhyrd personal minskar med minst 40 mnkr.")
pdf.h1("Regionstyrelsens uppdrag till nämnden 2026")
pdf.numbered([(t, subs) if subs else t for t, subs in C_UPPDRAG], size=9.8, lh=4.9, indent=7)

pdf.add_page()
pdf.h1("Indikatorer och målvärden")
pdf.p("Tabellen visar nämndens indikatorer med utfall för de två senaste åren och målvärden för 2026 och för "
      "slutet av planperioden 2028. Där målvärdet anges som öka eller minska ska utfallet förbättras jämfört "
      "med föregående år.", size=9.3, lh=4.6)
rows, g = [], None
for grp_, ind, u24, u25, m26, m28 in C_IND:
    if grp_ != g:
        rows.append(Group(grp_))
        g = grp_
    rows.append([ind, u24, u25, m26, m28])
pdf.head2_table([[("Indikator", 1, 2), ("Utfall", 2, 1), ("Målvärde", 2, 1)], ["2024", "2025", "2026", "2028"]],
                rows, [86, 18, 18, 22, 22], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.4, lh=4.3,
                head_fill=(208, 232, 232), group_fill=(232, 243, 243))
pdf.footnotes([("¹", "Andel av alla kontakter via telefon och 1177 som leder till medicinsk bedömning samma dag."),
               ("²", "Punktprevalensmätning i mars och oktober, medelvärde av mätningarna."),
               ("³", "Ny indikator från 2025; jämförbart utfall för 2024 saknas (..).")])

pdf.add_page()
pdf.h1("Budget 2026 per verksamhetsområde")
pdf.p("Intäkter redovisas med positiva och kostnader med negativa belopp, i miljoner kronor. Nettot för 2025 "
      "avser budget efter tilläggsbeslut.", size=9.3, lh=4.6)
brows = []
for g in C_BGROUPS:
    grows = [r for r in C_BUDGET if r[0] == g]
    brows.append(Group(g))
    for r in grows:
        brows.append([r[1], dec(r[2]), dec(r[3]) if r[3] else "–", dec(r[4]), dec(c_netto(r))])
    s = c_sum(grows)
    brows.append(Row([f"Delsumma {g[0].lower() + g[1:]}", *(dec(x) for x in s)], emphasis="I"))
brows.append(Row(["Summa hälso- och sjukvårdsnämnden", *(dec(x) for x in tot)], emphasis="B"))
pdf.head2_table([[("Verksamhetsområde", 1, 2), ("Budget 2025", 1, 1), ("Budget 2026", 3, 1)],
                 ["Netto", "Intäkter", "Kostnader", "Netto"]],
                brows, [70, 24, 24, 24, 24], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.5, lh=4.4,
                head_fill=(208, 232, 232), group_fill=(232, 243, 243), borders="HORIZONTAL_LINES")
pdf.footnotes(["Läkemedel inom förmånen finansieras med det särskilda statsbidraget, som redovisas hos "
               "regionstyrelsen; därför saknas intäkter på raden.",
               "Den centrala reserven på 40,0 mnkr får användas först efter beslut i nämnden."])

pdf.add_page()
pdf.h1("Risker och prioriteringar")
pdf.p("Den största ekonomiska risken är fortsatt beroende av inhyrd personal. Kostnaden har minskat från 186,4 "
      "mnkr 2024 till 151,2 mnkr 2025 men är fortfarande mer än dubbelt så hög som nivån före pandemin. "
      "Inhyrda läkare och sjuksköterskor kostar i genomsnitt 1,8 gånger så mycket som egen personal, och "
      "beroendet försvårar kontinuiteten för patienterna. Nämnden prioriterar därför en egen bemanningspool, "
      "fler utbildningsplatser för specialistsjuksköterskor och ett stopp för inhyrning inom primärvården "
      "från och med den 1 april 2026.")
pdf.p("Tillgängligheten inom den specialiserade vården har försämrats: andelen förstabesök inom 90 dagar "
      "sjönk från 61 till 58 procent. Väntetiderna inom barn- och ungdomspsykiatrin ökade samtidigt som antalet "
      "remisser steg med 14 procent. Nämnden avsätter 22,0 mnkr till extra mottagningstider och till "
      "samverkan med elevhälsan i länets kommuner.")
pdf.p("Överbeläggningarna ökade under 2025 och är högst inom akutsjukvård och medicin. En plan för att minska "
      "dem ska tas fram under våren, och nämnden följer utvecklingen i varje månadsrapport.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
