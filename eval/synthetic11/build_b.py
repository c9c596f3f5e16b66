"""(b) Dövringe kommun – socialnämnden, redovisning av delegationsbeslut mars–april 2026.

Layout: a tjänsteskrivelse on p. 1 (letter head with key–value block, "Förslag till beslut", ärendebeskrivning
with figures, and a small key of the delegates' abbreviations Ordf / Sn au / Fc / Ec / Su / Ekc); the
bilaga on p. 2–3 is a ruled DELEGATION-DECISION LIST Punkt / Beslut / Datum / Delegat / Lagrum with 18 rows
under five bold shaded area rows ("1 Individ- och familjeomsorg" …), the Beslut cells wrapping over 2–3
lines, "–" where no lagrum is given, the heading row repeated on p. 3. Liberation fonts, no metadata title.
"""
import datetime as dt

from common11 import HERE, Doc, Group
from data import B_GROUPS, B_ROWS, B_DELEGAT, B_BREAK_BEFORE

OUT = HERE / "dovringe-sn-delegationsbeslut-2026-05.pdf"
ACC = (20, 60, 120)

pdf = Doc("Dövringe kommun", "Socialförvaltningen", "Sida {p} (3)", accent=ACC, font="liberation",
          foot="Dövringe kommun · Socialförvaltningen · 871 42 Dövringe · socialforvaltningen@dovringe.se",
          created=dt.datetime(2026, 5, 6, 8, 30, tzinfo=dt.timezone.utc))

pdf.add_page()
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "TJÄNSTESKRIVELSE", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.kv([("Datum", "2026-05-06"), ("Diarienummer", "SN 2026/94"), ("Handläggare", "Nämndsekreterare Maria Qvist"),
        ("Till", "Socialnämnden, sammanträde 2026-05-20")], lw=36)
pdf.title_block("Redovisning av delegationsbeslut 1 mars–30 april 2026", size=15)
pdf.h2("Förslag till beslut")
pdf.p("Socialnämnden beslutar att lägga redovisningen av delegationsbeslut för perioden 1 mars–30 april 2026 "
      "till handlingarna.")
pdf.h2("Ärendebeskrivning")
pdf.p("Beslut som fattas med stöd av delegation ska anmälas till nämnden enligt nämndens delegationsordning. "
      "Under perioden fattades 1 184 delegationsbeslut inom individ- och familjeomsorgen och 642 inom "
      "äldreomsorg och funktionsstöd. Dessa redovisas genom listor ur verksamhetssystemet och finns "
      "tillgängliga hos nämndsekreteraren. I bilagan redovisas de 18 beslut som enligt delegationsordningen "
      "ska anmälas särskilt, grupperade efter delegationsordningens avsnitt.")
pdf.p("Två beslut har fattats av ordföranden med stöd av 6 kap. 39 § kommunallagen, eftersom ärendena inte "
      "kunde vänta till nämndens nästa sammanträde. Svarstiden för yttrandet till förvaltningsrätten gick ut "
      "innan nämnden sammanträdde den 25 mars, och ansökan om statsbidrag för bemanning i äldreomsorgen "
      "skulle vara inlämnad till Socialstyrelsen senast den 30 april. Sådana brådskande beslut ska anmälas "
      "vid nämndens närmast följande sammanträde.")
pdf.p("Rapporten till Inspektionen för vård och omsorg gäller ett beslut om särskilt boende som inte har "
      "kunnat verkställas inom tre månader, eftersom samtliga platser var belagda under perioden.")
pdf.h2("Förkortningar i bilagan")
pdf.ruled_table(["Förkortning", "Delegat"], [[a, b] for a, b in B_DELEGAT], [30, 70], ["LEFT", "LEFT"],
                size=8.6, lh=4.2)
pdf.p("Bilaga: Förteckning över särskilt anmälda delegationsbeslut.", size=9, style="I")

# ------------------------------------------------------------------ bilaga p. 2–3
heads = ["Punkt", "Beslut", "Datum", "Delegat", "Lagrum"]
widths = [16, 78, 26, 18, 28]
aligns = ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT"]
part1, part2 = [], []
cur = part1
for gi, g in enumerate(B_GROUPS, 1):
    rows = [r for r in B_ROWS if r[0] == str(gi)]
    for k, r in enumerate(rows):
        if r[1] == B_BREAK_BEFORE:
            cur = part2
        if k == 0:
            cur.append(Group(g + (" (6 kap. 39 § kommunallagen)" if gi == 5 else "")))
        cur.append([r[1], r[2], r[3], r[4], r[5]])

pdf.add_page()
pdf.h1("Bilaga – särskilt anmälda delegationsbeslut", size=12)
pdf.p("Socialnämnden, beslut fattade 1 mars–30 april 2026. Punkt avser numret i delegationsordningen.", size=9)
pdf.ruled_table(heads, part1, widths, aligns, size=9.4, lh=5.0, padding=2.3, head_fill=(210, 222, 238),
                group_fill=(235, 240, 247))
pdf.add_page()
pdf.ruled_table(heads, part2, widths, aligns, size=9.4, lh=5.0, padding=2.3, head_fill=(210, 222, 238),
                group_fill=(235, 240, 247))
pdf.ln(4)
pdf.p("Förteckningen är upprättad av socialförvaltningens kansli 2026-05-05.", size=9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
