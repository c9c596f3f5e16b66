"""(a) Alnsjö kommun – barn- och utbildningsnämnden: kvalitetsrapport grundskola 2026 (årskurs 9, vt 2025 och vt 2026).

Layout: Liberation Serif body, Liberation Sans headings, Liberation Sans Narrow table; portrait, 3 pages.
P. 1: the title beside a THICK VERTICAL ACCENT BAR (no rule under it), a grey "Dnr · Beslutad · Huvudman" line,
"Sammanfattning" as FOUR NUMBERED KEY FINDINGS, each opening with a bold lead sentence followed by competing
figures (457 vs 445 pupils, 79,4 vs 78,0 vs riket 74,1 %, merit 221,1 vs 219,4 vs 231,0, range 207,9–238,2,
kommunala 218,5 vs fristående 230,0), and "Om rapporten" with a definitions list (term left, text right, hairlines).
P. 2: Tabell 1 in LONG FORMAT: every school unit is a BLOCK OF TWO LINES, one per spring term ("vt 2025" in grey
above "vt 2026" in black); the unit's name stands only on the first line. Columns: Skolenhet / Vårtermin /
Elever i åk 9 / Uppnått kunskapskraven i alla ämnen, % / Genomsnittligt meritvärde, and a last column of DRAWN
DATA BARS (merit value, light bar for 2025 and dark bar for 2026) with a DASHED VERTICAL LINE at the national
value for 2026. The two groups open with a FOLDER TAB – the group name in white capitals on an accent box that
sits on a full-width accent rule – and close with an italic "… totalt" block; a bold "Alnsjö kommun" block under a
heavy rule and an italic grey "Riket" block ("–" for pupils) end the table; notes follow. P. 3: comments per
school as paragraphs with RUN-IN BOLD school names, and the development areas for 2027 as a numbered list whose
items wrap, each followed by a small grey "Ansvar … | Klart …" line. No metadata title.
"""
import datetime as dt

from common29 import HERE, Doc
from data import (A_SCHOOLS, A_GROUPS, A_RIKET, A_PASSAGE, A_DEV, a_school, a_year, a_group, a_kommun, d1)

OUT = HERE / "alnsjo-bun-kvalitetsrapport-grundskola-2026.pdf"
ACC = (31, 78, 121)
pdf = Doc("Alnsjö kommun", "Kvalitetsrapport grundskola 2026", "{p} (3)", font="liberation", serif=True,
          accent=ACC, foot="Alnsjö kommun · Barn- och utbildningsförvaltningen · Dnr BUN 2026/212",
          created=dt.datetime(2026, 10, 2, 13, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
K25, K26 = a_kommun(2025), a_kommun(2026)
KOM26, FRI26 = a_group("Kommunala skolor", 2026), a_group("Fristående skolor", 2026)
lo = min(A_SCHOOLS, key=lambda s: s[7])
hi = max(A_SCHOOLS, key=lambda s: s[7])
dam = a_school("Damhagsskolan")

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y0, 3.2, 25, style="F")
pdf.set_xy(27, y0 + 0.5)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*ACC)
pdf.cell(0, 4.5, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(27)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(0, 0, 0)
pdf.cell(0, 9, "Kvalitetsrapport grundskola 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(27)
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Resultat i årskurs 9 vårterminerna 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y0 + 29)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(105, 105, 105)
pdf.cell(0, 4.5, "Dnr BUN 2026/212   |   Beslutad av nämnden 2026-10-14, § 88   |   Huvudman för rapporten: "
         "Alnsjö kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Sammanfattning", size=12.5)
findings = [
    ("Fler elever klarade alla ämnen.",
     f"Av de {K26[0]} eleverna i årskurs 9 våren 2026 uppnådde {K26[1]} kunskapskraven i alla ämnen, vilket "
     f"motsvarar {d1(K26[2])} procent. Året innan var andelen {d1(K25[2])} procent av {K25[0]} elever. I riket "
     f"var andelen {d1(A_RIKET[2026][0])} procent."),
    ("Meritvärdet steg men ligger fortfarande under riket.",
     f"Det genomsnittliga meritvärdet i kommunen var {d1(K26[3])} poäng, mot {d1(K25[3])} året innan och "
     f"{d1(A_RIKET[2026][1])} i riket."),
    ("Stora skillnader mellan skolorna.",
     f"Meritvärdet varierade från {d1(lo[7])} på {lo[0]} till {d1(hi[7])} på {hi[0]}. De fristående skolorna "
     f"hade i genomsnitt {d1(FRI26[3])} poäng och de kommunala {d1(KOM26[3])}."),
    (f"{dam[0]} tappade mest.",
     f"Andelen som klarade alla ämnen sjönk från {d1(a_year(dam, 2025)[2])} till {d1(a_year(dam, 2026)[2])} "
     f"procent och meritvärdet från {d1(dam[4])} till {d1(dam[7])}."),
]
for i, (lead, rest) in enumerate(findings, 1):
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.cell(8, 5.2, f"{i}.")
    pdf.set_text_color(0, 0, 0)
    x = pdf.get_x()
    pdf.set_font("Serif", "B", 10.2)
    pdf.multi_cell(162, 5.2, lead, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x)
    pdf.set_font("Serif", "", 10.2)
    pdf.multi_cell(162, 5.2, rest, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)
pdf.h1("Om rapporten", size=12.5)
pdf.p("Rapporten redovisar resultaten för alla elever i årskurs 9 i kommunens grundskolor och i de fristående "
      "skolor som ligger i kommunen. Uppgifterna kommer från skolornas betygsrapportering till Skolverket och "
      "avser slutbetygen i juni. Varje skolenhet redovisas med båda vårterminerna.", size=10.2)
pdf.definitions([
    ("Uppnått kunskapskraven i alla ämnen", "Andelen elever som har fått lägst betyget E i samtliga ämnen som "
                                            "ingår i elevens studieplan."),
    ("Genomsnittligt meritvärde", "Summan av betygsvärdena i elevens sexton eller sjutton bästa ämnen. Högsta "
                                  "möjliga värde är 340 poäng."),
    ("Kommunens värde", "Andelen beräknas på alla elever i kommunen. Meritvärdet för grupper och för kommunen "
                        "är vägt med antalet elever på varje skolenhet."),
], lw=52, size=9.6)

# ---------------------------------------------------------------- p. 2 Tabell 1 (long format with data bars)
pdf.add_page()
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminerna 2025 och 2026",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [44, 17, 16, 29, 23, 41]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
BX0, BX1 = XS[5] + 2, R - 2
MLO, MHI = 190.0, 250.0


def bx(m):
    return BX0 + (m - MLO) / (MHI - MLO) * (BX1 - BX0)


y = pdf.get_y()
pdf.set_font("Cond", "B", 8.6)
heads = ["Skolenhet", "Vårtermin", "Elever\ni åk 9", "Uppnått kunskaps-\nkraven i alla\nämnen, %",
         "Genomsnittligt\nmeritvärde", "Meritvärde¹"]
for i, h in enumerate(heads):
    n = h.count("\n") + 1
    pdf.set_xy(XS[i] + 1, y + (13.5 - n * 4) / 2)
    pdf.multi_cell(W[i] - 2, 4, h, align="L" if i < 2 or i == 5 else "R")
y += 14
pdf.set_line_width(0.6)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
# scale under the bar heading
pdf.set_font("Cond", "", 6.8)
pdf.set_text_color(110, 110, 110)
for m in (200, 220, 240):
    pdf.set_xy(bx(m) - 4, y + 0.4)
    pdf.cell(8, 3, str(m), align="C")
pdf.set_text_color(0, 0, 0)
y += 4
ytab = y
LH = 4.9


def block(label, v25, v26, style="", grey=False, bars=True):
    """two lines: vt 2025 (grey) and vt 2026; v = (pupils text, share, merit)"""
    global y
    for k, (yr, v) in enumerate(((2025, v25), (2026, v26))):
        pdf.set_font("Cond", style if k == 0 or style != "" else "", 9)
        cells = [label if k == 0 else "", f"vt {yr}", v[0], d1(v[1]), d1(v[2])]
        for i, c in enumerate(cells):
            if not c:
                continue
            if grey or (k == 0 and i > 0):
                pdf.set_text_color(115, 115, 115)
            if i == 0:
                pdf.set_font("Cond", "B" if style in ("", "B") else style, 9)
            else:
                pdf.set_font("Cond", style, 9)
            pdf.set_xy(XS[i] + 1, y + 0.3)
            pdf.cell(W[i] - 2, LH - 0.6, c, align="L" if i < 2 else "R")
            pdf.set_text_color(0, 0, 0)
        if bars:
            pdf.set_fill_color(*((190, 200, 212) if k == 0 else ACC))
            pdf.rect(BX0, y + 1.1, bx(v[2]) - BX0, LH - 2.4, style="F")
        y += LH
    y += 1.3


for gr in A_GROUPS:
    # folder tab on a full-width rule
    y += 2.5
    pdf.set_font("Sans", "B", 7.8)
    label = gr.upper()
    tw = pdf.get_string_width(label) + 6
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y, tw, 5, style="F")
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.5)
    pdf.line(20, y + 5, R, y + 5)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(23, y + 0.6)
    pdf.cell(tw - 6, 3.8, label)
    pdf.set_text_color(0, 0, 0)
    y += 7
    for s in [s for s in A_SCHOOLS if s[1] == gr]:
        a25, a26 = a_year(s, 2025), a_year(s, 2026)
        block(s[0], (str(a25[0]), a25[2], a25[3]), (str(a26[0]), a26[2], a26[3]))
        pdf.set_draw_color(215, 215, 215)
        pdf.line(20, y - 0.65, R, y - 0.65)
        pdf.set_draw_color(0, 0, 0)
    g25, g26 = a_group(gr, 2025), a_group(gr, 2026)
    block(f"{gr} totalt", (str(g25[0]), g25[2], g25[3]), (str(g26[0]), g26[2], g26[3]), style="I", bars=False)
y += 1.5
pdf.set_line_width(0.6)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
y += 1.2
block("Alnsjö kommun", (str(K25[0]), K25[2], K25[3]), (str(K26[0]), K26[2], K26[3]), style="B")
pdf.set_draw_color(150, 150, 150)
pdf.line(20, y - 0.65, R, y - 0.65)
pdf.set_draw_color(0, 0, 0)
block("Riket", ("–", A_RIKET[2025][0], A_RIKET[2025][1]), ("–", A_RIKET[2026][0], A_RIKET[2026][1]), style="I",
      grey=True)
ybot = y
# dashed line at the national merit value 2026
pdf.set_draw_color(170, 40, 40)
pdf.set_dash_pattern(dash=1.2, gap=0.9)
pdf.line(bx(A_RIKET[2026][1]), ytab - 1, bx(A_RIKET[2026][1]), ybot)
pdf.set_dash_pattern()
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.6)
pdf.line(20, ybot + 0.5, R, ybot + 0.5)
pdf.set_line_width(0.2)
pdf.set_y(ybot + 4)
pdf.set_font("Sans", "", 7.6)
for t in ("¹ Ljus stapel = vt 2025, mörk stapel = vt 2026. Den streckade linjen visar rikets meritvärde vt 2026.",
          "Raden för vt 2025 är grå. Andelen som uppnått kunskapskraven i alla ämnen är beräknad på antalet elever "
          "med betyg i årskurs 9. Gruppernas och kommunens meritvärden är vägda med antalet elever.",
          "Källa: Skolverket, slutbetyg i årskurs 9, och kommunens betygsrapportering."):
    pdf.multi_cell(0, 3.7, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)

# ---------------------------------------------------------------- p. 3 comments and development areas
pdf.add_page()
pdf.h1("Kommentarer per skolenhet", size=12.5)
asp, fors, lil, nyb, fyr, nova, oas = (a_school(n) for n in ("Aspnässkolan", "Forsängsskolan", "Lillåskolan",
                                                             "Nybodaskolan", "Fyrklöverns friskola", "Novaskolan",
                                                             "Oasens skola"))
comments = [
    (asp[0], f"Både andelen som klarade alla ämnen och meritvärdet ökade, till {d1(a_year(asp, 2026)[2])} procent "
             f"och {d1(asp[7])} poäng. Skolan har haft samma lärare i matematik i alla klasser under tre år."),
    (dam[0], f"Resultaten sjönk tydligt. {A_PASSAGE} Meritvärdet föll med {d1(dam[4] - dam[7])} poäng."),
    (fors[0], f"Meritvärdet ökade från {d1(fors[4])} till {d1(fors[7])}, men ligger fortfarande långt under "
              "riket. Studieron har förbättrats efter att skolan infört fasta platser i klassrummen."),
    (lil[0], f"Den minsta kommunala högstadieskolan har det högsta meritvärdet bland de kommunala skolorna, "
             f"{d1(lil[7])} poäng. Andelen som klarade alla ämnen minskade något, från "
             f"{d1(a_year(lil, 2025)[2])} till {d1(a_year(lil, 2026)[2])} procent."),
    (nyb[0], f"Kommunens största skola har det lägsta meritvärdet, {d1(nyb[7])} poäng. Andelen som klarade alla "
             f"ämnen ökade till {d1(a_year(nyb, 2026)[2])} procent."),
    ("De fristående skolorna", f"{fyr[0]} har fortfarande det högsta meritvärdet i kommunen, {d1(fyr[7])} "
                               f"poäng, trots en minskning. {nova[0]} och {oas[0]} förbättrade både andelen som "
                               "klarade alla ämnen och meritvärdet."),
]
for name, text in comments:
    pdf.set_x(20)
    with pdf.text_columns(ncols=1, text_align="J", line_height=1.45) as col:
        with col.paragraph(text_align="J", bottom_margin=2.4) as par:
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*ACC)
            par.write(name + ". ")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", "", 10.2)
            par.write(text)
pdf.ln(2)
pdf.h1("Utvecklingsområden 2027", size=12.5)
for i, (t, who, when) in enumerate(A_DEV, 1):
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(8, 5.1, f"{i}.")
    pdf.set_font("Serif", "", 10.2)
    pdf.multi_cell(162, 5.1, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(28)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 4.2, f"Ansvar: {who}   |   Klart: {when}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
pdf.ln(3)
pdf.p("Barn- och utbildningsnämnden beslutade den 14 oktober 2026 att godkänna rapporten och att "
      "utvecklingsområdena ska följas upp i kvalitetsrapporten för 2027.", size=10.2, style="I")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
