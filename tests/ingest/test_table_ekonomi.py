"""The economy table parser on real PDFs (../shared/realdocs, skipped when absent): column names
from headers stacked word by word, footnote marks and "Ej aktuellt" cells, contents lists without
dot leaders, bar charts that leave loose numbers in the text layer; and the OCR text of corpus 004."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.chunking import chunk_document
from insyn.ingest.figures import extract_figures
from insyn.ingest.pdf import read_pdf
from insyn.ingest.table_ekonomi import described
from insyn.ingest.tables import find_tables
from insyn.types import Page

REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
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
    assert year.rows[0].text == "Ekonomi | 82,2 | -69,5 | 12,7 | -82,5 | 13,0"  # the row as printed
    assert described(year.rows[0].fields) == ("Ekonomi: Prognos intäkter helår 82,2; Prognos kostnader helår -69,5; "
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
    assert bidrag.rows[2].text == "Studieförbundsbidrag | -400 | -391 | -397 | -400* | 11 | 10 | 9"
    assert described(bidrag.rows[2].fields) == ("Studieförbundsbidrag: Bokslut 2023 -400; Bokslut 2024 -391; "
                                                "Bokslut 2025 -397; Budget 2025 -400; Antal 2023 11; Antal 2024 10; "
                                                "Antal 2025 9 (tkr)")

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
    """p. 2: a contents list gives no rows, neither from the page's text nor from the chunks.
    Some of its leaders are U+0008 runs in the text layer, which cleaning turns back into dots;
    read without them ("Göteborgs Stads årsredovisning 2022 25"), it is still no table."""
    page = page_texts(STADSREVISIONEN)[1]
    assert "Göteborgs Stads årsredovisning 2022 ..... 25" in page.splitlines()
    leaderless = page.replace(" ..... ", " ")
    assert "Uppföljning av kritik från 2021 29" in leaderless.splitlines()
    for text in (page, leaderless):
        assert find_tables(text) == []
        chunks = chunk_document([Page(2, text)], STADSREVISIONEN, "Årsredogörelse 2022")
        assert [r for c in chunks for r in c.records] == []


def test_004_ocr_tables_number_cells_and_columns() -> None:
    """004 is OCR text without å/ä/ö. 3.1: no header names all seven columns (the last is not in
    the text), but the rows agree on seven cells: where OCR kept the space in a number ("259 933",
    "-1 086 437") it is one cell, as the arithmetic of each row confirms (Avvikelse = AckUtfall -
    AckBudget); column rules ("|") and specks ("‘", "[") are not cells or label. 3.2 as the chunker
    sees it, under its heading "Nettokost- Budget-": "Utfall 2023 Utfall 2024 nadsutv. % avvikelse
    Arsbudget" is five columns. 4: unchanged. Every row of the text."""
    text = (CORPUS / "004_7ba8079f8794b2c3.txt").read_text(encoding="utf-8")

    def rows(start: str, end: str) -> list[dict[str, str]]:
        a = text.index(start)
        (t,) = find_tables(text[a:text.index(end, a)])
        return [r.fields for r in t.rows]

    resultat = [
        ("Patientintakter", "-2", "0", "0", "0"),
        ("Vardintakt inkl lab/rtg", "-463", "26 487", "22981", "21934", "1047", "-13,2", "21934"),
        ("Tandvardsintikter", "-11", "-100,0"),
        ("Vardvalet primarvard", "-1302", "16918", "15569", "31476", "-15 908", "-8,0", "31476"),
        ("Forsdljning av tjanster", "604", "275563", "266 266", "259933", "6333", "-3,4", "259 933"),
        ("Ovriga intikter", "19152", "487 740", "405 888", "348 760", "57 128", "-16,8", "348 760"),
        ("Total", "17 989", "806 698", "710 704", "662 103", "48 601", "-11,9", "662 103"),
        ("Personal", "12 222", "-1154242", "-1152448", "-1 086 437", "-66 012", "-0,2", "-1 086 437"),
        ("Ovriga personalkostnader", "-2 639", "-23 860", "-29 317", "-28 208", "-1109", "22,9", "-28 208"),
        ("Likemedel", "-967", "-14 552", "-14 342", "-11 682", "-2 660", "-1,4", "-11 682"),
        ("Medicinskt o tandv mtrl", "-35", "-15163", "-16 959", "-17 470", "512", "11,8", "-17 470"),
        ("Ovrig direkt produktion", "-5768", "-51643", "-58 620", "-53 610", "-5011", "13,5", "-53 610"),
        ("Kop av verksamhet o tjanster", "-1046", "-1512512", "-1616940", "-1646714", "29774", "6,9",
         "-1646714"),
        ("Utomldnsvard", "-2", "-3", "-3", "113,8"),
        ("Fastighetskostnader", "-14 054", "-309 152", "-316 838", "-300 608", "-16 230", "2,5", "-300 608"),
        ("IT/MT poster", "-7 786", "-485 883", "-446 411", "-387 151", "-59 260", "-8,1", "-387 151"),
        ("Ovriga poster", "-4171", "-310 187", "-307 065", "-302 975", "-4 090", "-1,0", "-302 975"),
        ("Avskrivningar m m", "-127", "-589 009", "-623 458", "-611 610", "-11 848", "5,8", "-611 610"),
        ("Total", "-24372", "-4466204", "-4582402", "-4446464", "-135938", "2,6", "-4 446 464"),
        ("Total", "-6383", "-3659507", "-3871698", "-3784362", "-87 337", "58", "-3784362")]  # 58: "5,8"
    assert rows("3.1 Ekonomiskt resultat", "3.2 Ekonomisk analys") == [
        {"label": lab, **{f"v{n + 1}": v for n, v in enumerate(vs)}} for lab, *vs in resultat]

    cols = ["Utfall 2023", "Utfall 2024", "nadsutv. %", "avvikelse", "Arsbudget"]
    analys = [("Regionovergripande verksamhet", "-2 600", "-2783", "7,0%", "-5", "-2778"),
              ("Regionférvaltningen gemensamt", "-928", "-958", "3,2%", "-36", "-922"),
              ("Administrativ verksamhet", "-206", "-228", "10,3%", "3", "-231"),
              ("Primarvard bestallning", "-1317", "-1429", "8,5%", "25", "-1454"),
              ("Tandvard bestéllning", "-149", "-169", "13,1%", "2", "-171"),
              ("Digitalisering och service", "-1 060", "-1090", "2,8%", "-82", "-1007"),
              ("Digitalisering", "-594", "-597", "0,6%", "-54", "-543"),
              ("Service", "-466", "-492", "5,6%", "-28", "-464"),
              ("Verksamhetens nettokostnader", "-3660", "-3872", "5,8%", "-87", "-3785")]
    assert rows("Belopp i miljoner kronor Utfall 2023", "Regionstyrelsens forvaltning") == [
        {"label": lab, **dict(zip(cols, vs)), "unit": "mnkr"} for lab, *vs in analys]

    cols = ["Utfall 2024", "Arsbudget 2024", "Awvikelse"]
    investeringar = [("Fastighet", "677", "648", "-29"), ("MT", "167", "175", "8"), ("IT", "44", "70", "26"),
                     ("Hjalpmedel", "32", "32", "0"), ("Verksamhetsservice", "1", "4", "3"),
                     ("Regional utveckling", "1", "1", "0"), ("Totalt", "922", "930", "8")]
    assert rows("4 Investeringsredovisning", "Investeringsverksamheten inom") == [
        {"label": lab, **dict(zip(cols, vs)), "unit": "mnkr"} for lab, *vs in investeringar]


def test_arsbokslut_investment_detail_names_its_six_columns() -> None:
    """p. 21: "Total projektbudget | Ack. Utfall | Avvikelse | Budget 2025 | Utfall 2025 |
    Budgetavvikelse" stands above the "Färdigställda projekt" rows (empty cells, three values)
    and names the "Pågående projekt" rows below them. "Ack." is a header cell, not a sentence's
    end, and "Budgetavvikelse" is one name. Every row checks: total − ack. = avvikelse and
    budget − utfall = budgetavvikelse (to the document's rounding: 3,000 − 2,117 is printed 0,884)."""
    chunks = chunk_document([Page(21, page_texts(SIMRISHAMN)[20])], SIMRISHAMN, "Årsbokslut 2025")
    rows = [r.fields for c in chunks for r in c.records if len(r.fields) > 5]
    cols = ["Total projektbudget", "Ack. Utfall", "Avvikelse", "Budget 2025", "Utfall 2025", "Budgetavvikelse"]
    assert [r["label"] for r in rows] == [
        "Pågående projekt Ny inredning, biblioteket (6014)", "Ombyggnad Garvaren (6013)", "Ombyggnad Hafreborg (6012)",
        "Teknik/digital utveckling, bibliotek (6015, 6119)", "Korsavadanläggningen", "Löparbana Korsavad (6151)",
        "Tillgänglig hjärtstartare (6152)", "Ny teknik bowlinghall Korsavad (6154)", "Konstnärlig utsmyckning (6155)",
        "Summa pågående projekt", "Summa investeringsprojekt"]
    assert all(list(r)[1:7] == cols and r["unit"] == "mnkr" for r in rows)
    assert [r["Total projektbudget"] for r in rows] == [
        "4,827", "2,575", "3,124", "0,850", "2,492", "2,400", "0,300", "3,000", "0,500", "20,068", "20,068"]

    def n(s: str) -> float:
        return float(s.replace(",", "."))

    for r in rows:
        assert abs(n(r["Total projektbudget"]) - n(r["Ack. Utfall"]) - n(r["Avvikelse"])) < 0.0015
        assert abs(n(r["Budget 2025"]) - n(r["Utfall 2025"]) - n(r["Budgetavvikelse"])) < 0.0015


def test_a_lone_dash_is_an_empty_cell_when_the_row_is_one_short() -> None:
    """Intraservice p. 5: "Antal Major Incidents 7 - 55 34" under four periods: no prognosis,
    not minus 55. 003's cash-flow table: "långfristiga skulder - 345 262 -18 -19" under five
    years, and its sum line "Medel från finansieringsverksamheten 1 345 262 -18 -19" (with
    "fordringar 1 0 0 0 0") says the first cell is empty, not -345."""
    (table,) = [t for t in find_tables(page_texts(INTRASERVICE)[4]) if len(t.rows) == 2]
    assert table.rows[1].fields == {"label": "Antal Major Incidents", "Utfall perioden 2026": "7",
                                    "Prognos helår 2026": "-", "Utfall helår 2025": "55", "Utfall helår 2024": "34"}
    text = (CORPUS / "003_07770689f2a04ec2.txt").read_text(encoding="utf-8")
    rows = [r.fields for c in chunk_document([Page(1, text)], "003", "t") for r in c.records
            if r.fields.get("label") == "Ökning/minskning av långfristiga skulder"]
    assert [list(r.values())[1:6] for r in rows] == [["-", "345", "262", "-18", "-19"]]


def test_003_it_plan_names_its_stacked_abbreviated_header() -> None:
    """003 p. 35, "Kostnadsutveckling IT-plan 2025–2027": the header stands cell by cell over
    lines of its own ("Kostnad\\ntom 2023\\nBudget\\n2024 ... Summa\\nkostn.\\n\\ntom 2027"); "kostn."
    ends no sentence. Each full row's cells add up to its sum column."""
    text = (CORPUS / "003_07770689f2a04ec2.txt").read_text(encoding="utf-8")
    rows = [r.fields for c in chunk_document([Page(1, text)], "003", "t") for r in c.records
            if "IT-plan" in c.section]
    cols = ["Kostnad tom 2023", "Budget 2024", "Plan 2025", "Plan 2026", "Plan 2027", "Summa kostn. tom 2027"]
    named = [r for r in rows if "Budget 2024" in r]
    assert [r["label"] for r in named] == [
        "82591 Framtidens Vårdinformationsstöd", "Ökade kostnader FVIS (regionala tillägg, arkivering)",
        "8025 Medel för att främja digitaliseringsstrategi", "8041 Digital medarbetare effektivisera processer",
        "Totalt IT-plan"]
    for r in named:
        assert [k for k in r if k in cols] == cols
        values = [int(r[c].replace(" ", "")) for c in cols]
        assert sum(values[:5]) == values[5]
    # one row has an empty cell the text does not place (the totals say: the first): its five
    # numbers keep unnamed columns rather than wrong names
    (short,) = [r for r in rows if "Budget 2024" not in r]
    assert short == {"label": "NYTT Införande av specialistområden i Cosmic (Ana/Op/IVA)",
                     "v1": "0", "v2": "0", "v3": "10 000", "v4": "10 000", "v5": "20 000"}
