"""(f) Cronvik kommun – Taxa för Cronviks allmänna vatten- och avloppsanläggning 2026 (VA-taxa).

Layout: page 1 has the logo block, a key–value decision block, a TABLE OF CONTENTS by § with dot leaders, and
§§ 1–4 as numbered legal paragraphs ("4.1", "4.2") with the reason for the increase. Page 2: § 5 the connection
fee as a fully ruled table Avgiftsdel / Enhet / Exkl. moms / Inkl. moms with letters a)–d), § 6 a small table of
shares per purpose in percent, footnotes. Page 3: § 12 the usage fee in a table with TWO heading rows ("2025"
and "2026" each spanning Exkl. moms / Inkl. moms, and a change column in percent, one negative "−0,5"), and
§ 14 other fees (exkl./inkl. moms). Page 4: § 15 worked examples in FRAMED CALCULATION BOXES (villa and block
of flats, totals per year including VAT and the change against 2025). Running header "Cronvik kommun … VA-taxa
2026", footer with the decision and "Sida 2 av 4". Liberation (Word look). Metadata title set.
"""
import datetime as dt

from common15 import HERE, Pub, Row, dec, grp
from data import MOMS, inkl, F_ANL, F_BRUK, f_bruk_chg, F_OVR, F_TYPA, F_TYPB, f_example, f_example_inkl, \
    f_example_chg

OUT = HERE / "cronvik-va-taxa-2026.pdf"
ACC = (0, 90, 150)

pdf = Pub("Cronvik kommun", "VA-taxa 2026", "Antagen av kommunfullmäktige 2025-11-17, § 118 · Gäller från "
          "2026-01-01", font="liberation", accent=ACC,
          title="Cronvik kommun – Taxa för Cronviks allmänna vatten- och avloppsanläggning 2026",
          author="Cronvik Vatten, samhällsbyggnadsförvaltningen",
          created=dt.datetime(2025, 11, 24, 15, 40, tzinfo=dt.timezone.utc))


def kr(x, unit=""):
    """amounts in kr: fees per m² or m³ always with two decimals, other fees in whole kronor unless they have
    öre"""
    if "m²" in unit or "m³" in unit.replace("m³/h", ""):
        return dec(x, 2)
    return grp(x) if abs(x - round(x)) < 1e-9 else dec(x, 2)


def para(nr, text):
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_x(pdf.l_margin)
    pdf.cell(10, 4.9, nr)
    pdf.set_font(pdf.body, "", 9.6)
    pdf.multi_cell(pdf.epw - 10, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


pdf.add_page()
pdf.logo_block("Cronvik kommun", "Samhällsbyggnadsförvaltningen · Cronvik Vatten")
pdf.title_block("Taxa för Cronviks allmänna vatten- och avloppsanläggning 2026", None, size=17)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2025-11-17, § 118"), ("Gäller från", "1 januari 2026"),
        ("Diarienummer", "SBN 2025/214"), ("Huvudman", "Cronviks kommun genom samhällsbyggnadsnämnden")],
       lw=36, size=9.2, lh=4.6)
pdf.toc([("§ 1–4", "Inledande bestämmelser", 1), ("§ 5–6", "Anläggningsavgift", 2),
         ("§ 12", "Brukningsavgift", 3), ("§ 14", "Övriga avgifter", 3), ("§ 15", "Exempel på årlig kostnad", 4)],
        size=9.4, lh=5.2)
pdf.h2("§ 1 Huvudman")
para("1.1", "För att täcka kostnaderna för Cronviks allmänna vatten- och avloppsanläggning ska ägaren av en fastighet "
     "inom anläggningens verksamhetsområde betala avgifter enligt denna taxa.")
pdf.h2("§ 2–3 Avgiftsskyldighet och mervärdesskatt")
para("2.1", "Avgiftsskyldig är den som äger en fastighet som har nytta av vattentjänsterna. Avgiften tas ut per "
     "fastighet och debiteras kvartalsvis i efterskott.")
para("3.1", f"Avgifterna anges både exklusive och inklusive mervärdesskatt ({MOMS} procent). Den som inte är "
     "näringsidkare betalar avgiften inklusive mervärdesskatt.")
pdf.h2("§ 4 Avgifternas utveckling")
para("4.1", "Brukningsavgifterna höjs från den 1 januari 2026. Höjningen beror främst på investeringarna i det nya "
     "vattenverket i Cronvik och på högre kostnader för fällningskemikalier och el.")
para("4.2", "Dagvattenavgiften sänks något, eftersom en större del av kostnaderna för dagvatten från gator nu "
     "betalas av kommunen som ägare av allmän platsmark.")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("§ 5 Anläggningsavgift")
para("5.1", "För en bebyggd fastighet som ansluts till anläggningen ska anläggningsavgift betalas. Avgiften består "
     "av följande delar:")
marks = {"c": "¹", "d": "²"}
rows = [[f"{r[0]}) {r[1]}{marks.get(r[0], '')}", r[2], kr(r[3], r[2]), kr(inkl(r[3]), r[2])] for r in F_ANL]
pdf.ruled_table(["Avgiftsdel", "Enhet", "Exkl. moms, kr", "Inkl. moms, kr"], rows, [78, 36, 26, 26],
                ["LEFT", "LEFT", "RIGHT", "RIGHT"], size=8.8, lh=4.6, head_fill=(220, 232, 242))
pdf.footnotes([("¹", "Avgiften enligt c) tas ut för högst 2 000 m² tomtyta för en- och tvåbostadshus."),
               ("²", "Avgiften enligt d) tas ut för varje lägenhet i fastigheten, även för en- och tvåbostadshus.")])
para("5.2", "För en obebyggd fastighet tas avgift ut enligt a), b) och c). Avgiften enligt d) tas ut när "
     "fastigheten bebyggs.")
pdf.h1("§ 6 Fördelning på ändamål")
para("6.1", "Om en fastighet inte har nytta av samtliga vattentjänster tas anläggningsavgiften ut med följande andel "
     "av avgifterna i § 5:")
pdf.ruled_table(["Vattentjänst", "Andel, %"], [["Vattenförsörjning (V)", "35"], ["Spillvattenavlopp (S)", "45"],
                                               ["Dagvatten från fastighet (Df)", "20"],
                                               Row(["Summa", "100"], "B")],
                [78, 26], ["LEFT", "RIGHT"], size=8.8, lh=4.6, head_fill=(220, 232, 242))

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("§ 12 Brukningsavgift")
para("12.1", "För en fastighet som är ansluten till anläggningen ska brukningsavgift betalas. Avgiften består av "
     "en fast avgift per mätare, en avgift per kubikmeter levererat vatten, en avgift per lägenhet och en "
     "avgift för dagvatten.")
rows = [[f"{r[0]}) {r[1]}", r[2], kr(r[3], r[2]), kr(inkl(r[3]), r[2]), kr(r[4], r[2]), kr(inkl(r[4]), r[2]),
         dec(f_bruk_chg(r), plus=True)]
        for r in F_BRUK]
pdf.head2_table([[("Avgift", 1, 2), ("Enhet", 1, 2), ("2025, kr", 2, 1), ("2026, kr", 2, 1),
                  ("Förändr., %", 1, 2)],
                 ["Exkl. moms", "Inkl. moms", "Exkl. moms", "Inkl. moms"]],
                rows, [54, 16, 19, 19, 19, 19, 20], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
                size=8.2, lh=4.2, head_fill=(220, 232, 242))
pdf.footnotes([("", "Mätarstorleken anges som nominellt flöde (qn). För mätare större än qn 10 m³/h bestäms den fasta "
                    "avgiften särskilt.")])
para("12.2", "Avgiften per lägenhet tas ut för varje lägenhet i fastigheten. För en- och tvåbostadshus räknas "
     "en lägenhet per bostadshus.")
pdf.h1("§ 14 Övriga avgifter")
para("14.1", "För åtgärder som huvudmannen utför på begäran av fastighetsägaren, eller som föranleds av att "
     "fastighetsägaren inte fullgjort sina skyldigheter, tas avgift ut enligt följande:")
rows = [[r[0], kr(r[1]), kr(inkl(r[1]))] for r in F_OVR]
pdf.ruled_table(["Åtgärd", "Exkl. moms, kr", "Inkl. moms, kr"], rows, [100, 30, 30], ["LEFT", "RIGHT", "RIGHT"],
                size=8.8, lh=4.5, borders="HORIZONTAL_LINES", head_fill=(220, 232, 242))
pdf.source("Avgifterna tas ut per tillfälle. Vid arbete utanför ordinarie arbetstid tillkommer 50 procent.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("§ 15 Exempel på årlig kostnad 2026")
para("15.1", "Exemplen visar vad brukningsavgiften blir per år för två typhus, inklusive mervärdesskatt. De "
     "faktiska kostnaderna beror på förbrukningen.")
b = {r[0]: r for r in F_BRUK}
for label, t, desc in (("Typhus A – villa", F_TYPA, "en lägenhet, mätare qn 2,5 m³/h"),
                       ("Typhus B – flerbostadshus", F_TYPB, "15 lägenheter, mätare qn 6 m³/h")):
    fast, rorl, lgh, dag, tot = f_example_inkl(t)
    pdf.calc_box(f"{label}: {desc}, {grp(t['m3'])} m³ per år", [
        ("Fast avgift per mätare", kr(fast)),
        (f"Förbrukning {grp(t['m3'])} m³ × {dec(inkl(b['d'][4]), 2)} kr", kr(rorl)),
        (f"Avgift per lägenhet, {t['lgh']} × {kr(inkl(b['e'][4]))} kr", kr(lgh)),
        ("Dagvattenavgift", kr(dag))],
        ("Summa per år inklusive moms", kr(tot) + " kr"))
    pdf.p(f"För {label.split(' – ')[0].replace('Typhus', 'typhus')} blir kostnaden {kr(tot)} kronor per år, "
          f"vilket är {dec(f_example_chg(t))} procent mer än med 2025 års taxa "
          f"({kr(f_example_inkl(t, 3)[4])} kronor).", size=9.6, lh=4.8)
pdf.source("Källa: Cronvik Vatten, beräkning med avgifterna i § 12 för 2025 och 2026.")
pdf.h2("Ikraftträdande")
para("15.2", "Denna taxa träder i kraft den 1 januari 2026. Avgifter för vatten som levererats före detta datum "
     "debiteras enligt tidigare taxa.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
