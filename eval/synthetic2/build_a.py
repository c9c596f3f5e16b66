"""Sjövalla kommun – Årsredovisning 2025 (utdrag): nyckeltal över fem år, resultaträkning
med budget/utfall/avvikelse, driftredovisning och löptext med belopp."""
import datetime
from pathlib import Path

from common import Doc, FontFace, mnkr
from data import DRIFT, NYCKELTAL, NYCKELTAL_YEARS, RESULTATRAKNING

OUT = str(Path(__file__).with_name("sjovalla-arsredovisning-2025.pdf"))
NAVY = (31, 56, 100)

pdf = Doc("Sjövalla kommun", "Årsredovisning 2025", "{p}", foot="", family="liberation", body="serif")
pdf.set_title("Årsredovisning 2025 – Sjövalla kommun")
pdf.set_author("Sjövalla kommun, ekonomiavdelningen")
pdf.set_creation_date(datetime.datetime(2026, 3, 25, 8, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()

# ---- page 1: cover strip and chair's foreword
pdf.set_fill_color(*NAVY)
pdf.rect(pdf.l_margin, 24, pdf.epw, 34, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(pdf.l_margin + 6, 29)
pdf.set_font("Sans", "B", 24)
pdf.cell(0, 11, "Årsredovisning 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 6)
pdf.set_font("Sans", "", 11)
pdf.cell(0, 7, "Sjövalla kommun – utdrag: förvaltningsberättelse och räkenskaper", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.set_y(64)
pdf.set_font("Sans", "I", 9)
pdf.multi_cell(0, 4.6, "Årsredovisningen avser perioden 1 januari–31 december 2025. Den behandlades av "
               "kommunstyrelsen 2026-03-24 och fastställs av kommunfullmäktige 2026-04-27. "
               "Belopp anges i miljoner kronor (mnkr) om inte annat anges.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.h1("Kommunstyrelsens ordförande har ordet")
pdf.p("2025 blev ett år då Sjövalla kommun åter fick ordning på ekonomin efter några tuffa år. Efter "
      "underskottet 2023 har vi nu för andra året i rad ett positivt resultat. Årets resultat blev "
      "27,4 mnkr, vilket är 17,4 mnkr bättre än budget. Det ska samtidigt sägas att en stor del av "
      "förbättringen förklaras av en god avkastning på de placerade pensionsmedlen och inte av att "
      "verksamheterna har blivit billigare att driva.")
pdf.p("Befolkningen fortsätter att växa. Den 31 december 2025 hade kommunen 25\u00a0391 invånare, en "
      "ökning med 155 personer jämfört med året innan. Inflyttningen till de nya bostäderna i "
      "Strandängen och Västra Kyrkbyn har bidragit, och vi ser ett ökat tryck på förskola och skola "
      "i de södra kommundelarna.")
pdf.p("Jag vill rikta ett stort tack till alla medarbetare som varje dag gör skillnad för våra invånare. "
      "Sjukfrånvaron har minskat för fjärde året i rad och var 6,2 procent under 2025. Det visar att "
      "det långsiktiga arbetsmiljöarbetet ger resultat.")
pdf.set_font("Serif", "I", 10)
pdf.cell(0, 5, "Annika Bergsjö (S), kommunstyrelsens ordförande", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# ---- page 2: nyckeltal table (5 year columns)
pdf.add_page()
pdf.h1("Förvaltningsberättelse")
pdf.h2("Översikt över verksamhetens utveckling")
pdf.p("Tabellen visar den ekonomiska utvecklingen för kommunen under de senaste fem åren. Uppgifterna "
      "avser kommunen exklusive de kommunala bolagen.", size=9.5)
pdf.set_font("Sans", "", 8.5)
with pdf.table(col_widths=(66, 20, 20, 20, 20, 20), line_height=4.6,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               borders_layout="HORIZONTAL_LINES",
               headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
               cell_fill_color=(238, 242, 248), cell_fill_mode="ROWS", padding=1.3) as t:
    r = t.row()
    for c in ["Nyckeltal"] + NYCKELTAL_YEARS:
        r.cell(c)
    for row in NYCKELTAL:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
pdf.set_font("Sans", "I", 8)
pdf.multi_cell(0, 4, "Källa: Sjövalla kommuns årsredovisningar 2021–2025. Soliditeten inkluderar den del av "
               "pensionsförpliktelsen som redovisas som ansvarsförbindelse.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

pdf.h2("Den kommunala koncernen")
pdf.p("I den kommunala koncernen ingår utöver kommunen de helägda bolagen Sjövalla Bostäder AB, "
      "Sjövalla Energi och Vatten AB samt Sjövalla Hamn och Näringsliv AB. Koncernens resultat uppgick "
      "till 61,8 mnkr (2024: 44,2 mnkr), varav Sjövalla Bostäder AB svarade för 22,1 mnkr och Sjövalla "
      "Energi och Vatten AB för 11,9 mnkr. Kommunen har därutöver ett delägande om 20 procent i "
      "Kommunalförbundet Räddningstjänsten Sjövalla–Holmsund.")

pdf.h2("Viktiga förhållanden för resultat och ekonomisk ställning")
pdf.p("Skatteunderlaget utvecklades svagare än prognostiserat under första halvåret men återhämtade "
      "sig under hösten. Kostnaderna för försörjningsstöd och externa placeringar inom socialtjänsten "
      "fortsatte att öka. Räntan på kommunens lån steg till i genomsnitt 2,9 procent, jämfört med "
      "2,4 procent 2024, vilket ökade de finansiella kostnaderna.")

# ---- page 3: väsentliga händelser + balanskrav
pdf.h2("Väsentliga händelser under året")
pdf.p("Kommunfullmäktige beslutade 2025-02-17 att höja taxan för vatten och avlopp med 8 procent från "
      "den 1 april 2025. I juni invigdes den nya Strandängsskolan för 450 elever, som har uppförts "
      "av Sjövalla Bostäder AB och hyrs av kommunen. Under hösten drabbades kommunens "
      "skolplattform av ett it-intrång; ingen känslig information bedöms ha läckt men incidenten "
      "medförde extra kostnader om 1,4 mnkr. Den 1 oktober 2025 övergick kommunens hemtjänst i "
      "Holmsundsområdet från privat utförare till egen regi.")

pdf.h2("Balanskravsutredning")
pdf.p("Enligt kommunallagen ska kommunens intäkter överstiga kostnaderna. Årets resultat om 27,4 mnkr "
      "justeras för realisationsvinster vid försäljning av anläggningstillgångar med 3,1 mnkr och för "
      "orealiserade vinster i värdepapper med 21,8 mnkr. Balanskravsresultatet uppgår därmed till "
      "2,5 mnkr. Kommunen uppfyller balanskravet för 2025. Underskottet från 2023 om 14,6 mnkr "
      "återställdes i sin helhet under 2024, och det finns inga kvarvarande underskott att återställa.")
pdf.p("Kommunen har en resultatutjämningsreserv (RUR) om 32,0 mnkr. Ingen avsättning till eller "
      "disposition från reserven har gjorts under 2025.")

pdf.h2("God ekonomisk hushållning")
pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning. Målet om att "
      "årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag "
      "uppnåddes inte, då utfallet blev 1,6 procent. Målet om en självfinansieringsgrad av "
      "investeringarna på minst 70 procent uppnåddes med 79 procent. Målet om att låneskulden inte "
      "ska överstiga 1 000 mnkr uppnåddes; låneskulden var 935,0 mnkr den 31 december 2025. "
      "Sammantaget bedömer kommunstyrelsen att kommunen delvis har uppnått en god ekonomisk "
      "hushållning under 2025.")

# ---- resultaträkning
pdf.add_page()
pdf.h1("Resultaträkning")
pdf.p("Resultaträkningen visar kommunens intäkter och kostnader under 2025 jämfört med den budget som "
      "kommunfullmäktige fastställde i juni 2024. Positiv avvikelse innebär ett bättre utfall än budget.",
      size=9.5)
SUMS = {"Verksamhetens nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella poster",
        "Årets resultat"}
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(76, 30, 30, 30), line_height=5.2,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), borders_layout="SINGLE_TOP_LINE",
               headings_style=FontFace(emphasis="BOLD"), padding=1.2) as t:
    r = t.row()
    for c in ("Belopp i mnkr", "Budget 2025", "Utfall 2025", "Avvikelse"):
        r.cell(c)
    for lab, b, u in RESULTATRAKNING:
        st = FontFace(emphasis="BOLD") if lab in SUMS else None
        r = t.row(style=st)
        av = round(u - b, 1)
        r.cell(lab)
        r.cell(mnkr(b))
        r.cell(mnkr(u))
        r.cell(("+" if av > 0 else "") + mnkr(av))
pdf.ln(4)

pdf.h2("Kommentarer till resultaträkningen")
pdf.p("Verksamhetens intäkter blev 27,8 mnkr högre än budgeterat, främst till följd av riktade "
      "statsbidrag inom skola och äldreomsorg som inte var kända när budgeten fastställdes. "
      "Verksamhetens kostnader överskred budget med 63,6 mnkr. De största avvikelserna finns inom "
      "socialtjänsten, där kostnaderna för externa placeringar av barn och unga blev 11,2 mnkr högre "
      "än budgeterat, samt inom grundskolan, där elevantalet ökade mer än beräknat.")
pdf.p("Skatteintäkter och generella statsbidrag blev sammantaget 16,9 mnkr högre än budget. De "
      "finansiella intäkterna överträffade budgeten med 34,6 mnkr, vilket i huvudsak beror på "
      "orealiserade vinster om 21,8 mnkr på kommunens pensionsportfölj. Marknadsvärdet på de "
      "placerade pensionsmedlen uppgick till 386,5 mnkr vid årets slut.")


pdf.add_page()
pdf.h1("Balansräkning i sammandrag")
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(96, 35, 35), line_height=5.2, text_align=("LEFT", "RIGHT", "RIGHT"),
               borders_layout="SINGLE_TOP_LINE", headings_style=FontFace(emphasis="BOLD"), padding=1.2) as t:
    for i, row in enumerate([
            ("Belopp i mnkr", "2024-12-31", "2025-12-31"),
            ("Anläggningstillgångar", "2 118,4", "2 199,2"),
            ("Omsättningstillgångar", "512,7", "548,3"),
            ("Summa tillgångar", "2 631,1", "2 747,5"),
            ("Eget kapital", "1 148,6", "1 176,0"),
            ("  därav årets resultat", "18,9", "27,4"),
            ("Avsättningar för pensioner", "301,8", "314,3"),
            ("Långfristiga skulder", "910,0", "935,0"),
            ("Kortfristiga skulder", "270,7", "322,2"),
            ("Summa eget kapital, avsättningar och skulder", "2 631,1", "2 747,5")]):
        st = FontFace(emphasis="BOLD") if row[0].startswith("Summa") else None
        r = t.row(style=st) if i else t.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
pdf.p("Balansomslutningen ökade med 116,4 mnkr till 2 747,5 mnkr. Soliditeten enligt balansräkningen, "
      "det vill säga eget kapital i förhållande till totala tillgångar, uppgick till 42,8 procent. "
      "Inklusive den pensionsförpliktelse som redovisas som ansvarsförbindelse var soliditeten "
      "26,0 procent.")

# ---- driftredovisning
pdf.h1("Driftredovisning per nämnd")
pdf.p("Tabellen visar nämndernas nettokostnader. Negativ avvikelse innebär att nämnden har använt mer "
      "medel än den tilldelade ramen.", size=9.5)
pdf.set_font("Sans", "", 9)
tb = sum(b for _, b, _ in DRIFT)
tu = sum(u for _, _, u in DRIFT)
with pdf.table(col_widths=(76, 30, 30, 30), line_height=5.2,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), borders_layout="SINGLE_TOP_LINE",
               headings_style=FontFace(emphasis="BOLD"), padding=1.2) as t:
    r = t.row()
    for c in ("Nettokostnad, mnkr", "Budget 2025", "Utfall 2025", "Avvikelse"):
        r.cell(c)
    for lab, b, u in DRIFT + [("Summa nämnder", tb, tu)]:
        st = FontFace(emphasis="BOLD") if lab.startswith("Summa") else None
        r = t.row(style=st)
        av = round(b - u, 1)
        r.cell(lab)
        r.cell(mnkr(b))
        r.cell(mnkr(u))
        r.cell(("+" if av > 0 else "") + mnkr(av))
pdf.ln(3)
pdf.p("Socialnämnden redovisar den största negativa avvikelsen, 14,3 mnkr, som främst förklaras av "
      "ökade kostnader för försörjningsstöd och externa placeringar. Barn- och utbildningsnämndens "
      "underskott om 9,3 mnkr beror på fler elever i grundskolan och ökade kostnader för skolskjuts. "
      "Kommunstyrelsens överskott om 5,5 mnkr förklaras av vakanser och lägre kostnader för "
      "it-licenser än beräknat.")

# ---- investeringar, pensioner, personal
pdf.h1("Investeringar")
pdf.p("Nettoinvesteringarna uppgick till 154,9 mnkr, vilket motsvarar 72 procent av "
      "investeringsbudgeten på 215,0 mnkr. Den lägre investeringstakten förklaras främst av att "
      "byggstarten för det nya äldreboendet Tallbacken senarelades till våren 2026 på grund av ett "
      "överklagat detaljplanebeslut. De största genomförda investeringarna under året var ombyggnaden "
      "av Kyrkbyskolans kök och matsal (18,6 mnkr), ny huvudvattenledning till Strandängen (24,3 mnkr) "
      "och beläggningsunderhåll av gator och gång- och cykelvägar (12,8 mnkr).")
pdf.p("Investeringarna har finansierats med egna medel till 79 procent. Resterande del har finansierats "
      "genom nyupplåning om 25,0 mnkr, varvid låneskulden ökade från 910,0 mnkr till 935,0 mnkr.")

pdf.h1("Pensionsförpliktelser")
pdf.p("Kommunens totala pensionsförpliktelse inklusive löneskatt uppgick till 812,4 mnkr den "
      "31 december 2025. Av detta redovisas 498,1 mnkr som ansvarsförbindelse utanför balansräkningen "
      "och 314,3 mnkr som avsättning i balansräkningen. Förpliktelsen är till 47 procent återlånad i "
      "verksamheten.")

pdf.h1("Personal")
pdf.p("Antalet tillsvidareanställda var 2\u00a0138 vid årets slut, vilket är 11 färre än året innan. "
      "Medelåldern bland de anställda var 45,3 år och andelen kvinnor 78 procent. Den totala "
      "sjukfrånvaron minskade till 6,2 procent, och långtidssjukfrånvaron, det vill säga frånvaro som "
      "varat i 60 dagar eller mer, utgjorde 41 procent av den totala sjukfrånvaron. Personalkostnaderna "
      "inklusive sociala avgifter uppgick till 1 247,6 mnkr.")

pdf.h1("Händelser efter räkenskapsårets utgång")
pdf.p("Kommunfullmäktige beslutade 2026-02-16 att ge kommunstyrelsen i uppdrag att utreda en "
      "sammanslagning av socialnämnden och vård- och omsorgsnämnden från och med 1 januari 2027. "
      "Utredningen ska redovisas senast 2026-09-30.")

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
