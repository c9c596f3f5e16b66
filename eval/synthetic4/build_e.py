"""(e) Videberga kommun – Kommunstyrelsens sammanträdesprotokoll 2026-03-10 (§§ 31–38).

Layout: protocol front page (plats och tid, beslutande, justering, anslagsbevis), § items with
"Beslut" as att-lists, a vote 8–5 with a written reservation, and a ruled delegation-decision table
(Ärende / Beslutsfattare / Datum / Dnr) of 13 rows. Metadata title.
"""
import datetime as dt

from common4 import HERE, Doc
from data import E_DEL, E_ARS

OUT = HERE / "videberga-ks-protokoll-2026-03-10.pdf"
NAVY = (30, 50, 100)

pdf = Doc("VIDEBERGA KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida {p}", font="liberation", serif=True,
          foot="Kommunstyrelsen 2026-03-10    Justerandes sign ..........    Utdragsbestyrkande ..........",
          title="Protokoll kommunstyrelsen 2026-03-10", author="Videberga kommun, kommunkansliet",
          accent=NAVY, created=dt.datetime(2026, 3, 12, 14, 2, tzinfo=dt.timezone.utc))
pdf.add_page()


def para(nr, title, dnr=None):
    pdf.need(45)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(18, 6.5, f"§ {nr}")
    pdf.multi_cell(0, 6.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def sub(t):
    pdf.need(15)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")


def P(t, style=""):
    pdf.p(t, size=9.5, lh=4.8, after=2, style=style)


def att(clauses, lead="Kommunstyrelsen beslutar", head="Beslut"):
    if head:
        sub(head)
    P(lead)
    pdf.set_font("Serif", "", 9.5)
    for c in clauses:
        pdf.need(10)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(pdf.epw - 6, 4.8, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1.5)


# ---------------------------------------------------------------- page 1: front page
pdf.set_font("Sans", "B", 18)
pdf.cell(0, 9, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Sammanträdesprotokoll 2026-03-10, §§ 31–38", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.kv([
    ("Plats och tid", "Kommunhuset i Videberga, sammanträdesrummet Viden, tisdagen den 10 mars 2026 "
                      "kl. 09.00–12.15"),
    ("Beslutande", "Lena Dahlqvist (S), ordförande; Per Gunnarsson (M), förste vice ordförande; Karin Åberg "
                   "(C), andre vice ordförande; Mats Eriksson (S); Sofia Kranz (S); Ali Hassan (S); Annika "
                   "Sjöberg (M); Tomas Lind (SD); Jessica Holm (SD); Olle Brink (C); Maria Lundén (V); "
                   "Henrik Sand (L); Bo Ek (KD)"),
    ("Övriga närvarande", "Helena Wästberg, kommundirektör; Jonas Falk, ekonomichef, § 32–35; Eva Rönn, "
                          "kanslichef och sekreterare"),
    ("Utses att justera", "Per Gunnarsson (M)"),
    ("Justeringens plats och tid", "Kommunkansliet, torsdagen den 12 mars 2026"),
    ("Paragrafer", "31–38"),
], lw=48, size=9.5, lh=4.8)
pdf.ln(3)
pdf.set_font("Sans", "", 9.5)
for role, name in [("Sekreterare", "Eva Rönn"), ("Ordförande", "Lena Dahlqvist"),
                   ("Justerare", "Per Gunnarsson")]:
    pdf.cell(48, 9, role)
    pdf.cell(70, 9, "..............................................")
    pdf.cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_draw_color(120, 120, 120)
pdf.rect(pdf.l_margin, pdf.get_y(), pdf.epw, 42)
pdf.set_draw_color(0, 0, 0)
pdf.ln(2)
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "", 9)
pdf.multi_cell(pdf.epw - 6, 4.6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på "
               "kommunens digitala anslagstavla.", new_x="LMARGIN", new_y="NEXT")
for k, v in [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2026-03-10"),
             ("Datum då anslaget sätts upp", "2026-03-13"), ("Datum då anslaget tas ned", "2026-04-06"),
             ("Förvaringsplats för protokollet", "Kommunkansliet, kommunhuset i Videberga")]:
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(62, 4.8, k)
    pdf.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- § 31–32
pdf.add_page()
para(31, "Val av justerare och godkännande av dagordning")
att(["att utse Per Gunnarsson (M) att jämte ordföranden justera protokollet,",
     "att godkänna dagordningen med tillägget att informationsärendet om vinterväghållningen utgår."])

para(32, "Årsredovisning 2025 för Videberga kommun", "Dnr KS 2026/009")
sub("Ärendebeskrivning")
P("Ekonomiavdelningen har upprättat årsredovisning för 2025. Kommunens resultat uppgår till 27,8 mnkr, "
  "vilket motsvarar 2,1 procent av skatteintäkter och generella statsbidrag. Efter justering för "
  "realisationsvinster vid försäljning av tomtmark uppgår balanskravsresultatet till 23,4 mnkr. "
  "Kommunen uppfyller därmed balanskravet och fullmäktiges finansiella mål om ett resultat på minst "
  "2 procent.")
P("Socialnämnden redovisar ett underskott på 19,6 mnkr, främst inom hemtjänsten och de externa "
  "placeringarna av barn och unga, medan övriga nämnder sammantaget redovisar ett överskott på 6,2 mnkr. "
  "Investeringarna uppgick till 142,5 mnkr, varav 31,7 mnkr avser projekt som inte slutförts under året.")
sub("Beslutsunderlag")
P("Tjänsteskrivelse från ekonomichefen 2026-02-20, Årsredovisning 2025 och bilaga 2, Ombudgetering av "
  "investeringsmedel.")
att(E_ARS, lead="Kommunstyrelsen föreslår kommunfullmäktige besluta", head="Kommunstyrelsens förslag")

# ---------------------------------------------------------------- § 33
para(33, "Revidering av taxa för upplåtelse av offentlig plats", "Dnr KS 2025/351")
sub("Ärendebeskrivning")
P("Taxan för upplåtelse av offentlig plats har inte räknats upp sedan 2019. Samhällsbyggnadsförvaltningen "
  "föreslår en ny taxa där avgifterna differentieras mellan centrum och övriga kommundelar och där "
  "uteserveringar under vintermånaderna avgiftsbefrias. Den reviderade taxan föreslås gälla från och med "
  "den 1 juli 2026. Intäkterna beräknas öka med omkring 180 000 kronor per år.")
att(["att anta taxa för upplåtelse av offentlig plats enligt bilaga,",
     "att taxan ska gälla från och med 2026-07-01,",
     "att samtidigt upphäva den tidigare taxan, antagen 2019-04-23 § 44."],
    lead="Kommunstyrelsen föreslår kommunfullmäktige besluta", head="Kommunstyrelsens förslag")

# ---------------------------------------------------------------- § 34
para(34, "Investeringsbidrag till Videberga BK för nya omklädningsrum", "Dnr KS 2025/388")
sub("Ärendebeskrivning")
P("Videberga BK har ansökt om ett investeringsbidrag på 600 000 kronor för att bygga nya omklädningsrum "
  "vid Videvallen, så att flick- och damlagen kan få egna utrymmen. Den totala kostnaden beräknas till "
  "1 850 000 kronor. Föreningen har fått bidrag från Riksidrottsförbundet och bidrar själv med ideellt "
  "arbete. Kultur- och fritidsförvaltningen föreslår att kommunen bidrar med 450 000 kronor, vilket "
  "ryms inom kommunstyrelsens anslag för föreningsinvesteringar.")
att(["att bevilja Videberga BK ett investeringsbidrag på 450 000 kronor för nya omklädningsrum vid "
     "Videvallen,",
     "att bidraget betalas ut när föreningen har redovisat slutkostnad och slutbesiktningsprotokoll,",
     "att finansiering sker inom kommunstyrelsens anslag för föreningsinvesteringar 2026."])

# ---------------------------------------------------------------- § 35: vote + reservation
para(35, "Ombyggnad av Videbergaskolan – utökad investeringsram", "Dnr KS 2024/215")
sub("Ärendebeskrivning")
P("Kommunfullmäktige beslutade 2024-06-17 om en investeringsram på 72,0 mnkr för ombyggnad av "
  "Videbergaskolan. Efter genomförd upphandling och fördjupade undersökningar av stommen visar den "
  "reviderade kalkylen en total kostnad på 86,5 mnkr. Fördyringen beror främst på att fukt- och "
  "mögelskador i källarplanet är mer omfattande än beräknat och på högre entreprenadpriser.")
sub("Yrkanden")
P("Lena Dahlqvist (S) yrkar bifall till arbetsutskottets förslag. Per Gunnarsson (M) yrkar, med instämmande "
  "av Tomas Lind (SD) och Bo Ek (KD), att ärendet ska återremitteras för att utreda en etappvis ombyggnad.")
sub("Propositionsordning och votering")
P("Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det "
  "ska avgöras i dag. Votering begärs. Kommunstyrelsen godkänner följande voteringsproposition: den som "
  "vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska återremitteras röstar nej.")
P("Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att ärendet ska avgöras i dag. Hur "
  "ledamöterna röstade framgår av voteringslistan. Ordföranden ställer därefter proposition på "
  "arbetsutskottets förslag och finner att kommunstyrelsen bifaller detta.")
pdf.ruled_table(("Ledamot", "Parti", "Ja", "Nej"), [
    ("Lena Dahlqvist", "S", "X", ""), ("Per Gunnarsson", "M", "", "X"), ("Karin Åberg", "C", "X", ""),
    ("Mats Eriksson", "S", "X", ""), ("Sofia Kranz", "S", "X", ""), ("Ali Hassan", "S", "X", ""),
    ("Annika Sjöberg", "M", "", "X"), ("Tomas Lind", "SD", "", "X"), ("Jessica Holm", "SD", "", "X"),
    ("Olle Brink", "C", "X", ""), ("Maria Lundén", "V", "X", ""), ("Henrik Sand", "L", "X", ""),
    ("Bo Ek", "KD", "", "X"), ("Summa", "", "8", "5"),
], (50, 20, 14, 14), ("LEFT", "CENTER", "CENTER", "CENTER"), size=8.5, lh=4.2, bold_last=True,
    head_fill=(215, 222, 238))
att(["att utöka investeringsramen för ombyggnaden av Videbergaskolan med 14,5 mnkr till totalt 86,5 mnkr,",
     "att utökningen finansieras genom upplåning,",
     "att uppdra åt kommundirektören att redovisa projektets ekonomi till kommunstyrelsen varje tertial."],
    lead="Kommunstyrelsen föreslår kommunfullmäktige besluta", head="Kommunstyrelsens förslag")
sub("Reservation")
P("Per Gunnarsson (M), Annika Sjöberg (M), Tomas Lind (SD), Jessica Holm (SD) och Bo Ek (KD) reserverar "
  "sig mot beslutet till förmån för eget yrkande och lämnar följande skriftliga reservation:")
P("”Vi reserverar oss mot beslutet. En kostnadsökning på 14,5 mnkr, eller drygt 20 procent, borde ha "
  "föranlett en ny prövning av projektet. Alternativet att bygga om skolan i etapper, med den mest "
  "akuta fuktsaneringen först, har aldrig utretts. Vi anser också att elevernas skolgång under "
  "byggtiden inte har belysts tillräckligt.”", style="I")

# ---------------------------------------------------------------- § 36: delegation table
para(36, "Anmälan av delegationsbeslut", "Dnr KS 2026/003")
P("Följande beslut som fattats med stöd av kommunstyrelsens delegationsordning under perioden "
  "2026-01-12–2026-03-06 anmäls till kommunstyrelsen.")
pdf.ruled_table(("Ärende", "Beslutsfattare", "Datum", "Dnr"), [tuple(r) for r in E_DEL],
                (82, 38, 22, 24), ("LEFT", "LEFT", "LEFT", "LEFT"), size=8.5, lh=4.3,
                head_fill=(215, 222, 238))
att(["att lägga redovisningen av delegationsbeslut till handlingarna."])

# ---------------------------------------------------------------- § 37–38
para(37, "Svar på medborgarförslag om en inhägnad hundrastgård i Norrby", "Dnr KS 2025/290")
P("I ett medborgarförslag föreslås att kommunen anlägger en inhägnad hundrastgård i Norrby. "
  "Samhällsbyggnadsförvaltningen har pekat ut en lämplig plats på kommunens mark vid Norrby idrottsplats. "
  "Kostnaden för stängsel, grindar och bänkar beräknas till 95 000 kronor och ryms inom "
  "parkverksamhetens budget för 2026.")
att(["att bifalla medborgarförslaget,",
     "att uppdra åt samhällsbyggnadsförvaltningen att anlägga hundrastgården under 2026."])

para(38, "Informationsärenden")
P("Kommundirektören informerar om rekryteringen av ny socialchef, om läget i arbetet med den nya "
  "översiktsplanen och om att Länsstyrelsen har godkänt kommunens krisberedskapsplan. Ekonomichefen "
  "informerar om SKR:s skatteunderlagsprognos från februari 2026.")
att(["att lägga informationen till handlingarna."])

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
