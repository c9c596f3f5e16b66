"""A test index built once per session from examples/corpus with the fake (hash) embedder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
APP = ROOT / "ui" / "app.py"


@pytest.fixture(scope="session")
def ui_fake_env() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSYN_FAKE_EMBEDDER", "1")
        yield


@pytest.fixture(scope="session")
def ui_index(tmp_path_factory: pytest.TempPathFactory, ui_fake_env: None) -> Path:
    from insyn.index.build import ingest
    from insyn.index.embedder import HashEmbedder
    from insyn.settings import Settings

    index = tmp_path_factory.mktemp("ui") / "index"
    ingest([CORPUS], Settings(index=index), HashEmbedder(), warn=print)
    return index


@pytest.fixture()
def app_env(ui_index: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """INSYN_INDEX and INSYN_FAKE_EMBEDDER set for AppTest, which runs the app in this process."""
    monkeypatch.setenv("INSYN_INDEX", str(ui_index))
    monkeypatch.setenv("INSYN_FAKE_EMBEDDER", "1")
    return ui_index
