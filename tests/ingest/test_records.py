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


def test_attach_drops_the_superseded_typed_row_and_its_figures_from_its_chunk() -> None:
    from insyn.ingest.figures import figures_from_record
    from insyn.ingest.records import attach
    from insyn.types import Chunk, Kind

    header = ("Statistik", "Bokslut 2024", "Bokslut 2025")
    typed = Record("ekonomi", "b.pdf", 35, "", {"label": "Hammenhögsbadet", "v1": "7 519", "v2": "8 035"},
                   "Hammenhögsbadet: v1 7 519; v2 8 035")
    generic = Record("table", "", 35, "", dict(zip(header, ("Hammenhögsbadet", "7 519", "8 035"))),
                     "Hammenhögsbadet | 7 519 | 8 035", "t35.2", "Antal besökare", header)
    chunk = Chunk(id="c", doc="b.pdf", title="t", page=35, section="", kind=Kind.table,
                  text="Hammenhögsbadet 7 519 8 035", records=(typed,), figures=tuple(figures_from_record(typed)))
    [out] = attach([chunk], [(0, generic)], "b.pdf")
    assert [r.type for r in out.records] == ["table"]
    assert {f.label for f in out.figures} == set()  # the typed row's "v1"/"v2" figures left with it
    assert {f.label for f in figures_from_record(out.records[0])} == {
        "Antal besökare Hammenhögsbadet, Bokslut 2024", "Antal besökare Hammenhögsbadet, Bokslut 2025"}
