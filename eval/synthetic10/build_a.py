"""(a) Mörtsunda kommun – vård- och omsorgsnämndens verksamhetsplan 2026.

Layout: key–value head block and text with figures (p. 1), a "•" list of priorities; a GOAL TABLE
Mål / Indikator / Utfall 2024 / Utfall 2025 / Målvärde 2026 / Trend where each goal is written only on the
first of its indicator rows (rules between goals only), the trend as coloured arrows ↑ ↓ →, running from
p. 2 to p. 3 with the header repeated; development areas and a small ruled table on p. 4. Metadata title.
"""
import datetime as dt

from common10 import HERE, Doc
from data import A_MAL, A_PRIO, a_trend

OUT = HERE / "mortsunda-von-verksamhetsplan-2026.pdf"
ACC = (0, 95, 105)

pdf = Doc("Mörtsunda kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2026 | {p} (4)", accent=ACC,
          foot="Mörtsunda kommun · Vård- och omsorgsförvaltningen · VON 2025/388",
          title="Verksamhetsplan 2026 – vård- och omsorgsnämnden, Mörtsunda kommun", author="Mörtsunda kommun",
          created=dt.datetime(2025, 12, 15, 10, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Verksamhetsplan 2026", "Vård- och omsorgsnämnden, Mörtsunda kommun", size=22)
pdf.kv([("Beslutad av", "Vård- och omsorgsnämnden 2025-12-11, § 142"),
        ("Diarienummer", "VON 2025/388"),
        ("Giltighetstid", "2026-01-01 – 2026-12-31"),
        ("Ansvarig tjänsteperson", "Förvaltningschef Annika Wester")], lw=48, size=9.3, lh=4.8)
pdf.h1("1. Inledning")
pdf.p("Vård- och omsorgsnämnden ansvarar för äldreomsorgen, stödet och servicen till personer med "
      "funktionsnedsättning och den kommunala hälso- och sjukvården. Verksamhetsplanen beskriver hur nämnden "
      "bidrar till kommunfullmäktiges mål, vilka indikatorer nämnden följer och vad som prioriteras under året.")
pdf.h1("2. Ekonomiska förutsättningar")
pdf.p("Nämndens budgetram för 2026 uppgår till 684,3 mnkr, vilket är 24,1 mnkr eller 3,7 procent mer än 2025. "
      "Av ramen avser 402,6 mnkr äldreomsorg, 193,8 mnkr stöd till personer med funktionsnedsättning och 87,9 mnkr "
      "hälso- och sjukvård samt gemensam administration. Ramen ger full kompensation för löneökningar men inte "
      "för de ökade volymerna inom LSS.")
pdf.p("Antalet invånare som är 80 år eller äldre beräknas öka från 2 310 personer 2025 till 2 540 personer 2030. "
      "Samtidigt går 96 av nämndens 1 140 tillsvidareanställda i pension under de kommande tre åren.")
pdf.h1("3. Nämndens prioriteringar 2026")
pdf.p("Nämnden har valt ut fem områden där arbetet ska intensifieras under året:", after=1.5)
pdf.bullets(A_PRIO, size=9.8, lh=4.9)

pdf.add_page()
pdf.h1("4. Nämndmål och indikatorer")
pdf.p("Tabellen visar nämndens fem mål och de indikatorer som används för att följa upp dem. Pilen i kolumnen "
      "Trend jämför utfallet 2025 med utfallet 2024: ↑ betyder en förbättring, ↓ en försämring och → att "
      "utfallet är oförändrat. För vissa indikatorer är ett lägre värde bättre, till exempel väntetider, "
      "kostnader, sjukfrånvaro och personalomsättning. Målvärdena för 2026 har fastställts av nämnden utifrån "
      "kommunfullmäktiges mål och jämförelser med andra kommuner av liknande storlek. Utfallen hämtas från "
      "nämndens verksamhetssystem, Socialstyrelsens brukarundersökningar och personalsystemet. Utfallet "
      "för 2025 avser helåret om inget annat anges. Indikatorer som saknar jämförbart utfall för 2024 har inte "
      "tagits med i tabellen, och en fullständig redovisning av samtliga mätningar finns i nämndens "
      "verksamhetsberättelse.", size=9.5, lh=4.8)
pdf.p("Nämndens mål är kopplade till kommunfullmäktiges tre målområden: en god livsmiljö, en hållbar "
      "organisation och en trygg välfärd. Kopplingen redovisas i bilaga 1.", size=9.5, lh=4.8)
groups = [(m, [(ind, u24, u25, mv, a_trend(u24, u25, g)) for ind, u24, u25, mv, g in inds]) for m, inds in A_MAL]
pdf.goal_table(["Mål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2026", "Trend"], groups,
               [41, 57, 15, 15, 22, 16], ["L", "L", "R", "R", "R", "C"], size=8.8, lh=4.5, trend_col=5,
               trend_colors={"↑": (0, 130, 60), "↓": (200, 30, 30), "→": (110, 110, 110)})
pdf.h2("Kommentar till utfallen")
pdf.p("Flera indikatorer har utvecklats i rätt riktning, särskilt väntetiden till särskilt boende och andelen "
      "undersköterskor med skyddad yrkestitel. Kontinuiteten i hemtjänsten och personalomsättningen har däremot "
      "försämrats, och antalet ej verkställda beslut om bostad med särskild service har ökat.", size=9.5, lh=4.8)

pdf.add_page()
pdf.h1("5. Utvecklingsområden")
pdf.h2("Kontinuitet i hemtjänsten")
pdf.p("En hemtjänsttagare i Mörtsunda möter i genomsnitt 17 olika medarbetare under en tvåveckorsperiod. Många "
      "äldre upplever det som otryggt att inte veta vem som kommer, och bristande kontinuitet gör det svårare att "
      "upptäcka förändringar i hälsotillståndet i tid. Nämnden vill därför organisera hemtjänsten i mindre "
      "arbetslag med fasta geografiska områden, där varje brukare har en kontaktman och ett litet team som "
      "planerar besöken tillsammans.")
pdf.h2("Heltid som norm")
pdf.p("Andelen heltidsanställda undersköterskor är 58 procent. Från och med 2026 erbjuds alla nyanställda "
      "undersköterskor heltid, och befintliga medarbetare kan successivt gå upp i tid. Förändringen bedöms "
      "minska behovet av timavlönad personal.")
pdf.h2("Platser i särskilt boende")
pdf.ruled_table(["Boende", "Platser 2025", "Platser 2026", "Inriktning"],
                [["Lindhemmet", "42", "42", "Somatik och demens"],
                 ["Tallgläntan", "36", "30", "Demens"],
                 ["Ekbrinken", "0", "24", "Somatik, öppnar i oktober 2026"],
                 ["Solvändan", "28", "28", "Korttidsplatser och växelvård"],
                 ["Summa", "106", "124", ""]],
                [46, 26, 26, 68], ["L", "R", "R", "L"], size=8.8, bold_last=True)
pdf.h2("Uppföljning")
pdf.p("Verksamhetsplanen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen för 2026. "
      "Indikatorerna redovisas till nämnden två gånger per år.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
