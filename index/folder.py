"""The index folder: its manifest, and the atomic swap that puts a new build in place.

`--index DIR` names a symlink. Each build is written to a sibling folder
`DIR.builds/<build id>/` and only when it is complete is the link replaced with `os.replace`,
which is atomic: a reader resolves the link once and sees either the old build or the new one,
never half of one. A killed or failed build leaves the link, and so the old index, untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from insyn.errors import IndexFolderError

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
DB = "insyn.db"
EMBEDDINGS = "embeddings.npy"
WINDOW_OWNER = "window_chunk.npy"  # row i of embeddings.npy belongs to chunk window_chunk[i]
KEEP_BUILDS = 2  # the live build and the one before it, for readers still on it


def builds_dir(index: Path) -> Path:
    return index.parent / f"{index.name}.builds"


def new_build_folder(index: Path) -> Path:
    # names sort in build order (pruning keeps the newest), also for builds within one second
    now = time.time_ns()
    build_id = time.strftime("%Y%m%dT%H%M%S", time.localtime(now // 10**9)) + f".{now % 10**9:09d}-{uuid.uuid4().hex[:8]}"
    folder = builds_dir(index) / f".tmp-{build_id}"
    folder.mkdir(parents=True)
    return folder


def publish(index: Path, folder: Path) -> Path:
    """Rename a complete build into place and point the index link at it, atomically."""
    final = folder.with_name(folder.name.removeprefix(".tmp-"))
    folder.rename(final)
    if index.exists() and not index.is_symlink():
        raise IndexFolderError(f"{index} is a plain folder, not an insyn index link; move it away first")
    link_tmp = index.with_name(f".{index.name}.link-{uuid.uuid4().hex[:8]}")
    link_tmp.symlink_to(final.relative_to(index.parent) if final.is_relative_to(index.parent) else final)
    os.replace(link_tmp, index)
    _prune(index, final)
    return final


def _prune(index: Path, live: Path) -> None:
    builds = sorted((p for p in builds_dir(index).iterdir() if p.is_dir()), key=lambda p: p.name)
    done = [p for p in builds if not p.name.startswith(".tmp-")]
    for old in done[:-KEEP_BUILDS]:
        if old != live:
            shutil.rmtree(old, ignore_errors=True)
    stale = time.time() - 24 * 3600  # leftovers of killed builds
    for tmp in (p for p in builds if p.name.startswith(".tmp-")):
        if tmp.stat().st_mtime < stale:
            shutil.rmtree(tmp, ignore_errors=True)


def resolve(index: Path) -> Path:
    """The build folder the index link points at now."""
    if not index.exists():
        raise IndexFolderError(f"no index at {index}: run `insyn ingest PATH... --index {index}` first",
                               reason="none has been built")
    return index.resolve()


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.exists():
        raise IndexFolderError(f"{folder} has no {MANIFEST}: not a complete insyn index", reason=f"no {MANIFEST}")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise IndexFolderError(f"{path} is not valid JSON ({err}): a damaged index; re-run `insyn ingest`",
                               reason=f"{MANIFEST} is not valid JSON") from err
    if not isinstance(manifest, dict):
        raise IndexFolderError(f"{path} is not a manifest: a damaged index", reason=f"{MANIFEST} is not a manifest")
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexFolderError(
            f"{folder} has index schema {manifest.get('schema_version')}, this insyn reads {SCHEMA_VERSION}: re-run `insyn ingest`",
            reason="built by another version of insyn")
    return manifest


@dataclass(frozen=True, slots=True)
class SourceFile:
    doc: str
    path: str
    sha256: str
