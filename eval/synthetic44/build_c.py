"""(c) Region Nolvånga – regionfullmäktiges sammanträdesprotokoll 2027-04-20, §§ 41–47.

Layout: Liberation Serif text, Liberation Sans labels and tables, portrait, 3 pages, navy and gold. Every page opens
with a FRAMED HEADER GRID – a ruled box of two rows and three cells ("REGION NOLVÅNGA" | "SAMMANTRÄDESPROTOKOLL" |
"Sida n (3)" over "Regionfullmäktige" | "Sammanträdesdatum 2027-04-20" | "§§ 41–47") with a gold rule under it – and
closes with a FRAMED FOOTER ROW of three boxes ("Ordförandens sign", "Justerandes sign", "Utdragsbestyrkande"). P. 1:
the front matter as a key–value block (Plats och tid, Beslutande, Justerare, Justeringens plats och tid, Paragrafer),
three signature lines, § 41, § 42 with the motions as a numbered list, § 43 and the start of § 44. Every paragraph starts with a NAVY "§ nn" and bold title on one line and
the Dnr right-aligned in grey, with labels (Ärendet, Interpellationen, Svar, Yrkanden, Propositionsordning,
Omröstning, Reservation, Regionfullmäktiges beslut) as SMALL CAPS-LIKE letter-spaced navy labels above the text.
§ 43 and § 44 are two answered interpellations with COMPETING FIGURES in running text (response times 13,8 vs 13,2 vs
23,9 vs the target 20,0 on p. 1; agency staff 312,4 vs 284,7 mnkr, 6,9 % vs the goal 3,0 % on p. 2). P. 2: § 45 on the night
closure of the närakut in Wirby with the vote as a table per party where EACH PARTY IS A COLOURED ROUNDED CHIP with its
letters in white (dark on the yellow SD chip) beside the full name, columns Mandat / Ja / Nej / Avstår / Frånvarande, "–" for zero, a bold Summa
row over a double rule, the result sentence, the decision as att-clauses and the reservation in italics. P. 3: § 46
elections as THREE BALLOT CARDS WITH A DOG-EARED (FOLDED) TOP-RIGHT CORNER – a navy title strip with the body and
term, then "Ledamöter" and "Ersättare" in two columns, the chair and vice chair marked after the name – and § 47 on
the ambulance station in Jonsåker with competing figures (46,8 vs 38,5, 8,3 mnkr) and four att-clauses. No metadata
title.
"""
import datetime as dt

from common44 import HERE, Doc
from data import (C_DATE, C_CHAIR, C_SECRETARY, C_ADJUSTERS, C_PARTIES, C_VOTE, C_PASSAGE, C_INT1, C_INT2,
                  C_ELECTIONS, C_AMB, C_AMB_ATT, c_vote_totals, c_vote_cells, c_member_text, c_sub_text, d1, g)

OUT = HERE / "region-nolvanga-rf-protokoll-2027-04-20.pdf"
NAVY = (24, 44, 92)
GOLD = (196, 156, 60)
PARTY_COL = {"S": (228, 30, 38), "M": (82, 130, 200), "SD": (240, 200, 40), "C": (0, 150, 70), "V": (170, 20, 30),
             "KD": (0, 70, 140), "L": (40, 110, 190), "MP": (80, 160, 60)}


class CDoc(Doc):
    def header(self):
        x0, w = 20, 170
        y0 = 8
        cw = [62, 66, 42]
        rows = [["REGION NOLVÅNGA", "SAMMANTRÄDESPROTOKOLL", f"Sida {self.page_no()} (3)"],
                ["Regionfullmäktige", f"Sammanträdesdatum {C_DATE.isoformat()}", "§§ 41–47"]]
        self.set_draw_color(*NAVY)
        self.set_line_width(0.35)
        self.rect(x0, y0, w, 12)
        self.line(x0, y0 + 6, x0 + w, y0 + 6)
        x = x0
        for c in cw[:-1]:
            x += c
            self.line(x, y0, x, y0 + 12)
        for r, cells in enumerate(rows):
            x = x0
            for k, (c, t) in enumerate(zip(cw, cells)):
                self.set_font("Sans", "B" if r == 0 else "", 8.6 if r == 0 else 8)
                self.set_text_color(*(NAVY if (r == 0 and k == 0) else (0, 0, 0)))
                self.set_xy(x + 1.5, y0 + r * 6 + 1)
                self.cell(c - 3, 4, t, align="R" if k == 2 else "L")
                x += c
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.hline(x0, x0 + w, y0 + 13.2, 0.8, GOLD)
        self.set_draw_color(0, 0, 0)
        self.set_y(27)

    def footer(self):
        y = self.h - 17
        x0 = 20
        labels = ["Ordförandens sign", "Justerandes sign", "Utdragsbestyrkande"]
        w = [40, 40, 50]
        x = x0
        self.set_draw_color(*NAVY)
        for lab, ww in zip(labels, w):
            self.rect(x, y, ww, 9)
            self.set_font("Sans", "", 6.4)
            self.set_text_color(100, 100, 100)
            self.set_xy(x + 1, y + 0.6)
            self.cell(ww - 2, 3, lab)
            x += ww + 3
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)


pdf = CDoc("Region Nolvånga", font="liberation", serif=True, accent=NAVY, foot="x", justify=True,
           created=dt.datetime(2027, 4, 27, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 27, 20)
pdf.set_auto_page_break(True, 24)


def para(nr, title, dnr):
    pdf.need(30)
    pdf.ln(2.5)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(20, y)
    pdf.cell(16, 6, f"§ {nr}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_xy(36, y)
    pdf.multi_cell(112, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    if dnr:
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(150, y + 0.6)
        pdf.cell(40, 5, dnr, align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y1 + 1)


def label(t):
    pdf.need(14)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_char_spacing(1.2)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5, t.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)


def text(t, size=9.8, style=""):
    pdf.p(t, size=size, lh=4.8, after=1.8, style=style)


# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.kv([("Plats och tid", "Regionens hus, fullmäktigesalen, Nolvånga, kl. 09.00–15.40"),
        ("Beslutande", "Ledamöter och tjänstgörande ersättare enligt bifogad närvarolista"),
        ("Ordförande", f"{C_CHAIR[0]} ({C_CHAIR[1]})"),
        ("Sekreterare", f"{C_SECRETARY}, regionsekreterare"),
        ("Justerare", ", ".join(f"{n} ({p})" for n, p in C_ADJUSTERS)),
        ("Justeringens plats och tid", "Regionens hus, 2027-04-27"),
        ("Paragrafer", "41–47")], lw=48, size=9.3, lh=4.7)
pdf.ln(2)
pdf.sign_lines([f"Sekreterare\n{C_SECRETARY}", f"Ordförande\n{C_CHAIR[0]}",
                f"Justerare\n{C_ADJUSTERS[0][0]}   {C_ADJUSTERS[1][0]}"])
pdf.ln(2)
para(41, "Val av justerare", None)
text(f"Regionfullmäktige utser {C_ADJUSTERS[0][0]} ({C_ADJUSTERS[0][1]}) och {C_ADJUSTERS[1][0]} "
     f"({C_ADJUSTERS[1][1]}) att jämte ordföranden justera protokollet.")
para(42, "Fastställande av föredragningslista", None)
text("Föredragningslistan fastställs med den ändringen att ärendet om ny ambulansstation i Jonsåker behandlas "
     "efter valärendena. Följande motioner anmäls och överlämnas till regionstyrelsen för beredning:")
pdf.numbered(["Motion från Natalie Cronqvist (V) om gratis mensskydd för unga på ungdomsmottagningarna",
              "Motion från Ivar Noréus (KD) om en äldreombudsman för regionens patienter",
              "Motion från Josefin Carlberg (C) om fler vårdplatser i Jonsåker"], size=9.6, lh=4.8)

# ---------------------------------------------------------------- pp. 1–2: interpellations
i1, i2 = C_INT1, C_INT2
para(43, f"Svar på interpellation från {i1['asker'][0]} ({i1['asker'][1]}) om ambulansernas responstider",
     "RF 2027/31")
label("Interpellationen")
text(f"{i1['asker'][0]} ({i1['asker'][1]}) frågar regionrådet {i1['answerer'][0]} ({i1['answerer'][1]}) hur lång "
     "tid det tar för ambulansen att komma fram vid de mest brådskande larmen i regionens glesbygd, och vad "
     "regionstyrelsen gör för att korta tiderna.")
label("Svar")
text(f"{i1['answerer'][0]} svarar att medianresponstiden för prio 1-uppdrag i hela regionen var {d1(i1['region'])} "
     f"minuter 2026, jämfört med {d1(i1['prev'])} minuter året innan. I Jonsåkers kommun var medianen "
     f"{d1(i1['jons'])} minuter, medan regionens mål är högst {d1(i1['target'])} minuter i varje kommun. Den "
     "nya ambulansstationen i Jonsåker (§ 47) väntas korta responstiden där med omkring sex minuter.")
label("Överläggning")
text(f"I överläggningen deltar {i1['asker'][0]} ({i1['asker'][1]}) och {i1['answerer'][0]} "
     f"({i1['answerer'][1]}).")
label("Regionfullmäktiges beslut")
text("Interpellationen är besvarad.")
para(44, f"Svar på interpellation från {i2['asker'][0]} ({i2['asker'][1]}) om inhyrd personal i vården",
     "RF 2027/34")
label("Interpellationen")
text(f"{i2['asker'][0]} ({i2['asker'][1]}) frågar regionrådet {i2['answerer'][0]} ({i2['answerer'][1]}) vad den "
     "inhyrda personalen kostade under förra året och när regionen räknar med att kunna klara sig utan "
     "bemanningsföretag.")
label("Svar")
text(f"{i2['answerer'][0]} svarar att kostnaden för inhyrd personal var {d1(i2['cost'])} mnkr 2026 "
     f"({d1(i2['prev'])}), vilket motsvarar {d1(i2['share'])} procent av regionens personalkostnader. Målet är att "
     f"andelen ska vara högst {d1(i2['goal'])} procent vid utgången av 2027. Regionen har infört ett eget "
     "bemanningsteam för sjuksköterskor och slutat anlita hyrläkare inom psykiatrin.")
label("Regionfullmäktiges beslut")
text("Interpellationen är besvarad.")

# ---------------------------------------------------------------- pp. 2–3: § 45 and the vote
yes, no, abst, absent = c_vote_totals()[1:]
NUMW = {2: "två", 3: "tre", 4: "fyra", 5: "fem"}
para(45, "Ändrade öppettider vid närakuten i Wirby", "RS 2026/412")
label("Ärendet")
text("Regionstyrelsen föreslår att närakuten i Wirby stängs nattetid, mellan kl. 22 och 08, från den 1 september "
     f"2027. Förändringen beräknas minska kostnaderna med 9,2 mnkr per år. Regionstyrelsen motiverar förslaget med "
     f"att {C_PASSAGE}.")
label("Yrkanden")
text("Christer Jansson (S) yrkar bifall till regionstyrelsens förslag. Walter Nyman (SD), Josefin Carlberg (C) och "
     "Yvonne Jernberg (V) yrkar avslag. Jasmin Örtegren (MP) yrkar att ärendet ska återremitteras.")
label("Propositionsordning")
text("Ordföranden finner att återremissyrkandet ska avgöras först och att fullmäktige har beslutat att avgöra "
     "ärendet i dag. Därefter ställer ordföranden bifall mot avslag och finner att fullmäktige har bifallit "
     "regionstyrelsens förslag. Omröstning begärs.")
label("Omröstning")
text(f"Ja-röst för bifall till regionstyrelsens förslag, nej-röst för avslag. Omröstningen utfaller med {yes} "
     f"ja-röster mot {no} nej-röster. {NUMW[abst].capitalize()} ledamöter avstår och {NUMW[absent]} är frånvarande.")
pdf.need(72)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Omröstningsresultat per parti", new_x="LMARGIN", new_y="NEXT")
WID = [12, 52, 20, 18, 18, 18, 24]
AL = ["L", "L", "R", "R", "R", "R", "R"]
X0 = 20
TW = sum(WID)
y = pdf.get_y() + 1
pdf.hline(X0, X0 + TW, y, 0.6, NAVY)
h = pdf.row(X0, y + 0.3, WID, AL, ["", "Parti", "Mandat", "Ja", "Nej", "Avstår", "Frånvarande"], style="B", size=8.6)
y += 0.3 + h
pdf.hline(X0, X0 + TW, y, 0.3, NAVY)


def dash(v):
    return "–" if v == 0 else g(v)


for p, name in C_PARTIES:
    v = C_VOTE[p]
    cells = c_vote_cells(p)
    # the chip (its letters are part of the text layer, in front of the name)
    pdf.set_fill_color(*PARTY_COL[p])
    pdf.rect(X0 + 1.2, y + 1.0, 9, 4.6, style="F", round_corners=True, corner_radius=1.2)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(*((30, 30, 30) if p == "SD" else (255, 255, 255)))
    pdf.set_xy(X0 + 1.2, y + 1.3)
    pdf.cell(9, 4, p, align="C")
    pdf.set_text_color(0, 0, 0)
    h = pdf.row(X0 + WID[0], y, WID[1:], AL[1:], cells[1:], size=8.8, vpad=1.3)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (200, 200, 200))
pdf.hline(X0, X0 + TW, y + 0.3, 0.3, NAVY)
pdf.hline(X0, X0 + TW, y + 1.0, 0.3, NAVY)
tot = c_vote_totals()
h = pdf.row(X0, y + 1.2, WID, AL, ["", "Summa"] + [g(x) for x in tot], style="B", size=8.8, vpad=1.3)
y += 1.2 + h
pdf.hline(X0, X0 + TW, y, 0.6, NAVY)
pdf.set_y(y + 3)
label("Regionfullmäktiges beslut")
pdf.att_list("Regionfullmäktige beslutar", [
    "närakuten i Wirby ska vara stängd mellan kl. 22 och 08 från den 1 september 2027",
    "uppdra åt regionstyrelsen att följa upp hur förändringen påverkar akutmottagningen vid Nolvånga sjukhus och "
    "redovisa resultatet senast i april 2028",
], size=9.6, lh=4.8)
label("Reservation")
text("Ledamöterna från SD, C och V reserverar sig mot beslutet till förmån för avslagsyrkandet.", style="I")

# ---------------------------------------------------------------- p. 4: elections and § 47
pdf.add_page()
para(46, "Val av ledamöter och ersättare i nämnder och styrelser 2027–2030", "RF 2027/8")
text("Valberedningen har lämnat förslag till val för mandatperioden 2027–2030. Regionfullmäktige väljer i enlighet "
     "med valberedningens förslag:")
NAVY_TINT = (232, 236, 246)


def card(x, y, w, body, term, members, subs):
    lines = max(len(members), len(subs))
    h = 9 + 5 + lines * 4.6 + 3
    fold = 6
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.35)
    pdf.set_fill_color(255, 255, 255)
    pdf.polygon([(x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)], style="DF")
    # the title strip (stops short of the fold)
    pdf.set_fill_color(*NAVY)
    pdf.polygon([(x, y), (x + w - fold, y), (x + w - fold + 0.01, y + 7.5), (x, y + 7.5)], style="F")
    pdf.set_fill_color(*NAVY_TINT)
    pdf.polygon([(x + w - fold, y), (x + w - fold, y + fold), (x + w, y + fold)], style="DF")
    pdf.set_line_width(0.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(x + 2, y + 1.6)
    pdf.cell(w - fold - 4, 4.4, f"{body} {term}")
    pdf.set_text_color(*NAVY)
    pdf.set_font("Sans", "B", 7.6)
    cw = (w - 4) / 2
    pdf.set_xy(x + 2, y + 9)
    pdf.cell(cw, 4, "Ledamöter")
    pdf.set_xy(x + 2 + cw, y + 9)
    pdf.cell(cw, 4, "Ersättare")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.2)
    for k, m in enumerate(members):
        pdf.set_xy(x + 2, y + 14 + k * 4.6)
        pdf.cell(cw, 4.4, c_member_text(m))
    for k, s in enumerate(subs):
        pdf.set_xy(x + 2 + cw, y + 14 + k * 4.6)
        pdf.cell(cw, 4.4, c_sub_text(s))
    pdf.set_draw_color(0, 0, 0)
    return h


y = pdf.get_y() + 1
for body, term, members, subs in C_ELECTIONS:
    h = card(20, y, 170, body, term, members, subs)
    y += h + 3.5
pdf.set_y(y)
para(47, "Ny ambulansstation i Jonsåker", "RS 2026/377")
label("Ärendet")
text(f"I investeringsplanen för 2027–2029 finns {d1(C_AMB['planned'])} mnkr avsatta för en ny ambulansstation i "
     f"Jonsåker. Efter projekteringen beräknas investeringsutgiften till {d1(C_AMB['cost'])} mnkr, framför allt på "
     "grund av högre byggpriser och krav på en större vagnhall.")
label("Regionfullmäktiges beslut")
pdf.att_list("Regionfullmäktige beslutar", C_AMB_ATT, size=9.6, lh=4.8)
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
