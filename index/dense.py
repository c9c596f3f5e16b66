"""The dense index: FAISS over normalised embeddings, exact up to a size, IVF-PQ above it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

FILE = "dense.faiss"


@dataclass(frozen=True, slots=True)
class DenseParams:
    """How the FAISS index was built; recorded in manifest.json."""

    kind: str  # "flat" (exact inner product) or "ivfpq"
    dim: int
    nlist: int = 0
    m: int = 0
    nbits: int = 8
    nprobe: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "dim": self.dim, "nlist": self.nlist, "m": self.m, "nbits": self.nbits, "nprobe": self.nprobe}


def choose_params(n: int, dim: int, exact_threshold: int) -> DenseParams:
    if n <= exact_threshold:
        return DenseParams("flat", dim)
    nlist = int(min(65536, max(256, 4 * math.sqrt(n))))
    m = next(m for m in (48, 32, 24, 16, 12, 8, 4) if dim % m == 0 and m <= dim // 4)
    return DenseParams("ivfpq", dim, nlist=nlist, m=m, nbits=8, nprobe=max(16, nlist // 32))


def build(vectors: np.ndarray, params: DenseParams, seed: int = 0,
          progress: Callable[[str, int, int], None] | None = None) -> Any:
    """The FAISS index of `vectors`; `progress` is told each step ("dense: training", "dense: adding")."""
    import faiss

    step = progress or (lambda what, done, total: None)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if params.kind == "flat":
        index = faiss.IndexFlatIP(params.dim)
    else:
        step("dense: training", 0, 2)
        quantizer = faiss.IndexFlatIP(params.dim)
        index = faiss.IndexIVFPQ(quantizer, params.dim, params.nlist, params.m, params.nbits, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(seed)
        sample = vectors[rng.choice(len(vectors), size=min(len(vectors), params.nlist * 64), replace=False)]
        index.train(sample)
        index.nprobe = params.nprobe
    step("dense: adding", 1, 2)
    index.add(vectors)
    return index


def save(index: Any, folder: Path) -> None:
    import faiss

    faiss.write_index(index, str(folder / FILE))


def load(folder: Path, params: DenseParams) -> Any:
    import faiss

    index = faiss.read_index(str(folder / FILE))
    if params.kind == "ivfpq":
        faiss.extract_index_ivf(index).nprobe = params.nprobe
    return index


def scores(index: Any, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k positions and cosine scores for one normalised query vector."""
    k = min(k, index.ntotal)
    sims, ids = index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
    keep = ids[0] >= 0
    return ids[0][keep], sims[0][keep]


def all_scores(index: Any, query: np.ndarray) -> np.ndarray:
    """Cosine score of every position (exact indexes only: reconstructs nothing)."""
    ids, sims = scores(index, query, index.ntotal)
    out = np.full(index.ntotal, -1.0, dtype=np.float32)
    out[ids] = sims
    return out
