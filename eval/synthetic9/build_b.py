"""(b) Kvistbergs kommun – investeringsbudget 2026 med plan för 2027–2029 (bilaga till Mål och budget).

Layout: p. 1 is a TWO-COLUMN page of running text set by hand with a thin rule between the columns; the right
column holds a "•" bulleted list (the investment priorities) whose items wrap inside the narrow column.
Pages 2–3: one table with TWO heading rows ("Plan" spanning 2027 / 2028 / 2029) and horizontal rules only,
projects grouped under SHADED SUBHEADINGS per nämnd, a bold "Summa …" row after each group, income as
negative amounts with "−", "–" for no money that year, footnote marks "¹ ² ³" after some project names, a
bold total row; the table continues from p. 2 to p. 3 with both heading rows repeated, and the footnotes
stand at the foot of p. 3. P. 4: comments on the larger projects. No metadata title.
"""
import datetime as dt

from common9 import HERE, Doc, Group, Row, grp, dec
from data import B_GRUPPER, B_PRIO, b_rows, b_sum, b_total

OUT = HERE / "kvistberg-investeringsbudget-2026-2029.pdf"
ACC = (120, 50, 30)

tot = b_total()
va = [r for g, _, rows in B_GRUPPER if g.endswith("vatten och avlopp") for r in rows]
va_sum = b_sum(va)
period = sum(tot[1:5])
va_period = sum(va_sum[1:5])


def amt(v):
    return "–" if v == 0 else grp(v)


pdf = Doc("Kvistbergs kommun", "Mål och budget 2026", "Bilaga 3 · {p}", font="dejavu", serif=True,
          foot="Kvistbergs kommun · Investeringsbudget 2026 med plan för 2027–2029", accent=ACC,
          created=dt.datetime(2025, 11, 27, 14, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Investeringsbudget 2026 med plan för 2027–2029",
                "Kvistbergs kommun · Bilaga 3 till Mål och budget 2026", size=19)
pdf.kv([("Antagen", "Kommunfullmäktige 2025-11-24, § 118"), ("Diarienummer", "KS 2025/402")], lw=34, size=9)
pdf.ln(2)
left = [
    ("h", "Investeringsnivån"),
    ("p", f"Kommunens nettoinvesteringar uppgår till {dec(tot[1] / 1000)} mnkr 2026, vilket är 23,5 mnkr mer "
          f"än i budgeten för 2025. För hela perioden 2026–2029 beräknas investeringarna till "
          f"{dec(period / 1000)} mnkr, varav {dec(va_period / 1000)} mnkr avser vatten och avlopp och "
          f"finansieras med avgifter."),
    ("p", "Självfinansieringsgraden, det vill säga hur stor del av investeringarna som kan betalas med årets "
          "resultat och avskrivningar, beräknas till 46 procent 2026. Fullmäktiges mål är minst 70 procent "
          "över en fyraårsperiod. Låneskulden väntas därför öka från 1 140 mnkr vid utgången av 2025 till "
          "1 510 mnkr vid utgången av 2029."),
    ("h", "Förändringar mot föregående plan"),
    ("p", "Den nya förskolan i Lönnbacken tidigareläggs ett år eftersom barnantalet i tätortens norra delar "
          "har ökat snabbare än befolkningsprognosen visade. Sporthallen vid Svanbergsskolan skjuts i stället "
          "fram ett år, och byggstarten beräknas nu till hösten 2027."),
    ("p", "Överföringsledningen mellan Lillskär och Kvistberg har fått en högre kalkyl efter "
          "projekteringen, främst på grund av att ledningen måste dras under Lillån på en längre sträcka än "
          "planerat."),
]
right = [
    ("h", "Prioriteringsgrunder"),
    ("p", "Kommunfullmäktige har fastställt följande grunder för hur investeringarna prioriteras när "
          "utrymmet inte räcker till alla behov:"),
    ("b", B_PRIO),
    ("h", "Driftkonsekvenser"),
    ("p", "Kapitalkostnaderna för de nya investeringarna, det vill säga avskrivningar och internränta, "
          "beräknas öka nämndernas kostnader med 9,6 mnkr 2027 och med 21,3 mnkr 2029. Nämnderna får "
          "kompensation för kapitalkostnaderna i ramarna, men inte för ökade kostnader för personal och "
          "lokalvård i nya lokaler."),
]
pdf.two_col_page(left, right, size=9.4, lh=4.6)

# ------------------------------------------------------------ table pages 2–3
pdf.add_page()
pdf.h1("Investeringar per nämnd och projekt")
pdf.p("Belopp i tusentals kronor (tkr). Total utgift avser projektets hela beräknade utgift, även belopp som "
      "har använts före 2026. Inkomster redovisas som negativa belopp. Planåren 2027–2029 är preliminära och "
      "prövas på nytt i varje års budget. Ett streck betyder att inga medel har avsatts det året.", size=9.2,
      lh=4.6)
pdf.p("Projekten är ordnade efter ansvarig nämnd. Investeringar inom vatten och avlopp redovisas separat "
      "eftersom de finansieras med brukningsavgifter och inte med skattemedel. Exploateringsprojekt redovisas "
      "netto efter inkomster från tomtförsäljning.", size=9.2, lh=4.6)
rows = []
for g, summa, prj in B_GRUPPER:
    rows.append(Group(g))
    for name, total, *years in prj:
        rows.append([name, grp(total)] + [amt(v) for v in years])
    s = b_sum(prj)
    rows.append(Row([summa, grp(s[0])] + [amt(v) for v in s[1:]], emphasis="B"))
rows.append(Row(["Totalt, nettoinvesteringar", grp(tot[0])] + [grp(v) for v in tot[1:]], emphasis="B",
                fill=(235, 225, 215)))
pdf.table2([("Projekt", 1), ("Total\nutgift", 1), ("Budget\n2026", 1), ("Plan", 3)], ["2027", "2028", "2029"],
           rows, (66, 20, 19, 19, 19, 19), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.6,
           lh=4.3, font="Sans", borders="HORIZONTAL_LINES", head_fill=(235, 225, 215), group_fill=(245, 238, 230))
pdf.footnotes([
    "¹ Kalkylen förutsätter statligt stöd för trygg dricksvattenförsörjning. Stödet har sökts med 14 500 tkr och "
    "är inte avräknat i tabellen.",
    "² Projektet prövas på nytt i kommunfullmäktige när anbuden har kommit in. Hyran för verksamheten beräknas "
    "till 2 150 kronor per kvadratmeter och år.",
    "³ Kalkylen bygger på prisnivån i oktober 2025. Indexuppräkning med 3,5 procent per år tillkommer.",
])

# ------------------------------------------------------------ p. 4
pdf.add_page()
pdf.h1("Kommentarer till de större projekten")
pdf.h2("Nytt vattenverk vid Tjädermossen")
pdf.p("Det nuvarande vattenverket i Kvistberg byggdes 1968 och har nått sin tekniska livslängd. Vid "
      "Livsmedelsverkets senaste inspektion konstaterades att verket saknar en andra mikrobiologisk barriär, "
      "och kommunen har förelagts att åtgärda bristen. Samtidigt räcker kapaciteten inte för de nya "
      "bostadsområden som planeras. Ett nytt verk vid Tjädermossen kan ta emot grundvatten från två "
      "vattentäkter och ger därmed en säkrare försörjning. Byggstart planeras till våren 2026.")
pdf.h2("Nytt särskilt boende Kastanjen")
pdf.p("Antalet invånare över 80 år väntas öka med nästan 40 procent fram till 2035. Kastanjen ska ersätta två "
      "äldre boenden som inte uppfyller dagens krav på tillgänglighet och brandskydd. Boendet planeras för "
      "80 platser fördelade på tio avdelningar.")
pdf.h2("Ny brandstation i Kvistberg")
pdf.p("Den nuvarande brandstationen har omklädningsrum som inte medger en separering av rena och smutsiga "
      "utrustningar, vilket Arbetsmiljöverket har påtalat. Den nya stationen placeras vid den nya "
      "trafikplatsen vid väg 74 så att insatstiderna till Lillskär kortas.")
pdf.h2("Ny förskola Lönnbacken")
pdf.p("Förskolan byggs med sex avdelningar för sammanlagt 108 barn. Den ersätter två tillfälliga paviljonger "
      "vars bygglov löper ut i juni 2027.")
pdf.h1("Behov som inte ryms i planen")
pdf.bullets(["Ombyggnad av kommunhusets entré och reception.",
             "Ny återvinningscentral i Lillskär.",
             "Tillbyggnad av kulturskolan med två ensemblerum."], size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages", tot, period, va_period)
