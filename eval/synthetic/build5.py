"""Björkfors kommun – Klimatstrategi 2025–2030."""
from common import Doc, FontFace

OUT = str(__import__("pathlib").Path(__file__).with_name("bjorkfors-klimatstrategi-2025-2030.pdf"))

pdf = Doc("Björkfors kommun", "", "", foot="Klimatstrategi 2025–2030   |   {p}", serif=True)
pdf.set_title("Klimatstrategi 2025-2030")
pdf.add_page()

TEAL = (0, 96, 100)
pdf.set_fill_color(*TEAL)
pdf.rect(0, 20, 210, 48, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(pdf.l_margin, 30)
pdf.set_font("Sans", "B", 26)
pdf.cell(0, 12, "Klimatstrategi 2025–2030", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.cell(0, 7, "Vägen mot ett fossilfritt Björkfors", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.cell(0, 7, "Antagen av kommunfullmäktige i Björkfors kommun 2025-02-24, § 18", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
pdf.set_y(76)

pdf.h1("1 Inledning")
pdf.p("Klimatstrategin anger hur Björkfors kommun som organisation och som geografiskt område ska minska "
      "sina utsläpp av växthusgaser. Strategin gäller för kommunkoncernen, det vill säga förvaltningarna "
      "och de helägda bolagen Björkfors Energi AB och Björkforshem AB, och ersätter energi- och "
      "klimatplanen från 2016. Strategin kompletteras av årliga aktivitetsplaner som beslutas i "
      "respektive nämnd och bolagsstyrelse.")
pdf.h2("1.1 Mål")
pdf.p("Björkfors kommun ska minska de territoriella utsläppen av växthusgaser med 70 procent till år 2030 "
      "jämfört med 1990 och ha nettonollutsläpp senast år 2040. Kommunkoncernens egna verksamheter ska "
      "vara fossilfria redan 2030.")

pdf.h1("2 Utgångsläge")
pdf.h2("2.1 Territoriella utsläpp")
pdf.p("Enligt den nationella emissionsdatabasen uppgick utsläppen inom kommunens geografiska område till "
      "162 000 ton koldioxidekvivalenter år 2022. Det är 30 procent lägre än 1990, då utsläppen var "
      "231 000 ton. För att nå 2030-målet behöver utsläppen minska till cirka 69\u00a0000 ton, vilket kräver "
      "en genomsnittlig minskning med drygt 10 procent per år. Transportsektorn svarar för 41 procent "
      "av utsläppen, jordbruket för 27 procent och industrin för 18 procent. Resterande 14 procent "
      "kommer från arbetsmaskiner, el- och värmeproduktion och produktanvändning.")
pdf.h2("2.2 Kommunkoncernens egna utsläpp")
pdf.p("Kommunkoncernens direkta utsläpp från fordon, arbetsmaskiner, uppvärmning och tjänsteresor var "
      "4 850 ton koldioxidekvivalenter 2023, en minskning med 22 procent sedan 2019. Andelen "
      "fossilfria fordon i kommunens fordonsflotta var 58 procent vid utgången av 2024. Björkfors "
      "Energi AB:s fjärrvärme produceras till 96 procent av förnybara bränslen och spillvärme.")
pdf.h2("2.3 Konsumtionsbaserade utsläpp")
pdf.p("De konsumtionsbaserade utsläppen från hushållen i Björkfors beräknas till 8,1 ton "
      "koldioxidekvivalenter per invånare och år, vilket är något över riksgenomsnittet. Ungefär "
      "hälften av dessa utsläpp uppstår utanför Sveriges gränser. Livsmedel, resor och boende står "
      "för den största delen.")
pdf.h2("2.4 Ekonomi")
pdf.p("Kommunfullmäktige har avsatt 38 mnkr i investeringsbudgeten för klimatinvesteringar under "
      "perioden 2025–2027, främst energieffektivisering av kommunala fastigheter och solceller. "
      "Därutöver har kommunen och bolagen sedan 2019 beviljats sammanlagt 6,2 mnkr i stöd från "
      "Klimatklivet.")

pdf.h1("3 Fokusområden")
pdf.p("Arbetet under strategiperioden ska koncentreras till sex fokusområden:")
pdf.bullets([
    "Hållbara transporter och resor",
    "Energieffektiva och fossilfria byggnader",
    "Cirkulär ekonomi och hållbar konsumtion",
    "Klimatsmarta offentliga måltider",
    "Kolsänkor i skog och jordbruk",
    "Klimatanpassning av samhället",
])
pdf.p("Inom fokusområdet kolsänkor ska kommunen som skogsägare öka kolinlagringen genom förlängda "
      "omloppstider och hyggesfritt skogsbruk på minst 20 procent av den kommunägda skogsmarken. "
      "Kommunen ska också undersöka möjligheten att återväta dikad torvmark i samarbete med "
      "markägare och länsstyrelsen. Kolsänkor får dock inte ersätta minskade utsläpp.")

pdf.h1("4 Rekommendationer")
pdf.p("Klimatrådet i Björkfors har lämnat följande rekommendationer som ligger till grund för "
      "strategins aktiviteter:")
pdf.numbered([
    "Kommunkoncernens fordonsflotta ska vara fossilfri senast 2027, och publik laddinfrastruktur ska "
    "byggas ut vid samtliga kommunala arbetsplatser och vid större besöksmål.",
    "Krav på klimatdeklaration och gränsvärden för klimatpåverkan ska ställas vid all kommunal "
    "nybyggnation från och med 2026, och trä ska väljas som stommaterial där det är möjligt.",
    "Andelen vegetariska måltider i förskola, skola och äldreomsorg ska öka så att livsmedlens "
    "klimatpåverkan minskar med 25 procent per portion till 2030 jämfört med 2023.",
    "Kollektivtrafiken mellan Björkfors och regioncentrumet ska förstärkas med halvtimmestrafik under "
    "högtrafik, i samverkan med regionen och grannkommunerna.",
    "Kommunen ska inrätta ett klimatbokslut som redovisas tillsammans med årsredovisningen och som "
    "visar utfall för varje nämnd och bolag.",
])

pdf.h1("5 Uppföljning")
pdf.p("Klimatstrategin följs upp årligen i ett klimatbokslut som tas fram av kommunstyrelseförvaltningen "
      "och behandlas av kommunfullmäktige tillsammans med årsredovisningen. Uppföljningen omfattar både "
      "territoriella utsläpp, kommunkoncernens egna utsläpp och genomförandet av aktiviteterna. En "
      "halvtidsutvärdering görs 2027 och strategin revideras i sin helhet 2030.")

# --- two-column page
pdf.add_page()
pdf.h1("6 Så bidrar förvaltningar och bolag")
pdf.set_font("Serif", "", 9.2)
col = [
    ("Samhällsbyggnadsförvaltningen", [
        "Tar fram en laddplan för hela kommunen under 2025.",
        "Planerar nya bostadsområden med gång- och cykelavstånd till service och kollektivtrafik.",
        "Bygger ut cykelvägnätet med 12 kilometer till 2028.",
        "Ställer krav på fossilfria arbetsmaskiner i alla entreprenader från 2026.",
    ]),
    ("Kost- och måltidsenheten", [
        "Inför två vegetariska dagar i veckan i grundskolan.",
        "Minskar matsvinnet i skolmåltiderna till högst 30 gram per portion.",
        "Ökar andelen säsongsanpassade och lokalt producerade råvaror.",
    ]),
    ("Björkfors Energi AB", [
        "Fasar ut den sista oljepannan i fjärrvärmenätet senast 2026.",
        "Bygger en solcellspark på 8 MW vid Hällberget i samarbete med lokala markägare.",
        "Erbjuder energirådgivning till småföretag och lantbruk.",
    ]),
    ("Björkforshem AB", [
        "Energieffektiviserar 400 lägenheter i Norra Björkfors med målet att minska energianvändningen med 30 procent.",
        "Installerar solceller på alla tak som är lämpliga senast 2028.",
        "Inför bilpool och cykelpool i tre bostadsområden.",
        "Ställer krav på återbrukat material vid renovering av kök och badrum.",
    ]),
    ("Barn- och utbildningsförvaltningen", [
        "Arbetar med klimat och hållbar utveckling i alla ämnen enligt läroplanen.",
        "Utser klimatombud på varje förskola och skola.",
    ]),
    ("Kommunstyrelseförvaltningen", [
        "Samordnar arbetet och ansvarar för klimatbokslutet.",
        "Ersätter tjänsteresor med flyg under 50 mil med tåg eller digitala möten.",
        "Utbildar alla chefer i klimatfrågor under 2025.",
    ]),
]
with pdf.text_columns(ncols=2, gutter=9, text_align="LEFT", line_height=1.15) as tc:
    for i, (org, items) in enumerate(col):
        if i == 3:
            tc.new_column()
        with tc.paragraph(top_margin=3, bottom_margin=1) as par:
            pdf.set_font("Sans", "B", 9.5)
            par.write(org)
        pdf.set_font("Serif", "", 9.2)
        for it in items:
            with tc.paragraph(indent=4, bullet_string="\u2022", bottom_margin=1) as par:
                par.write(it)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
