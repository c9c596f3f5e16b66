"""(c) Spjutsjö kommun – lokalförsörjningsplan 2027–2031.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, portrait, 4 pages. P. 1: title beside a drawn HOUSE-
SHAPED MARK (a pentagon outline), a key–value block, the summary with competing figures (12 projects, 752,9
mnkr, group sums, six projects dearer by 54,4 mnkr, four ready by 2028) and Tabell A, the population forecast,
as a small table with horizontal rules only. Pp. 2–3: Tabell 1, the projects GROUPED UNDER FULL-WIDTH COLOURED
BANDS (white group name at the left, "5 projekt" at the right): each project cell holds the BOLD PROJECT NAME
with the measure in a GREY LINE UNDER IT; Investering, mnkr / Plan 2026, mnkr (grey, "–" for new projects) /
Start / Klart ("2028", "hösten 2029", "våren 2030") / Status as a COLOURED SQUARE BESIDE THE STATUS WORD / a
TIMELINE COLUMN WITH A MINI GANTT BAR over five year ticks 2027–2031; dotted rules between projects, an italic
"Delsumma <grupp>" row per group and a bold total. The table BREAKS INSIDE THE PRESCHOOL GROUP: p. 3 repeats the
caption "(forts.)", the heading and the band "Förskolor (forts.)". P. 4: priorities, changes since the 2026 plan
(passage on Kronvallsskolan), premises to be closed as a "•" list and a signature. Metadata title set.
"""
import datetime as dt

from common27 import HERE, Doc
from data import (C_GROUPS, C_BREAK_AFTER, C_STATUS, C_YEARS, C_POP, C_PASSAGE, c_projects, c_group_sum,
                  c_total, c_increase, c_ready_year, g, d1, r1)

OUT = HERE / "spjutsjo-lokalforsorjningsplan-2027-2031.pdf"
ACC = (44, 72, 128)
SCOL = {"Ej påbörjad": (170, 170, 170), "Förstudie": (235, 190, 60), "Projektering": (120, 170, 220),
        "Upphandling": (150, 100, 190), "Byggnation": (60, 150, 80)}
pdf = Doc("Spjutsjö kommun", "Lokalförsörjningsplan 2027–2031", "Sida {p} (4)", font="dejavu", accent=ACC,
          title="Lokalförsörjningsplan 2027–2031 – Spjutsjö kommun", author="Spjutsjö kommun",
          foot="Spjutsjö kommun · Samhällsbyggnadsförvaltningen, fastighetsavdelningen · Dnr KS 2026/0577",
          created=dt.datetime(2026, 10, 2, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
projs = [p for _, p in c_projects()]
up, up_sum = c_increase()
down = [p for p in projs if p[3] is not None and p[2] < p[3]]
ready28 = [p for p in projs if c_ready_year(p) <= 2028]
WORDS = {1: "Ett", 2: "Två", 3: "Tre", 4: "Fyra", 5: "Fem", 6: "Sex", 7: "Sju", 8: "Åtta", 12: "tolv"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.9)
pdf.polygon([(22, y + 20), (22, y + 9), (30, y + 2), (38, y + 9), (38, y + 20)], style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(44, y + 1)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*ACC)
pdf.cell(0, 9, "Lokalförsörjningsplan 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(44)
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(80, 80, 80)
pdf.cell(0, 6, "Spjutsjö kommun – skolor, förskolor och äldreboenden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 27)
pdf.kv([("Dnr", "KS 2026/0577"),
        ("Beslutas av", "Kommunfullmäktige 23 november 2026"),
        ("Ansvarig", "Rolf Kjellberg, lokalstrateg")], lw=30, size=9.2, lh=4.6)
pdf.h1("Sammanfattning", size=12.5)
gs = {gr: c_group_sum(gr) for gr, _ in C_GROUPS}
pdf.p(f"Planen omfattar {len(projs)} projekt med en sammanlagd investering på {d1(c_total())} mnkr under "
      f"perioden 2027–2031. Skolorna svarar för {d1(gs['Skolor'])} mnkr, förskolorna för {d1(gs['Förskolor'])} "
      f"mnkr och äldreboendena för {d1(gs['Äldreboenden'])} mnkr.", size=9.8)
pdf.p(f"{WORDS[len(up)]} projekt har blivit dyrare sedan planen för 2026, sammanlagt {d1(up_sum)} mnkr, främst "
      f"på grund av högre byggpriser och skärpta krav på tillgänglighet. Ombyggnaden av Spjutsjö gymnasium blir "
      f"{d1(r1(down[0][3] - down[0][2]))} mnkr billigare än beräknat. {WORDS[len(ready28)]} projekt ska vara "
      f"klara senast 2028.", size=9.8)
pdf.p("Behovet styrs av befolkningsprognosen. Antalet barn i förskoleåldern och antalet invånare över 80 år ökar "
      "snabbare än i den förra prognosen, medan antalet barn i skolåldern ökar svagt.", size=9.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5.5, "Tabell A. Befolkningsprognos för Spjutsjö kommun, antal invånare", new_x="LMARGIN",
         new_y="NEXT")
WA = [70, 28, 28, 30]
XA = [20]
for w in WA[:-1]:
    XA.append(XA[-1] + w)
y = pdf.get_y() + 1
pdf.line(20, y, 20 + sum(WA), y)
pdf.set_font("Cond", "B", 8.8)
for x, w, h, a in zip(XA, WA, ["Åldersgrupp", "2026", "2031", "Förändring"], "LRRR"):
    pdf.set_xy(x, y + 0.5)
    pdf.cell(w - 2, 5, h, align=a)
y += 6
pdf.line(20, y, 20 + sum(WA), y)
for grp, a, b in C_POP:
    pdf.set_font("Cond", "", 8.8)
    for x, w, v, al in zip(XA, WA, [grp, g(a), g(b), "+" + g(b - a)], "LRRR"):
        pdf.set_xy(x, y + 0.4)
        pdf.cell(w - 2, 5.2, v, align=al)
    y += 5.6
pdf.line(20, y, 20 + sum(WA), y)
pdf.set_y(y + 3)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Källa: kommunens befolkningsprognos, maj 2026.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
W = [52, 20, 17, 12, 22, 24, 23]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
R = 20 + sum(W)
CAP = "Tabell 1. Investeringsprojekt i lokalförsörjningsplanen 2027–2031"


def heading(cont):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, CAP + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y_ = pdf.get_y() + 1
    pdf.set_font("Cond", "B", 8.0)
    heads = ["Projekt och åtgärd", "Investering\nmnkr", "Plan 2026\nmnkr", "Start", "Klart", "Status",
             "Tidslinje"]
    for x, w, h, a in zip(X, W, heads, "LRRCLLC"):
        pdf.set_xy(x + (1.5 if a == "L" else 0), y_ + (0 if "\n" in h or h == "Tidslinje" else 2))
        pdf.multi_cell(w - 0.5, 4, h, align=a)
    # year ticks of the timeline column
    pdf.set_font("Cond", "", 6.8)
    tw = (W[6] - 3) / len(C_YEARS)
    for i, yr in enumerate(C_YEARS):
        pdf.set_xy(X[6] + 1.5 + i * tw, y_ + 4.6)
        pdf.cell(tw, 3.4, str(yr)[2:], align="C")
    y_ += 9
    pdf.set_line_width(0.5)
    pdf.line(20, y_, R, y_)
    pdf.set_line_width(0.2)
    return y_ + 1


def band(y_, gr, n, cont=False):
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y_, R - 20, 6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(22, y_ + 0.5)
    pdf.cell(80, 5, gr + (" (forts.)" if cont else ""))
    pdf.set_font("Sans", "", 8.5)
    pdf.set_xy(R - 42, y_ + 0.5)
    pdf.cell(40, 5, f"{n} projekt", align="R")
    pdf.set_text_color(0, 0, 0)
    return y_ + 7


def project(y_, p):
    pdf.set_font("Cond", "B", 8.8)
    pdf.set_xy(21.5, y_)
    pdf.cell(W[0] - 2, 4.6, p[0])
    pdf.set_font("Cond", "", 8.8)
    cells = [d1(p[2]), "–" if p[3] is None else d1(p[3]), str(p[4]), p[5]]
    for x, w, v, a in zip(X[1:5], W[1:5], cells, "RRCL"):
        if x == X[2]:
            pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + (2 if a == "L" else 0), y_)
        pdf.cell(w - 2, 4.6, v, align=a)
        pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(*SCOL[p[6]])
    pdf.rect(X[5] + 1, y_ + 1.2, 2.4, 2.4, style="F")
    pdf.set_xy(X[5] + 4.5, y_)
    pdf.cell(W[5] - 5, 4.6, p[6])
    # timeline bar
    tw = (W[6] - 3) / len(C_YEARS)
    x_a = X[6] + 1.5 + (max(p[4], C_YEARS[0]) - C_YEARS[0]) * tw
    ry = c_ready_year(p)
    frac = 0.5 if p[5].startswith("våren") else 1.0
    x_b = X[6] + 1.5 + (ry - C_YEARS[0] + frac) * tw
    pdf.set_draw_color(210, 210, 210)
    for i in range(len(C_YEARS) + 1):
        pdf.line(X[6] + 1.5 + i * tw, y_ + 0.6, X[6] + 1.5 + i * tw, y_ + 7.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(*ACC)
    pdf.rect(x_a, y_ + 2.2, max(x_b - x_a, 1.0), 3, style="F")
    # measure in grey under the name
    pdf.set_font("Cond", "", 7.9)
    pdf.set_text_color(105, 105, 105)
    pdf.set_xy(21.5, y_ + 4.4)
    pdf.multi_cell(W[0] - 3, 3.6, p[1], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y_end = max(pdf.get_y(), y_ + 8.2) + 0.8
    pdf.set_draw_color(160, 160, 160)
    pdf.set_dash_pattern(dash=0.4, gap=0.6)
    pdf.line(20, y_end, R, y_end)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    return y_end + 1.2


def sum_row(y_, label, val, bold=False):
    pdf.set_font("Cond", "B" if bold else "I", 8.8)
    pdf.set_xy(21.5, y_)
    pdf.cell(W[0] - 2, 5, label)
    pdf.set_xy(X[1], y_)
    pdf.cell(W[1] - 2, 5, d1(val), align="R")
    return y_ + 6


pdf.add_page()
pdf.h1("Projekten i planen", size=12.5)
pdf.p("Tabell 1 visar alla investeringsprojekt i planen, grupperade efter verksamhet. Investeringen är den "
      "beräknade totala utgiften för projektet. Kolumnen Plan 2026 visar kalkylen i förra årets plan; ett "
      "streck betyder att projektet är nytt. Tidslinjen visar perioden från start till färdigställande.", size=9.4)
pdf.set_font("Sans", "", 8)
x = 20
for st in C_STATUS:
    pdf.set_fill_color(*SCOL[st])
    pdf.rect(x, pdf.get_y() + 1.3, 2.4, 2.4, style="F")
    pdf.set_xy(x + 3.5, pdf.get_y())
    w_ = pdf.get_string_width(st) + 8
    pdf.cell(w_, 5, st)
    x += w_ + 3.5
pdf.ln(8)
y = heading(False)
for gr, ps in C_GROUPS:
    broken = any(p[0] == C_BREAK_AFTER for p in ps)
    y = band(y, gr, len(ps))
    for p in ps:
        y = project(y, p)
        if p[0] == C_BREAK_AFTER:
            pdf.set_xy(20, y + 1)
            pdf.set_font("Sans", "I", 8.2)
            pdf.cell(0, 4.5, "Tabellen fortsätter på nästa sida.")
            pdf.add_page()
            y = heading(True)
            y = band(y, gr, len(ps), cont=True)
    y = sum_row(y, f"Delsumma {gr.lower()}", c_group_sum(gr))
pdf.set_line_width(0.5)
pdf.line(20, y - 0.5, R, y - 0.5)
pdf.set_line_width(0.2)
y = sum_row(y + 0.3, f"Totalt, {len(projs)} projekt", c_total(), bold=True)
pdf.set_xy(20, y + 2)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 4, "Investeringen anges i 2026 års prisnivå. Projekt som startade före 2027 redovisas med hela "
               "sin investering. Våren = färdigt senast den 30 juni, hösten = senast den 31 december.",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Prioriteringar", size=12.5)
pdf.p("Högst prioritet har projekt som behövs för att klara lagkrav eller där befintliga lokaler inte kan "
      "användas längre. Därefter prioriteras projekt som möter ett ökat behov enligt befolkningsprognosen och sist "
      "projekt som främst minskar kostnaderna.", size=9.8)
pdf.h2("Förändringar sedan planen för 2026")
pdf.p("Kronvallsskolan är ny i planen. " + C_PASSAGE + " En permanent byggnad ger också plats för de två "
      "klasser som i dag går i Vedbyskolans lokaler.", size=9.8)
pdf.p("Solrosens äldreboende har flyttats fram ett år, eftersom detaljplanen för tomten vid Solrosvägen "
      "överklagades. Pilfinkens förskola och rivningen av Solkattens förskola är nya projekt som följer av "
      "att Snickarbodens förskola byggs.", size=9.8)
pdf.h2("Lokaler som lämnas")
pdf.bullets(["Fyra paviljonger vid Kronvallsskolan, när den permanenta byggnaden är klar.",
             "Solkattens förskola, som rivs efter flytten till Snickarbodens förskola.",
             "Den inhyrda lokalen för dagverksamhet på Ribbingsgården, när trygghetsboendet öppnar."],
            size=9.6, lh=4.8)
pdf.h2("Uppföljning")
pdf.p("Planen revideras varje år och följs upp i årsredovisningen. Projekt över 20 mnkr kräver ett särskilt "
      "genomförandebeslut av kommunstyrelsen innan upphandlingen startar.", size=9.8)
pdf.ln(8)
pdf.sign_lines(["Rolf Kjellberg, lokalstrateg"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
