"""(f) Mälbacka kommun – avfallsplan 2023–2030, uppföljning 2026 (the indicator table, Bilaga 1, is a SCANNED page).

Layout: Liberation Sans text and tables (tables in Liberation Sans Narrow), portrait, 4 pages, a MOSS GREEN accent.
P. 1 has no running header: a BOOKMARK RIBBON hanging from the top edge at the right (a green band with a
V-notched end, "UPPFÖLJNING 2026" set vertically in white letters one under the other), "MÄLBACKA KOMMUN ·
Kommunstyrelsen", the title, an introduction, "Planens mål" as a NUMBERED LIST WHOSE NUMBERS STAND IN OUTLINED GREEN
CIRCLES, each goal with NESTED "–" ITEMS, and "Läget 2026" with competing counts in running text (15 actions: 6 done
vs 4 a year earlier, 4 ongoing, 3 delayed, 2 not started) and a pointer to Bilaga 1 WITHOUT ANY FIGURE OF THE
SCANNED TABLE. **P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan42.py): the printed Bilaga 1 with a
registry label and barcode, the indicator table as a fully ruled grid, ballpoint marks, a dark lid edge, askew by
−0.8°. Pp. 3–4 have a running header (the name at the left, "Avfallsplan – uppföljning 2026" in the middle, the
page at the right). P. 3: Tabell 1, the actions (Nr / Åtgärd / Ansvarig / Klart år / Status), the goals as GROUP
ROWS WITH A GREEN LEFT BAR AND THE GOAL NUMBER, the status word in COLOURED CAPITALS-FREE BOLD TYPE WITH A THIN
COLOURED UNDERLINE, hairlines; a legend of the statuses. P. 4: "Kommentarer till försenade åtgärder" (the passage
on the kitchens), "Prioriteringar 2027" as a numbered list, "Förslag till beslut" as att-clauses and the
signatures. None of the scanned page's figures or notes is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common42 import HERE, Doc
from data import (F_GOALS, F_ACTIONS, F_STATUSES, F_PREV_DONE, F_PASSAGE, F_PRIOS, F_DNR, F_DATE, F_HEAD, F_CHAIR,
                  F_MVA, f_counts, dmy)
from scan42 import render

OUT = HERE / "malbacka-avfallsplan-uppfoljning-2026.pdf"
MOSS = (70, 110, 40)
PALEM = (232, 240, 222)
ST_COL = {"Genomförd": (60, 120, 50), "Pågår": (40, 90, 160), "Försenad": (190, 40, 30), "Ej påbörjad": (120, 120, 120)}
WORD = {2: "två", 3: "tre", 4: "fyra", 6: "sex", 15: "15"}


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            x, w, l = self.w - 36, 12, 52
            self.set_fill_color(*MOSS)
            self.polygon([(x, 0), (x + w, 0), (x + w, l), (x + w / 2, l - 6), (x, l)], style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 6.6)
            yy = 3
            for ch in "UPPFÖLJNING":
                self.set_xy(x, yy)
                self.cell(w, 2.9, ch, align="C")
                yy += 2.9
            self.set_font("Sans", "B", 7.6)
            self.set_xy(x, yy + 1.5)
            self.cell(w, 4, "2026", align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(18)
            return
        super().header()


pdf = FDoc("Mälbacka kommun", "Avfallsplan – uppföljning 2026", "{p} (4)", font="liberation", serif=False,
           accent=MOSS, foot=f"Mälbacka kommun · Kommunstyrelsen · Dnr {F_DNR}", justify=False,
           created=dt.datetime(2027, 3, 2, 8, 45, tzinfo=dt.timezone.utc))

cnt = f_counts()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*MOSS)
pdf.cell(0, 5, "MÄLBACKA KOMMUN · Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Sans", "B", 21)
pdf.multi_cell(140, 9, "Avfallsplan 2023–2030\nUppföljning 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.p("Avfallsplanen antogs av kommunfullmäktige och gäller för hela kommunen. Planen följs upp varje år. "
      f"Uppföljningen har tagits fram av kommunledningskontoret tillsammans med {F_MVA}, som ansvarar för "
      "insamlingen av hushållsavfall, och med de förvaltningar som ansvarar för åtgärder i planen.", size=10)
pdf.h1("Planens mål", size=13)
for nr, goal, subs in F_GOALS:
    pdf.need(20)
    y = pdf.get_y()
    pdf.set_draw_color(*MOSS)
    pdf.set_line_width(0.5)
    pdf.ellipse(23, y + 0.2, 6.2, 6.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(23, y + 0.9)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*MOSS)
    pdf.cell(6.2, 4.8, nr, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(33, y + 0.7)
    pdf.set_font("Sans", "B", 10.2)
    pdf.multi_cell(0, 5.2, goal, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.8)
    for s_ in subs:
        pdf.set_x(35)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(0, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
pdf.h1("Läget 2026", size=13)
pdf.p(f"Planen innehåller {WORD[len(F_ACTIONS)]} åtgärder. Vid uppföljningen var {WORD[cnt['Genomförd']]} av dem "
      f"genomförda, jämfört med {WORD[F_PREV_DONE]} vid förra årets uppföljning. {WORD[cnt['Pågår']].capitalize()} "
      f"åtgärder pågår, {WORD[cnt['Försenad']]} är försenade och {WORD[cnt['Ej påbörjad']]} har ännu inte "
      f"påbörjats.", size=10)
pdf.p("Hushållsavfallet per invånare har fortsatt att minska, och allt mer matavfall sorteras ut. "
      "Felsorteringen i restavfallet har däremot inte minskat under det senaste året. Indikatorerna redovisas i "
      "bilaga 1, som har skannats in från kommunens diarium.", size=10)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3 actions
pdf.add_page()
pdf.h1("Åtgärder och status", size=13)
pdf.p("Tabell 1 visar planens åtgärder, vem som ansvarar för dem, när de ska vara klara och hur långt de har "
      "kommit.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Åtgärder per mål", new_x="LMARGIN", new_y="NEXT")
X0 = 22
WID = [10, 70, 45, 15, 26]
AL = ["L", "L", "L", "C", "L"]
TW = sum(WID)
HEAD = ["Nr", "Åtgärd", "Ansvarig", "Klart år", "Status"]


def whole_words(widths, cells, size, style=""):
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")


pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
whole_words(WID, HEAD, 8.8, "B")
h = pdf.row(X0, y, WID, AL, HEAD, style="B", size=8.8, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.8, MOSS)
for nr, goal, _ in F_GOALS:
    y += 1.2
    pdf.set_fill_color(*PALEM)
    pdf.rect(X0, y, TW, 6.4, style="F")
    pdf.set_fill_color(*MOSS)
    pdf.rect(X0, y, 1.6, 6.4, style="F")
    pdf.set_xy(X0 + 3, y + 0.9)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(TW - 4, 4.6, f"Mål {nr}. {goal}")
    y += 6.4
    for a in F_ACTIONS:
        if a[0] != nr:
            continue
        cells = [a[1], a[2], a[3], str(a[4]), a[5]]
        whole_words(WID, cells, 9)
        h = pdf.row(X0, y, WID, AL, cells, size=9, font="Cond",
                    styles=[None, None, None, None, "B"], colors=[None, None, None, None, ST_COL[a[5]]])
        sw = pdf.get_string_width(a[5])
        pdf.hline(X0 + sum(WID[:4]) + 1.2, X0 + sum(WID[:4]) + 1.2 + sw, y + 5.3, 0.5, ST_COL[a[5]])
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y, 0.8, MOSS)
if y > pdf.h - 40:
    raise SystemExit("Tabell 1 is too long for p. 3")
pdf.set_auto_page_break(True, 22)
pdf.set_y(y + 4)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Status: Genomförd = åtgärden är klar. Pågår = arbetet följer tidplanen. Försenad = åtgärden "
               "blir inte klar det år som planen anger. Ej påbörjad = arbetet har inte startat.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Kommentarer till försenade åtgärder", size=13)
acts = {a[1]: a for a in F_ACTIONS}
pdf.p(f"Insamlingen av matavfall i kommunens egna verksamheter (åtgärd 2.4) är försenad eftersom {F_PASSAGE}. "
      f"Serviceförvaltningen bedömer att alla kök kan vara anslutna under 2028.", size=10)
pdf.p("Kraven på minskat avfall i upphandlingar (åtgärd 1.3) har inte kunnat införas eftersom kommunens "
      "upphandlingspolicy revideras. Papperskorgarna med sortering (åtgärd 3.2) har beställts men levereras först "
      "under våren.", size=10)
pdf.h1("Prioriteringar 2027", size=13)
pdf.numbered(F_PRIOS, size=10)
pdf.h1("Förslag till beslut", size=13)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "godkänna uppföljningen av avfallsplanen för 2026",
    "överlämna uppföljningen till kommunfullmäktige för kännedom",
], size=10)
pdf.ln(4)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, f"Mälbacka den {dmy(F_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_CHAIR[0]}\n{F_CHAIR[1].capitalize()}", f"{F_HEAD[0]}\n{F_HEAD[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
