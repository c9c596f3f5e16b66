"""(a) Fridsmåla kommun – kommunfullmäktiges sammanträdesprotokoll 2026-11-23, §§ 142–150.

Layout: protocol front page with a key–value block, signature lines and a boxed anslag. Each § opens with the
§ number WHITE ON A DARK SQUARE at the left and the title beside it, the Dnr in grey under the title. § 144 (the
budget) has motions, the order of propositions and a ROLL-CALL VOTE: a ZEBRA table without lines (Nr / Ledamot /
Parti / Funktion / Ja / Nej / Avstår, "X" marks) whose rows are GROUPED BY PARTY under bold party rows that carry
the party's counts; the table runs over a page break, with the heading repeated under an italic "(forts.)"
caption. Then a full-grid result-per-party table with a bold total, the decision as a numbered list, reservations
and a protocol note. The last page ends with a BESLUTSLISTA with horizontal rules only. DejaVu Sans body.
"""
import datetime as dt

from common17 import HERE, Doc, Group, Row, dec, MINUS
from data import (A_PARTIES, a_roll_rows, a_party_counts, a_result, A_SKATT, A_SKATT_M, A_RES, A_INV, A_RES_M,
                  A_BESLUT, A_RESERV)

OUT = HERE / "fridsmala-kf-protokoll-2026-11-23.pdf"
ACC = (25, 60, 95)


class P(Doc):
    def para(self, nr, title, dnr):
        self.need(40)
        self.ln(3)
        y = self.get_y()
        self.set_fill_color(*ACC)
        self.rect(self.l_margin, y, 17, 11, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 11)
        self.set_xy(self.l_margin, y + 2.5)
        self.cell(17, 6, f"§ {nr}", align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 21, y + 0.3)
        self.set_font("Sans", "B", 11)
        self.multi_cell(self.epw - 21, 5.4, title, align="L", new_x="LEFT", new_y="NEXT")
        self.set_font("Sans", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(self.epw - 21, 4.2, dnr, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.get_y(), y + 11) + 2.5)

    def lab(self, t):
        self.set_font("Sans", "B", 9.6)
        self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)


pdf = P("Fridsmåla kommun", "Sammanträdesprotokoll", "Sida {p} av 5", font="dejavu", accent=ACC,
        foot="Kommunfullmäktige 2026-11-23   ·   Justerandes signatur ..........   ..........   ·   "
             "Utdragsbestyrkande ..........",
        title="Fridsmåla kommun – Kommunfullmäktiges protokoll 2026-11-23", author="Kommunledningskontoret",
        created=dt.datetime(2026, 11, 27, 15, 20, tzinfo=dt.timezone.utc))
ja, nej, avst = a_result()
res = dict(A_RES)
inv = dict(A_INV)

# ------------------------------------------------------------------ p1
pdf.add_page()
pdf.title_block("Sammanträdesprotokoll", "Kommunfullmäktige i Fridsmåla kommun", size=19)
pdf.kv([("Plats och tid", "Fridsmålasalen, kommunhuset, måndagen den 23 november 2026 kl. 13.00–19.45 "
                          "(ajournering 15.10–15.40 och 17.30–18.15)"),
        ("Beslutande", "41 ledamöter och tjänstgörande ersättare, se omröstningslistan under § 144"),
        ("Övriga närvarande", "Kommundirektör Helena Vass, ekonomichef Mattias Frost, nämndsekreterare "
                              "Lovisa Hed (sekreterare)"),
        ("Justerare", "Karin Öberg (M) och Anders Frid (C)"),
        ("Justeringens plats och tid", "Kommunhuset, fredagen den 27 november 2026 kl. 10.00"),
        ("Paragrafer", "§§ 142–150")], lw=50, size=9.3)
pdf.sign_lines(["Sekreterare\nLovisa Hed", "Ordförande\nGöran Sandqvist (S)", "Justerare\nKarin Öberg (M)",
                "Justerare\nAnders Frid (C)"], size=8)
pdf.ln(2)
y = pdf.get_y()
pdf.set_draw_color(80, 80, 80)
pdf.rect(pdf.l_margin, y, pdf.epw, 24)
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "ANSLAG/BEVIS – protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.6)
for t in ("Organ: Kommunfullmäktige. Sammanträdesdatum: 2026-11-23.",
          "Anslaget sätts upp: 30 november 2026. Anslaget tas ned: 2026-12-22.",
          "Förvaringsplats för protokollet: kommunledningskontoret, Storgatan 12, Fridsmåla."):
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 28)

pdf.para(142, "Val av justerare och godkännande av dagordningen", "Dnr KS 2026/12")
pdf.lab("Beslut")
pdf.p("Kommunfullmäktige utser Karin Öberg (M) och Anders Frid (C) att justera dagens protokoll. Dagordningen "
      "godkänns med tillägget att § 149 behandlas före § 148.", size=9.5, lh=4.7)
pdf.para(143, "Interpellation om Sjöängsbadets framtid", "Dnr KS 2026/388")
pdf.p("Magnus Tell (M) har i en interpellation ställd till kultur- och fritidsnämndens ordförande frågat om "
      "Sjöängsbadet ska stängas efter säsongen 2027. Badet hade 41 600 besök 2025 och 38 900 besök 2026, och "
      "reparationsbehovet bedöms till 23,5 mnkr. Ordföranden Linnea Ahlgren (S) svarar att nämnden ska utreda "
      "en renovering och redovisa ett förslag senast i maj 2027. Interpellanten tackar för svaret.", size=9.5,
      lh=4.7)
pdf.lab("Beslut")
pdf.p("Interpellationen är besvarad.", size=9.5, lh=4.7)

# ------------------------------------------------------------------ § 144
pdf.para(144, "Mål och budget 2027 med plan 2028–2029", "Dnr KS 2026/301")
pdf.lab("Ärendebeskrivning")
pdf.p(f"Kommunstyrelsen föreslår en oförändrad skattesats på {A_SKATT} kr per skattekrona. Förslaget ger ett "
      f"budgeterat resultat på {dec(res['2027'])} mnkr 2027, {dec(res['2028'])} mnkr 2028 och {dec(res['2029'])} "
      f"mnkr 2029. Investeringarna uppgår till {dec(inv['2027'])} mnkr 2027, {dec(inv['2028'])} mnkr 2028 och "
      f"{dec(inv['2029'])} mnkr 2029, varav nya Hjortronhagens förskola svarar för 64,0 mnkr. Nämndernas ramar ökar "
      f"med sammanlagt 58,7 mnkr eller 3,9 procent jämfört med 2026.", size=9.5, lh=4.7)
pdf.lab("Yrkanden")
pdf.p("Eva Strömqvist (S), Anders Frid (C), Johanna Ek (L) och Emma Sundin (MP) yrkar bifall till kommunstyrelsens "
      f"förslag. Carl-Johan Wester (M) yrkar, med instämmande av Bengt Ljunggren (KD) och Roger Kvist (SD), bifall "
      f"till Moderaternas och Kristdemokraternas budgetförslag med en skattesats på {A_SKATT_M} kr och ett resultat "
      f"2027 på {dec(A_RES_M)} mnkr. Maja Kronberg (V) yrkar bifall till Vänsterpartiets förslag i fråga om "
      f"nämndernas ramar.", size=9.5, lh=4.7)
pdf.lab("Propositionsordning och omröstning")
pdf.p("Ordföranden ställer först Vänsterpartiets ändringsyrkande mot kommunstyrelsens förslag och finner att "
      "fullmäktige avslår det. Därefter ställs kommunstyrelsens förslag mot Moderaternas och Kristdemokraternas "
      "förslag. Votering begärs och verkställs. Den som bifaller kommunstyrelsens förslag röstar ja, den som "
      "bifaller Moderaternas och Kristdemokraternas förslag röstar nej.", size=9.5, lh=4.7)
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 6, "Omröstningslista § 144", new_x="LMARGIN", new_y="NEXT")
rows = []
allr = a_roll_rows()
for code, name in A_PARTIES:
    n, j, nn, a = a_party_counts(code)
    rows.append(Group(f"{name} ({code})   {n} mandat   ja {j}  ·  nej {nn}  ·  avstår {a}"))
    for nr, nm, p, f, v in allr:
        if p == code:
            rows.append([str(nr), nm, p, f, "X" if v == "J" else "", "X" if v == "N" else "",
                         "X" if v == "A" else ""])
pdf.mtable([["Nr", "Ledamot / tjänstgörande ersättare", "Parti", "Funktion", "Ja", "Nej", "Avstår"]], rows,
           [10, 62, 14, 26, 14, 14, 16], ["C", "L", "C", "L", "C", "C", "C"], mode="zebra", size=8.4, lh=4.1,
           pad=0.55, head_fill=(255, 255, 255), group_fill=(214, 224, 236), stripe=(240, 243, 247),
           cont="Omröstningslista § 144 (forts.)")
pdf.set_font("Sans", "B", 9.6)
pdf.cell(0, 6, "Resultat per parti", new_x="LMARGIN", new_y="NEXT")
t = []
for code, name in A_PARTIES:
    n, j, nn, a = a_party_counts(code)
    t.append([f"{name} ({code})", str(j), str(nn), str(a), str(n)])
t.append(Row(["Summa", str(ja), str(nej), str(avst), str(ja + nej + avst)], emphasis="B"))
pdf.mtable([["Parti", "Ja", "Nej", "Avstår", "Antal"]], t, [70, 18, 18, 18, 18], ["L", "R", "R", "R", "R"],
           mode="grid", size=8.6, lh=4.2, pad=0.8, head_fill=(226, 232, 240))
pdf.p(f"Med {ja} ja-röster mot {nej} nej-röster beslutar fullmäktige att bifalla kommunstyrelsens förslag. "
      f"{avst} ledamöter avstår från att rösta.", size=9.5, lh=4.7)
pdf.lab("Beslut")
pdf.numbered([f"Skattesatsen för 2027 fastställs till {A_SKATT} kr per skattekrona.",
              "Mål och budget 2027 med plan 2028–2029 fastställs enligt kommunstyrelsens förslag, med "
              "driftramar för nämnderna enligt bilaga 1.",
              f"Investeringsbudgeten för 2027 fastställs till {dec(inv['2027'])} mnkr. Planen för 2028–2029 "
              f"godkänns som inriktning.",
              "Kommunstyrelsen får under 2027 nyupplåna högst 120,0 mnkr, det vill säga omsätta lån som förfaller "
              "och öka låneskulden med högst detta belopp.",
              "Kommunens borgensram för Fridsmåla Bostäder AB höjs från 1 250 mnkr till 1 450 mnkr."],
             size=9.5, lh=4.7, indent=7)
pdf.lab("Reservationer")
pdf.p("Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för eget "
      "yrkande. Sverigedemokraternas ledamöter reserverar sig skriftligt, bilaga 2.", size=9.5, lh=4.7)
pdf.lab("Protokollsanteckning")
pdf.p("Vänsterpartiets ledamöter får till protokollet anteckna att partiet hade velat höja ramen för "
      "socialnämnden med 6,0 mnkr.", size=9.5, lh=4.7)

# ------------------------------------------------------------------ §§ 145–150
pdf.para(145, "Taxor för Fridsmåla Vatten AB 2027", "Dnr KS 2026/344")
pdf.p("Bolagets styrelse föreslår att brukningsavgiften höjs med 7,5 procent och anläggningsavgiften med 4,0 "
      "procent från den 1 januari 2027. För en normalvilla ökar kostnaden från 9 860 kr till 10 600 kr per år "
      "inklusive moms.", size=9.5, lh=4.7)
pdf.lab("Beslut")
pdf.p("Fullmäktige fastställer taxan enligt förslaget.", size=9.5, lh=4.7)
pdf.para(146, "Motion om solceller på kommunens förskolor", "Dnr KS 2025/517")
pdf.p("Maja Kronberg (V) föreslår i en motion att samtliga tolv kommunala förskolor ska förses med solceller "
      "senast 2028. Kommunstyrelsen föreslår att motionen avslås. Motionen avslås eftersom solceller redan ingår "
      "i kommunens energiplan och sex av de tolv förskolorna får solceller 2027–2028 inom befintlig "
      "investeringsbudget.", size=9.5, lh=4.7)
pdf.lab("Beslut")
pdf.p("Motionen avslås. Maja Kronberg (V) och Sara Blom (V) reserverar sig mot beslutet.", size=9.5, lh=4.7)
pdf.para(147, "Detaljplan för Tvärbäcken etapp 2", "Dnr SBN 2024/96")
pdf.p("Planen möjliggör 140 bostäder och en förskola. Magnus Tell (M) yrkar att ärendet återremitteras för att "
      "dagvattenfrågan ska utredas vidare. Yrkandet biträds av fler än en tredjedel av de närvarande "
      "ledamöterna (minoritetsåterremiss).", size=9.5, lh=4.7)
pdf.lab("Beslut")
pdf.p("Ärendet återremitteras till kommunstyrelsen.", size=9.5, lh=4.7)
pdf.para(148, "Medborgarförslag om hundrastgård vid Hjortronhagen", "Dnr KS 2026/122")
pdf.p("Samhällsbyggnadsnämnden har tagit fram en plats och räknar med att anlägga en hundrastgård under "
      "våren 2027 för 180 000 kr. Medborgarförslaget anses besvarat.", size=9.5, lh=4.7)
pdf.para(149, "Motion om fritidsbank i Fridsmåla", "Dnr KS 2026/041")
pdf.p("Elin Gustafsson (C) yrkar återremiss för att kostnaden för lokalen ska utredas. Fullmäktige beslutar att "
      "ärendet ska återremitteras.", size=9.5, lh=4.7)
pdf.para(150, "Val av ersättare i socialnämnden", "Dnr KS 2026/015")
pdf.p("Till ny ersättare i socialnämnden efter Kenneth Rask (S) för tiden till och med 2026-12-31 väljs "
      "Per-Olof Nyberg (S).", size=9.5, lh=4.7)

pdf.h2("Beslutslista")
pdf.mtable([["§", "Ärende", "Beslut"]], [[str(a), b, c] for a, b, c in A_BESLUT], [12, 110, 44],
           ["C", "L", "L"], mode="hlines", size=8.6, lh=4.2, pad=1.0, head_fill=(255, 255, 255))
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
