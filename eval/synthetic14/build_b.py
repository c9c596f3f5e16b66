"""(b) Region Ejdersund – personalbokslut 2025.

Layout: summary text with several counts per sentence and a grid of key-figure boxes (p. 1); a ruled table of
employees per förvaltning with TWO heading rows ("Tillsvidareanställda" spanning Kvinnor / Män / Summa, then
Visstid, Totalt 2025, Totalt 2024) and a bold total, a small age-group table (p. 2); a ruled SICK-LEAVE table förvaltning × kön × år with
TWO heading rows ("2024" and "2025" each spanning Kvinnor / Män / Totalt, plus a change column in
procentenheter), signed changes, a bold region total, RUNNING FROM p. 2 TO p. 3 WITH THE HEADER REPEATED;
analysis text with figures by age group and a BORDERLESS turnover table per yrkesgrupp 2023 / 2024 / 2025
(p. 3); hired staff costs in one sentence, a small ruled table on full-time work 2023–2025 and a "•" list of
measures whose items wrap (p. 4). DejaVu Sans. No metadata title.
"""
import datetime as dt

from common14 import HERE, Doc, Row, dec, grp
from data import (B_ANST, b_anst_row, b_anst_total, b_sjuk_row, b_sjuk_total, B_OMS, B_OMS_TOTAL, B_AVGANGAR,
                  B_HYR, B_HELTID, B_ATGARDER)

OUT = HERE / "region-ejdersund-personalbokslut-2025.pdf"
ACC = (0, 105, 110)

pdf = Doc("Region Ejdersund", "Personalbokslut 2025", "{p}", font="dejavu", accent=ACC,
          foot="Region Ejdersund · HR-avdelningen · Personalbokslut 2025",
          created=dt.datetime(2026, 3, 9, 13, 0, tzinfo=dt.timezone.utc))
kv, man, tv, vt, tot, tot24 = b_anst_total()
st = b_sjuk_total()

pdf.add_page()
pdf.title_block("Personalbokslut 2025", "Redovisning till regionstyrelsen 2026-03-17", size=20)
pdf.h1("Sammanfattning")
pdf.p(f"Den 31 december 2025 hade Region Ejdersund {grp(tv)} tillsvidareanställda och {grp(vt)} "
      f"visstidsanställda, sammanlagt {grp(tot)} anställda. Det är {grp(tot - tot24)} fler än ett år tidigare. "
      f"Andelen kvinnor bland de tillsvidareanställda var {dec(100 * kv / tv)} procent.", size=9.8, lh=4.9)
pdf.p(f"Sjukfrånvaron i hela regionen steg från {dec(st[2])} procent 2024 till {dec(st[5])} procent 2025. Bland "
      f"kvinnorna var den {dec(st[3])} procent och bland männen {dec(st[4])} procent. Personalomsättningen "
      f"sjönk till {dec(B_OMS_TOTAL[2])} procent från {dec(B_OMS_TOTAL[1])} procent året före, och kostnaden för "
      f"inhyrd personal minskade för andra året i rad.", size=9.8, lh=4.9)
pdf.h2("Personalen i siffror")
pdf.key_boxes([(grp(tot), "anställda den 31 december 2025"), (dec(100 * kv / tv) + " %", "kvinnor bland tillsvidareanställda"),
               ("45,6 år", "medelålder, tillsvidareanställda"), (dec(st[5]) + " %", "sjukfrånvaro 2025"),
               (dec(B_OMS_TOTAL[2]) + " %", "personalomsättning 2025"), ("87,9 %", "andel heltidsanställda")],
              fill=(222, 240, 240))
pdf.p("Personalbokslutet bygger på uppgifter ur regionens personal- och lönesystem. Antalet anställda avser "
      "personer med månadslön den 31 december; en person med flera anställningar räknas en gång.", size=9.4, lh=4.7)

pdf.add_page()
pdf.h2("Tabell 1. Anställda per förvaltning den 31 december 2025")
head = [[("Förvaltning", 1, 2), ("Tillsvidareanställda", 3, 1), ("Visstid", 1, 2),
         ("Totalt 2025", 1, 2), ("Totalt 2024", 1, 2)],
        ["Kvinnor", "Män", "Summa"]]
rows = [[r[0]] + [grp(x) for x in r[1:]] for r in (b_anst_row(x) for x in B_ANST)]
rows.append(Row(["Regionen totalt"] + [grp(x) for x in b_anst_total()], emphasis="B"))
pdf.head2_table(head, rows, [58, 18, 18, 18, 18, 18, 18], ["LEFT"] + ["RIGHT"] * 6, size=8.6, lh=4.3,
                head_fill=(214, 236, 236), font="Cond")
pdf.p("Visstidsanställda omfattar vikarier, allmän visstid och anställningar som sommarvikarie som pågick den "
      "31 december. Timavlönade ingår inte.", size=8.6, lh=4.3)

pdf.h1("Sjukfrånvaro")
pdf.p("Sjukfrånvaron redovisas som andel av den ordinarie arbetstiden för tillsvidare- och visstidsanställda. "
      "Totalen för varje förvaltning är vägd efter antalet anställda kvinnor och män. Förändringen anges i "
      "procentenheter mellan 2024 och 2025.", size=9.6, lh=4.8)
pdf.p("Sjukfrånvaron ökade mest i åldersgruppen 50 år och äldre. Långtidssjukfrånvaron, 60 dagar eller mer, "
      "utgjorde 47,2 procent av den totala sjukfrånvaron, mot 49,8 procent 2024. Frisknärvaron, andelen "
      "medarbetare utan någon sjukdag under året, var 31,4 procent.", size=9.6, lh=4.8)
pdf.ruled_table(["Åldersgrupp", "2024", "2025"],
                [["29 år och yngre", "5,3", "5,1"], ["30–49 år", "6,8", "6,9"], ["50 år och äldre", "7,9", "8,3"]],
                [60, 22, 22], ["LEFT", "RIGHT", "RIGHT"], size=8.8, lh=4.5, borders="HORIZONTAL_LINES",
                head_fill=(214, 236, 236))
pdf.p("Ökningen inom akutsjukvården och psykiatrin hänger enligt förvaltningarna samman med hög arbetsbelastning "
      "under vintern, många vakanta sjukskötersketjänster och fler arbetspass med kort vila emellan. Det är framför "
      "allt korttidsfrånvaron som har ökat, medan den långa frånvaron har minskat efter insatser för tidig "
      "rehabilitering.", size=9.6, lh=4.8)
pdf.h2("Tabell 2. Sjukfrånvaro per förvaltning och kön 2024 och 2025, procent")
head = [[("Förvaltning", 1, 2), ("2024", 3, 1), ("2025", 3, 1), ("Förändring totalt, p.e.", 1, 2)],
        ["Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"]]
rows = []
for r in B_ANST:
    s = b_sjuk_row(r[0])
    rows.append([r[0]] + [dec(x) for x in s[:6]] + [dec(s[6], plus=True)])
rows.append(Row(["Regionen totalt"] + [dec(x) for x in st[:6]] + [dec(st[6], plus=True)], emphasis="B"))
pdf.head2_table(head, rows, [50, 15, 15, 15, 15, 15, 15, 26], ["LEFT"] + ["RIGHT"] * 7, size=8.4, lh=4.3,
                head_fill=(214, 236, 236), repeat=True, font="Cond")
pdf.h1("Personalomsättning")
pdf.p(f"Under 2025 lämnade {grp(B_AVGANGAR[0])} tillsvidareanställda regionen, varav {grp(B_AVGANGAR[1])} gick i "
      f"pension och {grp(B_AVGANGAR[0] - B_AVGANGAR[1])} slutade på egen begäran. Tabellen visar externa avgångar i "
      "procent av antalet tillsvidareanställda i respektive yrkesgrupp.", size=9.6, lh=4.8)
rows = [[r[0]] + [dec(x) for x in r[1:]] for r in B_OMS]
rows.append(["Regionen totalt"] + [dec(x) for x in B_OMS_TOTAL])
pdf.plain_table(["Tabell 3. Yrkesgrupp", "2023", "2024", "2025"], rows, [80, 22, 22, 22],
                ["L", "R", "R", "R"], size=9, lh=5.0, head_lines=1, bold_last=True)

pdf.add_page()
pdf.h1("Inhyrd personal")
hyr25 = round(B_HYR[1] + B_HYR[2], 1)
pdf.p(f"Kostnaden för inhyrd personal var {dec(hyr25)} mnkr 2025, jämfört med {dec(B_HYR[0])} mnkr 2024. Av "
      f"kostnaden avsåg {dec(B_HYR[1])} mnkr hyrläkare, främst inom psykiatrin och primärvården, och "
      f"{dec(B_HYR[2])} mnkr hyrsjuksköterskor. Inhyrd personal motsvarade 2,9 procent av de totala "
      "personalkostnaderna.", size=9.8, lh=4.9)
pdf.h1("Heltid och arbetad tid")
pdf.ruled_table(["Mått", "2023", "2024", "2025"], [list(r) for r in B_HELTID], [88, 22, 22, 22],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6, head_fill=(214, 236, 236))
pdf.p("Heltid som norm infördes i alla förvaltningar under 2024. Andelen som arbetar heltid har ökat mest bland "
      "undersköterskor, medan övertiden minskade när fler tjänster inom akutsjukvården blev tillsatta.",
      size=9.6, lh=4.8)
pdf.h1("Prioriterade åtgärder 2026")
pdf.bullets(B_ATGARDER, size=9.6, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
