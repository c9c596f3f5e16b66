"""(d) Region Siljetuna – Handlingsplan för kortare väntetider i hälso- och sjukvården 2026–2027."""
import datetime as dt

from common5 import HERE, Doc
from data import D_ACT

OUT = HERE / "region-siljetuna-handlingsplan-vantetider-2026-2027.pdf"
NAVY = (20, 45, 95)


def head(pdf):
    pdf.set_y(9)
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 5, style="F")
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.set_y(9)
    pdf.cell(90, 5, "Region Siljetuna")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "HANDLINGSPLAN  |  Dnr RS 2026/0087  |  " + str(pdf.page_no()), align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(24)


pdf = Doc(head, font="liberation", foot="Handlingsplan för kortare väntetider 2026–2027 · Region Siljetuna",
          author="Hälso- och sjukvårdsförvaltningen", accent=NAVY,
          created=dt.datetime(2026, 4, 20, 7, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 24, 20)
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(6)
pdf.title_block("Handlingsplan för kortare väntetider i hälso- och sjukvården 2026–2027",
                "Fastställd av regionstyrelsen 2026-02-10, § 22. Reviderad status per den 15 april 2026.",
                size=18)
pdf.h1("1 Bakgrund", size=12)
pdf.p("Väntetiderna i Region Siljetuna har ökat under flera år. Vid utgången av 2025 väntade "
      "14 812 patienter längre än 90 dagar på en operation eller åtgärd inom den specialiserade vården, "
      "och endast 61 procent av patienterna fick ett första besök i specialiserad vård inom "
      "vårdgarantins 90 dagar. Situationen är mest ansträngd inom ortopedi, ögonsjukvård och barn- och "
      "ungdomspsykiatri.")
pdf.p("Orsakerna är flera: brist på operations- och anestesisjuksköterskor, stängda vårdplatser under "
      "sommaren, ett högt beroende av inhyrd personal och en planering som skiljer sig mellan "
      "sjukhusen. Regionstyrelsen gav därför hälso- och sjukvårdsdirektören i uppdrag att ta fram en "
      "samlad handlingsplan med konkreta åtgärder, ansvar och tidplan.")
pdf.h1("2 Mål", size=12)
pdf.p("Handlingsplanen ska bidra till att regionen uppfyller vårdgarantin. Till utgången av 2027 ska")
pdf.bullets([
    "minst 85 procent av patienterna få ett första besök i specialiserad vård inom 90 dagar,",
    "minst 80 procent av patienterna få en planerad operation eller åtgärd inom 90 dagar,",
    "samtliga barn och unga som remitteras till barn- och ungdomspsykiatrin få en första bedömning "
    "inom 30 dagar,",
    "antalet patienter som väntat längre än 90 dagar på operation eller åtgärd ha halverats jämfört "
    "med utgången av 2025.",
])
pdf.h1("3 Åtgärder", size=12)
pdf.p("Tabellen på följande sidor redovisar handlingsplanens åtgärder med ansvarig funktion, planerad "
      "start, när åtgärden ska vara genomförd och status per den 15 april 2026. Statusen anges som "
      "Klar, Pågår, Försenad eller Ej påbörjad. En åtgärd är försenad när den bedöms inte kunna "
      "genomföras inom angiven tid.")

# ---------------------------------------------------------------- pages 2-3: action table
pdf.add_page()
pdf.caption("Tabell 1. Åtgärder, ansvar, tidplan och status per 2026-04-15", size=10)
pdf.grid([("Åtgärd", "Ansvarig", "Start", "Klar", "Status")], list(D_ACT), (72, 36, 20, 20, 22),
         ("LEFT", "LEFT", "LEFT", "LEFT", "LEFT"), size=9, lh=4.6, font="Cond", borders="NONE",
         head_fill=NAVY, head_color=(255, 255, 255), zebra=(228, 233, 243), padding=(2.2, 1.5))
pdf.note("Ansvarig avser den funktion som ansvarar för att åtgärden genomförs och följs upp. Datum "
         "anges enligt ÅÅÅÅ-MM-DD.")

# ---------------------------------------------------------------- page 4
pdf.h1("4 Genomförande och uppföljning", size=12)
pdf.p("Varje ansvarig funktion rapporterar status för sina åtgärder till hälso- och sjukvårdsstaben "
      "den femte arbetsdagen varje månad. Staben sammanställer rapporterna och redovisar dem för "
      "regionens ledningsgrupp. Om en åtgärd bedöms som försenad ska den ansvarige samtidigt lämna "
      "förslag på hur förseningen kan hämtas in.")
pdf.p("Regionstyrelsen får en samlad uppföljning av handlingsplanen i samband med delårsrapporterna "
      "per april och augusti samt i årsredovisningen. Uppföljningen ska innehålla utvecklingen av "
      "väntetiderna per specialitet enligt den nationella väntetidsdatabasen och en bedömning av om "
      "målen för 2027 kommer att nås.")
pdf.p("Handlingsplanen revideras en gång per år. Nästa revidering ska vara klar till "
      "regionstyrelsens sammanträde i februari 2027.")
pdf.h1("5 Samverkan", size=12)
pdf.p("Åtgärderna genomförs i samverkan med de fackliga organisationerna och med regionens "
      "patientnämnd. Kommunerna i Siljetuna län berörs främst av åtgärderna inom primärvården och "
      "barn- och ungdomspsykiatrin och informeras löpande genom det regionala samverkansrådet.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
