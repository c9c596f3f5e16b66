"""Measurements for docs/scaling.md (not part of the tests).

    python -m insyn.cluster.bench embed  --windows 2000 --actors 1     # windows/s of one embedding actor
    python -m insyn.cluster.bench ingest PATH...                        # single process vs --ray, same files

The index build (write_index time and memory by step) is measured by `python -m insyn.eval.build_bench`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np


def bench_embed(windows: int, actors: int) -> dict[str, float]:
    """Ray Data: `windows` short passages through `actors` EmbedActors (real model, 1 CPU each)."""
    import ray

    from insyn.cluster import connect, forwarded_env
    from insyn.cluster.ingest import EmbedActor, chunk_row, default_embedder
    from insyn.settings import Settings
    from insyn.types import Chunk, Kind

    text = ("Regionstyrelsen redovisar 2024 en negativ budgetavvikelse på 87 miljoner kronor och en "
            "nettokostnadsutveckling på 5,8 procent, främst inom Digitalisering och Service.")
    rows = [chunk_row(Chunk(f"{i:016x}", "bench.txt", "Årsredovisning", 1, "1 Sammanfattning", Kind.text,
                            f"{text} ({i})"), i) for i in range(windows)]
    connect(None, num_cpus=max(2, actors + 1))
    factory = lambda: default_embedder(Settings(), forwarded_env())  # noqa: E731
    ds = ray.data.from_items(rows, override_num_blocks=max(4, actors * 4)).map_batches(
        EmbedActor, fn_constructor_kwargs={"factory": factory}, batch_size=64, batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1)
    began = time.perf_counter()
    n = sum(int(b["n_windows"].sum()) for b in ds.iter_batches(batch_size=256, batch_format="numpy"))
    seconds = time.perf_counter() - began
    ray.shutdown()
    return {"actors": actors, "windows": n, "seconds": round(seconds, 1),
            "windows_per_s": round(n / seconds, 1), "windows_per_s_per_actor": round(n / seconds / actors, 1)}


def bench_ingest(paths: list[Path]) -> dict[str, float]:
    from insyn.cluster.ingest import ray_ingest
    from insyn.index.build import ingest
    from insyn.index.embedder import load_embedder
    from insyn.settings import Settings

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        single = Settings(index=Path(tmp) / "single")
        t = time.perf_counter()
        report = ingest(paths, single, load_embedder(single), warn=lambda m: None)
        out["single_s"] = round(time.perf_counter() - t, 1)
        out["chunks"] = report.chunks
        on_ray = Settings(index=Path(tmp) / "ray")
        t = time.perf_counter()
        ray_ingest(paths, on_ray, None, warn=lambda m: None, actors=1)
        out["ray_local_1_actor_s"] = round(time.perf_counter() - t, 1)
        a = np.load(single.index / "embeddings.npy")
        b = np.load(on_ray.index / "embeddings.npy")
        out["max_abs_vector_diff"] = float(np.abs(a - b).max())
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["embed", "ingest"])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--windows", type=int, default=2000)
    parser.add_argument("--actors", type=int, default=1)
    args = parser.parse_args()
    if args.what == "embed":
        print(json.dumps(bench_embed(args.windows, args.actors)))
    else:
        print(json.dumps(bench_ingest(args.paths)))


if __name__ == "__main__":
    main()
