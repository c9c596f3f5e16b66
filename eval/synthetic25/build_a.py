"""(a) Hyttnäs kommun – handlingsplan för trygghet och brottsförebyggande arbete 2027–2028, uppföljning per den
30 september 2027.

Layout: DejaVu Sans body, DejaVu Sans Condensed table, portrait, 4 pages. P. 1: a TEAL SIDE BAND down the left edge
of the cover page with the municipality set vertically, the title and a key–value block, the background with the
survey figures, the four focus areas as a "1." list with bold lead words, the status sentence and a framed reading
note on the mixed deadline formats. Pp. 2–3: Tabell 1, a FULLY RULED GRID (thin grey lines round every cell) with
a dark teal heading row in white type (Nr / Åtgärd / Ansvarig / Klart / Kostnad 2027–2028, tkr / Status). Every
focus area opens with a PALE TEAL BAND carrying a dark tab at its left edge ("Fokusområde 2 · Barn och unga") and
closes with an ITALIC SHADED "Summa fokusområde 2" row; deadlines are written in three ways ("2027-06-30",
"kv 2 2027", "december 2027"), costs without a figure say "ryms i ram" in grey italics, and the status word has a
SMALL COLOURED SQUARE before it. The table BREAKS INSIDE focus area 3: p. 3 repeats the caption with "(forts.)",
the heading row and the band with "(forts.)"; a bold "Totalt, 22 åtgärder" row under a double rule closes it.
P. 4: comments on the three delayed actions, the financing and the follow-up as a "•" list. Metadata title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import (A_ACTIONS, A_AREAS, A_BREAK_AFTER, A_RAM, A_SURVEY, A_FOLLOWUP, a_sum, a_counts, a_area,
                  a_delayed, grp, dmy)

OUT = HERE / "hyttnas-handlingsplan-trygghet-2027-2028.pdf"
TEAL = (18, 88, 98)
PALE = (214, 234, 236)
TITLE = "Handlingsplan för trygghet och brottsförebyggande arbete 2027–2028"
pdf = Doc("Hyttnäs kommun", "Handlingsplan trygghet 2027–2028", "Sida {p} av 4", font="dejavu", accent=TEAL,
          foot="Hyttnäs kommun · Kommunstyrelsen · Brottsförebyggande rådet · Dnr KS 2026/377",
          title=TITLE + " – uppföljning per 30 september 2027", author="Hyttnäs kommun",
          created=dt.datetime(2027, 10, 6, 10, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
cnt = a_counts()
n_ram = sum(1 for x in A_ACTIONS if x[4] is None)
delayed = a_delayed()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*TEAL)
pdf.rect(0, 0, 14, pdf.h, style="F")
with pdf.rotation(90, 7, 150):
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 13)
    pdf.set_xy(7 - 60, 150 - 4)
    pdf.cell(120, 8, "HYTTNÄS KOMMUN", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_left_margin(28)
pdf.set_xy(28, 22)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(*TEAL)
pdf.cell(0, 5, "Kommunstyrelsen · Brottsförebyggande rådet", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.6, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 12)
pdf.cell(0, 7, f"Uppföljning per den {dmy(A_FOLLOWUP)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-23, § 141"),
        ("Diarienummer", "KS 2026/377"),
        ("Giltighet", "1 januari 2027–31 december 2028"),
        ("Uppföljning", "Kommunstyrelsen två gånger per år"),
        ("Kontakt", "Beatrice Hallberg, säkerhetssamordnare")], lw=36, size=9.4, lh=4.7)
pdf.h1("Bakgrund", size=12)
k26, m26 = A_SURVEY[2026]
k24, m24 = A_SURVEY[2024]
pdf.p(f"I kommunens trygghetsmätning hösten 2026 uppgav {k26} procent av kvinnorna och {m26} procent av männen att "
      "de känner sig otrygga när de går ut ensamma sent på kvällen i sitt bostadsområde. Vid mätningen 2024 var "
      f"andelarna {k24} respektive {m24} procent. Otryggheten är störst i Hyttbacken och Lerdalen och kring "
      "resecentrum.", size=9.8)
pdf.p("Handlingsplanen bygger på den lokala lägesbilden och på medborgarlöftet med polisen. Åtgärderna är "
      "samlade i fyra fokusområden:", size=9.8, after=1.5)
focus_text = {
    "1": "belysning, röjning, kameror och ordningsvakter där många rör sig.",
    "2": "tidiga insatser i skolan, på fritiden och i familjen.",
    "3": "stöd till dem som utsätts och insatser för dem som utövar våld.",
    "4": "gemensam bild av problemen och tydlig ansvarsfördelning med polisen.",
}
for nr, name in A_AREAS:
    pdf.set_x(30)
    pdf.set_font("Sans", "", 9.8)
    pdf.cell(6, 5, f"{nr}.")
    pdf.set_font("Sans", "B", 9.8)
    w = pdf.get_string_width(name + " – ") + 0.5
    pdf.cell(w, 5, name + " –")
    pdf.set_font("Sans", "", 9.8)
    pdf.multi_cell(0, 5, " " + focus_text[nr], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(2)
pdf.h1("Läget i korthet", size=12)
pdf.p(f"Planen innehåller {len(A_ACTIONS)} åtgärder med en sammanlagd kostnad på {grp(a_sum())} tkr under "
      f"2027–2028. För {n_ram} av åtgärderna finns ingen särskild kostnad, eftersom de ryms inom ansvarig nämnds "
      f"budget. Per den {dmy(A_FOLLOWUP)} är {cnt['Klar']} åtgärder klara, {cnt['Pågår']} pågår och "
      f"{cnt['Ej påbörjad']} har ännu inte påbörjats. {len(delayed)} åtgärder är försenade och kommenteras på "
      "sidan 4.", size=9.8)
pdf.ln(1)
y0 = pdf.get_y()
pdf.set_xy(32, y0 + 3)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 4.6, "Så läser du tabellen", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
for line in ("Klart anger när åtgärden ska vara genomförd: ett datum, ett kvartal (kv 1 = januari–mars) eller en "
             "månad. Kostnaden avser hela perioden 2027–2028 i tusentals kronor.",
             "\"Ryms i ram\" betyder att åtgärden genomförs inom ansvarig nämnds budget utan särskilda medel. Status "
             "avser läget den 30 september 2027."):
    pdf.set_x(32)
    pdf.multi_cell(pdf.w - 32 - 24, 4.4, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
y1 = pdf.get_y() + 1.5
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.35)
pdf.rect(28, y0, pdf.w - 28 - 20, y1 - y0)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_left_margin(20)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1 (fully ruled grid)
W = [9, 54, 40, 21, 20, 26]
HEAD = ["Nr", "Åtgärd", "Ansvarig", "Klart", "Kostnad, tkr", "Status"]
AL = ["L", "L", "L", "L", "R", "L"]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
FS, LH, PAD = 8.0, 3.75, 1.3
ST_COL = {"Klar": (40, 130, 60), "Pågår": (215, 150, 20), "Ej påbörjad": (175, 60, 50)}
GRID = (150, 150, 150)


def caption(cont):
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 6, "Tabell 1. Åtgärder, kostnad 2027–2028 och status per 30 september 2027" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def heading():
    y = pdf.get_y()
    pdf.set_font("Cond", "B", 8.6)
    n = max(pdf._nlines(w - 2 * PAD, h) for w, h in zip(W, HEAD))
    hh = n * LH + 2 * PAD
    pdf.set_fill_color(*TEAL)
    pdf.rect(20, y, sum(W), hh, style="F")
    pdf.set_text_color(255, 255, 255)
    for x, w, a, h in zip(X, W, AL, HEAD):
        k = pdf._nlines(w - 2 * PAD, h)
        pdf.set_xy(x + PAD, y + PAD + (n - k) * LH)
        pdf.multi_cell(w - 2 * PAD, LH, h, align=a, new_x="RIGHT", new_y="TOP")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*GRID)
    for x in X[1:]:
        pdf.line(x, y, x, y + hh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + hh)


def band(nr, name, cont=False):
    y = pdf.get_y()
    hh = 6.6
    pdf.set_fill_color(*PALE)
    pdf.rect(20, y, sum(W), hh, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(20, y, 2.2, hh, style="F")
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(24, y + 0.8)
    pdf.cell(sum(W) - 6, 5, f"Fokusområde {nr} · {name}" + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*GRID)
    pdf.rect(20, y, sum(W), hh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + hh)


def row(x):
    nr, text, who, klart, cost, status = x
    pdf.set_font("Cond", "", FS)
    n = max(pdf._nlines(W[1] - 2 * PAD, text), pdf._nlines(W[2] - 2 * PAD, who))
    hh = n * LH + 2 * PAD
    y = pdf.get_y()
    pdf.set_font("Cond", "B", FS)
    pdf.set_xy(X[0] + PAD, y + PAD)
    pdf.cell(W[0] - 2 * PAD, LH, nr)
    pdf.set_font("Cond", "", FS)
    for k, c in ((1, text), (2, who)):
        pdf.set_xy(X[k] + PAD, y + PAD)
        pdf.multi_cell(W[k] - 2 * PAD, LH, c, align="L", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(X[3] + PAD, y + PAD)
    pdf.cell(W[3] - 2 * PAD, LH, klart)
    pdf.set_xy(X[4] + PAD, y + PAD)
    if cost is None:
        pdf.set_font("Cond", "I", FS - 0.4)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(W[4] - 2 * PAD, LH, A_RAM, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Cond", "", FS)
    else:
        pdf.cell(W[4] - 2 * PAD, LH, grp(cost), align="R")
    pdf.set_fill_color(*ST_COL[status])
    pdf.rect(X[5] + PAD, y + PAD + 0.9, 2.3, 2.3, style="F")
    pdf.set_xy(X[5] + PAD + 3.4, y + PAD)
    pdf.cell(W[5] - 2 * PAD - 3.4, LH, status)
    pdf.set_draw_color(*GRID)
    pdf.rect(20, y, sum(W), hh)
    for xx in X[1:]:
        pdf.line(xx, y, xx, y + hh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + hh)


def summa(nr):
    y = pdf.get_y()
    hh = LH + 2 * PAD
    pdf.set_fill_color(242, 242, 242)
    pdf.rect(20, y, sum(W), hh, style="F")
    pdf.set_font("Cond", "I", FS)
    pdf.set_xy(X[1] + PAD, y + PAD)
    pdf.cell(W[1] + W[2] + W[3] - 2 * PAD, LH, f"Summa fokusområde {nr}")
    pdf.set_xy(X[4] + PAD, y + PAD)
    pdf.cell(W[4] - 2 * PAD, LH, grp(a_sum(nr)), align="R")
    pdf.set_draw_color(*GRID)
    pdf.rect(20, y, sum(W), hh)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + hh + 0.0)


pdf.add_page()
pdf.p("Tabellen redovisar samtliga åtgärder i planen, grupperade efter fokusområde. Åtgärder utan särskild kostnad "
      "finansieras inom respektive nämnds budget.", size=9, after=2)
caption(False)
heading()
names = dict(A_AREAS)
for nr, name in A_AREAS:
    band(nr, name)
    acts = [x for x in A_ACTIONS if a_area(x[0]) == nr]
    for x in acts:
        row(x)
        if x[0] == A_BREAK_AFTER:
            pdf.ln(2)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            caption(True)
            heading()
            band(nr, name, cont=True)
    summa(nr)
y = pdf.get_y() + 0.8
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.line(20, y, RIGHT, y)
pdf.line(20, y + 0.9, RIGHT, y + 0.9)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", FS + 0.4)
pdf.set_xy(X[1] + PAD, y + 1.8)
pdf.cell(W[1] + W[2] + W[3] - 2 * PAD, LH + 0.6, f"Totalt, {len(A_ACTIONS)} åtgärder")
pdf.set_xy(X[4] + PAD, y + 1.8)
pdf.cell(W[4] - 2 * PAD, LH + 0.6, grp(a_sum()), align="R")
pdf.set_y(y + 9)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 3.8, "Status: Klar = åtgärden är genomförd. Pågår = arbetet har startat. Ej påbörjad = arbetet har "
               "inte startat. Kostnad i tusentals kronor för hela perioden; ryms i ram = ingen särskild kostnad.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4 comments, financing, follow-up
pdf.add_page()
pdf.h1("Kommentarer till försenade åtgärder", size=12.5)
pdf.p(f"Tre åtgärder skulle enligt planen ha varit klara före den {dmy(A_FOLLOWUP)} men är inte genomförda.",
      size=9.8)
pdf.h2("1.1 Belysning mellan stationen och centrum", size=10)
pdf.p("Belysningsstolparna levererades först i augusti eftersom leverantören hade brist på stolpar. Arbetet "
      "beräknas vara klart i november 2027, och kostnaden ryms inom den beräknade budgeten.", size=9.8)
pdf.h2("2.5 Samverkan för unga i riskzon (SSPF)", size=10)
pdf.p("SSPF-gruppen kom igång först i september eftersom polisens kontaktperson byttes ut under våren. Gruppen "
      "träffas nu varannan vecka och har hittills arbetat med elva ungdomar.", size=9.8)
pdf.h2("4.3 Samordnare för det brottsförebyggande arbetet", size=10)
pdf.p("Den första rekryteringen av samordnare avbröts i maj då ingen sökande hade rätt kompetens. Tjänsten "
      "annonserades på nytt i juni, och en samordnare börjar den 1 november 2027. Fram till dess leds arbetet av "
      "säkerhetssamordnaren.", size=9.8)
pdf.h1("Finansiering", size=12.5)
pdf.p(f"Av den sammanlagda kostnaden på {grp(a_sum())} tkr finansieras 9 000 tkr med kommunstyrelsens särskilda "
      "medel för trygghetsåtgärder, som fullmäktige avsatte i budgeten för 2027. Resterande 3 600 tkr finansieras av "
      "de ansvariga nämnderna. Kommunen har dessutom sökt statsbidrag för det brottsförebyggande arbetet; beslut "
      "väntas i december 2027.", size=9.8)
pdf.h1("Så följs planen upp", size=12.5)
pdf.bullets(["Varje ansvarig nämnd rapporterar läget för sina åtgärder till brottsförebyggande rådet i april och "
             "i september.",
             "Kommunstyrelsen får en samlad uppföljning två gånger per år, och kommunfullmäktige får en slutrapport "
             "våren 2029.",
             "Lägesbilden från polisen och kommunen används för att vid behov byta ut eller lägga till åtgärder.",
             "Trygghetsmätningen hösten 2028 visar om otryggheten har minskat sedan 2026."], size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
