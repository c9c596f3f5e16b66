"""(a) Kalvsunda kommun – socialnämndens verksamhetsberättelse 2026.

Layout: Liberation Serif text (justified), Liberation Sans headings, Liberation Sans Narrow tables, portrait, 4 pages,
a RASPBERRY accent. Every page has a CHAPTER PROGRESS STRIP as its footer: four joined segments "1 Året i korthet",
"2 Ekonomi", "3 Personal", "4 Verksamheten", the current chapter's segment filled in raspberry with white type, the
others pale with grey type, and the page number at the right end. P. 1 has no running header: a letter-spaced
"KALVSUNDA KOMMUN · SOCIALNÄMNDEN", the title beside a HUGE OUTLINED (STROKED, UNFILLED) YEAR "2026", a grey
reference line (Dnr, decided), a hairline, "1 Året i korthet" with COMPETING FIGURES IN RUNNING TEXT (net cost 699,9 vs
budget 686,1 vs 671,7 the year before; 612 households vs 571 vs the goal 550; 48 placed children vs 41, 9 in HVB vs
6; home-care hours +6,8 % to 298 400; waiting days 54 vs 71 vs the goal 60; sick leave 8,4 vs 9,1 vs 7,0) and an
italic reading note. Pp. 2–4 have a running header. P. 2: Tabell 1, net cost per activity (Budget 2026 / Utfall
2026 / Avvikelse mot budget / Utfall 2025), the four groups marked by a TINTED LEFT COLUMN HOLDING THE GROUP NAME
ROTATED 90° (a merged cell spanning the group's rows and its sum row), italic "Summa <group>" rows, NEGATIVE
DEVIATIONS IN RASPBERRY, a FOOTNOTE MARK on "Ekonomiskt bistånd¹", a bold total row over a double rule; the note
and "Kommentarer till utfallet" (the passage on children and young people). P. 3: "3 Personal" with competing staff
figures in running text, Tabell 2 with a STACKED HEADING ("Tillsvidareanställda" over 2025 / 2026, "Årsarbetare"
over 2026, "Sjukfrånvaro, %" over 2025 / 2026) and a bold total row, and Figur 1, FIVE THERMOMETERS of the sick
leave of 2026 (a bulb and a tube filled to the value, the value printed above the tube, a DASHED TARGET LINE at 7,0
% across all five with its label). P. 4: "4 Verksamheten under året" with run-in paragraphs, "Fokus 2027" as a "•"
LIST WITH NESTED "–" ITEMS, place and date and two signature lines. Metadata title set.
"""
import datetime as dt

from common43 import HERE, Doc
from data import (A_GROUPS, A_ROWS, A_NOTE, A_HOUSEHOLDS, A_HOUSEHOLD_GOAL, A_AID_MONTHS, A_PLACED, A_PLACED_HVB,
                  A_HOURS, A_WAIT, A_WAIT_GOAL, A_STAFF, A_SICK_GOAL, A_TURNOVER, A_PASSAGE, A_FOCUS, A_CHAIR,
                  A_HEAD, A_DATE, A_DNR, a_rows, a_dev, a_sum, a_cells, a_sum_cells, a_staff_tot, a_staff_cells,
                  a_staff_tot_cells, d1, g, pct, dmy)

OUT = HERE / "kalvsunda-sn-verksamhetsberattelse-2026.pdf"
RASP = (150, 28, 80)
PALER = (246, 228, 236)
GREY = (110, 110, 110)
CHAPTERS = ["Året i korthet", "Ekonomi", "Personal", "Verksamheten"]


class ADoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        super().header()

    def footer(self):
        y = self.h - 13
        x0, w = self.l_margin, self.epw - 14
        seg = w / len(CHAPTERS)
        cur = self.page_no()
        for k, name in enumerate(CHAPTERS, 1):
            x = x0 + (k - 1) * seg
            self.set_fill_color(*(RASP if k == cur else (240, 236, 238)))
            self.rect(x, y, seg - 0.8, 5.2, style="F")
            self.set_xy(x, y + 0.4)
            self.set_font("Sans", "B" if k == cur else "", 7.4)
            self.set_text_color(*((255, 255, 255) if k == cur else (120, 120, 120)))
            self.cell(seg - 0.8, 4.4, f"{k} {name}", align="C")
        self.set_text_color(*RASP)
        self.set_font("Sans", "B", 8.5)
        self.set_xy(x0 + w, y + 0.2)
        self.cell(14, 4.8, str(cur), align="R")
        self.set_text_color(0, 0, 0)


pdf = ADoc("Kalvsunda kommun", "Socialnämndens verksamhetsberättelse 2026", "Socialnämnden", font="liberation",
           serif=True, justify=True, accent=RASP,
           title="Socialnämndens verksamhetsberättelse 2026", author="Kalvsunda kommun, socialförvaltningen",
           created=dt.datetime(2027, 2, 17, 10, 30, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 24)

tot = a_sum()
ifo = a_sum("Individ- och familjeomsorg")
aldre = a_sum("Äldreomsorg")
n25, n26, fte, s25, s26 = a_staff_tot()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_char_spacing(1.6)
pdf.set_text_color(*RASP)
pdf.cell(0, 5, "KALVSUNDA KOMMUN · SOCIALNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
ytop = pdf.get_y() + 6
# the huge outlined year at the right
pdf.set_font("Sans", "B", 66)
pdf.set_draw_color(*RASP)
pdf.set_line_width(0.45)
with pdf.local_context(text_mode="STROKE"):
    pdf.set_xy(pdf.w - pdf.r_margin - 78, ytop - 2)
    pdf.cell(78, 26, "2026", align="R")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(pdf.l_margin, ytop + 2)
pdf.set_font("Sans", "B", 22)
pdf.multi_cell(92, 9.5, "Verksamhets-\nberättelse", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 11.5)
pdf.multi_cell(100, 5.6, "Socialnämndens uppföljning av ekonomi, personal och verksamhet", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(pdf.get_y(), ytop + 28) + 4)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, f"Dnr {A_DNR} · Beslutad av socialnämnden {A_DATE.isoformat()} · Belopp i miljoner kronor (mnkr)",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(pdf.l_margin, pdf.w - pdf.r_margin, pdf.get_y() + 2, 0.3, RASP)
pdf.ln(5)
pdf.h1("1 Året i korthet", size=13.5)
pdf.p(f"Socialnämndens nettokostnad blev {d1(tot[1])} mnkr 2026, vilket är {d1(-tot[2])} mnkr mer än budgeten på "
      f"{d1(tot[0])} mnkr. Året innan var nettokostnaden {d1(tot[3])} mnkr. Underskottet finns framför allt inom "
      f"individ- och familjeomsorgen, som redovisar en negativ avvikelse på {d1(-ifo[2])} mnkr, medan äldreomsorgen i "
      f"stort sett höll sin budget.", size=10.4, lh=5.2)
pdf.p(f"Under 2026 fick {g(A_HOUSEHOLDS[1])} hushåll ekonomiskt bistånd vid något tillfälle, jämfört med "
      f"{g(A_HOUSEHOLDS[0])} året innan. Nämndplanens mål var högst {g(A_HOUSEHOLD_GOAL)} hushåll. Den genomsnittliga "
      f"biståndstiden ökade till {d1(A_AID_MONTHS[1])} månader ({d1(A_AID_MONTHS[0])}).", size=10.4, lh=5.2)
pdf.p(f"Den 31 december var {A_PLACED[1]} barn och unga placerade i familjehem eller HVB, jämfört med "
      f"{A_PLACED[0]} ett år tidigare. Av dem bodde {A_PLACED_HVB[1]} i HVB ({A_PLACED_HVB[0]}).", size=10.4, lh=5.2)
pdf.p(f"I äldreomsorgen ökade antalet beviljade hemtjänsttimmar med {d1(pct(A_HOURS[1], A_HOURS[0]))} procent till "
      f"{g(A_HOURS[1])} timmar ({g(A_HOURS[0])}). Väntetiden till särskilt boende var i genomsnitt {A_WAIT[1]} dagar, "
      f"vilket är kortare än både förra årets {A_WAIT[0]} dagar och målet på högst {A_WAIT_GOAL} dagar.",
      size=10.4, lh=5.2)
pdf.p(f"Sjukfrånvaron i förvaltningen minskade till {d1(s26)} procent ({d1(s25)}) men ligger fortfarande över "
      f"nämndens mål på {d1(A_SICK_GOAL)} procent, se avsnitt 3.", size=10.4, lh=5.2)
pdf.ln(1)
pdf.set_font("Serif", "I", 9)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.6, "Läsanvisning: Siffror inom parentes avser 2025. En negativ avvikelse innebär att "
               "verksamheten har kostat mer än budgeterat.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
# the chair's foreword in a raspberry-ruled block at the foot of the page
pdf.ln(7)
yf = pdf.get_y()
pdf.set_x(30)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*RASP)
pdf.cell(0, 6, "Ordföranden har ordet", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "I", 10)
for para in ("Året har präglats av ett högt tryck på stödet till barn och familjer och av att allt fler äldre "
             "vill och kan bo kvar hemma. Medarbetarna har gjort ett stort arbete för att ge invånarna stöd med "
             "god kvalitet trots en ansträngd ekonomi.",
             "Nämnden kommer under nästa år att prioritera arbetet med egna familjehem och insatser som gör det "
             "möjligt för fler att gå från bistånd till egen försörjning."):
    pdf.set_x(30)
    pdf.multi_cell(pdf.epw - 8, 5, para, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.set_x(30)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"{A_CHAIR[0]}, {A_CHAIR[1]}", new_x="LMARGIN", new_y="NEXT")
pdf.vline(25, yf + 1, pdf.get_y(), 1.4, RASP)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("2 Ekonomi", size=13.5)
pdf.p("Socialnämnden redovisar sin driftbudget per verksamhet. Tabellen visar budget och utfall för 2026, "
      "avvikelsen mot budget och utfallet för 2025. Avvikelsen är budget minus utfall.", size=10, lh=5)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Nettokostnad per verksamhet 2026, mnkr", new_x="LMARGIN", new_y="NEXT")
X0 = 22
GW = 9                                      # the group column
WID = [66, 21, 21, 26, 23]
AL = ["L", "R", "R", "R", "R"]
TW = GW + sum(WID)
HEAD = ["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse mot budget", "Utfall 2025"]
FS = 9


def whole_words(widths, cells, size, style=""):
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")


pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.8, RASP)
whole_words(WID, HEAD, 8.6, "B")
h = pdf.row(X0 + GW, y + 0.4, WID, AL, HEAD, style="B", size=8.6, font="Cond")
y += h + 0.4
pdf.hline(X0, X0 + TW, y, 0.4, (60, 60, 60))


def rotated_label(x, y0, y1, text):
    """the group name rotated 90° (reading bottom to top) in the tinted group column, split over lines to fit"""
    pdf.set_fill_color(*PALER)
    pdf.rect(x, y0 + 0.4, GW - 1.2, y1 - y0 - 0.8, style="F")
    pdf.set_font("Sans", "B", 7.2)
    words_ = text.split()
    lines, cur = [], ""
    for w_ in words_:
        t_ = (cur + " " + w_).strip()
        if pdf.get_string_width(t_) <= (y1 - y0) - 3 or not cur:
            cur = t_
        else:
            lines.append(cur)
            cur = w_
    lines.append(cur)
    if any(pdf.get_string_width(ln) > (y1 - y0) - 2 for ln in lines) or len(lines) > 2:
        raise SystemExit(f"the group label {text!r} does not fit its rows")
    pdf.set_text_color(*RASP)
    lh = 3.0
    x_start = x + (GW - 1.2 - len(lines) * lh) / 2
    for k, ln in enumerate(lines):
        wln = pdf.get_string_width(ln)
        xx = x_start + (k + 1) * lh - 0.7
        yy = (y0 + y1) / 2 + wln / 2
        with pdf.rotation(90, xx, yy):
            pdf.text(xx, yy, ln)
    pdf.set_text_color(0, 0, 0)


for grp_name in A_GROUPS:
    y_start = y
    for r in a_rows(grp_name):
        cells = a_cells(r)
        whole_words(WID, cells, FS)
        neg = a_dev(r) < 0
        h = pdf.row(X0 + GW, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2,
                    colors=[None, None, None, RASP if neg else None, None],
                    styles=[None, None, "B", None, None])
        y += h
        pdf.hline(X0 + GW, X0 + TW, y, 0.1, (210, 210, 210))
    s = a_sum(grp_name)
    h = pdf.row(X0 + GW, y, WID, AL, a_sum_cells(f"Summa {grp_name[0].lower() + grp_name[1:]}", s), size=FS,
                font="Cond", style="I", vpad=1.2, colors=[None, None, None, RASP if s[2] < 0 else None, None])
    y += h
    rotated_label(X0, y_start, y, grp_name)
    pdf.hline(X0, X0 + TW, y, 0.3, (90, 90, 90))
    y += 0.8
y += 0.6
pdf.hline(X0, X0 + TW, y - 0.7, 0.3, (30, 30, 30))
pdf.hline(X0, X0 + TW, y + 0.2, 0.3, (30, 30, 30))
h = pdf.row(X0 + GW, y + 0.6, WID, AL, a_sum_cells("Socialnämnden totalt", tot), size=9.4, font="Cond", style="B",
            vpad=1.2, colors=[None, None, None, RASP if tot[2] < 0 else None, None])
y += h + 1.2
pdf.hline(X0, X0 + TW, y, 0.8, RASP)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(TW, 3.8, A_NOTE, align="L", new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() > 215:
    raise SystemExit(f"Tabell 1 is too long for p. 2 (y {pdf.get_y():.1f})")
pdf.set_auto_page_break(True, 24)
pdf.ln(3)
pdf.h2("Kommentarer till utfallet", size=10.5)
rows = {r[1]: r for r in A_ROWS}
bu = rows["Barn och unga"]
pa = rows["Personlig assistans"]
ht = rows["Hemtjänst"]
eb = rows["Ekonomiskt bistånd¹"]
pdf.p(f"Barn och unga redovisar ett underskott på {d1(-a_dev(bu))} mnkr. Det beror på att {A_PASSAGE}. "
      f"Ekonomiskt bistånd överskred budgeten med {d1(-a_dev(eb))} mnkr när fler hushåll behövde stöd under längre "
      f"tid.", size=9.8, lh=4.9)
pdf.p(f"Personlig assistans överskred budgeten med {d1(-a_dev(pa))} mnkr eftersom Försäkringskassan har avslagit fler "
      f"ansökningar om assistansersättning och kommunen då står för hela kostnaden. Hemtjänstens underskott på "
      f"{d1(-a_dev(ht))} mnkr följer av att fler timmar beviljades, medan särskilt boende och korttidsvården "
      f"redovisar överskott som nästan täcker det.", size=9.8, lh=4.9)

# ---------------------------------------------------------------- p. 3 Personal
pdf.add_page()
pdf.h1("3 Personal", size=13.5)
pdf.p(f"Socialförvaltningen hade {g(n26)} tillsvidareanställda den 31 december 2026 ({g(n25)}), motsvarande "
      f"{d1(fte)} årsarbetare. Personalomsättningen minskade till {d1(A_TURNOVER[1])} procent "
      f"({d1(A_TURNOVER[0])}). Sjukfrånvaron var {d1(s26)} procent, att jämföra med {d1(s25)} procent året innan och "
      f"nämndens mål på {d1(A_SICK_GOAL)} procent. Äldreomsorgen har fortfarande den högsta sjukfrånvaron.",
      size=10, lh=5)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Personal och sjukfrånvaro per verksamhetsområde", new_x="LMARGIN", new_y="NEXT")
WID2 = [56, 19, 19, 24, 19, 19]
AL2 = ["L", "R", "R", "R", "R", "R"]
TW2 = sum(WID2)
xs2 = [X0]
for w in WID2:
    xs2.append(xs2[-1] + w)
pdf.set_auto_page_break(False)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW2, y, 0.8, RASP)
pdf.set_font("Cond", "B", 8.6)
for a, b, lab in ((1, 3, "Tillsvidareanställda"), (3, 4, "Årsarbetare"), (4, 6, "Sjukfrånvaro, %")):
    pdf.set_xy(xs2[a], y + 0.8)
    pdf.cell(xs2[b] - xs2[a], 4.4, lab, align="C")
    pdf.hline(xs2[a] + 1.5, xs2[b] - 1.5, y + 5.6, 0.25, (90, 90, 90))
h = pdf.row(X0, y + 5.8, WID2, AL2, ["Verksamhetsområde", "2025", "2026", "2026", "2025", "2026"], style="B", size=8.6,
            font="Cond", vpad=0.8)
y += 5.8 + h
pdf.hline(X0, X0 + TW2, y, 0.4, (60, 60, 60))
for x in A_STAFF:
    h = pdf.row(X0, y, WID2, AL2, a_staff_cells(x), size=9, font="Cond", vpad=1.2)
    y += h
    pdf.hline(X0, X0 + TW2, y, 0.1, (210, 210, 210))
pdf.hline(X0, X0 + TW2, y + 0.3, 0.4, (30, 30, 30))
h = pdf.row(X0, y + 0.6, WID2, AL2, a_staff_tot_cells(), size=9.2, font="Cond", style="B", vpad=1.2)
y += h + 0.8
pdf.hline(X0, X0 + TW2, y, 0.8, RASP)
pdf.set_xy(X0, y + 1.2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(TW2, 3.8, "Sjukfrånvaron avser sjukfrånvarotimmar i procent av ordinarie arbetstid. Värdet för hela "
               "förvaltningen är vägt med antalet årsarbetare.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_auto_page_break(True, 24)
pdf.ln(4)

# Figur 1: thermometers
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Figur 1. Sjukfrånvaro 2026 per verksamhetsområde, procent", new_x="LMARGIN", new_y="NEXT")
items = [(x[0], x[5]) for x in A_STAFF] + [("Hela förvaltningen", s26)]
top = pdf.get_y() + 10
TH = 52                                       # tube height for 0–12 %
VMAX = 12.0
step = 160 / len(items)
bulb_y = top + TH + 4


def Yv(v):
    return top + TH * (1 - v / VMAX)


for k, (name, v) in enumerate(items):
    cx = 30 + k * step + step / 2 - 6
    # tube
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.35)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(cx - 2.6, top - 2, 5.2, TH + 4, style="DF", round_corners=True, corner_radius=2.4)
    pdf.set_fill_color(*RASP)
    pdf.rect(cx - 1.4, Yv(v), 2.8, bulb_y - Yv(v), style="F")
    pdf.ellipse(cx - 4.6, bulb_y - 3.2, 9.2, 9.2, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    # value above
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*RASP)
    pdf.set_xy(cx - 12, top - 8.5)
    pdf.cell(24, 4.5, d1(v), align="C")
    pdf.set_text_color(0, 0, 0)
    # name below
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(cx - step / 2 + 2, bulb_y + 7.5)
    pdf.multi_cell(step - 4, 3.6, name, align="C")
# scale ticks on the left
for v in (0, 4, 8, 12):
    pdf.hline(24, 27, Yv(v), 0.2, (150, 150, 150))
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(140, 140, 140)
    pdf.set_xy(16, Yv(v) - 2)
    pdf.cell(7, 4, str(v), align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(27, 176, Yv(A_SICK_GOAL), 0.45, (40, 40, 40), dash=(1.4, 1.0))
pdf.set_font("Sans", "I", 7.6)
pdf.set_xy(176.5, Yv(A_SICK_GOAL) - 2)
pdf.cell(12, 4, f"Mål {d1(A_SICK_GOAL)}")
pdf.set_y(bulb_y + 16)

# ---------------------------------------------------------------- p. 4 Verksamheten
pdf.add_page()
pdf.h1("4 Verksamheten under året", size=13.5)


def runin(title, text):
    pdf.set_font("Sans", "B", 10)
    pdf.write(5.1, title + " ")
    pdf.set_font("Serif", "", 10.2)
    pdf.write(5.1, text)
    pdf.ln(7.5)


runin("Individ- och familjeomsorg.", "Trycket på barn- och ungdomsvården var fortsatt högt. Antalet "
      "orosanmälningar ökade och flera utredningar ledde till placering. Arbetet med att rekrytera egna familjehem "
      "har intensifierats, men resultatet märks först 2027. Inom ekonomiskt bistånd har samarbetet med "
      "arbetsmarknadsenheten stärkts.")
runin("Funktionsstöd.", "Ett nytt gruppboende enligt LSS öppnade i oktober med sex lägenheter. Den dagliga "
      "verksamheten har fått fler deltagare med uppdrag ute hos företag.")
runin("Äldreomsorg.", "Fler äldre bor kvar hemma längre och behöver mer omfattande hemtjänst. Väntetiden till "
      "särskilt boende har minskat sedan två avdelningar öppnades på nytt efter ombyggnad.")
pdf.h2("Fokus 2027", size=11)
for text, subs in A_FOCUS:
    pdf.set_font("Serif", "", 10.2)
    pdf.set_x(24)
    pdf.cell(5, 5.1, "\u2022")
    pdf.set_font("Serif", "B", 10.2)
    pdf.multi_cell(0, 5.1, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for s_ in subs:
        pdf.set_x(31)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(0, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Kalvsunda den {dmy(A_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{A_CHAIR[0]}\n{A_CHAIR[1].capitalize()}", f"{A_HEAD[0]}\n{A_HEAD[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
