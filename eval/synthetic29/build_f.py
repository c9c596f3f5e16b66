"""(f) Orvika kommun – kultur- och fritidsnämnden: föreningsbidrag 2027 (tjänsteskrivelse, SCANNED bilaga 1 with the
proposed distribution, bilaga 2 with the grant forms and the grants of 2024–2026).

Layout: DejaVu Sans; portrait, 3 pages. P. 1: a tjänsteskrivelse whose head is a TWO-PART BLOCK SPLIT BY A VERTICAL
ACCENT RULE (sender left; "Tjänsteskrivelse", date, Dnr and handläggare right), the title, the proposal as
att-clauses in a light box, "Sammanfattning" with counts only (16 applications from 14 associations, 10 / 4 / 2),
"Ärendet" with the frame (680 000 kr vs 650 000 kr in 2026) and the remainder (35 500 kr), "Förvaltningens
bedömning" and "Beslutsunderlag" as a "–" list. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: bilaga 1, the
proposed distribution signed by the förvaltning – a FRAMED "BILAGA 1" LABEL at the top right, the sender lines over
a rule, the heading, a FULLY RULED GRANT TABLE with a shaded two-line heading and a DOUBLE VERTICAL RULE before the
amount columns (Förening / Bidragsform / Sökt belopp, kr / Beviljat belopp, kr / Beslut: Bifall, Delvis bifall,
Avslag), a bold Summa row, a count line, three "Anm." notes and a signature; it is rendered with PIL at 200 dpi,
ROTATED −0.6°, blurred, with paper tone, grain, specks, a scanner shadow, TWO PUNCHED HOLES in the left margin and a
FOLD LINE, and placed as one JPEG on a page without running header or footer. P. 3: bilaga 2 – the three grant
forms as a table with horizontal rules (Bidragsform / Vem kan söka / Beräkning / Högsta belopp) and Tabell 2, the
grants per form 2024 / 2025 / 2026 in kr with a bold Summa row, and a short comment. None of the associations or
amounts of the scanned page is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common29 import HERE, Doc, nb
from data import (F_FRAME, F_FRAME_2026, F_DEADLINE, F_SKRIVELSE, F_MEETING, F_HISTORY, F_KINDS, f_counts,
                  f_rest, f_hist_total, f_scan_blocks, g, dmy)
from scan29 import render_scan

OUT = HERE / "orvika-kfn-foreningsbidrag-2027.pdf"
ACC = (40, 80, 140)
pdf = Doc("Orvika kommun", "Kultur- och fritidsförvaltningen", "{p} (3)", font="dejavu", accent=ACC,
          foot="Orvika kommun · Kultur- och fritidsförvaltningen · Dnr KFN 2027/14",
          created=dt.datetime(2027, 3, 8, 10, 45, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
N, ASSOC, BIF, DLV, AVS = f_counts()
WORD = {2: "två", 4: "fyra", 10: "tio", 14: "fjorton", 16: "sexton"}

# ---------------------------------------------------------------- p. 1 tjänsteskrivelse
pdf.add_page()
pdf.set_y(16)
y0 = pdf.get_y()
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(95, 6.5, "ORVIKA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(95, 4.8, "Kultur- och fritidsförvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.cell(95, 4.8, "Till kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.7)
pdf.line(118, y0, 118, y0 + 22)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
for k, (a, b) in enumerate((("", "TJÄNSTESKRIVELSE"), ("Datum", F_SKRIVELSE.isoformat()), ("Dnr", "KFN 2027/14"),
                            ("Handläggare", "Agnes Falkén, föreningsutvecklare"))):
    pdf.set_xy(122, y0 + k * 5.4)
    if not a:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(66, 5, b)
        continue
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(20, 5, a)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(50, 5, b)
pdf.set_y(y0 + 30)
pdf.set_font("Sans", "B", 16)
pdf.multi_cell(0, 7.2, "Fördelning av föreningsbidrag 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
att = ["fördela verksamhetsbidrag, lokalbidrag och arrangemangsbidrag för 2027 enligt bilaga 1, och",
       "de medel som återstår av ramen får användas till arrangemangsbidrag som söks löpande under året."]
pdf.set_fill_color(236, 241, 249)
pdf.rect(20, y, 170, 26, style="F")
pdf.set_xy(24, y + 2.5)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(24)
pdf.set_font("Sans", "", 9.6)
pdf.multi_cell(162, 4.8, "Kultur- och fritidsnämnden beslutar", align="L", new_x="LMARGIN", new_y="NEXT")
for t in att:
    pdf.set_x(24)
    pdf.cell(9, 4.8, "att")
    pdf.multi_cell(153, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 31)
pdf.h1("Sammanfattning", size=12)
pdf.p(f"Till sista ansökningsdag den {dmy(F_DEADLINE)} kom det in {WORD[N]} ansökningar från {WORD[ASSOC]} "
      f"föreningar. Förvaltningen föreslår bifall till {WORD[BIF]} ansökningar, delvis bifall till {WORD[DLV]} och "
      f"avslag på {WORD[AVS]}. Förslaget per förening redovisas i bilaga 1, som är ett inskannat underlag med "
      "förvaltningens underskrift.", size=9.8)
pdf.h1("Ärendet", size=12)
pdf.p(f"Nämndens ram för föreningsbidrag är {g(F_FRAME)} kr för 2027, att jämföra med {g(F_FRAME_2026)} kr för "
      "2026. Bidragen fördelas enligt nämndens regler för verksamhetsbidrag, lokalbidrag och arrangemangsbidrag, "
      "som sammanfattas i bilaga 2.", size=9.8)
pdf.p(f"Förslaget ryms inom ramen. Efter fördelningen återstår {g(f_rest())} kr, som förvaltningen föreslår ska "
      "användas till arrangemangsbidrag som söks löpande under året.", size=9.8)
pdf.h1("Förvaltningens bedömning", size=12)
pdf.p("De flesta ansökningarna uppfyller reglerna och föreslås få det belopp som har sökts. I fyra fall föreslås "
      "ett lägre belopp än det sökta, eftersom ansökan omfattar kostnader som inte är bidragsberättigande eller "
      "överstiger högsta belopp. Två ansökningar föreslås få avslag. Skälen redovisas i anmärkningarna i bilaga 1.",
      size=9.8)
pdf.h2("Beslutsunderlag")
pdf.bullets([f"Tjänsteskrivelse {F_SKRIVELSE.isoformat()}",
             "Bilaga 1. Förslag till fördelning av föreningsbidrag 2027 (inskannad)",
             "Bilaga 2. Bidragsformer och beviljade bidrag 2024–2026"], sym="–", size=9.4, lh=4.7)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, f"Ärendet behandlas av kultur- och fritidsnämnden den {dmy(F_MEETING)}.", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 scanned bilaga 1 (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=-0.6, seed=29, left=170, right=150, top=150, punch=True,
                          fold=True))

# ---------------------------------------------------------------- p. 3 bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Bidragsformer och beviljade bidrag 2024–2026", size=12.5)
pdf.p("Föreningsbidrag kan sökas av ideella föreningar som har sitt säte i Orvika och som bedriver öppen "
      "verksamhet för barn, unga eller äldre. Ansökan ska lämnas senast den 15 februari varje år, utom för "
      "arrangemangsbidrag som också kan sökas löpande.", size=9.6)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Bidragsformer", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
forms = [("Verksamhetsbidrag", "Föreningar med regelbunden verksamhet för barn, unga eller äldre",
          "Grundbidrag och ett tillägg per sammankomst", "100 000 kr per år"),
         ("Lokalbidrag", "Föreningar som hyr eller äger lokaler för sin verksamhet", "Hyran eller "
          "driftkostnaden för den tid föreningen själv använder lokalen", "150 000 kr per år"),
         ("Arrangemangsbidrag", "Föreningar som ordnar arrangemang som är öppna för alla", "Högst 50 procent av "
          "underskottet", "20 000 kr per arrangemang")]
W = [43, 48, 43, 36]
XS = [20, 63, 111, 154]
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(["Bidragsform", "Vem kan söka", "Beräkning", "Högsta belopp"]):
    pdf.set_xy(XS[i] + 1, y + 1)
    pdf.cell(W[i] - 2, 4.4, h)
y += 6.4
pdf.set_line_width(0.5)
pdf.line(20, y, 190, y)
pdf.set_line_width(0.2)
for f in forms:
    hmax = 0
    for i, c in enumerate(f):
        pdf.set_font("Sans", "B" if i == 0 else "", 8.6)
        pdf.set_xy(XS[i] + 1, y + 1.4)
        pdf.multi_cell(W[i] - 2, 4.3, nb(c), align="L")
        hmax = max(hmax, pdf.get_y() - y)
    y += hmax + 1.6
    pdf.set_draw_color(190, 190, 190)
    pdf.line(20, y, 190, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 6)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Beviljade föreningsbidrag per bidragsform 2024–2026, kr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W2 = [70, 33, 33, 33]
X2 = [20, 90, 123, 156]
y = pdf.get_y() + 1
pdf.set_fill_color(226, 234, 246)
pdf.rect(20, y, 169, 6.4, style="F")
pdf.set_font("Sans", "B", 8.8)
for i, h in enumerate(["Bidragsform", "2024", "2025", "2026"]):
    pdf.set_xy(X2[i] + 1, y + 1)
    pdf.cell(W2[i] - 2, 4.4, h, align="L" if i == 0 else "R")
y += 6.4
rows = [[r[0], g(r[1]), g(r[2]), g(r[3])] for r in F_HISTORY]
rows.append(["Summa", g(f_hist_total(1)), g(f_hist_total(2)), g(f_hist_total(3))])
for k, r in enumerate(rows):
    last = k == len(rows) - 1
    if last:
        pdf.set_line_width(0.5)
        pdf.line(20, y, 189, y)
        pdf.set_line_width(0.2)
    for i, c in enumerate(r):
        pdf.set_font("Sans", "B" if last else "", 9)
        pdf.set_xy(X2[i] + 1, y + 1)
        pdf.cell(W2[i] - 2, 4.4, c, align="L" if i == 0 else "R")
    y += 6.4
    if not last:
        pdf.set_draw_color(200, 200, 200)
        pdf.line(20, y, 189, y)
        pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 5)
hist = {r[0]: r for r in F_HISTORY}
pdf.p(f"De beviljade bidragen har ökat varje år, från {g(f_hist_total(1))} kr 2024 till {g(f_hist_total(3))} kr "
      f"2026. Lokalbidraget är den största bidragsformen och utgjorde "
      f"{round(hist['Lokalbidrag'][3] / f_hist_total(3) * 100)} procent av bidragen 2026.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
