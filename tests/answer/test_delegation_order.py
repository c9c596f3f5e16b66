"""A delegation order (eval/synthetic, drawn with fpdf2 for a municipality that does not exist)
names each row's delegate by an abbreviation its legend defines, the short form first
("SNAU Socialnämndens arbetsutskott"): a question naming the delegate in words picks the rows
the abbreviation stands in, in Swedish and through the glossary in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.answer.engine import Engine
from insyn.contract import AskRequest
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.settings import Settings

PDF = Path(__file__).resolve().parents[2] / "eval" / "synthetic" / "ekmora-sn-delegationsordning-2024.pdf"
# the rows of "4 Barn och unga" whose delegate is SNAU, as the page gives them
TO_THE_WORKING_COMMITTEE = ["4.5", "4.7", "4.8"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    settings = Settings(index=tmp_path_factory.mktemp("delegation") / "index")
    ingest([PDF], settings, HashEmbedder(), lambda *_: None)
    # the fake embedder's cosines over one small document stay under the real model's cut
    return Engine(settings.model_copy(update={"found_threshold": 0.0}), HashEmbedder())


def test_the_legend_defines_the_delegates(engine: Engine) -> None:
    defined = engine.index().lexical.abbreviations
    assert defined["SNAU"] == "Socialnämndens arbetsutskott"
    assert defined["BIS"] == "Biståndshandläggare/socialsekreterare"
    assert "EKMORA" not in defined  # the running header's capitals spell nothing after them


@pytest.mark.parametrize("q", [
    "Vilka ärenden om barn och unga har socialnämnden i Ekmora delegerat till arbetsutskottet?",
    "Which decisions about children and young people has Ekmora's social welfare committee delegated to its working committee?",
])
def test_rows_whose_delegate_the_question_names_in_words(engine: Engine, q: str) -> None:
    res = engine.ask(AskRequest(q=q))
    assert res.found
    assert sorted(r.text.split(" | ")[0] for r in res.records) == TO_THE_WORKING_COMMITTEE
    assert all(r.page == 3 for r in res.records)
