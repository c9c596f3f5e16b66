"""(d) Marstorps kommun – tekniska nämnden: investeringsplan för gator, vägar och gång- och cykelvägar 2027–2030.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, 4 pages: pp. 1 and 4 PORTRAIT, PP. 2–3 LANDSCAPE, a dark
asphalt-grey and signal-yellow scheme. P. 1 has no running header: a HAZARD STRIPE (diagonal yellow and black bands,
like a road-works barrier) along the top edge, "MARSTORPS KOMMUN · Tekniska förvaltningen", the title, a KEY–VALUE
BLOCK with a thin yellow bar down its left edge (Diarienummer, Datum, Handläggare, Till), "Sammanfattning" with
competing figures in running text (16 projects in five groups; total 221,3 mnkr, of which 15,3 already spent; 54,1
for 2027 vs the frame 50,0 vs 47,3 in last year's plan) and Figur 1, a STEP CHART of the yearly volumes 2027–2030
(a yellow-filled step area with a dark outline, every step's value printed above it, a dashed red line for the
frame of 2027), then "Förändringar mot föregående plan" as a "•" list. Pp. 2–3 (landscape, running header with the
page number): Tabell 1 with a STACKED HEADING ("Utgifter per år" over Budget 2027 / Plan 2028 / Plan 2029 / Plan
2030) on a dark asphalt band with white type, the TOTAL COLUMN OUTLINED in yellow from heading to foot, the five
groups as GROUP ROWS on a pale grey band LED BY A YELLOW SQUARE WITH THE GROUP NUMBER, italic "Summa <group>" rows
under a thin rule, "–" for years without spending, a bold "Totalt" row over a DOUBLE RULE, FOOTNOTE MARKS ¹ ² in two
project names with the notes under the table. THE TABLE BREAKS INSIDE GROUP 3 ("Tabellen fortsätter"); p. 3
repeats "Tabell 1 (forts.)", the two-level heading and the group row "(forts.)". P. 4 (portrait): comments per
group as RUN-IN PARAGRAPHS, "Uppskjutna projekt" (the passage on the bridge), "Förslag till beslut" as att-clauses
and the signatures. Metadata title set.
"""
import datetime as dt

from common42 import HERE, Doc
from data import (D_YEARS, D_GROUPS, D_PROJECTS, D_BREAK_AFTER, D_FRAME, D_PREV_PLAN_2027, D_NOTES, D_PASSAGE,
                  D_DNR, D_DATE, D_HEAD, D_AUTHOR, d_projects, d_sum, d_cells, d_sum_cells, d1, dmy)

OUT = HERE / "marstorp-tn-investeringsplan-gator-2027-2030.pdf"
ASPH = (52, 56, 60)
YEL = (246, 196, 0)
RED = (196, 40, 40)
PALEG = (236, 237, 238)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            w = 9
            n = int(self.w / w) + 3
            for k in range(n):
                x = k * w - 6
                self.set_fill_color(*(YEL if k % 2 == 0 else (20, 20, 20)))
                self.polygon([(x, 0), (x + w, 0), (x + w - 6, 7), (x - 6, 7)], style="F")
            self.set_y(16)
            return
        super().header()


pdf = DDoc("Marstorps kommun", "Investeringsplan gator och vägar 2027–2030", "Sida {p} av 4", font="dejavu",
           serif=False, accent=ASPH, foot=f"Tekniska nämnden · Dnr {D_DNR}", justify=False,
           title="Investeringsplan för gator, vägar och gång- och cykelvägar 2027–2030",
           author="Marstorps kommun, tekniska förvaltningen",
           created=dt.datetime(2026, 10, 20, 11, 0, tzinfo=dt.timezone.utc))

tot = d_sum()
n_proj = len(D_PROJECTS)
WORD = {5: "fem", 16: "16"}

# ---------------------------------------------------------------- p. 1 (portrait)
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_char_spacing(1.8)
pdf.cell(0, 5, "MARSTORPS KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4.5, "Tekniska förvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Sans", "B", 19)
pdf.multi_cell(0, 8.5, "Investeringsplan för gator, vägar och gång- och cykelvägar 2027–2030", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y0 = pdf.get_y()
for lab, val in (("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()),
                 ("Handläggare", f"{D_AUTHOR[0]}, {D_AUTHOR[1]}"), ("Till", "Tekniska nämnden")):
    pdf.set_x(26)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(30, 5, lab)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(*YEL)
pdf.rect(22, y0, 1.6, pdf.get_y() - y0, style="F")
pdf.ln(4)
pdf.h1("1 Sammanfattning", size=12.5)
pdf.p(f"Investeringsplanen omfattar {WORD[n_proj]} projekt i {WORD[len(D_GROUPS)]} grupper. Den totala utgiften "
      f"för projekten beräknas till {d1(tot[0])} mnkr, varav {d1(tot[1])} mnkr redan har upparbetats till och med "
      f"2026.", size=9.8)
pdf.p(f"För 2027 föreslås investeringar på {d1(tot[2])} mnkr. Det är {d1(tot[2] - D_FRAME)} mnkr mer än den "
      f"investeringsram på {d1(D_FRAME)} mnkr som kommunfullmäktige har angett för tekniska nämnden. I förra årets "
      f"plan låg {d1(D_PREV_PLAN_2027)} mnkr på 2027. Förvaltningen föreslår att överskridandet hanteras genom att "
      f"beläggningsprogrammet anpassas efter upphandlingsresultatet under året.", size=9.8)

# Figur 1: step chart of the yearly volumes
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Figur 1. Investeringar per år 2027–2030, mnkr", new_x="LMARGIN", new_y="NEXT")
vals = list(tot[2:6])
CX, CW, CH = 36, 132, 46
top = pdf.get_y() + 8
vmax = 70.0


def Y(v):
    return top + CH * (1 - v / vmax)


step = CW / len(vals)
pts = [(CX, top + CH)]
for i, v in enumerate(vals):
    pts += [(CX + i * step, Y(v)), (CX + (i + 1) * step, Y(v))]
pts.append((CX + CW, top + CH))
pdf.set_fill_color(252, 232, 150)
pdf.polygon(pts, style="F")
pdf.set_draw_color(*ASPH)
pdf.set_line_width(0.6)
pdf.polyline(pts[1:-1])
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
for v in (20, 40, 60):
    pdf.hline(CX, CX + CW, Y(v), 0.1, (190, 190, 190), dash=(0.7, 0.7))
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(CX - 10, Y(v) - 2)
    pdf.cell(8, 4, str(v), align="R")
pdf.hline(CX, CX + step, Y(D_FRAME), 0.5, RED, dash=(1.2, 0.8))
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*RED)
pdf.set_xy(CX + step + 1, Y(D_FRAME) - 2)
pdf.cell(30, 4, f"Ram 2027: {d1(D_FRAME)}")
for i, (v, yr) in enumerate(zip(vals, D_YEARS)):
    pdf.set_text_color(*ASPH)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(CX + i * step, Y(v) - 5.5)
    pdf.cell(step, 4.5, d1(v), align="C")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(CX + i * step, top + CH + 1.5)
    pdf.cell(step, 4, str(yr), align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(CX, CX + CW, top + CH, 0.4, ASPH)
pdf.set_y(top + CH + 9)
pdf.h1("Förändringar mot föregående plan", size=12.5)
pdf.bullets(["Den nya bron över Bysjöån har skjutits upp ett år (se avsnitt 3).",
             "Den planskilda GC-passagen under Banvallen och belysningen av GC-vägarna i Åbyhed är nya projekt.",
             "Ombyggnaden av Bangatan har tidigarelagts och påbörjades redan under hösten 2026."], size=9.6)

# ---------------------------------------------------------------- pp. 2–3 (landscape) Tabell 1
X0 = 18
WID = [16, 100, 25, 27, 24, 24, 24, 24]
AL = ["L", "L", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
HEAD2 = ["Projnr", "Projekt", "Total utgift", "Utfall t.o.m. 2026", "Budget 2027", "Plan 2028", "Plan 2029",
         "Plan 2030"]
BOTTOM = 210 - 24
VP = 1.9


def whole_words(widths, cells, size, style=""):
    for w, c in zip(widths, cells):
        lines = pdf.cell_lines(w, c, "Cond", style, size)
        if " ".join(lines).split() != str(c).split():
            raise SystemExit(f"a word is split in the cell {c!r}: {lines}")


def heading(y):
    pdf.set_fill_color(*ASPH)
    pdf.rect(X0, y, TW, 15, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 8.6)
    pdf.set_xy(xs[4], y + 1)
    pdf.cell(xs[8] - xs[4], 4.5, "Utgifter per år, mnkr", align="C")
    pdf.hline(xs[4] + 2, xs[8] - 2, y + 6, 0.3, (255, 255, 255))
    whole_words(WID, HEAD2, 8.6, "B")
    pdf.row(X0, y + 6.8, WID, AL, HEAD2, style="B", size=8.6, font="Cond", color=(255, 255, 255), vpad=0.6)
    pdf.set_text_color(0, 0, 0)
    return y + 15


def group_row(y, nr, name, cont=False):
    pdf.set_fill_color(*PALEG)
    pdf.rect(X0, y, TW, 6.6, style="F")
    pdf.set_fill_color(*YEL)
    pdf.rect(X0 + 1.2, y + 1.2, 4.2, 4.2, style="F")
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(X0 + 1.2, y + 1.2)
    pdf.cell(4.2, 4.2, nr, align="C")
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(X0 + 7.5, y + 1)
    pdf.cell(TW - 8, 4.6, name + (" (forts.)" if cont else ""))
    return y + 6.6


def proj_row(y, p):
    cells = d_cells(p)
    whole_words(WID, cells, 9)
    h = pdf.row(X0, y, WID, AL, cells, size=9, font="Cond", styles=[None, None, "B"] + [None] * 5, vpad=VP)
    pdf.hline(X0, X0 + TW, y + h, 0.1, (205, 205, 205))
    return h


def total_frame(a, b):
    """the yellow outline round the total column, from the heading to the last row on this page"""
    pdf.set_draw_color(*YEL)
    pdf.set_line_width(0.7)
    pdf.rect(xs[2] + 0.4, a + 0.4, WID[2] - 0.8, b - a - 0.4)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def sum_row(y, label, s, style="BI"):
    pdf.hline(xs[2], X0 + TW, y, 0.3, (60, 60, 60))
    h = pdf.row(X0, y, WID, AL, d_sum_cells(label, s), size=9, font="Cond", style=style, vpad=VP)
    return h


pdf.set_auto_page_break(False)
pdf.add_page(orientation="L")
pdf.set_margins(18, 24, 18)
pdf.set_y(24)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 6, "Tabell 1. Investeringsplan per projekt och år, mnkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4.5, "Löpande priser. Total utgift = utfall till och med 2026 + budget 2027 + plan 2028–2030.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
pdf.set_font("Sans", "", 9.4)
pdf.multi_cell(0, 4.8, "Projekten redovisas i fem grupper. Utfallet till och med 2026 är upparbetade utgifter enligt "
               "bokslutet för tidigare år och prognosen för 2026. Budget 2027 är förvaltningens förslag inför "
               "kommunfullmäktiges beslut om Mål och budget, medan åren 2028–2030 är en plan som prövas på nytt "
               "varje år. Projekt som ännu inte är påbörjade har inget utfall.", align="L",
               new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 2)
ytab = y - 15
broke_after = None
for gnr, gname in D_GROUPS:
    ps = d_projects(gnr)
    if y + 6.6 + 7 > BOTTOM:
        raise SystemExit(f"a group row would stand alone at the foot of the page (group {gnr}, y {y:.1f})")
    y = group_row(y, gnr, gname)
    for k, p in enumerate(ps):
        h = pdf.row_h(WID, d_cells(p), size=9, font="Cond", vpad=VP)
        if y + h > BOTTOM:
            broke_after = prev
            total_frame(ytab, y)
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Tabellen fortsätter på nästa sida", align="R")
            pdf.add_page(orientation="L")
            pdf.set_y(24)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(0, 6, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = heading(pdf.get_y() + 2)
            ytab = y - 15
            y = group_row(y, gnr, gname, cont=True)
        y += proj_row(y, p)
        prev = p[1]
    y += sum_row(y, f"Summa {gname[0].lower() + gname[1:]}", d_sum(gnr))
y += 1.5
pdf.hline(X0, X0 + TW, y - 0.6, 0.3, (30, 30, 30))
pdf.hline(X0, X0 + TW, y + 0.3, 0.3, (30, 30, 30))
y += pdf.row(X0, y + 0.6, WID, AL, d_sum_cells("Totalt", tot), size=9.4, font="Cond", style="B") + 0.6
total_frame(ytab, y)
if broke_after != D_BREAK_AFTER:
    raise SystemExit(f"Tabell 1 broke after {broke_after}, data.D_BREAK_AFTER is {D_BREAK_AFTER}")
pdf.set_xy(X0, y + 3)
pdf.set_font("Sans", "", 7.8)
for n in D_NOTES:
    pdf.set_x(X0)
    pdf.cell(TW, 4, n, new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() > BOTTOM + 8:
    raise SystemExit("the notes run into the footer")

# ---------------------------------------------------------------- p. 4 (portrait)
pdf.set_auto_page_break(True, 22)
pdf.add_page(orientation="P")
pdf.set_margins(22, 25, 22)
pdf.set_y(25)
pdf.h1("2 Kommentarer per grupp", size=12.5)


def runin(title, text):
    pdf.set_font("Sans", "B", 9.6)
    pdf.write(5, title + " ")
    pdf.set_font("Sans", "", 9.6)
    pdf.write(5, text)
    pdf.ln(7)


s = {g: d_sum(g) for g, _ in D_GROUPS}
runin("Nya gator och exploatering.", f"Gruppen omfattar {d1(s['1'][0])} mnkr. Exploateringsgatorna i Dagsåsen "
      f"finansieras till stor del av tomtförsäljningen i området.")
runin("Gång- och cykelvägar.", f"Den största satsningen är GC-vägen mellan Marstorp och Vedhamn, som knyter ihop "
      f"tätorterna och blir klar 2028.")
runin("Trafiksäkerhet och kollektivtrafik.", "Säker skolväg vid Emmarby skola genomförs under sommarlovet 2027. "
      "Busshållplatserna anpassas i samma takt varje år.")
runin("Broar och konstbyggnader.", "Renoveringen av Vallbybron kan inte vänta längre, eftersom bron har fått "
      "sänkt bärighet efter den senaste besiktningen.")
runin("Beläggning och belysning.", "Beläggningsprogrammet är ett årligt anslag som fördelas på gator efter "
      "tillståndsbedömning. Bytet till LED-armaturer halverar elförbrukningen i gatubelysningen.")
pdf.h1("3 Uppskjutna projekt", size=12.5)
pdf.p(f"Bygget av den nya bron över Bysjöån har skjutits upp ett år jämfört med förra årets plan. Det beror på att "
      f"{D_PASSAGE}. Den gamla bron hålls öppen med tillfälliga förstärkningar och viktbegränsning.", size=9.8)
pdf.h1("4 Förslag till beslut", size=12.5)
pdf.att_list("Tekniska nämnden föreslås besluta", [
    "anta investeringsplanen för gator, vägar och gång- och cykelvägar 2027–2030",
    "överlämna planen till kommunstyrelsen som underlag för Mål och budget 2027",
    "uppdra åt förvaltningen att återkomma med en reviderad tidplan för bron över Bysjöån",
], size=9.6)
pdf.ln(4)
pdf.sign_lines([f"{D_HEAD[0]}\n{D_HEAD[1].capitalize()}", f"{D_AUTHOR[0]}\n{D_AUTHOR[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
