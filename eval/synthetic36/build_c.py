"""(c) Grävinge kommun – miljö- och byggnadsnämndens sammanträdesprotokoll 2027-05-19, §§ 58–66.

Layout: DejaVu Serif text, DejaVu Sans labels and tables, portrait, 4 pages. EVERY PAGE OPENS WITH A RULED
THREE-CELL HEAD BOX (municipality and committee | "SAMMANTRÄDESPROTOKOLL" centred | Sammanträdesdatum and "Sida n
(4)") and ends with a SMALL FRAMED "Justerandes signatur" BOX at the right foot. P. 1: "Plats och tid", the
attendance "Beslutande" as a table with a grey heading row and hairlines (Ledamot / Parti / Uppdrag; one
"tjänstgörande ersättare"), "Övriga närvarande", "Utses att justera" etc. as a key–value block, three signature
lines and "Anslag/bevis" in a GREY BOX. From p. 2 every paragraph opens with a TINTED BAR holding "§ nn" and the title
in bold and the Dnr at the right. P. 2: §§ 58–61 (the economic follow-up 10,2 / 9,8 / 0,4 mnkr; the padel hall on
Gärdsåker 1:9 with Yrkanden, Propositionsordning, the OMRÖSTNINGSLISTA as a small FULLY RULED TABLE with "X" marks in
Ja / Nej / Avstår columns and a bold Summa row (5 / 4 / 0), the decision and a reservation). P. 3: § 62 (a
prohibition with a deadline) and § 63, the construction sanction fees: Ärendet (the passage on Ulvtorp 1:15), the
decision as att-clauses and "Bilaga till § 63", a FULLY GRIDDED TABLE (Fastighet in bold / Överträdelse wrapping /
Beräknad avgift, kr / Beslut with a FOOTNOTE MARK ¹ after "nedsatt" / Beslutad avgift, kr; "–" for the remitted
case) with a shaded heading. THE TABLE BREAKS AFTER Wärnsta 2:4 ("Forts. på nästa sida"); p. 4 repeats "Bilaga till
§ 63 (forts.)" and the heading, ends with a bold Summa row and the footnote, then §§ 64–66 and the note on the
justering. No metadata title.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (C_DATE, C_PARAGRAPHS, C_MEMBERS, C_ABSENT, C_SECRETARY, C_ADJUSTER, C_ADJUST_DATE, C_PADEL,
                  C_BANSTOP, C_ECON, C_FEES, C_BREAK_AFTER, C_PASSAGE, c_fee_mark, c_dec_text, c_sums, c_vote, g,
                  d1, dmy)

OUT = HERE / "gravinge-mbn-protokoll-2027-05-19.pdf"
ACC = (92, 60, 30)
TINT = (240, 233, 224)


class Minutes(Doc):
    def header(self):
        y0, h = 10, 13
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.3)
        xs = [self.l_margin, self.l_margin + 62, self.l_margin + 118, self.w - self.r_margin]
        self.rect(xs[0], y0, xs[-1] - xs[0], h)
        for x in xs[1:-1]:
            self.line(x, y0, x, y0 + h)
        self.set_line_width(0.2)
        self.set_font("Sans", "B", 8.6)
        self.set_text_color(*ACC)
        self.set_xy(xs[0] + 2, y0 + 1.6)
        self.cell(58, 4.5, "GRÄVINGE KOMMUN")
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "", 7.8)
        self.set_xy(xs[0] + 2, y0 + 6.6)
        self.cell(58, 4.5, "Miljö- och byggnadsnämnden")
        self.set_font("Sans", "B", 9)
        self.set_xy(xs[1], y0 + 4.2)
        self.cell(xs[2] - xs[1], 4.5, "SAMMANTRÄDESPROTOKOLL", align="C")
        self.set_font("Sans", "", 7.4)
        self.set_xy(xs[2] + 2, y0 + 1.6)
        self.cell(30, 4.2, "Sammanträdesdatum")
        self.cell(0, 4.2, "Sida")
        self.set_font("Sans", "B", 8.6)
        self.set_xy(xs[2] + 2, y0 + 6.6)
        self.cell(30, 4.5, C_DATE.isoformat())
        self.cell(0, 4.5, f"{self.page_no()} (4)")
        self.set_draw_color(0, 0, 0)
        self.set_y(29)

    def footer(self):
        apb, bm = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)
        x, y = self.w - self.r_margin - 46, self.h - 19
        self.set_draw_color(120, 120, 120)
        self.rect(x, y, 46, 10)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(100, 100, 100)
        self.set_xy(x + 1.5, y + 0.8)
        self.cell(40, 3, "Justerandes signatur")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_auto_page_break(apb, bm)

    def para(self, nr, title, dnr):
        self.need(30)
        self.ln(1)
        y = self.get_y()
        self.set_fill_color(*TINT)
        self.rect(self.l_margin, y, self.epw, 7.5, style="F")
        self.set_xy(self.l_margin + 2, y + 1.4)
        self.set_font("Sans", "B", 10)
        self.cell(14, 5, f"§ {nr}")
        self.cell(self.epw - 56, 5, title)
        self.set_font("Sans", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(38, 5, "" if dnr == "–" else f"Dnr {dnr}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(y + 9)

    def sub(self, t):
        self.set_font("Sans", "B", 9.4)
        self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)


pdf = Minutes("Grävinge kommun", font="dejavu", serif=True, accent=ACC,
              created=dt.datetime(2027, 5, 24, 11, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 29, 20)
pdf.set_auto_page_break(True, 24)
P = {p[0]: p for p in C_PARAGRAPHS}
YES, NO = c_vote()
SUB = [m for m in C_MEMBERS if m[2] == "tjänstgörande ersättare"][0]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.kv([("Plats och tid", f"Kommunhuset i Grävinge, sal 2, onsdagen den {dmy(C_DATE)} kl. 13.00–16.10")],
       lw=38, size=9.4)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Beslutande", new_x="LMARGIN", new_y="NEXT")
W = [62, 20, 86]
y = pdf.get_y() + 1
pdf.set_fill_color(228, 228, 228)
pdf.rect(22, y, sum(W), 5.6, style="F")
y += pdf.row(22, y, W, ["L", "L", "L"], ["Ledamot", "Parti", "Uppdrag"], style="B", size=8.4, lh=3.8)
for m in C_MEMBERS:
    upp = m[2] if m != SUB else f"tjänstgörande ersättare för {C_ABSENT[0]} ({C_ABSENT[1]})"
    y += pdf.row(22, y, W, ["L", "L", "L"], [m[0], m[1], upp], size=8.6, lh=3.9, vpad=0.8)
    pdf.hline(22, 22 + sum(W), y, 0.1, (170, 170, 170))
pdf.set_y(y + 4)
pdf.kv([
    ("Övriga närvarande", f"{C_SECRETARY}, nämndsekreterare; Rikard Gärdin, bygglovschef; Ulrika Wahlberg, "
                          f"miljöchef (§§ 58–60)"),
    ("Utses att justera", C_ADJUSTER),
    ("Justeringens plats och tid", f"Miljö- och byggnadsförvaltningen, {C_ADJUST_DATE.isoformat()}"),
    ("Paragrafer", f"§§ {C_PARAGRAPHS[0][0]}–{C_PARAGRAPHS[-1][0]}"),
], lw=46, size=9.2)
pdf.ln(2)
pdf.sign_lines([f"Sekreterare\n{C_SECRETARY}", f"Ordförande\n{C_MEMBERS[0][0]}", f"Justerare\n{C_ADJUSTER}"])
pdf.ln(4)
y = pdf.get_y()
pdf.set_fill_color(238, 238, 238)
pdf.rect(22, y, 168, 24, style="F")
pdf.set_xy(25, y + 2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Serif", "", 8.8)
pdf.multi_cell(160, 4.4, f"Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
                         f"digitala anslagstavla. Anslaget sätts upp den 25 maj 2027 och tas ned den 16 juni 2027. "
                         f"Protokollet förvaras på miljö- och byggnadsförvaltningen.", align="L")

# ---------------------------------------------------------------- p. 2: §§ 58–61
pdf.add_page()
pdf.para(*P[58])
pdf.p(f"Nämnden utser {C_ADJUSTER} att jämte ordföranden justera dagens protokoll. Dagordningen godkänns med "
      f"tillägg av en informationspunkt om tillsynen av enskilda avlopp under § 66.", size=9.4, lh=4.6)
pdf.para(*P[59])
bud, prog, surplus = C_ECON
pdf.p(f"Nämndens budget för 2027 är {d1(bud)} mnkr. Prognosen efter april visar en nettokostnad på "
      f"{d1(prog)} mnkr för helåret, vilket ger ett överskott på {d1(surplus)} mnkr. Överskottet förklaras av "
      f"högre intäkter från bygglovsavgifter än beräknat.", size=9.4, lh=4.6)
pdf.att_list("Nämnden beslutar", ["lägga den ekonomiska uppföljningen till handlingarna."], size=9.4)
pdf.para(*P[60])
pdf.p("Miljöchefen informerar om tillsynsplanen för livsmedelskontrollen. Fokus under året ligger på "
      "restauranger som har bytt ägare och på mobila verksamheter.", size=9.4, lh=4.6)
pdf.para(*P[61])
prop, area, allowed = C_PADEL
pdf.sub("Ärendet")
pdf.p(f"Sökanden vill uppföra en padelhall med en byggnadsarea på {g(area)} m² på fastigheten {prop}. "
      f"Detaljplanen medger en största byggnadsarea på {g(allowed)} m². Förvaltningen bedömer att avvikelsen inte "
      f"är liten och föreslår att ansökan avslås.", size=9.4, lh=4.6)
pdf.sub("Yrkanden")
nej_names = [m for m in C_MEMBERS if m[3] == "Nej"]
pdf.p(f"{C_MEMBERS[0][0]} ({C_MEMBERS[0][1]}) yrkar bifall till förvaltningens förslag. {nej_names[0][0]} "
      f"({nej_names[0][1]}) yrkar att bygglov ska beviljas.", size=9.4, lh=4.6)
pdf.sub("Propositionsordning och omröstning")
pdf.p(f"Ordföranden ställer proposition på förslagen och finner att nämnden beslutar enligt förvaltningens "
      f"förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för {nej_names[0][0]}s yrkande. "
      f"Med {YES} ja-röster mot {NO} nej-röster beslutar nämnden enligt förvaltningens förslag.", size=9.4, lh=4.6)
VW = [58, 18, 16, 16, 18]
VA = ["L", "L", "C", "C", "C"]
pdf.need(60)
pdf.set_font("Sans", "B", 8.6)
pdf.cell(0, 5, f"Omröstningslista § 61", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 0.5
x0 = 22
rows = [["Ledamot", "Parti", "Ja", "Nej", "Avstår"]]
for m in C_MEMBERS:
    rows.append([m[0], m[1], "X" if m[3] == "Ja" else "", "X" if m[3] == "Nej" else "", ""])
rows.append(["Summa", "", str(YES), str(NO), "0"])
y_top = y
for k, r in enumerate(rows):
    st = "B" if k in (0, len(rows) - 1) else ""
    h = pdf.row(x0, y, VW, VA, r, size=8, lh=3.4, vpad=0.6, style=st,
                fills=[(228, 228, 228)] * 5 if k == 0 else None)
    pdf.hline(x0, x0 + sum(VW), y, 0.2 if k else 0.3)
    y += h
pdf.hline(x0, x0 + sum(VW), y, 0.3)
xx = x0
for w_ in [0] + VW:
    xx += w_
    pdf.vline(xx, y_top, y, 0.2)
pdf.set_y(y + 3)
pdf.att_list("Nämnden beslutar", [f"avslå ansökan om bygglov för padelhall på {prop}."], size=9.4)
pdf.p("Reservation: " + ", ".join(f"{m[0]} ({m[1]})" for m in nej_names) + " reserverar sig mot beslutet.",
      size=9.2, style="I")

# ---------------------------------------------------------------- p. 3: §§ 62–63 and the fee table
pdf.add_page()
pdf.para(*P[62])
pdf.p(f"Vid ett tillsynsbesök den 3 maj 2027 konstaterade förvaltningen att fasaden på Orrspelet 5 byggs om utan "
      f"startbesked. Fastighetsägaren förbjuds att fortsätta arbetet och ska lämna in en anmälan senast den "
      f"{dmy(C_BANSTOP)}. Förbudet gäller omedelbart även om det överklagas.", size=9.4, lh=4.6)
pdf.para(*P[63])
pdf.sub("Ärendet")
n_dec = sum(1 for f in C_FEES if f[4] is not None)
calc, dec = c_sums()
pdf.p(f"Förvaltningen har utrett {len(C_FEES)} ärenden om byggsanktionsavgift sedan nämndens förra samlade beslut. "
      f"Avgifterna har beräknats enligt plan- och byggförordningen. I fyra ärenden föreslås att avgiften sätts "
      f"ned eftersom överträdelsen är av mindre allvarlig art. För Ulvtorp 1:15 skrivs ärendet av eftersom "
      f"{C_PASSAGE}. Ärendet om Orrspelet 5 återremitteras i avvaktan på förbudet enligt § 62.", size=9.4, lh=4.6)
pdf.att_list("Nämnden beslutar", [
    "påföra byggsanktionsavgifter i enlighet med bilagan,",
    "avskriva ärendet om Ulvtorp 1:15,",
    "återremittera ärendet om Orrspelet 5 till förvaltningen.",
], size=9.4)

FW = [30, 56, 22, 34, 26]
FA = ["L", "L", "R", "L", "R"]
HEAD = ["Fastighet", "Överträdelse", "Beräknad avgift, kr", "Beslut", "Beslutad avgift, kr"]


def fee_head(y):
    h = pdf.row_h(FW, HEAD, size=7.8, lh=3.7, style="B")
    pdf.set_fill_color(226, 220, 212)
    pdf.rect(22, y, sum(FW), h, style="F")
    pdf.row(22, y, FW, FA, HEAD, size=7.8, lh=3.7, style="B")
    return y, y + h


def grid(y_top, y_bot, ys):
    pdf.set_draw_color(110, 110, 110)
    for yy in ys:
        pdf.hline(22, 22 + sum(FW), yy, 0.2, (110, 110, 110))
    xx = 22
    for w_ in [0] + FW:
        xx += w_
        pdf.vline(xx, y_top, y_bot, 0.2, (110, 110, 110))
    pdf.set_draw_color(0, 0, 0)


pdf.ln(1)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Bilaga till § 63. Byggsanktionsavgifter", new_x="LMARGIN", new_y="NEXT")
y_top, y = fee_head(pdf.get_y() + 1)
ys = [y_top, y]
for f in C_FEES:
    cells = [f[0], f[1], g(f[2]), f"{f[3]}{c_fee_mark(f)}", c_dec_text(f)]
    h = pdf.row(22, y, FW, FA, cells, size=8.2, lh=3.9, styles=["B", None, None, None, None])
    y += h
    ys.append(y)
    if f[0] == C_BREAK_AFTER:
        grid(y_top, y, ys)
        pdf.set_xy(22, y + 1.5)
        pdf.set_font("Sans", "I", 7.8)
        pdf.cell(sum(FW), 4, "Forts. på nästa sida", align="R")
        pdf.add_page()
        pdf.set_font("Sans", "B", 9)
        pdf.cell(0, 5, "Bilaga till § 63 (forts.)", new_x="LMARGIN", new_y="NEXT")
        y_top, y = fee_head(pdf.get_y() + 1)
        ys = [y_top, y]
h = pdf.row(22, y, FW, FA, ["Summa", "exkl. återremitterat ärende", g(calc), "", g(dec)], size=8.2, lh=3.9,
            style="B")
y += h
ys.append(y)
grid(y_top, y, ys)
pdf.set_y(y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(0, 3.6, "¹ Avgiften har satts ned med stöd av 11 kap. 53 a § plan- och bygglagen.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.para(*P[64])
pdf.p("Nämnden har inget att invända mot förslaget till detaljplan men framhåller att dagvattnet från "
      "kvarteret Uven måste fördröjas innan det leds till ån.", size=9.4, lh=4.6)
pdf.para(*P[65])
pdf.p("Förteckningen över delegationsbeslut fattade under april 2027 läggs till handlingarna.", size=9.4, lh=4.6)
pdf.para(*P[66])
pdf.p("Nämnden informeras om länsstyrelsens beslut i två överklagade bygglovsärenden och om tillsynen av "
      "enskilda avlopp.", size=9.4, lh=4.6)
pdf.ln(2)
pdf.p(f"Protokollet justeras den {dmy(C_ADJUST_DATE)}.", size=9.2, style="I")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
