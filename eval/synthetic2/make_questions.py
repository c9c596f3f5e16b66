"""Writes ../heldout_syn2.jsonl: 40 gold questions about the five PDFs in this folder.

Ids are assigned in order (y001..y040). Run check.py afterwards.
"""
import json
from pathlib import Path

A = "sjovalla-arsredovisning-2025.pdf"
B = "region-fjallmark-revisionsrapport-inhyrd-personal-2025.pdf"
C = "ulvsjo-sbn-internkontrollplan-2026.pdf"
D = "tallmora-investeringsplan-2026-2029.pdf"
E = "ekeslatt-sn-verksamhetsberattelse-2025.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def Q(question, lang, type_, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type_, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


QS = [
    # ------------------------------------------------------------ A Sjövalla årsredovisning
    Q("Hur stort blev Sjövalla kommuns balanskravsresultat för 2025?", "sv", "figure", A, 3,
      ["Balanskravsresultatet uppgår därmed till 2,5 mnkr"],
      "Balanskravsresultatet blev 2,5 mnkr (årets resultat 27,4 mnkr justerat för realisationsvinster och "
      "orealiserade vinster i värdepapper).",
      [fig(2.5, "mnkr", "2,5 mnkr")]),
    Q("How large was Sjövalla municipality's loan debt at the end of 2023?", "en", "figure", A, 2,
      ["Låneskuld 31 december (mnkr) 620,0 700,0 860,0"],
      "860,0 mnkr (31 December 2023).",
      [fig(860.0, "mnkr", "860,0")]),
    Q("Med hur mycket överskred Sjövalla kommuns verksamhetskostnader budgeten 2025?", "sv", "figure", A, 4,
      ["Verksamhetens kostnader överskred budget med 63,6 mnkr"],
      "Med 63,6 mnkr: utfallet blev -2 031,6 mnkr mot en budget på -1 968,0 mnkr.",
      [fig(63.6, "mnkr", "63,6 mnkr")]),
    Q("Vilka av de finansiella målen klarade Sjövalla kommun under 2025?", "sv", "list", A, 3,
      ["Målet om en självfinansieringsgrad av investeringarna på minst 70 procent uppnåddes"],
      "Två av tre mål nåddes: självfinansieringsgraden (79 procent mot minst 70) och låneskuldsmålet "
      "(935,0 mnkr mot högst 1 000 mnkr). Resultatmålet på 2,0 procent nåddes inte.",
      items=["Målet om en självfinansieringsgrad av investeringarna",
             "Målet om att låneskulden inte ska överstiga"]),
    Q("Vilka av Sjövalla kommuns största investeringar under 2025 kostade mer än 15 miljoner kronor?", "sv",
      "list", A, 6,
      ["De största genomförda investeringarna under året var ombyggnaden av Kyrkbyskolans kök"],
      "Ombyggnaden av Kyrkbyskolans kök och matsal (18,6 mnkr) och den nya huvudvattenledningen till "
      "Strandängen (24,3 mnkr).",
      items=["ombyggnaden av Kyrkbyskolans kök och matsal", "ny huvudvattenledning till Strandängen"]),
    Q("Why did Sjövalla municipality invest less than budgeted in 2025?", "en", "passage", A, 6,
      ["byggstarten för det nya äldreboendet Tallbacken senarelades till våren 2026"],
      "Net investments were 154,9 mnkr, 72 percent of the 215,0 mnkr budget, mainly because construction "
      "of the new Tallbacken care home was postponed to spring 2026 after a zoning decision was appealed."),
    Q("Vad var Sjövalla kommuns soliditet inklusive pensionsåtaganden år 2020?", "sv", "none"),
    Q("Hur stort resultat redovisade Sjövalla Hamn och Näringsliv AB för 2025?", "sv", "none"),

    # ------------------------------------------------------------ B Region Fjällmark revisionsrapport
    Q("Hur mycket kostade inhyrd personal Region Fjällmark under 2024?", "sv", "figure", B, 2,
      ["Regionens kostnader för inhyrd personal uppgick till 287,6 mnkr under 2024"],
      "287,6 mnkr, vilket motsvarar 7,9 procent av kostnaderna för egen personal inom hälso- och sjukvården.",
      [fig(287.6, "mnkr", "287,6 mnkr")]),
    Q("By what date do Region Fjällmark's auditors want a written response to their report on agency "
      "staff?", "en", "figure", B, 5,
      ["begär ett skriftligt yttrande senast 2026-01-31"],
      "By 31 January 2026 (2026-01-31).",
      [fig("2026-01-31", "datum", "2026-01-31")]),
    Q("Vilka kontrollmål bedömde revisorerna som ej uppfyllda i granskningen av inhyrd personal i Region "
      "Fjällmark?", "sv", "list", B, 5,
      ["Beställningar av inhyrd personal görs enligt gällande ramavtal och beställningsrutin Ej uppfyllt"],
      "Två kontrollmål: att beställningar görs enligt ramavtal och beställningsrutin, och att den interna "
      "kontrollen av fakturor för inhyrd personal är tillräcklig.",
      items=["Beställningar av inhyrd personal görs enligt gällande ramavtal",
             "Den interna kontrollen av fakturor avseende inhyrd personal"]),
    Q("Vilka kontrollmål ansåg revisorerna bara delvis uppfyllda när de granskade Region Fjällmarks "
      "användning av inhyrd personal?", "sv", "list", B, 5,
      ["Av sju kontrollmål bedöms två som uppfyllda, tre som delvis uppfyllda"],
      "Tre: mål och riktlinjer för inhyrd personal, uppföljning och rapportering av kostnader och volymer "
      "till nämnden, samt nämndens åtgärder för att minska beroendet.",
      items=["Det finns tydliga mål och riktlinjer för",
             "Kostnader och volymer för inhyrd personal följs",
             "Nämnden har vidtagit tillräckliga åtgärder för att minska"]),
    Q("Vad rekommenderar revisorerna att regionstyrelsen i Region Fjällmark gör när det gäller inhyrd "
      "personal?", "sv", "list", B, 2,
      ["Vi rekommenderar vidare regionstyrelsen att"],
      "Begära återrapportering från hälso- och sjukvårdsnämnden senast vid årsredovisningen 2025, se över "
      "om den centrala bemanningsenheten kan utökas, och säkerställa att upphandlingsfunktionen följer upp "
      "leverantörernas avtalstrohet minst två gånger per år.",
      items=["inom ramen för sin uppsiktsplikt begära en återrapportering",
             "se över om regionens centrala bemanningsenhet kan utökas",
             "säkerställa att regionens upphandlingsfunktion följer upp leverantörernas avtalstrohet"]),
    Q("Vad visade revisorernas stickprov på fakturor för inhyrd personal i Region Fjällmark?", "sv",
      "passage", B, 4,
      ["Av de 40 fakturor som ingick i stickprovet avsåg 9 fakturor"],
      "9 av 40 fakturor (22,5 procent, sammanlagt 3,8 mnkr) gällde bemanningsföretag som regionen saknar "
      "avtal med; läkartimpriserna var i snitt 38 procent högre och i sju fall saknades dokumentation."),
    Q("Vad är revisorernas samlade bedömning av hälso- och sjukvårdsnämndens styrning av inhyrd personal i "
      "Region Fjällmark?", "sv", "passage", B, 2,
      ["Vår samlade bedömning är att hälso- och sjukvårdsnämnden delvis har säkerställt en"],
      "Nämnden har bara delvis säkerställt en ändamålsenlig styrning och tillräcklig intern kontroll: "
      "ansvarsfördelningen är tydlig, men beställningar görs utanför ramavtal, fakturor kontrolleras inte mot "
      "avtalade priser och volymer i timmar rapporteras inte."),
    Q("Hur mycket betalade Region Fjällmark för inhyrda läkare under 2024?", "sv", "none"),
    Q("Vad kostade granskningen av inhyrd personal som Nordkvist Revision AB gjorde åt Region Fjällmark?",
      "sv", "none"),

    # ------------------------------------------------------------ C Ulvsjö internkontrollplan
    Q("Vilket riskvärde har risken att investeringsprojekt överskrider budget i Ulvsjö kommuns "
      "internkontrollplan för 2026?", "sv", "figure", C, 3,
      ["Investeringsprojekt överskrider beslutad budget och tidplan 4 × 3 = 12"],
      "Riskvärde 12 (sannolikhet 4 × konsekvens 3).",
      [fig(12, "antal", "4 × 3 = 12")]),
    Q("When will Ulvsjö's planning committee (samhällsbyggnadsnämnden) receive the full follow-up of its "
      "2026 internal control plan?", "en", "figure", C, 4,
      ["En samlad uppföljning av hela planen redovisas för nämnden 2027-02-16"],
      "On 16 February 2027 (2027-02-16); it then goes to the municipal executive board by 2027-03-15.",
      [fig("2027-02-16", "datum", "2027-02-16")]),
    Q("Vilka kontroller i samhällsbyggnadsnämndens internkontrollplan 2026 i Ulvsjö görs bara en gång om "
      "året?", "sv", "list", C, 2,
      ["stämmer med beslutad attestförteckning Administrativ chef Årligen"],
      "Fyra kontroller görs årligen: attestbehörighet, personuppgiftsbehandling enligt "
      "dataskyddsförordningen, kompetensförlust vid personalomsättning och jäv.",
      items=["Attest görs av person som saknar behörighet",
             "Personuppgifter behandlas i strid med dataskyddsförordningen",
             "Nyckelkompetens går förlorad vid personalomsättning",
             "Jäv vid handläggning av ärenden och vid upphandling"]),
    Q("Which risks in Ulvsjö's 2026 internal control plan for the planning committee are reported to the "
      "municipal executive board (kommunstyrelsen)?", "en", "list", C, 3,
      ["2 mnkr Ekonomichef Månadsvis Kommunstyrelsen"],
      "Three: investment projects exceeding budget and schedule, personal data handled in breach of the "
      "GDPR, and cyber attacks on the water and sewage control system.",
      items=["Investeringsprojekt överskrider beslutad budget och tidplan",
             "Personuppgifter behandlas i strid med dataskyddsförordningen",
             "It-angrepp mot styrsystemet för vatten och avlopp"]),
    Q("Vilka risker är ekonomichefen ansvarig för att kontrollera i Ulvsjö kommuns internkontrollplan för "
      "samhällsbyggnadsnämnden 2026?", "sv", "list", C, 2,
      ["kontrolleras mot avtalsdatabasen Ekonomichef Kvartalsvis Samhällsbyggnadsnämnden"],
      "Tre: inköp utanför ramavtal, investeringsprojekt som överskrider budget och tidplan samt "
      "konsulttjänster som avropas utan dokumenterat avropsbeslut.",
      items=["Inköp görs utanför gällande ramavtal",
             "Investeringsprojekt överskrider beslutad budget och tidplan",
             "Konsulttjänster avropas utan dokumenterat avropsbeslut"]),
    Q("How does Ulvsjö's planning committee decide which risks go into its internal control plan?", "en",
      "passage", C, 2,
      ["Risker med ett riskvärde på 8 eller högre tas in i internkontrollplanen"],
      "Each risk is scored as probability × consequence on 1–4 scales (1–16); risks with a value of 8 or "
      "higher are included, lower ones are handled in ordinary operations."),
    Q("Hur många bygglovsärenden avgjorde Ulvsjö kommun under 2025?", "sv", "none"),
    Q("How many of the control points in Ulvsjö planning committee's 2024 internal control plan were "
      "carried out?", "en", "none"),

    # ------------------------------------------------------------ D Tallmora investeringsplan
    Q("Hur mycket har Tallmora kommun avsatt till det nya vattenverket i Ekbacken för år 2028?", "sv",
      "figure", D, 2,
      ["Nytt vattenverk i Ekbacken 20 000 65 000 80 000"],
      "80 000 tkr (80 mnkr) år 2028.",
      [fig(80000, "tkr", "80 000")]),
    Q("Hur stora är Tallmora kommuns planerade investeringar sammanlagt för 2026–2029?", "sv", "figure", D, 1,
      ["De planerade investeringarna uppgår till sammanlagt 966 900 tkr"],
      "966 900 tkr, varav 260 000 tkr avgiftsfinansierat (VA) och 706 900 tkr skattefinansierat.",
      [fig(966900, "tkr", "966 900 tkr")]),
    Q("Hur stor väntas Tallmora kommuns låneskuld vara vid utgången av 2029?", "sv", "figure", D, 1,
      ["Låneskulden beräknas därmed öka från 1 150 mnkr vid utgången av 2025"],
      "1 720 mnkr, jämfört med 1 150 mnkr vid utgången av 2025.",
      [fig(1720, "mnkr", "1 720 mnkr")]),
    Q("Vilka enskilda projekt i Tallmoras investeringsplan 2026–2029 kostar totalt mer än 100 miljoner "
      "kronor?", "sv", "list", D, 2,
      ["Nytt vattenverk i Ekbacken 20 000 65 000 80 000 45 000 210 000"],
      "Tre projekt: om- och tillbyggnaden av Tallmoraskolan (160 000 tkr), särskilda boendet Solgläntan "
      "(200 000 tkr) och vattenverket i Ekbacken (210 000 tkr).",
      items=["Om- och tillbyggnad av Tallmoraskolan F–9",
             "Nytt särskilt boende Solgläntan med 60 platser",
             "Nytt vattenverk i Ekbacken"]),
    Q("Which projects in Tallmora's 2026–2029 investment plan have no money allocated in 2026?", "en",
      "list", D, 2,
      ["Streck (–) anger att inga medel är avsatt det året"],
      "Two: the new fire station in Lövstad (money from 2028) and the artificial turf pitch at Tallmora "
      "sports ground (2027 only).",
      items=["Ny brandstation i Lövstad för räddningstjänsten",
             "Konstgräsplan vid Tallmora idrottsplats"]),
    Q("Vad krävs innan ett stort investeringsprojekt får upphandlas i Tallmora kommun?", "sv", "passage", D, 1,
      ["Projekt med en total investeringsutgift över 20 mnkr kräver ett särskilt genomförandebeslut"],
      "Projekt över 20 mnkr kräver ett genomförandebeslut i kommunstyrelsen, föregått av en förstudie med "
      "kalkyl, tidplan och driftkostnader; överstiger kalkylen budget med mer än 10 procent går ärendet "
      "tillbaka till fullmäktige."),
    Q("Hur mycket har Tallmora kommun budgeterat för vattenverket i Ekbacken år 2030?", "sv", "none"),
    Q("What will the annual operating cost of the new Solgläntan care home in Tallmora be?", "en", "none"),

    # ------------------------------------------------------------ E Ekeslätt socialnämnd
    Q("Hur stort underskott redovisade socialnämnden i Ekeslätt kommun för 2025?", "sv", "figure", E, 1,
      ["redovisar för 2025 ett underskott om 9,6 mnkr mot budget"],
      "9,6 mnkr (nettokostnad 312,8 mnkr mot budget 303,2 mnkr).",
      [fig(9.6, "mnkr", "9,6 mnkr")]),
    Q("Hur stor andel av barnavårdsutredningarna i Ekeslätt avslutades inom 120 dagar under 2025?", "sv",
      "figure", E, 3,
      ["Andel utredningar om barn och unga som avslutas inom 120"],
      "81 procent, mot målvärdet 95 procent (ej uppnått).",
      [fig(81, "procent", "81")]),
    Q("Vilka indikatorer nådde inte alls målvärdet i Ekeslätts socialnämnd 2025?", "sv", "list", E, 3,
      ["Personalomsättning bland socialsekreterare inom myndighetsutövning (procent) 15 21 Ej uppnått"],
      "Tre: utredningar om barn och unga inom 120 dagar (81 mot 95 procent), barn som bytt familjehem "
      "(7 mot högst 5) och personalomsättning bland socialsekreterare (21 mot 15 procent).",
      items=["Andel utredningar om barn och unga som",
             "Antal barn i familjehem som har bytt",
             "Personalomsättning bland socialsekreterare inom myndighetsutövning"]),
    Q("What tasks did Ekeslätt's social services committee assign to the head of administration when "
      "approving the 2025 annual report?", "en", "list", E, 1,
      ["uppdra åt förvaltningschefen att senast 2026-04-30 redovisa en åtgärdsplan"],
      "Two: present an action plan to shorten child investigation times by 2026-04-30, and draw up a plan "
      "to reduce staff turnover among social workers.",
      items=["att uppdra åt förvaltningschefen att senast 2026-04-30 redovisa",
             "att uppdra åt förvaltningschefen att ta fram"]),
    Q("Varför gick socialnämnden i Ekeslätt med underskott 2025?", "sv", "passage", E, 1,
      ["beror främst på ökade kostnader för försörjningsstöd och för externa placeringar"],
      "Främst ökade kostnader för försörjningsstöd och externa placeringar av barn och unga."),
    Q("Hur många orosanmälningar om barn kom in till socialnämnden i Ekeslätt under 2022?", "sv", "none"),
    Q("Vad kostade skyddat boende för våldsutsatta socialnämnden i Ekeslätt under 2025?", "sv", "none"),
]

KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]


def main():
    out = Path(__file__).resolve().parent.parent / "heldout_syn2.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i, q in enumerate(QS, 1):
            q = dict(q, id=f"y{i:03d}")
            f.write(json.dumps({k: q[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("wrote", out, len(QS))


if __name__ == "__main__":
    main()
