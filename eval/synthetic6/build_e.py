"""(e) Ramnåsa kommun – kommunfullmäktiges sammanträdesprotokoll 2026-04-27, §§ 41–48.
Liberation Sans; classic margin layout: the § number and Dnr stand in a LEFT MARGIN COLUMN and
the text runs in a narrower right column; front page with key/value block and signatures,
justeringsruta in every footer, yrkanden, beslutsgång, votering, reservation, att-lists, two ruled
tables (obesvarade motioner, medborgarförslag)."""
import os
from fpdf.enums import XPos, YPos
from common6 import Doc, num, tnum, NB
from data import FILES, E_ATT_SCHOOL, E_MOTIONS, E_PROPOSALS

BODY_X = 52
MARG_X = 20


def header(d):
    d.set_xy(MARG_X, 10)
    d.set_font("ls", "B", 11)
    d.cell(80, 5, "RAMNÅSA KOMMUN")
    d.set_font("ls", "B", 9)
    d.set_xy(120, 10)
    d.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="R")
    d.set_font("ls", "", 8.5)
    d.set_xy(MARG_X, 15)
    d.cell(80, 4, "Kommunfullmäktige")
    d.set_xy(120, 15)
    d.cell(70, 4, "Sammanträdesdatum 2026-04-27", align="R")
    d.set_xy(120, 19)
    d.cell(70, 4, f"Sida {d.page_no()} ({{nb}})", align="R")
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.3)
    d.line(MARG_X, 24.5, 190, 24.5)
    d.set_y(30)


def footer(d):
    y = d.h - 19
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.rect(MARG_X, y, 60, 10)
    d.rect(MARG_X + 60, y, 60, 10)
    d.set_font("ls", "", 6.5)
    d.set_xy(MARG_X + 1, y + 0.5)
    d.cell(58, 3, "Justerandes signatur")
    d.set_xy(MARG_X + 61, y + 0.5)
    d.cell(58, 3, "Utdragsbestyrkande")


d = Doc(title="Kommunfullmäktige 2026-04-27 – sammanträdesprotokoll", author="Ramnåsa kommun",
        header_fn=header, footer_fn=footer, margins=(20, 30, 20), bottom=24)
d.body_font = ("ls", 10)


def par(no, dnr, title):
    d.ln(4)
    y = d.get_y()
    if y > d.h - 60:
        d.add_page()
        y = d.get_y()
    d.set_xy(MARG_X, y)
    d.set_font("ls", "B", 12)
    d.cell(28, 6, f"§ {no}")
    d.set_xy(MARG_X, y + 6)
    d.set_font("ls", "", 7.5)
    d.cell(28, 4, dnr)
    d.set_xy(BODY_X, y)
    d.set_font("ls", "B", 11.5)
    d.multi_cell(190 - BODY_X, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(1.5)


def sub(t):
    d.font(size=10, style="B")
    d.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(0.5)


def att(items, intro="Kommunfullmäktige beslutar"):
    d.para(intro, after=1, align="L")
    for it in items:
        d.set_x(BODY_X + 6)
        d.font(size=10)
        # bold "att"
        rest = (it[4:] if it.startswith("att ") else it).replace(" mnkr", NB + "mnkr")
        d.multi_cell(190 - BODY_X - 6, 5, f"**att** {rest}", markdown=True, align="L",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1.2)
    d.ln(1)


def table(widths, heads, rows, size=8.5):
    lh = 4.0
    d.set_line_width(0.2)
    d.set_font("lsn", "B", size)
    d.set_fill_color(230, 230, 230)
    y = d.get_y()
    x = BODY_X
    for w, t in zip(widths, heads):
        d.rect(x, y, w, 6, "DF")
        d.set_xy(x + 1, y + 1)
        d.cell(w - 2, lh, t)
        x += w
    d.set_y(y + 6)
    d.set_font("lsn", "", size)
    for r in rows:
        h = max(d.nlines(w - 2, t, lh) for w, t in zip(widths, r)) * lh + 2
        if d.get_y() + h > d.h - d.b_margin:
            d.add_page()
        y = d.get_y()
        x = BODY_X
        for w, t in zip(widths, r):
            d.rect(x, y, w, h)
            d.set_xy(x + 1, y + 1)
            d.multi_cell(w - 2, lh, t, align="L")
            x += w
        d.set_y(y + h)
    d.ln(3)


# ---------------- page 1: front page
d.add_page()
d.set_font("ls", "B", 16)
d.set_x(MARG_X)
d.cell(0, 8, "Kommunfullmäktige", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(3)
for k, v in [("Plats och tid", "Sessionssalen, Ramnåsa kommunhus, måndagen den 27 april 2026 kl. 18.00–21.40"),
             ("Beslutande", "Se närvaro- och voteringslista, bilaga 1"),
             ("Övriga närvarande", "Karin Westin, kommundirektör; Olof Nyberg, ekonomichef; "
                                   "Mona Lindgren, kommunsekreterare; Stig Haller, ordförande i revisionen (§ 43)"),
             ("Utses att justera", "Gunilla Ström (S) och Peter Alm (M)"),
             ("Justeringens plats och tid", "Kommunkansliet, måndagen den 4 maj 2026"),
             ("Paragrafer", "41–48")]:
    y = d.get_y()
    d.set_xy(MARG_X, y)
    d.set_font("ls", "B", 9.5)
    d.multi_cell(30, 5, k, align="L")
    y2 = d.get_y()
    d.set_xy(BODY_X, y)
    d.set_font("ls", "", 9.5)
    d.multi_cell(190 - BODY_X, 5, v, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_y(max(y2, d.get_y()) + 2)
d.ln(6)
for role, name in [("Sekreterare", "Mona Lindgren"), ("Ordförande", "Bengt Sjöholm (KD)"),
                   ("Justerande", "Gunilla Ström (S)                                 Peter Alm (M)")]:
    y = d.get_y()
    d.set_xy(MARG_X, y)
    d.set_font("ls", "B", 9.5)
    d.cell(30, 5, role)
    d.set_draw_color(0, 0, 0)
    d.line(BODY_X, y + 6, 185, y + 6)
    d.set_xy(BODY_X, y + 7)
    d.set_font("ls", "", 9)
    d.cell(0, 4, name)
    d.set_y(y + 16)
d.ln(6)
y = d.get_y()
d.set_fill_color(242, 242, 242)
d.rect(MARG_X, y, 170, 42, "DF")
d.set_xy(MARG_X + 3, y + 3)
d.set_font("ls", "B", 10)
d.cell(0, 5, "ANSLAG/BEVIS")
d.set_font("ls", "", 9)
d.set_xy(MARG_X + 3, y + 9)
d.multi_cell(164, 4.6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
             "digitala anslagstavla.\nOrgan: Kommunfullmäktige\nSammanträdesdatum: 2026-04-27\n"
             "Anslaget sätts upp: 2026-05-05          Anslaget tas ned: 2026-05-27\n"
             "Förvaringsplats för protokollet: Kommunkansliet, Ramnåsa kommunhus", align="L")
d.set_left_margin(BODY_X)

# ---------------- §§
d.add_page()
par(41, "", "Val av justerare")
att(["att utse Gunilla Ström (S) och Peter Alm (M) att jämte ordföranden justera dagens protokoll, samt",
     "att justeringen sker på kommunkansliet måndagen den 4 maj 2026."])

par(42, "Dnr KS 2026/071", "Årsredovisning 2025 för Ramnåsa kommun")
sub("Ärendebeskrivning")
d.para(f"Kommunstyrelsen har upprättat årsredovisning för 2025. Årets resultat uppgick till "
       f"{tnum(38.7, 1)}{NB}mnkr och balanskravsresultatet till {tnum(31.2, 1)}{NB}mnkr. Nettokostnaderna "
       "motsvarade 98,1 procent av skatteintäkter och generella statsbidrag, vilket innebär att det "
       "finansiella målet om högst 98,5 procent uppnåddes. Kommunkoncernens resultat var "
       f"{tnum(52.4, 1)}{NB}mnkr.")
sub("Yrkanden")
d.para("Eva Brandt (M) yrkar bifall till kommunstyrelsens förslag.")
att([f"att godkänna årsredovisningen för 2025, samt",
     f"att {tnum(6.0, 1)}{NB}mnkr av årets resultat reserveras till resultatutjämningsreserven."])

par(43, "Dnr KF 2026/015", "Ansvarsfrihet för 2025")
sub("Ärendebeskrivning")
d.para("Revisorerna har i revisionsberättelsen för 2025 tillstyrkt att fullmäktige beviljar ansvarsfrihet "
       "för kommunstyrelsen, övriga nämnder och de enskilda förtroendevalda i dessa organ. Revisorerna "
       "riktar dock kritik mot socialnämnden. Nämnden har enligt revisorerna inte haft tillräcklig styrning "
       "och kontroll över kostnaderna för placeringar av barn och unga, som översteg budget med "
       f"{tnum(14.8, 1)}{NB}mnkr, och vidtog inte tillräckliga åtgärder när underskottet uppmärksammades i "
       "delårsrapporten.")
d.para("Stig Haller, ordförande i revisionen, redogör för revisionsberättelsen. Fullmäktige prövar frågan om "
       "ansvarsfrihet för varje nämnd för sig.")
sub("Jäv")
d.para("Ledamöter som under 2025 var ledamöter i en nämnd deltar inte i beslutet om ansvarsfrihet för den "
       "nämnden.")
att(["att bevilja kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden, tekniska nämnden, kultur- "
     "och fritidsnämnden, miljö- och byggnämnden och valnämnden samt de enskilda förtroendevalda i dessa "
     "organ ansvarsfrihet för verksamhetsåret 2025."])

par(44, "Dnr KS 2025/233", "Motion om avgiftsfri kollektivtrafik för pensionärer")
sub("Ärendebeskrivning")
d.para("Anna Lindqvist (V) föreslår i en motion, väckt 2025-05-19, att kommunen ska införa avgiftsfria resor "
       "i kollektivtrafiken under lågtrafik för invånare som har fyllt 70 år. Kommunstyrelsen föreslår att "
       "motionen avslås med hänvisning till att kollektivtrafiken är ett regionalt ansvar och att en "
       "kommunal subvention skulle behöva finansieras genom neddragningar i andra verksamheter.")
sub("Yrkanden")
d.para("Anna Lindqvist (V) och Tove Rask (MP) yrkar bifall till motionen.")
d.para("Eva Brandt (M) och Nils Hed (L) yrkar bifall till kommunstyrelsens förslag, det vill säga avslag "
       "på motionen.")
sub("Beslutsgång")
d.para("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att "
       "fullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs.")
d.para("Fullmäktige godkänner följande voteringsproposition: Den som bifaller kommunstyrelsens förslag "
       "röstar ja. Den som bifaller motionen röstar nej.")
sub("Omröstningsresultat")
d.para("Med 27 ja-röster mot 18 nej-röster beslutar fullmäktige enligt kommunstyrelsens förslag. "
       "4 ledamöter avstår från att rösta. Hur var och en har röstat framgår av bilaga 1.")
att(["att avslå motionen."])
sub("Reservation")
d.para("Ledamöterna för Vänsterpartiet och Miljöpartiet reserverar sig mot beslutet till förmån för eget "
       "yrkande.", style="I")

par(45, "Dnr KS 2026/098", "Tilläggsanslag för ombyggnad av Stensätraskolan")
sub("Ärendebeskrivning")
d.para(f"Barn- och utbildningsnämnden begär ett tilläggsanslag eftersom anbuden i upphandlingen av "
       f"ombyggnaden blev högre än beräknat. Projektets totala budget ökar därmed från {tnum(48.0, 1)}{NB}mnkr "
       f"till {tnum(60.4, 1)}{NB}mnkr. Kommunstyrelsen har den 7 april 2026 föreslagit fullmäktige att "
       "bevilja anslaget.")
att(E_ATT_SCHOOL)

par(46, "Dnr KF 2026/022", "Redovisning av obesvarade motioner")
sub("Ärendebeskrivning")
d.para("Enligt kommunallagen bör en motion beredas så att fullmäktige kan fatta beslut inom ett år från "
       "det att motionen väcktes. Kommunstyrelsen redovisar två gånger per år de motioner som inte har "
       "besvarats. Per den 31 mars 2026 fanns följande obesvarade motioner:")
table([60, 28, 20, 30], ["Motion", "Motionär", "Väckt", "Beredande organ"],
      [(m, who, dt, org) for m, who, dt, org in E_MOTIONS])
att(["att lägga redovisningen till handlingarna."])

par(47, "Dnr KF 2026/031", "Anmälan av inkomna medborgarförslag")
sub("Ärendebeskrivning")
d.para("Fullmäktige har delegerat till nämnderna att besluta om medborgarförslag inom sina "
       "verksamhetsområden. Följande förslag har kommit in sedan föregående sammanträde:")
table([78, 20, 40], ["Medborgarförslag", "Inkom", "Överlämnas till"], E_PROPOSALS)
att(["att överlämna medborgarförslagen till respektive nämnd för beredning och beslut enligt "
     "förteckningen."])

par(48, "Dnr KF 2026/040", "Avsägelse och fyllnadsval")
d.para("Mikael Dahl (L) har avsagt sig uppdraget som ersättare i tekniska nämnden.")
att(["att bevilja avsägelsen, samt",
     "att välja Emma Lind (L) till ny ersättare i tekniska nämnden för tiden till och med 2026-12-31."])
d.ln(4)
d.para("Vid protokollet", style="I")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), FILES["e"])
d.output(out)
print(out, d.pages_count)
