"""(d) Nordinge kommun – trygghetsmätning 2027 (jämförelse med 2025).

Layout: DejaVu Sans. P. 1 (portrait): key–value block (method, sample, response), a "Resultat i korthet" text
whose sentences compare districts and years (index 74,0 → 74,7, the largest rise and fall, the highest index,
the share feeling safe, narcotics in Östergläntan) and the definition of the index. P. 2 (portrait): Figur 1, a
HORIZONTAL BAR CHART drawn with fpdf2 – two bars per district (2025 light grey, 2027 coloured) with the VALUE
PRINTED AT THE END OF EVERY BAR and an axis 0–100 – and below it Tabell 2, the index per district (ruled, with a
signed "Förändring" column, "+6,0" / "−6,0", and a bold Hela kommunen row). P. 3 (LANDSCAPE): Tabell 1, the
share per question and district, a hand-drawn table with a TWO-LEVEL HEADING (each district spans "2025 | 2027"),
the 2027 columns shaded, zebra rows and no vertical lines except between districts; "Hela kommunen" is the last
column pair, in bold. P. 4 (portrait): comments per district and the planned measures as a "•" list. No metadata
title.
"""
import datetime as dt

from common22 import HERE, Doc, grp, dec
from data import (D_AREAS, D_Q, D_ALL, D_SAMPLE, D_ATGARDER, d_val, d_index, d_rate, d_resp, r1)

OUT = HERE / "nordinge-trygghetsmatning-2027.pdf"
ACC = (30, 110, 90)
pdf = Doc("Nordinge kommun", "Trygghetsmätning 2027", "{p}", font="dejavu", accent=ACC,
          foot="Nordinge kommun · Kommunstyrelsens förvaltning, trygghet och säkerhet",
          created=dt.datetime(2027, 10, 2, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)

AREAS = D_AREAS + [D_ALL]
idx = {a: (d_index(a, 0), d_index(a, 1)) for a in AREAS}
chg = {a: r1(idx[a][1] - idx[a][0]) for a in AREAS}
up = max(D_AREAS, key=lambda a: chg[a])
down = min(D_AREAS, key=lambda a: chg[a])
top = max(D_AREAS, key=lambda a: idx[a][1])
n25, n27 = d_resp(D_ALL, 0), d_resp(D_ALL, 1)


def sgn(x):
    return ("+" + dec(x)) if x > 0 else dec(x)


pdf.add_page()
pdf.title_block("Trygghetsmätning 2027", "Invånarnas upplevda trygghet i sex stadsdelar, jämfört med 2025",
                size=20)
pdf.kv([("Genomförd", "15 april – 31 maj 2027"),
        ("Metod", "Enkät med post och webb till ett slumpmässigt urval av invånare 16–84 år"),
        ("Urval", f"{grp(sum(D_SAMPLE.values()))} personer, fördelade på sex stadsdelar"),
        ("Uppdragsgivare", "Kommunstyrelsen och lokala brottsförebyggande rådet")], lw=38, size=9.3)
pdf.h1("Resultat i korthet")
pdf.p(f"Totalt besvarade {grp(n27)} personer enkäten 2027, jämfört med {grp(n25)} vid förra mätningen 2025. "
      f"Svarsfrekvensen blev {dec(d_rate(D_ALL))} procent.", size=9.8)
pdf.p(f"Trygghetsindex för hela kommunen ökade svagt, från {dec(idx[D_ALL][0])} till {dec(idx[D_ALL][1])}. "
      f"Utvecklingen skiljer sig mycket mellan stadsdelarna. Störst förbättring har {up}, där index steg från "
      f"{dec(idx[up][0])} till {dec(idx[up][1])}. I {down} sjönk index från {dec(idx[down][0])} till "
      f"{dec(idx[down][1])}, och även Hedvigsdal har ett lägre index än 2025. Högst index har {top} med "
      f"{dec(idx[top][1])}.", size=9.8)
q1 = 0
pdf.p(f"I hela kommunen känner sig {d_val(q1, D_ALL, 1)} procent trygga när de går ut ensamma sent en kväll, "
      f"mot {d_val(q1, D_ALL, 0)} procent 2025. I Liljedal har andelen som ser dålig belysning som ett problem "
      f"minskat från {d_val(4, 'Liljedal', 0)} till {d_val(4, 'Liljedal', 1)} procent sedan den nya "
      "belysningen längs Liljedalsstråket sattes upp. I Östergläntan har andelen som har sett narkotikaförsäljning "
      f"ökat från {d_val(5, 'Östergläntan', 0)} till {d_val(5, 'Östergläntan', 1)} procent.", size=9.8)
pdf.h2("Så beräknas trygghetsindex")
pdf.p("Trygghetsindex sammanfattar tre frågor på en skala från 0 till 100, där ett högre värde betyder större "
      "trygghet. Index är medelvärdet av andelen som känner sig trygga ute en kväll, andelen som inte avstår "
      "från aktiviteter på grund av otrygghet och andelen som inte är oroliga för att utsättas för brott.",
      size=9.6)
pdf.h2("Att tänka på")
pdf.bullets(["Skillnader på några procentenheter mellan två mätningar kan bero på slumpen, särskilt i "
             "stadsdelar med färre svar.",
             "Resultaten för hela kommunen är vägda efter antalet svarande i varje stadsdel."],
            size=9.4, lh=4.6)

# ---------------------------------------------------------------- p. 2: bar chart + Tabell 2
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Figur 1. Trygghetsindex per stadsdel 2025 och 2027 (0–100)", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
x0 = pdf.l_margin + 38
scale = 110 / 100          # mm per index point
y = pdf.get_y() + 2
C25, C27 = (190, 190, 190), ACC
for a in AREAS:
    pdf.set_font("Sans", "B" if a == D_ALL else "", 8.6)
    pdf.set_xy(pdf.l_margin, y + 1.6)
    pdf.cell(36, 4, a, align="R")
    for k, col in ((0, C25), (1, C27)):
        v = idx[a][k]
        pdf.set_fill_color(*col)
        pdf.rect(x0, y + k * 4.4, v * scale, 3.8, style="F")
        pdf.set_font("Sans", "B" if k else "", 7.6)
        pdf.set_xy(x0 + v * scale + 1, y + k * 4.4 - 0.1)
        pdf.cell(12, 4, dec(v))
    y += 11.5
pdf.set_draw_color(90, 90, 90)
pdf.line(x0, pdf.get_y() - 2, x0, y - 1)
for t in range(0, 101, 20):
    xx = x0 + t * scale
    pdf.line(xx, y - 1, xx, y)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(xx - 5, y + 0.3)
    pdf.cell(10, 3.5, str(t), align="C")
pdf.set_draw_color(0, 0, 0)
y += 6
for k, (col, lab) in enumerate(((C25, "2025"), (C27, "2027"))):
    pdf.set_fill_color(*col)
    pdf.rect(x0 + k * 26, y, 5, 3.5, style="F")
    pdf.set_xy(x0 + k * 26 + 6, y - 0.2)
    pdf.set_font("Sans", "", 8)
    pdf.cell(18, 4, lab)
pdf.set_y(y + 9)
pdf.set_fill_color(255, 255, 255)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Svar och trygghetsindex per stadsdel", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
from common22 import Row  # noqa: E402
rows = [[a, grp(d_resp(a)), dec(d_rate(a)), dec(idx[a][0]), dec(idx[a][1]), sgn(chg[a])] for a in D_AREAS]
a = D_ALL
rows.append(Row([a, grp(d_resp(a)), dec(d_rate(a)), dec(idx[a][0]), dec(idx[a][1]), sgn(chg[a])], emphasis="B"))
pdf.ruled_table(["Stadsdel", "Svarande 2027", "Svarsfrekvens, %", "Index 2025", "Index 2027", "Förändring"],
                rows, [40, 26, 32, 24, 24, 24], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.8,
                head_fill=(222, 238, 232))

# ---------------------------------------------------------------- p. 3 landscape: Tabell 1
pdf.add_page(orientation="L")
X0 = 15
LW, NW = 63, 14.2
XS = [X0 + LW + i * NW for i in range(14)]
RIGHT = XS[-1] + NW
pdf.set_x(X0)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Andel av de svarande per fråga och stadsdel 2025 och 2027, procent",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
y = pdf.get_y()
pdf.set_line_width(0.5)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", 8.4)
pdf.set_xy(X0, y + 3)
pdf.cell(LW, 5, "Fråga (andel som instämmer)")
for i, a in enumerate(AREAS):
    pdf.set_xy(XS[2 * i], y + 0.6)
    pdf.cell(2 * NW, 5, a, align="C")
    pdf.line(XS[2 * i] + 1, y + 5.8, XS[2 * i] + 2 * NW - 1, y + 5.8)
    for k, yr in enumerate(("2025", "2027")):
        if k:
            pdf.set_fill_color(222, 238, 232)
            pdf.rect(XS[2 * i + 1], y + 6, NW, 5.4, style="F")
        pdf.set_xy(XS[2 * i + k], y + 6.2)
        pdf.set_font("Cond", "B" if k else "", 8.2)
        pdf.cell(NW - 1.5, 5, yr, align="R")
    pdf.set_font("Cond", "B", 8.4)
y += 11.6
pdf.set_line_width(0.4)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
ytab = y
for qi, (lab, _, _) in enumerate(D_Q):
    rh = 7.2
    if qi % 2:
        pdf.set_fill_color(244, 246, 245)
        pdf.rect(X0, y, RIGHT - X0, rh, style="F")
    for i in range(len(AREAS)):
        pdf.set_fill_color(222, 238, 232) if qi % 2 == 0 else pdf.set_fill_color(212, 230, 223)
        pdf.rect(XS[2 * i + 1], y, NW, rh, style="F")
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X0 + 1, y + 1.1)
    pdf.cell(LW - 1, 5, lab)
    for i, a in enumerate(AREAS):
        for k in range(2):
            pdf.set_font("Cond", "B" if a == D_ALL else "", 8.6)
            pdf.set_xy(XS[2 * i + k], y + 1.1)
            pdf.cell(NW - 1.5, 5, str(d_val(qi, a, k)), align="R")
    y += rh
pdf.set_draw_color(160, 160, 160)
for i in range(len(AREAS)):
    pdf.line(XS[2 * i], ytab - 11.6 + 0.8, XS[2 * i], y)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_xy(X0, y + 3)
pdf.set_font("Sans", "", 7.8)
for note in ("Frågorna i sin helhet: Hur trygg känner du dig om du går ut ensam sent en kväll i ditt bostadsområde? "
             "Händer det att du avstår från att gå på en aktivitet på grund av otrygghet? Hur ofta oroar du dig "
             "för att utsättas för brott? Upplever du följande som ett problem i ditt bostadsområde? Har du "
             "under de senaste tolv månaderna sett försäljning av narkotika? Hur stort förtroende har du för "
             "polisen respektive kommunen?",
             "För frågorna om otrygghet, oro, problem och narkotika betyder en lägre andel ett bättre resultat.",
             "Hela kommunen: vägt medelvärde av stadsdelarna, viktat med antalet svarande respektive år."):
    pdf.set_x(X0)
    pdf.multi_cell(0, 3.8, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

# ---------------------------------------------------------------- p. 4 comments and measures
pdf.set_margins(20, 25, 20)
pdf.add_page(orientation="P")
pdf.h1("Kommentarer per stadsdel")
pdf.h2("Östergläntan")
pdf.p("Östergläntan har den största försämringen sedan 2025. Under 2026 stängde livsmedelsbutiken och "
      "vårdcentralen vid Östergläntans torg, och torget har sedan dess färre besökare på kvällarna. Samtidigt "
      "har polisen rapporterat en öppen narkotikahandel vid busstationen, vilket många svarande nämner i sina "
      "fritextsvar.", size=9.8)
pdf.h2("Hedvigsdal")
pdf.p("I Hedvigsdal är det främst nedskräpningen och narkotikan som upplevs som problem. Förtroendet för "
      "kommunens trygghetsarbete är lägst i kommunen.", size=9.8)
pdf.h2("Liljedal")
pdf.p("Liljedal har förbättrats på samtliga åtta frågor. Förutom den nya belysningen har fastighetsägarna "
      "rustat upp gårdarna, och en fritidsgård öppnade i stadsdelen hösten 2026.", size=9.8)
pdf.h2("Planerade åtgärder 2028")
pdf.bullets(D_ATGARDER, size=9.6, lh=4.7)
pdf.h2("Nästa mätning")
pdf.p("Nästa trygghetsmätning genomförs våren 2029 med samma frågor och samma urvalsmetod.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
