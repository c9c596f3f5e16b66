"""(e) Gisslinge kommun – risk- och sårbarhetsanalys 2027–2030.

Layout: DejaVu Sans Condensed body, DejaVu Sans headings, portrait. P. 1: a key–value block, purpose and method,
the two scales drawn as COLOURED SCALE STRIPS (five boxes 1–5 with a word under each box, one strip for
sannolikhet and one for konsekvens), the level rule as a "–" list and a counts sentence. P. 2: the risks as a
TWO-COLUMN PAGE of entries (R1–R6 in the left column, R7–R12 in the right one): each entry has a COLOURED
VERTICAL BAR in the level colour down its left edge, a bold title "R3 Översvämning längs Gisslingeån", a grey
score line "Sannolikhet 4 × konsekvens 3 = riskvärde 12 (hög)" and a short description, with a thin rule between
the columns. P. 3: the measures as a table with horizontal rules only, the Nr column shaded, Åtgärd wrapping,
the Risk column listing risk numbers and the Tidplan column as ISO dates ("2027-06-30"); a note on follow-up.
P. 4: the overall assessment, the changes since the previous analysis and the critical dependencies as a "•"
list. No metadata title.
"""
import datetime as dt

from common24 import HERE, Doc
from data import E_RISKS, E_LEVELS, E_MEASURES, e_rv, e_level, e_counts

OUT = HERE / "gisslinge-risk-och-sarbarhetsanalys-2027-2030.pdf"
ACC = (150, 40, 30)
LEVEL_COL = {"låg": (90, 160, 90), "medel": (230, 190, 40), "hög": (230, 120, 30), "mycket hög": (190, 30, 30)}
pdf = Doc("Gisslinge kommun", "Risk- och sårbarhetsanalys 2027–2030", "Sida {p}", font="dejavu", accent=ACC,
          foot="Gisslinge kommun · Kommunledningskontoret, säkerhet och beredskap · Dnr KS 2026/377",
          created=dt.datetime(2026, 11, 19, 7, 55, tzinfo=dt.timezone.utc))
pdf.body = "Cond"
pdf.set_margins(20, 25, 20)
cnt = e_counts()

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.title_block("Risk- och sårbarhetsanalys 2027–2030", "Gisslinge kommun, enligt lagen om kommuners och "
                "regioners åtgärder inför och vid extraordinära händelser", size=18)
pdf.kv([("Beslutad av", "Kommunstyrelsen 2026-11-17, § 203"),
        ("Diarienummer", "KS 2026/377"),
        ("Giltighet", "Mandatperioden 2027–2030"),
        ("Kontakt", "Gustav Ullberg, säkerhetssamordnare")], lw=32, size=9.4, lh=4.7)
pdf.h1("Syfte och metod", size=12)
pdf.p("Analysen beskriver de händelser som kan slå ut eller allvarligt störa samhällsviktig verksamhet i "
      "Gisslinge. Varje risk har bedömts i workshoppar med förvaltningarna, räddningstjänsten och de "
      "kommunala bolagen. Sannolikhet och konsekvens bedöms på en femgradig skala, och riskvärdet är "
      "sannolikheten multiplicerad med konsekvensen.", size=9.8)
SCALES = [("Sannolikhet", ["Mycket låg", "Låg", "Medel", "Hög", "Mycket hög"]),
          ("Konsekvens", ["Mycket begränsad", "Begränsad", "Allvarlig", "Mycket allvarlig", "Katastrofal"])]
for title, words in SCALES:
    pdf.ln(1)
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 0.5
    bw = pdf.epw / 5
    for k, w in enumerate(words):
        shade = 235 - k * 30
        pdf.set_fill_color(255, shade, shade - 20 if shade > 20 else 0)
        pdf.rect(20 + k * bw, y, bw - 1.2, 7, style="F")
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 255, 255) if k >= 3 else pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20 + k * bw, y + 1)
        pdf.cell(bw - 1.2, 5, str(k + 1), align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Cond", "", 8.6)
        pdf.set_xy(20 + k * bw, y + 7.8)
        pdf.cell(bw - 1.2, 4.5, w, align="C")
    pdf.set_y(y + 14)
pdf.h2("Risknivåer")
pdf.bullets([f"Riskvärde {lo}–{hi}: {name} risk" for lo, hi, name in E_LEVELS], sym="–", size=9.6, lh=4.7)
pdf.p(f"Analysen omfattar {len(E_RISKS)} risker. Av dem har {cnt['mycket hög']} mycket högt riskvärde, "
      f"{cnt['hög']} högt, {cnt['medel']} medelhögt och {cnt['låg']} lågt riskvärde. De två högsta riskerna "
      "är IT-attack mot kommunens system och långvarigt elavbrott.", size=9.8)

# ---------------------------------------------------------------- p. 2 two-column risk entries
pdf.add_page()
pdf.h1("Identifierade risker", size=12.5)
ytop = pdf.get_y() + 1
gap = 8
CW = (pdf.epw - gap) / 2
half = (len(E_RISKS) + 1) // 2
ybottom = ytop
for c, part in enumerate((E_RISKS[:half], E_RISKS[half:])):
    x = 20 + c * (CW + gap)
    y = ytop
    for nr, title, s, k, desc in part:
        rv = e_rv((nr, title, s, k))
        y0 = y
        pdf.set_font("Sans", "B", 9.6)
        pdf.set_xy(x + 3.5, y)
        pdf.multi_cell(CW - 3.5, 4.8, f"{nr} {title}", align="L")
        pdf.set_font("Cond", "", 8.2)
        pdf.set_text_color(90, 90, 90)
        pdf.set_x(x + 3.5)
        pdf.multi_cell(CW - 3.5, 4.2, f"Sannolikhet {s} × konsekvens {k} = riskvärde {rv} ({e_level(rv)})",
                       align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Cond", "", 9.2)
        pdf.set_x(x + 3.5)
        pdf.multi_cell(CW - 3.5, 4.4, desc, align="L")
        y = pdf.get_y()
        pdf.set_fill_color(*LEVEL_COL[e_level(rv)])
        pdf.rect(x, y0 + 0.4, 1.6, y - y0 - 0.4, style="F")
        y += 5
    ybottom = max(ybottom, y)
pdf.set_draw_color(170, 170, 170)
pdf.line(20 + CW + gap / 2, ytop, 20 + CW + gap / 2, ybottom - 5)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(20, ybottom)
pdf.set_font("Cond", "", 8.2)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Färgen i kanten visar risknivån: grön = låg, gul = medel, orange = hög, röd = mycket hög.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 measures
pdf.add_page()
pdf.h1("Åtgärder för att minska riskerna", size=12.5)
pdf.p("Kommunstyrelsen har beslutat om följande åtgärder. Den som anges som ansvarig ska genomföra åtgärden "
      "inom den angivna tidplanen och rapportera till säkerhetssamordnaren när den är klar.", size=9.6)
W = [12, 74, 16, 48, 20]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
y = pdf.get_y() + 1
pdf.set_line_width(0.6)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_font("Sans", "B", 8.8)
for i, h in enumerate(["Nr", "Åtgärd", "Risk", "Ansvarig", "Tidplan"]):
    pdf.set_xy(X[i] + 1, y + 1)
    pdf.cell(W[i] - 2, 5.5, h, align="R" if i == 4 else "L")
y += 7.5
pdf.set_line_width(0.4)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
for nr, text, risks, who, date in E_MEASURES:
    pdf.set_font("Cond", "", 9.2)
    h = max(len(pdf.multi_cell(W[1] - 2, 4.4, text, dry_run=True, output="LINES")),
            len(pdf.multi_cell(W[3] - 2, 4.4, who, dry_run=True, output="LINES"))) * 4.4 + 2.4
    pdf.set_fill_color(238, 232, 230)
    pdf.rect(X[0], y, W[0], h, style="F")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(X[0] + 1, y + 1.2)
    pdf.cell(W[0] - 2, 4.4, nr)
    pdf.set_font("Cond", "", 9.2)
    pdf.set_xy(X[1] + 1, y + 1.2)
    pdf.multi_cell(W[1] - 2, 4.4, text, align="L")
    pdf.set_xy(X[2] + 1, y + 1.2)
    pdf.cell(W[2] - 2, 4.4, risks)
    pdf.set_xy(X[3] + 1, y + 1.2)
    pdf.multi_cell(W[3] - 2, 4.4, who, align="L")
    pdf.set_font("Cond", "B", 9.2)
    pdf.set_xy(X[4] + 1, y + 1.2)
    pdf.cell(W[4] - 2, 4.4, date.isoformat(), align="R")
    y += h
    pdf.set_draw_color(180, 180, 180)
    pdf.line(20, y, RIGHT, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.6)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 3)
pdf.set_font("Cond", "", 8.4)
pdf.multi_cell(0, 4.1, "Tidplanen anger det datum då åtgärden ska vara genomförd. Åtgärder som gäller alla risker "
               "markeras med Alla.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Uppföljning")
pdf.p("Säkerhetssamordnaren följer upp åtgärderna två gånger per år och rapporterar till kommunstyrelsen i "
      "samband med delårsrapporten och årsredovisningen. Analysen uppdateras om en ny allvarlig risk "
      "upptäcks under perioden.", size=9.6)

# ---------------------------------------------------------------- p. 4 assessment
pdf.add_page()
pdf.h1("Samlad bedömning", size=12.5)
pdf.p("Gisslinge är mest sårbart för händelser som slår ut el, vatten och it samtidigt. Många samhällsviktiga "
      "verksamheter saknar fortfarande reservkraft, och kommunens egna system är beroende av ett fåtal "
      "leverantörer. Åtgärderna för vattenverket och trygghetspunkterna prioriteras därför först.", size=9.8)
pdf.h2("Förändringar sedan förra analysen")
pdf.p("Jämfört med analysen för 2023–2026 har sannolikheten för förorenat dricksvatten höjts från 2 till 3. "
      "Värmebölja och avbrott i telefoni och mobilnät är nya risker i analysen, medan risken för "
      "störningar i fjärrvärmen har tagits bort sedan fjärrvärmeverket fick reservkraft 2025.", size=9.8)
pdf.h2("Kritiska beroenden")
pdf.bullets(["El: vattenverket, avloppsreningsverket, vård- och omsorgsboendena och kommunhuset.",
             "Vatten: vård- och omsorgsboenden, förskolor och skolor samt livsmedelsföretag.",
             "It och telefoni: trygghetslarm i hemtjänsten, journalsystem och kommunens växel.",
             "Drivmedel: räddningstjänstens fordon, hemtjänstens bilar och reservkraftverken."], size=9.6, lh=4.7)
pdf.h2("Samverkan")
pdf.p("Gisslinge samverkar med grannkommunerna, regionen och länsstyrelsen i det regionala "
      "krissamverkansrådet. Räddningstjänsten ingår i en gemensam ledningscentral med två grannkommuner.",
      size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
