"""(a) Falkmyra kommun – årsredovisning 2025, räkenskaper i sammandrag (resultaträkning, balanskrav, noter).

Layout: serif text (Liberation), an economic overview with several figures per sentence and a "•" list of
important events (p. 1); a RESULTATRÄKNING with a Not column and TWO heading rows – "Kommunen" spanning
"Utfall 2024 | Utfall 2025 | Budget 2025" and "Koncernen" spanning "Utfall 2024 | Utfall 2025" –, bold
result rows, costs as negative numbers "−1 781,3", footnotes under the table and a balanskravsutredning
(p. 2); NOTES "Not 2", "Not 3" … each a small table 2024 / 2025 with a bold Summa row that equals the
income-statement line (p. 3–4). Metadata title set.
"""
import datetime as dt

from common12 import HERE, Doc, Row, dec
from data import a_rr, a_result, a_balans, A_NOT2, A_NOT3, A_NOT5, A_NOT6, A_HANDELSER

OUT = HERE / "falkmyra-arsredovisning-2025-rakenskaper.pdf"
ACC = (118, 40, 40)


def v(x):
    return "–" if x == 0 else dec(x, 1)


pdf = Doc("Falkmyra kommun", "Årsredovisning 2025", "Sida {p}", font="liberation", serif=True, justify=True,
          accent=ACC, foot="Falkmyra kommun · Årsredovisning 2025 · Räkenskaper",
          title="Falkmyra kommun – Årsredovisning 2025, räkenskaper i sammandrag", author="Ekonomiavdelningen",
          created=dt.datetime(2026, 4, 2, 8, 30, tzinfo=dt.timezone.utc))
res = a_result()
rr = {r[0]: r for r in a_rr()}
bal = dict(a_balans())

pdf.add_page()
pdf.title_block("Årsredovisning 2025", "Räkenskaper i sammandrag – resultaträkning, balanskravsutredning och noter",
                size=20)
pdf.h1("Ekonomisk översikt")
pdf.p(f"Årets resultat för kommunen blev {dec(res[1])} mnkr, vilket är {dec(res[1] - res[2])} mnkr bättre än "
      f"budgeterade {dec(res[2])} mnkr och {dec(res[1] - res[0])} mnkr högre än resultatet {dec(res[0])} mnkr året "
      f"före. Koncernens resultat uppgick till {dec(res[4])} mnkr, jämfört med {dec(res[3])} mnkr 2024.")
pdf.p("Det positiva utfallet beror främst på att skatteintäkterna blev högre än beräknat, sedan "
      "slutavräkningen för 2024 förbättrats med 12,0 mnkr, och på att kommunen fick en försäkringsersättning "
      "efter branden i Sörgårdens förskola. Samtidigt gick socialnämnden med underskott, främst inom "
      "placeringar av barn och unga och inom hemtjänsten, medan barn- och utbildningsnämnden höll sin ram.")
netto = rr["Verksamhetens nettokostnader"][2]
pdf.p(f"Verksamhetens nettokostnader ökade med {dec((netto[1] / netto[0] - 1) * 100)} procent, medan skatteintäkter "
      f"och generella statsbidrag tillsammans ökade med "
      f"{dec(((1196.3 + 348.2) / (1141.8 + 329.6) - 1) * 100)} procent. Nettoinvesteringarna uppgick till "
      "142,7 mnkr, varav 61,3 mnkr avsåg vårdboendet Tjäderbacken. Soliditeten inklusive hela "
      "pensionsåtagandet förbättrades från 18,2 till 20,6 procent.")
pdf.h2("Väsentliga händelser under året")
pdf.bullets(A_HANDELSER, size=10)

pdf.add_page()
pdf.h1("Resultaträkning")
head = [[("Mnkr", 1, 2), ("Not", 1, 2), ("Kommunen", 3, 1), ("Koncernen", 2, 1)],
        ["Utfall 2024", "Utfall 2025", "Budget 2025", "Utfall 2024", "Utfall 2025"]]
rows = []
for name, note, vals, is_sum in a_rr():
    cells = [name, note, *(v(x) for x in vals)]
    rows.append(Row(cells, emphasis="B") if is_sum else cells)
pdf.head2_table(head, rows, [58, 10, 20.5, 20.5, 20.5, 18, 18],
                ["LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.6,
                borders="HORIZONTAL_LINES", head_fill=(240, 226, 222), font="Sans")
pdf.footnotes(["Koncernen omfattar kommunen och de helägda bolagen Falkmyrahem AB och Falkmyra Energi AB. "
               "Interna poster mellan kommunen och bolagen är eliminerade.",
               "Budget 2025 avser kommunfullmäktiges budget inklusive beslutade tilläggsanslag.",
               "Negativa belopp avser kostnader. Noterna finns på sidorna 3–4."])
pdf.h1("Balanskravsutredning")
pdf.ruled_table(["Mnkr", "2024", "2025"],
                [[k, v(a), v(b)] if k != "Balanskravsresultat" else Row([k, v(a), v(b)], emphasis="B")
                 for k, (a, b) in a_balans()],
                [100, 22, 22], ["LEFT", "RIGHT", "RIGHT"], size=9, lh=4.8, borders="HORIZONTAL_LINES",
                head_fill=(240, 226, 222))
pdf.p("Balanskravet är uppfyllt. Kommunen har inga ej återställda underskott från tidigare år. Av årets resultat "
      "reserveras en del till resultatutjämningsreserven, som därefter uppgår till 46,0 mnkr.", size=9.5, lh=4.7)


def note(nr, title, rows, total_label="Summa", intro=None):
    pdf.h2(f"Not {nr} {title}")
    if intro:
        pdf.p(intro, size=9.3, lh=4.6, after=1.5)
    t = [[k, dec(a), dec(b)] for k, (a, b) in rows]
    t.append(Row([total_label, dec(sum(r[1][0] for r in rows)), dec(sum(r[1][1] for r in rows))],
                 emphasis="B"))
    pdf.ruled_table(["Mnkr", "2024", "2025"], t, [100, 22, 22], ["LEFT", "RIGHT", "RIGHT"], size=8.8, lh=4.5,
                    borders="HORIZONTAL_LINES", head_fill=(240, 226, 222))


pdf.add_page()
pdf.h1("Noter")
pdf.h2("Not 1 Redovisningsprinciper")
pdf.p("Årsredovisningen är upprättad enligt lagen om kommunal bokföring och redovisning samt rekommendationer "
      "från Rådet för kommunal redovisning. Beloppen i noterna avser kommunen. Summorna i noterna stämmer med "
      "motsvarande rad i resultaträkningen.", size=9.3, lh=4.6)
note(2, "Verksamhetens intäkter", A_NOT2)
note(3, "Verksamhetens kostnader", A_NOT3)

pdf.add_page()
pdf.h2("Not 4 Avskrivningar")
pdf.p("Avskrivningarna uppgick till 63,7 mnkr (58,1 mnkr 2024), varav 51,2 mnkr avsåg byggnader och anläggningar "
      "och 12,5 mnkr maskiner och inventarier. Avskrivningstiderna följer komponentindelningen.", size=9.3, lh=4.6)
note(5, "Skatteintäkter", A_NOT5)
note(6, "Generella statsbidrag och utjämning", A_NOT6)
pdf.h2("Not 7 och 8 Finansiella poster")
pdf.p("De finansiella intäkterna avser främst borgensavgifter från de kommunala bolagen, 5,9 mnkr, och "
      "utdelning från Kommuninvest. De finansiella kostnaderna avser räntor på lån, 10,8 mnkr, och "
      "ränteuppräkning av pensionsskulden, 2,5 mnkr.", size=9.3, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
