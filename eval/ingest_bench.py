"""Ingest speed against one plain sentence-transformers pass, and each engine's embedding speed.

    python -m insyn.eval.ingest_bench [PATH...] --work DIR [--repeat 2] [--sample 120] [--json OUT]

Each repeat, in one run so both sides share the machine's load:

1. `ingest` of PATH (default examples/corpus) into a fresh index under DIR with the configured
   engine (INSYN_ENGINE, default onnx-mixed), the model loaded beforehand;
2. one plain sentence-transformers pass of the same model (`encode`, its default batch size,
   `passage: ` prompt) over the same text cut into as many pieces as the ingest made chunks;
3. the ratio of the two (the issue's target: at most 0.6), and the ratio of their CPU times (this
   process's threads and children), which a shared machine's load moves much less; every other
   repeat runs the plain pass first;
4. windows/s and chunks/s of each engine (torch fp32, ONNX fp32, int8 and mixed) embedding the windows
   of the first `--sample` chunks of that index, with their cosine to the torch vectors.

The last index is kept at DIR/index for the answer-quality evaluation.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from insyn.eval.benchmark import loadavg
from insyn.index import folder, store
from insyn.index.build import discover, ingest, passage_inputs, read_pages
from insyn.index.embedder import Embedder, load_embedder
from insyn.settings import EngineName, Settings

ROOT = Path(__file__).resolve().parents[1]


def plain_pieces(paths: list[Path], settings: Settings, n: int) -> list[str]:
    """The text of the documents, joined, cut into `n` pieces of about equal length at spaces."""
    text = " ".join(" ".join(p.text.split()) for path in discover(paths)
                    for p in read_pages(path.read_bytes(), path, settings, lambda m: None)[0])
    size = len(text) / n
    cuts = [0] + [text.find(" ", round(i * size)) for i in range(1, n)] + [len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]


def cpu_seconds() -> float:
    """CPU time of this process (all its threads) and its finished children (Tesseract)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def engine_speed(embedder: Embedder, windows: list[str], chunks: int,
                 reference: np.ndarray | None) -> tuple[dict[str, Any], np.ndarray]:
    embedder.encode_passages(windows[:2])  # load and warm up
    began, cpu = time.perf_counter(), cpu_seconds()
    vectors = embedder.encode_passages(windows)
    seconds, cpu = time.perf_counter() - began, cpu_seconds() - cpu
    out = {"engine": embedder.engine, "s": round(seconds, 2), "cpu_s": round(cpu, 2),
           "windows_per_s": round(len(windows) / seconds, 1), "chunks_per_s": round(chunks / seconds, 2)}
    if reference is not None:
        cosine = (vectors * reference).sum(axis=1)
        out |= {"cosine_min": round(float(cosine.min()), 4), "cosine_mean": round(float(cosine.mean()), 4)}
    return out, vectors


def run_once(paths: list[Path], work: Path, sample: int, log: Any, plain_first: bool = False,
             chunks_hint: int = 0) -> dict[str, Any]:
    from sentence_transformers import SentenceTransformer

    settings = Settings(index=work / "index")
    for stale in (settings.index, folder.builds_dir(settings.index)):
        if stale.is_symlink() or stale.is_file():
            stale.unlink()
        elif stale.exists():
            shutil.rmtree(stale)
    out: dict[str, Any] = {"when": time.strftime("%Y-%m-%d %H:%M"), "load_before": loadavg(),
                           "engine": settings.engine_name()}
    embedder = load_embedder(settings)
    embedder.encode_passages(["uppvärmning"])
    plain = SentenceTransformer(str(settings.model_dir), device="cpu")
    plain.encode(["uppvärmning"], prompt="passage: ")

    def timed_ingest() -> None:
        began, cpu = time.perf_counter(), cpu_seconds()
        report = ingest(paths, settings, embedder, warn=lambda m: None)
        out["ingest_s"] = round(time.perf_counter() - began, 2)
        out["ingest_cpu_s"] = round(cpu_seconds() - cpu, 2)
        out["chunks"] = report.chunks
        log(f"ingest ({out['engine']}): {report.chunks} chunks in {out['ingest_s']} s (load {loadavg()})")

    def timed_plain() -> None:
        pieces = plain_pieces(paths, settings, out["chunks"])
        began, cpu = time.perf_counter(), cpu_seconds()
        plain.encode(pieces, prompt="passage: ", normalize_embeddings=True, show_progress_bar=False)
        out["plain_s"] = round(time.perf_counter() - began, 2)
        out["plain_cpu_s"] = round(cpu_seconds() - cpu, 2)
        log(f"plain sentence-transformers pass over {len(pieces)} pieces: {out['plain_s']} s (load {loadavg()})")

    if plain_first:  # as many chunks as the last ingest made: the same documents give the same chunks
        out["chunks"] = chunks_hint
        timed_plain()
        timed_ingest()
    else:
        timed_ingest()
        timed_plain()
    out["ratio"] = round(out["ingest_s"] / out["plain_s"], 3)
    out["cpu_ratio"] = round(out["ingest_cpu_s"] / out["plain_cpu_s"], 3)
    log(f"ratio {out['ratio']} (CPU time {out['ingest_cpu_s']} / {out['plain_cpu_s']} s = {out['cpu_ratio']})")

    con = store.connect(folder.resolve(settings.index) / folder.DB)
    chunks = [c for _, c in zip(range(sample), store.iter_chunks(con))]
    con.close()
    windows = [w for c in chunks for w in passage_inputs(c)]
    out["sample"] = {"chunks": len(chunks), "windows": len(windows)}
    out["engines"], reference = [], None
    for engine in EngineName:
        emb = load_embedder(settings.model_copy(update={"engine": engine}))
        row, vectors = engine_speed(emb, windows, len(chunks), reference)
        if engine is EngineName.torch:
            reference = vectors
        out["engines"].append(row)
        log(f"{engine.value}: {row}")
    out["load_after"] = loadavg()
    return out


def render(results: list[dict[str, Any]]) -> str:
    engines = [e.value for e in EngineName]
    lines = ["| run | engine | ingest s (CPU s) | plain ST s (CPU s) | ratio (CPU-time ratio) | "
             + " | ".join(f"{e} w/s (ch/s) [CPU s]" for e in engines) + " | cos min / mean to torch | load before → after |",
             "|---|" + "---|" * (6 + len(engines))]
    for r in results:
        speed = {e["engine"]: f"{e['windows_per_s']} ({e['chunks_per_s']}) [{e.get('cpu_s')}]" for e in r["engines"]}
        cosines = ", ".join(f"{e['engine']} {e['cosine_min']} / {e['cosine_mean']}" for e in r["engines"] if "cosine_min" in e)
        lines.append(f"| {r['when']} | {r['engine']} | {r['ingest_s']} ({r['ingest_cpu_s']}) | {r['plain_s']} ({r['plain_cpu_s']}) | "
                     f"**{r['ratio']}** ({r['cpu_ratio']}) | " + " | ".join(speed.get(e, "–") for e in engines)
                     + f" | {cosines} | {r['load_before']} → {r['load_after']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "examples" / "corpus"])
    ap.add_argument("--work", type=Path, required=True, help="where the index is written (kept at WORK/index)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--sample", type=int, default=120, help="chunks whose windows each engine embeds")
    ap.add_argument("--json", type=Path, default=None, help="append each run here, one JSON line")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = []
    for i in range(args.repeat):  # every other run times the plain pass first, so a drifting load evens out
        hint = results[-1]["chunks"] if results else 0
        result = run_once(args.paths, args.work, args.sample, lambda m: print(m, file=sys.stderr, flush=True),
                          plain_first=i % 2 == 1, chunks_hint=hint)
        results.append(result)
        if args.json:
            with args.json.open("a") as f:
                f.write(json.dumps(result) + "\n")
    print(render(results))


if __name__ == "__main__":
    main()
