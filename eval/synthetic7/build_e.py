"""(e) Korpilunds kommun – Kommunfullmäktiges sammanträdesprotokoll 2026-04-27, §§ 41–50.

Layout: protocol front page (key–value block, signature lines, boxed anslagsbevis, list of items);
§ items with "Beslut" as indented att-lists; a vote "med 31 röster mot 20" with a TRANSPOSED
voteringslista (parties as columns, Ja / Nej / Avstår as rows, Summa column) and a written
reservation; a ruled table of elected members (fyllnadsval); a ruled table of unanswered motions
(Motion / Inlämnad / Motionär / Remitterad till) with 10 rows. Metadata title set.
"""
import datetime as dt

from common7 import HERE, Doc, Row
from data import E_ARS, E_PARTIER, E_VOT, E_MOT, E_VAL

OUT = HERE / "korpilund-kf-protokoll-2026-04-27.pdf"
ACC = (110, 30, 40)


class PDoc(Doc):
    def paragraf(self, nr, rubrik, dnr=None):
        self.need(40)
        self.ln(2)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(2)
        self.set_font("Sans", "B", 11.5)
        self.cell(16, 6, f"§ {nr}")
        self.multi_cell(self.epw - 16 - 36, 6, rubrik, new_x="RIGHT", new_y="TOP")
        self.set_font("Sans", "", 8.5)
        self.cell(36, 6, dnr or "", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def label(self, t):
        self.set_font("Sans", "B", 10)
        self.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")

    def att(self, items, size=10):
        for it in items:
            self.set_x(self.l_margin + 8)
            self.set_font(self.body, "", size)
            self.multi_cell(self.epw - 8, 5, it, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)


pdf = PDoc("Korpilunds kommun", "Sammanträdesprotokoll", "Kommunfullmäktige 2026-04-27 · {p}", font="liberation",
           serif=True, justify=True, foot="Justerandes signatur: ________   ________     Utdragsbestyrkande: ________",
           accent=ACC, title="Protokoll kommunfullmäktige 2026-04-27",
           author="Korpilunds kommun, kommunkansliet",
           created=dt.datetime(2026, 5, 4, 15, 20, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.title_block("Sammanträdesprotokoll", "Kommunfullmäktige i Korpilunds kommun", size=20)
pdf.kv([
    ("Plats och tid", "Folkets hus, stora salen, Korpilund, måndagen den 27 april 2026 kl. 18.30–22.05"),
    ("Beslutande", "51 ledamöter och tjänstgörande ersättare enligt närvarolista, bilaga 1"),
    ("Ordförande", "Gunilla Forsberg (S)"),
    ("Sekreterare", "Jonas Lindahl, kommunsekreterare"),
    ("Utses att justera", "Erik Sandström (M) och Sara Öhman (V)"),
    ("Justeringens plats och tid", "Kommunkansliet, måndagen den 4 maj 2026"),
    ("Justerade paragrafer", "§§ 41–50"),
], lw=52, size=9.5, lh=4.8)
pdf.ln(3)
for role, name in (("Sekreterare", "Jonas Lindahl"), ("Ordförande", "Gunilla Forsberg"),
                   ("Justerande", "Erik Sandström                        Sara Öhman")):
    pdf.set_font("Sans", "", 9)
    pdf.cell(30, 9, role)
    pdf.cell(0, 9, "..................................................................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 30)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(0, 4, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y0 = pdf.get_y()
pdf.set_font("Sans", "B", 9.5)
pdf.set_x(pdf.l_margin + 3)
pdf.cell(0, 7, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
for k, v in (("Organ", "Kommunfullmäktige"), ("Sammanträdesdatum", "2026-04-27"),
             ("Anslaget sätts upp", "2026-05-05"), ("Anslaget tas ned", "2026-05-27"),
             ("Förvaringsplats", "Kommunkansliet, Storgatan 12, Korpilund")):
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(45, 5, k)
    pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0 + 2)
pdf.ln(6)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Ärenden", new_x="LMARGIN", new_y="NEXT")
for nr, t in ((41, "Val av justerare"), (42, "Årsredovisning 2025 för Korpilunds kommun"),
              (43, "Ansvarsfrihet för 2025"), (44, "Tilläggsanslag för upprustning av Korpilunds sporthall"),
              (45, "Motion om avgiftsfria bussresor för pensionärer"),
              (46, "Medborgarförslag om en hundrastgård i Korpilunds centrum"), (47, "Fyllnadsval"),
              (48, "Redovisning av obesvarade motioner"), (49, "Anmälan av nya motioner"),
              (50, "Meddelanden")):
    pdf.set_font("Sans", "", 9)
    pdf.cell(14, 4.6, f"§ {nr}")
    pdf.cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.paragraf(41, "Val av justerare")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige utser Erik Sandström (M) och Sara Öhman (V) att jämte ordföranden justera dagens "
      "protokoll. Justering sker på kommunkansliet måndagen den 4 maj 2026.")
pdf.paragraf(42, "Årsredovisning 2025 för Korpilunds kommun", "Dnr KS 2026/88")
pdf.label("Ärendebeskrivning")
pdf.p("Kommunstyrelsen har upprättat årsredovisning för 2025. Årets resultat uppgår till 18,4 mnkr, vilket är "
      "7,6 mnkr bättre än budget, och balanskravsresultatet till 12,9 mnkr. Socialnämnden redovisar ett "
      "underskott på 11,2 mnkr mot budget, medan övriga nämnder tillsammans redovisar ett överskott på "
      "3,5 mnkr. Nettoinvesteringarna blev 96,3 mnkr mot budgeterade 121,0 mnkr.")
pdf.p("Av balanskravsresultatet föreslås 6,2 mnkr reserveras till resultatutjämningsreserven, som därefter "
      "uppgår till 41,8 mnkr.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(E_ARS)
pdf.paragraf(43, "Ansvarsfrihet för 2025", "Dnr KF 2026/12")
pdf.label("Ärendebeskrivning")
pdf.p("Revisorerna tillstyrker i sin revisionsberättelse att kommunfullmäktige beviljar kommunstyrelsen, "
      "nämnderna och de enskilda förtroendevalda i dessa organ ansvarsfrihet för verksamhetsåret 2025. "
      "Revisorerna riktar samtidigt kritik mot socialnämnden för bristande styrning av ekonomin.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(["att bevilja kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ "
         "ansvarsfrihet för verksamhetsåret 2025."])
pdf.p("Jäv: Ledamöter som under 2025 varit ledamöter i kommunstyrelsen eller en nämnd deltar inte i "
      "beslutet om ansvarsfrihet för det organet.", size=9, style="I")

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.paragraf(44, "Tilläggsanslag för upprustning av Korpilunds sporthall", "Dnr KS 2026/41")
pdf.label("Ärendebeskrivning")
pdf.p("Vid en besiktning i januari 2026 konstaterades fuktskador i golvet och omklädningsrummen i "
      "Korpilunds sporthall. Kultur- och fritidsnämnden begär ett tilläggsanslag för att åtgärda skadorna "
      "under sommaruppehållet, så att hallen kan öppna som vanligt i augusti. Kostnaden beräknas till "
      "sammanlagt 4,1 mnkr, varav 0,65 mnkr ryms inom nämndens underhållsbudget.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(["att bevilja kultur- och fritidsnämnden ett tilläggsanslag om 3 450 000 kronor för 2026 för "
         "upprustning av Korpilunds sporthall,",
         "att finansiera tilläggsanslaget ur kommunstyrelsens anslag för oförutsedda behov."])
pdf.paragraf(45, "Motion om avgiftsfria bussresor för pensionärer", "Dnr KS 2025/203")
pdf.label("Ärendebeskrivning")
pdf.p("Sara Öhman (V) föreslår i en motion att kommunen ska införa avgiftsfria bussresor i kollektivtrafiken "
      "för invånare som fyllt 70 år. Kommunstyrelsen föreslår att motionen avslås. Enligt "
      "kommunstyrelsen skulle förslaget kosta omkring 4,8 mnkr per år, och taxorna beslutas av den "
      "regionala kollektivtrafikmyndigheten. Pensionärer kan redan i dag köpa ett seniorkort med "
      "50 procents rabatt.")
pdf.label("Yrkanden")
pdf.p("Sara Öhman (V), Henrik Jansson (SD) och Maria Eklöf (C) yrkar bifall till motionen. "
      "Anders Holmgren (S) och Karin Wester (M) yrkar bifall till kommunstyrelsens förslag.")
pdf.label("Propositionsordning och votering")
pdf.p("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att "
      "fullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs. Den som vill bifalla "
      "kommunstyrelsens förslag röstar ja och den som vill bifalla motionen röstar nej. Med 31 röster för "
      "kommunstyrelsens förslag mot 20 röster för bifall till motionen beslutar fullmäktige att avslå "
      "motionen. Ingen ledamot avstod.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Voteringslista § 45 (antal röster per parti)", new_x="LMARGIN", new_y="NEXT")
vrows = []
for i, lab in enumerate(("Ja – kommunstyrelsens förslag", "Nej – bifall till motionen", "Avstår")):
    vals = [E_VOT[p][i] for p in E_PARTIER]
    vrows.append((lab, *(str(v) for v in vals), str(sum(vals))))
tot = [sum(E_VOT[p]) for p in E_PARTIER]
vrows.append(Row(("Summa", *(str(v) for v in tot), str(sum(tot))), "B"))
pdf.ruled_table(("Votering", *E_PARTIER, "Summa"), vrows, (50, 10, 10, 10, 10, 10, 10, 10, 10, 10, 14),
                ("LEFT",) + ("CENTER",) * 10, size=8.5, lh=4.6, head_fill=(235, 220, 222))
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(["att avslå motionen."])

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.label("Reservation")
pdf.p("Ledamöterna för Vänsterpartiet reserverar sig mot beslutet till förmån för eget yrkande med "
      "följande skriftliga motivering:")
pdf.set_x(pdf.l_margin + 8)
pdf.set_font(pdf.body, "I", 10)
pdf.multi_cell(pdf.epw - 16, 5, "Avgiftsfria resor skulle ge äldre med låga pensioner möjlighet att ta sig till "
               "vårdcentralen, affären och föreningslivet utan att behöva välja bort annat. Många äldre i "
               "kommunens byar saknar bil, och ensamheten bland äldre är ett växande problem. Kostnaden är "
               "liten jämfört med vad kommunen i dag betalar för färdtjänst och för insatser mot psykisk "
               "ohälsa. Att taxan beslutas regionalt hindrar inte kommunen från att köpa periodkort till sina "
               "invånare, vilket flera andra kommuner redan gör.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.paragraf(46, "Medborgarförslag om en hundrastgård i Korpilunds centrum", "Dnr KS 2026/19")
pdf.label("Ärendebeskrivning")
pdf.p("I ett medborgarförslag som kom in den 9 februari 2026 föreslås att kommunen anlägger en inhägnad "
      "hundrastgård i närheten av Korpilunds centrum. Förslagsställaren har samlat in 214 namnunderskrifter. "
      "Enligt arbetsordningen kan fullmäktige överlåta åt en nämnd att besluta i ärendet.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(["att överlåta åt samhällsbyggnadsnämnden att besluta i ärendet,",
         "att samhällsbyggnadsnämnden ska redovisa sitt beslut till kommunfullmäktige senast den "
         "30 november 2026."])
pdf.paragraf(47, "Fyllnadsval", "Dnr KF 2026/3")
pdf.label("Ärendebeskrivning")
pdf.p("Lena Bergkvist (S) har avsagt sig uppdraget som ledamot i socialnämnden. En av Moderaternas "
      "ersättarplatser i barn- och utbildningsnämnden har stått vakant sedan januari. Valberedningen lämnar förslag till fyllnadsval enligt tabellen nedan.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar att välja följande personer:", after=1)
pdf.ruled_table(("Uppdrag", "Vald", "Parti", "Mandatperiod"), [list(r) for r in E_VAL], (66, 38, 14, 48),
                ("LEFT", "LEFT", "CENTER", "LEFT"), size=8.8, lh=4.5, head_fill=(235, 220, 222))

# ---------------------------------------------------------------- page 5
pdf.add_page()
pdf.paragraf(48, "Redovisning av obesvarade motioner", "Dnr KS 2026/2")
pdf.label("Ärendebeskrivning")
pdf.p("Enligt kommunallagen bör en motion beredas så att fullmäktige kan fatta beslut inom ett år från det "
      "att motionen väcktes. Kommunstyrelsen ska enligt fullmäktiges arbetsordning två gånger per år "
      "redovisa de motioner som inte har beretts färdigt. Den 27 april 2026 fanns tio obesvarade motioner.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell. Obesvarade motioner per den 27 april 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ruled_table(("Motion", "Inlämnad", "Motionär", "Remitterad till"), [list(r) for r in E_MOT],
                (74, 22, 18, 52), ("LEFT", "LEFT", "CENTER", "LEFT"), size=8.8, lh=4.5,
                head_fill=(235, 220, 222))
pdf.p("Kommunstyrelsen bedömer att motionerna om solceller och om trygghetskameror kan besvaras vid "
      "fullmäktiges sammanträde i juni. Övriga äldre motioner väntar på remissvar från nämnderna.")
pdf.label("Beslut")
pdf.p("Kommunfullmäktige beslutar", after=1)
pdf.att(["att lägga redovisningen till handlingarna."])
pdf.paragraf(49, "Anmälan av nya motioner")
pdf.p("Följande motioner anmäls och remitteras till kommunstyrelsen för beredning: motion om en "
      "fritidsbank i Korpilund (KL) och motion om gång- och cykelväg längs Sjövägen (C).")
pdf.paragraf(50, "Meddelanden")
pdf.p("Länsstyrelsens beslut om ny ersättare i kommunfullmäktige för Kristdemokraterna och "
      "revisorernas granskningsrapport om socialnämndens ekonomistyrning anmäls och läggs till "
      "handlingarna.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
