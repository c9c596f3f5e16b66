"""(f) Odelsvik kommun – kommunfullmäktige: VA-taxa 2027 (protokollsutdrag § 142 with the SCANNED fee list as
Bilaga 1 and an explanatory Bilaga 2).

Layout: Liberation Sans, portrait, 3 pages. P. 1: a PROTOCOL EXTRACT WITHOUT RUNNING HEADER: a TWO-TONE TOP RULE (a
heavy accent rule over a thin grey one), a drawn mark of three WAVY LINES beside "ODELSVIKS KOMMUN / Kommunfullmäktige",
a right-aligned block "PROTOKOLLSUTDRAG / Sammanträdesdatum / Sida 1 (3)", the paragraph number "§ 142" in white on a
FILLED GREY CIRCLE in the left margin beside the title and the dnr, then "Ärendebeskrivning" (the raises in per
cent, the annual cost of a typical house), "Beslutsunderlag" as a "–" list, "Omröstning" (31 ja, 14 nej), the
decision as att-clauses and an "Utdragsbestyrkande" line. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: "Bilaga 1
till KF § 142" – a STAPLE in the top left corner, BLEED-THROUGH of the mirrored text of the back of the sheet, a
framed page label at the top right, a letterhead with a mark of three wavy lines over a rule, the fee table "Avgifter
enligt VA-taxa 2027" with a TWO-LEVEL HEADING (2026 and 2027 each over exkl. moms / inkl. moms), HORIZONTAL RULES
ONLY, bold italic group rows (Anläggningsavgift / Brukningsavgift) and right-aligned amounts with öre, two "Anm."
notes, two signatures and a faint COFFEE-CUP RING in the lower right margin; rendered with PIL at 200 dpi, rotated
0.8°, blurred, with paper tone, grain, specks and a scanner shadow, and placed as one JPEG. P. 3: Bilaga 2 with the
annual cost of two model houses (Tabell 1, full grid, signed changes) – none of the scanned fees is repeated in the
text layer –, the reason for the raise (the passage) and Tabell 2, the planned investments 2027–2030 (horizontal
rules only, a bold total), and a contact line. Metadata title set.
"""
import datetime as dt
import math

from common32 import HERE, Doc
from data import (F_KF, F_VOTES, F_TYPHUS, F_INVEST, F_INVEST_2027, F_PASSAGE, f_typhus_cost, f_typhus_change,
                  f_scan_blocks, d1, d2, g, dmy)
from scan32 import render_scan

OUT = HERE / "odelsvik-kf-2026-11-23-p142-va-taxa-2027.pdf"
ACC = (24, 84, 132)
pdf = Doc("Odelsviks kommun", "Bilaga 2 till KF § 142", "Sida {p} (3)", font="liberation", accent=ACC,
          title="VA-taxa 2027 – Kommunfullmäktige 2026-11-23 § 142", author="Odelsviks kommun",
          foot="Odelsviks kommun · Kommunfullmäktige 2026-11-23 § 142",
          created=dt.datetime(2026, 12, 1, 10, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
KF_DATE, PAR = F_KF
TA = [t for t in F_TYPHUS if t[0] == "Typhus A"][0]

# ---------------------------------------------------------------- p. 1 protocol extract
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(22, 14, 166, 1.6, style="F")
pdf.set_draw_color(160, 160, 160)
pdf.line(22, 17, 188, 17)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
for i in range(3):
    pts = [(22 + k * 0.5, 23 + i * 3.2 + math.sin(k * 0.5 / 12 * 4 * math.pi) * 0.9) for k in range(25)]
    pdf.polyline(pts)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(38, 21)
pdf.set_font("Sans", "B", 12)
pdf.cell(80, 5.5, "ODELSVIKS KOMMUN")
pdf.set_xy(38, 26.5)
pdf.set_font("Sans", "", 9.6)
pdf.cell(80, 5, "Kommunfullmäktige")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(118, 20.5)
pdf.cell(70, 5, "PROTOKOLLSUTDRAG", align="R")
pdf.set_font("Sans", "", 8.6)
pdf.set_xy(118, 25.6)
pdf.cell(70, 4.4, f"Sammanträdesdatum {KF_DATE.isoformat()}", align="R")
pdf.set_xy(118, 30)
pdf.cell(70, 4.4, "Sida 1 (3)", align="R")
pdf.set_y(44)
pdf.set_fill_color(110, 110, 110)
pdf.ellipse(22, 44, 15, 15, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 9.2)
pdf.set_xy(22, 49.2)
pdf.cell(15, 4.6, f"§ {PAR}", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(42, 45)
pdf.set_font("Sans", "B", 14)
pdf.cell(0, 7, "Ny taxa för vatten och avlopp 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(42, 52.5)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, "Dnr KS 2026/311", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(64)
pdf.h2("Ärendebeskrivning")
ch, pct = f_typhus_change(TA)
pdf.p(f"Kommunstyrelsen föreslår att kommunfullmäktige antar en ny taxa för Odelsviks allmänna vatten- och "
      f"avloppsanläggning från den 1 januari 2027. Brukningsavgifterna höjs med 9 procent, med undantag för "
      f"mätaravgiften som är oförändrad. Anläggningsavgifterna höjs med 5 procent.", size=9.8)
pdf.p(f"För ett normalhus, typhus A, innebär förslaget att den årliga kostnaden ökar med {d2(ch)} kr eller "
      f"{d1(pct)} procent inklusive moms. Avgifterna framgår av bilaga 1, och bilaga 2 visar vad taxan betyder för "
      "två typhus och vilka investeringar den ska finansiera.", size=9.8)
pdf.h2("Beslutsunderlag")
pdf.bullets(["Kommunstyrelsens förslag den 3 november 2026, § 188",
             "Tjänsteskrivelse från VA-enheten den 12 oktober 2026",
             "Bilaga 1. Avgifter enligt VA-taxa 2027",
             "Bilaga 2. Typhus och planerade investeringar"], sym="–", size=9.6, lh=4.7)
pdf.h2("Omröstning")
pdf.p(f"Omröstning begärs och genomförs. {F_VOTES[0]} ledamöter röstar ja och {F_VOTES[1]} röstar nej. "
      "Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag.", size=9.8)
pdf.h2("Beslut")
pdf.att_list("Kommunfullmäktige beslutar",
             ["anta taxa för Odelsviks allmänna vatten- och avloppsanläggning enligt bilaga 1,",
              "taxan ska gälla från och med den 1 januari 2027, och",
              "uppdra åt kommunstyrelsen att följa upp VA-verksamhetens ekonomi i samband med bokslutet."],
             size=9.8)
pdf.ln(8)
y = pdf.get_y()
pdf.set_draw_color(150, 150, 150)
pdf.line(22, y, 188, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(22, y + 1.5)
pdf.set_font("Sans", "", 8.4)
pdf.cell(83, 4.4, "Utdragsbestyrkande: Gunnar Oldin, nämndsekreterare")
pdf.cell(83, 4.4, "Justerat 2026-11-30", align="R")

# ---------------------------------------------------------------- p. 2 scanned fee list (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.8, seed=32, left=190, right=170, top=240))

# ---------------------------------------------------------------- p. 3 Bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Typhus och planerade investeringar", size=12.5)
pdf.p("Tabell 1 visar den årliga kostnaden för vatten och avlopp inklusive moms för två typhus. Kostnaden omfattar "
      "fast avgift, förbrukningsavgift och, för typhus A, dagvatten- och mätaravgift.", size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 9.8)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Årlig kostnad för typhus, kronor inklusive moms", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = []
for t in F_TYPHUS:
    c, p_ = f_typhus_change(t)
    rows.append([t[0], t[1], d2(f_typhus_cost(t, 0)), d2(f_typhus_cost(t, 1)), "+" + d2(c), d1(p_, plus=True)])
pdf.set_fill_color(255, 255, 255)
pdf.ruled_table(["Typhus", "Beskrivning", "2026", "2027", "Förändring, kr", "Förändring, %"], rows,
                [20, 56, 22, 22, 24, 22], ["L", "L", "R", "R", "R", "R"], size=8.6, lh=4.4,
                head_fill=(222, 234, 244))
pdf.h2("Varför höjs taxan?")
pdf.p(f"VA-verksamheten ska finansieras helt med avgifter. Höjningen behövs främst eftersom {F_PASSAGE}. Dessutom "
      "ska ledningsnätet i centrum förnyas och en ny överföringsledning byggas från vattenverket vid Kallviken.",
      size=9.6, lh=4.8)
big = F_INVEST[0]
pdf.p(f"Ombyggnaden av Gåsholmens reningsverk beräknas kosta {d1(big[1])} mnkr, varav {d1(F_INVEST_2027)} mnkr "
      f"under 2027. Hela investeringsplanen för VA omfattar {d1(sum(i[1] for i in F_INVEST))} mnkr.", size=9.6,
      lh=4.8)
pdf.set_font("Sans", "B", 9.8)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Planerade investeringar i VA-verksamheten 2027–2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W2 = [100, 30, 36]
X2 = [22, 122, 152]
y = pdf.get_y() + 1
pdf.set_line_width(0.5)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(["Investering", "Utgift, mnkr", "Genomförs"]):
    pdf.set_xy(X2[i], y + 0.8)
    pdf.cell(W2[i] - 1.5, 5, h, align="R" if i == 1 else "L")
y += 6.6
pdf.line(22, y, 188, y)
for inv in F_INVEST:
    pdf.set_font("Sans", "", 8.8)
    for i, c in enumerate([inv[0], d1(inv[1]), inv[2]]):
        pdf.set_xy(X2[i] + (3 if i == 2 else 0), y + 0.8)
        pdf.cell(W2[i] - 3, 5, c, align="R" if i == 1 else "L")
    y += 6.4
    pdf.set_draw_color(215, 215, 215)
    pdf.line(22, y, 188, y)
    pdf.set_draw_color(0, 0, 0)
pdf.line(22, y, 188, y)
pdf.set_font("Sans", "B", 8.8)
for i, c in enumerate(["Summa", d1(sum(i_[1] for i_ in F_INVEST)), ""]):
    pdf.set_xy(X2[i], y + 0.8)
    pdf.cell(W2[i] - 3, 5, c, align="R" if i == 1 else "L")
y += 6.6
pdf.set_line_width(0.5)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 6)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Frågor om taxan besvaras av VA-enheten, Göran Kvist, VA-chef, via kommunens kundtjänst.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
