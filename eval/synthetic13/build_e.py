"""(e) Klöverhamns kommun – samrådsredogörelse för detaljplan för Bruksängen (del av Klöverhamn 4:12 m.fl.).

Layout: Liberation Sans. P. 1: key–value block, the purpose of the plan and the consultation in running text
with several counts per sentence. P. 2: a table of submissions with INTERNAL RULES ONLY (no outer frame) Nr /
Avsändare / Inkom / Synpunkter / Anmärkning under three bold group rows, "Inga synpunkter" for bodies without
comments and a note for the two late submissions. P. 3–5: "Yttranden och kommentarer": every submission with
comments as a shaded numbered heading bar ("2. Trafikverket, inkom 2026-03-24") followed by TWO SIDE-BY-SIDE
COLUMNS, the italic summary of the submission on the left and the municipality's comment on the right; blocks
are moved whole to the next page. Last page: a "•" list of the changes after the consultation whose items wrap,
the next steps and signature lines. No metadata title.
"""
import datetime as dt

from common13 import HERE, Doc, Group
from data import E_GROUPS, E_YTTR, E_ANDRINGAR, E_BOSTADER, E_SAMRAD_END, e_syn, e_late, e_counts

OUT = HERE / "kloverhamn-samradsredogorelse-dp-bruksangen.pdf"
ACC = (150, 80, 20)

TEXTS = {
    1: ("Länsstyrelsen anser att planen behöver redovisa hur risken för översvämning från Sältån hanteras vid "
        "ett 100-årsflöde och vid skyfall, och att lägsta golvnivå bör regleras. Markföroreningar från den "
        "tidigare sågverksverksamheten måste utredas före granskningen.",
        "Kommunen har tagit fram en skyfallskartering. Lägsta nivå för färdigt golv regleras till +3,2 meter, "
        "vilket ligger en halv meter över beräknad högsta nivå vid ett 100-årsflöde. En kompletterande "
        "markundersökning har gjorts, och planen får en bestämmelse om att startbesked inte får ges förrän "
        "markföroreningarna har åtgärdats."),
    2: ("Trafikverket påpekar att bostäderna närmast järnvägen riskerar att få bullernivåer över riktvärdena, "
        "och att ett område på minst 30 meter från spårmitt ska hållas fritt från bebyggelse.",
        "Bullerutredningen har uppdaterats. Alla lägenheter får tillgång till en ljuddämpad sida och en "
        "bullerskyddad uteplats, vilket regleras med planbestämmelse. Avståndet från husen till spårmitt är "
        "minst 32 meter."),
    3: ("Lantmäteriet anser att plankartan bör visa tydligare vilka områden som blir allmän plats, och att "
        "genomförandebeskrivningen bör redovisa konsekvenserna för fastigheterna Bruksängen 1:4 och 1:7.",
        "Plankartan och genomförandebeskrivningen har kompletterats enligt Lantmäteriets synpunkter."),
    5: ("Skanova har kablar i Bruksvägen och vill att de säkras med ett u-område eller flyttas på "
        "exploatörens bekostnad.",
        "Kablarna ligger i mark som blir allmän plats för gata, och något u-område behövs därför inte. En "
        "eventuell flytt regleras i exploateringsavtalet."),
    6: ("Ellevio behöver en ny transformatorstation inom planområdet för att kunna försörja de nya "
        "bostäderna med el.",
        "Ett område för transformatorstation läggs till i planens nordöstra del."),
    8: ("Räddningstjänsten vill att framkomligheten för räddningsfordon säkras och påpekar att utrymning med "
        "bärbara stegar inte fungerar för hus med fler än fyra våningar.",
        "Husen med fem våningar utformas så att utrymning kan ske via trapphus. Uppställningsplatser för "
        "räddningsfordon redovisas i granskningshandlingen."),
    9: ("Nämnden anser att ett bredare område längs Sältån bör sparas som naturmark för att skydda växt- och "
        "djurlivet, och att dagvattnet ska renas innan det når ån.",
        "Ett 30 meter brett område längs ån planläggs som natur, och en dagvattendamm läggs in i parken söder "
        "om kvarteren."),
    10: ("Barn- och utbildningsnämnden bedömer att en förskola med fyra avdelningar inte räcker för det ökade "
         "antalet barn i området och begär att den utökas till sex avdelningar.",
         "Förskolans tomt utökas så att sex avdelningar ryms. Yttrandet kom in efter samrådstidens slut men "
         "har ändå beaktats."),
    14: ("Fastighetsägaren motsätter sig att en del av fastigheten blir allmän plats för en gång- och "
         "cykelväg och begär ersättning.",
         "Gång- och cykelvägen behövs för att knyta ihop området med stationen. Ersättning bestäms vid "
         "fastighetsbildningen enligt gällande lagstiftning."),
    15: ("Fastighetsägaren vill kunna bygga ett flerbostadshus i tre våningar på sin fastighet.",
         "Fastigheten ligger inom det område som ska hållas fritt närmast järnvägen. Planen ändras inte."),
    16: ("De boende motsätter sig att infarten till området går via Mejerigatan, som redan har mycket trafik, "
         "och befarar fler bilar förbi skolan. De vill också att husen närmast gatan blir lägre.",
         "En infart från Bruksvägen har prövats men är inte möjlig, eftersom vägen korsar järnvägen i plan och "
         "Trafikverket inte godtar mer trafik över plankorsningen. Infarten från Mejerigatan behålls därför, men "
         "gatan får ett upphöjt övergångsställe och sänkt hastighet vid skolan. Husen närmast Mejerigatan "
         "sänks från fem till tre våningar."),
    17: ("Föreningen vill att de gamla ekarna i områdets södra del skyddas och att ett bredare naturområde "
         "sparas längs Sältån.",
         "De tre ekarna skyddas med en planbestämmelse. Naturområdet längs ån breddas till 30 meter."),
    18: ("Föreningen befarar att dagvatten från området förorenar Sältån och skadar öringbeståndet.",
         "Dagvattnet fördröjs och renas i en damm innan det når ån, se kommentaren till yttrande 9."),
    19: ("Privatpersonen anser att 0,6 parkeringsplatser per lägenhet är för lite och att boende kommer att "
         "parkera på Mejerigatan.",
         "Parkeringstalet följer kommunens parkeringsnorm för lägen nära stationen. Planen ändras inte."),
    20: ("Privatpersonen vill att en lekplats anläggs i parken.",
         "Parken utformas i detalj i genomförandet, och en lekplats ingår i förslaget till utformning. "
         "Yttrandet kom in efter samrådstidens slut men har ändå beaktats."),
    21: ("Hyresgästföreningen vill att en del av bostäderna blir hyresrätter med rimliga hyror.",
         "En detaljplan kan inte reglera upplåtelseform. Kommunen avser att anvisa ett av kvarteren till "
         "Klöverhamnsbostäder AB."),
}

pdf = Doc("Klöverhamns kommun", "Samrådsredogörelse", "{p} (5)", font="liberation", accent=ACC,
          foot="Klöverhamns kommun · Samhällsbyggnadsförvaltningen · Dnr SBN 2024/117",
          created=dt.datetime(2026, 4, 20, 13, 0, tzinfo=dt.timezone.utc))
tot, myn, sak, inga, late = e_counts()
pdf.add_page()
pdf.title_block("Samrådsredogörelse", "Detaljplan för Bruksängen, del av Klöverhamn 4:12 m.fl., "
                "Klöverhamns kommun", size=19)
pdf.kv([("Diarienummer", "SBN 2024/117"), ("Planförfarande", "Utökat förfarande"),
        ("Samrådstid", "2 mars–30 mars 2026"), ("Upprättad", "2026-04-20"),
        ("Handläggare", "Planarkitekt, samhällsbyggnadsförvaltningen")])
pdf.h1("Planens syfte")
pdf.p(f"Syftet med detaljplanen är att omvandla den tidigare industrimarken vid Bruksängen till ett "
      f"bostadsområde med cirka {E_BOSTADER[0]} bostäder i flerbostadshus och radhus, en förskola och en park "
      "längs Sältån. Området ligger cirka 600 meter från Klöverhamns station.")
pdf.h1("Samrådets genomförande")
pdf.p("Samhällsbyggnadsnämnden beslutade att skicka planförslaget på samråd den 17 februari 2026. Förslaget "
      "fanns tillgängligt i kommunhuset, på biblioteket och på kommunens webbplats, och ett öppet samrådsmöte "
      "hölls i Bruksskolans matsal den 10 mars 2026.")
pdf.p(f"Totalt kom {tot} yttranden in, varav {myn} från myndigheter, kommunala nämnder och bolag och {sak} från "
      f"sakägare, föreningar och privatpersoner. Fem yttranden innehöll inga synpunkter på förslaget, och "
      f"{'två' if late == 2 else late} kom in efter samrådstidens slut men har ändå beaktats.")
pdf.h1("Sammanfattning")
pdf.p(f"De flesta synpunkterna gäller trafiken på Mejerigatan, översvämningsrisken vid Sältån, buller från "
      f"järnvägen och husens höjd. Den största ändringen är att planen nu medger högst {E_BOSTADER[1]} bostäder "
      f"i stället för cirka {E_BOSTADER[0]}. Samtliga ändringar redovisas sist i denna redogörelse.")

pdf.add_page()
pdf.h1("Inkomna yttranden")
rows, g = [], None
for r in E_YTTR:
    if r[0] != g:
        rows.append(Group(E_GROUPS[r[0]]))
        g = r[0]
    rows.append([str(r[1]), r[2], r[3].isoformat(), e_syn(r), "Inkom efter samrådstiden" if e_late(r) else ""])
pdf.ruled_table(["Nr", "Avsändare", "Inkom", "Synpunkter", "Anmärkning"], rows, [10, 70, 24, 28, 34],
                ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT"], size=8.8, lh=4.5, borders="INTERNAL",
                head_fill=(244, 230, 214), group_fill=(250, 243, 235))
pdf.add_page()
pdf.h1("Yttranden och kommentarer")
pdf.p("Yttranden med synpunkter redovisas i sammanfattning till vänster. Kommunens kommentar står till höger. "
      "Yttrandena finns i sin helhet i ärendets akt.", size=9.5)
for r in E_YTTR:
    if not r[4]:
        continue
    left, right = TEXTS[r[1]]
    pdf.side_by_side(f"{r[1]}. {r[2]}, inkom {r[3].isoformat()}", left, right)

pdf.h1("Ändringar efter samrådet")
pdf.bullets(E_ANDRINGAR, size=9.8, lh=4.8)
pdf.h2("Fortsatt arbete")
pdf.p("Planförslaget ställs ut för granskning under kvartal 3 2026. Därefter upprättas ett granskningsutlåtande, "
      "och planen beräknas kunna antas av kommunfullmäktige i december 2026.", size=9.8)
pdf.sign_lines(["Planchef, samhällsbyggnadsförvaltningen", "Planarkitekt"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
