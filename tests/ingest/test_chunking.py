"""Tests for insyn.ingest.chunking on the corpus and on a generated multi-page PDF."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from fpdf import FPDF

from insyn.ingest.chunking import DocText, chunk_document
from insyn.ingest.pdf import read_pdf
from insyn.ingest.text import read_text
from insyn.types import Chunk, Kind, Page

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
DOC000 = "000_14dd89f663d29f12.txt"
MAX = 1200


@functools.cache
def _chunks(name: str) -> tuple[Chunk, ...]:
    path = CORPUS / name
    return tuple(chunk_document(read_text(path.read_bytes(), name), name, "Titel", MAX))


# --- a generated PDF with known headings on known pages -------------------------------------------
INTRO = [
    "Nämnden ansvarar för hälso- och sjukvården i hela länet. Planen beskriver hur arbetet ska bedrivas under året.",
    "Verksamheten ska vara jämlik och tillgänglig för alla invånare i länet. Den ska också vara effektiv och "
    "bygga på bästa tillgängliga kunskap.",
    "Arbetet med planen har skett i dialog med förvaltningen och med de fackliga organisationerna. Planen "
    "har stämts av med regionens övriga nämnder och styrelser under våren.",
    "Uppföljningen sker genom delårsrapporter och en årsredovisning. Avvikelser ska rapporteras till nämnden "
    "så snart de är kända, med förslag på åtgärder som återställer balansen.",
    "Nämnden prioriterar tillgänglighet, kontinuitet och en god arbetsmiljö för medarbetarna under hela "
    "planperioden. Planen gäller från den första januari och revideras inför varje nytt budgetår.",
]
PAGES = [
    ["1 Inledning", *INTRO],  # page 1: over 700 characters of prose
    ["Synpunkter från invånarna har samlats in via enkäter och öppna möten i flera kommuner."],  # page 2
    ["2 Ekonomi", "Det ekonomiska läget är ansträngt och kostnaderna ökar snabbare än intäkterna."],  # page 3
    ["2.1 Budget", "Budgeten för primärvården uppgår till 1 466,5 miljoner kronor år 2025."],  # page 4
    ["Ramen för tandvården är 148,7 miljoner kronor och gäller hela planperioden."],  # page 5, still 2.1
]


def _pdf(pages: list[list[str]]) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        pdf.set_xy(15, 20)
        for line in lines:
            pdf.multi_cell(180, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def pdf_chunks() -> list[Chunk]:
    pages = read_pdf(_pdf(PAGES), "plan.pdf", ocr=False)
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    return chunk_document(pages, "plan.pdf", "Plan 2025", MAX)


def test_pdf_chunks_pages_and_sections_exact(pdf_chunks: list[Chunk]) -> None:
    got = [(c.page, c.section, c.kind, c.text[:30]) for c in pdf_chunks]
    assert got == [
        (1, "1 Inledning", Kind.text, "Nämnden ansvarar för hälso- oc"),
        (2, "1 Inledning", Kind.text, "Synpunkter från invånarna har "),
        (3, "2 Ekonomi", Kind.text, "Det ekonomiska läget är ansträ"),
        (4, "2 Ekonomi > 2.1 Budget", Kind.text, "Budgeten för primärvården uppg"),
    ]
    assert all(c.doc == "plan.pdf" and c.title == "Plan 2025" for c in pdf_chunks)


def test_pdf_chunk_text_quotes_the_source(pdf_chunks: list[Chunk]) -> None:
    first = pdf_chunks[0].text
    for paragraph in INTRO:
        assert paragraph in " ".join(first.split())
    assert "1 Inledning" not in first  # the heading is the section, not the passage
    last = pdf_chunks[-1].text
    assert last == ("Budgeten för primärvården uppgår till 1 466,5 miljoner kronor år 2025.\n"
                    "Ramen för tandvården är 148,7 miljoner kronor och gäller hela planperioden.")


def test_pdf_figures_carry_doc_and_their_own_page(pdf_chunks: list[Chunk]) -> None:
    money = {f.value: f for c in pdf_chunks for f in c.figures if f.unit == "mnkr"}
    assert set(money) == {1466.5, 148.7}
    assert (money[1466.5].doc, money[1466.5].page, money[1466.5].text) == ("plan.pdf", 4, "1 466,5 miljoner kronor")
    # the chunk starts on page 4, but this figure stands on page 5
    assert (money[148.7].doc, money[148.7].page) == ("plan.pdf", 5)
    assert all(f.doc == "plan.pdf" and f.page is not None for c in pdf_chunks for f in c.figures)


def test_pdf_chunk_offsets_locate_the_text(pdf_chunks: list[Chunk]) -> None:
    pages = read_pdf(_pdf(PAGES), "plan.pdf", ocr=False)
    dt = DocText.from_pages(pages)
    for c in pdf_chunks:
        assert dt.text[c.offset:].startswith(c.text[:20])
        assert dt.page_at(c.offset) == c.page


def test_doctext_page_at_boundaries() -> None:
    dt = DocText.from_pages([Page(1, "abc"), Page(2, "de"), Page(3, "")])
    assert dt.text == "abc\n\nde\n\n"
    assert dt.page_starts == (0, 5, 9)
    assert [dt.page_at(i) for i in (0, 2, 4, 5, 6, 8, 9)] == [1, 1, 1, 2, 2, 2, 3]
    assert DocText.from_pages([Page(None, "x")]).page_at(0) is None


# --- the corpus ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_chunk_size_and_boundaries(name: str) -> None:
    chunks = _chunks(name)
    assert chunks
    for c in chunks:
        assert 0 < len(c.text) <= MAX, (c.section, len(c.text))
        assert c.text == c.text.strip()
        assert c.page is None  # plain text carries no page breaks
        assert c.doc == name
    raw = (CORPUS / name).read_text(encoding="utf-8")
    for c in (c for c in chunks if c.kind is Kind.text):
        # a chunk starts where a sentence, paragraph or line starts: never inside a word
        before = raw[c.offset - 1] if c.offset else "\n"
        assert not before.isalnum(), (name, c.offset, raw[c.offset - 20 : c.offset + 20])


@pytest.mark.parametrize("name", ["000_14dd89f663d29f12.txt", "003_07770689f2a04ec2.txt"])
def test_corpus_prose_chunks_end_at_a_sentence(name: str) -> None:
    prose = [c for c in _chunks(name) if c.kind is Kind.text]
    ends = [c.text.rstrip()[-1] for c in prose]
    # cuts are at sentence or paragraph ends: nearly every prose chunk ends with a sentence end or a
    # line that stood alone (a heading-like line, a list item)
    sentence_ends = sum(e in ".!?:)”\"" for e in ends)
    assert sentence_ends / len(ends) >= 0.7, list(zip(ends, [c.text[-40:] for c in prose]))


def test_000_uppdrag_table_chunks_and_records() -> None:
    section = "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd"
    tables = [c for c in _chunks(DOC000) if c.section == section]
    assert tables and all(c.kind is Kind.table for c in tables)
    records = [r for c in tables for r in c.records]
    assert len(records) == 6
    assert {r.type for r in records} == {"uppdrag"}
    assert all(r.doc == DOC000 and r.section == section for r in records)
    by_name = {r.fields["uppdrag"]: r for r in records}
    hyr = by_name["Minska hyrberoendet"]
    assert hyr.fields["slutdatum"] == "2025-12-31"
    assert hyr.fields["riktas_till"] == "hälso- och sjukvårdsnämnden och regionstyrelsen"
    assert hyr.fields["status"] == "Ej påbörjad"
    assert "Minska hyrberoendet" in hyr.text
    # every record stands in the chunk that holds it, row text included
    for c in tables:
        for r in c.records:
            assert r.fields["uppdrag"][:40] in " ".join(c.text.split())
    assert sorted(r.fields["slutdatum"] for r in records) == ["2024-12-31"] + ["2025-12-31"] * 5


def test_000_table_chunks_keep_rows_whole() -> None:
    tables = [c for c in _chunks(DOC000) if c.kind is Kind.table]
    assert len(tables) >= 10
    for c in tables:
        body = " ".join(c.text.split())
        for r in c.records:
            # the row's main cell stands complete in its chunk: rows are never cut between chunks
            name = r.fields.get("uppdrag") or r.fields.get("indikator") or ""
            assert name and " ".join(name.split()) in body, (c.section, name)


def test_chunk_ids_stable_and_sensitive_to_text() -> None:
    name = DOC000
    path = CORPUS / name
    text = path.read_text(encoding="utf-8")
    first = [c.id for c in chunk_document(read_text(text.encode(), name), name, "Titel", MAX)]
    second = [c.id for c in chunk_document(read_text(text.encode(), name), name, "Titel", MAX)]
    assert first == second
    assert len(set(first)) == len(first)
    changed_text = text.replace("Minska hyrberoendet", "Minska beroendet av hyrpersonal", 1)
    changed = [c.id for c in chunk_document(read_text(changed_text.encode(), name), name, "Titel", MAX)]
    assert changed != first
    assert len(set(first) - set(changed)) >= 1
    # chunks before the edit keep their ids
    assert changed[:5] == first[:5]
    assert Chunk.make_id("a.txt", 1, 0, "x") != Chunk.make_id("b.txt", 1, 0, "x")


def test_corpus_figures_carry_doc_and_are_in_the_chunk_or_its_records() -> None:
    for c in _chunks(DOC000):
        for f in c.figures:
            assert f.doc == DOC000
            assert f.page is None
            body = " ".join(c.text.split())
            assert " ".join(f.text.split()) in body or any(f.text in " ".join(r.fields.values()) for r in c.records)


def test_small_max_chars_is_respected() -> None:
    raw = (CORPUS / DOC000).read_text(encoding="utf-8")
    chunks = chunk_document(read_text(raw.encode(), DOC000), DOC000, "T", 300)
    assert len(chunks) > len(_chunks(DOC000))
    assert max(len(c.text) for c in chunks) <= 300
    starts = [c.offset for c in chunks if c.kind is Kind.text]
    # sentences longer than a chunk are cut at words and keep their sentence's offset; all others
    # start at a sentence
    assert all(not raw[o - 1].isalnum() for o in starts if o)


def test_one_sentence_longer_than_a_chunk_is_cut_at_words() -> None:
    sentence = " ".join(f"ord{i}" for i in range(400)) + "."
    chunks = chunk_document([Page(None, "1 Inledning\n" + sentence + "\n")], "lang.txt", "T", 300)
    assert len(chunks) > 1
    assert all(len(c.text) <= 300 for c in chunks)
    assert " ".join(c.text for c in chunks) == sentence
    assert all(re.fullmatch(r"ord\d+", c.text.split()[0]) for c in chunks)


def test_a_table_split_over_chunks_repeats_its_column_header() -> None:
    """003's resursramar table (4.3) is too long for one chunk: the chunk with the "Totalt" row
    starts with the table's header, so the row is read with its columns' years."""
    header = "Resursramar, miljoner kronor Budget 2024 Budget 2025 Plan 2026 Plan 2027"
    tables = [c for c in _chunks("003_07770689f2a04ec2.txt") if c.kind is Kind.table and header in c.text]
    assert len(tables) >= 2
    assert all(c.text.startswith(header + "\n") and len(c.text) <= MAX for c in tables)
    total = [c for c in tables if "Totalt 9 433 9 791 9 931 10 231" in c.text]
    assert len(total) == 1 and total[0] is not tables[0]
    assert [r.text for c in tables for r in c.records].count(header) == 0  # the header is no record
    assert sum(1 for c in tables for r in c.records if r.fields.get("label") == "Totalt") == 1


def test_a_tables_caption_stands_with_its_rows() -> None:
    """Simrishamn's årsbokslut: the line under the föreningsbidrag table names it; it closes
    the table chunk, not the prose after."""
    path = Path(__file__).resolve().parents[3] / "shared" / "realdocs" / "simrishamn-kfn-arsbokslut-2025.pdf"
    if not path.exists():
        pytest.skip(f"{path} missing")
    chunks = chunk_document(read_pdf(path.read_bytes(), path.name), path.name, "Titel", MAX)
    (table,) = [c for c in chunks if any(r.text.startswith("Driftbidrag") for r in c.records)]
    assert table.kind is Kind.table
    assert table.text.startswith("Bidrag, tkr Bokslut 2023")
    assert table.text.endswith("\nFördelning av föreningsbidrag under 2025 med jämförelse med 2023 och 2024.")
    assert not any(c.kind is Kind.text and "jämförelse med 2023 och 2024" in c.text for c in chunks)


def test_a_chunk_over_a_page_break_knows_where_the_later_page_begins(pdf_chunks: list[Chunk]) -> None:
    last = pdf_chunks[-1]  # starts on page 4, its second sentence stands on page 5
    assert last.page == 4 and len(last.page_breaks) == 1
    at, page = last.page_breaks[0]
    assert page == 5 and last.text[at:].startswith("Ramen för tandvården")
    assert last.page_at(0) == 4 and last.page_at(at - 1) == 4 and last.page_at(at) == 5
    assert all(not c.page_breaks for c in pdf_chunks[:-1])  # each of these stands on one page


def test_the_cited_page_is_the_page_of_the_sentence_that_matches(pdf_chunks: list[Chunk]) -> None:
    from insyn.answer.citation import cited_page
    from insyn.ingest.swedish import tokenize

    last = pdf_chunks[-1]
    assert cited_page(last, {t: 1.0 for t in tokenize("ramen för tandvården")}) == 5
    assert cited_page(last, {t: 1.0 for t in tokenize("budgeten för primärvården")}) == 4
    assert cited_page(last, {t: 1.0 for t in tokenize("något helt annat")}) == 4  # no match: where it starts
    tandvard = next(f for f in last.figures if f.value == 148.7)
    assert cited_page(last, {t: 1.0 for t in tokenize("budgeten för primärvården")}, tandvard) == 5


@pytest.mark.parametrize("text, lang", [
    ("Nämnden ska under året följa upp att målen nås och redovisa det i delårsrapporten.", "sv"),
    ("Mål 1. Trygga uppväxtvillkor", "sv"),  # no function word: the Swedish letters decide
    ("Uppdraget bestar av ett antal delaktiviteter som har genomforts for att starka arbetet", "sv"),  # OCR: för -> for
    ("The board is responsible for the follow-up of the goals and reports them in the annual report.", "en"),
])
def test_a_chunk_knows_its_language(text: str, lang: str) -> None:
    (chunk,) = chunk_document([Page(None, "1 Inledning\n" + text + "\n")], "lang.txt", "T", 300)
    assert chunk.lang == lang


def test_indicator_rows_carry_the_numbered_goal_title_above_their_table() -> None:
    """The regional executive board's plan titles each goal's indicator table "Mål 2. Goda
    levnadsvillkor" with no heading of its own (a table, not prose, follows): the rows carry it
    as their caption, so "indikatorer under målet Goda levnadsvillkor" can pick them. Counted by
    hand: seven goals, 29 indicator rows, three under goal 2; the chunks do not change."""
    name = "000_14dd89f663d29f12.txt"
    chunks = chunk_document(read_text((CORPUS / name).read_bytes(), name), name, "Nämndplan 2025")
    rows = [r for c in chunks for r in c.records if r.type == "indikator"]
    assert len(rows) == 29 and all(re.match(r"Mål [1-7]\. ", r.caption) for r in rows)
    assert len({r.caption for r in rows}) == 7
    assert sum(r.caption == "Mål 2. Goda levnadsvillkor" for r in rows) == 3
    assert any(c.text.strip() == "Mål 2. Goda levnadsvillkor" and not c.records for c in chunks)  # still its own chunk
