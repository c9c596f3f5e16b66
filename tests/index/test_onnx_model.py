"""The ONNX engines of the embedded model: which engine the settings give, and (slow, real model)
that ONNX and torch vectors agree on real windows of the corpus."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from insyn.errors import InsynError  # noqa: E402
from insyn.index.build import parse_source, passage_inputs  # noqa: E402
from insyn.index.embedder import SentenceTransformerEmbedder, load_embedder  # noqa: E402
from insyn.index.model_build import is_complete  # noqa: E402
from insyn.index.onnx_model import OnnxEmbedder  # noqa: E402
from insyn.settings import EngineName, Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")


def corpus_windows(n: int) -> list[str]:
    """`n` windows as ingest embeds them (heading path and sentences), spread over the corpus and, when it
    has fewer (951), the PDFs of ../shared/devdocs."""
    settings = Settings()
    sources = sorted(CORPUS.glob("*.txt")) + sorted((SHARED / "devdocs").glob("*.pdf"))
    windows = []
    for path in sources:
        if len(windows) >= n and path.suffix == ".pdf":
            break
        windows += [w for c in parse_source(path, path.read_bytes(), "-", settings, lambda m: None).chunks
                    for w in passage_inputs(c)]
    return windows[:: max(1, len(windows) // n)][:n]


def test_engine_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("INSYN_FAKE_EMBEDDER", raising=False)
    settings = Settings()
    if not is_complete(settings.model_dir):
        pytest.skip("embedded model not built (make model)")
    with pytest.raises(InsynError, match="insyn model build"):
        load_embedder(settings.model_copy(update={"engine": EngineName.onnx, "onnx_dir": tmp_path / "missing"}))
    torch = load_embedder(settings.model_copy(update={"engine": EngineName.torch}))
    assert isinstance(torch, SentenceTransformerEmbedder) and torch.engine == "torch"
    # a model named by the user runs on torch whatever the engine
    named = load_embedder(Settings(model="org/some-model", engine=EngineName.onnx_int8))
    assert named.engine == "torch"
    with pytest.raises(ValueError, match="engine"):
        Settings(engine="onnx-int4")


@pytest.mark.slow
def test_onnx_vectors_agree_with_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INSYN_FAKE_EMBEDDER", raising=False)
    settings = Settings()
    windows = corpus_windows(1000)
    assert len(windows) == 1000
    queries = [w.split("\n")[-1][:120] for w in windows[:40]]
    torch = load_embedder(settings.model_copy(update={"engine": EngineName.torch}))
    reference, reference_q = torch.encode_passages(windows), torch.encode_queries(queries)
    assert settings.engine is EngineName.onnx_mixed  # the default must stay in this test
    for engine, floor in ((EngineName.onnx, 0.999), (EngineName.onnx_mixed, 0.998), (EngineName.onnx_int8, 0.99)):
        emb = load_embedder(settings.model_copy(update={"engine": engine}))
        assert isinstance(emb, OnnxEmbedder) and emb.engine == engine.value and emb.name == torch.name
        vectors = emb.encode_passages(windows)
        assert vectors.dtype == np.float32 and vectors.shape == (len(windows), 384)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
        cosine = (vectors * reference).sum(axis=1)
        assert cosine.min() >= floor, (engine, cosine.min())
        assert (emb.encode_queries(queries) * reference_q).sum(axis=1).min() >= floor
        # order is kept although batches are sorted by length: each window is nearest its own torch vector
        assert (np.argmax(vectors @ reference.T, axis=1) == np.arange(len(windows))).mean() >= 0.98
