"""(d) Getåkra kommun – digitaliseringsplan 2026–2028 med projektportfölj.

Layout: p. 1 with a coloured title band, intro text with figures and a "•" list of principles; p. 2–4 with
eleven boxed PROJECT CARDS (a coloured title bar "P5  Title", then a two-per-line grid of labelled values
Ansvarig / Status, Start / Klart, Budget / Drift per år, then a "Syfte" line). Start and end are written as
"kvartal 3 2026" or as month names ("december 2027"); no table at all. P. 4 ends with changes since the
previous plan in running text. No metadata title.
"""
import datetime as dt

from common11 import HERE, Doc, dec
from data import D_PROJ, d_total

OUT = HERE / "getakra-digitaliseringsplan-2026-2028.pdf"
ACC = (35, 85, 120)

pdf = Doc("Getåkra kommun", "Digitaliseringsplan 2026–2028", "{p}", accent=ACC, font="liberation",
          foot="Getåkra kommun · Kommunledningsförvaltningen · Fastställd av kommunstyrelsen 2026-02-10, § 18",
          created=dt.datetime(2026, 2, 16, 9, 0, tzinfo=dt.timezone.utc))

drift = sum(p[7] for p in D_PROJ)
PAGES = {}

pdf.add_page()
pdf.band("Getåkra kommun · Digitaliseringsplan 2026–2028", size=13, h=11)
pdf.title_block("Digitaliseringsplan 2026–2028 med projektportfölj", size=17)
pdf.p(f"Digitaliseringsplanen beskriver de utvecklingsprojekt som kommunen prioriterar under perioden. "
      f"Projektportföljen omfattar {len(D_PROJ)} projekt med en sammanlagd projektbudget på "
      f"{dec(d_total())} mnkr, varav 7,4 mnkr beräknas användas under 2026. När projekten är genomförda "
      f"tillkommer årliga driftkostnader för licenser, drift och support på sammanlagt {dec(drift)} mnkr, som "
      "nämnderna ska rymma inom sina ramar från och med året efter införandet.")
pdf.p("Projekten finansieras av kommunstyrelsens utvecklingsanslag på 5,0 mnkr per år och av nämndernas "
      "egna medel. Projekt som inte har påbörjats när planen revideras kan flyttas eller strykas.")
pdf.h2("Principer för portföljen")
pdf.bullets([
    "Varje projekt har en ansvarig förvaltning och en namngiven projektägare.",
    "Nyttor ska beskrivas och följas upp i tid, kvalitet eller service till invånarna.",
    "Lösningar som redan finns i kommunen ska återanvändas innan nya system upphandlas.",
    "Informationssäkerhet och tillgänglighet ska bedömas innan ett projekt startar.",
])
pdf.h2("Läsanvisning")
pdf.p("Varje projekt redovisas på ett projektkort. Start och Klart anges som kvartal eller månad. Budget avser "
      "projektets totala utgifter under hela projekttiden, och Drift per år anger den beräknade årliga "
      "kostnaden efter införandet. Status är Förstudie, Planerad eller Pågår.")

pdf.add_page()
pdf.h1("Projektkort")
for code, title, ansv, start, klart, _, budget, dr, status, syfte in D_PROJ:
    pdf.project_card(code, title, [("Ansvarig", ansv), ("Status", status), ("Start", start), ("Klart", klart),
                                   ("Budget", f"{dec(budget)} mnkr"), ("Drift per år", f"{dec(dr, 2)} mnkr")],
                     syfte, bar=ACC)
    PAGES[code] = pdf.page_no()

pdf.h1("Förändringar mot föregående plan")
pdf.p("Medborgarportalen med Mina sidor skulle enligt föregående plan ha startat under 2025. Projektet har "
      "skjutits upp eftersom kommunens plattform för e-tjänster ska upphandlas på nytt när nuvarande avtal "
      "löper ut, och portalen ska byggas på den nya plattformen. Portalen förutsätter dessutom att e-arkivet "
      "är infört, så att invånarna kan ta del av avslutade ärenden.")
pdf.p("Projektet med fakturarobot har tidigarelagts. Det beräknas frigöra omkring 1 800 arbetstimmar per år "
      "i ekonomienheten, som i stället ska användas till uppföljning och analys.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages", PAGES)
