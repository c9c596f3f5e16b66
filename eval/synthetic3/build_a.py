"""(a) Storbrinken kommun – Mål och budget 2026 med plan för 2027–2028."""
import datetime as dt

from common3 import HERE, Doc, grp, dec
from data import A_RAMAR, A_INVEST

OUT = HERE / "storbrinken-mal-och-budget-2026.pdf"
BLUE = (22, 72, 120)

pdf = Doc("Storbrinken kommun", "Mål och budget 2026", "Sida {p}", font="liberation",
          foot="Mål och budget 2026 med plan för 2027–2028 · Beslutad av kommunfullmäktige 2025-11-24, § 142",
          title="Mål och budget 2026 med plan för 2027–2028 – Storbrinken kommun",
          author="Kommunledningsförvaltningen, ekonomiavdelningen", accent=BLUE,
          created=dt.datetime(2025, 11, 28, 14, 5, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(10)
pdf.title_block("Mål och budget 2026", "med plan för 2027–2028\nStorbrinken kommun", size=26)
pdf.set_font("Sans", "I", 9.5)
pdf.multi_cell(0, 5, "Fastställd av kommunfullmäktige 2025-11-24, § 142. Dnr KS 2025/0318. "
               "Dokumentansvarig: ekonomichef, kommunledningsförvaltningen.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h2("Innehåll")
pdf.set_font("Sans", "", 10)
for i, t in enumerate(["Inledning", "Omvärld och förutsättningar", "Finansiella mål och budgeterat resultat",
                       "Nämndernas driftramar", "Investeringar", "Kommunfullmäktiges mål 2026–2028",
                       "Uppdrag till nämnder och styrelse"], 1):
    pdf.cell(10, 5.5, f"{i}")
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.h1("1 Inledning")
pdf.p("Storbrinken är en kommun som växer. Fler barn, fler äldre och ett allt större behov av stöd "
      "inom socialtjänsten ställer höga krav på att vi använder skattebetalarnas pengar klokt. "
      "Samtidigt ökar kostnaderna snabbare än intäkterna, och 2026 blir ett år då vi måste prioritera "
      "hårt. Den styrande majoriteten har valt att värna kärnverksamheterna – förskola, skola, "
      "äldreomsorg och stöd till personer med funktionsnedsättning – och att hålla skattesatsen "
      "oförändrad.")
pdf.p("Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från oktober 2025 och "
      "på kommunens egen befolkningsprognos. Mål och budget är kommunens viktigaste styrdokument och "
      "anger de ekonomiska ramarna och de politiska prioriteringarna för nämndernas verksamhet.")
pdf.set_font("Sans", "I", 10)
pdf.cell(0, 6, "Malin Hedberg (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Omvärld och förutsättningar")
pdf.h2("2.1 Befolkning")
pdf.p("Den 31 december 2024 hade Storbrinken 38 417 invånare, vilket är 312 fler än ett år tidigare. "
      "Ökningen beror främst på ett positivt flyttnetto, medan födelsenettot för tredje året i rad var "
      "negativt. Enligt kommunens befolkningsprognos väntas invånarantalet uppgå till 38 950 vid "
      "utgången av 2026 och till 39 600 år 2028. Antalet invånare som är 80 år eller äldre ökar med "
      "i genomsnitt 4,2 procent per år under planperioden, medan antalet barn i förskoleåldern är i "
      "stort sett oförändrat.")
pdf.h2("2.2 Skatteunderlag och skattesats")
pdf.p("Den kommunala skattesatsen för 2026 föreslås vara oförändrad och uppgår därmed till 21,89 kronor "
      "per skattekrona. Skatteintäkter och generella statsbidrag beräknas till 2 684,3 mnkr för 2026, "
      "vilket är 3,1 procent mer än i budget 2025. Skatteunderlaget väntas växa svagt under 2026 till "
      "följd av en dämpad utveckling av lönesumman, medan de generella statsbidragen ökar något efter "
      "regeringens budgetproposition.")
pdf.h2("2.3 Kostnadsutveckling")
pdf.p("Nämndernas ramar har räknats upp med 2,8 procent för löneökningar och 1,9 procent för övriga "
      "kostnader. Därutöver gäller ett generellt effektiviseringskrav om 0,5 procent för samtliga nämnder "
      "utom överförmyndarnämnden och revisionen. Pensionskostnaderna ökar kraftigt under 2026 till följd "
      "av det nya pensionsavtalet och beräknas till 148,6 mnkr inklusive löneskatt.")

pdf.h1("3 Finansiella mål och budgeterat resultat")
pdf.p("Kommunfullmäktige har fastställt följande finansiella mål för planperioden:")
pdf.bullets([
    "Resultatet ska över en rullande femårsperiod uppgå till minst 2,0 procent av skatteintäkter och "
    "generella statsbidrag.",
    "Investeringarna ska till minst 60 procent finansieras med egna medel över planperioden.",
    "Soliditeten inklusive samtliga pensionsåtaganden ska inte understiga 30 procent.",
], size=10)
pdf.p("Det budgeterade resultatet för 2026 uppgår till 41,2 mnkr, vilket motsvarar 1,5 procent av "
      "skatteintäkter och generella statsbidrag. Resultatmålet nås därmed inte 2026, men enligt planen "
      "förbättras resultatet till 1,9 procent 2027 och 2,4 procent 2028. Soliditeten inklusive "
      "pensionsåtaganden beräknas till 34,6 procent vid utgången av 2026.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 1. Budgeterad resultaträkning (mnkr)", new_x="LMARGIN", new_y="NEXT")
RR = [
    ("Verksamhetens nettokostnader", -2515.6, -2598.4, -2672.0, -2745.1),
    ("Skatteintäkter och generella statsbidrag", 2603.5, 2684.3, 2771.8, 2862.0),
    ("Finansnetto", -38.9, -44.7, -46.5, -48.3),
    ("Årets resultat", 49.0, 41.2, 53.3, 68.6),
]
rows = [(r[0],) + tuple(dec(v) for v in r[1:]) for r in RR]
rows.append(("Resultat i procent av skatter och bidrag", "1,9", "1,5", "1,9", "2,4"))
pdf.ruled_table(("Post", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"), rows,
                (66, 25, 25, 25, 25), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=4.6,
                borders="HORIZONTAL_LINES", head_fill=(214, 228, 240))

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("4 Nämndernas driftramar")
pdf.p("Driftramarna anger den nettokostnad som varje nämnd har att förhålla sig till. Ramarna för 2026 "
      "är bindande, medan planåren 2027 och 2028 är preliminära och prövas på nytt i nästa års "
      "budgetprocess. Kapitalkostnader för nya investeringar kompenseras när investeringen tas i bruk.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Nämndernas driftramar 2026 med plan för 2027–2028 (tkr)", new_x="LMARGIN", new_y="NEXT")
rows = []
for n, b25, r26, p27, p28 in A_RAMAR:
    rows.append((n, grp(b25), grp(r26), grp(r26 - b25), grp(p27), grp(p28)))
S = [sum(r[i] for r in A_RAMAR) for i in range(1, 5)]
rows.append(("Summa", grp(S[0]), grp(S[1]), grp(S[1] - S[0]), grp(S[2]), grp(S[3])))
pdf.ruled_table(("Nämnd", "Budget 2025", "Ram 2026", "Förändring", "Plan 2027", "Plan 2028"), rows,
                (54, 22, 22, 22, 22, 24), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                size=8.5, lh=5, borders="HORIZONTAL_LINES", head_fill=(214, 228, 240), bold_last=True)
pdf.set_font("Sans", "I", 8)
pdf.multi_cell(0, 4, "Förändring avser skillnaden mellan ram 2026 och budget 2025. Negativt belopp innebär "
               "minskad ram.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("4.1 Kommentarer till ramarna")
sn = A_RAMAR[2]
pdf.p(f"Socialnämndens ram ökar med {grp(sn[2] - sn[1])} tkr. Ökningen förklaras främst av att fler "
      "personer beviljas hemtjänst, att ett nytt boende enligt LSS med sex lägenheter öppnar i mars "
      "2026 och av fortsatt höga kostnader för externa placeringar av barn och unga. Nämnden har "
      "samtidigt fått i uppdrag att minska behovet av externa placeringar genom att bygga ut "
      "öppenvården.")
pdf.p("Barn- och utbildningsnämnden tillförs medel för löneökningar och för den nya förskolan i "
      "Brinkhagen. Samhällsbyggnadsnämndens ram minskar eftersom ansvaret för kollektivtrafiken flyttas "
      "till kommunstyrelsen från och med den 1 januari 2026, vilket också förklarar en del av "
      "kommunstyrelsens ökning. Kultur- och fritidsnämndens ram minskar genom ett riktat "
      "effektiviseringskrav, och nämnden har aviserat kortare öppettider vid biblioteksfilialen i "
      "Västerbrink.")
pdf.p("Valnämndens ram är tillfälligt högre 2026 till följd av de allmänna valen den 13 september 2026.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("5 Investeringar")
tot = [sum(r[i] for r in A_INVEST) for i in (2, 3, 4)]
pdf.p(f"Investeringsbudgeten för 2026 uppgår till {dec(tot[0])} mnkr. De största projekten är det "
      "särskilda boendet Lärkängen och den nya förskolan i Brinkhagen. Investeringsnivån är historiskt "
      "hög och medför att självfinansieringsgraden 2026 beräknas till 58 procent. Resterande del "
      "finansieras genom nyupplåning via Kommuninvest.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 3. Investeringsbudget 2026 och plan 2027–2028 (mnkr)", new_x="LMARGIN", new_y="NEXT")
rows = [(p, nm, dec(a), dec(b), dec(c)) for p, nm, a, b, c in A_INVEST]
rows.append(("Summa investeringar", "", dec(tot[0]), dec(tot[1]), dec(tot[2])))
pdf.ruled_table(("Projekt", "Nämnd", "2026", "2027", "2028"), rows, (86, 22, 19, 19, 20),
                ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=4.8,
                borders="HORIZONTAL_LINES", head_fill=(214, 228, 240), bold_last=True)
pdf.set_font("Sans", "I", 8)
pdf.multi_cell(0, 4, "BUN = barn- och utbildningsnämnden, SN = socialnämnden, SBN = samhällsbyggnadsnämnden, "
               "KFN = kultur- och fritidsnämnden, KS = kommunstyrelsen.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.p("Projekt med en total utgift över 20 mnkr ska före byggstart godkännas av kommunstyrelsen i ett "
      "särskilt genomförandebeslut. Om ett projekt beräknas överskrida sin budget med mer än tio procent "
      "ska nämnden snarast rapportera detta till kommunstyrelsen.")

pdf.h1("6 Kommunfullmäktiges mål 2026–2028")
pdf.p("Kommunfullmäktige har beslutat om fyra inriktningsmål som gäller för samtliga nämnder och bolag. "
      "Varje nämnd ska bryta ned målen till egna nämndmål med mätbara indikatorer.")
pdf.bullets([
    "Storbrinken ska ha en skola där fler elever når kunskapskraven och går vidare till studier eller arbete.",
    "Äldre och personer med funktionsnedsättning ska få en trygg omsorg med hög kontinuitet.",
    "Storbrinken ska vara en attraktiv kommun att bo, verka och driva företag i.",
    "Kommunens verksamheter ska bedrivas hållbart och med en ekonomi i balans.",
])

# ---------------------------------------------------------------- page 5
pdf.h1("7 Uppdrag till nämnder och styrelse")
pdf.p("Utöver ramarna ger kommunfullmäktige följande uppdrag. Uppdragen redovisas i delårsrapporten per "
      "den 31 augusti 2026 om inget annat anges.")
pdf.numbered_list = None
pdf.set_font("Sans", "", 10)
for i, t in enumerate([
    "Kommunstyrelsen får i uppdrag att ta fram en plan för hur lokalkostnaderna ska minska med minst "
    "5 procent till och med 2028.",
    "Socialnämnden får i uppdrag att redovisa en åtgärdsplan för minskade kostnader för externa "
    "placeringar senast den 31 mars 2026.",
    "Barn- och utbildningsnämnden får i uppdrag att utreda en samlad skolorganisation för de norra "
    "kommundelarna.",
    "Samhällsbyggnadsnämnden får i uppdrag att korta handläggningstiden för bygglov till högst sex veckor.",
    "Samtliga nämnder får i uppdrag att minska sjukfrånvaron bland medarbetarna.",
], 1):
    pdf.need(12)
    pdf.cell(8, 5, f"{i}.")
    pdf.multi_cell(pdf.epw - 8, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(3)
pdf.h2("Kommunfullmäktiges beslut 2025-11-24, § 142")
pdf.p("Kommunfullmäktige beslutar att fastställa skattesatsen för 2026 till 21,89 kronor, att fastställa "
      "driftramar och investeringsbudget för 2026 enligt tabell 2 och 3 samt att godkänna planen för "
      "2027–2028 som preliminär inriktning för kommande budgetarbete.", size=9.5)

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
