"""Property-based tests from the app's own OpenAPI: no 5xx, and every answer fits the schema.

Valid and invalid requests (schemathesis' positive and negative modes), 30 examples per
operation and mode, so the file runs in well under two minutes. Hypothesis drives the
strategies directly: `schemathesis.pytest.from_fixture` reaches into pytest internals that
pytest 9 no longer has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from insyn.answer.engine import Engine
from insyn.api.app import create_app
from insyn.index.embedder import HashEmbedder
from insyn.settings import Settings

# The operations, read from the schema itself (building an app loads nothing); invalid
# requests only for those that take input.
_PATHS = create_app(Settings(index=Path("unused"))).openapi()["paths"]
OPERATIONS = [f"{method.upper()} {path}" for path, item in _PATHS.items() for method in item]
CASES = [(f"{method.upper()} {path}", mode) for path, item in _PATHS.items() for method, op in item.items()
         for mode in schemathesis.GenerationMode
         if mode is schemathesis.GenerationMode.POSITIVE or op.get("parameters") or op.get("requestBody")]

# A schema-valid query can still be unusable: blank, with control characters, or naming a
# filter value this index does not hold (the values are data, not schema). Those answer 422 by
# design, so `positive_data_acceptance` does not apply; every other check does.
EXCLUDED = [schemathesis.checks.positive_data_acceptance]


@pytest.fixture(scope="module")
def api_schema(corpus_index: Settings) -> schemathesis.BaseSchema:
    app = create_app(corpus_index, Engine(corpus_index, HashEmbedder()))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize(("label", "mode"), CASES, ids=[f"{label}-{mode.value}" for label, mode in CASES])
def test_api_conforms_to_its_schema(api_schema: schemathesis.BaseSchema, label: str,
                                    mode: schemathesis.GenerationMode) -> None:
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(excluded_checks=EXCLUDED)

    check()


def test_every_operation_is_covered() -> None:
    assert {"GET /search", "POST /search", "GET /ask", "POST /ask", "GET /health"} <= set(OPERATIONS)
