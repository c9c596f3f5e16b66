"""(e) Mossala kommun – samhällsbyggnadsnämnden: planprogram 2027–2028, prioritering av detaljplaner och planbesked.

Layout: Liberation Sans, 4 pages, p. 2 LANDSCAPE. P. 1 (portrait): the title under a GREEN BAR WITH A WHITE KICKER,
a grey "Antagen … · Dnr …" line, the introduction with a counts sentence (10 plans, 591 dwellings; counts per
status; 4 plans with 166 dwellings in 2027), the status scale as a LEGEND OF DRAWN PROGRESS PIES (empty, quarter,
half, three quarters, full, crossed for vilande) and the priority rules as a numbered list whose items wrap.
P. 2 (landscape): Tabell 1, one row per plan: Nr / Detaljplan (bold) / Område / Syfte / Status (a DRAWN PROGRESS
PIE before the status word) / Förväntat antagande (quarters "kv 3 2027", months "november 2027", a year "2030" or
"–") / Bostäder; a shaded heading with a thick top rule, thin rules between rows, the rows of plans expected to be
adopted in 2027 marked with a THICK GREEN LEFT EDGE, and a bold "Summa, 10 detaljplaner" row. P. 3 (portrait):
"Planblad" – ONE FRAMED KEY–VALUE CARD PER PRIORITISED PLAN, each with a dark header strip (plan number and name)
and a two-column grid of small grey labels over values (Planbesked as ISO dates, Samråd / Granskning as periods
"3 mars–31 mars 2026", Plankostnad "1 860 tkr, varav 540 tkr …", Byggherre, Handläggare). P. 4: the planbesked
of 2026 as a DATE-LED LIST (the date in long form, "17 februari 2026", in a bold left column; property, purpose and
the positive or negative answer to its right), the reason why Hästskon is dormant, and the next steps as a "•"
list. Metadata title set.
"""
import datetime as dt
import math

from common28 import HERE, Doc
from data import (E_PLANS, E_STATUSES, E_CARDS, E_PASSAGE, E_BESKED, e_plan, e_homes_in, e_count, g, dmy)

OUT = HERE / "mossala-planprogram-detaljplaner-2027-2028.pdf"
ACC = (36, 110, 72)
pdf = Doc("Mossala kommun", "Planprogram 2027–2028", "Sida {p} (4)", font="liberation", accent=ACC,
          title="Planprogram 2027–2028 – prioritering av detaljplaner", author="Mossala kommun",
          foot="Mossala kommun · Samhällsbyggnadsförvaltningen, planenheten · Dnr SBN 2026/311",
          created=dt.datetime(2027, 1, 21, 10, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
PIE = {"Ej påbörjad": 0.0, "Planuppdrag": 0.25, "Samråd": 0.5, "Granskning": 0.75, "Antagande": 1.0,
       "Vilande": None}


def pie(x, y, status, r=1.9):
    """x, y = centre"""
    frac = PIE[status]
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x=x, y=y, radius=r, style="DF")
    if frac is None:
        pdf.line(x - r * 0.7, y + r * 0.7, x + r * 0.7, y - r * 0.7)
    elif frac >= 1:
        pdf.set_fill_color(*ACC)
        pdf.circle(x=x, y=y, radius=r, style="F")
    elif frac > 0:
        pdf.set_fill_color(*ACC)
        pdf.solid_arc(x - r, y - r, 2 * r, -90, -90 + 360 * frac, clockwise=False, style="F")
    pdf.set_draw_color(0, 0, 0)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
y0 = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y0, 170, 7, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.5)
pdf.set_xy(23, y0 + 1.5)
pdf.cell(0, 4, "MOSSALA KOMMUN  ·  SAMHÄLLSBYGGNADSNÄMNDEN")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + 11)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Planprogram 2027–2028", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11.5)
pdf.multi_cell(0, 6, "Prioritering av detaljplaner och redovisning av planbesked", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, "Antagen av samhällsbyggnadsnämnden 2027-01-20, § 4  ·  Dnr SBN 2026/311  ·  Kontakt: Elsa Grahn, "
         "planchef", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
n = len(E_PLANS)
homes = sum(p[6] for p in E_PLANS)
in27 = [p for p in E_PLANS if p[5] == 2027]
pdf.h1("Inledning", size=12.5)
pdf.p("Planprogrammet visar vilka detaljplaner som planenheten arbetar med och i vilken ordning de ska tas "
      "fram. Programmet revideras varje år i januari och ligger till grund för planenhetens resursplanering.",
      size=9.8)
pdf.p(f"Programmet omfattar {n} detaljplaner med sammanlagt {g(homes)} bostäder. {e_count('Samråd')} planer är "
      f"ute på samråd, {e_count('Granskning')} är på granskning, {e_count('Planuppdrag')} har fått planuppdrag och "
      f"{e_count('Antagande')} väntar på antagande. {e_count('Ej påbörjad')} plan är ännu inte påbörjad och "
      f"{e_count('Vilande')} är vilande.", size=9.8)
pdf.p(f"Fyra planer väntas antas under 2027 med sammanlagt {e_homes_in(2027)} bostäder. Under 2028 väntas "
      f"{sum(1 for p in E_PLANS if p[5] == 2028)} planer antas med {e_homes_in(2028)} bostäder. Den största planen "
      f"är Båtvarvet vid Mossala hamn, där arbetet precis har börjat.", size=9.8)
pdf.h2("Planernas status")
yl = pdf.get_y() + 1
for i, st in enumerate(E_STATUSES):
    x = 20 + (i % 3) * 57
    yy = yl + (i // 3) * 7
    pie(x + 2.5, yy + 2.5, st)
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(x + 6.5, yy)
    pdf.cell(48, 5, st)
pdf.set_y(yl + 16)
pdf.h2("Så prioriteras planerna")
rules = ["Planer som ger många bostäder nära kollektivtrafik och service går före andra planer.",
         "Planer för skola, förskola och annan kommunal service prioriteras när behovet finns inom tre år.",
         "Planer för verksamhetsmark prioriteras om en etablering är beslutad och kan ge nya arbetstillfällen.",
         "Planer där byggherren har avtal om plankostnader och där utredningarna är klara går före planer i ett "
         "tidigare skede."]
for i, t in enumerate(rules, 1):
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(7, 5, f"{i}.")
    pdf.set_font("Sans", "", 9.8)
    pdf.multi_cell(163, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

# ---------------------------------------------------------------- p. 2 landscape Tabell 1
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Detaljplaner i planprogrammet 2027–2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [24, 52, 36, 62, 32, 29, 22]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
y = pdf.get_y()
pdf.set_fill_color(222, 236, 226)
pdf.rect(20, y, sum(W), 10, style="F")
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(["Nr", "Detaljplan", "Område", "Syfte", "Status", "Förväntat\nantagande", "Bostäder"]):
    pdf.set_xy(XS[i] + 1.2, y + (1 if "\n" in h else 3))
    pdf.multi_cell(W[i] - 2.4, 4, h, align="R" if i == 6 else "L")
y += 10
RH = 8.2
for p in E_PLANS:
    if p[5] == 2027:
        pdf.set_fill_color(*ACC)
        pdf.rect(20, y + 0.4, 1.4, RH - 0.8, style="F")
    cells = [p[0], p[1], p[7], p[2], None, p[4], g(p[6]) if p[6] else "–"]
    for i, c in enumerate(cells):
        if c is None:
            pie(XS[i] + 3.2, y + RH / 2, p[3])
            pdf.set_font("Sans", "", 9)
            pdf.set_xy(XS[i] + 6.5, y + 2)
            pdf.cell(W[i] - 7, 4.4, p[3])
            continue
        pdf.set_font("Sans", "B" if i == 1 else "", 9)
        pdf.set_xy(XS[i] + (2.2 if i == 0 else 1.2), y + 2)
        pdf.cell(W[i] - 2.4, 4.4, c, align="R" if i == 6 else "L")
    y += RH
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y, R, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_draw_color(40, 40, 40)
pdf.set_line_width(0.5)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 9)
pdf.set_xy(XS[1] + 1.2, y + 2)
pdf.cell(100, 4.4, f"Summa, {n} detaljplaner")
pdf.set_xy(XS[6] + 1.2, y + 2)
pdf.cell(W[6] - 2.4, 4.4, g(homes), align="R")
y += RH
pdf.line(20, y, R, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.8)
for t in ("Grön markering till vänster: planen väntas antas under 2027. Kv = kvartal.",
          "Bostäder anges som det antal bostäder som planen beräknas ge. \"–\" betyder att planen inte ger några "
          "bostäder eller att tidpunkten för antagande inte är bestämd.",
          "Tallåsens förskola antas av samhällsbyggnadsnämnden; övriga planer antas av kommunfullmäktige."):
    pdf.multi_cell(0, 3.8, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)

# ---------------------------------------------------------------- p. 3 plan cards
pdf.add_page(orientation="P")
pdf.h1("Planblad för de prioriterade planerna", size=12.5)
pdf.p("Planbladen sammanfattar tidplan, kostnader och ansvar för de fyra planer som har högst prioritet.",
      size=9.6, after=3)
for nr, kvs in E_CARDS.items():
    p = [q for q in E_PLANS if q[0] == nr][0]
    y0 = pdf.get_y()
    rows = (len(kvs) + 1) // 2
    h = 8 + rows * 10.5 + 2
    pdf.set_fill_color(40, 60, 48)
    pdf.rect(20, y0, 170, 8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(23, y0 + 1.8)
    pdf.cell(120, 4.5, f"{nr}  {p[1]}")
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(120, y0 + 1.8)
    pdf.cell(67, 4.5, f"Status: {p[3]}", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(120, 140, 126)
    pdf.rect(20, y0, 170, h)
    pdf.line(105, y0 + 8, 105, y0 + h)
    for i, (k, v) in enumerate(kvs):
        col, row = i % 2, i // 2
        x = 23 + col * 85
        yy = y0 + 9.5 + row * 10.5
        pdf.set_xy(x, yy)
        pdf.set_font("Sans", "B", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(80, 3.4, k.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, yy + 3.6)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(80, 4.6, v)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y0 + h + 5)

# ---------------------------------------------------------------- p. 4 planbesked, vilande plan, next steps
pdf.add_page()
pdf.h1("Planbesked under 2026", size=12.5)
pos = sum(1 for b in E_BESKED if b[3] == "Positivt")
pdf.p(f"Nämnden lämnade {len(E_BESKED)} planbesked under 2026, varav {pos} positiva och {len(E_BESKED) - pos} "
      "negativa. Ett positivt planbesked innebär att kommunen avser att påbörja ett planarbete, men är inte ett "
      "löfte om att planen antas. De positiva planbeskeden för Hedenäs 2:3 och Mossala 3:41 tas med i nästa "
      "planprogram.", size=9.8)
pdf.ln(1)
for d, fast, what, besked in E_BESKED:
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_xy(20, yy)
    pdf.cell(38, 5, dmy(d))
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(60, yy)
    pdf.multi_cell(130, 5, f"{fast}: {what}. Planbesked: {besked.lower()}.", align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_draw_color(215, 215, 215)
    pdf.line(20, pdf.get_y() + 1.2, 190, pdf.get_y() + 1.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2.6)
pdf.h1("Vilande planer", size=12.5)
pdf.p(E_PASSAGE + " Planen tas upp igen i nästa planprogram.", size=9.8)
pdf.h1("Nästa steg", size=12.5)
pdf.bullets(["Granskningsutlåtandet för Bastuholmen tas fram under våren 2027.",
             "Planuppdraget för Båtvarvet följs upp med ett program för hela hamnområdet.",
             "Planenheten rekryterar en planarkitekt under våren 2027 för att klara tidplanen."], size=9.8)
pdf.ln(8)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "Elsa Grahn, planchef", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
