"""(f) Ölvsunda kommun – tekniska förvaltningen: underhållsplan för gator 2027–2029 (tjänsteskrivelse, Bilaga 1
SCANNED, Bilaga 2).

Layout: DejaVu Sans, portrait, 3 pages. P. 1 is a TJÄNSTESKRIVELSE WITHOUT RUNNING HEADER OR FOOTER: a drawn ROAD MARK
(a ring holding a road in perspective with a dashed centre line) beside "ÖLVSUNDA KOMMUN / Tekniska förvaltningen" and "TJÄNSTESKRIVELSE" at the right over a double rule; the
page is split into a NARROW GREY CASE-DATA COLUMN at the left (Datum, Dnr, Handläggare, Till – small grey captions
over the values, a thin vertical rule beside them) and the TEXT COLUMN at the right: the title, "Förslag till beslut"
as att-clauses, "Sammanfattning" with competing figures (86 km, 64 mnkr, 5,2 vs 12,0 mnkr per year, 38 % since 2021;
the passage) and "Ärendet". Page 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: "Bilaga 1 till TN § 96" – the sheet
was FOLDED IN THREE (two faint horizontal creases with a soft shadow), an underlined label at the top right, a
letterhead with the same road mark over a double rule, the street table "Underhållsplan för gator 2027–2029" in
DejaVu Sans Condensed as a FULL GRID with a grey heading band and a DOUBLE RULE under it, wrapping Sträcka/Åtgärd
cells, HANDWRITTEN TICKS in the right margin beside the four objects of 2027, bold "Summa 2027/2028/2029" and "Totalt" rows under a heavy rule with
horizontal rules only, two italic notes and two handwritten-looking signatures; rendered with PIL at 200 dpi,
rotated 0.6°, blurred, with paper tone, grain, specks and a scanner shadow, placed as one JPEG. Page 3 (running
header and footer): Bilaga 2 – the priority rules as a NUMBERED list with wrapping items and Tabell 1, anslag vs
behov 2027–2029 in tkr with a signed difference (horizontal rules only, a bold total). None of the scanned lengths
or costs is repeated in the text layer. Metadata title set.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (F_BUDGET, F_NEED, F_DEBT, F_ASPHALT, F_NETWORK, F_TN, F_PASSAGE, F_PROG, F_STREETS,
                  f_scan_blocks, d1, g)
from scan33 import render_scan

OUT = HERE / "olvsunda-tn-underhallsplan-gator-2027-2029.pdf"
ACC = (30, 80, 120)
pdf = Doc("Ölvsunda kommun", "Bilaga 2 till TN § 96", "Sida {p} (3)", font="dejavu", accent=ACC,
          title="Underhållsplan för gator 2027–2029 – Ölvsunda kommun, tekniska nämnden",
          author="Ölvsunda kommun, tekniska förvaltningen",
          foot="Ölvsunda kommun · Tekniska förvaltningen · Underhållsplan för gator 2027–2029",
          created=dt.datetime(2026, 12, 10, 14, 0, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)
TN_DATE, TN_PAR = F_TN

# ---------------------------------------------------------------- p. 1 tjänsteskrivelse
pdf.add_page()
x0, y0, r = 22, 14, 5.2
cx, cy = x0 + r, y0 + r
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.circle(cx, cy, r)
pdf.line(cx - r * 0.62, cy + r * 0.78, cx - r * 0.1, cy - r * 0.7)
pdf.line(cx + r * 0.62, cy + r * 0.78, cx + r * 0.1, cy - r * 0.7)
pdf.set_line_width(0.35)
for k in range(3):
    t0 = 0.75 - k * 0.5
    pdf.line(cx, cy + r * t0, cx, cy + r * (t0 - 0.25))
pdf.set_line_width(0.2)
pdf.set_xy(34, 14)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(90, 5.5, "ÖLVSUNDA KOMMUN")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(34, 19.5)
pdf.set_font("Sans", "", 9)
pdf.cell(90, 4.5, "Tekniska förvaltningen")
pdf.set_xy(120, 15)
pdf.set_font("Sans", "B", 10)
pdf.cell(68, 5, "TJÄNSTESKRIVELSE", align="R")
pdf.set_draw_color(60, 60, 60)
pdf.line(22, 28, 188, 28)
pdf.line(22, 29, 188, 29)
pdf.set_draw_color(0, 0, 0)
# left case-data column
side = [("Datum", "2026-11-20"), ("Dnr", "TN 2026/214"), ("Handläggare", "Filippa Dalsten,\ngatuchef"),
        ("Till", "Tekniska nämnden"), ("Bilagor", "1. Underhållsplan\n2. Prioritering och\nekonomi")]
y = 36
for cap, val in side:
    pdf.set_xy(22, y)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(36, 3.6, cap.upper())
    pdf.set_xy(22, y + 3.8)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(40, 40, 40)
    pdf.multi_cell(34, 4, val, align="L")
    y = pdf.get_y() + 4
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(190, 190, 190)
pdf.line(60, 36, 60, 250)
pdf.set_draw_color(0, 0, 0)
pdf.set_left_margin(66)
pdf.set_y(36)
pdf.set_font("Sans", "B", 15)
pdf.multi_cell(0, 7, "Underhållsplan för gator 2027–2029", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h2("Förslag till beslut", size=10.5)
pdf.att_list("Tekniska nämnden beslutar",
             ["fastställa underhållsplanen för gator 2027–2029 enligt bilaga 1,",
              "uppdra åt förvaltningen att samordna objekten med VA-enhetens ledningsarbeten, och",
              "överlämna bilaga 2 till kommunstyrelsen som underlag inför budgetarbetet för 2028."],
             size=9.6, lh=4.7)
pdf.h2("Sammanfattning", size=10.5)
pdf.p(f"Ölvsunda kommun ansvarar för {F_NETWORK} km gator och gång- och cykelvägar. Vid inventeringen 2026 "
      f"bedömdes underhållsskulden för gatunätet till {F_DEBT} mnkr. Anslaget för beläggningsunderhåll är "
      f"{d1(F_BUDGET)} mnkr per år, medan förvaltningen bedömer att det behövs {d1(F_NEED)} mnkr per år för att "
      "skulden inte ska växa.", size=9.6, lh=4.75)
pdf.p(f"Skulden växer eftersom {F_PASSAGE}. Fler gator får därför enklare åtgärder som ytbehandling eller "
      "lagning i stället för ny beläggning.", size=9.6, lh=4.75)
pdf.h2("Ärendet", size=10.5)
pdf.p(f"Underhållsplanen i bilaga 1 omfattar {len(F_STREETS)} objekt som ska åtgärdas under 2027–2029. Objekten "
      "har valts ut efter inventeringen av gatunätet och prioriterats enligt grunderna i bilaga 2. Planen "
      "revideras varje år när nämnden har fått sin budgetram.", size=9.6, lh=4.75)
pdf.p("Förvaltningen har stämt av planen med VA-enheten så att gator där vatten- eller avloppsledningar ska "
      "bytas inte får ny beläggning förrän ledningsarbetet är klart. Planen har också stämts av med "
      "kollektivtrafiken och räddningstjänsten.", size=9.6, lh=4.75)
pdf.set_left_margin(22)

# ---------------------------------------------------------------- p. 2 scanned Bilaga 1 (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.6, seed=33, left=185, right=170, top=235, family="dejavu"))

# ---------------------------------------------------------------- p. 3 Bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Prioritering och ekonomi", size=12.5)
pdf.h2("Prioriteringsgrunder")
pdf.paren_items(["Trafiksäkerhet: skador som kan orsaka olyckor för gående och cyklister åtgärdas först, även "
                 "om skadan är begränsad till en kort sträcka.",
                 "Gator med busstrafik och huvudgator prioriteras framför lokalgator och vägar i "
                 "industriområden.",
                 "Åtgärder samordnas med planerade arbeten på vatten- och avloppsledningar, fjärrvärme och "
                 "fiber för att undvika att ny beläggning grävs upp.",
                 "Skadornas omfattning enligt inventeringen 2026 avgör ordningen mellan gator med samma "
                 "prioritet."], size=9.8, lh=4.8, indent=8, fmt="{}.")
pdf.set_font("Sans", "B", 9.8)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Anslag och bedömt behov för beläggningsunderhåll 2027–2029, tkr",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W = [30, 34, 34, 34]
X = [22, 52, 86, 120]
y = pdf.get_y() + 1
pdf.set_line_width(0.5)
pdf.line(22, y, 154, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
for k, h in enumerate(["År", "Anslag", "Bedömt behov", "Skillnad"]):
    pdf.set_xy(X[k] + 1, y + 1)
    pdf.cell(W[k] - 2, 4.6, h, align="L" if k == 0 else "R")
y += 6.6
pdf.line(22, y, 154, y)
for yr, a, b in F_PROG:
    pdf.set_font("Sans", "", 8.8)
    for k, c in enumerate([str(yr), g(a), g(b), g(a - b)]):
        pdf.set_xy(X[k] + 1, y + 1)
        pdf.cell(W[k] - 2, 4.6, c, align="L" if k == 0 else "R")
    y += 6.4
    pdf.set_draw_color(210, 210, 210)
    pdf.line(22, y, 154, y)
    pdf.set_draw_color(0, 0, 0)
pdf.line(22, y, 154, y)
sa, sb = sum(p[1] for p in F_PROG), sum(p[2] for p in F_PROG)
pdf.set_font("Sans", "B", 8.8)
for k, c in enumerate(["Summa", g(sa), g(sb), g(sa - sb)]):
    pdf.set_xy(X[k] + 1, y + 1)
    pdf.cell(W[k] - 2, 4.6, c, align="L" if k == 0 else "R")
y += 6.6
pdf.set_line_width(0.5)
pdf.line(22, y, 154, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 4)
pdf.p(f"Med nuvarande anslag saknas {g(sb - sa)} tkr under perioden jämfört med det bedömda behovet. Anslaget för "
      "2029 är uppräknat med hänsyn till prisutvecklingen.", size=9.6, lh=4.75)
pdf.ln(2)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Kontakt: Filippa Dalsten, gatuchef, tekniska förvaltningen.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
assert pdf.page_no() == 3, pdf.page_no()
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
