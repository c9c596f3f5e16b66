"""(e) Ekeslätt kommun – Kommunfullmäktige, protokollsutdrag 2026-03-16 (§§ 23–31)."""
import datetime as dt

from common3 import HERE, Doc
from data import E_BYGD, E_VAL, E_MOT

OUT = HERE / "ekeslatt-kf-protokoll-2026-03-16.pdf"

pdf = Doc("EKESLÄTT KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sida {p}",
          foot="Kommunfullmäktige 2026-03-16    Justerandes sign ..........    Utdragsbestyrkande ..........",
          serif=True, title="Kommunfullmäktige 2026-03-16 – protokoll",
          author="Ekeslätt kommun, kommunkansliet",
          created=dt.datetime(2026, 3, 23, 11, 20, tzinfo=dt.timezone.utc))
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


def P(t):
    pdf.p(t, size=9.5, lh=4.8, after=2)


def att(clauses, lead="Kommunfullmäktige beslutar"):
    sub("Beslut")
    P(lead)
    pdf.set_font("Serif", "", 9.5)
    for c in clauses:
        pdf.need(10)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(pdf.epw - 6, 4.8, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1.5)


# ---------------------------------------------------------------- page 1
pdf.set_font("Sans", "B", 18)
pdf.cell(0, 9, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Sammanträdesprotokoll – utdrag §§ 23–31", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.kv([
    ("Plats och tid", "Ekeslätts Folkets hus, stora salen, måndagen den 16 mars 2026 kl. 18.00–21.40"),
    ("Beslutande", "41 ledamöter enligt bifogad närvaro- och voteringslista"),
    ("Ordförande", "Maj-Britt Olsson (S)"),
    ("Övriga närvarande", "Tomas Grahn, kommundirektör; Elin Wärn, kommunsekreterare; Sanna Ekholm, "
                          "ekonomichef, § 25"),
    ("Utses att justera", "Leif Sandberg (M) och Ingela Dahl (S)"),
    ("Justeringens plats och tid", "Kommunkansliet, fredagen den 20 mars 2026 kl. 10.00"),
    ("Paragrafer", "§§ 23–31"),
], lw=50)
pdf.ln(2)
pdf.set_font("Sans", "", 9)
for role, name in (("Sekreterare", "Elin Wärn"), ("Ordförande", "Maj-Britt Olsson"),
                   ("Justerande", "Leif Sandberg            Ingela Dahl")):
    pdf.cell(32, 8, role)
    pdf.cell(62, 8, ".............................................")
    pdf.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "BEVIS OM ANSLAG", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
               "digitala anslagstavla. Organ: Kommunfullmäktige. Sammanträdesdatum: 2026-03-16. "
               "Anslaget sätts upp: 2026-03-23. Anslaget tas ned: 2026-04-14. Förvaringsplats för "
               "protokollet: Kommunkansliet, Ekeslätt kommun.", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- §§
pdf.add_page()
para(23, "Val av justerare")
att(["att utse Leif Sandberg (M) och Ingela Dahl (S) att jämte ordföranden justera dagens protokoll."])

para(24, "Godkännande av kungörelse och dagordning")
att(["att godkänna att sammanträdet kungjorts i laga ordning, samt",
     "att godkänna dagordningen med tillägget att en ny motion från Kristdemokraterna anmäls under § 31."])

para(25, "Kommunal borgen för Ekeslätts Bostäder AB", "Dnr KS 2026/031")
sub("Ärendebeskrivning")
P("Ekeslätts Bostäder AB avser att uppföra 48 hyreslägenheter i kvarteret Lärkan i centrala Ekeslätt. "
  "Den beräknade investeringsutgiften uppgår till 164 mnkr. Bolaget har hemställt om kommunal borgen för "
  "de lån som behövs för att finansiera projektet. Ekonomiavdelningen bedömer att bolagets ekonomi är "
  "stabil och att risken för att borgensåtagandet ska behöva infrias är låg. Kommunens samlade "
  "borgensåtaganden uppgår efter beslutet till 1 286,4 mnkr.")
sub("Beslutsunderlag")
P("Kommunstyrelsens förslag 2026-02-24, § 31. Hemställan från Ekeslätts Bostäder AB 2026-01-19.")
att(["att bevilja Ekeslätts Bostäder AB kommunal borgen om högst 120 000 000 kronor, jämte därpå löpande "
     "ränta och kostnader, för nybyggnation av 48 hyreslägenheter i kvarteret Lärkan,",
     "att borgensavgift ska tas ut med 0,45 procent av utnyttjat borgensbelopp per år, samt",
     "att uppdra åt kommunstyrelsen att årligen följa upp bolagets ekonomiska ställning."])

para(26, "Fördelning av medel ur Ekeslätts bygdefond 2026", "Dnr KS 2025/388")
sub("Ärendebeskrivning")
P("Bygdefonden ska främja utvecklingen av kommunens landsbygd genom bidrag till ideella föreningar och "
  "byalag. Till fördelning 2026 finns 350 000 kronor. Sex ansökningar har inkommit med ett sammanlagt "
  "sökt belopp om 747 500 kronor. En av ansökningarna inkom efter sista ansökningsdag den 31 januari "
  "2026. Kommunstyrelsens arbetsutskott har berett ansökningarna och föreslår att tre av dem beviljas "
  "och att tre avslås. Oförbrukade medel, 32 500 kronor, förs över till 2027.")
att([c for _, c in E_BYGD])

para(27, "Svar på motion om laddstolpar vid kommunens anläggningar", "Dnr KS 2025/214")
sub("Ärendebeskrivning")
P("Lisa Engström (V) föreslår i en motion att kommunen ska installera laddstolpar för elbilar vid "
  "samtliga kommunala idrottsanläggningar, skolor och äldreboenden senast 2027. Kommunstyrelsen "
  "konstaterar i sitt yttrande att laddinfrastrukturen i första hand bör byggas ut av marknadens aktörer "
  "och att kommunen redan har installerat 36 laddpunkter vid sina egna arbetsplatser. Kostnaden för att "
  "genomföra motionens förslag beräknas till cirka 9,5 mnkr, vilket inte ryms i investeringsbudgeten.")
sub("Yrkanden")
P("Lisa Engström (V) yrkar bifall till motionen. Ordföranden ställer proposition på kommunstyrelsens "
  "förslag och på Lisa Engströms yrkande och finner att fullmäktige bifallit kommunstyrelsens förslag. "
  "Votering begärs och verkställs. Med 28 ja-röster mot 13 nej-röster beslutar fullmäktige enligt "
  "kommunstyrelsens förslag.")
att(["att anse motionen besvarad med hänvisning till kommunstyrelsens yttrande."])
sub("Reservation")
P("Vänsterpartiets och Miljöpartiets ledamöter reserverar sig mot beslutet till förmån för eget yrkande.")

para(28, "Svar på motion om ny förskola i Västra Ekeslätt", "Dnr KS 2025/167")
sub("Ärendebeskrivning")
P("Per-Ola Hägg (C) föreslår i en motion att en ny förskola byggs i Västra Ekeslätt, där antalet barn i "
  "förskoleåldern har ökat kraftigt sedan bostadsområdet Ängsbacken byggdes ut. Barn- och "
  "utbildningsnämnden bedömer att behovet av förskoleplatser i kommundelen kommer att överstiga "
  "kapaciteten med cirka 60 platser från hösten 2027, men att frågan om lokalisering och finansiering "
  "behöver utredas innan ett beslut om byggnation kan fattas.")
att(["att bifalla motionen i den del som avser behovet av fler förskoleplatser i Västra Ekeslätt,",
     "att uppdra åt kommunstyrelsen att i samråd med barn- och utbildningsnämnden utreda lokalisering, "
     "kostnader och tidplan för en ny förskola i Västra Ekeslätt och redovisa utredningen senast "
     "2026-11-30, samt",
     "att i övrigt anse motionen besvarad."])

para(29, "Redovisning av besvarade och obesvarade motioner", "Dnr KS 2026/012")
sub("Ärendebeskrivning")
P("Enligt kommunfullmäktiges arbetsordning ska kommunstyrelsen två gånger per år redovisa motioner som "
  "inte har beretts färdigt. I redovisningen ingår även de motioner som besvarats under 2025. Följande "
  "motioner har besvarats av kommunfullmäktige under 2025:")
pdf.bullets([f"{t}, {m} – {b}, KF {d}" for t, m, b, d in E_MOT], size=9.5, lh=4.8)
P("Två motioner är ännu obesvarade: motion om kommunal hundrastgård i Kyrkbyn (Gustav Ek, M), väckt "
  "2025-05-19, och motion om ökad bemanning i hemtjänsten nattetid (Mohammed Ali, S), väckt 2025-10-20. "
  "Båda beräknas kunna besvaras före sommaren 2026.")
att(["att lägga redovisningen till handlingarna."])

para(30, "Val av ledamöter och ersättare i tillväxtnämnden", "Dnr KS 2026/044")
sub("Ärendebeskrivning")
P("Kommunfullmäktige beslutade 2025-12-15, § 168, att inrätta en tillväxtnämnd med ansvar för "
  "näringslivsfrågor, arbetsmarknad och vuxenutbildning från och med den 1 april 2026. Nämnden ska ha "
  "nio ledamöter och nio ersättare. Valberedningen har lämnat ett enigt förslag. Val av ordförande och "
  "vice ordförande sker vid nämndens första sammanträde.")
sub("Beslut")
P("Kommunfullmäktige beslutar att för tiden 2026-04-01–2026-12-31 välja följande ledamöter och "
  "personliga ersättare i tillväxtnämnden:")
pdf.set_font("Serif", "", 9.5)
pdf.ruled_table(("Ledamot", "Parti", "Ersättare"), E_VAL, (60, 20, 60), ("LEFT", "CENTER", "LEFT"),
                size=9, lh=5, font="Serif", head_fill=(225, 225, 225))

para(31, "Anmälan av nya motioner")
P("Följande motioner anmäls och överlämnas till kommunstyrelsen för beredning:")
pdf.bullets(["Motion om gratis sommarlovsaktiviteter för barn och unga (Kjell Ivarsson, KD)",
             "Motion om att införa medborgarförslag i kommunen (Lisa Engström, V)"], size=9.5, lh=4.8)
att(["att överlämna motionerna till kommunstyrelsen för beredning."])

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
