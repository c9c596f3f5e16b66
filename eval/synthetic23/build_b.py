"""(b) Jerlövs kommun – revisionsrapport 2026:3, granskning av socialnämndens handläggning av ekonomiskt bistånd.

Layout: DejaVu Serif text, DejaVu Sans headings, portrait, no cover page. P. 1: a small-caps kicker line, the
title, the report facts as a KEY–VALUE TABLE WITH HORIZONTAL RULES ONLY (label column shaded), a summary with
the key figures and the overall assessment in a BOX WITH A THICK COLOURED LEFT BAR and a bold verdict line.
P. 2: the recommendations as a numbered list "1." … "7." whose items wrap, set on a TINTED PANEL, then
background (costs 38,4 → 44,9 mnkr), purpose and method (60 files out of 412 households, 11 interviews).
Pp. 3–4: the assessment per control question as STACKED BLOCKS: a small-caps area label, then for each
question a SHADED BAND "1.1 <question>" across the page and below it the observation (left) beside a narrow
assessment cell (small grey "Bedömning" over the assessment word in bold colour); the blocks continue on p. 4
under a heading with "(forts.)". P. 4: the counts sentence, the file review as a BORDERLESS TABLE (Granskad
punkt / Antal akter / Andel, %) with running text, and two signature lines. No metadata title.
"""
import datetime as dt

from common23 import HERE, Doc, nb
from data import (B_AREAS, B_CQ, B_RECS, B_SAMPLE, B_POP, B_INTERVJU, B_AKT, B_COST, b_pct, b_counts, t1)

OUT = HERE / "jerlov-granskning-ekonomiskt-bistand-2026.pdf"
ACC = (112, 48, 80)
pdf = Doc("Jerlövs kommun", "Revisorerna", "Revisionsrapport 2026:3 · {p}", font="dejavu", serif=True,
          accent=ACC, foot="Ravell Revision AB för Jerlövs kommuns förtroendevalda revisorer",
          created=dt.datetime(2026, 10, 5, 10, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
COL = {"Uppfylld": (40, 120, 60), "Delvis uppfylld": (190, 120, 0), "Ej uppfylld": (180, 40, 40)}
cnt = b_counts()
WORD = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 10: "tio"}

# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "REVISIONSRAPPORT 2026:3  ·  FÖRDJUPAD GRANSKNING", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.title_block("Socialnämndens handläggning av ekonomiskt bistånd", "Jerlövs kommuns revisorer", size=18)
FACTS = [("Granskad nämnd", "Socialnämnden"),
         ("Uppdragsgivare", "De förtroendevalda revisorerna i Jerlövs kommun"),
         ("Utförd av", "Ravell Revision AB"),
         ("Granskningsperiod", "maj–augusti 2026"),
         ("Rapportdatum", "5 oktober 2026"),
         ("Diarienummer", "REV 2026/07")]
LW = 44
pdf.set_draw_color(150, 150, 150)
for k, v in FACTS:
    y = pdf.get_y()
    pdf.set_fill_color(242, 236, 240)
    pdf.rect(pdf.l_margin, y, LW, 6.4, style="F")
    pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.cell(LW - 2, 6.4, k)
    pdf.set_font("Serif", "", 9.2)
    pdf.set_xy(pdf.l_margin + LW + 3, y)
    pdf.cell(0, 6.4, v)
    pdf.set_y(y + 6.4)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
pdf.set_draw_color(0, 0, 0)
pdf.ln(4)
pdf.h1("Sammanfattning")
pdf.p("Ravell Revision AB har på uppdrag av de förtroendevalda revisorerna granskat om socialnämnden säkerställer "
      "en rättssäker och effektiv handläggning av ekonomiskt bistånd. Granskningen omfattar styrning, "
      "handläggning samt uppföljning och kontroll.", size=9.8)
pdf.p(f"Vi har granskat {B_SAMPLE} akter, slumpvis utvalda bland de {B_POP} hushåll som fick ekonomiskt bistånd "
      f"under januari–mars 2026, och intervjuat {B_INTERVJU} personer. Besluten är i regel korrekt fattade och "
      "väl motiverade, men utredningarna är ofta ofullständiga och arbetet mot egen försörjning är svagt styrt.",
      size=9.8)
y = pdf.get_y() + 2
x = pdf.l_margin + 5
pdf.set_xy(x, y + 3)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "Revisionell bedömning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_x(x)
pdf.set_font("Serif", "B", 9.8)
pdf.multi_cell(pdf.epw - 8, 4.9, "Vår sammanfattande bedömning är att socialnämnden delvis säkerställer en "
               "rättssäker och effektiv handläggning av ekonomiskt bistånd.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(1)
pdf.set_x(x)
pdf.set_font("Serif", "", 9.6)
pdf.multi_cell(pdf.epw - 8, 4.8, nb("Bedömningen grundar sig främst på att riktlinjerna inte är aktuella, att "
                                    "nämnden saknar mål för arbetet mot egen försörjning och att ekonomiskt "
                                    "bistånd inte ingår i den interna kontrollen. Våra rekommendationer finns "
                                    "på nästa sida."),
               align="L", new_x="LMARGIN", new_y="NEXT")
y2 = pdf.get_y() + 3
pdf.set_fill_color(*ACC)
pdf.rect(pdf.l_margin, y, 2.2, y2 - y, style="F")
pdf.set_draw_color(200, 180, 190)
pdf.rect(pdf.l_margin, y, pdf.epw, y2 - y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y2 + 3)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("Rekommendationer")
pdf.p("Utifrån granskningens iakttagelser rekommenderar vi socialnämnden att vidta följande åtgärder.", size=9.8)
y = pdf.get_y() + 1
pdf.set_font("Serif", "", 9.6)
IND = 9
hh = 0
for r in B_RECS:
    hh += len(pdf.multi_cell(pdf.epw - IND - 8, 4.8, r, dry_run=True, output="LINES")) * 4.8 + 2.2
pdf.set_fill_color(246, 240, 244)
pdf.rect(pdf.l_margin, y, pdf.epw, hh + 5, style="F")
pdf.set_y(y + 3)
for i, r in enumerate(B_RECS, 1):
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(pdf.l_margin + 3, yy)
    pdf.cell(IND - 2, 4.8, f"{i}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.6)
    pdf.set_xy(pdf.l_margin + 3 + IND - 2, yy)
    pdf.multi_cell(pdf.epw - IND - 8, 4.8, nb(r), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)
pdf.set_y(y + hh + 9)
pdf.h1("1. Inledning")
pdf.h2("1.1 Bakgrund")
pdf.p(f"Kostnaderna för ekonomiskt bistånd i Jerlöv ökade från {t1(B_COST[0])} mnkr år 2024 till "
      f"{t1(B_COST[1])} mnkr år 2025, en ökning med {t1(B_COST[1] - B_COST[0])} mnkr. Ökningen förklaras av "
      "fler långvariga biståndsmottagare och högre boendekostnader. Revisorerna har i sin riskanalys bedömt att "
      "handläggningen av ekonomiskt bistånd är ett väsentligt område att granska.", size=9.8)
pdf.h2("1.2 Syfte och revisionsfråga")
pdf.p("Syftet är att bedöma om socialnämnden säkerställer en rättssäker och effektiv handläggning av ekonomiskt "
      "bistånd. Revisionsfrågan har brutits ned i tio kontrollfrågor inom tre områden: styrning, handläggning "
      "samt uppföljning och kontroll.", size=9.8)
pdf.h2("1.3 Metod och avgränsning")
pdf.bullets([f"Aktgranskning av {B_SAMPLE} slumpvis utvalda ärenden.",
             f"Intervjuer med {B_INTERVJU} personer: nämndens presidium, förvaltningschef, enhetschef, "
             "handläggare och representanter för arbetsmarknadsenheten.",
             "Dokumentstudier av riktlinjer, delegationsordning, verksamhetsplan och internkontrollplan.",
             "Granskningen omfattar inte handläggningen av andra insatser enligt socialtjänstlagen."],
            size=9.6, lh=4.7)
pdf.p("Rapporten har faktagranskats av socialförvaltningens förvaltningschef den 22 september 2026.", size=9.6)


# ---------------------------------------------------------------- pages 3–4: assessment blocks
def block(nr, question, assess, obs):
    pdf.set_font("Serif", "", 9.4)
    n_obs = len(pdf.multi_cell(pdf.epw - 48, 4.6, obs, dry_run=True, output="LINES"))
    pdf.set_font("Sans", "B", 9.2)
    n_q = len(pdf.multi_cell(pdf.epw - 14, 4.8, question, dry_run=True, output="LINES"))
    need = n_q * 4.8 + 3 + max(n_obs * 4.6, 12) + 6
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
        pdf.h1("2. Bedömning per kontrollfråga (forts.)")
    y = pdf.get_y()
    pdf.set_fill_color(236, 228, 234)
    pdf.rect(pdf.l_margin, y, pdf.epw, n_q * 4.8 + 3, style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(pdf.l_margin + 2, y + 1.5)
    pdf.cell(11, 4.8, nr)
    pdf.multi_cell(pdf.epw - 14, 4.8, question, align="L", new_x="LMARGIN", new_y="NEXT")
    y = y + n_q * 4.8 + 3 + 2
    pdf.set_font("Serif", "", 9.4)
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.multi_cell(pdf.epw - 48, 4.6, nb(obs), align="L", new_x="LMARGIN", new_y="NEXT")
    y_end = max(pdf.get_y(), y + 12)
    bx = pdf.l_margin + pdf.epw - 42
    pdf.set_draw_color(200, 200, 200)
    pdf.line(bx - 2, y, bx - 2, y_end)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(bx, y)
    pdf.cell(40, 4, "Bedömning")
    pdf.set_text_color(*COL[assess])
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(bx, y + 4.5)
    pdf.cell(40, 5, assess)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y_end + 4)


pdf.add_page()
pdf.h1("2. Bedömning per kontrollfråga")
pdf.p("För varje kontrollfråga redovisas våra iakttagelser och vår bedömning enligt skalan uppfylld, delvis "
      "uppfylld eller ej uppfylld.", size=9.6)
for k, area in enumerate(B_AREAS, 1):
    qs = [c for c in B_CQ if c[0].startswith(f"{k}.")]
    if pdf.get_y() > pdf.h - pdf.b_margin - 45:
        pdf.add_page()
        pdf.h1("2. Bedömning per kontrollfråga (forts.)")
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, f"{k}  {area.upper()}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)
    for nr, q, a, obs in qs:
        block(nr, q, a, obs)
pdf.ln(1)
pdf.p(f"Av de {WORD[len(B_CQ)]} kontrollfrågorna bedömer vi {WORD[cnt['Uppfylld']]} som uppfyllda, "
      f"{WORD[cnt['Delvis uppfylld']]} som delvis uppfyllda och {WORD[cnt['Ej uppfylld']]} som ej uppfyllda.",
      size=9.8)

pdf.h1("3. Resultat av aktgranskningen")
d0 = B_AKT[0]
pdf.p(f"I {d0[1]} av de {B_SAMPLE} granskade akterna ({b_pct(d0[1])} procent) var utredningen av inkomster och "
      f"tillgångar ofullständig. I {B_AKT[1][1]} akter ({b_pct(B_AKT[1][1])} procent) fattades beslutet senare "
      f"än tio arbetsdagar efter att ansökan var komplett, och i {B_AKT[2][1]} akter ({b_pct(B_AKT[2][1])} "
      "procent) saknades en planering mot egen försörjning trots att hushållet hade fått bistånd i mer än sex "
      "månader.", size=9.8)
pdf.set_font("Sans", "B", 8.8)
y = pdf.get_y() + 1
pdf.set_xy(pdf.l_margin, y)
pdf.cell(110, 5, "Granskad punkt")
pdf.cell(25, 5, "Antal akter", align="R")
pdf.cell(25, 5, "Andel, %", align="R")
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(pdf.l_margin, y + 5.6, pdf.l_margin + 160, y + 5.6)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 6.5)
for lab, n in B_AKT:
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(110, 5.4, lab)
    pdf.cell(25, 5.4, str(n), align="R")
    pdf.cell(25, 5.4, str(b_pct(n)), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, f"Andel av {B_SAMPLE} granskade akter. En akt kan ha flera brister.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.p("Jerlöv den 5 oktober 2026", size=9.6)
pdf.sign_lines(["Elin Vikström\nCertifierad kommunal revisor", "Jonas Ahlberg\nRevisionskonsult"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
