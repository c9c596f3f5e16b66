"""(f) Region Flodmark – hälso- och sjukvårdsnämnden: budget 2027 (tjänsteskrivelse with the cost per clinic as a
SCANNED Bilaga 1).

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 4 pages, hospital blue and magenta. P. 1 has no
running header: a DRAWN MARK (a blue disc holding a white cross with a magenta dot in the upper right quadrant) beside
"REGION FLODMARK / Hälso- och sjukvårdsnämnden", the title and a subtitle, a key–value block, and the page SPLIT INTO A
TEXT COLUMN AND A NARROW RIGHT-HAND SIDENOTE COLUMN on a pale blue panel ("Begrepp i budgeten": Utfall, Budget,
Prognos, Avvikelse, Ram as bold terms over short grey definitions); the text column holds "1 Sammanfattning" with
COMPETING FIGURES that do NOT repeat the scanned table (the frame 8 012,9 vs 7 702,5 mnkr, +310,4 and +4,0 %; the
committee's forecast deficit 74,0, a deviation of −74,0; the efficiency demand 1,2 %) and a pointer to Bilaga 1 in words
only, followed by "Prioriteringar i budgeten för 2027" as a full-width "•" list. **P. 2 is a
SCANNED IMAGE WITHOUT ANY TEXT LAYER** (scan46.py): page 7 of the PRINTED BUDGET BOOK, TORN OUT OF ITS WIRE-O BINDING –
a row of punch holes down the left edge, two of them torn through, a curl shadow – with a serif running head, a grey
"Bilaga 1" tab, the caption and the clinic table (Klinik / Utfall 2025 / Budget 2026 / Prognos 2026 / Avvikelse /
Budget 2027; a dark heading band, every other row tinted, a bold Summa row), two notes and "Sida 7"; in ballpoint
"jfr delår" with an arrow to the forecast column and CHECK MARKS beside the clinics with a forecast deficit; −0.5°
skew, uneven paper tone, blur, grain and specks. Pp. 3–4 have a running header (a blue bar with the region in white at
the left, "Budget 2027 · sida n av 4" at the right). P. 3: "2 Budget per verksamhetsområde" with Tabell 2 (Budget
2026 / Budget 2027 / Förändring, mnkr / Förändring, %) whose CHANGE COLUMNS HOLD SMALL HORIZONTAL BARS behind the
signed numbers, a bold total row on a magenta-tinted band; comments. P. 4: "3 Kliniker med underskott" (the passage on
psychiatry), "4 Förslag till beslut" as att-clauses, two signature lines and a grey "Bilaga" list. No metadata title.
None of the figures of the scanned table is repeated in the text layer.
"""
import datetime as dt

from common46 import HERE, Doc
from data import (F_AREAS, F_DNR, F_DATE, F_DIRECTOR, F_CFO, F_CHAIR, F_PASSAGE, F_EFFICIENCY, f_area_cells,
                  f_frame_cells, f_sentences, pct, d1)
from scan46 import render

OUT = HERE / "region-flodmark-hsn-budget-2027.pdf"
BLUE = (20, 62, 122)
MAGENTA = (186, 38, 110)
PALE_BLUE = (232, 238, 247)
PALE_MAG = (248, 228, 238)
GREY = (105, 105, 105)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1 or self.page_no() in self.no_furniture:
            self.set_y(22)
            return
        self.set_fill_color(*BLUE)
        self.rect(self.l_margin, 10, 58, 6, style="F")
        self.set_font("Sans", "B", 8.3)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, 11)
        self.cell(56, 4, "REGION FLODMARK")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin + 60, 11)
        self.cell(self.epw - 60, 4, f"Hälso- och sjukvårdsnämnden · Budget 2027 · sida {self.page_no()} av 4",
                  align="R")
        self.hline(self.l_margin + 58, self.w - self.r_margin, 16, 0.3, BLUE)
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = FDoc("Region Flodmark", font="liberation", serif=False, accent=BLUE, foot="", justify=False,
           created=dt.datetime(2026, 11, 17, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*BLUE)
pdf.circle(28.5, 21, 6.8, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.rect(27.2, 16.6, 2.6, 8.8, style="F")
pdf.rect(24.1, 19.7, 8.8, 2.6, style="F")
pdf.set_fill_color(*MAGENTA)
pdf.circle(32.0, 17.4, 1.2, style="F")
pdf.set_xy(39, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*BLUE)
pdf.cell(80, 6, "REGION FLODMARK", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Hälso- och sjukvårdsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 32, 0.8, BLUE)
pdf.set_y(37)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*BLUE)
pdf.cell(0, 9, "Budget 2027 för hälso- och sjukvården", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Nämndens budget med fördelning per verksamhetsområde och klinik", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", F_DNR), ("Datum", F_DATE.isoformat()), ("Handläggare", f"{F_CFO[0]}, {F_CFO[1]}"),
        ("Till", "Hälso- och sjukvårdsnämnden")], lw=32, size=9, lh=4.6)
pdf.ln(2)
top = pdf.get_y()
TEXT_W = 112
SIDE_X = 22 + TEXT_W + 6
SIDE_W = 188 - SIDE_X
# the sidenote column
pdf.set_fill_color(*PALE_BLUE)
pdf.rect(SIDE_X, top, SIDE_W, 94, style="F")
pdf.set_xy(SIDE_X + 3, top + 3)
pdf.set_font("Sans", "B", 9)
pdf.set_text_color(*BLUE)
pdf.cell(SIDE_W - 6, 4.5, "Begrepp i budgeten", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
for term, text in (("Utfall", "Det faktiska resultatet för ett avslutat år enligt bokslutet."),
                   ("Budget", "Den ram som nämnden har fördelat till verksamheten för året."),
                   ("Prognos", "Bedömningen av helårets resultat, gjord vid delårsbokslutet i augusti."),
                   ("Avvikelse", "Budget minus prognos. Ett negativt tal betyder underskott."),
                   ("Ram", "Det belopp som regionfullmäktige har gett nämnden för året.")):
    pdf.set_x(SIDE_X + 3)
    pdf.set_font("Sans", "B", 8.4)
    pdf.cell(SIDE_W - 6, 4.2, term, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 8.0)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(SIDE_W - 6, 3.9, text, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
# the text column
pdf.set_xy(22, top)
pdf.set_font("Sans", "B", 12.5)
pdf.set_text_color(*BLUE)
pdf.cell(TEXT_W, 6.5, "1 Sammanfattning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
s = f_sentences()


def para(t, after=2.6):
    pdf.set_font("Sans", "", 9.8)
    from common46 import nb
    pdf.multi_cell(TEXT_W, 4.9, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


para(f"{s[0]} Ökningen täcker löne- och prisökningar, men inte hela kostnadsutvecklingen för läkemedel och "
     "hyrpersonal.")
para(f"{s[1]} Underskottet finns framför allt inom den specialiserade vården, där flera kliniker har högre "
     "kostnader för hyrläkare och inhyrda sjuksköterskor än budgeterat.")
para(f"{s[2]} Kravet motsvarar ungefär en procent av personalkostnaderna och ska nås genom minskad "
     "hyrpersonal, färre vårdtillfällen utanför regionen och samordnade inköp.")
para("Kostnaden per klinik, med utfall för förra året, årets budget, prognosen för helåret och budgeten för "
     "nästa år, redovisas i bilaga 1. Där framgår också vilka kliniker som väntas överskrida sin budget i år.")
pdf.set_y(max(pdf.get_y(), top + 96) + 4)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*BLUE)
pdf.cell(0, 6, "Prioriteringar i budgeten för 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(0.5)
pdf.bullets(["Kortare väntetider till operation och första besök i den specialiserade vården.",
             "Mindre beroende av hyrpersonal genom egna rekryteringar och fler specialisttjänstgöringar.",
             "En ny vårdcentral i Mörvik och förstärkt ambulanssjukvård i Sävhamn.",
             "Fler vårdtillfällen i den egna regionen i stället för köpt vård i andra regioner."], size=9.8, lh=4.9)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2: the scanned Bilaga 1
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("2 Budget per verksamhetsområde", size=12.5)
pdf.p("Tabell 2 visar hur nämndens ram fördelas på verksamhetsområden. Ramen för 2026 är justerad för de "
      "förändringar i ansvarsfördelningen som regionfullmäktige beslutade om i juni.", size=9.8)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 2. Budget per verksamhetsområde 2026–2027, mnkr", new_x="LMARGIN", new_y="NEXT")
WID = [62, 24, 24, 28, 28]
AL = ["L", "R", "R", "R", "R"]
X = 22
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
y = pdf.get_y() + 1.5
pdf.hline(X, XS[-1], y, 0.9, BLUE)
pdf.row(X, y + 0.3, WID, AL, ["Verksamhetsområde", "Budget 2026", "Budget 2027", "Förändring, mnkr",
                              "Förändring, %"], size=9, font="Cond", style="B", h=6.8)
y += 7.2
pdf.hline(X, XS[-1], y, 0.4, BLUE)
mx_abs = max(a[2] - a[1] for a in F_AREAS)
mx_pct = max(pct(a[2], a[1]) for a in F_AREAS)
for a in F_AREAS:
    h = 6.6
    # small horizontal bars behind the change figures
    pdf.set_fill_color(214, 225, 241)
    pdf.rect(XS[3] + 1, y + 1.4, (WID[3] - 2) * (a[2] - a[1]) / mx_abs, h - 2.8, style="F")
    pdf.set_fill_color(*PALE_MAG)
    pdf.rect(XS[4] + 1, y + 1.4, (WID[4] - 2) * pct(a[2], a[1]) / mx_pct, h - 2.8, style="F")
    pdf.row(X, y, WID, AL, f_area_cells(a), size=9.2, font="Cond", vpad=1.3, h=h)
    y += h
    pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
pdf.set_fill_color(*PALE_MAG)
pdf.rect(X, y + 0.3, XS[-1] - X, 6.8, style="F")
pdf.row(X, y + 0.3, WID, AL, f_frame_cells(), size=9.2, font="Cond", style="B", vpad=1.4, h=6.8)
y += 7.1
pdf.hline(X, XS[-1], y, 0.9, BLUE)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Staplarna visar förändringens storlek i förhållande till den största förändringen i kolumnen.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.h2("Kommentarer")
top_pct = max(F_AREAS, key=lambda a: pct(a[2], a[1]))
pdf.p(f"{top_pct[0]} får den största procentuella ökningen. Det beror på att antalet patienter i "
      "tvångsvård har ökat och att två nya team för barn- och ungdomspsykiatri startar under våren.", size=9.8)
pdf.p("Primärvården och ambulanssjukvården får ökade ramar för att kunna bemanna den nya vårdcentralen i Mörvik och "
      "en extra ambulans dygnet runt i Sävhamn. Läkemedelsbudgeten ökar på grund av nya behandlingar mot cancer och "
      "diabetes. För hjälpmedel och tandvård räknas ramen bara upp med löne- och prisökningar.", size=9.8)
pdf.p("Inom den specialiserade somatiska vården fördelas ramen vidare till klinikerna enligt bilaga 1. Kliniker "
      "som i år väntas göra underskott får en plan för att nå en budget i balans under 2027.", size=9.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Kliniker med underskott", size=12.5)
pdf.p("Sju av elva kliniker väntas överskrida sin budget för 2026. Det största underskottet väntas på "
      "psykiatriska kliniken, tätt följd av medicinkliniken.", size=9.8)
pdf.p(f"Underskottet på psykiatriska kliniken beror på att {F_PASSAGE}. Kliniken har därför fått i uppdrag att "
      "rekrytera fler specialister och att under 2027 halvera kostnaden för hyrläkare.", size=9.8)
pdf.p("Akutkliniken och barn- och ungdomskliniken har haft fler besök än planerat, medan kvinnokliniken, "
      "kirurgkliniken, röntgenkliniken och laboratoriemedicin väntas göra små överskott tack vare lägre kostnader för "
      "inhyrd personal.", size=9.8)
pdf.h1("4 Förslag till beslut", size=12.5)
pdf.att_list("Hälso- och sjukvårdsnämnden föreslås besluta", [
    "fastställa budget 2027 för hälso- och sjukvården enligt tabell 2,",
    "fördela ramen för den specialiserade vården till klinikerna enligt bilaga 1,",
    f"ett effektiviseringskrav om {d1(F_EFFICIENCY)} procent läggs på samtliga kliniker, samt",
    "de kliniker som väntas göra underskott 2026 ska redovisa en åtgärdsplan till nämnden i mars 2027."],
    size=9.8)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Region Flodmark den {F_DATE.day} november {F_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{F_DIRECTOR[0]}\n{F_DIRECTOR[1].capitalize()}", f"{F_CFO[0]}\n{F_CFO[1].capitalize()}"])
pdf.ln(4)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 4, f"Bilaga 1: Kostnad per klinik (inskannad sida ur budgetboken)\nBeslutet skickas till: "
               f"regionstyrelsen, klinikcheferna. Nämndens ordförande: {F_CHAIR[0]}.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
