"""(d) Aldersviks kommun – lokalförsörjningsplan 2027–2031 (kommunfullmäktige 2026-11-30 § 142).

Layout: Liberation Sans throughout (table in Liberation Sans Narrow), portrait, 4 pages. P. 1 has no running header:
the municipality over a THIN DOUBLE RULE, the title, a main text column with competing figures (14 projects,
1 298,0 mnkr vs 861,2 mnkr in the previous plan, 241,1 mnkr in 2027, four ongoing) and A TINTED SIDEBAR AT THE RIGHT
with small grey labels over bold values (Antagen, Planperiod, Antal projekt, Total investering, Kontakt); under the
text Figur 1, a SINGLE 100 % STACKED BAR of the investment per activity in six colours with a LEGEND TABLE beside
colour keys (code, name, mnkr). P. 2: the population forecast as a small table with hairlines, then Tabell 1, the
projects GROUPED BY STATUS: each status a group line in bold with a ROUNDED COUNT PILL ("4 projekt"), ZEBRA-TINTED
rows, the activity code in a small OUTLINED ROUNDED PILL, "–" for no money in 2027, an italic "Summa <status>" row
after each group and a bold "Totalt" row over a double rule. THE TABLE BREAKS INSIDE "Beslutat" after Dammbacka
gruppbostad ("Tabell 1 fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)", the heading and the status
line with "(forts.)", then the legend of codes and notes. P. 4: "Förändringar mot föregående plan" (the passage on
Bäcklunda), "Lokaler som lämnas" as a "•" LIST WITH NESTED "◦" ITEMS, the decision and signature. Metadata title set.
"""
import datetime as dt

from common38 import HERE, Doc, nb
from data import (D_STATUSES, D_CODES, D_PROJECTS, D_BREAK_AFTER, D_PREV_TOTAL, D_LEAVE, D_PASSAGE, D_DECIDED,
                  D_CONTACT, d_projects, d_sum, d_val, d_code_sum, d1, dmy)

OUT = HERE / "aldersvik-lokalforsorjningsplan-2027-2031.pdf"
ACC = (60, 84, 40)
GREY = (105, 105, 105)
COLS = {"FSK": (236, 176, 64), "GRS": (66, 120, 170), "ÄO": (150, 90, 150), "IDR": (90, 150, 90),
        "KUL": (200, 100, 80), "LSS": (120, 120, 120)}
WORD = {4: "fyra", 5: "fem", 14: "fjorton"}

pdf = Doc("Aldersviks kommun", "Lokalförsörjningsplan 2027–2031", "Sida {p} (4)", font="liberation", serif=False,
          accent=ACC, foot="Aldersviks kommun · Samhällsbyggnadsförvaltningen",
          title="Aldersviks kommun – Lokalförsörjningsplan 2027–2031", author="Aldersviks kommun",
          created=dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(22, 16)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "ALDERSVIKS KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, 24, 0.6, ACC)
pdf.hline(22, 188, 25.1, 0.2, ACC)
pdf.set_y(32)
pdf.set_font("Sans", "B", 21)
pdf.multi_cell(120, 9, "Lokalförsörjningsplan 2027–2031", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
MAINW = 112
# sidebar
sx, sy, sw = 142, 32, 46
facts = [("Antagen", f"Kommunfullmäktige {D_DECIDED.isoformat()} § 142"), ("Planperiod", "2027–2031"),
         ("Antal projekt", str(len(D_PROJECTS))), ("Total investering", f"{d1(d_sum())} mnkr"),
         ("Kontakt", f"{D_CONTACT[0]}, {D_CONTACT[1]}")]
pdf.set_fill_color(238, 242, 232)
pdf.rect(sx, sy, sw, 96, style="F")
yy = sy + 4
for lab, val in facts:
    pdf.set_xy(sx + 3, yy)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.cell(sw - 6, 3.6, lab.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_x(sx + 3)
    pdf.multi_cell(sw - 6, 4.4, val, align="L", new_x="LEFT", new_y="NEXT")
    yy = pdf.get_y() + 4
pdf.set_y(sy + 14)
n_on = len(d_projects("Pågående"))
texts = [
    "Lokalförsörjningsplanen beskriver kommunens behov av lokaler för de kommande fem åren och vilka "
    "investeringar som behövs för att möta behoven. Planen revideras varje år i samband med budgeten.",
    f"Planen omfattar {WORD[len(D_PROJECTS)]} projekt med en sammanlagd investering på {d1(d_sum())} mnkr, "
    f"jämfört med {d1(D_PREV_TOTAL)} mnkr i föregående plan. Ökningen beror främst på att en ny F–6-skola och ett "
    f"nytt särskilt boende har förts in i planen. Under 2027 beräknas investeringarna uppgå till "
    f"{d1(d_sum(col=4))} mnkr.",
    f"{WORD[n_on].capitalize()} projekt pågår och ska vara klara senast 2028. Projekt med status Beslutat har "
    f"fått investeringsbeslut men inte påbörjats, medan projekt med status Planerat ännu utreds.",
]
for t in texts:
    pdf.set_x(22)
    pdf.set_font("Sans", "", 9.8)
    pdf.multi_cell(MAINW, 5, nb(t), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
pdf.set_y(max(pdf.get_y(), sy + 100))
pdf.h1("Figur 1 Investering per verksamhet 2027–2031, mnkr", size=11)
bx, by, bw, bh = 22, pdf.get_y() + 2, 166, 9
tot = d_sum()
x = bx
for code in D_CODES:
    w = d_code_sum(code) / tot * bw
    pdf.set_fill_color(*COLS[code])
    pdf.rect(x, by, w, bh, style="F")
    x += w
pdf.set_y(by + bh + 4)
for code, name in D_CODES.items():
    y = pdf.get_y()
    pdf.set_fill_color(*COLS[code])
    pdf.rect(24, y + 1, 3.4, 3.4, style="F")
    pdf.set_xy(30, y)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(12, 5.2, code)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(60, 5.2, name)
    pdf.cell(24, 5.2, d1(d_code_sum(code)), align="R", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y()
pdf.hline(30, 126, y + 0.5, 0.3)
pdf.set_xy(30, y + 1)
pdf.set_font("Sans", "B", 8.8)
pdf.cell(72, 5.2, "Summa")
pdf.cell(24, 5.2, d1(tot), align="R", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 2
pdf.add_page()
pdf.h1("Behov av lokaler")
pdf.p("Befolkningsprognosen visar att antalet barn i förskoleålder ökar fram till 2029 och att antalet elever i "
      "grundskolan ökar under hela planperioden. Antalet invånare över 80 år ökar med drygt en tredjedel.")
FPW = [70, 28, 28, 28]
y = pdf.get_y()
h = pdf.row(22, y, FPW, ["L", "R", "R", "R"], ["Åldersgrupp", "2026", "2031", "Förändring"], style="B", size=8.6)
pdf.hline(22, 22 + sum(FPW), y + h, 0.5)
y += h
for r in [("Förskola 1–5 år", 1412, 1538), ("Grundskola 6–15 år", 2986, 3240), ("80 år och äldre", 1104, 1487)]:
    h = pdf.row(22, y, FPW, ["L", "R", "R", "R"], [r[0], f"{r[1]:,}".replace(",", " "),
                                                   f"{r[2]:,}".replace(",", " "), f"+{r[2] - r[1]}"], size=8.6)
    pdf.hline(22, 22 + sum(FPW), y + h, 0.1, (180, 180, 180))
    y += h
pdf.set_y(y + 6)
X0 = 22
WID = [66, 18, 24, 22, 18, 18]
AL = ["L", "C", "R", "R", "C", "C"]
TW = sum(WID)
HEAD = ["Projekt", "Verks.", "Investering, mnkr", "Varav 2027, mnkr", "Start", "Klart"]


def t_head(caption):
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y = pdf.get_y() + 1
    h = pdf.row(X0, y, WID, AL, HEAD, style="B", size=8.4, font="Cond")
    pdf.hline(X0, X0 + TW, y + h, 0.7, ACC)
    pdf.set_y(y + h + 1)


def status_line(st, forts=False):
    y = pdf.get_y() + 1.5
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_xy(X0, y)
    t = st + (" (forts.)" if forts else "")
    pdf.cell(pdf.get_string_width(t) + 3, 5.5, t)
    lab = f"{len(d_projects(st))} projekt"
    pdf.set_font("Sans", "", 7.4)
    w = pdf.get_string_width(lab) + 5
    x = pdf.get_x()
    pdf.set_draw_color(*ACC)
    pdf.set_fill_color(*ACC)
    pdf.rect(x, y + 1, w, 3.8, style="F", round_corners=True, corner_radius=1.9)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, y + 1.1)
    pdf.cell(w, 3.6, lab, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 7)


def p_row(p, k):
    y = pdf.get_y()
    cells = [p[1], p[2], d1(p[3]), d_val(p[4]), str(p[5]), str(p[6])]
    h = pdf.row_h(WID, cells, size=8.8, font="Cond") + 0.6
    if k % 2 == 0:
        pdf.set_fill_color(244, 246, 240)
        pdf.rect(X0, y, TW, h, style="F")
    # the activity code in an outlined pill
    cx = X0 + WID[0] + 3
    pdf.set_draw_color(*COLS[p[2]])
    pdf.set_line_width(0.4)
    pdf.rect(cx, y + 1.0, WID[1] - 6, h - 2.0, round_corners=True, corner_radius=1.6)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.row(X0, y, WID, AL, cells, size=8.8, font="Cond", h=h)
    pdf.set_y(y + h)


def sum_row(label, st=None):
    y = pdf.get_y()
    pdf.hline(X0 + WID[0] + WID[1], X0 + TW - WID[4] - WID[5], y + 0.2, 0.3)
    cells = [label, "", d1(d_sum(st)), d_val(d_sum(st, 4)), "", ""]
    h = pdf.row(X0, y, WID, AL, cells, size=8.8, font="Cond", style="I" if st else "B")
    pdf.set_y(y + h + (1.5 if st else 0))
    return y + h


t_head("Tabell 1 Projekt i planen 2027–2031")
for st in D_STATUSES:
    status_line(st)
    for k, p in enumerate(d_projects(st)):
        p_row(p, k)
        if p[1] == D_BREAK_AFTER:
            pdf.set_font("Sans", "I", 7.8)
            pdf.cell(TW, 5, "Tabell 1 fortsätter på nästa sida", align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            t_head("Tabell 1 (forts.)")
            status_line(st, forts=True)
    sum_row(f"Summa {st.lower()}", st)
yb = sum_row("Totalt")
pdf.hline(X0, X0 + TW, yb + 0.3, 0.3)
pdf.hline(X0, X0 + TW, yb + 1.0, 0.3)
pdf.set_y(yb + 4)
pdf.set_font("Sans", "", 7.8)
pdf.multi_cell(TW, 3.9, "Verksamhetskoder: " + ", ".join(f"{k} = {v.lower() if k != 'LSS' else v}"
                                                          for k, v in D_CODES.items()) +
               ". Investeringen avser hela projektets utgift i löpande priser. Varav 2027 = den del som ingår "
               "i investeringsbudgeten för 2027; – = inga medel 2027. Start och Klart anges som år.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Prioriteringsordning")
pdf.p("Projekten prioriteras i ordningen lagkrav och säkerhet, platsbrist, lokalernas skick och till sist "
      "effektivare lokalanvändning. Projekt inom förskola och grundskola har förts fram där befolkningsprognosen "
      "visar platsbrist före 2029.")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Förändringar mot föregående plan")
pdf.p("Forsgläntans skola och Bäcklunda särskilda boende är nya i planen. Aldersviks simhall har fått en högre "
      "kalkyl efter att tekniska brister i bassängen upptäcktes vid projekteringen.")
pdf.p(f"Byggstarten för Bäcklunda särskilda boende har skjutits fram från 2027 till 2029 eftersom {D_PASSAGE}. "
      f"Behovet följs upp i nästa revidering av planen.")
pdf.h1("Lokaler som lämnas")
pdf.set_font("Sans", "", 9.8)
for t, subs in D_LEAVE:
    pdf.set_x(24)
    pdf.cell(6, 5, "•")
    pdf.multi_cell(156, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(32)
        pdf.cell(6, 5, "◦")
        pdf.multi_cell(148, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
pdf.ln(2)
pdf.h1("Beslut")
pdf.att_list("Kommunfullmäktige beslutar", [
    "anta lokalförsörjningsplanen för 2027–2031,",
    "uppdra åt kommunstyrelsen att revidera planen inför budgeten för 2028.",
])
pdf.p(f"Aldersvik den {dmy(D_DECIDED)}")
pdf.sign_lines([f"{D_CONTACT[0]}\n{D_CONTACT[1].capitalize()}"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
