"""Retrieval latency and index size: insyn's fused search against the usual RAG recipe.

    python -m insyn.eval.benchmark --index DIR [--sizes 1e5,1e6] [--queries 100]
        [--out docs/benchmarks.md] [--plot docs/latency-vs-size.png]

What is measured, per size (all single-query, one query at a time, 2 FAISS threads):

- **corpus**: the real index at `--index`. "fused" is `Index.search` itself (SQLite chunk loading
  included) with the query vector already cached; the query embedding (the model's encode of one
  query) is reported separately.
- **synthetic N chunks**, made from the real ones: each synthetic chunk copies a random real
  chunk's windows; each window vector is `real + a * other_real + noise`, renormalised
  (a ~ U(0, 0.3), noise norm 0.2: nearest-neighbour cosines close to the real ones, see the
  report); each text is the real chunk's sentences shuffled with 10 % of words replaced by random
  words of the corpus. The dense index is built with `dense.choose_params(windows, dim,
  exact_threshold)` exactly as `build.write_index` does (so the threshold counts *windows*), the
  lexical index with `LexicalIndex.build(texts)` up to `--text-limit` chunks; above it the same
  substitution is done on the real chunks' *tokens* and bm25s indexes them directly (the Swedish
  tokenizer's time is then extrapolated from its measured rate). "fused" runs the body of
  `Index.search` (the `Index._dense` window-to-chunk aggregation, `LexicalIndex.search`,
  `fusion.convex`, `Index._prefer_named_documents` and `Index._each_named_place` over ~80 chunks per
  document) on an `Index`
  object assembled in memory, the window vectors in RAM standing for the memory-mapped
  `embeddings.npy`; only the SQLite load of the 10 returned chunks is left out.
- **baselines** at the same number of chunks: a flat FAISS index over N vectors (one per 1,000-char
  window) and plain bm25s (default tokenisation, no stemming, no stopwords) over N windows, both
  returning the top 10, as in `insyn.eval.baselines`.
- **recall@10**: of the dense path against exact flat search over the same window vectors, per
  window (standard ANN recall: the `Settings.rescore_windows` windows fetched from IVF-PQ, re-scored
  exactly from the embeddings) and per chunk (the top 10 chunks `Index._dense` returns). Sweeps:
  nprobe, and the number of windows re-scored (`--fetches`) with the fused latency it costs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from insyn.index import dense, fusion
from insyn.index.lexical import LexicalIndex
from insyn.index.search import CANDIDATES, WINDOWS_PER_CHUNK, Index, _place_pattern
from insyn.ingest.swedish import fold
from insyn.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SECTION = "## Retrieval latency and index size"
MIX, NOISE, SUBSTITUTE = 0.3, 0.2, 0.10
NPROBES = (16, 32, 64, 128, 256, 512, 1024)
FETCHES = (400, 800, 1600, 3200, 6400, 12800)  # IVF-PQ windows fetched and re-scored exactly
Log = Callable[[str], None]


@dataclass
class Row:
    size: int  # chunks
    system: str  # "insyn", "baseline flat", "baseline BM25", "exact flat (same windows)"
    kind: str
    vectors: int = 0
    build_s: float | None = None
    build_note: str = ""
    fused: tuple[float, float] | None = None  # p50, p95 ms
    dense: tuple[float, float] | None = None
    lexical: tuple[float, float] | None = None
    recall: float | None = None  # window recall@10 vs exact
    chunk_recall: float | None = None
    bytes_per_chunk: float | None = None
    embeddings_per_chunk: float | None = None  # embeddings.npy (disk, mmap'd)
    rss_per_chunk: float | None = None
    label: str = ""


@dataclass
class Real:
    """What the synthetic corpora are made of: the real index's chunks, windows and queries."""

    vectors: np.ndarray  # windows x dim
    owner: np.ndarray  # window -> chunk
    texts: list[str]
    docs: list[Any]
    doc_of: np.ndarray
    splitter: Any
    queries: list[tuple[str, str]]  # (question, lang)
    query_vectors: np.ndarray
    baseline_texts: list[str]
    words: list[str] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    tokenize_ms: float = 0.0  # Swedish tokenizer, per chunk


# --- small helpers -------------------------------------------------------------------------------
def pct(samples: list[float]) -> tuple[float, float]:
    a = np.asarray(samples) * 1e3
    return float(np.percentile(a, 50)), float(np.percentile(a, 95))


def timed(fn: Callable[[], Any], reps: int = 1) -> tuple[Any, float]:
    start = time.perf_counter()
    for _ in range(reps):
        out = fn()
    return out, (time.perf_counter() - start) / reps


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def latencies(fn: Callable[[int], Any], n: int, warmup: int = 3) -> list[float]:
    for i in range(min(warmup, n)):
        fn(i)
    out = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - start)
    return out


def faiss_bytes(index: Any) -> int:
    import faiss

    if isinstance(index, faiss.IndexFlat):
        return index.ntotal * index.d * 4
    return int(faiss.serialize_index(index).nbytes)


def lexical_bytes(lex: LexicalIndex) -> int:
    s = lex._retriever.scores
    arrays = sum(np.asarray(s[k]).nbytes for k in ("data", "indices", "indptr"))
    vocab = sum(len(t) + 8 for t in lex._retriever.vocab_dict)  # as in vocab.index.json, roughly
    return arrays + vocab


def bm25_bytes(retriever: Any) -> int:
    return sum(np.asarray(retriever.scores[k]).nbytes for k in ("data", "indices", "indptr"))


def load_questions(path: Path, n: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    qs = [(r["question"], r.get("lang", "sv")) for r in rows]
    return [qs[i % len(qs)] for i in range(n)] if qs else []


# --- the real corpus -----------------------------------------------------------------------------
def load_real(index: Index, questions: list[tuple[str, str]]) -> Real:
    from insyn.eval.baselines import fixed_windows, raw_text
    from insyn.index import store
    from insyn.ingest.swedish import tokenize

    chunks = list(store.iter_chunks(index.con))
    texts = [c.search_text or c.text for c in chunks]
    vectors = np.asarray(index._vectors, dtype=np.float32)
    qv = {q: index.query_vector(*q) for q in dict.fromkeys(questions)}
    baseline_texts: list[str] = []
    for d in index.documents.values():
        if Path(d.path).exists():
            baseline_texts += fixed_windows(raw_text(Path(d.path)))
    if not baseline_texts:
        baseline_texts = [t for t in texts if t]
    splitter = index.lexical.splitter
    tokens, secs = timed(lambda: [tokenize(t, splitter) for t in texts])
    return Real(
        vectors=vectors, owner=np.asarray(index._owner), texts=texts, docs=list(index.documents.values()),
        doc_of=np.asarray(index._doc_of), splitter=splitter, queries=questions,
        query_vectors=np.stack([qv[q] for q in questions]).astype(np.float32), baseline_texts=baseline_texts,
        words=re.findall(r"\w+", " ".join(texts)), tokens=tokens, tokenize_ms=secs * 1e3 / max(1, len(texts)),
    )


def geometry(vectors: np.ndarray, n: int = 1000, seed: int = 0) -> tuple[float, float]:
    """Median nearest-neighbour cosine and mean pair cosine of a sample of n rows."""
    rng = np.random.default_rng(seed)
    rows = vectors[rng.choice(len(vectors), size=min(n, len(vectors)), replace=False)]
    sims = rows @ rows.T
    np.fill_diagonal(sims, -2)
    off = sims[sims > -2]
    return float(np.median(sims.max(axis=1))), float(off.mean())


# --- synthesis -----------------------------------------------------------------------------------
def synth_layout(real: Real, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Base real chunk of each synthetic chunk, the synthetic window owner array, each window's real row."""
    n_real = len(real.texts)
    counts = np.bincount(real.owner, minlength=n_real)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    base = rng.integers(0, n_real, n)
    per = counts[base]
    owner = np.repeat(np.arange(n, dtype=np.int64), per)
    first = np.concatenate([[0], np.cumsum(per)[:-1]])
    offset = np.arange(len(owner)) - np.repeat(first, per)
    return base, owner, np.repeat(starts[base], per) + offset


def synth_vectors(v: np.ndarray, rows: np.ndarray, rng: np.random.Generator, block: int = 262_144) -> np.ndarray:
    """v[rows] + a * another row of v + noise, renormalised; float32, built in blocks to bound memory."""
    dim = v.shape[1]
    out = np.empty((len(rows), dim), dtype=np.float32)
    for s in range(0, len(rows), block):
        r = rows[s : s + block]
        x = v[r].copy()
        x += rng.uniform(0, MIX, (len(r), 1)).astype(np.float32) * v[rng.integers(0, len(v), len(r))]
        x += rng.standard_normal((len(r), dim), dtype=np.float32) * np.float32(NOISE / math.sqrt(dim))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        out[s : s + len(r)] = x
    return out


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
_WORD = re.compile(r"\w+")


def synth_texts(source: list[str], words: list[str], base: np.ndarray, rng: np.random.Generator) -> list[str]:
    """Each text: its base's sentences shuffled, SUBSTITUTE of the words replaced by random corpus words."""
    split = [[p for p in _SENTENCE.split(t) if p.strip()] or [t] for t in source]
    out = []
    pool = np.asarray(words, dtype=object)
    for b in base.tolist():
        parts = list(split[b])
        rng.shuffle(parts)
        text = " ".join(parts)
        n_sub = rng.binomial(max(1, len(text) // 7), SUBSTITUTE)
        if n_sub:
            picks = iter(pool[rng.integers(0, len(pool), n_sub)].tolist())
            spots = set(rng.integers(0, max(1, len(text) // 7), n_sub).tolist())
            counter = iter(range(1 << 30))
            text = _WORD.sub(lambda m: next(picks, m.group()) if next(counter) in spots else m.group(), text)
        out.append(text)
    return out


def synth_token_ids(source: list[list[str]], base: np.ndarray, rng: np.random.Generator) -> tuple[list[list[int]], dict[str, int]]:
    """Token-level version of synth_texts (order is irrelevant to BM25): ids per chunk and the vocabulary."""
    vocab: dict[str, int] = {}
    ids = [np.array([vocab.setdefault(t, len(vocab)) for t in toks], dtype=np.int32) for toks in source]
    flat_real = np.concatenate(ids) if ids else np.zeros(0, np.int32)
    lens = np.array([len(x) for x in ids])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    per = lens[base]
    first = np.concatenate([[0], np.cumsum(per)[:-1]])
    pos = np.repeat(starts[base], per) + (np.arange(per.sum()) - np.repeat(first, per))
    flat = flat_real[pos]
    sub = rng.random(len(flat)) < SUBSTITUTE
    flat[sub] = flat_real[rng.integers(0, len(flat_real), int(sub.sum()))]
    shared = np.empty(len(vocab), dtype=object)  # one int object per id: 8 bytes per token, not 36
    shared[:] = list(range(len(vocab)))
    return [a.tolist() for a in np.split(shared[flat], np.cumsum(per)[:-1])], vocab


# --- measurement ---------------------------------------------------------------------------------
def assemble(dense_index: Any, owner: np.ndarray, vectors: np.ndarray, lexical: LexicalIndex, real: Real, n: int,
             base: np.ndarray, settings: Settings) -> Index:
    """An `Index` whose retrieval methods run on in-memory pieces (no SQLite folder); `vectors` stand
    for the memory-mapped embeddings.npy that IVF-PQ candidates are re-scored from."""
    ix = Index.__new__(Index)
    ix.settings = settings
    ix.dense = dense_index
    ix._owner = owner
    ix._vectors = vectors
    ix.lexical = lexical
    ix._places = _place_pattern(d.region for d in real.docs)
    per_doc = max(1, round(len(real.texts) / max(1, len(real.docs))))
    doc_ids = np.arange(n) // per_doc
    names = [f"syn{i:07d}" for i in range(int(doc_ids.max()) + 1 if n else 0)]
    real_doc = {d.doc: d for d in real.docs}
    by_index = {}
    for i, name in enumerate(names):  # each synthetic document: a real one's metadata
        first_base = base[min(i * per_doc, n - 1)]
        by_index[name] = real_doc[real.doc_of[first_base]]
    ix.documents = by_index
    ix._region_of = {name: fold(d.region or "") for name, d in by_index.items()}  # as Index.__init__
    ix._doc_of = np.asarray(names, dtype=object)[doc_ids] if n else np.zeros(0, dtype=object)
    ix._index_places()
    ix._query_cache = {}
    return ix


def fused_search(ix: Index, query: str, vector: np.ndarray, lang: str, k: int = 10) -> list[tuple[int, float]]:
    """`Index.search` without filters (but with the named places' mask) and without loading the
    chunks from SQLite."""
    n = max(CANDIDATES, 4 * k)
    mask = ix._within_named_places(query, None)
    d_ids, d_scores = ix._dense(vector, n, mask)
    l_ids, l_scores = ix.lexical.search(lexical_query(ix, query, lang), n, allowed=mask)
    fused = fusion.convex(dict(zip(d_ids.tolist(), d_scores.tolist())), dict(zip(l_ids.tolist(), l_scores.tolist())),
                          ix.settings.dense_weight)
    return ix._each_named_place(query, ix._prefer_named_documents(query, fused))[:k]


def lexical_query(ix: Index, query: str, lang: str) -> str:
    """The lexical query `Index.search` makes: place names out, synonyms or Swedish terms in."""
    from insyn.ingest.glossary import swedish_terms, synonyms

    core = ix.without_places(query)
    return f"{core} {swedish_terms(core)}" if lang == "en" else f"{core} {synonyms(core)}"


def lexical_breakdown(ix: Index, qs: list[tuple[str, str]]) -> dict[str, Any]:
    """Where the lexical time goes: tokenizing and BM25-scoring every position, and how many match."""
    queries = [lexical_query(ix, *q) for q in qs]
    scoring = latencies(lambda i: ix.lexical.scores(queries[i]), len(qs))
    matching = [int((ix.lexical.scores(q) > 0).sum()) for q in queries[: min(len(queries), 30)]]
    return {"scoring": pct(scoring), "matching": float(np.mean(matching)) if matching else 0.0}


def exact_truth(vectors: np.ndarray, owner: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, list[set[int]]]:
    """Exact top-10 windows and top-10 chunks (best window per chunk) of each query."""
    import faiss

    want = CANDIDATES * WINDOWS_PER_CHUNK
    _, ids = faiss.knn(queries, vectors, min(want, len(vectors)), metric=faiss.METRIC_INNER_PRODUCT)
    chunks = []
    for row in ids:
        seen = list(dict.fromkeys(owner[row[row >= 0]].tolist()))
        chunks.append(set(seen[:10]))
    return ids[:, :10], chunks


def ann_recall(index: Any, owner: np.ndarray, queries: np.ndarray, truth: tuple[np.ndarray, list[set[int]]],
               vectors: np.ndarray | None = None, want: int = CANDIDATES * WINDOWS_PER_CHUNK,
               ) -> tuple[float, float, list[float]]:
    """Window recall@10, chunk recall@10 and per-query latency of the dense path fetching `want` windows.

    With `vectors`, the fetched windows are re-scored exactly from them before the cut.
    """
    top_windows, top_chunks = truth
    w_rec, c_rec, times = [], [], []
    for i, q in enumerate(queries):
        start = time.perf_counter()
        ids, sims = dense.scores(index, q, want)
        if vectors is not None:
            sims = np.einsum("ij,j->i", vectors[ids], q)  # as Index._dense does
            order = np.argsort(-sims, kind="stable")
            ids, sims = ids[order], sims[order]
        chunks = list(dict.fromkeys(owner[ids].tolist()))[:10]
        times.append(time.perf_counter() - start)
        w_rec.append(len(set(ids[:10].tolist()) & set(top_windows[i].tolist())) / 10)
        c_rec.append(len(set(chunks) & top_chunks[i]) / max(1, len(top_chunks[i])))
    return float(np.mean(w_rec)), float(np.mean(c_rec)), times


def measure_corpus(index: Index, real: Real, log: Log) -> tuple[list[Row], dict[str, Any]]:
    import bm25s
    import faiss

    n = len(index)
    qs = real.queries
    embed = latencies(lambda i: index.embedder.encode_queries([qs[i][0]]), len(qs))
    for q, v in zip(qs, real.query_vectors):
        index._query_cache[q] = v
    fused = latencies(lambda i: index.search(qs[i][0], 10, lang=qs[i][1]), len(qs))
    replica = latencies(lambda i: fused_search(index, qs[i][0], real.query_vectors[i], qs[i][1]), len(qs))
    dense_t = latencies(lambda i: index._dense(real.query_vectors[i], CANDIDATES, None), len(qs))
    lex_t = latencies(lambda i: index.lexical.search(lexical_query(index, *qs[i]), CANDIDATES), len(qs))
    build = index.build
    files = sum(p.stat().st_size for p in (build / "lexical").glob("*.npy"))
    ram = (build / dense.FILE).stat().st_size + files + (build / "window_chunk.npy").stat().st_size
    rows = [Row(n, "insyn", index.manifest["dense"]["kind"], vectors=len(real.owner), fused=pct(fused),
                dense=pct(dense_t), lexical=pct(lex_t), recall=1.0, chunk_recall=1.0, bytes_per_chunk=ram / n,
                embeddings_per_chunk=(build / "embeddings.npy").stat().st_size / n, label="corpus")]
    # baselines over the corpus's own 1,000-char windows (vector values do not change flat latency)
    nb = len(real.baseline_texts)
    flat = faiss.IndexFlatIP(real.vectors.shape[1])
    flat.add(real.vectors[np.arange(nb) % len(real.vectors)])
    flat_t = latencies(lambda i: flat.search(real.query_vectors[i : i + 1], 10), len(qs))
    bm = bm25s.BM25()
    (_, bm_build) = timed(lambda: bm.index(bm25s.tokenize(real.baseline_texts, stopwords=None, show_progress=False),
                                            show_progress=False))
    bm_t = latencies(lambda i: bm.retrieve(bm25s.tokenize([qs[i][0]], stopwords=None, show_progress=False),
                                           k=min(10, nb), show_progress=False), len(qs))
    rows += [Row(n, "baseline flat", f"flat, {nb} windows", vectors=nb, dense=pct(flat_t),
                 bytes_per_chunk=nb * real.vectors.shape[1] * 4 / n, label="corpus"),
             Row(n, "baseline BM25", f"bm25s, {nb} windows", vectors=nb, build_s=bm_build, lexical=pct(bm_t),
                 bytes_per_chunk=bm25_bytes(bm) / n, label="corpus")]
    extra = {"embed": pct(embed), "replica": pct(replica), "baseline_windows": nb, "size": n,
             "lexical_breakdown": lexical_breakdown(index, qs)}
    log(f"corpus: {n} chunks, fused p50 {rows[0].fused[0]:.1f} ms, embed p50 {extra['embed'][0]:.1f} ms")
    return rows, extra


def measure_size(real: Real, n: int, settings: Settings, log: Log, text_limit: int = 100_000,
                 seed: int = 0, sweep: bool = True, fetches: tuple[int, ...] = FETCHES) -> tuple[list[Row], dict[str, Any]]:
    import bm25s
    import faiss

    rng = np.random.default_rng(seed + n)
    qs, qv = real.queries, real.query_vectors
    extra: dict[str, Any] = {"size": n}
    rss0 = rss()
    base, owner, rows_of = synth_layout(real, n, rng)
    vectors, t = timed(lambda: synth_vectors(real.vectors, rows_of, rng))
    log(f"{n}: {len(vectors)} window vectors synthesised in {t:.1f} s")
    extra["geometry"] = geometry(vectors)
    params = dense.choose_params(len(vectors), vectors.shape[1], settings.exact_threshold)
    index, dense_build = timed(lambda: dense.build(vectors, params))
    log(f"{n}: dense {params.kind} built in {dense_build:.1f} s")
    # lexical
    if n <= text_limit:
        texts = synth_texts(real.texts, real.words, base, rng)
        lex, lex_build = timed(lambda: LexicalIndex.build(texts))
        note = f"LexicalIndex.build(texts) {lex_build:.0f} s"
        real.tokenize_ms = lex_build * 1e3 / n  # the rate larger sizes are estimated at
        del texts
    else:
        ids, vocab = synth_token_ids(real.tokens, base, rng)
        retriever = bm25s.BM25()
        _, index_s = timed(lambda: retriever.index((ids, vocab), show_progress=False))
        del ids
        lex = LexicalIndex(retriever, real.splitter, n)
        est = real.tokenize_ms * n / 1e3
        lex_build = index_s + est
        note = (f"bm25s.index {index_s:.0f} s + Swedish tokenizer est. {est:.0f} s ({real.tokenize_ms:.2f} ms/chunk, "
                "the rate of LexicalIndex.build at the largest size built from texts)")
    log(f"{n}: lexical built in {lex_build:.1f} s ({note})")
    ix = assemble(index, owner, vectors, lex, real, n, base, settings)
    rss1 = rss()
    fused = latencies(lambda i: fused_search(ix, qs[i][0], qv[i], qs[i][1]), len(qs))
    dense_t = latencies(lambda i: ix._dense(qv[i], CANDIDATES, None), len(qs))
    lex_t = latencies(lambda i: lex.search(lexical_query(ix, *qs[i]), CANDIDATES), len(qs))
    extra["lexical_breakdown"] = lexical_breakdown(ix, qs)
    log(f"{n}: fused p50 {pct(fused)[0]:.1f} ms, lexical {extra['lexical_breakdown']} (load {loadavg()})")
    truth = exact_truth(vectors, owner, qv)
    fetch = max(CANDIDATES * WINDOWS_PER_CHUNK, settings.rescore_windows)
    if params.kind == "flat":
        w_rec = c_rec = 1.0
    else:  # windows: the fetched ones re-scored; chunks: what Index._dense returns
        w_rec = ann_recall(index, owner, qv, truth, vectors, want=fetch)[0]
        c_rec = float(np.mean([len(set(ix._dense(qv[i], CANDIDATES, None)[0][:10].tolist()) & truth[1][i])
                               / max(1, len(truth[1][i])) for i in range(len(qv))]))
    ram = faiss_bytes(index) + lexical_bytes(lex) + owner.nbytes
    rows = [Row(n, "insyn", params.kind + (f" nlist={params.nlist} m={params.m} nprobe={params.nprobe}"
                                           f" re-scoring {fetch} windows" if params.kind != "flat" else ""),
                vectors=len(vectors), build_s=dense_build + lex_build, build_note=f"dense {dense_build:.0f} s; {note}",
                fused=pct(fused), dense=pct(dense_t), lexical=pct(lex_t), recall=w_rec, chunk_recall=c_rec,
                bytes_per_chunk=ram / n, embeddings_per_chunk=vectors.nbytes / n, rss_per_chunk=(rss1 - rss0) / n,
                label=f"{n:.0e}")]
    # exact flat over the same windows: the recall reference
    if params.kind != "flat":
        exact_t = latencies(lambda i: faiss.knn(qv[i : i + 1], vectors, CANDIDATES * WINDOWS_PER_CHUNK,
                                                metric=faiss.METRIC_INNER_PRODUCT), min(len(qs), 40), warmup=1)
        rows.append(Row(n, "exact flat (same windows)", "flat", vectors=len(vectors), dense=pct(exact_t),
                        recall=1.0, chunk_recall=1.0, bytes_per_chunk=vectors.nbytes / n, label=f"{n:.0e}"))
        if sweep:
            extra["sweep"] = nprobe_sweep(index, owner, qv, truth, vectors, params, fetch, log)
            extra["fetch_sweep"] = fetch_sweep(ix, qs, qv, truth, vectors, settings, fetches, log)
    # baselines: N one-vector windows, N plain-BM25 windows
    flat = faiss.IndexFlatIP(vectors.shape[1])
    _, flat_build = timed(lambda: flat.add(vectors[:n]))
    flat_t = latencies(lambda i: flat.search(qv[i : i + 1], 10), len(qs))
    rows.append(Row(n, "baseline flat", "flat, 1 vector/chunk", vectors=n, build_s=flat_build, dense=pct(flat_t),
                    bytes_per_chunk=faiss_bytes(flat) / n, label=f"{n:.0e}"))
    del flat
    bl_tokens = [t for t in bm25s.tokenize(real.baseline_texts, stopwords=None, show_progress=False,
                                            return_ids=False)]
    tok_rate = timed(lambda: bm25s.tokenize(real.baseline_texts, stopwords=None, show_progress=False))[1]
    tok_rate /= max(1, len(real.baseline_texts))
    bl_base = rng.integers(0, len(bl_tokens), n)
    ids, vocab = synth_token_ids(bl_tokens, bl_base, rng)
    bm = bm25s.BM25()
    _, bm_index = timed(lambda: bm.index((ids, vocab), show_progress=False))
    del ids
    bm_t = latencies(lambda i: bm.retrieve(bm25s.tokenize([qs[i][0]], stopwords=None, show_progress=False), k=10,
                                           show_progress=False), len(qs))
    rows.append(Row(n, "baseline BM25", "bm25s, 1 window/chunk", vectors=n, build_s=bm_index + tok_rate * n,
                    build_note=f"bm25s.index {bm_index:.0f} s + bm25s.tokenize est. {tok_rate * n:.0f} s",
                    lexical=pct(bm_t), bytes_per_chunk=bm25_bytes(bm) / n, label=f"{n:.0e}"))
    log(f"{n}: done (load {loadavg()})")
    return rows, extra


def nprobe_sweep(index: Any, owner: np.ndarray, qv: np.ndarray, truth: Any, vectors: np.ndarray, params: Any,
                 fetch: int, log: Log) -> list[dict[str, Any]]:
    """Recall and dense latency against nprobe, with and without exact re-scoring of the fetched windows."""
    ivf = __import__("faiss").extract_index_ivf(index)
    out = []
    for nprobe in sorted({*NPROBES, params.nprobe}):
        if nprobe > params.nlist:
            continue
        ivf.nprobe = nprobe
        for rerank in (False, True):
            w, c, t = ann_recall(index, owner, qv, truth, vectors if rerank else None, want=fetch)
            p = pct(t)
            out.append({"nprobe": nprobe, "rerank": rerank, "recall": w, "chunk_recall": c, "p50": p[0], "p95": p[1],
                        "fetch": fetch})
            log(f"  nprobe {nprobe} rerank {rerank}: recall {w:.3f} chunks {c:.3f} p50 {p[0]:.1f} ms")
    ivf.nprobe = params.nprobe
    return out


def fetch_sweep(ix: Index, qs: list[tuple[str, str]], qv: np.ndarray, truth: Any, vectors: np.ndarray,
                settings: Settings, fetches: tuple[int, ...], log: Log) -> list[dict[str, Any]]:
    """Recall, dense and fused latency against the number of IVF-PQ windows re-scored exactly
    (`Settings.rescore_windows`), at the index's own nprobe."""
    out = []
    for fetch in fetches:
        w, c, t = ann_recall(ix.dense, ix._owner, qv, truth, vectors, want=fetch)
        ix.settings = settings.model_copy(update={"rescore_windows": fetch})
        fused = latencies(lambda i: fused_search(ix, qs[i][0], qv[i], qs[i][1]), len(qs))
        out.append({"fetch": fetch, "recall": w, "chunk_recall": c, "dense": pct(t), "fused": pct(fused)})
        log(f"  fetch {fetch}: recall {w:.3f} chunks {c:.3f} dense p50 {pct(t)[0]:.1f} fused p50 {pct(fused)[0]:.1f} ms")
    ix.settings = settings
    return out


# --- report --------------------------------------------------------------------------------------
def _ms(p: tuple[float, float] | None, both: bool = True) -> str:
    if p is None:
        return "–"
    return f"{p[0]:.1f} / {p[1]:.1f}" if both else f"{p[0]:.1f}"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a is not None and b else "–"


def render(rows: list[Row], extras: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [SECTION, "", f"Measured {meta['when']} on {meta['cpus']} cores ({meta['threads']} FAISS threads), "
             f"load average {meta['load_before']} before and {meta['load_after']} after the run (other work was "
             f"running on the machine). Model {meta['model']}, {meta['queries']} dev questions per size, "
             "one at a time, latencies in ms (p50 / p95). Produced by "
             f"`python -m insyn.eval.benchmark {meta['argv']}` in {meta['seconds']:.0f} s.", ""]
    lines += ["| size (chunks) | system | index kind | vectors | build s | fused p50 / p95 | dense p50 / p95 | "
              "lexical p50 / p95 | recall@10 windows / chunks | bytes/chunk in RAM (+ embeddings) | "
              "fused ÷ (flat+BM25) | dense ÷ flat | lexical ÷ BM25 |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for size in dict.fromkeys(r.size for r in rows):
        group = [r for r in rows if r.size == size]
        flat = next((r.dense[0] for r in group if r.system == "baseline flat" and r.dense), None)
        bm = next((r.lexical[0] for r in group if r.system == "baseline BM25" and r.lexical), None)
        for r in group:
            mine = r.system == "insyn"
            rec = "–" if r.recall is None else f"{r.recall:.3f} / {r.chunk_recall:.3f}"
            mem = "–" if r.bytes_per_chunk is None else f"{r.bytes_per_chunk:,.0f}"
            if r.embeddings_per_chunk:
                mem += f" (+{r.embeddings_per_chunk:,.0f})"
            build = "–" if r.build_s is None else f"{r.build_s:.1f}"
            lines.append(
                f"| {'corpus ' if r.label == 'corpus' else ''}{size:,} | {r.system} | {r.kind} | {r.vectors:,} | {build} | {_ms(r.fused)} | "
                f"{_ms(r.dense)} | {_ms(r.lexical)} | {rec} | {mem} | "
                f"{_ratio(r.fused[0] if mine and r.fused else None, (flat + bm) if flat and bm else None)} | "
                f"{_ratio(r.dense[0] if mine and r.dense else None, flat)} | "
                f"{_ratio(r.lexical[0] if mine and r.lexical else None, bm)} |")
    lines.append("")
    corpus = next((e for e in extras if "embed" in e), None)
    if corpus:
        lines += [f"Query embedding (the model's encode of one query, not included above): p50 / p95 "
                  f"{_ms(corpus['embed'])} ms. At corpus size \"fused\" is `Index.search` itself (SQLite chunk "
                  f"loading included, query vector cached); the in-memory replica used at the synthetic sizes "
                  f"(same body without the SQLite load) took {_ms(corpus['replica'])} ms there.", ""]
    notes = [r for r in rows if r.build_note]
    if notes:
        lines += ["Build times:", ""] + [f"- {r.label} {r.system}: {r.build_note}" for r in notes] + [""]
    lb = [e for e in extras if "lexical_breakdown" in e]
    if lb:
        lines += ["Lexical time, p50 / p95 ms: `LexicalIndex.scores` (tokenize + bm25s scoring of every position) "
                  "vs the whole `LexicalIndex.search` (plus the top-100 cut: `np.partition`, then a stable sort):", "",
                  "| size (chunks) | positions matching a query term (mean) | scores only | search |",
                  "|---|---|---|---|"]
        shipped = {r.size: r.lexical for r in rows if r.system == "insyn"}
        for e in lb:
            b = e["lexical_breakdown"]
            lines.append(f"| {e['size']:,} | {b['matching']:,.0f} | {_ms(b['scoring'])} | {_ms(shipped.get(e['size']))} |")
        lines.append("")
    geo = [e for e in extras if "geometry" in e]
    if geo and "real_geometry" in meta:
        rg = meta["real_geometry"]
        lines += ["Synthetic vectors vs real (1,000-row sample): median nearest-neighbour cosine / mean pair cosine "
                  f"real {rg[0]:.3f} / {rg[1]:.3f}; "
                  + "; ".join(f"{e['size']:,}: {e['geometry'][0]:.3f} / {e['geometry'][1]:.3f}" for e in geo), ""]
    for e in extras:
        if e.get("sweep"):
            lines += [f"nprobe sweep at {e['size']:,} chunks (IVF-PQ; dense path fetching {e['sweep'][0]['fetch']:,} "
                      "windows; \"re-scored\" = those windows re-scored exactly from the stored embeddings before "
                      "the cut):", "",
                      "| nprobe | recall@10 windows | recall@10 chunks | dense p50 / p95 ms | re-scored: recall@10 "
                      "windows | re-scored: chunks | re-scored: p50 / p95 ms |", "|---|---|---|---|---|---|---|"]
            by = {(s["nprobe"], s["rerank"]): s for s in e["sweep"]}
            for nprobe in sorted({s["nprobe"] for s in e["sweep"]}):
                a, b = by[(nprobe, False)], by[(nprobe, True)]
                lines.append(f"| {nprobe} | {a['recall']:.3f} | {a['chunk_recall']:.3f} | {a['p50']:.1f} / {a['p95']:.1f} "
                             f"| {b['recall']:.3f} | {b['chunk_recall']:.3f} | {b['p50']:.1f} / {b['p95']:.1f} |")
            lines.append("")
        if e.get("fetch_sweep"):
            lines += [f"Re-scoring sweep at {e['size']:,} chunks (`INSYN_RESCORE_WINDOWS`: IVF-PQ windows fetched at the "
                      "index's nprobe and re-scored exactly from the stored embeddings; fused = the whole search):", "",
                      "| windows re-scored | recall@10 windows | recall@10 chunks | dense p50 / p95 ms | "
                      "fused p50 / p95 ms |", "|---|---|---|---|---|"]
            lines += [f"| {f['fetch']:,} | {f['recall']:.3f} | {f['chunk_recall']:.3f} | {_ms(f['dense'])} | "
                      f"{_ms(f['fused'])} |" for f in e["fetch_sweep"]]
            lines.append("")
    if meta.get("notes"):
        lines += [meta["notes"], ""]
    lines.append("![p50 and p95 latency against index size](latency-vs-size.png)")
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Put `section` into the markdown file, replacing only an earlier version of it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = re.search(r"^## ", text[start + len(SECTION):], flags=re.M)
        end = start + len(SECTION) + nxt.start() if nxt else len(text)
        text = text[:start] + section + ("\n" + text[end:] if nxt else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def plot(rows: list[Row], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
    series = [("insyn fused", "insyn", "fused", "C0"), ("insyn dense only", "insyn", "dense", "C2"),
              ("insyn lexical only", "insyn", "lexical", "C4"),
              ("baseline flat (1000-char windows)", "baseline flat", "dense", "C1"),
              ("baseline BM25 (1000-char windows)", "baseline BM25", "lexical", "C3")]
    for name, system, attr, color in series:
        pts = sorted((r.size, getattr(r, attr)) for r in rows if r.system == system and getattr(r, attr))
        if not pts:
            continue
        x = [p[0] for p in pts]
        ax.plot(x, [p[1][0] for p in pts], "o-", color=color, label=f"{name} p50")
        ax.plot(x, [p[1][1] for p in pts], "o--", color=color, alpha=0.5, label=f"{name} p95")
    ax.axhline(50, color="grey", lw=0.8, ls=":", label="target p50 50 ms")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("index size (chunks)")
    ax.set_ylabel("latency per query (ms)")
    ax.set_title("Retrieval latency against index size (2 cores)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


# --- driver --------------------------------------------------------------------------------------
def run(index_dir: Path, sizes: list[int], queries: int, settings: Settings, embedder: Any, log: Log = print,
        text_limit: int = 100_000, dev: Path = DEV, argv: str = "", fetches: tuple[int, ...] = FETCHES,
        ) -> tuple[list[Row], list[dict[str, Any]], dict[str, Any]]:
    import faiss

    faiss.omp_set_num_threads(2)
    started = time.perf_counter()
    meta: dict[str, Any] = {"load_before": loadavg(), "cpus": os.cpu_count(), "threads": 2, "queries": queries,
                            "when": time.strftime("%Y-%m-%d %H:%M"), "argv": argv}
    settings = settings.model_copy(update={"index": index_dir})
    index = Index.open(settings, embedder)
    meta["model"] = index.manifest["model"]["name"]
    real = load_real(index, load_questions(dev, queries))
    meta["real_geometry"] = geometry(real.vectors)
    rows, extras = [], []
    r, e = measure_corpus(index, real, log)
    rows += r
    extras.append(e)
    for n in sizes:
        r, e = measure_size(real, n, settings, log, text_limit=text_limit, fetches=fetches)
        rows += r
        extras.append(e)
    meta["load_after"] = loadavg()
    meta["seconds"] = time.perf_counter() - started
    return rows, extras, meta


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--render", type=Path, default=None,
                    help="re-write the section and plot from an earlier --json file instead of measuring")
    ap.add_argument("--sizes", default="1e5,1e6", help="synthetic sizes in chunks, comma-separated")
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--text-limit", type=float, default=1e5,
                    help="largest size whose lexical index is built from synthetic texts (above: from tokens)")
    ap.add_argument("--fetches", default=",".join(map(str, FETCHES)),
                    help="IVF-PQ windows re-scored exactly, comma-separated, for the re-scoring sweep")
    ap.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    ap.add_argument("--plot", type=Path, default=Path("docs/latency-vs-size.png"))
    ap.add_argument("--json", type=Path, default=None, help="also write the raw numbers here")
    ap.add_argument("--notes", default="", help="a paragraph appended to the section")
    args = ap.parse_args(argv)
    if args.render:
        raw = json.loads(args.render.read_text(encoding="utf-8"))
        rows = [Row(**{k: tuple(v) if isinstance(v, list) else v for k, v in r.items()}) for r in raw["rows"]]
        extras, meta = raw["extras"], {**raw["meta"], "notes": args.notes or raw["meta"].get("notes", "")}
        write_section(args.out, render(rows, extras, meta))
        plot(rows, args.plot)
        return
    if args.index is None:
        ap.error("--index is required (or --render JSON)")
    from insyn.index.embedder import load_embedder

    settings = Settings(index=args.index)
    sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    arg_text = f"--index {args.index} --sizes {args.sizes} --queries {args.queries} --fetches {args.fetches}"
    rows, extras, meta = run(args.index, sizes, args.queries, settings, load_embedder(settings),
                             text_limit=int(args.text_limit), argv=arg_text,
                             fetches=tuple(int(float(f)) for f in args.fetches.split(",") if f.strip()),
                             log=lambda m: print(m, file=sys.stderr, flush=True))
    meta["notes"] = args.notes
    write_section(args.out, render(rows, extras, meta))
    plot(rows, args.plot)
    if args.json:
        args.json.write_text(json.dumps({"rows": [r.__dict__ for r in rows], "extras": extras, "meta": meta},
                                        indent=1, default=str), encoding="utf-8")
    print(render(rows, extras, meta))


if __name__ == "__main__":
    main()
