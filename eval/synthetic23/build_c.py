"""(c) Ringvalla kommun – kvalitetsrapport särskilt boende 2026 (äldreomsorg).

Layout: DejaVu Sans, portrait. P. 1: a FULL-WIDTH COLOURED TITLE PANEL with the title in white, an intro, a
key–value block and "Resultat i korthet" as a SCORECARD LIST: a coloured triangle ▲ / ▼ / ► per indicator
followed by the value, the previous year in parentheses and the national value. P. 2: Tabell 1, one row per
nursing home, with a TWO-LEVEL HEADING whose three spanning group cells are TINTED IN DIFFERENT COLOURS
("Boendet" over Boende / Inriktning / Platser, "Drift 2026" over Beläggning and Personalkontinuitet,
"Brukarbedömning" over Andel nöjda 2025 / 2026). SUPERSCRIPT FOOTNOTE MARKERS sit on heading cells and on single
value cells ("81,7⁴", "–³"). The 2026 satisfaction cells are TINTED GREEN OR ORANGE against the
national value, with a legend. Thin horizontal rules, a bold municipal total row with a rule above, and the
national row in italic grey below a DASHED rule. Footnotes follow. P. 3: comments per home with RUN-IN BOLD
NAMES, the development areas for 2027 as a "☐" CHECKBOX LIST whose items wrap, and the signature. Metadata
title set.
"""
import datetime as dt

from common23 import HERE, Doc, nb
from data import C_HOMES, C_RIKET, C_JUVELEN_OPENED, C_ROSEN_CLOSED, c_total, t1

OUT = HERE / "ringvalla-kvalitetsrapport-sarskilt-boende-2026.pdf"
ACC = (36, 96, 72)
pdf = Doc("Ringvalla kommun", "Vård- och omsorgsförvaltningen", "{p} (3)", font="dejavu", accent=ACC,
          foot="Kvalitetsrapport särskilt boende 2026 · Ringvalla kommun",
          title="Ringvalla kommun – Kvalitetsrapport särskilt boende 2026", author="Vård- och omsorgsförvaltningen",
          created=dt.datetime(2027, 2, 15, 9, 30, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
tot = c_total()
H = {h[0]: h for h in C_HOMES}
n_homes = len(C_HOMES)
WORD = {7: "sju"}

# ---------------------------------------------------------------- page 1
pdf.add_page()
y = pdf.get_y()
pdf.set_fill_color(*ACC)
pdf.rect(pdf.l_margin, y, pdf.epw, 30, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "", 9)
pdf.set_xy(pdf.l_margin + 6, y + 5)
pdf.cell(0, 5, "ÄLDREOMSORG · UPPFÖLJNING AV KVALITET")
pdf.set_font("Sans", "B", 18)
pdf.set_xy(pdf.l_margin + 6, y + 11)
pdf.cell(0, 9, "Kvalitetsrapport särskilt boende 2026")
pdf.set_font("Sans", "", 10)
pdf.set_xy(pdf.l_margin + 6, y + 20.5)
pdf.cell(0, 6, "Ringvalla kommun, vård- och omsorgsnämnden")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 37)
pdf.p(f"Rapporten beskriver kvaliteten i kommunens {WORD[n_homes]} särskilda boenden för äldre under 2026. "
      f"Tillsammans har boendena {tot['platser']} platser. Resultaten bygger på kommunens egen uppföljning av "
      "beläggning och personalkontinuitet och på den nationella brukarundersökningen, där de boende eller "
      "deras närstående svarar på hur nöjda de är med sitt boende.", size=9.8)
pdf.kv([("Nämnd", "Vård- och omsorgsnämnden"),
        ("Uppföljningsperiod", "1 januari–31 december 2026"),
        ("Brukarundersökning", "Genomförd mars–maj 2026, svarsfrekvens 61 procent"),
        ("Kontaktperson", "Anna Rehn, verksamhetschef särskilt boende")], lw=48, size=9.2, lh=4.6)
pdf.h1("Resultat i korthet")
UP, DOWN, SAME = "▲", "▼", "►"
score = [
    (DOWN, (190, 90, 20), f"Andel nöjda: {tot['nojd'][1]} procent (2025: {tot['nojd'][0]} procent). Riket: "
                          f"{C_RIKET['nojd'][1]} procent."),
    (SAME, (90, 90, 90), f"Personalkontinuitet: i genomsnitt {tot['kont']} olika personal på 14 dagar. Riket: "
                         f"{C_RIKET['kont']}."),
    (DOWN, (190, 90, 20), f"Beläggning: {t1(tot['bel'])} procent i genomsnitt, sänkt av att platser var stängda under "
                          "renoveringen på Rosengården."),
    (UP, (40, 130, 70), f"Högst andel nöjda har Enebacken med {H['Enebacken'][6]} procent, som också har "
                        f"bäst personalkontinuitet ({H['Enebacken'][4]} personal)."),
]
for sym, col, text in score:
    yy = pdf.get_y()
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*col)
    pdf.set_xy(pdf.l_margin + 1, yy)
    pdf.cell(7, 5, sym)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(pdf.l_margin + 8, yy)
    pdf.multi_cell(pdf.epw - 8, 5, nb(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
pdf.h2("Om måtten")
pdf.p("Beläggning är andelen belagda dygn av tillgängliga dygn. Personalkontinuitet anger hur många olika "
      "medarbetare ur omsorgspersonalen en boende möter under 14 dagar; ett lägre tal är bättre. Andelen nöjda "
      "är andelen som svarat att de är ganska eller mycket nöjda med sitt boende som helhet.", size=9.4)

# ---------------------------------------------------------------- page 2: Tabell 1
pdf.add_page()
pdf.h1("Tabell 1. Kvalitet per särskilt boende 2026")
W = [36, 24, 17, 24, 27, 21, 21]
X = [pdf.l_margin]
for w in W[:-1]:
    X.append(X[-1] + w)
R = X[-1] + W[-1]
TINTS = [(222, 236, 228), (230, 230, 242), (246, 236, 222)]
GROUPS = [("Boendet", 0, 3), ("Drift 2026", 3, 5), ("Brukarbedömning", 5, 7)]
y = pdf.get_y() + 1
for (lab, a, b), tint in zip(GROUPS, TINTS):
    pdf.set_fill_color(*tint)
    pdf.rect(X[a], y, X[b - 1] + W[b - 1] - X[a] - 0.8, 6, style="F")
    pdf.rect(X[a], y + 6.5, X[b - 1] + W[b - 1] - X[a] - 0.8, 10, style="F")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_xy(X[a], y)
    pdf.cell(X[b - 1] + W[b - 1] - X[a], 6, lab, align="C")
HEAD2 = [("Boende", ""), ("Inriktning", ""), ("Platser", ""), ("Beläggning,", "%¹"), ("Personal-", "kontinuitet²"),
         ("Andel nöjda,", "% 2025"), ("Andel nöjda,", "% 2026")]
pdf.set_font("Sans", "B", 7.9)
for k, (a, b) in enumerate(HEAD2):
    al = "L" if k < 2 else "R"
    pdf.set_xy(X[k] + (1.5 if al == "L" else 0), y + 7.2)
    pdf.cell(W[k] - 2.5, 4.2, a, align=al)
    pdf.set_xy(X[k] + (1.5 if al == "L" else 0), y + 11.4)
    pdf.cell(W[k] - 2.5, 4.2, b, align=al)
y += 17.2
pdf.set_line_width(0.5)
pdf.line(pdf.l_margin, y, R, y)
pdf.set_line_width(0.2)
RH = 6.6
GOOD, BAD = (212, 236, 214), (250, 222, 196)


def trow(cells, style="", color=(0, 0, 0), fill26=None):
    global y
    if fill26:
        pdf.set_fill_color(*fill26)
        pdf.rect(X[6] + 2, y + 0.5, W[6] - 2.8, RH - 1, style="F")
    pdf.set_text_color(*color)
    for k, c in enumerate(cells):
        pdf.set_font("Sans", style, 8.6)
        al = "L" if k < 2 else "R"
        pdf.set_xy(X[k] + (1.5 if al == "L" else 0), y)
        pdf.cell(W[k] - 2.5, RH, c, align=al)
    pdf.set_text_color(0, 0, 0)
    y += RH


for h in C_HOMES:
    name, inr, pl, bel, kont, n25, n26 = h[:7]
    bel_s = t1(bel) + ("⁴" if name == "Rosengården" else "")
    n25_s = str(n25) if n25 is not None else "–³"
    trow([name, inr, str(pl), bel_s, str(kont), n25_s, str(n26)],
         fill26=GOOD if n26 >= C_RIKET["nojd"][1] else BAD)
    pdf.set_draw_color(210, 210, 210)
    pdf.line(pdf.l_margin, y, R, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.45)
pdf.line(pdf.l_margin, y, R, y)
pdf.set_line_width(0.2)
trow(["Ringvalla totalt", "", str(tot["platser"]), t1(tot["bel"]), str(tot["kont"]), str(tot["nojd"][0]),
      str(tot["nojd"][1])], style="B")
# dashed rule before the national row
xx = pdf.l_margin
while xx < R:
    pdf.line(xx, y + 0.6, min(xx + 1.6, R), y + 0.6)
    xx += 3
y += 1.2
trow(["Riket", "", "–", "–", str(C_RIKET["kont"]), str(C_RIKET["nojd"][0]), str(C_RIKET["nojd"][1])],
     style="I", color=(100, 100, 100))
pdf.set_y(y + 3)
yy = pdf.get_y()
for k, (col, lab) in enumerate([(GOOD, f"Andel nöjda 2026 i nivå med eller över riket ({C_RIKET['nojd'][1]} "
                                       "procent)"),
                                (BAD, "Andel nöjda 2026 under riket")]):
    pdf.set_fill_color(*col)
    pdf.rect(pdf.l_margin, yy + 1 + k * 5.2, 6, 3.4, style="F")
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(pdf.l_margin + 8, yy + k * 5.2)
    pdf.cell(0, 5.2, lab)
pdf.set_y(yy + 13)
pdf.footnotes([("¹", "Belagda dygn i procent av tillgängliga dygn under året."),
               ("²", "Antal olika medarbetare ur omsorgspersonalen som en boende mötte under en period om 14 "
                     "dagar i oktober 2026. Kommunens värde är vägt efter antal platser."),
               ("³", f"Juvelen öppnade i {C_JUVELEN_OPENED} och ingick därför inte i brukarundersökningen 2025."),
               ("⁴", f"Under renoveringen mars–juni 2026 var {C_ROSEN_CLOSED} av Rosengårdens platser stängda."),
               ("", "Riket avser samtliga kommuners särskilda boenden i den nationella brukarundersökningen. "
                    "Platser och beläggning redovisas inte för riket.")], size=7.7)
pdf.p("Andelen nöjda för Ringvalla totalt är vägd efter antalet svarande på varje boende.", size=8.6)

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.h1("Kommentarer per boende")
COMMENTS = [
    ("Apelgården.", "Andelen nöjda ökade för andra året i rad. Boendet har infört fasta kontaktpersoner på "
                    "kvällstid, vilket de närstående lyfter fram i fritextsvaren."),
    ("Aspliden.", "Boendet har haft många vikarier under sommaren, och andelen nöjda minskade. Aspliden är det "
                  "största boendet och har flest korttidsplatser, vilket ger fler in- och utflyttningar."),
    ("Enebacken.", "Enebacken är det minsta boendet och har små arbetslag med fast schema. Det förklarar den "
                   "goda personalkontinuiteten."),
    ("Juvelen.", "Juvelen är kommunens nyaste boende och hade sin första mätning i brukarundersökningen 2026. "
                 "Rekryteringen av undersköterskor pågick under hela våren, och många boende mötte därför "
                 "vikarier."),
    ("Rosengården.", f"Beläggningen var lägre än på övriga boenden eftersom {C_ROSEN_CLOSED} platser var "
                     "stängda medan kök och badrum renoverades under mars–juni 2026. Renoveringen blev klar i "
                     "tid, och sedan juli är samtliga platser belagda."),
    ("Vårsolen och Poppelgården.", "Båda boendena har förbättrat andelen nöjda sedan 2025 efter satsningar på "
                                   "måltidsmiljön och på aktiviteter utomhus."),
]
for name, text in COMMENTS:
    pdf.need(16)
    pdf.set_x(pdf.l_margin)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.write(4.9, name + " ")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.6)
    pdf.write(4.9, nb(text))
    pdf.ln(7)
pdf.h1("Utvecklingsområden 2027")
AREAS = [
    "Minska antalet olika medarbetare som varje boende möter, med målet högst 14 personal på 14 dagar på samtliga "
    "boenden senast december 2027.",
    "Införa en gemensam introduktion för vikarier på Aspliden och Juvelen, med minst tre dagars bredvidgång "
    "innan vikarien arbetar ensam.",
    "Ta fram en plan för måltidsmiljön på alla boenden, med utgångspunkt i arbetet på Vårsolen och "
    "Poppelgården.",
    "Följa upp de boendes egna synpunkter två gånger per år vid boenderåd, utöver den nationella "
    "brukarundersökningen.",
]
for it in AREAS:
    pdf.need(12)
    yy = pdf.get_y()
    pdf.set_font("Sans", "", 11)
    pdf.set_xy(pdf.l_margin + 1, yy - 0.6)
    pdf.cell(7, 5.4, "☐")
    pdf.set_font("Sans", "", 9.6)
    pdf.set_xy(pdf.l_margin + 8, yy)
    pdf.multi_cell(pdf.epw - 8, 4.9, nb(it), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)
pdf.ln(4)
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5, "Ringvalla den 15 februari 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.cell(0, 5, "Anna Rehn", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.cell(0, 4.5, "Verksamhetschef särskilt boende, vård- och omsorgsförvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
