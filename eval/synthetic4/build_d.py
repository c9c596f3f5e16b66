"""(d) Aspedal kommun – Verksamhetsberättelse 2025, barn- och utbildningsnämnden.

Layout: running text in TWO justified columns (fpdf2 text_columns), a full-width "–"-dash list of
important events, and a full-width ruled table Mål / Indikator / Målvärde / Utfall / Status where
each goal is a spanning group row above its indicators. No metadata title.
"""
import datetime as dt

from common4 import HERE, Doc, Group, dec
from data import D_MAL, D_BUDGET, D_UTFALL, D_HANDELSER

OUT = HERE / "aspedal-bun-verksamhetsberattelse-2025.pdf"
ORANGE = (176, 84, 20)

AVV = round(D_BUDGET - D_UTFALL, 1)  # −14,2

pdf = Doc("Aspedal kommun", "Verksamhetsberättelse 2025", "{p}", font="dejavu", serif=False,
          foot="Barn- och utbildningsnämnden · Verksamhetsberättelse 2025 · BUN 2026/31", accent=ORANGE,
          created=dt.datetime(2026, 2, 27, 15, 10, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(2)
pdf.title_block("Verksamhetsberättelse 2025", "Barn- och utbildningsnämnden, Aspedal kommun\n"
                "Behandlad av nämnden 2026-02-25, § 14", size=22)
pdf.columns([
    ("h", "Ordföranden har ordet"),
    ("p", "År 2025 blev ett år då vi tog flera viktiga steg för att ge alla barn och elever i Aspedal "
          "bättre förutsättningar. Vi öppnade en ny förskola i centrum, införde ett mobilförbud under hela "
          "skoldagen och beslutade om en ny modell för resursfördelning som riktar mer resurser till de "
          "skolor som har störst behov."),
    ("p", "Samtidigt har året varit ekonomiskt ansträngt. Nämnden redovisar ett underskott, främst till "
          "följd av kraftigt ökade kostnader för tilläggsbelopp och skolskjuts. Vi måste fortsätta "
          "arbetet med att anpassa verksamheten till de ekonomiska ramarna utan att tumma på kvaliteten i "
          "undervisningen."),
    ("p", "Jag vill rikta ett varmt tack till alla medarbetare som varje dag gör skillnad för barnen och "
          "eleverna i våra förskolor och skolor."),
    ("p", "Annelie Forsberg (S), ordförande i barn- och utbildningsnämnden"),
    ("h", "Sammanfattning"),
    ("p", "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, "
          "anpassad grundskola, fritidshem och kulturskola. Under 2025 gick i genomsnitt 1 412 barn i "
          "kommunens förskolor och 3 286 elever i kommunens grundskolor."),
    ("p", "Av nämndens 13 indikatorer uppnåddes fyra, fem uppnåddes delvis och fyra uppnåddes inte. "
          "Kunskapsresultaten i årskurs 9 förbättrades och det genomsnittliga meritvärdet nådde över "
          "målvärdet, medan resultaten i svenska i årskurs 3 och elevernas upplevda studiero försämrades."),
    ("p", f"Nämnden redovisar ett underskott på {dec(-AVV)} mnkr mot budget, vilket motsvarar "
          f"{dec(100 * -AVV / D_BUDGET)} procent av nettobudgeten."),
], size=9.5, lh=4.7, balance=True)

# ---------------------------------------------------------------- page 2
pdf.h1("Viktiga händelser under 2025")
pdf.bullets(D_HANDELSER, sym="–", size=9.5, lh=4.7, indent=5)
pdf.add_page()
pdf.h1("Ekonomi")
pdf.columns([
    ("p", f"Nämndens nettobudget för 2025 uppgick till {dec(D_BUDGET)} mnkr. Utfallet blev "
          f"{dec(D_UTFALL)} mnkr, vilket innebär en negativ budgetavvikelse på {dec(-AVV)} mnkr. I "
          "delårsrapporten per den 31 augusti 2025 prognostiserades ett underskott på 11,5 mnkr."),
    ("p", "Den största avvikelsen avser tilläggsbelopp för elever med omfattande behov av särskilt stöd, "
          "som översteg budget med 8,9 mnkr. Antalet elever med beviljat tilläggsbelopp ökade från 61 till "
          "84 under året, både i kommunens egna skolor och i fristående skolor. Kostnaderna för skolskjuts "
          "överskred budget med 4,1 mnkr, till följd av ett nytt avtal med högre priser och fler elever "
          "med särskilda skolskjutsbehov."),
    ("p", "Lokalkostnaderna blev 3,6 mnkr högre än budgeterat, främst på grund av tillfälliga paviljonger "
          "vid Åsbyskolan under ombyggnaden. Förskoleverksamheten redovisar däremot ett överskott på "
          "2,4 mnkr, eftersom antalet barn blev lägre än prognosen och statsbidraget för mindre "
          "barngrupper blev högre än beräknat."),
    ("p", "Nämnden beslutade i september om åtgärder för att dämpa kostnadsutvecklingen: anställningsstopp "
          "för administrativa tjänster, en översyn av skolskjutsorganisationen och en striktare prövning "
          "av ansökningar om tilläggsbelopp. Åtgärderna bedöms ge full effekt först under 2026."),
    ("p", "Nämndens investeringar uppgick till 21,3 mnkr av budgeterade 26,0 mnkr. Den största "
          "investeringen var inventarier till förskolan Lärkan."),
], size=9.5, lh=4.7, balance=True)

# ---------------------------------------------------------------- page 2 (cont.)
pdf.h1("Personal")
pdf.columns([
    ("p", "Vid årets slut hade nämnden 1 046 tillsvidareanställda medarbetare, varav 82 procent kvinnor. "
          "Andelen legitimerade förskollärare bland dem som arbetar med barnen i förskolan var 44 procent. "
          "Sjukfrånvaron minskade från 6,9 till 6,4 procent men ligger fortfarande över målvärdet."),
    ("p", "Rekryteringen av behöriga lärare i matematik, naturorienterande ämnen och svenska som andraspråk "
          "är fortsatt svår, särskilt till skolorna i kommunens norra del."),
], size=9.5, lh=4.7, balance=True)

# ---------------------------------------------------------------- page 3: målen
pdf.add_page()
pdf.h1("Måluppfyllelse")
pdf.p("Kommunfullmäktiges mål har brutits ned i fyra nämndmål med sammanlagt 13 indikatorer. För varje "
      "indikator anges målvärde, utfall 2025 och en bedömning i tre nivåer: uppnått, delvis uppnått och ej "
      "uppnått. Bedömningen delvis uppnått används när utfallet ligger nära målvärdet eller har utvecklats i "
      "rätt riktning jämfört med föregående år.",
      size=9.5, lh=4.7)
rows = []
for goal, inds in D_MAL:
    rows.append(Group(goal))
    rows.extend(inds)
pdf.ruled_table(("Mål / indikator", "Målvärde", "Utfall 2025", "Status"), rows, (86, 24, 24, 32),
                ("LEFT", "RIGHT", "RIGHT", "LEFT"), size=8.5, lh=4.4, head_fill=(245, 222, 200),
                group_fill=(252, 240, 228))
pdf.columns([
    ("h", "Kommentar till måluppfyllelsen"),
    ("p", "Andelen elever i årskurs 9 som är behöriga till ett yrkesprogram ökade från 82,9 till 84,6 "
          "procent, men målvärdet nåddes inte. Det genomsnittliga meritvärdet ökade till 228,4, vilket är "
          "det högsta värdet i kommunen sedan 2019."),
    ("p", "Resultaten på de nationella proven i svenska i årskurs 3 försämrades tydligt. Nämnden har gett "
          "förvaltningen i uppdrag att utvidga satsningen på läsfrämjande insatser och att följa upp "
          "läsutvecklingen med gemensamma screeningar från förskoleklass."),
    ("p", "Elevernas upplevelse av studiero är den indikator som ligger längst från målvärdet. Mobilförbudet "
          "infördes först under höstterminen och bedöms ännu inte ha fått genomslag i enkäten, som "
          "genomfördes i oktober."),
    ("p", "Antalet barn per årsarbetare i förskolan ökade något, eftersom flera vakanta tjänster inte "
          "kunde tillsättas med utbildade förskollärare under hösten."),
], size=9.5, lh=4.7, balance=True)

pdf.h1("Framtid")
pdf.columns([
    ("p", "Antalet barn i förskoleåldern väntas minska under de kommande åren, medan antalet elever i "
          "högstadiet ökar fram till 2029. Nämnden behöver därför se över lokalförsörjningen och pröva om "
          "förskolelokaler kan användas för skolverksamhet."),
    ("p", "Under 2026 ska den nya resursfördelningsmodellen börja tillämpas fullt ut. Nämnden kommer också "
          "att prioritera arbetet med studiero, läsförmåga i de lägre årskurserna och en budget i balans."),
], size=9.5, lh=4.7, balance=True)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
