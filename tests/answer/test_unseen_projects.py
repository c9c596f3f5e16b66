"""A municipality's building projects, drawn with fpdf2 as a plan draws them: each project's cost
in tkr and its state ("Pågår", "Klar", "Planerad", "Försenad"), and a total under them. A list
question about a state no project is in, or an amount only the total reaches, is answered "not in
the documents"; the states and amounts some projects have pick those."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from insyn.answer.engine import Engine
from insyn.contract import AskRequest

PROJECTS = [  # project, cost tkr, state
    ("Ängsskolan, tillbyggnad", "18 400", "Pågår"),
    ("Björkens förskola", "12 600", "Försenad"),
    ("Simhallen, renovering", "9 800", "Klar"),
    ("Anläggningar vid Kvarnsjön", "7 200", "Planerad"),
    ("Idrottshallen, nytt golv", "2 900", "Försenad"),
    ("Fritidsgården, ombyggnad", "4 300", "Pågår"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("projects"), "kvarnby-lokalplan-2027.pdf", "Lokalplan 2027",
                      "Kvarnby kommun redovisar här kommunens byggprojekt och hur långt de har kommit.",
                      [("Tabell 1. Byggprojekt 2027", (70, 30, 30),
                        [("Projekt", "Kostnad, tkr", "Status"), *PROJECTS, ("Summa", "55 200", "")], 9)])


def _projects(engine: Engine, q: str) -> list[str]:
    return [name for name, *_ in PROJECTS if any(r.text.startswith(name) for r in engine.ask(AskRequest(q=q)).records)]


def test_a_state_no_project_is_in_is_not_in_the_documents(engine: Engine) -> None:
    assert not engine.ask(AskRequest(q="Vilka byggprojekt i Kvarnby har avbrutits?")).found
    assert _projects(engine, "Vilka byggprojekt i Kvarnby är försenade?") == ["Björkens förskola", "Idrottshallen, nytt golv"]


def test_an_amount_only_the_total_reaches_is_not_in_the_documents(engine: Engine) -> None:
    """The projects cost 55,2 mnkr together and at most 18,4 each: none costs more than 50
    miljoner kronor, though the total row does; more than 10 miljoner is two projects."""
    assert not engine.ask(AskRequest(q="Vilka byggprojekt i Kvarnby kostar mer än 50 miljoner kronor?")).found
    assert _projects(engine, "Vilka byggprojekt i Kvarnby kostar mer än 10 miljoner kronor?") == [
        "Ängsskolan, tillbyggnad", "Björkens förskola"]


def test_two_nouns_listed_together_are_both_what_is_listed(engine: Engine) -> None:
    """"byggprojekt och anläggningar": the second noun is listed too, no filter on the rows (a planned
    project says "Anläggningar"; before, the rows saying either word were listed)."""
    assert _projects(engine, "Vilka byggprojekt och anläggningar i Kvarnby är försenade?") == [
        "Björkens förskola", "Idrottshallen, nytt golv"]
