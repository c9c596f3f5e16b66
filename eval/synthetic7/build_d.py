"""(d) Stensjöbro kommun – Handlingsplan för klimatanpassning 2026–2028.

Layout: key–value head block; running text with several figures per sentence (p. 1–2); a "•" list of
responsibilities; a ruled action table Nr / Aktivitet / Ansvarig / Klart senast / Status with 22 rows,
deadlines written both as 2026-09-30 and as "30 september 2026", running over a page break with the
header row repeated; a Gantt table (insats × 12 quarters 2026–2028, two heading rows with the years
spanning four columns each, X marks in shaded cells) on the last page. No metadata title.
"""
import datetime as dt

from common7 import HERE, Doc, Cell
from data import D_AKT, D_GANTT

OUT = HERE / "stensjobro-handlingsplan-klimatanpassning-2026-2028.pdf"
ACC = (25, 85, 140)
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
SFILL = {"Klar": (205, 232, 205), "Pågår": (252, 240, 200), "Ej påbörjad": (240, 240, 240)}


def datum(iso, fmt):
    if fmt == "iso":
        return iso
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


pdf = Doc("Stensjöbro kommun", "Handlingsplan för klimatanpassning 2026–2028", "Sida {p}", font="liberation",
          foot="Dnr KS 2025/318 · Beslutad av kommunfullmäktige 2026-01-26, § 8", accent=ACC,
          created=dt.datetime(2026, 2, 2, 8, 0, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.title_block("Handlingsplan för klimatanpassning 2026–2028", "Stensjöbro kommun", size=21)
pdf.kv([
    ("Beslutad av", "Kommunfullmäktige 2026-01-26, § 8"),
    ("Gäller", "2026–2028"),
    ("Dokumentansvarig", "Samhällsbyggnadschef"),
    ("Uppföljning", "Årligen till kommunstyrelsen, första gången i december 2026"),
], lw=40, size=9.5, lh=4.8)
pdf.h1("1 Inledning")
pdf.p("Klimatet i Stensjöbro blir varmare och blötare. Enligt SMHI:s klimatscenarier väntas årsmedeltemperaturen "
      "i länet öka med 2,5–4,5 grader till slutet av seklet, samtidigt som den årliga nederbörden ökar med "
      "15–25 procent och kraftiga skyfall blir vanligare. Perioder med värmebölja och torka väntas också "
      "bli längre.")
pdf.p("Enligt kommunens skyfallskartering från 2025 ligger 412 byggnader inom områden där vattendjupet vid ett "
      "100-årsregn kan överstiga 0,3 meter, varav 38 är samhällsviktiga verksamheter som förskolor, "
      "vårdboenden och pumpstationer. Längs Stensån finns dessutom 1,8 kilometer strandlinje där risken "
      "för erosion bedöms som hög.")
pdf.p("Sommaren 2024 drabbades centrala Stensjöbro av ett skyfall då det föll 74 millimeter regn på två "
      "timmar. Flera gator och källare översvämmades, Storgatan var avstängd under två dygn och "
      "vårdboendet Solrosen fick utrymmas. Händelsen visade att dagvattensystemet inte är dimensionerat "
      "för de regnmängder som blir allt vanligare.")
pdf.h1("2 Syfte och mål")
pdf.p("Handlingsplanen ska minska kommunens sårbarhet för ett förändrat klimat. Den konkretiserar "
      "översiktsplanens strategier och anger vilka aktiviteter som ska genomföras under 2026–2028, vem som "
      "ansvarar och när aktiviteterna ska vara klara. Målet är att inga samhällsviktiga verksamheter ska "
      "behöva stänga till följd av översvämning eller värme efter 2030.")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("3 Ansvar för klimatanpassning")
pdf.p("Ansvaret för att anpassa samhället till ett förändrat klimat delas mellan flera aktörer:")
pdf.bullets([
    "Kommunen ansvarar för den fysiska planeringen, för att de egna verksamheterna och fastigheterna "
    "klarar klimatets påverkan och för räddningstjänsten.",
    "Stensjöbro Vatten AB ansvarar för dricksvattenförsörjningen och för att dagvatten och spillvatten "
    "kan avledas från allmänna platser och fastigheter inom verksamhetsområdet.",
    "Fastighetsägare ansvarar själva för att skydda sina byggnader, till exempel genom backventiler, "
    "höjdsättning av entréer och att marken lutar bort från huset.",
    "Länsstyrelsen samordnar det regionala arbetet och ger stöd och vägledning till kommunerna.",
], size=9.8)
pdf.h1("4 Ekonomi")
pdf.p("Kommunfullmäktige har avsatt 4,2 mnkr för 2026 och 3,6 mnkr för 2027 för genomförandet av "
      "aktiviteter som inte ryms i förvaltningarnas ordinarie budget, medan investeringar i dagvattensystemet "
      "finansieras via VA-taxan med 18,5 mnkr under planperioden. Medel för 2028 prövas i budgetprocessen.")
pdf.p("Förvaltningarna ska söka statligt bidrag för förebyggande åtgärder mot naturolyckor där det är "
      "möjligt. Under 2025 beviljades kommunen 1,2 mnkr för erosionsskydd vid badplatsen i Norrviken, vilket "
      "motsvarade 60 procent av kostnaden.")
pdf.h1("5 Aktiviteter")
pdf.p("Tabell 1 redovisar planens 22 aktiviteter. Status avser läget den 15 januari 2026. Aktiviteter med "
      "status Klar har genomförts under förberedelserna av planen.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Aktiviteter i handlingsplanen", new_x="LMARGIN", new_y="NEXT")
rows = [(str(nr), akt, ans, datum(iso, fmt), Cell(st, SFILL[st])) for nr, akt, ans, iso, fmt, st in D_AKT]
pdf.ruled_table(("Nr", "Aktivitet", "Ansvarig", "Klart senast", "Status"), rows, (8, 67, 45, 25, 21),
                ("CENTER", "LEFT", "LEFT", "LEFT", "CENTER"), size=8.3, lh=4.0, head_fill=(210, 225, 240))

# ---------------------------------------------------------------- tidplan (Gantt)
pdf.add_page()
pdf.h1("6 Tidplan för större insatser")
pdf.p("Tabell 2 visar när de större insatserna i planen genomförs, per kvartal. Insatser som kräver "
      "upphandling kan förskjutas om upphandlingen överklagas.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Tidplan 2026–2028 per kvartal", new_x="LMARGIN", new_y="NEXT")
pdf.gantt("Insats", [2026, 2027, 2028], D_GANTT, label_w=68, q_w=8.1, size=7.8, lh=4.0)
pdf.h1("7 Uppföljning")
pdf.p("Kommunledningskontoret samordnar uppföljningen av handlingsplanen. Varje ansvarig förvaltning "
      "rapporterar status för sina aktiviteter senast den 15 november varje år, och en samlad uppföljning "
      "lämnas till kommunstyrelsen i december. Planen revideras i sin helhet under 2028.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
