"""(d) Ölmsta kommun – planprogram 2027–2029: detaljplaner i planarbetet och planeringsbesked.

Layout: Liberation Serif body, tables in Liberation Sans Narrow, portrait. P. 1: a title under a green rule, a
key–value block, the introduction with a counts sentence (17 plans by status, total homes, plans to be adopted
in 2027) and a framed reading note. Pp. 2–3: Tabell 1, the plans with a DARK GREEN HEADING BAND in white type
(Nr / Detaljplan / Område / Areal, ha / Bostäder / Status / Start / Antagande), thin grey rules between the rows
and no vertical lines; the STATUS IS A COLOURED ROUNDED "PILL" with white text, start and adoption are written
as "2026 kv 3" (year first) and "–" marks a plan with no adoption date. The table BREAKS after the ninth plan:
p. 2 ends with "Tabellen fortsätter på nästa sida", and p. 3 repeats the caption with "(forts.)" and the whole
heading band; a bold Summa row closes it. P. 3 also has the priorities for the plan work as a "•" list whose
items wrap. P. 4: planeringsbesked 2026 as a fully ruled table, the reason why one plan is dormant, and the next
steps. No metadata title.
"""
import datetime as dt

from common24 import HERE, Doc, grp, dec
from data import D_PLANS, D_BREAK_AFTER, D_STATUSES, D_PRIO, D_BESKED, d_q, d_total_homes, d_total_area

OUT = HERE / "olmsta-planprogram-detaljplaner-2027-2029.pdf"
GREEN = (34, 92, 60)
pdf = Doc("Ölmsta kommun", "Planprogram 2027–2029", "{p} (4)", font="liberation", serif=True, accent=GREEN,
          foot="Ölmsta kommun · Samhällsbyggnadsförvaltningen, planenheten · Dnr SBN 2026/402",
          created=dt.datetime(2026, 12, 8, 14, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
PILL = {"Antagen": (60, 120, 60), "Granskning": (200, 120, 20), "Samråd": (40, 100, 170),
        "Planuppdrag": (120, 80, 150), "Ej påbörjad": (130, 130, 130), "Vilande": (170, 50, 50)}
cnt = {s: sum(1 for p in D_PLANS if p[5] == s) for s in D_STATUSES}
adopt27 = [p for p in D_PLANS if p[7] and p[7][0] == 2027]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*GREEN)
pdf.rect(20, pdf.get_y(), pdf.epw, 1.5, style="F")
pdf.ln(4)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*GREEN)
pdf.multi_cell(0, 9, "Planprogram 2027–2029", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 12)
pdf.set_text_color(60, 60, 60)
pdf.multi_cell(0, 6, "Prioritering av detaljplaner och redovisning av planeringsbesked", new_x="LMARGIN",
               new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.kv([("Beslutad av", "Samhällsbyggnadsnämnden 2026-12-02, § 118"),
        ("Diarienummer", "SBN 2026/402"),
        ("Gäller", "Planarbetet 2027–2029, revideras årligen"),
        ("Kontakt", "Ulrika Grahn, planchef")], lw=34, size=9.6, lh=4.8)
pdf.h1("Inledning", size=12.5)
pdf.p("Planprogrammet visar vilka detaljplaner kommunen arbetar med och i vilken ordning de ska tas fram. Det "
      "används för att fördela planenhetens resurser och för att ge byggherrar och invånare besked om när "
      "en plan kan vara klar.", size=10)
pdf.p(f"Programmet omfattar {len(D_PLANS)} detaljplaner med sammanlagt {grp(d_total_homes())} bostäder på "
      f"{dec(d_total_area())} hektar. Av planerna är {cnt['Antagen']} antagen, {cnt['Granskning']} är ute på "
      f"granskning, {cnt['Samråd']} har varit på samråd, {cnt['Planuppdrag']} har planuppdrag, "
      f"{cnt['Ej påbörjad']} är ännu inte påbörjade och {cnt['Vilande']} är vilande.", size=10)
pdf.p(f"Under 2027 beräknas {len(adopt27)} planer antas, med sammanlagt {grp(sum(p[4] for p in adopt27))} "
      "bostäder. Den största planen är Stationsområdet, där detaljplanen ska ge plats för "
      f"{[p for p in D_PLANS if p[1] == 'Stationsområdet'][0][4]} bostäder i flerbostadshus.", size=10)
pdf.ln(2)
y0 = pdf.get_y()
pdf.set_xy(26, y0 + 4)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5, "Så läser du tabellen", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9.4)
for line in ("Start anger det kvartal då planarbetet startade eller beräknas starta. Antagande anger det kvartal "
             "då samhällsbyggnadsnämnden eller kommunfullmäktige beräknas anta planen.",
             "Status är planens läge den 30 november 2026. Bostäder anger det ungefärliga antalet bostäder som "
             "planen ger möjlighet till."):
    pdf.set_x(26)
    pdf.multi_cell(pdf.epw - 12, 4.7, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
y1 = pdf.get_y() + 2
pdf.set_draw_color(*GREEN)
pdf.set_line_width(0.3)
pdf.rect(20, y0, pdf.epw, y1 - y0)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1 with pills
W = [16, 44, 24, 14, 15, 24, 16, 17]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
HEAD = ["Nr", "Detaljplan", "Område", "Areal,\nha", "Bostäder", "Status", "Start", "Antagande"]
AL = ["L", "L", "L", "R", "R", "C", "R", "R"]


def heading(cont):
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6, "Tabell 1. Detaljplaner i planprogrammet 2027–2029" + (" (forts.)" if cont else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    y = pdf.get_y()
    pdf.set_fill_color(*GREEN)
    pdf.rect(20, y, sum(W), 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 9)
    for i, h in enumerate(HEAD):
        lines = h.split("\n")
        yy = y + (2.8 if len(lines) == 1 else 1)
        for ln in lines:
            pdf.set_xy(X[i] + 1, yy)
            pdf.cell(W[i] - 2, 4, ln, align=AL[i] if AL[i] != "C" else "C")
            yy += 4
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 10)


def prow(p):
    nr, name, area, ha, homes, status, start, adopt = p
    y = pdf.get_y()
    RH = 8.2
    pdf.set_font("Cond", "B", 9.2)
    pdf.set_xy(X[0] + 1, y)
    pdf.cell(W[0] - 2, RH, nr)
    pdf.set_font("Cond", "", 9.2)
    cells = [name, area, dec(ha), grp(homes) if homes else "–"]
    for k, c in enumerate(cells, 1):
        pdf.set_xy(X[k] + 1, y)
        pdf.cell(W[k] - 2, RH, c, align=AL[k])
    # status pill
    pdf.set_fill_color(*PILL[status])
    pw = W[5] - 3
    pdf.rect(X[5] + 1.5, y + 1.6, pw, RH - 3.2, style="F", round_corners=True, corner_radius=2.2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 8.4)
    pdf.set_xy(X[5] + 1.5, y)
    pdf.cell(pw, RH, status, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "", 9.2)
    for k, v in ((6, d_q(start)), (7, d_q(adopt))):
        pdf.set_xy(X[k] + 1, y)
        pdf.cell(W[k] - 2, RH, v, align="R")
    pdf.set_draw_color(190, 190, 190)
    pdf.line(20, y + RH, RIGHT, y + RH)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + RH)


pdf.add_page()
heading(False)
for p in D_PLANS:
    prow(p)
    if p[0] == D_BREAK_AFTER:
        pdf.ln(2)
        pdf.set_font("Serif", "I", 8.6)
        pdf.cell(0, 4, "Tabellen fortsätter på nästa sida.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Serif", "", 8.6)
        pdf.multi_cell(0, 4.2, "Kullerud verksamhetsområde och Grusgropen ger inga bostäder. Planen för "
                       "Skolgärdets förskola antogs i november 2026 och väntas vinna laga kraft i januari 2027.", align="L", new_x="LMARGIN",
                       new_y="NEXT")
        pdf.add_page()
        heading(True)
y = pdf.get_y()
pdf.set_line_width(0.6)
pdf.set_draw_color(*GREEN)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Cond", "B", 9.4)
pdf.set_xy(X[0] + 1, y + 0.5)
pdf.cell(W[0] + W[1] + W[2] - 2, 7, f"Summa, {len(D_PLANS)} detaljplaner")
pdf.set_xy(X[3] + 1, y + 0.5)
pdf.cell(W[3] - 2, 7, dec(d_total_area()), align="R")
pdf.set_xy(X[4] + 1, y + 0.5)
pdf.cell(W[4] - 2, 7, grp(d_total_homes()), align="R")
pdf.set_y(y + 9)
pdf.set_font("Serif", "", 8.4)
pdf.multi_cell(0, 4.1, "Källa: planenhetens projektlista den 30 november 2026. Antagande för planer som inte "
               "har påbörjats är preliminärt.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.h1("Prioriteringar för planarbetet 2027–2029", size=12)
pdf.bullets(D_PRIO, size=9.8, lh=4.8)

# ---------------------------------------------------------------- p. 4 planeringsbesked and comments
pdf.add_page()
pdf.h1("Planeringsbesked 2026", size=12.5)
pdf.p(f"Under 2026 lämnade samhällsbyggnadsnämnden {len(D_BESKED)} planeringsbesked, varav "
      f"{sum(1 for b in D_BESKED if b[4] == 'Positivt')} positiva. Ett positivt planeringsbesked betyder att "
      "kommunen avser att starta ett planarbete, men det är inte bindande.", size=10)
pdf.ruled_table(["Datum", "Sökande", "Fastighet", "Ändamål", "Besked"],
                [list(b) for b in D_BESKED], [20, 40, 34, 52, 24], ["LEFT", "LEFT", "LEFT", "LEFT", "LEFT"],
                size=8.8, font="Cond", head_fill=(220, 232, 224))
pdf.p("De två negativa beskeden gällde mark utanför de utbyggnadsområden som översiktsplanen pekar ut. Gransjö "
      "Camping AB har fått rådet att i stället söka bygglov för en mindre utbyggnad inom gällande plan.", size=10)
pdf.h1("Vilande planer", size=12.5)
pdf.p("Detaljplanen för Grusgropen är vilande sedan hösten 2026. En markundersökning har visat föroreningar från "
      "den tidigare asfaltsverksamheten, och arbetet återupptas först när länsstyrelsen har beslutat om "
      "sanering.", size=10)
pdf.h1("Nästa steg", size=12.5)
pdf.bullets(["Planprogrammet stäms av med byggherrarna i februari 2027.",
             "Samhällsbyggnadsnämnden får en lägesrapport per tertial.",
             "En reviderad version av programmet tas fram i december 2027."], size=9.8, lh=4.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
