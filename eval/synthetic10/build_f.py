"""(f) Hovlinge kommun – program för fritid och föreningsliv 2026–2029 med föreningsbidrag 2026.

Layout: brochure style with coloured title BANDS; an intro in two justified columns and a quote box (p. 1);
a TWO-COLUMN page with four focus areas, each a coloured heading with a rule, an optional italic intro and
"▪" bullet lists (areas 1–2 in the left column, 3–4 in the right one, p. 2); a ruled grants table
Förening / Bidragsform / Beviljat 2025 (kr) / Beviljat 2026 (kr) / Förändring where the change is written
"12,5 %" or "−3,2 %", a bold Summa row (p. 3); conditions as bullets and follow-up text (p. 4).
Metadata title.
"""
import datetime as dt

from common10 import HERE, Doc, Row, grp, dec, nb
from data import F_FOKUS, F_BIDRAG, f_change, f_totals

OUT = HERE / "hovlinge-fritidsprogram-2026-2029.pdf"
ACC = (120, 40, 120)

pdf = Doc("Hovlinge kommun", "Kultur- och fritidsnämnden", "Fritid och föreningsliv 2026–2029", accent=ACC,
          foot="hovlinge.se/foreningsliv  ·  {p}",
          title="Fritid och föreningsliv i Hovlinge – program 2026–2029", author="Hovlinge kommun",
          created=dt.datetime(2026, 1, 20, 10, 0, tzinfo=dt.timezone.utc))
pdf.add_page()
pdf.set_fill_color(*ACC)
pdf.rect(0, 18, pdf.w, 42, style="F")
pdf.set_xy(pdf.l_margin, 26)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 24)
pdf.multi_cell(0, 11, "Fritid och föreningsliv i Hovlinge", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 13)
pdf.cell(0, 8, "Program 2026–2029 med föreningsbidrag 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_y(68)
pdf.columns([
    ("h", "Varför ett program?"),
    ("p", "Föreningslivet är en av Hovlinges största tillgångar. I Hovlinge finns 142 registrerade föreningar, "
          "och 61 av dem bedriver verksamhet för barn och unga. Tillsammans engagerar de drygt 4 800 aktiva "
          "medlemmar och omkring 900 ideella ledare."),
    ("p", "Samtidigt minskar andelen unga som är med i en förening, särskilt bland flickor i högstadieåldern, "
          "och flera föreningar har svårt att hitta ledare och styrelseledamöter. Programmet visar vad kommunen "
          "vill uppnå fram till 2029 och hur föreningsbidragen ska användas för att komma dit."),
    ("h", "Så har programmet tagits fram"),
    ("p", "Programmet har tagits fram av kultur- och fritidsförvaltningen i dialog med föreningarna. Under "
          "hösten 2025 hölls fyra föreningsträffar och en enkät som 87 föreningar besvarade. Kultur- och "
          "fritidsnämnden antog programmet den 10 december 2025."),
], size=9.6, lh=4.8, balance=True)
pdf.ln(2)
y = pdf.get_y()
pdf.set_fill_color(245, 235, 245)
pdf.rect(pdf.l_margin, y, pdf.epw, 24, style="F")
pdf.set_xy(pdf.l_margin + 5, y + 4)
pdf.set_font("Serif", "I", 11)
pdf.multi_cell(pdf.epw - 10, 5.5, "”Våra föreningar gör Hovlinge levande. Kommunens uppgift är att göra det "
               "lättare att vara ideell ledare och att se till att alla barn får en plats.”", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 5)
pdf.set_font("Sans", "", 8.5)
pdf.cell(0, 5, "Eva Lundh (S), ordförande i kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")

pdf.add_page()
pdf.band("Fyra fokusområden 2026–2029")
pdf.brochure_columns(F_FOKUS[:2], F_FOKUS[2:], size=9.4, lh=4.7)

pdf.add_page()
pdf.band("Föreningsbidrag 2026")
t25, t26 = f_totals()
pct = f_change(t25, t26)
pdf.p(f"Kultur- och fritidsnämnden fördelar {grp(t26)} kronor i bidrag till föreningarna 2026, vilket är "
      f"{grp(t26 - t25)} kronor eller {dec(pct)} procent mer än 2025. Ökningen går främst till föreningar med "
      "verksamhet för barn och unga. Tabellen visar beviljade bidrag per förening och bidragsform.", size=9.6,
      lh=4.8)
rows = []
for f, form, a, b in F_BIDRAG:
    rows.append([f, form, grp(a), grp(b), dec(f_change(a, b)) + " %"])
rows.append(Row(["Summa", "", grp(t25), grp(t26), dec(pct) + " %"], emphasis="B"))
pdf.ruled_table(["Förening", "Bidragsform", "Beviljat 2025 (kr)", "Beviljat 2026 (kr)", "Förändring"], rows,
                [52, 38, 27, 27, 22], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"], size=8.8, lh=4.6,
                head_fill=(235, 215, 235))
pdf.p("Verksamhetsbidrag är ett grundbidrag till föreningens verksamhet. Lokalbidrag ges till föreningar som "
      "äger eller hyr egna lokaler. Aktivitetsstöd betalas per deltagartillfälle för deltagare 7–25 år. "
      "Arrangemangsbidrag ges till öppna arrangemang som riktar sig till allmänheten.", size=9, lh=4.5)

pdf.add_page()
pdf.band("Villkor för bidrag")
pdf.p("För att kunna få bidrag från kultur- och fritidsnämnden ska föreningen:", after=1.5)
pdf.bullets(["vara registrerad i kommunens föreningsregister och ha sin verksamhet i Hovlinge,",
             "ha antagna stadgar, en vald styrelse och ett eget organisationsnummer,",
             "ha en plan för trygghet och likabehandling som revideras varje år,",
             "lämna verksamhetsberättelse och ekonomisk redovisning för föregående år,",
             "vara öppen för alla och inte bedriva verksamhet som strider mot demokratins idéer."],
            sym="\u25aa", size=9.6, lh=4.8)
pdf.h1("Varför extra stöd till flickor 13–16 år?")
pdf.p("Enkäten till unga i Hovlinge visar att andelen flickor i årskurs 7–9 som tränar i en förening har "
      "minskat från 41 till 29 procent på fem år, medan andelen pojkar är i stort sett oförändrad. Flickorna "
      "uppger att de slutar för att träningen blir för tävlingsinriktad och för att det saknas aktiviteter där "
      "man kan vara med utan att satsa på tävling. Därför får föreningar som startar eller behåller grupper för "
      "flickor i den åldern ett förhöjt aktivitetsstöd.")
pdf.h1("Uppföljning")
pdf.p("Programmet följs upp varje år i kultur- och fritidsnämndens verksamhetsberättelse. Förvaltningen "
      "redovisar antalet deltagartillfällen per kön och åldersgrupp, hur många ledare som har gått utbildning "
      "och hur bidragen har fördelats mellan olika typer av föreningar.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Kontakt", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.multi_cell(0, 4.6, nb("Föreningsutvecklare Amir Haddou, kultur- och fritidsförvaltningen, "
                          "telefon 0513-48 20 00"), new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
