"""(d) Tallunda kommun – handlingsplan för folkhälsa med inriktning på alkohol, narkotika, dopning, tobak och spel
(ANDTS) 2027–2028.

Layout: DejaVu Sans, 4 pages; pp. 1–2 portrait, pp. 3–4 LANDSCAPE. P. 1: a title block under a WIDE PURPLE BAND
THAT FADES IN FOUR STEPS to the right, the plan's decision line, the introduction and Tabell 1, the pupil survey
2026 with a TWO-LEVEL HEADING whose upper cells ("Årskurs 9", "Gymnasiet år 2") are ROUNDED FILLED LABELS over their
two columns (Flickor / Pojkar), horizontal hairlines only and a source line, then a short comment (the passage on
nicotine pouches). P. 2: the prioritised areas as a NUMBERED LIST WHOSE ITEMS WRAP over two or three lines with NESTED
a)–c) ITEMS, a legend of the status marks, the test purchases and the financing in running text with competing
figures. Pp. 3–4 (landscape): Tabell 2, the actions (Nr / Åtgärd / Ansvarig / Tid / Status / Indikator) grouped
under the four target areas as GROUP ROWS WITH A PURPLE NUMBER SQUARE, times written "Årligen", "HT 2027", "VT 2028",
"2027", "Senast 30 juni 2028", the status word led by a DRAWN FOUR-SEGMENT PROGRESS BAR (Klar 4/4, Påbörjad 2/4,
Försenad 1/4 in red, Ej startad 0/4), wrapped Åtgärd, Ansvarig and Indikator cells, thin rules between rows. The
table breaks after action 2.3 ("Tabell 2 fortsätter"); p. 4 repeats "Tabell 2 (forts.)", the heading and the
group row "2 … (forts.)", and ends with the follow-up text. Metadata title set.
"""
import datetime as dt

from common34 import HERE, Doc
from data import (D_AREAS, D_ACTIONS, D_BREAK_AFTER, D_PRIORITIES, D_SURVEY, D_SURVEY_YEAR, D_BUDGET, D_TESTBUYS,
                  D_PASSAGE, d1, r0)

OUT = HERE / "tallunda-handlingsplan-folkhalsa-andts-2027-2028.pdf"
PUR = (92, 52, 120)
RED = (190, 40, 40)
pdf = Doc("Tallunda kommun", "Handlingsplan ANDTS 2027–2028", "Sida {p} av 4", font="dejavu", accent=PUR,
          title="Handlingsplan för folkhälsa – ANDTS 2027–2028 – Tallunda kommun", author="Tallunda kommun",
          foot="Tallunda kommun · Kommunstyrelsen · Dnr KS 2026/412",
          created=dt.datetime(2026, 12, 14, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for k, shade in enumerate([(92, 52, 120), (128, 96, 152), (170, 146, 188), (214, 200, 224)]):
    pdf.set_fill_color(*shade)
    pdf.rect(k * 52.5, 0, 52.5, 30, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 10)
pdf.set_xy(22, 9)
pdf.cell(100, 5, "TALLUNDA KOMMUN")
pdf.set_font("Sans", "", 8.6)
pdf.set_xy(22, 15)
pdf.cell(100, 5, "Kommunstyrelsen · Folkhälsorådet")
pdf.set_text_color(0, 0, 0)
pdf.set_y(38)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*PUR)
pdf.multi_cell(0, 7.6, "Handlingsplan för folkhälsa med inriktning på alkohol, narkotika, dopning, tobak och "
               "spel 2027–2028", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(100, 100, 100)
pdf.set_font("Sans", "", 8.8)
pdf.ln(1)
pdf.cell(0, 5, "Antagen av kommunstyrelsen 2026-12-08 § 214 · Gäller 1 januari 2027–31 december 2028",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.p("Handlingsplanen beskriver hur kommunens förvaltningar under 2027 och 2028 ska arbeta för att minska "
      "skadorna av alkohol, narkotika, dopning, tobak och spel om pengar. Planen bygger på den nationella "
      "ANDTS-strategin och på kommunens folkhälsopolicy. Den följs upp av folkhälsorådet två gånger per år.",
      size=9.6, lh=4.8)
pdf.h2("Nulägesbild")
pdf.p(f"Tabell 1 visar resultat från enkäten Liv och hälsa ung som genomfördes våren {D_SURVEY_YEAR} i "
      f"årskurs 9 och i gymnasiets år 2.", size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, f"Tabell 1. Andel elever i procent som uppger följande, {D_SURVEY_YEAR}", new_x="LMARGIN",
         new_y="NEXT")
SC = [82, 21, 21, 21, 21]
SA = ["L", "R", "R", "R", "R"]
x0 = 22
tw = sum(SC)
y = pdf.get_y() + 2
for a_, t in ((1, "Årskurs 9"), (3, "Gymnasiet år 2")):
    xa = x0 + sum(SC[:a_])
    pdf.set_fill_color(*PUR)
    pdf.rect(xa + 1.5, y, SC[a_] + SC[a_ + 1] - 3, 5.2, style="F", round_corners=True, corner_radius=2.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(xa + 1.5, y + 0.3)
    pdf.cell(SC[a_] + SC[a_ + 1] - 3, 4.6, t, align="C")
pdf.set_text_color(0, 0, 0)
y += 6.4
y += pdf.row(x0, y, SC, SA, ["Indikator", "Flickor", "Pojkar", "Flickor", "Pojkar"], style="B", size=8.4, lh=4)
pdf.hline(x0, x0 + tw, y, 0.5, PUR)
for s in D_SURVEY:
    y += pdf.row(x0, y, SC, SA, [s[0], str(s[1]), str(s[2]), str(s[3]), str(s[4])], size=8.8, lh=4.3, vpad=1.3)
    pdf.hline(x0, x0 + tw, y, 0.1, (170, 170, 170))
pdf.hline(x0, x0 + tw, y, 0.5, PUR)
pdf.set_xy(x0, y + 1.2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(90, 90, 90)
pdf.cell(tw, 4, "Källa: Liv och hälsa ung. Svarsfrekvens 81 procent i årskurs 9 och 74 procent "
         "i gymnasiet.")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 8)
pdf.p("Alkoholbruket bland unga har minskat under lång tid, men berusningsdrickandet i gymnasiet ligger kvar på "
      f"samma nivå. Särskilt oroande är att {D_PASSAGE}. Pojkar spelar om pengar i betydligt högre grad än "
      "flickor.", size=9.6, lh=4.8)

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("Prioriteringar 2027–2028")
pdf.p("Kommunstyrelsen har beslutat att arbetet under planperioden ska prioriteras i följande ordning:", size=9.8)
pdf.numbered(D_PRIORITIES, size=9.8, lh=4.9, indent=8, sub_indent=7)


def pbar(x, y, status):
    n = {"Klar": 4, "Påbörjad": 2, "Försenad": 1, "Ej startad": 0}[status]
    for i in range(4):
        pdf.set_draw_color(*PUR)
        if i < n:
            pdf.set_fill_color(*(RED if status == "Försenad" else PUR))
            pdf.rect(x + i * 2.1, y, 1.8, 2.6, style="DF")
        else:
            pdf.rect(x + i * 2.1, y, 1.8, 2.6, style="D")
    pdf.set_draw_color(0, 0, 0)


pdf.h2("Så redovisas status i tabell 2")
for st, txt in (("Klar", "åtgärden är genomförd"), ("Påbörjad", "arbetet pågår enligt plan"),
                ("Försenad", "arbetet pågår men ligger efter tidplanen"),
                ("Ej startad", "arbetet har inte påbörjats")):
    y = pdf.get_y()
    pbar(24, y + 1.1, st)
    pdf.set_xy(35, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(24, 4.8, st)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(0, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
pdf.ln(2)
buys, sold = D_TESTBUYS
pdf.h2("Kontrollköp")
pdf.p(f"Under 2026 genomfördes {buys} kontrollköp av folköl, tobak och nikotinprodukter. Vid {sold} av dem fick "
      f"den unga köparen handla utan att visa legitimation, vilket motsvarar {r0(sold / buys * 100)} procent. "
      f"Butikerna får alltid skriftlig återkoppling efter köpet.", size=9.8)
b27, b28, grant = D_BUDGET
pdf.h2("Finansiering")
pdf.p(f"Arbetet finansieras inom förvaltningarnas ramar och med särskilda medel för folkhälsa. För 2027 avsätts "
      f"{d1(b27)} mnkr och för 2028 {d1(b28)} mnkr, varav {d1(grant)} mnkr per år är statsbidrag som "
      f"länsstyrelsen fördelar.", size=9.8)

# ---------------------------------------------------------------- pp. 3–4 landscape: Tabell 2
COLS = [13, 84, 50, 33, 31, 56]
AL = ["L", "L", "L", "L", "L", "L"]
X0 = 20
TW = sum(COLS)


def head(y):
    pdf.set_fill_color(*PUR)
    h = pdf.row_h(COLS, ["Nr", "Åtgärd", "Ansvarig", "Tid", "Status", "Indikator"], style="B", size=8.6, lh=4.2)
    pdf.rect(X0, y, TW, h, style="F")
    pdf.row(X0, y, COLS, AL, ["Nr", "Åtgärd", "Ansvarig", "Tid", "Status", "Indikator"], style="B", size=8.6,
            lh=4.2, color=(255, 255, 255))
    return y + h


def group_row(y, nr, title):
    y += 1.2
    pdf.set_fill_color(240, 234, 245)
    pdf.rect(X0, y, TW, 6.4, style="F")
    pdf.set_fill_color(*PUR)
    pdf.rect(X0 + 1, y + 0.8, 4.8, 4.8, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(X0 + 1, y + 0.9)
    pdf.cell(4.8, 4.6, nr, align="C")
    pdf.set_text_color(*PUR)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(X0 + 8, y + 0.7)
    pdf.cell(200, 5, title)
    pdf.set_text_color(0, 0, 0)
    return y + 6.4


def act_row(y, a):
    cells = [a[0], a[1], a[2], a[3], "           " + a[5], a[6]]
    h = pdf.row(X0, y, COLS, AL, cells, size=8.6, lh=4.2, vpad=1.6,
                styles=["B", None, None, None, None, None],
                colors=[None, None, None, None, RED if a[5] == "Försenad" else None, None])
    pbar(X0 + sum(COLS[:4]) + 1.4, y + 2.2, a[5])
    y += h
    pdf.hline(X0, X0 + TW, y, 0.15, (160, 160, 160))
    return y


pdf.add_page(orientation="L")
pdf.h1("Åtgärder 2027–2028")
pdf.p("Tabell 2 visar åtgärderna under varje målområde, vem som ansvarar, när åtgärden ska vara genomförd, status i "
      "december 2026 och den indikator som används i uppföljningen.", size=9.6)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Åtgärder per målområde", new_x="LMARGIN", new_y="NEXT")
y = head(pdf.get_y() + 1.5)
for nr, title in D_AREAS:
    y = group_row(y, nr, title)
    for a in [a for a in D_ACTIONS if a[0].split(".")[0] == nr]:
        y = act_row(y, a)
        if a[0] == D_BREAK_AFTER:
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Tabell 2 fortsätter på nästa sida.", align="R")
            pdf.add_page(orientation="L")
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(0, 5, "Tabell 2 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = head(pdf.get_y() + 1.5)
            y = group_row(y, nr, f"{title} (forts.)")
pdf.set_y(y + 6)
pdf.h2("Uppföljning")
pdf.p("Folkhälsostrategen sammanställer uppföljningen i juni och december varje år. Åtgärder som är försenade ska "
      "redovisas med orsak och ny tidplan. Planen utvärderas som helhet under hösten 2028, inför arbetet med nästa "
      "plan.", size=9.6)
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, "Kontakt: Annika Edlund, folkhälsostrateg, kommunstyrelsens förvaltning", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
