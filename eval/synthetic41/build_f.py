"""(f) Frösvala kommun – barn- och utbildningsnämnden: skolresultat i årskurs 9 vårterminen 2027 (the result table
per school unit is a SCANNED page).

Layout: Liberation Serif text, Liberation Sans headings, Liberation Sans Narrow table, portrait, 4 pages, mustard and
charcoal. P. 1 has no running header: a THICK MUSTARD BAR DOWN THE LEFT EDGE of the page (on p. 1 only, full
height), "Frösvala kommun" and "Barn- och utbildningsnämnden" in small grey type, the title and subtitle, a
"Nämndens mål" BOX WITH A MUSTARD TOP EDGE holding two key–value lines (the targets 235,0 and 92,0 procent), "1
Sammanfattning" in running text WITHOUT ANY FIGURE OF THE SCANNED TABLE (merit value and eligibility up for the third
year running, the targets not reached, girls ahead of boys in every unit, the two F–6 schools not in the table, a
pointer to Tabell 1 on the next page) and "Om redovisningen" as a "•" list. **P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT
LAYER** (scan41.py: page 2 of the printed report PHOTOGRAPHED WITH A PHONE – keystoned, a dark table surface at the
edges, light falling off towards a corner, a binder clip at the top edge and a pencilled "prel." beside the caption).
Pp. 3–4 have a running header (a small mustard square, the report name, "Sida n av 4"); pp. 1, 3 and 4 a footer
with the board and dnr.
P. 3: "3 Utveckling 2024–2026" and Tabell 2 in LONG FORMAT – one row per school unit and year (Skolenhet / År /
Antal elever / Meritvärde / Behöriga till gymnasiet, %), the units as BANDS OF THREE ROWS WITH ALTERNATE PALE
MUSTARD TINT and the unit's name repeated in every row, a thicker rule between units; comments. P. 4: "4 Analys"
(the passage on Hästängsskolan), "5 Fortsatt arbete" as a NUMBERED LIST WITH NESTED "a)" POINTS and two signature
lines. No metadata title.
"""
import datetime as dt

from common41 import HERE, Doc, nb
from data import (F_SCHOOLS, F_EXCLUDED, F_HISTORY, F_TARGETS, F_PASSAGE, F_HEAD, F_ANALYST, F_CHAIR,
                  f_hist_cells, d1)
from scan41 import render

OUT = HERE / "frosvala-bun-skolresultat-ak9-2027.pdf"
MUST = (200, 150, 20)
TINT = (250, 243, 220)
CHAR = (50, 50, 50)
GREY = (110, 110, 110)


class FDoc(Doc):
    def header(self):
        if self.page_no() in self.no_furniture:
            return
        if self.page_no() == 1:
            self.set_fill_color(*MUST)
            self.rect(0, 0, 9, self.h, style="F")
            self.set_y(18)
            return
        self.set_fill_color(*MUST)
        self.rect(22, 11.2, 3, 3, style="F")
        self.set_xy(27, 10)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*CHAR)
        self.cell(120, 5, "Frösvala kommun · Skolresultat i årskurs 9 vårterminen 2027")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Sida {self.page_no()} av 4", align="R")
        self.hline(22, self.w - 22, 16.5, 0.2, (170, 170, 170))
        self.set_text_color(0, 0, 0)
        self.set_y(24)


pdf = FDoc("", font="liberation", serif=True, accent=CHAR, justify=False,
           foot="Barn- och utbildningsnämnden · Dnr BUN 2027/233",
           created=dt.datetime(2027, 8, 30, 10, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(22, 24, 22)
pdf.set_auto_page_break(True, 20)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(0, 5, "Frösvala kommun", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Barn- och utbildningsnämnden", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(10)
pdf.set_font("Sans", "B", 24)
pdf.multi_cell(0, 11, "Skolresultat i årskurs 9", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 12)
pdf.cell(0, 7, "Vårterminen 2027 – redovisning per skolenhet", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y0 = pdf.get_y()
pdf.set_fill_color(*MUST)
pdf.rect(22, y0, 120, 1.4, style="F")
pdf.set_draw_color(215, 200, 160)
pdf.rect(22, y0, 120, 22)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(26, y0 + 3)
pdf.set_font("Sans", "B", 9.2)
pdf.cell(0, 5, "Nämndens mål för årskurs 9", new_x="LMARGIN", new_y="NEXT")
for k, v in (("Genomsnittligt meritvärde", f"minst {d1(F_TARGETS[0])}"),
             ("Behöriga till gymnasiet", f"minst {d1(F_TARGETS[1])} procent")):
    pdf.set_x(26)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(58, 5.5, k)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(50, 5.5, v, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y0 + 30)
pdf.h1("1 Sammanfattning", size=13)
pdf.p("Meritvärdet för kommunens elever i årskurs 9 steg för tredje året i rad, och andelen elever som är behöriga "
      "till ett yrkesprogram på gymnasiet ökade också. Trots förbättringen nåddes inte nämndens mål för vare sig "
      "meritvärdet eller behörigheten.")
pdf.p("Flickorna har högre resultat än pojkarna på samtliga skolenheter. Skillnaden mellan flickor och pojkar är "
      "fortfarande stor, och nämnden har därför gett förvaltningen i uppdrag att analysera pojkarnas resultat "
      "särskilt inför nästa läsår.")
pdf.p("Resultaten per skolenhet och kön redovisas i tabell 1 på nästa sida. Sidan är inskannad ur den tryckta "
      "rapporten som skolorna har lämnat till förvaltningen. Utvecklingen sedan 2024 redovisas i tabell 2.")
pdf.h2("Om redovisningen")
pdf.bullets([f"Redovisningen omfattar kommunens fem skolenheter med årskurs 9 och den fristående skolan "
             f"Sjöstjärnans friskola.",
             f"{F_EXCLUDED[0]} och {F_EXCLUDED[1]} är F–6-skolor och ingår därför inte.",
             "Meritvärdet beräknas på de 17 bästa betygen; behörighet avser minst ett yrkesprogram.",
             "Uppgifterna för vårterminen 2027 är preliminära tills Skolverket publicerar den officiella "
             "statistiken i september."], size=9.8)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Utveckling 2024–2026", size=13)
pdf.p("Tabell 2 visar resultaten för de tre föregående vårterminerna per skolenhet, med en rad för varje skolenhet "
      "och år. Värdena är Skolverkets officiella statistik.", size=9.8)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 6, "Tabell 2. Resultat i årskurs 9 vårterminerna 2024–2026 per skolenhet", new_x="LMARGIN",
         new_y="NEXT")
W = [62, 20, 26, 26, 32]
A = ["L", "C", "R", "R", "R"]
X0 = 22
TW = sum(W)
y = pdf.get_y() + 1
h = pdf.row(X0, y, W, A, ["Skolenhet", "År", "Antal elever", "Meritvärde", "Behöriga till gymnasiet, %"],
            font="Cond", style="B", size=8.6)
y += h
pdf.hline(X0, X0 + TW, y, 0.8, CHAR)
prev = None
band = 0
for hrow in F_HISTORY:
    if prev and hrow[0] != prev:
        pdf.hline(X0, X0 + TW, y, 0.5, (120, 120, 120))
        band += 1
    fill = [TINT] * 5 if band % 2 == 0 else None
    h = pdf.row(X0, y, W, A, f_hist_cells(hrow), font="Cond", size=9, lh=4.0, vpad=1.1, fills=fill)
    y += h
    prev = hrow[0]
pdf.hline(X0, X0 + TW, y, 0.8, CHAR)
pdf.set_y(y + 6)
pdf.p("Hästängsskolan har förbättrat sina resultat varje år sedan 2024, och Solvikskolan och Stensätraskolan har "
      "haft en jämn ökning. På Tallbergsskolan har meritvärdet och behörigheten i stället sjunkit två år i rad. "
      "Sjöstjärnans friskola har de högsta resultaten under hela perioden.", size=9.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("4 Analys", size=13)
pdf.p("Skillnaderna mellan skolenheterna hänger till stor del samman med elevernas bakgrund, men förvaltningen ser "
      "också att skolornas arbetssätt spelar roll.", size=9.8)
pdf.p(f"Att resultaten på Hästängsskolan har förbättrats förklarar rektor med att {F_PASSAGE}. Skolan har också "
      f"infört gemensamma bedömningsuppgifter i årskurs 8.", size=9.8)
pdf.p("På Tallbergsskolan har personalomsättningen varit hög, och under läsåret saknade skolan behöriga lärare i "
      "både matematik och moderna språk under flera månader.", size=9.8)
pdf.h1("5 Fortsatt arbete", size=13)
pdf.numbered([("Stärka stödet i matematik på Tallbergsskolan och Linbodaskolan",
               ["speciallärare i klassrummet enligt modellen från Hästängsskolan",
                "lovskola i matematik under sommarlovet"]),
              ("Analysera pojkarnas resultat på samtliga skolenheter",
               ["redovisas för nämnden i december 2027"]),
              "Rekrytera behöriga lärare i moderna språk",
              "Följa upp resultaten per kön i varje kvalitetsrapport"], size=9.8)
pdf.ln(4)
pdf.set_font("Serif", "", 9.8)
pdf.cell(0, 5, "Frösvala den 30 augusti 2027", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_HEAD}\nSkolchef", f"{F_ANALYST}\nUtvecklingsstrateg, har sammanställt rapporten"])
pdf.ln(2)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, f"Rapporten anmäls till barn- och utbildningsnämnden (ordförande {F_CHAIR}).",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
