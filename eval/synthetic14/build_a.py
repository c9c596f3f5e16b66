"""(a) Arnöhult kommun – delårsrapport januari–augusti 2026.

Layout: summary text where every sentence has 2–3 figures (period result vs last year, forecast vs budget,
nämnd deviation vs tax deviation, growth of costs vs taxes), a ruled "Resultat i sammandrag" table with the
columns Utfall jan–aug 2025 / Utfall jan–aug 2026 / Budget 2026 / Prognos 2026 and a "•" list of events
(p. 1); ONE SMALL TABLE PER NÄMND (Verksamhet / Budget 2026 / Utfall jan–aug / Prognos helår / Avvikelse mot
budget, signed deviations "+2,4" / "−8,9", horizontal rules only, bold Summa row), each after a comment
paragraph full of figures, running over p. 2–3; an investment table with a full grid and a Summa row, and a
forecast balance requirement (p. 4). Justified Liberation Sans. Metadata title set.
"""
import datetime as dt

from common14 import HERE, Doc, Row, dec
from data import (A_NAMNDER, a_avv, a_nsum, a_sammandrag, a_growth, a_nsum_avv, A_SKATT_AVV, A_FIN, A_GEM,
                  A_INV, a_inv_avv, A_HANDELSER, a_sum)

OUT = HERE / "arnohult-delarsrapport-jan-aug-2026.pdf"
ACC = (20, 70, 120)

pdf = Doc("Arnöhults kommun", "Delårsrapport januari–augusti 2026", "Sida {p} av 4", font="liberation",
          justify=True, accent=ACC, foot="Arnöhults kommun · Kommunstyrelsen · Dnr KS 2026/412",
          title="Arnöhults kommun – Delårsrapport januari–augusti 2026", author="Ekonomiavdelningen",
          created=dt.datetime(2026, 9, 24, 10, 0, tzinfo=dt.timezone.utc))
S = a_sammandrag()
res = S[-1]
netg, taxg = a_growth()
navv = a_nsum_avv()
fin_avv = A_FIN[2] - A_FIN[0]
gem_avv = A_GEM[0] - A_GEM[2]

pdf.add_page()
pdf.title_block("Delårsrapport januari–augusti 2026", "Kommunstyrelsens förslag till kommunfullmäktige, "
                "behandlad i kommunstyrelsen 2026-09-29", size=19)
pdf.h1("Sammanfattning")
pdf.p(f"Kommunens resultat för perioden januari–augusti uppgick till {dec(res[2])} mnkr, jämfört med "
      f"{dec(res[1])} mnkr för motsvarande period 2025. Prognosen för helåret är ett resultat på {dec(res[4])} mnkr, "
      f"vilket är {dec(res[3] - res[4])} mnkr lägre än budgeterade {dec(res[3])} mnkr.")
pdf.p(f"Nämnderna prognostiserar tillsammans en negativ avvikelse mot budget på {dec(-navv)} mnkr. Skatteintäkter "
      f"och generella statsbidrag beräknas samtidigt bli {dec(A_SKATT_AVV)} mnkr högre än budget och finansnettot "
      f"{dec(fin_avv)} mnkr bättre, medan de gemensamma kostnaderna för pensioner och lönereserv överskrids "
      f"med {dec(-gem_avv)} mnkr.")
pdf.p(f"Verksamhetens nettokostnader har ökat med {dec(netg)} procent jämfört med samma period 2025, medan "
      f"skatteintäkter och statsbidrag har ökat med {dec(taxg)} procent. Kostnaderna växer alltså snabbare än "
      f"intäkterna. Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och generella "
      f"statsbidrag nås inte; prognosen motsvarar {dec(100 * res[4] / S[1][4])} procent.")
pdf.h2("Resultat i sammandrag, mnkr")
rows = []
for name, *vals in S:
    cells = [name] + [dec(v) for v in vals]
    rows.append(Row(cells, emphasis="B") if name.startswith("Period") else cells)
pdf.ruled_table(["", "Utfall jan–aug 2025", "Utfall jan–aug 2026", "Budget 2026", "Prognos 2026"], rows,
                [62, 26, 26, 26, 26], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.5,
                head_fill=(220, 232, 244))
pdf.h2("Väsentliga händelser januari–augusti")
pdf.bullets(A_HANDELSER, size=9.6, lh=4.7)

TEXT = {
    "Kommunstyrelsen":
        "Kommunstyrelsen prognostiserar en avvikelse på {avv} mnkr. IT och digitalisering överskrider budgeten "
        "med 1,7 mnkr på grund av högre licenskostnader för det nya ärendehanteringssystemet, medan "
        "kommunledningen visar överskott eftersom två tjänster har stått vakanta under våren.",
    "Barn- och utbildningsnämnden":
        "Barn- och utbildningsnämnden prognostiserar ett underskott på {neg} mnkr. Grundskolan står för 8,9 mnkr, "
        "främst till följd av fler elever i behov av särskilt stöd och det nya skolskjutsavtalet. Gymnasieskolans "
        "underskott på 5,2 mnkr beror på att fler ungdomar valt program i andra kommuner. Förskolan redovisar ett "
        "överskott på 2,4 mnkr när barnantalet har minskat.",
    "Socialnämnden":
        "Socialnämnden har det största underskottet av nämnderna, {neg} mnkr. Inom individ- och familjeomsorgen "
        "beräknas kostnaderna överstiga budget med 10,3 mnkr. Orsaken är främst fler placeringar av barn och "
        "unga på HVB-hem och i konsulentstödda familjehem: i augusti var 34 barn placerade mot 26 vid "
        "årsskiftet. Nämnden har infört veckovis uppföljning av alla placeringar och bygger upp en egen "
        "öppenvårdsinsats för att fler ungdomar ska kunna flytta hem. Äldreomsorgens underskott på 5,3 mnkr "
        "förklaras av ökad hemtjänsttid, och funktionsstödet har fått två nya ärenden med omfattande behov.",
    "Samhällsbyggnadsnämnden":
        "Samhällsbyggnadsnämndens prognos är {neg} mnkr sämre än budget. Vinterväghållningen i januari och "
        "februari kostade 2,1 mnkr mer än budgeterat, medan intäkterna för bygglov blev högre än väntat.",
    "Kultur- och fritidsnämnden":
        "Kultur- och fritidsnämnden prognostiserar en avvikelse på {avv} mnkr, främst på grund av högre "
        "energikostnader i ishallen. Bidragen till föreningarna betalas ut enligt budget.",
}

pdf.add_page()
pdf.h1("Nämndernas ekonomi")
pdf.p("Tabellerna visar nettokostnader i mnkr. Avvikelse är budget minus prognos; ett negativt tal betyder att "
      "nämnden beräknas överskrida sin budget.", size=9.4, lh=4.6)
for name, vrows in A_NAMNDER:
    b, u, p = a_nsum(name)
    avv = round(b - p, 1)
    pdf.h2(name)
    pdf.p(TEXT[name].format(avv=dec(avv, plus=True), neg=dec(-avv)), size=9.4, lh=4.6)
    t = [[r[0], dec(r[1]), dec(r[2]), dec(r[3]), dec(a_avv(r), plus=True)] for r in vrows]
    t.append(Row(["Summa", dec(b), dec(u), dec(p),
                  dec(avv, plus=True)], emphasis="B"))
    pdf.ruled_table(["Verksamhet", "Budget 2026", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget"], t,
                    [66, 25, 25, 25, 25], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.4,
                    borders="HORIZONTAL_LINES", head_fill=(255, 255, 255), head_color=ACC)

pdf.add_page()
pdf.h1("Investeringar")
ib, iu, ip = a_sum(A_INV)
pdf.p(f"Investeringsbudgeten för 2026 uppgår till {dec(ib)} mnkr. Till och med augusti har {dec(iu)} mnkr "
      f"använts, och helårsprognosen är {dec(ip)} mnkr. Den största avvikelsen gäller renoveringen av "
      "Lövåsskolan, där etapp 2 har skjutits fram ett halvår eftersom evakueringslokalerna inte blev klara i tid.")
t = [[r[0], dec(r[1]), dec(r[2]), dec(r[3]), dec(a_inv_avv(r), plus=True)] for r in A_INV]
t.append(Row(["Summa investeringar", dec(ib), dec(iu), dec(ip), dec(round(ib - ip, 1), plus=True)], emphasis="B"))
pdf.ruled_table(["Projekt", "Budget 2026", "Utfall jan–aug", "Prognos 2026", "Avvikelse"], t,
                [70, 24, 24, 24, 24], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.5, lh=4.4,
                head_fill=(220, 232, 244))
pdf.h1("Balanskravsutredning, prognos 2026")
pdf.ruled_table(["Mnkr", "Prognos 2026"],
                [["Årets resultat enligt prognos", dec(res[4])],
                 ["Avgår realisationsvinster vid försäljning av tomtmark", dec(-1.2)],
                 Row(["Balanskravsresultat", dec(round(res[4] - 1.2, 1))], emphasis="B")],
                [110, 30], ["LEFT", "RIGHT"], size=8.8, lh=4.6, borders="HORIZONTAL_LINES",
                head_fill=(220, 232, 244))
pdf.p("Balanskravet bedöms uppfyllas även om marginalen är liten. Kommunstyrelsen föreslår att nämnderna med "
      "underskott redovisar ytterligare åtgärder till kommunstyrelsen i oktober.", size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
