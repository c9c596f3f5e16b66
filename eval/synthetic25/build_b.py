"""(b) Lövkulla kommun – skolornas resultat i årskurs 9 vårterminen 2027, jämfört med vårterminen 2026.

Layout: Liberation Sans body, Liberation Sans Narrow table, portrait, 3 pages. P. 1: a thin double rule over the
title, the summary with competing figures (pupils, meritvärde kommun / året innan / riket, behörighet), and the
measures as a key–value block. P. 2: Tabell 1, results per school unit. The heading has ROUNDED COLOURED TABS
("Antal elever", "Genomsnittligt meritvärde", "Behöriga till yrkesprogram, %") above the year columns vt 2026 /
vt 2027; the vt 2027 columns are BOLD. The RIKET ROW STANDS AT THE TOP, directly under the heading, as an italic
shaded reference row; the school units follow under small grey capital group labels (KOMMUNALA / FRISTÅENDE
SKOLENHETER), separated by dotted lines, and a bold "Lövkulla kommun" total under a heavy rule closes the table.
".." marks values of a unit with fewer than ten pupils; the legend and the source follow under the table. P. 3:
comments per school in TWO JUSTIFIED COLUMNS and the further work as a "–" list. No metadata title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import (B_SCHOOLS, B_RIKET, B_TOTAL, B_SMALL, b_cells, b_pupils, b_total_merit, b_total_beh, b_merit,
                  b_beh, dec)

OUT = HERE / "lovkulla-skolresultat-ak9-vt2027.pdf"
BLUE = (36, 70, 130)
pdf = Doc("Lövkulla kommun", "Barn- och utbildningsförvaltningen", "{p} (3)", font="liberation", accent=BLUE,
          foot="Lövkulla kommun · Barn- och utbildningsförvaltningen · Dnr BUN 2027/164",
          created=dt.datetime(2027, 9, 2, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
S = {s[0]: s for s in B_SCHOOLS}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.8)
pdf.line(20, 27, 190, 27)
pdf.set_line_width(0.25)
pdf.line(20, 28.4, 190, 28.4)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(32)
pdf.set_font("Sans", "B", 20)
pdf.set_text_color(*BLUE)
pdf.multi_cell(0, 9, "Skolornas resultat i årskurs 9\nvårterminen 2027", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(70, 70, 70)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 6, "Rapport till barn- och utbildningsnämnden 2027-09-14", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.h1("Sammanfattning", size=12.5)
pdf.p(f"Vårterminen 2027 lämnade {b_pupils(1)} elever årskurs 9 i Lövkullas {len(B_SCHOOLS)} skolenheter, jämfört "
      f"med {b_pupils(0)} elever vårterminen 2026. Det genomsnittliga meritvärdet var {dec(b_total_merit(1))}, "
      f"jämfört med {dec(b_total_merit(0))} året innan och {dec(B_RIKET['merit'][1])} i riket.", size=10)
pdf.p(f"Andelen elever som är behöriga till gymnasieskolans yrkesprogram ökade från {dec(b_total_beh(0))} till "
      f"{dec(b_total_beh(1))} procent och är därmed något högre än i riket, där andelen var "
      f"{dec(B_RIKET['beh'][1])} procent. Skillnaderna mellan skolenheterna är fortfarande stora: meritvärdet "
      f"varierar från {dec(min(b_merit(s, 1) for s in B_SCHOOLS))} till {dec(max(b_merit(s, 1) for s in B_SCHOOLS))}.",
      size=10)
pdf.p("Resultaten för varje skolenhet redovisas i tabell 1 på nästa sida och kommenteras på sidan 3. Uppgifterna "
      "avser elever som har fått slutbetyg från årskurs 9.", size=10)
pdf.h1("Måtten i rapporten", size=12.5)
pdf.kv([("Meritvärde", "Summan av betygsvärdena för elevens 16 bästa ämnen, plus ett eventuellt sjuttonde ämne "
                       "(moderna språk). Högsta möjliga meritvärde är 340."),
        ("Behörighet", "Andel av eleverna som har godkända betyg i svenska eller svenska som andraspråk, engelska "
                       "och matematik samt i minst fem andra ämnen, vilket krävs för ett yrkesprogram."),
        ("Antal elever", "Elever i årskurs 9 som har fått slutbetyg på skolenheten."),
        ("Två punkter (..)", f"Uppgiften visas inte eftersom skolenheten hade färre än {B_SMALL} elever i årskurs 9. "
                             "Eleverna ingår ändå i kommunens totalvärde.")], lw=38, size=9.4, lh=4.7)

# ---------------------------------------------------------------- p. 2 Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 11.5)
pdf.set_text_color(*BLUE)
pdf.cell(0, 6, "Tabell 1. Resultat per skolenhet, årskurs 9 vårterminen 2026 och 2027", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
W = [48, 22, 16, 16, 17, 17, 17, 17]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
RIGHT = 20 + sum(W)
FS, RH = 9.2, 6.4
y = pdf.get_y()
TAB = [("Antal elever", 2, (120, 120, 120)), ("Genomsnittligt meritvärde", 4, BLUE),
       ("Behöriga till yrkesprogram, %", 6, (40, 120, 110))]
pdf.set_font("Cond", "B", 8.6)
for text, i, col in TAB:
    pdf.set_fill_color(*col)
    pdf.rect(X[i] + 0.8, y, W[i] + W[i + 1] - 1.6, 9.4, style="F", round_corners=True, corner_radius=1.6)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X[i] + 1, y + 0.6)
    pdf.multi_cell(W[i] + W[i + 1] - 2, 4, text, align="C", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
y2 = y + 10.6
pdf.set_font("Cond", "B", 9)
for i, h in enumerate(["Skolenhet", "Huvudman", "vt 2026", "vt 2027", "vt 2026", "vt 2027", "vt 2026", "vt 2027"]):
    pdf.set_xy(X[i] + 1, y2)
    pdf.cell(W[i] - 2, 5, h, align="L" if i < 2 else "R")
y = y2 + 5.6
pdf.set_line_width(0.5)
pdf.line(20, y, RIGHT, y)
pdf.set_line_width(0.2)


def line(cells, y, style="", fill=None, bold_cols=(3, 5, 7), color=None):
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(20, y, sum(W), RH, style="F")
    if color:
        pdf.set_text_color(*color)
    for i, c in enumerate(cells):
        st = style + ("B" if i in bold_cols and "B" not in style else "")
        pdf.set_font("Cond", st, FS)
        pdf.set_xy(X[i] + 1, y)
        pdf.cell(W[i] - 2, RH, c, align="L" if i < 2 else "R")
    pdf.set_text_color(0, 0, 0)


line(["Riket", "Alla huvudmän", "–", "–", dec(B_RIKET["merit"][0]), dec(B_RIKET["merit"][1]),
      dec(B_RIKET["beh"][0]), dec(B_RIKET["beh"][1])], y + 0.6, style="I", fill=(232, 234, 238),
     color=(60, 60, 60))
y += RH + 1.8
for label, hm in (("KOMMUNALA SKOLENHETER", "Kommunal"), ("FRISTÅENDE SKOLENHETER", "Fristående")):
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(21, y + 1.4)
    pdf.cell(80, 4, label)
    pdf.set_text_color(0, 0, 0)
    y += 6
    for s in [s for s in B_SCHOOLS if s[1] == hm]:
        line([s[0]] + b_cells(s), y)
        with pdf.local_context():
            pdf.set_draw_color(160, 160, 160)
            pdf.set_dash_pattern(dash=0.5, gap=0.8)
            pdf.line(20, y + RH, RIGHT, y + RH)
        y += RH
pdf.set_line_width(0.7)
pdf.line(20, y + 1.2, RIGHT, y + 1.2)
pdf.set_line_width(0.2)
line([B_TOTAL, "Alla huvudmän", str(b_pupils(0)), str(b_pupils(1)), dec(b_total_merit(0)), dec(b_total_merit(1)),
      dec(b_total_beh(0)), dec(b_total_beh(1))], y + 1.8, style="B")
pdf.set_y(y + RH + 5)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(70, 70, 70)
for t in (f".. = uppgiften visas inte eftersom skolenheten hade färre än {B_SMALL} elever i årskurs 9 det året. "
          "Eleverna ingår i kommunens totalvärde.",
          "Kommunens värden är vägda med antalet elever per skolenhet. Riket avser samtliga skolor, kommunala och "
          "fristående.",
          "Källa: Skolverket, slutbetyg i årskurs 9, och förvaltningens egen sammanställning."):
    pdf.multi_cell(0, 3.9, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 3 comments in two columns
pdf.add_page()
pdf.h1("Kommentarer per skolenhet", size=12.5)
d, f, h, l, n, fr, no, dm = (S["Dalängsskolan"], S["Forsbackaskolan"], S["Hultaskolan"], S["Lövkullaskolan"],
                              S["Nyhemsskolan"], S["Framtidsskolan Lövkulla"], S["Norrskenets friskola"],
                              S["Dammtorpets skola"])
pdf.columns([
    ("h", "Dalängsskolan"),
    ("p", f"Meritvärdet steg från {dec(b_merit(d, 0))} till {dec(b_merit(d, 1))}. Skolan har infört läxhjälp två "
          "eftermiddagar i veckan, och fler elever har klarat matematiken."),
    ("h", "Forsbackaskolan"),
    ("p", f"Forsbackaskolan har fortfarande ett av de högsta meritvärdena bland de kommunala skolorna, men värdet "
          f"sjönk från {dec(b_merit(f, 0))} till {dec(b_merit(f, 1))}. Årskullen var större än tidigare och fler "
          "elever var nyanlända."),
    ("h", "Hultaskolan"),
    ("p", f"Hultaskolan hade kommunens lägsta meritvärde vårterminen 2026, {dec(b_merit(h, 0))}. Andelen behöriga "
          f"har ökat till {dec(b_beh(h, 1))} procent. Skolan deltar sedan hösten 2026 i Skolverkets program för "
          "stärkt likvärdighet."),
    ("h", "Lövkullaskolan"),
    ("p", f"Den största skolenheten fick sitt högsta meritvärde hittills, {dec(b_merit(l, 1))}."),
    ("h", "Nyhemsskolan"),
    ("p", f"Resultaten försämrades: meritvärdet sjönk från {dec(b_merit(n, 0))} till {dec(b_merit(n, 1))} och "
          f"andelen behöriga från {dec(b_beh(n, 0))} till {dec(b_beh(n, 1))} procent. Skolan hade vakanta "
          "lärartjänster i matematik och engelska under hela höstterminen 2026, och flera klasser undervisades av "
          "vikarier utan lärarlegitimation."),
    ("h", "Dammtorpets skola"),
    ("p", f"Den lilla skolan i Dammtorp hade {dm[2]} elever i årskurs 9 vårterminen 2026, och därför visas inte "
          f"resultaten för det året. Vårterminen 2027 var eleverna {dm[3]}."),
    ("h", "De fristående skolorna"),
    ("p", f"Framtidsskolan Lövkulla har det högsta meritvärdet i kommunen, {dec(b_merit(fr, 1))}. Norrskenets "
          f"friskola ökade sitt meritvärde till {dec(b_merit(no, 1))}."),
], size=9.4, lh=4.6, balance=True)
pdf.h1("Fortsatt arbete", size=12.5)
pdf.bullets(["Rektorerna på Hultaskolan och Nyhemsskolan tar fram en gemensam plan för matematikundervisningen "
             "inför läsåret 2027/28.",
             "Förvaltningen följer upp lärarbehörigheten per skolenhet varje termin.",
             "Studie- och yrkesvägledningen förstärks i årskurs 8 så att fler elever vet vilka betyg som krävs för "
             "det program de vill söka.",
             "Resultaten för vårterminen 2028 redovisas för nämnden i september 2028."], sym="–", size=9.6, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
