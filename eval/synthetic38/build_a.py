"""(a) Brunnsheds kommun – årsredovisning 2026, avsnitt 2 "Fem år i sammandrag" med balansräkning (utdrag).

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages. P. 1 opens with a FULL-WIDTH
DARK NAVY BAND across the top (the municipality in letter-spaced white capitals, "Årsredovisning 2026" large, the
section name under it) and no running header; "Året i korthet" with competing figures in running text (result
29,5 vs budget 15,0 vs 18,2 the year before, 1,8 % vs the goal 2,0 %, net costs, investments 117,2 vs 131,7).
Tabell 2.1 "Fem år i sammandrag" starts on p. 1: years 2022–2026 as columns, a separate GREY ITALIC UNIT COLUMN,
the measures joined to the unit column by DOTTED LEADER LINES, the groups as SMALL ACCENT CAPITALS LED BY A SHORT
THICK COLOURED TAB, and the 2026 column ENCLOSED IN A ROUNDED OUTLINE FRAME; footnote marks ¹ ². The table BREAKS
INSIDE "Resultat och kostnader" after "Nettokostnad per invånare"; p. 2 repeats "Tabell 2.1 (forts.)", the year
heading and the group caption with "(forts.)", then the footnotes and comments (the passage on sick leave). P. 3:
Tabell 2.2, the balance sheet (Not / 2026-12-31 / 2025-12-31) with BOLD CAPITAL SECTION LINES, italic subsection
lines, "Summa" lines under a short rule over the number cells, and the two totals over a DOUBLE RULE; a NOTE
COLUMN IN GREY. P. 4: "Väsentliga händelser" in TWO JUSTIFIED COLUMNS, the financial goals as a "–" list and the
signature of the chair and the finance director. Metadata title set.
"""
import datetime as dt

from common38 import HERE, Doc, nb
from data import (A_YEARS, A_POP, A_NETCOST, A_TAXINC, A_RESULT, A_INV, A_SICK, A_SOL, A_SOLP, A_BUDGET_RESULT,
                  A_GOAL_RESULT, A_DECIDED, A_PASSAGE, A_CONTACT, A_CHAIR, A_GROUPS, A_ASSETS, A_ASSET_SECTIONS,
                  a_rows, a_assets_total, a_liab_rows, fmt, d1, g, dmy, r1)

OUT = HERE / "brunnshed-arsredovisning-2026-fem-ar-i-sammandrag.pdf"
NAVY = (24, 44, 84)
GREY = (110, 110, 110)


class ARDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*NAVY)
            self.rect(0, 0, self.w, 42, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 9)
            self.set_xy(22, 10)
            self.cell(0, 5, "  ".join("BRUNNSHEDS KOMMUN"))
            self.set_font("Sans", "B", 22)
            self.set_xy(22, 17)
            self.cell(0, 10, "Årsredovisning 2026")
            self.set_font("Sans", "", 11)
            self.set_xy(22, 29)
            self.cell(0, 6, "Avsnitt 2 · Fem år i sammandrag och balansräkning")
            self.set_text_color(0, 0, 0)
            self.set_y(52)
            return
        super().header()


pdf = ARDoc("Brunnsheds kommun", "Årsredovisning 2026", "Sida {p}", font="liberation", serif=True,
            accent=NAVY, foot="Brunnsheds kommun · Årsredovisning 2026 · Avsnitt 2",
            title="Brunnsheds kommun – Årsredovisning 2026, Fem år i sammandrag", author="Brunnsheds kommun",
            created=dt.datetime(2027, 3, 30, 10, 0, tzinfo=dt.timezone.utc), justify=True)
pdf.set_margins(22, 25, 22)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.h1("Året i korthet")
res_pct = r1(A_RESULT[4] / A_TAXINC[4] * 100)
pdf.p(f"Brunnsheds kommun redovisar för 2026 ett resultat på {d1(A_RESULT[4])} mnkr. Det är "
      f"{d1(A_RESULT[4] - A_RESULT[3])} mnkr bättre än föregående år, då resultatet blev {d1(A_RESULT[3])} mnkr, "
      f"och {d1(A_RESULT[4] - A_BUDGET_RESULT)} mnkr över det budgeterade resultatet på {d1(A_BUDGET_RESULT)} mnkr. "
      f"Resultatet motsvarar {d1(res_pct)} procent av skatteintäkter och generella statsbidrag, vilket fortfarande "
      f"är lägre än fullmäktiges mål på {d1(A_GOAL_RESULT)} procent.")
pdf.p(f"Verksamhetens nettokostnader ökade med {d1((A_NETCOST[4] / A_NETCOST[3] - 1) * 100)} procent medan "
      f"skatteintäkter och statsbidrag ökade med {d1((A_TAXINC[4] / A_TAXINC[3] - 1) * 100)} procent. "
      f"Nettoinvesteringarna blev {d1(A_INV[4])} mnkr jämfört med {d1(A_INV[3])} mnkr året innan. Ingen ny "
      f"upplåning behövdes under året. Befolkningen ökade med {A_POP[4] - A_POP[3]} personer.")
pdf.h1("Fem år i sammandrag")
pdf.p("Tabellen visar kommunens utveckling de senaste fem åren. Uppgifterna avser kommunen, inte koncernen.",
      after=2)

X0 = 22
WID = [70, 14, 17.2, 17.2, 17.2, 17.2, 17.2]
AL = ["L", "C", "R", "R", "R", "R", "R"]
TW = sum(WID)
COL26 = X0 + sum(WID[:6])


def table_head(caption):
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*NAVY)
    pdf.set_x(X0)
    pdf.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    y = pdf.get_y()
    h = pdf.row(X0, y, WID, AL, ["Mått", "Enhet"] + [str(v) for v in A_YEARS], style="B", size=8.6)
    pdf.hline(X0, X0 + TW, y + h, 0.5, NAVY)
    pdf.set_y(y + h + 1)
    return y


def group_row(name):
    y = pdf.get_y() + 1.2
    pdf.set_fill_color(*NAVY)
    pdf.rect(X0, y + 1, 2.2, 3.8, style="F")
    pdf.set_xy(X0 + 4, y + 0.8)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*NAVY)
    pdf.cell(80, 4.2, name.upper())
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 6)


def data_row(r):
    y = pdf.get_y()
    label = r[1]
    cells = [label, r[2]] + [fmt(v, r[4]) for v in r[3]]
    pdf.set_font("Sans", "", 8.6)
    lw = pdf.get_string_width(label)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.25)
    pdf.set_dash_pattern(dash=0.3, gap=0.9)
    pdf.line(X0 + 1.2 + lw + 1.5, y + 4.1, X0 + WID[0] + 2, y + 4.1)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    h = pdf.row(X0, y, WID, AL, cells, size=8.6, colors=[None, GREY] + [None] * 5,
                styles=[None, "I"] + [None] * 4 + ["B"])
    pdf.set_y(y + h)


def frame_2026(y_top):
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.45)
    pdf.rect(COL26 + 0.4, y_top - 0.6, WID[6] - 0.8, pdf.get_y() - y_top + 1.6, round_corners=True,
             corner_radius=2.2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


rows = a_rows()
BREAK = "Nettokostnad per invånare"
y_top = table_head("Tabell 2.1 Fem år i sammandrag")
cur = None
for r in rows:
    if r[0] != cur:
        cur = r[0]
        group_row(cur)
    data_row(r)
    if r[1] == BREAK:
        frame_2026(y_top)
        pdf.ln(2)
        pdf.set_font("Sans", "I", 8)
        pdf.set_x(X0)
        pdf.cell(TW, 4, "Tabell 2.1 fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        y_top = table_head("Tabell 2.1 (forts.)")
        group_row(cur + " (forts.)")
frame_2026(y_top)
pdf.hline(X0, X0 + TW, pdf.get_y() + 1, 0.5, NAVY)
pdf.ln(3)
pdf.set_font("Sans", "", 7.6)
pdf.set_x(X0)
pdf.multi_cell(TW, 3.8, "¹ Soliditet när hela pensionsåtagandet, även den del som redovisas som ansvarsförbindelse, "
               "räknas som skuld.\n² Sjukfrånvaro i procent av den sammanlagda ordinarie arbetstiden för "
               "tillsvidare- och visstidsanställda.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer till nyckeltalen")
pdf.p(f"Soliditeten steg till {d1(A_SOL[4])} procent tack vare det positiva resultatet och att låneskulden var "
      f"oförändrad. Räknas hela pensionsåtagandet in blev soliditeten {d1(A_SOLP[4])} procent, den högsta nivån "
      f"under femårsperioden.")
pdf.p(f"Sjukfrånvaron ökade till {d1(A_SICK[4])} procent efter tre år av minskning. Ökningen förklaras främst av att "
      f"{A_PASSAGE}. Långtidssjukfrånvaron fortsatte däremot att minska.")
pdf.p("Nettokostnaden per invånare har ökat varje år under perioden, främst på grund av fler äldre invånare och "
      "högre kostnader för försörjningsstöd och placeringar.")

# ---------------------------------------------------------------- p. 3 balance sheet
pdf.add_page()
pdf.h1("Balansräkning")
pdf.p("Utdrag ur kommunens balansräkning. Noterna finns i avsnitt 5.", after=2)
BW = [96, 14, 28, 28]
BAL = ["L", "C", "R", "R"]
BT = sum(BW)
pdf.set_font("Sans", "B", 9.5)
pdf.set_text_color(*NAVY)
pdf.cell(0, 5, "Tabell 2.2 Balansräkning, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
y = pdf.get_y()
h = pdf.row(X0, y, BW, BAL, ["", "Not", "2026-12-31", "2025-12-31"], style="B", size=8.8)
pdf.hline(X0, X0 + BT, y + h, 0.6, NAVY)
pdf.set_y(y + h + 1.5)


def brow(cells, style="", size=8.8, indent=0, note_grey=True, rule=None):
    y = pdf.get_y()
    if rule == "short":
        pdf.hline(X0 + BW[0] + BW[1] + 2, X0 + BT, y + 0.3, 0.3)
    widths = [BW[0] - indent, BW[1], BW[2], BW[3]]
    h = pdf.row(X0 + indent, y, widths, BAL, cells, style=style, size=size,
                colors=[None, GREY if note_grey else None, None, None])
    pdf.set_y(y + h)
    return y + h


def section(t):
    pdf.ln(1.5)
    brow([t, "", "", ""], style="B", size=8.6)


def sub(t):
    brow([t, "", "", ""], style="I")


section("TILLGÅNGAR")
for sec in A_ASSET_SECTIONS:
    sub(sec)
    for a in [x for x in A_ASSETS if x[0] == sec]:
        brow([a[1], str(a[2]), d1(a[3]), d1(a[4])], indent=4)
    brow([f"Summa {sec.lower()}", "", d1(a_assets_total(3, sec)), d1(a_assets_total(4, sec))], style="B",
         rule="short")
pdf.ln(1)
yb = brow(["SUMMA TILLGÅNGAR", "", d1(a_assets_total(3)), d1(a_assets_total(4))], style="B", rule="short")
pdf.hline(X0 + BW[0] + BW[1] + 2, X0 + BT, yb + 0.3, 0.3)
pdf.hline(X0 + BW[0] + BW[1] + 2, X0 + BT, yb + 1.0, 0.3)
pdf.ln(4)
section("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER")
liab = a_liab_rows()
for sec in ["Eget kapital", "Avsättningar", "Skulder"]:
    sub(sec)
    rs = [x for x in liab if x[0] == sec]
    for x in rs:
        if x[1].startswith("varav"):
            pdf.set_text_color(*GREY)
            brow([x[1], "", d1(x[3]), d1(x[4])], style="I", indent=8)
            pdf.set_text_color(0, 0, 0)
        else:
            brow([x[1], str(x[2]), d1(x[3]), d1(x[4])], indent=4)
    if sec != "Eget kapital":
        brow([f"Summa {sec.lower()}", "", d1(sum(x[3] for x in rs)), d1(sum(x[4] for x in rs))], style="B",
             rule="short")
pdf.ln(1)
tot = [r1(sum(x[c] for x in liab if not x[1].startswith("varav"))) for c in (3, 4)]
yb = brow(["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", d1(tot[0]), d1(tot[1])], style="B", rule="short")
pdf.hline(X0 + BW[0] + BW[1] + 2, X0 + BT, yb + 0.3, 0.3)
pdf.hline(X0 + BW[0] + BW[1] + 2, X0 + BT, yb + 1.0, 0.3)
pdf.ln(5)
pdf.p("Pensionsförpliktelser som intjänats före 1998 redovisas inte i balansräkningen utan som ansvarsförbindelse "
      "(not 24). Beloppen är avrundade och summorna kan därför avvika något.", size=8.8, lh=4.4)

# ---------------------------------------------------------------- p. 4 two columns
pdf.add_page()
pdf.h1("Väsentliga händelser under året")
colw, gap = 78.5, 9
y0 = pdf.get_y()
left = [
    "Kommunfullmäktige höjde skattesatsen med 25 öre inför 2026. Höjningen behövdes för att klara de ökade "
    "kostnaderna inom äldreomsorgen och för att nå det finansiella målet på sikt.",
    "Det nya vård- och omsorgsboendet i Brunnshed togs i bruk i september. Investeringen finansierades helt med "
    "egna medel och någon ny upplåning behövdes inte.",
    "Kommunen tecknade under våren ett nytt avtal om gemensam lönehantering med två grannkommuner. Avtalet "
    "gäller från januari 2027.",
]
right = [
    "Försörjningsstödet ökade för andra året i rad. Antalet hushåll med stöd var i genomsnitt 12 procent fler än "
    "året innan, vilket bidrog till att individ- och familjeomsorgen gick med underskott.",
    "Räntekostnaderna minskade jämfört med 2025 när två lån kunde omsättas till lägre ränta. Det förklarar det "
    "förbättrade finansnettot.",
    "Arbetet med att minska sjukfrånvaron fortsätter med tidiga samtal och stöd från företagshälsovården.",
]
for k, paras in enumerate((left, right)):
    pdf.set_y(y0)
    for t in paras:
        pdf.set_x(22 + k * (colw + gap))
        pdf.set_font("Serif", "", 9.6)
        pdf.multi_cell(colw, 4.7, nb(t), align="J", new_x="LEFT", new_y="NEXT")
        pdf.ln(2.2)
    if k == 0:
        y_end = pdf.get_y()
pdf.set_y(max(y_end, pdf.get_y()) + 2)
pdf.vline(22 + colw + gap / 2, y0, pdf.get_y() - 4, 0.2, (170, 170, 170))
pdf.h1("Finansiella mål")
goals = [
    f"Resultatet ska uppgå till minst {d1(A_GOAL_RESULT)} procent av skatteintäkter och generella statsbidrag – "
    "målet uppnås inte 2026.",
    "Nettoinvesteringarna ska finansieras med egna medel under en femårsperiod – målet uppnås 2026.",
    "Låneskulden ska inte öka under mandatperioden – målet uppnås 2026.",
]
pdf.bullets(goals, sym="–", size=9.8)
pdf.ln(4)
pdf.p(f"Årsredovisningen godkändes av kommunfullmäktige den {dmy(A_DECIDED)}.")
pdf.sign_lines([f"{A_CHAIR}\nKommunstyrelsens ordförande", f"{A_CONTACT[0]}\n{A_CONTACT[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
