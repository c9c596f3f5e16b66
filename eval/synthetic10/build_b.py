"""(b) Fjärdhamra kommun – åtgärdsplan för energieffektivisering i kommunens lokaler 2026–2028.

Layout: key–value head block, text with figures and a status legend (p. 1); a RULED ACTION TABLE
Åtgärd / Ansvar / Klart senast / Kostnad (tkr) / Status with 20 rows (deadlines written both as 2026-03-31
and as "30 september 2026", "–" for no cost, status words in shaded cells) and a bold Summa row, running from
p. 2 to p. 3 with the header row repeated; a table of energy costs per activity 2023–2025 and text on
financing and delays (p. 4). No metadata title.
"""
import datetime as dt

from common10 import HERE, Doc, Cell, Row, grp
from data import B_ATG, B_KOST, b_total

OUT = HERE / "fjardhamra-atgardsplan-energi-2026-2028.pdf"
ACC = (150, 70, 0)
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
FILL = {"Genomförd": (205, 235, 205), "Pågår": (255, 242, 200), "Ej påbörjad": (235, 235, 235),
        "Försenad": (248, 205, 200)}


def datum(iso, fmt):
    if fmt == "iso":
        return iso
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


pdf = Doc("Fjärdhamra kommun", "", "Åtgärdsplan energi 2026–2028, sid {p}", font="liberation", accent=ACC,
          foot="Samhällsbyggnadsförvaltningen · Dnr KS 2025/611",
          created=dt.datetime(2026, 2, 2, 8, 30, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Åtgärdsplan för energieffektivisering i kommunens lokaler 2026–2028",
                "Fjärdhamra kommun", size=18)
pdf.kv([("Antagen av", "Kommunstyrelsen 2026-01-26, § 9"),
        ("Dokumentansvarig", "Samhällsbyggnadsförvaltningen, fastighetsavdelningen"),
        ("Gäller för", "Kommunens egna och inhyrda verksamhetslokaler"),
        ("Revideras", "Årligen, nästa gång i januari 2027")], lw=42, size=9.5)
pdf.h1("Bakgrund")
pdf.p("Kommunens lokaler använde 38,6 GWh energi 2025, vilket är 7,9 procent mindre än under basåret 2022. Målet "
      "i kommunens energi- och klimatstrategi är att energianvändningen ska minska med 20 procent till 2028 "
      "jämfört med 2022. Med nuvarande takt nås inte målet, och kommunstyrelsen har därför beslutat om en "
      "samlad åtgärdsplan för perioden 2026–2028.")
pdf.p(f"Planen omfattar 20 åtgärder. De beräknas kosta sammanlagt {grp(b_total())} tkr, som finansieras "
      "inom investeringsbudgeten för energieffektivisering och inom fastighetsavdelningens driftbudget. Åtgärder "
      "utan angiven kostnad genomförs inom ordinarie verksamhet.")
pdf.h1("Prioriteringar")
pdf.p("De största besparingarna väntas i skolor och idrottshallar, som står för mer än hälften av "
      "energianvändningen. Åtgärderna har prioriterats efter energikartläggningen av de tio lokaler som har högst "
      "energianvändning per kvadratmeter. Åtgärder med kort återbetalningstid genomförs först, medan större "
      "ombyggnader samordnas med planerat underhåll för att undvika dubbla kostnader.")
pdf.add_page()
pdf.h1("Ansvar")
pdf.p("Fastighetsavdelningen ansvarar för merparten av åtgärderna. Det kommunala energibolaget Fjärdhamra "
      "Energi AB ansvarar för åtgärder som rör fjärrvärme, mätning och laddinfrastruktur enligt avtal med "
      "kommunen. Miljöstrategen samordnar uppföljningen och rapporterar till kommunstyrelsen.")
pdf.h1("Läsanvisning till åtgärdstabellen")
pdf.bullets(["Genomförd – åtgärden är klar och har följts upp.",
             "Pågår – arbetet har startat och bedöms bli klart i tid.",
             "Ej påbörjad – arbetet har inte startat men är planerat.",
             "Försenad – åtgärden kommer inte att bli klar till angivet datum."], size=9.5, lh=4.8)

pdf.h1("Åtgärder 2026–2028")
pdf.p("Tabellen redovisar samtliga åtgärder med ansvarig enhet, datum då åtgärden senast ska vara klar, "
      "beräknad kostnad och status per den 15 januari 2026.", size=9.5, lh=4.8)
rows = []
for atg, ansvar, iso, fmt, kost, status in B_ATG:
    rows.append([atg, ansvar, datum(iso, fmt), grp(kost) if kost else "–", Cell(status, fill=FILL[status])])
rows.append(Row(["Summa", "", "", grp(b_total()), ""], emphasis="B"))
pdf.ruled_table(["Åtgärd", "Ansvar", "Klart senast", "Kostnad (tkr)", "Status"], rows,
                [66, 38, 24, 18, 20], ["LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"], size=8.6, lh=4.3,
                head_fill=(250, 225, 195))

pdf.h1("Energikostnader per verksamhet")
pdf.p("Kommunens kostnader för el, värme och kyla i egna lokaler har minskat sedan 2023, trots höjda priser på "
      "fjärrvärme. Tabellen visar kostnaden per verksamhet i tusentals kronor.", size=9.5, lh=4.8)
krows = [[v, grp(a), grp(b), grp(c)] for v, a, b, c in B_KOST]
krows.append([f"Totalt", grp(sum(r[1] for r in B_KOST)), grp(sum(r[2] for r in B_KOST)),
              grp(sum(r[3] for r in B_KOST))])
pdf.ruled_table(["Verksamhet", "2023", "2024", "2025"], krows, [70, 25, 25, 25],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=9, lh=4.8, borders="HORIZONTAL_LINES", bold_last=True,
                head_fill=(250, 225, 195))
pdf.add_page()
pdf.h1("Försenade åtgärder")
pdf.p("Tre åtgärder är försenade. Anslutningen av Hagmarkens förskola till fjärrvärmenätet väntar på att "
      "Fjärdhamra Energi AB ska dra fram en ny ledning längs Storgatan, vilket bolaget har skjutit upp till "
      "våren 2027 på grund av ledningsarbeten i centrum. Bytet av oljepannan i Bergsätra fritidsgård har "
      "försenats eftersom den upphandlade entreprenören inte kan leverera värmepumpen förrän i februari 2027. "
      "Pumparna och filtren i simhallen kan bara bytas när anläggningen är stängd, och nästa längre uppehåll är "
      "sommaren 2027.")
pdf.h1("Uppföljning")
pdf.p("Miljöstrategen sammanställer energianvändningen per byggnad varje kvartal. Kommunstyrelsen får en "
      "rapport i juni och i december, och planen revideras årligen. Besparingar som uppstår genom åtgärderna "
      "ska i första hand användas för nya energiåtgärder.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
