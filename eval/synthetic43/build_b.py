"""(b) Rusnäs kommun – bygg- och miljönämnden: sammanträdesprotokoll 2027-04-14 (utdrag, §§ 38–40) with the list of
delegation decisions 1 februari–31 mars 2027 as an export from the case-management system.

Layout: DejaVu Sans text, DejaVu Sans Condensed lists, portrait, 3 pages, a SLATE GREEN accent. P. 1 is the minutes
page: a HEADER GRID of four ruled cells (the municipality and committee / "SAMMANTRÄDESPROTOKOLL (utdrag)" /
Sammanträdesdatum / Sida), "Plats och tid", "Beslutande", "Övriga" and "Justering" as label–value lines, the
paragraphs "§ 38"–"§ 40" with the number in a slate-green tab at the left and Dnr at the right, "Ärendet" in running
text with competing counts (26 decisions, 12 granted, 3 refused vs 19 the period before), the decisions as
att-clauses, § 40 with the reduced building sanction fee (19 320 → 4 830 kr, the passage), and instead of
handwritten signatures an ELECTRONIC SIGNATURE VERIFICATION BOX (a grey panel listing who signed, their role, the
date and time and "Signerat med BankID", with a document ID and a drawn check-seal). Pp. 2–3 are the list of
decisions as a CASE-SYSTEM EXPORT: on every page a grey report header (report name, committee, selection, "Utskriven
2027-04-06 08:12" and the export's own "Sida n (2)") and the TWO-LINE COLUMN HEADING repeated, then TWO-LINE RECORD
BLOCKS – line 1 the case number in bold, the property, the decision date, the decision maker and the fee, line 2
indented the measure and the decision word in bold at the right – separated by DOTTED RULES; the list breaks from
p. 2 to p. 3 with the heading repeated. P. 3 ends with "Antal beslut i urvalet", a small summary table per
decision type with a sum row, the total fee and a legend of the decision makers. No metadata title.
"""
import datetime as dt

from common43 import HERE, Doc
from data import (B_DELEGATES, B_ROWS, B_DECISIONS, B_PREV_N, B_PERIOD, B_MEETING, B_PRINTED, B_BREAK_AFTER,
                  B_CHAIR, B_ADJUSTER, B_MEMBERS, B_OFFICIALS, B_SANCTION_PROP, B_SANCTION_FULL, B_SANCTION,
                  B_PASSAGE, B_ATT_38, B_ATT_40, b_counts, b_fee_total, b_line1, b_line2, g, dmy)

OUT = HERE / "rusnas-bmn-delegationsbeslut-feb-mar-2027.pdf"
SLATE = (52, 92, 84)
PALES = (232, 240, 237)
GREY = (105, 105, 105)


class BDoc(Doc):
    def header(self):
        self.set_y(14)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.set_text_color(130, 130, 130)
        self.cell(0, 4, f"Rusnäs kommun · Bygg- och miljönämnden · Protokoll {B_MEETING.isoformat()} med bilaga · "
                        f"Sida {self.page_no()} av 3", align="C")
        self.set_text_color(0, 0, 0)


pdf = BDoc("", font="dejavu", serif=False, accent=SLATE,
           created=dt.datetime(2027, 4, 19, 15, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 14, 20)
cnt = b_counts()
N = len(B_ROWS)

# ---------------------------------------------------------------- p. 1 minutes
pdf.add_page()
X0, TW = 20, 170
y = 14
# header grid
cells = [(X0, 85, "RUSNÄS KOMMUN", "Bygg- och miljönämnden"),
         (X0 + 85, 85, "SAMMANTRÄDESPROTOKOLL (utdrag)", ""),
         (X0, 85, "Sammanträdesdatum", B_MEETING.isoformat()),
         (X0 + 85, 85, "Sida", "1 (1)")]
for k, (x, w, a, b) in enumerate(cells):
    yy = y + (k // 2) * 11
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(x, yy, w, 11)
    if k < 2:
        pdf.set_font("Sans", "B", 10.5 if k == 0 else 10)
        pdf.set_text_color(*SLATE)
        pdf.set_xy(x + 2, yy + 1.2)
        pdf.cell(w - 4, 5, a)
        pdf.set_text_color(0, 0, 0)
        if b:
            pdf.set_font("Sans", "", 8.5)
            pdf.set_xy(x + 2, yy + 5.6)
            pdf.cell(w - 4, 4.5, b)
    else:
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(*GREY)
        pdf.set_xy(x + 2, yy + 0.8)
        pdf.cell(w - 4, 3.5, a)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "B", 9)
        pdf.set_xy(x + 2, yy + 4.8)
        pdf.cell(w - 4, 5, b)
pdf.set_draw_color(0, 0, 0)
y += 26
LW = 32


def kv(label, value, y):
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(X0, y)
    pdf.cell(LW, 4.6, label)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(X0 + LW, y)
    pdf.multi_cell(TW - LW, 4.6, value, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf.get_y() + 1.2


y = kv("Plats och tid", "Gällbyrummet, kommunhuset i Rusnäs, kl. 13.00–15.10", y)
y = kv("Beslutande", ", ".join(f"{n} ({p}), {r}" if r != "ledamot" else f"{n} ({p})" for n, p, r in B_MEMBERS), y)
y = kv("Övriga", ", ".join(f"{n}, {r}" for n, r in B_OFFICIALS), y)
y = kv("Justering", f"{B_ADJUSTER}, digital justering 2027-04-19. Paragrafer §§ 38–40", y)
pdf.hline(X0, X0 + TW, y + 1, 0.5, SLATE)
y += 4


def para(nr, title, dnr, y):
    pdf.set_fill_color(*SLATE)
    pdf.rect(X0, y, 16, 6.4, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(X0, y + 0.8)
    pdf.cell(16, 5, f"§ {nr}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(X0 + 19, y + 0.8)
    pdf.cell(112, 5, title)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(X0 + 130, y + 0.9)
    pdf.cell(40, 5, f"Dnr {dnr}", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 8.4)


def text(t, size=8.9, style=""):
    pdf.set_font("Sans", style, size)
    pdf.set_x(X0 + 19)
    pdf.multi_cell(TW - 19, 4.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def label(t):
    pdf.set_font("Sans", "B", 8.9)
    pdf.set_x(X0 + 19)
    pdf.cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")


def atts(cls):
    for cl in cls:
        pdf.set_x(X0 + 19)
        pdf.set_font("Sans", "", 8.9)
        pdf.cell(8, 4.5, "att")
        pdf.multi_cell(TW - 27, 4.5, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1.2)


para(38, "Anmälan av delegationsbeslut", "BMN 2027-0004", y)
label("Ärendet")
text(f"Miljö- och byggförvaltningen redovisar de beslut som har fattats med stöd av delegation under perioden "
     f"{B_PERIOD[0].day} februari–{B_PERIOD[1].day} mars 2027. Redovisningen omfattar {N} beslut, varav "
     f"{cnt['Beviljas']} beviljade lov och {cnt['Avslås']} avslag. Vid förra sammanträdet anmäldes {B_PREV_N} beslut "
     f"för december–januari. Förteckningen är en utskrift ur ärendehanteringssystemet och bifogas protokollet.")
label("Bygg- och miljönämndens beslut")
atts(B_ATT_38)
para(39, "Ny e-tjänst för ansökan om bygglov – information", "BMN 2027-0011", pdf.get_y() + 1)
text("Miljö- och byggchefen informerar om att den nya e-tjänsten för ansökan om bygglov och anmälan har tagits i "
     "bruk. Sökande kan nu följa sitt ärende digitalt. Nämnden tackar för informationen.")
para(40, f"Byggsanktionsavgift för carport på {B_SANCTION_PROP}", "BMN 2027-0052",
     pdf.get_y() + 1)
label("Ärendet")
text(f"Nämnden har fått kännedom om att en carport har uppförts utan bygglov på fastigheten {B_SANCTION_PROP}. "
     f"Enligt plan- och byggförordningen blir byggsanktionsavgiften {g(B_SANCTION_FULL)} kr. Förvaltningen föreslår "
     f"att avgiften sätts ned till en fjärdedel, {g(B_SANCTION)} kr, eftersom {B_PASSAGE}.")
label("Bygg- och miljönämndens beslut")
atts(B_ATT_40)

# electronic signature verification box
y = pdf.get_y() + 3
signers = [(B_CHAIR, "Ordförande", "2027-04-19 09:14"), (B_ADJUSTER, "Justerare", "2027-04-19 11:02"),
           (B_OFFICIALS[1][0], "Sekreterare", "2027-04-19 08:41")]
bh = 10 + 6 * len(signers) + 7
if y + bh > pdf.h - 18:
    raise SystemExit(f"the signature box does not fit on p. 1 (y {y:.1f})")
pdf.set_fill_color(243, 244, 244)
pdf.rect(X0, y, TW, bh, style="F")
pdf.set_draw_color(*SLATE)
pdf.set_line_width(0.5)
pdf.line(X0, y, X0 + TW, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(X0 + 3, y + 2)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(100, 4.6, "Justering och signering")
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(*GREY)
pdf.set_xy(X0 + 3, y + 6.4)
pdf.cell(60, 3.6, "Namn")
pdf.set_xy(X0 + 63, y + 6.4)
pdf.cell(30, 3.6, "Roll")
pdf.set_xy(X0 + 93, y + 6.4)
pdf.cell(36, 3.6, "Signerat")
pdf.set_text_color(0, 0, 0)
yy = y + 10.5
for name, role, when in signers:
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(X0 + 3, yy)
    pdf.cell(60, 4.6, name)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(X0 + 63, yy)
    pdf.cell(30, 4.6, role)
    pdf.set_xy(X0 + 93, yy)
    pdf.cell(40, 4.6, f"{when} · BankID")
    yy += 6
pdf.set_font("Sans", "", 6.8)
pdf.set_text_color(*GREY)
pdf.set_xy(X0 + 3, yy + 0.6)
pdf.cell(120, 3.6, "Dokument-ID 8F2C-K41R-U7PA · Signeringen kan kontrolleras i kommunens e-arkiv")
pdf.set_text_color(0, 0, 0)
# a drawn check seal
cx, cy = X0 + TW - 16, y + bh / 2
pdf.set_draw_color(*SLATE)
pdf.set_line_width(0.7)
pdf.ellipse(cx - 9, cy - 9, 18, 18)
pdf.set_line_width(1.3)
pdf.polyline([(cx - 4.5, cy + 0.2), (cx - 1.2, cy + 3.6), (cx + 5, cy - 3.8)])
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 export
COLS = [20, 48, 92, 118, 158, 190]           # x positions: case, property, date, decided by, fee (right edge 190)
BOTTOM = 297 - 22
EXPORT_PAGES = 2


def export_header(page):
    pdf.add_page()
    y = 14
    pdf.set_fill_color(236, 236, 236)
    pdf.rect(X0, y, TW, 17, style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(X0 + 2.5, y + 1.6)
    pdf.cell(110, 4.6, "Delegationsbeslut för anmälan till nämnd")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_xy(X0 + 2.5, y + 6.4)
    pdf.cell(110, 4, "Bygg- och miljönämnden, Rusnäs kommun")
    pdf.set_xy(X0 + 2.5, y + 10.6)
    pdf.cell(120, 4, f"Urval: beslutsdatum {B_PERIOD[0].isoformat()} – {B_PERIOD[1].isoformat()}, sorterat på "
                     f"beslutsdatum")
    pdf.set_xy(X0 + 110, y + 1.8)
    pdf.cell(57.5, 4, f"Utskriven {B_PRINTED}", align="R")
    pdf.set_xy(X0 + 110, y + 6.4)
    pdf.cell(57.5, 4, f"Sida {page} ({EXPORT_PAGES})", align="R")
    y += 20
    pdf.set_font("Sans", "B", 7.8)
    for x, lab, al in ((COLS[0], "Ärendenr", "L"), (COLS[1], "Fastighet", "L"), (COLS[2], "Beslutsdatum", "L"),
                       (COLS[3], "Beslutsfattare", "L")):
        pdf.set_xy(x, y)
        pdf.cell(30, 4, lab, align=al)
    pdf.set_xy(COLS[4], y)
    pdf.cell(COLS[5] - COLS[4], 4, "Avgift, kr", align="R")
    pdf.set_font("Sans", "BI", 7.8)
    pdf.set_xy(COLS[0] + 5, y + 4.2)
    pdf.cell(60, 4, "Åtgärd")
    pdf.set_xy(COLS[4] - 20, y + 4.2)
    pdf.cell(COLS[5] - COLS[4] + 20, 4, "Beslut", align="R")
    y += 9.2
    pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
    return y + 1


def record_h(r):
    pdf.set_font("Cond", "", 8.8)
    lines = pdf.multi_cell(112, 4.2, r[2], dry_run=True, output="LINES")
    return 4.6 + 4.2 * len(lines) + 2.4


def record(r, y):
    c1 = b_line1(r)
    pdf.set_font("Cond", "B", 8.8)
    pdf.set_xy(COLS[0], y)
    pdf.cell(28, 4.4, c1[0])
    pdf.set_font("Cond", "", 8.8)
    for k, x in ((1, COLS[1]), (2, COLS[2]), (3, COLS[3])):
        pdf.set_xy(x, y)
        pdf.cell(COLS[k + 1] - x - 1, 4.4, c1[k])
    pdf.set_xy(COLS[4], y)
    pdf.cell(COLS[5] - COLS[4], 4.4, c1[4], align="R")
    c2 = b_line2(r)
    pdf.set_font("Cond", "", 8.8)
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(COLS[0] + 5, y + 4.6)
    pdf.multi_cell(112, 4.2, c2[0], align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "B", 8.8)
    pdf.set_xy(COLS[4] - 30, y + 4.6)
    pdf.cell(COLS[5] - COLS[4] + 30, 4.2, c2[1], align="R")
    h = record_h(r)
    pdf.hline(X0, X0 + TW, y + h - 1.0, 0.2, (150, 150, 150), dash=(0.4, 0.6))
    return h


pdf.set_auto_page_break(False)
page = 1
y = export_header(page)
breaks = []
prev = None
for r in B_ROWS:
    h = record_h(r)
    if y + h > BOTTOM:
        breaks.append(prev)
        pdf.set_font("Sans", "I", 7.4)
        pdf.set_xy(X0, y + 0.5)
        pdf.cell(TW, 4, "Förteckningen fortsätter på nästa sida", align="R")
        page += 1
        y = export_header(page)
    y += record(r, y)
    prev = r[0]
breaks.append(prev)
# summary
y += 3
pdf.hline(X0, X0 + TW, y, 0.6, (40, 40, 40))
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(X0, y + 2)
pdf.cell(100, 5, f"Antal beslut i urvalet: {N}")
y += 9
if y + 62 > BOTTOM:
    raise SystemExit(f"the summary does not fit after the list (y {y:.1f})")
pdf.set_font("Sans", "B", 8.4)
pdf.set_xy(X0, y)
pdf.cell(80, 4.6, "Beslut per beslutstyp")
pdf.set_xy(X0 + 92, y)
pdf.cell(78, 4.6, "Beslutsfattare")
yt = y + 5.6
for dec in B_DECISIONS:
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X0, yt)
    pdf.cell(50, 4.4, dec)
    pdf.set_xy(X0 + 50, yt)
    pdf.cell(20, 4.4, str(cnt[dec]), align="R")
    yt += 4.6
pdf.hline(X0, X0 + 70, yt + 0.2, 0.3, (60, 60, 60))
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(X0, yt + 0.8)
pdf.cell(50, 4.4, "Summa")
pdf.set_xy(X0 + 50, yt + 0.8)
pdf.cell(20, 4.4, str(N), align="R")
yt += 7
pdf.set_font("Cond", "", 8.6)
pdf.set_xy(X0, yt)
pdf.cell(70, 4.4, f"Fakturerade avgifter totalt: {g(b_fee_total())} kr")
yl = y + 5.6
for name, role in B_DELEGATES:
    pdf.set_font("Cond", "", 8.6)
    pdf.set_xy(X0 + 92, yl)
    pdf.cell(78, 4.4, f"{name}, {role}")
    yl += 4.6
pdf.set_font("Sans", "I", 7.2)
pdf.set_text_color(*GREY)
pdf.set_xy(X0 + 92, yl + 2)
pdf.multi_cell(78, 3.6, "Beslut utan avgift gäller slutbesked som ingår i avgiften för startbeskedet och ärenden "
               "som har avskrivits.", align="L")
pdf.set_text_color(0, 0, 0)
if page != EXPORT_PAGES:
    raise SystemExit(f"the export has {page} pages, expected {EXPORT_PAGES}")
if breaks != B_BREAK_AFTER:
    raise SystemExit(f"the list broke after {breaks}, data.B_BREAK_AFTER is {B_BREAK_AFTER}")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
