"""(d) Region Norrvidden – personalbokslut 2025.

Layout: p. 1 summary text dense with figures and the reasons for the lower sick leave; p. 2 a ZEBRA-STRIPED
key-figure table of sick leave per förvaltning with TWO YEARS SIDE BY SIDE (two heading rows: "Sjukfrånvaro, %"
spanning 2024 / 2025 / Förändring and "varav långtidssjukfrånvaro, %" spanning 2024 / 2025), signed changes in
procentenheter ("+0,5", "−0,8", "0,0"), a bold total row, no vertical lines; p. 3 an "Uppföljning av uppdrag"
table Nr / Uppdrag / Ansvarig / Klart senast / Status with the status as TEXT (Genomfört / Pågår / Ej påbörjat /
Avslutat) and deadlines written both as "2026-06-30" and as "juni 2026"; p. 4 staff turnover in running text
with several figures per sentence and FOOTNOTES with figures. DejaVu Sans / Sans Condensed. No metadata title.
"""
import datetime as dt

from common9 import HERE, Doc, Row, Cell, dec, grp
from data import D_SJUK, D_TOTAL, D_UPPDRAG

OUT = HERE / "region-norrvidden-personalbokslut-2025.pdf"
ACC = (110, 40, 110)

pdf = Doc("Region Norrvidden", "Personalbokslut 2025", "Sida {p}", font="dejavu",
          foot="Region Norrvidden · HR-staben · Dnr RS 2026/0147", accent=ACC,
          created=dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Personalbokslut 2025", "Region Norrvidden · Bilaga till årsredovisningen", size=21)
pdf.kv([("Behandlas av", "Regionstyrelsens personalutskott 2026-03-17"), ("Diarienummer", "RS 2026/0147"),
        ("Kontakt", "HR-direktör Karin Sundelius")], lw=34, size=9.3)
pdf.h1("Sammanfattning")
pdf.p(f"Den 31 december 2025 hade regionen {grp(D_TOTAL[1])} månadsanställda medarbetare, vilket är 96 fler än "
      "ett år tidigare. Personalkostnaderna inklusive sociala avgifter uppgick till 6 214,7 mnkr, en ökning med "
      "4,8 procent jämfört med 2024. Kostnaderna för inhyrd personal minskade samtidigt från 402,3 mnkr till "
      "312,6 mnkr.")
pdf.p(f"Sjukfrånvaron minskade för andra året i rad och uppgick till {dec(D_TOTAL[3])} procent av den "
      f"ordinarie arbetstiden, jämfört med {dec(D_TOTAL[2])} procent året innan. Kvinnornas sjukfrånvaro var "
      "8,0 procent och männens 4,6 procent. Långtidssjukfrånvaron, det vill säga sjukfrånvaro som varat 60 "
      f"dagar eller mer, minskade till {dec(D_TOTAL[5])} procent.")
pdf.h1("Varför minskar sjukfrånvaron?")
pdf.p("Den lägre sjukfrånvaron förklaras främst av att regionen under 2025 införde en modell för tidiga "
      "insatser. Chefen kontaktar medarbetaren redan vid den tredje sjukdagen, och vid fem sjukfrånvarotillfällen "
      "på tolv månader erbjuds ett hälsosamtal med företagshälsovården. Samtidigt har rehabiliteringsstödet "
      "till cheferna förstärkts med tre HR-konsulter som enbart arbetar med långa sjukfall.")
pdf.p("Inom bland annat Akutsjukvårdsförvaltningen och Primärvårdsförvaltningen ökade däremot "
      "sjukfrånvaron. "
      "Förvaltningarna pekar på en hög arbetsbelastning under vintern, många vakanta sjukskötersketjänster och "
      "att flera enheter har haft långa perioder med stor personalomsättning bland cheferna.")
pdf.h1("Medarbetarenkäten")
pdf.p("Medarbetarenkäten genomfördes i oktober 2025 med en svarsfrekvens på 71 procent. Indexet för hållbart "
      "medarbetarengagemang (HME) blev 76 av 100, vilket är två enheter högre än vid förra mätningen.")

# ------------------------------------------------------------ p. 2 sick leave table
pdf.add_page()
pdf.h1("Sjukfrånvaro per förvaltning")
pdf.p("Sjukfrånvaron redovisas som andel av medarbetarnas sammanlagda ordinarie arbetstid. Förändringen anges "
      "i procentenheter mellan 2024 och 2025. Antal anställda avser månadsanställda den 31 december 2025.",
      size=9.5, lh=4.7)


def chg(a, b):
    d = round(b - a, 1)
    return "0,0" if d == 0 else dec(d, plus=True)


rows = [[n, f"{a:,}".replace(",", " "), dec(s24), dec(s25), chg(s24, s25), dec(l24), dec(l25)]
        for n, a, s24, s25, l24, l25 in D_SJUK]
n, a, s24, s25, l24, l25 = D_TOTAL
rows.append(Row([n, f"{a:,}".replace(",", " "), dec(s24), dec(s25), chg(s24, s25), dec(l24), dec(l25)],
                emphasis="B", fill=(232, 220, 232)))
pdf.table2([("Förvaltning", 1), ("Antal\nanställda", 1), ("Sjukfrånvaro, %", 3),
            ("varav långtids-\nsjukfrånvaro, %", 2)], ["2024", "2025", "Förändring", "2024", "2025"],
           rows, (56, 19, 16, 16, 22, 19, 18), ("LEFT",) + ("RIGHT",) * 6, size=8.6, lh=4.3, font="Cond",
           borders="HORIZONTAL_LINES", zebra=(245, 240, 245), head_fill=(225, 210, 225))
pdf.p("Högst sjukfrånvaro hade Akutsjukvårdsförvaltningen och Psykiatriförvaltningen, lägst hade "
      "Regionledningsförvaltningen. Den största minskningen hade Psykiatriförvaltningen, där sjukfrånvaron "
      "sjönk med 0,8 procentenheter efter ett riktat arbete med arbetsmiljön på de slutna avdelningarna.",
      size=9.5, lh=4.7)

# ------------------------------------------------------------ p. 3 uppdrag
pdf.add_page()
pdf.h1("Uppföljning av regionstyrelsens uppdrag inom personalområdet")
pdf.p("Regionstyrelsen har under 2024 och 2025 gett 14 uppdrag inom personalområdet. Tabellen visar läget den "
      "31 januari 2026.", size=9.5, lh=4.7)
pdf.p("Genomfört innebär att uppdraget är slutfört och återrapporterat. Avslutat innebär att uppdraget har "
      "avslutats utan att genomföras fullt ut, till exempel för att det har ersatts av ett annat uppdrag eller "
      "återkallats av regionstyrelsen.", size=9.5, lh=4.7)
FILL = {"Genomfört": (214, 236, 214), "Pågår": (255, 240, 200), "Ej påbörjat": (246, 214, 210),
        "Avslutat": (228, 228, 228)}
urows = [[str(nr), u, ans, klart, Cell(st, fill=FILL[st])] for nr, u, ans, klart, _, st in D_UPPDRAG]
pdf.ruled_table(("Nr", "Uppdrag", "Ansvarig", "Klart senast", "Status"), urows, (8, 74, 38, 22, 24),
                ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"), size=8.4, lh=4.1, font="Cond",
                head_fill=(225, 210, 225))
pdf.p("Uppdrag 3 avslutades när regionstyrelsen i stället beslutade att bygga upp en intern bemanningspool "
      "(uppdrag 9). Uppdrag 14 återkallades av regionstyrelsen i november 2025 i avvaktan på den centrala "
      "avtalsrörelsen.", size=9.5, lh=4.7)

# ------------------------------------------------------------ p. 4
pdf.add_page()
pdf.h1("Kompetensförsörjning och personalomsättning")
pdf.p("Den externa personalomsättningen¹ var 9,8 procent 2025. Den var högst bland sjuksköterskor med "
      "11,2 procent, följd av undersköterskor med 8,4 procent och läkare med 6,1 procent. Bland medarbetare "
      "under 30 år lämnade nästan var femte regionen under året.")
pdf.p("Regionen rekryterade 1 046 tillsvidareanställda under 2025, varav 212 sjuksköterskor och 64 läkare. "
      "Antalet vakanta sjukskötersketjänster minskade från 148 vid årets början till 97 vid årets slut.")
pdf.p("Under de kommande fem åren beräknas 1 260 medarbetare gå i pension.² Störst blir pensionsavgångarna "
      "bland biomedicinska analytiker och tandsköterskor, där mer än var fjärde medarbetare är 60 år eller äldre.")
pdf.h1("Arbetsmiljö")
pdf.p("Antalet anmälda arbetsskador var 624, varav 118 gällde hot och våld. Antalet tillbud ökade med 15 "
      "procent, vilket HR-staben bedömer främst beror på att det nya rapporteringssystemet har gjort det "
      "enklare att anmäla.")
pdf.p("Regionens lönekartläggning 2025 visade inga osakliga löneskillnader mellan kvinnor och män. "
      "Kvinnors medianlön motsvarade 93,4 procent av mäns, vilket främst förklaras av att kvinnor och män "
      "arbetar i olika yrken.")
pdf.footnotes([
    "¹ Extern personalomsättning: tillsvidareanställda som har slutat i regionen under året, i procent av "
    "antalet tillsvidareanställda i genomsnitt under året. Pensionsavgångar ingår inte.",
    "² Beräkningen utgår från en pensionsålder på 67 år. Med en genomsnittlig pensionsålder på 65 år blir "
    "avgångarna 1 730.",
])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
