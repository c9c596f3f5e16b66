"""(f) Bramsnäs kommun – kultur- och fritidsnämnden, investeringsbidrag till föreningar 2027: tjänsteskrivelse,
protokollsutdrag och bilaga.

Layout: DejaVu Sans headings, DejaVu Serif body. P. 1: the förvaltning's tjänsteskrivelse: key–value block, the
background (ram 950 000 kr), a FULLY RULED table of the eight applications (Förening / Ändamål / Sökt belopp, kr /
Förvaltningens förslag, kr, with a bold Summa row 1 268 000 / 916 000), the reason for the rejected application and
the proposal as att-clauses. P. 2 is a SCANNED PAGE WITHOUT A TEXT LAYER: the signed protocol extract of the
kultur- och fritidsnämnden 2026-11-18 § 74, rendered with PIL in Liberation Serif/Sans at 200 dpi, ROTATED −0.8°,
with light noise, specks, a scanner shadow, a rubber stamp "JUSTERAT" and handwritten-looking signatures, placed as
one JPEG on a page without running header or footer. It holds the motion that raised the grant to Dalkärrs
Skytteförening (40 000 → 70 000 kr), the decision as att-clauses, a ruled table Förening / Sökt belopp / Beviljat
belopp with a bold Summa row (1 268 000 / 946 000) and a reservation. P. 3: Bilaga 1, the rules for investment
grants as a numbered list whose items wrap and a time plan with dates written "30 september 2026", "2026-11-18",
"februari 2027" and "30 november 2027". No metadata title.
"""
import datetime as dt

from common21 import HERE, Doc, Row, grp
from data import F_RAM, F_APPS, F_DATES, F_SCAN, F_SCAN_HEAD, F_STAMP, f_sum, f_scan_rows
from scan21 import render_scan

OUT = HERE / "bramsnas-kfn-investeringsbidrag-foreningar-2027.pdf"
ACC = (90, 40, 110)
pdf = Doc("Bramsnäs kommun", "Kultur- och fritidsförvaltningen", "{p} ({nb})", font="dejavu", serif=True,
          accent=ACC, foot="Bramsnäs kommun · Dnr KFN 2026/61",
          created=dt.datetime(2026, 11, 25, 14, 10, tzinfo=dt.timezone.utc))

pdf.add_page()
pdf.title_block("Investeringsbidrag till föreningar 2027", "Tjänsteskrivelse", size=18)
pdf.kv([("Datum", "2026-10-29"), ("Diarienummer", "KFN 2026/61"), ("Till", "Kultur- och fritidsnämnden"),
        ("Handläggare", "Föreningskonsulent, kultur- och fritidsförvaltningen")], lw=34, size=9.4)
pdf.h2("Bakgrund")
pdf.p(f"Föreningar i Bramsnäs kan söka investeringsbidrag för upprustning av egna eller förhyrda anläggningar. "
      f"Nämndens ram för investeringsbidrag 2027 är {grp(F_RAM)} kr. Vid ansökningstidens slut hade "
      f"{len(F_APPS)} föreningar sökt sammanlagt {grp(f_sum(2))} kr.", size=9.8)
pdf.h2("Ansökningar och förvaltningens förslag")
rows = [[a[0], a[1], grp(a[2]), grp(a[3]) if a[3] else "0"] for a in F_APPS]
rows.append(Row(["Summa", "", grp(f_sum(2)), grp(f_sum(3))], emphasis="B"))
pdf.ruled_table(["Förening", "Ändamål", "Sökt belopp, kr", "Förvaltningens förslag, kr"], rows,
                [46, 62, 29, 29], ["LEFT", "LEFT", "RIGHT", "RIGHT"], size=8.6, lh=4.3,
                head_fill=(232, 224, 238))
pdf.p(f"Förvaltningens förslag ryms inom ramen och lämnar {grp(F_RAM - f_sum(3))} kr outnyttjade. Ansökan från "
      "Tornlyckans scoutkår föreslås avslås eftersom förrådsboden bara används av kåren själv och inte är öppen för "
      "allmänheten. Dalkärrs Skytteförening föreslås få ett lägre bidrag än sökt eftersom föreningen inte har "
      "redovisat någon egen insats.", size=9.6)
pdf.h2("Förslag till beslut")
pdf.att_list("Kultur- och fritidsförvaltningen föreslår att kultur- och fritidsnämnden beslutar",
             ["fördela investeringsbidrag för 2027 enligt förvaltningens förslag i tabellen ovan,",
              "avslå ansökan från Tornlyckans scoutkår."], size=9.6)

img = render_scan(F_SCAN, angle=-0.8, seed=21, table=(F_SCAN_HEAD, f_scan_rows()), stamp=F_STAMP)
pdf.scan_page(img)

pdf.add_page()
pdf.h1("Bilaga 1. Riktlinjer och tidplan")
pdf.h2("Riktlinjer för investeringsbidrag")
pdf.numbered(["Bidrag kan sökas av ideella föreningar som är registrerade i kommunens föreningsregister och har "
              "sin verksamhet i Bramsnäs.",
              "Bidraget får uppgå till högst hälften av den godkända kostnaden, och föreningen ska redovisa en egen "
              "insats i form av pengar eller ideellt arbete.",
              "Anläggningen ska vara tillgänglig för allmänheten eller för andra föreningar och skolor under minst "
              "tio år efter investeringen.",
              "Bidraget betalas ut i två delar: hälften när nämnden har fattat beslut och finansieringen är klar, "
              "och resten när föreningen har redovisat investeringen.",
              "Bidrag som inte har använts eller redovisats i tid ska betalas tillbaka till kommunen."],
             size=9.6, lh=4.7)
pdf.h2("Tidplan")
pdf.ruled_table(["Moment", "Tidpunkt"], [list(x) for x in F_DATES], [110, 45], ["LEFT", "LEFT"], size=9,
                head_fill=(232, 224, 238))
pdf.p("Föreningar som inte kan genomföra investeringen i tid kan ansöka om förlängd redovisningstid hos "
      "förvaltningen.", size=9.4)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
