"""(f) Tuvesta kommun – byggnadsnämnden: bygglovsverksamheten januari–juni 2027 (rapport, SCANNED list of the
decisions of June 2027, statistics).

Layout: DejaVu Sans, portrait, 3 pages. P. 1: a MEMO ("PM") WITHOUT RUNNING HEADER: a small wordmark line, the
word "PM" large at the right, a MEMO HEAD OF FOUR LABELLED LINES (Till / Från / Datum / Ärende) with dotted
underlines, the title, "Sammanfattning" (counts only: applications received 2026 vs 2027, decisions, handling time
within ten weeks), "Bakgrund", the proposal as one att-clause under a thin rule, "Bilagor" as a "–" list and one
signature. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: "Bilaga 1. Beslut om lov och förhandsbesked, juni
2027" – a FAX HEADER LINE in small monospace at the very top edge, TWO PUNCHED HOLES in the left margin, a letterhead
with a small drawn bar mark and a double rule, a FULLY GRIDDED TABLE in DejaVu Serif with a grey heading band and a
DOUBLE VERTICAL RULE after the Fastighet column (Fastighet / Åtgärd / Beslutsdatum / Beslut / Avgift, kr), a count
and fee-sum line, two italic "Anm." notes explaining the refusals, two signatures and a LARGE PALE DIAGONAL
"KOPIA" WATERMARK across the page; rendered with PIL at 200 dpi, rotated 0.6°, blurred, with paper tone, grain,
specks and a scanner shadow, placed as one JPEG. P. 3: Bilaga 2 – Tabell 2 with a TWO-LEVEL HEADING ("Inkomna
ärenden, jan–jun" over 2026 / 2027, "Beslut" over 2027, "Handläggningstid, veckor (median)" over 2026 / 2027),
horizontal rules only and a bold "Samtliga ärendetyper" row; comments and the hourly fee of the taxa. None of the
scanned page's properties, dates, fees or notes is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common30 import HERE, Doc
from data import (F_STATS, F_MEETING, F_REPORT, F_RATE, f_stat_total, f_scan_blocks, dmy, d1, g)
from scan30 import render_scan

OUT = HERE / "tuvesta-bn-bygglov-jan-jun-2027.pdf"
ACC = (110, 50, 50)
pdf = Doc("Tuvesta kommun", "Byggnadsnämnden", "Sida {p} av 3", font="dejavu", accent=ACC,
          foot="Tuvesta kommun · Samhällsbyggnadsförvaltningen · Dnr BN 2027/214",
          created=dt.datetime(2027, 8, 9, 11, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
T = f_stat_total()
within = 92       # per cent of the decisions within ten weeks, jan–jun 2027

# ---------------------------------------------------------------- p. 1 memo
pdf.add_page()
pdf.set_y(16)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(100, 6, "TUVESTA KOMMUN")
pdf.set_font("Sans", "B", 26)
pdf.set_text_color(190, 190, 190)
pdf.cell(0, 10, "PM", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "Samhällsbyggnadsförvaltningen · Bygglovsenheten", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
for lab, val in (("Till", "Byggnadsnämnden"), ("Från", "Magnus Eklöf, bygglovschef"),
                 ("Datum", F_REPORT.isoformat()), ("Ärende", "Rapport om bygglovsverksamheten januari–juni 2027")):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(22, 6, lab + ":")
    pdf.set_font("Sans", "", 9.4)
    pdf.cell(0, 6, val)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=0.5, gap=0.8)
    pdf.line(44, y + 5.6, 188, y + 5.6)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 7.2)
pdf.ln(6)
pdf.set_font("Sans", "B", 15)
pdf.multi_cell(0, 7, "Bygglovsverksamheten januari–juni 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Sammanfattning")
pdf.p(f"Under januari–juni 2027 kom {T[1]} ansökningar och anmälningar in till byggnadsnämnden, mot {T[0]} under "
      f"samma period 2026. Nämnden och dess delegater fattade {T[2]} beslut. {within} procent av besluten fattades "
      "inom tio veckor från det att ansökan var komplett, vilket är samma andel som året innan.", size=9.8)
pdf.p("Färre ansökningar gäller framför allt nya en- och tvåbostadshus, där högre räntor har fått flera "
      "privatpersoner att skjuta upp sina byggplaner. Antalet ansökningar om komplementbyggnader har däremot "
      "ökat.", size=9.8)
pdf.h2("Bakgrund")
pdf.p("Byggnadsnämnden får två gånger per år en rapport om ärendemängd och handläggningstider. Beslut som fattas "
      "med stöd av delegation anmäls till nämnden varje månad. Som bilaga 1 finns förteckningen över besluten i "
      "juni, som skrevs ut och signerades i början av juli och har skannats in. Bilaga 2 redovisar statistik per "
      f"ärendetyp. Rapporten behandlas vid nämndens sammanträde den {dmy(F_MEETING)}.", size=9.8)
y = pdf.get_y() + 2
pdf.set_draw_color(*ACC)
pdf.line(22, y, 188, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.att_list("Förslag till beslut: Byggnadsnämnden beslutar",
             ["lägga rapporten om bygglovsverksamheten januari–juni 2027 och anmälan av delegationsbeslut för juni "
              "2027 till handlingarna."], size=9.8)
pdf.h2("Bilagor")
pdf.bullets(["Bilaga 1. Beslut om lov och förhandsbesked, juni 2027 (inskannad)",
             "Bilaga 2. Ärenden och handläggningstider januari–juni 2026 och 2027"], sym="–", size=9.6, lh=4.8)
pdf.ln(10)
yy = pdf.get_y()
pdf.line(22, yy, 92, yy)
pdf.set_xy(22, yy + 1)
pdf.set_font("Sans", "", 9)
pdf.cell(70, 5, "Magnus Eklöf, bygglovschef")

# ---------------------------------------------------------------- p. 2 scanned list (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.6, seed=30, left=160, right=140, top=175, family="dejavu"))

# ---------------------------------------------------------------- p. 3 Bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Ärenden och handläggningstider januari–juni 2026 och 2027", size=12.5)
pdf.p("Tabellen visar antalet inkomna ärenden per ärendetyp under första halvåret, antalet beslut 2027 och "
      "medianen för handläggningstiden i veckor räknat från komplett ansökan.", size=9.4, lh=4.7)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Ärenden per ärendetyp", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W = [62, 17, 17, 18, 26, 26]
XS = [22]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = 22 + sum(W)
y = pdf.get_y() + 1.5
pdf.set_font("Sans", "B", 8.2)
groups = [("Inkomna ärenden, jan–jun", 1, 2), ("Beslut", 3, 3), ("Handläggningstid, veckor (median)", 4, 5)]
for lab, a, b in groups:
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_xy(XS[a], y)
    pdf.cell(XS[b] + W[b] - XS[a], 4.4, lab, align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(XS[a] + 1.5, y + 5, XS[b] + W[b] - 1.5, y + 5)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(XS[0], y + 3)
pdf.cell(W[0], 4.4, "Ärendetyp")
for i, h in ((1, "2026"), (2, "2027"), (3, "2027"), (4, "2026"), (5, "2027")):
    pdf.set_xy(XS[i], y + 6)
    pdf.cell(W[i] - 2, 4.4, h, align="R")
y += 11.4
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
for r in F_STATS:
    pdf.set_font("Sans", "", 8.8)
    cells = [r[0], str(r[1]), str(r[2]), str(r[3]), d1(r[4]), d1(r[5])]
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + (0.5 if i == 0 else 0), y + 1)
        pdf.cell(W[i] - 2 + (2 if i == 0 else 0), 4.4, c, align="L" if i == 0 else "R")
    y += 6.2
    pdf.set_draw_color(210, 210, 210)
    pdf.line(22, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
for i, c in enumerate(["Samtliga ärendetyper", str(T[0]), str(T[1]), str(T[2])]):
    pdf.set_xy(XS[i] + (0.5 if i == 0 else 0), y + 1)
    pdf.cell(W[i] - 2 + (2 if i == 0 else 0), 4.4, c, align="L" if i == 0 else "R")
y += 6.6
pdf.line(22, y, RIGHT, y)
pdf.set_y(y + 5)
rows = {r[0]: r for r in F_STATS}
fl, ml = rows["Flerbostadshus och lokaler"], rows["Marklov"]
NUMW = {5: "fem", 6: "sex", 7: "sju", 9: "nio"}
n_ok = sum(1 for r in F_STATS if r[5] <= r[4])
pdf.p(f"Handläggningstiderna har kortats eller är oförändrade för {NUMW[n_ok]} av {NUMW[len(F_STATS)]} "
      "ärendetyper. För flerbostadshus och lokaler har medianen "
      f"ökat från {d1(fl[4])} till {d1(fl[5])} veckor, eftersom flera stora ärenden har krävt kompletteringar om "
      "buller och dagvatten. Marklovsärendena är få, och en enda lång handläggning påverkar medianen mycket.",
      size=9.4, lh=4.7)
pdf.p(f"Avgifterna tas ut enligt plan- och bygglovstaxan. Timavgiften är {g(F_RATE[1])} kr 2027, mot "
      f"{g(F_RATE[0])} kr 2026. Om ett beslut fattas efter mer än tio veckor sätts avgiften ned med en femtedel "
      "för varje påbörjad vecka som tidsfristen överskrids.", size=9.4, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
