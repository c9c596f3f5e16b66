"""(c) Hagfjärda kommun – socialnämndens delårsrapport januari–augusti 2026.

Layout: key–value head block and summary text (p. 1); a BORDERLESS driftredovisning table (no lines at
all) whose first column holds activity names that wrap over 2–3 lines and whose four number columns
(Budget 2026 / Utfall jan–aug / Prognos helår / Avvikelse) are right-aligned on the first line of each
row, with a bold "Summa socialnämnden" row (p. 2); a paragraph that gives the prognosis month by month
in one long sentence and analysis text (p. 3); measures and personnel (p. 3–4). Metadata title.
"""
import datetime as dt

from common8 import HERE, Doc, grp, dec, NBSP
from data import C_VERK, c_rows, c_total, C_MANAD

OUT = HERE / "hagfjarda-sn-delarsrapport-aug-2026.pdf"
ACC = (30, 60, 120)
tb, tu, tp, ta = c_total()

pdf = Doc("Hagfjärda kommun", "Socialnämnden", "Delårsrapport augusti 2026 | {p}", font="dejavu",
          foot="Hagfjärda kommun · Socialnämnden · Dnr SN 2026/188", accent=ACC,
          title="Delårsrapport januari–augusti 2026, socialnämnden i Hagfjärda kommun", author="Hagfjärda kommun",
          created=dt.datetime(2026, 9, 21, 8, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.title_block("Delårsrapport januari–augusti 2026", "Socialnämnden, Hagfjärda kommun", size=21)
pdf.kv([("Behandlad", "Socialnämnden 2026-09-24, § 98"), ("Period", "1 januari–31 augusti 2026"),
        ("Kontaktperson", "Ekonom Sofia Ahlgren, socialförvaltningen")], lw=34)
pdf.h1("1 Sammanfattning")
pdf.p(f"Socialnämnden har en nettobudget på {dec(tb / 1000)} mnkr för 2026. Efter åtta "
      f"månader uppgår nettokostnaderna till {dec(tu / 1000)} mnkr, och helårsprognosen visar ett underskott "
      f"på {dec(-ta / 1000)} mnkr mot budget. Det motsvarar {dec(-ta / tb * 100)} procent av nämndens budget.")
pdf.p("De största avvikelserna finns inom placeringar av barn och unga, hemtjänsten och insatser enligt LSS. "
      "Ekonomiskt bistånd och flyktingmottagandet visar i stället överskott, eftersom färre hushåll än "
      "beräknat har behövt försörjningsstöd under våren.")
pdf.h1("2 Viktiga händelser under perioden")
pdf.p("I mars öppnade det nya korttidsboendet Lärkvägen med 14 platser. Under sommaren infördes nyckelfria "
      "lås i hela hemtjänsten, och i juni startade ett gemensamt familjebehandlingsteam med skolan.")

pdf.add_page()
pdf.h1("3 Driftredovisning per verksamhet")
pdf.p("Belopp i tusentals kronor (tkr), nettokostnader. Avvikelse är budget minus prognos; ett negativt "
      "belopp innebär ett prognostiserat underskott.", size=9)
rows = [[n, grp(b), grp(u), grp(p), grp(a)] for n, b, u, p, a in c_rows()]
pdf.wrap_plain_table(("Verksamhet", "Budget\n2026", "Utfall\njan–aug", "Prognos\nhelår", "Avvikelse\nmot budget"),
                     rows, (62, 26, 26, 26, 26), size=9, lh=4.4,
                     total=["Summa socialnämnden", grp(tb), grp(tu), grp(tp), grp(ta)])

pdf.add_page()
pdf.h1("4 Prognosens utveckling")
parts = [f"{dec(-v)} mnkr efter {m}" for m, v in C_MANAD]
pdf.p("Det prognostiserade underskottet har vuxit under hela året: det låg på " + ", ".join(parts[:-1])
      + " och " + parts[-1] + ". Ökningen har varit jämn och beror till största delen på att antalet "
      "externa placeringar har fortsatt att öka.")
pdf.h1("5 Analys av avvikelserna")
pdf.p("Individ- och familjeomsorgen prognostiserar det största underskottet. Antalet barn och unga som är "
      "placerade på HVB har ökat från 9 vid årets början till 16 i augusti, och dygnskostnaden för en "
      "placering ligger i genomsnitt på 6 200 kronor. Kommunen saknar egna familjehem i tillräcklig "
      "omfattning, och flera placeringar har därför gjorts via konsulentstödda familjehem som är betydligt "
      "dyrare.")
pdf.p("Inom hemtjänsten har antalet beviljade timmar ökat med 11 procent jämfört med samma period 2025, "
      "samtidigt som ersättningen till de externa utförarna räknades upp med 4,1 procent från januari. "
      "Inom LSS beror underskottet på två nya beslut om personlig assistans och en ny gruppbostad som "
      "öppnade tidigare än planerat.")
pdf.h1("6 Åtgärder för en budget i balans")
pdf.bullets([
    "Rekrytering av egna familjehem genom en gemensam kampanj med grannkommunerna under hösten.",
    "Översyn av biståndsbedömningen i hemtjänsten med fokus på insatser som kan ges digitalt.",
    "Anställningsstopp för administrativa tjänster till och med december 2026.",
    "Omförhandling av avtalet med den externa utföraren av HVB-platser.",
], size=9.8)
pdf.p("Åtgärderna beräknas minska underskottet med 4,5 mnkr under återstoden av året, vilket inte ingår i "
      "prognosen ovan.")
pdf.h1("7 Personal")
pdf.p("Antalet tillsvidareanställda uppgick till 742 den 31 augusti, vilket är 18 fler än vid årsskiftet. "
      "Sjukfrånvaron under perioden var 8,6 procent, jämfört med 9,3 procent samma period föregående år.")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages", tb, tu, tp, ta)
