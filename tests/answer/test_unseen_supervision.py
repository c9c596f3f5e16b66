"""A supervision report of a municipality no other test knows, drawn with fpdf2: inspections and
fees per area, each area's row carrying the sums of its categories under it and a total under
all. A list filtered by the fees lists the categories, not the areas' sums nor the total."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from insyn.answer.engine import Engine
from insyn.contract import AskRequest

ROWS = [  # area or category, objects, fees tkr: an area's row is the sum of the categories under it
    ("Miljöskydd", "97", "410,8"),
    ("Tillståndspliktiga verksamheter", "14", "296,4"),
    ("Lantbruk med djurhållning", "52", "86,0"),
    ("Förorenade områden", "31", "28,4"),
    ("Hälsoskydd", "42", "54,0"),
    ("Skolor och förskolor", "37", "32,4"),
    ("Bassängbad", "5", "21,6"),
    ("Samtliga områden", "139", "464,8"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("supervision"), "ekeslatt-tillsynsrapport-2026.pdf",
                      "Tillsynsrapport 2026", "Ekeslätts kommun redovisar här tillsynen inom miljö- och hälsoskydd 2026.",
                      [("Tabell 1. Tillsyn per område och kategori", (80, 30, 40),
                        [("Område / kategori", "Objekt", "Avgifter, tkr"), *ROWS], 9)])


def _listed(engine: Engine, q: str) -> list[str]:
    return [name for name, *_ in ROWS if any(r.text.startswith(name) for r in engine.ask(AskRequest(q=q)).records)]


def test_a_filter_on_fees_lists_the_categories_not_the_sums_over_them(engine: Engine) -> None:
    assert _listed(engine, "För vilka kategorier tog Ekeslätt in mer än 50 tkr i avgifter 2026?") == [
        "Tillståndspliktiga verksamheter", "Lantbruk med djurhållning"]


def test_fees_set_as_shares_of_one_base_are_no_sums() -> None:
    """Elected positions' fees are shares of one base: a chair's 38 % is 20 % + 18 % of two rows below
    it, and so is every fee, in every column. Columns that are multiples of one another add up
    together; only figures that add up on their own make a row the sum of others."""
    from insyn.answer import constraints as c
    from insyn.answer.lists import _sum_rows
    from insyn.types import Record

    header = ("Uppdrag", "Andel, %", "Årsarvode, kr", "Månadsarvode, kr")
    cells = [("Socialnämndens ordförande", "38", "346 560", "28 880"), ("Vice ordförande", "20", "182 400", "15 200"),
             ("Andre vice ordförande", "18", "164 160", "13 680")]
    views = [c.view(Record("table", "a.pdf", 4, "", dict(zip(header, row)), " | ".join(row), "t4.1", "", header), "")
             for row in cells]
    assert not _sum_rows(views)
    groups = [("Miljöskydd", "97", "410,8"), ("Tillstånd", "14", "296,4"), ("Lantbruk", "52", "86,0"), ("Förorenat", "31", "28,4")]
    views = [c.view(Record("table", "a.pdf", 2, "", dict(zip(header[:3], row)), " | ".join(row), "t2.1", "", header[:3]), "")
             for row in groups]
    assert _sum_rows(views) == {id(views[0].record)}
