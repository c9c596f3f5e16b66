"""(a) Båthälla kommun – vård- och omsorgsnämnden: kvalitetsuppföljning av särskilda boenden för äldre 2026.

Layout: Liberation Sans, 4 pages, p. 2 LANDSCAPE. P. 1: a kicker line in small capitals over a thick accent rule,
the title and subtitle, a TWO-COLUMN KEY–VALUE GRID in a thin frame (four pairs per column, hairlines between the
rows), the summary with competing figures (kommunen vs riket, 2025 vs 2026, 187 of 262 answers) and "Om
uppföljningen". P. 2 (landscape): Tabell 1 as THREE SIDE-BY-SIDE PANELS, ONE PER INDICATOR ("small multiples"):
each panel has its own coloured title bar with white text and a superscript note mark, its own column heading
(Boende / 2025 / 2026 / Förändring), the same seven homes in the same order, a bold "Båthälla" row under a heavy
rule and an italic grey "Riket" row; changes are signed ("+3", "−0,7"). The panels are drawn one after the other,
so the text of one panel is extracted before the next. Notes ¹–³ and a reading note follow. P. 3: Tabell 2, a
FULLY RULED register table of the homes (utförare, platser, demensplatser, boendedygn and fallskador for both
years) with a shaded heading of two-line cells and a bold Summa row, then comments per home, each under the home's
name in bold coloured capitals on its own line. P. 4: the development areas for 2027 as a NUMBERED LIST whose
items wrap, each with a grey "Ansvar: … · Klart: …" line, the proposal as att-clauses and a signature.
Metadata title set.
"""
import datetime as dt

from common28 import HERE, Doc, nb
from data import (A_HOMES, A_RIKET, A_SENT, A_PASSAGE, A_DEV, a_kommun, a_totals, a_panel_rows, a_rates, a_home,
                  g, d1, r0)

OUT = HERE / "bathalla-kvalitetsuppfoljning-sarskilt-boende-2026.pdf"
ACC = (0, 92, 110)
pdf = Doc("Båthälla kommun", "Kvalitetsuppföljning särskilt boende 2026", "Sida {p} av 4", font="liberation",
          accent=ACC, title="Kvalitetsuppföljning av särskilda boenden för äldre 2026",
          author="Båthälla kommun, vård- och omsorgsförvaltningen",
          foot="Båthälla kommun · Vård- och omsorgsförvaltningen · Dnr VON 2027/41",
          created=dt.datetime(2027, 3, 2, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
km = a_kommun()
tot = a_totals()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 4, "RAPPORT  ·  VÅRD OCH OMSORG  ·  2027:2", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 170, 1.4, style="F")
pdf.set_y(y + 5)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(0, 0, 0)
pdf.multi_cell(0, 8, "Kvalitetsuppföljning av särskilda boenden för äldre 2026", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 5.2, "Brukarnöjdhet, personalkontinuitet och fallskador per boende 2025–2026",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
# two-column key-value grid in a thin frame
kv = [("Nämnd", "Vård- och omsorgsnämnden"), ("Diarienummer", "VON 2027/41"),
      ("Datum", "2027-03-02"), ("Behandlas", "17 mars 2027"),
      ("Ansvarig", "Göran Tidholm, kvalitetsstrateg"), ("Kontakt", "Malin Ehrnst, verksamhetschef"),
      ("Period", "Kalenderåren 2025 och 2026"), ("Antal boenden", f"{len(A_HOMES)} med {tot['platser']} platser")]
y0 = pdf.get_y()
rh = 6.4
pdf.set_draw_color(150, 150, 150)
pdf.rect(20, y0, 170, rh * 4)
pdf.line(105, y0, 105, y0 + rh * 4)
for i, (k, v) in enumerate(kv):
    col, row = i % 2, i // 2
    x = 20 + col * 85
    yy = y0 + row * rh
    if row:
        pdf.set_draw_color(215, 215, 215)
        pdf.line(x, yy, x + 85, yy)
    pdf.set_xy(x + 2, yy + 1.1)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(26, 4.2, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)
    pdf.cell(56, 4.2, v)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + rh * 4 + 6)

share = r0(tot["s26"] / A_SENT * 100)
rose = [h[0] for h in A_HOMES if a_rates(h)[1] > a_rates(h)[0]]
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Andelen boende som är nöjda med sitt boende som helhet ökade från {km['nojd'][0]} procent 2025 till "
      f"{km['nojd'][1]} procent 2026. I riket var andelen {A_RIKET['nojd'][1]} procent. Enkäten skickades till "
      f"{A_SENT} boende, och {tot['s26']} av dem svarade, vilket ger en svarsfrekvens på {share} procent.",
      size=9.8)
pdf.p(f"Personalkontinuiteten blev något bättre. En boende mötte i genomsnitt {km['kont'][1]} olika "
      f"medarbetare under en period om 14 dagar, mot {km['kont'][0]} året innan. Motsvarande värde för riket var "
      f"{A_RIKET['kont'][1]}.", size=9.8)
pdf.p(f"Under 2026 registrerades {tot['f26']} fallskador på {g(tot['d26'])} boendedygn, eller "
      f"{d1(km['fall'][1])} per 1 000 dygn, jämfört med {tot['f25']} fallskador och {d1(km['fall'][0])} per "
      f"1 000 dygn 2025. Riket hade {d1(A_RIKET['fall'][1])}. Två av de sju boendena, {rose[0]} och {rose[1]}, "
      "fick fler fallskador per 1 000 dygn än året innan.", size=9.8)
pdf.h1("Om uppföljningen", size=12.5)
pdf.p("Uppföljningen omfattar kommunens sju särskilda boenden för äldre, fem i egen regi och två som drivs av "
      "privata utförare enligt avtal. Resultaten redovisas per boende, för kommunen som helhet och för riket.",
      size=9.8)
pdf.p("Andelen nöjda bygger på den nationella brukarundersökningen, som besvaras av de boende eller med stöd "
      "av en närstående. Personalkontinuiteten mäts under 14 dagar i oktober som antalet olika medarbetare i "
      "omvårdnadspersonalen som en boende möter. Fallskador är fall som lett till en skada och som "
      "har rapporterats i avvikelsesystemet.", size=9.8)
pdf.p("För personalkontinuitet och fallskador är ett lägre värde bättre.", size=9.8, style="I")

# ---------------------------------------------------------------- p. 2 (landscape) three panels
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 12.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Resultat per boende 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
panels = [("nojd", "Andel nöjda med boendet som helhet, %¹", (0, 92, 110)),
          ("kont", "Personalkontinuitet, antal personal på 14 dagar²", (120, 80, 20)),
          ("fall", "Fallskador per 1 000 boendedygn³", (140, 40, 60))]
PW = [35, 14, 14, 18]
GAP = 6
x0 = 21
ytop = pdf.get_y()
RH = 6.6
for n, (kind, title, col) in enumerate(panels):
    px = x0 + n * (sum(PW) + GAP)
    y = ytop
    pdf.set_fill_color(*col)
    pdf.rect(px, y, sum(PW), 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(px + 1.5, y + 1.2)
    pdf.multi_cell(sum(PW) - 3, 4.2, title, align="L")
    pdf.set_text_color(0, 0, 0)
    y += 11
    pdf.set_fill_color(236, 236, 236)
    pdf.rect(px, y, sum(PW), 6, style="F")
    pdf.set_font("Sans", "B", 8.2)
    xs = [px]
    for w in PW[:-1]:
        xs.append(xs[-1] + w)
    for i, h in enumerate(("Boende", "2025", "2026", "Förändring")):
        pdf.set_xy(xs[i] + 1, y + 0.9)
        pdf.cell(PW[i] - 2, 4.2, h, align="L" if i == 0 else "R")
    y += 6
    rows = a_panel_rows(kind)
    for i, (lab, v25, v26, ch) in enumerate(rows):
        if lab == "Båthälla":
            pdf.set_draw_color(40, 40, 40)
            pdf.set_line_width(0.5)
            pdf.line(px, y, px + sum(PW), y)
            pdf.set_line_width(0.2)
            pdf.set_font("Sans", "B", 8.8)
        elif lab == "Riket":
            pdf.set_font("Sans", "I", 8.8)
            pdf.set_text_color(95, 95, 95)
        else:
            pdf.set_font("Sans", "", 8.8)
        for j, c in enumerate((lab, v25, v26, ch)):
            pdf.set_xy(xs[j] + 1, y + 1.2)
            pdf.cell(PW[j] - 2, 4.2, c, align="L" if j == 0 else "R")
        pdf.set_text_color(0, 0, 0)
        y += RH
        if lab not in ("Båthälla",):
            pdf.set_draw_color(205, 205, 205)
            pdf.line(px, y, px + sum(PW), y)
    pdf.set_draw_color(0, 0, 0)
    ybot = y
pdf.set_y(ybot + 5)
pdf.set_font("Sans", "", 7.8)
for t in ("¹ Brukarundersökningen 2025 och 2026, frågan om hur nöjd man är med sitt boende som helhet. Kommunens "
          "värde är vägt med antalet svarande per boende.",
          "² Antal olika medarbetare som en boende mötte under 14 dagar i oktober. Kommunens värde är vägt med "
          "antalet platser.",
          "³ Fall som lett till skada enligt avvikelsesystemet, per 1 000 boendedygn. Kommunens värde är beräknat på "
          "samtliga fallskador och boendedygn, se tabell 2.",
          "Förändring avser 2026 jämfört med 2025, i procentenheter, antal personal respektive fallskador per 1 000 "
          "dygn."):
    pdf.multi_cell(0, 3.8, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)

# ---------------------------------------------------------------- p. 3 register table and comments
pdf.add_page(orientation="P")
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Boendena, boendedygn och fallskador 2025–2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
TW = [27, 32, 14, 16, 21, 21, 19.5, 19.5]
heads = ["Boende", "Utförare", "Platser", "Varav\ndemens", "Boendedygn\n2025", "Boendedygn\n2026",
         "Fallskador\n2025", "Fallskador\n2026"]
xs = [20]
for w in TW[:-1]:
    xs.append(xs[-1] + w)
y = pdf.get_y()
pdf.set_fill_color(214, 232, 236)
pdf.rect(20, y, sum(TW), 10, style="DF")
pdf.set_font("Sans", "B", 8)
for i, h in enumerate(heads):
    pdf.set_xy(xs[i] + 0.8, y + (0.8 if "\n" in h else 3))
    pdf.multi_cell(TW[i] - 1.6, 4.1, h, align="L" if i < 2 else "R")
    if i:
        pdf.line(xs[i], y, xs[i], y + 10)
y += 10


def reg_row(cells, bold=False):
    global y
    pdf.set_font("Sans", "B" if bold else "", 8.5)
    for i, c in enumerate(cells):
        pdf.set_xy(xs[i] + 0.8, y + 1)
        pdf.cell(TW[i] - 1.6, 4.4, c, align="L" if i < 2 else "R")
    pdf.rect(20, y, sum(TW), 6.4)
    for x in xs[1:]:
        pdf.line(x, y, x, y + 6.4)
    y += 6.4


for h in A_HOMES:
    reg_row([h[0], h[1], str(h[2]), str(h[3]) if h[3] else "–", g(h[9]), g(h[11]), str(h[8]), str(h[10])])
reg_row(["Summa", "", str(tot["platser"]), str(tot["demens"]), g(tot["d25"]), g(tot["d26"]), str(tot["f25"]),
         str(tot["f26"])], bold=True)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Boendedygn är antalet dygn då en plats var belagd. Hemgläntan har inga demensplatser.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Kommentarer per boende", size=12)
bs, eb, gu, he, ma, mo, tu = (a_home(n) for n in ("Bärnstenen", "Ebbagården", "Gullregnet", "Hemgläntan",
                                                    "Malvagården", "Mölnegården", "Tussilagon"))
comments = [
    ("Bärnstenen", f"Fallskadorna minskade från {d1(a_rates(bs)[0])} till {d1(a_rates(bs)[1])} per 1 000 dygn "
     "efter att boendet införde fast nattpersonal på varje våning. Andelen nöjda ökade till "
     f"{bs[5]} procent."),
    ("Ebbagården", f"Andelen nöjda minskade till {eb[5]} procent, den lägsta bland boendena, och en boende mötte "
     f"{eb[7]} olika medarbetare under mätperioden. Boendet hade under hösten flera vakanta tjänster som "
     "bemannades med timavlönade."),
    ("Gullregnet", f"Gullregnet har den högsta andelen nöjda, {gu[5]} procent, och den bästa "
     f"personalkontinuiteten, {gu[7]} personer på 14 dagar."),
    ("Hemgläntan", f"Det minsta boendet har färst fallskador, {d1(a_rates(he)[1])} per 1 000 dygn."),
    ("Malvagården", f"Boendet drivs av Gnejs Omsorg AB. Antalet fallskador är högst i kommunen, {ma[10]}, men "
     f"per 1 000 dygn minskade de från {d1(a_rates(ma)[0])} till {d1(a_rates(ma)[1])}."),
    ("Mölnegården", f"Fallskadorna ökade från {mo[8]} till {mo[10]}. " + A_PASSAGE + " Rörelselarm finns nu på "
     "hela avdelningen sedan september."),
    ("Tussilagon", f"Boendet drivs av Herdevik Vård AB. Andelen nöjda ökade mest av alla boenden, från {tu[4]} "
     f"till {tu[5]} procent, sedan måltiderna lagts om och en ny enhetschef tillträtt."),
]
for name, txt in comments:
    pdf.need(14)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 5, name.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.p(txt, size=9.4, lh=4.7, after=2.2)

# ---------------------------------------------------------------- p. 4 development areas, proposal
pdf.add_page()
pdf.h1("Utvecklingsområden 2027", size=12.5)
pdf.p("Förvaltningen föreslår fyra utvecklingsområden för 2027 utifrån resultaten.", size=9.8)
for i, (t, who, when) in enumerate(A_DEV, 1):
    pdf.need(16)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_x(20)
    pdf.cell(8, 5, f"{i}.")
    pdf.set_font("Sans", "", 9.8)
    pdf.multi_cell(162, 5, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(28)
    pdf.set_font("Sans", "I", 8.6)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 4.6, f"Ansvar: {who}  ·  Klart: {when}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.2)
pdf.h1("Förslag till beslut", size=12.5)
pdf.p("Vård- och omsorgsnämnden beslutar", size=9.8, after=1)
for c in ("att godkänna kvalitetsuppföljningen av särskilda boenden för äldre 2026,",
          "att uppdra åt förvaltningen att genomföra utvecklingsområdena för 2027, samt",
          "att resultatet av utvecklingsområdena redovisas för nämnden i mars 2028."):
    pdf.set_x(20)
    pdf.set_font("Sans", "", 9.8)
    pdf.cell(9, 5, "att")
    pdf.multi_cell(161, 5, c[4:], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(14)
yy = pdf.get_y()
for k, (name, role) in enumerate((("Malin Ehrnst", "verksamhetschef"), ("Göran Tidholm", "kvalitetsstrateg"))):
    x = 20 + k * 88
    pdf.line(x, yy, x + 70, yy)
    pdf.set_xy(x, yy + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 5, f"{name}, {role}")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
