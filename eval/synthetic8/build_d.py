"""(d) Tornbacka kommun – kommunstyrelsens sammanträdesprotokoll 2026-05-18, §§ 61–68.

Layout: protocol front page (key–value block, närvarande, signature lines, boxed anslagsbevis); every §
has its number ("§ 62") in a wide LEFT MARGIN beside the title, Dnr at the right, an Ärendebeskrivning,
"Beslut" with the decisions NUMBERED "1." "2." … inside the §, and an "Expedieras till:" list (one
recipient per line) at the end of each §. Metadata title.
"""
import datetime as dt

from common8 import HERE, Doc
from data import D_PARA

OUT = HERE / "tornbacka-ks-protokoll-2026-05-18.pdf"
ACC = (90, 60, 20)


class P(Doc):
    pass


pdf = P("Tornbacka kommun", "Kommunstyrelsen", "Sammanträdesprotokoll 2026-05-18 · sida {p}", font="liberation",
        foot="Justerandes signatur: ..........   ..........     Utdragsbestyrkande: ..........", accent=ACC,
        title="Kommunstyrelsens protokoll 2026-05-18, Tornbacka kommun", author="Tornbacka kommun",
        created=dt.datetime(2026, 5, 21, 13, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(46, 25, 20)
pdf.add_page()
pdf.title_block("Sammanträdesprotokoll", "Kommunstyrelsen, Tornbacka kommun", size=20)
pdf.kv([("Plats och tid", "Kommunhuset, sammanträdesrum Tornet, måndagen den 18 maj 2026 kl. 13.00–16.10"),
        ("Beslutande", "Anders Wallin (S), ordförande; Maria Lindqvist (C), Karin Ek (M), Johan Persson (S), "
                       "Leila Haddad (S), Nils Brandt (SD), Eva Strand (KD), Peter Ohlsson (M), Ingrid Falk (V), "
                       "Tomas Berg (SD), Helena Sjöö (L)"),
        ("Övriga närvarande", "Kommundirektör Camilla Norén, ekonomichef Robert Lund, sekreterare Elin Dahl"),
        ("Justerare", "Maria Lindqvist (C)"),
        ("Paragrafer", "§§ 61–68")], lw=36, size=9.2, lh=4.6)
pdf.ln(3)
for role, name in (("Sekreterare", "Elin Dahl"), ("Ordförande", "Anders Wallin"), ("Justerare", "Maria Lindqvist")):
    pdf.set_font("Sans", "", 9)
    pdf.cell(28, 9, role)
    pdf.cell(0, 9, "..........................................................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 28)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(0, 4, name, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
y0 = pdf.get_y()
pdf.set_font("Sans", "B", 9.5)
pdf.set_x(pdf.l_margin + 3)
pdf.cell(0, 7, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
for k, v in (("Protokollet är justerat", "2026-05-20"), ("Anslaget sätts upp", "2026-05-21"),
             ("Anslaget tas ned", "2026-06-12"), ("Förvaringsplats", "Kommunkansliet, Tornbacka")):
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(45, 5, k)
    pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0 + 2)
pdf.add_page()

for para in D_PARA:
    pdf.margin_item(f"§ {para['nr']}", para["title"], para["dnr"], margin=24)
    if para["text"]:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 5, "Ärendebeskrivning", new_x="LMARGIN", new_y="NEXT")
        for t in para["text"]:
            pdf.p(t, size=9.8, after=2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5, "Beslut", new_x="LMARGIN", new_y="NEXT")
    pdf.numbered(para["beslut"], size=9.8, lh=4.8, indent=7)
    pdf.need(8 + 4.6 * len(para["exp"]))
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(0, 4.6, "Expedieras till:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.8)
    for e in para["exp"]:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(0, 4.4, e, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
