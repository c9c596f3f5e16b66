"""(d) Wendelsby kommun – revisionsrapport 2026:2, granskning av socialnämndens hantering av orosanmälningar
om barn och unga.

Layout: DejaVu Serif text, DejaVu Sans headings and table, portrait, 4 pages, no cover page. P. 1: an OUTLINED
REPORT-NUMBER LABEL ("REVISIONSRAPPORT 2026:2") at the left and the date at the right on one line, the title, a
key–value block, the summary with the volume of reports and the sample, and "Samlad bedömning" as a paragraph
behind a DOUBLE VERTICAL RULE in the left margin. P. 2: the six recommendations as a numbered list whose NUMBERS
STAND IN FILLED ACCENT CIRCLES (white digits), items justified and wrapping over 2–3 lines, each ending with an
italic grey line naming the control objective it answers ("Kontrollmål 3 och 6"); then purpose and method (interviews, sample) with a "•" list. P. 3: "Bedömning per
kontrollmål" as a SCORECARD TABLE (Nr / Kontrollmål / Bedömning / Kommentar) with horizontal rules only, where
the assessment is a DOT SCALE OF THREE DRAWN CIRCLES (three, two or one filled) beside the word (Uppfyllt /
Delvis uppfyllt / Ej uppfyllt), a legend above it and a counts sentence below. P. 4: observations with the key
figures in running text (35 of 40, 29 of 40 = 73 %, 78 % in 2025, 11 of 22), the reason for the delays and two
signature lines. No metadata title.
"""
import datetime as dt

from common27 import HERE, Doc, nb
from data import (D_MAL, D_REC, D_U, D_D, D_E, D_N_2026, D_N_2025, D_SAMPLE, D_INTERVIEWS, D_SAFE, D_FORHAND,
                  D_OWN_2025, D_PASSAGE, d_counts, d_pct, g)

OUT = HERE / "wendelsby-revisionsrapport-orosanmalningar-2026.pdf"
ACC = (120, 60, 20)
pdf = Doc("Wendelsby kommun", "Revisorerna", "Sida {p} av 4", font="dejavu", serif=True, accent=ACC,
          foot="Revisionsrapport 2026:2 · Granskning av hanteringen av orosanmälningar · Wendelsby kommuns revisorer",
          created=dt.datetime(2026, 10, 28, 15, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
cnt = d_counts()
NUM = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.rect(22, y, 58, 8)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 9.5)
pdf.set_text_color(*ACC)
pdf.set_xy(22, y + 1.5)
pdf.cell(58, 5, "REVISIONSRAPPORT 2026:2", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.set_xy(120, y + 1.5)
pdf.cell(68, 5, "Datum: 28 oktober 2026", align="R")
pdf.set_y(y + 14)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(0, 7.5, "Granskning av socialnämndens hantering av orosanmälningar om barn och unga",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.kv([("Beställare", "De förtroendevalda revisorerna i Wendelsby kommun"),
        ("Granskad nämnd", "Socialnämnden"),
        ("Sakkunnigt biträde", "Stina Wahlund, certifierad kommunal revisor, Prövik Revision AB"),
        ("Granskningsperiod", "Ärenden som kom in 1 januari–30 juni 2026")], lw=44, size=9.4, lh=4.7)
pdf.h1("Sammanfattning", size=12.5)
pdf.p("Socialnämnden ska ta emot och bedöma anmälningar om oro för barn och unga. Nämnden ska göra en "
      "skyddsbedömning direkt och därefter en förhandsbedömning, som enligt socialtjänstlagen ska avslutas inom "
      "fjorton dagar.", size=10)
pdf.p(f"Under första halvåret 2026 tog socialtjänsten emot {g(D_N_2026)} orosanmälningar, jämfört med "
      f"{g(D_N_2025)} under hela 2025. Vi har granskat ett slumpvis urval på {D_SAMPLE} ärenden från perioden "
      f"och jämfört dokumentationen med nämndens rutiner.", size=10)
pdf.h2("Samlad bedömning")
y0 = pdf.get_y()
pdf.set_left_margin(30)
pdf.set_x(30)
pdf.p("Vår samlade bedömning är att socialnämnden inte helt säkerställer en ändamålsenlig och rättssäker "
      "hantering av orosanmälningar. Rutinerna är tydliga och bemanningen är nu tillräcklig, men "
      "förhandsbedömningarna avslutas för ofta efter lagens tidsgräns, barnets egen berättelse dokumenteras inte "
      "alltid och anmälare inom myndigheter får sällan återkoppling.", size=10, style="I")
pdf.set_left_margin(22)
y1 = pdf.get_y() - 2
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.line(24, y0, 24, y1)
pdf.line(25.6, y0, 25.6, y1)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_x(22)
pdf.p(f"Av de {NUM[len(D_MAL)]} kontrollmålen bedömer vi {NUM[cnt[D_U]]} som uppfyllda, {NUM[cnt[D_D]]} som delvis "
      f"uppfyllda och {NUM[cnt[D_E]]} som ej uppfyllda. Våra rekommendationer finns på nästa sida.", size=10)

# ---------------------------------------------------------------- p. 2 recommendations
pdf.add_page()
pdf.h1("Rekommendationer", size=12.5)
pdf.p("Mot bakgrund av granskningen lämnar vi följande rekommendationer.", size=10, after=2)
for i, (text, who, mal) in enumerate(D_REC, 1):
    pdf.need(22)
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.ellipse(22, y + 0.2, 6.2, 6.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(22, y + 0.8)
    pdf.cell(6.2, 5, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(32, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(156, 5, nb(f"{who.capitalize()} bör {text}."), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(32)
    pdf.set_font("Serif", "I", 8.8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(156, 4.5, f"Kontrollmål {mal}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.5)
pdf.h1("Syfte och metod", size=12.5)
pdf.p("Syftet har varit att bedöma om socialnämnden säkerställer att orosanmälningar om barn och unga hanteras "
      "på ett ändamålsenligt och rättssäkert sätt och inom lagstadgad tid.", size=10)
pdf.p(f"Vi har intervjuat {D_INTERVIEWS} personer: socialnämndens presidium, socialchefen, enhetschefen och "
      f"samtliga socialsekreterare på mottagningsenheten samt två anmälare från skola och hälso- och sjukvård. "
      f"Granskningen omfattar också", size=10, after=1)
pdf.bullets(["nämndens riktlinjer, rutiner och delegationsordning för mottagningen,",
             f"ett stickprov på {D_SAMPLE} ärenden i verksamhetssystemet,",
             "nämndens protokoll och uppföljningar under 2025 och 2026."], size=10, lh=5)

# ---------------------------------------------------------------- p. 3 scorecard
pdf.add_page()
pdf.h1("Bedömning per kontrollmål", size=12.5)
SCALE = {D_U: 3, D_D: 2, D_E: 1}


def dots(x, y_, n):
    for k in range(3):
        pdf.set_draw_color(*ACC)
        pdf.set_fill_color(*ACC)
        pdf.ellipse(x + k * 4.2, y_, 3, 3, style="DF" if k < n else "D")
    pdf.set_draw_color(0, 0, 0)


# legend
y = pdf.get_y()
pdf.set_font("Sans", "", 8.4)
x = 22
for word, n in ((D_U, 3), (D_D, 2), (D_E, 1)):
    dots(x, y + 1, n)
    pdf.set_xy(x + 13, y)
    pdf.cell(32, 5, word)
    x += 50
pdf.set_y(y + 9)
WT = [9, 57, 43, 57]
XT = [22]
for w in WT[:-1]:
    XT.append(XT[-1] + w)
RT = 22 + sum(WT)
y = pdf.get_y()
pdf.set_font("Sans", "B", 8.8)
for x, w, h in zip(XT, WT, ["Nr", "Kontrollmål", "Bedömning", "Kommentar"]):
    pdf.set_xy(x + 1, y)
    pdf.cell(w - 2, 5, h)
y += 6
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(22, y, RT, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
y += 1.5
for nr, mal, bed, kom in D_MAL:
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(XT[0] + 1, y)
    pdf.cell(WT[0] - 2, 4.6, nr + ".")
    pdf.set_font("Sans", "", 8.8)
    pdf.set_xy(XT[1] + 1, y)
    pdf.multi_cell(WT[1] - 3, 4.4, mal, align="L")
    y_a = pdf.get_y()
    dots(XT[2] + 1, y + 0.8, SCALE[bed])
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(XT[2] + 14, y)
    pdf.cell(WT[2] - 14, 4.6, bed)
    pdf.set_font("Serif", "I", 8.6)
    pdf.set_xy(XT[3] + 1, y)
    pdf.multi_cell(WT[3] - 2, 4.4, kom, align="L")
    y = max(y_a, pdf.get_y()) + 1.8
    pdf.set_draw_color(170, 170, 170)
    pdf.line(22, y, RT, y)
    pdf.set_draw_color(0, 0, 0)
    y += 2
pdf.set_y(y + 2)
pdf.p(f"Sammantaget bedöms {NUM[cnt[D_U]]} kontrollmål som uppfyllda, {NUM[cnt[D_D]]} som delvis uppfyllda och "
      f"{NUM[cnt[D_E]]} som ej uppfyllda. De brister som väger tyngst gäller tidsgränsen för förhandsbedömningen "
      f"och återkopplingen till anmälare.", size=10)

# ---------------------------------------------------------------- p. 4 observations
pdf.add_page()
pdf.h1("Iakttagelser", size=12.5)
pdf.h2("Skyddsbedömning")
pdf.p(f"I {D_SAFE} av de {D_SAMPLE} granskade ärendena ({d_pct(D_SAFE, D_SAMPLE)} procent) gjordes och "
      f"dokumenterades skyddsbedömningen samma dag som anmälan kom in. I de övriga fem ärendena kom anmälan in en "
      f"fredag eftermiddag eller under en helg och bedömningen dokumenterades först nästa vardag.", size=10)
pdf.h2("Förhandsbedömning inom fjorton dagar")
pdf.p(f"I {D_FORHAND} av de {D_SAMPLE} granskade ärendena ({d_pct(D_FORHAND, D_SAMPLE)} procent) var "
      f"förhandsbedömningen klar inom 14 dagar. Nämndens egen uppföljning för 2025 visade {D_OWN_2025} procent. "
      + D_PASSAGE + " I fyra av de försenade ärendena saknades uppgift om vem som hade fattat beslutet.",
      size=10)
pdf.h2("Barnets egen berättelse")
pdf.p("Barnet hade fått komma till tals i 11 av de 22 ärenden där det enligt handläggarna hade varit möjligt. "
      "Flera socialsekreterare uppger att de saknar stöd för hur samtal med yngre barn ska genomföras.", size=10)
pdf.h2("Återkoppling och uppföljning")
pdf.p("Det finns ingen rutin för återkoppling till anmälare inom myndigheter. De två anmälare vi intervjuade "
      "hade bara fått besked när de själva hade ringt. Nämnden får en redovisning av handläggningstiderna i "
      "årsredovisningen men inte under året, och tidsgränsen ingår inte i den interna kontrollplanen.", size=10)
pdf.ln(10)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "Wendelsby den 28 oktober 2026", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines(["Stina Wahlund, certifierad kommunal revisor, Prövik Revision AB",
                "Klas Rask, ordförande för Wendelsby kommuns revisorer"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
