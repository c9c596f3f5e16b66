"""(f) Ljungsäter kommun – Skolresultat i årskurs 9 läsåret 2024/2025.

Layout: a table with horizontal rules only, one row per school unit (Skola / Antal elever / Andel
behöriga till gymnasiet (%) / Meritvärde / Förändring mot föregående år) with 14 rows, decimal commas
and a bold "Kommunen totalt" row; a "•" list of development areas whose items wrap over 2–3 lines
and a two-column "•" list of support measures. No metadata title.
"""
import datetime as dt

from common4 import HERE, Doc, dec, grp
from data import F_SKOLOR, F_UTVECKLING, F_STOD, f_row, f_total

OUT = HERE / "ljungsater-skolresultat-ak9-2025.pdf"
PLUM = (96, 40, 96)

T = f_total()
BEH = sum(r[2] for r in F_SKOLOR)

pdf = Doc("Ljungsäter kommun", "Barn- och utbildningsförvaltningen", "{p} (4)", font="dejavu",
          serif=False, justify=True,
          foot="Skolresultat årskurs 9 läsåret 2024/2025 · Rapport till barn- och utbildningsnämnden 2025-10-22",
          accent=PLUM, created=dt.datetime(2025, 10, 14, 9, 5, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(2)
pdf.title_block("Skolresultat i årskurs 9", "Läsåret 2024/2025 – uppföljning per skolenhet\n"
                "Ljungsäter kommun, barn- och utbildningsförvaltningen", size=22)
pdf.set_font("Sans", "I", 9)
pdf.multi_cell(0, 4.8, "Rapport till barn- och utbildningsnämnden den 22 oktober 2025. Dnr BUN 2025/187. "
               "Handläggare: Sara Holmgren, kvalitetsutvecklare.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h1("Sammanfattning")
pdf.p(f"Våren 2025 fick {grp(T[1])} elever slutbetyg från årskurs 9 i grundskolorna i Ljungsäter, i både "
      f"kommunala och fristående skolor. Av dem var {grp(BEH)} elever, eller {dec(T[2])} procent, behöriga "
      f"till ett yrkesprogram i gymnasieskolan. Det genomsnittliga meritvärdet för kommunen var {dec(T[3])}, "
      f"vilket är {dec(-T[4])} poäng lägre än året innan.", size=9.5, lh=4.8)
pdf.p("Skillnaderna mellan skolorna är fortsatt stora. Andelen behöriga varierar mellan 74,6 och 96,9 "
      "procent och meritvärdet mellan 199,5 och 261,5. Fem skolenheter har en andel behöriga under "
      "80 procent, och sex skolenheter har ett lägre meritvärde än föregående år.", size=9.5, lh=4.8)
pdf.p("Flickorna har i genomsnitt ett meritvärde som är 21,4 poäng högre än pojkarnas. Elever som har "
      "invandrat under de senaste fyra åren och elever med föräldrar med kort utbildning når i lägre grad "
      "behörighet. Resultaten i matematik är det ämne som oftast avgör om en elev blir behörig eller inte.",
      size=9.5, lh=4.8)
pdf.h1("Om statistiken")
pdf.p("Uppgifterna avser elever som fått slutbetyg i årskurs 9 i juni 2025 och har hämtats från kommunens "
      "betygsregistrering och från de fristående huvudmännen. Behörighet avser behörighet till "
      "yrkesprogram, det vill säga godkända betyg i svenska eller svenska som andraspråk, engelska, "
      "matematik och minst fem andra ämnen. Meritvärdet är summan av de 16 bästa betygen, med möjlighet "
      "till ett 17:e betyg i moderna språk, och kan uppgå till högst 340. För skolenheter med färre än "
      "15 elever redovisas inga uppgifter, vilket inte berör någon skola detta år.", size=9.5, lh=4.8)

# ---------------------------------------------------------------- page 2: table
pdf.add_page()
pdf.h1("Resultat per skolenhet")
pdf.p("Tabell 1 redovisar resultaten per skolenhet. Förändringen avser meritvärdet jämfört med läsåret "
      "2023/2024 och anges i meritpoäng. Fristående skolor är markerade.", size=9.5, lh=4.8)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminen 2025", new_x="LMARGIN", new_y="NEXT")
rows = []
for r in F_SKOLOR:
    s, n, a, m, ch = f_row(r)
    rows.append((s, grp(n), dec(a), dec(m), dec(ch, plus=True)))
rows.append((T[0], grp(T[1]), dec(T[2]), dec(T[3]), dec(T[4], plus=True)))
pdf.ruled_table(("Skola", "Antal elever", "Andel behöriga till gymnasiet (%)", "Meritvärde",
                 "Förändring mot föregående år"), rows, (64, 20, 30, 22, 30),
                ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5, lh=4.6, bold_last=True,
                borders="HORIZONTAL_LINES", head_fill=(236, 222, 236))
pdf.p("Den största förbättringen av meritvärdet har Hagaskolan F–9 och Östra Ljungs skola, där båda "
      "skolorna har arbetat systematiskt med studiero och lektionsstruktur. Norrängsskolan och Tallbackens "
      "skola har de största minskningarna. Båda skolorna har haft en hög personalomsättning och flera "
      "obehöriga lärare i matematik och moderna språk under läsåret. Säterskolan har dessutom tagit emot "
      "ett stort antal nyanlända elever i årskurs 8 och 9.", size=9.5, lh=4.8)

# ---------------------------------------------------------------- page 3: utvecklingsområden
pdf.add_page()
pdf.h1("Analys och utvecklingsområden")
pdf.p("Analysen visar att skolor med låg andel behöriga ofta har en hög andel elever med problematisk "
      "frånvaro och en hög personalomsättning. Elevhälsans insatser sätts i många fall in sent, först när "
      "eleven riskerar att inte nå godkända betyg i årskurs 9. Förvaltningen bedömer att följande "
      "utvecklingsområden ska prioriteras under läsåret 2025/2026:", size=9.5, lh=4.8)
pdf.bullets(F_UTVECKLING, size=9.5, lh=4.8, indent=6)
pdf.h2("Stödinsatser som erbjuds eleverna läsåret 2025/2026")
pdf.p("Samtliga kommunala skolor med årskurs 7–9 erbjuder följande stöd, utöver extra anpassningar och "
      "särskilt stöd i den ordinarie undervisningen:", size=9.5, lh=4.8)
pdf.two_col_bullets(F_STOD, size=9.5, lh=4.8)
pdf.h2("Uppföljning")
pdf.p("Förvaltningen följer upp resultaten i årskurs 9 efter höstterminen i december 2025 och återkommer "
      "till nämnden med en samlad rapport över läsåret 2025/2026 i oktober 2026. Skolornas åtgärdsplaner "
      "redovisas för nämnden senast den 31 januari 2026.", size=9.5, lh=4.8)

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("Förslag till beslut")
pdf.p("Barn- och utbildningsförvaltningen föreslår att barn- och utbildningsnämnden beslutar", size=9.5,
      lh=4.8)
pdf.bullets(["att godkänna rapporten om skolresultat i årskurs 9 läsåret 2024/2025,",
             "att ge förvaltningschefen i uppdrag att säkerställa att skolor med en andel behöriga under "
             "80 procent tar fram åtgärdsplaner senast 2026-01-31,",
             "att rapporten överlämnas till kommunstyrelsen för kännedom."], sym="", size=9.5, lh=4.8,
            indent=0, x0=4)
pdf.ln(4)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, "Ljungsäter den 14 oktober 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.cell(80, 5, "Anders Widlund")
pdf.cell(0, 5, "Sara Holmgren", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "I", 8.5)
pdf.cell(80, 5, "Förvaltningschef")
pdf.cell(0, 5, "Kvalitetsutvecklare", new_x="LMARGIN", new_y="NEXT")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
