"""(c) Hedsala kommun – kommunfullmäktiges sammanträdesprotokoll 2027-06-14, §§ 61–67.

Layout: Liberation Serif text, Liberation Sans labels and tables, portrait, 4 pages, indigo accent. EVERY PAGE has the
same head: a DRAWN TOWER MARK (a crenellated tower with a gate) beside "HEDSALA KOMMUN" in spaced capitals and
"Kommunfullmäktige", and at the right a three-line block "SAMMANTRÄDESPROTOKOLL / 2027-06-14 / Sida n (4)" over an
indigo rule; and the same foot: a row of THREE EMPTY INITIAL BOXES captioned "Ordf.", "Just." and "Just." at the
left and an "Utdragsbestyrkande" box at the right. The text column is narrow, because every paragraph number stands
in the WIDE RIGHT MARGIN as a LARGE GREY "§ 61" level with the paragraph title (with the Dnr under the title in
grey). P. 1: the formalities as a key–value block with the labels in small capitals, the signatures (secretary,
chair, two adjusters) in a 2 × 2 grid, and "Närvaro" with a DRAWN SEAT HEMICYCLE (41 seats in four arcs coloured by
party; full dots = members present, dots with a white centre = serving substitutes, open rings = absent without a
substitute) with a legend, and Tabell 1, the attendance per party (Mandat / Närvarande ledamöter / Tjänstgörande
ersättare / Frånvarande) with a bold "Summa" row. P. 2: § 61, § 62 with the new motions as a ruled table (Motion /
Motionär / Remitteras till), § 63 the annual report with competing figures in the case description (result 38,4 vs
budget 25,0 vs 51,2; balance requirement 31,9; investments 164,3 vs 212,0; soliditet 41,6) and the decision as
att-clauses. P. 3: § 64 the motion on swimming lessons: case, the board's reasons (the passage), "Yrkanden",
"Propositionsordning", "Votering" with the VOTE PER PARTY as a table (Ja / Nej / Avstår) with a "Summa" row and the
result in a sentence, decision and a reservation in italics. P. 4: § 65 (motion answered), § 66 the new preschool
in Sandvreta with figures and att-clauses, § 67 resignation and election. Metadata title set.
"""
import datetime as dt
import math

from common41 import HERE, Doc, nb
from data import (C_DATE, C_PARTIES, C_VOTE, C_CHAIR, C_SECRETARY, C_ADJUST, C_MOTIONER, C_MOTIONS, C_RESULT,
                  C_BALANS, C_INVEST, C_SOLIDITET, C_RUR, C_SWIM_COST, C_PASSAGE, C_PRESCHOOL, C_RESIGN, C_ELECT,
                  c_att, c_party_cells, c_att_tot_cells, c_vote_tot, d1)

OUT = HERE / "hedsala-kf-protokoll-2027-06-14.pdf"
IND = (58, 52, 118)
GREY = (115, 115, 115)
PCOL = {"V": (150, 20, 30), "MP": (60, 150, 60), "S": (225, 40, 50), "C": (0, 100, 60), "L": (80, 150, 215),
        "HP": (140, 90, 160), "KD": (20, 60, 140), "M": (60, 160, 220), "SD": (235, 190, 30)}
ORDER = ["V", "MP", "S", "C", "L", "HP", "KD", "M", "SD"]
RM = 46           # wide right margin for the paragraph numbers


class CDoc(Doc):
    def header(self):
        x, y = 22, 10
        self.set_fill_color(*IND)
        self.rect(x, y + 3, 9, 10, style="F")
        for k in range(3):
            self.rect(x + k * 3.6, y + 1, 1.8, 2.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(x + 3.2, y + 8, 2.6, 5, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=1.3)
        self.set_xy(34, 10.5)
        self.set_font("Sans", "B", 10)
        self.set_char_spacing(1.6)
        self.set_text_color(*IND)
        self.cell(80, 5, "HEDSALA KOMMUN")
        self.set_char_spacing(0)
        self.set_xy(34, 15.5)
        self.set_font("Sans", "", 8.5)
        self.set_text_color(*GREY)
        self.cell(80, 4.5, "Kommunfullmäktige")
        for k, t in enumerate(("SAMMANTRÄDESPROTOKOLL", C_DATE.isoformat(), f"Sida {self.page_no()} (4)")):
            self.set_xy(120, 9.5 + k * 4.2)
            self.set_font("Sans", "B" if k == 0 else "", 8.2)
            self.set_text_color(0, 0, 0) if k == 0 else self.set_text_color(*GREY)
            self.cell(68, 4.2, t, align="R")
        self.set_text_color(0, 0, 0)
        self.hline(22, 188, 24, 0.6, IND)
        self.set_y(30)

    def footer(self):
        y = self.h - 17
        self.set_font("Sans", "", 6.5)
        self.set_text_color(*GREY)
        for k, cap in enumerate(("Ordf.", "Just.", "Just.")):
            x = 22 + k * 19
            self.set_draw_color(150, 150, 150)
            self.rect(x, y, 17, 9)
            self.set_xy(x + 0.8, y + 0.4)
            self.cell(10, 3, cap)
        self.rect(140, y, 48, 9)
        self.set_xy(140.8, y + 0.4)
        self.cell(40, 3, "Utdragsbestyrkande")
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)


pdf = CDoc("", font="liberation", serif=True, accent=IND, justify=False,
           title="Hedsala kommun – Kommunfullmäktige – Sammanträdesprotokoll 2027-06-14",
           author="Hedsala kommun", created=dt.datetime(2027, 6, 21, 8, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 30, RM)
pdf.set_auto_page_break(True, 24)
mand, pres, subs, tj, absent = c_att()
ja, nej, avst = c_vote_tot()


def para(nr, title, dnr=None):
    pdf.need(30)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.hline(22, 188, y, 0.2, (170, 170, 170))
    pdf.set_xy(pdf.w - RM + 6, y + 1.5)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(160, 160, 160)
    pdf.cell(RM - 12, 8, f"§ {nr} ", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, y + 2.5)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(pdf.epw, 5.6, title, align="L", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*GREY)
        pdf.cell(0, 4.4, dnr, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def label(t):
    pdf.need(14)
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")


def txt(t, style=""):
    pdf.p(t, size=10, lh=4.9, after=2, style=style)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 15)
pdf.cell(0, 8, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
kv = [("PLATS OCH TID", "Fullmäktigesalen, kommunhuset i Hedsala, måndagen den 14 juni 2027 kl. 18.00–21.35"),
      ("BESLUTANDE", f"{tj} ledamöter och tjänstgörande ersättare enligt närvaroredovisningen nedan"),
      ("ORDFÖRANDE", f"{C_CHAIR[0]} ({C_CHAIR[1]})"),
      ("SEKRETERARE", f"{C_SECRETARY}, kommunsekreterare"),
      ("UTSES ATT JUSTERA", f"{C_ADJUST[0][0]} ({C_ADJUST[0][1]}) och {C_ADJUST[1][0]} ({C_ADJUST[1][1]})"),
      ("JUSTERINGENS PLATS OCH TID", "Kommunhuset, måndagen den 21 juni 2027"),
      ("JUSTERADE PARAGRAFER", "§§ 61–67")]
for k, v in kv:
    y = pdf.get_y()
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*GREY)
    pdf.set_xy(22, y + 0.6)
    pdf.cell(44, 4, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(66, y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(122, 5, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(1)
sig = [("Sekreterare", C_SECRETARY), ("Ordförande", C_CHAIR[0]), ("Justerande", C_ADJUST[0][0]),
       ("Justerande", C_ADJUST[1][0])]
y = pdf.get_y() + 8
for k, (role, name) in enumerate(sig):
    r, c = divmod(k, 2)
    x, yy = 22 + c * 84, y + r * 16
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x, yy - 6)
    pdf.cell(40, 4, role)
    pdf.set_text_color(0, 0, 0)
    pdf.hline(x, x + 74, yy, 0.25, (110, 110, 110))
    pdf.set_xy(x, yy + 0.8)
    pdf.set_font("Sans", "", 8.6)
    pdf.cell(74, 4, name)
pdf.set_y(y + 28)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 6, "Närvaro", new_x="LMARGIN", new_y="NEXT")
# seat hemicycle
cx, cy = 52, pdf.get_y() + 32
radii = [12, 17, 22, 27]
tot_r = sum(radii)
per = [round(mand * r / tot_r) for r in radii]
per[-1] += mand - sum(per)
seats = []
for r, n in zip(radii, per):
    for k in range(n):
        a = math.pi - math.pi * (k + 0.5) / n
        seats.append((a, r))
seats.sort(key=lambda s: (-s[0], s[1]))
status = []
pmap = {p[1]: p for p in C_PARTIES}
for ab in ORDER:
    p = pmap[ab]
    status += [(ab, "pres")] * p[3] + [(ab, "sub")] * p[4] + [(ab, "abs")] * (p[2] - p[3] - p[4])
for (a, r), (ab, st) in zip(seats, status):
    x, yy = cx + r * math.cos(a), cy - r * math.sin(a)
    col = PCOL[ab]
    pdf.set_fill_color(*col)
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.45)
    if st == "abs":
        pdf.ellipse(x - 1.9, yy - 1.9, 3.8, 3.8, style="D")
    else:
        pdf.ellipse(x - 2.1, yy - 2.1, 4.2, 4.2, style="F")
        if st == "sub":
            pdf.set_fill_color(255, 255, 255)
            pdf.ellipse(x - 0.9, yy - 0.9, 1.8, 1.8, style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(cx - 12, cy - 7)
pdf.set_font("Sans", "B", 14)
pdf.cell(24, 6, str(mand), align="C")
pdf.set_xy(cx - 12, cy - 1.5)
pdf.set_font("Sans", "", 7)
pdf.cell(24, 3.5, "mandat", align="C")
# legend of the markers
for k, (st, lab) in enumerate((("pres", "ledamot"), ("sub", "tjänstgörande ersättare"), ("abs", "frånvarande"))):
    x = 30
    ly = cy + 5 + k * 4.6
    pdf.set_fill_color(90, 90, 90)
    pdf.set_draw_color(90, 90, 90)
    if st == "abs":
        pdf.ellipse(x, ly + 0.4, 3, 3, style="D")
    else:
        pdf.ellipse(x, ly + 0.4, 3, 3, style="F")
        if st == "sub":
            pdf.set_fill_color(255, 255, 255)
            pdf.ellipse(x + 0.8, ly + 1.2, 1.4, 1.4, style="F")
    pdf.set_xy(x + 4, ly)
    pdf.set_font("Sans", "", 6.8)
    pdf.cell(26, 3.8, lab)
pdf.set_draw_color(0, 0, 0)
# attendance table to the right
W1 = [36, 12, 17, 16, 19]
A1 = ["L", "R", "R", "R", "R"]
X1 = 88
TW1 = sum(W1)
y = cy - 34
pdf.set_xy(X1, y)
pdf.set_font("Sans", "B", 8.4)
pdf.cell(TW1, 4.5, "Tabell 1. Närvaro per parti")
y += 5.5
h = pdf.row(X1, y, W1, A1, ["Parti", "Mandat", "Närvarande\nledamöter", "Tjänstg.\nersättare", "Frånvarande"],
            font="Cond", style="B", size=7.2, lh=3.4)
y += h
pdf.hline(X1, X1 + TW1, y, 0.6, IND)
for p in C_PARTIES:
    pdf.set_fill_color(*PCOL[p[1]])
    pdf.rect(X1, y + 1.3, 1.2, 3, style="F")
    h = pdf.row(X1 + 0.6, y, W1, A1, c_party_cells(p), font="Cond", size=8, lh=3.6, vpad=0.9)
    y += h
    pdf.hline(X1, X1 + TW1, y, 0.1, (200, 200, 200))
h = pdf.row(X1 + 0.6, y, W1, A1, c_att_tot_cells(), font="Cond", style="B", size=8, lh=3.6, vpad=1.0)
y += h
pdf.hline(X1, X1 + TW1, y, 0.6, IND)
pdf.set_y(max(y, ly + 6) + 6)
pdf.p(f"Vid sammanträdet tjänstgjorde {pres} ordinarie ledamöter och {subs} ersättare, sammanlagt {tj}. "
      f"{absent} mandat var inte besatta under sammanträdet.", size=9.4, lh=4.6)

# ---------------------------------------------------------------- § 61–63
pdf.add_page()
para(61, "Val av justerare och tid för justering")
label("Beslut")
txt(f"Kommunfullmäktige utser {C_ADJUST[0][0]} ({C_ADJUST[0][1]}) och {C_ADJUST[1][0]} ({C_ADJUST[1][1]}) att "
    f"jämte ordföranden justera dagens protokoll. Justeringen sker måndagen den 21 juni 2027 i kommunhuset.")
para(62, "Anmälan av nya motioner", "Dnr KS 2027/201–204")
txt("Följande motioner har lämnats in sedan föregående sammanträde:")
W2 = [68, 32, 42]
A2 = ["L", "L", "L"]
X0 = 22
TW2 = sum(W2)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W2, A2, ["Motion", "Motionär", "Remitteras till"], font="Cond", style="B", size=8.6)
y += h
pdf.hline(X0, X0 + TW2, y, 0.5, IND)
for m in C_MOTIONS:
    h = pdf.row(X0, y, W2, A2, [m[0], f"{m[1]} ({m[2]})", m[3]], font="Cond", size=9, lh=4.1, vpad=1.3)
    y += h
    pdf.hline(X0, X0 + TW2, y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + TW2, y, 0.5, IND)
pdf.set_y(y + 4)
label("Beslut")
txt("Kommunfullmäktige beslutar att remittera motionerna för beredning enligt förteckningen.")
para(63, "Årsredovisning 2026 för Hedsala kommun", "Dnr KS 2027/58")
label("Ärendebeskrivning")
res, bud, prev = C_RESULT
txt(f"Kommunstyrelsen har upprättat årsredovisningen för 2026. Årets resultat blev {d1(res)} mnkr, att jämföra med "
    f"det budgeterade resultatet på {d1(bud)} mnkr och {d1(prev)} mnkr året innan. Balanskravsresultatet uppgick "
    f"till {d1(C_BALANS)} mnkr. Nettoinvesteringarna blev {d1(C_INVEST[0])} mnkr, vilket är {d1(C_INVEST[1] - C_INVEST[0])} "
    f"mnkr lägre än budgeterat ({d1(C_INVEST[1])} mnkr), främst på grund av att två skolprojekt försenades. "
    f"Soliditeten inklusive pensionsförpliktelser var {d1(C_SOLIDITET)} procent.")
txt("Revisorerna har granskat årsredovisningen och lämnat sin revisionsberättelse den 6 april 2027.")
label("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", [
    "godkänna årsredovisningen för 2026,",
    f"av årets resultat avsätta {d1(C_RUR)} mnkr till resultatutjämningsreserven, samt",
    "lägga revisionsberättelsen till handlingarna."], size=10)

# ---------------------------------------------------------------- § 64
pdf.add_page()
para(64, "Svar på motion om avgiftsfri simundervisning i årskurs 2", "Dnr KS 2026/344")
label("Ärendebeskrivning")
txt(f"{C_MOTIONER[0]} ({C_MOTIONER[1]}) föreslår i en motion att alla elever i årskurs 2 ska erbjudas avgiftsfri "
    f"simundervisning under skoltid, så att fler barn kan simma innan de börjar i årskurs 3.")
txt(f"Kommunstyrelsen föreslår att motionen avslås. Skälet är att {C_PASSAGE} {d1(C_SWIM_COST)} mnkr per år, "
    f"pengar som inte ryms i barn- och utbildningsnämndens budget.")
label("Yrkanden")
txt(f"{C_MOTIONER[0]} ({C_MOTIONER[1]}) och {C_ADJUST[1][0]} ({C_ADJUST[1][1]}) yrkar bifall till motionen. "
    f"{C_ADJUST[0][0]} ({C_ADJUST[0][1]}) yrkar bifall till kommunstyrelsens förslag.")
label("Propositionsordning")
txt("Ordföranden ställer proposition på kommunstyrelsens förslag och på bifall till motionen och finner att "
    "fullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs och verkställs. Fullmäktige godkänner "
    "följande voteringsproposition: Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen.")
label("Votering")
W3 = [60, 18, 18, 18]
A3 = ["L", "R", "R", "R"]
TW3 = sum(W3)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W3, A3, ["Parti", "Ja", "Nej", "Avstår"], font="Cond", style="B", size=8.6, fills=[(234, 232, 244)] * 4)
y += h
pdf.hline(X0, X0 + TW3, y, 0.5, IND)
for p in C_PARTIES:
    v = C_VOTE[p[1]]
    if sum(v) == 0:
        continue
    h = pdf.row(X0, y, W3, A3, [f"{p[0]} ({p[1]})"] + [str(x) for x in v], font="Cond", size=9, lh=4.0, vpad=1.0)
    y += h
    pdf.hline(X0, X0 + TW3, y, 0.1, (200, 200, 200))
h = pdf.row(X0, y, W3, A3, ["Summa", str(ja), str(nej), str(avst)], font="Cond", style="B", size=9, lh=4.0,
            vpad=1.2)
y += h
pdf.hline(X0, X0 + TW3, y, 0.5, IND)
pdf.set_y(y + 4)
txt(f"Med {ja} ja-röster mot {nej} nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag. "
    f"{avst} ledamöter avstod från att rösta.")
label("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", ["avslå motionen."], size=10)
label("Reservation")
txt(f"{C_MOTIONER[0]} och övriga ledamöter för Vänsterpartiet reserverar sig mot beslutet till förmån för eget "
    f"yrkande.", style="I")

# ---------------------------------------------------------------- §§ 65–67
pdf.add_page()
para(65, "Svar på motion om laddplatser vid kommunens idrottsanläggningar", "Dnr KS 2026/298")
label("Ärendebeskrivning")
txt("Miljöpartiet föreslår i en motion att kommunen bygger laddplatser för elbilar vid samtliga idrottsanläggningar. "
    "Kommunstyrelsen konstaterar att laddplatser redan ingår i kommunens laddplan 2027–2029 och att de första "
    "byggs vid simhallen under hösten.")
label("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", ["anse motionen besvarad."], size=10)
para(66, "Investering i ny förskola i Sandvreta", "Dnr KS 2027/77")
label("Ärendebeskrivning")
inv, avd, plats = C_PRESCHOOL
txt(f"Antalet förskolebarn i Sandvreta väntas öka när det nya bostadsområdet byggs ut. Kommunstyrelsen föreslår att "
    f"en förskola med {avd} avdelningar och {plats} platser byggs på kommunens tomt vid Sandvreta skola. Förskolan "
    f"ersätter två paviljonger som har tillfälligt bygglov till och med 2029.")
label("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", [
    f"bevilja en investeringsram på {d1(inv)} mnkr för en ny förskola i Sandvreta,",
    "uppdra åt kommunstyrelsen att genomföra upphandlingen av en totalentreprenad, samt",
    "finansiera investeringen genom upplåning inom den av fullmäktige beslutade låneramen."], size=10)
para(67, "Avsägelse och fyllnadsval av ersättare i barn- och utbildningsnämnden", "Dnr KS 2027/190")
txt(f"{C_RESIGN[0]} ({C_RESIGN[1]}) har avsagt sig sitt uppdrag som ersättare i barn- och utbildningsnämnden.")
label("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", [
    f"bevilja {C_RESIGN[0]} ({C_RESIGN[1]}) entledigande från uppdraget, samt",
    f"välja {C_ELECT[0]} ({C_ELECT[1]}) till ny ersättare i barn- och utbildningsnämnden för tiden till och med "
    f"den 31 december 2030."], size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
