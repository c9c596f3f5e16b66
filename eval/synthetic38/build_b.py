"""(b) Fjällbrinka kommun – socialnämndens internkontrollplan 2027 med uppföljning av internkontrollen 2026.

Layout: DejaVu Sans headings, DejaVu Serif text, portrait, 4 pages. P. 1 has no running header: the municipality and
"Socialnämnden" at the left and a FRAMED "ANTAGEN" STAMP BOX at the right (the word in spaced capitals over the date
and the paragraph), the title over a short thick accent rule, an introduction with competing counts in running
text (12 controls vs 10 in 2026, two new; ten controls followed up: four without, four with minor and two with
significant deviations), how the risk value is formed and when controls are reported. Pp. 2–3: "Kontrollplan 2027"
as CONTROL CARDS, not a table: every process is a caption in accent capitals with a thin rule running to the right
margin and the number of controls in grey; every control is a FRAMED CARD with a TINTED HEADER STRIP (the control
number and the risk in bold, and the risk value as a WHITE NUMBER IN A DARK SQUARE BADGE at the right) over a
two-column body of small grey labels beside their values (Kontrollmoment, Ansvarig, Frekvens, S × K). New controls
carry a small outlined "NY" tag. P. 4 (and the end of p. 3): Tabell 2, the follow-up of 2026 (Nr / Kontroll /
Granskat / Avvikelser / Bedömning / Åtgärd) with DRAWN HARVEY BALLS (empty, half, full circle) before the
assessment word, zebra rows and no vertical rules; the heading is repeated if the table breaks. Then the comments
(the passage on staff turnover), the decision as att-clauses and the contact. No metadata title.
"""
import datetime as dt

from common38 import HERE, Doc
from data import (B_CONTROLS, B_PROCESSES, B_NEW, B_PREV_COUNT, B_FOLLOW, B_LEVELS, B_PASSAGE, B_DECIDED,
                  B_CONTACT, B_CLERK, b_rv, b_counts, dmy)

OUT = HERE / "fjallbrinka-sn-internkontrollplan-2027.pdf"
ACC = (122, 40, 74)
TINT = (246, 236, 241)
GREY = (110, 110, 110)
WORD = {0: "inga", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 10: "tio", 12: "tolv"}

pdf = Doc("Fjällbrinka kommun", "Socialnämnden", "Sida {p} av 4", font="dejavu", serif=True, accent=ACC,
          foot="Internkontrollplan 2027 · Dnr SN 2027/14",
          created=dt.datetime(2027, 1, 28, 8, 30, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)
pdf.set_margins(22, 25, 22)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(22, 16)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*ACC)
pdf.cell(90, 7, "Fjällbrinka kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.cell(90, 5, "Socialnämnden", new_x="LMARGIN", new_y="NEXT")
# stamp box
sx, sy, sw, sh = 140, 13, 48, 20
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.rect(sx, sy, sw, sh)
pdf.set_line_width(0.2)
pdf.rect(sx + 1.2, sy + 1.2, sw - 2.4, sh - 2.4)
pdf.set_text_color(*ACC)
pdf.set_font("Sans", "B", 11)
pdf.set_xy(sx, sy + 2.5)
pdf.cell(sw, 6, "A N T A G E N", align="C")
pdf.set_font("Sans", "", 8)
pdf.set_xy(sx, sy + 9)
pdf.cell(sw, 4, f"Socialnämnden {B_DECIDED.isoformat()}", align="C")
pdf.set_xy(sx, sy + 13)
pdf.cell(sw, 4, "§ 7 · Dnr SN 2027/14", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(44)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Internkontrollplan 2027 med uppföljning av 2026", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_fill_color(*ACC)
pdf.rect(22, pdf.get_y() + 1.5, 28, 1.4, style="F")
pdf.ln(7)
n = len(B_CONTROLS)
cnt = b_counts()
pdf.h2("Inledning")
pdf.p(f"Socialnämnden ska varje år anta en plan för den interna kontrollen och följa upp föregående års plan. "
      f"Planen för 2027 omfattar {WORD[n]} kontrollmoment, jämfört med {WORD[B_PREV_COUNT]} i planen för 2026. "
      f"{WORD[len(B_NEW)].capitalize()} kontrollmoment är nya: uppföljningen av personalomsättningen bland "
      f"socialsekreterarna och kontrollen av hur känsliga personuppgifter skickas med e-post.")
pdf.p("Riskerna har bedömts av ledningsgruppen vid två workshoppar under hösten. Varje risk har fått ett värde för "
      "sannolikhet och ett för konsekvens på en skala från 1 till 4. Riskvärdet är produkten av de två. Risker med "
      "riskvärde 12 eller högre redovisas till nämnden i varje delårsrapport, övriga i samband med årsbokslutet.")
pdf.h2("Uppföljningen av 2026 i korthet")
pdf.p(f"Under 2026 genomfördes {WORD[len(B_FOLLOW)]} kontroller. {WORD[cnt['Utan avvikelse']].capitalize()} av dem "
      f"visade inga avvikelser, {WORD[cnt['Mindre avvikelser']]} visade mindre avvikelser och "
      f"{WORD[cnt['Väsentliga avvikelser']]} visade väsentliga avvikelser. Resultatet av varje kontroll redovisas i "
      f"tabell 2 i slutet av dokumentet.")
pdf.h2("Så läses kontrollplanen")
pdf.bullets([
    "Kontrollerna är ordnade efter process. Varje kontroll visas som ett kort.",
    "Siffran i den mörka rutan är riskvärdet, det vill säga sannolikhet gånger konsekvens.",
    "Kontroller märkta NY finns inte med i planen för 2026.",
], size=9.6)
pdf.ln(2)
pdf.p(f"Handläggare: {B_CLERK}, kvalitetsutvecklare", size=9)

# ---------------------------------------------------------------- pp. 2–3 control cards
pdf.add_page()
pdf.h1("Kontrollplan 2027")
X0, W = 22, 166
LBL = GREY


def process_caption(name, k):
    pdf.need(40)
    y = pdf.get_y() + 2
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*ACC)
    pdf.set_xy(X0, y)
    t = name.upper()
    pdf.cell(pdf.get_string_width(t) + 2, 5, t)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    lab = f"{k} kontrollmoment"
    pdf.cell(pdf.get_string_width(lab) + 2, 5, lab)
    x_end = pdf.get_x() + 1
    pdf.set_text_color(0, 0, 0)
    pdf.hline(x_end, X0 + W, y + 2.8, 0.3, ACC)
    pdf.set_y(y + 7.5)


def kv_line(x, y, w, label, value):
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*LBL)
    pdf.set_xy(x, y)
    pdf.cell(24, 4.2, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 8.6)
    lines = pdf.multi_cell(w - 25, 4.2, value, dry_run=True, output="LINES")
    for i, ln in enumerate(lines):
        pdf.set_xy(x + 24, y + i * 4.2)
        pdf.cell(w - 25, 4.2, ln)
    return len(lines) * 4.2


def card(c):
    pdf.need(32)
    y = pdf.get_y()
    hh = 7.5
    # body height
    bw = (W - 6) / 2
    pdf.set_font("Serif", "", 8.6)
    n1 = len(pdf.multi_cell(bw - 25, 4.2, c[3], dry_run=True, output="LINES"))
    n2 = len(pdf.multi_cell(bw - 25, 4.2, c[4], dry_run=True, output="LINES"))
    body = max(n1 + 1, n2 + 1) * 4.2 + 3.5
    pdf.set_fill_color(*TINT)
    pdf.rect(X0, y, W, hh, style="F")
    pdf.set_draw_color(190, 160, 175)
    pdf.rect(X0, y, W, hh + body)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(X0 + 2, y + 1.5)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(10, 4.5, c[0])
    pdf.cell(W - 40, 4.5, c[2])
    if c[0] in B_NEW:
        tx = X0 + 12 + pdf.get_string_width(c[2]) + 3
        pdf.set_draw_color(*ACC)
        pdf.rect(tx, y + 2, 8, 3.6)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_font("Sans", "B", 6.2)
        pdf.set_text_color(*ACC)
        pdf.set_xy(tx, y + 2.1)
        pdf.cell(8, 3.4, "NY", align="C")
        pdf.set_text_color(0, 0, 0)
    # badge
    pdf.set_fill_color(*ACC)
    pdf.rect(X0 + W - 18, y + 0.9, 16, 5.7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_xy(X0 + W - 18, y + 1.3)
    pdf.cell(16, 5, f"RV {b_rv(c)}", align="C")
    pdf.set_text_color(0, 0, 0)
    yb = y + hh + 1.8
    kv_line(X0 + 2, yb, bw, "Kontrollmoment", c[3])
    kv_line(X0 + 2, yb + (n1 * 4.2), bw, "Frekvens", c[5])
    kv_line(X0 + 4 + bw, yb, bw, "Ansvarig", c[4])
    kv_line(X0 + 4 + bw, yb + (n2 * 4.2), bw, "S × K", f"{c[6]} × {c[7]}")
    pdf.set_y(y + hh + body + 3.2)


for pr in B_PROCESSES:
    cs = [c for c in B_CONTROLS if c[1] == pr]
    process_caption(pr, len(cs))
    for c in cs:
        card(c)

# ---------------------------------------------------------------- follow-up table
pdf.ln(3)
pdf.need(70)
pdf.h1("Uppföljning av internkontrollen 2026")
FW = [8, 42, 25, 19, 5.5, 29, 37.5]
FA = ["L", "L", "L", "R", "L", "L", "L"]
FT = sum(FW)
HEAD = ["Nr", "Kontroll", "Granskat", "Avvikelser", "", "Bedömning", "Åtgärd"]


def f_head(caption):
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y = pdf.get_y()
    h = pdf.row(X0, y, FW, FA, HEAD, style="B", size=7.4, color=ACC, font="Cond")
    pdf.hline(X0, X0 + FT, y + h, 0.7, ACC)
    pdf.set_y(y + h + 0.6)


def harvey(x, y, level):
    r = 1.7
    pdf.set_draw_color(60, 60, 60)
    pdf.set_fill_color(60, 60, 60)
    pdf.set_line_width(0.3)
    if level == "Väsentliga avvikelser":
        pdf.circle(x + r, y + r, r, style="DF")
    else:
        pdf.circle(x + r, y + r, r, style="D")
        if level == "Mindre avvikelser":
            pdf.solid_arc(x, y, 2 * r, 90, 270, clockwise=False, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


f_head("Tabell 2 Resultat av kontrollerna 2026")
broke = None
for k, f in enumerate(B_FOLLOW):
    cells = [f[0], f[1], f[2], str(f[3]), "", f[4], f[5]]
    h = pdf.row_h(FW, cells, size=8.6, font="Cond")
    if pdf.get_y() + h > pdf.h - 30:
        pdf.set_font("Sans", "I", 7.8)
        pdf.cell(FT, 4, "Tabellen fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        f_head("Tabell 2 (forts.)")
        broke = B_FOLLOW[k - 1][0]
    y = pdf.get_y()
    if k % 2 == 0:
        pdf.set_fill_color(248, 244, 246)
        pdf.rect(X0, y, FT, h, style="F")
    harvey(X0 + sum(FW[:4]) + 1.2, y + 1.3, f[4])
    pdf.row(X0, y, FW, FA, cells, size=8.6, h=h, font="Cond")
    pdf.hline(X0, X0 + FT, y + h, 0.1, (200, 200, 200))
    pdf.set_y(y + h)
pdf.ln(2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(FT, 3.8, "Tom cirkel = utan avvikelse, halvfylld cirkel = mindre avvikelser, fylld cirkel = "
               "väsentliga avvikelser.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
pdf.p("De väsentliga avvikelserna gällde förhandsbedömningar som inte gjordes i tid och placeringar i familjehem "
      "som anlitats utan avtal. Båda riskerna finns kvar i planen för 2027.")
pdf.p(f"Uppföljningen av personalomsättningen förs in i planen eftersom {B_PASSAGE}.")
pdf.att_list("Socialnämnden beslutar", [
    "anta internkontrollplanen för 2027,",
    "godkänna uppföljningen av internkontrollplanen för 2026, samt",
    "ge förvaltningen i uppdrag att redovisa åtgärderna för de väsentliga avvikelserna senast i juni 2027.",
])
pdf.p(f"Kontaktperson: {B_CONTACT[0]}, {B_CONTACT[1]}", size=9)
print("follow-up table broke after row", broke)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
