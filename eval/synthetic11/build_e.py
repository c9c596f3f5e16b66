"""(e) Knaphöjda kommun – kommunfullmäktiges sammanträdesprotokoll 2026-06-15, §§ 63–70.

Layout: protocol front page (key–value block, list of §§, signature lines). Every § starts with a heavy rule,
"§ 66" and the title in bold and the Dnr at the right; the body is a LABEL COLUMN beside the text: grey bold
labels Ärende / Yrkanden / Proposition / Votering / Beslut / Reservation / Expedieras, each pair followed by
a thin rule. Votes are written "Ja-röster 27, Nej-röster 20, Avstår 2". The new motions of § 69 are one per
line in the label layout. Serif body. Metadata title.
"""
import datetime as dt

from common11 import HERE, Doc
from data import E_PARA, E_MOTIONER

OUT = HERE / "knaphojda-kf-protokoll-2026-06-15.pdf"
ACC = (90, 60, 20)

pdf = Doc("Knaphöjda kommun", "Kommunfullmäktige", "Protokoll 2026-06-15 · sida {p}", serif=True, accent=ACC,
          foot="Justerandes signatur ............   ............        Utdragsbestyrkande ............",
          title="Kommunfullmäktiges sammanträdesprotokoll 2026-06-15, Knaphöjda kommun",
          author="Knaphöjda kommun, kommunkansliet",
          created=dt.datetime(2026, 6, 19, 14, 0, tzinfo=dt.timezone.utc))
T = {nr: (title, vote) for nr, title, vote in E_PARA}


def para(nr, dnr, rows):
    pdf.need(45)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_draw_color(*ACC)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2.5)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(pdf.epw - 38, 5.6, f"§ {nr}   {T[nr][0]}", align="L", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    if dnr:
        pdf.set_font("Sans", "", 8.5)
        pdf.set_xy(pdf.w - pdf.r_margin - 38, y)
        pdf.cell(38, 5.6, dnr, align="R")
    pdf.set_y(y2 + 2)
    pdf.label_rows(rows)


def vote(nr):
    ja, nej, av = T[nr][1]
    return f"Ja-röster {ja}, Nej-röster {nej}, Avstår {av}."


# ------------------------------------------------------------------ p. 1
pdf.add_page()
pdf.title_block("SAMMANTRÄDESPROTOKOLL", "Kommunfullmäktige i Knaphöjda kommun", size=18)
pdf.kv([("Plats och tid", "Folkets hus, stora salen, Knaphöjda, måndagen den 15 juni 2026 kl. 18.00–21.40"),
        ("Beslutande", "49 ledamöter enligt närvarolista, bilaga 1"),
        ("Ordförande", "Birgitta Falk (S)"),
        ("Sekreterare", "Jonatan Wiik, kommunsekreterare"),
        ("Justerare", "Eva Lindqvist (S) och Per Ahlström (M)"),
        ("Justeringens plats och tid", "Kommunkansliet, torsdagen den 18 juni 2026 kl. 15.00"),
        ("Paragrafer", "63–70")], lw=50)
pdf.h2("Ärenden")
for nr, title, _ in E_PARA:
    pdf.set_font("Serif", "", 9.8)
    pdf.cell(16, 5, f"§ {nr}")
    pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
for role, name in [("Sekreterare", "Jonatan Wiik"), ("Ordförande", "Birgitta Falk"),
                   ("Justerare", "Eva Lindqvist                               Per Ahlström")]:
    pdf.set_font("Sans", "B", 9)
    pdf.cell(40, 9, role)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 9, "......................................................    " + name, new_x="LMARGIN",
             new_y="NEXT")

# ------------------------------------------------------------------ §§
pdf.add_page()
para(63, "", [("Beslut", "Fullmäktige utser Eva Lindqvist (S) och Per Ahlström (M) att jämte ordföranden "
                         "justera dagens protokoll torsdagen den 18 juni 2026.")])
para(64, "Dnr KS 2026/031", [
    ("Ärende", "Kommunens årsredovisning för 2025 visar ett resultat på 18,4 mnkr, jämfört med ett budgeterat "
               "resultat på 12,0 mnkr och 9,7 mnkr året innan. Revisorerna tillstyrker i sin revisionsberättelse "
               "att fullmäktige beviljar ansvarsfrihet."),
    ("Jäv", "Ledamöter som under 2025 ingick i kommunstyrelsen eller en nämnd deltar inte i beslutet om "
            "ansvarsfrihet för det egna organet."),
    ("Beslut", "Fullmäktige godkänner årsredovisningen för 2025 och beviljar kommunstyrelsen och nämnderna "
               "ansvarsfrihet för verksamhetsåret 2025."),
])
para(65, "Dnr KS 2026/058", [
    ("Ärende", "Rävlyckans förskola byggs om och ut från fyra till åtta avdelningar. Efter upphandlingen beräknas "
               "utgiften till 62,0 mnkr, medan investeringsbudgeten för 2026 innehåller 47,5 mnkr. "
               "Kommunstyrelsen föreslår en tilläggsbudget på 14,5 mnkr, som finansieras genom att renoveringen "
               "av Knaphöjda sporthall senareläggs ett år."),
    ("Yrkanden", "Kerstin Dahl (S) yrkar bifall till kommunstyrelsens förslag. Jonas Berg (SD) yrkar avslag."),
    ("Proposition", "Ordföranden ställer proposition på bifall och avslag och finner att fullmäktige bifaller "
                    "kommunstyrelsens förslag. Votering begärs. Den som bifaller kommunstyrelsens förslag röstar "
                    "ja, den som bifaller avslagsyrkandet röstar nej."),
    ("Votering", vote(65)),
    ("Beslut", "Fullmäktige beviljar barn- och utbildningsnämnden en tilläggsbudget på 14,5 mnkr för "
               "ombyggnaden av Rävlyckans förskola 2026."),
    ("Reservation", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    ("Expedieras", ["Barn- och utbildningsnämnden", "Ekonomiavdelningen"]),
])
para(66, "Dnr BUN 2025/212", [
    ("Ärende", "Barn- och utbildningsnämnden föreslår att Skräddarbo skola, som har förskoleklass och årskurs 1–3, "
               "läggs ned. Elevunderlaget har minskat under flera år och väntas fortsätta att minska, vilket "
               "innebär att alla årskurser undervisas i två åldersblandade grupper. Skolan har under de senaste "
               "åren haft svårt att rekrytera behöriga lärare, och skolbyggnaden behöver en omfattande "
               "renovering av ventilation och tak. Eleverna erbjuds plats vid Knaphöjda centralskola, dit "
               "kommunen ordnar skolskjuts."),
    ("Yrkanden", "Lena Holm (S) yrkar bifall till nämndens förslag. Anders Nyström (C) yrkar, med instämmande "
                 "av Ida Sjöberg (KD) och Björn Ek (Knaphöjdalistan), avslag på förslaget."),
    ("Proposition", "Ordföranden ställer proposition på bifall och avslag och finner att fullmäktige bifaller "
                    "nämndens förslag. Votering begärs och verkställs. Ja för bifall, nej för avslag."),
    ("Votering", vote(66) + " Voteringslista, bilaga 2."),
    ("Beslut", "Fullmäktige beslutar att Skräddarbo skola läggs ned från och med höstterminen 2027 och uppdrar åt "
               "barn- och utbildningsnämnden att erbjuda eleverna skolplacering och skolskjuts."),
    ("Reservation", "Centerpartiets, Kristdemokraternas och Knaphöjdalistans ledamöter reserverar sig mot "
                    "beslutet till förmån för eget yrkande. Skriftlig reservation, bilaga 3."),
    ("Expedieras", ["Barn- och utbildningsnämnden", "Samhällsbyggnadsnämnden"]),
])
para(67, "Dnr KS 2026/040", [
    ("Ärende", "Avgiften för stadigvarande serveringstillstånd till allmänheten höjs från 9 500 kr till 11 200 "
               "kr och tillsynsavgiften från 4 000 kr till 4 800 kr, så att avgifterna täcker kostnaden för "
               "handläggning och tillsyn."),
    ("Yrkanden", "Karin Wester (M) yrkar bifall. Björn Ek (Knaphöjdalistan) yrkar att avgifterna ska vara "
                 "oförändrade."),
    ("Proposition", "Ordföranden finner att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs."),
    ("Votering", vote(67)),
    ("Beslut", "Fullmäktige antar den ändrade taxan att gälla från den 1 september 2026."),
])
para(68, "Dnr KS 2025/187", [
    ("Ärende", "Gunnel Ek (V) föreslår i en motion att invånare som fyllt 70 år ska få åka avgiftsfritt med "
               "kollektivtrafiken inom kommunen. Kommunstyrelsen föreslår att motionen avslås. Regionen är "
               "huvudman för kollektivtrafiken och kommunen skulle behöva köpa biljetterna, vilket beräknas "
               "kosta 3,1 mnkr per år. Regionens seniorkort ger redan 50 procents rabatt utanför rusningstid, "
               "och färdtjänsten är avgiftsfri för den som har tillstånd. Kostnaden ryms inte inom de ekonomiska "
               "ramarna för 2026."),
    ("Yrkanden", "Gunnel Ek (V) yrkar bifall till motionen. Tomas Häll (S) yrkar avslag."),
    ("Proposition", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige avslår motionen."),
    ("Beslut", "Fullmäktige avslår motionen."),
])
para(69, "", [
    ("Anmälda motioner", E_MOTIONER),
    ("Beslut", "Motionerna remitteras till kommunstyrelsen för beredning."),
])
para(70, "Dnr KS 2026/002", [
    ("Ärende", "Sara Björk (M) har avsagt sig uppdraget som ersättare i kultur- och fritidsnämnden."),
    ("Beslut", "Fullmäktige godkänner avsägelsen och väljer Oskar Lind (M) till ny ersättare för tiden till och "
               "med den 31 december 2026."),
])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
