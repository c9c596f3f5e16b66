"""(b) Ånnesta kommun – kultur- och fritidsnämnden, sammanträdesprotokoll 2027-03-16, §§ 12–19.

Layout: DejaVu Serif text, DejaVu Sans labels and tables, portrait, 4 pages. P. 1 has no running header: a small
DRAWN SHIELD beside "ÅNNESTA KOMMUN", "SAMMANTRÄDESPROTOKOLL" at the right, then the front page as a GRID OF FORM
FIELDS – every field a thin box whose CAPTION SITS IN SMALL GREY CAPITALS IN THE TOP LEFT CORNER OF THE BOX, the
value under it (Plats och tid, Övriga närvarande, Utses att justera, Justeringens plats och tid, Paragrafer) –, the
attendance as a table with horizontal hairlines (Ledamot / Parti / Uppdrag, the substitute marked "tjänstgörande
ersättare för …"), three signature lines and the notice of the posting as a key–value block under a rule. From p.
2 on every page has a running header "Ånnesta kommun · Kultur- och fritidsnämnden · Sammanträdesprotokoll
2027-03-16 · Sida x (4)". Every paragraph opens with "§ nn" in bold beside the title, the dnr at the right on the
same line, and a SHORT ACCENT BAR IN THE LEFT MARGIN beside the heading. P. 2: §§ 12–14 (the economic follow-up with
competing figures), § 15 on the association grants with Ärendet, Yrkanden, Propositionsordning, Omröstning (a small
framed result line "Bifall 6 · Avslag 3 · Avstår 0" and the ja/nej lists), the decision as att-clauses and a
reservation. P. 3: the bilaga, a FULLY RULED GRANT TABLE (Förening / Sökt belopp, kr / Beviljat belopp, kr /
Motivering) with a shaded heading, the three grant types as TINTED GROUP ROWS INSIDE THE TABLE, motiveringar that
WRAP over two or three lines; the table breaks after "Ånnesta Manskör" with "Forts. på nästa sida"; p. 4 repeats
"Bilaga till § 15 (forts.)", the heading and the group row, and ends with a bold Summa row. Then §§ 16–19 (the
library's opening hours: the passage). No metadata title.
"""
import datetime as dt
import math

from common34 import HERE, Doc
from data import (B_DATE, B_GRANT_GROUPS, B_BREAK_AFTER, B_FRAME, B_VOTE, B_MOTION, B_ECON, B_MEMBERS,
                  B_SECRETARY, B_PASSAGE, b_rows, b_sum, g, d1, r1, dmy)

OUT = HERE / "annesta-kfn-protokoll-2027-03-16.pdf"
ACC = (128, 30, 40)
DATE = B_DATE.isoformat()
pdf = Doc("Ånnesta kommun", "", f"Kultur- och fritidsnämnden · Sammanträdesprotokoll {DATE} · Sida {{p}} (4)",
          font="dejavu", serif=True, accent=ACC,
          created=dt.datetime(2027, 3, 19, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 20)
pdf.no_furniture = (1,)
SOUGHT, GRANTED = b_sum()
N = len(b_rows())
REJ = [r for r in b_rows() if r[3] == 0]
WORD = {1: "en", 2: "två", 3: "tre"}

# ---------------------------------------------------------------- p. 1 front page
pdf.add_page()
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.5)
pdf.polygon([(24, 14), (34, 14), (34, 21), (29, 26), (24, 21)], style="D")
pdf.set_line_width(0.3)
for k in range(3):
    pdf.line(25.5 + k * 3, 16, 25.5 + k * 3, 21.5 - (1.2 if k != 1 else 0))
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(38, 14.5)
pdf.set_font("Sans", "B", 12)
pdf.cell(80, 5.5, "ÅNNESTA KOMMUN")
pdf.set_xy(38, 20)
pdf.set_font("Sans", "", 9)
pdf.cell(80, 5, "Kultur- och fritidsnämnden")
pdf.set_xy(110, 14.5)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(80, 5.5, "SAMMANTRÄDESPROTOKOLL", align="R")
pdf.set_xy(110, 20)
pdf.set_font("Sans", "", 8.8)
pdf.cell(80, 5, f"Sammanträdesdatum {DATE}", align="R")
pdf.set_xy(110, 24.5)
pdf.cell(80, 5, "Sida 1 (4)", align="R")
pdf.hline(24, 190, 31, 0.6, ACC)


def field(x, y, w, h, caption, value, size=9.4):
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y, w, h)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(x + 1.5, y + 1.0)
    pdf.set_font("Sans", "", 6.4)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(w - 3, 3, caption.upper())
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", size)
    pdf.set_xy(x + 1.5, y + 4.6)
    pdf.multi_cell(w - 3, 4.5, value, align="L")


y = 36
field(24, y, 166, 13, "Plats och tid", f"Kommunhuset i Ånnesta, sammanträdesrummet Tornet, tisdagen den "
      f"{dmy(B_DATE)} kl. 18.00–20.40")
y += 13
field(24, y, 83, 18, "Övriga närvarande", f"{B_SECRETARY}, nämndsekreterare\nKultur- och fritidschef\n"
      "Ekonom, § 14")
field(107, y, 83, 18, "Utses att justera", "Eva Magnusson (M)\nErsättare för justerare: Nils Åström (KD)")
y += 18
field(24, y, 83, 13, "Justeringens plats och tid", "Kultur- och fritidsförvaltningen, 2027-03-19")
field(107, y, 83, 13, "Justerade paragrafer", "§§ 12–19")
y += 19
pdf.set_xy(24, y)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "Beslutande", new_x="LMARGIN", new_y="NEXT")
y += 6.5
CW = [58, 18, 90]
AL = ["L", "C", "L"]
pdf.hline(24, 190, y, 0.4)
y += pdf.row(24, y, CW, AL, ["Ledamot", "Parti", "Uppdrag"], font="Sans", style="B", size=8.6, lh=4.2)
pdf.hline(24, 190, y, 0.4)
for name, party, role, repl in B_MEMBERS:
    txt = role if not repl else f"{role} för {repl}"
    y += pdf.row(24, y, CW, AL, [name, party, txt], font="Serif", size=9, lh=4.3)
    pdf.hline(24, 190, y, 0.1, (160, 160, 160))
pdf.hline(24, 190, y, 0.4)
pdf.set_y(y + 4)
pdf.set_font("Serif", "", 9.2)
pdf.multi_cell(0, 4.6, f"Antal tjänstgörande ledamöter: {len(B_MEMBERS)}. Ebba Nordin (S) hade anmält förhinder.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"Sekreterare\n{B_SECRETARY}", "Ordförande\nAnders Nyberg", "Justerande\nEva Magnusson"])
pdf.ln(4)
pdf.hline(24, 190, pdf.get_y(), 0.3)
pdf.ln(2)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Bevis om anslag", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.kv([("Organ", "Kultur- och fritidsnämnden"), ("Sammanträdesdatum", DATE),
        ("Anslaget sätts upp", "2027-03-20"), ("Anslaget tas ned", "2027-04-11"),
        ("Förvaringsplats", "Kultur- och fritidsförvaltningen, Ånnesta kommunhus")], lw=44, size=8.8, lh=4.4)


# ---------------------------------------------------------------- paragraphs
def par(no, title, dnr=None):
    pdf.need(34)
    pdf.ln(1.6)
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(19.5, y + 0.3, 1.6, 5.4, style="F")
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(24, y)
    pdf.cell(18, 6, f"§ {no}")
    pdf.cell(110, 6, title)
    if dnr:
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(100, 100, 100)
        pdf.set_xy(150, y + 0.5)
        pdf.cell(40, 5, dnr, align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 8)


def sub(t):
    pdf.need(16)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")


pdf.add_page()
par(12, "Val av justerare")
pdf.p("Kultur- och fritidsnämnden beslutar att utse Eva Magnusson (M) att tillsammans med ordföranden justera "
      "dagens protokoll. Justeringen sker den 19 mars 2027.", size=9.4, lh=4.6, after=1.6)
par(13, "Godkännande av dagordning")
pdf.p("Dagordningen godkänns med tillägget att informationen om sommarlovsaktiviteter tas upp under § 19.", size=9.4, lh=4.6, after=1.6)
bud, prog, swim = B_ECON
par(14, "Ekonomisk uppföljning efter februari 2027", "Dnr KFN 2027/7")
pdf.p(f"Nämndens budget för 2027 uppgår till {d1(bud)} mnkr. Prognosen efter februari visar en nettokostnad på "
      f"{d1(prog)} mnkr för helåret, vilket innebär ett underskott på {d1(r1(prog - bud))} mnkr. Av underskottet "
      f"avser {d1(swim)} mnkr simhallen, där energikostnaderna blivit högre än beräknat. Resten förklaras av "
      f"högre hyror för föreningslokalerna.", size=9.4, lh=4.6, after=1.6)
pdf.p("Kultur- och fritidsnämnden beslutar att lägga den ekonomiska uppföljningen till handlingarna och att ge "
      "förvaltningen i uppdrag att redovisa åtgärder för en budget i balans vid nästa sammanträde.", size=9.4, lh=4.6, after=1.6)
par(15, "Föreningsbidrag 2027", "Dnr KFN 2027/3")
sub("Ärendet")
late = [r for r in b_rows() if "efter sista ansökningsdag" in r[4]]
pdf.p(f"Nämnden har för 2027 en ram på {g(B_FRAME)} kronor för bidrag till föreningar. Det kom in {N} ansökningar "
      f"med ett sammanlagt sökt belopp på {g(SOUGHT)} kronor, varav {WORD[len(late)]} efter sista ansökningsdag. "
      f"Arbetsutskottet föreslår att {N - len(REJ)} föreningar beviljas sammanlagt {g(GRANTED)} kronor och att "
      f"{WORD[len(REJ)]} ansökningar avslås. Förslaget och motiveringarna framgår av bilagan.", size=9.4, lh=4.6, after=1.6)
mname, mparty, mfor, mamount = B_MOTION
sub("Yrkanden")
pdf.p(f"{mname} ({mparty}) yrkar att {mfor} beviljas {g(mamount)} kronor i verksamhetsbidrag. Anders Nyberg (S) "
      f"yrkar bifall till arbetsutskottets förslag.", size=9.4, lh=4.6, after=1.6)
sub("Propositionsordning")
pdf.p("Ordföranden ställer proposition på de båda förslagen och finner att nämnden beslutar enligt "
      "arbetsutskottets förslag. Votering begärs.", size=9.4, lh=4.6, after=1.6)
sub("Omröstning")
yes, no = B_VOTE
pdf.p(f"Ja-röst för arbetsutskottets förslag, nej-röst för {mname}s yrkande. Med {yes} ja-röster mot {no} "
      f"nej-röster beslutar nämnden enligt arbetsutskottets förslag.", size=9.4, lh=4.6, after=1.6)
y = pdf.get_y()
pdf.set_draw_color(*ACC)
pdf.rect(24, y, 92, 7)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(26, y + 1)
pdf.set_font("Sans", "B", 9)
pdf.cell(88, 5, f"Bifall {yes}   ·   Avslag {no}   ·   Avstår 0")
pdf.set_y(y + 9)
ja = [f"{m[0]} ({m[1]})" for m in B_MEMBERS if m[1] not in ("M", "SD", "KD")]
nej = [f"{m[0]} ({m[1]})" for m in B_MEMBERS if m[1] in ("M", "SD", "KD")]
assert len(ja) == yes and len(nej) == no
pdf.set_font("Serif", "", 9)
pdf.multi_cell(0, 4.5, "Ja: " + ", ".join(ja) + ".\nNej: " + ", ".join(nej) + ".", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.att_list("Kultur- och fritidsnämnden beslutar", [
    f"bevilja föreningsbidrag för 2027 enligt bilagan, sammanlagt {g(GRANTED)} kronor,",
    "avslå ansökningarna från " + " och ".join(r[1] for r in REJ) + ", samt",
    "bidragen betalas ut senast den 30 april 2027."], size=9.4, lh=4.6)
sub("Reservation")
pdf.p(", ".join(nej[:-1]) + " och " + nej[-1] + f" reserverar sig mot beslutet till förmån för {mname}s yrkande.",
      size=9.4, lh=4.6, after=1.6)

# ---------------------------------------------------------------- the grant table (bilaga)
TW = [48, 22, 22, 74]
TA = ["L", "R", "R", "L"]
X0 = 24
TOT = sum(TW)


def thead(y):
    pdf.set_fill_color(222, 214, 214)
    h = pdf.row_h(TW, ["Förening", "Sökt belopp, kr", "Beviljat belopp, kr", "Motivering"], font="Sans",
                  style="B", size=8.4, lh=4)
    pdf.rect(X0, y, TOT, h, style="F")
    pdf.row(X0, y, TW, TA, ["Förening", "Sökt belopp, kr", "Beviljat belopp, kr", "Motivering"], font="Sans",
            style="B", size=8.4, lh=4)
    grid(y, h)
    return y + h


def grid(y, h):
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    x = X0
    pdf.rect(X0, y, TOT, h)
    for w in TW[:-1]:
        x += w
        pdf.line(x, y, x, y + h)
    pdf.set_draw_color(0, 0, 0)


def grow(y, text):
    pdf.set_fill_color(244, 236, 236)
    pdf.rect(X0, y, TOT, 6, style="F")
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(X0, y, TOT, 6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "BI", 8.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(X0 + 1.5, y + 0.6)
    pdf.cell(TOT - 3, 4.8, text)
    pdf.set_text_color(0, 0, 0)
    return y + 6


pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 5.5, "Bilaga till § 15 – Föreningsbidrag 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 9)
pdf.cell(0, 5, "Arbetsutskottets förslag, som kultur- och fritidsnämnden beslutade enligt.", new_x="LMARGIN",
         new_y="NEXT")
y = thead(pdf.get_y() + 2)
for grp in B_GRANT_GROUPS:
    y = grow(y, grp)
    for r in b_rows(grp):
        cells = [r[1], g(r[2]), g(r[3]), r[4]]
        h = pdf.row(X0, y, TW, TA, cells, font="Sans", size=8.6, lh=4.1, vpad=1.3)
        grid(y, h)
        y += h
        if r[1] == B_BREAK_AFTER:
            pdf.set_xy(X0, y + 1.5)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TOT, 4, "Forts. på nästa sida", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(0, 5.5, "Bilaga till § 15 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = thead(pdf.get_y() + 2)
            if r != b_rows(grp)[-1]:
                y = grow(y, f"{grp} (forts.)")
h = pdf.row(X0, y, TW, TA, ["Summa", g(SOUGHT), g(GRANTED), f"Kvar inom ramen: {g(B_FRAME - GRANTED)} kr"],
            font="Sans", style="B", size=8.6, lh=4.1, vpad=1.3)
grid(y, h)
pdf.hline(X0, X0 + TOT, y, 0.6)
y += h
pdf.set_y(y + 4)

# ---------------------------------------------------------------- §§ 16–19
par(16, "Öppettider i Ånnesta bibliotek under sommaren", "Dnr KFN 2027/11")
pdf.p("Förvaltningen föreslår att biblioteket håller stängt på lördagar under juni, juli och augusti och i "
      f"stället har öppet till klockan 20 på torsdagar. Skälet är att {B_PASSAGE}. Personalen kan då användas när "
      "besöken är som flest.", size=9.8)
pdf.p("Kultur- och fritidsnämnden beslutar enligt förvaltningens förslag.", size=9.8)
par(17, "Svar på medborgarförslag om utegym i Tallparken", "Dnr KFN 2025/48")
pdf.p("Förslagsställaren vill att kommunen bygger ett utegym i Tallparken. Förvaltningen bedömer att ett utegym "
      "kan byggas inom ramen för nämndens investeringsbudget för 2027 och föreslår att medborgarförslaget bifalls.",
      size=9.8)
pdf.p("Kultur- och fritidsnämnden beslutar att bifalla medborgarförslaget.", size=9.8)
par(18, "Redovisning av delegationsbeslut")
pdf.p("Delegationsbesluten för januari och februari 2027 redovisas. Nämnden beslutar att lägga redovisningen till "
      "handlingarna.", size=9.8)
par(19, "Meddelanden och information")
pdf.p("Förvaltningen informerar om planerade sommarlovsaktiviteter och om att ansökan om statsbidrag för "
      "lovaktiviteter har lämnats in. Nämnden beslutar att lägga informationen till handlingarna.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
