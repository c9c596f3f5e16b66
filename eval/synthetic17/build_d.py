"""(d) Malmvreta kommun – skolornas resultat i årskurs 9, vårterminen 2025 och 2026.

Layout: Liberation Sans (tables in Liberation Sans Narrow). P. 1 (portrait) has a key–value block, a summary
whose sentences carry competing figures (girls / boys / total, 2025 / 2026) and the suppression rule. P. 2 is
LANDSCAPE with the results per school unit in a table with THREE HEADING ROWS: "Genomsnittligt meritvärde" and
"Behörighet till yrkesprogram, %" each span "vt 2025" and "vt 2026", which each span ABBREVIATED columns Fl / Po /
Tot; horizontal rules only, with short rules under the spanning headings. School unit names WRAP over two lines,
".." marks suppressed cells (fewer than 10 pupils) and "–" a unit without pupils in year 9 that year. Group rows
(kommunala / fristående), italic subtotal rows and a bold total computed as pupil-weighted means. A legend sits
under the table. P. 3 (portrait) has the commentary per school and a "–" list of measures.
"""
import datetime as dt

from common17 import HERE, Doc, Group, Row, dec
from data import D_SCHOOLS, d_cell, d_fmt, d_total, d_pupils, D_MIN, D_ATGARD, r1

OUT = HERE / "malmvreta-skolresultat-ak9-2026.pdf"
ACC = (120, 70, 20)
pdf = Doc("Malmvreta kommun", "Barn- och utbildningsförvaltningen", "Sida {p} av 3", font="liberation",
          accent=ACC, foot="Skolornas resultat i årskurs 9 – vårterminen 2026 · BUN 2026/214",
          title="Malmvreta kommun – Skolornas resultat i årskurs 9 vårterminen 2026",
          author="Barn- och utbildningsförvaltningen", created=dt.datetime(2026, 9, 2, 10, 0, tzinfo=dt.timezone.utc))
T = {(y, w, s): d_total(y, w, s) for y in (2025, 2026) for w in "mb" for s in "FPT"}
K = {(y, w, s): d_total(y, w, s, "Kommunal") for y in (2025, 2026) for w in "mb" for s in "FPT"}

pdf.add_page()
pdf.title_block("Skolornas resultat i årskurs 9", "Vårterminen 2026 jämfört med vårterminen 2025", size=18)
pdf.kv([("Nämnd", "Barn- och utbildningsnämnden i Malmvreta kommun"), ("Diarienummer", "BUN 2026/214"),
        ("Datum", "2 september 2026"), ("Handläggare", "Hanna Tidholm, kvalitetsstrateg")], lw=38, size=9.3)
pdf.h1("Sammanfattning")
pdf.p(f"Våren 2026 avslutade {d_pupils(2026)} elever årskurs 9 i kommunens skolor, jämfört med {d_pupils(2025)} "
      f"våren 2025. Det genomsnittliga meritvärdet blev {dec(T[2026, 'm', 'T'])} poäng, jämfört med "
      f"{dec(T[2025, 'm', 'T'])} året innan. Flickorna fick i genomsnitt {dec(T[2026, 'm', 'F'])} poäng och pojkarna "
      f"{dec(T[2026, 'm', 'P'])} poäng, en skillnad på {dec(r1(T[2026, 'm', 'F'] - T[2026, 'm', 'P']))} poäng.",
      size=9.8)
pdf.p(f"Andelen elever som blev behöriga till ett yrkesprogram på gymnasiet var {dec(T[2026, 'b', 'T'])} procent "
      f"2026 och {dec(T[2025, 'b', 'T'])} procent 2025. Bland flickorna var andelen {dec(T[2026, 'b', 'F'])} "
      f"procent och bland pojkarna {dec(T[2026, 'b', 'P'])} procent. I de kommunala skolenheterna var andelen "
      f"{dec(K[2026, 'b', 'T'])} procent.", size=9.8)
pdf.h2("Så läser du tabellen")
pdf.p(f"Resultat redovisas inte för grupper med färre än {D_MIN} elever, eftersom enskilda elevers betyg annars "
      f"skulle kunna röjas; sådana celler markeras med två punkter (..). Ett streck (–) betyder att skolenheten "
      f"inte hade några elever i årskurs 9 det året. Tornsvalans skola fick sin första årskurs 9 hösten 2025. "
      f"Kommunens totala värden är beräknade på samtliga elever, även dem i grupper som inte redovisas.", size=9.8)
pdf.p("Meritvärdet är summan av betygen i elevens 16 bästa ämnen och moderna språk, högst 340 poäng. För "
      "behörighet till yrkesprogram krävs godkända betyg i svenska eller svenska som andraspråk, engelska, "
      "matematik och minst fem andra ämnen.", size=9.8)

pdf.add_page(orientation="L")
pdf.h1("Resultat per skolenhet")


def row(s):
    v = s[2][2026]
    cells = [s[0], str(v[0] + v[1]) if v else "–"]
    for w in "mb":
        for y in (2025, 2026):
            cells += [d_fmt(d_cell(s, y, w, x)) for x in "FPT"]
    return cells


def tot(label, hm, emph):
    cells = [label, str(d_pupils(2026, hm))]
    for w in "mb":
        for y in (2025, 2026):
            cells += [dec(d_total(y, w, x, hm)) for x in "FPT"]
    return Row(cells, emphasis=emph)


rows = [Group("Kommunala skolenheter")] + [row(s) for s in D_SCHOOLS if s[1] == "Kommunal"] + \
       [tot("Kommunala skolenheter totalt", "Kommunal", "I")]
rows += [Group("Fristående skolenheter")] + [row(s) for s in D_SCHOOLS if s[1] == "Fristående"] + \
        [tot("Fristående skolenheter totalt", "Fristående", "I")]
rows += [tot("Malmvreta kommun totalt", None, "B")]
sub = ["Fl", "Po", "Tot"]
pdf.mtable([["Skolenhet", "Elever vt 2026, antal", ("Genomsnittligt meritvärde, poäng", 6),
             ("Behörighet till yrkesprogram, %", 6)],
            ["", "", ("vt 2025", 3), ("vt 2026", 3), ("vt 2025", 3), ("vt 2026", 3)],
            ["", ""] + sub * 4], rows, [40, 17] + [16.3] * 12, ["L", "R"] + ["R"] * 12, mode="hlines",
           font="Cond", size=8.8, lh=4.2, pad=1.0, head_fill=(255, 255, 255), group_fill=(246, 238, 228))
pdf.footnotes([("", "Fl = flickor, Po = pojkar, Tot = totalt. .. = färre än 10 elever i gruppen, uppgiften redovisas "
                    "inte. – = inga elever i årskurs 9. Totalraderna är viktade med antalet elever."),
               ("", "Källa: kommunens elevregister och betygskatalogerna vårterminen 2025 och 2026.")], size=7.8)

pdf.add_page(orientation="P")
pdf.h1("Kommentarer per skolenhet")
sc = {s[0]: s for s in D_SCHOOLS}
h = sc["Hagtornsskolan"]
fn, fs = sc["Fältrevsskolan, enhet Norra årskurs 7–9"], sc["Fältrevsskolan, enhet Södra årskurs 7–9"]
pdf.p(f"Fältrevsskolans två enheter skiljer sig mycket åt. Enhet Södra hade det högsta meritvärdet bland de "
      f"kommunala skolenheterna, {dec(d_cell(fs, 2026, 'm', 'T'))} poäng, medan enhet Norra sjönk från "
      f"{dec(d_cell(fn, 2025, 'm', 'T'))} till {dec(d_cell(fn, 2026, 'm', 'T'))} poäng. Behörigheten vid enhet "
      f"Norra var {dec(d_cell(fn, 2026, 'b', 'T'))} procent.", size=9.8)
pdf.p(f"Vid Hagtornsskolan ökade flickornas meritvärde till {dec(d_cell(h, 2026, 'm', 'F'))} poäng medan pojkarnas "
      f"sjönk till {dec(d_cell(h, 2026, 'm', 'P'))} poäng. Skolan har därmed kommunens största skillnad mellan "
      f"flickor och pojkar. Rektorn förklarar nedgången bland pojkarna med hög frånvaro i årskurs 8 under "
      f"läsåret 2024/25.", size=9.8)
pdf.p("Smultronbackens skola och Malmvreta Montessoriskola har så få elever i årskurs 9 att resultaten för flickor "
      "eller pojkar inte kan redovisas. Resultaten varierar därför mycket mellan åren och bör tolkas med "
      "försiktighet.", size=9.8)
m = sc["Malmvreta Montessoriskola"]
pdf.p(f"De fristående skolenheterna hade tillsammans ett meritvärde på {dec(d_total(2026, 'm', 'T', 'Fristående'))} "
      f"poäng, jämfört med {dec(K[2026, 'm', 'T'])} poäng i de kommunala. Malmvreta Montessoriskola hade högst "
      f"meritvärde i kommunen, {dec(d_cell(m, 2026, 'm', 'T'))} poäng.", size=9.8)
pdf.h1("Fortsatt arbete")
pdf.bullets(D_ATGARD, sym="–", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
