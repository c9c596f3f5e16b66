"""The build benchmark at a tiny size: a complete index folder from synthetic passages, timed by step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from insyn.eval import build_bench
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.search import Index
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def fake_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("build-bench")
    ingest([CORPUS], Settings(index=tmp / "index"), HashEmbedder(), warn=print)
    return tmp / "index"


def test_synthesised_passages_match_their_vectors(fake_index: Path) -> None:
    real = build_bench.load_real(fake_index)
    docs, vectors = build_bench.synthesise(real, 500)
    assert sum(len(d.chunks) for d in docs.values()) == 500
    assert docs.keys() == vectors.keys()
    for name, parsed in docs.items():
        assert all(c.doc == name for c in parsed.chunks)
        assert len(vectors[name]) == sum(len(build_bench.passage_inputs(c)) for c in parsed.chunks)
        assert np.allclose(np.linalg.norm(vectors[name], axis=1), 1, atol=1e-5)
    ids = [c.id for d in docs.values() for c in d.chunks]
    assert len(set(ids)) == len(ids)


def test_build_bench_tiny(fake_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSYN_EXACT_THRESHOLD", "500")  # so ~1,100 windows take the IVF-PQ path
    result = build_bench.run(fake_index, 500, tmp_path, keep=True, log=lambda m: None)
    steps = [s["step"] for s in result["steps"]]
    for step in ("sqlite", "embeddings.npy", "dense: training", "dense: adding", "lexical: tokenizing", "lexical: bm25s"):
        assert step in steps
    assert all(s["s"] >= 0 and s["peak_rss_gib"] > 0 for s in result["steps"])
    assert result["dense"]["kind"] == "ivfpq" and result["peak_rss_gib"] >= result["rss_inputs_gib"]
    assert result["index_bytes_per_passage"] > 0
    index = Index.open(Settings(index=tmp_path / "index"), HashEmbedder())
    assert len(index) == 500 and index.search("budget", k=3)
    index.con.close()
    table = build_bench.render([result])
    assert "| lexical: tokenizing |" in table and "500 passages" in table
