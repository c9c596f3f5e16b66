"""Writes ../heldout_syn21.jsonl: 44 held-out gold questions (h21001–h21044) about the six synthetic21 PDFs.

16 figure, 12 list (all conditional), 6 passage, 10 none; 33 in Swedish and 11 in English (4 English figures,
3 English lists, 1 English passage, 3 English none). Items are written out literally (not derived from data.py) so
that check.py, which recomputes the expected rows from data.py, is an independent check. Three questions (two
figures and one passage) are about p. 2 of the Bramsnäs document, a scanned page without a text layer; their
evidence is the text printed in the image.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "heldout_syn21.jsonl"

A = "draggsund-internkontrollplan-2027.pdf"
B = "getryd-kvalitetsrapport-grundskola-2026.pdf"
C = "tolsvik-kf-protokoll-2026-09-21.pdf"
D = "blidsta-klimat-och-energiredovisning-2026.pdf"
E = "kullsta-sn-kvartalsuppfoljning-ifo-kv4-2026.pdf"
F = "bramsnas-kfn-investeringsbidrag-foreningar-2027.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Draggsund, internkontrollplan 2027
    q("Hur många av kontrollerna i Draggsunds internkontrollplan för 2027 ska genomföras en gång per tertial?",
      "sv", "figure", A, 1,
      ["6 kontroller görs månadsvis, 8 per tertial och 4 årligen"],
      "Åtta av planens 18 kontrollmoment görs per tertial; sex görs månadsvis och fyra årligen.",
      [fig(8, "antal", "8 per tertial")]),
    q("What risk value does Draggsund's internal control plan assign to the risk in medication handling?",
      "en", "figure", A, 3,
      ["17 Läkemedelshantering Avvikelser i läkemedelshanteringen rapporteras inte 9 (3 × 3)"],
      "9 (probability 3 × consequence 3), a high risk under the plan's rule (9 or more). The control is a review "
      "of deviation reports each tertial by the medically responsible nurse, reported to the socialnämnden.",
      [fig(9, "antal", "9 (3 × 3)")]),
    q("Vilka kontrollmoment i Draggsunds internkontrollplan 2027 rapporteras till kommunstyrelsen?",
      "sv", "list", A, 2,
      ["1 Löneutbetalning Felaktiga eller obehöriga löneutbetalningar, till exempel lön efter avslutad anställning"],
      "Fem: löneutbetalning, leverantörsregister, behörigheter i IT-system och direktupphandling "
      "(kommunledningsförvaltningen) samt timanställdas arbetstid (socialförvaltningen). Representationen "
      "rapporteras till kommunstyrelsens arbetsutskott, inte till styrelsen.",
      items=["1 Löneutbetalning Felaktiga eller obehöriga", "2 Leverantörsregister Ändrade bankuppgifter",
             "4 Behörigheter i IT-system", "5 Direktupphandling Direktupphandlingar över 100 tkr",
             "18 Timanställdas arbetstid Timanställda arbetar"]),
    q("Which controls in Draggsund's 2027 internal control plan are to be carried out every month?",
      "en", "list", A, 2,
      ["2 Leverantörsregister Ändrade bankuppgifter leder till att betalningar går till bedragare"],
      "Six: the supplier register (bank details), building permit handling times, fuel cards, school attendance, "
      "reports of concern about children and the working time of hourly staff.",
      items=["2 Leverantörsregister Ändrade bankuppgifter", "6 Bygglovshantering Handläggningstiden för bygglov",
             "9 Drivmedelskort Drivmedelskort används", "10 Skolplikt och frånvaro",
             "15 Orosanmälningar Förhandsbedömning görs inte", "18 Timanställdas arbetstid"]),
    q("Vilka risker i Draggsunds plan för intern kontroll har fått ett riskvärde på minst 12?",
      "sv", "list", A, 2,
      ["Behörigheter i verksamhetssystemen tas inte bort när anställda slutar 12 (3 × 4)"],
      "Fem: behörigheter i IT-system (12), skolplikt och frånvaro (12), kränkande behandling (12), "
      "orosanmälningar (12) och timanställdas arbetstid (12, 4 × 3).",
      items=["4 Behörigheter i IT-system", "10 Skolplikt och frånvaro", "11 Kränkande behandling Anmälningar",
             "15 Orosanmälningar Förhandsbedömning", "18 Timanställdas arbetstid"]),
    q("Varför har Draggsund infört en ny kontroll av timanställdas arbetstid 2027?", "sv", "passage", A, 1,
      ["konstaterade att flera timanställda hade arbetat utan föreskriven dygnsvila"],
      "Arbetsmiljöverket inspekterade äldreomsorgen hösten 2026 och konstaterade att flera timanställda hade "
      "arbetat utan föreskriven dygnsvila."),
    none("When did Draggsund's council adopt the regulations for internal control that the plan refers to?", "en"),
    none("Vad kostar arbetet med intern kontroll i Draggsund per år?", "sv"),
    # ------------------------------------------------------------ (b) Getryd, kvalitetsrapport grundskola
    q("Vilket genomsnittligt meritvärde fick pojkarna i årskurs 9 på Tornhagsskolan i Getryd våren 2025?",
      "sv", "figure", B, 2,
      ["Tornhagsskolan 71 229,4 205,1 216,8 233,7 207,9"],
      "207,9 poäng (flickorna 233,7, totalt 220,2). År 2026 sjönk pojkarnas meritvärde till 203,6.",
      [fig(207.9, "antal", "207,9")]),
    q("Hur högt var rikets genomsnittliga meritvärde för pojkar 2024 enligt Getryds kvalitetsrapport?",
      "sv", "figure", B, 2,
      ["Riket – 240,6 218,9 229,4"],
      "218,9 poäng (flickor 240,6, totalt 229,4). Pojkarna i Getryd hade 207,9 poäng samma år.",
      [fig(218.9, "antal", "218,9")]),
    q("What was the cost per pupil in Getryd's compulsory schools in 2025?", "en", "figure", B, 1,
      ["Kostnad per elev, kr 117 300 121 900 126 400"],
      "121,900 kronor per pupil in 2025 (117,300 in 2024 and 126,400 in 2026).",
      [fig(121900, "kr", "121 900")]),
    q("Vilka skolenheter i Getryd hade lägre andel behöriga till yrkesprogram än riket våren 2026?",
      "sv", "list", B, 2,
      ["Riket – 240,6 218,9 229,4 241,3 219,8 230,2 242,0 220,5 230,9 85,9 86,2"],
      "Fyra av sju: Dalhemsskolan (77,8 %), Tornhagsskolan (84,5 %), Kyrkbyskolan (82,6 %) och "
      "Bokelundsskolan (76,9 %), mot 86,2 % i riket.",
      items=["Dalhemsskolan 18 .. .. 205,6", "Tornhagsskolan 71 229,4", "Kyrkbyskolan 23 226,0",
             "Bokelundsskolan 39 215,7"]),
    q("Which school units in Getryd had a lower total merit rating in 2026 than in 2025?", "en", "list", B, 2,
      ["Bokelundsskolan 39 215,7 188,3 201,6 219,9 192,0 205,5 213,4 186,2 199,0"],
      "Two: Tornhagsskolan (220.2 → 214.9) and Bokelundsskolan (205.5 → 199.0).",
      items=["Tornhagsskolan 71 229,4", "Bokelundsskolan 39 215,7"]),
    q("Hur förklarar rektorn att resultaten föll på Bokelundsskolan i Getryd?", "sv", "passage", B, 3,
      ["hög personalomsättning och tre vakanta lärartjänster i matematik under höstterminen 2025"],
      "Med hög personalomsättning och tre vakanta lärartjänster i matematik under höstterminen 2025 som inte "
      "kunde tillsättas med legitimerade lärare."),
    none("Vilket meritvärde hade eleverna i årskurs 9 i Getryd år 2023?", "sv"),
    none("Hur stor andel av eleverna i Getryd blev behöriga till högskoleförberedande program 2026?", "sv"),
    # ------------------------------------------------------------ (c) Tolsvik, kommunfullmäktige 2026-09-21
    q("Hur många ledamöter röstade nej när Tolsviks fullmäktige avgjorde frågan om den nya simhallen?",
      "sv", "figure", C, 3,
      ["Med 23 ja-röster mot 19 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag"],
      "19 ledamöter röstade nej, 23 ja och 2 avstod; en ledamot var frånvarande.",
      [fig(19, "antal", "19 nej-röster")]),
    q("Hur hög blir den nya borgensramen för Tolsviks Bostäder AB efter fullmäktiges beslut i september 2026?",
      "sv", "figure", C, 2,
      ["totalt belopp om 780,0 mnkr, jämte därpå löpande ränta och kostnader"],
      "780,0 mnkr, en höjning från den tidigare ramen på 640,0 mnkr.",
      [fig(780.0, "mnkr", "780,0 mnkr")]),
    q("Vad beräknas simhallen vid Tolsviksbadet kosta efter upphandlingen enligt fullmäktigeprotokollet?",
      "sv", "figure", C, 3,
      ["Efter upphandlingen beräknas investeringsutgiften till 248,5 mnkr"],
      "248,5 mnkr, att jämföra med de 212,0 mnkr som avsattes i budget 2025 (en ökning med 36,5 mnkr).",
      [fig(248.5, "mnkr", "248,5 mnkr")]),
    q("Vilka fullmäktigeledamöter i Tolsvik lade ned sina röster i voteringen om simhallen?", "sv", "list", C, 3,
      ["2 ledamöter avstod från att rösta"],
      "Två ledamöter från Vänsterpartiet: Kjell Gerdin och Monica Granqvist.",
      items=["Kjell Gerdin (V)", "Monica Granqvist (V)"]),
    q("Vilka nya motioner från Moderaterna anmäldes på Tolsviks fullmäktigemöte i september 2026?",
      "sv", "list", C, 4,
      ["Följande 7 motioner har kommit in sedan förra sammanträdet"],
      "Två: Mikael Bäckströms motion om utökad kameraövervakning och Therese Berglöfs motion om en oberoende "
      "granskning av lokalkostnaderna.",
      items=["Motion om utökad kameraövervakning vid resecentrum", "Motion om en oberoende granskning"]),
    q("Why did the Moderates and the Sweden Democrats in Tolsvik enter a reservation against the swimming hall "
      "decision?", "en", "passage", C, 3,
      ["sedan budgetbeslutet utan att projektet har prövats på nytt, och kalkylen saknar en oberoende granskning"],
      "Because the cost had risen by 36.5 million kronor since the budget decision without the project being "
      "reconsidered, and because the calculation lacked an independent review."),
    none("When is the new swimming hall at Tolsviksbadet in Tolsvik expected to open?", "en"),
    none("Hur stora blir de årliga driftkostnaderna för den nya simhallen i Tolsvik?", "sv"),
    # ------------------------------------------------------------ (d) Blidsta, klimat- och energiredovisning
    q("Hur stora var jordbrukets utsläpp av växthusgaser i Blidsta 2023?", "sv", "figure", D, 2,
      ["Jordbruk 22 610 20 940 20 480 20 730 −8,3 +1,2"],
      "20 480 ton koldioxidekvivalenter (20 940 ton 2022 och 20 730 ton 2024).",
      [fig(20480, "antal", "20 480")]),
    q("Med hur många procent har Blidstas territoriella utsläpp minskat sedan basåret 2010?", "sv", "figure",
      D, 1,
      ["Det är 33,2 procent lägre än basåret 2010"],
      "Med 33,2 procent, från 131 020 ton 2010 till 87 530 ton 2024. Mellan 2023 och 2024 var minskningen 4,6 "
      "procent.",
      [fig(33.2, "procent", "33,2 procent")]),
    q("How much energy did the nursing homes (särskilda boenden) in Blidsta's own premises use in 2024?",
      "en", "figure", D, 3,
      ["Särskilda boenden 6 31 200 5 148 5 066 4 930 158,0"],
      "5,066 MWh in 2024 (5,148 MWh in 2023 and 4,930 MWh in 2025).",
      [fig(5066, "antal", "5 066")]),
    q("Vilka sektorer i Blidsta har mer än halverat sina utsläpp sedan 2010?", "sv", "list", D, 2,
      ["Tabell 1. Territoriella utsläpp i Blidsta kommun, ton CO2e"],
      "Tre: industrin (−62,2 %), el och fjärrvärme (−67,0 %) och egen uppvärmning av bostäder och lokaler "
      "(−67,3 %).",
      items=["Industri (energi och processer)", "El och fjärrvärme 6 250",
             "Egen uppvärmning av bostäder och lokaler"]),
    q("Which building categories in Blidsta's own premises used more energy in 2025 than in 2024?",
      "en", "list", D, 3,
      ["Gymnasieskolans energianvändning ökade från 1 871 MWh 2024 till 1 902 MWh 2025"],
      "Two: the upper secondary school (1,871 → 1,902 MWh) and other premises (941 → 958 MWh).",
      items=["Gymnasieskola 1 14 900", "Övriga lokaler 9 7 300"]),
    q("Vad ligger bakom att industrins utsläpp i Blidsta minskade mellan 2023 och 2024?", "sv", "passage", D, 2,
      ["ersatte oljepannan i torkanläggningen med en panna som eldas med bark och flis"],
      "Dammviks Trä AB ersatte under våren 2024 oljepannan i torkanläggningen med en panna som eldas med bark och "
      "flis från det egna sågverket."),
    none("Hur stora var Blidstas utsläpp av växthusgaser 2015?", "sv"),
    none("Hur mycket växthusgaser släpper varje invånare i Blidsta ut per år?", "sv"),
    # ------------------------------------------------------------ (e) Kullsta, kvartalsuppföljning IFO
    q("Hur många hushåll fick i genomsnitt ekonomiskt bistånd i Kullsta under tredje kvartalet 2025?",
      "sv", "figure", E, 2,
      ["Hushåll med ekonomiskt bistånd, antal (snitt per månad) 412 389 398 381 405 377"],
      "377 hushåll per månad under kv 3 2025, mot 405 under samma kvartal 2026.",
      [fig(377, "antal", "377")]),
    q("How much social assistance did Kullsta pay out in the second quarter of 2026, in thousand kronor?",
      "en", "figure", E, 2,
      ["Utbetalt ekonomiskt bistånd, tkr 8 930 8 140 8 610"],
      "8,610 tkr in Q2 2026, against 7,980 tkr in Q2 2025.",
      [fig(8610, "tkr", "8 610")]),
    q("Vilka åtgärder planerar socialförvaltningen i Kullsta för 2027 inom ekonomiskt bistånd?",
      "sv", "list", E, 3,
      ["Socialförvaltningen föreslår följande åtgärder för att minska behovet av ekonomiskt bistånd"],
      "Tre: ett arbetsmarknadsteam med två coacher, digital ansökan från mars 2027 och gemensam planering med "
      "Arbetsförmedlingen och vuxenutbildningen för hushåll med bistånd i mer än tio månader.",
      items=["Ett arbetsmarknadsteam med två coacher", "Digital ansökan om ekonomiskt bistånd införs",
             "Hushåll som har haft bistånd"]),
    q("Vilka nyckeltal i Kullstas kvartalsuppföljning var lägre under fjärde kvartalet 2026 än under samma "
      "kvartal 2025?", "sv", "list", E, 2,
      ["Tabell 1. Nyckeltal per kvartal 2026 jämfört med samma kvartal 2025"],
      "Fyra: väntetiden till nybesök (8 mot 15 dagar), utredningstiden (95 mot 101 dagar), placerade i HVB (5 mot "
      "6) och väntetiden på beroendemottagningen (4 mot 10 dagar).",
      items=["Väntetid till nybesök, dagar (snitt)", "Utredningstid, dagar (snitt) 104 112", "varav i HVB, antal",
             "Väntetid till första samtal på beroendemottagningen"]),
    q("Varför har fler barn och unga placerats i Kullsta under 2026?", "sv", "passage", E, 1,
      ["två syskongrupper placerades under våren och på att kommunen saknar egna familjehem"],
      "Två syskongrupper placerades under våren, och kommunen saknar egna familjehem, så fler barn har placerats "
      "i konsulentstödda familjehem."),
    none("What does a day in an HVB home cost Kullsta's social services?", "en"),
    # ------------------------------------------------------------ (f) Bramsnäs, investeringsbidrag 2027
    q("Hur mycket fick Dalkärrs Skytteförening i investeringsbidrag när Bramsnäs kultur- och fritidsnämnd "
      "fattade sitt beslut?", "sv", "figure", F, 2,
      ["Dalkärrs Skytteförening 85 000 70 000"],
      "70 000 kr. Föreningen sökte 85 000 kr, och förvaltningen hade föreslagit 40 000 kr, men nämnden biföll "
      "ett yrkande om 70 000 kr.",
      [fig(70000, "kr", "70 000")]),
    q("Hur mycket investeringsbidrag fördelade Bramsnäs kultur- och fritidsnämnd sammanlagt till föreningarna?",
      "sv", "figure", F, 2,
      ["fördela investeringsbidrag för 2027 enligt tabellen nedan, sammanlagt 946 000 kr"],
      "946 000 kr av ramen på 950 000 kr; förvaltningen hade föreslagit 916 000 kr.",
      [fig(946000, "kr", "946 000 kr")]),
    q("Senast vilket datum ska föreningarna i Bramsnäs redovisa sina investeringar?", "sv", "figure", F, 3,
      ["Redovisning av genomförd investering 30 november 2027"],
      "Senast den 30 november 2027.",
      [fig("2027-11-30", "datum", "30 november 2027")]),
    q("Vilka föreningar i Bramsnäs sökte mer än 100 000 kr i investeringsbidrag?", "sv", "list", F, 1,
      ["Vid ansökningstidens slut hade 8 föreningar sökt sammanlagt 1 268 000 kr"],
      "Fyra: Bramsnäs IF (240 000 kr), Brattåsens bygdegårdsförening (310 000 kr), Bramsnäs Ridklubb "
      "(150 000 kr) och Gökhults IK (275 000 kr).",
      items=["Bramsnäs IF Belysning på träningsplanen", "Brattåsens bygdegårdsförening Nytt tak",
             "Bramsnäs Ridklubb Nytt underlag", "Gökhults IK Renovering av omklädningsrummen"]),
    q("Vilket skäl angavs för att ge skytteföreningen i Dalkärr mer bidrag än förvaltningen föreslog i "
      "Bramsnäs?", "sv", "passage", F, 2,
      ["skyttebanans säkerhetsvallar måste åtgärdas för att banan ska få behålla sitt tillstånd"],
      "Kerstin Malmgren (C) motiverade sitt yrkande med att skyttebanans säkerhetsvallar måste åtgärdas för att "
      "banan ska få behålla sitt tillstånd från polismyndigheten; nämnden biföll yrkandet."),
    none("Hur många medlemmar har Bramsnäs Ridklubb?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"h{21000 + i}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT.name, len(Q), "questions")


if __name__ == "__main__":
    main()
