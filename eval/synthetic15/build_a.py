"""(a) Cedersjö kommun – Årsredovisning 2025, avsnitt 4: Driftredovisning och nämndernas verksamhet.

Layout: page 1 has a drawn LOGO BLOCK (shield + name in capitals + office) instead of the running header, a
TABLE OF CONTENTS with dot leaders and page numbers, a summary with competing totals and a framed
"Läsanvisning". Page 2: the driftredovisning with ABBREVIATED headings carrying footnote marks ("Bu 2025¹",
"Avv.²", "Förändr. %³"), only a rule under the heading (SINGLE_TOP_LINE), a bold Summa row, footnotes and a
"Källa:" line; then a table of tilläggsanslag with MINIMAL ruling. Pages 3–5: one section per nämnd with the
text in a left column and a shaded NYCKELTAL FACT BOX on the right (budget, outcome, deviation, staff and sick
leave for two years). Running header "Cedersjö kommun … Årsredovisning 2025" and footer "Sida 3 av 5".
Liberation (Word look). Metadata title set.
"""
import datetime as dt

from common15 import HERE, Pub, Row, dec, grp
from data import A_DRIFT, a_avv, a_chg, a_sum, A_TILLAGG, a_tillagg_sum, A_FAKTA

OUT = HERE / "cedersjo-arsredovisning-2025-driftredovisning.pdf"
ACC = (0, 84, 120)

pdf = Pub("Cedersjö kommun", "Årsredovisning 2025 – Driftredovisning", "Cedersjö kommun · Årsredovisning 2025 · "
          "Avsnitt 4", font="liberation", accent=ACC,
          title="Cedersjö kommun – Årsredovisning 2025, avsnitt 4 Driftredovisning",
          author="Ekonomiavdelningen", created=dt.datetime(2026, 3, 18, 14, 2, tzinfo=dt.timezone.utc))
b, u, avv, u24, chg = a_sum()
D = {r[0]: r for r in A_DRIFT}

# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.logo_block("Cedersjö kommun", "Kommunledningsförvaltningen · Ekonomiavdelningen")
pdf.title_block("Årsredovisning 2025", "Avsnitt 4: Driftredovisning och nämndernas verksamhet", size=21)
pdf.toc([("4.1", "Driftredovisning i sammandrag", 2), ("4.2", "Tilläggsanslag under 2025", 2),
         ("4.3", "Kommunstyrelsen", 3), ("4.4", "Barn- och utbildningsnämnden", 3),
         ("4.5", "Vård- och omsorgsnämnden", 4), ("4.6", "Samhällsbyggnadsnämnden", 4),
         ("4.7", "Kultur- och fritidsnämnden", 5), ("4.8", "Övriga nämnder och revisionen", 5)])
pdf.h1("Om avsnittet")
pdf.p(f"Nämnderna redovisade 2025 en sammanlagd nettokostnad på {dec(u)} mnkr, vilket är {dec(-avv)} mnkr mer "
      f"än den budget på {dec(b)} mnkr som fullmäktige fastställt inklusive tilläggsanslag. Jämfört med 2024, "
      f"då nettokostnaden var {dec(u24)} mnkr, ökade kostnaderna med {dec(chg)} procent.", size=10, lh=5.1)
pdf.p(f"Fullmäktige beviljade under året tilläggsanslag på sammanlagt {dec(a_tillagg_sum())} mnkr. De största "
      "underskotten finns inom vård- och omsorgsnämnden och barn- och utbildningsnämnden, medan kommunstyrelsen "
      "och samhällsbyggnadsnämnden redovisar överskott. Kommunens samlade resultat och balanskravsutredningen "
      "redovisas i avsnitt 2.", size=10, lh=5.1)
y = pdf.get_y() + 2
pdf.set_draw_color(*ACC)
pdf.rect(pdf.l_margin, y, pdf.epw, 27)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Läsanvisning", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "", 8.8)
pdf.multi_cell(pdf.epw - 6, 4.4, "Belopp anges i miljoner kronor (mnkr) och avser nettokostnader, det vill säga "
               "kostnader minus verksamhetens egna intäkter. En avvikelse med minustecken (−) betyder att nämnden "
               "har överskridit sin budget. Siffrorna är avrundade, vilket gör att summorna kan avvika något från "
               "summan av de ingående beloppen.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("4.1 Driftredovisning i sammandrag")
pdf.p("Tabellen visar nämndernas nettokostnader 2025 jämfört med budget och med utfallet föregående år.",
      size=9.8, lh=4.9)
rows = [[r[0], dec(r[1]), dec(r[2]), dec(a_avv(r), plus=True), dec(r[3]), dec(a_chg(r), plus=True)] for r in A_DRIFT]
rows.append(Row(["Summa nämnder", dec(b), dec(u), dec(avv, plus=True), dec(u24), dec(chg, plus=True)], "B"))
pdf.ruled_table(["Nämnd, mnkr", "Bu 2025¹", "Utf 2025", "Avv.²", "Utf 2024", "Förändr. %³"], rows,
                [62, 21, 21, 19, 21, 22], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6,
                borders="SINGLE_TOP_LINE", head_fill=(255, 255, 255), head_color=ACC)
pdf.footnotes(["Budget efter tilläggsanslag som kommunfullmäktige beviljat under året, se avsnitt 4.2.",
               "Avvikelse = budget minus utfall. Minustecken betyder att nämnden överskridit budgeten.",
               "Förändring av nettokostnaden 2025 jämfört med utfallet 2024."], mark="{}")
pdf.source("Källa: Cedersjö kommuns ekonomisystem, bokslut per 2025-12-31 (uttag 2026-02-12).")

pdf.h1("4.2 Tilläggsanslag under 2025")
pdf.p("Kommunfullmäktige beviljade sex tilläggsanslag under året. Anslagen finansierades ur det centrala "
      "utrymmet för oförutsedda kostnader och ur resultatet.", size=9.8, lh=4.9)
t = [[r[0], r[1], dec(r[2]), r[3]] for r in A_TILLAGG]
t.append(Row(["Summa tilläggsanslag", "", dec(a_tillagg_sum()), ""], "B"))
pdf.ruled_table(["Nämnd", "Ändamål", "Belopp, mnkr", "KF-beslut"], t, [52, 68, 22, 24],
                ["LEFT", "LEFT", "RIGHT", "LEFT"], size=8.6, lh=4.4, borders="MINIMAL", head_fill=(226, 236, 242))
pdf.source("Källa: Kommunfullmäktiges protokoll 2025.")


# ---------------------------------------------------------------- pages 3–5
def section(nr, name, paragraphs):
    r = D[name]
    aa, aa24, sj, sj24, lab, val = A_FAKTA[name]
    pdf.h1(f"{nr} {name}")
    pdf.sidebar(paragraphs, "Nyckeltal", [
        ("Nettokostnad 2025, mnkr", dec(r[2])), ("Budget 2025, mnkr", dec(r[1])),
        ("Avvikelse, mnkr", dec(a_avv(r), plus=True)), ("Årsarbetare 2025", grp(aa)), ("Årsarbetare 2024", grp(aa24)),
        ("Sjukfrånvaro 2025, %", dec(sj)), ("Sjukfrånvaro 2024, %", dec(sj24)), (lab, val)])


pdf.add_page()
section("4.3", "Kommunstyrelsen", [
    f"Kommunstyrelsen redovisar ett överskott på {dec(a_avv(D['Kommunstyrelsen']))} mnkr. Överskottet beror främst "
    "på vakanta tjänster inom kommunledningsförvaltningen och på att kostnaderna för den nya ärendehanteringen "
    "blev lägre än beräknat.",
    "Under året fick kommunstyrelsen ett tilläggsanslag för säkerhetsskydd och civilt försvar. En "
    "säkerhetsskyddschef anställdes i maj och en ny krisledningsplan antogs i november.",
    "Näringslivsarbetet fick ett bättre betyg i företagarnas enkät, och antalet nystartade företag ökade."])
section("4.4", "Barn- och utbildningsnämnden", [
    f"Barn- och utbildningsnämnden redovisar ett underskott på {dec(-a_avv(D['Barn- och utbildningsnämnden']))} "
    "mnkr. Underskottet finns främst inom grundskolan, där kostnaderna för elever i behov av särskilt stöd och "
    "för skolskjutsar blev högre än budgeterat.",
    "Förskolan Cikadan utökades med två avdelningar under hösten, vilket finansierades med ett tilläggsanslag. "
    "Gymnasieskolan redovisar en budget i balans trots att fler elever valde program i andra kommuner.",
    "Andelen elever i årskurs 9 som var behöriga till ett yrkesprogram ökade, men ligger fortfarande under "
    "nämndens mål."])

pdf.add_page()
section("4.5", "Vård- och omsorgsnämnden", [
    f"Vård- och omsorgsnämnden redovisar ett underskott på {dec(-a_avv(D['Vård- och omsorgsnämnden']))} mnkr. "
    "Underskottet beror främst på dyra externa placeringar inom LSS och på att antalet beviljade "
    "hemtjänsttimmar ökade med nio procent, utan att budgeten räknades upp i samma takt.",
    "Nämnden fick två tilläggsanslag under året, det ena för placeringar inom LSS och det andra för införandet "
    "av heltid som norm. Trots anslagen räckte budgeten inte till.",
    "Sjukfrånvaron ökade, framför allt bland undersköterskor i hemtjänsten. Nämnden har beslutat om en "
    "handlingsplan för ett hållbart arbetsliv."])
section("4.6", "Samhällsbyggnadsnämnden", [
    f"Samhällsbyggnadsnämnden redovisar ett överskott på {dec(a_avv(D['Samhällsbyggnadsnämnden']))} mnkr, trots "
    "att vinterväghållningen under årets första månader kostade mer än normalt. Överskottet förklaras av lägre "
    "kapitalkostnader när flera investeringar i gator försenades.",
    "Nämnden fick ett tilläggsanslag för vinterväghållningen. Under hösten asfalterades fyra kilometer gata, "
    "och belysningen i Cedersjö centrum byttes till LED."])

pdf.add_page()
section("4.7", "Kultur- och fritidsnämnden", [
    f"Kultur- och fritidsnämnden redovisar ett överskott på {dec(a_avv(D['Kultur- och fritidsnämnden']))} mnkr. "
    "Simhallen Cederbadet hölls stängd i sex veckor för reparation, vilket minskade både intäkter och "
    "personalkostnader.",
    "Sommarlovsaktiviteterna lockade fler deltagare än året innan. Biblioteket utökade sina meröppna timmar "
    "och antalet besök ökade."])
pdf.h1("4.8 Övriga nämnder och revisionen")
o = {n: D[n] for n in ("Miljö- och byggnämnden", "Överförmyndarnämnden", "Revisionen")}
pdf.p(f"Miljö- och byggnämnden redovisar ett underskott på {dec(-a_avv(o['Miljö- och byggnämnden']))} mnkr, "
      "eftersom intäkterna från bygglov blev lägre när bostadsbyggandet minskade. Överförmyndarnämnden "
      f"överskred budgeten med {dec(-a_avv(o['Överförmyndarnämnden']))} mnkr till följd av fler ärenden med "
      "ställföreträdare och högre arvoden. Revisionen redovisar ett mindre överskott.", size=9.8, lh=4.9)
pdf.source("Källa: Nämndernas verksamhetsberättelser 2025 och personalsystemet (årsarbetare och sjukfrånvaro).")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
