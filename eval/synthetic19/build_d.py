"""(d) Åbrunna kommun – kallelse och föredragningslista, kommunfullmäktige 22 mars 2027.

Layout: Liberation Serif body with Liberation Sans labels, wine-red accent. P. 1: the KALLELSE – a letterhead
with a right-aligned "KALLELSE" label, a key–value block (Organ, Tid, Plats, Ordförande, Sekreterare), and
practical text in running prose (frågestund, förhinder by a date, webbsändning, where the documents are).
Pp. 2–3: the FÖREDRAGNINGSLISTA SET IN TWO COLUMNS with a thin vertical rule between them: every ärende is a block
with its NUMBER IN A HANGING COLUMN ("7.") in accent colour, a bold title that wraps inside the narrow column, grey
small-print lines "Dnr KS 2027/29" and "Föredragande: …", and a bold lead "Förslag till beslut" followed by a short
proposal with figures (mnkr, procent, dates). The blocks flow down the left column, then the right column, then on
to the next page. P. 4: the anmälningsärenden as a "–" list, the interpellation rules and the signature of the
chair. Metadata title set.
"""
import datetime as dt

from common19 import HERE, Doc
from data import D_ITEMS, D_ANMALAN, D_MEETING, D_ORDF

OUT = HERE / "abrunna-kf-kallelse-2027-03-22.pdf"
ACC = (125, 25, 45)
pdf = Doc("Åbrunna kommun", "Kommunfullmäktige", "{p} ({nb})", font="liberation", serif=True, accent=ACC,
          foot="Åbrunna kommun · Kommunfullmäktige · Kallelse och föredragningslista 2027-03-22",
          title="Åbrunna kommun – Kallelse till kommunfullmäktige 22 mars 2027", author="Kommunkansliet",
          created=dt.datetime(2027, 3, 10, 16, 0, tzinfo=dt.timezone.utc))

pdf.add_page()
y = pdf.get_y()
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*ACC)
pdf.cell(0, 10, "KALLELSE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, "Kommunfullmäktige i Åbrunna kommun", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.kv([("Organ", "Kommunfullmäktige"), ("Tid", f"{D_MEETING[0].upper() + D_MEETING[1:]}, kl. 18.30"),
        ("Plats", "Åbrunnasalen, kommunhuset, Storgatan 12"), ("Ordförande", D_ORDF.split(",")[0]),
        ("Sekreterare", "Oskar Rehn, kommunsekreterare")], lw=34, size=10)
pdf.ln(2)
pdf.h2("Till ledamöter och ersättare")
pdf.p(f"Ledamöter och ersättare kallas härmed till sammanträde med kommunfullmäktige {D_MEETING}. "
      "Allmänhetens frågestund hålls kl. 18.00, en halvtimme före sammanträdet, i samma lokal.", size=10.2, lh=5.2)
pdf.p("Ledamot som är förhindrad att delta ska anmäla detta till kommunkansliet senast fredagen den 19 mars 2027 "
      "kl. 12.00, så att ersättare kan kallas in. Ersättare som inte blir inkallade är välkomna att närvara.",
      size=10.2, lh=5.2)
pdf.p("Sammanträdet är öppet för allmänheten och sänds direkt på kommunens webbplats. Handlingarna finns "
      "tillgängliga i den digitala mötesappen och i kommunhusets reception från den 12 mars 2027.", size=10.2, lh=5.2)
pdf.p("Föredragningslistan med kommunstyrelsens och nämndernas förslag till beslut finns på sidorna 2–3. "
      "Anmälningsärendena redovisas på sidan 4.", size=10.2, lh=5.2)
pdf.ln(6)
pdf.set_font("Serif", "", 10.2)
pdf.cell(0, 5, "Åbrunna den 10 mars 2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("Serif", "I", 10.2)
pdf.cell(80, 5, "Åsa Ekman", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9.5)
pdf.cell(80, 5, "Ordförande", new_x="LMARGIN", new_y="NEXT")

pdf.add_page()
pdf.set_font("Sans", "B", 14)
pdf.set_text_color(*ACC)
pdf.cell(0, 7, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Kommunfullmäktige {D_MEETING}", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.ln(5)
items = []
for nr, title, dnr, fd, kind, prop in D_ITEMS:
    meta = ([f"Dnr {dnr}"] if dnr else []) + [f"Föredragande: {fd}"]
    items.append(dict(nr=nr, title=title, meta=meta, lead="Förslag till beslut", text=prop))
pdf.agenda_columns(items, gap=9, size=9.2, lh=4.4)

pdf.add_page()
pdf.h1("Anmälningsärenden (ärende 19)")
pdf.p("Följande handlingar anmäls till kommunfullmäktige och finns tillgängliga i mötesappen:", size=10, lh=5)
pdf.bullets(D_ANMALAN, sym="–", size=10, lh=5)
pdf.h1("Interpellationer och frågor")
pdf.p("En interpellation ska vara inlämnad till kommunkansliet senast tio dagar före sammanträdet. En enkel "
      "fråga ska lämnas in senast kl. 12.00 dagen före sammanträdet. Svar på interpellationen i ärende 17 lämnas "
      "muntligt vid sammanträdet.", size=10, lh=5)
pdf.h1("Ledamöternas närvaro")
pdf.p("Närvaro registreras vid ingången till Åbrunnasalen. Ledamot som kommer efter att sammanträdet har börjat "
      "anmäler sig till sekreteraren.", size=10, lh=5)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
