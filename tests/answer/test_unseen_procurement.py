"""A procurement plan of a municipality no other test knows, drawn with fpdf2: each contract's
value, start and end, and the procedure it is bought by, one of a few kinds. List questions name
the kind as the thing they list ("vilka direktupphandlingar") and a contract's end in words
("avtal som löper efter 2027")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from insyn.answer.engine import Engine
from insyn.contract import AskRequest

PLAN = [  # contract, value tkr, start, end, procedure
    ("Företagshälsovård", "1 900", "2027-04-01", "2030-03-31", "Förenklat förfarande"),
    ("Tryck och grafisk produktion", "640", "2027-02-01", "2028-01-31", "Direktupphandling"),
    ("Konsulttjänster för arkivet", "480", "2027-03-01", "2027-11-30", "Direktupphandling"),
    ("Skolskjuts med buss och taxi", "24 600", "2027-08-01", "2031-07-31", "Öppet förfarande"),
    ("Serviceavtal för hissar", "620", "2027-03-01", "2029-02-28", "Direktupphandling"),
    ("Livsmedel till skolkök", "18 500", "2027-10-01", "2030-09-30", "Öppet förfarande"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("procurement"), "dyrstad-upphandlingsplan-2027.pdf",
                      "Upphandlingsplan 2027", "Dyrstad kommun redovisar här de upphandlingar som planeras under 2027.",
                      [("Tabell 1. Planerade upphandlingar", (60, 22, 26, 26, 44),
                        [("Upphandling", "Värde, tkr", "Start", "Slut", "Förfarande"), *PLAN], 8)])


def _contracts(engine: Engine, q: str) -> list[str]:
    return [name for name, *_ in PLAN if any(r.text.startswith(name) for r in engine.ask(AskRequest(q=q)).records)]


def test_a_kind_of_contract_the_question_lists_picks_the_rows_of_that_kind(engine: Engine) -> None:
    assert _contracts(engine, "Vilka direktupphandlingar finns i Dyrstads upphandlingsplan?") == [
        "Tryck och grafisk produktion", "Konsulttjänster för arkivet", "Serviceavtal för hissar"]


def test_a_contract_running_past_a_year_is_one_ending_after_it(engine: Engine) -> None:
    assert _contracts(engine, "Vilka direktupphandlingar i Dyrstad gäller avtal som löper efter utgången av 2027?") == [
        "Tryck och grafisk produktion", "Serviceavtal för hissar"]


def test_a_value_no_contract_reaches_is_not_in_the_documents(engine: Engine) -> None:
    """The largest contract is worth 24,6 mnkr: none is worth more than 50 miljoner kronor, so the
    documents list nothing of the kind asked; one worth more than 10 is two rows."""
    assert not engine.ask(AskRequest(q="Vilka upphandlingar i Dyrstad har ett värde över 50 miljoner kronor?")).found
    assert _contracts(engine, "Vilka upphandlingar i Dyrstad har ett värde över 10 miljoner kronor?") == [
        "Skolskjuts med buss och taxi", "Livsmedel till skolkök"]
