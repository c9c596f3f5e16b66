"""A question with no word that can match is not answered, whatever the retrievers rank first (issue 19)."""

from __future__ import annotations

import pytest

from insyn.answer.engine import Engine
from insyn.contract import AskRequest
from insyn.errors import InsynError
from insyn.index.embedder import Embedder, HashEmbedder
from insyn.settings import Settings

CONTENTLESS = ["???", "😀", "x", "…", "och det som är", "预算", "\u200b?", "hur mycket", "Kan du berätta mer om det där?",
               "Can you tell me more about that?", "Och sen då?", "Vad gäller för det?", "What about it?",
               "Hur mycket kostar det?", "What does it cost?"]


@pytest.mark.parametrize("q", CONTENTLESS)
def test_contentless_question_is_not_found(fake_corpus_settings: Settings, q: str) -> None:
    res = Engine(fake_corpus_settings, HashEmbedder()).ask(AskRequest(q=q))
    assert res.found is False and res.answer == "" and res.citations == []


def test_unknown_filter_value_is_still_bad_input(fake_corpus_settings: Settings) -> None:
    with pytest.raises(InsynError, match="unknown doc"):
        Engine(fake_corpus_settings, HashEmbedder()).ask(AskRequest(q="???", doc="finns-inte.pdf"))


@pytest.mark.slow
def test_contentless_questions_are_not_found_real_model(real_corpus: tuple[Settings, Embedder]) -> None:
    """With the real model each of these was answered found: true with an unrelated quote."""
    settings, embedder = real_corpus
    engine = Engine(settings, embedder)
    found = [q for q in CONTENTLESS if engine.ask(AskRequest(q=q)).found]
    assert found == []
    assert engine.ask(AskRequest(q="budget för primärvård 2025")).found
