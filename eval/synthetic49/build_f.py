"""(f) Lervåla kommun – kultur- och fritidsnämnden: bibliotekens verksamhetsberättelse 2026 (visits and opening hours
per branch as a SCANNED Bilaga 1).

Layout: DejaVu Sans headings, DejaVu Serif text, DejaVu Sans Condensed table, portrait, 4 pages, ink blue and saffron.
P. 1 has no running header: a DRAWN STACK OF THREE BOOKS (lying spines in ink blue, saffron and grey, with spine bands)
beside "LERVÅLA KOMMUN / Kultur- och fritidsnämnden · Biblioteken", "Verksamhetsberättelse" in saffron italics at the
right, an ink-blue rule, the title, a key–value block, "1 Året i korthet" with COMPETING FIGURES in running text (274 220
vs 270 270 loans, 3 950 more; physical loans 235 800 vs 236 360; e-loans 38 420 vs 33 910; 11,5 vs 11,3 loans per
inhabitant; 612 vs 548 events) and Figur 1, a FLOW (ALLUVIAL) DIAGRAM of the physical loans 2026 from the seven
branches on the left to the five media types on the right, bands in the colour of the media type and half
transparent, every node labelled with its total. Pp. 2 and 4 have a running header ("Lervåla kommun · Biblioteken" at
the left, "Verksamhetsberättelse 2026 – sida n" at the right) over a saffron hairline. P. 2: "2 Utlån" with Tabell 1
(Bibliotek / five media types under the STACKED HEADING "Utlån 2026 per medietyp" / Totalt 2026 / Totalt 2025) with
ZEBRA ROWS, an "E-medier¹" row that only has totals, a FOOTNOTE MARK, and a bold "Samtliga bibliotek" row on a pale
saffron band; comments; "3 Besök och öppettider", which points to Bilaga 1 in words only. **P. 3 is a SCANNED IMAGE
WITHOUT ANY TEXT LAYER** (scan49.py): a SPREADSHEET PRINTOUT WITH ROW NUMBERS AND COLUMN LETTERS, gridlines, a bold
Summa row with a double top border, notes, the print header and footer, "Bilaga 1" in ballpoint at the top right and
a WATER STAIN in the lower right corner; −0.4° skew, grain and specks. P. 4: "4 Programverksamhet", "5 Mål och
satsningar 2027" as SAFFRON ROUND BULLETS WITH NESTED EN-DASH POINTS, "Förslag till beslut" as att-clauses, two
signature lines and a grey "Bilaga" line. No metadata title. None of the figures of the scanned table is repeated in the
text layer.
"""
import datetime as dt

from common49 import HERE, Doc
from data import (F_LOANS, F_MEDIA, F_EVENTS, F_DNR, F_DATE, F_CHIEF, F_STAT, F_GOALS, f_cells, f_total,
                  f_sum, f_e_cells, f_total_cells, f_sentences, g, WORD)
from scan49 import render

OUT = HERE / "lervala-kfn-bibliotekens-verksamhetsberattelse-2026.pdf"
INK = (28, 48, 96)
SAFFRON = (226, 150, 20)
PALE_SAFFRON = (252, 238, 206)
ZEBRA = (242, 244, 248)
GREY = (105, 105, 105)
MEDIA_COL = [(28, 48, 96), (70, 110, 170), (226, 150, 20), (150, 90, 140), (120, 140, 120)]


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(20)
            return
        self.set_font("Sans", "", 8.2)
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, 10.5)
        self.cell(90, 4, "Lervåla kommun · Biblioteken")
        self.set_text_color(*GREY)
        self.cell(self.epw - 90, 4, f"Verksamhetsberättelse 2026 – sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.4, SAFFRON)
        self.set_y(22)


pdf = FDoc("Lervåla kommun", font="dejavu", serif=True, accent=INK, foot="", justify=False,
           created=dt.datetime(2027, 2, 23, 9, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 16)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
bx, by = 20, 13
for k, (w, col) in enumerate(((17, INK), (15, SAFFRON), (16.5, (150, 150, 150)))):
    yy = by + k * 4.6
    x0 = bx + (0.8 if k == 1 else 0)
    pdf.set_fill_color(*col)
    pdf.rect(x0, yy, w, 4.2, style="F", round_corners=True, corner_radius=0.6)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x0 + 2.0, yy + 0.6, 0.6, 3.0, style="F")
    pdf.rect(x0 + w - 2.6, yy + 0.6, 0.6, 3.0, style="F")
pdf.set_xy(41, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*INK)
pdf.cell(90, 6, "LERVÅLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Kultur- och fritidsnämnden · Biblioteken")
pdf.set_xy(120, 15)
pdf.set_font("Serif", "I", 11)
pdf.set_text_color(*SAFFRON)
pdf.cell(70, 5, "Verksamhetsberättelse", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(20, 190, 31.5, 1.2, INK)
pdf.set_y(36)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*INK)
pdf.cell(0, 8.5, "Bibliotekens verksamhetsberättelse 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2.5)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Ansvarig", f"{F_CHIEF[0]}, {F_CHIEF[1]}"),
        ("Statistik", f"{F_STAT[0]}, {F_STAT[1]}"), ("Beslutas av", "Kultur- och fritidsnämnden")], lw=32,
       size=9, lh=4.5)
pdf.h1("1 Året i korthet", size=12.5)
s = f_sentences()
pdf.p(f"Lervåla har ett huvudbibliotek, fem filialer och en bokbuss. {s[0]} {s[1]}", size=9.5)
pdf.p(f"{s[2]} {s[3]}", size=9.5)

# Figur 1: flow diagram branch -> media type
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Figur 1. Fysiska utlån 2026 från bibliotek till medietyp", new_x="LMARGIN", new_y="NEXT")
top = pdf.get_y() + 3
XL, XR, NW = 60, 143, 4
HH = 104
tot = f_sum()[5]
gap_l = 2.6
gap_r = (HH - (HH - gap_l * (len(F_LOANS) - 1))) / (len(F_MEDIA) - 1)
k = (HH - gap_l * (len(F_LOANS) - 1)) / tot
media_tot = f_sum()[:5]
# node positions
ly, ry = [], []
y = top
for b in F_LOANS:
    ly.append(y)
    y += f_total(b) * k + gap_l
y = top
for m in media_tot:
    ry.append(y)
    y += m * k + gap_r


def smooth(t):
    return t * t * (3 - 2 * t)


off_l = [0.0] * len(F_LOANS)
off_r = [0.0] * len(F_MEDIA)
with pdf.local_context(fill_opacity=0.5):
    for i, b in enumerate(F_LOANS):
        for j in range(5):
            v = b[1 + j]
            if not v:
                continue
            hgt = v * k
            y0l, y0r = ly[i] + off_l[i], ry[j] + off_r[j]
            n = 24
            upper = [(XL + NW + (XR - XL - NW) * t / n, y0l + (y0r - y0l) * smooth(t / n)) for t in range(n + 1)]
            lower = [(x, yv + hgt) for x, yv in reversed(upper)]
            pdf.set_fill_color(*MEDIA_COL[j])
            pdf.polygon(upper + lower, style="F")
            off_l[i] += hgt
            off_r[j] += hgt
for i, b in enumerate(F_LOANS):
    h = f_total(b) * k
    pdf.set_fill_color(60, 60, 60)
    pdf.rect(XL, ly[i], NW, h, style="F")
    pdf.set_font("Cond", "", 7.6)
    pdf.set_xy(20, ly[i] + h / 2 - 1.9)
    pdf.cell(XL - 21.5, 3.8, f"{b[0]} {g(f_total(b))}", align="R")
for j, m in enumerate(F_MEDIA):
    h = media_tot[j] * k
    pdf.set_fill_color(*MEDIA_COL[j])
    pdf.rect(XR, ry[j], NW, h, style="F")
    pdf.set_font("Cond", "B", 7.8)
    pdf.set_xy(XR + NW + 1.5, ry[j] + h / 2 - 1.9)
    pdf.cell(36, 3.8, f"{m} {g(media_tot[j])}")
pdf.set_xy(20, top + HH + 3)
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Bandens bredd är proportionell mot antalet utlån. E-medier ingår inte, eftersom de inte lånas via "
         "ett visst bibliotek.")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.h1("2 Utlån", size=12.5)
pdf.p("Tabell 1 visar utlånen per bibliotek och medietyp. Omlån räknas som nya lån. Bokbussen lånar inte ut film. "
      "Lån av e-böcker och e-ljudböcker görs via webben och redovisas på en egen rad.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Utlån per bibliotek och medietyp", new_x="LMARGIN", new_y="NEXT")
X = 20
WID = [32] + [20] * 5 + [19, 19]
AL = ["L"] + ["R"] * 7
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - 190) > 0.01:
    raise SystemExit(f"Tabell 1 width {XS[-1] - X}")
FS = 8.6
y = pdf.get_y() + 1
pdf.hline(X, XS[-1], y, 0.9, INK)
pdf.set_font("Cond", "B", 8.2)
pdf.set_xy(XS[1], y + 1.0)
pdf.cell(XS[6] - XS[1], 4, "Utlån 2026 per medietyp", align="C")
pdf.hline(XS[1] + 1.2, XS[6] - 1.2, y + 5.8, 0.3, INK)
y += 6.1
head = ["Bibliotek"] + F_MEDIA + ["Totalt 2026", "Totalt 2025"]
for c, w in zip(head, WID):
    if " ".join(pdf.cell_lines(w, c, "Cond", "B", 7.8)).split() != c.split():
        raise SystemExit(f"word split in heading {c!r}")
for c, w in list(zip(f_total_cells(), WID))[1:]:
    if len(pdf.cell_lines(w, c, "Cond", "B", FS)) > 1:
        raise SystemExit(f"cell wraps: {c!r}")
hh = pdf.row_h(WID, head, size=7.8, font="Cond", style="B", vpad=1.0)
pdf.row(X, y, WID, AL, head, size=7.8, font="Cond", style="B", h=hh, vpad=1.0)
y += hh
pdf.hline(X, XS[-1], y, 0.5, INK)
for i, b in enumerate(F_LOANS):
    cells = f_cells(b)
    h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.2)
    if i % 2 == 1:
        pdf.set_fill_color(*ZEBRA)
        pdf.rect(X, y, XS[-1] - X, h, style="F")
    pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.2, h=h)
    y += h
h = pdf.row(X, y, WID, AL, f_e_cells(), size=FS, font="Cond", style="I", vpad=1.2)
y += h
cells = f_total_cells()
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.3)
pdf.set_fill_color(*PALE_SAFFRON)
pdf.rect(X, y, XS[-1] - X, h, style="F")
pdf.hline(X, XS[-1], y, 0.5, INK)
pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.3, h=h)
y += h
pdf.hline(X, XS[-1], y, 0.9, INK)
pdf.set_xy(X, y + 1.2)
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.5, "¹ E-böcker och e-ljudböcker via kommunens e-tjänst. De lånas inte via ett visst bibliotek och "
               "ingår bara i raden Samtliga bibliotek.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(pdf.get_y() + 4)
pdf.h2("Kommentarer")
grew = [b for b in F_LOANS if f_total(b) > b[6]]
kids_more = [b for b in F_LOANS if b[2] > b[1]]
pdf.p(f"De fysiska utlånen ökade på {WORD[len(grew)]} av sju utlåningsställen men minskade på Huvudbiblioteket, "
      "där utlånen av vuxenlitteratur fortsätter att gå ned, och i Lillbo och Lövsunda. Vikhult ökade mest, tack "
      "vare meröppet och ett nytt samarbete med skolorna.", size=9.5)
pdf.p(f"Barn- och ungdomsböcker är den största medietypen på {WORD[len(kids_more)]} av utlåningsställena. På "
      "bokbussen är andelen barnböcker särskilt hög, eftersom bussen stannar vid förskolor och skolor.", size=9.5)
pdf.h1("3 Besök och öppettider", size=12.5)
pdf.p("Besöken och öppettiderna per bibliotek redovisas i bilaga 1, som är en utskrift ur bibliotekens "
      "statistikfil. Besöken ökade på de bibliotek som har meröppet, där låntagare kan gå in med lånekort och kod "
      "även när personalen inte är på plats, och minskade något på Huvudbiblioteket och på de två minsta filialerna.",
      size=9.5)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: the scanned Bilaga 1
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Programverksamhet", size=12.5)
pdf.p(f"Biblioteken ordnade {F_EVENTS[1]} programaktiviteter under året. De flesta var sagostunder och "
      "bokprat för barn, men språkcaféerna för nyanlända och den digitala hjälpen för äldre har också vuxit. "
      "Författarbesöken under bokveckan i oktober lockade fler besökare än någonsin tidigare.", size=9.5)
pdf.p("Samarbetet med skolorna har fortsatt. Skolbiblioteken i Vikhult och Falkeby bemannas sedan hösten av "
      "folkbibliotekets personal två dagar i veckan.", size=9.5)
pdf.h1("5 Mål och satsningar 2027", size=12.5)
for head_, subs in F_GOALS:
    pdf.need(16)
    yb = pdf.get_y()
    pdf.set_fill_color(*SAFFRON)
    pdf.circle(pdf.l_margin + 2.2, yb + 2.5, 1.3, style="F")
    pdf.set_xy(pdf.l_margin + 6, yb)
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(pdf.epw - 6, 5, head_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for sub in subs:
        pdf.set_x(pdf.l_margin + 6)
        pdf.set_text_color(*SAFFRON)
        pdf.cell(5, 5, "–")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(pdf.epw - 11, 5, sub, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Kultur- och fritidsnämnden föreslås besluta", [
    "godkänna bibliotekens verksamhetsberättelse för 2026, samt",
    "uppdra åt bibliotekschefen att införa meröppet på Lillbo bibliotek under hösten 2027."],
    size=9.5)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Lervåla den {F_DATE.day} februari {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_CHIEF[0]}\n{F_CHIEF[1].capitalize()}", f"{F_STAT[0]}\n{F_STAT[1].capitalize()}"])
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Bilaga 1: Besöksstatistik och öppettider, utskrift ur statistikfilen")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
