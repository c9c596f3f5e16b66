"""The core behind the CLI, the API and the app: validated requests in, contract shapes out.

The engine holds the embedder and the live `Index`; before each request it checks whether the
index link points at a new build and, if so, opens it. A request keeps the `Index` it started
with, so in-flight requests finish on the old build while new ones use the new one.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from pathlib import Path

from insyn.answer.question import has_content, parse_question, scripts_of
from insyn.contract import AskRequest, AskResponse, SearchRequest, SearchResponse
from insyn.errors import InsynError
from insyn.ingest.glossary import EN_SV
from insyn.index.embedder import Embedder, load_embedder
from insyn.index.search import Filters, Hit, Index
from insyn.settings import Settings

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def validate_query(q: str, settings: Settings) -> str:
    """The query, trimmed and without invisible format characters (zero-width spaces, a BOM,
    direction marks); InsynError naming the problem when it is unusable or empty after that."""
    if _CONTROL.search(q):
        raise InsynError("query contains control characters")
    q = " ".join("".join(c for c in q if unicodedata.category(c) != "Cf").split())
    if not q:
        raise InsynError("query is empty")
    if len(q) > settings.max_query_chars:
        raise InsynError(f"query is {len(q)} characters; the limit is {settings.max_query_chars}")
    return q


def detect_lang(q: str) -> str:
    """'sv' or 'en' for a question: Swedish letters and function words against English ones."""
    words = re.findall(r"[a-zåäöé]+", q.lower())
    english = {"the", "what", "which", "how", "is", "are", "of", "in", "for", "does", "do", "many", "much",
               "when", "who", "why", "to", "and", "by", "was", "were", "has", "have", "with", "according"}
    swedish = {"vad", "vilka", "vilket", "vilken", "hur", "är", "och", "för", "som", "har", "med", "till",
               "av", "om", "när", "mycket", "många", "det", "den", "de", "på", "finns", "enligt", "ska"}
    en, sv = sum(w in english for w in words), sum(w in swedish for w in words)
    if en == sv:  # no function words either way: Swedish letters outside names, then the
        # English governance glossary decide; a bare keyword query is Swedish, like the documents
        if re.search(r"(?<![A-ZÅÄÖ])[a-zåäö]*[åäö]", q):
            return "sv"
        return "en" if any(w in _ENGLISH_TERMS for w in words) else "sv"
    return "en" if en > sv else "sv"


# English glossary words that are not also Swedish ones ("budget", "motion", "pension" are both)
_ENGLISH_TERMS = ({w for phrase in EN_SV for w in phrase.split() if len(w) > 3}
                  - {w for swedish in EN_SV.values() for w in swedish.split()})


class Engine:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._index: Index | None = None
        self._target: Path | None = None
        self._lock = threading.Lock()
        self._known_scripts: tuple[Path | None, frozenset[str]] = (None, frozenset())

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.settings)
        return self._embedder

    def index(self) -> Index:
        """The live index, reopened when `insyn ingest` has swapped in a new build."""
        target = Path(os.path.realpath(self.settings.index))
        if self._index is None or target != self._target:
            with self._lock:
                if self._index is None or target != self._target:
                    self._index = Index.open(self.settings, self.embedder)
                    self._target = self._index.build
        return self._index

    def search_hits(self, req: SearchRequest) -> tuple[str, list[Hit]]:
        q = validate_query(req.q, self.settings)
        from insyn.answer.ask import search

        filters = Filters(req.doc, req.year, req.region, req.organ, req.kind)
        return q, search(self.index(), q, req.k, filters, detect_lang(q))

    def search(self, req: SearchRequest) -> SearchResponse:
        from insyn.answer.abstain import question_terms
        from insyn.answer.citation import citations

        q, hits = self.search_hits(req)
        lang = detect_lang(q)
        index = self.index()
        terms = question_terms(parse_question(q), lang, index.lexical.splitter)
        return SearchResponse(query=q, lang=lang, hits=citations(index, hits, terms))

    def ask(self, req: AskRequest) -> AskResponse:
        from insyn.answer.ask import answer

        q = validate_query(req.q, self.settings)
        filters = Filters(req.doc, req.year, req.region, req.organ, req.kind)
        index, lang = self.index(), detect_lang(q)
        if not has_content(q, self._scripts(index)):  # nothing to match: whatever ranks first is unrelated
            index.mask(filters)  # an unknown filter value is still bad input
            return AskResponse(query=q, lang=lang, found=False, answer="", intent=parse_question(q).intent.value,
                               figures=[], records=[], citations=[])
        return answer(index, q, lang, max(req.k, 5), filters, self.settings)

    def _scripts(self, index: Index) -> frozenset[str]:
        """The scripts of the words an index holds, computed once per build."""
        if self._known_scripts[0] is not index.build:
            self._known_scripts = (index.build, scripts_of(index.lexical.document_frequencies()))
        return self._known_scripts[1]
