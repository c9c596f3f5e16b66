"""(f) Ålstena kommun – upphandlingsplan 2027.

Layout: portrait p. 1 with a key–value block and a SHADED FACT BOX ON THE LEFT beside the introduction.
LANDSCAPE pp. 2–3: the plan table with horizontal rules only and a dark heading band (white text) that is
REPEATED on p. 3. The title cell of every row has a BOLD FIRST LINE and a SMALL GREY DESCRIPTION LINE below it; the
other cells (årsvärde tkr, avtalstid "2+1+1", totalt värde inkl. option tkr, planned advertising written as
"februari 2027", "v. 10" or "2027-05-17", decision level) sit on the first line. Shaded förvaltning group rows,
an italic "Summa <förvaltning>" row per group and a bold Totalt row. Portrait p. 4: a numbered decision
procedure and text. Liberation Sans. Metadata title set.
"""
import datetime as dt

from common16 import HERE, Doc, Group, Row, grp
from data import F_UPPH, F_FORV, f_total, f_beslut, f_sum, F_BESLUT, F_KS_GRANS

OUT = HERE / "alstena-upphandlingsplan-2027.pdf"
ACC = (40, 70, 90)
pdf = Doc("Ålstena kommun", "Upphandlingsplan 2027", "Sida {p} av 4", font="liberation", accent=ACC,
          foot="Ålstena kommun · Kommunledningsförvaltningen, upphandlingsenheten · KS 2026/501",
          title="Ålstena kommun – Upphandlingsplan 2027", author="Upphandlingsenheten",
          created=dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.timezone.utc))
ars, tot = f_sum()
n_ks = sum(1 for r in F_UPPH if f_beslut(r) == "Kommunstyrelsen")
ORD = {5: "Fem", 4: "Fyra", 6: "Sex"}

pdf.add_page()
pdf.title_block("Upphandlingsplan 2027", "Planerade upphandlingar som ska annonseras under 2027", size=19)
pdf.kv([("Beslutad av", "Kommunstyrelsen 2026-12-01, § 211"), ("Diarienummer", "KS 2026/501"),
        ("Ansvarig", "Upphandlingsenheten, kommunledningsförvaltningen")], lw=36)
pdf.ln(2)
pdf.fact_box_beside("Planen i siffror", [
    ("Antal upphandlingar", str(len(F_UPPH))),
    ("Sammanlagt årsvärde", f"{grp(ars)} tkr"),
    ("Totalt avtalsvärde inklusive optioner", f"{grp(tot)} tkr"),
    ("Beslutas av kommunstyrelsen", f"{n_ks} upphandlingar"),
], [
    ("h", "Inledning"),
    ("p", "Upphandlingsplanen ger en samlad bild av de upphandlingar som förvaltningarna planerar att annonsera "
          "under året. Planen gör det möjligt att samordna behov mellan förvaltningarna och ger leverantörerna "
          "information i god tid."),
    ("p", f"Planen omfattar {len(F_UPPH)} upphandlingar med ett sammanlagt årsvärde på {grp(ars)} tkr och ett "
          f"totalt avtalsvärde inklusive förlängningsoptioner på {grp(tot)} tkr. {ORD[n_ks]} av dem har ett "
          f"avtalsvärde på minst {F_KS_GRANS // 1000} mnkr och beslutas därför av kommunstyrelsen."),
    ("p", "Avtalstiden anges som grundperiod plus möjliga förlängningar; 2+1+1 betyder två år med option på "
          "förlängning två gånger ett år. Det totala värdet är beräknat på att alla optioner utnyttjas."),
], side="L", box_w=54)

pdf.add_page(orientation="L")
pdf.h1("Planerade upphandlingar 2027")
rows = []
for fv in F_FORV:
    rows.append(Group(fv))
    for r in F_UPPH:
        if r[1] == fv:
            rows.append((r[2], r[3], [str(r[0]), grp(r[4]), r[5], grp(f_total(r)), r[6], f_beslut(r)]))
    a, t = f_sum(fv)
    rows.append(Row(["", f"Summa {fv.lower()}", grp(a), "", grp(t), "", ""], emphasis="I"))
rows.append(Row(["", "Totalt", grp(ars), "", grp(tot), "", ""], emphasis="B"))
pdf.twoline_table(["Nr", "Upphandling", "Årsvärde, tkr", "Avtalstid, år", "Totalt värde inkl. option, tkr",
                   "Planerad annonsering", "Beslut fattas av"], rows, [10, 109, 22, 22, 30, 30, 30],
                  ["C", "L", "R", "C", "R", "L", "L"], size=8.8, lh=4.5)

pdf.add_page(orientation="P")
pdf.h1("Beslutsordning")
pdf.numbered(F_BESLUT, size=9.8)
pdf.h1("Kommentarer till planen")
pdf.p("Livsmedelsupphandlingen delas upp i två delområden så att mindre och lokala producenter ska kunna lämna "
      "anbud på frukt och grönt utan att behöva leverera hela sortimentet. Båda delområdena annonseras samtidigt.",
      size=9.8)
pdf.p("Vinterväghållningen upphandlas för fyra geografiska områden. En entreprenör kan vinna högst två områden, "
      "så att kommunen har tillgång till fler maskiner vid kraftiga snöfall.", size=9.8)
pdf.p("Bemanningssjuksköterskor upphandlas bara för ett år med ett års option, eftersom vård- och "
      "omsorgsförvaltningen har som mål att helt avveckla inhyrd personal till 2029.", size=9.8)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
