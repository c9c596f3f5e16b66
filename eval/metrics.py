"""Scoring by CONTRACT.md's rules, as pure functions that return per-question values."""

from __future__ import annotations

import re
import unicodedata
from statistics import mean
from typing import Iterable, Sequence

_NON_ALNUM = re.compile(r"[^0-9a-z]")


def squash(text: str) -> str:
    """Lower-case, drop diacritics (å→a, ä→a, ö→o, é→e) and every non letter/digit."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _NON_ALNUM.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def matches(text: str, evidence: Iterable[str]) -> bool:
    """A hit matches when one evidence phrase is inside its text (both squashed)."""
    body = squash(text)
    return any((e := squash(phrase)) and e in body for phrase in evidence)


def first_match(texts: Sequence[str], evidence: Sequence[str]) -> int | None:
    """1-based rank of the first matching hit, or None."""
    return next((i for i, t in enumerate(texts, start=1) if matches(t, evidence)), None)


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, cutoff: int = 10) -> float:
    return 1.0 / rank if rank is not None and rank <= cutoff else 0.0


def page_right(texts: Sequence[str], pages: Sequence[int | None], evidence: Sequence[str], gold_page: int) -> float | None:
    """1.0 when the page cited by the hits matching the evidence is the gold page (the share of
    such hits, among the first 10); None when no hit matches, or only hits of sources without
    pages (a plain-text file without page breaks cites no page: CONTRACT.md)."""
    cited = [p for t, p in list(zip(texts, pages))[:10] if matches(t, evidence) and p is not None]
    return sum(p == gold_page for p in cited) / len(cited) if cited else None


def figure_correct(value: float | str | None, gold: Sequence[dict]) -> bool:
    """figures[0] equals a gold value: numbers within 0.5 % with the sign ignored, dates exactly."""
    if value is None:
        return False
    for g in gold:
        gv = g["value"]
        if isinstance(gv, str) or isinstance(value, str):
            if str(gv) == str(value):
                return True
            continue
        a, b = abs(float(value)), abs(float(gv))
        if (b == 0 and a == 0) or (b != 0 and abs(a - b) / b <= 0.005):
            return True
    return False


def list_scores(record_texts: Sequence[str], items: Sequence[str]) -> tuple[float, float]:
    """(recall, precision): gold items found in returned records, and records that match an item."""
    if not items:
        return (1.0, 1.0) if not record_texts else (1.0, 0.0)
    squashed = [squash(t) for t in record_texts]
    gold = [squash(i) for i in items]
    recall = mean(1.0 if any(g in r for r in squashed) else 0.0 for g in gold)
    precision = mean(1.0 if any(g in r for g in gold) else 0.0 for r in squashed) if squashed else 0.0
    return recall, precision


def summarise(values: Iterable[float]) -> float | None:
    vals = list(values)
    return round(mean(vals), 4) if vals else None
