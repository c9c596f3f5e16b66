"""(b) Region Ivarsmark – Kollektivtrafiken 2025: resande, ekonomi och punktlighet per linje (årsuppföljning).

Layout: page 1 has the logo block, a summary whose sentences hold 2–3 competing figures beside a shaded FACT BOX
("2025 i korthet") and a small ruled table of journeys per traffic type. Page 2 has text, a "•" list of dated
traffic changes and the reasons for the changes; then "Tabell 3" per line with COLOURED LINE BADGES (white
number on a rounded coloured block) in the first column, HORIZONTAL RULES ONLY, an accent rule under a
three-line heading with abbreviated titles and footnote marks ("Kostn.- täckn.² %"), bold coloured group rows
per traffic type, italic subtotal rows and a dash "–" for a line without 2024 figures. The table breaks from
p. 2 to p. 3 after the regional-bus subtotal and p. 3 repeats the caption as "Tabell 3 … (forts.)" with the
heading; footnotes ¹–⁴ and a "Källa:" line follow. Page 3 continues with an
economy table (mnkr, negative costs with "−") and a numbered list of measures for 2026. Running header
"Region Ivarsmark … Årsuppföljning kollektivtrafik 2025", footer "Sida 2 av 3". DejaVu. No metadata title.
"""
import datetime as dt

from common15 import HERE, Pub, Row, Group, dec, grp
from data import (B_SLAG, B_LINJER, b_chg, b_slag_sum, b_total, B_NARTRAFIK, b_all, b_ekonomi, b_kt,
                  B_ATGARDER)

OUT = HERE / "region-ivarsmark-kollektivtrafik-arsuppfoljning-2025.pdf"
ACC = (150, 30, 60)

pdf = Pub("Region Ivarsmark", "Årsuppföljning kollektivtrafik 2025",
          "Region Ivarsmark · Kollektivtrafikförvaltningen · Dnr RK 2026/0142", accent=ACC,
          created=dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.timezone.utc))
a24, a25 = b_all()
(net_b, net_u, net_24) = b_ekonomi()[1]
kt25, kt24 = b_kt()

pdf.add_page()
pdf.logo_block("Region Ivarsmark", "Kollektivtrafikförvaltningen")
pdf.title_block("Kollektivtrafiken 2025", "Årsuppföljning av resande, ekonomi och punktlighet per linje",
                size=20)
pdf.sidebar([
    f"Under 2025 gjordes {dec(a25 / 1000, 2)} miljoner resor i regionens kollektivtrafik, jämfört med "
    f"{dec(a24 / 1000, 2)} miljoner året innan. Det är en ökning med {dec(100 * (a25 / a24 - 1))} procent, men "
    "ökningstakten behöver fördubblas för att trafikförsörjningsprogrammets mål om 9,5 miljoner resor år 2028 "
    "ska nås.",
    f"Kostnadstäckningsgraden, alltså biljettintäkterna i procent av kostnaderna för trafiken, blev {dec(kt25)} "
    f"procent. Året innan var den {dec(kt24)} procent och målet är 40 procent. Nettokostnaden uppgick till "
    f"{dec(-net_u)} mnkr, vilket är {dec(net_b - net_u)} mnkr mer än budgeterade {dec(-net_b)} mnkr.",
    "Stadstrafiken i Ivarsholm och pendeltåget till Cederfors stod för den största ökningen, medan "
    "regionaltåget tappade resenärer under banarbetena på hösten."],
    "2025 i korthet", [("Resor totalt, miljoner", dec(a25 / 1000, 2)), ("Resor 2024, miljoner", dec(a24 / 1000, 2)),
                       ("Mål 2028, miljoner", "9,50"), ("Kostnadstäckning, %", dec(kt25)),
                       ("Nettokostnad, mnkr", dec(-net_u)), ("Antal linjer", str(len(B_LINJER))),
                       ("Hållplatser med realtid", "214")], box_w=58)
pdf.h2("Tabell 1. Resor per trafikslag, tusental")
rows = []
for i, s in enumerate(B_SLAG):
    r24, r25 = b_slag_sum(i)
    rows.append([s, grp(r24), grp(r25), dec(100 * (r25 / r24 - 1), plus=True)])
rows.append(["Anropsstyrd närtrafik", grp(B_NARTRAFIK[0]), grp(B_NARTRAFIK[1]),
             dec(100 * (B_NARTRAFIK[1] / B_NARTRAFIK[0] - 1), plus=True)])
rows.append(Row(["Totalt", grp(a24), grp(a25), dec(100 * (a25 / a24 - 1), plus=True)], "B"))
pdf.ruled_table(["Trafikslag", "2024", "2025", "Förändring, %"], rows, [70, 28, 28, 30],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6, head_fill=(242, 226, 230))
pdf.source("Källa: Biljett- och betalsystemet. Resor med regionens kort räknas per påstigning.")

# ---------------------------------------------------------------- pages 2–3: per line
pdf.add_page()
pdf.h1("Resande och ekonomi per linje")
pdf.p("Tabell 3 redovisar varje linje med antal resor 2024 och 2025, kostnadstäckning och punktlighet. "
      "Linjerna är grupperade efter trafikslag. Linje 14 startade i augusti 2025 och saknar därför jämförelse. "
      "Kostnadstäckningen per linje är beräknad på linjens direkta trafikkostnader och skiljer sig därför från "
      "kostnadstäckningsgraden för hela trafiken.", size=9.6, lh=4.8)
pdf.p("Punktligheten mäts som andelen avgångar från start- och mellanhållplatser som avgick högst tre minuter "
      "efter tidtabellen. För tågen gäller gränsen fem minuter. Målet är att minst 90 procent av avgångarna ska "
      "vara punktliga.", size=9.6, lh=4.8)
pdf.p("Linjerna 11 och 22 har lägst kostnadstäckning bland de ordinarie busslinjerna och ses över inför 2026, "
      "se avsnittet Åtgärder 2026. Tabell 2, med resor per månad, finns i bilagan till rapporten.", size=9.6, lh=4.8)
pdf.h2("Förändringar i trafiken under 2025")
pdf.bullets(["1 mars 2025: ny taxa med i genomsnitt 4,5 procent högre biljettpriser.",
             "14 april 2025: linje 2 Idelsta – Ivarsholm C – Ytterhed går var tionde minut i rusningstid.",
             "18 augusti 2025: ny linje 14 Cederfors – Zandvik startade med tolv dubbelturer per vardag.",
             "1 september–24 november 2025: banarbeten mellan Ivarsholm och Zandvik; regionaltåget ersattes "
             "med buss.",
             "8 december 2025: ny tidtabell med utökad kvällstrafik på linjerna 10 och 20."], size=9.4, lh=4.7)
pdf.h2("Förändringar i resandet")
pdf.p("Resandet med regionaltåget minskade eftersom sträckan Ivarsholm – Zandvik var avstängd för banarbeten i "
      "tolv veckor under hösten och trafiken ersattes med bussar som hade längre restid. Linje 11 och linje 22 "
      "tappade resenärer när gymnasieeleverna i Yxbacka fick ett nytt skolschema med senare skolstart.",
      size=9.4, lh=4.7)
pdf.p("Stadstrafiken ökade mest på linje 2, som sedan april trafikeras var tionde minut i rusningstid.",
      size=9.4, lh=4.7)
colors = {"1": (0, 110, 180), "2": (0, 140, 90), "3": (200, 120, 0), "4": (120, 60, 160), "6": (90, 90, 90),
          "P": (30, 30, 30), "R": (30, 30, 30)}
rows = []
for i, s in enumerate(B_SLAG):
    rows.append(Group(s))
    for r in B_LINJER:
        if r[0] != i:
            continue
        ch = b_chg(r)
        rows.append([r[1], r[2] + ("¹" if r[3] is None else ""), "–" if r[3] is None else grp(r[3]), grp(r[4]),
                     "–" if ch is None else dec(ch, plus=True), str(r[5]), dec(r[6])])
    r24, r25 = b_slag_sum(i)
    rows.append(Row(["", f"Summa {s[0].lower() + s[1:]}", grp(r24), grp(r25), dec(100 * (r25 / r24 - 1), plus=True),
                     "", ""], "I"))
rows.append(Row(["", "Anropsstyrd närtrafik⁴", grp(B_NARTRAFIK[0]), grp(B_NARTRAFIK[1]),
                 dec(100 * (B_NARTRAFIK[1] / B_NARTRAFIK[0] - 1), plus=True), "", ""], "I"))
rows.append(Row(["", "Totalt", grp(a24), grp(a25), dec(100 * (a25 / a24 - 1), plus=True), "", ""], "B"))
pdf.badge_table(["Linje", "Sträcka", "Resor 2024, tusental", "Resor 2025, tusental", "Förändr. %",
                 "Kostn.- täckn.² %", "Punktl.³ %"], rows, [13, 50, 20, 20, 19, 24, 20],
                ["C", "L", "R", "R", "R", "R", "R"], "Tabell 3. Resor, kostnadstäckning och punktlighet per linje 2025",
                colors, size=8.3, head_lines=3)
pdf.footnotes([("¹", "Linjen startade 2025-08-18; jämförelse med 2024 saknas."),
               ("²", "Biljettintäkter i procent av linjens direkta trafikkostnader."),
               ("³", "Andel avgångar högst tre minuter efter tidtabell (tåg: fem minuter)."),
               ("⁴", "Närtrafiken körs på beställning och redovisas inte per linje.")])
pdf.source("Källa: Biljett- och betalsystemet, Region Ivarsmarks trafikekonomi och realtidssystemet (punktlighet).")

# ---------------------------------------------------------------- page 4
pdf.h1("Ekonomi")
rows, net = b_ekonomi()
t = [[p, dec(b), dec(u), dec(r_ := round(u - b, 1), plus=True), dec(u24)] for p, b, u, u24 in rows]
t.append(Row(["Nettokostnad", dec(net[0]), dec(net[1]), dec(round(net[1] - net[0], 1), plus=True), dec(net[2])], "B"))
pdf.ruled_table(["Mnkr", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"], t, [58, 27, 27, 25, 27],
                ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6, borders="HORIZONTAL_LINES",
                head_fill=(242, 226, 230))
pdf.source("Källa: Region Ivarsmarks ekonomisystem, bokslut 2025.")
pdf.p("Trafikkostnaderna blev högre än budgeterat, främst på grund av indexuppräkningen i trafikavtalen och "
      "ersättningsbussar under banarbetena. Biljettintäkterna ökade tack vare fler resor och prishöjningen den "
      "1 mars 2025.", size=9.8, lh=4.9)
pdf.h2("Åtgärder 2026")
pdf.numbered(B_ATGARDER, size=9.8, lh=4.9)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
