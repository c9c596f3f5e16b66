"""(b) Harvstena kommun – miljö- och byggnadsnämnden, anmälan av delegationsbeslut 1 mars–30 april 2026.

Layout: portrait cover page with a key–value block, a sentence of counts and a "–" list of abbreviations
(p. 1); a LANDSCAPE delegation-decision list Ärende / Dnr / Beslutsdatum / Beslut / Delegat / Lagrum with
24 decisions under five BOLD GROUP ROWS (one per delegationsordning section), Ärende cells wrapping over two
lines; the table CONTINUES on p. 3 WITHOUT a repeated header (p. 2–3); portrait page with the appealed
decision and the proposed resolution (p. 4). No metadata title.
"""
import datetime as dt

from common12 import HERE, Doc, Group, grp
from data import B_GROUPS, B_BESLUT, b_counts, b_bab_total, MONTHS

OUT = HERE / "harvstena-mbn-delegationsbeslut-2026-03-04.pdf"
ACC = (30, 80, 120)

pdf = Doc("Harvstena kommun", "Miljö- och byggnadsnämnden", "{p} (4)", accent=ACC,
          foot="Harvstena kommun · Samhällsbyggnadsförvaltningen · Dnr MBN 2026-0002",
          created=dt.datetime(2026, 5, 6, 10, 0, tzinfo=dt.timezone.utc))
n, bifall, avslag, ovr = b_counts()
pdf.add_page()
pdf.title_block("Anmälan av delegationsbeslut", "Beslut fattade med stöd av nämndens delegationsordning under "
                "perioden 1 mars–30 april 2026", size=18)
pdf.kv([("Nämnd", "Miljö- och byggnadsnämnden"),
        ("Sammanträde", "2026-05-20"),
        ("Diarienummer", "MBN 2026-0002"),
        ("Handläggare", "Nämndsekreterare, samhällsbyggnadsförvaltningen"),
        ("Förslag till beslut", "Nämnden lägger redovisningen av delegationsbeslut till handlingarna.")])
pdf.h1("Sammanfattning")
pdf.p(f"Under perioden fattades {n} delegationsbeslut, vilket kan jämföras med 31 beslut under januari och "
      f"februari. Av besluten innebar {bifall} bifall, beviljanden eller registreringar, {avslag} var avslag och "
      f"{ovr} avsåg förelägganden, förbud eller avgifter. Bostadsanpassningsbidrag beviljades med sammanlagt "
      f"{grp(b_bab_total())} kronor i fem ärenden.")
pdf.p("Delegationsbeslut ska anmälas till nämnden enligt 6 kap. 40 § kommunallagen. Anmälan innebär inte att "
      "nämnden prövar besluten på nytt, men den gör det möjligt för nämnden att följa hur delegationen används. "
      "Tiden för överklagande räknas från den dag beslutet anslogs eller delgavs den som berörs.")
pdf.h2("Förkortningar i förteckningen")
pdf.bullets(["PBL – plan- och bygglagen (2010:900)", "MB – miljöbalken", "FMH – förordningen (1998:899) om "
             "miljöfarlig verksamhet och hälsoskydd", "Punkt – avsnitt i nämndens delegationsordning, "
             "antagen 2025-01-22"], sym="–", size=9.5)

pdf.add_page(orientation="L")
pdf.h1("Förteckning över delegationsbeslut 1 mars–30 april 2026")
rows = []
g = None
for gi, arende, dnr, datum, beslut, delegat, lagrum in B_BESLUT:
    if gi != g:
        rows.append(Group(B_GROUPS[gi]))
        g = gi
    rows.append([arende, dnr, datum, beslut, delegat, lagrum])
pdf.head2_table([["Ärende", "Dnr", "Beslutsdatum", "Beslut", "Delegat", "Lagrum"]], rows,
                [82, 28, 27, 33, 40, 43], ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"], size=8.6, lh=4.4,
                repeat=False, head_fill=(214, 228, 240), group_fill=(236, 242, 248))
pdf.p("Beslut om bostadsanpassningsbidrag över 100 000 kronor fattas av förvaltningschefen enligt punkt 9.2.",
      size=8.5, lh=4.2)

pdf.add_page(orientation="P")
pdf.h1("Överklagat beslut")
pdf.p("Beslutet den 17 mars 2026 om negativt förhandsbesked för två enbostadshus på Kvistrum 2:5 har överklagats "
      "till länsstyrelsen. Förvaltningen bedömde att platsen inte är lämplig för bostäder eftersom den ligger inom "
      "riskavståndet till den nedlagda deponin vid Kvistrumstippen och saknar godtagbar tillfart; dessutom "
      "bedömdes åtgärden kunna försvåra en framtida utbyggnad av verksamhetsområdet. Sökanden anser att "
      "deponin är sluttäckt och att en ny väg kan anläggas över den egna fastigheten.")
pdf.p("Beslutet om avslag på strandskyddsdispens för en bastu på Sjöbotten 2:8 har inte överklagats och har "
      "vunnit laga kraft. Avslaget motiverades med att bastun skulle ligga på mark som i dag är allemansrättsligt "
      "tillgänglig och att inget särskilt skäl enligt 7 kap. 18 c § miljöbalken fanns.")
pdf.h1("Förslag till beslut")
pdf.att_list("Miljö- och byggnadsnämnden beslutar",
             ["lägga redovisningen av delegationsbeslut för perioden 1 mars–30 april 2026 till handlingarna."])
pdf.sign_lines(["Förvaltningschef, samhällsbyggnadsförvaltningen", "Nämndsekreterare"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
