"""Region Fjällmark – Revisionsrapport: granskning av styrning och kontroll av inhyrd
personal inom hälso- och sjukvården. Numrerade rekommendationer som radbryts, a)-lista,
sammanfattning och tabellen Bedömning per kontrollmål."""
import datetime
from pathlib import Path

from common import Doc, FontFace
from data import KONTROLLMAL

OUT = str(Path(__file__).with_name("region-fjallmark-revisionsrapport-inhyrd-personal-2025.pdf"))
GREEN = (34, 85, 64)

pdf = Doc("", "", "", foot="Region Fjällmark · Revisionsrapport 2025:4 · Sida {p}", family="dejavu",
          body="sans", margins=(24, 22, 24))
pdf.set_creation_date(datetime.datetime(2025, 10, 20, 9, 0, tzinfo=datetime.timezone.utc))
pdf.head_left = ""

# ---- cover page
pdf.add_page()
pdf.set_fill_color(*GREEN)
pdf.rect(0, 0, 12, 297, style="F")
pdf.set_fill_color(255, 255, 255)
pdf.set_y(40)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*GREEN)
pdf.cell(0, 6, "REGION FJÄLLMARK", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 10)
pdf.cell(0, 6, "De förtroendevalda revisorerna", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(30)
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Revisionsrapport 2025:4", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "B", 22)
pdf.multi_cell(0, 10, "Granskning av styrning och kontroll av inhyrd personal inom hälso- och sjukvården",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "", 10.5)
pdf.multi_cell(0, 5.5, "Hälso- och sjukvårdsnämnden och regionstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(40)
pdf.kv([("Datum", "2025-10-14"),
        ("Uppdragsgivare", "De förtroendevalda revisorerna i Region Fjällmark"),
        ("Utförd av", "Karin Ödman, certifierad kommunal revisor, och Johan Lindqvist, verksamhetsrevisor, "
                      "Nordkvist Revision AB"),
        ("Diarienummer", "REV 2025/17")], lw=40, size=9.5)

# ---- summary + numbered recommendations
pdf.add_page()
pdf.h1("1. Sammanfattning")
pdf.p("På uppdrag av de förtroendevalda revisorerna i Region Fjällmark har Nordkvist Revision AB granskat "
      "hälso- och sjukvårdsnämndens och regionstyrelsens styrning och kontroll av inhyrd personal. "
      "Granskningen ingår i revisionsplanen för 2025 och har genomförts under perioden maj–september 2025.")
pdf.p("Regionens kostnader för inhyrd personal uppgick till 287,6 mnkr under 2024, vilket motsvarar "
      "7,9 procent av de totala kostnaderna för egen personal inom hälso- och sjukvården. Kostnaderna "
      "har minskat från 312,4 mnkr 2023 men ligger fortfarande långt över det regiongemensamma målet "
      "om att vara oberoende av inhyrd personal. Under perioden januari–augusti 2025 uppgick "
      "kostnaderna till 164,3 mnkr.")
pdf.p("Vår samlade bedömning är att hälso- och sjukvårdsnämnden delvis har säkerställt en "
      "ändamålsenlig styrning och en tillräcklig intern kontroll av inhyrd personal. Ansvarsfördelningen "
      "är tydlig och kompetensförsörjningsplanen omfattar de yrkesgrupper som hyrs in. Samtidigt visar "
      "granskningen att beställningar i betydande omfattning görs utanför ramavtal, att fakturor "
      "attesteras utan kontroll mot avtalade priser och att nämnden inte får uppföljning av volymer i "
      "form av timmar. Regionstyrelsen har i sin uppsikt inte följt upp nämndens åtgärder.")
pdf.h2("Rekommendationer")
pdf.p("Utifrån granskningens iakttagelser och bedömningar rekommenderar vi hälso- och sjukvårdsnämnden att:")
REK = [
    "revidera riktlinjen för inhyrd personal från 2019 så att den överensstämmer med regionplanens mål "
    "och den regiongemensamma färdplanen för oberoende av inhyrd personal,",
    "säkerställa att beställningar av inhyrd personal endast görs från leverantörer som regionen har "
    "avtal med och att undantag alltid beslutas av verksamhetschef och dokumenteras,",
    "införa en kontroll där fakturerat timpris och antal timmar stäms av mot beställning och avtal "
    "innan fakturan attesteras,",
    "begära att förvaltningen rapporterar antal inhyrda timmar per yrkesgrupp och verksamhetsområde "
    "i samband med varje delårs- och årsrapport,",
    "utvärdera effekten av de åtgärder som har vidtagits för att minska beroendet av inhyrd personal, "
    "särskilt inom psykiatrin och primärvården i inlandet, samt",
    "inkludera inhyrd personal som ett eget granskningsområde i nämndens internkontrollplan för 2026.",
]
pdf.marked(REK, [f"{i}." for i in range(1, len(REK) + 1)], size=10, indent=8)
pdf.p("Vi rekommenderar vidare regionstyrelsen att:")
REK_RS = [
    "inom ramen för sin uppsiktsplikt begära en återrapportering från hälso- och sjukvårdsnämnden "
    "om vidtagna åtgärder senast i samband med årsredovisningen för 2025,",
    "se över om regionens centrala bemanningsenhet kan utökas så att fler pass kan tillsättas med "
    "egen personal i stället för inhyrd, samt",
    "säkerställa att regionens upphandlingsfunktion följer upp leverantörernas avtalstrohet minst "
    "två gånger per år.",
]
pdf.marked(REK_RS, ["a)", "b)", "c)"], size=10, indent=8)

# ---- introduction
pdf.add_page()
pdf.h1("2. Inledning")
pdf.h2("2.1 Bakgrund")
pdf.p("Sveriges regioner har sedan 2022 samverkat i en nationell färdplan med målet att bli oberoende "
      "av inhyrd personal inom hälso- och sjukvården. Region Fjällmark har i regionplanen för 2024–2026 "
      "angett att regionen ska vara oberoende av inhyrd personal senast den 31 december 2026. "
      "Inhyrd personal medför höga kostnader, kan påverka kontinuiteten för patienterna och ställer krav "
      "på introduktion och kontroll av behörigheter.")
pdf.p("Revisorerna har i sin riskanalys bedömt att det finns risk för att regionens kostnader för inhyrd "
      "personal inte är under kontroll och att beställningar görs i strid med gällande ramavtal. Mot "
      "denna bakgrund har revisorerna beslutat att genomföra en fördjupad granskning.")
pdf.h2("2.2 Syfte och revisionsfråga")
pdf.p("Syftet med granskningen är att bedöma om hälso- och sjukvårdsnämnden säkerställer en "
      "ändamålsenlig styrning och tillräcklig intern kontroll av användningen av inhyrd personal. "
      "Granskningen ska också bedöma om regionstyrelsen utövar en tillräcklig uppsikt över området.")
pdf.p("Revisionsfrågan har brutits ned i sju kontrollmål som redovisas i avsnitt 4.")
pdf.h2("2.3 Revisionskriterier")
pdf.p("Som revisionskriterier har vi använt kommunallagen (2017:725) 6 kap. 1 och 6 §§, lagen (2016:1145) "
      "om offentlig upphandling, regionens reglemente för intern kontroll, regionplanen 2024–2026 samt "
      "regionens riktlinje för inhyrd personal, beslutad av hälso- och sjukvårdsnämnden 2019-05-22.")
pdf.h2("2.4 Avgränsning")
pdf.p("Granskningen omfattar hälso- och sjukvårdsnämnden och regionstyrelsen. Inhyrd personal inom "
      "tandvården och regionens administration ingår inte. Granskningen avser perioden 1 januari 2024 "
      "till 31 augusti 2025. Upphandlingen av ramavtalen för bemanningstjänster har inte granskats.")
pdf.h2("2.5 Metod")
pdf.p("Granskningen har genomförts genom dokumentstudier och intervjuer med sammanlagt 14 personer, "
      "bland andra hälso- och sjukvårdsdirektören, HR-direktören, upphandlingschefen, sex "
      "verksamhetschefer och nämndens presidium. Vi har även gjort ett stickprov om 40 fakturor avseende "
      "inhyrd personal från perioden januari–juni 2025. Samtliga intervjuade har fått möjlighet att "
      "faktagranska rapporten.")

# ---- findings
pdf.h1("3. Iakttagelser och bedömningar")
pdf.h2("3.1 Mål och riktlinjer")
pdf.p("Regionplanen anger målet om oberoende av inhyrd personal, och hälso- och sjukvårdsnämnden har i "
      "sin verksamhetsplan för 2025 ett mål om att kostnaderna för inhyrd personal ska minska med minst "
      "25 procent jämfört med 2024. Riktlinjen för inhyrd personal är från 2019 och hänvisar till ett "
      "ramavtal som upphörde att gälla 2022. Flera verksamhetschefer uppger att de inte känner till "
      "riktlinjen.")
pdf.p("Bedömning: Vi bedömer att det finns mål på övergripande nivå men att riktlinjen är inaktuell. "
      "Kontrollmålet bedöms som delvis uppfyllt.", style="I")
pdf.h2("3.2 Ansvar och befogenheter")
pdf.p("Enligt nämndens delegationsordning får verksamhetschef besluta om inhyrning av personal upp till "
      "ett värde av 500 tkr per uppdrag. Beslut över 500 tkr fattas av hälso- och sjukvårdsdirektören. "
      "De intervjuade känner väl till ansvarsfördelningen.")
pdf.p("Bedömning: Vi bedömer att ansvar och befogenheter är tydligt fördelade. Kontrollmålet bedöms som "
      "uppfyllt.", style="I")
pdf.h2("3.3 Avtalstrohet och beställningsrutiner")
pdf.p("Av de 40 fakturor som ingick i stickprovet avsåg 9 fakturor, motsvarande 22,5 procent, "
      "bemanningsföretag som regionen saknar avtal med. Värdet av dessa fakturor uppgick till "
      "sammanlagt 3,8 mnkr. Timpriserna för läkare från leverantörer utan avtal var i genomsnitt "
      "38 procent högre än avtalade priser. I sju av de nio fallen saknades dokumentation av varför "
      "avtalad leverantör inte kunde anlitas.")
pdf.p("Bedömning: Vi bedömer att beställningar i betydande omfattning görs utanför gällande ramavtal. "
      "Kontrollmålet bedöms som ej uppfyllt.", style="I")
pdf.h2("3.4 Uppföljning och rapportering")
pdf.p("Kostnaderna för inhyrd personal redovisas per verksamhetsområde i delårsrapporterna och i "
      "årsredovisningen. Nämnden får däremot ingen rapportering av antalet inhyrda timmar eller av "
      "fördelningen mellan yrkesgrupper, vilket försvårar bedömningen av om minskade kostnader beror på "
      "färre timmar eller lägre priser.")
pdf.p("Bedömning: Kontrollmålet bedöms som delvis uppfyllt.", style="I")
pdf.h2("3.5 Åtgärder för att minska beroendet")
pdf.p("Regionen har bland annat infört en central bemanningsenhet med 42 sjuksköterskor, ett "
      "flexibelt schema inom slutenvården och en särskild ersättning för extra pass. Inom psykiatrin "
      "har ett utbildningsprogram för specialistläkare startats med 8 ST-läkare. Någon samlad "
      "utvärdering av effekterna har inte gjorts.")
pdf.p("Bedömning: Kontrollmålet bedöms som delvis uppfyllt.", style="I")
pdf.h2("3.6 Intern kontroll av fakturor")
pdf.p("Fakturor för inhyrd personal attesteras av verksamhetschef. Vid intervjuerna framkom att ingen "
      "kontroll görs av att fakturerat timpris motsvarar avtalat pris eller att fakturerade timmar "
      "motsvarar beställda pass. Inhyrd personal har inte funnits med i nämndens internkontrollplan "
      "under 2024 eller 2025.")
pdf.p("Bedömning: Kontrollmålet bedöms som ej uppfyllt.", style="I")
pdf.h2("3.7 Kompetensförsörjning")
pdf.p("Regionens kompetensförsörjningsplan för 2025–2028 innehåller åtgärder för sjuksköterskor, "
      "specialistläkare och barnmorskor, vilka är de yrkesgrupper som oftast hyrs in.")
pdf.p("Bedömning: Kontrollmålet bedöms som uppfyllt.", style="I")

# ---- table: Bedömning per kontrollmål
pdf.add_page()
pdf.h1("4. Bedömning per kontrollmål")
pdf.p("I tabellen sammanfattas våra bedömningar. Bedömningsskalan är Uppfyllt, Delvis uppfyllt och "
      "Ej uppfyllt.", size=9.5)
pdf.set_font("Sans", "", 8.5)
with pdf.table(col_widths=(8, 70, 28, 56), line_height=4.4,
               text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
               padding=1.5) as t:
    r = t.row()
    for c in ("Nr", "Kontrollmål", "Bedömning", "Kommentar"):
        r.cell(c)
    for i, (m, b, k) in enumerate(KONTROLLMAL, 1):
        r = t.row()
        r.cell(str(i))
        r.cell(m)
        r.cell(b)
        r.cell(k)
pdf.ln(4)
pdf.h2("Svar på revisionsfrågan")
pdf.p("Av sju kontrollmål bedöms två som uppfyllda, tre som delvis uppfyllda och två som ej uppfyllda. "
      "Vår sammanfattande bedömning är därför att hälso- och sjukvårdsnämnden endast delvis säkerställer "
      "en ändamålsenlig styrning och en tillräcklig intern kontroll av inhyrd personal. "
      "Regionstyrelsen bedöms inte ha utövat en tillräcklig uppsikt, eftersom styrelsen inte har "
      "begärt någon återrapportering trots att kostnaderna legat över budget under två år i följd.")
pdf.h2("Revisorernas fortsatta hantering")
pdf.p("Revisorerna överlämnar rapporten till hälso- och sjukvårdsnämnden och regionstyrelsen och "
      "begär ett skriftligt yttrande senast 2026-01-31 över vilka åtgärder som avses vidtas med "
      "anledning av rekommendationerna. Rapporten delges även regionfullmäktige.")

# ---- appendix
pdf.add_page()
pdf.h1("Bilaga 1. Intervjuade funktioner och granskade dokument")
pdf.h2("Intervjuade funktioner")
pdf.marked(["Hälso- och sjukvårdsdirektör", "HR-direktör och HR-strateg för bemanning",
            "Upphandlingschef", "Sex verksamhetschefer inom slutenvård, psykiatri och primärvård",
            "Hälso- och sjukvårdsnämndens presidium", "Controller vid hälso- och sjukvårdsförvaltningen"],
           ["•"] * 6, size=9.5, indent=6, gap=0.3)
pdf.h2("Granskade dokument")
pdf.marked(["Regionplan 2024–2026 med budget 2024", "Hälso- och sjukvårdsnämndens verksamhetsplan 2025",
            "Riktlinje för inhyrd personal, 2019-05-22", "Delegationsordning för hälso- och sjukvårdsnämnden",
            "Delårsrapport januari–augusti 2025", "Kompetensförsörjningsplan 2025–2028"],
           ["•"] * 6, size=9.5, indent=6, gap=0.3)

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
