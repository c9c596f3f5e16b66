"""Tests for insyn.ingest.sections: headings and heading paths on the corpus and on generated text."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from insyn.ingest.sections import Heading, drop_toc_lines, find_headings, heading_counts, split_sections

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
DOC000 = "000_14dd89f663d29f12.txt"
DOC002 = "002_b44e5d8e8ff73640.txt"
DOC003 = "003_07770689f2a04ec2.txt"


@functools.cache
def _text(name: str) -> str:
    return drop_toc_lines((CORPUS / name).read_text(encoding="utf-8"))


@functools.cache
def _headings(name: str) -> tuple[Heading, ...]:
    return tuple(find_headings(_text(name)))


def _numbered(name: str) -> dict[tuple[int, ...], Heading]:
    return {h.number: h for h in _headings(name) if h.number}


# --- the real corpus ---------------------------------------------------------------------------
def test_000_numbered_headings_and_paths() -> None:
    numbered = _numbered(DOC000)
    assert [".".join(map(str, n)) for n in numbered] == [
        "1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "3", "3.1",
        "4", "4.1", "4.2", "4.3", "4.4", "4.5",
    ]
    assert numbered[(3, 1)].path == "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd"
    assert numbered[(3, 1)].title == "Uppdrag från fullmäktige till nämnd"
    assert numbered[(1, 1)].path == "1 Inledning > 1.1 Regionstyrelsens uppdrag"
    assert numbered[(4, 5)].path == "4 Ekonomiska förutsättningar och budget 2025 > 4.5 Fördelade budgetramar 2025"


def test_000_heading_offsets_point_at_the_heading_line() -> None:
    text = _text(DOC000)
    for h in _headings(DOC000):
        line = text[h.start : h.end]
        assert h.title in " ".join(line.split()), (h, line)
        assert h.end == len(text) or text[h.end - 1] == "\n"


def test_000_unnumbered_headings_nest_under_the_numbered_one() -> None:
    paths = [h.path for h in _headings(DOC000) if h.number is None]
    assert "1 Inledning > 1.4 Förutsättningar för planering > Kompetensförsörjning" in paths
    assert ("4 Ekonomiska förutsättningar och budget 2025 > 4.5 Fördelade budgetramar 2025 > Beställare primärvård"
            in paths)
    # an unnumbered heading never nests under another unnumbered one
    assert all(p.count(" > ") <= 2 for p in paths)


def test_000_status_cell_pagaende_is_not_a_heading() -> None:
    text = _text(DOC000)
    assert "\nPågående" in text  # the uppdrag table's status cell stands alone on its line
    titles = {h.title for h in _headings(DOC000)}
    assert "Pågående" not in titles
    assert not any(h.path.endswith("Pågående") for h in _headings(DOC002))


def test_000_heading_counts() -> None:
    counts = heading_counts(_text(DOC000))
    assert counts["1"] == 4 and counts["2"] == 13


def test_003_running_page_headers_are_not_headings() -> None:
    raw = (CORPUS / DOC003).read_text(encoding="utf-8")
    assert "\n16 Regionplan 2025–2027\n" in raw  # a running header with its page number
    hs = _headings(DOC003)
    assert not any("Regionplan 2025–2027" in h.title for h in hs)
    assert not any(h.number == (16,) for h in hs)
    # the real top-level headings are all there, in order
    top = [h.path for h in hs if h.number and len(h.number) == 1]
    assert top == ["1 Regionplan Region Västernorrland", "2 Förutsättningar", "3 Region Västernorrlands mål", "4 Ekonomi"]


def test_003_three_level_paths() -> None:
    numbered = _numbered(DOC003)
    assert numbered[(2, 3, 1)].path == "2 Förutsättningar > 2.3 Västernorrlands förutsättningar > 2.3.1 Demografi"
    assert numbered[(4, 5, 5)].path == (
        "4 Ekonomi > 4.5 IT-plan > 4.5.5 Kostnadsutveckling IT-plan 2025–2027 (ramtilldelning)")


def test_003_heading_with_three_years_is_a_heading() -> None:
    numbered = _numbered(DOC003)
    assert (4, 4) in numbered
    assert numbered[(4, 4, 10)].path == (
        "4 Ekonomi > 4.4 Budget 2024 och ekonomisk plan 2026–2027 > 4.4.10 Soliditet")


def test_003_wrapped_malomrade_heading_is_found() -> None:
    numbered = _numbered(DOC003)
    assert (3, 1) in numbered
    assert (3, 3, 2) in numbered
    # today "3.3.2\t MÅL: ..." shows up as an unnumbered heading with the number in its title
    assert not any(h.number is None and h.title[:1].isdigit() for h in _headings(DOC003))


def test_003_toc_lines_are_dropped_and_not_sections() -> None:
    raw = (CORPUS / DOC003).read_text(encoding="utf-8")
    toc_line = next(line for line in raw.splitlines() if line.startswith("1.1\t Varför finns regionplanen?"))
    assert toc_line.rstrip().endswith("5") and "....." in toc_line
    dropped = drop_toc_lines(raw)
    assert len(dropped) == len(raw)  # offsets kept
    assert "Varför finns regionplanen?....." not in dropped
    assert dropped.count("Varför finns regionplanen?") == raw.count("Varför finns regionplanen?") - 1
    # the heading is found once, at the body, not at the table of contents
    hs = [h for h in _headings(DOC003) if h.number == (1, 1)]
    assert len(hs) == 1
    assert hs[0].start > raw.index(toc_line) + len(toc_line)


# --- generated text ------------------------------------------------------------------------------
BODY = "Det här stycket beskriver arbetet under året. Nämnden följer upp det tre gånger per år.\n"


def test_generated_numbering_rules() -> None:
    text = (
        "1 Inledning\n" + BODY + "\n"
        "1.1 Bakgrund\n" + BODY + "\n"
        "1.2 Syfte\n" + BODY + "\n"
        "2 Ekonomi\n" + BODY + "\n"
        "2.1 Budget\n" + BODY + "\n"
        "2.1.1 Driftbudget\n" + BODY + "\n"
        "3 Uppföljning\n" + BODY
    )
    hs = find_headings(text)
    assert [h.path for h in hs] == [
        "1 Inledning",
        "1 Inledning > 1.1 Bakgrund",
        "1 Inledning > 1.2 Syfte",
        "2 Ekonomi",
        "2 Ekonomi > 2.1 Budget",
        "2 Ekonomi > 2.1 Budget > 2.1.1 Driftbudget",
        "3 Uppföljning",
    ]
    assert [h.number for h in hs] == [(1,), (1, 1), (1, 2), (2,), (2, 1), (2, 1, 1), (3,)]


@pytest.mark.parametrize("line", [
    "2 Regionen ökar sin budget.",  # ends with a full stop: a sentence
    "12 345 Personalkostnader",  # a table row with an amount
    "7 Tabellrad som inte följer",  # number jumps from 1 to 7
    "2 kronor per invånare betalas ut",  # lower-case title
])
def test_generated_numbered_non_headings_inside_a_table(line: str) -> None:
    text = "1 Inledning\n" + BODY + "\n" + line + "\ntabellrad 12 13\n\n2 Ekonomi\n" + BODY
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "2 Ekonomi"]


def test_generated_sentence_with_a_number_before_prose_is_not_a_heading() -> None:
    text = "1 Inledning\n" + BODY + "\n2 Regionen ökar sin budget.\n" + BODY + "\n2 Ekonomi\n" + BODY
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "2 Ekonomi"]


@pytest.mark.parametrize("line", ["7 Tabellrad som inte följer", "2 kronor per invånare betalas ut"])
def test_generated_rejected_numbered_line_before_prose_is_not_a_heading(line: str) -> None:
    text = "1 Inledning\n" + BODY + "\n" + line + "\n" + BODY + "\n2 Ekonomi\n" + BODY
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "2 Ekonomi"]


def test_generated_running_header_with_changing_page_numbers() -> None:
    pages = [f"{n} Årsredovisning 2024\n\n" + BODY for n in (4, 5, 6)]
    text = "1 Inledning\n" + BODY + "\n" + "\n".join(pages)
    assert [h.path for h in find_headings(text)] == ["1 Inledning"]


def test_generated_toc_with_dot_leaders() -> None:
    text = "Innehåll\n1 Inledning.......... 3\n2 Ekonomi . . . . . 7\n\n1 Inledning\n" + BODY + "\n2 Ekonomi\n" + BODY
    dropped = drop_toc_lines(text)
    assert len(dropped) == len(text)
    assert "...." not in dropped and ". . ." not in dropped
    hs = find_headings(dropped)
    assert [h.path for h in hs] == ["1 Inledning", "2 Ekonomi"]
    assert hs[0].start == text.index("1 Inledning\nDet")


def test_generated_unnumbered_heading_stands_alone() -> None:
    text = (
        "1 Inledning\n" + BODY + "\n"
        "Rekommendationer\n"
        "Nämnden bör utveckla den interna kontrollen. Uppföljningen ska dokumenteras varje tertial.\n\n"
        "Pågående\n"
        "Nämnden bör utveckla den interna kontrollen. Uppföljningen ska dokumenteras varje tertial.\n"
    )
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "1 Inledning > Rekommendationer"]


def test_split_sections_cover_the_text_with_paths() -> None:
    text = "Förord utan rubrik.\n\n1 Inledning\n" + BODY + "\n2 Ekonomi\n" + BODY
    sections = split_sections(text)
    assert [s.path for s in sections] == ["", "1 Inledning", "2 Ekonomi"]
    assert text[sections[0].start : sections[0].end].strip() == "Förord utan rubrik."
    for s in sections[1:]:
        assert text[s.start : s.end].strip() == BODY.strip()
    assert sections[-1].end == len(text)


def test_split_sections_on_000_keep_order_and_cover_the_uppdrag_table() -> None:
    text = _text(DOC000)
    sections = split_sections(text)
    assert all(a.end <= b.start for a, b in zip(sections, sections[1:]))
    uppdrag = [s for s in sections if s.path == "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd"]
    assert len(uppdrag) == 1
    body = text[uppdrag[0].start : uppdrag[0].end]
    assert "Minska hyrberoendet" in body and "Status Uppdrag" in body
