"""Generic and typed records side by side."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_typed_row_cut_at_other_places_is_superseded_by_the_generic_row_with_its_digits() -> None:
    from insyn.ingest.records import superseded

    header = ("Årskurs", "Totalt", "Flickor", "Pojkar")
    generic = Record("table", "s.pdf", 8, "", dict(zip(header, ("Årskurs 1", "117 604", "57 444", "60 160"))),
                     "Årskurs 1 | 117 604 | 57 444 | 60 160", "t8.1", "", header)
    # the label's number read as the first digits of the total: the same digits, cut elsewhere
    miscut = Record("ekonomi", "s.pdf", 8, "", {"label": "Årskurs", "v1": "1 117", "v2": "604", "v3": "57 444", "v4": "60 160"}, "")
    other = Record("ekonomi", "s.pdf", 8, "", {"label": "Årskurs", "v1": "2 121", "v2": "914", "v3": "59 642", "v4": "62 272"}, "")
    assert superseded([generic, miscut, other]) == {id(miscut)}


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


def test_an_economy_row_a_generic_row_repeats_leaves_the_records_but_keeps_its_figures() -> None:
    from insyn.ingest.figures import figures_from_record
    from insyn.ingest.records import attach
    from insyn.types import Chunk, Kind

    header = ("Statistik simskola", "Bokslut 2024", "Bokslut 2025")
    typed = Record("ekonomi", "b.pdf", 35, "", {"label": "Hammenhögsbadet", "Bokslut 2024": "1 420", "Bokslut 2025": "1 170",
                                                 "unit": "antal"}, "Hammenhögsbadet: Bokslut 2024 1 420; Bokslut 2025 1 170")
    generic = Record("table", "", 35, "", dict(zip(header, ("Hammenhögsbadet", "1 420", "1 170"))),
                     "Hammenhögsbadet | 1 420 | 1 170", "t35.3", "", header)
    chunk = Chunk(id="c", doc="b.pdf", title="t", page=35, section="", kind=Kind.table,
                  text="Hammenhögsbadet 1 420 1 170", records=(typed,), figures=tuple(figures_from_record(typed)))
    [out] = attach([chunk], [(0, generic)], "b.pdf")
    assert [r.text for r in out.records] == ["Hammenhögsbadet | 1 420 | 1 170"]  # listed once, as printed
    assert {f.label for f in out.figures} == {"Hammenhögsbadet, Bokslut 2024", "Hammenhögsbadet, Bokslut 2025"}
    # a generic header that names no column once ("Plan", "Plan") repeats nothing: both stay
    loose = replace(generic, header=("Investeringar", "Plan", "Plan"), fields={"Investeringar": "Hammenhögsbadet",
                                                                               "Plan": "1 170", "": "1 420"})
    [kept] = attach([chunk], [(0, loose)], "b.pdf")
    assert sorted(r.type for r in kept.records) == ["ekonomi", "table"]


def test_a_repeated_economy_row_with_two_columns_named_alike_leaves_its_figures_too() -> None:
    from insyn.ingest.figures import figures_from_record
    from insyn.ingest.records import attach
    from insyn.types import Chunk, Kind

    header = ("Förvaltning", "2024 Kvinnor", "2024 Män", "2025 Kvinnor", "2025 Män")
    typed = Record("ekonomi", "r.pdf", 2, "", {"label": "Folktandvården", "2024": "7,1", "2024 (2)": "3,2",
                                               "2025": "6,9", "2025 (2)": "3,0"}, "")
    generic = Record("table", "", 2, "", dict(zip(header, ("Folktandvården", "7,1", "3,2", "6,9", "3,0"))),
                     "Folktandvården | 7,1 | 3,2 | 6,9 | 3,0", "t2.3", "Sjukfrånvaro per förvaltning och kön", header)
    chunk = Chunk(id="c", doc="r.pdf", title="t", page=2, section="", kind=Kind.table,
                  text="Folktandvården 7,1 3,2 6,9 3,0", records=(typed,), figures=tuple(figures_from_record(typed)))
    [out] = attach([chunk], [(0, generic)], "r.pdf")
    assert [r.type for r in out.records] == ["table"] and out.figures == ()  # "2025 (2)" cannot say which sex
