"""(b) Kärrvalla kommun – folkhälsorapport 2026 (indikatorer 2023–2025 för kvinnor och män jämfört med riket).

Layout: DejaVu Serif body, table in DejaVu Sans Condensed, portrait. P. 1: a title with a thin two-colour rule
(teal over orange), a key–value block, the summary with competing figures (women vs men, 2023 vs 2025, Kärrvalla
vs riket) and "Kärrvalla i siffror", a FRAMED KEY-FIGURE BLOCK IN TWO COLUMNS whose labels run into DOTTED
LEADERS before the value. P. 2: Tabell 1, the indicators in ONE ROW EACH with a TWO-LEVEL HEADING in which the
SEX is the upper level ("Kvinnor" and "Män" each span 2023 / 2024 / 2025 / Riket 2025) and the two RIKET columns
are SHADED; a narrow "Enhet" column ("%", "dagar", "år") stands between the indicator and the numbers. Area
rows ("Levnadsvanor" …) are set in small capitals-like bold with a coloured square, the rows are separated by
DOTTED lines, and footnote marks ¹ ² ³ in the indicator names point to the SOURCE FOOTNOTES under the table.
P. 3: comments per area and the prioritised measures as a numbered list. No metadata title.
"""
import datetime as dt

from common24 import HERE, Doc, grp
from data import (B_AREAS, B_FOOTNOTES, B_KEY, B_INSATSER, B_POP_K, B_POP_M, b_rows, b_fmt, b_worse, b_pop)

OUT = HERE / "karrvalla-folkhalsorapport-2026.pdf"
TEAL, ORANGE = (0, 110, 120), (220, 120, 40)
pdf = Doc("Kärrvalla kommun", "Folkhälsorapport 2026", "{p}", font="dejavu", serif=True, accent=TEAL,
          foot="Kärrvalla kommun · Kommunledningskontoret, folkhälsa och social hållbarhet",
          created=dt.datetime(2026, 9, 14, 13, 5, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
IND = {i[0]: i for _, i in b_rows()}


def d(v):
    return b_fmt(v)


def n_worse(sex):
    return sum(1 for _, i in b_rows() if b_worse(i, sex))


# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 21)
pdf.set_text_color(*TEAL)
pdf.cell(0, 10, "Folkhälsorapport 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 12)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 7, "Hälsa och livsvillkor i Kärrvalla 2023–2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y = pdf.get_y() + 2
pdf.set_fill_color(*TEAL)
pdf.rect(20, y, pdf.epw, 1.2, style="F")
pdf.set_fill_color(*ORANGE)
pdf.rect(20, y + 1.2, pdf.epw, 0.6, style="F")
pdf.set_y(y + 6)
pdf.kv([("Utgiven av", "Kommunledningskontoret på uppdrag av kommunstyrelsen"),
        ("Behandlad", "Folkhälsorådet 2026-09-02 och kommunstyrelsen 2026-09-29"),
        ("Diarienummer", "KS 2026/311"),
        ("Kontakt", "Stina Gyllander, folkhälsostrateg")], lw=34, size=9.2, lh=4.6)
pdf.h1("Sammanfattning", size=12.5)
vb = IND["Nedsatt psykiskt välbefinnande"]
rk = IND["Daglig rökning"]
fa = IND["Fysisk aktivitet minst 150 minuter i veckan"]
ml = IND["Medellivslängd"]
pdf.p(f"Rapporten följer tio indikatorer för hälsa och livsvillkor i Kärrvalla, uppdelade på kvinnor och män, "
      f"och jämför dem med riket. För 2025 är Kärrvallas värde sämre än rikets i {n_worse('K')} av 10 "
      f"indikatorer för kvinnor och i {n_worse('M')} av 10 för män.", size=9.8)
pdf.p(f"Den psykiska ohälsan ökar. Andelen kvinnor med nedsatt psykiskt välbefinnande har stigit från "
      f"{vb[4][0]} procent 2023 till {vb[4][2]} procent 2025, jämfört med {vb[5]} procent i riket. Bland män "
      f"har andelen ökat från {vb[6][0]} till {vb[6][2]} procent.", size=9.8)
pdf.p(f"Andelen kvinnor som röker dagligen har minskat till {rk[4][2]} procent, medan andelen män som röker har "
      f"ökat till {rk[6][2]} procent. Kvinnornas fysiska aktivitet har minskat från {fa[4][0]} till "
      f"{fa[4][2]} procent, samtidigt som männens har ökat till {fa[6][2]} procent.", size=9.8)
pdf.p(f"Medellivslängden är {d(ml[4][2])} år för kvinnor och {d(ml[6][2])} år för män, vilket är lägre än i "
      f"riket för båda könen.", size=9.8)
pdf.ln(2)
# Kärrvalla i siffror: framed block, two columns with dotted leaders
key = [(lab, b_pop() if v is None else v) for lab, v in B_KEY]
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*TEAL)
pdf.cell(0, 6, "Kärrvalla i siffror den 31 december 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y0 = pdf.get_y() + 1
half = (len(key) + 1) // 2
cw = (pdf.epw - 14) / 2
for c, part in enumerate((key[:half], key[half:])):
    x = 24 + c * (cw + 6)
    yy = y0 + 3
    for lab, v in part:
        val = grp(v) if isinstance(v, int) else d(v)
        pdf.set_font("Serif", "", 9.4)
        lw = pdf.get_string_width(lab)
        vw = pdf.get_string_width(val)
        pdf.set_xy(x, yy)
        pdf.cell(lw + 1, 5.4, lab)
        dots_w = cw - lw - vw - 4
        nd = max(3, int(dots_w / pdf.get_string_width(".")))
        pdf.set_text_color(150, 150, 150)
        pdf.cell(dots_w, 5.4, "." * nd)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "B", 9.4)
        pdf.set_xy(x + cw - vw - 1, yy)
        pdf.cell(vw + 1, 5.4, val, align="R")
        yy += 6.2
y1 = y0 + 3 + half * 6.2 + 2
pdf.set_draw_color(*TEAL)
pdf.set_line_width(0.4)
pdf.rect(20, y0, pdf.epw, y1 - y0)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y1 + 3)
pdf.set_font("Serif", "I", 8.4)
pdf.multi_cell(0, 4, "Källa: SCB, befolkningsstatistik. Andelarna avser hela befolkningen.",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*TEAL)
pdf.cell(0, 6, "Tabell 1. Indikatorer för kvinnor och män 2023–2025 jämfört med riket",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
LW, UW, NW = 60, 12, 12.25
X0 = 20
XN = [X0 + LW + UW + k * NW for k in range(8)]
RIGHT = XN[-1] + NW
SHADE = (226, 238, 240)
ytop = pdf.get_y()
hh = 5.4
pdf.set_line_width(0.6)
pdf.set_draw_color(*TEAL)
pdf.line(X0, ytop, RIGHT, ytop)
pdf.set_line_width(0.2)
for k in (3, 7):
    pdf.set_fill_color(*SHADE)
    pdf.rect(XN[k], ytop + hh, NW, 2 * hh, style="F")
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(X0, ytop + hh * 0.6)
pdf.multi_cell(LW, 4.2, "Indikator", align="L")
pdf.set_xy(X0 + LW, ytop + hh * 0.6)
pdf.cell(UW, 4.2, "Enhet", align="C")
for g, lab in enumerate(("Kvinnor", "Män")):
    pdf.set_xy(XN[4 * g], ytop + 0.3)
    pdf.cell(4 * NW, hh, lab, align="C")
    pdf.line(XN[4 * g] + 1.2, ytop + hh, XN[4 * g] + 4 * NW - 1.2, ytop + hh)
pdf.set_font("Cond", "B", 8.2)
for g in range(2):
    for k, lab in enumerate(("2023", "2024", "2025", "Riket\n2025")):
        pdf.set_xy(XN[4 * g + k], ytop + hh + (0.6 if k < 3 else 0.8))
        if k < 3:
            pdf.cell(NW - 1, 2 * hh - 1, lab, align="R")
        else:
            pdf.multi_cell(NW - 1, 4.0, lab, align="R")
yh = ytop + 3 * hh
pdf.set_line_width(0.6)
pdf.line(X0, yh, RIGHT, yh)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
y = yh
RL = 4.3
for area, inds in B_AREAS:
    y += 1.5
    pdf.set_fill_color(*ORANGE)
    pdf.rect(X0 + 0.5, y + 1.6, 2.4, 2.4, style="F")
    pdf.set_font("Cond", "B", 9)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(X0 + 4.5, y)
    pdf.cell(LW, 5.6, area.upper())
    pdf.set_text_color(0, 0, 0)
    y += 5.6
    for name, unit, fn, direc, kv, rkk, mv, rm in inds:
        label = name + fn
        pdf.set_font("Cond", "", 8.6)
        nlines = len(pdf.multi_cell(LW - 3, RL, label, dry_run=True, output="LINES"))
        h = max(nlines * RL, RL) + 1.6
        for k in (3, 7):
            pdf.set_fill_color(*SHADE)
            pdf.rect(XN[k], y, NW, h, style="F")
        pdf.set_xy(X0 + 1, y + 0.8)
        pdf.multi_cell(LW - 3, RL, label, align="L")
        pdf.set_xy(X0 + LW, y + 0.8)
        pdf.cell(UW, RL, unit, align="C")
        vals = list(kv) + [rkk] + list(mv) + [rm]
        for k, v in enumerate(vals):
            pdf.set_font("Cond", "B" if k in (3, 7) else "", 8.6)
            pdf.set_xy(XN[k], y + 0.8)
            pdf.cell(NW - 1, RL, d(v), align="R")
        y += h
        pdf.set_draw_color(150, 150, 150)
        pdf.set_dash_pattern(dash=0.5, gap=0.8)
        pdf.line(X0, y, RIGHT, y)
        pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.6)
pdf.set_draw_color(*TEAL)
pdf.line(X0, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 3)
pdf.set_font("Serif", "", 7.6)
for note in B_FOOTNOTES:
    pdf.multi_cell(0, 3.6, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.set_font("Serif", "I", 7.6)
pdf.multi_cell(0, 3.6, "Riket avser hela landet 2025. För sjukpenningtalet, fetma, rökning, riskkonsumtion, "
               "sömnbesvär och nedsatt välbefinnande är ett lägre värde bättre.", align="L", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3 comments and measures
pdf.add_page()
pdf.h1("Kommentarer", size=12.5)
pdf.h2("Levnadsvanor")
al = IND["Riskkonsumtion av alkohol"]
fe = IND["Fetma, BMI 30 eller mer"]
pdf.p(f"Kvinnornas fysiska aktivitet har minskat tre år i rad och ligger nu under rikets nivå på {fa[5]} procent. "
      "Minskningen hänger enligt folkhälsorådet samman med att två av de tre gymmen i centralorten har stängt "
      "och att kvällsturerna med buss till Gullmyra har dragits in, vilket gör det svårare att träna efter "
      "arbetstid.", size=9.6)
pdf.p(f"Riskkonsumtionen av alkohol bland män har minskat från {al[6][0]} till {al[6][2]} procent och är nu "
      f"lägre än i riket. Andelen med fetma har ökat något för båda könen och är {fe[4][2]} procent för kvinnor "
      f"och {fe[6][2]} procent för män.", size=9.6)
pdf.h2("Psykisk hälsa")
sj = IND["Sjukpenningtal"]
pdf.p(f"Sjukpenningtalet för kvinnor har ökat till {d(sj[4][2])} dagar per försäkrad, jämfört med {d(sj[5])} "
      "dagar i riket. Psykiatriska diagnoser är den vanligaste orsaken till långa sjukskrivningar bland "
      "kvinnor i kommunens egna verksamheter, särskilt inom vård och omsorg.", size=9.6)
pdf.h2("Livsvillkor")
fv = IND["Förvärvsarbetande 20–64 år"]
eg = IND["Eftergymnasial utbildning 25–64 år"]
pdf.p(f"Andelen förvärvsarbetande kvinnor, {d(fv[4][2])} procent, är något högre än i riket, medan männen "
      f"ligger under riket. Utbildningsnivån är lägre än i riket: {d(eg[4][2])} procent av kvinnorna och "
      f"{d(eg[6][2])} procent av männen har en eftergymnasial utbildning.", size=9.6)
pdf.h1("Prioriterade insatser 2027", size=12.5)
pdf.numbered(B_INSATSER, size=9.6, lh=4.7)
pdf.set_font("Serif", "I", 8.6)
pdf.multi_cell(0, 4.2, "Folkhälsorådet följer upp insatserna i nästa folkhälsorapport, som beräknas komma "
               "hösten 2028.", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
