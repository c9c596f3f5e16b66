"""(c) Pråmhults kommun – biblioteksstatistik 2026: besök och utlån per bibliotek och månad.

Layout: DejaVu Sans. P. 1 (portrait): key–value block, a summary whose sentences carry 2–4 competing figures
(visits 2026 vs 2025 and the change, the main library's share, the busiest and the quietest month, loans and their
change) and the reason for the fall at Jularp. Pp. 2–3 are LANDSCAPE: Tabell 1 (visits) on p. 2 and Tabell 2
(loans of physical media) on p. 3, each a FULLY RULED GRID with one row per library and TWELVE MONTH COLUMNS
Jan … Dec, then "Totalt 2026", a SHADED "Totalt 2025" column and a signed "Ändring, %" ("+2,8" / "−25,7");
the HIGHEST MONTH OF EVERY LIBRARY IS PRINTED IN BOLD, closed months read "stängt" (Jularp, June–August) or "–"
(the book bus in July), and a BOLD Totalt row closes each table. P. 4 (portrait): comments and a "•" list of
events. Metadata title set.
"""
import datetime as dt

from common20 import HERE, Doc, Row, Cell, grp, dec
from data import (C_LIBS, C_VISITS, C_VISITS_2025, C_LOANS, C_LOANS_2025, C_CLOSED, c_tot, c_month_tot, c_all,
                  c_change, c_max_month, MON_SHORT, MONTHS)

OUT = HERE / "pramhult-biblioteksstatistik-2026.pdf"
ACC = (20, 100, 90)
pdf = Doc("Pråmhults kommun", "Kultur- och fritidsförvaltningen", "Biblioteksstatistik 2026 · {p}",
          font="dejavu", accent=ACC, foot="Pråmhults kommun · Biblioteken i Pråmhult · Dnr KFN 2027/9",
          title="Pråmhults kommun – Biblioteksstatistik 2026, besök och utlån per bibliotek och månad",
          author="Kultur- och fritidsförvaltningen", created=dt.datetime(2027, 1, 21, 11, 0, tzinfo=dt.timezone.utc))

v_all, v_prev = c_all(C_VISITS), sum(C_VISITS_2025.values())
l_all, l_prev = c_all(C_LOANS), sum(C_LOANS_2025.values())
mt = [c_month_tot(C_VISITS, m) for m in range(12)]
mx, mn = max(range(12), key=lambda m: mt[m]), min(range(12), key=lambda m: mt[m])


def sgn(x):
    return dec(x, plus=True)


pdf.add_page()
pdf.title_block("Biblioteksstatistik 2026", "Besök och utlån per bibliotek och månad", size=20)
pdf.kv([("Till", "Kultur- och fritidsnämnden 2027-02-10"), ("Diarienummer", "KFN 2027/9"),
        ("Källa", "Besöksräknare i entréerna och bibliotekssystemet; bokbussens besök räknas manuellt"),
        ("Kontakt", "Bibliotekschefen")], lw=34)
pdf.h1("Sammanfattning")
pdf.p(f"Biblioteken i Pråmhult hade {grp(v_all)} besök under 2026, vilket är {dec(c_change(C_VISITS, C_VISITS_2025))} "
      f"procent fler än 2025, då besöken var {grp(v_prev)}. Huvudbiblioteket stod för {grp(c_tot(C_VISITS, 'Huvudbiblioteket'))} "
      f"av besöken. Flest besök hade {MONTHS[mx]} med {grp(mt[mx])}, och färst hade {MONTHS[mn]} med {grp(mt[mn])}.",
      size=9.8)
pdf.p(f"Utlånen av fysiska medier minskade med {dec(-c_change(C_LOANS, C_LOANS_2025))} procent till {grp(l_all)} lån "
      f"({grp(l_prev)} lån 2025). Minskningen är störst på huvudbiblioteket, medan utlånen ökade i Idevik, Calmby, "
      "Vretby och på bokbussen.", size=9.8)
pdf.p("Besöken i Jularp minskade kraftigt eftersom Jularps bibliotek höll stängt i juni, juli och augusti medan "
      "lokalerna byggdes om till ett meröppet bibliotek. Sedan september kan låntagare med lånekort komma in "
      "även när personalen inte är på plats.", size=9.8)
pdf.h2("Så läser du tabellerna")
pdf.bullets(["Varje biblioteks månad med flest besök eller utlån är markerad med fet stil.",
             "\"stängt\" betyder att biblioteket hade stängt hela månaden; \"–\" betyder att bokbussen inte körde.",
             "Ändring, % jämför totalen för 2026 med totalen för 2025."], size=9.4, lh=4.6)


def table(caption, data, prev, unit):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    rows = []
    shade = (228, 240, 237)
    for lib in C_LIBS:
        mxm = c_max_month(data, lib)
        cells = [lib]
        for m, v in enumerate(data[lib]):
            if v is None:
                cells.append(C_CLOSED[lib])
            else:
                cells.append(Cell(grp(v), bold=(m == mxm)))
        cells += [grp(c_tot(data, lib)), Cell(grp(prev[lib]), fill=shade), sgn(c_change(data, prev, lib))]
        rows.append(cells)
    tot = ["Totalt"] + [grp(c_month_tot(data, m)) for m in range(12)] + \
          [grp(c_all(data)), Cell(grp(sum(prev.values())), fill=shade, bold=True), sgn(c_change(data, prev))]
    rows.append(Row(tot, emphasis="B"))
    pdf.ruled_table(["Bibliotek"] + MON_SHORT + ["Totalt 2026", "Totalt 2025", "Ändring, %"], rows,
                    [31] + [14.4] * 12 + [19, 19, 21], ["LEFT"] + ["RIGHT"] * 15, size=8.0, lh=4.6,
                    head_fill=(20, 100, 90), head_color=(255, 255, 255))
    pdf.set_font("Sans", "I", 7.8)
    pdf.multi_cell(0, 3.8, f"{unit} Fet stil = bibliotekets högsta månad 2026. Skuggad kolumn = föregående års "
                           "totala antal.", new_x="LMARGIN", new_y="NEXT")


pdf.set_margins(14, 25, 14)
pdf.add_page(orientation="L")
table("Tabell 1. Besök per bibliotek och månad 2026, antal", C_VISITS, C_VISITS_2025,
      "Besök räknas med besöksräknare; bokbussens besök räknas vid varje hållplats.")
pdf.ln(4)
pdf.h2("Kommentar till tabell 1")
pdf.p("Huvudbiblioteket ökade med nästan 3 600 besök, främst tack vare lördagsöppet under hösten och fler "
      "programpunkter för barnfamiljer. Wiksjö ökade mest i procent efter att biblioteket fick nya lokaler i "
      "Wiksjö centrum i slutet av 2025.", size=9.4)
pdf.add_page(orientation="L")
table("Tabell 2. Utlån av fysiska medier per bibliotek och månad 2026, antal", C_LOANS, C_LOANS_2025,
      "Utlån omfattar böcker, ljudböcker på skiva, tidskrifter och filmer; omlån räknas inte.")
pdf.ln(4)
pdf.h2("Kommentar till tabell 2")
pdf.p("Utlånen på huvudbiblioteket minskade trots fler besök. Många besökare använder biblioteket som studieplats "
      "och mötesplats utan att låna. På bokbussen ökade utlånen efter att turerna till skolorna i Calmby och "
      "Vretby blev fler.", size=9.4)

pdf.set_margins(22, 25, 22)
pdf.add_page(orientation="P")
pdf.h1("Verksamheten under 2026")
pdf.p("Biblioteken hade sammanlagt 1 184 programaktiviteter under året, varav 642 för barn och unga. "
      "Språkcaféerna i Idevik och på huvudbiblioteket samlade i genomsnitt 18 deltagare per tillfälle.", size=9.8)
pdf.bullets(["Jularps bibliotek öppnade som meröppet bibliotek den 1 september efter ombyggnaden.",
             "Sommarboken lockade 512 barn, vilket är fler än något tidigare år.",
             "Bokbussen fick en ny hållplats vid äldreboendet i Vretby.",
             "Huvudbiblioteket hade lördagsöppet från och med september."], size=9.6, lh=4.7)
pdf.h2("Inför 2027")
pdf.p("Nämnden har gett förvaltningen i uppdrag att utreda meröppet även i Calmby och att pröva längre "
      "öppettider på huvudbiblioteket under studieperioderna i maj och december.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
