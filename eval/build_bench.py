"""Index build time and memory at synthetic sizes: `write_index` stage by stage.

    python -m insyn.eval.build_bench --index DIR --passages 1e5 [--work TMPDIR] [--keep] [--json OUT]
    python -m insyn.eval.build_bench --render OUT     # the table of every run appended to OUT

The passages are made from the real index at `--index` as in `insyn.eval.benchmark`: each one
copies a random real chunk (its records and figures, its document's metadata) with the chunk's
sentences shuffled and 10 % of the words replaced by random corpus words; each of its sentence
windows gets `real window vector + a * another real one + noise`, renormalised. About 80 passages
make a document, as in the real corpus. Then `build.write_index` writes a complete index folder
(SQLite, embeddings.npy, FAISS, bm25s, manifest) exactly as `insyn ingest` does after embedding.

Reported: wall time of each step `write_index` announces through its progress callback, the
largest resident memory seen during each step (sampled every 0.2 s), the peak of the process
(VmHWM, inputs included), and the size of each file of the index.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from insyn.eval.benchmark import loadavg, synth_texts, synth_vectors
from insyn.index import folder, store
from insyn.index.build import ParsedDoc, passage_inputs, write_index
from insyn.settings import Settings
from insyn.types import Chunk

GIB = 2**30


def _status(field_name: str) -> int:
    """A memory line of /proc/self/status, in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) * 1024
    return 0


@dataclass
class Step:
    name: str
    seconds: float = 0.0
    peak_rss: int = 0  # bytes, largest sample during the step


@dataclass
class StepClock:
    """A progress callback that times each announced step and samples memory while it runs."""

    steps: list[Step] = field(default_factory=list)
    _started: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.steps and self.steps[-1].name == what:
            return
        self._close()
        self.steps.append(Step(what, peak_rss=_status("VmRSS")))
        self._started = time.perf_counter()

    def _close(self) -> None:
        if self.steps:
            self.steps[-1].seconds = time.perf_counter() - self._started

    def __enter__(self) -> StepClock:
        def sample() -> None:
            while not self._stop.wait(0.2):
                if self.steps:
                    self.steps[-1].peak_rss = max(self.steps[-1].peak_rss, _status("VmRSS"))

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()
        self._stop.set()
        self._thread.join()


@dataclass
class RealCorpus:
    chunks: list[Chunk]
    docs: dict[str, store.DocumentRow]
    vectors: np.ndarray  # windows x dim
    owner: np.ndarray  # window -> chunk
    model: dict[str, Any]


def load_real(index: Path) -> RealCorpus:
    build = folder.resolve(index)
    con = store.connect(build / folder.DB)
    chunks = list(store.iter_chunks(con))
    docs = {d.doc: d for d in store.documents(con)}
    con.close()
    return RealCorpus(chunks, docs, np.load(build / folder.EMBEDDINGS), np.load(build / folder.WINDOW_OWNER),
                      folder.read_manifest(build)["model"])


def synthesise(real: RealCorpus, n: int, seed: int = 0) -> tuple[dict[str, ParsedDoc], dict[str, np.ndarray]]:
    """`n` passages in documents of ~80, and their window vectors, made from the real corpus."""
    rng = np.random.default_rng(seed + n)
    texts = [c.search_text or c.text for c in real.chunks]
    base = rng.integers(0, len(texts), n)
    new_texts = synth_texts(texts, re.findall(r"\w+", " ".join(texts)), base, rng)
    per_doc = max(1, round(len(real.chunks) / max(1, len(real.docs))))
    chunks = [dataclasses.replace(real.chunks[b], id=f"{i:016x}", doc=f"syn{i // per_doc:07d}.txt", text=text,
                                  search_text="") for i, (b, text) in enumerate(zip(base.tolist(), new_texts))]
    del new_texts
    # the windows of each new text take their vectors from the base chunk's windows, in turn
    windows = np.array([len(passage_inputs(c)) for c in chunks])
    counts = np.bincount(real.owner, minlength=len(real.chunks))
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    offset = np.arange(windows.sum()) - np.repeat(np.cumsum(windows) - windows, windows)
    rows = np.repeat(starts[base], windows) + offset % np.repeat(counts[base], windows)
    vectors = synth_vectors(real.vectors, rows, rng)
    docs, vecs = {}, {}
    ends = np.cumsum(windows)
    for start in range(0, n, per_doc):
        part = chunks[start : start + per_doc]
        name = part[0].doc
        row = dataclasses.replace(real.docs[real.chunks[base[start]].doc], doc=name, path=name, sha256=f"{start:064x}",
                                  chunks=len(part))
        docs[name] = ParsedDoc(row, part)
        vecs[name] = vectors[ends[start] - windows[start] : ends[start + len(part) - 1]]
    return docs, vecs


def run(index: Path, n: int, work: Path, keep: bool = False, log: Any = print) -> dict[str, Any]:
    import faiss

    faiss.omp_set_num_threads(2)
    out: dict[str, Any] = {"passages": n, "when": time.strftime("%Y-%m-%d %H:%M"), "load_before": loadavg()}
    real = load_real(index)
    began = time.perf_counter()
    docs, vectors = synthesise(real, n)
    out["synthesis_s"] = round(time.perf_counter() - began, 1)
    out["windows"] = int(sum(len(v) for v in vectors.values()))
    out["rss_inputs_gib"] = round(_status("VmRSS") / GIB, 2)
    log(f"{n}: {out['windows']} windows synthesised in {out['synthesis_s']} s, RSS {out['rss_inputs_gib']} GiB "
        f"(load {loadavg()})")

    class Model:  # what write_index needs of the embedder: the real model's name, so Index.open accepts it
        name, dim = real.model["name"], real.model["dim"]

    settings = Settings(index=work / "index")
    began = time.perf_counter()
    with StepClock() as clock:
        build = write_index(settings, Model(), docs, vectors, progress=clock)  # type: ignore[arg-type]
    out["build_s"] = round(time.perf_counter() - began, 1)
    out["peak_rss_gib"] = round(_status("VmHWM") / GIB, 2)
    out["steps"] = [{"step": s.name.removeprefix("writing index: "), "s": round(s.seconds, 1),
                     "peak_rss_gib": round(s.peak_rss / GIB, 2)} for s in clock.steps]
    files = {str(p.relative_to(build)): p.stat().st_size for p in build.rglob("*") if p.is_file()}
    out["files_mib"] = {k: round(v / 2**20, 1) for k, v in sorted(files.items()) if v >= 2**20}
    out["index_bytes_per_passage"] = round(sum(files.values()) / n)
    out["dense"] = folder.read_manifest(build)["dense"]
    out["load_after"] = loadavg()
    out["index_folder"] = str(build) if keep else None
    log(f"{n}: built in {out['build_s']} s, peak RSS {out['peak_rss_gib']} GiB (load {loadavg()})")
    return out


def render(results: list[dict[str, Any]]) -> str:
    """A markdown table: one column per size, one row per step."""
    names = list(dict.fromkeys(s["step"] for r in results for s in r["steps"]))
    head = "| step | " + " | ".join(f"{r['passages']:,} passages ({r['windows']:,} windows)" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]
    for name in names:
        cells = []
        for r in results:
            s = next((s for s in r["steps"] if s["step"] == name), None)
            cells.append("–" if s is None else f"{s['s']:,.1f} s, {s['peak_rss_gib']:.1f} GiB")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| **write_index total** | " + " | ".join(
        f"**{r['build_s']:,.0f} s**, peak {r['peak_rss_gib']:.1f} GiB (inputs {r['rss_inputs_gib']:.1f})"
        for r in results) + " |")
    lines.append("| index on disk, bytes/passage | " + " | ".join(
        f"{r['index_bytes_per_passage']:,}" for r in results) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, help="the real index the passages are made from")
    ap.add_argument("--passages", default="1e5", help="how many (one size per run: the peak memory is the process's)")
    ap.add_argument("--work", type=Path, default=None, help="where the index is written (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the built index (with --work)")
    ap.add_argument("--json", type=Path, default=None, help="append the results here, one JSON line per size")
    ap.add_argument("--render", type=Path, default=None, help="print the table of an earlier --json file")
    args = ap.parse_args(argv)
    if args.render:
        print(render([json.loads(line) for line in args.render.read_text().splitlines() if line.strip()]))
        return
    if args.index is None:
        ap.error("--index is required (or --render JSON)")
    n = int(float(args.passages))
    work = Path(tempfile.mkdtemp(prefix=f"insyn-build-{n}-", dir=args.work))
    try:
        result = run(args.index, n, work, keep=args.keep, log=lambda m: print(m, file=sys.stderr, flush=True))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        with args.json.open("a") as f:
            f.write(json.dumps(result) + "\n")
    results = [result]
    print(render(results))


if __name__ == "__main__":
    main()
