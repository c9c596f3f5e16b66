"""(b) Brännvik kommun – Socialnämndens internkontrollplan 2026.

Layout: a ruled 7-column table (Nr / Process / Risk / Riskvärde / Kontrollmoment / Ansvarig /
Frekvens) of 19 rows set in a narrow font, running from page 2 to page 3 with the header row
repeated; several cells wrap to 3 lines. No metadata title.
"""
import datetime as dt

from common4 import HERE, Doc
from data import B_IKP, B_UTGATT

OUT = HERE / "brannvik-sn-internkontrollplan-2026.pdf"
RED = (150, 30, 45)

pdf = Doc("Brännvik kommun", "Socialnämnden", "Sida {p} av {nb}", font="liberation",
          foot="Internkontrollplan 2026 · Socialnämnden · Dnr SN 2025/412", accent=RED,
          created=dt.datetime(2025, 11, 21, 8, 15, tzinfo=dt.timezone.utc))
pdf.alias_nb_pages("{nb}")
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(4)
pdf.title_block("Internkontrollplan 2026", "Socialnämnden i Brännvik kommun", size=22)
pdf.kv([
    ("Beslutad", "Socialnämnden 2025-11-19, § 142"),
    ("Dokumentansvarig", "Förvaltningschef, socialförvaltningen"),
    ("Gäller", "1 januari–31 december 2026"),
    ("Diarienummer", "SN 2025/412"),
], lw=42, size=9.5, lh=4.8)
pdf.h1("1 Inledning")
pdf.p("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig och att "
      "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Kommunfullmäktiges reglemente för "
      "intern kontroll anger att varje nämnd årligen ska anta en internkontrollplan som grundar sig på en "
      "risk- och väsentlighetsanalys. Planen ska antas före det år den avser.")
pdf.p("Socialförvaltningens ledningsgrupp har under september och oktober 2025 genomfört riskanalysen "
      "tillsammans med verksamhetschefer, controller och kvalitetsstrateg. Även resultatet av "
      "uppföljningen av 2025 års plan, synpunkter och klagomål, avvikelser samt iakttagelser från "
      "revisionen och Inspektionen för vård och omsorg har beaktats.")
pdf.p("Planen för 2026 omfattar 19 kontrollmoment inom tolv processer. Jämfört med 2025 har tre kontroller "
      "utgått och fem tillkommit, bland annat inom informationssäkerhet och hantering av brukarnas privata "
      "medel. De högsta riskvärdena finns inom ekonomiskt bistånd, barn och unga, placeringar och "
      "läkemedelshanteringen i särskilt boende.")

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("2 Riskbedömning")
pdf.p("Varje identifierad risk har bedömts utifrån sannolikheten att den inträffar och konsekvensen om den "
      "inträffar, båda på en skala från 1 till 4. Riskvärdet är produkten av sannolikhet och konsekvens och "
      "kan därmed variera mellan 1 och 16. Risker med ett riskvärde på 8 eller högre tas med i "
      "internkontrollplanen. Risker med ett riskvärde på 12 eller högre kontrolleras minst en gång per "
      "kvartal.")
pdf.ruled_table(("Värde", "Sannolikhet", "Konsekvens"), [
    ("1", "Osannolik – risken är praktiskt taget obefintlig", "Försumbar – obetydlig för brukare och ekonomi"),
    ("2", "Mindre sannolik – risken är liten", "Lindrig – viss påverkan, kan åtgärdas inom verksamheten"),
    ("3", "Möjlig – risken kan inträffa", "Kännbar – påverkar brukare, ekonomi eller förtroende"),
    ("4", "Sannolik – risken kommer troligen att inträffa", "Allvarlig – fara för liv och hälsa eller stor ekonomisk skada"),
], (16, 70, 80), ("CENTER", "LEFT", "LEFT"), size=8.5, lh=4.3, head_fill=(240, 220, 222))

# ---------------------------------------------------------------- pages 2–3: the plan
pdf.h1("3 Kontrollmoment 2026")
pdf.p("Tabell 2 anger för varje risk vilken kontroll som ska göras, vem som ansvarar för att kontrollen "
      "genomförs och hur ofta. Ansvarig befattning kan utse en medarbetare som utför kontrollen men "
      "ansvarar för att resultatet dokumenteras.", size=9.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Internkontrollplan 2026, socialnämnden", new_x="LMARGIN", new_y="NEXT")
rows = [(str(nr), proc, risk, str(s * k), km, ans, frek)
        for nr, proc, risk, s, k, km, ans, frek in B_IKP]
pdf.ruled_table(("Nr", "Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Ansvarig", "Frekvens"), rows,
                (7, 23, 38, 12, 41, 26, 19), ("CENTER", "LEFT", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT"),
                size=7.6, lh=3.6, font="Cond", head_fill=(240, 220, 222), padding=1.1)

# ---------------------------------------------------------------- after the table
pdf.h1("4 Uppföljning och rapportering")
pdf.p("Resultatet av kontrollerna dokumenteras i kommunens system för intern kontroll senast en månad "
      "efter att kontrollen genomförts. Avvikelser ska alltid kommenteras med en analys av orsaken och ett "
      "förslag till åtgärd. Allvarliga brister rapporteras omedelbart till förvaltningschefen, som "
      "beslutar om åtgärder och vid behov informerar nämndens ordförande.")
pdf.p("Förvaltningen lämnar en delrapport till socialnämnden i samband med delårsrapporten per den "
      "31 augusti 2026. En samlad uppföljning av hela planen, med bedömning av om den interna kontrollen "
      "har varit tillräcklig, ska redovisas för nämnden senast den 28 februari 2027 och därefter "
      "överlämnas till kommunstyrelsen och revisorerna.")
pdf.h1("5 Kontroller som utgår jämfört med 2025")
pdf.bullets(B_UTGATT, sym="–", size=10)
pdf.p("Uppföljningen av 2025 års internkontrollplan redovisades för socialnämnden 2026-02-18 och ingår "
      "inte i detta dokument.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
