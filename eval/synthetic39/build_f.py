"""(f) Ramsäters kommun – kommunfullmäktige 2026-11-30 § 96: VA-taxa 2027 (protokollsutdrag, Bilaga 1 SCANNED,
Bilaga 2 model houses).

Layout: DejaVu Sans Condensed text, DejaVu Serif side headings, portrait, 3 pages, water-blue accent. P. 1 has no
running header: "RAMSÄTERS KOMMUN" right-aligned in small capitals over a blue rule with "PROTOKOLLSUTDRAG ·
Kommunfullmäktige · 2026-11-30" at the left of the same line, then a MARGINAL-HEADING LAYOUT – a LARGE "§ 96" and
then every section label (Ärende, Bakgrund, Förändringar, Beslut, Expedieras) in the LEFT MARGIN COLUMN in grey
serif, the text in the right column beside it, with thin grey rules between the sections; the decision as
att-clauses; an "Utdragsbestyrkande" line and two signature lines. The text points to Bilaga 1 and names the
largest and the unchanged fee in words, WITHOUT ANY AMOUNT OR PERCENTAGE OF IT. P. 2 is a SCANNED IMAGE WITHOUT ANY
TEXT LAYER (see scan39.py: a faxed copy with a fax transmission line, group frames with tab labels, a highlighter
stroke, a pen ellipse and a tick, a copier shadow and a toner streak, rotated +0.5°). P. 3: Bilaga 2, the annual
cost of two model houses 2026 / 2027 incl. VAT with signed changes in kr and % – a table with a TINTED FIRST COLUMN,
a heavy blue rule above and below and no other rules – the cost per month in running text, "Allmänna bestämmelser
i sammandrag" as a NUMBERED LIST with the numbers in BLUE CIRCLES, and the contact. None of the scanned fees is
repeated in the text layer. No metadata title.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (F_DECIDED, F_PARAGRAPH, F_SIGN, F_CONTACT, F_CHAIR, F_PLANT, F_PLANT_COST, F_PASSAGE, F_TYPES,
                  F_RULES, F_FEES, F_CLERK, f_change, f_type_cost, f_type_row, g, d1, dmy, r0)
from scan39 import render

OUT = HERE / "ramsater-kf-va-taxa-2027.pdf"
BLUE = (26, 86, 150)
TINT = (226, 236, 246)
GREY = (110, 110, 110)

pdf = Doc("Ramsäters kommun", "Kommunfullmäktige 2026-11-30", "Sida {p} (3)", font="dejavu", serif=False,
          accent=BLUE, foot="Ramsäters kommun · VA-taxa 2027 · Dnr KS 2026/318",
          created=dt.datetime(2026, 12, 2, 9, 15, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)
SIDE, TX, TW = 22, 62, 126

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(22, 14)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(100, 5, f"PROTOKOLLSUTDRAG · Kommunfullmäktige · {F_DECIDED.isoformat()}")
pdf.set_xy(110, 13.4)
pdf.set_font("Serif", "B", 12)
pdf.set_text_color(*BLUE)
pdf.cell(78, 6, "RAMSÄTERS KOMMUN", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 20.5, 0.7, BLUE)
pdf.set_xy(SIDE, 30)
pdf.set_font("Serif", "B", 22)
pdf.set_text_color(*BLUE)
pdf.cell(38, 10, f"§ {F_PARAGRAPH}")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(TX, 31)
pdf.set_font("Sans", "B", 14)
pdf.multi_cell(TW, 6.5, "Taxa för Ramsäters kommuns allmänna vatten- och avloppsanläggning 2027", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_x(TX)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(*GREY)
pdf.cell(TW, 5, "Dnr KS 2026/318", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)


def section(label, paras, size=9.8):
    y = pdf.get_y()
    pdf.hline(SIDE, 188, y, 0.15, (175, 175, 175))
    pdf.set_xy(SIDE, y + 2.5)
    pdf.set_font("Serif", "I", 10)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(36, 5, label, align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(TX, y + 2.5)
    for t in paras:
        pdf.set_x(TX)
        pdf.set_font("Cond", "", size)
        pdf.multi_cell(TW, 5, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(1.5)


most = max(F_FEES, key=f_change)
same = [x for x in F_FEES if f_change(x) == 0]
section("Ärende", ["Kommunfullmäktige ska besluta om taxan för den allmänna vatten- och avloppsanläggningen för "
                   "2027. Tekniska nämnden har lämnat ett förslag som kommunstyrelsen ställer sig bakom."])
section("Bakgrund", [f"Avgifterna behöver höjas eftersom {F_PASSAGE}. Ombyggnaden av {F_PLANT} beräknas kosta "
                     f"{F_PLANT_COST} mnkr och genomförs under 2027–2029.",
                     "VA-verksamheten redovisas skilt från kommunens övriga verksamhet. Ett underskott får inte "
                     "täckas med skatt, och ett överskott ska återföras till VA-kollektivet inom tre år."])
section("Förändringar", [f"Brukningsavgifterna höjs mer än anläggningsavgifterna. Den rörliga "
                         f"{most[1].lower()}en per kubikmeter höjs mest, medan avgiften för "
                         f"{same[0][1].lower()} lämnas oförändrad i avvaktan på en ny upphandling.",
                         "Samtliga avgifter framgår av bilaga 1. I bilaga 2 visas vad förändringen innebär för två "
                         "typhus."])
y = pdf.get_y()
section("Beslut", [])
pdf.set_y(y + 2.5)
pdf.set_left_margin(TX)
pdf.att_list("Kommunfullmäktige beslutar", [
    "anta taxa för Ramsäters kommuns allmänna vatten- och avloppsanläggning enligt bilaga 1, att gälla från och "
    "med den 1 januari 2027, samt",
    "den taxa som gäller för 2026 upphör att gälla vid samma tidpunkt.",
], size=9.8)
pdf.set_left_margin(22)
pdf.ln(1)
section("Expedieras", ["Tekniska nämnden, VA-avdelningen, ekonomiavdelningen"])
pdf.ln(6)
pdf.set_x(TX)
pdf.set_font("Sans", "", 8.4)
pdf.cell(TW, 4.5, "Justerat och anslaget 2026-12-04. Utdragsbestyrkande:", new_x="LMARGIN", new_y="NEXT")
pdf.set_left_margin(TX)
pdf.sign_lines([f"{F_CHAIR}\nordförande", f"{F_CLERK}\nsekreterare"])
pdf.set_left_margin(22)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3 model houses and rules
pdf.add_page()
pdf.h1("Bilaga 2 Exempel på årskostnad för två typhus")
pdf.set_font("Cond", "", 9.8)
pdf.multi_cell(0, 5, "Årskostnaden omfattar fast avgift, förbrukningsavgift och dagvattenavgift för gata, "
               "inklusive mervärdesskatt. Typhusen är desamma som i branschorganisationens jämförelser.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
X0 = 22
WID = [20, 54, 24, 24, 22, 22]
AL = ["L", "L", "R", "R", "R", "R"]
TWID = sum(WID)
y = pdf.get_y()
pdf.hline(X0, X0 + TWID, y, 1.0, BLUE)
head = ["Typhus", "Beskrivning", "Årskostnad\n2026, kr", "Årskostnad\n2027, kr", "Förändring\nkr", "Förändring\n%"]
h = pdf.row_h(WID, head, font="Cond", size=8.8, style="B")
pdf.set_fill_color(*TINT)
pdf.rect(X0, y + 0.6, WID[0], h, style="F")
pdf.row(X0, y + 0.6, WID, AL, head, font="Cond", size=8.8, style="B")
y += h + 1.2
pdf.hline(X0, X0 + TWID, y, 0.3, BLUE)
for t in F_TYPES:
    cells = [nb(c) for c in f_type_row(t)]
    hh = pdf.row_h(WID, cells, font="Cond", size=9.4) + 1
    pdf.set_fill_color(*TINT)
    pdf.rect(X0, y, WID[0], hh, style="F")
    pdf.row(X0, y, WID, AL, cells, font="Cond", size=9.4, h=hh, styles=["B", None, None, "B", None, None])
    y += hh
pdf.hline(X0, X0 + TWID, y, 1.0, BLUE)
pdf.set_y(y + 4)
a = F_TYPES[0]
per_month = r0((f_type_cost(a, 4) - f_type_cost(a, 3)) / 12)
b = F_TYPES[1]
per_flat = r0((f_type_cost(b, 4) - f_type_cost(b, 3)) / b[2] / 12)
pdf.set_font("Cond", "", 9.8)
pdf.multi_cell(0, 5, nb(f"För en villa motsvarar höjningen cirka {per_month} kronor per månad. I flerbostadshuset "
                        f"blir höjningen cirka {per_flat} kronor per lägenhet och månad."), align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h1("Allmänna bestämmelser i sammandrag")
for i, rule in enumerate(F_RULES, 1):
    y = pdf.get_y()
    pdf.set_fill_color(*BLUE)
    pdf.ellipse(23, y + 0.2, 5, 5, style="F")
    pdf.set_xy(23, y + 0.2)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(5, 5, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(31, y)
    pdf.set_font("Cond", "", 9.8)
    pdf.multi_cell(157, 5.4, rule, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.ln(4)
pdf.set_font("Cond", "", 9.4)
pdf.multi_cell(0, 5, f"Frågor om taxan besvaras av {F_CONTACT[0]}, {F_CONTACT[1]}, och {F_SIGN[0]}, "
               f"{F_SIGN[1]}, tekniska förvaltningen.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
