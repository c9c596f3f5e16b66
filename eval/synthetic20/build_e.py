"""(e) Carlsäters kommun – lokalförsörjningsplan 2027–2031.

Layout: portrait, Liberation Serif text with Liberation Sans headings, margins 18 mm. P. 1: key–value block and
RUNNING TEXT IN TWO JUSTIFIED COLUMNS (fpdf2 text_columns) with the totals (15 projects, 861,5 mnkr, 312,0 mnkr for
one school, +19,9 mnkr operating cost, nine projects ready by 2028) and the population forecast. Pp. 2–3: Tabell
1, a FULLY RULED GRID in Liberation Sans Narrow with shaded GROUP ROWS PER VERKSAMHET and MULTI-LINE CELLS: Nr /
Objekt / Behov / Åtgärd (whole sentences wrapping over 2–4 lines) / Yta, m² / Investering, mnkr ("–" = none) /
Drift, tkr/år (signed "+3 200" / "−1 100") / Klart år, a bold Summa row; the heading row is REPEATED on p. 3.
Below the table on p. 3: TWO JUSTIFIED COLUMNS again (priorities, why Wiboms skola is rebuilt, premises to be
closed, risks) with "•" items for the premises that are closed. Metadata title set.
"""
import datetime as dt

from common20 import HERE, Doc, Group, Row, grp, dec
from data import E_GROUPS, e_projects, e_inv, e_drift, E_BARN, E_ALDRE, E_AVVECKLAS

OUT = HERE / "carlsater-lokalforsorjningsplan-2027-2031.pdf"
ACC = (90, 60, 20)
pdf = Doc("Carlsäters kommun", "Lokalförsörjningsplan 2027–2031", "{p}/{nb}", font="liberation", serif=True,
          justify=True, accent=ACC, foot="Carlsäters kommun · Kommunstyrelsen · Dnr KS 2026/254",
          title="Carlsäters kommun – Lokalförsörjningsplan 2027–2031", author="Fastighetsavdelningen",
          created=dt.datetime(2026, 10, 2, 14, 20, tzinfo=dt.timezone.utc))
pdf.set_margins(18, 25, 18)
ps = e_projects()
tot, drift = e_inv(), e_drift()
wib = [p for _, p in ps if p[1].startswith("Wiboms skola")][0]
ready28 = sum(1 for _, p in ps if p[7] <= 2028)
WORD = {7: "Sju", 9: "Nio"}


def sgn(x):
    return ("+" + grp(x)) if x > 0 else grp(x)


pdf.add_page()
pdf.title_block("Lokalförsörjningsplan 2027–2031", "Kommunens behov av verksamhetslokaler och planerade åtgärder",
                size=19)
pdf.kv([("Antagen av", "Kommunfullmäktige 2026-11-23, § 131"), ("Diarienummer", "KS 2026/254"),
        ("Ansvarig", "Kommunstyrelsen, fastighetsavdelningen"), ("Revideras", "Årligen inför budgetarbetet")], lw=34)
pdf.columns([
    ("h", "Syfte"),
    ("p", "Lokalförsörjningsplanen beskriver hur kommunens behov av lokaler för förskola, skola, vård och omsorg "
          "samt idrott och kultur ska tillgodoses under de kommande fem åren. Planen är underlag för "
          "investeringsbudgeten och för nämndernas verksamhetsplanering."),
    ("h", "Befolkningsutveckling"),
    ("p", f"Enligt befolkningsprognosen minskar antalet barn i åldern 1–5 år från {grp(E_BARN[0])} till "
          f"{grp(E_BARN[1])} fram till 2031, men ökar i norra Carlsäter där nya bostadsområden byggs. Antalet "
          f"invånare som är 80 år eller äldre ökar från {grp(E_ALDRE[0])} till {grp(E_ALDRE[1])}, vilket "
          "ställer krav på fler platser i särskilt boende."),
    ("h", "Planens omfattning"),
    ("p", f"Planen omfattar {len(ps)} projekt med sammanlagda investeringar på {dec(tot)} mnkr under perioden "
          f"2027–2031, varav {dec(wib[5])} mnkr avser den nya Wiboms skola. Driftkostnaderna beräknas öka med "
          f"{dec(drift / 1000)} mnkr per år när alla projekt är genomförda, främst genom det nya särskilda "
          f"boendet. {WORD[ready28]} av projekten ska vara klara senast 2028."),
    ("h", "Principer"),
    ("p", "Befintliga lokaler ska användas effektivt innan nya byggs. Lokaler som inte längre behövs ska "
          "avvecklas eller säljas. Nya skolor och förskolor ska kunna användas av föreningar på kvällar och "
          "helger, och samlokalisering ska prövas i varje projekt."),
], size=9.6, lh=4.7, balance=True)

pdf.add_page()
pdf.h1("Planerade projekt")
pdf.p("Tabell 1 redovisar projekten per verksamhet. Yta avser bruttoarea efter åtgärd eller, för lokaler som "
      "avvecklas, den yta som lämnas. Investering anges i miljoner kronor för hela projektet och driftkostnaden "
      "som förändring per år i tusentals kronor, inklusive kapitalkostnader. Ett minustecken betyder att "
      "driftkostnaden minskar.", size=9.4)
pdf.set_font("Sans", "B", 10.5)
pdf.set_text_color(*ACC)
pdf.cell(0, 6, "Tabell 1. Planerade lokalprojekt 2027–2031", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(1)
rows = []
for g, gps in E_GROUPS:
    rows.append(Group(g))
    for p in gps:
        rows.append([p[0], p[1], p[2], p[3], grp(p[4]), dec(p[5]) if p[5] is not None else "–", sgn(p[6]),
                     str(p[7])])
rows.append(Row(["", "Summa", "", "", "", dec(tot), sgn(drift), ""], emphasis="B"))
pdf.ruled_table(["Nr", "Objekt", "Behov", "Åtgärd", "Yta, m²", "Investering, mnkr", "Drift, tkr/år", "Klart år"],
                rows, [8, 26, 38, 40, 13, 19, 18, 12],
                ["LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER"], size=8.8, lh=4.1,
                font="Cond", head_fill=(236, 226, 206), group_fill=(247, 241, 230))

pdf.ln(3)
pdf.columns([
    ("h", "Prioriteringar"),
    ("p", "Högst prioritet har projekt som behövs för att kommunen ska kunna erbjuda förskoleplats inom lagstadgad "
          "tid och platser i särskilt boende utan väntetid. Därför ligger Villekullens förskola och gruppbostaden "
          "Vildrosen tidigt i planen, medan kulturskolans nya lokaler i Pelarsalen väntar till 2029."),
    ("h", "Wiboms skola"),
    ("p", "Wiboms skola byggdes 1968. En teknisk utredning 2025 visade att stommen har fuktskador och att "
          "ventilation, el och vatten behöver bytas. En renovering beräknades kosta 285 mnkr och skulle ändå ge "
          "en skola som inte uppfyller dagens krav på tillgänglighet och energi. Kommunstyrelsen valde därför att "
          "riva skolan och bygga en ny skola på samma tomt, samtidigt med en ny idrottshall."),
    ("h", "Lokaler som avvecklas"),
    ("p", "När projekten är genomförda lämnar kommunen lokaler som inte längre behövs. Avvecklingen minskar "
          "driftkostnaderna och frigör fastigheter som kan säljas. Följande lokaler avvecklas under perioden:"),
] + [("p", "• " + t) for t in E_AVVECKLAS] + [
    ("h", "Risker"),
    ("p", "De största riskerna är kostnadsökningar i byggbranschen och förseningar i detaljplanearbetet. För "
          "Vintergatans särskilda boende krävs en ny detaljplan, som beräknas vinna laga kraft 2027. Om planen "
          "försenas kan Jasminen behöva vara kvar längre än planerat."),
    ("h", "Uppföljning"),
    ("p", "Fastighetsavdelningen redovisar planens genomförande till kommunstyrelsen två gånger per år, i samband "
          "med delårsrapporten och årsredovisningen."),
], size=9.6, lh=4.7, balance=True)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
