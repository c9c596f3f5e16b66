"""Tests for insyn.ingest.sections: headings and heading paths on the corpus, a real PDF and generated text."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from insyn.ingest.chunking import DocText, chunk_document
from insyn.ingest.pdf import read_pdf
from insyn.ingest.sections import Heading, drop_toc_lines, find_headings, heading_counts, split_sections, toc_titles
from insyn.types import Chunk, Kind, Page

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


def test_004_ocr_line_ending_in_a_preposition_is_not_a_heading() -> None:
    """004 (OCR, å/ä/ö lost): "Strategin nu skickad for beredning i namnder infor" runs on into
    "beslut i Fullmaktige hosten 2024."; as a heading it cut an uppdrag row off its "Riktas till"."""
    titles = [h.title for h in _headings("004_7ba8079f8794b2c3.txt")]
    assert not any(t.startswith("Strategin nu skickad") for t in titles)
    assert "2.4 Vasentliga personalforhallanden" in [f"{'.'.join(map(str, h.number))} {h.title}"
                                                      for h in _headings("004_7ba8079f8794b2c3.txt") if h.number]
    text = (CORPUS / "004_7ba8079f8794b2c3.txt").read_text(encoding="utf-8")
    rows = [r.fields for c in chunk_document([Page(1, text)], "004", "t") for r in c.records
            if r.type == "uppdrag" and r.fields["uppdrag"].startswith("Bereda strategi")]
    assert [(r["riktas_till"], r["uppdrag"].endswith("beredning funktionshinder och samverkan")) for r in rows] == [
        ("beredning for folkhalsa", True)]


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


# --- numbered lines that are not headings (generated text) -----------------------------------
def test_generated_numbered_list_items_that_run_on_are_not_headings() -> None:
    """A numbered list whose items wrap into a sentence (Simrishamn årsbokslut p. 7) is prose."""
    text = (
        "1 Inledning\n" + BODY + "\n"
        "Biblioteket har såsom folkbibliotek två centrala lagstadgade uppdrag:\n"
        "1. Att verka för det demokratiska samhällets utveckling genom att bidra till kunskapsförmedling och\n"
        "fri åsiktsbildning.\n"
        "2. Att främja litteraturens ställning och intresset för bildning, upplysning, utbildning och forskning\n"
        "samt kulturell verksamhet i övrigt. Utlåning av medier utgör grunden i verksamheten, där digitala\n"
        "medier är ett viktigt komplement.\n\n"
        "2 Ekonomi\n" + BODY
    )
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "2 Ekonomi"]


def test_generated_goal_codes_with_a_leading_zero_are_not_headings() -> None:
    """`04 Hav och marina resurser` is a goal area's code in a goals table: `04` does not follow `2`."""
    text = (
        "1 Inledning\n" + BODY + "\n2 Måluppföljning\n" + BODY + "\n"
        "04 Hav och marina resurser\n" + BODY + "\n08 Hållbart samhällsbyggande\n" + BODY + "\n"
        "3 Ekonomi\n" + BODY
    )
    assert [h.path for h in find_headings(text)] == ["1 Inledning", "2 Måluppföljning", "3 Ekonomi"]


def test_generated_zero_padded_headings_throughout_are_headings() -> None:
    text = "01 Inledning\n" + BODY + "\n02 Ekonomi\n" + BODY + "\n03 Uppföljning\n" + BODY
    assert [h.path for h in find_headings(text)] == ["01 Inledning", "02 Ekonomi", "03 Uppföljning"]


def test_generated_items_of_a_numbered_list_are_not_headings() -> None:
    """Numbered lines right next to each other (a list of attachments) are list items."""
    text = (
        "Handlingar\n"
        "1. Grundskoleförvaltningens tjänsteutlåtande, daterat 2025-03-26\n"
        "2. Granskning av grundskolenämnden verksamhetsåret 2024\n"
        "3. Protokollsutdrag GSN 2024-03-26 § 59\n\n"
        "1 Inledning\n" + BODY
    )
    assert [h.path for h in find_headings(text) if h.number] == ["1 Inledning"]


def test_generated_footnote_is_not_a_heading() -> None:
    text = (
        "Mot bakgrund av bristerna riktar stadsrevisionen kritik till nämnden.1\n"
        "1 Tre av revisorsgruppens ledamöter gjorde en annan bedömning\n"
        "och lämnade en lägre grad av kritik, en erinran.\n\n"
        "1 Mål och inriktning\n" + BODY
    )
    assert [h.path for h in find_headings(text)] == ["1 Mål och inriktning"]


def test_generated_wrapped_numbered_heading_keeps_its_second_line() -> None:
    text = (
        "1 Inledning\n" + BODY + "\n"
        "2 Uppföljning av hedersrelaterat våld och\nförtryck\n" + BODY + "\n"
        "3 Mål: Regionen agerar som en samman-\nhållande kraft\n" + BODY
    )
    hs = find_headings(text)
    assert [h.path for h in hs] == [
        "1 Inledning", "2 Uppföljning av hedersrelaterat våld och förtryck", "3 Mål: Regionen agerar som en sammanhållande kraft"]
    assert text[hs[1].end :].startswith(BODY)  # the second line is part of the heading, not of the body


def test_generated_short_heading_over_a_lower_case_paragraph_is_a_heading() -> None:
    text = "1 Inledning\nordet inleder ett stycke som är mycket längre än rubriken ovanför och slutar med punkt.\n"
    assert [h.path for h in find_headings(text)] == ["1 Inledning"]


# --- unnumbered headings: the table of contents, repeated column headers, open ends --------------
TOC = (
    "Verksamhetsberättelse ........................ 3\n"
    "Bilaga 1. Ekonomisk översikt över drift, bidrag, statistik och projekt ........ 32\n"
    "Bidrag ........................................ 32\n"
    "2.2.2 Årlig uppföljning av aktiva åtgärder och systematiskt\n"
    "arbetsmiljöarbete ............................. 6\n\n"
)


def test_generated_toc_titles_and_wrapped_toc_entries() -> None:
    assert toc_titles(TOC) == frozenset({
        "verksamhetsberättelse", "bilaga 1. ekonomisk översikt över drift, bidrag, statistik och projekt", "bidrag"})
    dropped = drop_toc_lines(TOC)
    assert len(dropped) == len(TOC)
    assert "Årlig uppföljning" not in dropped  # the first line of a wrapped entry goes with it
    assert dropped.strip() == ""


def test_generated_titles_the_toc_lists_are_headings() -> None:
    """Headings over a table or a list are not followed by prose; the TOC vouches for them, also
    when one is wrapped over two lines. A listed title quoted inside a sentence is no heading."""
    body = (
        "Bilaga 1. Ekonomisk översikt över drift, bidrag,\nstatistik och projekt\n"
        "Verksamheter (tkr) Utfall 2025 Budget 2025\nBibliotek -13 123 -13 152\n"
        "Driftsredovisning, 2025, per verksamhet\n"
        "Bidrag\n"
        "Bidrag, tkr Bokslut 2023 Bokslut 2024\nLokalt aktivitetsstöd -602 -598\n\n"
        "Läs mer i rapporten om\nBidrag\ntill föreningar, 2022-08-30.\n"
    )
    text = drop_toc_lines(TOC + body)
    hs = find_headings(text, toc_titles(TOC + body))
    assert [h.path for h in hs] == ["Bilaga 1. Ekonomisk översikt över drift, bidrag, statistik och projekt", "Bidrag"]
    assert text[hs[0].start : hs[0].end] == "Bilaga 1. Ekonomisk översikt över drift, bidrag,\nstatistik och projekt\n"
    assert find_headings(text) == []  # without the TOC neither stands before prose


def test_generated_repeated_column_header_and_open_line_are_not_headings() -> None:
    row = (
        "Aktivitet Status Färdiggrad\n"
        "Verka för kunskapsspridning om havsmiljöfrågor.\n"
        "Kartlägga och tillgängliggöra de kulturmiljöer längs med\n"
        "kusten som hotas av erosion. Arbetet sker i samverkan med länsstyrelsen och pågår under året.\n\n"
    )
    text = "1 Måluppföljning\n" + BODY + "\n" + row * 3
    assert [h.path for h in find_headings(text)] == ["1 Måluppföljning"]


# --- the real PDF: Simrishamn kultur- och fritidsnämnden, årsbokslut 2025 ------------------------
ARSBOKSLUT = Path(__file__).resolve().parents[3] / "shared" / "realdocs" / "simrishamn-kfn-arsbokslut-2025.pdf"


@functools.cache
def _arsbokslut_pages() -> tuple[Page, ...]:
    if not ARSBOKSLUT.exists():
        pytest.skip(f"{ARSBOKSLUT} missing")
    return tuple(read_pdf(ARSBOKSLUT.read_bytes(), ARSBOKSLUT.name, ocr=False))


@functools.cache
def _arsbokslut() -> tuple[Chunk, ...]:
    return tuple(chunk_document(list(_arsbokslut_pages()), ARSBOKSLUT.name, "2025 Årsbokslut"))


def test_arsbokslut_goal_areas_and_list_items_are_not_headings() -> None:
    """The goals table's areas (`04 Hav och marina resurser`, `08 ...`, `17 ...`) and the library's
    two numbered tasks (p. 7) used to open sections that ran to the end of the document."""
    dt = DocText.from_pages(list(_arsbokslut_pages()))
    hs = find_headings(drop_toc_lines(dt.text), toc_titles(dt.text))
    assert not any(h.number for h in hs), [h.path for h in hs if h.number]
    pages = {h.title: dt.page_at(h.start) for h in hs}
    # the headings the table of contents lists are found, in their places
    assert pages["Måluppföljning"] == 25
    assert pages["Bilaga 1. Ekonomisk översikt över drift, bidrag, statistik och projekt"] == 33
    assert pages["Bidrag"] == 33 and pages["Statistik"] == 34
    assert {"Aktivitet Status Färdiggrad", "Nämndmål Bedömning"}.isdisjoint(pages)  # the goals table's header rows
    sections = {c.section for c in _arsbokslut()}
    assert not any("Hav och marina resurser" in s or "Att främja litteraturens" in s for s in sections)
    # the investment table (p. 21) is no longer under "Fritidsenheten" from p. 17
    (investments,) = {c.section for c in _arsbokslut() if any(r.fields.get("label") == "Korsavadanläggningen" for r in c.records)}
    assert investments == "Investeringsredovisning"


def test_arsbokslut_foreningsbidrag_table_is_a_table_chunk_under_bidrag() -> None:
    """Checked by hand against p. 34 (columns: Bokslut 2023, Bokslut 2024, Budget 2025, Bokslut
    2025, then the number of föreningar 2023-2025)."""
    (table,) = [c for c in _arsbokslut() if any(r.text.startswith("Lokalt aktivitetsstöd") for r in c.records)]
    assert table.kind is Kind.table and table.page == 34 and table.section == "Bidrag"
    assert "Fördelning av föreningsbidrag under 2025 med jämförelse med 2023 och 2024" in table.text
    cols = ["Bokslut 2023", "Bokslut 2024", "Budget 2025", "Bokslut 2025", "Antal 2023", "Antal 2024", "Antal 2025"]
    # listed once, as printed, by its header (the economy parser's reading of it leaves the records)
    rows = {r.fields["Bidrag, tkr"]: [r.fields.get(c) for c in cols] for r in table.records if "Bidrag, tkr" in r.fields}
    assert rows == {
        "Lokalt aktivitetsstöd": ["-602", "-598", "-600", "-599", "34", "34", "34"],
        "Driftbidrag": ["-563", "-926", "-925", "-925", "28", "36", "41"],
        "Stöd till föreningar verksamma inom socialnämndens område": ["-225", "-225", "-225", "-225", "5", "8", "6"],
        "Utvecklingsbidrag": ["-342", "-297", "-342", "-198", "9", "11", "11"],
        "Totalt": ["-1 732", "-2 046", "-2 092", "-1947", "76", "89", "92"],
    }
    assert not any(r.type == "ekonomi" for r in table.records)
    # its figures, read by the economy parser with the table's unit, stay in the chunk
    assert ("Driftbidrag, Bokslut 2025", "tkr") in {(f.label, f.unit) for f in table.figures}
    counts = {(f.label, f.unit) for f in table.figures if f.label.startswith("Driftbidrag, Antal")}
    assert counts == {("Driftbidrag, Antal 2023", "antal"), ("Driftbidrag, Antal 2024", "antal"),
                      ("Driftbidrag, Antal 2025", "antal")}


def test_paragraphs_of_minutes_are_sections_with_their_subheadings() -> None:
    """Minutes number their items "§ 26 Title" from wherever the year has come to; "Beslut" and
    "Yrkanden" stand under them, a wrapped title is one, and a § the text refers to is none."""
    text = ("KOMMUNFULLMÄKTIGE PROTOKOLL\n"
            "§ 25 Kommunal borgen för bostadsbolaget\n"
            "Beslut\n"
            "Kommunfullmäktige beslutar att bevilja bolaget kommunal borgen.\n"
            "§ 26 Svar på motion om laddstolpar vid kommunens\n"
            "anläggningar\n"
            "Ärendet har beretts enligt 6 kap. 38 § kommunallagen.\n"
            "Yrkanden\n"
            "Anna Ek (S) yrkar bifall till förslaget.\n"
            "§ 3 Detta stycke hänvisar bakåt\n"
            "och är ingen rubrik.\n")
    paths = [h.path for h in find_headings(text)]
    assert "§ 25 Kommunal borgen för bostadsbolaget > Beslut" in paths
    assert "§ 26 Svar på motion om laddstolpar vid kommunens anläggningar > Yrkanden" in paths
    assert not any(p.startswith("§ 3 ") for p in paths)  # numbers rise through the minutes


def test_the_paragraphs_of_a_real_taxa_are_sections() -> None:
    pages = read_pdf((Path(__file__).resolve().parents[3] / "shared" / "devdocs" / "linkoping-va-taxa-2026.pdf").read_bytes(),
                     "linkoping-va-taxa-2026.pdf", ocr=False)
    paths = [h.path for h in find_headings(drop_toc_lines("\n".join(p.text for p in pages)))]
    assert [p for p in paths if p.startswith("§ ")][:3] == ["§ 1 Avgiftsskyldighet", "§ 2 Avgiftstyper", "§ 3 Fastighetstyper"]


def test_an_assessment_cell_on_its_own_line_is_no_heading() -> None:
    """A table's assessment column as text extraction gives it ("Uppfyllt", "Delvis uppfyllt"
    alone on their lines, generated training document) would otherwise nest every later row
    under the last value."""
    pdf = Path(__file__).resolve().parents[2] / "eval" / "synthetic4" / "hallmark-granskning-kompetensforsorjning-2026.pdf"
    text = "\n".join(p.text for p in read_pdf(pdf.read_bytes(), pdf.name, ocr=False))
    titles = [h.title for h in find_headings(drop_toc_lines(text), toc_titles(text))]
    assert "Bedömning per kontrollmål" in titles
    assert not {"Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"} & set(titles)
