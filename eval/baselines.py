"""The recipe most RAG tutorials ship, measured beside insyn in the same run.

- `dense-windows`: fixed 1,000-character windows with 200 overlap over the raw extracted text,
  embedded with the same model, in a flat FAISS index.
- `bm25-windows`: plain BM25 (bm25s, lower-cased word tokens, no stemming, no stopwords) over
  the same windows.
Both only retrieve: they have no figures, records or abstention, so only hit@k and MRR count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import numpy as np

from insyn.answer.engine import Engine
from insyn.eval import metrics

WINDOW, OVERLAP = 1000, 200
Progress = Callable[[str, int, int], None]


def raw_text(path: Path) -> str:
    """The text a tutorial pipeline would get: pypdf's extraction, or the file as it is."""
    if path.suffix.lower() == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8", errors="replace")


def fixed_windows(text: str, size: int = WINDOW, overlap: int = OVERLAP) -> list[str]:
    step = size - overlap
    return [text[i : i + size] for i in range(0, max(len(text) - overlap, 1), step)]


def _ranks(gold: list[dict[str, Any]], ranked: list[list[str]]) -> dict[str, Any]:
    from insyn.eval.runner import grouped, summarise

    rows = []
    for g, texts in zip(gold, ranked):
        rank = metrics.first_match(texts, g["evidence"])
        rows.append({"id": g["id"], "type": g["type"], "lang": g["lang"], "rank": rank,
                     "hit1": metrics.hit_at(rank, 1), "hit5": metrics.hit_at(rank, 5),
                     "hit10": metrics.hit_at(rank, 10), "mrr10": metrics.reciprocal_rank(rank)})
    return {"overall": summarise(rows), "by_type": grouped(rows, "type"), "by_lang": grouped(rows, "lang"),
            "questions": rows}


def run_baselines(gold: list[dict[str, Any]], engine: Engine, progress: Progress | None = None) -> dict[str, Any]:
    import bm25s
    import faiss

    index = engine.index()
    texts: list[str] = []
    for d in index.documents.values():
        path = Path(d.path)
        if path.exists():
            texts += fixed_windows(raw_text(path))
    questions = [g for g in gold if g.get("evidence")]
    if progress:
        progress("baseline: embedding windows", 0, 1)
    vectors = engine.embedder.encode_passages(texts)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    queries = engine.embedder.encode_queries([g["question"] for g in questions])
    _, ids = flat.search(queries, 10)
    dense_ranked = [[texts[i] for i in row if i >= 0] for row in ids]
    bm25 = bm25s.BM25()
    bm25.index(bm25s.tokenize(texts, stopwords=None, show_progress=False), show_progress=False)
    docs, _ = bm25.retrieve(bm25s.tokenize([g["question"] for g in questions], stopwords=None, show_progress=False),
                            k=min(10, len(texts)), show_progress=False)
    lexical_ranked = [[texts[i] for i in row] for row in np.asarray(docs)]
    return {
        "dense-windows": {"windows": len(texts), "mean_chars": WINDOW, **_ranks(questions, dense_ranked)},
        "bm25-windows": {"windows": len(texts), "mean_chars": WINDOW, **_ranks(questions, lexical_ranked)},
    }
