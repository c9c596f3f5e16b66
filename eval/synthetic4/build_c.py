"""(c) Tjärnholms kommun – Investeringsplan 2026–2029 (bilaga till Mål och budget 2026).

Layout: portrait pages 1, 2 and 4; page 3 is LANDSCAPE and holds a borderless table (no lines at
all, columns only by x-position, numbers right-aligned) of projects grouped under committee
headings, amounts in tkr for 2026–2029 plus a period total, "–" for zero, an italic
"Summa <nämnd>" row per group and a bold "Totalt" row. Metadata title.
"""
import datetime as dt

from common4 import HERE, Doc, grp
from data import C_INV, c_summa, c_total, r1

OUT = HERE / "tjarnholm-investeringsplan-2026-2029.pdf"
GREEN = (38, 98, 52)


def t(n):
    return "–" if n == 0 else grp(n)


def mn(n_tkr):
    return f"{r1(n_tkr / 1000):.1f}".replace(".", ",")


TOT = c_total()
ALL = sum(TOT)
EGEN = (78500, 81200, 84000, 86900)
LAN = tuple(i - e for i, e in zip(TOT, EGEN))

pdf = Doc("Tjärnholms kommun", "Investeringsplan 2026–2029", "Sida {p}", font="dejavu",
          foot="Bilaga 3 till Mål och budget 2026 · Kommunfullmäktige 2025-11-17, § 118",
          title="Investeringsplan 2026–2029 – Tjärnholms kommun",
          author="Kommunledningsförvaltningen, ekonomienheten", accent=GREEN,
          created=dt.datetime(2025, 11, 20, 13, 40, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(4)
pdf.title_block("Investeringsplan 2026–2029", "Bilaga 3 till Mål och budget 2026\nTjärnholms kommun", size=22)
pdf.set_font("Sans", "I", 9)
pdf.multi_cell(0, 4.8, "Antagen av kommunfullmäktige den 17 november 2025, § 118. Dnr KS 2025/233.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h1("1 Sammanfattning")
pdf.p(f"Investeringsplanen omfattar åren 2026–2029 och uppgår för hela perioden till {mn(ALL)} mnkr. För "
      f"2026 budgeteras investeringar om {mn(TOT[0])} mnkr. Investeringsvolymen når sin topp 2028 med "
      f"{mn(TOT[2])} mnkr, då byggandet av det nya vattenverket och tillbyggnaden av Tjärnholmsskolan pågår "
      "samtidigt.", size=9.5)
pdf.p("Planen präglas av att Tjärnholm växer. Befolkningen har ökat med nästan 1 400 personer på fem år, "
      "och befolkningsprognosen pekar på fortsatt ökning av både barn i förskoleålder och invånare över "
      "80 år. De största enskilda projekten är därför en ny förskola i Solbacken, tillbyggnaden av "
      "Tjärnholmsskolan 7–9 och det särskilda boendet Granlunden med 54 platser. Inom den tekniska "
      "försörjningen kräver det befintliga vattenverket från 1968 en ersättningsinvestering.", size=9.5)
pdf.p("Samtliga projekt med en beräknad utgift över 10 mnkr ska beslutas särskilt av kommunfullmäktige "
      "innan upphandling får påbörjas (startbesked). Projekt under denna gräns får startas av respektive "
      "nämnd inom den beslutade investeringsramen. Investeringarna per nämnd och projekt redovisas i "
      "tabell 1 på sidan 3.", size=9.5)
pdf.h2("Investeringsram per nämnd 2026 (tkr)")
pdf.ruled_table(("Nämnd", "Budget 2026", "Andel (%)"),
                [(n, grp(c_summa(n)[0]), f"{r1(100 * c_summa(n)[0] / TOT[0]):.1f}".replace(".", ","))
                 for n, _ in C_INV] + [("Totalt", grp(TOT[0]), "100,0")],
                (80, 35, 30), ("LEFT", "RIGHT", "RIGHT"), size=8.5, lh=4.6, head_fill=(214, 232, 214),
                bold_last=True, borders="HORIZONTAL_LINES")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Finansiering")
SFG = f"{r1(100 * sum(EGEN) / ALL):.1f}".replace(".", ",")
pdf.p("Investeringarna finansieras i första hand med egna medel, det vill säga årets resultat och "
      "avskrivningar. Den del som inte kan finansieras med egna medel lånas upp via Kommuninvest. "
      f"Under planperioden beräknas egenfinansieringen uppgå till {mn(sum(EGEN))} mnkr, vilket motsvarar "
      f"en självfinansieringsgrad på {SFG} procent. Resterande "
      f"{mn(sum(LAN))} mnkr behöver lånas.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Investeringar och finansiering 2026–2029 (tkr)", new_x="LMARGIN", new_y="NEXT")
pdf.ruled_table(("", "2026", "2027", "2028", "2029", "Summa"), [
    ("Investeringar", *[grp(x) for x in TOT], grp(ALL)),
    ("Egenfinansiering", *[grp(x) for x in EGEN], grp(sum(EGEN))),
    ("Nyupplåning", *[grp(x) for x in LAN], grp(sum(LAN))),
], (44, 24, 24, 24, 24, 26), ("LEFT",) + ("RIGHT",) * 5, size=8.5, lh=4.6, head_fill=(214, 232, 214),
    borders="HORIZONTAL_LINES")
pdf.p("Kommunfullmäktige har beslutat att självfinansieringsgraden över en rullande femårsperiod ska vara "
      "minst 60 procent. Med den föreslagna planen nås inte målet under perioden, vilket främst beror på "
      "vattenverket och det särskilda boendet. Vattenverket finansieras på sikt genom VA-taxan och påverkar "
      "därför inte skattekollektivet. För att begränsa upplåningen ska nämnderna pröva om projekt kan "
      "senareläggas, etappindelas eller genomföras i samverkan med det kommunala bostadsbolaget.", size=9.5)
pdf.h1("3 Prioriteringar")
pdf.p("Investeringarna har prioriterats i tre nivåer: lagkrav och säkerhet, reinvesteringar i befintliga "
      "anläggningar samt utökad verksamhet och kvalitetshöjning. Projekt som följer av lagkrav eller som "
      "är nödvändiga för att upprätthålla driften har företräde. Planen innehåller därför fortsatt "
      "betydande belopp för förnyelse av VA-ledningar och reinvestering i gator och vägar.", size=9.5)
pdf.p("Kostnaderna i planen anges i löpande priser. Beloppen för projekt som ännu inte har projekterats "
      "är osäkra och kan komma att justeras när kalkylerna är klara. Ej förbrukade investeringsmedel förs "
      "inte automatiskt över till nästa år, utan ombudgetering beslutas av kommunfullmäktige i samband "
      "med årsredovisningen.", size=9.5)

# ---------------------------------------------------------------- page 3: LANDSCAPE borderless table
pdf.add_page(orientation="L")
pdf.set_auto_page_break(False)
pdf.set_y(21)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*GREEN)
pdf.cell(0, 6, "Tabell 1. Investeringar per nämnd och projekt 2026–2029 (tkr)", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1.5)
groups = []
for n, ps in C_INV:
    rows = [(p, *[t(x) for x in a], t(sum(a))) for p, *a in ps]
    s = c_summa(n)
    groups.append((n, rows, (f"Summa {n[0].lower()}{n[1:]}", *[t(x) for x in s], t(sum(s)))))
pdf.grouped_plain_table(("Nämnd / projekt", "2026", "2027", "2028", "2029", "Totalt\n2026–2029"),
                        groups, ("Totalt", *[grp(x) for x in TOT], grp(ALL)),
                        (112, 27, 27, 27, 27, 33), ("L", "R", "R", "R", "R", "R"), size=8, lh=4.0)
pdf.set_font("Sans", "I", 7.5)
pdf.set_y(pdf.get_y() - 2.5)
pdf.cell(0, 4, "– = inga medel budgeterade det året.", new_x="LMARGIN", new_y="NEXT")
pdf.set_auto_page_break(True, 22)

# ---------------------------------------------------------------- page 4
pdf.add_page(orientation="P")
pdf.h1("4 Kommentarer till de större projekten")
pdf.h2("Ny förskola Solbacken")
pdf.p("Förskolan byggs för åtta avdelningar och ersätter de tillfälliga paviljongerna vid Solbackens skola. "
      "Byggstart planeras till hösten 2026 och verksamheten beräknas kunna flytta in i augusti 2028.", size=9.5)
pdf.h2("Tillbyggnad av Tjärnholmsskolan 7–9")
pdf.p("Skolan byggs ut för att ta emot 180 fler elever. Projektet omfattar även en ny matsal och "
      "specialsalar för naturorienterande ämnen. Kommunfullmäktige gav startbesked den 22 september 2025.",
      size=9.5)
pdf.h2("Särskilt boende Granlunden")
pdf.p("Boendet får 54 lägenheter fördelade på sex avdelningar, varav två för personer med demenssjukdom. "
      "När Granlunden tas i bruk under 2028 avvecklas det äldre boendet Furuhemmet.", size=9.5)
pdf.h2("Nytt vattenverk")
pdf.p("Det befintliga vattenverket klarar inte framtida krav på vattenkvalitet och kapacitet. Etapp 1 "
      "omfattar ny råvattenledning och beredningsanläggning. Etapp 2, med nya reservoarer, planeras efter "
      "planperioden och ingår inte i denna plan.", size=9.5)
pdf.h2("Renovering av simhallen Tjärnbadet")
pdf.p("Tjärnbadet från 1979 har stora brister i bassängteknik och ventilation. En förstudie görs under "
      "2026, och renoveringen planeras att påbörjas 2028. Under renoveringen hänvisas skolornas "
      "simundervisning till grannkommunens bad.", size=9.5)
pdf.h1("5 Beslutsordning")
pdf.p("Kommunfullmäktige beslutar om investeringsbudget för 2026 och plan för 2027–2029. Inför varje "
      "budgetår revideras planen. Nämnderna rapporterar investeringarnas utfall och prognos i "
      "delårsrapporten per den 31 augusti och i årsredovisningen.", size=9.5)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
