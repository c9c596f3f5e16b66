"""(c) AB Nordvretahem, Nordvreta kommuns bostadsbolag – årsredovisning 2026 (utdrag: förvaltningsberättelse,
bostadsbeståndet per område, underhåll och hyror).

Layout: Liberation Serif text, Liberation Sans headings and tables, portrait, 4 pages. P. 1 has no running header: a
WORDMARK of three stacked roof lines (drawn chevrons) beside "AB Nordvretahem", the owner line and the org.nr in
small grey type at the right, the title over a thin green rule, "Väsentliga händelser" opening with a DROP CAP (a
large green initial letter set beside the first three lines), the key ratios in running text with competing figures
(result 21,6 vs 14,8 mnkr; turnover; soliditet 12,4 vs 11,3 vs the owner's target of 15; belåningsgrad 68,2 vs
70,5; räntetäckningsgrad 2,1 vs 1,8) and a PULL QUOTE from the managing director in large italics between two green
rules. P. 2: Tabell 1, the housing areas in LONG FORMAT – the area name in bold only on the first of its two year
rows (2026, then 2025 with the figures in grey) – with a TWO-LEVEL HEADING ("Hyra och underhåll, kr/m²" spanning
Genomsnittshyra / Underhåll), no vertical rules, a thin rule between areas only, and the two districts as GROUP
HEADING ROWS set in small capitals with a green square and a dotted green rule. The table breaks after Norrslätten
("Tabellen fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)", the whole heading and "Ytterområden
(forts.)" and ends with the two "Hela bolaget" rows on a tinted band; then the comments per area (the passage on
Murgrönan). P. 4: the maintenance plan for 2027 as a BULLETED LIST WITH NESTED ITEMS, the rent negotiation, the
dividend proposal as a small key–value block and the signatures of the chair and the managing director. Metadata
title set.
"""
import datetime as dt

from common34 import HERE, Doc
from data import (C_GROUPS, C_AREAS, C_YEARS, C_BREAK_AFTER, C_SOLIDITET, C_SOLIDITET_TARGET, C_BELANING,
                  C_RANTETACKNING, C_RESULT, C_TURNOVER, C_RENT_RAISE, C_NEW_FLATS, C_EVACUATED, C_PASSAGE,
                  C_SIGNED, c_tot, g, d1, dmy)

OUT = HERE / "nordvretahem-arsredovisning-2026.pdf"
GRN = (34, 104, 72)
pdf = Doc("AB Nordvretahem", "Årsredovisning 2026", "{p} (4)", font="liberation", serif=True, accent=GRN,
          title="AB Nordvretahem – Årsredovisning 2026", author="AB Nordvretahem",
          foot="AB Nordvretahem · Org.nr 556712-4408 · Helägt av Nordvreta kommun",
          created=dt.datetime(2027, 3, 10, 14, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
T26, T25 = c_tot(2026), c_tot(2025)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_draw_color(*GRN)
pdf.set_line_width(1.1)
for k in range(3):
    y = 16 + k * 3.2
    pdf.polyline([(22, y + 4), (27.5, y), (33, y + 4)])
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(37, 16)
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(*GRN)
pdf.cell(80, 7, "AB Nordvretahem")
pdf.set_text_color(110, 110, 110)
pdf.set_font("Sans", "", 8)
pdf.set_xy(120, 15.5)
pdf.multi_cell(68, 3.8, "Helägt av Nordvreta kommun\nOrg.nr 556712-4408\nStyrelsens säte: Nordvreta", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(36)
pdf.set_font("Serif", "B", 21)
pdf.cell(0, 9, "Årsredovisning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 11)
pdf.cell(0, 6, "Utdrag ur förvaltningsberättelsen", new_x="LMARGIN", new_y="NEXT")
pdf.hline(22, 188, pdf.get_y() + 2, 0.5, GRN)
pdf.set_y(pdf.get_y() + 7)
pdf.h2("Väsentliga händelser under året", size=11.5)
# drop cap
y = pdf.get_y()
pdf.set_font("Serif", "B", 30)
pdf.set_text_color(*GRN)
pdf.set_xy(22, y - 1.5)
pdf.cell(11, 13, "U")
pdf.set_text_color(0, 0, 0)
first = (f"nder året färdigställdes {C_NEW_FLATS} nya lägenheter i kvarteret Täppan och bolagets bestånd "
         f"uppgick vid årets slut till {g(T26[0])} lägenheter. Stambytet i Murgrönan pågick under hela året och "
         f"beräknas vara klart under hösten 2027. Efterfrågan på bolagets lägenheter var fortsatt god i de centrala "
         f"delarna av Nordvreta, medan uthyrningen i vissa ytterområden tog längre tid.")
pdf.set_font("Serif", "", 10)
lines = pdf.cell_lines(166 - 12, first, "Serif", "", 10, pad=0)
for i, ln in enumerate(lines[:3]):
    pdf.set_xy(34, y + i * 5)
    pdf.cell(154, 5, ln)
rest = " ".join(lines[3:])
pdf.set_xy(22, y + 15)
pdf.multi_cell(166, 5, rest, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
pdf.h2("Resultat och nyckeltal", size=11.5)
pdf.p(f"Resultatet efter finansiella poster blev {d1(C_RESULT[0])} mnkr ({d1(C_RESULT[1])} mnkr föregående år). "
      f"Nettoomsättningen ökade till {d1(C_TURNOVER[0])} mnkr från {d1(C_TURNOVER[1])} mnkr, främst genom årets "
      f"hyreshöjning och de nya lägenheterna i Täppan.")
pdf.p(f"Soliditeten uppgick vid årets slut till {d1(C_SOLIDITET[0])} procent, jämfört med {d1(C_SOLIDITET[1])} "
      f"procent ett år tidigare. Enligt ägardirektivet ska soliditeten vara minst {C_SOLIDITET_TARGET} procent. "
      f"Belåningsgraden sjönk till {d1(C_BELANING[0])} procent ({d1(C_BELANING[1])}) och räntetäckningsgraden "
      f"steg till {d1(C_RANTETACKNING[0])} gånger ({d1(C_RANTETACKNING[1])}).")
pdf.p(f"Den genomsnittliga vakansgraden i bostadsbeståndet var {d1(T26[1])} procent, mot {d1(T25[1])} procent "
      f"under 2025. Genomsnittshyran steg till {g(T26[2])} kronor per kvadratmeter och år.")
pdf.ln(3)
y = pdf.get_y()
pdf.hline(40, 170, y, 0.6, GRN)
pdf.set_xy(40, y + 3)
pdf.set_font("Serif", "I", 13)
pdf.set_text_color(*GRN)
pdf.multi_cell(130, 6.4, "”Vi har aldrig tidigare byggt så många lägenheter på ett år, och samtidigt har vi "
               "stärkt bolagets ekonomi.”", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(90, 90, 90)
pdf.set_font("Sans", "", 8.6)
pdf.set_x(40)
pdf.cell(130, 5, "Magnus Ahlström, verkställande direktör", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(40, 170, pdf.get_y() + 2, 0.6, GRN)

# ---------------------------------------------------------------- Tabell 1, long format
COLS = [40, 16, 26, 24, 30, 30]
AL = ["L", "C", "R", "R", "R", "R"]
X0 = 22
TW = sum(COLS)


def xs(i):
    return X0 + sum(COLS[:i])


def head(y):
    pdf.hline(X0, X0 + TW, y, 0.8, GRN)
    y += 1
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(xs(4), y)
    pdf.cell(COLS[4] + COLS[5], 4.2, "Hyra och underhåll, kr/m²", align="C")
    pdf.hline(xs(4) + 2, xs(6) - 1, y + 4.8, 0.3, GRN)
    y += 5.2
    h = pdf.row(X0, y, COLS, AL, ["Område", "År", "Lägenheter, antal", "Vakansgrad, %", "Genomsnittshyra",
                                  "Underhåll"], style="B", size=8.2, lh=3.9)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.5, GRN)
    return y + 0.4


def group_row(y, text):
    y += 1.5
    pdf.set_fill_color(*GRN)
    pdf.rect(X0 + 0.5, y + 1.4, 2.6, 2.6, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*GRN)
    pdf.set_xy(X0 + 5, y)
    pdf.cell(120, 5.4, text.upper())
    pdf.set_text_color(0, 0, 0)
    y += 5.6
    pdf.hline(X0, X0 + TW, y, 0.3, GRN, dash=(0.5, 0.7))
    return y + 0.3


def area_rows(y, area):
    for k, yr in enumerate(C_YEARS):
        v = area[2][yr]
        cells = [area[1] if k == 0 else "", str(yr), g(v[0]), d1(v[1]), g(v[2]), g(v[3])]
        col = (0, 0, 0) if k == 0 else (105, 105, 105)
        y += pdf.row(X0, y, COLS, AL, cells, size=8.8, lh=4.3, vpad=1.2, color=col,
                     styles=["B", None, None, None, None, None])
    pdf.hline(X0, X0 + TW, y + 0.4, 0.15, (150, 150, 150))
    return y + 0.8


pdf.add_page()
pdf.h1("Bostadsbeståndet per område")
pdf.p("Bolaget förvaltar bostäder i nio områden, fyra i de centrala delarna av Nordvreta och fem i "
      "ytterområdena. Tabell 1 visar antalet lägenheter, vakansgraden, den genomsnittliga årshyran och kostnaden "
      "för planerat och löpande underhåll per kvadratmeter boarea för 2026 och 2025.")
pdf.p("Vakansgraden är andelen outhyrda lägenheter vid årets slut. Lägenheter som hålls tomma inför eller under "
      "en ombyggnad räknas som outhyrda. Genomsnittshyran avser bostadshyra utan tillägg för el, värme eller "
      "parkering.")
pdf.ln(1)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Tabell 1. Lägenheter, vakansgrad, hyra och underhåll per område 2026 och 2025", new_x="LMARGIN",
         new_y="NEXT")
y = head(pdf.get_y() + 1.5)
for grp in C_GROUPS:
    y = group_row(y, grp)
    for area in [a for a in C_AREAS if a[0] == grp]:
        y = area_rows(y, area)
        if area[1] == C_BREAK_AFTER:
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Tabellen fortsätter på nästa sida.", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = head(pdf.get_y() + 1.5)
            y = group_row(y, f"{grp} (forts.)")
# the company total on a tinted band
pdf.set_fill_color(228, 240, 233)
pdf.rect(X0, y + 1, TW, 12, style="F")
pdf.hline(X0, X0 + TW, y + 1, 0.5, GRN)
y += 1.6
for k, yr in enumerate(C_YEARS):
    v = c_tot(yr)
    cells = ["Hela bolaget" if k == 0 else "", str(yr), g(v[0]), d1(v[1]), g(v[2]), g(v[3])]
    y += pdf.row(X0, y, COLS, AL, cells, size=8.8, lh=4.3, vpad=0.8, style="B" if k == 0 else "",
                 color=(0, 0, 0) if k == 0 else (80, 80, 80))
pdf.hline(X0, X0 + TW, y + 0.6, 0.5, GRN)
pdf.set_xy(X0, y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(90, 90, 90)
pdf.cell(TW, 4, "Raderna för hela bolaget är vägda med antalet lägenheter i varje område.")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 10)

MU = [a for a in C_AREAS if a[1] == "Murgrönan"][0]
NO = [a for a in C_AREAS if a[1] == "Norrslätten"][0]
TA = [a for a in C_AREAS if a[1] == "Täppan"][0]
pdf.h1("Kommentarer per område")
pdf.p(f"Vakansgraden i Murgrönan steg till {d1(MU[2][2026][1])} procent eftersom {('fem' if C_EVACUATED == 5 else C_EVACUATED)} av "
      f"{C_PASSAGE}. Underhållskostnaden per kvadratmeter ökade av samma skäl kraftigt.")
pdf.p(f"I Norrslätten var vakansgraden {d1(NO[2][2026][1])} procent, den högsta i beståndet. Området har "
      f"många större lägenheter med höga hyror i förhållande till efterfrågan, och bolaget prövar att dela några "
      f"av dem till två mindre.")
pdf.p(f"Täppan är bolagets nyaste område och har den högsta genomsnittshyran, {g(TA[2][2026][2])} kronor per "
      f"kvadratmeter. Samtliga lägenheter var uthyrda vid årets slut.")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Underhåll och investeringar 2027")
pdf.p("Styrelsen har beslutat om följande prioriteringar för underhållet under 2027:")
plan = [
    ("Murgrönan", ["stambytet slutförs i de två sista trapphusen", "nya tvättstugor i båda husen"]),
    ("Norrslätten", ["fasadrenovering av två hus", "försök med att dela större lägenheter"]),
    ("Almdalen", ["byte av fönster i sex hus", "nya lekplatser på gårdarna"]),
    ("Hela beståndet", ["energieffektivisering med solceller på fem tak",
                        "byte till LED-belysning i alla trapphus"]),
]
for head_, subs in plan:
    pdf.need(18)
    pdf.set_font("Serif", "B", 10)
    pdf.set_x(24)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(0, 5, head_, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for s in subs:
        pdf.set_x(31)
        pdf.cell(5, 4.9, "◦")
        pdf.multi_cell(pdf.w - pdf.r_margin - 36, 4.9, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(2)
pdf.h2("Hyror 2027", size=11.5)
pdf.p(f"Förhandlingen med Hyresgästföreningen blev klar i december. Hyrorna höjs med i genomsnitt "
      f"{d1(C_RENT_RAISE[0])} procent från den {dmy(C_RENT_RAISE[1])}. Nyproducerade lägenheter med "
      f"presumtionshyra omfattas inte av höjningen.")
pdf.h2("Förslag till vinstdisposition", size=11.5)
pdf.p("Styrelsen föreslår att årets resultat balanseras i ny räkning och att ingen utdelning lämnas till ägaren.")
pdf.ln(6)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, f"Nordvreta den {dmy(C_SIGNED)}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines(["Therese Norén\nStyrelseordförande", "Magnus Ahlström\nVerkställande direktör"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
