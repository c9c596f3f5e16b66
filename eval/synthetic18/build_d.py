"""(d) Lövhammars kommun – äldreomsorgens kvalitetsrapport 2026.

Layout: portrait, DejaVu Sans. P. 1: a summary box with a DOUBLE FRAME (label left, bold value right) and an
introduction whose sentences compare women / men / total and two years. P. 2: särskilt boende, a hand-drawn table
with a THREE-LEVEL HEADING ("Brukarbedömning …, %" spanning 2025 / 2026, each spanning Kv / Män / Tot; "Fallskador,
antal" spanning 2025 / 2026 over two heading rows), the two Tot columns SHADED, solid row rules, "–" where fewer
than five answered, and a bold total row. P. 3: hemtjänst per område with the same three-level heading
(personalkontinuitet 2025 / 2026; andel nöjda 2025 / 2026 × Kv / Män) and a bold total row. P. 4: analysis,
a "•" list of improvement areas and the method. Metadata title set.
"""
import datetime as dt

from common18 import HERE, Doc, grp
from data import (D_SABO, D_HT, d_shares, d_sabo_tot, d_ht_tot, d_falls, d_kont_tot, D_MAL_KONT, D_MAL_NOJD,
                  D_MIN_N)

OUT = HERE / "lovhammar-aldreomsorg-kvalitetsrapport-2026.pdf"
ACC = (40, 100, 90)
pdf = Doc("Lövhammars kommun", "Vård- och omsorgsnämnden", "Sida {p} av {nb}", font="dejavu", accent=ACC,
          foot="Kvalitetsrapport 2026 · Äldreomsorgen i Lövhammars kommun",
          title="Lövhammars kommun – Äldreomsorgens kvalitetsrapport 2026", author="Vård- och omsorgsförvaltningen",
          created=dt.datetime(2027, 2, 10, 13, 0, tzinfo=dt.timezone.utc))


def s(v):
    return "–" if v is None else str(v)


s25, s26, h25, h26 = d_sabo_tot(2025), d_sabo_tot(2026), d_ht_tot(2025), d_ht_tot(2026)
pdf.add_page()
pdf.title_block("Äldreomsorgens kvalitetsrapport 2026", "Resultat per särskilt boende och hemtjänstområde", size=19)
pdf.double_box("Sammanfattning i siffror", [
    ("Andel nöjda med sitt särskilda boende 2026", f"{s26[2]} %"),
    ("Andel nöjda med hemtjänsten 2026", f"{h26[2]} %"),
    (f"Personalkontinuitet i hemtjänsten 2026, antal personal på 14 dagar (mål högst {D_MAL_KONT})",
     str(d_kont_tot(2026))),
    ("Fallskador i särskilt boende 2026", f"{d_falls(2026)} (2025: {d_falls(2025)})"),
    ("Nämndens mål för andel nöjda", f"minst {D_MAL_NOJD} %"),
])
pdf.h1("Inledning")
pdf.p(f"Rapporten redovisar resultaten från brukarundersökningen och kommunens egen uppföljning av "
      f"personalkontinuitet och fallskador. I särskilt boende var {s26[2]} procent av de svarande nöjda med boendet "
      f"som helhet 2026, jämfört med {s25[2]} procent året innan. Bland kvinnorna var andelen {s26[0]} procent och "
      f"bland männen {s26[1]} procent.", size=9.8)
pdf.p(f"I hemtjänsten var {h26[2]} procent nöjda, vilket är lägre än {h25[2]} procent 2025 men når nämndens mål på "
      f"{D_MAL_NOJD} procent. Kvinnorna var mindre nöjda än tidigare, {h26[0]} procent mot {h25[0]} procent, medan "
      f"männen var mer nöjda, {h26[1]} procent mot {h25[1]} procent.", size=9.8)
pdf.p(f"En brukare med hemtjänst mötte i genomsnitt {d_kont_tot(2026)} olika medarbetare under en period på 14 "
      f"dagar, jämfört med {d_kont_tot(2025)} år 2025. Målet på högst {D_MAL_KONT} nåddes bara i ett av fem "
      "områden, Linsjöbo.", size=9.8)

pdf.add_page()
pdf.h1("Särskilt boende")
pdf.p("Brukarbedömningen bygger på Socialstyrelsens enkät, besvarad under våren. Fallskador är de fall som har lett "
      "till en skada och rapporterats i avvikelsesystemet under året.", size=9.6)
rows = []
for r in D_SABO:
    a, b = d_shares(r[2]), d_shares(r[3])
    rows.append({"cells": [r[0], str(r[1])] + [s(x) for x in a + b] + [str(r[4]), str(r[5])]})
rows.append({"cells": ["Samtliga boenden", str(sum(r[1] for r in D_SABO))] + [s(x) for x in s25 + s26]
             + [str(d_falls(2025)), str(d_falls(2026))], "kind": "total"})
pdf.table18([[("Särskilt boende", 1, 3), ("Platser, antal", 1, 3),
              ("Brukarbedömning: andel nöjda med boendet som helhet, %", 6), ("Fallskador, antal", 2, 2)],
             [("2025", 3), ("2026", 3)],
             [("Kv", 1), ("Män", 1), ("Tot", 1), ("Kv", 1), ("Män", 1), ("Tot", 1), ("2025", 1), ("2026", 1)]],
            rows, [32, 18] + [13] * 6 + [19, 19], ["LEFT"] + ["RIGHT"] * 9, size=8.8, lh=4.4, sep="solid",
            head_fill=(226, 238, 234), col_fill={4: (238, 244, 242), 7: (238, 244, 242)},
            caption="Tabell 1. Särskilt boende 2025 och 2026")
pdf.p(f"– = färre än {D_MIN_N} svarande, andelen redovisas inte. Tot omfattar samtliga svarande.", size=8.4,
      lh=4.2)
pdf.p("Kastanjen är kommunens boende för personer med demenssjukdom. Andelen nöjda steg där, men antalet "
      "fallskador ökade från 27 till 35.", size=9.6)

pdf.add_page()
pdf.h1("Hemtjänst")
pdf.p("Personalkontinuitet mäts som det genomsnittliga antalet olika medarbetare som en brukare med minst två "
      "besök per dag möter under 14 dagar. Ett lägre värde är bättre.", size=9.6)
rows = []
for r in D_HT:
    a, b = d_shares(r[4]), d_shares(r[5])
    rows.append({"cells": [r[0], str(r[1]), str(r[2]), str(r[3]), s(a[0]), s(a[1]), s(b[0]), s(b[1])]})
rows.append({"cells": ["Hela hemtjänsten", str(sum(r[1] for r in D_HT)), str(d_kont_tot(2025)),
                       str(d_kont_tot(2026)), s(h25[0]), s(h25[1]), s(h26[0]), s(h26[1])], "kind": "total"})
pdf.table18([[("Hemtjänstområde", 1, 3), ("Brukare 2026, antal", 1, 3),
              ("Personalkontinuitet, antal personal", 2, 2), ("Andel nöjda med hemtjänsten, %", 4)],
             [("2025", 2), ("2026", 2)],
             [("2025", 1), ("2026", 1), ("Kv", 1), ("Män", 1), ("Kv", 1), ("Män", 1)]],
            rows, [40, 22, 20, 20, 16, 16, 16, 16], ["LEFT"] + ["RIGHT"] * 7, size=8.8, lh=4.4,
            sep="solid", head_fill=(226, 238, 234), caption="Tabell 2. Hemtjänst per område 2025 och 2026")
pdf.p("Värdet för hela hemtjänsten är ett medelvärde vägt med antalet brukare 2026.", size=8.4, lh=4.2)
pdf.p("Kallmora har haft den största försämringen av kontinuiteten, från 14 till 17 medarbetare, efter att två "
      "arbetslag slogs samman under sommaren och många timanställda vikarier behövdes. Linsjöbo har bäst "
      "kontinuitet och flest nöjda brukare.", size=9.6)

pdf.add_page()
pdf.h1("Analys och förbättringsområden")
pdf.p("Fallskadorna ökade främst på Kastanjen och Duvslaget. På Kastanjen beror ökningen på att fler boende har "
      "långt framskriden demenssjukdom och rör sig mycket nattetid, samtidigt som nattbemanningen minskades från "
      "tre till två medarbetare under hösten.", size=9.8)
pdf.p("Lingonbacken har den lägsta andelen nöjda, särskilt bland män. I fritextsvaren lyfts maten och bristen på "
      "aktiviteter utomhus.", size=9.8)
pdf.h2("Förbättringsområden 2027")
pdf.bullets([
    "Införa nattkameror med samtycke och fallsensorer på Kastanjen och Duvslaget under första halvåret 2027.",
    "Minska antalet medarbetare per brukare i Kallmora genom mindre arbetslag och fler tillsvidareanställda.",
    "Se över måltiderna på Lingonbacken tillsammans med kostenheten och de boendes anhöriga.",
    "Erbjuda utevistelse minst tre gånger per vecka för alla som vill på samtliga boenden.",
], size=9.6, lh=4.7)
pdf.h2("Metod")
pdf.p("Svarsfrekvensen i brukarundersökningen var 61 procent i särskilt boende och 68 procent i hemtjänsten. "
      "Resultaten för enskilda enheter bygger ibland på få svar och bör tolkas med försiktighet.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
