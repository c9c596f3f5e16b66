"""(d) Eldviks kommun – investeringsplan 2027–2031 (tkr).

Layout: Liberation Sans, Liberation Sans Narrow in the big table. P. 1 (portrait): key–value block, running text
with competing totals (618 500 / 69 700 / 208 500 / 217 000 / 435 500 / 183 000 tkr) and a small table of the
plan per nämnd with shares (horizontal rules only). Pp. 2–3 are LANDSCAPE: Tabell 2, the projects with the
TIMETABLE FIRST (Nr / Projekt / Start / Klart written "kv 3 2027") and then the amounts per year and a "Summa
2027–2031" column. The table has VERTICAL RULES ONLY (thin grey between all columns, a heavy rule before the
Summa column) and NO ROW RULES. Each nämnd opens with a COLOURED TAB (a filled label only as wide as its text)
above a thin full-width accent line. Sub-totals "Summa <nämnd>" are bold on a light fill, the grand total
"Totalt investeringar" is bold on a darker fill below a double rule and is followed by two italic "varav" rows.
"–" marks a year without money. The table breaks INSIDE the VA group: p. 2 ends with a "fortsätter" line, p. 3
repeats the caption with "(forts.)", the heading row and the tab with "(forts.)". P. 4 (portrait): comments on
the large projects and a "•" list of projects that are being studied but are not in the plan. Metadata title
set.
"""
import datetime as dt
from fractions import Fraction

from common23 import HERE, Doc, nb
from data import rhu, D_GROUPS, D_YEARS, D_BREAK_AFTER, D_VA_GROUP, d_sum, d_va, d_tax, d_projects, grp, quarter, t1

OUT = HERE / "eldvik-investeringsplan-2027-2031.pdf"
ACC = (150, 70, 20)
pdf = Doc("Eldviks kommun", "Investeringsplan 2027–2031", "Sida {p}", font="liberation", accent=ACC,
          foot="Eldviks kommun · Bilaga 2 till Mål och budget 2027 med plan 2028–2031",
          title="Eldviks kommun – Investeringsplan 2027–2031", author="Ekonomienheten",
          created=dt.datetime(2026, 11, 20, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
TOT = d_sum()
VA = d_va()
TAX = d_tax()


def z(v):
    return "–" if v == 0 else grp(v)


# ---------------------------------------------------------------- page 1 (portrait)
pdf.add_page()
pdf.title_block("Investeringsplan 2027–2031", "Bilaga 2 till Mål och budget 2027 med plan för 2028–2031",
                size=19)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-16, § 118"),
        ("Diarienummer", "KS 2026/214"),
        ("Belopp", "Tusentals kronor (tkr), löpande priser"),
        ("Kontakt", "Rebecka Alm, controller, ekonomienheten")], lw=34, size=9.3, lh=4.6)
pdf.h1("Sammanfattning")
big = sorted(d_projects(), key=lambda x: -x[2])[:2]
pdf.p(f"Investeringsplanen omfattar {grp(TOT[5])} tkr under perioden 2027–2031. Av detta avser "
      f"{grp(TOT[0])} tkr år 2027, medan 2028 och 2029 är de mest investeringstunga åren med {grp(TOT[1])} "
      f"respektive {grp(TOT[2])} tkr.", size=10)
pdf.p(f"De skattefinansierade investeringarna uppgår till {grp(TAX[5])} tkr. Investeringarna i vatten och avlopp, "
      f"{grp(VA[5])} tkr, finansieras med VA-taxan och belastar inte kommunens skattekollektiv.", size=10)
pdf.p(f"De två största projekten är det nya särskilda boendet Vallmon med {grp(big[0][2])} tkr och det "
      f"nya vattenverket i Raknäs med {grp(big[1][2])} tkr. Tillsammans svarar de för drygt 40 procent av planen.",
      size=10)
pdf.h2("Investeringar per nämnd 2027–2031")
y = pdf.get_y() + 1
CW = [100, 32, 28]
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(pdf.l_margin, y)
pdf.cell(CW[0], 5.5, "Nämnd")
pdf.cell(CW[1], 5.5, "Summa, tkr", align="R")
pdf.cell(CW[2], 5.5, "Andel, %", align="R")
pdf.line(pdf.l_margin, y + 6, pdf.l_margin + sum(CW), y + 6)
pdf.set_y(y + 6.6)
for g, _ in D_GROUPS:
    s = d_sum(g)[5]
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(CW[0], 5.3, g)
    pdf.cell(CW[1], 5.3, grp(s), align="R")
    pdf.cell(CW[2], 5.3, t1(rhu(Fraction(s * 1000, TOT[5]))), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(215, 215, 215)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + sum(CW), pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.8)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + sum(CW), pdf.get_y())
pdf.cell(CW[0], 5.5, "Totalt")
pdf.cell(CW[1], 5.5, grp(TOT[5]), align="R")
pdf.cell(CW[2], 5.5, "100,0", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Läsanvisning")
pdf.p("Tabell 2 på följande sidor visar varje projekt med projektnummer, tidplan och utgift per år. Start och "
      "klart anges som kvartal. Projekt som sträcker sig över hela perioden är återkommande "
      "reinvesteringar.", size=9.6)

# ---------------------------------------------------------------- pages 2–3 (landscape): Tabell 2
W = [16, 80, 19, 19, 20, 20, 20, 20, 20, 27]
X0 = 18
X = [X0]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = X[-1] + W[-1]
RH = 5.3
TAB = (246, 222, 200)


def caption_and_head(cont):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ACC)
    pdf.set_x(X0)
    pdf.cell(200, 6, "Tabell 2. Investeringsprojekt per nämnd 2027–2031" + (" (forts.)" if cont else ""))
    pdf.set_text_color(80, 80, 80)
    pdf.set_font("Sans", "", 8)
    pdf.set_x(RIGHT - 40)
    pdf.cell(40, 6, "Belopp i tkr", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(X0, y, RIGHT - X0, 7, style="F")
    pdf.set_font("Cond", "B", 8.8)
    heads = ["Nr", "Projekt", "Start", "Klart"] + [str(v) for v in D_YEARS] + ["Summa 2027–2031"]
    for k, h in enumerate(heads):
        pdf.set_xy(X[k] + 1.2, y)
        pdf.cell(W[k] - 2.4, 7, h, align="L" if k < 4 else "R")
    pdf.set_line_width(0.5)
    pdf.line(X0, y + 7, RIGHT, y + 7)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 8)
    return y


def vrules(y0, y1):
    pdf.set_draw_color(185, 185, 185)
    for x in X[1:]:
        if x == X[9]:
            continue
        pdf.line(x, y0, x, y1)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(X[9], y0, X[9], y1)
    pdf.set_line_width(0.2)


def tab(label):
    y = pdf.get_y() + 1
    pdf.set_font("Sans", "B", 8.6)
    w = pdf.get_string_width(label) + 6
    pdf.set_fill_color(*TAB)
    pdf.rect(X0, y, w, 5.6, style="F")
    pdf.set_xy(X0 + 3, y)
    pdf.cell(w, 5.6, label)
    pdf.set_draw_color(*ACC)
    pdf.line(X0, y + 5.6, RIGHT, y + 5.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 6.4)


def line(cells, style="", fill=None, italic=False):
    y = pdf.get_y()
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(X0, y, RIGHT - X0, RH, style="F")
    for k, c in enumerate(cells):
        pdf.set_font("Cond", "I" if italic else style, 8.8)
        pdf.set_xy(X[k] + 1.2, y)
        pdf.cell(W[k] - 2.4, RH, c, align="L" if k < 4 else "R")
    pdf.set_y(y + RH)


def summa_label(g):
    return "Summa " + g[0].lower() + g[1:]


pdf.add_page(orientation="L")
pdf.set_auto_page_break(False)
y_body = caption_and_head(False) + 8
for g, ps in D_GROUPS:
    started = False
    for p in ps:
        if not started:
            tab(g)
            started = True
        nr, name, st, kl, yrs = p
        line([nr, name, quarter(st), quarter(kl)] + [z(v) for v in yrs] + [grp(sum(yrs))])
        if nr == D_BREAK_AFTER:
            vrules(y_body, pdf.get_y())
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(X0, pdf.get_y() + 2)
            pdf.cell(0, 5, "Tabellen fortsätter på nästa sida.")
            pdf.set_text_color(0, 0, 0)
            pdf.add_page(orientation="L")
            y_body = caption_and_head(True) + 8
            tab(g + " (forts.)")
    s = d_sum(g)
    pdf.set_y(pdf.get_y() + 0.6)
    line(["", summa_label(g), "", ""] + [z(v) for v in s[:5]] + [grp(s[5])], style="B", fill=(250, 240, 230))
y_end = pdf.get_y() + 1.5
vrules(y_body, y_end)
pdf.set_y(y_end)
pdf.line(X0, y_end, RIGHT, y_end)
pdf.line(X0, y_end + 0.8, RIGHT, y_end + 0.8)
pdf.set_y(y_end + 1.4)
line(["", "Totalt investeringar", "", ""] + [grp(v) for v in TOT[:5]] + [grp(TOT[5])], style="B",
     fill=(238, 210, 186))
line(["", "varav skattefinansierat", "", ""] + [grp(v) for v in TAX[:5]] + [grp(TAX[5])], italic=True)
line(["", "varav vatten och avlopp (taxefinansierat)", "", ""] + [grp(v) for v in VA[:5]] + [grp(VA[5])],
     italic=True)
pdf.ln(3)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(70, 70, 70)
pdf.set_x(X0)
pdf.multi_cell(RIGHT - X0, 3.8, "Start och Klart anger det kvartal då projektet beräknas påbörjas respektive "
               "tas i bruk. Återkommande reinvesteringar har start kv 1 2027 eller kv 2 2027 och löper hela "
               "perioden. Projektnumret anger nämnd: E-1 kommunstyrelsen, E-2 barn- och utbildningsnämnden, E-3 "
               "vård- och omsorgsnämnden, E-4 och E-5 samhällsbyggnadsnämnden, E-6 kultur- och fritidsnämnden.",
               align="L")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- page 4 (portrait)
pdf.set_auto_page_break(True, 22)
pdf.add_page(orientation="P")
pdf.h1("Kommentarer till större projekt")
P = {p[0]: (p, t) for _, p, t in d_projects()}
parl, rak, sim = P["E-301"], P["E-501"], P["E-602"]
pdf.h2(f"{parl[0][0]} {parl[0][1]}")
pdf.p(f"Boendet byggs i två plan med sex avdelningar om tio platser. Byggstart är planerad till "
      f"{quarter(parl[0][2])} och inflyttning till {quarter(parl[0][3])}. Den totala utgiften beräknas till "
      f"{grp(parl[1])} tkr. Inventarierna finns i ett eget projekt, "
      f"E-303.", size=9.8)
pdf.h2(f"{rak[0][0]} {rak[0][1]}")
pdf.p("Det nuvarande vattenverket i Raknäs byggdes 1968 och klarar inte längre de skärpta kraven på desinfektion "
      "och reservkapacitet. Halterna av PFAS i råvattnet har dessutom ökat, och det nya verket får därför ett "
      f"reningssteg med aktivt kol. Projektet beräknas kosta {grp(rak[1])} tkr och finansieras helt med "
      "VA-taxan.", size=9.8)
pdf.h2(f"{sim[0][0]} {sim[0][1]}")
pdf.p(f"Simhallen stängs under ombyggnaden, som planeras till {quarter(sim[0][2])}–{quarter(sim[0][3])}. "
      "Projektet har flyttats fram två år jämfört med förra årets plan för att inte sammanfalla med "
      "byggandet av Vallmon.", size=9.8)
pdf.h1("Projekt som utreds men inte ingår i planen")
pdf.bullets(["Ny sporthall vid Jättestensskolan. Behovet utreds under 2027 tillsammans med föreningarna. "
             "Projektet är ännu inte kostnadsberäknat.",
             "Ombyggnad av Eldviks bibliotek till ett kulturhus med scen och studieplatser.",
             "Ny räddningsstation i Rudbo, i samverkan med räddningstjänstförbundet.",
             "Laddinfrastruktur för kommunens fordon vid samtliga förvaltningsbyggnader."], size=9.6, lh=4.8)
pdf.p("Projekten tas upp i planen när det finns en förstudie med kalkyl och ett beslut om finansiering.",
      size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
