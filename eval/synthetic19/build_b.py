"""(b) Ekvreta kommun – delårsrapport januari–augusti 2027 (tertialrapport 2).

Layout: DejaVu Serif body, Sans headings, blue accent. P. 1: key–value block, a summary whose sentences hold 2–4
competing figures (period result 2027 vs 2026, forecast vs budget vs tertial 1, nämnd deviation now vs tertial 1,
the two largest deficits), a "Resultatprognos i sammandrag" table (Budget / Prognos T2 / Avvikelse / Prognos T1,
solid thin rules) and a "•" list of events. Pp. 2–3: Tabell 2, the driftredovisning per nämnd with a
COMMENT LINE UNDER EVERY ROW: each nämnd or förvaltning row (Budget helår / Prognos helår / Avvikelse helår /
Avvikelse T1 / Utfall jan–aug, mnkr, signed "+2,8" / "−17,7") is followed by a full-width indented italic grey
comment with no rule between the row and its comment, kept on the same page. A shaded group row "Kommunstyrelsen"
with three förvaltningar and an italic "Summa kommunstyrelsen" (double rule), a bold "Summa nämnder"; the table
continues on p. 3 under "Tabell 2 … (forts.)" with the heading repeated. P. 3–4: measures as att-clauses and goal
fulfilment (12 = 5 / 6 / 1). No metadata title.
"""
import datetime as dt

from common19 import HERE, Doc, dec
from data import (B_KS, B_BUN, B_NAMND, B_FIN, B_RESULT_JANAUG, B_RES_MAL, B_MAL, b_dev, b_rows, b_sum, b_result, r1,
                  b_namnd_level)

OUT = HERE / "ekvreta-delarsrapport-jan-aug-2027.pdf"
ACC = (25, 70, 125)
pdf = Doc("Ekvreta kommun", "Delårsrapport januari–augusti 2027", "{p}", font="dejavu", serif=True, accent=ACC,
          foot="Ekvreta kommun · Kommunledningsförvaltningen · Dnr KS 2027/301", justify=True,
          created=dt.datetime(2027, 9, 22, 13, 5, tzinfo=dt.timezone.utc))

sn = b_sum(b_rows())
sks = b_sum(B_KS)
res_b, res_p, res_t1 = b_result()
skatt = [f for f in B_FIN if f[0].startswith("Skatte")][0]
andel = r1(100 * res_p / skatt[2])
worst = sorted(b_namnd_level(), key=lambda r: r[3])[:2]



def wname(r):
    return r[0].replace("Summa ", "").lower()


pdf.add_page()
pdf.title_block("Delårsrapport januari–augusti 2027", "Tertialrapport 2 med helårsprognos", size=19)
pdf.kv([("Beslutsinstans", "Kommunfullmäktige 2027-10-25"), ("Diarienummer", "KS 2027/301"),
        ("Period", "1 januari–31 augusti 2027"), ("Upprättad av", "Kommunledningsförvaltningen, ekonomiavdelningen")],
       lw=38, size=9.2)
pdf.h1("Sammanfattning")
pdf.p(f"Resultatet för perioden januari–augusti 2027 blev {dec(B_RESULT_JANAUG[0])} mnkr, jämfört med "
      f"{dec(B_RESULT_JANAUG[1])} mnkr för motsvarande period 2026. Helårsprognosen pekar på ett resultat om "
      f"{dec(res_p)} mnkr, vilket är {dec(res_b - res_p)} mnkr sämre än det budgeterade resultatet på "
      f"{dec(res_b)} mnkr och {dec(res_t1 - res_p)} mnkr lägre än prognosen i tertialrapport 1 ({dec(res_t1)} mnkr).",
      size=9.6, lh=4.8)
pdf.p(f"Nämnderna prognostiserar tillsammans en negativ avvikelse på {dec(-sn[2])} mnkr mot budget (tertial 1: "
      f"{dec(sn[3])} mnkr). Störst underskott har {wname(worst[0])}, {dec(worst[0][3])} mnkr, följd av "
      f"{wname(worst[1])}, {dec(worst[1][3])} mnkr. Underskotten motverkas delvis av att skatteintäkter "
      f"och generella statsbidrag beräknas bli {dec(skatt[2] - skatt[1])} mnkr högre än budgeterat.",
      size=9.6, lh=4.8)
pdf.p(f"Resultatet motsvarar {dec(andel)} procent av skatteintäkter och generella statsbidrag. Det finansiella "
      f"målet om ett resultat på minst {dec(B_RES_MAL)} procent nås därmed inte 2027, men balanskravet beräknas "
      "uppfyllas.", size=9.6, lh=4.8)
pdf.h2("Resultatprognos i sammandrag, mnkr")
rows = [{"cells": ["Nämndernas nettokostnader", dec(-sn[0]), dec(-sn[1]), dec(sn[2], plus=True),
                   dec(-r1(sn[0] - sn[3]))]}]
for lab, b, p, t1 in B_FIN:
    rows.append({"cells": [lab, dec(b), dec(p), dec(r1(p - b), plus=True), dec(t1)]})
rows.append({"cells": ["Årets resultat", dec(res_b), dec(res_p), dec(r1(res_p - res_b), plus=True), dec(res_t1)],
             "kind": "total"})
pdf.table18([[("", 1), ("Budget 2027", 1), ("Prognos T2", 1), ("Avvikelse", 1), ("Prognos T1", 1)]], rows,
            [74, 23, 23, 23, 23], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.6, lh=4.3, sep="solid",
            head_fill=(228, 236, 246), head_rule=ACC)
pdf.h2("Viktiga händelser under perioden")
pdf.bullets(["Nya förskoleavdelningar öppnades i Ulvsta i februari och i april 2027.",
             "Skogsbranden i Ravelsmossen i juli krävde räddningsinsatser under nio dygn.",
             "Ulvstabadet stängdes för renovering från maj till och med juli."], size=9.4, lh=4.6)

pdf.add_page()
pdf.h1("Nämndernas ekonomi")
pdf.p("Tabell 2 visar nämndernas nettokostnader. Avvikelsen är budget minus prognos, så att ett negativt värde "
      "innebär ett underskott. Kolumnen Avvikelse T1 visar den avvikelse som nämnden prognostiserade i "
      "tertialrapport 1 per den 30 april. Under varje rad sammanfattas nämndens egen kommentar.", size=9.4, lh=4.7)
pdf.p("Kommunstyrelsens tre förvaltningar redovisas var för sig och summeras. Finansförvaltningen ingår inte i "
      "tabellen utan redovisas i resultatprognosen på sidan 1.", size=9.4, lh=4.7)
pdf.p(f"Nämndernas nettokostnader för perioden uppgår till {dec(sn[4])} mnkr, vilket motsvarar "
      f"{dec(r1(100 * sn[4] / sn[0]))} procent av årsbudgeten. Vid en jämn förbrukning skulle andelen efter åtta "
      f"månader vara {dec(r1(100 * 8 / 12))} procent. Flera nämnder har dock högre kostnader under hösten, bland "
      "annat för vinterväghållning och uppvärmning.", size=9.4, lh=4.7)
NCOLS = 6


def nrow(r):
    return [{"cells": [r[0], dec(r[1]), dec(r[2]), dec(b_dev(r), plus=True), dec(r[3], plus=True), dec(r[4])]},
            {"cells": [r[5]], "kind": "note"}]


rows = [{"cells": ["Kommunstyrelsen"], "kind": "group"}]
for r in B_KS:
    rows += nrow(r)
rows.append({"cells": ["Summa kommunstyrelsen", dec(sks[0]), dec(sks[1]), dec(sks[2], plus=True),
                       dec(sks[3], plus=True), dec(sks[4])], "kind": "sub"})
rows.append({"cells": ["Barn- och utbildningsnämnden"], "kind": "group"})
for r in B_BUN:
    rows += nrow(r)
sb = b_sum(B_BUN)
rows.append({"cells": ["Summa barn- och utbildningsnämnden", dec(sb[0]), dec(sb[1]), dec(sb[2], plus=True),
                       dec(sb[3], plus=True), dec(sb[4])], "kind": "sub"})
for r in B_NAMND:
    rows += nrow(r)
rows.append({"cells": ["Summa nämnder", dec(sn[0]), dec(sn[1]), dec(sn[2], plus=True), dec(sn[3], plus=True),
                       dec(sn[4])], "kind": "total"})
pdf.table18([[("Nämnd / förvaltning, mnkr", 1), ("Budget helår", 1), ("Prognos helår", 1),
              ("Avvikelse helår", 1), ("Avvikelse T1", 1), ("Utfall jan–aug", 1)]], rows,
            [60, 20.5, 20.5, 21.5, 21.5, 22], ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"], size=8.9, lh=4.5,
            sep="solid", head_fill=(228, 236, 246), head_rule=ACC, group_fill=(236, 240, 246),
            caption="Tabell 2. Driftredovisning per nämnd, januari–augusti 2027", note_indent=8)

pdf.h1("Åtgärder för en ekonomi i balans")
pdf.p("Kommunstyrelsen har gett nämnderna med prognostiserade underskott i uppdrag att ta fram åtgärdsplaner. "
      "Planerna redovisas i tertialrapport 3.", size=9.4, lh=4.7)
pdf.att_list("Kommunstyrelsen föreslår kommunfullmäktige besluta",
             ["godkänna delårsrapporten för januari–augusti 2027,",
              "uppdra åt socialnämnden att senast den 30 november 2027 redovisa en plan för att minska kostnaderna "
              "för placeringar av barn och unga,",
              "uppdra åt barn- och utbildningsnämnden att se över organisationen av skolskjutsarna inför 2028."],
             size=9.4, lh=4.7)
pdf.h1("Måluppfyllelse")
tot, upp, delv, ej = B_MAL
pdf.p(f"Kommunfullmäktige har fastställt {tot} mål för mandatperioden. Vid delåret bedöms {upp} mål uppfyllas "
      f"helt, {delv} delvis och {ej} inte alls. Målet som inte bedöms nås gäller det ekonomiska resultatet.",
      size=9.4, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
