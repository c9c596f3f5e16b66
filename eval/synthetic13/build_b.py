"""(b) Gnistorps kommun – sammanträdesplan 2026 för fullmäktige, kommunstyrelsen, nämnder och råd.

Layout: portrait p. 1 with a key–value block, running text in TWO justified columns with the meeting counts,
and a "–" list of planning principles whose items wrap; LANDSCAPE p. 2 with a FULLY RULED CALENDAR GRID:
one row per organ, twelve month columns under a spanning heading (two heading rows), the cells holding only
DAY NUMBERS ("13, 27" for two meetings, "–" for none), the July column shaded, then "Antal" and "Kl." columns;
an organ without planned meetings ("–" throughout) and notes under the grid; portrait p. 3 with a table with
horizontal rules only of the preparation dates before each council meeting (ISO dates) and the election-year
text with dates written as "26 oktober 2026". No metadata title. DejaVu fonts.
"""
import datetime as dt

from common13 import HERE, Doc, Cell
from data import B_ORGAN, B_KF, B_KF_2025, B_PRINCIPER, MON3, b_cells, b_prep

OUT = HERE / "gnistorp-sammantradesplan-2026.pdf"
ACC = (25, 90, 110)
SV_NUM = {4: "fyra", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 11: "elva", 12: "tolv"}


def sv_date(d):
    return f"{d.day} {['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][d.month - 1]} {d.year}"


pdf = Doc("Gnistorps kommun", "Sammanträdesplan 2026", "{p} (3)", accent=ACC,
          foot="Gnistorps kommun · Kommunledningskontoret · Dnr KS 2025/311",
          created=dt.datetime(2025, 10, 20, 9, 0, tzinfo=dt.timezone.utc))
org = {o: (t, d) for o, t, d in B_ORGAN}
n_total = sum(len(d) for _, _, d in B_ORGAN)
pdf.add_page()
pdf.title_block("Sammanträdesplan 2026", "Kommunfullmäktige, kommunstyrelsen, nämnder och råd i Gnistorps kommun",
                size=19)
pdf.kv([("Beslutad av", "Kommunstyrelsen 2025-10-14 § 178"), ("Diarienummer", "KS 2025/311"),
        ("Gäller", "1 januari–31 december 2026"), ("Kontakt", "Kanslienheten, kommunledningskontoret")])
pdf.columns([
    ("h", "Om planen"),
    ("p", f"Planen samlar alla ordinarie sammanträden under 2026. Kommunfullmäktige sammanträder "
          f"{SV_NUM[len(B_KF)]} gånger, jämfört med {SV_NUM[B_KF_2025]} gånger under 2025, och kommunstyrelsen "
          f"{SV_NUM[len(org['Kommunstyrelsen'][1])]} gånger. Sammanlagt planeras {n_total} sammanträden i "
          f"fullmäktige, styrelse, nämnder, utskott, beredningar och råd."),
    ("p", "Nämnderna har själva beslutat om sina datum under september och oktober 2025. Kanslienheten har "
          "samordnat datumen så att ärenden kan beredas i rätt ordning och så att samma förtroendevalda inte "
          "kallas till två sammanträden samma dag."),
    ("h", "Ändringar under året"),
    ("p", "En nämnd får ställa in ett sammanträde eller kalla till ett extra sammanträde. Ändringar meddelas "
          "kanslienheten och publiceras på kommunens webbplats och anslagstavla. Sammanträdena hålls i "
          "kommunhusets sessionssal om inte kallelsen anger en annan plats."),
    ("h", "Öppna sammanträden"),
    ("p", "Fullmäktiges sammanträden är öppna för allmänheten och sänds på webben. Nämndernas sammanträden är "
          "inte offentliga, men protokollen publiceras när de har justerats."),
], size=9.4, lh=4.7, balance=True)
pdf.h2("Principer för planeringen")
pdf.bullets(B_PRINCIPER, sym="–", size=9.6, lh=4.8)

pdf.add_page(orientation="L")
pdf.h1("Sammanträdesdagar 2026")
JUL = (236, 236, 236)
rows = []
for o, t, d in B_ORGAN:
    cells = b_cells(d)
    rows.append([o] + [Cell(c, fill=JUL) if i == 6 else c for i, c in enumerate(cells)] + [str(len(d)), t])
pdf.head2_table([[("Organ", 1, 2), ("Sammanträdesdag 2026", 12, 1), ("Antal", 1, 2), ("Kl.", 1, 2)],
                 MON3], rows, [62] + [13.5] * 12 + [13, 13], ["LEFT"] + ["CENTER"] * 14, size=8.3, lh=4.6,
                head_fill=(210, 228, 232), padding=1.3)
pdf.ln(1)
pdf.footnotes([("–", "Inget sammanträde den månaden. Kolumnen Kl. anger när sammanträdet börjar."),
               ("", "Krisledningsnämnden sammanträder endast vid en extraordinär händelse och har inga planerade "
                    "sammanträden."),
               ("", "Valnämndens sammanträde den 16 september är den preliminära rösträkningen efter valet "
                    "(onsdagsräkningen), som börjar kl. 09.00.")], size=8.2, lh=4)

pdf.add_page(orientation="P")
pdf.h1("Beredningsgång inför kommunfullmäktige")
pdf.p("Ärenden till fullmäktige bereds av kommunstyrelsens arbetsutskott och kommunstyrelsen. Tjänsteskrivelser "
      "ska ha kommit in till kanslienheten senast den dag som anges nedan. Kungörelsen anslås på kommunens "
      "anslagstavla och publiceras i ortstidningen senast tio dagar före sammanträdet.", size=9.8)
pdf.ruled_table(["Fullmäktige", "Kommunstyrelsen", "Arbetsutskottet", "Sista dag för tjänsteskrivelse",
                 "Kungörelse senast"],
                [[x.isoformat() for x in r] for r in b_prep()], [28, 35, 32, 41, 30],
                ["LEFT"] * 5, size=8.8, lh=4.6, borders="HORIZONTAL_LINES", head_fill=(210, 228, 232))
pdf.h1("Valåret 2026")
kf_aug = [k for k in B_KF if k.month == 8][0]
kf_okt = [k for k in B_KF if k.month == 10][0]
pdf.p(f"Allmänna val hålls söndagen den 13 september 2026. Det avgående fullmäktige har sitt sista sammanträde "
      f"den {sv_date(kf_aug)}, och därefter sammanträder fullmäktige inte förrän efter valet. Kommunstyrelsen "
      "vill undvika att större ärenden avgörs mitt i valrörelsen, och kanslienheten behöver samtidigt stödja "
      "valnämnden med förtidsröstning och valdistrikt under hela september.", size=9.8)
pdf.p(f"Det nyvalda fullmäktige sammanträder för första gången den {sv_date(kf_okt)} och väljer då presidium "
      "och valberedning. Nya nämnder väljs den 14 december 2026 och tillträder den 1 januari 2027; de "
      "avgående nämnderna fullgör sina uppdrag till och med den 31 december 2026.", size=9.8)
pdf.h2("Tider")
pdf.p("Kommunfullmäktige börjar kl. 18.30 och kommunstyrelsen kl. 13.00. Utskotten börjar normalt kl. 08.30. "
      "Några organ träffas på kvällstid, så att förtroendevalda och unga kan delta efter skola och arbete.",
      size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
