"""(c) Rödberga kommun – Taxor och avgifter 2026, bilaga 4: kultur- och fritidsnämndens avgifter."""
import datetime as dt

from common5 import HERE, Doc
from data import C_SECTIONS, C_FEES, c_cells

OUT = HERE / "rodberga-taxa-kultur-fritid-2026.pdf"
PURPLE = (90, 40, 110)

pdf = Doc("Rödberga kommun", "Taxor och avgifter 2026", "Bilaga 4 – sida {p}", font="dejavu", serif=True,
          justify=True, foot="Antagen av kommunfullmäktige 2025-11-17, § 156 · Gäller från 2026-01-01",
          title="Taxor och avgifter 2026 – Bilaga 4 Kultur- och fritidsnämndens avgifter",
          author="Kultur- och fritidsförvaltningen, Rödberga kommun", accent=PURPLE,
          created=dt.datetime(2025, 11, 20, 10, 0, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "Bilaga 4 till Taxor och avgifter 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.title_block("Kultur- och fritidsnämndens avgifter 2026",
                "Avgifter för lokaler, anläggningar, simhall, kulturskola och bibliotek", size=19)

pdf.h1("Allmänna bestämmelser", size=12)
pdf.h2("Tillämpning")
pdf.p("Avgifterna i denna bilaga gäller från och med den 1 januari 2026 och till dess kommunfullmäktige "
      "beslutar annat. Kultur- och fritidsnämnden får besluta om tillfälliga avgifter för nya "
      "verksamheter och om kampanjpriser i simhallen under högst fyra veckor per år.")
pdf.h2("Uppräkning")
pdf.p("Avgifterna har räknats upp med 3,5 procent jämfört med 2025 och avrundats till närmaste hela "
      "fem- eller tiotal kronor. Avgifterna för bidragsberättigade föreningars ungdomsverksamhet och för "
      "kulturskolans ämneskurser har inte räknats upp.")
pdf.h2("Mervärdesskatt")
pdf.p("Samtliga belopp anges i kronor inklusive mervärdesskatt i de fall verksamheten är "
      "momspliktig. Uthyrning av idrottsanläggningar till föreningar sker med 6 procents moms.")
pdf.h2("Bidragsberättigad förening")
pdf.p("Med bidragsberättigad förening avses en ideell förening som är registrerad i kommunens "
      "föreningsregister och uppfyller villkoren i Rödberga kommuns regler för föreningsbidrag. "
      "Ungdomstaxa tillämpas för aktiviteter med deltagare från 7 till och med 20 år.")
pdf.h2("Avbokning")
pdf.p("Avbokning av en enstaka bokning ska göras senast 14 dagar före hyrestillfället. Vid senare "
      "avbokning debiteras halva avgiften, och vid avbokning senare än 48 timmar före tillfället "
      "debiteras hela avgiften. Säsongsbokningar av idrottshallar kan avbokas utan kostnad fram till "
      "den 1 september för höstsäsongen och den 1 december för vårsäsongen.")
pdf.h2("Betalning")
pdf.p("Faktura skickas månadsvis i efterskott. Betalning ska ske inom 30 dagar från fakturadatum. "
      "Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen samt påminnelseavgift.")

# ---------------------------------------------------------------- fee tables
NOTES = {
    1: "Rödbergahallen kan delas i två halvor med skiljevägg. Hallen hyrs ut vardagar kl. 16–22 och "
       "helger kl. 8–20. Avgiften för arrangemang omfattar även omklädningsrum och läktare.",
    2: "Biljetter köps i simhallens kassa eller i kommunens e-tjänst. Barn under 3 år badar gratis i "
       "sällskap med betalande vuxen. Barn under 10 år ska åtföljas av en person som fyllt 15 år.",
    3: "Plan för ungdomsverksamhet i bidragsberättigad förening är avgiftsfri. Snöröjning "
       "av planer ingår inte under perioden december–februari.",
    4: "Städning ingår vid uthyrning av stora salen. Vid privat fest i bygdegården tas en deposition om "
       "1 000 kronor ut, som återbetalas efter godkänd avsyning.",
    5: "Kulturskolans avgifter debiteras per termin. Elever som får ekonomiskt bistånd kan ansöka om "
       "befrielse från avgiften. Instrumenthyra ingår inte i ämneskursen.",
    6: "Det kostar inget att låna på biblioteken i Rödberga, och inga förseningsavgifter tas ut. "
       "Ersättning tas ut för förlorade eller skadade medier.",
}
pdf.add_page()
for s, title in C_SECTIONS.items():
    rows = [c_cells(r) for r in C_FEES if r[0] == s]
    pdf.need(30 + 6 * len(rows))
    pdf.h1(title, size=12)
    pdf.grid([("Avgift", "Belopp kr", "Enhet")], rows, (104, 24, 38), ("LEFT", "RIGHT", "LEFT"),
             size=9, lh=4.8, font="Serif", head_fill=(234, 226, 240), line_color=(160, 150, 170),
             line_width=0.15, padding=1.4)
    pdf.note(NOTES[s], size=8)

pdf.h1("Förändringar jämfört med 2025", size=12)
pdf.bullets([
    "Övriga hyresgäster kan hyra halva Rödbergahallen, vilket tidigare endast var möjligt för föreningar.",
    "En särskild helgtaxa för övriga hyresgäster i Rödbergahallen införs.",
    "Kulturskolan erbjuder prova på-kurser med fyra tillfällen.",
    "Avgiften för fjärrlån gäller endast beställningar från bibliotek utanför länet.",
], size=9.5)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
