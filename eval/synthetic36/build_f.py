"""(f) Wästerheds kommun – vård- och omsorgsnämnden: uppföljning av särskilda boenden 2026 (tjänsteskrivelse with
the table of the care homes as a SCANNED Bilaga 1).

Layout: Liberation Serif text, Liberation Sans headings, portrait, 3 pages. P. 1 has no running header: the
municipality and the förvaltning at the left, a RULED 2 × 2 GRID OF LABELLED CELLS at the right (Datum / Diarienummer
/ Handläggare / Mottagare, the label in small grey type over the value), the title, "Sammanfattning" in a BOX WITH A
THICK LEFT RULE, "Ärendet" with the queue (23 vs 31 persons), the waiting time (58 vs 74 days) and the net cost
(241,6 vs budget 236,0 mnkr) in running text, and a line that points to Bilaga 1 without repeating any of its
figures. P. 2 is a SCANNED IMAGE WITHOUT ANY TEXT LAYER: Bilaga 1 "Särskilda boenden – platser, beläggning och
kostnader 2026" (see scan36.py: greyscale, a paper clip, letter-spaced letterhead over a double rule, a table with
COLUMN ZEBRA SHADING, group rows, sum rows and the total in a double-ruled box, two notes and a signature; the sheet
askew on a dark scanner lid, rotated 0.9°). P. 3: "Analys" under h2 headings (the passage on Utsikten's closed
unit; the new home Wallingården, 60 places, topping-out 15 september 2027, opening 1 mars 2028), "Förslag till
beslut" as a NUMBERED LIST "1." "2." "3." and the signature. None of the scanned figures is repeated in the text
layer. No metadata title.
"""
import datetime as dt

from common36 import HERE, Doc
from data import (F_WAITING, F_WAIT_DAYS, F_COST, F_NEW_HOME, F_PASSAGE, F_DATE, F_SIGN, F_CLERK, F_GROUPS,
                  f_homes, d1, dmy)
from scan36 import render

OUT = HERE / "wasterhed-von-uppfoljning-sarskilt-boende-2026.pdf"
ACC = (70, 70, 120)
WORDS = {3: "tre", 5: "fem", 8: "åtta"}
pdf = Doc("Wästerheds kommun", "Vård- och omsorgsförvaltningen", "{p} (3)", font="liberation", serif=True,
          accent=ACC, foot="Wästerheds kommun · Dnr VON 2027/21",
          created=dt.datetime(2027, 2, 16, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(24, 25, 22)
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_xy(24, 15)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*ACC)
pdf.cell(80, 6, "Wästerheds kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(80, 5, "Vård- och omsorgsförvaltningen", new_x="LMARGIN", new_y="NEXT")
gx, gy, cw, ch = 112, 13, 38, 11
cells = [("Datum", F_DATE.isoformat()), ("Diarienummer", "VON 2027/21"), ("Handläggare", F_CLERK),
         ("Mottagare", "Vård- och omsorgsnämnden")]
pdf.set_draw_color(120, 120, 120)
for k, (lab, val) in enumerate(cells):
    x = gx + (k % 2) * cw
    y = gy + (k // 2) * ch
    pdf.rect(x, y, cw, ch)
    pdf.set_xy(x + 1.5, y + 0.8)
    pdf.set_font("Sans", "", 6.8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(cw - 3, 3.4, lab)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.set_font("Sans", "", 7.6 if len(val) > 20 else 8.8)
    pdf.cell(cw - 3, 4.4, val)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(44)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(0, 7.5, "Uppföljning av särskilda boenden 2026", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
n_k, n_e = len(f_homes(F_GROUPS[0])), len(f_homes(F_GROUPS[1]))
summ = (f"Förvaltningen redovisar platser, beläggning, kostnader och bemanning för kommunens "
        f"{WORDS[n_k + n_e]} särskilda boenden, {WORDS[n_k]} i kommunal regi och {WORDS[n_e]} på entreprenad. "
        f"Kön till särskilt boende har minskat, men kostnaderna överskred budgeten.")
pdf.set_font("Serif", "", 10)
lines = pdf.multi_cell(158, 5, summ, dry_run=True, output="LINES")
bh = len(lines) * 5 + 11
pdf.set_fill_color(240, 240, 246)
pdf.rect(24, y, 164, bh, style="F")
pdf.set_fill_color(*ACC)
pdf.rect(24, y, 1.6, bh, style="F")
pdf.set_xy(29, y + 2)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(29)
pdf.set_font("Serif", "", 10)
pdf.multi_cell(156, 5, summ, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + bh + 5)
pdf.h2("Ärendet")
pdf.p(f"Vård- och omsorgsnämnden följer varje år upp de särskilda boendena. Den 31 december 2026 väntade "
      f"{F_WAITING[1]} personer på en plats i särskilt boende, jämfört med {F_WAITING[0]} personer vid samma tid "
      f"året innan. Den genomsnittliga väntetiden från beslut till erbjuden plats kortades från {F_WAIT_DAYS[0]} "
      f"till {F_WAIT_DAYS[1]} dagar.")
pdf.p(f"Nettokostnaden för särskilt boende blev {d1(F_COST[1])} mnkr, vilket är {d1(F_COST[1] - F_COST[0])} mnkr "
      f"mer än budgeten på {d1(F_COST[0])} mnkr. Överskridandet beror främst på högre kostnader för bemanning på "
      f"nätter och helger.")
pdf.p("Bilaga 1 visar antalet platser, den genomsnittliga beläggningen, kostnaden per plats och antalet "
      "årsarbetare per plats för varje boende. Bilagan har undertecknats av förvaltningschefen.")

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Analys")
pdf.h2("Beläggning")
pdf.p("Beläggningen var hög på de flesta boenden under året. Boenden med dubbelrum och äldre lokaler hade något "
      f"lägre beläggning. På Utsikten var beläggningen lägre än på övriga boenden eftersom {F_PASSAGE}.")
pdf.h2("Kostnader och bemanning")
pdf.p("Kostnaden per plats varierar mellan boendena. De minsta boendena har de högsta kostnaderna per plats, "
      "eftersom nattbemanningen inte kan minskas i samma takt som antalet platser. Entreprenaderna ersätts enligt "
      "avtal med ett fast belopp per plats och dygn.")
name, places, opening, topping = F_NEW_HOME
pdf.h2("Nytt boende")
pdf.p(f"Bygget av {name} med {places} platser följer tidplanen. Taklagsfest hålls den {dmy(topping)} och "
      f"boendet öppnar den {dmy(opening)}. När {name} har öppnat planerar förvaltningen att avveckla de "
      f"dubbelrum som finns kvar.")
pdf.h1("Förslag till beslut")
pdf.set_font("Serif", "", 10)
for k, t in enumerate([
    "Vård- och omsorgsnämnden godkänner uppföljningen av särskilda boenden 2026.",
    "Förvaltningen får i uppdrag att redovisa en plan för bemanningen på nätter och helger senast i juni 2027.",
    f"Förvaltningen får i uppdrag att redovisa hur dubbelrummen ska avvecklas när {name} har öppnat.",
], 1):
    pdf.set_x(24)
    pdf.cell(8, 5.2, f"{k}.")
    pdf.multi_cell(156, 5.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(10)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, F_SIGN[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
pdf.set_text_color(100, 100, 100)
pdf.cell(0, 4.6, F_SIGN[1].capitalize(), new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Sans", "", 8.4)
pdf.cell(0, 4.6, "Bilaga 1: Särskilda boenden – platser, beläggning och kostnader 2026", new_x="LMARGIN",
         new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
