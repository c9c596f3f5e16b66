"""(a) Dungsjö kommun – socialnämnden, verksamhetsstatistik per månad 2025.

Layout: portrait p. 1 with a key–value block, a summary whose sentences carry 2–4 figures each and a "•" list
of observations that wrap; LANDSCAPE p. 2–3 with one MONTH TABLE WITHOUT RULING LINES (alternately shaded rows,
bold group rows): Mått / jan … dec under a spanning "2025" / Avser (snitt or summa) / "Helår" spanning 2025 and
2024 / Ändring, %. The table breaks inside a group and continues on p. 3 under the caption "Tabell 1
(forts.)" with both heading rows repeated; a legend follows it. Portrait p. 4 with comments and a justified
numbered "1." list of measures for 2026 whose items wrap. Metadata title set. Liberation fonts, serif body.
"""
import datetime as dt

from common13 import HERE, Doc, Group, grp, dec
from data import A_GROUPS, A_ROWS, A_BUDGET_FBS, A_ATGARDER, A_IAKTTAGELSER, MON3, a_helar, a_change, a_row

OUT = HERE / "dungsjo-sn-manadsstatistik-2025.pdf"
ACC = (120, 40, 60)

pdf = Doc("Dungsjö kommun", "Socialnämnden", "Sida {p} av 4", font="liberation", serif=True, justify=True,
          accent=ACC, foot="Dungsjö kommun · Socialförvaltningen · Verksamhetsstatistik 2025 · Dnr SN 2026/14",
          title="Dungsjö kommun – Socialnämndens verksamhetsstatistik per månad 2025",
          author="Socialförvaltningen, stab och utveckling",
          created=dt.datetime(2026, 2, 9, 8, 30, tzinfo=dt.timezone.utc))

hh = a_row("Hushåll med försörjningsstöd")
fbs = a_row("Utbetalt försörjningsstöd, tkr")
oro = a_row("Orosanmälningar")
utr = a_row("Inledda utredningar")
s_fbs = a_helar(fbs)

pdf.add_page()
pdf.title_block("Verksamhetsstatistik 2025", "Socialnämndens uppföljning per månad, januari–december 2025",
                size=19)
pdf.kv([("Nämnd", "Socialnämnden"), ("Sammanträde", "2026-02-19"), ("Diarienummer", "SN 2026/14"),
        ("Handläggare", "Verksamhetsutvecklare, stab och utveckling"),
        ("Förslag till beslut", "Socialnämnden lägger verksamhetsstatistiken för 2025 till handlingarna.")])
pdf.h1("Sammanfattning")
pdf.p("Socialnämnden följer varje månad upp ett urval av mått för ekonomiskt bistånd, barn och unga, vuxna, "
      "våld i nära relationer och insatser enligt LSS. Uppgifterna hämtas ur verksamhetssystemet den femte "
      "vardagen i månaden efter den månad som redovisas, och tidigare månader rättas inte i efterhand.")
pdf.p(f"Under 2025 hade i genomsnitt {a_helar(hh)} hushåll försörjningsstöd per månad, jämfört med {hh[4]} "
      f"hushåll under 2024, och i december var antalet {hh[3][11]}. Det utbetalda försörjningsstödet uppgick "
      f"till {grp(s_fbs)} tkr, vilket är {grp(s_fbs - A_BUDGET_FBS)} tkr mer än budgeterade "
      f"{grp(A_BUDGET_FBS)} tkr och {dec(a_change(fbs))} procent mer än året före.")
pdf.p(f"Orosanmälningarna ökade från {grp(oro[4])} under 2024 till {grp(a_helar(oro))} under 2025, medan "
      f"antalet inledda utredningar minskade från {utr[4]} till {a_helar(utr)}. Andelen anmälningar som ledde "
      "till utredning sjönk därmed från 38 till 34 procent.")
pdf.h2("Viktiga iakttagelser")
pdf.bullets(A_IAKTTAGELSER, size=10)

pdf.add_page(orientation="L")
pdf.page_notes = {}
pdf.h1("Tabell 1. Socialnämndens mått per månad 2025")
pdf.p("Antal om inte annat anges. Utbetalt försörjningsstöd i tusen kronor (tkr). Kolumnen Avser anger om "
      "helårsvärdet är ett genomsnitt per månad (snitt) eller en summa för året (summa).", size=9, lh=4.4)
head = [[("Mått", 1, 2), ("2025", 12, 1), ("Avser", 1, 2), ("Helår", 2, 1), ("Ändring, %", 1, 2)],
        MON3 + ["2025", "2024"]]
rows, g = [], None
for r in A_ROWS:
    if r[0] != g:
        rows.append(Group(A_GROUPS[r[0]]))
        g = r[0]
    rows.append([r[1]] + [grp(v) for v in r[3]] + [r[2], grp(a_helar(r)), grp(r[4]), dec(a_change(r), plus=True)])
widths = [56] + [11.8] * 12 + [12, 13, 13, 17.4]
aligns = ["L"] + ["R"] * 12 + ["C", "R", "R", "R"]
placed = pdf.zebra_table(head, rows, widths, aligns, size=7.9, lh=7.0, group_color=ACC,
                         cont_caption="Tabell 1 (forts.)")
pdf.set_font("Serif", "", 8.5)
pdf.multi_cell(0, 4.2, "Förklaring: snitt = genomsnitt per månad, avrundat till heltal; summa = summa för "
               "januari–december. Ändring avser helår 2025 jämfört med helår 2024. HVB = hem för vård eller "
               "boende. LSS = lagen om stöd och service till vissa funktionshindrade.", align="L",
               new_x="LMARGIN", new_y="NEXT")

pdf.add_page(orientation="P")
pdf.h1("Kommentarer")
pdf.h2("Barn och unga")
pdf.p(f"Antalet orosanmälningar var högst i oktober, då {max(oro[3])} anmälningar kom in, och lägst i juli med "
      f"{min(oro[3])}. Ökningen under hösten hänger främst samman med att grundskolorna sedan september "
      "tillämpar en gemensam rutin för anmälan vid långvarig skolfrånvaro, och med att polisen sedan oktober "
      "skickar sina anmälningar digitalt direkt till socialtjänsten. Många anmälningar gäller barn som redan "
      "har en pågående insats, vilket förklarar att fler anmälningar inte har lett till fler utredningar.")
pdf.p("Placeringarna har fortsatt att minska. Förvaltningen har under året flyttat resurser från placeringar "
      "till öppenvården, där antalet pågående insatser har ökat under hela året.")
pdf.h2("Ekonomiskt bistånd")
pdf.p("Försörjningsstödet ökade mest under hösten. Ökningen förklaras av fler hushåll med barn där den vuxna "
      "har förlorat sin anställning eller sin ersättning från arbetslöshetskassan, och av högre hyror i det "
      "kommunala bostadsbolaget från april. Unga vuxna är något färre än 2024.")
pdf.h2("Vuxna och LSS")
pdf.p("Vårddygnen på HVB för vuxna minskade efter att kommunen i maj öppnade ett eget öppenvårdsprogram för "
      "personer med alkoholberoende. Antalet ej verkställda beslut enligt LSS har halverats sedan januari, "
      "främst genom två nya platser i bostad med särskild service.")
pdf.h1("Åtgärder 2026")
pdf.numbered(A_ATGARDER, size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages", "rows per page:",
      {p: sum(1 for x in placed if x[0] == p) for p in {x[0] for x in placed}})
