"""(b) Prästmora kommun – personalbokslut 2026.

Layout: Liberation Serif text, Liberation Sans / Sans Narrow headings and tables (Word look), portrait, 3 pages.
P. 1: a SMALL-CAPS-LIKE KICKER ("PERSONALBOKSLUT 2026") in letter-spaced accent capitals over a hairline, the
title, a key–value block, the summary with competing figures, and Figur 1, an AGE PYRAMID: women's bars to the
LEFT and men's bars to the RIGHT of a central column holding the age groups, with the count at the outer end of
each bar. P. 2: Tabell 1, employees per förvaltning (Kvinnor / Män / Totalt / Andel kvinnor, % with a TWO-COLOUR
SPLIT BAR / Medelålder), horizontal hairlines only and a bold total; a short text; then Tabell 2, sick leave per
förvaltning where EACH FÖRVALTNING IS A BLOCK OF TWO YEAR ROWS (2025 grey, 2026 bold) AND ITS NAME CELL IS MERGED
OVER BOTH ROWS, fully ruled, columns År / Kvinnor / Män / Samtliga. Tabell 2 BREAKS after Samhällsbyggnads-
förvaltningen: p. 3 repeats the caption with "(forts.)" and the heading. P. 3: the kommun total block, comments
with figures, the reason for the increase in Serviceförvaltningen, personnel turnover, the measures as a "•"
list and a signature. No metadata title.
"""
import datetime as dt

from common27 import HERE, Doc, nb
from data import (B_FORV, B_TOTAL_NAME, B_PERMANENT, B_LEFT, B_TURNOVER_2025, B_AGES, B_PYRAMID, B_PASSAGE,
                  B_BREAK_AFTER, B_MEASURES, b_total, b_share_women, b_sick_total, b_sum, b_sick_all, g, d1, r1)

OUT = HERE / "prastmora-personalbokslut-2026.pdf"
ACC = (110, 40, 90)
WOM = (176, 86, 140)
MEN = (70, 110, 160)
pdf = Doc("Prästmora kommun", "Personalbokslut 2026", "{p} (3)", font="liberation", serif=True, accent=ACC,
          foot="Prästmora kommun · HR-avdelningen · Personalbokslut 2026",
          created=dt.datetime(2027, 2, 15, 13, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
W_, M_, T_, AGE = b_sum()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 9)
pdf.set_text_color(*ACC)
pdf.set_char_spacing(1.6)
pdf.cell(0, 5, "PERSONALBOKSLUT 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_draw_color(*ACC)
pdf.line(22, pdf.get_y() + 0.5, 188, pdf.get_y() + 0.5)
pdf.set_draw_color(0, 0, 0)
pdf.ln(3)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Medarbetarna i Prästmora kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.kv([("Avser", "Kalenderåret 2026, antal anställda den 31 december 2026"),
        ("Beslutas av", "Kommunstyrelsens personalutskott 9 mars 2027"),
        ("Kontakt", "Viktoria Strand, HR-chef")], lw=32, size=9.6, lh=4.8)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Den 31 december 2026 hade Prästmora kommun {g(T_)} anställda, varav {g(W_)} kvinnor och {g(M_)} män. Av "
      f"dem var {g(B_PERMANENT)} tillsvidareanställda och {g(T_ - B_PERMANENT)} visstidsanställda. Medelåldern var "
      f"{d1(AGE)} år.", size=10.3)
pdf.p(f"Sjukfrånvaron ökade till {d1(b_sick_all('T', 1))} procent av den ordinarie arbetstiden, från "
      f"{d1(b_sick_all('T', 0))} procent året innan. Bland kvinnorna var den {d1(b_sick_all('K', 1))} procent "
      f"({d1(b_sick_all('K', 0))} procent 2025) och bland männen {d1(b_sick_all('M', 1))} procent "
      f"({d1(b_sick_all('M', 0))} procent 2025).", size=10.3)
pdf.p(f"Under 2026 slutade {B_LEFT} av de tillsvidareanställda, vilket ger en personalomsättning på "
      f"{d1(r1(B_LEFT / B_PERMANENT * 100))} procent, jämfört med {d1(B_TURNOVER_2025)} procent 2025.",
      size=10.3)

# age pyramid
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5.5, "Figur 1. Anställda efter ålder och kön den 31 december 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
cx, lab_w, maxw = 105, 22, 58
scale = maxw / max(max(w, m) for w, m in B_PYRAMID)
y = pdf.get_y()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*WOM)
pdf.set_xy(cx - lab_w / 2 - 40, y)
pdf.cell(38, 4.5, "Kvinnor", align="R")
pdf.set_text_color(*MEN)
pdf.set_xy(cx + lab_w / 2 + 2, y)
pdf.cell(38, 4.5, "Män")
pdf.set_text_color(0, 0, 0)
y += 6
bh = 7.2
for age, (w, m) in reversed(list(zip(B_AGES, B_PYRAMID))):
    pdf.set_font("Sans", "", 8.5)
    pdf.set_xy(cx - lab_w / 2 - w * scale - 13, y + 1.1)
    pdf.cell(12, 5, g(w), align="R")
    pdf.set_fill_color(*WOM)
    pdf.rect(cx - lab_w / 2 - w * scale, y + 0.8, w * scale, bh - 1.6, style="F")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_xy(cx - lab_w / 2, y + 1.1)
    pdf.cell(lab_w, 5, age, align="C")
    pdf.set_fill_color(*MEN)
    pdf.rect(cx + lab_w / 2, y + 0.8, m * scale, bh - 1.6, style="F")
    pdf.set_font("Sans", "", 8.5)
    pdf.set_xy(cx + lab_w / 2 + m * scale + 1, y + 1.1)
    pdf.cell(12, 5, g(m))
    y += bh
pdf.set_y(y + 3)
pdf.set_font("Serif", "I", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Figuren omfattar både tillsvidareanställda och visstidsanställda med månadslön.",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.h1("Anställda per förvaltning", size=12.5)
pdf.set_font("Sans", "B", 9.8)
pdf.cell(0, 5.5, "Tabell 1. Anställda per förvaltning den 31 december 2026", new_x="LMARGIN", new_y="NEXT")
W1 = [62, 17, 15, 17, 35, 20]
X1 = [22]
for w in W1[:-1]:
    X1.append(X1[-1] + w)
R1_ = 22 + sum(W1)
y = pdf.get_y() + 1
pdf.set_font("Cond", "B", 8.8)
for x, w, h, a in zip(X1, W1, ["Förvaltning", "Kvinnor", "Män", "Totalt", "Andel kvinnor, %", "Medelålder"],
                      "LRRRLR"):
    pdf.set_xy(x + (4 if a == "L" and x > 22 else 0), y)
    pdf.cell(w - 1.5, 5, h, align=a)
y += 5.6
pdf.set_line_width(0.4)
pdf.line(22, y, R1_, y)
pdf.set_line_width(0.2)
LH = 5.6


def t1_row(y_, cells, share, bold=False):
    pdf.set_font("Cond", "B" if bold else "", 8.9)
    for x, w, v, a in zip(X1[:4], W1[:4], cells[:4], "LRRR"):
        pdf.set_xy(x, y_)
        pdf.cell(w - 1.5, LH, v, align=a)
    pdf.set_xy(X1[4] + 3, y_)
    pdf.cell(9, LH, d1(share), align="R")
    bx, bw = X1[4] + 14, W1[4] - 16
    pdf.set_fill_color(*WOM)
    pdf.rect(bx, y_ + 1.7, bw * share / 100, 2.4, style="F")
    pdf.set_fill_color(*MEN)
    pdf.rect(bx + bw * share / 100, y_ + 1.7, bw * (100 - share) / 100, 2.4, style="F")
    pdf.set_font("Cond", "B" if bold else "", 8.9)
    pdf.set_xy(X1[5], y_)
    pdf.cell(W1[5] - 1.5, LH, cells[4], align="R")


for f in B_FORV:
    t1_row(y, [f[0], g(f[1]), g(f[2]), g(b_total(f)), d1(f[3])], b_share_women(f))
    y += LH
    pdf.set_draw_color(200, 200, 200)
    pdf.line(22, y, R1_, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.4)
pdf.line(22, y, R1_, y)
pdf.set_line_width(0.2)
t1_row(y + 0.5, [B_TOTAL_NAME, g(W_), g(M_), g(T_), d1(AGE)], r1(W_ / T_ * 100), bold=True)
pdf.set_y(y + LH + 3)
pdf.set_font("Serif", "I", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Stapeln visar andelen kvinnor (mörkrosa) och män (blått). Medelåldern avser samtliga "
               "anställda i förvaltningen.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
by = {f[0]: f for f in B_FORV}
oldest = max(B_FORV, key=lambda f: f[3])
youngest = min(B_FORV, key=lambda f: f[3])
pdf.p(f"Vård- och omsorgsförvaltningen och barn- och utbildningsförvaltningen har tillsammans "
      f"{g(b_total(by['Vård- och omsorgsförvaltningen']) + b_total(by['Barn- och utbildningsförvaltningen']))} "
      f"anställda, mer än tre fjärdedelar av kommunens medarbetare. Den högsta medelåldern finns i "
      f"{oldest[0].lower()} och den lägsta i {youngest[0].lower()}. Samhällsbyggnadsförvaltningen är den enda "
      f"förvaltningen där männen är fler än kvinnorna.", size=10)

# ---------------------------------------------------------------- Tabell 2 (pp. 2–3)
CAP2 = "Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid 2025 och 2026"
W2 = [70, 20, 25, 25, 26]
X2 = [22]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
R2_ = 22 + sum(W2)
RH = 6.0


def t2_head(cont):
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(0, 5.5, CAP2 + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    y_ = pdf.get_y() + 1
    pdf.set_fill_color(236, 226, 234)
    pdf.rect(22, y_, R2_ - 22, 6, style="DF")
    pdf.set_font("Cond", "B", 8.8)
    for x, w, h, a in zip(X2, W2, ["Förvaltning", "År", "Kvinnor", "Män", "Samtliga"], "LCRRR"):
        pdf.set_xy(x + (2 if a == "L" else 0), y_ + 0.5)
        pdf.cell(w - 2.5, 5, h, align=a)
    for x in X2[1:]:
        pdf.line(x, y_, x, y_ + 6)
    return y_ + 6


def t2_block(y_, name, vals, bold=False):
    """vals: [(year, k, m, t)] – two rows, the name cell merged over both"""
    h = RH * len(vals)
    pdf.rect(22, y_, R2_ - 22, h)
    for x in X2[1:]:
        pdf.line(x, y_, x, y_ + h)
    pdf.set_font("Cond", "B" if bold else "", 8.9)
    pdf.set_xy(24, y_ + (h - 5) / 2)
    pdf.cell(W2[0] - 4, 5, name)
    for i, (yr, k, m, t) in enumerate(vals):
        yy = y_ + i * RH
        if i:
            pdf.set_draw_color(170, 170, 170)
            pdf.line(X2[1], yy, R2_, yy)
            pdf.set_draw_color(0, 0, 0)
        last = i == len(vals) - 1
        pdf.set_font("Cond", "B" if last else "", 8.9)
        pdf.set_text_color(*((0, 0, 0) if last else (100, 100, 100)))
        for x, w, v, a in zip(X2[1:], W2[1:], [str(yr), d1(k), d1(m), d1(t)], "CRRR"):
            pdf.set_xy(x, yy)
            pdf.cell(w - 2.5, RH, v, align=a)
        pdf.set_text_color(0, 0, 0)
    return y_ + h


pdf.h1("Sjukfrånvaro", size=12.5)
pdf.p("Sjukfrånvaron redovisas som andel av den ordinarie arbetstiden för kvinnor och män i varje förvaltning. "
      "Uppgifterna kommer från lönesystemet och omfattar alla månadsavlönade. Förvaltningar med färre än tio "
      "anställda av ett kön redovisas inte separat, men det gäller ingen förvaltning 2026.", size=10)
pdf.p("Den långa sjukfrånvaron, 60 dagar eller mer, svarar för knappt hälften av all sjukfrånvaro. Korttidsfrånvaron "
      "minskade något under hösten efter en mildare influensasäsong än 2025.", size=10)
y = t2_head(False)
for f in B_FORV:
    vals = [(2025, f[4][0], f[4][2], b_sick_total(f, 0)), (2026, f[4][1], f[4][3], b_sick_total(f, 1))]
    y = t2_block(y, f[0], vals)
    if f[0] == B_BREAK_AFTER:
        pdf.set_xy(22, y + 1.5)
        pdf.set_font("Serif", "I", 8.6)
        pdf.cell(0, 4.5, "Tabellen fortsätter på nästa sida.")
        pdf.add_page()
        y = t2_head(True)
y = t2_block(y, B_TOTAL_NAME, [(2025, b_sick_all("K", 0), b_sick_all("M", 0), b_sick_all("T", 0)),
                               (2026, b_sick_all("K", 1), b_sick_all("M", 1), b_sick_all("T", 1))], bold=True)
pdf.set_line_width(0.5)
pdf.rect(22, y - 2 * RH, R2_ - 22, 2 * RH)
pdf.set_line_width(0.2)
pdf.set_y(y + 2)
pdf.set_font("Serif", "I", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.2, "Samtliga = kvinnor och män sammantaget, vägt med antalet anställda. Sjukfrånvaron avser "
               "både korta och långa sjukskrivningar.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 comments
pdf.h1("Kommentarer till sjukfrånvaron", size=12)
svc = by["Serviceförvaltningen"]
vo = by["Vård- och omsorgsförvaltningen"]
pdf.p(f"Sjukfrånvaron bland kvinnor är fortsatt högst inom vård- och omsorgsförvaltningen men minskade där något. "
      f"Inom serviceförvaltningen ökade kvinnornas sjukfrånvaro från {d1(svc[4][0])} till {d1(svc[4][1])} "
      f"procent. " + B_PASSAGE, size=10)
men_higher = [f[0] for f in B_FORV if f[4][3] > f[4][1]]
pdf.p(f"I {len(men_higher)} av {len(B_FORV)} förvaltningar var männens sjukfrånvaro högre än kvinnornas 2026. "
      f"Skillnaden är störst i samhällsbyggnadsförvaltningen, där många män arbetar i gatu- och parkverksamheten.",
      size=10)
pdf.h2("Personalomsättning")
pdf.p(f"Av de {B_LEFT} tillsvidareanställda som slutade under 2026 gick 61 i pension och 126 slutade av andra "
      f"skäl. Omsättningen var högst bland undersköterskor och förskollärare.", size=10)
pdf.h2("Åtgärder 2027")
pdf.bullets(B_MEASURES, size=10, lh=4.9)
pdf.ln(6)
pdf.sign_lines(["Viktoria Strand, HR-chef"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
