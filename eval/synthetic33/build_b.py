"""(b) Bromsviks kommun – investeringsbudget 2027 och plan 2028–2031 (bilaga 3 till Mål och budget 2027).

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 4 pages, running header and footer. P. 1: a
small grey capital kicker, the title, a decision line, the summary with competing mnkr totals (2027 vs the plan
years vs the five-year sum, self-financing, new loans, depreciation, the result) and Figur 1, a STACKED COLUMN CHART
– one column per year 2027–2031, each column stacked in five committee colours, the year total above the column and
a legend of the five committees under the chart. Pp. 2–3: Tabell 1, the projects in mnkr, hand-drawn with a
STACKED TWO-LEVEL HEADING ("Total-budget" over two lines, "Budget" over 2027 and "Plan" spanning 2028–2031 with a
short rule under it), a TYPE-CODE COLUMN (N / P / R, explained by a key line above the table), the 2027 column on a
pale tint down the whole table, committee names as GROUP ROWS INSIDE THE TABLE – bold, with a thin accent rule
under the name only –, project names that WRAP over two lines, italic "Summa <nämnd>" rows under a DOTTED rule,
"–" for years without money, and a bold "Summa investeringar" with an ACCOUNTING-STYLE DOUBLE UNDERLINE under each
amount. The table breaks after Socialnämnden: p. 2 ends with "Tabell 1 fortsätter på nästa sida.", p. 3 opens with
"Tabell 1 (forts.)" and the whole two-level heading repeated. P. 4: "Kommentarer till större projekt" as paragraphs
with a bold RUN-IN project name (start and completion years in running text: the passage on Lövängsskolan, the
preschool ready in August 2030), then the financing as a key–value block. Metadata title set.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (B_YEARS, B_TYPES, B_GROUPS, B_BREAK_AFTER, B_DEPRECIATION, B_RESULT,
                  B_PASSAGE, b_total_budget, b_group_sum, b_grand, b_self_fin, b_new_loans, d1, dz)

OUT = HERE / "bromsvik-investeringsbudget-2027-plan-2028-2031.pdf"
ACC = (20, 92, 110)
COLS = [(20, 92, 110), (226, 150, 40), (120, 160, 70), (170, 80, 120), (90, 110, 190)]
pdf = Doc("Bromsviks kommun", "Mål och budget 2027", "Bilaga 3 · sida {p}", font="liberation", accent=ACC,
          title="Investeringsbudget 2027 och plan 2028–2031 – Bromsviks kommun", author="Bromsviks kommun",
          foot="Bromsviks kommun · Investeringsbudget 2027 och investeringsplan 2028–2031",
          created=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone.utc))
GT = b_grand()
SUMS = {grp: b_group_sum(grp) for grp, _ in B_GROUPS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.4)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 5, "BILAGA 3 TILL MÅL OCH BUDGET 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.title_block("Investeringsbudget 2027 och investeringsplan 2028–2031", size=19)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, "Antagen av kommunfullmäktige den 23 november 2026, § 131 · Dnr KS 2026/217",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Sammanfattning")
plan = d1(sum(GT[2:]))
five = d1(sum(GT[1:]))
pdf.p(f"Kommunens investeringar 2027 budgeteras till {d1(GT[1])} mnkr. För planperioden 2028–2031 beräknas "
      f"investeringarna till sammanlagt {plan} mnkr, och under hela femårsperioden till {five} mnkr. Volymen är "
      f"störst 2028 med {d1(GT[2])} mnkr, när både förskolan Dammbacken och Lövängsskolan byggs, och minskar "
      f"sedan till {d1(GT[5])} mnkr år 2031.", size=9.8, lh=4.8)
pdf.p(f"Investeringarna 2027 finansieras till {b_self_fin()} procent med egna medel, det vill säga med "
      f"avskrivningar på {d1(B_DEPRECIATION)} mnkr och ett budgeterat resultat på {d1(B_RESULT)} mnkr. Resten "
      f"finansieras med nya lån på {d1(b_new_loans())} mnkr. Målet är att investeringarna över tid ska "
      f"finansieras helt med egna medel.", size=9.8, lh=4.8)
pdf.p("Tabell 1 visar varje projekt med total budget och utgift per år. Projekt som pågår sedan tidigare har en "
      "total budget som även omfattar utgifter före 2027. Reinvesteringar budgeteras som ett årligt belopp.",
      size=9.8, lh=4.8)
# Figur 1: stacked columns
pdf.ln(1)
pdf.set_font("Sans", "B", 9.6)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Figur 1. Investeringar per år och nämnd 2027–2031, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y0 = pdf.get_y() + 8
ch = 62.0
base = y0 + ch
scale = ch / 210.0
pdf.set_draw_color(190, 190, 190)
for v in (50, 100, 150, 200):
    yy = base - v * scale
    pdf.line(40, yy, 180, yy)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(28, yy - 2)
    pdf.cell(10, 4, str(v), align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(60, 60, 60)
pdf.line(40, base, 180, base)
for k, yr in enumerate(B_YEARS):
    x = 48 + k * 27
    yy = base
    for gi, (grp, _) in enumerate(B_GROUPS):
        v = SUMS[grp][1 + k]
        h = v * scale
        if h > 0:
            pdf.set_fill_color(*COLS[gi])
            pdf.rect(x, yy - h, 15, h, style="F")
        yy -= h
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(x - 4, yy - 5)
    pdf.cell(23, 4, d1(GT[1 + k]), align="C")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(x - 4, base + 1)
    pdf.cell(23, 4, str(yr), align="C")
ly = base + 8
lx = 30
pdf.set_font("Sans", "", 7.8)
for gi, (grp, _) in enumerate(B_GROUPS):
    w = pdf.get_string_width(grp) + 10
    if lx + w > 188:
        lx, ly = 30, ly + 5
    pdf.set_fill_color(*COLS[gi])
    pdf.rect(lx, ly + 1, 3.2, 3.2, style="F")
    pdf.set_xy(lx + 4.5, ly)
    pdf.cell(w - 5, 5, grp)
    lx += w + 2
pdf.set_y(ly + 8)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 4, "Källa: Tabell 1. Staplarnas höjd är summan av nämndernas investeringar det året.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- Tabell 1 (pp. 2–3)
W = [60, 9, 17, 16, 16, 16, 16, 16]
X = [22]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 22 + sum(W)
LH = 3.9


def tint(y1, y2):
    pdf.set_fill_color(236, 244, 246)
    pdf.rect(X[3], y1, W[3], y2 - y1, style="F")


def heading(cont=False):
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    cap = "Tabell 1. Investeringsbudget 2027 och plan 2028–2031 per nämnd och projekt, mnkr"
    pdf.multi_cell(0, 5, cap + (" (forts.)" if cont else ""), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if not cont:
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(0, 3.8, "Typ: " + ", ".join(f"{k} = {v}" for k, v in B_TYPES.items()) +
                       ". Total budget avser hela projektet, även utgifter före 2027.", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    y = pdf.get_y()
    tint(y, y + 10.5)
    pdf.set_line_width(0.5)
    pdf.line(22, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X[0] + 1, y + 3)
    pdf.cell(W[0] - 2, 4, "Projekt")
    pdf.set_xy(X[1], y + 3)
    pdf.cell(W[1], 4, "Typ", align="C")
    pdf.set_xy(X[2], y + 0.8)
    pdf.multi_cell(W[2] - 1.5, 4, "Total-\nbudget", align="R")
    pdf.set_xy(X[3], y + 0.8)
    pdf.cell(W[3] - 1.5, 4, "Budget", align="R")
    pdf.set_xy(X[4], y + 0.8)
    pdf.cell(sum(W[4:]), 4, "Plan", align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(X[4] + 3, y + 5.2, RIGHT - 2, y + 5.2)
    pdf.set_draw_color(0, 0, 0)
    for k, yr in enumerate(B_YEARS):
        pdf.set_xy(X[3 + k], y + 5.8)
        pdf.cell(W[3 + k] - 1.5, 4, str(yr), align="R")
    y += 10.5
    pdf.line(22, y, RIGHT, y)
    pdf.set_y(y)


def row_lines(text, w):
    return pdf.multi_cell(w, LH, text, dry_run=True, output="LINES")


def proj_row(p):
    pdf.set_font("Cond", "", 8.6)
    lines = row_lines(p[0], W[0] - 5)
    h = len(lines) * LH + 1.6
    y = pdf.get_y()
    tint(y, y + h)
    pdf.set_xy(X[0] + 3, y + 0.8)
    pdf.multi_cell(W[0] - 5, LH, p[0], align="L")
    cells = [p[1], d1(b_total_budget(p))] + [dz(v) for v in p[3]]
    for k, c in enumerate(cells):
        pdf.set_xy(X[1 + k], y + 0.8)
        pdf.cell(W[1 + k] - (0 if k == 0 else 1.5), LH, c, align="C" if k == 0 else "R")
    pdf.set_draw_color(225, 225, 225)
    pdf.line(22, y + h, RIGHT, y + h)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + h)


def group_row(grp):
    y = pdf.get_y() + 1.2
    tint(y - 1.2, y + 6)
    pdf.set_font("Cond", "B", 9)
    pdf.set_xy(X[0] + 1, y + 0.6)
    pdf.cell(W[0], 4.4, grp)
    w = pdf.get_string_width(grp)
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.35)
    pdf.line(X[0] + 1, y + 5.2, X[0] + 1 + w, y + 5.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 6)


def sum_row(grp):
    s = SUMS[grp]
    y = pdf.get_y()
    tint(y, y + 6)
    pdf.set_draw_color(110, 110, 110)
    pdf.set_dash_pattern(dash=0.6, gap=0.6)
    pdf.line(22, y, RIGHT, y)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Cond", "I", 8.6)
    pdf.set_xy(X[0] + 1, y + 1)
    pdf.cell(W[0] + W[1], LH, f"Summa {grp[0].lower() + grp[1:]}")
    for k, v in enumerate(s):
        pdf.set_xy(X[2 + k], y + 1)
        pdf.cell(W[2 + k] - 1.5, LH, dz(v), align="R")
    pdf.set_y(y + 7.5)


pdf.add_page()
heading()
for grp, ps in B_GROUPS:
    group_row(grp)
    for p in ps:
        proj_row(p)
    sum_row(grp)
    if grp == B_BREAK_AFTER:
        pdf.set_line_width(0.5)
        pdf.line(22, pdf.get_y() - 1, RIGHT, pdf.get_y() - 1)
        pdf.set_line_width(0.2)
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 5, "Tabell 1 fortsätter på nästa sida.", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        assert pdf.page_no() == 2, pdf.page_no()
        pdf.add_page()
        heading(cont=True)
# grand total: bold, a rule above, an accounting-style double underline under every amount
y = pdf.get_y() + 1
pdf.set_line_width(0.4)
pdf.line(22, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", 9)
pdf.set_xy(X[0] + 1, y + 1.2)
pdf.cell(W[0] + W[1], 4.4, "Summa investeringar")
for k, v in enumerate(GT):
    pdf.set_xy(X[2 + k], y + 1.2)
    pdf.cell(W[2 + k] - 1.5, 4.4, d1(v), align="R")
    x2 = X[2 + k] + W[2 + k] - 1.5
    for dy in (6.3, 7.1):
        pdf.line(x2 - 11, y + dy, x2, y + dy)
pdf.set_y(y + 11)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.8, "– = inga utgifter det året. Beloppen är avrundade till tiondels miljoner kronor.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
assert pdf.page_no() == 3, pdf.page_no()

# ---------------------------------------------------------------- p. 4 comments and financing
pdf.add_page()
pdf.h1("Kommentarer till större projekt", size=12.5)


def runin(name, text):
    pdf.set_font("Sans", "B", 9.8)
    pdf.write(4.8, name + ". ")
    pdf.set_font("Sans", "", 9.8)
    pdf.write(4.8, text)
    pdf.ln(4.8)
    pdf.ln(3)


G = dict(B_GROUPS)
lov = [p for p in G["Barn- och utbildningsnämnden"] if p[0].startswith("Lövängsskolan")][0]
dam = [p for p in G["Barn- och utbildningsnämnden"] if p[0].startswith("Ny förskola")][0]
hed = [p for p in G["Socialnämnden"] if p[0].startswith("Hedgårdens")][0]
vat = [p for p in G["Tekniska nämnden"] if p[0].startswith("Huvudvattenledning")][0]
bro = [p for p in G["Tekniska nämnden"] if p[0].startswith("Bro över")][0]
runin("Lövängsskolan", f"Om- och tillbyggnaden påbörjades 2026 och ska vara klar till höstterminen 2029. Den "
      f"totala budgeten är {d1(lov[2])} mnkr, varav {d1(lov[2] - sum(lov[3]))} mnkr har använts före 2027. "
      f"Skolan byggs om eftersom {B_PASSAGE}. Efter ombyggnaden har skolan plats för 540 elever mot i dag 420.")
runin("Förskolan Dammbacken", f"Projekteringen görs under 2027 och byggstarten är planerad till mars 2028. "
      f"Förskolan beräknas vara klar att tas i bruk i augusti 2030 och får åtta avdelningar med plats för 160 "
      f"barn. Den totala budgeten är {d1(dam[2])} mnkr.")
runin("Hedgårdens vård- och omsorgsboende", f"Renoveringen av de 64 lägenheterna påbörjades 2025 och avslutas "
      f"under 2028. Av den totala budgeten på {d1(hed[2])} mnkr återstår {d1(sum(hed[3]))} mnkr.")
runin("Huvudvattenledning till Fagervik", f"Ledningen byggs 2027–2029 och ersätter den gamla ledningen från "
      f"1971, som har haft flera läckor de senaste åren. Budgeten är {d1(vat[2])} mnkr.")
runin("Bro över Hedeån", "Den nuvarande bron från 1952 har bristande bärighet och är avstängd för tung trafik. "
      "Byggstarten är planerad till 2030 och den nya bron ska vara klar under 2031.")
pdf.h1("Finansiering 2027", size=12.5)
pdf.kv([("Investeringar 2027", f"{d1(GT[1])} mnkr"),
        ("Avskrivningar", f"{d1(B_DEPRECIATION)} mnkr"),
        ("Budgeterat resultat", f"{d1(B_RESULT)} mnkr"),
        ("Självfinansieringsgrad", f"{b_self_fin()} procent"),
        ("Nyupplåning", f"{d1(b_new_loans())} mnkr")], lw=60, size=9.6, lh=4.8)
pdf.ln(4)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Ekonomiavdelningen, Bromsviks kommun. Frågor besvaras av ekonomichef Frida Hammar.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
assert pdf.page_no() == 4, pdf.page_no()
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
