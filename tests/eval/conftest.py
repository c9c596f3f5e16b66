"""The real-model index of examples/corpus for the eval tests.

It lives at the same place under the session's base temp folder as the one of
tests/answer/conftest.py, so whichever folder runs second reuses it: a second `ingest` of
unchanged files is a no-op.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.index.build import ingest
from insyn.errors import InsynError
from insyn.index.embedder import FAKE_ENV, Embedder, HashEmbedder, load_embedder
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="session")
def real_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Embedder]:
    """A read-only index of the corpus built with the real embedded model, and that model
    (skips when the model is not built: `insyn model build`)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(FAKE_ENV, raising=False)  # another folder's fixture may have set it for the session
        try:
            embedder = load_embedder(Settings())
        except InsynError as err:
            pytest.skip(str(err))
    assert not isinstance(embedder, HashEmbedder)
    settings = Settings(index=tmp_path_factory.getbasetemp() / "real-corpus" / "index")
    settings.index.parent.mkdir(parents=True, exist_ok=True)
    ingest([CORPUS], settings, embedder, print)
    return settings, embedder
