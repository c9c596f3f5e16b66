"""(d) Tranemåla kommun – kommunstyrelsens sammanträdesprotokoll 2026-06-08, §§ 84–91.

Layout: protocol front page (key–value block, signature lines, boxed anslagsbevis, list of §§); every §
starts with a shaded bar "§ 85  <title>" and the Dnr on the line below, then "Ärendebeskrivning",
"Beslutsunderlag" as a "–" dash list, and the decision as a bold lead line ("Kommunstyrelsen beslutar" or
"Kommunstyrelsen föreslår kommunfullmäktige besluta") followed by "att"-clauses in a hanging column; at the
end an "Expedieras till" block with the label on the left and one recipient per line on the right. Serif
body text. Metadata title.
"""
import datetime as dt

from common10 import HERE, Doc
from data import D_PARA, D_LEAD

OUT = HERE / "tranemala-ks-protokoll-2026-06-08.pdf"
ACC = (110, 30, 40)

pdf = Doc("Tranemåla kommun", "Kommunstyrelsen", "Protokoll 2026-06-08 · {p}", serif=True, accent=ACC,
          foot="Ordförandes sign. ........   Justerandes sign. ........   Utdragsbestyrkande ........",
          title="Kommunstyrelsens sammanträdesprotokoll 2026-06-08, Tranemåla kommun", author="Tranemåla kommun",
          created=dt.datetime(2026, 6, 12, 11, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen i Tranemåla kommun, 2026-06-08", size=19)
pdf.kv([("Plats och tid", "Sessionssalen, kommunhuset i Tranemåla, måndagen den 8 juni 2026 kl. 09.00–12.15"),
        ("Beslutande", "Lars Fredriksson (S), ordförande; Sara Nordin (C), vice ordförande; Henrik Ahl (M), "
                       "Mona Kask (S), Ibrahim Saleh (S), Ulla Berggren (KD), Oskar Lind (SD), Kerstin Månsson (V), "
                       "Göran Pihl (M)"),
        ("Övriga närvarande", "Kommundirektör Per Alm, ekonomichef Lena Sjöberg, nämndsekreterare Hanna Rydén"),
        ("Utses att justera", "Sara Nordin (C)"),
        ("Justeringens plats och tid", "Kommunledningskontoret 2026-06-11 kl. 14.00"),
        ("Paragrafer", "84–91")], lw=44, size=9.3, lh=4.7)
pdf.ln(4)
for role, name in (("Sekreterare", "Hanna Rydén"), ("Ordförande", "Lars Fredriksson"), ("Justerande", "Sara Nordin")):
    pdf.set_font("Sans", "", 9)
    pdf.cell(30, 9, role)
    pdf.cell(0, 9, "....................................................................", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_x(pdf.l_margin + 30)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(0, 4, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y0 = pdf.get_y()
pdf.set_font("Sans", "B", 9.5)
pdf.set_x(pdf.l_margin + 3)
pdf.cell(0, 7, "ANSLAG / BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_x(pdf.l_margin + 3)
pdf.cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", new_x="LMARGIN",
         new_y="NEXT")
for k, v in (("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2026-06-08"),
             ("Datum då anslaget sätts upp", "2026-06-12"), ("Datum då anslaget tas ned", "2026-07-06"),
             ("Förvaringsplats för protokollet", "Kommunledningskontoret, Tranemåla")):
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(58, 5, k)
    pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0 + 2)
pdf.add_page()

for para in D_PARA:
    pdf.need(45)
    pdf.ln(2)
    pdf.set_fill_color(240, 228, 228)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(18, 7.5, f" § {para['nr']}", fill=True)
    pdf.multi_cell(0, 7.5, para["title"], fill=True, new_x="LMARGIN", new_y="NEXT")
    if para["dnr"]:
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(0, 5, para["dnr"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    if para["text"]:
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(0, 5, "Ärendebeskrivning", new_x="LMARGIN", new_y="NEXT")
        for t in para["text"]:
            pdf.p(t, size=9.8, lh=4.8, after=1.8)
    if para["underlag"]:
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(0, 5, "Beslutsunderlag", new_x="LMARGIN", new_y="NEXT")
        pdf.bullets(para["underlag"], sym="–", size=9.5, lh=4.6, indent=5, x0=0)
    pdf.att_list(D_LEAD[para["kind"]], para["att"], size=9.8, lh=4.8)
    pdf.need(6 + 4.6 * len(para["exp"]))
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(32, 4.6, "Expedieras till")
    pdf.set_font("Sans", "", 8.6)
    for e in para["exp"]:
        pdf.set_x(pdf.l_margin + 32)
        pdf.cell(0, 4.6, e, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
