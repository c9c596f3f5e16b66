"""(c) Region Vedmora – tandvårdsnämnden: uppföljning av Folktandvården per klinik 2026.

Layout: DejaVu Sans throughout (tables in DejaVu Sans Condensed); pp. 1, 3, 4 portrait, P. 2 LANDSCAPE; 4 pages.
P. 1 has no running header: a DARK TEAL SQUARE MONOGRAM "RV" in the top right corner, a small-capital kicker over
the title, "Sammanfattning" in TWO JUSTIFIED COLUMNS with competing figures (share of children examined 89,7 vs
90,6 the year before vs the target 90; five of eight clinics reached it; adults waiting for a first examination
4 260 vs 3 710; four clinics within 12 weeks). P. 2 (landscape): Tabell 1 per clinic with a STACKED TWO-LEVEL
HEADING ("Barn och unga 3–19 år" over Listade / Undersökta, % 2025 / 2026 / Kariesfria 12-åringar, %; "Vuxna" over
Väntetid, veckor / Revisionspatienter i tid, %), the two areas as WHITE NAMES ON MID-GREY BANDS, an "<område>
totalt" row after each area, a bold "Regionen totalt" row between heavy rules and a "Mål" ROW IN ITALICS UNDER A
DASHED RULE at the foot; values that miss their target are BOLD AND UNDERLINED (legend under the table). P. 3:
Figur 1, a HORIZONTAL BAR CHART of the adults' waiting time per clinic with the value at the end of each bar and a
DASHED VERTICAL TARGET LINE labelled "Mål 12 veckor", then comments per area (the passage on Mjölnaryd). P. 4:
the measures for 2027 as a NUMBERED LIST WITH NESTED "–" ITEMS, the decision and contact. Metadata title set.
"""
import datetime as dt

from common38 import HERE, Doc, nb
from data import (C_AREAS, C_CLINICS, C_TARGETS, C_QUEUE, C_PASSAGE, C_DECIDED, C_CONTACT, c_clinics, c_tot, g,
                  d1, dmy)

OUT = HERE / "region-vedmora-folktandvarden-uppfoljning-2026.pdf"
TEAL = (18, 92, 98)
BAND = (118, 128, 134)
WORD = {3: "tre", 4: "fyra", 5: "fem", 8: "åtta"}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*TEAL)
            self.rect(self.w - 38, 12, 18, 18, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 13)
            self.set_xy(self.w - 38, 17.5)
            self.cell(18, 7, "RV", align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(16)
            return
        super().header()


pdf = CDoc("Region Vedmora", "Tandvårdsnämnden", "{p} (4)", font="dejavu", serif=False, accent=TEAL,
           foot="Region Vedmora · Uppföljning av Folktandvården 2026",
           title="Region Vedmora – Uppföljning av Folktandvården per klinik 2026", author="Region Vedmora",
           created=dt.datetime(2027, 3, 2, 13, 0, tzinfo=dt.timezone.utc), justify=True)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 8.5)
pdf.set_text_color(*TEAL)
pdf.cell(0, 5, "REGION VEDMORA · TANDVÅRDSNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.set_font("Sans", "B", 20)
pdf.multi_cell(130, 9, "Folktandvården – uppföljning per klinik 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 5, "Redovisning till tandvårdsnämnden, mars 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.hline(22, 188, pdf.get_y() + 3, 0.8, TEAL)
pdf.ln(9)
tot = c_tot()
reached = [c for c in C_CLINICS if c[4] >= C_TARGETS[0]]
wait_ok = [c for c in C_CLINICS if c[6] <= C_TARGETS[1]]
pdf.h1("Sammanfattning")
paras = [
    f"Andelen barn och unga som undersöktes under året blev {d1(tot[2])} procent för regionen som helhet. Det är "
    f"lägre än föregående år, då andelen var {d1(tot[1])} procent, och strax under målet på {C_TARGETS[0]} procent. "
    f"{WORD[len(reached)].capitalize()} av regionens {WORD[len(C_CLINICS)]} kliniker nådde målet.",
    f"Köerna för vuxna har växt. Vid årsskiftet väntade {g(C_QUEUE[1])} vuxna på en första undersökning, att "
    f"jämföra med {g(C_QUEUE[0])} ett år tidigare. Endast {WORD[len(wait_ok)]} kliniker erbjöd en första tid inom "
    f"målet på {C_TARGETS[1]} veckor.",
    "Tandhälsan bland tolvåringar är fortsatt god men skiljer sig mellan områdena. Andelen kariesfria är lägre i "
    "södra området, där också väntetiderna är längst.",
    "Uppföljningen bygger på uppgifter ur journalsystemet per den 31 december. Klinikernas resultat redovisas i "
    "tabell 1 och väntetiderna i figur 1.",
]
colw, gap = 79, 8
y0 = pdf.get_y()
ys = []
for k in range(2):
    pdf.set_y(y0)
    for t in paras[2 * k: 2 * k + 2]:
        pdf.set_x(22 + k * (colw + gap))
        pdf.set_font("Sans", "", 9.4)
        pdf.multi_cell(colw, 4.8, nb(t), align="J", new_x="LEFT", new_y="NEXT")
        pdf.ln(2.5)
    ys.append(pdf.get_y())
pdf.set_y(max(ys) + 2)
pdf.h1("Mål för Folktandvården 2026")
pdf.kv([
    ("Barn och unga", f"Minst {C_TARGETS[0]} procent av de listade barnen och ungdomarna ska undersökas under året."),
    ("Vuxna", f"Nya patienter ska erbjudas en första undersökning inom {C_TARGETS[1]} veckor. Minst "
              f"{C_TARGETS[2]} procent av revisionspatienterna ska kallas i tid."),
    ("Uppföljning", "Resultaten redovisas per klinik två gånger per år."),
], lw=38)

# ---------------------------------------------------------------- p. 2 landscape table
pdf.add_page(orientation="L")
pdf.h1("Tabell 1 Resultat per klinik 2026")
X0 = 22
WID = [52, 28, 27, 27, 34, 33, 42]
AL = ["L", "R", "R", "R", "R", "R", "R"]
TW = sum(WID)
y = pdf.get_y() + 1
# upper heading
pdf.set_font("Cond", "B", 8.6)
pdf.set_text_color(*TEAL)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
for label, a, b in (("Barn och unga 3–19 år", 1, 5), ("Vuxna", 5, 7)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 5, label, align="C")
    pdf.hline(xs[a] + 2, xs[b] - 2, y + 5.5, 0.4, TEAL)
pdf.set_text_color(0, 0, 0)
y += 6.5
head = ["Klinik", "Listade barn", "Undersökta, % 2025", "Undersökta, % 2026", "Kariesfria 12-åringar, %",
        "Väntetid, veckor", "Revisionspatienter i tid, %"]
h = pdf.row(X0, y, WID, AL, head, style="B", size=8.4, font="Cond")
pdf.hline(X0, X0 + TW, y + h + 0.4, 0.8, (40, 40, 40))
y += h + 1.5


def mark_cells(c):
    """indices of the cells that miss their target"""
    out = set()
    if c[4] < C_TARGETS[0]:
        out.add(3)
    if c[6] > C_TARGETS[1]:
        out.add(5)
    if c[7] < C_TARGETS[2]:
        out.add(6)
    return out


def draw_row(cells, y, style="", bad=(), italic=False, size=8.8):
    styles = [("B" if k in bad else ("I" if italic else style)) for k in range(len(cells))]
    h = pdf.row(X0, y, WID, AL, cells, size=size, font="Cond", styles=styles)
    pdf.set_font("Cond", "B", size)
    for k in bad:
        wtxt = pdf.get_string_width(cells[k])
        pdf.hline(xs[k + 1] - 1.2 - wtxt, xs[k + 1] - 1.2, y + h - 1.0, 0.35)
    return h


for area in C_AREAS:
    pdf.set_fill_color(*BAND)
    pdf.rect(X0, y, TW, 6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 9)
    pdf.set_xy(X0 + 1.5, y + 0.6)
    pdf.cell(80, 5, area)
    pdf.set_text_color(0, 0, 0)
    y += 6.8
    for c in c_clinics(area):
        cells = [c[1], g(c[2]), d1(c[3]), d1(c[4]), d1(c[5]), str(c[6]), d1(c[7])]
        h = draw_row(cells, y, bad=mark_cells(c))
        pdf.hline(X0, X0 + TW, y + h, 0.1, (190, 190, 190))
        y += h
    t = c_tot(area)
    h = draw_row([f"{area} totalt", g(t[0]), d1(t[1]), d1(t[2]), d1(t[3]), str(t[4]), d1(t[5])], y, style="B")
    y += h + 2
pdf.hline(X0, X0 + TW, y, 0.8, (40, 40, 40))
t = c_tot()
h = draw_row(["Regionen totalt", g(t[0]), d1(t[1]), d1(t[2]), d1(t[3]), str(t[4]), d1(t[5])], y + 0.5, style="B")
y += h + 1
pdf.hline(X0, X0 + TW, y, 0.8, (40, 40, 40))
y += 1.5
pdf.hline(X0, X0 + TW, y, 0.3, (90, 90, 90), dash=(1.2, 1))
y += 0.5
h = draw_row(["Mål", "–", "–", f"minst {C_TARGETS[0]}", "–", f"högst {C_TARGETS[1]}", f"minst {C_TARGETS[2]}"],
             y, italic=True)
y += h + 3
pdf.set_xy(X0, y)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(TW, 3.8, "Fet och understruken siffra = målet nås inte. Undersökta: andel av de listade barnen och "
               "ungdomarna som undersökts under året. Väntetid: genomsnittlig tid från anmälan till första "
               "undersökning för nya vuxna patienter. Områdenas och regionens värden för barn är vägda med antalet "
               "listade barn; värdena för vuxna är genomsnitt av klinikerna. Källa: journalsystemet, uttag "
               "2027-01-12.", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 3 bar chart and comments
pdf.add_page(orientation="P")
pdf.h1("Figur 1 Väntetid till första undersökning för vuxna, veckor")
cx, cy = 52, pdf.get_y() + 4
scale = 5.5       # mm per week
bh, step = 5.2, 8.2
maxw = 20
for k, c in enumerate(C_CLINICS):
    yy = cy + k * step
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(22, yy)
    pdf.cell(28, bh, c[1], align="R")
    col = TEAL if c[6] <= C_TARGETS[1] else (196, 110, 60)
    pdf.set_fill_color(*col)
    pdf.rect(cx, yy, c[6] * scale, bh, style="F")
    pdf.set_xy(cx + c[6] * scale + 1.2, yy)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(10, bh, str(c[6]))
y_axis = cy + len(C_CLINICS) * step
pdf.hline(cx, cx + maxw * scale, y_axis, 0.3)
pdf.set_font("Sans", "", 7.4)
for wk in range(0, maxw + 1, 4):
    pdf.vline(cx + wk * scale, y_axis, y_axis + 1.2, 0.3)
    pdf.set_xy(cx + wk * scale - 4, y_axis + 1.4)
    pdf.cell(8, 3.5, str(wk), align="C")
tx = cx + C_TARGETS[1] * scale
pdf.vline(tx, cy - 3, y_axis, 0.5, (40, 40, 40), dash=(1.4, 1.0))
pdf.set_xy(tx - 15, cy - 7.5)
pdf.set_font("Sans", "I", 7.8)
pdf.cell(30, 4, f"Mål {C_TARGETS[1]} veckor", align="C")
pdf.set_y(y_axis + 9)
pdf.set_font("Sans", "", 7.6)
pdf.cell(0, 4, "Petrolfärgad stapel = inom målet, orange stapel = över målet.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h1("Kommentarer per område")
pdf.h2("Norra området")
pdf.p("Dalstorpa och Algrena har både de kortaste väntetiderna och de högsta andelarna undersökta barn. Bodaholm, "
      "som är områdets största klinik, nådde inte målet för barn och unga och har en väntetid för vuxna som är "
      "längre än målet.")
pdf.h2("Södra området")
pdf.p(f"Mjölnaryd hade den största försämringen under året. Andelen undersökta barn sjönk kraftigt och väntetiden "
      f"för nya vuxna patienter blev den längsta i regionen. Försämringen beror på att {C_PASSAGE}. Filebacka "
      f"ligger kvar på en hög nivå trots att andelen undersökta barn minskade något.")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Åtgärder 2027")
items = [
    ("Mjölnaryd får tillfälligt stöd från andra kliniker i södra området.",
     ["två tandläkare från Filebacka tjänstgör en dag i veckan under våren",
      "barn som inte kallats under 2026 prioriteras"]),
    ("Kallelserna till barn och unga samordnas i hela regionen.",
     ["en gemensam kallelsefunktion inrättas från april",
      "påminnelser skickas med sms två dagar före besöket"]),
    ("Tandhygienister tar över fler undersökningar av vuxna revisionspatienter.", []),
    ("Rekryteringen av tandläkare till södra området intensifieras.",
     ["ett introduktionsprogram för nyexaminerade startar i augusti"]),
]
for i, (t, subs) in enumerate(items, 1):
    pdf.set_font("Sans", "B", 10)
    pdf.set_x(22)
    pdf.cell(8, 5.2, f"{i}.")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(158, 5.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
    for s_ in subs:
        pdf.set_x(30)
        pdf.cell(6, 5, "–")
        pdf.multi_cell(150, 5, s_, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.ln(2)
pdf.h1("Beslut")
pdf.p(f"Tandvårdsnämnden godkände uppföljningen den {dmy(C_DECIDED)} och gav tandvårdsdirektören i uppdrag att "
      f"återkomma med en redovisning av åtgärdernas effekt i september 2027.")
pdf.ln(2)
pdf.kv([("Kontakt", f"{C_CONTACT[0]}, {C_CONTACT[1]}"), ("Diarienummer", "TVN 2027/31")], lw=36)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
