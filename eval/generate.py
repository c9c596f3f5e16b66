"""Training questions generated from the documents themselves, for fitting the learned scorers.

A table cell gives one (row label × column header → value), a figure in a sentence another
(the words that lead up to it → value): "Hur mycket är Hälso- och sjukvårdsnämnden Budget
2025?" with the cell's value as the gold figure. The questions are plain and repeat the
documents' words, so they teach what a figure's label and unit say, not how people ask;
the fit gives them less weight than written questions. Only documents of the training
split are used (pass their names); a fixed seed makes the sample reproducible.
"""

from __future__ import annotations

import random
from typing import Any, Iterable

from insyn.index import store
from insyn.index.search import Index
from insyn.ingest.figures import figures_from_record
from insyn.ingest.swedish import tokenize
from insyn.types import Figure

_ASK = {"mnkr": "Hur mycket är", "mdkr": "Hur mycket är", "tkr": "Hur mycket är", "kr": "Hur mycket är",
        "procent": "Hur stor andel är", "antal": "Hur många är", "datum": "När är"}
MIN_TERMS = 2  # a label with fewer content words asks nothing answerable


def _question(f: Figure, label: str) -> str | None:
    ask = _ASK.get(f.unit)
    label = " ".join(label.replace(",", " ").split()).rstrip(":;- ")
    if ask is None or len(set(tokenize(label))) < MIN_TERMS or len(label) > 160:
        return None
    return f"{ask} {label}?"


def generated(index: Index, docs: Iterable[str], n: int = 300, seed: int = 0) -> list[dict[str, Any]]:
    """Up to `n` gold rows (the shape of eval's gold files, type `figure`) from table cells and
    sentence figures of `docs`, half of each where there are enough."""
    allowed = set(docs)
    cells, sentences = [], []
    for _, record in store.records(index.con, None, sorted(allowed)):
        for f in figures_from_record(record):
            q = _question(f, f.label)
            if q:
                cells.append((q, f))
    for chunk in store.iter_chunks(index.con):
        if chunk.doc not in allowed:
            continue
        record_figs = {f.text for r in chunk.records for f in figures_from_record(r)}
        for f in chunk.figures:
            if f.text in record_figs:
                continue
            q = _question(f, " ".join(f.label.split()[-10:]))
            if q:
                sentences.append((q, f))
    rng = random.Random(seed)
    picked = rng.sample(cells, min(len(cells), n // 2))
    picked += rng.sample(sentences, min(len(sentences), n - len(picked)))
    return [{"id": f"gen{i:04d}", "question": q, "lang": "sv", "type": "figure", "docs": [f.doc],
             "evidence": [], "figures": [{"value": f.value, "unit": f.unit, "text": f.text}], "generated": True}
            for i, (q, f) in enumerate(picked)]
