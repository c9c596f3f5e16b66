"""(f) Gunnarsvala kommun – kultur- och fritidsnämnden: fritidsgårdarnas verksamhet 2026 (verksamhetsberättelse; the
visitor table is a SCANNED page 3).

Layout: Liberation Sans text, Liberation Sans Narrow table, 4 pages: pp. 1, 2 and 4 portrait, P. 3 A LANDSCAPE SCAN;
violet and lime. P. 1 has no running header: a DRAWN SKATEBOARD IN A VIOLET DISC (seen from above and tilted: a lime
deck with rounded ends, two violet truck bolts and four white wheels) beside "GUNNARSVALA KOMMUN / Kultur- och
fritidsnämnden", a violet rule with a lime underline, the title and subtitle, a key–value block, "1 Året i korthet"
(staff and net cost against budget in running text – 23,5 full-time staff; 18 595 vs the budget of 18 530 tkr and 17
807 tkr in 2025 – and the visits in words only, pointing to the spread on p. 3) and "Gårdarna" as a CARD GRID OF SIX
ROUNDED CARDS (two rows of three, each with a lime top edge, the centre's name in violet and one line on where it is
and whom it is for) and a QUOTATION from a youth council in large violet italics on a pale violet box with a lime left
bar. Pp. 2 and 4 have a running header ("Gunnarsvala kommun · Fritidsgårdarna 2026" and "n (4)") over a violet
hairline. P. 2: "2 Personal och ekonomi" with Tabell 1 (Fritidsgård / Årsarbetare / Budget 2026, tkr / Utfall 2026,
tkr / Avvikelse, tkr / Utfall 2025, tkr), the deviation led by a DRAWN LIME OR VIOLET DOT (under or over budget) and a
bold "Samtliga gårdar" row on a pale violet band, comments, and "3 Besök" pointing to the spread. **P. 3 is a SCANNED
IMAGE WITHOUT ANY TEXT LAYER** (scan52.py): the centre SPREAD (pp. 6–7) of the printed A5 booklet "Fritidsgårdarna i
siffror 2026", SADDLE-STITCHED, on an A4 landscape sheet – the visitor table with a stacked heading on the left page,
a bar chart of the girls' share, a text, a call-out box and a drawn skateboard on the right page, a printed photo with
a caption, the fold with a GUTTER SHADOW and TWO STAPLES, the lines squeezed towards the fold, a strip of the grey
scanner lid; +0.5° skew, grain, blur and specks. None of its figures is repeated in the text layer. P. 4: "4
Verksamheten under året" (the passage on Garaget, words only), "5 Mål för 2027" as a NUMBERED LIST, "Förslag till
beslut" as att-clauses and two signature lines. No metadata title.
"""
import datetime as dt

from common52 import HERE, Doc
from data import (F_ECON, F_DNR, F_DATE, F_HEAD, F_OFFICER, F_PASSAGE, F_GOALS, f_econ_cells, f_econ_total_cells,
                  f_dev, f_sentences, WORD)
from scan52 import render

OUT = HERE / "gunnarsvala-kfn-fritidsgardar-2026.pdf"
VIOLET = (104, 48, 160)
PALE_VIOLET = (238, 230, 246)
LIME = (142, 182, 36)
GREY = (105, 105, 105)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*VIOLET)
        self.set_xy(self.l_margin, 10.5)
        self.cell(110, 4, "Gunnarsvala kommun · Fritidsgårdarna 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 110, 4, f"{self.page_no()} (4)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.35, VIOLET)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = FDoc("Gunnarsvala kommun", font="liberation", serif=False, accent=VIOLET, justify=False,
           created=dt.datetime(2027, 3, 3, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)
X = pdf.l_margin

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*VIOLET)
pdf.circle(29.5, 20, 7.6, style="F")
# a skateboard seen from above, tilted: a lime deck with rounded ends and four white wheels
with pdf.rotation(35, 29.5, 20):
    pdf.set_fill_color(255, 255, 255)
    for wx in (24.9, 34.1):
        for wy in (17.2, 21.6):
            pdf.rect(wx - 1.0, wy - 0.6, 2.0, 1.2, style="F", round_corners=True, corner_radius=0.4)
    pdf.set_fill_color(*LIME)
    pdf.rect(22.2, 17.9, 14.6, 4.2, style="F", round_corners=True, corner_radius=2.1)
    pdf.set_fill_color(*VIOLET)
    for wx in (24.9, 34.1):
        pdf.circle(wx, 20, 0.45, style="F")
pdf.set_xy(41, 14)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*VIOLET)
pdf.cell(90, 6, "GUNNARSVALA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kultur- och fritidsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 31, 0.8, VIOLET)
pdf.hline(22, 188, 32.2, 0.5, LIME)
pdf.set_y(36)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*VIOLET)
pdf.cell(0, 9, "Fritidsgårdarnas verksamhet 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Verksamhetsberättelse för kommunens fritidsgårdar", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Ansvarig", f"{F_HEAD[0]}, {F_HEAD[1]}"),
        ("Till", "Kultur- och fritidsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Året i korthet", size=12.5)
s = f_sentences()
pdf.p(f"{s[0]} Gårdarna är öppna för ungdomar från årskurs 4 till och med gymnasiet, på eftermiddagar och kvällar "
      "under terminerna.", size=9.6, lh=4.7)
pdf.p(s[1], size=9.6, lh=4.7)
pdf.p("Gårdarna hade ungefär lika många besök som året innan. Besöken ökade på hälften av gårdarna och minskade "
      "på den andra hälften. Besöken per gård, kön och ålder redovisas på uppslaget ur broschyren Fritidsgårdarna i "
      "siffror på sidan 3.", size=9.6, lh=4.7)
pdf.h2("Gårdarna", size=11)
CARDS = [
    ("Raketen", "I centrum. Den största gården, med scen och replokal."),
    ("Kupolen", "Vid idrottsplatsen. Spel, pingis och lovaktiviteter."),
    ("Gnistan", "I skolans gamla matsal. Tjejkvällar varje vecka."),
    ("Rymden", "Den minsta gården, för de yngsta besökarna."),
    ("Knutpunkten", "Vid busstationen. Öppen sent på fredagar."),
    ("Garaget", "Motor- och cykelverkstad för äldre ungdomar."),
]
cy0 = pdf.get_y() + 1
CW_, CH_, CG = (166 - 2 * 5) / 3, 22, 5
for i, (name, txt) in enumerate(CARDS):
    cx = 22 + (i % 3) * (CW_ + CG)
    cy = cy0 + (i // 3) * (CH_ + CG)
    pdf.set_fill_color(248, 246, 251)
    pdf.rect(cx, cy, CW_, CH_, style="F", round_corners=True, corner_radius=2.5)
    pdf.set_fill_color(*LIME)
    pdf.rect(cx + 2.5, cy, CW_ - 5, 1.4, style="F")
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*VIOLET)
    pdf.set_xy(cx + 3.5, cy + 3.4)
    pdf.cell(CW_ - 7, 5, name)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(cx + 3.5, cy + 9.2)
    pdf.multi_cell(CW_ - 7, 4.1, txt, align="L")
pdf.set_y(cy0 + 2 * (CH_ + CG) + 4)
# a quotation from a youth council in a violet box with a lime left bar
qy = pdf.get_y()
pdf.set_fill_color(*PALE_VIOLET)
pdf.rect(22, qy, 166, 22, style="F")
pdf.set_fill_color(*LIME)
pdf.rect(22, qy, 2.2, 22, style="F")
pdf.set_font("Serif", "I", 11.5)
pdf.set_text_color(*VIOLET)
pdf.set_xy(30, qy + 4)
pdf.multi_cell(150, 5.6, "”På gården kan man bara vara. Ingen frågar vad man har presterat i dag.”", align="L")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.set_xy(30, qy + 15)
pdf.cell(150, 4, "Ungdomsrådet på Kupolen i enkätsvaret till nämnden, november 2026")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Personal och ekonomi", size=12.5)
pdf.p("Tabell 1 visar antalet årsarbetare och nettokostnaden per fritidsgård. Avvikelsen är budget minus utfall; ett "
      "negativt värde betyder att gården kostade mer än budgeterat.", size=9.6, lh=4.7)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Personal och nettokostnad per fritidsgård 2025–2026", new_x="LMARGIN", new_y="NEXT")
WID = [46, 22, 24, 24, 26, 24]
AL = ["L", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.8, VIOLET)
HEAD = ["Fritidsgård", "Årsarbetare", "Budget 2026, tkr", "Utfall 2026, tkr", "Avvikelse, tkr", "Utfall 2025, tkr"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.8, what="Tabell 1 heading")
HH = pdf.row_h(WID, HEAD, size=8.8, font="Cond", style="B", vpad=1.0)
pdf.row(X, y, WID, AL, HEAD, size=8.8, font="Cond", style="B", vpad=1.0, h=HH)
y += HH
pdf.hline(X, XS[-1], y, 0.45, VIOLET)
FS = 9.6
for e in F_ECON:
    cells = f_econ_cells(e)
    pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.8)
    over = f_dev(e) < 0
    pdf.set_font("Cond", "", FS)
    dx = XS[5] - 1.2 - pdf.get_string_width(cells[4]) - 3.2
    pdf.set_fill_color(*(VIOLET if over else LIME))
    pdf.circle(dx, y + 1.8 + 2.0, 1.1, style="F")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.8, h=h,
            styles=[None] * 4 + ["B" if over else None, None], colors=[None] * 4 + [VIOLET if over else None, None])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (205, 205, 205))
cells = f_econ_total_cells()
pdf.no_split(WID, cells, "Cond", "B", FS, what="Tabell 1 total")
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.8)
pdf.set_fill_color(*PALE_VIOLET)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.8, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.8, VIOLET)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "Lila punkt: gården kostade mer än budgeterat. Grön punkt: gården kostade mindre. Årsarbetare "
               "den 31 december. Källa: ekonomisystemet.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
over = [e[0] for e in F_ECON if f_dev(e) < 0]
pdf.p(f"{WORD[len(over)].capitalize()} av gårdarna gick över budget. Knutpunkten hade högre personalkostnader när "
      "öppettiderna på fredagar förlängdes, och Raketen köpte ny utrustning till replokalen. Garaget kostade mindre "
      "än budgeterat eftersom gården var stängd under vårens reparation.", size=9.6, lh=4.7)
pdf.h1("3 Besök", size=12.5)
pdf.p("Besöken räknas med närvarolistor på varje gård. Statistiken per gård, uppdelad på kön och ålder, finns i "
      "broschyren Fritidsgårdarna i siffror. Uppslaget med besöksstatistiken är inskannat på nästa sida.", size=9.6,
      lh=4.7)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the scanned booklet spread (landscape)
pdf.no_furniture = tuple(pdf.no_furniture) + (3,)
pdf.add_page(orientation="L")
pdf.image(render(), x=0, y=0, w=pdf.w, h=pdf.h)

# ---------------------------------------------------------------- p. 4
pdf.add_page(orientation="P")
pdf.h1("4 Verksamheten under året", size=12.5)
pdf.p(f"Garaget hade betydligt färre besök än året innan. Orsaken är att {F_PASSAGE}. När gården öppnade igen kom "
      "de flesta av de vanliga besökarna tillbaka.", size=9.6, lh=4.7)
pdf.p("Gnistan började med egna tjejkvällar under hösten, och andelen flickor bland besökarna ökade. På Raketen "
      "har ungdomsrådet ordnat konserter med lokala band, och Knutpunkten har haft öppet sent på fredagar.", size=9.6,
      lh=4.7)
pdf.p("Under sommarlovet hade två av gårdarna öppet i fyra veckor, med utflykter, bad och en cykelverkstad.",
      size=9.6, lh=4.7)
pdf.h1("5 Mål för 2027", size=12.5)
pdf.numbered(F_GOALS, size=9.6, lh=4.7)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kultur- och fritidsnämnden föreslås besluta",
             ["godkänna verksamhetsberättelsen för fritidsgårdarna 2026, samt",
              "ge förvaltningen i uppdrag att ta fram en plan för att fler flickor ska besöka gårdarna."], size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Gunnarsvala den {F_DATE.day} mars {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.sign_lines([f"{F_HEAD[0]}\n{F_HEAD[1].capitalize()}", f"{F_OFFICER[0]}\n{F_OFFICER[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
