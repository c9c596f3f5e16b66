"""(d) Ottarsby kommun – kultur- och fritidsnämnden: kulturplan 2025–2028, uppföljning 2026.

Layout: Liberation Sans, pp. 1 and 4 portrait, PP. 2–3 LANDSCAPE, 4 pages. P. 1 has no running header: a row of
FOUR SMALL COLOURED SQUARES (one per goal, in the goal colours) above "OTTARSBY KOMMUN", the title and the subtitle,
an intro, the counts in running text (14 indicators: 5 / 5 / 4), "Om planen" as a key–value block, and the legend of
the status marks (a THICK COLOURED BAR + the word). Pp. 2–3: Tabell 1, the indicators of the four goals, a FULLY
RULED GRID in thin grey with a STACKED HEADING ("Utfall" over 2025 / 2026), each goal as a FULL-WIDTH GROUP ROW
led by a FILLED DISC IN THE GOAL COLOUR holding the goal number and the title in bold, the target column SHADED
PALE YELLOW, the status cell led by a THICK VERTICAL BAR in green / amber / red at its left edge, indicator names
wrapping. THE TABLE BREAKS AFTER INDICATOR 2.4 ("Tabell 1 fortsätter på nästa sida"); p. 3 repeats "Tabell 1
(forts.)" and the heading, then the comments on the indicators (the passage on the branch library in Ovanby).
P. 4 (portrait): "Utvecklingsområden 2027–2028" as a NUMBERED LIST WHOSE NUMBERS SIT IN COLOURED SQUARES, with
lettered a)–c) sub-items that wrap, the decision and the contact. Metadata title set.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (D_GOALS, D_INDICATORS, D_BREAK_AFTER, D_STATUSES, D_AREAS, D_PASSAGE, D_DECIDED, D_CONTACT,
                  d_status, dnum, d_goal_of, d_counts, g, dmy)

OUT = HERE / "ottarsby-kulturplan-uppfoljning-2026.pdf"
PLUM = (96, 44, 96)
GOALC = {"1": (46, 110, 160), "2": (214, 120, 40), "3": (70, 140, 80), "4": (150, 60, 110)}
STC = {"Uppnått": (46, 140, 70), "Delvis uppnått": (230, 170, 30), "Ej uppnått": (200, 50, 50)}
pdf = Doc("Ottarsby kommun", "Kulturplan 2025–2028 – uppföljning 2026", "{p}/4", font="liberation", accent=PLUM,
          title="Ottarsby kommun – Kulturplan 2025–2028, uppföljning 2026", author="Ottarsby kommun",
          foot="Ottarsby kommun · Kultur- och fritidsförvaltningen",
          created=dt.datetime(2027, 3, 2, 13, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 25, 22)
pdf.no_furniture = (1,)
CNT = d_counts()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
for k, nr in enumerate(GOALC):
    pdf.set_fill_color(*GOALC[nr])
    pdf.rect(22 + k * 6, 14, 4.5, 4.5, style="F")
pdf.set_xy(22, 21)
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*PLUM)
pdf.cell(0, 5, "OTTARSBY KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.5)
pdf.cell(0, 4.5, "Kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Sans", "B", 21)
pdf.multi_cell(0, 9, "Kulturplan 2025–2028", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 13)
pdf.cell(0, 7, "Uppföljning av mål och indikatorer 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h1("Inledning")
pdf.p("Kulturplanen antogs av kommunfullmäktige och gäller för perioden 2025–2028. Planen har fyra mål som följs "
      "upp med indikatorer varje år. Den här rapporten redovisar utfallet för 2025 och 2026 och bedömer om "
      "målvärdet för planperioden redan har nåtts.")
pdf.p(f"Av planens {len(D_INDICATORS)} indikatorer bedöms {CNT['Uppnått']} som uppnådda, "
      f"{CNT['Delvis uppnått']} som delvis uppnådda och {CNT['Ej uppnått']} som ej uppnådda. Det "
      f"bästa resultatet finns inom målet om barn och unga, där kulturskolan för första gången har fler elever "
      f"än målvärdet. Svagast är utvecklingen för tillgänglighet och för den digitala förmedlingen av "
      f"kulturarvet.")
pdf.h2("Om planen")
pdf.kv([("Beslutad", "Kommunfullmäktige, § 88"), ("Giltighet", "2025–2028"),
        ("Uppföljning", "Årligen till kultur- och fritidsnämnden"),
        ("Ansvar", "Kultur- och fritidsförvaltningen")], lw=36, size=9.4)
pdf.h2("Så bedöms indikatorerna")
for s in D_STATUSES:
    y = pdf.get_y()
    pdf.set_fill_color(*STC[s])
    pdf.rect(24, y + 0.5, 1.8, 4.2, style="F")
    pdf.set_xy(29, y)
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(34, 5.2, s)
    pdf.set_font("Sans", "", 9.4)
    expl = {"Uppnått": "utfallet 2026 når målvärdet för planperioden",
            "Delvis uppnått": "målvärdet är inte nått men utfallet har förbättrats sedan 2025",
            "Ej uppnått": "målvärdet är inte nått och utfallet har inte förbättrats"}[s]
    pdf.cell(0, 5.2, expl, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

# ---------------------------------------------------------------- pp. 2–3 landscape table
W = [13, 88, 40, 27, 26, 26, 41]
AL = ["L", "L", "L", "R", "R", "R", "L"]
TX = 18
TW = sum(W)
XS = [TX]
for w_ in W:
    XS.append(XS[-1] + w_)
GRID = (150, 150, 150)


def heading(y):
    y0 = y
    pdf.set_fill_color(236, 228, 236)
    pdf.rect(TX, y, TW, 11, style="F")
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_xy(XS[4], y + 0.6)
    pdf.cell(XS[6] - XS[4], 4.4, "Utfall", align="C")
    pdf.hline(XS[4] + 2, XS[6] - 2, y + 5.2, 0.3, PLUM)
    pdf.row(TX, y + 5.4, W, AL, ["Nr", "Indikator", "Ansvar", "Målvärde", "2025", "2026", "Status"], style="B",
            size=8.6, lh=4.2, vpad=0.6)
    y += 11
    return y0, y


def grid(y0, y1, ys, segs):
    """horizontal rules at ys, vertical rules only along the indicator rows (segs), not across goal rows"""
    for yy in ys:
        pdf.hline(TX, TX + TW, yy, 0.2, GRID)
    pdf.hline(TX, TX + TW, y0, 0.5, PLUM)
    pdf.hline(TX, TX + TW, y1, 0.5, PLUM)
    pdf.vline(TX, y0, y1, 0.2, GRID)
    pdf.vline(TX + TW, y0, y1, 0.2, GRID)
    for a, b in [(y0, y0 + 11)] + segs:
        for x in XS[1:-1]:
            pdf.vline(x, a, b, 0.2, GRID)


def goal_row(y, nr, title, cont=False):
    h = 7.2
    pdf.set_fill_color(*GOALC[nr])
    pdf.ellipse(TX + 2.5, y + 1.1, 5, 5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(TX + 2.5, y + 1.4)
    pdf.cell(5, 4.4, nr, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(TX + 10, y + 1.3)
    pdf.cell(TW - 12, 4.6, f"Mål {nr}. {title}" + (" (forts.)" if cont else ""))
    return y + h


def ind_row(y, i):
    st = d_status(i)
    cells = [i[0], i[1], i[6], dnum(i[2]), dnum(i[3]), dnum(i[4]), st]
    h = pdf.row_h(W, cells, size=9, lh=4.4, vpad=1.4)
    pdf.set_fill_color(252, 246, 214)
    pdf.rect(XS[3], y, W[3], h, style="F")
    pdf.set_fill_color(*STC[st])
    pdf.rect(XS[6] + 1.2, y + 1.0, 1.6, h - 2.0, style="F")
    pdf.row(TX, y, W, AL, cells[:6] + ["    " + st], size=9, lh=4.4, vpad=1.4, h=h)
    return y + h


pdf.add_page(orientation="L")
pdf.set_margins(18, 25, 18)
pdf.h1("Mål och indikatorer")
pdf.p("Tabell 1 redovisar varje indikator med den verksamhet som ansvarar för den, målvärdet för planperioden och "
      "utfallet de två senaste åren. Procenttal avser andelar av alla enheter i gruppen, till exempel alla "
      "förskolor eller alla arrangemang under året. Målvärdet gäller för 2028 men används redan nu för att bedöma "
      "om utvecklingen går åt rätt håll.", size=9.8, after=2)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Tabell 1. Indikatorer i kulturplanen, målvärde och utfall", new_x="LMARGIN", new_y="NEXT")
y0, y = heading(pdf.get_y() + 1)
ys, segs = [y], []
cur = None
for i in D_INDICATORS:
    gnr = d_goal_of(i)
    if gnr != cur:
        cur = gnr
        y = goal_row(y, gnr, dict(D_GOALS)[gnr])
        ys.append(y)
    y1 = ind_row(y, i)
    segs.append((y, y1))
    y = y1
    ys.append(y)
    if i[0] == D_BREAK_AFTER:
        grid(y0, y, ys, segs)
        pdf.set_xy(TX, y + 1.5)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
        pdf.add_page(orientation="L")
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
        y0, y = heading(pdf.get_y() + 1)
        ys, segs = [y], []
grid(y0, y, ys, segs)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.8)
pdf.cell(0, 4, "För indikator 2.4 är ett lägre värde bättre. Källa: bibliotekssystemet, kulturskolans elevregister "
               "och förvaltningens egna räkningar.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Kommentarer")
ind = {i[0]: i for i in D_INDICATORS}
pdf.p(f"Öppettiderna på biblioteken minskade till {g(ind['1.4'][4])} timmar per vecka. Förklaringen är att "
      f"{D_PASSAGE}. "
      f"Besöken på folkbiblioteken ökade ändå, främst på huvudbiblioteket.", size=9.6)
pdf.p("Antalet deltagare i lovaktiviteter minskade när sommarlovets dagläger fick färre platser. Digitaliseringen "
      "av museets samlingar låg stilla hela året i väntan på extern finansiering.", size=9.6)

# ---------------------------------------------------------------- p. 4 portrait
pdf.add_page(orientation="P")
pdf.set_margins(22, 25, 22)
pdf.h1("Utvecklingsområden 2027–2028")
pdf.p("Nämnden prioriterar fyra utvecklingsområden under resten av planperioden. Under varje område anges de "
      "insatser som ska genomföras.")
for k, (text, subs) in enumerate(D_AREAS, 1):
    pdf.need(30)
    y = pdf.get_y()
    pdf.set_fill_color(*GOALC[str(k)])
    pdf.rect(22, y, 6.5, 6.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(22, y + 0.8)
    pdf.cell(6.5, 5, f"{k}.", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(32, y + 0.6)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(156, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 9.8)
    for j, s in enumerate(subs):
        pdf.set_x(32)
        pdf.cell(7, 5, f"{'abc'[j]})")
        pdf.multi_cell(149, 5, s, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(3)
pdf.ln(3)
pdf.kv([("Behandlad", f"Kultur- och fritidsnämnden {dmy(D_DECIDED)}, § 19"),
        ("Kontakt", f"{D_CONTACT[0]}, {D_CONTACT[1]}")], lw=30, size=9.2)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
