"""(e) Tjärnåker kommun – Barn- och utbildningsnämnden, sammanträdesprotokoll 2026-04-22 (§§ 31–39)."""
import datetime as dt

from common5 import HERE, Doc, grp
from data import E_LOV, E_ATT34

OUT = HERE / "tjarnaker-bun-protokoll-2026-04-22.pdf"


def head(pdf):
    pdf.set_y(10)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(85, 5, "TJÄRNÅKERS KOMMUN")
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(85, 4.5, "Barn- och utbildningsnämnden")
    pdf.cell(0, 4.5, f"Sammanträdesdatum 2026-04-22    Sida {pdf.page_no()} ({{nb}})", align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(26)


def foot(pdf):
    pdf.set_y(-20)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "", 7)
    x = pdf.l_margin
    for lab, w in (("Justerandes signatur", 40), ("", 40), ("Utdragsbestyrkande", 50)):
        pdf.rect(x, pdf.get_y(), w - 4, 10)
        pdf.set_xy(x + 1, pdf.get_y() + 0.5)
        pdf.cell(w - 6, 3, lab)
        pdf.set_y(pdf.h - 20)
        x += w


pdf = Doc(head, font="liberation", serif=True, foot=foot,
          title="Barn- och utbildningsnämnden 2026-04-22 – sammanträdesprotokoll",
          author="Tjärnåkers kommun, utbildningsförvaltningen",
          created=dt.datetime(2026, 4, 28, 15, 5, tzinfo=dt.timezone.utc))
pdf.alias_nb_pages()
pdf.set_margins(24, 26, 20)
pdf.set_auto_page_break(True, 26)
pdf.add_page()


def para(nr, title, dnr=None):
    pdf.need(45)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11.5)
    pdf.cell(16, 6, f"§ {nr}")
    pdf.multi_cell(pdf.epw - 56, 6, title, align="L", new_x="RIGHT", new_y="TOP")
    if dnr:
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(0, 6, dnr, align="R")
    pdf.ln(7)
    pdf.ln(1)


def sub(t):
    pdf.need(15)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")


def P(t):
    pdf.p(t, size=10.5, lh=5, after=2)


def att(clauses, lead="Barn- och utbildningsnämnden beslutar"):
    sub("Beslut")
    P(lead)
    pdf.set_font("Serif", "", 10.5)
    for c in clauses:
        pdf.need(10)
        pdf.set_x(pdf.l_margin + 8)
        pdf.multi_cell(pdf.epw - 8, 5, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1.5)


# ---------------------------------------------------------------- page 1
pdf.set_font("Sans", "B", 16)
pdf.cell(0, 8, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.kv([
    ("Plats och tid", "Kommunhuset i Tjärnåker, sammanträdesrummet Ljungen, onsdagen den 22 april 2026 "
                      "kl. 13.00–16.40, ajournering kl. 14.45–15.00"),
    ("Beslutande", "Birgitta Holmgren (M), ordförande; Ali Reza Karimi (KD), vice ordförande; "
                   "Tove Lindahl (S), andre vice ordförande; Ingemar Sjödin (M); Lena Vestberg (C); "
                   "Patrik Ödman (SD); Camilla Nyberg (SD); Jonas Åkesson (L); Sofia Berg (S); "
                   "Mats Eklund (S); Hanna Qvist (V)"),
    ("Ersättare", "Elsa Grönlund (M), Olof Persson (S), Nadia Haddad (C)"),
    ("Övriga närvarande", "Karl-Johan Frost, utbildningschef; Maria Lundin, ekonom, § 32; "
                          "Pernilla Strand, nämndsekreterare"),
    ("Utses att justera", "Lena Vestberg (C) och Tove Lindahl (S)"),
    ("Justeringens plats och tid", "Utbildningsförvaltningen, måndagen den 27 april 2026"),
    ("Justerade paragrafer", "§§ 31–39"),
], lw=46, size=9.5)
pdf.ln(2)
pdf.set_font("Sans", "", 9)
for role, name in (("Sekreterare", "Pernilla Strand"), ("Ordförande", "Birgitta Holmgren"),
                   ("Justerande", "Lena Vestberg                    Tove Lindahl")):
    pdf.cell(32, 9, role)
    pdf.cell(60, 9, "............................................")
    pdf.cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_fill_color(238, 238, 238)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "ANSLAG/BEVIS", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.6, "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
               "digitala anslagstavla.\nOrgan: Barn- och utbildningsnämnden\nSammanträdesdatum: 2026-04-22\n"
               "Datum då anslaget sätts upp: 2026-04-28    Datum då anslaget tas ned: 2026-05-20\n"
               "Förvaringsplats för protokollet: Utbildningsförvaltningen, Tjärnåkers kommunhus",
               fill=True, padding=(1.5, 2), new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- page 2
pdf.add_page()
para(31, "Val av justerare och godkännande av dagordning")
att(["att utse Lena Vestberg (C) och Tove Lindahl (S) att jämte ordföranden justera dagens protokoll,",
     "att godkänna dagordningen med tillägget att ärendet om lovskola behandlas som § 35."])

para(32, "Ekonomisk uppföljning per mars 2026", "Dnr BUN 2026/041")
sub("Sammanfattning av ärendet")
P("Utbildningsförvaltningen har upprättat en ekonomisk uppföljning per den 31 mars 2026. Nämnden har "
  "en nettobudget på 842,6 mnkr för 2026. Helårsprognosen visar ett underskott på 4,6 mnkr, vilket "
  "motsvarar 0,5 procent av budgeten. Underskottet beror främst på ökade kostnader för skolskjutsar "
  "efter den nya upphandlingen, fler elever i behov av särskilt stöd i grundskolan och lägre "
  "statsbidrag för mindre barngrupper i förskolan än beräknat.")
P("Förvaltningen föreslår åtgärder motsvarande 2,1 mnkr, bland annat samordning av skolskjutsturer och "
  "att vakanta administrativa tjänster inte tillsätts under resten av året.")
att(["att godkänna den ekonomiska uppföljningen per mars 2026,",
     "att ge förvaltningen i uppdrag att genomföra de föreslagna åtgärderna, samt",
     "att överlämna uppföljningen till kommunstyrelsen."])

para(33, "Yttrande över revisorernas granskning av elevhälsan", "Dnr BUN 2026/019")
sub("Sammanfattning av ärendet")
P("Kommunens revisorer har granskat om nämnden säkerställer en ändamålsenlig elevhälsa. Revisorerna "
  "rekommenderar bland annat att nämnden tar fram en gemensam plan för det förebyggande och "
  "hälsofrämjande arbetet och följer upp tillgången till skolpsykolog. Förvaltningen har tagit fram ett "
  "förslag till yttrande.")
att(["att anta förvaltningens förslag till yttrande som sitt eget och översända det till revisorerna."])

# ---------------------------------------------------------------- page 3
para(34, "Framtida skolorganisation i Norrtjärnsområdet", "Dnr BUN 2025/112")
sub("Sammanfattning av ärendet")
P("Nämnden gav i september 2025 förvaltningen i uppdrag att utreda skolorganisationen i "
  "Norrtjärnsområdet. Hedgårdens skola F–3 har i dag 38 elever fördelade på två B-klasser, och "
  "elevantalet väntas minska till 29 elever läsåret 2028/2029. Skolbyggnaden behöver renoveras för "
  "uppskattningsvis 14 mnkr för att klara krav på ventilation och tillgänglighet. Norrtjärns skola "
  "F–6 ligger sex kilometer bort och har lediga platser efter en mindre ombyggnad.")
P("Förvaltningen bedömer att en sammanslagning ger eleverna bättre tillgång till behöriga lärare, "
  "elevhälsa och ett bredare socialt sammanhang, och att kostnaderna minskar med cirka "
  "2,3 mnkr per år. Samråd med vårdnadshavare har hållits den 3 mars 2026.")
sub("Yrkanden")
P("Birgitta Holmgren (M) yrkar bifall till förvaltningens förslag. Tove Lindahl (S), med instämmande av "
  "Hanna Qvist (V), yrkar att ärendet återremitteras, i andra hand att förslaget avslås.")
sub("Beslutsgång")
P("Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så ska ske. "
  "Ordföranden ställer därefter proposition på bifall till respektive avslag på förvaltningens "
  "förslag och finner att nämnden bifaller förslaget. Votering begärs.")
sub("Omröstning")
P("Ja-röst för bifall till förvaltningens förslag, nej-röst för avslag. Med 7 ja-röster mot 4 "
  "nej-röster beslutar nämnden enligt förvaltningens förslag. Hur var och en har röstat framgår av "
  "bilagd voteringslista.")
att(E_ATT34)
sub("Reservation")
P("Tove Lindahl (S), Sofia Berg (S), Mats Eklund (S) och Hanna Qvist (V) reserverar sig mot beslutet "
  "till förmån för eget yrkande med följande motivering:")
pdf.set_x(pdf.l_margin + 8)
pdf.set_font("Serif", "I", 10.5)
pdf.multi_cell(pdf.epw - 8, 5, "”Beslutet fattas utan att konsekvenserna för de yngsta barnen är "
               "tillräckligt utredda. Barn i förskoleklass och årskurs 1 får en skoldag som blir upp "
               "till en timme längre med skolskjuts. Byn förlorar sin enda kommunala verksamhet, och "
               "renoveringsbehovet har inte prövats mot en mindre omfattande upprustning.”",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

# ---------------------------------------------------------------- page 4
para(35, "Fördelning av medel för lovskola och läxhjälp 2026", "Dnr BUN 2026/052")
sub("Sammanfattning av ärendet")
tot = sum(r[2] for r in E_LOV)
P(f"Nämnden har i budget 2026 avsatt {grp(tot)} tkr för lovskola och läxhjälp. Medlen fördelas "
  "till skolorna utifrån antalet elever i årskurs 6–9 respektive årskurs 1–5 och andelen elever som "
  "inte når kunskapskraven i svenska och matematik. Lovskola erbjuds under sommarlovet och läxhjälp "
  "under terminerna.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Fördelning per skola", new_x="LMARGIN", new_y="NEXT")
rows = [(r[0], grp(r[1]), grp(r[2])) for r in E_LOV]
rows.append(("Summa", grp(sum(r[1] for r in E_LOV)), grp(tot)))
pdf.grid([("Skola", "Antal elever", "Tilldelning tkr")], rows, (70, 30, 32), ("LEFT", "RIGHT", "RIGHT"),
         size=9.5, lh=4.8, font="Serif", head_fill=(255, 255, 255), bold_last=True, padding=1.2)
att(["att fördela medel för lovskola och läxhjälp 2026 enligt förvaltningens förslag,",
     "att skolorna ska redovisa hur medlen har använts i samband med verksamhetsberättelsen."])

para(36, "Svar på motion om avgiftsfri frukost i skolan", "Dnr BUN 2025/098")
sub("Sammanfattning av ärendet")
P("Hanna Qvist (V) har i en motion föreslagit att alla elever i grundskolan ska erbjudas avgiftsfri "
  "frukost. Kommunfullmäktige har remitterat motionen till nämnden. Förvaltningen bedömer att en "
  "frukost för samtliga elever skulle kräva ökade resurser och föreslår i stället att frukost erbjuds "
  "på de skolor där behovet är störst, inom ramen för befintlig budget.")
att(["att föreslå kommunfullmäktige att anse motionen besvarad."])

# ---------------------------------------------------------------- page 5
para(37, "Läsårstider 2026/2027", "Dnr BUN 2026/030")
P("Höstterminen 2026 börjar onsdagen den 19 augusti och slutar tisdagen den 22 december. "
  "Vårterminen 2027 börjar torsdagen den 7 januari och slutar fredagen den 11 juni. Antalet skoldagar "
  "är 178 och antalet studiedagar för personalen är fem.")
att(["att fastställa läsårstider för 2026/2027 enligt förvaltningens förslag."])

para(38, "Anmälan av delegationsbeslut", "Dnr BUN 2026/003")
P("Följande delegationsbeslut anmäls för perioden 2026-03-01–2026-03-31: beslut om skolskjuts i "
  "särskilda fall (14 beslut), beslut om mottagande i grundsärskolan (2 beslut), beslut om "
  "tilläggsbelopp till fristående förskolor (3 beslut) samt anställningsbeslut enligt "
  "delegationsordningen.")
att(["att lägga redovisningen av delegationsbeslut till handlingarna."])

para(39, "Meddelanden", None)
P("Skolinspektionens beslut efter tillsyn av Brattåsens skola F–9, daterat 2026-03-18, där "
  "Skolinspektionen konstaterar brister i arbetet med extra anpassningar. Huvudmannen ska redovisa "
  "vidtagna åtgärder senast 2026-09-30.")
att(["att lägga meddelandet till handlingarna."])

pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
