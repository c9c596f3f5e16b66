"""(d) Kolmyra kommun – bygg- och miljönämnden: anmälan av delegationsbeslut 1 februari–31 mars 2027.

Layout: Liberation Sans text, Liberation Sans Narrow table, portrait, 3 pages, mustard accent. P. 1 has no running
header: a CENTRED LETTERHEAD – "KOLMYRA KOMMUN" in spaced capitals between two short mustard rules, under it one
centred grey META LINE (committee · Tjänsteskrivelse · date · Dnr) – then the title, "Förslag till beslut" as a
single att-clause, "Ärendet" with the counts in running text (twenty decisions; eight / four / six / two per
section; three refusals; fees 127 010 kr), the delegates as a KEY–VALUE BLOCK (name / title) and "Beslutsunderlag"
as a "–" list. Pp. 2–3: Bilaga 1, the list of decisions (Datum / Dnr / Fastighet / Beslut / Avgift, kr /
Handläggare) with no vertical rules, the date in bold, hairlines between rows and a mustard rule under the heading;
every section of the delegation order opens with a GROUP LINE LED BY ITS LETTER IN A FILLED MUSTARD SQUARE (B, A,
M, S), the section name in bold and the number of decisions right-aligned in grey ("8 beslut"); "–" for no fee.
THE LIST BREAKS INSIDE SECTION M after the second decision (BMN 2027-027): p. 2 ends with "Förteckningen
fortsätter på nästa sida", p. 3 repeats "Bilaga 1 (forts.)", the heading row and the section line with
"(forts.)". After the list a bold "Summa avgifter" line over a double rule, the fees per delegate as a small
right-aligned table with dotted leaders, and the signature. No metadata title.
"""
import datetime as dt

from common39 import HERE, Doc, nb
from data import (D_SECTIONS, D_DECISIONS, D_BREAK_AFTER, D_OFFICERS, D_MEETING, D_CHIEF, D_PERIOD, d_rows, d_fee,
                  d_refused, d_fee_sum, g, dmy)

OUT = HERE / "kolmyra-bmn-delegationsbeslut-feb-mar-2027.pdf"
MUST = (176, 128, 20)
GREY = (110, 110, 110)
WORD = {2: "två", 3: "tre", 4: "fyra", 6: "sex", 8: "åtta", 20: "tjugo"}

pdf = Doc("Kolmyra kommun", "Bygg- och miljönämnden", "Sida {p} av 3", font="liberation", serif=False,
          accent=MUST, foot="Kolmyra kommun · Anmälan av delegationsbeslut · Dnr BMN 2027-090",
          created=dt.datetime(2027, 4, 6, 11, 0, tzinfo=dt.timezone.utc))
pdf.no_furniture = (1,)

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_y(14)
pdf.set_font("Sans", "B", 12)
name = "K O L M Y R A   K O M M U N"
w = pdf.get_string_width(name)
pdf.set_x(105 - w / 2)
pdf.set_text_color(*MUST)
pdf.cell(w, 6, name)
pdf.set_text_color(0, 0, 0)
pdf.hline(105 - w / 2 - 22, 105 - w / 2 - 4, 17, 0.6, MUST)
pdf.hline(105 + w / 2 + 4, 105 + w / 2 + 22, 17, 0.6, MUST)
pdf.set_y(22)
pdf.set_font("Sans", "", 8.2)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, "Bygg- och miljönämnden  ·  Tjänsteskrivelse  ·  2027-04-06  ·  Dnr BMN 2027-090", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(10)
pdf.set_font("Sans", "B", 17)
pdf.multi_cell(0, 7.5, f"Anmälan av delegationsbeslut {D_PERIOD[0].day} februari–{D_PERIOD[1].day} mars 2027",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.h2("Förslag till beslut")
pdf.att_list("Bygg- och miljönämnden föreslås besluta", [
    f"lägga redovisningen av delegationsbeslut för perioden {D_PERIOD[0].isoformat()}–{D_PERIOD[1].isoformat()} "
    f"till handlingarna."], size=9.8)
pdf.h2("Ärendet")
n_sec = {s: len(d_rows(s)) for s, _ in D_SECTIONS}
n_ref = sum(1 for x in D_DECISIONS if d_refused(x))
pdf.p(f"Beslut som fattas med stöd av delegation ska anmälas till nämnden. Under perioden fattade förvaltningens "
      f"tjänstepersoner {WORD[len(D_DECISIONS)]} beslut: {WORD[n_sec['B']]} om bygglov, rivningslov och "
      f"förhandsbesked, {WORD[n_sec['A']]} om startbesked och slutbesked, {WORD[n_sec['M']]} inom miljö- och "
      f"hälsoskydd och {WORD[n_sec['S']]} om strandskyddsdispens.", size=9.8)
pdf.p(f"I {WORD[n_ref]} ärenden gick besluten sökanden emot. Avgifterna för de anmälda besluten uppgår till "
      f"sammanlagt {g(d_fee_sum())} kronor. Besluten förtecknas per avsnitt i delegationsordningen i bilaga 1.",
      size=9.8)
pdf.p(f"Redovisningen anmäls vid nämndens sammanträde den {dmy(D_MEETING)}. Nämnden kan inte ändra ett "
      f"delegationsbeslut, men kan återkalla delegationen.", size=9.8)
pdf.h2("Delegater under perioden")
pdf.kv([(n, t) for n, t in D_OFFICERS], lw=44, size=9.2, lh=4.6)
pdf.h2("Beslutsunderlag")
pdf.bullets(["Denna tjänsteskrivelse", "Bilaga 1 Förteckning över delegationsbeslut",
             "Delegationsordning för bygg- och miljönämnden, antagen 2026-01-21"], sym="–", size=9.6)

# ---------------------------------------------------------------- pp. 2–3 the list
pdf.add_page()
X0 = 22
WID = [21, 23, 25, 56, 16, 25]
AL = ["L", "L", "L", "L", "R", "L"]
TW = sum(WID)


def l_head(caption):
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(*MUST)
    pdf.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.4)
    pdf.cell(0, 4.5, f"Delegationsbeslut {D_PERIOD[0].isoformat()}–{D_PERIOD[1].isoformat()}, "
                     f"bygg- och miljönämnden", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 3
    h = pdf.row(X0, y, WID, AL, ["Datum", "Dnr", "Fastighet", "Beslut", "Avgift, kr", "Handläggare"],
                font="Cond", size=8.8, style="B")
    pdf.hline(X0, X0 + TW, y + h + 0.2, 0.9, MUST)
    return y + h + 1.2


def sec_line(y, code, label, forts=False):
    pdf.set_fill_color(*MUST)
    pdf.rect(X0, y + 1.4, 4.6, 4.6, style="F")
    pdf.set_xy(X0, y + 1.4)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(4.6, 4.6, code, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(X0 + 6.5, y + 1.2)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(120, 5, label + (" (forts.)" if forts else ""))
    if not forts:
        pdf.set_xy(X0 + TW - 30, y + 1.2)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*GREY)
        pdf.cell(30, 5, f"{len(d_rows(code))} beslut", align="R")
        pdf.set_text_color(0, 0, 0)
    return 7.4


y = l_head("Bilaga 1 Förteckning över delegationsbeslut")
broke = False
for code, label in D_SECTIONS:
    y += sec_line(y, code, label)
    for x in d_rows(code):
        cells = [x[1].isoformat(), x[2], x[3], x[4], d_fee(x[5]), x[6]]
        h = pdf.row(X0, y, WID, AL, cells, font="Cond", size=9.4, vpad=1.8, lh=4.2,
                    styles=["B", None, None, None, None, None])
        pdf.hline(X0, X0 + TW, y + h, 0.12, (190, 190, 190))
        y += h
        if x[2] == D_BREAK_AFTER and not broke:
            broke = True
            pdf.set_xy(X0, y + 2)
            pdf.set_font("Sans", "I", 8)
            pdf.cell(TW, 4, "Förteckningen fortsätter på nästa sida", align="R")
            pdf.add_page()
            y = l_head("Bilaga 1 (forts.)")
            y += sec_line(y, code, label, forts=True)
    y += 1.5
pdf.hline(X0, X0 + TW, y, 0.3)
pdf.hline(X0, X0 + TW, y + 0.8, 0.3)
y += 1.4
h = pdf.row(X0, y, [sum(WID[:4]), WID[4]], ["L", "R"], ["Summa avgifter", g(d_fee_sum())], font="Cond",
            size=9.4, style="B")
y += h + 6
pdf.set_xy(X0, y)
pdf.set_font("Sans", "B", 9.4)
pdf.cell(0, 5, "Avgifter per handläggare, kr", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
for n, t in D_OFFICERS:
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(X0, y)
    pdf.cell(50, 4.8, n)
    wn = pdf.get_string_width(n)
    v = g(d_fee_sum(officer=n)) if d_fee_sum(officer=n) else "–"
    for xx in range(int(X0 + wn + 4), X0 + 78):
        pdf.set_fill_color(150, 150, 150)
        pdf.rect(xx, y + 3.4, 0.35, 0.35, style="F")
    pdf.set_xy(X0 + 78, y)
    pdf.cell(20, 4.8, v, align="R")
    y += 5.4
pdf.set_y(y + 8)
pdf.set_font("Sans", "", 9.6)
pdf.cell(0, 5, D_CHIEF[0], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.4)
pdf.set_text_color(*GREY)
pdf.cell(0, 4.5, D_CHIEF[1].capitalize() + ", samhällsbyggnadsförvaltningen", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
