"""Do an index folder's files agree? Checked once when an index is opened.

Every file of a build is written from the same chunks, so counts and ranges must match across
them: the manifest's counts, the chunk rows of `insyn.db` (positions 0..n-1), the rows of
`embeddings.npy`, `window_chunk.npy` and the FAISS index (one per window), the lexical index's
documents (one per chunk), and the chunk positions that records and figures point at. A build
whose files disagree (a row deleted by hand, a file copied from another build, a truncated
array) would answer every query with an error or a wrong passage; it is refused instead, with
the first disagreement found as the reason. The checks are counts and min/max: milliseconds
at 10^6 chunks, no full read of the vectors.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np



def disagreement(manifest: dict[str, Any], con: sqlite3.Connection, owner: np.ndarray, vectors: np.ndarray,
                 dense_total: int, lexical_docs: int) -> str | None:
    """The first disagreement between the files of one build, or None when they agree."""
    counts, dim = manifest["counts"], manifest["model"]["dim"]
    n, lo, hi = con.execute("SELECT COUNT(*), MIN(pos), MAX(pos) FROM chunks").fetchone()
    if n != counts["chunks"] or (n and (lo, hi) != (0, n - 1)):
        return f"insyn.db has {n} chunk rows (positions {lo}..{hi}), the manifest {counts['chunks']}"
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    if docs != counts["documents"]:
        return f"insyn.db has {docs} documents, the manifest {counts['documents']}"
    for table in ("records", "figures"):
        rows, first, last = con.execute(f"SELECT COUNT(*), MIN(chunk_pos), MAX(chunk_pos) FROM {table}").fetchone()
        if rows != counts[table] or (rows and not (0 <= first and last < n)):
            return f"insyn.db has {rows} {table} (chunk positions {first}..{last}), the manifest {counts[table]}"
    windows = counts["windows"]
    if owner.ndim != 1 or len(owner) != windows:
        return f"window_chunk.npy has shape {owner.shape}, the manifest {windows} windows"
    if windows and (owner.min() != 0 or owner.max() != n - 1 or np.any(np.diff(owner) < 0)):
        return f"window_chunk.npy points at chunks {owner.min()}..{owner.max()}, insyn.db has 0..{n - 1}"
    if vectors.shape != (windows, dim):
        return f"embeddings.npy has shape {vectors.shape}, the manifest ({windows}, {dim})"
    if dense_total != windows:
        return f"dense.faiss holds {dense_total} vectors, the manifest {windows} windows"
    if lexical_docs != max(n, 1):  # an empty index has one empty lexical document
        return f"the lexical index has {lexical_docs} documents, insyn.db {n} chunks"
    return None
