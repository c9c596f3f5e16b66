"""(d) Jorsviks kommun – folkhälsobokslut 2026 (utveckling 2021–2025).

Layout: portrait, DejaVu Sans, margins 18 mm. P. 1: key–value block, the introduction, a counts sentence (12
indicators: 6 better / 3 worse / 3 unchanged; 4 better than riket) and the rule for the trend marks as a "–"
list. Pp. 2–3: Tabell 1, a hand-drawn ruled table whose heading has a group line "Jorsvik" over Kvinnor / Män /
Totalt, followed by Länet / Riket / Trend / Tolkning. Every area starts with a DARK COLOURED BAND ("1
Levnadsvanor"); every indicator is a block of THREE YEAR ROWS (2021 / 2023 / 2025, dotted lines between them) in
which the INDICATOR NAME, the TREND MARK (↑ ↓ →, green = better, red = worse, grey = unchanged) and a short
INTERPRETATION IN ITALICS are MERGED VERTICALLY over the year rows; ".." where there is no split by sex. The
table breaks between blocks and continues on p. 3 under "Tabell 1 … (forts.)" with the heading repeated. Below
the table on p. 3: conclusions and four priorities as a numbered list. No metadata title.
"""
import datetime as dt

from common20 import HERE, Doc, dec
from data import D_AREAS, D_YEARS, D_TREND_LIMIT, d_trend, d_verdict, d_counts, d_indicators, d_better_than_riket

OUT = HERE / "jorsvik-folkhalsobokslut-2026.pdf"
ACC = (40, 95, 105)
pdf = Doc("Jorsviks kommun", "Folkhälsobokslut 2026", "Sida {p}", font="dejavu", accent=ACC,
          foot="Jorsviks kommun · Folkhälsorådet · Dnr KS 2026/208",
          created=dt.datetime(2026, 9, 14, 8, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(18, 25, 18)
better, worse, same = d_counts()
n = len(d_indicators())
n_riket = sum(1 for _, i in d_indicators() if d_better_than_riket(i))
WORD = {4: "fyra", 3: "tre", 6: "sex", 12: "tolv"}

pdf.add_page()
pdf.title_block("Folkhälsobokslut 2026", "Hälsan och livsvillkoren i Jorsvik 2021–2025", size=20)
pdf.kv([("Beslutat av", "Kommunstyrelsen 2026-10-06, § 142"), ("Diarienummer", "KS 2026/208"),
        ("Framtaget av", "Folkhälsorådet och kommunens folkhälsostrateg"),
        ("Källor", "Nationella folkhälsoenkäten (2021, 2023, 2025), Skolverket, SCB och Försäkringskassan")], lw=36)
pdf.h1("Om folkhälsobokslutet")
pdf.p("Folkhälsobokslutet följer upp kommunens folkhälsoprogram. Det visar hur tolv indikatorer inom fyra "
      "områden har utvecklats i Jorsvik jämfört med länet och riket. Värdena för Jorsvik redovisas för kvinnor, "
      "män och totalt; för länet och riket redovisas bara totalen.", size=9.8)
pdf.p(f"Av de {n} indikatorerna har {better} förbättrats, {worse} försämrats och {same} är i stort sett "
      f"oförändrade mellan 2021 och 2025. Jorsvik ligger bättre till än riket för {WORD[n_riket]} av de {WORD[n]} "
      "indikatorerna 2025. Försämringarna gäller fetma och två av indikatorerna för psykisk hälsa.", size=9.8)
pdf.h2("Så läser du trendpilarna")
pdf.bullets([f"↑ – värdet för Jorsvik totalt har ökat med minst {dec(D_TREND_LIMIT)} enhet mellan 2021 och 2025.",
             f"↓ – värdet har minskat med minst {dec(D_TREND_LIMIT)} enhet.",
             f"→ – förändringen är mindre än {dec(D_TREND_LIMIT)} enhet.",
             "Grön pil betyder en utveckling åt rätt håll, röd pil en utveckling åt fel håll. En pil uppåt kan "
             "alltså vara grön, som för fysisk aktivitet, eller röd, som för fetma."], sym="–", size=9.4, lh=4.6)
pdf.p("Enheten är procentenheter för andelar och dagar för ohälsotalet. Skillnader mellan åren för enskilda "
      "grupper bygger på urval och ska tolkas med försiktighet.", size=9.2, style="I")

COL = {"förbättrad": (30, 135, 60), "försämrad": (195, 40, 40), "oförändrad": (120, 120, 120)}


def v(x):
    return ".." if x is None else dec(x)


areas = []
for title, inds in D_AREAS:
    blocks = []
    for ind in inds:
        rows = [[str(y)] + [v(x) for x in ind[2][y]] for y in D_YEARS]
        blocks.append(dict(name=ind[0], rows=rows, trend=(d_trend(ind), COL[d_verdict(ind)]), tolk=ind[3]))
    areas.append((title, blocks))
pdf.add_page()
pdf.h1("Indikatorerna område för område")
pdf.p("Tabellen redovisar de tre senaste mätåren. Trendpilen och tolkningen gäller hela perioden 2021–2025 och "
      "avser Jorsvik totalt. Jämförelsen med länet och riket görs på totalen för respektive år.", size=9.6)
pdf.health_table([("Indikator", 38, "LEFT"), ("År", 10, "CENTER"), ("Kvinnor", 16, "RIGHT", "Jorsvik"),
                  ("Män", 12, "RIGHT", "Jorsvik"), ("Totalt", 14, "RIGHT", "Jorsvik"), ("Länet", 13, "RIGHT"),
                  ("Riket", 13, "RIGHT"), ("Trend", 13, "CENTER"), ("Tolkning", 45, "LEFT")], areas,
                 caption="Tabell 1. Folkhälsoindikatorer för Jorsvik, länet och riket 2021–2025", band_fill=ACC,
                 size=8.4, lh=4.3, tolk_size=7.7)
pdf.set_font("Sans", "I", 7.6)
pdf.multi_cell(0, 3.7, ".. = uppgift per kön saknas. Andelar avser befolkningen 16–84 år om inget annat anges; "
                       "skolindikatorerna avser läsåret som slutar det angivna året.", new_x="LMARGIN", new_y="NEXT")

pdf.ln(4)
pdf.h1("Slutsatser")
pdf.p("Utvecklingen går åt rätt håll för levnadsvanor som rökning och fysisk aktivitet, för skolresultaten och "
      "för arbetslösheten. Samtidigt ökar skillnaderna mellan kvinnor och män när det gäller psykisk hälsa, och "
      "flickornas självskattade hälsa i årskurs 9 fortsätter att försämras.", size=9.8)
pdf.h2("Prioriteringar för 2027")
pdf.numbered(["Stärka elevhälsans förebyggande arbete med fokus på flickor i högstadiet.",
              "Utveckla mötesplatser för unga vuxna för att minska ensamheten.",
              "Införa hälsosamtal på vårdcentralerna för personer med fetma och riskabla alkoholvanor.",
              "Fortsätta arbetet med tidiga insatser i förskola och skola."], size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
