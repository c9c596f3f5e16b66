"""Norrbacka kommun – Handlingsplan för ökad trygghet 2025–2027."""
from common import Doc, FontFace

OUT = str(__import__("pathlib").Path(__file__).with_name("norrbacka-handlingsplan-trygghet-2025-2027.pdf"))

pdf = Doc("Norrbacka kommun", "Handlingsplan för ökad trygghet 2025–2027", "Sida {p} av {nb}",
          foot="Kommunstyrelseförvaltningen · Dnr KS 2024/311")
pdf.add_page()

pdf.set_fill_color(23, 78, 122)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 16, "  Handlingsplan för ökad trygghet", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 8, "   Norrbacka kommun 2025–2027", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.ln(4)
pdf.set_font("Sans", "I", 9)
pdf.multi_cell(0, 4.6, "Antagen av kommunfullmäktige 2024-11-25, § 156. Dokumentansvarig: trygghetssamordnare, "
               "kommunstyrelseförvaltningen. Revideras senast 2027-12-31.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

pdf.h1("1 Inledning")
pdf.p("Alla som bor, arbetar eller vistas i Norrbacka kommun ska känna sig trygga. Handlingsplanen "
      "samlar de åtgärder som kommunen, de kommunala bolagen och Polisen ska genomföra under perioden "
      "2025–2027 för att minska brottsligheten och öka tryggheten. Planen utgår från kommunens lägesbild, "
      "medborgarlöftet med Polisen och lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.")
pdf.h2("1.1 Bakgrund och lägesbild")
pdf.p("I kommunens trygghetsundersökning 2024 uppgav 68 procent av de svarande att de känner sig trygga "
      "när de går ut ensamma en sen kväll i det egna bostadsområdet. Motsvarande andel 2022 var 71 procent. "
      "Otryggheten är störst bland kvinnor i åldern 16–29 år och i kommundelarna Centrum och Åby. Antalet "
      "anmälda fall av skadegörelse minskade från 412 år 2022 till 376 år 2024, medan antalet anmälda "
      "narkotikabrott ökade under samma period.")
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(90, 25, 25, 30), width=150, align="LEFT", line_height=5,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(210, 225, 238))) as t:
    for row in [("Indikator", "2022", "2024", "Mål 2027"),
                ("Andel trygga ute sen kväll (procent)", "71", "68", "75"),
                ("Anmälda skadegörelsebrott (antal)", "412", "376", "300"),
                ("Andel som undviker vissa platser (procent)", "24", "27", "20")]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
pdf.h2("1.2 Syfte och mål")
pdf.p("Syftet med planen är att samordna det trygghetsskapande och brottsförebyggande arbetet. Det "
      "övergripande målet är att andelen invånare som känner sig trygga ute en sen kväll ska öka till "
      "minst 75 procent till år 2027.")

pdf.h1("2 Organisation och ansvar")
pdf.p("Kommunstyrelsen har det övergripande ansvaret för planen. Det operativa arbetet leds av "
      "trygghetssamordnaren i samverkan med det lokala brottsförebyggande rådet (BRÅ), där kommunens "
      "förvaltningar, Norrbacka Bostäder AB, räddningstjänsten och lokalpolisområdet ingår. Varje "
      "åtgärd har en utpekad ansvarig förvaltning eller aktör som ansvarar för genomförande och "
      "finansiering inom befintlig budget om inte annat anges.")

pdf.h1("3 Åtgärder")
pdf.p("Tabellen anger planerade åtgärder, ansvarig, tidplan och status per den 31 januari 2025. "
      "Kostnader anges i tusentals kronor (tkr). \"Inom ram\" innebär att åtgärden finansieras inom "
      "befintlig budget.")

rows = [
    ("1", "Utökad belysning längs gång- och cykelvägar i Centrum och Åby", "Samhällsbyggnadsförvaltningen", "kv 2 2025", "Pågående", "1 250"),
    ("2", "Trygghetsvandringar två gånger per år i varje kommundel", "Kommunstyrelseförvaltningen", "Löpande 2025–2027", "Pågående", "40 per år"),
    ("3", "Kameraövervakning vid Norrbacka resecentrum", "Samhällsbyggnadsförvaltningen i samverkan med Polisen", "kv 4 2025", "Ej påbörjad", "850"),
    ("4", "Fältgruppen utökas med två tjänster på kvälls- och helgtid", "Socialförvaltningen", "2025-08-01", "Genomförd", "1 400 tkr per år"),
    ("5", "Informationskampanj om grannsamverkan", "Kommunstyrelseförvaltningen", "kv 2 2025", "Pågående", "75"),
    ("6", "Sociala insatsgrupper (SIG) för unga i riskzon", "Socialförvaltningen", "kv 1 2026", "Ej påbörjad", "600"),
    ("7", "Föräldrastödsprogrammet ABC erbjuds i alla skolområden", "Utbildningsförvaltningen", "ht 2025", "Pågående", "320"),
    ("8", "Gemensam lägesbild med Polisen och räddningstjänsten varannan månad", "Trygghetssamordnare", "Löpande", "Genomförd", "Inom ram"),
    ("9", "Sanering av klotter och skadegörelse inom 24 timmar", "Norrbacka Bostäder AB", "2025", "Pågående", "500"),
    ("10", "Ny fritidsgård i Västerby med öppet fredag och lördag till kl. 24", "Kultur- och fritidsförvaltningen", "vt 2026", "Ej påbörjad", "2 100"),
    ("11", "Utbildning om våld i nära relationer för personal inom äldreomsorgen", "Vård- och omsorgsförvaltningen", "2026", "Ej påbörjad", "180"),
    ("12", "Medborgarlöfte och samverkansöverenskommelse med Polisen revideras", "Kommundirektör", "2025-03-31", "Genomförd", "Inom ram"),
    ("13", "Röjning av sly vid busshållplatser och gångtunnlar", "Samhällsbyggnadsförvaltningen", "kv 2 2025", "Genomförd", "220"),
    ("14", "Stöd till föreningar som bedriver nattvandring", "Kultur- och fritidsförvaltningen", "Löpande", "Pågående", "90 per år"),
    ("15", "Trygghetsundersökning genomförs", "Kommunstyrelseförvaltningen", "kv 3 2026", "Ej påbörjad", "150"),
    ("16", "Handlingsplan mot våldsbejakande extremism uppdateras", "Trygghetssamordnare", "kv 4 2026", "Ej påbörjad", "Inom ram"),
    ("17", "Trygghetsskapande ombyggnad av Centrumparken (belysning, siktlinjer, ny vegetation)", "Samhällsbyggnadsförvaltningen", "2026", "Pågående", "3 400"),
    ("18", "Skolsociala team på samtliga högstadieskolor", "Utbildningsförvaltningen", "2025–2027", "Pågående", "950 per år"),
    ("19", "Dialogforum med ungdomsrådet om otrygga platser", "Kommunstyrelseförvaltningen", "2027", "Ej påbörjad", "60"),
    ("20", "Trygghetsvärdar i centrum under sommarmånaderna", "Kultur- och fritidsförvaltningen", "jul–aug 2025", "Pågående", "380"),
    ("21", "Ökad närvaro av vuxna vid skolavslutning och valborg", "Utbildningsförvaltningen", "2025–2027", "Pågående", "Inom ram"),
    ("22", "Tillgänglighetsanpassad och upplyst gångtunnel under väg 73 vid Åby", "Samhällsbyggnadsförvaltningen", "2027", "Ej påbörjad", "1 900"),
    ("23", "Kartläggning av otrygga platser i digital medborgartjänst", "Kommunstyrelseförvaltningen", "kv 3 2025", "Pågående", "120"),
    ("24", "Överenskommelse om informationsdelning med Polisen enligt ny lagstiftning", "Kommundirektör", "2025-09-30", "Pågående", "Inom ram"),
    ("25", "Brandskyddsinformation och trygghetsbesök i särskilda boenden", "Räddningstjänsten Norrbacka", "2026", "Ej påbörjad", "85"),
    ("26", "Fastighetsägarsamverkan (BID) i stationsområdet", "Samhällsbyggnadsförvaltningen och Norrbacka Bostäder AB", "2026–2027", "Ej påbörjad", "450"),
]
pdf.set_font("Cond", "", 8.5)
with pdf.table(col_widths=(7, 50, 47, 21, 19, 22), line_height=4.4,
               text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(210, 225, 238)),
               padding=1.2) as t:
    r = t.row()
    for h in ("Nr", "Åtgärd", "Ansvarig", "Tidplan", "Status", "Kostnad (tkr)"):
        r.cell(h)
    for row in rows:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)

# economics summary
once = sum(int(x[5].replace(" ", "")) for x in rows if x[5].replace(" ", "").isdigit())
pdf.h1("4 Ekonomi")
pdf.p(f"De kostnadsberäknade engångsåtgärderna i planen uppgår sammanlagt till {once/1000:.2f}".replace(".", ",")
      + " mnkr för perioden 2025–2027. Därtill kommer löpande kostnader om cirka 2,5 mnkr per år, "
      "huvudsakligen för fältgruppen och de skolsociala teamen. Åtgärder som saknar särskild "
      "finansiering prövas i den ordinarie budgetprocessen.")
pdf.h1("5 Uppföljning")
pdf.p("Trygghetssamordnaren sammanställer en statusrapport per åtgärd två gånger per år, i juni och i "
      "december. Rapporten behandlas av det lokala brottsförebyggande rådet och redovisas därefter för "
      "kommunstyrelsens arbetsutskott. Åtgärder som riskerar att försenas ska markeras och kompletteras "
      "med en förklaring och en ny tidplan. En samlad utvärdering av planens effekter görs efter "
      "trygghetsundersökningen hösten 2026 och ligger till grund för nästa plan.")

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages", once)
