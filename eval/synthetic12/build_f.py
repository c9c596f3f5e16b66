"""(f) Vassbäcka kommun – kommunfullmäktige 2025-11-24, protokollsutdrag § 147 Taxor och avgifter 2026 för
kultur- och fritidsnämnden, with the tariff as bilaga 1.

Layout: protocol extract with a key–value block, the matter, the motions ("yrkanden"), a VOTE with
"Ja-röster / Nej-röster / Avstår / Frånvarande" in a boxed row, the decision as "att"-clauses and
RESERVATIONS (p. 1); the bilaga with an introduction in TWO justified columns and a ruled TARIFF TABLE
Tjänst / Enhet / Avgift 2025 (kr) / Avgift 2026 (kr) / Not with bold group rows and footnote numbers in
their own column; the table continues on p. 3 with the header repeated and the footnotes below it
(p. 2–3). Metadata title set.
"""
import datetime as dt

from common12 import HERE, Doc, Group, grp
from data import F_VOTE, F_LEDAMOTER, F_ATT, F_GROUPS, F_TAXA, F_NOTER

OUT = HERE / "vassbacka-kf-2025-11-24-p147-taxor-kultur-fritid-2026.pdf"
ACC = (35, 95, 55)

pdf = Doc("Vassbäcka kommun", "Kommunfullmäktige", "Sammanträdesdatum 2025-11-24", accent=ACC,
          foot="Protokollsutdrag · Justerandes signatur ______ ______ · Sida {p}",
          title="Vassbäcka kommun – KF 2025-11-24 § 147 Taxor och avgifter 2026 för kultur och fritid",
          author="Kommunledningskontoret", created=dt.datetime(2025, 11, 28, 12, 0, tzinfo=dt.timezone.utc))
v = F_VOTE
pdf.add_page()
pdf.title_block("Protokollsutdrag", "Kommunfullmäktige i Vassbäcka kommun, sammanträde 2025-11-24", size=17)
pdf.set_fill_color(226, 238, 228)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 8, "  § 147   Taxor och avgifter 2026 för kultur- och fritidsnämnden", fill=True,
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 5, "Dnr KS 2025/388", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.h2("Ärendebeskrivning")
pdf.p("Kultur- och fritidsnämnden har föreslagit nya taxor för 2026. Förslaget innebär höjda avgifter i "
      "simhallen och för uthyrning av sporthallar till företag och privatpersoner, medan avgifterna för "
      "föreningar med barn- och ungdomsverksamhet höjs mindre. Förseningsavgifterna vid biblioteken föreslås "
      "bli avskaffade. Kommunstyrelsen har ställt sig bakom förslaget, 2025-11-04 § 211.", size=9.6, lh=4.8)
pdf.h2("Yrkanden")
pdf.p("Lena Hultgren (S) yrkar bifall till kommunstyrelsens förslag. Mats Örnberg (M) yrkar, med instämmande av "
      "Siv Tallqvist (SD), att avgifterna i simhallen ska vara oförändrade 2026. Hanna Vidmark (V) yrkar att "
      "avgifterna för barn och unga i kulturskolan ska tas bort.", size=9.6, lh=4.8)
pdf.h2("Propositionsordning och omröstning")
pdf.p("Ordföranden ställer först proposition på Hultgrens yrkande mot Örnbergs yrkande och finner att "
      "fullmäktige bifaller Hultgrens yrkande. Votering begärs. Den som vill bifalla kommunstyrelsens förslag "
      "röstar ja, den som vill bifalla Örnbergs yrkande röstar nej. Vidmarks yrkande avslås utan votering.",
      size=9.6, lh=4.8)
pdf.vote_box([("Ja-röster", str(v["ja"])), ("Nej-röster", str(v["nej"])), ("Avstår", str(v["avstar"])),
              ("Frånvarande", str(v["franvarande"]))], w=36)
pdf.p(f"Voteringslistan bifogas protokollet. Fullmäktige har {F_LEDAMOTER} ledamöter; vid voteringen "
      "tjänstgjorde två ersättare.", size=9.3, lh=4.6)
pdf.att_list("Kommunfullmäktige beslutar", F_ATT, size=9.6, lh=4.8)
pdf.h2("Reservationer")
pdf.bullets(["Moderaterna och Sverigedemokraterna reserverar sig mot beslutet till förmån för Örnbergs yrkande.",
             "Vänsterpartiet reserverar sig mot beslutet i den del som avser avgifterna i kulturskolan."],
            sym="–", size=9.4)

pdf.add_page()
pdf.h1("Bilaga 1 till KF § 147: Taxor och avgifter för kultur och fritid 2026")
pdf.columns([
    ("h", "Utgångspunkter"),
    ("p", "Taxorna ska täcka en rimlig del av kostnaderna utan att stänga ute barn, unga och personer med små "
          "ekonomiska marginaler. Föreningar som bedriver barn- och ungdomsverksamhet ska därför ha de lägsta "
          "avgifterna, och avgifterna för barn i simhallen hålls oförändrade."),
    ("h", "Simhallen"),
    ("p", "Avgifterna i Vassbäckabadet höjs eftersom energi- och personalkostnaderna har ökat kraftigt sedan "
          "den senaste taxerevisionen 2022, samtidigt som badet nu har längre öppettider. Avgifterna för vuxna "
          "har legat under grannkommunernas nivå, och höjningen gör att entréavgifterna täcker ungefär en "
          "fjärdedel av driftkostnaden i stället för en femtedel."),
    ("h", "Biblioteken"),
    ("p", "Förseningsavgifterna avskaffas eftersom de ger små intäkter men avskräcker framför allt barn och unga "
          "från att låna. Ersättning tas fortfarande ut för förkomna och skadade medier."),
], size=9.3, lh=4.6, balance=True)
rows, g = [], None
for gr, t, enh, a, b, n in F_TAXA:
    if gr != g:
        rows.append(Group(gr))
        g = gr
    rows.append([t, enh, grp(a), grp(b), n])
pdf.head2_table([["Tjänst", "Enhet", "Avgift 2025 (kr)", "Avgift 2026 (kr)", "Not"]], rows,
                [78, 32, 22, 22, 12], ["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER"], size=8.8, lh=4.6,
                head_fill=(214, 234, 218), group_fill=(236, 245, 238))
pdf.footnotes(F_NOTER, size=8)
pdf.p("Avgifterna gäller från den 1 januari 2026. Kultur- och fritidsnämnden får sätta ned eller efterge "
      "avgifter vid arrangemang som kommunen står bakom.", size=9.3, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
