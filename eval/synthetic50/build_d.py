"""(d) Region Alvmark – hälso- och sjukvårdsnämnden: primärvårdsrapport 2026, vårdcentralerna.

Layout: DejaVu Sans text, DejaVu Sans Condensed table, 4 pages: pp. 1, 3 and 4 portrait, P. 2 LANDSCAPE; teal and
coral. P. 1 has no running header: a DRAWN HEART WITH AN ECG LINE (a coral heart crossed by a white pulse trace) beside
"REGION ALVMARK / Hälso- och sjukvårdsnämnden", "PRIMÄRVÅRD" right-aligned in letter-spaced teal capitals, a teal rule
with a short coral segment at its right end, the title and subtitle, a key–value block, "1 Sammanfattning" with
COMPETING FIGURES in running text (128 440 vs 125 810 listed; phone accessibility 87,0 vs 86,3 vs the target 90,0;
assessment within three days 79,3 vs 78,8 vs the target 80,0; six of twelve centres reach both targets) and "Om
måtten" as a DEFINITION LIST (bold term on its own line, the explanation indented under it). Pp. 2–4 have a running
header ("Region Alvmark · Primärvårdsrapport 2026" at the left, "sida n av 4" at the right) over a teal hairline.
P. 2 (LANDSCAPE): "2 Resultat per vårdcentral" and Tabell 1 with a STACKED HEADING ("Listade patienter" over 2025 /
2026 / Förändring; "Telefontillgänglighet, % (mål 90)" and "Bedömning inom tre dagar, % (mål 80)" each over 2025 /
2026), THIN TEAL VERTICAL RULES between the column groups, the operator ("Region" / "Privat") in grey,
2026 values under the target in CORAL BOLD, and a "Hela regionen" row in WHITE BOLD ON A TEAL BAND. P. 3 (portrait):
"3 Tillgänglighet och besök" with Figur 1, a SCATTER PLOT (phone accessibility 2026 on the x axis, assessment within
three days 2026 on the y axis, both from 60 to 100 %, dashed target lines at 90 and 80 forming quadrants, the
upper-right quadrant tinted and labelled "Båda målen nådda", every centre a NUMBERED MARKER – a teal disc for regional
centres and a coral square for private ones – with a legend listing number, centre and the two values), comments and
the passage on Esperöd. P. 4: "4 Åtgärder 2027" as a "•" list, "Förslag till beslut" as att-clauses and two signature
lines. No metadata title.
"""
import datetime as dt

from common50 import HERE, Doc
from data import (D_CENTRES, D_DNR, D_DATE, D_DIRECTOR, D_ANALYST, D_PHONE_TARGET, D_VISIT_TARGET, D_PASSAGE,
                  D_ACTIONS, d_cells, d_total_cells, d_region, d_both, d_sentences, d1, g, WORD)

OUT = HERE / "region-alvmark-primarvardsrapport-2026.pdf"
TEAL = (0, 112, 122)
PALE_TEAL = (222, 240, 241)
CORAL = (226, 92, 76)
GREY = (105, 105, 105)


class DDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*TEAL)
        self.set_xy(self.l_margin, 10.5)
        self.cell(100, 4, "Region Alvmark · Primärvårdsrapport 2026")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.3, TEAL)
        self.set_text_color(0, 0, 0)
        self.set_y(22)


pdf = DDoc("Region Alvmark", font="dejavu", serif=False, accent=TEAL, foot="", justify=False,
           created=dt.datetime(2027, 3, 18, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
hx, hy = 30, 22
pdf.set_fill_color(*CORAL)
pdf.circle(hx - 3.2, hy - 2.6, 4.3, style="F")
pdf.circle(hx + 3.2, hy - 2.6, 4.3, style="F")
pdf.polygon([(hx - 7.35, hy - 1.4), (hx + 7.35, hy - 1.4), (hx, hy + 7.4)], style="F")
pdf.set_draw_color(255, 255, 255)
pdf.set_line_width(0.75)
pdf.polyline([(hx - 8.6, hy - 0.4), (hx - 3.6, hy - 0.4), (hx - 2.2, hy - 4.6), (hx - 0.2, hy + 3.4),
              (hx + 1.6, hy - 2.2), (hx + 2.8, hy - 0.4), (hx + 8.6, hy - 0.4)], style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*TEAL)
pdf.cell(90, 6, "REGION ALVMARK", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Hälso- och sjukvårdsnämnden")
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*TEAL)
pdf.set_char_spacing(1.3)
pdf.set_xy(120, 18.6)
pdf.cell(68, 4, "PRIMÄRVÅRD", align="R")
pdf.set_char_spacing(0)
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 174, 33, 0.8, TEAL)
pdf.hline(174, 188, 33, 0.8, CORAL)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*TEAL)
pdf.cell(0, 9, "Primärvårdsrapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Listade patienter, tillgänglighet och besök per vårdcentral", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", D_DNR), ("Datum", D_DATE.isoformat()), ("Ansvarig", f"{D_DIRECTOR[0]}, {D_DIRECTOR[1]}"),
        ("Till", "Hälso- och sjukvårdsnämnden")], lw=32, size=9, lh=4.6)
pdf.h1("1 Sammanfattning", size=12.5)
s = d_sentences()
pdf.p(f"Regionen har {WORD[len(D_CENTRES)]} vårdcentraler, varav {WORD[sum(1 for c in D_CENTRES if c[1] == 'Privat')]} "
      f"drivs av privata vårdgivare inom vårdvalet. {s[0]}", size=9.6)
pdf.p(f"{s[1]} {s[2]}", size=9.6)
pdf.p(f"{s[3]} Tillgängligheten förbättrades på de flesta vårdcentraler, men Esperöd vårdcentral, som har flest "
      "listade patienter, försämrades och ligger långt under båda målen.", size=9.6)
pdf.h1("Om måtten", size=11.5)
for term, expl in [
    ("Listade patienter", "Antalet invånare som är listade på vårdcentralen den 31 december."),
    ("Telefontillgänglighet", "Andelen samtal där patienten fick kontakt med vårdcentralen samma dag, antingen direkt "
     "eller genom att bli uppringd."),
    ("Bedömning inom tre dagar", "Andelen patienter som fick en medicinsk bedömning av legitimerad personal inom tre "
     "dagar efter den första kontakten."),
]:
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(0, 4.8, term, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(pdf.epw - 6, 4.6, expl, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.p("Resultaten per vårdcentral redovisas i tabell 1 på nästa sida och i figur 1.", size=9.6)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2 (landscape): Tabell 1
pdf.add_page(orientation="L")
pdf.h1("2 Resultat per vårdcentral", size=12.5)
pdf.p("Tabell 1 visar antalet listade patienter och de två tillgänglighetsmåtten för varje vårdcentral. Värden för "
      "2026 som inte når målet är markerade med röd fetstil.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Listade patienter och tillgänglighet per vårdcentral 2025–2026", new_x="LMARGIN",
         new_y="NEXT")
X = pdf.l_margin
WID = [62, 22, 23, 23, 24, 24.75, 24.75, 24.75, 24.75]
AL = ["L", "L", "R", "R", "R", "R", "R", "R", "R"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - (pdf.w - pdf.r_margin)) > 0.01:
    raise SystemExit(f"Tabell 1 is {XS[-1] - X:.1f} mm wide, the page {pdf.epw:.1f} mm")
y = pdf.get_y() + 1.5
top = y
pdf.hline(X, XS[-1], y, 0.9, TEAL)
HU = 9.4
pdf.set_font("Cond", "B", 8.6)
for j, t in ((2, "Listade patienter"), (5, f"Telefontillgänglighet, %\n(mål {D_PHONE_TARGET:.0f})"),
             (7, f"Bedömning inom tre dagar, %\n(mål {D_VISIT_TARGET:.0f})")):
    span = 3 if j == 2 else 2
    lines = t.split("\n")
    for li, ln in enumerate(lines):
        pdf.set_xy(XS[j], y + 1.0 + li * 3.9 + (1.95 if len(lines) == 1 else 0))
        pdf.cell(XS[j + span] - XS[j], 3.9, ln, align="C")
    pdf.hline(XS[j] + 1.5, XS[j + span] - 1.5, y + HU, 0.3, TEAL)
HEAD = ["Vårdcentral", "Drift", "2025", "2026", "Förändring", "2025", "2026", "2025", "2026"]
pdf.no_split(WID, HEAD, "Cond", "B", 8.6, what="Tabell 1 heading")
pdf.row(X, y + HU, WID, AL, HEAD, size=8.6, font="Cond", style="B", h=6.2)
y += HU + 6.2
pdf.hline(X, XS[-1], y, 0.4, TEAL)
FS = 9.4
for c in D_CENTRES:
    cells = d_cells(c)
    pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.9)
    lowp, lowv = c[5] < D_PHONE_TARGET, c[7] < D_VISIT_TARGET
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.9, h=h,
            styles=[None, None, None, None, None, None, "B" if lowp else None, None, "B" if lowv else None],
            colors=[None, GREY, None, None, None, None, CORAL if lowp else None, None, CORAL if lowv else None])
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
cells = d_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.6)
pdf.set_fill_color(*TEAL)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.6, h=h, color=(255, 255, 255))
y += h
for j in (2, 5, 7):
    pdf.vline(XS[j], top + HU - 0.5, y, 0.3, TEAL)
pdf.set_y(y + 1.8)
pdf.set_font("Sans", "", 7.4)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.6, "Listade patienter den 31 december. Regionens värden är vägda med antalet listade patienter. "
               "Drift: Region = vårdcentralen drivs av regionen; Privat = privat vårdgivare inom vårdvalet. Källa: "
               "regionens listningssystem och den nationella väntetidsdatabasen.", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3 (portrait): scatter plot
pdf.add_page(orientation="P")
pdf.h1("3 Tillgänglighet och besök", size=12.5)
pdf.p("Figur 1 visar varje vårdcentral med telefontillgängligheten på den vågräta axeln och andelen som fick en "
      "bedömning inom tre dagar på den lodräta. Vårdcentraler i det skuggade fältet når båda målen.", size=9.4)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Figur 1. Telefontillgänglighet och bedömning inom tre dagar 2026, %", new_x="LMARGIN",
         new_y="NEXT")
y0 = pdf.get_y() + 4
PX0, PW, PH = 34, 92, 92
LO, HI = 60, 100


def sx(v):
    return PX0 + PW * (v - LO) / (HI - LO)


def sy(v):
    return y0 + PH - PH * (v - LO) / (HI - LO)


pdf.set_fill_color(*PALE_TEAL)
pdf.rect(sx(D_PHONE_TARGET), sy(HI), sx(HI) - sx(D_PHONE_TARGET), sy(D_VISIT_TARGET) - sy(HI), style="F")
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
for v in range(LO, HI + 1, 10):
    pdf.hline(PX0, PX0 + PW, sy(v), 0.1, (215, 215, 215))
    pdf.vline(sx(v), y0, y0 + PH, 0.1, (215, 215, 215))
    pdf.set_xy(PX0 - 9, sy(v) - 1.6)
    pdf.cell(7.5, 3.2, str(v), align="R")
    pdf.set_xy(sx(v) - 4, y0 + PH + 1)
    pdf.cell(8, 3.2, str(v), align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(60, 60, 60)
pdf.rect(PX0, y0, PW, PH, style="D")
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.35)
pdf.set_dash_pattern(dash=1.0, gap=0.8)
pdf.line(sx(D_PHONE_TARGET), y0, sx(D_PHONE_TARGET), y0 + PH)
pdf.line(PX0, sy(D_VISIT_TARGET), PX0 + PW, sy(D_VISIT_TARGET))
pdf.set_dash_pattern()
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 7.0)
pdf.set_text_color(*TEAL)
pdf.set_xy(sx(D_PHONE_TARGET) + 1, sy(HI) + 1)
pdf.multi_cell(sx(HI) - sx(D_PHONE_TARGET) - 2, 3.2, "Båda målen nådda", align="L")
pdf.set_text_color(0, 0, 0)
for i, c in enumerate(D_CENTRES, 1):
    x, yy = sx(c[5]), sy(c[7])
    if c[1] == "Region":
        pdf.set_fill_color(*TEAL)
        pdf.circle(x, yy, 2.1, style="F")
    else:
        pdf.set_fill_color(*CORAL)
        pdf.rect(x - 1.9, yy - 1.9, 3.8, 3.8, style="F")
    pdf.set_font("Sans", "B", 6.0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x - 2.1, yy - 1.5)
    pdf.cell(4.2, 3.0, str(i), align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 7.4)
pdf.set_xy(PX0, y0 + PH + 5)
pdf.cell(PW, 3.6, "Telefontillgänglighet 2026, %", align="C")
ylab = "Bedömning inom tre dagar 2026, %"
with pdf.rotation(90, PX0 - 11, y0 + PH / 2):
    pdf.text(PX0 - 11 - pdf.get_string_width(ylab) / 2, y0 + PH / 2 + 1.2, ylab)
# legend
lx, ly = 134, y0 + 1
pdf.set_font("Sans", "B", 7.6)
pdf.set_xy(lx, ly)
pdf.cell(54, 4, "Vårdcentral: telefon / bedömning", new_x="LEFT", new_y="NEXT")
ly += 5.5
for i, c in enumerate(D_CENTRES, 1):
    if c[1] == "Region":
        pdf.set_fill_color(*TEAL)
        pdf.circle(lx + 1.6, ly + 2.0, 1.6, style="F")
    else:
        pdf.set_fill_color(*CORAL)
        pdf.rect(lx + 0.1, ly + 0.5, 3.0, 3.0, style="F")
    pdf.set_font("Sans", "B", 5.4)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(lx, ly + 0.8)
    pdf.cell(3.2, 2.4, str(i), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.0)
    pdf.set_xy(lx + 4.4, ly)
    pdf.cell(34, 4.0, c[0].replace(" vårdcentral", ""))
    pdf.set_font("Sans", "B", 7.0)
    pdf.cell(16, 4.0, f"{d1(c[5])} / {d1(c[7])}", align="R")
    ly += 5.0
pdf.set_font("Sans", "I", 6.8)
pdf.set_text_color(*GREY)
pdf.set_xy(lx, ly + 1)
pdf.multi_cell(54, 3.3, "Rund markering: regionens vårdcentraler. Fyrkant: privata vårdgivare.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y0 + PH + 12)
pdf.h2("Kommentarer")
both = [c for c in D_CENTRES if d_both(c)]
pdf.p(f"{WORD[len(both)].capitalize()} vårdcentraler når båda målen. Ålbrunns hälsocentral har den bästa "
      "tillgängligheten i regionen för tredje året i rad, och Ambranäs vårdcentral har förbättrat sin "
      "telefontillgänglighet mest bland regionens egna vårdcentraler.", size=9.4)
pdf.p(f"Esperöd vårdcentral har försämrats på båda måtten. Förklaringen är att {D_PASSAGE}. Vårdcentralen har "
      "sedan hösten fått hjälp av regionens bemanningsenhet.", size=9.4)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Åtgärder 2027", size=12.5)
pdf.bullets(D_ACTIONS, size=9.6, lh=4.8)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Hälso- och sjukvårdsnämnden föreslås besluta", [
    "godkänna primärvårdsrapporten för 2026,",
    "ge primärvårdsdirektören i uppdrag att följa upp Esperöd vårdcentral varje månad under 2027, samt",
    "rapporten skickas till regionstyrelsen för kännedom."], size=9.6)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Region Alvmark den {D_DATE.day} mars {D_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{D_DIRECTOR[0]}\n{D_DIRECTOR[1].capitalize()}", f"{D_ANALYST[0]}\n{D_ANALYST[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
