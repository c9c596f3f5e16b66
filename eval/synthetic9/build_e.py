"""(e) Vrångsta kommun – kommunstyrelsens sammanträdesprotokoll 2026-06-09, §§ 85–94.

Layout: protocol front page (key–value block with beslutande and their parties, signature lines, a boxed
anslagsbevis); each § as a full-width bold heading "§ 86 Anmälan av delegationsbeslut" with the Dnr on a line
of its own under it, Liberation Serif body. § 86 holds the DELEGATION-DECISION LIST: a table with horizontal
rules only, Nr ("D 41/2026") / Datum / Beslutsfattare / Ärende, eleven decisions with wrapping Ärende cells.
§ 88 (the answer to an audit report) holds the auditors' recommendations as a justified NUMBERED list "1." –
"5." whose items wrap over two or three lines, followed by the board's decision as a LETTERED list "a)" – "c)".
A vote with a reservation (§ 90), grant and budget figures in running text (§ 87, § 89, § 91). Metadata title.
"""
import datetime as dt

from common9 import HERE, Doc
from data import E_DELEG, E_REK, E_BESLUT88

OUT = HERE / "vrangsta-ks-protokoll-2026-06-09.pdf"
ACC = (20, 60, 100)

pdf = Doc("Vrångsta kommun", "Kommunstyrelsen", "Sammanträdesprotokoll 2026-06-09 · {p} (5)", font="liberation",
          serif=True, justify=True,
          foot="Justerandes signatur ____________   ____________          Utdragsbestyrkande ____________",
          accent=ACC, title="Kommunstyrelsens sammanträdesprotokoll 2026-06-09, Vrångsta kommun",
          author="Vrångsta kommun", created=dt.datetime(2026, 6, 12, 11, 0, tzinfo=dt.timezone.utc))


def para(nr, title, dnr):
    pdf.need(35)
    pdf.ln(3)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(*ACC)
    pdf.multi_cell(0, 5.8, f"§ {nr} {title}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 4.5, dnr, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def label(t):
    pdf.need(14)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


# ------------------------------------------------------------ front page
pdf.add_page()
pdf.title_block("SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen, Vrångsta kommun · Sammanträdesdatum 2026-06-09",
                size=19)
pdf.kv([("Plats och tid", "Kommunhuset, sammanträdesrummet Hemviken, tisdagen den 9 juni 2026 kl. 13.00–16.25"),
        ("Beslutande", "Eva Granlid (S), ordförande; Per Hedqvist (M), förste vice ordförande; Amina Yusuf (C); "
                       "Lars Öberg (S); Sofia Nyhlén (S); Mats Kärrman (SD); Britt Lövgren (KD); Henrik Dahl (M); "
                       "Olle Rask (V); Jenny Backlund (SD); Martin Sjögren (MP)"),
        ("Övriga närvarande", "Kommundirektör Ulrika Stenmark, ekonomichef Anders Frisk, "
                              "kommunsekreterare Therese Ljung"),
        ("Justerare", "Per Hedqvist (M)"),
        ("Justeringens plats och tid", "Kommunkansliet 2026-06-11"),
        ("Paragrafer", "§§ 85–94")], lw=44, size=9.3, lh=4.7)
pdf.ln(3)
for role, name in (("Sekreterare", "Therese Ljung"), ("Ordförande", "Eva Granlid"), ("Justerare", "Per Hedqvist")):
    pdf.set_font("Sans", "", 9)
    pdf.cell(30, 9, role)
    pdf.cell(0, 9, "........................................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 30)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(0, 4, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y0 = pdf.get_y()
pdf.set_font("Sans", "B", 9.5)
pdf.set_x(pdf.l_margin + 3)
pdf.cell(0, 7, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_x(pdf.l_margin + 3)
pdf.multi_cell(pdf.epw - 6, 4.6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
               new_x="LMARGIN", new_y="NEXT")
for k, v in (("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2026-06-09"),
             ("Datum då anslaget sätts upp", "2026-06-12"), ("Datum då anslaget tas ned", "2026-07-06"),
             ("Förvaringsplats för protokollet", "Kommunkansliet, Vrångsta")):
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(58, 5, k)
    pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0 + 2)

# ------------------------------------------------------------ §§
pdf.add_page()
para(85, "Val av justerare", "Dnr KS 2026/3")
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att utse Per Hedqvist (M) att tillsammans med ordföranden justera dagens "
      "protokoll. Justeringen sker på kommunkansliet torsdagen den 11 juni 2026.")

para(86, "Anmälan av delegationsbeslut", "Dnr KS 2026/12")
label("Ärendebeskrivning")
pdf.p("Beslut som har fattats med stöd av kommunstyrelsens delegationsordning ska anmälas till styrelsen. "
      "Anmälan innebär inte att styrelsen prövar besluten på nytt, men styrelsen kan återkalla en given "
      "delegation. Följande beslut anmäls till dagens sammanträde.")
pdf.ruled_table(("Nr", "Datum", "Beslutsfattare", "Ärende"), [list(r) for r in E_DELEG], (20, 20, 36, 90),
                ("LEFT", "LEFT", "LEFT", "LEFT"), size=8.6, lh=4.2, font="Sans", borders="HORIZONTAL_LINES",
                head_fill=(220, 230, 240))
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att lägga anmälan av delegationsbesluten till handlingarna.")

para(87, "Ekonomisk uppföljning per april 2026", "Dnr KS 2026/88")
label("Ärendebeskrivning")
pdf.p("Prognosen för helåret visar ett resultat på 12,4 mnkr, att jämföra med det budgeterade resultatet på "
      "18,0 mnkr. Nämnderna prognostiserar sammantaget ett underskott på 9,7 mnkr, varav socialnämnden "
      "−11,2 mnkr och barn- och utbildningsnämnden −2,1 mnkr, medan tekniska nämnden räknar med ett "
      "överskott på 3,6 mnkr. Finansförvaltningen väntas visa ett överskott på 4,1 mnkr, främst till följd av "
      "högre skatteintäkter enligt Sveriges Kommuner och Regioners aprilprognos.")
pdf.p("Socialnämndens underskott beror främst på fler placeringar av barn och unga och på kostnader för "
      "bemanningssjuksköterskor i hemsjukvården. Nämnden har beslutat om en åtgärdsplan som ska redovisas "
      "till kommunstyrelsen i september.")
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att godkänna den ekonomiska uppföljningen per april 2026 och att uppmana "
      "socialnämnden att vidta ytterligare åtgärder för att nå en budget i balans.")

para(88, "Svar på revisionsrapport – Granskning av fastighetsunderhållet", "Dnr KS 2026/41")
label("Ärendebeskrivning")
pdf.p("Kommunens revisorer har granskat om kommunstyrelsen säkerställer ett ändamålsenligt underhåll av "
      "kommunens verksamhetsfastigheter. Revisorernas sammanfattande bedömning är att styrelsen delvis har "
      "en tillfredsställande styrning, men att underhållet inte har planerats långsiktigt och att det "
      "eftersatta underhållet har vuxit under flera år. Revisorerna uppskattar det eftersatta underhållet "
      "till 146 mnkr.")
pdf.p("Revisorerna lämnar följande rekommendationer till kommunstyrelsen:", after=1.5)
pdf.numbered(E_REK, size=10, lh=4.9)
pdf.p("Förvaltningen delar i huvudsak revisorernas bedömning. En underhållsplan för tio år tas fram under "
      "hösten 2026, och det eftersatta underhållet inventeras i samband med detta. Förvaltningen anser "
      "däremot att ansvarsfördelningen för mindre reparationer redan är tydlig i hyresavtalen.")
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att", after=1.5)
pdf.lettered(E_BESLUT88, size=10)

para(89, "Ombudgetering av investeringsmedel från 2025", "Dnr KS 2026/79")
label("Ärendebeskrivning")
pdf.p("Av 2025 års investeringsbudget har 14,6 mnkr inte förbrukats. Av detta avser 9,2 mnkr ombyggnaden av "
      "Hemvikens skola, som har försenats på grund av överklagade upphandlingar, och 5,4 mnkr avser "
      "förnyelse av va-ledningar i Sörbyn. Förvaltningen föreslår att hela beloppet förs över till 2026.")
label("Beslut")
pdf.p("Kommunstyrelsen föreslår kommunfullmäktige besluta att föra över 14,6 mnkr i ej förbrukade "
      "investeringsmedel från 2025 till 2026 års investeringsbudget.")

para(90, "Svar på motion om solceller på kommunens tak", "Dnr KS 2025/214")
label("Ärendebeskrivning")
pdf.p("Olle Rask (V) och Martin Sjögren (MP) föreslår i en motion att kommunen ska installera solceller på "
      "samtliga kommunägda byggnader senast 2030. Förvaltningen konstaterar att takens bärighet inte är "
      "utredd för flera av de äldre byggnaderna och att taken på elva fastigheter ska bytas inom fem år. "
      "Energiplanen anger redan att solceller ska prövas vid varje större om- eller nybyggnad, och det har "
      "hittills skett på fyra byggnader.")
label("Yrkanden")
pdf.p("Ordföranden yrkar att motionen avslås. Olle Rask (V) yrkar bifall till motionen.")
label("Beslutsgång och omröstning")
pdf.p("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt "
      "ordförandens yrkande. Omröstning begärs. Den som vill avslå motionen röstar ja, den som vill bifalla "
      "den röstar nej. Med 9 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt ordförandens yrkande.")
label("Beslut")
pdf.p("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
label("Reservation")
pdf.p("Olle Rask (V) och Martin Sjögren (MP) reserverar sig mot beslutet till förmån för eget yrkande.",
      style="I")

para(91, "Bidrag till Vrångsta hembygdsförening", "Dnr KS 2026/66")
label("Ärendebeskrivning")
pdf.p("Vrångsta hembygdsförening har ansökt om 400 000 kronor för att renovera taket och fasaden på "
      "Tullstugan, som är en av de äldsta byggnaderna i kommunen. Renoveringen beräknas kosta 1 150 000 "
      "kronor, och föreningen har fått 350 000 kronor från länsstyrelsen. Kommunstyrelsens anslag för "
      "kulturmiljövård har 310 000 kronor kvar för året.")
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att bevilja Vrångsta hembygdsförening 250 000 kronor ur anslaget för "
      "kulturmiljövård, att betalas ut när föreningen har redovisat att arbetet har påbörjats.")

para(92, "Detaljplan för kvarteret Glimmern – antagande", "Dnr KS 2024/305")
label("Ärendebeskrivning")
pdf.p("Detaljplanen möjliggör cirka 60 lägenheter i flerbostadshus och en förskola med fyra avdelningar. "
      "Planen har varit utställd för granskning och inga synpunkter som kräver ändringar har kommit in.")
label("Beslut")
pdf.p("Kommunstyrelsen föreslår kommunfullmäktige att anta detaljplanen för kvarteret Glimmern.")

para(93, "Val av ombud till föreningsstämma i Kommuninvest", "Dnr KS 2026/95")
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att utse ekonomichef Anders Frisk till ombud och Amina Yusuf (C) till "
      "ersättare vid Kommuninvests föreningsstämma 2026.")

para(94, "Meddelanden", "Dnr KS 2026/4")
pdf.p("Följande meddelanden redovisas:", after=1.5)
pdf.bullets(["Länsstyrelsens beslut om bidrag till lokalt naturvårdsprojekt vid Hemviken.",
             "Protokoll från samverkansnämnden för räddningstjänst 2026-05-14.",
             "Cirkulär från Sveriges Kommuner och Regioner om budgetförutsättningarna för 2026–2029."], size=10)
label("Beslut")
pdf.p("Kommunstyrelsen beslutar att lägga meddelandena till handlingarna.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
