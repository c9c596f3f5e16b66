"""(e) Vindeborgs kommun – kultur- och fritidsnämndens beslut om föreningsbidrag 2026.

Layout: key–value head block, decision text and a sentence with several totals (p. 1); a ruled
bidrag table Förening / Ändamål / Sökt belopp (kr) / Beviljat belopp (kr) with 19 rows, amounts
right-aligned, where the Beviljat column holds amounts, "0" or the word "Avslag", and a bold Summa row
(p. 2); the meaning of 0 kr versus Avslag, the reasons for every Avslag as "•" list and conditions
(p. 3). No metadata title.
"""
import datetime as dt

from common8 import HERE, Doc, Row, grp, dec
from data import E_BIDRAG, e_totals

OUT = HERE / "vindeborg-kfn-foreningsbidrag-2026.pdf"
ACC = (150, 70, 20)
sokt, bev = e_totals()
RAM = 750000

pdf = Doc("Vindeborgs kommun", "Kultur- och fritidsnämnden", "Sida {p} av 3", font="dejavu", serif=False,
          foot="Vindeborgs kommun · Kultur- och fritidsnämnden · Dnr KFN 2026/34", accent=ACC,
          created=dt.datetime(2026, 3, 19, 15, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Beslut om föreningsbidrag 2026", "Kultur- och fritidsnämnden, Vindeborgs kommun", size=20)
pdf.kv([("Sammanträde", "Kultur- och fritidsnämnden 2026-03-17, § 21"), ("Handläggare", "Fritidskonsulent Jenny Mård"),
        ("Bidragsformer", "Verksamhetsbidrag och projektbidrag enligt riktlinjer antagna 2024-11-12")], lw=34)
pdf.h1("Beslut")
pdf.p("Kultur- och fritidsnämnden fördelar bidrag till föreningar för 2026 i enlighet med tabellen på nästa "
      "sida. Beslutet kan överklagas genom laglighetsprövning enligt kommunallagen.")
pdf.h1("Ärendet")
pdf.p(f"Inför 2026 har nämnden tagit emot {len(E_BIDRAG)} ansökningar om sammanlagt {grp(sokt)} kronor. "
      f"Totalt beviljas {grp(bev)} kronor, vilket motsvarar {dec(bev / RAM * 100)} procent av den budgeterade "
      f"ramen på {grp(RAM)} kronor. Återstående {grp(RAM - bev)} kronor reserveras för projektbidrag som "
      "kan sökas löpande under hösten.")
n_avs = sum(1 for r in E_BIDRAG if r[3] == "Avslag")
n_full = sum(1 for r in E_BIDRAG if r[3] == r[2])
pdf.p(f"Av ansökningarna beviljas {n_full} med hela det sökta beloppet, medan {n_avs} avslås. Barn- och "
      "ungdomsverksamhet har prioriterats i enlighet med nämndens mål om att fler unga ska ha en aktiv fritid, "
      "och ansökningar som avser verksamhet i kommunens ytterområden har fått förtur.")
pdf.p("Jämfört med 2025 har antalet ansökningar ökat med fyra, medan ramen är oförändrad. Föreningarna har "
      "därför i flera fall fått ett lägre belopp än de har sökt.")

pdf.add_page()
pdf.h1("Fördelning av bidrag 2026")
rows = [[f, a, grp(s), grp(b) if isinstance(b, int) else b] for f, a, s, b in E_BIDRAG]
rows.append(Row(["Summa", "", grp(sokt), grp(bev)], emphasis="B", fill=(245, 235, 225)))
pdf.ruled_table(("Förening", "Ändamål", "Sökt belopp (kr)", "Beviljat belopp (kr)"), rows, (52, 62, 26, 26),
                ("LEFT", "LEFT", "RIGHT", "RIGHT"), size=8.6, lh=4.3, head_fill=(240, 220, 200))

pdf.add_page()
pdf.h1("Förklaringar")
pdf.p("Beviljat belopp 0 kronor innebär att ansökan uppfyller riktlinjerna men att nämnden inte har kunnat "
      "prioritera den inom årets ram. Föreningen kan söka igen när projektbidragen öppnar i september. "
      "Avslag innebär att ansökan inte uppfyller villkoren i riktlinjerna, och en ny ansökan för samma ändamål "
      "prövas inte förrän nästa år.")
pdf.h1("Skäl för avslag")
pdf.bullets([
    "Musikfestivalen är en kommersiell arrangemangsverksamhet med entréavgifter och omfattas därför inte av "
    "föreningsbidragen.",
    "Utbildning av instruktörer ska enligt riktlinjerna bekostas av föreningen eller av dess förbund.",
    "Bullervallen är en investering i anläggningen som ska prövas i samband med arrendeavtalet med "
    "tekniska förvaltningen.",
    "Resor utanför Sverige är inte bidragsberättigade.",
], size=9.8)
pdf.h1("Villkor")
pdf.p("Bidraget betalas endast till föreningar som har lämnat verksamhetsberättelse, ekonomisk redovisning och "
      "revisionsberättelse för 2025. Projektbidrag ska redovisas senast två månader efter att projektet har "
      "avslutats. Föreningar som inte redovisar i tid kan bli återbetalningsskyldiga.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages", sokt, bev)
