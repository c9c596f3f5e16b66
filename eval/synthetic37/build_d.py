"""(d) Nävlinge kommun – kommunstyrelsens sammanträdesprotokoll 2027-09-14, §§ 112–117.

Layout: DejaVu Sans, portrait, 4 pages, slate-green accent. EVERY PAGE opens with a DRAWN SHIELD MARK at the left
and a RIGHT-ALIGNED THREE-LINE HEAD ("NÄVLINGE KOMMUN" in spaced capitals, "Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL
2027-09-14") over a full-width hairline, and ends with a FOOTER OF TWO UNDERLINED BLANKS ("Justerandes signatur"
at the left, "Utdragsbestyrkande" at the right) and "Sida n av 4" in the middle. P. 1: "Plats och tid" and the
other formalities as a key–value block with labels in small grey capitals, "Beslutande" as a NUMBERED LIST of
members in TWO COLUMNS, "Övriga deltagare", and §§ 112–113. Every paragraph heading is "§ nnn" in bold accent type,
the title in bold and the Dnr RIGHT-ALIGNED on the same line, over a hairline. P. 2: § 114 (the investment frame):
Ärendet, Yrkanden, Propositionsordning, the vote as a VOTING LIST OF TWO COLUMNS ("Ja (8)" / "Nej (5)") under a
tinted caption band, the decision as "att"-clauses and an italic reservation. P. 3: "Bilaga § 114" – the projects
as a table with a ZEBRA STRIPE ON EVERY SECOND PROJECT ROW, a SINGLE VERTICAL RULE BEFORE THE NUMBER COLUMNS, the
committees as BOLD ITALIC GROUP ROWS, "Summa <nämnd>" rows and a "Totalt" row over a DOUBLE RULE; then § 115 (the
land sale in Hammarvik sent back), § 116. P. 4: § 117 and the signatures. No metadata title.
"""
import datetime as dt

from common37 import HERE, Doc
from data import (D_DATE, D_ADJUST, D_MEMBERS, D_SECRETARY, D_CEO, D_CFO, D_ADJUSTERS, D_PARAGRAPHS, D_PROJECTS,
                  D_NAMNDER, D_VOTE_ITEM, D_PASSAGE, D_FRAME, D_ECON, d_projects, d_sum, d_vote, g, d1, dmy)

OUT = HERE / "navlinge-ks-protokoll-2027-09-14.pdf"
ACC = (52, 92, 84)
GREY = (110, 110, 110)
WEEKDAY = ["måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen"][D_DATE.weekday()]
PAR = {nr: (t, dnr) for nr, t, dnr in D_PARAGRAPHS}


class Prot(Doc):
    def header(self):
        x, y = 22, 10
        self.set_fill_color(*ACC)
        self.polygon([(x, y), (x + 11, y), (x + 11, y + 8), (x + 5.5, y + 13), (x, y + 8)], style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(x + 2.5, y + 3, 6, 1.2, style="F")
        self.rect(x + 2.5, y + 6, 6, 1.2, style="F")
        self.set_xy(90, 9)
        self.set_font("Sans", "B", 9)
        self.set_char_spacing(1.2)
        self.set_text_color(*ACC)
        self.cell(98, 4.5, "NÄVLINGE KOMMUN", align="R", new_x="LEFT", new_y="NEXT")
        self.set_char_spacing(0)
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "", 8.5)
        self.cell(98, 4.2, "Kommunstyrelsen", align="R", new_x="LEFT", new_y="NEXT")
        self.set_font("Sans", "B", 8.5)
        self.cell(98, 4.2, f"SAMMANTRÄDESPROTOKOLL {D_DATE.isoformat()}", align="R")
        self.hline(22, 188, 25, 0.2, GREY)
        self.set_y(31)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(120, 120, 120)
        self.line(22, self.h - 12, 62, self.h - 12)
        self.line(148, self.h - 12, 188, self.h - 12)
        self.set_draw_color(0, 0, 0)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.set_xy(22, self.h - 11.5)
        self.cell(40, 3.5, "Justerandes signatur")
        self.set_xy(148, self.h - 11.5)
        self.cell(40, 3.5, "Utdragsbestyrkande", align="R")
        self.set_xy(90, self.h - 11.5)
        self.cell(30, 3.5, f"Sida {self.page_no()} av 4", align="C")
        self.set_text_color(0, 0, 0)

    def par(self, nr):
        title, dnr = PAR[nr]
        self.need(30)
        self.ln(3)
        y = self.get_y()
        self.set_font("Sans", "B", 11)
        self.set_text_color(*ACC)
        self.set_xy(22, y)
        self.cell(18, 6, f"§ {nr}")
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "B", 10)
        self.set_xy(40, y)
        self.multi_cell(110, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = self.get_y()
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(150, y + 0.5)
        self.cell(38, 5, f"Dnr {dnr}", align="R")
        self.set_text_color(0, 0, 0)
        self.hline(22, 188, y2 + 0.8, 0.15, GREY)
        self.set_y(y2 + 3)

    def sub(self, t):
        self.need(15)
        self.set_font("Sans", "B", 9)
        self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)


pdf = Prot("", font="dejavu", accent=ACC, created=dt.datetime(2027, 9, 20, 15, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 31, 22)
pdf.set_auto_page_break(True, 24)
SZ = 9.3

# ---------------------------------------------------------------- p. 1
pdf.add_page()
kv = [("PLATS OCH TID", f"Kommunhuset i Nävlinge, sessionssalen, {WEEKDAY} den {dmy(D_DATE)} kl. 13.00–16.40"),
      ("SEKRETERARE", D_SECRETARY),
      ("UTSES ATT JUSTERA", f"{D_ADJUSTERS[0]} och {D_ADJUSTERS[1]}"),
      ("JUSTERINGENS PLATS OCH TID", f"Kommunledningsförvaltningen, {D_ADJUST.isoformat()}"),
      ("PARAGRAFER", f"{D_PARAGRAPHS[0][0]}–{D_PARAGRAPHS[-1][0]}")]
for k, v in kv:
    y = pdf.get_y()
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(*GREY)
    pdf.set_xy(22, y + 0.6)
    pdf.cell(48, 4, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", SZ)
    pdf.set_xy(70, y)
    pdf.multi_cell(118, 5, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(3)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Beslutande", new_x="LMARGIN", new_y="NEXT")
half = (len(D_MEMBERS) + 1) // 2
y0 = pdf.get_y()
for k, (name, party, role) in enumerate(D_MEMBERS, 1):
    col = 0 if k <= half else 1
    row = (k - 1) if col == 0 else (k - 1 - half)
    pdf.set_xy(22 + col * 84, y0 + row * 5)
    pdf.set_font("Sans", "", 8.8)
    extra = "" if role == "ledamot" else (", " + role + (" för Nils Hedin (C)" if role.startswith("tjänst") else ""))
    pdf.cell(84, 5, f"{k}. {name} ({party}){extra}")
pdf.set_y(y0 + half * 5 + 4)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Övriga deltagare", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.8)
pdf.multi_cell(0, 4.8, f"{D_CEO}, kommundirektör; {D_CFO}, ekonomichef; {D_SECRETARY}, sekreterare", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.par(112)
pdf.p(f"Kommunstyrelsen utser {D_ADJUSTERS[0]} (M) och {D_ADJUSTERS[1]} (V) att justera protokollet. Dagordningen "
      f"godkänns med tillägget att § 116 behandlas före § 117.", size=SZ)
pdf.par(113)
pdf.p(f"Ekonomichefen redovisar prognosen efter augusti. Kommunen beräknas få ett resultat på {d1(D_ECON[0])} mnkr "
      f"för helåret, jämfört med ett budgeterat resultat på {d1(D_ECON[1])} mnkr. Försämringen förklaras av högre "
      f"kostnader för försörjningsstöd och placeringar av barn och unga.", size=SZ)
pdf.att_list("Kommunstyrelsen beslutar", ["lägga informationen till handlingarna."], size=SZ)

# ---------------------------------------------------------------- p. 2: § 114
pdf.add_page()
pdf.par(114)
tot, tot_all = d_sum()
pdf.sub("Ärendet")
pdf.p(f"Kommunfullmäktige har avsatt en investeringsram på {g(D_FRAME)} tkr för en andra omgång investeringar "
      f"under 2027. Nämnderna har lämnat in ansökningar för sammanlagt 81 300 tkr. Förvaltningen föreslår att "
      f"{len(D_PROJECTS)} projekt beviljas medel med sammanlagt {g(tot)} tkr under 2027 enligt bilaga, vilket "
      f"lämnar {g(D_FRAME - tot)} tkr av ramen oanvänd. Projekten har en sammanlagd utgift på {g(tot_all)} tkr "
      f"över hela genomförandetiden.", size=SZ)
pdf.sub("Yrkanden")
pdf.p(f"Ordföranden {D_MEMBERS[0][0]} (S) yrkar bifall till förvaltningens förslag. {D_MEMBERS[1][0]} (M) yrkar, "
      f"med instämmande av {D_MEMBERS[5][0]} (SD) och {D_MEMBERS[9][0]} (KD), att "
      f"{D_VOTE_ITEM.replace('Konstgräsplan', 'konstgräsplanen')} stryks och att ramen minskas i motsvarande mån.", size=SZ)
pdf.sub("Propositionsordning och omröstning")
pdf.p(f"Ordföranden ställer proposition på de båda förslagen och finner att kommunstyrelsen bifaller "
      f"förvaltningens förslag. Votering begärs. Den som vill bifalla förvaltningens förslag röstar ja, den som vill "
      f"bifalla {D_MEMBERS[1][0]}s yrkande röstar nej.", size=SZ)
yes, no = d_vote()
y = pdf.get_y() + 1
pdf.set_fill_color(226, 236, 233)
pdf.rect(22, y, 166, 6, style="F")
pdf.set_xy(24, y + 0.6)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(80, 5, f"Ja ({len(yes)})")
pdf.set_xy(108, y + 0.6)
pdf.cell(80, 5, f"Nej ({len(no)})")
y += 7.5
for k in range(max(len(yes), len(no))):
    pdf.set_font("Sans", "", 8.8)
    if k < len(yes):
        pdf.set_xy(24, y + k * 4.8)
        pdf.cell(80, 4.8, f"{yes[k][0]} ({yes[k][1]})")
    if k < len(no):
        pdf.set_xy(108, y + k * 4.8)
        pdf.cell(80, 4.8, f"{no[k][0]} ({no[k][1]})")
pdf.vline(105, y - 7.5, y + max(len(yes), len(no)) * 4.8, 0.2, GREY)
pdf.set_y(y + max(len(yes), len(no)) * 4.8 + 3)
pdf.p(f"Med {len(yes)} ja-röster mot {len(no)} nej-röster bifaller kommunstyrelsen förvaltningens förslag.",
      size=SZ)
pdf.att_list("Kommunstyrelsen beslutar", [
    f"fördela {g(tot)} tkr av investeringsramen för 2027 till de projekt som anges i bilaga till denna paragraf,",
    f"återstående {g(D_FRAME - tot)} tkr hålls i reserv till årets slut,",
    "nämnderna ska redovisa projektens utfall i samband med årsredovisningen.",
], size=SZ)
pdf.set_font("Sans", "I", 8.8)
pdf.multi_cell(0, 4.6, "Reservation: " + ", ".join(f"{m[0]} ({m[1]})" for m in no) +
               " reserverar sig mot beslutet till förmån for eget yrkande.".replace(" for ", " för "), align="L",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3: bilaga + § 115–116
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "Bilaga till § 114. Fördelning av investeringsramen 2027, andra omgången", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(1)
W = [92, 26, 26, 22]
AL = ["L", "R", "R", "R"]
y = pdf.get_y()
pdf.hline(22, 188, y, 0.5)
h = pdf.row(22, y + 0.4, W, AL, ["Projekt", "Beviljat 2027, tkr", "Total utgift, tkr", "Klart år"], style="B",
            size=8.2, lh=3.9, vpad=0.9)
y += h + 0.6
pdf.hline(22, 188, y, 0.3)
ytop = y
zebra = 0
for n in D_NAMNDER:
    h = pdf.row(22, y + 0.3, W, AL, [n, "", "", ""], style="BI", size=8.4, lh=4.1, vpad=0.8)
    y += h + 0.3
    for p in d_projects(n):
        cells = [p[1], g(p[2]), g(p[3]), str(p[4])]
        hh = pdf.row_h(W, cells, size=8.4, lh=4.1, vpad=0.8)
        if zebra % 2 == 1:
            pdf.set_fill_color(238, 243, 241)
            pdf.rect(22, y, 166, hh, style="F")
        zebra += 1
        pdf.row(22, y, W, AL, ["   " + p[1], g(p[2]), g(p[3]), str(p[4])], size=8.4, lh=4.1, vpad=0.8)
        y += hh
    s = d_sum(n)
    pdf.hline(22 + W[0], 188, y, 0.2)
    h = pdf.row(22, y + 0.2, W, AL, [f"Summa {n[0].lower()}{n[1:]}", g(s[0]), g(s[1]), ""], style="B", size=8.4,
                lh=4.1, vpad=0.8)
    y += h + 1.2
pdf.hline(22, 188, y, 0.25)
pdf.hline(22, 188, y + 0.8, 0.25)
h = pdf.row(22, y + 1.1, W, AL, ["Totalt", g(tot), g(tot_all), ""], style="B", size=8.6, lh=4.1, vpad=0.8)
y += h + 1.6
pdf.hline(22, 188, y, 0.5)
pdf.vline(22 + W[0], ytop, y, 0.2, GREY)
pdf.set_y(y + 3)
pdf.par(115)
pdf.p("Hammarviks Marin AB har begärt att få köpa cirka 9 400 kvadratmeter av fastigheten Hammarvik 4:12 för att "
      "utöka sin verksamhet. Förvaltningen föreslår en köpeskilling på 1 410 000 kronor.", size=SZ)
pdf.p(f"{D_MEMBERS[2][0]} (C) yrkar att ärendet återremitteras. Kommunstyrelsen beslutar att återremittera ärendet "
      f"eftersom {D_PASSAGE}.", size=SZ)
pdf.par(116)
pdf.p("En medborgare föreslår att kommunen anlägger en inhägnad hundrastgård i Sörnäs. Tekniska nämnden har "
      "yttrat sig och pekar på att en hundrastgård finns i Nävlinge centrum, fyra kilometer bort.", size=SZ)
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", ["avslå medborgarförslaget."], size=SZ)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.par(117)
pdf.p("Redovisningen av delegationsbeslut för perioden 1 juni–31 augusti 2027 och förtecknade meddelanden "
      "läggs till handlingarna.", size=SZ)
pdf.ln(8)
pdf.set_font("Sans", "", SZ)
pdf.cell(0, 5, "Vid protokollet", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{D_SECRETARY}\nSekreterare"])
pdf.ln(2)
pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{D_MEMBERS[0][0]}\nOrdförande", f"{D_ADJUSTERS[0]}\nJusterare", f"{D_ADJUSTERS[1]}\nJusterare"])
pdf.ln(6)
pdf.set_font("Sans", "", 8.4)
pdf.set_fill_color(240, 240, 240)
pdf.multi_cell(0, 4.6, f"ANSLAGSBEVIS\nProtokollet är justerat. Justeringen har tillkännagetts genom anslag den "
               f"{dmy(D_ADJUST)}. Förvaringsplats: kommunledningsförvaltningen, Nävlinge.", align="L", fill=True,
               new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
