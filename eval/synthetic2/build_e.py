"""Ekeslätt kommun – Socialnämndens verksamhetsberättelse 2025. Löptexten står i två
spalter; indikatortabellen Indikator | Målvärde 2025 | Utfall 2025 | Status går över
hela bredden; Viktiga händelser är en lista med tankstreck och beslutet en att-sats-lista."""
import datetime
from pathlib import Path

from common import Doc, FontFace
from data import ATT_BESLUT, INDIKATORER

OUT = str(Path(__file__).with_name("ekeslatt-sn-verksamhetsberattelse-2025.pdf"))
PLUM = (92, 44, 110)

pdf = Doc("Ekeslätt kommun", "Socialnämnden", "Verksamhetsberättelse 2025",
          foot="– {p} –", family="dejavu", body="serif", margins=(18, 24, 18))
pdf.set_title("Socialnämndens verksamhetsberättelse 2025")
pdf.set_creation_date(datetime.datetime(2026, 2, 20, 8, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()

pdf.set_fill_color(*PLUM)
pdf.rect(pdf.l_margin, 23, pdf.epw, 26, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(pdf.l_margin + 5, 26)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 10, "Verksamhetsberättelse 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 5)
pdf.set_font("Sans", "", 11)
pdf.cell(0, 7, "Socialnämnden, Ekeslätt kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.set_y(55)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.4, "Dnr SN 2026/14 · Behandlad av socialnämnden 2026-02-18, § 22 · "
               "Handläggare: Maria Hedlund, verksamhetscontroller", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

pdf.h1("Sammanfattning", size=12.5)
pdf.p("Socialnämnden i Ekeslätt kommun redovisar för 2025 ett underskott om 9,6 mnkr mot budget. "
      "Nettokostnaderna uppgick till 312,8 mnkr, att jämföra med en budget på 303,2 mnkr. Underskottet "
      "beror främst på ökade kostnader för försörjningsstöd och för externa placeringar av barn och unga. "
      "Av nämndens tolv indikatorer har fem uppnått målvärdet, fyra delvis uppnått det och tre inte "
      "uppnått det.", size=9.8)
pdf.p("Året präglades av införandet av den nya socialtjänstlagen, en fortsatt hög personalomsättning "
      "bland socialsekreterare och ett ökat antal hushåll med långvarigt behov av försörjningsstöd. "
      "Samtidigt har arbetet med att stärka det förebyggande stödet till barn och familjer tagit flera "
      "steg framåt, bland annat genom öppnandet av familjecentralen Kompassen.", size=9.8)

pdf.h1("Förslag till beslut", size=12.5)
pdf.p("Socialförvaltningen föreslår att socialnämnden beslutar", size=9.8, after=1.5)
pdf.set_font("Serif", "", 9.8)
for a in ATT_BESLUT:
    word, rest = a.split(" ", 1)
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Serif", "B", 9.8)
    pdf.cell(9, 5, word)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(pdf.epw - 13, 5, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(2)

pdf.h1("Nämndens ansvarsområde", size=12.5)
pdf.two_columns([
    "Socialnämnden ansvarar för individ- och familjeomsorgen i Ekeslätt kommun. I ansvaret ingår "
    "myndighetsutövning och insatser för barn, unga och familjer, ekonomiskt bistånd, stöd till "
    "personer med missbruk och beroende, stöd till våldsutsatta samt familjerätt. Nämnden ansvarar "
    "även för kommunens arbetsmarknadsenhet och för mottagandet av nyanlända.",
    "Verksamheten är organiserad i tre avdelningar: barn och familj, vuxen samt arbete och försörjning. "
    "Vid utgången av 2025 hade förvaltningen 248 årsarbetare, varav 96 socialsekreterare.",
], balance=True)

# ---- two-column body text
pdf.add_page()
pdf.h1("Årets verksamhet", size=12.5)
pdf.two_columns([
    ("H", "Barn och familj"),
    "Antalet inkomna anmälningar om oro för barn ökade till 1\u00a0486, jämfört med 1\u00a0312 året innan. "
    "Ökningen förklaras delvis av att skolor och förskolor har fått utbildning i anmälningsplikten. Av "
    "anmälningarna ledde 38 procent till att en utredning inleddes. Utredningstiderna har förlängts, och "
    "endast 81 procent av utredningarna avslutades inom den lagstadgade tiden om fyra månader. "
    "Förvaltningen bedömer att den höga personalomsättningen är den främsta orsaken.",
    "Den 31 december 2025 var 74 barn och unga placerade i familjehem, hem för vård eller boende (HVB) "
    "eller stödboende. Kostnaderna för externa placeringar uppgick till 46,2 mnkr, vilket är 8,7 mnkr "
    "mer än budgeterat. Nämnden har under året rekryterat 11 nya familjehem, vilket har minskat behovet "
    "av konsulentstödda familjehem.",
    ("H", "Ekonomiskt bistånd"),
    "Utbetalningarna av försörjningsstöd uppgick till 38,4 mnkr, en ökning med 3,3 mnkr jämfört med "
    "2024. I genomsnitt uppbar 412 hushåll försörjningsstöd per månad. Andelen hushåll med långvarigt "
    "biståndsbehov har ökat, vilket hänger samman med en svag arbetsmarknad och att fler personer har "
    "lämnat etableringsprogrammet utan att ha fått arbete. Genomsnittlig handläggningstid för en ansökan "
    "var 8 dagar.",
    "Arbetsmarknadsenheten har tagit emot 286 deltagare under året, varav 104 har gått vidare till arbete "
    "eller studier. Det motsvarar 36 procent av de avslutade deltagarna.",
    ("H", "Vuxna med missbruk och beroende"),
    "Efterfrågan på öppenvård har fortsatt att öka. Under året deltog 204 personer i någon form av "
    "öppenvårdsbehandling, vilket är fler än målvärdet om 180. Samverkan med regionens beroendemottagning "
    "har stärkts genom ett gemensamt mottagningsteam, och andelen klienter med en samordnad individuell "
    "plan (SIP) ökade till 62 procent. Kostnaderna för institutionsvård enligt LVM uppgick till 5,1 mnkr.",
    ("H", "Våld i nära relationer"),
    "Nämnden beviljade skyddat boende till 23 vuxna och 31 medföljande barn. Ett nytt "
    "behandlingsprogram för våldsutövare startade i september i samarbete med Kriminalvården. "
    "Kommunens kartläggning visar att var tredje ärende rör personer som tidigare har haft kontakt med "
    "socialtjänsten.",
    ("H", "Ekonomi"),
    "Socialnämnden redovisar ett underskott om 9,6 mnkr. De största avvikelserna avser externa "
    "placeringar av barn och unga (-8,7 mnkr) och försörjningsstöd (-3,3 mnkr). Vakanser bland "
    "socialsekreterare och lägre kostnader för institutionsvård för vuxna har delvis vägt upp "
    "underskotten med sammanlagt 2,4 mnkr.",
    ("H", "Personal"),
    "Personalomsättningen bland socialsekreterare inom myndighetsutövning var 21 procent, att jämföra "
    "med målvärdet 15 procent. Under året har 14 socialsekreterare slutat, varav sex inom barn och "
    "familj. Kostnaderna för inhyrda konsulter uppgick till 4,6 mnkr. Sjukfrånvaron minskade till "
    "6,4 procent.",
])

# ---- indicator table (full width)
pdf.add_page()
pdf.h1("Mål och indikatorer", size=12.5)
pdf.p("Kommunfullmäktige har fastställt fyra nämndmål för socialnämnden. Måluppfyllelsen följs upp med "
      "tolv indikatorer. Status anges som Uppnått, Delvis uppnått eller Ej uppnått. Delvis uppnått "
      "innebär att utfallet ligger inom tio procent av målvärdet.", size=9.5)
pdf.set_font("Sans", "", 8.6)
with pdf.table(col_widths=(96, 24, 24, 30), line_height=4.5,
               text_align=("LEFT", "CENTER", "CENTER", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PLUM),
               padding=1.4) as t:
    r = t.row()
    for h in ("Indikator", "Målvärde 2025", "Utfall 2025", "Status"):
        r.cell(h)
    for goal, inds in INDIKATORER:
        r = t.row(style=FontFace(emphasis="BOLD", fill_color=(236, 228, 240)))
        r.cell(goal, colspan=4)
        for ind in inds:
            r = t.row()
            for c in ind:
                r.cell(c)
pdf.ln(3)
pdf.p("Nämndmål 2 och 3 bedöms som delvis uppfyllda, medan nämndmål 1 och 4 bedöms som inte uppfyllda. "
      "Indikatorn för antalet barn som har bytt familjehem visar att sju barn har behövt byta familjehem "
      "under året, vilket är två fler än den övre gränsen.", size=9.5)

pdf.add_page()
pdf.h1("Viktiga händelser under 2025", size=12.5)
pdf.marked([
    "Familjecentralen Kompassen öppnade i mars i samverkan med Region Västersjö och erbjuder "
    "barnavårdscentral, öppen förskola och föräldrastöd under samma tak.",
    "Ett nytt ramavtal för placeringar i HVB och konsulentstödda familjehem började gälla 2025-04-01.",
    "Den nya socialtjänstlagen trädde i kraft den 1 juli 2025, och förvaltningen har utbildat samtliga "
    "medarbetare i lagens krav på förebyggande arbete.",
    "Inspektionen för vård och omsorg (IVO) granskade handläggningen av barnavårdsärenden och "
    "meddelade beslut 2025-09-18 med krav på åtgärder inom tre månader.",
    "Digital ansökan om försörjningsstöd infördes i oktober, och vid årets slut gjordes 71 procent av "
    "ansökningarna digitalt.",
    "Vuxenmottagningen samlokaliserades med arbetsmarknadsenheten i Stationshuset.",
], ["–"] * 6, size=9.8, indent=6, gap=0.8)

pdf.h1("Framtid och utmaningar", size=12.5)
pdf.two_columns([
    "Den största utmaningen för nämnden är att klara kompetensförsörjningen. Konkurrensen om erfarna "
    "socialsekreterare är hård, och nämnden har under flera år haft svårt att behålla personal inom "
    "barn och familj. Förvaltningen kommer under 2026 att införa en karriärmodell med särskilda "
    "tjänster som seniora socialsekreterare.",
    "Kostnaderna för försörjningsstöd väntas fortsätta att öka under 2026. Förvaltningen bedömer att "
    "ett intensifierat samarbete med Arbetsförmedlingen och en utökad arbetsmarknadsenhet är "
    "nödvändiga för att bryta utvecklingen.",
    "Den nya socialtjänstlagen ställer krav på att mer av stödet ska ges utan föregående "
    "behovsprövning. Nämnden ska under 2026 ta fram en plan för vilka insatser som kan erbjudas som "
    "service direkt till invånarna, exempelvis råd och stöd till familjer och anonym "
    "alkoholrådgivning.",
    "IVO:s beslut från september 2025 innebär att nämnden behöver förkorta utredningstiderna och "
    "förbättra dokumentationen. En åtgärdsplan ska redovisas för nämnden senast den 30 april 2026.",
], balance=True)

pdf.h1("Verksamheten i siffror", size=12.5)
pdf.set_font("Sans", "", 8.6)
with pdf.table(col_widths=(100, 22, 22, 22), width=166, align="LEFT", line_height=4.6,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), borders_layout="HORIZONTAL_LINES",
               headings_style=FontFace(emphasis="BOLD"), padding=1.2) as t:
    for row in [("Verksamhetsmått", "2023", "2024", "2025"),
                ("Inkomna anmälningar om oro för barn (antal)", "1 204", "1 312", "1 486"),
                ("Barn och unga placerade 31 december (antal)", "69", "71", "74"),
                ("Utbetalt försörjningsstöd (mnkr)", "33,0", "35,1", "38,4"),
                ("Hushåll med försörjningsstöd, genomsnitt per månad", "377", "398", "412"),
                ("Personer i öppenvårdsbehandling för beroende (antal)", "151", "177", "204"),
                ("Årsarbetare vid årets slut", "239", "244", "248")]:
        r = t.row()
        for c in row:
            r.cell(c)

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
