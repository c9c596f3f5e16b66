"""(a) Hennestads kommun – kommunstyrelsens sammanträdesprotokoll 2027-10-05, §§ 112–120.

Layout: Liberation Serif body, Liberation Sans labels, portrait, 4 pages. EVERY PAGE opens with a FORM-STYLE RULED
HEAD used as the running header: one framed box split into three cells – the first FILLED IN THE ACCENT COLOUR with
"HENNESTADS KOMMUN" / "Kommunstyrelsen" in white, then "SAMMANTRÄDESPROTOKOLL" / "Sammanträdesdatum 2027-10-05" and
"Sida" as a small grey caption over a bold "1 (4)" – and every page ends with TWO FRAMED FOOTER BOXES "Justerandes sign" (holding two drawn,
handwritten-looking initials) and "Utdragsbestyrkande". P. 1: "Plats och tid", then the ATTENDANCE as two borderless
three-column blocks under bold captions – "Ledamöter" (name with party / uppdrag / närvaro: "närvarande",
"frånvarande" in red or "§§ 112–116") and "Tjänstgörande ersättare" (name / ersätter / paragrafer) – and a key–value
block (ej tjänstgörande ersättare, övriga närvarande, justerare, justeringens plats och tid, paragrafer), three
signature lines and an ANSLAG/BEVIS box with a grey caption band. Pp. 2–4: every § has its TITLE AT THE LEFT and
the PARAGRAPH NUMBER RIGHT-ALIGNED, bold in the accent colour, with the Dnr in small grey type UNDER the number;
a thin rule above. § 113 has competing mnkr figures in running text; § 114 holds the delegation decisions as a
table with a pale heading band and horizontal hairlines only (Datum / Ärende / Beslut / Delegat, cells wrapping);
§ 116 has yrkanden, a vote written "Ja 7, Nej 4, avstår 2", the decision as "att"-clauses with a hanging "att",
a reservation set in italics and indented, and a protokollsanteckning. P. 4 closes with the NÄRVARO- OCH
OMRÖSTNINGSLISTA: a fully ruled table with a STACKED HEADING ("Omröstning § 116" spanning Ja / Nej / Avstår),
"X" marks, the substitute in its own column and a bold sum row. No metadata title.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (A_DATE, A_SIGNED, A_POSTED, A_TAKEN_DOWN, A_PLACE, A_TIME, A_PARS, A_MEMBERS, A_SUBS, A_ABSENT,
                  A_PARTLY, A_NONSERVING, A_OTHERS, A_JUSTERARE, A_SECRETARY, A_PERIOD_RESULT, A_BUDGET_RESULT,
                  A_COMMITTEE_DEV, A_FINANCE_DEV, A_F_COST, A_F_EARLIER, A_F_SMALL, A_F_PLACES, A_F_OPEN,
                  A_PASSAGE, A_VOTE, A_VOTE_PAR, A_DELEG, a_committee_dev, a_forecast, d1)

OUT = HERE / "hennestad-ks-protokoll-2027-10-05.pdf"
ACC = (122, 30, 38)
NPAGES = 4


class Prot(Doc):
    def header(self):
        y0, h = 10, 14
        x0 = self.l_margin
        ws = [62, 74, 30]
        self.set_draw_color(60, 60, 60)
        self.set_line_width(0.35)
        self.rect(x0, y0, sum(ws), h)
        x = x0
        cells = [("HENNESTADS KOMMUN", "Kommunstyrelsen"),
                 ("SAMMANTRÄDESPROTOKOLL", f"Sammanträdesdatum {A_DATE.isoformat()}"),
                 ("Sida", f"{self.page_no()} ({NPAGES})")]
        for i, (w, (a, b)) in enumerate(zip(ws, cells)):
            if i:
                self.line(x, y0, x, y0 + h)
            else:
                self.set_fill_color(*ACC)
                self.rect(x, y0, w, h, style="F")
            self.set_xy(x + 2, y0 + 1.6)
            self.set_font("Sans", "B", 9.6 if i < 2 else 7.4)
            self.set_text_color(*((255, 255, 255) if i == 0 else ((0, 0, 0) if i == 1 else (110, 110, 110))))
            self.cell(w - 4, 4.6, a)
            self.set_xy(x + 2, y0 + 7.2)
            self.set_font("Sans", "" if i < 2 else "B", 8.4 if i < 2 else 9.6)
            if i == 0:
                self.set_text_color(245, 225, 225)
            else:
                self.set_text_color(60, 60, 60) if i < 2 else self.set_text_color(0, 0, 0)
            self.cell(w - 4, 4.6, b)
            x += w
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_y(31)

    def footer(self):
        y = self.h - 19
        x0 = self.l_margin
        self.set_draw_color(110, 110, 110)
        self.rect(x0, y, 60, 10)
        self.rect(x0 + 64, y, 60, 10)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(110, 110, 110)
        self.set_xy(x0 + 1.5, y + 0.8)
        self.cell(40, 3, "Justerandes sign")
        self.set_xy(x0 + 65.5, y + 0.8)
        self.cell(40, 3, "Utdragsbestyrkande")
        self.set_text_color(0, 0, 0)
        # two handwritten-looking initials
        self.set_draw_color(30, 40, 110)
        self.set_line_width(0.3)
        for k, base in enumerate((x0 + 14, x0 + 36)):
            pts = []
            for i in range(9):
                dx = i * 1.6
                dy = (1.6 if i % 2 else -1.4) * (1 - 0.06 * i) + (0.5 if k else 0)
                pts.append((base + dx, y + 6.4 + dy))
            self.polyline(pts)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)


pdf = Prot("", font="liberation", serif=True, accent=ACC, author="Hennestads kommun",
           created=dt.datetime(2027, 10, 8, 15, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 31, 22)
pdf.set_auto_page_break(True, 24)


def par(no, title, dnr=""):
    """§ heading: the title at the left, the number right-aligned with the Dnr under it, a thin rule above."""
    pdf.need(34)
    pdf.ln(1.5)
    y = pdf.get_y()
    pdf.set_draw_color(150, 150, 150)
    pdf.line(22, y, 188, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(150, y + 1.6)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*ACC)
    pdf.cell(38, 6, f"§ {no}", align="R")
    pdf.set_text_color(120, 120, 120)
    if dnr:
        pdf.set_font("Sans", "", 7.8)
        pdf.set_xy(140, y + 7.8)
        pdf.cell(48, 3.8, dnr, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, y + 2.2)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(118, 5.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 11) + 1)


def label(t):
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")


def body(t, after=2.2):
    pdf.p(t, size=10, lh=4.9, after=after)


# ---------------------------------------------------------------- p. 1 front page
pdf.add_page()
pdf.set_font("Sans", "B", 16)
pdf.cell(0, 8, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.kv([("Plats och tid", f"{A_PLACE}, {A_TIME}")], lw=44, size=9.6, lh=4.7)


def plain3(caption, heads, rows, ws, colour=None):
    label(caption)
    y = pdf.get_y()
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(110, 110, 110)
    x = 22
    for h, w in zip(heads, ws):
        pdf.set_xy(x, y)
        pdf.cell(w, 3.8, h)
        x += w
    pdf.set_text_color(0, 0, 0)
    y += 4.4
    for r in rows:
        x = 22
        for k, (c, w) in enumerate(zip(r, ws)):
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "", 9.6)
            if colour and colour(k, c):
                pdf.set_text_color(190, 30, 30)
            pdf.cell(w, 4.5, c)
            pdf.set_text_color(0, 0, 0)
            x += w
        y += 4.5
    pdf.set_y(y + 2.5)


mem_rows = []
for name, party, role in A_MEMBERS:
    if name in A_ABSENT:
        st = "frånvarande"
    elif name in A_PARTLY:
        a, b = A_PARTLY[name]
        st = f"§§ {a}–{b}"
    else:
        st = "närvarande"
    mem_rows.append([f"{name} ({party})", role, st])
plain3("Ledamöter", ["Namn", "Uppdrag", "Närvaro"], mem_rows, [62, 52, 40],
       colour=lambda k, c: k == 2 and c == "frånvarande")
sub_rows = []
for name, party, for_, (a, b) in A_SUBS:
    fp = [p for n, p, _ in A_MEMBERS if n == for_][0]
    sub_rows.append([f"{name} ({party})", f"för {for_} ({fp})", f"§§ {a}–{b}"])
plain3("Tjänstgörande ersättare", ["Namn", "Ersätter", "Paragrafer"], sub_rows, [62, 52, 40])
pdf.kv([("Ej tjänstgörande ersättare", ", ".join(f"{n} ({p})" for n, p in A_NONSERVING)),
        ("Övriga närvarande", ", ".join(f"{n}, {r}" for n, r in A_OTHERS)),
        ("Utses att justera", f"{A_JUSTERARE} (C)"),
        ("Justeringens plats och tid", f"Kommunhuset {A_SIGNED.isoformat()}"),
        ("Paragrafer", f"{A_PARS[0]}–{A_PARS[1]}")], lw=50, size=9.4, lh=4.6)
pdf.ln(1)
for role, name in (("Sekreterare", A_SECRETARY), ("Ordförande", "Helena Lindqvist"), ("Justerare", A_JUSTERARE)):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(22, y + 4)
    pdf.cell(30, 4, role)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(56, y + 8, 140, y + 8)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(56, y + 8.6)
    pdf.cell(84, 4, name)
    pdf.set_y(y + 13.5)
pdf.ln(3)
y = pdf.get_y()
pdf.set_fill_color(225, 225, 225)
pdf.rect(22, y, 166, 6, style="F")
pdf.set_draw_color(90, 90, 90)
pdf.rect(22, y, 166, 27)
pdf.set_xy(24, y + 0.8)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 4.6, "ANSLAG/BEVIS")
pdf.set_font("Sans", "", 8.4)
anslag = [("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", ""),
          ("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", A_DATE.isoformat()),
          ("Datum då anslaget sätts upp", A_POSTED.isoformat()),
          ("Datum då anslaget tas ned", A_TAKEN_DOWN.isoformat())]
yy = y + 7
for k, v in anslag:
    pdf.set_xy(24, yy)
    pdf.cell(58, 3.9, k)
    pdf.cell(80, 3.9, v)
    yy += 3.9
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 30)

# ---------------------------------------------------------------- p. 2 §§ 112–114
pdf.add_page()
par(112, "Val av justerare och tid för justering")
body(f"Kommunstyrelsen beslutar att utse {A_JUSTERARE} (C) att jämte ordföranden justera dagens protokoll. "
     f"Justeringen sker i kommunhuset den {A_SIGNED.day} oktober {A_SIGNED.year}.")
par(113, "Delårsrapport per den 31 augusti 2027", "Dnr KS 2027/388")
dev = a_committee_dev()
soc, bun, tek = A_COMMITTEE_DEV
body(f"Ekonomichef Hampus Lindahl redovisar delårsrapporten. Resultatet för perioden januari–augusti uppgår "
     f"till {d1(A_PERIOD_RESULT)} mnkr. Helårsprognosen pekar på ett resultat på {d1(a_forecast())} mnkr, vilket "
     f"är {d1(a_forecast() - A_BUDGET_RESULT)} mnkr bättre än det budgeterade resultatet på {d1(A_BUDGET_RESULT)} "
     f"mnkr.")
body(f"Nämnderna prognostiserar sammantaget en negativ avvikelse på {d1(-dev)} mnkr. Socialnämnden svarar för "
     f"{d1(soc[1])} mnkr och barn- och utbildningsnämnden för {d1(bun[1])} mnkr, medan tekniska nämnden räknar "
     f"med ett överskott på {d1(tek[1])} mnkr. Finansförvaltningen väntas ge ett överskott på {d1(A_FINANCE_DEV)} "
     f"mnkr, främst genom högre skatteintäkter och lägre räntekostnader än budgeterat.")
pdf.att_list("Kommunstyrelsen beslutar",
             ["godkänna delårsrapporten per den 31 augusti 2027 och överlämna den till kommunfullmäktige, och",
              "uppdra åt socialnämnden och barn- och utbildningsnämnden att redovisa åtgärder för en budget i "
              "balans senast den 30 november 2027."], size=10, lh=4.9)
par(114, "Anmälan av delegationsbeslut", "Dnr KS 2027/12")
body("Följande beslut som fattats med stöd av kommunstyrelsens delegationsordning anmäls till kommunstyrelsen. "
     "Besluten finns tillgängliga hos kommunledningskontoret.", after=1.5)
from fpdf.fonts import FontFace  # noqa: E402

pdf.set_font("Sans", "", 7.9)
pdf.set_draw_color(170, 170, 170)
pdf.set_fill_color(255, 255, 255)
with pdf.table(col_widths=[18, 60, 56, 32], width=166, align="LEFT", line_height=3.55,
               text_align=["LEFT", "LEFT", "LEFT", "LEFT"], padding=(0.9, 1.1), repeat_headings=1,
               borders_layout="HORIZONTAL_LINES",
               headings_style=FontFace(emphasis="BOLD", fill_color=(238, 226, 226))) as t:
    r = t.row()
    for h in ["Datum", "Ärende", "Beslut", "Delegat"]:
        r.cell(h)
    for row in A_DELEG:
        r = t.row()
        r.cell(row[0].isoformat())
        r.cell(row[1])
        r.cell(row[2])
        r.cell(row[3])
pdf.set_draw_color(0, 0, 0)
pdf.ln(2)
pdf.att_list("Kommunstyrelsen beslutar", ["lägga redovisningen av delegationsbeslut till handlingarna."],
             size=10, lh=4.9)

# ---------------------------------------------------------------- p. 3 §§ 115–116
pdf.add_page()
par(115, "Yttrande över förslag till regionalt trafikförsörjningsprogram 2028–2031", "Dnr KS 2027/254")
body("Kollektivtrafikmyndigheten har skickat förslaget på remiss. Förvaltningen föreslår ett yttrande som "
     "framhåller behovet av fler avgångar i pendeltrafiken morgon och kväll och av anropsstyrd trafik på "
     "landsbygden.")
pdf.att_list("Kommunstyrelsen beslutar", ["anta förvaltningens förslag som sitt eget yttrande."], size=10, lh=4.9)
par(116, "Investeringsbeslut – ny förskola vid Fältängen", "Dnr KS 2027/301")
label("Ärendet")
body(f"Barn- och utbildningsnämnden behöver {A_F_PLACES} nya förskoleplatser i norra Hennestad. Förvaltningen "
     f"föreslår att en förskola med sex avdelningar byggs vid Fältängen. Den beräknade investeringsutgiften är "
     f"{d1(A_F_COST)} mnkr, jämfört med {d1(A_F_EARLIER)} mnkr i förstudien från 2026. Förskolan beräknas kunna "
     f"öppna i {A_F_OPEN}.")
label("Yrkanden")
body(f"Helena Lindqvist (S) yrkar bifall till förvaltningens förslag. Fredrik Dahlgren (M) yrkar, med "
     f"instämmande av Örjan Fransson (KD), att förskolan i stället byggs med fyra avdelningar till en beräknad "
     f"utgift av {d1(A_F_SMALL)} mnkr.")
label("Beslutsgång och omröstning")
nj, nn, na = (len(A_VOTE[k]) for k in ("Ja", "Nej", "Avstår"))
body("Ordföranden ställer yrkandena mot varandra och finner att kommunstyrelsen bifaller hennes eget yrkande. "
     "Omröstning begärs. Kommunstyrelsen godkänner följande beslutsgång: ja-röst för Helena Lindqvists yrkande, "
     "nej-röst för Fredrik Dahlgrens yrkande.")
body(f"Omröstningen utfaller med Ja {nj}, Nej {nn}, avstår {na}. Kommunstyrelsen har därmed bifallit Helena "
     f"Lindqvists yrkande. Hur varje ledamot har röstat framgår av närvaro- och omröstningslistan sist i "
     f"protokollet.")
pdf.att_list("Kommunstyrelsen beslutar",
             [f"godkänna investeringen i en ny förskola med sex avdelningar vid Fältängen med en utgift av "
              f"{d1(A_F_COST)} mnkr,",
              "finansiera investeringen inom investeringsbudgeten för 2028 och 2029, och",
              "uppdra åt kommundirektören att upphandla entreprenaden."], size=10, lh=4.9)
label("Reservation")
pdf.set_x(30)
pdf.set_font("Serif", "I", 9.8)
pdf.multi_cell(158, 4.8, "Fredrik Dahlgren, Lars Östlund och Daniel Lindgren (alla M) samt Örjan Fransson (KD) "
               "reserverar sig till förmån för Fredrik Dahlgrens yrkande. Moderaterna lämnar följande skriftliga "
               f"reservation: ”Vi reserverar oss eftersom {A_PASSAGE}. Fyra avdelningar räcker enligt "
               "befolkningsprognosen för behovet fram till 2032.”", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
label("Protokollsanteckning")
body("Dennis Holm (SD) lämnar en protokollsanteckning: Sverigedemokraterna avstår eftersom behovet av platser "
     "borde ha prövats mot lediga lokaler i centrala Hennestad.")
# ---------------------------------------------------------------- p. 4 §§ 117–120 and the attendance/vote list
pdf.add_page()
par(117, "Svar på motion om solceller på kommunens tak", "Dnr KS 2026/512")
body("Linda Dalin (V) föreslår i en motion att kommunen ska installera solceller på alla egna byggnader med "
     "lämpliga tak. Tekniska förvaltningen har inventerat taken, och solceller ingår redan i planen för de "
     "byggnader som ska få nya tak de närmaste åren.")
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta", ["anse motionen besvarad."], size=10, lh=4.9)

par(118, "Sammanträdesplan för 2028", "Dnr KS 2027/402")
body("Kommunstyrelsen sammanträder elva gånger under 2028. Sammanträdena börjar klockan 09.00.")
pdf.att_list("Kommunstyrelsen beslutar", ["fastställa sammanträdesplanen för 2028 enligt förvaltningens förslag."],
             size=10, lh=4.9)
par(119, "Uppdrag om översyn av kommunens lokalförsörjning", "Dnr KS 2027/415")
pdf.att_list("Kommunstyrelsen beslutar",
             ["uppdra åt kommundirektören att se över behovet av lokaler för förskola, skola och äldreomsorg "
              "och redovisa en samlad lokalförsörjningsplan i maj 2028."], size=10, lh=4.9)
par(120, "Meddelanden")
body("Förteckningen över inkomna skrivelser och protokoll från kommunala bolag läggs till handlingarna.")
pdf.ln(2)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 6, "Närvaro- och omröstningslista", new_x="LMARGIN", new_y="NEXT")
pdf.ln(0.5)
# fully ruled table with a stacked heading: "Omröstning § 116" over Ja / Nej / Avstår
ws = [48, 14, 52, 16, 12, 12, 12]
xs = [22]
for w in ws[:-1]:
    xs.append(xs[-1] + w)
y = pdf.get_y()
pdf.set_fill_color(232, 232, 232)
pdf.rect(22, y, sum(ws), 10, style="F")
pdf.set_font("Sans", "B", 8.2)
for k, h in enumerate(["Ledamot", "Parti", "Tjänstgörande ersättare", "Närv. § 116"]):
    pdf.set_xy(xs[k] + 1, y + 0.4)
    pdf.multi_cell(ws[k] - 2, 4.5, h, align="L" if k in (0, 2) else "C")
pdf.set_xy(xs[4], y + 0.4)
pdf.cell(36, 4.5, f"Omröstning § {A_VOTE_PAR}", align="C")
for k, h in enumerate(["Ja", "Nej", "Avstår"]):
    pdf.set_xy(xs[4 + k], y + 5.3)
    pdf.cell(12, 4.5, h, align="C")
pdf.set_draw_color(80, 80, 80)
pdf.line(xs[4], y + 5, 22 + sum(ws), y + 5)
y_head = y
y += 10
rows = []
for name, party, _ in A_MEMBERS:
    subs = [s for s in A_SUBS if s[2] == name]
    voter = name
    if name in A_ABSENT:
        voter = subs[0][0]
    subtxt = "; ".join(f"{s[0]}, §§ {s[3][0]}–{s[3][1]}" for s in subs)
    marks = ["X" if voter in A_VOTE[k] else "" for k in ("Ja", "Nej", "Avstår")]
    rows.append([name, party, subtxt, "X"] + marks)
pdf.set_font("Sans", "", 8.2)
for r in rows:
    pdf.line(22, y, 22 + sum(ws), y)
    for k, c in enumerate(r):
        pdf.set_xy(xs[k] + 1, y + 0.3)
        pdf.cell(ws[k] - 2, 4.6, c, align="L" if k in (0, 2) else "C")
    y += 5.2
pdf.set_line_width(0.5)
pdf.line(22, y, 22 + sum(ws), y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.2)
tot = ["Summa", "", "", str(len(rows))] + [str(len(A_VOTE[k])) for k in ("Ja", "Nej", "Avstår")]
for k, c in enumerate(tot):
    pdf.set_xy(xs[k] + 1, y + 0.3)
    pdf.cell(ws[k] - 2, 4.6, c, align="L" if k in (0, 2) else "C")
y += 5.2
pdf.line(22, y, 22 + sum(ws), y)
for x in xs + [22 + sum(ws)]:
    pdf.line(x, y_head if x not in xs[5:] else y_head + 5, x, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 4)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.8, "X = närvarande respektive avgiven röst. Ersättaren tjänstgör för den ledamot som står på "
               "samma rad under de paragrafer som anges.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != NPAGES: print("PAGES", pdf.page_no())
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
