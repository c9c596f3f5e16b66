"""`insyn ingest --ray`: the same index as the single-process ingest, on a cluster that loses a node.

Slow: a Ray cluster of three nodes on this machine (see conftest.py).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time
from functools import partial
from pathlib import Path

import numpy as np
import pytest

ray = pytest.importorskip("ray")

from ray import cloudpickle  # noqa: E402

from insyn.answer.engine import Engine  # noqa: E402
from insyn.cluster.ingest import ray_ingest  # noqa: E402
from insyn.contract import SearchRequest  # noqa: E402
from insyn.errors import InsynError  # noqa: E402
from insyn.index import folder  # noqa: E402
from insyn.index.build import ingest  # noqa: E402
from insyn.index.embedder import HashEmbedder  # noqa: E402
from insyn.settings import Settings  # noqa: E402

from conftest import DEV, sources  # noqa: E402

pytestmark = pytest.mark.slow
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the embedders below run on Ray workers

QUESTIONS = ["budget för primärvård 2025", "vilka uppdrag har slutdatum 2025-12-31?", "likviditet och finansiering",
             "VA-avgifter", "investeringar i idrottsanläggningar"]


class SlowEmbedder(HashEmbedder):
    """The fake embedder, slowed down, leaving a file per batch: a clock for the fault test."""

    def __init__(self, marks: str, delay: float) -> None:
        super().__init__()
        self.marks, self.delay = Path(marks), delay

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        time.sleep(self.delay)
        (self.marks / f"{time.time_ns()}-{id(self)}").touch()
        return super().encode_passages(texts)


class BrokenEmbedder(HashEmbedder):
    def encode_passages(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("the embedding service is down")


def snapshot(index: Path) -> dict[str, object]:
    """Everything a reader of the index sees, except build ids and times."""
    live = folder.resolve(index)
    con = sqlite3.connect(live / folder.DB)
    q = lambda sql: [tuple(r) for r in con.execute(sql)]  # noqa: E731
    snap = {
        "ids": q("SELECT id FROM chunks ORDER BY pos"),
        "chunks": q("SELECT * FROM chunks ORDER BY pos"),
        "documents": q("SELECT * FROM documents ORDER BY doc"),
        "records": q("SELECT chunk_pos, type, doc, page, section, fields, text FROM records ORDER BY id"),
        "figures": q("SELECT chunk_pos, value, unit, text, label, doc, page FROM figures ORDER BY id"),
    }
    con.close()
    manifest = folder.read_manifest(live)
    snap["manifest"] = {k: manifest[k] for k in ("counts", "dense", "model", "sources", "pipeline_version")}
    snap["embeddings"] = np.load(live / folder.EMBEDDINGS).tobytes()
    snap["window_chunk"] = np.load(live / folder.WINDOW_OWNER).tobytes()
    return snap


def assert_same(mine: dict[str, object], theirs: dict[str, object]) -> None:
    for key in theirs:
        if mine[key] != theirs[key] and isinstance(theirs[key], list):
            diff = [(i, a, b) for i, (a, b) in enumerate(zip(mine[key], theirs[key])) if a != b]
            first = diff[0] if diff else None
            detail = [(x, y) for x, y in zip(first[1], first[2]) if x != y] if first else len(mine[key])
            raise AssertionError(f"{key}: {len(diff)} rows differ, first at {first and first[0]}: {detail}")
        assert mine[key] == theirs[key], key


def searches(index: Path) -> list[list[tuple[str, float]]]:
    engine = Engine(Settings(index=index), HashEmbedder())
    return [[(h.id, round(h.score, 6)) for h in engine.search(SearchRequest(q=q, k=10)).hits] for q in QUESTIONS]


def with_broken_file(tmp_path: Path) -> list[Path]:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "999_trasig.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    return [*sources(), broken]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, fake_env: None) -> tuple[Settings, list[Path], list[str]]:
    """The single-process ingest of the corpus, two real PDFs and a broken file."""
    tmp = tmp_path_factory.mktemp("single")
    paths = with_broken_file(tmp)
    settings = Settings(index=tmp / "index")
    warnings: list[str] = []
    report = ingest(paths, settings, HashEmbedder(), warn=warnings.append)
    assert report.skipped == ["999_trasig.pdf"]
    return settings, paths, warnings


def test_ray_ingest_gives_the_single_process_index(ray_cluster, reference, tmp_path: Path) -> None:
    single, paths, single_warnings = reference
    settings = Settings(index=tmp_path / "index")
    warnings: list[str] = []
    report = ray_ingest(paths, settings, ray_cluster.address, warnings.append)

    assert report.skipped == ["999_trasig.pdf"]
    assert sorted(warnings) == sorted(single_warnings)
    assert report.added == [d[0] for d in snapshot(single.index)["documents"]]  # every readable file
    mine, theirs = snapshot(settings.index), snapshot(single.index)
    assert mine["ids"] == theirs["ids"] and len(mine["ids"]) > 300
    assert_same(mine, theirs)
    assert searches(settings.index) == searches(single.index)
    assert not list(folder.builds_dir(settings.index).glob(".tmp-*")), "shards or a build were left behind"

    # Unchanged files are not sent to Ray again, and no new build is made.
    build = folder.resolve(settings.index)
    again = ray_ingest(paths, settings, ray_cluster.address, warnings.append)
    assert again.build is None and again.added == [] and folder.resolve(settings.index) == build


def test_ray_ingest_gives_the_same_eval_scores(ray_cluster, reference, tmp_path: Path) -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not here")
    from insyn.eval.runner import run_eval

    single, paths, _ = reference
    settings = Settings(index=tmp_path / "index")
    ray_ingest(paths, settings, ray_cluster.address, lambda m: None)
    scores = [run_eval(DEV, Engine(s, HashEmbedder()), k=5) for s in (settings, single)]
    for report in scores:
        del report["latency_ms"]
    assert scores[0] == scores[1]


def test_a_failed_ray_ingest_leaves_the_old_index(ray_cluster, reference, tmp_path: Path) -> None:
    single, paths, _ = reference
    settings = Settings(index=tmp_path / "index")
    ingest([paths[0]], settings, HashEmbedder(), warn=lambda m: None)
    before = folder.resolve(settings.index)
    with pytest.raises(InsynError, match="nothing was published"):
        ray_ingest(paths, settings, ray_cluster.address, lambda m: None, embedder_factory=BrokenEmbedder)
    assert folder.resolve(settings.index) == before
    assert not list(folder.builds_dir(settings.index).glob(".tmp-*"))
    assert Engine(settings, HashEmbedder()).search(SearchRequest(q="budget", k=3)).hits


def test_a_worker_node_killed_mid_ingest(ray_cluster, reference, tmp_path: Path) -> None:
    """One of the two worker nodes dies while chunks are being embedded: Ray reruns its tasks
    and restarts its actors on the other node, and the index is the single-process one, with
    no chunk lost or duplicated."""
    single, paths, _ = reference
    settings = Settings(index=tmp_path / "index")
    marks = tmp_path / "marks"
    marks.mkdir()
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["report"] = ray_ingest(paths, settings, ray_cluster.address, lambda m: None,
                                          embedder_factory=partial(SlowEmbedder, str(marks), 0.7))
        except BaseException as err:  # noqa: BLE001 - inspected below
            result["error"] = err

    job = threading.Thread(target=run)
    job.start()
    deadline = time.monotonic() + 120
    while len(list(marks.iterdir())) < 3 and job.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.is_alive(), f"the ingest ended before the node could be killed: {result}"
    done_before_kill = len(list(marks.iterdir()))
    victim = ray_cluster.workers[0]
    ray_cluster.remove_node(victim, allow_graceful=False)
    try:
        job.join(timeout=240)
        assert not job.is_alive(), "the ingest hung after the node died"
        # Which outcome: Ray retried, and the ingest completed.
        assert "error" not in result, f"the ingest failed after the node died: {result.get('error')!r}"
        assert len(list(marks.iterdir())) > done_before_kill
        assert_same(snapshot(settings.index), snapshot(single.index))
    finally:  # a fresh node in its place, for the tests that follow
        ray_cluster.workers[0] = ray_cluster.add_node(num_cpus=2, **ray_cluster.node_args)
        ray_cluster.wait_for_nodes()
