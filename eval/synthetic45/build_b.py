"""(b) Brisviks kommun – de förtroendevalda revisorerna: revisionsrapport 2027:5, granskning av upphandling och
avtalstrohet (utförd av Lingvalla Revision AB), with the board's response.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, petrol and coral. P. 1 is a COVER
without running header or footer: a letter-spaced petrol kicker, the title block framed by FOUR L-SHAPED CROP-MARK
CORNERS (no frame lines between them), a coral report number, a thin coral bar, and at the foot a two-column
key–value block over a hairline. Pp. 2–4 have a running header (kicker left, report number right, a petrol hairline)
and a footer with the page as "n (4)". P. 2: "1 Sammanfattning" with COMPETING FIGURES in running text (18 purchases
for 15 562 tkr; 7 without procurement for 5 460 tkr = 35,1 % vs 12,4 % in the previous audit; three over the
threshold of 700 tkr), "Revisionell bedömning" as an ASSESSMENT SCALE – four segments in four tints from coral to
petrol with their labels, a DRAWN TRIANGULAR POINTER over the chosen segment and "Vår bedömning" above it – then "2
Inledning" with the audit questions as a NUMBERED LIST WITH NESTED "a)" ITEMS. P. 3: "3 Granskningsresultat" with
Tabell 1, the sampled purchases (Nr / Leverantör / Avser / Belopp, tkr / Upphandlat / Avtal) under the four committees
as GROUP ROWS IN PETROL CAPITALS ON A PALE BAND, "Nej" cells ON A PALE CORAL TINT IN BOLD CORAL, a bold "Summa" row
and an italic "varav utan upphandling" row, then the observations (the passage on the machine services). P. 4: "4
Rekommendationer" as a numbered list with nested items, "5 Kommunstyrelsens svar" as RESPONSE BLOCKS – a coral
square with the recommendation number at the left, the answer, and a grey line "Ansvarig … · Klart senast …" – and
two signature lines. No metadata title.
"""
import datetime as dt

from common45 import HERE, Doc
from data import (B_REPORT, B_DATE, B_FIRM, B_AUTHORS, B_AUDIT_CHAIR, B_KS_CHAIR, B_PERIOD, B_THRESHOLD, B_GROUPS,
                  B_SAMPLE, B_SCALE, B_VERDICT, B_QUESTIONS, B_RECS, B_RESPONSES, B_PASSAGE, b_cells, b_total,
                  b_nonproc, b_nonproc_sum, b_sentences, g)

OUT = HERE / "brisvik-revisionsrapport-upphandling-2027.pdf"
PET = (16, 78, 92)
COR = (226, 98, 76)
PALEC = (252, 228, 222)
PALEP = (226, 238, 240)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8)
        self.set_char_spacing(0.8)
        self.set_text_color(*PET)
        self.set_xy(self.l_margin, 11)
        self.cell(100, 4, "BRISVIKS KOMMUN · REVISORERNA")
        self.set_char_spacing(0)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"{B_REPORT} · Upphandling och avtalstrohet", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16.3, 0.3, PET)
        self.set_text_color(0, 0, 0)
        self.set_y(23)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.page_no()} (4)", align="R")
        self.set_text_color(0, 0, 0)


pdf = BDoc("Brisviks kommun", font="liberation", serif=False, accent=PET, justify=False,
           created=dt.datetime(2027, 10, 12, 14, 20, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1: cover with crop-mark corners
pdf.add_page()
pdf.set_font("Sans", "B", 9)
pdf.set_char_spacing(2)
pdf.set_text_color(*PET)
pdf.set_xy(22, 30)
pdf.cell(0, 5, "BRISVIKS KOMMUN · DE FÖRTROENDEVALDA REVISORERNA")
pdf.set_char_spacing(0)
bx0, by0, bx1, by1 = 30, 78, 180, 168
pdf.set_draw_color(*PET)
pdf.set_line_width(0.9)
L = 12
for (cx, cy, dx, dy) in ((bx0, by0, 1, 1), (bx1, by0, -1, 1), (bx0, by1, 1, -1), (bx1, by1, -1, -1)):
    pdf.line(cx, cy, cx + dx * L, cy)
    pdf.line(cx, cy, cx, cy + dy * L)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(bx0 + 12, by0 + 14)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*COR)
pdf.set_char_spacing(1.2)
pdf.cell(0, 5, B_REPORT.upper())
pdf.set_char_spacing(0)
pdf.set_text_color(*PET)
pdf.set_xy(bx0 + 12, by0 + 24)
pdf.set_font("Sans", "B", 24)
pdf.multi_cell(bx1 - bx0 - 24, 10, "Granskning av upphandling och avtalstrohet", align="L", new_x="LEFT",
               new_y="NEXT")
pdf.set_fill_color(*COR)
pdf.rect(bx0 + 12, pdf.get_y() + 4, 22, 1.4, style="F")
pdf.set_xy(bx0 + 12, pdf.get_y() + 9)
pdf.set_font("Sans", "", 10.5)
pdf.set_text_color(60, 60, 60)
pdf.multi_cell(bx1 - bx0 - 24, 5.4, "Kommunstyrelsen, tekniska nämnden, barn- och utbildningsnämnden och "
               "socialnämnden", align="L")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 226, 0.3, PET)
pdf.set_y(230)
kv_left = [("Uppdragsgivare", "De förtroendevalda revisorerna i Brisviks kommun"), ("Utförd av", B_FIRM)]
kv_right = [("Granskare", f"{B_AUTHORS[0][0]}, {B_AUTHORS[0][1]}\n{B_AUTHORS[1][0]}, {B_AUTHORS[1][1]}"),
            ("Datum", B_DATE.isoformat())]
for col, rows in ((22, kv_left), (110, kv_right)):
    yy = 231
    for k, v in rows:
        pdf.set_xy(col, yy)
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(*PET)
        pdf.cell(78, 4, k.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(78, 4.8, v, align="L", new_x="LEFT", new_y="NEXT")
        yy = pdf.get_y() + 3

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("1 Sammanfattning", size=13)
s = b_sentences()
pdf.p("Revisorerna har gett oss i uppdrag att granska om kommunstyrelsen och tre nämnder köper varor och tjänster i "
      f"enlighet med lagen om offentlig upphandling och kommunens riktlinjer. {s[0]} {s[1]} {s[2]}", size=10)
pdf.p("De brister vi har sett handlar främst om avtal som har löpt ut utan att någon ny upphandling har hunnit "
      "genomföras, och om direktupphandlingar som saknar dokumentation. Kommunen har en riktlinje för inköp, men den "
      "är inte känd hos alla beställare och avtalskatalogen på intranätet är inte uppdaterad.", size=10)
pdf.h2("Revisionell bedömning", size=11)
pdf.p("Vår sammanfattande bedömning är att kommunstyrelsen och nämnderna delvis säkerställer att inköpen görs enligt "
      "lagen och de interna reglerna.", size=10)
sy = pdf.get_y() + 10
sx, sw = 24, 162
seg = sw / len(B_SCALE)
tints = [(236, 140, 120), (244, 190, 170), (170, 205, 210), (70, 130, 142)]
for k, lab in enumerate(B_SCALE):
    pdf.set_fill_color(*tints[k])
    pdf.rect(sx + k * seg + 0.4, sy, seg - 0.8, 7, style="F")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(sx + k * seg, sy + 8.4)
    pdf.multi_cell(seg, 3.8, lab, align="C")
cx = sx + B_VERDICT * seg + seg / 2
pdf.set_fill_color(*PET)
pdf.polygon([(cx - 2.8, sy - 4.6), (cx + 2.8, sy - 4.6), (cx, sy - 0.6)], style="F")
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(*PET)
pdf.set_xy(cx - 20, sy - 9.4)
pdf.cell(40, 4, "Vår bedömning", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_y(sy + 20)
pdf.h1("2 Inledning", size=13)
pdf.h2("Bakgrund", size=10.5)
pdf.p("Kommunen köper varor och tjänster för drygt 600 mnkr per år. Upphandlingsenheten under kommunstyrelsen "
      "genomför de större upphandlingarna och stöder förvaltningarna, medan beställarna i förvaltningarna själva gör "
      "direktupphandlingar under gränsvärdet. Revisorerna har i sin riskanalys bedömt att det finns risk för att inköp "
      "görs utan avtal.", size=10)
pdf.h2("Revisionsfrågor", size=10.5)
pdf.numbered(B_QUESTIONS, size=10)
pdf.h2("Avgränsning och metod", size=10.5)
pdf.p(f"Granskningen omfattar inköp under perioden {B_PERIOD}. Vi har gjort ett stickprov av inköp ur "
      "leverantörsreskontran, där större leverantörer utan känt avtal har valts ut, och intervjuat upphandlingschefen, "
      "ekonomichefen och beställare i de fyra förvaltningarna.", size=10)

# ---------------------------------------------------------------- p. 3: Tabell 1
pdf.add_page()
pdf.h1("3 Granskningsresultat", size=13)
pdf.h2("3.1 Stickprov av inköp", size=10.5)
pdf.p("Tabell 1 visar de inköp som ingick i stickprovet. Beloppen avser utbetalningar under granskningsperioden.",
      size=10)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Tabell 1. Granskade inköp per nämnd", new_x="LMARGIN", new_y="NEXT")
X0 = 22
W = [8, 40, 50, 19, 19, 30]
AL = ["R", "L", "L", "R", "C", "L"]
TW = sum(W)
xs = [X0]
for w in W:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.9, PET)
h = pdf.row(X0, y + 0.3, W, AL, ["Nr", "Leverantör", "Avser", "Belopp, tkr", "Upphandlat", "Avtal"], style="B",
            size=8.6, font="Cond", vpad=1.0)
y += 0.3 + h
pdf.hline(X0, X0 + TW, y, 0.4, PET)
for gi, gname in enumerate(B_GROUPS):
    pdf.set_fill_color(*PALEP)
    pdf.rect(X0, y + 0.8, TW, 5.6, style="F")
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_char_spacing(0.9)
    pdf.set_text_color(*PET)
    pdf.set_xy(X0 + 1.5, y + 1.5)
    pdf.cell(TW - 3, 4.2, gname.upper())
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    y += 7
    for smp in [x for x in B_SAMPLE if x[0] == gi]:
        cells = b_cells(smp)
        nej = smp[5] == "Nej"
        fills = [None, None, None, None, PALEC if nej else None, None]
        h = pdf.row_h(W, cells, size=8.8, font="Cond", vpad=0.95)
        pdf.row(X0, y, W, AL, cells, size=8.8, font="Cond", vpad=0.95, fills=fills,
                styles=[None, None, None, None, "B" if nej else None, None],
                colors=[None, None, None, None, COR if nej else None, None], h=h)
        y += h
        pdf.hline(X0, X0 + TW, y, 0.1, (200, 208, 210))
pdf.hline(X0, X0 + TW, y + 0.4, 0.4, PET)
sum_cells = ["", "Summa", f"{len(B_SAMPLE)} inköp", g(b_total()), "", ""]
h = pdf.row(X0, y + 0.6, W, AL, sum_cells, style="B", size=8.8, font="Cond", vpad=1.1)
y += 0.6 + h
nz = ["", "varav utan upphandling", f"{len(b_nonproc())} inköp", g(b_nonproc_sum()), "", ""]
h = pdf.row(X0, y, W, AL, nz, style="I", size=8.8, font="Cond", vpad=1.0)
y += h
pdf.hline(X0, X0 + TW, y + 0.3, 0.9, PET)
pdf.set_y(y + 5)
pdf.h2("3.2 Iakttagelser", size=10.5)
pdf.p("Avtalet med Degermora Transport AB om maskintjänster med förare löpte ut i april 2026. Tekniska nämnden "
      f"köpte ändå tjänster för 1 918 tkr under perioden, eftersom {B_PASSAGE}. Förvaltningen har inte gjort någon "
      "tillfällig upphandling under tiden.", size=10)
pdf.p("Även avtalet om inhyrda sjuksköterskor har löpt ut. Övriga inköp utan upphandling saknar helt avtal. "
      "Beställarna uppger att de inte visste att inköpen ska räknas samman per leverantör och år.", size=10)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Rekommendationer", size=13)
pdf.p("Utifrån granskningen lämnar vi följande rekommendationer till kommunstyrelsen:", size=10, after=1.5)
pdf.numbered(B_RECS, size=10)
pdf.h1("5 Kommunstyrelsens svar", size=13)
pdf.p("Kommunstyrelsen yttrade sig över rapporten den 22 november 2027 (§ 176). Svaret redovisas nedan i "
      "sammandrag per rekommendation.",
      size=10)
for nr, ans, who, when in B_RESPONSES:
    pdf.need(18)
    yy = pdf.get_y() + 1
    pdf.set_fill_color(*COR)
    pdf.rect(22, yy, 7, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(22, yy + 1.4)
    pdf.cell(7, 4.2, str(nr), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(33, yy)
    pdf.multi_cell(155, 4.8, ans, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(155, 4.4, f"Ansvarig: {who} · Klart senast {when.isoformat()}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.2)
pdf.ln(3)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, f"Brisvik den {B_DATE.day} oktober {B_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{B_AUTHORS[0][0]}\n{B_AUTHORS[0][1].capitalize()}, {B_FIRM}",
                f"{B_AUDIT_CHAIR[0]}\n{B_AUDIT_CHAIR[1].capitalize()}"])
pdf.set_font("Sans", "I", 8.2)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Kommunstyrelsens svar är undertecknat av {B_KS_CHAIR[0]}, {B_KS_CHAIR[1]}.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
