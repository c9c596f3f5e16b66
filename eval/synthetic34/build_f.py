"""(f) Mossberga kommun – vård- och omsorgsnämnden: verksamhetsuppföljning helår 2026 (tjänsteskrivelse with the
quarterly key figures as a SCANNED Bilaga 1).

Layout: DejaVu Serif text, DejaVu Sans headings and tables, portrait, 3 pages. P. 1 has no running header: the
sender at the left ("Mossberga kommun / Vård- och omsorgsförvaltningen"), a GREY BOX AT THE RIGHT with
"TJÄNSTESKRIVELSE" and Datum / Dnr / Handläggare as label–value lines, the addressee line, the title, "Ärendet",
the economic result in running text (budget 598,0, outcome 612,4, deficit 14,4 mnkr, the home care 9,1) and
Tabell 1, net cost per verksamhet (Budget 2026 / Utfall 2026 / Avvikelse) with horizontal rules, NEGATIVE
DEVIATIONS IN RED with "−" and a bold total; a line that points to Bilaga 1 without repeating any of its figures.
P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: Bilaga 1 "Nyckeltal per kvartal 2026" (see scan34.py: a colour scan
with a yellow sticky note, a table with a two-level heading and vertical rules only, group rows on grey bands, notes
and a blue signature; rotated 0.6°, noise, a dark band at the lower edge). P. 3: "Analys" in TWO JUSTIFIED
COLUMNS with a thin rule between them (the passage on the temporary staff in the summer; the new places at
Eklunden: 24 places, 210 in all from 1 oktober 2027), then "Förslag till beslut" as att-clauses and the signature
of the förvaltningschef. None of the scanned key figures is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common34 import HERE, Doc
from data import (F_COST, F_NEW_PLACES, F_PASSAGE, F_DATE, F_SCAN_SIGN, f_cost_total, f_dev, d1, dmy)
from scan34 import render

OUT = HERE / "mossberga-von-verksamhetsuppfoljning-2026.pdf"
ACC = (36, 84, 120)
RED = (180, 30, 30)
pdf = Doc("Mossberga kommun", "Vård- och omsorgsförvaltningen", "Sida {p} (3)", font="dejavu", serif=True,
          accent=ACC, foot="Mossberga kommun · Dnr VON 2027/9",
          created=dt.datetime(2027, 2, 3, 15, 45, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 22)
pdf.no_furniture = (1,)
BT, UT = f_cost_total()
DEV = round(BT - UT, 1)
HT = [c for c in F_COST if c[0] == "Hemtjänst"][0]
SB = [c for c in F_COST if c[0] == "Särskilt boende"][0]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(24, 16)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(80, 6, "Mossberga kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(80, 5, "Vård- och omsorgsförvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(238, 240, 243)
pdf.rect(118, 13, 70, 27, style="F")
pdf.set_xy(121, 15)
pdf.set_font("Sans", "B", 10)
pdf.cell(64, 5, "TJÄNSTESKRIVELSE")
for k, (lab, val) in enumerate((("Datum", F_DATE.isoformat()), ("Dnr", "VON 2027/9"),
                                ("Handläggare", "Maja Eklöf"))):
    pdf.set_xy(121, 21.5 + k * 5.4)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(22, 4.6, lab)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(42, 4.6, val)
pdf.set_y(50)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "Till vård- och omsorgsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "B", 16)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 7, "Verksamhetsuppföljning helår 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Ärendet")
pdf.p("Förvaltningen redovisar nämndens ekonomiska utfall för 2026 och de nyckeltal som nämnden följer varje "
      "kvartal. Nyckeltalen finns i bilaga 1, som har skrivits under av förvaltningschefen.", size=9.8)
pdf.h2("Ekonomiskt utfall")
pdf.p(f"Nämndens nettokostnad blev {d1(UT)} mnkr mot en budget på {d1(BT)} mnkr. Underskottet på {d1(-DEV)} mnkr "
      f"beror främst på hemtjänsten, som gick {d1(-f_dev(HT))} mnkr över budget när antalet beviljade timmar "
      f"ökade under hösten. Särskilt boende överskred budgeten med {d1(-f_dev(SB))} mnkr.", size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Nettokostnad per verksamhet 2026, mnkr", new_x="LMARGIN", new_y="NEXT")
C = [70, 30, 30, 30]
A = ["L", "R", "R", "R"]
x0 = 24
tw = sum(C)
y = pdf.get_y() + 1.5
pdf.hline(x0, x0 + tw, y, 0.6, ACC)
y += pdf.row(x0, y, C, A, ["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse"], style="B", size=8.8, lh=4.3)
pdf.hline(x0, x0 + tw, y, 0.3, ACC)
for c in F_COST:
    dv = f_dev(c)
    y += pdf.row(x0, y, C, A, [c[0], d1(c[1]), d1(c[2]), d1(dv, plus=True)], size=9, lh=4.4,
                 colors=[None, None, None, RED if dv < 0 else None])
    pdf.hline(x0, x0 + tw, y, 0.1, (170, 170, 170))
pdf.hline(x0, x0 + tw, y, 0.4)
y += pdf.row(x0, y, C, A, ["Summa nämnden", d1(BT), d1(UT), d1(DEV, plus=True)], size=9, lh=4.4, style="B",
             colors=[None, None, None, RED])
pdf.hline(x0, x0 + tw, y, 0.6, ACC)
pdf.set_y(y + 5)
pdf.h2("Nyckeltal")
pdf.p("Bilaga 1 visar nyckeltalen för hemtjänst, särskilt boende och personal för varje kvartal 2026 tillsammans "
      "med nämndens mål. Förvaltningens analys finns på nästa sida efter bilagan.", size=9.8)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3 analysis in two columns
pdf.add_page()
pdf.h1("Analys")
new, tot, opening = F_NEW_PLACES
left = [
    ("h", "Hemtjänst"),
    ("p", "Behovet av hemtjänst ökade under året, särskilt under hösten när fler personer skrevs ut från "
          "sjukhuset med omfattande insatser. Kontinuiteten har förbättrats något men når ännu inte målet. "
          "Arbetet med genomförandeplaner har gått framåt i alla grupper."),
    ("h", "Personal"),
    ("p", f"Sjukfrånvaron följde det vanliga mönstret med en topp under vintern. Andelen arbetad tid som utförs "
          f"av timavlönade ökade kraftigt under tredje kvartalet. Förklaringen är att {F_PASSAGE}."),
]
right = [
    ("h", "Särskilt boende"),
    ("p", "Väntetiden till särskilt boende minskade under andra halvåret när två avdelningar öppnade igen efter "
          "renovering. Beläggningen var hög under hela året."),
    ("p", f"Eklundens nya avdelningar med {new} platser öppnar den {dmy(opening)}. Kommunen har då sammanlagt "
          f"{tot} platser i särskilt boende."),
    ("h", "Fortsatt arbete"),
    ("p", "Förvaltningen tar fram en plan för att minska andelen timavlönade och för att öka kontinuiteten i "
          "hemtjänsten. Planen redovisas för nämnden i maj."),
]
colw, gut = 78, 8
y0 = pdf.get_y() + 1
ybot = y0
for k, blocks in enumerate((left, right)):
    x = 24 + k * (colw + gut)
    pdf.set_y(y0)
    for kind, t in blocks:
        pdf.set_x(x)
        if kind == "h":
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*ACC)
            pdf.multi_cell(colw, 5.4, t, align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.6)
        else:
            pdf.set_font("Serif", "", 9.6)
            pdf.multi_cell(colw, 4.8, t, align="J", new_x="LEFT", new_y="NEXT")
            pdf.ln(2.2)
    ybot = max(ybot, pdf.get_y())
pdf.vline(24 + colw + gut / 2, y0, ybot - 2, 0.2, (150, 150, 150))
pdf.set_xy(24, ybot + 4)
pdf.h1("Förslag till beslut")
pdf.att_list("Vård- och omsorgsnämnden beslutar", [
    "godkänna verksamhetsuppföljningen för helåret 2026,",
    "uppdra åt förvaltningen att redovisa en plan för minskad andel timavlönade i maj 2027.",
], size=9.8)
pdf.ln(8)
pdf.set_font("Serif", "", 9.8)
pdf.cell(0, 5, F_SCAN_SIGN[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4.6, "Förvaltningschef", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "", 8.4)
pdf.cell(0, 4.6, "Bilaga 1: Nyckeltal per kvartal 2026", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
