"""Ekmora kommun – Delegationsordning för socialnämnden."""
from common import Doc, FontFace

OUT = str(__import__("pathlib").Path(__file__).with_name("ekmora-sn-delegationsordning-2024.pdf"))

pdf = Doc("EKMORA KOMMUN", "Socialnämnden", "{p} (" + "{nb})",
          foot="Delegationsordning för socialnämnden · Antagen 2024-09-18, SN § 87 · Dnr SN 2024/0212")
pdf.set_title("Delegationsordning för socialnämnden i Ekmora kommun")
pdf.set_author("Ekmora kommun, socialförvaltningen")
pdf.add_page()

pdf.ln(18)
pdf.set_font("Sans", "B", 24)
pdf.multi_cell(0, 11, "Delegationsordning för socialnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "", 12)
pdf.cell(0, 7, "Ekmora kommun", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(45, 100), width=145, align="LEFT", line_height=5.2, first_row_as_headings=False,
               text_align="LEFT", borders_layout="HORIZONTAL_LINES") as t:
    for k, v in [("Dokumenttyp", "Delegationsordning"),
                 ("Beslutad av", "Socialnämnden 2024-09-18, § 87"),
                 ("Gäller från", "2024-10-01"),
                 ("Ersätter", "Delegationsordning antagen 2022-12-14, § 142"),
                 ("Dokumentansvarig", "Socialchef"),
                 ("Diarienummer", "SN 2024/0212")]:
        r = t.row()
        r.cell(k, style=FontFace(emphasis="BOLD"))
        r.cell(v)
pdf.ln(8)

pdf.h1("1 Inledning")
pdf.p("Socialnämnden i Ekmora kommun får enligt 6 kap. 37 § kommunallagen (2017:725) uppdra åt ett "
      "utskott, en ledamot, en ersättare eller en anställd att besluta på nämndens vägnar i ett visst "
      "ärende eller en viss grupp av ärenden. Syftet med delegering är att avlasta nämnden rutinärenden "
      "och att skapa en effektiv handläggning med korta beslutsvägar.")
pdf.h2("1.1 Ärenden som inte får delegeras")
pdf.p("Enligt 6 kap. 38 § kommunallagen får beslutanderätten inte delegeras när det gäller ärenden som "
      "avser verksamhetens mål, inriktning, omfattning eller kvalitet, framställningar eller yttranden "
      "till fullmäktige, yttranden med anledning av att beslut av nämnden överklagats, ärenden som rör "
      "myndighetsutövning mot enskilda om de är av principiell beskaffenhet eller annars av större vikt, "
      "samt vissa ärenden som enligt lag inte får delegeras. Enligt 10 kap. 4 § socialtjänstlagen får "
      "vissa beslut enligt LVU och LVM endast delegeras till ett särskilt utskott.")
pdf.h2("1.2 Anmälan av delegationsbeslut")
pdf.p("Samtliga beslut som fattas med stöd av delegation ska anmälas till socialnämnden vid nästa "
      "ordinarie sammanträde. Beslut i individärenden anmäls genom listor ur verksamhetssystemet som "
      "visar beslutsdatum, beslutsfattare och typ av beslut. Beslut i brådskande ärenden som fattats av "
      "ordföranden enligt 6 kap. 39 § kommunallagen ska alltid anmälas särskilt. Ett delegationsbeslut "
      "gäller på samma sätt som om nämnden själv fattat det och kan inte ändras av nämnden, men nämnden "
      "kan återkalla delegeringen.")
pdf.h2("1.3 Vid förhinder och jäv")
pdf.p("Vid förhinder för delegaten övergår beslutanderätten till närmast överordnad chef. Delegaten får "
      "inte fatta beslut i ärenden där han eller hon är jävig enligt 6 kap. 28 § kommunallagen. Om "
      "delegaten anser att ett ärende är av principiell karaktär ska det överlämnas till nämnden.")
pdf.h2("1.4 Förkortningar")
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(25, 120), width=145, align="LEFT", line_height=4.8, text_align="LEFT",
               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 228, 210))) as t:
    for row in [("Förkortning", "Delegat / lag"),
                ("SN", "Socialnämnden"),
                ("SNAU", "Socialnämndens arbetsutskott (individutskott)"),
                ("Ordf", "Socialnämndens ordförande, vid förhinder vice ordförande"),
                ("SC", "Socialchef"),
                ("EC", "Enhetschef inom individ- och familjeomsorgen"),
                ("BIS", "Biståndshandläggare/socialsekreterare"),
                ("KL", "Kommunallagen (2017:725)"),
                ("SoL", "Socialtjänstlagen (2001:453)"),
                ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
                ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
                ("OSL", "Offentlighets- och sekretesslagen (2009:400)")]:
        r = t.row()
        for c in row:
            r.cell(c)

sections = [
    ("2 Allmänna ärenden", [
        ("2.1", "Beslut i brådskande ärenden där nämndens avgörande inte kan avvaktas", "Ordf", "6 kap. 39 § KL", "Anmäls vid nästa sammanträde"),
        ("2.2", "Avvisning av överklagande som kommit in för sent", "Den som fattat beslutet", "45 § FL", ""),
        ("2.3", "Yttrande till förvaltningsrätt i mål om överklagat delegationsbeslut", "Den som fattat beslutet", "", ""),
        ("2.4", "Beslut att inte lämna ut allmän handling eller att lämna ut med förbehåll", "SC", "6 kap. 3 § OSL", "Efter samråd med kommunjurist"),
        ("2.5", "Utse ombud att föra nämndens talan i domstol", "SC", "6 kap. 15 § KL", ""),
        ("2.6", "Anmälan till IVO om missförhållanden (lex Sarah)", "SC", "14 kap. 7 § SoL", ""),
    ]),
    ("3 Ekonomiskt bistånd", [
        ("3.1", "Ekonomiskt bistånd till försörjning enligt riksnormen", "BIS", "4 kap. 1 § SoL", ""),
        ("3.2", "Ekonomiskt bistånd utöver riksnormen upp till 5 000 kr per tillfälle", "BIS", "4 kap. 1 § SoL", ""),
        ("3.3", "Ekonomiskt bistånd utöver riksnormen över 5 000 kr och upp till 25 000 kr", "EC", "4 kap. 1 § SoL", ""),
        ("3.4", "Ekonomiskt bistånd över 25 000 kr per tillfälle", "SNAU", "4 kap. 1 § SoL", ""),
        ("3.5", "Bistånd till begravningskostnader upp till 50 procent av prisbasbeloppet", "BIS", "4 kap. 2 § SoL", ""),
        ("3.6", "Beslut om återkrav av ekonomiskt bistånd", "EC", "9 kap. 1–2 §§ SoL", ""),
        ("3.7", "Beslut att föra talan om ersättning hos förvaltningsrätt", "SNAU", "9 kap. 3 § SoL", ""),
    ]),
    ("4 Barn och unga", [
        ("4.1", "Beslut att inleda utredning", "BIS", "11 kap. 1 § SoL", ""),
        ("4.2", "Beslut att inte inleda utredning eller att lägga ned utredning", "EC", "11 kap. 1 § SoL", ""),
        ("4.3", "Förlängning av utredningstid för utredning om barn", "EC", "11 kap. 2 § SoL", ""),
        ("4.4", "Bistånd i form av kontaktperson eller kontaktfamilj", "EC", "4 kap. 1 § SoL", ""),
        ("4.5", "Placering av barn i familjehem eller HVB", "SNAU", "4 kap. 1 § SoL", ""),
        ("4.6", "Beslut om omedelbart omhändertagande", "Ordf", "6 § LVU", "Anmäls vid nästa sammanträde"),
        ("4.7", "Ansökan hos förvaltningsrätten om vård enligt LVU", "SNAU", "4 § LVU", ""),
        ("4.8", "Beslut om begränsning av umgänge med vårdnadshavare", "SNAU", "14 § LVU", ""),
        ("4.9", "Beslut om läkarundersökning", "EC", "32 § LVU", ""),
    ]),
    ("5 Vuxna och missbruk", [
        ("5.1", "Bistånd i form av behandling på HVB upp till 30 dygn", "EC", "4 kap. 1 § SoL", ""),
        ("5.2", "Bistånd i form av behandling på HVB längre än 30 dygn", "SNAU", "4 kap. 1 § SoL", ""),
        ("5.3", "Ansökan om vård enligt LVM hos förvaltningsrätten", "SNAU", "11 § LVM", ""),
        ("5.4", "Beslut om omedelbart omhändertagande enligt LVM", "Ordf", "13 § LVM", "Anmäls vid nästa sammanträde"),
        ("5.5", "Begäran om polishandräckning för att föra en person till läkarundersökning", "EC", "45 § LVM", ""),
        ("5.6", "Anmälan till överförmyndare om behov av god man eller förvaltare", "BIS", "5 kap. 3 § SoF", ""),
    ]),
]

pdf.ln(4)
pdf.h1("Förteckning över delegerade ärenden")
pdf.p("Delegaten anges med förkortning enligt avsnitt 1.4. Där flera delegater anges får var och en av "
      "dem fatta beslut. Delegering till en viss tjänsteman innebär att även överordnad chef får besluta "
      "i ärendet.", size=9.5)
pdf.set_font("Cond", "", 8.5)
with pdf.table(col_widths=(10, 82, 23, 27, 24), line_height=4.4,
               text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 228, 210)), padding=1.3) as t:
    r = t.row()
    for h in ("Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"):
        r.cell(h)
    for head, rows in sections:
        r = t.row()
        r.cell(head, colspan=5, style=FontFace(emphasis="BOLD", fill_color=(245, 242, 232)))
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
