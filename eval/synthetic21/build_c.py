"""(c) Tolsviks kommun – kommunfullmäktiges sammanträdesprotokoll 2026-09-21, §§ 88–95.

Layout: DejaVu Serif body, DejaVu Sans headings. P. 1: protocol front page with a key–value block, the list of
items as a small table with horizontal rules only (§ / Ärende / Sida), signature lines and a boxed ANSLAG. Every §
opens with a LIGHT-GREY FULL-WIDTH STRIP holding "§ 90  title" at the left and the Dnr at the right; the body has
run-in bold labels ("Ärendet", "Yrkanden", "Beslutsgång", "Beslut"). Decisions are "att"-lists whose items wrap.
P. 2: §§ 88–91 (interim report 38,4 vs 21,0 mnkr; food-control fee 1 340 → 1 420 kr; loan guarantee 640,0 →
780,0 mnkr). P. 3: § 92, the swimming hall (248,5 vs 212,0 mnkr) with a roll-call vote: the OMRÖSTNINGSLISTA is
set as THREE NAME COLUMNS headed "Ja (23)", "Nej (19)" and "Avstår (2)" with each member's name and party listed
under the answer given, a "Summa" line and the absent member; the result sentence, the att-list and the reservation
in italics. P. 4: §§ 93–95, with the new motions as a numbered list whose items wrap. Metadata title set.
"""
import datetime as dt

from common21 import HERE, Doc, nb, dec, grp
from data import (C_DATE, C_MEMBERS, C_VOTES, C_ABSENT, C_CHAIR, C_SIMHALL, C_BORGEN, C_DELAR, C_MOTIONS,
                  c_count)

OUT = HERE / "tolsvik-kf-protokoll-2026-09-21.pdf"
ACC = (40, 40, 40)
pdf = Doc("Tolsviks kommun", "Kommunfullmäktige", "Sammanträdesdatum 2026-09-21 · Sida {p}", font="dejavu",
          serif=True, accent=ACC, foot="Justerandes signatur ............     Utdragsbestyrkande ............",
          title="Tolsviks kommun – Protokoll kommunfullmäktige 2026-09-21", author="Kommunkansliet",
          created=dt.datetime(2026, 9, 28, 15, 0, tzinfo=dt.timezone.utc))

just = [m for m in C_MEMBERS if m[1] == "C"][0][0], [m for m in C_MEMBERS if m[1] == "M"][2][0]


def para(label, text, size=9.6):
    pdf.set_font("Sans", "B", size)
    pdf.multi_cell(0, 4.8, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", size)
    pdf.multi_cell(0, 4.8, nb(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def strip(nr, title, dnr):
    pdf.need(40)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_fill_color(228, 228, 228)
    pdf.rect(pdf.l_margin, y, pdf.epw, 8.5, style="F")
    pdf.set_xy(pdf.l_margin + 2, y + 1.7)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(pdf.epw - 45, 5, f"§ {nr}  {title}")
    pdf.set_font("Sans", "", 8.3)
    pdf.cell(41, 5, dnr, align="R")
    pdf.set_xy(pdf.l_margin, y + 11)


# ---------------------------------------------------------------- p. 1: front page
pdf.add_page()
pdf.set_font("Sans", "B", 22)
pdf.cell(0, 10, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 11)
pdf.cell(0, 6, "Kommunfullmäktige i Tolsviks kommun", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
present = len(C_MEMBERS) - 1
pdf.kv([("Plats och tid", "Stadshuset i Tolsvik, Bygdesalen, måndagen den 21 september 2026 kl. 18.00–21.40"),
        ("Beslutande", f"{present} tjänstgörande ledamöter enligt omröstningslistan i § 92"),
        ("Ordförande", f"{C_CHAIR} (S)"),
        ("Övriga", "Kommundirektör, ekonomichef (§ 89) och kommunsekreterare"),
        ("Justerare", f"{just[0]} (C) och {just[1]} (M)"),
        ("Justering", "Kommunkansliet, måndagen den 28 september 2026"),
        ("Paragrafer", "§§ 88–95")], lw=38, size=9.4)
pdf.ln(2)
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Ärenden", new_x="LMARGIN", new_y="NEXT")
items = [("88", "Val av justerare", "2"), ("89", "Delårsrapport januari–augusti 2026", "2"),
         ("90", "Taxa för offentlig kontroll inom livsmedelsområdet", "2"),
         ("91", "Utökad borgensram för Tolsviks Bostäder AB", "2"),
         ("92", "Genomförandebeslut för ny simhall, Tolsviksbadet", "3"),
         ("93", "Svar på motion om solceller på kommunens tak", "4"),
         ("94", "Avsägelse och fyllnadsval", "4"), ("95", "Anmälan av nya motioner", "4")]
pdf.ruled_table(["§", "Ärende", "Sida"], [list(x) for x in items], [14, 132, 20], ["LEFT", "LEFT", "RIGHT"],
                size=9, borders="HORIZONTAL_LINES", head_fill=(255, 255, 255))
pdf.sign_lines(["Sekreterare\nBodil Dahlgren", f"Ordförande\n{C_CHAIR}", f"Justerare\n{just[0]}",
                f"Justerare\n{just[1]}"], size=8.2)
pdf.ln(3)
y = pdf.get_y()
pdf.set_draw_color(90, 90, 90)
pdf.rect(pdf.l_margin, y, pdf.epw, 22)
pdf.set_xy(pdf.l_margin + 3, y + 2)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "ANSLAG", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.l_margin + 3)
pdf.set_font("Sans", "", 8.6)
pdf.multi_cell(pdf.epw - 6, 4.3, "Protokollet är justerat. Anslaget publiceras på kommunens digitala anslagstavla "
               "den 29 september 2026 och tas ned den 21 oktober 2026. Protokollet förvaras på kommunkansliet.",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(0, 0, 0)

# ---------------------------------------------------------------- p. 2: §§ 88–91
pdf.add_page()
strip(88, "Val av justerare", "Dnr KF 2026/2")
pdf.att_list("Kommunfullmäktige beslutar", [f"utse {just[0]} (C) och {just[1]} (M) att jämte ordföranden "
                                            "justera dagens protokoll."], size=9.6)
strip(89, "Delårsrapport januari–augusti 2026", "Dnr KS 2026/301")
para("Ärendet", f"Kommunens resultat för perioden januari–augusti 2026 uppgår till {dec(C_DELAR[0])} mnkr. "
     f"Det budgeterade resultatet för helåret är {dec(C_DELAR[1])} mnkr, och prognosen för helåret är ett "
     "resultat på 29,6 mnkr. Socialnämnden prognostiserar ett underskott på 11,2 mnkr, främst på grund av "
     "placeringar av barn och unga. Revisorerna har lämnat sitt utlåtande över delårsrapporten.")
pdf.att_list("Kommunfullmäktige beslutar", ["godkänna delårsrapporten för januari–augusti 2026,",
                                            "uppmana socialnämnden att vidta åtgärder för att nå en ekonomi i "
                                            "balans och redovisa dem till kommunstyrelsen i november 2026."],
             size=9.6)
strip(90, "Taxa för offentlig kontroll inom livsmedelsområdet", "Dnr SBN 2026/88")
para("Ärendet", "Samhällsbyggnadsnämnden föreslår att timavgiften för offentlig kontroll höjs från 1 340 kr till "
     "1 420 kr från och med den 1 januari 2027. Höjningen motsvarar kostnadsutvecklingen sedan taxan senast "
     "ändrades.")
sd_lead = [m for m in C_MEMBERS if m[1] == "SD"][0][0]
para("Yrkanden", f"{sd_lead} (SD) yrkar att timavgiften ska vara oförändrad 2027. Ordföranden ställer "
     "proposition på nämndens förslag mot yrkandet och finner nämndens förslag bifallet.")
pdf.att_list("Kommunfullmäktige beslutar", ["anta taxan för offentlig kontroll inom livsmedelsområdet med en "
                                            "timavgift på 1 420 kr, att gälla från och med den 1 januari 2027."],
             size=9.6)
pdf.set_font("Serif", "I", 9.2)
pdf.multi_cell(0, 4.6, "Reservation: Sverigedemokraterna reserverar sig mot beslutet till förmån för eget yrkande.",
               new_x="LMARGIN", new_y="NEXT")
strip(91, "Utökad borgensram för Tolsviks Bostäder AB", "Dnr KS 2026/277")
para("Ärendet", f"Tolsviks Bostäder AB bygger 64 hyreslägenheter i kvarteret Bofinken och behöver låna mer. "
     f"Bolagets nuvarande borgensram är {dec(C_BORGEN[0])} mnkr. Bolaget betalar en borgensavgift på 0,35 "
     "procent av det utnyttjade beloppet.")
pdf.att_list("Kommunfullmäktige beslutar",
             [f"såsom för egen skuld ingå borgen för Tolsviks Bostäder AB:s låneförpliktelser upp till ett "
              f"totalt belopp om {dec(C_BORGEN[1])} mnkr, jämte därpå löpande ränta och kostnader,",
              "borgensavgiften även fortsättningsvis ska vara 0,35 procent av det utnyttjade beloppet."], size=9.6)

# ---------------------------------------------------------------- p. 3: § 92 with the roll-call vote
pdf.add_page()
strip(92, "Genomförandebeslut för ny simhall, Tolsviksbadet", "Dnr KS 2025/164")
extra = dec(C_SIMHALL[1] - C_SIMHALL[0])
m_lead = [m for m in C_MEMBERS if m[1] == "M"][2][0]
para("Ärendet", f"I budget 2025 avsattes {dec(C_SIMHALL[0])} mnkr för en ny simhall vid Tolsviksbadet. Efter "
     f"upphandlingen beräknas investeringsutgiften till {dec(C_SIMHALL[1])} mnkr, främst på grund av högre "
     "priser på stål och installationer. Kommunstyrelsen föreslår att projektet genomförs.")
para("Yrkanden", f"Ordföranden yrkar bifall till kommunstyrelsens förslag. {m_lead} (M) yrkar avslag.")
para("Beslutsgång", "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslagsyrkandet och finner "
     "förslaget bifallet. Omröstning begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, och den som "
     "vill bifalla avslagsyrkandet röstar nej.")
# roll-call list in three name columns
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Omröstningslista § 92", new_x="LMARGIN", new_y="NEXT")
cols = [("Ja", [v for v in C_VOTES if v[2] == "Ja"]), ("Nej", [v for v in C_VOTES if v[2] == "Nej"]),
        ("Avstår", [v for v in C_VOTES if v[2] == "Avstår"])]
w = pdf.epw / 3
y0 = pdf.get_y()
lh = 3.55
nrows = max(len(c[1]) for c in cols)
pdf.set_fill_color(236, 236, 236)
pdf.rect(pdf.l_margin, y0, pdf.epw, 6, style="F")
for i, (lab, vs) in enumerate(cols):
    x = pdf.l_margin + i * w
    pdf.set_xy(x + 2, y0 + 0.8)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(w - 4, 4.5, f"{lab} ({len(vs)})")
    pdf.set_font("Serif", "", 8.2)
    for j, (name, party, _) in enumerate(vs):
        pdf.set_xy(x + 2, y0 + 7 + j * lh)
        pdf.cell(w - 4, lh, f"{name} ({party})")
yb = y0 + 7 + nrows * lh + 1
pdf.set_draw_color(120, 120, 120)
for i in (1, 2):
    pdf.line(pdf.l_margin + i * w, y0, pdf.l_margin + i * w, yb)
pdf.rect(pdf.l_margin, y0, pdf.epw, yb - y0)
pdf.line(pdf.l_margin, yb, pdf.l_margin + pdf.epw, yb)
for i, (lab, vs) in enumerate(cols):
    pdf.set_xy(pdf.l_margin + i * w + 2, yb + 0.8)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(w - 4, 4.5, f"Summa {lab.lower()}: {len(vs)}")
pdf.rect(pdf.l_margin, yb, pdf.epw, 6)
pdf.set_draw_color(0, 0, 0)
absent = [v for v in C_VOTES if v[2] == "Frånvarande"][0]
pdf.set_xy(pdf.l_margin, yb + 7.5)
pdf.set_font("Serif", "I", 8.4)
pdf.cell(0, 4.5, f"Frånvarande utan ersättare: {absent[0]} ({absent[1]})", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Omröstningsresultat", f"Med {c_count('Ja')} ja-röster mot {c_count('Nej')} nej-röster beslutar "
     f"kommunfullmäktige enligt kommunstyrelsens förslag. {c_count('Avstår')} ledamöter avstod från att rösta.")
pdf.att_list("Kommunfullmäktige beslutar",
             [f"godkänna genomförandet av ny simhall vid Tolsviksbadet med en total investeringsutgift om "
              f"{dec(C_SIMHALL[1])} mnkr,",
              f"finansiera ökningen om {extra} mnkr genom upplåning inom den låneram som fullmäktige har "
              "fastställt i budget 2026,",
              "uppdra åt kommunstyrelsen att redovisa projektets ekonomi och tidplan i varje delårsrapport och "
              "årsredovisning tills simhallen är färdigställd."], size=9.4)
pdf.set_font("Serif", "I", 9.2)
pdf.multi_cell(0, 4.6, f"Reservation: Moderaterna och Sverigedemokraterna reserverar sig mot beslutet. "
               f"Utgiften har ökat med {extra} mnkr sedan budgetbeslutet utan att projektet har prövats på nytt, "
               "och kalkylen saknar en oberoende granskning.", align="J", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- p. 4: §§ 93–95
pdf.add_page()
strip(93, "Svar på motion om solceller på kommunens tak", "Dnr KS 2025/311")
para("Ärendet", "Motionären föreslår att kommunen installerar solceller på alla egna byggnader med lämpliga tak. "
     "Kommunstyrelsen anser att motionen är besvarad, eftersom solceller redan ingår i fastighetsavdelningens "
     "underhållsplan och installeras när taken byts.")
pdf.att_list("Kommunfullmäktige beslutar", ["anse motionen besvarad."], size=9.6)
strip(94, "Avsägelse och fyllnadsval", "Dnr KF 2026/9")
para("Ärendet", "Karin Tegnér (S) har avsagt sig uppdraget som ersättare i socialnämnden.")
pdf.att_list("Kommunfullmäktige beslutar", ["bevilja avsägelsen,",
                                            "till ny ersättare i socialnämnden för tiden till och med den 31 "
                                            "december 2026 välja Doris Kämpe (S)."], size=9.6)
strip(95, "Anmälan av nya motioner", "Dnr KF 2026/10")
para("Ärendet", f"Följande {len(C_MOTIONS)} motioner har kommit in sedan förra sammanträdet:")
pdf.numbered([f"{t}, av {a} ({p})" for t, a, p in C_MOTIONS], size=9.4, lh=4.7)
pdf.att_list("Kommunfullmäktige beslutar", ["remittera motionerna till kommunstyrelsen för beredning, med "
                                            "undantag för motionen om korttidsboende som remitteras till "
                                            "socialnämnden."], size=9.6)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
