"""The retrieval benchmark at a tiny size: rows, recall and the markdown section (no timing asserts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.eval import benchmark
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.search import Index
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def fake_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bench")
    ingest([CORPUS], Settings(index=tmp / "index"), HashEmbedder(), warn=print)
    return tmp / "index"


def test_benchmark_tiny(fake_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSYN_FAKE_EMBEDDER", "1")
    # a low exact threshold, so 2,000 synthetic chunks take the IVF-PQ path; 3,000 take the token path
    settings = Settings(index=fake_index, exact_threshold=1_000)
    rows, extras, meta = benchmark.run(fake_index, [2_000, 3_000], 12, settings, HashEmbedder(), log=lambda m: None,
                                       text_limit=2_000)
    systems = {(r.size, r.system) for r in rows}
    for size in (2_000, 3_000):
        for system in ("insyn", "baseline flat", "baseline BM25", "exact flat (same windows)"):
            assert (size, system) in systems
    corpus = [r for r in rows if r.label == "corpus"]
    assert {r.system for r in corpus} == {"insyn", "baseline flat", "baseline BM25"}
    for r in rows:
        if r.recall is not None:
            assert 0.0 <= r.recall <= 1.0 and 0.0 <= r.chunk_recall <= 1.0
        assert r.bytes_per_chunk is None or r.bytes_per_chunk > 0
    insyn = {r.size: r for r in rows if r.system == "insyn"}
    assert insyn[2_000].kind.startswith("ivfpq") and insyn[2_000].fused and insyn[2_000].lexical
    sweep = next(e["sweep"] for e in extras if e.get("size") == 2_000)
    assert sweep and all(0.0 <= s["recall"] <= 1.0 for s in sweep)
    fetches = next(e["fetch_sweep"] for e in extras if e.get("size") == 2_000)
    assert [f["fetch"] for f in fetches] == list(benchmark.FETCHES)
    assert all(0.0 <= f["recall"] <= 1.0 and f["fused"][0] > 0 for f in fetches)
    # re-scoring a superset of windows never loses a true top-10 window
    assert all(a["recall"] <= b["recall"] for a, b in zip(fetches, fetches[1:]))

    out = tmp_path / "benchmarks.md"
    out.write_text("# Benchmarks\n\nintro\n\n## Retrieval latency and index size\n\nold\n\n## Load test\n\nkept\n")
    meta["notes"] = ""
    benchmark.write_section(out, benchmark.render(rows, extras, meta))
    text = out.read_text()
    assert text.startswith("# Benchmarks") and "intro" in text and "## Load test\n\nkept" in text
    assert "old" not in text and text.count(benchmark.SECTION) == 1
    assert "| corpus " in text and "2,000 | insyn | ivfpq" in text and "nprobe sweep at 2,000" in text
    assert "Re-scoring sweep at 2,000" in text
    benchmark.write_section(tmp_path / "new.md", benchmark.render(rows, extras, meta))
    assert (tmp_path / "new.md").read_text().startswith("# Benchmarks\n\n" + benchmark.SECTION)
    png = tmp_path / "plot.png"
    benchmark.plot(rows, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_replica_ranks_like_index_search(fake_index: Path) -> None:
    """The in-memory copy of `Index.search` timed at the synthetic sizes returns what it returns."""
    index = Index.open(Settings(index=fake_index), HashEmbedder())
    for question, lang in dict.fromkeys(benchmark.load_questions(benchmark.DEV, 1_000)):  # each dev question once
        vector = index.query_vector(question, lang)
        want = [(h.pos, round(h.score, 6)) for h in index.search(question, 10, lang=lang)]
        got = [(p, round(s, 6)) for p, s in benchmark.fused_search(index, question, vector, lang)]
        assert got == want, question
    index.con.close()
