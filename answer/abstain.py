"""Whether the documents answer a question at all.

Two signals, both calibrated on the dev set's `none` questions: the question must not be about
a region or municipality the index holds nothing from, and the best passage must be close
enough (cosine of the dense model, and the share of the question's distinctive words found in
the top passages).
"""

from __future__ import annotations

import re

from insyn.answer.question import Question
from insyn.index.search import Hit, Index
from insyn.ingest.swedish import fold, tokenize
from insyn.settings import Settings

# Sweden's 21 regions: a question naming one the index has no document from is not answered.
REGIONS = (
    "blekinge", "dalarna", "gotland", "gavleborg", "halland", "jamtland harjedalen", "jamtland", "jonkoping",
    "kalmar", "kronoberg", "norrbotten", "skane", "stockholm", "sormland", "uppsala", "varmland",
    "vasterbotten", "vasternorrland", "vastmanland", "vastra gotaland", "orebro", "ostergotland",
)


def named_places(folded_question: str) -> set[str]:
    places = {r for r in REGIONS if re.search(rf"\b{r}s?\b", folded_question)}
    places |= {m.group(1) for m in re.finditer(r"\b([a-z]+?)s? (?:kommun|stad)\b", folded_question)}
    return places


def places_in_index(index: Index) -> set[str]:
    return {fold(d.region or "") for d in index.documents.values()} | {fold(d.title) for d in index.documents.values()}


def is_answered(index: Index, question: Question, hits: list[Hit], settings: Settings) -> bool:
    places = named_places(question.folded)
    known = " | ".join(places_in_index(index))
    if places and not any(p in known for p in places):
        return False
    top = hits[0]
    return top.dense >= settings.found_threshold and term_coverage(question, hits[:5]) >= 0.34


def term_coverage(question: Question, hits: list[Hit]) -> float:
    """Share of the question's content terms (longer stems) that occur in the top passages."""
    terms = {t for t in tokenize(question.text) if len(t) >= 4 and not t.isdigit()}
    if not terms:
        return 1.0
    body = set(tokenize(" ".join(h.chunk.search_text or h.chunk.text for h in hits)))
    body |= {t for h in hits for t in tokenize(h.chunk.title + " " + h.chunk.section)}
    return sum(1 for t in terms if t in body) / len(terms)
