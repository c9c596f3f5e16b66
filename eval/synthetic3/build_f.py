"""(f) Sälgmora kommun – Tjänsteskrivelse: lägesrapport ny simhall per 2026-03-31 (no metadata title)."""
import datetime as dt

from common3 import HERE, Doc, grp
from data import F_KOST

OUT = HERE / "salgmora-lagesrapport-simhall-2026-q1.pdf"
NAVY = (20, 50, 95)

pdf = Doc("Sälgmora kommun", "Tjänsteskrivelse", "{p} ({nb})", justify=False, accent=NAVY,
          foot="Tekniska förvaltningen · Postadress: 794 80 Sälgmora · tekniska@salgmora.se",
          created=dt.datetime(2026, 4, 8, 13, 2, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- head block
y0 = pdf.get_y()
pdf.set_font("Sans", "", 9)
pdf.multi_cell(90, 4.8, "Tekniska förvaltningen\nFastighetsavdelningen\nJonas Kvist, projektchef\n"
               "jonas.kvist@salgmora.se", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(120, y0)
pdf.multi_cell(68, 4.8, "Datum: 2026-04-08\nDiarienummer: TN 2024/118\n\nTill tekniska nämnden",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.title_block("Lägesrapport för projektet Ny simhall i Sälgmora per den 31 mars 2026", size=16)

pdf.h2("Förslag till beslut")
pdf.p("Tekniska nämnden föreslås besluta")
pdf.set_x(pdf.l_margin + 6)
pdf.multi_cell(pdf.epw - 6, 5, "att godkänna lägesrapporten för projektet Ny simhall i Sälgmora per den "
               "31 mars 2026, samt", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 6)
pdf.multi_cell(pdf.epw - 6, 5, "att överlämna lägesrapporten till kommunstyrelsen för kännedom.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

tb = sum(r[1] for r in F_KOST)
tu = sum(r[2] for r in F_KOST)
pdf.h2("Sammanfattning")
pdf.p("Kommunfullmäktige beslutade 2024-06-17, § 88, att bygga en ny simhall med en 25-metersbassäng, "
      "undervisningsbassäng och varmvattenbassäng i anslutning till Sälgmora sporthall. Projektets "
      "totala budget är 248,0 mnkr. Arbetet på plats inleddes i april 2025.")
pdf.p("Projektet följer i huvudsak tidplanen, men grundläggningen blev tre veckor försenad. Prognosen för "
      "projektets slutkostnad är 256,5 mnkr, vilket innebär att budgeten beräknas överskridas med 8,5 mnkr. "
      f"Upparbetade kostnader under entreprenadskedet uppgår till och med den 31 mars 2026 till {grp(tu)} kr. "
      "Simhallen beräknas kunna öppna för allmänheten i september 2027.")
pdf.h2("Bakgrund")
pdf.p("Den befintliga simhallen från 1972 har omfattande brister i klimatskal, ventilation och "
      "reningsteknik. En utredning 2023 visade att en renovering skulle bli nästan lika kostsam som en "
      "nybyggnation och att den gamla byggnaden inte kan anpassas till dagens krav på tillgänglighet. "
      "Tekniska nämnden ska enligt fullmäktiges beslut lämna en lägesrapport varje kvartal.")

pdf.h2("Projektorganisation")
pdf.p("Tekniska nämnden är beställare och projektägare. En styrgrupp under ledning av förvaltningschefen "
      "för tekniska förvaltningen sammanträder varje månad. I styrgruppen ingår även förvaltningschefen "
      "för kultur- och fritidsförvaltningen, ekonomichefen och fastighetschefen. Projektchefen ansvarar "
      "för den löpande styrningen av projektet och för rapporteringen till styrgruppen och nämnden. "
      "Simklubben och skolorna deltar i en referensgrupp som har lämnat synpunkter på utformningen av "
      "omklädningsrum och läktare.")

# ---------------------------------------------------------------- numbered status list
pdf.h2("Läget i projektet")
pdf.paren_list([
    ("Projektering och myndighetsbeslut", [
        "Bygglov beviljades 2025-06-12 och vann laga kraft 2025-07-10.",
        "Systemhandlingen för ventilation och bassängteknik reviderades i februari 2026 för att sänka "
        "byggnadens beräknade energianvändning med 18 procent.",
    ]),
    ("Upphandling", [
        "Totalentreprenaden tilldelades Sälgbygg Entreprenad AB. Kontraktet tecknades 2025-09-01 med en "
        "kontraktssumma om 186 400 000 kr.",
        "Sidoentreprenaden för bassängteknik upphandlas separat. Tilldelningsbeslut beräknas kunna fattas "
        "i maj 2026.",
    ]),
    ("Tidplan", [
        "Grundläggningen färdigställdes 2026-02-27, tre veckor senare än planerat. Förseningen berodde på "
        "tjälskador i schaktbotten och ett större grundvatteninflöde än vad den geotekniska "
        "undersökningen visat.",
        "Stomresningen påbörjades den 16 mars 2026 och beräknas vara klar i augusti 2026.",
        "Byggnaden ska vara färdigställd den 30 juni 2027. Förseningen i grundläggningen bedöms kunna "
        "hämtas in under stomskedet.",
    ]),
    ("Risker", [
        "Kostnadsökningar för stål, betong och installationsmaterial kan påverka slutkostnaden "
        "ytterligare.",
        "Bristen på entreprenörer med erfarenhet av bassängteknik kan leda till få anbud i "
        "sidoentreprenaden.",
        "Besked om statligt stöd för energieffektivisering, ansökt belopp 6,2 mnkr, väntas först under "
        "hösten 2026.",
    ]),
    ("Kommunikation och samverkan", [
        "Ett informationsmöte för simklubben och övriga föreningar hölls 2026-03-11.",
        "Byggarbetsplatsen kan följas via en webbkamera på kommunens webbplats.",
    ]),
], size=10, lh=5)

# ---------------------------------------------------------------- economy
pdf.h2("Ekonomi")
pdf.p("Tabellen visar budget och utfall per kvartal för entreprenadskedet från och med kvartal 2 2025. "
      "Kostnader för projektering och utredningar under 2023–2024, sammanlagt 9,6 mnkr, ingår inte i "
      "tabellen. Avvikelse beräknas som budget minus utfall; ett negativt belopp innebär att utfallet "
      "överstiger budget.")
rows = [(k, grp(b), grp(u), grp(b - u)) for k, b, u in F_KOST]
rows.append(("Summa", grp(tb), grp(tu), grp(tb - tu)))
pdf.ruled_table(("Kvartal", "Budget (kr)", "Utfall (kr)", "Avvikelse (kr)"), rows, (40, 36, 36, 36),
                ("LEFT", "RIGHT", "RIGHT", "RIGHT"), size=9, lh=5.2, head_fill=(215, 224, 238), bold_last=True)
q1 = F_KOST[-1]
pdf.p(f"Under kvartal 1 2026 översteg utfallet budgeten med {grp(q1[2] - q1[1])} kr, främst till följd av "
      "merkostnader för schaktning, extra dränering och spontning i samband med grundläggningen. "
      "Merkostnaderna har reglerats som ändringsarbeten i totalentreprenaden. Förvaltningen bedömer att "
      "överskridandet delvis kan balanseras genom besparingar i inredning och utemiljö.")
pdf.h2("Hållbarhet")
pdf.p("Byggnaden projekteras för att uppfylla kraven för Miljöbyggnad nivå Silver. På taket installeras "
      "en solcellsanläggning med en effekt om 220 kW, och värme från duschvatten och ventilationsluft "
      "återvinns. Den beräknade energianvändningen är 30 procent lägre än i den befintliga simhallen, "
      "trots att vattenytan blir 40 procent större.")
pdf.h2("Nästa steg")
pdf.p("Under andra kvartalet 2026 fortsätter stomresningen och tilldelningsbeslut fattas i "
      "sidoentreprenaden för bassängteknik. Nästa lägesrapport, per den 30 juni 2026, lämnas till "
      "tekniska nämndens sammanträde i augusti 2026. Milstolparna i projektet framgår av bilaga 1.")
pdf.h2("Konsekvenser för barn och unga")
pdf.p("Under byggtiden är den gamla simhallen öppen som vanligt, och skolornas simundervisning påverkas "
      "inte. Den nya simhallen ger bättre förutsättningar för simundervisning genom en separat "
      "undervisningsbassäng med höj- och sänkbar botten.")
pdf.ln(6)
pdf.set_font("Sans", "", 9.5)
pdf.cell(85, 5, "Anna Wernersson")
pdf.cell(0, 5, "Jonas Kvist", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "I", 8.5)
pdf.cell(85, 5, "Förvaltningschef, tekniska förvaltningen")
pdf.cell(0, 5, "Projektchef", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.5, "Beslutet skickas till: Kommunstyrelsen, ekonomiavdelningen, Sälgmora simsällskap",
               align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- Bilaga 1
pdf.add_page()
pdf.h1("Bilaga 1. Milstolpar i projektet")
pdf.ruled_table(("Milstolpe", "Planerat datum", "Status"), [
    ("Kommunfullmäktiges genomförandebeslut", "2024-06-17", "Klar"),
    ("Bygglov vinner laga kraft", "2025-07-10", "Klar"),
    ("Kontrakt med totalentreprenör", "2025-09-01", "Klar"),
    ("Grundläggning klar", "2026-02-06", "Klar 2026-02-27"),
    ("Tilldelning sidoentreprenad bassängteknik", "maj 2026", "Pågår"),
    ("Stomme och tak klara", "2026-08-31", "Pågår"),
    ("Bassänger gjutna och täthetsprovade", "2026-12-18", "Ej påbörjad"),
    ("Slutbesiktning", "2027-06-15", "Ej påbörjad"),
    ("Byggnaden färdigställd och överlämnad", "30 juni 2027", "Ej påbörjad"),
    ("Öppning för allmänheten", "september 2027", "Ej påbörjad"),
], (90, 38, 38), ("LEFT", "LEFT", "LEFT"), size=9, lh=5.2, head_fill=(215, 224, 238))

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
