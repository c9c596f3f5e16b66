"""(c) Region Porvalla – hälso- och sjukvårdsnämnden: vårdgaranti och tillgänglighet per klinik 2026.

Layout: DejaVu Serif text, DejaVu Sans headings, DejaVu Sans Condensed table, portrait, 4 pages, indigo accent.
P. 1 has no running header: a drawn INDIGO ROUNDED SQUARE WITH A WHITE CROSS beside "REGION PORVALLA" in spaced
capitals and "Hälso- och sjukvårdsnämnden", a thin rule, the title, "Sammanfattning" in justified serif text with
competing figures (first visits within 90 days 81,2 vs 82,9 % in 2025 vs the target 85; four of eleven clinics;
operations 77,5 vs 78,7 % vs the target 80; 3 465 patients waiting over 90 days vs 2 870) and "Så läser du
rapporten" as a DEFINITION LIST (the term in small indigo capitals on its own line, the explanation indented under
it). P. 2: Tabell 1 per clinic with a STACKED HEADING whose upper cells ("Första besök", "Operation/åtgärd") sit over
a DRAWN BRACKET (a rule with end ticks) and whose lower cells carry a THIRD LINE WITH THE TARGET ("mål 85"),
the hospitals as group lines LED BY A SMALL INDIGO SQUARE with a rule to the right margin, an italic "<sjukhus>
totalt" row after each hospital, "Regionen totalt" as WHITE BOLD TEXT ON AN INDIGO BAND, shares under the target
marked by a SMALL DRAWN DOWNWARD TRIANGLE before the figure (legend under the table), signed changes in percentage
points and "–" where a clinic does not operate. P. 3: Figur 1, a DUMBBELL CHART of the share of first visits within
90 days per clinic (open circle 2025, filled circle 2026, joined by a line) under the two hospital captions, a
DASHED VERTICAL TARGET LINE and the 2026 value printed beside each filled circle; comments per hospital (the passage
on the eye clinic at Kyrkmora sjukhus). P. 4: the measures for 2027 as a NUMBERED LIST WITH LETTERED SUB-ITEMS,
the care guarantee explained in a FRAMED NOTE, decision and contact. Metadata title set.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (C_HOSPITALS, C_CLINICS, C_TARGETS, C_OVER90_PREV, C_PASSAGE, C_DECIDED, C_CONTACT, C_ANALYST,
                  c_clinics, c_tot, c_val, g, d1, dmy)

OUT = HERE / "region-porvalla-vardgaranti-tillganglighet-2026.pdf"
IND = (52, 56, 128)
GREY = (110, 110, 110)
WORD = {3: "tre", 4: "fyra", 5: "fem", 10: "tio", 11: "elva"}


class CDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*IND)
            self.rect(22, 12, 12, 12, style="F", round_corners=True, corner_radius=2.2)
            self.set_fill_color(255, 255, 255)
            self.rect(26.9, 14.2, 2.2, 7.6, style="F")
            self.rect(24.2, 16.9, 7.6, 2.2, style="F")
            self.set_xy(37, 12.5)
            self.set_font("Sans", "B", 11)
            self.set_text_color(*IND)
            self.cell(100, 6, "R E G I O N   P O R V A L L A")
            self.set_xy(37, 18.5)
            self.set_font("Sans", "", 8.5)
            self.set_text_color(*GREY)
            self.cell(100, 5, "Hälso- och sjukvårdsnämnden")
            self.set_text_color(0, 0, 0)
            self.hline(22, 188, 28, 0.3, (150, 150, 150))
            self.set_y(36)
            return
        super().header()


pdf = CDoc("Region Porvalla", "Vårdgaranti och tillgänglighet 2026", "{p} (4)", font="dejavu", serif=True,
           accent=IND, foot="Region Porvalla · Hälso- och sjukvårdsnämnden · Dnr HSN 2027/58",
           title="Region Porvalla – Vårdgaranti och tillgänglighet per klinik 2026", author="Region Porvalla",
           created=dt.datetime(2027, 3, 9, 10, 0, tzinfo=dt.timezone.utc), justify=True)

tot = c_tot()
ops = [c for c in C_CLINICS if c[4] is not None]
reach_v = [c for c in C_CLINICS if c[2] >= C_TARGETS[0]]
reach_o = [c for c in ops if c[4] >= C_TARGETS[1]]

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*IND)
pdf.multi_cell(150, 9, "Vårdgaranti och tillgänglighet i den specialiserade vården 2026", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.set_font("Sans", "", 10)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, "Uppföljning per klinik, läget den 31 december 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Sammanfattning")
pdf.p(f"Andelen patienter som fick ett första besök inom 90 dagar var {d1(tot[0])} procent 2026, jämfört med "
      f"{d1(tot[5])} procent 2025. Regionens mål är minst {C_TARGETS[0]} procent. {WORD[len(reach_v)].capitalize()} "
      f"av {WORD[len(C_CLINICS)]} kliniker nådde målet.", size=10.2)
pdf.p(f"För operation eller åtgärd var andelen inom 90 dagar {d1(tot[2])} procent, att jämföra med {d1(tot[6])} "
      f"procent året innan och målet på minst {C_TARGETS[1]} procent. {WORD[len(reach_o)].capitalize()} av de "
      f"{WORD[len(ops)]} kliniker som opererar nådde målet.", size=10.2)
pdf.p(f"Vid årsskiftet hade {g(tot[4])} patienter väntat längre än 90 dagar på ett första besök eller en "
      f"operation, vilket är {g(tot[4] - C_OVER90_PREV)} fler än ett år tidigare, då de var {g(C_OVER90_PREV)}. "
      f"De största försämringarna hade hudsjukvården vid Kyrkmora sjukhus för första besök och ögonsjukvården "
      f"vid samma sjukhus för operationer.", size=10.2)
pdf.p("Ortopedin vid Porvalla lasarett har fortfarande den längsta kön i antal patienter, men kön har slutat växa "
      "sedan en extra operationssal öppnades i oktober.", size=10.2)
pdf.ln(2)
pdf.h1("Så läser du rapporten")
defs = [
    ("Andel inom 90 dagar", "Andelen av de väntande patienterna som vid mättillfället hade väntat högst 90 dagar. "
                            "Mätningen görs den sista dagen i varje månad; rapporten visar läget i december."),
    ("Förändring", "Skillnaden i procentenheter mot december 2025. Plustecken betyder att andelen har ökat."),
    ("Väntande över 90 dagar", "Antalet patienter som vid årsskiftet hade väntat längre än vårdgarantin medger, "
                               "på ett första besök eller på en operation eller åtgärd."),
    ("Sjukhusens och regionens värden", "Vägda med antalet patienter per klinik."),
]
for term, expl in defs:
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_text_color(*IND)
    pdf.cell(0, 4.6, term.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(30)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(158, 4.8, expl, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

# ---------------------------------------------------------------- p. 2 table
pdf.add_page()
pdf.h1("Tabell 1 Tillgänglighet per klinik 2026")
X0 = 22
WID = [50, 22, 22, 22, 22, 28]
AL = ["L", "R", "R", "R", "R", "R"]
TW = sum(WID)
xs = [X0]
for w in WID:
    xs.append(xs[-1] + w)
y = pdf.get_y() + 2
pdf.set_font("Cond", "B", 8.8)
pdf.set_text_color(*IND)
for label, a, b in (("Första besök", 1, 3), ("Operation/åtgärd", 3, 5)):
    pdf.set_xy(xs[a], y)
    pdf.cell(xs[b] - xs[a], 4.5, label, align="C")
    yy = y + 5.2
    pdf.hline(xs[a] + 2, xs[b] - 2, yy, 0.4, IND)
    pdf.vline(xs[a] + 2, yy, yy + 1.4, 0.4, IND)
    pdf.vline(xs[b] - 2, yy, yy + 1.4, 0.4, IND)
pdf.set_text_color(0, 0, 0)
y += 7.5
head = ["Klinik", f"Inom 90 dagar, %\nmål {C_TARGETS[0]}", "Förändring\np.e.",
        f"Inom 90 dagar, %\nmål {C_TARGETS[1]}", "Förändring\np.e.", "Väntande över 90 dagar, antal"]
h = pdf.row(X0, y, WID, AL, head, font="Cond", size=8.4, style="B")
pdf.hline(X0, X0 + TW, y + h + 0.3, 0.8, IND)
y += h + 1.4


def tri(x, y):
    """a small downward triangle: the share misses its target"""
    pdf.set_fill_color(190, 60, 50)
    pdf.polygon([(x, y), (x + 2.2, y), (x + 1.1, y + 1.9)], style="F")


def data_row(c, y):
    cells = [c[1], c_val(c[2]), c_val(c[3], True), c_val(c[4]), c_val(c[5], True), g(c[6])]
    hh = pdf.row_h(WID, cells, font="Cond", size=9) + 0.4
    miss_v = c[2] < C_TARGETS[0]
    miss_o = c[4] is not None and c[4] < C_TARGETS[1]
    pdf.row(X0, y, WID, AL, cells, font="Cond", size=9, h=hh,
            styles=[None, "B" if miss_v else None, None, "B" if miss_o else None, None, None])
    pdf.set_font("Cond", "B", 9)
    for k, miss in ((1, miss_v), (3, miss_o)):
        if miss:
            wtxt = pdf.get_string_width(cells[k])
            tri(xs[k + 1] - 1.2 - wtxt - 3.6, y + hh / 2 - 0.9)
    pdf.hline(X0, X0 + TW, y + hh, 0.1, (205, 205, 205))
    return hh


for hosp in C_HOSPITALS:
    pdf.set_fill_color(*IND)
    pdf.rect(X0, y + 2.0, 2.4, 2.4, style="F")
    pdf.set_xy(X0 + 3.8, y + 0.8)
    pdf.set_font("Cond", "B", 9.4)
    pdf.cell(80, 5, hosp)
    pdf.hline(X0 + 7.5 + pdf.get_string_width(hosp), X0 + TW, y + 3.3, 0.25, IND)
    y += 6.5
    for c in c_clinics(hosp):
        y += data_row(c, y)
    t = c_tot(hosp)
    cells = [f"{hosp} totalt", d1(t[0]), d1(t[1], True), d1(t[2]), d1(t[3], True), g(t[4])]
    y += pdf.row(X0, y, WID, AL, cells, font="Cond", size=9, style="I") + 2
t = c_tot()
cells = ["Regionen totalt", d1(t[0]), d1(t[1], True), d1(t[2]), d1(t[3], True), g(t[4])]
hh = pdf.row_h(WID, cells, font="Cond", size=9.2, style="B") + 1
pdf.set_fill_color(*IND)
pdf.rect(X0, y, TW, hh, style="F")
pdf.row(X0, y, WID, AL, cells, font="Cond", size=9.2, style="B", color=(255, 255, 255), h=hh)
y += hh + 3
tri(X0, y + 1.1)
pdf.set_xy(X0 + 3.5, y)
pdf.set_font("Sans", "", 7.6)
pdf.multi_cell(TW - 3.5, 3.9, f"Triangel och fet siffra = andelen är lägre än målet ({C_TARGETS[0]} procent för "
               f"första besök, {C_TARGETS[1]} procent för operation eller åtgärd). p.e. = procentenheter jämfört "
               f"med december 2025. – = kliniken utför inga operationer som omfattas av vårdgarantin.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(X0 + 3.5)
pdf.multi_cell(TW - 3.5, 3.9, "Källa: regionens väntetidsdatabas, mätning 2026-12-31.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.h2("Om tabellen")
pdf.p("Kvinnosjukvården, ögonsjukvården vid Porvalla lasarett, allmänkirurgin vid Kyrkmora sjukhus och kardiologin "
      "når målet för både första besök och operation. Ortopedin vid Porvalla lasarett har flest väntande, men "
      "andelen inom 90 dagar är lägst inom hudsjukvården vid Kyrkmora sjukhus.", size=9.8)

# ---------------------------------------------------------------- p. 3 dumbbell chart and comments
pdf.add_page()
pdf.h1("Figur 1 Andel första besök inom 90 dagar, procent")
x0, x1 = 84, 178
vmin, vmax = 50, 100


def xv(v):
    return x0 + (v - vmin) / (vmax - vmin) * (x1 - x0)


y = pdf.get_y() + 6
top = y
for hosp in C_HOSPITALS:
    pdf.set_xy(22, y)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*IND)
    pdf.cell(60, 5, hosp)
    pdf.set_text_color(0, 0, 0)
    y += 6.5
    for c in c_clinics(hosp):
        prev = c[2] - c[3]
        pdf.set_xy(24, y - 2)
        pdf.set_font("Sans", "", 8.2)
        pdf.cell(58, 4, c[1], align="R")
        pdf.hline(x0, x1, y, 0.1, (225, 225, 225))
        pdf.set_draw_color(150, 150, 170)
        pdf.set_line_width(0.7)
        pdf.line(xv(prev), y, xv(c[2]), y)
        pdf.set_line_width(0.3)
        pdf.set_draw_color(*IND)
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(xv(prev) - 1.3, y - 1.3, 2.6, 2.6, style="FD")
        pdf.set_fill_color(*IND)
        pdf.ellipse(xv(c[2]) - 1.3, y - 1.3, 2.6, 2.6, style="F")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.set_font("Sans", "B", 7.4)
        right = c[2] >= prev
        tx = xv(c[2]) + 2.2 if right else xv(c[2]) - 11.2
        pdf.set_xy(tx, y - 2)
        pdf.cell(9, 4, d1(c[2]), align="L" if right else "R")
        y += 6.4
    y += 2
pdf.vline(xv(C_TARGETS[0]), top + 4, y, 0.4, (190, 60, 50), dash=(1.2, 0.9))
pdf.set_xy(xv(C_TARGETS[0]) - 12, top - 1.5)
pdf.set_font("Sans", "I", 7.6)
pdf.set_text_color(190, 60, 50)
pdf.cell(24, 4, f"Mål {C_TARGETS[0]} %", align="C")
pdf.set_text_color(0, 0, 0)
pdf.hline(x0, x1, y, 0.3)
pdf.set_font("Sans", "", 7.4)
for v in range(vmin, vmax + 1, 10):
    pdf.vline(xv(v), y, y + 1.2, 0.3)
    pdf.set_xy(xv(v) - 5, y + 1.5)
    pdf.cell(10, 3.5, str(v), align="C")
y += 7
pdf.set_draw_color(*IND)
pdf.set_fill_color(255, 255, 255)
pdf.ellipse(x0, y + 0.6, 2.6, 2.6, style="FD")
pdf.set_xy(x0 + 3.5, y)
pdf.cell(20, 4, "2025")
pdf.set_fill_color(*IND)
pdf.ellipse(x0 + 20, y + 0.6, 2.6, 2.6, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(x0 + 23.5, y)
pdf.cell(30, 4, "2026 (värdet utskrivet)")
pdf.set_y(y + 9)
pdf.h1("Kommentarer per sjukhus")
pdf.h2("Porvalla lasarett")
pdf.p("Urologin tappade mest vid lasarettet. Antalet remisser ökade med en femtedel efter att screeningen för "
      "prostatacancer utökades, och mottagningen hann inte anpassa sin kapacitet. Ögonsjukvården förbättrade sina "
      "resultat genom att flytta enklare kataraktoperationer till kvällstid.", size=9.8)
pdf.h2("Kyrkmora sjukhus")
pdf.p(f"Ögonsjukvården vid Kyrkmora sjukhus försämrades kraftigt under året, framför allt för operationer. "
      f"Försämringen beror på att {C_PASSAGE}. Hudsjukvården har haft en vakant överläkartjänst sedan våren.",
      size=9.8)

# ---------------------------------------------------------------- p. 4 measures, decision
pdf.add_page()
pdf.h1("Åtgärder 2027")
pdf.numbered([
    ("Köerna inom ortopedi och ögonsjukvård ska kortas med hjälp av vårdgarantikansliet.",
     ["patienter som väntat över 90 dagar erbjuds vård hos annan vårdgivare",
      "kansliet rapporterar läget till nämnden varje månad"]),
    ("Urologin vid Porvalla lasarett får förstärkning med en sjuksköterskeledd mottagning.", []),
    ("Ögonsjukvården vid Kyrkmora sjukhus återgår till full operationskapacitet.",
     ["ventilationsarbetet avslutas i februari", "rekrytering av två ögonläkare pågår"]),
    ("Hudsjukvården prövar digitala förstabesök för vissa remisser.", []),
], size=10)
pdf.ln(2)
y = pdf.get_y()
pdf.set_draw_color(*IND)
pdf.set_line_width(0.4)
pdf.rect(22, y, 166, 30, style="D")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(26, y + 3)
pdf.set_font("Sans", "B", 9.4)
pdf.set_text_color(*IND)
pdf.cell(0, 5, "Vårdgarantin", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_x(26)
pdf.set_font("Serif", "", 9.4)
pdf.multi_cell(158, 4.8, "Enligt hälso- och sjukvårdslagen ska en patient få ett första besök i den "
               "specialiserade vården inom 90 dagar från remissen och en planerad operation eller åtgärd inom 90 "
               "dagar från beslutet. Om regionen inte klarar tidsgränsen ska patienten erbjudas vård hos en annan "
               "vårdgivare utan extra kostnad.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 36)
pdf.h1("Beslut")
pdf.p(f"Hälso- och sjukvårdsnämnden godkände uppföljningen den {dmy(C_DECIDED)} och gav hälso- och "
      f"sjukvårdsdirektören i uppdrag att redovisa effekten av åtgärderna i samband med delårsrapporten per augusti "
      f"2027.", size=10)
pdf.ln(2)
pdf.kv([("Kontakt", f"{C_CONTACT[0]}, {C_CONTACT[1]}"), ("Analys och statistik", f"{C_ANALYST}, analytiker"),
        ("Diarienummer", "HSN 2027/58")], lw=44)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
