"""(e) Mjösunda kommun – kommunfullmäktiges sammanträdesprotokoll 2027-04-26, §§ 38–46.

Layout: Liberation Serif text, Liberation Sans labels, LIBERATION MONO for the list of motions, portrait, 4 pages,
slate blue and brick. Every page has the same head (the municipality and "Kommunfullmäktige" at the left, a boxed
three-line block "SAMMANTRÄDESPROTOKOLL / 2027-04-26 / Sida n (4)" at the right, a slate rule) and a foot with
"Justerandes signatur" over three short lines and "Utdragsbestyrkande" at the right. Every § opens with the NUMBER IN
A SLATE TAB WITH A NOTCHED RIGHT END ("§ 41" in white), the title in bold beside it and the Dnr in grey at the right,
and the §§ are separated by a CENTRED ORNAMENT OF THREE SMALL DRAWN DIAMONDS (no rules); the run-in labels (Ärendet,
Yrkanden, Beslutsgång, Omröstning, Beslut, Reservation) are small brick Sans capitals. P. 1: the front matter as a
key–value block, four signature lines in a 2 × 2 grid and a boxed ANSLAG/BEVIS, then § 38. P. 2: § 39 (the annual
report, with COMPETING FIGURES 24,6 vs the budget 15,0 and 31,2 in 2025), § 40, § 41 (the preschool in Idborg, 64,5
vs 52,0 mnkr, a vote 27–18 with 4 abstaining and a reservation) and § 42 (the motion on free bus travel, the passage).
P. 3: § 43 and § 44, the half-yearly account of motions and citizens' proposals not yet decided, whose list is a
PRINTOUT FROM THE CASE SYSTEM IN LIBERATION MONO (a mono caption line with the print date, a bold mono heading between
DASHED RULES, cells that wrap inside their columns, an asterisk after the date of items older than one year) that
BREAKS AFTER ITEM 10 with "Listan fortsätter på nästa sida"; p. 4 repeats the caption with "(forts.)" and the whole
heading, ends the list with the asterisk note, and holds §§ 45–46 and the note on the justering. No metadata title.
"""
import datetime as dt

from common51 import HERE, Doc, LB
from data import (E_DATE, E_CHAIR, E_SECR, E_ADJ, E_RESULT, E_PRESCHOOL, E_VOTE, E_PASSAGE, E_MOTIONS,
                  E_BREAK_AFTER, e_cells, e_sentences, d1, WORD)

OUT = HERE / "mjosunda-kf-protokoll-2027-04-26.pdf"
SLATE = (52, 72, 110)
BRICK = (160, 62, 40)
GREY = (100, 100, 100)
PALE = (238, 241, 246)


class EDoc(Doc):
    def header(self):
        self.set_font("Sans", "B", 11)
        self.set_text_color(*SLATE)
        self.set_xy(self.l_margin, 11)
        self.cell(90, 5, "MJÖSUNDA KOMMUN", new_x="LEFT", new_y="NEXT")
        self.set_font("Sans", "", 8.6)
        self.set_text_color(*GREY)
        self.cell(90, 4.4, "Kommunfullmäktige")
        self.set_draw_color(*SLATE)
        self.set_line_width(0.3)
        self.rect(140, 9.5, 48, 14)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_font("Sans", "B", 7.6)
        self.set_text_color(*SLATE)
        self.set_xy(140, 10.4)
        self.cell(48, 3.8, "SAMMANTRÄDESPROTOKOLL", align="C", new_x="LEFT", new_y="NEXT")
        self.set_font("Sans", "", 7.8)
        self.set_text_color(0, 0, 0)
        self.cell(48, 3.8, E_DATE.isoformat(), align="C", new_x="LEFT", new_y="NEXT")
        self.cell(48, 3.8, f"Sida {self.page_no()} (4)", align="C")
        self.hline(self.l_margin, self.w - self.r_margin, 26, 0.7, SLATE)
        self.set_y(31)

    def footer(self):
        y = self.h - 17
        self.hline(self.l_margin, self.w - self.r_margin, y, 0.2, (150, 150, 150))
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, y + 1)
        self.cell(40, 3.5, "Justerandes signatur")
        for k in range(3):
            self.hline(self.l_margin + k * 22, self.l_margin + k * 22 + 18, y + 10, 0.2, (120, 120, 120))
        self.set_xy(self.w - self.r_margin - 40, y + 1)
        self.cell(40, 3.5, "Utdragsbestyrkande", align="R")
        self.hline(self.w - self.r_margin - 30, self.w - self.r_margin, y + 10, 0.2, (120, 120, 120))
        self.set_text_color(0, 0, 0)


pdf = EDoc("Mjösunda kommun", font="liberation", serif=True, accent=SLATE, foot="x", justify=True,
           created=dt.datetime(2027, 4, 29, 15, 0, tzinfo=dt.timezone.utc))
pdf.add_font("Mono", "", LB + "LiberationMono-Regular.ttf")
pdf.add_font("Mono", "B", LB + "LiberationMono-Bold.ttf")
pdf.set_auto_page_break(True, 22)


def ornament():
    pdf.ln(2.5)
    y = pdf.get_y()
    pdf.set_fill_color(*SLATE)
    for dx in (-6, 0, 6):
        cx = 105 + dx
        pdf.polygon([(cx, y - 1.2), (cx + 1.2, y), (cx, y + 1.2), (cx - 1.2, y)], style="F")
    pdf.set_y(y + 4)


def para_head(nr, title, dnr):
    pdf.need(30)
    y = pdf.get_y()
    pdf.set_fill_color(*SLATE)
    pdf.polygon([(22, y), (39, y), (41.5, y + 3.2), (39, y + 6.4), (22, y + 6.4)], style="F")
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, y + 1.2)
    pdf.cell(17, 4, f"§ {nr}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_xy(45, y + 0.9)
    pdf.multi_cell(108, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(150, y + 1.4)
    pdf.cell(38, 4, dnr, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(max(y1, y + 6.4) + 2.5)


def label(t):
    pdf.need(14)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*BRICK)
    pdf.set_char_spacing(0.6)
    pdf.cell(0, 4.4, t.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)


def txt(t, after=2.2):
    pdf.p(t, size=9.8, lh=4.9, after=after)


def atts(clauses):
    pdf.set_font("Serif", "", 9.8)
    for cl in clauses:
        pdf.set_x(22)
        pdf.cell(9, 4.9, "att")
        pdf.multi_cell(157, 4.9, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)


# ---------------------------------------------------------------- p. 1: front matter and § 38
pdf.add_page()
pdf.kv([("Plats och tid", "Mjösundasalen, kommunhuset, måndagen den 26 april 2027 kl. 18.00–21.20"),
        ("Beslutande", "Se närvarolistan, bilaga 1"),
        ("Övriga närvarande", f"{E_SECR[0]}, {E_SECR[1]}, samt kommundirektören och ekonomichefen"),
        ("Utses att justera", f"{E_ADJ[0][0]} och {E_ADJ[1][0]}"),
        ("Justeringens plats och tid", "Kommunhuset, torsdagen den 29 april 2027"),
        ("Justerade paragrafer", "§§ 38–46")], lw=46, size=9.4, lh=4.8)
pdf.ln(3)
y = pdf.get_y() + 6
for k, (name, role) in enumerate([(E_SECR[0], "Sekreterare"), (E_CHAIR[0], "Ordförande"),
                                  (E_ADJ[0][0], "Justerare"), (E_ADJ[1][0], "Justerare")]):
    x = 22 + (k % 2) * 86
    yy = y + (k // 2) * 17
    pdf.hline(x, x + 72, yy, 0.25, (90, 90, 90))
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.set_xy(x, yy + 0.6)
    pdf.cell(72, 3.6, role, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 9.4)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(72, 4.4, name)
y += 34
pdf.set_draw_color(*SLATE)
pdf.rect(22, y, 166, 25)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(26, y + 2)
pdf.set_font("Sans", "B", 8.6)
pdf.set_text_color(*SLATE)
pdf.cell(0, 4.4, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 9)
pdf.set_x(26)
pdf.multi_cell(158, 4.5, "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
               "digitala anslagstavla.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.cell(0, 4.5, "Datum då anslaget sätts upp: 30 april 2027 · Datum då anslaget tas ned: 24 maj 2027",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.cell(0, 4.5, "Förvaringsplats för protokollet: kommunledningskontoret", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 31)
para_head(38, "Val av justerare", "KS 2027/2")
label("Beslut")
txt(f"Kommunfullmäktige beslutar att utse {E_ADJ[0][0]} och {E_ADJ[1][0]} att jämte ordföranden justera dagens "
    "protokoll. Justeringen sker torsdagen den 29 april 2027 i kommunhuset.")
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: §§ 39–42
pdf.add_page()
s = e_sentences()
para_head(39, "Årsredovisning 2026", "KS 2027/41")
label("Ärendet")
txt(f"{s[0]} Verksamhetens nettokostnader ökade mindre än skatteintäkterna, och alla nämnder utom socialnämnden "
    "höll sin budget.")
label("Beslut")
atts(["godkänna årsredovisningen för 2026."])
ornament()
para_head(40, "Ansvarsfrihet för 2026", "KS 2027/48")
label("Ärendet")
txt("Revisorerna tillstyrker att kommunfullmäktige beviljar styrelser och nämnder samt de enskilda ledamöterna i "
    "dessa organ ansvarsfrihet för 2026. Ledamöter som är jäviga deltar inte i beslutet om den egna nämnden.")
label("Beslut")
atts(["bevilja kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ ansvarsfrihet för 2026."])
ornament()
para_head(41, "Investeringsram för ny förskola i Idborg", "KS 2026/310")
label("Ärendet")
txt(f"Förskolan i Idborg ska ha åtta avdelningar. Efter upphandlingen har kostnaden räknats om. {s[1]} Ökningen "
    "beror främst på högre kostnader för markarbeten och ventilation.")
label("Yrkanden")
txt("Dag Mellgren (C) yrkar bifall till kommunstyrelsens förslag. Ture Dahlberg (M) yrkar att ärendet ska "
    "återremitteras för en ny upphandling.")
label("Omröstning")
txt(f"Omröstning begärs. Kommunfullmäktige beslutar med {E_VOTE[0]} röster mot {E_VOTE[1]} att bifalla "
    f"kommunstyrelsens förslag. {WORD[E_VOTE[2]].capitalize()} ledamöter avstår från att rösta.")
label("Beslut")
atts([f"höja investeringsramen för förskolan i Idborg till {d1(E_PRESCHOOL[0])} mnkr, samt",
      "finansiera höjningen inom ramen för kommunens investeringsbudget för 2027."])
label("Reservation")
txt("Ledamöterna för Moderaterna reserverar sig mot beslutet till förmån för Ture Dahlbergs yrkande.")
ornament()
para_head(42, "Motion om avgiftsfria bussresor för personer över 75 år", "KS 2026/188")
label("Ärendet")
txt("Monika Tell (S) föreslår i en motion att kommunen ska betala bussresor inom kommunen för alla invånare som har "
    f"fyllt 75 år. Kommunstyrelsen föreslår att motionen avslås. Skälet är att {E_PASSAGE}.")
label("Beslut")
atts(["avslå motionen."])
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3: §§ 43–44 and the motions list
pdf.add_page()
para_head(43, "Medborgarförslag om papperskorgar vid badplatsen i Tallhed", "KS 2026/244")
label("Ärendet")
txt("Ett medborgarförslag om fler papperskorgar och en sopsortering vid badplatsen har beretts av tekniska "
    "nämnden, som redan har satt upp tre nya papperskorgar.")
label("Beslut")
atts(["anse medborgarförslaget besvarat."])
ornament()
para_head(44, "Redovisning av motioner och medborgarförslag som inte har beretts färdigt", "KS 2027/12")
label("Ärendet")
txt("Enligt kommunallagen ska motioner och medborgarförslag som inte har beretts färdigt redovisas för "
    f"fullmäktige två gånger per år. {s[2]} Listan nedan är en utskrift ur ärendehanteringssystemet.")
label("Beslut")
atts(["lägga redovisningen till handlingarna."])

MW = [7, 27.5, 34.5, 29, 20, 31, 17]
MA = ["L"] * 7
MH = ["Nr", "Typ", "Ärende", "Inlämnad av", "Inkom", "Beredande organ", "Status"]
MS = 7.2


def list_head(cont):
    pdf.set_font("Mono", "", 7.2)
    pdf.set_text_color(*GREY)
    cap = "Bilaga 2 till § 44. Ej färdigberedda motioner och medborgarförslag" + (" (forts.)" if cont else "")
    pdf.cell(110, 4, cap)
    pdf.cell(56, 4, "Utskrift 2027-04-12", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y = pdf.get_y() + 1
    pdf.hline(22, 188, y, 0.3, (60, 60, 60), dash=(1.2, 0.8))
    pdf.no_split(MW, MH, "Mono", "B", MS, pad=0.5, what="list heading")
    h = pdf.row(22, y + 0.4, MW, MA, MH, size=MS, font="Mono", style="B", vpad=0.9, lh=3.5, pad=0.5)
    y += h + 0.8
    pdf.hline(22, 188, y, 0.3, (60, 60, 60), dash=(1.2, 0.8))
    return y + 0.4


y = list_head(False)
for i, m in enumerate(E_MOTIONS):
    if i == E_BREAK_AFTER:
        pdf.hline(22, 188, y, 0.3, (60, 60, 60), dash=(1.2, 0.8))
        pdf.set_xy(22, y + 1.2)
        pdf.set_font("Mono", "", 7.2)
        pdf.set_text_color(*GREY)
        pdf.cell(166, 4, "Listan fortsätter på nästa sida", align="R")
        pdf.set_text_color(0, 0, 0)
        if pdf.page_no() != 3:
            raise SystemExit(f"the list should break on p. 3, not p. {pdf.page_no()}")
        pdf.add_page()
        y = list_head(True)
    cells = e_cells(i, m)
    pdf.no_split(MW, cells, "Mono", "", MS, pad=0.5, what="list")
    h = pdf.row_h(MW, cells, size=MS, font="Mono", vpad=0.9, lh=3.5, pad=0.5)
    if y + h > pdf.h - 24:
        raise SystemExit(f"list row {i + 1} does not fit on p. {pdf.page_no()}")
    pdf.row(22, y, MW, MA, cells, size=MS, font="Mono", vpad=0.9, lh=3.5, h=h, pad=0.5)
    y += h
    pdf.hline(22, 188, y, 0.1, (205, 205, 205))
pdf.hline(22, 188, y, 0.3, (60, 60, 60), dash=(1.2, 0.8))
pdf.set_xy(22, y + 1.2)
pdf.set_font("Mono", "", 7.2)
pdf.multi_cell(166, 3.6, f"* Under beredning i mer än ett år. Antal ärenden: {len(E_MOTIONS)}.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
if pdf.page_no() != 4:
    raise SystemExit(f"the list should end on p. 4, not p. {pdf.page_no()}")
ornament()
para_head(45, "Entlediganden och fyllnadsval", "KS 2027/3")
label("Ärendet")
txt("Tilde Moberg har begärt att bli entledigad från uppdraget som ersättare i kultur- och fritidsnämnden.")
label("Beslut")
atts(["bevilja entledigandet, samt", "välja Irma Tapper till ny ersättare i kultur- och fritidsnämnden för tiden "
      "till och med den 31 december 2030."])
ornament()
para_head(46, "Anmälan av nya motioner", "KS 2027/5")
txt("Följande motioner anmäls och remitteras till kommunstyrelsen: motion om sommarlovsaktiviteter för barn av "
    "Mira Thelin (V) och motion om en ny infartsparkering av Ture Dahlberg (M).")
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
