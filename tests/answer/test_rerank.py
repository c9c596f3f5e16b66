"""Tests for the passage re-ranker (answer/rerank.py) on the fake-embedder index of the corpus."""

from __future__ import annotations

import numpy as np

from insyn.answer import rerank as rr
from insyn.answer.engine import Engine
from insyn.answer.logistic import Model
from insyn.answer.question import parse_question
from insyn.index.embedder import HashEmbedder
from insyn.settings import Settings

Q = "Hur mycket är budgeten för primärvården 2025?"


def test_the_first_passages_follow_the_model_and_the_rest_keep_their_order(
        fake_corpus_settings: Settings, monkeypatch) -> None:
    index = Engine(fake_corpus_settings, HashEmbedder()).index()
    hits = index.search(Q, 25)
    question = parse_question(Q)
    rows = rr.passage_rows(index, question, hits, "sv")
    assert rows.shape == (rr.RERANK, len(rr.PASSAGE_NAMES)) and ((rows[:, 4] >= 0) & (rows[:, 4] <= 1)).all()
    n = len(rr.PASSAGE_NAMES)
    only_rank = np.zeros(n)
    only_rank[rr.PASSAGE_NAMES.index("inv_rank")] = 1.0
    monkeypatch.setattr(rr, "model", lambda: Model(rr.PASSAGE_NAMES, np.zeros(n), np.ones(n), only_rank, 0.0, 0.5))
    assert [h.pos for h in rr.rerank(index, question, hits)] == [h.pos for h in hits]  # retrieval's order kept
    cover = np.zeros(n)
    cover[rr.PASSAGE_NAMES.index("cover")] = 1.0
    monkeypatch.setattr(rr, "model", lambda: Model(rr.PASSAGE_NAMES, np.zeros(n), np.ones(n), cover, 0.0, 0.5))
    ranked = rr.rerank(index, question, hits)
    head = rows[:, rr.PASSAGE_NAMES.index("cover")]
    assert ranked[0].pos == hits[int(np.argmax(head))].pos
    assert [h.pos for h in ranked[rr.RERANK:]] == [h.pos for h in hits[rr.RERANK:]]
    assert sorted(h.pos for h in ranked) == sorted(h.pos for h in hits)


def test_a_passage_of_the_document_and_year_asked_is_told_from_the_others(fake_corpus_settings: Settings) -> None:
    index = Engine(fake_corpus_settings, HashEmbedder()).index()
    q = "Hur mycket var sjukfrånvaron 2023?"
    hits = index.search(q, 25)
    rows = rr.passage_rows(index, parse_question(q), hits, "sv")
    prior = rows[:, rr.PASSAGE_NAMES.index("doc_prior")]
    said = rows[:, rr.PASSAGE_NAMES.index("year_said")]
    years = [index.documents[h.chunk.doc].year for h in hits[: rr.RERANK]]
    assert 2023 in years and any(y != 2023 for y in years)  # both kinds among the hits
    assert [p >= 1 for p in prior] == [y == 2023 for y in years]  # the year's plan, not another year's
    assert [bool(y) for y in said] == ["2023" in h.chunk.text for h in hits[: rr.RERANK]]
