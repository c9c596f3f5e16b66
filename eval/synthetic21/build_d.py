"""(d) Blidsta kommun – klimat- och energiredovisning 2026 (utsläpp 2010–2024, energianvändning 2023–2025).

Layout: DejaVu Serif body with Sans headings, green accent. P. 1: a coloured title band, a key–value block, the
summary with competing figures (131 020 → 87 530 ton, −33,2 %, −4,6 % in the last year, target 48 480 ton) and a
"•" reading guide. P. 2: Tabell 1, emissions per sector in a HAND-DRAWN TABLE WITH TWO HEADING ROWS ("Utsläpp, ton
CO2e" over 2010 / 2022 / 2023 / 2024; "Förändring, %" over 2010–2024 / 2023–2024), a SHADED "Mål 2030" column that
holds a value only for transport and the total ("–" elsewhere), a narrow "Not" column whose numbers point to the
FOOTNOTES under the table, DOTTED row lines, signed changes ("−62,2", "+1,2") and a bold Totalt row; then running
text comparing the figures (share of transport, the reduction still needed, the industry passage). P. 3: Tabell 2,
energy use in the municipality's own premises per building category, a FULLY RULED GRID (fpdf table) with a
spanning "Energianvändning, MWh" heading over 2023 / 2024 / 2025, Atemp in m², kWh/m² and a bold Totalt row,
footnotes and a comparison text. No metadata title.
"""
import datetime as dt

from common21 import HERE, Doc, Row, grp, dec
from data import (D_SECTORS, D_YEARS, D_ENERGY, D_TARGET_CUT, D_TRANSPORT_CUT, d_total, d_change, d_target_total,
                  d_kwh, d_energy_tot, pct, r1)

OUT = HERE / "blidsta-klimat-och-energiredovisning-2026.pdf"
ACC = (30, 105, 60)
pdf = Doc("Blidsta kommun", "Klimat- och energiredovisning 2026", "{p}/{nb}", font="dejavu", serif=True,
          accent=ACC, foot="Blidsta kommun · Samhällsbyggnadsförvaltningen · Miljöstrategiska enheten",
          created=dt.datetime(2026, 6, 3, 10, 0, tzinfo=dt.timezone.utc))

tot = [d_total(i) for i in range(4)]
target = d_target_total()
need_cut = tot[3] - target
per_year = need_cut / 6
transport = D_SECTORS[0]
share_tr = r1(transport[1][3] / tot[3] * 100)
e_tot = [d_energy_tot(i) for i in (3, 4, 5)]

pdf.add_page()
pdf.band("Klimat- och energiredovisning 2026", size=15, h=12)
pdf.kv([("Beslutad av", "Kommunstyrelsens miljöberedning 2026-05-27"), ("Diarienummer", "KS 2026/97"),
        ("Underlag", "Nationella emissionsdatabasen och kommunens energiuppföljning"),
        ("Kontakt", "Miljöstrategiska enheten")], lw=38, size=9.4)
pdf.h1("Sammanfattning")
pdf.p(f"De territoriella utsläppen av växthusgaser i Blidsta var {grp(tot[3])} ton koldioxidekvivalenter 2024. "
      f"Det är {dec(-d_change(tot))} procent lägre än basåret 2010, då utsläppen var {grp(tot[0])} ton, och "
      f"{dec(-d_change(tot, 2, 3))} procent lägre än 2023.", size=10)
pdf.p(f"Kommunens mål är att utsläppen ska ha minskat med {D_TARGET_CUT} procent till 2030 jämfört med 2010, "
      f"vilket motsvarar högst {grp(target)} ton. Utvecklingen går åt rätt håll, men takten behöver öka, "
      "särskilt inom transporterna.", size=10)
pdf.p(f"Energianvändningen i kommunens egna lokaler minskade från {grp(e_tot[0])} MWh 2023 till {grp(e_tot[2])} "
      f"MWh 2025, en minskning med {dec(-pct(e_tot[2], e_tot[0]))} procent.", size=10)
pdf.h2("Läsanvisning")
pdf.bullets(["Utsläppen redovisas per sektor i ton koldioxidekvivalenter (CO2e). Statistiken publiceras med cirka "
             "två års eftersläpning, varför 2024 är det senaste året.",
             "Energianvändningen redovisas för kommunens egna lokaler och är normalårskorrigerad.",
             "Ett minustecken i förändringskolumnerna betyder att utsläppen har minskat."], size=9.6)

# ---------------------------------------------------------------- p. 2: emissions per sector
pdf.add_page()
pdf.set_margins(18, 25, 18)
pdf.set_x(18)
pdf.h1("1 Utsläpp av växthusgaser per sektor")
head = [[("Sektor", 1, 2), ("Utsläpp, ton CO2e", 4), ("Förändring, %", 2), ("Mål 2030, ton", 1, 2),
         ("Not", 1, 2)],
        [("2010", 1), ("2022", 1), ("2023", 1), ("2024", 1), ("2010–2024", 1), ("2023–2024", 1)]]
widths = [39, 17, 17, 17, 17, 21, 21, 15, 10]
aligns = ["L", "R", "R", "R", "R", "R", "R", "R", "C"]
rows = []
for name, vals, tgt, note in D_SECTORS:
    rows.append({"cells": [name, *[grp(x) for x in vals], dec(d_change(vals), plus=True),
                           dec(d_change(vals, 2, 3), plus=True), grp(tgt) if tgt else "–",
                           str(note) if note else ""]})
rows.append({"cells": ["Totalt", *[grp(x) for x in tot], dec(d_change(tot), plus=True),
                       dec(d_change(tot, 2, 3), plus=True), grp(target), "4"], "kind": "total"})
pdf.table18(head, rows, widths, aligns, size=8.4, lh=4.3, font="Cond", pad=1.3, sep="dotted",
            head_fill=(222, 236, 226), col_fill={7: (236, 244, 238)},
            caption="Tabell 1. Territoriella utsläpp i Blidsta kommun, ton CO2e")
pdf.footnotes(["Vägtrafik, inrikes sjöfart och arbetsresor med flyg inom kommunens gräns. Målet avser en "
               f"minskning med {D_TRANSPORT_CUT} procent från 2010.",
               "Metan och lustgas från djurhållning, gödselhantering och odling.",
               "Förbränning för el och värme i industrin samt utsläpp från industriprocesser.",
               f"Kommunens övergripande mål om en minskning med {D_TARGET_CUT} procent från 2010 till 2030. "
               "Uppgifterna för 2024 är preliminära."], size=7.8, lh=3.8)
pdf.h2("Kommentar")
pdf.p(f"Transporterna är fortfarande den största källan. År 2024 svarade de för {grp(transport[1][3])} ton, "
      f"vilket motsvarar {dec(share_tr)} procent av kommunens samlade utsläpp. För att nå sektorns mål på "
      f"{grp(transport[2])} ton måste transportutsläppen mer än halveras på sex år.", size=9.8)
ind = D_SECTORS[3]
pdf.p(f"Inom industrin minskade utsläppen från {grp(ind[1][2])} ton 2023 till {grp(ind[1][3])} ton 2024. "
      "Minskningen förklaras främst av att Dammviks Trä AB under våren 2024 ersatte oljepannan i "
      "torkanläggningen med en panna som eldas med bark och flis från det egna sågverket.", size=9.8)
pdf.p(f"Jordbrukets utsläpp ökade något mellan 2023 och 2024, liksom utsläppen från el och fjärrvärme, där en kall "
      f"vinter krävde mer spetslast. För att nå målet på {grp(target)} ton behöver de totala utsläppen minska "
      f"med ytterligare {grp(need_cut)} ton, i genomsnitt {grp(per_year)} ton per år fram till 2030.", size=9.8)

# ---------------------------------------------------------------- p. 3: energy use per building category
pdf.set_margins(22, 25, 22)
pdf.add_page()
pdf.h1("2 Energianvändning i kommunens lokaler")
hr = [[("Byggnadskategori", 1, 2), ("Antal byggnader", 1, 2), ("Atemp, m²", 1, 2), ("Energianvändning, MWh", 3),
       ("kWh/m² 2025", 1, 2)],
      ["2023", "2024", "2025"]]
rows = [[e[0], str(e[1]), grp(e[2]), grp(e[3]), grp(e[4]), grp(e[5]), dec(d_kwh(e))] for e in D_ENERGY]
all_a = sum(e[2] for e in D_ENERGY)
rows.append(Row(["Totalt", str(sum(e[1] for e in D_ENERGY)), grp(all_a), *[grp(x) for x in e_tot],
                 dec(r1(e_tot[2] * 1000 / all_a))], emphasis="B"))
pdf.set_font("Sans", "B", 9.4)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Energianvändning per byggnadskategori 2023–2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.head2_table(hr, rows, [40, 22, 22, 21, 21, 21, 19], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT",
                                                          "RIGHT"],
                size=8.6, lh=4.4, head_fill=(222, 236, 226))
pdf.footnotes(["Energianvändningen omfattar el, fjärrvärme och bränslen och är normalårskorrigerad.",
               "Atemp är den tempererade arean i byggnaderna den 31 december 2025."], size=7.8, lh=3.8)
bad = [e for e in D_ENERGY if e[0] == "Idrottshallar och bad"][0]
gym = [e for e in D_ENERGY if e[0] == "Gymnasieskola"][0]
sb = [e for e in D_ENERGY if e[0] == "Särskilda boenden"][0]
pdf.h2("Kommentar")
pdf.p(f"Idrottshallar och bad har den klart högsta energianvändningen per kvadratmeter, {dec(d_kwh(bad))} kWh/m², "
      "eftersom simhallen värms och ventileras dygnet runt. Särskilda boenden har näst högst, "
      f"{dec(d_kwh(sb))} kWh/m².", size=9.8)
pdf.p(f"Gymnasieskolans energianvändning ökade från {grp(gym[4])} MWh 2024 till {grp(gym[5])} MWh 2025. Ökningen "
      "beror på att ventilationen gick med full kapacitet under en ombyggnad av skolans kök.", size=9.8)
pdf.p("Under 2026 installeras frånluftsvärmepumpar på två särskilda boenden, och belysningen i samtliga "
      "idrottshallar byts till LED.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
