"""(f) Ugnsta kommun – kommunstyrelsen: anmälan av delegationsbeslut 1 september–31 oktober 2027 (tjänsteskrivelse,
SCANNED list of decisions, utdrag ur delegationsordningen).

Layout: Liberation Sans, portrait. P. 1: a tjänsteskrivelse in LETTER FORMAT: a drawn municipal mark (a framed
square with the letter U) and the sender at the top left, a right-aligned block TJÄNSTESKRIVELSE / Datum / Dnr,
the title, "Förslag till beslut" with one att-clause and "Ärendet" with the count of decisions, the meeting date
and the delegation rules; signature lines at the foot. P. 2 is a SCANNED IMAGE WITHOUT A TEXT LAYER: the signed
list of delegation decisions (Nr / Datum / Beslut / Beslutat av / Belopp, kr) rendered with PIL in Liberation
Serif at 200 dpi as a FULLY RULED TABLE WHOSE BESLUT CELLS WRAP, with an italic note on the urgent decision, a
remark on the lease and the loan, a signature and a handwritten paraph in the margin; rotated 0.6°, with grain,
specks and a scanner shadow, placed as one JPEG on a page without running header or footer. P. 3: "Utdrag ur
kommunstyrelsens delegationsordning" as a fully ruled table with SHADED GROUP ROWS ("2 Ekonomi" …) spanning the
table (Punkt / Ärende / Delegat / Begränsning), then the rules for reporting decisions as a "•" list. None of the
scanned page's amounts or dates is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common24 import HERE, Doc, Group
from data import F_DECISIONS, F_ORDNING, F_KS_DATE, F_SKRIVELSE, dmy, f_scan_blocks
from scan24 import render_scan

OUT = HERE / "ugnsta-ks-delegationsbeslut-sep-okt-2027.pdf"
ACC = (30, 60, 110)
pdf = Doc("Ugnsta kommun", "Kommunledningskontoret", "{p} (3)", font="liberation", accent=ACC,
          foot="Ugnsta kommun · Kommunledningskontoret · Dnr KS 2027/0188",
          created=dt.datetime(2027, 11, 3, 9, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1 letter-format tjänsteskrivelse
pdf.add_page()
y = 14
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
pdf.rect(22, y, 14, 14)
pdf.set_line_width(0.2)
pdf.set_font("Serif", "B", 20)
pdf.set_text_color(*ACC)
pdf.set_xy(22, y + 1.5)
pdf.cell(14, 11, "U", align="C")
pdf.set_font("Sans", "B", 12)
pdf.set_xy(39, y + 1)
pdf.cell(60, 6, "Ugnsta kommun")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(60, 60, 60)
pdf.set_xy(39, y + 7)
pdf.cell(60, 5, "Kommunledningskontoret")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
bx = 130
for k, (lab, val) in enumerate((("", "TJÄNSTESKRIVELSE"), ("Datum", F_SKRIVELSE), ("Dnr", "KS 2027/0188"),
                                ("Handläggare", "Karin Sjölander"))):
    pdf.set_xy(bx, y + k * 5.2)
    if not lab:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(58, 5, val, align="R")
    else:
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(26, 5, lab)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(32, 5, val, align="R")
pdf.set_y(y + 30)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Sans", "B", 15)
pdf.multi_cell(0, 7, "Anmälan av delegationsbeslut för perioden 1 september–31 oktober 2027",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Förslag till beslut")
pdf.p("Kommunstyrelsen beslutar", size=10, after=1)
pdf.set_font("Sans", "", 10)
pdf.set_x(22)
pdf.cell(9, 5, "att")
pdf.multi_cell(pdf.epw - 9, 5, "lägga redovisningen av delegationsbeslut för perioden 1 september–31 oktober 2027 "
               "till handlingarna.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Ärendet")
pdf.p("Kommunstyrelsen har enligt 6 kap. 37 § kommunallagen delegerat beslutanderätt i vissa ärenden till "
      "ordföranden och till anställda. Besluten ska enligt 6 kap. 40 § anmälas till kommunstyrelsen, som "
      "bestämmer i vilken ordning det ska ske.", size=10)
pdf.p(f"Under perioden har {len(F_DECISIONS)} beslut fattats med stöd av delegation. Av dem har "
      f"{sum(1 for d in F_DECISIONS if d[3] == 'Ordförande')} fattats av ordföranden och "
      f"{sum(1 for d in F_DECISIONS if d[3] == 'Kommundirektör')} av kommundirektören. Förteckningen i bilaga 1 "
      "är inskannad från det undertecknade originalet och finns på nästa sida.", size=10)
pdf.p(f"Besluten anmäls vid kommunstyrelsens sammanträde den {dmy(F_KS_DATE)}. Anmälan innebär inte att "
      "kommunstyrelsen prövar besluten på nytt, men kommunstyrelsen kan återkalla en delegering eller själv ta "
      "över ett ärende.", size=10)
pdf.h2("Bilagor")
pdf.bullets(["Bilaga 1. Förteckning över delegationsbeslut 1 september–31 oktober 2027",
             "Bilaga 2. Utdrag ur kommunstyrelsens delegationsordning"], sym="–", size=9.6, lh=4.8)
pdf.ln(10)
yy = pdf.get_y()
for k, (name, role) in enumerate((("Stefan Grönkvist", "kommundirektör"), ("Karin Sjölander",
                                                                        "nämndsekreterare"))):
    x = 22 + k * 86
    pdf.line(x, yy, x + 70, yy)
    pdf.set_xy(x, yy + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 5, f"{name}, {role}")

# ---------------------------------------------------------------- p. 2 scanned list (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.6, seed=24))

# ---------------------------------------------------------------- p. 3 delegationsordning (text layer)
pdf.add_page()
pdf.h1("Bilaga 2. Utdrag ur kommunstyrelsens delegationsordning", size=12.5)
pdf.p("Utdraget omfattar de punkter i delegationsordningen som besluten i bilaga 1 har fattats med stöd av, "
      "samt närliggande punkter. Delegationsordningen antogs av kommunstyrelsen 2026-12-14, § 219.", size=9.6)
rows = []
for g, ps in F_ORDNING:
    rows.append(Group(g))
    rows.extend([list(p) for p in ps])
pdf.ruled_table(["Punkt", "Ärende", "Delegat", "Begränsning"], rows, [15, 77, 40, 34],
                ["LEFT", "LEFT", "LEFT", "LEFT"], size=8.8, lh=4.5, head_fill=(214, 224, 238),
                group_fill=(236, 240, 246))
pdf.h2("Regler för anmälan")
pdf.bullets(["Beslut som fattas med stöd av delegation ska föras in i ärendehanteringssystemet senast en vecka "
             "efter beslutet.",
             "Beslut i brådskande ärenden ska anmälas vid kommunstyrelsens nästa sammanträde.",
             "Den som har fått delegation får överlämna ett ärende till kommunstyrelsen om det är av principiell "
             "betydelse."], size=9.2, lh=4.5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
