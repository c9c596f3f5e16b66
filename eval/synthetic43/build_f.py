"""(f) Kroksjö kommun – vård- och omsorgsnämnden: patientsäkerhetsberättelse 2026 (the incident table, Tabell 1, is a
SCANNED page).

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, a DEEP TEAL accent with a RED
PLUS MARK. P. 1 has no running header: a teal band across the top with "KROKSJÖ KOMMUN" and the committee in
white and a red plus sign in a white disc at its right end, the title, the legal reference line, a
KEY–VALUE TABLE "Patientsäkerhetsarbetet i siffror" (label / 2026 / 2025, the 2026 column bold) and "Sammanfattning"
in running text that describes the incident trends WITHOUT ANY FIGURE OF THE SCANNED TABLE and points to Tabell 1.
**P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan43.py): the printout from the incident system with a
DOG-EARED top right corner, CLEAR TAPE over a mended tear at the left edge, a ballpoint note with an arrow, a RINGED
change and initials; askew by 0.5°. Pp. 3–4 have a running header (name, title, "Sida n (4)") over a teal hairline.
P. 3: "Åtgärder för ökad patientsäkerhet", Tabell 2 (Nr / Åtgärd / Ansvarig / Klart / Status) with the status
word in bold, DELAYED MEASURES ON A PALE RED ROW TINT, a status count line and comments on the delayed measures. P.
4: "Händelser som anmälts enligt lex Maria" and "Klagomål och synpunkter" in running text, "Mål och strategier för
2027" as a NUMBERED LIST, place, date and two signature lines. No metadata title.
"""
import datetime as dt

from common43 import HERE, Doc
from data import (F_KEYS, F_ACTIONS, F_STATUSES, F_GOALS_2027, F_MAS, F_CHAIR, F_MAR, F_DATE, F_DNR, f_counts, dmy)
from scan43 import render

OUT = HERE / "kroksjo-von-patientsakerhetsberattelse-2026.pdf"
TEAL = (18, 96, 110)
PALET = (226, 240, 242)
RED = (196, 40, 40)
PALER = (252, 232, 230)
GREY = (110, 110, 110)
WORD = {1: "en", 2: "två", 3: "tre", 9: "nio"}


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*TEAL)
            self.rect(0, 0, self.w, 24, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 12)
            self.set_xy(22, 7)
            self.cell(120, 6, "KROKSJÖ KOMMUN")
            self.set_font("Sans", "", 9)
            self.set_xy(22, 13.5)
            self.cell(120, 5, "Vård- och omsorgsnämnden")
            self.set_fill_color(255, 255, 255)
            self.ellipse(self.w - 37, 5, 14, 14, style="F")
            self.set_fill_color(*RED)
            self.rect(self.w - 31.2, 7.6, 2.4, 8.8, style="F")
            self.rect(self.w - 34.4, 10.8, 8.8, 2.4, style="F")
            self.set_text_color(0, 0, 0)
            self.set_y(32)
            return
        super().header()


pdf = FDoc("Kroksjö kommun", "Patientsäkerhetsberättelse 2026", "Sida {p} (4)", font="liberation", serif=False,
           accent=TEAL, foot=f"Kroksjö kommun · Vård- och omsorgsnämnden · Dnr {F_DNR}", justify=False,
           created=dt.datetime(2027, 2, 26, 10, 10, tzinfo=dt.timezone.utc))
cnt = f_counts()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 22)
pdf.multi_cell(0, 10, "Patientsäkerhetsberättelse 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.6, "Enligt 3 kap. 10 § patientsäkerhetslagen (2010:659). Avser kommunens hälso- och sjukvård på "
               "särskilda boenden, i korttidsvården och i hemsjukvården.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*TEAL)
pdf.cell(0, 6, "Patientsäkerhetsarbetet i siffror", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
X0 = 22
WK = [116, 25, 25]
ALK = ["L", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(X0, X0 + sum(WK), y, 0.7, TEAL)
h = pdf.row(X0, y + 0.3, WK, ALK, ["", "2026", "2025"], style="B", size=8.8, font="Cond", vpad=0.8)
y += h + 0.3
for lab, v26, v25 in F_KEYS:
    h = pdf.row_h(WK, [lab, v26, v25], size=9.6, font="Cond", vpad=1.6)
    pdf.set_fill_color(*PALET)
    pdf.rect(X0 + WK[0], y, WK[1], h, style="F")
    pdf.row(X0, y, WK, ALK, [lab, v26, v25], size=9.6, font="Cond", vpad=1.6, styles=[None, "B", None],
            colors=[None, None, GREY])
    y += h
    pdf.hline(X0, X0 + sum(WK), y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + sum(WK), y, 0.7, TEAL)
pdf.set_y(y + 6)
pdf.h1("Sammanfattning", size=12.5)
pdf.p("Under 2026 rapporterades ungefär lika många avvikelser som året innan. Fallen minskade efter att ha ökat året "
      "innan, medan avvikelserna i läkemedelshanteringen ökade igen efter en minskning 2025. Avvikelser som gäller "
      "informationsöverföring ökade för andra året i rad, främst vid utskrivning från sjukhus.", size=10, lh=5)
pdf.p("Fördelningen av avvikelser per kategori redovisas i tabell 1 på nästa sida, som är en inskannad utskrift ur "
      "kommunens avvikelsesystem. Fall och läkemedel står tillsammans för den största delen av alla avvikelser.",
      size=10, lh=5)
pdf.p(f"Nämnden har under året arbetat med {WORD[len(F_ACTIONS)]} åtgärder för ökad patientsäkerhet. "
      f"{WORD[cnt['Genomförd']].capitalize()} är genomförda, {WORD[cnt['Pågår']]} pågår, {WORD[cnt['Försenad']]} är "
      f"försenade och {WORD[cnt['Ej påbörjad']]} har inte påbörjats.", size=10, lh=5)
pdf.p(f"Ansvaret för patientsäkerhetsarbetet ligger hos vård- och omsorgsnämnden. Medicinskt ansvarig sjuksköterska, "
      f"{F_MAS[0]}, och medicinskt ansvarig för rehabilitering, {F_MAR[0]}, leder arbetet och följer upp "
      f"avvikelserna tillsammans med enhetscheferna.", size=10, lh=5)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3 measures
pdf.add_page()
pdf.h1("Åtgärder för ökad patientsäkerhet", size=12.5)
pdf.p("Tabell 2 visar de åtgärder som nämnden beslutade om i förra årets patientsäkerhetsberättelse och under året, "
      "vem som ansvarar för dem och hur långt de har kommit vid årets slut.", size=9.8, lh=4.9)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 2. Åtgärder och status", new_x="LMARGIN", new_y="NEXT")
WA = [9, 72, 44, 20, 21]
ALA = ["L", "L", "L", "L", "L"]
TWA = sum(WA)
pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TWA, y, 0.8, TEAL)
h = pdf.row(X0, y + 0.3, WA, ALA, ["Nr", "Åtgärd", "Ansvarig", "Klart", "Status"], style="B", size=8.8, font="Cond",
            vpad=0.8)
y += h + 0.3
pdf.hline(X0, X0 + TWA, y, 0.3, (60, 60, 60))
for a in F_ACTIONS:
    h = pdf.row_h(WA, list(a), size=9.2, font="Cond", vpad=1.4)
    if a[4] == "Försenad":
        pdf.set_fill_color(*PALER)
        pdf.rect(X0, y, TWA, h, style="F")
    pdf.row(X0, y, WA, ALA, list(a), size=9.2, font="Cond", vpad=1.4, styles=[None, None, None, None, "B"],
            colors=[None, None, None, None, RED if a[4] == "Försenad" else None])
    y += h
    pdf.hline(X0, X0 + TWA, y, 0.1, (205, 205, 205))
pdf.hline(X0, X0 + TWA, y, 0.8, TEAL)
pdf.set_auto_page_break(True, 22)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.4, "  ·  ".join(f"{s}: {cnt[s]}" for s in F_STATUSES), new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h2("Kommentarer till försenade åtgärder", size=10.5)
pdf.p("Hygienombud finns ännu inte på alla enheter eftersom utbildningen hos regionens vårdhygien blev inställd under "
      "hösten. Teamträffarna om fall och läkemedel har kommit i gång på hälften av boendena och fortsätter under "
      "våren.", size=9.8, lh=4.9)
pdf.p("Den digitala signeringen i hemtjänsten har införts i två av hemtjänstgrupperna och ska vara införd i alla "
      "grupper i mars.", size=9.8, lh=4.9)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Händelser som anmälts enligt lex Maria", size=12.5)
pdf.p("Under 2026 anmälde nämnden två händelser till Inspektionen för vård och omsorg, IVO, jämfört med tre året "
      "innan. Den ena gällde en patient som fick en dubbel dos av ett blodförtunnande läkemedel efter en "
      "felaktig överföring av läkemedelslistan. Den andra gällde ett fall med höftfraktur där fallriskbedömningen "
      "inte hade följts upp. IVO har avslutat båda ärendena utan kritik.", size=10, lh=5)
pdf.h1("Klagomål och synpunkter", size=12.5)
pdf.p("Antalet klagomål och synpunkter från patienter och närstående ökade jämfört med 2025. De flesta gällde "
      "bemötande och brister i informationen vid in- och utskrivning. Alla klagomål har besvarats och har tagits "
      "upp på arbetsplatsträffar.", size=10, lh=5)
pdf.h1("Mål och strategier för 2027", size=12.5)
pdf.numbered(F_GOALS_2027, size=10, lh=5)
pdf.ln(5)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, f"Kroksjö den {dmy(F_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_MAS[0]}\nMedicinskt ansvarig sjuksköterska", f"{F_CHAIR[0]}\n{F_CHAIR[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
