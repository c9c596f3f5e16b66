"""Writes ../heldout_syn23.jsonl: 48 held-out gold questions (h23001–h23048) about the six synthetic23 PDFs.

20 figure, 10 list (9 conditional, 1 complete), 6 passage, 12 none; 36 in Swedish and 12 in English (6 English
figures, 2 English lists, 1 English passage, 3 English none). Items are written out literally (not derived from
data.py) so that check.py, which recomputes the expected rows from data.py, is an independent check. Four
questions (three figures and one passage) are about p. 2 of the Annersjö document, a scanned page without a text
layer; their evidence is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn23.jsonl"

A = "vessinge-delarsrapport-jan-aug-2026.pdf"
B = "jerlov-granskning-ekonomiskt-bistand-2026.pdf"
C = "ringvalla-kvalitetsrapport-sarskilt-boende-2026.pdf"
D = "eldvik-investeringsplan-2027-2031.pdf"
E = "pimsjo-va-taxa-2027.pdf"
F = "annersjo-personalbokslut-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


D_HEAD = "Nr Projekt Start Klart 2027 2028 2029 2030 2031 Summa 2027–2031"
C_CAP = "Tabell 1. Kvalitet per särskilt boende 2026"

Q = [
    # ------------------------------------------------------------ (a) Vessinge, delårsrapport jan–aug 2026
    q("Vilken prognos har Vessinge kommun för verksamhetens kostnader under helåret 2026?", "sv", "figure", A, 2,
      ["Verksamhetens kostnader −1 412,7 −1 356,2 −2 118,5 −2 160,3 −41,8"],
      "−2 160,3 mnkr i prognos för helåret 2026, mot en budget på −2 118,5 mnkr (avvikelse −41,8 mnkr). Utfallet "
      "januari–augusti 2026 är −1 412,7 mnkr.",
      [fig(-2160.3, "mnkr", "−2 160,3")]),
    q("How much tax revenue did Vessinge municipality record in January–August 2025?", "en", "figure", A, 2,
      ["Skatteintäkter 1 004,9 968,2 1 497,0 1 509,4 +12,4"],
      "968.2 million kronor (968,2 mnkr) for January–August 2025, compared with 1 004,9 mnkr for the same period "
      "of 2026; the full-year budget for 2026 is 1 497,0 mnkr.",
      [fig(968.2, "mnkr", "968,2")]),
    q("Hur stor nettokostnad räknar vård- och omsorgsnämnden i Vessinge med för hela 2026?", "sv", "figure", A, 3,
      ["Vård- och omsorgsnämnden 592,1 607,9 −15,8 −2,7"],
      "607,9 mnkr i prognos, mot en budget på 592,1 mnkr – ett underskott på 15,8 mnkr (−2,7 procent).",
      [fig(607.9, "mnkr", "607,9")]),
    q("Med hur många procent avviker socialnämndens prognos från budgeten i Vessinge kommun?", "sv", "figure", A,
      3, ["Socialnämnden 187,3 195,1 −7,8 −4,2"],
      "−4,2 procent: prognosen är 195,1 mnkr mot en budget på 187,3 mnkr, ett underskott på 7,8 mnkr.",
      [fig(-4.2, "procent", "−4,2")]),
    q("Vilka nämnder i Vessinge räknar med att gå med underskott mot budget 2026?", "sv", "list", A, 3,
      ["Tabellen visar nämndernas nettokostnad enligt budget och prognos för helåret 2026"],
      "Sex nämnder: barn- och utbildningsnämnden (−3,8), vård- och omsorgsnämnden (−15,8), socialnämnden (−7,8), "
      "miljö- och byggnadsnämnden (−0,3), valnämnden (−0,4) och överförmyndarnämnden (−0,4 mnkr). Revisionen "
      "prognostiserar 0,0.",
      items=["Barn- och utbildningsnämnden 786,4 790,2", "Vård- och omsorgsnämnden 592,1 607,9",
             "Socialnämnden 187,3 195,1", "Miljö- och byggnadsnämnden 14,8 15,1", "Valnämnden 1,9 2,3",
             "Överförmyndarnämnden 5,7 6,1"]),
    q("Vilka poster i Vessinges resultaträkning väntas landa bättre än budget för helåret?", "sv", "list", A, 2,
      ["Utfall jan–aug 2026 Utfall jan–aug 2025 Budget 2026 Prognos 2026"],
      "Sex poster har positiv avvikelse: verksamhetens intäkter (+11,6), avskrivningar (+1,4), skatteintäkter "
      "(+12,4), generella statsbidrag och utjämning (+3,2), finansiella intäkter (+2,3) och finansiella kostnader "
      "(+1,8 mnkr). Periodens resultat blir ändå 9,1 mnkr sämre än budget.",
      items=["Verksamhetens intäkter 268,4 251,9", "Avskrivningar −58,3 −54,1", "Skatteintäkter 1 004,9 968,2",
             "Generella statsbidrag och utjämning 261,7", "Finansiella intäkter 9,8 8,1",
             "Finansiella kostnader −14,6 −11,9"]),
    q("Varför prognostiserar vård- och omsorgsnämnden i Vessinge ett underskott?", "sv", "passage", A, 4,
      ["antalet beviljade hemtjänsttimmar har ökat med 9 procent",
       "kostnader för inhyrda sjuksköterskor under sommaren"],
      "Antalet beviljade hemtjänsttimmar har ökat med 9 procent jämfört med samma period i fjol, och nämnden har "
      "haft kostnader för inhyrda sjuksköterskor under sommaren. Åtgärdsplanen från mars ger effekt först under "
      "hösten."),
    none("Vilket resultat räknar Vessinge kommun med för 2027?", "sv"),
    none("What is Vessinge's municipal tax rate (skattesats) for 2026?", "en"),
    # ------------------------------------------------------------ (b) Jerlöv, revisionsrapport ekonomiskt bistånd
    q("Hur stor andel av akterna som revisorerna i Jerlöv gick igenom hade brister i utredningen av inkomster?",
      "sv", "figure", B, 4, ["I 23 av de 60 granskade akterna (38 procent)"],
      "38 procent (23 av 60 akter). Sen handläggning fanns i 23 procent och saknad planering i 15 procent av "
      "akterna.",
      [fig(38, "procent", "38 procent")]),
    q("In Jerlöv's audit of social assistance, how many of the examined case files lacked a plan towards "
      "self-support?", "en", "figure", B, 4, ["Saknad planering mot egen försörjning 9 15"],
      "9 of the 60 examined files (15 percent) had no plan towards self-support (planering mot egen försörjning).",
      [fig(9, "antal", "9")]),
    q("Hur mycket kostade det ekonomiska biståndet i Jerlöv år 2025 enligt revisorernas rapport?", "sv", "figure",
      B, 2, ["ökade från 38,4 mnkr år 2024 till 44,9 mnkr år 2025"],
      "44,9 mnkr år 2025, jämfört med 38,4 mnkr år 2024 (en ökning med 6,5 mnkr).",
      [fig(44.9, "mnkr", "44,9 mnkr")]),
    q("Vilka av kontrollfrågorna bedömdes bara som delvis uppfyllda när revisorerna i Jerlöv granskade "
      "socialnämnden?", "sv", "list", B, 3,
      ["För varje kontrollfråga redovisas våra iakttagelser och vår bedömning"],
      "Fyra: 1.1 aktuella riktlinjer, 2.1 skyndsam och dokumenterad utredning, 2.4 kontroll mot andra "
      "myndigheter och 3.3 uppföljning av återkrav.",
      items=["1.1 Har socialnämnden aktuella riktlinjer", "2.1 Utreds ansökningarna skyndsamt och dokumenteras",
             "2.4 Kontrolleras uppgifter mot andra myndigheter", "3.3 Följs beslutade återkrav upp"]),
    q("Vilka rekommendationer ger revisorerna i Jerlöv till socialnämnden?", "sv", "list", B, 2,
      ["rekommenderar vi socialnämnden att vidta följande åtgärder"],
      "Sju: revidera riktlinjerna, fastställa mätbara mål, dokumentera utredningarna fullständigt, införa en "
      "rutin för planering mot egen försörjning, formalisera samarbetet med arbetsmarknadsenheten, använda "
      "automatiserade kontroller även vid fortsatta ansökningar och ta in biståndet i internkontrollplanen 2027.",
      items=["Revidera riktlinjerna för ekonomiskt bistånd", "Fastställ mätbara mål och indikatorer",
             "Säkerställ att utredningarna dokumenteras fullständigt", "Inför en rutin för att en planering",
             "Formalisera samarbetet med arbetsmarknadsenheten", "Använd automatiserade kontroller mot andra",
             "Ta in ekonomiskt bistånd och"]),
    q("Varför anser revisorerna i Jerlöv att nämndens riktlinjer inte håller måttet?", "sv", "passage", B, 3,
      ["Riktlinjerna antogs 2019 och har inte reviderats efter att den nya socialtjänstlagen"],
      "Riktlinjerna antogs 2019 och har inte reviderats efter att den nya socialtjänstlagen trädde i kraft. "
      "Handläggarna använder ett internt stödmaterial som nämnden inte har beslutat om (delvis uppfylld)."),
    none("Hur många ledamöter sitter i socialnämnden i Jerlöv?", "sv"),
    none("Hur många hushåll i Jerlöv fick ekonomiskt bistånd under 2025?", "sv"),
    # ------------------------------------------------------------ (c) Ringvalla, kvalitetsrapport särskilt boende
    q("Hur stor andel av de boende på Enebacken i Ringvalla var nöjda med boendet 2026?", "sv", "figure", C, 2,
      ["Enebacken Demens 24 98,6 11 91 93"],
      "93 procent 2026 (91 procent 2025), högst av kommunens boenden; riket 80 procent.",
      [fig(93, "procent", "93")]),
    q("How many different care staff does a resident of Aspliden in Ringvalla meet over a 14-day period?", "en",
      "figure", C, 2, ["Aspliden Somatik 48 95,1 17 79 76"],
      "17 different staff members in 14 days (the municipal average is 15 and the national figure 16).",
      [fig(17, "antal", "17")]),
    q("Vilken andel nöjda redovisas för riket 2026 i jämförelsen med Ringvallas särskilda boenden?", "sv",
      "figure", C, 2, ["Riket – – 16 81 80"],
      "80 procent 2026 (81 procent 2025). Ringvalla totalt hade 81 procent 2026.",
      [fig(80, "procent", "80")]),
    q("På vilka av Ringvallas särskilda boenden sjönk andelen nöjda från 2025 till 2026?", "sv", "list", C, 2,
      [C_CAP],
      "Två: Aspliden (79 → 76) och Rosengården (87 → 83). Juvelen ingick inte i mätningen 2025.",
      items=["Aspliden Somatik 48 95,1", "Rosengården Demens 28 81,7"]),
    q("Which nursing homes in Ringvalla had an occupancy rate below 95 percent in 2026?", "en", "list", C, 2,
      [C_CAP],
      "Three: Juvelen (88.2 %), Rosengården (81.7 %, places closed during renovation) and Vårsolen (94.8 %).",
      items=["Juvelen Blandat 40 88,2", "Rosengården Demens 28 81,7", "Vårsolen Blandat 44 94,8"]),
    q("Vad förklarar den låga beläggningen på Rosengården i Ringvalla?", "sv", "passage", C, 3,
      ["platser var stängda medan kök och badrum renoverades under mars–juni 2026"],
      "Åtta platser var stängda medan kök och badrum renoverades under mars–juni 2026. Sedan juli är samtliga "
      "platser belagda."),
    none("What monthly fee does a resident pay for a room at Rosengården in Ringvalla?", "en"),
    none("Hur många fallskador inträffade på Ringvallas särskilda boenden under 2026?", "sv"),
    # ------------------------------------------------------------ (d) Eldvik, investeringsplan 2027–2031
    q("Hur mycket pengar lägger Eldvik på särskilda boendet Vallmon under 2029?", "sv", "figure", D, 2,
      ["Vallmon, 60 platser kv 4 2027 kv 2 2030 5 000 38 000 61 000"],
      "61 000 tkr år 2029 (5 000 tkr 2027, 38 000 tkr 2028 och 22 000 tkr 2030; totalt 126 000 tkr).",
      [fig(61000, "tkr", "61 000")]),
    q("Vad summerar samhällsbyggnadsnämndens skattefinansierade investeringar till år 2028 i Eldviks plan?", "sv",
      "figure", D, 2,
      ["Summa samhällsbyggnadsnämnden, skattefinansierat 12 500 16 000 18 000 12 500 6 000 65 000"],
      "16 000 tkr år 2028 (65 000 tkr för hela perioden 2027–2031).",
      [fig(16000, "tkr", "16 000")]),
    q("What is the total investment across all of Eldvik's committees in 2031?", "en", "figure", D, 3,
      ["Totalt investeringar 69 700 214 500 211 000 104 300 19 000 618 500"],
      "19 000 thousand kronor (19 000 tkr) in 2031, of which 12 000 tax-financed and 7 000 water and sewage; "
      "618 500 tkr over 2027–2031.",
      [fig(19000, "tkr", "19 000")]),
    q("När beräknas ombyggnaden av Alléskolan i Eldvik vara färdig?", "sv", "figure", D, 2,
      ["E-202 Ombyggnad Alléskolan, etapp 2 kv 3 2028 kv 2 2030"],
      "Kvartal 2 2030 (start kvartal 3 2028).",
      [fig(2030, "år", "kv 2 2030")]),
    q("Vilka investeringsprojekt hör till barn- och utbildningsnämnden i Eldviks plan?", "sv", "list", D, 2,
      [D_HEAD],
      "Fyra: ny förskola Ravinen, ombyggnad av Alléskolan etapp 2, utemiljöer förskolor och skolor samt "
      "inventarier till förskolan Ravinen (summa 131 900 tkr).",
      items=["E-201 Ny förskola Ravinen", "E-202 Ombyggnad Alléskolan, etapp 2",
             "E-203 Utemiljöer förskolor och skolor", "E-204 Inventarier förskola Ravinen"]),
    q("Which projects in Eldvik's investment plan are scheduled to start in 2028?", "en", "list", D, 2, [D_HEAD],
      "Four: the rebuilding of Alléskolan (Q3 2028), furnishing of the Ravinen preschool (Q2 2028), the "
      "Eldvik–Pelleby transfer pipeline (Q1 2028) and the artificial turf pitch at Rudbovallen (Q2 2028).",
      items=["E-202 Ombyggnad Alléskolan, etapp 2", "E-204 Inventarier förskola Ravinen",
             "E-502 Överföringsledning Eldvik–Pelleby", "E-601 Konstgräsplan Rudbovallen"]),
    q("Varför behöver Eldvik bygga ett nytt vattenverk i Raknäs?", "sv", "passage", D, 4,
      ["klarar inte längre de skärpta kraven på desinfektion och reservkapacitet",
       "Halterna av PFAS i råvattnet har dessutom ökat"],
      "Det nuvarande verket från 1968 klarar inte de skärpta kraven på desinfektion och reservkapacitet, och "
      "halterna av PFAS i råvattnet har ökat; det nya verket får ett reningssteg med aktivt kol."),
    none("Vad beräknas den nya sporthallen vid Jättestensskolan i Eldvik kosta?", "sv"),
    none("Hur mycket planerar Eldvik att investera år 2032?", "sv"),
    # ------------------------------------------------------------ (e) Pimsjö, VA-taxa 2027
    q("Hur mycket av Pimsjös fasta VA-avgift för ett småhus går till dagvatten från gator, med moms?", "sv",
      "figure", E, 2, ["inkl. 2 240,00 2 240,00 672,00 448,00 5 600,00"],
      "448,00 kr per år inklusive moms (358,40 kr exklusive moms) av den fasta avgiften 5 600,00 kr.",
      [fig(448.0, "kr", "448,00")]),
    q("What does one cubic metre of water cost in Pimsjö in 2027 including VAT?", "en", "figure", E, 1,
      ["Förbrukningsavgiften höjs från 43,50 kronor till 46,00 kronor per kubikmeter"],
      "46.00 kronor per cubic metre including VAT in 2027 (36,80 kr excluding VAT), up from 43.50 kronor.",
      [fig(46.0, "kr", "46,00")]),
    q("Vad kostar vatten och avlopp per år för Pimsjös typhus A 2027, inklusive moms?", "sv", "figure", E, 4,
      ["Typhus A småhus 150 11 775 12 500 +725 +6,2"],
      "12 500 kr per år 2027, jämfört med 11 775 kr 2026 (+725 kr eller +6,2 procent).",
      [fig(12500, "kr", "12 500")]),
    q("För vilka tomtstorlekar överstiger Pimsjös anläggningsavgift för småhus 200 000 kronor inklusive moms?",
      "sv", "list", E, 2, ["Tabell 2. Anläggningsavgift för småhus efter tomtyta"],
      "Fyra intervall: 801–1 200 m² (205 000 kr), 1 201–1 600 m² (225 000), 1 601–2 000 m² (245 000) och över "
      "2 000 m² (245 000 kr + 50 kr/m²).",
      items=["801–1 200 m² 164 000", "1 201–1 600 m² 180 000", "1 601–2 000 m² 196 000",
             "Över 2 000 m² 196 000"]),
    q("How is water use billed in Pimsjö if the meter cannot be read?", "en", "passage", E, 3,
      ["om avläsning inte kan ske, på en uppskattning av förbrukningen"],
      "The consumption fee is then based on an estimate of consumption during the corresponding period of the "
      "previous year (general rule 2)."),
    none("Hur mycket ska VA-taxan i Pimsjö höjas 2028?", "sv"),
    none("Hur många fastigheter är anslutna till den kommunala VA-anläggningen i Pimsjö?", "sv"),
    # ------------------------------------------------------------ (f) Annersjö, personalbokslut 2026 (p. 2 scanned)
    q("Hur hög var sjukfrånvaron bland män i åldern 30–49 år i Annersjö kommun 2025?", "sv", "figure", F, 2,
      ["30–49 år 7,4 7,8 4,5 4,7 6,8 7,1"],
      "4,5 procent 2025 (4,7 procent 2026). Kvinnor i samma åldersgrupp hade 7,4 procent.",
      [fig(4.5, "procent", "4,5")]),
    q("What was the total sick leave rate among all Annersjö employees in 2026?", "en", "figure", F, 2,
      ["ökade från 7,4 procent 2025 till 8,1 procent 2026"],
      "8.1 percent of ordinary working time in 2026, up from 7.4 percent in 2025 (women 8.9, men 5.2).",
      [fig(8.1, "procent", "8,1 procent")]),
    q("Hur stor del av sjukfrånvaron i Annersjö avsåg långa sjukfall 2026?", "sv", "figure", F, 2,
      ["avsåg 44,2 procent sjukfall som varat 60 dagar eller mer"],
      "44,2 procent av sjukfrånvaron avsåg sjukfall om 60 dagar eller mer, jämfört med 41,7 procent 2025.",
      [fig(44.2, "procent", "44,2 procent")]),
    q("Hur förklarar Annersjö att sjukfrånvaron ökade bland kvinnor över 50 år?", "sv", "passage", F, 2,
      ["fler långa sjukfall inom vård och omsorg, där många har fysiskt tunga arbetsuppgifter"],
      "Ökningen (9,1 → 10,4 procent) förklaras främst av fler långa sjukfall inom vård och omsorg, där många har "
      "fysiskt tunga arbetsuppgifter och bemanningen var ansträngd under sommaren."),
    q("Vilka förvaltningar i Annersjö hade en personalomsättning över 10 procent under 2026?", "sv", "list", F, 3,
      ["Personalomsättningen avser tillsvidareanställda som slutat på egen begäran"],
      "Tre: barn- och utbildningsförvaltningen (10,8), vård- och omsorgsförvaltningen (12,5) och "
      "socialförvaltningen (10,2 procent).",
      items=["Barn- och utbildningsförvaltningen 688 9,6", "Vård- och omsorgsförvaltningen 604 11,2",
             "Socialförvaltningen 96 13,1"]),
    none("How much did sick pay cost Annersjö municipality in 2026?", "en"),
    none("Hur hög var sjukfrånvaron i Annersjö kommun 2024?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            f.write(json.dumps({"id": f"h{23000 + n}", **x}, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
