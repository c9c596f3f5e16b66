"""(e) Stavsundahem AB (Stavsunda kommun) – årsredovisning 2026 (utdrag: förvaltningsberättelse, flerårsöversikt,
resultaträkning och byggprojekt).

Layout: Liberation Serif body, justified; tables in Liberation Sans. P. 1: a company title block with org.nr and
owner, "Året i korthet" as a FRAMED BOX of six key figures in two rows of three, and "VD har ordet" in TWO
JUSTIFIED COLUMNS. P. 2: "Flerårsöversikt", a five-year key-figure table with the YEARS AS COLUMNS 2022 … 2026
(oldest first), italic section rows (Ekonomi / Fastigheter / Uthyrning), the 2026 column SHADED and bold, thin
rules between rows; units sit in the row labels ("Soliditet, %", "Underhåll, kr/m²"); below it "Definitioner"
as a key–value list. P. 3: "Resultaträkning" in tkr with a "Not" column BETWEEN the label and the two year
columns 2026 / 2025 (period given under the year), costs negative with "−", bold sum rows with a rule above and a
double rule under Årets resultat; comments below. P. 4: "Byggprojekt", a ruled table Projekt / Område / Antal
lgh / Upplåtelseform / Byggstart / Inflyttning (inflyttning written "mars 2027", "1 juni 2027", "kv 2 2028",
"hösten 2029"), a bold Summa row, and text on the delayed Sörbyängen. Metadata title set.
"""
import datetime as dt

from common22 import HERE, Doc, Row, grp, dec
from data import E_KEY, E_YEARS, E_PROJ, E_NEW_2026, e_key, e_rr, e_rr_row, monthyear

OUT = HERE / "stavsundahem-arsredovisning-2026.pdf"
ACC = (0, 85, 110)
pdf = Doc("Stavsundahem AB", "Årsredovisning 2026", "{p}", font="liberation", serif=True, justify=True,
          accent=ACC, foot="Stavsundahem AB · Org.nr 556712-4480 · Helägt av Stavsunda kommun",
          title="Stavsundahem AB – Årsredovisning 2026", author="Stavsundahem AB",
          created=dt.datetime(2027, 3, 10, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)

lgh = e_key("Antal lägenheter")
efp = e_key("Resultat efter finansiella poster, tkr")
sol = e_key("Soliditet, %")
uth = e_key("Uthyrningsgrad, %")
inv = e_key("Investeringar, tkr")
oms = e_key("Nettoomsättning, tkr")
assert lgh[4] - lgh[3] == E_NEW_2026

pdf.add_page()
pdf.title_block("Årsredovisning 2026", "Stavsundahem AB, org.nr 556712-4480 – Stavsunda kommuns allmännyttiga "
                "bostadsbolag", size=21)
# Året i korthet: boxed key figures, 2 rows x 3
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Året i korthet", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
boxes = [(grp(oms[4]), "tkr nettoomsättning"), (grp(efp[4]), "tkr resultat efter finansiella poster"),
         (grp(lgh[4]), "lägenheter vid årets slut"), (dec(uth[4]) + " %", "uthyrningsgrad"),
         (dec(sol[4]) + " %", "soliditet"), (grp(inv[4]), "tkr investerat under året")]
bw, bh = (pdf.epw - 8) / 3, 17
y0 = pdf.get_y() + 1
for i, (big, small) in enumerate(boxes):
    x = pdf.l_margin + (i % 3) * (bw + 4)
    y = y0 + (i // 3) * (bh + 3)
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(232, 242, 245)
    pdf.rect(x, y, bw, bh, style="DF")
    pdf.set_xy(x + 2, y + 2)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(bw - 4, 7, big)
    pdf.set_xy(x + 2, y + 10)
    pdf.set_font("Sans", "", 8)
    pdf.cell(bw - 4, 4, small)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + 2 * bh + 8)
pdf.columns([
    ("h", "VD har ordet"),
    ("p", f"2026 blev ett år då vi kunde flytta in hyresgäster i {E_NEW_2026} nya lägenheter och samtidigt "
          f"förbättra resultatet. Resultatet efter finansiella poster blev {dec(efp[4] / 1000)} mnkr, jämfört "
          f"med {dec(efp[3] / 1000)} mnkr året innan. Den viktigaste förklaringen är att räntekostnaderna "
          "minskade när flera lån kunde läggas om till lägre ränta under hösten."),
    ("p", f"Vi äger nu {grp(lgh[4])} lägenheter, och uthyrningsgraden var {dec(uth[4])} procent. Efterfrågan är "
          "fortsatt störst på mindre lägenheter nära Stavsunda centrum och på bostäder för äldre. Kön till "
          "trygghetsboendet i Nyängen är lång, och vi ser fram emot inflyttningen under hösten 2027."),
    ("h", "Underhåll och energi"),
    ("p", "Underhållskostnaderna ökade under året, främst genom stambyten och fönsterbyten i Lindbacka. "
          "Energianvändningen per kvadratmeter minskade med fyra procent tack vare nya solcellsanläggningar "
          "och injustering av värmesystemen."),
    ("h", "Framåt"),
    ("p", "Bolagets investeringar kommer att vara fortsatt höga de närmaste åren. Med ägarens stöd och en "
          "stabil uthyrning bedömer styrelsen att soliditeten kan hållas över det ägardirektiv som gäller, "
          "minst 12 procent. Stort tack till alla medarbetare och hyresgäster för ett gott samarbete under året."),
    ("p", "Stavsunda i mars 2027\nFrida Hallberg, verkställande direktör"),
], size=9.4, lh=4.6, balance=True)

# ---------------------------------------------------------------- p. 2 flerårsöversikt
pdf.add_page()
pdf.h1("Flerårsöversikt")
LW_, CW = 70, 20
x0 = pdf.l_margin
y = pdf.get_y() + 1
right = x0 + LW_ + 5 * CW
pdf.set_fill_color(220, 236, 240)
pdf.set_font("Sans", "B", 8.8)
pdf.set_line_width(0.5)
pdf.line(x0, y, right, y)
pdf.set_line_width(0.2)
pdf.rect(x0 + LW_ + 4 * CW, y, CW, 6.5, style="F")
pdf.set_xy(x0, y + 0.8)
pdf.cell(LW_, 5, "Nyckeltal")
for yr in E_YEARS:
    pdf.cell(CW - 1.5, 5, str(yr), align="R")
    pdf.set_x(pdf.get_x() + 1.5)
y += 6.5
pdf.set_line_width(0.4)
pdf.line(x0, y, right, y)
pdf.set_line_width(0.2)
FMT = {"t": grp, "n": grp, "p": dec, "x": dec}
for lab, kind, vals in E_KEY:
    if kind is None:
        pdf.set_font("Sans", "BI", 8.8)
        pdf.set_text_color(*ACC)
        pdf.set_xy(x0, y + 1.6)
        pdf.cell(LW_, 5, lab)
        pdf.set_text_color(0, 0, 0)
        y += 7
        continue
    pdf.set_fill_color(220, 236, 240)
    pdf.rect(x0 + LW_ + 4 * CW, y, CW, 5.8, style="F")
    pdf.set_xy(x0, y + 0.4)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(LW_, 5, lab)
    for i, v in enumerate(vals):
        pdf.set_font("Sans", "B" if i == 4 else "", 8.8)
        pdf.cell(CW - 1.5, 5, FMT[kind](v), align="R")
        pdf.set_x(pdf.get_x() + 1.5)
    y += 5.8
    pdf.set_draw_color(190, 190, 190)
    pdf.line(x0, y, right, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.line(x0, y, right, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 5)
pdf.h2("Definitioner")
pdf.kv([("Soliditet", "Justerat eget kapital i procent av balansomslutningen."),
        ("Räntetäckningsgrad", "Resultat efter finansiella poster plus räntekostnader, delat med "
                               "räntekostnaderna."),
        ("Direktavkastning", "Driftnetto i procent av fastigheternas bokförda värde."),
        ("Uthyrningsgrad", "Uthyrda lägenheter i procent av det totala antalet lägenheter vid årets slut."),
        ("Underhåll, kr/m²", "Årets underhållskostnader per kvadratmeter uthyrbar bostadsyta.")],
       lw=40, size=8.8, lh=4.4)

# ---------------------------------------------------------------- p. 3 resultaträkning
pdf.add_page()
pdf.h1("Resultaträkning")
W = [86, 14, 33, 33]
x0 = pdf.l_margin
right = x0 + sum(W)
y = pdf.get_y() + 1
pdf.set_line_width(0.5)
pdf.line(x0, y, right, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(x0, y + 1)
pdf.cell(W[0], 5, "Belopp i tkr")
pdf.cell(W[1], 5, "Not", align="C")
pdf.cell(W[2] - 1.5, 5, "2026", align="R")
pdf.set_x(pdf.get_x() + 1.5)
pdf.cell(W[3] - 1.5, 5, "2025", align="R")
pdf.set_font("Sans", "", 7.4)
pdf.set_xy(x0 + W[0] + W[1], y + 5.6)
pdf.cell(W[2] - 1.5, 3.6, "jan–dec", align="R")
pdf.set_x(pdf.get_x() + 1.5)
pdf.cell(W[3] - 1.5, 3.6, "jan–dec", align="R")
y += 10.2
pdf.set_line_width(0.4)
pdf.line(x0, y, right, y)
pdf.set_line_width(0.2)
for lab, note, v26, v25, st in e_rr():
    if st == "S":
        pdf.line(x0 + W[0] + W[1] + 4, y + 0.6, right, y + 0.6)
        y += 0.8
    pdf.set_font("Sans", "B" if st == "S" else "", 8.8)
    pdf.set_xy(x0, y + 0.5)
    pdf.cell(W[0], 5, lab)
    pdf.set_font("Sans", "", 8.2)
    pdf.cell(W[1], 5, note, align="C")
    pdf.set_font("Sans", "B" if st == "S" else "", 8.8)
    pdf.cell(W[2] - 1.5, 5, grp(v26), align="R")
    pdf.set_x(pdf.get_x() + 1.5)
    pdf.cell(W[3] - 1.5, 5, grp(v25), align="R")
    y += 6 if st != "S" else 7.2
pdf.line(x0 + W[0] + W[1] + 4, y, right, y)
pdf.line(x0 + W[0] + W[1] + 4, y + 0.7, right, y + 0.7)
pdf.set_y(y + 5)
ranta = e_rr_row("Räntekostnader och liknande poster")
und = e_rr_row("Underhållskostnader")
pdf.h2("Kommentarer till resultaträkningen")
pdf.p("Hyresintäkterna ökade genom hyreshöjningen och genom de nya lägenheterna i Hamnstaden och Lindbacka. "
      f"Räntekostnaderna minskade till {grp(-ranta[2])} tkr, trots att lånen ökade, eftersom bolaget lade om "
      "lån med hög ränta när de förföll under hösten. Den genomsnittliga räntan var vid årets slut 2,9 procent.",
      size=9.6)
pdf.p(f"Underhållskostnaderna var {grp(-und[2])} tkr, vilket är mer än året innan. Ökningen förklaras av det "
      "planerade underhållet i Lindbacka, där stammar och fönster byttes i 120 lägenheter.", size=9.6)
pdf.p("Noterna 2–9 finns i den fullständiga årsredovisningen och redovisas inte i detta utdrag.", size=8.6,
      style="I")

# ---------------------------------------------------------------- p. 4 byggprojekt
pdf.add_page()
pdf.h1("Byggprojekt")
pdf.p(f"Under 2026 blev {E_NEW_2026} lägenheter klara för inflyttning. Vid årsskiftet pågick eller planerades "
      "nyproduktion i sju projekt. Tabellen visar projekten med antal lägenheter, när bygget startade eller ska "
      "starta och när hyresgästerna beräknas flytta in.", size=9.6)
rows = [[p[0], p[1], str(p[2]), p[3], monthyear(p[4]), p[5]] for p in E_PROJ]
rows.append(Row(["Summa", "", str(sum(p[2] for p in E_PROJ)), "", "", ""], emphasis="B"))
pdf.ruled_table(["Projekt", "Område", "Antal lgh", "Upplåtelseform", "Byggstart", "Inflyttning"], rows,
                [38, 32, 17, 34, 22, 23], ["LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "LEFT"], size=8.6,
                head_fill=(220, 236, 240))
pdf.h2("Sörbyängen")
pdf.p("Byggstarten för Sörbyängen etapp 1 har flyttats fram ett år. Detaljplanen överklagades av två grannar "
      "och vann laga kraft först i november 2026, vilket gjorde att upphandlingen av totalentreprenaden inte "
      "kunde avslutas under året. Inflyttning beräknas nu ske hösten 2029.", size=9.6)
pdf.h2("Finansiering")
pdf.p("Nyproduktionen finansieras med lån som kommunen borgar för och med egna medel. Styrelsen har beslutat "
      "att varje nytt projekt ska ha en beräknad direktavkastning på minst 4,0 procent innan byggstart.",
      size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
