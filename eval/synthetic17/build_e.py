"""(e) Trästena kommun – internkontrollplan 2027 för kommunstyrelsen och nämnderna.

Layout: DejaVu Sans, tables in DejaVu Sans Condensed. P. 1 (portrait) has a key–value block, the scales for
sannolikhet and konsekvens as a small full-grid table, the level rule and a counts sentence (controls per level and
per frequency). Pp. 2–3 are LANDSCAPE with the control plan: a "FRAME" table (outer frame and gridded heading, no
lines inside the body) with Nr / Process / Risk / Kontrollmoment / Frekvens / Ansvarig / S / K / Riskvärde; the
förvaltningar are DARK GROUP BANDS WITH WHITE TEXT, risk and control cells wrap over 2–3 lines, and the risk
value (S × K) sits in a HEAT-COLOURED cell (green / yellow / red). The table breaks inside the
Socialförvaltningen group; the heading is repeated on p. 3 under an italic "(forts.)" caption. P. 4 (portrait)
has the reporting schedule with dates written as "2027-05-31", "30 september 2027", "v. 7 2028" and "15/12",
and a "•" list of roles.
"""
import datetime as dt

from common17 import HERE, Doc, Group, Row, Cell
from data import E_FORV, E_RISK, e_rv, e_niva

OUT = HERE / "trastena-internkontrollplan-2027.pdf"
ACC = (90, 40, 110)
pdf = Doc("Trästena kommun", "Internkontrollplan 2027", "{p}/4", font="dejavu", accent=ACC,
          foot="Antagen av kommunstyrelsen i Trästena kommun 2026-12-08, § 231 · Dnr KS 2026/455",
          title="Trästena kommun – Internkontrollplan 2027", author="Kommunledningsförvaltningen",
          created=dt.datetime(2026, 12, 9, 14, 0, tzinfo=dt.timezone.utc))
NUM = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
lev = [e_niva(e_rv(r)) for r in E_RISK]
freq = [r[5] for r in E_RISK]

pdf.add_page()
pdf.title_block("Internkontrollplan 2027", "Kommunstyrelsen och förvaltningarna i Trästena kommun", size=19)
pdf.kv([("Beslutad", "Kommunstyrelsen 2026-12-08, § 231"), ("Giltighetstid", "1 januari–31 december 2027"),
        ("Dokumentansvarig", "Kanslichef Therese Mohlin"), ("Diarienummer", "KS 2026/455")], lw=42, size=9.3)
pdf.h1("Riskbedömning")
pdf.p("Varje risk har bedömts utifrån sannolikheten för att den inträffar (S) och konsekvensen om den inträffar "
      "(K), båda på en skala från 1 till 4. Riskvärdet är produkten av de två bedömningarna och kan alltså vara "
      "mellan 1 och 16.", size=9.8)
pdf.mtable([["Värde", "Sannolikhet (S)", "Konsekvens (K)"]],
           [["1", "Osannolik – har inte inträffat", "Försumbar – ingen påverkan utåt"],
            ["2", "Mindre sannolik – kan inträffa någon gång", "Lindrig – liten påverkan på ekonomi eller förtroende"],
            ["3", "Möjlig – har inträffat tidigare", "Kännbar – påverkar enskilda eller ekonomin märkbart"],
            ["4", "Sannolik – inträffar årligen", "Allvarlig – stor skada för enskilda eller förtroendet"]],
           [16, 75, 75], ["C", "L", "L"], mode="grid", size=8.6, lh=4.2, head_fill=(232, 226, 238))
pdf.p(f"Risker med riskvärde 1–4 räknas som låga, 5–8 som medelhöga och 9–16 som höga. Planen omfattar "
      f"{len(E_RISK)} kontrollmoment, varav {NUM[lev.count('Hög')]} med högt, {NUM[lev.count('Medel')]} med "
      f"medelhögt och {NUM[lev.count('Låg')]} med lågt riskvärde. {NUM[freq.count('Månadsvis')].capitalize()} "
      f"kontroller görs varje månad, {NUM[freq.count('Kvartalsvis')]} varje kvartal, {NUM[freq.count('Årligen')]} "
      f"en gång per år och {NUM[freq.count('Vid behov')]} vid behov.", size=9.8)
pdf.p("Kontroller med riskvärde 12 eller högre rapporteras till kommunstyrelsen efter varje kvartal, eftersom "
      "en brist där snabbt kan leda till felaktiga utbetalningar eller allvarliga konsekvenser för enskilda.",
      size=9.8)

pdf.add_page(orientation="L")
pdf.h1("Kontrollmoment per förvaltning")
HEAT = {"Låg": (205, 232, 200), "Medel": (250, 232, 165), "Hög": (240, 180, 170)}
rows = []
for fv in E_FORV:
    rows.append(Group(fv))
    for r in E_RISK:
        if r[1] == fv:
            rv = e_rv(r)
            rows.append([r[0], r[2], r[3], r[4], r[5], r[6], str(r[7]), str(r[8]),
                         Cell(str(rv), fill=HEAT[e_niva(rv)], bold=True)])
pdf.mtable([["Nr", "Process / rutin", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig", "S", "K",
             "Riskvärde S × K"]], rows, [9, 36, 48, 62, 22, 38, 8, 8, 20],
           ["C", "L", "L", "L", "L", "L", "C", "C", "C"], mode="frame", font="Cond", size=8.6, lh=4.1, pad=1.2,
           head_fill=(232, 226, 238), group_fill=(70, 40, 90), group_color=(255, 255, 255),
           cont="Internkontrollplan 2027 – kontrollmoment per förvaltning (forts.)")

pdf.add_page(orientation="P")
pdf.h1("Rapportering och uppföljning")
pdf.p("Förvaltningarna rapporterar resultatet av kontrollerna till kommunstyrelsens arbetsutskott enligt "
      "följande tidplan:", size=9.8)
pdf.mtable([["Rapport", "Innehåll", "Senast"]],
           [["Kvartalsrapport 1", "Kontroller med riskvärde 12 eller högre", "2027-04-20"],
            ["Delrapport", "Samtliga månads- och kvartalskontroller januari–april", "2027-05-31"],
            ["Kvartalsrapport 3", "Kontroller med riskvärde 12 eller högre", "30 september 2027"],
            ["Årsrapport", "Samtliga kontroller och förslag till internkontrollplan 2028", "v. 7 2028"],
            ["Avstämning med revisorerna", "Genomgång av årets iakttagelser", "15/12"]],
           [48, 88, 30], ["L", "L", "L"], mode="hlines", size=8.8, lh=4.3, head_fill=(255, 255, 255))
pdf.p("Om en kontroll visar på allvarliga brister ska förvaltningschefen omedelbart informera kommundirektören, "
      "oavsett när i året bristen upptäcks. Brister som inte är åtgärdade vid årets slut förs över till "
      "internkontrollplanen för 2028.", size=9.8)
pdf.h2("Roller och ansvar")
pdf.bullets(["Kommunstyrelsen har det övergripande ansvaret för den interna kontrollen och beslutar om planen.",
             "Förvaltningscheferna ansvarar för att kontrollerna genomförs och dokumenteras i ärendesystemet.",
             "Controllerenheten sammanställer rapporterna och följer upp att åtgärder genomförs.",
             "Den som är ansvarig för ett kontrollmoment får inte kontrollera sitt eget arbete."], size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
