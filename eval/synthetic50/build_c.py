"""(c) Embacka kommun – kultur- och fritidsnämnden: föreningsbidrag 2027, protokollsutdrag § 14 with the distribution
of the grants as a long table.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow table, portrait, 3 pages, plum and
gold. P. 1 has no running header: a DRAWN STAGE-CURTAIN MARK (a plum rounded square with two gold drapes and a gold
pelmet) beside "EMBACKA KOMMUN / Kultur- och fritidsnämnden", at the right a PLUM-BORDERED BOX "PROTOKOLLSUTDRAG" with
Sammanträdesdatum and Paragraf, a plum rule, the paragraph title "§ 14 Föreningsbidrag 2027" with the Dnr, then
"Ärendebeskrivning" with COMPETING FIGURES in running text (24 associations applied for 1 334 000 kr, 234 000 kr over
the frame of 1 100 000 kr; 1 088 900 kr proposed, 11 100 kr left; 1 042 600 kr to 22 associations in 2026), the six
kinds of grant as a "–" list, "Förvaltningens bedömning" (the passage on Skidklubben Alvarn) and "Beslut" as
att-clauses. Pp. 2–3 have a running header ("Embacka kommun · Kultur- och fritidsnämnden" at the left, "Protokoll
2027-02-09, § 14 · sida n (3)" at the right) over a gold hairline. Pp. 2–3: "Bilaga. Fördelning av föreningsbidrag
2027" and Tabell 1 (Nr / Förening / Bidragsform / Ändamål / Sökt, kr / Beviljat, kr / Anm.) as a LEDGER: the categories as
GROUP ROWS IN LETTER-SPACED PLUM CAPITALS WITH A GOLD UNDERLINE, an italic "Summa …" row after each category over a
DOTTED rule, and at the page break a CARRY-FORWARD LINE "Att överföra" (the running sums of Sökt and Beviljat on a
pale gold band) at the foot of p. 2, repeated at the top of p. 3 as "Överfört från föregående sida" under "Tabell 1
(forts.)", the repeated heading and "Kultur (forts.)"; a bold "Summa samtliga föreningar" row over a double rule, the
notes a–c; then "Justering" with two signature lines and an "Utdragsbestyrkande" line. No metadata title.
"""
import datetime as dt

from common50 import HERE, Doc
from data import (C_ROWS, C_GROUPS, C_BREAK_AFTER, C_NOTES, C_DNR, C_DATE, C_PARA, C_CHAIR, C_OFFICER, C_ADJ,
                  C_FRAME, C_KINDS, C_PASSAGE, c_cells, c_group_rows, c_group_sum_cells, c_total_cells, c_carry,
                  c_sums, c_sentences, g)

OUT = HERE / "embacka-kfn-foreningsbidrag-2027.pdf"
PLUM = (98, 38, 92)
GOLD = (196, 152, 44)
PALE_GOLD = (248, 238, 210)
GREY = (105, 105, 105)


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PLUM)
        self.set_xy(self.l_margin, 10.5)
        self.cell(100, 4, "Embacka kommun · Kultur- och fritidsnämnden")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"Protokoll {C_DATE.isoformat()}, § {C_PARA} · sida {self.page_no()} (3)",
                  align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.4, GOLD)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = CDoc("Embacka kommun", font="liberation", serif=True, accent=PLUM, foot="", justify=False,
           created=dt.datetime(2027, 2, 10, 13, 20, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
mx, my = 22, 13.5
pdf.set_fill_color(*PLUM)
pdf.rect(mx, my, 15, 15, style="F", round_corners=True, corner_radius=2.0)
pdf.set_fill_color(*GOLD)
pdf.rect(mx + 1.6, my + 1.8, 11.8, 1.8, style="F")
pdf.polygon([(mx + 1.6, my + 3.6), (mx + 6.6, my + 3.6), (mx + 3.4, my + 9.0), (mx + 4.6, my + 13.4),
             (mx + 1.6, my + 13.4)], style="F")
pdf.polygon([(mx + 13.4, my + 3.6), (mx + 8.4, my + 3.6), (mx + 11.6, my + 9.0), (mx + 10.4, my + 13.4),
             (mx + 13.4, my + 13.4)], style="F")
pdf.set_xy(41, 14.8)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*PLUM)
pdf.cell(90, 6, "EMBACKA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kultur- och fritidsnämnden")
pdf.set_text_color(0, 0, 0)
bx, by, bw = 128, 12.5, 60
pdf.set_draw_color(*PLUM)
pdf.set_line_width(0.5)
pdf.rect(bx, by, bw, 17, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 9)
pdf.set_text_color(*PLUM)
pdf.set_xy(bx + 2, by + 1.4)
pdf.cell(bw - 4, 4.4, "PROTOKOLLSUTDRAG")
pdf.set_text_color(0, 0, 0)
for i, (k, v) in enumerate((("Sammanträdesdatum", C_DATE.isoformat()), ("Paragraf", f"§ {C_PARA}"))):
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.set_xy(bx + 2, by + 6.6 + i * 4.6)
    pdf.cell(27, 4, k)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(bw - 31, 4, v)
pdf.hline(22, 188, 33, 0.7, PLUM)
pdf.set_y(37)
pdf.set_font("Sans", "B", 16)
pdf.set_text_color(*PLUM)
pdf.cell(120, 8, f"§ {C_PARA} Föreningsbidrag 2027")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(46, 8, f"Dnr {C_DNR}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Ärendebeskrivning", size=10.5)
s = c_sentences()
pdf.p("Föreningar i Embacka kan söka bidrag från kultur- och fritidsnämnden en gång per år. Bidragen ska stödja "
      f"föreningar som bedriver verksamhet för barn, unga och äldre i kommunen. {s[0]}", size=9.8)
pdf.p(f"{s[1]} Nämndens regler för föreningsbidrag har sex bidragsformer:", size=9.8, after=1)
pdf.bullets(C_KINDS, sym="–", size=9.4, lh=4.6, indent=5, x0=3)
pdf.h2("Förvaltningens bedömning", size=10.5)
pdf.p("Förvaltningen har prövat ansökningarna enligt reglerna. Eftersom de sökta beloppen sammanlagt är större än "
      "ramen föreslås att flera bidrag minskas. Bidrag till barn och unga samt bidrag till lokaler har prioriterats.",
      size=9.8)
pdf.p(f"Skidklubben Alvarn föreslås inte få något anläggningsbidrag. Skälet är att {C_PASSAGE}. Klubben kan söka på "
      "nytt när avtalet är klart.", size=9.8)
pdf.p("Fördelningen per förening framgår av bilagan (tabell 1 på sidorna 2–3).", size=9.8)
pdf.h2("Beslut", size=10.5)
tot = c_sums(C_ROWS)
pdf.att_list("Kultur- och fritidsnämnden beslutar", [
    f"bevilja föreningsbidrag för 2027 med sammanlagt {g(tot[1])} kr enligt bilagan,",
    "avslå ansökan om anläggningsbidrag från Skidklubben Alvarn, samt",
    f"de {g(C_FRAME - tot[1])} kr som återstår av ramen får användas till bidrag som söks under året."], size=9.8)
if pdf.page_no() != 1:
    raise SystemExit(f"p. 1 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- pp. 2–3: the ledger
X = 22
WID = [8, 41, 31, 40, 17, 17, 12]
AL = ["R", "L", "L", "L", "R", "R", "C"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
HEAD = ["Nr", "Förening", "Bidragsform", "Ändamål", "Sökt, kr", "Beviljat, kr", "Anm."]
FS = 8.8


def heading(y):
    pdf.no_split(WID, HEAD, "Cond", "B", 8.6, what="Tabell 1 heading")
    pdf.hline(X, XS[-1], y, 0.8, PLUM)
    pdf.row(X, y + 0.3, WID, AL, HEAD, size=8.6, font="Cond", style="B", h=6.4)
    y += 6.8
    pdf.hline(X, XS[-1], y, 0.4, PLUM)
    return y + 0.6


def group_row(y, text):
    pdf.set_font("Cond", "B", 8.4)
    pdf.set_text_color(*PLUM)
    pdf.set_char_spacing(0.9)
    pdf.set_xy(XS[1] + 1.2, y + 1.2)
    pdf.cell(120, 4.2, text.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(XS[1] + 1.2, XS[-1], y + 5.8, 0.4, GOLD)
    return y + 7.0


def money_row(y, cells, style="", fill=None, size=FS):
    pdf.no_split(WID, cells, "Cond", style or "B", size, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=size, font="Cond", style=style, vpad=1.0)
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(X, y, XS[-1] - X, h, style="F")
    pdf.row(X, y, WID, AL, cells, size=size, font="Cond", style=style, vpad=1.0, h=h)
    return y + h


pdf.add_page()
pdf.h1("Bilaga. Fördelning av föreningsbidrag 2027", size=12.5)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Sökta och beviljade föreningsbidrag 2027 per kategori", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1.5)
for grp in C_GROUPS:
    rows = c_group_rows(grp)
    if rows[0][0] > C_BREAK_AFTER:
        pass
    y = group_row(y, grp)
    for r in rows:
        y = money_row(y, c_cells(r))
        pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
        if r[0] == C_BREAK_AFTER:
            # carry forward at the foot of p. 2
            carry = c_carry()
            y += 1.5
            y = money_row(y, ["", "Att överföra", "", "", g(carry[0]), g(carry[1]), ""], style="B", fill=PALE_GOLD)
            pdf.hline(X, XS[-1], y, 0.6, PLUM)
            pdf.set_font("Sans", "I", 7.6)
            pdf.set_text_color(*GREY)
            pdf.set_xy(X, y + 1.5)
            pdf.cell(0, 4, "Tabell 1 fortsätter på nästa sida.")
            pdf.set_text_color(0, 0, 0)
            if pdf.page_no() != 2 or y > pdf.h - 22:
                raise SystemExit("the carry-forward line must end p. 2")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = heading(pdf.get_y() + 1.5)
            y = money_row(y, ["", "Överfört från föregående sida", "", "", g(carry[0]), g(carry[1]), ""], style="B",
                          fill=PALE_GOLD)
            pdf.hline(X, XS[-1], y, 0.3, PLUM)
            y = group_row(y + 0.5, f"{grp} (forts.)")
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=0.4, gap=0.6)
    pdf.line(X, y + 0.2, XS[-1], y + 0.2)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    y = money_row(y + 0.4, c_group_sum_cells(grp), style="I")
    y += 2.2
pdf.hline(X, XS[-1], y, 0.3, (0, 0, 0))
pdf.hline(X, XS[-1], y + 0.7, 0.3, (0, 0, 0))
y = money_row(y + 1.0, c_total_cells(), style="B")
pdf.hline(X, XS[-1], y, 0.8, PLUM)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
for k, v in C_NOTES.items():
    pdf.cell(5, 3.8, k)
    pdf.multi_cell(0, 3.8, v, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h2("Justering", size=10.5)
pdf.sign_lines([f"{C_CHAIR[0]}\n{C_CHAIR[1].capitalize()}", f"{C_ADJ[0]}\n{C_ADJ[1].capitalize()}"])
pdf.ln(3)
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4.2, f"Utdragsbestyrkande: {C_OFFICER[0]}, {C_OFFICER[1]}\nExpedieras till: de sökande "
               "föreningarna, ekonomienheten", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
