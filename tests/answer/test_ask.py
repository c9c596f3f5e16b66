"""Tests for insyn.answer (Engine.ask) on an index of the corpus: lists, figures, traceability, abstention."""

from __future__ import annotations

import json
import sqlite3

import pytest

from insyn.answer import lists
from insyn.answer.engine import Engine, detect_lang, validate_query
from insyn.answer.question import parse_question
from insyn.answer.render import _sentence_with, render_text
from insyn.contract import AskRequest, AskResponse
from insyn.errors import InsynError
from insyn.index import folder, store
from insyn.index.embedder import Embedder, HashEmbedder
from insyn.index.search import Filters
from insyn.settings import Settings

D000, D002 = "000_14dd89f663d29f12.txt", "002_b44e5d8e8ff73640.txt"
SLUT_Q = "vilka uppdrag har slutdatum 2025-12-31?"
ABSENT_Q = "Vad kostar en enkelbiljett med Norrtåg mellan Umeå och Sundsvall?"


@pytest.fixture(scope="module")
def engine(fake_corpus_settings: Settings) -> Engine:
    """The fake embedder's cosines are not on the real model's scale, which the abstention
    model was fitted on, so `abstain.is_answered` leaves the decision to its mechanisms: every
    question above `found_threshold` is answered."""
    return Engine(fake_corpus_settings, HashEmbedder())


@pytest.fixture(scope="module")
def db(fake_corpus_settings: Settings) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{folder.resolve(fake_corpus_settings.index) / folder.DB}?mode=ro", uri=True)
    yield con
    con.close()


def _squash(text: str) -> str:
    return " ".join(text.split())


def _assert_traceable(res: AskResponse, db: sqlite3.Connection) -> None:
    """Every figure, record and citation of an answer comes from an indexed chunk."""
    for f in res.figures:
        texts = [_squash(t) for (t,) in db.execute("SELECT text FROM chunks WHERE doc = ?", (f.doc,))]
        stored = db.execute("SELECT COUNT(*) FROM figures WHERE doc = ? AND text = ?", (f.doc, f.text)).fetchone()[0]
        assert stored or any(_squash(f.text) in t for t in texts), f
    for r in res.records:
        rows = db.execute("SELECT r.fields, c.text FROM records r JOIN chunks c ON c.pos = r.chunk_pos "
                          "WHERE r.doc = ? AND r.text = ? AND r.type = ?", (r.doc, r.text, r.type)).fetchall()
        assert rows, r
        fields, chunk_text = rows[0]
        assert json.loads(fields) == r.fields
        name = r.fields.get("uppdrag") or r.fields.get("indikator") or ""
        assert _squash(name)[:30] in _squash(chunk_text)
    for c in res.citations:
        stored = db.execute("SELECT text, doc, section, page FROM chunks WHERE id = ?", (c.id,)).fetchone()
        assert stored == (c.text, c.doc, c.section, c.start_page)


# --- lists -----------------------------------------------------------------------------------------
def test_slutdatum_list_returns_only_matching_uppdrag(engine: Engine, db: sqlite3.Connection) -> None:
    res = engine.ask(AskRequest(q=SLUT_Q))
    assert res.found and res.intent == "list"
    assert res.records and res.figures == []
    for r in res.records:
        assert r.type == "uppdrag"
        assert r.fields["slutdatum"] == "2025-12-31"
        assert r.doc and r.section.startswith("3 Uppdrag > ") and r.text
        assert r.page is None  # plain-text sources have no pages
    assert len({(r.doc, r.text) for r in res.records}) == len(res.records)
    _assert_traceable(res, db)


def test_slutdatum_list_is_complete_for_each_document_it_covers(engine: Engine, db: sqlite3.Connection) -> None:
    """A row standing in two documents is listed once, with both among its sources."""
    res = engine.ask(AskRequest(q=SLUT_Q))
    for doc in {s.doc for r in res.records for s in r.sources}:
        expected = {t for (t, f) in db.execute("SELECT text, fields FROM records WHERE type='uppdrag' AND doc=?", (doc,))
                    if json.loads(f).get("slutdatum") == "2025-12-31"}
        assert {r.text for r in res.records if doc in {s.doc for s in r.sources}} == expected
    assert all(r.sources[0].doc == r.doc for r in res.records)


def test_a_list_questions_hits_and_citations_start_with_the_rows(engine: Engine, db: sqlite3.Connection) -> None:
    """/search and /ask cite the passages holding the listed rows first, even those that the
    passage ranking alone puts below the cut."""
    from insyn.contract import SearchRequest

    res = engine.ask(AskRequest(q=SLUT_Q))
    holding = {cid for r in res.records for (cid,) in db.execute(
        "SELECT c.id FROM records r JOIN chunks c ON c.pos = r.chunk_pos WHERE r.doc = ? AND r.text = ?", (r.doc, r.text))}
    assert len(holding) >= 2
    n = min(len(holding), 5)
    assert {c.id for c in res.citations[:n]} <= holding
    hits = engine.search(SearchRequest(q=SLUT_Q, k=n)).hits
    assert len(hits) == n and {h.id for h in hits} <= holding
    plain = engine.search(SearchRequest(q="Hur arbetar regionstyrelsen med uppdrag?", k=5)).hits  # no list: as ranked
    assert [h.score for h in plain] == sorted((h.score for h in plain), reverse=True)


def test_slutdatum_answer_lists_the_rows(engine: Engine) -> None:
    res = engine.ask(AskRequest(q=SLUT_Q))
    lines = res.answer.split("\n")
    assert lines[0] == f"{len(res.records)} rader matchar:"
    assert lines[1].startswith("- " + res.records[0].text)


def test_addressee_list(engine: Engine, db: sqlite3.Connection) -> None:
    res = engine.ask(AskRequest(q="Vilka uppdrag riktas till alla nämnder?"))
    assert res.found and res.records
    assert all("alla nämnder" in r.fields["riktas_till"] or "samtliga" in r.fields["riktas_till"] for r in res.records)
    _assert_traceable(res, db)


def test_status_list(engine: Engine) -> None:
    res = engine.ask(AskRequest(q="Vilka uppdrag har status ej påbörjad?"))
    assert res.found and res.records
    assert {r.fields["status"] for r in res.records} == {"Ej påbörjad"}


# --- figures ---------------------------------------------------------------------------------------
def test_figure_question(engine: Engine, db: sqlite3.Connection) -> None:
    res = engine.ask(AskRequest(q="Hur mycket är budgeten för primärvård beställare 2025?"))
    assert res.found and res.intent == "figure" and res.records == []
    top = res.figures[0]
    assert (top.value, top.unit, top.text, top.doc) == (1466.5, "mnkr", "1 466,5 miljoner kronor", D000)
    assert "1 466,5 miljoner kronor" in res.answer
    assert res.answer.startswith("Enligt Nämndplan 2025 Regionstyrelsen: ”")
    _assert_traceable(res, db)


def test_a_figure_questions_hits_and_citations_start_with_its_figure(engine: Engine) -> None:
    """/search and /ask cite the passage the answer's figure is read from first."""
    from insyn.contract import SearchRequest

    q = "Hur mycket är budgeten för primärvård beställare 2025?"
    res = engine.ask(AskRequest(q=q))
    top = res.figures[0]
    assert res.citations[0].doc == top.doc and top.text in res.citations[0].text
    hits = engine.search(SearchRequest(q=q, k=5)).hits
    assert hits[0].id == res.citations[0].id and len(hits) == 5


def test_one_figure_answers_only_a_single_figure_question() -> None:
    from insyn.answer.ask import _one_figure_answers
    from insyn.answer.question import parse_question

    assert _one_figure_answers(parse_question("Hur många digitala möten hölls 2023 enligt nämndplan 2025?"))
    assert not _one_figure_answers(parse_question("Hur mycket fick regionstyrelsen i budgeten 2023 jämfört med 2025?"))
    assert not _one_figure_answers(parse_question("Vilken skattesats har Västerbotten och Västernorrland 2025?"))
    assert not _one_figure_answers(parse_question("När ska det nya vårdinformationsstödet startas?"))  # a date
    assert not _one_figure_answers(parse_question("Hur arbetar regionstyrelsen med uppdrag?"))


def test_figure_answer_quotes_the_whole_first_sentence(engine: Engine) -> None:
    res = engine.ask(AskRequest(q="Hur mycket är budgeten för primärvård beställare 2025?"))
    assert "”Budget för primärvård beställare uppgår 2025 till 1 466,5 miljoner kronor.”" in res.answer


def test_sentence_with_at_the_start_of_the_text() -> None:
    assert _sentence_with("Budgeten är 12 mnkr. Resten är text.", "12 mnkr") == "Budgeten är 12 mnkr."


def test_sentence_with_in_a_later_sentence() -> None:
    text = "Inledningen är här. Budgeten är 12 mnkr. Resten är text."
    assert _sentence_with(text, "12 mnkr") == "Budgeten är 12 mnkr."
    assert _sentence_with(text, "saknas") == text  # no needle, a short text: all of it


# --- citations, traceability, validation ----------------------------------------------------------
@pytest.mark.parametrize("q", [
    SLUT_Q,
    "Hur mycket är budgeten för primärvård beställare 2025?",
    "Vilka indikatorer finns för arbetsmiljö?",
    "Hur många digitala vårdbesök var det 2023?",
])
def test_answers_are_traceable_to_indexed_chunks(engine: Engine, db: sqlite3.Connection, q: str) -> None:
    res = engine.ask(AskRequest(q=q))
    _assert_traceable(res, db)
    assert len(res.citations) <= 5
    assert all(len(c.text) <= 1200 for c in res.citations)


def test_ask_is_deterministic(engine: Engine) -> None:
    a = engine.ask(AskRequest(q=SLUT_Q)).model_dump()
    b = engine.ask(AskRequest(q=SLUT_Q)).model_dump()
    assert a == b


def test_not_found_shape(engine: Engine) -> None:
    # with the fake embedder the dense cosines stay below found_threshold: nothing is answered
    res = engine.ask(AskRequest(q="Vad är Region Västerbottens vision?"))
    assert res.found is False
    assert (res.answer, res.figures, res.records, res.citations) == ("", [], [], [])
    assert render_text(res) == "Dokumenten besvarar inte frågan."


@pytest.mark.parametrize(("q", "message"), [
    ("   ", "query is empty"),
    ("a" * 501, "query is 501 characters; the limit is 500"),
    ("budget\x00", "query contains control characters"),
])
def test_bad_queries(engine: Engine, q: str, message: str) -> None:
    with pytest.raises(InsynError, match=message):
        engine.ask(AskRequest(q=q))
    assert validate_query("  budget   för\nprimärvård ", engine.settings) == "budget för primärvård"


def test_unknown_filter_value(engine: Engine) -> None:
    with pytest.raises(InsynError, match="unknown organ 'kommunstyrelsen'"):
        engine.ask(AskRequest(q=SLUT_Q, organ="kommunstyrelsen"))


@pytest.mark.parametrize(("q", "lang"), [
    ("Vilka uppdrag har slutdatum 2025-12-31?", "sv"),
    ("Which assignments end on 2025-12-31?", "en"),
    ("What is the budget for primary care?", "en"),
    ("budget primärvård", "sv"),
    ("Cosmic", "sv"),  # a bare name is searched as the documents are written
    ("skattesats Region Västernorrland 2025", "sv"),  # Swedish letters only in the name
    ("primary care budget 2025", "en"),  # no function words, but English governance terms
    ("motion pension delegation", "sv"),  # glossary words that are Swedish words too decide nothing
])
def test_detect_lang(q: str, lang: str) -> None:
    assert detect_lang(q) == lang


# --- the real model -----------------------------------------------------------------------------------
@pytest.mark.slow
def test_absent_subject_is_not_answered_real_model(real_corpus: tuple[Settings, Embedder]) -> None:
    settings, embedder = real_corpus
    engine = Engine(settings, embedder)
    res = engine.ask(AskRequest(q=ABSENT_Q))
    assert res.found is False and res.answer == ""
    assert res.figures == [] and res.records == []
    # and a question the documents do answer is found, with the complete list across documents
    listed = engine.ask(AskRequest(q=SLUT_Q))
    assert listed.found
    assert {r.fields["slutdatum"] for r in listed.records} == {"2025-12-31"}
    assert {s.doc for r in listed.records for s in r.sources} == {D000, D002}
    assert sum(D000 in {s.doc for s in r.sources} for r in listed.records) == 5
    # a document filter narrows records and citations to that document
    only = engine.ask(AskRequest(q=SLUT_Q, doc=D000))
    assert only.found and len(only.records) == 5
    assert {r.doc for r in only.records} == {D000} and {c.doc for c in only.citations} == {D000}
    assert "Minska hyrberoendet" in {r.fields["uppdrag"] for r in only.records}


@pytest.mark.parametrize(("q", "region"), [
    ("Vilken skattesats har Region Västernorrland 2025?", "Region Västernorrland"),
    ("Vilken skattesats har Region Västerbotten för 2025?", None),  # only Västernorrland's plan says it
    ("What was the sick leave rate among Region Västernorrland's employees in 2024?", None),  # only 004's
    ("Hur har sjukfrånvaron bland regionstyrelsens anställda i Västerbotten utvecklats under 2024?", "Region Västerbotten"),
    # Västernorrland's investment plan ranks fifth over every place, below four passages of
    # Västerbotten's own: it does not take the answer away
    ("Hur mycket ska Region Västerbotten lägga på IT-investeringar år 2025?", "Region Västerbotten"),
])
def test_an_answer_in_another_places_documents_is_no_answer_real_model(
        real_corpus: tuple[Settings, Embedder], q: str, region: str | None) -> None:
    """The search keeps to the place a question names; whether the answer stands in another
    place's documents is seen from the same search over every place."""
    settings, embedder = real_corpus
    engine = Engine(settings, embedder)
    res = engine.ask(AskRequest(q=q))
    assert res.found is (region is not None)
    if region:
        documents = engine.index().documents
        assert res.citations and {documents[c.doc].region for c in res.citations} == {region}


def test_the_figure_s_passage_first_is_the_best_ranked_that_gives_it() -> None:
    from types import SimpleNamespace

    from insyn.answer.ask import figure_first
    from insyn.types import Figure

    hits = [SimpleNamespace(pos=p) for p in (7, 3, 5)]
    row = Figure(87.5, "procent", "87,5%", "Antal incidenter lösta inom SLA, Utfall", "i.pdf", 9)
    sentence = Figure(87.5, "procent", "87,5 %", "Utfallet för lösningsgrad ligger på", "i.pdf", 9)
    other = Figure(85, "procent", "85 %", "målet på", "i.pdf", 9)
    assert [h.pos for h in figure_first(hits, [(3, row), (5, other), (7, sentence)])] == [7, 3, 5]
    assert [h.pos for h in figure_first(hits, [(5, other), (3, row)])] == [5, 7, 3]
    assert figure_first(hits, []) == hits


def test_list_rows_named_by_the_question_and_no_total_lines() -> None:
    from insyn.answer import conditions, constraints as c
    from insyn.answer.lists import _TOTAL_ASKED, _TOTAL_ROW
    from insyn.ingest.swedish import CompoundSplitter
    from insyn.types import Record

    labels = ["1 P 6289 Utrustning uppstart Korsavadsanläggningen", "2 N Valfisken inklusive gamingrum",
              "8 N Ny konstgräsplan Korsavad", "12 N Ny konstgräsplan Skillinge"]
    records = [Record("ekonomi", "sim.pdf", 4, "", {"label": label}, f"{label}: Budget 2027 100") for label in labels]
    splitter = CompoundSplitter.from_texts(labels + ["Korsavad anläggningen"])
    free = c.free_text_columns(records)
    rows = [c.view(r, "", splitter, free) for r in records]

    def kept(q: str) -> list[str]:
        words = c.word_rules(conditions.question_words(q, "sv", splitter), rows, {"investering"}, 0.9)
        return [r.record.fields["label"][:4] for r in c.kept(rows, [], words)]

    assert kept("Vilka investeringar på Korsavad finns i budgeten?") == ["1 P ", "8 N "]
    assert len(kept("Vilka investeringar på Garvaren finns i budgeten?")) == 4  # no row names it
    assert _TOTAL_ROW.match("summa investeringsbudget") and _TOTAL_ROW.match("totalt")
    assert not _TOTAL_ROW.match("totalforsvar") and _TOTAL_ASKED.search("hur mycket totalt")
    # the sum a table carries over a page break is no item of it; a row of transport costs is
    assert _TOTAL_ROW.match("overfort fran foregaende sida pensionars- och sociala foreningar (forts.)")
    assert not _TOTAL_ROW.match("transporter och resor")
    assert not _TOTAL_ROW.match("att overfora ej forbrukade investeringsmedel om 31,7 mnkr till 2026")  # a decision's clause


def test_a_word_no_document_in_focus_says_brings_in_the_rows_of_another(engine: Engine, db: sqlite3.Connection) -> None:
    """Follow-up in April stands only in one plan's assignments; the question names no plan, so
    those rows answer even when the search puts other plans first."""
    expected = {text for text, f in db.execute("SELECT text, fields FROM records WHERE type = 'uppdrag'")
                if "apr" in json.loads(f).get("periodicitet", "")}
    assert expected
    q = "Vilka uppdrag följs upp i april, augusti och december?"
    index = engine.index()
    hits = index.search(q, 10, Filters(), "sv")
    assert {r.doc for _, r in store.records(index.con, "uppdrag")
            if r.text in expected}.isdisjoint({h.chunk.doc for h in hits[:5]})  # not among the documents in focus
    assert {row.record.text for row in lists.answer_rows(index, parse_question(q), hits, "sv")} == expected


def test_an_english_list_question_chooses_its_table_by_the_swedish_headings(engine: Engine) -> None:
    from collections import defaultdict

    from insyn.index import store

    index = engine.index()
    q = "Which assignments has the regional council given to the regional board?"
    question = parse_question(q)
    hits = index.search(q, 10, lang="en")
    tables: dict[tuple[str, str, str], list] = defaultdict(list)
    for p, r in store.records(index.con, None, lists._docs_in_focus(index, question, hits)):
        tables[lists.table_key(r)].append((p, r))
    english = lists.table_features(index, question, hits, tables, [], {}, "en")
    as_swedish = lists.table_features(index, question, hits, tables, [], {}, "sv")
    assignments = [k for k, rows in tables.items() if "uppdrag" in rows[0][1].section.lower()]
    assert assignments and all(english[k]["said_head"] > as_swedish[k]["said_head"] for k in assignments)


def test_the_documents_own_organ_and_place_pick_no_rows(engine: Engine, db: sqlite3.Connection) -> None:
    """A question names its plan's own board and region to find the plan ("hälso- och
    sjukvårdsnämnden i Västerbotten"); an assignment mentioning the region in its text is
    not thereby the one asked for. The rows are those to the administration."""
    expected = {text for text, section in db.execute("SELECT text, section FROM records WHERE type = 'uppdrag' AND doc = ?",
                                                      (D002,)) if "till förvaltning" in section}
    assert expected
    q = "Vilka uppdrag ger hälso- och sjukvårdsnämnden i Västerbotten till förvaltningen?"
    index = engine.index()
    hits = index.search(q, 10, Filters(), "sv")
    assert {row.record.text for row in lists.answer_rows(index, parse_question(q), hits, "sv")} == expected


def test_a_count_no_figure_of_the_passages_counts_is_not_answered(engine: Engine) -> None:
    """The plans name board members ("ledamöter") but count none of the board's: the passages
    found count other things, so "not in the documents". A count they do make is answered."""
    from insyn.answer.ask import counts_nothing_asked
    from insyn.answer.features import counted_terms

    assert counted_terms(parse_question("Hur många av regionstyrelsens delmål uppnåddes?"), "sv", None) == {"delmal"}
    assert {"medarbet", "anstalld"} <= counted_terms(parse_question("Hur många anställda har förvaltningen?"), "sv", None)
    assert "besok" in counted_terms(parse_question("How many visitors did the library have?"), "en", None)
    members = engine.ask(AskRequest(q="Hur många ledamöter sitter i regionstyrelsen i Region Västerbotten?"))
    assert not members.found and members.answer == ""
    areas = engine.ask(AskRequest(q="Hur många områden består hälso- och sjukvårdsförvaltningen av?"))
    assert areas.found
    index = engine.index()
    assert not counts_nothing_asked(index, parse_question("Hur många procent ökar kostnaderna?"), "sv", [])  # a share


def test_a_list_question_the_model_doubts_is_answered_by_its_rows(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The abstention model weighs passages; a question worded as a list whose rows a table gives
    is answered whatever it says, unless a mechanism rules the question out (a place the index
    has nothing from)."""
    from insyn.answer import abstain, ask

    def doubting(*args, **kwargs) -> abstain.Verdict:  # the model doubts every question the mechanisms leave
        said = abstain.verdict(*args, **kwargs)
        return abstain.Verdict.doubted if said is abstain.Verdict.answered else said

    monkeypatch.setattr(ask, "verdict", doubting)
    listed = engine.ask(AskRequest(q=SLUT_Q))
    assert listed.found and listed.records and all(r.fields.get("slutdatum") == "2025-12-31" for r in listed.records)
    assert not engine.ask(AskRequest(q="Hur stor var soliditeten i Västernorrland 2023?")).found  # no list: the model decides
    assert not engine.ask(AskRequest(q="Vilka uppdrag har Malmö stad gett nämnderna?")).found  # a place not in the index
