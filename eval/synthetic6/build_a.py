"""(a) Björnhamra kommun – kultur- och fritidsnämndens verksamhetsplan 2026.
Liberation Serif body, headings numbered on three levels, roman-numeral lists, footnotes,
a goal/indicator table whose goal cells are merged vertically over their indicator rows."""
import os
from fpdf.enums import XPos, YPos
from common6 import Doc, num, tnum, NB
from data import FILES, A_GOALS, A_PRIORITIES, A_FOLLOWUP, A_BUDGET

ROMAN = ["i)", "ii)", "iii)", "iv)", "v)", "vi)", "vii)"]


def header(d):
    d.set_font("ls", "", 8)
    d.set_text_color(70, 70, 70)
    d.set_y(9)
    d.cell(0, 4, "Björnhamra kommun · Kultur- och fritidsnämnden", align="L")
    d.set_x(d.l_margin)
    d.cell(0, 4, "Verksamhetsplan 2026", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_draw_color(120, 20, 40)
    d.set_line_width(0.4)
    d.line(d.l_margin, 14, d.w - d.r_margin, 14)
    d.set_text_color(0, 0, 0)
    d.set_y(19)


def footer(d):
    d.set_y(-13)
    d.set_font("ls", "", 8)
    d.set_text_color(70, 70, 70)
    d.cell(0, 4, "Dnr KFN 2025/318", align="L")
    d.set_x(d.l_margin)
    d.cell(0, 4, f"{d.page_no()} ({{nb}})", align="R")
    d.set_text_color(0, 0, 0)


d = Doc(title="Verksamhetsplan 2026 – Kultur- och fritidsnämnden, Björnhamra kommun",
        author="Björnhamra kommun", header_fn=header, footer_fn=footer)
d.body_font = ("lsr", 10.5)
H = dict(fam="ls", color=(120, 20, 40))


def h1(t):
    d.heading(t, size=14, before=4, **H)


def h2(t):
    d.heading(t, size=11.5, before=2.5, **H)


def h3(t):
    d.heading(t, size=10.5, style="BI", before=1.5, after=1, fam="ls")


# ---------------- page 1
d.add_page(bare=True)
d.set_fill_color(120, 20, 40)
d.rect(0, 0, d.w, 8, "F")
d.set_y(20)
d.set_font("ls", "B", 10)
d.cell(0, 5, "BJÖRNHAMRA KOMMUN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_font("ls", "", 10)
d.cell(0, 5, "Kultur- och fritidsnämnden", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(10)
d.set_font("ls", "B", 24)
d.cell(0, 11, "Verksamhetsplan 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.set_font("ls", "", 12)
d.cell(0, 7, "med nämndmål, indikatorer och driftbudget", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(4)
d.set_font("ls", "", 9)
for k, v in [("Antagen av", "Kultur- och fritidsnämnden 2025-12-11, § 112"),
             ("Diarienummer", "KFN 2025/318"),
             ("Gäller", "1 januari–31 december 2026"),
             ("Handläggare", "Lena Forsgård, verksamhetscontroller")]:
    d.set_font("ls", "B", 9)
    d.cell(30, 5, k)
    d.set_font("ls", "", 9)
    d.cell(0, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(6)

h1("1 Inledning")
d.para("Verksamhetsplanen beskriver hur kultur- och fritidsnämnden ska bidra till kommunfullmäktiges "
       "inriktningsmål under 2026. Planen bygger på Mål och budget 2026–2028 som fullmäktige antog den "
       "24 november 2025 och på den omvärldsanalys som nämnden gjorde under våren 2025.")
h2("1.1 Nämndens uppdrag")
d.para("Nämnden ansvarar för folkbibliotek, kulturskola, allmän kulturverksamhet, fritidsgårdar, "
       "föreningsstöd samt kommunens idrotts- och fritidsanläggningar inklusive badhuset Hamrabadet. "
       "Förvaltningen har fem enheter och en gemensam förvaltningsledning.")
h2("1.2 Förutsättningar 2026")
h3("1.2.1 Ekonomiska ramar")
d.para(f"Nämndens driftram för 2026 uppgår till {tnum(148.6, 1)}{NB}mnkr, vilket är {tnum(4.2, 1)}{NB}mnkr "
       f"mer än 2025. Av ökningen avser {tnum(2.9, 1)}{NB}mnkr kompensation för löne- och prisökningar och "
       f"{tnum(1.3, 1)}{NB}mnkr driften av den nya sporthallen vid Kvarnängen, som tas i bruk i augusti. "
       "Något generellt effektiviseringskrav har inte lagts på nämnden för 2026.")
h3("1.2.2 Befolkning och efterfrågan")
d.para(f"Björnhamra hade {tnum(27914)} invånare den 31 december 2025, varav {tnum(4862)} i åldern 7–19 år.¹ "
       f"Antalet barn och unga i skolåldern väntas öka med ytterligare {tnum(310)} personer till och med 2028, "
       "främst i de nya bostadsområdena på Kvarnängen och i Västra Hamra. Efterfrågan på halltider och "
       "kulturskoleplatser förväntas därför fortsätta att växa.")
d.footnotes([("¹", "Källa: SCB, folkmängd den 31 december 2025. Åldersgruppen 7–19 år omfattar samtliga "
                    "folkbokförda, oavsett skolform.")], fam="lsr")

# ---------------- page 2
d.add_page()
h1("2 Mål och prioriteringar")
h2("2.1 Kommunfullmäktiges inriktningsmål")
d.para("Fullmäktige har beslutat om fyra inriktningsmål för mandatperioden: en trygg uppväxt, ett rikt "
       "kultur- och fritidsliv, en hållbar samhällsutveckling och en effektiv organisation. Nämnden har "
       "brutit ned dessa till fyra nämndmål som redovisas med indikatorer i avsnitt 3.")
h2("2.2 Nämndens prioriteringar 2026")
d.para("Utöver nämndmålen har nämnden beslutat att särskilt prioritera följande under året:")
d.marked(A_PRIORITIES, lambda i: ROMAN[i], indent=4, hang=9, align="J")
d.ln(1)
h2("2.3 Uppdrag från kommunfullmäktige")
h3("2.3.1 Ombyggnad av huvudbiblioteket")
d.para(f"Kommunfullmäktige har avsatt {tnum(62.5, 1)}{NB}mnkr för ombyggnaden av huvudbiblioteket, varav "
       f"{tnum(18.0, 1)}{NB}mnkr under 2026 och {tnum(44.5, 1)}{NB}mnkr under 2027. Byggstart är planerad till "
       "den 14 september 2026 och inflyttning till 2027-11-30. Under ombyggnaden flyttar verksamheten till "
       "tillfälliga lokaler i Hamra centrum, där öppettiderna blir desamma som i dag.")
h3("2.3.2 Föreningsstöd")
d.para(f"Det samlade föreningsstödet uppgår 2026 till {tnum(9840)}{NB}tkr.² Av detta avser {tnum(3215)}{NB}tkr "
       f"aktivitetsstöd, {tnum(4100)}{NB}tkr lokal- och anläggningsbidrag, {tnum(1650)}{NB}tkr driftbidrag "
       f"till föreningsägda anläggningar och {tnum(875)}{NB}tkr projekt- och arrangemangsbidrag. "
       "Nämnden ska under året revidera reglerna för aktivitetsstöd så att de gynnar verksamhet för flickor.")
h3("2.3.3 Anläggningsplan")
d.para("Fullmäktige har gett nämnden i uppdrag att i samråd med samhällsbyggnadsnämnden ta fram en ny "
       "anläggningsplan. Planen ska redovisas för kommunstyrelsen senast den 31 mars 2027.")
d.footnotes([("²", "Exklusive bidrag till studieförbund, som beslutas av kommunstyrelsen.")], fam="lsr")

# ---------------- page 3: merged-cell goal table
d.add_page()
h1("3 Nämndmål och indikatorer")
d.para("Tabellen visar nämndmålen med tillhörande indikatorer, utfall för de två senaste åren, "
       "målvärde för 2026 och vilken enhet som ansvarar för uppföljningen.")
d.set_font("ls", "B", 9)
d.cell(0, 5, "Tabell 1. Nämndmål, indikatorer och målvärden³", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.ln(1)
W = [36, 55, 15, 15, 17, 34]
HD = ["Nämndmål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2026", "Ansvarig"]
LH = 3.9
d.set_draw_color(110, 110, 110)
d.set_line_width(0.2)
# header
d.set_fill_color(236, 222, 225)
d.set_font("ls", "B", 8)
x0, y0 = d.l_margin, d.get_y()
hh = 2 * LH + 2
x = x0
for w, t in zip(W, HD):
    d.rect(x, y0, w, hh, "DF")
    d.set_xy(x + 1, y0 + 1)
    d.multi_cell(w - 2, LH, t, align="L" if w > 20 else "R")
    x += w
y = y0 + hh
for goal, rows in A_GOALS:
    d.set_font("ls", "", 8)
    heights = []
    for r in rows:
        n = max(d.nlines(W[1] - 2, r[0], LH), d.nlines(W[5] - 2, r[5], LH))
        heights.append(n * LH + 2)
    d.set_font("ls", "B", 8)
    gl = d.nlines(W[0] - 2, goal, LH)
    total = sum(heights)
    if gl * LH + 2 > total:
        heights[-1] += gl * LH + 2 - total
        total = gl * LH + 2
    # merged goal cell, text vertically centred
    d.rect(x0, y, W[0], total)
    d.set_xy(x0 + 1, y + (total - gl * LH) / 2)
    d.multi_cell(W[0] - 2, LH, goal, align="L")
    yy = y
    d.set_font("ls", "", 8)
    for r, h in zip(rows, heights):
        text, dec, u24, u25, m26, ans = r
        cells = [text, num(u24, dec), num(u25, dec), num(m26, dec), ans]
        x = x0 + W[0]
        for w, t, al in zip(W[1:], cells, ["L", "R", "R", "R", "L"]):
            d.rect(x, yy, w, h)
            d.set_xy(x + 1, yy + 1)
            d.multi_cell(w - 2, LH, t, align=al)
            x += w
        yy += h
    y += total
d.set_y(y + 2)
d.set_font("lsr", "I", 8.5)
d.multi_cell(0, 4, "Källor: föreningsregistret, biblioteksstatistiken, besöksräknare i anläggningarna och "
             "kommunens medarbetarenkät.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
d.footnotes([("³", "Utfall för 2025 avser helår. Deltagartillfällen avser sammankomster som berättigar till "
                    "statligt och kommunalt aktivitetsstöd. Målvärdet för budgetavvikelse avser en budget i balans.")],
            fam="lsr")

# ---------------- page 4: economy
d.add_page()
h1("4 Ekonomi")
h2("4.1 Driftbudget per verksamhet")
d.para("Driftbudgeten har fördelats på verksamheter enligt tabellen nedan. Beloppen avser nettokostnad i tkr.")
W2 = [78, 30, 30, 34]
d.set_font("ls", "B", 8.5)
d.set_draw_color(0, 0, 0)
d.set_line_width(0.3)
yh = d.get_y()
d.line(d.l_margin, yh, d.l_margin + sum(W2), yh)
for w, t, al in zip(W2, ["Verksamhet", "Budget 2025", "Budget 2026", "Förändring"], "LRRR"):
    d.cell(w, 6, t, align=al)
d.ln(6)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W2), d.get_y())
d.set_font("ls", "", 8.5)
s25 = s26 = 0
for name, b25, b26 in A_BUDGET:
    s25 += b25
    s26 += b26
    for w, t, al in zip(W2, [name, num(b25), num(b26), num(b26 - b25)], "LRRR"):
        d.cell(w, 5.5, t, align=al)
    d.ln(5.5)
d.set_line_width(0.3)
d.line(d.l_margin, d.get_y(), d.l_margin + sum(W2), d.get_y())
d.set_font("ls", "B", 8.5)
for w, t, al in zip(W2, ["Summa", num(s25), num(s26), num(s26 - s25)], "LRRR"):
    d.cell(w, 6, t, align=al)
d.ln(9)
assert s26 == 148600 and s25 == 144400
h2("4.2 Investeringar")
d.para(f"Utöver huvudbiblioteket omfattar nämndens investeringsbudget 2026 en ny konstgräsplan vid Kvarnängen "
       f"på {tnum(6.8, 1)}{NB}mnkr, utbyte av ventilationen i Hamrabadet på {tnum(4.5, 1)}{NB}mnkr och "
       f"inventarier till den nya sporthallen på {tnum(1.9, 1)}{NB}mnkr. Samtliga projekt genomförs av "
       "fastighetsavdelningen på uppdrag av nämnden.")
h2("4.3 Ekonomiska risker")
d.para("De största riskerna för en budget i balans är högre energikostnader i badhuset, fortsatt höga "
       "kostnader för vikarier i kulturskolan och att intäkterna från uthyrning av halltider minskar om "
       "föreningar flyttar verksamhet till den privata padelhallen. Nämnden bedömer att riskerna kan "
       "hanteras inom ramen, men följer energikostnaderna månadsvis.")

# ---------------- page 5: follow-up
d.add_page()
h1("5 Uppföljning och intern kontroll")
h2("5.1 Uppföljning")
d.para("Verksamhetsplanen följs upp två gånger per år: i delårsrapporten per den 31 augusti 2026 och i "
       "verksamhetsberättelsen för helåret, som nämnden behandlar i februari 2027. Varje indikator bedöms "
       "med trafikljus – grönt när målvärdet nås, gult när utvecklingen går åt rätt håll och rött när "
       "utfallet försämras. Nämnden har därutöver beslutat")
d.marked(A_FOLLOWUP, lambda i: ROMAN[i], indent=4, hang=9)
h2("5.2 Intern kontroll")
d.para("Nämndens internkontrollplan för 2026 antas separat i januari. Den omfattar bland annat kontroll av "
       "att föreningsbidrag betalas ut enligt gällande regler, att kontanthanteringen i Hamrabadet sker "
       "enligt rutin och att avtal för inhyrda musiklärare följer upphandlade ramavtal.")
h2("5.3 Dialog med medborgare och föreningar")
d.para("Föreningsrådet träffar nämndens presidium fyra gånger per år. Under 2026 genomförs dessutom en "
       "enkät bland unga om fritidsgårdarnas öppettider och en dialog om innehållet i det nya huvudbiblioteket.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), FILES["a"])
d.output(out)
print(out, d.pages_count)
