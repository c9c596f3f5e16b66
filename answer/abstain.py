"""Whether the documents answer a question at all: one calibrated decision.

Four mechanisms come first: a question naming a region or municipality the index holds
nothing from is not answered, nor one with no passage from the places it names, nor one whose
best passage is further from it than `settings.found_threshold` (cosine), nor one naming a
number or a month its documents never write (`unsaid`). Then one
logistic model (`abstain_weights.json`, fitted on training questions by
`python -m insyn.eval.fit_abstain`) weighs what the best passages say against what the
question asks: the dense and fused scores of the best passage, how much of the question's
focus terms (IDF-weighted, with inflection, compound parts, synonyms and the English
glossary) the best passage and the top three say, the rarest term they do not say, a term
the index does not know near them, whether a figure of the wanted unit stands in them, and
whether another place's passages carry the question's rarest words where the named place's
do not, and how much of the question one sentence of the top passages says (for a figure
question, also one that holds a figure of the kind asked). The threshold on its probability
is chosen on training questions so that answerable ones are still answered.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from enum import Enum
from functools import lru_cache
from pathlib import Path

import numpy as np
from wordfreq import zipf_frequency

from insyn.answer.citation import sentences
from insyn.answer.conditions import ONLY_AFTER, ONLY_BEFORE, parties_named
from insyn.answer.constraints import sex_group
from insyn.answer.logistic import Model
from insyn.answer.question import UNITS_OF, Intent, Question
from insyn.index.search import Hit, Index
from insyn.ingest.figures import MONTHS, extract_figures, figures_from_record
from insyn.ingest.glossary import EN_SV, english_pairs, swedish_terms, synonym_pairs, synonyms
from insyn.ingest.swedish import CompoundSplitter, fold, inflected, stem, tokenize
from insyn.settings import Settings
from insyn.types import Kind

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


ABSTAIN_NAMES = (
    "dense", "fused", "lexical", "cover_best", "cover_top", "cover_synonyms", "rarest_missing", "unknown",
    "elsewhere", "unit_wanted", "unit_present", "terms", "figure_intent", "year_absent", "cover_sentence",
    "figure_gap",
)
WEIGHTS = Path(__file__).with_name("abstain_weights.json")
# words that narrow what the question asks ("riktas enbart till ...") without naming anything a passage must say
_RESTRICTIVE = frozenset(tokenize(" ".join(ONLY_BEFORE + ONLY_AFTER)))


@lru_cache(maxsize=1)
def model() -> Model:
    return Model.from_json(WEIGHTS.read_text(encoding="utf-8"), ABSTAIN_NAMES)


@lru_cache(maxsize=1)
def fitted_embedder() -> str:
    """The embedding model whose cosines the abstention model was fitted on; with another one
    (a test's hashing embedder, another INSYN_MODEL) only the mechanisms decide."""
    return json.loads(WEIGHTS.read_text(encoding="utf-8")).get("embedder", "")


def is_answered(index: Index, question: Question, hits: list[Hit], settings: Settings, lang: str = "sv",
                everywhere: list[Hit] | None = None) -> bool:
    """Whether the top passages answer the question (see the module docstring). `hits` come
    from the places the question names; `everywhere`, the same search over every place, shows
    whether the answer stands in another place's documents."""
    return verdict(index, question, hits, settings, lang, everywhere) is Verdict.answered


class Verdict(Enum):
    answered = "answered"
    doubted = "doubted"  # only the learned model's doubt stands between the question and an answer
    ruled_out = "ruled_out"  # a named place the index lacks, or no passage close enough


def verdict(index: Index, question: Question, hits: list[Hit], settings: Settings, lang: str = "sv",
            everywhere: list[Hit] | None = None) -> Verdict:
    """`is_answered`, telling a question the mechanisms rule out from one only the model doubts.
    A question worded as a list whose rows a table gives is answered when doubted, whatever the
    model says: on the training sets the model doubted six such questions, all answerable, and
    answered the one list-worded `none` question anyway (the model's features weigh passages;
    a list's answer is rows that meet what the question names)."""
    x = answer_features(index, question, hits, lang, everywhere)
    if x is None or x[0] < settings.found_threshold:  # no passage even this close to the question
        return Verdict.ruled_out
    if unsaid(index, question, hits, lang):
        return Verdict.ruled_out
    if index.embedder.name != fitted_embedder():  # its scores are on another scale than the model's
        return Verdict.answered
    m = model()
    return Verdict.answered if m.probabilities(np.array([x]))[0] >= m.threshold else Verdict.doubted


# a number as a question writes it: "370-literskärl", "30 april", "1 500 kronor", English "1,500" and "2.5"
_NUMBER_ASKED = re.compile(r"(?<![\w,.])(?<!\w[–-])\d{1,4}(?:(?:[ \u00a0]|(?<=\d),(?=\d{3}\b))\d{3})*(?:[,.]\d+)?(?![\w])")
# a month as a question names it, folded, with its Swedish name: "november", "november"; the glossary's English
# ones ("may" is no month there: it is a verb far more often)
MONTH_ASKED = {**{fold(m): m for m in MONTHS}, **{en: sv for en, sv in EN_SV.items() if sv in MONTHS}}
UNSAID_HITS = 5  # the documents of this many top passages are those the question is about


def unsaid(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> bool:
    """Whether the question names a number (not a year) or a month that the documents its top
    passages come from never write: "ett 370-literskärl" of a tariff whose bins are 140, 190,
    240 and 660 litres, "i november 2026" of a report that runs January to October, "per den
    30 april" of an interim report as of August; or a sex (women, men, girls, boys), where those
    documents never name one: they give no figure broken down by sex ("What share of women got a
    first visit within 90 days?" of a report that gives the share of all patients). The
    documents do not give what it asks for, be it ever so close. A list question's amounts are
    thresholds ("över 5 mnkr"), not things named."""
    if question.intent is Intent.list or not hits:
        return False
    docs = {h.chunk.doc for h in hits[:UNSAID_HITS]}
    for m in _NUMBER_ASKED.finditer(question.text):
        written = m.group()
        if lang == "en":
            written = re.sub(r"(?<=\d),(?=\d{3}\b)", "", written).replace(".", ",")
        terms = tokenize(written)
        if len(terms) != 1 or re.fullmatch(r"(19|20)\d\d", terms[0]):
            continue
        if not index.lexical_knows(terms[0], docs):
            return True
    for word in set(re.findall(r"[a-z]+", question.folded)) & MONTH_ASKED.keys():
        sv = MONTH_ASKED[word]
        if not any(index.lexical_knows(t, docs) for t in {*tokenize(sv), fold(sv)[:3]}):  # "november" or "nov"
            return True
    return sex_group(question.text, lang=lang) in ("women", "men") and not any(
        index.lexical_knows(t, docs) for t in SEX_TERMS)


# the terms of documents that break figures down by sex, either sex ("män" is a stopword, so a table
# of "Kvinnor | Män" is known by its women; "Kv" is an action plan's quarter as often as a column of women)
SEX_TERMS = frozenset(tokenize("kvinnor flickor tjejer pojkar männen killar"))


def answer_features(index: Index, question: Question, hits: list[Hit], lang: str = "sv",
                    everywhere: list[Hit] | None = None) -> tuple[float, ...] | None:
    """The feature row of `ABSTAIN_NAMES`; None when a named place rules the question out."""
    places = named_places(question.folded)
    known = " | ".join(places_in_index(index))
    unplaced = {d.doc for d in index.documents.values() if not d.region}
    if places and not any(p in known or _named_in(index, p, unplaced) for p in places):
        return None

    def here(h: Hit) -> bool:
        return not places or any(p in fold(h.chunk.title + " " + _region(index, h))
                                 or (h.chunk.doc in unplaced and _named_in(index, p, {h.chunk.doc})) for p in places)

    in_place = [h for h in hits if here(h)]
    if not in_place:
        return None
    splitter = index.lexical.splitter
    terms = question_terms(question, lang, splitter) - {fold(p) for p in places}
    expanded = question_terms(question, lang, splitter, expand=True) - {fold(p) for p in places}
    weights = {t: index.idf(t) for t in terms}
    best, top = _terms_of(in_place[:1]), _terms_of(in_place[:3])
    near = {h.chunk.doc for h in in_place[:5]}
    everyday = everyday_terms(question, lang, splitter)
    missing = [w for t, w in weights.items() if not inflected(t, top) and t not in everyday]
    units = UNITS_OF.get(question.want, set())
    figures = [f for h in in_place[:3] for f in h.chunk.figures] + [
        f for h in in_place[:3] for r in h.chunk.records for f in figures_from_record(r)]
    first = in_place[0]
    return (
        first.dense, first.score, math.log1p(first.lexical), _share(weights, best), _share(weights, top),
        _share({t: index.idf(t) for t in expanded}, top), max(missing, default=0.0) / math.log(len(index) + 1),
        float(_unknown_near(index, question, lang, terms - everyday, near, splitter)),
        float(_answered_elsewhere(index, question, lang, places, terms, in_place, hits, everywhere, here)),
        float(bool(units)), float(bool(units) and any(f.unit in units for f in figures)),
        math.log1p(len(terms)), float(question.intent is Intent.figure),
        float(_year_absent(index, question, in_place[:YEAR_HITS])),
        *_sentence_cover(weights, question, in_place[:3], splitter),
    )


def _sentence_cover(weights: dict[str, float], question: Question, hits: list[Hit],
                    splitter: CompoundSplitter | None) -> tuple[float, float]:
    """How much of the question one sentence or table row of the top passages says, at best
    (`_share` of its terms under its passage's headings; a row is read under its table's header
    line). A near miss spreads the question over sentences ("anställda 2020" in one,
    "yrkesrevisorer" with 2022 in the next); an answer says it in one. A sentence without the
    year asked counts half. Second, for a question asking for a figure: how much less the best
    sentence that holds a figure of the kind asked says ("avgifterna behöver höjas" says the
    question, but no percentage). Sentences are cut as citations cut them (`citation.sentences`)."""
    if not sum(weights.values()):
        return 1.0, 0.0
    wanted = UNITS_OF.get(question.want, set())
    best = best_with_figure = 0.0
    for h in hits:
        around = f"{h.chunk.title} {h.chunk.section}"
        heading = set(tokenize(around, splitter))
        parts = [s for _, s in sentences(h.chunk.search_text or h.chunk.text)]
        header = parts[0] if parts and h.chunk.kind is Kind.table else ""
        for sentence in parts:
            share = _share(weights, heading | set(tokenize(f"{header} {sentence}", splitter)))
            if question.years and not any(str(y) in f"{around} {header} {sentence}" for y in question.years):
                share /= 2
            best = max(best, share)
            if question.intent is Intent.figure and share > best_with_figure and any(
                    f.unit != "år" and (not wanted or f.unit in wanted) for f in extract_figures(sentence)):
                best_with_figure = share
    return best, (best - best_with_figure if question.intent is Intent.figure else 0.0)


def _unknown_near(index: Index, question: Question, lang: str, terms: set[str], near: set[str],
                  splitter: CompoundSplitter | None) -> bool:
    """Whether a long term of the question is one the documents near it never use, in its own
    words or in the documents' synonyms of it ("tar betalt" where the taxa says "avgift"). An
    English phrase's Swedish equivalents are alternatives: one of them known is enough
    ("compulsory school": grundskolan, where no grundskolenämnd is named)."""
    unknown = {t for t in terms if len(t) >= 6 and not index.lexical_knows(t, near)}
    unknown -= _titled(index, unknown, near, splitter)
    pairs = english_pairs(question.text) if lang == "en" else synonym_pairs(question.text)
    for words, alternatives in pairs if unknown else ():
        said = set(tokenize(alternatives, splitter))
        if any(index.lexical_knows(a, near) for a in said):
            unknown -= said | set(tokenize(words, splitter))
    return bool(unknown)


COMMON_ZIPF = 4.0  # wordfreq's Zipf frequency (log10 per billion words) of an everyday Swedish word


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    return zipf_frequency(word, "sv") >= COMMON_ZIPF


def everyday_terms(question: Question, lang: str, splitter: CompoundSplitter | None = None) -> set[str]:
    """The terms of the question's everyday Swedish words ("ta ställning", "varandra",
    "ordinarie"; for English, of the glossary's Swedish words), by wordfreq's frequency of
    the word in general Swedish. That the documents near never write such a word says how the
    asker phrased the question, not that it asks for something the documents lack; a rare word
    ("bowlinghall", "Kommuninvest") still does."""
    text = swedish_terms(question.text) if lang == "en" else question.text
    everyday = {t for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text) if _common(w.lower()) for t in tokenize(w, splitter)}
    # a party's name: documents write its abbreviation ("(S)"), which a table of members matches (`PartyRule`)
    parties = {t for _, name in parties_named(question.folded) for m in name.finditer(question.folded)
               for t in tokenize(m.group(0), splitter)}
    return everyday | parties


def _titled(index: Index, terms: set[str], near: set[str], splitter: CompoundSplitter | None) -> set[str]:
    """The terms that name a document near by its title or place: a word of them ("Dammsjö", which
    a running header may be the only text to print, and headers are not indexed), or a compound
    whose parts each stand inside a word of the title ("klimatplanen" for "Handlingsplan för
    klimat och energi")."""
    if not terms:
        return set()
    said = " ".join(f"{index.documents[d].title} {index.documents[d].region or ''}" for d in near)
    named = {t for t in terms if inflected(t, set(tokenize(said, splitter)))}
    if splitter is None:
        return named
    words = {w for w in fold(said).split() if len(w) >= 3}
    return named | {t for t in terms if len(parts := splitter.split(t)) >= 2
                    and all(any(stem(p) in w for w in words) for p in parts)}


YEAR_HITS = 5  # passages in which a year the question names should stand


def _year_absent(index: Index, question: Question, hits: list[Hit]) -> bool:
    """Whether the question names years and none of them stands in the top passages (their
    text, heading path and title, or their document's year): "soliditeten 2020" asked of a plan
    that gives 2022 and 2023."""
    if not question.years:
        return False
    said = " ".join(f"{h.chunk.title} {h.chunk.section} {h.chunk.text} {index.documents[h.chunk.doc].year or ''}"
                    for h in hits)
    return not any(str(y) in said for y in question.years)


def _share(weights: dict[str, float], present: set[str]) -> float:
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if inflected(t, present)) / total if total else 1.0


def _answered_elsewhere(index: Index, question: Question, lang: str, places: set[str], terms: set[str],
                        in_place: list[Hit], hits: list[Hit], everywhere: list[Hit] | None, here) -> bool:
    """When the question names a place and another place's passages rank above all of its own,
    whether the question's rarest words stand there and not here ("skattesats" for one region
    answered by a neighbour's tax rate)."""
    ranked = (hits if everywhere is None else everywhere)[:5]
    elsewhere = list(itertools.takewhile(lambda h: not here(h), ranked))
    if not (places and terms and elsewhere):
        return False
    there, here_terms = _terms_of(elsewhere), _terms_of(in_place[:5])
    keys = sorted(terms, key=lambda t: (-index.idf(t), t))[:2]  # the rarest two, ties by name
    rarest_known = max((index.idf(t) for t in terms if index.document_frequency(t)), default=index.idf(keys[0]))
    synonyms_ = {t for t in question_terms(question, lang, index.lexical.splitter, expand=True) - terms
                 if index.idf(t) >= rarest_known - 1.5}  # "utdebitering" for "skattesats"
    if any(inflected(t, here_terms) for t in synonyms_):  # said in the documents' words ("amortering")
        return False
    return any(inflected(k, there) and not inflected(k, here_terms) for k in keys + sorted(synonyms_))


def _region(index: Index, hit: Hit) -> str:
    return index.documents[hit.chunk.doc].region or ""


def _named_in(index: Index, place: str, docs: set[str]) -> bool:
    """Whether one of `docs` (documents whose region or municipality was not read) names the
    place in its text ("Tekniska verken i Linköping"): such a document may be the place's own."""
    return bool(docs) and any(index.lexical_knows(t, docs) for t in tokenize(place, index.lexical.splitter))


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
    return {t for t in tokenize(text, splitter) if len(t) >= 3 and not t.isdigit() and t not in _RESTRICTIVE}


def _terms_of(hits: list[Hit]) -> set[str]:
    body = set(tokenize(" ".join(h.chunk.search_text or h.chunk.text for h in hits)))
    return body | {t for h in hits for t in tokenize(h.chunk.title + " " + h.chunk.section)}
