"""(b) Ormåker kommun – Månadsrapport oktober 2026 (budgetuppföljning, kommunstyrelsen)."""
import datetime as dt

from common5 import HERE, Doc, grp, dec
from data import B_DRIFT, B_INV, b_cells, b_avv, b_inv_cells

OUT = HERE / "ormaker-manadsrapport-oktober-2026.pdf"
RED = (150, 30, 40)

pdf = Doc("ORMÅKERS KOMMUN", "Månadsrapport oktober 2026", "Sida {p} av 4", font="dejavu",
          foot="Ekonomiavdelningen, kommunledningskontoret · KS 2026/0412", accent=RED,
          author="Ekonomiavdelningen", created=dt.datetime(2026, 11, 12, 13, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.add_page()

bud = sum(r[1] for r in B_DRIFT)
utf = sum(r[2] for r in B_DRIFT)
prog = sum(r[3] for r in B_DRIFT)
avv = bud - prog
avv_sep = sum(r[4] for r in B_DRIFT)

# resultaträkning (mnkr): budget, prognos
SKATT_B, SKATT_P = 1519.5, 1523.8
FIN_B, FIN_P = -14.5, -16.8
RES_B = round(SKATT_B + FIN_B - bud / 1000, 1)
RES_P = round(SKATT_P + FIN_P - prog / 1000, 1)

# ---------------------------------------------------------------- page 1
pdf.ln(4)
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*RED)
pdf.cell(0, 11, "Månadsrapport oktober 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Ekonomisk uppföljning och helårsprognos per den 31 oktober 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "", 8.5)
pdf.set_fill_color(245, 238, 238)
pdf.multi_cell(0, 4.6, "Ärende: Kommunstyrelsen 2026-11-24    Diarienummer: KS 2026/0412\n"
               "Handläggare: Jenny Saarinen, controller    Beslutsunderlag: denna rapport med bilaga "
               "(nämndernas uppföljningar)", fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Sammanfattning")
pdf.p(f"Kommunens prognostiserade resultat för helåret 2026 uppgår till {dec(RES_P)} mnkr, vilket är "
      f"{dec(RES_B - RES_P)} mnkr lägre än det budgeterade resultatet på {dec(RES_B)} mnkr. Resultatet "
      f"motsvarar {dec(100 * RES_P / SKATT_P)} procent av skatteintäkter och generella statsbidrag, och kommunens finansiella mål "
      "om ett resultat på minst 2,0 procent nås därmed inte 2026.")
pdf.p(f"Verksamheterna redovisar sammantaget en negativ avvikelse mot budget på {grp(-avv)} tkr. "
      f"Jämfört med septemberrapporten har prognosen försämrats med {grp(avv_sep - avv)} tkr. "
      "Underskotten finns framför allt inom äldreomsorgen, individ- och familjeomsorgen och stödet till "
      "personer med funktionsnedsättning, medan skolverksamheterna och kommunledningskontoret "
      "redovisar överskott.")
pdf.p("Skatteintäkter och generella statsbidrag beräknas bli 4,3 mnkr högre än budgeterat enligt "
      "Sveriges Kommuner och Regioners prognos från oktober. Finansnettot blir 2,3 mnkr sämre än "
      "budgeterat till följd av högre räntor på nyupplåningen.")
pdf.h2("Viktiga händelser under oktober")
pdf.bullets([
    "Ett nytt avtal om köpta platser i hem för vård eller boende (HVB) har tecknats, med högre "
    "dygnskostnader från och med den 1 november.",
    "Två avdelningar på Ängsgårdens särskilda boende har öppnats efter ombyggnad.",
    "Kommunstyrelsen beslutade den 14 oktober om ett tillfälligt anställningsstopp för "
    "administrativa tjänster.",
], size=9.5)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("Driftredovisning per verksamhet")
pdf.p("Tabellen visar årsbudget, utfall till och med oktober och helårsprognos per verksamhet. "
      "Avvikelsen beräknas som budget minus prognos. Ett negativt belopp innebär att verksamheten "
      "väntas överskrida sin budget. Sista kolumnen anger avvikelsen i septemberrapporten.", size=9.5)
pdf.caption("Tabell 1. Driftredovisning per verksamhet, helårsprognos 2026 (tkr)")
rows = [b_cells(r) for r in B_DRIFT]
rows.append(("Summa verksamheter", grp(bud), grp(utf), grp(prog), grp(avv), grp(avv_sep)))
pdf.grid([({"text": "Verksamhet", "align": "LEFT"}, "Budget\n2026", "Utfall\njan–okt", "Prognos\nhelår", "Avvikelse\nokt",
           "Avvikelse\nsept")], rows, (58, 22, 22, 22, 22, 24),
         ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=5, font="Cond",
         borders="HORIZONTAL_LINES", head_fill=(240, 228, 228), bold_last=True, head_align="RIGHT",
         line_color=(150, 150, 150))
pdf.note("Avvikelse = budget minus prognos. Negativt belopp (−) innebär prognostiserat underskott.")
pdf.caption("Tabell 2. Resultatprognos 2026 (mnkr)")
rr = [
    ("Verksamheternas nettokostnad", -bud / 1000, -prog / 1000),
    ("Skatteintäkter och generella statsbidrag", SKATT_B, SKATT_P),
    ("Finansnetto", FIN_B, FIN_P),
    ("Årets resultat", RES_B, RES_P),
]
rows = [(n, dec(b), dec(p), dec(round(p - b, 1))) for n, b, p in rr]
pdf.grid([({"text": "Post", "align": "LEFT"}, "Budget 2026", "Prognos 2026", "Avvikelse")], rows, (78, 30, 30, 30),
         ("LEFT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=5, font="Cond", borders="HORIZONTAL_LINES",
         head_fill=(240, 228, 228), bold_last=True, head_align="RIGHT", line_color=(150, 150, 150))

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("Kommentarer till verksamheternas prognoser")
d = {r[0]: r for r in B_DRIFT}
ao = d["Äldreomsorg"]
pdf.h2("Äldreomsorg")
pdf.p(f"Äldreomsorgen prognostiserar ett underskott på {grp(-b_avv(ao))} tkr, en försämring med "
      f"{grp(ao[4] - b_avv(ao))} tkr sedan september. Underskottet beror främst på att antalet beviljade "
      "hemtjänsttimmar har ökat med 11 procent jämfört med samma period föregående år och på höga "
      "kostnader för sjuksköterskor från bemanningsföretag. Öppnandet av två nya avdelningar på "
      "Ängsgården har dessutom medfört dubbla personalkostnader under inflyttningsperioden.")
ifo = d["Individ- och familjeomsorg"]
pdf.h2("Individ- och familjeomsorg")
pdf.p(f"Individ- och familjeomsorgen redovisar en negativ avvikelse på {grp(-b_avv(ifo))} tkr. Antalet "
      "placerade barn och unga i HVB och familjehem är högre än budgeterat, och det nya HVB-avtalet "
      "innebär högre dygnskostnader under årets sista två månader. Försörjningsstödet ligger i stort "
      "sett i nivå med budget.")
lss = d["Stöd till personer med funktionsnedsättning"]
pdf.h2("Stöd till personer med funktionsnedsättning")
pdf.p(f"Verksamheten prognostiserar ett underskott på {grp(-b_avv(lss))} tkr, främst till följd av "
      "två nya ärenden med personlig assistans enligt LSS och ökade kostnader för köpta platser i "
      "bostad med särskild service.")
pdf.h2("Skola och förskola")
pdf.p("Förskolan visar ett underskott eftersom barnantalet under hösten blev högre än prognosen, medan "
      "grundskolan och gymnasieskolan redovisar överskott till följd av vakanta tjänster och lägre "
      "kostnader för interkommunal ersättning än beräknat.")
pdf.h2("Åtgärder för en budget i balans")
pdf.p("Kommunstyrelsen har gett samtliga nämnder i uppdrag att vidta åtgärder som minskar "
      "underskotten redan under 2026. Följande åtgärder har beslutats eller pågår:", size=9.5)
pdf.bullets([
    "anställningsstopp för administrativa tjänster till och med den 31 mars 2027,",
    "genomlysning av bemanningen inom hemtjänsten med stöd av en extern konsult,",
    "utökad egen öppenvård för barn och unga för att minska behovet av HVB-placeringar,",
    "återhållsamhet med inköp av inventarier, konsulttjänster och utbildningar.",
], size=9.5)

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("Investeringar")
ib = sum(r[1] for r in B_INV)
iu = sum(r[2] for r in B_INV)
ip = sum(r[3] for r in B_INV)
pdf.p(f"Investeringsutfallet till och med oktober uppgår till {dec(iu / 1000)} mnkr av en budget på "
      f"{dec(ib / 1000)} mnkr. Helårsprognosen är {dec(ip / 1000)} mnkr. Ombyggnaden av brandstationen "
      "blir dyrare än beräknat eftersom stommen visade sig vara i sämre skick än vad förundersökningen "
      "visade. Energieffektiviseringen av skolfastigheterna har försenats på grund av långa "
      "leveranstider för värmepumpar, och resterande medel föreslås föras över till 2027.")
pdf.caption("Tabell 3. Investeringsredovisning per projekt (tkr)")
rows = [b_inv_cells(r) for r in B_INV]
rows.append(("Summa investeringar", grp(ib), grp(iu), grp(ip), grp(ib - ip)))
pdf.grid([({"text": "Projekt", "align": "LEFT"}, "Budget\n2026", "Utfall\njan–okt", "Prognos\nhelår", "Avvikelse")], rows,
         (74, 24, 24, 24, 24), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=5, font="Cond",
         borders="HORIZONTAL_LINES", head_fill=(240, 228, 228), bold_last=True, head_align="RIGHT",
         line_color=(150, 150, 150))
pdf.h1("Förslag till beslut")
pdf.p("Kommunstyrelsen föreslås besluta", size=9.5)
pdf.bullets([
    "att godkänna månadsrapporten per oktober 2026,",
    "att uppmana socialnämnden att vid sitt sammanträde i december redovisa ytterligare åtgärder för "
    "att minska underskottet inom äldreomsorgen, samt",
    "att överlämna rapporten till kommunfullmäktige för kännedom.",
], sym="–", size=9.5)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
