"""(e) Pålsmarks kommun – årsredovisning 2025, avsnittet Femårsöversikt och jämförelser.

Layout: serif text with figures and a "•" list of financial goals (p. 1); a FIVE-YEAR KEY-FIGURE TABLE 2021–2025 with a CHANGE COLUMN
"Förändring 2024–2025" whose unit varies by row ("+46", "+0,25 kr", "+3,9 %", "+8,8 mnkr", "−0,6 p.e."),
drawn WITHOUT ANY LINES between rows or columns: alternating shaded rows, coloured bold section rows and a
heavy rule under the two-line heading, running from p. 1 to p. 2 with the heading repeated; a ruled
COMPARISON TABLE 2025 Mått / Pålsmark / Liknande kommuner / Riket / Placering (av 290) / Kvartil where the
quartile is a coloured cell ("Bästa 25 %", "Mellersta 50 %", "Sämsta 25 %") (p. 2); comments on the
development in running text (p. 3). Liberation Serif body. Metadata title set.
"""
import datetime as dt

from common14 import HERE, Doc, Group, Cell, dec
from data import e_rows, E_RES, E_SKATT, E_JMF, e_kvartil, E_NETINV, E_LAN

OUT = HERE / "palsmark-arsredovisning-2025-femarsoversikt.pdf"
ACC = (150, 80, 20)
KV = {"Bästa 25 %": (198, 232, 196), "Mellersta 50 %": (250, 236, 170), "Sämsta 25 %": (242, 190, 176)}

pdf = Doc("Pålsmarks kommun", "Årsredovisning 2025", "{p} (3)", font="liberation", serif=True, justify=True,
          accent=ACC, foot="Pålsmarks kommun · Årsredovisning 2025 · Femårsöversikt och jämförelser",
          title="Pålsmarks kommun – Årsredovisning 2025: Femårsöversikt och jämförelser",
          author="Ekonomienheten", created=dt.datetime(2026, 4, 8, 7, 45, tzinfo=dt.timezone.utc))
rows = e_rows()
resp = [100 * r / s for r, s in zip(E_RES, E_SKATT)]

pdf.add_page()
pdf.title_block("Femårsöversikt och jämförelser", "Årsredovisning 2025 för Pålsmarks kommun, avsnitt 3", size=19)
pdf.p(f"Årets resultat blev {dec(E_RES[4])} mnkr, vilket motsvarar {dec(resp[4])} procent av skatteintäkter och "
      f"generella statsbidrag. Det är {dec(E_RES[4] - E_RES[3])} mnkr bättre än 2024 men lägre än 2021, då "
      f"resultatet var {dec(E_RES[0])} mnkr. Nettoinvesteringarna minskade till {dec(E_NETINV[4])} mnkr och "
      f"låneskulden till {dec(E_LAN[4])} mnkr.", size=10, lh=5)
pdf.p("Tabellen nedan visar kommunens utveckling under de senaste fem åren. Kolumnen längst till höger anger "
      "förändringen mellan 2024 och 2025: i antal, i kronor eller miljoner kronor, i procent eller, för "
      "nyckeltal som själva är andelar, i procentenheter (p.e.).", size=10, lh=5)
pdf.h2("Finansiella mål för god ekonomisk hushållning")
pdf.bullets([f"Resultatet ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag. Utfall 2025: "
             f"{dec(resp[4])} procent. Målet är uppfyllt.",
             "Investeringarna ska till minst 80 procent finansieras med egna medel. Utfall 2025: 86 procent. "
             "Målet är uppfyllt.",
             "Soliditeten inklusive samtliga pensionsförpliktelser ska förbättras varje år. Utfall 2025: en "
             "förbättring med 1,6 procentenheter. Målet är uppfyllt.",
             "Låneskulden ska inte öka under perioden 2025–2027. Utfall 2025: minskning med 10,0 mnkr. Målet är "
             "uppfyllt."], size=9.8, lh=4.9)
pdf.p("Uppgifterna för 2021–2024 är hämtade ur respektive årsredovisning. Nyckeltalen för soliditet har räknats om "
      "för 2021 och 2022 efter en rättelse av pensionsskulden i årsredovisningen för 2023.", size=10, lh=5)
pdf.h1("Femårsöversikt")
t = []
last = None
for g, label, vals, chg, _ in rows:
    if g != last:
        t.append(Group(g))
        last = g
    t.append([label] + vals + [chg])
pdf.zebra_table(["Nyckeltal", "2021", "2022", "2023", "2024", "2025", "Förändring 2024–2025"], t,
                [62, 16, 16, 16, 16, 16, 24], ["L", "R", "R", "R", "R", "R", "R"], size=8.4, lh=6.6, font="Cond",
                group_color=ACC, stripe=(246, 238, 228))
pdf.p("Skatteintäkter och generella statsbidrag samt nettoinvesteringar anges i löpande priser. "
      "Låneskulden avser kommunens lån hos kreditinstitut.", size=8.8, lh=4.4, style="I")

pdf.h1("Jämförelse med andra kommuner 2025")
pdf.p("Jämförelsen bygger på uppgifter i Kolada. Liknande kommuner är de sju kommuner som enligt Rådet för "
      "främjande av kommunala analyser har likartade strukturella förutsättningar. Placeringen anger var "
      "Pålsmark hamnar bland landets 290 kommuner, där plats 1 är bäst, oavsett om ett högt eller lågt värde "
      "är bäst för måttet.", size=9.8, lh=4.9)
t = [[m, p, l, r, str(rank), Cell(e_kvartil(rank), fill=KV[e_kvartil(rank)])] for m, p, l, r, rank, _ in E_JMF]
pdf.ruled_table(["Mått", "Pålsmark", "Liknande kommuner", "Riket", "Placering (av 290)", "Kvartil"], t,
                [58, 20, 22, 20, 20, 26], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER", "CENTER"],
                size=8.4, lh=4.3, head_fill=(242, 226, 206))
pdf.p("Kvartilen visar om kommunen tillhör den fjärdedel av kommunerna som har bäst respektive sämst värde eller "
      "den mellersta hälften.", size=8.8, lh=4.4, style="I")

pdf.add_page()
pdf.h1("Kommentarer till utvecklingen")
pdf.h2("Underskottet 2023")
pdf.p("År 2023 redovisade kommunen ett negativt resultat. Underskottet berodde på en kraftig ökning av "
      "pensionskostnaderna när prisbasbeloppet räknades upp, på höga räntekostnader efter att låneskulden ökat "
      "för att finansiera det nya vattenverket, och på att kostnaderna för placeringar av barn och unga blev "
      "betydligt högre än budgeterat. Balanskravsunderskottet återställdes under 2024 och 2025.", size=10, lh=5)
pdf.h2("Investeringar och lån")
pdf.p("Investeringstakten var som högst 2023, när vattenverket och den nya högstadieskolan byggdes. Sedan dess har "
      "självfinansieringsgraden stigit, och under 2025 kunde kommunen amortera på låneskulden för första gången "
      "på fem år.", size=10, lh=5)
pdf.h2("Verksamheten i jämförelse")
pdf.p("Kommunens kostnader ligger över både liknande kommuner och riket, främst inom grundskolan och "
      "äldreomsorgen. Väntetiden till särskilt boende är bland de längsta i landet, vilket hänger samman med att "
      "ett boende med 32 platser stängdes för renovering under 2025. Inom bygglov och behörighet till "
      "gymnasieskolan hör kommunen däremot till de bästa.", size=10, lh=5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
