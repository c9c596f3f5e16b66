"""Writes ../train_syn50.jsonl: 72 gold questions (t50001–t50072) about the six synthetic50 PDFs.

26 figure, 18 list (17 conditional – more call-outs in 2026 than in 2025 (two cells of a row), areas with less than
80 % within the target, incident types under their five-year mean (two cells of a row), sectors over the target path
(two cells of a row), sectors cut by less than 20 % since 2015, measures delayed or not started (status words),
associations granted more than 50 000 kr, sports associations (group) granted less than they applied for (two cells
of a row), associations applying for a project grant (a word), health centres under the phone target, health centres
whose assessment within three days fell (two cells of a row), private centres (a word) with more than 10 000 listed,
procurements over 10 000 tkr, procurements starting before 1 May 2027 (a date), administrations with a total sick
leave over 7 % (scanned page), administrations where the men's sick leave rose (scanned page, two cells of a row),
administrations with more than 200 permanent employees – and 1 whole list, the att-clauses of Ebbelunda's proposal),
6 passage, 22 none (8 of them list-shaped); 54 in Swedish and 18 in English (6 figures, 5 lists, 2 passages, 5 none).
Items are written out literally (not derived from data.py) so that check.py, which recomputes the expected rows from
data.py, is an independent check. Five questions are about p. 3 of the Åkersvik document, a scanned page without a
text layer (two figures, two lists and one near-miss none question); the evidence of the answerable ones is the text
printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn50.jsonl"

A = "askebro-raddningstjansten-arsrapport-2026.pdf"
B = "selvinge-ks-energi-och-klimatplan-uppfoljning-2026.pdf"
C = "embacka-kfn-foreningsbidrag-2027.pdf"
D = "region-alvmark-primarvardsrapport-2026.pdf"
E = "ebbelunda-ks-upphandlingsplan-2027.pdf"
F = "akersvik-personalredovisning-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Askebro, räddningstjänstens årsrapport 2026
    q("Till hur många trafikolyckor ryckte räddningstjänsten i Askebro ut 2024?", "sv", "figure", A, 2,
      ["Trafikolycka 142 151 138 147 129 141,4 −18"],
      "138 trafikolyckor 2024. Året efter var de 147 och 2026 129.",
      [fig(138, "antal", "138")]),
    q("What was the median response time in Brattmon in Askebro in 2026?", "en", "figure", A, 3,
      ["Brattmon Station Brattmon Deltid 20 17,9 16,4 79,5 83,1 124"],
      "16.4 minutes in 2026, down from 17.9 minutes in 2025; the target for the area is 20 minutes.",
      [fig(16.4, "min", "16,4")]),
    q("Hur många utryckningar gjorde räddningstjänsten i Askebro sammanlagt under 2026?", "sv", "figure", A, 1,
      ["Räddningstjänsten gjorde 1 026 insatser under 2026"],
      "1 026 insatser, 52 fler än 2025 (974) och över femårsgenomsnittet på 960,4.",
      [fig(1026, "antal", "1 026")]),
    q("Vad blev nettokostnaden för räddningstjänsten i Askebro 2026, jämfört med budget?", "sv", "figure", A, 4,
      ["Nettokostnaden blev 52,8 mnkr, vilket är 1,3 mnkr mer än budgeten"],
      "52,8 mnkr, alltså 1,3 mnkr mer än budgeten på 51,5 mnkr (50,9 mnkr 2025).",
      [fig(52.8, "mnkr", "52,8")]),
    q("Hur stor andel av larmen i Saltnäs i Askebro kom räddningstjänsten fram till inom målet 2025?", "sv",
      "figure", A, 3, ["Saltnäs Station Saltnäs Deltid 20 16,2 21,7 81,3 58,6 104"],
      "81,3 procent 2025. År 2026 sjönk andelen till 58,6 procent.",
      [fig(81.3, "procent", "81,3")]),
    q("Vilka typer av händelser gav fler insatser för räddningstjänsten i Askebro 2026 än 2025?", "sv", "list", A, 2,
      ["Brand i skog och mark 31 18 42 27 58 35,2 +31"],
      "Sju: brand i annan byggnad (21 → 24), brand i skog och mark (27 → 58), drunkning eller drunkningstillbud "
      "(5 → 8), utsläpp av farligt ämne (13 → 17), storm och översvämning (8 → 19), hjälp till ambulans (129 → 146) "
      "och övriga uppdrag (206 → 225).",
      items=["Brand i annan byggnad 23", "Brand i skog och mark", "Drunkning eller drunkningstillbud 6",
             "Utsläpp av farligt ämne", "Storm och översvämning 9", "Hjälp till ambulans (IVPA)",
             "Övriga uppdrag 151"]),
    q("Which response areas in Askebro reached the target time in less than 80 per cent of call-outs in 2026?",
      "en", "list", A, 3, ["Saltnäs Station Saltnäs Deltid 20 16,2 21,7 81,3 58,6 104"],
      "Two: Saltnäs (58.6 %) and Åsbrink (64.3 %). Ödsvreten reached exactly 80.0 %.",
      items=["Saltnäs Station Saltnäs", "Åsbrink Station Brattmon"]),
    q("Vilka händelsetyper i Askebro hade färre insatser 2026 än genomsnittet för hela femårsperioden?", "sv",
      "list", A, 2, ["Automatiskt brandlarm utan brand 318 334 322 309 301 316,8 −8"],
      "Fem: brand i bostad (38 mot 41,6), brand i fordon (28 mot 29,2), annan brand utomhus (33 mot 36,6), "
      "trafikolycka (129 mot 141,4) och automatiskt brandlarm utan brand (301 mot 316,8).",
      items=["Brand i bostad 41", "Brand i fordon 29", "Annan brand utomhus 36", "Trafikolycka 142 151",
             "Automatiskt brandlarm utan brand"]),
    q("Vad var orsaken till att Saltnäs i Askebro fick sämre insatstider 2026?", "sv", "passage", A, 3,
      ["deltidsstyrkan i Saltnäs saknade under juni, juli och augusti en styrkeledare i beredskap"],
      "Deltidsstyrkan i Saltnäs saknade en styrkeledare i beredskap under juni–augusti, så larmen fick besvaras av "
      "styrkan från Brattmon, som har nära tre mil att köra."),
    none("Hur många trafikolyckor hade räddningstjänsten i Askebro 2021?", "sv"),
    none("How many firefighters work at Station Saltnäs in Askebro?", "en"),
    none("Vilka insatsområden i Askebro hade en medianinsatstid på mer än 30 minuter 2026?", "sv"),

    # ------------------------------------------------------------ (b) Selvinge, energi- och klimatplan, uppföljning
    q("Hur stora var utsläppen från transporter i Selvinge 2024?", "sv", "figure", B, 2,
      ["Transporter 58 400 49 800 48 100 46 900 45 200"],
      "45 200 ton koldioxidekvivalenter, 4 200 ton över målbanan för 2024 (41 000 ton).",
      [fig(45200, "ton", "45 200")]),
    q("What were Selvinge's total greenhouse gas emissions in 2024, and how did they compare with the target path?",
      "en", "figure", B, 1, ["var 104 700 ton koldioxidekvivalenter 2024"],
      "104,700 tonnes CO2e, 26.1 % below 2015 and 1,000 tonnes under the target path of 105,700 tonnes.",
      [fig(104700, "ton", "104 700")]),
    q("Hur mycket släppte el och fjärrvärme ut i Selvinge året innan 2024?", "sv", "figure", B, 2,
      ["El och fjärrvärme 7 900 3 600 3 100 2 400 2 100"],
      "2 400 ton koldioxidekvivalenter 2023 (2 100 ton 2024).",
      [fig(2400, "ton", "2 400")]),
    q("Hur stor andel av kommunens egna fordon i Selvinge var fossilfria 2026?", "sv", "figure", B, 1,
      ["ökade till 62 procent från 54 procent året innan"],
      "62 procent, jämfört med 54 procent året innan. Målet är 100 procent 2028.",
      [fig(62, "procent", "62")]),
    q("Vilka sektorer i Selvinge släppte ut mer än målbanan tillät 2024?", "sv", "list", B, 2,
      ["Avvikelse = utsläpp 2024 minus målbanan 2024"],
      "Fem: transporter (+4 200 ton), arbetsmaskiner (+700), jordbruk (+1 100), avfall och avlopp (+200) och "
      "produktanvändning (+100).",
      items=["Transporter 58 400", "Arbetsmaskiner 9 600", "Jordbruk 31 200", "Avfall och avlopp 3 400",
             "Produktanvändning 2 100"]),
    q("Which sectors in Selvinge have cut their emissions by less than 20 per cent since 2015?", "en", "list", B, 2,
      ["Jordbruk 31 200 30 400 30 100 29 800 29 600"],
      "Three: Arbetsmaskiner (−11.5 %), Jordbruk (−5.1 %) and Produktanvändning (−19.0 %).",
      items=["Arbetsmaskiner 9 600", "Jordbruk 31 200", "Produktanvändning 2 100"]),
    q("Vilka åtgärder i Selvinges klimatplan är försenade eller har ännu inte startat?", "sv", "list", B, 3,
      ["Publik tankstation för biogas i Selvinge Försenad"],
      "Fyra: tankstationen för biogas och gång- och cykelvägen till Bredsätra är försenade; klimatrådgivningen "
      "till lantbruket och samåkningstjänsten för pendlare är inte påbörjade.",
      items=["Publik tankstation för biogas", "Gång- och cykelväg mellan Selvinge", "Klimatrådgivning till lantbruket",
             "Samåkningstjänst för pendlare"]),
    q("Why has the public biogas station in Selvinge been delayed?", "en", "passage", B, 4,
      ["nätägaren inte kan ansluta stationen till gasnätet förrän den nya ledningen"],
      "The grid owner cannot connect the station to the gas grid until the new pipeline from the digestion plant is "
      "built, which according to the latest schedule will not be until autumn 2028."),
    none("Hur stora var utsläppen från transporter i Selvinge 2019?", "sv"),
    none("Hur stora är de konsumtionsbaserade utsläppen per invånare i Selvinge?", "sv"),
    none("Vilka sektorer i Selvinge har ökat sina utsläpp sedan 2015?", "sv"),
    none("Hur mycket el producerade solcellerna på Selvinges kommunala fastigheter under 2026?", "sv"),

    # ------------------------------------------------------------ (c) Embacka, föreningsbidrag 2027
    q("Hur mycket bidrag får Bergkullens SK av nämnden i Embacka för 2027?", "sv", "figure", C, 2,
      ["3 Bergkullens SK Lokalbidrag Hyra av klubblokal och gym 118 000 96 000 b"],
      "96 000 kr i lokalbidrag, av sökta 118 000 kr.",
      [fig(96000, "kr", "96 000")]),
    q("How much did Ekebygdens Ryttarförening apply for in grants from Embacka?", "en", "figure", C, 2,
      ["4 Ekebygdens Ryttarförening Anläggningsbidrag Nytt underlag i ridbanan 240 000 180 000 c"],
      "240,000 kronor (a facility grant for a new surface in the riding arena); it was granted 180,000 kronor.",
      [fig(240000, "kr", "240 000")]),
    q("Hur mycket fick kulturföreningarna i Embacka sammanlagt i föreningsbidrag för 2027?", "sv", "figure", C, 2,
      ["Summa kultur 247 000 229 000"],
      "229 000 kr, av sökta 247 000 kr.",
      [fig(229000, "kr", "229 000")]),
    q("Hur mycket pengar delar Embackas kultur- och fritidsnämnd ut i föreningsbidrag totalt för 2027?", "sv",
      "figure", C, 1, ["Förvaltningen föreslår att nämnden beviljar 1 088 900 kr"],
      "1 088 900 kr av ramen på 1 100 000 kr; 11 100 kr finns kvar. Föreningarna sökte 1 334 000 kr.",
      [fig(1088900, "kr", "1 088 900")]),
    q("Vilka föreningar i Embacka beviljades mer än 50 000 kr i bidrag för 2027?", "sv", "list", C, 2,
      ["4 Ekebygdens Ryttarförening Anläggningsbidrag Nytt underlag i ridbanan 240 000 180 000 c"],
      "Sju: Embacka IF (172 500 kr), Asknäs IK (64 000), Bergkullens SK (96 000), Ekebygdens Ryttarförening "
      "(180 000), Sjövikens Simsällskap (52 500), Embacka Innebandyklubb (71 400) och Bygdegårdsföreningen "
      "Ekgläntan (84 000).",
      items=["Embacka IF Aktivitetsbidrag", "Asknäs IK Aktivitetsbidrag", "Bergkullens SK Lokalbidrag",
             "Ekebygdens Ryttarförening Anläggningsbidrag", "Sjövikens Simsällskap Aktivitetsbidrag",
             "Embacka Innebandyklubb Aktivitetsbidrag", "Bygdegårdsföreningen Ekgläntan Lokalbidrag"]),
    q("Which sports associations in Embacka were granted less than they applied for?", "en", "list", C, 2,
      ["7 Skidklubben Alvarn Anläggningsbidrag Belysning till nytt elljusspår 95 000 0 a"],
      "Six: Embacka IF, Bergkullens SK, Ekebygdens Ryttarförening, Embacka Innebandyklubb, Skidklubben Alvarn "
      "(rejected, 0 kr) and Bågskytteklubben Saga.",
      items=["Embacka IF Aktivitetsbidrag", "Bergkullens SK Lokalbidrag", "Ekebygdens Ryttarförening Anläggningsbidrag",
             "Embacka Innebandyklubb Aktivitetsbidrag", "Skidklubben Alvarn Anläggningsbidrag",
             "Bågskytteklubben Saga Projektbidrag"]),
    q("Vilka föreningar i Embacka sökte projektbidrag för 2027?", "sv", "list", C, 2,
      ["8 Bågskytteklubben Saga Projektbidrag Prova på-dagar för nybörjare 18 000 12 000 c"],
      "Fyra: Bågskytteklubben Saga, Barnkören Solstrålen, Stödföreningen Axet och Astronomiska föreningen Sirius.",
      items=["Bågskytteklubben Saga Projektbidrag", "Barnkören Solstrålen Projektbidrag",
             "Stödföreningen Axet Projektbidrag", "Astronomiska föreningen Sirius Projektbidrag"]),
    q("Varför fick Skidklubben Alvarn i Embacka inte något bidrag till sin anläggning?", "sv", "passage", C, 1,
      ["klubben har ännu inget arrendeavtal för marken där det nya elljusspåret ska dras"],
      "Klubben har inget arrendeavtal för marken där elljusspåret ska dras, och anläggningsbidrag ges bara till "
      "anläggningar som föreningen äger eller har ett långsiktigt avtal för."),
    none("Hur mycket bidrag fick Embacka IF 2026?", "sv"),
    none("How many members does Bergkullens SK in Embacka have?", "en"),
    none("Vilka föreningar i Embacka fick mer än 250 000 kr i bidrag för 2027?", "sv"),
    none("Vilka föreningar i Embacka har fått startbidrag för 2027?", "sv"),

    # ------------------------------------------------------------ (d) Region Alvmark, primärvårdsrapport 2026
    q("Hur många patienter var listade på Bjälvsta vårdcentral i Region Alvmark vid slutet av 2026?", "sv",
      "figure", D, 2, ["Bjälvsta vårdcentral Region 14 310 14 050 −260 91,6 93,1 82,5 84,0"],
      "14 050 listade patienter, 260 färre än året innan (14 310).",
      [fig(14050, "antal", "14 050")]),
    q("What was the phone accessibility at Esperöd vårdcentral in Region Alvmark the year before 2026?", "en",
      "figure", D, 2, ["Esperöd vårdcentral Region 17 920 18 310 +390 72,3 68,4 70,8 66,2"],
      "72.3 % in 2025; it fell to 68.4 % in 2026, far below the 90 % target.",
      [fig(72.3, "procent", "72,3")]),
    q("Hur många procent av patienterna i Region Alvmark blev bedömda av vården inom tre dagar under 2026?", "sv",
      "figure", D, 1, ["fick en medicinsk bedömning inom tre dagar var 79,3 procent"],
      "79,3 procent, mot 78,8 procent året innan. Målet är 80 procent.",
      [fig(79.3, "procent", "79,3")]),
    q("Hur många invånare totalt var listade hos vårdcentralerna i Region Alvmark när 2026 tog slut?", "sv",
      "figure", D, 1, ["Vid utgången av 2026 var 128 440 invånare listade"],
      "128 440 invånare, jämfört med 125 810 ett år tidigare.",
      [fig(128440, "antal", "128 440")]),
    q("Hur stor andel fick bedömning inom tre dagar på Östmo vårdcentral i Region Alvmark 2026?", "sv", "figure",
      D, 2, ["Östmo vårdcentral Region 13 270 13 020 −250 80,4 83,7 74,6 76,9"],
      "76,9 procent (74,6 procent 2025), under målet på 80 procent.",
      [fig(76.9, "procent", "76,9")]),
    q("Vilka vårdcentraler i Region Alvmark nådde inte målet för telefontillgänglighet 2026?", "sv", "list", D, 2,
      ["Värden för 2026 som inte når målet är markerade med röd fetstil"],
      "Sex: Ambranäs (88,5 %), Båtsjö (86,2), Esperöd (68,4), Brunnsbo (89,9), Skärsta läkargrupp (87,1) och Östmo "
      "(83,7). Målet är 90 procent.",
      items=["Ambranäs vårdcentral Region", "Båtsjö vårdcentral Region", "Esperöd vårdcentral Region",
             "Brunnsbo vårdcentral Region", "Skärsta läkargrupp Privat", "Östmo vårdcentral Region"]),
    q("Which health centres in Region Alvmark saw the share of patients assessed within three days fall from 2025 "
      "to 2026?", "en", "list", D, 2, ["Stenhöga vårdcentral Region 8 430 8 390 −40 90,2 91,5 81,0 80,4"],
      "Four: Båtsjö (85.1 → 81.7 %), Esperöd (70.8 → 66.2), Stenhöga (81.0 → 80.4) and Skärsta läkargrupp "
      "(80.3 → 77.5).",
      items=["Båtsjö vårdcentral Region", "Esperöd vårdcentral Region", "Stenhöga vårdcentral Region",
             "Skärsta läkargrupp Privat"]),
    q("Vilka privata vårdcentraler i Region Alvmark hade fler än 10 000 listade patienter i slutet av 2026?", "sv",
      "list", D, 2, ["Ekeryds läkarhus Privat 11 480 12 360 +880 93,4 94,0 79,2 83,6"],
      "Två: Ekeryds läkarhus (12 360) och Skärsta läkargrupp (10 690).",
      items=["Ekeryds läkarhus Privat", "Skärsta läkargrupp Privat"]),
    q("Varför försämrades tillgängligheten på Esperöd vårdcentral i Region Alvmark?", "sv", "passage", D, 3,
      ["vårdcentralen bytte telefonsystem i mars och saknade samtidigt tre av sju specialister"],
      "Vårdcentralen bytte telefonsystem i mars och saknade samtidigt tre av sju specialister i allmänmedicin, så "
      "många som ringde fick varken tid eller återuppringning samma dag."),
    none("Vad var telefontillgängligheten på Ambranäs vårdcentral i Region Alvmark 2024?", "sv"),
    none("What score did Ålbrunns hälsocentral in Region Alvmark get in the national patient survey?", "en"),
    none("Vilka vårdcentraler i Region Alvmark hade mer än 20 000 listade patienter 2026?", "sv"),

    # ------------------------------------------------------------ (e) Ebbelunda, upphandlingsplan 2027
    q("Vad beräknas upphandlingen av vinterväghållning i Ebbelunda vara värd?", "sv", "figure", E, 2,
      ["7 Vinterväghållning 14 200 2027-11-01 Tekniska förvaltningen"],
      "14 200 tkr för hela avtalstiden; avtalet ska börja gälla 2027-11-01.",
      [fig(14200, "tkr", "14 200")]),
    q("When does the new contract for leasing cars for home care start in Ebbelunda?", "en", "figure", E, 2,
      ["14 Leasing av bilar till hemtjänsten 5 600 2027-09-01"],
      "On 1 September 2027 (2027-09-01); the estimated value is 5,600 tkr.",
      [fig("2027-09-01", "datum", "2027-09-01")]),
    q("Hur stort är det sammanlagda beräknade värdet av alla upphandlingar i Ebbelundas plan för 2027?", "sv",
      "figure", E, 1, ["Planen omfattar 16 upphandlingar med ett sammanlagt beräknat värde av 272 430 tkr"],
      "272 430 tkr för 16 upphandlingar, jämfört med 198 300 tkr för 14 upphandlingar i planen för 2026.",
      [fig(272430, "tkr", "272 430")]),
    q("Hur många upphandlingar fanns med i Ebbelundas upphandlingsplan för 2026?", "sv", "figure", E, 1,
      ["Upphandlingsplanen för 2026 innehöll 14 upphandlingar"],
      "14 upphandlingar till ett värde av 198 300 tkr. Planen för 2027 har 16.",
      [fig(14, "antal", "14")]),
    q("Vilka upphandlingar i Ebbelunda har ett beräknat värde på mer än 10 miljoner kronor?", "sv", "list", E, 2,
      ["4 Skolskjuts 48 000 2027-08-01 Barn- och utbildningsförvaltningen"],
      "Sex: ramavtalet för byggentreprenader (60 000 tkr), städtjänster i skolor (12 800), skolskjuts (48 000), "
      "den nya förskolan i Bergsängen (72 000), livsmedel (36 500) och vinterväghållning (14 200).",
      items=["Ramavtal för byggentreprenader 60 000", "Städtjänster i skolor 12 800", "Skolskjuts 48 000 2027-08-01",
             "Ny förskola i Bergsängen", "Livsmedel till kommunens kök", "Vinterväghållning 14 200 2027-11-01"]),
    q("Vilka av Ebbelundas upphandlingar ska ha avtalsstart före den 1 maj 2027?", "sv", "list", E, 2,
      ["15 Konsulttjänster för ny översiktsplan 650 2027-02-15 Samhällsbyggnadsförvaltningen"],
      "Fem: konsulttjänster för översiktsplanen (2027-02-15), kontorsmaterial (2027-03-01), utbildning i "
      "brandskydd (2027-03-15), ramavtalet för byggentreprenader (2027-04-01) och tolktjänster (2027-04-01).",
      items=["Konsulttjänster för ny översiktsplan", "Kontorsmaterial 1 200 2027-03-01", "Utbildning i brandskydd 480",
             "Ramavtal för byggentreprenader 60 000", "Tolktjänster 1 800 2027-04-01"]),
    q("Vad föreslås kommunstyrelsen i Ebbelunda besluta om upphandlingsplanen?", "sv", "list", E, 1,
      ["ge respektive förvaltningschef rätt att fatta tilldelningsbeslut i upphandlingar"],
      "Att anta planen, att upphandlingar över 10 000 tkr redovisas för kommunstyrelsen innan de annonseras, att "
      "förvaltningscheferna får fatta tilldelningsbeslut upp till 10 000 tkr och att kommundirektören redovisar "
      "hur planen följts i årsredovisningen för 2027.",
      items=["anta upphandlingsplan 2027 enligt tabell", "upphandlingar med ett beräknat värde över",
             "ge respektive förvaltningschef rätt att", "uppdra åt kommundirektören att redovisa"]),
    q("Why is Ebbelunda splitting its food procurement into several parts?", "en", "passage", E, 3,
      ["upphandlingen delas upp i sex delområden"],
      "It is split into six lots – among them dairy, bread, meat and fruit and vegetables – so that smaller local "
      "producers can also bid for part of the range."),
    none("Vilket företag vann upphandlingen av vinterväghållning i Ebbelunda?", "sv"),
    none("What was the total estimated value of Ebbelunda's procurement plan for 2025?", "en"),
    none("Vilka upphandlingar i Ebbelunda får avtalsstart under 2029?", "sv"),
    none("Vilka upphandlingar ansvarar kultur- och fritidsförvaltningen för i Ebbelundas plan?", "sv"),

    # ------------------------------------------------------------ (f) Åkersvik, personalredovisning 2026 (p. 3 scanned)
    q("Hur hög var sjukfrånvaron bland kvinnorna i socialförvaltningen i Åkersvik 2026?", "sv", "figure", F, 3,
      ["Socialförvaltningen 8,9 9,6 5,3 4,7 8,2 8,6 47,9"],
      "9,6 procent av den ordinarie arbetstiden (8,9 procent 2025).",
      [fig(9.6, "procent", "9,6")]),
    q("What was the sick leave among women in Åkersvik municipality as a whole in 2025?", "en", "figure", F, 3,
      ["Hela kommunen 8,3 8,0 4,8 4,8 7,5 7,3 41,8"],
      "8.3 % of ordinary working time in 2025; it fell to 8.0 % in 2026.",
      [fig(8.3, "procent", "8,3")]),
    q("Hur många tillsvidareanställda män arbetade i samhällsbyggnadsförvaltningen i Åkersvik i slutet av 2026?",
      "sv", "figure", F, 2, ["Samhällsbyggnadsförvaltningen 58 96 154 9 150,2 149"],
      "96 män (och 58 kvinnor), sammanlagt 154 tillsvidareanställda.",
      [fig(96, "antal", "96")]),
    q("Hur många årsarbetare hade vård- och omsorgsförvaltningen i Åkersvik 2026?", "sv", "figure", F, 2,
      ["Vård- och omsorgsförvaltningen 694 112 806 131 742,3 781"],
      "742,3 årsarbetare. Förvaltningen hade 806 tillsvidareanställda och 131 visstidsanställda.",
      [fig(742.3, "årsarbetare", "742,3")]),
    q("Vilka förvaltningar i Åkersvik hade en total sjukfrånvaro på över 7 procent 2026?", "sv", "list", F, 3,
      ["Serviceförvaltningen 7,9 7,5 6,6 6,9 7,4 7,2 40,3"],
      "Tre: socialförvaltningen (8,6 procent), vård- och omsorgsförvaltningen (8,7) och serviceförvaltningen (7,2).",
      items=["Socialförvaltningen 8,9 9,6", "Vård- och omsorgsförvaltningen 9,8", "Serviceförvaltningen 7,9 7,5"]),
    q("I vilka förvaltningar i Åkersvik ökade männens sjukfrånvaro mellan 2025 och 2026?", "sv", "list", F, 3,
      ["Kultur- och fritidsförvaltningen 6,3 7,2 3,9 4,4 5,4 6,1 35,0"],
      "Fyra: kommunledningsförvaltningen (2,8 → 3,1), barn- och utbildningsförvaltningen (4,1 → 4,6), kultur- och "
      "fritidsförvaltningen (3,9 → 4,4) och serviceförvaltningen (6,6 → 6,9).",
      items=["Kommunledningsförvaltningen 5,2 4,6", "Barn- och utbildningsförvaltningen 7,4",
             "Kultur- och fritidsförvaltningen 6,3", "Serviceförvaltningen 7,9 7,5"]),
    q("Which administrations in Åkersvik had more than 200 permanent employees at the end of 2026?", "en", "list",
      F, 2, ["Vård- och omsorgsförvaltningen 694 112 806 131 742,3 781"],
      "Four: Barn- och utbildningsförvaltningen (760), Socialförvaltningen (209), Vård- och omsorgsförvaltningen "
      "(806) and Serviceförvaltningen (209).",
      items=["Barn- och utbildningsförvaltningen 612 148", "Socialförvaltningen 168 41 209",
             "Vård- och omsorgsförvaltningen 694 112", "Serviceförvaltningen 121 88 209"]),
    q("Vad förklarar att socialförvaltningen i Åkersvik fick högre sjukfrånvaro?", "sv", "passage", F, 4,
      ["flera socialsekreterare i barn- och ungdomsgruppen har varit långtidssjukskrivna"],
      "Flera socialsekreterare i barn- och ungdomsgruppen har varit långtidssjukskrivna efter en period med många "
      "vakanta tjänster och hög arbetsbelastning."),
    none("Hur hög var sjukfrånvaron i vård- och omsorgsförvaltningen i Åkersvik 2024?", "sv"),
    none("How much did sick pay cost Åkersvik municipality in 2026?", "en"),
    none("Hur många timanställda hade Åkersviks kommun i december 2026?", "sv"),
    none("Vilka förvaltningar i Åkersvik hade fler än 1 000 tillsvidareanställda 2026?", "sv"),
]


def main():
    assert len(Q) == 72, len(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"t{50000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
