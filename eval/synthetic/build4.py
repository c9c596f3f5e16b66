"""Granhult kommun – Barn- och utbildningsnämndens verksamhetsplan 2025 med mål och indikatorer."""
from common import Doc, FontFace

OUT = str(__import__("pathlib").Path(__file__).with_name("granhult-bun-verksamhetsplan-2025.pdf"))

pdf = Doc("Granhult kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2025 | {p}",
          foot="")
pdf.add_page()

GREEN = (31, 107, 84)
pdf.set_draw_color(*GREEN)
pdf.set_line_width(1.2)
pdf.line(pdf.l_margin, 32, pdf.l_margin, 58)
pdf.set_line_width(0.2)
pdf.set_xy(pdf.l_margin + 5, 32)
pdf.set_font("Sans", "B", 21)
pdf.set_text_color(*GREEN)
pdf.multi_cell(0, 10, "Verksamhetsplan 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 5)
pdf.set_font("Sans", "", 12)
pdf.set_text_color(0, 0, 0)
pdf.multi_cell(0, 6, "Barn- och utbildningsnämnden, Granhult kommun\nMål, indikatorer och resultat",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_y(64)
pdf.set_font("Sans", "I", 8.5)
pdf.cell(0, 5, "Fastställd av barn- och utbildningsnämnden 2024-12-11, § 112. Dnr BUN 2024/467.",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.h1("1 Inledning")
pdf.p("Verksamhetsplanen beskriver hur barn- och utbildningsnämnden i Granhult kommun ska bidra till "
      "kommunfullmäktiges mål under 2025. Nämnden ansvarar för förskola, pedagogisk omsorg, grundskola, "
      "fritidshem och grundsärskola. Planen innehåller fyra nämndmål med tillhörande indikatorer. För "
      "varje indikator redovisas utfall för 2023 och 2024 samt det målvärde som ska vara uppnått 2026.")
pdf.h2("1.1 Förutsättningar")
pdf.p("Antalet barn i förskolan väntas minska med drygt 60 barn till 2026, medan antalet elever i "
      "grundskolans högre årskurser fortsätter att öka. Nämndens budgetram för 2025 uppgår till "
      "412,6 mnkr. Bristen på legitimerade förskollärare och speciallärare är fortsatt den största "
      "utmaningen för verksamheten.")

pdf.h1("2 Nämndens mål och indikatorer")


def goal(title, rows, comment):
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_fill_color(226, 240, 233)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 7, title, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(2)
    pdf.set_font("Sans", "", 8.8)
    with pdf.table(col_widths=(88, 26, 26, 26), line_height=4.8,
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
                   borders_layout="SINGLE_TOP_LINE", padding=1.2) as t:
        r = t.row()
        for h in ("Indikator", "Utfall 2023", "Utfall 2024", "Målvärde 2026"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Kommentar", new_x="LMARGIN", new_y="NEXT")
    pdf.p(comment, size=9.2, lh=4.7)


goal("Mål 1 Fler elever ska nå gymnasiebehörighet", [
    ("Andel elever i åk 9 behöriga till yrkesprogram (%)", "82,4", "84,0", "90,0"),
    ("Genomsnittligt meritvärde i åk 9 (17 ämnen)", "218,5", "221,3", "230,0"),
    ("Andel elever i åk 6 med lägst betyget E i matematik (%)", "86", "83", "92"),
], "Behörigheten till gymnasiet har ökat två år i rad, men skillnaderna mellan skolorna är stora. "
   "Resultaten i matematik i åk 6 har försämrats och nämnden har därför beslutat om ett särskilt "
   "matematiklyft med extra speciallärarresurser på mellanstadiet från höstterminen 2025.")

goal("Mål 2 Alla elever ska känna sig trygga och ha studiero", [
    ("Andel elever i åk 5 som känner sig trygga i skolan (%)", "88", "90", "95"),
    ("Andel elever i åk 8 som upplever studiero på lektionerna (%)", "61", "58", "70"),
    ("Antal anmälningar om kränkande behandling till huvudman", "142", "167", "Minska"),
], "Ökningen av antalet anmälningar om kränkande behandling bedöms delvis bero på förbättrade rutiner "
   "för anmälan. Studieron i åk 8 har försämrats och ligger långt under målvärdet. Samtliga "
   "högstadieskolor ska under 2025 ta fram gemensamma ordningsregler tillsammans med eleverna.")

goal("Mål 3 Närvaron i grundskolan ska öka", [
    ("Andel elever med mer än 15 procent frånvaro (%)", "14,2", "12,8", "10,0"),
    ("Antal elever med problematisk långvarig frånvaro", "38", "31", "20"),
], "Andelen elever med hög frånvaro har minskat sedan det kommungemensamma närvaroteamet inrättades. "
   "Under 2025 införs digital närvaroregistrering med automatisk avisering till vårdnadshavare redan "
   "vid första ogiltiga frånvaron. Elevhälsan ska kontakta vårdnadshavare när frånvaron överstiger "
   "10 procent under en månad, och varje skola ska ha en utsedd närvarosamordnare.")

goal("Mål 4 Förskolan ska hålla hög kvalitet", [
    ("Andel legitimerade förskollärare av personalen (%)", "44", "47", "55"),
    ("Antal barn per årsarbetare i förskolan", "5,3", "5,1", "5,0"),
    ("Andel nöjda vårdnadshavare i förskoleenkäten (%)", "91", "92", "93"),
], "Andelen legitimerade förskollärare ökar långsamt. Nämnden fortsätter att erbjuda barnskötare "
   "möjlighet att utbilda sig till förskollärare med bibehållen lön på 50 procent av arbetstiden.")

pdf.add_page()
pdf.h1("3 Resultat per skola")
pdf.p("Tabellen visar slutbetygen i åk 9 vårterminen 2024 för kommunens grundskolor med "
      "högstadium. Andel behöriga avser behörighet till gymnasieskolans yrkesprogram. Meritvärdet "
      "beräknas på 17 ämnen.", size=9.5)
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(60, 34, 36, 36), line_height=5.2,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
               cell_fill_color=(242, 247, 244), cell_fill_mode="ROWS",
               borders_layout="NO_HORIZONTAL_LINES", padding=1.2) as t:
    for row in [("Skola", "Antal elever åk 9", "Andel behöriga (%)", "Meritvärde"),
                ("Centralskolan", "112", "86,6", "229,4"),
                ("Björkängsskolan", "64", "79,7", "208,1"),
                ("Hagaskolan", "88", "88,6", "233,0"),
                ("Västra skolan", "41", "73,2", "196,5"),
                ("Österbyskolan", "57", "84,2", "219,8"),
                ("Granhult kommun totalt", "362", "84,0", "221,3")]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
pdf.h2("3.1 Analys")
pdf.p("Hagaskolan och Centralskolan har de högsta resultaten, medan Västra skolan ligger lägst både vad "
      "gäller behörighet och meritvärde. Västra skolan har en hög andel nyanlända elever och har under "
      "läsåret haft flera vakanta lärartjänster. Skolan prioriteras därför vid fördelningen av "
      "statsbidraget för likvärdig skola 2025.")

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
