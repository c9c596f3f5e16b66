"""(b) Ekmarka kommun – kommunstyrelsens internkontrollplan 2026 med uppföljning av årets kontroller.

Layout: DejaVu Sans text, DejaVu Sans Condensed tables, portrait, 4 pages, a RUST accent. P. 1 has no running
header: a RUST BLOCK bleeding off the top left corner with "EKMARKA KOMMUN" in white letter-spaced capitals, the title
and subtitle, "Dokumentfakta" as a RULED TWO-COLUMN KEY–VALUE BOX (grey labels, bold values), "Sammanfattning" with
competing counts in running text (15 controls, 14 carried out; 4 without remarks, 7 minor and 3 significant
deficiencies, 1 not carried out; 5 of 14 significant deficiencies the year before), "Så bedöms riskerna" (risk value
= probability × consequence, both on a scale of 1–5) and a LEGEND OF FOUR HEXAGON BADGES for the risk levels. Pp.
2–4 have a running header. P. 2: "2 Kontrollplan 2026" and Tabell 1 (Nr / Risk / S / K / Riskvärde / Kontrollmoment
/ Ansvarig / Frekvens) under a RUST HEADING RULE, the processes as GROUP ROWS in rust bold type with a rust hairline
under them, and the risk value as a WHITE NUMBER IN A HEXAGON BADGE filled in the level colour. THE TABLE BREAKS
INSIDE "Informationssäkerhet": p. 3 repeats "Tabell 1 (forts.)", the heading and "Informationssäkerhet (forts.)".
P. 3 then has Tabell 2, the results (Nr / Kontrollmoment / Granskat / Avvikelser / Andel, % / Resultat 2026) with
the result word led by a SMALL COLOURED SQUARE and "–" for the control that was not carried out. P. 4: comments
on the controls with deficiencies as RUN-IN PARAGRAPHS (bold number and name, the passage on the continuity plans),
"Förslag till åtgärder 2027" as a NUMBERED LIST WITH NESTED "a)" ITEMS, "Förslag till beslut" as att-clauses and
the author line. No metadata title.
"""
import datetime as dt
import math

from common42 import HERE, Doc
from data import (B_GROUPS, B_ROWS, B_RESULTS, B_PREV, B_PREV_N, B_LEVELS, B_BREAK_AFTER, B_PROPOSALS, B_PASSAGE,
                  B_DNR, B_ADOPTED, B_REPORTED, B_CHAIR, B_CEO, B_AUTHOR, b_rv, b_level, b_counts, b_plan_cells,
                  b_res_cells, dmy)

OUT = HERE / "ekmarka-ks-internkontrollplan-2026-uppfoljning.pdf"
RUST = (166, 72, 28)
LEVEL_COL = {"Låg": (92, 150, 84), "Måttlig": (222, 170, 40), "Hög": (222, 110, 30), "Mycket hög": (180, 30, 30)}
RES_COL = {"Utan anmärkning": (92, 150, 84), "Mindre brister": (222, 170, 40), "Väsentliga brister": (180, 30, 30),
           "Ej genomförd": (140, 140, 140)}
WORD = {0: "ingen", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 7: "sju", 14: "14", 15: "15"}


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*RUST)
            self.rect(0, 0, 118, 22, style="F")
            self.set_xy(22, 8)
            self.set_font("Sans", "B", 12)
            self.set_text_color(255, 255, 255)
            self.set_char_spacing(2.4)
            self.cell(90, 7, "EKMARKA KOMMUN")
            self.set_char_spacing(0)
            self.set_text_color(0, 0, 0)
            self.set_y(34)
            return
        super().header()


pdf = BDoc("Ekmarka kommun", "Internkontrollplan 2026 – uppföljning", "Sida {p} av 4", font="dejavu", serif=False,
           accent=RUST, foot=f"Kommunstyrelsen · Dnr {B_DNR}", justify=False,
           created=dt.datetime(2027, 2, 2, 14, 0, tzinfo=dt.timezone.utc))


def hexagon(cx, cy, r, fill):
    pts = [(cx + r * math.cos(math.radians(60 * k + 30)), cy + r * math.sin(math.radians(60 * k + 30)))
           for k in range(6)]
    pdf.set_fill_color(*fill)
    pdf.polygon(pts, style="F")


# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 20)
pdf.multi_cell(0, 9, "Internkontrollplan 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.set_text_color(*RUST)
pdf.multi_cell(0, 6, "Kommunstyrelsen – plan och uppföljning av årets kontroller", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Dokumentfakta", new_x="LMARGIN", new_y="NEXT")
facts = [("Nämnd", "Kommunstyrelsen"), ("Diarienummer", B_DNR),
         ("Planen fastställd", f"{dmy(B_ADOPTED)}, § 14"), ("Uppföljningen behandlad", f"{dmy(B_REPORTED)}, § 22"),
         ("Ansvarig tjänsteperson", f"{B_AUTHOR[0]}, {B_AUTHOR[1]}"), ("Kommundirektör", B_CEO)]
X0 = 22
y = pdf.get_y() + 1
CW = 83
for i in range(0, len(facts), 2):
    for j, (lab, val) in enumerate(facts[i:i + 2]):
        x = X0 + j * CW
        pdf.rect(x, y, CW, 11)
        pdf.set_xy(x + 2, y + 1.2)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(CW - 4, 3.5, lab)
        pdf.set_xy(x + 2, y + 5)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(CW - 4, 5, val)
    y += 11
pdf.set_y(y + 4)
cnt = b_counts()
done = len(B_ROWS) - cnt["Ej genomförd"]
pdf.h1("1 Sammanfattning", size=12.5)
pdf.p(f"Kommunstyrelsens internkontrollplan för 2026 innehöll {WORD[len(B_ROWS)]} kontroller inom fyra processer. "
      f"Av dem genomfördes {WORD[done]}. {WORD[cnt['Utan anmärkning']].capitalize()} kontroller gav inga "
      f"anmärkningar, {WORD[cnt['Mindre brister']]} visade mindre brister och {WORD[cnt['Väsentliga brister']]} "
      f"visade väsentliga brister. {WORD[cnt['Ej genomförd']].capitalize()} kontroll kunde inte genomföras.",
      size=9.8)
pdf.p(f"Resultatet är bättre än året innan, då {WORD[B_PREV['Väsentliga brister']]} av de {WORD[B_PREV_N]} "
      f"kontrollerna visade väsentliga brister. De största bristerna 2026 gäller inköp utanför avtal, anmälan av "
      f"bisysslor och behörigheter som inte tas bort när en anställning upphör.", size=9.8)
pdf.h1("Så bedöms riskerna", size=12.5)
pdf.p("Varje risk bedöms utifrån sannolikheten (S) att den inträffar och konsekvensen (K) om den inträffar, båda på "
      "en skala från 1 till 5. Riskvärdet är produkten av sannolikhet och konsekvens och kan alltså vara högst 25. "
      "Risker med ett högt riskvärde kontrolleras oftare och med större stickprov.", size=9.8)
y = pdf.get_y() + 3
for k, (lv, lo, hi) in enumerate(B_LEVELS):
    x = X0 + k * 42
    hexagon(x + 5, y + 5, 4.6, LEVEL_COL[lv])
    pdf.set_xy(x + 11, y + 1)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(30, 4, lv)
    pdf.set_xy(x + 11, y + 5)
    pdf.set_font("Sans", "", 8)
    pdf.cell(30, 4, f"riskvärde {lo}–{hi}")
pdf.set_y(y + 16)
pdf.p("Resultatet av varje kontroll bedöms som utan anmärkning, mindre brister eller väsentliga brister. Vid "
      "väsentliga brister ska den ansvariga förvaltningen ta fram en åtgärdsplan.", size=9.8)

pdf.set_auto_page_break(False)   # tables are placed by hand; breaks are explicit

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
WID = [8, 38, 7, 7, 11, 40, 32, 19]
AL = ["L", "L", "C", "C", "C", "L", "L", "L"]
TW = sum(WID)
HEAD = ["Nr", "Risk", "S", "K", "RV", "Kontrollmoment", "Ansvarig", "Frekvens"]
BOTTOM = pdf.h - 24


def whole_words(widths, cells, size, style=""):
    """stop if a cell would wrap inside a word (fpdf2 breaks a word that is wider than the cell)"""
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")


def heading(y):
    pdf.hline(X0, X0 + TW, y, 1.2, RUST)
    whole_words(WID, HEAD, 8.2, "B")
    h = pdf.row(X0, y + 0.8, WID, AL, HEAD, style="B", size=8.2, font="Cond")
    y += h + 0.8
    pdf.hline(X0, X0 + TW, y, 0.3, RUST)
    return y + 0.6


def group_row(y, name, cont=False):
    y += 1.5
    pdf.set_xy(X0 + 0.5, y)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*RUST)
    pdf.cell(TW, 5, name + (" (forts.)" if cont else ""))
    pdf.set_text_color(0, 0, 0)
    y += 5.5
    pdf.hline(X0, X0 + TW, y, 0.2, RUST)
    return y + 0.3


def plan_row(y, r):
    cells = b_plan_cells(r)
    whole_words(WID, cells, 8.2)
    h = max(pdf.row_h(WID, cells, size=8.2, font="Cond"), 9)
    rv = b_rv(r)
    cx = X0 + sum(WID[:4]) + WID[4] / 2
    hexagon(cx, y + 3.2, 3.4, LEVEL_COL[b_level(rv)])
    pdf.row(X0, y, WID, AL, cells, size=8.2, font="Cond", h=h,
            styles=[None, None, None, None, "B", None, None, None],
            colors=[None, None, None, None, (255, 255, 255), None, None, None])
    return h


pdf.add_page()
pdf.h1("2 Kontrollplan 2026", size=13)
pdf.p("Tabell 1 visar de risker som kommunstyrelsen valde ut för 2026, hur de bedömdes och hur de skulle "
      "kontrolleras. Riskerna är ordnade efter process.", size=9.8)
# Figur 1: a 5 × 5 risk matrix with the numbers of the risks placed in their cells
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Figur 1. Riskmatris", new_x="LMARGIN", new_y="NEXT")
MX, MY, CS, CW_ = X0 + 14, pdf.get_y() + 2, 8.4, 13
for s_ in range(1, 6):
    for k_ in range(1, 6):
        x = MX + (k_ - 1) * CW_
        yy = MY + (5 - s_) * CS
        col = LEVEL_COL[b_level(s_ * k_)]
        pdf.set_fill_color(*[int(c + (255 - c) * 0.55) for c in col])
        pdf.rect(x, yy, CW_, CS, style="FD")
        nrs = [str(r[0]) for r in B_ROWS if r[3] == s_ and r[4] == k_]
        if nrs:
            pdf.set_font("Sans", "B", 6.4)
            pdf.set_xy(x, yy + CS / 2 - 2)
            pdf.cell(CW_, 4, ", ".join(nrs), align="C")
pdf.set_font("Sans", "", 7)
for i in range(1, 6):
    pdf.set_xy(MX - 5, MY + (5 - i) * CS + CS / 2 - 2)
    pdf.cell(4, 4, str(i), align="R")
    pdf.set_xy(MX + (i - 1) * CW_, MY + 5 * CS + 0.5)
    pdf.cell(CW_, 4, str(i), align="C")
with pdf.rotation(90, MX - 10, MY + 5 * CS):
    pdf.set_xy(MX - 10, MY + 5 * CS - 3)
    pdf.cell(5 * CS, 3, "Sannolikhet", align="C")
pdf.set_xy(MX, MY + 5 * CS + 4.5)
pdf.cell(5 * CW_, 3, "Konsekvens", align="C")
pdf.set_xy(MX + 5 * CW_ + 8, MY + 4)
pdf.set_font("Sans", "", 8.4)
pdf.multi_cell(72, 4.4, "Siffrorna i rutorna är riskernas nummer i tabell 1. Två risker har ett mycket högt "
               "riskvärde: behörigheter som finns kvar efter avslutad anställning och kontinuitetsplaner som "
               "saknas för kritiska system.", align="L")
pdf.set_y(MY + 5 * CS + 11)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Risker och kontrollmoment 2026", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
broke_after = None
cur_group = None
for k, r in enumerate(B_ROWS):
    need_group = r[1] != cur_group
    h = max(pdf.row_h(WID, b_plan_cells(r), size=8.2, font="Cond"), 9) + (7.3 if need_group else 0)
    if y + h > BOTTOM:
        broke_after = B_ROWS[k - 1][0]
        pdf.set_xy(X0, y + 2)
        pdf.set_font("Sans", "I", 7.8)
        pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
        pdf.add_page()
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
        y = heading(pdf.get_y() + 1)
        if not need_group:
            y = group_row(y, r[1], cont=True)
    if need_group:
        y = group_row(y, r[1])
        cur_group = r[1]
    y += plan_row(y, r)
    pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y, 0.6, RUST)
if broke_after != B_BREAK_AFTER:
    raise SystemExit(f"Tabell 1 broke after row {broke_after}, data.B_BREAK_AFTER is {B_BREAK_AFTER}")
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4, "S = sannolikhet, K = konsekvens, båda på skalan 1–5. RV = riskvärde = S × K.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 Tabell 2
pdf.h1("3 Resultat av kontrollerna", size=13)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Resultat per kontroll 2026", new_x="LMARGIN", new_y="NEXT")
W2 = [8, 72, 18, 19, 15, 4, 30]
A2 = ["L", "L", "R", "R", "R", "L", "L"]
T2 = sum(W2)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + T2, y, 1.2, RUST)
H2 = ["Nr", "Kontrollmoment", "Granskat", "Avvikelser", "Andel, %", "", "Resultat 2026"]
whole_words(W2, H2, 7.8, "B")
h = pdf.row(X0, y + 0.8, W2, A2, H2, style="B", size=7.8, font="Cond")
y += h + 0.8
pdf.hline(X0, X0 + T2, y, 0.3, RUST)
for r in B_ROWS:
    c = b_res_cells(r)
    cells = c[:5] + ["", c[5]]
    whole_words(W2, cells, 8.2)
    h = pdf.row_h(W2, cells, size=8.2, font="Cond", lh=3.7, vpad=1.0)
    pdf.set_fill_color(*RES_COL[r[10]])
    pdf.rect(X0 + sum(W2[:5]) + 0.6, y + 1.4, 2.6, 2.6, style="F")
    pdf.row(X0, y, W2, A2, cells, size=8.2, font="Cond", h=h, lh=3.7, vpad=1.0)
    y += h
    pdf.hline(X0, X0 + T2, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + T2, y, 0.6, RUST)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 3.8, "Granskat och avvikelser anges i antal. Andel = avvikelser i procent av granskat antal. Kontroll 11 genomfördes inte, se avsnitt 4.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 4 comments and proposals
if y > pdf.h - 22:
    raise SystemExit(f"Tabell 2 runs into the footer (y = {y:.1f})")
pdf.set_auto_page_break(True, 22)
pdf.add_page()
pdf.h1("4 Kommentarer till kontroller med brister", size=13)
by_nr = {r[0]: r for r in B_ROWS}


def runin(title, text):
    pdf.set_font("Sans", "B", 9.6)
    pdf.write(5, title + " ")
    pdf.set_font("Sans", "", 9.6)
    pdf.write(5, text)
    pdf.ln(7)


r2, r6, r9 = by_nr[2], by_nr[6], by_nr[9]
runin("2 Inköp utanför avtal.", f"Av {r2[8]} granskade inköp gjordes {r2[9]} hos leverantörer som kommunen inte har "
      f"avtal med, främst inom hantverkstjänster och kontorsmaterial. Upphandlingsenheten bedömer att bristerna "
      f"till stor del beror på att beställarna inte använder e-handelssystemet.")
runin("6 Bisysslor.", f"I {r6[9]} av {r6[8]} granskade fall hade chefen inte tagit in uppgifter om bisysslor under "
      f"året. Flera chefer uppger att de inte känner till rutinen.")
runin("9 Behörigheter.", f"Av {r9[8]} granskade konton tillhörde {r9[9]} personer som hade slutat sin anställning. "
      f"De flesta kontona fanns i system där behörigheten tas bort manuellt.")
runin("11 Kontinuitetsplaner.", f"Kontrollen genomfördes inte eftersom {B_PASSAGE}. Risken bedöms fortfarande "
      f"som mycket hög.")
pdf.ln(1)
pdf.h1("5 Förslag till åtgärder 2027", size=13)
pdf.numbered(B_PROPOSALS, size=9.6)
pdf.h1("6 Förslag till beslut", size=13)
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    "godkänna uppföljningen av internkontrollplanen för 2026",
    "uppdra åt kommundirektören att genomföra de föreslagna åtgärderna under 2027",
    "överlämna uppföljningen till kommunens revisorer för kännedom",
], size=9.6)
pdf.ln(4)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(0, 4.4, f"Ekmarka den {dmy(B_REPORTED.replace(day=2))}\n{B_AUTHOR[0]}, {B_AUTHOR[1]}\n"
               f"Kommunstyrelsens ordförande: {B_CHAIR}", align="L")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
