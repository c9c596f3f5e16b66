"""Tests for insyn.ingest.cleaning, on phrases taken from the real sample PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.cleaning import (join_hyphenation, lost_full_stop, normalise_whitespace, restore_full_stop,
                                   strip_running_lines)

REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # goteborg-revisionsberattelse-2024.pdf p. 10: a word split at the line end
        ("presenteras i denna revis-\nionsredogörelse.\nAv redogörelsen",
         "presenteras i denna revisionsredogörelse.\nAv redogörelsen"),
        ("Dessu-\ntom har nämnden", "Dessutom\nhar nämnden"),
        # goteborg-stadsrevisionen-arsredogorelse-2022.pdf p. 3/31: InDesign's " -"
        ("ett grund -\nläggande förhållningssätt", "ett grundläggande\nförhållningssätt"),
        ("gjorde en annan bedöm -\nningar", "gjorde en annan bedömningar"),
        # same report p. 6: a hyphen, pypdf's trailing space, then the rest of the word
        ("som finns i ägar- \ndirektivet för dotterbolaget",
         "som finns i ägardirektivet\nför dotterbolaget"),
        # goteborg-granskning-va-avgifter-2024.pdf p. 1: a lowercase abbreviation keeps it
        ("höjning av va-\ntaxan med", "höjning av va-taxan\nmed"),
        # intraservice p. 17 and revisionsberättelse p. 7: all caps / digits keep it
        ('"IT-\nsäkerhet".', '"IT-säkerhet".'),
        ("(N609-\n4635/23).", "(N609-4635/23)."),
        ("rapporten, 2022-12-\n13, samt i", "rapporten, 2022-12-13,\nsamt i"),
        ("sedan 2000- \ntalet.", "sedan 2000-talet."),
        # coordination stays: finansiering-likviditet p. 2, arsbokslut p. 10
        ("Göteborgs Stads finansierings- \noch likviditetsprocess",
         "Göteborgs Stads finansierings- \noch likviditetsprocess"),
        ("hälso-\noch sjukvård", "hälso-\noch sjukvård"),
        ("hälso- och sjukvård", "hälso- och sjukvård"),
        # va-avgifter p. 7: a cut sentence before a capital stays
        ("med tillhörande tunnlar- \nGryaab AB är", "med tillhörande tunnlar- \nGryaab AB är"),
        # dash lists and "(4) - Projekt" headings (investeringar p. 8) stay
        ("(4) - \nTillgängliggöra", "(4) - \nTillgängliggöra"),
        (" -  \nProjektet", " -  \nProjektet"),
        # a soft hyphen at a line end
        ("revis\u00ad\nionen granskar", "revisionen\ngranskar"),
    ],
)
def test_join_hyphenation(raw: str, expected: str) -> None:
    assert join_hyphenation(raw) == expected


def test_join_hyphenation_keeps_line_count_and_trailing_spaces_do_not_add_blank_lines() -> None:
    raw = "i en revis-\nionsredogörelse \nnästa rad"
    assert join_hyphenation(raw) == "i en revisionsredogörelse\nnästa rad"


BODIES = ["Inledning\nNämnden har granskat budgeten.", "Bedömning\nKontrollen brister.",
          "Rekommendationer\nUtveckla uppföljningen.", "Bilaga\nTabell 2 visar 12 mnkr."]


def test_strip_running_lines_removes_headers_and_page_marks() -> None:
    pages = [f" \nStadsrevisionen, Granskning av avgifter {i} (4) \n{body}\nSida {i} av 4\n"
             for i, body in enumerate(BODIES, start=1)]
    out = strip_running_lines(pages)
    assert [page.split("\n") for page in out] == [[" ", *body.split("\n"), ""] for body in BODIES]


def test_strip_running_lines_keeps_numbered_body_lines_after_body_text() -> None:
    pages = [f"Rapport 2024\nAvsnitt {i}\nText {i}\nRapport 2024" for i in range(1, 5)]
    assert strip_running_lines(pages) == [f"Avsnitt {i}\nText {i}" for i in range(1, 5)]


def test_strip_running_lines_header_with_page_of_needs_two_pages() -> None:
    pages = ["Göteborgs Stad kommunfullmäktige 1 (2)\nFörsta sidan",
             "Göteborgs Stad kommunfullmäktige 2 (2)\nAndra sidan"]
    assert strip_running_lines(pages) == ["Första sidan", "Andra sidan"]


def test_strip_running_lines_simrishamn_header() -> None:
    header = "2025 ÅRSBOKSLUT 2026-02-01.DOCX                    SID {} (36) "
    pages = [f" \n{header.format(i)}\nAvsnitt {i}\nBrödtext om år 2025 och biblioteket."
             for i in range(1, 6)]
    assert all("ÅRSBOKSLUT" not in page for page in strip_running_lines(pages))


def test_strip_running_lines_bare_numbers_only_when_consistent() -> None:
    numbered = [f"{i + 2}\nStadsrevisionens årsredogörelse 2022\n{body}"
                for i, body in enumerate(BODIES, start=1)]
    assert strip_running_lines(numbered) == BODIES
    # intraservice p. 10: a table's last cell "0"/"3" is not a page number
    table = ["Rubrik\nTillbud\n3", "Annat\nmer text\nslut", "Tredje\nsidan\nhär"]
    assert strip_running_lines(table) == table


def test_strip_running_lines_keeps_body_lines_that_repeat_rarely() -> None:
    pages = ["Bedömning\nText a", "Inledning\nText b", "Bedömning\nText c", "Övrigt\nText d",
             "Slut\nText e", "Mer\nText f", "Sist\nText g"]
    assert strip_running_lines(pages) == pages


def test_strip_running_lines_empty_and_short_input() -> None:
    assert strip_running_lines([]) == []
    assert strip_running_lines(["", "bara text"]) == ["", "bara text"]


def test_normalise_whitespace() -> None:
    raw = ("  Rubrik\u00a0ett \t\n\n\n\nHär\u2009är  en   rad \nof\ufb01ciell kon\u00adtroll "
           "\ufb02ygel\n \n \nsista\r\n")
    assert normalise_whitespace(raw) == "Rubrik ett\n\nHär är en rad\nofficiell kontroll flygel\n\nsista"


def test_normalise_whitespace_indesign_dot_leaders() -> None:
    # goteborg-stadsrevisionen-arsredogorelse-2022.pdf p. 2: leaders come out as U+0008
    # and must read as a contents line again, or "Stadsrevisionen har även granskat 22" is no title
    assert normalise_whitespace("Förord av ordförande" + "\x08" * 40 + "1") == "Förord av ordförande ..... 1"
    assert normalise_whitespace("a\x08b\x00c") == "a b c"  # a lone control character is a space


def test_indesign_contents_lists_titles_that_become_sections() -> None:
    from insyn.ingest.chunking import chunk_document
    from insyn.ingest.pdf import read_pdf

    pdf = REALDOCS / "goteborg-stadsrevisionen-arsredogorelse-2022.pdf"
    pages = read_pdf(pdf.read_bytes(), pdf.name, ocr=False)
    sections = {c.page: c.section for c in chunk_document(pages, pdf.name, "Årsredogörelse 2022")}
    assert sections[24].endswith("Stadsrevisionen har även granskat")  # p. 2 lists it at 22, no dot leaders
    assert not any(c.page == 2 for c in chunk_document(pages, pdf.name, "x"))  # the contents page gives no chunk


def test_normalise_whitespace_keeps_table_rows() -> None:
    raw = "Ekonomi (tkr)  2024  2025 \nIntäkter 10 135 11 251 \n   \nBudget -59 689 -63 119 "
    assert normalise_whitespace(raw) == (
        "Ekonomi (tkr) 2024 2025\nIntäkter 10 135 11 251\n\nBudget -59 689 -63 119")


def test_a_full_stop_without_unicode_mapping_is_told_from_a_lost_letter() -> None:
    stops = ["betala avgifter enligt denna taxa\ufffd\nDen som jämställs", "enligt § 5\ufffd1 och 6\ufffd1 a)",
             "avgiftsskyldig\ufffd För ändamålet Dg", "uppfyllda\ufffd\n§ 2 Avgiftstyper"]
    assert lost_full_stop(stops)
    assert restore_full_stop(stops[1]) == "enligt § 5.1 och 6.1 a)"
    letters = ["Det h\ufffdr \ufffdr en mening p\ufffd svenska. Och en till.", "n\ufffdmnden beslutade \ufffdrets budget.",
               "m\ufffdl och f\ufffdrslag p\ufffd flera s\ufffdtt."]
    assert not lost_full_stop(letters)  # lost letters stand inside words, and real full stops are there
    assert not lost_full_stop(["En vanlig text. Med punkter."])


def test_strip_running_lines_title_followed_by_the_page_number() -> None:
    """"Region Västermyr Personalredovisning 2025 3": the title repeats, its number is the page's."""
    pages = [f"Region Västermyr Personalredovisning 2025 {i}\n{body}" for i, body in enumerate(BODIES, start=1)]
    assert strip_running_lines(pages) == BODIES
    # only as a page's first or last line: "Avsnitt 2" under a header stays (the test above)
    inner = [f"Rapport 2024\nAvsnitt {i}\n{body}" for i, body in enumerate(BODIES, start=1)]
    assert strip_running_lines(inner) == [f"Avsnitt {i}\n{body}" for i, body in enumerate(BODIES, start=1)]
