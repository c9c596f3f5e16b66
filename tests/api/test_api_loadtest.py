"""The load test script, briefly: a real uvicorn server, concurrent clients, an ingest half-way."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.eval import loadtest
from insyn.settings import Settings


def test_load_with_ingest_halfway_has_no_errors(own_index: Settings, tmp_path: Path) -> None:
    if not loadtest.DEV.exists():
        pytest.skip(f"{loadtest.DEV} is not here")
    new = tmp_path / "new"
    new.mkdir()
    (new / "901_tillagg.txt").write_text("1 Tillägg\n\nBudget 2026 för kulturnämnden: 3,2 miljoner kronor.\n",
                                         encoding="utf-8")
    report = loadtest.run(index=own_index.index, seconds=5, clients=5, ingest=new)
    assert report["requests"] > 0
    assert report["errors"] == 0, report["error_samples"]
    assert set(report["by_endpoint"]) == {"GET /search", "GET /ask", "POST /search", "POST /ask"}
    assert report["ingest"]["returncode"] == 0, report["ingest"]["stderr"]
    assert report["ingest"]["switched"], report["ingest"]
    assert "| **all** |" in loadtest.markdown(report)
