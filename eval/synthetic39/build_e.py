"""(e) Orrmåla kommun – vård- och omsorgsnämnden: brukarundersökningen i äldreomsorgen 2026 ("Vad tycker de äldre
om äldreomsorgen?"), resultat per enhet.

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow tables; pp. 1 and 3 portrait, P. 2
LANDSCAPE; 3 pages, sea-green accent. P. 1 has no running header: a FILLED RIGHT TRIANGLE IN THE TOP LEFT CORNER of
the page beside the municipality and the committee, the title as a question over a subtitle, "Om undersökningen"
as a FRAMED 2 × 3 GRID OF LABELLED FACTS (small grey label over the value in each cell), "Resultat i korthet" with
competing figures in running text (home care 87 % satisfied vs the national 88 % and 85 % in 2025; care homes 80 %
vs 81 % and 82 % in 2025; the best and the weakest unit) and a "Läsanvisning" paragraph explaining that the national
averages stand in the column headings. P. 2 (landscape): Tabell 1 (hemtjänst) and Tabell 2 (särskilt boende), each
with a THREE-LEVEL STACKED HEADING – "Andel positiva svar, %" spanning the four questions, the question wording in
two lines, and under every question a TINTED HEADING LINE "Riket nn" with the NATIONAL AVERAGE – so the national
figure exists only in the headings, not as a row; cells BELOW THE NATIONAL AVERAGE SHADED SAND; the municipal total
of each table in bold between rules; notes. P. 3: Figur 1, HORIZONTAL BARS of the overall satisfaction per unit in
two groups, each group with a DOTTED VERTICAL LINE AT ITS NATIONAL AVERAGE labelled "Riket", the value printed at
the end of each bar; comments (the passage on Uddagården), "Förbättringsområden 2027" as a BULLETED LIST WITH
NESTED ITEMS, decision and contact. Metadata title set.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (E_HT_COLS, E_SB_COLS, E_HT, E_SB, E_PREV, E_PASSAGE, E_DECIDED, E_CONTACT, E_HEAD, E_PERIOD,
                  e_tot, e_sent, dmy)

OUT = HERE / "orrmala-aldreomsorg-brukarundersokning-2026.pdf"
SEA = (20, 104, 96)
SAND = (243, 226, 196)
TINT = (222, 238, 235)
GREY = (105, 105, 105)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*SEA)
            self.polygon([(0, 0), (34, 0), (0, 34)], style="F")
            self.set_xy(38, 12)
            self.set_font("Sans", "B", 12)
            self.set_text_color(*SEA)
            self.cell(100, 6, "Orrmåla kommun")
            self.set_xy(38, 18)
            self.set_font("Sans", "", 8.6)
            self.set_text_color(*GREY)
            self.cell(100, 5, "Vård- och omsorgsnämnden · Äldreomsorgen")
            self.set_text_color(0, 0, 0)
            self.set_y(38)
            return
        super().header()


pdf = EDoc("Orrmåla kommun", "Brukarundersökningen i äldreomsorgen 2026", "Sida {p} av 3", font="liberation",
           serif=True, accent=SEA, foot="Orrmåla kommun · Vård- och omsorgsnämnden",
           title="Orrmåla kommun – Vad tycker de äldre om äldreomsorgen 2026", author="Orrmåla kommun",
           created=dt.datetime(2026, 11, 4, 13, 0, tzinfo=dt.timezone.utc), justify=True)

ht, sb = e_tot(E_HT), e_tot(E_SB)
# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 21)
pdf.multi_cell(150, 9, "Vad tycker de äldre om äldreomsorgen?", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.set_text_color(*SEA)
pdf.cell(0, 7, "Resultat per enhet i Orrmåla kommun 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Om undersökningen")
facts = [("Genomförd av", "Socialstyrelsen, på uppdrag av regeringen"), ("Period", E_PERIOD),
         ("Målgrupp", "Personer 65 år och äldre med hemtjänst eller särskilt boende"),
         ("Svarande hemtjänst", f"{ht[0]} personer ({ht[1]} procent)"),
         ("Svarande särskilt boende", f"{sb[0]} personer ({sb[1]} procent)"),
         ("Jämförelse", "Rikets genomsnitt och kommunens resultat 2025")]
gx, gy = 22, pdf.get_y() + 1
cw, ch = 166 / 3, 15
pdf.set_draw_color(*SEA)
pdf.set_line_width(0.3)
pdf.rect(gx, gy, 166, 2 * ch, style="D")
pdf.line(gx, gy + ch, gx + 166, gy + ch)
for k in (1, 2):
    pdf.line(gx + k * cw, gy, gx + k * cw, gy + 2 * ch)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
for i, (lab, val) in enumerate(facts):
    cx, cy = gx + (i % 3) * cw, gy + (i // 3) * ch
    pdf.set_xy(cx + 2, cy + 1.5)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*GREY)
    pdf.cell(cw - 4, 3.5, lab)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(cx + 2, cy + 5.5)
    pdf.set_font("Sans", "B", 8.4)
    pdf.multi_cell(cw - 4, 3.9, val, align="L")
pdf.set_y(gy + 2 * ch + 6)
pdf.h1("Resultat i korthet")
best = max(E_HT + E_SB, key=lambda u: u[3][0])
worst = min(E_HT + E_SB, key=lambda u: u[3][0])
pdf.p(f"I hemtjänsten är {ht[2][0]} procent nöjda med hemtjänsten som helhet. Det är något lägre än rikets "
      f"genomsnitt på {E_HT_COLS[0][2]} procent men högre än kommunens resultat 2025, som var {E_PREV['hemtjänst']} "
      f"procent.", size=10.2)
pdf.p(f"På de särskilda boendena är {sb[2][0]} procent nöjda med sitt boende som helhet, jämfört med "
      f"{E_SB_COLS[0][2]} procent i riket och {E_PREV['boende']} procent i kommunen året innan. Resultatet har "
      f"alltså sjunkit något.", size=10.2)
pdf.p(f"Högst andel nöjda har {best[0]} med {best[3][0]} procent och lägst har {worst[0]} med {worst[3][0]} procent. "
      f"Skillnaderna mellan enheterna är större på de särskilda boendena än i hemtjänsten.", size=10.2)
pdf.h2("Läsanvisning")
pdf.p("Tabellerna visar andelen positiva svar per enhet. Rikets genomsnitt för varje fråga står i tabellhuvudet, "
      "under frågan. Resultat för enheter med färre än tio svar redovisas inte; alla enheter i Orrmåla har "
      "tillräckligt många svar.", size=10)

# ---------------------------------------------------------------- p. 2 landscape tables
pdf.add_page(orientation="L")
X0 = 22
WID = [58, 24, 26, 36, 36, 36, 37]
AL = ["L", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)


def survey_table(caption, first, cols, units, total_label, y):
    pdf.set_xy(X0, y)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*SEA)
    pdf.cell(TW, 5, caption)
    pdf.set_text_color(0, 0, 0)
    y += 7
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(xs[3], y)
    pdf.cell(xs[7] - xs[3], 4.4, "Andel positiva svar, %", align="C")
    pdf.hline(xs[3] + 2, xs[7] - 2, y + 4.8, 0.35, SEA)
    y += 5.6
    head = [first, "Svarande, antal", "Svarsfrekvens, %"] + [f"{a}\n{b}" for a, b, _ in cols]
    h = pdf.row(X0, y, WID, AL, head, font="Cond", size=8.6, style="B")
    y += h
    riket = ["", "", ""] + [f"Riket {r}" for _, _, r in cols]
    hr = pdf.row_h(WID, riket, font="Cond", size=8.2, style="I")
    pdf.set_fill_color(*TINT)
    pdf.rect(xs[3], y, xs[7] - xs[3], hr, style="F")
    pdf.row(X0, y, WID, AL, riket, font="Cond", size=8.2, style="I", color=SEA)
    y += hr
    pdf.hline(X0, X0 + TW, y + 0.2, 0.8, SEA)
    y += 0.8
    for u in units:
        cells = [u[0], str(u[1]), str(u[2])] + [str(v) for v in u[3]]
        hh = pdf.row_h(WID, cells, font="Cond", size=9.2) + 0.6
        for k, v in enumerate(u[3]):
            if v < cols[k][2]:
                pdf.set_fill_color(*SAND)
                pdf.rect(xs[3 + k] + 0.4, y + 0.3, WID[3 + k] - 0.8, hh - 0.6, style="F")
        pdf.row(X0, y, WID, AL, cells, font="Cond", size=9.2, h=hh)
        pdf.hline(X0, X0 + TW, y + hh, 0.1, (195, 195, 195))
        y += hh
    t = e_tot(units)
    cells = [total_label, str(t[0]), str(t[1])] + [str(v) for v in t[2]]
    pdf.hline(X0, X0 + TW, y + 0.3, 0.4)
    hh = pdf.row(X0, y + 0.6, WID, AL, cells, font="Cond", size=9.2, style="B")
    y += hh + 1
    pdf.hline(X0, X0 + TW, y, 0.4)
    return y


y = survey_table("Tabell 1 Hemtjänst – resultat per hemtjänstområde 2026", "Hemtjänstområde", E_HT_COLS, E_HT,
                 "Orrmåla kommun, hemtjänst", pdf.get_y() - 2)
y = survey_table("Tabell 2 Särskilt boende – resultat per boende 2026", "Boende", E_SB_COLS, E_SB,
                 "Orrmåla kommun, särskilt boende", y + 7)
pdf.set_fill_color(*SAND)
pdf.rect(X0, y + 3.4, 4, 3, style="F")
pdf.set_xy(X0 + 5.5, y + 2.6)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(TW - 6, 3.8, "Sandfärgad cell = resultatet är lägre än rikets genomsnitt för frågan. Kommunens värden "
               "är vägda med antalet svarande. Källa: Socialstyrelsen, Vad tycker de äldre om äldreomsorgen? 2026.",
               align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3 chart, comments
pdf.add_page(orientation="P")
pdf.h1("Figur 1 Andel nöjda som helhet per enhet 2026, procent")
bx, bmax = 76, 104          # bar origin and the length of 100 %
y = pdf.get_y() + 3
for label, units, riket in (("Hemtjänst", E_HT, E_HT_COLS[0][2]), ("Särskilt boende", E_SB, E_SB_COLS[0][2])):
    pdf.set_xy(22, y)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*SEA)
    pdf.cell(50, 5, label)
    pdf.set_text_color(0, 0, 0)
    y += 7
    y_top = y
    rx = bx + riket / 100 * bmax
    pdf.vline(rx, y_top - 2, y_top + 6.2 * len(units), 0.4, (60, 60, 60), dash=(0.6, 0.7))
    for u in units:
        pdf.set_xy(22, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.cell(52, 4.6, u[0], align="R")
        pdf.set_fill_color(*(SEA if u[3][0] >= riket else (120, 170, 164)))
        pdf.rect(bx, y + 0.3, u[3][0] / 100 * bmax, 4.2, style="F")
        pdf.set_xy(bx + u[3][0] / 100 * bmax + 1.2, y + 0.4)
        pdf.set_font("Sans", "B", 8.2)
        pdf.set_fill_color(255, 255, 255)
        pdf.cell(pdf.get_string_width(str(u[3][0])) + 1.4, 3.8, str(u[3][0]), fill=True)
        y += 6.2
    pdf.set_xy(rx - 10, y_top - 6)
    pdf.set_font("Sans", "I", 7.4)
    pdf.cell(20, 3.6, f"Riket {riket}", align="C")
    y += 4
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.cell(0, 4, "Mörkare stapel = i nivå med eller över rikets genomsnitt, ljusare stapel = under rikets genomsnitt.",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Kommentarer")
pdf.p(f"Uddagården har de lägsta resultaten bland de särskilda boendena för alla fyra frågorna. Enligt verksamheten beror det på att "
      f"{E_PASSAGE}. Köket öppnade igen i september.", size=10)
pdf.p("Hemtjänst Porsåsen har både den lägsta svarsfrekvensen och den lägsta andelen nöjda i hemtjänsten. Området "
      "fick en ny enhetschef i juni och har sedan dess infört fasta team för varje brukare.", size=10)
pdf.h1("Förbättringsområden 2027")
items = [
    ("Inflytande över när insatserna ges", ["brukarna erbjuds att välja tid för dusch och promenad",
                                            "genomförandeplanerna följs upp var tredje månad"]),
    ("Trygghet på de särskilda boendena", ["fasta nattpatruller införs på Uddagården och Riddarhöjden"]),
    ("Måltiderna på särskilt boende", ["måltidsombud utses på varje avdelning", "kosten anpassas efter önskemål"]),
]
for main, subs in items:
    pdf.set_x(24)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(5, 5.2, "•")
    pdf.multi_cell(150, 5.2, main, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(31)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(5, 5, "◦")
        pdf.multi_cell(145, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)
pdf.p(f"Vård- och omsorgsnämnden tog del av resultaten den {dmy(E_DECIDED)}. Kontakt: {E_CONTACT[0]}, "
      f"{E_CONTACT[1]}; ansvarig: {E_HEAD[0]}, {E_HEAD[1]}.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
