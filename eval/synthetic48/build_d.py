"""(d) Unnerstads kommun – kommunstyrelsen: bredbandsprogram 2021–2030, uppföljning 2026.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages, violet and
cyan. P. 1 has no running header: a DRAWN SIGNAL MARK (a cyan dot under three violet concentric arcs, like a radio
signal) beside "UNNERSTADS KOMMUN / Kommunstyrelsen", "Bredbandsprogram 2021–2030" right-aligned in cyan italics, a
violet rule, the title, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running text (coverage 94,3 vs
91,9 vs 89,0 %; the programme target 95,0 for 2027 vs the national 98 for 2025; towns 97,7 vs countryside 85,0; 619
households without; companies 88,7 vs 86,9) and Figur 1, BATTERY GAUGES: one horizontal battery per area (a rounded
outline with a terminal knob), filled to the coverage 2026 (violet where the 2027 target is reached, cyan where it is
not), the area's target as a BLACK NOTCH across the battery, the value printed after it. Pp. 2–4 have a running header
("UNNERSTADS KOMMUN" in letter-spaced violet capitals at the left, "Uppföljning bredbandsprogrammet 2026 – n" at the
right) over a cyan hairline and a grey footer line with the diarienummer. P. 2: "2 Täckning per område" and Tabell 1
with a TWO-LEVEL HEADING ("Andel hushåll med minst 1 Gbit/s, %" over 2024 / 2025 / 2026 / Mål 2027), GROUP ROWS
(Tätorter / Landsbygd) in violet italics with a thin cyan underline, a SIGNAL-BARS ICON (four ascending bars, as many
filled as the coverage level) in front of every 2026 value, "Summa …" rows per group and a bold "Hela kommunen" row on
a pale violet band; comments. P. 3: "3 Utbyggnadsprojekt" and Tabell 2 (Projekt / Område / Planerade anslutningar /
Anslutna 2026 / Bredbandsstöd, tkr / Kommunal medfinansiering, tkr / Status / Klart) with the STATUS WORDS IN THEIR OWN
COLOUR AND STYLE (green Klart, violet Pågår, red bold Försenat, grey italic Ej påbörjat) and a Summa row; comments
with the passage on Jutbo. P. 4: "4 Åtgärder 2027" as a BULLETED LIST WITH CYAN DIAMOND BULLETS AND NESTED VIOLET
EN-DASH POINTS, "5 Fortsatt uppföljning", "Förslag till beslut" as att-clauses and two signature lines. No metadata
title.
"""
import datetime as dt

from common48 import HERE, Doc, nb
from data import (D_AREAS, D_GROUPS, D_TARGET, D_PROGRAM_TARGET, D_DNR, D_DATE, D_COORD, D_HEAD, D_PROJECTS,
                  D_OPERATOR, D_PASSAGE, D_MEASURES, d_cells, d_group_rows, d_group_sum_cells, d_total_cells,
                  d_project_cells, d_project_sum_cells, d_sentences, d_target, d_agg, d_without, d1, g, WORD)

OUT = HERE / "unnerstad-ks-bredbandsprogram-uppfoljning-2026.pdf"
VIOLET = (92, 52, 140)
CYAN = (0, 148, 188)
PALE_VIOLET = (238, 232, 246)
GREY = (100, 100, 100)
STATUS_STYLE = {"Klart": ((40, 130, 60), ""), "Pågår": (VIOLET, ""), "Försenat": ((200, 40, 40), "B"),
                "Ej påbörjat": ((120, 120, 120), "I")}


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8)
        self.set_text_color(*VIOLET)
        self.set_xy(self.l_margin, 10.4)
        self.set_char_spacing(1.0)
        self.cell(80, 4, "UNNERSTADS KOMMUN")
        self.set_char_spacing(0)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 80, 4, f"Uppföljning bredbandsprogrammet 2026 – {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, CYAN)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        if self.page_no() == 1:
            return
        self.hline(self.l_margin, self.w - self.r_margin, self.h - 13, 0.2, (170, 170, 170))
        self.set_xy(self.l_margin, self.h - 12)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.epw, 3.6, f"Dnr {D_DNR}")
        self.set_text_color(0, 0, 0)


pdf = DDoc("Unnerstads kommun", font="liberation", serif=True, accent=VIOLET, foot="", justify=False,
           created=dt.datetime(2027, 3, 24, 10, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*CYAN)
pdf.circle(29, 26.5, 1.9, style="F")
pdf.set_draw_color(*VIOLET)
for k, r in enumerate((4.6, 7.6, 10.6)):
    pdf.set_line_width(1.3)
    pdf.arc(29 - r, 26.5 - r, 2 * r, 225, 315, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(44, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*VIOLET)
pdf.cell(90, 6, "UNNERSTADS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kommunstyrelsen")
pdf.set_xy(118, 18.2)
pdf.set_font("Serif", "I", 9.5)
pdf.set_text_color(*CYAN)
pdf.cell(70, 4.6, "Bredbandsprogram 2021–2030", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32.5, 0.8, VIOLET)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*VIOLET)
pdf.cell(0, 9, "Uppföljning av bredbandsprogrammet 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Tillgång till snabbt bredband per område, utbyggnadsprojekt och åtgärder", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Handläggare", f"{D_COORD[0]}, {D_COORD[1]}"),
        ("Till", "Kommunstyrelsen")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = [x.replace("1 Gbit/s", "1\u00a0Gbit/s") for x in d_sentences()]
pdf.p(f"Bredbandsprogrammet anger hur kommunen ska verka för att alla hushåll och företag får tillgång till "
      f"snabbt bredband. {s[0]} {s[1]}", size=10)
pdf.p(f"{s[2]} {s[3]} {s[4]}", size=10)

# Figur 1: battery gauges
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Andel hushåll med minst 1 Gbit/s vid utgången av 2026, per område", new_x="LMARGIN",
         new_y="NEXT")
y = pdf.get_y() + 3
BX, BW, BH = 62, 92, 6.2
for a in D_AREAS:
    cov, tgt = a[5], d_target(a)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(22, y + 0.9)
    pdf.cell(38, 4.4, a[1], align="R")
    pdf.set_draw_color(70, 70, 70)
    pdf.set_line_width(0.45)
    pdf.rect(BX, y, BW, BH, style="D", round_corners=True, corner_radius=1.2)
    pdf.set_fill_color(70, 70, 70)
    pdf.rect(BX + BW, y + 1.8, 1.6, BH - 3.6, style="F")
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*(VIOLET if cov >= tgt else CYAN))
    pdf.rect(BX + 0.8, y + 0.8, (BW - 1.6) * cov / 100, BH - 1.6, style="F")
    tx = BX + 0.8 + (BW - 1.6) * tgt / 100
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(tx - 0.35, y - 1.2, 0.7, BH + 2.4, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(BX + BW + 3.5, y + 0.9)
    pdf.cell(14, 4.4, f"{d1(cov)} %")
    y += BH + 3.4
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.set_xy(22, y + 0.5)
pdf.multi_cell(0, 3.6, f"Det svarta strecket visar målet för 2027: {d1(D_TARGET['Tätorter'])} procent i tätorterna och "
               f"{d1(D_TARGET['Landsbygd'])} procent på landsbygden. Violett: målet nått. Blått: målet inte nått.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Täckning per område", size=12.5)
pdf.p("Täckningen mäts som andelen hushåll som har tillgång till bredband med minst 1 Gbit/s, oftast via fiber, "
      "enligt Post- och telestyrelsens kartläggning i oktober varje år. Ett hushåll har tillgång om fibern finns i "
      "eller i direkt anslutning till bostaden.", size=10)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Hushåll med tillgång till minst 1 Gbit/s per område 2024–2026", new_x="LMARGIN",
         new_y="NEXT")
X = 22
WID = [40, 17, 16, 16, 26, 17, 34]
AL = ["L", "R", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, VIOLET)
pdf.set_font("Cond", "B", 8.4)
pdf.set_xy(XS[2] + 1, y + 0.8)
pdf.cell(XS[6] - XS[2] - 2, 4, "Andel hushåll med minst 1 Gbit/s, %", align="C")
pdf.hline(XS[2] + 1.2, XS[6] - 1.2, y + 5.4, 0.3, CYAN)
pdf.row(X, y + 5.8, WID, AL, ["Område", "Hushåll", "2024", "2025", "2026", "Mål 2027", "Saknar tillgång 2026"],
        size=8.4, font="Cond", style="B", h=5.2, vpad=0.6)
y += 11.4
pdf.hline(X, XS[-1], y, 0.4, VIOLET)
FS = 8.8


def signal(x, y, level):
    for k in range(4):
        hgt = 1.2 + k * 0.9
        pdf.set_fill_color(*(VIOLET if k < level else (210, 210, 210)))
        pdf.rect(x + k * 1.5, y - hgt, 1.0, hgt, style="F")


def level(v):
    return 4 if v >= 98 else 3 if v >= 90 else 2 if v >= 80 else 1


for grp in D_GROUPS:
    pdf.set_font("Sans", "I", 8.8)
    pdf.set_text_color(*VIOLET)
    pdf.set_xy(X + 1.2, y + 1.2)
    pdf.cell(60, 4.4, grp)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X + 1.2, X + 30, y + 5.8, 0.3, CYAN)
    y += 6.6
    for a in d_group_rows(grp):
        cells = d_cells(a)
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.2)
        signal(XS[4] + 2, y + h - 1.6, level(a[5]))
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2, h=h)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
    cells = d_group_sum_cells(grp)
    h = pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.2)
    y += h
    pdf.hline(X, XS[-1], y, 0.3, VIOLET)
    y += 1.0
cells = d_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.4)
pdf.set_fill_color(*PALE_VIOLET)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.4, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.8, VIOLET)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Staplarna före värdet för 2026 visar nivån: fyra staplar minst 98 procent, tre minst 90, två "
               f"minst 80 och en under 80 procent. Målet för hela kommunen är {d1(D_PROGRAM_TARGET)} procent.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
met = [a for a in D_AREAS if a[5] >= d_target(a)]
upg = [a for a in D_AREAS if a[1] == "Uppgården"][0]
jut = [a for a in D_AREAS if a[1] == "Jutbo"][0]
pdf.p(f"{WORD[len(met)].capitalize()} av sju områden har redan nått målet för 2027. Störst ökning hade Uppgården, där "
      f"andelen steg från {d1(upg[4])} till {d1(upg[5])} procent när fiberföreningens första etapp kopplades in.",
      size=10)
pdf.p(f"I Jutbo har täckningen nästan inte förändrats sedan 2024 och ligger på {d1(jut[5])} procent. Där saknar "
      f"{g(d_without(jut))} hushåll fortfarande tillgång, vilket är fler än i något annat "
      "område.", size=10)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: Tabell 2
pdf.add_page()
pdf.h1("3 Utbyggnadsprojekt", size=12.5)
pdf.p("På landsbygden byggs fibern främst ut av byalag och fiberföreningar med statligt bredbandsstöd. Kommunen "
      f"medfinansierar projekten och {D_OPERATOR} driver näten när de är klara. Tabell 2 visar de projekt som har "
      "fått stöd under programperioden.", size=10)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Utbyggnadsprojekt med bredbandsstöd", new_x="LMARGIN", new_y="NEXT")
W2 = [34.5, 18, 18.5, 14.5, 23, 23, 17, 17.5]
A2 = ["L", "L", "R", "R", "R", "R", "L", "R"]
XS2 = [X + sum(W2[:i]) for i in range(len(W2) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS2[-1], y, 0.8, VIOLET)
H2 = ["Projekt", "Område", "Planerade anslutningar", "Anslutna 2026", "Bredbandsstöd, tkr",
      "Kommunal medfinansiering, tkr", "Status", "Klart"]
for i, t_ in enumerate(H2):
    lines = pdf.cell_lines(W2[i], t_, "Cond", "B", 8.0)
    if len(lines) > 3 or " ".join(lines).split() != t_.split():
        raise SystemExit(f"heading {t_!r} wraps badly: {lines}")
pdf.row(X, y + 0.3, W2, A2, H2, size=8.0, font="Cond", style="B", lh=3.6, vpad=0.8)
y += pdf.row_h(W2, H2, size=8.0, font="Cond", style="B", lh=3.6, vpad=0.8) + 0.6
pdf.hline(X, XS2[-1], y, 0.4, VIOLET)
for p_ in D_PROJECTS:
    cells = d_project_cells(p_)
    for i, (w, c) in enumerate(zip(W2, cells)):
        lines = pdf.cell_lines(w, c, "Cond", "", FS)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"word split: {c!r} -> {lines}")
    col, st = STATUS_STYLE[p_[6]]
    h = pdf.row(X, y, W2, A2, cells, size=FS, font="Cond", vpad=1.3,
                styles=[None] * 6 + [st, None], colors=[None] * 6 + [col, None])
    y += h
    pdf.hline(X, XS2[-1], y, 0.1, (205, 205, 205))
pdf.hline(X, XS2[-1], y, 0.4, VIOLET)
h = pdf.row(X, y, W2, A2, d_project_sum_cells(), size=FS, font="Cond", style="B", vpad=1.3)
y += h
pdf.hline(X, XS2[-1], y, 0.8, VIOLET)
pdf.set_y(y + 5)
pdf.h2("Kommentarer")
done = [p_ for p_ in D_PROJECTS if p_[6] == "Klart"]
pdf.p(f"{'Ett' if len(done) == 1 else WORD[len(done)].capitalize()} projekt är klart, Porsnäs Fiber ekonomisk "
      "förening, där alla planerade "
      f"anslutningar är gjorda. {WORD[sum(1 for p_ in D_PROJECTS if p_[6] == 'Pågår')].capitalize()} projekt pågår "
      "och väntas bli klara under 2027.", size=10)
pdf.p(f"Jutbo byanät är försenat. Skälet är att {D_PASSAGE}. Byalaget har nu fått fler hushåll att teckna avtal, "
      "och en ny upphandling ska göras under hösten 2027. Stödet är beviljat till och med 2028.", size=10)
pdf.p("Ingarviks Fiber etapp 2 har ännu inte påbörjats, eftersom föreningen vill se resultatet av den första etappen "
      "innan den bygger vidare.", size=10)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Åtgärder 2027", size=12.5)
for head, subs in D_MEASURES:
    pdf.need(16)
    yy = pdf.get_y()
    cx, cy = pdf.l_margin + 2.6, yy + 2.5
    pdf.set_fill_color(*CYAN)
    pdf.polygon([(cx, cy - 1.6), (cx + 1.6, cy), (cx, cy + 1.6), (cx - 1.6, cy)], style="F")
    pdf.set_xy(pdf.l_margin + 7, yy)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(pdf.epw - 7, 5, head, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for sub in subs:
        pdf.set_x(pdf.l_margin + 9)
        pdf.set_text_color(*VIOLET)
        pdf.cell(5, 5, "–")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(pdf.epw - 14, 5, nb(sub), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)
pdf.h1("5 Fortsatt uppföljning", size=12.5)
pdf.p("Programmet följs upp varje år när Post- och telestyrelsens nya kartläggning har publicerats. Nästa "
      "uppföljning redovisas för kommunstyrelsen i mars 2028, och då ska även mobiltäckningen i byarna redovisas.",
      size=10)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "lägga uppföljningen av bredbandsprogrammet 2026 till handlingarna,",
    "ge samhällsbyggnadsförvaltningen i uppdrag att genomföra åtgärderna för 2027, samt",
    "kommunens medfinansiering av Jutbo byanät står kvar till och med 2028."], size=10)
pdf.ln(4)
pdf.set_font("Serif", "", 9.5)
pdf.cell(0, 5, f"Unnerstad den {D_DATE.day} mars {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{D_HEAD[0]}\n{D_HEAD[1].capitalize()}", f"{D_COORD[0]}\n{D_COORD[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
