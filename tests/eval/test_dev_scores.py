"""End to end with the real model: the dev gold set through ingest, search and ask, against floors.

The floors sit a little under today's scores (1.0 hit@5, 0.62 figure accuracy, 0.96 list
recall, 0.96 abstention, no wrong headline), so a regression fails here and the per-question rows
say which broke. Figure accuracy counts a figure held back as wrong: the scorer's cut, chosen out
of fold on the training questions so that a wrong headline stays rare, moves it (0.735 at the cut
0.560, 0.676 at 0.674, with train3 in the fit; 0.618 with one wrong headline fewer at 0.650, the
session-26 refit on every training set, which on the held-out sets showed 70 right / 22 wrong
headlines against 67 / 32). A wrong headline is worse than none: its share has a ceiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.answer.engine import Engine
from insyn.eval.runner import run_eval
from insyn.index.embedder import Embedder
from insyn.settings import Settings

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval/dev.jsonl"
FLOORS = {"hit5": 0.85, "figure_ok": 0.6, "list_recall": 0.9, "abstain_ok": 0.9}
HEADLINE_WRONG_CEILING = 0.1


@pytest.mark.slow
def test_dev_scores_stay_above_the_floors(real_corpus: tuple[Settings, Embedder]) -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not available")
    settings, embedder = real_corpus
    report = run_eval(DEV, Engine(settings, embedder))
    overall = report["overall"]
    assert overall["n"] == len(report["questions"]) > 0
    assert report["index"]["documents"] == 5
    failed = {q["id"]: q["question"] for q in report["questions"]
              if q.get("hit5") == 0.0 or q.get("figure_ok") == 0.0 or q.get("abstain_ok") == 0.0}
    for key, floor in FLOORS.items():
        assert overall[key] >= floor, (key, overall, failed)
    assert overall.get("headline_wrong", 0.0) <= HEADLINE_WRONG_CEILING, (overall, failed)
