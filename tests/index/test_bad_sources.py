"""Unreadable sources of every kind are skipped one line each; the good files are ingested.

The batch is the outside probe's: truncated, garbage and bit-flipped PDFs, empty files, a binary
file renamed .txt, RC4- and AES-encrypted PDFs that need a password, 2,000 blank pages, a
400-digit number, random bytes, invalid UTF-8 (see bad_sources.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bad_sources import bad_sources  # tests/index/bad_sources.py
from insyn.errors import InsynError
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.search import Index
from insyn.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
INSYN = Path(sys.executable).with_name("insyn")
GOOD = ROOT / "examples" / "corpus" / "000_14dd89f663d29f12.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, INSYN_FAKE_EMBEDDER="1", HF_HUB_OFFLINE="1", COLUMNS="200")
    return subprocess.run([str(INSYN), *args], env=env, capture_output=True, text=True, timeout=600)


def test_batch_of_bad_files_ingests_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = bad_sources(folder)
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    index = tmp_path / "index"
    proc = run("ingest", str(folder), "--index", str(index))
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr  # some files were skipped
    assert proc.stdout.startswith(f"1 ingested, 0 unchanged, {len(bad)} skipped"), proc.stdout
    lines = proc.stderr.strip().splitlines()
    for name in bad:
        mine = [line for line in lines if line.startswith(f"insyn: skipped {name}: ")]
        assert len(mine) == 1, (name, proc.stderr)
    assert len(lines) == len(bad), proc.stderr
    assert list((index.parent / "index.builds").iterdir()) == [index.resolve()]  # no .tmp- folder


def test_first_ingest_with_no_usable_file_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.txt").write_bytes(bytes(range(1, 256)) * 100)
    index = tmp_path / "index"
    proc = run("ingest", str(folder), "--index", str(index))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[-1] == "insyn: no index written: none of the 2 file(s) could be read", proc.stderr
    assert len(lines) == 3
    assert not index.exists()
    builds = index.parent / "index.builds"
    assert not builds.exists() or not any(builds.iterdir())  # no .tmp- build left behind


def test_document_with_a_400_digit_number_is_ingested_with_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "stort.txt").write_text(f"Budget 2025\n\nRamen är {'9' * 400} kronor enligt förslaget till budget.\n",
                                      encoding="utf-8")
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    settings = Settings(index=tmp_path / "index")
    warnings: list[str] = []
    report = ingest([folder], settings, HashEmbedder(), warnings.append)
    assert sorted(report.added) == sorted([GOOD.name, "stort.txt"]) and not report.skipped, warnings
    assert len(Index.open(settings, HashEmbedder()).search(f"ramen {'9' * 309}", 3)) > 0


def test_file_over_the_size_limit_is_skipped_naming_the_setting(tmp_path: Path) -> None:
    big = tmp_path / "stor.txt"
    big.write_bytes(GOOD.read_bytes() * 10)  # about 0.6 MB
    settings = Settings(index=tmp_path / "index", max_file_mb=0.1)
    warnings: list[str] = []
    with pytest.raises(InsynError, match="none of the 1 file"):
        ingest([big], settings, HashEmbedder(), warnings.append)
    assert len(warnings) == 1 and "stor.txt" in warnings[0] and "INSYN_MAX_FILE_MB" in warnings[0], warnings
    assert "over the limit of 0.1 MB" in warnings[0]
