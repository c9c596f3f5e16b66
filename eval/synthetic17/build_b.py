"""(b) Region Hallvide – revisionsrapport: granskning av regionens användning av inhyrd personal (2026).

Layout: Liberation Serif body, justified. P. 1 has a FULL-HEIGHT COLOURED BAND down the left edge (no running
header on p. 1), a key–value block, a summary whose sentences carry 2–4 competing figures and the overall
assessment. P. 2 has the recommendations as a numbered list whose items wrap, with lettered "a)" "b)"
sub-points under two of them and a RIGHT-HAND TAG COLUMN (addressee and priority) behind a thin vertical rule,
followed by a cost table with TWO heading rows ("Kostnad, mnkr" spanning 2023 / 2024 / 2025) and horizontal
rules only with short rules under the spanning heading. P. 3 has the assessment per control question: a FULL GRID
with shaded group rows (Styrning / Uppföljning / Intern kontroll), wrapping questions and comments, and the
assessment in a COLOURED CELL (Uppfyllt / Delvis uppfyllt / Ej uppfyllt), then a counts sentence. P. 4 has the
observations on call-offs and invoices and the signatures.
"""
import datetime as dt

from common17 import HERE, Doc, Group, Row, Cell, dec, grp
from data import B_KOST, b_sum, b_change, B_BUDGET_2025, B_KONTROLL, B_GROUPS, b_counts, B_AVROP, B_AVROP_UTANFOR, \
    B_STICK, B_STICK_SAKNAS, B_REK, r1

OUT = HERE / "region-hallvide-granskning-inhyrd-personal-2026.pdf"
ACC = (110, 40, 60)


class P(Doc):
    no_furniture = (1,)


pdf = P("Region Hallvide", "Revisionsrapport 2026:4", "{p} (4)", font="liberation", serif=True, justify=True,
        accent=ACC, foot="Region Hallvide · Regionens revisorer · Granskning av inhyrd personal",
        title="Region Hallvide – Granskning av regionens användning av inhyrd personal",
        author="Regionens revisorer", created=dt.datetime(2026, 10, 14, 9, 30, tzinfo=dt.timezone.utc))
NUM = ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"]
s23, s24, s25 = b_sum(1), b_sum(2), b_sum(3)
u, d, e = b_counts()
pct_utanfor = r1(100 * B_AVROP_UTANFOR / B_AVROP)

pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 0, 14, pdf.h, style="F")
pdf.set_y(22)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "REVISIONSRAPPORT 2026:4", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.title_block("Granskning av regionens användning av inhyrd personal",
                "Region Hallvide – regionstyrelsen och hälso- och sjukvårdsnämnden", size=18)
pdf.kv([("Uppdragsgivare", "Regionens revisorer i Region Hallvide"),
        ("Granskningen utförd av", "Revisionskontoret, Sara Vinterhav (projektledare) och Hugo Falk"),
        ("Datum", "14 oktober 2026"), ("Diarienummer", "REV 2026/07")], lw=50, size=9.4)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Regionens kostnader för inhyrd personal uppgick till {dec(s25)} mnkr 2025, jämfört med {dec(s24)} mnkr "
      f"2024 och {dec(s23)} mnkr 2023. Kostnaderna minskar alltså, men de var {dec(s25 - B_BUDGET_2025)} mnkr högre än "
      f"den nivå på {dec(B_BUDGET_2025)} mnkr som regionfullmäktige angav i budgeten för 2025. Inhyrda läkare "
      f"svarade för {dec(B_KOST[0][3])} mnkr och inhyrda sjuksköterskor för {dec(B_KOST[1][3])} mnkr.", size=10)
pdf.p("Inhyrningen är koncentrerad till Torvbo lasarett, där 61 procent av kostnaden för inhyrda läkare uppstod, "
      "och till psykiatrin vid Hallvide centralsjukhus. Andelen inhyrd personal motsvarade 4,1 procent av "
      "regionens personalkostnader 2025, att jämföra med 4,9 procent 2024.", size=10)
pdf.p("Vår samlade bedömning är att regionstyrelsen och hälso- och sjukvårdsnämnden delvis har säkerställt en "
      "ändamålsenlig styrning, uppföljning och intern kontroll av användningen av inhyrd personal. Styrningen "
      "är i huvudsak tydlig, men den interna kontrollen av avrop och fakturor är otillräcklig.", size=10)
pdf.h2("Revisionsfråga")
pdf.p("Har regionstyrelsen och hälso- och sjukvårdsnämnden säkerställt en ändamålsenlig styrning, uppföljning "
      "och intern kontroll av användningen av inhyrd personal?", size=10, style="I")

pdf.add_page()
pdf.h1("Rekommendationer", size=12.5)
pdf.p("Utifrån granskningen rekommenderar vi regionstyrelsen och hälso- och sjukvårdsnämnden att:", size=10)
pdf.rec_list([(t, subs, [adr, f"Prioritet: {prio.lower()}"]) for t, subs, adr, prio in B_REK], size=9.8, lh=4.8)
pdf.h2("Kostnader för inhyrd personal 2023–2025")
rows = []
for r in B_KOST:
    rows.append([r[0], dec(r[1]), dec(r[2]), dec(r[3]), dec(b_change(r), plus=True),
                 dec(100 * r[3] / s25)])
rows.append(Row(["Totalt", dec(s23), dec(s24), dec(s25), dec(r1(s25 - s24), plus=True), "100,0"], emphasis="B"))
pdf.mtable([["Yrkesgrupp", ("Kostnad, mnkr", 3), "Förändring 2024–2025, mnkr", "Andel 2025, %"],
            ["", "2023", "2024", "2025", "", ""]], rows, [48, 20, 20, 20, 30, 24], ["L", "R", "R", "R", "R", "R"],
           mode="hlines", size=8.8, lh=4.4, head_fill=(255, 255, 255), font="Sans")
pdf.footnotes(["Källa: regionens ekonomisystem, konto 4560–4569 (inhyrd personal). Beloppen avser löpande priser."],
              size=7.6)

pdf.add_page()
pdf.h1("Bedömning per kontrollfråga", size=12.5)
pdf.p("Tabellen sammanfattar vår bedömning av varje kontrollfråga. Bedömningen görs i tre steg: uppfyllt, delvis "
      "uppfyllt och ej uppfyllt.", size=10)
COL = {"Uppfyllt": (200, 230, 200), "Delvis uppfyllt": (250, 234, 170), "Ej uppfyllt": (240, 190, 180)}
rows = []
for g in B_GROUPS:
    rows.append(Group(g))
    for k in B_KONTROLL:
        if k[1] == g:
            rows.append([k[0], k[2], Cell(k[3], fill=COL[k[3]], bold=True), k[4]])
pdf.mtable([["Nr", "Kontrollfråga", "Bedömning", "Kommentar"]], rows, [11, 70, 28, 57], ["C", "L", "L", "L"],
           mode="grid", size=8.4, lh=4.1, pad=1.2, head_fill=(236, 226, 230), font="Sans")
pdf.p(f"Av de {NUM[len(B_KONTROLL) - 1]} kontrollfrågorna bedömer vi att {NUM[u - 1]} är uppfyllda, {NUM[d - 1]} "
      f"delvis uppfyllda och {NUM[e - 1]} ej uppfyllda. Samtliga kontrollfrågor som inte är uppfyllda gäller "
      f"uppföljning och intern kontroll.", size=10)

pdf.add_page()
pdf.h1("Iakttagelser om avrop och fakturor", size=12.5)
pdf.p(f"Under 2025 gjordes {grp(B_AVROP)} avrop av inhyrd personal. Av dessa gjordes {B_AVROP_UTANFOR}, eller "
      f"{dec(pct_utanfor)} procent, hos leverantörer utanför ramavtalen. Året innan var andelen 11,2 procent. "
      f"Avrop utanför avtal var i genomsnitt 23 procent dyrare per timme än avrop inom avtal.", size=10)
pdf.p(f"Vi har granskat {B_STICK} stickprov av avrop utanför avtal. I {B_STICK_SAKNAS} av dem saknades ett "
      f"dokumenterat beslut av behörig beslutsfattare. Kontrollfråga 3.2 bedöms som ej uppfylld eftersom "
      f"fakturorna attesteras utan att den fakturerade tiden stäms av mot schema eller tidrapporter.", size=10)
pdf.p("Vid Torvbo lasarett fanns fakturor från tre bemanningsföretag där samma läkare debiterats för "
      "överlappande pass under sammanlagt 14 dygn. Beloppet uppgick till 412 000 kr och har återkrävts.", size=10)
pdf.h2("Regionstyrelsens och nämndens yttrande")
pdf.p("Regionstyrelsen och hälso- och sjukvårdsnämnden ska lämna sina yttranden över rapporten senast den "
      "15 januari 2027.", size=10)
pdf.ln(6)
pdf.p("Hallvide den 14 oktober 2026", size=10)
pdf.sign_lines(["Sara Vinterhav\nCertifierad kommunal revisor", "Hugo Falk\nRevisionskonsult"], size=8.5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
