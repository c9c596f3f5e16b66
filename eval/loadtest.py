"""A bounded load test of the HTTP API: concurrent clients asking the dev questions for N seconds.

    python -m insyn.eval.loadtest --index DIR [--seconds 30] [--clients 20] [--ingest PATH]
    python -m insyn.eval.loadtest --url http://127.0.0.1:8000

With `--index` it starts `uvicorn` for the app on a free 127.0.0.1 port (settings from INSYN_*,
so INSYN_FAKE_EMBEDDER=1 applies) and stops it afterwards. Each client loops over the questions
of the gold file, alternating /search and /ask, GET and POST, until the time is up. It prints
count, errors, latency percentiles and requests per second as markdown (for docs/benchmarks.md)
and JSON. Exit status 1 when any request failed.

`--ingest PATH` (with `--index`) runs `insyn ingest PATH` into the served index half-way
through: the fault test. No request may fail, and afterwards the server must answer from the
new build (its documents are accepted as `doc` filters and found).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy as np

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
ENDPOINTS = [("GET", "/search"), ("GET", "/ask"), ("POST", "/search"), ("POST", "/ask")]


@dataclass(frozen=True, slots=True)
class Sample:
    endpoint: str
    status: int  # 0 when the request raised
    seconds: float
    error: str = ""


def load_questions(gold: Path) -> list[str]:
    questions = [json.loads(line)["question"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not questions:
        raise SystemExit(f"loadtest: no questions in {gold}")
    return questions


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(index: Path, startup_timeout: float = 300.0) -> Iterator[str]:
    """uvicorn for the app over `index` in a subprocess; yields its URL once /health answers 200."""
    port = free_port()
    env = dict(os.environ, INSYN_INDEX=str(index))
    cmd = [sys.executable, "-m", "uvicorn", "insyn.api.app:app_from_env", "--factory",
           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"loadtest: the server exited with status {proc.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise SystemExit(f"loadtest: the server did not answer /health within {startup_timeout:.0f} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def client_loop(client: httpx.AsyncClient, questions: list[str], start: int, stop_at: float,
                      samples: list[Sample]) -> None:
    i = start
    while time.monotonic() < stop_at:
        method, path = ENDPOINTS[i % len(ENDPOINTS)]
        q = questions[i % len(questions)]
        began = time.perf_counter()
        try:
            if method == "GET":
                r = await client.get(path, params={"q": q})
            else:
                r = await client.post(path, json={"q": q})
            error = "" if r.status_code == 200 else r.text[:200]
            samples.append(Sample(f"{method} {path}", r.status_code, time.perf_counter() - began, error))
        except httpx.HTTPError as err:
            samples.append(Sample(f"{method} {path}", 0, time.perf_counter() - began, f"{type(err).__name__}: {err}"))
        i += 1


async def ingest_midway(url: str, index: Path, path: Path, after: float) -> dict[str, object]:
    """Run `insyn ingest PATH --index INDEX` after `after` seconds; report whether the server switched."""
    from insyn.index.build import discover

    await asyncio.sleep(after)
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        before = (await client.get("/health")).json()
        began = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from insyn.cli import main; main()", "ingest", str(path), "--index", str(index),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        _, stderr = await proc.communicate()
        seconds = time.perf_counter() - began
        after_health = (await client.get("/health")).json()
        new_docs = sorted({p.name for p in discover([path])} - {d["doc"] for d in before["documents"]})
        served = []
        for doc in new_docs:
            r = await client.get("/search", params={"q": "budget", "doc": doc, "k": 1})
            served.append(r.status_code == 200 and bool(r.json()["hits"]))
    return {"path": str(path), "returncode": proc.returncode, "seconds": round(seconds, 2),
            "stderr": stderr.decode(errors="replace")[-500:] if proc.returncode else "",
            "build_before": before["build"], "build_after": after_health["build"], "new_docs": new_docs,
            "switched": after_health["build"] != before["build"] and all(served)}


async def run_load(url: str, questions: list[str], seconds: float, clients: int,
                   index: Path | None = None, ingest: Path | None = None) -> dict[str, object]:
    samples: list[Sample] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        health = (await client.get("/health")).json()
        began = time.monotonic()
        stop_at = began + seconds
        fault = asyncio.create_task(ingest_midway(url, index, ingest, seconds / 2)) if ingest and index else None
        await asyncio.gather(*(client_loop(client, questions, i * 7, stop_at, samples) for i in range(clients)))
        elapsed = time.monotonic() - began
        ingest_report = await fault if fault else None
    return summarise(samples, elapsed, url, clients, health, ingest_report)


def _stats(samples: list[Sample], elapsed: float) -> dict[str, float | int]:
    ms = np.array([s.seconds for s in samples]) * 1000 if samples else np.zeros(1)
    return {"requests": len(samples), "errors": sum(s.status != 200 for s in samples),
            "rps": round(len(samples) / elapsed, 1) if elapsed else 0.0,
            "p50_ms": round(float(np.percentile(ms, 50)), 1), "p95_ms": round(float(np.percentile(ms, 95)), 1),
            "p99_ms": round(float(np.percentile(ms, 99)), 1), "max_ms": round(float(ms.max()), 1)}


def summarise(samples: list[Sample], elapsed: float, url: str, clients: int, health: dict,
              ingest: dict | None) -> dict[str, object]:
    report: dict[str, object] = {
        "url": url, "clients": clients, "seconds": round(elapsed, 1), "model": health.get("model"),
        "build": health.get("build"), "chunks": health.get("counts", {}).get("chunks"), **_stats(samples, elapsed),
        "by_endpoint": {e: _stats([s for s in samples if s.endpoint == e], elapsed)
                        for e in sorted({s.endpoint for s in samples})},
        "error_samples": [f"{s.endpoint} {s.status} {s.error}" for s in samples if s.status != 200][:5],
    }
    if ingest is not None:
        report["ingest"] = ingest
    return report


def markdown(report: dict) -> str:
    lines = [f"Load test: {report['clients']} clients for {report['seconds']} s against {report['model']} "
             f"({report['chunks']} chunks, build {report['build']}).", "",
             "| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    rows = [*report["by_endpoint"].items(), ("**all**", report)]
    for name, s in rows:
        lines.append(f"| {name} | {s['requests']} | {s['errors']} | {s['rps']} | {s['p50_ms']} | {s['p95_ms']} "
                     f"| {s['p99_ms']} | {s['max_ms']} |")
    if "ingest" in report:
        ing = report["ingest"]
        lines += ["", f"Ingest of `{ing['path']}` half-way: exit {ing['returncode']} in {ing['seconds']} s; "
                      f"build {ing['build_before']} -> {ing['build_after']}; new documents served: {ing['switched']}."]
    return "\n".join(lines)


def run(url: str | None = None, index: Path | None = None, seconds: float = 30, clients: int = 20,
        gold: Path = DEV, ingest: Path | None = None) -> dict[str, object]:
    """The load test as a function (for tests): starts a server over `index` unless `url` is given."""
    questions = load_questions(gold)
    if url:
        return asyncio.run(run_load(url, questions, seconds, clients, index, ingest))
    if index is None:
        raise SystemExit("loadtest: give --url or --index")
    with serve(index) as served:
        return asyncio.run(run_load(served, questions, seconds, clients, index, ingest))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running server, e.g. http://127.0.0.1:8000")
    where.add_argument("--index", type=Path, help="start a server over this index folder")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to run (default 30)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--gold", type=Path, default=DEV, help=f"questions, JSONL (default {DEV})")
    parser.add_argument("--ingest", type=Path, help="ingest this path into --index half-way through")
    parser.add_argument("--json", action="store_true", help="print only JSON")
    args = parser.parse_args(argv)
    if args.ingest and not args.index:
        parser.error("--ingest needs --index")
    report = run(args.url, args.index, args.seconds, args.clients, args.gold, args.ingest)
    if not args.json:
        print(markdown(report), end="\n\n")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    ok = report["errors"] == 0 and report.get("ingest", {}).get("switched", True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
