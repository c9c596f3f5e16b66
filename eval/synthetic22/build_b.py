"""(b) Helmsjö kommun – avgifter för förskola och fritidshem 2027 (maxtaxa).

Layout: Liberation Sans (Word look), portrait. P. 1: a coloured title band, a key–value block, the intro with
the income ceiling (inkomsttak) and TWO FEE TABLES SIDE BY SIDE, one per service ("Förskola" and
"Fritidshem"), each fully ruled with a coloured caption bar above it and the cap column shaded; "Barn 4 och fler"
reads "Ingen avgift" / "0". P. 2: Tabell 3 (reduced fees for children 3–5 years, ruled with horizontal rules
only), Tabell 4 with worked examples per household income (NO LINES, alternating shaded rows, a heavy rule under
the heading), and the start of "Regler för avgiften": a NUMBERED LIST OF NINE RULES SET IN TWO COLUMNS whose items
wrap over 2–4 lines. P. 3: the rest of the rules' context (how to apply, contact) as key–value pairs and a "•"
list. No metadata title.
"""
import datetime as dt

from common22 import HERE, Doc, grp, nb
from data import (B_TAK, B_FSK, B_FRI, B_REDUCTION, B_EXEMPEL, B_RULES, b_cap, b_reduced, b_example)

OUT = HERE / "helmsjo-avgifter-forskola-fritidshem-2027.pdf"
ACC = (150, 60, 20)
pdf = Doc("Helmsjö kommun", "Barn- och utbildningsförvaltningen", "{p}", font="liberation", accent=ACC,
          foot="Helmsjö kommun · Barn- och utbildningsförvaltningen · Avgifter 2027 · Dnr BUN 2026/77",
          created=dt.datetime(2026, 12, 4, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)

pdf.add_page()
pdf.band("Avgifter för förskola och fritidshem 2027", fill=ACC, size=15, h=12)
pdf.ln(3)
pdf.kv([("Gäller från", "1 januari 2027"), ("Beslutad av", "Barn- och utbildningsnämnden 2026-11-18, § 96"),
        ("Avgiftsmodell", "Maxtaxa enligt skollagen och förordningen om statsbidrag för maxtaxa"),
        ("Inkomsttak", f"{grp(B_TAK)} kronor per månad")], lw=36, size=9.4)
pdf.h2("Så beräknas avgiften")
pdf.p(f"Avgiften är en procentandel av hushållets bruttoinkomst per månad. Den är lika stor oavsett hur många "
      f"timmar barnet vistas i verksamheten. Inkomsttaket för 2027 är {grp(B_TAK)} kronor i månaden, och ett "
      "hushåll med högre inkomst betalar därför aldrig mer än den högsta avgiften i tabellerna nedan. "
      "Avgiften sjunker för varje ytterligare barn, och från det fjärde barnet är platsen avgiftsfri.", size=9.8)

# two fee tables side by side
gap = 8
w_tab = (pdf.epw - gap) / 2
cw = [w_tab * 0.42, w_tab * 0.28, w_tab * 0.30]
y0 = pdf.get_y() + 2


def fee_table(x, title, rows, fill):
    y = y0
    pdf.set_fill_color(*fill)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(x, y)
    pdf.cell(w_tab, 7, title, fill=True, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y += 7
    heads = ["Barn", "Andel av inkomsten", "Högsta avgift, kr/mån"]
    pdf.set_font("Sans", "B", 8.4)
    xx = x
    for w, h in zip(cw, heads):
        pdf.set_xy(xx, y)
        pdf.set_fill_color(245, 232, 222)
        pdf.rect(xx, y, w, 8.8, style="DF")
        pdf.set_xy(xx, y + (2.2 if h == "Barn" else 0))
        pdf.multi_cell(w, 4.4, h, align="C" if h != "Barn" else "L", new_x="RIGHT", new_y="TOP")
        xx += w
    y += 8.8
    pdf.set_font("Sans", "", 9)
    for lab, pct, cap in rows:
        xx = x
        for i, (w, c) in enumerate(zip(cw, (lab, pct, cap))):
            pdf.set_xy(xx, y)
            pdf.set_fill_color(250, 243, 236)
            pdf.cell(w, 6.5, c, border=1, align="L" if i == 0 else ("C" if i == 1 else "R"), fill=(i == 2))
            xx += w
        y += 6.5
    return y


rows_f = [(f"{lab} (yngsta barnet)" if lab == "Barn 1" else lab, f"{p} %", grp(b_cap(p))) for lab, p in B_FSK]
rows_f.append(("Barn 4 och fler", "Ingen avgift", "0"))
rows_r = [(f"{lab} (yngsta barnet)" if lab == "Barn 1" else lab, f"{p} %", grp(b_cap(p))) for lab, p in B_FRI]
rows_r.append(("Barn 4 och fler", "Ingen avgift", "0"))
y1 = fee_table(pdf.l_margin, "Tabell 1. Förskola, 1–5 år", rows_f, ACC)
y2 = fee_table(pdf.l_margin + w_tab + gap, "Tabell 2. Fritidshem, 6–12 år", rows_r, (60, 100, 140))
pdf.set_xy(pdf.l_margin, max(y1, y2) + 3)
pdf.set_font("Sans", "I", 8.2)
pdf.multi_cell(0, 4, "Barn 1 är det yngsta barnet i hushållet som har plats i förskola eller fritidshem. Avgiften "
               "för pedagogisk omsorg är densamma som för förskola respektive fritidshem.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Avgiftsfri allmän förskola")
pdf.p(f"Alla barn från hösten det år de fyller tre år har rätt till allmän förskola, 525 timmar per år, utan "
      f"avgift. För barn 3–5 år som går mer än 15 timmar i veckan sätts avgiften därför ned med {B_REDUCTION} "
      "procent, se tabell 3. Barn som går högst 15 timmar i veckan betalar ingen avgift alls.", size=9.8)

pdf.add_page()
pdf.h2("Tabell 3. Avgift för barn 3–5 år med mer än 15 timmar i veckan, kr/mån")
pdf.ruled_table(["Barn", "Ordinarie högsta avgift", f"Avgift efter nedsättning med {B_REDUCTION} %"],
                [[lab, grp(b_cap(p)), grp(b_reduced(p))] for lab, p in B_FSK],
                [50, 55, 65], ["LEFT", "RIGHT", "RIGHT"], size=9, borders="HORIZONTAL_LINES",
                head_fill=(245, 232, 222))
pdf.h2("Tabell 4. Exempel på avgift per månad vid olika inkomster, kr")
pdf.zebra_table(["Hushållets inkomst, kr/mån", "Förskola barn 1", "Förskola barn 2", "Fritidshem barn 1",
                 "Fritidshem barn 2"],
                [[grp(i)] + [grp(v) for v in b_example(i)] for i in B_EXEMPEL],
                [42, 32, 32, 32, 32], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=5.4,
                stripe=(250, 240, 232))
pdf.set_font("Sans", "I", 8.2)
pdf.multi_cell(0, 4, f"Vid inkomster över {grp(B_TAK)} kronor i månaden betalar hushållet högsta avgift.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h1("Regler för avgiften")

# numbered rules in two columns
gap = 8
colw = (pdf.epw - gap) / 2
half = (len(B_RULES) + 1) // 2
ytop = pdf.get_y()
ybot = ytop
pdf.set_font("Sans", "", 9.2)
for c, part in enumerate((B_RULES[:half], B_RULES[half:])):
    x = pdf.l_margin + c * (colw + gap)
    pdf.set_y(ytop)
    for k, it in enumerate(part, 1 + c * half):
        pdf.set_x(x)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(6, 4.6, f"{k}.")
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(colw - 6, 4.6, nb(it), align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(1.8)
    ybot = max(ybot, pdf.get_y())
pdf.set_draw_color(200, 170, 150)
pdf.line(pdf.l_margin + colw + gap / 2, ytop, pdf.l_margin + colw + gap / 2, ybot - 2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(pdf.l_margin, ybot + 2)

pdf.add_page()
pdf.h1("Ansökan, inkomstuppgift och kontakt")
pdf.p("Ansökan om plats i förskola eller fritidshem görs i kommunens e-tjänst. Plats i förskola erbjuds inom "
      "fyra månader från ansökan. Inkomstuppgiften lämnas i samma e-tjänst och gäller tills den ändras.",
      size=9.8)
pdf.h2("Detta räknas som inkomst")
pdf.bullets(["lön och andra skattepliktiga ersättningar från arbete,",
             "föräldrapenning, sjukpenning, arbetslöshetsersättning och pension,",
             "överskott av näringsverksamhet,",
             "skattepliktiga delar av studiemedel och vårdnadsbidrag."], size=9.4, lh=4.6)
pdf.h2("Detta räknas inte som inkomst")
pdf.bullets(["barnbidrag, bostadsbidrag och underhållsstöd,",
             "studiemedlens lånedel och försörjningsstöd."], size=9.4, lh=4.6)
pdf.h2("Kontakt")
pdf.kv([("Avgiftshandläggare", "Barn- och utbildningsförvaltningen, placering och avgifter"),
        ("Telefontid", "Måndag–torsdag kl. 9–11"),
        ("Postadress", "Helmsjö kommun, Barn- och utbildningsförvaltningen, Box 14")], lw=38, size=9.4)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
