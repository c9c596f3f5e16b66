"""(a) Tistelholms kommun – kommunstyrelsens internkontrollplan 2026.

Layout: portrait p. 1 with a key–value head block, the probability/consequence scales in running text and
the board's decision as a LETTERED list "a)" – "d)"; pages 2–3 are LANDSCAPE and hold one wide ruled table
with EIGHT columns Process / Risk / Sannolikhet / Konsekvens / Riskvärde / Kontrollmoment / Ansvarig /
Frekvens (probability and consequence in separate columns, the risk value in a cell coloured green / yellow
/ red), running from p. 2 to p. 3 with its heading row repeated; portrait p. 4 with the follow-up of last
year's plan, figures in the text and FOOTNOTES with figures at the page foot. Metadata title.
"""
import datetime as dt

from common9 import HERE, Doc, Cell
from data import A_RISKER, A_BESLUT

OUT = HERE / "tistelholm-ks-internkontrollplan-2026.pdf"
ACC = (25, 90, 60)

pdf = Doc("Tistelholms kommun", "Kommunstyrelsen", "Internkontrollplan 2026 | sida {p}", font="liberation",
          foot="Tistelholms kommun · Kommunstyrelsen · Dnr KS 2025/611", accent=ACC,
          title="Internkontrollplan 2026 för kommunstyrelsen i Tistelholms kommun", author="Tistelholms kommun",
          created=dt.datetime(2026, 2, 12, 10, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Internkontrollplan 2026", "Kommunstyrelsen, Tistelholms kommun", size=21)
pdf.kv([("Diarienummer", "KS 2025/611"), ("Beslutad", "Kommunstyrelsen 2026-02-10, § 14"),
        ("Giltighetstid", "1 januari–31 december 2026"),
        ("Ansvarig tjänsteperson", "Kanslichef Maria Öhman, kommunledningsförvaltningen")], lw=46)
pdf.h1("1 Bakgrund")
pdf.p("Enligt kommunallagen ska varje nämnd se till att den interna kontrollen är tillräcklig och att "
      "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Kommunfullmäktiges reglemente för intern "
      "kontroll anger att nämnderna varje år ska anta en plan som bygger på en dokumenterad riskanalys.")
pdf.p("Riskanalysen för kommunstyrelsens verksamheter togs fram vid två workshoppar i november 2025 med "
      "förvaltningens ledningsgrupp och 14 medarbetare från ekonomi, HR, upphandling, it och kansli. Sammanlagt "
      "identifierades 37 risker, av vilka 20 har förts in i planen. Övriga risker hanteras i den ordinarie "
      "verksamhetsuppföljningen.")
pdf.h1("2 Riskbedömning")
pdf.p("Varje risk har bedömts utifrån hur sannolikt det är att den inträffar och vilken konsekvens den får om "
      "den inträffar. Båda bedöms på en skala från 1 till 4. För sannolikheten betyder 1 osannolik, 2 mindre "
      "sannolik, 3 möjlig och 4 sannolik. För konsekvensen betyder 1 lindrig, 2 kännbar, 3 allvarlig och 4 "
      "mycket allvarlig.")
pdf.p("Riskvärdet är produkten av sannolikhet och konsekvens och kan därmed bli högst 16. I planen markeras "
      "risker med ett värde under 6 med grönt, värden från 6 till 9 med gult och värden på 12 eller mer med "
      "rött. Röda risker ska alltid kommenteras särskilt när kontrollerna rapporteras.")
pdf.h1("3 Kommunstyrelsens beslut")
pdf.p("Kommunstyrelsen beslutade den 10 februari 2026, § 14, att", after=1.5)
pdf.lettered(A_BESLUT, size=10)
pdf.h1("4 Rapportering")
pdf.p("Resultatet av kontrollerna lämnas till kommunstyrelsen två gånger under året: en delrapport i samband "
      "med delårsrapporten i september och en slutrapport senast i februari 2027. Upptäcks en allvarlig brist "
      "ska den ansvariga chefen genast informera kommundirektören, som avgör om kommunstyrelsen ska få en "
      "särskild redovisning innan nästa ordinarie rapport.")

# ------------------------------------------------------------ landscape pages 2–3
pdf.add_page(orientation="L")
pdf.h1("Bilaga 1. Internkontrollplan 2026 för kommunstyrelsen", size=12.5)
pdf.p("Sannolikhet och konsekvens bedöms på en skala 1–4. Riskvärde = sannolikhet × konsekvens.", size=9,
      after=1.5)


def rv_cell(v):
    fill = (198, 230, 198) if v < 6 else ((252, 230, 160) if v < 12 else (240, 170, 160))
    return Cell(str(v), fill=fill, bold=v >= 12)


rows = [[pr, risk, str(s), str(k), rv_cell(s * k), kontroll, ansv, frek]
        for pr, risk, s, k, kontroll, ansv, frek in A_RISKER]
pdf.ruled_table(("Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig",
                 "Frekvens"), rows, (30, 63, 18, 18, 15, 60, 29, 20),
                ("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT", "LEFT", "LEFT"), size=8.6, lh=4.1,
                font="Cond", head_fill=(205, 225, 210))

# ------------------------------------------------------------ portrait page 4
pdf.add_page(orientation="P")
pdf.h1("Bilaga 2. Uppföljning av internkontrollplan 2025")
pdf.p("Kommunstyrelsens plan för 2025 omfattade 17 kontrollmoment. Av dessa genomfördes 15, medan två sköts "
      "upp till 2026.¹ Kontrollerna visade avvikelser i fyra fall, som redovisas nedan.")
pdf.p("Stickprovet av ändrade betalningsuppgifter hos leverantörer omfattade 40 ändringar. I 6 av dem "
      "saknades ett underlag som styrkte att ändringen hade begärts av leverantören.² Någon felaktig "
      "utbetalning kunde inte konstateras, men rutinen har skärpts så att varje ändring ska bekräftas per "
      "telefon med en kontaktperson hos leverantören.")
pdf.p("Avstämningen av frånvaro mot utbetald lön omfattade 25 anställda. Tre av dem hade fått för hög lön, "
      "sammanlagt 18 700 kronor, och beloppen har återkrävts. Felen berodde på att sjukfrånvaro hade "
      "registrerats efter lönekörningen.")
pdf.p("Granskningen av direktupphandlingar visade att dokumentation saknades för 4 av 10 upphandlingar. "
      "Upphandlingsenheten har därefter infört en obligatorisk blankett i e-handelssystemet.")
pdf.p("Den årliga inventeringen av bisysslor genomfördes av 41 av 46 chefer. De fem chefer som inte hade "
      "genomfört inventeringen har påmints, och kontrollen finns kvar i 2026 års plan.")
pdf.h1("Kontroller som utgår jämfört med 2025")
pdf.bullets(["Kontrollen av att fakturor betalas i rätt tid utgår, eftersom andelen sena betalningar har "
             "legat under två procent i tre år.",
             "Kontrollen av körjournaler för kommunens bilar utgår och ersätts av den digitala "
             "fordonsuppföljning som infördes hösten 2025."], size=10)
pdf.footnotes(["¹ De två kontroller som sköts upp avsåg reservkraften vid kommunens vattenverk och återläsning "
               "av säkerhetskopior. Båda finns med i 2026 års plan.",
               "² Ändringarna gällde sammanlagt sex leverantörer med en samlad fakturavolym på 2,4 mnkr under "
               "2025."])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
