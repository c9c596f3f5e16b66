"""(d) Stenbräcka kommun – miljöbokslut 2025.
DejaVu Serif body; a framed "Nyckeltal" box with two columns of label/value pairs, a TRANSPOSED
key-figure table (years as rows, measures as columns) with footnote marks in the column heads and
footnotes, a zebra-shaded table WITHOUT any ruling lines, a two-column date/event list."""
import os
from fpdf.enums import XPos, YPos
from common6 import Doc, num, tnum, NB
from data import FILES, D_YEARS, D_GOALS, D_EVENTS, long_date

GREEN = (38, 98, 56)


def header(d):
    d.set_font("dv", "", 7.5)
    d.set_text_color(*GREEN)
    d.set_y(8)
    d.cell(0, 4, "Stenbräcka kommun  |  Miljöbokslut 2025", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_draw_color(*GREEN)
    d.set_line_width(0.25)
    d.line(d.l_margin, 13, d.w - d.r_margin, 13)
    d.set_text_color(0, 0, 0)
    d.set_y(18)


def footer(d):
    d.set_y(-12)
    d.set_font("dv", "", 7.5)
    d.cell(0, 4, str(d.page_no()), align="C")


d = Doc(header_fn=header, footer_fn=footer, author="Stenbräcka kommun, miljöstrategiska enheten")  # no title
d.body_font = ("dvs", 9.5)


def h1(t):
    d.heading(t, size=13, fam="dv", before=3, color=GREEN)


def h2(t):
    d.heading(t, size=10.5, fam="dv", before=2, after=1)


# ---------------- page 1
d.add_page(bare=True)
d.set_fill_color(*GREEN)
d.rect(0, 0, 8, d.h, "F")
d.set_y(24)
d.set_font("dv", "B", 11)
d.set_text_color(*GREEN)
d.cell(0, 5, "STENBRÄCKA KOMMUN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(4)
d.set_font("dv", "B", 26)
d.cell(0, 12, "Miljöbokslut 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_text_color(0, 0, 0)
d.set_font("dv", "", 10)
d.multi_cell(0, 5, "Uppföljning av miljöprogrammet 2021–2030. Redovisat för kommunstyrelsen den "
             "14 april 2026 och för kommunfullmäktige 2026-05-18.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(6)
# Nyckeltal box with two columns
bx, by, bw = d.l_margin, d.get_y(), d.epw
rows = [("Utsläpp, egen organisation", "4 660 ton CO₂e", "Egenproducerad solel", "940 MWh"),
        ("Minskning sedan 2019", "27 procent", "Publika laddpunkter", "64 st"),
        ("Fossilfria fordon i egen flotta", "66 procent", "Matsvinn i skolkök", "38 g per portion"),
        ("Ekologiska livsmedel", "41 procent", "Hushållsavfall per invånare", "412 kg")]
bh = 10 + len(rows) * 6.4 + 3
d.set_fill_color(234, 243, 236)
d.set_draw_color(*GREEN)
d.set_line_width(0.6)
d.rect(bx, by, bw, bh, "DF")
d.set_xy(bx + 4, by + 3)
d.set_font("dv", "B", 10.5)
d.set_text_color(*GREEN)
d.cell(0, 5, "Nyckeltal 2025")
d.set_text_color(0, 0, 0)
cw = (bw - 12) / 2
y = by + 10
for l1, v1, l2, v2 in rows:
    for k, (lab, val) in enumerate([(l1, v1), (l2, v2)]):
        x = bx + 4 + k * (cw + 4)
        d.set_xy(x, y)
        d.set_font("dv", "", 8.5)
        d.cell(cw - 26, 6.4, lab)
        d.set_font("dv", "B", 8.5)
        d.cell(26, 6.4, val, align="R")
    y += 6.4
d.line(bx + 4 + cw + 2, by + 10, bx + 4 + cw + 2, by + bh - 3)
d.set_y(by + bh + 6)
h1("Sammanfattning")
d.para("Kommunens egna utsläpp av växthusgaser fortsatte att minska under 2025 och är nu 27 procent lägre "
       "än basåret 2019. Andelen fossilfria fordon ökade kraftigt efter att leasingavtalen för ett 40-tal "
       "bilar förnyades, och produktionen av solel ökade med drygt 50 procent när anläggningen på "
       "Bräckaskolan togs i drift.")
d.para("Utvecklingen går däremot åt fel håll eller för långsamt när det gäller matsvinn, hushållsavfall "
       "och vattenkvalitet. Av miljöprogrammets 14 indikatorer bedöms fyra inte nå målnivån till 2030 med "
       "nuvarande takt.")

# ---------------- page 2
d.add_page()
h1("1 Klimat och energi")
h2("1.1 Utsläpp av växthusgaser")
d.para("Utsläppen från kommunens organisation har minskat med 27 procent sedan 2019, men minskningen har "
       "inte varit jämn. År 2022 ökade utsläppen tillfälligt, främst för att fjärrvärmeverket i Bräckaby "
       "under tre vintermånader eldade olja efter ett haveri i biopannan och för att tjänsteresorna med flyg "
       "ökade igen efter pandemin. Transporterna svarar fortfarande för ungefär 40 procent av utsläppen.")
h2("1.2 Nyckeltal per år")
d.para("Tabellen visar utvecklingen sedan basåret. Varje rad avser ett kalenderår.")
W = [14, 32, 30, 26, 38, 32]
HD = ["År", "Växthusgas-\nutsläpp¹\n(ton CO₂e)", "varav\ntransporter\n(ton CO₂e)", "Fossilfria\nfordon²\n(%)",
      "Energianvändning\ni lokaler³\n(kWh/m²)", "Egenproducerad\nsolel\n(MWh)"]
d.set_font("dv", "B", 8)
d.set_draw_color(*GREEN)
d.set_line_width(0.2)
d.set_fill_color(*GREEN)
d.set_text_color(255, 255, 255)
y0 = d.get_y()
x = d.l_margin
for w, t in zip(W, HD):
    d.rect(x, y0, w, 13.5, "DF")
    d.set_xy(x + 1, y0 + 0.6)
    d.multi_cell(w - 2, 4.1, t, align="C")
    x += w
d.set_text_color(0, 0, 0)
d.set_y(y0 + 13.5)
d.set_font("dv", "", 8.5)
for yr, tot, tr, fos, en, sol in D_YEARS:
    x = d.l_margin
    for w, t, al in zip(W, [str(yr), num(tot), num(tr), num(fos), num(en), num(sol)], "CRRRRR"):
        d.rect(x, d.get_y(), w, 6)
        d.set_xy(x + 1, d.get_y())
        d.cell(w - 3, 6, t, align=al)
        x += w
    d.set_y(d.get_y() + 6)
d.ln(4)
h2("1.3 Energi i kommunens lokaler")
d.para("Energianvändningen i lokalerna har minskat varje år sedan 2019. Under 2025 byttes belysningen i "
       "sex skolor och två idrottshallar till LED, och styrningen av ventilationen i stadshuset sågs över. "
       "Solcellsanläggningen på Bräckaskolans tak producerade 210 MWh under de första nio månaderna.")
d.footnotes([("¹", "Kommunens förvaltningar, exklusive de kommunala bolagen. Beräknat enligt kommunens "
                    "klimatbokslutsmetod."),
             ("²", "Personbilar och lätta lastbilar som drivs med el, biogas eller HVO100."),
             ("³", "Normalårskorrigerad energianvändning för uppvärmning och fastighetsel.")], fam="dvs")

# ---------------- page 3: zebra table without lines
d.add_page()
h1("2 Uppföljning av miljöprogrammet")
d.para("Miljöprogrammet 2021–2030 innehåller 14 indikatorer inom sex målområden. Bedömningen avser om "
       "målnivån för 2030 kan nås med nuvarande utvecklingstakt. Skalan är Nås, Nås delvis och Nås inte; "
       "indikatorer som saknar mätvärde markeras Ej bedömd.")
W3 = [27, 73, 24, 24, 24]
d.set_font("dv", "B", 8.5)
d.set_text_color(*GREEN)
for w, t, al in zip(W3, ["Målområde", "Indikator", "Utfall 2025", "Mål 2030", "Bedömning"], "LLRRL"):
    d.cell(w, 7, t, align=al)
d.ln(7)
d.set_text_color(0, 0, 0)
RH = 4.4
for i, (area, ind, ut, goal, ass) in enumerate(D_GOALS):
    d.set_font("dv", "", 8.5)
    n = d.nlines(W3[1] - 2, ind, RH)
    h = n * RH + 2.4
    if i % 2 == 0:
        d.set_fill_color(232, 240, 234)
        d.rect(d.l_margin, d.get_y(), sum(W3), h, "F")
    y = d.get_y()
    x = d.l_margin
    for w, t, al, st in zip(W3, [area, ind, ut, goal, ass], "LLRRL", ["B", "", "", "", ""]):
        d.set_font("dv", st, 8.5)
        d.set_xy(x + (2 if al == "L" else 0), y + 1.2)
        d.multi_cell(w - 2, RH, t, align=al)
        x += w
    d.set_y(y + h)
d.ln(3)
d.para("Jämfört med föregående år har bedömningen förbättrats för energianvändningen i lokalerna, som "
       "2024 bedömdes som Nås delvis. Bedömningen för matsvinn har försämrats eftersom den nya mätmetoden "
       "visar högre nivåer än tidigare stickprov.")

# ---------------- page 4
d.add_page()
h1("3 Mat och avfall")
h2("3.1 Matsvinn")
d.para("Mätningarna under hösten visade ett matsvinn på i genomsnitt 38 gram per serverad portion, varav "
       "tallrikssvinnet utgjorde ungefär hälften. För att minska svinnet har kostenheten infört mindre "
       "portionsbleck, en gemensam menyplanering som gör att rester kan användas nästa dag och veckovisa "
       "svinnmätningar som redovisas för eleverna i matsalen. Elevråden på tre skolor deltar i en "
       "försöksverksamhet där eleverna själva föreslår förändringar av menyn.")
h2("3.2 Avfall")
d.para("Mängden hushållsavfall per invånare minskade från 421 till 412 kilo men ligger fortfarande långt "
       "från målet. Införandet av separat insamling av matavfall i flerbostadshus väntas öka utsorteringen "
       "under 2026.")
h1("4 Viktiga händelser 2025")
for iso, text in D_EVENTS:
    d.set_font("dv", "B", 8.8)
    d.set_x(d.l_margin + 2)
    d.cell(36, 5, long_date(iso))
    d.set_font("dvs", "", 9.5)
    d.multi_cell(d.epw - 38, 5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(1.2)

# ---------------- page 5
d.add_page()
h1("5 Kostnader och finansiering")
d.para(f"Kostnaderna för det samordnade miljöarbetet uppgick 2025 till {tnum(4870)}{NB}tkr, varav "
       f"{tnum(2950)}{NB}tkr avsåg personal vid miljöstrategiska enheten och {tnum(1120)}{NB}tkr projektmedel. "
       f"Externa bidrag, bland annat från Klimatklivet och länsstyrelsens våtmarksstöd, uppgick till "
       f"{tnum(3240)}{NB}tkr.")
d.para("Investeringar i energieffektivisering, laddinfrastruktur och solel redovisas i kommunens "
       "investeringsredovisning och ingår inte i beloppen ovan.")
h1("6 Prioriteringar 2026")
d.marked([
    "Ta fram en åtgärdsplan för vattenkvaliteten i de sjöar som inte har god ekologisk status.",
    "Införa svinnmätning i äldreomsorgens kök.",
    "Ställa om de sista tunga fordonen i den egna flottan till fossilfria drivmedel.",
    "Anlägga minst fyra nya våtmarker i samarbete med markägare.",
], "–", indent=2, hang=5)
d.para("Miljöbokslutet för 2026 presenteras för kommunstyrelsen under våren 2027.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), FILES["d"])
d.output(out)
print(out, d.pages_count)
