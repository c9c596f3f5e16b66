"""(b) Lidmora kommun – de förtroendevalda revisorernas granskningsrapport: intern kontroll i inköps- och
betalningsprocessen (2027).

Layout: DejaVu Serif text, DejaVu Sans headings and table, portrait, 3 pages, burgundy accent. P. 1 has no running
header: a FULL-WIDTH BURGUNDY RULE at the very top, "Lidmora kommun · De förtroendevalda revisorerna" in small
type, the title, a ONE-LINE META STRIP BETWEEN TWO HAIRLINES (Granskningsrapport nr, datum, biträde),
"Sammanfattning" SET IN TWO JUSTIFIED COLUMNS WITH A THIN VERTICAL RULE BETWEEN THEM, and "Rekommendationer" as a
list whose labels "R1" … "R5" stand in WHITE TYPE IN BURGUNDY TABS at the left margin, each item followed by a small
grey "Riktas till: …" line. P. 2: "Iakttagelser" with competing figures in running text (1 486 mnkr, 3 214
suppliers, 58 730 invoices; contract loyalty 76 vs 71 procent and the target 85; two double payments of 184 600 kr
of which 122 000 kr repaid) and Tabell 1, the controls examined: VERTICAL HAIRLINES BETWEEN ALL COLUMNS AND NO
HORIZONTAL RULES IN THE BODY, a heading row over a DOUBLE RULE, each control group as a PALE BAND WITH ITS LETTER IN A
DARK SQUARE, and the assessment as a DRAWN THREE-STEP SCALE (three small boxes, three / two / one filled) before the
word. THE TABLE BREAKS AFTER B3 ("Tabellen fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)" and the
heading row, then the counts, the passage on the supplier register, the auditors' assessment and signatures. The
metadata has no title.
"""
import datetime as dt

from common37 import HERE, Doc
from data import (B_GROUPS, B_CONTROLS, B_BREAK_AFTER, B_PAID, B_LOYALTY, B_DOUBLE, B_PASSAGE, B_RECS, B_DATE,
                  B_AUDITORS, B_EXPERT, B_FIRM, b_group_of, b_counts, b_samples, g, dmy)

OUT = HERE / "lidmora-granskning-inkop-och-betalningar-2027.pdf"
ACC = (120, 28, 48)
GREY = (105, 105, 105)
RECIPIENTS = ["Kommunstyrelsen", "Samtliga nämnder", "Kommunstyrelsen", "Kommunstyrelsen", "Kommunstyrelsen"]

pdf = Doc("Lidmora kommun · Revisorerna", "Granskningsrapport 2027:3", "{p} (3)", font="dejavu", serif=True,
          accent=ACC, foot="Intern kontroll i inköps- och betalningsprocessen",
          created=dt.datetime(2027, 4, 21, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 0, 210, 4, style="F")
pdf.set_xy(22, 14)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, "Lidmora kommun · De förtroendevalda revisorerna", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Serif", "B", 19)
pdf.multi_cell(0, 8.5, "Intern kontroll i inköps- och betalningsprocessen", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.hline(22, 188, y, 0.15, GREY)
pdf.set_xy(22, y + 1.2)
pdf.set_font("Sans", "", 8.2)
pdf.cell(0, 4.6, f"Granskningsrapport 2027:3   |   {dmy(B_DATE)}   |   Sakkunnigt biträde: {B_FIRM}")
pdf.hline(22, 188, y + 7, 0.15, GREY)
pdf.set_y(y + 12)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
col1 = ("Vi har granskat om kommunstyrelsen och nämnderna har en tillräcklig intern kontroll i processen från "
        "beställning till betalning. Granskningen omfattar leverantörsregistret, attester, utbetalningar och den "
        "uppföljning som kommunstyrelsen gör av avtalstroheten. Vi har gått igenom rutiner och gjort stickprov i "
        "ekonomisystemet för perioden januari–december 2026.")
col2 = ("Vår sammanfattande bedömning är att den interna kontrollen delvis är tillräcklig. Attesterna fungerar i "
        "huvudsak, men leverantörsregistret hålls inte aktuellt och en stor del av inköpen görs utanför avtal. "
        "Kommunstyrelsen har inte följt upp avtalstroheten under året. Vi lämnar därför fem rekommendationer.")
y = pdf.get_y()
cw = 79
pdf.set_font("Serif", "", 9.6)
pdf.set_xy(22, y)
pdf.multi_cell(cw, 4.9, col1, align="J", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_xy(22 + cw + 8, y)
pdf.multi_cell(cw, 4.9, col2, align="J", new_x="LMARGIN", new_y="NEXT")
y2 = pdf.get_y()
pdf.vline(22 + cw + 4, y, max(y1, y2) - 1, 0.15, GREY)
pdf.set_y(max(y1, y2) + 6)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Rekommendationer", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
for k, (rec, to) in enumerate(zip(B_RECS, RECIPIENTS), 1):
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(22, y, 10, 5.4, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(22, y + 0.2)
    pdf.cell(10, 5, f"R{k}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.8)
    pdf.set_xy(35, y + 0.3)
    pdf.multi_cell(153, 5, rec, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(35)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, f"Riktas till: {to}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.2)

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("Iakttagelser", size=12.5)
pdf.p(f"Kommunen betalade under 2026 ut {g(B_PAID[0])} mnkr till {g(B_PAID[1])} leverantörer. Sammanlagt "
      f"hanterades {g(B_PAID[2])} leverantörsfakturor. Enligt kommunstyrelsens egen mätning var avtalstroheten "
      f"{B_LOYALTY[1]} procent 2026, jämfört med {B_LOYALTY[0]} procent 2025. Målet i upphandlingspolicyn är "
      f"{B_LOYALTY[2]} procent.", size=9.8)
pdf.p(f"Vid vår genomgång hittade vi {'två' if B_DOUBLE[0] == 2 else B_DOUBLE[0]} dubbelbetalningar om sammanlagt {g(B_DOUBLE[1])} kronor. Av "
      f"beloppet har {g(B_DOUBLE[2])} kronor betalats tillbaka av leverantörerna, resten är fortfarande "
      f"fordringar.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Granskade kontrollmoment och bedömning", new_x="LMARGIN", new_y="NEXT")
W = [12, 84, 18, 19, 33]
AL = ["L", "L", "R", "R", "L"]
HEAD = ["Nr", "Kontrollmoment", "Stick- prov", "Avvi- kelser", "Bedömning"]
X0 = 22


def scale(x, y, level):
    for k in range(3):
        if k < level:
            pdf.set_fill_color(*ACC)
            pdf.rect(x + k * 2.3, y, 1.8, 2.6, style="FD")
        else:
            pdf.set_draw_color(*ACC)
            pdf.rect(x + k * 2.3, y, 1.8, 2.6)
    pdf.set_draw_color(0, 0, 0)


def heading():
    y = pdf.get_y()
    pdf.hline(X0, X0 + sum(W), y, 0.4)
    h = pdf.row(X0, y + 0.4, W, AL, HEAD, font="Sans", style="B", size=8, lh=3.8, vpad=0.8)
    y += h + 0.6
    pdf.hline(X0, X0 + sum(W), y, 0.25)
    pdf.hline(X0, X0 + sum(W), y + 0.8, 0.25)
    pdf.set_y(y + 1.2)
    return y - h


BANDS = []


def vrules(y0, y1):
    """vertical hairlines between the columns, interrupted by the group bands"""
    cuts = sorted(b for b in BANDS if y0 <= b[0] < y1)
    segs, cur = [], y0
    for b0, b1 in cuts:
        segs.append((cur, b0))
        cur = b1
    segs.append((cur, y1))
    x = X0
    for w in W[:-1]:
        x += w
        for s0, s1 in segs:
            pdf.vline(x, s0, s1, 0.1, (150, 150, 150))


top = heading()
LEVEL = {"Uppfyllt": 3, "Delvis uppfyllt": 2, "Ej uppfyllt": 1}
for letter, name in B_GROUPS:
    grp = [c for c in B_CONTROLS if b_group_of(c) == letter]
    if pdf.get_y() > 240:
        vrules(top, pdf.get_y())
        pdf.set_font("Sans", "I", 8)
        pdf.cell(0, 5, "Tabellen fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
        top = heading()
    y = pdf.get_y()
    pdf.set_fill_color(246, 236, 238)
    pdf.rect(X0, y, sum(W), 6, style="F")
    BANDS.append((y, y + 6))
    pdf.set_fill_color(*ACC)
    pdf.rect(X0 + 1.5, y + 1, 4, 4, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 7.4)
    pdf.set_xy(X0 + 1.5, y + 1.1)
    pdf.cell(4, 3.8, letter, align="C")
    pdf.set_text_color(*ACC)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(X0 + 8, y + 0.7)
    pdf.cell(100, 4.6, name)
    pdf.set_text_color(0, 0, 0)
    y += 6.8
    for c in grp:
        cells = [c[0], c[1], "–" if c[2] is None else str(c[2]), "–" if c[3] is None else str(c[3]),
                 "        " + c[4]]
        h = pdf.row(X0, y, W, AL, cells, font="Sans", size=8.3, lh=4.1, vpad=1.2)
        scale(X0 + sum(W[:4]) + 1.3, y + 1.9, LEVEL[c[4]])
        y += h
    pdf.set_y(y + 0.6)
    if letter == B_BREAK_AFTER[0]:
        vrules(top, pdf.get_y())
        pdf.hline(X0, X0 + sum(W), pdf.get_y(), 0.4)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(0, 6, "Tabellen fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
        top = heading()
vrules(top, pdf.get_y())
pdf.hline(X0, X0 + sum(W), pdf.get_y(), 0.4)
pdf.ln(2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "Skala: tre fyllda rutor = Uppfyllt, två = Delvis uppfyllt, en = Ej uppfyllt. "
               "\"–\" = kontrollmomentet har bedömts genom intervjuer och dokumentstudier utan stickprov.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
cnt = b_counts()
ns, na = b_samples()
words = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 11: "elva"}
pdf.h2("Samlad bedömning av kontrollmomenten")
pdf.p(f"Av de {words[len(B_CONTROLS)]} kontrollmomenten bedömer vi {words[cnt['Uppfyllt']]} som uppfyllda, "
      f"{words[cnt['Delvis uppfyllt']]} som delvis uppfyllda och {words[cnt['Ej uppfyllt']]} som ej uppfyllda. "
      f"I de {ns} stickproven fann vi sammanlagt {na} avvikelser.", size=9.8)
pdf.p(f"Leverantörsregistret innehåller många leverantörer som inte har använts på länge. De spärras inte eftersom "
      f"{B_PASSAGE}. Det ökar risken för felaktiga utbetalningar.", size=9.8)
pdf.h2("Revisorernas bedömning")
pdf.p("Revisorerna bedömer att kommunstyrelsen inte fullt ut har säkerställt en tillräcklig intern kontroll i "
      "inköps- och betalningsprocessen. Rapporten överlämnas till kommunstyrelsen och nämnderna, som ska lämna "
      "svar senast den 30 juni 2027.", size=9.8)
pdf.ln(2)
pdf.p(f"Lidmora den {dmy(B_DATE)}", size=9.8)
pdf.sign_lines([f"{B_AUDITORS[0]}\nOrdförande", f"{B_AUDITORS[1]}\nVice ordförande",
                f"{B_EXPERT[0]}\n{B_EXPERT[1].capitalize()}, {B_FIRM}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
