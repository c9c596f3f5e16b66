"""(b) Erkelunda kommun – vård- och omsorgsnämndens internkontrollplan 2027.

Layout: Liberation Sans, 3 pages, p. 2 LANDSCAPE. P. 1 (portrait): a grey kicker line, the title, a thin rule and
a one-line "Antagen … · Dnr …" strip; the summary with competing counts (15 controls in 8 processes; 4 / 7 / 4
per frequency; 6 high risks, 3 of them 12); "Så bedöms riskerna" with the probability and consequence scales as
TWO SIDE-BY-SIDE NUMBERED DEFINITION LISTS; the risk-value scale as a SEGMENTED BAR OF THE NINE POSSIBLE PRODUCTS
(1, 2, 3, 4, 6, 8, 9, 12, 16), each a small box coloured by level with the labels "Låg", "Medel", "Hög" under
brackets; and a note on how to read the calendar strip. P. 2 (landscape): Tabell 1, the plan, one row per control:
Nr / Process / Risk / S / K / RV / Kontrollmetod / Ansvarig / Frekvens and a CALENDAR STRIP of twelve small boxes
(J F M A M J J A S O N D in the heading) FILLED IN THE MONTHS WHEN THE CONTROL IS MADE (every month, the last month
of each quarter, or October). The risk value is bold in a small box OUTLINED in the level colour; processes are
printed in grey small type on every row; hairlines between rows, a heavy rule under the heading, no vertical
rules. P. 3 (portrait): the risks left out of the plan as a "–" list, the reporting dates in running text, why the
control of hired nurses is new, the roles as a "•" list and the proposal as att-clauses. No metadata title.
"""
import datetime as dt

from common30 import HERE, Doc
from data import (B_RISKS, B_FREQS, B_MONTHS, B_ADOPTED, B_REPORTS, B_PASSAGE, B_LEFT_OUT, b_rv, b_level,
                  b_count, dmy)

OUT = HERE / "erkelunda-von-internkontrollplan-2027.pdf"
ACC = (150, 60, 40)
pdf = Doc("Erkelunda kommun", "Internkontrollplan 2027", "Sida {p} av 3", font="liberation", accent=ACC,
          foot="Erkelunda kommun · Vård- och omsorgsnämnden · Dnr VON 2026/311",
          created=dt.datetime(2026, 12, 14, 13, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
LEVEL_COL = {"låg": (92, 160, 90), "medel": (230, 170, 40), "hög": (200, 50, 40)}
N = len(B_RISKS)
procs = []
for r in B_RISKS:
    if r[1] not in procs:
        procs.append(r[1])
high = [r for r in B_RISKS if b_rv(r) >= 9]
top = [r for r in B_RISKS if b_rv(r) == max(b_rv(x) for x in B_RISKS)]
NUM = {3: "tre", 4: "fyra", 6: "sex", 7: "sju", 8: "åtta"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 4.5, "VÅRD- OCH OMSORGSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 21)
pdf.cell(0, 11, "Internkontrollplan 2027", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.6, f"Antagen av nämnden {dmy(B_ADOPTED)}, § 118  ·  Dnr VON 2026/311  ·  Kontakt: Tove Bergwall, "
         "kvalitetsstrateg", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.h2("Sammanfattning")
pdf.p(f"Planen omfattar {N} kontrollmoment inom {len(procs)} processer. Av kontrollerna görs "
      f"{b_count('månadsvis')} månadsvis, {b_count('kvartalsvis')} kvartalsvis och {b_count('en gång per år')} en "
      f"gång per år. {NUM[len(high)].capitalize()} risker har ett riskvärde på 9 eller mer och bedöms därmed som "
      f"höga. {NUM[len(top)].capitalize()} av dem har planens högsta riskvärde, {b_rv(top[0])}: kostnaderna för "
      "inhyrda sjuksköterskor, obehörig läsning i journaler och hanteringen av nycklar till brukarnas bostäder.",
      size=9.8)
pdf.p("Internkontrollplanen bygger på nämndens risk- och väsentlighetsanalys, som förvaltningens ledningsgrupp "
      "genomförde i oktober 2026. Kontrollerna ska visa om rutinerna följs och om de fungerar. Brister rapporteras "
      "till nämnden tillsammans med förslag till åtgärder.", size=9.8)
pdf.h2("Så bedöms riskerna")
pdf.p("Varje risk bedöms efter sannolikheten att den inträffar (S) och konsekvensen om den inträffar (K), båda på "
      "en skala från 1 till 4. Riskvärdet (RV) är produkten av de två.", size=9.8)
S_DEF = ["Mindre sannolik – har inte inträffat och bedöms som osannolik",
         "Möjlig – kan inträffa någon gång",
         "Sannolik – har inträffat och kan inträffa igen",
         "Mycket sannolik – inträffar återkommande"]
K_DEF = ["Försumbar – ingen påverkan på brukare eller ekonomi",
         "Lindrig – begränsad påverkan som går att rätta till",
         "Kännbar – påverkar brukares trygghet eller förtroendet",
         "Allvarlig – risk för skada, stor ekonomisk förlust eller lagbrott"]
y0 = pdf.get_y() + 1
for col, (head, defs) in enumerate((("Sannolikhet (S)", S_DEF), ("Konsekvens (K)", K_DEF))):
    x = 22 + col * 86
    pdf.set_xy(x, y0)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(80, 5, head)
    yy = y0 + 6
    for i, t in enumerate(defs, 1):
        pdf.set_xy(x, yy)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(6, 4.4, str(i))
        pdf.set_font("Sans", "", 8.6)
        pdf.set_xy(x + 6, yy)
        pdf.multi_cell(74, 4.4, t, align="L")
        yy = pdf.get_y() + 1
    if col == 0:
        y_end = yy
pdf.set_y(max(y_end, yy) + 3)
# segmented bar of the nine possible products
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Riskvärde och risknivå", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1.5
prods = [1, 2, 3, 4, 6, 8, 9, 12, 16]
bw, gap = 15, 1.8
for i, v in enumerate(prods):
    x = 22 + i * (bw + gap)
    pdf.set_fill_color(*LEVEL_COL[b_level(v)])
    pdf.rect(x, y, bw, 8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(x, y + 1.6)
    pdf.cell(bw, 5, str(v), align="C")
pdf.set_text_color(0, 0, 0)
for lab, a, b in (("Låg risk, 1–4", 0, 3), ("Medel, 6–8", 4, 5), ("Hög risk, 9–16", 6, 8)):
    xa, xb = 22 + a * (bw + gap), 22 + b * (bw + gap) + bw
    pdf.set_draw_color(120, 120, 120)
    pdf.line(xa, y + 10, xb, y + 10)
    pdf.line(xa, y + 9, xa, y + 10)
    pdf.line(xb, y + 9, xb, y + 10)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(xa, y + 10.6)
    pdf.cell(xb - xa, 4.4, lab, align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 19)
pdf.p("Risker med riskvärde 9 eller mer följs upp med kontroller i planen. Risker med lägre värden tas med när "
      "de gäller lagkrav eller när en tidigare kontroll har visat brister.", size=9.4, lh=4.7)
pdf.h2("Att läsa tabellen")
pdf.p("Tabell 1 på nästa sida visar kontrollerna. Kalenderremsan längst till höger har en ruta per månad, och de "
      "fyllda rutorna visar när kontrollen genomförs. Kvartalsvisa kontroller görs i mars, juni, september och "
      "december och årliga kontroller i oktober.", size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 2 landscape plan
pdf.add_page(orientation="L")
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Internkontrollplan 2027 för vård- och omsorgsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
L = 15
W = [8, 29, 57, 7, 7, 10, 56, 37, 24, 32]
XS = [L]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = L + sum(W)
pdf.set_left_margin(L)
y = pdf.get_y() + 2
heads = ["Nr", "Process", "Risk", "S", "K", "RV", "Kontrollmetod", "Ansvarig", "Frekvens"]
pdf.set_font("Sans", "B", 8)
for i, h in enumerate(heads):
    pdf.set_xy(XS[i] + 0.8, y + 1.2)
    pdf.cell(W[i] - 1.6, 4.2, h, align="C" if i in (3, 4, 5) else "L")
MON = "JFMAMJJASOND"
cw = (W[9] - 2) / 12
for m in range(12):
    pdf.set_xy(XS[9] + 1 + m * cw, y + 1.2)
    pdf.set_font("Sans", "B", 6.6)
    pdf.cell(cw, 4.2, MON[m], align="C")
y += 6.4
pdf.set_line_width(0.6)
pdf.line(L, y, RIGHT, y)
pdf.set_line_width(0.2)
for r in B_RISKS:
    rv = b_rv(r)
    lh = 3.7
    pdf.set_font("Sans", "", 7.9)
    nl = max(len(pdf.multi_cell(W[k] - 1.6, lh, txt, dry_run=True, output="LINES"))
             for k, txt in ((2, r[2]), (6, r[5]), (7, r[6])))
    rh = max(nl * lh + 2.4, 8.6)
    ty = y + 1.2
    pdf.set_xy(XS[0] + 0.8, ty)
    pdf.cell(W[0] - 1.6, lh, str(r[0]))
    pdf.set_text_color(110, 110, 110)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_xy(XS[1] + 0.8, ty)
    pdf.multi_cell(W[1] - 1.6, lh, r[1], align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.9)
    pdf.set_xy(XS[2] + 0.8, ty)
    pdf.multi_cell(W[2] - 1.6, lh, r[2], align="L")
    for k, v in ((3, r[3]), (4, r[4])):
        pdf.set_xy(XS[k], ty)
        pdf.cell(W[k], lh, str(v), align="C")
    pdf.set_draw_color(*LEVEL_COL[b_level(rv)])
    pdf.set_line_width(0.55)
    pdf.rect(XS[5] + 1.6, ty - 0.7, W[5] - 3.2, lh + 1.4)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(XS[5], ty)
    pdf.cell(W[5], lh, str(rv), align="C")
    pdf.set_font("Sans", "", 7.9)
    for k, txt in ((6, r[5]), (7, r[6]), (8, r[7])):
        pdf.set_xy(XS[k] + 0.8, ty)
        pdf.multi_cell(W[k] - 1.6, lh, txt, align="L")
    months = B_MONTHS[r[7]]
    for m in range(12):
        bx = XS[9] + 1 + m * cw + 0.3
        pdf.set_draw_color(150, 150, 150)
        if m + 1 in months:
            pdf.set_fill_color(*ACC)
            pdf.rect(bx, ty - 0.2, cw - 0.6, 3.4, style="DF")
        else:
            pdf.rect(bx, ty - 0.2, cw - 0.6, 3.4)
    pdf.set_draw_color(0, 0, 0)
    y += rh
    pdf.set_draw_color(200, 200, 200)
    pdf.line(L, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.6, "S = sannolikhet, K = konsekvens, RV = riskvärde (S × K). Ramens färg visar risknivån: grön "
               "låg, gul medel och röd hög. Fyllda rutor i kalenderremsan = månader då kontrollen görs.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 portrait
pdf.add_page(orientation="P")
pdf.set_left_margin(22)
pdf.set_x(22)
pdf.h1("Risker som inte tas med i planen", size=12.5)
pdf.p("Följande risker har bedömts men tas inte med i planen för 2027 eftersom riskvärdet är lågt och inga brister "
      "har upptäckts tidigare:", size=9.6, lh=4.8)
pdf.bullets([f"{t} (riskvärde {s * k})" for t, s, k in B_LEFT_OUT], sym="–", size=9.6, lh=4.8)
pdf.h1("Rapportering", size=12.5)
pdf.p(f"Resultatet av kontrollerna rapporteras till nämnden vid två tillfällen. Delårsuppföljningen för januari–"
      f"augusti redovisas den {dmy(B_REPORTS[0][1])}. Helårsuppföljningen redovisas den {dmy(B_REPORTS[1][1])} "
      "tillsammans med förslaget till internkontrollplan för 2028. Allvarliga brister rapporteras till "
      "nämndens ordförande direkt när de upptäcks.", size=9.6, lh=4.8)
pdf.h1("Nytt i planen för 2027", size=12.5)
pdf.p("Två kontroller är nya. Den ena gäller inhyrd personal. " + B_PASSAGE + " Den andra gäller "
      "nyckelhanteringen i hemtjänsten, efter att två nycklar till brukares bostäder försvann under hösten 2026.",
      size=9.6, lh=4.8)
pdf.h1("Roller", size=12.5)
pdf.bullets([
    "Nämnden antar planen och tar emot uppföljningen.",
    "Förvaltningschefen ansvarar för att kontrollerna genomförs och att brister åtgärdas.",
    "Kvalitetsstrategen samordnar arbetet och sammanställer resultaten.",
    "Den som är ansvarig för ett kontrollmoment dokumenterar metod, urval och resultat.",
], size=9.6, lh=4.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Vård- och omsorgsnämnden beslutar", [
    "anta internkontrollplan 2027 enligt tabell 1, och",
    "uppdra åt förvaltningschefen att rapportera resultatet enligt avsnittet om rapportering.",
], size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
