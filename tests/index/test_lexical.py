"""Tests for insyn.index.lexical on paragraphs of the example corpus."""

from __future__ import annotations

import re
from pathlib import Path

import bm25s
import numpy as np
import pytest

from insyn.index.lexical import LexicalIndex, _RememberingSplitter
from insyn.ingest.abbreviations import definitions
from insyn.ingest.swedish import CompoundSplitter, tokenize

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def paragraphs() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(CORPUS.glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            if para.strip():
                out.append((path.name, para))
    return out


@pytest.fixture(scope="module")
def index(paragraphs: list[tuple[str, str]]) -> LexicalIndex:
    return LexicalIndex.build([p for _, p in paragraphs])


def _position(paragraphs: list[tuple[str, str]], needle: str) -> int:
    return next(i for i, (_, p) in enumerate(paragraphs) if needle in p)


def test_correct_spelling_finds_ocr_paragraph(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    ids, scores = index.search("negativ budgetavvikelse 87 miljoner", 5)
    assert ids[0] == _position(paragraphs, "negativ budgetavvikelse pa 87 miljoner kronor")
    assert np.all(np.diff(scores) <= 0)


def test_ocr_question_about_increased_costs(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    ids, _ = index.search("Pensionskostnaderna har ökat jämfört med prognosen", 3)
    assert _position(paragraphs, "Pensionskostnaderna har 6kat") in ids[:2]
    assert all(paragraphs[i][0].startswith("004") for i in ids[:2])  # both OCR copies


def test_hyrpersonal_meets_inhyrd_personal(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    target = _position(paragraphs, "minska beroendet av inhyrd personal")
    ids, _ = index.search("minska beroendet av hyrpersonal", 5)
    assert target in ids


def test_save_load_round_trip(index: LexicalIndex, tmp_path: Path) -> None:
    index.save(tmp_path)
    again = LexicalIndex.load(tmp_path)
    for query in ["primärvårdsbudget 2025", "hur har sjukfrånvaron utvecklats", "hyrpersonal"]:
        np.testing.assert_array_equal(index.scores(query), again.scores(query))
    assert len(again) == len(index)
    names = [p.name for p in tmp_path.iterdir()]
    assert not any(n.endswith((".pkl", ".pickle")) for n in names)
    for npy in tmp_path.glob("*.npy"):
        np.load(npy, allow_pickle=False)  # raises if the array needed pickle
    assert "splitter.json" in names


def test_allowed_mask_filters_before_top_k(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    allowed = np.array([name.startswith("000") for name, _ in paragraphs])
    ids, scores = index.search("negativ budgetavvikelse 87 miljoner", 5, allowed=allowed)
    assert len(ids) == 5
    assert all(allowed[i] for i in ids)
    assert np.allclose(scores, index.scores("negativ budgetavvikelse 87 miljoner")[ids])
    none = np.zeros(len(paragraphs), dtype=bool)
    assert index.search("budget", 5, allowed=none)[0].size == 0
    with pytest.raises(ValueError):
        index.search("budget", 5, allowed=np.ones(3, dtype=bool))


def test_scores_cover_all_positions(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    s = index.scores("budget")
    assert s.shape == (len(paragraphs),)
    assert s.max() > 0


@pytest.mark.parametrize("query", ["", "   ", "och det att för", "?!", "zzzyx qqq"])
def test_empty_or_stopword_queries_return_nothing(index: LexicalIndex, query: str) -> None:
    ids, scores = index.search(query, 5)
    assert ids.size == 0 and scores.size == 0
    assert not index.scores(query).any()


def test_remembering_splitter_gives_the_same_tokens(paragraphs: list[tuple[str, str]]) -> None:
    texts = [p for _, p in paragraphs]
    splitter = CompoundSplitter.from_texts(texts)
    remembering = _RememberingSplitter(splitter)
    for text in texts + texts:  # the second pass is answered from memory
        assert tokenize(text, remembering) == tokenize(text, splitter)
    assert remembering._split.cache_info().hits > remembering._split.cache_info().misses
    assert remembering._best.cache_info().hits > 0  # each word's reading (OCR: "inférandet") is remembered too
    assert remembering.counts is splitter.counts


def test_build_is_identical_to_the_plain_tokenizer(index: LexicalIndex, paragraphs: list[tuple[str, str]],
                                                   tmp_path: Path) -> None:
    texts = [p for _, p in paragraphs]
    splitter = CompoundSplitter.from_texts(texts)
    plain = bm25s.BM25()
    plain.index([tokenize(t, splitter) for t in texts], show_progress=False)
    assert index._retriever.vocab_dict == plain.vocab_dict
    for key in ("data", "indices", "indptr"):
        np.testing.assert_array_equal(index._retriever.scores[key], plain.scores[key])
    index.save(tmp_path / "built")
    LexicalIndex(plain, splitter, len(texts), abbreviations=definitions(texts)).save(tmp_path / "plain")
    for path in (tmp_path / "plain").iterdir():
        assert (tmp_path / "built" / path.name).read_bytes() == path.read_bytes(), path.name


def test_build_reports_its_steps(paragraphs: list[tuple[str, str]]) -> None:
    seen: list[str] = []
    LexicalIndex.build([p for _, p in paragraphs[:20]], progress=lambda what, done, total: seen.append(what))
    assert seen == ["lexical: counting words", "lexical: tokenizing", "lexical: bm25s"]


def test_a_repeated_query_term_counts_once(index: LexicalIndex) -> None:
    """Expansion repeats the common words ("plan planen nämndplan"); they must not outweigh
    a rare term by being said again."""
    assert index.query_terms("plan planen ekonomistaben") == ["plan", "ekonomistab", "ekonomi", "stab"]
    assert np.array_equal(index.scores("plan planen plan ekonomistaben"), index.scores("plan ekonomistaben"))


def test_an_unknown_term_finds_the_compounds_it_begins(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    """"tobak" never stands alone in the corpus, only in "tobaksfri Duo", which the splitter
    cannot cut ("tobak" is no known part), nor in "tobaksbruk" and "tobaksavvänjning"; the query
    term finds the compounds it begins."""
    assert "tobak" not in index.query_terms("tobaksfri") and "tobaksfri" in index.query_terms("tobak")
    ids, _ = index.search("tobak", 10)
    assert set(ids.tolist()) == {i for i, (_, p) in enumerate(paragraphs) if "tobak" in p.lower()}
    assert _position(paragraphs, "tobaksfri Duo") in ids.tolist()
    assert index.words_beginning("region") == []  # begins far more than a few words: says nothing
    assert index.query_terms("qwertyuiop") == []


def test_a_noun_meets_the_verb_it_derives_from(index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    """The stemmer keeps "implementation", "implementering" and "implementera" apart; a question
    about the "implementation" of a system must find "implementering har påbörjats" (000)."""
    assert {"implementering", "implementer"} <= set(index.query_terms("implementationen"))
    assert "patienter" in index.derived("patient")  # a plural the stemmer keeps
    assert index.derived("plan") == [] and index.derived("ar") == []  # too short to say it is the word
    ids, _ = index.search("implementation", 50)
    assert _position(paragraphs, "implementering har påbörjats") in ids.tolist()


def test_an_abbreviation_the_documents_define_stands_for_its_long_form(
        index: LexicalIndex, paragraphs: list[tuple[str, str]]) -> None:
    """003 defines "Framtidens Vårdinformationsstöd, FVIS"; 004 (OCR) says only "FVIS-programmet"."""
    assert index.abbreviations["FVIS"] == "Framtidens Vårdinformationsstöd"
    assert "fvis" in index.query_terms("När startar det nya vårdinformationsstödet?")
    assert "vardinformationsstod" in index.query_terms("Hur går det för FVIS?")
    ids, _ = index.search("vårdinformationsstödet", 30)
    assert _position(paragraphs, "FVIS-programmet reviderat sina tidplaner") in ids.tolist()
