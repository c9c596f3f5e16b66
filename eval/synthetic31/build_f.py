"""(f) Claesborgs kommun – kommunledningsförvaltningen: befolkningsprognos 2026–2030 (tjänsteskrivelse, a SCANNED
page of the consultant's report, consequences for the services).

Layout: Liberation Sans / Serif, portrait, 3 pages. P. 1: a tjänsteskrivelse WITHOUT RUNNING HEADER: the municipal
name in spaced capitals over a THIN DOUBLE RULE, a RIGHT-ALIGNED STACK of three small grey lines (document type,
date, Dnr), the title, "Sammanfattning" (no figures of the forecast table), "Antaganden" as a KEY–VALUE LIST WITH
GREY LABELS ON A PALE BAND (births, deaths, net migration with the five-year average), the proposal as one att-clause
in a box with a rounded outline, "Bilaga" and one signature. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: page 7
of the consultant's printed report, photocopied – the report's own running header with "Sida 7 (18)", a STAPLE in
the top left corner, the heading "3 Prognos per åldersgrupp", a short text, Tabell 3 with HORIZONTAL RULES ONLY
(Ålder / Utfall 2025 / 2026 … 2030 / Förändring 2025–2030, seven age groups and a bold "Totalt" row), the row
80–89 år MARKED WITH A HIGHLIGHTER and the total for 2030 CIRCLED BY HAND in pencil, a source line, a sentence with
the two main changes, "Figur 3", a COLUMN CHART of the total population with the value above each bar on a truncated
axis, and the DARK TONER EDGE of a photocopier along the bottom and right edges; rendered with PIL at 200 dpi in
Liberation Sans, rotated 0.8°, blurred, with paper tone, grain and specks, placed as one JPEG. P. 3: consequences per
service as RUN-IN BOLD LEAD-INS (the passage on the 1940s cohorts), the uncertainty and the next forecast, and a
contact line. None of the scanned page's numbers is repeated in the text layer. No metadata title.
"""
import datetime as dt

from common31 import HERE, Doc
from data import F_BIRTHS, F_NET_MIGR, F_DEATHS, F_NEXT, F_MEMO_DATE, F_PASSAGE, f_scan_blocks, dmy
from scan31 import render_scan

OUT = HERE / "claesborg-ks-befolkningsprognos-2026-2030.pdf"
ACC = (30, 80, 110)
pdf = Doc("Claesborgs kommun", "Befolkningsprognos 2026–2030", "{p} (3)", font="liberation", serif=False,
          accent=ACC, foot="Claesborgs kommun · Kommunledningsförvaltningen · Dnr KS 2026/415",
          created=dt.datetime(2026, 11, 16, 13, 10, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 24)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1 tjänsteskrivelse
pdf.add_page()
pdf.set_y(16)
pdf.set_font("Sans", "B", 12)
pdf.set_text_color(*ACC)
pdf.set_char_spacing(1.6)
pdf.cell(100, 6, "CLAESBORGS KOMMUN")
pdf.set_char_spacing(0)
pdf.set_text_color(110, 110, 110)
pdf.set_font("Sans", "", 8.4)
for k, t in enumerate(("TJÄNSTESKRIVELSE", F_MEMO_DATE.isoformat(), "Dnr KS 2026/415")):
    pdf.set_xy(130, 15 + k * 4.2)
    pdf.cell(56, 4.2, t, align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.3)
pdf.line(24, 29.5, 186, 29.5)
pdf.line(24, 30.6, 186, 30.6)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "", 8.6)
pdf.set_xy(24, 32)
pdf.cell(0, 4.5, "Kommunledningsförvaltningen · Simon Carlberg, utredare", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(0, 7.5, "Befolkningsprognos 2026–2030", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Sammanfattning")
pdf.p("Kommunledningsförvaltningen har låtit ta fram en ny befolkningsprognos för åren 2026–2030. Prognosen visar "
      "att folkmängden fortsätter att växa långsamt. Ökningen sker framför allt bland de äldsta invånarna, medan "
      "antalet barn i förskole- och grundskoleåldern blir något mindre. Antalet invånare i arbetsför ålder är i "
      "stort sett oförändrat.", size=9.8)
pdf.p("Prognosen är ett underlag för budgeten 2027 med plan för 2028–2029 och för lokalförsörjningsplanen. "
      "Tabellen över folkmängden per åldersgrupp finns i bilagan, som är ett utdrag ur konsultens rapport.", size=9.8)
pdf.h2("Antaganden")
rows = [("Födda per år", f"i genomsnitt {F_BIRTHS} barn, något färre än under de senaste åren"),
        ("Döda per år", f"i genomsnitt {F_DEATHS} personer"),
        ("Flyttnetto", f"+{F_NET_MIGR[0]} personer per år, jämfört med +{F_NET_MIGR[1]} per år i genomsnitt under "
                       "de senaste fem åren"),
        ("Bostadsbyggande", "enligt bostadsförsörjningsprogrammet, med flest inflyttningar 2027 och 2028")]
for lab, val in rows:
    y = pdf.get_y()
    pdf.set_font("Sans", "", 9.4)
    h = len(pdf.multi_cell(110, 4.8, val, dry_run=True, output="LINES")) * 4.8 + 2.4
    pdf.set_fill_color(236, 242, 246)
    pdf.rect(24, y, 46, h, style="F")
    pdf.set_text_color(70, 80, 90)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_xy(26, y + 1.2)
    pdf.cell(42, 4.8, lab)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9.4)
    pdf.set_xy(74, y + 1.2)
    pdf.multi_cell(110, 4.8, val, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + h + 1.2)
pdf.ln(2)
pdf.p("Flyttnettot har varit högre än genomsnittet de två senaste åren, men konsulten bedömer att det inte håller i "
      "sig när färre nya bostäder blir klara efter 2028.", size=9.8)
pdf.h2("Förslag till beslut")
y = pdf.get_y()
pdf.set_font("Sans", "", 9.8)
pdf.set_xy(30, y + 3)
pdf.multi_cell(150, 5, "Kommunstyrelsen beslutar att befolkningsprognosen 2026–2030 ska användas som underlag "
               "för budgeten 2027 med plan för 2028–2029.", align="L", new_x="LMARGIN", new_y="NEXT")
h = pdf.get_y() - y + 3
pdf.set_draw_color(*ACC)
pdf.rect(24, y, 162, h, round_corners=True, corner_radius=3)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + h + 4)
pdf.h2("Bilaga")
pdf.p("Tabell 3 och figur 3 ur konsultens rapport (sidan 7), inskannad.", size=9.6)
pdf.ln(8)
yy = pdf.get_y()
pdf.line(24, yy, 90, yy)
pdf.set_xy(24, yy + 1)
pdf.set_font("Sans", "", 9)
pdf.cell(70, 5, "Simon Carlberg, utredare")

# ---------------------------------------------------------------- p. 2 scanned page of the report (image only)
pdf.scan_page(render_scan(f_scan_blocks(), angle=0.8, seed=31, left=190, right=170, top=170, family="sans"))

# ---------------------------------------------------------------- p. 3 consequences
pdf.add_page()
pdf.h1("Vad prognosen betyder för verksamheterna", size=13)


def runin(lead, text):
    pdf.set_font("Sans", "B", 9.8)
    pdf.set_text_color(*ACC)
    pdf.write(5, lead + " ")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10.2)
    pdf.write(5, text)
    pdf.ln(7.5)


runin("Förskola och skola.", "Barnkullarna blir mindre under hela perioden. Behovet av förskoleplatser minskar "
      "något, och grundskolorna i tätorten får färre elever i de lägre årskurserna. Förvaltningen föreslår att "
      "inga nya förskoleavdelningar planeras före 2029 och att behovet prövas på nytt i nästa prognos.")
runin("Gymnasieskola.", "Antalet ungdomar i gymnasieåldern ökar fram till 2028 och minskar därefter. Ökningen "
      "bedöms rymmas i de nuvarande avtalen med grannkommunerna.")
runin("Äldreomsorg.", "Den största förändringen gäller de äldsta invånarna. Antalet personer över 80 år ökar "
      f"snabbt eftersom {F_PASSAGE}. Behovet av hemtjänst och särskilt boende ökar därför redan från 2027, och "
      "vård- och omsorgsnämnden bör ta fram en plan för fler platser.")
runin("Arbetskraft.", "Gruppen i arbetsför ålder växer bara svagt. Det gör det svårare att rekrytera personal till "
      "vård och omsorg, samtidigt som behoven ökar.")
pdf.h2("Osäkerhet i prognosen")
pdf.p("Prognosen är mest osäker för flyttningarna, som beror på bostadsbyggandet och på läget på arbetsmarknaden. "
      "För de äldsta åldersgrupperna är prognosen säkrare, eftersom de personer som ingår där redan bor i "
      "kommunen.", size=9.8)
pdf.p(f"Nästa befolkningsprognos tas fram i {F_NEXT}, när utfallet för 2026 är känt.", size=9.8)
pdf.ln(4)
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4.4, f"Kontakt: Simon Carlberg, utredare, kommunledningsförvaltningen. Tjänsteskrivelsen är daterad "
               f"den {dmy(F_MEMO_DATE)}.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
