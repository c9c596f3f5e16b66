"""(e) Nyedsbo kommun – årsredovisning 2026, avsnitt Räkenskaper (resultaträkning, balansräkning och noter).

Layout: portrait, Liberation Serif throughout (also in the tables), justified. P. 1: the financial analysis as
key-ratio text whose sentences compare kommunen / koncernen and 2026 / 2025 (soliditet, also including pension
commitments, result share, self-financing, balance requirement). P. 2: the resultaträkning, a hand-drawn table
WITHOUT row rules: a TWO-LEVEL HEADING ("Kommunen" and "Koncernen" each spanning 2026 / 2025), the two KONCERNEN
COLUMNS SHADED, the "Not" column at the FAR RIGHT, italic sum rows with a double rule above and a bold result row.
P. 3: the balansräkning in the same style with bold section rows. Pp. 4–5: NOTES SET IN TWO COLUMNS, each note a
heading with a small table (2026 / 2025) and a bold sum line. No metadata title.
"""
import datetime as dt

from common18 import HERE, Doc, dec
from data import e_rr, e_br, E_RR_BASE, E_BR_BASE, E_NOTES, e_note_rows, e_ratios, E_ANSVAR, E_INVEST, E_REAVINST

OUT = HERE / "nyedsbo-arsredovisning-2026-rakenskaper.pdf"
ACC = (60, 60, 110)
pdf = Doc("Nyedsbo kommun", "Årsredovisning 2026", "Räkenskaper · sida {p}", font="liberation", serif=True,
          justify=True, accent=ACC, foot="Nyedsbo kommun · Årsredovisning 2026",
          created=dt.datetime(2027, 3, 25, 8, 0, tzinfo=dt.timezone.utc))
rr, br, k = e_rr(), e_br(), e_ratios()


def v(x):
    return "–" if x == 0 else dec(x)


pdf.add_page()
pdf.title_block("Räkenskaper", "Resultaträkning, balansräkning och noter för kommunen och koncernen", size=19)
pdf.h1("Finansiell analys i sammandrag")
pdf.p(f"Kommunens årets resultat blev {dec(rr['Årets resultat'][0])} mnkr, jämfört med "
      f"{dec(rr['Årets resultat'][1])} mnkr 2025. Koncernens resultat blev {dec(rr['Årets resultat'][2])} mnkr "
      f"({dec(rr['Årets resultat'][3])} mnkr året innan). Resultatet motsvarar {dec(k['res_andel'][0])} procent av "
      f"skatteintäkter och generella statsbidrag, vilket är över det finansiella målet på 2,0 procent "
      f"({dec(k['res_andel'][1])} procent 2025).")
pdf.p(f"Balanskravsresultatet är {dec(k['balans'])} mnkr efter avdrag för realisationsvinster på "
      f"{dec(E_REAVINST)} mnkr, och kommunen uppfyller därmed balanskravet.")
pdf.p(f"Soliditeten för kommunen var {dec(k['soliditet'][0])} procent vid årets slut, mot "
      f"{dec(k['soliditet'][1])} procent ett år tidigare. För koncernen var soliditeten {dec(k['soliditet'][2])} "
      f"procent ({dec(k['soliditet'][3])} procent). Om hela pensionsåtagandet räknas in blir kommunens soliditet "
      f"{dec(k['soliditet_inkl'][0])} procent, jämfört med {dec(k['soliditet_inkl'][1])} procent 2025. Förbättringen "
      f"beror på att ansvarsförbindelsen minskade från {dec(E_ANSVAR[1])} till {dec(E_ANSVAR[0])} mnkr.")
pdf.p(f"Kommunens nettoinvesteringar uppgick till {dec(E_INVEST)} mnkr. Självfinansieringsgraden, det vill säga "
      f"resultat plus avskrivningar i förhållande till investeringarna, blev {dec(k['sjf'])} procent. Resten "
      "finansierades med likvida medel och nya lån, och kassan minskade med "
      f"{dec(br['Kassa och bank'][1] - br['Kassa och bank'][0])} mnkr.")
pdf.p("Verksamhetens nettokostnader ökade med 4,1 procent medan skatteintäkter och generella statsbidrag ökade med "
      "4,5 procent. Att intäkterna ökade snabbare än kostnaderna förklarar det förbättrade resultatet.")


def stmt(lines, caption):
    rows = []
    for kind, name in lines:
        if kind == "group":
            rows.append({"cells": [name], "kind": "group"})
            continue
        src = rr if name in rr else br
        note = {n[3]: str(n[0]) for n in E_NOTES}.get(name, "")
        rows.append({"cells": [name] + [v(x) for x in src[name]] + [note], "kind": kind})
    pdf.table18([[("Mnkr", 1, 2), ("Kommunen", 2), ("Koncernen", 2), ("Not", 1, 2)],
                 [("2026", 1), ("2025", 1), ("2026", 1), ("2025", 1)]], rows, [76, 20, 20, 20, 20, 10],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"], size=9.4, lh=4.6, font="Serif", sep="none",
                head_fill=(255, 255, 255), head_color=ACC, head_rule=ACC, col_fill={3: (236, 236, 244),
                                                                                      4: (236, 236, 244)},
                group_fill=(255, 255, 255), caption=caption, pad=1.1)


pdf.add_page()
pdf.h1("Resultaträkning")
stmt([("row", "Verksamhetens intäkter"), ("row", "Verksamhetens kostnader"), ("row", "Avskrivningar"),
      ("sub", "Verksamhetens nettokostnader"), ("row", "Skatteintäkter"),
      ("row", "Generella statsbidrag och utjämning"), ("sub", "Verksamhetens resultat"),
      ("row", "Finansiella intäkter"), ("row", "Finansiella kostnader"), ("sub", "Resultat efter finansiella poster"),
      ("row", "Skatt på årets resultat"), ("total", "Årets resultat")], None)
pdf.p("Koncernen består av kommunen och de helägda bolagen Nyedsbohem AB och Nyedsbo Energi AB. Interna "
      "mellanhavanden har eliminerats. Skatt på årets resultat avser bolagen.", size=9.2)

pdf.add_page()
pdf.h1("Balansräkning per den 31 december")
stmt([("group", "TILLGÅNGAR"), ("group", "Anläggningstillgångar"), ("row", "Immateriella anläggningstillgångar"),
      ("row", "Mark, byggnader och tekniska anläggningar"), ("row", "Maskiner och inventarier"),
      ("row", "Finansiella anläggningstillgångar"), ("sub", "Summa anläggningstillgångar"),
      ("group", "Omsättningstillgångar"), ("row", "Förråd m.m."), ("row", "Kortfristiga fordringar"),
      ("row", "Kassa och bank"), ("sub", "Summa omsättningstillgångar"), ("total", "SUMMA TILLGÅNGAR"),
      ("group", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"), ("group", "Eget kapital"), ("row", "Årets resultat"),
      ("row", "Övrigt eget kapital"), ("sub", "Summa eget kapital"), ("group", "Avsättningar"),
      ("row", "Avsättningar för pensioner"), ("row", "Övriga avsättningar"), ("sub", "Summa avsättningar"),
      ("group", "Skulder"), ("row", "Långfristiga skulder"), ("row", "Kortfristiga skulder"),
      ("sub", "Summa skulder"), ("total", "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER")], None)
pdf.p(f"Ansvarsförbindelse: pensionsförpliktelser som inte har tagits upp bland skulderna eller avsättningarna, "
      f"inklusive löneskatt, {dec(E_ANSVAR[0])} mnkr ({dec(E_ANSVAR[1])} mnkr).", size=9.2)

pdf.add_page()
pdf.h1("Noter")
pdf.p("Noterna avser kommunen. Belopp i mnkr. Kostnader anges med minustecken.", size=9.2)
notes = []
for n in E_NOTES:
    nr, title, _, line = n
    rows = [(lab, dec(a), dec(b)) for lab, a, b in e_note_rows(n)]
    src = rr if line in rr else br
    txt = None
    if nr == 9:
        txt = (f"Därutöver finns pensionsförpliktelser på {dec(E_ANSVAR[0])} mnkr inklusive löneskatt som redovisas "
               "som ansvarsförbindelse.")
    if nr == 10:
        txt = "Den genomsnittliga räntan på lånen var 2,4 procent (2,1 procent). Alla lån tas upp via Kommuninvest."
    notes.append((f"Not {nr} {title}", rows, ("Summa", dec(src[line][0]), dec(src[line][1])), txt))
pdf.note_blocks(notes, size=8.6, lh=4.1)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
