"""Table rows and list items of the six synthetic10 documents. The build scripts draw from these and
check.py recomputes the expected items of every list question from them."""

# ---------------------------------------------------------------- (a) Mörtsunda, VON verksamhetsplan 2026
# (nämndmål, [(indikator, utfall 2024, utfall 2025, målvärde 2026, good) ...]); good = +1 if a higher value
# is better, -1 if a lower value is better. The trend arrow compares 2025 with 2024.
A_MAL = [
    ("Mål 1. Den enskilde har inflytande över sin vård och omsorg", [
        ("Andel brukare i hemtjänsten som upplever att personalen tar hänsyn till deras åsikter, %",
         "84", "81", "88", 1),
        ("Andel brukare i särskilt boende som kan påverka tider för insatser, %", "62", "66", "70", 1),
        ("Andel genomförandeplaner som upprättas inom 14 dagar från beslut, %", "71", "79", "90", 1),
    ]),
    ("Mål 2. Äldre kan bo kvar hemma med god livskvalitet", [
        ("Genomsnittligt antal personal som en hemtjänsttagare möter under 14 dagar", "16", "17", "13", -1),
        ("Väntetid till särskilt boende från ansökan till erbjudande, medelvärde dagar", "74", "58", "45", -1),
        ("Andel invånare 80 år och äldre som bor i ordinärt boende, %", "91,2", "91,2", "92,0", 1),
    ]),
    ("Mål 3. Personer med LSS-insatser har en meningsfull vardag", [
        ("Andel deltagare i daglig verksamhet som gått vidare till praktik eller arbete, %", "4,1", "6,3",
         "8,0", 1),
        ("Andel brukare i bostad med särskild service som trivs i sitt hem, %", "88", "85", "90", 1),
        ("Antal ej verkställda beslut om bostad med särskild service", "9", "12", "4", -1),
    ]),
    ("Mål 4. Resurserna används effektivt", [
        ("Kostnad per brukare i hemtjänsten, tkr", "312", "326", "320", -1),
        ("Andel av hemtjänstens arbetstid som är brukarnära, %", "58,4", "61,0", "65,0", 1),
        ("Nettokostnadsavvikelse för äldreomsorgen mot referenskostnad, %", "6,8", "4,9", "2,0", -1),
    ]),
    ("Mål 5. Medarbetarna har god arbetsmiljö och rätt kompetens", [
        ("Sjukfrånvaro bland tillsvidareanställda, % av ordinarie arbetstid", "9,4", "8,7", "7,5", -1),
        ("Andel undersköterskor med skyddad yrkestitel, %", "68", "77", "85", 1),
        ("Personalomsättning bland tillsvidareanställda, %", "11,2", "12,5", "9,0", -1),
    ]),
]
A_TREND_LEGEND = {"↑": "förbättring", "↓": "försämring", "→": "oförändrat"}


def num(s):
    return float(s.replace(" ", "").replace(",", ".").replace("\u2212", "-"))


def a_trend(u24, u25, good):
    d = num(u25) - num(u24)
    if abs(d) < 1e-9:
        return "→"
    return "↑" if d * good > 0 else "↓"


def a_indicators():
    """Flat rows: (mål, indikator, utfall 2024, utfall 2025, målvärde 2026, trend)."""
    return [(m, ind, u24, u25, mv, a_trend(u24, u25, g)) for m, inds in A_MAL for ind, u24, u25, mv, g in inds]


A_PRIO = [
    "Färre personer runt varje brukare i hemtjänsten genom mindre arbetslag med fasta områden.",
    "Kortare väntetid till särskilt boende när de 24 nya platserna på Ekbrinken öppnar i oktober.",
    "Heltid som norm: alla nyanställda undersköterskor erbjuds heltidsanställning.",
    "Välfärdsteknik i form av digital tillsyn nattetid för alla som önskar det.",
    "En samlad plan för bostäder med särskild service enligt LSS fram till 2030.",
]

# ---------------------------------------------------------------- (b) Fjärdhamra, åtgärdsplan energi
# (åtgärd, ansvar, klart senast (ISO), datumformat "iso"|"text", kostnad tkr or None, status)
B_ATG = [
    ("Byta till LED-belysning med närvarostyrning i Västerbyns idrottshall", "Fastighetsavdelningen",
     "2026-03-31", "iso", 1450, "Genomförd"),
    ("Installera solceller på taket till Ekelundsskolan", "Fastighetsavdelningen", "2026-09-30", "text", 2800,
     "Pågår"),
    ("Injustera värmesystemen i samtliga förskolor", "Fastighetsavdelningen", "2026-06-30", "iso", 620, "Pågår"),
    ("Byta ventilationsaggregat med värmeåtervinning i stadshuset", "Fastighetsavdelningen", "2027-06-30", "iso",
     4200, "Ej påbörjad"),
    ("Ansluta Hagmarkens förskola till fjärrvärmenätet", "Fjärdhamra Energi AB", "2026-12-31", "text", 950,
     "Försenad"),
    ("Införa timvis mätning av el och värme i alla kommunala lokaler", "Fjärdhamra Energi AB", "2026-12-31", "iso",
     1100, "Pågår"),
    ("Ställa krav på energiprestanda i ramavtalen för vitvaror och storköksutrustning", "Upphandlingsenheten",
     "2026-04-30", "iso", None, "Genomförd"),
    ("Byta frysrum och kylar i centralköket mot aggregat med naturliga köldmedier", "Kostenheten", "2027-03-31",
     "text", 1850, "Ej påbörjad"),
    ("Utbilda vaktmästare och driftpersonal i energieffektiv drift", "Fastighetsavdelningen", "2026-10-31", "iso",
     180, "Pågår"),
    ("Se över drifttiderna för ventilationen i skolor under lov och helger", "Fastighetsavdelningen",
     "2026-05-31", "iso", None, "Genomförd"),
    ("Tilläggsisolera vindsbjälklaget i Gamla tingshuset", "Fastighetsavdelningen", "2027-06-30", "text", 760,
     "Ej påbörjad"),
    ("Avveckla de två inhyrda skolpaviljongerna vid Backaskolan", "Lokalförsörjningsenheten", "2027-08-15", "iso",
     None, "Pågår"),
    ("Samlokalisera hemtjänstens två baser i en gemensam lokal", "Lokalförsörjningsenheten", "2027-12-31", "text",
     350, "Ej påbörjad"),
    ("Ersätta den sista oljepannan i Bergsätra fritidsgård med bergvärme", "Fastighetsavdelningen", "2026-11-30",
     "iso", 1300, "Försenad"),
    ("Ta fram en plan för laddinfrastruktur vid kommunens arbetsplatser", "Miljöstrategen", "2026-09-30", "iso", 90,
     "Pågår"),
    ("Installera laddpunkter för kommunens fordon vid stadshuset och förrådet", "Fjärdhamra Energi AB",
     "2027-03-31", "text", 1600, "Ej påbörjad"),
    ("Stänga av servrar och nätverksutrustning nattetid där det är möjligt", "IT-avdelningen", "2026-06-30", "iso",
     40, "Genomförd"),
    ("Byta cirkulationspumpar och filter i simhallens reningsverk", "Fastighetsavdelningen", "2027-03-31", "iso",
     680, "Försenad"),
    ("Genomföra energikartläggning av de tio lokaler som har högst energianvändning", "Miljöstrategen",
     "2026-02-28", "iso", 240, "Genomförd"),
    ("Rapportera energianvändningen till kommunstyrelsen två gånger per år", "Miljöstrategen", "2028-12-31",
     "text", None, "Pågår"),
]
B_STATUS = ["Genomförd", "Pågår", "Ej påbörjad", "Försenad"]


def b_total():
    return sum(r[4] for r in B_ATG if r[4])


# energikostnad per verksamhet, tkr: (verksamhet, 2023, 2024, 2025)
B_KOST = [
    ("Grundskolor", 9840, 9120, 8760),
    ("Förskolor", 3310, 3190, 3050),
    ("Särskilda boenden", 4270, 4390, 4180),
    ("Idrottshallar och simhall", 5620, 5480, 5010),
    ("Förvaltningslokaler", 2150, 2060, 1940),
]

# ---------------------------------------------------------------- (c) Region Lidhälla, revisionsrapport
C_REK = [
    "Fastställa mål för de digitala vårdmötena som går att följa upp, både för tillgänglighet och för medicinsk "
    "kvalitet, och se till att målen bryts ned till vårdcentralerna.",
    "Säkerställa att hälso- och sjukvårdsnämnden minst två gånger per år får en samlad redovisning av de "
    "digitala vårdmötenas omfattning, kostnader och patientsäkerhet.",
    "Ta fram en gemensam rutin för när ett digitalt vårdmöte ska övergå till ett fysiskt besök och följa upp att "
    "rutinen tillämpas.",
    "Följa upp avtalen med de externa digitala vårdgivarna, särskilt hur ofta deras patienter hänvisas vidare till "
    "regionens egna vårdcentraler.",
    "Utreda varför andelen digitala besök skiljer sig så mycket mellan vårdcentralerna och sprida de arbetssätt "
    "som fungerar väl.",
    "Säkerställa att invånare som saknar e-legitimation eller digital vana har likvärdig tillgång till vård, "
    "exempelvis genom telefonrådgivning med återuppringning.",
    "Komplettera riskanalysen för informationssäkerhet i den digitala plattformen och besluta om åtgärder för de "
    "risker som har bedömts som höga.",
]
# (revisionsfråga, svar)
C_FRAGOR = [
    ("Finns det av regionfullmäktige eller nämnden fastställda mål för de digitala vårdmötena?", "Delvis"),
    ("Är målen uppföljningsbara och nedbrutna till vårdcentralsnivå?", "Nej"),
    ("Finns det en tydlig ansvarsfördelning mellan regionstyrelsen och hälso- och sjukvårdsnämnden?", "Ja"),
    ("Får nämnden regelbunden återrapportering om omfattning och kostnader?", "Delvis"),
    ("Följs den medicinska kvaliteten och patientsäkerheten i de digitala vårdmötena upp?", "Nej"),
    ("Finns det rutiner för övergång från digitalt till fysiskt vårdmöte?", "Delvis"),
    ("Följs avtalen med externa digitala vårdgivare upp på ett ändamålsenligt sätt?", "Nej"),
    ("Har regionen analyserat hur de digitala vårdmötena påverkar jämlik tillgång till vård?", "Delvis"),
    ("Finns det en aktuell riskanalys för informationssäkerheten i plattformen?", "Ja"),
    ("Har personalen fått utbildning i att genomföra digitala vårdmöten?", "Ja"),
]

# ---------------------------------------------------------------- (d) Tranemåla, KS-protokoll 2026-06-08
# kind: "ks" = kommunstyrelsen beslutar, "kf" = kommunstyrelsen föreslår kommunfullmäktige besluta
D_PARA = [
    dict(nr=84, title="Val av justerare och tid för justering", dnr="", kind="ks", underlag=[],
         text=[],
         att=["utse Sara Nordin (C) att jämte ordföranden justera dagens protokoll,",
              "justeringen ska ske på kommunledningskontoret torsdagen den 11 juni 2026 klockan 14.00."],
         exp=["Kommunledningskontoret, för kännedom"]),
    dict(nr=85, title="Ekonomisk uppföljning per april 2026", dnr="Dnr KS 2026/0154", kind="ks",
         underlag=["Tjänsteskrivelse från ekonomichefen 2026-05-20",
                   "Ekonomisk uppföljning per april 2026, sammanställning"],
         text=["Ekonomienheten har sammanställt nämndernas uppföljningar per den 30 april. Helårsprognosen för "
               "kommunen visar ett resultat på −6,8 mnkr, att jämföra med det budgeterade resultatet på 12,0 mnkr. "
               "Barn- och utbildningsnämnden prognostiserar ett underskott på 9,4 mnkr och socialnämnden ett "
               "underskott på 7,1 mnkr, medan tekniska nämnden räknar med ett överskott på 1,3 mnkr."],
         att=["godkänna den ekonomiska uppföljningen per april 2026,",
              "uppmana barn- och utbildningsnämnden och socialnämnden att vidta åtgärder för att nå en budget i balans,",
              "nämnderna senast den 15 september 2026 ska redovisa vilka åtgärder som har vidtagits och deras "
              "ekonomiska effekt,",
              "ge kommundirektören i uppdrag att tills vidare begränsa nyrekryteringar inom administrationen."],
         exp=["Barn- och utbildningsnämnden, för åtgärd", "Socialnämnden, för åtgärd",
              "Ekonomichef Lena Sjöberg, för kännedom", "Samtliga nämnder, för kännedom"]),
    dict(nr=86, title="Tilläggsanslag för ombyggnad av brandstationen i Tranemåla", dnr="Dnr KS 2026/0098",
         kind="kf",
         underlag=["Tjänsteskrivelse från samhällsbyggnadschefen 2026-05-12"],
         text=["Kommunfullmäktige beslutade i november 2025 om en investeringsram på 11,5 mnkr för ombyggnaden av "
               "brandstationen. Efter upphandlingen står det klart att ombyggnaden kommer att kosta 15,1 mnkr, "
               "främst på grund av krav på separata omklädningsrum och rena zoner för räddningspersonalen. "
               "Förvaltningen föreslår därför ett tilläggsanslag på 3,6 mnkr."],
         att=["bevilja ett tilläggsanslag på 3,6 mnkr för ombyggnaden av brandstationen,",
              "tilläggsanslaget finansieras genom att ombyggnaden av Kyrkängens omklädningsbyggnad skjuts till 2027."],
         exp=["Kommunfullmäktige, för beslut", "Samhällsbyggnadsförvaltningen, för kännedom",
              "Räddningschef Mikael Holm, för kännedom", "Ekonomienheten, för kännedom"]),
    dict(nr=87, title="Detaljplan för bostäder vid Skogsbrynet, etapp 2 – antagande", dnr="Dnr KS 2024/0311",
         kind="kf",
         underlag=["Planbeskrivning och plankarta daterade 2026-04-28", "Granskningsutlåtande 2026-04-28"],
         text=["Detaljplanen möjliggör cirka 85 bostäder i form av radhus och flerbostadshus samt en förskola med "
               "sex avdelningar. Planen har varit utställd för granskning mellan den 2 mars och den 23 mars 2026. "
               "Elva yttranden har kommit in, varav tre med synpunkter som har lett till mindre justeringar av "
               "plankartan."],
         att=["anta detaljplanen för bostäder vid Skogsbrynet, etapp 2."],
         exp=["Kommunfullmäktige, för beslut", "Plan- och byggenheten, för kännedom"]),
    dict(nr=88, title="Revidering av kommunens riktlinjer för representation", dnr="Dnr KS 2026/0120", kind="kf",
         underlag=["Förslag till reviderade riktlinjer för representation 2026-05-04"],
         text=["Riktlinjerna har setts över med anledning av nya skatteregler. Det högsta beloppet för intern "
               "representation höjs från 300 kronor till 450 kronor per person och tillfälle. Alkohol får inte "
               "förekomma vid intern representation."],
         att=["anta de reviderade riktlinjerna för representation,",
              "riktlinjerna gäller från och med den 1 juli 2026."],
         exp=["Kommunfullmäktige, för beslut", "Samtliga förvaltningar, för kännedom"]),
    dict(nr=89, title="Medborgarförslag om konstgräsplan i Kärrbyn", dnr="Dnr KS 2025/0402", kind="ks",
         underlag=["Medborgarförslag inkommet 2025-10-03", "Yttrande från kultur- och fritidsnämnden 2026-04-15"],
         text=["I ett medborgarförslag föreslås att kommunen anlägger en konstgräsplan i Kärrbyn så att "
               "föreningarna kan träna även under vinterhalvåret. Kultur- och fritidsnämnden har yttrat sig över "
               "förslaget.",
               "Nämnden konstaterar att kommunens befintliga konstgräsplan vid Tranemålavallen i dag bara används "
               "till 62 procent av den tillgängliga tiden under vintersäsongen och att en ny plan skulle kosta "
               "omkring 9 mnkr att anlägga. Nämnden bedömer att behovet i stället kan mötas genom att föreningarna "
               "i Kärrbyn får förtur till kvällstider på den befintliga planen och att kommunen ordnar "
               "samåkning för de yngre lagen."],
         att=["avslå medborgarförslaget med hänvisning till kultur- och fritidsnämndens yttrande."],
         exp=["Förslagsställaren, för kännedom", "Kultur- och fritidsnämnden, för kännedom"]),
    dict(nr=90, title="Avsiktsförklaring om utbyggnad av bredband på landsbygden", dnr="Dnr KS 2026/0177",
         kind="ks",
         underlag=["Förslag till avsiktsförklaring med Tranemåla Stadsnät AB"],
         text=["Det kommunala bolaget Tranemåla Stadsnät AB har erbjudit sig att bygga ut fiber till de cirka 340 "
               "hushåll på landsbygden som ännu saknar anslutning. Kommunen föreslås bidra med 2,5 mnkr fördelat på "
               "åren 2027 och 2028."],
         att=["godkänna avsiktsförklaringen med Tranemåla Stadsnät AB,",
              "avsätta 2,5 mnkr i budgetberedningen för 2027 och 2028,",
              "uppdra åt kommundirektören att underteckna avsiktsförklaringen."],
         exp=["Tranemåla Stadsnät AB, för kännedom", "Kommundirektör Per Alm, för åtgärd",
              "Ekonomienheten, för kännedom"]),
    dict(nr=91, title="Redovisning av delegationsbeslut och meddelanden", dnr="", kind="ks",
         underlag=["Förteckning över delegationsbeslut fattade 2026-04-20–2026-05-29"],
         text=["Förteckningen över delegationsbeslut och inkomna meddelanden redovisas för kommunstyrelsen."],
         att=["lägga redovisningen av delegationsbeslut och meddelanden till handlingarna."],
         exp=["Kommunledningskontoret, för kännedom"]),
]
D_LEAD = {"ks": "Kommunstyrelsen beslutar",
          "kf": "Kommunstyrelsen föreslår kommunfullmäktige besluta"}

# ---------------------------------------------------------------- (e) Ödeshärad, budget 2026 plan 2027–2028
# driftbudget per nämnd, mnkr (budget 2026, plan 2027, plan 2028), net costs
E_NAMND = [
    ("Kommunfullmäktige och revision", 9.8, 10.0, 10.2),
    ("Kommunstyrelsen", 168.4, 171.9, 175.3),
    ("Barn- och utbildningsnämnden", 742.6, 758.1, 771.9),
    ("Socialnämnden", 583.7, 602.4, 619.8),
    ("Tekniska nämnden", 61.2, 63.0, 64.1),
    ("Kultur- och fritidsnämnden", 54.9, 55.6, 56.3),
    ("Miljö- och byggnadsnämnden", 14.3, 14.1, 14.6),
    ("Överförmyndarnämnden", 5.2, 5.3, 5.4),
]


def e_summa():
    return tuple(round(sum(r[i] for r in E_NAMND), 1) for i in (1, 2, 3))


E_SKATT = (1937.2, 1996.0, 2058.4)       # skatteintäkter och generella statsbidrag
E_AVSKR = (71.5, 76.8, 80.2)             # avskrivningar
E_FINANS = (-18.6, -21.3, -22.9)         # finansnetto
E_RESULTAT = (21.4, 28.9, 34.2)          # årets resultat


def e_pension():
    """Pensioner och övriga gemensamma kostnader (plug so that the result adds up)."""
    s = e_summa()
    return tuple(round(E_SKATT[i] - s[i] - E_AVSKR[i] + E_FINANS[i] - E_RESULTAT[i], 1) for i in range(3))


# finansiella nyckeltal: (nyckeltal, [utfall 2024, prognos 2025, budget 2026, plan 2027, plan 2028]) as printed
E_NYCKEL = [
    ("Årets resultat", ["−3,2 mnkr", "9,6 mnkr", "21,4 mnkr", "28,9 mnkr", "34,2 mnkr"]),
    ("Resultat i förhållande till skatteintäkter och generella statsbidrag",
     ["−0,2 %", "0,5 %", "1,1 %", "1,4 %", "1,7 %"]),
    ("Nettokostnadsutveckling", ["5,8 %", "4,1 %", "3,2 %", "2,6 %", "2,9 %"]),
    ("Utveckling av skatteintäkter och statsbidrag", ["4,6 %", "4,4 %", "3,7 %", "3,0 %", "3,1 %"]),
    ("Nettoinvesteringar", ["182,7 mnkr", "164,0 mnkr", "148,5 mnkr", "121,0 mnkr", "96,5 mnkr"]),
    ("Självfinansieringsgrad av investeringar", ["37 %", "51 %", "63 %", "87 %", "119 %"]),
    ("Soliditet inklusive hela pensionsåtagandet", ["10,9 %", "11,6 %", "12,5 %", "13,4 %", "14,6 %"]),
    ("Låneskuld", ["812,0 mnkr", "868,0 mnkr", "905,0 mnkr", "920,0 mnkr", "915,0 mnkr"]),
]
# investeringar, mnkr: (projekt, nämnd, 2026, 2027, 2028); 0 is printed as "–"
E_INV = [
    ("Ny förskola i Granbyn, sex avdelningar", "Barn- och utbildningsnämnden", 38.0, 12.0, 0),
    ("Om- och tillbyggnad av Nyängsskolan", "Barn- och utbildningsnämnden", 21.5, 30.0, 18.0),
    ("Inventarier och digitala verktyg i skolan", "Barn- och utbildningsnämnden", 4.5, 4.5, 4.5),
    ("Nytt gruppboende enligt LSS i Ödeshärad centrum", "Socialnämnden", 9.0, 16.5, 0),
    ("Välfärdsteknik inom äldreomsorgen", "Socialnämnden", 2.5, 2.0, 2.0),
    ("Reinvestering i gator och broar", "Tekniska nämnden", 14.0, 14.0, 15.0),
    ("Gång- och cykelväg längs Sjögatan", "Tekniska nämnden", 6.5, 0, 0),
    ("Energieffektivisering i kommunens fastigheter", "Tekniska nämnden", 8.0, 8.0, 8.0),
    ("Nytt ventilationssystem i kommunhuset", "Tekniska nämnden", 0, 5.5, 9.0),
    ("Konstgräsplan vid Ekvallen", "Kultur- och fritidsnämnden", 7.5, 0, 0),
    ("Upprustning av badplatser och spår", "Kultur- och fritidsnämnden", 1.5, 1.5, 2.0),
    ("Verksamhetssystem och IT-infrastruktur", "Kommunstyrelsen", 12.0, 9.0, 8.0),
    ("Strategiska markförvärv", "Kommunstyrelsen", 10.0, 10.0, 10.0),
    ("Övriga reinvesteringar", "Kommunstyrelsen", 13.5, 8.0, 20.0),
]


def e_inv_summa():
    return tuple(round(sum(r[i] for r in E_INV), 1) for i in (2, 3, 4))


E_MAL = [
    "Årets resultat ska uppgå till minst 1,0 procent av skatteintäkter och generella statsbidrag varje år "
    "och till minst 1,5 procent i genomsnitt under perioden 2026–2030.",
    "Investeringarna ska över en rullande femårsperiod finansieras med minst 70 procent egna medel.",
    "Låneskulden får inte överstiga 950 mnkr under planperioden.",
]

# ---------------------------------------------------------------- (f) Hovlinge, fritids- och föreningsprogram
# focus areas: (heading, intro, bullets); two go in the left column, two in the right one
F_FOKUS = [
    ("Fokusområde 1 Barn och unga i rörelse",
     "Fler barn och unga ska röra sig minst en timme om dagen.",
     ["Öppna idrottshallarna för spontanidrott på fredagskvällar",
      "Ge extra aktivitetsstöd till föreningar som når flickor 13–16 år",
      "Erbjuda lovaktiviteter utan kostnad under sommar-, höst- och sportlov",
      "Samarbeta med skolorna om en rörelsevecka varje termin"]),
    ("Fokusområde 2 Ett jämlikt föreningsliv",
     "Alla ska kunna delta oavsett bakgrund, funktionsförmåga eller ekonomi.",
     ["Inrätta en fritidsbank där barn lånar utrustning gratis",
      "Ställa krav på en plan för trygghet och likabehandling i varje förening",
      "Stödja parasportverksamhet med ett särskilt utvecklingsbidrag"]),
    ("Fokusområde 3 Mötesplatser i hela kommunen",
     None,
     ["Rusta upp bygdegårdarna i Ståltorp och Norrvalla med nya lokalbidrag",
      "Hålla fritidsgården i Hovlinge centrum öppen fyra kvällar i veckan",
      "Pröva mobil fritidsverksamhet i de mindre byarna under sommaren",
      "Göra kommunens lokaler bokningsbara digitalt för föreningar och privatpersoner",
      "Anlägga en aktivitetspark vid Hovlinge strand"]),
    ("Fokusområde 4 Ideella krafter",
     None,
     ["Erbjuda utbildning för ledare och styrelser i samarbete med studieförbunden",
      "Dela ut ett årligt ledarstipendium på 10 000 kronor",
      "Förenkla ansökan och redovisning av bidrag i en e-tjänst"]),
]
# bidrag per förening: (förening, bidragsform, beviljat 2025 kr, beviljat 2026 kr)
F_BIDRAG = [
    ("Hovlinge IF", "Verksamhetsbidrag", 184000, 207000),
    ("Hovlinge Ryttarförening", "Lokalbidrag", 96000, 92930),
    ("IK Ståltorp", "Aktivitetsstöd", 58400, 61300),
    ("Hovlinge Konstförening", "Arrangemangsbidrag", 22000, 22000),
    ("PRO Hovlinge", "Verksamhetsbidrag", 31500, 28000),
    ("Scoutkåren Fyrbåken", "Lokalbidrag", 44000, 48400),
    ("Ståltorps Bygdeförening", "Lokalbidrag", 67000, 71020),
    ("Hovlinge Simsällskap", "Aktivitetsstöd", 73600, 69920),
    ("Föreningen Brobyggarna", "Verksamhetsbidrag", 40000, 52000),
    ("Hovlinge Schackklubb", "Aktivitetsstöd", 9800, 11200),
    ("Kulturföreningen Gnistan", "Arrangemangsbidrag", 35000, 42000),
    ("Norrvalla Hembygdsförening", "Lokalbidrag", 52000, 50000),
    ("Friluftsfrämjandet Hovlinge", "Aktivitetsstöd", 27500, 30800),
    ("Hovlinge Bågskytteklubb", "Verksamhetsbidrag", 15000, 13500),
    ("Fritidsföreningen Kulan", "Verksamhetsbidrag", 120000, 126000),
    ("Hovlinge Musiksällskap", "Arrangemangsbidrag", 18000, 18000),
]


def f_change(old, new):
    """Change in percent, one decimal."""
    return round((new / old - 1) * 100 + 1e-9, 1)


def f_totals():
    return sum(r[2] for r in F_BIDRAG), sum(r[3] for r in F_BIDRAG)
