"""(e) Nävsjö kommun – kommunstyrelsens sammanträdesprotokoll 2027-11-08, §§ 141–147.

Layout: Liberation Serif body, Liberation Sans labels; portrait, 4 pages. P. 1 is the front page: the municipal
name and "SAMMANTRÄDESPROTOKOLL" on one line over a double rule, the organ in large type, a key–value block
(date, place and time, paragraphs, justerare, justering), the ATTENDANCE AS A RULED TABLE (Ledamot / Parti /
Uppdrag / Närvaro) with "Närvarande" or "Frånvarande" for the eleven members, then a SHADED SUB-HEADING ROW
"Tjänstgörande ersättare" inside the same table and one row per substitute ("Tjänstgör för …"), "Övriga
närvarande" as a line, three signature lines and a framed ANSLAG box. Pp. 2–4: every § opens with a thin rule and a
line with "§ 143  title" in bold at the left and the Dnr in grey at the right, followed by run-in labels in small
capitals (ÄRENDET, YRKANDEN, BESLUTSGÅNG); a VOTE PICTOGRAM – one small square per voting member, green for ja and
red for nej – stands beside the result "7 ja, 4 nej"; the decision sits in a CALLOUT BOX with a thick accent bar on
the left and a pale tint, and in § 143 holds a NUMBERED "att"-LIST ("1. att …") whose items wrap; reservations
are set in italics with a grey bar to the left. No metadata title.
"""
import datetime as dt

from common29 import HERE, Doc, nb
from data import (E_MEMBERS, E_SUBSTITUTES, E_DATE, E_ADJUST, E_POSTED, E_TAKEN_DOWN, E_JUSTERARE, E_ECON,
                  E_PRESCHOOL, E_ATT_143, E_VOTES, E_NEJ_143, E_NEJ_144, E_PASSAGE, E_SENIOR, e_serving, e_party,
                  d1, g)

OUT = HERE / "navsjo-ks-protokoll-2027-11-08.pdf"
ACC = (150, 30, 45)
pdf = Doc("Nävsjö kommun", "Kommunstyrelsen", "Sammanträdesprotokoll 2027-11-08 · sida {p}", font="liberation",
          serif=True, accent=ACC, foot="Justerandes signatur: ______    Utdragsbestyrkande: ______",
          created=dt.datetime(2027, 11, 12, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
EPW = 166
WORDS = {6: "sex"}


def label(t):
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, t.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def text(t, style=""):
    pdf.set_font("Serif", style, 10.4)
    pdf.multi_cell(0, 5.1, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def para_head(nr, title, dnr):
    pdf.need(40)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.line(22, y, 188, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(22, y + 1.6)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(*ACC)
    pdf.cell(16, 6, f"§ {nr}")
    pdf.set_text_color(0, 0, 0)
    nl = len(pdf.multi_cell(112, 6, title, dry_run=True, output="LINES"))
    pdf.multi_cell(112, 6, title, align="L", new_x="RIGHT", new_y="TOP")
    if dnr:
        pdf.set_xy(150, y + 1.8)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(38, 5, dnr, align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 2.5 + 6 * nl + 1.5)


def callout(lead, items=None, body=None, numbered=False):
    # measure first, so that the tinted box never breaks over a page
    lines = 1
    if body:
        pdf.set_font("Serif", "", 10.4)
        lines += len(pdf.multi_cell(156, 5.1, body, dry_run=True, output="LINES"))
    if items:
        pdf.set_font("Serif", "", 10.4)
        for it in items:
            lines += len(pdf.multi_cell(148, 5.1, it, dry_run=True, output="LINES"))
    h = lines * 5.1 + 7 + (len(items) * 1.2 if items else 0)
    pdf.need(h + 4)
    y0 = pdf.get_y()
    pdf.set_fill_color(250, 242, 243)
    pdf.rect(22, y0, EPW, h, style="F")
    pdf.set_fill_color(*ACC)
    pdf.rect(22, y0, 1.8, h, style="F")
    pdf.set_xy(27, y0 + 2.5)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(0, 5.1, lead, new_x="LMARGIN", new_y="NEXT")
    if body:
        pdf.set_x(27)
        pdf.set_font("Serif", "", 10.4)
        pdf.multi_cell(156, 5.1, body, align="L", new_x="LMARGIN", new_y="NEXT")
    if items:
        for i, it in enumerate(items, 1):
            pdf.set_x(27)
            pdf.set_font("Serif", "B", 10.4)
            pdf.cell(8, 5.1, f"{i}.")
            pdf.set_font("Serif", "", 10.4)
            pdf.multi_cell(148, 5.1, it, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    pdf.set_y(y0 + h + 3)


def vote(par, ja_names_note):
    ja, nej = E_VOTES[par]
    y = pdf.get_y()
    for k in range(ja + nej):
        pdf.set_fill_color(*((46, 125, 50) if k < ja else (190, 40, 40)))
        pdf.rect(22 + k * 4.2, y + 1, 3.2, 3.2, style="F")
    pdf.set_xy(22 + (ja + nej) * 4.2 + 3, y)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(60, 5.2, f"{ja} ja, {nej} nej", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    text(ja_names_note)


def reservation(t):
    y0 = pdf.get_y()
    pdf.set_x(27)
    pdf.set_font("Serif", "I", 10.2)
    pdf.multi_cell(161, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(170, 170, 170)
    pdf.rect(22, y0, 1.2, pdf.get_y() - y0, style="F")
    pdf.ln(2)


def names(lst):
    parts = [f"{n} ({e_party(n)})" for n in lst]
    return ", ".join(parts[:-1]) + " och " + parts[-1]


# ---------------------------------------------------------------- p. 1 front page
pdf.add_page()
pdf.set_y(16)
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(83, 6, "NÄVSJÖ KOMMUN")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 10)
pdf.cell(83, 6, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
pdf.line(22, y, 188, y)
pdf.line(22, y + 0.9, 188, y + 0.9)
pdf.set_y(y + 5)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 10, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.kv([("Sammanträdesdatum", E_DATE.isoformat()),
        ("Plats och tid", "Kommunhuset, sammanträdesrummet Nävern, klockan 09.00–12.15"),
        ("Paragrafer", "§§ 141–147"),
        ("Justerare", f"{E_JUSTERARE} ({e_party(E_JUSTERARE)})"),
        ("Justeringens plats och tid", f"Kommunkansliet {E_ADJUST.isoformat()}")], lw=52, size=9.6, lh=4.8)
pdf.ln(1)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 6, "Närvaro", new_x="LMARGIN", new_y="NEXT")
TW = [52, 16, 42, 56]
TX = [22]
for w in TW[:-1]:
    TX.append(TX[-1] + w)
y = pdf.get_y() + 0.5
RH = 5.6


def trow(cells, y, style="", fill=None):
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(22, y, sum(TW), RH, style="F")
    for i, c in enumerate(cells):
        pdf.rect(TX[i], y, TW[i], RH)
        pdf.set_xy(TX[i] + 1.5, y + 0.8)
        pdf.set_font("Sans", style, 8.8)
        if c == "Frånvarande":
            pdf.set_text_color(160, 30, 30)
        pdf.cell(TW[i] - 3, 4, c)
        pdf.set_text_color(0, 0, 0)
    return y + RH


y = trow(["Ledamot", "Parti", "Uppdrag", "Närvaro"], y, "B", (235, 222, 224))
for m in E_MEMBERS:
    y = trow(list(m), y)
pdf.set_fill_color(245, 238, 239)
pdf.rect(22, y, sum(TW), RH, style="DF")
pdf.set_xy(23.5, y + 0.8)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(0, 4, "Tjänstgörande ersättare")
y += RH
for s in E_SUBSTITUTES:
    y = trow([s[0], s[1], "Ersättare", f"Tjänstgör för {s[2]}"], y)
pdf.set_y(y + 3)
pdf.set_font("Serif", "", 9.8)
pdf.multi_cell(0, 4.8, "Övriga närvarande: Oscar Dahl, kommundirektör; Annika Lövgren, ekonomichef; Fanny Nord, "
               "nämndsekreterare; Ludvig Ohlin, förvaltningschef barn och utbildning (§ 143).", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(7)
y = pdf.get_y()
for k, (role, name) in enumerate((("Sekreterare", "Fanny Nord"), ("Ordförande", "Anna Nordlöf"),
                                  ("Justerare", E_JUSTERARE))):
    x = 22 + k * 57
    pdf.line(x, y + 6, x + 50, y + 6)
    pdf.set_xy(x, y + 6.6)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(50, 3.8, role, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(50, 4, name)
pdf.set_y(y + 18)
y = pdf.get_y()
pdf.rect(22, y, EPW, 19)
pdf.set_xy(25, y + 2)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(0, 4.5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(160, 4.3, f"Protokollet är justerat. Justeringen har tillkännagetts genom anslag. Organ: "
               f"kommunstyrelsen. Sammanträdesdatum: {E_DATE.isoformat()}. Anslaget sätts upp: "
               f"{E_POSTED.isoformat()}. Anslaget tas ned: {E_TAKEN_DOWN.isoformat()}. Förvaringsplats: "
               "kommunkansliet.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- pp. 2–4 paragraphs
pdf.add_page()
para_head(141, "Val av justerare och godkännande av dagordningen", "")
callout("Kommunstyrelsen beslutar", body=f"att utse {E_JUSTERARE} ({e_party(E_JUSTERARE)}) att justera dagens "
        "protokoll, och att godkänna dagordningen.")

para_head(142, "Ekonomisk uppföljning per oktober 2027", "Dnr KS 2027/301")
label("Ärendet")
ec = E_ECON
text(f"Prognosen för helåret 2027 visar ett resultat på {d1(ec['forecast_result'])} mnkr, att jämföra med "
     f"budgeterade {d1(ec['budget_result'])} mnkr. Nämndernas sammanlagda budgetavvikelse väntas bli "
     f"{d1(ec['nettokostnad_avvikelse'])} mnkr, främst inom individ- och familjeomsorgen och hemtjänsten. "
     f"Skatteintäkter och generella statsbidrag väntas bli {d1(ec['skatter'])} mnkr högre än budgeterat.")
text(f"Investeringarna beräknas uppgå till {d1(ec['inv_forecast'])} mnkr av budgeterade "
     f"{d1(ec['inv_budget'])} mnkr. Avvikelsen beror främst på att ombyggnaden av simhallen har skjutits upp till "
     "2028.")
callout("Kommunstyrelsen beslutar",
        body="att godkänna den ekonomiska uppföljningen per oktober 2027, och att uppmana de nämnder som "
             "prognostiserar underskott att redovisa åtgärder till kommunstyrelsens sammanträde i december.")

para_head(143, "Ny förskola i Ollonbacken – investeringsbeslut", "Dnr KS 2027/212")
p = E_PRESCHOOL
label("Ärendet")
text(f"Barn- och utbildningsnämnden har begärt en ny förskola i Ollonbacken, där antalet barn i förskoleåldern "
     f"väntas öka kraftigt fram till 2030. Förskolan planeras för {p['platser']} barn i {WORDS[p['avdelningar']]} "
     "avdelningar och ersätter förskolorna Nyhagen och Dalbacken, som har stora brister i ventilation och "
     "tillgänglighet.")
text(f"Investeringen beräknas till {d1(p['invest'])} mnkr, varav {d1(p['inventarier'])} mnkr för inventarier och "
     f"utemiljö. De ökade driftkostnaderna beräknas till {d1(p['drift'])} mnkr per år från det att förskolan "
     f"öppnar, vilket planeras till {p['oppnar']}.")
label("Yrkanden")
text("Anna Nordlöf (S), Lars Fredén (M) och Daniel Forsman (C) yrkar bifall till förvaltningens förslag. "
     "Ann-Sofie Dalin (SD) yrkar att ärendet avslås och att förskolorna Nyhagen och Dalbacken i stället byggs "
     "ut.")
label("Beslutsgång")
text("Ordföranden ställer proposition på förvaltningens förslag och Ann-Sofie Dalins yrkande och finner att "
     "kommunstyrelsen beslutar enligt förvaltningens förslag. Votering begärs och genomförs. Ja-röst för "
     "förvaltningens förslag, nej-röst för Ann-Sofie Dalins yrkande.")
ja, nej = E_VOTES[143]
vote(143, f"Omröstningsresultat: {ja} ja, {nej} nej. Kommunstyrelsen har därmed beslutat enligt förvaltningens "
          f"förslag. Nej röstade {names(E_NEJ_143)}.")
callout("Kommunstyrelsen föreslår kommunfullmäktige besluta", items=E_ATT_143)
label("Reservation")
reservation(f"Ann-Sofie Dalin (SD) och Leif Olausson (SD) reserverar sig mot beslutet med följande motivering: "
            f"{E_PASSAGE} Nyhagen och Dalbacken ligger nära de nya bostadsområdena och kan byggas ut i etapper.")

para_head(144, "Svar på motion om avgiftsfri kollektivtrafik för pensionärer", "Dnr KS 2027/88")
label("Ärendet")
text("Ola Fransson (V) föreslår i en motion att pensionärer som är 70 år eller äldre ska få åka avgiftsfritt med "
     "kollektivtrafiken i kommunen. Förvaltningen har beräknat kostnaden till "
     f"{d1(E_SENIOR['kostnad'])} mnkr per år, motsvarande cirka {g(E_SENIOR['resor'])} resor som i dag betalas "
     "med färdbevis. Förvaltningen föreslår att motionen avslås, eftersom kostnaden inte ryms i budgeten.")
label("Yrkanden")
text("Anna Nordlöf (S) yrkar att motionen avslås. Nadja Levin (V) och Daniel Forsman (C) yrkar bifall till "
     "motionen.")
label("Beslutsgång")
ja, nej = E_VOTES[144]
text("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar att avslå motionen. "
     "Votering begärs. Ja-röst för att avslå motionen, nej-röst för att bifalla den.")
vote(144, f"Omröstningsresultat: {ja} ja, {nej} nej. Nej röstade {names(E_NEJ_144)}.")
callout("Kommunstyrelsen föreslår kommunfullmäktige besluta", body="att avslå motionen.")
label("Reservation")
reservation("Nadja Levin (V) reserverar sig mot beslutet till förmån för sitt yrkande. Avgiftsfria resor gör det "
            "lättare för äldre att ta sig till service och aktiviteter och minskar ensamheten.")

para_head(145, "Medborgarförslag om en hundrastgård i Nävsjö centrum", "Dnr KS 2027/143")
label("Ärendet")
text("I ett medborgarförslag föreslås en inhägnad hundrastgård i parken vid järnvägsstationen. Tekniska "
     "nämnden har yttrat sig och anser att en hundrastgård kan anläggas inom nämndens budget för parkunderhåll.")
callout("Kommunstyrelsen beslutar", body="att bifalla medborgarförslaget, och att ge tekniska nämnden i uppdrag "
                                         "att anlägga hundrastgården under 2028.")

para_head(146, "Redovisning av delegationsbeslut", "Dnr KS 2027/14")
text("Redovisas delegationsbeslut fattade av kommundirektören, ekonomichefen och personalchefen under perioden "
     "1 september–31 oktober 2027 enligt bilaga.")
callout("Kommunstyrelsen beslutar", body="att lägga redovisningen av delegationsbesluten till handlingarna.")

para_head(147, "Meddelanden", "")
text("Inkomna skrivelser och protokoll från kommunens bolag och samverkansorgan redovisas enligt förteckning.")
callout("Kommunstyrelsen beslutar", body="att lägga meddelandena till handlingarna.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
