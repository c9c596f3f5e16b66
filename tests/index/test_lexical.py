"""Tests for insyn.index.lexical on paragraphs of the example corpus."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from insyn.index.lexical import LexicalIndex

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
