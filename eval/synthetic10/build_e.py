"""(e) Ödeshärads kommun – budget 2026 och plan 2027–2028 (kommunfullmäktiges beslut).

Layout: a grid of six KEY-FIGURE BOXES (big figure above a small label) and text with figures (p. 1); a
driftbudget table per nämnd in mnkr Budget 2026 / Plan 2027 / Plan 2028 with a bold "Summa nämnder" row
(horizontal rules only) and a "from the committees to the result" table with negative numbers "−1 640,1"
(p. 2); financial goals as a numbered list and a NYCKELTAL table whose cells carry their unit ("−3,2 mnkr",
"12,5 %") for Utfall 2024 / Prognos 2025 / Budget 2026 / Plan 2027 / Plan 2028 (p. 3); an investment table
Projekt / Nämnd / 2026 / 2027 / 2028 with "–" for nothing and a Summa row (p. 4). No metadata title.
"""
import datetime as dt

from common10 import HERE, Doc, Row, dec
from data import (E_NAMND, e_summa, E_SKATT, E_AVSKR, E_FINANS, E_RESULTAT, e_pension, E_NYCKEL, E_INV,
                  e_inv_summa, E_MAL)

OUT = HERE / "odesharad-budget-2026-plan-2027-2028.pdf"
ACC = (20, 90, 50)


def m(x):
    return "–" if x == 0 else dec(x, 1)


pdf = Doc("Ödeshärads kommun", "Budget 2026, plan 2027–2028", "{p}", accent=ACC,
          foot="Antagen av kommunfullmäktige 2025-11-24, § 132",
          created=dt.datetime(2025, 12, 1, 14, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Budget 2026 och plan 2027–2028", "Ödeshärads kommun · Kommunfullmäktiges beslut", size=21)
pdf.h2("Budgeten i korthet")
s = e_summa()
pdf.key_boxes([("22,04 kr", "Skattesats per skattekrona 2026, oförändrad"),
               (f"{dec(E_RESULTAT[0])} mnkr", "Budgeterat resultat 2026"),
               (f"{dec(s[0])} mnkr", "Nämndernas nettokostnader 2026"),
               ("148,5 mnkr", "Nettoinvesteringar 2026"),
               ("26 912", "Invånare den 1 november 2025"),
               ("1,1 %", "Resultat i förhållande till skatteintäkter och statsbidrag")], ncols=3)
pdf.h1("Förutsättningar")
pdf.p(f"Skatteintäkter och generella statsbidrag beräknas till {dec(E_SKATT[0])} mnkr 2026, {dec(E_SKATT[1])} mnkr "
      f"2027 och {dec(E_SKATT[2])} mnkr 2028. Skatteunderlaget växer långsammare än under de senaste åren, "
      "samtidigt som antalet barn i förskoleåldern minskar och antalet invånare över 80 år ökar.")
pdf.p("Budgeten bygger på en oförändrad skattesats. Nämnderna kompenseras för löne- och prisökningar med "
      "2,9 procent 2026, men inte fullt ut för volymförändringar. Barn- och utbildningsnämnden och socialnämnden "
      "får dessutom riktade tillskott på 6,0 mnkr respektive 9,5 mnkr.")

pdf.add_page()
pdf.h1("Driftbudget per nämnd")
pdf.p("Tabellen visar nämndernas nettokostnadsramar i miljoner kronor. Ramarna för 2027 och 2028 är preliminära "
      "och fastställs i kommande budgetbeslut.", size=9.5, lh=4.8)
rows = [[n, dec(a), dec(b), dec(c)] for n, a, b, c in E_NAMND]
rows.append(Row(["Summa nämnder", *(dec(x) for x in s)], emphasis="B"))
pdf.ruled_table(["Nämnd, mnkr", "Budget 2026", "Plan 2027", "Plan 2028"], rows, [82, 28, 28, 28],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=9.2, lh=5, borders="HORIZONTAL_LINES",
                head_fill=(215, 235, 220))
pdf.h2("Från nämndernas kostnader till årets resultat")
pen = e_pension()
rr = [["Nämndernas nettokostnader", *(dec(-x) for x in s)],
      ["Pensioner, reserver och övriga gemensamma kostnader", *(dec(-x) for x in pen)],
      ["Avskrivningar", *(dec(-x) for x in E_AVSKR)],
      ["Skatteintäkter och generella statsbidrag", *(dec(x) for x in E_SKATT)],
      ["Finansnetto", *(dec(x) for x in E_FINANS)],
      Row(["Årets resultat", *(dec(x) for x in E_RESULTAT)], emphasis="B")]
pdf.ruled_table(["Mnkr", "Budget 2026", "Plan 2027", "Plan 2028"], rr, [82, 28, 28, 28],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=9.2, lh=5, borders="HORIZONTAL_LINES",
                head_fill=(215, 235, 220))

pdf.add_page()
pdf.h1("Finansiella mål")
pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:", after=1.5)
pdf.numbered(E_MAL, size=9.8, lh=4.9, indent=7)
pdf.p("Resultatet behöver öka under planperioden för att kommunen ska kunna finansiera de stora investeringarna i "
      "skolor och LSS-boenden med egna medel i stället för nya lån. Ett högre resultat ger också utrymme att möta "
      "de ökade pensionskostnaderna efter 2028 utan att nämndernas ramar behöver minskas.")
pdf.h1("Finansiella nyckeltal")
pdf.ruled_table(["Nyckeltal", "Utfall 2024", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"],
                [[n, *v] for n, v in E_NYCKEL], [56, 22, 22, 22, 22, 22],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.4,
                head_fill=(215, 235, 220))
pdf.p("Resultatet 2024 var negativt på grund av höga pensionskostnader och en engångsnedskrivning av "
      "Sjöbackens skola. Soliditeten inklusive hela pensionsåtagandet förbättras under hela planperioden.",
      size=9.5, lh=4.8)

pdf.add_page()
pdf.h1("Investeringsbudget 2026–2028")
pdf.p("Nettoinvesteringar per projekt i miljoner kronor. Projekt som avslutas under perioden har inga medel de "
      "senare åren.", size=9.5, lh=4.8)
irows = [[p, n, m(a), m(b), m(c)] for p, n, a, b, c in E_INV]
irows.append(Row(["Summa investeringar", "", *(dec(x) for x in e_inv_summa())], emphasis="B"))
pdf.ruled_table(["Projekt", "Nämnd", "2026", "2027", "2028"], irows, [66, 52, 16, 16, 16],
                ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.4, head_fill=(215, 235, 220))
pdf.p("Investeringar i verksamhetslokaler får påbörjas först när kommunstyrelsen har godkänt en "
      "lokalförsörjningsplan för projektet. Projekt över 10,0 mnkr ska dessutom beslutas särskilt av "
      "kommunfullmäktige innan upphandling.", size=9.5, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
