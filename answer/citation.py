"""The page a citation names: where the passage's best-matching sentence stands.

A chunk can run over a page break; its `page_breaks` say where in its text each later page
begins. A citation names the page of the sentence (or table row) that shares most of the
question's terms, weighted by rarity, so the reader opens the page that says it; the chunk's
first page when no sentence shares any.
"""

from __future__ import annotations

import re

from insyn.contract import HitOut
from insyn.index.search import Hit, Index
from insyn.ingest.swedish import inflected, tokenize
from insyn.types import Chunk, Figure

_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) for each sentence or line of `text`."""
    out, at = [], 0
    for m in _SENTENCE.finditer(text):
        if m.start() > at:
            out.append((at, text[at : m.start()]))
        at = m.end()
    if at < len(text):
        out.append((at, text[at:]))
    return out


def best_sentence_at(chunk: Chunk, weights: dict[str, float], splitter=None) -> int:
    """Offset of the sentence of `chunk` sharing the most question weight (the first on ties)."""
    best, best_at = 0.0, 0
    for at, sentence in sentences(chunk.text):
        terms = set(tokenize(sentence, splitter))
        score = sum(w for t, w in weights.items() if inflected(t, terms))
        if score > best:
            best, best_at = score, at
    return best_at


def cited_page(chunk: Chunk, weights: dict[str, float], figure: Figure | None = None, splitter=None) -> int | None:
    """The page of the sentence that answers: the answer figure's own page when the chunk
    holds it, else the best-matching sentence's page."""
    if not chunk.page_breaks:
        return chunk.page
    if figure is not None and figure.doc == chunk.doc and any(f.text == figure.text for f in chunk.figures):
        return figure.page if figure.page is not None else chunk.page
    return chunk.page_at(best_sentence_at(chunk, weights, splitter))


def question_weights(index: Index, terms: set[str]) -> dict[str, float]:
    return {t: index.idf(t) for t in terms}


def citations(index: Index, hits: list[Hit], terms: set[str], figure: Figure | None = None) -> list[HitOut]:
    """The hits as the contract's citations, each naming the page that says what was asked."""
    weights = question_weights(index, terms)
    splitter = index.lexical.splitter
    return [HitOut.of(h.chunk, h.score, page=cited_page(h.chunk, weights, figure, splitter)) for h in hits]
