"""(a) Region Hällmark – revisionsrapport: kompetensförsörjning och bemanning i hälso- och sjukvården.

Layout: cover page without running header, justified numbered recommendations "1." … "7." that wrap
over 2–3 lines with a nested "a)–c)" list under item 3, and a ruled table "Bedömning per
kontrollmål" (Nr / Kontrollmål / Bedömning / Kommentar) whose comment cells wrap. Metadata title.
"""
import datetime as dt

from common4 import HERE, Doc
from data import A_REK, A_KM

OUT = HERE / "hallmark-granskning-kompetensforsorjning-2026.pdf"
TEAL = (0, 92, 98)

pdf = Doc("Region Hällmark", "Revisionsrapport 2026", "{p}", font="liberation", serif=True, justify=True,
          foot="Granskning av kompetensförsörjning och bemanning · Revisorerna i Region Hällmark · 2026-03-12",
          title="Granskning av kompetensförsörjning och bemanning inom hälso- och sjukvården – Region Hällmark",
          author="Revisorerna i Region Hällmark", accent=TEAL,
          created=dt.datetime(2026, 3, 12, 10, 30, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)
pdf.add_page()

# ---------------------------------------------------------------- page 1: cover
pdf.set_fill_color(*TEAL)
pdf.rect(0, 0, pdf.w, 12, style="F")
pdf.set_y(45)
pdf.set_font("Sans", "", 12)
pdf.set_text_color(*TEAL)
pdf.cell(0, 7, "REVISIONSRAPPORT", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.set_font("Sans", "B", 24)
pdf.multi_cell(0, 11, "Granskning av kompetensförsörjning och bemanning inom hälso- och sjukvården",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Sans", "", 13)
pdf.cell(0, 7, "Region Hällmark", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 7, "Mars 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(150)
pdf.kv([
    ("Uppdragsgivare", "Revisorerna i Region Hällmark"),
    ("Granskade nämnder", "Regionstyrelsen och hälso- och sjukvårdsnämnden"),
    ("Datum", "2026-03-12"),
    ("Diarienummer", "REV 2025/14"),
    ("Granskare", "Malin Strandberg, certifierad kommunal revisor, och Erik Nyqvist, revisionskonsult"),
], lw=45, size=9.5)
pdf.ln(6)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Innehåll", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
for n, t, s in [("1", "Sammanfattning och rekommendationer", "2"), ("2", "Bedömning per kontrollmål", "3"),
                ("3", "Inledning", "4"), ("4", "Iakttagelser", "4"), ("5", "Slutsatser", "5")]:
    pdf.cell(10, 5.2, n)
    pdf.cell(120, 5.2, t)
    pdf.cell(0, 5.2, s, align="R", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2: sammanfattning + rekommendationer
pdf.add_page()
pdf.h1("1 Sammanfattning")
pdf.p("På uppdrag av revisorerna i Region Hällmark har vi granskat om regionstyrelsen och hälso- och "
      "sjukvårdsnämnden säkerställer en ändamålsenlig och långsiktig kompetensförsörjning inom hälso- och "
      "sjukvården. Granskningen har genomförts under hösten 2025 och omfattar perioden 2024–2025.")
pdf.p("Vår samlade bedömning är att regionstyrelsen och hälso- och sjukvårdsnämnden inte helt säkerställer "
      "en ändamålsenlig kompetensförsörjning. Regionen har en aktuell strategi och flera goda initiativ, men "
      "strategin har inte fått genomslag i verksamheterna och beroendet av inhyrd personal har ökat i stället "
      "för att minska. Av de nio kontrollmålen bedömer vi att tre är uppfyllda, tre delvis uppfyllda och tre "
      "inte uppfyllda.")
pdf.p("Kostnaden för inhyrd personal uppgick 2025 till 487,3 mnkr, jämfört med 412,9 mnkr året innan. "
      "Bristen på sjuksköterskor är fortsatt den största utmaningen: den 31 december 2025 fanns 214 vakanta "
      "sjukskötersketjänster, varav 131 inom slutenvården.")
pdf.h2("1.1 Rekommendationer")
pdf.p("Utifrån granskningens resultat rekommenderar vi regionstyrelsen och hälso- och sjukvårdsnämnden att "
      "inom ramen för sina respektive ansvarsområden:")
pdf.numbered(A_REK, size=10, lh=5)

# ---------------------------------------------------------------- page 3: bedömning per kontrollmål
pdf.add_page()
pdf.h1("2 Bedömning per kontrollmål")
pdf.p("I tabellen nedan redovisas vår bedömning för vart och ett av granskningens kontrollmål. "
      "Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt och ej uppfyllt. Grunderna för "
      "bedömningarna utvecklas i avsnitt 4.", size=9.5)
pdf.ruled_table(("Nr", "Kontrollmål", "Bedömning", "Kommentar"),
                [tuple(r) for r in A_KM], (9, 62, 24, 71), ("CENTER", "LEFT", "LEFT", "LEFT"),
                size=8.5, lh=4.3, head_fill=(204, 229, 230))

# ---------------------------------------------------------------- page 4: inledning + iakttagelser
pdf.add_page()
pdf.h1("3 Inledning")
pdf.h2("3.1 Bakgrund")
pdf.p("Hälso- och sjukvården står för drygt 80 procent av Region Hällmarks kostnader, och personalen är "
      "verksamhetens viktigaste resurs. Regionen har under flera år haft svårt att rekrytera och behålla "
      "sjuksköterskor, barnmorskor och specialistläkare inom vissa områden. Revisorerna har i sin riskanalys "
      "bedömt att det finns en väsentlig risk för att bristande kompetensförsörjning påverkar både "
      "patientsäkerheten och ekonomin.")
pdf.h2("3.2 Syfte, revisionsfråga och avgränsning")
pdf.p("Syftet är att bedöma om regionstyrelsen och hälso- och sjukvårdsnämnden säkerställer en ändamålsenlig "
      "styrning, uppföljning och kontroll av kompetensförsörjningen. Granskningen omfattar hälso- och "
      "sjukvårdsförvaltningen och psykiatriförvaltningen. Tandvården och regionens bolag ingår inte.")
pdf.h2("3.3 Metod")
pdf.p("Granskningen har genomförts genom dokumentstudier och intervjuer med regiondirektör, HR-direktör, "
      "hälso- och sjukvårdsdirektör, ekonomidirektör och sex verksamhetschefer. Vi har dessutom granskat "
      "ett stickprov om 40 avrop från regionens bemanningsavtal. Rapporten har faktagranskats av de "
      "intervjuade.")
pdf.h1("4 Iakttagelser")
pdf.h2("4.1 Strategi och handlingsplaner")
pdf.p("Regionfullmäktige antog den 28 november 2023 en strategi för kompetensförsörjning för perioden "
      "2024–2027. Strategin anger fyra fokusområden: attraktiv arbetsgivare, utbildning och utveckling, "
      "nya arbetssätt samt ledarskap. Enligt strategin ska varje verksamhetsområde ha en egen handlingsplan. "
      "Vid granskningstillfället fanns handlingsplaner för sju av tolv verksamhetsområden, och endast tre av "
      "dem innehöll tidsatta aktiviteter med utpekade ansvariga.")
pdf.p("Det saknas en samlad behovsanalys. Klinikerna gör egna bedömningar inför budgetarbetet, men "
      "dessa sammanställs inte på förvaltnings- eller regionnivå. Enligt HR-avdelningens beräkningar går "
      "omkring 1 150 medarbetare i pension till och med 2030.")
pdf.h2("4.2 Inhyrd personal")
pdf.p("Kostnaden för inhyrd personal ökade från 412,9 mnkr 2024 till 487,3 mnkr 2025, vilket motsvarar "
      "6,8 procent av hälso- och sjukvårdens personalkostnader. Ökningen förklaras främst av inhyrda "
      "sjuksköterskor inom slutenvården och akutsjukvården, där antalet stängda vårdplatser under "
      "sommaren 2025 i genomsnitt var 46. Regionen har anslutit sig till den nationella målsättningen om "
      "ett oberoende av inhyrd personal, men någon tidsatt plan för hur målet ska nås finns inte.")

# ---------------------------------------------------------------- page 5
pdf.h2("4.3 Rekrytering och behållande")
pdf.p("Sedan 2024 erbjuder regionen betald specialistutbildning för sjuksköterskor, med 45 platser per år. "
      "För undersköterskor har en karriärtrappa med tre steg införts. Den externa personalomsättningen bland "
      "sjuksköterskor var 11,6 procent 2025. Regionen har inte utvärderat om åtgärderna har påverkat "
      "personalomsättningen eller viljan att stanna kvar.")
pdf.h2("4.4 Rapportering och intern kontroll")
pdf.p("Hälso- och sjukvårdsnämnden får information om bemanningen i tertialrapporterna. Rapporteringen "
      "redovisar antal anställda, sjukfrånvaro och kostnad för inhyrd personal men inte antalet vakanser "
      "eller stängda vårdplatser. Regionstyrelsens internkontrollplan för 2025 innehöll inga kontroller "
      "av bemanningsavtalen. I vårt stickprov saknade 9 av 40 avrop godkännande av behörig chef, och i "
      "sex fall hade fakturerat timpris överstigit avtalat pris.")
pdf.h1("5 Slutsatser")
pdf.p("Granskningen visar att regionen har en tydlig strategisk inriktning men att genomförandet brister. "
      "Handlingsplanerna är ofullständiga, behovsanalysen saknas och uppföljningen till nämnden ger inte en "
      "tillräcklig bild av bemanningsläget. Den ökande kostnaden för inhyrd personal tyder på att regionen "
      "inte har förmått ersätta inhyrning med egen personal. Vi bedömer att bristerna i kontrollen av avrop "
      "innebär en risk för att regionen betalar för mycket för inhyrd personal.")
pdf.p("Revisorerna önskar ett skriftligt svar från regionstyrelsen och hälso- och sjukvårdsnämnden senast "
      "den 29 maj 2026, med en redogörelse för vilka åtgärder som vidtas med anledning av rekommendationerna.")
pdf.ln(4)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, "Hällmark den 12 mars 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.cell(80, 5, "Malin Strandberg")
pdf.cell(0, 5, "Erik Nyqvist", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "I", 8.5)
pdf.cell(80, 5, "Certifierad kommunal revisor")
pdf.cell(0, 5, "Revisionskonsult", new_x="LMARGIN", new_y="NEXT")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
