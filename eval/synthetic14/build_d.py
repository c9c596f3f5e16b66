"""(d) Olsvalla kommun – miljöbokslut 2025.

Layout: serif text; an introduction in TWO justified columns, a counts sentence (12 indicators: 4 / 5 / 3)
and a small ruled summary table per målområde (p. 1); INDICATOR CARDS in a grid of two columns, six per
page: each card has a shaded title strip "2.2 Tjänsteresor med bil", the unit in italics, a FIVE-YEAR MINI
TABLE (2021–2025 above the values), a target line "Mål 2030: ≤ 380" / "minska" / "≥ 50 %", a coloured
square with the assessment (Når målet / För långsam takt / Fel riktning) and a comment (p. 2–3); the vehicle
fleet table (Fordonstyp / Totalt / El / Biogas / HVO / Fossilt / Andel fossilfria %) with the reasons for
more car travel and a "•" list of measures for 2026 (p. 4). DejaVu Serif body. No metadata title.
"""
import datetime as dt

from common14 import HERE, Doc, Row
from data import D_OMRADEN, D_BED, D_IND, d_counts, D_FORDON, d_fordon_row, D_ATGARDER

OUT = HERE / "olsvalla-miljobokslut-2025.pdf"
ACC = (40, 100, 50)
COL = {"ok": (70, 150, 70), "slow": (232, 168, 40), "bad": (196, 58, 46)}

pdf = Doc("Olsvalla kommun", "Miljöbokslut 2025", "Sida {p}", font="dejavu", serif=True, accent=ACC,
          foot="Olsvalla kommun · Samhällsbyggnadsförvaltningen · Miljöbokslut 2025",
          created=dt.datetime(2026, 4, 14, 9, 30, tzinfo=dt.timezone.utc))
n, ok, slow, bad = d_counts()

pdf.add_page()
pdf.title_block("Miljöbokslut 2025", "Uppföljning av Olsvalla kommuns miljöprogram 2021–2030", size=20)
pdf.columns([
    ("h", "Om miljöbokslutet"),
    ("p", "Miljöbokslutet följer varje år upp de indikatorer som kommunfullmäktige valde ut när miljöprogrammet "
          "antogs. Indikatorerna är ordnade under programmets fyra målområden och visar utvecklingen sedan "
          "programmets första år. Målen gäller år 2030."),
    ("p", "Uppgifterna kommer från kommunens egna system, från länsstyrelsens statistik över utsläpp och från "
          "vattenmyndighetens klassning av sjöarna. Utsläppsstatistiken publiceras med ett års eftersläpning, "
          "och värdet för 2025 är därför en prognos."),
    ("h", "Så bedöms indikatorerna"),
    ("p", "Varje indikator har en av tre bedömningar. Grönt betyder att målet nås om utvecklingen fortsätter i "
          "samma takt. Gult betyder att utvecklingen går åt rätt håll men för långsamt. Rött betyder att "
          "indikatorn har rört sig bort från målet sedan föregående år."),
    ("p", "Bokslutet har tagits fram av miljöstrategen tillsammans med förvaltningarnas miljöombud och "
          "behandlades av kommunstyrelsens hållbarhetsutskott i april 2026."),
], size=9.3, lh=4.6, balance=True)
pdf.h1("Sammanfattning")
pdf.p(f"Av de {n} indikatorerna bedöms {ok} nå målet till 2030, {slow} utvecklas i rätt riktning men i för "
      f"långsam takt och {bad} har utvecklats i fel riktning under det senaste året. Störst framsteg syns i "
      "energianvändningen i kommunens lokaler och i matsvinnet i skolorna.", size=9.8, lh=4.9)
rows = []
for i, omr in enumerate(D_OMRADEN):
    b = [r[6] for r in D_IND if r[0] == i]
    rows.append([omr, str(b.count("ok")), str(b.count("slow")), str(b.count("bad"))])
rows.append(Row(["Samtliga indikatorer", str(ok), str(slow), str(bad)], emphasis="B"))
pdf.ruled_table(["Målområde", "Når målet", "För långsam takt", "Fel riktning"], rows, [70, 30, 34, 30],
                ["LEFT", "CENTER", "CENTER", "CENTER"], size=8.8, lh=4.6, head_fill=(222, 236, 222))

cards = []
for r in D_IND:
    cards.append(dict(nr=r[1], title=r[2], unit=r[3], years=[2021, 2022, 2023, 2024, 2025], values=r[4],
                      target_label="Mål 2030", target=r[5], assess=D_BED[r[6]], assess_color=COL[r[6]],
                      comment=r[7]))
for page_cards, areas in ((cards[:6], D_OMRADEN[:2]), (cards[6:], D_OMRADEN[2:])):
    pdf.add_page()
    pdf.h1("Indikatorer: " + " samt ".join(a.lower() if k else a for k, a in enumerate(areas)))
    pdf.cards(page_cards, h=72, gap=5, size=8.4, head_fill=(226, 238, 226))

pdf.add_page()
pdf.h1("Kommunens fordon")
pdf.p("Tabellen visar kommunens egna fordon och arbetsmaskiner den 31 december 2025 fördelade på drivmedel. "
      "Fordon som kan köras på både biogas och bensin räknas som biogasfordon.", size=9.6, lh=4.8)
rows = [[str(x) for x in d_fordon_row(r)] for r in D_FORDON]
tot = [sum(d_fordon_row(r)[i] for r in D_FORDON) for i in range(1, 6)]
rows.append(Row(["Summa"] + [str(x) for x in tot] + [str(round(100 * (tot[0] - tot[4]) / tot[0]))], emphasis="B"))
pdf.ruled_table(["Fordonstyp", "Totalt", "El", "Biogas", "HVO", "Fossilt", "Andel fossilfria, %"], rows,
                [46, 18, 16, 18, 16, 18, 30], ["LEFT"] + ["RIGHT"] * 6, size=8.8, lh=4.6,
                borders="HORIZONTAL_LINES", head_fill=(222, 236, 222))
pdf.h2("Varför ökar bilresorna i tjänsten?")
pdf.p("Tjänsteresorna med bil har ökat tre år i rad och är nu längre per årsarbetare än när miljöprogrammet "
      "antogs. Den främsta förklaringen är att hemtjänsten har fått fler brukare i de norra delarna av kommunen, "
      "där avstånden är långa och kollektivtrafik saknas. Dessutom har den tekniska förvaltningen tagit över "
      "tillsynen av vägbelysningen från ett entreprenadföretag, vilket innebär fler resor i egna bilar.",
      size=9.6, lh=4.8)
pdf.h2("Prioriterade åtgärder 2026")
pdf.bullets(D_ATGARDER, size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
