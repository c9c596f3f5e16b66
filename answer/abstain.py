"""Whether the documents answer a question at all.

Signals, calibrated on the dev set's `none` questions:
- the question must not name a region or municipality the index holds nothing from, and the
  passages from the places it names must be close enough (cosine of the dense model);
- a distinctive word of the question that the index does not know at all, not even as part of
  a compound ("enkelbiljett", "parkera"), with only a middling best match, means the documents
  speak of something else;
- when the question names a place and another place's passages rank above all of its own, its
  rarest word must occur in that place's top passages ("skattesats" for Västerbotten is not
  answered by Västernorrland's tax rate).
"""

from __future__ import annotations

import itertools
import re

from insyn.answer.question import Question
from insyn.index.search import Hit, Index
from insyn.ingest.glossary import EN_SV, swedish_terms, synonyms
from insyn.ingest.swedish import CompoundSplitter, fold, inflected, tokenize
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


def is_answered(index: Index, question: Question, hits: list[Hit], settings: Settings, lang: str = "sv",
                everywhere: list[Hit] | None = None) -> bool:
    """Whether the top passages answer the question (see the module docstring). `hits` come
    from the places the question names; `everywhere`, the same search over every place, shows
    whether the answer stands in another place's documents."""
    places = named_places(question.folded)
    known = " | ".join(places_in_index(index))
    if places and not any(p in known for p in places):
        return False

    def here(h: Hit) -> bool:
        return not places or any(p in fold(h.chunk.title + " " + _region(index, h)) for p in places)

    in_place = [h for h in hits if here(h)]
    if not in_place or in_place[0].dense < settings.found_threshold:
        return False
    terms = question_terms(question, lang, index.lexical.splitter) - {fold(p) for p in places}
    near = {h.chunk.doc for h in in_place[:5]}
    unknown = [t for t in terms if len(t) >= 6 and not index.lexical_knows(t, near)]
    if unknown and in_place[0].dense < settings.found_unknown_dense:
        return False
    # another place's passages that outrank every passage of the named place: a passage of its
    # own place ranked first says the question is about this place, whatever else ranks below
    ranked = (hits if everywhere is None else everywhere)[:5]
    elsewhere = list(itertools.takewhile(lambda h: not here(h), ranked))
    if places and terms and elsewhere:
        there, here = _terms_of(elsewhere), _terms_of(in_place[:5])
        keys = sorted(terms, key=lambda t: (-index.idf(t), t))[:2]  # the rarest two, ties by name
        rarest_known = max((index.idf(t) for t in terms if index.document_frequency(t)), default=index.idf(keys[0]))
        synonyms_ = {t for t in question_terms(question, lang, index.lexical.splitter, expand=True) - terms
                     if index.idf(t) >= rarest_known - 1.5}  # "utdebitering" for "skattesats"
        said_here = any(inflected(t, here) for t in synonyms_)  # in the documents' words ("amortering")
        if not said_here and any(inflected(k, there) and not inflected(k, here) for k in keys + sorted(synonyms_)):
            return False  # the answer stands in another place's documents
    return True


def _region(index: Index, hit: Hit) -> str:
    return index.documents[hit.chunk.doc].region or ""


_GLOSSARY_WORDS = {w for phrase in EN_SV for w in phrase.split()}


def question_terms(question: Question, lang: str, splitter: CompoundSplitter | None = None,
                   expand: bool = False) -> set[str]:
    """The question's content terms; for English, the Swedish terms of its governance phrases
    and its proper names (capitalised words that are not glossary English); with `expand`, also
    the documents' synonyms of its Swedish words."""
    text = f"{question.text} {synonyms(question.text)}" if expand else question.text
    if lang == "en":
        names = [w for w in re.findall(r"[A-ZÅÄÖ][\wåäö-]+", text)[1:] if w.lower() not in _GLOSSARY_WORDS]
        text = f"{swedish_terms(text)} {' '.join(names)}"
    return {t for t in tokenize(text, splitter) if len(t) >= 3 and not t.isdigit()}


def _terms_of(hits: list[Hit]) -> set[str]:
    body = set(tokenize(" ".join(h.chunk.search_text or h.chunk.text for h in hits)))
    return body | {t for h in hits for t in tokenize(h.chunk.title + " " + h.chunk.section)}


def term_coverage(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> float:
    """Share of the question's content terms, weighted by their rarity (IDF), in the passages."""
    terms = question_terms(question, lang, index.lexical.splitter)
    if not terms:
        return 1.0
    body = _terms_of(hits)
    weights = {t: index.idf(t) for t in terms}
    return sum(w for t, w in weights.items() if t in body) / (sum(weights.values()) or 1.0)
