"""Writes ../train_syn34.jsonl: 72 gold questions (t34001–t34072) about the six synthetic34 PDFs.

24 figure, 20 list (18 conditional – 6 of them compare two cells of the same row or a cell with its target, 6
filter by the group heading the rows stand under (3 of these also compare two cells), and the others filter by a
deadline (2), a status (1), a responsible body (1), a word in a cell (2), an amount (2) or two conditions at once
(1) – and 2 that ask for a whole named list), 6 passage, 22 none (6 of them list-shaped); 54 in Swedish and 18 in English (7 English figures, 5 English lists, 1 English passage, 5 English
none). Items are written out literally (not derived from data.py) so that check.py, which recomputes the expected
rows from data.py, is an independent check. Five questions are about p. 2 of the Mossberga document, a scanned page
without a text layer (two figures, two lists and one near-miss none question); the evidence of the answerable ones
is the text printed in the image. The set weighs LIST and FIGURE questions in tables – every figure shares its row,
column or sentence with other figures of the same unit (2025 vs 2026, a line vs the subtotal, sought vs granted, a
year row of a long-format table printed without its label, girls vs boys and year 9 vs upper secondary, start vs
end date, a procedure's sum vs the total, a quarter among four quarters and the target) – then NEAR-MISS none
questions (same municipality, document and topic, but a line, a year, an association, a sub-group, a cost or a
measure the documents do not give, or a list whose condition no row meets).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train_syn34.jsonl"

A = "region-edsvala-kollektivtrafik-uppfoljning-2026.pdf"
B = "annesta-kfn-protokoll-2027-03-16.pdf"
C = "nordvretahem-arsredovisning-2026.pdf"
D = "tallunda-handlingsplan-folkhalsa-andts-2027-2028.pdf"
E = "angelsta-upphandlingsplan-2027.pdf"
F = "mossberga-von-verksamhetsuppfoljning-2026.pdf"


def fig(value, unit, text):
    return {"value": value, "unit": unit, "text": text}


def q(question, lang, type, doc=None, page=None, evidence=(), answer="", figures=(), items=()):
    return {"question": question, "lang": lang, "type": type, "docs": [doc] if doc else [],
            "page": page, "evidence": list(evidence), "answer": answer, "figures": list(figures),
            "items": list(items)}


def none(question, lang):
    return q(question, lang, "none")


Q = [
    # ------------------------------------------------------------ (a) Region Edsvala, kollektivtrafik 2026
    q("Hur många resor gjordes på linje 4 i Region Edsvala år 2025?", "sv", "figure", A, 2,
      ["Trädgårdsstaden – Edsvala C – Mästerhagen 842 716 815 903 −3,2"],
      "842 716 resor. År 2026 minskade resandet på linjen till 815 903 resor, en minskning med 3,2 procent.",
      [fig(842716, "antal", "842 716")]),
    q("What share of departures on bus line 11 in Region Edsvala were on time in 2026?", "en", "figure", A, 3,
      ["11 Edsvala – Ekshult – Nolvik 603 118 571 846 −5,2 83,2 81,7"],
      "81.7 per cent of departures left on time in 2026, down from 83.2 per cent in 2025.",
      [fig(81.7, "procent", "81,7")]),
    q("Hur hög var kostnadstäckningsgraden för regiontrafiken i Region Edsvala sammantaget 2025?", "sv", "figure",
      A, 3, ["Summa regiontrafik 3 040 829 3 091 715 +1,7 88,1 87,2 34,9 35,2"],
      "34,9 procent. År 2026 steg den till 35,2 procent.",
      [fig(34.9, "procent", "34,9")]),
    q("Vilken punktlighet hade bussarna i Region Edsvala totalt sett under 2025?", "sv", "figure", A, 1,
      ["Punktligheten för hela trafiken blev 87,6 procent jämfört med 88,8 procent under 2025"],
      "88,8 procent. År 2026 sjönk punktligheten till 87,6 procent; målet är 90 procent.",
      [fig(88.8, "procent", "88,8 procent")]),
    q("Vilka stadsbusslinjer i Edsvala tappade resenärer 2026 jämfört med året innan?", "sv", "list", A, 2,
      ["Åkervallen – Edsvala C – Mossgärdet 512 934 488 215 −4,8"],
      "Tre linjer i stadstrafiken: linje 4 (−3,2 procent), linje 6 (−4,8 procent) och linje 7 (−14,3 procent).",
      items=["4 Trädgårdsstaden – Edsvala C", "6 Åkervallen – Edsvala C", "7 Edsvala C – Ekudden"]),
    q("Which bus lines in Region Edsvala had a punctuality below 85 per cent in 2026?", "en", "list", A, 2,
      ["Edsvala C – Ekängen – Edsvala lasarett 986 302 1 031 248 +4,6 86,4 84,2"],
      "Four lines: line 3 (84.2 %), line 6 (82.9 %), line 7 (79.6 %) and line 11 (81.7 %).",
      items=["3 Edsvala C – Ekängen", "6 Åkervallen – Edsvala C", "7 Edsvala C – Ekudden",
             "11 Edsvala – Ekshult – Nolvik"]),
    q("Vilka förbättringar av stadstrafiken planerar Region Edsvala under 2027?", "sv", "list", A, 4,
      ["Linje 5 får tätare turer i rusningstid, var tionde minut"],
      "Tre: linje 7 återgår till ordinarie sträckning över Ekuddsbron i juni, linje 5 får tätare turer i "
      "rusningstid och nya hållplatser byggs vid Nyckelby centrum och Tegelhagen södra.",
      items=["Linje 7 återgår till ordinarie sträckning", "Linje 5 får tätare turer",
             "Nya hållplatser vid Nyckelby centrum"]),
    q("På vilka linjer i Region Edsvala blev punktligheten bättre 2026 än 2025?", "sv", "list", A, 2,
      ["Mjölkudden – Edsvala C – Norrbyhöjd 1 204 815 1 236 540 +2,6"],
      "Fem linjer: linje 2 (90,1 → 91,4 procent), linje 5 (92,3 → 93,0), linje 12 (88,0 → 88,9), linje 13 "
      "(85,6 → 86,0) och linje 14 (94,1 → 95,2).",
      items=["2 Mjölkudden – Edsvala C", "5 Edsvala C – Tornplatsen", "12 Trollsjö – Marnäs – Tunaholm",
             "13 Edsvala – Ålsjöbruk 205 733", "14 Aldertorp – Ekshult – Tunaholm"]),
    q("Varför minskade resandet på linje 7 i Edsvala under 2026?", "sv", "passage", A, 3,
      ["Ekuddsbron var avstängd för ombyggnad från april till oktober"],
      "Ekuddsbron var avstängd för ombyggnad från april till oktober och bussarna fick köra en längre omväg via "
      "Norra industriområdet; linjen tappade 56 906 resor och punktligheten föll till 79,6 procent."),
    none("Hur många resor gjordes på linje 15 i Region Edsvala under 2026?", "sv"),
    none("What was the punctuality of bus line 9 in Region Edsvala in 2024?", "en"),
    none("Vilka busslinjer i Region Edsvala hade fler än två miljoner resor 2026?", "sv"),

    # ------------------------------------------------------------ (b) Ånnesta, KFN protokoll 2027-03-16
    q("Hur mycket fick Ånnesta Teatersällskap i arrangemangsbidrag för 2027?", "sv", "figure", B, 3,
      ["Ånnesta Teatersällskap 40 000 32 000 Delvis bifall."],
      "32 000 kronor av sökta 40 000 kronor; sommarteatern ges i en mindre uppsättning än den som söktes.",
      [fig(32000, "kr", "32 000")]),
    q("How much did Ånnesta Konstförening apply for in premises grant for 2027?", "en", "figure", B, 4,
      ["Ånnesta Konstförening 48 000 36 000 Delvis bifall."],
      "48,000 kronor; the committee granted 36,000 kronor because the premises are also let privately.",
      [fig(48000, "kr", "48 000")]),
    q("Hur många ledamöter i Ånnestas kultur- och fritidsnämnd röstade emot förslaget till föreningsbidrag i mars "
      "2027?", "sv", "figure", B, 2,
      ["Med 6 ja-röster mot 3 nej-röster beslutar nämnden enligt arbetsutskottets förslag"],
      "Tre ledamöter röstade nej (för Marcus Anderssons yrkande), sex röstade ja.",
      [fig(3, "antal", "3 nej-röster")]),
    q("Hur stort underskott väntas simhallen ge Ånnestas kultur- och fritidsnämnd 2027?", "sv", "figure", B, 2,
      ["Av underskottet avser 0,6 mnkr simhallen, där energikostnaderna blivit högre än beräknat"],
      "0,6 mnkr av nämndens prognostiserade underskott på 0,9 mnkr (budget 48,6 mnkr, prognos 49,5 mnkr).",
      [fig(0.6, "mnkr", "0,6 mnkr")]),
    q("Vilka föreningar i Ånnesta fick hela det belopp de sökte i verksamhetsbidrag?", "sv", "list", B, 3,
      ["Tornets Boxningsklubb 45 000 45 000 Bifall."],
      "Fyra: Ånnesta Ridklubb (60 000 kr), Musikföreningen Mollackord (30 000 kr), Tornets Boxningsklubb "
      "(45 000 kr) och Naturvännerna i Ånnesta (9 000 kr).",
      items=["Ånnesta Ridklubb 60 000 60 000", "Musikföreningen Mollackord 30 000 30 000",
             "Tornets Boxningsklubb 45 000 45 000", "Naturvännerna i Ånnesta 9 000"]),
    q("Which associations in Ånnesta had their grant applications for 2027 turned down?", "en", "list", B, 3,
      ["Ensemble Nordljus 28 000 0 Avslag. Ansökan kom in efter sista"],
      "Two: Ånnesta Brukshundklubb (its activities are mainly for adults) and Ensemble Nordljus (the "
      "application came in after the deadline).",
      items=["Ånnesta Brukshundklubb 20 000 0", "Ensemble Nordljus 28 000 0"]),
    q("Vilka arrangemangsbidrag på mer än 20 000 kronor beviljade Ånnestas kultur- och fritidsnämnd?", "sv",
      "list", B, 3, ["Ånnesta Hembygdsförening 25 000 22 000 Delvis bifall."],
      "Två: Ånnesta Hembygdsförening (22 000 kr) och Ånnesta Teatersällskap (32 000 kr).",
      items=["Ånnesta Hembygdsförening 25 000 22 000", "Ånnesta Teatersällskap 40 000 32 000"]),
    q("Varför ska Ånnesta bibliotek stänga på lördagar i sommar?", "sv", "passage", B, 4,
      ["antalet besök på lördagar har minskat med en tredjedel"],
      "För att antalet besök på lördagar har minskat med en tredjedel sedan biblioteket införde meröppet på "
      "kvällarna; i stället hålls öppet till klockan 20 på torsdagar."),
    none("Hur mycket föreningsbidrag betalade Ånnesta kommun ut totalt under 2026?", "sv"),
    none("How much did Ånnesta Golfklubb apply for in association grants for 2027?", "en"),
    none("Vilka föreningar i Ånnesta beviljades mer än 100 000 kronor i bidrag för 2027?", "sv"),
    none("Hur stor budget har simhallen i Ånnesta för 2027?", "sv"),

    # ------------------------------------------------------------ (c) AB Nordvretahem, årsredovisning 2026
    q("Hur hög var vakansgraden i Nordvretahems område Murgrönan år 2025?", "sv", "figure", C, 2,
      ["Murgrönan 2026 158 4,6 1 187 264 2025 158 1,9 1 140 118"],
      "1,9 procent. År 2026 steg vakansgraden till 4,6 procent under stambytet.",
      [fig(1.9, "procent", "1,9")]),
    q("What was the average rent per square metre in Mjölnarbacken, Nordvreta, in 2026?", "en", "figure", C, 3,
      ["Mjölnarbacken 2026 176 1,1 1 121 205"],
      "1,121 kronor per square metre and year, up from 1,077 kronor in 2025.",
      [fig(1121, "kr", "1 121")]),
    q("Vilken soliditet hade Nordvretahem vid utgången av 2025?", "sv", "figure", C, 1,
      ["jämfört med 11,3 procent ett år tidigare"],
      "11,3 procent. Vid utgången av 2026 var soliditeten 12,4 procent; ägardirektivet kräver minst 15 procent.",
      [fig(11.3, "procent", "11,3 procent")]),
    q("Hur mycket lade det kommunala bostadsbolaget i Nordvreta på underhåll per kvadratmeter i hela beståndet "
      "2026?", "sv", "figure", C, 3, ["Hela bolaget 2026 2 360 2,4 1 170 155"],
      "155 kronor per kvadratmeter (149 kronor 2025).",
      [fig(155, "kr", "155")]),
    q("I vilka av Nordvretahems bostadsområden var mer än 3 procent av lägenheterna outhyrda 2026?", "sv", "list",
      C, 2, ["Almdalen 2026 536 3,4 1 054 176"],
      "Tre: Murgrönan (4,6 procent), Almdalen (3,4 procent) och Norrslätten (5,8 procent).",
      items=["Murgrönan 2026 158 4,6", "Almdalen 2026 536 3,4", "Norrslätten 2026 222 5,8"]),
    q("In which of Nordvretahem's housing areas in Nordvreta did maintenance per square metre fall from 2025 to "
      "2026?", "en", "list", C, 2,
      ["Tornslingan 2026 412 1,2 1 296 148 2025 412 0,9 1 248 162"],
      "Five areas: Tornslingan (162 → 148 kr/m²), Täppan (104 → 96), Åkerlyckan (153 → 142), Norrslätten "
      "(137 → 119) and Nyplanen (92 → 88).",
      items=["Tornslingan 2026 412 1,2", "Täppan 2026 94 0,0", "Åkerlyckan 2026 348 2,1",
             "Norrslätten 2026 222 5,8", "Nyplanen 2026 128 0,8"]),
    q("Vilka bostadsområden i Nordvretas ytterområden har fler än 200 lägenheter?", "sv", "list", C, 2,
      ["Almdalen 2026 536 3,4 1 054 176"],
      "Tre: Almdalen (536 lägenheter), Åkerlyckan (348) och Norrslätten (222).",
      items=["Almdalen 2026 536 3,4", "Åkerlyckan 2026 348 2,1", "Norrslätten 2026 222 5,8"]),
    q("Varför steg vakansgraden i Murgrönan hos Nordvretahem?", "sv", "passage", C, 3,
      ["har hållits tomma som evakueringsbostäder under stambytet"],
      "Fem lägenheter i Murgrönan har hållits tomma som evakueringsbostäder under stambytet, så vakansgraden "
      "steg till 4,6 procent."),
    none("Hur hög var vakansgraden för Nordvretahems lokaler 2026?", "sv"),
    none("What was the average rent per square metre in Tornslingan, Nordvreta, in 2024?", "en"),
    none("Vilka av Nordvretahems bostadsområden har en genomsnittshyra på över 1 600 kronor per kvadratmeter?",
         "sv"),
    none("Vad kostade stambytet i Murgrönan för Nordvretahem?", "sv"),

    # ------------------------------------------------------------ (d) Tallunda, handlingsplan ANDTS 2027–2028
    q("What share of boys in the second year of upper secondary school in Tallunda use snus or nicotine pouches?",
      "en", "figure", D, 1, ["Snusar eller använder nikotinpåsar 12 15 26 31"],
      "31 per cent (2026 survey), compared with 26 per cent of the girls in the same year.",
      [fig(31, "procent", "31")]),
    q("How large a share of girls in year 9 in Tallunda had drunk alcohol in the past twelve months?", "en",
      "figure", D, 1, ["Har druckit alkohol de senaste 12 månaderna 38 33 63 58"],
      "38 per cent of the girls in year 9 (boys: 33 per cent), according to the 2026 survey.",
      [fig(38, "procent", "38")]),
    q("Vid hur många kontrollköp i Tallunda under 2026 fick ungdomarna handla utan legitimation?", "sv", "figure",
      D, 2, ["Vid 9 av dem fick den unga köparen handla utan att visa legitimation"],
      "Vid 9 av 38 kontrollköp, det vill säga 24 procent.",
      [fig(9, "antal", "9")]),
    q("Hur mycket pengar har Tallunda avsatt för ANDTS-arbetet under 2027?", "sv", "figure", D, 2,
      ["För 2027 avsätts 1,4 mnkr och för 2028 1,6 mnkr"],
      "1,4 mnkr för 2027 (1,6 mnkr för 2028), varav 0,6 mnkr per år är statsbidrag.",
      [fig(1.4, "mnkr", "1,4 mnkr")]),
    q("Vilka åtgärder i Tallundas ANDTS-plan ska vara klara under första halvåret 2028?", "sv", "list", D, 3,
      ["1.5 Rökfria miljöer vid alla kommunala lekplatser och idrottsplatser"],
      "Tre: 1.3 samordnad tillsyn av serveringsställen (senast 30 juni 2028), 1.5 rökfria miljöer vid lekplatser "
      "och idrottsplatser (VT 2028) och 3.2 öppen mottagning för unga med riskbruk (senast 30 juni 2028).",
      items=["1.3 Samordnad tillsyn av serveringsställen", "1.5 Rökfria miljöer vid alla",
             "3.2 Öppen mottagning för unga"]),
    q("Vilka åtgärder i Tallundas handlingsplan har ännu inte kommit i gång?", "sv", "list", D, 3,
      ["1.2 Utbildning i ansvarsfull alkoholservering för personal på serveringsställen Alkoholhandläggare HT "
       "2027 Ej startad"],
      "Fem åtgärder har status Ej startad: 1.2, 2.4, 3.2, 3.3 och 4.2.",
      items=["1.2 Utbildning i ansvarsfull alkoholservering", "2.4 Kartläggning av snus och",
             "3.2 Öppen mottagning för unga", "3.3 Frågor om alkoholvanor vid", "4.2 Stöd till anhöriga till"]),
    q("Vilka åtgärder ansvarar socialförvaltningen i Tallunda för i ANDTS-planen?", "sv", "list", D, 4,
      ["2.5 Rutin för orosanmälan när skolpersonal misstänker droganvändning Socialförvaltningen"],
      "Fyra: 2.5 rutin för orosanmälan, 3.1 stödgrupper för barn, 3.2 öppen mottagning för unga med riskbruk och "
      "4.2 stöd till anhöriga till personer med spelproblem.",
      items=["2.5 Rutin för orosanmälan när", "3.1 Stödgrupper för barn som", "3.2 Öppen mottagning för unga",
             "4.2 Stöd till anhöriga till"]),
    q("Vilka prioriteringar har Tallunda satt upp för ANDTS-arbetet 2027–2028?", "sv", "list", D, 2,
      ["Förebygga spelproblem och ge stöd till anhöriga till personer som spelar om pengar"],
      "Fyra: begränsa ungas tillgång till alkohol, tobak och nikotin; skjuta upp debuten; ge tidigt och samordnat "
      "stöd; förebygga spelproblem och stödja anhöriga.",
      items=["Begränsa tillgången till alkohol, tobak och nikotin", "Skjuta upp debuten för alkohol och nikotin",
             "Ge tidigt och samordnat stöd till barn", "Förebygga spelproblem och ge stöd till anhöriga"]),
    q("Varför är Tallunda särskilt oroade över nikotinpåsar bland flickor?", "sv", "passage", D, 1,
      ["andelen flickor i gymnasiet som använder nikotinpåsar har mer än fördubblats"],
      "För att andelen flickor i gymnasiet som använder nikotinpåsar har mer än fördubblats på fyra år."),
    none("How much does Tallunda spend on test purchases (kontrollköp) of tobacco and alcohol?", "en"),
    none("Vilka åtgärder i Tallundas ANDTS-plan har avbrutits?", "sv"),
    none("Hur stor andel av eleverna i årskurs 7 i Tallunda röker?", "sv"),

    # ------------------------------------------------------------ (e) Angelsta, upphandlingsplan 2027
    q("Vad beräknas upphandlingen av en ny lekplats i Myrbacken i Angelsta kosta?", "sv", "figure", E, 3,
      ["U17 Ny lekplats i Myrbacken 1 150 2027-06-15 2027-09-30"],
      "1 150 tkr; avtalet gäller 15 juni–30 september 2027 och upphandlas med förenklat förfarande.",
      [fig(1150, "tkr", "1 150")]),
    q("When does the snow clearing contract that Angelsta is procuring end?", "en", "figure", E, 2,
      ["U13 Snöröjning och halkbekämpning 9 600 2027-10-15 2030-04-30"],
      "On 30 April 2030; the contract starts on 15 October 2027 and is worth 9,600 tkr.",
      [fig("2030-04-30", "datum", "2030-04-30")]),
    q("Var går gränsen för direktupphandling enligt Angelstas upphandlingsplan?", "sv", "figure", E, 1,
      ["Gränsen för direktupphandling är 700 tkr"],
      "Vid 700 tkr. Tröskelvärdet är cirka 2 400 tkr för varor och tjänster och cirka 58 000 tkr för "
      "byggentreprenader.",
      [fig(700, "tkr", "700 tkr")]),
    q("Hur stort är det sammanlagda värdet av de upphandlingar som Angelsta gör med förenklat förfarande 2027?",
      "sv", "figure", E, 1, ["Förenklat förfarande 8 35 500 35,0"],
      "35 500 tkr för åtta upphandlingar, 35,0 procent av planens totala värde på 101 380 tkr.",
      [fig(35500, "tkr", "35 500")]),
    q("Vilka upphandlingar i Angelsta ska göras med öppet förfarande?", "sv", "list", E, 2,
      ["U11 Trygghetslarm med larmmottagning 4 200 2027-11-01 2031-10-31 Öppet förfarande"],
      "Fem: telefoni och mobila abonnemang, skolskjuts, livsmedel, trygghetslarm samt snöröjning och "
      "halkbekämpning.",
      items=["U02 Telefoni och mobila abonnemang", "U05 Skolskjuts med buss och taxi",
             "U09 Livsmedel till särskilda boenden", "U11 Trygghetslarm med larmmottagning",
             "U13 Snöröjning och halkbekämpning"]),
    q("Which of Angelsta's planned contracts start during the first quarter of 2027?", "en", "list", E, 2,
      ["U07 Skolmöbler till nya Alvhagsskolan 1 850 2027-03-15 2027-08-15"],
      "Four: U03 printing (1 February), U07 school furniture (15 March), U12 summer nurse staffing (15 January) "
      "and U16 lift service (1 March).",
      items=["U03 Tryck och grafisk produktion", "U07 Skolmöbler till nya Alvhagsskolan",
             "U12 Bemanning av sjuksköterskor under sommaren", "U16 Serviceavtal för hissar"]),
    q("Vilka upphandlingar på tekniska förvaltningen i Angelsta är värda mer än 3 miljoner kronor?", "sv", "list",
      E, 2, ["U14 Ombyggnad av Angelsta simhall, etapp 2 21 500"],
      "Tre: snöröjning och halkbekämpning (9 600 tkr), ombyggnaden av simhallen etapp 2 (21 500 tkr) och bytet "
      "till LED i gatubelysningen (3 200 tkr).",
      items=["U13 Snöröjning och halkbekämpning", "U14 Ombyggnad av Angelsta simhall", "U15 Byte till LED i"]),
    q("Vilka direktupphandlingar i Angelsta gäller avtal som löper efter utgången av 2027?", "sv", "list", E, 2,
      ["U03 Tryck och grafisk produktion 640 2027-02-01 2028-01-31 Direktupphandling"],
      "Två: tryck och grafisk produktion (till 2028-01-31) och serviceavtalet för hissar (till 2029-02-28).",
      items=["U03 Tryck och grafisk produktion", "U16 Serviceavtal för hissar"]),
    q("Why is the renovation of the swimming hall in Angelsta divided into stages?", "en", "passage", E, 3,
      ["arbetet delas upp i etapper så att simhallen kan hållas öppen"],
      "So that the swimming hall can stay open during the whole renovation; stage 2 is worth 21,500 tkr."),
    none("Vad beräknas upphandlingen av städtjänster i Angelsta kosta?", "sv"),
    none("Vilka upphandlingar i Angelsta har ett beräknat värde över 50 miljoner kronor?", "sv"),
    none("Hur många anbud kom in när Angelsta upphandlade skolskjuts senast?", "sv"),

    # ------------------------------------------------------------ (f) Mossberga, VON uppföljning 2026 (p. 2 scanned)
    q("Hur lång var väntetiden till särskilt boende i Mossberga under tredje kvartalet 2026?", "sv", "figure", F,
      2, ["Väntetid till särskilt boende, dagar 52,4 61,0 47,3 38,6 45"],
      "47,3 dagar. Målet är 45 dagar; under fjärde kvartalet var väntetiden 38,6 dagar.",
      [fig(47.3, "antal", "47,3")]),
    q("What was the sick leave rate in elderly care in Mossberga in the first quarter of 2026?", "en", "figure", F,
      2, ["Sjukfrånvaro, % 9,8 8,1 6,9 9,2 8"],
      "9.8 per cent; the target is 8 per cent, and the rate was 9.2 per cent in the fourth quarter.",
      [fig(9.8, "procent", "9,8")]),
    q("Hur stort underskott hade hemtjänsten i Mossberga mot budget 2026?", "sv", "figure", F, 1,
      ["som gick 9,1 mnkr över budget när antalet beviljade timmar ökade"],
      "9,1 mnkr (utfall 173,6 mnkr mot budget 164,5 mnkr) av nämndens totala underskott på 14,4 mnkr.",
      [fig(9.1, "mnkr", "9,1 mnkr")]),
    q("Hur många nya platser i särskilt boende får Mossberga när Eklunden byggs ut?", "sv", "figure", F, 3,
      ["Eklundens nya avdelningar med 24 platser öppnar den 1 oktober 2027"],
      "24 platser, som öppnar den 1 oktober 2027; kommunen har då 210 platser i särskilt boende.",
      [fig(24, "antal", "24 platser")]),
    q("Vilka nyckeltal i Mossbergas äldreomsorg nådde inte målet under fjärde kvartalet 2026?", "sv", "list", F, 2,
      ["Timavlönades andel av arbetad tid, % 14,2 15,6 18,9 13,1 12"],
      "Fyra: personalkontinuiteten (15 mot målet 12), genomförandeplanerna (88 mot 90 procent), sjukfrånvaron "
      "(9,2 mot 8 procent) och timavlönades andel (13,1 mot 12 procent).",
      items=["Personalkontinuitet, antal personal på 14", "Brukare med aktuell genomförandeplan, %",
             "Sjukfrånvaro, % 9,8 8,1", "Timavlönades andel av arbetad tid"]),
    q("Which home-care key figures (hemtjänst) in Mossberga were higher in the fourth quarter of 2026 than in the "
      "first?", "en", "list", F, 2, ["Antal brukare med hemtjänst 412 418 405 427"],
      "Three: the number of home-care clients (412 → 427), the hours granted per month (21,840 → 23,050) and "
      "the share of clients with an up-to-date care plan (78 → 88 per cent).",
      items=["Antal brukare med hemtjänst 412", "Beviljade timmar per månad 21 840",
             "Brukare med aktuell genomförandeplan, %"]),
    q("Varför ökade andelen timavlönade i Mossbergas hemtjänst under tredje kvartalet?", "sv", "passage", F, 3,
      ["vakanta tjänster i hemtjänsten under sommaren fick bemannas med timavlönade"],
      "Därför att vakanta tjänster i hemtjänsten under sommaren fick bemannas med timavlönade när "
      "semestervikarierna inte räckte till."),
    none("How many home-care clients did Mossberga have in the fourth quarter of 2025?", "en"),
    none("Hur mycket betalade Mossbergas vård- och omsorgsnämnd för inhyrd personal från bemanningsföretag 2026?",
         "sv"),
    none("Vilka verksamheter inom Mossbergas vård- och omsorgsnämnd gick med överskott 2026?", "sv"),
    none("Hur nöjda var brukarna med hemtjänsten i Mossberga 2026?", "sv"),
    none("Hur stor var budgetavvikelsen för hemsjukvården i Mossberga 2026?", "sv"),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for n, x in enumerate(Q, 1):
            rec = {"id": f"t{34000 + n}"}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(Q), "questions")


if __name__ == "__main__":
    main()
