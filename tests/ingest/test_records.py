"""Generic and typed records side by side."""

from __future__ import annotations

from insyn.types import Record


def test_a_typed_row_without_column_names_is_superseded_by_the_generic_row_of_its_page() -> None:
    from insyn.ingest.records import superseded

    header = ("Statistik", "Bokslut 2024", "Bokslut 2025")
    generic = Record("table", "b.pdf", 35, "", dict(zip(header, ("Tobisviksbadet", "22 898", "23 902"))),
                     "Tobisviksbadet | 22 898 | 23 902", "t35.2", "Antal besökare", header)
    positional = Record("ekonomi", "b.pdf", 35, "", {"label": "Tobisviksbadet Stängt", "v1": "22 898", "v2": "23 902"},
                        "Tobisviksbadet Stängt: v1 22 898; v2 23 902")
    named = Record("ekonomi", "b.pdf", 35, "", {"label": "Tobisviksbadet", "Bokslut 2025": "23 902"}, "")
    elsewhere = Record("ekonomi", "b.pdf", 36, "", {"label": "Tobisviksbadet", "v1": "1"}, "")
    assert superseded([generic, positional, named, elsewhere]) == {id(positional)}
    assert superseded([positional, elsewhere]) == set()  # no generic row: the typed one is all there is
