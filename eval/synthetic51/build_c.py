"""(c) Timsala kommun – kommunstyrelsen: kommunkoncernens bolag 2026, sammanställning och ägardirektiv 2027.

Layout: Liberation Serif text, Liberation Sans labels and blocks, portrait, 4 pages, wine red and stone. P. 1 has no
running header: a DRAWN STEPPED-GABLE TOWN HALL WITH A CLOCK (wine, with white windows and door) beside "TIMSALA KOMMUN
/ Kommunstyrelsen", "Bolagsrapport 2026" in stone italics at the right, a wine rule over a stone hairline, the title
and subtitle, a key–value block, "1 Koncernen i korthet" with COMPETING FIGURES (901,8 vs 921,6 mnkr turnover;
result 57,5 vs 65,0 vs the budget 60,0; two companies with a loss; 241 employees, 3 more), the list of companies as a
"–" list and a reading note in a STONE BOX ("värdet inom parentes avser 2025"). Pp. 2–4: a running header (wine
small-caps "Timsala kommun" at the left, "Kommunkoncernens bolag 2026" and "sida n av 4" at the right over a stone
hairline). Pp. 2–3: "2 Bolagen" as KEY–VALUE BLOCKS, ONE PER COMPANY: a header strip with a WINE SECTOR TAB in white
capitals ("BOSTÄDER", "ENERGI" …), the company name in bold and its org.nr in grey at the right; below it TWO KEY–VALUE
COLUMNS – "Fakta" (activity, ownership, managing director, chair) and "Nyckeltal 2026 (2025)" with DOTTED ROW RULES,
the 2026 value in bold and the previous year in parentheses – and an italic one-line comment. P. 4: "3 Ägardirektiv
2027" and "Förslag till beslut" – general att-clauses, then the company directives as ATT-CLAUSES GROUPED UNDER THE
COMPANY NAMES, each group on a pale stone panel with a wine rule at its left; place, date and two signature lines.
No metadata title.
"""
import datetime as dt

from common51 import HERE, Doc
from data import (C_COMPANIES, C_DIRECTIVES, C_DNR, C_DATE, C_CFO, C_CEO, c_block_rows, c_sentences)

OUT = HERE / "timsala-ks-kommunkoncernens-bolag-2026.pdf"
WINE = (122, 28, 46)
STONE = (150, 140, 125)
PALE_STONE = (243, 240, 234)
GREY = (100, 100, 100)
ORGNR = {"Timsala Stadshus AB": "556712-4401", "Timsalabostäder AB": "556104-2287", "Timsala Energi AB": "556356-7714",
         "Timsala Vatten AB": "556988-1032", "Timsala Industrilokaler AB": "556540-6619",
         "Timsala Fibernät AB": "559021-3348"}
COMMENT = {
    "Timsala Stadshus AB": "Moderbolagets kostnader täcks i huvudsak av koncernbidrag från dotterbolagen.",
    "Timsalabostäder AB": "Resultatet förbättrades genom lägre räntekostnader och färre outhyrda lägenheter.",
    "Timsala Energi AB": "Omsättningen minskade när elpriserna sjönk, vilket också gav ett lägre resultat.",
    "Timsala Vatten AB": "Verksamheten drivs till självkostnad och överskottet förs över till nästa år.",
    "Timsala Industrilokaler AB": "Förlusten beror på en nedskrivning av värdet på en tom industrifastighet.",
    "Timsala Fibernät AB": "Fler anslutna hushåll gav högre intäkter och ett positivt resultat.",
}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*WINE)
        self.set_char_spacing(0.8)
        self.set_xy(self.l_margin, 10.5)
        self.cell(60, 4, "TIMSALA KOMMUN")
        self.set_char_spacing(0)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 60, 4, f"Kommunkoncernens bolag 2026 · sida {self.page_no()} av 4", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 16, 0.3, STONE)
        self.set_text_color(0, 0, 0)
        self.set_y(21)


pdf = CDoc("Timsala kommun", font="liberation", serif=True, accent=WINE, foot="", justify=True,
           created=dt.datetime(2027, 5, 4, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 16)


def town_hall(x, y):
    """a stepped gable with a clock: (x, y) top left of a 16 × 17 mm mark"""
    pdf.set_fill_color(*WINE)
    outline = [(x, y + 17), (x, y + 9), (x + 2, y + 9), (x + 2, y + 6), (x + 4.5, y + 6), (x + 4.5, y + 3),
               (x + 6.5, y + 3), (x + 6.5, y + 0.5), (x + 9.5, y + 0.5), (x + 9.5, y + 3), (x + 11.5, y + 3),
               (x + 11.5, y + 6), (x + 14, y + 6), (x + 14, y + 9), (x + 16, y + 9), (x + 16, y + 17)]
    pdf.polygon(outline, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x + 8, y + 4.6, 1.5, style="F")
    pdf.set_draw_color(*WINE)
    pdf.set_line_width(0.3)
    pdf.line(x + 8, y + 4.6, x + 8, y + 3.6)
    pdf.line(x + 8, y + 4.6, x + 8.8, y + 4.6)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    for wx in (x + 2.2, x + 6.6, x + 11.0):
        pdf.rect(wx, y + 9.5, 2.8, 2.6, style="F")
    pdf.rect(x + 6.6, y + 13.4, 2.8, 3.6, style="F")


# ---------------------------------------------------------------- p. 1
pdf.add_page()
town_hall(22, 13)
pdf.set_xy(42, 15)
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*WINE)
pdf.cell(90, 6.5, "TIMSALA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pdf.set_text_color(*GREY)
pdf.cell(90, 5, "Kommunstyrelsen")
pdf.set_font("Serif", "I", 11)
pdf.set_text_color(*STONE)
pdf.set_xy(120, 18)
pdf.cell(68, 5, "Bolagsrapport 2026", align="R")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 33, 0.9, WINE)
pdf.hline(22, 188, 34.3, 0.2, STONE)
pdf.set_y(39)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*WINE)
pdf.cell(0, 9, "Kommunkoncernens bolag 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Serif", "", 11.5)
pdf.multi_cell(0, 5.6, "Sammanställning av bolagens årsredovisningar och förslag till ägardirektiv för 2027",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", C_DNR), ("Datum", C_DATE.isoformat()), ("Handläggare", f"{C_CFO[0]}, {C_CFO[1]}"),
        ("Till", "Kommunstyrelsen, för vidare beslut i kommunfullmäktige")], lw=32, size=9, lh=4.6)
pdf.h1("1 Koncernen i korthet", size=12.5)
s = c_sentences()
pdf.p(f"{s[0]} {s[1]}", size=10, lh=5.1)
pdf.p(f"{s[2]} Timsala Industrilokaler AB har gjort en nedskrivning, och moderbolaget Timsala Stadshus AB har "
      f"som vanligt ett litet underskott eftersom det inte har någon egen verksamhet. {s[3]}", size=10, lh=5.1)
pdf.p("Kommunens bolag ägs genom moderbolaget Timsala Stadshus AB, som i sin tur ägs helt av kommunen. I "
      "kommunkoncernen ingår följande bolag:", size=10, lh=5.1)
pdf.bullets([f"{c[0]} – {c[2][0].lower() + c[2][1:]}" for c in C_COMPANIES], sym="–", size=9.8, lh=4.9)
y = pdf.get_y() + 2
pdf.set_fill_color(*PALE_STONE)
pdf.rect(22, y, 166, 16, style="F")
pdf.set_fill_color(*STONE)
pdf.rect(22, y, 1.4, 16, style="F")
pdf.set_xy(27, y + 2)
pdf.set_font("Sans", "B", 8.6)
pdf.cell(0, 4.2, "Så läser du bolagsredovisningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(27)
pdf.set_font("Serif", "", 9.2)
pdf.multi_cell(156, 4.5, "Nyckeltalen avser räkenskapsåret 2026. Värdet inom parentes avser 2025. Ägarens krav på "
               "soliditet är det krav som kommunfullmäktige har ställt i gällande ägardirektiv.", align="L",
               new_x="LMARGIN", new_y="NEXT")
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")


# ---------------------------------------------------------------- pp. 2–3: one key–value block per company
def block(c):
    pdf.need(62)
    y = pdf.get_y()
    # header strip with the sector tab
    pdf.set_fill_color(*PALE_STONE)
    pdf.rect(22, y, 166, 9, style="F")
    pdf.set_font("Sans", "B", 7.4)
    tw = pdf.get_string_width(c[1]) + 6
    pdf.set_fill_color(*WINE)
    pdf.rect(22, y, tw, 9, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_char_spacing(0.6)
    pdf.set_xy(22, y + 2.5)
    pdf.cell(tw, 4, c[1], align="C")
    pdf.set_char_spacing(0)
    pdf.set_text_color(*WINE)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_xy(22 + tw + 3, y + 2)
    pdf.cell(100, 5, c[0])
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(140, y + 2.5)
    pdf.cell(46, 4, f"Org.nr {ORGNR[c[0]]}", align="R")
    pdf.set_text_color(0, 0, 0)
    y0 = y + 12
    # left column: facts
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*STONE)
    pdf.set_xy(22, y0)
    pdf.cell(70, 4, "FAKTA")
    yy = y0 + 5
    for k, v in (("Verksamhet", c[2]), ("Ägande", c[3]), ("Verkställande direktör", c[4]),
                 ("Styrelsens ordförande", c[5])):
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*GREY)
        pdf.set_xy(22, yy)
        pdf.cell(70, 3.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 9.4)
        pdf.set_xy(22, yy + 3.6)
        pdf.multi_cell(72, 4.4, v, align="L", new_x="LMARGIN", new_y="NEXT")
        yy = pdf.get_y() + 1.2
    y_left = yy
    # right column: key figures
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*STONE)
    pdf.set_xy(102, y0)
    pdf.cell(86, 4, "NYCKELTAL 2026 (2025)")
    pdf.set_text_color(0, 0, 0)
    yy = y0 + 5.4
    for k, v in c_block_rows(c):
        pdf.set_font("Sans", "", 8.8)
        pdf.set_xy(102, yy)
        pdf.cell(58, 5.4, k)
        cur, _, prev = v.partition(" (")
        pdf.set_font("Sans", "B", 9.2)
        if prev:
            pdf.set_font("Sans", "", 8.6)
            pw = pdf.get_string_width("(" + prev) + 0.5
            pdf.set_font("Sans", "B", 9.2)
            pdf.set_xy(160, yy)
            pdf.cell(28 - pw - 1.5, 5.4, cur, align="R")
            pdf.set_font("Sans", "", 8.6)
            pdf.set_text_color(*GREY)
            pdf.cell(pw + 1.5, 5.4, "(" + prev, align="R")
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.set_xy(160, yy)
            pdf.cell(28, 5.4, cur, align="R")
        yy += 5.4
        pdf.hline(102, 188, yy, 0.2, (170, 170, 170), dash=(0.4, 0.8))
    y_right = yy
    yb = max(y_left, y_right) + 1.8
    pdf.set_xy(22, yb)
    pdf.set_font("Serif", "I", 9.2)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(166, 4.5, f"Kommentar: {COMMENT[c[0]]}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)


pdf.add_page()
pdf.h1("2 Bolagen", size=12.5)
pdf.p("Här redovisas varje bolag med fakta om verksamhet och ledning samt de viktigaste nyckeltalen ur bolagets "
      "årsredovisning för 2026.", size=9.8, lh=4.9)
for c in C_COMPANIES[:3]:
    block(c)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")
pdf.add_page()
for c in C_COMPANIES[3:]:
    block(c)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4: owner directives
pdf.add_page()
pdf.h1("3 Ägardirektiv 2027", size=12.5)
pdf.p("Ägardirektiven beslutas av kommunfullmäktige och fastställs därefter på respektive bolags årsstämma. "
      "Utöver de gemensamma direktiven föreslås särskilda direktiv för fyra av bolagen.", size=9.8, lh=4.9)
pdf.h1("Förslag till beslut", size=12)
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", [
    "fastställa de gemensamma ägardirektiven för bolagen i kommunkoncernen för 2027 utan ändringar,",
    "fastställa särskilda ägardirektiv för 2027 enligt nedan, samt",
    "uppdra åt kommunstyrelsens ombud att rösta för direktiven på bolagens årsstämmor."], size=9.6)
for name, clauses in C_DIRECTIVES:
    pdf.set_font("Serif", "", 9.4)
    hts = sum(len(pdf.multi_cell(148, 4.7, cl, dry_run=True, output="LINES")) * 4.7 + 1.2 for cl in clauses)
    panel = 7.6 + hts + 1.4
    pdf.need(panel + 4)
    y = pdf.get_y() + 1
    pdf.set_fill_color(*PALE_STONE)
    pdf.rect(24, y, 164, panel, style="F")
    pdf.set_fill_color(*WINE)
    pdf.rect(24, y, 1.1, panel, style="F")
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*WINE)
    pdf.set_xy(29, y + 1.6)
    pdf.cell(0, 4.6, f"Särskilda direktiv för {name}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 7.6)
    for cl in clauses:
        pdf.set_font("Serif", "", 9.4)
        pdf.set_x(29)
        pdf.cell(9, 4.7, "att")
        pdf.multi_cell(148, 4.7, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.set_y(y + panel + 3)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Timsala den {C_DATE.day} maj {C_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{C_CEO[0]}\n{C_CEO[1]}", f"{C_CFO[0]}\n{C_CFO[1]}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
