"""Ulvsjö kommun – Internkontrollplan 2026 för samhällsbyggnadsnämnden. Riskmatris
(sannolikhet × konsekvens) och en linjerad tabell Risk | Riskvärde | Kontrollmoment |
Ansvarig | Frekvens | Rapporteras till som går över en sidbrytning med upprepat huvud."""
import datetime
from pathlib import Path

from common import Doc, FontFace
from data import IKP

OUT = str(Path(__file__).with_name("ulvsjo-sbn-internkontrollplan-2026.pdf"))
RED = (150, 30, 40)

pdf = Doc("ULVSJÖ KOMMUN", "Samhällsbyggnadsnämnden", "Internkontrollplan 2026 · {p}({nb})",
          foot="Dnr SBN 2025/402 · Antagen 2025-12-09", family="liberation", body="sans",
          margins=(20, 24, 20))
pdf.set_title("Internkontrollplan 2026 Samhällsbyggnadsnämnden")
pdf.set_creation_date(datetime.datetime(2025, 12, 10, 8, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()

pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*RED)
pdf.cell(0, 11, "Internkontrollplan 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 11.5)
pdf.cell(0, 6, "Samhällsbyggnadsnämnden i Ulvsjö kommun", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.kv([("Beslutad av", "Samhällsbyggnadsnämnden 2025-12-09, § 187"),
        ("Giltighet", "1 januari–31 december 2026"),
        ("Dokumentansvarig", "Förvaltningschef, samhällsbyggnadsförvaltningen"),
        ("Diarienummer", "SBN 2025/402")], lw=42, size=9.5, lh=4.8)
pdf.ln(2)

pdf.h1("1 Inledning")
pdf.p("Enligt kommunallagen (2017:725) 6 kap. 6 § ska varje nämnd se till att den interna kontrollen är "
      "tillräcklig och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Kommunfullmäktige "
      "i Ulvsjö har i reglementet för intern kontroll, senast reviderat 2023-06-19, fastställt att varje "
      "nämnd årligen ska anta en internkontrollplan som grundar sig på en risk- och väsentlighetsanalys.")
pdf.p("Internkontrollplanen för 2026 omfattar samhällsbyggnadsnämndens hela ansvarsområde: bygglov och "
      "tillsyn, gator och parker, vatten och avlopp, kommunala fastigheter samt förvaltningens "
      "administration. Planen har tagits fram av förvaltningens ledningsgrupp i samverkan med "
      "verksamhetens chefer under september och oktober 2025.")

pdf.h1("2 Riskanalys och metod")
pdf.p("Varje identifierad risk har bedömts utifrån sannolikheten att den inträffar och konsekvensen om "
      "den inträffar. Båda bedöms på en fyrgradig skala. Riskvärdet beräknas som sannolikhet × "
      "konsekvens och kan därmed anta värden mellan 1 och 16.")
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(22, 60, 22, 60), width=164, line_height=4.8,
               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 225)), padding=1.2) as t:
    for row in [("Sannolikhet", "Beskrivning", "Konsekvens", "Beskrivning"),
                ("1", "Osannolik – inträffar sällan eller aldrig", "1", "Försumbar – märks knappt"),
                ("2", "Mindre sannolik – kan inträffa", "2", "Lindrig – viss påverkan"),
                ("3", "Möjlig – inträffar ibland", "3", "Kännbar – påverkar verksamhet eller ekonomi"),
                ("4", "Sannolik – inträffar ofta", "4", "Allvarlig – stor skada, förtroendet hotas")]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(4)
pdf.p("Bedömningen av sannolikhet och konsekvens har gjorts gemensamt av förvaltningens ledningsgrupp. "
      "Som underlag har använts resultatet av 2025 års uppföljning, revisorernas iakttagelser i "
      "granskningen av bygglovsprocessen 2025, inkomna synpunkter och klagomål, avvikelserapporter samt "
      "de risker som kommunstyrelsen har pekat ut som kommunövergripande.")

pdf.add_page()
# risk matrix
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Riskmatris: riskvärde = sannolikhet × konsekvens", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
x0, y0, cw, ch = pdf.l_margin + 30, pdf.get_y(), 16, 7
def col(v):
    return (120, 190, 120) if v <= 3 else (250, 220, 110) if v <= 6 else (240, 150, 80) if v <= 9 else (220, 80, 70)
pdf.set_font("Sans", "", 8.5)
for si, s in enumerate([4, 3, 2, 1]):
    pdf.set_xy(x0 - 24, y0 + si * ch)
    pdf.cell(24, ch, f"Sannolikhet {s}", align="R")
    for k in range(1, 5):
        pdf.set_fill_color(*col(s * k))
        pdf.set_xy(x0 + (k - 1) * cw, y0 + si * ch)
        pdf.cell(cw, ch, str(s * k), border=1, align="C", fill=True)
pdf.set_fill_color(255, 255, 255)
for k in range(1, 5):
    pdf.set_xy(x0 + (k - 1) * cw, y0 + 4 * ch)
    pdf.cell(cw, 5, f"K {k}", align="C")
pdf.set_xy(x0 + 4 * cw + 8, y0)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(80, 4.4, "Riskvärde 1–3: låg risk, accepteras.\nRiskvärde 4–6: medelhög risk, hanteras i den "
               "ordinarie verksamheten.\nRiskvärde 8–9: hög risk, kontrollmoment ska ingå i planen.\n"
               "Riskvärde 12–16: mycket hög risk, kontrollmoment ska ingå i planen och åtgärder ska "
               "vidtas omgående.", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y0 + 4 * ch + 9)
pdf.p("Risker med ett riskvärde på 8 eller högre tas in i internkontrollplanen. Risker med lägre "
      "riskvärde hanteras i den löpande verksamheten och redovisas i avsnitt 4.")

pdf.h2("2.1 Kommunövergripande kontrollmoment")
pdf.p("Kommunstyrelsen beslutade 2025-10-21 om två kontrollmoment som samtliga nämnder ska genomföra under "
      "2026. Dessa ingår inte i tabellen nedan men redovisas i nämndens uppföljning:")
pdf.marked(["Kontroll av att ändringar av bankkontonummer i leverantörsregistret har verifierats med "
            "leverantören före utbetalning (stickprov om 10 ändringar per halvår).",
            "Kontroll av att kostnader för representation och uppvaktning följer kommunens riktlinjer "
            "(samtliga fakturor över 5 000 kronor)."],
           ["a)", "b)"], size=9.5, indent=7, gap=0.6)

# ---- the control table over a page break
pdf.h1("3 Kontrollmoment 2026")
pdf.p("Tabellen redovisar de risker som har bedömts ha ett riskvärde på 8 eller högre, tillsammans med "
      "kontrollmoment, ansvarig, hur ofta kontrollen görs och till vem resultatet rapporteras.", size=9.5)
pdf.set_font("Cond", "", 8.5)
with pdf.table(col_widths=(7, 34, 16, 38, 23, 18, 34), line_height=4.2,
               text_align=("CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=RED),
               repeat_headings=1, padding=1.2) as t:
    r = t.row()
    for h in ("Nr", "Risk", "Riskvärde (S × K)", "Kontrollmoment", "Ansvarig", "Frekvens", "Rapporteras till"):
        r.cell(h)
    for i, (risk, s, k, km, ans, frek, rapp) in enumerate(IKP, 1):
        r = t.row()
        r.cell(str(i))
        r.cell(risk)
        r.cell(f"{s} × {k} = {s * k}")
        r.cell(km)
        r.cell(ans)
        r.cell(frek)
        r.cell(rapp)
pdf.ln(3)

pdf.h1("4 Risker som hanteras i den ordinarie verksamheten")
pdf.p("Följande risker har bedömts ha ett riskvärde under 8 och ingår därför inte i planen. De följs "
      "upp inom ramen för verksamhetens egenkontroll och ledningsgruppens ordinarie uppföljning:")
pdf.marked(["Felaktig tidrapportering vid beredskap inom VA (riskvärde 6)",
            "Bristande skyltning vid vägarbeten på kommunala gator (riskvärde 6)",
            "Förlust av nycklar och passerkort till kommunala fastigheter (riskvärde 4)",
            "Sen handläggning av ansökningar om nybyggnadskarta (riskvärde 4)",
            "Felaktig hantering av hittegods i parkförvaltningen (riskvärde 2)"],
           ["–"] * 5, size=9.5, indent=6, gap=0.4)

pdf.h1("5 Rapportering och uppföljning")
pdf.p("Ansvarig för respektive kontrollmoment dokumenterar genomförd kontroll, resultat och eventuella "
      "åtgärder i kommunens system för intern kontroll. Avvikelser som bedöms som allvarliga ska "
      "rapporteras till förvaltningschefen utan dröjsmål.")
pdf.p("Förvaltningen lämnar en delrapport om internkontrollplanens genomförande till "
      "samhällsbyggnadsnämnden den 25 augusti 2026. En samlad uppföljning av hela planen redovisas för "
      "nämnden 2027-02-16 och överlämnas därefter till kommunstyrelsen senast 2027-03-15, i enlighet "
      "med reglementet för intern kontroll. Kommunstyrelsen ska i sin uppsiktsplikt bedöma om "
      "nämndernas interna kontroll är tillräcklig.")
pdf.p("Resultatet av 2025 års uppföljning visade att 11 av 14 kontrollmoment genomfördes enligt plan. "
      "De tre kontrollmoment som inte genomfördes gällde tillsyn enligt plan- och bygglagen, "
      "diarieföring och arkivering samt vinterväghållning. Dessa risker har därför förts över till "
      "2026 års plan.")

pdf.add_page()
pdf.h1("Bilaga. Uppföljning av internkontrollplan 2025")
pdf.p("Sammanställningen redovisades för samhällsbyggnadsnämnden 2025-11-18, § 166.", size=9.5)
pdf.set_font("Cond", "", 8.5)
with pdf.table(col_widths=(62, 24, 84), line_height=4.4, text_align=("LEFT", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 225)), padding=1.2) as t:
    for row in [("Kontrollmoment 2025", "Genomförd", "Resultat och åtgärd"),
                ("Handläggningstid för bygglov", "Ja", "68 procent av ärendena avgjordes inom tio veckor. "
                 "Handlingsplan beslutad 2025-09-16."),
                ("Avtalstrohet vid inköp", "Ja", "Avtalstroheten var 87 procent. Utbildning för beställare "
                 "genomförd i oktober."),
                ("Attestförteckning i ekonomisystemet", "Ja", "Två attestanter som slutat fanns kvar i systemet; "
                 "behörigheterna togs bort."),
                ("Provtagning av dricksvatten", "Ja", "Samtliga prover godkända utom ett, som åtgärdades "
                 "inom 48 timmar."),
                ("Tillsyn enligt plan- och bygglagen", "Nej", "Ej genomförd på grund av vakanser. Förs över "
                 "till 2026."),
                ("Diarieföring och arkivering", "Nej", "Ej genomförd. Förs över till 2026."),
                ("Vinterväghållning", "Nej", "Ej genomförd på grund av mild vinter. Förs över till 2026."),
                ("Besiktning av lekplatser", "Ja", "Anmärkningar på 4 av 31 lekplatser; samtliga åtgärdade."),
                ("Debitering av VA-anslutningar", "Ja", "Inga avvikelser."),
                ("Personuppgiftsbehandling", "Ja", "Biträdesavtal saknades för två system; avtal har "
                 "tecknats.")]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
pdf.p("Övriga fyra kontrollmoment från 2025 års plan genomfördes utan anmärkning och redovisas i "
      "sin helhet i nämndens årsberättelse.", size=9.5)

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
