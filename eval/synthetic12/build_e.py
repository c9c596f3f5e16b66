"""(e) Tistelby kommun – lokalförsörjningsplan 2026–2030, bilaga: investeringsprojekt i verksamhetslokaler.

Layout: key–value head block and text with figures (p. 1); a PROJECT TABLE with TWO heading rows ("Tidplan"
spanning Start | Klart, "Investeringsutgift, mnkr" spanning Totalt | 2026 | 2027 | 2028–2030), project names
WRAPPING over two to three lines, start/end written as "kvartal 3 2026" or as a month "augusti 2027", "–" for
no money, bold group rows per verksamhet, an italic "Delsumma" row per group and a bold "Totalt" row (p. 2);
prioritisation text, a "•" list of projects removed from the plan and the reasons for postponements
(p. 3). Metadata title set.
"""
import datetime as dt

from common12 import HERE, Doc, Group, Row, dec
from data import E_GROUPS, E_PROJ, e_group_sum, e_total, E_UTGATT

OUT = HERE / "tistelby-lokalforsorjningsplan-2026-2030.pdf"
ACC = (150, 90, 20)


def m(x):
    return "–" if x == 0 else dec(x, 1)


pdf = Doc("Tistelby kommun", "Lokalförsörjningsplan 2026–2030", "{p}", accent=ACC,
          foot="Tistelby kommun · Kommunstyrelsen · Bilaga till KS 2026-02-10, § 18",
          title="Tistelby kommun – Lokalförsörjningsplan 2026–2030, investeringsprojekt",
          author="Tistelby kommun, fastighetsavdelningen",
          created=dt.datetime(2026, 2, 12, 7, 45, tzinfo=dt.timezone.utc))
tot = e_total()
pdf.add_page()
pdf.title_block("Lokalförsörjningsplan 2026–2030", "Bilaga 2: Investeringsprojekt i verksamhetslokaler", size=19)
pdf.kv([("Beslutsinstans", "Kommunfullmäktige, efter beredning i kommunstyrelsen"),
        ("Ansvarig", "Fastighetsavdelningen, samhällsbyggnadsförvaltningen"),
        ("Gäller", "Planperioden 2026–2030, revideras årligen i samband med budget")])
pdf.h1("Sammanfattning")
pdf.p(f"Planen omfattar {len(E_PROJ)} projekt med en sammanlagd investeringsutgift på {dec(tot[0])} mnkr under "
      f"perioden, varav {dec(tot[1])} mnkr 2026, {dec(tot[2])} mnkr 2027 och {dec(tot[3])} mnkr under åren "
      "2028–2030. Det är 86,5 mnkr mer än i föregående plan, främst på grund av det nya särskilda boendet.")
pdf.p("Befolkningen i Tistelby väntas öka från 17 640 till 18 900 invånare fram till 2030. Antalet barn i "
      "förskoleåldern ökar i Ängstorp och centralorten men minskar i Kärrnäs, medan antalet invånare som är "
      "85 år eller äldre ökar med nästan 40 procent. Behovet av platser i särskilt boende beräknas till 60 "
      "nya platser 2029.")
pdf.p("Projekt som redovisas med kvartal har ännu inte upphandlats; för projekt med angiven månad finns en "
      "fastställd tidplan från entreprenören eller fastighetsavdelningen.")

pdf.add_page()
pdf.h1("Investeringsprojekt 2026–2030")
rows = []
for g in E_GROUPS:
    rows.append(Group(g))
    for gr, proj, start, klart, t, a, b, c in E_PROJ:
        if gr == g:
            rows.append([proj, start, klart, m(t), m(a), m(b), m(c)])
    rows.append(Row([f"Delsumma {g[0].lower() + g[1:]}", "", "", *(m(x) for x in e_group_sum(g))], emphasis="I"))
rows.append(Row(["Totalt", "", "", *(m(x) for x in tot)], emphasis="B"))
pdf.head2_table([[("Projekt", 1, 2), ("Tidplan", 2, 1), ("Investeringsutgift, mnkr", 4, 1)],
                 ["Start", "Klart", "Totalt", "2026", "2027", "2028–2030"]],
                rows, [52, 24, 24, 15, 15, 15, 21],
                ["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.4, lh=4.3,
                head_fill=(244, 228, 204), group_fill=(250, 241, 228))
pdf.footnotes(["Utgifterna är angivna i löpande priser och inkluderar projektering, inventarier och "
               "byggherrekostnader.", "Start avser byggstart; Klart avser inflyttning eller driftsättning."])

pdf.add_page()
pdf.h1("Prioritering")
pdf.p("Projekten har prioriterats efter lagkrav, behov av platser och lokalernas tekniska skick. Högst prioritet "
      "har det särskilda boendet Lindåsen och om- och tillbyggnaden av Tistelbyskolan, som båda behövs för att "
      "kommunen ska kunna möta den ökade efterfrågan.")
pdf.p("Ersättningen av modulerna vid förskolan Myran har skjutits upp från 2026 till 2028. Modulerna har "
      "bygglov till och med 2029, och barnantalet i området minskar. Genom att vänta kan kommunen dessutom "
      "använda erfarenheterna från den nya förskolan i Ängstorp och undvika att två stora förskoleprojekt "
      "pågår samtidigt.")
pdf.h2("Projekt som utgått ur planen")
pdf.bullets(E_UTGATT, size=9.8)
pdf.p("Om kostnaden för ett projekt beräknas bli mer än tio procent högre än i planen ska projektet återrapporteras "
      "till kommunstyrelsen innan upphandling.", size=9.5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
