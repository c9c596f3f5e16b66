"""A damaged index is refused when opened, with one line naming what is wrong (the probe's 20 damaged copies)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from damage import DAMAGES  # tests/index/damage.py
from insyn.errors import IndexFolderError
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.search import Index
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
INSYN = Path(sys.executable).with_name("insyn")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete build folder of two corpus documents."""
    settings = Settings(index=tmp_path_factory.mktemp("integrity") / "index")
    ingest([CORPUS / "000_14dd89f663d29f12.txt", CORPUS / "002_b44e5d8e8ff73640.txt"], settings, HashEmbedder(), print)
    return settings.index.resolve()


def damaged_copy(built: Path, where: Path, damage: Callable[[Path], None]) -> Settings:
    build = where / "index.builds" / built.name
    shutil.copytree(built, build)
    (where / "index").symlink_to(build)
    damage(build)
    return Settings(index=where / "index")


def test_intact_copy_opens(built: Path, tmp_path: Path) -> None:
    index = Index.open(damaged_copy(built, tmp_path, lambda _: None), HashEmbedder())
    assert len(index) > 10 and index.search("budget", 3)


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_index_is_refused_with_a_reason(built: Path, tmp_path: Path, damage: str) -> None:
    settings = damaged_copy(built, tmp_path, DAMAGES[damage])
    with pytest.raises(IndexFolderError) as caught:
        Index.open(settings, HashEmbedder())
    assert "\n" not in str(caught.value)
    assert caught.value.reason and str(tmp_path) not in caught.value.reason  # shown by the API: no paths


@pytest.mark.parametrize(("damage", "command"), [
    ("chunk rows deleted", ["ask", "budget 2025"]),
    ("insyn.db garbled", ["search", "budget"]),
    ("insyn.db garbled", ["records"]),
    ("dense.faiss missing", ["ask", "budget 2025", "--json"]),
    ("window_chunk.npy truncated", ["search", "budget"]),
])
def test_cli_on_damaged_index_is_one_line(built: Path, tmp_path: Path, damage: str, command: list[str]) -> None:
    settings = damaged_copy(built, tmp_path, DAMAGES[damage])
    env = dict(os.environ, INSYN_FAKE_EMBEDDER="1", HF_HUB_OFFLINE="1")
    proc = subprocess.run([str(INSYN), *command, "--index", str(settings.index)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0], proc.stderr
    if "--json" in command:
        assert json.loads(lines[0])["error"]["code"] == "no_index"
    else:
        assert lines[0].startswith("insyn: ")


def test_ingest_into_a_damaged_index_is_one_line(built: Path, tmp_path: Path) -> None:
    settings = damaged_copy(built, tmp_path, DAMAGES["insyn.db garbled"])
    env = dict(os.environ, INSYN_FAKE_EMBEDDER="1", HF_HUB_OFFLINE="1")
    proc = subprocess.run([str(INSYN), "ingest", str(CORPUS / "001_c8672ab0e7fb09be.txt"), "--index",
                           str(settings.index)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "is damaged" in proc.stderr
