"""(b) Ivringe kommun – ärendebalans: obesvarade motioner och medborgarförslag per den 30 april 2026.

Layout: portrait, Liberation Sans (Word look). P. 1: key–value block, the introduction with the counts (14
motions, 10 citizen proposals, 24 in all; 3 + 2 older than one year; 2 not yet remitted), the one-year rule of the
kommunallag, a small table per beredande nämnd with horizontal rules only and a bold Totalt row, and the proposal
as att-clauses. Pp. 2–3: Bilaga 1, a hand-drawn table with SOLID HORIZONTAL RULES ONLY (no vertical lines) and a
heavy rule under the heading: Diarienr / Ärende / Inkom / Remitterad till / Status / Ålder, mån. Every Ärende cell
holds the WRAPPING TITLE and a SMALL GREY ITALIC LINE with the author; the inkom dates are written either
"2026-03-14" or "14 mars 2026"; ROWS OLDER THAN ONE YEAR ARE SHADED; group rows "Motioner" and
"Medborgarförslag"; the caption and heading are repeated on p. 3 with "(forts.)". P. 3/4: comments on the old
matters (why the lighting proposal is vilande) and a numbered list of matters answered since the last report.
No metadata title.
"""
import datetime as dt

from common20 import HERE, Doc, Row
from data import (B_ROWS, B_BODIES, B_ANSWERED, B_BALANS, b_datestr, b_age, b_old, b_counts, b_per_body, MONTHS)

OUT = HERE / "ivringe-arendebalans-motioner-medborgarforslag-2026.pdf"
ACC = (30, 70, 130)
pdf = Doc("Ivringe kommun", "Kommunledningskontoret", "{p} ({nb})", font="liberation", accent=ACC,
          foot="Ivringe kommun · Kommunledningskontoret · Dnr KS 2026/101",
          created=dt.datetime(2026, 5, 6, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
c = b_counts()
old = c["oldest"]
WORD = {2: "Två", 3: "Tre", 4: "Fyra"}
bal = f"{B_BALANS.day} {MONTHS[B_BALANS.month - 1]} {B_BALANS.year}"

pdf.add_page()
pdf.title_block("Redovisning av obesvarade motioner och medborgarförslag",
                f"Ärendebalans per den {bal} – tjänsteskrivelse till kommunstyrelsen", size=17)
pdf.kv([("Datum", "2026-05-06"), ("Diarienummer", "KS 2026/101"), ("Till", "Kommunstyrelsen 2026-05-19"),
        ("Bilaga", "Bilaga 1 Förteckning över obesvarade ärenden")], lw=34)
pdf.h2("Ärendet")
pdf.p("Enligt kommunallagen ska en motion om möjligt beredas så att fullmäktige kan fatta beslut inom ett år från "
      "det att motionen väcktes. Om beredningen inte kan avslutas inom den tiden ska detta, och vad som har kommit "
      "fram vid beredningen, anmälas till fullmäktige. Ivringe tillämpar samma regel för medborgarförslag. "
      "Redovisningen görs två gånger per år, per den 30 april och den 31 oktober.", size=9.8)
pdf.p(f"Per den {bal} fanns {c['mot']} obesvarade motioner och {c['mf']} obesvarade medborgarförslag, "
      f"sammanlagt {c['tot']} ärenden. Av motionerna är {c['mot_old']} äldre än ett år och av medborgarförslagen "
      f"{c['mf_old']}. {WORD[c['ej_rem']]} ärenden har ännu inte skickats på remiss. Det äldsta "
      f"ärendet är ett medborgarförslag som kom in den {b_datestr(old)}.", size=9.8)
pdf.h2("Ärenden per beredande nämnd")
rows = []
for b in B_BODIES:
    m, f, t = b_per_body(b)
    rows.append([b if b != "–" else "Ej remitterade", str(m), str(f), str(t)])
rows.append(Row(["Totalt", str(c["mot"]), str(c["mf"]), str(c["tot"])], emphasis="B"))
pdf.ruled_table(["Beredande nämnd", "Motioner", "Medborgarförslag", "Totalt"], rows, [70, 26, 34, 26],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=9, borders="HORIZONTAL_LINES", head_fill=(226, 234, 245))
pdf.h2("Förslag till beslut")
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta",
             [f"lägga redovisningen av obesvarade motioner och medborgarförslag per den {bal} till handlingarna."],
             size=9.6)

pdf.add_page()
trows = []
for kind, label in (("M", "Motioner"), ("F", "Medborgarförslag")):
    rs = [r for r in B_ROWS if r[1] == kind]
    trows.append({"cells": [f"{label} ({len(rs)})"], "kind": "group"})
    for r in rs:
        trows.append({"cells": [r[0], {"t": r[2], "sub": r[3]}, b_datestr(r), r[6], r[7], str(b_age(r))],
                      "fill": (253, 232, 225) if b_old(r) else None})
pdf.table18([[("Diarienr", 1), ("Ärende", 1), ("Inkom", 1), ("Remitterad till", 1), ("Status", 1),
              ("Ålder (mån)", 1)]], trows, [20, 58, 22, 32, 24, 14],
            ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"], size=8.5, lh=4.0, sep="solid", font="Cond",
            head_fill=(226, 234, 245), head_color=(0, 0, 0), head_rule=ACC, group_fill=(236, 240, 246),
            caption=f"Bilaga 1. Obesvarade motioner och medborgarförslag per {B_BALANS.isoformat()}")
pdf.set_font("Sans", "I", 8.2)
pdf.multi_cell(0, 4, "Skuggade rader: ärendet är äldre än ett år. Ålder = hela månader från inkom till "
                     f"{B_BALANS.isoformat()}. Status avser läget på balansdagen.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h1("Kommentarer till ärenden äldre än ett år", size=12)
pdf.p("Medborgarförslaget om belysning längs gångvägen runt Pellesjön är vilande, eftersom gångvägen ligger inom "
      "området för den nya detaljplanen för Pellesjöns strand. Tekniska nämnden vill inte bygga belysning som kan "
      "behöva flyttas när planen genomförs, och ärendet tas upp igen när detaljplanen har vunnit laga kraft.",
      size=9.6)
pdf.p("Motionen om avgiftsfri kollektivtrafik för pensionärer har dröjt eftersom tekniska nämnden har inväntat "
      "regionens nya taxa. Motionen om en fritidsbank och medborgarförslaget om ett utegym har färdiga "
      "beslutsförslag och behandlas av fullmäktige i juni.", size=9.6)
pdf.h2("Besvarade sedan förra redovisningen")
pdf.numbered([f"{a[1]} ({a[0]}), {a[3]} av fullmäktige {a[2]}." for a in B_ANSWERED], size=9.4, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
