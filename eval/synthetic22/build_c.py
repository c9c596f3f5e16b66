"""(c) Lunneviks kommun – handlingsplan för tillgänglighet och delaktighet 2027–2028.

Layout: DejaVu Serif body, DejaVu Sans (Condensed) tables, portrait. P. 1: key–value block, background, the five
goals as a numbered list, the status counts sentence (6 / 8 / 6 of 20) and the total cost, and a FRAMED LEGEND
BOX explaining the status SYMBOLS ● Genomförd, ◐ Påbörjad, ○ Ej påbörjad. Pp. 2–3: Tabell 1, a hand-drawn action
table without vertical lines: each goal is a COLOURED BAND "Mål 1 …" across the table, under which the actions
"1.1", "1.2" … follow with Åtgärd (wrapping over 2–3 lines) / Ansvarig / Klart (month and year, "juni 2027") /
Kostnad, tkr ("–" = inom befintlig ram) / Status as a coloured SYMBOL. Rows are separated by DOTTED lines. The
table breaks between goals; p. 3 repeats the caption with "(forts.)" and the heading, and each table page ends
with the symbol legend in small type. A bold Summa row closes the table. P. 4: follow-up, the reason the lift
at the town hall is not started, and "•" lists. Metadata title set.
"""
import datetime as dt

from common22 import HERE, Doc, grp, nb
from data import C_GOALS, C_STATUS, c_actions, c_counts, c_total, monthyear

OUT = HERE / "lunnevik-handlingsplan-tillganglighet-2027-2028.pdf"
ACC = (90, 50, 120)
pdf = Doc("Lunneviks kommun", "Handlingsplan för tillgänglighet 2027–2028", "Sida {p}", font="dejavu",
          serif=True, accent=ACC, foot="Lunneviks kommun · Kommunstyrelsen · Dnr KS 2026/412",
          title="Lunneviks kommun – Handlingsplan för tillgänglighet och delaktighet 2027–2028",
          author="Kommunledningsförvaltningen",
          created=dt.datetime(2027, 9, 20, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(18, 25, 18)
SYM_COL = {"●": (40, 130, 60), "◐": (210, 140, 20), "○": (150, 40, 40)}
cnt = c_counts()
acts = c_actions()
WORD = {5: "fem", 6: "sex", 8: "åtta", 20: "20"}

pdf.add_page()
pdf.title_block("Handlingsplan för tillgänglighet och delaktighet 2027–2028",
                "Uppföljning per den 31 augusti 2027", size=18)
pdf.kv([("Antagen av", "Kommunstyrelsen 2026-12-08, § 211"), ("Diarienummer", "KS 2026/412"),
        ("Gäller", "1 januari 2027 – 31 december 2028"),
        ("Samordnare", "Kommunledningsförvaltningen, strategisk utveckling")], lw=34, size=9.3)
pdf.h1("Bakgrund")
pdf.p("Handlingsplanen konkretiserar kommunens program för delaktighet för personer med funktionsnedsättning. "
      "Planen har tagits fram tillsammans med funktionsrättsrådet och beskriver vad förvaltningarna ska göra "
      "under två år, vem som ansvarar och när varje åtgärd ska vara klar.", size=9.8)
pdf.h2("Planens fem mål")
pdf.numbered([f"{g[1]}." for g in C_GOALS], size=9.6, lh=4.7)
pdf.h2("Läget i augusti 2027")
pdf.p(f"Av planens {len(acts)} åtgärder är {cnt['●']} genomförda, {cnt['◐']} påbörjade och {cnt['○']} ännu inte "
      f"påbörjade. Den beräknade kostnaden för hela planen är {grp(c_total())} tkr, varav huvudentrén och hissen "
      "vid stadshuset svarar för drygt en tredjedel. Åtgärder utan angiven kostnad genomförs inom förvaltningarnas "
      "befintliga ramar.", size=9.8)
# legend box
y = pdf.get_y() + 2
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.4)
pdf.rect(pdf.l_margin, y, 120, 27)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Teckenförklaring för status i tabell 1", new_x="LMARGIN", new_y="NEXT")
for sym, word, expl in (("●", "Genomförd", "åtgärden är klar och har rapporterats till rådet"),
                        ("◐", "Påbörjad", "arbetet pågår enligt eller efter tidplanen"),
                        ("○", "Ej påbörjad", "arbetet har inte startat")):
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_text_color(*SYM_COL[sym])
    pdf.set_font("Sans", "", 11)
    pdf.cell(7, 6, sym)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(24, 6, word)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(0, 6, "– " + expl, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 31)

# ---------------------------------------------------------------- Tabell 1
W = [9, 62, 45, 26, 16, 14]
HEAD = ["Nr", "Åtgärd", "Ansvarig", "Klart", "Kostnad\ntkr", "Status"]
BREAK_BEFORE = "4"     # the table continues on p. 3 from goal 4
AL = ["L", "L", "L", "L", "R", "C"]
X = [pdf.l_margin]
for w_ in W[:-1]:
    X.append(X[-1] + w_)
RIGHT = pdf.l_margin + sum(W)
LH = 4.1
BOTTOM = 297 - 22 - 9


def legend_foot():
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(80, 80, 80)
    pdf.set_xy(pdf.l_margin, BOTTOM + 2)
    pdf.cell(0, 4, "Status: ● Genomförd   ◐ Påbörjad   ○ Ej påbörjad   ·   Kostnad: – = inom befintlig ram")
    pdf.set_text_color(0, 0, 0)


def head(cont):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, "Tabell 1. Mål och åtgärder med ansvar, tidplan och status" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_font("Cond", "B", 8.4)
    for x, w_, a, h in zip(X, W, AL, HEAD):
        pdf.set_xy(x, y + (0 if "\n" in h else 3.6))
        pdf.multi_cell(w_ - 1.5, 3.6, h, align=a, new_x="RIGHT", new_y="TOP")
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, y + 7.8, RIGHT, y + 7.8)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 8.8)


def lines(w_, t, font="Cond", style="", size=8.4):
    size = 8.0 if w_ == W[2] else size
    pdf.set_font(font, style, size)
    return pdf.multi_cell(w_ - 1.5, LH, t, dry_run=True, output="LINES")


def dotted(y):
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=0.5, gap=0.8)
    pdf.line(pdf.l_margin, y, RIGHT, y)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)


pdf.add_page()
head(False)
for gnr, gtitle, rows in C_GOALS:
    band_h = 6.5
    first = rows[0]
    first_h = max(len(lines(W[1], first[1])), len(lines(W[2], first[2]))) * LH + 2
    if pdf.get_y() + band_h + first_h > BOTTOM or gnr == BREAK_BEFORE:
        legend_foot()
        pdf.add_page()
        head(True)
    y = pdf.get_y()
    pdf.set_fill_color(230, 222, 238)
    pdf.rect(pdf.l_margin, y, RIGHT - pdf.l_margin, band_h, style="F")
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*ACC)
    pdf.set_xy(pdf.l_margin + 1, y + 0.5)
    pdf.cell(0, band_h - 1, f"Mål {gnr}. {gtitle}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + band_h + 0.8)
    for k, (nr, text, ans, klart, cost, st) in enumerate(rows):
        h = max(len(lines(W[1], text)), len(lines(W[2], ans))) * LH + 1.6
        if pdf.get_y() + h > BOTTOM:
            legend_foot()
            pdf.add_page()
            head(True)
        y = pdf.get_y()
        cells = [nr, text, ans, monthyear(klart), "–" if cost is None else grp(cost)]
        for x, w_, a, c in zip(X, W, AL, cells):
            pdf.set_font("Cond", "B" if x == X[0] else "", 8.0 if x == X[2] else 8.4)
            pdf.set_xy(x, y + 0.8)
            pdf.multi_cell(w_ - 1.5, LH, c, align=a, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", 10.5)
        pdf.set_text_color(*SYM_COL[st])
        pdf.set_xy(X[5], y + 0.4)
        pdf.cell(W[5], LH + 0.6, st, align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h)
        if k < len(rows) - 1:
            dotted(pdf.get_y())
    pdf.ln(1.5)
y = pdf.get_y()
pdf.set_line_width(0.5)
pdf.line(pdf.l_margin, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Cond", "B", 8.6)
pdf.set_xy(X[1], y + 0.8)
pdf.cell(W[1] + W[2] + W[3], 5, f"Summa, {len(acts)} åtgärder")
pdf.cell(W[4] - 1.5, 5, grp(c_total()), align="R")
pdf.set_y(y + 7)
legend_foot()

# ---------------------------------------------------------------- p. 4 follow-up
pdf.add_page()
pdf.h1("Kommentarer till uppföljningen")
pdf.h2("Huvudentrén och hissen vid stadshuset")
pdf.p("Ombyggnaden av stadshusets huvudentré har inte påbörjats. Entreprenaden upphandlades våren 2027, men "
      "upphandlingen överprövades och måste göras om. Samhällsbyggnadsförvaltningen bedömer att arbetet kan "
      "starta i januari 2028 och att entrén och hissen fortfarande kan vara klara i juni 2028. Under tiden är "
      "den tillfälliga rampen vid sidoentrén kvar.", size=9.8)
pdf.h2("Lönebidragsanställningar")
pdf.p("Fyra av de tio planerade anställningarna med lönebidrag har tillsatts, två inom socialförvaltningen och "
      "två inom samhällsbyggnadsförvaltningens parkenhet. Resterande sex ska tillsättas under 2028.", size=9.8)
pdf.h2("Det här har blivit bättre under året")
pdf.bullets(["Kommunens webbplats har granskats, och de allvarligaste bristerna i formulären är åtgärdade.",
             "Ledsagarkortet har införts på alla kommunala bad- och idrottsanläggningar.",
             "Hörslingan i fullmäktigesalen används sedan september 2027 vid alla sammanträden."],
            size=9.6, lh=4.7)
pdf.h2("Fortsatt uppföljning")
pdf.bullets(["Förvaltningarna rapporterar status för sina åtgärder till kommunledningsförvaltningen senast "
             "den 15 januari och den 15 augusti varje år.",
             "Funktionsrättsrådet får uppföljningen på sitt nästa möte och kan lämna synpunkter till "
             "kommunstyrelsen.",
             "En slutrapport för hela planen lämnas till kommunstyrelsen i mars 2029."], size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
