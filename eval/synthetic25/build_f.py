"""(f) Dalmyra kommun – kultur- och fritidsnämnden: fördelning av föreningsbidrag 2027 (protokollsutdrag, SCANNED
bilaga 1 with the granted grants, bilaga 2 with the grant rules).

Layout: Liberation Sans, portrait, 3 pages. P. 1: a protokollsutdrag under a RULED HEADER GRID of six cells
(Dalmyra kommun / PROTOKOLLSUTDRAG / Sammanträdesdatum / Paragraf / Diarienummer / Sida), then the title, the
Ärendebeskrivning (frame, deadline, applications, associations, the two rejected), Beslutsunderlag as a "–" list,
the decision as "att"-clauses, and an "Utdragsbestyrkande" line; no running header. P. 2 is a SCANNED IMAGE
WITHOUT A TEXT LAYER: a PRINTOUT FROM THE ASSOCIATION REGISTER set in LIBERATION MONO on a light grey grid (Förening
/ Bidragstyp / Belopp, kr; a bold "Summa beviljade bidrag" line), with a slightly rotated RECEIPT STAMP ("Inkom
2027-03-10"), HANDWRITTEN CHECK MARKS in the left margin beside three rows, two italic notes (the reduced rent
grant, the midsummer arrangement), "Kontrollerad mot beslutet" and a signature; rendered with PIL at 200 dpi,
rotated −0.9°, with grain, specks and a scanner shadow, placed as one JPEG on a page without running header or
footer. P. 3: Bilaga 2, the grant rules as ROUNDED CARDS IN A TWO-COLUMN GRID (one card per bidragstyp, a coloured
title strip and three label/value lines: Vem kan få bidrag / Beräkning / Högsta belopp), then the rules for
applying and payment as a "•" list. None of the scanned amounts is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import (F_MEETING, F_PARAGRAPH, F_RAM, F_DEADLINE, F_N_APPL, F_N_ASSOC, F_NORMS, f_assocs, f_fmt,
                  f_scan_blocks, dmy)
from scan25 import render_scan

OUT = HERE / "dalmyra-kfn-foreningsbidrag-2027.pdf"
PLUM = (100, 50, 110)
pdf = Doc("Dalmyra kommun", "Kultur- och fritidsnämnden", "{p} (3)", font="liberation", accent=PLUM,
          foot="Dalmyra kommun · Kultur- och fritidsförvaltningen · Dnr KFN 2027/019",
          created=dt.datetime(2027, 3, 22, 15, 45, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
n_granted = len(f_assocs())
n_rejected = F_N_ASSOC - n_granted
WORD = {1: "en", 2: "två", 3: "tre", 4: "fyra"}

# ---------------------------------------------------------------- p. 1 protokollsutdrag with a ruled header grid
pdf.add_page()
y = 14
cells = [[("", "Dalmyra kommun"), ("", "PROTOKOLLSUTDRAG"), ("Sida", "1 (1)")],
         [("Sammanträdesdatum", F_MEETING.isoformat()), ("Paragraf", f"§ {F_PARAGRAPH}"),
          ("Diarienummer", "KFN 2027/019")]]
CWS = [70, 60, 40]
for r, row in enumerate(cells):
    x = 20
    for c, (lab, val) in enumerate(row):
        h = 12
        pdf.set_draw_color(110, 110, 110)
        pdf.rect(x, y + r * h, CWS[c], h)
        if lab:
            pdf.set_font("Sans", "", 7.4)
            pdf.set_text_color(100, 100, 100)
            pdf.set_xy(x + 1.5, y + r * h + 1)
            pdf.cell(CWS[c] - 3, 3.6, lab)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "B" if c == 1 else "", 10)
            pdf.set_xy(x + 1.5, y + r * h + 5)
            pdf.cell(CWS[c] - 3, 5.5, val)
        else:
            pdf.set_font("Sans", "B", 13 if c == 0 else 11)
            if c == 0:
                pdf.set_text_color(*PLUM)
            pdf.set_xy(x + 1.5, y + r * h + 3)
            pdf.cell(CWS[c] - 3, 6, val)
            pdf.set_text_color(0, 0, 0)
        x += CWS[c]
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 30)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, "Kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Sans", "B", 14)
pdf.cell(0, 7, f"§ {F_PARAGRAPH} Fördelning av föreningsbidrag 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h2("Ärendebeskrivning", size=10.5)
pdf.p("Kultur- och fritidsnämnden fördelar varje år bidrag till föreningar som bedriver verksamhet i kommunen. "
      "Bidragen ska främst stödja verksamhet för barn och unga, föreningarnas lokaler och anläggningar och öppna "
      "arrangemang som alla kan ta del av.", size=10)
pdf.p(f"Nämndens ram för föreningsbidrag 2027 är {f_fmt(F_RAM)} kr. Till ansökningstidens slut den "
      f"{dmy(F_DEADLINE)} kom {F_N_APPL} ansökningar in från {F_N_ASSOC} föreningar. {WORD[n_rejected].capitalize()} "
      "föreningar "
      "uppfyller inte villkoren i bidragsnormerna, eftersom de inte har lämnat in verksamhetsberättelse och "
      "årsmöteshandlingar för det senaste verksamhetsåret.", size=10)
pdf.p(f"Förvaltningen föreslår att bidrag beviljas till {n_granted} föreningar. Förslaget till fördelning per "
      "förening och bidragstyp framgår av bilaga 1, som har kontrollerats mot föreningsregistret. Bidragsnormerna "
      "finns i bilaga 2.", size=10)
pdf.h2("Beslutsunderlag", size=10.5)
pdf.bullets(["Tjänsteskrivelse från kultur- och fritidsförvaltningen, 2027-03-02",
             "Bilaga 1. Beviljade föreningsbidrag 2027 (utskrift från föreningsregistret)",
             "Bilaga 2. Bidragsnormer för föreningsbidrag 2027"], sym="–", size=9.8, lh=4.8)
pdf.h2("Beslut", size=10.5)
pdf.att_list("Kultur- och fritidsnämnden beslutar",
             ["fördela föreningsbidrag för 2027 enligt bilaga 1,",
              f"avslå ansökningarna från de {WORD[n_rejected]} föreningar som inte uppfyller villkoren,",
              "bidragen betalas ut i april 2027, samt",
              "medel som inte har fördelats får användas till arrangemangsbidrag under hösten 2027."],
             size=10, lh=5)
pdf.ln(2)
pdf.h2("Expedieras", size=10.5)
pdf.p("Sökande föreningar, kultur- och fritidsförvaltningens ekonomienhet", size=9.6)
pdf.ln(4)
y = pdf.get_y()
pdf.set_draw_color(120, 120, 120)
pdf.line(20, y, 190, y)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 8.6)
pdf.set_xy(20, y + 2)
pdf.cell(60, 4.5, "Justerandes signatur")
pdf.cell(60, 4.5, "Utdragsbestyrkande")
pdf.set_xy(20, y + 8)
pdf.set_font("Sans", "I", 9.4)
pdf.cell(60, 5, "Diana Bengtsson (ordförande)")
pdf.cell(60, 5, "Nina Hjort, nämndsekreterare")

# ---------------------------------------------------------------- p. 2 scanned printout (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=-0.9, seed=25))

# ---------------------------------------------------------------- p. 3 bilaga 2 as cards
pdf.add_page()
pdf.h1("Bilaga 2. Bidragsnormer för föreningsbidrag 2027", size=12.5)
pdf.p("Normerna antogs av kultur- och fritidsnämnden 2027-01-19 och gäller för bidrag som söks för 2027. Bidrag "
      "lämnas bara till föreningar som finns i kommunens föreningsregister.", size=9.8)
gap = 6
cw = (170 - gap) / 2
y0 = pdf.get_y() + 1
col_y = [y0, y0]
for k, (typ, who, calc, mx) in enumerate(F_NORMS):
    c = k % 2 if k < 4 else 0
    x = 20 + c * (cw + gap)
    y = col_y[c]
    lines = [("Vem kan få bidrag", who), ("Beräkning", calc), ("Högsta belopp", mx)]
    pdf.set_font("Sans", "", 8.8)
    hh = 7.5 + sum(max(1, pdf._nlines(cw - 36, v)) * 4.3 + 1 for _, v in lines) + 2
    pdf.set_draw_color(170, 150, 175)
    pdf.rect(x, y, cw, hh, round_corners=True, corner_radius=2)
    pdf.set_fill_color(*PLUM)
    pdf.rect(x, y, cw, 6.5, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(x + 2.5, y + 1)
    pdf.cell(cw - 5, 4.6, typ)
    pdf.set_text_color(0, 0, 0)
    yy = y + 8
    for lab, v in lines:
        pdf.set_font("Sans", "B", 8.2)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(x + 2.5, yy)
        pdf.cell(32, 4.3, lab)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_xy(x + 34, yy)
        pdf.multi_cell(cw - 36, 4.3, v, align="L", new_x="LMARGIN", new_y="NEXT")
        yy += max(1, pdf._nlines(cw - 36, v)) * 4.3 + 1
    col_y[c] = y + hh + 4
    if k == 3:
        col_y = [max(col_y)] * 2
pdf.set_y(max(col_y) + 1)
pdf.h2("Ansökan och utbetalning", size=10.5)
pdf.bullets([f"Ansökan lämnas i kommunens e-tjänst senast den {dmy(F_DEADLINE)} för bidrag som avser samma år.",
             "Aktivitetsstödet beräknas på de deltagartillfällen som föreningen har rapporterat för föregående år.",
             "Föreningen ska ha en demokratisk uppbyggnad och lämna verksamhetsberättelse, revisionsberättelse och "
             "årsmöteshandlingar.",
             "Bidragen betalas ut i april. Felaktiga uppgifter kan leda till att bidraget krävs tillbaka."],
            size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
