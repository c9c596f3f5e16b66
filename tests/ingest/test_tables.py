"""find_tables on real tables (example corpus and ../shared/realdocs PDFs) and synthetic text."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.table_ekonomi import described
from insyn.ingest.tables import find_tables, records_from_tables

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"


def corpus(name: str) -> str:
    return next(CORPUS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def section(text: str, start: str, end: str) -> str:
    a = text.index(start)
    return text[a:text.index(end, a + len(start))]


def pdf_text(name: str, pages: list[int]) -> str:
    pypdf = pytest.importorskip("pypdf")
    path = REALDOCS / name
    if not path.exists():
        pytest.skip(f"{path} missing")
    reader = pypdf.PdfReader(str(path))
    return "\n".join(reader.pages[p - 1].extract_text() for p in pages)


def test_000_uppdrag_fran_fullmaktige() -> None:
    text = section(corpus("000"), "3.1 Uppdrag från fullmäktige till nämnd", "4 Ekonomiska")
    (t,) = find_tables(text)
    assert t.type == "uppdrag" and len(t.rows) == 6
    assert [r.fields["status"] for r in t.rows] == ["Pågående"] + ["Ej påbörjad"] * 5
    assert [r.fields["slutdatum"] for r in t.rows] == ["2024-12-31"] + ["2025-12-31"] * 5
    r = t.rows[2]
    assert r.fields == {"status": "Ej påbörjad", "uppdrag": "Minska hyrberoendet",
                        "riktas_till": "hälso- och sjukvårdsnämnden och regionstyrelsen",
                        "periodicitet": "Tertial: aug, dec", "slutdatum": "2025-12-31"}
    assert r.text == ("Minska hyrberoendet — riktas till hälso- och sjukvårdsnämnden och "
                      "regionstyrelsen; status: Ej påbörjad; periodicitet: Tertial: aug, dec; "
                      "slutdatum: 2025-12-31")
    assert t.rows[1].fields["uppdrag"] == ("Ta fram konsekvensunderlag och förslag på åtgärder för "
                                           "att minska personalkostnaden motsvarande 250 miljoner kronor")
    assert t.rows[1].fields["riktas_till"] == "alla nämnder och styrelser"
    assert text[t.rows[2].start:t.rows[2].end].rstrip().endswith("2025-12-31")


def test_002_uppdrag_without_riktas_till() -> None:
    text = corpus("002")
    tables = [t for t in find_tables(text) if t.type == "uppdrag"]
    assert [len(t.rows) for t in tables] == [7, 2, 3, 2]
    beredning = tables[2].rows
    assert beredning[0].fields["uppdrag"].startswith("Beredningen för funktionshinder och samverkan ges i")
    assert "riktas_till" not in beredning[0].fields
    assert beredning[0].fields["periodicitet"] == "Tertial: aug, dec"
    assert tables[1].rows[0].fields == {
        "status": "Ej påbörjad", "periodicitet": "År", "slutdatum": "2025-12-31",
        "uppdrag": "Förstärka Centrum Mot våld i alla tre länsdelar utifrån verksamheternas behov"}


def test_002_indikator_arbetsmiljo() -> None:
    text = section(corpus("002"), "förbättra chefers förutsättningar att leda.", "Mål 6.")
    (t,) = find_tables(text)
    assert t.type == "indikator" and len(t.rows) == 5
    inds = [r.fields["indikator"] for r in t.rows]
    assert inds[1] == "Antal anmälda olycksfall och arbetsskador"
    assert inds[2] == "Antal tillbudsrapporter"
    f = t.rows[1].fields
    assert (f["utfall"], f["mal"], f["utfall_ar"], f["mal_ar"]) == ("300", "250", "2023", "2025")
    assert f["periodicitet"] == "Tertial: aug, dec"
    last = t.rows[4].fields
    assert last["delmal"] == "Chefer har bättre förutsättningar att leda"
    assert (last["indikator"], last["utfall"], last["mal"]) == (
        "Hållbart medarbetarengagemang för chefer ska öka", "82,5", "85")


def test_000_indikator_split_numbers() -> None:
    text = section(corpus("000"), "Mål 4. Tillgänglig vård", "Mål 5.")
    (t,) = find_tables(text)
    assert len(t.rows) == 5
    r = t.rows[1].fields
    assert r["delmal"] == "Förbättrad tillgänglighet och delaktighet genom användarvänliga digitala tjänster"
    assert (r["indikator"], r["utfall"], r["mal"]) == ("Antal interna och externa digitala möten", "204 801", "150 000")
    assert r["periodicitet"] == "Tertial: apr, aug, dec"
    assert t.rows[3].fields["utfall"] == "" and t.rows[3].fields["mal"] == "530 000"


def test_003_resursramar() -> None:
    text = section(corpus("003"), "Resursramar, miljoner kronor", "De i planen angivna")
    (t,) = find_tables(text)
    assert t.type == "ekonomi" and len(t.rows) == 20
    labels = [r.fields["label"] for r in t.rows]
    assert labels[0] == "Regionala utvecklingsnämnden" and labels[-1] == "Totalt"
    assert sum(lab.startswith("varav") for lab in labels) == 11
    assert "varav Länssjukvårdsområde Psykiatri inkl habilitering" in labels
    hsn = t.rows[1].fields
    assert hsn == {"label": "Hälso- och sjukvårdsnämnden", "Budget 2024": "6 653", "Budget 2025": "6 894",
                   "Plan 2026": "6 999", "Plan 2027": "7 217", "unit": "mnkr"}
    assert t.rows[0].fields["Budget 2024"] == "508" and t.rows[0].fields["Plan 2027"] == "543"
    assert t.rows[-1].fields["Budget 2025"] == "9 791"


def test_004_ocr_delmal_prognos() -> None:
    tables = [t for t in find_tables(corpus("004")) if t.type == "delmal"]
    assert len(tables) == 1 and len(tables[0].rows) == 17
    partly = [r.fields["delmal"] for r in tables[0].rows if "delvis" in r.fields["prognos"]]
    assert partly[0] == "Regionstyrelsen forstarker den egna verksamhetens formaga till civil beredskap"
    assert partly[-1] == "Var verksamhet minskar energianvandning och klimatpaverkan"
    assert len(partly) == 4


def test_realdocs_investment_table() -> None:
    text = pdf_text("simrishamn-kfn-investeringar-2027-2031.pdf", [4, 5])
    t = find_tables(text)[0]
    assert t.type == "ekonomi" and len(t.rows) == 20
    r = t.rows[0].fields
    assert r["label"] == "1 P 6289 Utrustning uppstart Korsavadsanläggningen" and r["unit"] == "tkr"
    assert (r["Budget 2027"], r["Plan 2028"], r["Total utgift"]) == ("1 000", "500", "1 500")
    bok = t.rows[12].fields
    assert bok["label"] == "13 N  Bokbuss" or bok["label"] == "13 N Bokbuss"
    assert (bok["Plan 2029"], bok["Total utgift"]) == ("4 500", "3 000")
    assert t.rows[5].fields["Total utgift"] == "årligen,löpande"


def test_realdocs_intraservice_income_statement() -> None:
    text = pdf_text("goteborg-intraservice-delarsrapport-2026-03.pdf", [11])
    (t,) = find_tables(text)
    assert len(t.rows) == 5
    assert [r.fields["label"] for r in t.rows] == ["Intäkter", "Kostnader", "Kommunbidrag",
                                                  "Kommuninterna bidrag", "Resultat"]
    k = t.rows[1].fields
    assert (k["Utfall"], k["Avvikelse"], k["Prognos"], k["unit"]) == ("-360,5", "21,6", "-1 550,7", "mnkr")


def test_realdocs_arsbokslut_economy() -> None:
    text = pdf_text("simrishamn-kfn-arsbokslut-2025.pdf", [13])
    (t,) = find_tables(text)
    assert len(t.rows) == 8
    assert t.rows[1].fields == {"label": "Kostnader", "2024": "-69 731", "2025": "-73 300", "unit": "tkr"}
    assert t.rows[4].fields["2025"] == "1 070"


SYNTH = """Budget per nämnd, tkr
Nämnd 2024 2025
Kulturnämnden 12 500 13 100
Fritidsnämnden 8 000 8 240
Summa 20 500 21 340

Nämnden redovisar ett överskott på 1 070 tkr, vilket är 2 procent av budgeten 2025.
Innehåll
1 Inledning ..................... 3
2 Ekonomi ....................... 5
"""


def test_synthetic_table_and_prose() -> None:
    tables = find_tables(SYNTH)
    assert len(tables) == 1
    (t,) = tables
    assert [r.fields for r in t.rows][0] == {"label": "Kulturnämnden", "2024": "12 500", "2025": "13 100",
                                              "unit": "tkr"}
    assert t.rows[2].text == "Summa | 20 500 | 21 340"  # as printed; an answer names the columns
    assert described(t.rows[2].fields) == "Summa: 2024 20 500; 2025 21 340 (tkr)"
    recs = records_from_tables(tables, doc="x.txt", section="Ekonomi", page_of=lambda off: 1)
    assert recs[0].type == "ekonomi" and recs[0].page == 1 and recs[0].section == "Ekonomi"


def test_synthetic_uppdrag_multiline_status() -> None:
    text = ("Status Uppdrag Periodicitet Slutdatum\n\n Ej \npåbörjad\n\nTa fram en plan för\n"
            "bättre tillgänglighet\n\nRiktas till regionstyrelsen\n\nÅr 2026-06-30\n\nNästa stycke.")
    (t,) = find_tables(text)
    assert t.rows[0].fields == {"status": "Ej påbörjad", "uppdrag": "Ta fram en plan för bättre tillgänglighet",
                                "riktas_till": "regionstyrelsen", "periodicitet": "År",
                                "slutdatum": "2026-06-30"}


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_prose_is_not_a_table(name: str) -> None:
    text = corpus(name)
    for t in find_tables(text):
        for r in t.rows:
            assert len(r.text) < 1500
            span = text[r.start:r.end]
            assert not any(len(line) > 140 for line in span.splitlines()), span[:200]


def test_a_list_of_dated_documents_is_not_a_table() -> None:
    """"daterat 2025-04-04" ends in a date, not in three numeric cells (Göteborg revisionsberättelse p. 5)."""
    text = ("Handlingar\n1. Grundskoleförvaltningens tjänsteutlåtande, daterat 2025-03-26\n"
            "5. Yttrande från M, D, L och KD, daterat 2025-04-04\n6. Yttrande från S, V och MP, daterat 2025-04-07\n")
    assert find_tables(text) == []


def test_a_count_per_year_keeps_its_column_name() -> None:
    """"Antal 2023 Antal 2024" are counts, not the years' amounts; "Antal 2022 2021 2020" stays years."""
    text = ("Bidrag, tkr Bokslut 2023 Bokslut 2024 Antal 2023 Antal 2024\n"
            "Lokalt aktivitetsstöd -602 -598 34 34\nDriftbidrag -563 -926 28 36\n")
    (t,) = find_tables(text)
    assert t.rows[1].fields == {"label": "Driftbidrag", "Bokslut 2023": "-563", "Bokslut 2024": "-926",
                                "Antal 2023": "28", "Antal 2024": "36", "unit": "tkr"}
    (t,) = find_tables("Antal 2022 2021 2020\nTillsvidareanställda 30 29 28\nVisstidsanställda 2 3 1\n")
    assert t.rows[0].fields == {"label": "Tillsvidareanställda", "2022": "30", "2021": "29", "2020": "28"}


def test_a_change_column_with_plus_signs_keeps_every_row() -> None:
    """A change written "+0,4" beside "−0,3" (sick leave per administration): every row is read."""
    text = ("Tabell 2. Sjukfrånvaro per förvaltning, procent av ordinarie arbetstid\n"
            "Förvaltning 2024 2025 Förändring\n"
            "Hälso- och sjukvårdsförvaltningen 7,4 7,1 −0,3\n"
            "Psykiatriförvaltningen 8,2 8,6 +0,4\n"
            "Tandvårdsförvaltningen 6,9 7,3 +0,4\n"
            "Regionservice 7,2 6,8 −0,4\n"
            "Totalt 7,1 6,9 −0,2\n")
    (t,) = find_tables(text)
    assert [r.fields["label"] for r in t.rows] == ["Hälso- och sjukvårdsförvaltningen", "Psykiatriförvaltningen",
                                                   "Tandvårdsförvaltningen", "Regionservice", "Totalt"]
    assert t.rows[1].fields["2025"] == "8,6"
