"""Tallmora kommun – Investeringsplan 2026–2029 (bilaga till Mål och budget). Den stora
tabellen står på en liggande sida och är ritad helt utan linjer: kolumnerna hålls ihop
enbart av cellernas positioner. Därefter beskrivs fyra projekt i löptext."""
import datetime
from pathlib import Path

from common import Doc, tkr
from data import INVEST, invest_totals

OUT = str(Path(__file__).with_name("tallmora-investeringsplan-2026-2029.pdf"))

pdf = Doc("Tallmora kommun", "Mål och budget 2026 med plan 2027–2029", "Bilaga 3 – sida {p}",
          foot="", family="dejavu", body="serif", margins=(24, 26, 24), rule=False)
pdf.set_creation_date(datetime.datetime(2025, 11, 28, 8, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()

pdf.set_font("Sans", "", 10)
pdf.cell(0, 6, "BILAGA 3", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "B", 22)
pdf.cell(0, 12, "Investeringsplan 2026–2029", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 10.5)
pdf.multi_cell(0, 5.2, "Fastställd av kommunfullmäktige i Tallmora kommun den 24 november 2025, § 112, "
               "som en del av Mål och budget 2026 med plan för 2027–2029.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.h1("Inledning", size=12)
pdf.p("Investeringsplanen omfattar kommunens samtliga investeringar med en utgift om minst 1 mnkr per "
      "projekt eller investeringsram. Belopp anges i tusentals kronor (tkr) och i löpande priser. Planen "
      "är beslutad för 2026 och utgör för åren 2027–2029 en planeringsram som prövas på nytt i varje "
      "budgetprocess.")
pdf.p("Tallmora kommun växer. Befolkningen har ökat med i genomsnitt 1,4 procent per år de senaste fem "
      "åren och beräknas passera 31\u00a0000 invånare under 2027. Tillväxten, tillsammans med ett stort "
      "eftersatt underhåll i skolor, äldreboenden och VA-anläggningar, gör att investeringsvolymen under "
      "planperioden blir den högsta i kommunens historia.")

pdf.h1("Investeringsvolym och finansiering", size=12)
tot, grand = invest_totals()
pdf.p(f"De planerade investeringarna uppgår till sammanlagt {tkr(grand)} tkr för perioden 2026–2029. "
      f"Av detta avser 260 000 tkr den avgiftsfinansierade vatten- och avloppsverksamheten, som "
      f"finansieras via VA-taxan. Den skattefinansierade delen uppgår till 706 900 tkr. Högst blir "
      f"investeringsutgifterna 2028 med {tkr(tot[2])} tkr.")
pdf.p("Kommunens resultat och avskrivningar beräknas räcka till att finansiera 46 procent av "
      "investeringarna 2026 och 38 procent 2027. Resterande del finansieras med nya lån. Låneskulden "
      "beräknas därmed öka från 1 150 mnkr vid utgången av 2025 till 1 720 mnkr vid utgången av 2029. "
      "Kommunfullmäktiges finansiella mål om att de skattefinansierade investeringarna ska finansieras "
      "med egna medel till minst 60 procent över en rullande femårsperiod nås inte under planperioden.")
pdf.p("En räntekänslighetsanalys visar att en ökning av den genomsnittliga låneräntan med en "
      "procentenhet skulle öka kommunens räntekostnader med cirka 17 mnkr per år vid periodens slut.")

pdf.h1("Styrning av investeringar", size=12)
pdf.p("Projekt med en total investeringsutgift över 20 mnkr kräver ett särskilt genomförandebeslut i "
      "kommunstyrelsen innan upphandling av entreprenad får påbörjas. Inför genomförandebeslutet ska "
      "en förstudie med kalkyl, tidplan och beräknade driftkostnader redovisas. Om den beräknade "
      "utgiften i förstudien överstiger den budgeterade med mer än 10 procent ska ärendet återföras "
      "till kommunfullmäktige.")
pdf.p("Outnyttjade investeringsmedel överförs inte automatiskt till nästa år. Nämnderna kan ansöka om "
      "ombudgetering av medel för pågående projekt i samband med bokslutet. Ansökan ska ha kommit in "
      "till ekonomiavdelningen senast 2026-02-13.")

# ---- landscape page: borderless table aligned by positions only
pdf.add_page(orientation="L")
pdf.set_font("Serif", "B", 13)
pdf.cell(0, 7, "Investeringar per nämnd och projekt 2026–2029, tkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 8.5)
pdf.cell(0, 5, "Utgifter i tusentals kronor (tkr), löpande priser. Streck (–) anger att inga medel är avsatt "
         "det året.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
W = (112, 26, 26, 26, 26, 36)
A = ("L", "R", "R", "R", "R", "R")
rows, styles = [("Projekt", "2026", "2027", "2028", "2029", "Summa 2026–2029")], {0: "B"}
for g, items in INVEST:
    styles[len(rows)] = "B"
    rows.append(g)
    sub = [0, 0, 0, 0]
    for name, *v in items:
        rows.append(("   " + name, *[tkr(x) for x in v], tkr(sum(v))))
        sub = [a + b for a, b in zip(sub, v)]
    styles[len(rows)] = "I"
    rows.append(("   Summa", *[tkr(x) for x in sub], tkr(sum(sub))))
rows.append(("", "", "", "", "", ""))
styles[len(rows)] = "B"
rows.append(("Totalt", *[tkr(x) for x in tot], tkr(grand)))
styles[len(rows)] = ""
rows.append(("   därav skattefinansierat", *[tkr(x) for x in (90300, 257200, 249200, 110200)], "706 900"))
pdf.plain_table(pdf.l_margin + 2, W, A, rows, lh=4.4, styles=styles, size=8.5, font="Sans", gap=0.3)

# ---- project descriptions
pdf.add_page(orientation="P")
pdf.h1("Beskrivning av större projekt", size=12)
pdf.h2("Nytt särskilt boende Solgläntan")
pdf.p("Solgläntan byggs i kvarteret Spiran i centrala Tallmora och får 60 lägenheter fördelade på sex "
      "avdelningar, varav två är anpassade för personer med demenssjukdom. Boendet ersätter Ekhagens "
      "äldreboende från 1972, som har 36 platser och inte uppfyller dagens krav på arbetsmiljö och "
      "brandskydd. Byggstart planeras till hösten 2026 och inflyttning till våren 2029. Den totala "
      "investeringsutgiften är beräknad till 200 mnkr, varav 15 000 tkr avser projektering och "
      "markarbeten 2026.")
pdf.h2("Om- och tillbyggnad av Tallmoraskolan")
pdf.p("Tallmoraskolan byggs om och till i två etapper så att kapaciteten ökar från 540 till 720 elever i "
      "årskurs F–9. I den första etappen, 2026–2027, uppförs en ny byggnad för årskurs 7–9 med "
      "naturvetenskapliga salar och en ny idrottshall. I den andra etappen, 2028–2029, renoveras den "
      "befintliga skolbyggnaden från 1964. Under ombyggnaden undervisas eleverna delvis i paviljonger; "
      "kostnaden för dessa, 6,5 mnkr, ingår i projektets budget om 160 000 tkr.")
pdf.h2("Nytt vattenverk i Ekbacken")
pdf.p("Det nya vattenverket ska ersätta Östra vattenverket från 1968 och får en kapacitet på 4\u00a0500 "
      "kubikmeter dricksvatten per dygn. Investeringen är nödvändig för att klara befolkningsökningen och "
      "Livsmedelsverkets skärpta krav på mikrobiologiska barriärer. Projektet finansieras helt via "
      "VA-taxan, och brukningsavgiften beräknas behöva höjas med 6 procent per år under 2027–2029. "
      "Vattenverket planeras att tas i drift den 1 oktober 2029.")
pdf.h2("Konstgräsplan vid Tallmora idrottsplats")
pdf.p("Den befintliga grusplanen vid Tallmora idrottsplats ersätts 2027 av en fullstor konstgräsplan för "
      "elvamannafotboll med belysning och ett granulatfritt fyllnadsmaterial. Tallmora IF har åtagit sig "
      "att bidra med 1,2 mnkr till projektet, vilket inte har räknats av i investeringsplanen. Planen "
      "ska kunna användas året runt och beräknas öka den tillgängliga träningstiden för föreningslivet "
      "med cirka 40 procent.")
pdf.h2("Ny brandstation i Lövstad")
pdf.p("Räddningstjänsten har behov av en ny brandstation i Lövstad för att klara målet om insatstider i "
      "de västra kommundelarna. Projektet befinner sig i ett tidigt skede, och lokaliseringen är ännu inte "
      "bestämd. De avsatta beloppen för 2028 och 2029 är därför preliminära och ska prövas på nytt när "
      "en förstudie har genomförts.")

pdf.h1("Driftkonsekvenser", size=12)
pdf.p("Investeringarna medför ökade kapitalkostnader i form av avskrivningar och räntor. De samlade "
      "kapitalkostnaderna för den skattefinansierade verksamheten beräknas öka med 38 mnkr per år fram "
      "till 2029 jämfört med 2025. Nämnderna ska rymma kapitalkostnaderna för inventarier och "
      "reinvesteringar inom sina ramar, medan kapitalkostnaderna för nya verksamhetslokaler kompenseras "
      "i budgetprocessen när lokalerna tas i bruk.")

pdf.h1("Investeringsbehov som inte ryms i planen", size=12)
pdf.p("Nämnderna har i budgetdialogen lyft ytterligare investeringsbehov som inte har kunnat prioriteras "
      "inom den finansiella ramen. Behoven ska prövas på nytt inför Mål och budget 2027:")
pdf.marked(["En ny idrottshall i Lövstad i anslutning till den planerade förskolan, där kultur- och "
            "fritidsnämnden bedömer behovet till 2028.",
            "Ombyggnad av kulturhuset Magasinet med ny scen och tillgänglighetsanpassade entréer.",
            "Ett nytt gruppboende enligt LSS med sex lägenheter, som socialnämnden bedömer behövs senast 2029.",
            "Utbyggnad av laddinfrastruktur för kommunens fordonsflotta vid samtliga förvaltningsbyggnader."],
           ["•"] * 4, size=10, indent=6, gap=0.8)
pdf.h1("Tidplan för nästa budgetprocess", size=12)
pdf.p("Arbetet med investeringsplanen för 2027–2030 inleds i februari 2026. Nämnderna ska lämna sina "
      "investeringsäskanden med förstudier till ekonomiavdelningen senast 2026-03-31. Kommunstyrelsens "
      "budgetberedning genomför budgetdialoger med nämnderna i april och maj, och kommunstyrelsens förslag "
      "till Mål och budget 2027 med plan 2028–2030 behandlas av kommunfullmäktige i november 2026.")

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages", tot, grand)
