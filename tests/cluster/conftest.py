"""A Ray cluster of several nodes on this machine (ray.cluster_utils.Cluster), on loopback.

The head node has no CPUs, so every task and actor runs on a worker node, and removing a worker
node takes away work that is really running. The fake embedder is used (INSYN_FAKE_EMBEDDER=1).
"""

from __future__ import annotations

from collections.abc import Iterator
import os
from pathlib import Path

import pytest

# On Linux Ray would resolve 127.0.0.1 to the machine's outward address; keep everything on loopback.
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from insyn.index.embedder import FAKE_ENV  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
REALDOCS = ROOT.parent / "shared" / "realdocs"
PDFS = [REALDOCS / "goteborg-granskning-finansiering-likviditet-2026.pdf",
        REALDOCS / "goteborg-granskning-va-avgifter-2024.pdf"]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
LOOPBACK = "127.0.0.1"


def sources() -> list[Path]:
    return [CORPUS, *(p for p in PDFS if p.exists())]


@pytest.fixture(scope="session")
def fake_env() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(FAKE_ENV, "1")
        yield


@pytest.fixture(scope="session")
def ray_cluster(fake_env: None) -> Iterator[object]:
    """Head (0 CPUs) + two worker nodes (2 logical CPUs each), the driver connected to it."""
    ray = pytest.importorskip("ray")
    from ray.cluster_utils import Cluster

    node = {"node_ip_address": LOOPBACK, "object_store_memory": 200 * 1024 * 1024}
    cluster = Cluster(initialize_head=True, connect=True,
                      head_node_args={**node, "num_cpus": 0, "include_dashboard": False})
    workers = [cluster.add_node(num_cpus=2, **node) for _ in range(2)]
    cluster.wait_for_nodes()
    cluster.workers = workers  # type: ignore[attr-defined]
    cluster.node_args = node  # type: ignore[attr-defined]
    try:
        yield cluster
    finally:
        ray.shutdown()
        cluster.shutdown()
