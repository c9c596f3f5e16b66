"""(a) Vessinge kommun – delårsrapport januari–augusti 2026 (mnkr).

Layout: Liberation Sans headings and tables, Liberation Serif text (Word look), portrait. P. 1: key–value block,
a summary whose sentences carry competing figures, and "Händelser under perioden" as a TIMELINE: dates in a
narrow left column, a thin vertical line with a dot per event, the event text to the right. P. 2: the income
statement (resultaträkning) with a DARK HEADER BAND (white bold two-line headings: Utfall jan–aug 2026 / Utfall
jan–aug 2025 / Budget 2026 / Prognos 2026 / Avvikelse mot budget), DOTTED LEADERS from each row label to the
first number, bold sum rows with a rule above, the Avvikelse column behind a DOUBLE VERTICAL RULE with signed
values ("+11,6" / "−41,8"), no other lines; comments follow. P. 3: "Nämndernas prognos" – a table with thin
horizontal rules, Budget 2026 / Prognos 2026 / Avvikelse / Avvikelse, % and a DIVERGING BAR per row (red to the
left of a centre axis for a deficit, green to the right for a surplus), a bold "Summa nämnder", a footnoted
finansförvaltning row and a bold total with a double rule; summary text. P. 4: comments per nämnd, each a bold
name with its deviation right-aligned on the same line above a thin rule, and the proposal as att-clauses.
Metadata title set.
"""
import datetime as dt

from common23 import HERE, Doc, nb
from fractions import Fraction

from data import (rhu, A_COLS, a_rr, a_rr_row, a_namnd_rows, a_namnd_sum, a_finansforv, a_total, t1)

OUT = HERE / "vessinge-delarsrapport-jan-aug-2026.pdf"
ACC = (0, 84, 110)
pdf = Doc("Vessinge kommun", "Delårsrapport januari–augusti 2026", "Sida {p} av 4", font="liberation",
          serif=True, accent=ACC, foot="Vessinge kommun · Kommunledningsförvaltningen, ekonomiavdelningen",
          title="Vessinge kommun – Delårsrapport januari–augusti 2026", author="Ekonomiavdelningen",
          created=dt.datetime(2026, 9, 28, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(21, 25, 21)

per = a_rr_row("Periodens resultat")
nk = a_rr_row("Verksamhetens nettokostnader")
sk = a_rr_row("Skatteintäkter")
gb = a_rr_row("Generella statsbidrag och utjämning")
fi = a_rr_row("Finansiella intäkter")
fk = a_rr_row("Finansiella kostnader")
ns = a_namnd_sum()
ff = a_finansforv()
rows = {r[0]: r for r in a_namnd_rows()}
skatt_dev = sk[4] + gb[4]
fin_dev = fi[4] + fk[4]
goal_pct = rhu(Fraction(per[3] * 1000, sk[3] + gb[3]))     # tenths of a per cent

# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.title_block("Delårsrapport januari–augusti 2026", "Vessinge kommun – kommunens ekonomi och nämndernas "
                "prognoser för helåret", size=19)
pdf.kv([("Period", "1 januari–31 augusti 2026"),
        ("Behandlad", "Kommunstyrelsen 6 oktober 2026, § 131"),
        ("Beslutas av", "Kommunfullmäktige 26 oktober 2026"),
        ("Diarienummer", "KS 2026/287"),
        ("Kontakt", "Petra Asplund, ekonomichef")], lw=32, size=9.3, lh=4.6)
pdf.h1("Sammanfattning")
pdf.p(f"Periodens resultat uppgår till {t1(per[0])} mnkr, vilket är {t1(per[0] - per[1])} mnkr bättre än "
      f"motsvarande period 2025 då resultatet var {t1(per[1])} mnkr. För helåret prognostiseras ett resultat på "
      f"{t1(per[3])} mnkr, vilket är {t1(-per[4])} mnkr lägre än det budgeterade resultatet på {t1(per[2])} mnkr.",
      size=10)
pdf.p(f"Nämnderna prognostiserar sammantaget ett underskott på {t1(-ns[2])} mnkr. Skatteintäkter och generella "
      f"statsbidrag väntas bli {t1(skatt_dev)} mnkr högre än budgeterat, och finansnettot ger ett överskott på "
      f"{t1(fin_dev)} mnkr. Den verksamhetsnära finansförvaltningen visar en negativ avvikelse på "
      f"{t1(-ff[2])} mnkr.", size=10)
pdf.p(f"Det prognostiserade resultatet motsvarar {t1(goal_pct)} procent av skatteintäkter och generella "
      "statsbidrag. Fullmäktiges finansiella mål om ett resultat på minst 2,0 procent nås därmed även i år, men "
      "marginalen har minskat sedan budgeten antogs.", size=10)

pdf.h1("Händelser under perioden")
EVENTS = [
    ("14 januari", "Den nya hemtjänstorganisationen med fyra geografiska områden startade."),
    ("2 mars", "Vård- och omsorgsnämnden beslutade om en åtgärdsplan för att minska kostnaderna för "
               "inhyrda sjuksköterskor."),
    ("27 april", "Kommunfullmäktige antog ett nytt bostadsförsörjningsprogram och gav kommunstyrelsen i "
                 "uppdrag att ta fram markanvisningar för 120 bostäder."),
    ("18 juni", "Socialnämnden rapporterade fler placeringar av barn och unga än budgeterat."),
    ("25 augusti", "Den nya skatteunderlagsprognosen höjde de beräknade skatteintäkterna för helåret."),
]
DW = 28
for date, text in EVENTS:
    pdf.need(14)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*ACC)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(DW - 6, 4.7, date, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.8)
    pdf.set_xy(pdf.l_margin + DW + 2, y)
    pdf.multi_cell(pdf.epw - DW - 2, 4.7, nb(text), align="L", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y() + 2.2
    pdf.set_draw_color(150, 170, 180)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin + DW - 2, y, pdf.l_margin + DW - 2, y2)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*ACC)
    pdf.ellipse(pdf.l_margin + DW - 3.1, y + 1.3, 2.2, 2.2, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y2)
pdf.ln(2)
pdf.p("Efter periodens utgång hölls allmänna val den 13 september 2026. Valnämndens kostnader för valet ingår i "
      "nämndens prognos.", size=9.6)

# ---------------------------------------------------------------- page 2: resultaträkning
pdf.add_page()
pdf.h1("Resultaträkning", size=14)
pdf.p("Belopp i miljoner kronor (mnkr). Kostnader redovisas med minustecken. Avvikelsen är prognosen för "
      "helåret jämfört med budget; en negativ avvikelse innebär ett sämre resultat än budgeterat.", size=9.2)
LW = 58
NW = 22
X0 = pdf.l_margin
XS = [X0 + LW + i * NW for i in range(5)]
XS[4] += 3                                          # room for the double rule before Avvikelse
RIGHT = XS[4] + NW
y = pdf.get_y() + 2
HH = 10.5
pdf.set_fill_color(*ACC)
pdf.rect(X0, y, RIGHT - X0, HH, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.2)
pdf.set_xy(X0 + 2, y + 3)
pdf.cell(LW - 2, 4.5, "Mnkr")
for x, h in zip(XS, A_COLS):
    a, b = h.rsplit(" ", 1) if h != "Avvikelse mot budget" else ("Avvikelse", "mot budget")
    pdf.set_xy(x, y + 1.2)
    pdf.cell(NW - 1.5, 4.1, a, align="R")
    pdf.set_xy(x, y + 5.3)
    pdf.cell(NW - 1.5, 4.1, b, align="R")
pdf.set_text_color(0, 0, 0)
y += HH + 1.5
RH = 6.2
y_top = y
for label, is_sum, v in a_rr():
    if is_sum:
        pdf.set_draw_color(60, 60, 60)
        pdf.line(X0, y, RIGHT, y)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B" if is_sum else "", 8.9)
    pdf.set_xy(X0, y)
    pdf.cell(pdf.get_string_width(label) + 1, RH, label)
    if not is_sum:
        # dotted leader from the label to the first number column
        x1 = X0 + pdf.get_string_width(label) + 2
        pdf.set_text_color(120, 120, 120)
        dots = ""
        while pdf.get_string_width(dots + " .") < XS[0] + 4 - x1:
            dots += " ."
        pdf.set_font("Sans", "", 8.9)
        pdf.set_xy(x1, y)
        pdf.cell(0, RH, dots)
        pdf.set_text_color(0, 0, 0)
    for k, x in enumerate(XS):
        pdf.set_font("Sans", "B" if (is_sum or k == 3) else "", 8.9)
        pdf.set_xy(x, y)
        pdf.cell(NW - 1.5, RH, t1(v[k], plus=(k == 4)), align="R")
    y += RH + (1.8 if is_sum else 0)
# double vertical rule before the Avvikelse column
pdf.set_draw_color(*ACC)
pdf.line(XS[4] - 1.6, y_top - 1.5, XS[4] - 1.6, y)
pdf.line(XS[4] - 0.8, y_top - 1.5, XS[4] - 0.8, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 5)
vi = a_rr_row("Verksamhetens intäkter")
vk = a_rr_row("Verksamhetens kostnader")
pdf.h2("Kommentarer till resultaträkningen")
pdf.p(f"Verksamhetens intäkter beräknas bli {t1(vi[4])} mnkr högre än budget, främst genom högre statsbidrag "
      f"för äldreomsorgen och skolan. Verksamhetens kostnader beräknas samtidigt överstiga budget med "
      f"{t1(-vk[4])} mnkr. Nettokostnaderna väntas därmed bli {t1(-nk[3])} mnkr, att jämföra med budgeterade "
      f"{t1(-nk[2])} mnkr.", size=9.8)
pdf.p(f"Skatteintäkterna prognostiseras till {t1(sk[3])} mnkr, vilket är {t1(sk[4])} mnkr mer än budget. "
      f"Generella statsbidrag och utjämning beräknas ge {t1(gb[4])} mnkr mer än budgeterat. Finansiella "
      "intäkter blir högre än väntat tack vare högre ränta på kommunens likvida medel, samtidigt som "
      "räntekostnaderna blir lägre eftersom en planerad upplåning har skjutits till 2027.", size=9.8)

# ---------------------------------------------------------------- page 3: nämndernas prognos
pdf.add_page()
pdf.h1("Nämndernas prognos", size=14)
pdf.p("Tabellen visar nämndernas nettokostnad enligt budget och prognos för helåret 2026. En positiv avvikelse "
      "är ett överskott och en negativ avvikelse ett underskott mot budget.", size=9.4)
CW = [62, 20, 20, 20, 19, 27]
CX = [pdf.l_margin]
for w in CW[:-1]:
    CX.append(CX[-1] + w)
R2 = CX[-1] + CW[-1]
y = pdf.get_y() + 2
pdf.set_font("Sans", "B", 8.3)
heads = [("Nämnd, mnkr", ""), ("Budget", "2026"), ("Prognos", "2026"), ("Avvikelse", ""), ("Avvikelse,", "%"),
         ("Avvikelse", "mot budget")]
for k, (h1, h2) in enumerate(heads):
    al = "L" if k == 0 else ("C" if k == 5 else "R")
    pdf.set_xy(CX[k] + (0 if k == 0 else 0), y)
    pdf.cell(CW[k] - 1.5, 4.2, h1, align=al)
    pdf.set_xy(CX[k], y + 4.2)
    pdf.cell(CW[k] - 1.5, 4.2, h2, align=al)
y += 9.5
pdf.set_line_width(0.5)
pdf.line(pdf.l_margin, y, R2, y)
pdf.set_line_width(0.2)
AX = CX[5] + CW[5] / 2          # centre axis of the bars
SCALE = (CW[5] / 2 - 1) / 100   # mm per tenth of mnkr; bars are cut at 10,0 mnkr
RH = 6.0
y_bars = y


def nrow(label, b, p, d, pct, bold=False, rule=None, bar=True):
    global y
    if rule == "single":
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, y, R2, y)
        pdf.set_line_width(0.2)
    elif rule == "double":
        pdf.line(pdf.l_margin, y, R2, y)
        pdf.line(pdf.l_margin, y + 0.8, R2, y + 0.8)
    pdf.set_font("Sans", "B" if bold else "", 8.7)
    pdf.set_xy(CX[0], y)
    pdf.cell(CW[0], RH, label)
    for k, val in enumerate([t1(b), t1(p), t1(d, plus=True), pct], 1):
        pdf.set_xy(CX[k], y)
        pdf.cell(CW[k] - 1.5, RH, val, align="R")
    if bar and d:
        w = min(abs(d) * SCALE, CW[5] / 2 - 1)
        pdf.set_fill_color(*((196, 60, 50) if d < 0 else (70, 150, 80)))
        pdf.rect(AX - w if d < 0 else AX, y + 1.6, w, RH - 3.2, style="F")
    y += RH
    if not bold:
        pdf.set_draw_color(205, 205, 205)
        pdf.line(pdf.l_margin, y, R2, y)
        pdf.set_draw_color(0, 0, 0)


for n, b, p, d, pc in a_namnd_rows():
    nrow(n, b, p, d, t1(pc, plus=True))
nrow("Summa nämnder", ns[0], ns[1], ns[2], t1(ns[3], plus=True), bold=True, rule="single", bar=False)
y += 1
nrow("Finansförvaltning, verksamhetsnära¹", ff[0], ff[1], ff[2], "–", bar=False)
tot = a_total()
nrow("Verksamhetens nettokostnad", tot[0], tot[1], tot[2], t1(tot[3], plus=True), bold=True, rule="double",
     bar=False)
pdf.set_draw_color(110, 110, 110)
pdf.line(AX, y_bars + 1, AX, y_bars + RH * len(a_namnd_rows()))
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.footnotes([("¹", "Finansförvaltningen redovisar bland annat interna kapitalkostnader, personalomkostnader "
                     "och pensioner som inte fördelas på nämnderna. Budget och prognos är här en nettointäkt, "
                     "därför anges beloppen med minustecken."),
               ("", "Staplarna visar avvikelsen mot budget. Röd stapel till vänster om mittlinjen är ett "
                    "underskott, grön stapel till höger ett överskott. Staplarna är förkortade vid 10,0 mnkr.")],
              size=7.6)
von, sn, bun = rows["Vård- och omsorgsnämnden"], rows["Socialnämnden"], rows["Barn- och utbildningsnämnden"]
pdf.h2("Sammanfattande kommentar")
pdf.p(f"Sex av tio nämnder prognostiserar underskott. Det största underskottet har vård- och omsorgsnämnden med "
      f"{t1(von[3])} mnkr, följd av socialnämnden med {t1(sn[3])} mnkr och barn- och utbildningsnämnden med "
      f"{t1(bun[3])} mnkr. Kommunstyrelsen och samhällsbyggnadsnämnden väntas visa överskott på "
      f"{t1(rows['Kommunstyrelsen'][3])} mnkr vardera.", size=9.8)
pdf.p("Nämnder med underskott ska enligt kommunens ekonomistyrningsregler redovisa åtgärder till "
      "kommunstyrelsen. Åtgärderna redovisas på nästa sida.", size=9.8)

# ---------------------------------------------------------------- page 4: comments per nämnd
pdf.add_page()
pdf.h1("Kommentarer per nämnd", size=14)
COMMENTS = [
    ("Vård- och omsorgsnämnden",
     "Underskottet beror främst på att antalet beviljade hemtjänsttimmar har ökat med 9 procent jämfört med "
     "samma period i fjol, och på kostnader för inhyrda sjuksköterskor under sommaren. Åtgärdsplanen från mars "
     "har minskat inhyrningen, men effekten kommer först under hösten."),
    ("Socialnämnden",
     "Fler barn och unga än budgeterat har placerats i familjehem och på institution. Nämnden har startat ett "
     "eget öppenvårdsteam för att kunna erbjuda fler insatser på hemmaplan."),
    ("Barn- och utbildningsnämnden",
     "Fler elever än beräknat går i anpassad grundskola, och skolskjutsarna har blivit dyrare efter den nya "
     "upphandlingen. Förskolan visar ett mindre överskott."),
    ("Kommunstyrelsen",
     "Överskottet beror på vakanta tjänster inom kommunledningsförvaltningen under våren. Tjänsterna är nu "
     "tillsatta."),
    ("Samhällsbyggnadsnämnden",
     "En mild vinter gav lägre kostnader för snöröjning och halkbekämpning än budgeterat."),
    ("Valnämnden",
     "Fler lokaler för förtidsröstning än planerat och högre arvoden till röstmottagare ger ett litet "
     "underskott."),
]
for name, text in COMMENTS:
    r = rows[name]
    pdf.need(22)
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.set_xy(pdf.l_margin, yy)
    pdf.cell(110, 5.5, name)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(pdf.l_margin + 110, yy)
    pdf.cell(pdf.epw - 110, 5.5, f"Avvikelse {t1(r[3], plus=True)} mnkr", align="R")
    pdf.set_draw_color(170, 170, 170)
    pdf.line(pdf.l_margin, yy + 6, pdf.l_margin + pdf.epw, yy + 6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(yy + 7.2)
    pdf.p(text, size=9.7, lh=4.7, after=3.2)
pdf.h2("Förslag till beslut")
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta",
             ["godkänna delårsrapporten för perioden januari–augusti 2026,",
              "uppdra åt vård- och omsorgsnämnden och socialnämnden att senast den 30 november 2026 redovisa "
              "ytterligare åtgärder för en ekonomi i balans."], size=9.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
