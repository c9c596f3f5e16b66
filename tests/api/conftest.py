"""An index of the sample corpus built once per session with the fake embedder, and clients on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from insyn.answer.engine import Engine
from insyn.api.app import create_app
from insyn.index.build import ingest
from insyn.index.embedder import FAKE_ENV, HashEmbedder
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def fake_embedder_env() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(FAKE_ENV, "1")
        yield


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, fake_embedder_env: None) -> Settings:
    """Settings for a read-only index of examples/corpus; tests must not ingest into it."""
    settings = Settings(index=tmp_path_factory.mktemp("api-index") / "index")
    ingest([CORPUS], settings, HashEmbedder(), warn=print)
    return settings


@pytest.fixture()
def own_index(corpus_index: Settings, tmp_path: Path) -> Settings:
    """A private copy of the corpus index (link and builds), for tests that ingest into it."""
    shutil.copytree(corpus_index.index.parent, tmp_path / "copy", symlinks=True)
    return Settings(index=tmp_path / "copy" / corpus_index.index.name)


def _make_client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings, Engine(settings, HashEmbedder())), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def make_client() -> Callable[[Settings], TestClient]:
    """A test client (use it as a context manager) on a fresh app and engine over `settings`."""
    return _make_client


@pytest.fixture(scope="session")
def client(corpus_index: Settings) -> Iterator[TestClient]:
    with _make_client(corpus_index) as c:
        yield c
