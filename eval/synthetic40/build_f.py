"""(f) Casselby kommun – räddningstjänsten: årsstatistik 2026 (the incident table is a SCANNED page).

Layout: DejaVu Sans text and headings, DejaVu Sans Condensed tables, portrait, 4 pages. P. 1 has no running header:
a CHEQUERED BAND across the top edge (two rows of alternating red and white squares, like the markings on a fire
engine), "RÄDDNINGSTJÄNSTEN CASSELBY" in red capitals with "Casselby kommun" in grey, the title, "Sammanfattning"
in running text WITHOUT ANY FIGURE OF THE SCANNED TABLE (more call-outs than last year, forest fires more than
doubled, more ambulance assists, fewer traffic accidents and false alarms; a pointer to Tabell 1 on p. 2) and
"Organisation 2026" as a FRAMED KEY–VALUE BOX whose labels stand in a red-tinted left column. P. 2 is a SCANNED IMAGE
WITHOUT ANY TEXT LAYER (see scan40.py: a page of the printed report scanned from a bound copy, with a gutter shadow,
a paperclip, pencil ticks, the total circled in pencil and the sheet askew by 0.6°). Pp. 3–4 have a running header
with a small red square before the name. P. 3: Tabell 2, response times per station (Bemanning / Styrka / Median
insatstid 2025 and 2026 / Andel inom 20 min), hairlines, the full-time station's row on a pale tint, a note; then
comments on the response times and "Bränder i skog och mark" (the passage). P. 4: "Förebyggande verksamhet" with
competing figures (126 inspections vs the target 140; 2 430 people trained) and Tabell 3 (2025 / 2026 / Mål 2026, "–"
where there is no target) under a red rule, "Åtgärder 2027" as a NUMBERED LIST
and the signature of the chief and the compiler. None of the scanned page's figures or notes is repeated in the
text layer. No metadata title.
"""
import datetime as dt

from common40 import HERE, Doc
from data import (F_STATIONS, F_STAFF, F_LSO, F_TRAINED, F_PREVENT, F_MEASURES, F_PASSAGE, F_DATE, F_CHIEF, F_ANALYST,
                  f_station_text, f_prevent_cells, g, d1, dmy)
from scan40 import render

OUT = HERE / "casselby-raddningstjansten-arsstatistik-2026.pdf"
RED = (196, 28, 32)
PALER = (250, 232, 230)


class FDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            sq = 7
            for r in range(2):
                for c in range(int(self.w / sq) + 1):
                    if (r + c) % 2 == 0:
                        self.set_fill_color(*RED)
                        self.rect(c * sq, r * sq, sq, sq, style="F")
            self.set_y(24)
            return
        self.set_fill_color(*RED)
        self.rect(17.6, 11.2, 3, 3, style="F")
        super().header()


pdf = FDoc("Räddningstjänsten Casselby", "Årsstatistik 2026", "{p} (4)", font="dejavu", serif=False, accent=RED,
           foot="Casselby kommun · Räddningstjänsten", justify=False,
           created=dt.datetime(2027, 2, 8, 13, 0, tzinfo=dt.timezone.utc))

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_text_color(*RED)
pdf.set_char_spacing(1.5)
pdf.cell(0, 6, "RÄDDNINGSTJÄNSTEN CASSELBY", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Sans", "", 9)
pdf.set_text_color(110, 110, 110)
pdf.cell(0, 5, "Casselby kommun", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(8)
pdf.set_font("Sans", "B", 24)
pdf.cell(0, 11, "Årsstatistik 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Räddningsinsatser, insatstider och förebyggande verksamhet", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.h1("1 Sammanfattning")
pdf.p("Räddningstjänsten gjorde fler insatser under 2026 än året innan. Ökningen beror framför allt på att "
      "bränderna i skog och mark blev mer än dubbelt så många under den torra sommaren och på att "
      "räddningstjänsten oftare larmades för att hjälpa till i väntan på ambulans.")
pdf.p("Trafikolyckorna och de automatiska brandlarmen utan brand blev färre än 2025. Bränderna i byggnader "
      "minskade också, medan bränderna i fordon ökade något.")
pdf.p("Statistiken över insatserna per händelsetyp finns i tabell 1 på nästa sida. Den är hämtad ur den tryckta "
      "årsrapporten och återges som en inskannad sida. Insatstiderna per station redovisas i tabell 2.")
pdf.ln(3)
pdf.h2("Organisation 2026")
stations = [s[0] for s in F_STATIONS]
rows = [("Brandstationer", f"fem: {', '.join(stations[:-1])} och {stations[-1]}"),
        ("Heltidsbrandmän", f"{F_STAFF[0]} personer vid stationen i Casselby"),
        ("Deltidsbrandmän (RIB)", f"{F_STAFF[1]} personer i Inneby, Jutsbo och Älvnäs"),
        ("Räddningsvärn", f"{F_STAFF[2]} frivilliga i Wedarna"),
        ("Räddningschef", F_CHIEF[0])]
X0, LW, VW = 22, 48, 118
y = pdf.get_y() + 1
y0 = y
for lab, val in rows:
    pdf.set_font("Sans", "", 9.6)
    lines = pdf.multi_cell(VW - 4, 5, val, dry_run=True, output="LINES")
    h = max(1, len(lines)) * 5 + 3
    pdf.set_fill_color(*PALER)
    pdf.rect(X0, y, LW, h, style="F")
    pdf.set_xy(X0 + 2, y + 1.5)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(LW - 4, 5, lab)
    pdf.set_xy(X0 + LW + 2, y + 1.5)
    pdf.set_font("Sans", "", 9.6)
    pdf.multi_cell(VW - 4, 5, val, align="L")
    y += h
    pdf.hline(X0, X0 + LW + VW, y, 0.2, (210, 160, 160))
pdf.set_draw_color(*RED)
pdf.rect(X0, y0, LW + VW, y - y0)
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 8)
pdf.set_font("Sans", "", 8)
pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 4, "RIB = räddningspersonal i beredskap, som har ett annat huvudarbete och rycker ut från "
               "bostaden eller arbetsplatsen. Räddningsvärnet består av frivilliga som gör en första insats i "
               "väntan på en styrka.", align="L")
pdf.set_text_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2 scanned
pdf.scan_page(render())

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("3 Insatstider per station")
pdf.p("Insatstiden är tiden från det att larmet kommer in till att den första enheten är på plats. Tabell 2 visar "
      "medianen för insatser i varje stations område och andelen insatser där den första enheten var på plats "
      "inom 20 minuter.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 2. Insatstider per station", new_x="LMARGIN", new_y="NEXT")
WID = [28, 30, 16, 31, 31, 30]
AL = ["L", "L", "C", "R", "R", "R"]
TW = sum(WID)
y = pdf.get_y() + 1
h = pdf.row(X0, y, WID, AL, ["Station", "Bemanning", "Styrka", "Median insatstid 2025, min",
                             "Median insatstid 2026, min", "Andel inom 20 min 2026, %"], style="B", size=8.4,
            font="Cond")
y += h
pdf.hline(X0, X0 + TW, y, 0.8, RED)
for s in F_STATIONS:
    cells = [s[0], s[1], s[2], d1(s[3]), d1(s[4]), d1(s[5])]
    fills = [PALER] * 6 if s[1] == "Heltid" else None
    h = pdf.row(X0, y, WID, AL, cells, size=9.2, font="Cond", fills=fills)
    y += h
    pdf.hline(X0, X0 + TW, y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + TW, y, 0.8, RED)
pdf.set_xy(X0, y + 1.5)
pdf.set_font("Sans", "", 7.4)
pdf.multi_cell(TW, 3.7, "Styrka = befäl + brandmän i den första enheten. Räddningsvärnet i Wedarna larmas "
               "tillsammans med styrkan från Älvnäs.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.p("Insatstiderna blev längre i de yttre delarna av kommunen, främst i Älvnäs och Wedarna där det var svårt "
      "att bemanna deltidsstyrkan under sommaren. Jutsbo är den enda station där insatstiden blev kortare än året "
      "innan.", size=9.8)
pdf.h1("4 Bränder i skog och mark")
pdf.p(f"Bränderna i skog och mark ökade kraftigt eftersom {F_PASSAGE}. De flesta bränderna var små och kunde "
      f"släckas av den första styrkan. Den största branden, vid Jutsbo i augusti, omfattade omkring tolv hektar "
      f"och krävde hjälp från grannkommunerna.", size=9.8)

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("5 Förebyggande verksamhet")
pdf.p(f"Räddningstjänsten genomförde {F_LSO[0]} tillsynsbesök enligt lagen om skydd mot olyckor, jämfört med "
      f"målet på {F_LSO[1]}. Under året utbildades {g(F_TRAINED)} personer i brandskydd samt hjärt- och "
      f"lungräddning, främst anställda i kommunen och elever i gymnasieskolan.", size=9.8)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Tabell 3. Förebyggande verksamhet", new_x="LMARGIN", new_y="NEXT")
W3 = [94, 24, 24, 24]
A3 = ["L", "R", "R", "R"]
y = pdf.get_y() + 1
h = pdf.row(X0, y, W3, A3, ["Verksamhet", "2025", "2026", "Mål 2026"], style="B", size=8.6, font="Cond")
y += h
pdf.hline(X0, X0 + sum(W3), y, 0.8, RED)
for x in F_PREVENT:
    h = pdf.row(X0, y, W3, A3, f_prevent_cells(x), size=9.2, font="Cond")
    y += h
    pdf.hline(X0, X0 + sum(W3), y, 0.1, (190, 190, 190))
pdf.hline(X0, X0 + sum(W3), y, 0.8, RED)
pdf.set_y(y + 5)
pdf.p("Skolbesöken riktar sig till årskurs 2 och 5 och handlar om brandskydd i hemmet. Tillsynen av brandfarliga "
      "varor ökade efter att två nya drivmedelsstationer öppnade i kommunen.", size=9.8)
pdf.h1("6 Åtgärder 2027")
pdf.numbered(F_MEASURES, size=9.8)
pdf.ln(6)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, f"Casselby den {dmy(F_DATE)}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{F_CHIEF[0]}\n{F_CHIEF[1].capitalize()}", f"{F_ANALYST[0]}\n{F_ANALYST[1].capitalize()}, "
                f"har sammanställt statistiken"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
