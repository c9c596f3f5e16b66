"""(f) Vemmeby kommun – trafikmätningar hösten 2026 (rapport, SCANNED measurement protocol, analysis).

Layout: Liberation Sans, portrait, 3 pages. P. 1: a report head with the title on a PALE BAND BETWEEN TWO THIN
ACCENT RULES, a key–value block, the summary (no figure of the protocol is repeated), the method as a "•" list
and the measurement points as a TWO-COLUMN NUMBERED LIST OF STREETS. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT
LAYER: the consultant's MEASUREMENT PROTOCOL – a letterhead with a drawn mark and "MÄTPROTOKOLL" at the right
over a heavy rule, a RULED FORM of label/value boxes with a shaded label column, and the results as a table with
a TWO-LEVEL HEADING ("ÅDT, fordon/dygn" over 2024 / 2026 / Förändr. %, "Hastighet, km/h" over Medel / Skyltad),
a DOUBLE OUTER FRAME and every fourth row on a grey band, then three notes and a signature; rendered with PIL in
Liberation Sans at 200 dpi, rotated 0.6°, blurred, with grain, specks and a scanner shadow, placed as one JPEG
on a page without running header or footer. P. 3: the analysis, the proposed measures as a numbered list with the
cost in tkr at the end of each item, the budget sentence and the next steps. No metadata title.
"""
import datetime as dt

from common27 import HERE, Doc
from data import F_POINTS, F_PERIOD, F_REPORT_DATE, F_MEASURES, f_scan_blocks, dmy, g
from scan27 import render_scan

OUT = HERE / "vemmeby-trafikmatningar-2026.pdf"
ACC = (20, 100, 120)
pdf = Doc("Vemmeby kommun", "Trafikmätningar 2026", "{p} (3)", font="liberation", accent=ACC,
          foot="Vemmeby kommun · Samhällsbyggnadsförvaltningen, trafikenheten · Dnr SBN 2026/0219",
          created=dt.datetime(2026, 10, 12, 11, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
BUDGET = 600

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.4)
pdf.line(22, y, 188, y)
pdf.set_fill_color(232, 242, 244)
pdf.rect(22, y + 1.2, 166, 17, style="F")
pdf.line(22, y + 19.4, 188, y + 19.4)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(25, y + 3)
pdf.set_font("Sans", "B", 17)
pdf.set_text_color(*ACC)
pdf.cell(0, 7.5, "Trafikmätningar hösten 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 5.5, "Fordonsflöden, tung trafik och hastigheter på tio mätpunkter i Vemmeby tätort",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 25)
pdf.kv([("Rapport till", "Samhällsbyggnadsnämnden"),
        ("Datum", F_REPORT_DATE.isoformat()),
        ("Handläggare", "Ragnar Vik, trafikingenjör"),
        ("Bilaga", "Mätprotokoll från Rydqvist Trafikanalys AB (sidan 2)")], lw=32, size=9.4, lh=4.7)
pdf.h1("Sammanfattning", size=12)
pdf.p(f"Samhällsbyggnadsförvaltningen har låtit mäta trafiken på tio platser i tätorten under perioden "
      f"{F_PERIOD[0].day}–{dmy(F_PERIOD[1])}. Mätningen upprepar den som gjordes hösten 2024 på nio av "
      f"platserna. Resultatet finns i mätprotokollet på sidan 2.", size=10)
pdf.p("Trafiken har ökat på de flesta mätpunkterna, mest i procent räknat på Parkvägen och Verkstadsgatan. På "
      "Köpmangatan och Skogsvägen har trafiken minskat. Södra infarten är fortfarande den mest trafikerade "
      "gatan. På hälften av mätpunkterna var medelhastigheten högre än den skyltade hastigheten, bland annat "
      "vid Sandhedsskolan.", size=10)
pdf.h2("Metod")
pdf.bullets(["Mätningen gjordes med pneumatiska slangar som registrerar varje fordonsaxel, fjorton dygn per "
             "mätpunkt.",
             "Årsdygnstrafiken (ÅDT) har räknats fram från mätperioden med säsongsfaktorer.",
             "Fordon längre än 12 meter eller med fler än två axlar räknas som tung trafik."], size=9.8, lh=4.9)
pdf.h2("Mätpunkter")
half = (len(F_POINTS) + 1) // 2
y0 = pdf.get_y()
for c, part in enumerate((F_POINTS[:half], F_POINTS[half:])):
    pdf.set_y(y0)
    for p in part:
        pdf.set_x(22 + c * 84)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(8, 5, p[0] + ".")
        pdf.set_font("Sans", "", 9.6)
        pdf.cell(74, 5, f"{p[1]}, {p[2]}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)

# ---------------------------------------------------------------- p. 2 scanned protocol (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.6, seed=27, left=150, right=130, top=210))

# ---------------------------------------------------------------- p. 3 analysis and measures
pdf.add_page()
pdf.h1("Analys", size=12)
pdf.p("Ökningen på Verkstadsgatan hänger samman med att två nya logistikföretag har etablerat sig i "
      "industriområdet. Andelen tung trafik är där den högsta av alla mätpunkter och gatan används även av "
      "skolbarn på väg till idrottsplatsen.", size=10)
pdf.p("Vid Sandhedsskolan håller många bilister en högre hastighet än den skyltade, trots att gatan används av "
      "många barn på väg till och från skolan. Boende längs flera gator i de norra delarna av tätorten har också "
      "hört av sig om höga hastigheter.", size=10)
pdf.p("Köpmangatan har blivit lugnare sedan torget gjordes om, och den trafik som tidigare gick genom centrum "
      "har till stor del flyttat till Ringleden.", size=10)
pdf.h1("Förslag till åtgärder 2027", size=12)
pdf.p("Förvaltningen föreslår följande åtgärder, som prioriteras efter hur många barn och gående som berörs:",
      size=10, after=1.5)
pdf.numbered([f"{t} (beräknad kostnad {m} tkr)." for t, m in F_MEASURES], size=10, lh=5)
tot = sum(m for _, m in F_MEASURES)
pdf.p(f"Åtgärderna kostar sammanlagt {tot} tkr och ryms inom årets anslag för trafiksäkerhetsåtgärder på "
      f"{BUDGET} tkr. Resterande {BUDGET - tot} tkr reserveras för uppföljande mätningar.", size=10)
pdf.h2("Fortsatt arbete")
pdf.p("Nya mätningar görs på samma platser hösten 2028. Efter att åtgärderna har genomförts mäts hastigheterna på "
      "Vallgatan, Kvarngatan, Sjöviksvägen och Skogsvägen igen under våren 2028.", size=10)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
