"""Refit the passage re-ranker: `python -m insyn.eval.fit_passages --index DIR [GOLD.jsonl ...]`.

Training questions with evidence only (the written training sets, `fit_figures.TRAINING`):
each is searched for its top `rerank.RERANK` passages, each passage is one row of
`rerank.PASSAGE_NAMES`, labelled 1 when it holds an evidence phrase (CONTRACT.md's rule). A
listwise logistic model is fitted (`fit_figures.fit_listwise`); the report gives hit@1 and
MRR of retrieval's order and of the model's, the model's scored by 5-fold cross-validation.
Written to answer/passage_weights.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from insyn.answer.engine import Engine, detect_lang
from insyn.answer.question import parse_question
from insyn.answer.rerank import PASSAGE_NAMES, RERANK, WEIGHTS, passage_rows
from insyn.eval import metrics
from insyn.eval.fit_figures import TRAINING, Group, fit_listwise, training_gold, training_parser
from insyn.index.search import Filters
from insyn.settings import get_settings

Rows = list[Group]


def rows_of(engine: Engine, gold: list[dict]) -> Rows:
    index = engine.index()
    out = []
    for n, g in enumerate(gold):
        if not g.get("evidence") or g["type"] in ("none", "list"):
            continue
        lang = detect_lang(g["question"])
        hits = index.search(g["question"], RERANK, Filters(), lang)
        if hits:
            y = np.array([metrics.matches(h.chunk.text, g["evidence"]) for h in hits], dtype=float)
            out.append(Group(n, passage_rows(index, parse_question(g["question"]), hits, lang), y, False))
    return out


def ranks(rows: Rows, weights: np.ndarray | None, mean=None, scale=None) -> tuple[float, float]:
    """hit@1 and MRR@10 of the rows in retrieval order (weights None) or the model's."""
    h1, rr = [], []
    for _, x, y, *_ in rows:
        order = np.arange(len(y)) if weights is None else np.argsort(-(((x - mean) / scale) @ weights), kind="stable")
        right = [i for i, j in enumerate(order) if y[j] > 0]
        first = right[0] + 1 if right else None
        h1.append(metrics.hit_at(first, 1))
        rr.append(metrics.reciprocal_rank(first))
    return round(float(np.mean(h1)), 3), round(float(np.mean(rr)), 3)


def main(argv: list[str] | None = None) -> int:
    ap = training_parser(__doc__, WEIGHTS)
    args = ap.parse_args(argv)
    rows = rows_of(Engine(get_settings(index=args.index)), training_gold(args.gold or list(TRAINING)))
    folds = 5
    cv_h1, cv_rr = [], []
    for k in range(folds):
        test = [r for i, r in enumerate(rows) if i % folds == k]
        m = fit_listwise(PASSAGE_NAMES, [r for i, r in enumerate(rows) if i % folds != k])
        h1, rr = ranks(test, m.weights, m.mean, m.scale)
        cv_h1 += [h1] * len(test)
        cv_rr += [rr] * len(test)
    m = fit_listwise(PASSAGE_NAMES, rows)
    report = {"questions": len(rows), "retrieval_hit1_mrr": ranks(rows, None),
              "reranked_cv_hit1_mrr": (round(float(np.mean(cv_h1)), 3), round(float(np.mean(cv_rr)), 3))}
    args.out.write_text(m.to_json({"fitted_on": report}) + "\n", encoding="utf-8")
    print(report, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
