"""(b) Region Gränsmark – delårsrapport januari–augusti 2026.
DejaVu Sans Condensed, coloured header band, footnotes, a driftredovisning in mnkr with
Budget 2026 / Utfall jan–aug / Prognos 2026 / Avvikelse, negative deviations in parentheses,
group subtotal rows, and the table continued onto the next page WITHOUT its header repeated."""
import os
from fpdf.enums import XPos, YPos
from common6 import Doc, num, tnum, NB
from data import FILES, B_GROUPS, B_SPLIT_AFTER, B_INVEST, B_MEASURES

TEAL = (0, 92, 99)


def header(d):
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 12, "F")
    d.set_text_color(255, 255, 255)
    d.set_font("dvc", "B", 9)
    d.set_xy(d.l_margin, 4)
    d.cell(60, 4, "REGION GRÄNSMARK")
    d.set_font("dvc", "", 8.5)
    d.set_x(d.l_margin)
    d.cell(0, 4, "Delårsrapport januari–augusti 2026", align="R")
    d.set_text_color(0, 0, 0)
    d.set_y(19)


def footer(d):
    d.set_y(-12)
    d.set_font("dvc", "", 7.5)
    d.set_text_color(90, 90, 90)
    d.cell(0, 4, f"{d.page_no()}", align="C")
    d.set_text_color(0, 0, 0)


d = Doc(header_fn=header, footer_fn=footer, author="Region Gränsmark")   # no metadata title
d.body_font = ("dvc", 9.5)


def h1(t):
    d.heading(t, size=13, before=3, color=TEAL)


def h2(t):
    d.heading(t, size=10.5, before=2, after=1)


# ---------------- page 1
d.add_page()
d.ln(6)
d.set_font("dvc", "B", 22)
d.set_text_color(*TEAL)
d.cell(0, 10, "Delårsrapport", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_font("dvc", "", 13)
d.cell(0, 7, "januari–augusti 2026 med helårsprognos", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_text_color(0, 0, 0)
d.ln(2)
d.set_font("dvc", "", 8.5)
d.multi_cell(0, 4.2, "Behandlad av regionstyrelsen 2026-09-29, § 141. Föreslås att läggas till handlingarna av "
             "regionfullmäktige den 20 oktober 2026. Diarienummer RS 2026/0877.", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
d.ln(4)
h1("Sammanfattning")
d.para("Regionens ekonomiska resultat för perioden är positivt och i nivå med tidigare år, men prognosen "
       "för helåret är betydligt svagare än budgeterat. Det beror främst på underskott inom hälso- och "
       "sjukvården och kollektivtrafiken, som endast delvis vägs upp av högre skatteintäkter och överskott "
       "inom regionens gemensamma funktioner. Regionstyrelsen har därför beslutat om åtgärder för att "
       "dämpa kostnadsutvecklingen under hösten.")
d.para("Tillgängligheten i vården har förbättrats. Andelen patienter som fått ett första besök i den "
       "specialiserade vården inom 90 dagar har ökat, och köerna till planerade operationer har minskat "
       "jämfört med årsskiftet. Arbetet med att minska beroendet av inhyrd personal fortsätter.")
h1("Väsentliga händelser under perioden")
d.marked([
    "Stormen i mitten av januari orsakade omfattande störningar i kollektivtrafiken under två veckor.",
    "Den nya vårdcentralen i Gränsby öppnade den 1 mars 2026.",
    "Regionfullmäktige beslutade 2026-04-14 om en ny struktur för förlossningsvården.",
    "Ett nytt avtal för sjukresor började gälla den 1 juni 2026.",
    "Regionen tog emot utmärkelsen Årets vårdgivare inom diabetesvården i juni.",
], "–", indent=2, hang=5)

# ---------------- page 2
d.add_page()
h1("1 Förvaltningsberättelse")
h2("1.1 Resultat och prognos")
d.para(f"Periodens resultat uppgick till {tnum(212.6, 1)}{NB}mnkr, att jämföra med {tnum(178.4, 1)}{NB}mnkr för "
       f"samma period 2025. För helåret prognostiseras ett resultat på {tnum(48.3, 1)}{NB}mnkr, vilket är "
       f"{tnum(91.7, 1)}{NB}mnkr lägre än det budgeterade resultatet på {tnum(140.0, 1)}{NB}mnkr.¹ "
       f"Balanskravsresultatet beräknas till {tnum(39.6, 1)}{NB}mnkr efter att realisationsvinster om "
       f"{tnum(8.7, 1)}{NB}mnkr från fastighetsförsäljningar räknats bort.")
d.para("Det finansiella målet om ett resultat som motsvarar minst 1,5 procent av skatteintäkter och "
       "generella statsbidrag bedöms inte nås för 2026. Prognosen motsvarar 0,5 procent.")
h2("1.2 Skatteintäkter och generella statsbidrag")
d.para(f"Skatteintäkter och generella statsbidrag beräknas uppgå till {tnum(9284.6, 1)}{NB}mnkr för helåret, "
       f"vilket är {tnum(36.2, 1)}{NB}mnkr mer än budgeterat.² Ökningen förklaras av en starkare "
       "sysselsättning än vad som antogs när budgeten fastställdes.")
h2("1.3 Nettokostnadsutveckling")
d.para("Verksamhetens nettokostnader väntas öka med 5,8 procent jämfört med 2025, medan skatteintäkterna "
       "ökar med 4,1 procent. En nettokostnadsutveckling som varaktigt överstiger intäktsutvecklingen är "
       "inte långsiktigt hållbar.")
h2("1.4 Personal")
d.para(f"Antalet tillsvidareanställda var {tnum(9812)} den 31 augusti 2026, en ökning med {tnum(146)} sedan "
       "årsskiftet. Sjukfrånvaron under januari–juli 2026 var 6,1 procent, jämfört med 6,4 procent under "
       "motsvarande period 2025. Kostnaderna för inhyrd personal har ökat jämfört med föregående år, "
       "framför allt inom psykiatrin och inom närsjukvården i regionens glesbygd.")
h2("1.5 Investeringar och likviditet")
d.para(f"Nettoinvesteringarna uppgick under perioden till {tnum(412.8, 1)}{NB}mnkr. Likviditeten är god och "
       "regionen har inte behövt ta upp några nya lån under året. Soliditeten inklusive hela "
       "pensionsförpliktelsen var 18,4 procent per den 31 augusti.")
d.footnotes([("¹", "Budgeterat resultat enligt regionfullmäktiges beslut 2025-11-25, § 98."),
             ("²", "Beräknat utifrån SKR:s skatteunderlagsprognos publicerad 2026-08-20.")], fam="dvc")

# ---------------- page 3: driftredovisning, table broken after B_SPLIT_AFTER
d.add_page()
h1("2 Driftredovisning")
d.para("Driftredovisningen visar verksamheternas nettokostnader i miljoner kronor. Budget 2026 avser "
       "budget efter de omfördelningar som regionstyrelsen beslutat till och med juni. Avvikelsen är "
       "skillnaden mellan budget och helårsprognos; ett underskott anges inom parentes.")
h2("2.1 Samlad bedömning")
d.para("Hälso- och sjukvården står för den största delen av avvikelsen. Kostnaderna för läkemedel, köpt "
       "vård och bemanning har ökat snabbare än budgeterat, samtidigt som intäkterna från patientavgifter "
       "ligger i nivå med budget. Flera verksamheter inom hälso- och sjukvården redovisar dock överskott, "
       "bland annat tandvården och medicinsk service, där vakanser och lägre kostnader för "
       "laboratorieanalyser bidrar.")
d.para("Inom regional utveckling redovisar kollektivtrafiken ett underskott, medan övriga verksamheter "
       "ligger i nivå med eller något under budget. Regionens gemensamma funktioner redovisar ett "
       "sammantaget överskott, framför allt till följd av vakanta tjänster och lägre konsultkostnader.")
d.para("Prognoserna har tagits fram i samråd mellan verksamheternas ekonomer och regionens centrala "
       "ekonomifunktion. Osäkerheten bedöms som störst för läkemedelskostnaderna, där nya behandlingar "
       "introduceras under hösten, och för kostnaderna för köpt vård.")
d.para("Jämfört med prognosen i april har underskottet inom hälso- och sjukvården ökat. Den största "
       "försämringen avser den specialiserade somatiska vården, medan prognosen för psykiatrin har "
       "förbättrats sedan flera vakanta läkartjänster tillsatts med egen personal.")
d.para("Budgeten för 2026 innehöll ett generellt effektiviseringskrav på en procent för samtliga "
       "verksamheter utom tandvården. Kravet bedöms ha uppfyllts inom de gemensamma funktionerna men "
       "endast till hälften inom hälso- och sjukvården.")
d.para("Regionstyrelsen har gett regiondirektören i uppdrag att återkomma med en fördjupad analys av "
       "kostnaderna för köpt vård till sammanträdet i november. Analysen ska även belysa remissflödena "
       "och hur vårdgarantin påverkar kostnaderna för vård i andra regioner.")
d.para("Tabellen nedan redovisar verksamheterna grupperade efter regionens tre verksamhetsområden. "
       "Kostnader för pensioner, avskrivningar på gemensamma system och finansiella poster redovisas "
       "inte per verksamhet utan under finansförvaltningen, som inte ingår i tabellen.")
d.set_font("dvc", "B", 9)
d.cell(0, 5, "Tabell 2. Driftredovisning per verksamhet, mnkr", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
W = [66, 25, 28, 25, 28]
LH = 4.2
d.set_draw_color(*TEAL)
d.set_line_width(0.5)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
y0 = d.get_y() + 0.8
x = d.l_margin
d.set_font("dvc", "B", 8.5)
for w, t, al in zip(W, ["Verksamhet", "Budget\n2026", "Utfall\njan–aug 2026", "Prognos\n2026",
                        "Avvikelse mot\nbudget"], "LRRRR"):
    d.set_xy(x, y0)
    d.multi_cell(w, LH, t, align=al)
    x += w
d.set_y(y0 + 2 * LH + 0.8)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
d.set_line_width(0.15)
d.set_draw_color(170, 170, 170)
RH = 5.6


def row(cells, style="", rule=False, italic_first=False, fill=None):
    if fill:
        d.set_fill_color(*fill)
        d.rect(d.l_margin, d.get_y(), sum(W), RH, "F")
    for i, (w, t) in enumerate(zip(W, cells)):
        d.set_font("dvc", ("I" if italic_first and i == 0 else style), 8.5)
        d.cell(w, RH, t, align="L" if i == 0 else "R")
    d.ln(RH)
    if rule:
        d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())


def money(x):
    return num(x, 1, neg="paren")


tot = [0, 0, 0]
for gi, (group, rows) in enumerate(B_GROUPS):
    row([group, "", "", "", ""], style="B", fill=(225, 238, 239))
    s = [0, 0, 0]
    for name, b, u, p in rows:
        row(["   " + name, money(b), money(u), money(p), money(b - p)], rule=True)
        s = [s[0] + b, s[1] + u, s[2] + p]
        if name == B_SPLIT_AFTER:
            d.add_page()      # continued on next page, header NOT repeated
    row([f"Summa {group[0].lower() + group[1:]}", money(s[0]), money(s[1]), money(s[2]),
         money(s[0] - s[2])], style="B", rule=True)
    tot = [tot[0] + s[0], tot[1] + s[1], tot[2] + s[2]]
d.set_draw_color(*TEAL)
d.set_line_width(0.5)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
row(["Totalt verksamheterna", money(tot[0]), money(tot[1]), money(tot[2]), money(tot[0] - tot[2])], style="B")
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
d.ln(3)
h2("2.2 Kommentarer till verksamheternas prognoser")
d.para("Närsjukvård. Underskottet beror på högre kostnader för bemanning av jourverksamheten och på att fler "
       "patienter än beräknat har listat sig vid regionens egna vårdcentraler, vilket ökar kostnaderna "
       "utan motsvarande ökning av ersättningen.")
d.para("Specialiserad somatisk vård. Underskottet förklaras främst av högre kostnader för läkemedel och "
       "medicinskt material, fler vårdtillfällen än planerat inom ortopedin och köpt vård från andra "
       "regioner för att vårdgarantin ska kunna hållas.")
d.para("Akutsjukvård och ambulans. Antalet ambulansuppdrag har ökat med 7 procent och en extra "
       "ambulans har satts i drift i västra länsdelen sedan maj.")
d.para("Kollektivtrafik. Underskottet beror på högre indexkostnader i trafikavtalen och på lägre "
       "biljettintäkter än budgeterat efter störningarna i januari.")
d.para("Regionfastigheter. Oplanerat underhåll efter en vattenskada på Gränsmarks sjukhus i april "
       "belastar resultatet.")

# ---------------- page 5: investments, measures, events
d.add_page()
h1("3 Investeringar")
d.para("Tabellen visar de största investeringsprojekten. Ett underskott mot budget anges inom parentes.")
d.set_font("dvc", "B", 9)
d.cell(0, 5, "Tabell 3. Investeringsprojekt, mnkr", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_draw_color(*TEAL)
d.set_line_width(0.5)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
y0 = d.get_y() + 0.8
x = d.l_margin
d.set_font("dvc", "B", 8.5)
for w, t, al in zip(W, ["Projekt", "Budget\n2026", "Utfall\njan–aug 2026", "Prognos\n2026",
                        "Avvikelse mot\nbudget"], "LRRRR"):
    d.set_xy(x, y0)
    d.multi_cell(w, LH, t, align=al)
    x += w
d.set_y(y0 + 2 * LH + 0.8)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W), d.get_y())
d.set_line_width(0.15)
d.set_draw_color(170, 170, 170)
s = [0, 0, 0]
for name, b, u, p in B_INVEST:
    row([name, money(b), money(u), money(p), money(b - p)], rule=True)
    s = [s[0] + b, s[1] + u, s[2] + p]
row(["Summa", money(s[0]), money(s[1]), money(s[2]), money(s[0] - s[2])], style="B")
d.ln(3)
d.para("Bussinvesteringen blir dyrare än budgeterat eftersom regionen valt att köpa fyra ytterligare "
       "elbussar. Vårdcentralen i Norrgläntan har försenats på grund av överklagat bygglov.")
h1("4 Åtgärder för en ekonomi i balans")
d.para("Regionstyrelsen beslutade den 15 september 2026 om följande åtgärder:")
d.marked(B_MEASURES, "–", indent=2, hang=5)
h1("5 Händelser efter periodens utgång")
d.para("Den 9 september 2026 tecknade regionen ett nytt avtal om laboratorieanalyser, som gäller från "
       "2027-01-01. Regeringen aviserade i budgetpropositionen höjda generella statsbidrag för 2027, vilket "
       "inte har beaktats i prognosen.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), FILES["b"])
d.output(out)
print(out, d.pages_count)
