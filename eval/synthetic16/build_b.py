"""(b) Xenby kommun – avfallstaxa 2027 (renhållningstaxa).

Layout: p. 1 with a key–value block, a SHADED FACT BOX on the LEFT (the example household: 2026 / 2027 / change)
beside a narrower justified text column, and numbered provisions "§ 1"–"§ 3". Pp. 2–3: a PRICE LIST WITHOUT A
GRID – each item name (numbered "5.2") runs into grey DOT LEADERS followed by FOUR right-aligned amount columns
(2026 exkl. moms / 2026 inkl. moms / 2027 exkl. moms / 2027 inkl. moms, kr) under bold coloured § headings; the
column headings are printed again at the top of p. 3. Superscript markers "¹ ² ³" in item names point to
FOOTNOTES PINNED TO THE BOTTOM OF p. 2. P. 3 ends with provisions § 10–§ 12. Liberation Sans. No metadata title.
"""
import datetime as dt

from common16 import HERE, Doc, grp, dec
from data import B_TAXA, b_inkl, b_example, B_NOTES

OUT = HERE / "xenby-avfallstaxa-2027.pdf"
ACC = (30, 100, 60)
pdf = Doc("Xenby kommun", "Avfallstaxa 2027", "{p} (3)", font="liberation", accent=ACC,
          foot="Xenby kommun · Tekniska förvaltningen, avfallsenheten · Antagen av kommunfullmäktige 2026-10-26 § 97",
          created=dt.datetime(2026, 10, 30, 14, 0, tzinfo=dt.timezone.utc))
y26, y27, ch, pct = b_example()

pdf.add_page()
pdf.title_block("Avfallstaxa 2027", "Avgifter för insamling och behandling av hushållsavfall och slam i Xenby kommun",
                size=19)
pdf.kv([("Antagen", "Kommunfullmäktige 2026-10-26, § 97"), ("Gäller från", "1 januari 2027"),
        ("Ersätter", "Avfallstaxa 2026"), ("Dnr", "TN 2026/117")], lw=34)
pdf.ln(2)
pdf.fact_box_beside("Exempel: villa med 190-literskärl", [
    ("Hämtning varannan vecka, grundavgift ingår", "helårsboende"),
    ("Årskostnad 2026 inklusive moms", f"{grp(y26)} kr"),
    ("Årskostnad 2027 inklusive moms", f"{grp(y27)} kr"),
    ("Förändring", f"+{grp(ch)} kr (+{dec(pct)} %)"),
], [
    ("h", "Därför ändras taxan"),
    ("p", "Höjningen beror främst på att det nya insamlingsavtalet, som gäller från den 1 april 2027, har högre "
          "priser per tömning än det gamla avtalet. Dessutom räknas statens skatt på avfallsförbränning upp, och "
          "kostnaden för att behandla slam vid reningsverket har ökat."),
    ("p", f"Ett hushåll i villa med ett 190-literskärl som töms varannan vecka betalar {grp(y27)} kronor "
          f"inklusive moms 2027, vilket är {grp(ch)} kronor eller {dec(pct)} procent mer än 2026. Den som "
          "komposterar sitt matavfall och väljer hämtning var fjärde vecka får oförändrad hämtningsavgift."),
    ("p", "Avgifterna för slamtömning höjs mest, eftersom de under flera år inte har täckt kostnaderna."),
], side="L", box_w=56)
pdf.h1("Allmänna bestämmelser")
pdf.numbered([
    "Taxan gäller för hämtning och behandling av hushållsavfall och slam från fastigheter i Xenby kommun. "
    "Avgifterna finansierar kommunens avfallsverksamhet, som inte får ge överskott över tid.",
    "Avgiften betalas av fastighetsinnehavaren. Vid gemensamt kärl delas hämtningsavgiften lika mellan hushållen, "
    "medan grundavgiften betalas av varje hushåll.",
    "Avgifterna anges per år om inget annat sägs. Priserna anges både utan och med mervärdesskatt (25 procent); "
    "för privatpersoner gäller priset inklusive moms.",
], fmt="§ {}", indent=10, size=9.6, lh=4.7)

HEADS = ["2026 exkl. moms", "2026 inkl. moms", "2027 exkl. moms", "2027 inkl. moms"]


def rows(secs):
    out = []
    for sec, rr in secs:
        out.append(sec)
        for nr, text, a, b in rr:
            out.append((f"{nr} {text}", [grp(a), grp(b_inkl(a)), grp(b), grp(b_inkl(b))]))
    return out


pdf.add_page()
pdf.h1("Avgifter, kronor")
pdf.dot_rows(HEADS, rows(B_TAXA[:3]), name_w=90, col_w=19)
pdf.page_notes(B_NOTES)
pdf.add_page()
pdf.h1("Avgifter, kronor (forts.)")
pdf.dot_rows(HEADS, rows(B_TAXA[3:]), name_w=90, col_w=19)
pdf.h1("Övriga bestämmelser")
pdf.numbered([
    "Tilläggsavgift för felsorterat avfall tas ut först efter att fastighetsinnehavaren har fått en skriftlig "
    "påminnelse vid ett tidigare hämtningstillfälle.",
    "Uppehåll i hämtningen kan beviljas för en fastighet som inte används under minst sex månader i följd. Under "
    "uppehållet betalas endast grundavgiften.",
    "Avgifterna faktureras fyra gånger per år. Slamtömning faktureras efter utförd tömning.",
], fmt="§ {}", start=10, indent=12, size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
