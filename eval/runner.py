"""Run a gold file through the engine and score it by CONTRACT.md's rules.

The report has per-question rows (so a regression points at the question that broke) and
summaries overall, by `type` and by `lang`.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from insyn.answer.engine import Engine
from insyn.contract import AskRequest, SearchRequest
from insyn.errors import InsynError
from insyn.eval import metrics

Progress = Callable[[str, int, int], None]


def load_gold(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise InsynError(f"{path}: no such gold file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise InsynError(f"{path}:{n}: not JSON ({err.msg})") from err
    return rows


def score_question(gold: dict[str, Any], hit_texts: list[str], ask: dict[str, Any],
                   hit_pages: list[int | None] | None = None) -> dict[str, Any]:
    """One question's scores: retrieval rank, cited page, figure, list and abstention."""
    row: dict[str, Any] = {"id": gold["id"], "type": gold["type"], "lang": gold["lang"], "question": gold["question"]}
    if gold.get("evidence"):
        rank = metrics.first_match(hit_texts, gold["evidence"])
        row.update(rank=rank, hit1=metrics.hit_at(rank, 1), hit5=metrics.hit_at(rank, 5),
                   hit10=metrics.hit_at(rank, 10), mrr10=metrics.reciprocal_rank(rank))
        page_ok = metrics.page_right(hit_texts, hit_pages or [], gold["evidence"], gold["page"]) if gold.get("page") else None
        if page_ok is not None:
            row.update(page_ok=page_ok)
    if gold.get("figures"):
        first = ask["figures"][0]["value"] if ask["figures"] else None
        row.update(figure=first, figure_ok=float(metrics.figure_correct(first, gold["figures"])))
        if ask["found"] and first is not None:  # a headline figure was given: is it wrong?
            row.update(headline_wrong=1.0 - row["figure_ok"])
    if gold.get("items"):
        recall, precision = metrics.list_scores([r["text"] for r in ask["records"]], gold["items"])
        row.update(list_recall=recall, list_precision=precision, records=len(ask["records"]))
    row.update(found=ask["found"], abstain_ok=float(ask["found"] == (gold["type"] != "none")))
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("hit1", "hit5", "hit10", "mrr10", "page_ok", "figure_ok", "headline_wrong", "list_recall",
            "list_precision", "abstain_ok")
    out: dict[str, Any] = {"n": len(rows)}
    for key in keys:
        value = metrics.summarise(r[key] for r in rows if key in r)
        if value is not None:
            out[key] = value
    return out


def grouped(rows: list[dict[str, Any]], field: str) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r[field]].append(r)
    return {g: summarise(rs) for g, rs in sorted(groups.items())}


def run_eval(gold_path: Path, engine: Engine, k: int = 5, baselines: bool = False,
             progress: Progress | None = None) -> dict[str, Any]:
    gold = load_gold(gold_path)
    rows, search_ms, ask_ms = [], [], []
    for i, g in enumerate(gold):
        if progress:
            progress("evaluating", i, len(gold))
        t0 = time.perf_counter()
        res = engine.search(SearchRequest(q=g["question"], k=10))
        t1 = time.perf_counter()
        ask = engine.ask(AskRequest(q=g["question"])).model_dump()
        t2 = time.perf_counter()
        search_ms.append((t1 - t0) * 1000)
        ask_ms.append((t2 - t1) * 1000)
        rows.append(score_question(g, [h.text for h in res.hits], ask, [h.page for h in res.hits]))
    report: dict[str, Any] = {
        "gold": str(gold_path), "k": k, "index": engine.index().manifest["counts"],
        "overall": summarise(rows), "by_type": grouped(rows, "type"), "by_lang": grouped(rows, "lang"),
        "latency_ms": {"search_p50": _pct(search_ms, 50), "search_p95": _pct(search_ms, 95),
                       "ask_p50": _pct(ask_ms, 50), "ask_p95": _pct(ask_ms, 95)},
        "questions": rows,
    }
    if baselines:
        from insyn.eval.baselines import run_baselines

        report["baselines"] = run_baselines(gold, engine, progress)
    return report


def _pct(values: list[float], p: int) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 1)
