"""(b) Myrvinge kommun – personalekonomisk redovisning 2026 (bilaga till årsredovisningen).

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed tables, portrait, 4 pages, petrol and ochre.
P. 1 has no running header: a DRAWN MARK OF THREE OVERLAPPING RINGS (petrol, ochre, petrol) beside "MYRVINGE KOMMUN" and
"Kommunstyrelsen · HR-avdelningen", "Bilaga till årsredovisningen 2026" right-aligned in grey, a petrol rule, the
title, an ITALIC INGRESS, "Sammanfattning" with COMPETING FIGURES in running text (3 614 vs 3 571 permanent staff, 478
vs 501 temporary; sick leave 8,3 vs 8,7 vs the target 7,5, women 9,4 and men 4,9; turnover 9,8 vs 11,2 vs 9,0) and
Figur 1, a MOSAIC (MARIMEKKO) CHART: one column per administration whose WIDTH IS PROPORTIONAL TO ITS PERMANENT STAFF,
each split into women (petrol, below) and men (ochre, above) by height, the women's share printed in the petrol part,
the staff count above and the administration's abbreviation below each column, a 0–100 % scale and a legend. Pp. 2–4
have a running header (a petrol square, "Myrvinge kommun · Personalekonomisk redovisning 2026", "sida n (4)") over a
thin ochre rule and a grey footer line. P. 2: "1 Anställda och personalkostnader" and Tabell 1 with a STACKED HEADING
("Tillsvidareanställda" over Kvinnor / Män / Totalt; "Personalkostnader, mnkr" over Budget 2026 / Utfall
2026 / Utfall 2025; Förvaltning, Visstidsanställda and Årsarbetare spanning both levels) as a VERTICAL ZEBRA – every
second column tinted from the heading to the sum row, no horizontal rules between the rows except hairlines – and a
bold "Summa" row over a double rule; comments with competing figures (costs 2 498,5 vs the budget 2 458,8 vs 2 375,1;
sick pay 41,3 vs 38,9; hired staff 12,7 vs 18,4; overtime 61,2 vs 57,9). P. 3: "2 Sjukfrånvaro" with Tabell 2 (per
administration: 2025 / 2026 / Kvinnor 2026 / Män 2026 / Andel långtid 2026) in the same vertical zebra, rates over the
target in OCHRE BOLD, and Tabell 3 by age group with a STACKED HEADING (Kvinnor / Män / Samtliga each over 2025 /
2026); comments. P. 4: "3 Analys" (the passage on the social services), "4 Åtgärder 2027" as a "•" LIST WITH NESTED
"–" ITEMS, place and date and two signature lines. No metadata title.
"""
import datetime as dt

from common46 import HERE, Doc
from data import (B_ADM, B_DATE, B_HR, B_CEO, B_AUTHOR, B_SICK_TARGET, B_LONG_2025, B_LONG_2026, B_AGE,
                  B_PASSAGE, B_ACTIONS, B_SICKPAY, b_staff, b_tot, b_sick_kommun, b_women_share, b_staff_cells,
                  b_staff_total_cells, b_sick_cells, b_sick_total_cells, b_age_cells, b_age_total_cells,
                  b_sentences, d1, g)

OUT = HERE / "myrvinge-personalekonomisk-redovisning-2026.pdf"
PETROL = (0, 92, 108)
OCHRE = (204, 142, 36)
ZEBRA = (230, 240, 241)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_fill_color(*PETROL)
        self.rect(self.l_margin, 10.8, 3, 3, style="F")
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(*PETROL)
        self.set_xy(self.l_margin + 5, 10.3)
        self.cell(110, 4, "Myrvinge kommun · Personalekonomisk redovisning 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 115, 4, f"sida {self.page_no()} (4)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.5, OCHRE)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        if self.page_no() == 1:
            return
        self.hline(self.l_margin, self.w - self.r_margin, self.h - 14, 0.2, (170, 170, 170))
        self.set_xy(self.l_margin, self.h - 13)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 3.5, "Källa: personal- och lönesystemet. Antal anställda avser den 1 november 2026.")
        self.set_text_color(0, 0, 0)


pdf = BDoc("Myrvinge kommun", font="dejavu", serif=True, accent=PETROL, foot="", justify=False,
           created=dt.datetime(2027, 3, 2, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for i, col in enumerate((PETROL, OCHRE, PETROL)):
    pdf.set_draw_color(*col)
    pdf.set_line_width(1.3)
    pdf.circle(26 + i * 5.2, 21.5, 3.8, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 16.2)
pdf.set_font("Sans", "B", 12.5)
pdf.set_text_color(*PETROL)
pdf.cell(80, 5.5, "MYRVINGE KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.4, "Kommunstyrelsen · HR-avdelningen")
pdf.set_xy(120, 18.5)
pdf.cell(68, 4.4, "Bilaga till årsredovisningen 2026", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 30, 0.8, PETROL)
pdf.set_y(35)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*PETROL)
pdf.cell(0, 9, "Personalekonomisk redovisning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
pdf.set_font("Serif", "I", 10)
pdf.multi_cell(0, 5, "Redovisningen beskriver kommunens medarbetare, sjukfrånvaron och personalkostnaderna under 2026 "
               "och ligger till grund för arbetsgivarpolitiska prioriteringar i nästa års budget. Uppgifterna "
               "redovisas per förvaltning.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*PETROL)
pdf.cell(0, 6.5, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(0.5)
s = b_sentences()
pdf.p(f"{s[0]} Kvinnorna utgör drygt tre fjärdedelar av de tillsvidareanställda, men andelen skiljer sig mycket "
      "mellan förvaltningarna, vilket framgår av figur 1.", size=9.8)
pdf.p(f"{s[2]} {s[3]} {s[5]}", size=9.8)

# Figur 1: mosaic chart
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Tillsvidareanställda per förvaltning och kön den 1 november 2026", new_x="LMARGIN",
         new_y="NEXT")
top = pdf.get_y() + 7
H = 62
X0, W = 32, 150
tot = b_tot()["n"]
pdf.set_font("Sans", "", 7)
for v in (0, 25, 50, 75, 100):
    y = top + H - H * v / 100
    pdf.hline(X0 - 1.5, X0, y, 0.3, (80, 80, 80))
    pdf.set_xy(X0 - 11, y - 1.7)
    pdf.cell(9, 3.4, f"{v} %", align="R")
x = X0
for a in B_ADM:
    w = W * b_staff(a) / tot
    hw = H * a[2] / b_staff(a)
    pdf.set_fill_color(*PETROL)
    pdf.rect(x, top + H - hw, w - 0.6, hw, style="F")
    pdf.set_fill_color(*OCHRE)
    pdf.rect(x, top, w - 0.6, H - hw, style="F")
    pdf.set_font("Sans", "B", 6.8 if w < 10 else 7.8)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, top + H - hw / 2 - 1.8)
    pdf.cell(w - 0.6, 3.6, f"{b_women_share(a)} %", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 6.8 if w < 10 else 7.6)
    pdf.set_xy(x - 2, top - 4.6)
    pdf.cell(w + 3.4, 3.6, g(b_staff(a)), align="C")
    pdf.set_font("Sans", "B", 7.2)
    pdf.set_xy(x - 2, top + H + 1.2)
    pdf.cell(w + 3.4, 3.6, a[1], align="C")
    x += w
pdf.hline(X0, X0 + W, top + H, 0.4, (60, 60, 60))
ly = top + H + 7
pdf.set_font("Sans", "", 7.8)
for i, (lab, col) in enumerate((("Kvinnor", PETROL), ("Män", OCHRE))):
    pdf.set_fill_color(*col)
    pdf.rect(X0 + i * 28, ly + 0.6, 3.2, 3.2, style="F")
    pdf.set_xy(X0 + 4.5 + i * 28, ly)
    pdf.cell(22, 4.4, lab)
pdf.set_xy(X0 + 58, ly)
pdf.set_font("Sans", "I", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(W - 58, 3.6, "Kolumnens bredd motsvarar antalet tillsvidareanställda. Siffran ovanför är antalet, "
               "siffran i fältet andelen kvinnor.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_y(ly + 9)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "KLF kommunledningsförvaltningen, BUF barn- och utbildningsförvaltningen, SOC "
               "socialförvaltningen, VOF vård- och omsorgsförvaltningen, SBF samhällsbyggnadsförvaltningen, KFF "
               "kultur- och fritidsförvaltningen.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")


def fits(widths, cells, style, size):
    """stop if a word would be split inside a narrow cell"""
    for w, c in zip(widths, cells):
        for part in str(c).split("\n"):
            lines = pdf.cell_lines(w, part, "Cond", style, size)
            if " ".join(lines).split() != part.split():
                raise SystemExit(f"word split in a cell of width {w}: {part!r} -> {lines}")


def zebra_table(title, widths, aligns, upper, lower, rows, total, zebra_cols, hi=None, hh=12, size=8.6):
    """upper: [(text, first col, n cols)] – single-column entries span both heading levels; lower: labels under
    the spanning cells ('' elsewhere), may hold a line break."""
    pdf.set_font("Sans", "B", 9.2)
    pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    X = 22
    xs = [X + sum(widths[:i]) for i in range(len(widths) + 1)]
    y0 = pdf.get_y() + 1.5
    for r in rows:
        fits(widths, r, "", size)
    fits(widths, total, "B", size)
    for r in rows + [total]:
        for w, c in zip(widths[1:], r[1:]):
            if len(pdf.cell_lines(w, c, "Cond", "B", size)) > 1:
                raise SystemExit(f"number cell wraps: {c!r}")
    hs = [pdf.row_h(widths, r, size=size, font="Cond", vpad=1.3) for r in rows]
    total_h = hh + 0.6 + sum(hs) + 1.0 + 6.6
    pdf.set_fill_color(*ZEBRA)
    for c in zebra_cols:
        pdf.rect(xs[c], y0, widths[c], total_h, style="F")
    pdf.hline(X, xs[-1], y0, 1.0, PETROL)
    pdf.set_font("Cond", "B", 8.2)
    for text, c0, n in upper:
        x0, x1 = xs[c0], xs[c0 + n]
        if n == 1:
            lines = text.split("\n")
            yy = y0 + hh - len(lines) * 3.6 - 0.8
            for j, ln in enumerate(lines):
                pdf.set_xy(x0 + 1.1, yy + j * 3.6)
                pdf.cell(x1 - x0 - 2.2, 3.6, ln, align=aligns[c0])
        else:
            pdf.set_xy(x0 + 1, y0 + 0.9)
            pdf.cell(x1 - x0 - 2, 3.8, text, align="C")
            pdf.hline(x0 + 1.2, x1 - 1.2, y0 + 5.0, 0.3, OCHRE)
    for i, t in enumerate(lower):
        if t:
            lines = t.split("\n")
            yy = y0 + hh - len(lines) * 3.6 - 0.8
            for j, ln in enumerate(lines):
                pdf.set_xy(xs[i] + 1.1, yy + j * 3.6)
                pdf.cell(widths[i] - 2.2, 3.6, ln, align=aligns[i])
    y = y0 + hh
    pdf.hline(X, xs[-1], y, 0.4, PETROL)
    y += 0.6
    for r, h in zip(rows, hs):
        styles = [None] * len(r)
        colors = [None] * len(r)
        if hi:
            for c in hi(r):
                styles[c], colors[c] = "B", OCHRE
        pdf.row(X, y, widths, aligns, r, size=size, font="Cond", vpad=1.3, styles=styles, colors=colors, h=h)
        y += h
        pdf.hline(X, xs[-1], y, 0.1, (205, 205, 205))
    pdf.hline(X, xs[-1], y + 0.3, 0.3, PETROL)
    pdf.hline(X, xs[-1], y + 1.0, 0.3, PETROL)
    h = pdf.row(X, y + 1.0, widths, aligns, total, size=size, font="Cond", style="B", vpad=1.3)
    y += 1.0 + h
    pdf.hline(X, xs[-1], y, 1.0, PETROL)
    pdf.set_y(y + 2)


# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("1 Anställda och personalkostnader", size=12.5)
pdf.p("Tabell 1 visar antalet tillsvidareanställda efter kön, antalet visstidsanställda med månadslön, antalet "
      "årsarbetare och personalkostnaderna per förvaltning. Personalkostnaderna omfattar löner, arvoden och "
      "personalomkostnader men inte kostnaden för inhyrd personal.", size=9.8)
W1 = [49, 13.5, 11.5, 13, 15, 16, 16, 16, 16]
A1 = ["L"] + ["R"] * 8
zebra_table("Tabell 1. Anställda och personalkostnader per förvaltning 2026",
            W1, A1,
            [("Förvaltning", 0, 1), ("Tillsvidareanställda", 1, 3), ("Visstids-\nanställda", 4, 1),
             ("Års-\narbetare", 5, 1), ("Personalkostnader, mnkr", 6, 3)],
            ["", "Kvinnor", "Män", "Totalt", "", "", "Budget\n2026", "Utfall\n2026", "Utfall\n2025"],
            [b_staff_cells(a) for a in B_ADM], b_staff_total_cells(), [1, 3, 5, 7], hh=13, size=8.4)
t = b_tot()
pdf.h2("Kommentarer")
pdf.p(f"{s[1]} Den största delen av överskridandet finns i vård- och omsorgsförvaltningen och i "
      "barn- och utbildningsförvaltningen, där vakanser har täckts med övertid och fler elevassistenter.", size=9.8)
pdf.p(f"{s[4]} {s[6]} Samhällsbyggnadsförvaltningen och kommunledningsförvaltningen höll sina budgetar för "
      "personalkostnader.", size=9.8)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("2 Sjukfrånvaro", size=12.5)
k = b_sick_kommun()
pdf.p("Sjukfrånvaron redovisas i procent av den sammanlagda ordinarie arbetstiden. Långtidssjukfrånvaro avser "
      "frånvaro under en sammanhängande period om 60 dagar eller mer och redovisas som andel av den totala "
      f"sjukfrånvaron. För hela kommunen var andelen {d1(B_LONG_2026)} procent, jämfört med {d1(B_LONG_2025)} procent "
      "året innan.", size=9.8)
W2 = [62, 20, 20, 21, 21, 22]
A2 = ["L"] + ["R"] * 5
zebra_table("Tabell 2. Sjukfrånvaro per förvaltning 2025–2026, procent av ordinarie arbetstid",
            W2, A2,
            [("Förvaltning", 0, 1), ("Samtliga", 1, 2), ("2026 efter kön", 3, 2),
             ("Andel\nlångtid\n2026, %", 5, 1)],
            ["", "2025", "2026", "Kvinnor", "Män", ""],
            [b_sick_cells(a) for a in B_ADM], b_sick_total_cells(), [1, 3, 5],
            hi=lambda r: [2] if float(r[2].replace(",", ".")) > B_SICK_TARGET else [], hh=14)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 3.6, f"Markerat: över målet på högst {d1(B_SICK_TARGET)} procent.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
W3 = [40, 21, 21, 21, 21, 21, 21]
A3 = ["L"] + ["R"] * 6
zebra_table("Tabell 3. Sjukfrånvaro efter kön och åldersgrupp 2025–2026, procent",
            W3, A3,
            [("Åldersgrupp", 0, 1), ("Kvinnor", 1, 2), ("Män", 3, 2), ("Samtliga", 5, 2)],
            ["", "2025", "2026", "2025", "2026", "2025", "2026"],
            [b_age_cells(a) for a in B_AGE], b_age_total_cells(), [1, 2, 5, 6])
pdf.h2("Kommentarer")
pdf.p("Sjukfrånvaron minskade i fyra av sex förvaltningar. Den högsta sjukfrånvaron finns fortfarande i vård- och "
      "omsorgsförvaltningen, där mer än hälften av frånvaron är långtidssjukfrånvaro. Bland de yngsta "
      "medarbetarna ökade sjukfrånvaron för både kvinnor och män, medan den minskade i de andra åldersgrupperna.",
      size=9.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Analys", size=12.5)
soc = [a for a in B_ADM if a[1] == "SOC"][0]
pdf.p(f"Sjukfrånvaron i socialförvaltningen ökade till {d1(soc[10])} procent. Den främsta orsaken är att "
      f"{B_PASSAGE}. Flera medarbetare har under hösten återgått i arbete på deltid.", size=9.8)
pdf.p("I vård- och omsorgsförvaltningen har arbetet med heltid som norm och nya scheman bidragit till att "
      "sjukfrånvaron minskade. Kostnaden för sjuklön har ändå ökat, eftersom fler "
      f"medarbetare hade korta sjukperioder under vintern. Sjuklönen kostade {d1(B_SICKPAY[0])} mnkr.", size=9.8)
pdf.h1("4 Åtgärder 2027", size=12.5)
pdf.set_font("Serif", "", 9.8)
for t_, subs in B_ACTIONS:
    pdf.set_x(24)
    pdf.set_text_color(*PETROL)
    pdf.cell(5, 5, "•")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "B", 9.8)
    pdf.multi_cell(pdf.epw - 7, 5, t_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.8)
    for s_ in subs:
        pdf.set_x(31)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(pdf.epw - 14, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(5)
pdf.set_font("Serif", "", 9.5)
pdf.cell(0, 5, f"Myrvinge den {B_DATE.day} mars {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{B_HR[0]}\n{B_HR[1]}", f"{B_CEO[0]}\n{B_CEO[1].capitalize()}"])
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Handläggare: {B_AUTHOR[0]}, {B_AUTHOR[1]}", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
