"""(d) Ärnviks kommun – årsredovisning 2026, avsnitt Driftredovisning och nämndernas verksamhet.

Layout: p. 1 a driftredovisning table with horizontal rules only whose year columns run NEWEST FIRST
(Utfall 2026 / Budget 2026 / Avvikelse 2026 / Utfall 2025 / Utfall 2024, mnkr), with INDENTED ITALIC "varav" rows
under three nämnder (they do not add up to the nämnd), superscript note markers in the nämnd names and the
FOOTNOTES PINNED TO THE BOTTOM OF THE PAGE. Pp. 2–3: one section per nämnd with a SHADED FACT BOX ON THE LEFT
("Nämnden i siffror": net cost, deviation, årsarbetare, sjukfrånvaro, cost per inhabitant) beside justified text
full of figures; only four nämnder have a section. P. 4: a goal table (antal mål / uppfyllda / delvis / ej) with
a bold Summa row and a counts sentence. Running header with chapter name and "Sida n (4)". Liberation Serif body.
No metadata title.
"""
import datetime as dt

from common16 import HERE, Doc, Row, grp, dec
from data import D_NAMND, D_NOTES, d_avv, d_sum, D_FAKTA, d_namnd, d_per_inv, D_MAL, d_mal_sum, D_INV

OUT = HERE / "arnvik-arsredovisning-2026-driftredovisning.pdf"
ACC = (120, 80, 20)
pdf = Doc("Ärnviks kommun", "Årsredovisning 2026 · Driftredovisning", "Sida {p} (4)", font="liberation",
          serif=True, justify=True, accent=ACC, foot="Ärnviks kommun · Årsredovisning 2026",
          created=dt.datetime(2027, 3, 18, 11, 0, tzinfo=dt.timezone.utc))
NB = "\u00a0"

pdf.add_page()
pdf.h1("Driftredovisning", size=15)
su = d_sum()
pdf.p(f"Nämndernas sammanlagda nettokostnad blev {dec(su[0])} mnkr 2026, vilket är {dec(su[0] - su[1])} mnkr mer än "
      f"budget och {dec(su[0] - su[2])} mnkr mer än 2025. Det är framför allt socialnämnden och barn- och "
      "utbildningsnämnden som har överskridit sina budgetar, medan kommunstyrelsen och tekniska nämnden redovisar "
      "överskott.", size=9.8)
pdf.p("Tabellen visar nettokostnader. Avvikelse är budget minus utfall, och ett negativt tal betyder att "
      "nämnden har överskridit sin budget. Raderna med \"varav\" visar några större verksamheter och summerar "
      "inte till nämndens totala kostnad.", size=9.4, lh=4.6)
rows = []
for name, u26, b26, u25, u24, varav, note in D_NAMND:
    rows.append([name + note, dec(u26), dec(b26), dec(d_avv(u26, b26), plus=True), dec(u25), dec(u24)])
    for vn, vu, vb, v25, v24 in varav:
        rows.append(Row([NB * 4 + "varav " + vn, dec(vu), dec(vb), dec(d_avv(vu, vb), plus=True), dec(v25), dec(v24)],
                        emphasis="I"))
rows.append(Row(["Summa nämnder", dec(su[0]), dec(su[1]), dec(d_avv(su[0], su[1]), plus=True), dec(su[2]), dec(su[3])],
                emphasis="B"))
pdf.ruled_table(["Mnkr", "Utfall 2026", "Budget 2026", "Avvikelse 2026", "Utfall 2025", "Utfall 2024"], rows,
                [66, 20, 20, 20, 20, 20], ["LEFT"] + ["RIGHT"] * 5, size=8.6, lh=4.4, borders="HORIZONTAL_LINES",
                head_fill=(244, 236, 224), head_color=ACC)
pdf.page_notes(D_NOTES)

TEXT = {
    "Barn- och utbildningsnämnden": [
        "Barn- och utbildningsnämnden redovisar ett underskott på 7,5 mnkr. Grundskolan överskred budgeten med "
        "7,6 mnkr, främst på grund av fler elever i behov av särskilt stöd och högre kostnader för skolskjuts. "
        "Gymnasieskolan hade ett underskott på 3,6 mnkr, medan förskolan gav ett överskott på lika mycket, "
        "3,6 mnkr, när antalet barn minskade.",
        "Nettokostnaden ökade med 24,4 mnkr jämfört med 2025. Av de nio målen för nämnden är tre uppfyllda; "
        "resultaten i årskurs 9 förbättrades, men andelen elever som känner sig trygga i skolan minskade.",
    ],
    "Socialnämnden": [
        "Socialnämnden har årets största underskott, 15,1 mnkr. Funktionsstödet överskred budgeten med 7,7 mnkr, "
        "individ- och familjeomsorgen med 4,5 mnkr och äldreomsorgen med 3,5 mnkr.",
        "Underskottet inom funktionsstödet beror på tre nya ärenden med personlig assistans där Försäkringskassan "
        "har avslagit ansökan om assistansersättning, så att kommunen står för hela kostnaden. Inom individ- och "
        "familjeomsorgen har placeringarna av barn och unga blivit fler och längre.",
        "Nämnden har under hösten infört en åtgärdsplan med veckovis uppföljning av alla externa placeringar.",
    ],
    "Tekniska nämnden": [
        "Tekniska nämnden redovisar ett överskott på 2,2 mnkr. Vintern var mild och kostnaden för snöröjning "
        "blev 1,6 mnkr lägre än budgeterat, och två tjänster inom gatuenheten var vakanta under våren.",
        "Nettokostnaden ökade med 3,2 mnkr jämfört med 2025, främst på grund av högre energipriser för "
        "gatubelysningen.",
    ],
    "Kultur- och fritidsnämnden": [
        "Kultur- och fritidsnämnden överskred budgeten med 0,4 mnkr. Ishallens nya kylanläggning gav högre "
        "kostnader under uppstarten, medan biblioteket höll sin budget.",
        "Besöken på biblioteken ökade till 118 400, vilket är 6 200 fler än året innan.",
    ],
}
first = True
for name in D_FAKTA:
    if name == "Tekniska nämnden" or first:
        pdf.add_page()
        pdf.h1("Nämndernas verksamhet" + ("" if first else " (forts.)"))
        first = False
    n = d_namnd(name)
    aa, sj = D_FAKTA[name]
    pdf.h2(name, size=11.5)
    pdf.fact_box_beside("Nämnden i siffror", [
        ("Nettokostnad 2026", f"{dec(n[1])} mnkr"),
        ("Avvikelse mot budget", f"{dec(d_avv(n[1], n[2]), plus=True)} mnkr"),
        ("Årsarbetare", grp(aa)),
        ("Sjukfrånvaro", f"{dec(sj)} %"),
        ("Nettokostnad per invånare", f"{grp(d_per_inv(name))} kr"),
    ], [("p", t) for t in TEXT[name]], side="L", box_w=50, size=9.4, lh=4.6, box_fill=(246, 238, 226))

pdf.add_page()
pdf.h1("Måluppfyllelse per nämnd")
ms = d_mal_sum()
pdf.p(f"Fullmäktige har fastställt {ms[0]} nämndmål för 2026. Av dem är {ms[1]} uppfyllda, {ms[2]} delvis uppfyllda "
      f"och {ms[3]} inte uppfyllda. Bedömningen görs av nämnderna och granskas av revisorerna.", size=9.8)
t = [[r[0], str(r[1]), str(r[2]), str(r[3]), str(r[4])] for r in D_MAL]
t.append(Row(["Summa", *(str(x) for x in ms)], emphasis="B"))
pdf.ruled_table(["Nämnd", "Antal mål", "Uppfyllda", "Delvis uppfyllda", "Ej uppfyllda"], t, [70, 22, 22, 26, 22],
                ["LEFT"] + ["RIGHT"] * 4, size=8.8, lh=4.6, head_fill=(244, 236, 224))
pdf.p(f"Kommunen hade {grp(D_INV)} invånare den 31 december 2026. Nettokostnaden per invånare i faktarutorna "
      "beräknas på det antalet.", size=9.4)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
