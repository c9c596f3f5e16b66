"""(f) Klingstorps kommun – kultur- och fritidsnämndens verksamhetsplan 2027.

Layout: DejaVu Sans. P. 1 portrait: key–value block, budget sentence, the status rule (Uppfyllt / Delvis / Ej
uppfyllt, 90 % of the target) and a counts sentence. P. 2 LANDSCAPE: the three goals SIDE BY SIDE IN THREE
COLUMNS, each a coloured heading bar, an italic intro and four stacked INDICATOR CARDS (thin frame; label–value
lines Utfall 2025 / Mål 2026 / Utfall 2026 / Mål 2027 and a coloured status WORD "Uppfyllt", "Delvis" or "Ej
uppfyllt"). P. 3 portrait: the nämnd's assignments as a "•" LIST WHOSE ITEMS WRAP and carry due dates in several
formats ("31 mars 2027", "2027-09-30", "i juni 2027", "1 januari 2028"), and a budget table per verksamhet
(Budget 2026 / Budget 2027 / Förändring tkr / Förändring %, horizontal rules only, bold Summa). Metadata title set.
"""
import datetime as dt

from common18 import HERE, Doc, grp, dec
from data import F_GOALS, f_status, f_indicators, F_UPPDRAG, F_BUDGET, f_budget_sum, f_change, F_DELVIS

OUT = HERE / "klingstorp-kfn-verksamhetsplan-2027.pdf"
ACC = (150, 70, 30)
pdf = Doc("Klingstorps kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027 · {p}", font="dejavu",
          accent=ACC, foot="Klingstorps kommun · Kultur- och fritidsnämnden · Dnr KFN 2026/77",
          title="Klingstorps kommun – Kultur- och fritidsnämndens verksamhetsplan 2027",
          author="Kultur- och fritidsförvaltningen", created=dt.datetime(2026, 12, 9, 15, 30, tzinfo=dt.timezone.utc))


def fmt(ind, v, target=False):
    name = ind[0]
    if name.endswith("%"):
        s = f"{v} %"
    elif name.endswith("dagar"):
        s = f"{v} dagar"
    else:
        s = grp(v)
    if target and ind[1] < 0:
        s = "högst " + s
    return s


b26, b27 = f_budget_sum()
inds = f_indicators()
cnt = {s: sum(1 for _, i in inds if f_status(i) == s) for s in ("Uppfyllt", "Delvis", "Ej uppfyllt")}
pdf.add_page()
pdf.title_block("Verksamhetsplan 2027", "Kultur- och fritidsnämnden", size=20)
pdf.kv([("Beslutad av", "Kultur- och fritidsnämnden 2026-12-08, § 64"), ("Diarienummer", "KFN 2026/77"),
        ("Gäller", "2027"), ("Kontakt", "Kultur- och fritidschefen")], lw=36)
pdf.h1("Inledning")
pdf.p(f"Verksamhetsplanen beskriver hur nämnden ska arbeta mot fullmäktiges mål under 2027. Nämndens budgetram för "
      f"2027 är {grp(b27)} tkr, vilket är {grp(b27 - b26)} tkr mer än 2026. Den största ökningen gäller idrott och "
      "anläggningar, där driften av den nya sporthallen i Klingstorp ingår från augusti 2027.", size=9.8)
pdf.p("Nämnden har tre mål med fyra indikatorer vardera. För varje indikator redovisas utfallet för 2025 och 2026, "
      "målvärdet för 2026 och det nya målvärdet för 2027.", size=9.8)
pdf.h2("Så bedöms indikatorerna")
pdf.bullets([
    "Uppfyllt – målvärdet för 2026 är nått.",
    f"Delvis – utfallet är minst {int(F_DELVIS * 100)} procent av målvärdet (för väntetider: målvärdet är minst "
    f"{int(F_DELVIS * 100)} procent av utfallet).",
    f"Ej uppfyllt – utfallet är lägre än {int(F_DELVIS * 100)} procent av målvärdet.",
], size=9.6, lh=4.7)
pdf.p(f"Av de {len(inds)} indikatorerna bedöms {cnt['Uppfyllt']} som uppfyllda, {cnt['Delvis']} som delvis "
      f"uppfyllda och {cnt['Ej uppfyllt']} som ej uppfyllda för 2026.", size=9.8)
pdf.p("Besöken på fritidsgårdarna minskade för andra året i rad. Nämnden bedömer att minskningen beror på att "
      "gården i Brandsjö har hållit stängt på kvällar under ombyggnaden och att fler unga söker sig till "
      "föreningarnas verksamhet.", size=9.8)

pdf.add_page(orientation="L")
pdf.h1("Mål och indikatorer 2027", size=13)
goals = []
for title, intro, ii in F_GOALS:
    cards = []
    for ind in ii:
        cards.append((ind[0], [("Utfall 2025", fmt(ind, ind[2])), ("Mål 2026", fmt(ind, ind[3], True)),
                               ("Utfall 2026", fmt(ind, ind[4])), ("Mål 2027", fmt(ind, ind[5], True))],
                      f_status(ind)))
    goals.append((title, intro, cards))
pdf.goal_columns(goals, ncols=3, gap=6, size=8.4, lh=4.0)

pdf.add_page(orientation="P")
pdf.h1("Nämndens uppdrag 2027")
pdf.p("Utöver det löpande arbetet ger nämnden förvaltningen följande uppdrag under 2027:", size=9.8)
pdf.bullets([u[0] for u in F_UPPDRAG], size=9.6, lh=4.7)
pdf.h1("Budget per verksamhet")
rows = []
for r in F_BUDGET:
    ch, pc = f_change(r)
    rows.append({"cells": [r[0], grp(r[1]), grp(r[2]), grp(ch) if ch < 0 else "+" + grp(ch), dec(pc, plus=True)]})
ch = b27 - b26
rows.append({"cells": ["Summa", grp(b26), grp(b27), "+" + grp(ch), dec(100 * ch / b26, plus=True)],
             "kind": "total"})
pdf.table18([[("Verksamhet, tkr", 1), ("Budget 2026", 1), ("Budget 2027", 1), ("Förändring, tkr", 1),
              ("Förändring, %", 1)]], rows, [62, 26, 26, 26, 26], ["LEFT"] + ["RIGHT"] * 4, size=9, lh=4.6,
            sep="solid", head_fill=(255, 255, 255), head_color=ACC, head_rule=ACC)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
