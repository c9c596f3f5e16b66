"""(b) Dyvika kommun – kommunstyrelsen: handlingsplan för näringslivsutveckling 2027–2028, uppföljning per 31
augusti 2027.

Layout: DejaVu Sans body, DejaVu Sans Condensed table; portrait, 4 pages. P. 1: a kicker, the title and subtitle,
a STACKED STATUS BAR across the page (three coloured segments proportional to the counts, "Klar 4", "Pågår 7",
"Ej påbörjad 5" written inside in white) with a caption, the summary with competing figures (16 actions, 8 440 tkr =
1 010 + 2 270 + 5 160 tkr, three "inom ram", 1 240 companies, NKI 68 vs 63) and the three focus areas as a list
with "→" markers and the goal in italics. Pp. 2–3: Tabell 1 with COLUMN RULES ONLY – thin vertical lines between
the columns and no lines between the rows – under a heading box with a DOUBLE RULE beneath it (Nr / Åtgärd /
Ansvarig / Klart / Status / Kostnad, tkr). Each focus area opens with its NUMBER IN AN OUTLINED CIRCLE beside the
bold name and an italic goal line, and closes with an italic "Summa fokusområde n" row. The Status cell holds the
word inside a ROUNDED OUTLINED PILL coloured by status; deadlines are written "2027-06-30", "kv 2 2027",
"december 2027" or "löpande"; costs are tkr or "inom ram" in italics. The table BREAKS INSIDE FOCUS AREA 2 after
action 2.3: p. 2 ends with "Tabellen fortsätter på nästa sida.", p. 3 repeats the caption with "(forts.)", the
heading box and the area heading with "(forts.)"; a bold "Totalt, 16 åtgärder" row closes it. P. 4: comments on
the actions that are late or not started (passage: why the fibre expansion waits), the financing and the next
follow-up as a "•" list. Metadata title set.
"""
import datetime as dt

from common29 import HERE, Doc
from data import (B_AREAS, B_ACTIONS, B_STATUSES, B_BREAK_AFTER, B_FOLLOWUP, B_COMPANIES, B_NKI, B_PASSAGE,
                  b_area_of, b_area_sum, b_total, b_count, b_cost_text, g, dmy)

OUT = HERE / "dyvika-handlingsplan-naringsliv-2027-2028.pdf"
ACC = (120, 52, 30)
pdf = Doc("Dyvika kommun", "Handlingsplan för näringslivsutveckling", "Sida {p} av 4", font="dejavu",
          accent=ACC, title="Handlingsplan för näringslivsutveckling 2027–2028 – uppföljning per 31 augusti 2027",
          author="Dyvika kommun, kommunledningsförvaltningen",
          foot="Dyvika kommun · Kommunledningsförvaltningen, näringslivsenheten · Dnr KS 2026/377",
          created=dt.datetime(2027, 9, 14, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
ST_COL = {"Klar": (46, 125, 50), "Pågår": (196, 130, 20), "Ej påbörjad": (120, 120, 120)}
n_act = len(B_ACTIONS)
inom = sum(1 for a in B_ACTIONS if a[6] is None)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.4)
pdf.set_text_color(*ACC)
pdf.cell(0, 4.5, "DYVIKA KOMMUN  ·  KOMMUNSTYRELSEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
pdf.set_font("Sans", "B", 18)
pdf.multi_cell(0, 8, "Handlingsplan för näringslivsutveckling 2027–2028", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 6, f"Uppföljning per {dmy(B_FOLLOWUP)}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
# stacked status bar
y = pdf.get_y()
x = 20
for st in B_STATUSES:
    w = 170 * b_count(st) / n_act
    pdf.set_fill_color(*ST_COL[st])
    pdf.rect(x, y, w, 9, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(x, y + 2.2)
    pdf.cell(w, 4.6, f"{st} {b_count(st)}", align="C")
    x += w
pdf.set_text_color(90, 90, 90)
pdf.set_font("Sans", "I", 8)
pdf.set_xy(20, y + 10.5)
pdf.cell(0, 4, f"Åtgärdernas status den {dmy(B_FOLLOWUP)}, {n_act} åtgärder", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Handlingsplanen antogs av kommunfullmäktige i november 2026 och innehåller {n_act} åtgärder inom tre "
      f"fokusområden. Per den {dmy(B_FOLLOWUP)} är {b_count('Klar')} åtgärder klara, {b_count('Pågår')} pågår och "
      f"{b_count('Ej påbörjad')} har ännu inte påbörjats.", size=9.8)
pdf.p(f"Åtgärderna beräknas kosta sammanlagt {g(b_total())} tkr under 2027–2028, varav {g(b_area_sum(1))} tkr "
      f"inom service och bemötande, {g(b_area_sum(2))} tkr inom kompetensförsörjning och {g(b_area_sum(3))} tkr "
      f"inom mark, lokaler och infrastruktur. {'Tre' if inom == 3 else inom} åtgärder genomförs inom befintlig "
      "ram.", size=9.8)
pdf.p(f"Dyvika har {g(B_COMPANIES)} företag med minst en anställd. I den senaste mätningen av företagsklimatet, "
      f"2026, fick kommunen ett Nöjd-Kund-Index på {B_NKI[1]}, jämfört med {B_NKI[0]} vid mätningen 2024.",
      size=9.8)
pdf.h1("Tre fokusområden", size=12.5)
for n, name, goal in B_AREAS:
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.cell(7, 5.2, "→")
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 5.2, f"{n} {name}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(29)
    pdf.set_font("Sans", "I", 9.4)
    pdf.multi_cell(159, 4.8, goal, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h2("Så läser du tabellen")
pdf.p("Kolumnen Klart anger när åtgärden ska vara genomförd, som datum, kvartal eller månad. Löpande betyder att "
      "åtgärden pågår under hela planperioden. Kostnaden är den beräknade kostnaden för 2027–2028 i tusen kronor; "
      "inom ram betyder att åtgärden finansieras inom nämndens befintliga budget.", size=9.4)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
W = [10, 51, 45, 21, 24, 19]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
FS = 8.6
LH = 4.2


def nlines(w, text, style=""):
    pdf.set_font("Cond", style, FS)
    return len(pdf.multi_cell(w, LH, text, dry_run=True, output="LINES"))


def heading():
    y = pdf.get_y()
    pdf.set_fill_color(244, 236, 230)
    pdf.rect(20, y, sum(W), 9, style="F")
    pdf.set_font("Cond", "B", FS)
    for i, h in enumerate(["Nr", "Åtgärd", "Ansvarig", "Klart", "Status", "Kostnad,\ntkr"]):
        pdf.set_xy(XS[i] + 1.2, y + (0.6 if "\n" in h else 2.4))
        pdf.multi_cell(W[i] - 2.4, 4, h, align="R" if i == 5 else "L")
    for i in range(1, 6):
        pdf.line(XS[i], y, XS[i], y + 9)
    pdf.line(20, y + 9, R, y + 9)
    pdf.line(20, y + 9.8, R, y + 9.8)
    pdf.set_y(y + 9.8)


def area_head(n, name, goal, cont=False):
    y = pdf.get_y() + 2
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.45)
    pdf.circle(x=24.5, y=y + 3.4, radius=3.1, style="D")
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*ACC)
    pdf.set_xy(21.4, y + 1.2)
    pdf.cell(6.2, 4.4, str(n), align="C")
    pdf.set_xy(31, y + 1.1)
    pdf.set_font("Sans", "B", 9.6)
    pdf.cell(0, 4.4, f"Fokusområde {n}. {name}" + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    if cont:
        pdf.set_y(y + 8)
        return
    pdf.set_xy(31, y + 5.6)
    pdf.set_font("Sans", "I", 8.2)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(157, 3.8, goal, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(pdf.get_y() + 1.5)


def action_row(a):
    y = pdf.get_y()
    cells = [a[0], a[1], a[2], a[3], a[5], b_cost_text(a)]
    n = max(nlines(W[i] - 2.4, c) for i, c in enumerate(cells) if i != 4)
    h = n * LH + 2.6
    for i in range(1, 6):
        pdf.line(XS[i], y, XS[i], y + h)
    for i, c in enumerate(cells):
        if i == 4:
            col = ST_COL[c]
            pdf.set_draw_color(*col)
            pdf.set_line_width(0.35)
            pdf.set_font("Cond", "B", 7.8)
            tw = pdf.get_string_width(c) + 4
            pdf.rect(XS[4] + 1.2, y + 1.1, tw, LH + 0.3, style="D", round_corners=True, corner_radius=2.1)
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(*col)
            pdf.set_xy(XS[4] + 1.2, y + 1.25)
            pdf.cell(tw, LH, c, align="C")
            pdf.set_text_color(0, 0, 0)
            continue
        pdf.set_font("Cond", "I" if (i == 5 and a[6] is None) else ("B" if i == 0 else ""), FS)
        if i == 5 and a[6] is None:
            pdf.set_text_color(110, 110, 110)
        pdf.set_xy(XS[i] + 1.2, y + 1.3)
        pdf.multi_cell(W[i] - 2.4, LH, c, align="R" if i == 5 else "L")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h)


def sum_row(label, value, bold=False):
    y = pdf.get_y()
    pdf.set_draw_color(150, 150, 150)
    pdf.line(20, y, R, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Cond", "B" if bold else "I", FS + (0.4 if bold else 0))
    pdf.set_xy(XS[1] + 1.2, y + 1.2)
    pdf.cell(W[1] + W[2] + W[3] + W[4] - 2.4, LH, label)
    pdf.set_xy(XS[5] + 1.2, y + 1.2)
    pdf.cell(W[5] - 2.4, LH, value, align="R")
    pdf.set_y(y + LH + 2.6)


pdf.add_page()
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Åtgärder per fokusområde", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
heading()
for n, name, goal in B_AREAS:
    acts = [a for a in B_ACTIONS if b_area_of(a) == n]
    area_head(n, name, goal)
    for a in acts:
        action_row(a)
        if a[0] == B_BREAK_AFTER:
            pdf.set_draw_color(0, 0, 0)
            pdf.line(20, pdf.get_y(), R, pdf.get_y())
            pdf.ln(2)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            pdf.set_font("Sans", "B", 11.5)
            pdf.set_text_color(*ACC)
            pdf.cell(0, 6, "Tabell 1. Åtgärder per fokusområde (forts.)", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
            heading()
            area_head(n, name, goal, cont=True)
    sum_row(f"Summa fokusområde {n}", g(b_area_sum(n)))
y = pdf.get_y() + 0.6
pdf.line(20, y, R, y)
pdf.line(20, y + 0.8, R, y + 0.8)
pdf.set_y(y + 0.8)
sum_row(f"Totalt, {n_act} åtgärder", g(b_total()), bold=True)
pdf.ln(2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 3.7, "Status: Klar = åtgärden är genomförd. Pågår = arbetet har startat. Ej påbörjad = arbetet har "
               "inte startat. Kostnad i tusen kronor för hela planperioden; inom ram = ingen särskild kostnad "
               "utöver nämndens budget.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4 comments
pdf.add_page()
pdf.h1("Kommentarer till uppföljningen", size=12.5)
late = [a for a in B_ACTIONS if a[4] is not None and a[4] < B_FOLLOWUP and a[5] != "Klar"]
pdf.h2("Åtgärder som är försenade")
pdf.p(f"Två åtgärder skulle enligt planen ha varit klara före uppföljningen men pågår fortfarande. "
      f"Företagslotsen ({late[0][0]}) har försenats eftersom tjänsten som företagslots tillsattes först i maj. "
      f"Vuxenutbildningens kvällskurser ({late[1][0]}) har startat, men distansundervisningen kommer i gång först "
      "till vårterminen 2028.", size=9.8)
pdf.h2("Åtgärder som inte har påbörjats")
pdf.p(B_PASSAGE + " En ny ansökan lämnas i oktober, och utbyggnaden kan tidigast börja våren 2028. Yrkescollegets "
      "start väntar på att industriföretagen tecknar ett gemensamt avtal med skolan om praktikplatser.", size=9.8)
pdf.p("Utbildningen i service och bemötande och yrkesmässan planeras till hösten 2027. Utredningen om en "
      "godsterminal startar när Trafikverket har redovisat sin kapacitetsanalys för järnvägen.", size=9.8)
pdf.h2("Finansiering")
pdf.p(f"Kostnaderna finansieras inom kommunstyrelsens anslag för näringslivsutveckling och inom respektive "
      f"nämnds budget. De största enskilda åtgärderna är fiberutbyggnaden på {g(2400)} tkr och gång- och "
      f"cykelvägen till Flisbacken på {g(1650)} tkr.", size=9.8)
pdf.h2("Fortsatt uppföljning")
pdf.bullets(["Nästa uppföljning görs per den 28 februari 2028 och redovisas för kommunstyrelsen i april 2028.",
             "Nämnderna rapporterar status och kostnader för sina åtgärder till näringslivsenheten.",
             "Företagarföreningen bjuds in att lämna synpunkter på uppföljningen."], size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
