"""(f) Uvberga kommun – kommunfullmäktiges sammanträdesprotokoll 2026-02-23, §§ 14–21, with the roll-call
list as bilaga.

Layout: protocol front page (key–value block, list of items, signature lines, boxed anslagsbevis) (p. 1);
§ items with a bold "§ 16" heading and the Dnr on the right, ärendebeskrivning with figures, yrkanden,
propositionsordning, a VOTE written in a sentence "31 ja-röster, 18 nej-röster och 2 ledamöter avstod", the
decision as "att"-clauses and a reservation (p. 2); §§ 17–21 with a loan guarantee in mnkr and a second vote
on a motion with absentees (p. 3); BILAGA: a ROLL-CALL LIST of the 51 members set in TWO SIDE-BY-SIDE RULED
BLOCKS (Ledamot / Parti / § 16 / § 19 with "Ja", "Nej", "Avstår", "Frånv."), serving substitutes marked
"(ers.)", and a small tally table per vote (p. 4). DejaVu Sans. Metadata title set.
"""
import datetime as dt

from common14 import HERE, Doc
from data import F_LED, f_tally, F_ATT16, F_PARTIER

OUT = HERE / "uvberga-kf-protokoll-2026-02-23.pdf"
ACC = (90, 40, 40)

pdf = Doc("Uvberga kommun", "Kommunfullmäktige", "Sammanträdesdatum 2026-02-23 · {p}", font="dejavu", accent=ACC,
          foot="Justerandes signatur ________  ________      Utdragsbestyrkande ________",
          title="Uvberga kommun – Kommunfullmäktiges protokoll 2026-02-23 §§ 14–21", author="Kommunkansliet",
          created=dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.timezone.utc))
ja16, nej16, av16, fr16 = f_tally(2)
ja19, nej19, av19, fr19 = f_tally(3)
assert sum(F_PARTIER.values()) == len(F_LED)


def para(label, title, dnr):
    pdf.need(45)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_draw_color(*ACC)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(18, 6, label)
    pdf.multi_cell(pdf.epw - 58, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    pdf.set_xy(pdf.w - pdf.r_margin - 40, y)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(40, 6, dnr, align="R")
    pdf.set_y(y2 + 1.5)


def txt(t, **kw):
    pdf.p(t, size=9.4, lh=4.7, **kw)


pdf.add_page()
pdf.title_block("Sammanträdesprotokoll", "Kommunfullmäktige i Uvberga kommun", size=19)
pdf.kv([("Plats och tid", "Uvbergasalen, kommunhuset, måndagen den 23 februari 2026 kl. 18.30–21.40"),
        ("Beslutande", f"{len(F_LED)} ledamöter och tjänstgörande ersättare enligt bilagd voteringslista"),
        ("Övriga närvarande", "Kommundirektör Elisabet Runesson, kommunsekreterare Tomas Jäderlund"),
        ("Utses att justera", "Vera Nilsson (C) och Ulf Rosén (M)"),
        ("Justeringens plats och tid", "Kommunkansliet, fredagen den 27 februari 2026"),
        ("Paragrafer", "14–21")], lw=50, size=9.3)
pdf.h2("Ärenden")
pdf.bullets(["§ 14 Val av justerare", "§ 15 Avsägelse och fyllnadsval i socialnämnden",
             "§ 16 Investering i ny förskola i Jonsgärde",
             "§ 17 Revidering av kommunstyrelsens reglemente",
             "§ 18 Utökad borgen för Uvberga Bostäder AB",
             "§ 19 Svar på motion om fria busskort för unga",
             "§ 20 Medborgarförslag om hundrastgård i Uvberga centrum",
             "§ 21 Anmälningsärenden"], sym="–", size=9.2, lh=4.4)
pdf.sign_lines(["Ordförande Karin Holmgren", "Sekreterare Tomas Jäderlund"])
pdf.sign_lines(["Justerare Vera Nilsson", "Justerare Ulf Rosén"])
pdf.ln(2)
y = pdf.get_y()
pdf.set_draw_color(120, 120, 120)
pdf.rect(pdf.l_margin, y, pdf.epw, 24)
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Anslagsbevis", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(pdf.epw - 6, 4.4, "Protokollet är justerat. Anslaget sätts upp 2026-03-02 och tas ned 2026-03-24. "
               "Protokollet förvaras på kommunkansliet, kommunhuset i Uvberga.", align="L")
pdf.set_draw_color(0, 0, 0)

pdf.add_page()
para("§ 14", "Val av justerare", "")
txt("Kommunfullmäktige utser Vera Nilsson (C) och Ulf Rosén (M) att jämte ordföranden justera dagens protokoll.")
para("§ 15", "Avsägelse och fyllnadsval i socialnämnden", "Dnr KS 2026/22")
txt("Linnea Hed (KD) har avsagt sig uppdraget som ersättare i socialnämnden. Kommunfullmäktige beviljar "
    "avsägelsen och väljer Emma Rydberg (KD) till ny ersättare för tiden till och med 2026-12-31.")
para("§ 16", "Investering i ny förskola i Jonsgärde", "Dnr KS 2025/407")
txt("Barn- och utbildningsnämnden har begärt en ny förskola i Jonsgärde, där antalet barn i förskoleåldern "
    "beräknas öka med 110 till år 2030. Förskolan ska ha åtta avdelningar och 144 platser och ersätter de "
    "tillfälliga paviljongerna vid Uvbergaskolan. Investeringsutgiften beräknas till 64,5 mnkr, varav 18,0 mnkr "
    "faller på 2026. Den årliga hyran till samhällsbyggnadsnämnden blir 5,9 mnkr från 2028. Byggstart planeras "
    "till den 1 oktober 2026 och inflyttning till den 1 augusti 2028.")
pdf.h2("Yrkanden")
txt("Annika Forsberg (S) yrkar bifall till kommunstyrelsens förslag. Rebecka Lund (M) yrkar, med instämmande av "
    "Helena Vik (SD), att ärendet ska återremitteras för att pröva ett förhyrt alternativ.")
pdf.h2("Propositionsordning och omröstning")
txt("Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att så ska ske. Votering begärs. "
    "Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska återremitteras röstar nej. "
    f"Omröstningsresultat: {ja16} ja-röster, {nej16} nej-röster och {av16} ledamöter avstod. Fullmäktige har "
    "därmed beslutat att avgöra ärendet i dag. Därefter bifaller fullmäktige kommunstyrelsens förslag.")
pdf.att_list("Kommunfullmäktige beslutar", F_ATT16, size=9.4, lh=4.7)
pdf.h2("Reservation")
txt("Moderaterna och Sverigedemokraterna reserverar sig mot beslutet. De anser att kommunen först borde ha "
    "prövat att hyra en förskola av en privat fastighetsägare, eftersom det hade minskat låneskulden och gett "
    "kortare byggtid.", style="I")

pdf.add_page()
para("§ 17", "Revidering av kommunstyrelsens reglemente", "Dnr KS 2025/388")
txt("Reglementet har anpassats till den nya förvaltningsorganisationen. Kommunfullmäktige antar reviderat "
    "reglemente för kommunstyrelsen att gälla från 2026-04-01.")
para("§ 18", "Utökad borgen för Uvberga Bostäder AB", "Dnr KS 2026/05")
txt("Uvberga Bostäder AB behöver låna till 96 nya hyresrätter i kvarteret Lärkträdet. Kommunfullmäktige beslutar "
    "att utöka kommunens borgensåtagande för bolaget från 420,0 mnkr till 540,0 mnkr, det vill säga med "
    "120,0 mnkr, och att ta ut en borgensavgift på 0,35 procent av det utnyttjade beloppet.")
para("§ 19", "Svar på motion om fria busskort för unga", "Dnr KS 2025/233")
txt("Amir Hosseini (V) föreslår i en motion att alla ungdomar i åldern 13–19 år som är folkbokförda i kommunen "
    "ska få åka gratis med regionens bussar. Kommunstyrelsen föreslår att motionen avslås med hänvisning till "
    "att regionen under 2026 utreder ett länsgemensamt ungdomskort.")
pdf.h2("Yrkanden och omröstning")
txt("Amir Hosseini (V) och Annika Forsberg (S) yrkar bifall till motionen. Stefan Almgren (M) yrkar bifall till "
    "kommunstyrelsens förslag. Votering begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som "
    f"vill bifalla motionen röstar nej. Omröstningsresultat: {ja19} ja-röster, {nej19} nej-röster, {av19} "
    f"ledamöter avstod och {fr19} ledamöter hade lämnat sammanträdet.")
pdf.att_list("Kommunfullmäktige beslutar", ["avslå motionen."], size=9.4, lh=4.7)
para("§ 20", "Medborgarförslag om hundrastgård i Uvberga centrum", "Dnr KS 2026/31")
txt("Ett medborgarförslag om en inhägnad hundrastgård i centrum har kommit in. Kommunfullmäktige överlämnar "
    "förslaget till samhällsbyggnadsnämnden för beredning och beslut.")
para("§ 21", "Anmälningsärenden", "")
txt("Revisorernas granskning av kommunens arbete med informationssäkerhet samt länsstyrelsens tillsynsbeslut om "
    "överförmyndarnämnden anmäls och läggs till handlingarna.")

pdf.add_page()
pdf.h1("Bilaga: Voteringslista §§ 16 och 19")
pdf.p("§ 16: ja = ärendet avgörs i dag, nej = återremiss. § 19: ja = bifall till kommunstyrelsens förslag, "
      "nej = bifall till motionen. Frånv. = ledamoten hade lämnat sammanträdet. (ers.) = tjänstgörande ersättare.",
      size=8.6, lh=4.3)
pdf.vote_list(["Ledamot", "Parti", "§ 16", "§ 19"], [list(r) for r in F_LED], [44, 12, 13, 13], size=7.8, lh=4.5)
pdf.ruled_table(["Summa", "Ja", "Nej", "Avstår", "Frånvarande"],
                [["§ 16", str(ja16), str(nej16), str(av16), str(fr16)],
                 ["§ 19", str(ja19), str(nej19), str(av19), str(fr19)]],
                [30, 22, 22, 22, 26], ["LEFT", "CENTER", "CENTER", "CENTER", "CENTER"], size=8.6, lh=4.5,
                head_fill=(235, 220, 220))
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
