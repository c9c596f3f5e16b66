"""Refit the abstention model: `python -m insyn.eval.fit_abstain --index DIR [GOLD.jsonl ...]`,
DIR an index of examples/corpus, ../shared/realdocs, eval/synthetic, synthetic3, synthetic4 and synthetic7.

Training questions only (`ABSTAIN_TRAINING`: the written training sets of `fit_figures.TRAINING`
but eval/train2.jsonl, eval/train3.jsonl and eval/train5.jsonl, and the generated documents' eval/train_syn.jsonl,
train_syn3, train_syn4 and train_syn7), each searched as `/ask` searches it and described
by `abstain.ABSTAIN_NAMES`; `none` questions are the negatives, every other type a positive.
Near-miss negatives are added: a written answerable question whose rarest word is replaced by a
long word of another document that its own documents do not use (same place and frame, the
asked thing absent), and one whose year is replaced by a year its documents never write
("soliditeten 2020" of a plan that gives 2022 and 2023). A logistic regression is fitted; the
threshold is the highest that still answers `ANSWERED` of the written answerable questions.
Written to answer/abstain_weights.json; the same data and seed give the same result.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from insyn.answer.abstain import ABSTAIN_NAMES, WEIGHTS, answer_features
from insyn.answer.engine import Engine, detect_lang
from insyn.answer.question import Intent, parse_question
from insyn.eval.fit_figures import REPO, TRAIN2, TRAIN3, TRAIN5, TRAINING, fit_logistic, training_gold, training_parser
from insyn.index import store
from insyn.index.search import Filters, Index
from insyn.ingest.swedish import tokenize
from insyn.settings import get_settings

ANSWERED = 0.96  # share of answerable training questions that must stay answered
NEAR_MISS_WEIGHT = 0.5
ROW_CANDIDATES = 30


def features_of(index: Index, q: str) -> tuple[float, ...] | None:
    """The abstention features of a question, searched as `answer` searches it."""
    question = parse_question(q)
    lang = detect_lang(q)
    wide = index.search(q, ROW_CANDIDATES if question.intent is Intent.list else 10, Filters(), lang)
    everywhere = index.search(q, 5, Filters(), lang, named_places_only=False) if index.named_regions(q) else None
    return answer_features(index, question, wide[:10], lang, everywhere) if wide else None


def near_misses(index: Index, gold: list[dict[str, Any]], seed: int = 0) -> list[str]:
    """Answerable questions with their rarest word swapped for a word their documents lack."""
    rng = random.Random(seed)
    chunks = list(store.iter_chunks(index.con))
    out = []
    for g in gold:
        if g["type"] == "none" or not g.get("docs"):
            continue
        words = [w for w in re.findall(r"[a-zåäöA-ZÅÄÖ]{5,}", g["question"]) if tokenize(w)]
        if not words:
            continue
        rarest = max(words, key=lambda w: index.idf(tokenize(w)[0]))
        for _ in range(20):
            c = rng.choice(chunks)
            if c.doc in g["docs"]:
                continue
            pool = [w for w in re.findall(r"\b[a-zåäö]{8,}\b", c.text) if tokenize(w)]
            if not pool:
                continue
            word = rng.choice(pool)
            if not index.lexical_knows(tokenize(word)[0], set(g["docs"])):
                out.append(g["question"].replace(rarest, word, 1))
                break
    return out


def year_swaps(index: Index, gold: list[dict[str, Any]], seed: int = 0) -> list[str]:
    """Answerable questions naming a year, with the year replaced by a nearby one that none of
    their documents writes."""
    rng = random.Random(seed)
    texts: dict[str, list[str]] = {}
    for c in store.iter_chunks(index.con):
        texts.setdefault(c.doc, []).append(f"{c.title} {c.section} {c.text}")
    out = []
    for g in gold:
        years = parse_question(g["question"]).years
        if g["type"] == "none" or not years or not g.get("docs"):
            continue
        said = " ".join(t for d in g["docs"] for t in texts.get(d, []))
        y = years[0]
        unsaid = [o for o in range(y - 9, y + 9) if o != y and str(o) not in said]
        if unsaid:
            out.append(g["question"].replace(str(y), str(rng.choice(unsaid))))
    return out


# eval/train2.jsonl and eval/train3.jsonl are left out here. With train2 the model abstained on no more
# of train2's `none` questions out of fold (5 folds over train2, the rest of training always in: answered
# 1.000 and `none` abstained 0.143 with and without it). With train3 (pipeline-37 index) the threshold rose
# 0.221 -> 0.305 and on the held-out sets no more `none` questions were abstained on (heldout6 0.429,
# devdocs 0.500, both unchanged) while fewer answerable ones were answered (heldout6 0.941 -> 0.882,
# devdocs 0.974 -> 0.923). The shipped weights stay those of the three sets. eval/train5.jsonl is left out
# too: leaving one written set out at a time (dev, realdocs, train, train2, train3, train5), fitting on every
# set gave 0.357 of the `none` questions abstained out of fold, against 0.482 with these three (answered 0.951,
# 0.954), and no feature subset or added feature (the figure scorer's best probability) passed 0.57.
# eval/train_syn.jsonl: questions about eval/synthetic, five generated documents of municipalities that do not
# exist, in layouts none of the other sets has; the index fitted on must hold them (ingest eval/synthetic too).
# Without them the model refused a quarter of their answerable questions: written in everyday words the
# small documents never use ("tog ställning", "varandra"), which only near misses did in the other sets.
TRAIN_SYN = REPO / "eval/train_syn.jsonl"
# eval/train_syn3.jsonl: 48 questions about eval/synthetic3, six more generated documents (session 14; ingest
# eval/synthetic3 too, and not eval/synthetic2, whose held-out documents share a municipality's name). With
# them the model abstains on 0.43 of the training `none` questions against 0.34 (answered 0.962 / 0.965).
TRAIN_SYN3 = REPO / "eval/train_syn3.jsonl"
# eval/train_syn4.jsonl and train_syn7.jsonl (session 16): leaving one training set out at a time (dev, realdocs,
# train, train2, train3, train5 and the four generated sets), fitting with them abstained on 0.333 of the left-out
# `none` questions and answered 0.961 of the others, against 0.323 and 0.952 without them (pipeline-50 index).
TRAIN_SYN4, TRAIN_SYN7 = REPO / "eval/train_syn4.jsonl", REPO / "eval/train_syn7.jsonl"
ABSTAIN_TRAINING = tuple(p for p in TRAINING if p not in (TRAIN2, TRAIN3, TRAIN5)) + (TRAIN_SYN, TRAIN_SYN3, TRAIN_SYN4, TRAIN_SYN7)


def main(argv: list[str] | None = None) -> int:
    ap = training_parser(__doc__, WEIGHTS)
    args = ap.parse_args(argv)
    index = Engine(get_settings(index=args.index)).index()
    gold = training_gold(args.gold or list(ABSTAIN_TRAINING))
    rows = [(features_of(index, g["question"]), float(g["type"] != "none"), 1.0) for g in gold]
    rows += [(features_of(index, q), 0.0, NEAR_MISS_WEIGHT) for q in near_misses(index, gold) + year_swaps(index, gold)]
    rows = [r for r in rows if r[0] is not None]
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows])
    w = np.array([r[2] for r in rows])
    m = fit_logistic(ABSTAIN_NAMES, x, y, w)
    p = m.probabilities(x)
    written_pos = np.sort(p[(y == 1) & (w == 1.0)])
    t = float(written_pos[int(np.floor((1 - ANSWERED) * len(written_pos)))]) if len(written_pos) else 0.5
    m = replace(m, threshold=t)
    report = {"written_answerable": int(((y == 1) & (w == 1.0)).sum()), "written_none": int(((y == 0) & (w == 1.0)).sum()),
              "near_misses": int((w != 1.0).sum()),
              "answered": round(float((written_pos >= t).mean()), 3),
              "none_abstained": round(float((p[(y == 0) & (w == 1.0)] < t).mean()), 3) if ((y == 0) & (w == 1.0)).any() else None,
              "near_miss_abstained": round(float((p[w != 1.0] < t).mean()), 3) if (w != 1.0).any() else None}
    args.out.write_text(m.to_json({"embedder": index.embedder.name, "fitted_on": report}) + "\n", encoding="utf-8")
    print(report, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
