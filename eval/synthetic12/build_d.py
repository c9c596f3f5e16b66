"""(d) Snäckvika kommun – barn- och utbildningsnämnden, kvalitetsrapport grundskola: resultat våren 2025.

Layout: title and an introduction set in TWO justified columns with figures (meritvärde 221,4 vs 218,9 vs
229,8) (p. 1); a RESULTS TABLE PER SCHOOL UNIT with TWO heading rows ("Uppnått kunskapskraven i alla ämnen
2025, %" spanning Flickor | Pojkar | Totalt, "Behörighet till yrkesprogram, %" spanning 2024 | 2025),
".." where a group has fewer than ten pupils or data are missing and "–" where the unit had no pupils in
year 9, a bold weighted municipal total, an italic national row and the legend as footnotes (p. 2);
analysis text and four numbered development areas with lettered "a)" "b)" "c)" sub-items (p. 3).
No metadata title.
"""
import datetime as dt

from common12 import HERE, Doc, Row, dec
from data import D_SKOLOR, d_total, D_OMRADEN

OUT = HERE / "snackvika-bun-kvalitetsrapport-grundskola-2025.pdf"
ACC = (70, 60, 130)

pdf = Doc("Snäckvika kommun", "Barn- och utbildningsnämnden", "Sida {p} av 3", accent=ACC,
          foot="Kvalitetsrapport grundskola – resultat våren 2025 · Dnr BUN 2025/214",
          created=dt.datetime(2025, 10, 14, 13, 0, tzinfo=dt.timezone.utc))
n, tot, beh = d_total()
pdf.add_page()
pdf.title_block("Kvalitetsrapport grundskola", "Kunskapsresultat i årskurs 9 våren 2025 – underlag till "
                "barn- och utbildningsnämnden 2025-10-22", size=19)
pdf.columns([
    ("h", "Sammanfattning"),
    ("p", f"Våren 2025 gick {n} elever ut årskurs 9 från elva skolenheter i Snäckvika, varav två fristående. "
          f"Andelen som uppnått kunskapskraven i alla ämnen var {dec(tot)} procent och andelen som var behöriga "
          f"till ett yrkesprogram i gymnasieskolan {dec(beh)} procent, jämfört med 83,2 procent året innan."),
    ("p", "Det genomsnittliga meritvärdet steg till 221,4 från 218,9 våren 2024, men ligger fortfarande under "
          "rikets 229,8. Flickornas meritvärde var 234,0 och pojkarnas 209,6, en skillnad som har ökat under "
          "tre år i rad."),
    ("h", "Skillnader mellan skolorna"),
    ("p", "Skillnaderna mellan skolenheterna är stora. Behörigheten till yrkesprogram varierar från 68,4 procent "
          "på Gärdesvallsskolan till full behörighet på den minsta fristående skolan. Skolor med färre än tio "
          "flickor eller pojkar i årskursen redovisar inte resultat per kön."),
    ("p", "Nämnden har tidigare beslutat att varje rektor ska analysera resultaten tillsammans med lärarna och "
          "redovisa åtgärder i skolans kvalitetsrapport senast den 30 november."),
    ("h", "Underlag"),
    ("p", "Uppgifterna kommer från kommunens betygsregistrering och avser elever som avslutat årskurs 9. "
          "Resultaten för riket är preliminära. Andelar beräknas på samtliga elever med betyg i årskursen."),
], size=9.6, lh=4.8, balance=True)

pdf.add_page()
pdf.h1("Resultat per skolenhet")
rows = [[s, str(a), f, p, t, b24, b25] for s, a, f, p, t, b24, b25 in D_SKOLOR]
rows.append(Row(["Snäckvika kommun totalt", str(n), "78,1", "70,9", dec(tot), "83,2", dec(beh)], emphasis="B"))
rows.append(Row(["Riket, preliminärt", "..", "79,0", "73,4", "76,1", "85,6", "85,1"], emphasis="I"))
pdf.head2_table([[("Skolenhet", 1, 2), ("Antal elever i åk 9", 1, 2),
                  ("Uppnått kunskapskraven i alla ämnen 2025, %", 3, 1), ("Behörighet till yrkesprogram, %", 2, 1)],
                 ["Flickor", "Pojkar", "Totalt", "2024", "2025"]],
                rows, [50, 20, 19, 19, 19, 19, 19], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
                size=8.6, lh=4.5, head_fill=(226, 222, 240))
pdf.footnotes([("..", "Uppgiften redovisas inte eftersom gruppen har färre än tio elever, eller uppgift saknas."),
               ("–", "Skolenheten hade inga elever i årskurs 9 våren 2024."),
               ("", "Kommunens totalvärden för 2025 är viktade efter antal elever per skolenhet.")], size=8)
pdf.p("Ekholmens friskola fick sina första elever i årskurs 9 hösten 2024. Fyrvaktarskolans uppgift för 2024 "
      "saknas eftersom skolan bytte betygssystem under läsåret och inte kunde leverera underlag.", size=9.3, lh=4.6)

pdf.add_page()
pdf.h1("Analys")
pdf.p("Resultaten på Gärdesvallsskolan försämrades för andra året i rad. Skolan har haft tre rektorer på två år "
      "och en hög andel obehöriga lärare i matematik och engelska, och många elever har kommit till skolan "
      "under högstadiet utan att ha fått tillräckligt stöd i svenska som andraspråk. Frånvaron bland eleverna i "
      "årskurs 9 var dessutom den högsta i kommunen.")
pdf.p("Norrängsskolan och Centralskolan har de högsta resultaten bland de kommunala skolorna. Båda har arbetat "
      "med kollegialt lärande och tidiga insatser i matematik sedan 2022.")
pdf.h1("Prioriterade utvecklingsområden läsåret 2025/26")
pdf.numbered([(t, subs) for t, subs in D_OMRADEN], size=9.8, lh=4.9, indent=7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
