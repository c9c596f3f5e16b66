"""(c) Nyhamra kommun – kommunstyrelsens sammanträdesprotokoll 2027-10-12, §§ 112–119.

Layout: Liberation Serif body, Liberation Sans headings and labels, portrait. P. 1: the front page with
"SAMMANTRÄDESPROTOKOLL" and the date in a grey box at the top right, "Plats och tid" as a key–value line, then the
ATTENDANCE IN TWO COLUMNS (left: the eleven "Beslutande ledamöter" with party and role; right: "Tjänstgörande
ersättare" with "för …", "Ej tjänstgörande ersättare" and "Övriga närvarande"), the justering lines and the
signature block (Sekreterare / Ordförande / Justerare) with the paragraph numbers. Pp. 2–4: every § is set in a
LABEL-COLUMN LAYOUT: "§ 113" in large bold type in a 28 mm left column beside the bold title, the Dnr in grey
under the title, a thin rule above; below it the parts of the § each have a SMALL GREY CAPITAL LABEL in the left
column ("ÄRENDET", "YRKANDEN", "OMRÖSTNING", "BESLUT", "RESERVATION", "EXPEDIERAS") with the text in the right
column. Decisions are a bold lead line ("Kommunstyrelsen föreslår kommunfullmäktige besluta") and "att"-clauses
with a hanging "att"; votes are written "7 ja, 6 nej" with the names of the ja- and nej-voters. Every page has the
footer "Justerandes signatur / Utdragsbestyrkande" with boxes. No metadata title.
"""
import datetime as dt

from common25 import HERE, Doc
from data import (C_DATE, C_MEMBERS, C_SERVING, C_NONSERVING, C_OTHERS, C_JUSTERARE, C_JUST_DATE, C_PARAS,
                  C_PARTY_NAMES, c_vote_split, c_member_line, dmy)

OUT = HERE / "nyhamra-ks-protokoll-2027-10-12.pdf"
ACC = (110, 40, 40)


class Prot(Doc):
    def footer(self):
        self.set_y(-17)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Sans", "", 7.2)
        self.set_text_color(90, 90, 90)
        y = self.get_y() + 1.2
        for k, lab in enumerate(("Justerandes signatur", "Utdragsbestyrkande")):
            x = self.l_margin + k * 62
            self.set_xy(x, y)
            self.cell(30, 4, lab)
            self.rect(x + 31, y, 24, 7)
        self.set_xy(self.w - self.r_margin - 30, y)
        self.cell(30, 4, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


pdf = Prot("Nyhamra kommun", "Sammanträdesprotokoll", "Kommunstyrelsen 2027-10-12", font="liberation", serif=True,
           accent=ACC, created=dt.datetime(2027, 10, 15, 13, 5, tzinfo=dt.timezone.utc))
pdf.alias_nb_pages()
pdf.set_margins(20, 25, 20)
pdf.set_auto_page_break(True, 24)
pdf.no_furniture = (1,)
LX, CX = 20, 50          # label column, content column
CW = 190 - CX

# ---------------------------------------------------------------- p. 1 front page
pdf.add_page()
pdf.set_xy(20, 16)
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(*ACC)
pdf.cell(90, 7, "Nyhamra kommun")
pdf.set_text_color(0, 0, 0)
pdf.set_fill_color(236, 236, 236)
pdf.rect(122, 14, 68, 16, style="F")
pdf.set_xy(124, 15.5)
pdf.set_font("Sans", "B", 10.5)
pdf.cell(64, 6, "SAMMANTRÄDESPROTOKOLL", align="R")
pdf.set_xy(124, 21.5)
pdf.set_font("Sans", "", 9.5)
pdf.cell(64, 6, f"Kommunstyrelsen  {C_DATE.isoformat()}", align="R")
pdf.set_y(38)
pdf.set_font("Sans", "B", 10)
pdf.cell(30, 5.5, "Plats och tid")
pdf.set_font("Serif", "", 10)
pdf.multi_cell(0, 5.5, f"Kommunhuset, sammanträdesrummet Hyttan, tisdagen den {dmy(C_DATE)} kl. 13.00–16.40",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y0 = pdf.get_y()
colw = 82
pdf.set_font("Sans", "B", 10)
pdf.cell(colw, 6, "Beslutande ledamöter", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9.8)
for m in C_MEMBERS:
    pdf.cell(colw, 5, c_member_line(m), new_x="LMARGIN", new_y="NEXT")
yl = pdf.get_y()
x2 = 20 + colw + 6
pdf.set_xy(x2, y0)
pdf.set_font("Sans", "B", 10)
pdf.cell(colw, 6, "Tjänstgörande ersättare", new_x="LEFT", new_y="NEXT")
pdf.set_font("Serif", "", 9.8)
for n, p, f in C_SERVING:
    pdf.set_x(x2)
    pdf.cell(colw, 5, f"{n} ({p}) för {f}", new_x="LEFT", new_y="NEXT")
pdf.ln(2)
pdf.set_x(x2)
pdf.set_font("Sans", "B", 10)
pdf.cell(colw, 6, "Ej tjänstgörande ersättare", new_x="LEFT", new_y="NEXT")
pdf.set_font("Serif", "", 9.8)
for n, p in C_NONSERVING:
    pdf.set_x(x2)
    pdf.cell(colw, 5, f"{n} ({p})", new_x="LEFT", new_y="NEXT")
pdf.ln(2)
pdf.set_x(x2)
pdf.set_font("Sans", "B", 10)
pdf.cell(colw, 6, "Övriga närvarande", new_x="LEFT", new_y="NEXT")
pdf.set_font("Serif", "", 9.8)
for n, r in C_OTHERS:
    pdf.set_x(x2)
    pdf.cell(colw, 5, f"{n}, {r}", new_x="LEFT", new_y="NEXT")
pdf.set_draw_color(170, 170, 170)
pdf.line(20 + colw + 2.5, y0, 20 + colw + 2.5, max(yl, pdf.get_y()))
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(20, max(yl, pdf.get_y()) + 5)
pdf.kv([("Utses att justera", " och ".join(C_JUSTERARE)),
        ("Justeringens plats och tid", f"Kommunhuset, {C_JUST_DATE.isoformat()} kl. 10.00"),
        ("Justerade paragrafer", f"§§ {C_PARAS[0]['nr']}–{C_PARAS[-1]['nr']}")], lw=48, size=9.8, lh=5)
pdf.ln(4)
for lab, name in (("Sekreterare", "Fanny Lindahl"), ("Ordförande", "Helena Lindqvist"),
                  ("Justerare", "Bengt Nordin"), ("Justerare", "Hanna Norén")):
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(20, y + 4)
    pdf.cell(34, 5, lab)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(56, y + 8.5, 130, y + 8.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.5)
    pdf.set_xy(56, y + 9)
    pdf.cell(74, 4.5, name)
    pdf.set_y(y + 15)
pdf.ln(3)
y = pdf.get_y()
pdf.set_draw_color(140, 140, 140)
pdf.rect(20, y, 170, 22)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(23, y + 2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(23)
pdf.set_font("Serif", "", 9)
pdf.multi_cell(164, 4.6, f"Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala "
               f"anslagstavla den {C_JUST_DATE.isoformat()}. Protokollet förvaras i kommunhuset.", align="L",
               new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- pp. 2– the paragraphs
pdf.add_page()


def label(text, y):
    pdf.set_font("Sans", "B", 7.4)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(LX, y + 0.6)
    pdf.cell(CX - LX - 2, 4, text.upper())
    pdf.set_text_color(0, 0, 0)


def block(lab, paras, style="", size=9.8, lh=4.8):
    pdf.set_font("Serif", style, size)
    need = sum(pdf._nlines(CW, t) for t in paras) * lh
    if pdf.get_y() + min(need, 20) > pdf.h - 26:
        pdf.add_page()
    label(lab, pdf.get_y())
    for t in paras:
        pdf.set_font("Serif", style, size)
        pdf.set_x(CX)
        pdf.multi_cell(CW, lh, t, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(0.8)


def decision(lead, att, size=9.8, lh=4.8):
    if pdf.get_y() + 14 > pdf.h - 26:
        pdf.add_page()
    label("Beslut", pdf.get_y())
    pdf.set_font("Serif", "B", size)
    pdf.set_x(CX)
    pdf.multi_cell(CW, lh, lead, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    for cl in att:
        pdf.set_font("Serif", "", size)
        pdf.set_x(CX)
        pdf.cell(9, lh, "att")
        pdf.multi_cell(CW - 9, lh, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.2)


def vote_text(p):
    ja, nej, avst = p["vote"]
    first = p["yrk"][0].split(" yrkar")[0].split(" (")[0]
    other = p["yrk"][1].split(" yrkar")[0].split(" (")[0]
    ja_v, nej_v = c_vote_split(p)
    assert (len(ja_v), len(nej_v)) == (ja, nej), (p["nr"], len(ja_v), len(nej_v))
    lst = lambda vs: ", ".join(f"{n} ({pa})" for n, pa in vs)  # noqa: E731
    return [f"Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller {first}s "
            f"yrkande. Votering begärs. Ja-röst för {first}s yrkande, nej-röst för {other}s yrkande.",
            f"Omröstningsresultat: {ja} ja, {nej} nej. Kommunstyrelsen har därmed beslutat enligt {first}s yrkande.",
            f"Ja-röster: {lst(ja_v)}.", f"Nej-röster: {lst(nej_v)}."]


for k, p in enumerate(C_PARAS):
    if k and pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    y = pdf.get_y() + 2
    pdf.set_draw_color(150, 150, 150)
    pdf.line(LX, y, 190, y)
    pdf.set_draw_color(0, 0, 0)
    y += 2.5
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*ACC)
    pdf.set_xy(LX, y)
    pdf.cell(CX - LX - 2, 7, f"§ {p['nr']}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(CX, y + 0.6)
    pdf.multi_cell(CW, 5.6, p["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(CX)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(CW, 4.5, f"Dnr {p['dnr']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2.5)
    block("Ärendet", p["text"])
    if p["yrk"]:
        block("Yrkanden", p["yrk"])
    if p["vote"]:
        block("Omröstning", vote_text(p))
    decision(p["lead"], p["att"])
    if p["res"]:
        block("Reservation", [p["res"]], style="I")
    if p["exp"]:
        block("Expedieras", ["\n".join(p["exp"])], size=9, lh=4.4)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
