"""Fit the list answer's table weights and thresholds (`answer.lists.Params`) on training questions.

    python -m insyn.eval.fit_lists GOLD.jsonl:INDEX [GOLD.jsonl:INDEX ...] [--show | --cv | --listwise]

Only training gold files belong here (../shared/eval/dev.jsonl, eval/realdocs.jsonl,
eval/train.jsonl), never a held-out one. The questions used are those worded as lists (and
those with gold items): a list question scores the F1 of its rows' recall and precision, a
question worded as a list that has no items scores 1 when it gets no rows. A coordinate
search over each weight and threshold keeps a change only when it raises the mean score;
ties keep the current value. It prints the fitted `Params`, to be pasted into `lists.py`.
`--cv` fits on half the questions and scores the other half (two folds, three shuffles): a
refit that does not raise the out-of-fold F1 is not worth pasting. `--listwise` fits the table
weights as a listwise logistic model instead (`listwise_weights`: the right table holds half the
question's items or more) and then `min_score` on the mean F1.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path
from statistics import mean

from insyn.answer import lists
from insyn.answer.engine import Engine, detect_lang
from insyn.answer.question import Intent, parse_question
from insyn.eval.metrics import list_scores
from insyn.eval.runner import load_gold
from insyn.settings import Settings

MULTIPLIERS = (0.0, 0.5, 2.0)
SHARES = (0.67, 0.8, 1.0)
MIN_SCORES = (1.5, 2.0, 2.5, 3.0)


def _remember_table_features() -> None:
    """Table features do not depend on the parameters fitted: compute them once per question."""
    compute = lists.table_features
    memo: dict[tuple[int, str], dict] = {}

    def remembered(index, question, hits, tables, typed, views, lang="sv"):  # type: ignore[no-untyped-def]
        key = (id(index), question.text)
        if key not in memo:
            memo[key] = compute(index, question, hits, tables, typed, views, lang)
        return memo[key]

    lists.table_features = remembered  # type: ignore[assignment]


def _cases(pairs: list[tuple[Path, Path]]) -> list[tuple[object, dict, object, list, str]]:
    cases = []
    for gold_path, index_path in pairs:
        engine = Engine(Settings(index=index_path))
        index = engine.index()
        for g in load_gold(gold_path):
            question = parse_question(g["question"])
            if not (g.get("items") or lists.asks_for_rows(question)):
                continue
            lang = detect_lang(g["question"])
            hits = index.search(g["question"], 30, lang=lang)[:10]
            cases.append((index, g, question, hits, lang))
    return cases


def score(cases: list, params: lists.Params, show: bool = False) -> float:
    values = []
    for index, g, question, hits, lang in cases:
        asked = hits and lists.asks_for_rows(question)  # as the engine does
        rows = lists.answer_rows(index, question, hits, lang, question.intent is Intent.list, params) if asked else []
        texts = [r.record.text for r in rows]
        recall, precision = list_scores(texts, g.get("items") or [])
        f1 = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
        values.append(f1)
        if show:
            print(f"{g['id']}\tR={recall:.2f} P={precision:.2f} n={len(rows)}\t{g['question']}")
            for t in texts[:15]:
                print(f"\t\t{t[:110]}")
    return mean(values) if values else 0.0


def fit(cases: list, start: lists.Params) -> lists.Params:
    best, best_score = start, score(cases, start)
    for _ in range(1):
        for i, (name, value) in enumerate(best.weights):
            for m in MULTIPLIERS:
                weights = list(best.weights)
                weights[i] = (name, round((value or 1.0) * m, 3))
                trial = dataclasses.replace(best, weights=tuple(weights))
                s = score(cases, trial)
                if s > best_score + 1e-9:
                    best, best_score = trial, s
        for field, grid in (("max_share", SHARES), ("min_score", MIN_SCORES), ("strict", (True, False))):
            for v in grid:
                trial = dataclasses.replace(best, **{field: v})
                s = score(cases, trial)
                if s > best_score + 1e-9:
                    best, best_score = trial, s
    print(f"training F1 {score(cases, start):.3f} -> {best_score:.3f} over {len(cases)} questions")
    return best


def cross_validate(cases: list, start: lists.Params, shuffles: int = 3) -> None:
    """Out-of-fold F1 of the current and the refitted parameters, two folds per shuffle."""
    for seed in range(shuffles):
        order = list(range(len(cases)))
        random.Random(seed).shuffle(order)
        for fold in range(2):
            held = [cases[i] for i in order[fold::2]]
            fitted = fit([cases[i] for i in order[1 - fold :: 2]], start)
            print(f"shuffle {seed} fold {fold}: out-of-fold F1 {score(held, start):.3f} -> {score(held, fitted):.3f}")


def listwise_weights(cases: list) -> tuple[tuple[str, float], ...]:
    """Table weights from a listwise logistic model (`fit_figures.fit_listwise`, softmax over a
    question's tables): a table is right when it holds at least half of the question's gold items.
    Returned on the features' own scale (weight / standard deviation), as `Params` sums them."""
    import numpy as np

    from insyn.answer import conditions, constraints as c
    from insyn.eval.fit_figures import Group, fit_listwise
    from insyn.index import store

    names = tuple(n for n, _ in lists.FITTED.weights)
    groups = []
    for n, (index, g, question, hits, lang) in enumerate(cases):
        if not g.get("items"):
            continue
        rows = store.records(index.con, None, lists._docs_in_focus(index, question, hits))
        tables: dict = {}
        for p, r in rows:
            tables.setdefault(lists.table_key(r), []).append((p, r))
        tables = {k: lists._without_labels(t) for k, t in tables.items()}
        typed = conditions.typed_rules(question.text, lang)
        views = {k: [c.view(r, "") for _, r in t] for k, t in tables.items()} if typed else {}
        feats = lists.table_features(index, question, hits, tables, typed, views, lang)
        x = np.array([[feats[k].get(f, 0.0) for f in names] for k in feats])
        y = np.array([list_scores([r.text for _, r in tables[k]], g["items"])[0] >= 0.5 for k in feats], dtype=float)
        if len(y):
            groups.append(Group(n, x, y, False))
    m = fit_listwise(names, groups)
    return tuple((f, round(float(w / sd), 3)) for f, w, sd in zip(names, m.weights, m.scale))


def main(argv: list[str]) -> None:
    show = "--show" in argv
    pairs = [(Path(a.split(":")[0]), Path(a.split(":")[1])) for a in argv if not a.startswith("--")]
    cases = _cases(pairs)
    _remember_table_features()
    if show:
        print(f"F1 {score(cases, lists.FITTED, show=True):.3f}")
        return
    if "--cv" in argv:
        cross_validate(cases, lists.FITTED)
        return
    if "--listwise" in argv:
        start = dataclasses.replace(lists.FITTED, weights=listwise_weights(cases))
        best = max(MIN_SCORES + (3.5, 4.0), key=lambda t: (score(cases, dataclasses.replace(start, min_score=t)), -t))
        print(dataclasses.replace(start, min_score=best))
        return
    print(fit(cases, lists.FITTED))


if __name__ == "__main__":
    main(sys.argv[1:])
