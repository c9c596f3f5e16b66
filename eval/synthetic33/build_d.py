"""(d) Fjärdinge kommun – miljö- och klimatprogram 2026–2030: handlingsplan 2027–2028 med lägesrapport per den
31 augusti 2027.

Layout: DejaVu Sans, 4 pages; pp. 2–3 LANDSCAPE; running header (the programme name at the left, "Sida n av 4" at
the right) and a footer line. P. 1 (portrait): a green kicker line, the title and subtitle, a thin rule, the
summary with competing figures in running text (118 400 vs 214 200 vs 139 600 tonnes, −44,7 % against the target
−63 %; the renewable share of the fleet 71 vs 64 vs 100 %), and "Fokusområden 2027–2028" as a NESTED BULLETED LIST:
four bold main items led by a green "•" with nested "◦" sub-items indented under them. Pp. 2–3 (landscape): Tabell 1,
the actions (Nr / Åtgärd / Ansvarig / Klart / Status / Kostnad, tkr), hand-drawn with a dark heading band in white
bold type, GOAL AREAS AS TINTED GROUP ROWS led by a small coloured square, hairlines between actions, action texts
wrapping over two lines, deadlines in four formats ("2027", "Q2 2028", "31 dec 2027", "2027-06-30", "30 juni 2028",
"löpande"), the STATUS drawn as a HARVEY BALL beside the status word (an empty circle = ej startad, a half-filled
circle = påbörjad, a full circle = klar, a red circle with a white bar = försenad) and costs right-aligned with
"inom ram" in italics. The table breaks INSIDE Målområde 3 (after action 3.2): p. 3 opens with "Tabell 1 …
(forts.)" and the heading band repeated, and the rows of Målområde 3 continue without a repeated group row. A key to the Harvey balls and a note close the table. P. 4 (portrait): the status report – counts per
status, the total cost, the delayed actions as a "•" list, the passage on the delays, the next report and a
signature. Metadata title set.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (D_STATUS, D_AREAS, D_BREAK_AFTER, D_EMISSIONS, D_TARGET_CUT, D_FLEET, D_FOCUS, D_PASSAGE,
                  d_rows, d_cost_text, d_status_count, d_cost_sum, d_cut_pct, d1, g)

OUT = HERE / "fjardinge-miljo-och-klimatprogram-handlingsplan-2027-2028.pdf"
ACC = (38, 110, 62)
AREA_COL = [(38, 110, 62), (40, 110, 160), (190, 120, 30), (120, 90, 160)]
pdf = Doc("Fjärdinge kommun", "Miljö- och klimatprogram 2026–2030", "Sida {p} av 4", font="dejavu", accent=ACC,
          title="Miljö- och klimatprogram 2026–2030, handlingsplan 2027–2028 – Fjärdinge kommun",
          author="Fjärdinge kommun, kommunstyrelsen",
          foot="Handlingsplan 2027–2028 · lägesrapport per den 31 augusti 2027",
          created=dt.datetime(2027, 9, 20, 13, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "KOMMUNSTYRELSEN · HÅLLBARHETSENHETEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.title_block("Miljö- och klimatprogram 2026–2030",
                "Handlingsplan 2027–2028 med lägesrapport per den 31 augusti 2027", size=19)
pdf.set_draw_color(*ACC)
pdf.line(22, pdf.get_y() - 2, 188, pdf.get_y() - 2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(1)
pdf.h2("Utsläppen minskar, men inte tillräckligt snabbt")
e = D_EMISSIONS
pdf.p(f"De territoriella utsläppen av växthusgaser i Fjärdinge var {g(e[2025])} ton koldioxidekvivalenter "
      f"2025, vilket är {d1(d_cut_pct())} procent lägre än 1990, då utsläppen var {g(e[1990])} ton. År 2020 var "
      f"utsläppen {g(e[2020])} ton. Programmets mål är att utsläppen ska minska med {D_TARGET_CUT} procent till "
      f"2030 jämfört med 1990. Med nuvarande takt nås målet först omkring 2035.", size=9.8, lh=4.9)
pdf.p(f"Andelen förnybara drivmedel i kommunens egna fordon var {D_FLEET[1]} procent 2026, jämfört med "
      f"{D_FLEET[0]} procent året innan. Målet är {D_FLEET[2]} procent 2030.", size=9.8, lh=4.9)
n_act = len(d_rows())
pdf.p(f"Handlingsplanen för 2027–2028 innehåller {n_act} åtgärder inom programmets fyra målområden. Varje åtgärd "
      "har en ansvarig nämnd eller ett bolag, en tidpunkt då den ska vara klar och en beräknad kostnad. Åtgärder "
      "som ryms i den ansvariga nämndens budget är markerade med ”inom ram”.", size=9.8, lh=4.9)
pdf.h2("Fokusområden 2027–2028")
pdf.p("Kommunstyrelsen har pekat ut fyra fokusområden som ska prioriteras under planperioden:", size=9.8, lh=4.9)
for k, (head, subs) in enumerate(D_FOCUS):
    pdf.need(20)
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_x(24)
    pdf.set_text_color(*ACC)
    pdf.cell(6, 5, "•")
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(150, 5, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.4)
    for s in subs:
        pdf.set_x(31)
        pdf.cell(6, 4.7, "◦")
        pdf.multi_cell(146, 4.7, s, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1 (landscape)
W = [13, 96, 52, 26, 36, 30]
X = [22]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 22 + sum(W)
LH = 4.1


def heading(cont=False):
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Tabell 1. Åtgärder i handlingsplanen 2027–2028 och status per den 31 augusti 2027"
             + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_fill_color(45, 62, 52)
    pdf.rect(22, y, RIGHT - 22, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    for k, h in enumerate(["Nr", "Åtgärd", "Ansvarig", "Klart", "Status", "Kostnad, tkr"]):
        pdf.set_xy(X[k] + 1.5, y + 1.3)
        pdf.cell(W[k] - 3, 4.4, h, align="R" if k == 5 else "L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 7)


def harvey(x, yc, status):
    r = 1.7
    pdf.set_line_width(0.3)
    if status == "Försenad":
        pdf.set_fill_color(200, 45, 45)
        pdf.set_draw_color(200, 45, 45)
        pdf.circle(x + r, yc, r, style="FD")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x + r - 1.0, yc - 0.3, 2.0, 0.6, style="F")
    else:
        pdf.set_draw_color(40, 40, 40)
        pdf.set_fill_color(40, 40, 40)
        if status == "Klar":
            pdf.circle(x + r, yc, r, style="FD")
        else:
            pdf.circle(x + r, yc, r, style="D")
            if status == "Påbörjad":
                pdf.solid_arc(x, yc - r, 2 * r, 90, 270, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def area_row(k, name):
    y = pdf.get_y()
    pdf.set_fill_color(236, 242, 237)
    pdf.rect(22, y, RIGHT - 22, 6.4, style="F")
    pdf.set_fill_color(*AREA_COL[k])
    pdf.rect(23.5, y + 1.6, 3.2, 3.2, style="F")
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(29, y + 1)
    pdf.cell(200, 4.4, f"Målområde {k + 1}: {name}")
    pdf.set_y(y + 6.4)


def action_row(a):
    pdf.set_font("Sans", "", 8.6)
    la = pdf.multi_cell(W[1] - 3, LH, a[1], dry_run=True, output="LINES")
    lr = pdf.multi_cell(W[2] - 3, LH, a[2], dry_run=True, output="LINES")
    h = max(len(la), len(lr)) * LH + 2
    y = pdf.get_y()
    pdf.set_xy(X[0] + 1.5, y + 1)
    pdf.cell(W[0] - 3, LH, a[0])
    pdf.set_xy(X[1] + 1.5, y + 1)
    pdf.multi_cell(W[1] - 3, LH, a[1], align="L")
    pdf.set_xy(X[2] + 1.5, y + 1)
    pdf.multi_cell(W[2] - 3, LH, a[2], align="L")
    pdf.set_xy(X[3] + 1.5, y + 1)
    pdf.cell(W[3] - 3, LH, a[3])
    harvey(X[4] + 1.5, y + 1 + LH / 2, a[4])
    pdf.set_xy(X[4] + 6.5, y + 1)
    if a[4] == "Försenad":
        pdf.set_text_color(190, 35, 35)
    pdf.cell(W[4] - 8, LH, a[4])
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(X[5] + 1.5, y + 1)
    pdf.set_font("Sans", "I" if a[5] is None else "", 8.6)
    pdf.cell(W[5] - 3, LH, d_cost_text(a[5]), align="R")
    pdf.set_draw_color(205, 205, 205)
    pdf.line(22, y + h, RIGHT, y + h)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + h)


pdf.add_page(orientation="L")
heading()
for k, (area, acts) in enumerate(D_AREAS):
    area_row(k, area)
    for a in acts:
        action_row(a)
        if a[0] == D_BREAK_AFTER:
            pdf.set_line_width(0.4)
            pdf.line(22, pdf.get_y(), RIGHT, pdf.get_y())
            pdf.set_line_width(0.2)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 6, "Tabellen fortsätter på nästa sida.", align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            assert pdf.page_no() == 2, pdf.page_no()
            pdf.add_page(orientation="L")
            heading(cont=True)
pdf.set_line_width(0.4)
pdf.line(22, pdf.get_y(), RIGHT, pdf.get_y())
pdf.set_line_width(0.2)
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("Sans", "", 7.8)
x = 22
for st in D_STATUS:
    harvey(x, y + 2.2, st)
    pdf.set_xy(x + 5, y)
    pdf.cell(30, 4.4, st.lower())
    x += 34
pdf.set_y(y + 6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.8, "Kostnad = beräknad kostnad för hela åtgärden under 2027–2028 i tusental kronor. Inom ram = "
               "kostnaden ryms i den ansvariga nämndens eller bolagets budget. Klart anges som år, kvartal (Q1–Q4) "
               "eller datum.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
assert pdf.page_no() == 3, pdf.page_no()

# ---------------------------------------------------------------- p. 4 status report
pdf.add_page(orientation="P")
pdf.h1("Lägesrapport per den 31 augusti 2027", size=13)
cnt = {st: d_status_count(st) for st in D_STATUS}
NUM = {3: "tre", 4: "fyra", 5: "fem", 8: "åtta", 20: "20"}
pdf.p(f"Av handlingsplanens {n_act} åtgärder är {NUM[cnt['Klar']]} klara, {NUM[cnt['Påbörjad']]} påbörjade och "
      f"{NUM[cnt['Försenad']]} försenade, medan {NUM[cnt['Ej startad']]} ännu inte har startat. De åtgärder som har "
      f"en beräknad kostnad kostar sammanlagt {g(d_cost_sum())} tkr under 2027–2028.", size=9.8, lh=4.9)
pdf.h2("Försenade åtgärder")
late = [a for _, a in d_rows() if a[4] == "Försenad"]
reasons = {"1.4": "leveranstiderna för armaturer har förlängts",
           "3.2": "inventeringen av materialet tog längre tid än planerat",
           "4.1": "markförhandlingarna är inte avslutade",
           "4.3": "arbetet har samordnats med den nya översiktsplanen"}
pdf.bullets([f"{a[0]} {a[1]} – {reasons[a[0]]}." for a in late], size=9.6, lh=4.8)
pdf.p(f"Förseningarna beror främst på att {D_PASSAGE}. Kommunstyrelsen bedömer ändå att alla försenade åtgärder "
      "kan genomföras under planperioden.", size=9.8, lh=4.9)
pdf.h2("Fortsatt uppföljning")
pdf.p("Nästa lägesrapport lämnas per den 28 februari 2028. Då redovisas också utsläppen för 2026 när statistiken "
      "har publicerats.", size=9.8, lh=4.9)
pdf.ln(6)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, "Fjärdinge den 15 september 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5, "Hilda Forsman", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, "hållbarhetsstrateg", new_x="LMARGIN", new_y="NEXT")
assert pdf.page_no() == 4, pdf.page_no()
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
