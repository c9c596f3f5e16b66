"""Fusion of dense and lexical scores: pure functions over {position: score} maps."""

from __future__ import annotations

from typing import Mapping


def minmax(scores: Mapping[int, float]) -> dict[int, float]:
    """Scale scores to 0..1 over the candidates (all 1.0 when they are equal)."""
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    if hi - lo < 1e-9:
        return {p: 1.0 for p in scores}
    return {p: (s - lo) / (hi - lo) for p, s in scores.items()}


def convex(dense: Mapping[int, float], lexical: Mapping[int, float], dense_weight: float) -> list[tuple[int, float]]:
    """w * minmax(dense) + (1 - w) * minmax(lexical); a candidate missing from one side gets 0 there."""
    d, l = minmax(dense), minmax(lexical)
    fused = {p: dense_weight * d.get(p, 0.0) + (1 - dense_weight) * l.get(p, 0.0) for p in d.keys() | l.keys()}
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def rrf(dense: Mapping[int, float], lexical: Mapping[int, float], k: int = 60) -> list[tuple[int, float]]:
    """Reciprocal rank fusion (Cormack et al. 2009)."""
    fused: dict[int, float] = {}
    for scores in (dense, lexical):
        for rank, (p, _) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1])):
            fused[p] = fused.get(p, 0.0) + 1.0 / (k + rank + 1)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
