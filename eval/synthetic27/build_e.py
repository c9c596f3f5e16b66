"""(e) Ramsåkers kommun – taxa för rengöring (sotning) och brandskyddskontroll 2027.

Layout: Liberation Sans (Word look), portrait, 3 pages. P. 1: a FULL-WIDTH DARK TOP STRIP with the sender in
white (no running header on p. 1), the title, a key–value block, "Förändringar inför 2027" with competing
figures, "Så beräknas avgiften" as a RECEIPT-LIKE WORKED EXAMPLE (item lines with dot leaders and right-aligned
kr amounts, a rule and a bold sum) and the decision as att-clauses. Pp. 2–3: "Bilaga 1. Avgifter", a table
whose 2027 COLUMN IS FILLED IN THE ACCENT COLOUR WITH WHITE BOLD FIGURES, whose change column carries a DRAWN
TRIANGLE (red up for a rise, green down for a cut, a grey bar for no change) beside the signed per cent, and
whose moms column holds "inkl. moms" / "exkl. moms*"; groups open with a bold name behind a THICK LEFT TAB, rows
are separated by hairlines, and "Offert" stands where there is no fixed fee. The table BREAKS after B3: p. 3
repeats the caption "(forts.)" and the heading. P. 3: the footnotes "*" and "**", "Övriga bestämmelser" as a
numbered list whose items wrap (the reason for the cheaper efterkontroll) and a signature. No metadata title.
"""
import datetime as dt

from common27 import HERE, Doc, nb
from data import (E_GROUPS, E_BREAK_AFTER, E_INDEX, E_PASSAGE, E_ADOPTED, E_EXKL, e_rows, e_change, e_fee, g,
                  d1, dmy)

OUT = HERE / "ramsaker-taxa-sotning-brandskyddskontroll-2027.pdf"
ACC = (150, 60, 30)
RED = (190, 40, 40)
GREEN = (40, 130, 60)
pdf = Doc("Ramsåkers kommun", "Taxa för sotning och brandskyddskontroll 2027", "Sida {p} av 3",
          font="liberation", accent=ACC, foot="Ramsåkers kommun · Räddningstjänsten · Dnr KS 2026/0402",
          created=dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
pdf.no_furniture = (1,)
rows = {r[0]: r for _, r in e_rows()}

# ---------------------------------------------------------------- p. 1
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 0, 210, 18, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 12)
pdf.set_xy(20, 6)
pdf.cell(100, 6, "Ramsåkers kommun")
pdf.set_font("Sans", "", 9.5)
pdf.set_xy(110, 6.5)
pdf.cell(80, 6, "Räddningstjänsten", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(28)
pdf.set_font("Sans", "B", 18)
pdf.multi_cell(0, 8, "Taxa för rengöring (sotning) och brandskyddskontroll 2027", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(3)
pdf.kv([("Antagen", f"Kommunfullmäktige {dmy(E_ADOPTED)}, § 142"),
        ("Gäller från", "1 januari 2027"),
        ("Dnr", "KS 2026/0402"),
        ("Kontakt", "Per Sjödin, räddningschef")], lw=30, size=9.4, lh=4.7)
pdf.h1("Förändringar inför 2027", size=12)
lo = min(e_change(r) for _, r in e_rows() if e_change(r) and e_change(r) > 0)
hi = max(e_change(r) for _, r in e_rows() if e_change(r) is not None)
pdf.p(f"Avgifterna räknas i grunden upp med {d1(E_INDEX)} procent, som är förändringen av "
      f"Sveriges Kommuner och Regioners sotningsindex. Eftersom avgifterna avrundas till hela kronor och några "
      f"moment har fått ny tidsåtgång varierar höjningarna mellan {d1(lo)} och {d1(hi)} procent.", size=9.8)
b1 = rows["B1"]
pdf.p(f"Brandskyddskontrollen av ett en- eller tvåbostadshus kostar {g(b1[4])} kr 2027. Avgiften för "
      f"efterkontroll sänks, och avgifterna för pelletspannor och pappersfakturor är oförändrade.", size=9.8)
pdf.h1("Så beräknas avgiften", size=12)
pdf.p("Vid varje rengöring tas en grundavgift ut per besök och objekt. Till den läggs avgiften för det som "
      "rengörs. Exemplet visar ett rengöringstillfälle i en villa med vedpanna och kakelugn 2027.", size=9.8)
ex = [("Grundavgift, R1", rows["R1"][4]), ("Vedpanna, R2", rows["R2"][4]), ("Kakelugn, R4", rows["R4"][4])]
y = pdf.get_y() + 1
x0, xw = 40, 110
pdf.set_draw_color(150, 150, 150)
pdf.set_dash_pattern(dash=0.6, gap=0.6)
pdf.rect(x0 - 4, y - 2, xw + 8, len(ex) * 5.4 + 13)
pdf.set_dash_pattern()
pdf.set_font("Sans", "", 9.4)
for lab, v in ex:
    pdf.set_xy(x0, y)
    pdf.cell(xw - 25, 5, lab)
    w_ = pdf.get_string_width(lab)
    pdf.set_text_color(150, 150, 150)
    pdf.set_xy(x0 + w_ + 1, y)
    pdf.cell(xw - 27 - w_, 5, "." * int((xw - 29 - w_) / pdf.get_string_width(".")))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x0 + xw - 25, y)
    pdf.cell(25, 5, f"{g(v)} kr", align="R")
    y += 5.4
pdf.line(x0 + xw - 30, y + 0.5, x0 + xw, y + 0.5)
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Sans", "B", 9.4)
pdf.set_xy(x0, y + 1.2)
pdf.cell(xw - 25, 5, "Summa per rengöringstillfälle")
pdf.set_xy(x0 + xw - 25, y + 1.2)
pdf.cell(25, 5, f"{g(sum(v for _, v in ex))} kr", align="R")
pdf.set_y(y + 13)
pdf.h1("Beslut", size=12)
pdf.att_list("Kommunfullmäktige beslutar", [
    "anta taxa för rengöring (sotning) och brandskyddskontroll enligt bilaga 1, att gälla från den "
    "1 januari 2027, och",
    "ge räddningstjänsten rätt att räkna upp avgifterna med sotningsindex inför 2028."], size=9.6, lh=4.8)

# ---------------------------------------------------------------- pp. 2–3 Bilaga 1
W = [12, 66, 22, 17, 17, 20, 16]
X = [20]
for w in W[:-1]:
    X.append(X[-1] + w)
R = 20 + sum(W)
CAP = "Bilaga 1. Avgifter för rengöring och brandskyddskontroll"


def heading(cont):
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 6, CAP + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y_ = pdf.get_y() + 1.5
    pdf.set_fill_color(*ACC)
    pdf.rect(X[4], y_, W[4], 8.5, style="F")
    pdf.set_font("Cond", "B", 8.6)
    for x, w, h, a in zip(X, W, ["Kod", "Avgift", "Enhet", "2026, kr", "2027, kr", "Ändring, %", "Moms"],
                          "LLLRRRL"):
        if x == X[4]:
            pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x + (1 if a == "L" else 0), y_ + 1.8)
        pdf.cell(w - 2, 5, h, align=a)
        pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(20, y_ + 8.5, R, y_ + 8.5)
    pdf.set_line_width(0.2)
    return y_ + 9


def group(y_, name):
    pdf.set_fill_color(*ACC)
    pdf.rect(20, y_ + 1, 2.2, 5, style="F")
    pdf.set_fill_color(*ACC)
    pdf.rect(X[4], y_, W[4], 7, style="F")
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*ACC)
    pdf.set_xy(24, y_ + 1)
    pdf.cell(90, 5, name)
    pdf.set_text_color(0, 0, 0)
    return y_ + 7


def row(y_, r):
    ch = e_change(r)
    pdf.set_font("Cond", "B", 8.9)
    pdf.set_xy(X[0] + 1, y_ + 0.8)
    pdf.cell(W[0] - 1, 4.2, r[0])
    pdf.set_font("Cond", "", 8.9)
    pdf.set_xy(X[1] + 1, y_ + 0.8)
    pdf.multi_cell(W[1] - 3, 4.2, r[1] + ("**" if r[3] is None else ""), align="L")
    y_end = pdf.get_y() + 0.8
    h = max(y_end - y_, 5.8)
    pdf.set_fill_color(*ACC)
    pdf.rect(X[4], y_, W[4], h, style="F")
    pdf.set_font("Cond", "", 8.9)
    cells = [r[2], "Offert" if r[3] is None else g(r[3])]
    for x, w, v, a in zip(X[2:4], W[2:4], cells, "LR"):
        pdf.set_xy(x + (1 if a == "L" else 0), y_ + 0.8)
        pdf.cell(w - 2, 4.2, v, align=a)
    pdf.set_font("Cond", "B", 8.9)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(X[4], y_ + 0.8)
    pdf.cell(W[4] - 2, 4.2, "Offert" if r[4] is None else g(r[4]), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Cond", "", 8.9)
    pdf.set_xy(X[5], y_ + 0.8)
    pdf.cell(W[5] - 2, 4.2, "–" if ch is None else d1(ch, plus=True), align="R")
    tx, ty = X[5] + 3, y_ + 2.9
    if ch is not None and ch > 0:
        pdf.set_fill_color(*RED)
        pdf.polygon([(tx, ty + 1.2), (tx + 2.6, ty + 1.2), (tx + 1.3, ty - 1.2)], style="F")
    elif ch is not None and ch < 0:
        pdf.set_fill_color(*GREEN)
        pdf.polygon([(tx, ty - 1.2), (tx + 2.6, ty - 1.2), (tx + 1.3, ty + 1.2)], style="F")
    elif ch is not None:
        pdf.set_fill_color(150, 150, 150)
        pdf.rect(tx, ty - 0.4, 2.6, 0.8, style="F")
    pdf.set_xy(X[6] + 1, y_ + 0.8)
    pdf.cell(W[6] - 1, 4.2, r[5] + ("*" if r[5] == E_EXKL else ""))
    y_ += h
    pdf.set_draw_color(200, 200, 200)
    pdf.line(20, y_, R, y_)
    pdf.set_draw_color(0, 0, 0)
    return y_


pdf.add_page()
pdf.h1("Frister och avgiftsskyldighet", size=12)
pdf.p("Hur ofta en anläggning ska rengöras och kontrolleras styrs av de frister som kommunen har beslutat. "
      "Avgiften tas bara ut när arbetet har utförts. Tabellen visar de vanligaste fristerna för bostadshus.",
      size=9.4)
FR = [("Vedpanna eller kombipanna", "3 gånger per år", "vart 3:e år"),
      ("Oljepanna", "1 gång per år", "vart 6:e år"),
      ("Pelletspanna", "1 gång per år", "vart 3:e år"),
      ("Kakelugn eller kamin som används regelbundet", "1 gång per år", "vart 3:e år"),
      ("Eldstad i fritidshus", "vart 3:e år", "vart 6:e år")]
WF = [82, 42, 46]
y = pdf.get_y() + 1
pdf.set_font("Cond", "B", 8.8)
for k, (h, w) in enumerate(zip(["Anläggning", "Rengöring", "Brandskyddskontroll"], WF)):
    pdf.set_xy(20 + sum(WF[:k]) + 1, y)
    pdf.cell(w - 2, 5, h)
y += 5.5
pdf.line(20, y, 190, y)
for fr in FR:
    pdf.set_font("Cond", "", 8.8)
    for k, (v, w) in enumerate(zip(fr, WF)):
        pdf.set_xy(20 + sum(WF[:k]) + 1, y + 0.4)
        pdf.cell(w - 2, 5, v)
    y += 5.6
pdf.line(20, y, 190, y)
pdf.set_y(y + 5)
pdf.p("Avgifterna för en- och tvåbostadshus, fritidshus och flerbostadshus anges inklusive moms. Avgifterna för "
      "verksamhetslokaler och restaurangkök anges exklusive moms. Koden används på fakturan.", size=9.4)
y = heading(False)
for gr, rs in E_GROUPS:
    y = group(y, gr)
    for r in rs:
        y = row(y, r)
        if r[0] == E_BREAK_AFTER:
            pdf.set_xy(20, y + 1.5)
            pdf.set_font("Sans", "I", 8.4)
            pdf.cell(0, 4.5, "Tabellen fortsätter på nästa sida.")
            pdf.add_page()
            y = heading(True)
            y = group(y, gr + " (forts.)")
pdf.set_line_width(0.5)
pdf.line(20, y, R, y)
pdf.set_line_width(0.2)
pdf.set_y(y + 3)
pdf.set_font("Sans", "", 8.2)
pdf.multi_cell(0, 4.1, "* Moms tillkommer med 25 procent.", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(0, 4.1, "** Rengöring av imkanaler i restaurangkök görs efter en offert från "
               "skorstensfejarmästaren, eftersom arbetets omfattning varierar mellan köken.", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(3)
pdf.h1("Övriga bestämmelser", size=12)
pdf.numbered([
    "Avgiften tas ut av den som är ägare till fastigheten vid tidpunkten för rengöringen eller "
    "brandskyddskontrollen. Fakturan skickas efter utfört arbete.",
    "Om fastighetsägaren inte har lämnat tillträde och inte har avbokat besöket senast 24 timmar innan tas "
    "framkörningsavgiften ut. Ett nytt besök bokas och debiteras enligt taxan.",
    E_PASSAGE,
    "Arbete som inte omfattas av taxan, till exempel rengöring av imkanaler, debiteras enligt offert som lämnas "
    "innan arbetet påbörjas.",
], size=9.6, lh=4.8)
pdf.ln(6)
pdf.sign_lines(["Per Sjödin, räddningschef"])
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
