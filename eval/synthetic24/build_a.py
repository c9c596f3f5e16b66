"""(a) Gräsviks kommun – kultur- och fritidsnämndens nämndbudget 2027 med plan 2028 (tkr).

Layout: Liberation Sans (Word look), portrait. P. 1: a dark title bar with the nämnd, a key–value block, a
summary whose sentences carry competing totals (ram 2027 vs budget 2026 vs plan 2028, compensation vs
ramförändringar, Kultur vs Fritid) and an "–" list of the budget's starting points. P. 2: Tabell 1, the frame
per verksamhet with TOTALS FIRST: the nämnd total is the first (shaded, bold) row, and every verksamhetsområde
row carries its own sums ABOVE its indented verksamheter (no Summa rows at the bottom). The table has VERTICAL
COLUMN RULES ONLY (no row rules), a heavy rule at the top, under the two-line heading and at the bottom;
ramförändringar are signed ("+640", "−450") and "–" marks none. Notes follow. P. 3: "Ramförändringar 2027" as
TWO SIDE-BY-SIDE BOXES, Tillskott (left) and Besparingar (right), each with a coloured caption bar, entries
"T1" … / "B1" … whose text wraps with a small grey "Verksamhet:" line under it and the signed amount at the
right, a sum line at the foot of each box and a full-width net line under both. Then comments. P. 4: comments
per verksamhetsområde and a "•" list of nämndens uppdrag. Metadata title set.
"""
import datetime as dt

from common24 import HERE, Doc, grp, nb
from data import (A_GROUPS, A_CHANGES, A_KOMP_PCT, A_PLAN_PCT, A_HALL_2028, a_rows, a_sum, a_tillskott,
                  a_besparingar, sgrp)

OUT = HERE / "grasvik-kfn-namndbudget-2027.pdf"
ACC = (92, 40, 96)
pdf = Doc("Gräsviks kommun", "Kultur- och fritidsnämnden", "Sida {p} av 4", font="liberation", accent=ACC,
          foot="Gräsviks kommun · Kultur- och fritidsförvaltningen · Nämndbudget 2027 med plan 2028",
          title="Gräsviks kommun – Kultur- och fritidsnämndens nämndbudget 2027 med plan 2028",
          author="Kultur- och fritidsförvaltningen",
          created=dt.datetime(2026, 10, 26, 9, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)

tot = a_sum()
kul, fri = a_sum("Kultur"), a_sum("Fritid")
incr = tot[3] - tot[0]
pct = f"{incr / tot[0] * 100:.1f}".replace(".", ",")
rows = a_rows()
R = {r[1]: r for r in rows}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
y = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(20, y, pdf.epw, 24, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(25, y + 3)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, "KULTUR- OCH FRITIDSNÄMNDEN")
pdf.set_xy(25, y + 9)
pdf.set_font("Sans", "B", 19)
pdf.cell(0, 10, "Nämndbudget 2027 med plan 2028")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 30)
pdf.kv([("Nämnd", "Kultur- och fritidsnämnden i Gräsviks kommun"),
        ("Beslutad", "Kultur- och fritidsnämnden 2026-10-21, § 67"),
        ("Diarienummer", "KFN 2026/118"),
        ("Belopp", "Tusentals kronor (tkr) i löpande priser"),
        ("Kontakt", "Sofia Carlander, förvaltningsekonom")], lw=36, size=9.4, lh=4.8)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Kommunfullmäktige har gett kultur- och fritidsnämnden en driftram på {grp(tot[3])} tkr för 2027. Det är "
      f"{grp(incr)} tkr eller {pct} procent mer än budgeten för 2026, som var {grp(tot[0])} tkr. Av ökningen "
      f"består {grp(tot[1])} tkr av pris- och lönekompensation, medan tillskott och besparingar tillsammans ger "
      f"netto {grp(tot[2])} tkr.", size=9.8)
pdf.p(f"Kultur får en ram på {grp(kul[3])} tkr och Fritid {grp(fri[3])} tkr. Nämndens gemensamma kostnader "
      f"för nämnd och förvaltningsledning minskar till {grp(tot[3] - kul[3] - fri[3])} tkr genom en samordnad "
      "administration.", size=9.8)
pdf.p(f"I planen för 2028 beräknas ramen till {grp(tot[4])} tkr. Planen innehåller driften av Sandvallshallen, "
      "som enligt tidplanen öppnar i januari 2028.", size=9.8)
pdf.h2("Utgångspunkter för budgeten")
pdf.bullets([f"Pris- och lönekompensationen är {str(A_KOMP_PCT).replace('.', ',')} procent för 2027 och "
             "beräknas på budget 2026 för varje verksamhet.",
             "Föreningsbidragen räknas inte upp. Förändringar i bidragen beslutas som särskilda tillskott eller "
             "besparingar.",
             f"Planåret 2028 räknas upp med {str(A_PLAN_PCT).replace('.', ',')} procent, utom föreningsbidragen.",
             "Internhyror för kommunens lokaler ingår i verksamheternas ramar."],
            sym="–", size=9.4, lh=4.6)
pdf.h2("Läsanvisning")
pdf.p("Tabell 1 redovisar först nämndens totala ram och därefter varje verksamhetsområde med dess summa på "
      "samma rad, följt av verksamheterna. Ramförändringarna i kolumnen till höger om kompensationen "
      "specificeras på sidan 3.", size=9.4)

# ---------------------------------------------------------------- p. 2  Tabell 1 (totals first, vertical rules)
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Driftram per verksamhet, tkr", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [62, 20, 23, 24, 20, 21]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
RH = 6.2
ytop = pdf.get_y()
pdf.set_line_width(0.7)
pdf.line(20, ytop, RIGHT, ytop)
pdf.set_line_width(0.2)
heads = ["Verksamhetsområde\noch verksamhet", "Budget\n2026", "Pris- och\nlönekomp.", "Ram-\nförändringar",
         "Ram\n2027", "Plan\n2028"]
pdf.set_font("Sans", "B", 8.6)
for i, h in enumerate(heads):
    pdf.set_xy(X[i] + (1.5 if i == 0 else 0), ytop + 1.2)
    pdf.multi_cell(W[i] - 2, 4.1, h, align="L" if i == 0 else "R")
yh = ytop + 10.6
pdf.set_line_width(0.7)
pdf.line(20, yh, RIGHT, yh)
pdf.set_line_width(0.2)
pdf.set_y(yh + 0.8)


def trow(label, vals, style="", indent=1.5, fill=None, size=8.8):
    y = pdf.get_y()
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(20, y, sum(W), RH, style="F")
    pdf.set_font("Sans", style, size)
    pdf.set_xy(X[0] + indent, y)
    pdf.cell(W[0] - indent, RH, label)
    for i, v in enumerate(vals, 1):
        pdf.set_xy(X[i], y)
        pdf.cell(W[i] - 1.5, RH, v, align="R")
    pdf.set_y(y + RH)


def vals_of(b26, komp, ch, ram, plan):
    return [grp(b26), grp(komp) if komp else "–", sgrp(ch), grp(ram), grp(plan)]


trow("Kultur- och fritidsnämnden totalt", vals_of(*tot), "B", fill=(228, 214, 230))
pdf.ln(1.2)
for g, rs in A_GROUPS:
    trow(g, vals_of(*a_sum(g)), "B", fill=(244, 238, 245))
    for v, _, _ in rs:
        r = R[v]
        trow(v, vals_of(*r[2:]), "", indent=6)
    pdf.ln(1.2)
ybot = pdf.get_y()
pdf.set_line_width(0.7)
pdf.line(20, ybot, RIGHT, ybot)
pdf.set_line_width(0.2)
pdf.set_draw_color(120, 120, 120)
for x in X[1:]:
    pdf.line(x, ytop, x, ybot)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(ybot + 3)
pdf.set_font("Sans", "", 7.8)
for note in ("Ram 2027 = budget 2026 + pris- och lönekompensation + ramförändringar. Ramförändringar med "
             "minustecken är besparingar.",
             "Föreningsbidragen räknas inte upp med pris- och lönekompensation. Ramen för 2027 ändras bara genom "
             "tillskott T6 och besparing B7.",
             f"Plan 2028 innehåller {grp(A_HALL_2028)} tkr för driften av Sandvallshallen under "
             "idrotts- och fritidsanläggningar.",
             "Källa: Gräsviks kommuns budgetsystem, kommunfullmäktiges beslut om mål och budget 2027 den "
             "2026-06-15."):
    pdf.multi_cell(0, 3.8, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(3)
pdf.h2("Fördelning mellan verksamhetsområdena")
pdf.p(f"Fritid har den största andelen av ramen, {round(fri[3] / tot[3] * 100)} procent, följt av Kultur med "
      f"{round(kul[3] / tot[3] * 100)} procent. Den enskilt största verksamheten är idrotts- och "
      f"fritidsanläggningar med {grp(R['Idrotts- och fritidsanläggningar'][5])} tkr 2027, vilket är "
      f"{grp(R['Idrotts- och fritidsanläggningar'][5] - R['Idrotts- och fritidsanläggningar'][2])} tkr mer än "
      "2026.", size=9.4)

# ---------------------------------------------------------------- p. 3 Ramförändringar in two boxes
pdf.add_page()
pdf.h1("Ramförändringar 2027", size=12.5)
pdf.p("Utöver pris- och lönekompensationen har nämnden fått tillskott för nya och utökade verksamheter och "
      "har själv beslutat om besparingar. Beloppen anges i tkr och avser helår 2027.", size=9.4)
gap = 6
BW = (pdf.epw - gap) / 2
y0 = pdf.get_y() + 1


def box(x, caption, fill, items, sum_label, sum_val):
    pdf.set_fill_color(*fill)
    pdf.rect(x, y0, BW, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_xy(x + 2, y0 + 1)
    pdf.cell(BW - 4, 5, caption)
    pdf.set_text_color(0, 0, 0)
    y = y0 + 9
    for cid, text, verk, amt in items:
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_xy(x + 1.5, y)
        pdf.cell(7, 4.4, cid)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_xy(x + 9, y)
        pdf.multi_cell(BW - 27, 4.4, text, align="L")
        y2 = pdf.get_y()
        pdf.set_font("Sans", "", 7.6)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(x + 9, y2)
        pdf.multi_cell(BW - 27, 3.7, "Verksamhet: " + verk, align="L")
        pdf.set_text_color(0, 0, 0)
        y3 = pdf.get_y()
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_xy(x + BW - 18, y)
        pdf.cell(16.5, 4.4, sgrp(amt), align="R")
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x + 1.5, y3 + 1.4, x + BW - 1.5, y3 + 1.4)
        pdf.set_draw_color(0, 0, 0)
        y = y3 + 2.8
    return y, (x, sum_label, sum_val)


yl, sl = box(20, "Tillskott", (46, 120, 70), [c for c in A_CHANGES if c[3] > 0], "Summa tillskott", a_tillskott())
yr, sr = box(20 + BW + gap, "Besparingar", (170, 60, 50), [c for c in A_CHANGES if c[3] < 0],
             "Summa besparingar", a_besparingar())
ys = max(yl, yr) + 1
for x, lab, v in (sl, sr):
    pdf.set_line_width(0.5)
    pdf.line(x, ys, x + BW, ys)
    pdf.set_line_width(0.2)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(x + 1.5, ys + 1)
    pdf.cell(BW - 20, 5, lab)
    pdf.cell(16.5, 5, sgrp(v), align="R")
for x in (20, 20 + BW + gap):
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(x, y0, BW, ys + 7 - y0)
    pdf.set_draw_color(0, 0, 0)
pdf.set_xy(20, ys + 10)
pdf.set_fill_color(238, 232, 240)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(pdf.epw - 20, 7, "  Ramförändringar netto 2027", fill=True)
pdf.cell(20, 7, sgrp(tot[2]) + "  ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.h2("Kommentarer till ramförändringarna")
sp = [c for c in A_CHANGES if c[0] == "B4"][0]
pdf.p(f"Den största besparingen är att fritidsgården Spiran avvecklas, vilket minskar kostnaderna med "
      f"{grp(-sp[3])} tkr. Fritidsgården Spiran har haft i genomsnitt 14 besökare per kväll under 2026, och "
      "lokalen behöver en omfattande renovering av ventilation och tak. Verksamheten flyttar därför till "
      "Kulturhuset Cirkeln, där ungdomarna får tillgång till studio, scen och café.", size=9.4)
t1 = [c for c in A_CHANGES if c[0] == "T1"][0]
pdf.p(f"Det största tillskottet, {grp(t1[3])} tkr, avser drift och skötsel av konstgräsplanen på Sandvallen, som "
      "invigs i april 2027. Tillskottet för simhallens energikostnader ska ses tillsammans med besparingen när "
      "simhallen stängs under juli, och netto ökar simhallens ram därmed med "
      f"{grp(sum(c[3] for c in A_CHANGES if c[2] == 'Gräsviks simhall'))} tkr.", size=9.4)

# ---------------------------------------------------------------- p. 4 comments per area
pdf.add_page()
pdf.h1("Verksamheternas förutsättningar 2027", size=12.5)
pdf.h2("Kultur")
pdf.p("Biblioteket i Skeppsvik blir ett meröppet bibliotek, där låntagare med lånekort och kod kan låna och "
      "lämna böcker även när personalen har gått hem. Kulturskolan har en kö på omkring 180 barn, och "
      "tillskottet räcker till ungefär 90 nya platser i dans, musik och bild. När kulturskolan flyttar in i "
      "Kulturhuset Cirkeln under våren 2027 sjunker dess hyra.", size=9.4)
pdf.p("Anslaget till kommunens egna kulturarrangemang minskar. Nationaldagsfirandet och kulturnatten "
      "genomförs som tidigare, men de mindre konserterna i Kulturhuset Cirkeln blir färre.", size=9.4)
pdf.h2("Fritid")
pdf.p("Sommarlovsaktiviteterna riktas till barn och unga mellan 6 och 15 år och genomförs tillsammans med "
      "föreningarna. Simhallen håller stängt i juli, då underhållet av bassängen görs samtidigt som "
      "personalen har semester. Det lokala aktivitetsstödet höjs, medan grundbidraget till studieförbunden "
      "sänks.", size=9.4)
pdf.p("Nämndens investeringar, bland annat Sandvallshallen, redovisas i kommunens investeringsbudget och ingår "
      "inte i denna nämndbudget.", size=9.4)
pdf.h2("Nämndens uppdrag 2027")
pdf.bullets(["Ta fram en plan för hur fritidsgårdsverksamheten ska bedrivas i Kulturhuset Cirkeln, med "
             "uppföljning efter ett år.",
             "Utreda en gemensam bokningstjänst för idrottshallar, möteslokaler och kulturlokaler.",
             "Följa upp effekterna av meröppet på Skeppsviks bibliotek och redovisa antalet besök före och "
             "efter.",
             "Redovisa kulturskolans kö två gånger per år till nämnden."], size=9.4, lh=4.6)
pdf.ln(2)
pdf.set_font("Sans", "I", 8.6)
pdf.multi_cell(0, 4.2, "Nämndbudgeten har beslutats av kultur- och fritidsnämnden och skickas till "
               "kommunstyrelsen för kännedom.", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
