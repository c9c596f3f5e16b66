"""Better first hits: the top passages re-scored by a learned model over what they say.

Retrieval fuses a dense and a lexical score; which of its top `RERANK` passages answers best is then
decided by a listwise logistic model (`passage_weights.json`, fitted by `python -m
insyn.eval.fit_passages` on training questions whose evidence marks the right passages) over: the
fused, dense and BM25 scores and the rank, the IDF-weighted share of the question's focus terms in
the passage, in its heading path and in its best sentence, whether it holds a figure of the unit
asked, how many of its document's year, organ, region and kind the question names (`document_prior`)
and whether it says a year the question asks. Passages below the cut keep their order. The model's
weights are fitted on training questions only (5-fold cross-validated there, 194 questions on the
pipeline-37 index: retrieval's hit@1/MRR 0.711/0.804, the model's 0.753/0.827; on the 158 of the
pipeline-36 index the document and year features raised it from 0.734/0.818 to 0.747/0.825).
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from insyn.answer.abstain import question_terms
from insyn.answer.citation import sentences
from insyn.answer.features import terms
from insyn.answer.logistic import Model
from insyn.answer.question import UNITS_OF, Question
from insyn.index.search import Hit, Index, document_prior
from insyn.ingest.figures import figures_from_record
from insyn.ingest.swedish import inflected

RERANK = 20
PASSAGE_NAMES = ("fused", "dense", "lexical", "inv_rank", "cover", "cover_heading", "cover_sentence", "unit_present",
                 "doc_prior", "year_said")
WEIGHTS = Path(__file__).with_name("passage_weights.json")


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The fitted model, or None when none is saved (then retrieval's order stands)."""
    return Model.from_json(WEIGHTS.read_text(encoding="utf-8"), PASSAGE_NAMES) if WEIGHTS.exists() else None


def passage_rows(index: Index, question: Question, hits: list[Hit], lang: str) -> np.ndarray:
    """One feature row per hit of the first `RERANK`."""
    splitter = index.lexical.splitter
    weights = {t: index.idf(t) for t in question_terms(question, lang, splitter, expand=True)}
    total = sum(weights.values()) or 1.0
    units = UNITS_OF.get(question.want, set())

    def share(terms: set[str]) -> float:
        return sum(w for t, w in weights.items() if inflected(t, terms)) / total

    rows = []
    for rank, h in enumerate(hits[:RERANK]):
        c = h.chunk
        best = max((share(set(terms(s, splitter))) for _, s in sentences(c.text)), default=0.0)
        figures = list(c.figures) + [f for r in c.records for f in figures_from_record(r)]
        rows.append((h.score, h.dense, math.log1p(h.lexical), 1.0 / (1 + rank),
                     share(set(terms(c.search_text or c.text, splitter))),
                     share(set(terms(f"{c.title} {c.section}", splitter))), best,
                     float(bool(units) and any(f.unit in units for f in figures)),
                     document_prior(question.folded, index.documents[c.doc]),
                     float(any(str(y) in c.text for y in question.years))))
    return np.array(rows, dtype=float).reshape(-1, len(PASSAGE_NAMES))


def rerank(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[Hit]:
    """The hits with the first `RERANK` in the model's order (retrieval order on ties)."""
    m = model()
    if m is None or len(hits) < 2:
        return hits
    head = hits[:RERANK]
    s = ((passage_rows(index, question, head, lang) - m.mean) / m.scale) @ m.weights
    order = sorted(range(len(head)), key=lambda i: (-s[i], i))
    # the fused scores stay the ones retrieval gave, handed out in the new order, so a
    # client's ranking by score is the order returned
    scores = sorted((h.score for h in head), reverse=True)
    return [replace(head[i], score=sc) for i, sc in zip(order, scores)] + hits[RERANK:]
