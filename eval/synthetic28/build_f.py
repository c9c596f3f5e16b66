"""(f) Timmerhamns kommun – socialnämnden: anmälan av delegationsbeslut enligt alkohollagen, juli–september 2027
(tjänsteskrivelse, SCANNED list of decisions on serveringstillstånd, statistics and fees).

Layout: Liberation Sans / Serif, portrait, 3 pages. P. 1: a tjänsteskrivelse WITHOUT RUNNING HEADER, opening with a
CENTRED DRAWN EMBLEM (a ring with the initial T and a wave) over the centred municipal name; a right-hand
SHADED BOX with TJÄNSTESKRIVELSE / Datum / Dnr / Handläggare; the title; the proposal in a FRAMED BOX WITH A
LIGHT FILL; "Sammanfattning" (counts only), "Ärendet" (who decides what under the delegation order, the meeting
20 oktober 2027), "Beslutsunderlag" as a "–" list and two signature lines. P. 2 is a SCANNED IMAGE WITHOUT ANY
TEXT LAYER: an extract of the licence register – a round emblem beside the sender lines, the heading, a
REGISTER TABLE WITH ZEBRA SHADING AND NO VERTICAL RULES (Dnr / Serveringsställe / sökande – the place in bold with
the company in small italics under it – / Typ as an abbreviation / Serveringstid "11.00–01.00" / Max gäster /
Beslut / Datum), the legend of the abbreviations, a count line, three "Anm." notes (the refusal, the condition on
the outdoor seating, the withdrawal), two signatures and a ROUND RUBBER STAMP with the date; rendered with PIL at
200 dpi, rotated 0.7°, blurred, with paper tone, grain, specks and a scanner shadow, placed as one JPEG. P. 3:
Bilaga 2 – Tabell 1 (licences, supervision and sanctions 2025 / 2026 / januari–september 2027) with GROUP ROWS IN
WHITE TYPE ON A DARK BAND and numbers right-aligned, ruled horizontally; comments; and Tabell 2, the fees of the
taxa 2027 as a two-column list with DOTTED LEADERS between the item and the amount in kr. None of the scanned
page's restaurants, register numbers, dates or guest numbers is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common28 import HERE, Doc
from data import (F_DECISIONS, F_MEETING, F_SKRIVELSE, F_STATS, F_FEES, f_counts, f_scan_blocks, f_stat_rows, g,
                  dmy)
from scan28 import render_scan

OUT = HERE / "timmerhamn-sn-delegationsbeslut-serveringstillstand-kv3-2027.pdf"
ACC = (90, 40, 110)
pdf = Doc("Timmerhamns kommun", "Socialförvaltningen", "Sida {p} av 3", font="liberation", accent=ACC,
          foot="Timmerhamns kommun · Socialförvaltningen, tillståndsenheten · Dnr SN 2027/262",
          created=dt.datetime(2027, 10, 4, 15, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
N, BEV, AVS, AK = f_counts()
NUM = {1: "ett", 2: "två", 3: "tre", 10: "tio", 11: "elva", 12: "tolv"}
EN = {1: "en", 2: "två", 3: "tre"}

# ---------------------------------------------------------------- p. 1 tjänsteskrivelse
pdf.add_page()
cx, cy, r = 105, 20, 7
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.8)
pdf.circle(x=cx, y=cy, radius=r, style="D")
pdf.set_line_width(0.25)
pdf.circle(x=cx, y=cy, radius=r - 1.2, style="D")
pdf.set_font("Serif", "B", 13)
pdf.set_text_color(*ACC)
pdf.set_xy(cx - 4, cy - 5.2)
pdf.cell(8, 6, "T", align="C")
for i in range(3):
    x = cx - 4.5 + i * 3
    pdf.arc(x, cy + 1.2, 3, 180, 360, style="D")
pdf.set_font("Serif", "B", 12)
pdf.set_xy(22, cy + 8.5)
pdf.cell(166, 6, "TIMMERHAMNS KOMMUN", align="C")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(80, 80, 80)
pdf.set_xy(22, cy + 14)
pdf.cell(166, 4.5, "Socialförvaltningen · Tillståndsenheten", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
y0 = cy + 23
pdf.set_fill_color(240, 234, 243)
pdf.rect(118, y0, 70, 23, style="F")
pdf.set_xy(121, y0 + 2)
pdf.set_font("Sans", "B", 10)
pdf.cell(64, 5, "TJÄNSTESKRIVELSE")
for k, (a, b) in enumerate((("Datum", F_SKRIVELSE.isoformat()), ("Dnr", "SN 2027/262"),
                            ("Handläggare", "Birgitta Edholm"))):
    pdf.set_xy(121, y0 + 8 + k * 4.6)
    pdf.set_font("Sans", "", 8.6)
    pdf.cell(22, 4.4, a)
    pdf.cell(42, 4.4, b)
pdf.set_xy(22, y0 + 2)
pdf.set_font("Sans", "", 9.2)
pdf.multi_cell(90, 4.6, "Till socialnämnden", align="L")
pdf.set_y(y0 + 30)
pdf.set_font("Sans", "B", 14.5)
pdf.multi_cell(0, 6.8, "Anmälan av delegationsbeslut enligt alkohollagen, juli–september 2027", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
yb = pdf.get_y()
pdf.set_xy(27, yb + 4)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(27)
pdf.set_font("Sans", "", 9.8)
pdf.multi_cell(156, 5, "Socialnämnden beslutar att lägga anmälan av delegationsbeslut om serveringstillstånd för "
               "perioden 1 juli–30 september 2027 till handlingarna.", align="L", new_x="LMARGIN", new_y="NEXT")
ye = pdf.get_y() + 4
pdf.set_draw_color(*ACC)
pdf.rect(22, yb, 166, ye - yb)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(ye + 5)
pdf.h2("Sammanfattning")
pdf.p(f"Under tredje kvartalet 2027 fattade tillståndsenheten {NUM[N]} beslut om serveringstillstånd med stöd "
      f"av delegation. {NUM[BEV].capitalize()} ansökningar beviljades, {EN[AVS]} ansökan avslogs och {NUM[AK]} "
      "tillstånd återkallades på tillståndshavarens egen begäran. Besluten redovisas i bilaga 1, som är ett "
      "inskannat utdrag ur tillståndsregistret.", size=9.8)
pdf.h2("Ärendet")
pdf.p("Socialnämnden har delegerat beslut enligt alkohollagen till tjänstepersoner. Tillståndshandläggare "
      "beslutar om tillfälliga tillstånd och om ändrade serveringstider. Enhetschef beslutar om stadigvarande "
      "tillstånd, om avslag och om återkallelse när tillståndshavaren själv har begärt det. Återkallelse som "
      "sanktion beslutas alltid av nämnden.", size=9.8)
pdf.p(f"Besluten ska anmälas till nämnden. Anmälan sker vid nämndens sammanträde den {dmy(F_MEETING)}. Bilaga 2 "
      "redovisar antalet tillstånd och tillsynsärenden för 2025, 2026 och de tre första kvartalen 2027 samt "
      "avgifterna enligt taxan för 2027.", size=9.8)
pdf.h2("Beslutsunderlag")
pdf.bullets(["Bilaga 1. Delegationsbeslut om serveringstillstånd 1 juli–30 september 2027 (inskannad)",
             "Bilaga 2. Tillstånd, tillsyn och avgifter 2025–2027"], sym="–", size=9.6, lh=4.8)
pdf.ln(12)
yy = pdf.get_y()
for k, (name, role) in enumerate((("Gunnar Hellsten", "enhetschef"), ("Birgitta Edholm",
                                                                     "tillståndshandläggare"))):
    x = 22 + k * 86
    pdf.line(x, yy, x + 70, yy)
    pdf.set_xy(x, yy + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 5, f"{name}, {role}")

# ---------------------------------------------------------------- p. 2 scanned register extract (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.7, seed=28, left=150, right=140, top=170))

# ---------------------------------------------------------------- p. 3 Bilaga 2
pdf.add_page()
pdf.h1("Bilaga 2. Tillstånd, tillsyn och avgifter 2025–2027", size=12.5)
pdf.p("Tabell 1 visar antalet gällande tillstånd vid årets slut, antalet beviljade tillfälliga tillstånd, "
      "tillsynen och de sanktioner som nämnden har beslutat om. För 2027 avser uppgifterna januari–september.",
      size=9.6, lh=4.8)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Serveringstillstånd och tillsyn", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
W = [94, 24, 24, 24]
XS = [22, 116, 140, 164]
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 8.8)
for i, h in enumerate(["", "2025", "2026", "Jan–sep 2027"]):
    pdf.set_xy(XS[i] + 1, y + 1)
    pdf.cell(W[i] - 2, 4.4, h, align="L" if i == 0 else "R")
y += 6.6
pdf.set_line_width(0.45)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
for gr, rows in F_STATS:
    pdf.set_fill_color(70, 40, 85)
    pdf.rect(22, y, 166, 6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(23, y + 0.9)
    pdf.cell(160, 4.2, gr)
    pdf.set_text_color(0, 0, 0)
    y += 6
    for r_ in rows:
        pdf.set_font("Sans", "", 9)
        for i, c in enumerate([r_[0], str(r_[1]), str(r_[2]), str(r_[3])]):
            pdf.set_xy(XS[i] + (4 if i == 0 else 1), y + 1)
            pdf.cell(W[i] - 2, 4.4, c, align="L" if i == 0 else "R")
        y += 6.4
        pdf.set_draw_color(205, 205, 205)
        pdf.line(22, y, 188, y)
        pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 4)
rows = dict((r_[0], r_) for _, r_ in f_stat_rows())
ytt = rows["Yttre tillsyn, antal besök"]
sa = rows["Stadigvarande, allmänheten"]
pdf.p(f"Antalet restauranger med stadigvarande tillstånd till allmänheten har ökat från {sa[1]} vid slutet av "
      f"2025 till {sa[3]} den 30 september 2027. Tillsynen har ökat i takt med detta: {ytt[2]} yttre "
      f"tillsynsbesök gjordes under 2026, mot {ytt[1]} året innan, och {ytt[3]} besök har gjorts hittills under "
      "2027. Efter 2025 har inget tillstånd återkallats som sanktion.", size=9.6, lh=4.8)
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Avgifter enligt taxan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
for item, fee in F_FEES:
    yy = pdf.get_y()
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(22, yy)
    tw = pdf.get_string_width(item)
    pdf.cell(tw + 1, 5.4, item)
    amount = f"{g(fee)} kr"
    aw = pdf.get_string_width(amount)
    pdf.set_text_color(150, 150, 150)
    dots = "." * int((166 - tw - aw - 4) / pdf.get_string_width("."))
    pdf.cell(166 - tw - aw - 3, 5.4, dots)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(188 - aw - 1, yy)
    pdf.cell(aw + 1, 5.4, amount, align="R")
    pdf.set_y(yy + 6)
pdf.ln(2)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(0, 3.8, "Den årliga tillsynsavgiften består av en fast del och en rörlig del som beror på "
               "restaurangens omsättning av alkoholdrycker. Avgiften för tillfälliga tillstånd tas ut per "
               "tillfälle, även när flera dagar ingår i samma ansökan.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
