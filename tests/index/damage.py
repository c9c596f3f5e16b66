"""Ways to damage a copy of an index build, as the outside probe did (one function per way)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[: min(len(data), 4096)] = bytes((i * 37 + 11) % 256 for i in range(min(len(data), 4096)))
    path.write_bytes(bytes(data))


def _sql(build: Path, statement: str) -> None:
    con = sqlite3.connect(build / "insyn.db")
    con.execute(statement)
    con.commit()
    con.close()


def _manifest(build: Path, change: Callable[[dict], None]) -> None:
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    (build / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _owner(build: Path, change: Callable[[np.ndarray], np.ndarray]) -> None:
    np.save(build / "window_chunk.npy", change(np.load(build / "window_chunk.npy")), allow_pickle=False)


def _lexical_file(build: Path, action: Callable[[Path], None], suffix: str) -> None:
    action(next(p for p in sorted((build / "lexical").iterdir()) if p.name.endswith(suffix)))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "dense.faiss missing": lambda b: (b / "dense.faiss").unlink(),
    "dense.faiss truncated": lambda b: _truncate(b / "dense.faiss"),
    "insyn.db garbled": lambda b: _garble(b / "insyn.db"),
    "insyn.db empty": lambda b: (b / "insyn.db").write_bytes(b""),
    "insyn.db missing": lambda b: (b / "insyn.db").unlink(),
    "chunk rows deleted": lambda b: _sql(b, "DELETE FROM chunks WHERE pos >= 10"),
    "figure rows deleted": lambda b: _sql(b, "DELETE FROM figures WHERE id % 2 = 0"),
    "embeddings.npy truncated": lambda b: _truncate(b / "embeddings.npy"),
    "embeddings.npy missing": lambda b: (b / "embeddings.npy").unlink(),
    "window_chunk.npy truncated": lambda b: _truncate(b / "window_chunk.npy"),
    "window_chunk.npy out of range": lambda b: _owner(b, lambda o: o + 10_000),
    "window_chunk.npy shorter": lambda b: _owner(b, lambda o: o[:-3]),
    "manifest.json garbled": lambda b: _garble(b / "manifest.json"),
    "manifest.json missing": lambda b: (b / "manifest.json").unlink(),
    "manifest counts wrong": lambda b: _manifest(b, lambda m: m["counts"].update(chunks=m["counts"]["chunks"] + 5)),
    "manifest without dense": lambda b: _manifest(b, lambda m: m.pop("dense")),
    "lexical vocab garbled": lambda b: _lexical_file(b, _garble, "vocab.index.json"),
    "lexical arrays truncated": lambda b: _lexical_file(b, _truncate, "data.csc.index.npy"),
    "lexical folder missing": lambda b: [p.unlink() for p in (b / "lexical").iterdir()],
}
