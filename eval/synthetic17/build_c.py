"""(c) Sävlunda kommun – delårsrapport januari–augusti 2026 (avsnitt driftredovisning och prognos).

Layout: DejaVu Sans. P. 1 (portrait) has a key–value block and a summary in which every sentence carries 2–4
competing figures (period result this year vs last year, forecast vs budget vs the April forecast, nämnd deviation
vs financing). P. 2 is LANDSCAPE with the driftredovisning: a "FRAME" table (outer frame and a gridded heading,
NO LINES INSIDE THE BODY) with a TWO-LEVEL HEADING – "Helår 2026, mnkr" spanning Budget / Prognos / Avvikelse,
"Utfall januari–augusti, mnkr" spanning 2026 / 2025 – plus "Förändring, %". Shaded group rows (Nämnder /
Finansiering), ITALIC SUBTOTAL ROWS, a bold result row, costs as negative numbers with "−", superscript note
markers and notes under the table. P. 3 (portrait) has the nämnd comments with the April forecast as a
competing figure, investments and a "•" list of measures.
"""
import datetime as dt

from common17 import HERE, Doc, Group, Row, dec
from data import C_NAMND, C_FINANS, C_APRIL, c_avv, c_sum, c_result, C_INV, r1

OUT = HERE / "savlunda-delarsrapport-jan-aug-2026.pdf"
ACC = (30, 95, 70)
NOTE = {"Socialnämnden": "¹", "Pensioner och övriga gemensamma kostnader": "²"}
pdf = Doc("Sävlunda kommun", "Delårsrapport januari–augusti 2026", "sid {p}", font="dejavu", accent=ACC,
          foot="Behandlad i kommunstyrelsen 2026-10-06 · fastställs av kommunfullmäktige 2026-10-26",
          title="Sävlunda kommun – Delårsrapport januari–augusti 2026", author="Ekonomiavdelningen",
          created=dt.datetime(2026, 9, 24, 8, 0, tzinfo=dt.timezone.utc))
sn = c_sum(C_NAMND)
sf = c_sum(C_FINANS)
res = c_result()
nd = dict((r[0], r) for r in C_NAMND)
avv_n = r1(sn[1] - sn[0])
avv_f = r1(sf[1] - sf[0])
NUMS = ['Inga', 'En', 'Två', 'Tre', 'Fyra', 'Fem']
plus = [r[0].lower() for r in C_NAMND if c_avv(r) > 0]

pdf.add_page()
pdf.title_block("Delårsrapport januari–augusti 2026", "Sävlunda kommun – driftredovisning och helårsprognos",
                size=18)
pdf.kv([("Period", "1 januari–31 augusti 2026"), ("Prognosdatum", "2026-09-15"),
        ("Behandlas", "Kommunstyrelsen 6 oktober 2026, kommunfullmäktige 2026-10-26")], lw=40, size=9.3)
pdf.h1("Sammanfattning")
pdf.p(f"Periodens resultat blev {dec(res[2])} mnkr, jämfört med {dec(res[3])} mnkr för samma period 2025. "
      f"Resultatet för perioden är högre än för helåret eftersom semesterlöneskulden minskar under sommaren.",
      size=9.8)
pdf.p(f"Helårsprognosen pekar på ett resultat på {dec(res[1])} mnkr, vilket är {dec(-r1(res[1] - res[0]))} mnkr "
      f"sämre än det budgeterade resultatet på {dec(res[0])} mnkr. I aprilprognosen beräknades resultatet till "
      f"{dec(C_APRIL['Årets resultat'])} mnkr.", size=9.8)
pdf.p(f"Nämnderna prognostiserar ett sammanlagt underskott på {dec(-avv_n)} mnkr mot budget, jämfört med "
      f"{dec(-C_APRIL['Summa nämnder'])} mnkr i april. Underskottet motverkas av att skatteintäkter och generella "
      f"statsbidrag väntas bli {dec(r1(C_FINANS[0][2] - C_FINANS[0][1] + C_FINANS[1][2] - C_FINANS[1][1]))} mnkr "
      f"högre än budgeterat och finansnettot {dec(r1(C_FINANS[3][2] - C_FINANS[3][1]))} mnkr bättre.", size=9.8)
pdf.p(f"Socialnämnden svarar för det största underskottet, {dec(-c_avv(nd['Socialnämnden']))} mnkr, följt av "
      f"barn- och utbildningsnämnden med {dec(-c_avv(nd['Barn- och utbildningsnämnden']))} mnkr och vård- och "
      f"omsorgsnämnden med {dec(-c_avv(nd['Vård- och omsorgsnämnden']))} mnkr. {NUMS[len(plus)]} nämnder redovisar "
      f"ett överskott mot budget: " + ", ".join(plus[:-1]) + " och " + plus[-1] + ".", size=9.8)
pdf.h2("Balanskravet")
pdf.p(f"Med ett prognostiserat resultat på {dec(res[1])} mnkr och inga realisationsvinster uppfyller kommunen "
      f"balanskravet 2026. Det finansiella målet om ett resultat på minst 2,0 procent av skatteintäkter och "
      f"generella statsbidrag nås däremot inte: prognosen motsvarar "
      f"{dec(100 * res[1] / (C_FINANS[0][2] + C_FINANS[1][2]))} procent.", size=9.8)

pdf.add_page(orientation="L")
pdf.h1("Driftredovisning per nämnd")


def line(r, emph=""):
    name = r[0] + NOTE.get(r[0], "")
    cells = [name, dec(r[1]), dec(r[2]), dec(c_avv(r), plus=True), dec(r[3]), dec(r[4]),
             dec(100 * (r[3] - r[4]) / r[4], plus=True)]
    return Row(cells, emphasis=emph) if emph else cells


rows = [Group("Nämnder")] + [line(r) for r in C_NAMND] + [line(("Summa nämnder",) + sn, "I")]
rows += [Group("Finansiering")] + [line(r) for r in C_FINANS] + [line(("Summa finansiering",) + sf, "I")]
rows += [line(("Årets resultat",) + res, "B")]
pdf.mtable([["Nämnd / post", ("Helår 2026, mnkr", 3), ("Utfall januari–augusti, mnkr", 2), "Förändring utfall, %"],
            ["", "Budget", "Prognos", "Avvikelse", "2026", "2025", ""]], rows,
           [82, 25, 25, 25, 27, 27, 30], ["L", "R", "R", "R", "R", "R", "R"], mode="frame", size=8.8, lh=4.5,
           pad=0.9, head_fill=(222, 236, 228), group_fill=(240, 244, 241))
pdf.footnotes([("¹", "Socialnämndens prognos inkluderar 6,3 mnkr för externa placeringar av barn och unga som "
                     "inte var kända vid budgetarbetet."),
               ("²", "Pensionskostnaderna har räknats upp enligt KPA:s prognos från augusti 2026."),
               ("", "Avvikelse = prognos minus budget. Negativa belopp är kostnader eller underskott.")], size=7.8)

pdf.add_page(orientation="P")
pdf.h1("Nämndernas prognoser")
sn_ = nd["Socialnämnden"]
bu_ = nd["Barn- och utbildningsnämnden"]
pdf.p(f"Socialnämnden prognostiserar ett underskott på {dec(-c_avv(sn_))} mnkr, jämfört med "
      f"{dec(-C_APRIL['Socialnämnden'])} mnkr i aprilprognosen. Kostnaderna för perioden har ökat med "
      f"{dec(100 * (sn_[3] - sn_[4]) / sn_[4])} procent jämfört med januari–augusti 2025. Underskottet beror "
      f"främst på fler externa placeringar av barn och unga och på ökade kostnader för ekonomiskt bistånd.",
      size=9.8)
pdf.p(f"Barn- och utbildningsnämnden räknar med ett underskott på {dec(-c_avv(bu_))} mnkr, jämfört med "
      f"{dec(-C_APRIL['Barn- och utbildningsnämnden'])} mnkr i april. Försämringen förklaras av att fler elever "
      f"än beräknat har valt gymnasieskolor i andra kommuner och av kostnader för tillfälliga lokaler vid "
      f"Sävlundaskolan.", size=9.8)
pdf.p("Samhällsbyggnadsnämnden och kommunstyrelsen redovisar överskott, främst på grund av vakanta tjänster och "
      "lägre kostnader för vinterväghållning under början av året.", size=9.8)
pdf.h1("Investeringar")
pdf.p(f"Investeringsbudgeten för 2026 uppgår till {dec(C_INV[0])} mnkr. Till och med augusti har "
      f"{dec(C_INV[2])} mnkr investerats och prognosen för helåret är {dec(C_INV[1])} mnkr, alltså "
      f"{dec(r1(C_INV[0] - C_INV[1]))} mnkr lägre än budget. Den största förskjutningen gäller Stensötaskolans "
      f"tillbyggnad, som har flyttats till 2027.", size=9.8)
pdf.h1("Åtgärder för att nå budget i balans")
pdf.bullets(["Socialnämnden ska redovisa en åtgärdsplan för externa placeringar till kommunstyrelsen senast "
             "den 10 november 2026.",
             "Anställningsprövning för alla tjänster utom vård- och undervisningstjänster gäller från och med "
             "1 oktober 2026.",
             "Barn- och utbildningsnämnden ser över sin lokalanvändning och avvecklar de tillfälliga lokalerna vid "
             "Sävlundaskolan under 2027."], size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
