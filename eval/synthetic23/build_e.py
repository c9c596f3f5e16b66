"""(e) Pimsjö kommun – VA-taxa 2027 (avgifter för den allmänna vatten- och avloppsanläggningen).

Layout: Liberation Serif text, Liberation Sans tables and headings, portrait. P. 1: key–value block, "Vad
betalar jag för?" as a 2 × 2 GRID OF LETTER TILES (a big coloured abbreviation V / S / Df / Dg beside its
explanation) and the changes for 2027 in running text (43,50 → 46,00 kr, +725 kr). P. 2: Tabell 1, the usage
fees as a MATRIX fee × purpose (V / S / Df / Dg / Summa) where EACH FEE HAS TWO STACKED ROWS, "exkl." and
"inkl." moms: the fee name and its unit stand in a cell merged over both rows (name bold, unit small grey), the
inkl. row is bold on a light tint, and a heavy rule separates the fees. Tabell 2, the connection fee for
småhus by plot area (bands "801–1 200 m²", the last band "196 000 + 40 kr/m²"), has horizontal rules only and
a MINI BAR per band proportional to the fee. P. 3: Tabell 3 (other connection fees, full grid) and "Allmänna
bestämmelser" as a numbered list whose items wrap, WITH A THIN RULE BETWEEN THE ITEMS. P. 4: Tabell 4, annual
costs of three typhus 2026 vs 2027 including VAT (full grid, signed changes), a worked calculation line and a
contact block. No metadata title.
"""
import datetime as dt

from common23 import HERE, Doc, nb
from data import (E_FEES, E_PARTS, E_2026_INKL, E_BANDS, E_OTHER_CONN, E_TYPHUS, E_RULES, e_inkl, e_parts, e_fee,
                  e_typhus, kr2, grp, t1)

OUT = HERE / "pimsjo-va-taxa-2027.pdf"
ACC = (20, 90, 150)
pdf = Doc("Pimsjö kommun", "VA-taxa 2027", "{p} (4)", font="liberation", serif=True, accent=ACC,
          foot="Pimsjö kommun · Samhällsbyggnadsförvaltningen, VA-enheten · Beslutad av kommunfullmäktige "
               "2026-11-23, § 164",
          created=dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 25, 20)
M3 = e_fee("Förbrukningsavgift")
TA = E_TYPHUS[0]
ta = e_typhus(TA)


def kr0(ore):
    return grp(ore // 100)


# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.title_block("VA-taxa 2027", "Avgifter för Pimsjö kommuns allmänna vatten- och avloppsanläggning", size=20)
pdf.kv([("Beslutad av", "Kommunfullmäktige 23 november 2026, § 164"),
        ("Gäller från", "1 januari 2027"),
        ("Huvudman", "Pimsjö kommun, samhällsbyggnadsförvaltningen, VA-enheten"),
        ("Frågor", "Viktor Engström, VA-ekonom")], lw=32, size=9.4, lh=4.7)
pdf.h1("Vad betalar jag för?")
pdf.p("VA-taxan består av en anläggningsavgift, som betalas en gång när fastigheten ansluts, och en "
      "brukningsavgift, som betalas löpande. Avgifterna fördelas på fyra ändamål:", size=9.8)
TILES = [("V", "Vatten", "Att ta fram, rena och leverera dricksvatten till fastigheten."),
         ("S", "Spillvatten", "Att ta emot och rena avloppsvatten från hushåll och verksamheter."),
         ("Df", "Dagvatten fastighet", "Att ta hand om regn- och smältvatten från tak och gårdsytor."),
         ("Dg", "Dagvatten gata", "Att ta hand om dagvatten från gator, vägar och allmänna platser.")]
y0 = pdf.get_y() + 1
TW = (pdf.epw - 6) / 2
for k, (ab, name, text) in enumerate(TILES):
    r, c = divmod(k, 2)
    x, y = pdf.l_margin + c * (TW + 6), y0 + r * 22
    pdf.set_draw_color(190, 205, 220)
    pdf.rect(x, y, TW, 19)
    pdf.set_fill_color(*ACC)
    pdf.rect(x, y, 15, 19, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 15)
    pdf.set_xy(x, y + 5)
    pdf.cell(15, 8, ab, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_xy(x + 18, y + 2)
    pdf.cell(TW - 20, 5, name)
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(x + 18, y + 7)
    pdf.multi_cell(TW - 20, 4.2, text, align="L")
pdf.set_draw_color(0, 0, 0)
pdf.set_y(y0 + 46)
pdf.h1("Förändringar 2027")
pdf.p(f"Brukningsavgifterna höjs med i genomsnitt 6 procent. Förbrukningsavgiften höjs från "
      f"{kr2(E_2026_INKL['Förbrukningsavgift'])} kronor till {kr2(e_inkl(M3[2]))} kronor per kubikmeter, "
      f"inklusive moms. För ett typiskt småhus som förbrukar {TA[4]} kubikmeter vatten per år ökar "
      f"årskostnaden med {kr0(ta[2])} kronor. Höjningen behövs för att finansiera det nya vattenverket och "
      "förnyelsen av ledningsnätet.", size=9.8)
pdf.p("Anläggningsavgiften för småhus tas från 2027 ut efter tomtens storlek i fem intervall i stället för som "
      "tidigare med en avgift per kvadratmeter. Avgiften för verksamhetsfastigheter beräknas fortfarande per "
      "kvadratmeter tomtyta.", size=9.8)
pdf.p("Alla belopp anges både exklusive och inklusive 25 procent moms. Moms tas ut på samtliga avgifter.",
      size=9.8)

# ---------------------------------------------------------------- page 2: Tabell 1 and 2
pdf.add_page()
pdf.h1("Tabell 1. Brukningsavgifter 2027")
W = [52, 14, 20, 20, 20, 20, 24]
X = [pdf.l_margin]
for w in W[:-1]:
    X.append(X[-1] + w)
R = X[-1] + W[-1]
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 8.6)
heads = ["Avgift", "Moms"] + E_PARTS + ["Summa"]
for k, h in enumerate(heads):
    pdf.set_xy(X[k] + 1, y)
    pdf.cell(W[k] - 2, 6, h, align="L" if k < 2 else "R")
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, y + 6.5, R, y + 6.5)
pdf.set_line_width(0.2)
y += 7.3
RH = 5.6
for i, fee in enumerate(E_FEES):
    ex = e_parts(fee)
    inkl = [e_inkl(v) for v in ex]
    pdf.set_fill_color(232, 241, 249)
    pdf.rect(X[1], y + RH, R - X[1], RH, style="F")
    pdf.set_font("Sans", "B", 8.7)
    pdf.set_xy(X[0] + 1, y)
    pdf.cell(W[0] - 2, RH, fee[0])
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(100, 100, 100)
    pdf.set_xy(X[0] + 1, y + RH)
    pdf.cell(W[0] - 2, RH, fee[1])
    pdf.set_text_color(0, 0, 0)
    for r, (lab, vals, st) in enumerate((("exkl.", ex, ""), ("inkl.", inkl, "B"))):
        pdf.set_font("Sans", st, 8.7)
        pdf.set_xy(X[1] + 1, y + r * RH)
        pdf.cell(W[1] - 2, RH, lab)
        for k, v in enumerate(vals):
            pdf.set_xy(X[k + 2] + 1, y + r * RH)
            pdf.cell(W[k + 2] - 2, RH, "–" if v == 0 else kr2(v), align="R")
    pdf.set_draw_color(215, 215, 215)
    pdf.line(X[1], y + RH, R, y + RH)
    pdf.set_draw_color(0, 0, 0)
    y += 2 * RH
    pdf.set_line_width(0.45 if i < len(E_FEES) - 1 else 0.6)
    pdf.line(pdf.l_margin, y, R, y)
    pdf.set_line_width(0.2)
pdf.set_y(y + 2)
pdf.footnotes([("", "Den fasta avgiften för flerbostadshus tas ut per lägenhet. Förbrukningsavgiften tas ut per "
                    "kubikmeter levererat vatten och avser endast V och S."),
               ("", "Fastighet som inte är ansluten för dagvatten betalar inte avgift för Df, se bestämmelse 3.")],
              size=7.8)
pdf.h1("Tabell 2. Anläggningsavgift för småhus efter tomtyta")
W2 = [40, 40, 40, 50]
X2 = [pdf.l_margin]
for w in W2[:-1]:
    X2.append(X2[-1] + w)
R2 = X2[-1] + W2[-1]
y = pdf.get_y() + 1
pdf.set_font("Sans", "B", 8.6)
for k, h in enumerate(["Tomtyta", "Exkl. moms, kr", "Inkl. moms, kr"]):
    pdf.set_xy(X2[k] + 1, y)
    pdf.cell(W2[k] - 2, 6, h, align="L" if k == 0 else "R")
pdf.line(pdf.l_margin, y + 6.5, R2, y + 6.5)
y += 7.3
top = max(e_inkl(b[1]) for b in E_BANDS)
for band, ex, extra in E_BANDS:
    inkl = e_inkl(ex)
    ex_s = kr0(ex) + (f" + {kr0(extra)} kr/m²" if extra else "")
    in_s = kr0(inkl) + (f" + {kr0(e_inkl(extra))} kr/m²" if extra else "")
    pdf.set_font("Sans", "", 8.8)
    for k, c in enumerate([band, ex_s, in_s]):
        pdf.set_xy(X2[k] + 1, y)
        pdf.cell(W2[k] - 2, 6, c, align="L" if k == 0 else "R")
    bw = (W2[3] - 12) * inkl / top
    pdf.set_fill_color(120, 165, 205)
    pdf.rect(X2[3] + 6, y + 1.6, bw, 2.8, style="F")
    y += 6
    pdf.set_draw_color(210, 210, 210)
    pdf.line(pdf.l_margin, y, R2, y)
    pdf.set_draw_color(0, 0, 0)
pdf.set_y(y + 2)
pdf.footnotes([("", "För tomter över 2 000 m² tillkommer en avgift per kvadratmeter för den del av tomtytan som "
                    "överstiger 2 000 m². Avgiften omfattar en förbindelsepunkt för V, S och Df.")], size=7.8)

# ---------------------------------------------------------------- page 3: Tabell 3 and bestämmelser
pdf.add_page()
pdf.h1("Tabell 3. Övriga anläggningsavgifter")
rows = []
for lab, ore in E_OTHER_CONN:
    f_ = kr2 if "per m²" in lab else kr0
    rows.append([lab, f_(ore), f_(e_inkl(ore))])
pdf.ruled_table(["Avgift", "Exkl. moms, kr", "Inkl. moms, kr"], rows, [90, 38, 38], ["LEFT", "RIGHT", "RIGHT"],
                size=8.8, head_fill=(220, 232, 244))
pdf.h1("Allmänna bestämmelser")
for i, rule in enumerate(E_RULES, 1):
    pdf.need(16)
    yy = pdf.get_y()
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*ACC)
    pdf.set_xy(pdf.l_margin, yy)
    pdf.cell(9, 4.9, f"{i}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9.8)
    pdf.set_xy(pdf.l_margin + 9, yy)
    pdf.multi_cell(pdf.epw - 9, 4.9, nb(rule), align="J", new_x="LMARGIN", new_y="NEXT")
    yy = pdf.get_y() + 1.8
    if i < len(E_RULES):
        pdf.set_draw_color(200, 210, 220)
        pdf.line(pdf.l_margin + 9, yy, pdf.l_margin + pdf.epw, yy)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_y(yy + 2)

# ---------------------------------------------------------------- page 4: Tabell 4 typhus
pdf.add_page()
pdf.h1("Tabell 4. Årskostnad för typhus, inklusive moms")
rows = []
for t in E_TYPHUS:
    c26, c27, ch, pct = e_typhus(t)
    rows.append([t[0], t[1], grp(t[4]), kr0(c26), kr0(c27), "+" + kr0(ch), t1(pct, plus=True)])
pdf.ruled_table(["Typhus", "Beskrivning", "Förbrukning, m³/år", "2026, kr", "2027, kr", "Förändring, kr",
                 "Förändring, %"], rows, [20, 48, 24, 20, 20, 19, 19],
                ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, head_fill=(220, 232, 244))
pdf.h2("Så räknas årskostnaden för typhus A")
fast = e_inkl(e_fee(TA[2])[2])
pdf.set_font("Sans", "", 9.4)
pdf.cell(0, 5.5, f"Fast avgift {kr2(fast)} kr + {TA[4]} m³ × {kr2(e_inkl(M3[2]))} kr = {kr2(ta[1])} kr per år",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.p("Typhusen är desamma som i Svenskt Vattens statistik och används för att jämföra avgiftsnivåer mellan "
      "kommuner. Din egen kostnad beror på din förbrukning och på hur fastigheten är ansluten.", size=9.6)
pdf.h2("Kontakt")
pdf.kv([("VA-enheten", "Samhällsbyggnadsförvaltningen, Pimsjö kommun"),
        ("Fakturafrågor", "Kundservice, vardagar 8–16"),
        ("Taxefrågor", "Viktor Engström, VA-ekonom")], lw=34, size=9.2, lh=4.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
