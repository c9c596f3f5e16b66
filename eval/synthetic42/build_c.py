"""(c) Brånsta kommun – kommunstyrelsens sammanträdesprotokoll 2027-03-16, §§ 31–37.

Layout: Liberation Serif text, Liberation Sans labels and tables, portrait, 4 pages, a DEEP BLUE accent. Every page
opens with a HEADER OF TWO RULED LINES: a drawn emblem (a blue disc with a white stylised tower of three stacked
blocks) beside "BRÅNSTA KOMMUN", and at the right "SAMMANTRÄDESPROTOKOLL" over "Kommunstyrelsen · 2027-03-16" and
"Sida n (4)"; every page closes with a row of three SMALL SIGNATURE BOXES ("Ordf. sign", "Just. sign",
"Utdragsbestyrkande"), the first two holding DRAWN INITIALS. P. 1 is the front page as a FORM OF UNDERLINED FIELDS
(a small grey label over the value on a hairline running the full width: Plats och tid, Beslutande, Övriga
närvarande, Utses att justera, Justeringens plats och tid), the members as a borderless three-column list
(namn / parti / uppdrag), three signature lines with the paragraphs, and the ANSLAG box (Organ, Sammanträdesdatum,
Datum då anslaget sätts upp / tas ned, Förvaringsplats) in a DOUBLE-LINE FRAME. Pp. 2–4: each paragraph has the
"§ nn" in a LEFT MARGIN COLUMN in large accent type, the title in bold beside it with the Dnr right-aligned in grey,
and the text in the right column with run-in bold labels (Ärendet, Beslutsunderlag, Yrkanden, Propositionsordning,
Omröstning, Reservation); decisions are att-clauses under "Kommunstyrelsens beslut". § 33 carries competing
figures of the budget follow-up (forecast −12,4 vs budget 18,0; deficits 41,7 of which 28,9 / 9,6 / 3,2; taxes
+11,3); § 34 the extra grant (8,5 vs 14,2 and 5,7 mnkr); § 36 the motion with a ROLL-CALL TABLE in two blocks (Ja
/ Nej / Avstår marked with "X") and the reservation set in italics with a thin left rule; § 37 the delegated
decisions as a FULLY RULED GRID with a pale blue heading. No metadata title.
"""
import datetime as dt

from common42 import HERE, Doc
from data import (C_DATE, C_MEMBERS, C_ABSENT, C_OTHERS, C_ADJUSTER, C_VOTE_NO, C_VOTE_ABSTAIN, C_BUDGET_RESULT,
                  C_DEFICITS, C_TAX_PLUS, C_SCHOOL, C_SCHOOL_ATT, C_MOTION_COST, C_PASSAGE, C_DELEG, C_PLAN_HOMES,
                  c_forecast, c_votes, c_deleg_cells, d1, dmy)

OUT = HERE / "bransta-ks-protokoll-2027-03-16.pdf"
BLUE = (24, 58, 120)
PALEB = (222, 230, 244)
LEFT = 22
MARG = 24          # width of the § column
TEXTX = LEFT + MARG
WORD = {1: "en", 3: "tre", 9: "nio", 13: "13"}


class CDoc(Doc):
    def header(self):
        y = 10
        self.set_fill_color(*BLUE)
        self.ellipse(LEFT, y, 11, 11, style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(LEFT + 3.2, y + 6.4, 4.6, 2.2, style="F")
        self.rect(LEFT + 3.8, y + 4.0, 3.4, 2.0, style="F")
        self.rect(LEFT + 4.4, y + 2.0, 2.2, 1.6, style="F")
        self.set_xy(LEFT + 14, y + 1.5)
        self.set_font("Sans", "B", 11)
        self.set_text_color(*BLUE)
        self.cell(70, 5, "BRÅNSTA KOMMUN")
        self.set_xy(LEFT + 14, y + 6.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(70, 4, "Kommunstyrelsen")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.w - self.r_margin - 80, y)
        self.set_font("Sans", "B", 9)
        self.cell(80, 4.5, "SAMMANTRÄDESPROTOKOLL", align="R")
        self.set_xy(self.w - self.r_margin - 80, y + 4.8)
        self.set_font("Sans", "", 8)
        self.cell(80, 4, f"Kommunstyrelsen · {C_DATE.isoformat()}", align="R")
        self.set_xy(self.w - self.r_margin - 80, y + 8.8)
        self.cell(80, 4, f"Sida {self.page_no()} (4)", align="R")
        self.hline(LEFT, self.w - self.r_margin, y + 14, 0.6, BLUE)
        self.hline(LEFT, self.w - self.r_margin, y + 15.1, 0.15, BLUE)
        self.set_y(y + 22)

    def footer(self):
        y = self.h - 19
        w = 30
        for k, lab in enumerate(("Ordf. sign", "Just. sign", "Utdragsbestyrkande")):
            x = self.w - self.r_margin - (3 - k) * (w + 2) + 2
            self.set_draw_color(120, 120, 120)
            self.rect(x, y, w, 11)
            self.set_xy(x + 1, y + 0.6)
            self.set_font("Sans", "", 6.2)
            self.set_text_color(110, 110, 110)
            self.cell(w - 2, 3, lab)
            self.set_text_color(0, 0, 0)
            if k < 2:
                self.initials(x + 9, y + 7.5, k)
        self.set_draw_color(0, 0, 0)

    def initials(self, x, y, k):
        """two drawn, handwritten-looking initials in blue ink (curves only, no text)"""
        self.set_draw_color(30, 50, 140)
        self.set_line_width(0.35)
        if k == 0:     # "EB"
            self.bezier([(x, y - 3), (x - 2, y - 3), (x - 2, y), (x + 1, y)])
            self.line(x - 1.2, y - 1.5, x + 0.5, y - 1.5)
            self.line(x + 3, y - 3.2, x + 2.6, y + 0.2)
            self.bezier([(x + 3, y - 3.2), (x + 6, y - 3), (x + 5, y - 1.6), (x + 2.9, y - 1.6)])
            self.bezier([(x + 2.9, y - 1.6), (x + 6.5, y - 1.4), (x + 5.5, y + 0.6), (x + 2.6, y + 0.2)])
        else:          # "ME"
            self.polyline([(x - 1, y + 0.2), (x - 0.4, y - 3.2), (x + 1.2, y - 0.8), (x + 2.8, y - 3.2),
                           (x + 3.2, y + 0.2)])
            self.bezier([(x + 7, y - 3), (x + 5, y - 3), (x + 5, y), (x + 8, y)])
            self.line(x + 5.6, y - 1.5, x + 7, y - 1.5)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)


pdf = CDoc("", font="liberation", serif=True, accent=BLUE, justify=False,
           created=dt.datetime(2027, 3, 18, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(LEFT, 30, 20)
pdf.set_auto_page_break(True, 26)
TW = pdf.w - pdf.r_margin - TEXTX


def field(label, value, lh=5):
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(110, 110, 110)
    pdf.set_x(LEFT)
    pdf.cell(0, 4, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(0, lh, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.hline(LEFT, pdf.w - pdf.r_margin, pdf.get_y() + 0.6, 0.15, (150, 150, 150))
    pdf.ln(3)


def para(nr, title, dnr):
    pdf.need(30)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_xy(LEFT, y - 1)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*BLUE)
    pdf.cell(MARG, 7, f"§ {nr}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(TEXTX, y)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(TW - 34, 5.2, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    if dnr:
        pdf.set_xy(pdf.w - pdf.r_margin - 34, y)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(34, 5, dnr, align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(max(y2, y + 6) + 1.5)


def text(t, label=None, size=10, after=2.2):
    pdf.set_x(TEXTX)
    if label:
        pdf.set_font("Sans", "B", size - 0.8)
        pdf.set_x(TEXTX)
        pdf.multi_cell(TW, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", size)
    pdf.set_x(TEXTX)
    pdf.multi_cell(TW, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def atts(clauses, lead="Kommunstyrelsens beslut", size=10):
    pdf.set_x(TEXTX)
    pdf.set_font("Sans", "B", size - 0.8)
    pdf.multi_cell(TW, 5, lead, align="L", new_x="LMARGIN", new_y="NEXT")
    for cl in clauses:
        pdf.need(10)
        pdf.set_x(TEXTX)
        pdf.set_font("Serif", "", size)
        pdf.cell(9, 5, "att")
        pdf.multi_cell(TW - 9, 5, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.5)


# ---------------------------------------------------------------- p. 1 front page
pdf.add_page()
pdf.set_font("Sans", "B", 18)
pdf.cell(0, 9, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
field("Plats och tid", f"Kommunhuset, stora sessionssalen, tisdagen den {dmy(C_DATE)} kl. 13.00–16.25")
pdf.set_font("Sans", "", 7.2)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4, "Beslutande", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
for name, party, role in C_MEMBERS:
    pdf.set_font("Serif", "B" if role == "ordförande" else "", 9.8)
    pdf.set_x(LEFT)
    pdf.cell(48, 4.8, name)
    pdf.cell(14, 4.8, f"({party})")
    pdf.set_font("Serif", "I", 9.2)
    pdf.cell(0, 4.8, role, new_x="LMARGIN", new_y="NEXT")
pdf.hline(LEFT, pdf.w - pdf.r_margin, pdf.get_y() + 0.6, 0.15, (150, 150, 150))
pdf.ln(3)
field("Övriga närvarande", "; ".join(f"{n}, {r}" for n, r in C_OTHERS))
field("Utses att justera", C_ADJUSTER)
field("Justeringens plats och tid", "Kommunledningskontoret, torsdagen den 18 mars 2027")
pdf.ln(1)
pdf.set_font("Sans", "", 8)
y = pdf.get_y() + 4
for k, (lab, name) in enumerate((("Sekreterare", "Dennis Almén"), ("Ordförande", "Eva Bäckström"),
                                 ("Justerande", C_ADJUSTER))):
    yy = y + k * 11
    pdf.set_xy(LEFT, yy)
    pdf.set_font("Sans", "", 8)
    pdf.cell(28, 5, lab)
    pdf.hline(LEFT + 28, LEFT + 98, yy + 5, 0.2, (90, 90, 90))
    pdf.set_xy(LEFT + 28, yy + 5.4)
    pdf.set_font("Serif", "", 8.6)
    pdf.cell(70, 4, name)
    if k == 0:
        pdf.set_xy(LEFT + 104, yy + 1)
        pdf.set_font("Sans", "", 8)
        pdf.cell(40, 4, "Paragrafer §§ 31–37")
pdf.set_y(y + 36)
# anslag box in a double frame
bx, by, bw, bh = LEFT, pdf.get_y(), pdf.w - pdf.r_margin - LEFT, 30
pdf.rect(bx, by, bw, bh)
pdf.rect(bx + 0.9, by + 0.9, bw - 1.8, bh - 1.8)
pdf.set_xy(bx + 4, by + 3)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "ANSLAG/BEVIS")
pdf.set_xy(bx + 4, by + 8)
pdf.set_font("Serif", "", 8.6)
pdf.multi_cell(bw - 8, 4.3, "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", align="L")
rows = [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", C_DATE.isoformat()),
        ("Datum då anslaget sätts upp", "2027-03-19"), ("Datum då anslaget tas ned", "2027-04-10"),
        ("Förvaringsplats för protokollet", "Kommunledningskontoret")]
yy = by + 13
for k, (lab, val) in enumerate(rows):
    col, r_ = divmod(k, 3)
    pdf.set_xy(bx + 4 + col * 78, yy + r_ * 4.6)
    pdf.set_font("Sans", "", 7.6)
    pdf.cell(44, 4.4, lab)
    pdf.set_font("Serif", "B", 8.4)
    pdf.cell(36, 4.4, val)

# ---------------------------------------------------------------- p. 2
pdf.add_page()
para(31, "Val av justerare", None)
text(f"Kommunstyrelsen utser {C_ADJUSTER} (M) att tillsammans med ordföranden justera dagens protokoll.")
para(32, "Fastställande av dagordning", None)
text("Dagordningen fastställs med den ändringen att ärendet om Ängsmora skola behandlas före detaljplanen för "
     "Västra Ebbarp.")
para(33, "Ekonomisk uppföljning per februari 2027", "Dnr KS 2027/18")
fc = c_forecast()
defs = {n: v for n, v in C_DEFICITS}
tot_def = sum(defs.values())
text(f"Ekonomichefen {C_OTHERS[1][0]} redovisar uppföljningen efter februari. Prognosen för helåret visar ett "
     f"resultat på {d1(fc)} mnkr, att jämföra med det budgeterade resultatet på {d1(C_BUDGET_RESULT)} mnkr. "
     f"Nämnderna prognostiserar tillsammans ett underskott på {d1(tot_def)} mnkr, varav socialnämnden "
     f"{d1(defs['socialnämnden'])} mnkr, barn- och utbildningsnämnden {d1(defs['barn- och utbildningsnämnden'])} mnkr "
     f"och tekniska nämnden {d1(defs['tekniska nämnden'])} mnkr. Skatteintäkterna beräknas bli {d1(C_TAX_PLUS)} mnkr "
     f"högre än budgeterat.", label="Ärendet")
text("Socialnämndens underskott beror främst på fler placeringar av barn och unga och på ökade kostnader för "
     "köpta platser inom äldreomsorgen.")
atts(["godkänna den ekonomiska uppföljningen per februari 2027",
      "uppdra åt socialnämnden att senast den 30 april 2027 redovisa en åtgärdsplan för en budget i balans",
      "uppdra åt kommundirektören att införa ett tillfälligt anställningsstopp för administrativa tjänster"])
para(34, "Tilläggsanslag för ombyggnad av Ängsmora skola", "Dnr KS 2026/311")
text(f"Ombyggnaden av Ängsmora skola fanns med i investeringsbudgeten med {d1(C_SCHOOL[0])} mnkr. Vid "
     f"projekteringen har det visat sig att ventilationen och stommen i den äldre delen av skolan måste bytas. Den "
     f"totala utgiften beräknas nu till {d1(C_SCHOOL[1])} mnkr. Samhällsbyggnadsförvaltningen föreslår att "
     f"mellanskillnaden finansieras genom att ett annat projekt skjuts upp.", label="Ärendet")
text("Tjänsteskrivelse från samhällsbyggnadsförvaltningen den 1 mars 2027; kalkyl från projektledaren.",
     label="Beslutsunderlag")
atts(C_SCHOOL_ATT)

# ---------------------------------------------------------------- p. 3
para(35, "Antagande av detaljplan för Västra Ebbarp", "Dnr KS 2025/96")
text(f"Detaljplanen ger möjlighet att bygga omkring {C_PLAN_HOMES} bostäder i flerbostadshus och radhus samt en "
     f"förskola i Västra Ebbarp. Planen har varit ute på granskning och de synpunkter som kom in har lett till "
     f"mindre justeringar av byggrätterna närmast åkermarken.", label="Ärendet")
atts(["anta detaljplanen för Västra Ebbarp"], lead="Kommunstyrelsen föreslår kommunfullmäktige besluta")
para(36, "Svar på motion om avgiftsfri kollektivtrafik för personer över 75 år", "Dnr KS 2026/140")
text("Vanja Ek (V) föreslår i en motion att kommunen ska införa avgiftsfria resor med den lokala "
     "kollektivtrafiken för alla invånare som har fyllt 75 år.", label="Ärendet")
text(f"Kommunstyrelsens arbetsutskott föreslår att motionen avslås. Som skäl anges att {C_PASSAGE}.")
text("Eva Bäckström (S) yrkar bifall till arbetsutskottets förslag. Vanja Ek (V) yrkar bifall till motionen. "
     "Malin Edvardsson (SD) yrkar bifall till Vanja Eks yrkande.", label="Yrkanden")
text("Ordföranden ställer proposition på de två förslagen och finner att kommunstyrelsen beslutar enligt "
     "arbetsutskottets förslag. Omröstning begärs.", label="Propositionsordning")
yes, no, abst = c_votes()
text(f"Ja-röst för arbetsutskottets förslag, nej-röst för bifall till motionen. Med {yes} ja-röster mot {no} "
     f"nej-röster beslutar kommunstyrelsen enligt arbetsutskottets förslag. {WORD[abst].capitalize()} ledamot "
     f"avstår från att rösta.", label="Omröstning")
# roll-call table in two blocks
WV = [40, 9, 9, 12]
AV = ["L", "C", "C", "C"]
y = pdf.get_y() + 1
pdf.need(len(C_MEMBERS) / 2 * 4.6 + 14)
y = pdf.get_y() + 1
half = (len(C_MEMBERS) + 1) // 2
for block in range(2):
    x = TEXTX + block * (sum(WV) + 6)
    yy = y
    h = pdf.row(x, yy, WV, AV, ["Ledamot", "Ja", "Nej", "Avstår"], style="B", size=8, font="Cond", vpad=0.6)
    yy += h
    pdf.hline(x, x + sum(WV), yy, 0.3, BLUE)
    for name, party, role in C_MEMBERS[block * half:(block + 1) * half]:
        marks = ["X" if name not in C_VOTE_NO | C_VOTE_ABSTAIN else "", "X" if name in C_VOTE_NO else "",
                 "X" if name in C_VOTE_ABSTAIN else ""]
        h = pdf.row(x, yy, WV, AV, [f"{name} ({party})"] + marks, size=8, font="Cond", vpad=0.45)
        yy += h
        pdf.hline(x, x + sum(WV), yy, 0.1, (200, 200, 200))
    if block == 0:
        y_end = yy
    else:
        yy += 0.5
        h = pdf.row(x, yy, WV, AV, ["Summa", str(yes), str(no), str(abst)], style="B", size=8, font="Cond",
                    vpad=0.6)
        y_end = max(y_end, yy + h)
pdf.set_y(y_end + 4)
atts(["avslå motionen"])
# reservation in italics with a thin left rule
y = pdf.get_y()
pdf.set_x(TEXTX + 3)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(TW, 5, "Reservation", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(TEXTX + 3)
pdf.set_font("Serif", "I", 10)
pdf.multi_cell(TW - 3, 5, "Vanja Ek (V), Malin Edvardsson (SD) och David Månsson (SD) reserverar sig mot beslutet "
               "till förmån för Vanja Eks yrkande. Vanja Ek lämnar en skriftlig reservation: ”Avgiftsfria resor "
               "skulle bryta isoleringen för många äldre och minska behovet av färdtjänst. Kostnaden är liten i "
               "förhållande till nyttan.”", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.vline(TEXTX, y, pdf.get_y(), 0.6, BLUE)
pdf.ln(2)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
para(37, "Anmälan av delegationsbeslut", "Dnr KS 2027/5")
text("Följande beslut som fattats med stöd av kommunstyrelsens delegationsordning anmäls till kommunstyrelsen. "
     "Besluten gäller perioden från årsskiftet till och med den 1 mars 2027.", label="Ärendet")
WD = [18, 66, 22, 28, 17]
AD = ["L", "L", "C", "L", "R"]
HD = ["Nr", "Ärende", "Beslutsdatum", "Delegat", "Belopp, tkr"]
X0 = TEXTX - 6
for w, c in zip(WD, HD):
    lines = pdf.cell_lines(w, c, "Cond", "B", 8.2)
    if " ".join(lines).split() != c.split():
        raise SystemExit(f"split heading {c!r}")
y = pdf.get_y() + 1
hh = pdf.row_h(WD, HD, style="B", size=8.2, font="Cond")
pdf.set_fill_color(*PALEB)
pdf.rect(X0, y, sum(WD), hh, style="F")
xs = [X0]
for w in WD:
    xs.append(xs[-1] + w)
pdf.row(X0, y, WD, AD, HD, style="B", size=8.2, font="Cond")
ytop = y
y += hh
pdf.hline(X0, X0 + sum(WD), y, 0.5, BLUE)
for x in C_DELEG:
    cells = c_deleg_cells(x)
    for w, c in zip(WD, cells):
        lines = pdf.cell_lines(w, c, "Cond", "", 8.6)
        if " ".join(lines).split() != c.split():
            raise SystemExit(f"split cell {c!r}")
    h = pdf.row(X0, y, WD, AD, cells, size=8.6, font="Cond")
    y += h
    pdf.hline(X0, X0 + sum(WD), y, 0.2, (90, 90, 90))
pdf.rect(X0, ytop, sum(WD), y - ytop)
for x in xs[1:-1]:
    pdf.vline(x, ytop, y, 0.2, (90, 90, 90))
pdf.set_y(y + 4)
atts(["lägga anmälan av delegationsbesluten till handlingarna"])
pdf.ln(4)
pdf.set_x(TEXTX)
pdf.set_font("Serif", "I", 9)
pdf.multi_cell(TW, 4.6, "Sammanträdet avslutas kl. 16.25. Vid protokollet: Dennis Almén, kommunsekreterare.",
               align="L")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
