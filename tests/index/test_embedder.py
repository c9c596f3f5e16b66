"""Embedder protocol, the hashing fake, and load_embedder (no real model needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from insyn.errors import InsynError
from insyn.index.embedder import Embedder, HashEmbedder, SentenceTransformerEmbedder, fold, load_embedder
from insyn.settings import Settings


def test_hash_embedder_is_deterministic_across_processes() -> None:
    texts = ["Regionstyrelsen ansvarar för primärvården.", "Budget 2024"]
    here = HashEmbedder().encode_passages(texts)
    code = (
        "import sys, numpy as np; from insyn.index.embedder import HashEmbedder;"
        f"np.save(sys.stdout.buffer, HashEmbedder().encode_passages({texts!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    import io

    assert np.array_equal(here, np.load(io.BytesIO(out)))
    assert np.array_equal(here, HashEmbedder().encode_queries(texts))


def test_hash_embedder_shape_dtype_and_norm() -> None:
    emb = HashEmbedder(dim=64)
    vecs = emb.encode_passages(["Kommunfullmäktige", "a b c", "", "!!!"])
    assert vecs.shape == (4, 64) and vecs.dtype == np.float32
    norms = np.linalg.norm(vecs, axis=1)
    assert np.allclose(norms[:2], 1.0, atol=1e-6)
    assert np.all(norms[2:] == 0.0)  # nothing to hash: a zero vector, not NaN
    assert emb.encode_queries([]).shape == (0, 64)
    typed: Embedder = emb  # structural typing: HashEmbedder satisfies the protocol
    assert typed.name == "hash-64" and typed.dim == 64


def test_hash_embedder_similarity_ordering() -> None:
    emb = HashEmbedder()
    query = emb.encode_queries(["budget för regionstyrelsen"])[0]
    passages = emb.encode_passages([
        "Regionstyrelsens budget för 2024 fastställdes.",
        "Regionstyrelsen ansvarar för tandvård.",
        "Vädret i Umeå var kallt i januari.",
    ])
    scores = passages @ query
    assert scores[0] > scores[1] > scores[2]


def test_hash_embedder_folds_case_and_diacritics() -> None:
    emb = HashEmbedder()
    a, b = emb.encode_passages(["Hälso- och SJUKVÅRDSNÄMNDEN", "halso och sjukvardsnamnden"])
    assert float(a @ b) == pytest.approx(1.0, abs=1e-6)
    assert fold("Nämnd Å é") == "namnd a e"


def test_st_embedder_constructor_is_cheap() -> None:
    code = (
        "import sys; from insyn.index.embedder import SentenceTransformerEmbedder;"
        "e = SentenceTransformerEmbedder('/nonexistent/model');"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules, 'heavy import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    emb = SentenceTransformerEmbedder("some/model", name="nice-name")
    assert emb.name == "nice-name" and emb.query_prefix == "query: " and emb.passage_prefix == "passage: "


def test_load_embedder_fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INSYN_FAKE_EMBEDDER", "1")
    emb = load_embedder(Settings(model_dir=tmp_path / "missing"))
    assert isinstance(emb, HashEmbedder)


def test_load_embedder_missing_embedded_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("INSYN_FAKE_EMBEDDER", raising=False)
    with pytest.raises(InsynError, match="insyn model build"):
        load_embedder(Settings(model="embedded", model_dir=tmp_path / "missing"))


def test_load_embedder_named_model_is_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INSYN_FAKE_EMBEDDER", raising=False)
    emb = load_embedder(Settings(model="org/some-model", query_prefix="q: ", batch_size=4))
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.name == "org/some-model" and emb.query_prefix == "q: " and emb.batch_size == 4
