"""(e) Ebbelunda kommun – kommunstyrelsen: upphandlingsplan 2027 (tjänsteskrivelse).

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 3 pages, navy and mustard. P. 1 has no running
header: a DRAWN PAIR OF SCALES (a navy post and beam with two hanging pans) in a mustard ring beside "EBBELUNDA KOMMUN
/ Kommunstyrelsen", at the right a NAVY-CAPPED BOX (a navy strip with "TJÄNSTESKRIVELSE" in white over Datum, Dnr and
Handläggare), a navy rule, the title, "Förslag till beslut" as att-clauses in a PALE MUSTARD BOX WITH A THICK MUSTARD
LEFT BAR, "Ärendet" with COMPETING FIGURES in running text (16 procurements worth 272 430 tkr vs 14 and 198 300 tkr in
the plan for 2026; six over 10 000 tkr) and "Regler för upphandling" as a "•" list. Pp. 2–3 have a running header
("Ebbelunda kommun · Upphandlingsplan 2027" at the left, "n (3)" at the right) over a mustard hairline and a grey
footer with the Dnr. P. 2: "Tabell 1. Upphandlingsplan 2027" (Nr / Upphandling / Beräknat värde, tkr¹ / Avtalsstart /
Ansvarig förvaltning / KS²) with the rows GROUPED BY PROCEDURE (Öppet förfarande / Förenklat förfarande / Förnyad
konkurrensutsättning / Direktupphandling), each group opening with a MUSTARD TAB holding the procedure over a navy
hairline and the group's count and value in grey italics at the right ("7 upphandlingar, 251 900 tkr"), the rows
numbered in table order and ordered by contract start within the group, ISO dates, the procurements above 10 000 tkr
marked with a DRAWN NAVY DIAMOND in the KS column, a bold "Summa" row over a double rule and the notes ¹ and ². P. 3:
"Kommentarer till planen" (the passage on the food procurement), "Samordning och uppföljning", place and date and two
signature lines. No metadata title.
"""
import datetime as dt
import math

from common50 import HERE, Doc, nb
from data import (E_ROWS, E_DNR, E_DATE, E_HEAD, E_OFFICER, E_THRESHOLD, E_CLAUSES, E_PASSAGE, E_PROCEDURES, e_cells,
                  e_group_rows, e_group_label, e_total, e_sentences, g)

OUT = HERE / "ebbelunda-ks-upphandlingsplan-2027.pdf"
NAVY = (26, 44, 94)
MUSTARD = (214, 162, 32)
PALE_MUSTARD = (251, 242, 214)
GREY = (105, 105, 105)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*NAVY)
        self.set_xy(self.l_margin, 10.5)
        self.cell(100, 4, "Ebbelunda kommun · Upphandlingsplan 2027")
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 100, 4, f"{self.page_no()} (3)", align="R")
        self.hline(self.l_margin, self.w - self.r_margin, 15.8, 0.5, MUSTARD)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Dnr {E_DNR}", align="L")
        self.set_text_color(0, 0, 0)


pdf = EDoc("Ebbelunda kommun", font="liberation", serif=False, accent=NAVY, foot="", justify=False,
           created=dt.datetime(2026, 11, 24, 14, 10, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 18)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
cx, cy = 30, 21.5
pdf.set_draw_color(*MUSTARD)
pdf.set_line_width(1.1)
pdf.circle(cx, cy, 8.0, style="D")
pdf.set_draw_color(*NAVY)
pdf.set_fill_color(*NAVY)
pdf.set_line_width(0.7)
pdf.line(cx, cy - 5.2, cx, cy + 4.6)
pdf.line(cx - 3.0, cy + 4.8, cx + 3.0, cy + 4.8)
pdf.line(cx - 5.0, cy - 3.6, cx + 5.0, cy - 3.6)
pdf.circle(cx, cy - 5.0, 0.7, style="F")
pdf.set_line_width(0.3)
for sx_ in (-1, 1):
    px = cx + sx_ * 4.6
    pdf.line(px, cy - 3.6, px - 1.8, cy + 0.6)
    pdf.line(px, cy - 3.6, px + 1.8, cy + 0.6)
    pdf.polygon([(px - 2.3, cy + 0.6), (px + 2.3, cy + 0.6), (px + 1.3, cy + 1.8), (px - 1.3, cy + 1.8)],
                style="F")
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 15.6)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*NAVY)
pdf.cell(80, 6, "EBBELUNDA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(80, 4.6, "Kommunstyrelsen")
pdf.set_text_color(0, 0, 0)
bx, by, bw = 130, 11.0, 58
pdf.set_fill_color(*NAVY)
pdf.rect(bx, by, bw, 5.2, style="F")
pdf.set_draw_color(*NAVY)
pdf.rect(bx, by, bw, 19.5, style="D")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 8.2)
pdf.set_text_color(255, 255, 255)
pdf.set_xy(bx + 2, by + 0.7)
pdf.cell(bw - 4, 3.8, "TJÄNSTESKRIVELSE")
pdf.set_text_color(0, 0, 0)
for i, (k, v) in enumerate((("Datum", E_DATE.isoformat()), ("Dnr", E_DNR),
                            ("Handläggare", f"{E_OFFICER[0]}"))):
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.set_xy(bx + 2, by + 6.2 + i * 4.2)
    pdf.cell(19, 4, k)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(bw - 23, 4, v)
pdf.hline(22, 188, 34, 0.7, NAVY)
pdf.set_y(38)
pdf.set_font("Sans", "B", 19)
pdf.set_text_color(*NAVY)
pdf.cell(0, 9, "Upphandlingsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.5, "Planerade upphandlingar med avtalsstart under 2027 och januari 2028", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(4)
# the proposal in a pale mustard box with a thick left bar: the box is measured first, then the text drawn on it
y_box = pdf.get_y()


def proposal():
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(pdf.l_margin + 6, y_box + 3)
    pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.att_list("Kommunstyrelsen föreslås besluta", E_CLAUSES, size=9.4, lh=4.7, x0=6)


def nlines(w, text, style):
    pdf.set_font("Sans", style, 9.4)
    return len(pdf.multi_cell(w, 4.7, text, dry_run=True, output="LINES"))


box_h = 3 + 5 + 1 + nlines(pdf.epw - 6, "Kommunstyrelsen föreslås besluta", "B") * 4.7 + 0.8
box_h += sum(nlines(pdf.epw - 6 - 9, nb(c), "") * 4.7 + 1.2 for c in E_CLAUSES) + 1 + 2
pdf.set_fill_color(*PALE_MUSTARD)
pdf.rect(pdf.l_margin, y_box, pdf.epw, box_h, style="F")
pdf.set_fill_color(*MUSTARD)
pdf.rect(pdf.l_margin, y_box, 2.2, box_h, style="F")
proposal()
pdf.set_y(y_box + box_h + 4)
pdf.h1("Ärendet", size=12.5)
s = e_sentences()
pdf.p("Enligt kommunens upphandlingspolicy ska kommunstyrelsen varje år anta en plan över de upphandlingar som ska "
      f"genomföras under det kommande året. {s[0]}", size=9.6)
pdf.p(f"{s[1]} Den största upphandlingen är totalentreprenaden för den nya förskolan i Bergsängen, som ersätter två "
      "förskolor i paviljonger.", size=9.6)
pdf.h2("Regler för upphandling", size=10.5)
pdf.bullets([
    "Upphandlingar görs enligt lagen om offentlig upphandling och kommunens upphandlingspolicy.",
    "Direktupphandling får användas när värdet ligger under direktupphandlingsgränsen.",
    "Avrop från ramavtal görs genom förnyad konkurrensutsättning när ramavtalet kräver det.",
], size=9.4, lh=4.7)
if pdf.page_no() != 1:
    raise SystemExit(f"p. 1 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 2: Tabell 1
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*NAVY)
pdf.cell(0, 6, "Tabell 1. Upphandlingsplan 2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
X = 22
WID = [8, 56, 21, 20, 51, 10]
AL = ["R", "L", "R", "L", "L", "C"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
HEAD = ["Nr", "Upphandling", "Beräknat värde, tkr¹", "Avtalsstart", "Ansvarig förvaltning", "KS²"]
FS = 8.8
pdf.no_split(WID, HEAD, "Cond", "B", 8.4, what="Tabell 1 heading")
y = pdf.get_y()
pdf.hline(X, XS[-1], y, 0.9, NAVY)
pdf.row(X, y + 0.3, WID, AL, HEAD, size=8.4, font="Cond", style="B", h=9.0)
y += 9.4
pdf.hline(X, XS[-1], y, 0.4, NAVY)
for proc in E_PROCEDURES:
    # the procedure in a mustard tab, the number and value of its procurements in grey at the right
    y += 2.6
    pdf.set_font("Cond", "B", 8.6)
    tw = pdf.get_string_width(proc) + 7
    pdf.set_fill_color(*MUSTARD)
    pdf.rect(X, y, tw, 5.4, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=1.2)
    pdf.hline(X, XS[-1], y + 5.4, 0.4, NAVY)
    pdf.set_xy(X, y + 0.7)
    pdf.cell(tw, 4, proc, align="C")
    pdf.set_font("Cond", "I", 8.2)
    pdf.set_text_color(*GREY)
    pdf.set_xy(XS[3], y + 0.7)
    pdf.cell(XS[-1] - XS[3] - 1.2, 4, e_group_label(proc), align="R")
    pdf.set_text_color(0, 0, 0)
    y += 6.0
    for r in e_group_rows(proc):
        cells = e_cells(r) + [""]
        pdf.no_split(WID, cells, "Cond", "", FS, what="Tabell 1")
        h = pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.3)
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.3, h=h)
        if r[2] > E_THRESHOLD:
            dx, dy = XS[5] + WID[5] / 2, y + h / 2
            pdf.set_fill_color(*NAVY)
            pdf.polygon([(dx, dy - 1.6), (dx + 1.6, dy), (dx, dy + 1.6), (dx - 1.6, dy)], style="F")
        y += h
        pdf.hline(X, XS[-1], y, 0.1, (200, 200, 200))
y += 1.2
pdf.hline(X, XS[-1], y, 0.3, (0, 0, 0))
pdf.hline(X, XS[-1], y + 0.7, 0.3, (0, 0, 0))
cells = ["", f"Summa, {len(E_ROWS)} upphandlingar", g(e_total()), "", "", ""]
h = pdf.row_h(WID, cells, size=FS, font="Cond", style="B", vpad=1.3)
pdf.row(X, y + 1.0, WID, AL, cells, size=FS, font="Cond", style="B", vpad=1.3, h=h)
y += 1.0 + h
pdf.hline(X, XS[-1], y, 0.9, NAVY)
pdf.set_y(y + 2)
pdf.set_font("Sans", "", 7.6)
pdf.set_text_color(*GREY)
pdf.multi_cell(0, 3.8, "¹ Beräknat värde för hela avtalstiden, inklusive möjliga förlängningar, exklusive moms.\n"
               f"² Upphandlingen ska redovisas för kommunstyrelsen innan den annonseras (värde över {g(E_THRESHOLD)} "
               "tkr).", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 2:
    raise SystemExit(f"p. 2 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 3
pdf.add_page()
pdf.h1("Kommentarer till planen", size=12.5)
pdf.p("Upphandlingen av livsmedel till kommunens kök är en av de största i planen. För att fler leverantörer ska "
      f"kunna delta har förvaltningen bestämt att {E_PASSAGE}. Avtalet ska gälla i fyra år.", size=9.6)
pdf.p("Skolskjutsen upphandlas med krav på fordon som drivs med förnybara drivmedel. Ramavtalet för "
      "byggentreprenader ska användas för mindre ombyggnader i kommunens skolor, förskolor och äldreboenden.",
      size=9.6)
pdf.p("Vinterväghållningen upphandlas i tre geografiska områden. Det nuvarande avtalet löper ut den 31 oktober 2027.",
      size=9.6)
pdf.h1("Samordning och uppföljning", size=12.5)
pdf.p("Upphandlingsenheten samordnar planen och stöttar förvaltningarna. Upphandlingar som inte finns med i planen "
      "kan genomföras om behovet uppstår under året, men ska då anmälas till upphandlingsenheten.", size=9.6)
pdf.p("Kommundirektören redovisar i årsredovisningen hur många av upphandlingarna som har genomförts och om "
      "några har överprövats.", size=9.6)
pdf.ln(5)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Ebbelunda den {E_DATE.day} november {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.sign_lines([f"{E_HEAD[0]}\n{E_HEAD[1].capitalize()}", f"{E_OFFICER[0]}\n{E_OFFICER[1].capitalize()}"])
if pdf.page_no() != 3:
    raise SystemExit(f"{pdf.page_no()} pages, expected 3")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
