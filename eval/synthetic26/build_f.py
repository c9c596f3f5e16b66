"""(f) Äppelviks kommun – miljö- och byggnadsnämnden: anmälan av delegationsbeslut om bygglov, september 2027
(tjänsteskrivelse, SCANNED delegation list, handläggningstider).

Layout: Liberation Sans, portrait, 3 pages. P. 1: a tjänsteskrivelse whose head is a RULED TWO-CELL STRIP (sender
on the left; TJÄNSTESKRIVELSE, date and Dnr on the right, separated by a vertical rule) under a bold municipal
wordmark, the title, "Förslag till beslut" with one att-clause, "Ärendet" and "Beslutsunderlag" as a "–" list.
P. 2 is a SCANNED IMAGE WITHOUT A TEXT LAYER: a PRINTOUT FROM THE CASE SYSTEM set in a MONOSPACED FONT (Liberation
Mono) with dashed separator lines, columns kept by spaces (Ärendenr / Beslut den / Fastighet / Åtgärd / Beslut /
Avgift, kr), the measure WRAPPING onto an indented continuation line, a count and fee sum line, two "Anm." lines on
the refusals, a framed RECEIVED STAMP "ANMÄLD MBN 2027-10-20" and a signature; rendered with PIL at 200 dpi,
rotated 0.8°, with grain, specks and a scanner shadow, placed as one JPEG on a page without running header or
footer. P. 3: Bilaga 2, the processing times January–September as a FULLY RULED table (number of decisions 2026 /
2027, median weeks 2026 / 2027, share within ten weeks) with a bold "Samtliga ärenden" row, and a comment. None of
the scanned page's numbers, dates, properties or fees is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common26 import HERE, Doc, Row
from data import F_TIMES, F_MBN_DATE, F_SKRIVELSE, f_scan_blocks, dmy, d1
from scan26 import render_scan

OUT = HERE / "appelvik-mbn-delegationsbeslut-bygglov-sep-2027.pdf"
ACC = (120, 50, 40)
pdf = Doc("Äppelviks kommun", "Miljö- och byggnadsförvaltningen", "{p} (3)", font="liberation", accent=ACC,
          foot="Äppelviks kommun · Miljö- och byggnadsförvaltningen · Dnr MBN 2027/0388",
          created=dt.datetime(2027, 10, 5, 14, 25, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1 tjänsteskrivelse
pdf.add_page()
y = 14
pdf.set_font("Serif", "B", 17)
pdf.set_text_color(*ACC)
pdf.set_xy(22, y)
pdf.cell(0, 8, "Äppelviks kommun")
pdf.set_text_color(0, 0, 0)
y += 12
pdf.set_draw_color(80, 80, 80)
pdf.rect(22, y, 166, 17)
pdf.line(112, y, 112, y + 17)
pdf.set_font("Sans", "", 9)
pdf.set_xy(25, y + 2)
pdf.cell(80, 4.5, "Miljö- och byggnadsförvaltningen")
pdf.set_xy(25, y + 6.5)
pdf.cell(80, 4.5, "Bygglovsenheten")
pdf.set_xy(25, y + 11)
pdf.cell(80, 4.5, "Handläggare: Olle Mårtensson")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(115, y + 2)
pdf.cell(70, 4.5, "TJÄNSTESKRIVELSE")
pdf.set_font("Sans", "", 9)
pdf.set_xy(115, y + 6.5)
pdf.cell(70, 4.5, f"Datum: {F_SKRIVELSE}")
pdf.set_xy(115, y + 11)
pdf.cell(70, 4.5, "Dnr: MBN 2027/0388")
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 24)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, "Miljö- och byggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Sans", "B", 15)
pdf.multi_cell(0, 7, "Anmälan av delegationsbeslut om bygglov, rivningslov och marklov, september 2027",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Förslag till beslut")
pdf.p("Miljö- och byggnadsnämnden beslutar", size=10, after=1)
pdf.set_font("Sans", "", 10)
pdf.set_x(22)
pdf.cell(9, 5, "att")
pdf.multi_cell(pdf.epw - 9, 5, "lägga anmälan av delegationsbeslut om bygglov, rivningslov och marklov för "
               "september 2027 till handlingarna.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Ärendet")
pdf.p("Nämnden har i sin delegationsordning gett bygglovshandläggarna rätt att besluta om bygglov, rivningslov "
      "och marklov i ärenden som inte är av principiell betydelse. Beslut som går sökanden emot och beslut om "
      "större byggnader fattas efter samråd med bygglovschefen.", size=10)
pdf.p("Besluten ska anmälas till nämnden. Förteckningen i bilaga 1 är en utskrift ur ärendesystemet som har "
      "skannats in efter att bygglovschefen har signerat den. Avgiften för varje beslut har beräknats enligt "
      "nämndens plan- och bygglovstaxa.", size=10)
pdf.p(f"Anmälan sker vid nämndens sammanträde den {dmy(F_MBN_DATE)}. Anmälan innebär inte att nämnden prövar "
      "besluten på nytt, men nämnden kan själv ta över ett ärende eller ändra delegationen.", size=10)
pdf.h2("Beslutsunderlag")
pdf.bullets(["Bilaga 1. Delegationslista bygglov, rivningslov och marklov, september 2027 (inskannad)",
             "Bilaga 2. Handläggningstider för bygglov januari–september 2026 och 2027"], sym="–", size=9.6,
            lh=4.8)
pdf.ln(12)
yy = pdf.get_y()
for k, (name, role) in enumerate((("Ingela Tapper", "bygglovschef"), ("Olle Mårtensson",
                                                                     "bygglovshandläggare"))):
    x = 22 + k * 86
    pdf.line(x, yy, x + 70, yy)
    pdf.set_xy(x, yy + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 5, f"{name}, {role}")

# ---------------------------------------------------------------- p. 2 scanned printout (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.8, seed=26, left=170, right=150, top=200))

# ---------------------------------------------------------------- p. 3 handläggningstider
pdf.add_page()
pdf.h1("Bilaga 2. Handläggningstider för bygglov", size=12.5)
pdf.p("Tabellen visar antalet beslut och handläggningstiden från komplett ansökan till beslut för januari–"
      "september 2026 och januari–september 2027. Enligt plan- och bygglagen ska beslut fattas inom tio veckor "
      "från det att ansökan är komplett.", size=9.8)
tot26 = sum(t[1] for t in F_TIMES)
tot27 = sum(t[2] for t in F_TIMES)
share = round(sum(t[2] * t[5] for t in F_TIMES) / tot27)
rows = [[t[0], str(t[1]), str(t[2]), d1(t[3]), d1(t[4]), str(t[5])] for t in F_TIMES]
rows.append(Row(["Samtliga ärenden", str(tot26), str(tot27), "4,6", "4,9", str(share)], emphasis="B"))
pdf.ruled_table(["Ärendetyp", "Beslut\njan–sep 2026", "Beslut\njan–sep 2027", "Median, veckor\n2026",
                 "Median, veckor\n2027", "Inom 10 veckor\n2027, %"], rows, [52, 22, 22, 23, 23, 24],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.5,
                head_fill=(238, 224, 220))
pdf.p("Handläggningstiden har ökat för tillbyggnader, flerbostadshus och ändrad användning. Ökningen beror "
      "främst på att två handläggare slutade under våren och att tjänsterna tillsattes först i augusti.",
      size=9.8)
pdf.p("För nybyggnad av flerbostadshus fattades ett av sex beslut senare än tio veckor efter komplett ansökan. "
      "Ärendet krävde en ny bullerutredning, som sökanden lämnade in först efter påminnelse.", size=9.8)
pdf.p("Medianen för samtliga ärenden beräknas på alla beslut under perioden och är därför inte ett medelvärde "
      "av medianerna per ärendetyp.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
