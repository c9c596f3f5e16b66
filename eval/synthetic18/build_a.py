"""(a) Dammsjö kommun – socialnämnden, anmälan av delegationsbeslut 1 januari–28 februari 2027.

Layout: portrait throughout, DejaVu Sans. P. 1: a tjänsteskrivelse with a key–value block, a counts sentence (per
area, avslag, amounts), the reason for the two chairman's decisions and the proposal as an att-clause. Pp. 2–3:
Tabell 1, a hand-drawn table with DOTTED ROW SEPARATORS ONLY (no vertical lines), a heavy rule under the heading,
the heading REPEATED on p. 3 under the caption "Tabell 1 … (forts.)", dates written in THREE FORMATS (2027-01-04,
"5/1-27", "7 jan. 2027"), a Belopp kr column with "–", and a two-line "Lagrum / punkt" cell ("SoL 4 kap. 1 §"
over "p. 3.1.1"). P. 4: a summary per delegat (Januari / Februari / Totalt / varav avslag) with a bold total.
Running header "Sida n av 4". Metadata title set.
"""
import datetime as dt

from common18 import HERE, Doc, grp
from data import A_ROWS, a_datestr, a_counts, A_AREAS, A_DELEGATS, a_per_delegat

OUT = HERE / "dammsjo-sn-delegationsbeslut-jan-feb-2027.pdf"
ACC = (30, 80, 120)
pdf = Doc("Dammsjö kommun", "Socialnämnden", "Sida {p} av {nb}", font="dejavu", accent=ACC,
          foot="Dammsjö kommun · Socialförvaltningen · Dnr SN 2027/62",
          title="Dammsjö kommun – Socialnämnden, redovisning av delegationsbeslut januari–februari 2027",
          author="Socialförvaltningen", created=dt.datetime(2027, 3, 3, 10, 15, tzinfo=dt.timezone.utc))

n, per, avs, belopp = a_counts()
pdf.add_page()
pdf.title_block("Redovisning av delegationsbeslut 1 januari–28 februari 2027",
                "Tjänsteskrivelse till socialnämndens sammanträde den 17 mars 2027", size=17)
pdf.kv([("Ärende", "5"), ("Diarienummer", "SN 2027/62"), ("Datum", "2027-03-03"),
        ("Handläggare", "Nämndsekreterare, socialförvaltningens kansli"),
        ("Bilaga", "Tabell 1 Delegationsbeslut och sammanställning per delegat")], lw=38)
pdf.h2("Förslag till beslut")
pdf.att_list("Socialnämnden beslutar", ["lägga redovisningen av delegationsbeslut för perioden 1 januari–28 "
                                        "februari 2027 till handlingarna."])
pdf.h2("Ärendebeskrivning")
pdf.p("Beslut som fattas med stöd av delegation ska anmälas till nämnden enligt 6 kap. 40 § kommunallagen. "
      "Anmälan innebär inte att nämnden kan ändra besluten, men nämnden får på så sätt insyn i hur "
      "delegationen används.", size=9.8)
pdf.p(f"Under perioden fattades {n} anmälningspliktiga delegationsbeslut. Av dem gällde {per['2']} barn och unga, "
      f"{per['3']} ekonomiskt bistånd, {per['4']} äldreomsorg, {per['5']} funktionsstöd och {per['6']} övriga "
      f"frågor. {avs} beslut var avslag. Beslut med belopp uppgick sammanlagt till {grp(belopp)} kronor.", size=9.8)
pdf.p("Ordföranden har vid två tillfällen beslutat om omedelbart omhändertagande enligt 6 § LVU. Besluten fattades "
      "av ordföranden eftersom de inte kunde vänta till individutskottets nästa sammanträde, och de har "
      "därefter underställts förvaltningsrätten inom en vecka.", size=9.8)
pdf.p("Datum anges i tabellen så som de är registrerade i verksamhetssystemen, vilket förklarar att formaten "
      "skiljer sig åt. Punkt avser numret i socialnämndens delegationsordning, antagen 2026-11-18 § 97.",
      size=9.8)

pdf.set_margins(16, 25, 16)
pdf.add_page()
rows = []
for r in A_ROWS:
    rows.append({"cells": [str(r[0]), a_datestr(r), r[3], r[4], grp(r[5]) if r[5] else "–", r[6],
                           f"{r[7]}\np. {r[8]}"]})
pdf.table18([[("Nr", 1), ("Datum", 1), ("Ärende", 1), ("Beslut", 1), ("Belopp, kr", 1), ("Delegat", 1),
              ("Lagrum / punkt", 1)]], rows, [8, 20, 48, 23, 16, 34, 29],
            ["RIGHT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT"], size=8.4, lh=4.0, sep="dotted", font="Cond",
            head_fill=(255, 255, 255), head_color=ACC, head_rule=ACC,
            caption="Tabell 1. Delegationsbeslut 1 januari–28 februari 2027")
pdf.p("Beslut om ekonomiskt bistånd under 3 000 kronor redovisas inte i tabellen utan finns i verksamhetssystemet.",
      size=8.4, lh=4.2)

pdf.set_margins(22, 25, 22)
pdf.add_page()
pdf.h1("Sammanställning per delegat")
pdf.p("Tabellen sammanfattar Tabell 1. Ett beslut räknas i den månad då det fattades.", size=9.6)
srows = []
for d in A_DELEGATS:
    j, f, t, a = a_per_delegat(d)
    srows.append({"cells": [d, str(j), str(f), str(t), str(a)]})
tj = sum(a_per_delegat(d)[0] for d in A_DELEGATS)
tf = sum(a_per_delegat(d)[1] for d in A_DELEGATS)
ta = sum(a_per_delegat(d)[3] for d in A_DELEGATS)
srows.append({"cells": ["Totalt", str(tj), str(tf), str(tj + tf), str(ta)], "kind": "total"})
pdf.table18([[("Delegat", 1), ("Januari, antal", 1), ("Februari, antal", 1), ("Totalt, antal", 1),
              ("varav avslag", 1)]], srows, [62, 26, 26, 26, 26], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
            size=8.8, lh=4.5, sep="solid", head_fill=(232, 240, 246))
pdf.h2("Kommentar")
pdf.p("Antalet delegationsbeslut är i nivå med samma period 2026. Avslagen gäller främst ekonomiskt bistånd, där "
      "ansökningar om tandvård, glasögon och skulder har prövats mot riksnormen.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
