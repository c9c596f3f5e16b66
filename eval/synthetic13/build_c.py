"""(c) Bräntnäs kommun – kommunstyrelsens upphandlingsplan 2026.

Layout: portrait throughout. P. 1: key–value block, running text in TWO justified columns with totals (counts,
mnkr of recurring contracts and one-off purchases) and the decision thresholds, and a small ruled table of the
committee abbreviations. P. 2–3: a PROCUREMENT TABLE with HORIZONTAL RULES ONLY and TWO heading rows (Nr /
Upphandling / Beställare / "Beräknat värde, tkr" spanning "per år" and "hela avtalstiden" / Avtalstid /
Annonsering / Beslut om start), 25 procurements under five bold group rows, names wrapping over two lines,
contract periods written "2+1+1 år" or "engångsköp", advertising dates written either "kv 2 2026" or as a month
("maj 2026"). The table breaks inside a group and continues on p. 3 with both heading rows repeated and an
italic "Tabell 1 (forts.)" under the running header. Below the table on p. 3: a "•" list of procurements that need special
preparation, the reasons for one of them, and last year's follow-up with several figures per sentence.
Metadata title set. Liberation Sans, tables in Liberation Sans Narrow.
"""
import datetime as dt

from common13 import HERE, Doc, Group, grp, dec
from data import C_GROUPS, C_ROWS, C_SARSKILD, C_KS_LIMIT, C_FC_LIMIT, c_total, c_beslut, c_sums

OUT = HERE / "brantnas-ks-upphandlingsplan-2026.pdf"
ACC = (70, 60, 130)

pdf = Doc("Bräntnäs kommun", "Kommunstyrelsen", "Sida {p} av 3", font="liberation", accent=ACC,
          foot="Bräntnäs kommun · Upphandlingsenheten · Upphandlingsplan 2026 · Dnr KS 2025/402",
          title="Bräntnäs kommun – Upphandlingsplan 2026", author="Upphandlingsenheten",
          created=dt.datetime(2025, 12, 2, 14, 0, tzinfo=dt.timezone.utc))
pdf.page_notes = {3: "Tabell 1 (forts.)"}
n, rec, n_one, one, n_ks = c_sums()
n_rec = n - n_one

pdf.add_page()
pdf.title_block("Upphandlingsplan 2026", "Planerade upphandlingar med ett beräknat värde över 1 mnkr eller "
                "med särskild betydelse för kommunens verksamhet", size=19)
pdf.kv([("Beslutas av", "Kommunstyrelsen 2026-01-13"), ("Diarienummer", "KS 2025/402"),
        ("Upprättad av", "Upphandlingsenheten, ekonomiavdelningen"), ("Datum", "2025-12-02")])
pdf.columns([
    ("h", "Sammanfattning"),
    ("p", f"Planen omfattar {n} upphandlingar. De {n_rec} löpande avtalen har ett beräknat årsvärde på "
          f"sammanlagt {dec(rec / 1000)} mnkr, och därtill kommer {n_one} engångsköp på sammanlagt "
          f"{dec(one / 1000)} mnkr. Kommunstyrelsen fattar beslut om att starta {n_ks} av upphandlingarna."),
    ("p", "Värdena är beräknade utifrån kostnaderna i nuvarande avtal och nämndernas bedömning av kommande "
          "behov. Det slutliga värdet blir känt först när avtal har tecknats."),
    ("h", "Beslutsordning"),
    ("p", f"Kommunstyrelsen beslutar om att starta upphandlingar vars beräknade värde för hela avtalstiden, "
          f"inklusive möjliga förlängningar, överstiger {grp(C_KS_LIMIT)} tkr. Upphandlingar med ett värde "
          f"mellan {grp(C_FC_LIMIT)} och {grp(C_KS_LIMIT)} tkr startas av den beställande nämnden och övriga "
          "av förvaltningschefen enligt delegationsordningen."),
    ("p", "Tilldelningsbeslut fattas enligt respektive nämnds delegationsordning. Upphandlingar som inte finns "
          "med i planen men som behöver genomföras under året anmäls till kommunstyrelsen."),
    ("h", "Hållbarhet"),
    ("p", "Alla upphandlingar ska pröva krav på miljö, arbetsrättsliga villkor och tillgänglighet. För bygg- "
          "och transportupphandlingarna ställs krav på fossilfria fordon och arbetsmaskiner från 2027."),
], size=9.4, lh=4.7, balance=True)
pdf.h2("Förkortningar i tabellen")
pdf.ruled_table(["Förkortning", "Nämnd"],
                [["TN", "Tekniska nämnden"], ["SeN", "Servicenämnden (kost, städ, IT och fordon)"],
                 ["BUN", "Barn- och utbildningsnämnden"], ["SN", "Socialnämnden"],
                 ["KS", "Kommunstyrelsen"], ["Förv.chef", "Förvaltningschefen i den beställande förvaltningen"]],
                [30, 100], ["LEFT", "LEFT"], size=8.8, lh=4.4, head_fill=(226, 222, 240))

pdf.add_page()
pdf.h1("Tabell 1. Planerade upphandlingar 2026")
pdf.p("Tabellen redovisar upphandlingarna per område. Beräknat värde per år avser löpande avtal; för engångsköp "
      "anges bara värdet för hela köpet. Avtalstiden anges som grundperiod plus möjliga förlängningar, "
      "till exempel 2+1+1 år. Annonseringen anges per kvartal eller, när tidpunkten är bestämd, per månad.",
      size=9.5, lh=4.6)
pdf.p("Kolumnen Beslut om start visar vem som beslutar att upphandlingen ska genomföras enligt beslutsordningen "
      "på sidan 1. För upphandlingar som beställs av flera nämnder gemensamt är servicenämnden beställare.",
      size=9.5, lh=4.6)
rows, g = [], None
for r in C_ROWS:
    if r[0] != g:
        rows.append(Group(C_GROUPS[r[0]]))
        g = r[0]
    rows.append([str(r[1]), r[2], r[3], grp(r[4]) if r[4] is not None else "–", grp(c_total(r)), r[6], r[7],
                 c_beslut(r)])
pdf.head2_table([[("Nr", 1, 2), ("Upphandling", 1, 2), ("Beställare", 1, 2), ("Beräknat värde, tkr", 2, 1),
                  ("Avtalstid", 1, 2), ("Annonsering", 1, 2), ("Beslut om start", 1, 2)],
                 ["per år", "hela avtalstiden"]],
                rows, [8, 50, 17, 15, 20, 18, 20, 18],
                ["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT", "LEFT"], size=8.4, lh=4.3,
                font="Cond", borders="HORIZONTAL_LINES", head_fill=(226, 222, 240), group_fill=(243, 241, 249),
                padding=1.4)

pdf.ln(4)
pdf.h1("Upphandlingar som kräver särskild beredning")
pdf.bullets(C_SARSKILD, size=9.8, lh=4.9)
pdf.h2("Köp av HVB-platser för ungdomar")
pdf.p("Socialnämnden köper i dag alla platser på hem för vård eller boende för ungdomar genom ett "
      "ramavtal som löper ut i mars 2027. Kostnaden per vårddygn har ökat kraftigt under de senaste åren, "
      "och ungdomarna placeras ofta långt från hemorten, vilket försvårar kontakten med familj och skola. "
      "Nämnden ska därför utreda om ett eget HVB med sex platser kan ta emot en del av ungdomarna innan "
      "upphandlingen annonseras. Utredningen ska redovisas till kommunstyrelsen senast i juni 2026.",
      size=9.8, lh=4.9)
pdf.h1("Uppföljning av upphandlingsplanen 2025")
pdf.p("Av de 24 upphandlingar som fanns med i planen för 2025 genomfördes 19, medan 3 flyttades till 2026 och "
      "2 avbröts. Totalt 4 upphandlingar överprövades i förvaltningsrätten, varav 1 ledde till att kommunen "
      "fick göra om utvärderingen av anbuden.", size=9.8, lh=4.9)
pdf.p("Avtalstroheten, mätt som andelen av inköpen som gjordes hos leverantörer med avtal, var 87 procent "
      "under 2025 mot målet 90 procent och 84 procent året före. Den lägsta avtalstroheten fanns inom "
      "konsulttjänster och reparationer av fordon.", size=9.8, lh=4.9)
pdf.p("Kommunens upphandlingar annonseras i en registrerad annonsdatabas. Information om kommande "
      "upphandlingar ges också på det årliga leverantörsmötet, som 2026 hålls i februari.", size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
