"""Lindvik kommun – kommunstyrelsens sammanträdesprotokoll 2025-03-18."""
from common import Doc, FontFace

OUT = str(__import__("pathlib").Path(__file__).with_name("lindvik-ks-protokoll-2025-03.pdf"))

pdf = Doc("LINDVIK KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida {p}({nb})",
          foot="Kommunstyrelsen 2025-03-18    Justerandes sign ............    Utdragsbestyrkande ............",
          serif=True)
pdf.add_page()


def para_head(nr, title, dnr=None):
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(20, 6.5, f"§ {nr}")
    pdf.multi_cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def sub(t):
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")


P = lambda t: pdf.p(t, size=9.5, lh=4.8, after=2)

# ---------------- page 1 ----------------
pdf.set_font("Sans", "B", 18)
pdf.cell(0, 9, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Sammanträdesprotokoll från kommunstyrelsen i Lindvik kommun", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.kv([
    ("Plats och tid", "Sessionssalen, kommunhuset i Lindvik, tisdagen den 18 mars 2025 kl. 09.00–12.15. "
                      "Ajournering kl. 10.30–10.45."),
    ("Beslutande", "Se närvarolista nedan."),
])

members = [
    ("Anna Lindqvist", "S", "Ordförande", "X"),
    ("Per Holmgren", "M", "1:e vice ordförande", "X"),
    ("Karin Sjöberg", "C", "2:e vice ordförande", "X"),
    ("Johan Ek", "S", "Ledamot", "X"),
    ("Maria Falk", "S", "Ledamot", "X"),
    ("Ahmed Hassan", "S", "Ledamot", "X"),
    ("Erik Nyström", "M", "Ledamot", "X"),
    ("Lena Björk", "KD", "Ledamot", "X"),
    ("Sofia Wall", "SD", "Ledamot", "X"),
    ("Thomas Berg", "SD", "Ledamot", "X"),
    ("Eva Strand", "V", "Ledamot", "X"),
    ("Mats Lund", "L", "Ledamot", "X"),
    ("Nils Öberg", "MP", "Ledamot", "Ersatt av Ingrid Ahl (MP)"),
]
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Närvarolista – ledamöter", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
with pdf.table(col_widths=(40, 14, 36, 50), width=140, align="LEFT", line_height=4.6,
               text_align=("LEFT", "CENTER", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
    r = t.row()
    for h in ("Ledamot", "Parti", "Uppdrag", "Närvarande"):
        r.cell(h)
    for m in members:
        r = t.row()
        for c in m:
            r.cell(c)
pdf.ln(3)
pdf.kv([
    ("Tjänstgörande ersättare", "Ingrid Ahl (MP) för Nils Öberg (MP)"),
    ("Ersättare, ej tjänstgörande", "Linnea Svensson (S), Robert Claesson (M), Fredrik Moberg (C), "
                                    "Hanna Järv (SD), Jonas Pettersson (V)"),
    ("Övriga närvarande", "Helena Dahl, kommundirektör; Björn Sandell, ekonomichef, §§ 40–41 och 45; "
                          "Oskar Lind, nämndsekreterare"),
    ("Utses att justera", "Karin Sjöberg (C)"),
    ("Justeringens plats och tid", "Kommunkansliet, fredagen den 21 mars 2025 kl. 13.00"),
    ("Paragrafer", "§§ 38–46"),
])
pdf.ln(2)
pdf.set_font("Sans", "", 9)
for role, name in (("Sekreterare", "Oskar Lind"), ("Ordförande", "Anna Lindqvist"), ("Justerande", "Karin Sjöberg")):
    pdf.cell(40, 8, role)
    pdf.cell(70, 8, "......................................................")
    pdf.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")

pdf.ln(3)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
               "anslagstavla. Organ: Kommunstyrelsen. Sammanträdesdatum: 2025-03-18. Datum då anslaget "
               "sätts upp: 2025-03-24. Datum då anslaget tas ned: 2025-04-15. Förvaringsplats för "
               "protokollet: Kommunkansliet, Lindvik kommun.", new_x="LMARGIN", new_y="NEXT")

# ---------------- paragraphs ----------------
pdf.add_page()
para_head(38, "Val av justerare")
sub("Kommunstyrelsens beslut")
P("Karin Sjöberg (C) utses att jämte ordföranden justera dagens protokoll. Justering sker fredagen "
  "den 21 mars 2025 kl. 13.00 på kommunkansliet.")

para_head(39, "Fastställande av dagordning")
sub("Kommunstyrelsens beslut")
P("Dagordningen fastställs med ändringen att ärende 9, Information om vinterväghållningen, utgår och "
  "behandlas vid sammanträdet i april.")

para_head(40, "Ekonomisk uppföljning per februari 2025", "Dnr KS 2025/045")
sub("Sammanfattning av ärendet")
P("Prognosen för helåret 2025 visar ett underskott på 12,6 mnkr jämfört med budget. Störst avvikelse "
  "har socialnämnden med -9,8 mnkr, främst till följd av ökade kostnader för externa placeringar av "
  "barn och unga. Barn- och utbildningsnämnden prognostiserar -4,1 mnkr och övriga nämnder sammantaget "
  "-1,9 mnkr, medan finansförvaltningen beräknas ge ett överskott på 3,2 mnkr tack vare högre "
  "skatteintäkter.")
sub("Kommunstyrelsens beslut")
P("1. Informationen noteras till protokollet.\n2. Kommundirektören får i uppdrag att återkomma med en "
  "åtgärdsplan för socialnämndens verksamhet senast den 20 maj 2025.")

para_head(41, "Tilläggsanslag för renovering av Lindviks simhall", "Dnr KS 2025/112")
sub("Sammanfattning av ärendet")
P("Vid upphandlingen av renoveringen av simhallen har samtliga anbud överstigit det budgeterade beloppet. "
  "Den totala investeringsutgiften beräknas nu till 31,5 mnkr, att jämföra med budgeterade 27,0 mnkr. "
  "Förvaltningen föreslår att mellanskillnaden finansieras genom att investeringen i en ny "
  "konstgräsplan vid Norrvallen senareläggs till 2026.")
sub("Yrkanden")
P("Anna Lindqvist (S) yrkar bifall till arbetsutskottets förslag. Sofia Wall (SD) yrkar att ärendet "
  "återremitteras för att utreda en etappvis renovering.")
sub("Propositionsordning")
P("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
  "att kommunstyrelsen beslutar att ärendet ska avgöras i dag. Omröstning begärs och verkställs. Ja-röst "
  "för att avgöra ärendet i dag, nej-röst för återremiss.")
sub("Omröstningsresultat")
P("Med 9 ja-röster mot 3 nej-röster beslutar kommunstyrelsen att ärendet ska avgöras i dag. 1 ledamot "
  "avstår från att rösta. Därefter ställer ordföranden proposition på bifall till arbetsutskottets "
  "förslag och finner att kommunstyrelsen bifaller detta.")
sub("Kommunstyrelsens beslut")
P("Kommunstyrelsen föreslår kommunfullmäktige besluta att bevilja ett tilläggsanslag om 4,5 mnkr för "
  "renovering av Lindviks simhall, att finansieras genom att investeringen i konstgräsplan vid "
  "Norrvallen skjuts till 2026.")
sub("Reservation")
P("Sofia Wall (SD) och Thomas Berg (SD) reserverar sig mot beslutet till förmån för Sofia Walls yrkande.")

para_head(42, "Förslag till ny översiktsplan för Lindvik kommun – beslut om samråd", "Dnr KS 2023/210")
sub("Sammanfattning av ärendet")
P("Förslaget till ny översiktsplan, Lindvik 2045, pekar ut områden för cirka 1 200 nya bostäder fram "
  "till 2040, varav merparten i centralorten och i stationsnära lägen i Sörby. Planen anger även "
  "riktlinjer för landsbygdsutveckling i strandnära lägen och för en ny verksamhetsmark vid väg 56. "
  "Samrådet föreslås pågå från den 7 april till den 9 juni 2025.")
sub("Kommunstyrelsens beslut")
P("Förslaget till översiktsplan sänds ut på samråd enligt 3 kap. 8 § plan- och bygglagen.")
sub("Protokollsanteckning")
P("Eva Strand (V) lämnar följande protokollsanteckning: Vänsterpartiet vill att planen i högre grad "
  "prioriterar hyresrätter och kollektivtrafiknära byggande.")

para_head(43, "Plan- och bygglovstaxa 2025", "Dnr KS 2024/398")
sub("Sammanfattning av ärendet")
P("Förslaget innebär att timtaxan för handläggning höjs från 1 180 kr till 1 290 kr och att planavgiften "
  "tas ut enligt en ny modell baserad på byggnadens bruttoarea. Taxan föreslås gälla från den 1 maj 2025.")
sub("Yrkanden")
P("Karin Sjöberg (C) yrkar bifall till arbetsutskottets förslag. Per Holmgren (M), med instämmande av "
  "Lena Björk (KD), yrkar att timtaxan ska vara oförändrad 1 180 kr.")
sub("Propositionsordning")
P("Ordföranden ställer proposition på arbetsutskottets förslag mot Per Holmgrens (M) yrkande och finner "
  "att kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs. Ja-röst för arbetsutskottets "
  "förslag, nej-röst för Per Holmgrens yrkande.")
sub("Omröstningsresultat")
P("Med 8 ja mot 5 nej bifaller kommunstyrelsen arbetsutskottets förslag.")
sub("Kommunstyrelsens beslut")
P("Kommunstyrelsen föreslår kommunfullmäktige besluta att anta plan- och bygglovstaxa 2025 att gälla från "
  "den 1 maj 2025.")
sub("Reservation")
P("Per Holmgren (M), Erik Nyström (M) och Lena Björk (KD) reserverar sig till förmån för Per Holmgrens "
  "yrkande.")

para_head(44, "Svar på motion om avgiftsfria busskort för gymnasieelever", "Dnr KS 2024/155")
sub("Sammanfattning av ärendet")
P("Eva Strand (V) föreslår i en motion att samtliga gymnasieelever folkbokförda i Lindvik kommun ska få "
  "avgiftsfria busskort som gäller året runt. Kostnaden beräknas till 2,3 mnkr per år. Arbetsutskottet "
  "föreslår att motionen avslås med hänvisning till det ekonomiska läget.")
sub("Yrkanden")
P("Eva Strand (V) yrkar bifall till motionen. Anna Lindqvist (S) yrkar bifall till arbetsutskottets "
  "förslag.")
sub("Propositionsordning")
P("Ordföranden ställer proposition på arbetsutskottets förslag mot Eva Strands yrkande och finner att "
  "kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs. Med 11 ja mot 1 nej, 1 avstår, "
  "bifaller kommunstyrelsen arbetsutskottets förslag.")
sub("Kommunstyrelsens beslut")
P("Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen.")
sub("Reservation")
P("Eva Strand (V) reserverar sig skriftligen mot beslutet. Reservationen bifogas protokollet.")

para_head(45, "Budgetramar 2026 och plan 2027–2028", "Dnr KS 2025/020")
sub("Sammanfattning av ärendet")
P("Arbetsutskottets förslag bygger på en oförändrad skattesats om 21,84 kr och ett resultatmål om "
  "2 procent av skatteintäkter och generella statsbidrag, vilket motsvarar 31,4 mnkr för 2026. "
  "Investeringsramen för 2026 föreslås till 185 mnkr. Nämndernas driftramar framgår av tabellen.")
pdf.set_font("Sans", "", 8.5)
with pdf.table(col_widths=(70, 30, 30), width=130, align="LEFT", line_height=4.8,
               text_align=("LEFT", "RIGHT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
    for row in [("Nämnd (mnkr)", "Ram 2025", "Ram 2026"),
                ("Kommunstyrelsen", "142,5", "146,8"),
                ("Barn- och utbildningsnämnden", "612,0", "631,4"),
                ("Socialnämnden", "498,3", "519,0"),
                ("Samhällsbyggnadsnämnden", "118,7", "121,2"),
                ("Kultur- och fritidsnämnden", "66,1", "67,8"),
                ("Summa nämnder", "1 437,6", "1 486,2")]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
sub("Yrkanden")
P("Anna Lindqvist (S), Karin Sjöberg (C), Eva Strand (V) och Ingrid Ahl (MP) yrkar bifall till "
  "arbetsutskottets förslag. Per Holmgren (M) yrkar, med instämmande av Erik Nyström (M), Lena Björk (KD) "
  "och Mats Lund (L), bifall till Moderaternas, Kristdemokraternas och Liberalernas gemensamma "
  "budgetförslag med en skattesats om 21,59 kr. Sofia Wall (SD) yrkar bifall till Sverigedemokraternas "
  "budgetförslag.")
sub("Propositionsordning")
P("Ordföranden konstaterar att det finns tre förslag till beslut och att en kontrapropositionsvotering "
  "ska genomföras. Ordföranden ställer först M, KD och L:s förslag mot SD:s förslag för att utse "
  "motförslag och finner att M, KD och L:s förslag utses till motförslag. Därefter ställs "
  "arbetsutskottets förslag mot motförslaget. Ordföranden finner att kommunstyrelsen bifaller "
  "arbetsutskottets förslag. Omröstning begärs.")
sub("Omröstningsresultat")
P("Ja-röst för arbetsutskottets förslag, nej-röst för motförslaget. Med 7 ja, 4 nej och 2 avstår "
  "bifaller kommunstyrelsen arbetsutskottets förslag. Röstfördelningen framgår av omröstningslistan.")
pdf.set_font("Sans", "", 8)
votes = {"S": "Ja", "C": "Ja", "V": "Ja", "MP": "Ja", "M": "Nej", "KD": "Nej", "L": "Nej", "SD": "Avstår"}
with pdf.table(col_widths=(40, 14, 14, 14, 16), width=98, align="LEFT", line_height=4.2,
               text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
    r = t.row()
    for h in ("Omröstningslista § 45", "Parti", "Ja", "Nej", "Avstår"):
        r.cell(h)
    for name, party, *_ in members:
        if name == "Nils Öberg":
            name = "Ingrid Ahl (ers.)"
        v = votes[party]
        r = t.row()
        for c in (name, party, "X" if v == "Ja" else "", "X" if v == "Nej" else "", "X" if v == "Avstår" else ""):
            r.cell(c)
    r = t.row()
    for c in ("Summa", "", "7", "4", "2"):
        r.cell(c)
pdf.ln(3)
sub("Kommunstyrelsens beslut")
P("Kommunstyrelsen föreslår kommunfullmäktige besluta\natt fastställa skattesatsen för 2026 till 21,84 kr "
  "per skattekrona,\natt fastställa nämndernas driftramar för 2026 enligt tabellen ovan,\natt "
  "resultatmålet för 2026 ska vara 2 procent av skatteintäkter och generella statsbidrag.")
sub("Reservation")
P("Per Holmgren (M), Erik Nyström (M), Lena Björk (KD) och Mats Lund (L) reserverar sig till förmån för "
  "det egna budgetförslaget.")
sub("Protokollsanteckning")
P("Sofia Wall (SD) och Thomas Berg (SD) avstår från att delta i beslutet och hänvisar till "
  "Sverigedemokraternas budgetförslag.")

para_head(46, "Anmälan av delegationsbeslut och meddelanden", "Dnr KS 2025/003")
sub("Kommunstyrelsens beslut")
P("Redovisningen av delegationsbeslut fattade under perioden 2025-02-01–2025-02-28 samt inkomna "
  "meddelanden läggs till handlingarna.")

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
