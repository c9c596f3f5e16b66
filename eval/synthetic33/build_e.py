"""(e) Lönnvika kommun – socialnämndens internkontrollplan 2027 med uppföljning av internkontrollen 2026.

Layout: Liberation Sans, portrait, 4 pages, a running header with a thin accent rule and a footer with the page as
"n (4)". P. 1: the municipality in accent capitals, "Socialnämnden", the title, a DECISION STRIP (a pale band with a
thick accent rule on its top edge: "Antagen av socialnämnden 2027-01-27, § 9 · Dnr SN 2026/318"), the purpose and
method in running text, the probability and consequence scales as TWO SMALL SIDE-BY-SIDE BOXED TABLES (1–4 with a
word each) and "Uppföljningen av 2026 i korthet" with competing counts. P. 2: Tabell 1, the risk analysis (Nr / Risk
/ S / K / Riskvärde) in the PROCESS GROUPS, each process a bold caption followed by a HAIRLINE RUNNING ON to the right
edge, and a RISK-VALUE BAR column: a grey track of 16 units with a filled part as long as the risk value, coloured
by level (green ≤ 4, yellow 6–8, orange 9, red 12–16), plus a level key. P. 3: Tabell 2, the control plan (Nr /
Kontrollmetod / Frekvens / Ansvarig) with a bold heading over a THICK UNDERLINE, DOTTED row separators, control texts
and roles wrapping, and the reporting rule as a "–" list. P. 4: Tabell 3, the follow-up of 2026 (Kontroll /
Genomförd / Granskade / Avvikelse / Antal) in a FULL GRID whose "Avvikelse" cell starts with a DRAWN CHECK BOX
(crossed for "Ja", empty for "Nej"), a bold sum row, then the analysis with the total in running text, the passage,
the measures as "•" bullets and a signature. No metadata title.
"""
import datetime as dt

from common33 import HERE, Doc
from data import (E_PROCESSES, E_CONTROLS, E_FOLLOW, E_DECIDED, E_PASSAGE, e_risks, e_rv, e_dev_total, e_with_dev)

OUT = HERE / "lonnvika-sn-internkontrollplan-2027.pdf"
ACC = (150, 70, 20)
pdf = Doc("Lönnvika kommun · Socialnämnden", "", "Internkontrollplan 2027", font="liberation", accent=ACC,
          author="Lönnvika kommun, socialförvaltningen", foot="Sida {p} (4)",
          created=dt.datetime(2027, 2, 2, 10, 0, tzinfo=dt.timezone.utc))
NUM = {0: "inga", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 10: "tio", 11: "elva", 13: "13"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 10)
pdf.set_text_color(*ACC)
pdf.cell(0, 5, "LÖNNVIKA KOMMUN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(90, 90, 90)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, "Socialnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(3)
pdf.title_block("Internkontrollplan 2027", size=21)
y = pdf.get_y() - 2
pdf.set_fill_color(250, 240, 230)
pdf.rect(22, y, 166, 8, style="F")
pdf.set_fill_color(*ACC)
pdf.rect(22, y, 166, 1.1, style="F")
pdf.set_xy(24, y + 2)
pdf.set_font("Sans", "", 8.8)
pdf.cell(0, 5, f"Antagen av socialnämnden {E_DECIDED.isoformat()}, § 9 · Dnr SN 2026/318 · Uppföljning av 2026 "
         "ingår")
pdf.set_y(y + 13)
n_risk = len(e_risks())
pdf.h2("Syfte och metod")
pdf.p("Den interna kontrollen ska ge nämnden en rimlig försäkran om att verksamheten bedrivs enligt lagar, "
      "föreskrifter och nämndens egna beslut. Förvaltningen har tillsammans med enhetscheferna gått igenom "
      f"nämndens processer och identifierat {n_risk} risker inom fem processer.", size=9.8, lh=4.9)
pdf.p("Varje risk har bedömts utifrån sannolikhet och konsekvens på en skala från 1 till 4. Riskvärdet är "
      "produkten av de två bedömningarna och kan därför bli högst 16. Samtliga risker i planen ska kontrolleras "
      "under 2027; metod, frekvens och ansvarig framgår av tabell 2.", size=9.8, lh=4.9)
y = pdf.get_y() + 2
scales = [("Sannolikhet (S)", ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"]),
          ("Konsekvens (K)", ["Försumbar", "Lindrig", "Kännbar", "Allvarlig"])]
for k, (head, words_) in enumerate(scales):
    x = 22 + k * 86
    pdf.set_draw_color(170, 170, 170)
    pdf.rect(x, y, 80, 6 + 5 * 4)
    pdf.set_fill_color(240, 232, 224)
    pdf.rect(x, y, 80, 6, style="FD")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(x + 2, y + 0.8)
    pdf.cell(76, 4.4, head)
    pdf.set_font("Sans", "", 8.8)
    for j, w_ in enumerate(words_):
        pdf.set_xy(x + 2, y + 6.4 + j * 5)
        pdf.cell(8, 4.4, str(j + 1))
        pdf.cell(60, 4.4, w_)
    pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 30)
pdf.h2("Uppföljningen av 2026 i korthet")
done_full = sum(1 for f in E_FOLLOW if f[1] == "Ja")
pdf.p(f"Av de {NUM[len(E_FOLLOW)]} kontrollerna i 2026 års plan genomfördes {NUM[done_full]} fullt ut och en "
      f"delvis. Avvikelser hittades vid {NUM[e_with_dev()]} kontroller. Resultatet redovisas i tabell 3 och har "
      "påverkat riskbedömningen för 2027.", size=9.8, lh=4.9)

# ---------------------------------------------------------------- p. 2 Tabell 1 risk analysis
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Riskanalys 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
W = [10, 96, 11, 11, 16, 22]
X = [22]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 22 + sum(W)
y = pdf.get_y()
pdf.set_font("Sans", "B", 8.8)
for k, h in enumerate(["Nr", "Risk", "S", "K", "Riskvärde", ""]):
    pdf.set_xy(X[k] + 1, y + 1)
    pdf.cell(W[k] - 2, 4.6, h, align="L" if k < 2 else "C")
pdf.set_line_width(0.45)
pdf.line(22, y + 6.6, RIGHT, y + 6.6)
pdf.set_line_width(0.2)
pdf.set_y(y + 7.5)
LEVEL = lambda v: (60, 150, 80) if v <= 4 else ((230, 190, 40) if v <= 8 else ((235, 130, 40) if v < 12 else  # noqa
                                                                               (200, 40, 40)))
for proc, rs in E_PROCESSES:
    y = pdf.get_y() + 1.5
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(22, y)
    pdf.cell(0, 5, proc)
    w_ = pdf.get_string_width(proc)
    pdf.set_draw_color(*ACC)
    pdf.line(22 + w_ + 3, y + 2.6, RIGHT, y + 2.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 5.6)
    for r in rs:
        pdf.set_font("Sans", "", 8.8)
        lines = pdf.multi_cell(W[1] - 2, 4.2, r[1], dry_run=True, output="LINES")
        h = len(lines) * 4.2 + 1.8
        y = pdf.get_y()
        pdf.set_xy(X[0] + 1, y + 0.9)
        pdf.cell(W[0] - 2, 4.2, str(r[0]))
        pdf.set_xy(X[1] + 1, y + 0.9)
        pdf.multi_cell(W[1] - 2, 4.2, r[1], align="L")
        for k, v in enumerate((r[2], r[3], e_rv(r))):
            pdf.set_font("Sans", "B" if k == 2 else "", 8.8)
            pdf.set_xy(X[2 + k], y + 0.9)
            pdf.cell(W[2 + k], 4.2, str(v), align="C")
        rv = e_rv(r)
        bx, by = X[5] + 1, y + 1.7
        pdf.set_fill_color(228, 228, 228)
        pdf.rect(bx, by, 19.2, 2.6, style="F")
        pdf.set_fill_color(*LEVEL(rv))
        pdf.rect(bx, by, 19.2 * rv / 16, 2.6, style="F")
        pdf.set_y(y + h)
pdf.set_line_width(0.45)
pdf.line(22, pdf.get_y() + 1, RIGHT, pdf.get_y() + 1)
pdf.set_line_width(0.2)
pdf.ln(4)
y = pdf.get_y()
pdf.set_font("Sans", "", 7.8)
x = 22
for lab, v in (("låg (1–4)", 4), ("måttlig (6–8)", 8), ("hög (9)", 9), ("mycket hög (12–16)", 12)):
    pdf.set_fill_color(*LEVEL(v))
    pdf.rect(x, y + 1, 6, 2.6, style="F")
    pdf.set_xy(x + 7.5, y)
    pdf.cell(34, 4.6, lab)
    x += 40
pdf.set_y(y + 7)
pdf.set_font("Sans", "", 7.8)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.8, "S = sannolikhet, K = konsekvens, riskvärde = S × K. Stapeln visar riskvärdet på skalan 0–16.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 Tabell 2 control plan
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 2. Kontrollplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
W2 = [10, 84, 26, 46]
X2 = [22]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
y = pdf.get_y()
pdf.set_font("Sans", "B", 8.8)
for k, h in enumerate(["Nr", "Kontrollmetod", "Frekvens", "Ansvarig"]):
    pdf.set_xy(X2[k] + 1, y + 1)
    pdf.cell(W2[k] - 2, 4.6, h)
pdf.set_line_width(0.9)
pdf.line(22, y + 6.8, 188, y + 6.8)
pdf.set_line_width(0.2)
pdf.set_y(y + 7.6)
for nr in sorted(E_CONTROLS):
    c = E_CONTROLS[nr]
    pdf.set_font("Sans", "", 8.8)
    l1 = pdf.multi_cell(W2[1] - 2, 4.2, c[0], dry_run=True, output="LINES")
    l3 = pdf.multi_cell(W2[3] - 2, 4.2, c[2], dry_run=True, output="LINES")
    h = max(len(l1), len(l3)) * 4.2 + 2
    y = pdf.get_y()
    pdf.set_xy(X2[0] + 1, y + 1)
    pdf.cell(W2[0] - 2, 4.2, str(nr))
    pdf.set_xy(X2[1] + 1, y + 1)
    pdf.multi_cell(W2[1] - 2, 4.2, c[0], align="L")
    pdf.set_xy(X2[2] + 1, y + 1)
    pdf.cell(W2[2] - 2, 4.2, c[1])
    pdf.set_xy(X2[3] + 1, y + 1)
    pdf.multi_cell(W2[3] - 2, 4.2, c[2], align="L")
    pdf.set_draw_color(140, 140, 140)
    pdf.set_dash_pattern(dash=0.4, gap=0.8)
    pdf.line(22, y + h, 188, y + h)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + h)
pdf.ln(4)
pdf.h2("Rapportering")
pdf.bullets(["Kontroller som görs månadsvis eller per tertial rapporteras till nämnden i samband med "
             "tertialrapporterna i maj och september och med årsredovisningen.",
             "Kontroller som görs halvårsvis eller årligen rapporteras i den samlade uppföljningen i januari 2028.",
             "Allvarliga avvikelser rapporteras till nämnden vid närmast följande sammanträde."], sym="–", size=9.6,
            lh=4.8)

# ---------------------------------------------------------------- p. 4 Tabell 3 follow-up 2026
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 3. Uppföljning av internkontrollplanen 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
W3 = [78, 24, 22, 24, 18]
X3 = [22]
for w in W3[:-1]:
    X3.append(X3[-1] + w)
y0 = y = pdf.get_y()
pdf.set_fill_color(240, 232, 224)
pdf.rect(22, y, 166, 9.5, style="F")
pdf.set_font("Sans", "B", 8.6)
for k, h in enumerate(["Kontroll", "Genomförd", "Granskade\nposter", "Avvikelse", "Antal"]):
    pdf.set_xy(X3[k] + 1.2, y + (0.8 if "\n" in h else 2.6))
    pdf.multi_cell(W3[k] - 2.4, 4, h, align="L" if k in (0, 3) else "C")
y += 9.5
for f in E_FOLLOW:
    pdf.line(22, y, 188, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.set_xy(X3[0] + 1.2, y + 1)
    pdf.cell(W3[0] - 2.4, 4.4, f[0])
    pdf.set_xy(X3[1], y + 1)
    pdf.cell(W3[1], 4.4, f[1], align="C")
    pdf.set_xy(X3[2], y + 1)
    pdf.cell(W3[2], 4.4, str(f[2]), align="C")
    bx, by = X3[3] + 2, y + 1.6
    pdf.rect(bx, by, 3.2, 3.2)
    if f[3]:
        pdf.line(bx + 0.5, by + 0.5, bx + 2.7, by + 2.7)
        pdf.line(bx + 0.5, by + 2.7, bx + 2.7, by + 0.5)
    pdf.set_xy(bx + 4.6, y + 1)
    pdf.cell(14, 4.4, "Ja" if f[3] else "Nej")
    pdf.set_xy(X3[4], y + 1)
    pdf.cell(W3[4], 4.4, str(f[3]), align="C")
    y += 6.4
pdf.set_line_width(0.45)
pdf.line(22, y, 188, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
pdf.set_xy(X3[0] + 1.2, y + 1)
pdf.cell(W3[0] - 2.4, 4.4, "Summa")
pdf.set_xy(X3[2], y + 1)
pdf.cell(W3[2], 4.4, str(sum(f[2] for f in E_FOLLOW)), align="C")
pdf.set_xy(X3[4], y + 1)
pdf.cell(W3[4], 4.4, str(e_dev_total()), align="C")
y += 6.4
pdf.line(22, y, 188, y)
for x in X3 + [188]:
    pdf.line(x, y0, x, y)
pdf.set_y(y + 5)
pdf.h2("Analys")
top = max(E_FOLLOW, key=lambda f: f[3])
pdf.p(f"Sammanlagt hittades {e_dev_total()} avvikelser vid {NUM[e_with_dev()]} av de {NUM[len(E_FOLLOW)]} "
      f"kontrollerna. Flest avvikelser, {top[3]}, gällde utbetalningar av ekonomiskt bistånd. De berodde främst "
      f"på att {E_PASSAGE}. Samtliga felaktiga utbetalningar har reglerats.", size=9.8, lh=4.9)
fb = E_FOLLOW[0]
pdf.p(f"Vid kontrollen av förhandsbedömningar var {fb[3]} av {fb[2]} bedömningar inte klara inom 14 dagar. "
      "Risken har därför fått ett högre riskvärde i planen för 2027.", size=9.8, lh=4.9)
pdf.h2("Åtgärder")
pdf.bullets(["Beslut om ekonomiskt bistånd registreras direkt i verksamhetssystemet och stäms av varje månad.",
             "Enheten för barn och unga inför en veckovis genomgång av inkomna orosanmälningar.",
             "Kontrollen av underlag vid ansökan om ekonomiskt bistånd genomförs fullt ut under 2027."],
            size=9.6, lh=4.8)
pdf.ln(4)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, f"Lönnvika den {E_DECIDED.day} januari {E_DECIDED.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 5, "Linus Holmgren", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, "socialchef", new_x="LMARGIN", new_y="NEXT")
assert pdf.page_no() == 4, pdf.page_no()
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
