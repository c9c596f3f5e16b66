"""(b) Region Ulfsäter – hälso- och sjukvårdsnämnden: primärvårdens uppföljning 2026 (listning, tillgänglighet och
patientenkät per vårdcentral).

Layout: DejaVu Sans, portrait, 4 pages. P. 1 has no running header: "REGION ULFSÄTER" with a drawn mark of FOUR
QUARTER CIRCLES, the title and subtitle over a teal rule, "Sammanfattning" as THREE KEY MESSAGES EACH LED BY A LARGE
TEAL NUMERAL in a left column (region-wide telephone accessibility 85,0 vs 85,1 and the target 90; visits within
three days 78,4 vs 77,8 and the target 80; the survey index 81,4 vs 81,3 and the target 82) and "Om uppföljningen"
as a DEFINITION LIST (the term in bold on its own line, the explanation indented under it). Pp. 2–3: Tabell 1 in
LONG FORMAT – every health centre a block of TWO YEAR ROWS, THE OLDER YEAR FIRST: the name only on the 2025 row, the
2026 row under it in BOLD – with a two-line column heading on a teal band (white type), a "Målnivå 2026" ROW IN A
DASHED FRAME DIRECTLY UNDER THE HEADING (repeated on p. 3), the two groups as FULL-WIDTH BANDS IN PALE TEAL with the
group name in teal capitals, CELLS BELOW THE TARGET FILLED ROSE, hairlines between blocks only. The table breaks
inside the private group after Grönkulla ("Tabell 1 fortsätter på nästa sida"); p. 3 repeats "Tabell 1 (forts.)",
the heading band, the target row and the group band with "(forts.)", ends with the two "Regionen totalt" rows
(weighted by listed patients) between heavy rules, a legend of the rose cells and a note, then "Vårdcentraler under
målnivån" – three short paragraphs naming the units below each target. P. 4: "Analys och åtgärder" (the passage on
Kopparvik), the measures for 2027 as a "•" list, the decision line and the contact. Metadata title set.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (B_GROUPS, B_UNITS, B_TARGETS, B_BREAK_AFTER, B_PASSAGE, B_DECIDED, B_CONTACT, b_tot, b_below,
                  g, d1, dmy)

OUT = HERE / "region-ulfsater-primarvardens-uppfoljning-2026.pdf"
TEAL = (16, 96, 110)
PALE = (222, 238, 240)
ROSE = (248, 214, 214)
pdf = Doc("Region Ulfsäter", "Primärvårdens uppföljning 2026", "Sida {p} (4)", font="dejavu", accent=TEAL,
          title="Region Ulfsäter – Primärvårdens uppföljning 2026", author="Region Ulfsäter, hälso- och sjukvårdsförvaltningen",
          foot="Region Ulfsäter · Hälso- och sjukvårdsnämnden · Dnr HSN 2027/34",
          created=dt.datetime(2027, 2, 12, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
T5, T6 = b_tot(2025), b_tot(2026)
WORDS = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio"}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*TEAL)
for k, (dx, dy, a0, a1) in enumerate(((0, 0, 180, 270), (1.2, 0, 270, 360), (0, 1.2, 90, 180), (1.2, 1.2, 0, 90))):
    pdf.solid_arc(18 + dx, 14 + dy, 12, a0, a1, style="F")
pdf.set_xy(34, 15)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*TEAL)
pdf.cell(0, 6, "REGION ULFSÄTER", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(34, 21)
pdf.set_font("Sans", "", 8.5)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Hälso- och sjukvårdsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(38)
pdf.set_font("Sans", "B", 20)
pdf.cell(0, 9, "Primärvårdens uppföljning 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Listning, tillgänglighet och patientenkät per vårdcentral", new_x="LMARGIN", new_y="NEXT")
pdf.hline(20, 190, pdf.get_y() + 2, 0.8, TEAL)
pdf.set_y(pdf.get_y() + 7)
pdf.h1("Sammanfattning")
msgs = [
    f"Telefontillgängligheten i regionen var {d1(T6[1])} procent under 2026, jämfört med {d1(T5[1])} procent året "
    f"innan. Målnivån är {B_TARGETS[0]} procent och nåddes av {WORDS[12 - len(b_below(1))]} av tolv "
    f"vårdcentraler.",
    f"Andelen besök hos läkare eller sjuksköterska inom tre dagar ökade till {d1(T6[2])} procent från "
    f"{d1(T5[2])} procent. Målnivån {B_TARGETS[1]} procent nåddes inte för regionen som helhet.",
    f"Patientenkätens sammanvägda index blev {d1(T6[3])} mot {d1(T5[3])} föregående år. Målnivån är "
    f"{B_TARGETS[2]}, och skillnaden mellan vårdcentralerna är fortsatt stor.",
]
for k, m in enumerate(msgs, 1):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 26)
    pdf.set_text_color(*TEAL)
    pdf.set_xy(20, y - 1)
    pdf.cell(14, 11, str(k))
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.8)
    pdf.set_xy(36, y)
    pdf.multi_cell(154, 5, m, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 11) + 3)
pdf.h1("Om uppföljningen")
defs = [
    ("Listade patienter", "Antalet personer som var listade vid vårdcentralen den 31 december."),
    ("Telefontillgänglighet", "Andelen samtal där patienten fick kontakt med vårdcentralen samma dag, antingen "
                              "direkt eller genom att bli uppringd."),
    ("Besök inom 3 dagar", "Andelen patienter som fick en medicinsk bedömning av läkare eller sjuksköterska inom "
                           "tre dagar efter sin första kontakt."),
    ("Patientenkät", "Sammanvägt index (0–100) för frågorna om bemötande, delaktighet och helhetsintryck i den "
                     "nationella patientenkäten."),
]
for term, expl in defs:
    pdf.set_font("Sans", "B", 9.6)
    pdf.cell(0, 5, term, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(28)
    pdf.set_font("Sans", "", 9.4)
    pdf.multi_cell(162, 4.8, expl, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.p(f"Uppföljningen har behandlats av hälso- och sjukvårdsnämnden den {dmy(B_DECIDED)}.", size=9.4)

# ---------------------------------------------------------------- pp. 2–3 Tabell 1
W = [46, 14, 26, 28, 28, 28]
AL = ["L", "C", "R", "R", "R", "R"]
TX = 20
TW = sum(W)
XS = [TX]
for w_ in W:
    XS.append(XS[-1] + w_)
HEAD = ["Vårdcentral", "År", "Listade patienter", "Telefon-\ntillgänglighet, %", "Besök inom\n3 dagar, %",
        "Patientenkät,\nindex"]


def heading(y):
    h = pdf.row_h(W, HEAD, lh=3.8, size=7.8, style="B")
    pdf.set_fill_color(*TEAL)
    pdf.rect(TX, y, TW, h, style="F")
    pdf.row(TX, y, W, ["L", "C", "R", "R", "R", "R"], HEAD, lh=3.8, size=7.8, style="B", color=(255, 255, 255))
    y += h + 1.2
    cells = ["Målnivå 2026", "", "–", str(B_TARGETS[0]), str(B_TARGETS[1]), str(B_TARGETS[2])]
    h = pdf.row_h(W, cells, size=8, lh=4)
    pdf.set_draw_color(*TEAL)
    pdf.set_dash_pattern(dash=1, gap=0.8)
    pdf.rect(TX + 0.3, y, TW - 0.6, h)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.row(TX, y, W, AL, cells, size=8, lh=4, style="I", color=TEAL)
    return y + h + 1.2


def group_band(y, text):
    h = 6
    pdf.set_fill_color(*PALE)
    pdf.rect(TX, y, TW, h, style="F")
    pdf.row(TX, y + 0.2, [TW], ["L"], [text.upper()], style="B", size=8, lh=4.2, color=TEAL)
    return y + h


def unit_rows(y, label, vals):
    for k, year in enumerate((2025, 2026)):
        v = vals[year]
        cells = [label if k == 0 else "", str(year), g(v[0]), d1(v[1]), d1(v[2]), d1(v[3])]
        fills = [None, None, None] + [ROSE if v[j] < B_TARGETS[j - 1] else None for j in (1, 2, 3)]
        st = "" if k == 0 else "B"
        h = pdf.row(TX, y, W, AL, cells, size=8.2, lh=4.1, vpad=0.9, style=st,
                    styles=["B", None, None, None, None, None], fills=fills)
        y += h
    pdf.hline(TX, TX + TW, y, 0.15, (170, 170, 170))
    return y


pdf.add_page()
pdf.h1("Resultat per vårdcentral")
pdf.p("Tabell 1 visar resultaten för 2025 och 2026 för varje vårdcentral. Värden under målnivån för 2026 är "
      "markerade. Listningen har ingen målnivå.", size=9.4, after=1.5)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Listning, tillgänglighet och patientenkät per vårdcentral 2025–2026",
         new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
for grp in B_GROUPS:
    y = group_band(y, grp)
    for u in [u for u in B_UNITS if u[0] == grp]:
        y = unit_rows(y, u[1], u[2])
        if u[1] == B_BREAK_AFTER:
            pdf.set_xy(TX, y + 2)
            pdf.set_font("Sans", "I", 7.8)
            pdf.cell(TW, 4, "Tabell 1 fortsätter på nästa sida", align="R")
            pdf.add_page()
            pdf.set_font("Sans", "B", 9)
            pdf.cell(0, 5, "Tabell 1 (forts.)", new_x="LMARGIN", new_y="NEXT")
            y = heading(pdf.get_y() + 1)
            y = group_band(y, f"{grp} (forts.)")
pdf.hline(TX, TX + TW, y, 0.6)
y += 0.4
y = unit_rows(y, "Regionen totalt", {2025: T5, 2026: T6})
pdf.hline(TX, TX + TW, y, 0.6)
y += 2.5
pdf.set_fill_color(*ROSE)
pdf.rect(TX, y + 0.6, 5, 3)
pdf.rect(TX, y + 0.6, 5, 3, style="F")
pdf.set_xy(TX + 7, y)
pdf.set_font("Sans", "", 7.6)
pdf.cell(0, 4, "Värdet ligger under målnivån för 2026.", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(TX)
pdf.multi_cell(TW, 3.8, "Regionens värden är vägda med antalet listade patienter. Källa: regionens "
                        "vårdsystem, telefonisystemet och den nationella patientenkäten.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Vårdcentraler under målnivån")
names = lambda us: ", ".join(u[1] for u in us[:-1]) + " och " + us[-1][1]  # noqa: E731
pdf.p(f"Telefontillgänglighet: {WORDS[len(b_below(1))]} vårdcentraler låg under målnivån {B_TARGETS[0]} procent 2026, "
      f"nämligen {names(b_below(1))}.", size=9.4)
pdf.p(f"Besök inom 3 dagar: under målnivån {B_TARGETS[1]} procent låg {names(b_below(2))}.", size=9.4)
pdf.p(f"Patientenkät: indexet var lägre än {B_TARGETS[2]} vid {names(b_below(3))}.", size=9.4)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("Analys och åtgärder")
pdf.p("Flera vårdcentraler har förbättrat sin telefontillgänglighet efter att ha infört återuppringning och "
      "digital incheckning. Ramsdal har de bästa resultaten i regionen för både telefon och patientenkät.")
pdf.p(f"Den största försämringen gäller Kopparvik, där telefontillgängligheten sjönk kraftigt. {B_PASSAGE}. "
      f"Vårdcentralen har under vintern anställt en ny distriktsläkare och infört tidsbokning via 1177.")
pdf.p("Gärdsta och Ryggåsen har låga värden för alla tre målen. Båda vårdcentralerna har många listade patienter "
      "per läkare och ett högt tryck från patienter med flera kroniska sjukdomar.")
pdf.h2("Åtgärder 2027")
pdf.bullets([
    "Hälso- och sjukvårdsförvaltningen gör riktade uppföljningsbesök vid de vårdcentraler som ligger under "
    "målnivån för telefontillgänglighet.",
    "Ersättningen i vårdvalet ändras så att en större del betalas ut när målnivåerna nås.",
    "Ett gemensamt telefonsystem med köplatsfunktion införs vid alla regiondrivna vårdcentraler.",
    "Resultaten redovisas för nämnden varje tertial från och med 2027.",
], size=9.8)
pdf.ln(4)
pdf.kv([("Beslut", f"Hälso- och sjukvårdsnämnden {dmy(B_DECIDED)}, § 22"),
        ("Kontakt", f"{B_CONTACT[0]}, {B_CONTACT[1]}")], lw=30, size=9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
