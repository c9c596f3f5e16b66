"""(a) Tyllinge kommun – kommunstyrelsen: uppföljning av internkontrollplan 2026.

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait. P. 1: title under a thin double rule, a
KEY–VALUE BOX WITH A THICK LEFT ACCENT BAR on a pale ground, the summary with competing counts, and "Resultat per
process" – a small table whose last column is a HORIZONTAL STACKED BAR (green = utan anmärkning, red = med
anmärkning) drawn beside the counts. Pp. 2–3: Tabell 2, the control points grouped by process: each process opens
with a PROCESS HEADING LINE – a filled square with the process letter in white, the process name in bold and the
number of control points at the right. The table has a TWO-ROW HEADING ("Riskbedömning 2026" over S / K / RV, and
"Ny bedömning" over "RV 2027"), hairline rules between rows and no vertical lines. The Kontrollpunkt cell holds
the control point and, under it, a GREY ITALIC "Metod:" line. The result is coloured text (green "Utan
anmärkning", red bold "Med anmärkning"). The table breaks inside process C; p. 3 repeats caption "(forts.)", both
heading rows and "C Personal och lön (forts.)". P. 3 also has "Iakttagelser och åtgärder" as a numbered list
with bold run-in control numbers and deadlines written "31 mars 2027" or "2027-04-30". P. 4: changes for 2027,
the proposal as att-clauses and a signature. Metadata title set.
"""
import datetime as dt

from common26 import HERE, Doc, nb
from data import (A_PROCESSES, A_BREAK_AFTER, A_FINDINGS, A_MED, A_PASSAGE, A_FREQS, a_points, a_rv, a_counts,
                  a_deadline)

OUT = HERE / "tyllinge-ks-uppfoljning-internkontroll-2026.pdf"
ACC = (20, 70, 110)
GREEN = (40, 120, 60)
RED = (185, 30, 30)
pdf = Doc("Tyllinge kommun", "Uppföljning av intern kontroll 2026", "Sida {p} av 4", font="liberation",
          accent=ACC, title="Uppföljning av internkontrollplan 2026 – kommunstyrelsen", author="Tyllinge kommun",
          foot="Tyllinge kommun · Kommunledningsförvaltningen · Dnr KS 2027/0041",
          created=dt.datetime(2027, 2, 8, 10, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
cnt = a_counts()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
pdf.line(20, y + 1.2, 190, y + 1.2)
pdf.set_y(y + 4)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*ACC)
pdf.multi_cell(0, 8.5, "Uppföljning av internkontrollplan 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(0, 5.5, "Kommunstyrelsen och kommunledningsförvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
# key-value box with left accent bar
y0 = pdf.get_y()
rows = [("Ärende", "Rapport om resultatet av den interna kontrollen 2026"),
        ("Diarienummer", "KS 2027/0041"),
        ("Datum", "2027-02-08"),
        ("Behandlas", "Kommunstyrelsen 23 februari 2027"),
        ("Handläggare", "Ingrid Mattsson, controller")]
pdf.set_fill_color(238, 243, 248)
pdf.rect(20, y0, 170, len(rows) * 5.4 + 4, style="F")
pdf.set_fill_color(*ACC)
pdf.rect(20, y0, 2.2, len(rows) * 5.4 + 4, style="F")
yy = y0 + 2
for k, v in rows:
    pdf.set_xy(26, yy)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(30, 5.4, k)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(130, 5.4, v)
    yy += 5.4
pdf.set_y(yy + 6)
pdf.h1("Sammanfattning", size=12.5)
pdf.p("Kommunstyrelsen ansvarar för att det finns en tillräcklig intern kontroll och följer varje år upp den plan "
      "som har beslutats. Kontrollerna har genomförts av de ansvariga enligt planen och resultatet har "
      "sammanställts av ekonomiavdelningen.", size=9.8)
f = cnt["freq"]
pdf.p(f"Planen för 2026 omfattade {cnt['n']} kontrollpunkter inom {len(A_PROCESSES)} processer. "
      f"{cnt['utan']} kontrollpunkter redovisas utan anmärkning och {cnt['med']} med anmärkning. "
      f"{f['Månadsvis']} kontroller har gjorts månadsvis, {f['Kvartalsvis']} kvartalsvis och {f['Årsvis']} "
      f"årsvis. Inför 2027 föreslås riskvärdet höjas för {cnt['up']} kontrollpunkter och sänkas för "
      f"{cnt['down']}.", size=9.8)
pdf.p("Anmärkningarna gäller främst upphandling och inköp samt behörigheter i IT-systemen. Ingen av bristerna "
      "bedöms vara så allvarlig att den måste rapporteras särskilt till kommunfullmäktige.", size=9.8)
pdf.h2("Tabell 1. Resultat per process")
W1 = [62, 26, 22, 22, 38]
X1 = [20]
for w in W1[:-1]:
    X1.append(X1[-1] + w)
y = pdf.get_y()
pdf.set_font("Cond", "B", 8.8)
for x, w, h, a in zip(X1, W1, ["Process", "Kontrollpunkter", "Utan anm.", "Med anm.", "Andel med anmärkning"],
                      "LRRRL"):
    pdf.set_xy(x + (3 if a == "L" and x > 20 else 0), y)
    pdf.cell(w - 1, 5, h, align=a)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.4)
pdf.line(20, y + 5.6, 190, y + 5.6)
pdf.set_line_width(0.2)
y += 6.5
for letter, proc, pts in A_PROCESSES:
    med = sum(1 for p in pts if p[7] == A_MED)
    pdf.set_font("Cond", "", 8.8)
    for x, w, v, a in zip(X1, W1, [f"{letter} {proc}", str(len(pts)), str(len(pts) - med), str(med)], "LRRR"):
        pdf.set_xy(x, y)
        pdf.cell(w - 1, 5, v, align=a)
    bx, bw = X1[4] + 3, W1[4] - 4
    pdf.set_fill_color(*GREEN)
    pdf.rect(bx, y + 1, bw * (len(pts) - med) / len(pts), 3, style="F")
    pdf.set_fill_color(*RED)
    pdf.rect(bx + bw * (len(pts) - med) / len(pts), y + 1, bw * med / len(pts), 3, style="F")
    y += 5.4
pdf.set_draw_color(150, 150, 150)
pdf.line(20, y + 0.3, 190, y + 0.3)
pdf.set_font("Cond", "B", 8.8)
for x, w, v, a in zip(X1, W1, ["Totalt", str(cnt["n"]), str(cnt["utan"]), str(cnt["med"])], "LRRR"):
    pdf.set_xy(x, y + 0.8)
    pdf.cell(w - 1, 5, v, align=a)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 9)
pdf.set_font("Sans", "I", 8.2)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Stapeln visar fördelningen mellan kontrollpunkter utan anmärkning (grönt) och med "
               "anmärkning (rött) inom varje process.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 Tabell 2
W = [9, 55, 29, 19, 7, 7, 9, 23, 12]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
CAP = "Tabell 2. Kontrollpunkter och resultat 2026"


def heading(cont):
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, CAP + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.5)
    pdf.line(20, y, RIGHT, y)
    pdf.set_line_width(0.2)
    pdf.set_font("Cond", "B", 8.4)
    # upper heading row
    pdf.set_xy(X[4], y + 0.6)
    pdf.cell(W[4] + W[5] + W[6], 4, "Riskbedömning 2026", align="C")
    pdf.set_xy(X[8] - 2, y + 0.6)
    pdf.cell(W[8] + 2, 4, "Ny bedömning", align="R")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(X[4] + 0.8, y + 4.9, X[7] - 0.8, y + 4.9)
    pdf.line(X[8] + 0.8, y + 4.9, RIGHT, y + 4.9)
    for i, h in enumerate(["Nr", "Kontrollpunkt och metod", "Ansvarig", "Frekvens", "S", "K", "RV", "Resultat",
                           "RV 2027"]):
        pdf.set_xy(X[i], y + 5.4)
        pdf.cell(W[i], 4.2, h, align="C" if i in (4, 5, 6, 8) else "L")
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.5)
    pdf.line(20, y + 10.2, RIGHT, y + 10.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 11)


def proc_line(letter, proc, n, cont=False):
    y = pdf.get_y() + 1.2
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y, 5.2, 5.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(20, y + 0.1)
    pdf.cell(5.2, 5, letter, align="C")
    pdf.set_text_color(*ACC)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(27, y + 0.1)
    pdf.cell(110, 5, proc + (" (forts.)" if cont else ""))
    pdf.set_font("Cond", "", 8.4)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(140, y + 0.1)
    pdf.cell(RIGHT - 140, 5, f"{n} kontrollpunkter", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 6.8)


def row(pt):
    nr, kp, metod, ans, frek, s, k, res, rv27 = pt
    y = pdf.get_y() + 0.8
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(X[0], y)
    pdf.cell(W[0], 4.2, nr)
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X[1], y)
    pdf.multi_cell(W[1] - 1.5, 4.2, nb(kp), align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Cond", "I", 7.8)
    pdf.set_text_color(100, 100, 100)
    pdf.set_x(X[1])
    pdf.multi_cell(W[1] - 1.5, 3.7, nb("Metod: " + metod), align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y_end = pdf.get_y()
    pdf.set_font("Cond", "", 8.6)
    for i, v in ((2, ans), (3, frek)):
        pdf.set_xy(X[i], y)
        pdf.cell(W[i], 4.2, v)
    for i, v in ((4, str(s)), (5, str(k)), (6, str(s * k))):
        pdf.set_xy(X[i], y)
        pdf.set_font("Cond", "B" if i == 6 else "", 8.6)
        pdf.cell(W[i], 4.2, v, align="C")
    pdf.set_xy(X[7], y)
    if res == A_MED:
        pdf.set_font("Cond", "B", 8.6)
        pdf.set_text_color(*RED)
    else:
        pdf.set_font("Cond", "", 8.6)
        pdf.set_text_color(*GREEN)
    pdf.cell(W[7], 4.2, res)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "B" if rv27 != s * k else "", 8.6)
    pdf.set_xy(X[8], y)
    pdf.cell(W[8], 4.2, str(rv27), align="C")
    y_end += 1
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y_end, RIGHT, y_end)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y_end)


pdf.add_page()
pdf.h1("Kontrollpunkter och resultat", size=12.5)
pdf.p("Tabellen redovisar varje kontrollpunkt med ansvarig, frekvens, riskbedömningen i planen för 2026 och "
      "resultatet. S är sannolikhet och K konsekvens på en skala från 1 till 4; riskvärdet (RV) är S × K. "
      "Kolumnen RV 2027 visar förvaltningens nya bedömning inför nästa års plan (fetstil när den har ändrats).",
      size=9.4)
heading(False)
broke = False
for letter, proc, pts in A_PROCESSES:
    proc_line(letter, proc, len(pts))
    for pt in pts:
        row(pt)
        if pt[0] == A_BREAK_AFTER:
            pdf.ln(2)
            pdf.set_font("Sans", "I", 8.2)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            heading(True)
            proc_line(letter, proc, len(pts), cont=True)
pdf.ln(3)
pdf.h1("Iakttagelser och åtgärder", size=12.5)
pdf.p(f"För de {cnt['med']} kontrollpunkter som fick anmärkning redovisas här vad kontrollen visade och vilka "
      "åtgärder som ska vidtas. Den ansvarige för kontrollpunkten ansvarar också för åtgärden.", size=9.4)
pts = {pt[0]: pt for _, _, pt in a_points()}
for i, fd in enumerate(A_FINDINGS, 1):
    pdf.need(16)
    pdf.set_font("Sans", "", 9.2)
    pdf.set_x(20)
    pdf.cell(7, 4.6, f"{i}.")
    txt = (f"**{fd[0]} {pts[fd[0]][1]}.** {fd[1]} Åtgärd: {fd[2]} Klart senast {a_deadline(fd)}.")
    pdf.multi_cell(163, 4.6, nb(txt), align="L", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

# ---------------------------------------------------------------- p. 4 (after the last observations)
pdf.ln(2)
pdf.h1("Förändringar inför internkontrollplan 2027", size=12.5)
pdf.p(A_PASSAGE, size=9.8)
pdf.p("Riskvärdet höjs också för representation och måltider, för löneutbetalningar efter avslutad anställning "
      "och för diarieföringen, eftersom kontrollerna visade brister som inte hade upptäckts tidigare.", size=9.8)
pdf.p("Riskvärdet sänks för inköpskorten, för återläsningen av säkerhetskopior och för "
      "personuppgiftsbiträdesavtalen. Återläsning testas numera automatiskt varje vecka, och avtal finns nu för "
      "alla system som behandlar personuppgifter.", size=9.8)
pdf.p("Kontrollpunkter med riskvärde 12 eller högre ska följas upp i varje delårsrapport under 2027. "
      "Kontrollpunkter utan anmärkning två år i rad och med riskvärde under 6 kan tas bort ur planen.", size=9.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen beslutar", [
    "godkänna uppföljningen av internkontrollplanen för 2026,",
    "uppdra åt kommundirektören att se till att åtgärderna genomförs inom angiven tid och att redovisa "
    "läget i delårsrapporten per augusti 2027, samt",
    "beakta de nya riskbedömningarna när internkontrollplanen för 2027 fastställs."])
pdf.ln(10)
y = pdf.get_y()
for k, (name, role) in enumerate((("Tomas Ylander", "kommundirektör"), ("Ingrid Mattsson", "controller"))):
    x = 20 + k * 88
    pdf.line(x, y, x + 70, y)
    pdf.set_xy(x, y + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 5, f"{name}, {role}")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
