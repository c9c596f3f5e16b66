"""(a) Qvarnstads kommun – sammanträdesplan 2027 med årshjul och arvoden.

Layout: portrait p. 1 with a key–value block and a SHADED FACT BOX on the right beside a narrower text column
(times and rooms per organ) with a counts sentence; LANDSCAPE p. 2 with a MONTH GRID (Organ × Jan–Dec + Antal,
full grid, bold group rows, cells with one or TWO dates "5/1 19/1" written d/m on two lines, "–" for no
meeting); p. 3 an årshjul table (När / Vad / Vem) whose dates are written in four formats ("19 januari 2027",
"2027-03-31", "v. 16", "26/4"); p. 4 a fee table with horizontal rules only (% of the base, årsarvode kr,
månadsarvode kr) and a sentence with two meeting fees. DejaVu Sans. Metadata title set.
"""
import datetime as dt

from common16 import HERE, Doc, Group, grp
from data import (A_ORGAN, A_MONTHS, a_row, a_dates, a_first, a_date_sv, A_BAS, A_ARVODE, a_arv, A_SAMM)

OUT = HERE / "qvarnstad-sammantradesplan-2027.pdf"
ACC = (110, 40, 60)
pdf = Doc("Qvarnstads kommun", "Sammanträdesplan 2027", "Sida {p} (4)", font="dejavu", accent=ACC,
          foot="Qvarnstads kommun · Kommunledningskontoret · Dnr KS 2026/388",
          title="Qvarnstads kommun – Sammanträdesplan 2027", author="Kansliavdelningen",
          created=dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.timezone.utc))
n = {o[0]: len(a_dates(o[0])) for o in A_ORGAN}
kf = lambda m: a_first("Kommunfullmäktige", m)  # noqa: E731
ks = lambda m: a_first("Kommunstyrelsen", m)  # noqa: E731

pdf.add_page()
pdf.title_block("Sammanträdesplan 2027", "Kommunfullmäktige, kommunstyrelsen och nämnderna – med årshjul för "
                "budgetprocessen och arvoden för förtroendevalda", size=19)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-23, § 142"), ("Diarienummer", "KS 2026/388"),
        ("Gäller", "1 januari–31 december 2027"), ("Kontakt", "Kansliavdelningen, kommunsekreteraren")], lw=40)
pdf.ln(2)
pdf.fact_box_beside("Tider och lokaler", [
    ("Kommunfullmäktige", "måndagar kl. 18.00, Qvarnstadsalen"),
    ("Kommunstyrelsen och arbetsutskottet", "tisdagar kl. 08.30, sammanträdesrum Älven"),
    ("Barn- och utbildningsnämnden, socialnämnden", "onsdagar kl. 13.00, Rådhuset"),
    ("Övriga nämnder och utskott", "enligt kallelse, i regel kl. 13.00"),
], [
    ("h", "Om planen"),
    ("p", f"Sammanträdesplanen samordnar alla politiska organ så att ärenden kan beredas i rätt ordning. Under 2027 "
          f"sammanträder kommunfullmäktige {n['Kommunfullmäktige']} gånger, kommunstyrelsen "
          f"{n['Kommunstyrelsen']} gånger och kommunstyrelsens arbetsutskott {n['Kommunstyrelsens arbetsutskott']} "
          f"gånger. Socialnämndens individutskott har flest sammanträden, {n['Socialnämndens individutskott']} "
          f"stycken, eftersom det beslutar i enskilda ärenden varannan vecka."),
    ("p", "Inga sammanträden hålls i juli. Kallelse och handlingar publiceras senast en vecka före "
          "sammanträdet i kommunens digitala mötesverktyg, och fullmäktiges handlingar anslås dessutom på den "
          "digitala anslagstavlan."),
    ("p", f"Fullmäktiges sammanträde i juni har flyttats till den {kf(6).day} juni, alltså den andra måndagen i "
          "månaden, eftersom budgeten ska vara beslutad innan nämnderna håller sina sista sammanträden före "
          "sommaren. Övriga sammanträden med fullmäktige hålls som regel den sista måndagen i månaden."),
    ("p", "Ändringar i planen beslutas av respektive organ. Extra sammanträden kan kallas in av ordföranden "
          "när ett ärende inte kan vänta till nästa ordinarie sammanträde."),
], side="R", box_w=60)

pdf.add_page(orientation="L")
pdf.h1("Sammanträden 2027 per organ (datum dag/månad)")
rows = []
last = None
for o in A_ORGAN:
    if o[1] != last:
        rows.append(Group(o[1]))
        last = o[1]
    r = a_row(o[0])
    rows.append([r[0]] + [c.replace(" ", "\n") for c in r[1:13]] + [r[13]])
pdf.ruled_table(["Organ"] + A_MONTHS + ["Antal"], rows, [62] + [14.8] * 12 + [12],
                ["LEFT"] + ["CENTER"] * 13, size=8.2, lh=4.1, head_fill=(236, 222, 226))
pdf.p("Datumen anges som dag/månad. Ett streck betyder att organet inte har något ordinarie sammanträde den "
      "månaden. Antal avser ordinarie sammanträden under året.", size=8.6, lh=4.3)

pdf.add_page(orientation="P")
pdf.h1("Årshjul för styrning och uppföljning 2027")
pdf.p("Årshjulet visar de viktigaste stegen i budgetprocessen och uppföljningen. Datumen är anpassade till "
      "sammanträdesplanen.", size=9.8)
steps = [
    (a_date_sv(ks(1)), "Budgetdirektiv för 2028 med plan för 2029–2030 fastställs", "Kommunstyrelsen"),
    ("2027-03-31", "Nämnderna lämnar verksamhetsberättelser och budgetunderlag", "Nämnderna"),
    ("v. 16", "Budgetdialog mellan arbetsutskottet och nämndernas presidier", "Kommunstyrelsens arbetsutskott"),
    (f"{kf(4).day}/{kf(4).month}", "Årsredovisning 2026 och beslut om ansvarsfrihet", "Kommunfullmäktige"),
    (f"{ks(5).day}/{ks(5).month}", "Förslag till budget 2028 och flerårsplan", "Kommunstyrelsen"),
    (a_date_sv(kf(6)), "Budget 2028, skattesats och flerårsplan beslutas", "Kommunfullmäktige"),
    ("2027-09-15", "Delårsrapport januari–augusti lämnas till revisorerna", "Kommunstyrelsen"),
    (f"{kf(10).day}/{kf(10).month}", "Delårsrapport januari–augusti behandlas", "Kommunfullmäktige"),
    ("v. 47", "Nämnderna beslutar om internbudget och internkontrollplan 2028", "Nämnderna"),
    (f"{kf(12).day}/{kf(12).month}", "Taxor och avgifter 2028", "Kommunfullmäktige"),
]
pdf.ruled_table(["När", "Vad", "Vem"], [list(s) for s in steps], [30, 92, 44], ["LEFT", "LEFT", "LEFT"],
                size=8.8, lh=4.5, head_fill=(236, 222, 226))
pdf.p("Budgetdialogen i vecka 16 ersätter de tidigare separata hearingarna med varje nämnd. Syftet är att "
      "nämnderna tidigt ska kunna redovisa konsekvenserna av de ekonomiska ramarna.", size=9.8)

pdf.add_page()
pdf.h1("Arvoden för förtroendevalda 2027")
pdf.p(f"Arvodena beräknas som en andel av arvodesgrunden, som för 2027 är {grp(A_BAS)} kronor per år. "
      f"Årsarvodet betalas ut med en tolftedel per månad. Sammanträdesarvode betalas med {grp(A_SAMM[0])} kronor "
      f"för sammanträden upp till fyra timmar och {grp(A_SAMM[1])} kronor för längre sammanträden.", size=9.8)
t = []
for u, pct in A_ARVODE:
    y, m = a_arv(pct)
    t.append([u, str(pct), grp(y), grp(m)])
pdf.ruled_table(["Uppdrag", "Andel av arvodesgrund, %", "Årsarvode 2027, kr", "Månadsarvode 2027, kr"], t,
                [72, 32, 31, 31], ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6,
                borders="HORIZONTAL_LINES", head_fill=(255, 255, 255), head_color=ACC)
pdf.h2("Regler")
pdf.bullets([
    "Den som har ett årsarvode på minst 40 procent av arvodesgrunden får inte sammanträdesarvode för "
    "sammanträden i det organ där uppdraget finns.",
    "Ersättning för förlorad arbetsinkomst betalas mot intyg från arbetsgivaren, med högst 450 kronor per timme.",
    "Arvodena räknas om den 1 januari varje år när arvodesgrunden ändras.",
], size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
