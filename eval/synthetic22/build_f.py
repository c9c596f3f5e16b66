"""(f) Ödsviks kommun – försäljning av mark i verksamhetsområdet Norrheden: tjänsteskrivelse, protokollsutdrag
(SCANNED) och bilaga.

Layout: Liberation Sans, portrait. P. 1: the tjänsteskrivelse in a MARGIN-HEADING LAYOUT: small grey headings
("Ärende", "Bakgrund", "Ekonomi", "Förslag") stand in a narrow left column beside the body text, with a thin
vertical rule between them; the proposal (the same price per m² for all three plots, total 5 728 525 kr) and
the exploitation costs (14,6 / 9,8 / 4,8 mnkr) are in running text, the proposal as att-clauses. P. 2 is a
SCANNED IMAGE WITHOUT A TEXT LAYER: the kommunstyrelse's protokollsutdrag § 58 of 2027-04-13, rendered with PIL
in Liberation Serif/Sans at 200 dpi, with a FULLY RULED TABLE OF THE THREE PLOTS (areal, pris per m²,
köpeskilling, Summa), att-clauses with the handpenning and the tillträdesdag, the motion that lowered the price
of one plot, the order of decision and signatures; rotated 0.8°, with grain, specks and a scanner shadow, placed
as one JPEG on a page without running header or footer. P. 3: Bilaga 1 – the conditions of the sale contract as
a numbered list whose items wrap, a table of all plots in Norrheden etapp 1 with their status (horizontal rules
only) and the next steps as a "•" list. No metadata title.
"""
import datetime as dt

from common22 import HERE, Doc, grp, dec, nb
from data import (F_PLOTS, F_OTHER, F_VILLKOR, F_EXPL, F_PARAGRAF, F_DATUM, f_area, f_scan_blocks)
from scan22 import render_scan

OUT = HERE / "odsvik-forsaljning-mark-norrheden-2027.pdf"
ACC = (60, 60, 60)
pdf = Doc("Ödsviks kommun", "Samhällsbyggnadsförvaltningen", "{p} (3)", font="liberation", accent=ACC,
          foot="Ödsviks kommun · Samhällsbyggnadsförvaltningen, mark och exploatering · Dnr KS 2027/041",
          created=dt.datetime(2027, 4, 22, 8, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
PROPOSED = 185                      # the förvaltning's price per m² for all three plots
proposal_total = f_area() * PROPOSED
LABW = 34


def side(label, blocks):
    """A grey margin heading in the left column and the text beside it."""
    pdf.need(20)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(pdf.l_margin, y + 0.4)
    pdf.multi_cell(LABW - 4, 4.4, label.upper(), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y)
    x = pdf.l_margin + LABW
    for kind, t in blocks:
        if kind == "p":
            pdf.set_font("Sans", "", 9.6)
            pdf.set_x(x)
            pdf.multi_cell(pdf.epw - LABW, 4.8, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "att":
            for cl in t:
                pdf.set_font("Sans", "", 9.6)
                pdf.set_x(x)
                pdf.cell(8, 4.8, "att")
                pdf.multi_cell(pdf.epw - LABW - 8, 4.8, nb(cl), align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    y2 = pdf.get_y()
    pdf.set_draw_color(180, 180, 180)
    pdf.line(pdf.l_margin + LABW - 3, y, pdf.l_margin + LABW - 3, y2 - 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)


pdf.add_page()
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "TJÄNSTESKRIVELSE", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "2027-03-24   Dnr KS 2027/041", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Handläggare: Hanna Sjöberg, exploateringsingenjör", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.title_block("Försäljning av mark inom verksamhetsområdet Norrheden till Hellgrens Logistik AB", size=16)
side("Ärende", [("p", "Hellgrens Logistik AB har ansökt om att få köpa tre angränsande tomter i Norrheden etapp 1, "
                      "Ödsvik Norrheden 1:14, 1:15 och 1:16, med en sammanlagd areal om "
                      f"{grp(f_area())} kvadratmeter. Bolaget vill bygga en logistikterminal med kontor och "
                      "uppställningsytor för lastbilar.")])
side("Bakgrund", [("p", "Detaljplanen för verksamhetsområdet Norrheden vann laga kraft 2024. Etapp 1 med nio tomter "
                        "byggdes ut under 2025 och 2026 med gator, belysning och vatten och avlopp. Två tomter har "
                        "redan sålts och en är reserverad för ett lokalt byggföretag."),
                  ("p", "Kommunfullmäktiges riktlinjer för markförsäljning anger att verksamhetsmark säljs till "
                        "marknadspris och att köparen ska påbörja byggnation inom två år från tillträdet.")])
side("Ekonomi", [("p", f"Kommunens utgifter för att exploatera etapp 1 uppgick till {dec(F_EXPL[0])} mnkr, varav "
                       f"{dec(F_EXPL[1])} mnkr för vatten och avlopp och {dec(F_EXPL[2])} mnkr för gator och "
                       "belysning. Utgifterna för vatten och avlopp täcks till största delen av "
                       "anslutningsavgifter."),
                 ("p", f"Förvaltningen föreslår ett pris om {PROPOSED} kronor per kvadratmeter för samtliga tre "
                       f"tomter, vilket ger en köpeskilling om {grp(proposal_total)} kronor. Priset motsvarar "
                       "en oberoende värdering från februari 2027. Tillträde föreslås ske under hösten 2027.")])
side("Förslag", [("p", "Samhällsbyggnadsförvaltningen föreslår att kommunstyrelsen beslutar"),
                 ("att", ["sälja Ödsvik Norrheden 1:14, 1:15 och 1:16 till Hellgrens Logistik AB för "
                          f"{grp(proposal_total)} kronor,",
                          "uppdra åt kommundirektören att underteckna köpeavtalet enligt bilaga 1."])])

pdf.scan_page(render_scan(f_scan_blocks(), angle=0.8, seed=22))

pdf.add_page()
pdf.h1("Bilaga 1. Villkor i köpeavtalet och tomter i Norrheden etapp 1")
pdf.h2("Särskilda villkor i köpeavtalet")
pdf.numbered(F_VILLKOR, size=9.6, lh=4.7)
pdf.h2("Tomter i Norrheden etapp 1")
pdf.ruled_table(["Fastighet", "Areal, m²", "Status"], [[f, grp(a), s] for f, a, s in F_OTHER],
                [60, 30, 60], ["LEFT", "RIGHT", "LEFT"], size=9, borders="HORIZONTAL_LINES",
                head_fill=(235, 235, 235))
pdf.h2("Nästa steg")
pdf.bullets(["Köpeavtalet undertecknas när beslutet har vunnit laga kraft.",
             f"Förvaltningen återrapporterar försäljningen till kommunstyrelsen efter tillträdet, med hänvisning "
             f"till kommunstyrelsens beslut {F_DATUM} {F_PARAGRAF}.",
             "De lediga tomterna marknadsförs på kommunens webbplats och vid näringslivsträffen i oktober."],
            size=9.4, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
