"""(a) Klintehamra kommun – Socialnämndens nämndplan 2026 med plan för 2027–2028."""
import datetime as dt

from common5 import HERE, Doc, grp, dec
from data import A_GOALS, A_IND, A_BUDGET, a_cells

OUT = HERE / "klintehamra-socialnamnden-namndplan-2026.pdf"
GREEN = (28, 96, 70)

pdf = Doc("Klintehamra kommun", "Socialnämnden", "Nämndplan 2026 | {p}", font="dejavu",
          foot="Socialnämndens nämndplan 2026 med plan för 2027–2028 · Dnr SN 2025/214",
          title="Nämndplan 2026 – Socialnämnden, Klintehamra kommun",
          author="Socialförvaltningen, Klintehamra kommun", accent=GREEN,
          created=dt.datetime(2025, 12, 15, 8, 40, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(14)
pdf.set_font("Sans", "", 11)
pdf.set_text_color(*GREEN)
pdf.cell(0, 6, "SOCIALNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.title_block("Nämndplan 2026", "med plan för 2027–2028", size=28)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(0, 5, "Beslutad av socialnämnden 2025-12-10, § 118\nDiarienummer SN 2025/214\n"
               "Gäller för: socialförvaltningen\nDokumentansvarig: förvaltningschef",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.h2("Innehåll")
pdf.set_font("Sans", "", 10)
for i, t in enumerate(["Inledning", "Nämndens ansvar och verksamhet", "Förutsättningar och omvärld",
                       "Ekonomiska förutsättningar", "Nämndmål, indikatorer och målvärden",
                       "Uppdrag från kommunfullmäktige", "Uppföljning och rapportering"], 1):
    pdf.cell(9, 5.5, str(i))
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("1 Inledning")
pdf.p("Nämndplanen beskriver hur socialnämnden ska bidra till kommunfullmäktiges mål under 2026 och "
      "vilken inriktning nämnden har för åren 2027 och 2028. Planen utgår från Klintehamra kommuns "
      "strategiska plan 2023–2026, fullmäktiges budgetbeslut i november 2025 och nämndens egen analys "
      "av behov och resultat.")
pdf.p("Under 2026 prioriterar nämnden tre områden: kortare väntetider för den som behöver stöd, fler "
      "vägar till egen försörjning och en äldreomsorg där den enskilde möter färre personal. Samtidigt "
      "måste kostnaderna för externa placeringar minska för att nämnden ska hålla sin budget.")
pdf.set_font("Sans", "I", 9.5)
pdf.cell(0, 6, "Annika Strömqvist (S), socialnämndens ordförande", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Nämndens ansvar och verksamhet")
pdf.p("Socialnämnden ansvarar för kommunens uppgifter enligt socialtjänstlagen, lagen om stöd och "
      "service till vissa funktionshindrade (LSS) och hälso- och sjukvårdslagen i den del som avser "
      "kommunal hälso- och sjukvård. Nämnden ansvarar även för arbetsmarknadsinsatser och "
      "försörjningsstöd. Verksamheten bedrivs i fyra avdelningar: individ- och familjeomsorg, "
      "äldreomsorg, funktionsstöd samt arbete och försörjning.")
pdf.p("Vid utgången av oktober 2025 hade socialförvaltningen 1 184 tillsvidareanställda medarbetare, "
      "varav 86 procent kvinnor. Därtill kommer timavlönade vikarier som främst arbetar i hemtjänsten "
      "och på de särskilda boendena under semesterperioden.")
pdf.h1("3 Förutsättningar och omvärld")
pdf.p("Flera förändringar i omvärlden påverkar nämndens verksamhet under planperioden:")
pdf.bullets([
    "Antalet invånare som är 80 år eller äldre väntas öka med nästan 30 procent fram till 2030, "
    "vilket ökar efterfrågan på hemtjänst och särskilt boende.",
    "Den nya socialtjänstlagen, som trädde i kraft den 1 juli 2025, ställer krav på en mer "
    "förebyggande och lättillgänglig socialtjänst.",
    "Kompetensförsörjningen är fortsatt svår, särskilt när det gäller socialsekreterare och "
    "sjuksköterskor.",
    "Arbetslösheten bland utrikes födda i Klintehamra är högre än i riket, vilket påverkar behovet "
    "av ekonomiskt bistånd.",
])
pdf.h1("4 Ekonomiska förutsättningar")
tot25 = sum(r[1] for r in A_BUDGET)
tot26 = sum(r[2] for r in A_BUDGET)
pdf.p(f"Socialnämndens nettobudget för 2026 uppgår till {dec(tot26)} mnkr, vilket är "
      f"{dec(tot26 - tot25)} mnkr mer än budgeten för 2025. Ramen har räknats upp för löne- och "
      "prisökningar och har tillförts medel för volymökningar inom äldreomsorgen. Samtidigt har nämnden "
      "ett effektiviseringskrav om 1,0 procent.")
pdf.caption("Tabell 1. Nettobudget per verksamhetsområde (mnkr)")
rows = [(n, dec(a), dec(b), dec(b - a)) for n, a, b in A_BUDGET]
rows.append(("Summa socialnämnden", dec(tot25), dec(tot26), dec(tot26 - tot25)))
pdf.grid([("Verksamhetsområde", "Budget 2025", "Budget 2026", "Förändring")], rows, (80, 28, 28, 28),
         ("LEFT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=4.8, head_fill=(214, 232, 222),
         bold_last=True, line_color=(120, 120, 120))

# ---------------------------------------------------------------- pages 3-4
pdf.add_page()
pdf.h1("5 Nämndmål, indikatorer och målvärden")
pdf.p("Kommunfullmäktige har fastställt fem inriktningsmål för mandatperioden. Socialnämnden har "
      "brutit ned de mål som berör nämnden till fyra nämndmål. Varje nämndmål följs upp med "
      "indikatorer som har målvärden för varje år under planperioden. Utfallet för 2025 avser "
      "helårsutfall eller, där sådant ännu saknas, utfall till och med oktober 2025.")
pdf.p("Ett nämndmål bedöms som uppfyllt när minst tre fjärdedelar av målvärdena för året har nåtts. "
      "För indikatorer där ett lägre värde är bättre, till exempel handläggningstid och sjukfrånvaro, "
      "anges målvärdet som det högsta godtagbara värdet.")
pdf.caption("Tabell 2. Nämndmål och indikatorer med målvärden 2026–2028")
head = [
    [{"text": "Indikator", "rowspan": 2, "align": "LEFT"}, {"text": "Utfall", "align": "CENTER"},
     {"text": "Målvärde", "colspan": 3, "align": "CENTER"}],
    [{"text": "2025", "align": "CENTER"}, {"text": "2026", "align": "CENTER"},
     {"text": "2027", "align": "CENTER"}, {"text": "2028", "align": "CENTER"}],
]
rows = []
for g, gt in A_GOALS.items():
    rows.append(("__group__", gt))
    rows += [a_cells(r) for r in A_IND if r[0] == g]
pdf.grid(head, rows, (92, 19, 18, 18, 19), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5,
         lh=4.6, head_fill=GREEN, head_color=(255, 255, 255), group_fill=(225, 238, 230),
         line_color=(110, 110, 110), padding=1.5)
pdf.note("Målvärden för 2027 och 2028 är preliminära och fastställs i kommande nämndplaner.")
pdf.h2("5.1 Kommentarer till målvärdena")
pdf.p("Målvärdet för andelen barnavårdsutredningar som avslutas inom lagstadgad tid höjs stegvis. "
      "Nämnden bedömer att den nya arbetsmodellen för mottagning och utredning, tillsammans med en "
      "stabilare personalgrupp, gör det möjligt att nå 95 procent år 2028.")
pdf.p("Kostnaden för externa placeringar ska minska genom att hemmaplanslösningar byggs ut. Under 2026 "
      "startar ett familjebehandlingsteam med förstärkt öppenvård för ungdomar och ett utökat "
      "samarbete med skolan kring barn som riskerar att placeras.")

# ---------------------------------------------------------------- page 5
pdf.h1("6 Uppdrag från kommunfullmäktige")
pdf.p("Utöver nämndmålen ska nämnden genomföra följande uppdrag från kommunfullmäktige:")
pdf.bullets([
    "Utreda förutsättningarna för att införa trygghetsboende i kommunal regi och redovisa "
    "resultatet senast den 30 september 2026.",
    "Införa ett system för digital tillsyn nattetid i hemtjänsten för brukare som önskar det.",
    "Tillsammans med barn- och utbildningsnämnden ta fram en gemensam plan för tidiga insatser för "
    "barn och unga.",
    "Minska andelen ofrivilliga deltidsanställningar inom äldreomsorgen.",
])
pdf.h1("7 Uppföljning och rapportering")
pdf.p("Nämndplanen följs upp tre gånger per år. I månadsrapporterna per april och oktober redovisar "
      "förvaltningen utfallet för de indikatorer som mäts löpande, tillsammans med en prognos för "
      "ekonomin. Delårsrapporten per den 31 augusti innehåller en bedömning av om varje nämndmål "
      "väntas nås vid årets slut.")
pdf.p("I verksamhetsberättelsen för 2026 gör nämnden en samlad bedömning av måluppfyllelsen. Om ett "
      "målvärde inte nås ska avdelningen analysera orsakerna och föreslå åtgärder som beslutas av "
      "nämnden. Brukarnas synpunkter hämtas in genom Socialstyrelsens brukarundersökningar och genom "
      "kommunens egen synpunktshantering.")
pdf.p("Den interna kontrollen följs upp enligt en särskild internkontrollplan som nämnden fastställer "
      "i januari 2026.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
