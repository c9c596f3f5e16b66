"""(c) Stråviks kommun – revisorerna: granskningsrapport "Handläggning av ansökningar om insatser enligt LSS"
(granskning av socialnämnden, utförd av Insikt Revision AB).

Layout: Liberation Sans, portrait, 4 pages. P. 1 has no running header: a FULL-HEIGHT SLATE-BLUE SIDEBAR down the
left third of the page holding "GRANSKNINGSRAPPORT" in letter-spaced white capitals and the report data as small
pale capital labels over white values (Beställare, Granskad nämnd, Utförd av, Datum, Diarienummer); the main
column at the right has the title, a subtitle and "Sammanfattning" with the overall assessment. From p. 2 on, a
running header (report title at the left, "Revisorerna i Stråviks kommun" at the right over a slate rule) and
"n (4)" in the footer. P. 2: "1 Inledning" (background with the number of applications, purpose, method with the
number of cases examined) and "2 Iakttagelser" with the handling times in running text (mean 74 vs median 61 vs the
target 60 days vs 58 days in 2025; 9 cases over three months; 6 reports to IVO of which 2 late), then Tabell 1,
the audit questions (Nr / Revisionsfråga / Bedömning / Kommentar) with a slate heading row in white type, the
three areas as GREY SMALL-CAPITAL GROUP ROWS OVER A DOTTED RULE, the question and comment cells wrapping over two
lines, and every row marked by a COLOURED EDGE STRIPE at its left end (green Uppfyllt, amber Delvis uppfyllt, red
Ej uppfyllt) beside the bold assessment word in the same colour; hairlines between rows. The table breaks after
question 2.2 ("Tabell 1 fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)", the heading row and
"2 Handläggning (forts.)", ends with a legend of the three stripes, then "3 Samlad bedömning" (the counts per
assessment and the passage on the vacancies). P. 4: "4 Rekommendationer" as a numbered list "1." … "6." whose
items wrap, and the signatures of the two auditors and the chair of the auditors. Metadata title set.
"""
import datetime as dt

from common35 import HERE, Doc
from data import (C_ASSESS, C_GROUPS, C_QUESTIONS, C_BREAK_AFTER, C_RECS, C_FIG, C_PERIOD, C_DATE, C_PASSAGE,
                  c_count, dmy)

OUT = HERE / "stravik-granskning-lss-handlaggning-2026.pdf"
SLATE = (52, 72, 98)
PALE = (206, 216, 228)
GREY = (110, 110, 110)
COL = {"Uppfyllt": (46, 125, 50), "Delvis uppfyllt": (214, 140, 0), "Ej uppfyllt": (190, 30, 30)}
TITLE = "Handläggning av ansökningar om insatser enligt LSS"


class R(Doc):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw / 2, 5, TITLE)
        self.set_text_color(*SLATE)
        self.set_font("Sans", "B", 8)
        self.cell(self.epw / 2, 5, "Revisorerna i Stråviks kommun", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.5, SLATE)
        self.set_y(24)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.page_no()} (4)", align="R")
        self.set_text_color(0, 0, 0)


pdf = R("", font="liberation", accent=SLATE, title=f"Stråviks kommun – Granskningsrapport: {TITLE}",
        author="Insikt Revision AB på uppdrag av revisorerna i Stråviks kommun",
        created=dt.datetime(2026, 11, 18, 13, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 24, 22)
F = C_FIG

# ---------------------------------------------------------------- p. 1 sidebar and summary
pdf.add_page()
SB = 66
pdf.set_fill_color(*SLATE)
pdf.rect(0, 0, SB, pdf.h, style="F")
pdf.set_xy(10, 30)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(255, 255, 255)
pdf.set_char_spacing(1.2)
pdf.cell(SB - 14, 5, "GRANSKNINGSRAPPORT")
pdf.set_char_spacing(0)
y = 48
for lab, val in (("BESTÄLLARE", "Revisorerna i Stråviks kommun"), ("GRANSKAD NÄMND", "Socialnämnden"),
                 ("UTFÖRD AV", "Insikt Revision AB\nIvar Sundén, certifierad kommunal revisor\nJohanna Pihl"),
                 ("DATUM", dmy(C_DATE)), ("DIARIENUMMER", "REV 2026/7")):
    pdf.set_xy(10, y)
    pdf.set_font("Sans", "B", 6.8)
    pdf.set_text_color(*PALE)
    pdf.set_char_spacing(0.5)
    pdf.cell(SB - 14, 4, lab)
    pdf.set_char_spacing(0)
    pdf.set_xy(10, y + 4.5)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(SB - 16, 4.6, val, align="L")
    y = pdf.get_y() + 6
pdf.set_text_color(0, 0, 0)
mx = SB + 12
mw = pdf.w - mx - 18
pdf.set_xy(mx, 30)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*SLATE)
pdf.multi_cell(mw, 8.5, TITLE, align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_x(mx)
pdf.set_font("Sans", "", 11)
pdf.multi_cell(mw, 5.5, "Granskning av socialnämnden i Stråviks kommun", align="L")
pdf.ln(8)


def mp(text, size=9.6, style="", lh=4.9, after=2.6):
    pdf.set_x(mx)
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(mw, lh, text, align="L")
    pdf.ln(after)


mp("Sammanfattning", size=12, style="B", lh=6, after=1.5)
mp("På uppdrag av de förtroendevalda revisorerna i Stråviks kommun har Insikt Revision AB granskat hur "
   "socialnämnden handlägger ansökningar om insatser enligt lagen om stöd och service till vissa "
   "funktionshindrade (LSS).")
mp("Vår samlade bedömning är att socialnämnden inte helt säkerställer en ändamålsenlig och rättssäker "
   "handläggning. Besluten är väl motiverade och nämnden får regelbunden statistik, men handläggningstiderna är "
   "för långa, bemanningen har varit otillräcklig och det saknas en systematisk egenkontroll.")
mp(f"Av de elva revisionsfrågorna bedömer vi att {['noll', 'en', 'två', 'tre', 'fyra', 'fem'][c_count('Uppfyllt')]} "
   f"är uppfyllda, {['noll', 'en', 'två', 'tre', 'fyra', 'fem'][c_count('Delvis uppfyllt')]} delvis uppfyllda och "
   f"{['noll', 'en', 'två', 'tre', 'fyra', 'fem'][c_count('Ej uppfyllt')]} ej uppfyllda. Bedömningen per fråga "
   f"redovisas i tabell 1 och våra rekommendationer i avsnitt 4.")
mp("Rapporten har faktagranskats av socialchefen och avdelningschefen för funktionsstöd.", size=8.8, after=8)
mp("Innehåll", size=10.5, style="B", lh=5.5, after=1)
for t_, p_ in (("1 Inledning", 2), ("2 Iakttagelser", 2), ("3 Samlad bedömning", 3), ("4 Rekommendationer", 4)):
    pdf.set_x(mx)
    pdf.set_font("Sans", "", 9.4)
    wt = pdf.get_string_width(t_)
    pdf.cell(wt + 1, 5.4, t_)
    xd = pdf.get_x() + 1
    pdf.hline(xd, mx + mw - 8, pdf.get_y() + 4.1, 0.25, (140, 140, 140), dash=(0.3, 1.0))
    pdf.set_x(mx + mw - 6)
    pdf.cell(6, 5.4, str(p_), align="R", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2 introduction, observations, table
pdf.add_page()
pdf.h1("1 Inledning", size=13)
pdf.h2("1.1 Bakgrund")
pdf.p(f"Antalet ansökningar om insatser enligt LSS har ökat, från {F['apps'][0]} under 2025 till {F['apps'][1]} "
      f"under 2026. Revisorerna har i sin riskanalys bedömt att det finns en risk för att handläggningen inte "
      f"sker skyndsamt och att den enskildes rättssäkerhet då inte tillgodoses.", size=9.6)
pdf.h2("1.2 Syfte, revisionsfrågor och metod")
pdf.p(f"Syftet är att bedöma om socialnämnden säkerställer en ändamålsenlig och rättssäker handläggning. "
      f"Granskningen besvarar elva revisionsfrågor inom tre områden (tabell 1). Vi har intervjuat "
      f"nämndens presidium, socialchefen, avdelningschefen och fyra handläggare och granskat {F['cases']} "
      f"ärenden som avslutades mellan den {dmy(C_PERIOD[0])} och den {dmy(C_PERIOD[1])}.", size=9.6)
pdf.h1("2 Iakttagelser", size=13)
pdf.h2("2.1 Handläggningstider")
pdf.p(f"Av de {F['cases']} granskade ärendena avgjordes {F['cases'] - F['over_target']} inom nämndens mål om "
      f"{F['target']} dagar. Den genomsnittliga handläggningstiden från ansökan till beslut var {F['mean']} dagar "
      f"och medianen {F['median']} dagar. I {F['over3m']} ärenden tog det mer än tre månader innan beslut "
      f"fattades. Under 2025 var den genomsnittliga handläggningstiden enligt nämndens egen statistik "
      f"{F['mean25']} dagar.", size=9.6)
pdf.p(f"Under perioden rapporterade nämnden {F['ivo'][0]} ej verkställda beslut till IVO, varav {F['ivo'][1]} "
      f"efter den föreskrivna tiden.", size=9.6)
pdf.h2("2.2 Dokumentation och kommunicering")
pdf.p(f"Utredningarna följer i huvudsak nämndens mall, men i {['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta'][F['journal']]} "
      f"ärenden saknades journalanteckningar eller var de ofullständiga. I {['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex'][F['kommunicering']]} "
      f"ärenden gick det inte att se att den enskilde hade fått ta del av utredningen innan beslut fattades.",
      size=9.6)

W = [11, 58, 25, 72]
AL = ["L", "L", "L", "L"]
tw = sum(W)


def table_head(y, cont=False):
    x0 = pdf.l_margin
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(x0, y)
    pdf.cell(tw, 5, "Tabell 1. Bedömning per revisionsfråga" + (" (forts.)" if cont else ""))
    y += 6.5
    h = pdf.row_h(W, ["Nr", "Revisionsfråga", "Bedömning", "Kommentar"], size=8.6, style="B", vpad=1.6)
    pdf.tint_cell(x0, y, tw, h, SLATE)
    pdf.row(x0, y, W, AL, ["Nr", "Revisionsfråga", "Bedömning", "Kommentar"], size=8.6, style="B", vpad=1.6,
            color=(255, 255, 255))
    return y + h


def group_row(y, text):
    x0 = pdf.l_margin
    pdf.set_xy(x0, y + 1.6)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*GREY)
    pdf.set_char_spacing(0.4)
    pdf.cell(tw, 4, text.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(x0, x0 + tw, y + 6.2, 0.3, (150, 150, 150), dash=(0.4, 0.8))
    return y + 7


def q_row(y, q):
    x0 = pdf.l_margin
    cells = list(q[:4])
    h = pdf.row_h(W, cells, size=8.6, lh=4.1, vpad=1.7)
    pdf.tint_cell(x0, y + 0.3, 1.6, h - 0.6, COL[q[2]])
    pdf.row(x0 + 0.6, y, W, AL, cells, size=8.6, lh=4.1, vpad=1.7, styles=["B", None, "B", None],
            colors=[None, None, COL[q[2]], None])
    pdf.hline(x0, x0 + tw, y + h, 0.1, (200, 200, 200))
    return y + h


y = table_head(pdf.get_y() + 3)
for gnr, gtitle in C_GROUPS:
    y = group_row(y, f"{gnr} {gtitle}")
    for q in C_QUESTIONS:
        if q[0].split(".")[0] != gnr:
            continue
        y = q_row(y, q)
        if q[0] == C_BREAK_AFTER:
            pdf.set_xy(pdf.l_margin, y + 2)
            pdf.set_font("Sans", "I", 8)
            pdf.set_text_color(*GREY)
            pdf.cell(tw, 4, "Tabell 1 fortsätter på nästa sida", align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.add_page()
            y = table_head(pdf.get_y(), cont=True)
            y = group_row(y, f"{gnr} {gtitle} (forts.)")
y += 3
pdf.set_font("Sans", "", 7.6)
x = pdf.l_margin
for a in C_ASSESS:
    pdf.set_fill_color(*COL[a])
    pdf.rect(x, y + 0.6, 1.6, 3.4, style="F")
    pdf.set_xy(x + 3, y)
    pdf.cell(32, 4.6, a)
    x += 38
pdf.set_y(y + 12)
pdf.h1("3 Samlad bedömning", size=13)
pdf.p("Socialnämnden har en tydlig delegationsordning och besluten är väl motiverade. Nämnden får också "
      "regelbunden statistik över handläggningstiderna, men statistiken har inte lett till några åtgärder.",
      size=9.6)
pdf.p(f"De långa handläggningstiderna hänger enligt vår bedömning främst samman med bemanningen. "
      f"{['Noll', 'En', 'Två', 'Tre'][F['vacant'][0]]} av {['noll', 'en', 'två', 'tre', 'fyra', 'fem'][F['vacant'][1]]} "
      f"handläggartjänster var vakanta under stora delar av året. Under den tiden {C_PASSAGE}. Nämnden har "
      f"inte beslutat om någon plan för att långsiktigt säkra bemanningen.", size=9.6)
pdf.p("Det saknas en systematisk egenkontroll av ärendehandläggningen. Brister i dokumentation och "
      "kommunicering upptäcks därför inte av nämnden själv.", size=9.6)

# ---------------------------------------------------------------- p. 4 recommendations and signatures
pdf.add_page()
pdf.h1("4 Rekommendationer", size=13)
pdf.p("Utifrån granskningens iakttagelser och bedömningar rekommenderar vi socialnämnden att:", size=9.8)
pdf.numbered(C_RECS, size=9.8, lh=5.1, indent=8)
pdf.ln(4)
pdf.p("Revisorerna har tagit del av rapporten och översänder den till socialnämnden för yttrande senast den "
      "31 januari 2027. Rapporten lämnas också till kommunfullmäktige för kännedom.", size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Stråvik den {dmy(C_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines(["Ivar Sundén\nCertifierad kommunal revisor", "Johanna Pihl\nRevisionskonsult"])
pdf.ln(6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "För revisorerna i Stråviks kommun", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines(["Stig Vallin\nOrdförande"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
