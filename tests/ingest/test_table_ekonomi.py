"""The economy table parser on real PDFs (../shared/realdocs, skipped when absent): column names
from headers stacked word by word, footnote marks and "Ej aktuellt" cells, contents lists without
dot leaders, and bar charts that leave loose numbers in the text layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.chunking import chunk_document
from insyn.ingest.figures import extract_figures
from insyn.ingest.pdf import read_pdf
from insyn.ingest.tables import find_tables
from insyn.types import Page

REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"
INTRASERVICE = "goteborg-intraservice-delarsrapport-2026-03.pdf"
REVISION = "goteborg-revisionsberattelse-2024.pdf"
SIMRISHAMN = "simrishamn-kfn-arsbokslut-2025.pdf"
STADSREVISIONEN = "goteborg-stadsrevisionen-arsredogorelse-2022.pdf"
SERVICE_AREAS = ["Ekonomi", "HR", "Kommunikation, ledning och styrning", "Digital infrastruktur",
                 "Total förvaltning", "Förändringsinitiativ", "Total förvaltning och förändringsinitiativ",
                 "E-tjänstekort", "Bastjänster, inköp och upphandling (INK)",
                 "Digital infrastruktur, Demokrati- och Medborgarservice (DM)", "Tilläggstjänster",
                 "Direktförsäljning och övrigt", "Kommunbidrag"]


def page_texts(name: str) -> list[str]:
    path = REALDOCS / name
    if not path.exists():
        pytest.skip(f"{path} missing")
    return [p.text for p in read_pdf(path.read_bytes(), name, ocr=False)]


def test_intraservice_result_tables_name_their_columns() -> None:
    """pp. 14 and 16: "Utfall\\nintäkter\\nperiod\\n..." is five columns, not the keywords in it;
    values as `pdftotext -layout` shows them, row by row."""
    pages = page_texts(INTRASERVICE)
    (period,) = find_tables(pages[13])
    cols = ["Utfall intäkter period", "Utfall kostnader period", "Resultat period",
            "Budget kostnader period", "Budgetavvikelse"]
    values = [("20,5", "-13,7", "6,8", "-20,7", "7,0"), ("35,8", "-34,3", "1,5", "-36,2", "1,9"),
              ("24,5", "-22,1", "2,4", "-24,6", "2,5"), ("210,1", "-194,4", "15,7", "-205,5", "11,1"),
              ("290,9", "-264,5", "26,4", "-287,0", "22,5"), ("9,1", "-7,6", "1,5", "-9,5", "2,4"),
              ("300,0", "-272,1", "27,9", "-296,5", "24,9"), ("2,6", "-2,9", "-0,3", "-2,7", "-0,2"),
              ("2,7", "-2,5", "0,2", "-2,7", "0,2"), ("7,7", "-7,5", "0,2", "-7,8", "0,3"),
              ("7,6", "-6,9", "0,7", "-12,0", "5,1"), ("61,8", "-69,8", "-8,0", "-65,3", "-5,0"),
              ("10,6", "-8,8", "1,8", "-9,6", "0,8"), ("393,0", "-370,5", "22,5", "-396,6", "26,1")]
    labels = SERVICE_AREAS + ["Totalt"]
    assert [r.fields for r in period.rows] == [
        {"label": lab, **dict(zip(cols, v))} for lab, v in zip(labels, values)]

    (year,) = find_tables(pages[15])
    cols = ["Prognos intäkter helår", "Prognos kostnader helår", "Prognos resultat helår",
            "Budget kostnader helår", "Prognosavvikelse mot budget helår"]
    values = [("82,2", "-69,5", "12,7", "-82,5", "13,0"), ("143,3", "-145,4", "-2,1", "-143,8", "-1,6"),
              ("100,4", "-98,1", "2,3", "-98,6", "0,5"), ("840,9", "-848,5", "-7,6", "-848,7", "0,2"),
              ("1 166,8", "-1 161,5", "5,3", "-1 173,6", "12,1"), ("36,5", "-38,0", "-1,5", "-38,1", "0,1"),
              ("1 203,3", "-1 199,5", "3,8", "-1 211,7", "12,2"), ("10,6", "-12,8", "-2,2", "-10,7", "-2,1"),
              ("10,6", "-10,5", "0,1", "-10,6", "0,1"), ("30,9", "-30,3", "0,6", "-30,9", "0,6"),
              ("30,7", "-37,4", "-6,7", "-36,5", "-0,9"), ("310,1", "-305,7", "4,4", "-295,8", "-9,9"),
              ("42,3", "-42,3", "0", "-42,3", "0"), ("-4,8", "4,8", "0", "4,8", "0"),
              ("-1 633,7", "-1 633,7", "0", "-1 633,7", "0")]
    labels = SERVICE_AREAS + ["Överförd verksamhet till SLK - kommunbidrag", "Totalt"]
    assert [r.fields for r in year.rows] == [
        {"label": lab, **dict(zip(cols, v))} for lab, v in zip(labels, values)]
    assert year.rows[0].text == ("Ekonomi: Prognos intäkter helår 82,2; Prognos kostnader helår -69,5; "
                                 "Prognos resultat helår 12,7; Budget kostnader helår -82,5; "
                                 "Prognosavvikelse mot budget helår 13,0")


def test_intraservice_volume_table_columns() -> None:
    """p. 4: two percentage columns whose names wrap over four lines each."""
    (t,) = find_tables(page_texts(INTRASERVICE)[3])
    assert t.rows[2].fields == {"label": "Konsultkostnader",
                                "Utfall perioden jämfört med samma period föregående år": "15,5",
                                "Prognos helår jämfört med helår föregående år": "17,8", "unit": "procent"}


def test_revision_bar_charts_are_neither_rows_nor_figures() -> None:
    """pp. 24-28: each chart leaves its bar labels and its axis in the text ("71\\n21\\n8\\n45\\n38
    \\n17\\n0\\n20\\n40\\n60\\n80\\n100"); only the figures of the prose around them remain."""
    pages = page_texts(REVISION)[23:28]
    assert [find_tables(p) for p in pages] == [[]] * 5
    assert [[(f.value, f.unit) for f in extract_figures(p)] for p in pages] == [
        [(71.0, "procent"), (21.0, "procent"), (8.0, "procent"), (45.0, "procent"), (38.0, "procent"),
         (17.0, "procent")],
        [(61.0, "procent"), (39.0, "procent"), (46.0, "procent"), (13.0, "procent")],
        [(2023.0, "år"), (63.0, "procent"), (35.0, "procent"), (2.0, "antal")],  # "två procent"
        [(v, "procent") for v in (17.0, 45.0, 38.0, 35.0, 25.0, 20.0, 30.0, 28.0, 31.0, 55.0, 14.0, 29.0,
                                  47.0, 24.0)],
        [(2018.0, "år"), (2024.0, "år")]]


def test_simrishamn_bidrag_table_footnote_mark_and_ej_aktuellt() -> None:
    """p. 33, "Allmän kulturverksamhet": a header stacked as "Bokslut\\n2023\\n...\\nAntal\\n2025" whose
    first word shares a line with "Bidrag, tkr", a footnote mark ("-400*"), and a row of "Ej aktuellt"
    cells wrapped word by word. All five rows of `pdftotext -layout`, under the header's names; and the
    table above it, whose last column is "Återstår"."""
    drift, bidrag = find_tables(page_texts(SIMRISHAMN)[32])
    cols = ["Bokslut 2023", "Bokslut 2024", "Bokslut 2025", "Budget 2025", "Antal 2023", "Antal 2024",
            "Antal 2025"]
    rows = [("Arrangörsbidrag för kulturföreningar", ("-718", "-718", "-718", "-718", "23", "23", "27")),
            ("Verksamhetsstöd för kulturverksamheter", ("-450", "-450", "-450", "-450", "5", "5", "4")),
            ("Studieförbundsbidrag", ("-400", "-391", "-397", "-400", "11", "10", "9")),
            ("Kultur- och arrangörsbidrag", ("Ej aktuellt",) * 7),
            ("Totalt", ("-1 568", "-1 559", "-1 565", "-1 568", "39", "38", "40"))]
    assert [r.fields for r in bidrag.rows] == [
        {"label": lab, **dict(zip(cols, v)), "unit": "tkr"} for lab, v in rows]
    assert bidrag.rows[2].text == ("Studieförbundsbidrag: Bokslut 2023 -400; Bokslut 2024 -391; Bokslut 2025 -397; "
                                   "Budget 2025 -400*; Antal 2023 11; Antal 2024 10; Antal 2025 9 (tkr)")

    # the table above it on the page: "Verksamheter (tkr) Utfall 2025 Budget 2025 Återstår"
    cols = ["Utfall 2025", "Budget 2025", "Återstår"]
    rows = [("Nämnd- och styrelseverksamhet", ("-698", "-679", "-19")),
            ("Fysisk och teknisk planering", ("-602", "-373", "-229")),
            ("Turistverksamhet", ("2 802", "2 803", "-1")),
            ("Alkoholtillstånd", ("1", "1")),  # Budget is empty: two cells, which two is not in the text
            ("Allmän fritidsverksamhet", ("- 6 279", "-6 827", "548")),
            ("Stöd till studieorganisationer", ("-377", "-400", "23")),
            ("Allmän kulturverksamhet", ("-2 564", "-2 612", "49")),
            ("Museum/konsthall", ("-8 417", "-8 603", "186")),
            ("Bibliotek", ("-13 123", "-13 152", "29")),
            ("Idrotts- och fritidsanläggning", ("-24 835", "-23 885", "-950")),
            ("Fritidsgårdsverksamhet", ("-5 347", "-5 386", "39")),
            ("Gem adm kultur och fritid", ("-2 612", "-4 005", "1 394")),
            ("Summa totalt", ("-62 049", "-63 119", "1 070"))]
    assert [r.fields for r in drift.rows] == [
        {"label": lab, **dict(zip(cols if len(v) == 3 else ["v1", "v2"], v)), "unit": "tkr"} for lab, v in rows]


def test_stadsrevisionen_contents_list_is_not_a_table() -> None:
    """p. 2: a contents list whose leaders are missing from the text layer for some entries
    ("Göteborgs Stads årsredovisning 2022 25", "Uppföljning av kritik från 2021 29") gives no rows,
    neither from the page's text nor from the chunks, where the dotted entries are blanked out."""
    page = page_texts(STADSREVISIONEN)[1]
    assert "Göteborgs Stads årsredovisning 2022 25" in page.splitlines()
    assert find_tables(page) == []
    chunks = chunk_document([Page(2, page)], STADSREVISIONEN, "Årsredogörelse 2022")
    assert [r for c in chunks for r in c.records] == []
