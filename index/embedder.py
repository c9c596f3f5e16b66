"""Text embedders: the `Embedder` protocol, the sentence-transformers one, and a fake.

Every embedder returns float32 arrays of shape (n, dim) with L2-normalised rows,
so a dot product is a cosine similarity. Importing this module is cheap: torch
and sentence-transformers are imported on the first encode.
"""

from __future__ import annotations

import os
import threading
import unicodedata
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from insyn.errors import InsynError

if TYPE_CHECKING:
    from insyn.settings import Settings

FAKE_ENV = "INSYN_FAKE_EMBEDDER"


class Embedder(Protocol):
    """Turns texts into unit vectors; queries and passages may be encoded differently.

    Not runtime-checkable on purpose: `isinstance` would read `dim`, which loads
    a sentence-transformers model.
    """

    name: str
    dim: int
    engine: str  # what runs the model ("torch", "onnx", "onnx-int8", "hash"): vectors of different engines differ slightly

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    """float32 copy with unit-length rows (zero rows stay zero)."""
    out = np.asarray(vectors, dtype=np.float32).copy()
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, with E5-style `query: ` / `passage: ` prefixes.

    The model is loaded on first use. Prefixes are passed as an explicit
    prompt, so saved prompts or default prompt names of the model never apply.
    """

    def __init__(
        self,
        model: str,
        *,
        name: str | None = None,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        batch_size: int = 16,
        device: str = "cpu",
    ) -> None:
        self.model_path = model
        self.name = name or model
        self.engine = "torch"
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                try:
                    self._model = SentenceTransformer(self.model_path, device=self.device)
                except OSError as exc:
                    raise InsynError(f"cannot load embedding model {self.model_path!r}: {exc}") from exc
            return self._model

    @property
    def dim(self) -> int:
        """Embedding dimension (loads the model)."""
        model = self._load()
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = model.encode(
            [t.rstrip() for t in texts], prompt=prefix, batch_size=self.batch_size,
            normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prefix)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.passage_prefix)

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.name!r}, device={self.device!r})"


def fold(text: str) -> str:
    """Lower-case and strip diacritics: `Nämnd Å` -> `namnd a`."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class HashEmbedder:
    """Deterministic fake embedder for tests: lexically similar texts are close.

    Features are word unigrams and character 3-grams (of words padded with a
    space) of the folded text, signed-hashed (crc32) into `dim` buckets.
    Queries and passages share one space.
    """

    def __init__(self, dim: int = 256) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim
        self.name = f"hash-{dim}"
        self.engine = "hash"

    def _features(self, text: str) -> list[str]:
        words = "".join(c if c.isalnum() else " " for c in fold(text)).split()
        feats = [f"w:{w}" for w in words]
        for w in words:
            padded = f" {w} "
            feats += [f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2)]
        return feats

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feat in self._features(text):
                h = zlib.crc32(feat.encode("utf-8"))
                out[row, h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        return _normalise(out)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def __repr__(self) -> str:
        return f"HashEmbedder(dim={self.dim})"


def load_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for; `HashEmbedder` when INSYN_FAKE_EMBEDDER=1."""
    if os.environ.get(FAKE_ENV, "").strip() == "1":
        return HashEmbedder()
    if settings.model == "embedded":
        from insyn.index import model_build, onnx_model

        if not model_build.is_complete(Path(settings.model_dir)):
            raise InsynError(f"embedding model not found in {settings.model_dir}: run `insyn model build`")
        if settings.engine_name() != "torch":
            if not onnx_model.is_complete(Path(settings.onnx_dir)):
                raise InsynError(f"ONNX model not found in {settings.onnx_dir}: run `insyn model build` "
                                 "(or set INSYN_ENGINE=torch)")
            return onnx_model.OnnxEmbedder(
                settings.onnx_dir, engine=settings.engine_name(), name=settings.model_name(),
                query_prefix=settings.query_prefix, passage_prefix=settings.passage_prefix, threads=settings.threads)
    return SentenceTransformerEmbedder(
        settings.model_path(), name=settings.model_name(), query_prefix=settings.query_prefix,
        passage_prefix=settings.passage_prefix, batch_size=settings.batch_size,
    )
