"""(b) Eksärva kommun – investeringsbudget 2027–2029 (bilaga 4 till Mål och budget 2027).

Layout: DejaVu Serif text, DejaVu Sans Condensed tables, portrait, 4 pages. P. 1: a kicker in spaced capitals, the
title between TWO RULES OF DIFFERENT WEIGHT, the summary with competing totals (328 600 / 88 400 / 141 900 / 98 300
tkr, skattefinansierat vs VA, the two largest projects) and the self-financing ratios in running text (72 / 41 / 68
procent against the target 80), then Tabell 1 per nämnd (horizontal rules only, a bold Totalt row and two italic
"varav" rows). Pp. 2–3: ONE SEPARATE TABLE PER NÄMND (Tabell 2.1 … 2.6), each introduced by a FILLED DARK BADGE
WITH THE TABLE NUMBER beside the committee name; columns Nr / Projekt / Typ / 2027 / 2028 / 2029 / Summa 2027–2029
(SHADED) / Totalt projekt¹ (incl. earlier years); hairline rules, "–" for years without money, an income row with
NEGATIVE amounts ("−3 000"), and a bold "Summa <nämnd>" row over a heavy rule. Table 2.5 BREAKS AFTER TN-02: p. 2
ends with "Tabell 2.5 fortsätter på nästa sida.", p. 3 repeats the badge with "(forts.)" and the column heading.
P. 3 ends with a DARK FULL-WIDTH BAR holding the grand total aligned with the table columns, footnote ¹ and
Tabell 3 "Driftkonsekvenser" (horizontal rules only, signed "−420"). P. 4: the largest projects under h2 headings
with numbers in running text (94 500 total vs 3 500 before 2027 vs 91 000 in the period) and the bridge
postponement. No metadata title.
"""
import datetime as dt

from common28 import HERE, Doc
from data import (B_COMMITTEES, B_YEARS, B_BREAK_AFTER, B_SELF, B_SELF_TARGET, B_DRIFT, B_PASSAGE, b_sum,
                  b_total_project, b_csum, b_nsum, b_grand, b_nämnder, b_projects, g, gd)

OUT = HERE / "eksarva-investeringsbudget-2027-2029.pdf"
ACC = (88, 60, 20)
pdf = Doc("Eksärva kommun", "Mål och budget 2027 · Bilaga 4", "{p} (4)", font="dejavu", serif=True, accent=ACC,
          foot="Eksärva kommun · Investeringsbudget 2027–2029 · Fastställd av kommunfullmäktige 2026-11-23",
          created=dt.datetime(2026, 11, 25, 13, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
G = b_grand()
VA = b_csum("VA")
TAX = [G[i] - VA[i] for i in range(4)]
proj = {p[0]: p for _, _, p in b_projects()}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*ACC)
pdf.cell(0, 4, "B I L A G A   4   T I L L   M Å L   O C H   B U D G E T   2 0 2 7", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 2
pdf.set_draw_color(*ACC)
pdf.set_line_width(1.1)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 4)
pdf.set_font("Serif", "B", 21)
pdf.cell(0, 10, "Investeringsbudget 2027–2029", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Investeringar per nämnd och projekt, tusentals kronor", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 2
pdf.line(20, y, 190, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 6)
big = max(b_projects(), key=lambda t: b_sum(t[2]))[2]
second = sorted(b_projects(), key=lambda t: -b_sum(t[2]))[1][2]
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Kommunfullmäktige har fastställt investeringar på sammanlagt {g(G[3])} tkr för perioden 2027–2029, "
      f"varav {g(G[0])} tkr 2027, {g(G[1])} tkr 2028 och {g(G[2])} tkr 2029. Investeringarna i vatten och "
      f"avlopp, som finansieras med avgifter, uppgår till {g(VA[3])} tkr och de skattefinansierade till "
      f"{g(TAX[3])} tkr.", size=9.8)
pdf.p(f"De två största projekten är det nya reningsverket i Gäddvik med {g(b_sum(big))} tkr under perioden och "
      f"den nya förskolan i Byvalla med {g(b_sum(second))} tkr. Investeringstoppen 2028 beror på att båda "
      "byggs samtidigt.", size=9.8)
pdf.p(f"Självfinansieringsgraden för de skattefinansierade investeringarna beräknas till {B_SELF[2027]} procent "
      f"2027, {B_SELF[2028]} procent 2028 och {B_SELF[2029]} procent 2029. Fullmäktiges mål är minst "
      f"{B_SELF_TARGET} procent i genomsnitt för perioden. Den del som inte finansieras med egna medel finansieras "
      "med nya lån.", size=9.8)
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Investeringar per nämnd 2027–2029, tkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W1 = [74, 24, 24, 24, 24]
y = pdf.get_y() + 1
pdf.set_draw_color(60, 60, 60)
pdf.set_line_width(0.45)
pdf.line(20, y, 20 + sum(W1), y)
pdf.set_line_width(0.2)


def t1_row(cells, style="", rule=True, color=(0, 0, 0)):
    global y
    pdf.set_font("Cond", style, 9)
    pdf.set_text_color(*color)
    x = 20
    for i, c in enumerate(cells):
        pdf.set_xy(x + 1, y + 1)
        pdf.cell(W1[i] - 2, 4.4, c, align="L" if i == 0 else "R")
        x += W1[i]
    pdf.set_text_color(0, 0, 0)
    y += 6.2
    if rule:
        pdf.set_draw_color(200, 200, 200)
        pdf.line(20, y, 20 + sum(W1), y)
        pdf.set_draw_color(0, 0, 0)


t1_row(["Nämnd", "2027", "2028", "2029", "Summa"], style="B")
pdf.set_draw_color(60, 60, 60)
pdf.line(20, y, 20 + sum(W1), y)
for n in b_nämnder():
    s = b_nsum(n)
    t1_row([n] + [g(v) for v in s])
pdf.set_draw_color(60, 60, 60)
pdf.set_line_width(0.45)
pdf.line(20, y, 20 + sum(W1), y)
pdf.set_line_width(0.2)
t1_row(["Totalt"] + [g(v) for v in G], style="B", rule=False)
t1_row(["varav skattefinansierat"] + [g(v) for v in TAX], style="I", rule=False, color=(90, 90, 90))
t1_row(["varav vatten och avlopp"] + [g(v) for v in VA], style="I", rule=False, color=(90, 90, 90))
pdf.set_draw_color(60, 60, 60)
pdf.line(20, y, 20 + sum(W1), y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Tekniska nämndens investeringar omfattar både skattefinansierade projekt och vatten och "
               "avlopp, se tabell 2.5 och 2.6.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- pp. 2–3 one table per nämnd
W = [15, 54, 18.5, 14.5, 14.5, 14.5, 21, 18]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
RIGHT = 20 + sum(W)
SHADE = (240, 232, 218)


def badge(num, title):
    y0 = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(20, y0)
    pdf.cell(13, 6, num, align="C", fill=True)
    pdf.set_text_color(*ACC)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_xy(36, y0)
    pdf.cell(0, 6, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 7.5)


def col_head():
    y0 = pdf.get_y()
    pdf.set_fill_color(*SHADE)
    pdf.rect(XS[6], y0, W[6], 9, style="F")
    pdf.set_font("Cond", "B", 8.2)
    heads = ["Nr", "Projekt", "Typ", "2027", "2028", "2029", "Summa\n2027–2029", "Totalt\nprojekt¹"]
    for i, h in enumerate(heads):
        pdf.set_xy(XS[i] + 0.8, y0 + (0.6 if "\n" in h else 2.5))
        pdf.multi_cell(W[i] - 1.6, 4, h, align="L" if i < 3 else "R")
    pdf.set_draw_color(50, 50, 50)
    pdf.set_line_width(0.4)
    pdf.line(20, y0, RIGHT, y0)
    pdf.line(20, y0 + 9, RIGHT, y0 + 9)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y0 + 9)


def prow(cells, bold=False):
    y0 = pdf.get_y()
    rh = 5.4
    pdf.set_fill_color(*SHADE)
    pdf.rect(XS[6], y0, W[6], rh, style="F")
    pdf.set_font("Cond", "B" if bold else "", 8.6)
    for i, c in enumerate(cells):
        pdf.set_xy(XS[i] + 0.8, y0 + 0.8)
        pdf.cell(W[i] - 1.6, 4.2, c, align="L" if i < 3 else "R")
    if bold:
        pdf.set_draw_color(50, 50, 50)
        pdf.set_line_width(0.4)
        pdf.line(20, y0, RIGHT, y0)
        pdf.line(20, y0 + rh, RIGHT, y0 + rh)
        pdf.set_line_width(0.2)
    else:
        pdf.set_draw_color(205, 205, 205)
        pdf.line(20, y0 + rh, RIGHT, y0 + rh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y0 + rh)


pdf.add_page()
pdf.h1("Investeringar per nämnd och projekt", size=12.5)
pdf.p("Tabell 2.1–2.6 redovisar varje projekt med belopp i tkr per år.", size=9.4, after=2)
for k, (code, namnd, title, ps) in enumerate(B_COMMITTEES, 1):
    badge(f"2.{k}", title)
    col_head()
    for p in ps:
        prow([p[0], p[1], p[2], gd(p[3]), gd(p[4]), gd(p[5]), g(b_sum(p)), g(b_total_project(p))])
        if p[0] == B_BREAK_AFTER:
            pdf.set_font("Sans", "I", 8)
            pdf.set_y(pdf.get_y() + 1.5)
            pdf.cell(0, 4, f"Tabell 2.{k} fortsätter på nästa sida.", align="R")
            pdf.add_page()
            badge(f"2.{k}", title + " (forts.)")
            col_head()
    s = b_csum(code)
    label = "Summa " + ("tekniska nämnden, skattefinansierat" if code == "TN" else
                        "vatten och avlopp" if code == "VA" else namnd.lower())
    tp = sum(b_total_project(p) for p in ps)
    prow(["", label, "", g(s[0]), g(s[1]), g(s[2]), g(s[3]), g(tp)], bold=True)
    pdf.ln(3.5)
# grand total bar
y0 = pdf.get_y()
pdf.set_fill_color(60, 45, 20)
pdf.rect(20, y0, sum(W), 8, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Cond", "B", 9.2)
pdf.set_xy(XS[1] + 0.8, y0 + 1.8)
pdf.cell(W[1] + W[2], 4.4, "Totalt, samtliga nämnder")
for i, v in enumerate(G):
    pdf.set_xy(XS[3 + i] + 0.8, y0 + 1.8)
    pdf.cell(W[3 + i] - 1.6, 4.4, g(v), align="R")
tp_all = sum(b_total_project(p) for _, _, p in b_projects())
pdf.set_xy(XS[7] + 0.8, y0 + 1.8)
pdf.cell(W[7] - 1.6, 4.4, g(tp_all), align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + 12)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "¹ Totalt projekt omfattar även utgifter som har beslutats och använts före 2027. Typ: Ny = "
               "nytt projekt, Pågående = projekt som startat tidigare år, Reinvestering = årlig ram för ersättning "
               "av befintliga anläggningar, Inkomst = investeringsinkomst (anges med minustecken).", align="L",
               new_x="LMARGIN", new_y="NEXT")

pdf.ln(8)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 3. Driftkonsekvenser, tkr per år", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = []
proj_ = proj
for nr, yr, cap, other in B_DRIFT:
    rows.append([nr, proj[nr][1], str(yr), g(cap), g(other), g(cap + other)])
pdf.ruled_table(["Nr", "Projekt", "Från år", "Kapitalkostnad", "Övrig drift", "Summa"], rows,
                [18, 58, 18, 26, 24, 22], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6,
                lh=4.6, font="Cond", head_fill=SHADE, borders="HORIZONTAL_LINES")
pdf.ln(2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Kapitalkostnaden avser avskrivning och internränta det första hela året. Reningsverkets "
               "kostnader finansieras med VA-taxan. Minustecken anger en minskad driftkostnad.", align="L",
               new_x="LMARGIN", new_y="NEXT")
# ---------------------------------------------------------------- p. 4 the largest projects
pdf.add_page()
pdf.h1("De största projekten", size=12.5)
va1, bun1, bun2, kfn2, tn2 = (proj[n] for n in ("VA-01", "BUN-01", "BUN-02", "KFN-02", "TN-02"))
pdf.h2("Nytt reningsverk i Gäddvik (VA-01)")
pdf.p(f"Det nuvarande reningsverket klarar inte de skärpta kraven på kväverening som gäller från 2030. Det nya "
      f"verket beräknas kosta {g(b_total_project(va1))} tkr, varav {g(va1[6])} tkr har använts till projektering "
      f"före 2027. Under budgetperioden investeras {g(b_sum(va1))} tkr, med {g(va1[4])} tkr under 2028 och "
      f"{g(va1[5])} tkr under 2029. Verket tas i drift under 2030.", size=9.8)
pdf.h2("Ny förskola i Byvalla (BUN-01)")
pdf.p(f"Förskolan får sex avdelningar och ersätter två paviljonger. Projektet beräknas kosta "
      f"{g(b_total_project(bun1))} tkr, och byggstart sker i mars 2027. Förskolan ska tas i bruk i december "
      f"2028. Inventarierna budgeteras separat med {g(proj['BUN-04'][4])} tkr under 2028.", size=9.8)
pdf.h2("Tillbyggnad av Gäddviksskolan (BUN-02)")
pdf.p(f"Skolan byggs ut för årskurs 7–9 när elevantalet i Gäddvik ökar. Tillbyggnaden beräknas kosta "
      f"{g(b_sum(bun2))} tkr och genomförs 2027–2029 i tre etapper.", size=9.8)
pdf.h2("Renovering av Hällbybadet (KFN-02)")
pdf.p(f"Bassängerna, ventilationen och omklädningsrummen renoveras för {g(b_sum(kfn2))} tkr. Badet håller "
      "stängt från september 2028 till maj 2029. Energibesparingen minskar driftkostnaderna något.", size=9.8)
pdf.h2("Ny bro över Mjödån (TN-02)")
pdf.p(B_PASSAGE + f" Kostnaden har räknats upp till {g(b_sum(tn2))} tkr, och bron byggs i stället 2028–2029.",
      size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
