"""(f) Cedvinge kommun – socialförvaltningen, arbetsmarknadsenheten: uppföljning 2026 (rapport till socialnämnden),
with the programme table as a SCANNED Bilaga 1.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, plum and apricot. P. 1 has no running
header: a DRAWN STAIRCASE MARK (three plum steps rising to the right with an apricot dot above the top step) beside
"CEDVINGE KOMMUN / Socialförvaltningen · Arbetsmarknadsenheten", a plum rule, the title, a key–value block,
"Sammanfattning" with competing figures in running text that do NOT repeat the scanned table (456 unique participants
vs 437; net cost 32 109 vs the budget 30 800 tkr, a deficit of 1 309) and a pointer to Bilaga 1, and "Om
uppföljningen" as a "•" list. **P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan44.py): Bilaga 1, a PRINTOUT
FROM THE CASE-MANAGEMENT SYSTEM in a MONOSPACED FONT with an ASCII-RULED table (Insats / Delt 2025 / Delt 2026 /
Avslut / Arbete / Studier / Andel %, a Summa row between "=" rules), notes and "*** Slut på rapport ***"; the torn top
right corner MENDED WITH TWO STRIPS OF TRANSPARENT TAPE; ballpoint "Bilaga 1" circled, a bracket beside the table and
"jmf mål 50 %" with an arrow; rotated +0.7°, uneven paper tone, blur, grain and specks. Pp. 3–4 have a running header
with a plum square. P. 3: "2 Deltagarna" with Tabell 2 (unique participants by age group and sex, a bold Totalt row)
and beside it Figur 2, a BUBBLE MATRIX (age groups × women/men, circle areas proportional to the counts, the counts
printed in the circles); "3 Ekonomi" with Tabell 3 (Budget / Utfall / Avvikelse in tkr, costs negative with "−",
NEGATIVE DEVIATIONS IN RED, a bold "Nettokostnad" row over a double rule). P. 4: "4 Analys" (the passage on the
extratjänster), "5 Åtgärder 2027" as a NUMBERED LIST, and two signature lines. No metadata title. None of the figures of
the scanned table is repeated in the text layer.
"""
import datetime as dt
import math

from common44 import HERE, Doc
from data import (F_AGE, F_ECON, F_PASSAGE, F_DNR, F_DATE, F_HEAD, F_CHIEF, F_ACTIONS, F_UNIQUE_2025,
                  f_age_cells, f_age_total_cells, f_econ_cells, f_econ_net, f_sentences, g)
from scan44 import render

OUT = HERE / "cedvinge-arbetsmarknadsenheten-uppfoljning-2026.pdf"
PLUM = (104, 38, 88)
APRICOT = (240, 150, 90)
RED = (190, 30, 40)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        if self.page_no() in self.no_furniture:
            return
        self.set_fill_color(*PLUM)
        self.rect(self.l_margin, 11, 3.2, 3.2, style="F")
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*PLUM)
        self.set_xy(self.l_margin + 5, 10.6)
        self.cell(80, 4, "Cedvinge kommun · Arbetsmarknadsenheten")
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw - 85, 4, f"Uppföljning 2026 · sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.2, 0.3, PLUM)
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = FDoc("Cedvinge kommun", font="liberation", serif=False, accent=PLUM, foot="", justify=False,
           created=dt.datetime(2027, 2, 9, 13, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for k in range(3):
    pdf.set_fill_color(*PLUM)
    pdf.rect(22 + k * 4.2, 28 - (k + 1) * 3.6, 4.2, (k + 1) * 3.6, style="F")
pdf.set_fill_color(*APRICOT)
pdf.circle(22 + 2 * 4.2 + 2.1, 28 - 3 * 3.6 - 3.2, 1.7, style="F")
pdf.set_xy(39, 15.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*PLUM)
pdf.cell(0, 6, "CEDVINGE KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.2)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4.6, "Socialförvaltningen · Arbetsmarknadsenheten", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.8, PLUM)
pdf.set_y(39)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Arbetsmarknadsenhetens uppföljning 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 6, "Rapport till socialnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Handläggare", f"{F_HEAD[0]}, {F_HEAD[1]}"),
        ("Till", "Socialnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = f_sentences()
pdf.p("Arbetsmarknadsenheten erbjuder kommunala arbetsmarknadsinsatser för personer som står långt från "
      f"arbetsmarknaden, i första hand personer med försörjningsstöd och unga utan gymnasieexamen. {s[0]}", size=10)
pdf.p(f"{s[1]} Underskottet beror främst på lägre ersättningar från Arbetsförmedlingen och högre lönekostnader för "
      "deltagare i kommunala visstidsanställningar.", size=10)
pdf.p("Antalet deltagare, avslutade insatser och hur många som gick vidare till arbete eller studier redovisas per "
      "insats i bilaga 1, som är en utskrift ur verksamhetssystemet. Andelen som gick till arbete eller studier "
      "nådde inte enhetens mål om minst hälften av de avslutade insatserna, men skillnaderna mellan insatserna är "
      "stora.", size=10)
pdf.h1("Om uppföljningen", size=12.5)
pdf.bullets(["Uppföljningen omfattar kalenderåret 2026.",
             "En person räknas en gång per insats. Samma person kan därför finnas i flera insatser.",
             "Utfall efter avslut avser situationen vid avslutet, inte efter sex månader.",
             "Ekonomin redovisas i tusentals kronor (tkr)."], size=10)

# ---------------------------------------------------------------- p. 2: the scanned Bilaga 1
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("2 Deltagarna", size=12.5)
pdf.p(f"Tabell 2 visar de unika deltagarna under 2026 efter ålder och kön. Året innan var de {g(F_UNIQUE_2025)}. "
      "Nästan fyra av tio deltagare var mellan 25 och 39 år.", size=10)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Tabell 2. Unika deltagare 2026 efter ålder och kön", new_x="LMARGIN", new_y="NEXT")
WID = [28, 20, 20, 20]
AL = ["L", "R", "R", "R"]
y = pdf.get_y() + 1
ytab = y
pdf.hline(22, 22 + sum(WID), y, 0.8, PLUM)
h = pdf.row(22, y + 0.3, WID, AL, ["Ålder", "Kvinnor", "Män", "Totalt"], style="B", size=9, font="Cond")
y += 0.3 + h
pdf.hline(22, 22 + sum(WID), y, 0.3, PLUM)
for a in F_AGE:
    h = pdf.row(22, y, WID, AL, f_age_cells(a), size=9.4, font="Cond", vpad=1.6)
    y += h
    pdf.hline(22, 22 + sum(WID), y, 0.1, (200, 200, 200))
pdf.hline(22, 22 + sum(WID), y, 0.3, PLUM)
h = pdf.row(22, y, WID, AL, f_age_total_cells(), size=9.4, font="Cond", style="B", vpad=1.6)
y += h
pdf.hline(22, 22 + sum(WID), y, 0.8, PLUM)
# Figur 2: bubble matrix beside the table
bx0 = 22 + sum(WID) + 14
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(bx0, ytab - 6)
pdf.cell(70, 5, "Figur 2. Unika deltagare 2026")
mx = max(max(a[1], a[2]) for a in F_AGE)
for r, a in enumerate(F_AGE):
    cy = ytab + 7 + r * 13
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(bx0, cy - 2)
    pdf.cell(18, 4, a[0])
    for c, (v, col) in enumerate(((a[1], PLUM), (a[2], APRICOT))):
        cx = bx0 + 30 + c * 20
        rad = 6.2 * math.sqrt(v / mx)
        pdf.set_fill_color(*col)
        pdf.circle(cx, cy, rad, style="F")
        pdf.set_font("Sans", "B", 7.4)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(cx - 5, cy - 1.8)
        pdf.cell(10, 3.6, g(v), align="C")
        pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 7.8)
for c, lab in enumerate(("Kvinnor", "Män")):
    pdf.set_xy(bx0 + 30 + c * 20 - 8, ytab + 7 + 4 * 13 - 4)
    pdf.cell(16, 4, lab, align="C")
pdf.set_y(max(y, ytab + 7 + 4 * 13 + 2) + 6)
pdf.h1("3 Ekonomi", size=12.5)
b, o, dev = f_econ_net()
pdf.p("Tabell 3 visar enhetens budget och utfall för 2026. Kostnader anges med minustecken. En negativ avvikelse "
      "innebär att utfallet är sämre än budget.", size=10)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Tabell 3. Budget och utfall 2026, tkr", new_x="LMARGIN", new_y="NEXT")
WID3 = [76, 28, 28, 30]
AL3 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(22, 22 + sum(WID3), y, 0.8, PLUM)
h = pdf.row(22, y + 0.3, WID3, AL3, ["Post", "Budget 2026", "Utfall 2026", "Avvikelse"], style="B", size=9,
            font="Cond")
y += 0.3 + h
pdf.hline(22, 22 + sum(WID3), y, 0.3, PLUM)
for e in F_ECON:
    neg = e[2] - e[1] < 0
    h = pdf.row(22, y, WID3, AL3, f_econ_cells(e), size=9.4, font="Cond", vpad=1.6,
                colors=[None, None, None, RED if neg else None])
    y += h
    pdf.hline(22, 22 + sum(WID3), y, 0.1, (200, 200, 200))
pdf.hline(22, 22 + sum(WID3), y + 0.3, 0.3, PLUM)
pdf.hline(22, 22 + sum(WID3), y + 1.0, 0.3, PLUM)
h = pdf.row(22, y + 1.2, WID3, AL3, ["Nettokostnad", g(b), g(o), g(dev, plus=True)], size=9.4, font="Cond",
            style="B", vpad=1.6, colors=[None, None, None, RED if dev < 0 else None])
y += 1.2 + h
pdf.hline(22, 22 + sum(WID3), y, 0.8, PLUM)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Analys", size=12.5)
pdf.p("Insatserna med anställning, framför allt de kommunala visstidsanställningarna, leder oftast vidare till "
      "arbete. Ungdomsspåret och yrkessvenskan leder i stället ofta till studier, vilket är avsikten med dem.",
      size=10)
pdf.p(f"Antalet deltagare i extratjänster minskade under året. {F_PASSAGE}. Det förklarar också en del av "
      "ökningen i arbetsträningen.", size=10)
pdf.p("Stödet till personer med försörjningsstöd har flest deltagare. Där är det vanligt att insatsen avslutas "
      "utan att personen går vidare till arbete eller studier, till exempel på grund av sjukdom.", size=10)
pdf.h1("5 Åtgärder 2027", size=12.5)
pdf.numbered(F_ACTIONS, size=10)
pdf.ln(4)
pdf.sign_lines([f"{F_HEAD[0]}\n{F_HEAD[1].capitalize()}", f"{F_CHIEF[0]}\n{F_CHIEF[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
