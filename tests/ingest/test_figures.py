"""extract_figures / parse_swedish_number on real phrases from the example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.figures import context_year, extract_figures, figures_from_record
from insyn.ingest.numbers import parse_swedish_number, split_run, tokens_in
from insyn.types import Record

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def one(text: str, needle: str):
    """The figure whose text starts at `needle` in `text`."""
    start = text.index(needle)
    hits = [f for f in extract_figures(text) if f.start == start]
    assert hits, f"no figure at {needle!r}"
    return hits[0]


@pytest.mark.parametrize("text,value,unit,label", [
    ("Området Digitalisering och Service erhåller en budget på 1 065,2 miljoner kronor. ",
     1065.2, "mnkr", "Området Digitalisering och Service erhåller en budget på"),
    ("Budget för primärvård beställare uppgår 2025 till 1 466,5 miljoner kronor.", 1466.5, "mnkr",
     "Budget för primärvård beställare uppgår 2025 till"),
    ("ställa 3 869 mnkr till förfogande", 3869.0, "mnkr", "ställa"),
    ("Arbetet har resulterat i en kostnadsminskning pa 6\nprocent (17 miljoner SEK), dar", 17.0,
     "mnkr", "Arbetet har resulterat i en kostnadsminskning pa 6 procent ("),
    ("Mer pengar till primärvården, 40 miljoner.", 40.0, "mnkr", "Mer pengar till primärvården"),
    ("Sjukfranvaron har minskat till 4,8 procent under aret.", 4.8, "procent",
     "Sjukfranvaron har minskat till"),
    ("Utdebitering, % (oförändrad) 11,29% 11,29%", 11.29, "procent", "Utdebitering, % (oförändrad)"),
    ("sparåtgärder har uppnått 276% av plan", 276.0, "procent", "sparåtgärder har uppnått"),
    ("Budgetavvikelse 93 1 070\nÅrets resultat -2,3 mnkr", -2.3, "mnkr", "Årets resultat"),
    ("Medelskattkraft i riket (tkr/inv) 260,9 270,8", 260.9, "antal", "Medelskattkraft i riket (tkr/inv)"),
    ("Investeringsutgift 2027 1 000 tkr. 2028 500 tkr.", 1000.0, "tkr", "Investeringsutgift 2027"),
    ("en samlad budget om 2,1 miljarder kronor", 2.1, "mdkr", "en samlad budget om"),
    ("en avgift på 350 kronor per besök", 350.0, "kr", "en avgift på"),
])
def test_amounts_and_shares(text: str, value: float, unit: str, label: str) -> None:
    f = extract_figures(text)
    hit = [x for x in f if x.unit == unit and x.value == pytest.approx(value)]
    assert hit, [(x.text, x.value, x.unit) for x in f]
    assert hit[0].label == label


def test_dates_and_years() -> None:
    text = "Tertial: aug, dec 2025-12-31 \nBeslut den 31 december 2025 om planen för 2025."
    figs = extract_figures(text)
    dates = [f for f in figs if f.unit == "datum"]
    assert [d.value for d in dates] == ["2025-12-31", "2025-12-31"]
    assert dates[1].text == "31 december 2025"
    years = [f for f in figs if f.unit == "år"]
    assert [y.value for y in years] == [2025.0] and years[0].label == "Beslut den 31 december 2025 om planen för"


def test_counts_and_number_words() -> None:
    text = (CORPUS / "002_b44e5d8e8ff73640.txt").read_text()
    f = [x for x in extract_figures(text) if x.text.startswith("sex områden")]
    assert f and f[0].value == 6.0 and f[0].unit == "antal"
    ocr = "Av de 17 delmalen &r bedomningen att ett inte uppnas, fyra delvis uppnas och\ntolv uppnas."
    words = {x.text: x.value for x in extract_figures(ocr) if x.unit == "antal"}
    assert words["tolv uppnas"] == 12.0 and words["fyra delvis"] == 4.0 and words["17"] == 17.0


def test_table_row_labels_from_corpus() -> None:
    text = (CORPUS / "000_14dd89f663d29f12.txt").read_text()
    f = one(text, "41 % 60 %")
    assert (f.value, f.unit, f.label) == (41.0, "procent", "Andel chefer som har mellan 15 till 35 anställda")
    f = one(text, "60 % År")
    assert f.value == 60.0 and f.label == "Andel chefer som har mellan 15 till 35 anställda"
    f = one(text, "204 801 150 000")
    assert (f.value, f.unit, f.text) == (204801.0, "antal", "204 801")
    assert f.label == "Antal interna och externa digitala möten"
    g = one(text, "150 000 \nTertial")
    assert g.value == 150000.0
    f = one(text, " 415 År".strip())
    assert f.value == 415.0 and f.label.endswith("introduktionsutbildning civil beredskap")


def test_unicode_minus_and_spaced_minus() -> None:
    assert [x.value for x in extract_figures("Årets resultat −335 mnkr")] == [-335.0]
    row = "Budgetavvikelse - 6 279 1 070"
    assert [x.value for x in extract_figures(row)] == [-6279.0, 1070.0]


@pytest.mark.parametrize("s,expected", [
    ("1 466,5", 1466.5), ("−335", -335.0), ("- 6 279", -6279.0), ("11,29%", 11.29),
    ("204 801", 204801.0), ("12", 12.0), ("abc", None), ("", None), ("1 46", None),
])
def test_parse_swedish_number(s: str, expected: float | None) -> None:
    assert parse_swedish_number(s) == expected


@pytest.mark.parametrize("s,k,expected", [
    ("204 801 150 000", None, [204801, 150000]),
    ("28 789 65 000", None, [28789, 65000]),
    ("6 653 6 894 6 999 7 217", None, [6653, 6894, 6999, 7217]),
    ("508 519 527 543", 4, [508, 519, 527, 543]),
    ("706 800", 2, [706, 800]),
    ("3 500 000", 2, [3500000]),
    ("0 0 4 500 0 0 3 000", 6, [0, 0, 4500, 0, 0, 3000]),
    ("1200 1 200 1 200 1 200 1 200", 6, [1200] * 5),
])
def test_split_run(s: str, k: int | None, expected: list[float]) -> None:
    (run,) = tokens_in(s)
    assert [n.value for n in split_run(run, k)] == expected


def test_prose_has_no_false_table_merges() -> None:
    text = (CORPUS / "000_14dd89f663d29f12.txt").read_text()
    vals = {(f.value, f.unit) for f in extract_figures(text)}
    assert (8805.0, "mnkr") in vals and (893.0, "mnkr") in vals and (3943.2, "mnkr") in vals
    assert not any(isinstance(v, float) and v > 1e7 for v, _ in vals)


def test_figures_from_record() -> None:
    rec = Record("ekonomi", "003.txt", 12, "4.3", {"label": "Totalt", "Budget 2024": "9 433",
                                                      "Budget 2025": "9 791", "unit": "mnkr"}, "")
    figs = figures_from_record(rec)
    assert [(f.value, f.unit, f.label) for f in figs] == [
        (9433.0, "mnkr", "Totalt, Budget 2024"), (9791.0, "mnkr", "Totalt, Budget 2025")]
    ind = Record("indikator", "d", None, "", {"indikator": "Andel genomförda hembesök till nyfödda",
                                               "utfall": "70 %", "mal": "90 %", "utfall_ar": "2023",
                                               "mal_ar": "2025"}, "")
    assert [(f.value, f.unit) for f in figures_from_record(ind)] == [(70.0, "procent"), (90.0, "procent")]


def test_a_count_column_is_not_in_the_tables_unit() -> None:
    """Simrishamn's föreningsbidrag table is in tkr, but "Antal 2025" counts föreningar."""
    rec = Record("ekonomi", "a.pdf", 34, "Bidrag",
                 {"label": "Driftbidrag", "Bokslut 2025": "-925", "Antal 2025": "41", "unit": "tkr"}, "")
    assert [(f.label, f.value, f.unit) for f in figures_from_record(rec)] == [
        ("Driftbidrag, Bokslut 2025", -925.0, "tkr"), ("Driftbidrag, Antal 2025", 41.0, "antal")]


def test_a_school_year_is_one_year_not_a_year_and_a_count() -> None:
    found = [(f.value, f.unit, f.text) for f in extract_figures("Läsåret 2024/25 hade 6,7 procent åtgärdsprogram.")]
    assert found == [(2024.0, "år", "2024/25"), (6.7, "procent", "6,7 procent")]
    # a slash between unrelated numbers is no school year
    assert [(f.value, f.unit) for f in extract_figures("2024/30 ärenden")][:1] == [(2024.0, "år")]
    assert (30.0, "antal") in [(f.value, f.unit) for f in extract_figures("2024/30 ärenden")]


def test_a_generic_table_row_gives_one_figure_per_number_cell_labelled_by_row_and_column() -> None:
    header = ("Årskurs", "Totalt", "Flickor", "Pojkar")
    row = Record("table", "skola.pdf", 8, "", dict(zip(header, ("Årskurs 4", "1 122 130", "59 582", "62 548"))),
                 "Årskurs 4 | 1 122 130 | 59 582 | 62 548", "t8.1", "Tabell 1. Antal elever per årskurs", header)
    figs = figures_from_record(row)
    assert [(f.value, f.unit, f.text) for f in figs] == [
        (1122130.0, "antal", "1 122 130"), (59582.0, "antal", "59 582"), (62548.0, "antal", "62 548")]
    assert figs[2].label == "Tabell 1. Antal elever per årskurs Årskurs 4, Pojkar"
    assert {(f.doc, f.page) for f in figs} == {("skola.pdf", 8)}


def test_a_cell_is_labelled_by_every_cell_of_its_row_that_has_words() -> None:
    """A goal written beside each of its indicators: the goal alone names no row."""
    header = ("Mål", "Indikator", "Utfall 2025", "Målvärde 2026", "Trend")
    cells = ("Mål 2. Äldre kan bo kvar hemma", "Väntetid till särskilt boende, medelvärde dagar", "58", "45", "↑")
    row = Record("table", "plan.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), "t2.1", "Mål och indikatorer", header)
    figs = figures_from_record(row)
    assert [(f.value, f.label) for f in figs] == [
        (58.0, "Mål och indikatorer Mål 2. Äldre kan bo kvar hemma Väntetid till särskilt boende, medelvärde dagar, Utfall 2025"),
        (45.0, "Mål och indikatorer Mål 2. Äldre kan bo kvar hemma Väntetid till särskilt boende, medelvärde dagar, Målvärde 2026")]


def test_a_cell_number_takes_the_unit_its_column_or_caption_names() -> None:
    header = ("Avgift", "Belopp (kr)", "Andel")
    row = Record("table", "taxa.pdf", 3, "", dict(zip(header, ("Dagvatten", "22,35", "7,5"))), "", "t3.1",
                 "Avgifter, procent av full avgift", header)
    assert [(f.value, f.unit) for f in figures_from_record(row)] == [(22.35, "kr"), (7.5, "procent")]


def test_a_cell_number_takes_the_unit_its_row_label_names() -> None:
    """A key-figure table with years as columns names each measure's unit in its row label."""
    header = ("Nyckeltal", "2023", "2024", "2025")
    debt = Record("table", "ar.pdf", 2, "", dict(zip(header, ("Låneskuld, mnkr", "421,3", "498,0", "621,5"))), "",
                  "t2.1", "Tabell 1. Nyckeltal 2023–2025", header)
    staff = Record("table", "ar.pdf", 2, "", dict(zip(header, ("Antal anställda", "1 204", "1 231", "1 250"))), "",
                   "t2.1", "Tabell 1. Nyckeltal 2023–2025", header)
    assert [(f.value, f.unit) for f in figures_from_record(debt)] == [(421.3, "mnkr"), (498.0, "mnkr"), (621.5, "mnkr")]
    assert {f.unit for f in figures_from_record(staff)} == {"antal"}


def test_cells_that_are_not_one_number_and_headerless_rows_give_no_figures() -> None:
    header = ("Åtgärd", "Klart")
    row = Record("table", "plan.pdf", 2, "", dict(zip(header, ("Ny taxa 2 steg", "2025-12-31"))), "", "t2.1", "", header)
    assert figures_from_record(row) == []
    bare = Record("table", "plan.pdf", 2, "", {"c1": "Skolor", "c2": "12"}, "", "t2.2", "", ())
    assert figures_from_record(bare) == []


def test_an_amount_set_with_a_digit_groups_space_is_no_year() -> None:
    """"1 980" tkr beside "2 600" is an amount the cell's space groups; "2026" alone in a year column is a year."""
    header = ("Fastighetskategori", "Budget 2026", "Utfall 2026", "År")
    row = Record("table", "plan.pdf", 2, "", dict(zip(header, ("Förskolor", "2 600", "1 980", "2026"))), "", "t1.1",
                 "Tabell 1. Planerat underhåll, tkr", header)
    assert [(f.value, f.unit, f.label.rsplit(", ", 1)[1]) for f in figures_from_record(row)] == [
        (2600.0, "tkr", "2026 Budget 2026"), (1980.0, "tkr", "2026 Utfall 2026")]


def test_a_day_and_month_is_a_date_of_the_year_around_it_and_never_two_counts() -> None:
    assert context_year("Qvarnstads kommun – Sammanträdesplan 2027", "") == 2027
    assert context_year("Budget 2026 med plan 2027–2028") is None  # several years: none of them
    grid = "Socialnämnden 27/1 24/2 – 5/10 19/10 11"
    assert [(f.value, f.unit) for f in extract_figures(grid, 2027)] == [
        ("2027-01-27", "datum"), ("2027-02-24", "datum"), ("2027-10-05", "datum"), ("2027-10-19", "datum"), (11.0, "antal")]
    assert [(f.value, f.unit) for f in extract_figures(grid)] == [(11.0, "antal")]  # no year: no date, and no 27 and 1
    said = extract_figures("Fullmäktige sammanträder den 14 juni, i stället för den 28 juni 2027.", 2027)
    assert [(f.value, f.text) for f in said] == [("2027-06-14", "14 juni"), ("2027-06-28", "28 juni 2027")]
    # a share, a page and a registration number are no dates
    assert [(f.value, f.unit) for f in extract_figures("Beslutet kräver 2/3 majoritet", 2027)] == [(2.0, "antal"), (3.0, "antal")]
    assert ("2027-05-03", "datum") not in [(f.value, f.unit) for f in extract_figures("Sida 3/5", 2027)]
    assert [f.value for f in extract_figures("Dnr KS 2026/388", 2027)] == [2026.0, 388.0]
    assert [(f.value, f.text) for f in extract_figures("Beslutat 5/1-27 och 12/10-26")] == [
        ("2027-01-05", "5/1-27"), ("2026-10-12", "12/10-26")]
    assert [f.value for f in extract_figures("perioden 1/1-31/3", 2027)] == ["2027-01-01", "2027-03-31"]


def test_a_rows_number_under_its_columns_name_labels_its_figures() -> None:
    """A row opening with its number under a named column ("Linje | 3 | Stenslund – Centrum")
    labels its figures "Linje 3 Stenslund – Centrum", so "linje 3" finds its row."""
    from insyn.ingest.figures import figures_from_record
    from insyn.types import Record

    rec = Record("table", "t.pdf", 2, "", {"Linje": "3", "Sträckning": "Stenslund – Centrum", "Resor, tusental 2025": "771,5"},
                 "3 | Stenslund – Centrum | 771,5", "t2.1", "Tabell 1", ("Linje", "Sträckning", "Resor, tusental 2025"))
    figs = figures_from_record(rec)
    assert [f.value for f in figs] == [771.5] and "Linje 3 Stenslund – Centrum, Resor tusental 2025" in figs[0].label
    # the number and the name in one cell, under a column named by both ("Linje Sträckning")
    merged = Record("table", "t.pdf", 2, "", {"Linje Sträckning": "11 Ekshult – Nolvik", "Punktlighet, % 2026": "81,7"},
                    "11 Ekshult – Nolvik | 81,7", "t2.1", "Tabell 1", ("Linje Sträckning", "Punktlighet, % 2026"))
    assert "Linje 11 Ekshult – Nolvik, Punktlighet % 2026" in figures_from_record(merged)[0].label


def test_a_column_name_with_a_comma_is_the_whole_column_of_its_cells() -> None:
    """The label's last ", " is the one before the column, also where the column's name has one
    ("Punktlighet, %"): the column is what a question's words are matched against."""
    from insyn.answer.features import column_of
    from insyn.ingest.figures import figures_from_record
    from insyn.types import Record

    header = ("Linje", "Punktlighet, % 2025", "Kostnadstäckning, % 2025")
    rec = Record("table", "t.pdf", 2, "", dict(zip(header, ("Hela trafiken", "88,8", "36,2"))),
                 "Hela trafiken | 88,8 | 36,2", "t2.1", "Tabell 2", header)
    assert [column_of(f) for f in figures_from_record(rec)] == ["Punktlighet % 2025", "Kostnadstäckning % 2025"]


def test_a_charts_value_axis_gives_no_figures() -> None:
    """Axis ticks in a chart's text layer (eval/synthetic44's inspection plan, eval/synthetic46's
    school results): with digit groups from zero, or six or more from above zero, in equal steps.
    The chart's own values stay, and so do a header of years and a row of a few equal steps."""
    fees = "Avgiftsintäkter, tkr 0 500 1 000 1 500 2 000 2 500 budget 2 400 tkr Utfall: 2 246 tkr"
    assert [(f.value, f.unit) for f in extract_figures(fees)] == [(2400.0, "tkr"), (2246.0, "tkr")]
    merit = "Tovhamra 225,7 Mål 230,0 Riket 232,0 190 200 210 220 230 240 250 260 Meritvärde"
    assert [f.value for f in extract_figures(merit)] == [225.7, 230.0, 232.0]
    kept = "Planerade bostäder 100 150 200 250 300 År 2026 2027 2028 2029 2030 2031"
    assert [f.value for f in extract_figures(kept)] == [100, 150, 200, 250, 300, 2026, 2027, 2028, 2029, 2030, 2031]
