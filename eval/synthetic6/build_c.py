"""(c) Hjortvikens kommun – handlingsplan för digitalisering 2026–2027.
DejaVu Sans; a definition list "Term: beskrivning", "▪" bullets with "○" sub-bullets, and a
LANDSCAPE page holding a Gantt-like action table (quarter columns marked "X", two-level
year/quarter header, group rows, responsible and cost columns)."""
import os
from fpdf.enums import XPos, YPos
from common6 import Doc, num, tnum, NB
from data import FILES, C_GROUPS, C_QUARTERS, C_FUND, C_TERMS, C_PRINCIPLES

BLUE = (31, 73, 125)


def header(d):
    d.set_font("dv", "", 7.5)
    d.set_text_color(90, 90, 90)
    d.set_y(8)
    d.cell(0, 4, "HJORTVIKENS KOMMUN", align="L")
    d.set_x(d.l_margin)
    d.cell(0, 4, "Handlingsplan för digitalisering 2026–2027", align="R", new_x=XPos.LMARGIN,
           new_y=YPos.NEXT)
    d.set_text_color(0, 0, 0)
    d.set_y(17)


def footer(d):
    d.set_y(-12)
    d.set_font("dv", "", 7.5)
    d.set_text_color(90, 90, 90)
    d.cell(0, 4, f"Sida {d.page_no()} av {{nb}}", align="R")
    d.set_text_color(0, 0, 0)


d = Doc(title="Handlingsplan för digitalisering 2026–2027, Hjortvikens kommun", author="Hjortvikens kommun",
        header_fn=header, footer_fn=footer)
d.body_font = ("dv", 9.5)
d.submarker = "○"


def h1(t):
    d.heading(t, size=13, before=3, color=BLUE)


# ---------------- page 1
d.add_page()
d.ln(4)
d.set_font("dv", "B", 20)
d.set_text_color(*BLUE)
d.multi_cell(0, 9, "Handlingsplan för digitalisering\n2026–2027", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_text_color(0, 0, 0)
d.ln(2)
d.set_font("dv", "", 8.5)
d.multi_cell(0, 4.2, "Antagen av kommunstyrelsen 2026-01-20, § 9. Dnr KS 2025/604. Planen verkställer "
             "kommunens digitaliseringsstrategi, som kommunfullmäktige antog 2024-06-17.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(3)
h1("1 Inledning")
d.para("Hjortvikens kommun ska använda digitaliseringens möjligheter för att göra det enklare för invånare "
       "och företag, höja kvaliteten i välfärden och frigöra resurser till kärnverksamheten. Den här "
       "handlingsplanen anger vilka aktiviteter som ska genomföras under 2026 och 2027, när de ska "
       "genomföras, vem som ansvarar och vad de beräknas kosta.")
d.para("Planen har tagits fram av kommunens digitaliseringsråd, där samtliga förvaltningar är "
       "representerade, efter en behovsinventering under hösten 2025. Aktiviteterna är ordnade under fyra "
       "fokusområden som motsvarar strategins målområden.")
h1("2 Begrepp")
d.para("I planen används följande begrepp:")
for term, desc in C_TERMS:
    d.set_x(d.l_margin + 3)
    d.font(size=9.5)
    d.multi_cell(d.epw - 3, 4.6, f"**{term}:** {desc}", markdown=True, align="L",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(1.8)

# ---------------- page 2
d.add_page()
h1("3 Principer")
d.para("Digitaliseringsarbetet i kommunen vägleds av fem principer. Under varje princip anges vad den "
       "innebär i praktiken.")
d.marked(C_PRINCIPLES, "▪", indent=3, hang=6, markfam="dv", after=1.0)
d.ln(1)
h1("4 Fokusområden")
for t, txt in [
    ("A. Digitala tjänster för invånare och företag",
     "Fler ärenden ska kunna skötas digitalt, dygnet runt. Prioritet har tjänster med många ärenden och "
     "tjänster där handläggningen i dag kräver mycket manuell registrering."),
    ("B. Välfärd och lärande",
     "Digital teknik ska användas för att öka tryggheten och självständigheten för personer med stöd från "
     "socialtjänsten och för att ge alla elever likvärdiga förutsättningar."),
    ("C. Infrastruktur och informationssäkerhet",
     "Kommunens nät, system och telefoni ska vara stabila och säkra. Sårbarheten vid it-avbrott ska minska."),
    ("D. Kompetens och arbetssätt",
     "Chefer och medarbetare ska ha den digitala kompetens som krävs, och nya arbetssätt ska prövas "
     "innan de införs i stor skala."),
]:
    d.font(size=9.5, style="B")
    d.multi_cell(0, 4.8, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.para(txt, after=2)

# ---------------- page 3: LANDSCAPE Gantt
d.add_page(orientation="L")
h1("5 Aktiviteter och tidplan")
d.para("Ett X markerar de kvartal då aktiviteten pågår. Kostnaden avser engångskostnad under planperioden "
       "i tusentals kronor.", size=9)
W = [9, 104, 40, 21] + [11.6] * 8
HX = d.l_margin
LH = 5.6
d.set_draw_color(150, 150, 150)
d.set_line_width(0.2)
d.set_fill_color(*BLUE)
d.set_text_color(255, 255, 255)
d.set_font("dv", "B", 8)
y0 = d.get_y()
x = HX
for w, t, al in zip(W[:4], ["Nr", "Aktivitet", "Ansvarig", "Kostnad\n(tkr)"], "LLLR"):
    d.rect(x, y0, w, 2 * LH, "DF")
    d.set_xy(x + 0.8, y0 + (0.3 if "\n" in t else LH / 2))
    d.multi_cell(w - 1.6, LH - 0.6 if "\n" in t else LH, t, align=al)
    x += w
for yi, year in enumerate(["2026", "2027"]):
    xs = x + yi * 4 * W[4]
    d.rect(xs, y0, 4 * W[4], LH, "DF")
    d.set_xy(xs, y0)
    d.cell(4 * W[4], LH, year, align="C")
    for q in range(4):
        d.rect(xs + q * W[4], y0 + LH, W[4], LH, "DF")
        d.set_xy(xs + q * W[4], y0 + LH)
        d.cell(W[4], LH, f"Kv {q + 1}", align="C")
d.set_text_color(0, 0, 0)
y = y0 + 2 * LH
RH = 5.9
for group, rows in C_GROUPS:
    d.set_fill_color(222, 230, 242)
    d.rect(HX, y, sum(W), RH, "DF")
    d.set_font("dv", "B", 8)
    d.set_xy(HX + 1, y)
    d.cell(sum(W) - 2, RH, group)
    y += RH
    for nr, act, resp, cost, qs in rows:
        x = HX
        d.set_font("dv", "", 8)
        for w, t, al in zip(W[:4], [str(nr), act, resp, num(cost)], "LLLR"):
            d.rect(x, y, w, RH)
            d.set_xy(x + 0.8, y)
            d.cell(w - 1.6, RH, t, align=al)
            x += w
        for q in C_QUARTERS:
            if q in qs:
                d.set_fill_color(176, 196, 222)
                d.rect(x, y, W[4], RH, "DF")
                d.set_xy(x, y)
                d.set_font("dv", "B", 8)
                d.cell(W[4], RH, "X", align="C")
            else:
                d.rect(x, y, W[4], RH)
            x += W[4]
        y += RH
d.set_y(y + 2)
d.set_font("dv", "I", 7.5)
d.cell(0, 4, "Kv = kvartal. Aktiviteter som löper över årsskiftet budgeteras på det år då de startar.")
total = sum(r[3] for _, rows in C_GROUPS for r in rows)
assert total == 10000

# ---------------- page 4: economy and follow-up (portrait)
d.add_page(orientation="P")
h1("6 Ekonomi")
d.para(f"Den samlade kostnaden för planens aktiviteter beräknas till {tnum(total)}{NB}tkr. Av detta ryms "
       f"{tnum(total - C_FUND)}{NB}tkr inom förvaltningarnas befintliga budgetramar, medan {tnum(C_FUND)}{NB}tkr "
       "söks ur kommunstyrelsens digitaliseringsfond. Den största enskilda kostnaden är de digitala "
       "enheterna till elever i mellanstadiet.")
d.para("Flera aktiviteter väntas ge minskade kostnader på sikt. Den molnbaserade telefonin beräknas "
       "sänka de årliga licens- och driftkostnaderna, och den digitala nattillsynen minskar antalet "
       "nattliga tillsynsbesök i hemtjänsten. Nyttan ska redovisas i samband med uppföljningen.")
h1("7 Uppföljning och ansvar")
d.para("Ansvaret för planen fördelas enligt följande:")
d.marked([
    "Kommunstyrelsen beslutar om planen och om medel ur digitaliseringsfonden.",
    "Digitaliseringsrådet följer upp aktiviteterna varje kvartal och föreslår ändringar i tidplanen.",
    "Den som anges som ansvarig för en aktivitet rapporterar status till digitaliseringsrådet.",
    "Förvaltningscheferna ansvarar för att nyttan tas hem i den egna verksamheten.",
], "▪", indent=3, hang=6, markfam="dv")
d.para("En samlad uppföljning av planen redovisas för kommunstyrelsen i samband med årsredovisningen för "
       "2026 och en slutrapport lämnas senast i mars året efter planperiodens slut.")
h1("8 Risker")
d.para("De största riskerna för genomförandet är leverantörsförseningar, brist på tid hos verksamheterna "
       "för test och utbildning samt att upphandlingar överprövas. Riskerna följs upp av "
       "digitaliseringsrådet.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), FILES["c"])
d.output(out)
print(out, d.pages_count)
