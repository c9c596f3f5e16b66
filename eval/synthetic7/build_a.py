"""(a) Ramsvika kommun – Årsredovisning 2025, förvaltningsberättelse i sammandrag.

Layout: a "Nyckeltal" table with the years 2023/2024/2025 as columns and 14 measures as rows
(horizontal rules only, p. 2); running text where most sentences hold 2–4 figures (budget vs utfall,
last year vs this year, percentages and counts in one sentence, p. 3 and p. 5); a ruled table of
financial goals with green/red "Ja"/"Nej" cells and a table of verksamhetsmål grouped under
målområden (p. 4); a "•" list of important events (p. 1). Metadata title set.
"""
import datetime as dt

from common7 import HERE, Doc, Group, Cell, dec, grp
from data import A_NYCKEL, A_FINMAL, A_VMAL, A_HANDELSER

OUT = HERE / "ramsvika-arsredovisning-2025.pdf"
BLUE = (20, 70, 120)
GREEN, RED, YELLOW = (200, 230, 200), (240, 200, 200), (250, 238, 190)

pdf = Doc("Ramsvika kommun", "Årsredovisning 2025", "{p}", font="liberation", serif=True, justify=True,
          foot="Ramsvika kommun · Årsredovisning 2025 · Förvaltningsberättelse", accent=BLUE,
          title="Ramsvika kommun – Årsredovisning 2025", author="Ramsvika kommun, ekonomiavdelningen",
          created=dt.datetime(2026, 3, 26, 13, 40, tzinfo=dt.timezone.utc))
pdf.add_page()

# ---------------------------------------------------------------- page 1
pdf.ln(2)
pdf.title_block("Årsredovisning 2025", "Förvaltningsberättelse i sammandrag – Ramsvika kommun", size=24)
pdf.h1("Kommunstyrelsens ordförande har ordet")
pdf.p("År 2025 blev ett ekonomiskt tufft år för Ramsvika kommun. För första gången sedan 2012 redovisar "
      "kommunen ett negativt resultat, samtidigt som vi har genomfört de största investeringarna i "
      "kommunens historia. Kostnaderna för försörjningsstöd, placeringar av barn och unga och "
      "gymnasieskolans interkommunala ersättningar har ökat snabbare än vi räknade med när budgeten "
      "beslutades.")
pdf.p("Samtidigt finns det mycket att glädjas åt. Vård- och omsorgsboendet Rönngården har öppnat, "
      "Strandängsskolan växer fram och företagarna ger kommunen ett bättre betyg än någonsin. "
      "Sjukfrånvaron bland våra medarbetare fortsätter att minska. Under 2026 måste vi ändå vidta "
      "kraftfulla åtgärder för att återställa balansen och klara kommunallagens krav på god ekonomisk "
      "hushållning.")
pdf.p("Anna-Karin Westberg (S), kommunstyrelsens ordförande", style="I", size=9.5)
pdf.h1("Händelser av väsentlig betydelse")
pdf.bullets(A_HANDELSER, size=10)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.h1("Översikt över verksamhetens utveckling")
pdf.p("Tabellen nedan visar kommunens utveckling under de senaste tre åren. Uppgifterna avser kommunen "
      "exklusive de kommunala bolagen. Resultat och investeringar redovisas i miljoner kronor (mnkr) och "
      "uppgifterna om personal avser förhållandena den 31 december respektive år.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 1. Nyckeltal 2023–2025", new_x="LMARGIN", new_y="NEXT")


def cell(v, d):
    return grp(v) if d is None else dec(v, d)


rows = [(lab, cell(a, d), cell(b, d), cell(c, d)) for lab, a, b, c, d in A_NYCKEL]
pdf.ruled_table(("Nyckeltal", "2023", "2024", "2025"), rows, (100, 22, 22, 22),
                ("LEFT", "RIGHT", "RIGHT", "RIGHT"), size=9, lh=5.2, borders="HORIZONTAL_LINES",
                head_fill=(225, 235, 245))
pdf.p("Befolkningen fortsatte att öka men i en långsammare takt än tidigare år. Ökningen under 2025 "
      "berodde främst på ett positivt flyttnetto, medan födelsenettot för andra året i rad var negativt. "
      "Andelen invånare som är 80 år eller äldre ökar och väntas öka med omkring 30 procent fram till 2035.")
pdf.p("Soliditeten har försvagats under perioden eftersom investeringarna till stor del har finansierats "
      "med nya lån. Även soliditeten inklusive samtliga pensionsåtaganden har sjunkit men ligger "
      "fortfarande över den nivå som fullmäktige har satt som finansiellt mål.")

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("Ekonomisk analys")
pdf.h2("Årets resultat")
pdf.p("Årets resultat blev −7,4 mnkr, vilket är 21,3 mnkr sämre än det budgeterade resultatet på 13,9 mnkr "
      "och 20,0 mnkr lägre än resultatet 2024. Efter avdrag för realisationsvinster på 1,9 mnkr och "
      "tillägg för orealiserade förluster i värdepapper på 6,5 mnkr uppgår balanskravsresultatet till "
      "−2,8 mnkr, som ska återställas senast 2028.")
pdf.p("Underskottet förklaras främst av att nämnderna sammantaget redovisar ett underskott på 29,6 mnkr "
      "mot budget. Socialnämnden står för den största delen, 22,4 mnkr, där kostnaderna för placeringar "
      "av barn och unga överskred budget med 11,8 mnkr och försörjningsstödet med 6,1 mnkr. "
      "Barn- och utbildningsnämnden redovisar ett underskott på 9,3 mnkr som framför allt beror på "
      "ökade kostnader för gymnasieelever i andra kommuner. Finansförvaltningen redovisar ett "
      "överskott på 8,3 mnkr, huvudsakligen tack vare lägre pensionskostnader än beräknat.")
pdf.h2("Nettokostnadsutveckling")
pdf.p("Verksamhetens nettokostnader ökade med 4,7 procent till 1 874,6 mnkr, medan skatteintäkter och "
      "generella statsbidrag ökade med 3,1 procent till 1 879,0 mnkr. Nettokostnaderna motsvarade "
      "därmed 99,8 procent av skatteintäkter och bidrag, att jämföra med 98,2 procent året innan. "
      "Personalkostnaderna, som utgör 62 procent av bruttokostnaderna, ökade med 4,1 procent, varav "
      "avtalsmässiga löneökningar svarade för 3,3 procentenheter.")
pdf.h2("Investeringar och finansiering")
pdf.p("Nettoinvesteringarna uppgick till 246,8 mnkr, varav 112,4 mnkr eller 45,5 procent avsåg nybyggnaden "
      "av Strandängsskolan. Investeringsbudgeten på 318,0 mnkr utnyttjades till 77,6 procent; den "
      "främsta orsaken till avvikelsen är att ombyggnaden av Ramsvika sporthall har senarelagts till 2026.")
pdf.p("Självfinansieringsgraden sjönk till 29,8 procent, vilket innebär att knappt en tredjedel av "
      "investeringarna kunde betalas med skatteintäkter och avskrivningar. Kommunen tog under året upp "
      "nya lån på 150,0 mnkr och amorterade 26,5 mnkr, så att låneskulden vid årets slut var 621,5 mnkr. "
      "Den genomsnittliga räntan på låneportföljen var 2,64 procent och den genomsnittliga "
      "räntebindningstiden 2,9 år.")
pdf.p("Pensionsförpliktelserna, inklusive löneskatt, uppgick till 812,3 mnkr, varav 512,8 mnkr redovisas "
      "som ansvarsförbindelse utanför balansräkningen. Kommunen har inga pensionsmedel placerade.")

# ---------------------------------------------------------------- page 4
pdf.add_page()
pdf.h1("God ekonomisk hushållning")
pdf.p("Kommunfullmäktige har i budget 2025 fastställt sex finansiella mål och tio verksamhetsmål för god "
      "ekonomisk hushållning. Av de finansiella målen uppnåddes två och av verksamhetsmålen fyra. Den "
      "samlade bedömningen är att kommunen inte har haft en god ekonomisk hushållning under 2025.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 2. Finansiella mål 2025", new_x="LMARGIN", new_y="NEXT")
frows = [(nr, mal, mv, utf, Cell(u, GREEN if u == "Ja" else RED, bold=True)) for nr, mal, mv, utf, u in A_FINMAL]
pdf.ruled_table(("Nr", "Mål", "Målvärde", "Utfall 2025", "Uppfyllt"), frows, (9, 86, 25, 25, 21),
                ("CENTER", "LEFT", "LEFT", "RIGHT", "CENTER"), size=8.5, lh=4.3, head_fill=(225, 235, 245))
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Tabell 3. Verksamhetsmål 2025", new_x="LMARGIN", new_y="NEXT")
vrows, last = [], None
for omr, mal, bed in A_VMAL:
    if omr != last:
        vrows.append(Group(omr))
        last = omr
    fill = {"Uppfyllt": GREEN, "Delvis uppfyllt": YELLOW, "Ej uppfyllt": RED}[bed]
    vrows.append((mal, Cell(bed, fill)))
pdf.ruled_table(("Mål", "Bedömning"), vrows, (130, 36), ("LEFT", "CENTER"), size=8.5, lh=4.3,
                head_fill=(225, 235, 245))

# ---------------------------------------------------------------- page 5
pdf.add_page()
pdf.h1("Personal")
pdf.p("Antalet tillsvidareanställda ökade från 2 214 till 2 268 under året, samtidigt som antalet årsarbetare "
      "bland timavlönade minskade med 41 till 187. Ökningen av tillsvidareanställda förklaras till största "
      "delen av att 58 medarbetare anställdes när Rönngården öppnade.")
pdf.p("Sjukfrånvaron sjönk till 6,8 procent av den ordinarie arbetstiden; bland kvinnor var den 7,6 procent "
      "och bland män 4,3 procent, medan långtidssjukfrånvaron svarade för 44,9 procent av den totala "
      "sjukfrånvaron. Andelen medarbetare som arbetar heltid ökade från 71,2 till 73,5 procent, men målet "
      "om 80 procent nåddes inte.")
pdf.p("Under året gick 63 medarbetare i pension och personalomsättningen, exklusive pensionsavgångar, var "
      "8,9 procent. Svårast är det att rekrytera legitimerade förskollärare, socialsekreterare och "
      "sjuksköterskor.")
pdf.h1("Förväntad utveckling")
pdf.p("Skatteunderlagets tillväxt väntas bli svag även 2026, samtidigt som behoven inom äldreomsorgen och "
      "socialtjänsten fortsätter att öka. Kommunfullmäktige har därför i budget 2026 beslutat om "
      "effektiviseringar på sammanlagt 24,0 mnkr och om ett anställningsstopp för administrativa tjänster. "
      "Budgeten för 2026 har ett resultat på 18,5 mnkr, vilket ska räcka för att återställa årets negativa "
      "balanskravsresultat.")
pdf.p("Ramsvikahem AB fortsätter byggandet i kvarteret Sjöboden och planerar ytterligare ett bostadsprojekt i "
      "Strandängen, där kommunen har antagit en detaljplan för cirka 300 bostäder. Investeringsnivån "
      "väntas ligga kvar på över 200 mnkr per år fram till 2028, vilket innebär att låneskulden fortsätter "
      "att öka och att kostnaderna för räntor och avskrivningar tar en allt större del av budgeten.")

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
