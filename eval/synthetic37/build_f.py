"""(f) Sjölunda kommun – renhållningstaxa 2028 (kommunstyrelsens förslag till kommunfullmäktige) with the fee table
for household waste as a SCANNED Bilaga 1.

Layout: Liberation Serif text, Liberation Sans headings and table, portrait, 3 pages, olive accent. P. 1 has no
running header: "SJÖLUNDA KOMMUN" in white on a SHORT OLIVE BANNER at the top left (not full width), "Kommunstyrelsen"
and the Dnr at the right, the title, "Förslag till beslut" as "att"-clauses in a box with an OLIVE TOP AND BOTTOM
RULE only, "Sammanfattning" and "Bakgrund" (the average rise of 5,6 procent and the passage on Sandmossens
avfallsanläggning) – none of the scanned fees are repeated. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER (see
scan37.py). P. 3: "Övriga avgifter" as a BOOKTABS-STYLE table (heavy top and bottom rule, thin mid rule, no vertical
rules, the Enhet column in grey italics) and "Allmänna bestämmelser" as paragraphs with HANGING BOLD "§ n" LABELS in a
left column, then the contact. No metadata title.
"""
import datetime as dt

from common37 import HERE, Doc
from data import F_OTHER, F_RAISE_AVG, F_PASSAGE, F_DECIDED_KS, F_CONTACT, g, d1, dmy
from scan37 import render

OUT = HERE / "sjolunda-renhallningstaxa-2028.pdf"
ACC = (104, 96, 36)
GREY = (105, 105, 105)

pdf = Doc("Sjölunda kommun", "Renhållningstaxa 2028", "{p} (3)", font="liberation", serif=True, accent=ACC,
          foot="Sjölunda kommun · KS 2027/204", created=dt.datetime(2027, 10, 26, 9, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 12, 78, 11, style="F")
pdf.set_xy(24, 14.5)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(255, 255, 255)
pdf.cell(54, 6, "SJÖLUNDA KOMMUN")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.6)
pdf.set_xy(120, 13)
pdf.cell(68, 4.5, "Kommunstyrelsen", align="R", new_x="LEFT", new_y="NEXT")
pdf.cell(68, 4.5, f"Tjänsteskrivelse {dmy(F_DECIDED_KS)}", align="R", new_x="LEFT", new_y="NEXT")
pdf.cell(68, 4.5, "Dnr KS 2027/204", align="R")
pdf.set_y(36)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 9, "Renhållningstaxa 2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 11.5)
pdf.cell(0, 6, "Avgifter för insamling och behandling av hushållsavfall", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y = pdf.get_y()
pdf.hline(24, 188, y, 0.8, ACC)
pdf.set_y(y + 2.5)
pdf.att_list("Förslag till beslut – kommunfullmäktige beslutar", [
    "anta renhållningstaxa 2028 enligt bilaga 1 och avsnittet om övriga avgifter,",
    "taxan ska gälla från och med den 1 januari 2028,",
    "renhållningstaxa 2027 upphör att gälla vid samma tidpunkt.",
], size=9.8)
y = pdf.get_y()
pdf.hline(24, 188, y, 0.8, ACC)
pdf.set_y(y + 5)
pdf.h1("Sammanfattning", size=12)
pdf.p(f"Avfallsverksamheten finansieras helt med avgifter. För att täcka kostnaderna 2028 föreslås att "
      f"avgifterna för hämtning av mat- och restavfall höjs med i genomsnitt {d1(F_RAISE_AVG)} procent. "
      f"Höjningen är större för små abonnemang än för stora, eftersom grundavgiften höjs mer än "
      f"hämtningsavgiften.", size=10)
pdf.h1("Bakgrund", size=12)
pdf.p(f"Taxan höjs främst därför att {F_PASSAGE}. Samtidigt har insamlingen med fyrfackskärl blivit dyrare när "
      f"entreprenaden upphandlades på nytt i våras.", size=10)
pdf.p("Taxan består av en grundavgift och en hämtningsavgift. Grundavgiften täcker kostnader för "
      "återvinningscentraler, kundtjänst och farligt avfall. Hämtningsavgiften beror på kärlstorlek och hur ofta "
      "kärlet töms. De nya avgifterna per abonnemang redovisas i bilaga 1.", size=10)
pdf.p("Förslaget har samråtts med fastighetsägarnas förening och har varit kungjort i fyra veckor utan att några "
      "synpunkter har kommit in.", size=10)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Övriga avgifter 2028", size=12.5)
pdf.p("Avgifterna nedan gäller utöver abonnemanget och anges i kronor inklusive moms.", size=9.8)
W = [92, 44, 28]
AL = ["L", "L", "R"]
y = pdf.get_y() + 1
pdf.hline(24, 188, y, 0.9)
h = pdf.row(24, y + 0.5, W, AL, ["Tjänst", "Enhet", "Avgift, kr"], style="B", size=8.8, lh=4.2, vpad=1)
y += h + 0.8
pdf.hline(24, 188, y, 0.3)
for t, unit, fee in F_OTHER:
    h = pdf.row(24, y + 0.5, W, AL, [t, unit, g(fee)], size=9, lh=4.3, vpad=1,
                styles=[None, "I", None], colors=[None, GREY, None])
    y += h + 0.3
pdf.hline(24, 188, y + 0.5, 0.9)
pdf.set_y(y + 6)
pdf.h1("Allmänna bestämmelser", size=12.5)
rules = [
    "Avgift ska betalas av den som är ägare till fastigheten eller innehavare av tomträtt.",
    "Abonnemang för fritidshus gäller för hämtning under sommarperioden. Hämtning utanför perioden debiteras som "
    "extra hämtning.",
    "Vid delat kärl ansvarar fastighetsägarna gemensamt för att kärlet används enligt föreskrifterna.",
    "Om kärlet inte är tillgängligt vid ordinarie hämtning görs ingen avräkning av avgiften.",
    "Avgiften faktureras kvartalsvis i förskott. Ändringar av abonnemang gäller från den första dagen i månaden "
    "efter att ansökan har kommit in.",
]
for k, r in enumerate(rules, 1):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(24, y)
    pdf.cell(12, 5, f"§ {k}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.8)
    pdf.set_xy(36, y)
    pdf.multi_cell(152, 5, r, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(4)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 5, f"Kontakt: {F_CONTACT[0]}, {F_CONTACT[1]}, samhällsbyggnadsförvaltningen", new_x="LMARGIN",
         new_y="NEXT")
pdf.cell(0, 5, "Bilaga 1: Avgifter för hämtning av mat- och restavfall 2028", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
