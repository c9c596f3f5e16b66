"""(a) Brunnsvala kommun – budget 2026, driftbudget per nämnd och verksamhet.

Layout: portrait p. 1 with a key–value block and running text with figures; a LANDSCAPE driftbudget table
on p. 2–3 with a TWO-LEVEL heading ("Budget 2025" and "Budget 2026" each spanning Intäkter | Kostnader |
Netto, the unit tkr in the first heading cell), bold shaded group rows per nämnd, italic "Delsumma" rows and
a bold "Totalt" row; costs are negative ("−126 200"). The table breaks inside Socialnämnden and continues
on p. 3 WITHOUT a repeated heading; footnote markers ¹–⁴ in the first column and the footnotes below the
table (p. 3). Portrait p. 4 with budget assumptions. Metadata title.
"""
import datetime as dt

from common11 import HERE, Doc, Group, Row, grp, dec
from data import A_NAMNDER, A_ROWS, A_BREAK_AFTER, A_NOTES, a_netto, a_sub, a_total, a_skatt, \
    A_RESULTAT_2026, A_GEMENSAMT_2026

OUT = HERE / "brunnsvala-driftbudget-2026.pdf"
ACC = (30, 90, 60)


def z(x):
    return "–" if x == 0 else grp(x)


pdf = Doc("Brunnsvala kommun", "Budget 2026", "Sida {p}", accent=ACC, font="dejavu",
          foot="Brunnsvala kommun · Kommunfullmäktige 2025-11-24 · Dnr KS 2025/318",
          title="Budget 2026 – driftbudget per nämnd och verksamhet, Brunnsvala kommun",
          author="Brunnsvala kommun, ekonomiavdelningen",
          created=dt.datetime(2025, 12, 2, 10, 0, tzinfo=dt.timezone.utc))

tot = a_total()
d_net = tot[5] - tot[2]
pct = d_net / tot[2] * 100
sn = a_sub("Socialnämnden")

# ------------------------------------------------------------------ p. 1
pdf.add_page()
pdf.title_block("Budget 2026", "Driftbudget per nämnd och verksamhet – bilaga 2 till Mål och budget 2026")
pdf.kv([("Beslutad av", "Kommunfullmäktige 2025-11-24, § 112"),
        ("Diarienummer", "KS 2025/318"),
        ("Skattesats", "22,14 kronor per hundralapp (oförändrad)"),
        ("Invånare 1 nov 2025", "24 870")])
pdf.h1("Sammanfattning")
pdf.p(f"Nämndernas nettokostnader uppgår i budget 2026 till {grp(-tot[5])} tkr. Det är {grp(-d_net)} tkr eller "
      f"{dec(-pct if pct < 0 else pct)} procent mer än i budget 2025, då ramarna sammanlagt var {grp(-tot[2])} tkr. "
      f"Skatteintäkter och generella statsbidrag beräknas till {dec(a_skatt())} mnkr. Efter kommungemensamma "
      f"poster för pensioner, avskrivningar och finansnetto på {dec(A_GEMENSAMT_2026)} mnkr budgeteras ett "
      f"resultat på {dec(A_RESULTAT_2026)} mnkr, vilket motsvarar "
      f"{dec(A_RESULTAT_2026 / a_skatt() * 100)} procent av skatteintäkter och statsbidrag.")
pdf.p("Bilagan visar varje nämnds budget per verksamhet. För båda åren anges intäkter, kostnader och netto. "
      "Intäkter redovisas som positiva belopp och kostnader som negativa belopp; nettot är summan av de två. "
      "Kolumnen Förändring netto visar skillnaden mellan nettot 2026 och nettot 2025, där ett negativt belopp "
      "betyder att nettokostnaden ökar.")
pdf.h2("Socialnämnden får den största ramökningen")
pdf.p(f"Socialnämndens nettoram ökar med {grp(sn[2] - sn[5])} tkr. Huvudskälet är att antalet invånare som är 80 år "
      "eller äldre beräknas öka med drygt sex procent under året, samtidigt som det nya särskilda boendet "
      "Tallkotten med 24 platser tas i bruk i april 2026. Hemtjänsten kompenseras också för att antalet "
      "beviljade timmar har stigit snabbare än befolkningen. Inom funktionsstödet tillkommer driften av en ny "
      "gruppbostad. Försörjningsstödet minskar däremot, eftersom fler hushåll har gått vidare till arbete "
      "eller studier under 2025.")
pdf.h2("Övriga förändringar")
pdf.p("Barn- och utbildningsnämnden kompenseras för löne- och prisökningar men inte för volymer, eftersom "
      "antalet barn i förskoleåldern minskar. Samhällsbyggnadsnämnden får en högre ram för kollektivtrafiken "
      "när det nya avtalet om regional trafik börjar gälla. Kommunstyrelsens ram för räddningstjänsten ökar "
      "till följd av den nya deltidsstationen i Lommarby.")

# ------------------------------------------------------------------ p. 2–3 landscape table
top = [("Nämnd / verksamhet, tkr", 1, 2), ("Budget 2025", 3, 1), ("Budget 2026", 3, 1),
       ("Förändring netto", 1, 2)]
sub = ["Intäkter", "Kostnader", "Netto", "Intäkter", "Kostnader", "Netto"]
widths = [64, 26, 27, 27, 26, 27, 27, 29]
aligns = ["LEFT"] + ["RIGHT"] * 7
GF = (224, 236, 226)
part1, part2 = [], []
cur = part1
for n in A_NAMNDER:
    cur.append(Group(n))
    for r in [r for r in A_ROWS if r[0] == n]:
        n25, n26 = a_netto(r)
        cur.append([r[1], z(r[2]), grp(r[3]), grp(n25), z(r[4]), grp(r[5]), grp(n26), grp(n26 - n25)])
        if r[1] == A_BREAK_AFTER:
            cur = part2
    s = a_sub(n)
    cur.append(Row([f"Delsumma {n}"] + [grp(x) for x in s] + [grp(s[5] - s[2])], "I"))
cur.append(Row(["Totalt nämnderna"] + [grp(x) for x in tot] + [grp(tot[5] - tot[2])], "B", (235, 235, 235)))

pdf.add_page(orientation="L")
pdf.h1("Driftbudget per nämnd och verksamhet", size=12)
pdf.two_level_table(top, sub, part1, widths, aligns, size=8.6, lh=4.6, pad=1.5, group_fill=GF)
pdf.add_page(orientation="L")
pdf.two_level_table(top, sub, part2, widths, aligns, size=8.6, lh=4.6, pad=1.5, group_fill=GF, with_head=False)
pdf.ln(2)
pdf.footnotes(A_NOTES)

# ------------------------------------------------------------------ p. 4
pdf.add_page(orientation="P")
pdf.h1("Budgetförutsättningar")
pdf.bullets([
    "Ramarna är uppräknade med 3,1 procent för löner och 2,4 procent för övriga kostnader.",
    "Internräntan för kapitalkostnader är 2,5 procent, samma som i budget 2025.",
    "Intäkter från taxor och avgifter är uppräknade med 2,0 procent om inte nämnden beslutat annat.",
    "Hyror för verksamhetslokaler följer de internhyror som fastställdes i november 2025.",
])
pdf.h1("Nämndernas ansvar")
pdf.p("Nämnderna ansvarar för att verksamheten bedrivs inom tilldelad nettoram. Omfördelningar mellan "
      "verksamheter inom samma nämnd beslutas av nämnden själv, medan förändringar av en nämnds nettoram "
      "beslutas av kommunfullmäktige. Prognoser lämnas till kommunstyrelsen efter mars, april, augusti och "
      "oktober. En nämnd som prognostiserar ett underskott ska samtidigt redovisa vilka åtgärder den vidtar.")
pdf.p("Intäkterna i måltidsverksamheten är till största delen interna och motsvaras av kostnader hos de "
      "nämnder som köper måltider. De påverkar därför inte kommunens samlade nettokostnad.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
