"""(e) Halsmora kommun – kommunfullmäktiges sammanträdesprotokoll 2027-12-13, §§ 142–147.

Layout: DejaVu Serif text (justified), DejaVu Sans labels and tables, portrait, 4 pages, oxblood and warm grey. Every
page has a TWO-LINE HEAD in a ruled strip ("HALSMORA KOMMUN" / "SAMMANTRÄDESPROTOKOLL" / "Sida n (4)" over
"Kommunfullmäktige" / "Sammanträdesdatum 2027-12-13") and a foot with "Justerandes signatur" over two short lines and
"Utdragsbestyrkande" over one. A thin grey PARAGRAPH RAIL runs down the left margin; each paragraph number sits in a
DARK OXBLOOD DISC ON THE RAIL ("§ 143" in white), with the title in bold beside it and the Dnr in grey; the run-in
sections (Ärendet, Yrkanden, Propositionsordning, Omröstning, Beslut, Reservation) are SMALL GREY SANS LABELS in the
text column. P. 1: the front matter as a key–value block with a row of four signature lines (secretary, chair, two
adjusters), § 142 and § 143 with the motions answered as a table (Dnr / Motion / Motionär / Beslut) whose DECISION
WORDS ARE COLOURED (green Bifall, oxblood Avslag, grey Besvarad). P. 2: the board's reasons (the passage on free
travel for pensioners), the decision as att-clauses, and § 144 on the new swimming hall with COMPETING FIGURES (186,0
vs the feasibility study's 164,0 mnkr, the rise of 22,0), the motions and the order of questions. P. 3: the vote per
party as a table with GHOSTED ZEROS (zeros printed in pale grey), a tinted bold Summa row, the result sentence, the
att-clauses (38,0 + 148,0 per year), the reservation in italics and the start of § 145, the elections as INDENTED
ROSTERS WITH AN OXBLOOD LEFT BORDER per body. P. 4: the rest of the elections, § 146 new motions as a "–" list and
§ 147 closing. No metadata title.
"""
import datetime as dt

from common45 import HERE, Doc, nb
from data import (E_DATE, E_CHAIR, E_SECRETARY, E_ADJUSTERS, E_PARTIES, E_VOTE, E_MOTIONS, E_PASSAGE, E_HALL,
                  E_HALL_REASONS, E_ELECTIONS, E_NEW_MOTIONS, e_vote_totals, e_vote_cells, e_motion_cells,
                  e_member_text, d1)

OUT = HERE / "halsmora-kf-protokoll-2027-12-13.pdf"
OX = (120, 28, 40)
WG = (120, 112, 104)
PALE = (246, 240, 238)
GREEN = (30, 120, 60)
TX = 42          # text column x
RAIL = 29


class EDoc(Doc):
    def header(self):
        self.set_draw_color(*WG)
        self.set_line_width(0.3)
        self.rect(18, 9, 174, 12)
        self.line(18, 15, 192, 15)
        self.line(80, 9, 80, 21)
        self.line(150, 9, 150, 21)
        self.set_line_width(0.2)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*OX)
        self.set_xy(20, 10)
        self.cell(58, 4.4, "HALSMORA KOMMUN")
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "B", 8.4)
        self.set_xy(82, 10)
        self.cell(66, 4.4, "SAMMANTRÄDESPROTOKOLL")
        self.set_font("Sans", "", 8.4)
        self.set_xy(152, 10)
        self.cell(38, 4.4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(20, 16)
        self.cell(58, 4.4, "Kommunfullmäktige")
        self.set_xy(82, 16)
        self.cell(66, 4.4, f"Sammanträdesdatum {E_DATE.isoformat()}")
        # the paragraph rail
        self.set_draw_color(205, 200, 196)
        self.set_line_width(0.6)
        self.line(RAIL, 26, RAIL, 266)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_y(28)

    def footer(self):
        self.set_y(-24)
        y = self.get_y()
        self.set_draw_color(*WG)
        self.line(18, y, 192, y)
        self.set_font("Sans", "", 7.4)
        self.set_text_color(*WG)
        self.set_xy(20, y + 1)
        self.cell(60, 3.5, "Justerandes signatur")
        self.set_xy(140, y + 1)
        self.cell(50, 3.5, "Utdragsbestyrkande")
        self.line(20, y + 12, 52, y + 12)
        self.line(58, y + 12, 90, y + 12)
        self.line(140, y + 12, 188, y + 12)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


pdf = EDoc("Halsmora kommun", font="dejavu", serif=True, accent=OX, justify=True,
           created=dt.datetime(2027, 12, 17, 11, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(TX, 28, 22)
pdf.set_auto_page_break(True, 30)


def para(nr, title, dnr=None):
    pdf.need(40)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_fill_color(*OX)
    pdf.circle(RAIL, y + 3.2, 6.2, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_xy(RAIL - 6, y + 1.3)
    pdf.cell(12, 4, f"§ {nr}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(TX, y + 0.6)
    pdf.multi_cell(112 if dnr else 146, 5.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    if dnr:
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*WG)
        pdf.set_xy(154, y + 1.2)
        pdf.cell(34, 4, f"Dnr {dnr}", align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(max(y2, y + 7) + 1.5)


def label(t):
    pdf.need(14)
    pdf.ln(0.5)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_text_color(*WG)
    pdf.cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def txt(t, after=2, **kw):
    pdf.p(t, size=9.8, lh=4.9, after=after, **kw)


# ---------------------------------------------------------------- p. 1: front matter
pdf.add_page()
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(*OX)
pdf.cell(0, 8, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
pdf.kv([("Plats och tid", "Fullmäktigesalen, Halsmora kommunhus, måndagen den 13 december 2027 kl. 18.00–21.35"),
        ("Beslutande", "Ledamöter och tjänstgörande ersättare enligt närvarolistan, bilaga 1"),
        ("Övriga närvarande", f"{E_SECRETARY}, sekreterare"),
        ("Utses att justera", f"{E_ADJUSTERS[0][0]} ({E_ADJUSTERS[0][1]}) och {E_ADJUSTERS[1][0]} "
                              f"({E_ADJUSTERS[1][1]})"),
        ("Justeringens plats och tid", "Kommunkansliet den 17 december 2027"),
        ("Paragrafer", "142–147")], lw=44, size=9, lh=4.6)
pdf.ln(2)
sig = [("Sekreterare", E_SECRETARY), ("Ordförande", f"{E_CHAIR[0]}"),
       ("Justerande", E_ADJUSTERS[0][0]), ("Justerande", E_ADJUSTERS[1][0])]
y = pdf.get_y() + 2
for k, (role, name) in enumerate(sig):
    x = TX + k * 37.5
    yy = y
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*WG)
    pdf.set_xy(x, yy)
    pdf.cell(60, 3.6, role)
    pdf.set_text_color(0, 0, 0)
    pdf.line(x, yy + 10, x + 33, yy + 10)
    pdf.set_font("Sans", "", 8.2)
    pdf.set_xy(x, yy + 10.6)
    pdf.cell(33, 4, name)
pdf.set_y(y + 17)
para(142, "Val av justerare")
label("BESLUT")
txt(f"Kommunfullmäktige utser {E_ADJUSTERS[0][0]} ({E_ADJUSTERS[0][1]}) och {E_ADJUSTERS[1][0]} "
    f"({E_ADJUSTERS[1][1]}) att jämte ordföranden justera dagens protokoll.")
para(143, "Besvarande av motioner", "KS 2027/388")
label("ÄRENDET")
txt(f"Kommunstyrelsen har berett {len(E_MOTIONS)} motioner som har väckts under 2026 och 2027. Motionerna, "
    "motionärerna och kommunstyrelsens förslag till beslut framgår av tabellen. Motionerna har behandlats i "
    "den ordning de kom in.")

# ---------------------------------------------------------------- § 143 table
MW = [24, 58, 42, 22]
MA = ["L", "L", "L", "L"]
pdf.need(12 + sum(pdf.row_h(MW, e_motion_cells(m), size=8.6, vpad=1.3) for m in E_MOTIONS))
label("MOTIONER SOM BESVARAS")
y = pdf.get_y() + 1
pdf.hline(TX, TX + sum(MW), y, 0.8, OX)
h = pdf.row(TX, y + 0.3, MW, MA, ["Dnr", "Motion", "Motionär", "Beslut"], style="B", size=8.4, vpad=1.0)
y += 0.3 + h
pdf.hline(TX, TX + sum(MW), y, 0.4, OX)
COL = {"Bifall": GREEN, "Avslag": OX, "Besvarad": WG}
for m in E_MOTIONS:
    h = pdf.row(TX, y, MW, MA, e_motion_cells(m), size=8.6, vpad=1.3,
                colors=[WG, None, None, COL[m[4]]], styles=[None, None, None, "B"])
    y += h
    pdf.hline(TX, TX + sum(MW), y, 0.1, (215, 205, 200))
pdf.hline(TX, TX + sum(MW), y + 0.3, 0.8, OX)
pdf.set_y(y + 4)
label("KOMMUNSTYRELSENS BEDÖMNING")
txt("Kommunstyrelsen föreslår att motionen om gratis kollektivtrafik för pensionärer avslås med motiveringen att "
    f"{E_PASSAGE}. Motionerna om kameraövervakning och om sänkt kommunalskatt för pensionärer föreslås också bli "
    "avslagna, eftersom polisen inte har sett skäl för kameraövervakning vid resecentrum och kommunen inte kan ta ut "
    "olika skattesats för olika grupper.")
txt("Motionerna om fritidsgårdar och laddplatser anses besvarade, eftersom frågorna redan utreds i "
    "lokalförsörjningsplanen och i arbetet med kommunens klimatplan. Övriga motioner föreslås bli bifallna.")
label("BESLUT")
bif = [m[1].lower() for m in E_MOTIONS if m[4] == "Bifall"]
avs = [m[1].lower() for m in E_MOTIONS if m[4] == "Avslag"]
bes = [m[1].lower() for m in E_MOTIONS if m[4] == "Besvarad"]


def join(xs):
    return ", ".join(xs[:-1]) + " och " + xs[-1] if len(xs) > 1 else xs[0]


pdf.att_list("Kommunfullmäktige beslutar", [
    f"bifalla motionerna om {join(bif)},",
    f"avslå motionerna om {join(avs)},",
    f"anse motionerna om {join(bes)} besvarade.",
], size=9.6, x0=0)

# ---------------------------------------------------------------- § 144 swimming hall
para(144, "Investeringsbeslut för ny simhall vid Dragnäs", "KS 2027/215")
label("ÄRENDET")
txt(f"Den nuvarande simhallen från 1971 har stora brister i tak, ventilation och bassängteknik. Kommunstyrelsen "
    f"föreslår en investeringsram på {d1(E_HALL['frame'])} mnkr för en ny simhall vid Dragnäs. I förstudien från "
    f"2026 beräknades kostnaden till {d1(E_HALL['study'])} mnkr. Ökningen på "
    f"{d1(E_HALL['frame'] - E_HALL['study'])} mnkr beror på {E_HALL_REASONS}. Driftkostnaderna ska beräknas i ett "
    "senare skede.")
label("YRKANDEN")
txt("Louise Backlund (S) och Benjamin Dahlquist (C) yrkar bifall till kommunstyrelsens förslag. Arvid Holmér (M) "
    "och Dennis Lövgren (SD) yrkar avslag till kommunstyrelsens förslag.")
label("PROPOSITIONSORDNING")
txt("Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige har bifallit "
    "kommunstyrelsens förslag. Votering begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som "
    "vill avslå förslaget röstar nej.")
pdf.need(78)
label("OMRÖSTNING")
VW = [62, 17, 17, 17, 17, 16]
VA = ["L", "R", "R", "R", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(TX, TX + sum(VW), y, 0.8, OX)
h = pdf.row(TX, y + 0.3, VW, VA, ["Parti", "Mandat", "Ja", "Nej", "Avstår", "Frånv."], style="B", size=8.4,
            vpad=1.0)
y += 0.3 + h
pdf.hline(TX, TX + sum(VW), y, 0.4, OX)
for p, _ in E_PARTIES:
    cells = e_vote_cells(p)
    cols = [None] + [(196, 190, 186) if c == "0" else None for c in cells[1:]]
    h = pdf.row(TX, y, VW, VA, cells, size=8.6, vpad=1.1, colors=cols)
    y += h
    pdf.hline(TX, TX + sum(VW), y, 0.1, (215, 205, 200))
t = e_vote_totals()
pdf.set_fill_color(*PALE)
h = pdf.row_h(VW, ["Summa"] + [str(x) for x in t], size=8.6, vpad=1.2, style="B")
pdf.rect(TX, y + 0.4, sum(VW), h, style="F")
pdf.row(TX, y + 0.4, VW, VA, ["Summa"] + [str(x) for x in t], size=8.6, vpad=1.2, style="B")
y += 0.4 + h
pdf.hline(TX, TX + sum(VW), y, 0.8, OX)
pdf.set_y(y + 3)
words = {1: "En", 2: "Två", 3: "Tre"}
txt(f"Omröstningen utfaller med {t[1]} ja-röster mot {t[2]} nej-röster. {words[t[3]]} ledamot avstår och "
    f"{words[t[4]].lower()} ledamöter är frånvarande. Kommunfullmäktige har därmed bifallit kommunstyrelsens "
    "förslag.")
label("BESLUT")
pdf.att_list("Kommunfullmäktige beslutar", [
    f"anvisa en investeringsram på {d1(E_HALL['frame'])} mnkr för en ny simhall vid Dragnäs, varav "
    f"{d1(E_HALL['y1'])} mnkr under 2028 och {d1(E_HALL['y2'])} mnkr under 2029,",
    "finansiera investeringen genom upplåning inom den ram som fullmäktige har beslutat,",
    "uppdra åt kommunstyrelsen att riva den nuvarande simhallen när den nya har tagits i bruk.",
], size=9.6)
label("RESERVATION")
no_parties = [p for p, _ in E_PARTIES if E_VOTE[p][2] > 0]
pdf.p(f"Ledamöterna för {', '.join(no_parties[:-1])} och {no_parties[-1]} reserverar sig mot beslutet till förmån "
      "för eget yrkande.", size=9.6, style="I", lh=4.8)

# ---------------------------------------------------------------- § 145 elections, § 146, § 147
para(145, "Val", "KS 2027/019")
txt("Valberedningen har lämnat förslag till val. Kommunfullmäktige förrättar valen i enlighet med förslaget.")
label("BESLUT")
for body, term, groups in E_ELECTIONS:
    pdf.need(22)
    y0 = pdf.get_y()
    pdf.set_x(TX + 4)
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(0, 5, f"{body}, {term}", new_x="LMARGIN", new_y="NEXT")
    for lab, people in groups:
        pdf.set_x(TX + 4)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*WG)
        pdf.cell(0, 4.2, lab, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 9.4)
        for m in people:
            pdf.set_x(TX + 8)
            pdf.cell(0, 4.7, e_member_text(m), new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_fill_color(*OX)
    pdf.rect(TX, y0 + 0.5, 1.2, y1 - y0 - 0.5, style="F")
    pdf.ln(2.5)
para(146, "Anmälan av nya motioner")
txt("Följande motioner har kommit in och anmäls till kommunfullmäktige:", after=1)
pdf.bullets([f"motion om {t_[0].lower() + t_[1:]} av {n_} ({p_})" for t_, n_, p_ in E_NEW_MOTIONS], sym="–", size=9.6, x0=0)
label("BESLUT")
txt("Motionerna remitteras till kommunstyrelsen för beredning.")
para(147, "Avslutning")
txt(f"Ordföranden {E_CHAIR[0]} tackar ledamöterna och förklarar sammanträdet avslutat kl. 21.35.")
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
