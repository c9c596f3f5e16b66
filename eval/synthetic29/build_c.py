"""(c) Fagerbro kommun – tekniska nämnden: anmälan av delegationsbeslut 1 januari–31 mars 2027.

Layout: Liberation Sans; portrait, 3 pages. P. 1: a grey BREADCRUMB LINE ("Tekniska nämnden › Sammanträde … ›
Ärende 6") over the title, a one-line meta strip (date, Dnr, handläggare), "Förslag till beslut" with a thick
accent rule to its left, "Ärendet" with the counts in words and figures, and Tabell 1, a small RULED CROSS-TAB of
the decisions (rows = the three sections of the delegation order, columns = Beviljas / Avslås / Avskrivs / Summa,
bold Totalt row and column), then "Beslutsunderlag" as a "–" list and a signature. Pp. 2–3: Bilaga, the list of
decisions as a FULLY RULED GRID (every cell framed) with a dark heading row in white type (Nr / Ärende / Inkom /
Beslutad / Beslut / Delegat); the ÄRENDE CELLS WRAP over two or three lines and long delegate titles are split with
a hyphen ("Parkerings-/handläggare"); every section of the delegation order is a SHADED BAND spanning the grid
("Avsnitt 5 · Parkeringstillstånd för rörelsehindrade"); the decision word is BOLD AND COLOURED (green Beviljas,
red Avslås, grey Avskrivs). The grid breaks before D-18 and continues on p. 3 under "Bilaga … (forts.)" with the
heading row repeated and the band "(forts.)". P. 3 ends with comments on the refusals (passage: the sandwich
sign), the written-off cases and the handling times. No metadata title.
"""
import datetime as dt

from common29 import HERE, Doc
from data import (C_SECTIONS, C_DECISIONS, C_DECISIONS_KINDS, C_MEETING, C_SKRIVELSE, C_PASSAGE, C_LIMIT_DAYS,
                  c_days, c_count, dmy)

OUT = HERE / "fagerbro-tn-delegationsbeslut-kv1-2027.pdf"
ACC = (0, 100, 90)
pdf = Doc("Fagerbro kommun", "Tekniska nämnden", "Sida {p} (3)", font="liberation", accent=ACC,
          foot="Fagerbro kommun · Samhällsbyggnadsförvaltningen · Dnr TN 2027/58",
          created=dt.datetime(2027, 4, 2, 11, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
COL = {"Beviljas": (30, 120, 50), "Avslås": (180, 30, 30), "Avskrivs": (110, 110, 110)}
SPLIT = {"Parkeringshandläggare": "Parkerings-\nhandläggare", "Trafikhandläggare": "Trafik-\nhandläggare",
         "Förvaltningschef": "Förvaltnings-\nchef"}
N = len(C_DECISIONS)
NUMW = {3: "tre", 4: "fyra", 5: "fem", 11: "elva", 18: "arton"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(120, 120, 120)
pdf.cell(0, 4.5, f"Tekniska nämnden  ›  Sammanträde {dmy(C_MEETING)}  ›  Ärende 6", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(2)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(0, 7.5, "Anmälan av delegationsbeslut 1 januari–31 mars 2027", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(1)
pdf.set_font("Sans", "", 8.6)
pdf.set_fill_color(236, 244, 242)
pdf.cell(0, 6, f"  Tjänsteskrivelse {C_SKRIVELSE.isoformat()}     Dnr TN 2027/58     Handläggare: Linnea Ottosson, "
         "nämndsekreterare", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
y = pdf.get_y()
pdf.set_x(25)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 5.5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(25)
pdf.set_font("Sans", "", 10)
pdf.multi_cell(165, 5, "Tekniska nämnden beslutar att lägga anmälan av delegationsbeslut för perioden 1 januari–31 "
               "mars 2027 till handlingarna.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(*ACC)
pdf.rect(20, y, 1.6, pdf.get_y() - y, style="F")
pdf.ln(3)
pdf.h1("Ärendet", size=12)
bev, avs, avsk = (c_count(beslut=b) for b in C_DECISIONS_KINDS)
pdf.p("Tekniska nämnden har i delegationsordningen överlåtit beslutanderätt till förvaltningschef, gatuchef, "
      "trafikhandläggare och parkeringshandläggare i ärenden om upplåtelse av allmän platsmark, "
      "parkeringstillstånd för rörelsehindrade och dispenser enligt trafikförordningen (avsnitt 4–6). Besluten "
      "ska anmälas till nämnden vid nästa sammanträde.", size=9.8)
pdf.p(f"Under perioden fattades {NUMW[N]} beslut med stöd av delegation. {NUMW[bev].capitalize()} ansökningar "
      f"beviljades, {NUMW[avs]} avslogs och {NUMW[avsk]} ärenden avskrevs. Fördelningen per avsnitt framgår av "
      "tabell 1 och varje beslut redovisas i bilagan.", size=9.8)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Beslut per avsnitt och utfall", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
TW = [82, 22, 22, 22, 22]
TX = [20]
for w in TW[:-1]:
    TX.append(TX[-1] + w)
y = pdf.get_y() + 1
rows = [["Avsnitt"] + C_DECISIONS_KINDS + ["Summa"]]
for nr, name in C_SECTIONS:
    rows.append([f"{nr} {name}"] + [str(c_count(nr, b)) for b in C_DECISIONS_KINDS] + [str(c_count(nr))])
rows.append(["Totalt"] + [str(c_count(beslut=b)) for b in C_DECISIONS_KINDS] + [str(N)])
for k, row in enumerate(rows):
    last = k == len(rows) - 1
    if k == 0:
        pdf.set_fill_color(220, 234, 231)
        pdf.rect(20, y, sum(TW), 6.4, style="F")
    for i, c in enumerate(row):
        pdf.set_font("Sans", "B" if (k == 0 or last or i == 4) else "", 9)
        pdf.rect(TX[i], y, TW[i], 6.4)
        pdf.set_xy(TX[i] + 1.5, y + 1)
        pdf.cell(TW[i] - 3, 4.4, c, align="L" if i == 0 else "R")
    y += 6.4
pdf.set_y(y + 5)
pdf.h2("Beslutsunderlag")
pdf.bullets(["Tjänsteskrivelse " + C_SKRIVELSE.isoformat(),
             "Bilaga. Förteckning över delegationsbeslut 1 januari–31 mars 2027"], sym="–", size=9.6, lh=4.8)
pdf.ln(10)
yy = pdf.get_y()
pdf.line(20, yy, 90, yy)
pdf.set_xy(20, yy + 1)
pdf.set_font("Sans", "", 9)
pdf.cell(70, 5, "Nils Andersson, förvaltningschef")

# ---------------------------------------------------------------- pp. 2–3 the list of decisions
W = [15, 69, 20, 20, 19, 27]
XS = [20]
for w in W[:-1]:
    XS.append(XS[-1] + w)
R = 20 + sum(W)
FS = 8.4
LH = 4.0


def lines(w, text, style=""):
    pdf.set_font("Sans", style, FS)
    return len(pdf.multi_cell(w, LH, text, dry_run=True, output="LINES"))


def caption(cont=False):
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Bilaga. Förteckning över delegationsbeslut 1 januari–31 mars 2027" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def heading():
    y = pdf.get_y()
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y, sum(W), 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", FS)
    for i, h in enumerate(["Nr", "Ärende", "Inkom", "Beslutad", "Beslut", "Delegat"]):
        pdf.set_xy(XS[i] + 1.3, y + 1.4)
        pdf.cell(W[i] - 2.6, 4.2, h)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 7)


def band(nr, name, cont=False):
    y = pdf.get_y()
    pdf.set_fill_color(228, 238, 236)
    pdf.rect(20, y, sum(W), 6.2, style="DF")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(21.5, y + 1)
    pdf.cell(0, 4.2, f"Avsnitt {nr} · {name}" + (" (forts.)" if cont else ""))
    pdf.set_y(y + 6.2)


def row(d, nr, name):
    pdf.set_font("Sans", "", FS)
    dele = SPLIT.get(d[6], d[6]) if pdf.get_string_width(d[6]) > W[5] - 5 else d[6]
    cells = [d[0], d[2], d[3].isoformat(), d[4].isoformat(), d[5], dele]
    n = max(lines(W[i] - 2.6, c) for i, c in enumerate(cells))
    h = n * LH + 2.4
    if pdf.get_y() + h > pdf.h - 24:
        pdf.add_page()
        caption(cont=True)
        heading()
        band(nr, name, cont=True)
        BROKE.append(d[0])
    y = pdf.get_y()
    for i, c in enumerate(cells):
        pdf.rect(XS[i], y, W[i], h)
        pdf.set_xy(XS[i] + 1.3, y + 1.2)
        if i == 4:
            pdf.set_font("Sans", "B", FS)
            pdf.set_text_color(*COL[c])
        else:
            pdf.set_font("Sans", "", FS)
        pdf.multi_cell(W[i] - 2.6, LH, c, align="L")
        pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h)


BROKE = []
pdf.add_page()
caption()
pdf.p("Förteckningen redovisar alla beslut som har fattats med stöd av tekniska nämndens delegationsordning under "
      "perioden, ordnade efter avsnitt i delegationsordningen. Inkom anger när ansökan registrerades och Beslutad "
      "när beslutet fattades. Personuppgifter i ärenden om parkeringstillstånd redovisas inte; ärendet anges i "
      "stället med sitt nummer.", size=9.2, lh=4.6)
heading()
for nr, name in C_SECTIONS:
    band(nr, name)
    for d in [d for d in C_DECISIONS if d[1] == nr]:
        row(d, nr, name)
print("table continues on p. 3 from", BROKE)
pdf.ln(5)
pdf.h1("Kommentarer", size=12)
refused = [d for d in C_DECISIONS if d[5] == "Avslås"]
d04 = [d for d in C_DECISIONS if d[0] == "D-04"][0]
pdf.h2("Avslag")
pdf.p(f"Ansökan om en reklamskylt på Drottninggatan ({d04[0]}) avslogs. {C_PASSAGE} De två avslagen på "
      "parkeringstillstånd grundar sig på att läkarintyget inte visade att sökanden har väsentliga svårigheter att "
      "förflytta sig på egen hand. Dispensen för leveranser på Nygatan avslogs eftersom gatan är gågata fram till "
      "klockan 11 och leveranser kan ske från lastzonen vid Oxtorget.", size=9.6)
pdf.h2("Avskrivna ärenden")
pdf.p("Två ansökningar återkallades av sökanden innan beslut fattades. Ett ärende om parkeringstillstånd "
      "skrevs av eftersom den begärda kompletteringen inte kom in inom den angivna tiden.", size=9.6)
late = sum(1 for d in C_DECISIONS if c_days(d) > C_LIMIT_DAYS)
pdf.h2("Handläggningstid")
pdf.p(f"Nämndens mål är att en ansökan ska vara avgjord inom {C_LIMIT_DAYS} dagar från att den kom in. "
      f"{NUMW[late].capitalize()} av periodens {NUMW[N]} beslut fattades senare än så, främst på grund av "
      "väntan på kompletteringar från sökandena.", size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
