"""Digit strings too long to be a figure (the probe's 309- and 400-digit numbers) are no numbers."""

from __future__ import annotations

import math

from insyn.answer.question import parse_question
from insyn.ingest.figures import extract_figures
from insyn.ingest.numbers import parse_swedish_number, split_run, tokens_in


def test_overlong_number_is_not_parsed() -> None:
    assert parse_swedish_number("9" * 309) is None
    assert parse_swedish_number("1 466,5") == 1466.5


def test_overlong_digit_string_ends_the_run_and_is_skipped() -> None:
    text = f"Budget 12 500 {'9' * 400} 300 kronor"
    runs = tokens_in(text)
    assert [[t.digits for t in run] for run in runs] == [["12", "500"], ["300"]]
    assert all(math.isfinite(n.value) for run in runs for n in split_run(run))


def test_figures_and_questions_with_a_400_digit_number() -> None:
    text = f"Regionens budget för 2025 är {'9' * 400} kronor och 1 466,5 miljoner kronor."
    figures = extract_figures(text)
    assert all(not isinstance(f.value, float) or math.isfinite(f.value) for f in figures)
    assert any(f.value == 1466.5 for f in figures)
    parse_question("hur mycket är " + "9" * 309)  # no OverflowError


def test_long_run_of_groups_is_not_one_huge_number() -> None:
    run = tokens_in(" ".join(["999"] * 12))[0]
    assert all(abs(n.value) < 1e15 for n in split_run(run))
