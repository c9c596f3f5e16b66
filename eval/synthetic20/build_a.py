"""(a) Wedelsta kommun – upphandlingsplan 2027.

Layout: portrait, DejaVu Sans, margins 18 mm. P. 1: key–value block, the summary with the totals (24
procurements, 304 700 tkr, 8 over 10 000 tkr), a small FULLY RULED table of decision levels, the status words as a
"–" list and the proposal as an att-clause. Pp. 2–3: Tabell 1, a FULLY RULED GRID (fpdf2 table, every cell
framed) with a shaded GROUP ROW PER FÖRVALTNING spanning all columns, the Status cell COLOURED per status word,
contract periods written "24 mån + 2 × 12 mån" / "48 mån" / "Engångsköp" and advertising quarters "kv 2 2027";
the table continues on p. 3 where the heading row is REPEATED. P. 3 also has Tabell 2, a sum per förvaltning
(antal / beräknat värde / varav över 10 000 tkr) with a bold Totalt row. P. 4: comments (why the school transport
is advertised only in 2028, the food procurement with neighbours, the sewage works) and last year's follow-up.
Metadata title set.
"""
import datetime as dt

from common20 import HERE, Doc, Group, Row, Cell, grp
from data import A_GROUPS, a_rows, a_quarter, a_sum, a_ks, a_status_counts, A_KS_LIMIT, A_DIREKT, A_PLAN_2026

OUT = HERE / "wedelsta-upphandlingsplan-2027.pdf"
ACC = (110, 40, 60)
pdf = Doc("Wedelsta kommun", "Kommunstyrelsen", "Upphandlingsplan 2027 – sida {p}", font="dejavu", accent=ACC,
          foot="Wedelsta kommun · Kommunledningsförvaltningen, upphandlingsenheten · Dnr KS 2026/311",
          title="Wedelsta kommun – Upphandlingsplan 2027", author="Upphandlingsenheten",
          created=dt.datetime(2026, 11, 12, 9, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(18, 25, 18)

n = len(a_rows())
tot, ks = a_sum(), a_ks()
st = a_status_counts()
pdf.add_page()
pdf.title_block("Upphandlingsplan 2027", "Planerade upphandlingar för kommunens förvaltningar", size=20)
pdf.kv([("Beslutas av", "Kommunstyrelsen 2026-12-02"), ("Diarienummer", "KS 2026/311"),
        ("Upprättad", "2026-11-12 av upphandlingsenheten"),
        ("Omfattning", "Upphandlingar med ett beräknat värde över direktupphandlingsgränsen")], lw=36)
pdf.h1("Sammanfattning")
pdf.p(f"Planen omfattar {n} upphandlingar med ett sammanlagt beräknat värde av {grp(tot)} tkr. Värdet avser hela "
      "avtalsperioden inklusive möjliga förlängningar. Av dessa har "
      f"{ks} upphandlingar ett beräknat värde över {grp(A_KS_LIMIT)} tkr, och för dem fattar kommunstyrelsen "
      "beslut om att upphandlingen ska starta.", size=9.8)
pdf.p(f"Vid planens upprättande var {st['Annonserad']} upphandlingar redan annonserade och {st['Pågår']} under "
      f"pågående förberedelse, medan {st['Planerad']} ännu inte har påbörjats. En upphandling, arbetskläder för "
      "vård och omsorg, är vilande i avvaktan på en gemensam klädpolicy.", size=9.8)
pdf.h2("Beslutsnivåer")
pdf.ruled_table(["Beräknat värde", "Beslut om att starta", "Beslut om tilldelning"],
                [[f"Under {grp(A_DIREKT)} tkr", "Direktupphandling enligt riktlinjer", "Enhetschef"],
                 [f"{grp(A_DIREKT)}–{grp(A_KS_LIMIT)} tkr", "Förvaltningschef", "Förvaltningschef"],
                 [f"Över {grp(A_KS_LIMIT)} tkr", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"]],
                [48, 64, 62], ["LEFT", "LEFT", "LEFT"], size=8.6, head_fill=(240, 226, 230))
pdf.h2("Status i tabell 1")
pdf.bullets(["Förstudie – behov och marknad analyseras, förfrågningsunderlaget har inte börjat skrivas.",
             "Planerad – upphandlingen startar enligt planen under angivet kvartal.",
             "Pågår – förfrågningsunderlaget tas fram tillsammans med verksamheten.",
             "Annonserad – upphandlingen är publicerad och anbud kan lämnas.",
             "Vilande – upphandlingen är tills vidare pausad."], sym="–", size=9.2, lh=4.5)
pdf.h2("Förslag till beslut")
pdf.att_list("Kommunstyrelsen beslutar", ["fastställa upphandlingsplan 2027 enligt tabell 1,",
                                          f"starta de upphandlingar i planen som har ett beräknat värde över "
                                          f"{grp(A_KS_LIMIT)} tkr."], size=9.6)

FILL = {"Förstudie": (255, 243, 205), "Planerad": (232, 240, 250), "Annonserad": (221, 240, 222),
        "Pågår": (250, 229, 214), "Vilande": (230, 230, 230)}
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Planerade upphandlingar 2027 per ansvarig förvaltning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
rows = []
for g, rs in A_GROUPS:
    rows.append(Group(g))
    for r in rs:
        rows.append([r[0], r[1], grp(r[2]), r[3], a_quarter(r), Cell(r[5], fill=FILL[r[5]]), r[6]])
pdf.ruled_table(["Nr", "Upphandling", "Beräknat värde, tkr", "Avtalsperiod", "Planerad annonsering", "Status",
                 "Ansvarig enhet"], rows, [14, 41, 19, 24, 24, 21, 31],
                ["LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "LEFT", "LEFT"], size=8.3, lh=4.1,
                head_fill=(110, 40, 60), head_color=(255, 255, 255), group_fill=(238, 226, 229))
pdf.ln(2)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Sammanställning per förvaltning", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
srows = []
for g, rs in A_GROUPS:
    srows.append([g, str(len(rs)), grp(a_sum(g)), str(a_ks(g))])
srows.append(Row(["Totalt", str(n), grp(tot), str(ks)], emphasis="B"))
pdf.ruled_table(["Förvaltning", "Antal upphandlingar", "Beräknat värde, tkr", f"varav över {grp(A_KS_LIMIT)} tkr"],
                srows, [70, 34, 34, 36], ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.6,
                head_fill=(240, 226, 230))

pdf.add_page()
pdf.h1("Kommentarer till planen")
pdf.h2("Skolskjutsar")
pdf.p("Upphandlingen av skolskjutsar annonseras först under första kvartalet 2028. Det nuvarande avtalet har "
      "förlängts till och med läsåret 2027/28, och förvaltningen vill samordna den nya upphandlingen med "
      "regionens omläggning av busslinjerna i Jällsta och Pirkby, som blir klar hösten 2027.", size=9.8)
pdf.h2("Livsmedel och dagligvaror")
pdf.p("Livsmedelsupphandlingen genomförs tillsammans med tre grannkommuner, och Wedelsta är samordnare. "
      "Förfrågningsunderlaget ska ställa krav på andelen ekologiska och närproducerade livsmedel, och anbud "
      "ska kunna lämnas på delområden så att mindre leverantörer kan delta.", size=9.8)
pdf.h2("Pirkby reningsverk")
pdf.p("Ombyggnaden av reningsverket i Pirkby är planens största enskilda upphandling. Den upphandlas som "
      "totalentreprenad, och förstudien ska vara klar innan kommunstyrelsen beslutar om start.", size=9.8)
pdf.h2("Uppföljning av 2026 års plan")
pdf.p(f"Av de {A_PLAN_2026[0]} upphandlingar som fanns i planen för 2026 har {A_PLAN_2026[1]} genomförts. "
      "Tre har flyttats till 2027 års plan: vinterväghållningen i Jällsta och Pirkby, trygghetslarmen och "
      "elevdatorerna. En upphandling, tolktjänster, avbröts eftersom kommunen i stället avropar från ett "
      "nationellt ramavtal.", size=9.8)
pdf.h2("Att tänka på för beställande förvaltningar")
pdf.bullets(["Anmäl nya behov till upphandlingsenheten senast sex månader före planerad annonsering.",
             "Utse en kravställare från verksamheten för varje upphandling i planen.",
             "Kontrollera att det finns budget för hela avtalsperioden innan upphandlingen startar."],
            size=9.4, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
