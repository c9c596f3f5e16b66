"""(c) Region Nordkulla – uppföljning av tillgängligheten i primärvården januari–juni 2026.

Layout: serif justified report text. P. 1: title, key–value block and figure-dense summary. P. 2: a ruled
table per vårdcentral with a TWO-LEVEL heading ("Kontakt samma dag, %" and "Medicinsk bedömning inom tre
dagar, %" each spanning 2025 | 2026; Vårdcentral / Driftform / Listade with rowspan 2), where missing values
are printed as ".." (too few observations) or "–" (no data, the unit opened in 2026), footnote markers
¹ ² in the first column and the footnotes with the key to ".." and "–" below the table. P. 3: analysis text
with competing figures. P. 4: the administration's proposals as a justified numbered list "1." … "5." with
lettered sub-items "a)", "b)". Metadata title.
"""
import datetime as dt

from common11 import HERE, Doc, grp
from data import C_VC, C_MAL, C_ATGARDER

OUT = HERE / "region-nordkulla-tillganglighet-primarvard-2026.pdf"
ACC = (120, 40, 90)

pdf = Doc("Region Nordkulla", "Hälso- och sjukvårdsförvaltningen", "{p} (4)", accent=ACC, serif=True,
          justify=True, foot="Uppföljning av tillgänglighet i primärvården januari–juni 2026 · HSN 2026/211",
          title="Uppföljning av tillgängligheten i primärvården januari–juni 2026, Region Nordkulla",
          author="Region Nordkulla, hälso- och sjukvårdsförvaltningen",
          created=dt.datetime(2026, 8, 20, 13, 0, tzinfo=dt.timezone.utc))


def v(x):
    return x if isinstance(x, str) else str(x)


listade = sum(r[2] for r in C_VC)

# ------------------------------------------------------------------ p. 1
pdf.add_page()
pdf.title_block("Tillgänglighet i primärvården", "Uppföljning januari–juni 2026 – rapport till hälso- och "
                                                  "sjukvårdsnämnden")
pdf.kv([("Ärende", "HSN 2026/211"), ("Datum", "2026-08-18"), ("Sammanträde", "Hälso- och sjukvårdsnämnden "
                                                                               "2026-09-03"),
        ("Källa", "Väntetidsdatabasen och vårdcentralernas journalsystem")], lw=34)
pdf.h1("Sammanfattning")
pdf.p(f"Regionens {len(C_VC)} vårdcentraler hade den 30 juni 2026 sammanlagt {grp(listade)} listade patienter, "
      "varav drygt en tredjedel vid privata vårdcentraler. Under första halvåret fick 87,4 procent av dem som "
      "kontaktade sin vårdcentral kontakt samma dag, jämfört med 84,9 procent under samma period 2025. "
      "Andelen patienter som fick en medicinsk bedömning inom tre dagar ökade från 81,0 till 84,1 procent. "
      f"Målvärdet i regionplanen är {C_MAL} procent för båda måtten och nåddes inte för regionen som helhet.")
pdf.p("Skillnaderna mellan vårdcentralerna är stora. De privata vårdcentralerna har i genomsnitt högre "
      "tillgänglighet, men även flera vårdcentraler i egen regi har förbättrat sina resultat. Två vårdcentraler "
      "i egen regi har försämrats jämfört med första halvåret 2025.")
pdf.h1("Om måtten")
pdf.p("Kontakt samma dag mäter andelen av alla inkommande kontakter via telefon, 1177 och besök i receptionen "
      "som besvarades eller fick en återuppringning samma dag. Medicinsk bedömning inom tre dagar mäter andelen "
      "patienter som bedömdes av legitimerad personal inom tre dagar från första kontakten. Båda måtten "
      "avser januari–juni.")

# ------------------------------------------------------------------ p. 2 table
pdf.add_page()
pdf.h1("Resultat per vårdcentral")
top = [("Vårdcentral", 1, 2), ("Driftform", 1, 2), ("Listade 30 juni 2026", 1, 2),
       ("Kontakt samma dag, %", 2, 1), ("Medicinsk bedömning inom tre dagar, %", 2, 1)]
sub = ["2025", "2026", "2025", "2026"]
rows = [[r[0], r[1], grp(r[2]), v(r[3]), v(r[4]), v(r[5]), v(r[6])] for r in C_VC]
pdf.two_level_table(top, sub, rows, [46, 22, 22, 19, 19, 19, 19],
                    ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.4, pad=1.6,
                    head_fill=(236, 222, 232))
pdf.footnotes([
    ".. Uppgiften redovisas inte eftersom den bygger på färre än 30 kontakter under perioden.",
    "– Uppgift saknas. Vårdcentralen öppnade i januari 2026.",
    "¹ Ny ägare från den 1 mars 2026. Resultatet för 2025 avser den tidigare ägaren.",
    "² Drivs tillfälligt i lokaler vid Almbacka vårdcentral i väntan på ombyggnad.",
    f"Målvärdet enligt regionplanen är {C_MAL} procent för båda måtten.",
])

# ------------------------------------------------------------------ p. 3 analysis
pdf.add_page()
pdf.h1("Analys")
pdf.h2("Telefonin står för de flesta kontakterna")
pdf.p("Under första halvåret 2026 tog vårdcentralerna emot 412 600 samtal, jämfört med 388 900 samtal under "
      "första halvåret 2025. Andelen samtal som hanterades genom digital återuppringning ökade från 54 till 61 "
      "procent. Den genomsnittliga tiden till återuppringning var 2 timmar och 40 minuter, men vid vårdcentralerna "
      "med lägst tillgänglighet var den mer än fem timmar.")
pdf.h2("Kolbotten och Svanedal har försämrats")
pdf.p("Vårdcentralen Kolbotten har flest listade patienter i regionen och har under våren haft flera vakanta "
      "tjänster för specialister i allmänmedicin som har ersatts med hyrläkare endast delvis. Samtidigt byttes "
      "journalsystemet i mars, vilket under sex veckor minskade antalet bokningsbara tider. Svanedal har haft "
      "en långvarig vakans som verksamhetschef och en hög sjukfrånvaro bland sjuksköterskorna i "
      "telefonrådgivningen. Båda vårdcentralerna har fått stöd från förvaltningens bemanningspool sedan maj.")
pdf.h2("Små vårdcentraler ger osäkra värden")
pdf.p("För de minsta vårdcentralerna blir andelarna osäkra när underlaget är litet. Värden som bygger på färre "
      "än 30 kontakter redovisas därför inte. Vid Bäverholm berodde det låga underlaget 2026 på att en stor del "
      "av kontakterna registrerades i fel kö när telefonsystemet byttes. Vid Fiskartorp saknas ett jämförbart "
      "värde för 2025 av samma skäl.")
pdf.h2("Ekonomiska konsekvenser")
pdf.p("Bemanningspoolens insatser vid Kolbotten och Svanedal har hittills kostat 2,3 mnkr, vilket ryms inom "
      "förvaltningens budget för tillfälliga förstärkningar på 4,0 mnkr för 2026.")

# ------------------------------------------------------------------ p. 4 proposals
pdf.add_page()
pdf.h1("Förvaltningens förslag till åtgärder")
pdf.p("Förvaltningen föreslår att hälso- och sjukvårdsnämnden ger hälso- och sjukvårdsdirektören i uppdrag att "
      "genomföra följande åtgärder och återrapportera dem i delårsrapporten per augusti 2026 och i "
      "årsredovisningen.")
pdf.numbered(C_ATGARDER)
pdf.h2("Förslag till beslut")
pdf.p("Hälso- och sjukvårdsnämnden beslutar att godkänna uppföljningen och att ge förvaltningen i uppdrag att "
      "genomföra åtgärderna 1–5.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
