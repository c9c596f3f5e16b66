"""(c) Tegnaby kommun – barn- och utbildningsnämnden: kvalitetsrapport grundskola 2027, resultat i årskurs 9.

Layout: Liberation Serif text, Liberation Sans headings, the table in DEJAVU SANS MONO (a data-export look),
portrait, 3 pages, plum accent. P. 1 has no running header: "Tegnaby kommun" and "Barn- och utbildningsnämnden" at
the left, the title under a THICK-THIN DOUBLE RULE, "Resultat i korthet" with competing figures in running text
(share with passing grades 80,1 vs 79,3 procent and the target 80; merit value 227,8 vs 225,7 and the target 230;
519 pupils) and Figur 1, a LINE CHART of the municipality's merit value 2025–2027 with the VALUE PRINTED ABOVE EVERY
POINT and the target 230 as a DASHED GREY LINE labelled at its right end. Pp. 2–3: Tabell 1 in LONG FORMAT – ONE
ROW PER SCHOOL UNIT AND YEAR WITH THE SCHOOL NAME REPEATED ON EVERY ROW (as exported from the statistics system),
in a monospaced font, the heading in bold capitals-free mono over a heavy rule, the SCHOOL BLOCKS ALTERNATELY ON A
PALE PLUM TINT, no vertical rules; THE TABLE BREAKS AFTER SOLVIKENS SKOLA ("Tabell 1 fortsätter"); p. 3 repeats
"Tabell 1 (forts.)" and the heading, ends with three bold "Tegnaby kommun" rows (weighted by pupils) between heavy
rules and a source note, then "Analys" (the passage on Norrtunaskolan) and "Prioriterade åtgärder 2027/2028" as a
NUMBERED LIST WITH NESTED BULLETS, decision and contact. Metadata title set.
"""
import datetime as dt

from common37 import HERE, Doc, DJ
from data import (C_YEARS, C_SCHOOLS, C_TARGET_SHARE, C_TARGET_MERIT, C_BREAK_AFTER, C_PASSAGE, C_DECIDED,
                  C_CONTACT, c_tot, d1, dmy)

OUT = HERE / "tegnaby-bun-kvalitetsrapport-grundskola-2027.pdf"
ACC = (96, 38, 92)
TINT = (244, 236, 243)
GREY = (110, 110, 110)

pdf = Doc("Tegnaby kommun", "Kvalitetsrapport grundskola 2027", "{p}/3", font="liberation", serif=True,
          accent=ACC, title="Tegnaby kommun – Kvalitetsrapport grundskola 2027, årskurs 9",
          author="Tegnaby kommun, utbildningsförvaltningen", foot="",
          created=dt.datetime(2027, 9, 8, 7, 45, tzinfo=dt.timezone.utc))
pdf.add_font("Mono", "", DJ + "DejaVuSansMono.ttf")
pdf.add_font("Mono", "B", DJ + "DejaVuSansMono-Bold.ttf")
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
T = {y: c_tot(y) for y in C_YEARS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(22, 16)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 5.5, "Tegnaby kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
y = pdf.get_y()
pdf.hline(22, 188, y, 1.2, ACC)
pdf.hline(22, 188, y + 1.8, 0.25, ACC)
pdf.set_y(y + 5)
pdf.set_font("Serif", "B", 21)
pdf.cell(0, 10, "Kvalitetsrapport grundskola 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 12)
pdf.cell(0, 6, "Kunskapsresultat i årskurs 9 per skolenhet 2025–2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h1("Resultat i korthet", size=12.5)
pdf.p(f"Våren 2027 lämnade {T[2027][0]} elever årskurs 9 i Tegnabys grundskolor. Andelen som fick godkända betyg i "
      f"alla ämnen ökade till {d1(T[2027][1])} procent, från {d1(T[2026][1])} procent året innan och "
      f"{d1(T[2025][1])} procent 2025. Nämndens mål är {C_TARGET_SHARE} procent och nåddes därmed för första "
      f"gången.")
pdf.p(f"Det genomsnittliga meritvärdet steg till {d1(T[2027][2])} poäng, jämfört med {d1(T[2026][2])} poäng 2026. "
      f"Målet på {C_TARGET_MERIT} poäng nåddes inte. Skillnaderna mellan skolenheterna är fortfarande stora: det "
      f"skiljer mer än 60 poäng mellan den högsta och den lägsta enheten.")
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Genomsnittligt meritvärde i årskurs 9, Tegnaby kommun", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
cx0, cy0, cw, ch = 40, pdf.get_y() + 4, 120, 55
vmin, vmax = 215.0, 235.0


def ypos(v):
    return cy0 + ch - (v - vmin) / (vmax - vmin) * ch


pdf.set_draw_color(160, 160, 160)
pdf.line(cx0, cy0, cx0, cy0 + ch)
pdf.line(cx0, cy0 + ch, cx0 + cw, cy0 + ch)
pdf.set_font("Sans", "", 7.5)
pdf.set_text_color(*GREY)
for v in (215, 220, 225, 230, 235):
    pdf.set_xy(cx0 - 12, ypos(v) - 2)
    pdf.cell(10, 4, str(v), align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(cx0, cx0 + cw, ypos(C_TARGET_MERIT), 0.35, (120, 120, 120), dash=(1.5, 1.2))
pdf.set_font("Sans", "I", 7.5)
pdf.set_xy(cx0 + cw + 1, ypos(C_TARGET_MERIT) - 2)
pdf.cell(20, 4, "Mål")
pts = [(cx0 + 20 + k * 40, ypos(T[y][2])) for k, y in enumerate(C_YEARS)]
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
for a, b in zip(pts, pts[1:]):
    pdf.line(a[0], a[1], b[0], b[1])
pdf.set_line_width(0.2)
pdf.set_fill_color(*ACC)
for (x, y), yr in zip(pts, C_YEARS):
    pdf.ellipse(x - 1.4, y - 1.4, 2.8, 2.8, style="F")
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(x - 10, y - 7)
    pdf.cell(20, 4, d1(T[yr][2]), align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 10, cy0 + ch + 1.5)
    pdf.cell(20, 4, str(yr), align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_y(cy0 + ch + 9)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Meritvärdet beräknas på de 17 bästa betygen. Källa: skolornas betygsstatistik.")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 long table
W = [54, 16, 22, 40, 34]
AL = ["L", "L", "R", "R", "R"]
HEAD = ["Skolenhet", "År", "Elever", "Godkänt alla ämnen, %", "Meritvärde"]


def heading():
    y = pdf.get_y()
    pdf.hline(22, 188, y, 0.8)
    h = pdf.row(22, y + 0.5, W, AL, HEAD, font="Mono", style="B", size=8.2, lh=4, vpad=1)
    pdf.hline(22, 188, y + h + 0.8, 0.3)
    pdf.set_y(y + h + 1.4)


pdf.add_page()
pdf.h1("Resultat per skolenhet", size=12.5)
pdf.p("Tabellen visar resultaten för elever i årskurs 9 vid vårterminens slut. Varje rad avser en skolenhet och "
      "ett år. Andelen avser elever som fått lägst betyget E i alla ämnen.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Kunskapsresultat i årskurs 9 per skolenhet och år", new_x="LMARGIN", new_y="NEXT")
heading()
for k, (name, vals) in enumerate(C_SCHOOLS):
    y = pdf.get_y()
    lh = 5.2
    if k % 2 == 0:
        pdf.set_fill_color(*TINT)
        pdf.rect(22, y, 166, lh * 3 + 0.6, style="F")
    for j, yr in enumerate(C_YEARS):
        v = vals[yr]
        pdf.row(22, y + 0.3 + j * lh, W, AL, [name, str(yr), str(v[0]), d1(v[1]), d1(v[2])], font="Mono",
                size=8.4, lh=4, vpad=0.6)
    pdf.set_y(y + lh * 3 + 0.6)
    if name == C_BREAK_AFTER:
        pdf.hline(22, 188, pdf.get_y(), 0.3)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(0, 6, "Tabell 1 fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
        heading()
y = pdf.get_y()
pdf.hline(22, 188, y, 0.8)
for j, yr in enumerate(C_YEARS):
    pdf.row(22, y + 0.6 + j * 5.2, W, AL, ["Tegnaby kommun", str(yr), str(T[yr][0]), d1(T[yr][1]),
                                          d1(T[yr][2])], font="Mono", style="B", size=8.4, lh=4, vpad=0.6)
y += 3 * 5.2 + 1.2
pdf.hline(22, 188, y, 0.8)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Kommunens värden är vägda med antalet elever. Sandhamra friskola redovisas med skolans "
               "medgivande. Källa: utbildningsförvaltningens betygsuppföljning.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h1("Analys", size=12)
pdf.p(f"Norrtunaskolan har de lägsta resultaten i kommunen alla tre åren. Nedgången 2026 förklaras av att "
      f"{C_PASSAGE}. Under 2027 har skolan rekryterat två legitimerade matematiklärare och resultaten har "
      f"förbättrats. Solvikens skola och Edsbergsskolan hade lägre meritvärde 2027 än 2026.", size=9.8)
pdf.h2("Prioriterade åtgärder 2027/2028")
acts = [("Stärkt undervisning i matematik", ["gemensam fortbildning för lärare i årskurs 7–9",
                                              "lovskola i matematik på tre skolor"]),
        ("Tidiga insatser för elever som riskerar att inte nå godkänt", ["elevhälsoteam varannan vecka"]),
        ("Kompetensförsörjning", ["lärarlyft för obehöriga lärare", "lönetillägg på skolor med svår rekrytering"])]
pdf.set_font("Serif", "", 9.8)
for k, (t, subs) in enumerate(acts, 1):
    pdf.set_x(22)
    pdf.set_font("Serif", "B", 9.8)
    pdf.cell(7, 5, f"{k}.")
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.6)
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(4, 4.8, "•")
        pdf.multi_cell(0, 4.8, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(2)
pdf.set_font("Sans", "", 8.4)
pdf.multi_cell(0, 4.4, f"Rapporten behandlades av barn- och utbildningsnämnden den {dmy(C_DECIDED)}. "
               f"Kontakt: {C_CONTACT[0]}, {C_CONTACT[1]}.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
