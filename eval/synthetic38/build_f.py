"""(f) Marvinge kommun – kultur- och fritidsnämnden: föreningsbidrag 2027 (tjänsteskrivelse with the proposed
distribution as a SCANNED Bilaga 1).

Layout: Liberation Serif text, Liberation Sans labels, portrait, 3 pages. P. 1 has no running header: a NARROW GREY
SIDEBAR DOWN THE LEFT THIRD OF THE PAGE holding the municipality, the förvaltning and the memo data as small caps
labels over values (Datum, Diarienummer, Handläggare, Till), and the main text in the right-hand column: the title,
"Förslag till beslut" as att-clauses, "Sammanfattning" and "Ärendet" with the frame (420 000 kr vs 405 000 kr in
2026), the number of applications (17, from 14 associations), the deadline (15 februari 2027) – and a line that
points to Bilaga 1 without repeating any amount of it. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER (see
scan38.py: punched holes, inverted group bands, a rubber stamp, the sheet askew by −0.7°). P. 3: "Bidragsnormer" as a
table with a THICK LEFT ACCENT RULE per row (Bidragsform / Belopp / Villkor), "Villkor för aktivitetsbidrag" as a
NUMBERED LIST, "Förvaltningens bedömning" (the passage on Ferievikens båtklubb), "Beslutsunderlag" as a "–" list
and the signature. None of the scanned amounts or notes is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common38 import HERE, Doc
from data import (F_FRAME, F_APPLICATIONS, F_DEADLINE, F_DECIDED, F_PARAGRAPH, F_SIGN, F_CLERK, F_PASSAGE, F_NORMS,
                  F_CONDITIONS, F_GRANTS, F_SCAN_DATE, g, dmy)
from scan38 import render

OUT = HERE / "marvinge-kfn-foreningsbidrag-2027.pdf"
ACC = (150, 60, 30)
SIDE = (236, 234, 230)
WORD = {14: "fjorton", 17: "sjutton", 3: "tre"}

pdf = Doc("Marvinge kommun", "Kultur- och fritidsförvaltningen", "{p} (3)", font="liberation", serif=True,
          accent=ACC, foot="Marvinge kommun · Dnr KFN 2027/12",
          created=dt.datetime(2027, 3, 10, 15, 0, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*SIDE)
pdf.rect(0, 0, 62, pdf.h, style="F")
pdf.set_xy(10, 18)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(48, 6, "Marvinge kommun", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(46, 4.3, "Kultur- och fritidsförvaltningen", align="L", new_x="LEFT", new_y="NEXT")
pdf.ln(14)
for lab, val in [("TJÄNSTESKRIVELSE", ""), ("Datum", F_SCAN_DATE.replace(day=10).isoformat()),
                 ("Diarienummer", "KFN 2027/12"), ("Handläggare", f"{F_CLERK}, fritidskonsulent"),
                 ("Till", "Kultur- och fritidsnämnden")]:
    pdf.set_x(10)
    if not val:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(46, 5, lab, new_x="LEFT", new_y="NEXT")
        pdf.ln(4)
        continue
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(46, 3.4, lab.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(46, 4.4, val, align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(4)
MX, MW = 72, 118
pdf.set_left_margin(MX)
pdf.set_right_margin(210 - MX - MW)
pdf.set_xy(MX, 18)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(MW, 7.5, "Fördelning av föreningsbidrag 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Förslag till beslut")
pdf.att_list("Kultur- och fritidsnämnden föreslås besluta", [
    "fördela föreningsbidrag för 2027 enligt bilaga 1,",
    "avslå de ansökningar som inte uppfyller bidragsnormerna, samt",
    "uppdra åt förvaltningen att se över normerna för lokalbidrag inför 2028.",
], size=9.6)
ass = len({x[1] for x in F_GRANTS})
pdf.h2("Sammanfattning")
pdf.p(f"Förvaltningen har tagit emot {WORD[F_APPLICATIONS]} ansökningar om föreningsbidrag för 2027 från "
      f"{WORD[ass]} föreningar. Förslaget ryms inom nämndens ram. Tre ansökningar föreslås bli avslagna.",
      size=9.8)
pdf.h2("Ärendet")
pdf.p(f"Nämndens ram för föreningsbidrag är {g(F_FRAME[1])} kronor för 2027, jämfört med {g(F_FRAME[0])} kronor "
      f"för 2026. Bidragen söks i tre former: aktivitetsbidrag, lokalbidrag och arrangemangsbidrag. Sista dag för "
      f"ansökan var den {dmy(F_DEADLINE)}.", size=9.8)
pdf.p("Ansökningarna har prövats mot de bidragsnormer som nämnden antog 2024. Förvaltningens förslag per förening "
      "och bidragsform framgår av bilaga 1, som har undertecknats av kultur- och fritidschefen.", size=9.8)
pdf.p("Några föreningar har sökt mer än vad normerna medger. I de fallen föreslås delvis bifall.", size=9.8)

# ---------------------------------------------------------------- p. 2 scanned
pdf.set_margins(22, 25, 22)
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Bidragsnormer")
X0 = 22
WID = [42, 50, 74]
y = pdf.get_y()
h = pdf.row(X0, y, WID, ["L", "L", "L"], ["Bidragsform", "Belopp", "Villkor"], style="B", size=9, color=ACC)
pdf.hline(X0, X0 + sum(WID), y + h, 0.4, ACC)
y += h + 1.5
for form, amount, cond in F_NORMS:
    h = pdf.row_h(WID, [form, amount, cond], size=9.2) + 1
    pdf.set_fill_color(*ACC)
    pdf.rect(X0, y, 1.4, h - 1, style="F")
    pdf.row(X0 + 2, y, [WID[0] - 2] + WID[1:], ["L", "L", "L"], [form, amount, cond], size=9.2, h=h,
            styles=["B", None, None])
    y += h + 1.5
pdf.set_y(y + 2)
pdf.h2("Villkor för aktivitetsbidrag")
pdf.numbered(F_CONDITIONS, size=9.8)
pdf.h2("Förvaltningens bedömning")
pdf.p("De flesta föreningar uppfyller normerna. Vinterbackens skidklubb kom in med sin ansökan efter sista "
      "ansökningsdag och föreslås därför få avslag.")
pdf.p(f"Ferievikens båtklubb föreslås få avslag på sin ansökan om lokalbidrag eftersom {F_PASSAGE}. Klubben kan "
      f"söka arrangemangsbidrag för öppna aktiviteter i klubbhuset.")
pdf.h2("Beslutsunderlag")
pdf.bullets(["Denna tjänsteskrivelse", "Bilaga 1 Förslag till fördelning av föreningsbidrag 2027",
             "Bidragsnormer för föreningsbidrag"], sym="–", size=9.6)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, F_SIGN[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.6, F_SIGN[1].capitalize(), new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "", 8.4)
pdf.cell(0, 4.6, f"Ärendet behandlas av kultur- och fritidsnämnden den {dmy(F_DECIDED)}, § {F_PARAGRAPH}.",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
