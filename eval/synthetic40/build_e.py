"""(e) Öxnehem AB – Öxneviks kommuns bostadsbolag: året i sammandrag 2026.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables, portrait, 3 pages. P. 1 has no
running header: a MASTHEAD with a DRAWN HOUSE MARK (a terracotta roof outline over a square with a door) beside the
wordmark "Öxnehem" in large serif type and "AB · Öxneviks kommuns bostadsbolag" under it, a terracotta rule, the
title, and "VD har ordet" in a PALE SAND PANEL with a terracotta left edge, holding competing figures in running text
(result 17,4 vs 9,8; turnover 334,2; rent +3,8 %; soliditet 11,1 vs the owner's 12,0; 4 341 flats, +43; occupancy
98,1 %; investments 174,9 vs 212,0; customer index 80) and the managing director's name under a short rule; under
the panel a SMALL COLUMN CHART of the result 2023–2026 (the 2026 column darker, values printed above the columns)
beside "Om bolaget" as grey capital labels over values. P. 2:
Tabell 1, "Nyckeltal 2023–2026" with the years OLDEST FIRST, the two sections as ITALIC TERRACOTTA SECTION LINES
with a hairline under them, the units inside the labels, the 2026 column BOLD ON A SAND TINT, an "Ägardirektiv"
column with the owner's targets ("minst 12,0", "högst 75,0", "–") and a last column of DRAWN MARKS (a green tick when
the 2026 value meets the target, a red cross when it does not, nothing without a target) with a legend; then
"Definitioner" as a small two-column label list. P. 3: Tabell 2, the projects GROUPED BY KIND (bold group lines
with the number of projects in grey), "–" for projects without flats, italic "Summa <group>" rows and a bold
"Totalt" row, then "Kommentarer" (the passage on Yllefabriken 3), "Händelser efter årets slut" as a "•" list and
the signatures of the chair and the managing director. No metadata title.
"""
import datetime as dt

from common40 import HERE, Doc, nb
from data import (E_YEARS, E_KEYS, E_SECTIONS, E_GROUPS, E_PROJECTS, E_PASSAGE, E_DATE, E_CEO, E_CHAIR, e_fmt,
                  e_met, e_key_cells, e_projects, e_sum, e_proj_cells, g, d1, dmy)

OUT = HERE / "oxnehem-aret-i-sammandrag-2026.pdf"
TERRA = (168, 74, 44)
SAND = (246, 238, 226)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(14)
            return
        super().header()


pdf = EDoc("Öxnehem AB", "Året i sammandrag 2026", "Sida {p} (3)", font="liberation", serif=True, accent=TERRA,
           foot="Öxnehem AB · Org.nr 556000-4407 · Öxnevik", justify=True,
           created=dt.datetime(2027, 3, 24, 12, 0, tzinfo=dt.timezone.utc))
K = {k[1]: k for k in E_KEYS}


def kv(label):
    return K[label][3]


res, turn, sol = kv("Resultat efter finansiella poster, mnkr"), kv("Nettoomsättning, mnkr"), kv("Soliditet, %")
flats, occ, rent = kv("Antal lägenheter"), kv("Uthyrningsgrad bostäder, %"), kv("Genomsnittlig hyra bostäder, kr/m²")
inv, nki = kv("Investeringar, mnkr"), kv("Nöjd kund-index")
walk = [p for p in E_PROJECTS if p[1].startswith("Walkyrian")][0]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
hx, hy = 22, 16
pdf.set_draw_color(*TERRA)
pdf.set_line_width(1.2)
pdf.line(hx, hy + 8, hx + 8, hy)
pdf.line(hx + 8, hy, hx + 16, hy + 8)
pdf.set_line_width(0.8)
pdf.rect(hx + 2.5, hy + 8, 11, 10)
pdf.set_fill_color(*TERRA)
pdf.rect(hx + 6.5, hy + 12, 3, 6, style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(hx + 20, hy - 1)
pdf.set_font("Serif", "B", 26)
pdf.set_text_color(*TERRA)
pdf.cell(80, 12, "Öxnehem")
pdf.set_xy(hx + 20.5, hy + 11)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.cell(80, 5, "AB · Öxneviks kommuns bostadsbolag")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 40, 0.9, TERRA)
pdf.set_y(47)
pdf.set_font("Serif", "B", 24)
pdf.cell(0, 11, "Året i sammandrag 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 11)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 6, "Ett utdrag ur årsredovisningen för räkenskapsåret 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
y0 = pdf.get_y()
paras = [
    f"Öxnehem redovisar för 2026 ett resultat efter finansiella poster på {d1(res[3])} mnkr, jämfört med "
    f"{d1(res[2])} mnkr året innan. Nettoomsättningen ökade till {d1(turn[3])} mnkr, främst genom årets "
    f"hyreshöjning på {d1((rent[3] / rent[2] - 1) * 100)} procent och de nya lägenheterna i Walkyrian 2.",
    f"Soliditeten steg till {d1(sol[3])} procent men ligger fortfarande under ägarens mål på "
    f"{K['Soliditet, %'][4][0].split()[1]} procent. Vi fortsätter därför att prioritera amorteringar framför nya "
    f"lån.",
    f"Vid årets slut hade bolaget {g(flats[3])} lägenheter, {flats[3] - flats[2]} fler än ett år tidigare. "
    f"Uthyrningsgraden för bostäder var {d1(occ[3])} procent.",
    f"Under året investerade bolaget {d1(inv[3])} mnkr, mindre än de {d1(inv[2])} mnkr som investerades 2025, "
    f"eftersom byggstarten för Yllefabriken 3 sköts upp ett år.",
    f"Nöjd kund-index nådde för första gången ägarens mål på {nki[3]}. Jag vill tacka alla medarbetare och "
    f"hyresgäster för ett gott samarbete under året.",
]
pdf.set_left_margin(30)
pdf.set_right_margin(28)
pdf.set_y(y0 + 14.5)
# measure, draw the panel, then write the text
with pdf.offset_rendering() as dummy:
    for t in paras:
        dummy.set_font("Serif", "", 10.6)
        dummy.multi_cell(0, 5.4, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
        dummy.ln(2.6)
    y_end = dummy.get_y() + 17
pdf.set_fill_color(*SAND)
pdf.rect(22, y0, 166, y_end - y0, style="F")
pdf.set_fill_color(*TERRA)
pdf.rect(22, y0, 1.6, y_end - y0, style="F")
pdf.set_xy(30, y0 + 6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*TERRA)
pdf.cell(0, 7, "VD har ordet", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
for t in paras:
    pdf.set_font("Serif", "", 10.6)
    pdf.multi_cell(0, 5.4, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.6)
pdf.ln(4)
pdf.hline(30, 80, pdf.get_y(), 0.3, (80, 80, 80))
pdf.ln(1.5)
pdf.set_font("Serif", "I", 10.5)
pdf.cell(0, 5, f"{E_CEO[0]}, {E_CEO[1]}", new_x="LMARGIN", new_y="NEXT")
pdf.set_left_margin(22)
pdf.set_right_margin(22)
# below the panel: a small column chart of the result (left) and "Om bolaget" (right)
yb = y_end + 10
pdf.set_xy(22, yb)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(80, 5, "Resultat efter finansiella poster, mnkr")
base, top_ = yb + 52, yb + 12
vmax = 20
for k, (yr, v) in enumerate(zip(E_YEARS, res)):
    bx = 28 + k * 18
    hgt = v / vmax * (base - top_)
    pdf.set_fill_color(*(TERRA if yr == E_YEARS[-1] else (214, 170, 150)))
    pdf.rect(bx, base - hgt, 11, hgt, style="F")
    pdf.set_font("Sans", "B" if yr == E_YEARS[-1] else "", 8)
    pdf.set_xy(bx - 3, base - hgt - 4.5)
    pdf.cell(17, 4, d1(v), align="C")
    pdf.set_font("Sans", "", 7.8)
    pdf.set_xy(bx - 3, base + 1)
    pdf.cell(17, 4, str(yr), align="C")
pdf.hline(24, 100, base, 0.3, (80, 80, 80))
pdf.set_xy(112, yb)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(76, 5, "Om bolaget", new_x="LEFT", new_y="NEXT")
pdf.ln(1.5)
for lab, val in [("Ägare", "Öxneviks kommun, 100 procent"),
                 ("Bostadsområden", "Centrum, Iseberg, Wiksberg och sex mindre orter"),
                 ("Uppdrag", "Att erbjuda trygga och prisvärda hyresrätter för alla skeden i livet")]:
    pdf.set_x(112)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(76, 3.6, lab.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(76, 4.6, val, align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(2)

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("Nyckeltal 2023–2026")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Nyckeltal", new_x="LMARGIN", new_y="NEXT")
X0 = 22
WID = [58, 17, 17, 17, 19, 26, 12]
AL = ["L", "R", "R", "R", "R", "R", "C"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
rows_h = sum(pdf.row_h(WID, e_key_cells(k) + [""], size=9.2, font="Cond") for k in E_KEYS) + 2 * 8 + 8
pdf.set_fill_color(*SAND)
pdf.rect(xs[4], y, WID[4], rows_h, style="F")
h = pdf.row(X0, y, WID, AL, ["Nyckeltal"] + [str(x) for x in E_YEARS] + ["Ägardirektiv", "Mål"], style="B",
            size=8.8, font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.7, (40, 40, 40))


def mark(x, y, ok):
    if ok is None:
        return
    pdf.set_line_width(0.55)
    if ok:
        pdf.set_draw_color(40, 130, 60)
        pdf.line(x - 1.6, y + 0.2, x - 0.4, y + 1.4)
        pdf.line(x - 0.4, y + 1.4, x + 1.8, y - 1.4)
    else:
        pdf.set_draw_color(190, 40, 40)
        pdf.line(x - 1.4, y - 1.4, x + 1.4, y + 1.4)
        pdf.line(x - 1.4, y + 1.4, x + 1.4, y - 1.4)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


for sec in E_SECTIONS:
    pdf.set_xy(X0, y + 1.6)
    pdf.set_font("Sans", "BI", 9.2)
    pdf.set_text_color(*TERRA)
    pdf.cell(80, 5, sec)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(X0, X0 + TW, y + 7, 0.2, TERRA)
    y += 8
    for k in [k for k in E_KEYS if k[0] == sec]:
        cells = e_key_cells(k) + [""]
        h = pdf.row(X0, y, WID, AL, cells, size=9.2, font="Cond", styles=[None, None, None, None, "B", None, None])
        mark(xs[6] + WID[6] / 2, y + h / 2, e_met(k))
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y, 0.7, (40, 40, 40))
y += 3
mark(X0 + 2, y + 2, True)
pdf.set_font("Sans", "", 7.8)
pdf.set_xy(X0 + 5, y)
pdf.cell(60, 4, "= målet i ägardirektivet nås 2026")
mark(X0 + 66, y + 2, False)
pdf.set_xy(X0 + 69, y)
pdf.cell(60, 4, "= målet nås inte")
pdf.set_y(y + 10)
pdf.h2("Definitioner")
defs = [("Soliditet", "Justerat eget kapital i procent av balansomslutningen."),
        ("Räntetäckningsgrad", "Resultat efter finansiella poster plus räntekostnader, delat med räntekostnaderna."),
        ("Belåningsgrad", "Räntebärande skulder i procent av fastigheternas bokförda värde."),
        ("Uthyrningsgrad", "Uthyrda bostäder i procent av det totala antalet bostäder vid årets slut."),
        ("Nöjd kund-index", "Resultat av den årliga hyresgästenkäten, skala 0–100.")]
for lab, txt in defs:
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(22, yy)
    pdf.cell(40, 4.4, lab)
    pdf.set_font("Serif", "", 9.2)
    pdf.set_xy(62, yy)
    pdf.multi_cell(126, 4.4, txt, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Projekt")
pdf.p("Tabell 2 visar bolagets pågående, planerade och under året färdigställda projekt. Investeringen avser "
      "beräknad total utgift för hela projektet.", size=10)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Projekt 2024–2029", new_x="LMARGIN", new_y="NEXT")
WID2 = [52, 24, 14, 24, 17, 14, 21]
AL2 = ["L", "L", "R", "R", "R", "R", "L"]
TW2 = sum(WID2)
y = pdf.get_y() + 1
h = pdf.row(X0, y, WID2, AL2, ["Projekt", "Område", "Lgh", "Investering, mnkr", "Byggstart", "Klart", "Status"],
            style="B", size=8.8, font="Cond")
y += h
pdf.hline(X0, X0 + TW2, y, 0.7, (40, 40, 40))
for grp in E_GROUPS:
    ps = e_projects(grp)
    pdf.set_xy(X0, y + 1.2)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(pdf.get_string_width(grp) + 2, 5, grp)
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(40, 5, f"{len(ps)} projekt")
    pdf.set_text_color(0, 0, 0)
    y += 7
    for p in ps:
        h = pdf.row(X0 + 3, y, [WID2[0] - 3] + WID2[1:], AL2, e_proj_cells(p), size=9, font="Cond")
        y += h
        pdf.hline(X0 + 3, X0 + TW2, y, 0.1, (200, 200, 200))
    fl, inv_ = e_sum(grp)
    h = pdf.row(X0 + 3, y, [WID2[0] - 3] + WID2[1:], AL2,
                [f"Summa {grp[0].lower() + grp[1:]}", "", g(fl) if fl else "–", d1(inv_), "", "", ""], size=9,
                font="Cond", style="I")
    y += h + 1
fl, inv_ = e_sum()
pdf.hline(X0, X0 + TW2, y, 0.7, (40, 40, 40))
h = pdf.row(X0, y + 0.4, WID2, AL2, ["Totalt", "", g(fl), d1(inv_), "", "", ""], size=9, font="Cond", style="B")
y += h + 0.8
pdf.hline(X0, X0 + TW2, y, 0.7, (40, 40, 40))
pdf.set_y(y + 6)
pdf.h2("Kommentarer")
yl = [p for p in E_PROJECTS if p[1].startswith("Yllefabriken")][0]
pdf.p(f"Byggstarten för Yllefabriken 3 har flyttats från 2026 till {yl[5]} eftersom {E_PASSAGE}. Inflyttningen "
      f"beräknas nu till {yl[6]}.", size=10)
pdf.p(f"Walkyrian 2, ett trygghetsboende med {walk[3]} lägenheter, blev inflyttningsklart i oktober och är fullt "
      f"uthyrt. Stambytet i Iskällaren 1 genomförs i etapper med evakueringslägenheter i samma område.", size=10)
pdf.h2("Händelser efter årets slut")
pdf.bullets(["Styrelsen har beslutat om en hyreshöjning på 4,2 procent från den 1 april 2027.",
             "Bolaget har tecknat avtal om solceller på ytterligare fyra fastigheter."], size=10)
pdf.ln(4)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Öxnevik den {dmy(E_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{E_CHAIR[0]}\n{E_CHAIR[1].capitalize()}", f"{E_CEO[0]}\nVerkställande direktör"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
