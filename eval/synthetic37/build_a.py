"""(a) Region Strömvalla – delårsrapport januari–augusti 2027 (regionstyrelsen 2027-10-05).

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, petrol-blue accent. P. 1 has no
running header: a SHORT THICK ACCENT RULE over "REGION STRÖMVALLA" and a LETTER-SPACED GREY LABEL "DELÅRSRAPPORT
2027" at the right of the same line, title and subtitle, "Sammanfattning" with competing figures in running text
(result for the period 191,9 vs 97,4 mnkr, forecast 94,0 vs budget 230,0 mnkr, 0,8 vs the target 2,0 procent) and
Figur 1, a HORIZONTAL DIVERGING BAR CHART of each committee's forecast deviation with the VALUE PRINTED AT THE END OF
EVERY BAR (red to the left of a zero axis, green to the right). Pp. 2–3: "Nämndernas ekonomi" – ONE CARD PER
COMMITTEE: an outlined box with a THICK ACCENT TOP EDGE, the committee name in bold and a one-line comment in grey
italics, then a small table with a STACKED HEADING ("Jan–aug" over Utfall 2026 / Utfall 2027, "Helår 2027" over
Budget / Prognos / Avvikelse, each upper heading over a short rule), hairlines between rows, signed deviations with
NEGATIVE ONES IN RED, and a bold "Summa <nämnd>" row under a rule. Cards never break; three on p. 2, two on p. 3.
P. 4: "Resultaträkning" (Tabell 6: Utfall jan–aug 2026 / 2027, Budget 2027, Prognos 2027; BOLD SUBTOTAL ROWS ON A
PALE TINT), the passage, "Åtgärder" as a bulleted list with NESTED "–" ITEMS, and the decision in a framed strip.
Metadata title set.
"""
import datetime as dt

from common37 import HERE, Doc
from data import (A_COMMITTEES, A_TARGET, A_PASSAGE, A_DECIDED, A_CONTACT, A_HOSPITALS, a_rows, a_dev, a_sum,
                  a_result, a_result_row, a_share, d1, dmy)

OUT = HERE / "region-stromvalla-delarsrapport-jan-aug-2027.pdf"
ACC = (18, 82, 110)
RED = (178, 34, 34)
GRN = (40, 120, 60)
GREY = (110, 110, 110)

pdf = Doc("Region Strömvalla", "Delårsrapport januari–augusti 2027", "Sida {p} av 4", font="liberation",
          accent=ACC, title="Region Strömvalla – Delårsrapport januari–augusti 2027",
          author="Region Strömvalla, regionledningskontoret",
          foot="Region Strömvalla · Delårsrapport januari–augusti 2027",
          created=dt.datetime(2027, 9, 28, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
RES = a_result_row("Resultat")[2]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(22, 16, 18, 2.2, style="F")
pdf.set_xy(22, 20)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(90, 6, "REGION STRÖMVALLA")
lab = "DELÅRSRAPPORT 2027"
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.set_char_spacing(1.6)
pdf.set_xy(120, 20.5)
pdf.cell(68, 5, lab, align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.set_y(38)
pdf.set_font("Sans", "B", 22)
pdf.cell(0, 10, "Delårsrapport januari–augusti 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11.5)
pdf.set_text_color(70, 70, 70)
pdf.cell(0, 7, "Ekonomiskt utfall för perioden och prognos för helåret", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Regionens resultat för perioden januari–augusti uppgick till {d1(RES[1])} mnkr, jämfört med "
      f"{d1(RES[0])} mnkr för samma period 2026. Det förbättrade resultatet beror främst på ett positivt "
      f"finansnetto när pensionsmedlen steg i värde under våren.")
pdf.p(f"Prognosen för helåret pekar på ett resultat på {d1(RES[3])} mnkr. Det är {d1(RES[2] - RES[3])} mnkr "
      f"lägre än det budgeterade resultatet på {d1(RES[2])} mnkr. Resultatet motsvarar {d1(a_share(3))} procent "
      f"av skatteintäkter och generella statsbidrag, vilket understiger det finansiella målet på "
      f"{d1(A_TARGET)} procent. Budgeten motsvarade {d1(a_share(2))} procent.")
pdf.p("Avvikelsen förklaras nästan helt av hälso- och sjukvården, där kostnaderna för inhyrd personal och "
      "utomlänsvård fortsätter att öka. Övriga nämnder har en prognos nära budget.")

# Figur 1: diverging bars of the committees' deviations
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Prognostiserad avvikelse mot budget per nämnd 2027, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
devs = [(c, r1_) for c, r1_ in [(c, round(a_sum(c)[2] - a_sum(c)[3], 1)) for c, _ in A_COMMITTEES]]
x0, lw, y = 22, 58, pdf.get_y()
zero = x0 + lw + 62          # zero axis
scale = 60 / 140.0            # mm per mnkr
bh, gap = 6, 3.2
for c, v in devs:
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(x0, y + 0.6)
    pdf.cell(lw, 5, c)
    w = max(abs(v) * scale, 0.8)
    if v < 0:
        pdf.set_fill_color(*RED)
        pdf.rect(zero - w, y, w, bh, style="F")
        pdf.set_xy(zero - w - 16, y + 0.6)
        pdf.set_text_color(*RED)
        pdf.cell(15, 5, d1(v, plus=True), align="R")
    else:
        pdf.set_fill_color(*GRN)
        pdf.rect(zero, y, w, bh, style="F")
        pdf.set_xy(zero + w + 1, y + 0.6)
        pdf.set_text_color(*GRN)
        pdf.cell(15, 5, d1(v, plus=True))
    pdf.set_text_color(0, 0, 0)
    y += bh + gap
pdf.vline(zero, pdf.get_y() - 1 if False else y - len(devs) * (bh + gap) - 1.5, y - gap + 1.5, width=0.4)
pdf.set_y(y + 2)
pdf.set_font("Sans", "I", 8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Negativt värde = prognosen överskrider budget.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 committee cards
W = [60, 21, 21, 21, 22, 21]
AL = ["L", "R", "R", "R", "R", "R"]
COMMENTS = {
    "Hälso- och sjukvårdsnämnden": "Underskottet finns inom den somatiska specialistvården och primärvården.",
    "Kollektivtrafiknämnden": "Högre dieselpriser och fler avgångar i busstrafiken.",
    "Kultur- och utbildningsnämnden": "Naturbruksgymnasiet har färre elever än budgeterat.",
    "Tandvårdsnämnden": "Allmäntandvården har haft svårt att rekrytera tandläkare.",
    "Regionstyrelsen": "Vakanser inom staberna ger ett överskott.",
}


def card(name, rows, nr):
    lh = 4.4
    body = len(rows) + 1
    h = 8 + 6 + 11 + body * (lh + 1.6) + 4
    pdf.need(h + 6)
    x, y = 22, pdf.get_y()
    pdf.set_draw_color(170, 170, 170)
    pdf.rect(x, y, 166, h)
    pdf.set_fill_color(*ACC)
    pdf.rect(x, y, 166, 1.6, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(x + 3, y + 3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(120, 5.5, f"Tabell {nr}. {name}, mnkr")
    pdf.set_xy(x + 3, y + 8.6)
    pdf.set_font("Sans", "I", 8.4)
    pdf.set_text_color(*GREY)
    pdf.cell(160, 4.5, COMMENTS[name])
    pdf.set_text_color(0, 0, 0)
    # stacked heading
    yy = y + 15
    xs = [x + 0.5]
    for w_ in W:
        xs.append(xs[-1] + w_)
    pdf.set_font("Cond", "B", 8.4)
    pdf.set_xy(xs[1], yy)
    pdf.cell(W[1] + W[2], 4, "Jan–aug", align="C")
    pdf.set_xy(xs[3], yy)
    pdf.cell(W[3] + W[4] + W[5], 4, "Helår 2027", align="C")
    pdf.hline(xs[1] + 2, xs[3] - 2, yy + 4.3, 0.25, ACC)
    pdf.hline(xs[3] + 2, xs[6] - 2, yy + 4.3, 0.25, ACC)
    pdf.row(xs[0], yy + 4.8, W, AL, ["Verksamhet", "Utfall 2026", "Utfall 2027", "Budget", "Prognos",
                                      "Avvikelse"], font="Cond", style="B", size=8.4, lh=4, vpad=0.6)
    yy += 10.2
    pdf.hline(xs[0], xs[6], yy, 0.4, ACC)
    for r in rows:
        dv = a_dev(r)
        cells = [r[1], d1(r[2]), d1(r[3]), d1(r[4]), d1(r[5]), d1(dv, plus=True)]
        cols = [None] * 5 + [RED if dv < 0 else None]
        h_ = pdf.row(xs[0], yy + 0.3, W, AL, cells, font="Cond", size=8.8, lh=lh, vpad=0.5, colors=cols)
        yy += h_ + 0.6
        pdf.hline(xs[0], xs[6], yy, 0.1, (190, 190, 190))
    s = a_sum(name)
    dv = round(s[2] - s[3], 1)
    pdf.hline(xs[0], xs[6], yy, 0.35)
    label = f"Summa {name[0].lower()}{name[1:]}"
    pdf.row(xs[0], yy + 0.4, W, AL, [label, d1(s[0]), d1(s[1]), d1(s[2]), d1(s[3]), d1(dv, plus=True)],
            font="Cond", style="B", size=8.8, lh=lh, vpad=0.5, colors=[None] * 5 + [RED if dv < 0 else None])
    pdf.set_y(y + h + 6)


pdf.add_page()
pdf.h1("Nämndernas ekonomi")
pdf.p("Tabellerna visar nettokostnaden per verksamhet. Utfallet avser januari–augusti och jämförs med samma period "
      "föregående år. Avvikelsen är skillnaden mellan helårsbudget och helårsprognos; ett negativt tal betyder att "
      "prognosen överskrider budgeten.", size=9.5)
for k, (name, rows) in enumerate(A_COMMITTEES, 1):
    card(name, a_rows(name), k)

# ---------------------------------------------------------------- p. 4 result statement
pdf.add_page()
pdf.h1("Resultaträkning och prognos")
W2 = [62, 26, 26, 25, 25]
AL2 = ["L", "R", "R", "R", "R"]
xs0 = 22
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Tabell 6. Resultaträkning, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
y = pdf.get_y()
pdf.hline(22, 188, y, 0.5, ACC)
h = pdf.row(xs0, y + 0.5, W2, AL2, ["", "Utfall jan–aug 2026", "Utfall jan–aug 2027", "Budget 2027",
                                    "Prognos 2027"], font="Cond", style="B", size=8.6, lh=4, vpad=0.8)
y += h + 0.6
pdf.hline(22, 188, y, 0.3, ACC)
for label, kind, vals in a_result():
    cells = [label] + [d1(v) for v in vals]
    if kind == "sum":
        hh = pdf.row_h(W2, cells, font="Cond", style="B", size=9, lh=4.4, vpad=0.8)
        pdf.set_fill_color(228, 238, 243)
        pdf.rect(22, y, 166, hh, style="F")
        pdf.hline(22, 188, y, 0.25)
        h = pdf.row(xs0, y, W2, AL2, cells, font="Cond", style="B", size=9, lh=4.4, vpad=0.8)
    else:
        h = pdf.row(xs0, y, W2, AL2, cells, font="Cond", size=9, lh=4.4, vpad=0.8)
    y += h
pdf.hline(22, 188, y, 0.5, ACC)
pdf.set_y(y + 5)
pdf.h2("Prognos mot budget")
rs = a_rows("Hälso- och sjukvårdsnämnden")
som = [r for r in rs if r[1] == "Somatisk specialistvård"][0]
pdf.p(f"Den somatiska specialistvården beräknas överskrida budgeten med {d1(-a_dev(som))} mnkr. Orsaken är att "
      f"{A_PASSAGE}. Vid {A_HOSPITALS[1]} har bemanningen varit stabil. Skatteintäkterna blir något lägre än "
      f"budgeterat enligt den senaste skatteunderlagsprognosen, medan finansnettot blir bättre.")
pdf.h2("Åtgärder")
items = [
    ("Minskat beroende av inhyrd personal", ["egna bemanningspooler inom operation och intensivvård",
                                             "utökad ST-utbildning inom primärvården"]),
    ("Översyn av busstrafiken", ["glesare turer på linjer med färre än fem resenärer per tur"]),
    ("Anställningsprövning i hela regionen till årets slut", []),
]
pdf.set_font("Sans", "", 9.8)
for t, subs in items:
    pdf.set_x(24)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(31)
        pdf.cell(5, 4.8, "–")
        pdf.multi_cell(0, 4.8, s_, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(3)
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.rect(22, y, 166, 15)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(25, y + 2)
pdf.set_font("Sans", "", 9)
pdf.multi_cell(160, 4.6, f"Delårsrapporten behandlades av regionstyrelsen den {dmy(A_DECIDED)} och överlämnas till "
               f"regionfullmäktige. Kontakt: {A_CONTACT[0]}, {A_CONTACT[1]}.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
