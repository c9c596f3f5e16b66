"""(a) Ormsviks kommun – taxa för bygg- och miljönämndens verksamhet 2027.

Layout: Liberation Sans (a Word document), dark green accent. P. 1: key–value block and the general provisions
as DECIMAL-NUMBERED HEADINGS ON THREE LEVELS (1, 1.2, 1.2.1) with the number in a hanging column; the three
hourly rates (2027 with 2026 in parentheses) in running text with a SUPERSCRIPT footnote mark; footnotes at the
foot of the page. Pp. 2–3: section 2, a BOOKTABS-STYLE fee table (heavy rule above the heading and at the end, a
thin rule under the heading, no vertical lines, grey rules above the group rows) whose rows are numbered
hierarchically: bold group rows "2.1 …" and indented item rows "2.1.1 …" with Enhet / Timfaktor / Avgift 2026, kr /
Avgift 2027, kr. Item titles carry superscript note marks, and the notes are printed at the foot of the page where
the row lands. The table continues on p. 3 under "Tabell 1 … (forts.)" with the heading repeated. P. 3: section 3
(miljöbalken) in the same style. P. 4: section 4 (livsmedel) as numbered text, and the entry into force. Metadata
title set.
"""
import datetime as dt

from common19 import HERE, Doc, grp
from data import A_TIM, A_FN, A_PBL, A_MB, a_fee, a_tf, A_LIVS_REG

OUT = HERE / "ormsvik-taxa-bygg-miljo-2027.pdf"
ACC = (20, 85, 60)
pdf = Doc("Ormsviks kommun", "Bygg- och miljönämnden", "Sida {p} ({nb})", font="liberation", accent=ACC,
          foot="Taxa för bygg- och miljönämndens verksamhet 2027 · Dnr BMN 2026/341",
          title="Ormsviks kommun – Taxa för bygg- och miljönämndens verksamhet 2027",
          author="Bygg- och miljöförvaltningen", created=dt.datetime(2026, 11, 30, 8, 40, tzinfo=dt.timezone.utc))
pdf.set_auto_page_break(True, 34)

pbl, pbl26 = A_TIM["pbl"]
mb, mb26 = A_TIM["mb"]
lv, lv26 = A_TIM["livs"]

pdf.add_page()
pdf.title_block("Taxa för bygg- och miljönämndens verksamhet 2027",
                "Plan- och bygglagen, miljöbalken och livsmedelslagstiftningen", size=18)
pdf.kv([("Beslutad av", "Kommunfullmäktige 2026-11-23, § 118"), ("Gäller från", "1 januari 2027"),
        ("Diarienummer", "BMN 2026/341"), ("Ersätter", "Taxa för bygg- och miljönämndens verksamhet 2026")],
       lw=36, size=9.3)
pdf.num_heading("1", "Allmänna bestämmelser", 1)
pdf.num_heading("1.1", "Tillämpningsområde", 2)
pdf.p("Taxan gäller avgifter för bygg- och miljönämndens prövning, tillsyn och kontroll enligt plan- och "
      "bygglagen (PBL), miljöbalken (MB) och livsmedelslagstiftningen samt för kart- och mättjänster.", size=9.3, lh=4.7)
pdf.num_heading("1.2", "Timavgifter", 2)
pdf.num_heading("1.2.1", "Plan- och bygglovsverksamhet", 3)
pdf.p_sup([f"Timavgiften för handläggning enligt plan- och bygglagen är {grp(pbl)} kronor", ("sup", "1"),
           f" (2026: {grp(pbl26)} kronor)."], size=9.3, lh=4.7)
pdf.add_fn(1, A_FN[1])
pdf.num_heading("1.2.2", "Miljö- och hälsoskydd", 3)
pdf.p(f"Timavgiften för prövning och tillsyn enligt miljöbalken är {grp(mb)} kronor (2026: {grp(mb26)} kronor).",
      size=9.3, lh=4.7)
pdf.num_heading("1.2.3", "Livsmedelskontroll", 3)
pdf.p(f"Timavgiften för offentlig kontroll av livsmedel är {grp(lv)} kronor (2026: {grp(lv26)} kronor).", size=9.3, lh=4.7)
pdf.num_heading("1.3", "Beräkning av avgift", 2)
pdf.num_heading("1.3.1", "Timfaktor", 3)
pdf.p("Avgiften beräknas som timfaktorn multiplicerad med timavgiften för verksamhetsområdet. Timfaktorn "
      "motsvarar den genomsnittliga handläggningstiden i timmar för ärendetypen.", size=9.3, lh=4.7)
pdf.num_heading("1.3.2", "Avrundning", 3)
pdf.p("Avgiften avrundas nedåt till närmaste hela tiotal kronor.", size=9.3, lh=4.7)
pdf.num_heading("1.4", "Nedsättning av avgift", 2)
pdf.num_heading("1.4.1", "Överskriden handläggningstid", 3)
pdf.p("Om nämnden inte meddelar beslut i ett ärende om lov eller förhandsbesked inom den tidsfrist som gäller "
      "enligt 9 kap. 27 § PBL, minskas avgiften med en femtedel för varje påbörjad vecka som tidsfristen "
      "överskrids (12 kap. 8 a § PBL).", size=9.3, lh=4.7)
pdf.num_heading("1.4.2", "Särskilda skäl", 3)
pdf.p("Nämnden får sätta ned eller efterge en avgift om det finns särskilda skäl med hänsyn till ärendets "
      "omfattning eller andra omständigheter.", size=9.3, lh=4.7)
pdf.num_heading("1.5", "Betalning", 2)
pdf.p("Avgiften betalas mot faktura inom 30 dagar. Vid för sen betalning tas dröjsmålsränta ut enligt räntelagen.",
      size=9.3, lh=4.7)

# ---------------------------------------------------------------- section 2
pdf.add_page()
pdf.num_heading("2", "Avgifter enligt plan- och bygglagen", 1)
pdf.num_heading("2.0.1", "Vad avgiften omfattar", 3)
pdf.p(f"Avgifterna i Tabell 1 beräknas med timavgiften {grp(pbl)} kronor. Avgiften för ett lov omfattar hela "
      "handläggningen fram till slutbesked:", size=9.3, lh=4.7)
pdf.bullets(["prövning av ansökan och kommunicering med sakägare,",
             "tekniskt samråd (det första mötet), startbesked och arbetsplatsbesök,",
             "slutsamråd, slutbesked och expediering av beslut."], size=9.6, lh=4.7)
pdf.num_heading("2.0.2", "Avgift när ansökan återkallas eller avslås", 3)
pdf.p("Om en ansökan återkallas tas avgift ut för nedlagd handläggningstid, dock högst den avgift som anges i "
      "tabellen. Avslag och avvisning avgiftsbeläggs med samma belopp som ett bifall.", size=9.3, lh=4.7)
pdf.num_heading("2.0.3", "Kungörelse och underrättelse", 3)
pdf.p("Kostnader för kungörelse i Post- och Inrikes Tidningar och i ortstidningen tillkommer med faktisk kostnad.",
      size=9.3, lh=4.7)
heads = ["Nr", "Åtgärd", "Enhet", "Timfaktor", "Avgift 2026, kr", "Avgift 2027, kr"]
widths = [13, 71, 20, 19, 21, 21]
aligns = ["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"]


def table_rows(groups, area):
    rows = []
    for g, t, items in groups:
        rows.append({"kind": "group", "cells": [g, t]})
        for num, text, unit, tf, fn in items:
            rows.append({"kind": "item", "cells": [num, text, unit, a_tf(tf), grp(a_fee(tf, area, 2026)),
                                                   grp(a_fee(tf, area, 2027))],
                         "fn": (fn, A_FN[fn]) if fn else None})
    return rows


pdf.fee_table(heads, table_rows(A_PBL, "pbl"), widths, aligns,
              caption="Tabell 1. Avgifter enligt plan- och bygglagen", size=8.7, lh=4.35, pad=1.25)

# ---------------------------------------------------------------- section 3
pdf.num_heading("3", "Avgifter enligt miljöbalken", 1)
pdf.p(f"Avgifterna i Tabell 2 beräknas med timavgiften {grp(mb)} kronor. Avgift för anmälan och tillstånd tas "
      "ut när ansökan eller anmälan har kommit in, oavsett utgången.", size=9.3, lh=4.7)
pdf.fee_table(heads, table_rows(A_MB, "mb"), widths, aligns,
              caption="Tabell 2. Avgifter enligt miljöbalken", size=8.7, lh=4.35, pad=1.25)

# ---------------------------------------------------------------- section 4
pdf.num_heading("4", "Avgifter för livsmedelskontroll", 1)
pdf.num_heading("4.1", "Offentlig kontroll", 2)
pdf.num_heading("4.1.1", "Efterhandsdebitering", 3)
pdf.p(f"Avgift för offentlig kontroll tas ut i efterhand för den tid som kontrollen har tagit, med timavgiften "
      f"{grp(lv)} kronor enligt 1.2.3. Någon årlig avgift i förskott tas inte ut.", size=9.3, lh=4.7)
pdf.num_heading("4.1.2", "Extra offentlig kontroll", 3)
pdf.p("Kontroll som behövs för att följa upp att en brist har åtgärdats debiteras med samma timavgift.", size=9.3, lh=4.7)
pdf.num_heading("4.2", "Registrering av livsmedelsanläggning", 2)
pdf.p(f"För handläggning av en anmälan om registrering tas en avgift motsvarande {A_LIVS_REG} timmar ut, det vill "
      f"säga {grp(A_LIVS_REG * lv)} kronor.", size=9.3, lh=4.7)
pdf.num_heading("5", "Ikraftträdande", 1)
pdf.p("Denna taxa träder i kraft den 1 januari 2027 och tillämpas på ärenden som kommer in till nämnden från och "
      "med detta datum. För ärenden som har kommit in före ikraftträdandet tillämpas den tidigare taxan.", size=9.3, lh=4.7)
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
