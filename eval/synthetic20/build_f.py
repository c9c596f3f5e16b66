"""(f) Vittarps kommun – ny förskola Valnöten i Jakobsdal: tjänsteskrivelse, protokollsutdrag och bilaga.

Layout: portrait, Liberation Sans. P. 1: the förvaltning's tjänsteskrivelse to the kommunstyrelse (key–value
block, background, the three alternatives as a numbered list whose items wrap, the procurement, the economy with
the PROPOSED amounts 61,5 / 17,0 / 44,5 mnkr and a preliminary rent "cirka 4,0 mnkr", and the proposal as
att-clauses). P. 2 is a SCANNED PAGE WITHOUT A TEXT LAYER: the signed protocol extract of the kommunstyrelse
2026-05-11 § 112, rendered with PIL in Liberation Serif at 200 dpi, rotated 0.7°, with light noise, specks, a
scanner shadow and handwritten-looking signatures, placed as one JPEG on the page (no running header or footer).
It holds the DECIDED amounts (64,0 / 18,5 / 45,5 mnkr after an amendment for solar panels, a rent of 4 150 tkr per
year), the motion, the order of decision and a reservation. P. 3: Bilaga 1, the investment calculation (ruled
table in tkr with a bold Summa row that equals the proposal) and the time plan with dates written "2026-02-12",
"20 mars 2026" and "februari 2027". No metadata title.
"""
import datetime as dt

from common20 import HERE, Doc, Row, grp, dec
from data import (F_PROPOSAL, F_PLATSER, F_KALKYL, F_TIDPLAN, F_ALTERNATIV, F_SCAN, f_kalkyl_sum)
from scan20 import render_scan

OUT = HERE / "vittarp-forskola-valnoten-beslutsunderlag-2026.pdf"
ACC = (70, 90, 40)
pdf = Doc("Vittarps kommun", "Samhällsbyggnadsförvaltningen", "{p} ({nb})", font="liberation", accent=ACC,
          foot="Vittarps kommun · Dnr KS 2026/147",
          created=dt.datetime(2026, 5, 20, 7, 45, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)

pdf.add_page()
pdf.title_block("Genomförandebeslut för ny förskola Valnöten i Jakobsdal", "Tjänsteskrivelse", size=17)
pdf.kv([("Datum", "2026-04-20"), ("Diarienummer", "KS 2026/147"), ("Till", "Kommunstyrelsen"),
        ("Handläggare", "Projektledare, samhällsbyggnadsförvaltningen")], lw=34)
pdf.h2("Bakgrund")
pdf.p(f"I västra Vittarp saknas förskoleplatser. Barn- och utbildningsnämnden har beställt en ny förskola med sju "
      f"avdelningar och {F_PLATSER} platser i Jakobsdal, som ska ersätta de tillfälliga modulerna vid "
      "Jakobsdals förskola.", size=9.8)
pdf.h2("Alternativ som har prövats")
pdf.numbered(F_ALTERNATIV, size=9.6, lh=4.7)
pdf.h2("Upphandling")
pdf.p("Totalentreprenaden har upphandlats med öppet förfarande. Fyra anbud kom in, och Westergrens Bygg AB "
      "lämnade det ekonomiskt mest fördelaktiga anbudet. Tilldelningsbeslutet fattades med förbehåll för "
      "kommunstyrelsens genomförandebeslut.", size=9.8)
pdf.h2("Ekonomi")
pdf.p(f"Förvaltningen beräknar den totala investeringsutgiften till {dec(F_PROPOSAL[0])} mnkr, varav "
      f"{dec(F_PROPOSAL[1])} mnkr under 2026 och {dec(F_PROPOSAL[2])} mnkr under 2027. Kalkylen redovisas i bilaga "
      "1. Hyran för barn- och utbildningsnämnden beräknas preliminärt till cirka 4,0 mnkr per år från och med "
      "2028, när förskolan har varit i drift ett halvår.", size=9.8)
pdf.h2("Förslag till beslut")
pdf.att_list("Samhällsbyggnadsförvaltningen föreslår att kommunstyrelsen beslutar",
             [f"godkänna genomförandet av ny förskola Valnöten med en total investeringsutgift om "
              f"{dec(F_PROPOSAL[0])} mnkr,",
              "uppdra åt samhällsbyggnadsförvaltningen att teckna avtal med entreprenören."], size=9.6)

pdf.scan_page(render_scan(F_SCAN, angle=0.7, seed=20))

pdf.add_page()
pdf.h1("Bilaga 1. Investeringskalkyl och tidplan")
pdf.h2("Investeringskalkyl, tkr")
rows = [[k, grp(v)] for k, v in F_KALKYL]
rows.append(Row(["Summa investeringsutgift", grp(f_kalkyl_sum())], emphasis="B"))
pdf.ruled_table(["Post", "Belopp, tkr"], rows, [110, 40], ["LEFT", "RIGHT"], size=9.2,
                head_fill=(228, 234, 218))
pdf.p("Oförutsett motsvarar cirka fyra procent av entreprenadsumman. Kalkylen bygger på prisläget i mars 2026 och "
      "innehåller ingen solcellsanläggning.", size=9.4)
pdf.h2("Tidplan")
pdf.ruled_table(["Aktivitet", "Tidpunkt"], [[a, d] for a, d, _ in F_TIDPLAN], [110, 40], ["LEFT", "LEFT"],
                size=9.2, head_fill=(228, 234, 218))
pdf.h2("Drift")
pdf.p("Förskolan byggs enligt kommunens miljöprogram för nybyggnad. Den planeras för sju avdelningar med "
      "tillagningskök, och gården dimensioneras för 140 barn.", size=9.4)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
