"""An action plan of a municipality no other test knows, drawn with fpdf2 as such plans are: a
title line and no metadata title, a ruled table of actions with a responsible unit and a year
to be done by. Its title names the document, and the table answers list questions filtered by
that year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from insyn.answer.engine import Engine
from insyn.contract import AskRequest

ACTIONS = [("Byta belysning i sporthallen till LED", "Fastighetsavdelningen", "2024"),
           ("Solceller på Ekbackaskolan", "Fastighetsavdelningen", "hösten 2025"),
           ("Laddstolpar vid kommunhuset", "Tekniska förvaltningen", "2024"),
           ("Klimatutbildning för alla chefer", "HR-avdelningen", "2025"),
           ("Byta tjänstebilar till elbilar", "Tekniska förvaltningen", "2026")]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("plan"), "ekbacka-klimatplan.pdf", "Handlingsplan för klimat och energi 2024–2026",
                      "Ekbacka kommun ska vara fossilfritt år 2035. Planen har en budget på 3,4 miljoner kronor "
                      "och antogs av kommunfullmäktige i Ekbacka kommun.",
                      [("3 Åtgärder", (80, 55, 30), [("Åtgärd", "Ansvarig", "Klart"), *ACTIONS], 10)])


def test_the_first_line_titles_a_plan_without_a_metadata_title(engine: Engine) -> None:
    (doc,) = engine.index().documents.values()
    assert (doc.title, doc.doc_type, doc.region) == ("Handlingsplan för klimat och energi 2024–2026", "handlingsplan",
                                                     "Ekbacka kommun")


@pytest.mark.parametrize(("q", "rows"), [
    ("Vilka åtgärder i klimatplanen ska vara klara 2024?", [0, 2]),
    ("Vilka åtgärder i klimatplanen ska vara klara senast 2025?", [0, 1, 2, 3]),
])
def test_a_year_filter_keeps_the_actions_due_that_year(engine: Engine, q: str, rows: list[int]) -> None:
    res = engine.ask(AskRequest(q=q))
    assert [r.text.split(" | ")[0] for r in res.records] == [ACTIONS[i][0] for i in rows]



