"""Measurements for docs/scaling.md (not part of the tests).

    python -m insyn.cluster.bench embed  --windows 2000 --actors 1     # windows/s of one embedding actor
    python -m insyn.cluster.bench ingest PATH...                        # single process vs --ray, same files
    python -m insyn.cluster.bench build  --passages 100000              # write_index time and peak memory
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from dataclasses import replace
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


def bench_build(passages: int, windows_per_passage: float = 2.5) -> dict[str, float]:
    """write_index over `passages` chunks copied from the sample corpus, with random unit vectors."""
    from insyn.index.build import ParsedDoc, ingest, passage_inputs, write_index
    from insyn.index.embedder import HashEmbedder
    from insyn.index import store
    from insyn.settings import Settings

    root = Path(__file__).resolve().parents[1]
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        seed = Settings(index=Path(tmp) / "seed")
        ingest([root / "examples" / "corpus"], seed, HashEmbedder(), warn=lambda m: None)
        from insyn.index.build import _previous

        base, _ = _previous(seed.index)
        pool = [c for d in base.values() for c in d.chunks]
        docs, vectors = {}, {}
        per_doc = 1000
        for d in range(0, passages, per_doc):
            name = f"doc{d // per_doc:06d}.txt"
            chunks = [replace(pool[(d + i) % len(pool)], id=f"{d + i:016x}", doc=name)
                      for i in range(min(per_doc, passages - d))]
            n = sum(len(passage_inputs(c)) for c in chunks)
            v = rng.standard_normal((n, 384), dtype=np.float32)
            vectors[name] = v / np.linalg.norm(v, axis=1, keepdims=True)
            docs[name] = ParsedDoc(store.DocumentRow(name, "t", name, "0", None, None, None, None, None, len(chunks)),
                                   chunks)
        windows = sum(len(v) for v in vectors.values())

        class Model:
            name, dim = "random-384", 384

        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        build = write_index(Settings(index=Path(tmp) / "big"), Model(), docs, vectors)
        seconds = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        size = sum(f.stat().st_size for f in build.rglob("*") if f.is_file())
        files = {f.name: round(f.stat().st_size / 2**20, 1) for f in build.rglob("*") if f.is_file() and f.stat().st_size > 2**20}
        manifest = json.loads((build / "manifest.json").read_text())
    return {"passages": passages, "windows": windows, "build_s": round(seconds, 1),
            "peak_rss_gib": round(peak / 2**20, 2), "rss_before_build_gib": round(before / 2**20, 2),
            "index_mib": round(size / 2**20, 1), "files_mib": files, "dense": manifest["dense"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["embed", "ingest", "build"])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--windows", type=int, default=2000)
    parser.add_argument("--actors", type=int, default=1)
    parser.add_argument("--passages", type=int, default=100_000)
    args = parser.parse_args()
    if args.what == "embed":
        print(json.dumps(bench_embed(args.windows, args.actors)))
    elif args.what == "ingest":
        print(json.dumps(bench_ingest(args.paths)))
    else:
        print(json.dumps(bench_build(args.passages)))


if __name__ == "__main__":
    main()
