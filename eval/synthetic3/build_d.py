"""(d) Region Västermyr – Personalredovisning 2025 (borderless tables, no metadata title)."""
import datetime as dt

from common3 import HERE, Doc, grp, dec
from data import D_PERS, D_SJUK, d_totals

OUT = HERE / "vastermyr-personalredovisning-2025.pdf"
PURPLE = (88, 44, 110)

n24, n25, k24, k25, s24, s25 = d_totals()

pdf = Doc("Region Västermyr", "Personalredovisning 2025", "{p}", font="liberation", serif=True,
          foot="Region Västermyr · HR-avdelningen · Regionstyrelsen 2026-03-24", accent=PURPLE,
          created=dt.datetime(2026, 3, 25, 7, 45, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(6)
pdf.title_block("Personalredovisning 2025", "Region Västermyr\nBilaga till årsredovisningen 2025 – "
                "behandlad av regionstyrelsen 2026-03-24, § 52", size=24)
pdf.h1("Sammanfattning")
pdf.p(f"Vid utgången av 2025 hade Region Västermyr {grp(n25)} anställda, vilket är {n25 - n24} fler än "
      f"ett år tidigare. Ökningen finns framför allt inom hälso- och sjukvården, medan antalet "
      f"anställda inom de administrativa verksamheterna har minskat. Andelen kvinnor bland de anställda "
      f"var {dec(k25)} procent.")
pdf.p(f"Sjukfrånvaron minskade för andra året i rad och uppgick till {dec(s25)} procent av den ordinarie "
      f"arbetstiden, jämfört med {dec(s24)} procent 2024. Den externa personalomsättningen var "
      "9,4 procent, en minskning från 10,7 procent året innan. Kostnaden för inhyrd personal från "
      "bemanningsföretag minskade till 212,7 mnkr (286,3 mnkr 2024), främst genom att behovet av "
      "inhyrda sjuksköterskor inom slutenvården har halverats.")
pdf.h1("1 Om redovisningen")
pdf.p("Personalredovisningen beskriver regionens medarbetare, deras arbetsmiljö och hälsa samt arbetet "
      "med kompetensförsörjning. Uppgifterna är hämtade från regionens lönesystem per den 31 december "
      "respektive år. Antal anställda avser månadsavlönade medarbetare med tillsvidare- eller "
      "visstidsanställning. Timavlönade ingår inte i redovisningen. Sjukfrånvaron redovisas i procent av "
      "den sammanlagda ordinarie arbetstiden enligt 16 kap. 1 § lagen om kommunal bokföring och "
      "redovisning.")

# ---------------------------------------------------------------- page 2: tabell 1
pdf.add_page()
pdf.h1("2 Antal anställda och könsfördelning")
pdf.p("Tabell 1 visar antalet anställda och andelen kvinnor per förvaltning. Hälso- och "
      "sjukvårdsförvaltningen är med god marginal regionens största arbetsplats. Antalet anställda inom "
      "regionstyrelsens förvaltning har minskat till följd av den omorganisation av de administrativa "
      "stödfunktionerna som genomfördes under våren 2025.")
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Anställda per förvaltning den 31 december", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
rows = [(f, grp(a), grp(b), dec(c), dec(d)) for f, a, b, c, d in D_PERS]
rows.append(("Totalt", grp(n24), grp(n25), dec(k24), dec(k25)))
pdf.plain_table(("Förvaltning", "Antal\n2024", "Antal\n2025", "Andel kvinnor\n2024 (%)", "Andel kvinnor\n2025 (%)"),
                rows, (68, 22, 22, 27, 27), ("L", "R", "R", "R", "R"), size=9, lh=5.6, head_lines=2)
pdf.ln(2)
pdf.p("Könsfördelningen skiljer sig mycket mellan verksamheterna. Inom tandvården och hälso- och "
      "sjukvården är en stor majoritet av medarbetarna kvinnor, medan kollektivtrafikförvaltningen och "
      "regionservice har en jämnare fördelning. Andelen kvinnor bland regionens chefer var 71,3 procent.")
pdf.h2("2.1 Åldersstruktur")
pdf.p("Medelåldern bland regionens anställda är 45,2 år. Under de kommande fem åren beräknas 1 386 "
      "medarbetare gå i pension, vilket motsvarar nästan 13 procent av de anställda. Pensionsavgångarna "
      "är störst bland undersköterskor och medicinska sekreterare.")

# ---------------------------------------------------------------- page 3: tabell 2
pdf.add_page()
pdf.h1("3 Sjukfrånvaro")
pdf.p(f"Den totala sjukfrånvaron minskade från {dec(s24)} procent 2024 till {dec(s25)} procent 2025. "
      "Minskningen är tydligast inom regionservice och kultur- och bildningsförvaltningen. Inom "
      "psykiatriförvaltningen och tandvårdsförvaltningen har sjukfrånvaron däremot ökat. Långtidssjukfrånvaron, "
      "det vill säga frånvaro som pågått under en sammanhängande period av 60 dagar eller mer, utgör "
      "44,8 procent av den totala sjukfrånvaron.")
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Sjukfrånvaro per förvaltning, procent av ordinarie arbetstid", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
rows = [(f, dec(a), dec(b), dec(round(b - a, 1), plus=True)) for f, a, b in D_SJUK]
rows.append(("Totalt", dec(s24), dec(s25), dec(round(s25 - s24, 1), plus=True)))
pdf.plain_table(("Förvaltning", "2024", "2025", "Förändring\n(procentenheter)"), rows,
                (80, 24, 24, 38), ("L", "R", "R", "R"), size=9, lh=5.6, head_lines=2)
pdf.ln(2)
pdf.h2("3.1 Åtgärder för att minska sjukfrånvaron")
pdf.p("Under 2025 har regionen infört en gemensam modell för tidiga insatser. Närmaste chef ska kontakta "
      "medarbetaren redan den första sjukdagen och vid upprepad korttidsfrånvaro, sex tillfällen under en "
      "tolvmånadersperiod, ska ett hälsosamtal genomföras. Företagshälsovården har fått ett utökat uppdrag "
      "att stödja cheferna i rehabiliteringsarbetet. Inom psykiatriförvaltningen pågår ett särskilt "
      "projekt om arbetsbelastning och schemaläggning, som finansieras med statsbidrag.")
pdf.p("Friskvårdsbidraget höjdes den 1 januari 2025 till 3 000 kronor per medarbetare och år. Av "
      "medarbetarna utnyttjade 61 procent bidraget under året.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("4 Kompetensförsörjning")
pdf.p("Regionen har fortsatt svårt att rekrytera flera legitimationsyrken. Tabell 3 visar antalet "
      "utannonserade tjänster och antalet tjänster som inte kunde tillsättas under 2025 för de "
      "yrkesgrupper där bristen är störst.")
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 3. Rekrytering inom bristyrken 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.plain_table(("Yrkesgrupp", "Utannonserade\ntjänster", "Ej tillsatta\ntjänster"), [
    ("Specialistsjuksköterskor", "148", "41"),
    ("Röntgensjuksköterskor", "36", "12"),
    ("Specialistläkare i psykiatri", "22", "14"),
    ("Psykologer", "31", "9"),
    ("Tandläkare", "18", "7"),
    ("Biomedicinska analytiker", "27", "6"),
], (80, 36, 36), ("L", "R", "R"), size=9, lh=5.6, head_lines=2, bold_last=False)
pdf.ln(2)
pdf.p("För att möta bristen har regionen utökat antalet betalda specialistutbildningar för "
      "sjuksköterskor från 40 till 55 platser per år och infört ett karriärutvecklingssystem för "
      "undersköterskor. Regionen deltar också i ett nationellt samarbete för att minska beroendet av "
      "inhyrd personal.")
pdf.h1("5 Löner")
pdf.p("Löneöversynen 2025 gav ett genomsnittligt utfall på 3,6 procent. Medianlönen för samtliga "
      "månadsavlönade var 38 900 kronor per månad. Den årliga lönekartläggningen visade inga osakliga "
      "löneskillnader mellan kvinnor och män.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
