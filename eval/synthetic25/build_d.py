"""(d) Fjällsunda kommun – klimatstrategi 2030, uppföljning 2026.

Layout: DejaVu Serif body, DejaVu Sans Condensed table, portrait, 3 pages. P. 1: a green title block with a LEAF
RULE (a thick green line ending in a small filled circle), the introduction, the counts sentence (6 / 5 / 3 of 14
indicators), the two headline figures and a framed legend of the assessment marks (✔ Uppnås, ? Osäkert,
✖ Uppnås ej). P. 2: Tabell 1, the indicators, with a TWO-LEVEL HEADING ("Basår" over År / Värde, "Utfall" over
2025 / 2026, then "Mål 2030" and "Bedömning"). Each focus area opens with a NUMBERED GREEN DISC and the area name
in green small capitals over a thin green rule; the indicator rows are separated by hairlines; the "Mål 2030"
column is SHADED PALE YELLOW AND FRAMED BY A HEAVY BOX from the heading to the last row; the assessment is a
COLOURED MARK followed by the word. Base years differ per row (2015, 2019, 2022). Notes follow. P. 3: comments per
focus area, the priorities for 2027–2028 as a TWO-COLUMN "•" LIST and the next follow-up. Metadata title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import D_AREAS, D_STATUS_MARK, D_PRIO, d_rows, d_fmt, d_counts

OUT = HERE / "fjallsunda-klimatstrategi-uppfoljning-2026.pdf"
GREEN = (40, 110, 60)
TITLE = "Klimatstrategi 2030 – uppföljning 2026"
pdf = Doc("Fjällsunda kommun", "Klimatstrategi 2030", "{p}/3", font="dejavu", serif=True, accent=GREEN,
          foot="Fjällsunda kommun · Samhällsbyggnadsförvaltningen, miljöstrategiska enheten",
          title="Fjällsunda kommun – " + TITLE, author="Fjällsunda kommun",
          created=dt.datetime(2027, 5, 20, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
cnt = d_counts()
ind = {i[0]: i for _, _, i in d_rows()}
n_ind = len(d_rows())

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 21)
pdf.set_text_color(*GREEN)
pdf.multi_cell(0, 9.5, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1.5
pdf.set_draw_color(*GREEN)
pdf.set_line_width(1.4)
pdf.line(20, y, 150, y)
pdf.set_line_width(0.2)
pdf.set_fill_color(*GREEN)
pdf.ellipse(149, y - 2, 4, 4, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(60, 60, 60)
pdf.set_xy(20, y + 3)
pdf.set_font("Serif", "I", 10.5)
pdf.cell(0, 6, "Redovisning till kommunstyrelsen, maj 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.h1("Inledning", size=12.5)
pdf.p("Kommunfullmäktige antog klimatstrategin 2030 i juni 2024. Strategin har fyra fokusområden med mätbara "
      "indikatorer och mål till 2030. Varje år redovisas utfallet för de två senaste åren, och "
      "miljöstrategiska enheten bedömer om målet kommer att nås i tid. Bedömningen bygger på utvecklingen sedan "
      "basåret och på de åtgärder som är beslutade.", size=10)
pdf.h1("Uppföljningen i korthet", size=12.5)
pdf.p(f"Av strategins {n_ind} indikatorer bedöms {cnt['Uppnås']} nå målet till 2030. För {cnt['Osäkert']} "
      f"indikatorer är det osäkert om målet nås, och {cnt['Uppnås ej']} indikatorer bedöms inte nå målet med "
      "nuvarande takt.", size=10)
vt = ind["Utsläpp av växthusgaser från vägtrafik"]
ev = ind["Utsläpp från kommunens egen verksamhet"]
pdf.p(f"Utsläppen från vägtrafiken har minskat från {d_fmt(vt[3])} kiloton koldioxidekvivalenter basåret "
      f"{vt[2]} till {d_fmt(vt[5])} kiloton 2026. För att nå målet på {d_fmt(vt[6])} kiloton måste den årliga "
      f"minskningen mer än fördubblas. Utsläppen från kommunens egen verksamhet var {d_fmt(ev[5])} ton 2026, jämfört med "
      f"{d_fmt(ev[3])} ton {ev[2]}.", size=10)
pdf.p("Störst framsteg har gjorts inom energiområdet, där alla tre indikatorer bedöms nå sina mål. Svagast är "
      "utvecklingen inom konsumtion och avfall.", size=10)
pdf.ln(2)
y0 = pdf.get_y()
pdf.set_xy(25, y0 + 3)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Så bedöms indikatorerna", new_x="LMARGIN", new_y="NEXT")
MARK_COL = {"Uppnås": (40, 130, 60), "Osäkert": (200, 140, 20), "Uppnås ej": (180, 50, 40)}
for st, txt in (("Uppnås", "målet bedöms nås senast 2030 med nuvarande takt och beslutade åtgärder."),
                ("Osäkert", "utvecklingen går åt rätt håll, men takten kan vara för låg."),
                ("Uppnås ej", "målet bedöms inte nås utan nya åtgärder.")):
    pdf.set_x(25)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*MARK_COL[st])
    pdf.cell(6, 5, D_STATUS_MARK[st])
    pdf.set_text_color(0, 0, 0)
    pdf.cell(22, 5, st)
    pdf.set_font("Serif", "", 9.4)
    pdf.multi_cell(135, 5, txt, align="L", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y() + 3
pdf.set_draw_color(*GREEN)
pdf.rect(20, y0, 170, y1 - y0)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*GREEN)
pdf.cell(0, 6, "Tabell 1. Indikatorer, utfall och bedömning per fokusområde", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [52, 19, 11, 15, 15, 15, 16, 27]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
FS, LH, PAD = 8.2, 3.8, 1.1
YEL = (252, 246, 214)
y = pdf.get_y()
top = y
pdf.set_fill_color(232, 240, 232)
pdf.rect(20, y, sum(W), 11, style="F")
pdf.set_fill_color(*YEL)
pdf.rect(X[6], y, W[6], 11, style="F")
pdf.set_font("Cond", "B", 8.4)
for text, i, n in (("Basår", 2, 2), ("Utfall", 4, 2)):
    pdf.set_xy(X[i], y + 0.8)
    pdf.cell(sum(W[i:i + n]), 4, text, align="C")
    pdf.set_draw_color(100, 100, 100)
    pdf.line(X[i] + 1, y + 5, X[i] + sum(W[i:i + n]) - 1, y + 5)
    pdf.set_draw_color(0, 0, 0)
for i, h in enumerate(["Indikator", "Enhet", "År", "Värde", "2025", "2026", "Mål 2030", "Bedömning"]):
    pdf.set_xy(X[i] + PAD, y + 6)
    pdf.cell(W[i] - 2 * PAD, 4.4, h, align="L" if i in (0, 1, 7) else "R")
y += 11
pdf.set_line_width(0.45)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_y(y)
for nr, name, inds in D_AREAS:
    y = pdf.get_y() + 1.6
    pdf.set_fill_color(*GREEN)
    pdf.ellipse(21, y + 0.4, 5, 5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(21, y + 0.6)
    pdf.cell(5, 4.6, nr, align="C")
    pdf.set_text_color(*GREEN)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(28, y + 0.6)
    pdf.cell(120, 4.6, name.upper())
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*GREEN)
    pdf.line(20, y + 6.4, RIGHT, y + 6.4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 6.8)
    for k, i in enumerate(inds):
        name_, unit, by, bv, v25, v26, tgt, _d, st = i
        pdf.set_font("Cond", "", FS)
        n = max(pdf._nlines(W[0] - 2 * PAD, name_), pdf._nlines(W[1] - 2 * PAD, unit))
        hh = n * LH + 2 * PAD
        y = pdf.get_y()
        pdf.set_fill_color(*YEL)
        pdf.rect(X[6], y, W[6], hh, style="F")
        pdf.set_xy(X[0] + PAD, y + PAD)
        pdf.multi_cell(W[0] - 2 * PAD, LH, name_, align="L", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(X[1] + PAD, y + PAD)
        pdf.multi_cell(W[1] - 2 * PAD, LH, unit, align="L", new_x="RIGHT", new_y="TOP")
        for col, v in ((2, str(by)), (3, d_fmt(bv)), (4, d_fmt(v25)), (5, d_fmt(v26)), (6, d_fmt(tgt))):
            pdf.set_font("Cond", "B" if col == 6 else "", FS)
            pdf.set_xy(X[col] + PAD, y + PAD)
            pdf.cell(W[col] - 2 * PAD, LH, v, align="R")
        pdf.set_font("Sans", "B", FS + 0.6)
        pdf.set_text_color(*MARK_COL[st])
        pdf.set_xy(X[7] + PAD + 1, y + PAD)
        pdf.cell(5, LH, D_STATUS_MARK[st])
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Cond", "", FS)
        pdf.cell(W[7] - 8, LH, st)
        if k < len(inds) - 1:
            pdf.set_draw_color(200, 200, 200)
            pdf.line(20, y + hh, RIGHT, y + hh)
            pdf.set_draw_color(0, 0, 0)
        pdf.set_y(y + hh)
bottom = pdf.get_y() + 0.6
pdf.set_line_width(0.45)
pdf.line(20, bottom, RIGHT, bottom)
pdf.set_draw_color(150, 120, 20)
pdf.set_line_width(0.7)
pdf.rect(X[6], top, W[6], bottom - top)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(bottom + 3)
pdf.set_font("Serif", "", 7.8)
pdf.set_text_color(70, 70, 70)
for t in ("Basåret är det år som strategins mål utgår från. För klimatutbildningen är basåret 2022, då "
          "utbildningen startade; för vägtrafiken 2015, som i den nationella statistiken.",
          "Utsläppen från vägtrafiken avser hela kommunens geografiska område och redovisas med ett års "
          "eftersläpning i den nationella statistiken; värdet för 2026 är preliminärt.",
          "Källor: nationella emissionsdatabasen, kommunens energi- och fordonsstatistik, kostenhetens "
          "inköpsstatistik och personalenhetens utbildningsregister."):
    pdf.multi_cell(0, 3.7, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 comments and priorities
pdf.add_page()
pdf.h1("Kommentarer per fokusområde", size=12.5)
ha, fl = ind["Hushållsavfall per invånare"], ind["Utsläpp från tjänsteresor med flyg"]
kt = ind["Andel arbetsresor med kollektivtrafik, cykel eller gång"]
pdf.h2("Transporter och resor", size=10.5)
pdf.p(f"Andelen förnybara drivmedel i kommunens fordon har ökat snabbt sedan kommunen bytte till HVO och elbilar. "
      f"Andelen arbetsresor med kollektivtrafik, cykel eller gång ligger däremot kvar på omkring en tredjedel, "
      f"långt från målet på {kt[6]} procent.", size=9.8)
pdf.h2("Energi", size=10.5)
pdf.p("Solcellsanläggningarna på de nya skolorna i Bäckvik och Bodtjärn togs i drift under 2026. Energianvändningen "
      "i lokalerna har minskat efter att ventilationen i tolv byggnader har styrts om efter behov.", size=9.8)
pdf.h2("Konsumtion och avfall", size=10.5)
pdf.p(f"Hushållsavfallet per invånare ökade från {ha[4]} till {ha[5]} kilo mellan 2025 och 2026. Ökningen beror "
      "främst på att den nya återvinningscentralen vid Bodtjärn tar emot grovavfall som tidigare lämnades i "
      "grannkommunen och därför inte räknades in i Fjällsundas statistik. Andelen ekologiska livsmedel minskade "
      "när livsmedelspriserna steg.", size=9.8)
pdf.h2("Kommunen som organisation", size=10.5)
pdf.p(f"Utsläppen från tjänsteresor med flyg ökade till {fl[5]} ton när de internationella projekten kom igång "
      "igen. Fler medarbetare har gått klimatutbildningen, men målet om att nio av tio ska ha gått den kräver att "
      "utbildningen blir obligatorisk för nyanställda.", size=9.8)
pdf.h1("Prioriteringar 2027–2028", size=12.5)
pdf.p("Kommunstyrelsen föreslås prioritera följande insatser under de kommande två åren:", size=9.8, after=1.5)
pdf.two_col_bullets(D_PRIO, size=9.4, lh=4.6)
pdf.h1("Nästa uppföljning", size=12.5)
pdf.p("Nästa uppföljning med utfallet för 2027 redovisas för kommunstyrelsen i maj 2028. Strategin revideras "
      "samtidigt som den nya översiktsplanen tas fram.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
