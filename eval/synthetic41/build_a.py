"""(a) Hasslinge kommun – revisionsrapport 2027:2: granskning av samhällsbyggnadsnämndens interna kontroll.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages, slate-blue
accent with amber. P. 1 has no running header: the audit firm's WORDMARK (a drawn mark of THREE ASCENDING BARS beside
"Fältholm Revision" and a grey line "på uppdrag av revisorerna i Hasslinge kommun"), an OUTLINED LETTER-SPACED
LABEL "REVISIONSRAPPORT 2027:2" at the top right, the title, a META GRID of six cells (2 × 3, tiny grey capital
captions over the values, hairlines between the cells), "1 Sammanfattning" with competing figures in running text
(4 / 5 / 3 assessments vs six of eleven in 2024; 14 control steps, 9 carried out vs 11 the year before; 24 of 190
samples = 12,6 % vs 11,5 %; a deficit of 6,8 mnkr on a budget of 214,6 and an outcome of 221,4 vs 3,1 the year
before) and "Bedömningarna i korthet" as a 100 % STACKED BAR with the counts printed in the segments and a legend.
Pp. 2–4 have a running header (report name left, "n/4" right over a hairline) and a GREY FOOTER BAND with the firm
and report name. P. 2: "2 Inledning" SET IN TWO COLUMNS (Bakgrund / Syfte / Metod), "3 Iakttagelser" and Tabell 1,
the samples per control area with a STACKED HEADING ("Granskningen 2026" over Stickprov / Avvikelser / Andel, %;
"Granskningen 2024" over Stickprov / Andel, %; a last column with the signed change in procentenheter), a footnote
mark on the new area with the note under the table, and a bold "Summa" row over a heavy rule; then 3.2 on the risk analysis (the passage). P. 3: Tabell 2, the assessment
per control question (Nr / Kontrollfråga / Bedömning 2024 / Bedömning 2026 / Kommentar) with the four areas as
GROUP ROWS IN SMALL CAPITALS WITH AN AMBER TICK, ZEBRA-STRIPED rows and the 2026 assessment as a ROUNDED OUTLINED
PILL WITH A DRAWN SYMBOL (a filled disc = Uppfyllt, a half disc = Delvis uppfyllt, a ring with a bar = Ej
uppfyllt) before the word; the 2024 assessment in grey. P. 4: "4 Rekommendationer" as a NUMBERED LIST WITH NESTED
"a)" POINTS inside a CALLOUT WITH A THICK AMBER LEFT RULE, "5 Revisorernas ställningstagande", place and date and two
rows of signatures (the auditors, then the firm's experts). Metadata title set.
"""
import datetime as dt

from common41 import HERE, Doc, nb
from data import (A_FIRM, A_DATE, A_GROUPS, A_QUESTIONS, A_STATUSES, A_SAMPLES, A_SAMPLE_NOTE, A_BUDGET, A_PLAN,
                  A_PREV_U, A_PASSAGE, A_RECS, A_AUDITORS, A_EXPERTS, U, DU, EU, a_counts, a_q_cells,
                  a_sample_cells, a_sample_tot, a_sample_tot_cells, d1, dmy)

OUT = HERE / "hasslinge-revisionsrapport-intern-kontroll-sbn-2027.pdf"
ACC = (46, 64, 92)
AMBER = (214, 150, 30)
GREY = (110, 110, 110)
ZEBRA = (243, 245, 248)
NUM = {3: "tre", 4: "fyra", 5: "fem", 6: "sex", 9: "nio", 11: "elva", 12: "tolv", 14: "fjorton"}


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(10)
        self.set_font("Sans", "", 8)
        self.set_text_color(*ACC)
        self.cell(120, 5, "Hasslinge kommun · Revisionsrapport 2027:2")
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.page_no()}/4", align="R", new_x="LMARGIN", new_y="NEXT")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, ACC)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_fill_color(236, 236, 236)
        self.rect(0, self.h - 13, self.w, 13, style="F")
        self.set_y(-9.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"{A_FIRM} · Granskning av samhällsbyggnadsnämndens interna kontroll", align="L")
        self.set_text_color(0, 0, 0)


pdf = ADoc("", font="liberation", serif=True, accent=ACC, justify=True,
           title="Hasslinge kommun – Revisionsrapport 2027:2 Granskning av samhällsbyggnadsnämndens interna kontroll",
           author="Revisorerna i Hasslinge kommun", created=dt.datetime(2027, 3, 18, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 24, 22)
pdf.set_auto_page_break(True, 20)
cnt = a_counts()
n_all, dev_all, sh_all, n4, sh4 = a_sample_tot()
budget, outcome, prev_def = A_BUDGET

# ---------------------------------------------------------------- p. 1
pdf.add_page()
# wordmark: three ascending bars
for k, hgt in enumerate((4, 6.5, 9)):
    pdf.set_fill_color(*(ACC if k < 2 else AMBER))
    pdf.rect(22 + k * 3.2, 23 - hgt, 2.3, hgt, style="F")
pdf.set_xy(33, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(60, 6, "Fältholm Revision")
pdf.set_xy(33, 19.5)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(80, 4, "på uppdrag av revisorerna i Hasslinge kommun")
# outlined label
pdf.set_font("Sans", "B", 8.5)
pdf.set_char_spacing(1.4)
lab = "REVISIONSRAPPORT 2027:2"
lw = pdf.get_string_width(lab) + 8
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.rect(188 - lw, 13, lw, 8)
pdf.set_xy(188 - lw, 13)
pdf.set_text_color(*ACC)
pdf.cell(lw, 8, lab, align="C")
pdf.set_char_spacing(0)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)
pdf.set_y(40)
pdf.set_font("Sans", "B", 21)
pdf.set_text_color(*ACC)
pdf.multi_cell(150, 9.5, "Granskning av samhällsbyggnadsnämndens interna kontroll", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 11)
pdf.ln(1)
pdf.cell(0, 6, "Hasslinge kommun · Räkenskapsåret 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
meta = [("GRANSKAD NÄMND", "Samhällsbyggnadsnämnden"), ("BESTÄLLARE", "De förtroendevalda revisorerna"),
        ("DATUM", dmy(A_DATE)), ("UTFÖRD AV", A_FIRM), ("GRANSKNINGSPERIOD", "oktober 2026–februari 2027"),
        ("DIARIENUMMER", "REV 2027/4")]
y0 = pdf.get_y()
cw, ch = 166 / 3, 12
for k, (cap, val) in enumerate(meta):
    r, c = divmod(k, 3)
    x, y = 22 + c * cw, y0 + r * ch
    pdf.set_xy(x + 1.5, y + 1.2)
    pdf.set_font("Sans", "", 6.4)
    pdf.set_text_color(*GREY)
    pdf.cell(cw - 3, 3.5, cap)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.set_font("Sans", "", 9.2)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(cw - 3, 5, val)
for r in range(3):
    pdf.hline(22, 188, y0 + r * ch, 0.2, (170, 170, 170))
for c in (1, 2):
    pdf.vline(22 + c * cw, y0, y0 + 2 * ch, 0.2, (170, 170, 170))
pdf.set_y(y0 + 2 * ch + 6)
pdf.h1("1 Sammanfattning", size=13)
pdf.p("Revisorerna i Hasslinge kommun har låtit granska om samhällsbyggnadsnämnden har en tillräcklig intern kontroll. "
      "Vår samlade bedömning är att nämndens interna kontroll inte är tillräcklig, främst eftersom planen saknar "
      "en dokumenterad riskanalys och nämnden inte beslutar om åtgärder när brister upptäcks.")
pdf.p(f"Av granskningens {NUM[len(A_QUESTIONS)]} kontrollfrågor bedömer vi {NUM[cnt[U]]} som uppfyllda, "
      f"{NUM[cnt[DU]]} som delvis uppfyllda och {NUM[cnt[EU]]} som ej uppfyllda. Vid den förra granskningen 2024 "
      f"bedömdes {NUM[A_PREV_U]} av {NUM[sum(1 for q in A_QUESTIONS if q[3])]} frågor som uppfyllda.")
pdf.p(f"Nämndens internkontrollplan för 2026 innehöll {A_PLAN[0]} kontrollmoment, varav {A_PLAN[1]} genomfördes och "
      f"rapporterades till nämnden ({A_PLAN[2]} under 2025). I våra stickprov fann vi avvikelser i {dev_all} av "
      f"{n_all} granskade poster, eller {d1(sh_all)} procent, mot {d1(sh4)} procent vid granskningen 2024.")
pdf.p(f"Samhällsbyggnadsnämnden redovisade för 2026 ett underskott på {d1(outcome - budget)} mnkr mot en budget på "
      f"{d1(budget)} mnkr; utfallet blev {d1(outcome)} mnkr. Året innan var underskottet {d1(prev_def)} mnkr. "
      f"Underskottet ingår inte i granskningen men visar att uppföljningen av ekonomin också behöver stärkas.")
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Bedömningarna i korthet (12 kontrollfrågor, 2026)", new_x="LMARGIN", new_y="NEXT")
COL = {U: (58, 125, 80), DU: (222, 160, 40), EU: (185, 50, 45)}
bx, by, bw, bh = 22, pdf.get_y() + 2, 166, 9
x = bx
for s in A_STATUSES:
    w = bw * cnt[s] / len(A_QUESTIONS)
    pdf.set_fill_color(*COL[s])
    pdf.rect(x, by, w, bh, style="F")
    pdf.set_xy(x, by)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(w, bh, str(cnt[s]), align="C")
    x += w
pdf.set_text_color(0, 0, 0)
ly = by + bh + 3
x = bx
for s in A_STATUSES:
    pdf.set_fill_color(*COL[s])
    pdf.rect(x, ly + 0.8, 3, 3, style="F")
    pdf.set_xy(x + 4, ly)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(40, 4.6, s)
    x += 45

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("2 Inledning", size=13)
cols = [
    ("Bakgrund", "Nämnderna ansvarar enligt kommunallagen för att den interna kontrollen är tillräcklig och att "
                 "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Samhällsbyggnadsnämnden "
                 "omorganiserades den 1 januari 2026, då bygglov, mark och exploatering samlades i en "
                 "förvaltning. Revisorerna har därför bedömt att granskningen är väsentlig."),
    ("Syfte och revisionsfrågor", "Syftet är att bedöma om nämnden har en ändamålsenlig styrning, uppföljning och "
                                  "kontroll av sin verksamhet. Granskningen besvarar tolv kontrollfrågor inom fyra "
                                  "områden: styrning och ansvar, riskanalys, kontrollaktiviteter samt uppföljning "
                                  "och rapportering."),
    ("Metod och avgränsning", "Vi har läst styrdokument, protokoll och uppföljningar, intervjuat nämndens presidium, "
                              "förvaltningschefen och fyra enhetschefer och gjort stickprov i sex kontrollområden. "
                              "Granskningen avser räkenskapsåret 2026. Nämndens ekonomiska resultat ingår inte."),
]
colw, gap = 80, 6
y0 = pdf.get_y()
ys = [y0, y0]
for k, (h, t) in enumerate(cols):
    c = 0 if k < 1 else 1
    pdf.set_xy(22 + c * (colw + gap), ys[c])
    pdf.set_font("Sans", "B", 9.8)
    pdf.multi_cell(colw, 5, h, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(colw, 4.7, t, align="J", new_x="LEFT", new_y="NEXT")
    ys[c] = pdf.get_y() + 3
pdf.vline(22 + colw + gap / 2, y0, max(ys) - 3, 0.2, (190, 190, 190))
pdf.set_y(max(ys) + 2)
pdf.h1("3 Iakttagelser", size=13)
pdf.h2("3.1 Stickprov")
pdf.p("Vi har gjort stickprov i sex kontrollområden. En avvikelse innebär att en post inte har hanterats enligt "
      "gällande regler, till exempel att en faktura har attesterats av fel person eller att ett delegationsbeslut "
      "inte har anmälts till nämnden. Tabell 1 jämför resultatet med granskningen 2024.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Stickprov och avvikelser per kontrollområde", new_x="LMARGIN", new_y="NEXT")
W1 = [50, 18, 20, 18, 18, 18, 24]
A1 = ["L", "R", "R", "R", "R", "R", "R"]
X0 = 22
TW = sum(W1)
y = pdf.get_y() + 1
# stacked heading
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(X0 + W1[0], y)
pdf.cell(sum(W1[1:4]), 4.6, "Granskningen 2026", align="C")
pdf.set_xy(X0 + sum(W1[:4]), y)
pdf.cell(sum(W1[4:6]), 4.6, "Granskningen 2024", align="C")
pdf.hline(X0 + W1[0] + 2, X0 + sum(W1[:4]) - 2, y + 4.8, 0.3, ACC)
pdf.hline(X0 + sum(W1[:4]) + 2, X0 + sum(W1[:6]) - 2, y + 4.8, 0.3, ACC)
y += 5.4
h = pdf.row(X0, y, W1, A1, ["Kontrollområde", "Stickprov", "Avvikelser", "Andel, %", "Stickprov", "Andel, %",
                          "Förändring, %-enheter"],
            font="Cond", style="B", size=8.6)
y += h
pdf.hline(X0, X0 + TW, y, 0.6, ACC)
for s in A_SAMPLES:
    h = pdf.row(X0, y, W1, A1, a_sample_cells(s), font="Cond", size=9)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y, 0.6, ACC)
h = pdf.row(X0, y, W1, A1, a_sample_tot_cells(), font="Cond", style="B", size=9)
y += h
pdf.hline(X0, X0 + TW, y, 0.3, ACC)
pdf.set_xy(X0, y + 1.2)
pdf.set_font("Sans", "", 7.4)
pdf.cell(TW, 3.8, A_SAMPLE_NOTE, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 8)
pdf.p("Andelen avvikelser ökade mest för representation och kurser och för direktupphandlingar. För "
      "delegationsbesluten och debiteringen av bygglovsavgifter minskade andelen jämfört med 2024.", size=9.8)
pdf.h2("3.2 Riskanalys och internkontrollplan")
pdf.p(f"Vi bedömer att kontrollfråga 4 inte är uppfylld. Det beror på att {A_PASSAGE}. Förvaltningschefen uppger "
      f"att arbetet med analysen sköts upp på grund av omorganisationen.", size=9.8)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.p("Tabell 2 sammanfattar vår bedömning av varje kontrollfråga. Bedömningen från granskningen 2024 visas för "
      "jämförelse; fråga 5 ställdes inte då.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Bedömning per kontrollfråga", new_x="LMARGIN", new_y="NEXT")
W2 = [9, 56, 27, 32, 42]
A2 = ["C", "L", "L", "L", "L"]
TW2 = sum(W2)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W2, A2, ["Nr", "Kontrollfråga", "Bedömning 2024", "Bedömning 2026", "Kommentar"], font="Cond",
            style="B", size=8.6, fills=[ACC] * 5, color=(255, 255, 255))
y += h


def pill(x, y, w, status):
    col = COL[status]
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.35)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, w, 5.2, style="FD", round_corners=True, corner_radius=2.6)
    cx, cy, r = x + 3.2, y + 2.6, 1.4
    pdf.set_fill_color(*col)
    if status == U:
        pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="F")
    elif status == DU:
        pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="D")
        pdf.rect(cx - r, cy - r + 0.02, r, 2 * r - 0.04, style="F")
        pdf.set_fill_color(255, 255, 255)
    else:
        pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="D")
        pdf.line(cx - r * 0.7, cy + r * 0.7, cx + r * 0.7, cy - r * 0.7)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


k = 0
for grp in A_GROUPS:
    pdf.set_fill_color(*AMBER)
    pdf.rect(X0, y + 1.6, 1.6, 3.6, style="F")
    pdf.set_xy(X0 + 3, y + 1)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_char_spacing(0.8)
    pdf.set_text_color(*ACC)
    pdf.cell(TW2 - 3, 5, grp.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 6.4
    pdf.hline(X0, X0 + TW2, y, 0.2, ACC)
    for q in [q for q in A_QUESTIONS if q[0] == grp]:
        cells = a_q_cells(q)
        cells_draw = list(cells)
        cells_draw[3] = "      " + cells[3]
        hh = pdf.row_h(W2, cells_draw, font="Cond", size=8.8, lh=4.1, vpad=1.6)
        if k % 2 == 0:
            pdf.set_fill_color(*ZEBRA)
            pdf.rect(X0, y, TW2, hh, style="F")
        pill(X0 + sum(W2[:3]) + 0.8, y + 1.1, W2[3] - 1.6, q[4])
        pdf.row(X0, y, W2, A2, cells_draw, font="Cond", size=8.8, lh=4.1, vpad=1.6,
                colors=[None, None, GREY, None, None], h=hh)
        y += hh
        k += 1
    pdf.hline(X0, X0 + TW2, y, 0.2, (170, 170, 170))
pdf.hline(X0, X0 + TW2, y, 0.6, ACC)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW2, 3.7, "Uppfyllt = kontrollfrågan besvaras jakande utan väsentliga brister. Delvis uppfyllt = "
               "brister finns men är inte avgörande. Ej uppfyllt = väsentliga brister. – = frågan ingick inte "
               "i granskningen 2024.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.p("Jämfört med 2024 har bedömningen blivit sämre för sex frågor och bättre för två. Försämringen gäller framför "
      "allt kontrollaktiviteterna, där flera moment inte genomfördes under omorganisationen.", size=9.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Rekommendationer", size=13)
pdf.p("Utifrån granskningens iakttagelser lämnar vi följande rekommendationer till samhällsbyggnadsnämnden:", size=9.8)
y0 = pdf.get_y()
pdf.set_left_margin(30)
pdf.set_x(30)
pdf.set_font("Serif", "", 9.8)
for i, (t, subs) in enumerate(A_RECS, 1):
    pdf.set_x(30)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(7, 5, f"{i}.")
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(pdf.w - 22 - 37, 5, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
    for j, s in enumerate(subs):
        pdf.set_x(37)
        pdf.cell(6, 5, f"{'abcdef'[j]})")
        pdf.multi_cell(pdf.w - 22 - 43, 5, nb(s), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.set_left_margin(22)
y1 = pdf.get_y()
pdf.set_fill_color(*AMBER)
pdf.rect(24, y0 - 1, 1.8, y1 - y0, style="F")
pdf.set_fill_color(250, 246, 236)
pdf.ln(3)
pdf.h1("5 Revisorernas ställningstagande", size=13)
pdf.p("Revisorerna ställer sig bakom rapportens bedömningar och rekommendationer. Vi begär att nämnden "
      "senast den 30 juni 2027 lämnar ett skriftligt svar med de åtgärder nämnden avser "
      "att vidta och när de ska vara genomförda. Rapporten sänds för kännedom till kommunstyrelsen och "
      "kommunfullmäktiges presidium.", size=9.8)
pdf.ln(3)
pdf.set_font("Serif", "", 9.8)
pdf.cell(0, 5, f"Hasslinge den {dmy(A_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 9)
pdf.ln(2)
pdf.cell(0, 5, "För revisorerna i Hasslinge kommun", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{n}\n{r.capitalize()}" for n, r in A_AUDITORS])
pdf.ln(4)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, f"{A_FIRM}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{n}\n{r.capitalize()}" for n, r in A_EXPERTS])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
