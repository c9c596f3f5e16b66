"""(f) Åkersviks kommun – kommunstyrelsen: personalredovisning 2026 (the sick-leave section as a SCANNED page 3).

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, indigo and rose. P. 1 has no running
header: a DRAWN MARK OF THREE PERSON SILHOUETTES (indigo, rose, indigo; heads as discs over rounded shoulders) beside
"ÅKERSVIKS KOMMUN / Kommunstyrelsen · HR-avdelningen", "PERSONALREDOVISNING" right-aligned in letter-spaced rose
capitals, an indigo rule, the title and subtitle, a key–value block, "1 Personalen i korthet" with COMPETING FIGURES in
running text (2 307 vs 2 263 permanent employees, 275 on fixed terms, 2 165,7 full-time equivalents, 76,4 % women,
average age 46,2 vs 46,5, turnover 9,4 vs 10,3 vs the target of at most 9,0; the sick leave in words only, with the
target 6,5 %) and Figur 1, an ICON ARRAY of the permanent staff per age group (one drawn person figure per 25
employees, women in rose and men in indigo, the total printed after each row). Pp. 2 and 4 have a running header
("Åkersviks kommun · Personalredovisning 2026" at the left, "Sida n" at the right) over an indigo hairline with a short
rose segment. P. 2: "2 Anställda" with Tabell 1 under a STACKED HEADING ("Tillsvidareanställda 31 dec 2026" over
Kvinnor / Män / Totalt, then Visstidsanställda / Årsarbetare 2026 / Tillsvidareanställda 2025) and a last column of
drawn GENDER-SPLIT BARS (rose for the women's share, indigo for the men's, no text), a bold "Hela kommunen" row on a
pale indigo band; Tabell 2, the age groups (Kvinnor / Män / Totalt / Andel, %), narrower than the page; comments.
**P. 3 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan50.py): the printed page 3 of the report scanned INSIDE A
CLEAR PLASTIC SLEEVE – the sleeve's punched strip with four reinforced holes down the left edge, the sleeve's edge as a
faint line at the top and the right, a DIAGONAL GLARE BAND from the scanner lamp, soft wrinkles in the plastic –
holding "3 Sjukfrånvaro", Tabell 3 (sick leave per administration and sex 2025–2026 with a stacked heading, a bold
"Hela kommunen" row over a double rule, two notes), a comment sentence and Figur 2 (horizontal bars of the total sick
leave 2026 per administration); −0.7° skew, grain, blur and specks. None of its figures is repeated in the text
layer. P. 4: "4 Analys av sjukfrånvaron" (the passage on the social services, in words only), "5 Åtgärder 2027" as a
NUMBERED LIST, "Förslag till beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common50 import HERE, Doc
from data import (F_ADM, F_AGES, F_ICON, F_DNR, F_DATE, F_HR, F_STRAT, F_SICK_TARGET, F_PASSAGE, F_ACTIONS,
                  f_cells, f_total_cells, f_totals, f_perm, f_age_cells, f_sentences, d1, g)
from scan50 import render

OUT = HERE / "akersvik-personalredovisning-2026.pdf"
INDIGO = (52, 58, 132)
PALE_INDIGO = (230, 232, 246)
ROSE = (204, 84, 122)
GREY = (105, 105, 105)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*INDIGO)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Åkersviks kommun · Personalredovisning 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"Sida {self.page_no()}", align="R")
        self.hline(self.l_margin, self.w - self.r_margin - 20, 15.8, 0.35, INDIGO)
        self.hline(self.w - self.r_margin - 20, self.w - self.r_margin, 15.8, 0.35, ROSE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)


pdf = FDoc("Åkersviks kommun", font="dejavu", serif=False, accent=INDIGO, foot="", justify=False,
           created=dt.datetime(2027, 3, 2, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)


def person(x, y, s, col):
    """a small person figure: a head over rounded shoulders; (x, y) is the top left, s the height"""
    pdf.set_fill_color(*col)
    pdf.circle(x + s * 0.30, y + s * 0.20, s * 0.19, style="F")
    pdf.rect(x + s * 0.04, y + s * 0.44, s * 0.52, s * 0.56, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"),
             corner_radius=s * 0.22)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
for i, col in enumerate((INDIGO, ROSE, INDIGO)):
    sc = 13.0 if i == 1 else 10.5
    person(22 + i * 6.4 - (1.2 if i == 1 else 0), 15.5 - (2.0 if i == 1 else 0) + (0 if i == 1 else 0.5), sc, col)
pdf.set_xy(46, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*INDIGO)
pdf.cell(80, 6, "ÅKERSVIKS KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Kommunstyrelsen · HR-avdelningen")
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*ROSE)
pdf.set_char_spacing(1.2)
pdf.set_xy(118, 18.6)
pdf.cell(70, 4, "PERSONALREDOVISNING", align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.8, INDIGO)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*INDIGO)
pdf.cell(0, 9, "Personalredovisning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Anställda, åldersfördelning och sjukfrånvaro", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Ansvarig", f"{F_HR[0]}, {F_HR[1]}"),
        ("Till", "Kommunstyrelsens personalutskott")], lw=32, size=9, lh=4.6)
pdf.h1("1 Personalen i korthet", size=12.5)
s = f_sentences()
pdf.p(f"{s[0]} {s[1]} Ökningen beror främst på fler anställda i barn- och utbildningsförvaltningen och i vård och "
      f"omsorg.", size=9.6)
pdf.p(f"{s[2]} {s[3]}", size=9.6)
pdf.p(f"Sjukfrånvaron minskade något under året men ligger fortfarande över kommunens mål på högst "
      f"{d1(F_SICK_TARGET)} procent. Sjukfrånvaron per förvaltning och kön redovisas i avsnitt 3.", size=9.6)

# Figur 1: icon array of the age groups
pdf.ln(1)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, f"Figur 1. Tillsvidareanställda per åldersgrupp 31 december 2026 (en figur = {F_ICON} anställda)",
         new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 3
S, STEP = 6.0, 5.0
for label, w_, m_ in F_AGES:
    n_tot = round((w_ + m_) / F_ICON)
    n_w = round(w_ / F_ICON)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(22, y + 1.0)
    pdf.cell(20, 4, label)
    for k in range(n_tot):
        person(44 + k * STEP, y, S, ROSE if k < n_w else INDIGO)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(44 + n_tot * STEP + 2, y + 1.0)
    pdf.cell(20, 4, g(w_ + m_))
    y += S + 4.2
pdf.set_fill_color(*ROSE)
pdf.rect(44, y + 1.2, 3, 3, style="F")
pdf.set_font("Sans", "", 7.6)
pdf.set_xy(48, y + 0.7)
pdf.cell(20, 4, "Kvinnor")
pdf.set_fill_color(*INDIGO)
pdf.rect(66, y + 1.2, 3, 3, style="F")
pdf.set_xy(70, y + 0.7)
pdf.cell(20, 4, "Män")
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.set_xy(22, y + 6)
pdf.multi_cell(0, 3.6, "Antalet figurer är avrundat. Talet efter varje rad är det exakta antalet anställda i "
               "åldersgruppen.", align="L")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1 and 2
pdf.add_page()
pdf.h1("2 Anställda", size=12.5)
pdf.p("Tabell 1 visar antalet anställda per förvaltning den 31 december. Årsarbetare är antalet anställda omräknat "
      "till heltider.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Anställda per förvaltning 2025–2026", new_x="LMARGIN", new_y="NEXT")
X = 22
WID = [48.5, 16.5, 12, 13, 19, 22, 19.5, 15.5]
AL = ["L", "R", "R", "R", "R", "R", "R", "C"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, INDIGO)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[1], y + 0.8)
pdf.cell(XS[4] - XS[1], 3.8, "Tillsvidareanställda 31 dec 2026", align="C")
pdf.hline(XS[1] + 1, XS[4] - 1, y + 5.2, 0.3, INDIGO)
HEAD = ["Förvaltning", "Kvinnor", "Män", "Totalt", "Visstids- anställda", "Årsarbetare 2026",
        "Tillsvidare 2025", "Andel kvinnor"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.0, what="Tabell 1 heading")
pdf.row(X, y + 5.2, WID, AL, HEAD, size=8.0, font="Cond", style="B", h=8.6)
y += 13.8
pdf.hline(X, XS[-1], y, 0.4, INDIGO)
FS = 8.5


def split_bar(y, h, w_, m_):
    x0, bw = XS[7] + 2.0, WID[7] - 4.0
    share = w_ / (w_ + m_)
    pdf.set_fill_color(*ROSE)
    pdf.rect(x0, y + h / 2 - 1.3, bw * share, 2.6, style="F")
    pdf.set_fill_color(*INDIGO)
    pdf.rect(x0 + bw * share, y + h / 2 - 1.3, bw * (1 - share), 2.6, style="F")


for a in F_ADM:
    cells = f_cells(a) + [""]
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.4)
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.4, h=h)
    split_bar(y, h, a[2], a[3])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
cells = f_total_cells() + [""]
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.5)
pdf.set_fill_color(*PALE_INDIGO)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.5, h=h)
t = f_totals()
split_bar(y, h, t["w"], t["m"])
y += h
pdf.hline(X, XS[-1], y, 0.8, INDIGO)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Anställda med månadslön den 31 december. Timavlönade ingår inte. Stapeln visar fördelningen "
               "mellan kvinnor (rött) och män (blått) bland de tillsvidareanställda.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Tillsvidareanställda per åldersgrupp 31 december 2026", new_x="LMARGIN", new_y="NEXT")
W2 = [40, 24, 24, 24, 24]
A2 = ["L", "R", "R", "R", "R"]
y = pdf.get_y() + 1.5
pdf.hline(X, X + sum(W2), y, 0.8, INDIGO)
pdf.row(X, y + 0.2, W2, A2, ["Åldersgrupp", "Kvinnor", "Män", "Totalt", "Andel, %"], size=8.4, font="Cond",
        style="B", h=6.2)
y += 6.6
pdf.hline(X, X + sum(W2), y, 0.4, INDIGO)
for x_ in F_AGES:
    h = pdf.row(X, y, W2, A2, f_age_cells(x_), size=FS, font="Cond", vpad=1.2)
    y += h
    pdf.hline(X, X + sum(W2), y, 0.1, (200, 200, 200))
pdf.hline(X, X + sum(W2), y, 0.8, INDIGO)
pdf.set_y(y + 4)
pdf.h2("Kommentarer")
pdf.p("Antalet tillsvidareanställda ökade mest i barn- och utbildningsförvaltningen, där två nya förskolor öppnade "
      "under året, och i vård- och omsorgsförvaltningen. Kultur- och fritidsförvaltningen minskade efter att "
      "simhallen stängdes för renovering.", size=9.4)
pdf.p("Mer än var fjärde tillsvidareanställd är 50–59 år. Under de kommande tio åren går många i pension, särskilt "
      "inom vård och omsorg och skolan.", size=9.4)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the scanned sick-leave page
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Analys av sjukfrånvaron", size=12.5)
pdf.p("Sjukfrånvaron är fortfarande högst i vård och omsorg och i socialförvaltningen, och den är högre bland "
      "kvinnor än bland män i alla förvaltningar. Ungefär två femtedelar av sjukfrånvaron är långtidssjukfrånvaro.",
      size=9.6)
pdf.p(f"Sjukfrånvaron ökade i socialförvaltningen. Orsaken är att {F_PASSAGE}. Förvaltningen har nu fyllt de "
      "flesta vakanserna.", size=9.6)
pdf.p("Kultur- och fritidsförvaltningen hade också en högre sjukfrånvaro än året innan, medan den minskade i "
      "samhällsbyggnadsförvaltningen och i kommunledningsförvaltningen.", size=9.6)
pdf.h1("5 Åtgärder 2027", size=12.5)
pdf.numbered(F_ACTIONS, size=9.6, lh=4.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Personalutskottet föreslås besluta", [
    "lägga personalredovisningen för 2026 till handlingarna, samt",
    "ge HR-chefen i uppdrag att redovisa resultatet av åtgärderna mot sjukfrånvaron i september 2027."], size=9.6)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Åkersvik den {F_DATE.day} mars {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{F_HR[0]}\n{F_HR[1]}", f"{F_STRAT[0]}\n{F_STRAT[1]}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
